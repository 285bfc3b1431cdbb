"""Hard-wrapped plain text (newsletters, e-mail, fixed-width wire feeds): paragraphs rejoined, offsets exact."""

from __future__ import annotations

import textwrap

import pytest

from marsad.clean import clean_document
from marsad.clean.offsets import split_lines, to_source, unwrap_lines, wrap_width
from marsad.lang.ar.sentences import split_sentences
from marsad.models import RawDocument

PARAGRAPHS = [
    "انفجار عبوة ناسفة بدورية للشرطة في ديالى",
    "بعقوبة - نشرة الرافدين الأمنية: قُتل شرطيان وأصيب ثالث بجروح خطيرة، مساء الثلاثاء، بانفجار عبوة ناسفة "
    "زرعها مجهولون على جانب الطريق الزراعي الرابط بين ناحية العظيم وقضاء الخالص شمال محافظة ديالى، وفق ما أفاد "
    "مصدر في قيادة شرطة المحافظة.",
    "وأوضح المصدر أن العبوة انفجرت لحظة مرور عجلة تابعة لفوج الطوارئ الثالث كانت في طريقها لتأمين محطة لضخ المياه، "
    "وأن قوة أمنية طوقت المكان وباشرت عمليات تفتيش في البساتين المحيطة بحثاً عن المنفذين.",
    "ولم تتبنَّ أي جهة الهجوم حتى ساعة إعداد هذه النشرة، فيما تتهم السلطات المحلية خلايا نائمة بتنفيذ هجمات مماثلة "
    "في المنطقة خلال الأشهر الماضية.",
]


def _wrapped(width: int, newline: str = "\n") -> str:
    blocks = [textwrap.fill(paragraph, width=width) for paragraph in PARAGRAPHS]
    return (newline * 2).join(block.replace("\n", newline) for block in blocks) + newline


def _doc(content: str) -> RawDocument:
    return RawDocument(doc_id="w1", source="bulletin.txt", input_format="text", content_type="text", content=content)


@pytest.mark.parametrize("width", [60, 72, 80])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_each_wrapped_paragraph_comes_back_as_one_paragraph(width, newline):
    article = clean_document(_doc(_wrapped(width, newline)))
    body = article.text.split("\n\n")
    assert [" ".join(paragraph.split()) for paragraph in body] == PARAGRAPHS[1:]
    assert article.title == PARAGRAPHS[0]


def test_a_sentence_broken_across_lines_is_one_sentence():
    article = clean_document(_doc(_wrapped(64)))
    sentences = [article.text[s.start:s.end].strip() for s in split_sentences(article.text)]
    assert sentences and all(sentence.endswith(".") for sentence in sentences)
    assert any(sentence.endswith("وفق ما أفاد مصدر في قيادة شرطة المحافظة.") for sentence in sentences)


def test_offsets_of_a_rejoined_paragraph_map_back_to_the_source_exactly():
    source = _wrapped(60)
    article = clean_document(_doc(source))
    assert article.text.split("\n\n") == PARAGRAPHS[1:]  # textwrap broke at spaces; each break is a space again
    first_break = source.index("\n", source.index(PARAGRAPHS[1][:30]))
    phrase = source[first_break - 20:first_break + 20].replace("\n", " ")
    clean_start = article.text.index(phrase)
    source_start, source_end = to_source(article.segments, clean_start, clean_start + len(phrase))
    assert "\n" in source[source_start:source_end]
    assert source[source_start:source_end].replace("\n", " ") == phrase


def test_one_paragraph_per_line_is_left_alone():
    source = "\n".join(PARAGRAPHS) + "\n"
    spans = split_lines(source)
    assert wrap_width(source, spans) is None
    assert unwrap_lines(source, spans) == spans


@pytest.mark.parametrize("lines", [
    # short list items that end their sentences: a list, not a wrapped text
    ["- قُتل جندي في هجوم على حاجز قرب بلدة طفس.", "- أصيب مدنيان بقذيفة هاون سقطت في حي الكلاسة.",
     "- اعتُقل ثلاثة شبان خلال مداهمة في بلدة جاسم.", "- أُحرقت خيمتان في مخيم قرب بلدة عرسال الحدودية."],
    # a menu and headlines: short, too few long lines
    ["الرئيسية", "محليات", "عربي ودولي", "اقتصاد", "رياضة"],
])
def test_lists_and_menus_are_not_taken_for_wrapped_text(lines):
    source = "\n".join(lines)
    assert wrap_width(source, split_lines(source)) is None


def test_wrapped_lines_separated_by_blank_lines_stay_separate_paragraphs():
    source = _wrapped(70)
    merged = unwrap_lines(source, split_lines(source))
    assert len(merged) == len(PARAGRAPHS)
