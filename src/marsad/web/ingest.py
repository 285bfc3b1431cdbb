"""Ingest articles posted to the API: the same pipeline as `marsad run`, fed a temporary JSON Lines file."""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
import threading
from pathlib import Path
from typing import Any

from marsad.errors import UsageError
from marsad.settings import Settings
from marsad.store import Store

ARTICLE_FIELDS = ("id", "text", "html", "url", "published", "outlet", "title")
MAX_BATCH = 1000
# One pipeline run at a time: the store has a single writer and the near-duplicate index is per pipeline.
_RUN_LOCK = threading.Lock()
_LINE_SOURCE = re.compile(r"^.*#line (\d+)")


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


def ingest_articles(store: Store, settings: Settings, articles: list[dict]) -> dict:
    """Run the pipeline over `articles` (dicts with the JSONL fields); return the run summary as JSON."""
    from marsad.pipeline import Pipeline

    articles = [_with_id(a) for a in articles]
    with tempfile.TemporaryDirectory(prefix="marsad-api-") as tmp:
        path = Path(tmp) / "api.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for article in articles:
                out.write(json.dumps(article, ensure_ascii=False) + "\n")
        with _RUN_LOCK:
            summary = Pipeline(store, settings).run([str(path)], command="api")
    result = summary.as_dict()
    result["run_id"] = summary.run_id
    result["ids"] = [str(a["id"]) for a in articles]
    result["rejected"] = [
        {"article": _article_label(r.source), "code": r.code, "message": _relabel(r.message, r.source)}
        for r in summary.rejected
    ]
    result["non_arabic"] = [{"id": article_id, "language": language} for article_id, language in summary.non_arabic]
    return result


def _article_label(source: str) -> str:
    match = _LINE_SOURCE.match(source)
    return f"article {match.group(1)}" if match else "request"


def _relabel(message: str, source: str) -> str:
    # the temporary file's path means nothing to the client
    return message.replace(source, _article_label(source))
