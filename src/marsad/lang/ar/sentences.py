"""Sentence splitting for Arabic news text (Arabic and Latin punctuation, quotes, numbers, abbreviations).

Rules, in order:
- every line break is a hard boundary (page dumps and cleaned text put one paragraph or headline per line);
- a run of . ! ? ؟ ؛ … (or ".." used between headline clauses) ends a sentence when white space or the end of the
  line follows it, after any closing quotes or brackets, which stay with the sentence (“انتهى.” ends after ”);
- no boundary inside numbers (3.5, 20.1.2022), URLs and e-mail addresses (no white space follows their dots),
  after an abbreviation (د. أ.د. ق.م. U.N., listed in sentence_abbreviations.yaml; era marks after a year, as in
  "2019 م.", do end a sentence), after a list number ("1. "), or on an omission mark "(...)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from marsad.lang.ar.normalize import normalize

ABBREVIATIONS_PATH = Path(__file__).with_name("data") / "sentence_abbreviations.yaml"

# written "[…][…]*", not "[…]+": opening with a character class lets the engine skip ahead to the next mark
_TERMINALS = re.compile(r"[.!?؟؛…][.!?؟؛…]*")
# URLs stop before trailing punctuation ("…/a?b=1." ends the sentence); e-mail addresses likewise.
_PROTECTED = re.compile(r"(?:https?://|www\.)\S+?(?=[.,!?؟؛،)»”\"']*(?:\s|$))|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LINE = re.compile(r"[^\n]+")
_CLOSING = "”»’)]\"'"
_TOKEN_OPENERS = "(«“\"'["
_LATIN_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a [start, end) span of the text it was split from, and that text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Abbreviations:
    words: frozenset[str]
    era_marks: frozenset[str]


@lru_cache(maxsize=1)
def _abbreviations() -> _Abbreviations:
    with ABBREVIATIONS_PATH.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    problems = validate_abbreviations(data)
    if problems:
        from marsad.errors import MarsadError

        raise MarsadError(f"{ABBREVIATIONS_PATH}: " + "; ".join(problems) + "; fix the file")
    words = [word for group in data["abbreviations"].values() for word in group]
    return _Abbreviations(
        words=frozenset(_fold(word) for word in words),
        era_marks=frozenset(_fold(word) for word in data["era_marks"]),
    )


def validate_abbreviations(data: object) -> list[str]:
    """Return the problems of a sentence_abbreviations.yaml mapping (empty when valid)."""
    if not isinstance(data, dict) or data.get("version") != 1:
        return ["the file must be a mapping with `version: 1`"]
    problems = []
    groups = data.get("abbreviations")
    if not isinstance(groups, dict) or not groups:
        problems.append("`abbreviations` must map a group name to a list of words")
    else:
        for name, words in groups.items():
            if not isinstance(words, list) or not all(isinstance(w, str) and w and not w.endswith(".") for w in words):
                problems.append(f"abbreviations.{name}: a list of words written without their final period")
    marks = data.get("era_marks")
    if not isinstance(marks, list) or not all(isinstance(w, str) and w for w in marks):
        problems.append("`era_marks` must be a list of words")
    return problems


@lru_cache(maxsize=4096)
def _fold(word: str) -> str:
    return normalize(word).replace("ـ", "")


def split_sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences; offsets point into `text`."""
    abbreviations = _abbreviations()
    sentences: list[Sentence] = []
    for line in _LINE.finditer(text):
        _split_line(text, line.start(), line.end(), abbreviations, sentences)
    return sentences


def _split_line(text: str, start: int, end: int, abbreviations: _Abbreviations, out: list[Sentence]) -> None:
    protected = _protected_spans(text, start, end)
    sentence_start = start
    for mark in _TERMINALS.finditer(text, start, end):
        if protected and any(a <= mark.start() < b for a, b in protected):
            continue
        boundary = _absorb_closers(text, sentence_start, mark.end(), end)
        if boundary < end and not text[boundary].isspace():
            continue
        if not _ends_sentence(text, sentence_start, mark, abbreviations):
            continue
        _emit(text, sentence_start, boundary, out)
        sentence_start = boundary
    _emit(text, sentence_start, end, out)


def _protected_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    # The URL and e-mail pattern is slow to try at every position; a line without its anchors has no match.
    if text.find("@", start, end) < 0 and text.find("http", start, end) < 0 and text.find("www.", start, end) < 0:
        return []
    return [(m.start(), m.end()) for m in _PROTECTED.finditer(text, start, end)]


def _absorb_closers(text: str, sentence_start: int, position: int, end: int) -> int:
    while position < end and text[position] in _CLOSING:
        char = text[position]
        span = text[sentence_start:position]
        if char in "\"'" and span.count(char) % 2 == 0:
            break  # an opening straight quote of the next sentence
        if char == ")" and span.count("(") <= span.count(")"):
            break
        if char == "]" and span.count("[") <= span.count("]"):
            break
        position += 1
    return position


def _ends_sentence(text: str, sentence_start: int, mark: re.Match[str], abbreviations: _Abbreviations) -> bool:
    run = mark.group(0)
    last = mark.start()  # after the last non-space character before the mark
    while last > sentence_start and text[last - 1].isspace():
        last -= 1
    if last == sentence_start or text[last - 1].isdigit() and text[sentence_start:last].strip().isdigit():
        return False  # a list number "1." or a stray mark
    if run.startswith("..") or run == "…" or run.startswith("…"):
        return text[last - 1] not in "(["  # "(...)" marks an omission
    if run != ".":
        return True
    token_start = mark.start()
    while token_start > sentence_start:
        previous = text[token_start - 1]
        if previous.isspace() or previous in _TOKEN_OPENERS:
            break
        token_start -= 1
    token = text[token_start:mark.start()]
    folded = _fold(token)
    if folded in abbreviations.era_marks and _previous_word(text, sentence_start, token_start).isdigit():
        return True
    if folded in abbreviations.words:
        return False
    return not (token.isascii() and _LATIN_INITIALS.fullmatch(token) and len(token.replace(".", "")) <= 3
                and token.replace(".", "").isupper())


def _previous_word(text: str, sentence_start: int, position: int) -> str:
    words = text[sentence_start:position].split()
    return _fold(words[-1]) if words else ""


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(start, end, text[start:end]))
