"""Incremental linking in the store (issue #5): new articles join existing events and incidents without a re-link
of everything, re-running changes nothing, and any batching or order ends where a rebuild from mentions ends."""

from __future__ import annotations

import importlib.util
import random
import subprocess
import sys
import textwrap
from dataclasses import fields, replace
from pathlib import Path

import pytest
import sqlalchemy as sa

from marsad.corpus import corpus_files
from marsad.events.model import EventMention, Evidence
from marsad.link import event_id_for
from marsad.link import persist
from marsad.link.persist import link_store
from marsad.pipeline import Pipeline
from marsad.settings import load_settings
from marsad.store import MENTION_COLUMNS, ArticleRecord, Store, schema

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench_incremental = _module("link_incremental")
generate = bench_incremental.bench_link.generate

ISIS = "Islamic State (ISIS)"
SDF = "Syrian Democratic Forces (SDF)"
GHWAYRAN = {"country": "Syria", "iso": "760", "admin1": "Al-Hasakah", "admin2": "Al-Hasakah", "location": "Ghwayran",
            "latitude": 36.4841, "longitude": 40.7445, "geo_precision": 1}


def figure(value, surface, *, counts="killed", reporter=None, kind=None, qualifier="exact", low=None, high=None):
    return {"value": value, "low": value if low is None else low, "high": value if high is None else high,
            "coded": value, "vague": False, "qualifier": qualifier, "counts": counts, "side": None,
            "reporter": reporter, "reporter_kind": kind, "negated": False, "parts": [], "surface": surface}


def battle(day="2022-01-20", *, event_type="Battles", sub="Armed clash", actor1=ISIS, actor2=SDF, fatalities=None,
           figures=(), **place) -> EventMention:
    where = {**GHWAYRAN, **place}
    return EventMention(article_id="", event_type=event_type, sub_event_type=sub, event_date=day, time_precision=1,
                        actor1=actor1, actor2=actor2, fatalities=fatalities, figures=list(figures), **where)


def article(article_id: str, outlet: str, published: str, *, status: str = "ok",
            duplicate_of: str | None = None) -> ArticleRecord:
    return ArticleRecord(
        id=article_id, source=f"{article_id}.txt", input_format="text", content_type="text", encoding="utf-8",
        raw_sha256=article_id, text_sha256=article_id, url=None, canonical_url=None, outlet=outlet, title=None,
        byline=None, dateline=None, published=published, published_from="input", language="ar", language_score=1.0,
        status=status, duplicate_of=duplicate_of, similarity=0.95 if duplicate_of else None, n_chars=10,
        source_text="نص", clean_text="نص", segments=[], removed=[],
    )


def store_reports(store: Store, *reports: tuple[ArticleRecord, list[EventMention]]) -> None:
    with store.transaction() as conn:
        for record, mentions in reports:
            store.save_article(conn, record, None, None)
            if record.status == "ok":
                store.replace_coding(conn, record.id, mentions, [], "test")


def snapshot(store: Store, *, stamps: bool = False) -> dict[str, list[tuple]]:
    """Events, incidents, mention links and the link state as comparable rows (with or without linked_at)."""
    found = {}
    with store.engine.connect() as conn:
        for table in (schema.events, schema.incidents, schema.mention_links, schema.link_mentions,
                      schema.link_copies):
            rows = conn.execute(sa.select(table)).mappings()
            found[table.name] = sorted(tuple(v for k, v in row.items() if stamps or k != "linked_at") for row in rows)
    return found


def assert_equals_rebuild(store: Store) -> dict:
    incremental = snapshot(store)
    link_store(store, rebuild=True)
    rebuilt = snapshot(store)
    for name in incremental:
        assert incremental[name] == rebuilt[name], f"{name} differ between incremental linking and a rebuild"
    return rebuilt


def event_of(store: Store, mention_id: str) -> dict:
    links = schema.mention_links
    with store.engine.connect() as conn:
        event_id = conn.execute(sa.select(links.c.event_id).where(links.c.mention_id == mention_id)).scalar_one()
    return store.get_event(event_id)


# ---------------------------------------------------------------------------------------------------------------
# The demo corpus, stored article by article in batches


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo corpus as one pipeline run stores it: articles, their coded mentions, and the linked result."""
    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    with Store.open(db) as store:
        Pipeline(store, load_settings(db=db)).run([str(p) for p in corpus_files()])
        articles = store.list_articles(limit=None, with_text=True)
        mentions = {row["id"]: store.list_mentions(article_id=row["id"], limit=None) for row in articles}
        expected = snapshot(store)
    records = [ArticleRecord(**{f.name: row[f.name] for f in fields(ArticleRecord)}) for row in articles]
    coded = {
        article_id: [EventMention(article_id=article_id, figures=row["figures"],
                                  evidence=[Evidence(**span) for span in row["evidence"]],
                                  **{name: row[name] for name in MENTION_COLUMNS})
                     for row in rows]
        for article_id, rows in mentions.items()
    }
    return records, coded, expected


@pytest.mark.parametrize("seed", [1, 2])
def test_demo_articles_linked_in_batches_in_any_order_equal_one_full_link(db_url, demo, seed):
    records, coded, expected = demo
    order = records[:]
    random.Random(seed).shuffle(order)
    with Store.open(db_url) as store:
        position = 0
        while position < len(order):
            batch = order[position:position + random.Random(seed * 100 + position).randint(1, 8)]
            store_reports(store, *[(record, coded[record.id]) for record in batch])
            summary = link_store(store)
            assert summary.mode == ("rebuild" if position == 0 else "incremental")
            position += len(batch)
        assert snapshot(store) == expected  # same ids and contents as one pipeline run over the whole corpus
        assert assert_equals_rebuild(store) == expected


def test_rerunning_the_same_corpus_changes_nothing_not_even_linked_at(db_url, tmp_path):
    paths = [str(p) for p in corpus_files()]
    with Store.open(db_url) as store:
        pipeline = Pipeline(store, load_settings(db=str(tmp_path / "unused.db")))
        pipeline.run(paths)
        before = snapshot(store, stamps=True)
        again = pipeline.run(paths)
        assert (again.new, again.updated) == (0, 0)
        assert (again.link.mode, again.link.mentions_added, again.link.events_written) == ("incremental", 0, 0)
        assert snapshot(store, stamps=True) == before
        rebuilt = link_store(store, rebuild=True)
        assert rebuilt.mode == "rebuild"
        assert snapshot(store, stamps=True) == before  # a rebuild that changes nothing keeps every linked_at


# ---------------------------------------------------------------------------------------------------------------
# Realistic multi-outlet batches: the synthetic world of bench/link.py, squeezed so that events crowd together


def crowded_reports(n: int, seed: int):
    """Synthetic multi-outlet reports (noise, syndicated copies, same-day twins) in one country, 25 days, two
    provinces, some month- and week-precision dates: every new report has stored neighbours."""
    inputs, _ = generate(n, seed)
    rng = random.Random(seed)
    for item in inputs:
        m = item.mention
        m.country, m.iso = "Country00", "X00"
        m.event_date = f"2021-03-{rng.randint(1, 25):02d}"
        if rng.random() < 0.05:
            m.event_date, m.time_precision = "2021-03", 3
        elif rng.random() < 0.05:
            m.time_precision = 2
        if m.latitude is not None:
            m.latitude, m.longitude = 33.0 + rng.uniform(0, 0.5), 36.0 + rng.uniform(0, 0.5)
        m.admin1 = rng.choice(["Country00-A00", "Country00-A01"])
    return inputs


def recoded(m: EventMention, rng: random.Random) -> EventMention:
    """What a recode may change: the date by a day, the actors, the toll, the place precision."""
    change = rng.randrange(4)
    if change == 0 and m.event_date and len(m.event_date) == 10:
        day = int(m.event_date[-2:])
        return replace(m, event_date=f"{m.event_date[:8]}{max(1, min(28, day + rng.choice((-1, 1)))):02d}")
    if change == 1:
        return replace(m, actor1=None)
    if change == 2:
        return replace(m, fatalities=(m.fatalities or 0) + 7)
    return replace(m, latitude=None, longitude=None, location=None, admin2=None, geo_precision=3)


@pytest.mark.parametrize("seed", [3])
def test_synthetic_multi_outlet_batches_with_recodes_and_deletions_equal_a_rebuild(db_url, seed):
    inputs = crowded_reports(900, seed)
    stories = sorted({item.original_article_id or item.article_id for item in inputs})
    rng = random.Random(seed)
    rng.shuffle(stories)
    cuts = sorted(rng.sample(range(1, len(stories)), 4))
    with Store.open(db_url) as store:
        for start, end in zip([0, *cuts], [*cuts, len(stories)]):
            chosen = set(stories[start:end])
            bench_incremental.store_articles(
                store, [i for i in inputs if (i.original_article_id or i.article_id) in chosen])
            link_store(store)
        by_article: dict[str, list[EventMention]] = {}
        for item in (i for i in inputs if i.original_article_id is None):
            by_article.setdefault(item.article_id, []).append(item.mention)
        changed = rng.sample(sorted(by_article), 60)
        with store.transaction() as conn:
            for article_id in changed[:40]:
                store.replace_coding(conn, article_id, [recoded(m, rng) for m in by_article[article_id]], [],
                                     "test")
            for article_id in changed[40:]:
                store.delete_coding(conn, article_id)
        summary = link_store(store)
        assert summary.mode == "incremental" and summary.mentions_removed > 20
        assert_equals_rebuild(store)


# ---------------------------------------------------------------------------------------------------------------
# A new report joins its event; a new event joins the operation's incident


def ghwayran_first_days(store: Store) -> None:
    """The ISIS attack on Ghwayran prison (Hasakah, 20 January 2022) as three outlets first reported it."""
    first_night = figure(41, "مقتل 41 شخصاً على الأقل", qualifier="at_least", high=None)
    monitor = figure(102, "ارتفع عدد القتلى إلى 102", reporter="بحسب المرصد السوري لحقوق الإنسان", kind="monitor")
    store_reports(
        store,
        (article("furat", "فرات بوست", "2022-01-21"), [battle(fatalities=41, figures=[first_night])]),
        (article("yasmin", "ياسمين", "2022-01-21"), [battle(actor2=None)]),
        (article("sadabadiya", "صدى البادية", "2022-01-23"),
         [battle("2022-01-21", fatalities=102, figures=[monitor]),
          battle("2022-01-22", location="Hay al-Zuhur", latitude=36.492, longitude=40.755, fatalities=7)]),
    )


def test_a_new_report_of_a_stored_event_joins_it_and_its_statement_supersedes_earlier_tolls(db_url):
    with Store.open(db_url) as store:
        ghwayran_first_days(store)
        link_store(store)
        before = event_of(store, "furat#1")
        assert before["sources"] == 3 and before["fatalities"] == 102
        final = figure(495, "374 من عناصر داعش، و117 من القوات الأمنية، إضافة إلى 4 مدنيين",
                       reporter="في بيان لقوات سوريا الديمقراطية", kind="statement")
        store_reports(store,
                      (article("statement", "فرات بوست", "2022-01-31"), [battle(fatalities=495, figures=[final])]),
                      (article("statement_copy", "الخابور", "2022-01-31", status="duplicate", duplicate_of="statement"),
                       []))
        summary = link_store(store)
        after = event_of(store, "statement#1")
        assert summary.mode == "incremental" and summary.mentions_added == 1
        assert after["id"] == before["id"] == event_id_for("furat#1")
        assert after["sources"] == 4  # the syndicated copy is listed but not counted
        assert "statement_copy" in after["article_ids"] and "الخابور" in after["outlets"]
        timeline = [(c["report_date"], c["coded"], c["superseded_by"]) for c in after["counts"]["killed"]["timeline"]]
        assert timeline == [("2022-01-21", 41, "statement#1"), ("2022-01-23", 102, "statement#1"),
                            ("2022-01-31", 495, None)]
        assert (after["fatalities"], after["fatalities_best"]) == (495, 495)
        assert_equals_rebuild(store)


def test_a_new_event_on_a_day_next_to_an_incident_joins_the_incident(db_url):
    with Store.open(db_url) as store:
        ghwayran_first_days(store)
        link_store(store)
        incident_id = event_of(store, "furat#1")["incident_id"]
        assert event_of(store, "sadabadiya#2")["incident_id"] == incident_id
        car_bomb = battle("2022-01-23", event_type="Explosions/Remote violence", sub="Suicide bomb", actor2=SDF,
                          fatalities=2, figures=[figure(2, "مقتل عنصرين من قسد بتفجير سيارة مفخخة")])
        store_reports(store, (article("hawar", "هاوار", "2022-01-23"), [car_bomb]))
        summary = link_store(store)
        event = event_of(store, "hawar#1")
        assert summary.mode == "incremental" and event["sources"] == 1
        assert event["incident_id"] == incident_id  # one day after the Zuhour clashes, same actors, 1 km away
        incident = store.get_incident(incident_id)
        assert event["id"] in incident["event_ids"] and incident["last_date"] == "2022-01-23"
        assert_equals_rebuild(store)


# ---------------------------------------------------------------------------------------------------------------
# Recoded, deleted and replaced articles


def test_a_recoded_mention_leaves_its_event_and_a_deleted_articles_lone_event_disappears(db_url):
    with Store.open(db_url) as store:
        ghwayran_first_days(store)
        store_reports(store, (article("deir", "الخابور", "2022-01-22"),
                              [battle("2022-01-22", actor1="Military Forces of Syria (2000-2024)", location="Mayadin",
                                      admin1="Deir ez-Zor", admin2="Al-Mayadin", latitude=35.0192, longitude=40.4513,
                                      fatalities=3)]))
        link_store(store)
        attack = event_of(store, "furat#1")["id"]
        lone = event_of(store, "deir#1")["id"]
        with store.transaction() as conn:
            # a lexicon fix: the Yasmin report was about the next day's fighting in al-Zuhour
            store.replace_coding(conn, "yasmin", [battle("2022-01-22", location="Hay al-Zuhur", latitude=36.492,
                                                         longitude=40.755)], [], "test")
            store.delete_coding(conn, "deir")
        zuhour = event_of(store, "sadabadiya#2")["id"]
        summary = link_store(store)
        assert (summary.mentions_added, summary.mentions_removed) == (1, 2)
        assert store.get_event(lone) is None
        assert store.get_event(attack)["article_ids"] == ["furat", "sadabadiya"]
        # Yasmin published before Sadabadiya: the clashes' event now takes its id from Yasmin's report
        assert event_of(store, "yasmin#1")["id"] == event_of(store, "sadabadiya#2")["id"] == event_id_for("yasmin#1")
        assert store.get_event(zuhour) is None and summary.events_removed == 2
        assert_equals_rebuild(store)


def test_an_updated_article_file_replaces_its_mentions_in_their_events(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shelling = folder / "atarib.txt"
    shelling.write_text(textwrap.dedent("""\
        مقتل مدنيين بقصف مدفعي على بلدة الأتارب في ريف حلب الغربي

        حلب – «المرصد الإخباري»: قتل مدنيان اثنان وأصيب أربعة آخرون، صباح الأحد 12 آذار 2023، جراء قصف مدفعي
        لقوات النظام السوري استهدف منازل في بلدة الأتارب بريف حلب الغربي، بحسب ما أفاد به الدفاع المدني.
        """), encoding="utf-8")
    db = str(tmp_path / "m.db")
    with Store.open(db) as store:
        pipeline = Pipeline(store, load_settings(db=db))
        pipeline.run([str(folder)])
        old_events = {event_of(store, m["id"])["id"] for m in store.list_mentions(article_id="atarib")}
        assert old_events
        # the outlet corrected the story: the attack was an IED in Deir ez-Zor
        shelling.write_text(textwrap.dedent("""\
            انفجار عبوة ناسفة بسيارة عسكرية شرقي دير الزور

            دير الزور – «المرصد الإخباري»: أصيب ثلاثة عناصر من قوات سوريا الديمقراطية، مساء الاثنين 13 آذار 2023،
            بانفجار عبوة ناسفة استهدفت سيارتهم العسكرية على الطريق بين بلدتي الشحيل والبصيرة في ريف دير الزور الشرقي.
            """), encoding="utf-8")
        summary = pipeline.run([str(folder)])
        assert summary.updated == 1 and summary.link.mode == "incremental"
        assert summary.link.mentions_removed >= 1
        new_events = {event_of(store, m["id"])["id"] for m in store.list_mentions(article_id="atarib")}
        assert all(store.get_event(event_id) is None for event_id in old_events - new_events)
        assert {store.get_event(e)["admin1"] for e in new_events} == {"Deir ez-Zor"}
        assert_equals_rebuild(store)


# ---------------------------------------------------------------------------------------------------------------
# Crashes


def test_a_link_failing_mid_write_leaves_the_store_as_it_was_and_the_next_link_finishes(db_url, monkeypatch):
    with Store.open(db_url) as store:
        ghwayran_first_days(store)
        link_store(store)
        before = snapshot(store, stamps=True)
        store_reports(store, (article("hawar", "هاوار", "2022-01-21"), [battle(fatalities=50)]))

        def killed(*_args, **_kwargs):
            raise KeyboardInterrupt  # the events, incidents and links are written but not committed

        monkeypatch.setattr(persist, "_done", killed)
        with pytest.raises(KeyboardInterrupt):
            link_store(store)
        monkeypatch.undo()
        assert snapshot(store, stamps=True) == before
        summary = link_store(store)
        assert summary.mentions_added == 1 and event_of(store, "hawar#1")["sources"] == 4
        assert_equals_rebuild(store)


KILLED_LINK = """
import os, signal, sys
from marsad.link import persist
from marsad.store import Store

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)  # everything is written, nothing committed

persist._done = die
with Store.open(sys.argv[1]) as store:
    persist.link_store(store)
"""


@pytest.mark.slow
def test_a_process_killed_inside_the_link_transaction_leaves_a_consistent_store(db_url):
    with Store.open(db_url) as store:
        ghwayran_first_days(store)
        link_store(store)
        before = snapshot(store, stamps=True)
        store_reports(store, (article("hawar", "هاوار", "2022-01-21"), [battle(fatalities=50)]))
    killed = subprocess.run([sys.executable, "-c", KILLED_LINK, db_url], capture_output=True, text=True, timeout=120)
    assert killed.returncode == -9, killed.stderr
    with Store.open(db_url) as store:
        assert snapshot(store, stamps=True) == before
        assert link_store(store).mentions_added == 1
        assert assert_equals_rebuild(store)["events"]


def test_a_run_killed_before_linking_is_linked_by_the_next_run(tmp_path, monkeypatch):
    paths = [str(p) for p in corpus_files()][:12]
    db = str(tmp_path / "m.db")
    with Store.open(db) as store:
        pipeline = Pipeline(store, load_settings(db=db))
        pipeline.run(paths[:6])

        def killed(*_args, **_kwargs):
            raise KeyboardInterrupt

        monkeypatch.setattr("marsad.pipeline.link_store", killed)
        with pytest.raises(KeyboardInterrupt):
            pipeline.run(paths[6:])
        monkeypatch.undo()
        again = pipeline.run(paths[6:])  # every article is unchanged now, but six are still queued
        assert again.new == 0 and again.link.mentions_added > 0
        assert_equals_rebuild(store)


# ---------------------------------------------------------------------------------------------------------------
# The incremental path does not touch unrelated events


def test_linking_a_new_report_reads_and_rewrites_only_its_neighbourhood(tmp_path):
    """The same new report, added to a store with 1,000 and with 4,000 unrelated mentions: the pass reads the same
    few mentions, runs the same statements and rewrites one event, whatever the store holds."""
    unrelated, _ = generate(4000, 5)
    work = []
    for size in (1000, 4000):
        db = str(tmp_path / f"{size}.db")
        with Store.open(db) as store:
            bench_incremental.store_articles(store, unrelated[:size])
            ghwayran_first_days(store)
            link_store(store)
            with store.engine.begin() as conn:
                conn.execute(schema.events.update().values(linked_at="2000-01-01T00:00:00+00:00"))
            store_reports(store, (article("hawar", "هاوار", "2022-01-21"), [battle(fatalities=50)]))
            statements: list[str] = []
            sa.event.listen(store.engine, "before_cursor_execute",
                            lambda conn, cursor, statement, *rest: statements.append(statement))
            summary = link_store(store)
            with store.engine.connect() as conn:
                rewritten = conn.execute(sa.select(schema.events.c.id).where(
                    schema.events.c.linked_at != "2000-01-01T00:00:00+00:00")).scalars().all()
        assert rewritten == [event_id_for("furat#1")]
        work.append((summary.mentions_loaded, summary.events_written, len(statements)))
    assert work[0] == work[1]
    assert work[0][0] <= 5 and work[0][1] == 1


# ---------------------------------------------------------------------------------------------------------------
# When a rebuild runs by itself


def test_changed_linking_options_rebuild_the_store_and_large_queues_rebuild_instead_of_linking_piecemeal(
        tmp_path, monkeypatch):
    from marsad.link import LinkOptions

    with Store.open(str(tmp_path / "m.db")) as store:
        ghwayran_first_days(store)
        assert link_store(store).reason == "first link of this store"
        assert link_store(store).mode == "incremental"
        strict = link_store(store, LinkOptions(join_threshold=0.9))
        assert (strict.mode, strict.reason) == ("rebuild", "the linking rules or options changed")
        assert event_of(store, "furat#1")["sources"] < 3  # the stricter threshold split the attack's reports
        assert link_store(store).reason == "the linking rules or options changed"  # back to the defaults
        assert event_of(store, "furat#1")["sources"] == 3
        monkeypatch.setattr(persist, "REBUILD_MIN_QUEUE", 1)
        store_reports(store, (article("hawar", "هاوار", "2022-01-21"), [battle(fatalities=50)]),
                      (article("orient", "أورينت", "2022-01-21"), [battle(fatalities=45)]))
        bulk = link_store(store)  # two queued articles next to four linked mentions
        assert (bulk.mode, bulk.reason) == ("rebuild", "many articles queued next to what is linked")
        assert event_of(store, "hawar#1")["sources"] == 5


def test_a_syndicated_copy_saved_again_under_another_outlet_updates_its_originals_events(db_url):
    with Store.open(db_url) as store:
        ghwayran_first_days(store)
        store_reports(store, (article("copy", "الخابور", "2022-01-21", status="duplicate", duplicate_of="furat"), []))
        link_store(store)
        assert "الخابور" in event_of(store, "furat#1")["outlets"]
        store_reports(store, (article("copy", "شبكة الخابور", "2022-01-21", status="duplicate", duplicate_of="furat"),
                              []))
        link_store(store)
        event = event_of(store, "furat#1")
        assert "شبكة الخابور" in event["outlets"] and "الخابور" not in event["outlets"]
        assert event["sources"] == 3
        assert_equals_rebuild(store)


# ---------------------------------------------------------------------------------------------------------------
# Concurrency


def test_ingestion_committing_during_a_link_pass_neither_breaks_it_nor_leaks_into_it(db_url, monkeypatch):
    """An article deleted by another process while a pass reads its neighbourhood: the pass links the store as it
    was when the pass began (PostgreSQL: ingestion's commit waits for the pass), the next pass links the deletion."""
    import threading

    from marsad.link import incremental

    with Store.open(db_url) as store:
        ghwayran_first_days(store)
        link_store(store)
        with store.transaction() as conn:  # a recode: the pass reads the rest of furat's event
            store.replace_coding(conn, "furat", [battle(fatalities=45)], [], "test")
        deleted = threading.Event()

        def delete_yasmin() -> None:
            with store.transaction() as conn:
                store.delete_coding(conn, "yasmin")
            deleted.set()

        read_members = incremental.event_members

        def ingest_meanwhile(conn, event_ids):
            if not deleted.is_set() and not getattr(ingest_meanwhile, "started", False):
                ingest_meanwhile.started = True
                threading.Thread(target=delete_yasmin).start()
                deleted.wait(2)  # a commit that is not held back lands here, in the middle of the pass
            return read_members(conn, event_ids)

        monkeypatch.setattr(incremental, "event_members", ingest_meanwhile)
        summary = link_store(store)
        assert summary.mode == "incremental" and summary.mentions_added == 1 and summary.mentions_removed == 1
        assert deleted.wait(30)
        monkeypatch.undo()
        assert event_of(store, "furat#1")["sources"] == 3  # yasmin's report still counted: the pass's snapshot
        follow_up = link_store(store)
        assert follow_up.mentions_removed == 1 and event_of(store, "furat#1")["sources"] == 2
        assert_equals_rebuild(store)


def test_a_pass_whose_state_was_rebuilt_under_other_options_meanwhile_rebuilds_instead(db_url, monkeypatch):
    from marsad.link import LinkOptions

    with Store.open(db_url) as store:
        ghwayran_first_days(store)
        link_store(store, LinkOptions(join_threshold=0.9))  # another linker, with other options
        # this linker checked the rules before that rebuild committed, and found them as it expects
        monkeypatch.setattr(persist, "_rebuild_reason", lambda *_args: ("", None))
        summary = link_store(store)
        assert (summary.mode, summary.reason) == ("rebuild", "the linking rules or options changed")
        assert event_of(store, "furat#1")["sources"] == 3
        assert_equals_rebuild(store)


def test_a_link_with_nothing_queued_neither_waits_for_nor_takes_the_linkers_lock(db_url):
    """A watcher links after every poll, mostly with nothing new: that must not queue behind, or hold back, a link
    pass or an ingestion in progress."""
    import threading

    with Store.open(db_url) as store:
        ghwayran_first_days(store)
        linked = link_store(store)
        state = schema.link_state
        with store.engine.connect() as conn:
            generation = conn.execute(sa.select(state.c.generation)).scalar_one()
        outcome: dict = {}
        with store.transaction() as busy:  # another linker mid-pass, holding the lock
            persist._lock(busy)
            worker = threading.Thread(target=lambda: outcome.update(summary=link_store(store)), daemon=True)
            worker.start()
            worker.join(60)
            finished_while_locked = not worker.is_alive()
        worker.join(60)
        assert finished_while_locked
        summary = outcome["summary"]
        assert (summary.mode, summary.mentions_added, summary.events_written) == ("incremental", 0, 0)
        assert (summary.events, summary.incidents, summary.mentions) == (linked.events, linked.incidents,
                                                                       linked.mentions)
        with store.engine.connect() as conn:
            assert conn.execute(sa.select(state.c.generation)).scalar_one() == generation + 1  # only the other one


def test_a_pass_over_more_queued_articles_than_an_old_sqlite_binds_in_one_statement(db_url, monkeypatch):
    """SQLite before 3.32 (Ubuntu 20.04, Amazon Linux 2) binds at most 999 variables per statement."""
    import sqlite3

    inputs, _ = generate(3000, 11)
    stories = sorted({item.original_article_id or item.article_id for item in inputs})
    first = set(stories[:len(stories) // 3])
    monkeypatch.setattr(persist, "REBUILD_MIN_QUEUE", 10**9)  # link the big queue incrementally
    with Store.open(db_url) as store:
        if store.dialect == "sqlite":
            sa.event.listen(store.engine, "connect", lambda dbapi_conn, _record: dbapi_conn.setlimit(
                sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999))
            store.engine.dispose()
        bench_incremental.store_articles(store, [i for i in inputs if (i.original_article_id or i.article_id) in first])
        link_store(store)
        bench_incremental.store_articles(
            store, [i for i in inputs if (i.original_article_id or i.article_id) not in first])
        summary = link_store(store)
        assert summary.mode == "incremental" and summary.mentions_added > 999
        assert_equals_rebuild(store)
