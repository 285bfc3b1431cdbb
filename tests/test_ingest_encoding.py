"""Encoding detection: every supported encoding decodes exactly; binary and unreadable bytes are rejected."""

from __future__ import annotations

import codecs
import random

import pytest
from ingest_fixtures import (
    ENGLISH_STORY,
    PAGE_DUMP,
    SECOND_STORY,
    THIRD_STORY,
    html_page_declaring,
    only_document,
    only_rejection,
    read_file,
    write,
)

from marsad.errors import InputRejected
from marsad.ingest import decode_document
from marsad.ingest.encoding import declared_charset, looks_like_text

FRENCH_STORY = ("Des affrontements ont éclaté dimanche près de la ville, faisant trois morts selon des sources "
                "locales.\n")

ENCODED_TEXTS = [
    # (what, bytes, expected encoding reported, expected text)
    ("utf-8", PAGE_DUMP.encode("utf-8"), "utf-8", PAGE_DUMP),
    ("utf-8 with BOM", codecs.BOM_UTF8 + PAGE_DUMP.encode("utf-8"), "utf-8-sig", PAGE_DUMP),
    ("windows-1256", PAGE_DUMP.encode("cp1256"), "cp1256", PAGE_DUMP),
    ("iso-8859-6", (SECOND_STORY + THIRD_STORY).replace("–", "-").encode("iso8859_6"), "iso8859-6",
     (SECOND_STORY + THIRD_STORY).replace("–", "-")),
    ("utf-16-le without BOM", PAGE_DUMP.encode("utf-16-le"), "utf-16-le", PAGE_DUMP),
    ("utf-16-be without BOM", PAGE_DUMP.encode("utf-16-be"), "utf-16-be", PAGE_DUMP),
    ("utf-16-le with BOM", codecs.BOM_UTF16_LE + PAGE_DUMP.encode("utf-16-le"), "utf-16-le", PAGE_DUMP),
    ("utf-16-be with BOM", codecs.BOM_UTF16_BE + PAGE_DUMP.encode("utf-16-be"), "utf-16-be", PAGE_DUMP),
    ("windows-1252 French", FRENCH_STORY.encode("cp1252"), "cp1252", FRENCH_STORY),
    ("ascii English is utf-8", ENGLISH_STORY.encode("ascii"), "utf-8", ENGLISH_STORY),
]


@pytest.mark.parametrize(("what", "data", "encoding", "text"), ENCODED_TEXTS, ids=[row[0] for row in ENCODED_TEXTS])
def test_decode_document_recovers_text_and_reports_encoding(what, data, encoding, text):
    decoded = decode_document(data, "page.txt")
    assert decoded.encoding == encoding
    assert decoded.text == text


@pytest.mark.parametrize(("what", "data", "encoding", "text"), ENCODED_TEXTS, ids=[row[0] for row in ENCODED_TEXTS])
def test_text_file_in_each_encoding_becomes_one_document(tmp_path, what, data, encoding, text):
    document = only_document(read_file(write(tmp_path / "article.txt", data)))
    assert (document.content, document.encoding, document.content_type) == (text, encoding, "text")


UNREADABLE = [
    # (what, bytes, code)
    ("utf-32-le without BOM", PAGE_DUMP.encode("utf-32-le"), "encoding"),
    ("utf-32 with BOM", PAGE_DUMP.encode("utf-32"), "encoding"),
    ("ebcdic cp500 English", ENGLISH_STORY.encode("cp500") * 3, "encoding"),
    ("ebcdic cp500 French", FRENCH_STORY.encode("cp500") * 3, "encoding"),
    ("png image", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4, "binary"),
    ("random bytes", random.Random(7).randbytes(6000), "binary"),
    ("mostly control bytes", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 300 + b"ok", "binary"),
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "binary"),
]


@pytest.mark.parametrize(("what", "data", "code"), UNREADABLE, ids=[row[0] for row in UNREADABLE])
def test_undecodable_bytes_are_rejected_with_a_code_naming_why(tmp_path, what, data, code):
    path = write(tmp_path / "suspect.txt", data)
    rejection = only_rejection(read_file(path))
    assert rejection.code == code
    assert rejection.source == str(path)
    assert rejection.message.startswith(str(path)) and "\n" not in rejection.message


def test_utf32_rejection_says_how_to_convert():
    with pytest.raises(InputRejected) as raised:
        decode_document(PAGE_DUMP.encode("utf-32-le"), "page.txt")
    assert "iconv -f UTF-32 -t UTF-8" in raised.value.message


def test_bytes_without_nul_that_no_code_page_reads_are_an_encoding_rejection():
    noise = bytes(byte for byte in random.Random(3).randbytes(9000) if byte >= 0x21)[:5000]
    with pytest.raises(InputRejected) as raised:
        decode_document(noise, "noise.txt")
    assert raised.value.code == "encoding"
    assert "convert it to UTF-8" in raised.value.message


@pytest.mark.parametrize("http_equiv", [False, True], ids=["meta charset", "http-equiv"])
def test_html_meta_charset_decodes_windows_1256_page(tmp_path, http_equiv):
    page = html_page_declaring("windows-1256", http_equiv=http_equiv)
    document = only_document(read_file(write(tmp_path / "page.html", page.encode("cp1256"))))
    assert document.content == page
    assert document.encoding == "cp1256"
    assert document.content_type == "html"


def test_wrong_latin1_meta_charset_on_arabic_bytes_falls_back_to_detection(tmp_path):
    # Arabic sites often keep a template's iso-8859-1 declaration while serving windows-1256 bytes.
    page = html_page_declaring("iso-8859-1")
    document = only_document(read_file(write(tmp_path / "page.html", page.encode("cp1256"))))
    assert document.encoding == "cp1256"
    assert SECOND_STORY.strip() in document.content


def test_utf8_bytes_win_over_a_legacy_meta_declaration(tmp_path):
    page = html_page_declaring("windows-1256")
    document = only_document(read_file(write(tmp_path / "page.html", page.encode("utf-8"))))
    assert document.encoding == "utf-8"
    assert document.content == page


@pytest.mark.parametrize(("head", "charset"), [
    (b'<html><head><meta charset="windows-1256">', "windows-1256"),
    (b"<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-6'>", "ISO-8859-6"),
    (b'<?xml version="1.0" encoding="windows-1256"?><rss>', "windows-1256"),
    (b"<html><head><title>no declaration</title>", None),
])
def test_declared_charset_reads_meta_and_xml_declarations(head, charset):
    assert declared_charset(head) == charset


@pytest.mark.parametrize(("text", "plausible"), [
    (PAGE_DUMP, True),
    (FRENCH_STORY, True),
    (PAGE_DUMP.encode("cp1256").decode("cp1252", errors="replace").replace("\ufffd", "?"), False),
    (ENGLISH_STORY.encode("cp500").decode("latin_1"), False),
    ("قتل" + "\x01\x02" * 20 + " مدنيين", False),
])
def test_looks_like_text_tells_prose_from_mojibake(text, plausible):
    assert looks_like_text(text) is plausible
