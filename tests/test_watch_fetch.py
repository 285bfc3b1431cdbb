"""The watcher's fetcher against a real server on 127.0.0.1: conditional GET, retries, limits, robots, SSRF."""

from __future__ import annotations

import httpcore
import httpx
import pytest
from watch_fixtures import (
    LocalServer,
    Response,
    article,
    conditional,
    rss,
    watch_config,
)

from marsad.watch import AddressPolicy, AddressRefused, Fetcher, FetchError, decode_body
from marsad.watch.config import FetchLimits
from marsad.watch.ssrf import GuardedNetworkBackend


@pytest.fixture
def server():
    server = LocalServer()
    yield server
    server.stop()


def fetcher_for(server: LocalServer, **fetch) -> Fetcher:
    return Fetcher.from_config(watch_config(server, [], **fetch))


def test_fetch_sends_validators_and_reports_304_as_not_modified(server):
    server.routes["/feed"] = conditional(rss([("1", "http://x.invalid/1", "خبر")]), '"v1"')
    with fetcher_for(server) as fetcher:
        first = fetcher.fetch(server.url("/feed"))
        second = fetcher.fetch(server.url("/feed"), etag=first.etag)
    assert first.status == 200 and first.etag == '"v1"' and not first.not_modified
    assert second.not_modified and second.body == b""
    assert server.requests[-1].headers["if-none-match"] == '"v1"'


def test_fetch_retries_a_500_then_succeeds(server):
    answers = iter([Response(500, "boom"), Response(200, "ok", {"Content-Type": "text/plain"})])
    server.routes["/flaky"] = lambda request: next(answers)
    with fetcher_for(server, retries=2) as fetcher:
        result = fetcher.fetch(server.url("/flaky"))
    assert result.body == b"ok"
    assert server.paths().count("/flaky") == 2


def test_fetch_gives_up_after_the_retries_with_a_retryable_error(server):
    server.routes["/down"] = Response(503, "down")
    with fetcher_for(server, retries=2) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(server.url("/down"))
    assert caught.value.code == "http-503" and caught.value.retryable
    assert server.paths().count("/down") == 3


def test_fetch_does_not_retry_a_404(server):
    with fetcher_for(server, retries=3) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(server.url("/missing"))
    assert caught.value.code == "http-404" and not caught.value.retryable
    assert server.paths().count("/missing") == 1


def test_fetch_times_out_on_a_slow_response(server):
    server.routes["/slow"] = Response(200, "late", delay=5)
    with fetcher_for(server, timeout=0.2, retries=0) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(server.url("/slow"))
    assert caught.value.code == "timeout"


def test_fetch_stops_a_redirect_loop_at_the_cap(server):
    server.routes["/a"] = Response(302, headers={"Location": "/b"})
    server.routes["/b"] = Response(302, headers={"Location": "/a"})
    with fetcher_for(server, max_redirects=3) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(server.url("/a"))
    assert caught.value.code == "redirects"
    assert len([p for p in server.paths() if p in ("/a", "/b")]) == 4  # the first request and three hops


def test_fetch_follows_a_redirect_and_reports_the_final_url(server):
    server.routes["/old"] = Response(301, headers={"Location": "/new"})
    server.routes["/new"] = article("جديد", "نص")
    with fetcher_for(server) as fetcher:
        result = fetcher.fetch(server.url("/old"))
    assert result.final_url == server.url("/new") and "جديد" in result.decoded().text


def test_fetch_abandons_an_oversized_body(server):
    server.routes["/big"] = Response(200, b"x" * 50_000, {"Content-Type": "text/plain"})
    with fetcher_for(server, max_bytes=10_000) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(server.url("/big"))
    assert caught.value.code == "too-large" and "fetch.max_bytes" in str(caught.value)


def test_fetch_abandons_an_oversized_body_without_content_length():
    chunks = [b"y" * 4096] * 10

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=iter(chunks))  # streamed: no Content-Length

    limits = FetchLimits(max_bytes=10_000, respect_robots=False, host_interval=0)
    policy = AddressPolicy(resolver=lambda host, port: ["93.184.215.14"])
    client = httpx.Client(transport=httpx.MockTransport(handler))
    with Fetcher(limits, policy, client=client) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch("http://news.example/page")
    assert caught.value.code == "too-large"


def test_robots_txt_disallow_is_obeyed_and_cached_per_host(server):
    server.routes["/robots.txt"] = Response(200, "User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"})
    server.routes["/private/page"] = article("x", "y")
    server.routes["/public/page"] = article("x", "y")
    with fetcher_for(server) as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.fetch(server.url("/private/page"))
        fetcher.fetch(server.url("/public/page"))
        fetcher.fetch(server.url("/public/page"))
    assert caught.value.code == "robots"
    assert "/private/page" not in server.paths()
    assert server.paths().count("/robots.txt") == 1


def test_robots_txt_answering_500_disallows_for_now(server):
    server.routes["/robots.txt"] = Response(500, "oops")
    server.routes["/page"] = article("x", "y")
    with fetcher_for(server, retries=0) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(server.url("/page"))
    assert caught.value.code == "robots" and "/page" not in server.paths()


def test_private_address_is_refused_by_default_and_never_contacted(server):
    server.routes["/feed"] = article("x", "y")
    limits = FetchLimits(timeout=2, retries=0, host_interval=0)
    with Fetcher(limits, AddressPolicy()) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(server.url("/feed"))
    assert caught.value.code == "refused" and "allow_private_addresses" in str(caught.value)
    assert server.requests == []


def test_private_address_is_fetched_when_allowed_by_config(server):
    server.routes["/feed"] = article("x", "y")
    limits = FetchLimits(timeout=2, retries=0, host_interval=0)
    with Fetcher(limits, AddressPolicy.from_allow_list(["127.0.0.1/32"])) as fetcher:
        assert fetcher.fetch(server.url("/feed")).status == 200


def test_redirect_to_a_private_address_is_refused_at_the_hop():
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})

    limits = FetchLimits(respect_robots=False, host_interval=0, retries=0)
    policy = AddressPolicy(resolver=lambda host, port: ["93.184.215.14"])
    client = httpx.Client(transport=httpx.MockTransport(handler))
    with Fetcher(limits, policy, client=client) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch("http://news.example/story")
    assert caught.value.code == "refused" and "169.254.169.254" in str(caught.value)
    assert seen == ["http://news.example/story"]


class _NeverDial(httpcore.NetworkBackend):
    def __init__(self):
        self.dialled = []

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        self.dialled.append(host)
        raise httpcore.ConnectError("the test backend never dials")


def test_connect_guard_refuses_a_private_answer_and_dials_allowed_ones_by_address():
    inner = _NeverDial()
    rebound = GuardedNetworkBackend(AddressPolicy(resolver=lambda host, port: ["10.1.2.3"]), inner)
    with pytest.raises(AddressRefused, match="10.1.2.3"):
        rebound.connect_tcp("rebind.example", 80)
    assert inner.dialled == []
    public = GuardedNetworkBackend(AddressPolicy(resolver=lambda host, port: ["93.184.215.14"]), inner)
    with pytest.raises(httpcore.ConnectError):
        public.connect_tcp("news.example", 80)
    assert inner.dialled == ["93.184.215.14"]  # the vetted address, not the name resolved again


class _PrecheckPassed(AddressPolicy):
    def check_url(self, url):
        return []  # as if DNS had answered with a public address when the URL was checked


def test_dns_rebinding_is_caught_at_connect_time_by_the_fetchers_client(server):
    # At connect time the name resolves to loopback, which this policy does not allow.
    policy = _PrecheckPassed(resolver=lambda host, port: ["127.0.0.1"])
    limits = FetchLimits(timeout=2, retries=0, host_interval=0, respect_robots=False)
    with Fetcher(limits, policy) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(f"http://rebind.example:{server.port}/page")
    assert caught.value.code == "refused" and "loopback address 127.0.0.1" in str(caught.value)
    assert server.requests == []


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/feed", "gopher://example.com/"])
def test_non_http_schemes_are_refused(url):
    with Fetcher(FetchLimits(), AddressPolicy()) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(url)
    assert caught.value.code == "refused" and "only http and https" in str(caught.value)


@pytest.mark.parametrize(
    ("body", "content_type", "expected_encoding"),
    [
        ("<p>غارة جوية على ريف إدلب</p>".encode("cp1256"), "text/html; charset=windows-1256", "cp1256"),
        ("<meta charset='windows-1256'><p>غارة جوية على ريف إدلب</p>".encode("cp1256"), "text/html", "cp1256"),
        ('<?xml version="1.0" encoding="windows-1256"?><rss><title>غارة جوية على ريف إدلب</title></rss>'
         .encode("cp1256"), "application/xml", "cp1256"),
        ("<p>غارة جوية على ريف إدلب وقصف مدفعي على قرى جبل الزاوية</p>".encode("cp1256"), None, "cp1256"),
        ("<p>غارة جوية على ريف إدلب</p>".encode(), "text/html; charset=iso-8859-1", "utf-8"),
    ],
)
def test_decode_body_reads_arabic_from_header_meta_declaration_or_detection(body, content_type, expected_encoding):
    decoded = decode_body(body, content_type)
    assert "غارة جوية على ريف إدلب" in decoded.text
    assert decoded.encoding == expected_encoding


def test_crawl_delay_of_robots_txt_spaces_requests_to_the_host(server):
    server.routes["/robots.txt"] = Response(200, "User-agent: *\nCrawl-delay: 7\n", {"Content-Type": "text/plain"})
    server.routes["/page"] = article("x", "y")
    waits = []
    limits = FetchLimits(timeout=2, retries=0, host_interval=0)
    now = [0.0]
    with Fetcher(limits, AddressPolicy.from_allow_list(["127.0.0.1"]), clock=lambda: now[0],
                 sleep=waits.append) as fetcher:
        fetcher.fetch(server.url("/page"))
        fetcher.fetch(server.url("/page"))
    assert waits and max(waits) == 7  # the injected clock never moves: the second page waits the full delay
