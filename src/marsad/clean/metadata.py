"""Metadata printed on a page: visible publication date, byline, dateline lead and the outlet it names.

The page-date parser reads only the dates a page prints about itself ("نُشر في 12 آذار 2023", "الأحد، ٢٣ أيار
٢٠٢١", "2023-03-12") in Levantine, Egyptian and Maghrebi month names (words in page_dates.yaml). Dates inside the
body are resolved by `marsad.text.dates`, not here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from marsad.clean.boilerplate import BoilerplateRules, fold
from marsad.clean.datafiles import DataFileError, load_yaml_mapping, string_list
from marsad.clean.outlets import OutletRegistry
from marsad.lang.ar.normalize import normalize

PAGE_DATES_PATH = Path(__file__).with_name("page_dates.yaml")
_MIN_YEAR, _MAX_YEAR = 1990, 2100
_ANY_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9]")
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_LEFTOVER_PUNCTUATION = re.compile(r"[\s,;:|/()\[\]\"'.\-+–—]+")
_BYLINE_SEPARATOR = re.compile(r"[:\-–—]")
# Between the parts of a page-header line: "|", bullets, or a dash with spaces around it (not the "-" of 2023-03-12).
_HEADER_PART_SEPARATOR = re.compile(r"\s*(?:\|+|•|·|●|■|◆)\s*|\s+[-–—]\s+")
_ARABIC_NAME = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u064B-\u0652 ]+$")
_ISO_META = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)

# A dateline lead: "أوغاريت بوست (مركز الأخبار) –", "إدلب – «الوطن الحر»:", "دمشق - (وكالة الياسمين):", "الحسكة – ".
_LEAD_WORD = r"[^\s()«»\"“”:.!?؟–—\-]+"
DATELINE = re.compile(
    r"^(?P<dateline>(?P<lead>" + _LEAD_WORD + r"(?:\s+" + _LEAD_WORD + r"){0,5})\s*"
    r"(?:\((?P<paren>[^()\n]{1,40})\)\s*)?"
    r"(?P<sep>[–—\-]{1,2}|:)\s*"
    r"(?:[«\"“](?P<quoted>[^»\"”\n]{1,40})[»\"”]\s*:?\s*|\((?P<paren2>[^()\n]{1,40})\)\s*:?\s*"
    r"|(?P<bare>[^\s:«»\"“”.,،()–—\-]+(?:\s+[^\s:«»\"“”.,،()–—\-]+){0,3})\s*:\s*)?)"
)

# A dateline on a line of its own above the body: "الأنبار / صوت الفرات", "كركوك - نافذة كركوك".
_STANDALONE_DATELINE = re.compile(r"^(?P<place>[^/–—\-|:.]+?)\s*[/–—\-:]\s*(?P<name>[^/–—\-|.:]+?)\s*:?$")


@dataclass(frozen=True, slots=True)
class PageDate:
    """A date found on a page line: ISO `YYYY-MM-DD`, and whether the line said published/updated/neither."""

    iso: str
    role: str  # published | updated | bare


class PageDateParser:
    """Find the page's own publication date in short lines; build with `page_date_parser()`."""

    def __init__(self, data: dict):
        problems = validate_page_dates(data)
        if problems:
            raise DataFileError(f"{PAGE_DATES_PATH.name}: " + "; ".join(problems) + "; fix the file")
        self.month_of: dict[str, int] = {}
        for number, names in data["months"].items():
            for name in names:
                self.month_of[normalize(name)] = int(number)
        month = _alternation(self.month_of)
        hijri = _alternation(normalize(name) for name in data["hijri_months"])
        self._patterns = (
            re.compile(r"(?<!\d)(?P<d>\d{1,2})\s+(?:من\s+)?(?P<m>" + month + r")(?:\s*[/(\-]\s*(?:" + month
                       + r")\s*\)?)?\s*,?\s*(?P<y>\d{4})(?!\d)"),
            re.compile(r"(?<!\w)(?P<m>" + month + r")\s+(?P<d>\d{1,2})\s*,\s*(?P<y>\d{4})(?!\d)"),
            re.compile(r"(?<![\d/.\-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d/.\-])"),
            re.compile(r"(?<![\d/.\-])(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/.\-])"),
            re.compile(r"(?<![\d/.\-])(?P<d>\d{1,2})([/.\-])(?P<m>\d{1,2})\2(?P<y>\d{4})(?![\d/.\-])"),
        )
        self._hijri = re.compile(r"\d{1,2}\s+(?:" + hijri + r")\s+\d{4}(?:\s*ه)?")
        self._published = _word_alternation(data["published_prefixes"])
        self._updated = _word_alternation(data["updated_prefixes"])
        filler = [normalize(word) for word in (*data["weekdays"], *data["filler_words"])]
        self._filler = re.compile(r"(?<!\w)(?:" + _alternation(filler) + r")(?!\w)")

    def find(self, text: str) -> tuple[PageDate, int, int] | None:
        """The first valid date in `text` with its span in normalize(text), or None."""
        folded = normalize(text)
        best: tuple[PageDate, int, int] | None = None
        for pattern in self._patterns:
            for match in pattern.finditer(folded):
                iso = self._to_iso(match)
                if iso and (best is None or match.start() < best[1]):
                    role = "updated" if self._updated.search(folded[: match.start()]) else "bare"
                    if role == "bare" and self._published.search(folded[: match.start()]):
                        role = "published"
                    best = (PageDate(iso, role), match.start(), match.end())
                    break
        return best

    def date_line(self, line: str, max_words: int = 16) -> PageDate | None:
        """The date of a line that is only a date (with prefixes, weekday, time, Hijri date), else None."""
        if line.count(" ") >= max_words or not _ANY_DIGIT.search(line):
            return None
        found = self.find(line)
        if found is None:
            return None
        page_date, start, end = found
        folded = normalize(line)
        return page_date if len(self._leftover_words(folded[:start] + " " + folded[end:])) <= 1 else None

    def is_date_filler(self, text: str) -> bool:
        """True when `text` holds only what may sit beside a page date: a time, a Hijri date, a weekday, a prefix."""
        return not self._leftover_words(normalize(text))

    def _leftover_words(self, folded: str) -> list[str]:
        for pattern in (*self._patterns, self._hijri, _TIME, self._updated, self._published, self._filler):
            folded = pattern.sub(" ", folded)
        return [word for word in _LEFTOVER_PUNCTUATION.split(folded) if word and not word.isdigit()]

    def _to_iso(self, match: re.Match[str]) -> str | None:
        month_text = match.group("m")
        month = int(month_text) if month_text.isdigit() else self.month_of.get(month_text)
        try:
            year, day = int(match.group("y")), int(match.group("d"))
            if month is None or not _MIN_YEAR <= year <= _MAX_YEAR:
                return None
            return date(year, month, day).isoformat()
        except ValueError:
            return None


def header_date_line(line: str, dates: PageDateParser, rules: BoilerplateRules,
                     max_words: int = 24) -> PageDate | None:
    """The page date of a header line that joins it with widgets, else None.

    "الموصل 24°C | الثلاثاء 26 أيلول 2023", "الأحد 28 كانون الثاني 2024 | قراءة في 7 دقائق": every part between
    the separators must be the date, a time or a widget (weather, reading time, views); one sentence-like part
    and the line is news, not page furniture.
    """
    if line.count(" ") >= max_words or not _ANY_DIGIT.search(line):
        return None
    parts = [part for part in _HEADER_PART_SEPARATOR.split(line) if part.strip()]
    if len(parts) < 2:
        return None
    found: PageDate | None = None
    labels = 0  # one-word parts: a place or section name ("بيروت | الثلاثاء 22 تشرين الأول 2024 | 3 دقائق")
    for part in parts:
        page_date = dates.date_line(part)
        if page_date is not None:
            found = found or page_date
            continue
        verdict = rules.classify(part)
        if (verdict is not None and verdict.role == "widget") or dates.is_date_filler(part):
            continue
        labels += 1
        if labels > 1 or " " in part.strip() or _ANY_DIGIT.search(part):
            return None
    return found


def _word_alternation(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + _alternation(normalize(word) for word in words) + r")(?!\w)")


def _alternation(words) -> str:
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


def validate_page_dates(data: dict) -> list[str]:
    """Return the problems of a page_dates.yaml mapping (empty when valid)."""
    problems: list[str] = []
    if data.get("version") != 1:
        problems.append("`version` must be 1")
    months = data.get("months")
    if not isinstance(months, dict) or sorted(months) != list(range(1, 13)):
        problems.append("`months` must map each month number 1..12 to its names")
    elif not all(string_list(names) for names in months.values()):
        problems.append("every month needs a non-empty list of names")
    for key in ("weekdays", "published_prefixes", "updated_prefixes", "filler_words", "hijri_months"):
        if not string_list(data.get(key)):
            problems.append(f"`{key}` must be a non-empty list of strings")
    return problems


@lru_cache(maxsize=1)
def page_date_parser() -> PageDateParser:
    """The page-date parser built from the shipped page_dates.yaml, loaded once."""
    return PageDateParser(load_yaml_mapping(PAGE_DATES_PATH))


def iso_from_meta(value: str | None) -> str | None:
    """Validate a machine-readable date (meta tag, JSON-LD, container field); return it as ISO, else None."""
    if not value:
        return None
    match = _ISO_META.match(value)
    if not match:
        return None
    year, month, day = (int(match.group(i)) for i in (1, 2, 3))
    try:
        date(year, month, day)
    except ValueError:
        return None
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    if match.group(4) is None:
        return f"{year:04d}-{month:02d}-{day:02d}"
    text = match.group(0).strip().replace(" ", "T", 1)
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return text


def byline_from_prefixed(line: str, rules: BoilerplateRules, max_name_words: int = 6) -> str | None:
    """The author named by a line like "إعداد: علي إبراهيم" or "كتب - محمد علي", else None."""
    if rules.byline_prefix is None or line.count(" ") > max_name_words + 4:
        return None
    folded = fold(line)
    match = rules.byline_prefix.match(folded)
    if not match:
        return None
    # Keep the name verbatim: cut the source line after its separator, or after as many words as the prefix.
    prefix = match.group(0)
    separator = _BYLINE_SEPARATOR.search(line) if _BYLINE_SEPARATOR.search(prefix) else None
    if separator:
        name = line[separator.end():].strip(" :-–—")
    else:
        name = " ".join(line.split()[len(prefix.split()):])
    name = name.rstrip("*").strip()
    if not name or len(name.split()) > max_name_words or any(mark in name for mark in "!?؟،,") or name.endswith("."):
        return None
    return name


def author_name_line(line: str, rules: BoilerplateRules) -> str | None:
    """A lone author name (2-4 Arabic words, no punctuation or digits), as after the headline of seed 002."""
    words = line.split()
    if not 2 <= len(words) <= 4 or not _ARABIC_NAME.match(line):
        return None
    if any(fold(word) in rules.not_author_words or len(word) < 2 for word in words):
        return None
    return line


@dataclass(frozen=True, slots=True)
class Dateline:
    """The lead of the first body paragraph, verbatim, and the outlet it names (if any)."""

    text: str
    outlet: str | None


def find_dateline(paragraph: str, rules: BoilerplateRules, registry: OutletRegistry) -> Dateline | None:
    """Read the dateline lead of a body paragraph, e.g. "أوغاريت بوست (مركز الأخبار) –"."""
    standalone = _STANDALONE_DATELINE.match(paragraph) if paragraph.count(" ") < 6 else None
    if standalone:
        name = standalone.group("name")
        known = registry.find_in_text(name)
        bracketed = name[:1] in "(«\"“" and name[-1:] in ")»\"”"
        outlet = known.name_en if known else (name[1:-1].strip() if bracketed else None)
        return Dateline(paragraph, outlet)
    match = DATELINE.match(paragraph)
    if not match:
        return None
    lead, paren, quoted, paren2, bare = (match.group(name) for name in ("lead", "paren", "quoted", "paren2", "bare"))
    if bare and fold(bare) in rules.desk_words:
        bare = None  # "حلب - خاص:" names a desk, not an outlet
    has_outlet_part = paren or quoted or paren2 or bare
    if not has_outlet_part and (match.group("sep") == ":" or len(lead.split()) > 3):
        return None
    if match.end() >= len(paragraph) - 1 and not has_outlet_part:
        return None
    text = match.group("dateline").rstrip()
    return Dateline(text, _dateline_outlet(text, lead, paren, quoted or paren2 or bare, rules, registry))


def _dateline_outlet(text: str, lead: str, paren: str | None, named: str | None,
                     rules: BoilerplateRules, registry: OutletRegistry) -> str | None:
    known = registry.find_in_text(text)
    if known:
        return known.name_en
    if named:
        return named.strip()
    if paren:
        return lead.strip() if fold(paren) in rules.desk_words else paren.strip()
    return None


def resolve_outlet(name: str | None, registry: OutletRegistry) -> str | None:
    """The registry's English name for an outlet name (Arabic or English), else the name as given."""
    if not name:
        return None
    known = registry.by_name(name) or registry.find_in_text(name)
    return known.name_en if known else name.strip()
