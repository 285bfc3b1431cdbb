"""Actor lexicon and resolver: find who did what to whom in Arabic news, named ACLED style.

The curated lexicon lives in ``marsad/data/actors/*.yaml`` (format: ``SCHEMA.md`` beside it). `Lexicon.load`
reads it into `Actor` records plus generic references (``الجيش``, ``مدنيين``, ``مسلحون مجهولون``, ``التنظيم``)
that only get a name from context: the article's country, its date, or a group named nearby.
`ActorResolver` compiles every Arabic surface form into one clitic-aware `TermMatcher` and turns hits into
`ActorMention`s, applying the per-form ambiguity rules kept in the data (``requires_context``,
``blocked_after``, ``countries``...).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from marsad.errors import MarsadError, UsageError
from marsad.lang.ar.normalize import Normalized, normalize, normalize_with_offsets
from marsad.text._records import fast_init
from marsad.text.matcher import MatchSpan, TermMatcher

KIND_INTER = {
    "state": 1, "rebel": 2, "militia": 3, "identity_militia": 4, "rioters": 5,
    "protesters": 6, "civilians": 7, "external": 8, "un": 8,
}
FORM_FIELDS = {"names_ar": "name", "abbreviations": "abbreviation", "descriptive_ar": "descriptive",
               "members_ar": "name"}
RULE_KEYS = frozenset({"form", "countries", "requires_context", "blocked_contexts", "requires_before",
                       "requires_after", "blocked_before", "blocked_after", "confidence"})
ACTOR_KEYS = frozenset({"id", "name_en", "inter", "kind", "country", "force", "era", "eras", "parent",
                        "branches", "aliases_en", *FORM_FIELDS})
RESOLVE_KINDS = frozenset({"country_force", "template", "antecedent"})
BASE_CONFIDENCE = {"name": 0.95, "abbreviation": 0.9, "descriptive": 0.7, "generic": 0.8}
CONTEXT_WINDOW = 150
ANTECEDENT_WINDOW = 3000
NEARBY_WINDOW = 200
ABSORB_GAP = 12
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_PROCLITIC_STRIP = re.compile(r"^(?:[وف]?[بلك]?)(?=\w\w)")
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"


class ActorLexiconError(MarsadError):
    """The actor lexicon files are missing or malformed; run `validate_lexicon` for the list of problems."""


@dataclass(frozen=True, slots=True)
class Era:
    """Period an actor name applies to: [start, end), either side open when None."""

    start: Date | None = None
    end: Date | None = None

    def contains(self, day: Date) -> bool:
        """True when `day` falls in the era (start inclusive, end exclusive)."""
        return (self.start is None or day >= self.start) and (self.end is None or day < self.end)

    def overlaps(self, other: Era) -> bool:
        """True when the two eras share at least one day."""
        lo = max(self.start or Date.min, other.start or Date.min)
        hi = min(self.end or Date.max, other.end or Date.max)
        return lo < hi

    @property
    def label(self) -> str:
        return f"{self.start.year if self.start else ''}-{self.end.year if self.end else ''}"


@dataclass(frozen=True, slots=True)
class Actor:
    """One canonical actor (ACLED style name, inter code, kind, home country, era)."""

    id: str
    name_en: str
    inter: int
    kind: str
    country: str | None = None
    era: Era | None = None
    force: str | None = None
    parent: str | None = None
    aliases_en: tuple[str, ...] = ()
    # (country, ids): the affiliate a bare name of this umbrella group means in that country, by era
    branches: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def branch_ids(self, country: str | None) -> tuple[str, ...]:
        """Ids of this group's affiliates in `country` ("الدولة الإسلامية" in Niger is its Sahel province)."""
        return next((ids for name, ids in self.branches if name == country), ())

    def inter_in(self, country: str | None) -> int:
        """Inter code of this actor in an event in `country`: state forces abroad count as external (8)."""
        if self.kind == "state" and country and self.country and country != self.country:
            return 8
        return self.inter


@dataclass(frozen=True, slots=True)
class FormRule:
    """How one surface form may be read: the context it needs or must not have."""

    countries: frozenset[str] = frozenset()
    requires_context: tuple[str, ...] = ()
    blocked_contexts: tuple[str, ...] = ()
    requires_before: tuple[str, ...] = ()
    requires_after: tuple[str, ...] = ()
    blocked_before: tuple[str, ...] = ()
    blocked_after: tuple[str, ...] = ()
    confidence: float | None = None

    @property
    def is_contextual(self) -> bool:
        return bool(self.requires_context or self.requires_before or self.requires_after)


@dataclass(frozen=True, slots=True)
class Reference:
    """A generic reference whose actor comes from context (country force, victim template, antecedent)."""

    resolve: str
    forces: tuple[str, ...] = ()
    template: str | None = None
    role: str | None = None
    kinds: tuple[str, ...] = ()
    fallback: str | None = None
    nearby: bool = False


@dataclass(frozen=True, slots=True)
class Surface:
    """Payload of one compiled term: what it names (an actor or a reference), how, and under which rule."""

    via: str
    rule: FormRule
    actor_id: str | None = None
    reference: Reference | None = None
    country: str | None = None  # for country names read as states


@fast_init
@dataclass(frozen=True, slots=True)
class ActorMention:
    """A resolved actor mention: source span, the actor, how it was recognised, and how sure we are."""

    start: int
    end: int
    surface: str
    actor: Actor
    via: str
    confidence: float
    role: str | None = None


@dataclass
class Lexicon:
    """All actors, the generic references and templates, and the surface forms that name them."""

    actors: dict[str, Actor]
    forms: list[tuple[str, Surface]]
    templates: dict[str, dict[str, Any]] = field(default_factory=dict)
    countries: dict[str, list[str]] = field(default_factory=dict)
    curated_count: int = 0
    regions: dict[str, str] = field(default_factory=dict)
    _forces: dict[tuple[str | None, str], list[Actor]] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, paths: Sequence[Path] | None = None) -> Lexicon:
        """Read the lexicon files (default: the packaged ones); raise ActorLexiconError when they are invalid."""
        paths = list(paths) if paths is not None else default_paths()
        problems, documents = _read(paths)
        problems += _check(documents)
        if problems:
            raise ActorLexiconError(
                f"actor lexicon has {len(problems)} problem(s), first: {problems[0]}; fix the YAML and rerun"
            )
        return _build(documents)

    def by_region(self) -> dict[str, int]:
        """Number of curated actors per region file."""
        return dict(Counter(self.regions.values()))

    def find(self, *, country: str | None, forces: Iterable[str], day: Date | None) -> Actor | None:
        """The state actor of `country` for the first of `forces` that exists, in the era of `day`."""
        if not self._forces:
            for actor in self.actors.values():
                if actor.kind == "state" and actor.force and actor.parent is None:
                    self._forces.setdefault((actor.country, actor.force), []).append(actor)
        for force in forces:
            found = self._forces.get((country, force))
            if found:
                return _pick_era(found, day)[0]
        return None

    def template_actor(self, template: str, country: str) -> Actor | None:
        """The generated actor of a template (civilians, protesters, unidentified...) for a country."""
        return self.actors.get(f"{template}-{_slug(country)}")


def default_paths() -> list[Path]:
    """The packaged lexicon files, sorted by name."""
    return sorted(DATA_DIR.glob("*.yaml"))


def validate_lexicon(paths: Sequence[Path] | None = None) -> list[str]:
    """Every problem found in the lexicon files (empty when they are valid)."""
    problems, documents = _read(list(paths) if paths is not None else default_paths())
    return problems + _check(documents)


def _read(paths: Sequence[Path]) -> tuple[list[str], list[tuple[str, dict]]]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    problems, documents = [], []
    if not paths:
        problems.append("no lexicon files given")
    for path in paths:
        try:
            data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=loader)
        except (OSError, yaml.YAMLError) as error:
            problems.append(f"{path}: cannot read ({error.__class__.__name__}: {error})")
            continue
        if not isinstance(data, dict):
            problems.append(f"{path}: top level must be a mapping")
            continue
        documents.append((Path(path).stem, data))
    return problems, documents


def _to_date(value: Any) -> Date | None:
    if value is None:
        return None
    if isinstance(value, Date):
        return value
    if isinstance(value, int):
        return Date(value, 1, 1)  # a bare year is its 1 January, on either side
    return Date.fromisoformat(str(value))


def _era(spec: dict | None) -> Era | None:
    if not spec:
        return None
    return Era(_to_date(spec.get("from")), _to_date(spec.get("to")))


def _expand_eras(entry: dict) -> list[dict]:
    """An entry with `eras:` stands for one actor per era, named by replacing {era} in name_en."""
    if "eras" not in entry:
        return [entry]
    expanded = []
    for spec in entry["eras"]:
        era = _era(spec)
        item = {k: v for k, v in entry.items() if k != "eras"}
        item.update(id=f"{entry['id']}-{era.label.strip('-') or 'all'}".rstrip("-"),
                    name_en=entry["name_en"].replace("{era}", era.label), era=spec)
        expanded.append(item)
    return expanded


def _rule(spec: dict) -> FormRule:
    phrases = {key: tuple(normalize(p) for p in spec.get(key, ())) for key in RULE_KEYS - {"form", "confidence"}}
    return FormRule(**{**phrases, "countries": frozenset(spec.get("countries", ()))},
                    confidence=spec.get("confidence"))


def _form_items(entry: dict) -> Iterable[tuple[str, str, dict, bool]]:
    """(form, via, rule spec, is_member_form) for every Arabic surface form of an actor entry."""
    for key, via in FORM_FIELDS.items():
        for item in entry.get(key) or ():
            spec = item if isinstance(item, dict) else {"form": item}
            yield spec.get("form", ""), via, spec, key == "members_ar"


def member_variants(form: str) -> list[str]:
    """A member noun with the article, dual and sound plurals, and the counted singular after a number (عشرين
    مستوطناً): حوثي → حوثي حوثيين حوثيون حوثيان حوثيا الحوثي الحوثيين..."""
    base = normalize(form).strip()
    stems = [base + s for s in ("", "ين", "ون", "ان")]
    return stems + [base + "ا"] + ["ال" + s for s in stems]


def _check(documents: list[tuple[str, dict]]) -> list[str]:
    problems: list[str] = []
    ids: dict[str, str] = {}
    names: dict[str, str] = {}
    seen_forms: dict[str, list[tuple[str, FormRule, Era | None]]] = {}
    entries = []
    templates = {}
    for region, data in documents:
        templates.update({t.get("id"): t for t in data.get("templates") or ()})
        for raw in data.get("actors") or ():
            if not isinstance(raw, dict) or "id" not in raw:
                problems.append(f"{region}: actor without id: {raw!r:.80}")
                continue
            entries += [(region, e) for e in _expand_eras(raw)]
    for region, entry in entries:
        where = f"{region}:{entry['id']}"
        unknown = set(entry) - ACTOR_KEYS
        if unknown:
            problems.append(f"{where}: unknown field(s) {sorted(unknown)}")
        if not _ID.match(entry["id"]):
            problems.append(f"{where}: id must be lower-case words joined by '-'")
        if entry["id"] in ids:
            problems.append(f"{where}: id also used in {ids[entry['id']]}")
        ids[entry["id"]] = region
        name = entry.get("name_en")
        if not name or "{" in name:
            problems.append(f"{where}: name_en missing or has an unexpanded placeholder")
        elif name in names:
            problems.append(f"{where}: name_en {name!r} also used by {names[name]}")
        else:
            names[name] = entry["id"]
        kind = entry.get("kind")
        if kind not in KIND_INTER:
            problems.append(f"{where}: kind {kind!r} is not one of {sorted(KIND_INTER)}")
        inter = entry.get("inter", KIND_INTER.get(kind))
        if inter not in range(1, 9):
            problems.append(f"{where}: inter {inter!r} must be an ACLED code 1-8")
        elif kind in KIND_INTER and inter != KIND_INTER[kind]:
            problems.append(f"{where}: inter {inter} does not fit kind {kind} (expected {KIND_INTER[kind]})")
        try:
            era = _era(entry.get("era"))
        except (TypeError, ValueError) as error:
            problems.append(f"{where}: bad era {entry.get('era')!r} ({error})")
            era = None
        if era and era.start and era.end and era.start >= era.end:
            problems.append(f"{where}: era ends before it starts")
        forms = list(_form_items(entry))
        if not forms:
            problems.append(f"{where}: no Arabic surface form")
        for form, _via, spec, member in forms:
            extra = set(spec) - RULE_KEYS
            if extra or not normalize(form).strip():
                problems.append(f"{where}: bad form {spec!r} (empty or unknown keys {sorted(extra)})")
                continue
            keys = member_variants(form) if member else [normalize(form).strip()]
            for key in keys:
                seen_forms.setdefault(key, []).append((entry["id"], _rule(spec), era))
    for region, entry in entries:
        if entry.get("parent") and entry["parent"] not in ids:
            problems.append(f"{region}:{entry['id']}: parent {entry['parent']!r} is not an actor id")
    countries = {c.get("name") for _, data in documents for c in data.get("countries") or () if isinstance(c, dict)}
    problems += _branch_problems(entries, ids, countries)
    for key, users in seen_forms.items():
        for i, (a, rule_a, era_a) in enumerate(users):
            for b, rule_b, era_b in users[i + 1:]:
                if a == b or rule_a.is_contextual or rule_b.is_contextual:
                    continue
                if era_a and era_b and not era_a.overlaps(era_b):
                    continue
                if rule_a.countries and rule_b.countries and not rule_a.countries & rule_b.countries:
                    continue
                problems.append(f"form {key!r} names both {a} and {b} with no era, country or context rule")
    for region, data in documents:
        for ref in data.get("references") or ():
            resolve = ref.get("resolve")
            if resolve not in RESOLVE_KINDS or not ref.get("forms"):
                problems.append(f"{region}: reference {ref!r:.80} needs forms and resolve in {sorted(RESOLVE_KINDS)}")
            for name in (ref.get("template"), ref.get("fallback")):
                if name and name not in templates:
                    problems.append(f"{region}: reference uses unknown template {name!r}")
            for form in ref.get("forms") or ():
                key = normalize(form).strip()
                # a country- or context-bound name may override a reference; an unconditional one hides it
                hiding = [a for a, rule, _ in seen_forms.get(key, ()) if not rule.countries and not rule.is_contextual]
                if hiding:
                    problems.append(f"{region}: reference form {key!r} is also an unconditional name of {hiding[0]}")
    return problems


def _branches(entry: dict) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """An entry's `branches` as (country, ids) pairs; a single id may be written without a list."""
    return tuple((country, (ids,) if isinstance(ids, str) else tuple(ids))
                 for country, ids in (entry.get("branches") or {}).items())


def _branch_problems(entries: list[tuple[str, dict]], ids: dict[str, str], countries: set[str]) -> list[str]:
    """A branch must be a known affiliate (its `parent` is the entry) of a known country."""
    problems = []
    parents = {entry["id"]: entry.get("parent") for _, entry in entries}
    for region, entry in entries:
        branches = entry.get("branches")
        if branches is None:
            continue
        where = f"{region}:{entry['id']}"
        if not isinstance(branches, dict):
            problems.append(f"{where}: branches must map a country to an actor id or a list of ids")
            continue
        for country, branch_ids in _branches(entry):
            if country not in countries:
                problems.append(f"{where}: branch country {country!r} is not in generic.yaml countries")
            for branch_id in branch_ids:
                if branch_id not in ids:
                    problems.append(f"{where}: branch {branch_id!r} is not an actor id")
                elif parents.get(branch_id) != entry["id"]:
                    problems.append(f"{where}: branch {branch_id!r} must have parent {entry['id']!r}")
    return problems


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _build(documents: list[tuple[str, dict]]) -> Lexicon:
    actors: dict[str, Actor] = {}
    regions: dict[str, str] = {}
    forms: list[tuple[str, Surface]] = []
    templates: dict[str, dict] = {}
    countries: dict[str, list[str]] = {}
    for region, data in documents:
        templates.update({t["id"]: t for t in data.get("templates") or ()})
        for country in data.get("countries") or ():
            countries[country["name"]] = list(country.get("names_ar") or ())
        for raw in data.get("actors") or ():
            for entry in _expand_eras(raw):
                kind = entry["kind"]
                actors[entry["id"]] = Actor(
                    entry["id"], entry["name_en"], entry.get("inter", KIND_INTER[kind]), kind,
                    entry.get("country"), _era(entry.get("era")), entry.get("force"), entry.get("parent"),
                    tuple(entry.get("aliases_en") or ()), _branches(entry))
                regions[entry["id"]] = region
                for form, via, spec, member in _form_items(entry):
                    surface = Surface(via, _rule(spec), actor_id=entry["id"])
                    forms += [(key, surface) for key in (member_variants(form) if member else [form])]
    curated = len(actors)
    for template in templates.values():
        for country in countries:
            actor_id = f"{template['id']}-{_slug(country)}"
            actors[actor_id] = Actor(actor_id, template["name_en"].format(country=country),
                                     KIND_INTER[template["kind"]], template["kind"], country)
    for region, data in documents:
        for ref in data.get("references") or ():
            reference = Reference(ref["resolve"], tuple(ref.get("forces") or ()), ref.get("template"),
                                  ref.get("role"), tuple(ref.get("kinds") or ()), ref.get("fallback"),
                                  bool(ref.get("nearby")))
            rule = _rule(ref)
            for form in ref["forms"]:
                surface = Surface(ref.get("via", "generic" if reference.resolve == "template" else "descriptive"),
                                  rule, reference=reference)
                forms += [(key, surface) for key in (member_variants(form) if ref.get("members") else [form])]
    # a country in a list of countries ("سوريا والعراق") is a place, not a state acting
    all_names = [normalize(f) for names_ar in countries.values() for f in names_ar]
    state_rule = FormRule(blocked_before=tuple(normalize(w) for w in _STATE_BLOCKED_BEFORE) + tuple(all_names),
                          blocked_after=tuple("و" + n for n in all_names), confidence=0.4)
    for name, names_ar in countries.items():
        forms += [(form, Surface("descriptive", state_rule, country=name)) for form in names_ar]
    return Lexicon(actors, forms, templates, countries, curated, regions)


# A country name after these words is a place ("fled to Turkey"), not a state acting.
_STATE_BLOCKED_BEFORE = ("من", "الى", "إلى", "في", "نحو", "عبر", "داخل", "خارج", "حدود", "مع", "باتجاه",
                         "شمال", "جنوب", "شرق", "غرب", "وسط", "اراضي", "أراضي", "سفير", "سفارة", "زار", "زيارة",
                         "المثال", "مثل", "دول", "بلدان", "كل من", "منها", "بينها", "خاصة", "سيما")


# A country name after these words is a partner or a destination of the article's country, not the article's country.
_PARTNER_BEFORE = frozenset(normalize(w) for w in ("مع", "سفير", "سفارة", "زار", "زيارة", "الى", "إلى", "نحو"))


def _as_date(value: Date | str | None) -> Date | None:
    if value is None or isinstance(value, Date):
        return value
    try:
        return Date.fromisoformat(value[:10])
    except ValueError:
        # a month or year alone ("2022-01", "2022") still picks an era: take its first day
        parts = [int(p) for p in value.split("-") if p.isdigit()]
        if not parts:
            raise UsageError(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD; pass an ISO date") from None
        return Date(parts[0], parts[1] if len(parts) > 1 else 1, 1)


def _pick_era(actors: list[Actor], day: Date | None) -> list[Actor]:
    """Actors whose era contains `day`; without a day (or a fit) the latest era first."""
    if day is not None:
        fitting = [a for a in actors if a.era is None or a.era.contains(day)]
        if fitting:
            return fitting
    return sorted(actors, key=lambda a: (a.era.start if a.era and a.era.start else Date.min), reverse=True)


class ActorScan(NamedTuple):
    """What `ActorResolver.scan` found in one text, for any number of `resolve` calls on that same text."""

    text: str
    norm: Normalized
    spans: tuple[MatchSpan[Surface], ...]


class ActorResolver:
    """Resolve actor mentions in Arabic text against a `Lexicon` (compiled once, reused for every article)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._matcher: TermMatcher[Surface] = TermMatcher(lexicon.forms)
        # one prepared test per distinct rule object (country names share one rule)
        self._tests: dict[int, _RuleTest] = {}
        for _, surface in lexicon.forms:
            if id(surface.rule) not in self._tests:
                self._tests[id(surface.rule)] = _RuleTest.of(surface.rule)

    def scan(self, text: str, *, normalized: Normalized | None = None) -> ActorScan:
        """The lexicon forms found in `text`, before any reading: what `resolve` does first.

        A caller that resolves one article more than once (without, then with its country and date) scans once
        and hands the scan to each `resolve` call.
        """
        norm = normalized if normalized is not None else normalize_with_offsets(text)
        return ActorScan(text, norm, tuple(self._matcher.spans(norm, overlapping=True)))

    def resolve(self, text: str, *, country: str | None = None, date: Date | str | None = None,
                normalized: Normalized | None = None, scan: ActorScan | None = None) -> list[ActorMention]:
        """Actor mentions in `text`, in order; `country` and `date` resolve generic and era-bound names.

        Pass `normalized` (``normalize_with_offsets(text)``) when the caller already has it, to skip that step,
        and `scan` (``self.scan(text)``) to reuse the forms an earlier resolution of the same text found.
        """
        day = _as_date(date)
        if scan is None:
            norm = normalized if normalized is not None else normalize_with_offsets(text)
            spans = self._matcher.spans(norm, overlapping=True)
        elif scan.text is not text and scan.text != text:
            raise ValueError("`scan` was not made from `text`: pass resolver.scan(text)")
        else:
            norm, spans = scan.norm, scan.spans
        candidates = []
        named_countries: dict[str, int] = {}
        tests = self._tests
        for hit in spans:
            surroundings = None
            surfaces = []
            for surface in hit.payloads:
                if surface.country and country is None:  # the count only stands in for a missing country
                    surroundings = surroundings or _Surroundings.of(norm.text, hit)
                    # "في العراق" tells where the article is; "اتفاقيات مع إسرائيل", "سفير تركيا" only name a partner
                    if not surroundings.before & _PARTNER_BEFORE:
                        named_countries[surface.country] = named_countries.get(surface.country, 0) + 1
                test = tests.get(id(surface.rule))
                if test is None:  # a surface added to the lexicon after the resolver was built
                    test = tests[id(surface.rule)] = _RuleTest.of(surface.rule)
                if test.countries and country is not None and country not in test.countries:
                    continue
                if not test.free:
                    surroundings = surroundings or _Surroundings.of(norm.text, hit)
                    if not test.allows(surroundings):
                        continue
                surfaces.append(surface)
            if surfaces:
                candidates.append((hit, surfaces))
        if country is None:
            # the most named country stands in for the article's; country-bound forms need one
            country = max(named_countries, key=named_countries.get) if named_countries else None
            candidates = [(h, [s for s in ss if not s.rule.countries or country in s.rule.countries])
                          for h, ss in candidates]
            candidates = [(h, ss) for h, ss in candidates if ss]
        chosen = _leftmost_longest(candidates)
        mentions: list[tuple[int, ActorMention]] = []
        pending = []
        for hit, surfaces in chosen:
            mention = self._named(hit, surfaces, text, country, day)
            if mention is not None:
                mentions.append((hit.norm_start, mention))
            else:
                pending.append((hit, surfaces))
        for hit, surfaces in pending:
            mention = self._referenced(hit, surfaces, text, norm, country, day, mentions)
            if mention is not None:
                mentions.append((hit.norm_start, mention))
                mentions.sort(key=lambda m: m[0])
        ordered = [m for _, m in sorted(mentions, key=lambda m: m[0])]
        return [m for i, m in enumerate(ordered) if not _absorbed(m, ordered[i + 1:i + 2])]

    def _mention(self, hit, text, actor, via, rule, role=None, scale=1.0) -> ActorMention:
        confidence = rule.confidence if rule.confidence is not None else BASE_CONFIDENCE[via]
        return ActorMention(hit.start, hit.end, text[hit.start:hit.end], actor, via, round(confidence * scale, 3),
                            role)

    def _named(self, hit, surfaces, text, country, day) -> ActorMention | None:
        named = [s for s in surfaces if s.actor_id]
        if not named:
            return None
        # a reading whose context rule was met beats one that merely was not excluded
        named = [s for s in named if s.rule.is_contextual] or named
        actors = _pick_era([self.lexicon.actors[s.actor_id] for s in named], day)
        home = [a for a in actors if country and a.country == country]
        actor = (home or actors)[0]
        surface = next(s for s in named if s.actor_id == actor.id)
        scale = 1.0 if len({a.id for a in actors}) == 1 else 0.85
        branch_ids = actor.branch_ids(country)
        if branch_ids:
            actor = _pick_era([self.lexicon.actors[i] for i in branch_ids], day)[0]
        return self._mention(hit, text, actor, surface.via, surface.rule, scale=scale)

    def _referenced(self, hit, surfaces, text, norm: Normalized, country, day, mentions) -> ActorMention | None:
        for surface in surfaces:
            if surface.country:
                # "لتركيا", "بالعراق": a preposition on the name makes it a place or a relation, not an actor
                if surface.country == country or set(hit.prefix) & set("بلك"):
                    continue
                actor = self.lexicon.find(country=surface.country, forces=("military",), day=day)
                if actor:
                    return self._mention(hit, text, actor, "descriptive", surface.rule)
                continue
            ref = surface.reference
            if ref.resolve == "antecedent":
                actor = _antecedent(hit, ref, mentions)
                if actor is not None:
                    return self._mention(hit, text, actor, surface.via, surface.rule, scale=0.7)
                if ref.fallback and country:
                    actor = self.lexicon.template_actor(ref.fallback, country)
                    if actor:
                        return self._mention(hit, text, actor, surface.via, surface.rule, scale=0.8)
            elif country is None:
                continue
            elif ref.resolve == "country_force":
                actor = self.lexicon.find(country=country, forces=ref.forces, day=day)
                if actor:
                    return self._mention(hit, text, actor, surface.via, surface.rule)
            elif ref.resolve == "template":
                actor = self.lexicon.template_actor(ref.template, country)
                if actor:
                    return self._mention(hit, text, actor, surface.via, surface.rule, role=ref.role)
        return None


def _antecedent(hit, ref: Reference, mentions: list[tuple[int, ActorMention]]) -> Actor | None:
    kinds = set(ref.kinds or ("rebel", "militia", "identity_militia", "external"))
    eligible = [(pos, m) for pos, m in mentions if m.actor.kind in kinds and m.via != "generic"]
    if ref.nearby:
        close = [(abs(pos - hit.norm_start), m) for pos, m in eligible if abs(pos - hit.norm_start) <= NEARBY_WINDOW]
        if close:
            return min(close, key=lambda c: c[0])[1].actor
        return None
    # the most named group before the reference (ties: the most recent) is the one the writer means
    counts: dict[str, tuple[int, int, Actor]] = {}
    for pos, m in eligible:
        if hit.norm_start - ANTECEDENT_WINDOW <= pos < hit.norm_start:
            seen = counts.get(m.actor.id, (0, 0, m.actor))[0]
            counts[m.actor.id] = (seen + 1, pos, m.actor)
    return max(counts.values(), key=lambda c: (c[0], c[1]))[2] if counts else None


def _absorbed(mention: ActorMention, following: list[ActorMention]) -> bool:
    """Unnamed gunmen right before a named group are that group ("مسلحون حوثيون", "مسلحين تابعين لداعش")."""
    if mention.actor.id.startswith("unidentified-") and following:
        named = following[0]
        return named.via in ("name", "abbreviation") and named.start - mention.end <= ABSORB_GAP
    return False


@lru_cache(maxsize=8192)
def _without_proclitic(word: str) -> str:
    return _PROCLITIC_STRIP.sub("", word)


class _Surroundings:
    """The words around a hit, read once however many rules ask about them."""

    __slots__ = ("_text", "_start", "_end", "_before", "_after", "_window")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end
        self._before: frozenset[str] | None = None
        self._after: str | None = None
        self._window: str | None = None

    @classmethod
    def of(cls, text: str, hit: MatchSpan) -> _Surroundings:
        """The words around a matcher hit, its clitics and suffix counted as part of it."""
        return cls(text, hit.norm_start - len(hit.prefix), hit.norm_end + len(hit.suffix))

    @property
    def before(self) -> frozenset[str]:
        """Every phrase that ends the (at most four) words before the hit: a rule phrase stands right before the
        hit when it is one of them. Each phrase is there with its words' proclitics stripped ("وقوات" reads as
        "قوات") and as written, since a word may begin with a letter that only looks like one ("فرسان")."""
        if self._before is None:
            written = self._text[max(0, self._start - 60):self._start].split()[-4:]
            stripped = [_without_proclitic(w) for w in written]
            self._before = frozenset(" ".join(words[k:]) for words in (written, stripped)
                                     for k in range(len(words)))
        return self._before

    @property
    def after(self) -> str:
        """The text after the hit, from its next word on."""
        if self._after is None:
            self._after = self._text[self._end:self._end + 60].lstrip()
        return self._after

    @property
    def window(self) -> str:
        if self._window is None:
            self._window = self._text[max(0, self._start - CONTEXT_WINDOW):self._end + CONTEXT_WINDOW]
        return self._window


@dataclass(frozen=True, slots=True)
class _RuleTest:
    """A `FormRule` prepared for checking: phrase sets and tuples instead of loops over phrases."""

    countries: frozenset[str]
    free: bool  # no context test: only the countries decide
    blocked_before: frozenset[str]
    blocked_after: tuple[str, ...]
    blocked_contexts: tuple[str, ...]
    requires_before: frozenset[str]
    requires_after: tuple[str, ...]
    requires_context: tuple[str, ...]

    @classmethod
    def of(cls, rule: FormRule) -> _RuleTest:
        free = not (rule.is_contextual or rule.blocked_before or rule.blocked_after or rule.blocked_contexts)
        return cls(rule.countries, free, frozenset(rule.blocked_before), rule.blocked_after, rule.blocked_contexts,
                   frozenset(rule.requires_before), rule.requires_after, rule.requires_context)

    def allows(self, around: _Surroundings) -> bool:
        """Whether the words around a hit let the rule's form be read there (countries are checked apart)."""
        if self.blocked_before and not self.blocked_before.isdisjoint(around.before):
            return False
        if self.blocked_after and around.after.startswith(self.blocked_after):
            return False
        if self.blocked_contexts and any(p in around.window for p in self.blocked_contexts):
            return False
        if (self.requires_before or self.requires_after) and not (
                not self.requires_before.isdisjoint(around.before) or around.after.startswith(self.requires_after)):
            return False
        return not self.requires_context or any(p in around.window for p in self.requires_context)


def _leftmost_longest(candidates):
    candidates.sort(key=lambda c: (c[0].norm_start, -c[0].norm_end))
    chosen, taken_until = [], -1
    for hit, surfaces in candidates:
        if hit.norm_start >= taken_until:
            chosen.append((hit, surfaces))
            taken_until = hit.norm_end
    return chosen
