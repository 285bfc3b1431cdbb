"""Security of the web app: bearer token for writes, a write rate limit, and response headers (CSP and friends).

Everything the dashboard shows comes from news articles, which are untrusted: the page builds its DOM with
`textContent` only, and the headers below make sure that even a slip cannot run injected script (no inline
script, scripts only from this origin, no framing, no MIME sniffing).
"""

from __future__ import annotations

import hmac
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from starlette.types import ASGIApp, Message, Receive, Scope, Send


def content_security_policy(tile_origin: str | None = None) -> str:
    """The page's CSP; a configured tile server's origin (scheme://host[:port]) is the only other image source."""
    images = "'self' data:" + (f" {tile_origin}" if tile_origin else "")
    return (
        f"default-src 'none'; script-src 'self'; style-src 'self'; img-src {images}; font-src 'self'; "
        "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )


CONTENT_SECURITY_POLICY = content_security_policy()


def security_headers(tile_origin: str | None = None) -> tuple[tuple[bytes, bytes], ...]:
    return (
        (b"content-security-policy", content_security_policy(tile_origin).encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
        (b"referrer-policy", b"no-referrer"),
        (b"cross-origin-opener-policy", b"same-origin"),
        (b"cross-origin-resource-policy", b"same-origin"),
        (b"permissions-policy", b"geolocation=(), camera=(), microphone=()"),
    )


SECURITY_HEADERS = security_headers()


class SecurityHeadersMiddleware:
    """Add the security headers to every HTTP response (pages, API, static files, errors).

    A plain ASGI middleware rather than `BaseHTTPMiddleware`, which would buffer every response.
    """

    def __init__(self, app: ASGIApp, headers: tuple[tuple[bytes, bytes], ...] = SECURITY_HEADERS):
        self.app = app
        self.headers = headers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in self.headers if name not in present]
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        await self.app(scope, receive, send_with_headers)


def resolve_api_token(settings: object | None = None, explicit: str | None = None) -> str | None:
    """The write token: `explicit`, else a setting `api_token`, else $MARSAD_API_TOKEN; None means read-only."""
    for candidate in (explicit, getattr(settings, "api_token", None), os.environ.get("MARSAD_API_TOKEN")):
        if candidate and str(candidate).strip():
            return str(candidate).strip()
    return None


def token_matches(header: str | None, token: str) -> bool:
    """Whether an `Authorization` header carries `Bearer <token>`, compared in constant time."""
    if not header:
        return False
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer":
        return False
    # compare_digest on bytes is constant-time in the length of the expected value
    return hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8"))


@dataclass
class RateLimiter:
    """A token bucket per client: `burst` requests at once, refilled at `per_minute` a minute.

    `clock` is injectable so tests need no sleeping.
    """

    per_minute: float = 30.0
    burst: int = 10
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[str, tuple[float, float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def check(self, client: str) -> float:
        """Take one request for `client`; return 0 when allowed, else the seconds to wait."""
        now = self.clock()
        rate = self.per_minute / 60.0
        with self._lock:
            tokens, last = self._buckets.get(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * rate)
            if tokens >= 1.0:
                self._buckets[client] = (tokens - 1.0, now)
                if len(self._buckets) > 10_000:  # forget idle clients so the table cannot grow without bound
                    self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < 600}
                return 0.0
            self._buckets[client] = (tokens, now)
            return (1.0 - tokens) / rate if rate > 0 else 3600.0
