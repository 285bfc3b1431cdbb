"""The link store's totals, kept by each pass (migration 8), and the batched search for stored events near the
events a pass changes; on SQLite and PostgreSQL."""

from __future__ import annotations

import importlib.util
import math
import random
from dataclasses import fields, replace
from pathlib import Path

import sqlalchemy as sa

from marsad.link.persist import link_store
from marsad.link.records import LinkedEvent
from marsad.link.state import NEARBY_PROBES_PER_STATEMENT, count_link_totals, nearby_events, read_link_totals
from marsad.store import Store, migrations, schema

BENCH = Path(__file__).resolve().parents[1] / "bench" / "link_incremental.py"
_spec = importlib.util.spec_from_file_location("bench_link_incremental", BENCH)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

TOTAL_FIELDS = ("mentions", "events", "incidents", "multi_source_events", "events_with_conflicts")


def crowded(n: int, seed: int):
    """Synthetic multi-outlet reports squeezed into one country and three weeks, so that new reports join stored
    events and incidents, sources add up and figures conflict."""
    inputs, _ = bench.bench_link.generate(n, seed)
    rng = random.Random(seed)
    for item in inputs:
        m = item.mention
        m.country, m.iso = "Country00", "X00"
        m.event_date = f"2021-03-{rng.randint(1, 21):02d}"
        if m.latitude is not None:
            m.latitude, m.longitude = 33.0 + rng.uniform(0, 0.4), 36.0 + rng.uniform(0, 0.4)
        m.admin1 = rng.choice(["Country00-A00", "Country00-A01"])
    return inputs


def summary_totals(summary) -> dict[str, int]:
    return {name: getattr(summary, name) for name in TOTAL_FIELDS}


def counted(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return count_link_totals(conn)


def test_link_totals_equal_a_full_count_after_every_pass(db_url):
    inputs = crowded(700, 5)
    stories = sorted({item.original_article_id or item.article_id for item in inputs})
    rng = random.Random(5)
    rng.shuffle(stories)
    cuts = sorted(rng.sample(range(1, len(stories)), 3))
    with Store.open(db_url) as store:
        for start, end in zip([0, *cuts], [*cuts, len(stories)]):
            chosen = set(stories[start:end])
            bench.store_articles(store, [i for i in inputs if (i.original_article_id or i.article_id) in chosen])
            summary = link_store(store)
            assert summary_totals(summary) == counted(store), summary.mode
        originals = sorted({i.article_id for i in inputs if i.original_article_id is None})
        with store.transaction() as conn:
            for article_id in originals[:25]:
                mentions = [replace(i.mention, fatalities=(i.mention.fatalities or 0) + 9, actor2=None)
                            for i in inputs if i.article_id == article_id]
                store.replace_coding(conn, article_id, mentions, [], "test")
            for article_id in originals[25:40]:
                store.delete_coding(conn, article_id)
        summary = link_store(store)
        assert summary.mode == "incremental" and summary.mentions_removed > 0
        assert summary_totals(summary) == counted(store)
        # the check means something: the store has multi-source and conflicting events
        assert summary.multi_source_events > 10 and summary.events_with_conflicts > 0
        rebuilt = link_store(store, rebuild=True)
        assert summary_totals(rebuilt) == counted(store) == summary_totals(summary)


def test_an_empty_link_pass_reads_the_kept_totals_not_the_linked_rows(db_url):
    with Store.open(db_url) as store:
        bench.store_articles(store, crowded(200, 6))
        linked = link_store(store)
        statements: list[str] = []
        sa.event.listen(store.engine, "before_cursor_execute",
                        lambda conn, cursor, statement, *args: statements.append(statement))
        again = link_store(store)
        assert (again.mode, again.mentions_added) == ("incremental", 0)
        assert summary_totals(again) == summary_totals(linked)
        read = " ".join(statements).lower()
        for table in ("events", "incidents", "link_mentions"):
            assert f"from {table}" not in read.replace('"', ""), f"an empty pass read {table}"


def test_a_linked_version_7_store_upgrades_with_its_totals_counted(db_url):
    with Store.open(db_url) as store:
        bench.store_articles(store, crowded(300, 7))
        link_store(store)
        expected = counted(store)
        with store.engine.begin() as conn:  # back to what a version 7 store holds
            schema.set_aside_mentions.drop(conn)
            schema.link_totals.drop(conn)
            conn.execute(schema.schema_migrations.delete().where(schema.schema_migrations.c.version >= 8))
    with Store.open(db_url) as upgraded:
        assert upgraded.schema_version() == migrations.LATEST_VERSION
        with upgraded.engine.connect() as conn:
            assert read_link_totals(conn) == expected
        assert summary_totals(link_store(upgraded)) == expected


# -- stored events near an event -----------------------------------------------------------------------------

_EVENT_FIELDS = {f.name for f in fields(LinkedEvent)}
PROBE = {"country": "Syria", "event_date": "2024-02-14", "latitude": 36.50, "longitude": 40.70,
         "admin1": "Al-Hasakah", "admin2": "Al-Hasakah"}
KM_PER_DEGREE_LON = 111.2 * math.cos(math.radians(36.5))

# (stored event's difference from the probe, found near it?) with a 3-day gap and 25 km
NEARBY_ROWS = [
    ({}, True),
    ({"latitude": 36.50 + 20 / 111.2}, True),  # 20 km north
    ({"longitude": 40.70 + 24 / KM_PER_DEGREE_LON, "admin2": "Al-Malikiyah"}, True),  # 24 km east, in the box
    ({"latitude": 36.50 + 60 / 111.2, "admin2": "Qamishli"}, False),  # 60 km north, another district
    ({"latitude": 36.50 + 60 / 111.2}, True),  # 60 km north, the same district
    ({"latitude": None, "longitude": None}, True),  # no point: found through its district
    ({"latitude": None, "longitude": None, "admin2": None}, False),
    ({"event_date": "2024-02-17"}, True),  # three days later
    ({"event_date": "2024-02-11"}, True),
    ({"event_date": "2024-02-18"}, False),  # four days later
    ({"event_date": "2024-02"}, True),  # a month-precision date stands for the 15th
    ({"event_date": "2024-01"}, False),
    ({"event_date": None}, False),
    ({"country": "Iraq"}, False),
]


def linked_event(event_id: str, **values) -> LinkedEvent:
    defaults = {name: None for name in _EVENT_FIELDS}
    defaults.update(event_id=event_id, mention_ids=(), article_ids=(), source_article_ids=(), outlets=(),
                    event_type="Battles", sub_event_type="Armed clash", counts={}, figures=(), conflicts=())
    return LinkedEvent(**{**defaults, **values})


def event_table_row(event_id: str, **values) -> dict:
    row = {column.name: None for column in schema.events.c}
    row.update(id=event_id, event_type="Battles", sub_event_type="Armed clash", sources=1, outlets="[]",
               mention_ids="[]", article_ids="[]", counts="{}", figures="[]", conflicts="[]", n_conflicts=0,
               linked_at="2024-03-01T00:00:00")
    row.update(values)
    return row


def test_nearby_events_finds_stored_events_within_the_gap_and_the_distance_or_the_district(db_url):
    with Store.open(db_url) as store:
        with store.engine.begin() as conn:
            conn.execute(schema.events.insert(),
                         [event_table_row(f"row{n:02d}", **{**PROBE, **change}) for n, (change, _) in
                          enumerate(NEARBY_ROWS)])
        with store.engine.connect() as conn:
            found = nearby_events(conn, [linked_event("probe", **PROBE)], 3, 25.0)["probe"]
    expected = {f"row{n:02d}" for n, (_, near) in enumerate(NEARBY_ROWS) if near}
    assert sorted(found) == sorted(expected)


def test_nearby_events_looks_up_many_events_per_statement(db_url):
    # 45 events around one town from 10 to 18 February
    events = [linked_event(f"e{n:02d}", **{**PROBE, "event_date": f"2024-02-{10 + n % 9:02d}",
                                           "latitude": 36.50 + n * 0.001}) for n in range(45)]
    with Store.open(db_url) as store:
        with store.engine.begin() as conn:
            conn.execute(schema.events.insert(), [event_table_row(e.event_id, **{
                name: getattr(e, name) for name in ("country", "event_date", "latitude", "longitude", "admin1",
                                                    "admin2")}) for e in events])
        statements: list[str] = []
        sa.event.listen(store.engine, "before_cursor_execute",
                        lambda conn, cursor, statement, *args: statements.append(statement))
        with store.engine.connect() as conn:
            found = nearby_events(conn, events, 3, 25.0)
    for event in events:
        day = int(event.event_date[-2:])
        assert found[event.event_id] == {e.event_id for e in events
                                         if e is not event and abs(int(e.event_date[-2:]) - day) <= 3}
    # one lookup of each event's dates, one of the month when the 15th is within three days: 45 + 35 lookups
    lookups = len(events) + sum(1 for e in events if 12 <= int(e.event_date[-2:]) <= 18)
    assert len(statements) == math.ceil(lookups / NEARBY_PROBES_PER_STATEMENT) == 4
