"""The `marsad watch` configuration (YAML): sources, fetch limits, allowed private addresses, watchlists, channels.

Every problem is a one-line `UsageError` naming the key (`sources[2].poll_interval: ...`) and saying what to put
there. Durations are seconds, or strings such as "90s", "5m", "2h".
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from marsad.datafile import load_yaml
from marsad.errors import UsageError

SOURCE_KINDS = ("auto", "feed", "sitemap")
DEFAULT_USER_AGENT = "marsad-watch/0.1 (+https://github.com/marsad-project/marsad)"
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_UNIT_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, None: 1.0}


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """How politely and defensively every HTTP request is made."""

    timeout: float = 10.0  # seconds, for connect and for each read
    retries: int = 2  # extra attempts after a 5xx, 429, timeout or connection error
    backoff: float = 1.0  # first retry delay in seconds; doubles each retry
    max_bytes: int = 5_000_000  # a body larger than this is abandoned mid-stream
    max_redirects: int = 5
    host_interval: float = 1.0  # minimum seconds between two requests to one host
    user_agent: str = DEFAULT_USER_AGENT
    respect_robots: bool = True
    robots_ttl: float = 86_400.0  # RFC 9309: a cached robots.txt should not be used for more than 24 h
    max_items_per_poll: int = 50  # new items fetched per source per pass; the rest wait for the next pass
    item_attempts: int = 3  # passes an article page may fail before its item is given up
    failure_backoff_max: float = 6 * 3600.0  # cap of the back-off of a source that keeps failing


@dataclass(frozen=True, slots=True)
class SourceConfig:
    """One feed or sitemap to poll."""

    url: str
    name: str
    kind: str = "auto"  # auto | feed | sitemap
    poll_interval: float = 600.0
    host_interval: float | None = None  # overrides fetch.host_interval for this source's host


@dataclass(frozen=True, slots=True)
class ChannelSpec:
    """One alert channel as configured: its registered type, a name, and the type's own options."""

    type: str
    name: str
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class WatchConfig:
    sources: tuple[SourceConfig, ...] = ()
    fetch: FetchLimits = FetchLimits()
    allow_private_addresses: tuple[str, ...] = ()
    host_intervals: dict[str, float] = field(default_factory=dict)  # host → seconds, from `hosts:` and sources
    watchlists: tuple[Any, ...] = ()  # marsad.watch.watchlists.Watchlist
    channels: tuple[ChannelSpec, ...] = ()

    def host_interval(self, host: str) -> float:
        return self.host_intervals.get(host.lower(), self.fetch.host_interval)


def load_config(path: str | Path) -> WatchConfig:
    """Read and validate a watch configuration file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise UsageError(f"watch config {path}: cannot be read ({error.strerror}); check the path") from error
    try:
        data = load_yaml(text)
    except yaml.YAMLError as error:
        raise UsageError(f"watch config {path}: not valid YAML ({_one_line(error)})") from error
    return parse_config(data if data is not None else {}, base_dir=path.parent)


def parse_config(data: Any, base_dir: str | Path = ".") -> WatchConfig:
    """Validate an already-parsed configuration mapping; relative watchlist paths resolve against `base_dir`."""
    from marsad.watch.channels import validate_channel_spec
    from marsad.watch.watchlists import load_watchlists, parse_watchlist

    root = _mapping(data, "watch config")
    _no_unknown(root, {"sources", "fetch", "allow_private_addresses", "hosts", "watchlists", "channels"}, "")
    fetch = _parse_fetch(root.get("fetch"))
    allow = tuple(_parse_allow(item, f"allow_private_addresses[{i}]")
                  for i, item in enumerate(_list(root.get("allow_private_addresses"), "allow_private_addresses")))
    host_intervals: dict[str, float] = {}
    for host, value in _mapping(root.get("hosts") or {}, "hosts").items():
        entry = _mapping(value, f"hosts.{host}")
        _no_unknown(entry, {"interval"}, f"hosts.{host}.")
        host_intervals[str(host).lower()] = _duration(entry.get("interval"), f"hosts.{host}.interval")
    sources = []
    seen_urls: set[str] = set()
    for i, item in enumerate(_list(root.get("sources"), "sources")):
        source = _parse_source(item, f"sources[{i}]")
        if source.url in seen_urls:
            raise UsageError(f"sources[{i}].url: {source.url} is listed twice; keep one entry per URL")
        seen_urls.add(source.url)
        if source.host_interval is not None:
            host = (urlsplit(source.url).hostname or "").lower()
            host_intervals[host] = max(host_intervals.get(host, 0.0), source.host_interval)
        sources.append(source)
    watchlists = []
    for i, item in enumerate(_list(root.get("watchlists"), "watchlists")):
        key = f"watchlists[{i}]"
        if isinstance(item, str) or (isinstance(item, dict) and set(item) == {"path"}):
            file = Path(item if isinstance(item, str) else item["path"])
            watchlists.extend(load_watchlists(file if file.is_absolute() else Path(base_dir) / file))
        else:
            watchlists.append(parse_watchlist(item, key))
    names = [w.name for w in watchlists]
    for name in names:
        if names.count(name) > 1:
            raise UsageError(f"watchlists: the name {name!r} is used twice; give each watchlist its own name")
    channels = []
    for i, item in enumerate(_list(root.get("channels"), "channels")):
        key = f"channels[{i}]"
        entry = _mapping(item, key)
        kind = entry.get("type")
        if not isinstance(kind, str) or not kind:
            raise UsageError(f"{key}.type: missing; say which channel this is (webhook, email, atom)")
        name = str(entry.get("name") or kind)
        if any(c.name == name for c in channels):
            raise UsageError(f"{key}.name: {name!r} is used twice; give each channel its own name")
        spec = ChannelSpec(kind, name, {k: v for k, v in entry.items() if k not in ("type", "name")})
        validate_channel_spec(spec, key)
        channels.append(spec)
    return WatchConfig(tuple(sources), fetch, allow, host_intervals, tuple(watchlists), tuple(channels))


def _parse_fetch(data: Any) -> FetchLimits:
    entry = _mapping(data or {}, "fetch")
    defaults = FetchLimits()
    _no_unknown(entry, set(FetchLimits.__dataclass_fields__), "fetch.")
    values: dict[str, Any] = {}
    for name in FetchLimits.__dataclass_fields__:
        if name not in entry:
            continue
        default = getattr(defaults, name)
        key = f"fetch.{name}"
        if isinstance(default, bool):
            values[name] = _bool(entry[name], key)
        elif isinstance(default, int):
            values[name] = _int(entry[name], key, minimum=0 if name in ("retries",) else 1)
        elif isinstance(default, float):
            values[name] = _duration(entry[name], key, allow_zero=name in ("backoff", "host_interval"))
        else:
            values[name] = _text(entry[name], key)
    return FetchLimits(**values)


def _parse_source(data: Any, key: str) -> SourceConfig:
    entry = {"url": data} if isinstance(data, str) else _mapping(data, key)
    _no_unknown(entry, {"url", "name", "kind", "poll_interval", "host_interval"}, f"{key}.")
    url = _http_url(entry.get("url"), f"{key}.url")
    kind = entry.get("kind", "auto")
    if kind not in SOURCE_KINDS:
        raise UsageError(f"{key}.kind: {kind!r} is not one of {', '.join(SOURCE_KINDS)}")
    poll = _duration(entry.get("poll_interval", 600), f"{key}.poll_interval")
    if poll < 10:
        raise UsageError(f"{key}.poll_interval: {poll:g}s is too frequent for a news feed; use 10s or more")
    host_interval = entry.get("host_interval")
    return SourceConfig(
        url=url, name=str(entry.get("name") or urlsplit(url).hostname), kind=kind, poll_interval=poll,
        host_interval=None if host_interval is None else _duration(host_interval, f"{key}.host_interval",
                                                                    allow_zero=True),
    )


def _parse_allow(item: Any, key: str) -> str:
    if not isinstance(item, str) or not item.strip():
        raise UsageError(f"{key}: give an address, a CIDR network (10.0.0.0/8) or a host name")
    value = item.strip()
    if "/" in value or _looks_like_address(value):
        try:
            ipaddress.ip_network(value, strict=False)
        except ValueError as error:
            raise UsageError(f"{key}: {value!r} is not a valid address or CIDR network ({error})") from error
    return value


def _looks_like_address(value: str) -> bool:
    return ":" in value or bool(re.fullmatch(r"[\d.]+", value))


def _http_url(value: Any, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise UsageError(f"{key}: missing; give the http(s) URL of the feed or sitemap")
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"{key}: {value!r} is not an http(s) URL; only http:// and https:// sources are fetched")
    return value.strip()


def _duration(value: Any, key: str, allow_zero: bool = False) -> float:
    if isinstance(value, bool) or value is None:
        raise UsageError(f"{key}: give a duration in seconds or like '90s', '5m', '2h'")
    if isinstance(value, (int, float)):
        seconds = float(value)
    else:
        match = _DURATION.match(str(value))
        if not match:
            raise UsageError(f"{key}: {value!r} is not a duration; write seconds or like '90s', '5m', '2h'")
        seconds = float(match.group(1)) * _UNIT_SECONDS[match.group(2)]
    if seconds < 0 or (seconds == 0 and not allow_zero):
        raise UsageError(f"{key}: must be more than zero, got {value!r}")
    return seconds


def _int(value: Any, key: str, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise UsageError(f"{key}: must be a whole number of at least {minimum}, got {value!r}")
    return value


def _bool(value: Any, key: str) -> bool:
    if not isinstance(value, bool):
        raise UsageError(f"{key}: must be true or false, got {value!r}")
    return value


def _text(value: Any, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise UsageError(f"{key}: must be a non-empty string, got {value!r}")
    return value


def _mapping(value: Any, key: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise UsageError(f"{key}: must be a mapping of keys to values, got {type(value).__name__}")
    return value


def _list(value: Any, key: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise UsageError(f"{key}: must be a list, got {type(value).__name__}")
    return value


def _no_unknown(entry: dict[str, Any], known: set[str], prefix: str) -> None:
    for name in entry:
        if name not in known:
            raise UsageError(f"{prefix}{name}: unknown key; expected one of {', '.join(sorted(known))}")


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())
