"""robots.txt, read with urllib.robotparser and cached per scheme+host.

Following RFC 9309: a robots.txt that answers 4xx means no restrictions; one that answers 5xx or cannot be
reached means "disallow everything" for now (re-checked after `unreachable_ttl`, much sooner than the normal
24-hour cache lifetime), so an outage is never taken as permission.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

log = logging.getLogger("marsad.watch")


@dataclass(slots=True)
class _Entry:
    parser: RobotFileParser | None  # None: no rules, everything allowed
    disallow_all: bool
    expires: float


class RobotsCache:
    """`allowed(url)` for our user agent; `fetch(robots_url) -> (status, text)` is called at most once per TTL."""

    def __init__(self, fetch: Callable[[str], tuple[int, str]], user_agent: str, *, ttl: float = 86_400.0,
                 unreachable_ttl: float = 600.0, clock: Callable[[], float] = time.time):
        self._fetch = fetch
        self._agent = user_agent.split("/", 1)[0]  # robots.txt groups name the product token, not the version
        self._ttl = ttl
        self._unreachable_ttl = unreachable_ttl
        self._clock = clock
        self._entries: dict[str, _Entry] = {}

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if parts.path == "/robots.txt":
            return True
        entry = self._entries.get(origin)
        if entry is None or entry.expires <= self._clock():
            entry = self._load(origin)
            self._entries[origin] = entry
        if entry.disallow_all:
            return False
        return entry.parser is None or entry.parser.can_fetch(self._agent, url)

    def crawl_delay(self, host: str) -> float | None:
        """The largest Crawl-delay the cached robots.txt files of `host` ask of our user agent, if any."""
        delays = []
        for origin, entry in self._entries.items():
            if entry.parser is not None and (urlsplit(origin).hostname or "") == host.lower():
                delay = entry.parser.crawl_delay(self._agent)
                if delay is not None:
                    delays.append(float(delay))
        return max(delays) if delays else None

    def _load(self, origin: str) -> _Entry:
        status, text = self._fetch(origin + "/robots.txt")
        now = self._clock()
        if status == 0 or status >= 500:
            log.warning("%s/robots.txt answered %s: treating the site as disallowed for %.0fs", origin,
                        status or "nothing", self._unreachable_ttl)
            return _Entry(None, True, now + self._unreachable_ttl)
        if status >= 400:
            return _Entry(None, False, now + self._ttl)
        parser = RobotFileParser()
        parser.parse(text.splitlines())
        return _Entry(parser, False, now + self._ttl)
