"""Resolve the date expressions of an Arabic text against an anchor date (publication or dateline date).

Each expression becomes a `DateMention` with offsets into the original text, a resolved value and a precision.
Rules that hold throughout:

- numeric dates are day-first (`20/1/2022` is 20 January), as the Arab press writes them; a two-part `1/2` is
  never a date (fractions, ratios and scores are written that way), and years need four digits except in
  `d/m/yy` with slashes;
- relative expressions resolve toward the past: `يوم الخميس` is the most recent Thursday on or before the anchor,
  `الخميس الماضي` the most recent one strictly before it, and a year-less `20 يناير` the most recent 20 January
  on or before the anchor plus `FUTURE_TOLERANCE_DAYS`;
- without an anchor nothing relative is guessed: value None, precision "unknown";
- windows (`خلال الأيام الماضية`, `منذ أيام`) have value None and an earliest/latest range; their precision says
  how wide the range is;
- a weekday written with an explicit date gives one mention of the explicit date, even when they disagree.

Word lists live in `marsad/lang/ar/data/dates.yaml`; patterns are built from them in `_date_patterns`.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal
from urllib.parse import urlsplit

from hijridate import Gregorian, Hijri

from marsad.lang.ar.normalize import Normalized, normalize_with_offsets
from marsad.text._date_patterns import (
    FAMILIES,
    DateLexicon,
    DateLexiconError,
    DatePatterns,
    compile_date_patterns,
    digit_families,
    load_date_lexicon,
    parse_cardinal,
    strip_clitics,
)
from marsad.text._records import fast_init

__all__ = [
    "FUTURE_TOLERANCE_DAYS",
    "DateLexiconError",
    "DateMention",
    "DateResolver",
    "Duration",
    "date_from_url",
    "default_resolver",
    "resolve_dates",
]

Kind = Literal["absolute", "relative", "weekday", "hijri", "duration", "year", "month"]
Precision = Literal["day", "week", "month", "year", "unknown"]
PartOfDay = Literal["morning", "evening", "night", "dawn", "noon"]
Unit = Literal["hour", "day", "week", "month", "year"]
Bound = Literal["exact", "more_than", "less_than", "about", "at_least"]

# A year-less date may lie this many days after the anchor: articles announce what happens in the next days,
# and the anchor (a dateline, a crawl date) can lag the events by a day or two.
FUTURE_TOLERANCE_DAYS = 7
GREGORIAN_YEARS = range(1900, 2101)  # bare years and numeric dates
CUED_GREGORIAN_YEARS = range(1000, 2101)  # after عام/سنة or with a month name
HIJRI_YEARS = range(1343, 1501)  # the range hijridate converts
_UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}
# Arab calendars start the week on Saturday.
_WEEK_START = 5
_PRIORITY = {"absolute": 0, "hijri": 1, "month": 2, "weekday": 3, "relative": 4, "year": 5, "duration": 6}
# "\d\d*", not "\d+": a pattern that opens with a character class lets the engine skip to the next digit quickly
_DIGITS = re.compile(r"\d\d*")
_TRAILING_PUNCTUATION = ".,;:!?\"')(]["


@fast_init
@dataclass(frozen=True, slots=True)
class Duration:
    """A length of time (`أكثر من 4 أيام`), not a date."""

    amount: float
    unit: Unit
    bound: Bound = "exact"


@fast_init
@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression: where it is, what it says, and the date range it can denote."""

    start: int
    end: int
    surface: str
    kind: Kind
    value: date | None
    precision: Precision
    earliest: date | None = None
    latest: date | None = None
    part_of_day: PartOfDay | None = None
    duration: Duration | None = None


@dataclass(slots=True)  # not frozen: a frozen dataclass costs several times more to build, and every candidate is one
class _Found:
    start: int
    end: int
    kind: Kind
    value: date | None
    precision: Precision
    earliest: date | None = None
    latest: date | None = None
    part_of_day: str | None = None
    duration: Duration | None = None


def _unknown(match: re.Match[str], kind: Kind, part: str | None = None, duration: Duration | None = None) -> _Found:
    return _Found(match.start(), match.end(), kind, None, "unknown", part_of_day=part, duration=duration)


def _day(match: re.Match[str], kind: Kind, value: date, part: str | None = None, **extra) -> _Found:
    return _Found(match.start(), match.end(), kind, value, "day", value, value, part, **extra)


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _precision_for_width(days: float) -> Precision:
    if days <= 1:
        return "day"
    if days <= 7:
        return "week"
    if days <= 62:
        return "month"
    return "year"


def _next_word(text: str, end: int) -> str:
    """The word after `end`, without trailing punctuation; "" when punctuation or the end comes first."""
    if end >= len(text) or text[end] != " ":
        return ""
    stop = text.find(" ", end + 1)
    return text[end + 1:stop if stop != -1 else len(text)].strip(_TRAILING_PUNCTUATION)


def _previous_words(text: str, start: int, count: int) -> list[str]:
    words = text[max(0, start - 40):start].split()
    return [w.strip(_TRAILING_PUNCTUATION) for w in words[-count:]]


class DateResolver:
    """Finds and resolves date expressions; built from a lexicon so tests can pass their own."""

    def __init__(self, lexicon: DateLexicon | None = None):
        self.lexicon = lexicon if lexicon is not None else load_date_lexicon()
        self._patterns: DatePatterns | None = None
        self._handlers: dict[str, Callable[[re.Match[str], str, date | None], _Found | None]] = {
            "calendar": self._calendar,
            "numeric": self._numeric,
            "weekday": self._weekday,
            "relative": self._relative,
            "period": self._period,
            "ago": self._ago,
            "duration": self._duration,
            "year": self._year,
        }

    @property
    def patterns(self) -> DatePatterns:
        """The compiled patterns, built on first use."""
        if self._patterns is None:
            self._patterns = compile_date_patterns(self.lexicon)
        return self._patterns

    def resolve(self, text: str, anchor: date | None, normalized: Normalized | None = None) -> list[DateMention]:
        """Every date expression of `text`, resolved against `anchor`, in text order.

        `normalized` is `normalize_with_offsets(text)` when the caller already has it (normalising costs more
        than finding the dates, so a pipeline normalises an article once for all its extractors).
        """
        if isinstance(anchor, datetime):
            anchor = anchor.date()  # a datetime anchors on its calendar day
        if normalized is None:
            normalized = normalize_with_offsets(text)
        elif normalized.source_length != len(text):
            raise ValueError("`normalized` was not made from `text`: pass normalize_with_offsets(text)")
        folded = normalized.text
        found: list[_Found] = []
        for family, starts in self._trigger_starts(folded).items():
            regex = self.patterns.regexes[family]
            handler = self._handlers[family]
            for start in sorted(starts):
                match = regex.match(folded, start)
                if match is None or match.end() == match.start():
                    continue
                mention = handler(match, folded, anchor)
                if mention is not None:
                    found.append(mention)
        mentions = []
        for item in _without_overlaps(found):
            start, end = normalized.to_source(item.start, item.end)
            while end < len(text) and (text[end] == "\u0640" or unicodedata.category(text[end]) == "Mn"):
                end += 1  # keep the tatweel of هـ and the tanween of مساءً that normalisation dropped
            mentions.append(DateMention(
                start, end, text[start:end], item.kind, item.value, item.precision, item.earliest, item.latest,
                item.part_of_day, item.duration,  # type: ignore[arg-type]
            ))
        return mentions

    def _trigger_starts(self, text: str) -> dict[str, set[int]]:
        starts: dict[str, set[int]] = {family: set() for family in FAMILIES}
        size = len(text)
        isalpha = str.isalpha
        month_named = False
        for last, (length, families, names_month) in self.patterns.triggers.iter(text):
            # Every pattern needs the trigger word it starts with to end where its word ends (a space,
            # punctuation or a digit follows): a trigger followed by a letter is the start of a longer word
            # (ست in ستة, اب in ابريل), whose own trigger, if it has one, is found as well.
            if last + 1 < size and isalpha(text[last + 1]):
                continue
            first = last - length + 1
            word_start = first
            # step back over clitics (و, ب, ال...) to the start of the word; deeper means inside another word
            while word_start > 0 and isalpha(text[word_start - 1]) and first - word_start < 4:
                word_start -= 1
            if word_start > 0 and isalpha(text[word_start - 1]):
                continue
            for family in families:
                starts[family].add(word_start)
            month_named = month_named or names_month
        numeric_date = False
        for run in _DIGITS.finditer(text):
            position = run.start()
            for family in digit_families(run.end() - position, text[run.end():run.end() + 1]):
                starts[family].add(position)
                numeric_date = numeric_date or family == "numeric"
            before = position - 1 if position > 0 and text[position - 1] == " " else position
            if text[max(0, before - 2):before] == "ال":  # ال24 ساعة الماضية
                word_start = before - 2
                while word_start > 0 and text[word_start - 1].isalpha() and before - word_start < 5:
                    word_start -= 1
                starts["period"].add(word_start)
        # A calendar date names its month, whose trigger ends its word; a numeric date has a run of digits
        # followed by its separator: without them, these patterns would fail wherever they were tried.
        if not month_named:
            starts["calendar"].clear()
        if not numeric_date:
            starts["numeric"].clear()
        return starts

    # --- families -----------------------------------------------------------------------------------------

    def _part(self, match: re.Match[str]) -> str | None:
        names = match.re.groupindex
        part = match["part"] if "part" in names else None
        if part:
            word = strip_clitics(part, self.lexicon.parts_before)
            if word is not None:
                return self.lexicon.parts_before[word]
        after = match["tpart"] if "tpart" in names else None
        if after:
            return self.lexicon.parts_after.get(after)
        return None

    def _calendar(self, match: re.Match[str], text: str, anchor: date | None) -> _Found | None:
        lex = self.lexicon
        day_text, ordinal, year_text = match["day"], match["ord"], match["year"]
        day = int(day_text) if day_text else lex.ordinal_days.get(ordinal) if ordinal else None
        if day is not None and not 1 <= day <= 31:
            return None
        if ordinal and not day_text:
            previous = _previous_words(text, match.start(), 1)
            if previous and strip_clitics(previous[0], lex.ordinal_period_nouns):
                return None  # "الأسبوع الأول من سبتمبر": the first week, not the first day
        part = self._part(match)
        if match["hm"]:
            return self._hijri(match, day, anchor)
        qualifier = lex.qualifiers.get(match["qual"]) if match["qual"] else None
        if match["thismonth"]:
            if day is None or qualifier is None:
                return None
            if anchor is None:
                return _unknown(match, "absolute", part)
            year, month = _shift_month(anchor.year, anchor.month, {"previous": -1, "current": 0, "next": 1}[qualifier])
            return self._valid_day(match, year, month, day, part)
        month_word = strip_clitics(match["gm"], lex.months)
        if month_word is None:
            return None
        month = lex.months[month_word]
        month_part = lex.month_parts[strip_clitics(match["mpart"], lex.month_parts)] if match["mpart"] else None
        if day is None and year_text is None and month_part is None and qualifier is None and not match["shahr"]:
            # a bare month name: only after a preposition, and never one that is also an ordinary word
            if month_word in lex.ambiguous_months:
                return None
            previous = _previous_words(text, match.start(), 1)
            if match["gm"] == month_word and not (previous and strip_clitics(previous[0], lex.year_cues_weak)):
                return None
        if month_word in lex.ambiguous_months and match["gm"] != month_word:
            return None
        year: int | None = None
        if year_text is not None:
            year = int(year_text)
            if year not in CUED_GREGORIAN_YEARS:
                return None
        elif anchor is not None:
            year = self._year_of_month(anchor, month, day, qualifier)
        kind: Kind = "absolute" if day is not None else "month"
        if year is None:
            return _unknown(match, kind, part)
        if day is not None:
            return self._valid_day(match, year, month, day, part)
        first, last = _month_range(year, month)
        if month_part is not None:
            _, first_day, last_day = month_part
            return _Found(match.start(), match.end(), "month", first, "month",
                          first.replace(day=first_day), last.replace(day=min(last_day, last.day)), part)
        return _Found(match.start(), match.end(), "month", first, "month", first, last, part)

    @staticmethod
    def _year_of_month(anchor: date, month: int, day: int | None, qualifier: str | None) -> int | None:
        if qualifier == "current":
            return anchor.year
        if qualifier == "previous":
            return anchor.year if month < anchor.month else anchor.year - 1
        if qualifier == "next":
            return anchor.year if month > anchor.month else anchor.year + 1
        latest = anchor + timedelta(days=FUTURE_TOLERANCE_DAYS)
        for year in range(anchor.year + 1, anchor.year - 9, -1):
            try:
                candidate = date(year, month, day or 1)
            except ValueError:  # 29 February outside a leap year
                continue
            if candidate <= latest:
                return year
        return None

    def _valid_day(self, match: re.Match[str], year: int, month: int, day: int, part: str | None) -> _Found | None:
        try:
            value = date(year, month, day)
        except ValueError:
            return None
        return _day(match, "absolute", value, part)

    def _hijri(self, match: re.Match[str], day: int | None, anchor: date | None) -> _Found | None:
        month = self.lexicon.hijri_months[match["hm"]]
        part = self._part(match)
        if match["year"]:
            years = [int(match["year"])]
        elif day is not None and anchor is not None:
            anchor_year = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri().year
            years = [anchor_year + 1, anchor_year, anchor_year - 1]
        elif day is not None:
            return _unknown(match, "hijri", part)
        else:
            return None  # صفر, رجب, رمضان alone are as often names as months
        latest = anchor + timedelta(days=FUTURE_TOLERANCE_DAYS) if anchor and not match["year"] else None
        for year in years:
            if year not in HIJRI_YEARS:
                continue
            try:
                first = _gregorian(Hijri(year, month, day or 1))
                length = Hijri(year, month, 1).month_length()
            except (ValueError, OverflowError):  # day 30 of a 29-day month, or beyond hijridate's range
                continue
            if latest is not None and first > latest:
                continue
            if day is not None:
                return _day(match, "hijri", first, part)
            return _Found(match.start(), match.end(), "hijri", first, "month", first,
                          first + timedelta(days=length - 1), part)
        return None

    def _numeric(self, match: re.Match[str], text: str, anchor: date | None) -> _Found | None:
        if match["d"]:
            day, month, year_text = int(match["d"]), int(match["m"]), match["y"]
            if len(year_text) == 2:
                if match["sep"] != "/":
                    return None
                year = 2000 + int(year_text)
            else:
                year = int(year_text)
        else:
            day, month, year = int(match["id"]), int(match["im"]), int(match["iy"])
        if year not in GREGORIAN_YEARS:
            return None
        return self._valid_day(match, year, month, day, self._part(match))

    def _weekday(self, match: re.Match[str], text: str, anchor: date | None) -> _Found | None:
        lex = self.lexicon
        word = strip_clitics(match["wd"], lex.weekdays)
        if word is None:
            return None
        previous = _previous_words(text, match.start(), 1)
        if previous and previous[0] in ("كلا", "بين") and lex.weekdays[word] == 0:
            return None  # كلا الاثنين: "both of them"
        part = self._part(match)
        if anchor is None:
            return _unknown(match, "weekday", part)
        qualifier = lex.qualifiers.get(match["qual"]) if match["qual"] else None
        weekday = lex.weekdays[word]
        if qualifier == "next":
            value = anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
        else:
            back = (anchor.weekday() - weekday) % 7
            if qualifier == "previous" and back == 0:
                back = 7
            value = anchor - timedelta(days=back)
        return _day(match, "weekday", value, part)

    def _relative(self, match: re.Match[str], text: str, anchor: date | None) -> _Found | None:
        lex = self.lexicon
        word = strip_clitics(match["rel"], lex.relative_days)
        if word is None:
            return None
        offset, implied_part = lex.relative_days[word]
        if offset == 0:
            following = _next_word(text, match.end())
            previous = _previous_words(text, match.start(), 1)
            if following in lex.today_blockers_after or (previous and previous[0] in lex.today_blockers_before):
                return None
        part = self._part(match) or implied_part
        if anchor is None:
            return _unknown(match, "relative", part)
        value = anchor + timedelta(days=offset)
        named = strip_clitics(match["wd"], lex.weekdays) if match["wd"] else None
        if named is not None and value.weekday() != lex.weekdays[named]:
            # "أمس الأحد" in a bulletin dated Sunday: the weekday is written, the anchor only inferred (a page's or a
            # link's date can be the day reported on, not the day of writing), so the named day nearest wins
            shift = (lex.weekdays[named] - value.weekday()) % 7
            value += timedelta(days=shift if shift <= 3 else shift - 7)
        return _day(match, "relative", value, part)

    def _count(self, match: re.Match[str], number_group: str) -> float | None:
        text = match[number_group]
        if text is None:
            return None
        if text.isdigit():
            return int(text)
        return parse_cardinal(text, self.lexicon)

    def _period(self, match: re.Match[str], text: str, anchor: date | None) -> _Found | None:
        lex = self.lexicon
        unit_word = match["unit1"] or match["unit"]
        unit, form = lex.units[unit_word]
        count = self._count(match, "n1") or self._count(match, "n2") or self._count(match, "nw")
        if count is None and form == "dual":
            count = 2
        qualifier_word = match["qual"]
        qualifier = lex.qualifiers.get(qualifier_word) if qualifier_word else None
        calendar_unit = lex.calendar_periods.get("ال" + unit_word)
        if calendar_unit and count is None and form == "singular" and (qualifier or match["demo"]):
            if anchor is None:
                return _unknown(match, "relative")
            return self._calendar_period(match, anchor, calendar_unit, qualifier or "current")
        is_window = qualifier == "previous" or (qualifier_word in lex.window_qualifiers)
        if not is_window:
            return None
        if count is None:
            if form == "plural":
                if unit not in lex.vague_window_days:
                    return None
                width = lex.vague_window_days[unit]
            else:
                width = _UNIT_DAYS[unit]
        else:
            width = count * _UNIT_DAYS[unit]
        if anchor is None:
            return _unknown(match, "relative")
        days = max(1, round(width))
        return _Found(match.start(), match.end(), "relative", None, _precision_for_width(width),
                      anchor - timedelta(days=days), anchor)

    def _calendar_period(self, match: re.Match[str], anchor: date, unit: str, qualifier: str) -> _Found:
        step = {"previous": -1, "current": 0, "next": 1}[qualifier]
        part = self.lexicon.month_parts.get(strip_clitics(match["mpart"], self.lexicon.month_parts) or "") \
            if match["mpart"] else None
        if unit == "week":
            first = anchor - timedelta(days=(anchor.weekday() - _WEEK_START) % 7) + timedelta(days=7 * step)
            return _Found(match.start(), match.end(), "relative", first, "week", first, first + timedelta(days=6))
        if unit == "month":
            first, last = _month_range(*_shift_month(anchor.year, anchor.month, step))
            earliest, latest = first, last
            if part is not None:
                earliest, latest = first.replace(day=part[1]), last.replace(day=min(part[2], last.day))
            return _Found(match.start(), match.end(), "relative", first, "month", earliest, latest)
        year = anchor.year + step
        first, last = date(year, 1, 1), date(year, 12, 31)
        earliest, latest = first, last
        if part is not None:
            # early/middle/late of a year: thirds of four months
            third = {"early": 0, "middle": 1, "late": 2}[part[0]]
            earliest = date(year, 1 + 4 * third, 1)
            latest = _month_range(year, 4 + 4 * third)[1]
        return _Found(match.start(), match.end(), "relative", first, "year", earliest, latest)

    def _ago(self, match: re.Match[str], text: str, anchor: date | None) -> _Found | None:
        lex = self.lexicon
        unit_word = match["unit"] or match["unit2"]
        unit, form = lex.units[unit_word]
        count = self._count(match, "n")
        following = _next_word(text, match.end())
        if following in ("من", "علي"):
            return None  # قبل يومين من الهجوم: counted from another event, not from the anchor
        if match["unit2"]:
            if following.startswith("ال") or following[:1].isdigit():
                return None  # منذ يوم الخميس, منذ عام 2019
            count = 2 if form == "dual" else 1 if form == "singular" else None
        bound = self._bound(match)
        duration = Duration(count, unit, bound) if count is not None else None  # type: ignore[arg-type]
        if anchor is None:
            return _unknown(match, "relative", duration=duration)
        if count is None:
            if unit not in lex.vague_window_days or unit in ("month", "year"):
                return None
            width = lex.vague_window_days[unit]
            return _Found(match.start(), match.end(), "relative", None, _precision_for_width(width),
                          anchor - timedelta(days=width), anchor)
        if unit == "hour":
            earliest = anchor - timedelta(days=int(-(-count // 24)))
            value = anchor - timedelta(days=int(count // 24))
            return _Found(match.start(), match.end(), "relative", value, "day", earliest, value, duration=duration)
        if unit == "day":
            return _day(match, "relative", anchor - timedelta(days=int(count)), duration=duration)
        if unit == "week":
            value = anchor - timedelta(days=int(7 * count))
            return _Found(match.start(), match.end(), "relative", value, "week", value - timedelta(days=3),
                          value + timedelta(days=3), duration=duration)
        if unit == "month":
            first, last = _month_range(*_shift_month(anchor.year, anchor.month, -int(count)))
            return _Found(match.start(), match.end(), "relative", first, "month", first, last, duration=duration)
        year = anchor.year - int(count)
        return _Found(match.start(), match.end(), "relative", date(year, 1, 1), "year", date(year, 1, 1),
                      date(year, 12, 31), duration=duration)

    def _bound(self, match: re.Match[str]) -> Bound:
        if match["bound"]:
            word = strip_clitics(match["bound"], self.lexicon.bounds_before)
            if word is not None:
                return self.lexicon.bounds_before[word]  # type: ignore[return-value]
        if match["abound"]:
            return self.lexicon.bounds_after[match["abound"]]  # type: ignore[return-value]
        return "exact"

    def _duration(self, match: re.Match[str], text: str, anchor: date | None) -> _Found | None:
        unit_word = match["unit"] or match["unit2"]
        unit, form = self.lexicon.units[unit_word]
        count = self._count(match, "n")
        if match["unit2"]:
            following = _next_word(text, match.end())
            if form == "plural" or following.startswith("ال") or following[:1].isdigit():
                return None  # أيام alone; خلال يوم الجمعة; خلال عام 2019
            if form == "dual":
                count = 2
            elif match["lead"] or match["one"]:
                count = 1
            else:
                return None  # a bare يوم/شهر/عام is a noun, not a length of time
        if count is None or count <= 0:
            return None
        return _unknown(match, "duration", duration=Duration(count, unit, self._bound(match)))

    def _year(self, match: re.Match[str], text: str, anchor: date | None) -> _Found | None:
        lex = self.lexicon
        year = int(match["year"])
        if match["mark"] and match["mark"] in lex.hijri_year_markers:
            return self._hijri_year(match, year)
        if match["cue"]:
            if year not in CUED_GREGORIAN_YEARS:
                return None
            return _year_found(match, year)
        if year not in GREGORIAN_YEARS:
            return None
        attached = match.start("year") - match.start()
        previous = _previous_words(text, match.start("year") - attached, 2)
        if previous and (previous[-1] in lex.year_blockers_before or " ".join(previous) in lex.year_blockers_before
                         or strip_clitics(previous[-1], lex.year_blockers_before)):
            return None
        prefix = text[max(0, match.start() - 3):match.start()]
        clitic = re.search(r"[^\W\d_]+$", prefix)
        if clitic and clitic.group() not in ("و", "ب", "ل", "ف", "وب", "ول", "وفي"):
            return None  # ال2000: a count with the article
        following = _next_word(text, match.end())
        following_word = re.sub(r"\d.*$", "", following)
        if following_word in lex.year_blockers_after or strip_clitics(following_word, lex.year_blockers_after):
            return None
        cued = clitic is not None or (previous and strip_clitics(previous[-1], lex.year_cues_weak))
        if not cued and not match["mark"] and following_word and following_word not in lex.year_followers_bare:
            return None
        return _year_found(match, year)

    def _hijri_year(self, match: re.Match[str], year: int) -> _Found | None:
        if year not in HIJRI_YEARS or year + 1 not in HIJRI_YEARS:
            return None
        first, following = _gregorian(Hijri(year, 1, 1)), _gregorian(Hijri(year + 1, 1, 1))
        return _Found(match.start(), match.end(), "hijri", first, "year", first, following - timedelta(days=1))


def _gregorian(hijri: Hijri) -> date:
    converted = hijri.to_gregorian()
    return date(converted.year, converted.month, converted.day)


def _year_found(match: re.Match[str], year: int) -> _Found:
    return _Found(match.start(), match.end(), "year", date(year, 1, 1), "year", date(year, 1, 1), date(year, 12, 31))


def _without_overlaps(found: list[_Found]) -> list[_Found]:
    """Keep the longest expression where several overlap (ties: the more specific kind), in text order."""
    chosen: list[_Found] = []
    taken: list[tuple[int, int]] = []
    for item in sorted(found, key=lambda f: (f.start - f.end, _PRIORITY[f.kind], f.start)):
        if any(item.start < end and start < item.end for start, end in taken):
            continue
        chosen.append(item)
        taken.append((item.start, item.end))
    return sorted(chosen, key=lambda f: f.start)


_DEFAULT: DateResolver | None = None


def default_resolver() -> DateResolver:
    """The resolver built from the shipped dates.yaml (built once, on first use)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = DateResolver()
    return _DEFAULT


def resolve_dates(text: str, anchor: date | None, normalized: Normalized | None = None) -> list[DateMention]:
    """Every date expression of `text`, resolved against `anchor` (None: nothing relative is guessed)."""
    return default_resolver().resolve(text, anchor, normalized)


_URL_DATES = (
    re.compile(r"(?<!\d)((?:19|20)\d\d)[/_.-](\d{1,2})[/_.-](\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)"),
)


def date_from_url(url: str) -> date | None:
    """The publication date written in a URL path (`/2022/01/21/`, `/2022-01-21/`, `20220121`), or None."""
    path = urlsplit(url).path
    for pattern in _URL_DATES:
        for match in pattern.finditer(path):
            try:
                return date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                continue
    return None
