"""Events to incidents: the daily events of one operation grouped together.

Two events of one country are linked when they are at most `incident_gap_days` apart and either
- they are near each other (same admin2, or both points within `incident_km`) and share a named actor (generic
  actors such as civilians or an unidentified armed group do not count), or
- one original article reports both and they lie in the same admin1 (co-reporting; the admin1 guard keeps a
  country-wide news round-up from fusing unrelated events).
Links are applied in canonical order (closest in time first, then by date and ids) and a link is refused when
the merged incident would span more than `incident_max_days`, so years of daily clashes in one district do not
become one incident. Each incident's id comes from its earliest event (date, then event id).
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Sequence

from marsad.link.reconcile import replace_claim, summarise_claims
from marsad.link.records import Claim, Incident, LinkedEvent, LinkOptions
from marsad.link.scoring import GENERIC_ACTOR, day_number, normalise_actor

_GRID = 0.25  # degrees; neighbouring cells cover 25 km


def incident_id_for(anchor_event_id: str) -> str:
    return "in_" + hashlib.blake2b(anchor_event_id.encode("utf-8"), digest_size=8).hexdigest()


class _Spans:
    """Union-find over events that also tracks each set's first and last day."""

    def __init__(self, days: list[int]):
        self.parent = list(range(len(days)))
        self.first = list(days)
        self.last = list(days)

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union_within(self, a: int, b: int, max_days: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        first, last = min(self.first[ra], self.first[rb]), max(self.last[ra], self.last[rb])
        if last - first > max_days:
            return
        root, child = (ra, rb) if ra < rb else (rb, ra)
        self.parent[child] = root
        self.first[root], self.last[root] = first, last


def group_incidents(events: Sequence[LinkedEvent], options: LinkOptions) -> list[list[LinkedEvent]]:
    """Events grouped into incidents (each list sorted by date then id); events without a date stand alone."""
    events = sorted(events, key=lambda e: (e.event_date or "9999", e.event_id))
    days = []
    for event in events:
        parsed = day_number(event.event_date)
        days.append(parsed[0] if parsed else -1)
    named_actors = [
        frozenset(a for a in (normalise_actor(e.actor1), normalise_actor(e.actor2)) if a and not GENERIC_ACTOR.search(a))
        for e in events
    ]
    by_cell: dict[tuple, list[int]] = defaultdict(list)
    by_admin2: dict[tuple, list[int]] = defaultdict(list)
    by_source: dict[str, list[int]] = defaultdict(list)
    for index, event in enumerate(events):
        if days[index] < 0:
            continue
        if event.latitude is not None and event.longitude is not None:
            cell = (math.floor(event.latitude / _GRID), math.floor(event.longitude / _GRID))
            by_cell[(event.country, days[index], cell)].append(index)
        if event.admin2:
            by_admin2[(event.country, event.admin1, event.admin2, days[index])].append(index)
        for source in event.source_article_ids:
            by_source[source].append(index)

    gap = options.incident_gap_days
    links: set[tuple[int, int]] = set()
    for index, event in enumerate(events):
        day = days[index]
        if day < 0:
            continue
        near: set[int] = set()
        if event.latitude is not None and event.longitude is not None:
            lat_cell, lon_cell = math.floor(event.latitude / _GRID), math.floor(event.longitude / _GRID)
            for d in range(day, day + gap + 1):
                for dl in (-1, 0, 1):
                    for dn in (-1, 0, 1):
                        for other in by_cell.get((event.country, d, (lat_cell + dl, lon_cell + dn)), ()):
                            if _km(event, events[other]) <= options.incident_km:
                                near.add(other)
        if event.admin2:
            for d in range(day, day + gap + 1):
                near.update(by_admin2.get((event.country, event.admin1, event.admin2, d), ()))
        for other in near:
            if other != index and days[other] >= day and named_actors[index] & named_actors[other]:
                links.add((index, other) if index < other else (other, index))
    for members in by_source.values():
        for position, a in enumerate(members):
            for b in members[position + 1:]:
                if (abs(days[a] - days[b]) <= gap and events[a].country == events[b].country
                        and events[a].admin1 == events[b].admin1):
                    links.add((a, b) if a < b else (b, a))

    spans = _Spans(days)
    for a, b in sorted(links, key=lambda pair: (abs(days[pair[0]] - days[pair[1]]), pair)):
        spans.union_within(a, b, options.incident_max_days)
    groups: dict[int, list[LinkedEvent]] = defaultdict(list)
    for index, event in enumerate(events):
        groups[spans.find(index)].append(event)
    return [groups[root] for root in sorted(groups)]


def _km(a: LinkedEvent, b: LinkedEvent) -> float:
    mean_lat = math.radians((a.latitude + b.latitude) / 2)  # type: ignore[operator]
    dx = (a.longitude - b.longitude) * math.cos(mean_lat)  # type: ignore[operator]
    return math.hypot(dx, a.latitude - b.latitude) * 111.2  # type: ignore[operator]


def _sum(values: list[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def _incident_fatalities(events: Sequence[LinkedEvent]) -> dict[str, int | None]:
    """Death tolls of an incident: summed over its days and places, reconciled within each.

    Events of one day and place in one incident may be the same fighting coded with different actor pairs by
    different reports; adding their tolls would count the same dead several times. Their killed claims are
    reconciled together instead (later or more authoritative reports supersede earlier ones), and the
    reconciled tolls of different days or places are added, as ACLED spreads a multi-day toll over its days.
    """
    groups: dict[tuple, list[LinkedEvent]] = {}
    for event in events:
        groups.setdefault((event.event_date, event.location or event.admin1), []).append(event)
    totals: dict[str, list[int | None]] = {"fatalities": [], "fatalities_low": [], "fatalities_best": [],
                                           "fatalities_high": []}
    for group in groups.values():
        claims = [claim for event in group if "killed" in event.counts for claim in event.counts["killed"].timeline]
        if len(group) > 1 and claims:
            summary = summarise_claims("killed", [replace_claim(c, superseded_by=None) for c in claims])
            values = (summary.coded, summary.low, summary.best, summary.high)
        else:
            values = (_sum([e.fatalities for e in group]), _sum([e.fatalities_low for e in group]),
                      _sum([e.fatalities_best for e in group]), _sum([e.fatalities_high for e in group]))
        for name, value in zip(totals, values):
            totals[name].append(value)
    return {name: _sum(values) for name, values in totals.items()}


def build_incident(events: Sequence[LinkedEvent]) -> Incident:
    """An incident from its events (sorted by date then id), with tolls reconciled per day and place."""
    anchor = events[0]
    timeline: list[Claim] = []
    conflicts = []
    for event in events:
        killed = event.counts.get("killed")
        if killed:
            timeline.extend(_tag(claim, event.event_id) for claim in killed.timeline)
        conflicts.extend(_tag(conflict, event.event_id) for conflict in event.conflicts)
    timeline.sort(key=lambda c: (c.report_date or "", -c.rank, c.event_id or "", c.mention_id))
    actors = {a for e in events for a in (e.actor1, e.actor2) if a}
    dates = sorted(e.event_date for e in events if e.event_date)
    return Incident(
        incident_id=incident_id_for(anchor.event_id),
        event_ids=tuple(e.event_id for e in events),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        country=anchor.country,
        admin1s=tuple(sorted({e.admin1 for e in events if e.admin1})),
        locations=tuple(sorted({e.location for e in events if e.location})),
        actors=tuple(sorted(actors)),
        source_article_ids=tuple(sorted({s for e in events for s in e.source_article_ids})),
        **_incident_fatalities(events),
        timeline=tuple(timeline),
        conflicts=tuple(conflicts),
    )


def _tag(record, event_id: str):
    values = {name: getattr(record, name) for name in type(record).__slots__}
    values["event_id"] = event_id
    return type(record)(**values)
