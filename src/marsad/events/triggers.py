"""Event trigger lexicon: find the words that name a conflict event in an Arabic sentence.

The curated lexicon lives in ``marsad/data/triggers/*.yaml``, one file per ACLED event type (format:
``SCHEMA.md`` beside it). `TriggerLexicon.load` reads and validates it and compiles every surface form into one
clitic-aware `TermMatcher`, plus a second matcher for the context words the entries refer to (cues, support,
blocked contexts, sub-type rules). `find_triggers` runs both over the text once and returns `TriggerHit`s with
source offsets, candidate sub-event types in ACLED precedence order, and which context words fired.

The lexicon compiles in a fraction of a second, so no generated runtime module is kept (as for actors); the
validator (`validate_triggers`) and the taxonomy drift test in tests/test_triggers.py guard the data instead.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from marsad.datafile import load_yaml
from marsad.errors import MarsadError
from marsad.lang.ar.normalize import Normalized, normalize, normalize_with_offsets
from marsad.text.matcher import TermMatch, TermMatcher

STRENGTHS = frozenset({"strong", "weak"})
FILE_KEYS = frozenset({"event_type", "rank", "sub_event_types", "entries"})
ENTRY_KEYS = frozenset({"id", "surface", "sub_event_type", "strength", "cues", "requires", "blocked_contexts",
                        "blocked_phrases", "rules", "alternatives", "window", "notes"})
RULE_KEYS = frozenset({"when_any", "event_type", "sub_event_type"})
CONTEXTS_FILE = "_contexts.yaml"
DEFAULT_WINDOW = 10  # words on each side of the trigger in which context words count
MIN_ENTRIES_PER_SUB_EVENT_TYPE = 3
# Attached pronouns (قصفه, اعتقالهم) and the accusative alef (هجوما): the only endings a trigger may carry;
# plurals and feminine forms are listed in the data so that a stem never swallows an unrelated word.
TRIGGER_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "نا", "كم", "ا")
CONTEXT_SUFFIXES = ("ا", "ه", "ها", "هم", "ين", "ون", "ات", "ان", "يه", "يين", "يون", "يا")
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_SENTENCE_END = re.compile(r"[.!?؟](?=\s)|\n")  # not the point inside "1.5"
_WORD = re.compile(r"\S+")
_DATA_DIR = Path(__file__).resolve().parents[1] / "data"


class TriggerLexiconError(MarsadError):
    """The trigger lexicon files are missing or malformed; run `validate_triggers` for the list of problems."""


@dataclass(frozen=True, slots=True)
class SubTypeRule:
    """When one of `when_any` occurs near the trigger, the hit reads as (event_type, sub_event_type)."""

    when_any: frozenset[str]
    event_type: str
    sub_event_type: str


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One curated trigger: its surface forms, what it codes, and the context it needs or must not have."""

    id: str
    event_type: str
    sub_event_types: tuple[str, ...]
    strength: str
    surfaces: tuple[str, ...]
    cues: frozenset[str] = frozenset()
    requires: frozenset[str] = frozenset()
    blocked_contexts: frozenset[str] = frozenset()
    blocked_phrases: frozenset[str] = frozenset()
    rules: tuple[SubTypeRule, ...] = ()
    alternatives: tuple[tuple[str, str], ...] = ()
    window: int = DEFAULT_WINDOW
    notes: str = ""


@dataclass(frozen=True, slots=True)
class TriggerHit:
    """A trigger found in a text: source span, what it may code, and the context that fired around it."""

    start: int
    end: int
    surface: str
    entry_id: str
    event_type: str
    sub_event_types: tuple[str, ...]
    strength: str
    cues: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    blocked_by: tuple[str, ...] = ()
    rules_fired: tuple[str, ...] = ()
    alternatives: tuple[tuple[str, str], ...] = ()

    @property
    def sub_event_type(self) -> str:
        """The preferred sub-event type (first candidate in ACLED precedence order)."""
        return self.sub_event_types[0]

    @property
    def blocked(self) -> bool:
        return bool(self.blocked_by)

    @property
    def supported(self) -> bool:
        """Strong triggers stand alone; weak ones need a support word (actor, victim, weapon, figure) nearby."""
        return self.strength == "strong" or bool(self.support)

    @property
    def active(self) -> bool:
        """Not blocked and, if weak, supported: the hit may start an event."""
        return self.supported and not self.blocked


@dataclass(slots=True)
class _ContextIndex:
    """Context-word hits of one text, by normalised form, with word positions."""

    word_starts: list[int]
    sentence_starts: list[int] = field(default_factory=list)  # first word of each sentence after the first
    hits: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # form -> [(first_word, last_word)]
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # form -> [(norm_start, norm_end)]

    def word_of(self, position: int) -> int:
        return max(bisect_right(self.word_starts, position) - 1, 0)


class TriggerLexicon:
    """The compiled trigger lexicon: entries, ACLED precedence, and the two matchers."""

    def __init__(self, entries: Sequence[TriggerEntry], precedence: Sequence[tuple[str, Sequence[str]]]):
        self.entries = {entry.id: entry for entry in entries}
        self.event_types = tuple(event_type for event_type, _ in precedence)
        self.sub_event_types = {event_type: tuple(subs) for event_type, subs in precedence}
        self.precedence = tuple((event_type, sub) for event_type, subs in precedence for sub in subs)
        self._rank = {pair: index for index, pair in enumerate(self.precedence)}
        self._trigger_matcher: TermMatcher[TriggerEntry] | None = None
        self._context_matcher: TermMatcher[str] | None = None

    @classmethod
    def load(cls, paths: Iterable[Path] | None = None) -> TriggerLexicon:
        """Read and validate the trigger files (default: the packaged ones); raise on any problem."""
        files = sorted(paths) if paths is not None else default_paths()
        problems = validate_triggers(files)
        if problems:
            raise TriggerLexiconError(
                f"{len(problems)} problem(s) in the trigger lexicon, first: {problems[0]} "
                "(fix the YAML; marsad.events.triggers.validate_triggers lists them all)"
            )
        contexts = _read_contexts(files)
        precedence = _declared_precedence(files)
        entries = [
            _build_entry(raw, data["event_type"], data["sub_event_types"], contexts)
            for _, data in _read_trigger_files(files)
            for raw in data["entries"]
        ]
        return cls(entries, precedence)

    @property
    def trigger_matcher(self) -> TermMatcher[TriggerEntry]:
        if self._trigger_matcher is None:
            self._trigger_matcher = TermMatcher(
                ((surface, entry) for entry in self.entries.values() for surface in entry.surfaces),
                suffixes=TRIGGER_SUFFIXES,
                article=True,
            )
        return self._trigger_matcher

    @property
    def context_matcher(self) -> TermMatcher[str]:
        if self._context_matcher is None:
            forms = set()
            for entry in self.entries.values():
                forms |= entry.cues | entry.requires | entry.blocked_contexts | entry.blocked_phrases
                for rule in entry.rules:
                    forms |= rule.when_any
            self._context_matcher = TermMatcher(
                ((form, form) for form in sorted(forms)), suffixes=CONTEXT_SUFFIXES, article=True
            )
        return self._context_matcher

    def precedence_rank(self, event_type: str, sub_event_type: str) -> int:
        """Position of a (type, sub-type) pair in ACLED precedence: lower wins when one incident fits several."""
        return self._rank.get((event_type, sub_event_type), len(self._rank))

    def by_precedence(self, hits: Iterable[TriggerHit]) -> list[TriggerHit]:
        """Hits ordered so that the one that should code a shared incident comes first."""
        return sorted(hits, key=lambda hit: (self.precedence_rank(hit.event_type, hit.sub_event_type), hit.start))

    def find(self, text: str | Normalized) -> list[TriggerHit]:
        """Every trigger in `text` (a sentence or a window around one), blocked ones included."""
        norm = text if isinstance(text, Normalized) else normalize_with_offsets(text)
        # Given the raw text, the matcher can report source surfaces; its own normalisation equals `norm`.
        matches = self.trigger_matcher.find(text)
        if not matches:
            return []
        index = self._context_index(norm)
        hits = []
        for match in matches:
            candidates = [self._hit(match, entry, index) for entry in match.payloads]
            hits.append(next((hit for hit in candidates if hit.active), candidates[0]))
        return hits

    def _context_index(self, norm: Normalized) -> _ContextIndex:
        word_starts = [m.start() for m in _WORD.finditer(norm.text)]
        # the word after each sentence end: one pass over the text, not a search between every two words
        sentence_starts = sorted({bisect_right(word_starts, end.start()) for end in _SENTENCE_END.finditer(norm.text)}
                                 - {0, len(word_starts)})
        index = _ContextIndex(word_starts, sentence_starts)
        hits, spans = index.hits, index.spans
        # `spans` gives the same hits as `find` without building match objects; word_of is inlined (hot loop)
        for _, _, term, _, _, _, norm_start, norm_end in self.context_matcher.spans(norm, overlapping=True):
            last = norm_end - 1 if norm_end - 1 > norm_start else norm_start
            words = (max(bisect_right(word_starts, norm_start) - 1, 0), max(bisect_right(word_starts, last) - 1, 0))
            if term in hits:
                hits[term].append(words)
                spans[term].append((norm_start, norm_end))
            else:
                hits[term] = [words]
                spans[term] = [(norm_start, norm_end)]
        return index

    def _hit(self, match: TermMatch[TriggerEntry], entry: TriggerEntry, index: _ContextIndex) -> TriggerHit:
        first = index.word_of(match.norm_start)
        last = index.word_of(max(match.norm_end - 1, match.norm_start))
        low, high = first - entry.window, last + entry.window
        # context words count only in the trigger's own sentence: "سلاحنا الجوي" in the next one makes no air strike
        position = bisect_right(index.sentence_starts, first)
        if position:
            low = max(low, index.sentence_starts[position - 1])
        if position < len(index.sentence_starts):
            high = min(high, index.sentence_starts[position] - 1)

        def near(forms: frozenset[str], outside_trigger: bool = False) -> tuple[str, ...]:
            # only the few forms that occur in the text can be near: intersect before scanning positions
            present = forms & index.hits.keys()
            if not present:
                return ()
            return tuple(sorted(
                form for form in present
                if any(end >= low and begin <= high and not (outside_trigger and begin >= first and end <= last)
                       for begin, end in index.hits[form])
            ))

        blocked = [
            phrase for phrase in sorted(entry.blocked_phrases & index.spans.keys())
            if any(start < match.norm_end and end > match.norm_start for start, end in index.spans[phrase])
        ]
        blocked += near(entry.blocked_contexts)
        event_type, sub_types, fired = entry.event_type, entry.sub_event_types, []
        chosen: list[str] = []
        for rule in entry.rules:
            if near(rule.when_any) and (not chosen or rule.event_type == event_type):
                if not chosen:
                    event_type = rule.event_type
                if rule.sub_event_type not in chosen:
                    chosen.append(rule.sub_event_type)
                fired.append(rule.sub_event_type)
        if chosen:
            sub_types = tuple(sorted(chosen, key=lambda sub: self.precedence_rank(event_type, sub)))
        alternatives = entry.alternatives
        if event_type != entry.event_type:
            alternatives = ((entry.event_type, entry.sub_event_types[0]),) + tuple(
                alt for alt in alternatives if alt[0] != event_type
            )
        return TriggerHit(
            start=match.start,
            end=match.end,
            surface=match.surface,
            entry_id=entry.id,
            event_type=event_type,
            sub_event_types=sub_types,
            strength=entry.strength,
            cues=near(entry.cues),
            # a weak trigger's own words are not the support it waits for (مسيرة is in @weapons, طائرات مسيرة too)
            support=near(entry.requires, outside_trigger=True),
            blocked_by=tuple(dict.fromkeys(blocked)),
            rules_fired=tuple(fired),
            alternatives=alternatives,
        )


@lru_cache(maxsize=1)
def default_lexicon() -> TriggerLexicon:
    """The packaged lexicon, loaded and compiled once per process."""
    return TriggerLexicon.load()


def find_triggers(text_or_normalized: str | Normalized, lexicon: TriggerLexicon | None = None) -> list[TriggerHit]:
    """Triggers in a sentence (raw, or normalised with offsets); spans are offsets into the source text."""
    return (lexicon or default_lexicon()).find(text_or_normalized)


def default_paths() -> list[Path]:
    """The packaged trigger files (``*.yaml`` in marsad/data/triggers, the shared contexts file included)."""
    return sorted((_DATA_DIR / "triggers").glob("*.yaml"))


def taxonomy_path() -> Path | None:
    """``marsad/data/taxonomy.yaml`` when another module ships it, else None (the trigger files then hold it)."""
    path = _DATA_DIR / "taxonomy.yaml"
    return path if path.is_file() else None


# --- reading -------------------------------------------------------------------------------------------------


def _read_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return load_yaml(handle)


def _read_trigger_files(paths: Iterable[Path]) -> list[tuple[Path, dict[str, Any]]]:
    return [(path, _read_yaml(path)) for path in paths if path.name != CONTEXTS_FILE]


def _read_contexts(paths: Iterable[Path]) -> dict[str, list[str]]:
    for path in paths:
        if path.name == CONTEXTS_FILE:
            data = _read_yaml(path) or {}
            return {name: list(forms) for name, forms in (data.get("sets") or {}).items()}
    return {}


def _declared_precedence(paths: Iterable[Path]) -> list[tuple[str, list[str]]]:
    """Event types by the files' rank; sub-types in the shared taxonomy's order when it ships, else the files'."""
    files = sorted(_read_trigger_files(paths), key=lambda item: item[1]["rank"])
    reference = taxonomy_path()
    shared: dict[str, tuple[str, ...]] = {}
    if reference is not None:
        from marsad.events.taxonomy import load_taxonomy

        shared = load_taxonomy(reference).sub_event_types
    return [(data["event_type"], list(shared.get(data["event_type"], data["sub_event_types"]))) for _, data in files]


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _expand(forms: Iterable[str], contexts: dict[str, list[str]]) -> frozenset[str]:
    """Normalised context forms, with "@set" references replaced by the set's forms."""
    out = set()
    for form in forms:
        if form.startswith("@"):
            out |= {normalize(item).strip() for item in contexts.get(form[1:], ())}
        else:
            out.add(normalize(form).strip())
    return frozenset(form for form in out if form)


def _build_entry(raw: dict[str, Any], event_type: str, declared: list[str],
                 contexts: dict[str, list[str]]) -> TriggerEntry:
    subs = tuple(_as_list(raw["sub_event_type"]))  # the author's order: the first is the default reading
    rules = tuple(
        SubTypeRule(_expand(_as_list(rule["when_any"]), contexts), rule.get("event_type", event_type),
                    rule["sub_event_type"])
        for rule in raw.get("rules") or ()
    )
    return TriggerEntry(
        id=raw["id"],
        event_type=event_type,
        sub_event_types=subs,
        strength=raw["strength"],
        surfaces=tuple(_as_list(raw["surface"])),
        cues=_expand(_as_list(raw.get("cues")), contexts),
        requires=_expand(_as_list(raw.get("requires")), contexts),
        blocked_contexts=_expand(_as_list(raw.get("blocked_contexts")), contexts),
        blocked_phrases=_expand(_as_list(raw.get("blocked_phrases")), contexts),
        rules=rules,
        alternatives=tuple((alt["event_type"], alt["sub_event_type"]) for alt in raw.get("alternatives") or ()),
        window=int(raw.get("window", DEFAULT_WINDOW)),
        notes=str(raw.get("notes", "")),
    )


# --- validation ----------------------------------------------------------------------------------------------


def validate_triggers(paths: Iterable[Path] | None = None) -> list[str]:
    """Every problem in the trigger files, one readable line each (empty when the lexicon is sound)."""
    files = sorted(paths) if paths is not None else default_paths()
    problems: list[str] = []
    contexts: dict[str, list[str]] = {}
    parsed: list[tuple[Path, dict[str, Any]]] = []
    for path in files:
        try:
            data = _read_yaml(path)
        except (OSError, yaml.YAMLError) as error:
            problems.append(f"{path.name}: cannot be read: {error}")
            continue
        if path.name == CONTEXTS_FILE:
            sets = (data or {}).get("sets")
            if not isinstance(sets, dict):
                problems.append(f"{path.name}: needs a `sets:` mapping of name → list of forms")
                continue
            for name, forms in sets.items():
                if not isinstance(forms, list) or not all(isinstance(f, str) and normalize(f).strip() for f in forms):
                    problems.append(f"{path.name}: set {name!r} must be a list of non-empty Arabic forms")
            contexts = {name: list(forms or ()) for name, forms in sets.items()}
            continue
        if not isinstance(data, dict):
            problems.append(f"{path.name}: expected a mapping with event_type, rank, sub_event_types, entries")
            continue
        unknown = set(data) - FILE_KEYS
        missing = FILE_KEYS - set(data)
        if unknown or missing:
            problems.append(f"{path.name}: unknown keys {sorted(unknown)} / missing keys {sorted(missing)}")
            continue
        parsed.append((path, data))

    declared = {data["event_type"]: list(data["sub_event_types"] or ()) for _, data in parsed}
    problems += _check_taxonomy(parsed)
    surfaces: dict[str, list[tuple[str, bool]]] = {}
    ids: set[str] = set()
    coverage: dict[tuple[str, str], int] = {(et, sub): 0 for et, subs in declared.items() for sub in subs}
    for path, data in parsed:
        event_type = data["event_type"]
        for position, raw in enumerate(data["entries"] or ()):
            where = f"{path.name}: entry {position} ({raw.get('id', '?') if isinstance(raw, dict) else '?'})"
            entry_problems = _check_entry(raw, event_type, declared, contexts, where)
            problems += entry_problems
            if entry_problems:
                continue
            if raw["id"] in ids:
                problems.append(f"{where}: duplicate id {raw['id']!r}")
            ids.add(raw["id"])
            for sub in _as_list(raw["sub_event_type"]):
                coverage[(event_type, sub)] += 1
            has_rule = bool(raw.get("requires"))
            for surface in _as_list(raw["surface"]):
                surfaces.setdefault(normalize(surface).strip(), []).append((raw["id"], has_rule))
    for surface, owners in sorted(surfaces.items()):
        owner_ids = sorted({owner for owner, _ in owners})
        if len(owners) > 1 and len(owner_ids) == 1:
            problems.append(f"surface {surface!r} is listed twice in {owner_ids[0]}")
        elif len(owner_ids) > 1 and not all(has_rule for _, has_rule in owners):
            problems.append(f"surface {surface!r} belongs to {owner_ids} without a `requires` rule on each to choose")
    for (event_type, sub), count in sorted(coverage.items()):
        if count < MIN_ENTRIES_PER_SUB_EVENT_TYPE:
            problems.append(f"{event_type} / {sub}: only {count} entries, need {MIN_ENTRIES_PER_SUB_EVENT_TYPE}")
    return problems


def _check_taxonomy(parsed: list[tuple[Path, dict[str, Any]]]) -> list[str]:
    problems = []
    ranks = [data["rank"] for _, data in parsed]
    if len(set(ranks)) != len(ranks) or not all(isinstance(rank, int) for rank in ranks):
        problems.append(f"file ranks must be distinct integers, got {ranks}")
    event_types = [data["event_type"] for _, data in parsed]
    if len(set(event_types)) != len(event_types):
        problems.append(f"an event type has more than one file: {event_types}")
    reference = taxonomy_path()
    if reference is not None:
        problems += _compare_with_taxonomy(reference, {data["event_type"]: data["sub_event_types"] for _, data in parsed})
    return problems


def _compare_with_taxonomy(path: Path, declared: dict[str, list[str]]) -> list[str]:
    """Check the trigger files' precedence lists against a shipped taxonomy.yaml, if it has a readable shape."""
    data = _read_yaml(path)
    reference: dict[str, list[str]] = {}
    event_types = data.get("event_types") if isinstance(data, dict) else None
    if isinstance(event_types, list):
        for item in event_types:
            if isinstance(item, dict) and "name" in item:
                subs = item.get("sub_event_types") or []
                reference[item["name"]] = [sub["name"] if isinstance(sub, dict) else sub for sub in subs]
    elif isinstance(event_types, dict):
        reference = {name: list(subs or ()) for name, subs in event_types.items()}
    if not reference:
        return []
    problems = []
    for event_type, subs in reference.items():
        if declared.get(event_type) != subs:
            problems.append(f"{event_type}: sub_event_types {declared.get(event_type)} differ from {path.name} {subs}")
    return problems


def _check_entry(raw: Any, event_type: str, declared: dict[str, list[str]], contexts: dict[str, list[str]],
                 where: str) -> list[str]:
    if not isinstance(raw, dict):
        return [f"{where}: an entry must be a mapping"]
    problems = []
    unknown = set(raw) - ENTRY_KEYS
    if unknown:
        problems.append(f"{where}: unknown keys {sorted(unknown)} (see SCHEMA.md)")
    for key in ("id", "surface", "sub_event_type", "strength"):
        if key not in raw:
            problems.append(f"{where}: missing `{key}`")
    if problems:
        return problems
    if not isinstance(raw["id"], str) or not _ID.match(raw["id"]):
        problems.append(f"{where}: id must be lower-case words joined by '-'")
    surfaces = _as_list(raw["surface"])
    if not surfaces:
        problems.append(f"{where}: no surface forms")
    for surface in surfaces:
        if not isinstance(surface, str) or not normalize(surface).strip():
            problems.append(f"{where}: surface {surface!r} normalises to nothing")
    for sub in _as_list(raw["sub_event_type"]):
        if sub not in declared.get(event_type, ()):
            problems.append(f"{where}: sub_event_type {sub!r} is not one of {event_type}'s")
    if raw["strength"] not in STRENGTHS:
        problems.append(f"{where}: strength must be strong or weak")
    if raw["strength"] == "weak" and not raw.get("requires"):
        problems.append(f"{where}: a weak trigger needs `requires` (the support it waits for)")
    for key in ("cues", "requires", "blocked_contexts", "blocked_phrases"):
        for form in _as_list(raw.get(key)):
            problems += _check_form(form, contexts, f"{where}: {key}")
    normalized_surfaces = [normalize(s).strip() for s in surfaces if isinstance(s, str)]
    for phrase in _as_list(raw.get("blocked_phrases")):
        if isinstance(phrase, str) and not any(s in normalize(phrase) for s in normalized_surfaces):
            problems.append(f"{where}: blocked phrase {phrase!r} contains none of the entry's surfaces")
    for rule in _as_list(raw.get("rules")):
        if not isinstance(rule, dict) or set(rule) - RULE_KEYS or "when_any" not in rule or "sub_event_type" not in rule:
            problems.append(f"{where}: a rule needs when_any and sub_event_type (and optionally event_type)")
            continue
        rule_type = rule.get("event_type", event_type)
        if rule["sub_event_type"] not in declared.get(rule_type, ()):
            problems.append(f"{where}: rule → {rule_type} / {rule['sub_event_type']} is not in the taxonomy")
        for form in _as_list(rule["when_any"]):
            problems += _check_form(form, contexts, f"{where}: rule")
    for alt in _as_list(raw.get("alternatives")):
        if not isinstance(alt, dict) or alt.get("sub_event_type") not in declared.get(alt.get("event_type"), ()):
            problems.append(f"{where}: alternative {alt!r} is not an (event_type, sub_event_type) of the taxonomy")
    window = raw.get("window", DEFAULT_WINDOW)
    if not isinstance(window, int) or window < 0:
        problems.append(f"{where}: window must be a non-negative number of words")
    return problems


def _check_form(form: Any, contexts: dict[str, list[str]], where: str) -> list[str]:
    if not isinstance(form, str) or not form.strip():
        return [f"{where}: {form!r} is not a word or phrase"]
    if form.startswith("@"):
        return [] if form[1:] in contexts else [f"{where}: unknown context set {form!r} (define it in {CONTEXTS_FILE})"]
    return [] if normalize(form).strip() else [f"{where}: {form!r} normalises to nothing"]
