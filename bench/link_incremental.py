"""Incremental linking benchmark: add new articles to a store of already-linked mentions, versus a full re-link.

Builds an SQLite store with N synthetic mentions (the generator of bench/link.py: realistic spread of dates,
places, actors, outlets, syndicated copies and same-day hard cases), links it, then stores the articles of M more
mentions (random articles of the same synthetic world, so most report events already in the store) and times:

- the incremental link of those M mentions (what `marsad run` does after ingesting them),
- a full rebuild of the same store (`marsad link --rebuild`),

checks that both give the same events, incidents and mention links, and prints how much of the store the
incremental pass read and rewrote. It also prints what two steps of the pass cost: the store totals every pass
reports (`persist._totals`, also all an empty pass does: a watcher links after every poll) and the search for
stored events near the changed ones (`state.nearby_events`, with the number of SQL statements it ran).

    python bench/link_incremental.py [--n 100000] [--new 1000] [--seed 7] [--db PATH]
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa

from marsad.link import LinkInput, incremental, persist
from marsad.link.persist import link_store
from marsad.store import MENTION_COLUMNS, Store, now_iso, schema

_SPEC = importlib.util.spec_from_file_location("bench_link", Path(__file__).with_name("link.py"))
bench_link = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(bench_link)  # type: ignore[union-attr]


def article_rows(inputs: Sequence[LinkInput]) -> tuple[list[dict], list[dict]]:
    """Articles rows and mention rows for synthetic inputs (a syndicated copy is stored uncoded, as ingestion
    stores it, and lists under its original)."""
    stamp = now_iso()
    articles: dict[str, dict] = {}
    mentions: list[dict] = []
    per_article: dict[str, int] = defaultdict(int)
    for item in inputs:
        copy = item.original_article_id is not None
        if item.article_id not in articles:
            articles[item.article_id] = {
                "id": item.article_id, "source": f"synthetic/{item.article_id}", "input_format": "text",
                "content_type": "text", "encoding": "utf-8", "raw_sha256": item.article_id,
                "text_sha256": item.article_id, "url": None, "canonical_url": None, "outlet": item.outlet,
                "title": None, "byline": None, "dateline": None, "published": item.published,
                "published_from": "input", "language": "ar", "language_score": 1.0,
                "status": "duplicate" if copy else "ok", "duplicate_of": item.original_article_id,
                "similarity": 0.95 if copy else None, "n_chars": 1, "source_text": "-", "clean_text": "-",
                "segments": "[]", "removed": "[]", "run_id": None, "ingested_at": stamp, "updated_at": stamp,
            }
        if copy:
            continue
        per_article[item.article_id] += 1
        n = per_article[item.article_id]
        row = {name: getattr(item.mention, name) for name in MENTION_COLUMNS}
        row.update(id=f"{item.article_id}#{n}", article_id=item.article_id, n=n, figures="[]", evidence="[]",
                   coder_version="synthetic", created_at=stamp, explanation="", confidence=1.0)
        mentions.append(row)
    return list(articles.values()), mentions


def store_articles(store: Store, inputs: Sequence[LinkInput]) -> None:
    """Write synthetic articles and mentions and queue them for linking, in one transaction."""
    articles, mentions = article_rows(inputs)
    with store.transaction() as conn:
        for table, rows in ((schema.articles, articles), (schema.mentions, mentions)):
            for start in range(0, len(rows), 5000):
                conn.execute(table.insert(), rows[start:start + 5000])
        store.queue_link(conn, sorted({row["id"] for row in articles}))


def snapshot(store: Store) -> dict[str, list[tuple]]:
    """Events, incidents and mention links as comparable rows (without linked_at)."""
    found = {}
    with store.engine.connect() as conn:
        for table in (schema.events, schema.incidents, schema.mention_links):
            rows = conn.execute(sa.select(table)).mappings()
            found[table.name] = sorted(tuple(v for k, v in row.items() if k != "linked_at") for row in rows)
    return found


def split_by_article(inputs: list[LinkInput], new: int, seed: int) -> tuple[list[LinkInput], list[LinkInput]]:
    """(base, new): random whole articles holding about `new` mentions; copies stay with their originals."""
    story: dict[str, list[LinkInput]] = defaultdict(list)
    for item in inputs:
        story[item.original_article_id or item.article_id].append(item)
    stories = sorted(story)
    random.Random(seed).shuffle(stories)
    chosen, count = set(), 0
    for key in stories:
        if count >= new:
            break
        chosen.add(key)
        count += len(story[key])
    base = [i for i in inputs if (i.original_article_id or i.article_id) not in chosen]
    added = [i for i in inputs if (i.original_article_id or i.article_id) in chosen]
    return base, added


class StepTimes:
    """Wall time and SQL statements of the totals and of the nearby-events search, while `watch` is active."""

    def __init__(self, engine: sa.Engine) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self.statements: dict[str, int] = defaultdict(int)
        self._step: str | None = None
        sa.event.listen(engine, "before_cursor_execute", self._count)

    def _count(self, *args, **kwargs) -> None:
        if self._step is not None:
            self.statements[self._step] += 1

    def wrap(self, step: str, function):
        def timed(*args, **kwargs):
            self._step, started = step, time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[step] += time.perf_counter() - started
                self.calls[step] += 1
                self._step = None
        return timed

    def watch(self) -> None:
        persist._totals = self.wrap("totals", persist._totals)
        incremental.nearby_events = self.wrap("nearby_events", incremental.nearby_events)

    def line(self, step: str) -> str:
        return (f"{step}: {self.seconds[step] * 1000:.1f} ms in {self.calls[step]} calls, "
                f"{self.statements[step]:,} SQL statements")


def empty_pass_ms(store: Store, repeat: int = 7) -> float:
    """Median wall time of a link with nothing queued (what a watcher pays after every poll)."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        assert link_store(store).mentions_added == 0
        times.append(time.perf_counter() - started)
    return sorted(times)[len(times) // 2] * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="mentions already linked in the store")
    parser.add_argument("--new", type=int, default=1_000, help="mentions added")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", help="SQLite file or PostgreSQL URL (default: a temporary SQLite file)")
    args = parser.parse_args(argv)

    inputs, _ = bench_link.generate(args.n + args.new, args.seed)
    base, added = split_by_article(inputs, args.new, args.seed)
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or str(Path(folder) / "link.db")
        with Store.open(db) as store:
            started = time.perf_counter()
            store_articles(store, base)
            print(f"stored {len(base):,} mentions in {time.perf_counter() - started:.1f} s")
            first = link_store(store)
            print(f"first link (rebuild, {first.reason}): {first.mentions:,} mentions -> {first.events:,} events, "
                  f"{first.incidents:,} incidents in {first.seconds:.1f} s")

            print(f"empty link pass (nothing queued): {empty_pass_ms(store):.1f} ms (median of 7)")
            store_articles(store, added)
            steps = StepTimes(store.engine)
            steps.watch()
            cpu = time.process_time()
            step = link_store(store)
            step_cpu = time.process_time() - cpu
            print(f"incremental: +{step.mentions_added:,} mentions in {step.seconds:.2f} s ({step_cpu:.2f} s CPU); "
                  f"read {step.mentions_loaded:,} stored mentions "
                  f"({step.mentions_loaded / max(1, first.mentions):.1%}), "
                  f"wrote {step.events_written:,} events (removed {step.events_removed:,}) and "
                  f"{step.incidents_written:,} incidents")
            print(f"  of which {steps.line('totals')}; {steps.line('nearby_events')}")
            incremental_result = snapshot(store)

            cpu = time.process_time()
            full = link_store(store, rebuild=True)
            full_cpu = time.process_time() - cpu
            print(f"full re-link: {full.mentions:,} mentions in {full.seconds:.1f} s ({full_cpu:.1f} s CPU; "
                  f"incremental is {full.seconds / max(step.seconds, 1e-9):.0f}x faster)")
            same = snapshot(store) == incremental_result
            print(f"incremental result == full re-link: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
