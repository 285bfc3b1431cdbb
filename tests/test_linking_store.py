"""Linking through the store: the demo's multi-outlet incident, syndicated copies, order independence, exports."""

from __future__ import annotations

import csv
import io
import json

import pytest

from marsad.corpus import corpus_files
from marsad.export import ACLED_COLUMNS, EVENT_EXTRA_COLUMNS, export
from marsad.link.persist import link_store
from marsad.pipeline import Pipeline
from marsad.settings import load_settings
from marsad.store import Store

MAYADIN = ("a_sy_mayadin_attack_furat24", "a_sy_mayadin_attack_khabur", "a_sy_mayadin_attack_sadabadiya",
           "a_sy_mayadin_attack_yasmin")


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("link") / "demo.db")
    with Store.open(db) as store:
        Pipeline(store, load_settings(db=db)).run([str(p) for p in corpus_files()])
    opened = Store.open(db)
    yield opened
    opened.close()


def _incidents_of(store: Store, article_id: str) -> set[str]:
    return {m["incident_id"] for m in store.list_events(limit=None) for _ in [0]
            if article_id in m["article_ids"] and m["incident_id"]}


def test_the_four_outlet_attack_on_al_mayadin_links_into_one_incident(demo_store):
    incidents = [_incidents_of(demo_store, article_id) for article_id in MAYADIN]
    shared = set.intersection(*incidents)
    assert shared, f"the four reports of the Mayadin attack share no incident: {incidents}"
    incident = demo_store.get_incident(sorted(shared)[0])
    assert incident["sources"] >= 4
    assert incident["first_date"] == "2024-02-12"


def test_the_mayadin_incident_keeps_every_reported_toll_in_a_timeline(demo_store):
    incident_id = sorted(set.intersection(*[_incidents_of(demo_store, a) for a in MAYADIN]))[0]
    timeline = demo_store.get_incident(incident_id)["timeline"]
    reported = {claim["coded"] for claim in timeline if claim["counts"] == "killed"}
    assert len(reported) >= 3, timeline  # the first-night toll, the later ones and the final statement
    dates = [claim["report_date"] for claim in timeline if claim["report_date"]]
    assert dates == sorted(dates)


def test_a_syndicated_copy_is_listed_as_a_source_but_counted_once(demo_store):
    copy = demo_store.get_article("a_iq_kirkuk_ied_dijla_syndicated")
    assert copy["status"] == "duplicate"
    events = [e for e in demo_store.list_events(limit=None) if copy["duplicate_of"] in e["article_ids"]]
    assert events
    for event in events:
        assert "a_iq_kirkuk_ied_dijla_syndicated" in event["article_ids"]
        assert event["sources"] == len({a for a in event["article_ids"]} - {"a_iq_kirkuk_ied_dijla_syndicated"})


def test_relinking_the_same_mentions_changes_nothing(demo_store):
    before = [(e["id"], e["incident_id"], e["mention_ids"]) for e in demo_store.list_events(limit=None, order="id")]
    link_store(demo_store)
    after = [(e["id"], e["incident_id"], e["mention_ids"]) for e in demo_store.list_events(limit=None, order="id")]
    assert before == after


def _linked(store: Store) -> dict[str, list]:
    """Every stored event, incident and mention link, without the linked_at stamps."""
    def unstamped(row: dict) -> dict:
        return {k: v for k, v in row.items() if k != "linked_at"}

    events = store.list_events(limit=None, order="id")
    return {
        "events": [unstamped(e) for e in events],
        "incidents": sorted((unstamped(i) for i in store.list_incidents(limit=None)), key=lambda i: i["id"]),
        "links": sorted((m["id"], e["id"]) for e in events for m in store.mentions_of_event(e["id"])),
    }


def test_ingesting_the_corpus_in_another_order_gives_the_same_events(tmp_path, demo_store):
    # one file per run: each run links its article incrementally (the syndicated copy now comes before its original)
    db = str(tmp_path / "reverse.db")
    with Store.open(db) as store:
        pipeline = Pipeline(store, load_settings(db=db))
        for path in sorted(corpus_files(), reverse=True):
            pipeline.run([str(path)])
        reverse = _linked(store)
    assert _linked(demo_store) == reverse


def test_the_acled_csv_export_round_trips_with_the_exact_header(demo_store):
    buffer = io.StringIO()
    written = export(demo_store, "events", "csv", buffer)
    reader = csv.DictReader(io.StringIO(buffer.getvalue()))
    assert tuple(reader.fieldnames) == ACLED_COLUMNS + EVENT_EXTRA_COLUMNS
    rows = list(reader)
    assert len(rows) == written == demo_store.count_events()
    for row in rows:
        assert row["event_date"] == "" or len(row["event_date"]) == 10
        json.loads(row["conflicts"])


def test_geojson_export_has_a_point_for_every_located_event(demo_store):
    buffer = io.StringIO()
    written = export(demo_store, "events", "geojson", buffer)
    collection = json.loads(buffer.getvalue())
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == written
    located = [e for e in demo_store.list_events(limit=None) if e["latitude"] is not None]
    assert written == len(located)


def test_parquet_export_refuses_a_text_stream_with_advice(demo_store):
    from marsad.errors import UsageError

    with pytest.raises(UsageError, match="--output"):
        export(demo_store, "events", "parquet", io.StringIO())


def test_parquet_export_writes_a_readable_table(demo_store, tmp_path):
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    with path.open("wb") as handle:
        written = export(demo_store, "events", "parquet", handle)
    table = pq.read_table(path)
    assert table.num_rows == written
    assert list(table.column_names)[:31] == list(ACLED_COLUMNS)


@pytest.mark.parametrize("lead", ["ghwayran", "aleppo"])
def test_an_article_split_between_two_incidents_goes_with_its_lead_event(lead):
    from marsad.events.model import EventMention
    from marsad.link.persist import incidents_by_article

    def clash(day, place, lat, lon, admin1):
        return EventMention(article_id="", event_type="Battles", sub_event_type="Armed clash", event_date=day,
                            time_precision=1, actor1="Islamic State (ISIS)", actor2="Syrian Democratic Forces (SDF)",
                            country="Syria", admin1=admin1, location=place, latitude=lat, longitude=lon,
                            geo_precision=1)

    ghwayran = clash("2022-01-20", "Ghwayran", 36.4841, 40.7445, "Al-Hasakah")
    aleppo = clash("2022-03-02", "Manbij", 36.5281, 37.9549, "Aleppo")
    roundup = [ghwayran, aleppo] if lead == "ghwayran" else [aleppo, ghwayran]
    found = incidents_by_article({"roundup": roundup, "hawar": [ghwayran], "anha": [aleppo]})
    # one mention in each incident: the article goes with the event it leads with, whatever the incident ids
    assert found["roundup"] == found["hawar" if lead == "ghwayran" else "anha"]
    assert found["hawar"] != found["anha"]
