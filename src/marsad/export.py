"""Writing stored records out: JSONL (full records) and CSV (flat columns), per level.

Exporters are registered by (level, format) in `EXPORTERS`; later stages register their own levels
(mentions, events, incidents) and formats the same way the built-in article exporters are registered.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from typing import IO

from marsad.errors import UsageError
from marsad.store import Store

ARTICLE_CSV_COLUMNS = (
    "id",
    "status",
    "duplicate_of",
    "similarity",
    "language",
    "outlet",
    "title",
    "byline",
    "dateline",
    "published",
    "published_from",
    "url",
    "canonical_url",
    "source",
    "input_format",
    "encoding",
    "n_chars",
    "ingested_at",
    "text",
)

Exporter = Callable[[Store, IO[str], dict], int]
EXPORTERS: dict[tuple[str, str], Exporter] = {}


def register_exporter(level: str, fmt: str) -> Callable[[Exporter], Exporter]:
    def decorate(function: Exporter) -> Exporter:
        EXPORTERS[(level, fmt)] = function
        return function

    return decorate


def _iter_articles(store: Store, filters: dict, page_size: int = 500) -> Iterator[dict]:
    offset = 0
    while True:
        page = store.list_articles(limit=page_size, offset=offset, with_text=True, **filters)
        yield from page
        if len(page) < page_size:
            return
        offset += page_size


def _article_json(row: dict) -> dict:
    record = {key: value for key, value in row.items() if key not in ("clean_text", "source_text")}
    record["text"] = row["clean_text"]
    record["source_text"] = row["source_text"]
    return record


@register_exporter("articles", "jsonl")
def export_articles_jsonl(store: Store, out: IO[str], filters: dict) -> int:
    count = 0
    for row in _iter_articles(store, filters):
        out.write(json.dumps(_article_json(row), ensure_ascii=False) + "\n")
        count += 1
    return count


@register_exporter("articles", "csv")
def export_articles_csv(store: Store, out: IO[str], filters: dict) -> int:
    writer = csv.DictWriter(out, fieldnames=ARTICLE_CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in _iter_articles(store, filters):
        writer.writerow({**row, "text": row["clean_text"]})
        count += 1
    return count


ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
MENTION_EXTRA_COLUMNS = ("article_id", "mention_id", "evidence", "figures", "claims", "confidence", "explanation")
_ARTICLE_FILTERS = ("status", "outlet", "since", "until")
_MENTION_FILTERS = ("event_type", "country", "admin1", "actor", "since", "until", "article_id")


def _iter_mentions(store: Store, filters: dict, page_size: int = 1000) -> Iterator[dict]:
    wanted = {k: v for k, v in filters.items() if k in _MENTION_FILTERS}
    offset = 0
    while True:
        page = store.list_mentions(limit=page_size, offset=offset, **wanted)
        yield from page
        if len(page) < page_size:
            return
        offset += page_size


def _interaction(inter1: int | None, inter2: int | None) -> int | None:
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def acled_columns(record: dict, *, record_id: str, notes: str, source: str | None, timestamp: str | None) -> dict:
    """ACLED's 31 columns, in order, from a mention or a linked event."""
    date = record["event_date"]
    return {
        "event_id_cnty": f"{record.get('iso') or 'XX'}-{record_id}",
        "event_date": date,
        "year": date[:4] if date else None,
        "time_precision": record["time_precision"],
        "disorder_type": record["disorder_type"],
        "event_type": record["event_type"],
        "sub_event_type": record["sub_event_type"],
        "actor1": record["actor1"],
        "assoc_actor_1": record["assoc_actor_1"],
        "inter1": record["inter1"],
        "actor2": record["actor2"],
        "assoc_actor_2": record["assoc_actor_2"],
        "inter2": record["inter2"],
        "interaction": _interaction(record["inter1"], record["inter2"]),
        "civilian_targeting": record["civilian_targeting"],
        "iso": record["iso"],
        "region": None,
        "country": record["country"],
        "admin1": record["admin1"],
        "admin2": record["admin2"],
        "admin3": None,
        "location": record["location"],
        "latitude": record["latitude"],
        "longitude": record["longitude"],
        "geo_precision": record["geo_precision"],
        "source": source,
        "source_scale": None,
        "notes": notes,
        "fatalities": record["fatalities"],
        "tags": None,
        "timestamp": timestamp,
    }


def acled_row(mention: dict, claims: list[dict]) -> dict:
    """A mention as ACLED's 31 columns, then marsad's provenance columns."""
    row = acled_columns(mention, record_id=mention["id"], notes=mention["explanation"], source=mention.get("outlet"),
                        timestamp=mention["created_at"])
    row.update(
        article_id=mention["article_id"],
        mention_id=mention["id"],
        evidence=mention["evidence"],
        figures=mention["figures"],
        claims=[c for c in claims if c["mention_id"] in (None, mention["id"])],
        confidence=mention["confidence"],
        explanation=mention["explanation"],
    )
    return row


def _claims_by_article(store: Store) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for claim in store.claims_of():
        grouped.setdefault(claim["article_id"], []).append(claim)
    return grouped


@register_exporter("mentions", "jsonl")
def export_mentions_jsonl(store: Store, out: IO[str], filters: dict) -> int:
    claims = _claims_by_article(store)
    count = 0
    for mention in _iter_mentions(store, filters):
        row = acled_row(mention, claims.get(mention["article_id"], []))
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


@register_exporter("mentions", "csv")
def export_mentions_csv(store: Store, out: IO[str], filters: dict) -> int:
    claims = _claims_by_article(store)
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS + MENTION_EXTRA_COLUMNS)
    writer.writeheader()
    count = 0
    for mention in _iter_mentions(store, filters):
        row = acled_row(mention, claims.get(mention["article_id"], []))
        for key in ("evidence", "figures", "claims"):
            row[key] = json.dumps(row[key], ensure_ascii=False)
        writer.writerow(row)
        count += 1
    return count


EVENT_EXTRA_COLUMNS = ("fatalities_low", "fatalities_best", "fatalities_high", "sources", "source_urls",
                       "incident_id", "conflicts")
_EVENT_FILTERS = ("since", "until", "country", "admin1", "admin2", "event_type", "sub_event_type", "actor",
                  "incident", "min_fatalities", "has_conflicts", "bbox", "text")


def _iter_events(store: Store, filters: dict, page_size: int = 1000) -> Iterator[dict]:
    wanted = {k: v for k, v in filters.items() if k in _EVENT_FILTERS}
    offset = 0
    while True:
        page = store.list_events(limit=page_size, offset=offset, order="event_date", **wanted)
        yield from page
        if len(page) < page_size:
            return
        offset += page_size


def acled_event_row(store: Store, event: dict) -> dict:
    """A linked event as ACLED's 31 columns, then marsad's reconciliation and provenance columns."""
    row = acled_columns(event, record_id=event["id"], notes=_event_notes(event), source="; ".join(event["outlets"]),
                        timestamp=event["linked_at"])
    row["source_scale"] = "Multiple" if event["sources"] > 1 else "Single"
    row.update(
        fatalities_low=event["fatalities_low"],
        fatalities_best=event["fatalities_best"],
        fatalities_high=event["fatalities_high"],
        sources=event["sources"],
        source_urls=store.source_urls(event["article_ids"]),
        incident_id=event["incident_id"],
        conflicts=event["conflicts"],
    )
    return row


def _event_notes(event: dict) -> str:
    killed = event["counts"].get("killed")
    parts = [f"{event['sources']} source(s): {', '.join(event['outlets'])}"]
    if killed and len(killed["timeline"]) > 1:
        toll = "; ".join(f"{c['report_date'] or '?'} {c['outlet'] or c['source_article_id']}: {c['coded']}"
                         for c in killed["timeline"])
        parts.append(f"reported tolls: {toll}")
    if event["conflicts"]:
        parts.append("conflicting reports on " + ", ".join(c["field"] for c in event["conflicts"]))
    return ". ".join(parts)


@register_exporter("events", "csv")
def export_events_csv(store: Store, out: IO[str], filters: dict) -> int:
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS + EVENT_EXTRA_COLUMNS)
    writer.writeheader()
    count = 0
    for event in _iter_events(store, filters):
        row = acled_event_row(store, event)
        row["source_urls"] = " ".join(row["source_urls"])
        row["conflicts"] = json.dumps(row["conflicts"], ensure_ascii=False, default=str)
        writer.writerow(row)
        count += 1
    return count


def event_record(store: Store, event: dict) -> dict:
    """The full record of a linked event: coded fields, sources, figures timeline, conflicts, mention evidence."""
    mentions = store.mentions_of_event(event["id"])
    return {
        **event,
        "source_urls": store.source_urls(event["article_ids"]),
        "mentions": [
            {key: mention[key] for key in ("id", "article_id", "outlet", "url", "published", "event_type",
                                           "sub_event_type", "event_date", "location", "actor1", "actor2",
                                           "fatalities", "evidence", "figures", "explanation", "confidence")}
            for mention in mentions
        ],
        "claims": [c for article_id in event["article_ids"] for c in store.claims_of(article_id)],
    }


@register_exporter("events", "jsonl")
def export_events_jsonl(store: Store, out: IO[str], filters: dict) -> int:
    count = 0
    for event in _iter_events(store, filters):
        out.write(json.dumps(event_record(store, event), ensure_ascii=False, default=str) + "\n")
        count += 1
    return count


@register_exporter("events", "geojson")
def export_events_geojson(store: Store, out: IO[str], filters: dict) -> int:
    """A FeatureCollection of the events that have a point (country-only events have none, as in ACLED)."""
    out.write('{"type":"FeatureCollection","features":[')
    count = 0
    for event in _iter_events(store, filters):
        if event["latitude"] is None or event["longitude"] is None:
            continue
        properties = acled_event_row(store, event)
        properties["conflicts"] = len(event["conflicts"])
        feature = {"type": "Feature", "id": event["id"],
                   "geometry": {"type": "Point", "coordinates": [event["longitude"], event["latitude"]]},
                   "properties": properties}
        out.write(("," if count else "") + json.dumps(feature, ensure_ascii=False, default=str))
        count += 1
    out.write("]}\n")
    return count


def _write_parquet(rows: list[dict], out: IO) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if "b" not in getattr(out, "mode", ""):
        raise UsageError("Parquet is binary: write it to a file with --output FILE.parquet")
    table = pa.Table.from_pylist([
        {k: json.dumps(v, ensure_ascii=False, default=str) if isinstance(v, (list, dict)) else v
         for k, v in row.items()} for row in rows
    ])
    pq.write_table(table, out)


@register_exporter("events", "parquet")
def export_events_parquet(store: Store, out: IO[str], filters: dict) -> int:
    rows = [acled_event_row(store, event) for event in _iter_events(store, filters)]
    _write_parquet(rows, out)
    return len(rows)


def _incident_rows(store: Store, filters: dict) -> list[dict]:
    wanted = {k: v for k, v in filters.items() if k in ("country", "since", "until")}
    return store.list_incidents(limit=None, **wanted)


@register_exporter("incidents", "jsonl")
def export_incidents_jsonl(store: Store, out: IO[str], filters: dict) -> int:
    count = 0
    for incident in _incident_rows(store, filters):
        incident["events"] = [store.get_event(event_id) for event_id in incident["event_ids"]]
        out.write(json.dumps(incident, ensure_ascii=False, default=str) + "\n")
        count += 1
    return count


INCIDENT_CSV_COLUMNS = ("id", "first_date", "last_date", "country", "admin1s", "locations", "actors", "event_ids",
                        "sources", "fatalities", "fatalities_low", "fatalities_best", "fatalities_high",
                        "conflicts")


def _flat_incident(incident: dict) -> dict:
    flat = {key: incident[key] for key in INCIDENT_CSV_COLUMNS}
    for key in ("admin1s", "locations", "actors", "event_ids"):
        flat[key] = "; ".join(flat[key])
    flat["conflicts"] = len(incident["conflicts"])
    return flat


@register_exporter("incidents", "csv")
def export_incidents_csv(store: Store, out: IO[str], filters: dict) -> int:
    writer = csv.DictWriter(out, fieldnames=INCIDENT_CSV_COLUMNS)
    writer.writeheader()
    rows = _incident_rows(store, filters)
    for incident in rows:
        writer.writerow(_flat_incident(incident))
    return len(rows)


@register_exporter("incidents", "parquet")
def export_incidents_parquet(store: Store, out: IO[str], filters: dict) -> int:
    rows = [_flat_incident(incident) for incident in _incident_rows(store, filters)]
    _write_parquet(rows, out)
    return len(rows)


@register_exporter("incidents", "geojson")
def export_incidents_geojson(store: Store, out: IO[str], filters: dict) -> int:
    """Each incident as a MultiPoint of its located events."""
    out.write('{"type":"FeatureCollection","features":[')
    count = 0
    for incident in _incident_rows(store, filters):
        events = [store.get_event(event_id) for event_id in incident["event_ids"]]
        points = [[e["longitude"], e["latitude"]] for e in events if e and e["latitude"] is not None]
        if not points:
            continue
        feature = {"type": "Feature", "id": incident["id"], "geometry": {"type": "MultiPoint", "coordinates": points},
                   "properties": _flat_incident(incident)}
        out.write(("," if count else "") + json.dumps(feature, ensure_ascii=False, default=str))
        count += 1
    out.write("]}\n")
    return count


@register_exporter("mentions", "parquet")
def export_mentions_parquet(store: Store, out: IO[str], filters: dict) -> int:
    claims = _claims_by_article(store)
    rows = [acled_row(m, claims.get(m["article_id"], [])) for m in _iter_mentions(store, filters)]
    _write_parquet(rows, out)
    return len(rows)


def export(store: Store, level: str, fmt: str, out: IO[str], filters: dict | None = None) -> int:
    """Write records of `level` in format `fmt` to `out`; return how many were written."""
    exporter = EXPORTERS.get((level, fmt))
    if exporter is None:
        available = ", ".join(f"--level {lv} --format {f}" for lv, f in sorted(EXPORTERS))
        raise UsageError(f"no exporter for --level {level} --format {fmt}; available: {available}")
    filters = filters or {}
    if level == "articles":
        filters = {k: v for k, v in filters.items() if k in _ARTICLE_FILTERS}
    elif level == "mentions":
        filters = {k: v for k, v in filters.items() if k in _MENTION_FILTERS}
    return exporter(store, out, filters)
