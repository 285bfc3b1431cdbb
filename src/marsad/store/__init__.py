"""The store: one API over SQLite (default, embedded) and PostgreSQL, via SQLAlchemy Core.

Every article is written with its signature in one transaction, and runs commit in batches, so a process
killed at any point leaves only whole articles behind; re-running the same inputs completes the work.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from marsad.errors import StoreError
from marsad.models import Rejection
from marsad.store import migrations, schema


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def database_url(db: str) -> str:
    """Turn a `--db` value (a file path or a URL) into an SQLAlchemy URL."""
    if "://" in db:
        if db.startswith("postgresql://") or db.startswith("postgres://"):
            return "postgresql+psycopg://" + db.split("://", 1)[1]
        if db.startswith(("postgresql+", "sqlite://")):
            return db
        raise StoreError(f"unsupported database URL '{db}'; use a SQLite file path or a postgresql:// URL")
    return "sqlite:///" + str(Path(db).expanduser())


_WAL_SWITCH_SECONDS = 10.0


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=10000")
    _switch_to_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _switch_to_wal(cursor: Any) -> None:
    """Put the database in WAL mode (it stays so). Switching needs a moment alone with the file and SQLite does not
    wait for it as it waits for locks: processes opening a new store together got "database is locked"."""
    deadline = time.monotonic() + _WAL_SWITCH_SECONDS
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


@dataclass(slots=True)
class ArticleRecord:
    """A row of the articles table (the pipeline fills it; JSON columns are Python objects here)."""

    id: str
    source: str
    input_format: str
    content_type: str
    encoding: str | None
    raw_sha256: str
    text_sha256: str
    url: str | None
    canonical_url: str | None
    outlet: str | None
    title: str | None
    byline: str | None
    dateline: str | None
    published: str | None
    published_from: str | None
    language: str | None
    language_score: float | None
    status: str
    duplicate_of: str | None
    similarity: float | None
    n_chars: int
    source_text: str
    clean_text: str
    segments: list
    removed: list


class Store:
    """Read and write marsad data; open with `Store.open(db)`, which applies pending migrations."""

    def __init__(self, engine: sa.Engine, display: str):
        self.engine = engine
        self.display = display
        self._statements: dict[str, Any] = {}

    def _statement(self, name: str) -> Any:
        """Statements on the per-article hot path, built once (SQLAlchemy construction costs more than SQLite)."""
        statement = self._statements.get(name)
        if statement is not None:
            return statement
        a, signatures = schema.articles, schema.article_signatures
        if name == "upsert_article":
            insert = (postgresql.insert if self.dialect == "postgresql" else sqlite.insert)(a)
            statement = insert.on_conflict_do_update(
                index_elements=["id"],
                set_={c.name: insert.excluded[c.name] for c in a.c if c.name not in ("id", "ingested_at")},
            )
        elif name == "article_state":
            statement = sa.select(a.c.raw_sha256, a.c.status, a.c.outlet, a.c.language, a.c.duplicate_of).where(
                a.c.id == sa.bindparam("article_id"))
        elif name == "by_text_hash":
            statement = (
                sa.select(a.c.id, a.c.published, a.c.status)
                .where(a.c.text_sha256 == sa.bindparam("text_sha256"), a.c.id != sa.bindparam("exclude_id"))
                .order_by(a.c.id)
                .limit(1)
            )
        elif name == "delete_signature":
            statement = signatures.delete().where(signatures.c.article_id == sa.bindparam("article_id"))
        elif name == "insert_signature":
            statement = signatures.insert()
        elif name == "delete_mentions":
            statement = schema.mentions.delete().where(schema.mentions.c.article_id == sa.bindparam("article_id"))
        elif name == "delete_claims":
            statement = schema.claims.delete().where(schema.claims.c.article_id == sa.bindparam("article_id"))
        elif name == "delete_set_aside":
            table = schema.set_aside_mentions
            statement = table.delete().where(table.c.article_id == sa.bindparam("article_id"))
        elif name == "queue_link":
            pending = schema.link_pending
            insert = (postgresql.insert if self.dialect == "postgresql" else sqlite.insert)(pending)
            statement = insert.on_conflict_do_update(index_elements=["article_id"],
                                                     set_={"token": insert.excluded.token})
        else:
            raise KeyError(name)
        self._statements[name] = statement
        return statement

    @classmethod
    def open(cls, db: str, *, upgrade: bool = True) -> "Store":
        url = database_url(db)
        try:
            if url.startswith("sqlite"):
                path = Path(url.removeprefix("sqlite:///"))
                if path.name and path.parent and not path.parent.exists():
                    raise StoreError(f"folder {path.parent} does not exist; create it or choose another --db")
                engine = sa.create_engine(url)
                sa.event.listen(engine, "connect", _sqlite_pragmas)
            else:
                engine = sa.create_engine(url, pool_pre_ping=True)
            store = cls(engine, db if "://" not in db else engine.url.render_as_string(hide_password=True))
            if upgrade:
                migrations.upgrade(engine)
            return store
        except StoreError:
            raise
        except (SQLAlchemyError, OSError) as exc:
            first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreError(
                f"cannot open store {db}: {first_line}; check the path or URL and that the server is running"
            ) from None

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return migrations.current_version(conn)

    # -- runs ---------------------------------------------------------------------------------------

    def begin_run(self, command: str) -> int:
        with self.engine.begin() as conn:
            result = conn.execute(
                schema.runs.insert().values(command=command, started_at=now_iso(), status="running")
            )
            return int(result.inserted_primary_key[0])

    def finish_run(self, run_id: int, summary: dict, status: str = "completed") -> None:
        with self.engine.begin() as conn:
            conn.execute(
                schema.runs.update()
                .where(schema.runs.c.id == run_id)
                .values(finished_at=now_iso(), status=status, summary=json.dumps(summary, ensure_ascii=False))
            )

    def runs(self, limit: int = 20) -> list[dict]:
        query = sa.select(schema.runs).order_by(schema.runs.c.id.desc()).limit(limit)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    # -- writing ------------------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sa.Connection]:
        """One atomic unit of writes; everything inside commits together or not at all."""
        with self.engine.begin() as conn:
            yield conn

    def save_article(
        self, conn: sa.Connection, record: ArticleRecord, signature: bytes | None, run_id: int | None
    ) -> None:
        """Insert or replace one article and its near-duplicate signature."""
        row = {field.name: getattr(record, field.name) for field in fields(record)}
        row["segments"] = json.dumps(record.segments, separators=(",", ":"))
        row["removed"] = json.dumps(record.removed, separators=(",", ":"), ensure_ascii=False)
        stamp = now_iso()
        row["run_id"] = run_id
        row["updated_at"] = stamp
        row["ingested_at"] = stamp  # kept from the first ingestion by the upsert, which never updates it
        conn.execute(self._statement("upsert_article"), row)
        conn.execute(self._statement("delete_signature"), {"article_id": record.id})
        if signature is not None:
            conn.execute(self._statement("insert_signature"), {"article_id": record.id, "minhash": signature})
        if record.status == "duplicate":
            self.queue_link(conn, [record.id])  # its original's events list it as a source

    def mark_duplicate(self, conn: sa.Connection, article_id: str, original_id: str, similarity: float) -> None:
        """Make `article_id` (and anything that pointed at it) a duplicate of `original_id`.

        A copy is coded once, through its original, so the demoted article's mentions are removed.
        """
        self.delete_coding(conn, article_id)
        self.queue_link(conn, [original_id])  # the demoted article's copies now list under the new original
        conn.execute(
            schema.articles.update()
            .where(schema.articles.c.duplicate_of == article_id)
            .values(duplicate_of=original_id)
        )
        conn.execute(
            schema.articles.update()
            .where(schema.articles.c.id == article_id)
            .values(status="duplicate", duplicate_of=original_id, similarity=similarity, updated_at=now_iso())
        )

    def replace_coding(self, conn: sa.Connection, article_id: str, mentions: Sequence[Any], claims: Sequence[Any],
                       coder_version: str, set_aside: Sequence[Any] = ()) -> None:
        """Store an article's event mentions and claims, replacing what an earlier coding stored.

        `set_aside` holds what the mention filter dropped (`SetAside` records): kept for review only.
        """
        self.delete_coding(conn, article_id)
        stamp = now_iso()
        rows = []
        for n, mention in enumerate(mentions, start=1):
            row = {name: getattr(mention, name) for name in MENTION_COLUMNS}
            row.update(
                id=f"{article_id}#{n}",
                article_id=article_id,
                n=n,
                figures=json.dumps(mention.figures, ensure_ascii=False, separators=(",", ":")),
                evidence=json.dumps([_evidence_dict(e) for e in mention.evidence], ensure_ascii=False,
                                    separators=(",", ":")),
                coder_version=coder_version,
                created_at=stamp,
            )
            rows.append(row)
        if rows:
            conn.execute(schema.mentions.insert(), rows)
        claim_rows = [
            {
                "article_id": article_id,
                "kind": claim.kind,
                "claimant": claim.claimant,
                "target": claim.target,
                "mention_id": f"{article_id}#{claim.event_index + 1}" if claim.event_index is not None else None,
                "evidence": json.dumps(_evidence_dict(claim.evidence), ensure_ascii=False),
            }
            for claim in claims
        ]
        if claim_rows:
            conn.execute(schema.claims.insert(), claim_rows)
        set_aside_rows = [
            {
                "article_id": article_id,
                "n": dropped.rank + 1,
                "probability": dropped.probability,
                "mention": json.dumps(dropped.mention.as_dict(), ensure_ascii=False, separators=(",", ":")),
                "coder_version": coder_version,
                "created_at": stamp,
            }
            for dropped in set_aside
        ]
        if set_aside_rows:
            conn.execute(schema.set_aside_mentions.insert(), set_aside_rows)

    def delete_coding(self, conn: sa.Connection, article_id: str) -> None:
        """Remove an article's mentions and claims; the next link takes them out of their events."""
        conn.execute(self._statement("delete_mentions"), {"article_id": article_id})
        conn.execute(self._statement("delete_claims"), {"article_id": article_id})
        conn.execute(self._statement("delete_set_aside"), {"article_id": article_id})
        self.queue_link(conn, [article_id])

    def set_aside_mentions(self, article_id: str) -> list[dict[str, Any]]:
        """What the mention filter set aside in an article, in the order the rules coded it: each the mention's
        fields (evidence and figures as lists) with `n` and the filter's `probability`."""
        table = schema.set_aside_mentions
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(table.c.n, table.c.probability, table.c.mention)
                                .where(table.c.article_id == article_id).order_by(table.c.n)).all()
        return [{**json.loads(row.mention), "n": row.n, "probability": row.probability} for row in rows]

    def queue_link(self, conn: sa.Connection, article_ids: Sequence[str]) -> None:
        """Mark articles whose coding or copies changed, for the next (incremental) link."""
        rows = [{"article_id": article_id, "token": secrets.randbits(62)} for article_id in article_ids]
        if rows:
            conn.execute(self._statement("queue_link"), rows)

    def add_rejection(self, conn: sa.Connection, run_id: int | None, rejection: Rejection) -> None:
        conn.execute(
            schema.rejections.insert().values(
                run_id=run_id,
                source=rejection.source,
                code=rejection.code,
                message=rejection.message,
                created_at=now_iso(),
            )
        )

    # -- reading ------------------------------------------------------------------------------------

    def article_state(self, conn: sa.Connection, article_id: str) -> dict | None:
        """What the store holds for an article id (raw hash, status, outlet, language), or None when new."""
        row = conn.execute(self._statement("article_state"), {"article_id": article_id}).first()
        return dict(row._mapping) if row else None

    def find_by_text_hash(self, conn: sa.Connection, text_sha256: str, exclude_id: str) -> dict | None:
        row = conn.execute(self._statement("by_text_hash"),
                           {"text_sha256": text_sha256, "exclude_id": exclude_id}).first()
        return dict(row._mapping) if row else None

    def article_brief(self, conn: sa.Connection, article_id: str) -> dict | None:
        row = conn.execute(
            sa.select(
                schema.articles.c.id,
                schema.articles.c.published,
                schema.articles.c.status,
                schema.articles.c.duplicate_of,
            ).where(schema.articles.c.id == article_id)
        ).first()
        return dict(row._mapping) if row else None

    def article_text_and_hash(self, conn: sa.Connection, article_id: str) -> tuple[str, str] | None:
        """(clean text, text_sha256) of a stored article, None when there is no such article."""
        row = conn.execute(
            sa.select(schema.articles.c.clean_text, schema.articles.c.text_sha256)
            .where(schema.articles.c.id == article_id)
        ).first()
        return (row[0], row[1]) if row else None

    def article_text(self, conn: sa.Connection, article_id: str) -> str | None:
        return conn.execute(
            sa.select(schema.articles.c.clean_text).where(schema.articles.c.id == article_id)
        ).scalar()

    def copies_with_signatures(self, conn: sa.Connection, original_id: str) -> list[tuple[ArticleRecord, bytes | None]]:
        """The stored copies of an article, each with its near-duplicate signature (None when it has none)."""
        articles, signatures = schema.articles, schema.article_signatures
        query = (
            sa.select(articles, signatures.c.minhash)
            .outerjoin(signatures, signatures.c.article_id == articles.c.id)
            .where(articles.c.duplicate_of == original_id)
            .order_by(articles.c.id)
        )
        names = [field.name for field in fields(ArticleRecord)]
        copies = []
        for row in conn.execute(query):
            values = _decode_row(dict(row._mapping))
            blob = values["minhash"]
            copies.append((ArticleRecord(**{name: values[name] for name in names}),
                           bytes(blob) if blob is not None else None))
        return copies

    def iter_signatures(self) -> Iterator[tuple[str, bytes]]:
        """Signatures of articles that are originals (not duplicates), for the near-duplicate index."""
        query = (
            sa.select(schema.article_signatures.c.article_id, schema.article_signatures.c.minhash)
            .join(schema.articles, schema.articles.c.id == schema.article_signatures.c.article_id)
            .where(schema.articles.c.status == "ok")
            .order_by(schema.article_signatures.c.article_id)
        )
        with self.engine.connect() as conn:
            for article_id, blob in conn.execute(query):
                yield article_id, bytes(blob)

    def list_articles(
        self,
        *,
        status: str | None = None,
        outlet: str | None = None,
        language: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = 50,
        offset: int = 0,
        with_text: bool = False,
    ) -> list[dict]:
        columns = [c for c in schema.articles.c if with_text or c.name not in ("source_text", "clean_text",
                                                                              "segments", "removed")]
        query = sa.select(*columns)
        if status:
            query = query.where(schema.articles.c.status == status)
        if outlet:
            query = query.where(schema.articles.c.outlet == outlet)
        if language:
            query = query.where(schema.articles.c.language == language)
        if since:
            query = query.where(schema.articles.c.published >= since)
        if until:
            query = query.where(schema.articles.c.published <= until + "\uffff")
        query = query.order_by(schema.articles.c.id).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [_decode_row(dict(row._mapping)) for row in conn.execute(query)]

    def get_article(self, article_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(schema.articles).where(schema.articles.c.id == article_id)).first()
        return _decode_row(dict(row._mapping)) if row else None

    def count_articles(self, **where: str) -> int:
        query = sa.select(sa.func.count()).select_from(schema.articles)
        for name, value in where.items():
            query = query.where(schema.articles.c[name] == value)
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar() or 0)

    def list_mentions(
        self,
        *,
        article_id: str | None = None,
        event_type: str | None = None,
        country: str | None = None,
        admin1: str | None = None,
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = 100,
        offset: int = 0,
    ) -> list[dict]:
        m = schema.mentions
        query = sa.select(m, schema.articles.c.outlet, schema.articles.c.url, schema.articles.c.published).join(
            schema.articles, schema.articles.c.id == m.c.article_id
        )
        if article_id:
            query = query.where(m.c.article_id == article_id)
        if event_type:
            query = query.where(m.c.event_type == event_type)
        if country:
            query = query.where(m.c.country == country)
        if admin1:
            query = query.where(m.c.admin1 == admin1)
        if actor:
            query = query.where(sa.or_(m.c.actor1 == actor, m.c.actor2 == actor))
        if since:
            query = query.where(m.c.event_date >= since)
        if until:
            query = query.where(m.c.event_date <= until)
        query = query.order_by(m.c.article_id, m.c.n).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [_decode_row(dict(row._mapping)) for row in conn.execute(query)]

    def count_mentions(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(schema.mentions)).scalar() or 0)

    def claims_of(self, article_id: str | None = None) -> list[dict]:
        query = sa.select(schema.claims).order_by(schema.claims.c.id)
        if article_id:
            query = query.where(schema.claims.c.article_id == article_id)
        with self.engine.connect() as conn:
            rows = [dict(row._mapping) for row in conn.execute(query)]
        for row in rows:
            row["evidence"] = json.loads(row["evidence"])
        return rows

    # -- linked events and incidents -----------------------------------------------------------------------

    def event_query(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        country: str | None = None,
        admin1: str | None = None,
        admin2: str | None = None,
        event_type: str | None = None,
        sub_event_type: str | None = None,
        actor: str | None = None,
        incident: str | None = None,
        min_fatalities: int | None = None,
        has_conflicts: bool | None = None,
        bbox: tuple[float, float, float, float] | None = None,  # west, south, east, north
        text: str | None = None,
    ) -> sa.Select:
        """A SELECT over events with the filters every view shares (CLI, export, API)."""
        e = schema.events
        query = sa.select(e)
        if since:
            query = query.where(e.c.event_date >= since)
        if until:
            query = query.where(e.c.event_date <= until)
        for column, value in (("country", country), ("admin1", admin1), ("admin2", admin2),
                              ("event_type", event_type), ("sub_event_type", sub_event_type),
                              ("incident_id", incident)):
            if value:
                query = query.where(e.c[column] == value)
        if actor:
            query = query.where(sa.or_(e.c.actor1 == actor, e.c.actor2 == actor, e.c.assoc_actor_1 == actor,
                                       e.c.assoc_actor_2 == actor))
        if min_fatalities is not None:
            query = query.where(e.c.fatalities >= min_fatalities)
        if has_conflicts is not None:
            query = query.where(e.c.n_conflicts > 0 if has_conflicts else e.c.n_conflicts == 0)
        if bbox is not None:
            west, south, east, north = bbox
            query = query.where(e.c.longitude.between(west, east), e.c.latitude.between(south, north))
        if text:
            needle = f"%{text}%"
            evidence = (
                sa.select(schema.mention_links.c.event_id)
                .join(schema.mentions, schema.mentions.c.id == schema.mention_links.c.mention_id)
                .where(sa.or_(schema.mentions.c.evidence.like(needle), schema.mentions.c.actor1_surface.like(needle),
                              schema.mentions.c.actor2_surface.like(needle)))
            )
            query = query.where(sa.or_(
                e.c.location.like(needle), e.c.actor1.like(needle), e.c.actor2.like(needle),
                e.c.admin1.like(needle), e.c.country.like(needle), e.c.id.in_(evidence),
            ))
        return query

    def list_events(self, *, limit: int | None = 100, offset: int = 0, order: str = "-event_date",
                    **filters: Any) -> list[dict]:
        query = self.event_query(**filters)
        column_name = order.lstrip("-")
        if column_name not in schema.events.c:
            raise StoreError(f"cannot sort by '{column_name}'; sort by one of: "
                             f"{', '.join(c.name for c in schema.events.c)}")
        column = schema.events.c[column_name]
        query = query.order_by(column.desc() if order.startswith("-") else column.asc(), schema.events.c.id)
        query = query.offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [_decode_event(dict(row._mapping)) for row in conn.execute(query)]

    def count_events(self, **filters: Any) -> int:
        query = sa.select(sa.func.count()).select_from(self.event_query(**filters).subquery())
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar() or 0)

    def get_event(self, event_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(schema.events).where(schema.events.c.id == event_id)).first()
        return _decode_event(dict(row._mapping)) if row else None

    def mentions_of_event(self, event_id: str) -> list[dict]:
        m, links, a = schema.mentions, schema.mention_links, schema.articles
        query = (
            sa.select(m, a.c.outlet, a.c.url, a.c.published, a.c.title)
            .join(links, links.c.mention_id == m.c.id)
            .join(a, a.c.id == m.c.article_id)
            .where(links.c.event_id == event_id)
            .order_by(a.c.published, m.c.id)
        )
        with self.engine.connect() as conn:
            return [_decode_row(dict(row._mapping)) for row in conn.execute(query)]

    def incident_query(self, *, country: str | None = None, since: str | None = None,
                       until: str | None = None) -> sa.Select:
        """A SELECT over incidents overlapping [since, until] (and in `country`), shared by the CLI and the API."""
        i = schema.incidents
        query = sa.select(i)
        if country:
            query = query.where(i.c.country == country)
        if since:
            query = query.where(i.c.last_date >= since)
        if until:
            query = query.where(i.c.first_date <= until)
        return query

    def list_incidents(self, *, limit: int | None = 100, offset: int = 0, country: str | None = None,
                       since: str | None = None, until: str | None = None) -> list[dict]:
        i = schema.incidents
        query = self.incident_query(country=country, since=since, until=until)
        query = query.order_by(i.c.first_date.desc(), i.c.id).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [_decode_incident(dict(row._mapping)) for row in conn.execute(query)]

    def count_incidents(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(schema.incidents)).scalar() or 0)

    def get_incident(self, incident_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(schema.incidents).where(schema.incidents.c.id == incident_id)).first()
        return _decode_incident(dict(row._mapping)) if row else None

    def source_urls(self, article_ids: Sequence[str]) -> list[str]:
        if not article_ids:
            return []
        a = schema.articles
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(a.c.url).where(a.c.id.in_(list(article_ids))).order_by(a.c.id))
            return [url for (url,) in rows if url]

    def rejections(self, run_id: int | None = None, limit: int = 100) -> list[dict]:
        query = sa.select(schema.rejections).order_by(schema.rejections.c.id.desc()).limit(limit)
        if run_id is not None:
            query = query.where(schema.rejections.c.run_id == run_id)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]


MENTION_COLUMNS = (
    "event_type", "sub_event_type", "disorder_type", "civilian_targeting", "event_date", "time_precision",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "actor1_surface", "actor2_surface",
    "country", "iso", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "fatalities",
    "explanation", "confidence",
)


def _evidence_dict(evidence: Any) -> dict:
    return {"field": evidence.field, "start": evidence.start, "end": evidence.end, "text": evidence.text}


def _decode_event(row: dict) -> dict:
    for name in ("outlets", "mention_ids", "article_ids", "counts", "figures", "conflicts"):
        row[name] = json.loads(row[name])
    return row


def _decode_incident(row: dict) -> dict:
    for name in ("admin1s", "locations", "actors", "event_ids", "timeline", "conflicts"):
        row[name] = json.loads(row[name])
    return row


def _decode_row(row: dict) -> dict:
    for name in ("segments", "removed", "figures", "evidence"):
        if isinstance(row.get(name), str):
            row[name] = json.loads(row[name])
    return row
