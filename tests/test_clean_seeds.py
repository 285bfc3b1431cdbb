"""Cleaning the two third-party seed page dumps (read from /work/shared when present)."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.clean import clean_document
from marsad.models import RawDocument

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds folder not present")


def _clean(stem: str):
    path = SEEDS / f"{stem}.txt"
    if not path.exists():
        pytest.skip(f"seed {stem} not present")
    document = RawDocument(doc_id=stem, source=str(path), input_format="text", content_type="text",
                           content=path.read_text(encoding="utf-8"))
    return clean_document(document)


@pytest.fixture(scope="module")
def ugarit():
    return _clean("000_7fd397a2ddf4eca3")


@pytest.fixture(scope="module")
def zakros():
    return _clean("002_a0e098ed16ea4781")


def test_seed_000_headline_byline_outlet_dateline(ugarit):
    assert ugarit.title.startswith("بعد هجوم الحسكة")
    assert ugarit.byline == "علي إبراهيم"
    assert ugarit.outlet == "Ugarit Post"
    assert ugarit.dateline == "أوغاريت بوست (مركز الأخبار) –"


def test_seed_000_weather_and_phone_widgets_are_removed(ugarit):
    assert "°C" not in ugarit.text
    assert "00963" not in ugarit.text
    kinds = {kind for _, _, kind in ugarit.removed}
    assert {"weather", "phone", "headline", "byline"} <= kinds


def test_seed_000_body_keeps_dateline_subheadings_and_last_paragraph(ugarit):
    paragraphs = ugarit.text.split("\n\n")
    assert paragraphs[0].startswith("أوغاريت بوست (مركز الأخبار) –")
    assert paragraphs[-1].startswith("ويتساءل متابعون ومحللون سياسيون")
    assert "داعش يهدد بهجمات على مراكز احتجاز عناصره" in paragraphs
    assert any(p.startswith("المئات من الانتحاريين والعناصر") for p in paragraphs)
    assert "إعداد" not in ugarit.text
    assert not ugarit.text.startswith("بعد هجوم الحسكة")


def test_seed_002_headline_and_lone_author_line(zakros):
    assert zakros.title == "داعش في قلب المدينة ج1"
    assert zakros.byline == "زاكروس عثمان"
    assert "زاكروس" not in zakros.text


@pytest.mark.parametrize("widget", ["شارك المقال", "votes", "Article Rating", "Subscribe", "نبّهني عن", "guest",
                                    "Comments", "Oldest", "Newest Most Voted", "Inline Feedbacks",
                                    "View all comments", "اقرأ أيضاً", "يتبع"])
def test_seed_002_widget_is_gone(zakros, widget):
    assert widget not in zakros.text


@pytest.mark.parametrize("teaser_word", ["تدمر", "عبد السلام عارف", "نظام مير محمدي", "خالد حسو", "كفاح محمود",
                                         "تيار مستقبل كردستان"])
def test_seed_002_read_also_block_and_all_its_teasers_are_gone(zakros, teaser_word):
    assert teaser_word not in zakros.text


def test_seed_002_body_first_and_last_paragraphs_intact(zakros):
    paragraphs = zakros.text.split("\n\n")
    assert paragraphs[0].startswith("اشار قادة كورد في قوات سوريا الديمقراطية")
    assert paragraphs[-1].endswith("لإعادة بناء دولة الخلافة الارهابية.")
    assert len(paragraphs) == 5
    assert sum(1 for _, _, kind in zakros.removed if kind == "teaser") == 4


@pytest.mark.parametrize("stem", ["000_7fd397a2ddf4eca3", "002_a0e098ed16ea4781"])
def test_seed_text_maps_back_to_source_verbatim(stem):
    article = _clean(stem)
    for segment in article.segments:
        clean = article.text[segment.clean_start:segment.clean_start + segment.length]
        assert article.source_text[segment.source_start:segment.source_start + segment.length] == clean
