"""Polite, defensive HTTP fetching for the watcher.

One `Fetcher` holds the HTTP client, the per-host rate limiter and the robots.txt cache, so build it once and
pass it to every poll. Each `fetch()`:

1. refuses URLs robots.txt disallows for our user agent (`robots.py`);
2. checks the URL against the SSRF policy (`ssrf.py`), then again on every redirect hop (redirects are followed
   here, not by httpx, so each hop is checked and counted against `max_redirects`);
3. waits for the host's rate limit, sends a conditional GET (If-None-Match / If-Modified-Since) when the caller
   has validators, and returns `not_modified=True` on 304;
4. streams the body and abandons it past `max_bytes`;
5. retries 5xx, 429, timeouts and connection errors with exponential back-off; other 4xx fail at once.

Bodies are decoded by `decode_body`: the HTTP charset, then the `<meta>`/XML declaration, then detection
(charset-normalizer among the code pages Arabic sites use, so Windows-1256 feeds read correctly).
"""

from __future__ import annotations

import codecs
import email.utils
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Self
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from marsad.errors import InputRejected, MarsadError
from marsad.ingest.encoding import (
    DecodedText,
    charset_from_content_type,
    declared_charset,
    decode_document,
)
from marsad.watch.config import FetchLimits, WatchConfig
from marsad.watch.robots import RobotsCache
from marsad.watch.ssrf import AddressPolicy, AddressRefused, GuardedNetworkBackend

log = logging.getLogger("marsad.watch")

_REDIRECTS = (301, 302, 303, 307, 308)
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_MAX_RETRY_AFTER = 60.0
_MAX_CRAWL_DELAY = 30.0
_WHATWG_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}  # browsers read these labels as windows-1252


class FetchError(MarsadError):
    """A URL could not be fetched. `code`: refused | robots | too-large | redirects | http-NNN | timeout |
    network | encoding; `retryable` says whether trying again later may help."""

    def __init__(self, url: str, code: str, message: str, *, retryable: bool = False, status: int | None = None):
        super().__init__(f"{url}: {message}")
        self.url = url
        self.code = code
        self.retryable = retryable
        self.status = status


@dataclass(slots=True)
class FetchResult:
    url: str  # as requested
    final_url: str  # after redirects
    status: int
    body: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False

    def decoded(self) -> DecodedText:
        """The body as text (see `decode_body`); raises FetchError("encoding") when it is not text."""
        return decode_body(self.body, self.content_type, self.final_url)


def decode_body(data: bytes, content_type: str | None, url: str = "<response>") -> DecodedText:
    """Decode a response body: HTTP charset, then `<meta charset>` / XML declaration, then detection."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return DecodedText(data.decode(codec, errors="replace"), codec)
    for label in (charset_from_content_type(content_type), declared_charset(data)):
        codec = _codec(label)
        if codec is None:
            continue
        if codec != "utf-8" and not data.isascii() and _is_utf8(data):
            # Valid multi-byte UTF-8 is almost never an accident, while "ISO-8859-1" labels on UTF-8 pages are
            # common; a single-byte codec would decode those bytes "successfully" into mojibake.
            return DecodedText(data.decode("utf-8"), "utf-8")
        try:
            return DecodedText(data.decode(codec), codec)
        except UnicodeDecodeError:
            continue  # the declared charset is wrong for these bytes (common): fall through to detection
    try:
        return decode_document(data, url)
    except InputRejected as error:
        raise FetchError(url, "encoding", f"the response is not readable text ({error.message})") from error


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    if name.startswith(("utf-16", "utf-32")):
        return None  # a label that cannot be right for a byte stream without a BOM; detect instead
    return _WHATWG_ALIASES.get(name, name)


class HostRateLimiter:
    """Keeps at least `interval(host)` seconds between the starts of two requests to the same host."""

    def __init__(self, interval: Callable[[str], float], clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self._interval = interval
        self._clock = clock
        self._sleep = sleep
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str) -> None:
        host = host.lower()
        with self._lock:
            now = self._clock()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + self._interval(host)
        if start > now:
            self._sleep(start - now)


def guarded_client(policy: AddressPolicy, limits: FetchLimits) -> httpx.Client:
    """An httpx client that dials only addresses `policy` allows, follows no redirects and ignores proxy env."""
    transport = httpx.HTTPTransport(trust_env=False)
    # httpx has no option for httpcore's network backend: rebuild the pool it made with the guarded backend.
    ssl_context = transport._pool._ssl_context
    transport._pool = httpcore.ConnectionPool(ssl_context=ssl_context,
                                              network_backend=GuardedNetworkBackend(policy))
    return httpx.Client(transport=transport, timeout=httpx.Timeout(limits.timeout), follow_redirects=False,
                        trust_env=False, headers={"User-Agent": limits.user_agent, "Accept-Encoding": "gzip, deflate"})


class Fetcher:
    """Fetches URLs under the watch configuration's limits. Use `Fetcher.from_config(config)`; close it after."""

    def __init__(self, limits: FetchLimits, policy: AddressPolicy, *, client: httpx.Client | None = None,
                 host_interval: Callable[[str], float] | None = None, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep, wall_clock: Callable[[], float] = time.time):
        self.limits = limits
        self.policy = policy
        self._own_client = client is None
        self.client = client if client is not None else guarded_client(policy, limits)
        self._clock = clock
        self._sleep = sleep
        self.robots = RobotsCache(self._fetch_robots, limits.user_agent, ttl=limits.robots_ttl, clock=wall_clock)
        configured = host_interval or (lambda host: limits.host_interval)

        def interval(host: str) -> float:
            # a site's Crawl-delay is honoured, but capped so one robots.txt cannot stall the whole loop
            return max(configured(host), min(self.robots.crawl_delay(host) or 0.0, _MAX_CRAWL_DELAY))

        self.rate_limiter = HostRateLimiter(interval, clock, sleep)

    @classmethod
    def from_config(cls, config: WatchConfig, **kwargs) -> Fetcher:
        policy = kwargs.pop("policy", None) or AddressPolicy.from_allow_list(config.allow_private_addresses)
        return cls(config.fetch, policy, host_interval=config.host_interval, **kwargs)

    def close(self) -> None:
        if self._own_client:
            self.client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
              max_bytes: int | None = None) -> FetchResult:
        """GET `url` with every guard; retried on transient failures. Raises FetchError."""
        try:
            self.policy.check_url(url)  # before robots.txt, so a refused host is never contacted for it either
        except AddressRefused as error:
            raise FetchError(url, "refused", error.reason) from error
        if self.limits.respect_robots:
            self._check_robots(url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt = 0
        while True:
            try:
                return self._get(url, headers, max_bytes or self.limits.max_bytes, robots=True)
            except FetchError as error:
                if not error.retryable or attempt >= self.limits.retries:
                    raise
                delay = self.limits.backoff * (2 ** attempt)
                if isinstance(error, _RetryLater) and error.retry_after is not None:
                    delay = max(delay, min(error.retry_after, _MAX_RETRY_AFTER))
                log.info("retrying %s in %.1fs after %s", url, delay, error)
                self._sleep(delay)
                attempt += 1

    def _check_robots(self, url: str) -> None:
        if not self.robots.allowed(url):
            raise FetchError(url, "robots", "robots.txt disallows this URL for our user agent; it is not fetched")

    def _fetch_robots(self, url: str) -> tuple[int, str]:
        """(status, text) of a robots.txt; status 0 when the server could not be reached."""
        try:
            result = self._get(url, {}, 512 * 1024, robots=False)  # RFC 9309: read at least 500 KiB
        except FetchError as error:
            if error.status is not None:
                return error.status, ""
            log.warning("robots.txt unreachable: %s", error)
            return 0, ""
        try:
            return result.status, result.decoded().text if result.body else ""
        except FetchError as error:
            log.warning("robots.txt unreadable, treated as empty: %s", error)
            return result.status, ""

    def _get(self, url: str, headers: dict[str, str], max_bytes: int, *, robots: bool) -> FetchResult:
        current = url
        for hop in range(self.limits.max_redirects + 1):
            try:
                self.policy.check_url(current)
            except AddressRefused as error:
                raise FetchError(url, "refused", error.reason if current == url
                                 else f"redirected to {current}, which {error.reason}") from error
            if hop and robots and self.limits.respect_robots:
                self._check_robots(current)
            self.rate_limiter.wait(urlsplit(current).hostname or "")
            result, location = self._request(url, current, headers, max_bytes)
            if location is None:
                return result
            current = urljoin(current, location)
        raise FetchError(url, "redirects", f"more than {self.limits.max_redirects} redirects (last to {current}); "
                                           "the site may be in a redirect loop, or use the final URL in the config")

    def _request(self, url: str, current: str, headers: dict[str, str],
                 max_bytes: int) -> tuple[FetchResult, str | None]:
        deadline = self._clock() + self.limits.timeout * 3  # a server trickling bytes must not hold the loop
        try:
            with self.client.stream("GET", current, headers=headers) as response:
                status = response.status_code
                if status in _REDIRECTS and response.headers.get("location"):
                    return FetchResult(url, current, status), response.headers["location"]
                if status == 304:
                    return self._result(url, current, response, b"", not_modified=True), None
                if status >= 400:
                    raise self._status_error(url, response)
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > max_bytes:
                    raise _too_large(url, max_bytes, int(declared))
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > max_bytes:
                        raise _too_large(url, max_bytes)
                    if self._clock() > deadline:
                        raise FetchError(url, "timeout", f"the response took longer than "
                                                         f"{self.limits.timeout * 3:g}s to arrive", retryable=True)
                return self._result(url, current, response, bytes(body)), None
        except AddressRefused as error:  # raised at connect time by the guarded network backend
            raise FetchError(url, "refused", error.reason) from error
        except httpx.TimeoutException as error:
            raise FetchError(url, "timeout", f"no answer within {self.limits.timeout:g}s ({type(error).__name__})",
                             retryable=True) from error
        except httpx.DecodingError as error:
            raise FetchError(url, "network", f"the compressed response is corrupt ({error})",
                             retryable=True) from error
        except httpx.TransportError as error:
            raise FetchError(url, "network", f"network error ({type(error).__name__}: {error})",
                             retryable=True) from error

    @staticmethod
    def _result(url: str, current: str, response: httpx.Response, body: bytes,
                not_modified: bool = False) -> FetchResult:
        return FetchResult(url, current, response.status_code, body, response.headers.get("content-type"),
                           response.headers.get("etag"), response.headers.get("last-modified"), not_modified)

    @staticmethod
    def _status_error(url: str, response: httpx.Response) -> FetchError:
        status = response.status_code
        if status in _RETRY_STATUSES:
            return _RetryLater(url, f"http-{status}", f"the server answered {status}; will retry", status=status,
                               retry_after=_retry_after(response.headers.get("retry-after")))
        hint = {404: "the page is gone or the URL is wrong", 410: "the page was removed",
                401: "it needs credentials", 403: "the site refuses us"}.get(status, "check the URL")
        return FetchError(url, f"http-{status}", f"the server answered {status} ({hint})", status=status)


class _RetryLater(FetchError):
    def __init__(self, url: str, code: str, message: str, *, status: int, retry_after: float | None):
        super().__init__(url, code, message, retryable=True, status=status)
        self.retry_after = retry_after


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _too_large(url: str, max_bytes: int, declared: int | None = None) -> FetchError:
    size = f" ({declared:,} bytes announced)" if declared else ""
    return FetchError(url, "too-large", f"the response is larger than fetch.max_bytes = {max_bytes:,}{size}; "
                                        "raise the limit if this page is genuine")
