"""Recognise the input format from content first and the file name second."""

from __future__ import annotations

import re

from marsad.errors import UsageError

# Formats a user can force with IngestOptions.input_format; "auto" sniffs.
INPUT_FORMATS = ("auto", "text", "html", "jsonl", "rss", "warc")
CONTAINER_FORMATS = frozenset({"jsonl", "warc"})  # streamed record by record, never read whole

GZIP_MAGIC = b"\x1f\x8b"
_EXTENSION_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".rss": "rss",
    ".atom": "rss",
    ".warc": "warc",
}
_KNOWN_EXTENSIONS = frozenset(_EXTENSION_FORMATS) | {".xml"}
_PROLOGUE = re.compile(r"(?:\s+|<\?xml[^>]*>|<!--.*?-->)*", re.DOTALL)
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)
_HTML_START = re.compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)
_HTML_TAG = re.compile(r"<(?:head|body|div|p|article|section|meta|title|h[1-6]|span|table)[\s>/]", re.IGNORECASE)


def check_input_format(name: str) -> str:
    """Return `name` if it is a known input format, else raise UsageError listing the choices."""
    if name not in INPUT_FORMATS:
        raise UsageError(f"unknown input format {name!r}; choose one of: {', '.join(INPUT_FORMATS)}")
    return name


def split_compression(name: str) -> tuple[str, bool]:
    """Return the file name without a trailing `.gz` and whether it had one."""
    if name.lower().endswith(".gz"):
        return name[:-3], True
    return name, False


def document_stem(name: str) -> str:
    """The doc-id stem of a file name: `x.txt` → `x`, `x.txt.gz` → `x`, `x.warc.gz` → `x`."""
    inner, _ = split_compression(name)
    base, dot, extension = inner.rpartition(".")
    if dot and base and f".{extension.lower()}" in _KNOWN_EXTENSIONS:
        return base
    if dot and base and not extension.isdigit() and len(extension) <= 5:
        return base
    return inner


def format_from_extension(name: str) -> str | None:
    """The format a file name suggests (`.gz` ignored), or None when the extension says nothing."""
    inner, _ = split_compression(name)
    _, dot, extension = inner.rpartition(".")
    return _EXTENSION_FORMATS.get(f".{extension.lower()}") if dot else None


def sniff_container(head: bytes, name: str) -> str | None:
    """Return "warc" or "jsonl" when the first bytes (decompressed) or the name say so, else None."""
    if head.startswith(b"WARC/"):
        return "warc"
    by_name = format_from_extension(name)
    if by_name in CONTAINER_FORMATS:
        return by_name
    if by_name is None or by_name == "text":
        first = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if first.startswith(b"{"):
            line = first.split(b"\n", 1)[0].rstrip()
            if line.endswith(b"}") or b"\n" not in first:
                return "jsonl"
    return None


def sniff_document(text: str, name: str) -> str:
    """Classify decoded single-document text as "rss", "html" or "text" by its markup, then its name."""
    head = text[:4096].lstrip("\ufeff")
    start = _PROLOGUE.match(head)
    rest = head[start.end():] if start else head
    if _FEED_ROOT.match(rest):
        return "rss"
    if _HTML_START.match(rest):
        return "html"
    by_name = format_from_extension(name)
    if by_name in ("html", "rss"):
        return by_name
    if rest.startswith("<") and (_HTML_TAG.search(head) or name.lower().endswith((".xml", ".xml.gz"))):
        return "html"
    return "text"
