"""Tolls the figure reader used to miss (issue #4, round 11): a verb and its object around the counted people
(لقي … مصرعهم), a breakdown between commas before the verb, a head in two parts (قضت مفرزة … على), a communiqué's
zero-padded count, a possessed people noun, and a single death told by an active verb or by a passive verb
opening its sentence."""

import pytest

from marsad.text.figures import extract_figures

# (text, [(count, coded value, surface)]): own sentences, one reading per row
ROWS = [
    # a verb before the people and its object after them, however long the people's phrase
    ("لقي أربعة عمال مناجم سودانيين على الأقل وحارس مصرعهم في انهيار نفق.", [("killed", 4, "أربعة عمال")]),
    ("لقي خمسة ركاب مصرعهم وأصيب تسعة آخرون في الكمين.", [("killed", 5, "خمسة ركاب"), ("wounded", 9, "تسعة")]),
    # ... but a verb with no such object leaves the count as it was
    ("لقي ثلاثة مسافرين ترحيباً في القرية.", [("people", 3, "ثلاثة مسافرين")]),
    # a breakdown between commas does not hide the passive verb after it
    ("قال مسؤول إن 9 أشخاص على الأقل، بينهم طفلان، قتلوا في الغارة.", [("killed", 9, "9 أشخاص على الأقل")]),
    # ... but past the breakdown "وقتلوا" opens a clause of its own: the people counted did not die
    ("وصل مسلحون يعرفون محلياً بقطاع الطرق الليلة الماضية إلى قرية نائية واقتادوا منها 25 شخصاً، بينهم نساء، "
     "وقتلوا حارسين.", [("people", 25, "25 شخصاً"), ("killed", 2, "حارسين")]),
    # a head in two parts, the subject and a date between them
    ("قضت وحدة من الجيش، صباح الأحد 3 أوت، بالقرب من بلدية القل على إرهابيين اثنين.", [("killed", 2, "اثنين")]),
    # a communiqué's zero-padded count after the noun, alone or restated in words
    ("أسفرت العملية عن القضاء على إرهابيين (03) وتوقيف (04) عناصر دعم.",
     [("killed", 3, "إرهابيين (03)"), ("arrested", 4, "04")]),
    ("أسفرت العملية عن القضاء على إرهابيين (02) اثنين.", [("killed", 2, "اثنين")]),
    ("للاستفسار اتصلوا على الرقم (06) 445", []),
    # a possessed people noun after من
    ("أعلنت الحركة أن اثنين من مقاتليها قتلا في الاشتباك.", [("killed", 2, "اثنين من مقاتليها")]),
    # people who "fell" died, unless they fell wounded
    ("وأضاف البيان أن أربعة عسكريين وثلاثة من المتطوعين سقطوا خلال المعارك.",
     [("killed", 7, "أربعة عسكريين وثلاثة من المتطوعين")]),
    ("وقال المسعفون إن خمسة أشخاص سقطوا جرحى في القصف.", [("wounded", 5, "خمسة أشخاص")]),
    # a singular person joined to a plural count adds one ...
    ("أسفر الكمين عن مقتل ستة جنود وسائق.", [("killed", 7, "ستة جنود وسائق")]),
    # ... also past "at least" and a nationality (round 13), but not past a prepositional phrase
    ("لقي ستة جنود تشاديين على الأقل وسائق مدني مصرعهم.", [("killed", 7, "ستة جنود تشاديين على الأقل وسائق")]),
    ("قتل جندي على الحاجز وسائق في السوق.", [("killed", 1, "جندي")]),
    # ... but after a hundred the counted noun is singular, and a second noun names the same people
    ("هاجم السجن نحو 300 انتحاري ومهاجم.", [("attackers", 300, "نحو 300 انتحاري")]),
    # the martyr euphemism after the people, and a mourning verb before them
    ("نعت النقابة 4 من منتسبيها ارتقوا في القصف.", [("killed", 4, "4 من منتسبيها")]),
    ("وتنعى الشبكة 12 من المواطنين، بينهم ثلاثة أطفال، ارتقوا جراء القصف.", [("killed", 12, "12 من المواطنين")]),
    # single deaths: an active verb's object in the accusative ...
    ("مستوطنون يقتلون مزارعاً قرب نابلس", [("killed", 1, "يقتلون مزارعاً")]),
    # ... but after a passive or a noun an -ا ending is a dual in construct, not one person
    ("قُتل جنديا الحراسة عند الحاجز.", []),
    # ... a passive verb opening its sentence, with a definite person ...
    ("اغتيل المختار صباح اليوم أمام منزله.", [("killed", 1, "اغتيل المختار")]),
    # ... but a noun with a definite person points back at a death already told
    ("وشيّع الأهالي الشاب بعد مقتل الشاب في الغارة.", []),
    ("وأكد البيان أن الهجوم أسفر عن اغتيال القائد.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_figure_reading(text, expected):
    figures = extract_figures(text)
    assert [(f.counts, f.coded, f.surface) for f in figures] == expected
    for figure in figures:
        assert text[figure.start:figure.end] == figure.surface
