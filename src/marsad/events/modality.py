"""Modality: does a sentence report that the event named by a trigger happened?

`assess(sentence, trigger_span)` looks for cues (``marsad/data/modality.yaml``, format in
``modality_SCHEMA.md`` beside it) that *govern* the trigger and returns a `Modality` whose kind is one of
reported (default), negated_event, negated_outcome, threat, plan_future, conditional, question, hypothetical,
history, reported_speech_claim, attempted or foiled.

Scoping rules (a cue governs the trigger only if all hold):
1. no sentence break (. ! ? ; .. or ": ") lies between them;
2. no clause break lies between them (", و", "بينما", "في حين", a new reporting verb "وقال", or an anchor that
   introduces another event: "بعد", "إثر", "ردا على", "الذي وقع"), unless the cue crosses clauses
   (only the no-casualties cues do, as in "انفجرت عبوة، ولم تسجل إصابات");
3. the cue stands on its side of the trigger (before / after / any) within its `max_words` words; the bare
   negation particles (لم، لن، لا) only directly before the trigger;
4. a sentence ending in "?" or opening with هل is a question as a whole.
Several governing cues: the kind listed first in `priority` wins, then the nearest cue.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from marsad.datafile import load_yaml
from marsad.errors import MarsadError
from marsad.events.triggers import TriggerLexicon, find_triggers
from marsad.lang.ar.normalize import Normalized, normalize, normalize_with_offsets
from marsad.text.matcher import TermMatcher

KINDS = ("reported", "negated_event", "negated_outcome", "threat", "plan_future", "conditional", "question",
         "hypothetical", "history", "reported_speech_claim", "attempted", "foiled")
POSITIONS = frozenset({"before", "after", "any"})
CUE_KEYS = frozenset({"id", "kind", "forms", "position", "max_words", "crosses_clauses", "rule", "notes"})
TOP_KEYS = frozenset({"kinds", "priority", "default_max_words", "sentence_breaks", "clause_break_patterns",
                      "clause_break_words", "question", "history_years", "patterns", "cues", "qad_imperfect",
                      "future_prefix"})
_DATA_DIR = Path(__file__).resolve().parents[1] / "data"
_WORD = re.compile(r"\S+")
_TRAILING = " \"'()[]«»"
_IMPERFECT_PREFIXES = ("ي", "ن")


class ModalityRulesError(MarsadError):
    """modality.yaml is missing or malformed; run `validate_modality` for the list of problems."""


@dataclass(frozen=True, slots=True)
class Modality:
    """How a sentence presents a trigger's event; the cue span is relative to the sentence (None when reported)."""

    kind: str = "reported"
    cue_surface: str | None = None
    cue_span: tuple[int, int] | None = None
    cue_id: str | None = None
    is_event: bool = True
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Cue:
    id: str
    kind: str
    position: str
    max_words: int
    crosses_clauses: bool = False
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class _Found:
    """A cue occurrence in normalised coordinates."""

    cue: Cue
    start: int
    end: int
    prefix: str = ""


class ModalityRules:
    """The compiled modality.yaml: cue matcher, scope breaks, history and question settings."""

    def __init__(self, data: dict[str, Any]):
        self.kinds = {kind: dict(value) for kind, value in data["kinds"].items()}
        self.priority = {kind: rank for rank, kind in enumerate(data["priority"])}
        default_words = int(data.get("default_max_words", 8))
        entries = []
        for raw in data["cues"]:
            cue = Cue(raw["id"], raw["kind"], raw.get("position", "before"),
                      int(raw.get("max_words", default_words)), bool(raw.get("crosses_clauses", False)),
                      raw.get("rule"))
            entries += [(form, cue) for form in raw["forms"]]
        future = data["future_prefix"]
        future_cue = Cue(future["id"], "plan_future", "before", int(future["max_words"]))
        # س + person prefix + imperfect stem (ستشن, سيتم, سنرد): generated, because a bare س-prefix rule would
        # swallow سيطر، سيارة، سنجار.
        entries += [("س" + person + stem, future_cue) for stem in future["stems"] for person in "يتن"]
        self.cue_matcher: TermMatcher[Cue] = TermMatcher(entries)
        self.sentence_breaks = [re.compile(p) for p in data["sentence_breaks"]]
        self.clause_patterns = [re.compile(p) for p in data["clause_break_patterns"]]
        self.clause_words: TermMatcher[str] = TermMatcher((w, w) for w in data["clause_break_words"])
        question = data["question"]
        self.question_marks = tuple(question["final_marks"])
        self.question_openers = tuple(normalize(o) for o in question["openers"])
        years = data["history_years"]
        self.year_pattern = re.compile(years["pattern"])
        self.min_years_back = int(years["min_years_back"])
        self.year_max_words = int(years["max_words"])
        self.year_framing = frozenset(normalize(f) for f in years["framing"])
        self.patterns = [
            (re.compile(p["regex"]), Cue(p["id"], p["kind"], p.get("position", "any"),
                                         int(p.get("max_words", default_words)), False))
            for p in data.get("patterns") or ()
        ]
        self.perfect_words = frozenset(normalize(w) for w in data["qad_imperfect"]["perfect_words"])

    @classmethod
    def load(cls, path: Path | None = None) -> ModalityRules:
        """Read and validate modality.yaml (default: the packaged one); raise on any problem."""
        path = path or default_path()
        problems = validate_modality(path)
        if problems:
            raise ModalityRulesError(f"{len(problems)} problem(s) in {path.name}, first: {problems[0]} "
                                     "(marsad.events.modality.validate_modality lists them all)")
        return cls(_read(path))


def default_path() -> Path:
    return _DATA_DIR / "modality.yaml"


@lru_cache(maxsize=1)
def default_rules() -> ModalityRules:
    """The packaged rules, compiled once per process."""
    return ModalityRules.load()


def assess(sentence: str, trigger_span: tuple[int, int], *, article_year: int | None = None,
           rules: ModalityRules | None = None) -> Modality:
    """The modality of the trigger at `trigger_span` (offsets into `sentence`)."""
    rules = rules or default_rules()
    norm, scope, question, cues = _analyse(sentence, rules, article_year)
    trig_start, trig_end = _to_normalized(norm, trigger_span)
    if question is not None:
        return _modality(rules, question, norm, sentence)

    governing: list[tuple[int, int, _Found]] = []
    for found in cues:
        distance = scope.governs(found, trig_start, trig_end)
        if distance is not None:
            governing.append((rules.priority.get(found.cue.kind, len(rules.priority)), distance, found))
    if not governing:
        return Modality(confidence=float(rules.kinds["reported"]["confidence"]))
    governing.sort(key=lambda item: (item[0], item[1]))
    return _modality(rules, governing[0][2], norm, sentence)


@lru_cache(maxsize=512)
def _analyse(sentence: str, rules: ModalityRules, article_year: int | None) -> tuple:
    """What does not depend on the trigger: normalised text, scope, question form, cues (shared by its triggers)."""
    norm = normalize_with_offsets(sentence)
    return norm, _Scope(norm, rules), _question(norm, rules), tuple(_cues(norm, rules, article_year))


def is_reported(sentence: str, *, article_year: int | None = None, event_types: Collection[str] | None = None,
                lexicon: TriggerLexicon | None = None, rules: ModalityRules | None = None) -> bool:
    """True when the sentence reports an event that happened (an active trigger whose modality is an event)."""
    for hit in find_triggers(sentence, lexicon):
        if not hit.active or (event_types is not None and hit.event_type not in event_types):
            continue
        if assess(sentence, (hit.start, hit.end), article_year=article_year, rules=rules).is_event:
            return True
    return False


# --- internals -----------------------------------------------------------------------------------------------


class _Scope:
    """Word positions and scope breaks of one normalised sentence."""

    def __init__(self, norm: Normalized, rules: ModalityRules):
        text = norm.text
        self.word_starts = [m.start() for m in _WORD.finditer(text)]
        self.sentence_breaks = sorted(m.start() for p in rules.sentence_breaks for m in p.finditer(text))
        clause = [m.start() for p in rules.clause_patterns for m in p.finditer(text)]
        clause += [m.norm_start - len(m.prefix) for m in rules.clause_words.find(norm)]
        self.clause_breaks = sorted(clause)

    def word_of(self, position: int) -> int:
        return max(bisect_right(self.word_starts, position) - 1, 0)

    def governs(self, found: _Found, trig_start: int, trig_end: int) -> int | None:
        """Words between cue and trigger when the cue governs the trigger, else None."""
        cue = found.cue
        cue_start = found.start - len(found.prefix)
        if found.end <= trig_start:
            side, gap_start, gap_end = "before", found.end, trig_start
            distance = self.word_of(trig_start) - self.word_of(found.end - 1) - 1
        elif cue_start >= trig_end:
            side, gap_start, gap_end = "after", trig_end, cue_start
            distance = self.word_of(cue_start) - self.word_of(trig_end - 1) - 1
        elif cue_start == trig_start and found.end == trig_end:
            return None  # the trigger word is itself the cue (أحبطت as a Disrupted weapons use trigger)
        else:
            return 0  # the cue sits inside a multiword trigger (محاولة اغتيال)
        if cue.position not in (side, "any") or distance > cue.max_words:
            return None
        if _any_within(self.sentence_breaks, gap_start, gap_end):
            return None
        if not cue.crosses_clauses and _any_within(self.clause_breaks, gap_start, gap_end):
            return None
        return max(distance, 0)


def _any_within(positions: list[int], start: int, end: int) -> bool:
    index = bisect_left(positions, start)
    return index < len(positions) and positions[index] < end


def _to_normalized(norm: Normalized, span: tuple[int, int]) -> tuple[int, int]:
    start = bisect_left(norm.offsets, span[0])
    end = bisect_left(norm.offsets, span[1])
    return start, max(end, start + 1)


def _question(norm: Normalized, rules: ModalityRules) -> _Found | None:
    text = norm.text.rstrip(_TRAILING)
    for mark in rules.question_marks:
        if text.endswith(mark):
            return _Found(Cue("question-mark", "question", "any", 0), len(text) - len(mark), len(text))
    head = norm.text.lstrip(_TRAILING)
    offset = len(norm.text) - len(head)
    for opener in rules.question_openers:
        for proclitic in ("", "و", "ف"):
            if head.startswith(proclitic + opener + " "):
                start = offset + len(proclitic)
                return _Found(Cue("question-opener", "question", "any", 0), start, start + len(opener))
    return None


def _cues(norm: Normalized, rules: ModalityRules, article_year: int | None) -> Iterable[_Found]:
    text = norm.text
    for match in rules.cue_matcher.find(norm):
        for cue in match.payloads:
            if cue.kind == "none":
                continue
            if cue.rule == "qad_imperfect" and not _qad_is_modal(text, match.norm_end, match.prefix, rules):
                continue
            yield _Found(cue, match.norm_start, match.norm_end, match.prefix)
    for pattern, cue in rules.patterns:
        for match in pattern.finditer(text):
            yield _Found(cue, match.start(), match.end())
    yield from _history_years(text, rules, article_year)


def _qad_is_modal(text: str, end: int, prefix: str, rules: ModalityRules) -> bool:
    """قد before an imperfect verb means "may"; before a perfect one (or as لقد) it asserts."""
    if prefix.endswith("ل"):
        return False
    following = _WORD.search(text, end)
    if following is None:
        return False
    word = following.group()
    if word.startswith(_IMPERFECT_PREFIXES):
        return True
    return word.startswith("ت") and not word.endswith("ت") and word not in rules.perfect_words


def _history_years(text: str, rules: ModalityRules, article_year: int | None) -> Iterable[_Found]:
    cue = Cue("history-year", "history", "any", rules.year_max_words)
    for match in rules.year_pattern.finditer(text):
        year = int(match.group(1))
        if article_year is not None:
            if year <= article_year - rules.min_years_back:
                yield _Found(cue, match.start(), match.end())
            continue
        before = text[:match.start()].split()[-2:]
        if any(" ".join(before[i:]) in rules.year_framing for i in range(len(before))):
            yield _Found(cue, match.start(), match.end())


def _modality(rules: ModalityRules, found: _Found, norm: Normalized, sentence: str) -> Modality:
    start, end = norm.to_source(found.start, found.end)
    meaning = rules.kinds[found.cue.kind]
    return Modality(found.cue.kind, sentence[start:end], (start, end), found.cue.id,
                    bool(meaning["is_event"]), float(meaning["confidence"]))


# --- validation ----------------------------------------------------------------------------------------------


def _read(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        return load_yaml(handle)


def validate_modality(path: Path | None = None) -> list[str]:
    """Every problem in modality.yaml, one readable line each (empty when the rules are sound)."""
    path = path or default_path()
    try:
        data = _read(path)
    except (OSError, yaml.YAMLError) as error:
        return [f"{path.name}: cannot be read: {error}"]
    if not isinstance(data, dict):
        return [f"{path.name}: expected a mapping"]
    problems = []
    missing = TOP_KEYS - set(data) - {"patterns"}
    unknown = set(data) - TOP_KEYS
    if missing or unknown:
        return [f"{path.name}: missing keys {sorted(missing)} / unknown keys {sorted(unknown)}"]
    kinds = data["kinds"] or {}
    if set(kinds) != set(KINDS):
        problems.append(f"kinds must be exactly {list(KINDS)}, got {sorted(kinds)}")
    for kind, meaning in kinds.items():
        if not isinstance(meaning, dict) or {"is_event", "confidence"} - set(meaning):
            problems.append(f"kind {kind}: needs is_event and confidence")
    if set(data["priority"]) != set(KINDS) - {"reported"}:
        problems.append("priority must list every kind except reported, once")
    for pattern in [*data["sentence_breaks"], *data["clause_break_patterns"], data["history_years"]["pattern"],
                    *(p.get("regex", "") for p in data.get("patterns") or ())]:
        try:
            re.compile(pattern)
        except re.error as error:
            problems.append(f"bad regular expression {pattern!r}: {error}")
    for item in data.get("patterns") or ():
        if item.get("kind") not in KINDS or not item.get("id"):
            problems.append(f"pattern {item!r}: needs an id and a kind from {list(KINDS)}")
    ids = set()
    for position, raw in enumerate(data["cues"] or ()):
        where = f"cue {position} ({raw.get('id', '?') if isinstance(raw, dict) else '?'})"
        if not isinstance(raw, dict):
            problems.append(f"{where}: must be a mapping")
            continue
        if set(raw) - CUE_KEYS or {"id", "kind", "forms"} - set(raw):
            problems.append(f"{where}: needs id, kind, forms; allowed keys {sorted(CUE_KEYS)}")
            continue
        if raw["id"] in ids:
            problems.append(f"{where}: duplicate id")
        ids.add(raw["id"])
        if raw["kind"] not in KINDS and raw["kind"] != "none":
            problems.append(f"{where}: kind {raw['kind']!r} is not one of {list(KINDS)} or none")
        if raw.get("position", "before") not in POSITIONS:
            problems.append(f"{where}: position must be before, after or any")
        if raw.get("rule") not in (None, "qad_imperfect"):
            problems.append(f"{where}: unknown rule {raw['rule']!r}")
        for form in raw["forms"] or ():
            if not isinstance(form, str) or not normalize(form).strip():
                problems.append(f"{where}: form {form!r} normalises to nothing")
    return problems
