"""`marsad watch`: poll the configured sources into the store and alert on the events the new articles touch.

    report = run_watch("watch.yaml", "marsad.db", once=True)     # one pass, for cron
    run_watch("watch.yaml", "marsad.db", stop=threading.Event())  # until stop.set()

Each pass: the due sources are polled (`poll_once`); new articles go through the pipeline (clean → code → link)
as one run; the events whose mentions come from those articles are turned into watchlist dicts
(`event_for_watchlists`) and evaluated by the `AlertEngine`; then every due delivery is tried, including the
retries of earlier passes. Fetch state, seen items, alerts and deliveries are kept in the store
(`marsad.watch.storage`), so a restart on the same database neither fetches nor alerts twice.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from marsad.models import RawDocument
from marsad.store import schema
from marsad.watch.alerts import EVENT_FIELDS, Alert, AlertEngine, DeliveryReport
from marsad.watch.channels import build_channels
from marsad.watch.config import load_config
from marsad.watch.fetch import Fetcher
from marsad.watch.poll import FetchedArticle, PollReport, poll_once, watch_forever
from marsad.watch.storage import (
    DbAlertStateStore,
    DbFetchStateStore,
    WatchlistStore,
    create_watch_tables,
)
from marsad.watch.watchlists import Watchlist, load_watchlists, match

if TYPE_CHECKING:
    from marsad.pipeline import Pipeline, RunSummary
    from marsad.settings import Settings
    from marsad.store import Store
    from marsad.text.gazetteer import Gazetteer

# Place kinds that say more about an event than the settlement it is in: preferred when a name is ambiguous.
FACILITY_KINDS = ("prison", "camp", "checkpoint", "base", "airport", "crossing", "oil_field", "port", "dam", "site")


@dataclass(slots=True)
class WatchReport(PollReport):
    """A `PollReport` plus what the pass alerted and delivered."""

    alerts: list[Alert] = field(default_factory=list)
    deliveries: DeliveryReport = field(default_factory=DeliveryReport)
    runs: list[int] = field(default_factory=list)  # pipeline run ids of the ingested batches


def open_watch_store(db: str) -> Store:
    """Open the store with every migration applied, and the watch tables present even before migration 4."""
    # imported here, not at the top, so the store's migrations may import marsad.watch.storage
    from marsad.store import Store

    store = Store.open(db)
    with store.transaction() as conn:
        if not sa.inspect(conn).has_table("alert_deliveries"):
            create_watch_tables(conn)  # checkfirst: also completes a half-created set
    return store


def run_watch(config_path: str | Path, db: str, *, once: bool = False, stop: threading.Event | None = None,
              on_report: Callable[[WatchReport], None] | None = None, settings: Settings | None = None,
              clock: Callable[[], float] = time.time) -> WatchReport | None:
    """Watch the sources of `config_path` into the store `db`; `once=True` makes one pass and returns its report.

    Without `once`, passes repeat until `stop` is set; `on_report` receives each pass's report.
    """
    from marsad.pipeline import Pipeline
    from marsad.settings import load_settings

    config = load_config(config_path)
    settings = settings if settings is not None else load_settings(db=db)
    store = open_watch_store(db)
    try:
        pipeline = Pipeline(store, settings)
        engine = AlertEngine(DbAlertStateStore(store), config.watchlists, build_channels(config), clock=clock)
        state = DbFetchStateStore(store)
        current = WatchReport(started=clock())

        stored_watchlists = WatchlistStore(store)

        def ingest(articles: list[FetchedArticle]) -> None:
            # watchlists managed through the API take effect on the next batch, without a restart
            engine.watchlists = (*config.watchlists, *stored_watchlists.watchlists())
            summary, article_ids = ingest_articles(pipeline, articles)
            current.runs.append(summary.run_id)
            current.alerts.extend(evaluate_articles(store, engine, article_ids, gazetteer=_gazetteer_of(pipeline)))

        def finish(report: PollReport) -> WatchReport:
            nonlocal current
            done = current
            done.started, done.sources = report.started, report.sources
            done.deliveries = engine.deliver()  # also the retries that fell due since the last pass
            current = WatchReport(started=clock())
            return done

        with Fetcher.from_config(config) as fetcher:
            if once:
                report = finish(poll_once(config, state, ingest, fetcher=fetcher, clock=clock))
                if on_report is not None:
                    on_report(report)
                return report

            def after_pass(report: PollReport) -> None:
                finished = finish(report)
                if on_report is not None:
                    on_report(finished)

            watch_forever(config, state, ingest, stop=stop, fetcher=fetcher, on_report=after_pass, clock=clock)
            return None
    finally:
        store.close()


def ingest_articles(pipeline: Pipeline, articles: Sequence[FetchedArticle]) -> tuple[RunSummary, list[str]]:
    """Run fetched articles through the pipeline as one run; returns its summary and the article ids."""
    documents = [article.to_raw_document() for article in articles]
    return run_documents(pipeline, documents, command="watch"), [document.doc_id for document in documents]


def run_documents(pipeline: Pipeline, documents: Sequence[RawDocument], *, command: str = "watch") -> RunSummary:
    """Run in-memory documents through `pipeline` (clean → code → link); an unchanged refetch is skipped."""
    return pipeline.run_documents(documents, command=command)


def events_of_articles(store: Store, article_ids: Iterable[str]) -> list[dict]:
    """The linked events that have a mention from one of `article_ids` (store rows, by id)."""
    ids = sorted(set(article_ids))
    if not ids:
        return []
    m, links = schema.mentions, schema.mention_links
    query = (sa.select(links.c.event_id).distinct().join(m, m.c.id == links.c.mention_id)
             .where(m.c.article_id.in_(ids)).order_by(links.c.event_id))
    with store.engine.connect() as conn:
        event_ids = [event_id for (event_id,) in conn.execute(query)]
    events = (store.get_event(event_id) for event_id in event_ids)
    return [event for event in events if event is not None]


def evaluate_articles(store: Store, engine: AlertEngine, article_ids: Iterable[str], *,
                      gazetteer: Gazetteer | None = None) -> list[Alert]:
    """Record the alerts (new and updates) for the events touched by `article_ids`; delivery is separate."""
    events = [event_for_watchlists(store, row, gazetteer=gazetteer) for row in events_of_articles(store, article_ids)]
    return engine.evaluate(events)


def event_for_watchlists(store: Store, event_row: dict, *, gazetteer: Gazetteer | None = None) -> dict[str, Any]:
    """The dict watchlists and alerts read (`EVENT_FIELDS`) for an `events` row.

    `evidence_text` joins the evidence of the event's mentions (each sentence once); `place_kind` is the
    gazetteer kind of the place the mentions name (prison, camp, ..., or city, town ...), or None.
    """
    mentions = store.mentions_of_event(event_row["id"])
    event = {name: event_row.get(name) for name in EVENT_FIELDS}
    event["conflicts"] = list(event_row.get("conflicts") or [])
    event["evidence_text"] = _evidence_text(mentions)
    event["place_kind"] = place_kind(mentions, event_row.get("location"),
                                     gazetteer if gazetteer is not None else default_gazetteer())
    return event


def place_kind(mentions: Sequence[dict], location: str | None, gazetteer: Gazetteer) -> str | None:
    """Kind of the place the mentions name: their location surfaces first, then the event's location name."""
    names = [span.get("text") for mention in mentions for span in mention.get("evidence") or []
             if span.get("field") == "location"]
    names += [mention.get("location") for mention in mentions] + [location]
    for name in dict.fromkeys(n for n in names if n):
        # an event location reads "Ghwayran prison, Al-Hasakah": the place itself comes first
        for candidate in dict.fromkeys((name, name.split(",")[0])):
            places = gazetteer.lookup(candidate.strip())
            if places:
                facility = next((p for p in places if p.kind in FACILITY_KINDS), None)
                return (facility or places[0]).kind
    return None


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    from marsad.text.gazetteer import Gazetteer

    return Gazetteer.load()


def _gazetteer_of(pipeline: Pipeline) -> Gazetteer:
    # the coder has the gazetteer loaded already; loading a second copy costs a second
    places = getattr(pipeline.coder, "places", None)
    return getattr(places, "gazetteer", None) or default_gazetteer()


def _evidence_text(mentions: Sequence[dict]) -> str:
    texts: list[str] = []
    for mention in mentions:
        spans = sorted(mention.get("evidence") or [], key=lambda span: span.get("field") != "sentence")
        for span in spans:
            text = (span.get("text") or "").strip()
            if text and not any(text in kept for kept in texts):
                texts.append(text)
    return "\n".join(texts)


# -- for the CLI: `marsad alerts`, `marsad watchlist test FILE` ---------------------------------------------


def list_alerts(store: Store, *, limit: int = 50) -> dict[str, Any]:
    """The newest alerts with their delivery states, as `{"data": [...], "count": N}` (N: all alerts)."""
    alerts = DbAlertStateStore(store)
    data = []
    for alert in alerts.recent_alerts(limit):
        row = alert.to_dict()
        row["deliveries"] = [{"channel": d.channel, "status": d.status, "attempts": d.attempts,
                              "last_error": d.last_error, "next_attempt": d.next_attempt,
                              "delivered_at": d.delivered_at} for d in alerts.deliveries(alert.key)]
        data.append(row)
    return {"data": data, "count": alerts.count_alerts()}


def try_watchlists(store: Store, watchlists: str | Path | Sequence[Watchlist], *, limit: int | None = 1000,
                   **filters: Any) -> dict[str, Any]:
    """Which stored events (newest first, `limit` of them, store filters allowed) a watchlist file matches,
    and why; nothing is recorded or sent. Returns `{"data": [...], "count": N, "checked": M}`."""
    if isinstance(watchlists, (str, Path)):
        watchlists = load_watchlists(watchlists)
    rows = store.list_events(limit=limit, **filters)
    gazetteer = default_gazetteer()
    data = []
    for row in rows:
        event = event_for_watchlists(store, row, gazetteer=gazetteer)
        for watchlist in watchlists:
            result = match(watchlist, event)
            if result:
                data.append({"watchlist": watchlist.name, "severity": watchlist.severity, "event_id": event["id"],
                             "reasons": list(result.reasons), "event": event})
    return {"data": data, "count": len(data), "checked": len(rows)}
