"""TermMatcher: clitics, the article and its contracted form لل, suffixes, word boundaries, leftmost-longest and
offsets back to the source text. One row per case."""

from __future__ import annotations

import pytest

from marsad.lang.ar.normalize import normalize_with_offsets
from marsad.text.matcher import TermMatcher

TERMS = [
    ("الحسكة", "hasaka"),
    ("جيش", "army"),
    ("الجيش الحر", "fsa"),
    ("حمص", "homs"),
    ("دير الزور", "deir ez-zor"),
    ("دير", "monastery"),
]

# article=True: terms without ال also match with it (الجيش for جيش); suffixes are the plural and a pronoun.
MATCHER = TermMatcher(TERMS, suffixes=("ين", "ون", "ه"), article=True)
# the same terms with no article and no suffixes allowed
PLAIN = TermMatcher(TERMS)


def _found(matcher: TermMatcher, text: str) -> list[tuple[str, str, str, str]]:
    return [(m.surface, m.term, m.prefix, m.suffix) for m in matcher.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare term, and a term between other words
        ("حمص", [("حمص", "حمص", "", "")]),
        ("وصل إلى حمص اليوم", [("حمص", "حمص", "", "")]),
        # proclitics: conjunctions, prepositions and their combinations
        ("وحمص", [("حمص", "حمص", "و", "")]),
        ("بحمص", [("حمص", "حمص", "ب", "")]),
        ("فبحمص", [("حمص", "حمص", "فب", "")]),
        ("ولحمص", [("حمص", "حمص", "ول", "")]),
        ("كحمص", [("حمص", "حمص", "ك", "")]),
        # a term that starts with ال keeps its article in the span; the clitic before it is the prefix
        ("بالحسكة", [("الحسكة", "الحسكه", "ب", "")]),
        ("والحسكة", [("الحسكة", "الحسكه", "و", "")]),
        # ل + ال contracts to لل: the span starts after the ل
        ("للحسكة", [("لحسكة", "الحسكه", "ل", "")]),
        ("وللحسكة", [("لحسكة", "الحسكه", "ول", "")]),
        ("فللحسكة", [("لحسكة", "الحسكه", "فل", "")]),
        # article=True: ال, its clitic combinations and the contracted لل before a term written without it
        ("الجيش", [("جيش", "جيش", "ال", "")]),
        ("وبالجيش", [("جيش", "جيش", "وبال", "")]),
        ("كالجيش", [("جيش", "جيش", "كال", "")]),
        ("للجيش", [("جيش", "جيش", "لل", "")]),
        ("وللجيش", [("جيش", "جيش", "ولل", "")]),
        # suffixes: only the allowed ones
        ("جيشين", [("جيش", "جيش", "", "ين")]),
        ("جيشون", [("جيش", "جيش", "", "ون")]),
        ("جيشه", [("جيش", "جيش", "", "ه")]),
        ("جيشهم", []),
        ("والجيشين", [("جيش", "جيش", "وال", "ين")]),
        # word boundaries: no hit inside a longer word, after letters that are not clitics, or glued to
        # digits or an underscore
        ("محمص", []),
        ("بحمصي", []),
        ("حمصي", []),
        ("جيش1", []),
        ("جيش_", []),
        ("1حمص", []),
        ("ديرالزور", []),
        # punctuation is a boundary on both sides
        ("حمص.", [("حمص", "حمص", "", "")]),
        ("(حمص)", [("حمص", "حمص", "", "")]),
        ("«حمص»", [("حمص", "حمص", "", "")]),
        # leftmost-longest: the longer term wins over the one it contains
        ("دير الزور", [("دير الزور", "دير الزور", "", "")]),
        ("الجيش الحر", [("الجيش الحر", "الجيش الحر", "", "")]),
        # spelling variants are normalised on both sides
        ("الحَسَكة", [("الحَسَكة", "الحسكه", "", "")]),
        ("الحسكه", [("الحسكه", "الحسكه", "", "")]),
        ("دير  الزور", [("دير  الزور", "دير الزور", "", "")]),
        ("حمـــص", [("حمـــص", "حمص", "", "")]),
    ],
)
def test_matcher_finds_terms_with_clitics_suffixes_and_boundaries(text, expected):
    assert _found(MATCHER, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # without article=True a term lacking ال does not take it
        ("الجيش", []),
        ("للجيش", []),
        ("بجيش", [("جيش", "جيش", "ب", "")]),
        # no suffix allowed
        ("جيشين", []),
        # a term with its own ال still contracts
        ("للحسكة", [("لحسكة", "الحسكه", "ل", "")]),
    ],
)
def test_matcher_without_article_or_suffixes_takes_only_proclitics(text, expected):
    assert _found(PLAIN, text) == expected


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # each hit's span, sliced from the source, is its surface; diacritics, tatweel and runs of spaces in
        # the source do not shift it
        ("قصف على حمص", [(8, 11)]),
        ("قصفٌ على حِمْص", [(9, 14)]),
        ("قصف   على الحسكة", [(10, 16)]),
        ("قصف علی للحسكة وحمـص", [(9, 14), (16, 20)]),
        ("في دير  الزور وبالجيش", [(3, 13), (18, 21)]),
    ],
)
def test_matcher_spans_point_into_the_source_text(text, spans):
    matches = MATCHER.find(text)
    assert [(m.start, m.end) for m in matches] == spans
    assert [m.surface for m in matches] == [text[a:b] for a, b in spans]


def test_matcher_accepts_text_already_normalised_and_reports_the_same_spans():
    text = "قصفٌ على حِمْص ودير  الزور"
    from_text = MATCHER.find(text)
    from_norm = MATCHER.find(normalize_with_offsets(text))
    assert [(m.start, m.end, m.term, m.norm_start, m.norm_end) for m in from_norm] == [
        (m.start, m.end, m.term, m.norm_start, m.norm_end) for m in from_text
    ]
    # given normalised text the surface is the normalised form (there is no source to slice)
    assert [m.surface for m in from_norm] == ["حمص", "دير الزور"]


def test_matcher_overlapping_keeps_every_hit_at_word_boundaries():
    hits = MATCHER.find("دير الزور", overlapping=True)
    assert [(m.start, m.end, m.term) for m in hits] == [(0, 3, "دير"), (0, 9, "دير الزور")]


def test_matcher_reports_every_payload_of_a_term_in_lexicon_order():
    matcher = TermMatcher([("حمص", "city"), ("حِمص", "province"), ("حماة", "other")])
    assert [m.payloads for m in matcher.find("في حمص")] == [("city", "province")]
    assert matcher.payloads("حمص") == ["city", "province"]
    assert len(matcher) == 2


def test_matcher_with_no_terms_finds_nothing():
    assert TermMatcher([]).find("حمص") == []


@pytest.mark.parametrize("overlapping", [False, True])
def test_matcher_spans_are_find_without_the_surface(overlapping):
    text = "قصفٌ على حِمْص ودير  الزور وللحسكة والجيشين"
    norm = normalize_with_offsets(text)
    spans = MATCHER.spans(norm, overlapping)
    assert [tuple(span) for span in spans] == [
        (m.start, m.end, m.term, m.payloads, m.prefix, m.suffix, m.norm_start, m.norm_end)
        for m in MATCHER.find(text, overlapping=overlapping)
    ]
    surfaces = [m.surface for m in MATCHER.find(text, overlapping=overlapping)]
    assert [text[span.start:span.end] for span in spans] == surfaces


def test_matcher_finds_the_same_hits_whatever_order_its_terms_come_in():
    # terms are compiled frequent letters first; the hits must not depend on that order (nor on the input's)
    text = "قصف على الحسكة وللحسكة وريف دير الزور، ولجيش الحر والجيش الحر في حمص"
    norm = normalize_with_offsets(text)
    for overlapping in (False, True):
        forward = TermMatcher(TERMS, suffixes=("ين", "ون", "ه"), article=True).spans(norm, overlapping)
        backward = TermMatcher(TERMS[::-1], suffixes=("ين", "ون", "ه"), article=True).spans(norm, overlapping)
        assert forward == backward
        assert forward


def test_contracted_article_counts_only_after_its_lam():
    # "لحسكة" is compiled with the ل it follows: inside plain "الحسكة" it is no hit of its own
    assert [(m.surface, m.prefix) for m in PLAIN.find("الحسكة")] == [("الحسكة", "")]
    assert [(m.surface, m.prefix) for m in PLAIN.find("وللحسكة")] == [("لحسكة", "ول")]
    assert [(m.surface, m.prefix) for m in PLAIN.find("الحسكة", overlapping=True)] == [("الحسكة", "")]
