"""Read one planned input (a file or stdin) into RawDocuments, turning every failure into a Rejection."""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import sys
from collections.abc import Iterator
from typing import IO

from marsad.errors import InputRejected
from marsad.ingest.containers import GuardedStream, read_feed, read_jsonl, read_warc
from marsad.ingest.encoding import decode_document
from marsad.ingest.formats import CONTAINER_FORMATS, GZIP_MAGIC, sniff_container, sniff_document, split_compression
from marsad.ingest.planning import IngestOptions, InputFile
from marsad.models import RawDocument, Rejection

_SNIFF_BYTES = 64 * 1024
_GZIP_CHUNK = 1024 * 1024


def read_input(file: InputFile, options: IngestOptions | None = None) -> Iterator[RawDocument | Rejection]:
    """Yield the documents of one input, and a Rejection for each part that cannot be used; never raises."""
    options = options or IngestOptions()
    try:
        yield from _read_input(file, options)
    except InputRejected as rejected:
        yield Rejection(rejected.source, rejected.code, rejected.message)
    except OSError as error:
        yield _os_error_rejection(file.display, error)


def _read_input(file: InputFile, options: IngestOptions) -> Iterator[RawDocument | Rejection]:
    if file.is_stdin:
        stdin = getattr(sys.stdin, "buffer", None)
        if stdin is None:
            raise InputRejected(file.display, "missing",
                                f"{file.display}: no standard input is attached; pipe the articles in or pass paths")
        data = stdin.read()
        yield from _read_stream(io.BytesIO(data), len(data), file, "", options)
        return
    with open(file.path, "rb") as stream:
        size = os.fstat(stream.fileno()).st_size
        yield from _read_stream(stream, size, file, os.path.basename(file.path), options)


def _read_stream(stream: IO[bytes], size: int, file: InputFile, name: str,
                 options: IngestOptions) -> Iterator[RawDocument | Rejection]:
    source = file.display
    limit = options.max_document_bytes
    if size == 0:
        raise _empty(source)
    # Small files are read in one call; a big one only up to the sniffing window, in case it is a container.
    data = stream.read() if size <= limit else stream.read(_SNIFF_BYTES)
    forced = None if options.input_format == "auto" else options.input_format
    if data.startswith(GZIP_MAGIC):
        yield from _read_compressed(stream, file, split_compression(name)[0], forced, limit)
        return
    container = _container_format(forced, data, name)
    if container is not None:
        stream.seek(0)
        yield from _read_container(container, stream, file, limit)
        return
    if size > limit or len(data) > limit:
        raise _too_large(source, size, limit)
    yield from _read_document(data, file, name, forced)


def _read_compressed(stream: IO[bytes], file: InputFile, inner_name: str, forced: str | None,
                     limit: int) -> Iterator[RawDocument | Rejection]:
    source = file.display
    stream.seek(0)
    unpacked = GuardedStream(gzip.GzipFile(fileobj=stream, mode="rb"), source)
    head = unpacked.read(_SNIFF_BYTES)
    if not head:
        raise _empty(source)
    container = _container_format(forced, head, inner_name)
    if container is not None:
        stream.seek(0)
        yield from _read_container(container, GuardedStream(gzip.GzipFile(fileobj=stream, mode="rb"), source),
                                   file, limit)
        return
    chunks = [head]
    total = len(head)
    while total <= limit:
        chunk = unpacked.read(_GZIP_CHUNK)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > limit:
        raise _too_large(source, None, limit)
    yield from _read_document(b"".join(chunks), file, inner_name, forced)


def _container_format(forced: str | None, head: bytes, name: str) -> str | None:
    if forced is not None:
        return forced if forced in CONTAINER_FORMATS else None
    return sniff_container(head, name)


def _read_container(container: str, stream: IO[bytes], file: InputFile,
                    limit: int) -> Iterator[RawDocument | Rejection]:
    if container == "jsonl":
        yield from read_jsonl(stream, file.stem, file.display, limit)
    else:
        guarded = stream if isinstance(stream, GuardedStream) else GuardedStream(stream, file.display)
        yield from read_warc(guarded, file.stem, file.display, limit)


def _read_document(data: bytes, file: InputFile, name: str, forced: str | None) -> Iterator[RawDocument | Rejection]:
    source = file.display
    if data.isspace():
        raise _empty(source)
    decoded = decode_document(data, source)
    if not decoded.text.strip():
        raise _empty(source)
    kind = forced or sniff_document(decoded.text, name)
    if kind == "rss":
        yield from read_feed(decoded.text, file.stem, source)
        return
    yield RawDocument(
        doc_id=file.stem, source=source, input_format=kind, content_type="html" if kind == "html" else "text",
        content=decoded.text, encoding=decoded.encoding, raw_sha256=hashlib.sha256(data).hexdigest(),
    )


def _empty(source: str) -> InputRejected:
    return InputRejected(source, "empty", f"{source}: the input is empty; remove it or export the article again")


def _too_large(source: str, size: int | None, limit: int) -> InputRejected:
    size_text = f"{size:,} bytes" if size is not None else "it decompresses to more bytes than that"
    return InputRejected(
        source, "too-large",
        f"{source}: larger than the {limit:,}-byte document limit ({size_text}); skipped without reading, "
        "raise max_document_bytes if it really is one article",
    )


def _os_error_rejection(source: str, error: OSError) -> Rejection:
    if isinstance(error, PermissionError):
        return Rejection(source, "permission",
                         f"{source}: permission denied; make the file readable for this user or leave it out")
    if isinstance(error, FileNotFoundError):
        return Rejection(source, "missing",
                         f"{source}: disappeared before it could be read; check nothing moves or deletes inputs")
    if isinstance(error, IsADirectoryError):
        return Rejection(source, "not-a-file",
                         f"{source}: is a directory; plan inputs with plan_inputs so directories are expanded")
    return Rejection(source, "io-error",
                     f"{source}: read failed ({error.strerror or error}); check the disk, or copy the file and retry")
