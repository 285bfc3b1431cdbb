"""Ingest articles posted to the API: each is checked like a JSON Lines record, then run through the pipeline.

The documents go to `Pipeline.run_documents` in memory: nothing is written to disk on the way, and no server path
reaches the store or the reply (an article's source is `api#article N`, its place in the request).
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from typing import Any

from marsad.errors import UsageError
from marsad.ingest.containers import article_document
from marsad.models import RawDocument, Rejection
from marsad.settings import Settings
from marsad.store import Store

ARTICLE_FIELDS = ("id", "text", "html", "url", "published", "outlet", "title")
MAX_BATCH = 1000
SOURCE_PREFIX = "api#"
# One pipeline run at a time: the store has a single writer and the near-duplicate index is per pipeline.
_RUN_LOCK = threading.Lock()
_ARTICLE_SOURCE = re.compile(re.escape(SOURCE_PREFIX) + r"(article \d+)")


def parse_batch(payload: Any) -> list[dict]:
    """The articles of a POST body: one article object, or {"articles": [...]}; raises UsageError when malformed."""
    if isinstance(payload, dict) and "articles" in payload:
        extra = sorted(set(payload) - {"articles"})
        if extra:
            raise UsageError(f"unknown top-level field(s) {', '.join(extra)}; send {{\"articles\": [...]}} only")
        articles = payload["articles"]
        if not isinstance(articles, list) or not articles:
            raise UsageError('"articles" must be a non-empty array of article objects')
    elif isinstance(payload, dict):
        articles = [payload]
    else:
        raise UsageError('send one article object or {"articles": [...]}, each with "text" or "html"')
    if len(articles) > MAX_BATCH:
        raise UsageError(f"{len(articles)} articles in one request; send at most {MAX_BATCH} per request")
    for n, article in enumerate(articles, start=1):
        if not isinstance(article, dict):
            raise UsageError(f"article {n} is not a JSON object; send objects with \"text\" or \"html\"")
        unknown = sorted(set(article) - set(ARTICLE_FIELDS))
        if unknown:
            raise UsageError(f"article {n} has unknown field(s) {', '.join(unknown)}; "
                             f"allowed: {', '.join(ARTICLE_FIELDS)}")
    return articles


def _with_id(article: dict) -> dict:
    if article.get("id") is not None and str(article["id"]).strip():
        return article
    body = json.dumps(article, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return {**article, "id": "api-" + hashlib.sha256(body).hexdigest()[:16]}


def article_documents(articles: list[dict], max_bytes: int) -> list[RawDocument | Rejection]:
    """Each posted article as a document, or the rejection `marsad run` gives the same JSON Lines record."""
    documents = []
    for n, article in enumerate(articles, start=1):
        # serialised as a JSON Lines line would be, so the raw hash (what makes a re-post "unchanged") and the
        # size limit are the same as for the article in a .jsonl file
        raw = json.dumps(article, ensure_ascii=False).encode("utf-8")
        documents.append(article_document(article, raw=raw, source=f"{SOURCE_PREFIX}article {n}",
                                          default_id=f"api-{n}", max_bytes=max_bytes))
    return documents


def ingest_articles(store: Store, settings: Settings, articles: list[dict]) -> dict:
    """Run the pipeline over `articles` (dicts with the JSONL fields); return the run summary as JSON."""
    from marsad.pipeline import Pipeline

    articles = [_with_id(a) for a in articles]
    pipeline = Pipeline(store, settings)
    documents = article_documents(articles, max_bytes=pipeline.ingest_options.max_document_bytes)
    with _RUN_LOCK:
        # rejections go in with the documents, so the run counts and keeps them as `marsad run` does
        summary = pipeline.run_documents(documents, command="api")
    result = summary.as_dict()
    result["run_id"] = summary.run_id
    result["ids"] = [str(a["id"]) for a in articles]
    result["rejected"] = [
        {"article": _article_label(r.source), "code": r.code, "message": _ARTICLE_SOURCE.sub(r"\1", r.message)}
        for r in summary.rejected
    ]
    result["non_arabic"] = [{"id": article_id, "language": language} for article_id, language in summary.non_arabic]
    return result


def _article_label(source: str) -> str:
    match = _ARTICLE_SOURCE.fullmatch(source)
    return match.group(1) if match else "request"
