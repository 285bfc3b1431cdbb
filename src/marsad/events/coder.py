"""Event coding: read a cleaned article the way a careful ACLED coder would.

For every sentence of the body: find event triggers, keep the ones the sentence *reports* as having happened
(not threats, denials, questions, plans, history), pick the sub-event type by ACLED precedence, and fill the
slots from the resolvers — date (sentence, then paragraph, then the article's lead), place (most specific in the
sentence, then paragraph, then lead), actors (by event type and word order), fatalities (figures governed by the
sentence or its paragraph; an article's stated final toll goes on its main event). Mentions of one
(type, day, place, actor pair) are merged; every field keeps the span of source text it came from.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from marsad.events.model import Evidence, EventMention
from marsad.events.modality import assess
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
        paragraph_of = []
        for sentence in sentences:
            index = 0
            while index + 1 < len(paragraph_starts) and paragraph_starts[index + 1] <= sentence.start:
                index += 1
            paragraph_of.append(index)
        anchor = _parse_anchor(article.published, article.url)
        places = self.places.resolve(text, outlet_country=article.outlet_country)
        country = _dominant_country(places) or article.outlet_country
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
            figures=extract_figures(text, sentences),
            country=country,
            country_name=country_name,
        )

    # -- coding ---------------------------------------------------------------------------------------

    def code(self, article: ArticleForCoding) -> CodingResult:
        """Event mentions and claims of one article."""
        ctx = self._context(article)
        hits = self.triggers.find(ctx.norm)
        candidates: list[_Candidate] = []
        for index, sentence in enumerate(ctx.sentences):
            in_sentence = [h for h in hits if _in(h.start, h.end, sentence.start, sentence.end)]
            candidates.extend(self._code_sentence(ctx, index, sentence, in_sentence))
        mentions = _merge([self._to_mention(ctx, c) for c in candidates])
        _attach_final_toll(ctx, mentions)
        claims = _claims(ctx, mentions)
        return CodingResult(mentions, claims)

    def _code_sentence(self, ctx: _Context, index: int, sentence: Sentence,
                       hits: Sequence[TriggerHit]) -> list["_Candidate"]:
        by_type: dict[str, list[tuple[TriggerHit, str]]] = {}
        for hit in hits:
            if hit.blocked:
                continue
            modality = assess(sentence.text, (hit.start - sentence.start, hit.end - sentence.start),
                              article_year=ctx.anchor.year if ctx.anchor else None)
            if modality.kind not in REPORTED_KINDS:
                continue
            if hit.strength == "weak" and not hit.supported:
                continue
            by_type.setdefault(hit.event_type, []).append((hit, modality.kind))
        candidates = []
        for event_type, typed in by_type.items():
            sub_types = [s for hit, _ in typed for s in hit.sub_event_types]
            sub_event_type = self.taxonomy.first_by_precedence(event_type, sub_types)
            lead_hit, modality_kind = min(
                typed, key=lambda pair: (self.taxonomy.rank(event_type, pair[0].sub_event_types[0]), pair[0].start)
            )
            candidates.append(_Candidate(index, sentence, event_type, sub_event_type, lead_hit, modality_kind,
                                         [h for h, _ in typed]))
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

        when = _event_date(ctx, candidate)
        if when is not None:
            mention.event_date, mention.time_precision = _format_date(when)
            evidence.append(_evidence(article, "event_date", when.start, when.end))
            explanation.append(f"date from '{when.surface}'")

        where = _event_place(ctx, candidate)
        if where is not None:
            place = where.place
            mention.country = self.places.gazetteer.country_name(place.country)
            mention.iso = place.country
            mention.admin1 = place.admin1 or None
            mention.admin2 = place.admin2 or None
            if place.is_point or where.precision <= 2:
                mention.location = place.name_en if place.kind in ("province", "country") else (
                    f"{place.name_en}, {place.admin1}" if place.admin1 and place.admin1 != place.name_en
                    else place.name_en)
                mention.latitude, mention.longitude = place.lat, place.lon
                mention.geo_precision = where.precision
            evidence.append(_evidence(article, "location", where.start, where.end))
        elif ctx.country_name:
            mention.country, mention.iso = ctx.country_name, ctx.country

        actor1, actor2 = _event_actors(ctx, candidate)
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
        mention.figures = [_figure_dict(article, f) for f in _figures_in(ctx, sentence.start, sentence.end)]
        mention.evidence = evidence
        mention.explanation = "; ".join(explanation)
        mention.confidence = _confidence(candidate, mention)
        return mention


@dataclass(slots=True)
class _Candidate:
    sentence_index: int
    sentence: Sentence
    event_type: str
    sub_event_type: str
    trigger: TriggerHit
    modality: str
    hits: list[TriggerHit]


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
    return candidates


def _dominant_country(places: Sequence[PlaceMention]) -> str | None:
    weights: Counter = Counter()
    for mention in places:
        weights[mention.place.country] += 3 if mention.place.is_point else 1
    return weights.most_common(1)[0][0] if weights else None


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


def _event_date(ctx: _Context, candidate: _Candidate) -> DateMention | None:
    usable = [d for d in ctx.dates if d.kind in _DAY_KINDS and d.value is not None
              and d.precision in _PRECISION_CODE]
    for start, end in _sentence_window(ctx, candidate):
        inside = [d for d in usable if _in(d.start, d.end, start, end)]
        if inside:
            before = [d for d in inside if d.start <= candidate.trigger.start]
            return (before or inside)[-1] if start == candidate.sentence.start else inside[0]
    return None


def _format_date(mention: DateMention) -> tuple[str, int]:
    code = _PRECISION_CODE[mention.precision]
    value = mention.value
    if code == 3 and mention.earliest and mention.latest:
        value = mention.earliest + (mention.latest - mention.earliest) / 2
    return value.isoformat(), code


def _event_place(ctx: _Context, candidate: _Candidate) -> PlaceMention | None:
    for start, end in _sentence_window(ctx, candidate):
        inside = [p for p in ctx.places if _in(p.start, p.end, start, end) and not _is_widget(ctx, p)]
        if inside:
            return most_specific(inside)
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
    if attacker is None:
        attacker = _article_main_armed_actor(ctx)
    if event_type == "Violence against civilians":
        target = victims[0] if victims else _template(ctx, "civilians")
    elif target is None and victims and event_type == "Explosions/Remote violence":
        target = victims[0]
    if target is not None and attacker is not None and target.actor.name_en == attacker.actor.name_en:
        target = None
    return attacker, target


def _distinct(mentions: list[ActorMention]) -> list[ActorMention]:
    seen, kept = set(), []
    for mention in mentions:
        if mention.actor.name_en not in seen:
            seen.add(mention.actor.name_en)
            kept.append(mention)
    return kept


def _order_by_role(candidate: _Candidate, armed: list[ActorMention]) -> tuple[ActorMention | None,
                                                                               ActorMention | None]:
    if not armed:
        return None, None
    if len(armed) == 1:
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
    return _TEMPLATE_CACHE(ctx, role)


def _TEMPLATE_CACHE(ctx: _Context, role: str) -> ActorMention | None:
    if not ctx.country_name:
        return None
    actor = _default_lexicon().template_actor(role, ctx.country_name)
    if actor is None:
        return None
    return ActorMention(-1, -1, "", actor, "generic", 0.5)


def _article_main_armed_actor(ctx: _Context) -> ActorMention | None:
    counts: Counter = Counter()
    first: dict[str, ActorMention] = {}
    for mention in ctx.actors:
        if mention.actor.kind in ARMED_KINDS and mention.confidence >= 0.6:
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


def _merge(mentions: list[EventMention]) -> list[EventMention]:
    """One mention per (type, day, place, actor pair) within an article; evidence and figures are pooled."""
    merged: dict[tuple, EventMention] = {}
    for mention in mentions:
        key = (mention.event_type, mention.event_date, mention.location or mention.country, mention.actor1,
               mention.actor2)
        kept = merged.get(key)
        if kept is None:
            merged[key] = mention
            continue
        kept.evidence.extend(e for e in mention.evidence if e not in kept.evidence)
        kept.figures.extend(f for f in mention.figures if f not in kept.figures)
        if mention.fatalities is not None and (kept.fatalities is None or mention.fatalities > kept.fatalities):
            kept.fatalities = mention.fatalities
        kept.confidence = max(kept.confidence, mention.confidence)
    return list(merged.values())


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
