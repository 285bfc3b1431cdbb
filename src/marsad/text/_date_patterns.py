"""Date word lists (dates.yaml): loading, validation, and the compiled patterns built from them.

Every word is folded with `marsad.lang.ar.normalize` before it enters a table or a pattern, so patterns match
normalised text. Patterns are only tried where a trigger word (or a run of digits) starts, found in one pass by
an Aho-Corasick automaton; scanning whole articles with large alternations is what makes naive date finders slow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import ahocorasick

from marsad.datafile import load_yaml
from marsad.errors import MarsadError
from marsad.lang.ar.normalize import normalize
from marsad.text.regex_trie import alternation as _alternation
from marsad.text.matcher import in_frequency_order

DATA_PACKAGE = "marsad.lang.ar.data"
DATA_FILE = "dates.yaml"
SUPPORTED_VERSIONS = frozenset({1})

WEEKDAY_NUMBERS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
PARTS_OF_DAY = ("dawn", "morning", "noon", "evening", "night")
UNITS = ("hour", "day", "week", "month", "year")
UNIT_FORMS = ("singular", "dual", "plural")
BOUNDS = ("more_than", "less_than", "about", "at_least")
QUALIFIER_KINDS = ("previous", "current", "next")
MONTH_PART_KINDS = ("early", "middle", "late")
CALENDAR_PERIOD_UNITS = ("week", "month", "year")


class DateLexiconError(MarsadError):
    """dates.yaml is malformed; the message lists every problem and the schema (SCHEMA-dates.md) to follow."""


# ---------------------------------------------------------------------------------------------------------
# Loading and validation


def read_date_data() -> dict[str, Any]:
    """Read the shipped dates.yaml as plain data."""
    text = resources.files(DATA_PACKAGE).joinpath(DATA_FILE).read_text(encoding="utf-8")
    return load_yaml(text)


def _is_word_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(w, str) and w.strip() for w in value)


def _check_word_list(problems: list[str], where: str, value: Any) -> None:
    if not _is_word_list(value):
        problems.append(f"{where}: expected a non-empty list of non-empty strings")


def _check_numbered(problems: list[str], where: str, value: Any, expected: range) -> None:
    if not isinstance(value, dict):
        problems.append(f"{where}: expected a mapping of numbers to word lists")
        return
    keys = set(value)
    if keys != set(expected):
        problems.append(f"{where}: expected keys {expected.start}..{expected.stop - 1}, got {sorted(keys, key=str)}")
    for key, words in value.items():
        _check_word_list(problems, f"{where}.{key}", words)


def _check_keyed(problems: list[str], where: str, value: Any, allowed: tuple[str, ...], exact: bool) -> bool:
    if not isinstance(value, dict):
        problems.append(f"{where}: expected a mapping")
        return False
    unknown = set(value) - set(allowed)
    if unknown:
        problems.append(f"{where}: unknown keys {sorted(unknown)} (allowed: {list(allowed)})")
    if exact and set(value) != set(allowed):
        problems.append(f"{where}: expected exactly the keys {list(allowed)}")
    return True


_PLAIN_WORD_LISTS = (
    "ambiguous_month_words", "hijri_year_markers", "gregorian_year_markers", "today_blockers_after",
    "today_blockers_before", "current_demonstratives", "window_qualifiers", "ago_markers", "duration_leads",
    "year_cues_strong", "year_cues_weak", "year_blockers_before", "year_blockers_after", "year_followers_bare",
    "ordinal_period_nouns",
)


def validate_date_data(data: Any) -> list[str]:
    """Return every schema problem of a dates.yaml document (an empty list means valid)."""
    problems: list[str] = []
    if not isinstance(data, dict):
        return ["document: expected a mapping at the top level"]
    if data.get("version") not in SUPPORTED_VERSIONS:
        problems.append(f"version: expected one of {sorted(SUPPORTED_VERSIONS)}, got {data.get('version')!r}")
    systems = data.get("month_systems")
    if not isinstance(systems, dict) or not systems:
        problems.append("month_systems: expected a non-empty mapping of system name to {region, months}")
    else:
        for name, system in systems.items():
            if not isinstance(system, dict) or "months" not in system:
                problems.append(f"month_systems.{name}: expected a mapping with `months`")
                continue
            _check_numbered(problems, f"month_systems.{name}.months", system["months"], range(1, 13))
    _check_numbered(problems, "hijri_months", data.get("hijri_months"), range(1, 13))
    weekdays = data.get("weekdays")
    if _check_keyed(problems, "weekdays", weekdays, tuple(WEEKDAY_NUMBERS), exact=True):
        for name, words in weekdays.items():
            _check_word_list(problems, f"weekdays.{name}", words)
    parts = data.get("parts_of_day")
    if _check_keyed(problems, "parts_of_day", parts, PARTS_OF_DAY, exact=False):
        for name, entry in parts.items():
            if not isinstance(entry, dict):
                problems.append(f"parts_of_day.{name}: expected a mapping with `before` and/or `after`")
                continue
            for position in ("before", "after"):
                if position in entry:
                    _check_word_list(problems, f"parts_of_day.{name}.{position}", entry[position])
    relative = data.get("relative_days")
    if not isinstance(relative, list) or not relative:
        problems.append("relative_days: expected a non-empty list of {words, offset, part_of_day?}")
    else:
        for index, entry in enumerate(relative):
            where = f"relative_days[{index}]"
            if not isinstance(entry, dict):
                problems.append(f"{where}: expected a mapping")
                continue
            _check_word_list(problems, f"{where}.words", entry.get("words"))
            if not isinstance(entry.get("offset"), int):
                problems.append(f"{where}.offset: expected an integer number of days")
            if entry.get("part_of_day") not in (None, *PARTS_OF_DAY):
                problems.append(f"{where}.part_of_day: expected one of {list(PARTS_OF_DAY)}")
    qualifiers = data.get("qualifiers")
    if _check_keyed(problems, "qualifiers", qualifiers, QUALIFIER_KINDS, exact=True):
        for name, words in qualifiers.items():
            _check_word_list(problems, f"qualifiers.{name}", words)
    periods = data.get("calendar_periods")
    if _check_keyed(problems, "calendar_periods", periods, CALENDAR_PERIOD_UNITS, exact=True):
        for name, words in periods.items():
            _check_word_list(problems, f"calendar_periods.{name}", words)
    month_parts = data.get("month_parts")
    if _check_keyed(problems, "month_parts", month_parts, MONTH_PART_KINDS, exact=True):
        for name, entry in month_parts.items():
            where = f"month_parts.{name}"
            if not isinstance(entry, dict):
                problems.append(f"{where}: expected a mapping with words, first_day, last_day")
                continue
            _check_word_list(problems, f"{where}.words", entry.get("words"))
            first, last = entry.get("first_day"), entry.get("last_day")
            if not (isinstance(first, int) and isinstance(last, int) and 1 <= first <= last <= 31):
                problems.append(f"{where}: expected 1 <= first_day <= last_day <= 31")
    ordinals = data.get("ordinal_days")
    if not isinstance(ordinals, dict):
        problems.append("ordinal_days: expected a mapping with simple, compound, teen, tens")
    else:
        _check_numbered(problems, "ordinal_days.simple", ordinals.get("simple"), range(1, 11))
        _check_numbered(problems, "ordinal_days.compound", ordinals.get("compound"), range(1, 10))
        _check_word_list(problems, "ordinal_days.teen", ordinals.get("teen"))
        tens = ordinals.get("tens")
        if not isinstance(tens, dict) or set(tens) != {20, 30}:
            problems.append("ordinal_days.tens: expected keys 20 and 30")
        else:
            for key, words in tens.items():
                _check_word_list(problems, f"ordinal_days.tens.{key}", words)
    cardinals = data.get("cardinals")
    if not isinstance(cardinals, dict):
        problems.append("cardinals: expected a mapping with units, ten, teen_units, teen, tens, hundred")
    else:
        _check_numbered(problems, "cardinals.units", cardinals.get("units"), range(1, 10))
        _check_numbered(problems, "cardinals.teen_units", cardinals.get("teen_units"), range(11, 13))
        _check_numbered(problems, "cardinals.tens", cardinals.get("tens"), range(20, 100, 10))
        for key in ("ten", "teen", "hundred"):
            _check_word_list(problems, f"cardinals.{key}", cardinals.get(key))
    units = data.get("units")
    if _check_keyed(problems, "units", units, UNITS, exact=True):
        for name, entry in units.items():
            if _check_keyed(problems, f"units.{name}", entry, UNIT_FORMS, exact=True):
                for form, words in entry.items():
                    _check_word_list(problems, f"units.{name}.{form}", words)
    vague = data.get("vague_window_days")
    if _check_keyed(problems, "vague_window_days", vague, UNITS, exact=False):
        for name, days in vague.items():
            if not (isinstance(days, int) and days > 0):
                problems.append(f"vague_window_days.{name}: expected a positive integer")
    bounds = data.get("duration_bounds")
    if _check_keyed(problems, "duration_bounds", bounds, ("before", "after"), exact=True):
        for position, entry in bounds.items():
            if _check_keyed(problems, f"duration_bounds.{position}", entry, BOUNDS, exact=False):
                for name, words in entry.items():
                    _check_word_list(problems, f"duration_bounds.{position}.{name}", words)
    for key in _PLAIN_WORD_LISTS:
        _check_word_list(problems, key, data.get(key))
    if not problems:
        problems.extend(_month_collisions(data))
    return problems


def _month_collisions(data: dict[str, Any]) -> list[str]:
    """A folded month name must mean one month in every system, or matching could not tell them apart."""
    problems: list[str] = []
    seen: dict[str, tuple[str, int]] = {}
    for system, entry in data["month_systems"].items():
        for month, words in entry["months"].items():
            for word in words:
                key = normalize(word)
                if key in seen and seen[key][1] != month:
                    problems.append(
                        f"month_systems.{system}.months.{month}: {word!r} is month {seen[key][1]} in {seen[key][0]}"
                    )
                seen.setdefault(key, (system, month))
    return problems


# ---------------------------------------------------------------------------------------------------------
# The folded lexicon


@dataclass(frozen=True)
class DateLexicon:
    """dates.yaml folded for matching: every key is a normalised word."""

    version: int
    month_systems: dict[str, dict[int, list[str]]]
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    hijri_months: dict[str, int]
    hijri_year_markers: frozenset[str]
    gregorian_year_markers: frozenset[str]
    weekdays: dict[str, int]
    parts_before: dict[str, str]
    parts_after: dict[str, str]
    relative_days: dict[str, tuple[int, str | None]]
    today_blockers_after: frozenset[str]
    today_blockers_before: frozenset[str]
    qualifiers: dict[str, str]
    current_demonstratives: frozenset[str]
    window_qualifiers: frozenset[str]
    calendar_periods: dict[str, str]
    month_parts: dict[str, tuple[str, int, int]]
    ordinal_days: dict[str, int]
    cardinal_units: dict[str, int]
    cardinal_teen_units: dict[str, int]
    cardinal_ten: frozenset[str]
    cardinal_teen: frozenset[str]
    cardinal_tens: dict[str, int]
    cardinal_hundred: frozenset[str]
    units: dict[str, tuple[str, str]]
    vague_window_days: dict[str, int]
    ago_markers: frozenset[str]
    duration_leads: frozenset[str]
    bounds_before: dict[str, str]
    bounds_after: dict[str, str]
    year_cues_strong: frozenset[str]
    year_cues_weak: frozenset[str]
    year_blockers_before: frozenset[str]
    year_blockers_after: frozenset[str]
    year_followers_bare: frozenset[str]
    ordinal_period_nouns: frozenset[str]


def _fold(words: list[str]) -> list[str]:
    return list(dict.fromkeys(normalize(w).strip() for w in words))


def _table(mapping: dict[Any, list[str]]) -> dict[str, Any]:
    return {word: key for key, words in mapping.items() for word in _fold(words)}


def _ordinal_table(ordinals: dict[str, Any]) -> dict[str, int]:
    table = _table(ordinals["simple"])
    compound = ordinals["compound"]
    for teen in _fold(ordinals["teen"]):
        for unit, words in compound.items():
            for word in _fold(words):
                table[f"{word} {teen}"] = 10 + unit
    for tens, tens_words in ordinals["tens"].items():
        for tens_word in _fold(tens_words):
            table[tens_word] = tens
            for unit, words in compound.items():
                if tens + unit <= 31:
                    for word in _fold(words):
                        table[f"{word} و{tens_word}"] = tens + unit
    return table


def build_date_lexicon(data: dict[str, Any]) -> DateLexicon:
    """Validate a dates.yaml document and fold it into lookup tables; raises DateLexiconError."""
    problems = validate_date_data(data)
    if problems:
        raise DateLexiconError(
            "dates.yaml is invalid (see src/marsad/lang/ar/data/SCHEMA-dates.md): " + "; ".join(problems)
        )
    months: dict[str, int] = {}
    for system in data["month_systems"].values():
        months.update(_table(system["months"]))
    relative: dict[str, tuple[int, str | None]] = {}
    for entry in data["relative_days"]:
        for word in _fold(entry["words"]):
            relative[word] = (entry["offset"], entry.get("part_of_day"))
    parts_before: dict[str, str] = {}
    parts_after: dict[str, str] = {}
    for part, entry in data["parts_of_day"].items():
        parts_before.update({w: part for w in _fold(entry.get("before", []))})
        parts_after.update({w: part for w in _fold(entry.get("after", []))})
    units = {
        word: (unit, form)
        for unit, forms in data["units"].items()
        for form, words in forms.items()
        for word in _fold(words)
    }
    cardinals = data["cardinals"]
    bounds = data["duration_bounds"]
    return DateLexicon(
        version=data["version"],
        month_systems={name: dict(entry["months"]) for name, entry in data["month_systems"].items()},
        months=months,
        ambiguous_months=frozenset(_fold(data["ambiguous_month_words"])),
        hijri_months=_table(data["hijri_months"]),
        hijri_year_markers=frozenset(_fold(data["hijri_year_markers"])),
        gregorian_year_markers=frozenset(_fold(data["gregorian_year_markers"])),
        weekdays=_table({WEEKDAY_NUMBERS[k]: v for k, v in data["weekdays"].items()}),
        parts_before=parts_before,
        parts_after=parts_after,
        relative_days=relative,
        today_blockers_after=frozenset(_fold(data["today_blockers_after"])),
        today_blockers_before=frozenset(_fold(data["today_blockers_before"])),
        qualifiers=_table(data["qualifiers"]),
        current_demonstratives=frozenset(_fold(data["current_demonstratives"])),
        window_qualifiers=frozenset(_fold(data["window_qualifiers"])),
        calendar_periods=_table(data["calendar_periods"]),
        month_parts={
            word: (name, entry["first_day"], entry["last_day"])
            for name, entry in data["month_parts"].items()
            for word in _fold(entry["words"])
        },
        ordinal_days=_ordinal_table(data["ordinal_days"]),
        cardinal_units=_table(cardinals["units"]),
        cardinal_teen_units=_table(cardinals["teen_units"]),
        cardinal_ten=frozenset(_fold(cardinals["ten"])),
        cardinal_teen=frozenset(_fold(cardinals["teen"])),
        cardinal_tens=_table(cardinals["tens"]),
        cardinal_hundred=frozenset(_fold(cardinals["hundred"])),
        units=units,
        vague_window_days=dict(data["vague_window_days"]),
        ago_markers=frozenset(_fold(data["ago_markers"])),
        duration_leads=frozenset(_fold(data["duration_leads"])),
        bounds_before=_table(bounds["before"]),
        bounds_after=_table(bounds["after"]),
        year_cues_strong=frozenset(_fold(data["year_cues_strong"])),
        year_cues_weak=frozenset(_fold(data["year_cues_weak"])),
        year_blockers_before=frozenset(_fold(data["year_blockers_before"])),
        year_blockers_after=frozenset(_fold(data["year_blockers_after"])),
        year_followers_bare=frozenset(_fold(data["year_followers_bare"])),
        ordinal_period_nouns=frozenset(_fold(data["ordinal_period_nouns"])),
    )


def load_date_lexicon() -> DateLexicon:
    """Load, validate and fold the shipped dates.yaml."""
    return build_date_lexicon(read_date_data())


def parse_cardinal(words: str, lexicon: DateLexicon) -> int | None:
    """Value of a cardinal written in words (ثلاثة, خمسة عشر, خمسة وعشرين), or None."""
    tokens = words.split(" ")
    first = tokens[0]
    if len(tokens) == 1:
        for table in (lexicon.cardinal_units, lexicon.cardinal_tens):
            if first in table:
                return table[first]
        if first in lexicon.cardinal_ten:
            return 10
        if first in lexicon.cardinal_hundred:
            return 100
        return None
    second = tokens[1]
    if second in lexicon.cardinal_teen:
        if first in lexicon.cardinal_teen_units:
            return lexicon.cardinal_teen_units[first]
        if first in lexicon.cardinal_units:
            return 10 + lexicon.cardinal_units[first]
        return None
    if second.startswith("و") and second[1:] in lexicon.cardinal_tens and first in lexicon.cardinal_units:
        return lexicon.cardinal_tens[second[1:]] + lexicon.cardinal_units[first]
    return None


# ---------------------------------------------------------------------------------------------------------
# Patterns

NO_LETTER_BEFORE = r"(?<![^\W\d_])"
NO_LETTER_AFTER = r"(?![^\W\d_])"
# A pattern that may start on a number accepts a clitic letter right before it (ب20, و2019).
START = r"(?:(?<![^\W\d_])|(?=\d))(?<![\d.,/:+\-])"
_CLITIC = "[وف]?[بلك]?"
_ARTICLE_CLITIC = "[وف]?(?:[بك]?ال|لل)"

# Families of patterns: each finds one kind of expression and is tried at its trigger positions.
FAMILIES = ("calendar", "numeric", "weekday", "relative", "period", "ago", "duration", "year")


def _words(words: list[str] | set[str] | frozenset[str], clitics: bool) -> str:
    """Alternation of words; with `clitics`, also with a leading و/ف and ب/ل/ك (and للـ for ال words)."""
    with_article = [w[2:] for w in words if w.startswith("ال")]
    plain = [w for w in words if not w.startswith("ال")]
    branches = []
    if with_article:
        branches.append(f"{_ARTICLE_CLITIC if clitics else 'ال'}(?:{_alternation(with_article)})")
    if plain:
        branches.append(f"{_CLITIC if clitics else ''}(?:{_alternation(plain)})")
    return "(?:" + "|".join(branches) + ")"


def strip_clitics(word: str, table: dict[str, Any] | frozenset[str] | set[str]) -> str | None:
    """The entry of `table` that `word` spells after removing attached clitics (للخميس → الخميس), or None."""
    if word in table:
        return word
    if not word.startswith(("و", "ف", "ب", "ل", "ك")):  # the letters every clitic below starts with
        return None
    for prefix in ("وبال", "وكال", "فبال", "بال", "كال", "وال", "فال", "ولل", "فلل", "لل", "وب", "ول", "وك", "فب",
                   "فل", "و", "ف", "ب", "ل", "ك"):
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix):]
        for candidate in (rest, "ال" + rest, "ا" + rest if rest.startswith("ل") else None):
            if candidate is not None and candidate in table:
                return candidate
    return None


@dataclass(frozen=True)
class DatePatterns:
    """Compiled patterns per family and the automaton of trigger words that says where to try them."""

    regexes: dict[str, re.Pattern[str]]
    # ahocorasick.Automaton: trigger word -> (length, frozenset of families, whether it names a month)
    triggers: Any


@lru_cache(maxsize=64)
def digit_families(length: int, following: str) -> tuple[str, ...]:
    """The families whose pattern can match at a run of `length` digits followed by the character `following`.

    At a digit, each of these patterns starts with its number: a day of one or two digits before a month name
    (calendar), `d/m/yyyy` or `yyyy-m-d` (numeric), a count of up to four digits, a space and a unit (duration),
    a year of exactly four digits.
    """
    families = []
    if length <= 2:
        families.append("calendar")
    if length in (1, 2, 4) and following in ("/", ".", "-"):
        families.append("numeric")
    if length <= 4 and following == " ":
        families.append("duration")
    if length == 4:
        families.append("year")
    return tuple(families)


def compile_date_patterns(lexicon: DateLexicon) -> DatePatterns:
    """Build the family regexes and the trigger automaton from a lexicon."""
    months_clitic = [w for w in lexicon.months if w not in lexicon.ambiguous_months]
    months_bare = [w for w in lexicon.months if w in lexicon.ambiguous_months]
    gmonth = f"(?:{_words(months_clitic, clitics=True)}|(?:{_alternation(months_bare)}))"
    gmonth_plain = f"(?:{_alternation(list(lexicon.months))})"
    hmonth = f"(?:{_alternation(list(lexicon.hijri_months))})"
    weekday = _words(list(lexicon.weekdays), clitics=True)
    weekday_plain = f"(?:{_alternation(list(lexicon.weekdays))})"
    part_before = f"(?:{_words(list(lexicon.parts_before), clitics=True)})"
    part_after = f"(?:{_alternation(list(lexicon.parts_after))})"
    ordinal = f"(?:{_alternation(list(lexicon.ordinal_days))})"
    month_part = _words(list(lexicon.month_parts), clitics=True)
    qualifier = f"(?:{_alternation(list(lexicon.qualifiers))})"
    year_marker = f"(?:{_alternation(lexicon.hijri_year_markers | lexicon.gregorian_year_markers)})"
    unit = f"(?:{_alternation(list(lexicon.units))})"
    unit_al_stems = [w for w in lexicon.units]
    window_qualifier = f"(?:{_alternation(set(lexicon.qualifiers) | lexicon.window_qualifiers)})"
    cardinal_unit = _alternation(list(lexicon.cardinal_units))
    cardinal_tens = _alternation(list(lexicon.cardinal_tens))
    cardinal_teen = _alternation(list(lexicon.cardinal_teen))
    cardinal = (
        f"(?:(?:{cardinal_unit})(?: (?:{cardinal_teen})| و(?:{cardinal_tens}))?"
        f"|(?:{_alternation(list(lexicon.cardinal_teen_units))}) (?:{cardinal_teen})"
        f"|{cardinal_tens}|{_alternation(lexicon.cardinal_ten | lexicon.cardinal_hundred)})"
    )
    bound_before = f"(?:{_alternation(list(lexicon.bounds_before))})"
    bound_after = f"(?:{_alternation(list(lexicon.bounds_after))})"
    one = "(?:واحد|واحده)"
    day_prefix = (
        f"(?:(?P<part>{part_before}) )?(?:(?:يوم|نهار) )?"
        f"(?:(?P<wd>{weekday}) ?,? (?:الموافق )?)?"
    )
    year_tail = (
        r"(?: ?,? (?:(?:من )?(?:عام|العام|سنه) )?(?P<year>\d{4})(?!\d)"
        + f"(?: ?(?P<ymark>{year_marker}){NO_LETTER_AFTER})?)?"
    )
    sources = {
        "calendar": (
            START
            + f"(?:{day_prefix}(?:(?P<day>\\d{{1,2}}) ?(?:من )?|(?P<ord>{ordinal}) من )|(?P<mpart>{month_part}) )?"
            + "(?P<shahr>[بل]?شهر )?"
            + f"(?:(?P<gm>{gmonth})(?: ?[/(\\-] ?(?P<gm2>{gmonth_plain})\\)?)?|(?P<hm>{hmonth})"
            + f"|(?P<thismonth>الشهر)(?= {qualifier}))"
            + NO_LETTER_AFTER
            + year_tail
            + f"(?: (?P<qual>{qualifier}){NO_LETTER_AFTER})?"
        ),
        "numeric": (
            START
            + f"(?:{day_prefix})?"
            + r"(?<![\d.,/:+\-])(?:(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
            + r"|(?P<iy>\d{4})(?P<isep>[/.\-])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2}))"
            + r"(?!\d|[.,/\-:]\d)"
            + f"(?: ?(?P<ymark>{year_marker}){NO_LETTER_AFTER})?"
        ),
        "weekday": (
            NO_LETTER_BEFORE
            + f"(?:(?P<part>{part_before}) )?(?:(?:يوم|نهار) )?"
            + f"(?P<wd>{weekday}){NO_LETTER_AFTER}(?! عشر)"
            + f"(?: ?(?:-|/|علي|الي) ?{weekday_plain}{NO_LETTER_AFTER})?"
            + f"(?: (?P<qual>{qualifier}){NO_LETTER_AFTER})?"
            + f"(?: (?P<tpart>{part_after}){NO_LETTER_AFTER})?"
        ),
        "relative": (
            NO_LETTER_BEFORE
            + f"(?:(?P<part>{part_before}) )?(?:(?:يوم|نهار) )?"
            + f"(?P<rel>{_words(list(lexicon.relative_days), clitics=True)}){NO_LETTER_AFTER}"
            + f"(?: (?P<wd>{weekday_plain}){NO_LETTER_AFTER})?"
            + f"(?: (?P<tpart>{part_after}){NO_LETTER_AFTER})?"
        ),
        "period": (
            NO_LETTER_BEFORE
            + f"(?:(?P<mpart>{month_part}) )?(?:(?P<demo>{_alternation(lexicon.current_demonstratives)}) )?"
            + f"{_ARTICLE_CLITIC}"
            + rf"(?: ?(?P<n1>\d{{1,3}}) (?P<unit1>{unit})|(?P<unit>{_alternation(unit_al_stems)})){NO_LETTER_AFTER}"
            + rf"(?: (?:ال ?(?P<n2>\d{{1,3}})|ال(?P<nw>{cardinal})))?"
            + f"(?: (?P<qual>{window_qualifier}){NO_LETTER_AFTER})?"
        ),
        "ago": (
            NO_LETTER_BEFORE
            + f"(?P<ago>[وف]?(?:{_alternation(lexicon.ago_markers)})) "
            + f"(?:(?P<bound>{bound_before}) )?"
            + rf"(?:(?P<n>\d{{1,4}}|{cardinal}) (?P<unit>{unit})|(?P<unit2>{unit})){NO_LETTER_AFTER}"
            + f"(?: (?P<one>{one}){NO_LETTER_AFTER})?"
            + f"(?: (?P<abound>{bound_after}){NO_LETTER_AFTER})?"
        ),
        "duration": (
            START
            + f"(?:(?P<lead>[وفل]?(?:{_alternation(lexicon.duration_leads)})) )?"
            + f"(?:(?P<bound>[وفل]?{bound_before}) )?"
            + r"(?<![\d.,/:+\-])"
            + rf"(?:(?P<n>\d{{1,4}}|{cardinal}) (?P<unit>{unit})|(?P<unit2>{unit})){NO_LETTER_AFTER}"
            + f"(?: (?P<one>{one}){NO_LETTER_AFTER})?"
            + f"(?: (?P<abound>{bound_after}){NO_LETTER_AFTER})?"
        ),
        "year": (
            f"(?:{NO_LETTER_BEFORE}(?P<cue>{_words(lexicon.year_cues_strong, clitics=True)}) )?"
            # a year range (2011-2019) is two years; a name-number (كوفيد-2019) and an ISO date are not
            + r"(?<![\d.,/:+])(?<![^\W\d_]-)(?P<year>\d{4})(?!\d|[.,/:]\d|-\d{1,2}(?!\d)| ?%)"
            + f"(?: ?(?P<mark>{year_marker}){NO_LETTER_AFTER})?"
        ),
    }
    regexes = {name: re.compile(source) for name, source in sources.items()}
    triggers: dict[str, set[str]] = {}
    month_keys: set[str] = set()

    def add(words: Any, *families: str, month: bool = False) -> None:
        for word in words:
            # "لخميس" also finds "الخميس" and "للخميس"; the regex checks the clitics.
            key = word[1:] if word.startswith("ال") else word
            triggers.setdefault(key, set()).update(families)
            if month:
                month_keys.add(key)

    add(lexicon.parts_before, "calendar", "numeric", "weekday", "relative")
    add(["يوم", "نهار"], "calendar", "numeric", "weekday", "relative")
    add(lexicon.weekdays, "calendar", "numeric", "weekday")
    add(lexicon.ordinal_days, "calendar")
    add(lexicon.month_parts, "calendar", "period")
    # every calendar expression names a month (or says الشهر): without one in the text, none is tried
    add(["شهر"], "calendar", month=True)
    add(lexicon.months, "calendar", month=True)
    add(lexicon.hijri_months, "calendar", month=True)
    add(lexicon.relative_days, "relative")
    add(lexicon.current_demonstratives, "period")
    add(["ال" + w for w in unit_al_stems], "period")
    add(lexicon.ago_markers, "ago")
    add(lexicon.duration_leads, "duration")
    add(lexicon.bounds_before, "duration")
    add(lexicon.cardinal_units, "duration")
    add(lexicon.cardinal_teen_units, "duration")
    add(lexicon.cardinal_tens, "duration")
    add(lexicon.cardinal_ten | lexicon.cardinal_hundred, "duration")
    add([w for w, (_, form) in lexicon.units.items() if form != "plural"], "duration")
    add(lexicon.year_cues_strong, "year")
    automaton = ahocorasick.Automaton()
    for key in in_frequency_order(triggers):
        automaton.add_word(key, (len(key), frozenset(triggers[key]), key in month_keys))
    automaton.make_automaton()
    return DatePatterns(regexes=regexes, triggers=automaton)
