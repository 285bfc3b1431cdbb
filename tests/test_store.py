"""The store behaves the same on SQLite and PostgreSQL: migrations, upserts, duplicates, rejections, runs."""

from __future__ import annotations

import sqlalchemy as sa
import pytest

from marsad.errors import StoreError
from marsad.models import Rejection
from marsad.store import ArticleRecord, Store, database_url, migrations, schema


def make_record(article_id: str = "sy-001", **changes) -> ArticleRecord:
    values = dict(
        id=article_id,
        source=f"/corpus/{article_id}.txt",
        input_format="text",
        content_type="text",
        encoding="utf-8",
        raw_sha256="a" * 64,
        text_sha256="b" * 64,
        url=None,
        canonical_url=None,
        outlet="Ugarit Post",
        title="اشتباكات في ريف إدلب الجنوبي",
        byline="سامر الحلبي",
        dateline="إدلب –",
        published="2023-03-12",
        published_from="dateline",
        language="ar",
        language_score=0.98,
        status="ok",
        duplicate_of=None,
        similarity=None,
        n_chars=42,
        source_text="إدلب – اندلعت اشتباكات عنيفة فجر اليوم.",
        clean_text="إدلب – اندلعت اشتباكات عنيفة فجر اليوم.",
        segments=[[0, 0, 42]],
        removed=[[50, 60, "widget"]],
    )
    values.update(changes)
    return ArticleRecord(**values)


def test_store_applies_every_migration_once(store: Store):
    assert store.schema_version() == migrations.LATEST_VERSION
    assert migrations.upgrade(store.engine) == []


def test_store_refuses_a_database_from_a_newer_marsad(db_url):
    with Store.open(db_url) as store, store.engine.begin() as conn:
        conn.execute(schema.schema_migrations.insert().values(version=999, name="future", applied_at="2030"))
    with pytest.raises(StoreError, match="upgrade marsad"):
        Store.open(db_url)


def _open_at_the_barrier(db_url: str, barrier, results) -> None:
    barrier.wait()
    try:
        with Store.open(db_url) as opened:
            results.put(("ok", opened.schema_version()))
    except StoreError as exc:
        results.put(("error", str(exc)))


def test_processes_opening_a_new_store_at_once_all_get_the_whole_schema(db_url):
    """A `marsad run` and a `marsad serve` started together on a new store: without a lock both see version 0, and
    all but one failed with 'table already exists' or a duplicate migration row."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(5), context.Queue()
    processes = [context.Process(target=_open_at_the_barrier, args=(db_url, barrier, results)) for _ in range(5)]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=120) for _ in processes]
    for process in processes:
        process.join()
    assert outcomes == [("ok", migrations.LATEST_VERSION)] * 5
    with Store.open(db_url) as store:
        with store.engine.connect() as conn:
            versions = conn.execute(sa.select(schema.schema_migrations.c.version)).scalars().all()
    assert sorted(versions) == [m.version for m in migrations.MIGRATIONS]


def test_store_saves_and_reads_back_an_article_with_its_offsets(store: Store):
    run_id = store.begin_run("test")
    with store.transaction() as conn:
        store.save_article(conn, make_record(), b"\x01\x02", run_id)
    row = store.get_article("sy-001")
    assert row["title"] == "اشتباكات في ريف إدلب الجنوبي"
    assert row["segments"] == [[0, 0, 42]]
    assert row["removed"] == [[50, 60, "widget"]]
    assert row["run_id"] == run_id
    assert store.count_articles() == 1


def test_store_replaces_an_article_saved_again_and_keeps_its_first_ingestion_time(store: Store):
    with store.transaction() as conn:
        store.save_article(conn, make_record(), None, None)
    first = store.get_article("sy-001")["ingested_at"]
    with store.transaction() as conn:
        store.save_article(conn, make_record(raw_sha256="c" * 64, title="عنوان محدث"), None, None)
    row = store.get_article("sy-001")
    assert row["title"] == "عنوان محدث"
    assert row["raw_sha256"] == "c" * 64
    assert row["ingested_at"] == first
    assert store.count_articles() == 1


def test_store_rolls_back_a_failed_transaction_leaving_earlier_articles(store: Store):
    with store.transaction() as conn:
        store.save_article(conn, make_record("kept"), None, None)
    with pytest.raises(RuntimeError):
        with store.transaction() as conn:
            store.save_article(conn, make_record("lost"), None, None)
            raise RuntimeError("killed mid-batch")
    assert [row["id"] for row in store.list_articles()] == ["kept"]


def test_store_marks_duplicates_and_repoints_copies_of_a_demoted_original(store: Store):
    with store.transaction() as conn:
        store.save_article(conn, make_record("a"), b"sig-a", None)
        store.save_article(conn, make_record("b", status="duplicate", duplicate_of="a", similarity=0.9), None, None)
        store.save_article(conn, make_record("c"), b"sig-c", None)
        store.mark_duplicate(conn, "a", "c", 0.95)
    assert store.get_article("a")["duplicate_of"] == "c"
    assert store.get_article("b")["duplicate_of"] == "c"
    assert [article_id for article_id, _ in store.iter_signatures()] == ["c"]


def test_store_records_rejections_per_run(store: Store):
    run_id = store.begin_run("run")
    with store.transaction() as conn:
        store.add_rejection(conn, run_id, Rejection("bad.jsonl#line 3", "bad-json", "line 3 is not JSON; fix it"))
    store.finish_run(run_id, {"rejected": 1})
    rows = store.rejections(run_id=run_id)
    assert [(r["source"], r["code"]) for r in rows] == [("bad.jsonl#line 3", "bad-json")]
    assert store.runs()[0]["status"] == "completed"


def test_store_filters_articles_by_status_outlet_and_date(store: Store):
    with store.transaction() as conn:
        store.save_article(conn, make_record("a", published="2022-01-20"), None, None)
        store.save_article(conn, make_record("b", published="2023-05-01T10:00:00+03:00", outlet="Enab Baladi"), None,
                           None)
        store.save_article(conn, make_record("c", status="non_arabic", language="fr", published="2021-06-01"), None, None)
    assert [r["id"] for r in store.list_articles(outlet="Enab Baladi")] == ["b"]
    assert [r["id"] for r in store.list_articles(status="non_arabic")] == ["c"]
    assert [r["id"] for r in store.list_articles(since="2023-01-01", until="2023-05-01")] == ["b"]


@pytest.mark.parametrize(
    "db, expected",
    [
        ("marsad.db", "sqlite:///marsad.db"),
        ("postgresql://postgres@127.0.0.1/test", "postgresql+psycopg://postgres@127.0.0.1/test"),
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
    ],
)
def test_database_url_accepts_paths_and_postgres_urls(db, expected):
    assert database_url(db) == expected


def test_database_url_rejects_other_schemes_with_advice():
    with pytest.raises(StoreError, match="SQLite file path or a postgresql"):
        database_url("mysql://root@localhost/test")


def test_store_open_names_a_missing_folder(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(str(tmp_path / "no" / "such" / "dir" / "m.db"))


def test_store_open_reports_an_unreachable_server_in_one_line():
    with pytest.raises(StoreError) as caught:
        Store.open("postgresql://postgres@127.0.0.1:1/none?connect_timeout=2")
    assert "\n" not in str(caught.value)
    assert "server is running" in str(caught.value)


def test_sqlite_store_uses_write_ahead_logging(tmp_path):
    with Store.open(str(tmp_path / "m.db")) as store, store.engine.connect() as conn:
        assert conn.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"


def _pending(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        return sorted(conn.execute(sa.select(schema.link_pending.c.article_id)).scalars())


def test_store_queues_articles_whose_coding_or_copies_change_for_the_next_link(store: Store):
    from marsad.events.model import EventMention

    clash = EventMention(article_id="a", event_type="Battles", sub_event_type="Armed clash", event_date="2023-03-12",
                         country="Syria", admin1="Idlib", location="Kafr Nabl")
    with store.transaction() as conn:
        store.save_article(conn, make_record("a"), None, None)
        store.save_article(conn, make_record("b"), None, None)
    assert _pending(store) == []  # stored, not coded yet: nothing for the linker
    with store.transaction() as conn:
        store.replace_coding(conn, "a", [clash], [], "test")
        store.save_article(conn, make_record("copy", status="duplicate", duplicate_of="a", similarity=0.97), None, None)
    assert _pending(store) == ["a", "copy"]
    with store.engine.begin() as conn:
        conn.execute(schema.link_pending.delete())
    with store.transaction() as conn:
        store.mark_duplicate(conn, "a", "b", 0.95)  # b turned out to be the original
    assert _pending(store) == ["a", "b"]


def test_store_queues_an_article_again_with_a_new_token(store: Store):
    with store.transaction() as conn:
        store.queue_link(conn, ["a"])
    with store.engine.connect() as conn:
        first = conn.execute(sa.select(schema.link_pending.c.token)).scalar_one()
    with store.transaction() as conn:
        store.queue_link(conn, ["a"])
    with store.engine.connect() as conn:
        tokens = conn.execute(sa.select(schema.link_pending.c.token)).scalars().all()
    assert len(tokens) == 1 and tokens[0] != first  # a link that read the first token leaves this one queued


def test_a_version_6_store_upgrades_and_its_first_link_rebuilds_the_same_events(db_url):
    import importlib.util
    from pathlib import Path

    from marsad.link import Linker
    from marsad.link.persist import link_store, load_link_inputs, write_link_result

    spec = importlib.util.spec_from_file_location(
        "link_incremental", Path(__file__).resolve().parents[1] / "bench" / "link_incremental.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    store = Store.open(db_url, upgrade=False)
    with store.engine.begin() as conn:
        schema.schema_migrations.create(conn)
    for migration in migrations.MIGRATIONS[:6]:
        with store.engine.begin() as conn:
            migration.apply(conn)
            conn.execute(schema.schema_migrations.insert().values(version=migration.version, name=migration.name,
                                                                  applied_at="2025-01-01"))
    inputs, _ = bench.bench_link.generate(300, 2)
    articles, mentions = bench.article_rows(inputs)
    with store.engine.begin() as conn:
        conn.execute(schema.articles.insert(), articles)
        conn.execute(schema.mentions.insert(), mentions)
    with store.engine.begin() as conn:  # what marsad 0.x (schema 6) stored: events, incidents, links
        write_link_result(conn, Linker().link(load_link_inputs(store)))
    before = sorted((e["id"], e["incident_id"], tuple(e["mention_ids"])) for e in store.list_events(limit=None))
    store.close()
    with Store.open(db_url) as upgraded:
        assert upgraded.schema_version() == migrations.LATEST_VERSION
        summary = link_store(upgraded)
        assert (summary.mode, summary.reason) == ("rebuild", "first link of this store")
        after = sorted((e["id"], e["incident_id"], tuple(e["mention_ids"])) for e in upgraded.list_events(limit=None))
        assert after == before
        assert link_store(upgraded).mode == "incremental"
