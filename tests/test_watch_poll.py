"""poll_once / watch_forever against a real server on 127.0.0.1 whose feeds change between passes."""

from __future__ import annotations

import threading

import pytest
from watch_fixtures import (
    LocalServer,
    Response,
    article,
    conditional,
    rss,
    watch_config,
)

from marsad.watch import (
    Fetcher,
    InMemoryFetchStateStore,
    next_due,
    poll_once,
    watch_forever,
)


@pytest.fixture
def server():
    server = LocalServer()
    yield server
    server.stop()


class Collector:
    def __init__(self):
        self.batches = []

    def __call__(self, articles):
        self.batches.append(articles)

    @property
    def urls(self):
        return [a.url for batch in self.batches for a in batch]


def items(server, *numbers):
    return [(f"guid-{n}", server.url(f"/news/{n}"), f"خبر رقم {n}") for n in numbers]


def serve_articles(server, *numbers):
    for n in numbers:
        server.routes[f"/news/{n}"] = article(f"خبر رقم {n}", f"قتل {n} أشخاص في قصف على ريف حلب")


def test_new_items_are_ingested_once_then_304_then_only_the_new_item(server):
    server.routes["/feed"] = conditional(rss(items(server, 1, 2)), '"v1"')
    serve_articles(server, 1, 2, 3)
    config = watch_config(server, [{"url": server.url("/feed"), "poll_interval": 60}])
    state, ingest = InMemoryFetchStateStore(), Collector()
    with Fetcher.from_config(config) as fetcher:
        first = poll_once(config, state, ingest, fetcher=fetcher, now=1000)
        not_due = poll_once(config, state, ingest, fetcher=fetcher, now=1030)
        unchanged = poll_once(config, state, ingest, fetcher=fetcher, now=1060)
        server.routes["/feed"] = conditional(rss(items(server, 3, 2, 1)), '"v2"')
        changed = poll_once(config, state, ingest, fetcher=fetcher, now=1120)
    assert first.sources[0].status == "ok" and first.articles == 2
    assert not_due.sources == []
    assert unchanged.sources[0].status == "not-modified" and unchanged.articles == 0
    assert changed.articles == 1
    assert ingest.urls == [server.url("/news/1"), server.url("/news/2"), server.url("/news/3")]
    assert server.paths().count("/news/1") == 1
    fetched = ingest.batches[0][0]
    assert fetched.title == "خبر رقم 1" and "ريف حلب" in fetched.content and fetched.source_url == server.url("/feed")
    document = fetched.to_raw_document()
    assert document.content_type == "html" and document.url == server.url("/news/1")


def test_restart_with_the_same_state_store_does_not_ingest_again(server):
    server.routes["/feed"] = Response(200, rss(items(server, 1, 2)), {"Content-Type": "application/rss+xml"})
    serve_articles(server, 1, 2, 3)
    config = watch_config(server, [{"url": server.url("/feed"), "poll_interval": 60}])
    state, ingest = InMemoryFetchStateStore(), Collector()
    poll_once(config, state, ingest, now=1000)  # a Fetcher of its own, closed after the pass
    server.routes["/feed"] = Response(200, rss(items(server, 3, 2, 1)), {"Content-Type": "application/rss+xml"})
    poll_once(config, state, ingest, now=2000)  # "restarted": new fetcher, same store
    assert ingest.urls == [server.url("/news/1"), server.url("/news/2"), server.url("/news/3")]


def test_a_failing_source_is_backed_off_and_reported_while_others_go_on(server):
    server.routes["/broken"] = Response(500, "error")
    server.routes["/feed"] = Response(200, rss(items(server, 1)), {"Content-Type": "application/rss+xml"})
    serve_articles(server, 1)
    config = watch_config(server, [{"url": server.url("/broken"), "poll_interval": 60},
                                   {"url": server.url("/feed"), "poll_interval": 60}],
                          retries=1, failure_backoff_max=300)
    state, ingest = InMemoryFetchStateStore(), Collector()
    report = poll_once(config, state, ingest, now=1000)
    broken = report.failed
    assert [s.url for s in broken] == [server.url("/broken")] and "500" in broken[0].error
    assert ingest.urls == [server.url("/news/1")]
    dues = []
    now = 1000.0
    for _ in range(4):
        now = state.get(server.url("/broken")).next_due
        report = poll_once(config, state, ingest, now=now)
        dues.append(state.get(server.url("/broken")).next_due - now)
    assert dues == [240, 300, 300, 300]  # 60·2², then capped at failure_backoff_max
    assert state.get(server.url("/broken")).failures == 5
    server.routes["/broken"] = Response(200, rss([]), {"Content-Type": "application/rss+xml"})
    report = poll_once(config, state, ingest, now=state.get(server.url("/broken")).next_due)
    assert state.get(server.url("/broken")).failures == 0


def test_windows_1256_feed_and_page_are_decoded(server):
    feed = rss(items(server, 7), title="جريدة البلد", encoding="windows-1256")
    server.routes["/feed"] = Response(200, feed, {"Content-Type": "application/rss+xml"})  # no charset in header
    server.routes["/news/7"] = article("انفجار في كركوك", "أصيب ثلاثة مدنيين بانفجار عبوة ناسفة", "windows-1256")
    config = watch_config(server, ["/feed"])
    ingest = Collector()
    poll_once(config, InMemoryFetchStateStore(), ingest, now=1000)
    [fetched] = ingest.batches[0]
    assert fetched.title == "خبر رقم 7"
    assert "أصيب ثلاثة مدنيين بانفجار عبوة ناسفة" in fetched.content and fetched.encoding == "cp1256"


def test_oversized_or_robots_disallowed_pages_fall_back_to_the_feed_copy(server):
    server.routes["/robots.txt"] = Response(200, "User-agent: *\nDisallow: /news/2\n", {"Content-Type": "text/plain"})
    server.routes["/feed"] = Response(200, rss(items(server, 1, 2)), {"Content-Type": "application/rss+xml"})
    server.routes["/news/1"] = Response(200, b"<p>" + b"x" * 40_000, {"Content-Type": "text/html"})
    config = watch_config(server, ["/feed"], max_bytes=20_000)
    state, ingest = InMemoryFetchStateStore(), Collector()
    report = poll_once(config, state, ingest, now=1000)
    assert "/news/2" not in server.paths()
    assert [a.from_feed for a in ingest.batches[0]] == [True, True]
    problems = " | ".join(report.sources[0].problems)
    assert "fetch.max_bytes" in problems and "robots.txt" in problems
    assert state.is_seen(server.url("/feed"), "guid-1") and state.is_seen(server.url("/feed"), "guid-2")


def test_a_page_that_fails_transiently_is_retried_next_pass_despite_a_304_feed(server):
    server.routes["/feed"] = conditional(rss(items(server, 1)), '"v1"')
    server.routes["/news/1"] = Response(503, "busy")
    config = watch_config(server, [{"url": server.url("/feed"), "poll_interval": 60}], retries=0)
    state, ingest = InMemoryFetchStateStore(), Collector()
    first = poll_once(config, state, ingest, now=1000)
    assert first.sources[0].pending == 1 and ingest.batches == []
    serve_articles(server, 1)
    second = poll_once(config, state, ingest, now=1060)
    assert second.sources[0].status == "ok"  # full fetch, not a 304: validators were not kept
    assert ingest.urls == [server.url("/news/1")] and ingest.batches[0][0].from_feed is False


def test_an_ingest_error_fails_the_source_and_the_items_come_back(server):
    server.routes["/feed"] = Response(200, rss(items(server, 1)), {"Content-Type": "application/rss+xml"})
    serve_articles(server, 1)
    config = watch_config(server, [{"url": server.url("/feed"), "poll_interval": 60}])
    state, ingest = InMemoryFetchStateStore(), Collector()

    def broken(articles):
        raise RuntimeError("database is down")

    report = poll_once(config, state, broken, now=1000)
    assert report.failed and "database is down" in report.failed[0].error
    poll_once(config, state, ingest, now=state.get(server.url("/feed")).next_due)
    assert ingest.urls == [server.url("/news/1")]


def test_max_items_per_poll_leaves_the_rest_for_the_next_pass(server):
    server.routes["/feed"] = conditional(rss(items(server, 1, 2, 3)), '"v1"')
    serve_articles(server, 1, 2, 3)
    config = watch_config(server, [{"url": server.url("/feed"), "poll_interval": 60}], max_items_per_poll=2)
    state, ingest = InMemoryFetchStateStore(), Collector()
    poll_once(config, state, ingest, now=1000)
    poll_once(config, state, ingest, now=1060)
    poll_once(config, state, ingest, now=1120)
    assert [len(b) for b in ingest.batches] == [2, 1]


def test_sitemap_source_lists_news_urls(server):
    sitemap = f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>{server.url('/news/1')}</loc><news:news><news:publication_date>2024-05-07T10:00:00+03:00</news:publication_date>
  <news:title>اشتباكات في درعا</news:title></news:news></url>
  <url><loc>{server.url('/news/2')}</loc><lastmod>2024-05-07</lastmod></url>
</urlset>"""
    server.routes["/sitemap.xml"] = Response(200, sitemap, {"Content-Type": "application/xml"})
    server.routes["/index.xml"] = Response(200, f"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{server.url('/sitemap.xml')}</loc><lastmod>2024-05-07</lastmod></sitemap></sitemapindex>""",
                                           {"Content-Type": "application/xml"})
    serve_articles(server, 1, 2)
    config = watch_config(server, [{"url": server.url("/index.xml"), "kind": "sitemap"}])
    ingest = Collector()
    poll_once(config, InMemoryFetchStateStore(), ingest, now=1000)
    assert ingest.urls == [server.url("/news/1"), server.url("/news/2")]
    assert ingest.batches[0][0].title == "اشتباكات في درعا"


def test_watch_forever_polls_until_stopped(server):
    server.routes["/feed"] = Response(200, rss(items(server, 1)), {"Content-Type": "application/rss+xml"})
    serve_articles(server, 1)
    config = watch_config(server, [{"url": server.url("/feed"), "poll_interval": 3600}])
    state, ingest, stop, reports = InMemoryFetchStateStore(), Collector(), threading.Event(), []
    polled = threading.Event()

    def on_report(report):
        reports.append(report)
        polled.set()

    thread = threading.Thread(target=watch_forever, args=(config, state, ingest),
                              kwargs={"stop": stop, "on_report": on_report}, daemon=True)
    thread.start()
    assert polled.wait(timeout=10)
    stop.set()  # the loop is asleep until the source is due in an hour: stop must wake it
    thread.join(timeout=10)
    assert not thread.is_alive()
    assert len(reports) == 1 and ingest.urls == [server.url("/news/1")]
    assert next_due(config, state) == state.get(server.url("/feed")).next_due
