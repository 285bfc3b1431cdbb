"""Arabic normalisation for matching (never for display).

`normalize` folds the spelling variation that Arabic news text carries so that lexicons, gazetteers and
patterns match one canonical form:

- alef forms (أ إ آ ٱ) → ا, hamza seats ؤ → و and ئ → ي, alef maqsura ى → ي, ta marbuta ة → ه;
- Persian/Urdu letter shapes some outlets use (ک ی ۀ) → Arabic (ك ي ه);
- tatweel, diacritics (harakat, shadda, sukun, dagger alef, Quranic marks) removed;
- Arabic-Indic (٠-٩) and Persian (۰-۹) digits → ASCII; Arabic decimal/thousands separators → . and ,;
- Arabic punctuation (، ؛ ؟ ٪ « » “ ” ‘ ’) → ASCII equivalents;
- zero-width and bidi control characters removed; every other white space (all that `str.isspace` accepts)
  → one space;
- spaces around "/" between digits removed (`20 / 1/ 2022` → `20/1/2022`); ASCII letters lower-cased.

`normalize_with_offsets` returns the same string plus, for every output character, the index of the input
character it came from, so a match in normalised text maps back to an exact span of the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_DELETE = (
    "\u0640"  # tatweel
    + "".join(chr(c) for c in range(0x064B, 0x0660))  # harakat, shadda, sukun, maddah/hamza marks
    + "\u0670"  # dagger alef
    + "".join(chr(c) for c in range(0x06D6, 0x06DD))  # Quranic annotation marks
    + "".join(chr(c) for c in range(0x06DF, 0x06E9))
    + "".join(chr(c) for c in range(0x06EA, 0x06EE))
    + "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a"
    + "\u200b\u200c\u200d\u200e\u200f"  # zero-width space/non-joiner/joiner, LRM, RLM
    + "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    + "\u2066\u2067\u2068\u2069"  # bidi isolates
    + "\u061c\ufeff\u00ad"  # Arabic letter mark, BOM / ZWNBSP, soft hyphen
)

_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ؤ": "و", "ئ": "ي", "ى": "ي", "ة": "ه",
    "ک": "ك", "ی": "ي", "ۀ": "ه", "ے": "ي",
    "٫": ".", "٬": ",", "٪": "%", "،": ",", "؛": ";", "؟": "?", "۔": ".",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'",
    "–": "-", "—": "-", "―": "-", "‐": "-", "‑": "-", "−": "-",
    "…": ".",  # kept 1:1 so offsets stay simple; "..." and "…" both end a clause
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)
    _MAP[chr(0x06F0 + _i)] = str(_i)
for _c in range(ord("A"), ord("Z") + 1):
    _MAP[chr(_c)] = chr(_c + 32)
# every character str.isspace() accepts, the information separators \x1c-\x1f included: the space is then the only
# white space of normalised text
for _ws in ("\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
            "\u200a\u2028\u2029\u202f\u205f\u3000"):
    _MAP[_ws] = " "

# Most characters of Arabic text stay as they are. Rather than look every character up (str.translate), one
# regex pass finds the distinct characters that change and each is then replaced throughout (str.replace): several
# times fewer steps. No replacement contains a character that changes, so the order of the replacements is free.
_FOLDS: dict[str, str] = {**_MAP, **{c: "" for c in _DELETE}}
# the same, marking deleted characters with a noncharacter instead of dropping them, so that one pass also
# tells where the deletions were
_DELETED = "\uffff"
_MARKING_FOLDS: dict[str, str] = {**_MAP, **{c: _DELETED for c in _DELETE}}
_CHANGING = re.compile("[" + re.escape("".join(_FOLDS)) + "]")
_DELETE_RUNS = re.compile("[" + re.escape(_DELETE) + "]+")
# offsets start as 0, 1, 2 ...: slicing this shared list is cheaper than making new int objects each time
_INDEXES_LIMIT = 1 << 16
_INDEXES: list[int] = list(range(4096))

# second pass: collapse runs of spaces; drop spaces around "/" between digits
_SECOND_PASS = re.compile(r"(?<=\d) *(/) *(?=\d)| {2,}")
# the same when no "/" stands between digits; written with a two-space literal prefix, which the regex engine
# looks for quickly (" {2,}" makes it try every single space)
_SPACE_RUNS = re.compile("  " + " *")
_SLASH_BETWEEN_DIGITS = re.compile(r"\d */ *\d")
_OFFSETS_CACHE_SIZE = 8


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text and, per character, the index of the source character it came from."""

    text: str
    offsets: list[int]
    source_length: int

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the source span that produced it."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else self.source_length
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


def normalize(text: str) -> str:
    """Fold Arabic spelling variation for matching; see the module docstring for the rules."""
    folded = _fold(text, _FOLDS)
    if "/" in folded and _SLASH_BETWEEN_DIGITS.search(folded):
        return _SECOND_PASS.sub(_second_pass_replacement, folded)
    return _SPACE_RUNS.sub(" ", folded) if "  " in folded else folded


def _fold(text: str, folds: dict[str, str]) -> str:
    for char in set(_CHANGING.findall(text)):
        text = text.replace(char, folds[char])
    return text


def _second_pass_replacement(match: re.Match[str]) -> str:
    return "/" if match.group(1) else " "


def normalize_with_offsets(text: str) -> Normalized:
    """Like `normalize`, and keep for every output character the index of its source character.

    The last few results are kept, so resolvers handed the same article text share one normalisation; the
    returned value is shared and must not be modified.
    """
    return _normalize_with_offsets(text)


@lru_cache(maxsize=_OFFSETS_CACHE_SIZE)
def _normalize_with_offsets(text: str) -> Normalized:
    offsets = _indexes(len(text))
    if _DELETED in text:  # the marker itself is in the text: find the deletions the slow way
        folded = _fold(text, _FOLDS)
        if len(folded) != len(text):
            for deleted in reversed(list(_DELETE_RUNS.finditer(text))):
                del offsets[deleted.start():deleted.end()]
    else:
        folded = _fold(text, _MARKING_FOLDS)
        position = folded.rfind(_DELETED)
        if position >= 0:
            # deleting from the end keeps the earlier positions valid; each deletion is one memmove
            while position >= 0:
                del offsets[position]
                position = folded.rfind(_DELETED, 0, position)
            folded = folded.replace(_DELETED, "")
    if "/" in folded and _SLASH_BETWEEN_DIGITS.search(folded):
        matches = list(_SECOND_PASS.finditer(folded))
    elif "  " in folded:
        matches = list(_SPACE_RUNS.finditer(folded))
    else:
        return Normalized(folded, offsets, len(text))
    pieces = []
    cursor = 0
    for match in matches:
        pieces.append(folded[cursor:match.start()])
        pieces.append("/" if match.lastindex else " ")
        cursor = match.end()
    pieces.append(folded[cursor:])
    for match in reversed(matches):
        # a run becomes one character: the kept "/" or the run's first space
        kept = offsets[match.start(1)] if match.lastindex else offsets[match.start()]
        offsets[match.start():match.end()] = (kept,)
    return Normalized("".join(pieces), offsets, len(text))


def _indexes(length: int) -> list[int]:
    """A new list [0, 1, ..., length - 1]."""
    global _INDEXES
    if length > len(_INDEXES) and length <= _INDEXES_LIMIT:
        _INDEXES = list(range(max(length, 2 * len(_INDEXES))))
    return _INDEXES[:length] if length <= len(_INDEXES) else list(range(length))


ARABIC_LETTERS = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]")


def arabic_letter_ratio(text: str) -> float:
    """Share of letters in `text` that are Arabic-script letters (0.0 for text without letters)."""
    letters = sum(1 for ch in text if ch.isalpha())
    if not letters:
        return 0.0
    return len(ARABIC_LETTERS.findall(text)) / letters
