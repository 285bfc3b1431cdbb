"""Turn the bytes of one document into text: detect binary input and the character encoding.

Order of evidence, cheapest and most certain first: byte-order mark → strict UTF-8 → UTF-16 recognised by
its NUL-byte pattern → the charset the container declared (HTTP header, `<meta charset>`, XML declaration)
→ charset-normalizer restricted to the encodings Arabic and Western news sites actually use. Every guess
that is not UTF-8 must also pass `looks_like_text`, because single-byte code pages decode any byte string
without error and would otherwise turn EBCDIC or mislabelled bytes into confident garbage.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from marsad.errors import InputRejected

# Encodings tried when the bytes are neither UTF-8 nor UTF-16, most likely first for Arabic news.
FALLBACK_ENCODINGS = ("cp1256", "iso8859_6", "cp720", "cp1252", "latin_1")

_FALLBACK_NAMES = ", ".join(codecs.lookup(codec).name for codec in FALLBACK_ENCODINGS)
_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BINARY_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.epub)"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"(\xb5/\xfd", "a zstd archive"),
)
# Bytes that plain text may contain; everything else below 0x20 (and DEL) is a control byte.
_TEXT_BYTES = bytes(range(0x20, 0x7F)) + bytes(range(0x80, 0x100)) + b"\t\n\r\f\v\x1b"
_SAMPLE_BYTES = 64 * 1024
_WORD_SEPARATORS = re.compile(r"[\s!-/:-@\[-`{-~]+")  # white space and ASCII punctuation, markup included
_MAX_CONTROL_SHARE = 0.05
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
# WHATWG: pages labelled Latin-1 or ASCII are decoded as windows-1252 by every browser.
_WHATWG_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252", "utf-16-le": "utf-8", "utf-16-be": "utf-8",
                   "utf-16": "utf-8", "utf-32": "utf-8", "utf-32-le": "utf-8", "utf-32-be": "utf-8"}


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Decoded text and the Python codec name that produced it."""

    text: str
    encoding: str


def decode_document(data: bytes, source: str, declared: str | None = None) -> DecodedText:
    """Decode one document's bytes; raise InputRejected ("binary" or "encoding") when they are not text."""
    for bom in _UTF32_BOMS:
        if data.startswith(bom):
            raise _utf32_rejection(source)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data, bom, encoding, source)
    sample = data[:_SAMPLE_BYTES]
    if b"\x00" in sample:
        return _decode_nul_bearing(data, sample, source)
    _reject_binary(sample, source)
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass  # not UTF-8: the single-byte code pages below are the remaining candidates
    return _decode_legacy(data, source, declared or declared_charset(data))


def declared_charset(data: bytes) -> str | None:
    """Return the charset a `<meta>` tag or XML declaration near the start of `data` names, if any."""
    match = _DECLARED_CHARSET.search(data, 0, 4096)
    if match is None:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii")
    return label


def charset_from_content_type(content_type: str | None) -> str | None:
    """Return the `charset=` parameter of an HTTP Content-Type header value, if any."""
    if not content_type:
        return None
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.IGNORECASE)
    return match.group(1) if match else None


def looks_like_text(text: str) -> bool:
    """Whether decoded text reads as natural-language text rather than mojibake or misdecoded bytes."""
    sample = text[:20_000]
    if not sample:
        return True
    length = len(sample)
    unusable = 0
    spaces = 0
    latin = 0
    accented = 0
    letters = 0
    for char in sample:
        if char in " \n\t\r\u00a0":
            spaces += 1
            continue
        code = ord(char)
        if code < 0x80:
            if char.isalnum():
                letters += 1
                latin += char.isalpha()
            elif code < 0x20 or code == 0x7F:
                unusable += char not in "\f\v\x1b"
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Co", "Cn", "Cs"):
            unusable += 1
        elif category[0] in "LN":
            letters += 1
            if code <= 0x024F and category[0] == "L":
                latin += 1
                accented += 1
    if unusable > length * 0.01:
        return False
    if length >= 80 and spaces < length * 0.03:
        return False  # EBCDIC and other non-ASCII-compatible bytes lose every space
    if length - spaces >= 40 and letters < (length - spaces) * 0.5:
        return False  # misdecoded bytes land on punctuation and symbols rather than letters
    if latin >= 20 and accented > latin * 0.25:
        return False  # Arabic code-page bytes read as Latin-1/cp1252 become runs of accented capitals
    return not _mixes_scripts_within_words(sample)


def _decode_with_bom(data: bytes, bom: bytes, encoding: str, source: str) -> DecodedText:
    codec = "utf-8" if encoding == "utf-8-sig" else encoding
    try:
        return DecodedText(data[len(bom):].decode(codec), encoding)
    except UnicodeDecodeError as error:
        raise InputRejected(
            source, "encoding",
            f"{source}: starts with a {encoding} byte-order mark but is not valid {codec} "
            f"(byte {error.start + len(bom)}); re-save the file as UTF-8",
        ) from error


def _decode_nul_bearing(data: bytes, sample: bytes, source: str) -> DecodedText:
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    utf16 = None
    if odd_nuls and even_nuls <= odd_nuls * 0.02:
        utf16 = "utf-16-le"
    elif even_nuls and odd_nuls <= even_nuls * 0.02:
        utf16 = "utf-16-be"
    if utf16 is not None and len(data) % 2 == 0:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            text = None
        if text is not None and looks_like_text(text):
            return DecodedText(text, utf16)
    if _looks_like_utf32(sample):
        raise _utf32_rejection(source)
    raise _binary_rejection(source, "contains NUL bytes")


def _looks_like_utf32(sample: bytes) -> bool:
    usable = len(sample) - len(sample) % 4
    if usable < 8:
        return False
    units = usable // 4
    high_le = sum(1 for i in range(0, usable, 4) if sample[i + 2] == 0 and sample[i + 3] == 0)
    high_be = sum(1 for i in range(0, usable, 4) if sample[i] == 0 and sample[i + 1] == 0)
    return max(high_le, high_be) >= units * 0.95


def _reject_binary(sample: bytes, source: str) -> None:
    for signature, kind in _BINARY_SIGNATURES:
        if sample.startswith(signature):
            raise _binary_rejection(source, f"is {kind}")
    control_bytes = len(sample.translate(None, _TEXT_BYTES))
    if control_bytes > len(sample) * _MAX_CONTROL_SHARE:
        raise _binary_rejection(source, f"is {100 * control_bytes // len(sample)}% control bytes")


def _decode_legacy(data: bytes, source: str, declared: str | None) -> DecodedText:
    declared_codec = _codec_for_label(declared)
    if declared_codec is not None:
        decoded = _try_decode(data, declared_codec)
        if decoded is not None:
            return decoded
    for codec in _ranked_candidates(data):
        decoded = _try_decode(data, codec)
        if decoded is not None:
            return decoded
    raise InputRejected(
        source, "encoding",
        f"{source}: no supported encoding (utf-8, utf-16, {_FALLBACK_NAMES}) decodes it into "
        "readable text; convert it to UTF-8 first, e.g. `iconv -f <its encoding> -t UTF-8`",
    )


def _ranked_candidates(data: bytes) -> list[str]:
    from charset_normalizer import from_bytes  # imported here: only legacy-encoded inputs need it

    ranked = [match.encoding for match in from_bytes(data, cp_isolation=list(FALLBACK_ENCODINGS))]
    return ranked + [codec for codec in FALLBACK_ENCODINGS if codec not in ranked]


def _try_decode(data: bytes, codec: str) -> DecodedText | None:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if not looks_like_text(text):
        return None
    return DecodedText(text, codecs.lookup(codec).name)


def _codec_for_label(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _WHATWG_ALIASES.get(name, name)


def _mixes_scripts_within_words(sample: str) -> bool:
    words_with_letters = 0
    mixed = 0
    for word in _WORD_SEPARATORS.split(sample):
        has_arabic = has_latin = False
        for char in word:
            code = ord(char)
            if 0x0600 <= code <= 0x06FF or 0xFB50 <= code <= 0xFEFF:
                has_arabic = True
            elif char.isalpha() and code <= 0x024F:
                has_latin = True
        if has_arabic or has_latin:
            words_with_letters += 1
            mixed += has_arabic and has_latin
    return words_with_letters >= 5 and mixed > words_with_letters * 0.1


def _utf32_rejection(source: str) -> InputRejected:
    return InputRejected(
        source, "encoding",
        f"{source}: looks like UTF-32 text, which marsad does not read; convert it first: "
        "`iconv -f UTF-32 -t UTF-8`",
    )


def _binary_rejection(source: str, why: str) -> InputRejected:
    return InputRejected(
        source, "binary",
        f"{source}: binary data ({why}), not a text, HTML, JSONL, feed or WARC input; remove it from the inputs",
    )
