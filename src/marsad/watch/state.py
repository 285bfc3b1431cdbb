"""What the watcher remembers between passes (and restarts): per-source fetch state and the items already seen.

`FetchStateStore` is the protocol; `InMemoryFetchStateStore` implements it for tests and one-off runs. A
database-backed store must behave the same: `get` returns a copy, and nothing changes until `put`/`mark_seen`.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable


@dataclass(slots=True)
class SourceState:
    """Fetch state of one URL (a configured source, or a child sitemap of a sitemap index)."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    last_fetch: float | None = None  # epoch seconds of the last attempt
    last_success: float | None = None
    failures: int = 0  # consecutive failed passes; 0 after a success
    next_due: float = 0.0  # epoch seconds; due when <= now
    last_error: str | None = None
    item_failures: dict[str, int] = field(default_factory=dict)  # item id → failed page fetches so far


@runtime_checkable
class FetchStateStore(Protocol):
    def get(self, url: str) -> SourceState | None:
        """A copy of the state of `url`, or None if it was never fetched."""

    def put(self, state: SourceState) -> None:
        """Save the state of `state.url`, replacing what was there."""

    def is_seen(self, source_url: str, item_id: str) -> bool:
        """Whether `item_id` of `source_url` was already handed to ingest (or given up)."""

    def mark_seen(self, source_url: str, item_ids: Iterable[str], when: float) -> None:
        """Remember items as done; `when` (epoch seconds) lets a store prune old ids."""


class InMemoryFetchStateStore:
    """FetchStateStore in a dict; thread-safe; lost when the process ends."""

    def __init__(self) -> None:
        self._states: dict[str, SourceState] = {}
        self._seen: dict[str, dict[str, float]] = {}
        self._lock = threading.Lock()

    def get(self, url: str) -> SourceState | None:
        with self._lock:
            state = self._states.get(url)
            return copy.deepcopy(state) if state is not None else None

    def put(self, state: SourceState) -> None:
        with self._lock:
            self._states[state.url] = copy.deepcopy(state)

    def is_seen(self, source_url: str, item_id: str) -> bool:
        with self._lock:
            return item_id in self._seen.get(source_url, {})

    def mark_seen(self, source_url: str, item_ids: Iterable[str], when: float) -> None:
        with self._lock:
            seen = self._seen.setdefault(source_url, {})
            for item_id in item_ids:
                seen.setdefault(item_id, when)

    def prune_seen(self, before: float) -> int:
        """Forget ids first seen before `before`; returns how many. (Feeds list recent items only.)"""
        removed = 0
        with self._lock:
            for seen in self._seen.values():
                old = [item for item, when in seen.items() if when < before]
                for item in old:
                    del seen[item]
                removed += len(old)
        return removed
