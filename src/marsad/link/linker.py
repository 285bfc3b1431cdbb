"""The linker: mentions -> events -> incidents, from scratch or incrementally, with the same result either way.

    result = Linker(options).link(inputs)
    result = Linker(options).update(result, more_inputs)   # equal to link(inputs + more_inputs)

Event ids: "ev_" + a hash of the event's anchor mention, the one whose article was published first (then the
smallest mention id). A new report of an existing event is almost always published later than its anchor, so
the id survives updates; it changes only when a report published earlier arrives late, or when new evidence
splits or merges events (`LinkResult.replaced` maps the retired ids).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from marsad.errors import MarsadError
from marsad.link.blocking import BlockIndex
from marsad.link.cluster import Clustering, Edges, cluster_component
from marsad.link.incidents import build_incident, group_incidents
from marsad.link.reconcile import reconcile_event
from marsad.link.records import (
    Incident,
    LinkedEvent,
    LinkInput,
    LinkOptions,
    LinkResult,
)
from marsad.link.scoring import MentionTable


class LinkInputError(MarsadError):
    """Two different inputs share one mention id."""


def event_id_for(anchor_mention_id: str) -> str:
    return "ev_" + hashlib.blake2b(anchor_mention_id.encode("utf-8"), digest_size=8).hexdigest()


def anchor_of(items: Iterable[LinkInput]) -> LinkInput:
    """The mention an event takes its id from: the earliest-published report, then the smallest mention id."""
    return min(items, key=lambda item: ((item.published or "9999")[:10], item.mention_id))


@dataclass
class _State:
    table: MentionTable
    index: BlockIndex
    edges: Edges
    inputs: list[LinkInput]  # by row
    event_rows: dict[str, list[int]]


class Linker:
    """Links mentions into events and events into incidents (see docs/linking.md for the rules)."""

    def __init__(self, options: LinkOptions | None = None):
        self.options = options or LinkOptions()

    # ---------------------------------------------------------------------------------------------------------

    def link(self, inputs: Iterable[LinkInput]) -> LinkResult:
        """Link from scratch; the result does not depend on the order of `inputs`."""
        state, clusters = self._cluster(inputs)
        events = self._events(state, clusters)
        return self._result(state, events, (), set(), {})

    def _cluster(self, inputs: Iterable[LinkInput]) -> tuple[_State, list[list[int]]]:
        unique = _unique(inputs)
        clustering = Clustering(self.options)
        clustering.add(unique[key] for key in sorted(unique))
        clusters = clustering.clusters()
        return _State(clustering.table, clustering.index, clustering.edges, clustering.inputs, {}), clusters

    def update(self, previous: LinkResult, new_inputs: Iterable[LinkInput]) -> LinkResult:
        """Add mentions to a previous result; equal to `link()` over all inputs. Takes over `previous`'s state."""
        state: _State | None = previous.state
        if state is None:
            raise LinkInputError("this result has no linking state (it was already updated); link() all inputs again")
        fresh = _unique(new_inputs)
        table = state.table
        added = []
        for mention_id in sorted(fresh):
            item = fresh[mention_id]
            row = table.row_of.get(mention_id)
            if row is not None:
                if state.inputs[row] != item:
                    # a mention changed: its old pairs are stale, so rebuild everything deterministically
                    merged = {i.mention_id: i for i in state.inputs}
                    merged.update(fresh)
                    return self.link(merged.values())
                continue
            added.append(item)
        previous.state = None
        if not added:
            return LinkResult(list(previous.events), list(previous.incidents), dict(previous.event_of),
                              dict(previous.incident_of), {}, state)
        first_new = len(table)
        for item in added:
            table.add(item)
            state.inputs.append(item)
        new_rows = range(first_new, len(table))
        state.index.add(new_rows)
        threshold = self.options.join_threshold
        for row in new_rows:
            for other in state.index.all_partners(row):
                if other >= first_new and other < row:
                    continue  # a pair of two new rows is scored once, from the lower row
                score = table.pair_score(row, other)
                if score is not None and score >= threshold:
                    state.edges.add(row, other, score)
        affected = _reachable(state.edges, new_rows)
        event_of_row = {row: event_id for event_id, rows in state.event_rows.items() for row in rows}
        retired = {event_of_row[row] for row in affected if row in event_of_row}
        anchors = {event_id: min(state.event_rows[event_id], key=table.anchor_key.__getitem__) for event_id in retired}
        for event_id in retired:
            del state.event_rows[event_id]
        clusters = []
        for rows in _components(state.edges, affected):
            clusters.extend(cluster_component(table, rows, state.edges, threshold))
        kept = [event for event in previous.events if event.event_id not in retired]
        rebuilt = self._events(state, clusters)
        rebuilt_ids = {event.event_id for event in rebuilt}
        new_event_of_row = {row: event_id for event_id in rebuilt_ids for row in state.event_rows[event_id]}
        replaced = {
            event_id: new_event_of_row.get(anchor)
            for event_id, anchor in anchors.items() if event_id not in state.event_rows
        }
        return self._result(state, kept + rebuilt, previous.incidents, rebuilt_ids, replaced)

    # ---------------------------------------------------------------------------------------------------------

    def _events(self, state: _State, clusters: Sequence[list[int]]) -> list[LinkedEvent]:
        table = state.table
        events = []
        for rows in clusters:
            anchor = min(rows, key=table.anchor_key.__getitem__)
            event_id = event_id_for(table.mention_ids[anchor])
            state.event_rows[event_id] = rows
            events.append(reconcile_event(event_id, [state.inputs[row] for row in rows]))
        return events

    def _result(
        self,
        state: _State,
        events: Sequence[LinkedEvent],
        known_incidents: Sequence[Incident],
        rebuilt_event_ids: set[str],
        replaced: dict[str, str | None],
    ) -> LinkResult:
        events = sorted(events, key=lambda e: (e.event_date or "9999", e.event_id))
        known = {incident.event_ids: incident for incident in known_incidents}
        incidents = []
        for group in group_incidents(events, self.options):
            key = tuple(e.event_id for e in group)
            found = known.get(key)
            # an incident is reused only when none of its events was re-linked by this update
            if found is None or any(event_id in rebuilt_event_ids for event_id in key):
                found = build_incident(group)
            incidents.append(found)
        event_of = {mention_id: event.event_id for event in events for mention_id in event.mention_ids}
        incident_of = {event_id: incident.incident_id for incident in incidents for event_id in incident.event_ids}
        return LinkResult(list(events), incidents, event_of, incident_of, replaced, state)


def _unique(inputs: Iterable[LinkInput]) -> dict[str, LinkInput]:
    unique: dict[str, LinkInput] = {}
    for item in inputs:
        seen = unique.get(item.mention_id)
        if seen is not None and seen != item:
            raise LinkInputError(
                f"mention id {item.mention_id!r} is given twice with different content; mention ids must be unique"
            )
        unique[item.mention_id] = item
    return unique


def _reachable(edges: Edges, start: Iterable[int]) -> set[int]:
    seen = set(start)
    stack = list(seen)
    while stack:
        row = stack.pop()
        for other, _ in edges.neighbours(row):
            if other not in seen:
                seen.add(other)
                stack.append(other)
    return seen


def _components(edges: Edges, rows: set[int]) -> list[list[int]]:
    remaining = set(rows)
    components = []
    for row in sorted(rows):
        if row in remaining:
            component = _reachable(edges, [row])
            remaining -= component
            components.append(sorted(component))
    return components
