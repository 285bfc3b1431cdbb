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
from bisect import bisect_right
import re
import weakref
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from marsad.datafile import load_yaml
from marsad.errors import MarsadError
from marsad.events.modality import assess
from marsad.events.mention_filter import ArticleView, MentionFilter, SetAside, default_filter
from marsad.events.model import REPORT_DAY_NOTE, EventMention, Evidence
from marsad.events.taxonomy import Taxonomy, load_taxonomy
from marsad.events.triggers import TriggerHit, TriggerLexicon
from marsad.lang.ar.normalize import Normalized, normalize, normalize_with_offsets
from marsad.lang.ar.sentences import Sentence, split_sentences
from marsad.models import Segment
from marsad.text.actors import ActorMention, ActorResolver, Lexicon
from marsad.text.dates import DateMention, date_from_url, resolve_dates
from marsad.text.figures import Figure, extract_figures
from marsad.text.places import (Gazetteer, PlaceMention, PlaceResolver, PlaceScan, most_specific,
                                 nationality_forms)
from marsad.text.regex_trie import alternation

CODER_VERSION = "2"  # 2: the learned mention filter

VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})
_ATTACK_TYPES = VIOLENT_TYPES - {"Riots"}  # what a definite "الهجوم" may point back to, whatever its first type
# fighting words name a battle only, unlike "الهجوم" or "القصف" (the structure of the word, not a list to extend)
_FIGHTING_WORD = re.compile(r"(?:اشتباك|مواجه|معارك|معركه|قتال|اقتتال)")
REPORTED_KINDS = frozenset({"reported", "negated_outcome", "reported_speech_claim"})
ARMED_KINDS = frozenset({"state", "rebel", "militia", "identity_militia", "external", "un"})
VICTIM_KINDS = frozenset({"civilians"})
_DAY_KINDS = frozenset({"absolute", "relative", "weekday", "hijri"})
_PRECISION_CODE = {"day": 1, "week": 2, "month": 3}
# The coder's cue patterns, by entry of data/coder_cues.yaml: each is written beside the rule that reads it, with
# %(list)s where the alternation of that entry's list goes; `_coder_cues()` compiles them at first use.
_CUE_TEMPLATES: dict[str, str] = {}


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
    title: str | None = None  # the page title; HTML extraction leaves it out of source_text


def coding_input(article_id: str, text: str, source_text: str, segments: Sequence[Segment], published: str | None,
                 url: str | None, outlet: str | None, outlets=None, gazetteer: Gazetteer | None = None,
                 title: str | None = None) -> ArticleForCoding:
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
    return ArticleForCoding(article_id, text, source_text, list(segments), published, url, outlet, outlet_country,
                            title)


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
    set_aside: list[SetAside] = field(default_factory=list)  # what the mention filter dropped, for review


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
    # per mention (by id): towns its sentence names that the gazetteer lacks; two different ones are two places
    unknown_places: dict[int, frozenset[str]] = field(default_factory=dict)
    # caches of per-sentence and per-place readings, keyed by start offset
    unknown_in_sentence: dict[int, frozenset[str]] = field(default_factory=dict)
    elsewhere_place: dict[int, bool] = field(default_factory=dict)
    direction_of_place: dict[int, str | None] = field(default_factory=dict)
    folded_sentence: dict[int, str] = field(default_factory=dict)
    usable_dates: list[DateMention] | None = None
    body_start: int | None = None  # where dates stop being the dateline's (see _dated_dateline_end)
    events_told: int = 0  # candidates coded from the sentences read so far
    types_told: set[str] = field(default_factory=set)  # their event types
    # per sentence index: (event type, trigger surface) of the candidates coded from it
    sentence_events: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    coding_places: tuple[list[PlaceMention], list[PlaceMention]] | None = None  # (usable, headers)
    # usable places past the dateline that are neither headers nor sources/destinations, with their direction reference
    scene_places: list[tuple[PlaceMention, str | None]] | None = None
    # mentions (by id) whose own sentences tell no toll: none, or 0 only by default (see _attach_headline_toll)
    toll_untold: set[int] = field(default_factory=set)
    # actor name -> the name of the group it belongs to (the lexicon's `parent`: Hamza Division -> SNA)
    actor_parents: dict[str, str] = field(default_factory=dict)

    def folded(self, sentence: Sentence) -> str:
        """The sentence normalised (cached: many rules read it)."""
        text = self.folded_sentence.get(sentence.start)
        if text is None:
            text = self.folded_sentence[sentence.start] = normalize(sentence.text)
        return text


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
                 taxonomy: Taxonomy, mention_filter: MentionFilter | None = None):
        self.places = places
        self.actors = actors
        self.triggers = triggers
        self.taxonomy = taxonomy
        self.mention_filter = mention_filter  # None: every mention the rules code is kept
        self._country_codes: dict[str, str | None] = {}
        known = actors.lexicon.actors
        self._actor_parents = {actor.name_en: known[actor.parent].name_en for actor in known.values()
                               if actor.parent in known}

    def _country_code(self, name: str) -> str | None:
        """The gazetteer's ISO code of an English country name, remembered (every article asks for the same few)."""
        if name not in self._country_codes:
            self._country_codes[name] = self.places.gazetteer.country_code(name)
        return self._country_codes[name]

    @classmethod
    def default(cls, *, mention_filter: bool = True) -> "EventCoder":
        """The coder with the shipped lexicons, gazetteer and (unless `mention_filter` is False) mention filter."""
        return _default_coder() if mention_filter else _rules_only_coder()

    @property
    def version(self) -> str:
        """What is stored with each article's coding, so that a change of coder can be told apart."""
        return CODER_VERSION if self.mention_filter is not None else f"{CODER_VERSION}-rules-only"

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
        # each resolver reads the text once; the second resolution, with the country found, reuses that reading
        place_scan = self.places.scan(text, normalized=norm)
        actor_scan = self.actors.scan(text, normalized=norm)
        places = self._read_places(text, norm, place_scan, article.outlet_country)
        first_pass_actors = self.actors.resolve(text, normalized=norm, scan=actor_scan)
        lead_end = paragraph_starts[1] if len(paragraph_starts) > 1 else len(text)
        country = self._article_country(places, first_pass_actors, article.outlet_country, lead_end, norm.text, text)
        if country:
            places = _in_article_countries(self._read_places(text, norm, place_scan, article.outlet_country, country),
                                           country)
            attested = self._attested_countries(places, first_pass_actors, norm.text,
                                                {country, article.outlet_country})
            places = [p for p in places if p.place.country in attested]
        places = _without_misplaced_towns(places, text)
        country_name = self.places.gazetteer.country_name(country) if country else None
        dateline_end = _dateline_end(text)
        dates = resolve_dates(text, anchor, normalized=norm)
        if anchor is None:
            # a wire dispatch dated in its dateline ("سامراء، 17 كانون الثاني 2024 (وكالة ...) -"): its "أمس السبت" and
            # "ليل الثلاثاء" count from that date
            dated_end = _date_dateline_end(text, dateline_end, dates)
            dated = next((d for d in dates if d.start < dated_end and d.kind == "absolute" and d.precision == "day"
                          and d.value is not None), None)
            if dated is None:
                dated = _page_date_line(text, dates)
            if dated is None and article.source_text and article.source_text != text:
                # the cleaner may have lifted the date line out of the body (as the title, say): read the page
                head = article.source_text[:_PAGE_DATE_REACH]
                dated = _page_date_line(head, resolve_dates(head, None))
            if dated is not None:
                anchor = dated.value
                dates = resolve_dates(text, anchor, normalized=norm)
        actors = self.actors.resolve(text, country=country_name, date=anchor, normalized=norm, scan=actor_scan)
        return _Context(
            article=article,
            norm=norm,
            sentences=sentences,
            paragraph_of=paragraph_of,
            anchor=anchor,
            dates=dates,
            places=places,
            actors=actors,
            figures=extract_figures(text, sentences, normalized=norm),
            country=country,
            country_name=country_name,
            non_news_genre=_non_event_cues().is_non_news_genre(norm.text),
            dateline_end=dateline_end,
            actor_parents=self._actor_parents,
        )

    def _read_places(self, text: str, norm: Normalized, scan: PlaceScan, outlet_country: str | None,
                     country_hint: str | None = None) -> list[PlaceMention]:
        """The article's places: namesakes read by a following nationality, outlets' names ("الوادي نيوز") left out."""
        resolved = self.places.resolve(text, country_hint=country_hint, outlet_country=outlet_country,
                                       normalized=norm, scan=scan)
        return _without_outlet_names(self._by_nationality(resolved, text), text)

    def _by_nationality(self, places: list[PlaceMention], text: str) -> list[PlaceMention]:
        """"طرابلس اللبنانية": a place name followed by a nationality is the namesake in that country."""
        from dataclasses import replace

        nationalities = nationality_forms()
        read = []
        for mention in places:
            if not mention.alternatives:
                read.append(mention)
                continue
            following = normalize(text[mention.end:mention.end + 20]).split()[:1]
            country = nationalities.get(following[0].strip('".,،؛:()')) if following else None
            code = self._country_code(country) if country else None
            if code and code != mention.place.country:
                namesake = next((p for p in mention.alternatives if p.country == code), None)
                if namesake is not None:
                    mention = replace(mention, place=namesake, alternatives=(mention.place,))
            read.append(mention)
        return read

    def _article_country(self, places: Sequence[PlaceMention], actors: Sequence[ActorMention],
                         outlet_country: str | None, lead_end: int, folded: str = "", text: str = "") -> str | None:
        """The country the article is about: votes from places, state forces, country names and the outlet; failing
        all of them, nationality adjectives."""
        votes: Counter = Counter()
        cause_before = _coder_cues()["cause_before"]
        # countries the article's state forces belong to: a name several countries share (طرابلس) is read as the
        # namesake in one of them ("الجيش اللبناني" in Tripoli is Lebanon's Tripoli)
        state_forces = [(m, self._country_code(m.actor.country)) for m in actors
                        if m.actor.kind == "state" and m.actor.country and m.confidence >= 0.6]
        forces = {code for _, code in state_forces}
        for mention in places:
            if text and cause_before.search(normalize(text[max(0, mention.start - 70):mention.start])):
                continue  # "تضامناً مع أهالي قطاع غزة" in Cairo: the cause, not where the article happens
            # a country or province name is rarely a misreading; a lone village name often is
            weight = 3 if mention.place.kind in ("country", "region", "district") else (
                2 if mention.place.is_point else 1)
            country = mention.place.country
            if country not in forces:
                country = next((other.country for other in mention.alternatives if other.country in forces), country)
            votes[country] += weight * (2 if mention.start < lead_end else 1)
        for mention, code in state_forces:
            if code:
                votes[code] += 3 * (2 if mention.start < lead_end else 1)
        if outlet_country:
            votes[outlet_country] += 2
        if not votes:
            # no place, force or outlet to go by: "قُتل ستة جنود نيجريين" is about Niger
            nationalities = nationality_forms()
            for word in _WORD.findall(folded):
                code = self._country_code(nationalities[word]) if word in nationalities else None
                if code:
                    votes[code] += 1
        return votes.most_common(1)[0][0] if votes else None

    def _attested_countries(self, places: Sequence[PlaceMention], actors: Sequence[ActorMention], folded: str,
                            known: set[str | None]) -> set[str | None]:
        """Countries the article names: by name, by a nationality adjective, or by one of their actors.

        A place in any other country ("وأن" read as Van, "طريق مكة المكرمة", "الشرقية" as Saudi Arabia's
        Eastern Province) is a misreading far more often than a real foreign place.
        """
        attested = set(known)
        attested.update(m.place.country for m in places if m.place.kind == "country")
        for mention in actors:
            if mention.actor.country and mention.confidence >= 0.6:
                attested.add(self._country_code(mention.actor.country))
        nationalities = nationality_forms()
        for word in set(folded.split()) & nationalities.keys():
            attested.add(self._country_code(nationalities[word]))
        return attested

    # -- coding ---------------------------------------------------------------------------------------

    def code(self, article: ArticleForCoding) -> CodingResult:
        """Event mentions and claims of one article."""
        cues = _non_event_cues()
        if cues.article_genre(article.source_text or article.text) is not None or (
                article.title and cues.article_genre(article.title) is not None):
            return CodingResult()
        ctx = self._context(article)
        hits = self.triggers.find(ctx.norm)
        candidates: list[_Candidate] = []
        for index, sentence in enumerate(ctx.sentences):
            in_sentence = [h for h in hits if _in(h.start, h.end, sentence.start, sentence.end)]
            coded_here = self._code_sentence(ctx, index, sentence, in_sentence)
            candidates.extend(coded_here)
            ctx.events_told = len(candidates)
            ctx.types_told.update(c.event_type for c in coded_here)
        for candidate in candidates:
            ctx.sentence_events.setdefault(candidate.sentence_index, []).append(
                (candidate.event_type, candidate.trigger.surface))
        coded = [(c, self._to_mention(ctx, c)) for c in candidates]
        sentence_of = {id(m): c.sentence_index for c, m in coded}
        mentions = _merge(ctx, _attach_references(ctx, coded))
        _name_claimed_attackers(ctx, mentions, sentence_of)
        if ctx.anchor is not None:
            # a day after the article's own is a plan or a call ("اعتصام يُنظَّم الأحد المقبل"), not a report
            mentions = [m for m in mentions if m.time_precision != 1 or m.event_date is None
                        or date.fromisoformat(m.event_date) <= ctx.anchor]
        _attach_final_toll(ctx, mentions)
        _attach_headline_toll(ctx, mentions)
        _attach_lone_toll(ctx, mentions)
        _prefer_disputed_lower(ctx, mentions)
        _date_by_report(ctx, mentions)
        mentions = _without_accidental_blasts(ctx, mentions)
        set_aside: list[SetAside] = []
        if self.mention_filter is not None and mentions:
            mentions, set_aside = self.mention_filter.apply(
                mentions, ArticleView.of(article.source_text or article.text, article.title, article.published))
        claims = _claims(ctx, mentions)
        return CodingResult(mentions, claims, set_aside)

    def _code_sentence(self, ctx: _Context, index: int, sentence: Sentence,
                       hits: Sequence[TriggerHit]) -> list["_Candidate"]:
        by_type: dict[str, list[tuple[TriggerHit, str]]] = {}
        if hits and (_is_habitual(ctx, sentence) or _is_history(ctx, sentence)
                     or _coder_cues()["background_opening"].match(ctx.folded(sentence))):
            return []
        cues = _non_event_cues()
        sentence_norm = ctx.folded(sentence)
        if hits and cues.blocks_sentence(sentence_norm, dated=_has_own_day(ctx, sentence)):
            return []
        for hit in hits:
            if not hit.active or _in_scare_quotes(ctx, hit):
                continue
            modality = assess(sentence.text, (hit.start - sentence.start, hit.end - sentence.start),
                              article_year=ctx.anchor.year if ctx.anchor else None)
            if modality.kind not in REPORTED_KINDS:
                continue
            if (modality.kind == "negated_outcome" and ctx.events_told
                    and _coder_cues()["killing_word"].search(normalize(hit.surface))):
                continue  # "لم يُقتل أحد في الهجوم": the toll of the event already told, not a second event
            if hit.strength == "weak" and not hit.supported:
                continue
            before_hit = normalize(ctx.article.text[sentence.start:hit.start])
            if cues.blocks_before(before_hit):
                continue
            if (ctx.events_told or by_type) and cues.refers_to_told(before_hit):
                continue
            if ctx.non_news_genre and (hit.strength == "weak" or not _figures_in(ctx, sentence.start, sentence.end)):
                continue
            if hit.event_type == "Strategic developments" and _not_a_development(ctx, sentence, hit):
                continue
            if _is_earlier_background(ctx, sentence, hit, before_hit):
                continue
            by_type.setdefault(hit.event_type, []).append((hit, modality.kind))
        by_type = _arrest_or_abduction(ctx, sentence, _attack_or_clash(ctx, sentence, by_type))
        candidates = []
        for event_type, typed in by_type.items():
            if event_type == "Battles":
                typed = [(h, m) for h, m in typed if not (set(h.sub_event_types) <= TERRITORY_SUB_TYPES
                                                          and _is_state_of_control(ctx, h))]
                if not typed:
                    continue  # the sentence only says who holds the ground
            groups = self._sub_event_groups(ctx, sentence, event_type, typed)
            for position, group in enumerate(groups):
                sub_types = [hit.sub_event_types[0] for hit, _ in group]  # each hit's reading, not all it may mean
                sub_event_type = self.taxonomy.first_by_precedence(event_type, sub_types)
                lead_hit, modality_kind = min(
                    group, key=lambda pair: (self.taxonomy.rank(event_type, pair[0].sub_event_types[0]), pair[0].start)
                )
                preceding = normalize(ctx.article.text[max(sentence.start, lead_hit.start - 12):lead_hit.start]).split()
                candidates.append(_Candidate(index, sentence, event_type, sub_event_type, lead_hit, modality_kind,
                                             [h for h, _ in group],
                                             is_reference=bool(preceding) and preceding[-1] in _AFTER_WORDS,
                                             secondary=sub_event_type != "Attack" and any(
                                                 h.sub_event_types[0] == "Attack" for g in groups for h, _ in g)))
        return _resolve_cross_type(candidates, self.taxonomy)

    def _sub_event_groups(self, ctx: _Context, sentence: Sentence, event_type: str,
                          typed: list[tuple[TriggerHit, str]]) -> list[list[tuple[TriggerHit, str]]]:
        """Violence against civilians: killings, abductions and rapes told in one sentence are separate events
        ("قُتل أربعة مدنيين واختُطفت ست نساء"); any other type is one event per sentence."""
        if event_type != "Violence against civilians":
            return [typed]
        groups: dict[str, list[tuple[TriggerHit, str]]] = {}
        for pair in typed:
            key = self.taxonomy.first_by_precedence(event_type, pair[0].sub_event_types)
            groups.setdefault(key, []).append(pair)
        casualties = [f for f in _figures_in(ctx, sentence.start, sentence.end)
                      if f.counts in ("killed", "wounded", "casualties")]
        if "Abduction/forced disappearance" in groups and "Attack" in groups and not casualties:
            del groups["Attack"]  # storming a house to take someone away is the abduction, not a second event
        return list(groups.values())

    def _to_mention(self, ctx: _Context, candidate: "_Candidate") -> EventMention:
        article = ctx.article
        sentence = candidate.sentence
        evidence = [_evidence(article, "trigger", candidate.trigger.start, candidate.trigger.end),
                    _evidence(article, "sentence", sentence.start, sentence.end)]
        mention = EventMention(article_id=article.article_id, event_type=candidate.event_type,
                               sub_event_type=candidate.sub_event_type, evidence=evidence)
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
        elif where is not None and _direction_reference(ctx, where) is not None:
            inherited.add("location_vague")  # only a landmark near the scene: a later sentence may name the scene
        if where is not None:
            self._set_place(mention, where)
            evidence.append(_evidence(article, "location", where.start, where.end))
            if _is_container(where) and (_names_unknown_place(ctx, sentence) or _names_unknown_place(
                    ctx, next((s for s in ctx.sentences if s.start <= where.start < s.end), sentence))):
                # the event is somewhere in this province, at a town we cannot place: no pin beats a wrong pin
                mention.location = mention.latitude = mention.longitude = mention.geo_precision = None
                inherited.add("pin_withheld")
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
            if found is not None:
                _set_actor(ctx, mention, slot, found)
        if candidate.event_type == "Violence against civilians" or (
            mention.inter2 == 7 and candidate.event_type in ("Explosions/Remote violence", "Riots")
        ):
            mention.civilian_targeting = "Civilian targeting"

        killed = [] if candidate.secondary else _event_figures(ctx, candidate)
        if candidate.modality == "negated_outcome":
            mention.fatalities = 0
        elif killed:
            mention.fatalities = sum(f.coded or 0 for f in killed) + _uncounted_bombers(ctx, candidate, killed)
            for figure in killed:
                evidence.append(_evidence(article, "fatalities", figure.start, figure.end))
        elif candidate.secondary:
            pass  # the deaths of this sentence belong to the killing told with the abduction
        elif _says_nobody_died(ctx, sentence) or _coder_cues()["no_casualties"].search(ctx.folded(sentence)):
            mention.fatalities = 0
            explanation.append("the text says nobody died: 0 fatalities")
        else:
            ctx.toll_untold.add(id(mention))  # the headline may still tell it (_attach_headline_toll)
            if (candidate.event_type in ("Protests", "Riots")  # a death there is often the grievance
                    or (_only_wounded(ctx, sentence) and not _tells_uncounted_death(ctx, sentence))):
                # ACLED: casualties without deaths are 0 deaths; a demonstration with no reported death has 0
                mention.fatalities = 0
                explanation.append("no deaths reported: 0 fatalities")
        mention.figures = [_figure_dict(article, f) for f in _figures_in(ctx, sentence.start, sentence.end)]
        mention.explanation = "; ".join(explanation)
        mention.confidence = _confidence(candidate, mention)
        ctx.inherited[id(mention)] = inherited
        ctx.unknown_places[id(mention)] = _unknown_place_names(ctx, sentence)
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
_CUE_TEMPLATES["state_of_control_before"] = r"(?:%(words)s|(?:و|ف)?%(verbs)s(?:\s+\S+)?)\s*$"


def _is_state_of_control(ctx: "_Context", hit: TriggerHit) -> bool:
    """"سيطرته" (its control), "تحت سيطرة", "إنهاء سيطرته": who holds ground, not ground changing hands."""
    surface = normalize(hit.surface)
    if re.search(r"(?:ته|تها|تهم|تهما)$", surface) and surface.startswith(("سيطر", "لسيطر", "بسيطر")):
        return True
    word_start = hit.start
    while word_start > 0 and ctx.article.text[word_start - 1].isalpha():
        word_start -= 1  # "لسيطرة": look before the clitic, not between it and the trigger
    before = normalize(ctx.article.text[max(0, word_start - 24):word_start])
    return bool(_coder_cues()["state_of_control_before"].search(before.strip()))


# per gazetteer, with its size when indexed: a gazetteer that gained places (an import) is indexed again
_CAPITALS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _provincial_capital(gazetteer: Gazetteer, province) -> object | None:
    """The largest town that shares the province's name and admin1 (Kirkuk for Kirkuk Governorate)."""
    indexed = _CAPITALS.get(gazetteer)
    if indexed is None or indexed[0] != len(gazetteer):
        # one pass over the places, much cheaper than building the gazetteer's full name index for this
        capitals = {}
        for place in gazetteer:
            if place.is_point and place.admin1:
                key = (place.admin1, normalize(place.name_ar))
                if key not in capitals or place.population > capitals[key].population:
                    capitals[key] = place
        indexed = _CAPITALS[gazetteer] = (len(gazetteer), capitals)
    capitals = indexed[1]
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
    secondary: bool = False  # an abduction or rape told in the same sentence as a killing, which owns the deaths


def _civilian_victims(ctx: _Context, sentence: Sentence) -> bool:
    if any(f.side and f.side.category == "civilians" and f.counts in ("killed", "wounded", "casualties")
           for f in _figures_in(ctx, sentence.start, sentence.end)):
        return True
    return any(a.actor.kind in VICTIM_KINDS and _in(a.start, a.end, sentence.start, sentence.end)
               for a in ctx.actors)


def _armed_in(ctx: _Context, sentence: Sentence) -> list[ActorMention]:
    return _distinct([a for a in ctx.actors if a.actor.kind in ARMED_KINDS
                      and _in(a.start, a.end, sentence.start, sentence.end)])


_PROPERTY_REACH = 50  # characters after an attack verb where its object stands ("هاجمت مجموعات من المستوطنين البيوت")


def _attacks_property(ctx: _Context, hit: TriggerHit, sentence: Sentence) -> bool:
    """The attack verb's object, a few words on, is homes, shops or a market: its targets are civilians."""
    after = normalize(ctx.article.text[hit.end:min(sentence.end, hit.end + _PROPERTY_REACH)])
    return bool(_coder_cues()["civilian_property"].search(after))


_SCARE_QUOTE_WORDS = 2  # «معركة», «معركة حقيقية»: a word or two in quotes is a figure of speech, not a report


def _in_scare_quotes(ctx: _Context, hit: TriggerHit) -> bool:
    """"خاض المصارعون «معركة» حامية", "فرق الإطفاء خاضت «معركة حقيقية»", 'تحولت القاعة إلى "ساحة معركة"': a trigger
    set in quotes on its own."""
    text = ctx.article.text
    for opener, closer in (("«", "»"), ("“", "”"), ('"', '"')):
        opening = text.rfind(opener, max(0, hit.start - 30), hit.start + 1)
        if opening < 0:
            continue
        closing = text.find(closer, hit.end, hit.end + 30)
        if closing < 0 or closer in text[opening + 1:hit.start]:
            continue
        if opener == '"':
            line_start = text.rfind("\n", 0, opening) + 1
            if text.count('"', line_start, opening) % 2:
                continue  # that quote mark closes an earlier quotation
        if len(text[opening + 1:closing].split()) <= _SCARE_QUOTE_WORDS:
            return True
    return False


_BACKGROUND_DAYS = 14  # a pluperfect event dated this long before the report is background


def _is_earlier_background(ctx: _Context, sentence: Sentence, hit: TriggerHit, before_hit: str) -> bool:
    """"أُفرج عن سائق كان قد اختُطف ... في أكتوبر الماضي، ووصل مساء أمس": an act told in the pluperfect (كان قد) and
    dated weeks before the report (by the first date after it, else by the sentence's dates) is the background of
    today's news, not an event it reports."""
    if ctx.anchor is None or not _coder_cues()["pluperfect_before"].search(before_hit):
        return False
    dated = [d for d in ctx.dates if _in(d.start, d.end, sentence.start, sentence.end) and d.value is not None
             and d.kind != "duration"]
    after = [d for d in dated if d.start >= hit.end]
    dated = after[:1] or dated
    return bool(dated) and all((ctx.anchor - (d.latest or d.value)).days > _BACKGROUND_DAYS for d in dated)


_CUE_TEMPLATES["pluperfect_before"] = r"(?:^|\s)(?:و|ف)?%(auxiliaries)s\s+(?:\S+\s+){0,4}?%(particles)s\s*$"


def _has_own_day(ctx: _Context, sentence: Sentence) -> bool:
    """The sentence dates something to a day ("يوم الأربعاء", "فجر اليوم")."""
    return any(_in(d.start, d.end, sentence.start, sentence.end) and d.precision == "day" for d in ctx.dates)


def _attack_or_clash(ctx: _Context, sentence: Sentence,
                     by_type: dict[str, list[tuple[TriggerHit, str]]]) -> dict[str, list[tuple[TriggerHit, str]]]:
    """ACLED decides by the target: an attack on civilians is Violence against civilians, on armed men a battle."""
    if "Explosions/Remote violence" in by_type:
        return by_type  # the "attack" is the strike or the blast itself
    clash = [(h, m) for h, m in by_type.get("Battles", [])
             if "Armed clash" in h.sub_event_types and ("Violence against civilians", "Attack") in h.alternatives]
    attack = [(h, m) for h, m in by_type.get("Violence against civilians", []) if "Attack" in h.sub_event_types]
    civilians = _civilian_victims(ctx, sentence) or any(_attacks_property(ctx, hit, sentence) for hit, _ in clash)
    armed = _armed_in(ctx, sentence)
    military_victims = any(f.side and f.side.category in ("security_forces", "militants") or _not_all_civilians(f)
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


# a development only alleged, demanded, traded for, ongoing or meant: "متهمة المسلحين بنهب", "تطالب بفك الحصار",
# "مقابل إطلاق سراحهم", "تواصل عمليات التمشيط"
_CUE_TEMPLATES["not_a_development_before"] = r"(?:^|\s)(?:و|ف)?(?:ب|ل)?%(forms)s(?:\s+\S+){0,8}\s*$"


# "منذ وقف إطلاق النار", "بعد انسحاب القوات": a development named as the time of something else
_CUE_TEMPLATES["since_or_after"] = r"(?:^|\s)(?:و)?%(forms)s\s*(?:\S+\s+)?$"
_DEFINITE = re.compile(r"(?:و|ف)?(?:ب|ل|ك)?(?:ال|لل)")
_CUE_TEMPLATES["proposal_or_refusal"] = r"(?:^|\s)(?:و|ف|ب|ل)?(?:ال)?%(forms)s(?=\s|$)"
_CUE_TEMPLATES["priced"] = r"(?:^|\s)(?:ب)?قيمه\s+\S+\s+%(magnitudes)s?\s*%(currencies)s"
# a trigger that is itself a death or a wound ("لم يُقتل أحد"), not an act that may or may not have caused one
_CUE_TEMPLATES["killing_word"] = r"(?:^|\s)\S{0,2}%(forms)s"
# measures the authorities take after violence (a curfew, a state of emergency): ACLED codes the violence, and the
# measure that answers it is policy, not another event
_RESPONSE_MEASURES = frozenset({"strategic-curfew-emergency"})
# attacks whose burning and looting ACLED folds into them; after a battle that takes a town, the looting by its new
# holders is an event of its own
_ATTACKS_THAT_LOOT = frozenset({"Violence against civilians", "Explosions/Remote violence", "Riots"})
_CROWD_TYPES = frozenset({"Protests", "Riots"})


def _not_a_development(ctx: _Context, sentence: Sentence, hit: TriggerHit) -> bool:
    """A strategic-development trigger that is alleged, demanded, ongoing, or a purpose ("المبنى المستخدم لاحتجاز"),
    or a measure answering violence the article has told."""
    if hit.entry_id in _RESPONSE_MEASURES and ctx.events_told:
        return True
    sub_event_type = hit.sub_event_types[0]
    if sub_event_type == "Looting/property destruction" and ctx.types_told & _ATTACKS_THAT_LOOT:
        return True  # the attackers' burning and looting is part of the attack already told (ACLED codes one event)
    if sub_event_type == "Arrests" and ctx.types_told & _CROWD_TYPES:
        return True  # arrests while a demonstration is dispersed are the intervention in it, not a second event
    before_hit = normalize(ctx.article.text[sentence.start:hit.start])
    coder_cues = _coder_cues()
    if coder_cues["not_a_development_before"].search(before_hit) or coder_cues["since_or_after"].search(before_hit):
        return True
    if hit.strength == "weak" and _DEFINITE.match(_whole_word(ctx.article.text, hit.start)):
        # a development is told with a verb or a new noun (اعتقلت، حملة دهم); a known one (الحصار، المطلوبين،
        # الانسحاب) is named as the background of something else
        return True
    if sub_event_type == "Agreement":
        sentence_norm = ctx.folded(sentence)
        if coder_cues["proposal_or_refusal"].search(sentence_norm) or coder_cues["priced"].search(sentence_norm):
            return True  # a truce proposed, demanded or refused is not concluded; a priced deal is a contract
    word = _whole_word(ctx.article.text, hit.start)
    return word.startswith("ل") and not word.startswith("لل") and word[1:] == normalize(hit.surface).split(" ")[0]


def _arrest_or_abduction(ctx: _Context, sentence: Sentence,
                         by_type: dict[str, list[tuple[TriggerHit, str]]]) -> dict[str, list[tuple[TriggerHit, str]]]:
    """ACLED: only state forces arrest; armed men who seize civilians ("ردّ مسلحون محليون باحتجاز خمسة") abduct them."""
    arrests = [(h, m) for h, m in by_type.get("Strategic developments", []) if h.sub_event_types[0] == "Arrests"]
    if not arrests:
        return by_type
    first = min(h.start for h, _ in arrests)
    agents = [a for a in _armed_in(ctx, sentence) if a.start < first]
    # rebels that govern ground (قسد، هيئة تحرير الشام) detain suspects as authorities do; militias and gunmen abduct
    if not agents or agents[-1].actor.kind not in ("militia", "identity_militia"):
        return by_type
    moved = [(_as_type(h, "Violence against civilians", "Abduction/forced disappearance"), m) for h, m in arrests]
    by_type["Violence against civilians"] = by_type.get("Violence against civilians", []) + moved
    by_type["Strategic developments"] = [p for p in by_type["Strategic developments"] if p not in arrests]
    if not by_type["Strategic developments"]:
        del by_type["Strategic developments"]
    return by_type


def _not_all_civilians(figure: Figure) -> bool:
    """"26 قتيلاً بينهم مدنيان": civilians are only part of the dead, so the others were not civilians."""
    if figure.counts != "killed" or figure.side is not None or not figure.parts or not figure.coded:
        return False
    civilians = sum(p.coded or 0 for p in figure.parts if p.side and p.side.category == "civilians")
    return 0 < civilians < figure.coded


_CUE_TEMPLATES["fighters_after"] = r"^(?:\s+\S+){0,3}?\s+(?:من\s+)?%(forms)s"


def _captured_fighters(candidate: _Candidate) -> bool:
    """"وأسر عدد من عناصر الميليشيا": fighters taken in a battle, not civilians abducted."""
    sentence = candidate.sentence
    return all(hit.entry_id == "vac-hostages" and _coder_cues()["fighters_after"].match(
        normalize(sentence.text[hit.end - sentence.start:hit.end - sentence.start + 60])) for hit in candidate.hits)


def _as_type(hit: TriggerHit, event_type: str, sub_event_type: str) -> TriggerHit:
    from dataclasses import replace

    return replace(hit, event_type=event_type, sub_event_types=(sub_event_type,))


def _resolve_cross_type(candidates: list[_Candidate], taxonomy: Taxonomy) -> list[_Candidate]:
    """One incident in one sentence is one event: an air strike during a battle is a Battles event."""
    types = {c.event_type for c in candidates}
    if "Battles" in types and "Explosions/Remote violence" in types:
        battle_words = [h for c in candidates if c.event_type == "Battles" for h in c.hits]
        if all(h.entry_id in ("battles-attack", "vac-targeting") for h in battle_words):
            # "هجوم انتحاري", "منفذ الهجوم", "التفجير الذي استهدف معسكراً": the attack is the bombing or the strike
            candidates = [c for c in candidates if c.event_type != "Battles"]
        else:
            candidates = [c for c in candidates if c.event_type != "Explosions/Remote violence"]
    if "Violence against civilians" in types and types & {"Battles", "Explosions/Remote violence"}:
        # civilians killed by shelling or in crossfire are victims of that event, not a separate attack; men
        # captured in a battle ("واستعادت المواقع ... وأسر عدد من عناصر الميليشيا") are its prisoners
        candidates = [c for c in candidates if c.event_type != "Violence against civilians" or not (
            c.sub_event_type == "Attack" or _captured_fighters(c))]
    if "Violence against civilians" in types and types & {"Protests", "Riots"}:
        # "قُتل طالبان بعد أن أطلقت الشرطة الرصاص لتفريق مسيرة": the deaths are the crackdown's or the riot's
        candidates = [c for c in candidates if c.event_type != "Violence against civilians" or c.sub_event_type != "Attack"]
    if "Riots" in types and "Protests" in types:
        candidates = [c for c in candidates if c.event_type != "Protests"]
    if "Riots" in types and "Battles" in types:
        # "مواجهات بين شبان غاضبين ووحدات من الجيش": rioters facing troops is the riot, not a battle
        candidates = [c for c in candidates if c.event_type != "Battles"]
    intercepted = [c for c in candidates if c.event_type == "Strategic developments"
                   and c.sub_event_type == "Disrupted weapons use" and any(
                       h.entry_id == "strategic-interception" for h in c.hits)]
    if intercepted and "Explosions/Remote violence" in types:
        # "اعترضت الدفاعات الجوية طائرة مسيّرة مفخخة": the drone or missile shot down is disrupted weapons use (ACLED)
        return [c for c in candidates if c.event_type not in ("Explosions/Remote violence", "Battles")]
    storming = [c for c in candidates if c.event_type == "Battles"
                and all(h.entry_id == "battles-storm" for h in c.hits if h.event_type == "Battles")]
    if storming and any(c.event_type == "Violence against civilians" and c.sub_event_type
                        == "Abduction/forced disappearance" for c in candidates):
        # "اقتحمت عناصر مسلحة منازلهم واقتادتهم إلى جهة مجهولة": breaking in is how the abduction was done
        candidates = [c for c in candidates if c not in storming]
        types = {c.event_type for c in candidates}
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


_CUE_TEMPLATES["habitual"] = r"(?:^|\s)%(forms)s(?:\s|$)"


# "ويأتي الهجوم بعد أسابيع من انسحاب ...", "ويأتي الحادث بعد أيام على إشكال ...": the sentence sets the article's event
# against earlier ones, which are background ("بعد ساعات من" is recent enough to be news and is not matched)
_CUE_TEMPLATES["background_opening"] = (
    r"^(?:و|ف)?%(opening_verbs)s(?:\s+\S+){0,2}?\s+(?:بعد|عقب)\s+(?:\S+\s+)?%(periods)s(?:\s|$)")


def _is_habitual(ctx: _Context, sentence: Sentence) -> bool:
    """Background sentences describing what usually happens in an area, with no dated incident of their own."""
    if not _coder_cues()["habitual"].search(ctx.folded(sentence)):
        return False
    return not _has_own_day(ctx, sentence)


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
    undated_pattern: re.Pattern[str] | None
    genre_pattern: re.Pattern[str]
    conflict_pattern: re.Pattern[str]
    genre_min_hits: int
    genre_max_conflict_hits: int
    headline_words: int = 40
    fresh_toll_pattern: re.Pattern[str] | None = None
    # (genre id, headline cue pattern, whether a fresh toll in the headline overrides the genre)
    article_genres: tuple[tuple[str, re.Pattern[str], bool], ...] = ()
    told_patterns: tuple[tuple[re.Pattern[str], int], ...] = ()

    def blocks_sentence(self, sentence: str, *, dated: bool = False) -> bool:
        """A cue anywhere in the (normalised) sentence, or in its opening words, blocks every trigger in it; a
        vague time ("منذ أشهر") does so only when the sentence gives no day of its own (`dated`)."""
        if any(p.search(sentence) for p in self.sentence_patterns):
            return True
        if not dated and self.undated_pattern is not None and self.undated_pattern.search(sentence):
            return True
        opening = sentence.split()
        return any(p.search(" ".join(opening[:limit])) for p, limit in self.opening_patterns)

    def blocks_before(self, before_trigger: str) -> bool:
        """A cue within its window of words before the trigger blocks that trigger."""
        return _cue_in_window(before_trigger, self.before_patterns)

    def refers_to_told(self, before_trigger: str) -> bool:
        """A cue within its window before the trigger makes it a reaction to, or a claim about, an event the
        article has already told ("طالبت بفتح تحقيق في الغارة", "وزعم التنظيم أن عناصره قتلوا")."""
        return _cue_in_window(before_trigger, self.told_patterns)

    def is_non_news_genre(self, text: str) -> bool:
        return (len(self.genre_pattern.findall(text)) >= self.genre_min_hits
                and len(self.conflict_pattern.findall(text)) < self.genre_max_conflict_hits)

    def article_genre(self, text: str) -> str | None:
        """The non-event genre (commemoration, review, sport, ...) the headline area of an article shows."""
        headline = _headline_area(text, self.headline_words)
        fresh_toll = self.fresh_toll_pattern is not None and bool(self.fresh_toll_pattern.search(headline))
        for genre_id, pattern, toll_overrides in self.article_genres:
            if pattern.search(headline) and not (toll_overrides and fresh_toll):
                return genre_id
        return None


_MENU_SEPARATOR = re.compile(r"\s[|•\-–]\s|\s\|")
_BODY_LINE_WORDS = 24  # headlines are shorter; a longer line, or one ending a sentence, is body


def _cue_in_window(before_trigger: str, patterns: Sequence[tuple[re.Pattern[str], int]]) -> bool:
    """One of `patterns` within its window of last words before the trigger."""
    words = before_trigger.split()
    return any(p.search(" ".join(words[-limit:])) for p, limit in patterns)


def _opening_lines(text: str, max_words: int) -> Iterator[tuple[str, int]]:
    """The short opening lines of an article (outlet, section, date and title), blank ones included, each with the
    offset where it ends, up to the body: a long line, one ending a sentence, or any once `max_words` are read."""
    end, budget = 0, max_words
    for raw in text.splitlines(keepends=True):
        line = raw.splitlines()[0]
        words = line.split()
        if words and (len(words) > _BODY_LINE_WORDS or line.rstrip().endswith(".") or budget <= 0):
            return  # the body has begun
        budget -= len(words)
        end += len(raw)
        yield line, end


_DATE_LINE_OTHER_WORDS = 6  # "نشر في: 15 يوليو 2025 | آخر تحديث: 09:15 صباحاً" is still a date line


def _page_date_line(text: str, dates: Sequence[DateMention]) -> DateMention | None:
    """The page's own date line among its opening lines ("21 يونيو 2024 | قسم الحوادث", "الثلاثاء 14 حزيران
    2025"): a full date on a short line of little else, which says when the page was written."""
    start = 0
    for line, end in _opening_lines(text, _non_event_cues().headline_words):
        for mention in dates:
            if (start <= mention.start and mention.end <= end and mention.kind == "absolute"
                    and mention.precision == "day" and mention.value is not None
                    and len(line.split()) - len(mention.surface.split()) <= _DATE_LINE_OTHER_WORDS):
                return mention
        start = end
    return None


def _headline_area(text: str, max_words: int) -> str:
    """The normalised outlet, section and title lines of an article: its short opening lines, menus left out."""
    return " / ".join(normalize(line) for line, _end in _opening_lines(text, max_words)
                      # a menu names sections (رياضة، آراء), not this article's genre
                      if line.split() and len(_MENU_SEPARATOR.findall(line)) < 3)


def _phrase_pattern(phrases: Sequence[str], *, at_end: bool = False) -> re.Pattern[str]:
    alternatives = alternation(normalize(p) for p in phrases)
    # a quoted headline ("تمرين مخطط ...") still carries its cue: an opening quote may stand before the word
    return re.compile(rf"(?:^|\s)[\"'«“(]?(?:و|ف|ب|ل)?(?:{alternatives})(?=\s|$|[,.;:!?\"'»”()-])")


def validate_non_event_cues(data: dict) -> list[str]:
    """Problems in the non-event cue file (empty list when valid)."""
    problems = []
    if not isinstance(data.get("version"), int):
        problems.append("version must be an integer")
    for index, entry in enumerate(data.get("sentence_cues") or []):
        where = f"sentence_cues[{index}] ({entry.get('id', '?')})"
        if entry.get("scope") not in ("sentence", "sentence_undated", "before", "opening", "before_told"):
            problems.append(f"{where}: scope must be 'sentence', 'sentence_undated', 'before', 'opening' or "
                            "'before_told'")
        if entry.get("scope") in ("before", "opening", "before_told") and not isinstance(entry.get("words"), int):
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
    article_genres = data.get("article_genres")
    if article_genres is not None:
        if not isinstance(article_genres.get("headline_words"), int):
            problems.append("article_genres.headline_words must be an integer")
        if not article_genres.get("fresh_toll_cues"):
            problems.append("article_genres.fresh_toll_cues must be a non-empty list")
        for index, entry in enumerate(article_genres.get("genres") or []):
            where = f"article_genres.genres[{index}] ({entry.get('id', '?')})"
            if not entry.get("id"):
                problems.append(f"{where}: give the genre an 'id'")
            if not isinstance(entry.get("toll_overrides"), bool):
                problems.append(f"{where}: toll_overrides must be true or false")
            if not entry.get("cues") or not all(isinstance(c, str) and normalize(c).strip() for c in entry["cues"]):
                problems.append(f"{where}: cues must be a non-empty list of non-empty strings")
            if not entry.get("why"):
                problems.append(f"{where}: say why in 'why'")
    return problems


@lru_cache(maxsize=1)
def _non_event_cues() -> NonEventCues:
    from importlib import resources

    data = load_yaml(resources.files("marsad").joinpath("data", "non_event_cues.yaml").read_text("utf-8"))
    problems = validate_non_event_cues(data)
    if problems:
        raise ValueError(f"non_event_cues.yaml: {problems[0]} (and {len(problems) - 1} more); fix the file")
    # one pattern per scope and window: every trigger sentence is searched, so fewer, larger patterns pay
    sentence_cues: list[str] = []
    undated_cues: list[str] = []
    before_cues: dict[int, list[str]] = {}
    opening_cues: dict[int, list[str]] = {}
    told_cues: dict[int, list[str]] = {}
    for entry in data["sentence_cues"]:
        if entry["scope"] == "sentence":
            sentence_cues.extend(entry["cues"])
        elif entry["scope"] == "sentence_undated":
            undated_cues.extend(entry["cues"])
        elif entry["scope"] == "opening":
            opening_cues.setdefault(entry["words"], []).extend(entry["cues"])
        elif entry["scope"] == "before_told":
            told_cues.setdefault(entry["words"], []).extend(entry["cues"])
        else:
            before_cues.setdefault(entry["words"], []).extend(entry["cues"])
    sentence_patterns = (_phrase_pattern(sentence_cues),) if sentence_cues else ()
    before_patterns = tuple((_phrase_pattern(cues), words) for words, cues in before_cues.items())
    opening_patterns = tuple((_phrase_pattern(cues), words) for words, cues in opening_cues.items())
    genre = data["genre"]
    article_genres = data.get("article_genres") or {}
    return NonEventCues(sentence_patterns, before_patterns, opening_patterns,
                        _phrase_pattern(undated_cues) if undated_cues else None,
                        _phrase_pattern(genre["cues"]),
                        _phrase_pattern(genre["conflict_cues"]), genre["min_hits"], genre["max_conflict_hits"],
                        headline_words=article_genres.get("headline_words", 40),
                        fresh_toll_pattern=_phrase_pattern(article_genres["fresh_toll_cues"])
                        if article_genres.get("fresh_toll_cues") else None,
                        article_genres=tuple((entry["id"], _phrase_pattern(entry["cues"]), entry["toll_overrides"])
                                             for entry in article_genres.get("genres") or ()),
                        told_patterns=tuple((_phrase_pattern(cues), words) for words, cues in told_cues.items()))


class CoderCuesError(MarsadError):
    """coder_cues.yaml is missing or malformed; run `validate_coder_cues` for the list of problems."""


_CUE_FORM = re.compile(r"^[\u0621-\u064a]+(?: [\u0621-\u064a]+)*\*?$")  # Arabic words, single spaces, optional *
_CUE_LIST = re.compile(r"%\((\w+)\)s")


def _any_of(forms: Sequence[str]) -> str:
    """A regex group matching any of `forms`, the longest that fits first; a form ending in * takes the rest of its
    word too."""
    whole = [form for form in forms if not form.endswith("*")]
    stems = [form[:-1] for form in forms if form.endswith("*")]
    branches = ([alternation(whole)] if whole else []) + ([alternation(stems) + r"\S*"] if stems else [])
    return "(?:" + "|".join(branches) + ")"


def validate_coder_cues(data: object) -> list[str]:
    """Problems in the coder cue file (empty list when valid)."""
    if not isinstance(data, dict):
        return ["the file must be a mapping with 'version' and 'cues'"]
    problems = []
    if not isinstance(data.get("version"), int) or isinstance(data.get("version"), bool):
        problems.append("version must be an integer")
    for key in sorted(set(data) - {"version", "cues"}, key=str):
        problems.append(f"unknown key {key!r}: the file holds only 'version' and 'cues'")
    cues = data.get("cues")
    if not isinstance(cues, dict):
        return problems + ["cues must be a mapping from entry name to its 'why' and lists"]
    for name in sorted(set(cues) - set(_CUE_TEMPLATES), key=str):
        problems.append(f"cues.{name}: unknown entry, no pattern of the coder reads it")
    for name, template in _CUE_TEMPLATES.items():
        entry = cues.get(name)
        if not isinstance(entry, dict):
            problems.append(f"cues.{name}: missing entry (the coder needs its lists)")
            continue
        lists = sorted(set(_CUE_LIST.findall(template)))
        if not isinstance(entry.get("why"), str) or not entry["why"].strip():
            problems.append(f"cues.{name}: say why in 'why'")
        for key in sorted(set(entry) - set(lists) - {"why"}, key=str):
            problems.append(f"cues.{name}.{key}: unknown key, the pattern reads {', '.join(lists)}")
        for key in lists:
            problems.extend(_form_problems(f"cues.{name}.{key}", entry.get(key)))
    return problems


def _form_problems(where: str, forms: object) -> list[str]:
    if forms is None:
        return [f"{where}: missing list"]
    if not isinstance(forms, list) or not forms:
        return [f"{where}: must be a non-empty list of forms"]
    problems = []
    for form in forms:
        if not isinstance(form, str):
            problems.append(f"{where}: {form!r} is not a string (quote it)")
        elif not _CUE_FORM.match(form):
            problems.append(f"{where}: {form!r} must be Arabic words with single spaces, optionally ending in *")
        elif normalize(form.rstrip("*")) != form.rstrip("*"):
            problems.append(f"{where}: write {form!r} as normalised text spells it "
                            f"({normalize(form.rstrip('*'))}{'*' if form.endswith('*') else ''}), or it never matches")
    repeated = sorted({form for form in forms if isinstance(form, str) and forms.count(form) > 1})
    if repeated:
        problems.append(f"{where}: listed twice: {', '.join(repeated)}")
    return problems


def compile_coder_cues(data: object) -> dict[str, re.Pattern[str]]:
    """The coder's cue patterns, by entry name, from the parsed contents of a coder_cues.yaml."""
    problems = validate_coder_cues(data)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise CoderCuesError(f"coder_cues.yaml: {problems[0]}{more}; fix the file "
                             "(marsad.events.coder.validate_coder_cues lists every problem)")
    cues = data["cues"]
    return {name: re.compile(template % {key: _any_of(forms) for key, forms in cues[name].items() if key != "why"})
            for name, template in _CUE_TEMPLATES.items()}


@lru_cache(maxsize=1)
def _coder_cues() -> dict[str, re.Pattern[str]]:
    from importlib import resources

    text = resources.files("marsad").joinpath("data", "coder_cues.yaml").read_text("utf-8")
    return compile_coder_cues(load_yaml(text))


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
    # the lead is the first paragraph with more than the dateline ("واغادوغو – واغادوغو إنفو⏎⏎قُتل ...")
    first = next((i for i, s in enumerate(ctx.sentences) if s.end > ctx.dateline_end + 1), None)
    if first is not None:
        lead = [s for i, s in enumerate(ctx.sentences) if ctx.paragraph_of[i] == ctx.paragraph_of[first]]
        windows.append((lead[0].start, lead[-1].end))
    return windows


# a colon or an opening quote ends the reporting clause: "أصدرت القيادة مساء أمس البيان الآتي: «بتاريخ 12/2/2024"
# dates the event the statement tells
_CUE_TEMPLATES["report_date_before"] = r"%(forms)s(?:\s+[^\s:«\"]+){0,2}\s*$"


_CUE_TEMPLATES["reporting_opening"] = r"^(?:و|ف)?%(verbs)s\s"


_DASH = re.compile(r"\s[–—-]\s")
_CUE_TEMPLATES["statement_follows"] = r"^[^.:!?؟]{0,30}\s(?:ال)?%(statement_nouns)s\s+%(following)s\s*:"
# "أعلنت وزارة الداخلية، في بيان نشرته على معرفاتها الرسمية اليوم", "أعلن مقر «حمزة سيد الشهداء» التابع للقوات البرية
# في الحرس الثوري الإيراني، اليوم الأربعاء، أن": still the opening (the event must be dated later in the sentence)
_REPORTING_OPENING_WORDS = 18


def _is_report_date(ctx: _Context, mention: DateMention) -> bool:
    """When a statement was issued, not when the event happened: "في بيان صدر يوم الاثنين 31/1", or a date inside an
    opening reporting clause ("أعلنت القيادة العامة اليوم السبت انتهاء ... إثر الهجوم الذي شنته ليل 12 شباط")."""
    before = normalize(ctx.article.text[max(0, mention.start - 40):mention.start]).strip()
    before = re.sub(r"(?:يوم|مساء|صباح|ليل|فجر)\s+\S+\s*$", "", before).strip()
    if _coder_cues()["report_date_before"].search(before):
        return True
    sentence = next((s for s in ctx.sentences if s.start <= mention.start < s.end), None)
    if sentence is None:
        return False
    following = ctx.article.text[mention.end:mention.end + 60]
    if ":" in following and _coder_cues()["statement_follows"].search(normalize(following)):
        return True  # "نشر المتحدث العسكري، اليوم الثلاثاء، البيان التالي:": the day the statement came out
    # the opening counts from the dash that ends a dateline the sentence starts with ("مخمور، 6 أيار 2024 – أعلنت")
    opening = normalize(_DASH.split(ctx.article.text[sentence.start:mention.start])[-1])
    if not _coder_cues()["reporting_opening"].match(opening.lstrip()) or len(opening.split()) > _REPORTING_OPENING_WORDS:
        return False
    # ... and only when the sentence dates the event itself later on; "معارك استمرت منذ فجر الأحد" only says when
    # the fighting began, so the day of the announcement stays the day of the outcome it announces
    return any(
        d.start > mention.end and _in(d.start, d.end, sentence.start, sentence.end) and d.kind in _DAY_KINDS
        and not _SINCE_BEFORE.search(ctx.article.text[max(sentence.start, d.start - 8):d.start]) for d in ctx.dates)


_SINCE_BEFORE = re.compile(r"منذ\s*$")


# "CITY – ", "CITY (AGENCY) – ", "CITY – OUTLET NAME: ", "CITY – OUTLET NAME⏎" or "TITLE: "
_DATELINE = re.compile(r"^[^.!?؟\n]{2,110}?(?:\s[–—-]\s*(?:[^.!?؟\n:«»\"–—-]{2,40}(?::\s|\n))?|\)\s*[–—-]?\s*|:\s)")


_DATELINE_MAX_WORDS = 12  # "سامراء، 17 كانون الثاني 2024 (وكالة الأنباء العراقية) -"; a longer run is a sentence


def _dateline_end(text: str) -> int:
    """End of the dateline ("سامراء، 17 كانون الثاني 2024 (وكالة ...) -", "موبتي – موقع ...:") or 0; a lead
    sentence with a dash in it ("... من تنظيم الدولة – ولاية الساحل") has none."""
    match = _DATELINE.match(text)
    if match is None or len(text[:match.end()].split()) > _DATELINE_MAX_WORDS:
        return 0
    return match.end()


_CUE_TEMPLATES["outlet_before"] = r"(?:^|\s|\")(?:ل|ب|و)?%(forms)s(?:\s+\S+){0,2}\s*$"


# "اليوم" closing a quoted name or a line ("لـ«البقاع اليوم»", "كسمايو – جوبالاند اليوم⏎"): an outlet's name; today
# in prose goes on ("اليوم الاثنين", "صباح اليوم،") or ends a sentence with a full stop
_NAME_END_AFTER = re.compile(r"[ \t]*(?:\n|»|\"|”)")
_CUE_TEMPLATES["time_word_before"] = r"(?:^|\s)(?:و|ف|ب|ل)?%(forms)s\s*$"


def _in_outlet_name(ctx: _Context, mention: DateMention) -> bool:
    """"لوكالة الساحل اليوم", "صحيفة عدن اليوم": a word of an outlet's name, not a date."""
    if normalize(mention.surface) != "اليوم":
        return False
    before = normalize(ctx.article.text[max(0, mention.start - 40):mention.start])
    if _coder_cues()["outlet_before"].search(before):
        return True
    return bool(_NAME_END_AFTER.match(ctx.article.text, mention.end)) and bool(before.strip()) and not (
        _coder_cues()["time_word_before"].search(before))


_CUE_TEMPLATES["same_day"] = r"%(day_words)s\s+%(same)s(?:\s|$|[.,،])"
# a sentence that goes on from the day just told: "وفي المساء، سقطت قذائف", "وفي وقت لاحق من الليلة ذاتها"
_CUE_TEMPLATES["later_that_day"] = r"^(?:و|ف)?(?:في\s+)?%(forms)s(?:\s|$|[.,،])"
# "وفي اليوم التالي", "صباح اليوم التالي": the day after the day just told
_CUE_TEMPLATES["next_day"] = r"%(day_words)s\s+%(next)s(?:\s|$|[.,،])"


def _event_date(ctx: _Context, candidate: _Candidate) -> DateMention | None:
    """The event's day: its sentence's own date before the trigger, else the nearest earlier sentence's of the
    paragraph, else the lead's, else the dateline's; never the day a statement was issued, unless the text
    says the event fell on that day ("في بيان مساء الأحد ... هجوماً استهدف المعسكر فجر اليوم ذاته")."""
    sentence = candidate.sentence
    folded = ctx.folded(sentence)
    same_day = _coder_cues()["same_day"].search(folded)
    if same_day is not None:
        earlier = [d for d in ctx.dates if d.kind in _DAY_KINDS and d.value is not None and d.precision == "day"
                   and _in(d.start, d.end, sentence.start, sentence.end) and d.start < candidate.trigger.start
                   and not _coder_cues()["points_back_after"].match(normalize(ctx.article.text[d.end:d.end + 12]))]
        if earlier:
            return earlier[-1]
    if ctx.usable_dates is None:
        ctx.usable_dates = [d for d in ctx.dates if d.kind in _DAY_KINDS and d.value is not None
                            and d.precision in _PRECISION_CODE and not _is_report_date(ctx, d)
                            and not _in_outlet_name(ctx, d)]
    usable = ctx.usable_dates
    next_day = _coder_cues()["next_day"].search(folded)
    if same_day is not None or next_day is not None or _coder_cues()["later_that_day"].match(folded):
        told = _day_just_told(ctx, usable, sentence)
        if told is not None:
            if next_day is None:
                return told
            return replace(told, value=told.value + timedelta(days=1), earliest=None, latest=None)
    body_start = _dated_dateline_end(ctx)
    body = [d for d in usable if d.start >= body_start]
    for start, end in _sentence_window(ctx, candidate):
        inside = [d for d in body if _in(d.start, d.end, start, end)]
        if inside:
            before = [d for d in inside if d.start <= candidate.trigger.start]
            if start != candidate.sentence.start:
                return inside[0]
            # the date nearest the trigger: the last one before it, else the first after it (a toll revised
            # "صباح اليوم" comes after the event's own "مساء أمس")
            if before and _dates_a_later_act(ctx, before[-1], candidate):
                after = [d for d in inside if d.start > candidate.trigger.start
                         and len(ctx.article.text[candidate.trigger.end:d.start].split()) <= _OWN_DATE_WORDS]
                if after:
                    return after[0]
            return before[-1] if before else inside[0]
    dateline = [d for d in usable if d.start < body_start]
    return dateline[0] if dateline else None


_CUE_TEMPLATES["accidental_blast"] = (
    r"(?:^|\s)(?:و|ف)?%(ruled_out_verbs)s\s+(?:\S+\s+){0,3}?(?:اي\s+)?%(hostile_acts)s"
    r"|(?:^|\s)(?:و|ف)?%(cause_verbs)s\s+(?:\S+\s+){0,3}?%(causes)s")
_CUE_TEMPLATES["blast_weapon"] = r"(?:^|\s)\S{0,3}%(forms)s(?:\s|$)"
_BARE_BLAST_WORDS = frozenset({"انفجار", "الانفجار", "انفجارا", "انفجارات", "دوي", "بانفجار", "وانفجار", "انفجر", "انفجرت"})


def _without_accidental_blasts(ctx: _Context, mentions: list[EventMention]) -> list[EventMention]:
    """A blast the article explains as an accident (a leak, a short circuit, "no hostile act") is none of ACLED's:
    drop the explosions whose only triggers are bare blast words."""
    if not any(m.event_type == "Explosions/Remote violence" for m in mentions):
        return mentions
    if not _coder_cues()["accidental_blast"].search(ctx.norm.text):
        return mentions
    weapon = _coder_cues()["blast_weapon"]
    return [m for m in mentions if m.event_type != "Explosions/Remote violence" or not all(
        set(normalize(e.text).split()) <= _BARE_BLAST_WORDS for e in m.evidence if e.field == "trigger")
        or any(weapon.search(normalize(e.text)) for e in m.evidence if e.field == "sentence")]


_OWN_DATE_WORDS = 4  # words between a trigger and a date after it that still date its own clause


def _dates_a_later_act(ctx: _Context, date_before: DateMention, candidate: "_Candidate") -> bool:
    """"وقّع اتفاق مساء أمس الاثنين إثر اشتباكات اندلعت مساء الأحد": the date before the trigger belongs to what
    followed the event (إثر, بعد, عقب stand between them)."""
    between = normalize(ctx.article.text[date_before.end:candidate.trigger.start]).split()
    return any(word.strip("،,") in _AFTER_WORDS for word in between)


def _dated_dateline_end(ctx: _Context) -> int:
    """The dateline's end, past a date that follows the place before the dash ("مخمور (العراق)، 6 أيار 2024 –"):
    that date is when the outlet wrote."""
    if ctx.body_start is None:
        ctx.body_start = _date_dateline_end(ctx.article.text, ctx.dateline_end, ctx.dates)
    return ctx.body_start


def _date_dateline_end(text: str, end: int, dates: Sequence[DateMention]) -> int:
    """`end` (a dateline's end), or past the dash when a date follows the place before it ("العجيلات (ليبيا) 4 مايو
    2026 (وكالة المتوسط للأنباء) –"); the agency's name in brackets is no word of the dateline."""
    dash = _DASH.search(text, end, end + 60) if end else None
    if dash is not None and any(end <= d.start and d.end <= dash.start() for d in dates) and len(
            _BRACKETED.sub(" ", text[end:dash.start()]).split()) <= 6:
        return dash.end()
    return end


_BRACKETED = re.compile(r"\([^()\n]{0,60}\)")
_CUE_TEMPLATES["points_back_after"] = r"\s*%(forms)s"


def _day_just_told(ctx: _Context, usable: list[DateMention], sentence: Sentence) -> DateMention | None:
    """The last day the body names before `sentence`, when the sentence names none of its own before its end."""
    if any(_in(d.start, d.end, sentence.start, sentence.end) and d.precision == "day"
           and not _coder_cues()["points_back_after"].match(normalize(ctx.article.text[d.end:d.end + 12]))
           for d in usable):
        return None
    earlier = [d for d in usable if ctx.dateline_end <= d.start and d.end <= sentence.start and d.precision == "day"]
    return earlier[-1] if earlier else None


def _format_date(mention: DateMention) -> tuple[str, int]:
    code = _PRECISION_CODE[mention.precision]
    value = mention.value
    if code in (2, 3) and mention.earliest and mention.latest:
        # a week or a month is coded at its middle day, which lies within days of whichever day it was
        value = mention.earliest + (mention.latest - mention.earliest) / 2
    return value.isoformat(), code


_CUE_TEMPLATES["place_word"] = r"(?:^|\s)(?:ب|و|في|ل)?%(place_nouns)s\s+(?!(?:ال)?%(not_a_name)s\b)\S"


def _names_unknown_place(ctx: _Context, sentence: Sentence) -> bool:
    """The sentence names a town or village (بلدة X، قرية X) that the gazetteer could not place."""
    return bool(_unknown_place_names(ctx, sentence))


def _unknown_place_names(ctx: _Context, sentence: Sentence) -> frozenset[str]:
    """The (folded) names of the towns or villages the sentence names (بلدة X، قرية X) that the gazetteer lacks."""
    cached = ctx.unknown_in_sentence.get(sentence.start)
    if cached is None:
        cached = ctx.unknown_in_sentence[sentence.start] = _read_unknown_place_names(ctx, sentence)
    return cached


def _read_unknown_place_names(ctx: _Context, sentence: Sentence) -> frozenset[str]:
    folded = normalize_with_offsets(sentence.text)
    names = set()
    for match in _coder_cues()["place_word"].finditer(folded.text):
        name_start, _ = folded.to_source(match.end() - 1, match.end())
        position = sentence.start + name_start
        if not any(p.start <= position + 1 and position <= p.end for p in ctx.places):
            before = normalize(ctx.article.text[max(0, position - 80):position])
            if _names_elsewhere(before):
                continue  # "فرّ باتجاه منطقة قصقص": where someone went, not where it happened
            following = folded.text[match.end() - 1:].split()
            names.add(following[0].strip('.,،؛:»«"()') if following else "")
    return frozenset(names)


# where a source speaks from, where people went, came from or were treated, where the attackers fired from, or part
# of an outlet's name, not where the event happened: "بحسب مصدر طبي في مستشفى X", "نقلوا إلى مستشفى X", "فروا إلى X",
# "فرّت من البلدة نحو X",
# "قدموا من X", "قوات النظام المتمركزة في X", "لـ«شبكة أخبار X»"
_CUE_TEMPLATES["source_or_destination"] = (
    r"(?:(?:^|\s)(?:و|ف)?(?:%(source_words)s|(?:في|الي|داخل)\s+(?:ال)?%(hospitals)s"
    r"|%(went_verbs)s(?:\s+\S+){0,3}?\s+%(towards)s|%(heading_words)s\s+%(towards)s"
    r"|%(came_verbs)s(?:\s+\S+){0,3}?\s+من)"
    r"(?:\s+[^\s،,.؛:]+){0,6}"
    r"|(?:^|\s|\")(?:ل|ب)?%(outlet_words)s(?:\s+[^\s،,.؛:]+){0,2}|\"(?:ل|ب)?صوت)\s*\"?\s*$"
)
# the cause a protest stands with or against: "تضامنا مع X", "تنديدا بالعدوان على X"
_CUE_TEMPLATES["cause_before"] = r"(?:^|\s)(?:و|ف)?%(solidarity_words)s(?:\s+مع)?(?:\s+[^\s،,.؛:]+){0,6}\s*\"?\s*$"


# a landmark the scene is placed from: "على بعد 130 كيلومتراً غرب الفاشر" (far: not the scene), "بلدة X الواقعة شمال
# مدينة كسمايو", "جنوبي كركوك" (near it, so a vaguer place than the town the next sentence names)
# the compass words stay here: they are the structure of a direction ("شمال شرقي"), not a list to extend
_CUE_TEMPLATES["far_from"] = (
    r"علي\s+(?:مسافه|بعد)\s+(?:%(approximations)s\s+)?(?P<km>\d+)\s+%(units)s"
    r"\S*\s+(?:(?:الي\s+)?(?:ال)?(?:شمال|جنوب|شرق|غرب)\S*(?:\s+(?:ال)?(?:شرق|غرب)\S*)?|من|عن)"
    r"(?:\s+(?:ال)?%(landmark_nouns)s)?\s*$")
_CUE_TEMPLATES["direction_of"] = (
    r"(?:^|\s)(?:و|ف|ب|في|الي)?(?:ال)?(?:شمال|جنوب|شرق|غرب)(?:ي)?(?:\s+(?:ال)?(?:شرق|غرب)(?:ي)?)?"
    r"(?:\s+(?:ال)?%(landmark_nouns)s)?\s*$")
_FAR_KM = 25


def _direction_reference(ctx: _Context, mention: PlaceMention) -> str | None:
    """"far" when the place is a landmark the scene lies over 25 km from, "close" when within 25 km, "near" when
    the scene is only said to lie in some direction of it, else None."""
    if mention.start in ctx.direction_of_place:
        return ctx.direction_of_place[mention.start]
    before = normalize(ctx.article.text[max(0, mention.start - 70):mention.start])
    far = _coder_cues()["far_from"].search(before)
    if far is not None:
        reference = "far" if int(far.group("km")) > _FAR_KM else "close"
    else:
        reference = "near" if _coder_cues()["direction_of"].search(before) else None
    ctx.direction_of_place[mention.start] = reference
    return reference


def _is_source_or_destination(ctx: _Context, mention: PlaceMention) -> bool:
    """The place names where a source speaks from, where people fled or were taken, or the cause a protest stands
    with, not the event's scene."""
    flag = ctx.elsewhere_place.get(mention.start)
    if flag is None:
        before = normalize(ctx.article.text[max(0, mention.start - 80):mention.start])
        flag = ctx.elsewhere_place[mention.start] = _names_elsewhere(before)
    return flag


def _names_elsewhere(before: str) -> bool:
    """The (normalised) words before a place make it a source, a destination or a protest's cause, not a scene."""
    cues = _coder_cues()
    return bool(cues["source_or_destination"].search(before) or cues["cause_before"].search(before))


def _without_misplaced_towns(places: list[PlaceMention], text: str) -> list[PlaceMention]:
    """Drop a town the text places in a province its reading lies outside ("بلدة الحميدية في ريف القنيطرة" read as
    the Hamidiyah of Tartus): the gazetteer lacks the town meant, and the province told is the better reading."""
    in_province = _coder_cues()["in_province_between"]
    kept = []
    for index, mention in enumerate(places):
        following = places[index + 1] if index + 1 < len(places) else None
        if (following is not None and mention.place.is_point and mention.place.admin1_code
                and following.place.country == mention.place.country and following.place.admin1_code
                and following.place.admin1_code != mention.place.admin1_code
                and following.start - mention.end <= _IN_PROVINCE_GAP
                and in_province.match(normalize(text[mention.end:following.start]))):
            continue
        kept.append(mention)
    return kept


_IN_PROVINCE_GAP = 24  # characters between a town and the province it is said to lie in
_CUE_TEMPLATES["in_province_between"] = r"^\s*[،,]?\s*(?:(?:في|ب|من)\s*)?(?:ال)?%(province_words)s\s*(?:ال)?$"


def _without_outlet_names(places: list[PlaceMention], text: str) -> list[PlaceMention]:
    """Places that are neither part of an outlet's name ("الوادي نيوز" is an Egyptian site, not El Oued) nor a
    person's name after the noun that introduces them ("مقتل الشاب آرين م." is a young man, not Ovrin)."""
    cues = _coder_cues()
    return [p for p in places if not cues["outlet_after"].match(normalize(text[p.end:p.end + 12]))
            and not cues["person_before"].search(normalize(text[max(0, p.start - 20):p.start]))]


_CUE_TEMPLATES["outlet_after"] = r"\s*%(words)s(?:\s|$|[.,،:|\"»)])"
_CUE_TEMPLATES["person_before"] = r"(?:^|\s)(?:و|ف|ب|ل)?(?:ال|لل)%(persons)s\s+$"


_CONTAINER_WORDS = frozenset({"منطقه", "ولايه", "محافظه", "اقليم", "مقاطعه", "دائره", "مديريه", "قضاء", "محليه"})


def _is_container(mention: PlaceMention) -> bool:
    """A province or district, or a town name standing for its province ("بمنطقة تيلابيري"): where a smaller
    place lies, not a pin for it."""
    if mention.place.kind in ("region", "district", "country"):
        return True
    return mention.qualifier in _CONTAINER_WORDS and any(
        other.kind in ("region", "district") and other.admin1 == mention.place.admin1 for other in mention.alternatives)


def _is_header(ctx: _Context, mention: PlaceMention) -> bool:
    """"الثلاثاء 10 جوان – كيدال: ...": a place heading an item of a round-up, like a dateline."""
    after = ctx.article.text[mention.end:mention.end + 3].lstrip()
    if not after.startswith(":"):
        return False
    sentence = next((s for s in ctx.sentences if s.start <= mention.start < s.end), None)
    return sentence is not None and len(ctx.article.text[sentence.start:mention.start].split()) <= 6


def _event_place(ctx: _Context, candidate: _Candidate) -> PlaceMention | None:
    """The sentence's most specific place; else the paragraph's or the lead's, unless the sentence names a place
    we cannot locate (then a borrowed point would be a wrong pin: better no point than a wrong one)."""
    windows = _sentence_window(ctx, candidate)
    unknown_here = _names_unknown_place(ctx, candidate.sentence)
    if ctx.coding_places is None:
        provinces = Counter(p.place.admin1 for p in ctx.places if p.place.admin1)
        usable = [p for p in ctx.places if not _is_widget(ctx, p) and not _is_misread_neighbourhood(p, provinces)]
        ctx.coding_places = usable, [p for p in usable if _is_header(ctx, p)]
    places, headers = ctx.coding_places
    if ctx.scene_places is None:
        ctx.scene_places = [(p, _direction_reference(ctx, p)) for p in places if p.start >= ctx.dateline_end
                            and not _is_source_or_destination(ctx, p) and p not in headers]
    # a quote that tells the event ("اعترفوا بمهاجمة سجن غويران") keeps its places; one that only mentions it
    # ("«الاحتجاج سلمي، ورسالتنا موجهة للمسؤولين في طرابلس»") does not
    tells = not _DEFINITE.match(_whole_word(ctx.article.text, candidate.trigger.start))
    quoted = [(start, end) for start, end in _quoted_spans(candidate.sentence)
              if not (tells and start <= candidate.trigger.start < end)]
    excluded_references = ("far", "near" if unknown_here else "")
    body = [p for p, reference in ctx.scene_places if reference not in excluded_references
            and not any(start <= p.start < end for start, end in quoted)]
    for position, (start, end) in enumerate(windows):
        inside = [p for p in body if _in(p.start, p.end, start, end)] or [
            p for p in headers if _in(p.start, p.end, start, end)]
        inside = [p for p in inside if not _is_landmark_of(ctx, p, inside)]
        if position > 0 and unknown_here:
            inside = [p for p in inside if p.place.kind in ("region", "country")]
        if inside:
            return most_specific(inside)
    # where the outlet writes from places the event only when the body names that place too
    named_in_body = {p.place.id for p in body}
    dateline = [p for p in places if p.start < ctx.dateline_end and p.place.id in named_in_body]
    if dateline and not unknown_here:
        return most_specific(dateline)
    return None


_CUE_TEMPLATES["direction_between"] = (
    r"^\s*(?:[،,]\s*)?(?:الى\s+ال|في\s+ال|ب)?(?:شمال|جنوب|شرق|غرب)(?:ي|ا)?"
    r"(?:\s+(?:ال)?(?:شرق|غرب)(?:ي)?)?(?:\s+(?:ال)?%(place_words)s)?\s*$")


def _is_landmark_of(ctx: _Context, mention: PlaceMention, others: Sequence[PlaceMention]) -> bool:
    """"في قضاء الطارمية شمالي بغداد": Baghdad only says where al-Tarmiyah lies; the place right before it is the
    scene, however large Baghdad is. So does the province a town is said to lie in ("قرب مدينة والام في منطقة
    تيلابيري", where the province's name is also its capital's)."""
    text = ctx.article.text
    cues = _coder_cues()
    between, in_province = cues["direction_between"], cues["in_province_between"]
    for other in others:
        if other is mention or other.end > mention.start:
            continue
        words_between = normalize(text[other.end:mention.start])
        if between.match(words_between) or (
                in_province.match(words_between) and other.place.admin1_code
                and other.place.admin1_code == mention.place.admin1_code):
            return True
    return False


def _quoted_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """Spans of reported speech in the sentence («...» or "..." of four words or more): the places a speaker
    mentions ("رسالتنا موجهة للمسؤولين في طرابلس") are not where the event happened. Short quotes are names."""
    spans = []
    for match in re.finditer(r"«([^»]*)»|\"([^\"]*)\"|“([^”]*)”", sentence.text):
        inner = next(group for group in match.groups() if group is not None)
        if len(inner.split()) >= 4:
            spans.append((sentence.start + match.start(), sentence.start + match.end()))
    return spans


def _is_misread_neighbourhood(mention: PlaceMention, provinces: Counter) -> bool:
    """"حي الروضة" read as a town of another province: a neighbourhood the gazetteer lacks, not that town.

    `provinces` counts the article's place mentions by province.
    """
    if mention.qualifier != "حي" or mention.place.kind == "neighbourhood":
        return False
    others = provinces.copy()
    others[mention.place.admin1] -= 1
    top = others.most_common(1)
    return bool(top) and top[0][1] > 0 and mention.place.admin1 != top[0][0]


def _is_widget(ctx: _Context, mention: PlaceMention) -> bool:
    after = ctx.article.text[mention.end:mention.end + 6]
    return "°" in after


def _event_actors(ctx: _Context, candidate: _Candidate) -> tuple[ActorMention | None, ActorMention | None]:
    """actor1 and actor2 ACLED's way: protesters or rioters first in demonstrations; else who acted, then whom it hit
    (civilians in violence against civilians)."""
    sentence = candidate.sentence
    in_sentence = [a for a in ctx.actors if _in(a.start, a.end, sentence.start, sentence.end)
                   and a.start >= ctx.dateline_end]
    armed_mentions = [a for a in in_sentence if a.actor.kind in ARMED_KINDS]
    victims = [a for a in in_sentence if a.actor.kind in VICTIM_KINDS]
    event_type = candidate.event_type
    if event_type == "Protests":
        protesters = [a for a in in_sentence if a.actor.kind == "protesters"]
        police = [a for a in armed_mentions if a.actor.kind == "state"]
        if not police and candidate.sub_event_type != "Peaceful protest":
            police = _dispersing_force(ctx, candidate)
        return (protesters[0] if protesters else _template(ctx, "protesters"),
                police[0] if police and candidate.sub_event_type != "Peaceful protest" else None)
    if event_type == "Riots":
        # a demonstration turned violent is coded with rioters, whatever the text calls them (ACLED)
        rioters = [a for a in in_sentence if a.actor.kind == "rioters"]
        rioter = rioters[0] if rioters else _template(ctx, "rioters")
        armed = _distinct(armed_mentions)
        if not armed and candidate.sub_event_type == "Violent demonstration":
            armed = _dispersing_force(ctx, candidate)
        if armed:
            return rioter, armed[0]
        if victims or candidate.sub_event_type == "Mob violence":
            return rioter, victims[0] if victims else _template(ctx, "civilians")
        return rioter, None
    attacker, target = _order_by_role(ctx, candidate, armed_mentions)
    if attacker is not None and attacker.actor.name_en.startswith("Unidentified"):
        attacker = _named_group_of(ctx, candidate, attacker) or attacker
    national_agents, national_targets = _national_roles(ctx, candidate)
    if target is None and national_targets:
        target = national_targets[0]  # "قُتل ستة جنود نيجريين"
    if national_agents and event_type in ("Explosions/Remote violence", "Battles") and (
            attacker is None or attacker.start > candidate.trigger.start or attacker is target):
        # "غارة جوية إسرائيلية", "قصف مدفعي تركي": the weapon's nationality names the attacker
        if attacker is not None and target is None and attacker.actor.name_en != national_agents[0].actor.name_en:
            target = attacker
        attacker = national_agents[0]
    if target is None and event_type != "Violence against civilians":
        target = _personnel_target(ctx, candidate)
    if attacker is None:
        attacker = _article_main_armed_actor(ctx, target, _FALLBACK_KINDS.get(candidate.sub_event_type))
    if attacker is None and event_type in ("Violence against civilians", "Explosions/Remote violence"):
        attacker = _template(ctx, "unidentified-armed-group")  # ACLED's name for attackers nobody identifies
    if event_type == "Battles" and (attacker is None or attacker.actor.name_en.startswith("Unidentified")
                                    or attacker.actor.kind in ("state", "un", "external")):
        # police who broke up a feud, or a mission that reported it, are not a side of it
        pair = _coder_cues()["between_two_groups"].search(ctx.folded(sentence))
        if pair:  # "اشتباكات بين مجموعتين مسلحتين", "نزاع بين عشيرتين": both sides unnamed
            template = "unidentified-clan-militia" if pair.group("clan") else "unidentified-armed-group"
            both = _template(ctx, template)
            return (attacker if attacker is not None and attacker.actor.name_en == (both and both.actor.name_en)
                    else both), both
    if event_type == "Violence against civilians":
        target = victims[0] if victims else _template(ctx, "civilians")
    elif target is None and victims and event_type == "Explosions/Remote violence":
        target = victims[0]
    elif target is None and event_type == "Explosions/Remote violence" and _coder_cues()["civilian_property"].search(
            ctx.folded(sentence)):
        target = _template(ctx, "civilians")  # a grenade on a shop, a mortar on homes
    elif target is None and candidate.sub_event_type == "Looting/property destruction":
        target = victims[0] if victims else _template(ctx, "civilians")
    if target is not None and attacker is not None and target.actor.name_en == attacker.actor.name_en:
        target = None
    return attacker, target


# the police's answer to a crowd, told right after the crowd's acts: "وأطلقت قوات الأمن الغاز لتفريق المحتجين"
_CUE_TEMPLATES["dispersal"] = r"(?:^|\s)(?:و|ف|ل)?%(forms)s"


def _dispersing_force(ctx: _Context, candidate: _Candidate) -> list[ActorMention]:
    """The state force that broke up the crowd when the next sentence, not the trigger's, tells it."""
    index = candidate.sentence_index + 1
    if index >= len(ctx.sentences):
        return []
    following = ctx.sentences[index]
    folded = ctx.folded(following)
    if _coder_cues()["another_incident"].search(folded) or not _coder_cues()["dispersal"].search(folded):
        return []
    return [a for a in ctx.actors if a.actor.kind == "state" and _in(a.start, a.end, following.start, following.end)]


_CUE_TEMPLATES["between_two_groups"] = r"بين\s+(?:(?P<clan>%(clans)s)|%(groups)s)(?:\s|$)"
_CUE_TEMPLATES["civilian_property"] = r"(?:^|\s)(?:و|ف|ب|ل)?(?:ال)?%(forms)s(?:\s|$)"


# Whom an unnamed attacker most likely was, by the kind of attack: only states fly strike aircraft; bombs,
# mines and suicide attacks are the arms of non-state groups
_STATE_KINDS = frozenset({"state", "external", "un"})
_NON_STATE_KINDS = frozenset({"rebel", "militia", "identity_militia"})
_FALLBACK_KINDS = {
    "Air/drone strike": _STATE_KINDS,
    "Suicide bomb": _NON_STATE_KINDS,
    "Remote explosive/landmine/IED": _NON_STATE_KINDS,
    "Grenade": _NON_STATE_KINDS,
    "Attack": _NON_STATE_KINDS,
    "Abduction/forced disappearance": _NON_STATE_KINDS,
    "Sexual violence": _NON_STATE_KINDS,
}

_NATIONALITY_WINDOW = 4  # words after the trigger an adjective may qualify it in ("غارة جوية إسرائيلية")


_PERSONNEL_WORDS = frozenset(normalize(w) for w in (
    "جنود", "جندي", "جنديا", "جنديان", "جنديين", "الجنود", "عسكريين", "عسكريان", "عسكري", "العسكريين", "ضابط", "ضباط",
    "ضابطا", "الضباط", "منتسبي", "عناصر", "افراد", "شرطيين", "شرطي", "رجال", "حراس", "مقاتلين", "مقاتلي"))
_CUE_TEMPLATES["casualty_personnel"] = (
    r"(?:^|\s)(?:و|ف)?%(casualty_words)s\s+(?:\S+\s+){0,2}%(personnel)s(?:\s|$)")


_WORD = re.compile(r"[^\s\".,،؛:()!?؟«»]+")


def _national_roles(ctx: _Context, candidate: _Candidate) -> tuple[list[ActorMention], list[ActorMention]]:
    """State forces named by a nationality adjective: on a weapon or attack the attacker ("غارة جوية إسرائيلية",
    "طائرة مسيّرة تركية"), on soldiers the target ("قُتل ستة جنود نيجريين")."""
    sentence = candidate.sentence
    agents: list[ActorMention] = []
    targets: list[ActorMention] = []
    if nationality_forms().keys().isdisjoint(_WORD.findall(ctx.folded(sentence))):
        return agents, targets
    trigger_words = range(candidate.trigger.start, candidate.trigger.end + 1)
    previous = ""
    words_since_trigger = None
    tokens = list(re.finditer(r"\S+", sentence.text))
    folded = ctx.folded(sentence).split()
    if len(folded) != len(tokens):  # normalisation dropped a token (a lone diacritic): fold word by word
        folded = [normalize(match.group()) for match in tokens]
    for match, folded_word in zip(tokens, folded):
        word = folded_word.strip('".,،؛:»«()')
        start = sentence.start + match.start()
        if start in trigger_words or (words_since_trigger is None and start >= candidate.trigger.start):
            words_since_trigger = 0
        country = nationality_forms().get(word)
        if country:
            actor = _default_lexicon().find(country=country, forces=("military",), day=ctx.anchor)
            if actor is not None:
                mention = ActorMention(start, start + len(match.group()), match.group(), actor, "nationality", 0.7)
                if previous in _PERSONNEL_WORDS:
                    targets.append(mention)
                elif words_since_trigger is not None and words_since_trigger <= _NATIONALITY_WINDOW + 1:
                    agents.append(mention)
        if words_since_trigger is not None:
            words_since_trigger += 1
        previous = word
    return agents, targets


def _personnel_target(ctx: _Context, candidate: _Candidate) -> ActorMention | None:
    """"إصابة عسكريين اثنين", "مقتل خمسة جنود": soldiers hit, with no force named, are the country's military."""
    if not ctx.country_name or not _coder_cues()["casualty_personnel"].search(ctx.folded(candidate.sentence)):
        return None
    actor = _default_lexicon().find(country=ctx.country_name, forces=("military",), day=ctx.anchor)
    return ActorMention(-1, -1, "", actor, "generic", 0.5) if actor is not None else None


def _distinct(mentions: list[ActorMention]) -> list[ActorMention]:
    seen, kept = set(), []
    for mention in mentions:
        if mention.actor.name_en not in seen:
            seen.add(mention.actor.name_en)
            kept.append(mention)
    return kept


# who did it: the agent of a passive or relative clause ("في هجوم شنه مسلحون", "على يد", "من قبل", "بنيران"), or
# the owner of the weapon ("طائرة مسيّرة تابعة للجيش المالي")
_CUE_TEMPLATES["agent_before"] = (
    r"(?:(?:^|\s)(?:%(agent_phrases)s|%(agent_verbs)s(?:ه|ها|هما|هم|وه|وها|اه))(?:\s+\S+){0,3}"
    r"|(?:^|\s)(?:ب|و)?(?:ال)?%(weapons)s(?:\s+\S+){0,2}\s+تابع\S*\s*(?:ل|لل)?"
    r"|(?:^|\s)(?:و|ف)?%(succeeded)s\s+%(units)s)\s*$")
# who was hit: what an attack targeted ("استهدف", "على", "ضد", "تعرضت دورية ... لهجوم"), a post, patrol or vehicle
# of a force, or the dead and wounded ("قُتل ستة جنود نيجريين", "مقتل ستة عناصر من تنظيم داعش")
_CUE_TEMPLATES["target_before"] = (
    r"(?:^|\s)(?:و|ف)?(?:%(target_verbs)s|ب?ل?%(force_assets)s|%(members)s|%(casualty_words)s)(?:\s+\S+){0,3}\s*$")
# a generic "مسلحون" followed by the group they are said to belong to: "مسلحون يُعتقد أنهم من جماعة بوكو حرام"
_CUE_TEMPLATES["membership"] = r"^\s*(?:\S+\s+){0,2}?%(forms)s[\s\"«»]*(?:\S+[\s\"«»]+){0,2}$"


def _role(candidate: _Candidate, mention: ActorMention) -> str | None:
    """"agent", "target" or None for an armed actor of the candidate's sentence, from the words before it."""
    offset = candidate.sentence.start
    if 0 <= mention.start - candidate.trigger.end <= 2 and " " in candidate.trigger.surface.strip():
        return "agent"  # the owner of a trigger phrase it directly follows: "قضت مفرزة للجيش", "غارة جوية للتحالف"
    before = normalize(candidate.sentence.text[max(0, mention.start - offset - 45):mention.start - offset])
    before = re.sub(r"\S+$", "", before)  # a proclitic the mention left out ("لداعش"), not a word of context
    if _coder_cues()["agent_before"].search(before):
        return "agent"
    if _coder_cues()["target_before"].search(before):
        return "target"
    return None


# kept whole here: each form carries its own preposition ("منضوين في صفوف", "المدعومة من")
_AFFILIATION_GAP = re.compile(r"^\s*[«»\"()]*\s*(?:ال)?(?:تابع\S*|منضوي\S*\s+(?:في|تحت)(?:\s+صفوف)?|المدعوم\S*\s+من)"
                              r"\s*(?:ل|لل)?\s*[«»\"(]*\s*$")


def _order_by_role(ctx: _Context, candidate: _Candidate, mentions: list[ActorMention]
                   ) -> tuple[ActorMention | None, ActorMention | None]:
    """Attacker and target among the sentence's armed actors: the agent of the attack first, what it hit second;
    actors of no marked role fill the gaps in text order. A force named as another's parent ("قوات الحزام
    الأمني التابعة للمجلس الانتقالي") is that actor's side, not a third party."""
    if not mentions:
        return None, None
    roles: dict[str, str | None] = {}
    order: list[ActorMention] = []
    previous: ActorMention | None = None
    for mention in mentions:
        if previous is not None and previous.end <= mention.start:
            gap = normalize(ctx.article.text[previous.end:mention.start])
            if _AFFILIATION_GAP.match(gap):
                continue
            if len(gap.strip(" –—-(«»\"")) == 0 and mention.actor.parent == previous.actor.id:
                # "داعش – ولاية غرب أفريقيا": the branch, not its parent organisation
                order = [m for m in order if m is not previous]
                roles[mention.actor.name_en] = roles.pop(previous.actor.name_en, None)
                order.append(mention)
                previous = mention
                continue
        previous = mention
        name = mention.actor.name_en
        role = _role(candidate, mention)
        if name not in roles:
            roles[name] = role
            order.append(mention)
        elif roles[name] is None:
            roles[name] = role
    agents = [m for m in order if roles[m.actor.name_en] == "agent"]
    if candidate.event_type == "Strategic developments":
        # who made the development (arrested, seized, deployed) is named first; "مفرزة للجيش" is its unit
        return (agents or order)[0], next((m for m in order if m is not (agents or order)[0]), None)
    if candidate.event_type == "Violence against civilians":
        # civilians are the target; the armed actor closest before the act is its subject ("فرت إليها خلايا
        # التنظيم واتخذت بعضهم رهائن"), else the first one named after it
        before = [m for m in order if m.end <= candidate.trigger.start]
        return (agents[0] if agents else before[-1] if before else order[0]), None
    targets = [m for m in order if roles[m.actor.name_en] == "target"]
    unmarked = [m for m in order if roles[m.actor.name_en] is None]
    attacker = agents[0] if agents else (unmarked.pop(0) if unmarked else None)
    target = targets[0] if targets else (unmarked[0] if unmarked else None)
    if attacker is None and candidate.event_type == "Battles" and len(targets) > 1:
        attacker, target = targets[0], targets[1]  # "مقتل عناصر من X و Y": both sides lost men
    return attacker, target


def _named_group_of(ctx: _Context, candidate: _Candidate, generic: ActorMention) -> ActorMention | None:
    """The named armed group a generic "مسلحون" is said to belong to, later in the sentence."""
    for mention in ctx.actors:
        if (mention.start > generic.end and mention.end <= candidate.sentence.end and mention.actor.kind in ARMED_KINDS
                and not mention.actor.name_en.startswith("Unidentified")):
            gap = normalize(ctx.article.text[generic.end:mention.start])
            return mention if _coder_cues()["membership"].match(gap + " ") else None
    return None


def _template(ctx: _Context, role: str) -> ActorMention | None:
    """The article country's generic actor for `role` (civilians, protesters, rioters), named by no words."""
    if not ctx.country_name:
        return None
    actor = _default_lexicon().template_actor(role, ctx.country_name)
    if actor is None:
        return None
    return ActorMention(-1, -1, "", actor, "generic", 0.5)


def _article_main_armed_actor(ctx: _Context, target: ActorMention | None = None,
                              kinds: frozenset[str] | None = None) -> ActorMention | None:
    """The armed actor the article names most, as the attacker of an event whose own sentence names none.

    Never the target itself, nor a force on the target's side (state forces are not the attackers of state forces);
    with `kinds`, only an actor of those kinds. A guess, marked by a negative offset and a lower confidence.
    """
    counts: Counter = Counter()
    first: dict[str, ActorMention] = {}
    for mention in ctx.actors:
        actor = mention.actor
        if actor.kind not in ARMED_KINDS or mention.confidence < 0.6 or (kinds is not None and actor.kind not in kinds):
            continue
        if target is not None and (actor.name_en == target.actor.name_en or actor.id in (
                target.actor.parent, target.actor.id) or actor.parent == target.actor.id or (
                target.actor.kind == "state" and actor.kind == "state" and actor.country == target.actor.country)):
            continue
        counts[actor.name_en] += 1
        first.setdefault(actor.name_en, mention)
    if not counts:
        return None
    name, _ = counts.most_common(1)[0]
    found = first[name]
    return ActorMention(-1, -1, found.surface, found.actor, found.via, found.confidence * 0.7, found.role)


def _figures_in(ctx: _Context, start: int, end: int) -> list[Figure]:
    return [f for f in ctx.figures if _in(f.start, f.end, start, end)]


def _event_figures(ctx: _Context, candidate: _Candidate) -> list[Figure]:
    """Death counts the candidate's sentence (or, failing that, the next one in its paragraph) reports: a stated
    total, else the dead of each side ("مقتل خمسة جنود ... مقابل تحييد 23 من المهاجمين" is 28)."""
    index = candidate.sentence_index
    windows = [(candidate.sentence.start, candidate.sentence.end)]
    if index + 1 < len(ctx.sentences) and ctx.paragraph_of[index + 1] == ctx.paragraph_of[index]:
        windows.append((ctx.sentences[index + 1].start, ctx.sentences[index + 1].end))
    for position, (start, end) in enumerate(windows):
        killed = [f for f in _figures_in(ctx, start, end) if f.coded is not None and _counts_dead(ctx, f)]
        if killed:
            totals = [f for f in killed if f.parts]
            if totals:
                return totals[:1] + _foes_beside_total(ctx, totals[0], killed)
            toll = _toll_by_side(ctx, killed)
            return toll + _other_side_dead(ctx, index + position, toll, candidate.event_type)
    return []


def _foes_beside_total(ctx: _Context, total: Figure, killed: list[Figure]) -> list[Figure]:
    """The attackers' dead told beside a breakdown of the defenders' ("جرى تحييد العشرات منهم ... مضيفة أن ستة
    عسكريين وثلاثة من المتطوعين سقطوا" is 12 + 9): the breakdown counts one side only when none of its parts is
    the foe."""
    if any(_foe_or_side(ctx, part) == "militants" for part in total.parts):
        return []
    return [f for f in killed if not f.parts and not (total.start <= f.start < total.end)
            and _foe_or_side(ctx, f) == "militants"][:1]


# a later sentence that tells of another incident: its dead are not this event's
_CUE_TEMPLATES["another_incident"] = (r"^(?:و|ف)?(?:في|فى)?\s*%(incident_nouns)s\s+%(qualifiers)s"
                                    r"|^(?:و|ف)?%(transitions)s")
# whose dead a figure counts when its noun does not say: "تحييد 20 منهم", "القضاء على العشرات من المهاجمين"
_CUE_TEMPLATES["foes_after"] = r"^\S*\s*من %(foes)s"
_CUE_TEMPLATES["foes_before"] = r"%(forms)s\s*\S?\s*$"
_SIDE_SENTENCES = 2  # how many sentences after the toll the other side's dead are still told


def _tells_another_incident(ctx: _Context, index: int, own_type: str,
                            other_day: Callable[[DateMention], bool] = lambda _day: True) -> bool:
    """The sentence tells another incident ("وفي حادث منفصل"), a day that `other_day` says is not the event's (by
    default any day), or another kind of act than `own_type`: its dead are not the event's."""
    sentence = ctx.sentences[index]
    return bool(_coder_cues()["another_incident"].search(ctx.folded(sentence))) or any(
        d.kind in _DAY_KINDS and _in(d.start, d.end, sentence.start, sentence.end) and other_day(d)
        for d in ctx.dates) or any(
        event_type != own_type and not _is_outcome_word(surface)
        for event_type, surface in ctx.sentence_events.get(index, ()))


def _other_side_dead(ctx: _Context, last_index: int, toll: list[Figure], own_type: str) -> list[Figure]:
    """The dead of the other side, told in the next sentences of the report: "قُتل ستة جنود ... ⏎ وأشار البيان إلى
    أن الجنود ردوا ... ما أسفر عن تحييد 20 منهم" is 26, "صدت القوات هجوماً ... وقتل 20 مهاجماً. وأقر البيان بمقتل
    جنديين" is 22. Only a side the toll does not count yet, and never past a sentence that tells another incident."""
    sides = {_foe_or_side(ctx, f) for f in toll}
    if None in sides or len(sides) != 1:
        return []  # the toll counts everybody, or both sides already
    added: list[Figure] = []
    for index in range(last_index + 1, min(last_index + 1 + _SIDE_SENTENCES, len(ctx.sentences))):
        sentence = ctx.sentences[index]
        if _tells_another_incident(ctx, index, own_type):
            break  # another incident, another day, or another kind of act ("وشنت طائرات حربية غارة ...")
        for figure in _figures_in(ctx, sentence.start, sentence.end):
            if figure.coded and not figure.parts and _counts_dead(ctx, figure):
                side = _foe_or_side(ctx, figure)
                if side is not None and side not in sides:
                    added.append(figure)
                    sides.add(side)
    return added


_OUTCOME_WORDS = frozenset({"قتل", "مقتل", "قتلوا", "قتلي", "قتيل", "قتيلا", "قتيلان", "قتيلين", "مصرع", "استشهاد",
                            "استشهد"})


def _is_outcome_word(surface: str) -> bool:
    """A trigger that only tells deaths ("مقتل", "قُتل"), which a toll sentence about the same event carries too."""
    return re.sub(r"^(?:و|ف)?(?:ب|ل)?(?:ال)?", "", normalize(surface)) in _OUTCOME_WORDS


def _foe_or_side(ctx: _Context, figure: Figure) -> str | None:
    """The figure's side, or "militants" when the words around it say it counts the attackers."""
    if figure.side is not None and figure.side.category != "unknown":
        return figure.side.category
    after = normalize(ctx.article.text[figure.end:figure.end + 25])
    before = normalize(ctx.article.text[max(0, figure.start - 20):figure.start])
    coder_cues = _coder_cues()
    foes = coder_cues["foes_after"].match(after.strip()) or coder_cues["foes_before"].search(before)
    return "militants" if foes else None


# the verb that governs a figure: "قُتل ستة نازحين" counts the dead whatever the noun, "تحييد 20 منهم" (a military
# statement's "neutralised") counts dead fighters
_CUE_TEMPLATES["last_outcome_verb"] = r"(%(forms)s)\S*(?!.*%(forms)s)"


_CUE_TEMPLATES["claimed_before"] = r"(?:^|\s)(?:و|ف)?%(forms)s(?:\s+\S+){0,3}\s*$"


# "احتجاجاً على وفاة شاب", "تنديداً بمقتل": the death word (and its person) stand right after the cue
_CUE_TEMPLATES["grievance_before"] = r"(?:^|\s)(?:و)?%(forms)s\s*(?:\S+\s*)?$"
_CUE_TEMPLATES["prior_death_before"] = (r"(?:^|\s)(?:و)?%(after_words)s\s+(?:ال)?%(deaths)s\s+\S+(?:\s+\S+)?\s*$")
_PRIOR_DEATH_REACH = 40  # characters before a figure where "بعد وفاة" is looked for
_CUE_TEMPLATES["cumulative_after"] = r"^[^.!?؟\n]{0,80}?(?<!\w)(?:و)?منذ\s+%(forms)s(?!\w)"
_CUMULATIVE_REACH = 100  # characters after a figure where "منذ بدء الحرب" still tells its span


def _is_running_tally(ctx: _Context, figure: Figure) -> bool:
    """A count since a war, a truce or a date ("أكثر من 190 شخصاً ... منذ سريان الاتفاق"): no one event's dead."""
    return bool(_coder_cues()["cumulative_after"].search(
        normalize(ctx.article.text[figure.end:figure.end + _CUMULATIVE_REACH])))


def _is_prior_death(ctx: _Context, figure: Figure) -> bool:
    """A death told as what came before ("بعد وفاة شقيقين", "عقب تشييع القتيلين"), unless of this event's wounds."""
    text = ctx.article.text
    told = normalize(text[max(0, figure.start - _PRIOR_DEATH_REACH):figure.end])
    return bool(_coder_cues()["prior_death_before"].search(told)) and "متاثر" not in normalize(
        text[figure.end:figure.end + 30])


def _counts_dead(ctx: _Context, figure: Figure) -> bool:
    """The figure counts people killed, by its own reading or by the killing verb right before it; a figure a
    party claims ("مدعياً مقتل أكثر من عشرين") is not the conservative count, nor a running tally."""
    before = normalize(ctx.article.text[max(0, figure.start - 30):figure.start])
    if (figure.negated or _coder_cues()["claimed_before"].search(before) or _is_running_tally(ctx, figure)
            or _coder_cues()["grievance_before"].search(before) or _is_prior_death(ctx, figure)):
        return False
    if figure.counts == "killed":
        return True
    if figure.counts not in ("wounded", "displaced", "fighters"):
        return False
    before = normalize(ctx.article.text[max(0, figure.start - 25):figure.start])
    verb = _coder_cues()["last_outcome_verb"].search(before)
    if verb is None:
        return False
    word = verb.group(1)
    # "القضاء على عشرات الإرهابيين": a military statement's "eliminated" counts dead fighters
    return word in ("تحييد", "حيد", "القضاء علي") or (figure.counts != "wounded" and word in ("قتل", "مقتل", "مصرع"))


def _toll_by_side(ctx: _Context, figures: list[Figure]) -> list[Figure]:
    """One figure per side ("خمسة جنود" and "23 من المهاجمين"), or the one figure that counts everybody; a count
    set against another by "مقابل" ("وقتل 11 مهاجماً، مقابل مقتل جنديين") is a side of its own."""
    by_side: dict[str, Figure] = {}
    unsided: list[Figure] = []
    opposed_before = _coder_cues()["opposed_before"]
    opposed = any(opposed_before.search(normalize(ctx.article.text[max(0, f.start - 20):f.start])) for f in figures)
    for position, figure in enumerate(figures):
        if figure.side is None and not opposed:
            unsided.append(figure)
        else:
            by_side.setdefault(figure.side.category if figure.side else f"unnamed {position}", figure)
    sided = [f for f in by_side.values() if not any(u.start <= f.start and f.end <= u.end for u in unsided)]
    overall = _non_overlapping(unsided)
    if overall and (not sided or (overall[0].coded or 0) >= sum(f.coded or 0 for f in sided)):
        return overall
    return sided or overall


_CUE_TEMPLATES["opposed_before"] = r"(?:^|\s)(?:و)?%(forms)s(?:\s+\S+)?\s*$"


_CUE_TEMPLATES["bombers_counted"] = r"%(including)s\s+(?:\S+\s+){0,2}(?:ال)?%(bombers)s"
# the text says the bomber died too: "ما أدى كذلك إلى مقتل منفذ الهجوم", "مقتل أربعة منهم إضافة إلى منفذ الهجوم"
_CUE_TEMPLATES["bomber_died"] = r"%(lead_ins)s\s+(?:\S+\s+){0,1}(?P<who>(?:ال)?%(bombers)s)(?:\s|$|[.,،])"


def _uncounted_bombers(ctx: _Context, candidate: _Candidate, killed: list[Figure]) -> int:
    """A suicide bombing's toll includes the bombers when the text says they died (ACLED counts attackers), unless
    the reported figure already counts them."""
    if candidate.sub_event_type != "Suicide bomb":
        return 0
    if _coder_cues()["bombers_counted"].search(ctx.folded(candidate.sentence)) or any(
            "انتحاري" in normalize(ctx.article.text[f.start:f.end]) for f in killed):
        return 0
    died = _coder_cues()["bomber_died"].search(normalize(ctx.article.text[ctx.dateline_end:]))
    if died is None:
        return 0
    return 2 if re.search(r"(?:ين|ان|تين|تان)$", died.group("who")) and "منفذ" not in died.group("who") else 1


# "دون تسجيل إصابات", "لم تسفر عن أي إصابات": the text says nobody was hurt, so nobody died (ACLED codes 0)
_CUE_TEMPLATES["no_casualties"] = (
    r"%(negations)s\s+(?:ان\s+)?%(verbs)s\s+(?:\S+\s+){0,2}?(?:اي\s+)?%(casualties)s(?:\s|$|[.,،])")


def _only_wounded(ctx: _Context, sentence: Sentence) -> bool:
    """The sentence counts wounded people and nobody killed."""
    counts = {f.counts for f in _figures_in(ctx, sentence.start, sentence.end)}
    return "wounded" in counts and "killed" not in counts


# a death told without a count the figure reader took ("استشهد منتسبان", "ما أدى إلى استشهاد سائقها", "لقي محتجان
# مصرعهما"); a negated one ("دون سقوط قتلى", "لم يسفر عن مقتل أحد") is not a death
_CUE_TEMPLATES["death_word"] = r"(?:^|\s)(?:و|ف)?(?:ب|ل)?(?:ال)?%(forms)s(?=\s|$)"
_CUE_TEMPLATES["negated_before"] = r"(?:^|\s)(?:و)?%(forms)s(?:\s+\S+){0,3}\s*$"


def _tells_uncounted_death(ctx: _Context, sentence: Sentence) -> bool:
    """The sentence tells somebody died although no figure counts the dead: the toll is unknown, not 0."""
    if any(f.counts == "killed" for f in _figures_in(ctx, sentence.start, sentence.end)):
        return False
    folded = ctx.folded(sentence)
    coder_cues = _coder_cues()
    return any(not coder_cues["negated_before"].search(folded[:death.start()])
               for death in coder_cues["death_word"].finditer(folded))


def _says_nobody_died(ctx: _Context, sentence: Sentence) -> bool:
    """The sentence says in so many words that nobody died ("من دون تسجيل وفيات", "لم تسفر عن قتلى"): the
    figure reader's negated zero count of the dead."""
    return any(f.counts == "killed" and f.negated and f.coded == 0
               for f in _figures_in(ctx, sentence.start, sentence.end))


def _non_overlapping(figures: list[Figure]) -> list[Figure]:
    kept: list[Figure] = []
    for figure in figures:
        if not any(figure.start < k.end and k.start < figure.end for k in kept):
            kept.append(figure)
    return kept[:1]


def _figure_dict(article: ArticleForCoding, figure: Figure, source_start: int | None = None) -> dict:
    """The figure as a mention stores it; `source_start`: where in the source text the string the figure was read
    from begins (the page title), when that string is not the cleaned body."""
    if source_start is None:
        evidence = _evidence(article, "figure", figure.start, figure.end)
    else:
        evidence = Evidence("figure", source_start + figure.start, source_start + figure.end, figure.surface)
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
_PIN_FIELDS = frozenset({"location", "latitude", "longitude", "geo_precision"})
_ACTOR_FIELDS = {"actor1": frozenset({"actor1", "actor1_surface", "inter1", "assoc_actor_1"}),
                 "actor2": frozenset({"actor2", "actor2_surface", "inter2", "assoc_actor_2"})}
SAME_EVENT_KM = 15.0
_SAME_TOWN_KM = 3.0  # two named places closer than this are one scene (a neighbourhood and its town)


def _distance_km(a: EventMention, b: EventMention) -> float | None:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _unknown_places_differ(ctx: _Context, first: EventMention, second: EventMention) -> bool:
    """The two sentences name different towns the gazetteer lacks ("قرية إبلين" ... "قرية البارة")."""
    mine, theirs = ctx.unknown_places.get(id(first), frozenset()), ctx.unknown_places.get(id(second), frozenset())
    return bool(mine and theirs and mine.isdisjoint(theirs))


def _compatible(ctx: _Context, kept: EventMention, other: EventMention) -> bool:
    """Could `other` be a further reference to the event `kept` (same type, no conflicting detail)?

    Only details each sentence states itself can conflict; what a sentence inherited from the lead cannot.
    """
    if kept.event_type != other.event_type or _unknown_places_differ(ctx, kept, other):
        return False
    if kept.event_type == "Violence against civilians" and kept.sub_event_type != other.sub_event_type:
        return False  # a killing and an abduction in one raid are two events
    inherited = ctx.inherited
    own = inherited.get(id(other), set())
    if "event_date" not in own and kept.event_date and other.event_date and kept.event_date != other.event_date:
        return False
    vague = kept.admin1 == other.admin1 and (
        "location_vague" in (inherited.get(id(kept), set()) | own)
        or 3 in (kept.geo_precision, other.geo_precision))  # a province holds the town told in it: no conflict
    if "location" not in own and not vague:
        distance = _distance_km(kept, other)
        if distance is not None and distance > SAME_EVENT_KM:
            return False
        if (distance is not None and distance > _SAME_TOWN_KM and kept.geo_precision in (1, 2)
                and other.geo_precision in (1, 2)
                and "location" not in inherited.get(id(kept), set()) and kept.location != other.location):
            return False  # each sentence names its own town: ACLED codes one event per location and day
        if distance is None and kept.location and other.location and kept.location != other.location:
            if kept.admin1 != other.admin1:
                return False
    for slot in ("actor1", "actor2"):
        if f"{slot}_soft" in own or f"{slot}_soft" in inherited.get(id(kept), set()):
            continue
        mine, theirs = getattr(kept, slot), getattr(other, slot)
        if mine and theirs and mine != theirs and not (
            slot == "actor1" and theirs in (kept.actor2, None) or slot == "actor2" and theirs == kept.actor1
            or ctx.actor_parents.get(mine) == theirs or ctx.actor_parents.get(theirs) == mine
        ):
            return False
    return True


_AFTER_WORDS = frozenset({"بعد", "عقب", "اثر", "منذ", "وبعد", "وعقب", "واثر"})


def _same_incident(ctx: _Context, earlier: EventMention, reference: EventMention) -> bool:
    """Could a definite reference ("الهجوم") be about `earlier`? Violent types are interchangeable here."""
    if earlier.event_type != reference.event_type and not (
        earlier.event_type in _ATTACK_TYPES and reference.event_type in _ATTACK_TYPES
    ):
        return False
    if earlier.event_type != reference.event_type and any(
            e.field == "trigger" and _FIGHTING_WORD.search(normalize(e.text)) for e in reference.evidence):
        return False  # "تواصلت الاشتباكات" is ground fighting: it cannot point back at a drone strike
    if _unknown_places_differ(ctx, earlier, reference):
        return False
    own = {"event_date", "location"} - ctx.inherited.get(id(reference), set())
    if "event_date" in own and earlier.event_date and reference.event_date:
        if abs((date.fromisoformat(earlier.event_date[:10]) - date.fromisoformat(reference.event_date[:10])).days) > 1:
            return False
    if "location" in own:
        distance = _distance_km(earlier, reference)
        if distance is not None and distance > SAME_EVENT_KM:
            return False
    return True


def _whole_word(text: str, start: int) -> str:
    """The folded word a trigger starts in, with the clitics and article the trigger span leaves out."""
    word_start = start
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    word_end = start
    while word_end < len(text) and text[word_end].isalpha():
        word_end += 1
    return normalize(text[word_start:word_end])


_NAMED_VIA = frozenset({"name", "abbreviation"})  # a group's own name, not "مسلحون" or "الجيش"


def _is_definite(ctx: _Context, candidate: _Candidate, hit: TriggerHit) -> bool:
    """"الهجوم", or in construct with a place, a named group or a definite noun ("معركة غويران", "هجوم داعش",
    "هجوم الحسكة")."""
    word = _whole_word(ctx.article.text, hit.start)
    if _DEFINITE.match(word):
        return True
    folded = normalize(word)
    if folded.endswith("ت") and not folded.endswith("ات"):
        return False  # a verb in the feminine past before its subject ("قصفت المدفعية"), not a noun in construct
    rest = ctx.article.text[hit.end:candidate.sentence.end]
    following = normalize(rest).strip().split(" ")[:1]
    gap = len(rest) - len(rest.lstrip())
    return (bool(following) and following[0].startswith("ال")) or any(
        p.start == hit.end + gap for p in ctx.places) or any(
        a.start == hit.end + gap and a.via in _NAMED_VIA for a in ctx.actors)


# a definite event noun that is the sentence's subject before any trigger: "أكدت الجبهة أن الضربة قتلت ثمانية مدنيين"
_CUE_TEMPLATES["told_event_noun"] = r"(?:^|\s)(?:و|ف|ب|ل)?(?:ال|لل)%(forms)s(?:\s|$)"
# the victims of an event already told: "أحد القتيلين أصيب برصاصة", "أصيب برصاص طائش", "وكان بين الضحايا"
_CUE_TEMPLATES["told_victims"] = (
    r"(?:^|\s)(?:و|ف|ب|ل)?(?:%(quantifiers)s\s+(?:ال|لل)%(victims)s|\S*\s+طايش\S*)(?:\s|$)")


def _subject_is_told_event(ctx: _Context, candidate: _Candidate) -> bool:
    first = min(hit.start for hit in candidate.hits)
    words = normalize(ctx.article.text[candidate.sentence.start:first]).split()
    return bool(_coder_cues()["told_event_noun"].search(" ".join(words[-2:])))


def _only_about_told_event(ctx: _Context, candidate: _Candidate) -> bool:
    """The sentence adds to an event already told (its victims, stray bullets, a claim of responsibility)."""
    if candidate.event_type not in _ATTACK_TYPES:
        return False
    folded = ctx.folded(candidate.sentence)
    return bool(_coder_cues()["told_victims"].search(folded)) or (
        bool(_coder_cues()["responsibility"].search(folded)) and _is_definite(ctx, candidate, candidate.trigger))


_OUTCOME_NOUNS = frozenset({"قتلي", "قتيل", "قتيلا", "قتيلان", "قتيلين"})


def _only_outcome_nouns(candidate: _Candidate) -> bool:
    """Every trigger of the candidate is a noun for the dead (قتلى، القتيل), which tells an outcome, not an event."""
    return all(re.sub(r"^(?:و|ف)?(?:ب|ل|ك)?(?:ال|لل)?", "", normalize(hit.surface)) in _OUTCOME_NOUNS
               for hit in candidate.hits)


def _tells_only_deaths(ctx: _Context, candidate: _Candidate, mention: EventMention) -> bool:
    """Every trigger only tells deaths ("بمقتل", "قُتل"), the sentence names no attacker of its own and no day, and
    does not announce another incident: it adds a toll to the event before it."""
    if candidate.event_type not in _ATTACK_TYPES or not all(_is_outcome_word(h.surface) for h in candidate.hits):
        return False
    sentence = candidate.sentence
    if _coder_cues()["another_incident"].search(ctx.folded(sentence)) or any(
            d.kind in _DAY_KINDS and _in(d.start, d.end, sentence.start, sentence.end) for d in ctx.dates):
        return False
    own = ctx.inherited.get(id(mention), set())
    return mention.actor1 is None or "actor1" in own or "actor1_soft" in own or mention.actor1.startswith(
        "Unidentified")


def _take_actors(ctx: _Context, target: EventMention, reference: EventMention) -> None:
    """What a later reference tells of an event's actors: the slots it left empty, and, from a claim of
    responsibility ("تبنى تنظيم القاعدة الهجوم"), the attacker the first report could only guess."""
    claimed = reference.actor1 is not None and "actor1_soft" not in ctx.inherited.get(id(reference), set()) and any(
        e.field == "sentence" and _coder_cues()["responsibility"].search(normalize(e.text)) for e in reference.evidence)
    guessed = target.actor1 is None or target.actor1.startswith("Unidentified") or (
        "actor1_soft" in ctx.inherited.get(id(target), set()))
    for slot, inter in (("actor1", "inter1"), ("actor2", "inter2")):
        value = getattr(reference, slot)
        if value is None or (slot == "actor2" and target.event_type == "Battles" and reference.inter2 == 7):
            continue  # civilians caught in a battle are its victims, not a side
        if _on_other_side(target, slot, value):
            continue
        if getattr(target, slot) is None or (slot == "actor1" and claimed and guessed and value != target.actor2):
            setattr(target, slot, value)
            setattr(target, f"{slot}_surface", getattr(reference, f"{slot}_surface"))
            setattr(target, inter, getattr(reference, inter))


def _attach_references(ctx: _Context, coded: list[tuple["_Candidate", EventMention]]) -> list[EventMention]:
    """A definite reference ("الهجوم", "صد الهجوم", "القصف") to an event already coded is that event.

    It adds what it tells (a toll, an actor) to the nearest earlier mention instead of opening a new event,
    unless its own sentence dates or places it differently.
    """
    kept: list[EventMention] = []
    for candidate, mention in coded:
        # the sentence points back when its first trigger is definite ("القصف", "معركة غويران التي شهدت مواجهات");
        # one that first tells the event anew ("شنت هجوماً واسعاً ... والسيطرة على") opens an event of its own
        definite = _is_definite(ctx, candidate, min(candidate.hits, key=lambda hit: hit.start))
        target = None
        if kept and (definite or candidate.is_reference or _subject_is_told_event(ctx, candidate)):
            target = next((m for m in reversed(kept) if _same_incident(ctx, m, mention)), None)
        outcome_only = definite and _only_outcome_nouns(candidate)
        if (target is None and kept and _tells_only_deaths(ctx, candidate, mention)):
            # "وأقر البيان بمقتل جنديين": the toll of an event already told, from a sentence that tells no act
            target = next((m for m in reversed(kept) if _same_incident(ctx, m, mention)), None)
        if outcome_only or _only_about_told_event(ctx, candidate):
            # "بين القتلى", "الشاب القتيل", "أصيب برصاص طائش", "تبنى التنظيم الهجوم": the dead, the stray bullets or
            # the claim of an event already told, wherever its sentence places it
            if target is None:
                target = next((m for m in reversed(kept) if m.event_type in VIOLENT_TYPES or (
                    m.event_type == "Protests" and m.sub_event_type != "Peaceful protest")), None)
            if target is None and outcome_only:
                continue  # a noun for the dead alone reports no event
        if target is not None and _renewed_on_another_day(ctx, candidate, mention, target):
            target = None
        if target is None and _points_back_possessively(ctx, candidate):
            continue  # "عقب اختطافه", "أشهر احتجازه": an event told before, here or as background, not a new one
        if target is not None:
            if _replaces_toll(target, mention, larger_wins=False):
                target.fatalities = mention.fatalities  # "قُتل عدد من المدنيين … ما أدى إلى مقتل 14 شخصاً": 14
            _take_actors(ctx, target, mention)
            target.evidence.extend(e for e in mention.evidence if e.field in ("fatalities", "actor1", "actor2"))
            target.figures.extend(f for f in mention.figures if f not in target.figures)
            continue
        kept.append(mention)
    return kept


_POSSESSIVE_ENDINGS = ("ه", "ها", "هم", "هما", "هن")
# words before a verbal noun with a possessive ending that make it the time of an event told before
_BACK_POINTERS = _AFTER_WORDS | {"خلال", "طوال", "اثناء", "مده", "فتره", "ايام", "اسابيع", "اشهر", "سنوات", "ومنذ"}


def _points_back_possessively(ctx: _Context, candidate: _Candidate) -> bool:
    """The trigger is a verbal noun owned by a pronoun ("اختطافه", "احتجازه") right after a word of time ("عقب",
    "أشهر"): the sentence dates something by an event told before, whether the article coded it or not."""
    hit = min(candidate.hits, key=lambda h: h.start)
    text = ctx.article.text
    end = hit.start
    while end < len(text) and text[end].isalpha():
        end += 1
    word = text[hit.start:end]  # as written: a folded ة would read as the pronoun ه
    if not word.endswith(_POSSESSIVE_ENDINGS) or len(word) < 5:
        return False
    preceding = normalize(text[max(candidate.sentence.start, hit.start - 14):hit.start]).split()
    return bool(preceding) and preceding[-1] in _BACK_POINTERS


_CUE_TEMPLATES["renewed_before"] = r"(?:^|\s)(?:و|ف|ثم\s+)?%(forms)s(?:\s+\S+){0,2}\s*$"


def _renewed_on_another_day(ctx: _Context, candidate: "_Candidate", mention: EventMention,
                            told: EventMention) -> bool:
    """"وتجدد الاحتجاج أمس الأربعاء": the event told again on a day of its own is a new event."""
    if "event_date" in ctx.inherited.get(id(mention), set()) or not mention.event_date or not told.event_date:
        return False
    if mention.event_date == told.event_date:
        return False
    before = normalize(ctx.article.text[candidate.sentence.start:candidate.trigger.start])
    return bool(_coder_cues()["renewed_before"].search(before))


def _toll_is_vague(mention: EventMention) -> bool:
    """The mention's toll rests only on vague words ("عدد من", "العشرات"), no number."""
    killed = [f for f in mention.figures if f.get("counts") == "killed" and not f.get("negated")]
    return bool(mention.fatalities) and bool(killed) and all(f.get("vague") for f in killed)


def _replaces_toll(current: EventMention, incoming: EventMention, *, larger_wins: bool) -> bool:
    """Whether another mention of the same event gives the toll to keep: any toll beats none, a number beats vague
    words ("العشرات"), and otherwise, when `larger_wins`, the larger one wins. Ask before pooling their figures."""
    if incoming.fatalities is None:
        return False
    if current.fatalities is None:
        return True
    vague_current, vague_incoming = _toll_is_vague(current), _toll_is_vague(incoming)
    if vague_current != vague_incoming:
        return vague_current
    return larger_wins and incoming.fatalities > current.fatalities


def _protest_turned_riot(ctx: _Context, protest: EventMention, riot: EventMention) -> bool:
    """A demonstration that turned violent the same day in the same place is one riot (ACLED)."""
    if protest.event_type != "Protests" or riot.event_type != "Riots" or _unknown_places_differ(ctx, protest, riot):
        return False
    if riot.event_date is None or (protest.event_date and protest.event_date != riot.event_date):
        return False
    distance = _distance_km(protest, riot)
    return distance is None or distance <= SAME_EVENT_KM


def _merge(ctx: _Context, mentions: list[EventMention]) -> list[EventMention]:
    """One mention per event within an article: later references to an event pool into its first mention."""
    riots = [m for m in mentions if m.event_type == "Riots"]
    if riots:
        mentions = [m for m in mentions if not any(_protest_turned_riot(ctx, m, riot) for riot in riots)]
    merged: list[EventMention] = []
    for mention in mentions:
        kept = next((m for m in merged if _compatible(ctx, m, mention)), None)
        if kept is None:
            merged.append(mention)
            continue
        kept_own, mention_own = ctx.inherited.get(id(kept), set()), ctx.inherited.get(id(mention), set())
        if "location_vague" in kept_own and not mention_own & {"location", "location_vague"} and mention.location:
            # the first mention only placed the scene near a landmark; a later sentence names the scene itself
            for name in ("location", "latitude", "longitude", "geo_precision", "admin2"):
                setattr(kept, name, getattr(mention, name))
            kept_own.discard("location_vague")
        withheld = set(_PIN_FIELDS if "pin_withheld" in ctx.inherited.get(id(kept), set()) else ())
        for slot in ("actor1", "actor2"):
            if _on_other_side(kept, slot, getattr(mention, slot)):
                withheld |= _ACTOR_FIELDS[slot]
        for name in _FILLABLE:
            if name in withheld:
                continue
            if getattr(kept, name) is None and getattr(mention, name) is not None:
                setattr(kept, name, getattr(mention, name))
        if kept.sub_event_type != mention.sub_event_type:
            kept.sub_event_type = _default_taxonomy().first_by_precedence(
                kept.event_type, (kept.sub_event_type, mention.sub_event_type))
        takes_toll = _replaces_toll(kept, mention, larger_wins=True)
        kept.evidence.extend(e for e in mention.evidence if e not in kept.evidence)
        kept.figures.extend(f for f in mention.figures if f not in kept.figures)
        if takes_toll:
            kept.fatalities = mention.fatalities
        kept.confidence = max(kept.confidence, mention.confidence)
    return merged


@lru_cache(maxsize=1)
def _default_taxonomy() -> Taxonomy:
    return load_taxonomy()


_CUE_TEMPLATES["final_toll_before"] = r"%(forms)s(?:\s+\S+){0,3}\s*$"
# a toll revised upwards, however far the verb stands from the figure in its clause: "ارتفعت حصيلة القتلى في الهجوم
# الذي شنه مسلحون على القرية فجر الأحد إلى 16 قتيلاً", "وأوضح أن الحصيلة ارتفعت لاحقاً إلى 11 قتيلاً"
# the second branch ("الحصيلة ارتفعت إلى") stays whole: its noun and verb forms are tied to each other
_CUE_TEMPLATES["revised_toll_before"] = (
    r"(?:%(rise_verbs)s\s+(?:\S+\s+)?%(toll_nouns)s\s[^.!?؟]*"
    r"|(?:الحصيله|حصيله\s+\S+|عدد\s+\S+)\s+(?:قد\s+)?(?:ارتفعت|ارتفع)(?:\s+\S+)?\s+)الي\s*$")
_REVISED_TOLL_REACH = 220  # characters before the figure the revising verb may stand


def _attach_final_toll(ctx: _Context, mentions: list[EventMention]) -> None:
    """A stated overall toll (a breakdown by side, or "لتبلغ الحصيلة النهائية 29 قتيلاً") goes on the article's
    main event."""
    totals = [f for f in ctx.figures if f.counts == "killed" and f.coded and f.start >= ctx.dateline_end
              and not _is_running_tally(ctx, f) and (
        f.parts or _coder_cues()["final_toll_before"].search(normalize(ctx.article.text[max(0, f.start - 45):f.start]))
        or _is_revised_toll(ctx, f))]
    if not totals or not mentions:
        return
    total = max(totals, key=lambda f: f.coded or 0)
    at = _evidence(ctx.article, "fatalities", total.start, total.end).start  # evidence counts in source offsets
    # "ارتفاع حصيلة ضحايا القصف ... إلى قتيلين": the event that already holds the revised figure, else the event
    # told in the toll's own sentence, else the article's main event
    main = next((m for m in mentions if any(e.field == "fatalities" and e.start == at for e in m.evidence)), None)
    main = main or next((m for m in mentions if any(e.field == "sentence" and e.start <= at < e.end
                                                    for e in m.evidence)), None)
    if main is None:
        main = next((m for m in mentions if m.event_type == "Battles"), mentions[0])
    if main.fatalities is None or (total.coded or 0) > main.fatalities:
        main.fatalities = total.coded
        main.evidence.append(_evidence(ctx.article, "fatalities", total.start, total.end))
        figure = _figure_dict(ctx.article, total)
        if figure not in main.figures:
            main.figures.append(figure)


_PAGE_DATE_REACH = 3000  # characters of the page its date line is looked for in


def _date_by_report(ctx: _Context, mentions: list[EventMention]) -> None:
    """An event the text gives no day for happened on the day of the report or shortly before: code that day at
    week precision (ACLED's time_precision 2), with the page's own statement of the date as evidence when it has
    one. Done after merging, so that an undated mention still merges with the dated one it repeats."""
    if ctx.anchor is None:
        return
    undated = [m for m in mentions if m.event_date is None]
    if not undated:
        return
    told = next((_evidence(ctx.article, "event_date", d.start, d.end) for d in ctx.dates
                 if d.value == ctx.anchor and d.precision == "day"), None)
    if told is None:  # the cleaner took the page's date line out of the body: find it in the page
        head = ctx.article.source_text[:_PAGE_DATE_REACH]
        told = next((Evidence("event_date", d.start, d.end, head[d.start:d.end]) for d in resolve_dates(head, ctx.anchor)
                     if d.kind == "absolute" and d.value == ctx.anchor and d.precision == "day"), None)
    for mention in undated:
        mention.event_date, mention.time_precision = ctx.anchor.isoformat(), 2
        if told is not None:
            mention.evidence.append(told)
        _add_explanation(mention, REPORT_DAY_NOTE)


def _headline_end(text: str) -> int:
    """Where the body begins, past the opening lines of the headline area; 0 when no body line follows them."""
    end = 0
    for _line, end in _opening_lines(text, _non_event_cues().headline_words):
        pass
    return end if text[end:].strip() else 0


# "غير أن وزارة الصحة أعلنت", "في المقابل، تحدث نائب": a contrast opening the sentence, a reporting verb soon after
_CUE_TEMPLATES["disputed_toll"] = r"^(?:و|ف)?(?:%(contrasts)s)\s*[،,]?\s*(?:\S+\s+){0,5}?(?:و|ف)?%(verbs)s(?!\w)"
_CUE_TEMPLATES["additive_toll"] = r"(?<!\w)(?:و)?%(forms)s(?!\w)"
_DISPUTE_REACH = 3  # sentences after the toll where another source's figure for it is still looked for


def _prefer_disputed_lower(ctx: _Context, mentions: list[EventMention]) -> None:
    """Sources disagree on an event's toll within the article: the lower figure is the conservative one (ACLED).

    A toll told first and set against another source's by the next sentences ("… مقتل 14 شخصاً. غير أن وزارة الصحة
    أعلنت تسع وفيات") takes the lower one; a disputed figure that was added on top never raises the toll. Only a
    figure of the same side (or of nobody's side) disputes a toll, and never past another incident or day."""
    disputed_pattern, additive = _coder_cues()["disputed_toll"], _coder_cues()["additive_toll"]
    folded = [ctx.folded(sentence) for sentence in ctx.sentences]
    disputes = [bool(disputed_pattern.search(text)) and not additive.search(text) for text in folded]
    if not any(disputes):
        return
    starts = [sentence.start for sentence in ctx.sentences]
    # each death count with where its evidence starts (a mention's fatalities evidence counts in source offsets)
    dead = [(f, _evidence(ctx.article, "fatalities", f.start, f.end).start)
            for f in ctx.figures if f.coded and _counts_dead(ctx, f)]
    for mention in mentions:
        if not mention.fatalities:
            continue
        evidence_starts = {e.start for e in mention.evidence if e.field == "fatalities"}
        toll = [f for f, source_start in dead if source_start in evidence_starts]
        if not toll:
            continue
        index_of = {id(f): bisect_right(starts, f.start) - 1 for f in toll}
        stated = [f for f in toll if not disputes[index_of[id(f)]]]
        if not stated:
            continue
        sides = {f.side.category if f.side else None for f in stated}
        if len(sides) != 1:
            continue  # a toll summed over sides: another source's figure cannot be set against one part of it
        side = next(iter(sides))
        stated_toll = sum(f.coded or 0 for f in stated) if len(stated) > 1 and side is not None else max(
            f.coded or 0 for f in stated)
        last = max(index_of[id(f)] for f in stated)
        others: list[Figure] = [f for f in toll if disputes[index_of[id(f)]]]
        for index in range(last + 1, min(last + 1 + _DISPUTE_REACH, len(ctx.sentences))):
            sentence = ctx.sentences[index]
            if not disputes[index]:
                if any(d.kind in _DAY_KINDS and _in(d.start, d.end, sentence.start, sentence.end) for d in ctx.dates):
                    break
                continue
            if any(event_type != mention.event_type and not _is_outcome_word(surface)
                   for event_type, surface in ctx.sentence_events.get(index, ())):
                break  # another kind of act: its dead are its own
            others += [f for f, _ in dead if _in(f.start, f.end, sentence.start, sentence.end) and f not in others]
        others = [f for f in others if (f.side.category if f.side else None) == side]
        if not others:
            continue
        lower = min(min(f.coded or 0 for f in others), stated_toll)
        if lower and lower != mention.fatalities:
            chosen = next(f for f in others + stated if (f.coded or 0) == lower)
            mention.fatalities = lower
            evidence = _evidence(ctx.article, "fatalities", chosen.start, chosen.end)
            if evidence not in mention.evidence:
                mention.evidence.append(evidence)
            figure = _figure_dict(ctx.article, chosen)
            if figure not in mention.figures:
                mention.figures.append(figure)
            _add_explanation(mention, f"sources disagree on the toll: the lower figure, {lower}")


def _add_explanation(mention: EventMention, note: str) -> None:
    mention.explanation += ("; " if mention.explanation else "") + note


def _attach_headline_toll(ctx: _Context, mentions: list[EventMention]) -> None:
    """A toll only the headline states ("مقتل 14 شخصاً وخطف طفلين في هجوم على معسكر") goes on the event the
    headline tells: the first mention of a type the headline's own trigger words have, else the article's first
    mention. Only when that event's sentences tell no toll, and the events told do not already add up to it."""
    if not mentions:
        return
    article = ctx.article
    end = _headline_end(article.text)
    headline_types: set[str] = set()
    tolls = [f for f in ctx.figures if f.end <= end and f.coded and _counts_dead(ctx, f)]
    if tolls:
        toll = _toll_by_side(ctx, tolls)
        evidence = [_evidence(article, "fatalities", f.start, f.end) for f in toll]
        figures = [_figure_dict(article, f) for f in toll]
        headline_types = {event_type for index, told in ctx.sentence_events.items()
                          if ctx.sentences[index].start < end for event_type, _surface in told}
    else:
        toll, evidence, figures = _title_toll(article)  # the cleaner took the headline out of the body
    value = sum(f.coded or 0 for f in toll)
    if not value or sum(m.fatalities or 0 for m in mentions) >= value:
        return  # no toll, or the events told already carry it (a day's tally over several incidents)
    main = next((m for m in mentions if m.event_type in headline_types), mentions[0])
    if id(main) not in ctx.toll_untold or main.fatalities or main.event_type == "Strategic developments":
        return
    main.fatalities = value
    _add_explanation(main, "fatalities from the headline's toll")
    main.evidence.extend(evidence)
    main.figures.extend(figures)


def _attach_lone_toll(ctx: _Context, mentions: list[EventMention]) -> None:
    """An article that tells one violent event and counts its dead in a later sentence of their own ("قال مصدر
    أمني إن الاشتباك أسفر عن مقتل أربعة") gives that event the toll: the first sentence that counts the dead, when it
    tells no other day, no other incident and no other kind of act, and no cue marks it as background."""
    violent = [m for m in mentions if m.event_type in _ATTACK_TYPES]
    if len(violent) != 1:
        return
    main = violent[0]
    if id(main) not in ctx.toll_untold or main.fatalities is not None:
        return
    cues = _non_event_cues()

    def other_day(day: DateMention) -> bool:
        return bool(main.event_date) and day.value is not None and day.value.isoformat() != main.event_date

    for index, sentence in enumerate(ctx.sentences):
        if sentence.end <= ctx.dateline_end:
            continue
        killed = [f for f in _figures_in(ctx, sentence.start, sentence.end) if f.coded and _counts_dead(ctx, f)]
        if not killed:
            continue
        if (_tells_another_incident(ctx, index, main.event_type, other_day)
                or cues.blocks_sentence(ctx.folded(sentence), dated=_has_own_day(ctx, sentence))):
            return
        totals = [f for f in killed if f.parts]
        toll = totals[:1] if totals else _toll_by_side(ctx, killed)
        main.fatalities = sum(f.coded or 0 for f in toll)
        for figure in toll:
            main.evidence.append(_evidence(ctx.article, "fatalities", figure.start, figure.end))
            main.figures.append(_figure_dict(ctx.article, figure))
        _add_explanation(main, "fatalities from the article's only count of the dead")
        return


def _title_toll(article: ArticleForCoding) -> tuple[list[Figure], list[Evidence], list[dict]]:
    """The dead the page title counts, with evidence where the title stands in the source text (none when the
    title is not there: then nothing is taken from it)."""
    title = article.title or ""
    at = article.source_text.find(title) if title.strip() and title not in article.text else -1
    if at < 0:
        return [], [], []
    killed = [f for f in extract_figures(title) if f.counts == "killed" and f.coded and not f.negated
              and not _coder_cues()["claimed_before"].search(normalize(title[max(0, f.start - 30):f.start]))]
    toll = _non_overlapping(killed)
    evidence = [Evidence("fatalities", at + f.start, at + f.end, f.surface) for f in toll]
    return toll, evidence, [_figure_dict(article, f, source_start=at) for f in toll]


def _is_revised_toll(ctx: _Context, figure: Figure) -> bool:
    sentence = next((s for s in ctx.sentences if s.start <= figure.start < s.end), None)
    start = max(figure.start - _REVISED_TOLL_REACH, sentence.start if sentence else 0)
    before = normalize(ctx.article.text[start:figure.start])
    return "رتف" in before and bool(_coder_cues()["revised_toll_before"].search(before))  # ارتفع, لترتفع, ارتفاع


_CUE_TEMPLATES["accusation"] = (
    r"%(blame_verbs)s\S*\s+(?P<rest>.{0,60}?)مسووليه"
    r"|(?P<subject>\S+)\s+مسووله\s+(?:بشكل|عن)|%(accuse_verbs)s\s+(?P<accused>.{0,40})"
    r"|بدعم\s+ومسانده\s+من\s+قبل\s+(?P<supporter>.{0,60})")
_CUE_TEMPLATES["responsibility"] = r"(?:%(verbs)s|اعلن\S*\s+(?:\S+\s+){0,8}?مسووليت\S*\s+عن)"


# the state side "repelled" the attack it is the subject of: "صدت القوات هجوماً", "تصدت وحداتها لهجوم"
_CUE_TEMPLATES["repelled"] = r"(?:^|[\s\"«(])(?:و|ف)?%(verbs)s\s+(?:\S+\s+){0,4}?(?:ل)?(?:ال)?%(attack_nouns)s(?:\s|$)"
# the attackers said to belong to a group: "قالت مصادر محلية إن المهاجمين ينتمون إلى تنظيم ..."
_CUE_TEMPLATES["attributed"] = r"%(attacker_nouns)s\s+(?:\S+\s+)?%(belonging)s"
_CUE_TEMPLATES["blamed"] = (
    r"(?:^|\s)(?:و|ف)?(?:%(attribute_verbs)s\s+(?:\S+\s+){0,4}?%(attack_nouns)s\s+(?:الي|ل)"
    r"|%(blame_verbs)s(?:ها|هم|ه)?\s+(?:\S+\s+){0,8}?(?:ال)?مسووليه"
    r"|%(accuse_verbs)s(?:ها|هم|ه)?\s+(?:\S+\s+){0,8}?ب(?:%(acts)s))")
_CLAIM_REACH = 6  # sentences after the event's own a claim of responsibility is still about it
_ASSAILANT_KINDS = frozenset({"rebel", "militia", "identity_militia"})


def _name_claimed_attackers(ctx: _Context, mentions: list[EventMention], sentence_of: dict[int, int]) -> None:
    """An attacker the report leaves unnamed ("مسلحون") or only repelled ("صدت القوات هجوماً") is the group that
    claims the attack in the same sentence or soon after ("قبل أن يتبنى تنظيم الدولة الهجوم", "وتبنت الجماعة
    الهجوم في بيان"), unless another event is told in between."""
    told_at = sorted({sentence_of[id(m)] for m in mentions if id(m) in sentence_of})
    for mention in mentions:
        index = sentence_of.get(id(mention))
        if index is None or mention.event_type not in _ATTACK_TYPES:
            continue
        repelled = mention.event_type == "Battles" and bool(
            _coder_cues()["repelled"].search(ctx.folded(ctx.sentences[index])))
        unnamed = mention.actor1 is None or mention.actor1.startswith("Unidentified") or (
            "actor1" in ctx.inherited.get(id(mention), set()))  # only guessed from the article's main armed actor
        state_first = repelled and mention.inter1 in (1, 3, 8)
        if not (unnamed or state_first):
            continue
        next_told = next((i for i in told_at if i > index), len(ctx.sentences))
        claimant = None
        for position in range(index, min(index + 1 + _CLAIM_REACH, next_told, len(ctx.sentences))):
            sentence = ctx.sentences[position]
            folded = ctx.folded(sentence)
            if not any(word in folded for word in ("تبن", "مسوول", "ينتم", "يعتقد", "نسب", "تهم")):
                continue
            claim = (_coder_cues()["responsibility"].search(folded) or _coder_cues()["attributed"].search(folded)
                     or _coder_cues()["blamed"].search(folded))
            if claim is None:
                continue
            claimant = next((a for a in ctx.actors if _in(a.start, a.end, sentence.start, sentence.end)
                             and a.actor.kind in _ASSAILANT_KINDS and not a.actor.name_en.startswith("Unidentified")
                             and a.actor.name_en != mention.actor2
                             and len(normalize(ctx.article.text[sentence.start:a.start]).split()) >= len(
                                 folded[:claim.start()].split())), None)
            if claimant is not None:
                break
        if claimant is None and state_first:
            # nobody claims it: the attacker is the other side named, else the article's armed group, else unnamed
            if mention.actor2 is not None and mention.inter2 not in (1, 3, 8):
                _swap_actors(mention)
                continue
            claimant = (_article_main_armed_actor(ctx, kinds=_ASSAILANT_KINDS)
                        or _template(ctx, "unidentified-armed-group"))
        if claimant is None:
            continue
        if state_first:
            _swap_actors(mention)
        _set_actor(ctx, mention, "actor1", claimant)


_OTHER_SLOT = {"actor1": "actor2", "actor2": "actor1"}


def _on_other_side(mention: EventMention, slot: str, value: str | None) -> bool:
    """`value` already fills the other actor slot: one actor is never on both sides of an event."""
    return value is not None and value == getattr(mention, _OTHER_SLOT[slot])


def _swap_actors(mention: EventMention) -> None:
    """actor1 becomes actor2 and the reverse, with their codes and evidence."""
    mention.actor1, mention.actor2 = mention.actor2, mention.actor1
    mention.actor1_surface, mention.actor2_surface = mention.actor2_surface, mention.actor1_surface
    mention.inter1, mention.inter2 = mention.inter2, mention.inter1
    mention.assoc_actor_1, mention.assoc_actor_2 = mention.assoc_actor_2, mention.assoc_actor_1
    for item in mention.evidence:
        item.field = _OTHER_SLOT.get(item.field, item.field)


def _set_actor(ctx: _Context, mention: EventMention, slot: str, found: ActorMention) -> None:
    """Name `found` as the mention's actor1 or actor2: its code, its ACLED associate role and the evidence of the
    words that name it (replacing what the slot held)."""
    number = slot[-1]
    setattr(mention, slot, found.actor.name_en)
    setattr(mention, f"{slot}_surface", found.surface)
    setattr(mention, f"inter{number}", found.actor.inter_in(mention.country))
    setattr(mention, f"assoc_actor_{number}", found.role)
    mention.evidence[:] = [item for item in mention.evidence if item.field != slot]
    if found.start >= 0:
        mention.evidence.append(_evidence(ctx.article, slot, found.start, found.end))


def _claims(ctx: _Context, mentions: list[EventMention]) -> list[Claim]:
    claims = []
    for sentence in ctx.sentences:
        folded = ctx.folded(sentence)
        kinds = []
        # cheap word checks first: the patterns are slow and most sentences hold none of these words
        if ("مسوول" in folded or "تهم" in folded or "بدعم" in folded) and _coder_cues()["accusation"].search(folded):
            kinds.append("accusation")
        if ("تبن" in folded or "مسوول" in folded) and _coder_cues()["responsibility"].search(folded):
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
def _rules_only_coder() -> EventCoder:
    coder = _default_coder()
    return EventCoder(places=coder.places, actors=coder.actors, triggers=coder.triggers, taxonomy=coder.taxonomy)


@lru_cache(maxsize=1)
def _default_coder() -> EventCoder:
    return EventCoder(
        places=PlaceResolver(Gazetteer.load()),
        actors=ActorResolver(_default_lexicon()),
        triggers=TriggerLexicon.load(),
        taxonomy=load_taxonomy(),
        mention_filter=default_filter(),
    )
