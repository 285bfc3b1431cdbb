"""dates.yaml: it validates against its schema, every word in it resolves, and a broken copy is refused."""

from __future__ import annotations

import copy
import re
from datetime import date

import pytest

from marsad.lang.ar.normalize import normalize
from marsad.text._date_patterns import (
    WEEKDAY_NUMBERS,
    _alternation,
    build_date_lexicon,
    digit_families,
    load_date_lexicon,
    parse_cardinal,
    read_date_data,
    validate_date_data,
)
from marsad.text.dates import DateLexiconError, DateResolver

DATA = read_date_data()
LEXICON = load_date_lexicon()
THURSDAY = date(2022, 1, 27)


def test_shipped_dates_yaml_is_valid_and_versioned():
    assert validate_date_data(DATA) == []
    assert isinstance(DATA["version"], int)


@pytest.mark.parametrize("system", sorted(DATA["month_systems"]))
def test_every_month_system_lists_twelve_months(system):
    assert sorted(DATA["month_systems"][system]["months"]) == list(range(1, 13))


def test_the_four_regional_month_systems_are_present():
    assert {"levantine", "egyptian_gulf", "maghrebi", "moroccan"} <= set(DATA["month_systems"])


MONTH_WORDS = [
    (system, month, word)
    for system, entry in sorted(DATA["month_systems"].items())
    for month, words in sorted(entry["months"].items())
    for word in words
]


@pytest.mark.parametrize("system, month, word", MONTH_WORDS)
def test_every_month_word_resolves_in_a_full_date(system, month, word):
    mentions = DateResolver(LEXICON).resolve(f"في 5 {word} 2021", None)
    assert [(m.kind, m.value) for m in mentions] == [("absolute", date(2021, month, 5))]


HIJRI_WORDS = [(month, word) for month, words in sorted(DATA["hijri_months"].items()) for word in words]


@pytest.mark.parametrize("month, word", HIJRI_WORDS)
def test_every_hijri_month_word_resolves(month, word):
    mentions = DateResolver(LEXICON).resolve(f"10 {word} 1443 هـ", None)
    assert [(m.kind, m.precision) for m in mentions] == [("hijri", "day")]


WEEKDAY_WORDS = [(name, word) for name, words in sorted(DATA["weekdays"].items()) for word in words]


@pytest.mark.parametrize("name, word", WEEKDAY_WORDS)
def test_every_weekday_word_resolves_on_or_before_the_anchor(name, word):
    mention, = DateResolver(LEXICON).resolve(f"يوم {word}", THURSDAY)
    assert mention.value.weekday() == WEEKDAY_NUMBERS[name]
    assert 0 <= (THURSDAY - mention.value).days < 7


def _broken(path: tuple, value) -> dict:
    data = copy.deepcopy(DATA)
    target = data
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


_DELETE = object()

BROKEN = [
    (("version",), 99, "version"),
    (("version",), _DELETE, "version"),
    (("month_systems", "levantine", "months", 12), _DELETE, "month_systems.levantine.months"),
    (("month_systems", "maghrebi", "months", 5), [], "month_systems.maghrebi.months.5"),
    (("month_systems", "moroccan", "months", 3), ["نيسان"], "month_systems.moroccan.months.3"),
    (("hijri_months", 9), [""], "hijri_months.9"),
    (("weekdays", "sunday"), _DELETE, "weekdays"),
    (("weekdays", "funday"), ["الفن"], "weekdays"),
    (("parts_of_day", "afternoon"), {"before": ["عصر"]}, "parts_of_day"),
    (("relative_days", 0, "offset"), "zero", "relative_days[0].offset"),
    (("month_parts", "early", "last_day"), 40, "month_parts.early"),
    (("units", "day", "dual"), _DELETE, "units.day"),
    (("ordinal_days", "tens"), {20: ["العشرين"]}, "ordinal_days.tens"),
    (("cardinals", "units", 3), "ثلاثة", "cardinals.units.3"),
    (("vague_window_days", "day"), 0, "vague_window_days.day"),
    (("duration_bounds", "before", "roughly"), ["زهاء"], "duration_bounds.before"),
    (("year_blockers_before",), [], "year_blockers_before"),
]


@pytest.mark.parametrize("path, value, where", BROKEN)
def test_validator_names_the_broken_key(path, value, where):
    problems = validate_date_data(_broken(path, value))
    assert any(problem.startswith(where) for problem in problems), problems


def test_building_a_lexicon_from_a_broken_document_raises_a_typed_error():
    with pytest.raises(DateLexiconError, match="SCHEMA-dates.md"):
        build_date_lexicon(_broken(("version",), 99))


def test_a_resolver_uses_the_lexicon_it_is_given():
    data = copy.deepcopy(DATA)
    data["month_systems"]["egyptian_gulf"]["months"][1].append("ينايير")
    resolver = DateResolver(build_date_lexicon(data))
    assert [m.value for m in resolver.resolve("20 ينايير 2022", None)] == [date(2022, 1, 20)]
    assert DateResolver(LEXICON).resolve("20 ينايير 2022", None) != resolver.resolve("20 ينايير 2022", None)


CARDINALS = [
    ("ثلاثة", 3), ("ثلاث", 3), ("ثمانية", 8), ("عشرة", 10), ("أحد عشر", 11), ("اثنا عشر", 12),
    ("خمسة عشر", 15), ("عشرين", 20), ("خمسة وعشرين", 25), ("تسعون", 90), ("مئة", 100), ("مائة", 100),
    ("ثلاثة ونصف", None), ("كثير", None),
]


@pytest.mark.parametrize("words, value", CARDINALS)
def test_cardinal_words_parse_to_numbers(words, value):
    assert parse_cardinal(normalize(words), LEXICON) == value


ORDINALS = [
    ("الأول", 1), ("العاشر", 10), ("الحادي عشر", 11), ("التاسع عشر", 19), ("العشرون", 20), ("العشرين", 20),
    ("الحادي والعشرين", 21), ("الثاني والعشرون", 22), ("الثلاثين", 30), ("الحادي والثلاثين", 31),
]


@pytest.mark.parametrize("words, day", ORDINALS)
def test_ordinal_day_words_are_composed_from_the_data(words, day):
    assert LEXICON.ordinal_days[normalize(words)] == day


def test_ordinals_stop_at_day_31():
    assert max(LEXICON.ordinal_days.values()) == 31
    assert "الثاني والثلاثين" not in LEXICON.ordinal_days


@pytest.mark.parametrize(("length", "following", "families"), [
    (1, " ", ("calendar", "duration")),  # 5 مارس, 5 أيام
    (2, "/", ("calendar", "numeric")),  # 20/1/2022
    (4, "-", ("numeric", "year")),  # 2022-01-20, 2011-2019
    (4, " ", ("duration", "year")),  # 2019 م, 1000 يوم
    (3, " ", ("duration",)),
    (3, "/", ()),
    (5, " ", ()),
])
def test_patterns_are_tried_at_a_run_of_digits_only_where_they_can_match(length, following, families):
    assert digit_families(length, following) == families


@pytest.mark.parametrize("text", ["الخميس", "الخميسي", "الخ", "ال", "خميس", "الجمعه", "ab c", "abc", "abd", "a", ""])
def test_word_alternations_match_like_a_flat_longest_first_alternation(text):
    words = ["الخميس", "الخ", "ال", "الجمعه", "ab c", "abc", "ab", "a"]
    flat = re.compile("(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")")
    trie = re.compile("(?:" + _alternation(words) + ")")
    for pattern in ("{}", "{}$", "{} ", "{}(?!\\w)"):
        flat_match = re.compile(pattern.format(flat.pattern)).match(text)
        trie_match = re.compile(pattern.format(trie.pattern)).match(text)
        assert (flat_match and flat_match.group()) == (trie_match and trie_match.group()), pattern
