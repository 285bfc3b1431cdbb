"""Incremental linking: link the mentions of queued articles against their neighbourhood in the store.

The store holds the result of linking every mention (a rebuild, or earlier incremental passes). A pass takes the
queued articles, finds which of their mentions are new, recoded or gone, and re-clusters only a closed part of
the store around them:

1. S starts as the new and recoded mentions plus the stored events that lose a mention (whole events).
2. S is clustered exactly as `Linker.link` would cluster it (canonical order, no chaining).
3. Every mention of S whose event comes out different from its stored event is "changed". Each changed mention's
   partners in the store (pairs scoring at the join threshold, found through the blocking columns of
   `link_mentions`) must be in S; when one is not, its whole stored event joins S and we go back to 2.

When nothing is left to add, clustering all mentions would give the stored events outside S and S's clusters
inside it: a mention outside S has no partner whose event changed, so it faces the same candidate events in the
same state as when it was linked, and picks the same one; a mention of S in an unchanged event preferred that
event to its outside partners' events before, and those are unchanged. So the result equals a full re-link; the
work is the new mentions, their partners, and the events a change actually propagates to.

Incidents are regrouped the same way: the incidents of changed events, closed over the incident links of every
event whose incident membership or linking-relevant fields changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import sqlalchemy as sa

from marsad.link.blocking import BlockIndex
from marsad.link.incidents import build_incident, group_incidents
from marsad.link.cluster import Clustering
from marsad.link.linker import anchor_of, event_id_for
from marsad.link.reconcile import reconcile_event
from marsad.link.records import Incident, LinkedEvent, LinkInput, LinkOptions
from marsad.link.scoring import MentionTable, day_number
from marsad.link.state import (
    candidate_mentions,
    chunks,
    event_members,
    events_of_articles,
    fingerprint,
    incident_members,
    nearby_events,
    read_events,
    read_inputs,
    stored_events_of_mentions,
    stored_fingerprints,
)
from marsad.store import schema


@dataclass(slots=True)
class Plan:
    """What one incremental pass changes, ready to be written."""

    added: list[dict] = field(default_factory=list)  # link_mentions rows of new and recoded mentions
    stale: set[str] = field(default_factory=set)  # mention ids deleted or recoded since the last link
    events: dict[str, LinkedEvent] = field(default_factory=dict)  # events to write (new or changed)
    deleted_events: set[str] = field(default_factory=set)
    incident_of: dict[str, str] = field(default_factory=dict)  # incident of every event written or moved
    moved_events: dict[str, str] = field(default_factory=dict)  # unchanged events now in another incident
    incidents: dict[str, Incident] = field(default_factory=dict)  # incidents to write
    deleted_incidents: set[str] = field(default_factory=set)
    copies: dict[str, str | None] = field(default_factory=dict)  # link_copies: copy -> original (None: drop)
    mentions_loaded: int = 0
    events_loaded: int = 0


class _MentionSpace:
    """Mentions read from the store during one pass, with their stored events, indexed for pair scoring."""

    def __init__(self, conn: sa.Connection, options: LinkOptions, stale: set[str]):
        self.conn = conn
        self.threshold = options.join_threshold
        self.stale = stale  # their stored link state is out of date: never read back
        self.inputs: dict[str, LinkInput] = {}
        self.stored_event: dict[str, str | None] = {}
        self.members: dict[str, set[str]] = {}  # stored events' mention ids (stale ones included)
        self.table = MentionTable(options)
        self.index = BlockIndex(self.table)
        self.loaded = 0

    def add(self, item: LinkInput, event_id: str | None) -> None:
        if item.mention_id in self.inputs:
            return
        self.inputs[item.mention_id] = item
        self.stored_event[item.mention_id] = event_id
        self.index.add([self.table.add(item)])

    def load(self, mention_ids: Iterable[str]) -> None:
        missing = sorted(m for m in set(mention_ids) if m not in self.inputs and m not in self.stale)
        for item, event_id in read_inputs(self.conn, mention_ids=missing):
            self.add(item, event_id)
            self.loaded += 1

    def load_events(self, event_ids: Iterable[str]) -> set[str]:
        """Read whole stored events; returns their current (not stale) mention ids."""
        wanted = [e for e in set(event_ids) if e not in self.members]
        found = event_members(self.conn, wanted)
        self.members.update(found)
        current = {m for members in found.values() for m in members if m not in self.stale}
        self.load(current)
        return current

    def partners(self, mention_ids: Iterable[str], known: set[str]) -> set[str]:
        """Stored mentions outside `known` pairing with any of `mention_ids` at or above the join threshold."""
        rows = [self.table.row_of[m] for m in mention_ids]
        self.load(candidate_mentions(self.conn, self.table, rows))
        table, threshold, ids = self.table, self.threshold, self.table.mention_ids
        found = set()
        for row in rows:
            for other in self.index.all_partners(row):
                if ids[other] in known or ids[other] in found:
                    continue
                score = table.pair_score(row, other)
                if score is not None and score >= threshold:
                    found.add(ids[other])
        return found


def plan_pending(conn: sa.Connection, options: LinkOptions, article_ids: Sequence[str]) -> Plan:
    """Work out the changes that linking the queued `article_ids` makes (reads only)."""
    plan = Plan()
    current = {item.mention_id: item for item, _ in read_inputs(conn, article_ids=article_ids)}
    digests = {mention_id: fingerprint(item) for mention_id, item in current.items()}
    stored = stored_fingerprints(conn, article_ids)
    added = [current[m] for m in sorted(current) if stored.get(m) != digests[m]]
    plan.stale = {m for m, digest in stored.items() if digests.get(m) != digest}
    plan.copies, refresh_articles = _copy_changes(conn, article_ids)

    space = _MentionSpace(conn, options, plan.stale)
    for item in added:
        space.add(item, None)
    plan.added = [{"mention_id": item.mention_id, "article_id": item.article_id, "source_id": item.source_id,
                   "fingerprint": digests[item.mention_id],
                   **space.table.blocking_features(space.table.row_of[item.mention_id])} for item in added]
    clusters, unchanged, relinked = _relink_events(space, options, {i.mention_id for i in added})
    for items in clusters:
        event_id = event_id_for(anchor_of(items).mention_id)
        plan.events[event_id] = reconcile_event(event_id, items)
    plan.deleted_events = relinked - unchanged - set(plan.events)

    # events listing a syndicated copy that came, went or changed original: same event, other sources listed
    refresh = events_of_articles(conn, refresh_articles) - set(plan.events) - plan.deleted_events
    if refresh:
        space.load_events(refresh)
        for event_id in sorted(refresh):
            plan.events[event_id] = reconcile_event(event_id, [space.inputs[m] for m in space.members[event_id]])
    plan.mentions_loaded = space.loaded
    if plan.events or plan.deleted_events:
        _regroup_incidents(conn, options, plan)
    return plan


def _relink_events(space: _MentionSpace, options: LinkOptions,
                   added: set[str]) -> tuple[list[list[LinkInput]], set[str], set[str]]:
    """Cluster the closed neighbourhood of the added and stale mentions.

    Returns the clusters that differ from stored events, the stored events found unchanged, and every stored
    event that was re-clustered.
    """
    stored_events: set[str] = set()
    region: set[str] = set()
    clustering = Clustering(options)

    def take(mention_ids: Iterable[str]) -> None:
        new = sorted(set(mention_ids) - region)
        region.update(new)
        clustering.add(space.inputs[m] for m in new)

    def take_events(event_ids: Iterable[str | None]) -> None:
        new = {e for e in event_ids if e is not None} - stored_events
        if new:
            stored_events.update(new)
            take(space.load_events(new))

    take(added)
    take_events(stored_events_of_mentions(space.conn, space.stale))
    expanded: set[str] = set()
    frontier = set(added)
    while True:
        if frontier:
            expanded |= frontier
            take_events(space.stored_event[m] for m in space.partners(frontier, region))
        changed, kept, unchanged = set(), [], set()
        for rows in clustering.clusters():
            items = [clustering.inputs[row] for row in rows]
            ids = {item.mention_id for item in items}
            stored = space.stored_event.get(items[0].mention_id)
            if stored is not None and not ids & added and ids == space.members[stored]:
                unchanged.add(stored)
            else:
                changed |= ids
                kept.append(items)
        frontier = changed - expanded
        if not frontier:
            return kept, unchanged, stored_events


def _copy_changes(conn: sa.Connection, article_ids: Sequence[str]) -> tuple[dict[str, str | None], set[str]]:
    """Copies whose original changed since the last link (copy -> original or None), and the originals affected."""
    lc, a = schema.link_copies, schema.articles
    recorded: dict[str, str] = {}
    for part in chunks(sorted(set(article_ids))):
        for copy_id, original_id in conn.execute(
                sa.select(lc.c.copy_id, lc.c.original_id).where(sa.or_(lc.c.copy_id.in_(part),
                                                                       lc.c.original_id.in_(part)))):
            recorded[copy_id] = original_id
    candidates = sorted(set(article_ids) | set(recorded))
    now: dict[str, str] = {}
    for part in chunks(candidates):
        for article_id, original_id in conn.execute(
                sa.select(a.c.id, a.c.duplicate_of).where(a.c.id.in_(part), a.c.status == "duplicate")):
            if original_id:
                now[article_id] = original_id
    changes: dict[str, str | None] = {}
    affected: set[str] = set()
    queued = set(article_ids)
    for copy_id in candidates:
        before, after = recorded.get(copy_id), now.get(copy_id)
        if before != after:
            changes[copy_id] = after
            affected.update(x for x in (before, after) if x)
        elif after and copy_id in queued:
            affected.add(after)  # the copy was saved again (its outlet may differ)
    return changes, affected


def _incident_signature(event: LinkedEvent) -> tuple:
    """The fields incident grouping reads."""
    return (event.event_date, event.country, event.admin1, event.admin2, event.latitude, event.longitude,
            event.actor1, event.actor2, event.source_article_ids)


def _regroup_incidents(conn: sa.Connection, options: LinkOptions, plan: Plan) -> None:
    """Regroup the incidents the plan's events touch, closed over incident links (see the module docstring)."""
    affected = set(plan.events) | plan.deleted_events
    stored = read_events(conn, affected)
    events: dict[str, LinkedEvent] = {}  # the region: current versions
    old_incident: dict[str, str | None] = {event_id: incident for event_id, (_, incident) in stored.items()}
    regrouped: set[str] = set()
    members: dict[str, tuple[str, ...]] = {}
    changed_fields = {
        event_id for event_id, event in plan.events.items()
        if event_id not in stored or _incident_signature(stored[event_id][0]) != _incident_signature(event)
    }
    events.update(plan.events)
    loaded = len(stored)
    outside: dict[str, tuple[LinkedEvent, str | None]] = {}  # read while looking around, not in the region

    def take(incident_ids: Iterable[str | None]) -> bool:
        nonlocal loaded
        new = {i for i in incident_ids if i is not None} - regrouped
        if not new:
            return False
        regrouped.update(new)
        found = incident_members(conn, new)
        members.update(found)
        wanted = {e for ids in found.values() for e in ids} - set(events) - plan.deleted_events
        read = {e: outside.pop(e) for e in wanted if e in outside}
        fresh = read_events(conn, wanted - set(read))
        loaded += len(fresh)
        read.update(fresh)
        for event_id, (event, incident) in read.items():
            events[event_id] = event
            old_incident[event_id] = incident
        return True

    take(old_incident.values())
    expanded: set[str] = set()
    while True:
        groups = group_incidents(list(events.values()), options)
        changed = set()
        for group in groups:
            key = tuple(e.event_id for e in group)
            for event in group:
                incident = old_incident.get(event.event_id)
                if incident is None or members.get(incident) != key or event.event_id in changed_fields:
                    changed.add(event.event_id)
        frontier = changed - expanded
        if not frontier:
            break
        expanded |= frontier
        dated = [events[e] for e in sorted(frontier) if day_number(events[e].event_date) is not None]
        near = nearby_events(conn, dated, options.incident_gap_days, options.incident_km)
        unread = set().union(*near.values()) - set(events) - plan.deleted_events - set(outside)
        if unread:
            fresh = read_events(conn, unread)
            loaded += len(fresh)
            outside.update(fresh)
        grew = False
        for event in dated:
            for other in sorted(near[event.event_id]):
                if (other in outside and other not in events
                        and len(group_incidents([event, outside[other][0]], options)) == 1):
                    grew |= take([outside[other][1]])
        if not grew:
            break

    kept: set[str] = set()
    for group in groups:
        key = tuple(e.event_id for e in group)
        olds = {old_incident.get(event_id) for event_id in key}
        incident = olds.pop() if len(olds) == 1 else None
        if incident is not None and members.get(incident) == key and not any(e in plan.events for e in key):
            kept.add(incident)
            for event_id in key:
                plan.incident_of[event_id] = incident
            continue
        built = build_incident(group)
        plan.incidents[built.incident_id] = built
        for event_id in key:
            plan.incident_of[event_id] = built.incident_id
    plan.deleted_incidents = regrouped - kept - set(plan.incidents)
    plan.moved_events = {
        event_id: incident for event_id, incident in plan.incident_of.items()
        if event_id not in plan.events and old_incident.get(event_id) != incident
    }
    plan.events_loaded = loaded
