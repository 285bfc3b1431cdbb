"""Each input format (and its gzip variant, and stdin) becomes RawDocuments with the right ids and metadata."""

from __future__ import annotations

import hashlib
import io
import json
import sys

import pytest
from ingest_fixtures import (
    ATOM_FEED,
    HEADLINE,
    HTML_PAGE,
    PAGE_DUMP,
    RSS_FEED,
    SECOND_STORY,
    SEEDS_DIR,
    THIRD_STORY,
    documents,
    gzipped,
    html_response_body,
    jsonl_lines,
    make_warc,
    only_document,
    read_file,
    read_path,
    rejections,
    write,
)

from marsad.ingest import IngestOptions, plan_inputs, read_input
from marsad.models import RawDocument


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------- plain text and HTML

def test_text_page_dump_becomes_one_document_named_by_stem(tmp_path):
    path = write(tmp_path / "000_idlib.txt", PAGE_DUMP)
    document = only_document(read_file(path))
    assert (document.doc_id, document.source, document.input_format, document.content_type) == (
        "000_idlib", str(path), "text", "text")
    assert document.content == PAGE_DUMP
    assert document.raw_sha256 == sha256(PAGE_DUMP.encode("utf-8"))


@pytest.mark.skipif(not SEEDS_DIR.is_dir(), reason="shared seeds not present")
def test_seed_page_dumps_read_as_utf8_text():
    items = read_path(SEEDS_DIR)
    assert [item.doc_id for item in documents(items)] == sorted(path.stem for path in SEEDS_DIR.glob("*.txt"))
    for document in documents(items):
        assert document.encoding == "utf-8" and document.content_type == "text"
        assert "داعش" in document.content


@pytest.mark.parametrize("name", ["story.html", "story.htm", "story.txt", "story"],
                         ids=["html", "htm", "html content named .txt", "no extension"])
def test_html_is_recognised_by_content_or_extension(tmp_path, name):
    document = only_document(read_file(write(tmp_path / name, HTML_PAGE)))
    assert (document.doc_id, document.content_type, document.input_format) == ("story", "html", "html")
    assert document.content == HTML_PAGE


def test_html_fragment_with_html_extension_is_html(tmp_path):
    fragment = f"<h1>{HEADLINE}</h1><p>{SECOND_STORY}</p>"
    assert only_document(read_file(write(tmp_path / "frag.html", fragment))).content_type == "html"


def test_malformed_html_passes_through_for_the_cleaner(tmp_path):
    broken = f"<html><body><div><p>{SECOND_STORY}<p>{THIRD_STORY}</div></span><table><tr><td>"
    document = only_document(read_file(write(tmp_path / "broken.html", broken)))
    assert document.content == broken and document.content_type == "html"


def test_forced_text_format_keeps_markup_as_text(tmp_path):
    document = only_document(read_file(write(tmp_path / "page.html", HTML_PAGE), input_format="text"))
    assert document.content_type == "text" and document.content == HTML_PAGE


# ---------------------------------------------------------------- JSONL

def test_jsonl_lines_become_documents_with_metadata_and_default_ids(tmp_path):
    lines = [
        json.dumps({"id": "sana-101", "text": SECOND_STORY, "url": "https://example.sy/101",
                    "published": "2023-03-12", "outlet": "سانا", "title": "اغتيال ناشط"}, ensure_ascii=False),
        "",
        json.dumps({"html": f"<p>{THIRD_STORY}</p>", "outlet": "عدن الغد"}, ensure_ascii=False),
        json.dumps({"id": 7, "text": PAGE_DUMP}, ensure_ascii=False),
    ]
    path = write(tmp_path / "batch.jsonl", jsonl_lines(*lines))
    found = documents(read_file(path))
    assert [(doc.doc_id, doc.source, doc.content_type) for doc in found] == [
        ("sana-101", f"{path}#line 1", "text"),
        ("batch-3", f"{path}#line 3", "html"),
        ("7", f"{path}#line 4", "text"),
    ]
    first = found[0]
    assert (first.url, first.published, first.outlet, first.title, first.content) == (
        "https://example.sy/101", "2023-03-12", "سانا", "اغتيال ناشط", SECOND_STORY)
    assert first.raw_sha256 == sha256(lines[0].encode("utf-8"))
    assert {doc.input_format for doc in found} == {"jsonl"}


def test_jsonl_is_sniffed_from_content_without_extension(tmp_path):
    path = write(tmp_path / "export", jsonl_lines(json.dumps({"text": SECOND_STORY}, ensure_ascii=False)))
    assert only_document(read_file(path)).doc_id == "export-1"


def test_jsonl_with_crlf_line_ends_hashes_the_line_without_its_ending(tmp_path):
    line = json.dumps({"text": THIRD_STORY}, ensure_ascii=False)
    path = write(tmp_path / "windows.jsonl", (line + "\r\n").encode("utf-8") * 2)
    found = documents(read_file(path))
    assert [doc.doc_id for doc in found] == ["windows-1", "windows-2"]
    assert found[0].raw_sha256 == found[1].raw_sha256 == sha256(line.encode("utf-8"))


# ---------------------------------------------------------------- RSS / Atom

def test_rss_items_become_documents_with_item_metadata(tmp_path):
    path = write(tmp_path / "agency.xml", RSS_FEED)
    first, second = documents(read_file(path))
    assert (first.doc_id, first.source, first.input_format) == ("agency-1", f"{path}#item 1", "rss")
    assert first.content_type == "html" and "قُتل ثلاثة مدنيين" in first.content
    assert (first.url, first.title, first.outlet) == (
        "https://news.example.org/2023/03/14/idlib-shelling", HEADLINE, "وكالة أنباء المرصد")
    assert first.published == "2023-03-14T09:30:00+03:00"
    assert first.raw_sha256 == sha256(first.content.encode("utf-8"))
    assert (second.doc_id, second.content_type, second.content) == ("agency-2", "text", SECOND_STORY.strip())


def test_atom_entry_content_becomes_html_document(tmp_path):
    document = only_document(read_file(write(tmp_path / "yemen.atom", ATOM_FEED)))
    assert (document.doc_id, document.content_type, document.outlet) == ("yemen-1", "html", "شبكة الأخبار اليمنية")
    assert document.content == f"<p>{THIRD_STORY.strip()}</p>"
    assert (document.url, document.published) == ("https://yemen.example.net/aden/1", "2023-03-15T07:45:00+03:00")


def test_windows_1256_feed_is_decoded_by_its_xml_declaration(tmp_path):
    feed = RSS_FEED.replace('encoding="UTF-8"', 'encoding="windows-1256"').replace(
        "<![CDATA[<p>قُتل", "<![CDATA[<p>قتل")
    items = documents(read_file(write(tmp_path / "legacy.rss", feed.encode("cp1256"))))
    assert items[0].title == HEADLINE and items[0].outlet == "وكالة أنباء المرصد"


# ---------------------------------------------------------------- WARC

WARC_RECORDS = [
    ("https://news.example.org/a/1", "200 OK", "text/html; charset=utf-8", html_response_body(SECOND_STORY)),
    ("https://news.example.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
    ("https://news.example.org/missing", "404 Not Found", "text/html", html_response_body("غير موجود")),
    ("https://news.example.org/a/2", "200 OK", "text/html; charset=windows-1256",
     html_response_body(THIRD_STORY, charset="cp1256")),
    ("https://news.example.org/a/3", "200 OK", "text/html", html_response_body(SECOND_STORY, charset="cp1256",
                                                                             meta=True)),
]


@pytest.mark.parametrize("compressed", [False, True], ids=["warc", "warc.gz"])
def test_warc_html_responses_become_documents_numbered_among_html_responses(tmp_path, compressed):
    name = "crawl.warc.gz" if compressed else "crawl.warc"
    path = write(tmp_path / name, make_warc(WARC_RECORDS, gzip_records=compressed))
    items = read_file(path)
    assert rejections(items) == []
    found = documents(items)
    assert [(doc.doc_id, doc.url) for doc in found] == [
        ("crawl-1", "https://news.example.org/a/1"),
        ("crawl-2", "https://news.example.org/a/2"),
        ("crawl-3", "https://news.example.org/a/3"),
    ]
    # record numbers count every record in the file, warcinfo included, so a user can find them
    assert [doc.source for doc in found] == [f"{path}#record 2", f"{path}#record 5", f"{path}#record 6"]
    assert [doc.encoding for doc in found] == ["utf-8", "cp1256", "cp1256"]
    assert THIRD_STORY.strip() in found[1].content and SECOND_STORY.strip() in found[2].content
    assert {(doc.input_format, doc.content_type) for doc in found} == {("warc", "html")}
    assert found[0].raw_sha256 == sha256(WARC_RECORDS[0][3])


def test_warc_is_sniffed_by_content_whatever_its_name(tmp_path):
    path = write(tmp_path / "dump.dat", make_warc(WARC_RECORDS[:1]))
    assert only_document(read_file(path)).doc_id == "dump-1"


def test_oversized_warc_record_is_rejected_and_the_rest_still_read(tmp_path):
    big = html_response_body(SECOND_STORY * 400)
    records = [("https://x.example/big", "200 OK", "text/html", big), WARC_RECORDS[0]]
    path = write(tmp_path / "mixed.warc", make_warc(records))
    items = read_file(path, max_document_bytes=len(big) - 1)
    assert [(type(item).__name__, getattr(item, "code", item.doc_id if isinstance(item, RawDocument) else ""))
            for item in items] == [("Rejection", "too-large"), ("RawDocument", "mixed-2")]
    assert items[0].source == f"{path}#record 2"


# ---------------------------------------------------------------- gzip variants

GZ_VARIANTS = [
    ("article.txt.gz", PAGE_DUMP, ["article"]),
    ("article.html.gz", HTML_PAGE, ["article"]),
    ("batch.jsonl.gz", jsonl_lines(json.dumps({"text": SECOND_STORY}, ensure_ascii=False),
                                   json.dumps({"text": THIRD_STORY}, ensure_ascii=False)).decode(),
     ["batch-1", "batch-2"]),
    ("feed.xml.gz", RSS_FEED, ["feed-1", "feed-2"]),
]


@pytest.mark.parametrize(("name", "content", "ids"), GZ_VARIANTS, ids=[row[0] for row in GZ_VARIANTS])
def test_gzip_variant_reads_like_the_plain_file(tmp_path, name, content, ids):
    plain = read_file(write(tmp_path / "plain" / name.removesuffix(".gz"), content))
    packed = read_file(write(tmp_path / "packed" / name, gzipped(content.encode("utf-8"))))
    assert [doc.doc_id for doc in documents(packed)] == ids
    assert [(doc.content, doc.raw_sha256, doc.content_type) for doc in documents(packed)] == [
        (doc.content, doc.raw_sha256, doc.content_type) for doc in documents(plain)]
    assert rejections(packed) == []


def test_gzip_is_recognised_by_magic_bytes_without_gz_extension(tmp_path):
    path = write(tmp_path / "story.txt", gzipped(PAGE_DUMP.encode("utf-8")))
    assert only_document(read_file(path)).content == PAGE_DUMP


# ---------------------------------------------------------------- stdin

class FakeStdin:
    def __init__(self, data: bytes):
        self.buffer = io.BytesIO(data)


def read_stdin(monkeypatch, data: bytes) -> list:
    monkeypatch.setattr(sys, "stdin", FakeStdin(data))
    plan = plan_inputs(["-"], IngestOptions())
    assert [(item.path, item.display, item.stem) for item in plan.files] == [("-", "<stdin>", "stdin")]
    return list(read_input(plan.files[0], IngestOptions()))


def test_stdin_text_is_one_document_named_stdin(monkeypatch):
    document = only_document(read_stdin(monkeypatch, PAGE_DUMP.encode("cp1256")))
    assert (document.doc_id, document.source, document.encoding, document.content) == (
        "stdin", "<stdin>", "cp1256", PAGE_DUMP)


@pytest.mark.parametrize("data", [
    jsonl_lines(json.dumps({"text": SECOND_STORY}, ensure_ascii=False), json.dumps({"text": THIRD_STORY})),
    gzipped(jsonl_lines(json.dumps({"text": SECOND_STORY}), json.dumps({"text": THIRD_STORY}))),
    make_warc(WARC_RECORDS[:1] + WARC_RECORDS[3:4]),
], ids=["jsonl", "jsonl.gz", "warc"])
def test_stdin_multi_record_content_is_numbered_stdin_n(monkeypatch, data):
    items = read_stdin(monkeypatch, data)
    assert [doc.doc_id for doc in documents(items)] == ["stdin-1", "stdin-2"]


def test_missing_stdin_is_a_rejection_not_a_crash(monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)
    [input_file] = plan_inputs(["-"]).files
    assert [item.code for item in read_input(input_file)] == ["missing"]


def test_empty_stdin_is_an_empty_rejection(monkeypatch):
    assert [item.code for item in read_stdin(monkeypatch, b"")] == ["empty"]


# ---------------------------------------------------------------- idempotency keys

def test_reading_the_same_files_twice_gives_identical_documents(tmp_path):
    write(tmp_path / "a.txt", PAGE_DUMP)
    write(tmp_path / "b.jsonl", jsonl_lines(json.dumps({"text": SECOND_STORY}, ensure_ascii=False)))
    write(tmp_path / "c.rss", RSS_FEED)
    write(tmp_path / "d.warc.gz", make_warc(WARC_RECORDS, gzip_records=True))
    first, second = read_path(tmp_path), read_path(tmp_path)
    assert first == second
    assert len({(doc.doc_id, doc.raw_sha256) for doc in documents(first)}) == len(documents(first)) == 7


def test_different_bytes_give_different_raw_sha256(tmp_path):
    one = only_document(read_file(write(tmp_path / "one.txt", PAGE_DUMP)))
    other = only_document(read_file(write(tmp_path / "two.txt", PAGE_DUMP + " ")))
    assert one.raw_sha256 != other.raw_sha256
