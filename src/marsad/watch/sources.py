"""Reading what a source lists: RSS/Atom feeds (feedparser) and XML sitemaps, including Google News sitemaps,
sitemap indexes and gzipped sitemaps.

Each listed article becomes a `FeedItem` with a stable `item_id` (the feed's guid/id, else the link), which is what
the fetch state remembers as seen.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from lxml import etree

from marsad.errors import MarsadError

_SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
_NEWS_NS = "{http://www.google.com/schemas/sitemap-news/0.9}"


class SourceFormatError(MarsadError):
    """The body of a source is neither a readable feed nor a sitemap."""


@dataclass(slots=True)
class FeedItem:
    item_id: str
    url: str
    title: str | None = None
    published: str | None = None  # ISO 8601 as the source gave it
    summary: str | None = None  # the item's full content, else its summary (used when the page cannot be fetched)


@dataclass(slots=True)
class Listing:
    """What one fetch of a source listed: article items, and (for a sitemap index) child sitemaps to read."""

    kind: str  # feed | sitemap
    items: list[FeedItem] = field(default_factory=list)
    sitemaps: list[tuple[str, str | None]] = field(default_factory=list)  # (url, lastmod)
    title: str | None = None


def parse_listing(body: bytes, text: str | None, url: str, kind: str = "auto",
                  max_bytes: int = 50_000_000) -> Listing:
    """Parse a fetched source body as `kind` (auto: a sitemap when the root is urlset/sitemapindex)."""
    body = _gunzip(body, url, max_bytes)
    if kind in ("auto", "sitemap") and _looks_like_sitemap(body):
        return parse_sitemap(body, url)
    if kind == "sitemap":
        raise SourceFormatError(f"{url}: configured as a sitemap but the body is not a <urlset> or "
                                "<sitemapindex>; set kind: feed or auto")
    return parse_feed(text if text is not None else body.decode("utf-8", errors="replace"), url)


def parse_feed(text: str, url: str) -> Listing:
    """RSS or Atom items, newest first as listed."""
    import feedparser  # imported here: slow to import

    # Already decoded by the fetcher (HTTP charset, XML declaration, detection), so tell feedparser it is UTF-8.
    parsed = feedparser.parse(text.encode("utf-8"),
                              response_headers={"content-type": "application/xml; charset=utf-8"})
    entries = parsed.get("entries") or []
    if not entries and parsed.get("bozo"):
        raise SourceFormatError(f"{url}: not a readable RSS/Atom feed ({parsed.get('bozo_exception')}); check the "
                                "URL points at the feed itself")
    items = []
    for entry in entries:
        link = entry.get("link") or ""
        item_id = entry.get("id") or link
        if not item_id:
            item_id = "sha256:" + hashlib.sha256((entry.get("title") or "").encode("utf-8")).hexdigest()
        content = ""
        for part in entry.get("content") or []:
            if (part.get("value") or "").strip():
                content = part["value"]
                break
        items.append(FeedItem(item_id=str(item_id), url=link, title=entry.get("title") or None,
                              published=_entry_date(entry), summary=content or entry.get("summary") or None))
    return Listing("feed", items, title=parsed.get("feed", {}).get("title") or None)


def parse_sitemap(body: bytes, url: str) -> Listing:
    """`<urlset>` entries (with Google News title/date when present) or a `<sitemapindex>`'s children."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as error:
        raise SourceFormatError(f"{url}: the sitemap is not readable XML ({error})") from error
    if root is None:
        raise SourceFormatError(f"{url}: the sitemap is empty")
    tag = etree.QName(root).localname
    listing = Listing("sitemap")
    if tag == "sitemapindex":
        for node in root:
            if etree.QName(node).localname == "sitemap":
                loc = _child_text(node, "loc")
                if loc:
                    listing.sitemaps.append((loc, _child_text(node, "lastmod")))
        return listing
    for node in root:
        if etree.QName(node).localname != "url":
            continue
        loc = _child_text(node, "loc")
        if not loc:
            continue
        news = node.find(f"{_NEWS_NS}news")
        title = published = None
        if news is not None:
            title = _child_text(news, "title", _NEWS_NS)
            published = _child_text(news, "publication_date", _NEWS_NS)
        listing.items.append(FeedItem(item_id=loc, url=loc, title=title,
                                      published=published or _child_text(node, "lastmod")))
    return listing


def _child_text(node, name: str, namespace: str = _SITEMAP_NS) -> str | None:
    child = node.find(f"{namespace}{name}")
    if child is None:
        child = node.find(name)  # sitemaps written without the namespace
    text = (child.text or "").strip() if child is not None else ""
    return text or None


def _looks_like_sitemap(body: bytes) -> bool:
    head = body[:2048].lower()
    return b"<urlset" in head or b"<sitemapindex" in head


def _gunzip(body: bytes, url: str, max_bytes: int) -> bytes:
    if not body.startswith(b"\x1f\x8b"):
        return body
    inflater = zlib.decompressobj(wbits=31)  # gzip framing
    try:
        data = inflater.decompress(body, max_bytes + 1)  # bounded: a small .gz can inflate to gigabytes
    except zlib.error as error:
        raise SourceFormatError(f"{url}: the gzipped sitemap is corrupt ({error})") from error
    if len(data) > max_bytes:
        raise SourceFormatError(f"{url}: the gzipped sitemap inflates past fetch.max_bytes = {max_bytes:,}")
    return data


def _entry_date(entry) -> str | None:
    for key in ("published", "updated", "created"):
        given = entry.get(key)
        if not given:
            continue
        try:
            return parsedate_to_datetime(given).isoformat()
        except (TypeError, ValueError):
            pass  # not an RFC 822 date; Atom dates are ISO 8601 already
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return datetime(*parsed[:6], tzinfo=UTC).isoformat()
        return given
    return None
