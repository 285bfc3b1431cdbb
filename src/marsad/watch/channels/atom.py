"""Atom feed of alerts: `render_atom(alerts)` returns the XML document `marsad serve` publishes.

The atom channel's delivery is immediate (the feed is read from the alert store when requested), so it exists
to put "atom" in the config like any other channel and to carry the feed's title and length.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from lxml import etree

from marsad.watch.alerts import Alert, AlertStateStore, render_text
from marsad.watch.channels import OptionError

ATOM_NS = "http://www.w3.org/2005/Atom"


def render_atom(alerts: Iterable[Alert], *, title: str = "marsad alerts", feed_id: str = "urn:marsad:alerts",
                self_url: str | None = None, updated: str | None = None) -> str:
    """An Atom 1.0 document with one entry per alert (newest first as given)."""
    alerts = list(alerts)
    feed = etree.Element(f"{{{ATOM_NS}}}feed", nsmap={None: ATOM_NS})
    _text(feed, "id", feed_id)
    _text(feed, "title", title)
    _text(feed, "updated", updated or (alerts[0].created_at if alerts else _now()))
    author = etree.SubElement(feed, f"{{{ATOM_NS}}}author")
    _text(author, "name", "marsad")
    if self_url:
        etree.SubElement(feed, f"{{{ATOM_NS}}}link", rel="self", href=self_url, type="application/atom+xml")
    for alert in alerts:
        entry = etree.SubElement(feed, f"{{{ATOM_NS}}}entry")
        _text(entry, "id", f"urn:marsad:alert:{alert.key}")
        _text(entry, "title", alert.title)
        _text(entry, "updated", alert.created_at)
        _text(entry, "published", alert.created_at)
        etree.SubElement(entry, f"{{{ATOM_NS}}}category", term=alert.severity, label=f"severity {alert.severity}")
        etree.SubElement(entry, f"{{{ATOM_NS}}}category", term=alert.watchlist, scheme="urn:marsad:watchlist")
        content = _text(entry, "content", render_text(alert))
        content.set("type", "text")
    return etree.tostring(feed, xml_declaration=True, encoding="utf-8", pretty_print=True).decode("utf-8")


def _text(parent: etree._Element, name: str, value: str) -> etree._Element:
    element = etree.SubElement(parent, f"{{{ATOM_NS}}}{name}")
    element.text = value
    return element


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class AtomChannel:
    def __init__(self, name: str, *, title: str = "marsad alerts", limit: int = 50):
        self.name = name
        self.title = title
        self.limit = limit

    @classmethod
    def from_options(cls, name: str, options: Mapping[str, Any]) -> AtomChannel:
        for option in options:
            if option not in ("title", "limit"):
                raise OptionError(option, "unknown atom option; expected title or limit")
        limit = options.get("limit", 50)
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise OptionError("limit", f"must be a whole number of entries, at least 1, got {limit!r}")
        return cls(name, title=str(options.get("title", "marsad alerts")), limit=limit)

    def send(self, alert: Alert) -> int:
        return 1  # nothing to push: the feed is rendered from the alert store on request

    def render(self, store: AlertStateStore, *, self_url: str | None = None) -> str:
        """The feed document for the newest `limit` alerts in `store`."""
        return render_atom(store.recent_alerts(self.limit), title=self.title, self_url=self_url)
