"""Database-backed watch state: what was fetched and seen, the alerts sent and their deliveries.

The tables live on `marsad.store.schema.metadata` beside the rest of the store, so a restart of `marsad watch`
on the same `--db` resumes where it stopped: no article is fetched twice, no alert is sent twice, and deliveries
that were waiting to be retried are retried. `create_watch_tables(conn)` creates them (schema migration 4).

`DbFetchStateStore` and `DbAlertStateStore` implement the `FetchStateStore` and `AlertStateStore` protocols with
the same semantics as the in-memory stores, on SQLite and PostgreSQL alike. Times are epoch seconds (floats), as
in the protocols; JSON columns are text, as elsewhere in the store.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from marsad.store.schema import metadata
from marsad.watch.alerts import Alert, Delivery
from marsad.watch.state import SourceState
from marsad.watch.watchlists import Watchlist, parse_watchlist

if TYPE_CHECKING:
    from marsad.store import Store

watch_sources = sa.Table(
    "watch_sources",
    metadata,
    sa.Column("url", sa.Text, primary_key=True),  # a configured source, or a child sitemap of an index
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("last_fetch", sa.Float),
    sa.Column("last_success", sa.Float),
    sa.Column("failures", sa.Integer, nullable=False, default=0),
    sa.Column("next_due", sa.Float, nullable=False, default=0.0),
    sa.Column("last_error", sa.Text),
    sa.Column("item_failures", sa.Text, nullable=False, default="{}"),  # JSON {item id: failed page fetches}
)

watch_seen_items = sa.Table(
    "watch_seen_items",
    metadata,
    sa.Column("source_url", sa.Text, primary_key=True),
    sa.Column("item_id", sa.Text, primary_key=True),
    sa.Column("first_seen", sa.Float, nullable=False),
)

alerts = sa.Table(
    "alerts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),  # creation order, for "newest first"
    sa.Column("key", sa.Text, nullable=False, unique=True),  # idempotency key
    sa.Column("watchlist", sa.Text, nullable=False),
    sa.Column("severity", sa.Text, nullable=False),
    sa.Column("event_id", sa.Text, nullable=False),
    sa.Column("kind", sa.Text, nullable=False),  # new | update
    sa.Column("created_at", sa.Text, nullable=False),  # ISO 8601, UTC
    sa.Column("reasons", sa.Text, nullable=False),  # JSON list
    sa.Column("changes", sa.Text, nullable=False),  # JSON list
    sa.Column("event", sa.Text, nullable=False),  # JSON: the event as alerted
    sa.Column("snapshot", sa.Text, nullable=False),  # JSON: material state the next update is compared with
)

alert_deliveries = sa.Table(
    "alert_deliveries",
    metadata,
    sa.Column("alert_key", sa.Text, sa.ForeignKey("alerts.key", ondelete="CASCADE"), primary_key=True),
    sa.Column("channel", sa.Text, primary_key=True),
    sa.Column("status", sa.Text, nullable=False),  # pending | delivered | failed
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("last_error", sa.Text),
    sa.Column("next_attempt", sa.Float, nullable=False),
    sa.Column("delivered_at", sa.Float),
)

watchlist_definitions = sa.Table(
    "watchlists",
    metadata,
    sa.Column("name", sa.Text, primary_key=True),
    sa.Column("definition", sa.Text, nullable=False),  # JSON mapping, as a watchlist YAML file would hold
    sa.Column("updated_at", sa.Text, nullable=False),
)

WATCH_TABLES = (watch_sources, watch_seen_items, alerts, alert_deliveries)
WATCH_INDEXES = (
    sa.Index("ix_watch_seen_first_seen", watch_seen_items.c.first_seen),
    sa.Index("ix_alerts_watchlist_event", alerts.c.watchlist, alerts.c.event_id),
    sa.Index("ix_alert_deliveries_due", alert_deliveries.c.status, alert_deliveries.c.next_attempt),
)


def create_watch_tables(conn: sa.Connection) -> None:
    """Create the watch tables and indexes that are missing (schema migration 4)."""
    for table in WATCH_TABLES:
        table.create(conn, checkfirst=True)
    for index in WATCH_INDEXES:
        index.create(conn, checkfirst=True)


def _insert(store: Store, table: sa.Table):
    return (postgresql.insert if store.dialect == "postgresql" else sqlite.insert)(table)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


class DbFetchStateStore:
    """`FetchStateStore` in the store's database; every call is its own transaction."""

    def __init__(self, store: Store):
        self.store = store

    def get(self, url: str) -> SourceState | None:
        with self.store.engine.connect() as conn:
            row = conn.execute(sa.select(watch_sources).where(watch_sources.c.url == url)).first()
        if row is None:
            return None
        values = dict(row._mapping)
        values["item_failures"] = json.loads(values["item_failures"] or "{}")
        return SourceState(**values)  # a fresh object: changing it changes nothing until `put`

    def put(self, state: SourceState) -> None:
        row = {"url": state.url, "etag": state.etag, "last_modified": state.last_modified,
               "last_fetch": state.last_fetch, "last_success": state.last_success, "failures": state.failures,
               "next_due": state.next_due, "last_error": state.last_error,
               "item_failures": _dumps(state.item_failures)}
        statement = _insert(self.store, watch_sources).values(**row)
        statement = statement.on_conflict_do_update(
            index_elements=["url"], set_={name: statement.excluded[name] for name in row if name != "url"})
        with self.store.transaction() as conn:
            conn.execute(statement)

    def is_seen(self, source_url: str, item_id: str) -> bool:
        query = sa.select(sa.literal(1)).where(watch_seen_items.c.source_url == source_url,
                                               watch_seen_items.c.item_id == item_id)
        with self.store.engine.connect() as conn:
            return conn.execute(query).first() is not None

    def mark_seen(self, source_url: str, item_ids: Iterable[str], when: float) -> None:
        rows = [{"source_url": source_url, "item_id": item_id, "first_seen": when}
                for item_id in dict.fromkeys(item_ids)]
        if not rows:
            return
        # first_seen keeps the first time, as the in-memory store does, so pruning counts from then
        statement = _insert(self.store, watch_seen_items).on_conflict_do_nothing(
            index_elements=["source_url", "item_id"])
        with self.store.transaction() as conn:
            conn.execute(statement, rows)

    def prune_seen(self, before: float) -> int:
        """Forget ids first seen before `before`; returns how many. (Feeds list recent items only.)"""
        with self.store.transaction() as conn:
            result = conn.execute(watch_seen_items.delete().where(watch_seen_items.c.first_seen < before))
            return int(result.rowcount or 0)

    def sources(self) -> list[SourceState]:
        """Every source's state, by URL (for `marsad watch --status` and the web view)."""
        with self.store.engine.connect() as conn:
            rows = conn.execute(sa.select(watch_sources).order_by(watch_sources.c.url)).all()
        states = []
        for row in rows:
            values = dict(row._mapping)
            values["item_failures"] = json.loads(values["item_failures"] or "{}")
            states.append(SourceState(**values))
        return states


class DbAlertStateStore:
    """`AlertStateStore` in the store's database; `add_alert` is one transaction that refuses a known key."""

    def __init__(self, store: Store):
        self.store = store

    def last_snapshot(self, watchlist: str, event_id: str) -> dict[str, Any] | None:
        query = (sa.select(alerts.c.snapshot)
                 .where(alerts.c.watchlist == watchlist, alerts.c.event_id == event_id)
                 .order_by(alerts.c.id.desc()).limit(1))
        with self.store.engine.connect() as conn:
            snapshot = conn.execute(query).scalar()
        return json.loads(snapshot) if snapshot is not None else None

    def add_alert(self, alert: Alert, snapshot: dict[str, Any], channels: Sequence[str], now: float) -> bool:
        row = {"key": alert.key, "watchlist": alert.watchlist, "severity": alert.severity,
               "event_id": alert.event_id, "kind": alert.kind, "created_at": alert.created_at,
               "reasons": _dumps(list(alert.reasons)), "changes": _dumps(list(alert.changes)),
               "event": _dumps(alert.event), "snapshot": _dumps(snapshot)}
        # ON CONFLICT DO NOTHING rather than catching the unique violation: on PostgreSQL a failed INSERT
        # aborts the transaction, and a concurrent writer of the same key waits for ours and then does nothing.
        statement = (_insert(self.store, alerts).values(**row).on_conflict_do_nothing(index_elements=["key"])
                     .returning(alerts.c.id))
        with self.store.transaction() as conn:
            if conn.execute(statement).first() is None:  # (rowcount is -1 on some drivers: not usable here)
                return False
            deliveries = [{"alert_key": alert.key, "channel": channel, "status": "pending", "attempts": 0,
                           "last_error": None, "next_attempt": now, "delivered_at": None} for channel in channels]
            if deliveries:
                conn.execute(alert_deliveries.insert(), deliveries)
        return True

    def get_alert(self, key: str) -> Alert | None:
        with self.store.engine.connect() as conn:
            row = conn.execute(sa.select(alerts).where(alerts.c.key == key)).first()
        return _alert(row) if row is not None else None

    def due_deliveries(self, now: float) -> list[Delivery]:
        d = alert_deliveries
        query = (sa.select(d).join(alerts, alerts.c.key == d.c.alert_key)
                 .where(d.c.status == "pending", d.c.next_attempt <= now)
                 .order_by(alerts.c.id, d.c.channel))
        with self.store.engine.connect() as conn:
            return [_delivery(row) for row in conn.execute(query)]

    def save_delivery(self, delivery: Delivery) -> None:
        row = {"alert_key": delivery.alert_key, "channel": delivery.channel, "status": delivery.status,
               "attempts": delivery.attempts, "last_error": delivery.last_error,
               "next_attempt": delivery.next_attempt, "delivered_at": delivery.delivered_at}
        statement = _insert(self.store, alert_deliveries).values(**row)
        statement = statement.on_conflict_do_update(
            index_elements=["alert_key", "channel"],
            set_={name: statement.excluded[name] for name in row if name not in ("alert_key", "channel")})
        with self.store.transaction() as conn:
            conn.execute(statement)

    def deliveries(self, alert_key: str | None = None) -> list[Delivery]:
        d = alert_deliveries
        query = sa.select(d).join(alerts, alerts.c.key == d.c.alert_key).order_by(alerts.c.id, d.c.channel)
        if alert_key is not None:
            query = query.where(d.c.alert_key == alert_key)
        with self.store.engine.connect() as conn:
            return [_delivery(row) for row in conn.execute(query)]

    def recent_alerts(self, limit: int = 50) -> list[Alert]:
        """Newest first (for the Atom feed)."""
        query = sa.select(alerts).order_by(alerts.c.id.desc()).limit(limit)
        with self.store.engine.connect() as conn:
            return [_alert(row) for row in conn.execute(query)]

    def count_alerts(self) -> int:
        with self.store.engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(alerts)).scalar() or 0)


def _alert(row: sa.Row) -> Alert:
    values = row._mapping
    return Alert(key=values["key"], watchlist=values["watchlist"], severity=values["severity"],
                 event_id=values["event_id"], kind=values["kind"], created_at=values["created_at"],
                 reasons=tuple(json.loads(values["reasons"])), changes=tuple(json.loads(values["changes"])),
                 event=json.loads(values["event"]))


def _delivery(row: sa.Row) -> Delivery:
    values = row._mapping
    return Delivery(alert_key=values["alert_key"], channel=values["channel"], status=values["status"],
                    attempts=values["attempts"], last_error=values["last_error"],
                    next_attempt=values["next_attempt"], delivered_at=values["delivered_at"])


def create_watchlist_table(conn: sa.Connection) -> None:
    """Create the table of watchlists managed through the API (schema migration 6)."""
    watchlist_definitions.create(conn, checkfirst=True)


class WatchlistStore:
    """Watchlists kept in the store (managed through the API), used by `marsad watch` beside its config's."""

    def __init__(self, store: Store):
        self.store = store

    def all(self) -> list[dict[str, Any]]:
        query = sa.select(watchlist_definitions).order_by(watchlist_definitions.c.name)
        with self.store.engine.connect() as conn:
            return [{**json.loads(row.definition), "updated_at": row.updated_at} for row in conn.execute(query)]

    def get(self, name: str) -> dict[str, Any] | None:
        query = sa.select(watchlist_definitions).where(watchlist_definitions.c.name == name)
        with self.store.engine.connect() as conn:
            row = conn.execute(query).first()
        return {**json.loads(row.definition), "updated_at": row.updated_at} if row else None

    def watchlists(self) -> list[Watchlist]:
        return [parse_watchlist({k: v for k, v in d.items() if k != "updated_at"}, f"watchlist {d['name']}")
                for d in self.all()]

    def put(self, definition: dict[str, Any]) -> Watchlist:
        """Validate and store a watchlist (replacing one of the same name); raises UsageError when invalid."""
        watchlist = parse_watchlist(definition, f"watchlist {definition.get('name', '?')}")
        stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self.store.transaction() as conn:
            conn.execute(watchlist_definitions.delete().where(watchlist_definitions.c.name == watchlist.name))
            conn.execute(watchlist_definitions.insert().values(name=watchlist.name, definition=_dumps(definition),
                                                               updated_at=stamp))
        return watchlist

    def delete(self, name: str) -> bool:
        with self.store.transaction() as conn:
            result = conn.execute(watchlist_definitions.delete().where(watchlist_definitions.c.name == name))
        return bool(result.rowcount)
