"""Coding one article held in memory (no store): what `marsad eval` and library users call."""

from __future__ import annotations

import hashlib
import re

from marsad.clean import clean_document
from marsad.errors import InputRejected
from marsad.events.coder import CodingResult, EventCoder
from marsad.models import RawDocument

_LOOKS_LIKE_HTML = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<div|<article|<p[ >])", re.IGNORECASE)


def code_text(
    article_id: str,
    text: str,
    *,
    url: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
    coder: EventCoder | None = None,
) -> CodingResult:
    """Clean and code one article given as a page dump or HTML; an article with no text codes to nothing."""
    from marsad.events.coder import coding_input

    content_type = "html" if _LOOKS_LIKE_HTML.match(text) else "text"
    document = RawDocument(
        doc_id=article_id,
        source=article_id,
        input_format=content_type,
        content_type=content_type,
        content=text,
        url=url,
        outlet=outlet,
        published=published,
        raw_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )
    try:
        article = clean_document(document)
    except InputRejected:
        return CodingResult()
    coder = coder or EventCoder.default()
    return coder.code(
        coding_input(article_id, article.text, article.source_text, article.segments,
                     article.published or published, article.url or url, article.outlet or outlet,
                     gazetteer=coder.places.gazetteer, title=article.title)
    )
