"""Offsets: the clean text is verbatim runs of the source; spans map back exactly."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from marsad.clean import clean_document
from marsad.clean.offsets import join_runs, split_lines, to_clean, to_source
from marsad.models import RawDocument

SHARED = Path(__file__).resolve().parents[2] / "shared"

SYNTHETIC_PAGE = (
    "\ufeffحماة 18°C\r\n\r\n  مقتل ثلاثة مدنيين بانفجار في السلمية  \r\n\u200f\r\n"
    "حماة – «نهر العاصي»: قُتل ثلاثة مدنيين وأصيب سبعة آخرون بانفجار دراجة مفخخة.\u00a0\r\n"
    "\tوقال شهود إن الانفجار وقع صباحاً قرب سوق الخضار، وأدى إلى احتراق محال.\n"
    "شارك المقال :\nاقرأ أيضاً\nغارات على أطراف البادية…\n"
)


def _pages() -> list[str]:
    pages = [SYNTHETIC_PAGE]
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        pages += [path.read_text(encoding="utf-8") for path in sorted(seeds.glob("*.txt"))]
    return pages


@pytest.mark.parametrize("page_index", range(len(_pages())))
def test_every_span_within_a_segment_maps_back_to_the_same_source_text(page_index):
    page = _pages()[page_index]
    article = clean_document(RawDocument("p", "p.txt", "text", "text", page))
    generator = random.Random(page_index)
    for segment in article.segments:
        for _ in range(200):
            start = segment.clean_start + generator.randrange(segment.length + 1)
            end = generator.randrange(start, segment.clean_start + segment.length + 1)
            source_start, source_end = to_source(article.segments, start, end)
            assert article.source_text[source_start:source_end] == article.text[start:end]


def test_segments_cover_the_clean_text_with_paragraph_breaks_between():
    article = clean_document(RawDocument("p", "p.txt", "text", "text", SYNTHETIC_PAGE))
    rebuilt = "\n\n".join(article.source_text[s.source_start:s.source_start + s.length] for s in article.segments)
    assert rebuilt == article.text
    assert article.text.split("\n\n")[0].startswith("حماة – «نهر العاصي»")
    assert not article.text[0].isspace() and not article.text[-1].isspace()


@pytest.mark.parametrize(("source", "lines"), [
    ("أ\nب", ["أ", "ب"]),
    ("  أ  \r\n\r\n\tب\u200f\n", ["أ", "ب"]),
    ("\n\n\n", []),
    ("\ufeffسطر واحد", ["سطر واحد"]),
    ("", []),
])
def test_split_lines_trims_each_line(source, lines):
    assert [source[span.start:span.end] for span in split_lines(source)] == lines


def test_span_across_a_paragraph_break_maps_to_the_covering_source_range():
    source = "أول سطر\nمحذوف\nثاني سطر"
    text, segments = join_runs(source, [(0, 7), (14, 22)])
    assert text == "أول سطر\n\nثاني سطر"
    assert to_source(segments, 4, 13) == (4, 18)
    assert to_source(segments, 7, 7) == (7, 7)
    assert to_clean(segments, 15) == 10
    assert to_clean(segments, 9) is None


def test_reversed_span_is_an_error():
    with pytest.raises(ValueError, match="start <= end"):
        to_source([], 5, 2)
