"""The polling loop: `poll_once` makes one pass over the sources that are due; `watch_forever` repeats it.

A pass over one source: conditional GET of the feed or sitemap → items not seen before (at most
`fetch.max_items_per_poll`) → each item's article page → `ingest(articles)` → remember the items as seen and the
feed's validators. Validators (ETag, Last-Modified) are saved only when every new item was dealt with, so a 304
can never hide an item that still has to be fetched. Nothing a source does (errors, timeouts, garbage) escapes a
pass: the source is backed off exponentially, up to `fetch.failure_backoff_max`, and reported.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from marsad.models import RawDocument
from marsad.watch.config import SourceConfig, WatchConfig
from marsad.watch.fetch import Fetcher, FetchError
from marsad.watch.sources import FeedItem, Listing, SourceFormatError, parse_listing
from marsad.watch.state import FetchStateStore, SourceState

log = logging.getLogger("marsad.watch")

MAX_CHILD_SITEMAPS = 5  # of a sitemap index, the most recently modified children are read each pass
_GIVE_UP_AT_ONCE = frozenset({"robots", "refused", "too-large", "encoding", "redirects"})


@dataclass(slots=True)
class FetchedArticle:
    """One new article page (or, when the page could not be had, the feed's own copy of it)."""

    url: str  # the item's link
    final_url: str  # after redirects
    source_url: str  # the feed or sitemap that listed it
    source_name: str
    item_id: str
    content: str
    content_type: str  # html | text
    encoding: str
    fetched_at: str  # ISO 8601, UTC
    title: str | None = None
    published: str | None = None
    from_feed: bool = False  # True: `content` is the feed item's content/summary, not the page

    @property
    def raw_sha256(self) -> str:
        return hashlib.sha256(self.content.encode("utf-8")).hexdigest()

    def to_raw_document(self) -> RawDocument:
        """The pipeline's input record for this article."""
        return RawDocument(
            doc_id="watch-" + hashlib.sha256(self.url.encode("utf-8")).hexdigest()[:16], source=self.url,
            input_format="rss" if self.from_feed else "html", content_type="html" if self.content_type == "html"
            else "text", content=self.content, encoding=self.encoding, url=self.final_url,
            published=self.published, outlet=None, title=self.title, raw_sha256=self.raw_sha256,
        )


@dataclass(slots=True)
class SourceReport:
    url: str
    name: str
    status: str  # ok | not-modified | failed
    new_items: int = 0
    articles: int = 0
    pending: int = 0  # new items left for a later pass (page failures, or over max_items_per_poll)
    problems: list[str] = field(default_factory=list)  # one line each: items skipped, pages that failed
    error: str | None = None  # why the source failed (status "failed")
    failures: int = 0
    next_due: float = 0.0


@dataclass(slots=True)
class PollReport:
    started: float
    sources: list[SourceReport] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return sum(s.articles for s in self.sources)

    @property
    def failed(self) -> list[SourceReport]:
        return [s for s in self.sources if s.status == "failed"]


Ingest = Callable[[list[FetchedArticle]], None]


def poll_once(config: WatchConfig, state: FetchStateStore, ingest: Ingest, *, fetcher: Fetcher | None = None,
              now: float | None = None, clock: Callable[[], float] = time.time) -> PollReport:
    """One pass over the sources due at `now`; returns what happened to each."""
    own = fetcher is None
    fetcher = fetcher or Fetcher.from_config(config)
    now = clock() if now is None else now
    report = PollReport(started=now)
    try:
        for source in config.sources:
            current = state.get(source.url) or SourceState(source.url)
            if current.next_due > now:
                continue
            report.sources.append(_poll_source(config, source, current, state, ingest, fetcher, now))
    finally:
        if own:
            fetcher.close()
    return report


def next_due(config: WatchConfig, state: FetchStateStore) -> float:
    """Epoch seconds at which the next source is due (0 when one never ran)."""
    dues = [(state.get(s.url) or SourceState(s.url)).next_due for s in config.sources]
    return min(dues) if dues else float("inf")


def watch_forever(config: WatchConfig, state: FetchStateStore, ingest: Ingest, *,
                  stop: threading.Event | None = None, fetcher: Fetcher | None = None,
                  on_report: Callable[[PollReport], None] | None = None, clock: Callable[[], float] = time.time,
                  max_sleep: float = 60.0) -> None:
    """Poll until `stop` is set, sleeping until the next source is due (woken at once by `stop.set()`)."""
    stop = stop or threading.Event()
    own = fetcher is None
    fetcher = fetcher or Fetcher.from_config(config)
    try:
        while not stop.is_set():
            report = poll_once(config, state, ingest, fetcher=fetcher, clock=clock)
            if on_report is not None:
                on_report(report)
            wait = min(max(next_due(config, state) - clock(), 0.5), max_sleep)
            stop.wait(wait)
    finally:
        if own:
            fetcher.close()


def _poll_source(config: WatchConfig, source: SourceConfig, current: SourceState, state: FetchStateStore,
                 ingest: Ingest, fetcher: Fetcher, now: float) -> SourceReport:
    report = SourceReport(source.url, source.name, "ok")
    current.last_fetch = now
    try:
        result = fetcher.fetch(source.url, etag=current.etag, last_modified=current.last_modified)
        if result.not_modified:
            report.status = "not-modified"
            return _succeeded(source, current, state, report, now, validators=None)
        decoded = None if _is_binary_sitemap(result.body) else result.decoded().text
        listing = parse_listing(result.body, decoded, result.final_url, source.kind, config.fetch.max_bytes)
        if listing.sitemaps:
            listing.items.extend(_child_sitemap_items(config, listing, state, fetcher, now, report))
    except (FetchError, SourceFormatError) as error:
        return _failed(config, source, current, state, report, now, error)
    items = _unseen(listing, source.url, state)
    report.new_items = len(items)
    batch = items[: config.fetch.max_items_per_poll]
    articles, done = [], []
    for item in batch:
        article = _fetch_item(config, source, item, current, fetcher, report)
        if article is not None:
            articles.append(article)
        if article is not None or item.item_id not in current.item_failures:
            done.append(item.item_id)  # fetched, or given up for good
    if articles:
        try:
            ingest(articles)
        except Exception as error:  # the ingest hook is the caller's code; one bad batch must not stop the watch
            log.exception("ingest failed for %d articles from %s", len(articles), source.url)
            return _failed(config, source, current, state, report, now,
                           FetchError(source.url, "ingest", f"ingest failed ({type(error).__name__}: {error}); "
                                      "the items will be fetched again next pass"))
    state.mark_seen(source.url, done, now)
    for item_id in done:
        current.item_failures.pop(item_id, None)
    report.articles = len(articles)
    report.pending = len(items) - len(done)
    return _succeeded(source, current, state, report, now,
                      validators=(result.etag, result.last_modified) if report.pending == 0 else None)


def _fetch_item(config: WatchConfig, source: SourceConfig, item: FeedItem, current: SourceState,
                fetcher: Fetcher, report: SourceReport) -> FetchedArticle | None:
    """The item's article, or None: given up (item_failures cleared) or to retry (item_failures counted)."""
    if not item.url:
        report.problems.append(f"item {item.item_id}: no link; the feed's own content is used")
        return _from_feed(source, item, item.url or item.item_id)
    try:
        page = fetcher.fetch(item.url)
        decoded = page.decoded()
    except FetchError as error:
        permanent = error.code in _GIVE_UP_AT_ONCE or (error.status is not None and 400 <= error.status < 500
                                                      and error.status != 429)
        attempts = current.item_failures.get(item.item_id, 0) + 1
        if permanent or attempts >= config.fetch.item_attempts:
            current.item_failures.pop(item.item_id, None)
            fallback = _from_feed(source, item, item.url)
            report.problems.append(f"{error} (given up{'; the feed copy is used' if fallback else ''})")
            return fallback
        current.item_failures[item.item_id] = attempts
        report.problems.append(f"{error} (attempt {attempts} of {config.fetch.item_attempts}; retried next pass)")
        return None
    content_type = "html" if "html" in (page.content_type or "html").lower() else "text"
    return FetchedArticle(url=item.url, final_url=page.final_url, source_url=source.url, source_name=source.name,
                          item_id=item.item_id, content=decoded.text, content_type=content_type,
                          encoding=decoded.encoding, fetched_at=_iso_now(), title=item.title,
                          published=item.published)


def _from_feed(source: SourceConfig, item: FeedItem, url: str) -> FetchedArticle | None:
    if not item.summary or not item.summary.strip():
        return None
    return FetchedArticle(url=url, final_url=url, source_url=source.url, source_name=source.name,
                          item_id=item.item_id, content=item.summary, content_type="html", encoding="utf-8",
                          fetched_at=_iso_now(), title=item.title, published=item.published, from_feed=True)


def _unseen(listing: Listing, source_url: str, state: FetchStateStore) -> list[FeedItem]:
    out, ids = [], set()
    for item in listing.items:
        if item.item_id in ids or state.is_seen(source_url, item.item_id):
            continue
        ids.add(item.item_id)
        out.append(item)
    return out


def _child_sitemap_items(config: WatchConfig, listing: Listing, state: FetchStateStore, fetcher: Fetcher,
                         now: float, report: SourceReport) -> list[FeedItem]:
    children = sorted(listing.sitemaps, key=lambda child: child[1] or "", reverse=True)[:MAX_CHILD_SITEMAPS]
    items: list[FeedItem] = []
    for url, _lastmod in children:
        child = state.get(url) or SourceState(url)
        try:
            result = fetcher.fetch(url, etag=child.etag, last_modified=child.last_modified)
            if not result.not_modified:
                items.extend(parse_listing(result.body, None, url, "sitemap", config.fetch.max_bytes).items)
        except (FetchError, SourceFormatError) as error:
            report.problems.append(f"child sitemap {error}")
            continue
        # A child's validators are kept only while the parent source stays healthy; its items are tracked
        # as seen under the parent, so a 304 here means "nothing new" just as for a feed.
        child.etag, child.last_modified, child.last_fetch, child.last_success = (
            result.etag or child.etag, result.last_modified or child.last_modified, now, now)
        state.put(child)
    return items


def _succeeded(source: SourceConfig, current: SourceState, state: FetchStateStore, report: SourceReport,
               now: float, validators: tuple[str | None, str | None] | None) -> SourceReport:
    if validators is not None:
        current.etag, current.last_modified = validators
    elif report.status == "ok":
        current.etag = current.last_modified = None  # items still pending: fetch the full listing next pass
    current.failures = 0
    current.last_error = None
    current.last_success = now
    current.next_due = now + source.poll_interval
    state.put(current)
    report.next_due = current.next_due
    return report


def _failed(config: WatchConfig, source: SourceConfig, current: SourceState, state: FetchStateStore,
            report: SourceReport, now: float, error: Exception) -> SourceReport:
    current.failures += 1
    current.last_error = str(error)
    delay = min(source.poll_interval * (2 ** current.failures), max(config.fetch.failure_backoff_max,
                                                                    source.poll_interval))
    current.next_due = now + delay
    state.put(current)
    report.status = "failed"
    report.error = str(error)
    report.failures = current.failures
    report.next_due = current.next_due
    log.warning("source %s failed %d time(s) in a row: %s; next try in %.0fs", source.url, current.failures,
                error, delay)
    return report


def _is_binary_sitemap(body: bytes) -> bool:
    return body.startswith(b"\x1f\x8b")


def _iso_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
