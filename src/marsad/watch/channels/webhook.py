"""Webhook channel: the alert as JSON, POSTed with an HMAC-SHA256 signature and an idempotency key.

Headers sent:
    Content-Type: application/json; charset=utf-8
    Idempotency-Key: <alert key>            (the same on every retry of the same alert)
    X-Marsad-Timestamp: <unix seconds>
    X-Marsad-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>." + body, keyed with the secret>
    X-Marsad-Alert-Kind: new | update

A receiver checks the signature with `verify_signature` (or the same three lines in its own language) and
refuses timestamps older than a few minutes. 5xx, 408, 429, timeouts and connection errors are retried inside
one delivery with exponential back-off; other 4xx answers are not retried (the receiver refused the alert).
Webhook URLs are the operator's own configuration, so they are not put through the feed SSRF guard; redirects
are not followed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx

from marsad.watch.alerts import Alert, ChannelError
from marsad.watch.channels import OptionError

_RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


def sign(secret: str, timestamp: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), timestamp.encode("ascii") + b"." + body,
                                hashlib.sha256).hexdigest()


def verify_signature(secret: str, body: bytes, timestamp: str, signature: str, *, tolerance: float = 300.0,
                     now: float | None = None) -> bool:
    """Whether a received webhook is authentic and recent."""
    try:
        age = abs((time.time() if now is None else now) - float(timestamp))
    except ValueError:
        return False
    return age <= tolerance and hmac.compare_digest(sign(secret, timestamp, body), signature)


class WebhookChannel:
    def __init__(self, name: str, url: str, secret: str, *, timeout: float = 10.0, retries: int = 2,
                 backoff: float = 1.0, headers: Mapping[str, str] | None = None, client: httpx.Client | None = None,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.time):
        self.name = name
        self.url = url
        self._secret = secret
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.headers = dict(headers or {})
        self._client = client
        self._sleep = sleep
        self._clock = clock

    @classmethod
    def from_options(cls, name: str, options: Mapping[str, Any]) -> WebhookChannel:
        known = {"url", "secret", "secret_env", "timeout", "retries", "backoff", "headers"}
        for option in options:
            if option not in known:
                raise OptionError(option, f"unknown webhook option; expected one of {', '.join(sorted(known))}")
        url = options.get("url")
        if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
            raise OptionError("url", f"give the http(s) URL that receives alerts, got {url!r}")
        secret = options.get("secret")
        if "secret_env" in options:
            secret = os.environ.get(str(options["secret_env"]))
            if not secret:
                raise OptionError("secret_env", f"the environment variable {options['secret_env']} is not set; "
                                                "export the webhook secret in it")
        if not isinstance(secret, str) or len(secret) < 16:
            raise OptionError("secret", "give a shared secret of at least 16 characters (or secret_env: VAR) so "
                                        "the receiver can verify alerts")
        numbers = {}
        for option, default, minimum in (("timeout", 10.0, 0.001), ("retries", 2, 0), ("backoff", 1.0, 0)):
            value = options.get(option, default)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < minimum:
                raise OptionError(option, f"must be a number of at least {minimum}, got {value!r}")
            numbers[option] = value
        headers = options.get("headers") or {}
        if not isinstance(headers, dict):
            raise OptionError("headers", "must be a mapping of header names to values")
        return cls(name, url, secret, timeout=float(numbers["timeout"]), retries=int(numbers["retries"]),
                   backoff=float(numbers["backoff"]), headers={str(k): str(v) for k, v in headers.items()})

    def send(self, alert: Alert) -> int:
        body = json.dumps(alert.to_dict(), ensure_ascii=False, sort_keys=True).encode("utf-8")
        client = self._client or httpx.Client(timeout=self.timeout, follow_redirects=False, trust_env=False)
        try:
            return self._post(client, alert, body)
        finally:
            if self._client is None:
                client.close()

    def _post(self, client: httpx.Client, alert: Alert, body: bytes) -> int:
        attempt = 0
        while True:
            attempt += 1
            timestamp = str(int(self._clock()))
            headers = {**self.headers, "Content-Type": "application/json; charset=utf-8",
                       "Idempotency-Key": alert.key, "X-Marsad-Timestamp": timestamp,
                       "X-Marsad-Signature": sign(self._secret, timestamp, body), "X-Marsad-Alert-Kind": alert.kind}
            try:
                response = client.post(self.url, content=body, headers=headers, timeout=self.timeout)
            except httpx.TransportError as error:
                problem, retryable = f"{type(error).__name__}: {error}", True
            else:
                if 200 <= response.status_code < 300:
                    return attempt
                problem = f"the receiver answered {response.status_code}"
                retryable = response.status_code in _RETRY_STATUSES
            if not retryable or attempt > self.retries:
                hint = "; check the receiver's logs" if not retryable else "; will retry in a later round"
                raise ChannelError(f"webhook {self.name} ({self.url}): {problem} after {attempt} attempt(s){hint}",
                                   attempts=attempt, retryable=retryable)
            self._sleep(self.backoff * 2 ** (attempt - 1))
