"""Table-driven rows for Arabic sentence splitting."""

from __future__ import annotations

import pytest
import yaml

from marsad.lang.ar.sentences import ABBREVIATIONS_PATH, split_sentences, validate_abbreviations

ROWS = [
    # plain Arabic and Latin punctuation
    ("قتل ثلاثة مدنيين. وأصيب خمسة آخرون.", ["قتل ثلاثة مدنيين.", "وأصيب خمسة آخرون."]),
    ("هل انتهت المعركة؟ لا أحد يعرف.", ["هل انتهت المعركة؟", "لا أحد يعرف."]),
    ("هل انتهت المعركة? لا أحد يعرف.", ["هل انتهت المعركة?", "لا أحد يعرف."]),
    ("يا للهول! سقطت القذيفة قرب المدرسة.", ["يا للهول!", "سقطت القذيفة قرب المدرسة."]),
    ("أعلن الجيش السيطرة على البلدة؛ ونفت الفصائل ذلك.", ["أعلن الجيش السيطرة على البلدة؛", "ونفت الفصائل ذلك."]),
    ("ماذا حدث؟! لا أحد يجيب.", ["ماذا حدث؟!", "لا أحد يجيب."]),
    ("انفجار في السوق", ["انفجار في السوق"]),
    ("", []),
    ("   \n\n  ", []),
    # paragraph and line breaks
    ("الفقرة الأولى بلا نقطة\n\nالفقرة الثانية.", ["الفقرة الأولى بلا نقطة", "الفقرة الثانية."]),
    ("عنوان الخبر\nنص الخبر يبدأ هنا.", ["عنوان الخبر", "نص الخبر يبدأ هنا."]),
    ("سطر أول.\r\nسطر ثان.", ["سطر أول.", "سطر ثان."]),
    # ".." and "…" as headline separators and ellipses
    ("بعد هجوم المدينة.. التنظيم يعلن حملة جديدة.. ومخاوف من هجمات أخرى",
     ["بعد هجوم المدينة..", "التنظيم يعلن حملة جديدة..", "ومخاوف من هجمات أخرى"]),
    ("قال إن الوضع صعب… ثم صمت.", ["قال إن الوضع صعب…", "ثم صمت."]),
    ("وتابع... ولم يكمل.", ["وتابع...", "ولم يكمل."]),
    ("كنّا…", ["كنّا…"]),
    ("قال المتحدث (...) إن القوات انسحبت.", ["قال المتحدث (...) إن القوات انسحبت."]),
    ("المئات من الرهائن بينهم أطفال .. والعناصر جاؤوا من مناطق عدة",
     ["المئات من الرهائن بينهم أطفال ..", "والعناصر جاؤوا من مناطق عدة"]),
    # quotes: a final mark inside a closing quote ends the sentence after the quote
    ("قال القائد: “انتهت العملية.” ثم غادر المؤتمر.", ["قال القائد: “انتهت العملية.”", "ثم غادر المؤتمر."]),
    ("وأضاف: «لن نتراجع!» وسط تصفيق الحضور.", ["وأضاف: «لن نتراجع!»", "وسط تصفيق الحضور."]),
    ('قال "انتهى الأمر." وغادر.', ['قال "انتهى الأمر."', "وغادر."]),
    ("وسأل: «متى تنتهي الحرب؟» ولم يجبه أحد.", ["وسأل: «متى تنتهي الحرب؟»", "ولم يجبه أحد."]),
    ("جاء في البيان “أن الهجوم فشل”. وأكدت القيادة ذلك.", ["جاء في البيان “أن الهجوم فشل”.", "وأكدت القيادة ذلك."]),
    ('انتهى الاجتماع. "سنعود غداً" قال الوزير.', ["انتهى الاجتماع.", '"سنعود غداً" قال الوزير.']),
    ("أعلنت القوات (وفق بيان رسمي.) تقدمها. ثم توقفت.", ["أعلنت القوات (وفق بيان رسمي.)", "تقدمها.", "ثم توقفت."]),
    # numbers
    ("ارتفع المؤشر 3.5 نقطة أمس.", ["ارتفع المؤشر 3.5 نقطة أمس."]),
    ("بدأت المعركة في 20.1.2022 واستمرت أسبوعاً.", ["بدأت المعركة في 20.1.2022 واستمرت أسبوعاً."]),
    ("بلغ عدد القتلى ٣٧٤ عنصراً. وقتل ١١٧ آخرون.", ["بلغ عدد القتلى ٣٧٤ عنصراً.", "وقتل ١١٧ آخرون."]),
    ("بلغت النسبة ٢٫٥ بالمئة فقط.", ["بلغت النسبة ٢٫٥ بالمئة فقط."]),
    ("1. الحكومة تقر الموازنة", ["1. الحكومة تقر الموازنة"]),
    ("وقع الهجوم عام 2019. ثم تكرر.", ["وقع الهجوم عام 2019.", "ثم تكرر."]),
    # URLs and e-mail
    ("التفاصيل على www.sana.sy/ar/news.html اليوم.", ["التفاصيل على www.sana.sy/ar/news.html اليوم."]),
    ("راجع https://example.org/a?b=1. ثم عد.", ["راجع https://example.org/a?b=1.", "ثم عد."]),
    ("راسلونا على info@example.org. أو اتصلوا بنا.", ["راسلونا على info@example.org.", "أو اتصلوا بنا."]),
    ("الموقع example.com يعمل.", ["الموقع example.com يعمل."]),
    # abbreviations
    ("التقى د. أحمد بالوفد. ثم عاد.", ["التقى د. أحمد بالوفد.", "ثم عاد."]),
    ("قال أ.د. سامي الخوري إن الوضع خطير.", ["قال أ.د. سامي الخوري إن الوضع خطير."]),
    ("صرح م. خالد، مدير المشروع، بأن العمل مستمر.", ["صرح م. خالد، مدير المشروع، بأن العمل مستمر."]),
    ("يعود الموقع إلى عام 300 ق.م. وهو مهدد اليوم.", ["يعود الموقع إلى عام 300 ق.م.", "وهو مهدد اليوم."]),
    ("العنوان ص.ب. 1234 دمشق.", ["العنوان ص.ب. 1234 دمشق."]),
    ("في عام 2019 م. وقعت الحرب.", ["في عام 2019 م.", "وقعت الحرب."]),
    ("سنة 1443 هـ. انتهى الحصار.", ["سنة 1443 هـ.", "انتهى الحصار."]),
    ("قال مسؤولو U.N. إن المساعدات وصلت.", ["قال مسؤولو U.N. إن المساعدات وصلت."]),
    ("زار George W. Bush بغداد.", ["زار George W. Bush بغداد."]),
    ("التقى Dr. Smith بالوزير. ثم غادر.", ["التقى Dr. Smith بالوزير.", "ثم غادر."]),
    ("Officials met in Geneva. Talks failed.", ["Officials met in Geneva.", "Talks failed."]),
    # a name's initials end no sentence
    ("قُتل الطفل (س. م.) بقذيفة هاون. وأصيبت والدته.", ["قُتل الطفل (س. م.) بقذيفة هاون.", "وأصيبت والدته."]),
    ("نعت الحركة القيادي خالد ن. (35 عاماً) اليوم.", ["نعت الحركة القيادي خالد ن. (35 عاماً) اليوم."]),
    # mixed
    ("عاجل | انفجار في دمشق. والتفاصيل لاحقاً", ["عاجل | انفجار في دمشق.", "والتفاصيل لاحقاً"]),
    ("أكدت المصادر مقتل 5.\nوأصيب 7.", ["أكدت المصادر مقتل 5.", "وأصيب 7."]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_split_sentences(text, expected):
    assert [sentence.text for sentence in split_sentences(text)] == expected


@pytest.mark.parametrize(("text", "_"), ROWS)
def test_sentence_offsets_point_into_the_text(text, _):
    for sentence in split_sentences(text):
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()


def test_shipped_abbreviations_file_is_valid():
    data = yaml.safe_load(ABBREVIATIONS_PATH.read_text(encoding="utf-8"))
    assert validate_abbreviations(data) == []


@pytest.mark.parametrize("abbreviation", [
    word for group in yaml.safe_load(ABBREVIATIONS_PATH.read_text(encoding="utf-8"))["abbreviations"].values()
    for word in group
])
def test_every_listed_abbreviation_does_not_end_a_sentence(abbreviation):
    text = f"التقى {abbreviation}. سامي بالوفد."
    assert len(split_sentences(text)) == 1


@pytest.mark.parametrize(("data", "problem"), [
    ({"version": 2}, "version: 1"),
    ({"version": 1, "abbreviations": {"arabic": ["د."]}, "era_marks": ["م"]}, "without their final period"),
    ({"version": 1, "abbreviations": {"arabic": ["د"]}, "era_marks": "م"}, "`era_marks`"),
])
def test_abbreviation_validator_reports_problems(data, problem):
    assert any(problem in message for message in validate_abbreviations(data))


def test_a_url_on_a_later_line_is_not_split_at_its_dots():
    text = "قال المرصد إن الاشتباكات مستمرة.\nوللمزيد زوروا الموقع www.marsad-news.example/reports/2024.html اليوم."
    sentences = [s.text for s in split_sentences(text)]
    assert sentences[-1] == "وللمزيد زوروا الموقع www.marsad-news.example/reports/2024.html اليوم."
