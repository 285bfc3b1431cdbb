"""Linking against the store: incremental by default, a deterministic rebuild on request.

Storing or deleting an article's coding queues the article (`link_pending`). `link_store` then links only the
queued articles' mentions against their neighbourhood in the store (`marsad.link.incremental`) and rewrites just
the events and incidents that change, in one transaction. The result is the same as rebuilding every event from
every mention (`link_store(rebuild=True)`, `marsad link --rebuild`), which also runs by itself the first time, when
the linking rules or options changed, and when the queue is large next to what is already linked (docs/linking.md
§5 states the rules and why both paths agree).

Event ids are derived from the earliest-published report, so new reports join existing events without renaming
them; re-running on the same data changes nothing, not even `linked_at`. A syndicated copy is not coded a second
time: it is listed with its original's events as an extra outlet and article, and does not add to `sources`.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa

from marsad.events.model import EventMention
from marsad.link.incremental import Plan, plan_pending
from marsad.link.linker import Linker
from marsad.link.records import LinkInput, LinkOptions, LinkResult
from marsad.link.state import (
    add_link_totals,
    chunks,
    copies_of,
    event_row,
    event_totals,
    incident_row,
    link_mention_row,
    read_inputs,
    read_link_totals,
    set_link_totals,
    stored_event_totals,
    unchanged_rows,
)
from marsad.store import Store, now_iso, schema

# Bump when a change to the linking rules (scoring, clustering, reconciliation, incidents) changes results: stores
# linked under another version are rebuilt by their next link.
LINK_RULES_VERSION = 1
# Above this many queued articles, and when they are more than 1/REBUILD_QUEUE_SHARE of the linked mentions (a
# recode of the whole store, a first bulk import), a rebuild is faster than an incremental pass; same result.
REBUILD_MIN_QUEUE = 1000
REBUILD_QUEUE_SHARE = 10


@dataclass(slots=True)
class LinkSummary:
    mentions: int  # linked mentions in the store
    events: int
    incidents: int
    multi_source_events: int
    events_with_conflicts: int
    seconds: float
    mode: str = "rebuild"  # rebuild | incremental
    reason: str = ""  # why a rebuild ran
    mentions_added: int = 0  # new or recoded mentions linked by this pass
    mentions_removed: int = 0  # deleted or recoded mentions taken out of their events
    mentions_loaded: int = 0  # stored mentions the pass read (incremental: the neighbourhood)
    events_written: int = 0
    events_removed: int = 0  # ids gone: emptied, merged, or renamed because an earlier-published report joined
    incidents_written: int = 0
    incidents_removed: int = 0


def rules_fingerprint(options: LinkOptions) -> str:
    return f"{LINK_RULES_VERSION}|{options!r}"


def load_link_inputs(store: Store) -> list[LinkInput]:
    """Every stored mention with the provenance the linker needs."""
    with store.engine.connect() as conn:
        return [item for item, _ in read_inputs(conn)]


def link_store(store: Store, options: LinkOptions | None = None, *, rebuild: bool = False) -> LinkSummary:
    """Link the queued articles' mentions (or, with `rebuild`, every mention) and store the result."""
    options = options or LinkOptions()
    started = time.perf_counter()
    reason, queued = ("requested", None) if rebuild else _rebuild_reason(store, options)
    if not reason and queued == 0:
        # nothing to link: no lock, so a watcher linking after every empty poll never holds back ingestion; an
        # article queued from now on is linked by the next pass
        with store.engine.connect() as conn:
            summary = _totals(conn)
        summary.mode = "incremental"
        summary.seconds = time.perf_counter() - started
        return summary
    summary = None if reason else _incremental(store, options)
    if summary is None:
        # checked again under the lock: another linker may have rebuilt with other options since
        reason = reason or "the linking rules or options changed"
        summary = _rebuild(store, options)
        summary.reason = reason
    summary.seconds = time.perf_counter() - started
    return summary


def _rebuild_reason(store: Store, options: LinkOptions) -> tuple[str, int | None]:
    """Why the next link must (or had better) rebuild everything, empty when an incremental pass will do; and the
    number of queued articles when it was counted."""
    with store.engine.connect() as conn:
        rules = conn.execute(sa.select(schema.link_state.c.rules)).scalar()
        if rules is None:
            return "first link of this store", None
        if rules != rules_fingerprint(options):
            return "the linking rules or options changed", None
        pending = conn.execute(sa.select(sa.func.count()).select_from(schema.link_pending)).scalar() or 0
        if pending <= REBUILD_MIN_QUEUE:
            return "", pending
        linked = conn.execute(sa.select(sa.func.count()).select_from(schema.link_mentions)).scalar() or 0
        # an incremental pass costs some 10-20 times a rebuild per mention (it reads and re-clusters neighbours)
        many = pending * REBUILD_QUEUE_SHARE > linked
        return ("many articles queued next to what is linked" if many else ""), pending


def _lock(conn: sa.Connection) -> int:
    """Take the linkers' lock (one row; on SQLite the write lock) and return the new generation.

    On PostgreSQL the pass also holds back ingestion's commits until it commits: every statement of a READ
    COMMITTED transaction sees the latest commits, so an article recoded or deleted during the pass would otherwise
    show its new mentions (or none) next to the link state of its old ones. Ingestion queues every article it
    changes in the same transaction, so a SHARE lock on the queue is enough (SHARE does not conflict with itself,
    the row update above keeps linkers apart; on SQLite the write lock does both).
    """
    state = schema.link_state
    conn.execute(state.update().where(state.c.id == 1).values(generation=state.c.generation + 1))
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text(f"LOCK TABLE {schema.link_pending.name} IN SHARE MODE"))
    return int(conn.execute(sa.select(state.c.generation).where(state.c.id == 1)).scalar_one())


def _pending(conn: sa.Connection) -> list[tuple[str, int]]:
    p = schema.link_pending
    return [(article_id, token) for article_id, token in conn.execute(
        sa.select(p.c.article_id, p.c.token).order_by(p.c.article_id))]


def _done(conn: sa.Connection, pending: Sequence[tuple[str, int]], rules: str | None = None) -> None:
    """Dequeue what was linked (unless queued again meanwhile) and stamp the state."""
    p = schema.link_pending
    if pending:
        conn.execute(p.delete().where(p.c.article_id == sa.bindparam("a"), p.c.token == sa.bindparam("t")),
                     [{"a": article_id, "t": token} for article_id, token in pending])
    values: dict = {"linked_at": now_iso()}
    if rules is not None:
        values["rules"] = rules
    conn.execute(schema.link_state.update().where(schema.link_state.c.id == 1).values(**values))


# -- rebuild ----------------------------------------------------------------------------------------------------


class _Raced(Exception):
    """Another linker committed while this rebuild was reading."""


def _rebuild(store: Store, options: LinkOptions) -> LinkSummary:
    # Read and link outside the write transaction, so ingestion is not blocked meanwhile; if another linker wrote
    # in between, read again (the last attempt reads under the lock).
    for attempt in range(3):
        locked = attempt == 2
        try:
            if locked:
                with store.transaction() as conn:
                    _lock(conn)
                    return _rebuild_from(conn, options, _pending(conn), [item for item, _ in read_inputs(conn)])
            with store.engine.connect() as conn:
                generation = conn.execute(sa.select(schema.link_state.c.generation)).scalar_one()
                pending = _pending(conn)
                inputs = [item for item, _ in read_inputs(conn)]
            with store.transaction() as conn:
                if _lock(conn) != generation + 1:
                    raise _Raced
                return _rebuild_from(conn, options, pending, inputs)
        except _Raced:
            continue
    raise AssertionError("unreachable: the last rebuild attempt holds the lock")


def _rebuild_from(conn: sa.Connection, options: LinkOptions, pending: Sequence[tuple[str, int]],
                  inputs: list[LinkInput]) -> LinkSummary:
    result = Linker(options).link(inputs)
    written = write_link_result(conn, result)
    table = result.state.table
    link_rows = [link_mention_row(item, table, row) for row, item in enumerate(result.state.inputs)]
    conn.execute(schema.link_mentions.delete())
    if link_rows:
        conn.execute(schema.link_mentions.insert(), link_rows)
    a = schema.articles
    copies = [{"copy_id": copy_id, "original_id": original_id} for copy_id, original_id in conn.execute(
        sa.select(a.c.id, a.c.duplicate_of).where(a.c.status == "duplicate", a.c.duplicate_of.is_not(None)))]
    conn.execute(schema.link_copies.delete())
    if copies:
        conn.execute(schema.link_copies.insert(), copies)
    _done(conn, pending, rules_fingerprint(options))
    set_link_totals(conn, {**written, "mentions": len(link_rows)})
    summary = _totals(conn)
    summary.mode = "rebuild"
    summary.mentions_added = len(inputs)
    summary.mentions_loaded = len(inputs)
    summary.events_written = len(result.events)
    summary.incidents_written = len(result.incidents)
    return summary


def write_link_result(conn: sa.Connection, result: LinkResult) -> dict[str, int]:
    """Replace the stored events, incidents and mention links with `result` (inside the caller's transaction);
    return the event and incident totals of what it wrote (the mention total is the caller's).

    Events and incidents stored exactly as before keep their `linked_at`.
    """
    stamp = now_iso()
    copies = copies_of(conn)
    event_rows = [
        event_row(event, result.incident_of.get(event.event_id),
                  [copy for article_id in event.article_ids for copy in copies.get(article_id, ())], stamp)
        for event in result.events
    ]
    incident_rows = [incident_row(incident, stamp) for incident in result.incidents]
    for table, rows in ((schema.events, event_rows), (schema.incidents, incident_rows)):
        kept = _stored_stamps(conn, table, rows)
        for row in rows:
            row["linked_at"] = kept.get(row["id"], stamp)
    conn.execute(schema.mention_links.delete())
    conn.execute(schema.events.delete())
    conn.execute(schema.incidents.delete())
    if event_rows:
        conn.execute(schema.events.insert(), event_rows)
    if incident_rows:
        conn.execute(schema.incidents.insert(), incident_rows)
    link_rows = [
        {"mention_id": mention_id, "event_id": event_id, "incident_id": result.incident_of.get(event_id)}
        for mention_id, event_id in sorted(result.event_of.items())
    ]
    if link_rows:
        conn.execute(schema.mention_links.insert(), link_rows)
    return {**event_totals(event_rows), "incidents": len(incident_rows)}


def _stored_stamps(conn: sa.Connection, table: sa.Table, rows: list[dict]) -> dict[str, str]:
    """id -> linked_at of the rows stored exactly as `rows` has them (one pass over the table)."""
    wanted = {row["id"]: row for row in rows}
    same = {}
    for stored in conn.execute(sa.select(table)):
        values = stored._mapping
        new = wanted.get(values["id"])
        if new is not None and all(values[name] == new[name] for name in new if name != "linked_at"):
            same[values["id"]] = values["linked_at"]
    return same


# -- incremental --------------------------------------------------------------------------------------------------


def _incremental(store: Store, options: LinkOptions) -> LinkSummary | None:
    """An incremental pass; None (nothing written) when the state was built under other rules or options."""
    with store.transaction() as conn:
        _lock(conn)
        if conn.execute(sa.select(schema.link_state.c.rules)).scalar() != rules_fingerprint(options):
            return None
        pending = _pending(conn)
        plan = plan_pending(conn, options, [article_id for article_id, _ in pending]) if pending else Plan()
        written = _write_plan(conn, plan)
        _done(conn, pending)
        summary = _totals(conn)
    summary.mode = "incremental"
    summary.mentions_added = len(plan.added)
    summary.mentions_removed = len(plan.stale)
    summary.mentions_loaded = plan.mentions_loaded
    summary.events_written, summary.incidents_written = written
    summary.events_removed = len(plan.deleted_events)
    summary.incidents_removed = len(plan.deleted_incidents)
    return summary


def _write_plan(conn: sa.Connection, plan: Plan) -> tuple[int, int]:
    """Apply a plan; returns how many events and incidents were actually rewritten."""
    lm, links, events, incidents = schema.link_mentions, schema.mention_links, schema.events, schema.incidents
    stamp = now_iso()
    change = {"mentions": len(plan.added) - _delete_in(conn, lm.c.mention_id, plan.stale)}
    if plan.added:
        conn.execute(lm.insert(), plan.added)
    _write_copies(conn, plan.copies)

    copies = copies_of(conn, {a for event in plan.events.values() for a in event.article_ids})
    event_rows = [
        event_row(event, plan.incident_of.get(event_id),
                  [copy for article_id in event.article_ids for copy in copies.get(article_id, ())], stamp)
        for event_id, event in sorted(plan.events.items())
    ]
    same_events = unchanged_rows(conn, events, event_rows)
    event_rows = [row for row in event_rows if row["id"] not in same_events]
    rewritten = {row["id"] for row in event_rows}
    _delete_in(conn, links.c.event_id, plan.deleted_events | rewritten)
    gone = stored_event_totals(conn, plan.deleted_events | rewritten)
    _delete_in(conn, events.c.id, plan.deleted_events | rewritten)
    for name, count in event_totals(event_rows).items():
        change[name] = count - gone[name]
    if event_rows:
        conn.execute(events.insert(), event_rows)
        conn.execute(links.insert(), [
            {"mention_id": mention_id, "event_id": event_id, "incident_id": plan.incident_of.get(event_id)}
            for event_id in sorted(rewritten) for mention_id in plan.events[event_id].mention_ids
        ])
    if plan.moved_events:
        moves = [{"e": event_id, "i": incident} for event_id, incident in sorted(plan.moved_events.items())]
        conn.execute(events.update().where(events.c.id == sa.bindparam("e")).values(incident_id=sa.bindparam("i")),
                     moves)
        conn.execute(links.update().where(links.c.event_id == sa.bindparam("e"))
                     .values(incident_id=sa.bindparam("i")), moves)

    incident_rows = [incident_row(incident, stamp) for _, incident in sorted(plan.incidents.items())]
    same_incidents = unchanged_rows(conn, incidents, incident_rows)
    incident_rows = [row for row in incident_rows if row["id"] not in same_incidents]
    removed = _delete_in(conn, incidents.c.id, plan.deleted_incidents | {row["id"] for row in incident_rows})
    if incident_rows:
        conn.execute(incidents.insert(), incident_rows)
    change["incidents"] = len(incident_rows) - removed
    add_link_totals(conn, change)
    return len(event_rows), len(incident_rows)


def _write_copies(conn: sa.Connection, changes: dict[str, str | None]) -> None:
    lc = schema.link_copies
    _delete_in(conn, lc.c.copy_id, set(changes))
    rows = [{"copy_id": copy_id, "original_id": original} for copy_id, original in sorted(changes.items()) if original]
    if rows:
        conn.execute(lc.insert(), rows)


def _delete_in(conn: sa.Connection, column: sa.Column, values: set[str]) -> int:
    """Delete the rows whose `column` is one of `values`; return how many there were."""
    deleted = 0
    for part in chunks(sorted(values)):
        deleted += conn.execute(sa.delete(column.table).where(column.in_(part))).rowcount
    return deleted


def _totals(conn: sa.Connection) -> LinkSummary:
    """The store's link totals as every pass keeps them (`link_totals`): one row read, whatever the store's size."""
    return LinkSummary(**read_link_totals(conn), seconds=0.0)


def incidents_by_article(predictions: dict[str, list[EventMention]],
                         options: LinkOptions | None = None) -> dict[str, str | None]:
    """Link in-memory predictions across articles; each article gets the incident holding most of its mentions,
    a tie going to the incident of its first mention (the article's lead event)."""
    inputs = [
        LinkInput(mention_id=f"{article_id}#{n}", mention=mention, article_id=article_id)
        for article_id, mentions in sorted(predictions.items())
        for n, mention in enumerate(mentions, start=1)
    ]
    result = Linker(options or LinkOptions()).link(inputs)
    votes: dict[str, dict[str, list[int]]] = {}  # article -> incident -> [mentions, -first mention number]
    for item in inputs:
        incident = result.incident_of.get(result.event_of.get(item.mention_id, ""))
        if incident:
            number = int(item.mention_id.rsplit("#", 1)[1])
            vote = votes.setdefault(item.article_id, {}).setdefault(incident, [0, -number])
            vote[0] += 1
    return {
        article_id: (max(votes[article_id].items(), key=lambda kv: kv[1])[0] if article_id in votes else None)
        for article_id in predictions
    }
