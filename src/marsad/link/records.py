"""Records of the linking stage: what goes in (mentions with provenance) and what comes out (events, incidents)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from marsad.events.model import EventMention


@dataclass(frozen=True, slots=True)
class LinkInput:
    """One coded mention with the provenance the linker needs."""

    mention_id: str
    mention: EventMention
    article_id: str
    outlet: str | None = None
    published: str | None = None  # YYYY-MM-DD (a longer timestamp is cut to the day)
    original_article_id: str | None = None  # set when the article is a syndicated copy of another

    @property
    def source_id(self) -> str:
        """The original story this mention comes from: copies of one wire story share it."""
        return self.original_article_id or self.article_id


@dataclass(frozen=True, slots=True)
class LinkOptions:
    """Thresholds of the linker; the defaults are the stated rules of docs/linking.md."""

    join_threshold: float = 0.62  # mean pair score a mention needs with an event's members to join it
    same_place_km: float = 15.0  # two points both coded at geo_precision 1 further apart are different places
    near_place_km: float = 25.0  # the same when either point is only "near" a town (geo_precision 2)
    incident_gap_days: int = 3  # consecutive activity: at most this many days between linked events
    incident_km: float = 25.0
    incident_max_days: int = 30  # an incident never spans more days than this (stops year-long chains)


@dataclass(frozen=True, slots=True)
class ReportedFigure:
    """A figure as one report states it, kept whatever the coded value ends up being."""

    mention_id: str
    article_id: str
    source_article_id: str  # the original story (differs from article_id for a syndicated copy)
    outlet: str | None
    report_date: str | None  # the article's publication date
    counts: str  # killed, wounded, prisoners ...
    value: int | None
    low: int | None
    high: int | None
    coded: int | None
    qualifier: str
    vague: bool
    negated: bool
    side: str | None
    reporter: str | None  # attribution words (بحسب بيان ...)
    reporter_kind: str | None  # statement, monitor, ministry, source ...
    surface: str | None  # the wording; None when the number comes from the coder's fatalities alone
    parts: tuple[int | None, ...] = ()


@dataclass(frozen=True, slots=True)
class Claim:
    """What one original report says a count is (its total), with its authority and whether a later one replaced it."""

    counts: str
    coded: int | None
    value: int | None
    low: int | None
    high: int | None
    rank: int  # authority of the reporter: 3 official statement/monitor, 2 outlet/correspondent, 1 unnamed source
    report_date: str | None
    source_article_id: str
    outlet: str | None
    mention_id: str
    surface: str | None
    superseded_by: str | None = None  # mention id of the claim that replaced it
    event_id: str | None = None  # set in incident timelines


@dataclass(frozen=True, slots=True)
class CountSummary:
    """The reconciled view of one count (killed, wounded ...) across reports."""

    counts: str
    coded: int | None  # ACLED: conservative figure of the most authoritative standing reports
    low: int | None  # UCDP-style bounds and best estimate over the standing reports
    best: int | None
    high: int | None
    timeline: tuple[Claim, ...]  # every report's claim in report-date order, superseded ones flagged


@dataclass(frozen=True, slots=True)
class ConflictValue:
    value: Any
    sources: tuple[str, ...]  # original article ids
    outlets: tuple[str, ...]
    mention_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Conflict:
    """Reports that disagree on one field: every competing value with who reported it, and what was coded."""

    field: str  # date | place | actor1 | actor2 | type | figures:killed ...
    chosen: Any
    values: tuple[ConflictValue, ...]
    event_id: str | None = None  # set when an incident lists its events' conflicts


@dataclass(slots=True)
class LinkedEvent:
    """One real-world event (type, day, place, actor pair) with all the reports of it."""

    event_id: str
    mention_ids: tuple[str, ...]
    article_ids: tuple[str, ...]
    source_article_ids: tuple[str, ...]  # distinct original stories; syndicated copies count once
    outlets: tuple[str, ...]
    event_type: str
    sub_event_type: str
    disorder_type: str | None
    event_date: str | None
    time_precision: int | None
    actor1: str | None
    assoc_actor_1: str | None
    inter1: int | None
    actor2: str | None
    assoc_actor_2: str | None
    inter2: int | None
    civilian_targeting: str | None
    country: str | None
    iso: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int | None  # ACLED coded
    fatalities_low: int | None
    fatalities_best: int | None
    fatalities_high: int | None
    counts: dict[str, CountSummary] = field(default_factory=dict)
    figures: tuple[ReportedFigure, ...] = ()
    conflicts: tuple[Conflict, ...] = ()

    @property
    def sources(self) -> int:
        return len(self.source_article_ids)

    @property
    def timeline(self) -> tuple[Claim, ...]:
        """How the death toll evolved, by report date."""
        killed = self.counts.get("killed")
        return killed.timeline if killed else ()


@dataclass(slots=True)
class Incident:
    """Events of one operation (a multi-day attack, its car bombs, clashes nearby, the surrender)."""

    incident_id: str
    event_ids: tuple[str, ...]
    first_date: str | None
    last_date: str | None
    country: str | None
    admin1s: tuple[str, ...]
    locations: tuple[str, ...]
    actors: tuple[str, ...]
    source_article_ids: tuple[str, ...]
    fatalities: int | None  # sum of the events' coded fatalities
    fatalities_low: int | None
    fatalities_best: int | None
    fatalities_high: int | None
    timeline: tuple[Claim, ...] = ()  # every event's death-toll claims by report date, tagged with the event
    conflicts: tuple[Conflict, ...] = ()

    @property
    def sources(self) -> int:
        return len(self.source_article_ids)


@dataclass(slots=True)
class LinkResult:
    """Events and incidents, with the maps from mentions to events and events to incidents."""

    events: list[LinkedEvent]
    incidents: list[Incident]
    event_of: dict[str, str]  # mention_id -> event_id
    incident_of: dict[str, str]  # event_id -> incident_id
    # event ids an update() retired, mapped to the event that now holds their anchor mention (None: removed)
    replaced: dict[str, str | None] = field(default_factory=dict)
    state: Any = field(default=None, repr=False, compare=False)  # what update() needs; not for storage

    def event(self, event_id: str) -> LinkedEvent:
        for event in self.events:
            if event.event_id == event_id:
                return event
        raise KeyError(event_id)

    def groups(self) -> set[frozenset[str]]:
        """The grouping of mention ids into events, for comparing two results."""
        return {frozenset(event.mention_ids) for event in self.events}
