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
    # every white space str.isspace() knows, the information separators too
    ("قتل\x1cثلاثة\x1fمدنيين\u2028في\x85حلب", "قتل ثلاثه مدنيين في حلب"),
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


def test_folding_every_changed_character_matches_a_character_by_character_mapping():
    # normalisation replaces each distinct changed character throughout; that must equal mapping one character
    # at a time, whatever the order of the replacements and whoever neighbours the character
    import re

    from marsad.lang.ar.normalize import _FOLDS

    text = "قال " + " ".join(f"ب{char}ت" for char in _FOLDS) + " 😀 𝟙 ی"
    expected = re.sub(" {2,}", " ", "".join(_FOLDS.get(char, char) for char in text))
    assert normalize(text) == expected
    assert normalize_with_offsets(text).text == expected


def test_only_the_space_is_left_as_white_space():
    import sys

    spaces = "".join(chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace())
    assert normalize(f"دير{spaces}الزور") == "دير الزور"


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
