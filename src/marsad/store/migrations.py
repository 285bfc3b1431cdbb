"""Versioned schema migrations, applied in order inside one transaction each.

A migration is appended, never edited once released: version N always means the same schema. A database
stamped with a version newer than this code knows is refused rather than guessed at.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone

import sqlalchemy as sa

from marsad.errors import StoreError
from marsad.store import schema


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    apply: Callable[[sa.Connection], None]


def _initial_schema(conn: sa.Connection) -> None:
    for table in (schema.runs, schema.articles, schema.article_signatures, schema.rejections):
        table.create(conn, checkfirst=True)
    for index in schema.INDEXES:
        index.create(conn, checkfirst=True)


def _event_mentions(conn: sa.Connection) -> None:
    for table in (schema.mentions, schema.claims):
        table.create(conn, checkfirst=True)
    for index in schema.MENTION_INDEXES:
        index.create(conn, checkfirst=True)


def _linked_events(conn: sa.Connection) -> None:
    for table in (schema.events, schema.incidents, schema.mention_links):
        table.create(conn, checkfirst=True)
    for index in schema.EVENT_INDEXES:
        index.create(conn, checkfirst=True)


def _watch_tables(conn: sa.Connection) -> None:
    from marsad.watch.storage import (
        create_watch_tables,  # the watch package owns its tables
    )

    create_watch_tables(conn)


_EVENT_COVER_COLUMNS = ("event_date", "admin1", "fatalities", "n_conflicts", "latitude", "longitude", "actor1",
                        "actor2", "assoc_actor_1", "assoc_actor_2", "sources", "id")


def _watchlist_table(conn: sa.Connection) -> None:
    from marsad.watch.storage import create_watchlist_table

    create_watchlist_table(conn)


def _covering_event_indexes(conn: sa.Connection) -> None:
    """Indexes that answer the filtered event lists of the API from the index alone (bench/api.py, p95 < 100 ms
    at 100,000 events); the lat/lon index goes because SQLite used it for a box and then read a whole band."""
    # Plain DDL (valid in SQLite and PostgreSQL): Index objects would attach themselves to the shared table metadata
    for name, lead in (("ix_events_type_cover", ("event_type", "country")),
                       ("ix_events_country_cover", ("country", "event_type"))):
        columns = ", ".join((*lead, *_EVENT_COVER_COLUMNS))
        conn.execute(sa.text(f"CREATE INDEX IF NOT EXISTS {name} ON events ({columns})"))
    for name in ("ix_events_country", "ix_events_latlon"):
        conn.execute(sa.text(f"DROP INDEX IF EXISTS {name}"))


def _link_state(conn: sa.Connection) -> None:
    """State for incremental linking. It starts empty with `rules` NULL, so the first link after this migration
    rebuilds every event from the mentions and fills it; later links only process queued articles."""
    for table in (schema.link_mentions, schema.link_pending, schema.link_copies, schema.link_state):
        table.create(conn, checkfirst=True)
    for index in schema.LINK_STATE_INDEXES:
        index.create(conn, checkfirst=True)
    # incidents of a changed event are found among events of the same country a few days around it
    conn.execute(sa.text("CREATE INDEX IF NOT EXISTS ix_events_country_date ON events (country, event_date)"))
    conn.execute(schema.link_state.insert().values(id=1, generation=0, rules=None, linked_at=None))


def _set_aside_mentions(conn: sa.Connection) -> None:
    schema.set_aside_mentions.create(conn, checkfirst=True)


def _link_totals(conn: sa.Connection) -> None:
    """The totals a link reports, kept by every pass: counting them meant reading every event on every pass, even
    an empty one (a watcher links after each poll). Filled here once from the stored events."""
    from marsad.link.state import count_link_totals  # the link package owns what the totals mean

    schema.link_totals.create(conn, checkfirst=True)
    conn.execute(schema.link_totals.insert().values(id=1, **count_link_totals(conn)))


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, runs, rejections, signatures", _initial_schema),
    Migration(2, "event mentions and claims", _event_mentions),
    Migration(3, "linked events, incidents, mention links", _linked_events),
    Migration(4, "watch state, alerts and deliveries", _watch_tables),
    Migration(5, "covering indexes for filtered event lists", _covering_event_indexes),
    Migration(6, "watchlists managed through the API", _watchlist_table),
    Migration(7, "incremental linking state", _link_state),
    Migration(8, "link totals kept by each pass", _link_totals),
    Migration(9, "mentions the mention filter set aside", _set_aside_mentions),
)

LATEST_VERSION = MIGRATIONS[-1].version


def current_version(conn: sa.Connection) -> int:
    """Schema version of the connected database (0 when it has never been initialised)."""
    if not sa.inspect(conn).has_table("schema_migrations"):
        return 0
    return conn.execute(sa.select(sa.func.max(schema.schema_migrations.c.version))).scalar() or 0


# Any fixed number: PostgreSQL advisory locks are named by integers.
_MIGRATION_LOCK_KEY = 0x6D617273


def _lock_for_migration(conn: sa.Connection) -> None:
    """Serialise schema upgrades between processes: two first opens of one store (a `run` and a `serve`, say) would
    otherwise both see version 0 and both create the tables. The lock lasts until this transaction ends."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY})
    elif conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # takes the write lock now; the driver would defer it to the first write


def upgrade(engine: sa.Engine) -> list[int]:
    """Apply every pending migration; return the versions applied."""
    with engine.connect() as conn:
        if current_version(conn) == LATEST_VERSION:
            return []
    applied = []
    for migration in MIGRATIONS:
        with engine.begin() as conn:
            _lock_for_migration(conn)
            schema.schema_migrations.create(conn, checkfirst=True)
            version = current_version(conn)
            if version > LATEST_VERSION:
                raise StoreError(
                    f"the store has schema version {version} but this marsad knows only up to {LATEST_VERSION}; "
                    "upgrade marsad (pip install -U marsad) or use another --db"
                )
            if migration.version <= version:
                continue
            migration.apply(conn)
            conn.execute(
                schema.schema_migrations.insert().values(
                    version=migration.version,
                    name=migration.name,
                    applied_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                )
            )
            applied.append(migration.version)
    return applied
