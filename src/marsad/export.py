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


def export(store: Store, level: str, fmt: str, out: IO[str], filters: dict | None = None) -> int:
    """Write records of `level` in format `fmt` to `out`; return how many were written."""
    exporter = EXPORTERS.get((level, fmt))
    if exporter is None:
        available = ", ".join(f"--level {lv} --format {f}" for lv, f in sorted(EXPORTERS))
        raise UsageError(f"no exporter for --level {level} --format {fmt}; available: {available}")
    return exporter(store, out, filters or {})
