"""Event coding: read a cleaned article the way a careful ACLED coder would.

For every sentence of the body: find event triggers, keep the ones the sentence *reports* as having happened
(not threats, denials, questions, plans, history), pick the sub-event type by ACLED precedence, and fill the
slots from the resolvers — date (sentence, then paragraph, then the article's lead), place (most specific in the
sentence, then paragraph, then lead), actors (by event type and word order), fatalities (figures governed by the
sentence or its paragraph; an article's stated final toll goes on its main event). Mentions of one
(type, day, place, actor pair) are merged; every field keeps the span of source text it came from.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from marsad.datafile import load_yaml
from marsad.events.modality import assess
from marsad.events.model import EventMention, Evidence
from marsad.events.taxonomy import Taxonomy, load_taxonomy
from marsad.events.triggers import TriggerHit, TriggerLexicon
from marsad.lang.ar.normalize import Normalized, normalize, normalize_with_offsets
from marsad.lang.ar.sentences import Sentence, split_sentences
from marsad.models import Segment
from marsad.text.actors import ActorMention, ActorResolver, Lexicon
from marsad.text.dates import DateMention, date_from_url, resolve_dates
from marsad.text.figures import Figure, extract_figures
from marsad.text.places import Gazetteer, PlaceMention, PlaceResolver, most_specific

CODER_VERSION = "1"

VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})
REPORTED_KINDS = frozenset({"reported", "negated_outcome", "reported_speech_claim"})
ARMED_KINDS = frozenset({"state", "rebel", "militia", "identity_militia", "external", "un"})
VICTIM_KINDS = frozenset({"civilians"})
_DAY_KINDS = frozenset({"absolute", "relative", "weekday", "hijri"})
_PRECISION_CODE = {"day": 1, "week": 2, "month": 3}
_PASSIVE_AGENT = re.compile(r"(?:من قبل|على يد|على ايدي|شنه|شنها|نفذه|نفذها|شنته|نفذته)\s*$")


@dataclass(slots=True)
class ArticleForCoding:
    """What the coder needs of a stored article."""

    article_id: str
    text: str  # cleaned body
    source_text: str
    segments: list[Segment]
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    outlet_country: str | None = None  # ISO code, when the outlet registry knows it


def coding_input(article_id: str, text: str, source_text: str, segments: Sequence[Segment], published: str | None,
                 url: str | None, outlet: str | None, outlets=None, gazetteer: Gazetteer | None = None
                 ) -> ArticleForCoding:
    """What the event coder needs of an article, with the outlet's country when the registry knows it.

    `gazetteer` names countries; pass the one of the coder in use (default: the default coder's).
    """
    from marsad.clean.outlets import default_registry

    outlet_country = None
    if outlet:
        registry = outlets if outlets is not None else default_registry()
        country_name = registry.country_of(outlet)
        if country_name:
            outlet_country = (gazetteer or EventCoder.default().places.gazetteer).country_code(country_name)
    return ArticleForCoding(article_id, text, source_text, list(segments), published, url, outlet, outlet_country)


@dataclass(slots=True)
class Claim:
    """An accusation, a claim of responsibility, a denial or a threat, with who made it and about whom."""

    article_id: str
    kind: str  # accusation | responsibility_claim | denial | threat
    claimant: str | None
    target: str | None
    evidence: Evidence
    event_index: int | None = None  # index into the article's mentions it refers to, when there is one


@dataclass(slots=True)
class CodingResult:
    mentions: list[EventMention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


@dataclass(slots=True)
class _Context:
    """Everything resolved once per article, indexed by position."""

    article: ArticleForCoding
    norm: Normalized
    sentences: list[Sentence]
    paragraph_of: list[int]
    anchor: date | None
    dates: list[DateMention]
    places: list[PlaceMention]
    actors: list[ActorMention]
    figures: list[Figure]
    country: str | None  # ISO code the article is about
    country_name: str | None
    non_news_genre: bool = False
    dateline_end: int = 0  # places and dates before this offset are the dateline's (where/when the outlet wrote)
    # per mention (by id): the slots taken from the paragraph or lead rather than its own sentence, and the
    # actors that were only inferred; such details cannot conflict when references are merged
    inherited: dict[int, set[str]] = field(default_factory=dict)


def _in(span_start: int, span_end: int, start: int, end: int) -> bool:
    return start <= span_start and span_end <= end


def _parse_anchor(published: str | None, url: str | None) -> date | None:
    if published:
        try:
            return date.fromisoformat(published[:10])
        except ValueError:
            pass
    return date_from_url(url) if url else None


class EventCoder:
    """Code the events of cleaned articles; build once (lexicons compile) and reuse for every article."""

    def __init__(self, *, places: PlaceResolver, actors: ActorResolver, triggers: TriggerLexicon,
                 taxonomy: Taxonomy):
        self.places = places
        self.actors = actors
        self.triggers = triggers
        self.taxonomy = taxonomy

    @classmethod
    def default(cls) -> "EventCoder":
        return _default_coder()

    # -- article-level resolution -------------------------------------------------------------------

    def _context(self, article: ArticleForCoding) -> _Context:
        text = article.text
        norm = normalize_with_offsets(text)
        sentences = split_sentences(text)
        paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n", text)]
        paragraph_of: list[int] = []
        for sentence in sentences:
            index = 0
            while index + 1 < len(paragraph_starts) and paragraph_starts[index + 1] <= sentence.start:
                index += 1
            paragraph_of.append(index)
        anchor = _parse_anchor(article.published, article.url)
        places = self.places.resolve(text, outlet_country=article.outlet_country, normalized=norm)
        first_pass_actors = self.actors.resolve(text, normalized=norm)
        lead_end = paragraph_starts[1] if len(paragraph_starts) > 1 else len(text)
        country = self._article_country(places, first_pass_actors, article.outlet_country, lead_end)
        if country:
            places = _in_article_countries(self.places.resolve(text, country_hint=country,
                                                               outlet_country=article.outlet_country,
                                                               normalized=norm), country)
        country_name = self.places.gazetteer.country_name(country) if country else None
        actors = self.actors.resolve(text, country=country_name, date=anchor, normalized=norm)
        return _Context(
            article=article,
            norm=norm,
            sentences=sentences,
            paragraph_of=paragraph_of,
            anchor=anchor,
            dates=resolve_dates(text, anchor, normalized=norm),
            places=places,
            actors=actors,
            figures=extract_figures(text, sentences, normalized=norm),
            country=country,
            country_name=country_name,
            non_news_genre=_non_event_cues().is_non_news_genre(norm.text),
            dateline_end=_dateline_end(text),
        )

    def _article_country(self, places: Sequence[PlaceMention], actors: Sequence[ActorMention],
                         outlet_country: str | None, lead_end: int) -> str | None:
        """The country the article is about: votes from places, state forces, country names and the outlet."""
        votes: Counter = Counter()
        for mention in places:
            weight = 3 if mention.place.kind == "country" else 2 if mention.place.is_point else 1
            votes[mention.place.country] += weight * (2 if mention.start < lead_end else 1)
        gazetteer = self.places.gazetteer
        for mention in actors:
            if mention.actor.kind == "state" and mention.actor.country and mention.confidence >= 0.6:
                code = gazetteer.country_code(mention.actor.country)
                if code:
                    votes[code] += 3 * (2 if mention.start < lead_end else 1)
        if outlet_country:
            votes[outlet_country] += 2
        return votes.most_common(1)[0][0] if votes else None

    # -- coding ---------------------------------------------------------------------------------------

    def code(self, article: ArticleForCoding) -> CodingResult:
        """Event mentions and claims of one article."""
        ctx = self._context(article)
        hits = self.triggers.find(ctx.norm)
        candidates: list[_Candidate] = []
        for index, sentence in enumerate(ctx.sentences):
            in_sentence = [h for h in hits if _in(h.start, h.end, sentence.start, sentence.end)]
            candidates.extend(self._code_sentence(ctx, index, sentence, in_sentence))
        coded = [(c, self._to_mention(ctx, c)) for c in candidates]
        mentions = _merge(_attach_references(ctx, coded), ctx.inherited)
        _attach_final_toll(ctx, mentions)
        claims = _claims(ctx, mentions)
        return CodingResult(mentions, claims)

    def _code_sentence(self, ctx: _Context, index: int, sentence: Sentence,
                       hits: Sequence[TriggerHit]) -> list["_Candidate"]:
        by_type: dict[str, list[tuple[TriggerHit, str]]] = {}
        if hits and (_is_habitual(ctx, sentence) or _is_history(ctx, sentence)):
            return []
        cues = _non_event_cues()
        sentence_norm = normalize(sentence.text)
        for hit in hits:
            if not hit.active:
                continue
            modality = assess(sentence.text, (hit.start - sentence.start, hit.end - sentence.start),
                              article_year=ctx.anchor.year if ctx.anchor else None)
            if modality.kind not in REPORTED_KINDS:
                continue
            if hit.strength == "weak" and not hit.supported:
                continue
            if cues.blocks(sentence_norm, normalize(ctx.article.text[sentence.start:hit.start])):
                continue
            if ctx.non_news_genre and (hit.strength == "weak" or not _figures_in(ctx, sentence.start, sentence.end)):
                continue
            by_type.setdefault(hit.event_type, []).append((hit, modality.kind))
        by_type = _attack_or_clash(ctx, sentence, by_type)
        candidates = []
        for event_type, typed in by_type.items():
            if event_type == "Battles":
                typed = [(h, m) for h, m in typed if not (set(h.sub_event_types) <= TERRITORY_SUB_TYPES
                                                          and _is_state_of_control(ctx, h))]
                if not typed:
                    continue  # the sentence only says who holds the ground
            sub_types = [s for hit, _ in typed for s in hit.sub_event_types]
            sub_event_type = self.taxonomy.first_by_precedence(event_type, sub_types)
            lead_hit, modality_kind = min(
                typed, key=lambda pair: (self.taxonomy.rank(event_type, pair[0].sub_event_types[0]), pair[0].start)
            )
            preceding = normalize(ctx.article.text[max(sentence.start, lead_hit.start - 12):lead_hit.start]).split()
            candidates.append(_Candidate(index, sentence, event_type, sub_event_type, lead_hit, modality_kind,
                                         [h for h, _ in typed],
                                         is_reference=bool(preceding) and preceding[-1] in _AFTER_WORDS))
        return _resolve_cross_type(candidates, self.taxonomy)

    def _to_mention(self, ctx: _Context, candidate: "_Candidate") -> EventMention:
        article = ctx.article
        sentence = candidate.sentence
        evidence = [_evidence(article, "trigger", candidate.trigger.start, candidate.trigger.end),
                    _evidence(article, "sentence", sentence.start, sentence.end)]
        mention = EventMention(article_id=article.article_id, event_type=candidate.event_type,
                               sub_event_type=candidate.sub_event_type)
        mention.disorder_type = self.taxonomy.disorder_type(candidate.event_type, candidate.sub_event_type)
        explanation = [f"{candidate.sub_event_type} from '{candidate.trigger.surface}'"
                       f" ({candidate.trigger.strength} trigger)"]
        if candidate.modality == "negated_outcome":
            explanation.append("outcome negated: no casualties")

        inherited: set[str] = set()
        when = _event_date(ctx, candidate)
        if when is not None and not _in(when.start, when.end, sentence.start, sentence.end):
            inherited.add("event_date")
        if when is not None:
            mention.event_date, mention.time_precision = _format_date(when)
            evidence.append(_evidence(article, "event_date", when.start, when.end))
            explanation.append(f"date from '{when.surface}'")

        where = _event_place(ctx, candidate)
        if where is not None and not _in(where.start, where.end, sentence.start, sentence.end):
            inherited.add("location")
        if where is not None:
            self._set_place(mention, where)
            evidence.append(_evidence(article, "location", where.start, where.end))
            if where.place.kind == "region" and _names_unknown_place(ctx, sentence):
                # the event is somewhere in this province, at a town we cannot place: no pin beats a wrong pin
                mention.location = mention.latitude = mention.longitude = mention.geo_precision = None
                explanation.append("town named but not in the gazetteer: coded to its province without a point")
        elif ctx.country_name:
            mention.country, mention.iso = ctx.country_name, ctx.country

        actor1, actor2 = _event_actors(ctx, candidate)
        for slot, found in (("actor1", actor1), ("actor2", actor2)):
            if found is not None and (found.start < 0 or found.via in ("generic", "descriptive")):
                inherited.add(f"{slot}_soft")
        if actor1 is not None and actor1.start < 0:
            inherited.add("actor1")
        if candidate.event_type == "Battles" and candidate.sub_event_type in TERRITORY_SUB_TYPES and actor1:
            mention.sub_event_type = ("Government regains territory" if actor1.actor.kind == "state"
                                      else "Non-state actor overtakes territory")
        for slot, found in (("actor1", actor1), ("actor2", actor2)):
            if found is None:
                continue
            setattr(mention, slot, found.actor.name_en)
            setattr(mention, f"{slot}_surface", found.surface)
            setattr(mention, "inter1" if slot == "actor1" else "inter2", found.actor.inter_in(mention.country))
            if found.role:
                setattr(mention, "assoc_actor_1" if slot == "actor1" else "assoc_actor_2", found.role)
            if found.start >= 0:
                evidence.append(_evidence(article, slot, found.start, found.end))
        if candidate.event_type == "Violence against civilians" or (
            mention.inter2 == 7 and candidate.event_type in ("Explosions/Remote violence", "Riots")
        ):
            mention.civilian_targeting = "Civilian targeting"

        killed = _event_figures(ctx, candidate)
        if candidate.modality == "negated_outcome":
            mention.fatalities = 0
        elif killed:
            mention.fatalities = sum(f.coded or 0 for f in killed)
            for figure in killed:
                evidence.append(_evidence(article, "fatalities", figure.start, figure.end))
        elif _only_wounded(ctx, sentence) or (
            candidate.event_type in ("Protests", "Riots")
            and not any(f.counts == "killed" and f.coded for f in ctx.figures)
        ):
            # ACLED: casualties without deaths are 0 deaths; a demonstration with no reported death has 0
            mention.fatalities = 0
            explanation.append("no deaths reported: 0 fatalities")
        mention.figures = [_figure_dict(article, f) for f in _figures_in(ctx, sentence.start, sentence.end)]
        mention.evidence = evidence
        mention.explanation = "; ".join(explanation)
        mention.confidence = _confidence(candidate, mention)
        ctx.inherited[id(mention)] = inherited
        return mention

    def _set_place(self, mention: EventMention, where: PlaceMention) -> None:
        """Code the place ACLED's way: the named town, or the district/provincial capital at lower precision."""
        place = where.place
        gazetteer = self.places.gazetteer
        mention.country = gazetteer.country_name(place.country)
        mention.iso = place.country
        mention.admin1 = place.admin1 or None
        mention.admin2 = place.admin2 or None
        if place.kind == "country":
            return
        precision = where.precision
        point = place
        if place.kind == "region":
            point = _provincial_capital(gazetteer, place) or place
            precision = 3
        elif place.kind == "district":
            precision = max(precision, 2) if precision < 3 else 2
        mention.location = (f"{point.name_en}, {place.admin1}" if place.admin1 and place.admin1 != point.name_en
                            else point.name_en)
        mention.latitude, mention.longitude = point.lat, point.lon
        mention.geo_precision = precision


TERRITORY_SUB_TYPES = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
_STATE_OF_CONTROL_BEFORE = re.compile(r"(?:انهاء|انتهاء|فقدان|تحت|خاضع\S*|منذ|بسبب|تعزيز|لفرض|اعاده)\s*$")


def _is_state_of_control(ctx: "_Context", hit: TriggerHit) -> bool:
    """"سيطرته" (its control), "تحت سيطرة", "إنهاء سيطرته": who holds ground, not ground changing hands."""
    surface = normalize(hit.surface)
    if re.search(r"(?:ته|تها|تهم|تهما)$", surface) and surface.startswith(("سيطر", "لسيطر", "بسيطر")):
        return True
    word_start = hit.start
    while word_start > 0 and ctx.article.text[word_start - 1].isalpha():
        word_start -= 1  # "لسيطرة": look before the clitic, not between it and the trigger
    before = normalize(ctx.article.text[max(0, word_start - 24):word_start])
    return bool(_STATE_OF_CONTROL_BEFORE.search(before.strip()))


_CAPITALS: dict[int, dict[tuple[str, str], object]] = {}


def _provincial_capital(gazetteer: Gazetteer, province) -> object | None:
    """The largest town that shares the province's name and admin1 (Kirkuk for Kirkuk Governorate)."""
    capitals = _CAPITALS.get(id(gazetteer))
    if capitals is None:
        # one pass over the places, much cheaper than building the gazetteer's full name index for this
        capitals = {}
        for place in gazetteer:
            if place.is_point and place.admin1:
                key = (place.admin1, normalize(place.name_ar))
                if key not in capitals or place.population > capitals[key].population:
                    capitals[key] = place
        _CAPITALS[id(gazetteer)] = capitals
    return capitals.get((province.admin1, normalize(province.name_ar)))


@dataclass(slots=True)
class _Candidate:
    sentence_index: int
    sentence: Sentence
    event_type: str
    sub_event_type: str
    trigger: TriggerHit
    modality: str
    hits: list[TriggerHit]
    is_reference: bool = False  # "بعد هجوم ...": points back at an event, if the article has told one


def _civilian_victims(ctx: _Context, sentence: Sentence) -> bool:
    if any(f.side and f.side.category == "civilians" and f.counts in ("killed", "wounded", "casualties")
           for f in _figures_in(ctx, sentence.start, sentence.end)):
        return True
    return any(a.actor.kind in VICTIM_KINDS and _in(a.start, a.end, sentence.start, sentence.end)
               for a in ctx.actors)


def _armed_in(ctx: _Context, sentence: Sentence) -> list[ActorMention]:
    return _distinct([a for a in ctx.actors if a.actor.kind in ARMED_KINDS
                      and _in(a.start, a.end, sentence.start, sentence.end)])


def _attack_or_clash(ctx: _Context, sentence: Sentence,
                     by_type: dict[str, list[tuple[TriggerHit, str]]]) -> dict[str, list[tuple[TriggerHit, str]]]:
    """ACLED decides by the target: an attack on civilians is Violence against civilians, on armed men a battle."""
    if "Explosions/Remote violence" in by_type:
        return by_type  # the "attack" is the strike or the blast itself
    clash = [(h, m) for h, m in by_type.get("Battles", [])
             if "Armed clash" in h.sub_event_types and ("Violence against civilians", "Attack") in h.alternatives]
    attack = [(h, m) for h, m in by_type.get("Violence against civilians", []) if "Attack" in h.sub_event_types]
    civilians = _civilian_victims(ctx, sentence)
    armed = _armed_in(ctx, sentence)
    military_victims = any(f.side and f.side.category in ("security_forces", "militants")
                           for f in _figures_in(ctx, sentence.start, sentence.end))
    if clash and civilians and len(armed) <= 1 and not military_victims:
        moved = [(_as_type(h, "Violence against civilians", "Attack"), m) for h, m in clash]
        by_type["Violence against civilians"] = by_type.get("Violence against civilians", []) + moved
        by_type["Battles"] = [pair for pair in by_type["Battles"] if pair not in clash]
        if not by_type["Battles"]:
            del by_type["Battles"]
    elif attack and not civilians and (len(armed) >= 2 or military_victims):
        moved = [(_as_type(h, "Battles", "Armed clash"), m) for h, m in attack]
        by_type["Battles"] = by_type.get("Battles", []) + moved
        by_type["Violence against civilians"] = [p for p in by_type["Violence against civilians"] if p not in attack]
        if not by_type["Violence against civilians"]:
            del by_type["Violence against civilians"]
    return by_type


def _as_type(hit: TriggerHit, event_type: str, sub_event_type: str) -> TriggerHit:
    from dataclasses import replace

    return replace(hit, event_type=event_type, sub_event_types=(sub_event_type,))


def _resolve_cross_type(candidates: list[_Candidate], taxonomy: Taxonomy) -> list[_Candidate]:
    """One incident in one sentence is one event: an air strike during a battle is a Battles event."""
    types = {c.event_type for c in candidates}
    if "Battles" in types and "Explosions/Remote violence" in types:
        candidates = [c for c in candidates if c.event_type != "Explosions/Remote violence"]
    if "Violence against civilians" in types and types & {"Battles", "Explosions/Remote violence"}:
        # civilians killed by shelling or in crossfire are victims of that event, not a separate attack
        candidates = [c for c in candidates if c.event_type != "Violence against civilians"
                      or c.sub_event_type != "Attack"]
    if "Riots" in types and "Protests" in types:
        candidates = [c for c in candidates if c.event_type != "Protests"]
    if "Strategic developments" in types and types & VIOLENT_TYPES:
        # destruction, withdrawals or detentions told in the same sentence as an attack are part of it
        candidates = [c for c in candidates if c.event_type != "Strategic developments"]
    return candidates


def _country_weights(places: Sequence[PlaceMention]) -> Counter:
    weights: Counter = Counter()
    for mention in places:
        # provinces and named districts are rarely misreadings; a lone village name often is
        weights[mention.place.country] += 3 if mention.place.kind in ("region", "district") else (
            2 if mention.place.is_point else 1)
    return weights


_HABITUAL = re.compile(
    r"(?:^|\s)(?:و?تشهد|و?يشهد|تعتمد|يعتمد|تنشط|ينشط|عاده ما|غالبا ما|كثيرا ما|بين الحين والاخر|بشكل متكرر|"
    r"باستمرار|بشكل متقطع|نشاطا متقطعا|منذ سنوات|تتكرر|يتكرر)(?:\s|$)"
)


def _is_habitual(ctx: _Context, sentence: Sentence) -> bool:
    """Background sentences describing what usually happens in an area, with no dated incident of their own."""
    if not _HABITUAL.search(normalize(sentence.text)):
        return False
    return not any(_in(d.start, d.end, sentence.start, sentence.end) and d.precision == "day" for d in ctx.dates)


def _is_history(ctx: _Context, sentence: Sentence) -> bool:
    """A sentence whose only dates lie years before the article (background: "سيطر ... عام 2014").

    Without a publication date, the latest year the article mentions stands in for it.
    """
    dated = [d for d in ctx.dates if d.value is not None and d.kind != "duration"]
    reference = ctx.anchor.year if ctx.anchor else max((d.value.year for d in dated), default=None)
    if reference is None:
        return False
    inside = [d for d in dated if _in(d.start, d.end, sentence.start, sentence.end)]
    if not any(d.value.year <= reference - 2 for d in inside):
        return False
    # "in June 2020 ... in October of the same year": the later date only refers back; a sentence is current
    # only if one of its dates falls near the article's own time
    recent = ctx.anchor or date(reference, 12, 31)
    return not any(abs((recent - d.value).days) <= 90 and d.kind != "month" for d in inside)


@dataclass(frozen=True, slots=True)
class NonEventCues:
    """Compiled `data/non_event_cues.yaml`: contexts in which triggers do not report events."""

    sentence_patterns: tuple[re.Pattern[str], ...]
    before_patterns: tuple[tuple[re.Pattern[str], int], ...]
    opening_patterns: tuple[tuple[re.Pattern[str], int], ...]
    genre_pattern: re.Pattern[str]
    conflict_pattern: re.Pattern[str]
    genre_min_hits: int
    genre_max_conflict_hits: int

    def blocks(self, sentence: str, before_trigger: str) -> bool:
        if any(p.search(sentence) for p in self.sentence_patterns):
            return True
        opening = sentence.split()
        if any(p.search(" ".join(opening[:limit])) for p, limit in self.opening_patterns):
            return True
        words = before_trigger.split()
        return any(p.search(" ".join(words[-limit:])) for p, limit in self.before_patterns)

    def is_non_news_genre(self, text: str) -> bool:
        return (len(self.genre_pattern.findall(text)) >= self.genre_min_hits
                and len(self.conflict_pattern.findall(text)) < self.genre_max_conflict_hits)


def _phrase_pattern(phrases: Sequence[str], *, at_end: bool = False) -> re.Pattern[str]:
    alternatives = "|".join(sorted((re.escape(normalize(p)) for p in phrases), key=len, reverse=True))
    return re.compile(rf"(?:^|\s)(?:و|ف|ب|ل)?(?:{alternatives})(?=\s|$|[,.;:!?\"'()-])")


def validate_non_event_cues(data: dict) -> list[str]:
    """Problems in the non-event cue file (empty list when valid)."""
    problems = []
    if not isinstance(data.get("version"), int):
        problems.append("version must be an integer")
    for index, entry in enumerate(data.get("sentence_cues") or []):
        where = f"sentence_cues[{index}] ({entry.get('id', '?')})"
        if entry.get("scope") not in ("sentence", "before", "opening"):
            problems.append(f"{where}: scope must be 'sentence', 'before' or 'opening'")
        if entry.get("scope") in ("before", "opening") and not isinstance(entry.get("words"), int):
            problems.append(f"{where}: a '{entry.get('scope')}' cue needs an integer 'words'")
        if not entry.get("cues") or not all(isinstance(c, str) and normalize(c).strip() for c in entry["cues"]):
            problems.append(f"{where}: cues must be a non-empty list of non-empty strings")
        if not entry.get("why"):
            problems.append(f"{where}: say why in 'why'")
    genre = data.get("genre") or {}
    for key in ("min_hits", "max_conflict_hits"):
        if not isinstance(genre.get(key), int):
            problems.append(f"genre.{key} must be an integer")
    for key in ("cues", "conflict_cues"):
        if not genre.get(key):
            problems.append(f"genre.{key} must be a non-empty list")
    return problems


@lru_cache(maxsize=1)
def _non_event_cues() -> NonEventCues:
    from importlib import resources

    data = load_yaml(resources.files("marsad").joinpath("data", "non_event_cues.yaml").read_text("utf-8"))
    problems = validate_non_event_cues(data)
    if problems:
        raise ValueError(f"non_event_cues.yaml: {problems[0]} (and {len(problems) - 1} more); fix the file")
    sentence_patterns, before_patterns, opening_patterns = [], [], []
    for entry in data["sentence_cues"]:
        pattern = _phrase_pattern(entry["cues"])
        if entry["scope"] == "sentence":
            sentence_patterns.append(pattern)
        elif entry["scope"] == "opening":
            opening_patterns.append((pattern, entry["words"]))
        else:
            before_patterns.append((pattern, entry["words"]))
    genre = data["genre"]
    return NonEventCues(tuple(sentence_patterns), tuple(before_patterns), tuple(opening_patterns),
                        _phrase_pattern(genre["cues"]),
                        _phrase_pattern(genre["conflict_cues"]), genre["min_hits"], genre["max_conflict_hits"])


def _dominant_country(places: Sequence[PlaceMention]) -> str | None:
    weights = _country_weights(places)
    return weights.most_common(1)[0][0] if weights else None


def _in_article_countries(places: list[PlaceMention], country: str) -> list[PlaceMention]:
    """Drop places in countries the article barely mentions: those are misreadings far more often than not."""
    weights = _country_weights(places)
    reference = weights.get(country, 0) or max(weights.values(), default=0)
    return [p for p in places if p.place.country == country or weights[p.place.country] >= 0.5 * reference]


def _evidence(article: ArticleForCoding, field_name: str, start: int, end: int) -> Evidence:
    from marsad.clean.offsets import to_source

    source_start, source_end = to_source(article.segments, start, end)
    return Evidence(field_name, source_start, source_end, article.source_text[source_start:source_end])


def _sentence_window(ctx: _Context, candidate: _Candidate) -> list[tuple[int, int]]:
    """Where to look for a slot, nearest first: the sentence, earlier sentences of its paragraph, the lead."""
    index = candidate.sentence_index
    windows = [(candidate.sentence.start, candidate.sentence.end)]
    paragraph = ctx.paragraph_of[index]
    for previous in range(index - 1, -1, -1):
        if ctx.paragraph_of[previous] != paragraph:
            break
        windows.append((ctx.sentences[previous].start, ctx.sentences[previous].end))
    if ctx.sentences:
        lead = [s for i, s in enumerate(ctx.sentences) if ctx.paragraph_of[i] == ctx.paragraph_of[0]]
        windows.append((lead[0].start, lead[-1].end))
    return windows


_REPORT_DATE_BEFORE = re.compile(r"(?:بيان|بيانا|صدر|اصدر\S*|اعلن\S*|نشر\S*|تقرير|مؤتمر صحفي)(?:\s+\S+){0,2}\s*$")


_REPORTING_OPENING = re.compile(
    r"^(?:و|ف)?(?:اعلن|اعلنت|قال|قالت|افاد|افادت|ذكر|ذكرت|اكد|اكدت|اوضح|اوضحت|نشر|نشرت|اصدر|اصدرت|كشف|كشفت)\s"
)


def _is_report_date(ctx: _Context, mention: DateMention) -> bool:
    """When a statement was issued, not when the event happened: "في بيان صدر يوم الاثنين 31/1", or a date inside an
    opening reporting clause ("أعلنت القيادة العامة اليوم السبت انتهاء ... إثر الهجوم الذي شنته ليل 12 شباط")."""
    before = normalize(ctx.article.text[max(0, mention.start - 40):mention.start]).strip()
    before = re.sub(r"(?:يوم|مساء|صباح|ليل|فجر)\s+\S+\s*$", "", before).strip()
    if _REPORT_DATE_BEFORE.search(before):
        return True
    sentence = next((s for s in ctx.sentences if s.start <= mention.start < s.end), None)
    if sentence is None:
        return False
    opening = normalize(ctx.article.text[sentence.start:mention.start])
    return bool(_REPORTING_OPENING.match(opening)) and len(opening.split()) <= 8 and any(
        d.start > mention.end and _in(d.start, d.end, sentence.start, sentence.end) and d.kind in _DAY_KINDS
        for d in ctx.dates)


_DATELINE = re.compile(r"^[^.!?؟\n]{2,110}?(?:\s[–—-]\s*|\)\s*[–—-]?\s*|:\s)")


def _dateline_end(text: str) -> int:
    """End of the dateline ("سامراء، 17 كانون الثاني 2024 (وكالة ...) -", "موبتي – موقع ...:") or 0."""
    match = _DATELINE.match(text)
    return match.end() if match else 0


def _event_date(ctx: _Context, candidate: _Candidate) -> DateMention | None:
    usable = [d for d in ctx.dates if d.kind in _DAY_KINDS and d.value is not None
              and d.precision in _PRECISION_CODE and not _is_report_date(ctx, d)]
    body = [d for d in usable if d.start >= ctx.dateline_end]
    for start, end in _sentence_window(ctx, candidate):
        inside = [d for d in body if _in(d.start, d.end, start, end)]
        if inside:
            before = [d for d in inside if d.start <= candidate.trigger.start]
            return (before or inside)[-1] if start == candidate.sentence.start else inside[0]
    dateline = [d for d in usable if d.start < ctx.dateline_end]
    return dateline[0] if dateline else None


def _format_date(mention: DateMention) -> tuple[str, int]:
    code = _PRECISION_CODE[mention.precision]
    value = mention.value
    if code == 3 and mention.earliest and mention.latest:
        value = mention.earliest + (mention.latest - mention.earliest) / 2
    return value.isoformat(), code


_PLACE_WORD = re.compile(r"(?:^|\s)(?:ب|و|في|ل)?(?:بلده|بلدتي|قريه|قريتي|مدينه|منطقه|ناحيه|حي|مخيم|محور|بلدات|قرى)\s+"
                         r"(?!(?:ال)?(?:مجاوره|نفسها|ذاتها|المذكوره|الحدوديه|السكنيه)\b)\S")


def _names_unknown_place(ctx: _Context, sentence: Sentence) -> bool:
    """The sentence names a town or village (بلدة X، قرية X) that the gazetteer could not place."""
    folded = normalize_with_offsets(sentence.text)
    for match in _PLACE_WORD.finditer(folded.text):
        name_start, _ = folded.to_source(match.end() - 1, match.end())
        position = sentence.start + name_start
        if not any(p.start <= position + 1 and position <= p.end for p in ctx.places):
            return True
    return False


def _event_place(ctx: _Context, candidate: _Candidate) -> PlaceMention | None:
    """The sentence's most specific place; else the paragraph's or the lead's, unless the sentence names a place
    we cannot locate (then a borrowed point would be a wrong pin: better no point than a wrong one)."""
    windows = _sentence_window(ctx, candidate)
    unknown_here = _names_unknown_place(ctx, candidate.sentence)
    places = [p for p in ctx.places if not _is_widget(ctx, p)]
    body = [p for p in places if p.start >= ctx.dateline_end]
    for position, (start, end) in enumerate(windows):
        inside = [p for p in body if _in(p.start, p.end, start, end)]
        if position > 0 and unknown_here:
            inside = [p for p in inside if p.place.kind in ("region", "country")]
        if inside:
            return most_specific(inside)
    dateline = [p for p in places if p.start < ctx.dateline_end]
    if dateline and not unknown_here:
        return most_specific(dateline)
    return None


def _is_widget(ctx: _Context, mention: PlaceMention) -> bool:
    after = ctx.article.text[mention.end:mention.end + 6]
    return "°" in after


def _event_actors(ctx: _Context, candidate: _Candidate) -> tuple[ActorMention | None, ActorMention | None]:
    sentence = candidate.sentence
    in_sentence = [a for a in ctx.actors if _in(a.start, a.end, sentence.start, sentence.end)]
    armed = _distinct([a for a in in_sentence if a.actor.kind in ARMED_KINDS])
    victims = [a for a in in_sentence if a.actor.kind in VICTIM_KINDS]
    event_type = candidate.event_type
    if event_type == "Protests":
        protesters = [a for a in in_sentence if a.actor.kind == "protesters"]
        police = [a for a in armed if a.actor.kind == "state"]
        return (protesters[0] if protesters else _template(ctx, "protesters"),
                police[0] if police and candidate.sub_event_type != "Peaceful protest" else None)
    if event_type == "Riots":
        rioters = [a for a in in_sentence if a.actor.kind in ("rioters", "protesters")]
        return (rioters[0] if rioters else _template(ctx, "rioters"), armed[0] if armed else None)
    attacker, target = _order_by_role(candidate, armed)
    named_before = attacker is not None and attacker.start < candidate.trigger.start
    if not named_before and event_type in ("Explosions/Remote violence", "Battles"):
        national = _national_force(ctx, candidate)
        if national is not None:
            if attacker is not None and attacker.actor.name_en != national.actor.name_en and target is None:
                target = attacker
            attacker = national
    if attacker is None:
        attacker = _article_main_armed_actor(ctx, exclude=target.actor.name_en if target else None)
    if event_type == "Violence against civilians":
        target = victims[0] if victims else _template(ctx, "civilians")
    elif target is None and victims and event_type == "Explosions/Remote violence":
        target = victims[0]
    if target is not None and attacker is not None and target.actor.name_en == attacker.actor.name_en:
        target = None
    return attacker, target


_NATIONALITY_WINDOW = 4  # words after the trigger an adjective may qualify it in ("غارة جوية إسرائيلية")


@lru_cache(maxsize=1)
def _nationalities() -> dict[str, str]:
    from importlib import resources

    data = load_yaml(resources.files("marsad").joinpath("data", "nationalities.yaml").read_text("utf-8"))
    forms: dict[str, str] = {}
    for adjective, country in data["adjectives"].items():
        base = normalize(adjective)
        for form in (base, base + "ه", base + "ون", base + "ين", "ال" + base, "ال" + base + "ه"):
            forms[form] = country
    return forms


def _national_force(ctx: _Context, candidate: _Candidate) -> ActorMention | None:
    """"قصف مدفعي إسرائيلي", "طائرة مسيّرة تركية": the attacker named by a nationality on the weapon or attack."""
    trigger = candidate.trigger
    following = normalize(ctx.article.text[trigger.start:candidate.sentence.end]).split()
    for word in following[: len(normalize(trigger.surface).split()) + _NATIONALITY_WINDOW]:
        country = _nationalities().get(word.strip('".,،؛:»«()'))
        if country:
            actor = _default_lexicon().find(country=country, forces=("military",), day=ctx.anchor)
            if actor is not None:
                return ActorMention(trigger.start, trigger.end, trigger.surface, actor, "nationality", 0.7)
    return None


def _distinct(mentions: list[ActorMention]) -> list[ActorMention]:
    seen, kept = set(), []
    for mention in mentions:
        if mention.actor.name_en not in seen:
            seen.add(mention.actor.name_en)
            kept.append(mention)
    return kept


_TARGET_MARKER = re.compile(
    r"(?:استهدف\S*|طال\S*|ضد|على|عل|تابع\S*\s+ل\S*|ل?دوري\S*|ل?موقع\S*|ل?مواقع|ل?مقر\S*|ل?حاجز|ل?ثكن\S*|"
    r"ل?عربه|ل?عجله|ل?آليه|ل?اليه|ل?رتل|ل?قافله|منتسبي|عناصر\s+من|جنود|افراد)\s*(?:\S+\s+){0,3}$"
)


def _is_target(candidate: _Candidate, mention: ActorMention) -> bool:
    """An actor named as what was hit (after استهدف / على / a patrol or post of ...) is the target, not the attacker."""
    if mention.start < candidate.trigger.start:
        return False
    offset = candidate.sentence.start
    before = normalize(candidate.sentence.text[max(0, mention.start - offset - 40):mention.start - offset])
    return bool(_TARGET_MARKER.search(before))


def _order_by_role(candidate: _Candidate, armed: list[ActorMention]) -> tuple[ActorMention | None,
                                                                               ActorMention | None]:
    if not armed:
        return None, None
    if len(armed) == 1:
        if candidate.event_type in ("Explosions/Remote violence", "Violence against civilians") and _is_target(
                candidate, armed[0]):
            return None, armed[0]
        return armed[0], None
    trigger = candidate.trigger.start
    sentence_text = candidate.sentence.text
    offset = candidate.sentence.start
    # "... شنه قرابة 200 عنصر لداعش": the agent named after a passive/relative marker is the attacker
    for mention in armed:
        if mention.start > trigger:
            before = normalize(sentence_text[max(0, mention.start - offset - 25):mention.start - offset])
            if _PASSIVE_AGENT.search(before.strip()) or re.search(r"(?:شنه|نفذه|شنته|نفذته)\s+\S*\s*$", before):
                others = [m for m in armed if m is not mention]
                return mention, others[0] if others else None
    return armed[0], armed[1]


def _template(ctx: _Context, role: str) -> ActorMention | None:
    """The article country's generic actor for `role` (civilians, protesters, rioters), named by no words."""
    if not ctx.country_name:
        return None
    actor = _default_lexicon().template_actor(role, ctx.country_name)
    if actor is None:
        return None
    return ActorMention(-1, -1, "", actor, "generic", 0.5)


def _article_main_armed_actor(ctx: _Context, exclude: str | None = None) -> ActorMention | None:
    counts: Counter = Counter()
    first: dict[str, ActorMention] = {}
    for mention in ctx.actors:
        if mention.actor.kind in ARMED_KINDS and mention.confidence >= 0.6 and mention.actor.name_en != exclude:
            counts[mention.actor.name_en] += 1
            first.setdefault(mention.actor.name_en, mention)
    if not counts:
        return None
    name, _ = counts.most_common(1)[0]
    found = first[name]
    return ActorMention(-1, -1, found.surface, found.actor, found.via, found.confidence * 0.7, found.role)


def _figures_in(ctx: _Context, start: int, end: int) -> list[Figure]:
    return [f for f in ctx.figures if _in(f.start, f.end, start, end)]


def _event_figures(ctx: _Context, candidate: _Candidate) -> list[Figure]:
    """Death counts the candidate's sentence (or, failing that, the next one in its paragraph) reports."""
    index = candidate.sentence_index
    windows = [(candidate.sentence.start, candidate.sentence.end)]
    if index + 1 < len(ctx.sentences) and ctx.paragraph_of[index + 1] == ctx.paragraph_of[index]:
        windows.append((ctx.sentences[index + 1].start, ctx.sentences[index + 1].end))
    for start, end in windows:
        killed = [f for f in _figures_in(ctx, start, end) if f.counts == "killed" and f.coded is not None]
        if killed:
            totals = [f for f in killed if f.parts]
            return totals[:1] if totals else _non_overlapping(killed)
    return []


def _only_wounded(ctx: _Context, sentence: Sentence) -> bool:
    """The sentence counts wounded people and nobody killed."""
    counts = {f.counts for f in _figures_in(ctx, sentence.start, sentence.end)}
    return "wounded" in counts and "killed" not in counts


def _non_overlapping(figures: list[Figure]) -> list[Figure]:
    kept: list[Figure] = []
    for figure in figures:
        if not any(figure.start < k.end and k.start < figure.end for k in kept):
            kept.append(figure)
    return kept[:1]


def _figure_dict(article: ArticleForCoding, figure: Figure) -> dict:
    evidence = _evidence(article, "figure", figure.start, figure.end)
    return {
        "value": figure.value,
        "low": figure.low,
        "high": figure.high,
        "coded": figure.coded,
        "vague": figure.vague,
        "qualifier": figure.qualifier,
        "counts": figure.counts,
        "side": figure.side.category if figure.side else None,
        "side_surface": figure.side.surface if figure.side else None,
        "reporter": figure.reporter.surface if figure.reporter else None,
        "reporter_kind": figure.reporter.kind if figure.reporter else None,
        "negated": figure.negated,
        "parts": [{"coded": p.coded, "counts": p.counts,
                   "side": p.side.category if p.side else None} for p in figure.parts],
        "surface": figure.surface,
        "start": evidence.start,
        "end": evidence.end,
    }


def _confidence(candidate: _Candidate, mention: EventMention) -> float:
    score = 0.55 if candidate.trigger.strength == "strong" else 0.4
    score += 0.1 * bool(mention.actor1) + 0.1 * bool(mention.location) + 0.1 * bool(mention.event_date)
    score += 0.05 * (mention.fatalities is not None)
    if candidate.modality == "reported_speech_claim":
        score -= 0.15
    return round(min(score, 0.95), 2)


_FILLABLE = ("event_date", "time_precision", "country", "iso", "admin1", "admin2", "location", "latitude",
             "longitude", "geo_precision", "actor1", "actor1_surface", "inter1", "assoc_actor_1", "actor2",
             "actor2_surface", "inter2", "assoc_actor_2", "civilian_targeting")
SAME_EVENT_KM = 15.0


def _distance_km(a: EventMention, b: EventMention) -> float | None:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _compatible(kept: EventMention, other: EventMention, inherited: dict[int, set[str]]) -> bool:
    """Could `other` be a further reference to the event `kept` (same type, no conflicting detail)?

    Only details each sentence states itself can conflict; what a sentence inherited from the lead cannot.
    """
    if kept.event_type != other.event_type:
        return False
    own = inherited.get(id(other), set())
    if "event_date" not in own and kept.event_date and other.event_date and kept.event_date != other.event_date:
        return False
    if "location" not in own:
        distance = _distance_km(kept, other)
        if distance is not None and distance > SAME_EVENT_KM:
            return False
        if distance is None and kept.location and other.location and kept.location != other.location:
            if kept.admin1 != other.admin1:
                return False
    for slot in ("actor1", "actor2"):
        if f"{slot}_soft" in own or f"{slot}_soft" in inherited.get(id(kept), set()):
            continue
        mine, theirs = getattr(kept, slot), getattr(other, slot)
        if mine and theirs and mine != theirs and not (
            slot == "actor1" and theirs in (kept.actor2, None) or slot == "actor2" and theirs == kept.actor1
        ):
            return False
    return True


_DEFINITE = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?(?:ال|لل)")
_AFTER_WORDS = frozenset({"بعد", "عقب", "اثر", "منذ", "وبعد", "وعقب", "واثر"})


def _same_incident(earlier: EventMention, reference: EventMention, inherited: dict[int, set[str]]) -> bool:
    """Could a definite reference ("الهجوم") be about `earlier`? Violent types are interchangeable here."""
    if earlier.event_type != reference.event_type and not (
        earlier.event_type in VIOLENT_TYPES and reference.event_type in VIOLENT_TYPES
    ):
        return False
    own = {"event_date", "location"} - inherited.get(id(reference), set())
    if "event_date" in own and earlier.event_date and reference.event_date:
        if abs((date.fromisoformat(earlier.event_date[:10]) - date.fromisoformat(reference.event_date[:10])).days) > 1:
            return False
    if "location" in own:
        distance = _distance_km(earlier, reference)
        if distance is not None and distance > SAME_EVENT_KM:
            return False
    return True


def _attach_references(ctx: _Context, coded: list[tuple["_Candidate", EventMention]]) -> list[EventMention]:
    """A definite reference ("الهجوم", "صد الهجوم", "القصف") to an event already coded is that event.

    It adds what it tells (a toll, an actor) to the nearest earlier mention instead of opening a new event,
    unless its own sentence dates or places it differently.
    """
    kept: list[EventMention] = []
    for candidate, mention in coded:
        surface = normalize(candidate.trigger.surface).split(" ")[0]
        # "معركة غويران", "هجوم الحسكة": a trigger in construct with a place or a definite noun is definite too
        rest = ctx.article.text[candidate.trigger.end:candidate.sentence.end]
        following = normalize(rest).strip().split(" ")[:1]
        gap = len(rest) - len(rest.lstrip())
        construct = (bool(following) and following[0].startswith("ال")) or any(
            p.start == candidate.trigger.end + gap for p in ctx.places)
        target = None
        if kept and (_DEFINITE.match(surface) or construct or candidate.is_reference):
            target = next((m for m in reversed(kept) if _same_incident(m, mention, ctx.inherited)), None)
        if target is not None:
            if target.fatalities is None and mention.fatalities is not None:
                target.fatalities = mention.fatalities
            for slot in ("actor1", "actor2"):
                if getattr(target, slot) is None and getattr(mention, slot) is not None:
                    setattr(target, slot, getattr(mention, slot))
            target.evidence.extend(e for e in mention.evidence if e.field in ("fatalities", "actor1", "actor2"))
            target.figures.extend(f for f in mention.figures if f not in target.figures)
            continue
        kept.append(mention)
    return kept


def _merge(mentions: list[EventMention], inherited: dict[int, set[str]]) -> list[EventMention]:
    """One mention per event within an article: later references to an event pool into its first mention."""
    merged: list[EventMention] = []
    for mention in mentions:
        kept = next((m for m in merged if _compatible(m, mention, inherited)), None)
        if kept is None:
            merged.append(mention)
            continue
        for name in _FILLABLE:
            if getattr(kept, name) is None and getattr(mention, name) is not None:
                setattr(kept, name, getattr(mention, name))
        if kept.sub_event_type != mention.sub_event_type:
            kept.sub_event_type = _default_taxonomy().first_by_precedence(
                kept.event_type, (kept.sub_event_type, mention.sub_event_type))
        kept.evidence.extend(e for e in mention.evidence if e not in kept.evidence)
        kept.figures.extend(f for f in mention.figures if f not in kept.figures)
        if mention.fatalities is not None and (kept.fatalities is None or mention.fatalities > kept.fatalities):
            kept.fatalities = mention.fatalities
        kept.confidence = max(kept.confidence, mention.confidence)
    return merged


@lru_cache(maxsize=1)
def _default_taxonomy() -> Taxonomy:
    return load_taxonomy()


def _attach_final_toll(ctx: _Context, mentions: list[EventMention]) -> None:
    """A stated overall toll (a breakdown by side, e.g. a final statement) goes on the article's main event."""
    totals = [f for f in ctx.figures if f.counts == "killed" and f.parts and f.coded]
    if not totals or not mentions:
        return
    main = next((m for m in mentions if m.event_type == "Battles"), mentions[0])
    total = max(totals, key=lambda f: f.coded or 0)
    if main.fatalities is None or (total.coded or 0) > main.fatalities:
        main.fatalities = total.coded
        main.evidence.append(_evidence(ctx.article, "fatalities", total.start, total.end))
        figure = _figure_dict(ctx.article, total)
        if figure not in main.figures:
            main.figures.append(figure)


_ACCUSATION = re.compile(r"(?:حمل|حملت|يحمل|تحمل)\S*\s+(?P<rest>.{0,60}?)مسؤوليه|(?P<subject>\S+)\s+مسؤوله\s+(?:بشكل|عن)"
                         r"|(?:اتهم|اتهمت|يتهم|تتهم)\s+(?P<accused>.{0,40})|بدعم\s+ومسانده\s+من\s+قبل\s+(?P<supporter>.{0,60})")
_RESPONSIBILITY = re.compile(r"(?:تبنى|تبنت|يتبنى|اعلن\S*\s+مسؤوليته\S*\s+عن)")


def _claims(ctx: _Context, mentions: list[EventMention]) -> list[Claim]:
    claims = []
    for sentence in ctx.sentences:
        folded = normalize(sentence.text)
        kinds = []
        if _ACCUSATION.search(folded):
            kinds.append("accusation")
        if _RESPONSIBILITY.search(folded):
            kinds.append("responsibility_claim")
        modality = assess(sentence.text, (0, len(sentence.text)))
        if modality.kind == "negated_event":
            kinds.append("denial")
        elif modality.kind == "threat":
            kinds.append("threat")
        if not kinds:
            continue
        actors = [a for a in ctx.actors if _in(a.start, a.end, sentence.start, sentence.end)]
        states = _distinct(actors)
        for kind in kinds:
            claimant = states[0].actor.name_en if states else None
            target = states[1].actor.name_en if len(states) > 1 else None
            claims.append(Claim(ctx.article.article_id, kind, claimant, target,
                                _evidence(ctx.article, "claim", sentence.start, sentence.end),
                                0 if mentions and kind in ("accusation", "responsibility_claim") else None))
    return claims


@lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    return Lexicon.load()


@lru_cache(maxsize=1)
def _default_coder() -> EventCoder:
    return EventCoder(
        places=PlaceResolver(Gazetteer.load()),
        actors=ActorResolver(_default_lexicon()),
        triggers=TriggerLexicon.load(),
        taxonomy=load_taxonomy(),
    )
