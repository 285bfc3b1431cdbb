"""Linking against the store: read every coded mention, link, and replace events and incidents in one transaction.

Linking is deterministic and near-linear, and event ids are derived from the earliest-published report, so
re-linking after new articles arrive keeps existing events' ids (see docs/linking.md) while new mentions join
them; re-running on the same data changes nothing. A syndicated copy is not coded a second time: it is listed
with its original's events as an extra outlet and article, and does not add to `sources`.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from typing import Any

import sqlalchemy as sa

from marsad.events.model import EventMention
from marsad.link.linker import Linker
from marsad.link.records import LinkInput, LinkOptions, LinkResult
from marsad.store import MENTION_COLUMNS, Store, now_iso, schema


@dataclass(slots=True)
class LinkSummary:
    mentions: int
    events: int
    incidents: int
    multi_source_events: int
    events_with_conflicts: int
    seconds: float


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def load_link_inputs(store: Store) -> list[LinkInput]:
    """Every stored mention with the provenance the linker needs."""
    m, a = schema.mentions, schema.articles
    query = (
        sa.select(m, a.c.outlet, a.c.published, a.c.duplicate_of)
        .join(a, a.c.id == m.c.article_id)
        .order_by(m.c.id)
    )
    inputs = []
    with store.engine.connect() as conn:
        for row in conn.execute(query):
            values = row._mapping
            mention = EventMention(
                article_id=values["article_id"],
                **{name: values[name] for name in MENTION_COLUMNS},
                figures=json.loads(values["figures"]),
            )
            inputs.append(
                LinkInput(
                    mention_id=values["id"],
                    mention=mention,
                    article_id=values["article_id"],
                    outlet=values["outlet"],
                    published=(values["published"] or "")[:10] or None,
                    original_article_id=values["duplicate_of"],
                )
            )
    return inputs


def _copies_of(conn: sa.Connection) -> dict[str, list[tuple[str, str | None]]]:
    a = schema.articles
    copies: dict[str, list[tuple[str, str | None]]] = {}
    for article_id, original, outlet in conn.execute(
        sa.select(a.c.id, a.c.duplicate_of, a.c.outlet).where(a.c.status == "duplicate").order_by(a.c.id)
    ):
        copies.setdefault(original, []).append((article_id, outlet))
    return copies


def write_link_result(store: Store, result: LinkResult) -> None:
    """Replace the stored events, incidents and mention links with `result`, atomically."""
    stamp = now_iso()
    with store.transaction() as conn:
        copies = _copies_of(conn)
        conn.execute(schema.mention_links.delete())
        conn.execute(schema.events.delete())
        conn.execute(schema.incidents.delete())
        event_rows = []
        for event in result.events:
            article_ids = list(event.article_ids)
            outlets = list(event.outlets)
            for article_id in event.article_ids:
                for copy_id, copy_outlet in copies.get(article_id, ()):
                    article_ids.append(copy_id)
                    if copy_outlet and copy_outlet not in outlets:
                        outlets.append(copy_outlet)
            row = {
                "id": event.event_id,
                "incident_id": result.incident_of.get(event.event_id),
                "sources": event.sources,
                "outlets": _json(outlets),
                "mention_ids": _json(list(event.mention_ids)),
                "article_ids": _json(article_ids),
                "counts": _json({name: asdict(summary) for name, summary in event.counts.items()}),
                "figures": _json([asdict(f) for f in event.figures]),
                "conflicts": _json([asdict(c) for c in event.conflicts]),
                "n_conflicts": len(event.conflicts),
                "linked_at": stamp,
            }
            for column in schema.events.c:
                if column.name not in row:
                    row[column.name] = getattr(event, column.name)
            event_rows.append(row)
        if event_rows:
            conn.execute(schema.events.insert(), event_rows)
        incident_rows = [
            {
                "id": incident.incident_id,
                "first_date": incident.first_date,
                "last_date": incident.last_date,
                "country": incident.country,
                "admin1s": _json(list(incident.admin1s)),
                "locations": _json(list(incident.locations)),
                "actors": _json(list(incident.actors)),
                "event_ids": _json(list(incident.event_ids)),
                "sources": incident.sources,
                "fatalities": incident.fatalities,
                "fatalities_low": incident.fatalities_low,
                "fatalities_best": incident.fatalities_best,
                "fatalities_high": incident.fatalities_high,
                "timeline": _json([asdict(c) for c in incident.timeline]),
                "conflicts": _json([asdict(c) for c in incident.conflicts]),
                "linked_at": stamp,
            }
            for incident in result.incidents
        ]
        if incident_rows:
            conn.execute(schema.incidents.insert(), incident_rows)
        link_rows = [
            {"mention_id": mention_id, "event_id": event_id, "incident_id": result.incident_of.get(event_id)}
            for mention_id, event_id in sorted(result.event_of.items())
        ]
        if link_rows:
            conn.execute(schema.mention_links.insert(), link_rows)


def link_store(store: Store, options: LinkOptions | None = None) -> LinkSummary:
    """Link every stored mention into events and incidents and store the result."""
    started = time.perf_counter()
    inputs = load_link_inputs(store)
    result = Linker(options or LinkOptions()).link(inputs)
    write_link_result(store, result)
    return LinkSummary(
        mentions=len(inputs),
        events=len(result.events),
        incidents=len(result.incidents),
        multi_source_events=sum(1 for e in result.events if e.sources > 1),
        events_with_conflicts=sum(1 for e in result.events if e.conflicts),
        seconds=time.perf_counter() - started,
    )


def incidents_by_article(predictions: dict[str, list[EventMention]],
                         options: LinkOptions | None = None) -> dict[str, str | None]:
    """Link in-memory predictions across articles; each article gets the incident holding most of its mentions."""
    inputs = [
        LinkInput(mention_id=f"{article_id}#{n}", mention=mention, article_id=article_id)
        for article_id, mentions in sorted(predictions.items())
        for n, mention in enumerate(mentions, start=1)
    ]
    result = Linker(options or LinkOptions()).link(inputs)
    votes: dict[str, dict[str, int]] = {}
    for item in inputs:
        incident = result.incident_of.get(result.event_of.get(item.mention_id, ""))
        if incident:
            counts = votes.setdefault(item.article_id, {})
            counts[incident] = counts.get(incident, 0) + 1
    return {
        article_id: (max(sorted(votes[article_id].items()), key=lambda kv: kv[1])[0] if article_id in votes else None)
        for article_id in predictions
    }
