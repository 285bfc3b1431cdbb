"""Verbatim runs of the source text: line spans, joining runs into the clean text, mapping offsets back.

The clean text is built only from runs copied verbatim from `source_text`, joined by a paragraph break
("\\n\\n"). Each run is recorded as a `Segment(clean_start, source_start, length)`, so any span of the clean
text maps back to the exact characters of the source it came from.

Hard-wrapped text (e-mail, newsletters, plain-text wire feeds broken at a fixed width) is the one exception to
"verbatim": the lines of one wrapped paragraph become one run, and the line breaks inside it are replaced by
spaces, one character for one, so offsets still map exactly.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from marsad.models import Segment

PARAGRAPH_BREAK = "\n\n"

# str.strip() keeps zero-width and bidi marks; page dumps carry them at line ends.
_EDGE_CHARS = " \t\r\n\x0b\x0c\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
    "\u2028\u2029\u202f\u205f\u3000\x85\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e" \
    "\u2066\u2067\u2068\u2069\u061c\ufeff"


@dataclass(frozen=True, slots=True)
class LineSpan:
    """A non-blank line of the source, trimmed of edge white space: `source[start:end]`."""

    start: int
    end: int


def split_lines(source: str) -> list[LineSpan]:
    """Return the trimmed spans of the non-blank lines of `source`, in order."""
    spans: list[LineSpan] = []
    position = 0
    length = len(source)
    while position <= length:
        newline = source.find("\n", position)
        line_end = length if newline < 0 else newline
        line = source[position:line_end]
        stripped_left = line.lstrip(_EDGE_CHARS)
        if stripped_left:
            start = position + (len(line) - len(stripped_left))
            end = start + len(stripped_left.rstrip(_EDGE_CHARS))
            spans.append(LineSpan(start, end))
        if newline < 0:
            break
        position = newline + 1
    return spans


_SENTENCE_END = (".", "!", "?", "؟", "…", ":", ";", "؛")
# A line that opens with a clock time is a new live-ticker entry, never the tail of the line above it.
_DIGIT = r"[0-9\u0660-\u0669\u06F0-\u06F9]"
_CLOCK_LEAD = re.compile(_DIGIT + "{1,2}:" + _DIGIT + "{2}(?!" + _DIGIT + ")")
_CLOSERS = "\"”»)’'"
_WRAP_MIN_LINE = 30
_WRAP_MAX_WIDTH = 100
_WRAP_MIN_LINES = 4


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS).endswith(_SENTENCE_END)


def wrap_width(source: str, spans: Sequence[LineSpan]) -> int | None:
    """The fixed width `source` was hard-wrapped at, or None when its lines are whole paragraphs.

    A wrapped text has many long lines, all of them within a narrow width, and most of them stop mid-sentence;
    a page dump with one paragraph per line has long lines that end their sentences.
    """
    lengths = []
    open_ended = 0
    for span in spans:
        length = span.end - span.start
        if length >= _WRAP_MIN_LINE:
            lengths.append(length)
            open_ended += not _ends_sentence(source[span.start:span.end])
    if len(lengths) < _WRAP_MIN_LINES:
        return None
    width = max(lengths)
    if width > _WRAP_MAX_WIDTH or open_ended * 2 < len(lengths):
        return None
    return width


def unwrap_lines(source: str, spans: list[LineSpan]) -> list[LineSpan]:
    """Merge the physical lines of each hard-wrapped paragraph of `source` into one span.

    A line continues into the next when the text is wrapped (see `wrap_width`), the next line follows it with no
    blank line between, and the line is nearly full and stops mid-sentence. Text that is not wrapped comes back
    unchanged.
    """
    width = wrap_width(source, spans)
    if width is None:
        return spans
    full = width * 0.6
    merged: list[LineSpan] = []
    for span in spans:
        if merged:
            previous = merged[-1]
            adjacent = source.count("\n", previous.end, span.start) == 1
            last_line = source[source.rfind("\n", 0, previous.end) + 1:previous.end]
            starts_entry = _CLOCK_LEAD.match(source, span.start) is not None
            if adjacent and len(last_line.strip()) >= full and not _ends_sentence(last_line) and not starts_entry:
                merged[-1] = LineSpan(previous.start, span.end)
                continue
        merged.append(span)
    return merged


def flatten_breaks(run: str) -> str:
    """A run with its inner line breaks as spaces (same length, so offsets are unchanged)."""
    if "\n" not in run and "\r" not in run:
        return run
    return run.replace("\r", " ").replace("\n", " ")


def join_runs(source: str, runs: Iterable[tuple[int, int]]) -> tuple[str, list[Segment]]:
    """Join verbatim `source[start:end]` runs with paragraph breaks; return the text and its segments."""
    pieces: list[str] = []
    segments: list[Segment] = []
    clean_position = 0
    for start, end in runs:
        if end <= start:
            continue
        if pieces:
            pieces.append(PARAGRAPH_BREAK)
            clean_position += len(PARAGRAPH_BREAK)
        pieces.append(flatten_breaks(source[start:end]))
        segments.append(Segment(clean_position, start, end - start))
        clean_position += end - start
    return "".join(pieces), segments


def _source_position(segments: Sequence[Segment], position: int, *, is_end: bool) -> int:
    if not segments:
        return position
    starts = [segment.clean_start for segment in segments]
    index = bisect_right(starts, position) - 1
    # An end offset that sits exactly on a segment start belongs to the previous segment.
    if is_end and index > 0 and position == segments[index].clean_start:
        index -= 1
    index = max(index, 0)
    segment = segments[index]
    offset = min(max(position - segment.clean_start, 0), segment.length)
    return segment.source_start + offset


def to_source(segments: Sequence[Segment], start: int, end: int) -> tuple[int, int]:
    """Map a [start, end) span of the clean text to the span of the source text it was copied from.

    Exact for spans inside one segment; a span that crosses a paragraph break maps to the source range
    from its first to its last character (which then also covers whatever was cut in between).
    """
    if end < start:
        raise ValueError(f"span end {end} is before its start {start}; pass start <= end")
    source_start = _source_position(segments, start, is_end=False)
    if end == start:
        return source_start, source_start
    return source_start, _source_position(segments, end, is_end=True)


def to_clean(segments: Sequence[Segment], source_position: int) -> int | None:
    """Map a position of the source text to the clean text, or None when that character was cut."""
    for segment in segments:
        if segment.source_start <= source_position < segment.source_start + segment.length:
            return segment.clean_start + source_position - segment.source_start
    return None
