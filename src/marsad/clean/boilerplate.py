"""Page furniture in page dumps: widget lines, navigation, related-story blocks and their teasers.

The words live in `boilerplate.yaml` (human-editable, validated by `validate_rules`); this module holds the
structural logic: how a line is folded and matched, what a navigation line looks like, and where a block of
teasers that follows a "read also" header ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.clean.datafiles import DataFileError, load_yaml_mapping, string_list
from marsad.lang.ar.normalize import normalize

DEFAULT_RULES_PATH = Path(__file__).with_name("boilerplate.yaml")

# After normalize(): « » “ ” are '"', … is '.', – — are '-', ، is ',', ؛ is ';', ؟ is '?'.
_FOLD_TRIM = " :-|•·.!?*#>«»\"'()[]{},;/\\_=+~^`$%&@<>§¶›‹↓↑→←"
_NAV_SEPARATORS = re.compile(r"\s*(?:\|+|•|·|»|›|>|/{2,})\s*")
_NAV_WEAK_SEPARATORS = re.compile(r"\s*(?:\|+|•|·|»|›|>|/{2,})\s*|\s+[/\-–—]\s+|\s{2,}")
_NAV_HINT = re.compile(r"[|•·»›>]|/{2}|\s[/\-–—]\s|\s{2}")
_WIDGET_TOKEN_SPLIT = re.compile(r"[\s|:\-•·,/]+")
_WIDGET_WORD_KINDS = ("share", "print", "rating", "comments")
# "منذ ساعتين", "قبل 3 أيام" in folded spelling (دقائق → دقايق, أيام → ايام).
_TIME_AGO = re.compile(
    r"(?:منذ|قبل)\s+(?:\d+\s+)?"
    r"(?:ثانيه|ثوان|دقيقه|دقيقتين|دقايق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر)"
)
_SENTENCE_END = (".", ":", "؛", ";")
_TEASER_END = ("…", "...", "..", "[…]", "(…)", "[...]", "(...)")

KIND_BLOCK = "block"
KIND_INLINE_RELATED = "inline-related"
KIND_TEASER = "teaser"
KIND_NAVIGATION = "navigation"
KIND_SEPARATOR = "separator"


def fold(text: str) -> str:
    """Fold a line for matching: normalize(), trim punctuation at both ends, collapse spaces."""
    return normalize(text).strip(_FOLD_TRIM)


@dataclass(frozen=True, slots=True)
class LinePattern:
    """A regular expression that must match a whole folded line."""

    kind: str
    regex: re.Pattern[str]
    min_digits: int = 0


@dataclass(frozen=True, slots=True)
class WordRule:
    """A prefix or substring rule for lines of at most `max_words` words."""

    kind: str
    regex: re.Pattern[str]
    max_words: int


@dataclass(frozen=True, slots=True)
class LineVerdict:
    """Why a line is boilerplate: `kind` names it; `role` is "widget", "block" or "inline"."""

    kind: str
    role: str = "widget"


@dataclass(frozen=True)
class BoilerplateRules:
    """Compiled boilerplate rules; build with `load_rules()`."""

    version: int
    widget_lines: dict[str, str]
    line_patterns: tuple[LinePattern, ...]
    word_rules: tuple[WordRule, ...]
    block_markers: dict[str, str]
    inline_marker: re.Pattern[str] | None
    byline_prefix: re.Pattern[str] | None
    desk_words: frozenset[str]
    not_author_words: frozenset[str]
    widget_words: frozenset[str] = frozenset()
    navigation_words: frozenset[str] = frozenset()
    max_teaser_words: int = 20
    source: str = field(default="", compare=False)

    def classify(self, line: str) -> LineVerdict | None:
        """Return why `line` (one trimmed line of a page) is boilerplate, or None when it may be body text."""
        # Every rule is bounded to 40 words: long body paragraphs skip folding, the costly step.
        if len(line) > 500 or line.count(" ") > 45:
            return None
        folded = fold(line)
        if not folded:
            return LineVerdict(KIND_SEPARATOR)
        kind = self.widget_lines.get(folded)
        if kind:
            return LineVerdict(kind)
        kind = self.block_markers.get(folded)
        if kind:
            return LineVerdict(kind, KIND_BLOCK)
        word_count = folded.count(" ") + 1
        if word_count <= 40 and self.inline_marker is not None and self.inline_marker.match(folded):
            return LineVerdict(KIND_INLINE_RELATED, "inline")
        for pattern in self.line_patterns:
            if pattern.regex.fullmatch(folded) and _digit_count(folded) >= pattern.min_digits:
                return LineVerdict(pattern.kind)
        for rule in self.word_rules:
            if word_count <= rule.max_words and rule.regex.search(folded):
                return LineVerdict(rule.kind)
        if word_count <= 12 and _WIDGET_TOKEN_SPLIT.split(folded, maxsplit=1)[0] in self.widget_words:
            tokens = [token for token in _WIDGET_TOKEN_SPLIT.split(folded) if token]
            if len(tokens) >= 2 and all(token in self.widget_words for token in tokens):
                return LineVerdict("share")  # "فيسبوك  تويتر  واتساب  طباعة", "طباعة | شارك"
        if word_count <= 40 and _NAV_HINT.search(line) and _is_navigation(line, self.navigation_words):
            return LineVerdict(KIND_NAVIGATION)
        return None

    def is_teaser(self, line: str) -> bool:
        """True for a line of a related-stories block: a headline, an excerpt cut with "…", a date."""
        if line.endswith(_TEASER_END):
            return True
        if line.count(" ") > 3 * self.max_teaser_words:
            return False
        folded = fold(line)
        word_count = folded.count(" ") + 1
        if word_count <= self.max_teaser_words and not line.endswith(_SENTENCE_END):
            return True
        return word_count <= 6 and _TIME_AGO.search(folded) is not None


def _digit_count(text: str) -> int:
    return sum(1 for ch in text if ch.isdigit())


def _is_navigation(line: str, navigation_words: frozenset[str]) -> bool:
    """A menu or breadcrumb: short items between | • » > separators, or items after "الرئيسية"."""
    items = [item for item in _NAV_SEPARATORS.split(line) if item]
    if len(items) >= 3 and all(len(item.split()) <= 4 and not item.endswith(".") for item in items):
        return True
    items = [item for item in _NAV_WEAK_SEPARATORS.split(line) if item]
    if len(items) >= 3 and fold(items[0]) in navigation_words:
        return True
    return len(items) >= 4 and all(len(item.split()) <= 3 and not item.endswith(".") for item in items)


def _compile_alternation(phrases: list[str], *, tail: str) -> re.Pattern[str]:
    folded = sorted({fold(phrase) for phrase in phrases if fold(phrase)}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(phrase) for phrase in folded) + ")" + tail)


def validate_rules(data: dict[str, Any]) -> list[str]:
    """Return the problems of a boilerplate rules mapping (empty when it is valid)."""
    problems: list[str] = []
    if data.get("version") != 1:
        problems.append("`version` must be 1")
    widget_lines = data.get("widget_lines")
    if not isinstance(widget_lines, dict) or not all(string_list(v) for v in widget_lines.values()):
        problems.append("`widget_lines` must map a kind to a list of lines")
    for index, entry in enumerate(data.get("line_patterns") or []):
        if not isinstance(entry, dict) or not isinstance(entry.get("kind"), str):
            problems.append(f"line_patterns[{index}] needs `kind` and `pattern`")
            continue
        try:
            re.compile(entry.get("pattern", ""))
        except (re.error, TypeError) as error:
            problems.append(f"line_patterns[{index}] ({entry['kind']}): bad regular expression: {error}")
        if not isinstance(entry.get("min_digits", 0), int):
            problems.append(f"line_patterns[{index}] ({entry['kind']}): `min_digits` must be an integer")
    for section in ("prefix_lines", "contains_lines"):
        for index, entry in enumerate(data.get(section) or []):
            key = "prefixes" if section == "prefix_lines" else "needles"
            words = entry.get(key) if isinstance(entry, dict) else None
            if not isinstance(entry, dict) or not isinstance(entry.get("kind"), str) or not string_list(words):
                problems.append(f"{section}[{index}] needs `kind` and a non-empty word list")
            elif not isinstance(entry.get("max_words"), int) or entry["max_words"] < 1:
                problems.append(f"{section}[{index}] ({entry['kind']}): `max_words` must be a positive integer")
    block_markers = data.get("block_markers")
    if not isinstance(block_markers, dict) or not all(string_list(v) for v in block_markers.values()):
        problems.append("`block_markers` must map a kind to a list of header lines")
    for key in ("inline_markers", "byline_prefixes", "desk_words", "not_author_words"):
        if not string_list(data.get(key)):
            problems.append(f"`{key}` must be a non-empty list of strings")
    return problems


def build_rules(data: dict[str, Any], *, source: str = "<memory>") -> BoilerplateRules:
    """Compile a validated rules mapping; raise DataFileError listing every problem otherwise."""
    problems = validate_rules(data)
    if problems:
        raise DataFileError(f"{source}: " + "; ".join(problems) + " (see the comments at the top of boilerplate.yaml)")
    widget_lines = {fold(line): kind for kind, lines in data["widget_lines"].items() for line in lines}
    patterns = tuple(
        LinePattern(entry["kind"], re.compile(_fold_pattern_letters(entry["pattern"])), entry.get("min_digits", 0))
        for entry in data.get("line_patterns") or []
    )
    word_rules = [
        WordRule(entry["kind"], _anchored(entry["prefixes"]), entry["max_words"])
        for entry in data.get("prefix_lines") or []
    ]
    word_rules += [
        WordRule(entry["kind"], _compile_alternation(entry["needles"], tail=""), entry["max_words"])
        for entry in data.get("contains_lines") or []
    ]
    block_markers = {fold(line): kind for kind, lines in data["block_markers"].items() for line in lines}
    return BoilerplateRules(
        version=data["version"],
        widget_lines=widget_lines,
        line_patterns=patterns,
        word_rules=tuple(word_rules),
        block_markers=block_markers,
        inline_marker=_compile_alternation(data["inline_markers"], tail=r"\s*[:\-.|]*\s+\S"),
        byline_prefix=_compile_alternation(data["byline_prefixes"], tail=r"\s*[:\-]+\s*|\s+"),
        desk_words=frozenset(fold(word) for word in data["desk_words"]),
        not_author_words=frozenset(fold(word) for word in data["not_author_words"]),
        widget_words=frozenset(
            word
            for kind in _WIDGET_WORD_KINDS
            for line in data["widget_lines"].get(kind, [])
            for word in fold(line).split()
        ),
        navigation_words=frozenset(fold(line) for line in data["widget_lines"].get("navigation", [])),
        source=source,
    )


# Letters that normalize() folds; none has a meaning in a regular expression, so patterns may be written in
# ordinary spelling ("دقائق", "الرئيسية") and still match folded lines.
_PATTERN_LETTER_FOLDS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي", "ى": "ي", "ة": "ه"})


def _fold_pattern_letters(pattern: str) -> str:
    return pattern.translate(_PATTERN_LETTER_FOLDS)


def _anchored(prefixes: list[str]) -> re.Pattern[str]:
    alternation = _compile_alternation(prefixes, tail=r"(?=[\s:]|$)")
    return re.compile("^" + alternation.pattern)


def load_rules(path: Path | None = None) -> BoilerplateRules:
    """Load boilerplate rules from `path` (default: the shipped boilerplate.yaml)."""
    if path is None:
        return _default_rules()
    return build_rules(load_yaml_mapping(path), source=str(path))


@lru_cache(maxsize=1)
def _default_rules() -> BoilerplateRules:
    return build_rules(load_yaml_mapping(DEFAULT_RULES_PATH), source=str(DEFAULT_RULES_PATH))
