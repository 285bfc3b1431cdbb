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


def acled_row(mention: dict, claims: list[dict]) -> dict:
    """A mention as ACLED's 31 columns, then marsad's provenance columns."""
    date = mention["event_date"]
    notes = mention["explanation"]
    row = {
        "event_id_cnty": f"{mention['iso'] or 'XX'}-{mention['id']}",
        "event_date": date,
        "year": date[:4] if date else None,
        "time_precision": mention["time_precision"],
        "disorder_type": mention["disorder_type"],
        "event_type": mention["event_type"],
        "sub_event_type": mention["sub_event_type"],
        "actor1": mention["actor1"],
        "assoc_actor_1": mention["assoc_actor_1"],
        "inter1": mention["inter1"],
        "actor2": mention["actor2"],
        "assoc_actor_2": mention["assoc_actor_2"],
        "inter2": mention["inter2"],
        "interaction": _interaction(mention["inter1"], mention["inter2"]),
        "civilian_targeting": mention["civilian_targeting"],
        "iso": mention["iso"],
        "region": None,
        "country": mention["country"],
        "admin1": mention["admin1"],
        "admin2": mention["admin2"],
        "admin3": None,
        "location": mention["location"],
        "latitude": mention["latitude"],
        "longitude": mention["longitude"],
        "geo_precision": mention["geo_precision"],
        "source": mention.get("outlet"),
        "source_scale": None,
        "notes": notes,
        "fatalities": mention["fatalities"],
        "tags": None,
        "timestamp": mention["created_at"],
        "article_id": mention["article_id"],
        "mention_id": mention["id"],
        "evidence": mention["evidence"],
        "figures": mention["figures"],
        "claims": [c for c in claims if c["mention_id"] in (None, mention["id"])],
        "confidence": mention["confidence"],
        "explanation": mention["explanation"],
    }
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


def export(store: Store, level: str, fmt: str, out: IO[str], filters: dict | None = None) -> int:
    """Write records of `level` in format `fmt` to `out`; return how many were written."""
    exporter = EXPORTERS.get((level, fmt))
    if exporter is None:
        available = ", ".join(f"--level {lv} --format {f}" for lv, f in sorted(EXPORTERS))
        raise UsageError(f"no exporter for --level {level} --format {fmt}; available: {available}")
    filters = filters or {}
    if level == "articles":
        filters = {k: v for k, v in filters.items() if k in _ARTICLE_FILTERS}
    return exporter(store, out, filters)
