"""Figures: the counts of people an article reports, with what they count, whose side, how sure, and who said so.

`extract_figures` starts from the quantities `marsad.text.numbers` finds and keeps those that count people: a
people noun after the number (`41 قتيلاً`, `374 من عناصر داعش`), or an event word before a bare number
(`مقتل 3 وإصابة 5`). For each it resolves the count (`killed`, `wounded`, `attackers`, `prisoners` ...), the
qualifier (`أكثر من` → more_than), the side (`من المدنيين` → civilians), the reporter (`بحسب بيان` →
statement), breakdowns (`374 ...، و117 ...، إضافة إلى 4 ...` → one figure of 495 with three parts) and negated
outcomes (`دون وقوع إصابات` → 0 killed, 0 wounded). Words live in `marsad/lang/ar/data/figures.yaml`.

Bounds: `low`/`high` are the least and most the wording allows (None when unbounded); `coded` is the ACLED
figure: the stated number (the conservative reading of "more than 200" is 200), or a vague word's fixed value.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import compress
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from marsad.lang.ar.normalize import Normalized, normalize
from marsad.text._records import fast_init
from marsad.text.numbers import (
    ARTICLE_PROCLITICS,
    PROCLITICS,
    NumberSpan,
    NumberWords,
    Tokens,
    WordListInvalid,
    _check_keys,
    _check_words,
    _read_yaml,
    default_number_words,
    scan_numbers,
    tokenize,
)

FIGURES_FILE = "figures.yaml"
COUNTS = (
    "killed", "wounded", "casualties", "attackers", "prisoners", "hostages", "abducted", "displaced",
    "arrested", "missing", "escaped", "fighters", "people", "families",
)
QUALIFIERS = ("exact", "approx", "more_than", "at_least", "up_to", "less_than")
SIDE_CATEGORIES = ("militants", "security_forces", "civilians", "unknown")
REPORTER_KINDS = (
    "statement", "monitor", "ministry", "source", "correspondent", "media", "witness", "official", "other",
)
_STRENGTHS = ("outcome", "status")

_HEAD_WINDOW = 8  # words an event word may stand before the number it governs
_BARE_HEAD_WINDOW = 4  # the same, when no people noun follows the number
_AFTER_WINDOW = 4  # words after the counted noun searched for a count cue (… لقوا حتفهم)
_AROUND_WINDOW = 12  # words after the counted noun that may hold the object of a verb before it (لقي … مصرعهم)
_SPLIT_GAP = 25  # tokens between the two parts of a split head (قضت مفرزة للجيش، يوم 22 ماي، … على)
_BREAKDOWN_WORDS = 10  # words of a breakdown between commas an after cue may lie beyond (، بينهم ثلاث نساء،)
_ATTACHMENT_WORDS = 12
_REPORTER_WORDS = 6
_NISBA_PLURAL = ("يين", "يون")
_CUSTODY = frozenset({"arrested", "abducted", "hostages", "prisoners"})
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")  # the tokenizer's Arabic word (numbers._TOKEN)
_SENTENCE_END = re.compile(r"[!?؟\n]|\.(?!\d)|(?<!\d)\.")

T = TypeVar("T")


class SentenceLike(Protocol):
    start: int
    end: int


@fast_init
@dataclass(frozen=True, slots=True)
class Side:
    """Whose people a figure counts: the words that say so and a coarse category."""

    start: int
    end: int
    surface: str
    category: str


@fast_init
@dataclass(frozen=True, slots=True)
class Reporter:
    """Who reports a figure: the attribution words and their kind (statement, monitor, ministry ...)."""

    start: int
    end: int
    surface: str
    kind: str


@fast_init
@dataclass(frozen=True, slots=True)
class Figure:
    """One count of people reported in a text; offsets index the original text."""

    start: int
    end: int
    surface: str
    value: int | None
    low: int | None
    high: int | None
    vague: bool
    coded: int | None
    qualifier: str
    counts: str
    side: Side | None = None
    reporter: Reporter | None = None
    parts: tuple[Figure, ...] = ()
    negated: bool = False


# ---------------------------------------------------------------------------------------------------------
# Word list


class PhraseTable(Generic[T]):
    """Normalised phrases (tuples of words) with a payload; the first word may carry clitics."""

    def __init__(self, entries: Iterable[tuple[str, T]], *, article: bool = False, accusative: bool = False):
        self._phrases: dict[tuple[str, ...], T] = {}
        self._clitics: dict[tuple[str, ...], int] = {}
        self.longest = 0
        for phrase, payload in entries:
            words = tuple(normalize(phrase).split())
            if not words:
                continue
            for first, clitic in _clitic_variants(words[0], article, accusative):
                key = (first,) + words[1:]
                if key not in self._phrases or clitic < self._clitics[key]:
                    self._phrases[key] = payload
                    self._clitics[key] = clitic
            self.longest = max(self.longest, len(words))
        self._firsts = frozenset(p[0] for p in self._phrases)
        self.firsts = self._firsts  # words a phrase can start with: a fast test before `at`
        self._lasts = frozenset(p[-1] for p in self._phrases)
        self._singles = {p[0]: v for p, v in self._phrases.items() if len(p) == 1}

    def get(self, word: str) -> T | None:
        """Payload of a one-word entry."""
        return self._singles.get(word)

    def at(self, texts: Sequence[str], i: int) -> tuple[int, T] | None:
        """Longest phrase starting at token i, as (end token index, payload)."""
        if i >= len(texts) or texts[i] not in self._firsts:
            return None
        for length in range(min(self.longest, len(texts) - i), 0, -1):
            payload = self._phrases.get(tuple(texts[i : i + length]))
            if payload is not None:
                return i + length, payload
        return None

    def clitic(self, texts: Sequence[str], i: int, end: int) -> int:
        """Letters of the first word of the phrase at [i, end) that are clitics (و in وفي بيان)."""
        return self._clitics.get(tuple(texts[i:end]), 0)

    def ending_at(self, texts: Sequence[str], end: int) -> tuple[int, T] | None:
        """Longest phrase ending just before token `end`, as (start token index, payload)."""
        if end <= 0 or texts[end - 1] not in self._lasts:
            return None
        for length in range(min(self.longest, end), 0, -1):
            payload = self._phrases.get(tuple(texts[end - length : end]))
            if payload is not None:
                return end - length, payload
        return None


def _clitic_variants(word: str, article: bool, accusative: bool) -> list[tuple[str, int]]:
    """Every clitic form of a word, with the number of leading letters that are not the word itself."""
    bases = [word]
    if accusative and not word.endswith(("ه", "ا")):
        bases.append(word + "ا")
    variants = []
    for base in bases:
        variants += [(p + base, len(p)) for p in PROCLITICS]
        if base.startswith("ال") and len(base) > 3:
            variants += [(c + "لل" + base[2:], len(c)) for c in ("", "و", "ف")]
        elif article:
            variants += [(p + base, len(p) - 2) for p in ARTICLE_PROCLITICS]
    return variants


@dataclass(frozen=True, slots=True)
class NounInfo:
    """What a people noun says by itself."""

    counts: str
    strong: bool
    side: str | None


@dataclass(frozen=True)
class FigureWords:
    """The compiled figures lexicon (see figures.yaml)."""

    version: int
    nouns: PhraseTable[NounInfo]
    noun_lemmas: dict[str, NounInfo]
    before: PhraseTable[str]
    after: PhraseTable[str]
    followers: PhraseTable[bool]
    sides: PhraseTable[str]
    side_stops: frozenset[str]
    qualifiers_before: PhraseTable[str]
    qualifiers_after: PhraseTable[str]
    total_markers: PhraseTable[bool]
    subset_markers: PhraseTable[bool]
    connectors: PhraseTable[bool]
    distributive: PhraseTable[bool]
    negation: re.Pattern[str]
    negation_counts: dict[str, tuple[str, ...]]
    reporter_prepositions: PhraseTable[bool]
    reporter_verbs: PhraseTable[bool]
    reporter_stops: frozenset[str]
    continuations: frozenset[str]
    reporter_kinds: PhraseTable[str]
    # a head in two parts (قضت … على) and a verb before the people with its object after them (لقي … مصرعهم):
    # per second word, the first words it pairs with and what they count
    split_before: dict[str, tuple[frozenset[str], str]] = field(default_factory=dict)
    around: tuple[tuple[frozenset[str], frozenset[str], str], ...] = ()
    # words that open a new clause (وأن اثنين … أصيبوا): the search for a head before a number stops there
    clause_openers: frozenset[str] = frozenset()
    # "في الخمسين من عمره": a number followed by من and one of these is an age, not a count of people
    age_words: frozenset[str] = frozenset()
    # one death told without a number: the killing word, the singular person after it, what blocks it
    single_death_cues: PhraseTable[bool] = field(default_factory=lambda: PhraseTable(()))
    # each singular person form (possessed forms too) with what its noun says, or None when the noun list lacks it
    single_persons: dict[str, NounInfo | None] = field(default_factory=dict)
    single_blockers: frozenset[str] = frozenset()
    single_definite_verbs: frozenset[str] = frozenset()  # opening a sentence, they count "الشاب" too
    single_accusatives: dict[str, NounInfo | None] = field(default_factory=dict)  # رجلا: after an active cue
    # the tokens a negation match can start with (its first word, bare or after و/ف); empty: try everywhere
    negation_openers: frozenset[str] = frozenset()

    @cached_property
    def reporter_starters(self) -> frozenset[str]:
        """Words a reporter preposition or verb can start with."""
        return self.reporter_prepositions.firsts | self.reporter_verbs.firsts

    @cached_property
    def reporter_breakers(self) -> frozenset[str]:
        """Words that can start what ends a reporter phrase: a reporter verb or preposition, or an event word."""
        return self.reporter_starters | self.before.firsts

    @cached_property
    def attachment_breakers(self) -> frozenset[str]:
        """Words that can start what ends the phrase attached to a counted noun (see `_attachment_end`)."""
        return (self.subset_markers.firsts | self.total_markers.firsts | self.reporter_prepositions.firsts
                | self.qualifiers_before.firsts | self.connectors.firsts)


_FIGURE_KEYS = {
    "version", "people_nouns", "counts_cues", "followers", "sides", "side_stops", "qualifiers", "breakdown", "negations",
    "reporters", "single_deaths", "age_words",
}
_POSSESSIVES = ("", "ه", "ها", "هم", "هما")


def load_figure_words(path: str | Path | None = None) -> FigureWords:
    """Read, validate and compile figures.yaml (the shipped one unless `path` is given)."""
    data, source = _read_yaml(path, FIGURES_FILE)
    problems = validate_figure_words(data)
    if problems:
        raise WordListInvalid(source, problems)
    return compile_figure_words(data)


@lru_cache(maxsize=1)
def default_figure_words() -> FigureWords:
    """The shipped figures lexicon, compiled once on first use."""
    return load_figure_words()


def validate_figure_words(data: Any) -> list[str]:
    """Problems that make `data` (parsed figures.yaml) unusable; an empty list when it is valid."""
    if not isinstance(data, dict):
        return ["the top level must be a mapping"]
    problems = _check_keys(data, _FIGURE_KEYS, "top level")
    if not isinstance(data.get("version"), int) or data.get("version", 0) < 1:
        problems.append("version must be a positive integer")
    nouns = data.get("people_nouns")
    if not isinstance(nouns, list) or not nouns:
        problems.append("people_nouns must be a non-empty list of {forms, counts, strength, side?}")
    else:
        for index, entry in enumerate(nouns):
            where = f"people_nouns[{index}]"
            if not isinstance(entry, dict):
                problems.append(f"{where} must be a mapping")
                continue
            problems += [f"{where}: unknown key {k!r}" for k in entry if k not in {"forms", "counts", "strength", "side"}]
            problems += _check_words(entry.get("forms"), f"{where}.forms")
            if entry.get("counts") not in COUNTS:
                problems.append(f"{where}: counts {entry.get('counts')!r} is not one of {', '.join(COUNTS)}")
            if entry.get("strength") not in _STRENGTHS:
                problems.append(f"{where}: strength must be outcome or status")
            if "side" in entry and entry["side"] not in SIDE_CATEGORIES[:-1]:
                problems.append(f"{where}: side {entry['side']!r} is not one of {', '.join(SIDE_CATEGORIES[:-1])}")
    cues = data.get("counts_cues")
    if not isinstance(cues, dict):
        problems.append("counts_cues must be a mapping with before and after")
    else:
        problems += _check_keys(cues, {"before", "after", "split_before", "around", "clause_openers"}, "counts_cues")
        for position in ("before", "after"):
            problems += _check_table(cues.get(position), f"counts_cues.{position}", COUNTS)
        for position in ("split_before", "around"):
            if position in cues:
                problems += _check_pairs(cues[position], f"counts_cues.{position}")
        if "clause_openers" in cues:
            problems += _check_words(cues["clause_openers"], "counts_cues.clause_openers")
    problems += _check_words(data.get("followers"), "followers", single=False)
    problems += _check_table(data.get("sides"), "sides", SIDE_CATEGORIES[:-1], complete=True)
    problems += _check_words(data.get("side_stops"), "side_stops")
    qualifiers = data.get("qualifiers")
    if not isinstance(qualifiers, dict):
        problems.append("qualifiers must map each qualifier to {before, after}")
    else:
        for name, places in qualifiers.items():
            if name not in QUALIFIERS or name == "exact":
                problems.append(f"qualifiers: {name!r} is not one of {', '.join(QUALIFIERS[1:])}")
            elif not isinstance(places, dict):
                problems.append(f"qualifiers.{name} must be a mapping with before and after")
            else:
                problems += _check_keys(places, {"before", "after"}, f"qualifiers.{name}", required=True)
                for position in ("before", "after"):
                    if places.get(position):
                        problems += _check_words(places[position], f"qualifiers.{name}.{position}", single=False)
                    elif not isinstance(places.get(position), list):
                        problems.append(f"qualifiers.{name}.{position} must be a list (may be empty)")
    breakdown = data.get("breakdown")
    if not isinstance(breakdown, dict):
        problems.append("breakdown must be a mapping with total_markers, subset_markers, connectors and distributive")
    else:
        keys = {"total_markers", "subset_markers", "connectors", "distributive"}
        problems += _check_keys(breakdown, keys, "breakdown", required=True)
        for key in sorted(keys):
            problems += _check_words(breakdown.get(key), f"breakdown.{key}", single=False)
    problems += _check_negations(data.get("negations"))
    problems += _check_reporters(data.get("reporters"))
    if "age_words" in data:
        problems += _check_words(data["age_words"], "age_words")
    single = data.get("single_deaths")
    if single is not None:
        if not isinstance(single, dict):
            problems.append("single_deaths must be a mapping with cues, persons and blocked_before")
        else:
            keys = {"cues", "persons", "blocked_before"}
            optional = {"active_cues", "definite_after"}
            problems += _check_keys(single, keys | optional, "single_deaths")
            problems += [f"single_deaths: missing key {k!r}" for k in sorted(keys) if k not in single]
            for key in sorted(keys | (optional & set(single))):
                problems += _check_words(single.get(key), f"single_deaths.{key}")
    return problems


def _check_pairs(table: Any, where: str) -> list[str]:
    """{count: [{open: [word], close: [word]}]}: one-word parts, each count a known one."""
    if not isinstance(table, dict) or not table:
        return [f"{where} must map counts to lists of {{open, close}}"]
    problems = [f"{where}: {k!r} is not one of {', '.join(COUNTS)}" for k in table if k not in COUNTS]
    for name, pairs in table.items():
        if not isinstance(pairs, list) or not pairs:
            problems.append(f"{where}.{name} must be a non-empty list of {{open, close}}")
            continue
        for index, pair in enumerate(pairs):
            at = f"{where}.{name}[{index}]"
            if not isinstance(pair, dict):
                problems.append(f"{at} must be a mapping with open and close")
                continue
            problems += _check_keys(pair, {"open", "close"}, at, required=True)
            for key in ("open", "close"):
                if key in pair:
                    problems += _check_words(pair[key], f"{at}.{key}")
    return problems


def _check_table(table: Any, where: str, names: Sequence[str], complete: bool = False) -> list[str]:
    if not isinstance(table, dict) or not table:
        return [f"{where} must map names to lists of words"]
    problems = [f"{where}: {k!r} is not one of {', '.join(names)}" for k in table if k not in names]
    if complete:
        problems += [f"{where}: {name} is missing" for name in names if name not in table]
    for name, words in table.items():
        problems += _check_words(words, f"{where}.{name}", single=False)
    return problems


def _check_negations(negations: Any) -> list[str]:
    if not isinstance(negations, dict):
        return ["negations must be a mapping with triggers, fillers, objects and phrases"]
    keys = {"triggers", "fillers", "uncertain", "objects", "phrases"}
    problems = _check_keys(negations, keys, "negations", required=True)
    for key in ("triggers", "fillers", "uncertain"):
        problems += _check_words(negations.get(key), f"negations.{key}", single=False)
    for key in ("objects", "phrases"):
        table = negations.get(key)
        if not isinstance(table, dict) or not table:
            problems.append(f"negations.{key} must map phrases to lists of counts")
            continue
        for phrase, counts in table.items():
            if not isinstance(counts, list) or not counts or any(c not in ("killed", "wounded") for c in counts):
                problems.append(f"negations.{key}.{phrase}: counts must be a list of killed and/or wounded")
    return problems


def _check_reporters(reporters: Any) -> list[str]:
    if not isinstance(reporters, dict):
        return ["reporters must be a mapping with prepositions, verbs, stops, continuations and kinds"]
    keys = {"prepositions", "verbs", "stops", "continuations", "kinds"}
    problems = _check_keys(reporters, keys, "reporters", required=True)
    for key in ("prepositions", "verbs", "stops", "continuations"):
        problems += _check_words(reporters.get(key), f"reporters.{key}", single=key in ("stops", "continuations"))
    problems += _check_table(reporters.get("kinds"), "reporters.kinds", REPORTER_KINDS[:-1])
    return problems


def compile_figure_words(data: dict) -> FigureWords:
    """Build the lookup tables from validated figures.yaml data."""
    noun_entries = []
    lemmas: dict[str, NounInfo] = {}
    for entry in data["people_nouns"]:
        info = NounInfo(entry["counts"], entry["strength"] == "outcome", entry.get("side"))
        for form in entry["forms"]:
            noun_entries.append((form, info))
            lemmas.setdefault(normalize(form).strip(), info)

    def table(mapping: dict[str, list[str]], **options: bool) -> PhraseTable[str]:
        return PhraseTable(((w, name) for name, words in mapping.items() for w in words), **options)

    def flags(words: list[str]) -> PhraseTable[bool]:
        return PhraseTable((w, True) for w in words)

    qualifiers = data["qualifiers"]
    negations = data["negations"]
    reporters = data["reporters"]
    negation, negation_counts = _compile_negation(negations)
    openers = {normalize(p).split()[0] for table in ("phrases", "triggers") for p in negations[table]}
    if not all(_ARABIC_WORD.fullmatch(w) for w in openers):
        openers = set()  # a first word the tokenizer cuts differently: fall back to scanning every position
    return FigureWords(
        version=data["version"],
        nouns=PhraseTable(noun_entries, article=True, accusative=True),
        noun_lemmas=lemmas,
        before=table(data["counts_cues"]["before"]),
        after=table(data["counts_cues"]["after"]),
        followers=flags(data["followers"]),
        sides=table(data["sides"]),
        side_stops=_normalized_words(data["side_stops"]),
        qualifiers_before=table({k: v["before"] for k, v in qualifiers.items()}),
        qualifiers_after=table({k: v["after"] for k, v in qualifiers.items()}),
        total_markers=flags(data["breakdown"]["total_markers"]),
        subset_markers=flags(data["breakdown"]["subset_markers"]),
        connectors=flags(data["breakdown"]["connectors"]),
        distributive=flags(data["breakdown"]["distributive"]),
        negation=negation,
        negation_counts=negation_counts,
        reporter_prepositions=flags(reporters["prepositions"]),
        reporter_verbs=flags(reporters["verbs"]),
        reporter_stops=_normalized_words(reporters["stops"]),
        continuations=_folded_words(reporters["continuations"]),
        reporter_kinds=table(reporters["kinds"]),
        split_before=_split_heads(data["counts_cues"].get("split_before", {})),
        around=tuple((_folded_words(pair["open"]), _folded_words(pair["close"]), name)
                     for name, pairs in data["counts_cues"].get("around", {}).items() for pair in pairs),
        clause_openers=_normalized_words(data["counts_cues"].get("clause_openers", ())),
        age_words=_normalized_words(data.get("age_words", ())),
        **_single_death_words(data.get("single_deaths"), lemmas),
        negation_openers=frozenset(c + w for w in openers for c in ("", "و", "ف")),
    )


def _normalized_words(words: Iterable[str]) -> frozenset[str]:
    """Each word in its normalised spelling."""
    return frozenset(normalize(w).strip() for w in words)


def _folded_words(words: Iterable[str]) -> frozenset[str]:
    """Each word folded, bare and after و/ف."""
    return frozenset(c + w for w in _normalized_words(words) for c in ("", "و", "ف"))


def _split_heads(table: dict[str, list[dict]]) -> dict[str, tuple[frozenset[str], str]]:
    heads: dict[str, tuple[frozenset[str], str]] = {}
    for name, pairs in table.items():
        for pair in pairs:
            for close in pair["close"]:
                heads[normalize(close).strip()] = (_folded_words(pair["open"]), name)
    return heads


def _single_death_words(single: dict | None, lemmas: dict[str, NounInfo]) -> dict[str, Any]:
    if not single:
        return {}
    # indefinite or possessed only: "مقتل الشاب" mostly points back at a death already counted
    persons = [normalize(word).strip() for word in single["persons"]]
    forms = {word + ending for word in persons for ending in _POSSESSIVES}
    # the accusative after an active verb ("يقتل رجلاً"); a feminine ة takes no alif
    accusatives = {word + "ا": word for word in persons if not word.endswith(("ة", "ا", "ى"))}
    blockers = {normalize(word).strip() for word in single["blocked_before"]}
    active = single.get("active_cues", ())
    return {
        "single_death_cues": PhraseTable([(w, False) for w in single["cues"]] + [(w, True) for w in active]),
        "single_persons": {form: lemmas.get(_without_possessive(form, lemmas)) for form in forms},
        "single_accusatives": {form: lemmas.get(word) for form, word in accusatives.items()},
        "single_blockers": frozenset(c + w for w in blockers for c in ("", "و", "ف", "ب", "ل")),
        "single_definite_verbs": _folded_words(single.get("definite_after", ())),
    }


def _alternation(phrases: Iterable[str]) -> str:
    forms = sorted({normalize(p).strip() for p in phrases}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in form.split()) for form in forms)


def _compile_negation(negations: dict) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    counts: dict[str, tuple[str, ...]] = {}
    for table in ("objects", "phrases"):
        for phrase, names in negations[table].items():
            counts[normalize(phrase).strip()] = tuple(names)
    triggers = _alternation(negations["triggers"])
    fillers = _alternation(negations["fillers"])
    objects = _alternation(negations["objects"])
    uncertain = _alternation(negations["uncertain"])
    phrases = _alternation(negations["phrases"])
    pattern = (
        rf"(?<!\w)[وف]?(?:(?P<phrase>{phrases})|(?P<trigger>{triggers})"
        rf"(?:\s+(?!(?:{uncertain})(?!\w))\S+\s+(?:عن|الي))?(?:\s+(?:{fillers}))*\s+(?P<object>{objects}))(?!\w)"
    )
    return re.compile(pattern), counts


# ---------------------------------------------------------------------------------------------------------
# Extraction


@dataclass(slots=True)
class _Found:
    first: int  # first token (qualifier included)
    last: int  # token after the counted noun (and a qualifier after it)
    tail: int  # token after everything that belongs to the figure (its side phrase)
    number_first: int
    value: int | None
    vague: bool
    coded: int | None
    low: int | None
    high: int | None
    qualifier: str
    counts: str
    decided_by: str  # noun | head | after | status
    side: Side | None
    sentence: int
    parts: list[_Found] = field(default_factory=list)
    skip: int = 0  # clitic letters of the first token left out of the span (و in وامرأة)
    listed: bool = False  # the next item of a list, past the words qualifying the item before (see NumberSpan)


def extract_figures(
    text: str,
    sentences: Sequence[SentenceLike] | None = None,
    *,
    words: FigureWords | None = None,
    numbers: NumberWords | None = None,
    normalized: Normalized | None = None,
) -> list[Figure]:
    """Every count of people reported in `text`, in reading order; breakdown lists come back as one figure.

    Pass `normalized` (``normalize_with_offsets(text)``) when the caller already has it, to skip that step.
    """
    lex = words or default_figure_words()
    if normalized is None:
        tokens = tokenize(text)
    elif normalized.source_length != len(text):
        raise ValueError("`normalized` was not made from `text`: pass normalize_with_offsets(text)")
    else:
        tokens = tokenize(normalized, source=text)
    spans = scan_numbers(tokens, numbers or default_number_words())
    sentence_starts = _sentence_token_starts(text, tokens, sentences)
    number_starts = {span.first for span in spans}
    found = []
    for span in spans:
        if span.ordinal:
            continue
        figure = _resolve(tokens, span, lex, sentence_starts, number_starts)
        if figure is not None:
            found.append(figure)
    reporters = _Reporters(text, tokens, lex, sentence_starts, number_starts)
    figures = [_to_figure(text, tokens, f, reporters) for f in _group(found, tokens, lex)]
    figures += _negations(text, tokens, lex, sentence_starts, reporters)
    figures += _single_deaths(text, tokens, lex, sentence_starts, number_starts, reporters)
    figures.sort(key=lambda f: (f.start, f.counts))
    return figures


def _single_deaths(
    text: str, tokens: Tokens, lex: FigureWords, sentence_starts: list[int], number_starts: set[int],
    reporters: _Reporters,
) -> list[Figure]:
    """One death told of one person without a number ("مقتل شاب", "استشهاد سائقها"): a figure of 1 killed."""
    if not lex.single_persons:
        return []
    texts = tokens.texts
    figures = []
    sentence_starts_set = set(sentence_starts)
    for i in range(len(texts) - 1):
        if texts[i] not in lex.single_death_cues.firsts:
            continue
        cue = lex.single_death_cues.at(texts, i)
        if cue is None:
            continue
        person = cue[0]
        if person >= len(texts):
            continue
        word = texts[person]
        noun = lex.single_persons.get(word)
        if cue[1] and word in lex.single_accusatives:  # an active verb's object: "يقتل رجلاً"
            noun = lex.single_accusatives[word]
        elif word not in lex.single_persons:
            # "قُتل الشاب محمد" opening a sentence: a definite person after a verb is this sentence's death
            if not (word.startswith("ال") and word[2:] in lex.single_persons and texts[i] in lex.single_definite_verbs
                    and i in sentence_starts_set):
                continue
            noun = lex.single_persons[word[2:]]
        if (i > 0 and texts[i - 1] in lex.single_blockers) or person + 1 in number_starts or person in number_starts:
            continue  # "محاولة اغتيال قيادي"; "مقتل جندي واحد" is the number's own figure
        sentence = _sentence_range(sentence_starts, i, len(texts))[0]
        start, end = tokens.source_span(i, person + 1, lex.single_death_cues.clitic(texts, i, person))
        person_start, person_end = tokens.source_span(person, person + 1, 0)
        side = Side(person_start, person_end, text[person_start:person_end], noun.side) if noun and noun.side else None
        figures.append(Figure(start, end, text[start:end], 1, 1, 1, False, 1, "exact", "killed", side,
                              reporters.for_token(i, sentence)))
    return figures


def _without_possessive(word: str, lemmas: dict[str, NounInfo]) -> str:
    """The lemma of a person word: without its possessive ending (سائقها → سائق)."""
    for ending in sorted(_POSSESSIVES, key=len, reverse=True):
        if ending and word.endswith(ending) and word[: -len(ending)] in lemmas:
            return word[: -len(ending)]
    return word


def _sentence_token_starts(text: str, tokens: Tokens, sentences: Sequence[SentenceLike] | None) -> list[int]:
    if sentences:
        starts = [s.start for s in sentences]
    else:
        starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    offsets = tokens.norm.offsets
    token_starts = sorted({bisect_left(tokens.starts, bisect_left(offsets, s)) for s in starts} | {0})
    return token_starts


def _sentence_range(sentence_starts: list[int], index: int, count: int) -> tuple[int, int, int]:
    sentence = bisect_right(sentence_starts, index) - 1
    end = sentence_starts[sentence + 1] if sentence + 1 < len(sentence_starts) else count
    return sentence, sentence_starts[sentence], end


def _is_word(text: str) -> bool:
    return text[0].isalpha()


def _resolve(
    tokens: Tokens, span: NumberSpan, lex: FigureWords, sentence_starts: list[int], number_starts: set[int]
) -> _Found | None:
    texts = tokens.texts
    count = len(texts)
    sentence, sentence_start, sentence_end = _sentence_range(sentence_starts, span.first, count)

    qualifier, first = "exact", span.first
    before = lex.qualifiers_before.ending_at(texts, span.first)
    if before is not None and before[0] >= sentence_start:
        first, qualifier = before

    distributive = None
    if span.last < count and texts[span.last] in lex.distributive.firsts:
        distributive = lex.distributive.at(texts, span.last)
    if distributive is not None and distributive[0] <= sentence_end:
        return None  # عنصرين، واحد من كل طرف: the one restates how the two split, it adds none
    if span.last + 1 < sentence_end and texts[span.last] == "من" and texts[span.last + 1] in lex.age_words:
        return None  # مقتل راعٍ في الخمسين من عمره: an age

    info: NounInfo | None = None
    noun_first = noun_last = span.last
    attach = None
    if span.noun is not None:
        info = lex.noun_lemmas.get(span.noun) or NounInfo("people", False, None)
        noun_first, noun_last = span.first, span.last
    elif span.last < sentence_end:
        j = span.last
        info = lex.nouns.get(texts[j])
        if info is not None:
            noun_first, noun_last = j, j + 1
        elif texts[j] == "من" and j + 1 < sentence_end:
            info = lex.nouns.get(texts[j + 1]) or _possessed_noun(texts[j + 1], lex)  # من مقاتليها
            if info is not None:
                noun_first, noun_last, attach = j + 1, j + 2, j
            elif lex.sides.at(texts, j + 1) is not None or _names_a_group(texts, j + 1, sentence_end):
                info, attach = NounInfo("people", False, None), j
        elif _is_word(texts[j]) and texts[j].endswith(_NISBA_PLURAL) and len(texts[j]) >= 5:
            info, noun_first, noun_last = NounInfo("people", False, None), j, j + 1
    if info is None and span.definite and span.first > sentence_start:
        info = lex.nouns.get(texts[span.first - 1])  # الجنود الثلاثة, العناصر الـ5 آلاف
        if info is not None:
            first = min(first, span.first - 1)
    closing = None
    if (info is None and span.first - 2 >= sentence_start and texts[span.first - 1] == "("
            and span.last < sentence_end and texts[span.last] == ")"):
        if span.last + 1 in number_starts:
            return None  # إرهابيين (02) اثنين: the words after restate the digits
        info = lex.nouns.get(texts[span.first - 2])  # إرهابيين (02): a communiqué's digits after the noun
        if info is not None:
            first, noun_first, noun_last, closing = span.first - 2, span.first - 2, span.first - 1, span.last + 1

    last = noun_last if closing is None else closing
    after_qualifier = lex.qualifiers_after.at(texts, last)
    if after_qualifier is not None:
        last, qualifier = after_qualifier

    counts, decided_by = None, ""
    if info is not None and info.strong:
        counts, decided_by = info.counts, "noun"
    head_distance = None
    window_start = max(sentence_start, first - _HEAD_WINDOW)
    before_firsts = lex.before.firsts
    for k in range(first - 1, window_start - 1, -1):
        if texts[k] in lex.clause_openers:
            break
        match = lex.before.at(texts, k) if texts[k] in before_firsts else None
        if match is None and texts[k] in lex.split_before:
            match = _split_head(texts, k, sentence_start, lex)
        if match is not None and match[0] <= first:
            head_distance = first - match[0]
            custody = info is not None and match[1] in _CUSTODY and info.counts in _CUSTODY
            if counts is None and not custody:  # احتجز 30 رهينة counts hostages, not arrests
                counts, decided_by = match[1], "head"
            break
    if info is None and (
        head_distance is None or head_distance > _BARE_HEAD_WINDOW or not _bare_count_ends(texts, last, lex)
    ):
        return None

    if attach is None and last < sentence_end:
        names_people = last + 1 < sentence_end and (
            lex.sides.at(texts, last + 1) is not None or lex.nouns.get(texts[last + 1]) is not None
        )
        if texts[last] == "من" and names_people:
            attach = last  # 117 قتيلاً من منتسبي الأجهزة الأمنية
        elif texts[last].startswith("ل") and lex.sides.at(texts, last) is not None:
            attach = last  # 200 عنصر لداعش
    tail = side_end = last
    if attach is not None:
        tail = _attachment_end(texts, attach, sentence_end, lex, number_starts, side=False)
        side_end = _attachment_end(texts, attach, sentence_end, lex, number_starts, side=True)

    if counts is None:
        found_after = _after_cue(texts, last, tail, sentence_end, lex)
        if found_after is None and lex.around:
            found_after = _around_cue(texts, first, last, sentence_start, sentence_end, lex)
        if found_after is not None:
            counts, decided_by = found_after, "after"
    if counts is None:
        counts, decided_by = (info.counts if info else "people"), "status"

    noun_skip = span.skip if noun_first == span.first else 0
    side = _side(tokens, lex, info, noun_first, noun_last, attach, side_end, number_starts, noun_skip)
    low, high = _bounds(span, qualifier)
    return _Found(
        first, last, tail, span.first, span.value, span.vague, span.coded, low, high, qualifier, counts,
        decided_by, side, sentence, skip=span.skip if first == span.first else 0, listed=span.listed,
    )


def _possessed_noun(word: str, lex: FigureWords) -> NounInfo | None:
    """A people noun with a possessive ending (مقاتليها, جنودهم)."""
    bare = _without_possessive(word, lex.noun_lemmas)
    return lex.noun_lemmas.get(bare) if bare != word else None


def _split_head(texts: Sequence[str], k: int, sentence_start: int, lex: FigureWords) -> tuple[int, str] | None:
    """A head whose verb stands a few words before its last word (قضت مفرزة للجيش … على): (k, what it counts)."""
    openers, counts = lex.split_before[texts[k]]
    for j in range(k - 1, max(sentence_start, k - 1 - _SPLIT_GAP) - 1, -1):
        if texts[j] in openers:
            return k, counts
    return None


def _after_cue(texts: Sequence[str], last: int, tail: int, sentence_end: int, lex: FigureWords) -> str | None:
    """What an after cue within a few words of the counted noun says it counts; a breakdown between commas
    (14 شخصاً على الأقل، بينهم ثلاث نساء، قُتلوا) is stepped over."""
    k, limit = last, min(tail + _AFTER_WINDOW, sentence_end)
    stepped = False
    while k < limit:
        if not _is_word(texts[k]):
            if texts[k] != "," or k + 1 >= sentence_end or lex.subset_markers.at(texts, k + 1) is None:
                return None
            close = next((j for j in range(k + 2, min(sentence_end, k + 2 + _BREAKDOWN_WORDS)) if texts[j] == ","),
                         None)
            if close is None:
                return None
            limit = min(sentence_end, limit + close + 1 - k)
            k, stepped = close + 1, True
            continue
        match = lex.after.at(texts, k)
        if match is not None:
            # past a breakdown, "وقتلوا رجلين" opens a clause of its own: the people did the killing
            return None if stepped and lex.after.clitic(texts, k, match[0]) else match[1]
        k += 1
    return None


def _around_cue(
    texts: Sequence[str], first: int, last: int, sentence_start: int, sentence_end: int, lex: FigureWords
) -> str | None:
    """A verb shortly before the counted people whose object follows them (لقي ستة جنود … وسائق مدني مصرعهم)."""
    before = texts[max(sentence_start, first - _BARE_HEAD_WINDOW):first]
    after = texts[last:min(sentence_end, last + _AROUND_WINDOW)]
    for openers, closers, counts in lex.around:
        if any(w in openers for w in before) and any(w in closers for w in after):
            return counts
    return None


def _names_a_group(texts: Sequence[str], j: int, sentence_end: int) -> bool:
    """A plural of people the lexicon does not list, after من: من المتطوعين, من متطوعي الدفاع."""
    word = texts[j]
    if not _is_word(word) or len(word) < 5:
        return False
    if word.startswith(("ال", "لل")):
        return word.endswith(("ين", "ون")) and len(word) >= 7
    # a construct plural (متطوعي الدفاع) names the group by the definite word that follows it
    return word.endswith("ي") and j + 1 < sentence_end and texts[j + 1].startswith("ال")


def _bare_count_ends(texts: Sequence[str], j: int, lex: FigureWords) -> bool:
    """A number with no noun counts people only if what follows closes the phrase (مقتل 3 وإصابة 5)."""
    if j >= len(texts):
        return True
    word = texts[j]
    return not _is_word(word) or word.startswith("و") or lex.followers.at(texts, j) is not None


def _attachment_end(
    texts: Sequence[str], start: int, sentence_end: int, lex: FigureWords, number_starts: set[int], side: bool
) -> int:
    """End of the phrase qualifying a counted noun; `side` cuts it at side_stops (the part that names a side)."""
    end = start + 1
    limit = min(sentence_end, start + _ATTACHMENT_WORDS)
    breakers = lex.attachment_breakers  # a first test that spares most words the phrase lookups
    while end < limit:
        word = texts[end]
        if (
            not _is_word(word)
            or end in number_starts
            or word == "و"
            or (side and word in lex.side_stops)
            or word in breakers and (
                lex.subset_markers.at(texts, end) is not None
                or lex.total_markers.at(texts, end) is not None
                or lex.reporter_prepositions.at(texts, end) is not None
                or lex.qualifiers_before.at(texts, end) is not None
                or (lex.connectors.at(texts, end) or (0, False))[0] > end + 1
            )
        ):
            break
        end += 1
    return end


def _side(
    tokens: Tokens, lex: FigureWords, info: NounInfo | None, noun_first: int, noun_last: int,
    attach: int | None, tail: int, number_starts: set[int], noun_skip: int,
) -> Side | None:
    texts = tokens.texts
    category = None
    if attach is not None:
        for k in range(attach, tail):
            match = lex.sides.at(texts, k)
            if match is not None and match[0] <= tail:
                category = match[1]
                break
    if (
        category is None
        and attach is None
        and noun_last < len(texts)
        and _is_word(texts[noun_last])
        and not texts[noun_last].startswith("و")
        and noun_last not in number_starts
    ):
        adjective = lex.sides.at(texts, noun_last)  # أسير داعشي, جنود أتراك
        adjective_noun = lex.nouns.get(texts[noun_last])
        if adjective is not None or (adjective_noun is not None and adjective_noun.side is not None):
            category = adjective[1] if adjective is not None else adjective_noun.side
            attach, tail = noun_last, (adjective[0] if adjective is not None else noun_last + 1)
    noun_side = info.side if info is not None else None
    if noun_side is not None and noun_side != category:
        return _make_side(tokens, noun_first, noun_last, noun_side, noun_skip)  # 700 طفل لداعش: the children are civilians
    if attach is not None:
        return _make_side(tokens, attach, tail, category or "unknown")
    return None


def _make_side(tokens: Tokens, first: int, last: int, category: str, skip: int = 0) -> Side:
    start, end = tokens.source_span(first, last, skip)
    return Side(start, end, "", category)


def _bounds(span: NumberSpan, qualifier: str) -> tuple[int | None, int | None]:
    if span.vague:
        low, high = span.low, span.high
    else:
        low = high = span.value
    if qualifier == "exact" or low is None and high is None:
        return low, high
    if qualifier == "approx":
        return None, None
    if qualifier == "more_than":
        return (low + 1 if low is not None else None), None
    if qualifier == "at_least":
        return low, None
    if qualifier == "up_to":
        return None, high
    return None, (high - 1 if high is not None else None)  # less_than


def _group(found: list[_Found], tokens: Tokens, lex: FigureWords) -> list[_Found]:
    """Fold breakdowns: a total with its parts (هم / بينهم), and connector lists without a stated total."""
    texts = tokens.texts
    grouped: list[_Found] = []
    i = 0
    while i < len(found):
        figure = found[i]
        marker = _marker_between(texts, figure, found[i + 1], lex) if i + 1 < len(found) else None
        if marker is not None:
            chain = _chain(found, i + 1, texts, lex, any_counts=True)
            for part in chain:
                if part.decided_by == "status":
                    part.counts = figure.counts
            figure.parts = chain
            figure.tail = chain[-1].tail
            grouped.append(figure)
            i += 1 + len(chain)
            continue
        chain = _chain(found, i, texts, lex, any_counts=False)
        if len(chain) > 1:
            grouped.append(_aggregate(chain))
        else:
            grouped.append(figure)
        i += len(chain)
    return grouped


def _marker_between(texts: Sequence[str], left: _Found, right: _Found, lex: FigureWords) -> str | None:
    if left.sentence != right.sentence:
        return None
    k = left.tail
    while k < right.first and texts[k] == ",":
        k += 1
    for kind, table in (("total", lex.total_markers), ("subset", lex.subset_markers)):
        match = table.at(texts, k)
        if match is not None and match[0] == right.first:
            return kind
    return None


def _chain(found: list[_Found], i: int, texts: Sequence[str], lex: FigureWords, any_counts: bool) -> list[_Found]:
    chain = [found[i]]
    j = i + 1
    while j < len(found):
        previous, current = chain[-1], found[j]
        if current.sentence != previous.sentence or not (
            current.listed or _connected(texts, previous.tail, current.first, lex)
        ):
            break
        if not any_counts and current.counts != chain[0].counts:
            if current.decided_by == "after" and all(f.decided_by == "status" for f in chain):
                for earlier in chain:  # ستة عسكريين وثلاثة من المتطوعين سقطوا قتلى: the verb after governs all
                    earlier.counts, earlier.decided_by = current.counts, "after"
            elif current.decided_by != "status":
                break
            else:
                current.counts = chain[0].counts
        chain.append(current)
        j += 1
    return chain


def _connected(texts: Sequence[str], start: int, end: int, lex: FigureWords) -> bool:
    k = start
    while k < end:
        match = lex.connectors.at(texts, k)
        if match is None:
            return False
        k = match[0]
    return k == end


def _aggregate(chain: list[_Found]) -> _Found:
    values = [f.value for f in chain]
    qualifiers = {f.qualifier for f in chain}
    first, last = chain[0], chain[-1]
    return _Found(
        first.first, last.last, last.tail, first.number_first,
        sum(values) if None not in values else None,
        any(f.vague for f in chain),
        _sum([f.coded for f in chain]), _sum([f.low for f in chain]), _sum([f.high for f in chain]),
        qualifiers.pop() if len(qualifiers) == 1 else "approx",
        first.counts, first.decided_by, None, first.sentence, list(chain), first.skip,
    )


def _sum(values: list[int | None]) -> int | None:
    return None if None in values else sum(values)  # type: ignore[arg-type]


def _to_figure(text: str, tokens: Tokens, found: _Found, reporters: _Reporters) -> Figure:
    start, end = tokens.source_span(found.first, found.last, found.skip)
    side = found.side
    if side is not None:
        side = Side(side.start, side.end, text[side.start : side.end], side.category)
    return Figure(
        start, end, text[start:end], found.value, found.low, found.high, found.vague, found.coded,
        found.qualifier, found.counts, side, reporters.for_token(found.number_first, found.sentence),
        tuple(_to_figure(text, tokens, part, reporters) for part in found.parts),
    )


class _Reporters:
    """Attribution cues per sentence, found lazily, and the one that governs a figure."""

    def __init__(
        self, text: str, tokens: Tokens, lex: FigureWords, sentence_starts: list[int], numbers: set[int]
    ):
        self._numbers = numbers
        self._text = text
        self._tokens = tokens
        self._lex = lex
        self._starts = sentence_starts
        self._cache: dict[int, list[tuple[int, Reporter]]] = {}

    def for_token(self, token: int, sentence: int) -> Reporter | None:
        """The reporter nearest before `token` in its sentence, else after it, else the governing sentence."""
        cues = self._cues(sentence)
        before = [r for k, r in cues if k < token]
        if before:
            return before[-1]
        if cues:
            return cues[0][1]
        if sentence > 0 and self._continues(sentence):
            previous = self._cues(sentence - 1)
            if previous:
                return previous[-1][1]
        return None

    def _continues(self, sentence: int) -> bool:
        start = self._starts[sentence]
        texts = self._tokens.texts
        return any(k < len(texts) and texts[k] in self._lex.continuations for k in (start, start + 1))

    def _cues(self, sentence: int) -> list[tuple[int, Reporter]]:
        if sentence in self._cache:
            return self._cache[sentence]
        texts, lex = self._tokens.texts, self._lex
        start = self._starts[sentence]
        end = self._starts[sentence + 1] if sentence + 1 < len(self._starts) else len(texts)
        cues = []
        starters = lex.reporter_starters
        resume = start  # the words of a cue already read are not read again
        for k in compress(range(start, end), map(starters.__contains__, texts[start:end])):
            if k < resume:
                continue
            preposition = lex.reporter_prepositions.at(texts, k)
            verb = None if preposition else lex.reporter_verbs.at(texts, k)
            match = preposition or verb
            if match is None:
                continue
            stop = match[0]
            limit = min(end, stop + _REPORTER_WORDS)
            breakers = lex.reporter_breakers  # a first test that spares most words the phrase lookups
            while (
                stop < limit
                and _is_word(texts[stop])
                and texts[stop] not in lex.reporter_stops
                and not (texts[stop] in breakers and (
                    lex.reporter_verbs.at(texts, stop) is not None
                    or lex.reporter_prepositions.at(texts, stop) is not None
                    or lex.before.at(texts, stop) is not None
                ))
                and stop not in self._numbers
            ):
                stop += 1
            kind = None
            kind_firsts = lex.reporter_kinds.firsts
            for j in range(k, stop):
                found = lex.reporter_kinds.at(texts, j) if texts[j] in kind_firsts else None
                if found is not None:
                    kind = found[1]
                    break
            if kind is not None or preposition:
                clitic = (lex.reporter_prepositions if preposition else lex.reporter_verbs).clitic(texts, k, match[0])
                src_start, src_end = self._tokens.source_span(k, max(stop, match[0]), clitic)
                reporter = Reporter(src_start, src_end, self._text[src_start:src_end], kind or "other")
                cues.append((k, reporter))
            resume = max(stop, match[0])
        self._cache[sentence] = cues
        return cues


def _negation_matches(tokens: Tokens, lex: FigureWords) -> Iterable[re.Match[str]]:
    """`lex.negation.finditer` over the normalised text, trying only where a match can start.

    The pattern opens with a lookbehind, so the regex engine would try it at every character; a match
    starts a token that is a negation's first word (maybe after و/ف), and only those tokens are tried.
    """
    text = tokens.norm.text
    if not lex.negation_openers:
        yield from lex.negation.finditer(text)
        return
    openers = lex.negation_openers
    if openers.isdisjoint(tokens.texts):
        return
    resume = 0
    for start in compress(tokens.starts, map(openers.__contains__, tokens.texts)):
        if start < resume:
            continue
        match = lex.negation.match(text, start)
        if match is not None:
            resume = match.end()
            yield match


def _negations(
    text: str, tokens: Tokens, lex: FigureWords, sentence_starts: list[int], reporters: _Reporters
) -> list[Figure]:
    figures = []
    norm = tokens.norm
    for match in _negation_matches(tokens, lex):
        if match.group("phrase"):
            key, start = match.group("phrase"), match.start("phrase")
        else:
            key, start = match.group("object"), match.start("trigger")
        names = lex.negation_counts.get(" ".join(key.split()), ("killed", "wounded"))
        src_start, src_end = norm.to_source(start, match.end())
        token = bisect_left(tokens.starts, start)
        sentence = _sentence_range(sentence_starts, token, len(tokens))[0]
        reporter = reporters.for_token(token, sentence)
        for name in names:
            figures.append(
                Figure(
                    src_start, src_end, text[src_start:src_end], 0, 0, 0, False, 0, "exact", name,
                    reporter=reporter, negated=True,
                )
            )
    return figures
