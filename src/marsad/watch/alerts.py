"""Alerts: each event that matches a watchlist alerts once; a later material change sends an update saying what
changed; every alert is delivered to every channel with its delivery state kept.

Material change (compared with the last alert sent for the same watchlist and event, not with the last version
seen): more distinct sources, a higher death toll, a new conflict between reports, a changed event type. A lower
toll or fewer sources is not alerted (reports get merged and corrected; the desk is told about escalation).

The idempotency key of an alert is a hash of the watchlist, the event id and the material state, so evaluating
the same event twice (a crash and restart, a re-run) yields the same key and the store refuses the duplicate.
Channels receive the key (webhook header, e-mail Message-ID, Atom entry id) so receivers can de-duplicate too.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Protocol, runtime_checkable

from marsad.watch.watchlists import Watchlist, match

log = logging.getLogger("marsad.watch")

EVENT_FIELDS = ("id", "event_type", "sub_event_type", "event_date", "actor1", "actor2", "country", "admin1",
                "admin2", "location", "latitude", "longitude", "place_kind", "fatalities", "sources",
                "evidence_text", "conflicts")
DELIVERY_STATUSES = ("pending", "delivered", "failed")


class ChannelError(Exception):
    """A channel could not deliver an alert. `attempts`: tries made inside the channel; `retryable`: whether a
    later delivery round may succeed."""

    def __init__(self, message: str, *, attempts: int = 1, retryable: bool = True):
        super().__init__(message)
        self.attempts = attempts
        self.retryable = retryable


@runtime_checkable
class Channel(Protocol):
    """Where alerts go. Built-in and plugin channels alike are registered in `marsad.watch.channels`."""

    name: str

    def send(self, alert: Alert) -> int:
        """Deliver `alert`; return the number of attempts it took, or raise ChannelError."""


@dataclass(frozen=True, slots=True)
class Alert:
    key: str  # idempotency key
    watchlist: str
    severity: str
    event_id: str
    kind: str  # new | update
    created_at: str  # ISO 8601, UTC
    reasons: tuple[str, ...]  # why the event matched
    changes: tuple[str, ...]  # for an update: what changed since the last alert
    event: dict[str, Any]  # the event as it was when alerted (EVENT_FIELDS)

    @property
    def title(self) -> str:
        return alert_title(self)

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "watchlist": self.watchlist, "severity": self.severity, "event_id": self.event_id,
                "kind": self.kind, "created_at": self.created_at, "title": self.title, "reasons": list(self.reasons),
                "changes": list(self.changes), "event": self.event}


@dataclass(slots=True)
class Delivery:
    alert_key: str
    channel: str
    status: str = "pending"  # pending (not yet, or to retry) | delivered | failed (gave up)
    attempts: int = 0
    last_error: str | None = None
    next_attempt: float = 0.0  # epoch seconds
    delivered_at: float | None = None


@runtime_checkable
class AlertStateStore(Protocol):
    def last_snapshot(self, watchlist: str, event_id: str) -> dict[str, Any] | None:
        """The material state of the last alert sent for this watchlist and event, or None."""

    def add_alert(self, alert: Alert, snapshot: dict[str, Any], channels: Sequence[str], now: float) -> bool:
        """Record the alert, its snapshot and one pending delivery per channel, atomically; False if the key
        is already there (nothing is changed then)."""

    def get_alert(self, key: str) -> Alert | None: ...

    def due_deliveries(self, now: float) -> list[Delivery]:
        """Pending deliveries whose next attempt is due, oldest first."""

    def save_delivery(self, delivery: Delivery) -> None: ...

    def deliveries(self, alert_key: str | None = None) -> list[Delivery]: ...

    def recent_alerts(self, limit: int = 50) -> list[Alert]:
        """Newest first (for the Atom feed)."""


class InMemoryAlertStateStore:
    """AlertStateStore in dicts; thread-safe; lost when the process ends."""

    def __init__(self) -> None:
        self._alerts: dict[str, Alert] = {}
        self._order: list[str] = []
        self._snapshots: dict[tuple[str, str], dict[str, Any]] = {}
        self._deliveries: dict[tuple[str, str], Delivery] = {}
        self._lock = threading.Lock()

    def last_snapshot(self, watchlist: str, event_id: str) -> dict[str, Any] | None:
        with self._lock:
            snapshot = self._snapshots.get((watchlist, event_id))
            return json.loads(json.dumps(snapshot)) if snapshot is not None else None

    def add_alert(self, alert: Alert, snapshot: dict[str, Any], channels: Sequence[str], now: float) -> bool:
        with self._lock:
            if alert.key in self._alerts:
                return False
            self._alerts[alert.key] = alert
            self._order.append(alert.key)
            self._snapshots[(alert.watchlist, alert.event_id)] = json.loads(json.dumps(snapshot))
            for channel in channels:
                self._deliveries[(alert.key, channel)] = Delivery(alert.key, channel, next_attempt=now)
            return True

    def get_alert(self, key: str) -> Alert | None:
        with self._lock:
            return self._alerts.get(key)

    def due_deliveries(self, now: float) -> list[Delivery]:
        with self._lock:
            return [replace(d) for d in self._deliveries.values() if d.status == "pending" and d.next_attempt <= now]

    def save_delivery(self, delivery: Delivery) -> None:
        with self._lock:
            self._deliveries[(delivery.alert_key, delivery.channel)] = replace(delivery)

    def deliveries(self, alert_key: str | None = None) -> list[Delivery]:
        with self._lock:
            return [replace(d) for d in self._deliveries.values() if alert_key in (None, d.alert_key)]

    def recent_alerts(self, limit: int = 50) -> list[Alert]:
        with self._lock:
            return [self._alerts[key] for key in reversed(self._order[-limit:])]


@dataclass(slots=True)
class DeliveryReport:
    delivered: list[Delivery] = field(default_factory=list)
    retrying: list[Delivery] = field(default_factory=list)
    failed: list[Delivery] = field(default_factory=list)  # given up this round


class AlertEngine:
    """Turns events into alerts (once each, plus updates) and delivers them through channels."""

    def __init__(self, state: AlertStateStore, watchlists: Iterable[Watchlist] = (),
                 channels: Iterable[Channel] = (), *, max_attempts: int = 5, retry_delay: float = 60.0,
                 max_retry_delay: float = 3600.0, clock=time.time):
        self.state = state
        self.watchlists = tuple(watchlists)
        self.channels = {channel.name: channel for channel in channels}
        self.max_attempts = max_attempts
        self.retry_delay = retry_delay
        self.max_retry_delay = max_retry_delay
        self._clock = clock

    def evaluate(self, events: Iterable[dict[str, Any]]) -> list[Alert]:
        """Record an alert for each (watchlist, event) that newly matches or changed materially; return them."""
        created = []
        for event in events:
            if event.get("id") in (None, ""):
                raise ValueError("an event without an 'id' cannot be alerted on; give every event its store id")
            for watchlist in self.watchlists:
                result = match(watchlist, event)
                if not result:
                    continue
                alert = self._alert_for(watchlist, event, result.reasons)
                if alert is not None:
                    created.append(alert)
        return created

    def _alert_for(self, watchlist: Watchlist, event: dict[str, Any], reasons: tuple[str, ...]) -> Alert | None:
        event_id = str(event["id"])
        snapshot = material_state(event)
        previous = self.state.last_snapshot(watchlist.name, event_id)
        if previous is None:
            kind, changes = "new", ()
        else:
            changes = material_changes(previous, snapshot)
            if not changes:
                return None
            kind = "update"
            # keep the high-water marks, so a later dip and recovery is not alerted as an escalation
            snapshot = {**snapshot, "sources": max(snapshot["sources"], previous.get("sources", 0)),
                        "fatalities": max(snapshot["fatalities"], previous.get("fatalities", 0)),
                        "conflicts": sorted(set(snapshot["conflicts"]) | set(previous.get("conflicts", [])))}
        key = idempotency_key(watchlist.name, event_id, snapshot)
        alert = Alert(key=key, watchlist=watchlist.name, severity=watchlist.severity, event_id=event_id, kind=kind,
                      created_at=datetime.fromtimestamp(self._clock(), UTC).isoformat(timespec="seconds"),
                      reasons=tuple(reasons), changes=tuple(changes),
                      event={k: _jsonable(event.get(k)) for k in EVENT_FIELDS})
        if not self.state.add_alert(alert, snapshot, list(self.channels), self._clock()):
            return None
        return alert

    def deliver(self) -> DeliveryReport:
        """Try every due delivery once; failures are recorded and retried later with exponential back-off."""
        now = self._clock()
        report = DeliveryReport()
        for delivery in self.state.due_deliveries(now):
            channel = self.channels.get(delivery.channel)
            alert = self.state.get_alert(delivery.alert_key)
            if channel is None or alert is None:
                delivery.status = "failed"
                delivery.last_error = (f"channel {delivery.channel!r} is no longer configured" if channel is None
                                       else "the alert is missing from the store")
                self.state.save_delivery(delivery)
                report.failed.append(delivery)
                continue
            try:
                delivery.attempts += channel.send(alert)
            except ChannelError as error:
                delivery.attempts += max(1, error.attempts)
                delivery.last_error = str(error)
                if not error.retryable or delivery.attempts >= self.max_attempts:
                    delivery.status = "failed"
                    report.failed.append(delivery)
                    log.error("alert %s to %s failed for good after %d attempts: %s", alert.key, channel.name,
                              delivery.attempts, error)
                else:
                    delay = min(self.retry_delay * 2 ** (delivery.attempts - 1), self.max_retry_delay)
                    delivery.next_attempt = now + delay
                    report.retrying.append(delivery)
                    log.warning("alert %s to %s failed (attempt %d), retry in %.0fs: %s", alert.key, channel.name,
                                delivery.attempts, delay, error)
            else:
                delivery.status = "delivered"
                delivery.delivered_at = now
                delivery.last_error = None
                report.delivered.append(delivery)
            self.state.save_delivery(delivery)
        return report

    def process(self, events: Iterable[dict[str, Any]]) -> tuple[list[Alert], DeliveryReport]:
        """`evaluate` then `deliver`."""
        alerts = self.evaluate(events)
        return alerts, self.deliver()


def material_state(event: dict[str, Any]) -> dict[str, Any]:
    """The parts of an event whose change is worth an update."""
    return {"sources": int(_number(event.get("sources"))), "fatalities": int(_number(event.get("fatalities"))),
            "conflicts": sorted({describe_conflict(c) for c in event.get("conflicts") or []}),
            "event_type": event.get("event_type"), "sub_event_type": event.get("sub_event_type")}


def material_changes(previous: dict[str, Any], current: dict[str, Any]) -> list[str]:
    """One line per material change from `previous` to `current`."""
    changes = []
    for key, label in (("fatalities", "fatalities"), ("sources", "sources")):
        if current[key] > previous.get(key, 0):
            changes.append(f"{label} {previous.get(key, 0)} → {current[key]}")
    for conflict in current["conflicts"]:
        if conflict not in previous.get("conflicts", []):
            changes.append(f"new conflict: {conflict}")
    before = (previous.get("event_type"), previous.get("sub_event_type"))
    after = (current["event_type"], current["sub_event_type"])
    if after != before:
        changes.append(f"recoded: {' / '.join(str(x) for x in before)} → {' / '.join(str(x) for x in after)}")
    return changes


def idempotency_key(watchlist: str, event_id: str, snapshot: dict[str, Any]) -> str:
    payload = json.dumps([watchlist, event_id, snapshot], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def describe_conflict(conflict: Any) -> str:
    if isinstance(conflict, str):
        return conflict
    return json.dumps(conflict, sort_keys=True, ensure_ascii=False)


def alert_title(alert: Alert) -> str:
    event = alert.event
    place = ", ".join(str(p) for p in (event.get("location"), event.get("admin1"), event.get("country")) if p)
    what = event.get("sub_event_type") or event.get("event_type") or "event"
    title = f"[{alert.severity.upper()}] {alert.watchlist}: {what}"
    if place:
        title += f" in {place}"
    if event.get("event_date"):
        title += f" ({event['event_date']})"
    if alert.kind == "update":
        title = "Update: " + title + " — " + "; ".join(alert.changes)
    return title


def render_text(alert: Alert) -> str:
    """Plain-text body of an alert (UTF-8; Arabic evidence kept as is)."""
    event = alert.event
    lines = [alert.title, ""]
    if alert.changes:
        lines += ["What changed:"] + [f"  - {c}" for c in alert.changes] + [""]
    lines.append(f"Watchlist: {alert.watchlist} (severity {alert.severity})")
    lines.append("Matched: " + "; ".join(alert.reasons))
    for key in ("event_type", "sub_event_type", "event_date", "actor1", "actor2", "location", "admin1", "admin2",
                "country", "fatalities", "sources"):
        if event.get(key) not in (None, ""):
            lines.append(f"{key}: {event[key]}")
    if event.get("latitude") is not None and event.get("longitude") is not None:
        lines.append(f"coordinates: {event['latitude']}, {event['longitude']}")
    if event.get("conflicts"):
        lines.append("conflicts: " + "; ".join(describe_conflict(c) for c in event["conflicts"]))
    if event.get("evidence_text"):
        lines += ["", "Evidence:", str(event["evidence_text"])]
    lines += ["", f"Event {alert.event_id} · alert {alert.key}"]
    return "\n".join(lines) + "\n"


def render_html(alert: Alert) -> str:
    """HTML body of an alert; the evidence is marked right-to-left so Arabic renders correctly."""
    event = alert.event
    esc = html.escape
    rows = "".join(f"<tr><th align='left'>{esc(k)}</th><td dir='auto'>{esc(str(event[k]))}</td></tr>"
                   for k in ("event_type", "sub_event_type", "event_date", "actor1", "actor2", "location",
                             "admin1", "admin2", "country", "fatalities", "sources")
                   if event.get(k) not in (None, ""))
    changes = ("<p><strong>What changed:</strong></p><ul>" + "".join(f"<li>{esc(c)}</li>" for c in alert.changes)
               + "</ul>") if alert.changes else ""
    evidence = (f"<blockquote dir='rtl' lang='ar' style='text-align:right'>{esc(str(event['evidence_text']))}"
                "</blockquote>") if event.get("evidence_text") else ""
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>" + esc(alert.title) + "</title></head><body>"
            f"<h2 dir='auto'>{esc(alert.title)}</h2>{changes}"
            f"<p>Watchlist <strong>{esc(alert.watchlist)}</strong> (severity {esc(alert.severity)}). "
            f"Matched: {esc('; '.join(alert.reasons))}</p><table>{rows}</table>{evidence}"
            f"<p style='color:#666'>Event {esc(alert.event_id)} · alert {esc(alert.key)}</p></body></html>")


def _number(value: Any) -> float:
    if value is None or isinstance(value, bool):
        return 0
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0


def _jsonable(value: Any) -> Any:
    try:
        json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return str(value)
    return value
