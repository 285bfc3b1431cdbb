"""Records passed between pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ContentType = Literal["text", "html"]


@dataclass(slots=True)
class RawDocument:
    """One article-sized document as read from an input, before cleaning.

    `content` is decoded text: a plain page dump when `content_type == "text"`, HTML markup when "html".
    The metadata fields are hints the container gave (JSONL fields, feed item, WARC headers); cleaning may
    fill the missing ones from the content itself.
    """

    doc_id: str
    source: str  # where it came from: a path, "path#line 3", "path#record 12", "<stdin>"
    input_format: str  # text | html | jsonl | rss | warc
    content_type: ContentType
    content: str
    encoding: str = "utf-8"
    url: str | None = None
    published: str | None = None  # ISO date or datetime string as given by the container
    outlet: str | None = None
    title: str | None = None
    raw_sha256: str = ""  # hash of the raw bytes of this document (idempotency key with doc_id)


@dataclass(slots=True)
class Rejection:
    """An input (file, line or record) that could not become an article, and why."""

    source: str
    code: str  # short machine-readable reason, e.g. "empty", "binary", "bad-json", "truncated"
    message: str  # one line saying what is wrong and what to do


@dataclass(slots=True)
class Segment:
    """A run of cleaned text copied verbatim from the source text."""

    clean_start: int
    source_start: int
    length: int


@dataclass(slots=True)
class CleanArticle:
    """The cleaned article: body text for extraction plus the metadata recovered from the page."""

    doc_id: str
    source_text: str  # the text the offsets point into (the page dump, or the text extracted from HTML)
    text: str  # cleaned body: headline and boilerplate removed, paragraphs separated by blank lines
    segments: list[Segment] = field(default_factory=list)  # map from `text` back to `source_text`
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    dateline: str | None = None  # the visible dateline/place-and-outlet line, verbatim
    published: str | None = None  # YYYY-MM-DD or full ISO datetime
    published_from: str | None = None  # input | meta | dateline | url | header
    url: str | None = None
    canonical_url: str | None = None
    removed: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, kind) in source_text
