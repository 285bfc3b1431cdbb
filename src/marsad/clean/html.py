"""HTML pages: main text through trafilatura, metadata from meta tags and JSON-LD.

Choices, measured on 4-55 KB Arabic article pages (2 cores):
- the page is parsed once with lxml; meta tags, JSON-LD and the canonical link are read from that tree with a
  few XPath queries before trafilatura (which prunes the tree in place) extracts the main text;
- trafilatura runs with `fast=True, favor_precision=True, with_metadata=False`: precision mode skips the
  baseline rescue and the recall escalation that otherwise triple the time on pages with large sidebars, and
  its own metadata pass (categories, tags, licence) costs more than it gives here (~7 ms instead of ~15 ms on a
  55 KB page). When precision mode finds too little text the balanced mode runs once more;
- when trafilatura finds nothing (tiny or truncated pages) the text of headings, paragraphs and list items
  outside navigation, header, footer and aside is used, so malformed HTML with text still yields text.

`source_text` of the CleanArticle is the text extracted here (paragraphs on separate lines); the text cleaner
then runs over it like over a page dump, which removes inline "read also" lines and widget residue.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import trafilatura
from lxml import etree
from trafilatura.utils import load_html

from marsad.clean.metadata import iso_from_meta, page_date_parser
from marsad.errors import InputRejected

if TYPE_CHECKING:
    from marsad.clean.core import CleanOptions

_MIN_PRECISE_TEXT = 250
_DATE_XPATH = etree.XPath(
    "//meta[@property='article:published_time' or @name='article:published_time'"
    " or @property='og:article:published_time' or @property='og:published_time'"
    " or @itemprop='datePublished' or @name='pubdate' or @name='publishdate' or @name='publish-date'"
    " or @name='DC.date.issued' or @name='dcterms.created' or @name='date' or @name='sailthru.date']/@content"
    " | //*[@itemprop='datePublished']/@datetime"
)
_HEAD_DATE_XPATH = etree.XPath(
    "/html/head/meta[@property='article:published_time' or @name='article:published_time'"
    " or @property='og:article:published_time' or @itemprop='datePublished' or @name='pubdate']/@content"
)
_ARTICLE_TIME_XPATH = etree.XPath("//article//time/@datetime")
_JSON_LD_XPATH = etree.XPath("//script[@type='application/ld+json']/text()")
_CANONICAL_XPATH = etree.XPath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")
_TITLE_XPATHS = (
    etree.XPath("//meta[@property='og:title' or @name='twitter:title']/@content"),
    etree.XPath("//h1"),
    etree.XPath("//title"),
)
_SITE_XPATH = etree.XPath("//meta[@property='og:site_name' or @name='application-name']/@content")
_AUTHOR_XPATH = etree.XPath("//meta[@name='author' or @property='article:author' or @name='byl']/@content")
_FALLBACK_XPATH = etree.XPath(
    "//*[self::h1 or self::h2 or self::h3 or self::p or self::li or self::blockquote]"
    "[not(ancestor::nav or ancestor::header or ancestor::footer or ancestor::aside or ancestor::script"
    " or ancestor::style or ancestor::form)]"
)
_VISIBLE_DATE_XPATH = etree.XPath(
    "(//time | //*[contains(@class, 'date') or contains(@class, 'time') or contains(@class, 'meta')"
    " or contains(@class, 'posted') or contains(@class, 'published')])[position() <= 12]"
)
_TAG = re.compile(r"<[^>]*>?")
_SPACES = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True, slots=True)
class HtmlExtraction:
    """Main text of an HTML page (paragraphs on separate lines) and the metadata its markup states."""

    text: str
    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    published: str | None = None  # ISO date or datetime from meta tags / JSON-LD
    canonical_url: str | None = None
    visible_date: str | None = None  # ISO date printed in a date/time element of the page


def extract_html(html: str, url: str | None, *, source: str, options: CleanOptions) -> HtmlExtraction:
    """Extract the main text and metadata of an HTML page; raise InputRejected when it has no text."""
    if not html or not html.strip():
        raise InputRejected(source, "no-text", "the HTML document is empty; check the input file or record")
    tree = load_html(html)
    if tree is None:
        text = _plain_text_of_markup(html)
        if not text:
            raise InputRejected(source, "no-text", "the HTML could not be parsed and holds no text; check the input")
        return HtmlExtraction(text=text)
    json_ld = _json_ld_objects(tree)
    metadata = dict(
        title=_title(tree) or _from_json_ld(json_ld, "headline"),
        author=_author(tree, json_ld),
        sitename=_first_text(_SITE_XPATH(tree)) or _publisher(json_ld),
        published=_published(tree, json_ld),
        canonical_url=_first_text(_CANONICAL_XPATH(tree)),
    )
    # Only pages without a machine-readable date pay for scanning date elements (before trafilatura prunes them).
    metadata["visible_date"] = None if metadata["published"] else _visible_date(tree)
    text = _trafilatura_text(tree, url, options, precise=True)
    if len(text) < _MIN_PRECISE_TEXT:
        # trafilatura pruned `tree` in place: each retry parses the page again (rare: short or odd pages)
        balanced = _trafilatura_text(load_html(html), url, options, precise=False)
        text = balanced if len(balanced) > len(text) else text
    if not text:
        text = _block_text(load_html(html))
    if not text.strip():
        raise InputRejected(
            source, "no-text", "the HTML page has no article text (script-only, empty body or truncated head); "
            "check that the page was saved completely",
        )
    return HtmlExtraction(text=text, **metadata)


def _trafilatura_text(tree: Any, url: str | None, options: CleanOptions, *, precise: bool) -> str:
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        fast=options.html_fast,
        favor_precision=precise,
        include_comments=False,
        include_tables=options.html_include_tables,
        include_images=False,
        include_links=False,
        with_metadata=False,
        deduplicate=False,
    )
    return (document.text or "").strip() if document is not None else ""


def _title(tree: Any) -> str | None:
    for xpath in _TITLE_XPATHS:
        for found in xpath(tree):
            text = _clean_line(found if isinstance(found, str) else found.text_content())
            if text:
                return text
    return None


def _block_text(tree: Any) -> str:
    """Headings, paragraphs and list items outside navigation, header, footer and aside, one per line."""
    if tree is None:
        return ""
    lines = (_clean_line(element.text_content()) for element in _FALLBACK_XPATH(tree))
    return "\n".join(line for line in lines if line)


def _first_text(values: list[Any]) -> str | None:
    for value in values:
        text = _clean_line(str(value))
        if text:
            return text
    return None


def _clean_line(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _json_ld_objects(tree: Any) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []
    for raw in _JSON_LD_XPATH(tree):
        try:
            data = json.loads(raw)
        except ValueError:
            continue  # broken JSON-LD is common on news sites; meta tags and the visible date remain
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                objects.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
    return objects


def _from_json_ld(objects: list[dict[str, Any]], key: str) -> str | None:
    for item in objects:
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _publisher(objects: list[dict[str, Any]]) -> str | None:
    for item in objects:
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            return publisher["name"].strip() or None
    return None


def _author(tree: Any, objects: list[dict[str, Any]]) -> str | None:
    author = _first_text([value for value in _AUTHOR_XPATH(tree) if not str(value).startswith("http")])
    if author:
        return author
    for item in objects:
        value = item.get("author")
        value = value[0] if isinstance(value, list) and value else value
        if isinstance(value, dict) and isinstance(value.get("name"), str):
            return value["name"].strip() or None
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _published(tree: Any, objects: list[dict[str, Any]]) -> str | None:
    sources = (
        lambda: _HEAD_DATE_XPATH(tree),
        lambda: [_from_json_ld(objects, "datePublished")],
        lambda: _DATE_XPATH(tree),
        lambda: _ARTICLE_TIME_XPATH(tree),
    )
    for source in sources:  # cheapest first: most pages state the date in <head>
        for candidate in source():
            iso = iso_from_meta(str(candidate)) if candidate else None
            if iso:
                return iso
    return None


def _visible_date(tree: Any) -> str | None:
    """The date printed in the page's date/time/meta elements (trafilatura drops them from the text)."""
    parser = page_date_parser()
    for element in _VISIBLE_DATE_XPATH(tree):
        found = parser.date_line(_clean_line(element.text_content())[:200])
        if found:
            return found.iso
    return None


def _plain_text_of_markup(html: str) -> str:
    lines = (_clean_line(line) for line in _TAG.sub("\n", html).splitlines())
    return "\n".join(line for line in lines if line)
