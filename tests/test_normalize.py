"""Table-driven rows for the shared Arabic normaliser (marsad.lang.ar.normalize)."""

from __future__ import annotations

import pytest

from marsad.lang.ar.normalize import arabic_letter_ratio, normalize, normalize_with_offsets

ROWS = [
    # alef, hamza seats, alef maqsura, ta marbuta
    ("أحمد", "احمد"),
    ("إدلب", "ادلب"),
    ("آذار", "اذار"),
    ("ٱلله", "الله"),
    ("مؤتمر", "موتمر"),
    ("الرئيس", "الرييس"),
    ("مستشفى", "مستشفي"),
    ("الحسكة", "الحسكه"),
    # Persian/Urdu letter shapes
    ("کردستان", "كردستان"),
    ("ترکیا", "تركيا"),
    # diacritics, shadda, tatweel, dagger alef
    ("قُتِلَ", "قتل"),
    ("شنّته", "شنته"),
    ("أيضاً", "ايضا"),
    ("الـمـديـنـة", "المدينه"),
    ("هٰذا", "هذا"),
    # digits and separators
    ("٣٧٤ قتيلاً", "374 قتيلا"),
    ("۱۲۳", "123"),
    ("٢٫٥", "2.5"),
    ("١٬٠٠٠", "1,000"),
    ("٥٠٪", "50%"),
    # punctuation
    ("قال، ثم سكت؛ لماذا؟", "قال, ثم سكت; لماذا?"),
    ("«الوطن الحر»", '"الوطن الحر"'),
    ("“غزوة كسر الأسوار”", '"غزوه كسر الاسوار"'),
    ("دمشق – حلب — حمص", "دمشق - حلب - حمص"),
    ("كنّا…", "كنا."),
    # invisible characters and white space
    ("سجن\u200fغويران", "سجنغويران"),
    ("\ufeffدمشق", "دمشق"),
    ("نظام مير محمدي *\u00a0  عند", "نظام مير محمدي * عند"),
    ("سطر\nثان\tثالث", "سطر ثان ثالث"),
    # dates written with spaced slashes
    ("مساء الخميس 20 / 1/ 2022", "مساء الخميس 20/1/2022"),
    ("31/ 1/ 2022", "31/1/2022"),
    ("سري كانيه/ رأس العين", "سري كانيه/ راس العين"),
    # Latin letters lower-cased
    ("Article Rating", "article rating"),
    ("طائرات F-16", "طايرات f-16"),
]


@pytest.mark.parametrize(("raw", "expected"), ROWS)
def test_normalize(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), ROWS)
def test_normalize_with_offsets_gives_the_same_text(raw, expected):
    assert normalize_with_offsets(raw).text == expected


@pytest.mark.parametrize(("raw", "needle"), [
    ("قُتِلَ ثلاثة في الحسكة", "الحسكه"),
    ("مساء الخميس 20 / 1/ 2022، بهجوم", "20/1/2022"),
    ("في «مخيّم الهول» شرقاً", "مخيم الهول"),
    ("\u200fالـرقة\u200f", "الرقه"),
])
def test_offsets_map_a_match_back_to_the_source_span(raw, needle):
    folded = normalize_with_offsets(raw)
    start = folded.text.index(needle)
    source_start, source_end = folded.to_source(start, start + len(needle))
    assert normalize(raw[source_start:source_end]) == needle


@pytest.mark.parametrize(("text", "ratio"), [
    ("داعش", 1.0),
    ("Article Rating", 0.0),
    ("12345 !!", 0.0),
    ("طائرات F16", 6 / 7),
])
def test_arabic_letter_ratio(text, ratio):
    assert arabic_letter_ratio(text) == pytest.approx(ratio)
