"""Inputs that hold many articles: JSON Lines, RSS/Atom feeds and WARC web archives.

JSONL and WARC are streamed record by record so a multi-gigabyte container never sits in memory; only an
oversized record is rejected. A feed is parsed whole (feedparser needs the full document) and so counts as
one document for the size limit.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import zlib
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import IO, Any

from marsad.errors import InputRejected
from marsad.ingest.encoding import charset_from_content_type, decode_document
from marsad.models import RawDocument, Rejection

_JSONL_TEXT_FIELDS = ("url", "published", "outlet", "title")
_MARKUP = re.compile(r"<[A-Za-z/!][^>]*>")
_HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml")
_SKIP_CHUNK = 1024 * 1024


class GuardedStream:
    """A binary reader that reports a cut or corrupt gzip stream as InputRejected and keeps its last bytes.

    warcio treats EOFError as a clean end of archive, so a truncated `.warc.gz` would pass unnoticed; raising
    a different exception here keeps the cut visible. `tail` lets a caller check how the stream ended.
    """

    def __init__(self, inner: IO[bytes], source: str):
        self._inner = inner
        self._source = source
        self.position = 0
        self.head = b""
        self.tail = b""

    def read(self, size: int = -1) -> bytes:
        """Read up to `size` bytes (all when negative); may return fewer, like `read1`."""
        # read1 hands back what was decompressed before a cut; read() would drop it with the EOFError.
        method = self._inner.read1 if size >= 0 and hasattr(self._inner, "read1") else self._inner.read
        return self._track(self._guard(method, size))

    def readline(self, limit: int = -1) -> bytes:
        """Read one line of at most `limit` bytes."""
        return self._track(self._guard(self._inner.readline, limit))

    def tell(self) -> int:
        """Bytes read so far (warcio uses it to compute record offsets)."""
        return self.position

    def _track(self, data: bytes) -> bytes:
        if data:
            if self.position < 8:
                self.head = (self.head + data[:8])[:8]
            self.position += len(data)
            self.tail = (self.tail + data[-4:])[-4:]
        return data

    def _guard(self, method: Callable[[int], bytes], size: int) -> bytes:
        try:
            return method(size)
        except EOFError as error:
            raise InputRejected(
                self._source, "truncated",
                f"{self._source}: the gzip stream is cut short (incomplete download or copy); "
                "whatever came before the cut was read, fetch or copy the file again for the rest",
            ) from error
        except (gzip.BadGzipFile, zlib.error) as error:
            raise InputRejected(
                self._source, "corrupt",
                f"{self._source}: the gzip data is corrupt or cut short ({error}); fetch or copy the file again",
            ) from error


def read_jsonl(stream: IO[bytes], stem: str, source: str, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    """Yield one RawDocument per JSONL line (`{"id", "text" | "html", "url", "published", "outlet", "title"}`)."""
    line_number = 0
    while True:
        raw = stream.readline(max_bytes + 2)
        if not raw:
            return
        line_number += 1
        line_source = f"{source}#line {line_number}"
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield _too_large(line_source, "line", max_bytes)
            continue
        line = raw.strip()
        if line_number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf").strip()
            if line.startswith(b"["):
                yield Rejection(line_source, "bad-json", (
                    f"{line_source}: a JSON array, not JSON Lines; write one article object per line, "
                    "e.g. `jq -c '.[]' FILE > FILE.jsonl`"))
                return
        if not line:
            continue
        yield _jsonl_record(line, line_number, stem, line_source)


def _jsonl_record(line: bytes, line_number: int, stem: str, source: str) -> RawDocument | Rejection:
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as error:
        return Rejection(source, "bad-json",
                         f"{source}: not UTF-8 (byte {error.start}); JSON Lines must be UTF-8, re-save the file")
    except json.JSONDecodeError as error:
        return Rejection(source, "bad-json",
                         f"{source}: invalid JSON ({error.msg} at column {error.colno}); fix or remove the line")
    return article_document(record, raw=line, source=source, default_id=f"{stem}-{line_number}")


def article_document(record: Any, *, raw: bytes, source: str, default_id: str,
                     max_bytes: int | None = None) -> RawDocument | Rejection:
    """Check one parsed article object (`{"id", "text" | "html", "url", "published", "outlet", "title"}`).

    The checks and messages of a JSON Lines record, shared by `marsad run` and POST /api/articles. `raw` is the
    record as received (its hash tells an unchanged re-send), `default_id` the id used when it has none, and
    `max_bytes`, when given, the document size limit `raw` must keep to.
    """
    if max_bytes is not None and len(raw) > max_bytes:
        return _too_large(source, "line", max_bytes)
    if not isinstance(record, dict):
        return Rejection(source, "bad-record",
                         f"{source}: a JSON {_json_kind(record)}, not an article object; "
                         'write {"text": ...} or {"html": ...} objects, one per line')
    problem = _jsonl_type_problem(record)
    if problem:
        return Rejection(source, "bad-record", f"{source}: {problem}; fix the field or remove the line")
    text, html = record.get("text"), record.get("html")
    if text and text.strip():
        content_type, content = "text", text
    elif html and html.strip():
        content_type, content = "html", html
    else:
        return Rejection(source, "bad-record",
                         f'{source}: has neither a non-empty "text" nor "html" field; add the article body '
                         "or remove the line")
    given_id = record.get("id")
    doc_id = str(given_id).strip() if given_id is not None and str(given_id).strip() else default_id
    return RawDocument(
        doc_id=doc_id, source=source, input_format="jsonl", content_type=content_type, content=content,
        encoding="utf-8", url=record.get("url"), published=record.get("published"),
        outlet=record.get("outlet"), title=record.get("title"), raw_sha256=hashlib.sha256(raw).hexdigest(),
    )


def _jsonl_type_problem(record: dict[str, Any]) -> str | None:
    for name in ("text", "html", *_JSONL_TEXT_FIELDS):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            return f'field "{name}" is a JSON {_json_kind(value)}, expected a string'
    given_id = record.get("id")
    if given_id is not None and (isinstance(given_id, bool) or not isinstance(given_id, (str, int))):
        return f'field "id" is a JSON {_json_kind(given_id)}, expected a string or an integer'
    return None


def _json_kind(value: object) -> str:
    kinds = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return kinds.get(type(value), "null")


def _skip_rest_of_line(stream: IO[bytes]) -> None:
    while True:
        chunk = stream.readline(_SKIP_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def read_feed(text: str, stem: str, source: str) -> Iterator[RawDocument | Rejection]:
    """Yield one RawDocument per RSS/Atom item: its full content, else its summary."""
    import feedparser  # imported here: slow to import and only feeds need it

    # The text is already decoded (by the same rules as every other input), so tell feedparser it is UTF-8;
    # an HTTP-style charset overrides the XML declaration.
    parsed = feedparser.parse(text.encode("utf-8"),
                              response_headers={"content-type": "application/xml; charset=utf-8"})
    entries = parsed.get("entries") or []
    if parsed.get("bozo") and not isinstance(parsed.get("bozo_exception"), feedparser.CharacterEncodingOverride):
        problem = parsed.get("bozo_exception")
        if not entries:
            yield Rejection(source, "bad-feed",
                            f"{source}: not a readable RSS/Atom feed ({problem}); check the file is a complete feed")
            return
    else:
        problem = None
    if not entries:
        yield Rejection(source, "empty", f"{source}: the feed has no items; nothing to read")
        return
    outlet = parsed.get("feed", {}).get("title") or None
    for number, entry in enumerate(entries, start=1):
        yield _feed_item(entry, number, stem, f"{source}#item {number}", outlet)
    if problem is not None:
        yield Rejection(source, "bad-feed",
                        f"{source}: the feed is malformed after item {len(entries)} ({problem}); items past that "
                        "point may be missing, fetch the feed again")


def _feed_item(entry: Any, number: int, stem: str, source: str, outlet: str | None) -> RawDocument | Rejection:
    content = ""
    for part in entry.get("content") or []:
        if (part.get("value") or "").strip():
            content = part["value"]
            break
    if not content.strip():
        content = entry.get("summary") or ""
    if not content.strip():
        return Rejection(source, "empty", f"{source}: the feed item has neither content nor a summary; skipped")
    return RawDocument(
        doc_id=f"{stem}-{number}", source=source, input_format="rss",
        content_type="html" if _MARKUP.search(content) else "text", content=content, encoding="utf-8",
        url=entry.get("link") or None, published=_feed_date(entry), outlet=outlet,
        title=entry.get("title") or None, raw_sha256=hashlib.sha256(content.encode("utf-8")).hexdigest(),
    )


def _feed_date(entry: Any) -> str | None:
    """The item date as ISO 8601, keeping the publisher's UTC offset (the local date is the event date)."""
    for key in ("published", "updated", "created"):
        given = entry.get(key)
        if not given:
            continue
        try:
            return parsedate_to_datetime(given).isoformat()  # RSS: RFC 822 dates
        except (TypeError, ValueError):
            pass  # not RFC 822; Atom dates are ISO already
        try:
            return datetime.fromisoformat(given).isoformat()
        except ValueError:
            pass  # neither form: fall back to the date feedparser normalised to UTC
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return datetime(*parsed[:6], tzinfo=timezone.utc).isoformat()
        return given
    return None


def read_warc(stream: GuardedStream, stem: str, source: str, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    """Yield one RawDocument per 2xx HTML `response` record; a cut archive ends with one "truncated" rejection."""
    from warcio.archiveiterator import ArchiveIterator  # imported here: only WARC inputs need it
    from warcio.exceptions import ArchiveLoadFailed

    html_number = 0
    record_number = 0
    previous = None
    try:
        for record in ArchiveIterator(stream):
            if record.format != "warc":  # warcio's ARC fallback would accept any text as records
                raise InputRejected(source, "bad-warc",
                                    f"{source}: not a WARC file (it does not start with a WARC/1.x header); "
                                    "pass WARC archives only, or let the format be sniffed")
            _raise_if_cut(previous, source, record_number)
            previous = record
            record_number += 1
            if not _is_html_response(record):
                continue
            html_number += 1
            yield from _warc_document(record, f"{stem}-{html_number}", record_number, source, max_bytes)
    except (ArchiveLoadFailed, ValueError, AttributeError) as error:
        # warcio fails with these (AttributeError included) on a header cut in the middle
        if stream.read(1) == b"" and (record_number or stream.head.startswith(b"WARC/")):
            raise _warc_cut(source, record_number + 1) from error
        raise InputRejected(source, "bad-warc",
                            f"{source}: not a readable WARC file ({str(error).strip()[:200]}); "
                            "check it with `warcio check`") from error
    _raise_if_cut(previous, source, record_number)
    if stream.position and not stream.tail.endswith((b"\r\n\r\n", b"\n\n")):
        raise _warc_cut(source, record_number + 1)
    if html_number == 0:
        yield Rejection(source, "empty", f"{source}: the archive has no HTML 2xx response records; nothing to read")


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and content_type.startswith(_HTML_CONTENT_TYPES)


def _warc_document(record: Any, doc_id: str, record_number: int, source: str,
                   max_bytes: int) -> Iterator[RawDocument | Rejection]:
    record_source = f"{source}#record {record_number}"
    if (record.length or 0) > max_bytes:
        yield _too_large(record_source, "record", max_bytes)
        return
    payload = record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        yield _too_large(record_source, "record", max_bytes)
        return
    if getattr(record.raw_stream, "limit", 0) > 0:
        raise _warc_cut(source, record_number)
    if not payload.strip():
        yield Rejection(record_source, "empty", f"{record_source}: the response body is empty; skipped")
        return
    content_type = record.http_headers.get_header("Content-Type")
    try:
        decoded = decode_document(payload, record_source, declared=charset_from_content_type(content_type))
    except InputRejected as rejected:
        yield Rejection(rejected.source, rejected.code, rejected.message)
        return
    yield RawDocument(
        doc_id=doc_id, source=record_source, input_format="warc", content_type="html", content=decoded.text,
        encoding=decoded.encoding, url=record.rec_headers.get_header("WARC-Target-URI"),
        raw_sha256=hashlib.sha256(payload).hexdigest(),
    )


def _raise_if_cut(previous: Any, source: str, record_number: int) -> None:
    # warcio drains each record before parsing the next; bytes still owed by a record mean the file ended.
    if previous is not None and getattr(previous.raw_stream, "limit", 0) > 0:
        raise _warc_cut(source, record_number)


def _warc_cut(source: str, record_number: int) -> InputRejected:
    return InputRejected(
        source, "truncated",
        f"{source}: the archive is cut short in record {record_number} (incomplete download or copy); "
        "the records before it were read, fetch or copy the file again for the rest",
    )


def _too_large(source: str, what: str, max_bytes: int) -> Rejection:
    return Rejection(source, "too-large",
                     f"{source}: the {what} is larger than the {max_bytes:,}-byte limit; skipped, raise "
                     "max_document_bytes if it really is one article")
