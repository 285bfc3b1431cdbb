"""Clitic-aware multi-term matching over normalised Arabic text (one Aho-Corasick pass per text).

Terms are normalised with `marsad.lang.ar.normalize` and compiled into a pyahocorasick automaton. A hit counts
only at word boundaries, where Arabic lets a word carry:

- proclitics before the term: conjunctions و ف, prepositions ب ل ك, and their combinations (وب, فل, ...);
- the definite article, for terms compiled with ``article=True`` (الجيش for the term جيش), including the
  contracted ل + ال → لل (للجيش);
- for terms that already start with ال, the contracted form لل (الحسكة → للحسكة);
- suffixes the caller allows (plural, dual, pronoun endings), given per matcher.

The matcher returns spans in the *source* text, so every hit can be shown as evidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import methodcaller
from typing import Generic, NamedTuple, TypeVar

import ahocorasick

from marsad.lang.ar.normalize import Normalized, normalize, normalize_with_offsets
from marsad.text._records import fast_init

T = TypeVar("T")

CONJUNCTIONS = ("", "و", "ف")
PREPOSITIONS = ("", "ب", "ل", "ك")
PROCLITICS = frozenset(c + p for c in CONJUNCTIONS for p in PREPOSITIONS)
ARTICLE_PROCLITICS = frozenset(p + "ال" for p in PROCLITICS if not p.endswith("ل")) | frozenset(
    c + "لل" for c in CONJUNCTIONS
)
# ل + ال contracts to لل: the term's ال loses its alef, so the hit starts one letter in.
CONTRACTED_ARTICLE_PROCLITICS = frozenset(c + "ل" for c in CONJUNCTIONS)
# The characters of normalised Arabic news text, most frequent first (measured on the sample corpus).
_FREQUENT_CHARACTERS = " اليمنهورتبعدقفسحجكشطصخثزضذءغظ0123456789,.\"-:()"
# as a str.translate table: each of them becomes the character whose code point is its rank, so that plain string
# order puts frequent characters first
_BY_FREQUENCY = {ord(char): rank for rank, char in enumerate(_FREQUENT_CHARACTERS)}


def in_frequency_order(keys: Iterable[str]) -> list[str]:
    """`keys` sorted letter by letter, frequent characters first: the order to add them to an automaton in.

    pyahocorasick looks a node's next character up by scanning its children in the order they were added, at
    every character of every text; children added frequent-first are found after fewer steps (a fifth to a
    quarter less time per character with the gazetteer's names). Matches are the same in any order.
    """
    return sorted(keys, key=methodcaller("translate", _BY_FREQUENCY))


_MAX_PROCLITIC_LENGTH = max(len(p) for p in PROCLITICS | ARTICLE_PROCLITICS | CONTRACTED_ARTICLE_PROCLITICS)
# A term glued to the letter before it can only be preceded by a clitic ending in one of these letters.
_CLITIC_FINAL_LETTERS = frozenset(p[-1] for p in PROCLITICS | ARTICLE_PROCLITICS | CONTRACTED_ARTICLE_PROCLITICS if p)


@fast_init
@dataclass(frozen=True, slots=True)
class TermMatch(Generic[T]):
    """One hit: source span, the matched term (normalised), what the lexicon attached to it, and its clitics."""

    start: int
    end: int
    surface: str
    term: str
    payloads: tuple[T, ...]
    prefix: str = ""
    suffix: str = ""
    norm_start: int = 0
    norm_end: int = 0


class MatchSpan(NamedTuple, Generic[T]):
    """A hit as `TermMatcher.spans` returns it: a `TermMatch` without its surface, as a light tuple."""

    start: int
    end: int
    term: str
    payloads: tuple[T, ...]
    prefix: str
    suffix: str
    norm_start: int
    norm_end: int


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class TermMatcher(Generic[T]):
    """Find lexicon terms in Arabic text, allowing proclitics, the article and chosen suffixes."""

    def __init__(
        self,
        entries: Iterable[tuple[str, T]],
        *,
        suffixes: Sequence[str] = (),
        article: bool = False,
    ) -> None:
        self._payloads: dict[str, list[T]] = {}
        for term, payload in entries:
            key = normalize(term).strip()
            if key:
                self._payloads.setdefault(key, []).append(payload)
        self._suffixes = frozenset(normalize(s) for s in suffixes)
        self._max_suffix_length = max((len(s) for s in self._suffixes), default=0)
        self._article = article
        self._payload_tuples = {key: tuple(payloads) for key, payloads in self._payloads.items()}
        self._automaton = ahocorasick.Automaton()
        for key in in_frequency_order(self._payloads):
            self._automaton.add_word(key, (key, False, len(key)))
            if key.startswith("ال") and len(key) > 3:
                contracted = key[1:]
                if contracted not in self._payloads:
                    # The contracted form only counts after its ل (للحسكة): compiled with that ل, it is not
                    # found inside every plain الحسكة. The hit still starts after the ل, which is its prefix.
                    with_lam = "ل" + contracted
                    form = contracted if with_lam in self._payloads else with_lam
                    self._automaton.add_word(form, (key, True, len(contracted)))
        if self._payloads:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self._payloads)

    def payloads(self, term: str) -> list[T]:
        """Payloads attached to a term (looked up by its normalised form)."""
        return list(self._payloads.get(normalize(term).strip(), ()))

    def find(self, text: str | Normalized, *, overlapping: bool = False) -> list[TermMatch[T]]:
        """All hits in `text` (raw text, or text already normalised with offsets), leftmost-longest first."""
        if isinstance(text, Normalized):  # no source text: the surface is the normalised one
            return [
                TermMatch(start, end, text.text[norm_start:norm_end], term, payloads, prefix, suffix, norm_start,
                          norm_end)
                for start, end, term, payloads, prefix, suffix, norm_start, norm_end in self.spans(text, overlapping)
            ]
        norm = normalize_with_offsets(text)
        return [
            TermMatch(start, end, text[start:end], term, payloads, prefix, suffix, norm_start, norm_end)
            for start, end, term, payloads, prefix, suffix, norm_start, norm_end in self.spans(norm, overlapping)
        ]

    def spans(self, norm: Normalized, overlapping: bool = False) -> list[MatchSpan[T]]:
        """`find` without building `TermMatch` objects or surfaces, for resolvers that read every hit."""
        if not self._payloads:
            return []
        haystack = norm.text
        size = len(haystack)
        suffixes = self._suffixes
        hits = []
        # Most automaton hits sit inside longer words; the cheap one-letter tests below drop them before any
        # clitic analysis (the letter after the hit is tested first: it rejects the most).
        for last, (key, contracted, length) in self._automaton.iter(haystack):
            end = last + 1
            if end < size and ((char := haystack[end]).isalnum() or char == "_"):
                if not suffixes:
                    continue
                suffix = self._accepted_suffix(haystack, end)
                if suffix is None:
                    continue
            else:
                suffix = ""
            start = end - length
            if start and ((char := haystack[start - 1]).isalnum() or char == "_"):
                if char not in _CLITIC_FINAL_LETTERS:
                    continue
                prefix = self._accepted_prefix(haystack, start, key, contracted)
                if prefix is None:
                    continue
            elif contracted:
                continue  # the contracted form needs its ل
            else:
                prefix = ""
            hits.append((start, end, key, prefix, suffix))
        if not overlapping:
            hits = _leftmost_longest(hits)
        offsets = norm.offsets
        payloads = self._payload_tuples
        # a hit is never empty, so its source span runs from its first character's source to its last one's
        return [
            MatchSpan(offsets[start], offsets[end - 1] + 1, key, payloads[key], prefix, suffix, start, end)
            for start, end, key, prefix, suffix in hits
        ]

    def _accepted_prefix(self, text: str, start: int, key: str, contracted: bool) -> str | None:
        # Only a few letters of clitics can precede a term inside its word; scanning further is wasted work on
        # the many hits that sit in the middle of longer words.
        limit = start - _MAX_PROCLITIC_LENGTH if start > _MAX_PROCLITIC_LENGTH else 0
        word_start = start
        while word_start > limit and ((char := text[word_start - 1]).isalnum() or char == "_"):
            word_start -= 1
        if word_start > 0 and ((char := text[word_start - 1]).isalnum() or char == "_"):
            return None
        prefix = text[word_start:start]
        if contracted:
            return prefix if prefix in CONTRACTED_ARTICLE_PROCLITICS else None
        if prefix in PROCLITICS:
            return prefix
        if self._article and not key.startswith("ال") and prefix in ARTICLE_PROCLITICS:
            return prefix
        return None

    def _accepted_suffix(self, text: str, end: int) -> str | None:
        if end >= len(text) or not _is_word_char(text[end]):
            return ""
        limit = min(len(text), end + self._max_suffix_length)
        word_end = end
        while word_end < limit and _is_word_char(text[word_end]):
            word_end += 1
        if word_end < len(text) and _is_word_char(text[word_end]):
            return None
        suffix = text[end:word_end]
        return suffix if suffix in self._suffixes else None


def _leftmost_longest(hits: list[tuple[int, int, str, str, str]]) -> list[tuple[int, int, str, str, str]]:
    hits.sort(key=lambda h: (h[0], h[0] - h[1]))
    chosen = []
    taken_until = -1
    for hit in hits:
        if hit[0] >= taken_until:
            chosen.append(hit)
            taken_until = hit[1]
    return chosen
