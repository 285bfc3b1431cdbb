"""HTML pages: trafilatura text, metadata from meta tags and JSON-LD, malformed pages."""

from __future__ import annotations

import pytest

from marsad.clean import OutletRegistry, clean_document
from marsad.clean.outlets import Outlet
from marsad.errors import InputRejected
from marsad.models import RawDocument

REGISTRY = OutletRegistry([
    Outlet("Sham Post", ("شام بوست",), "Syria", ("shampost.example",), "news site"),
])

BODY_PARAGRAPHS = [
    "حمص – «شام بوست»: قُتل جنديان وأصيب ثلاثة آخرون، فجر اليوم الثلاثاء، بهجوم شنه مسلحون مجهولون على حاجز "
    "عسكري عند مدخل بلدة تلبيسة في ريف حمص الشمالي، بحسب مصدر أمني.",
    "وأوضح المصدر أن المهاجمين استخدموا أسلحة رشاشة وقذائف صاروخية، قبل أن ينسحبوا باتجاه الأراضي الزراعية "
    "المحيطة بالبلدة، فيما طوقت وحدات الجيش المنطقة وبدأت عمليات تمشيط واسعة.",
    "اقرأ أيضاً: انفجار لغم أرضي بسيارة مدنية في ريف حماة الشرقي",
    "وتشهد المنطقة منذ أشهر هجمات متفرقة تستهدف الحواجز العسكرية، من دون أن تتبنى أي جهة المسؤولية عنها.",
]


def _page(head_extra: str = "", body_extra: str = "") -> str:
    paragraphs = "\n".join(f"<p>{text}</p>" for text in BODY_PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>مقتل جنديين بهجوم على حاجز في ريف حمص | شام بوست</title>
<meta property="og:title" content="مقتل جنديين بهجوم على حاجز في ريف حمص">
<meta property="og:site_name" content="شام بوست">
<meta name="author" content="رامي الحمصي">
<link rel="canonical" href="https://shampost.example/news/2023/11/07/talbiseh">
{head_extra}</head><body>
<header><div>حمص 12°C</div><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/s">محليات</a></li>
<li><a href="/e">اقتصاد</a></li></ul></nav></header>
<main><article><h1>مقتل جنديين بهجوم على حاجز في ريف حمص</h1>
<div class="meta">الثلاثاء 7 تشرين الثاني 2023</div>
{paragraphs}
{body_extra}
<div class="share">شارك: فيسبوك | تويتر | واتساب</div></article>
<aside><h3>الأكثر قراءة</h3><ul><li><a href="/1">غارات على أطراف البادية توقع قتلى</a></li>
<li><a href="/2">ارتفاع أسعار الخبز في دمشق</a></li></ul></aside></main>
<footer>© 2023 شام بوست - جميع الحقوق محفوظة</footer></body></html>"""


def _doc(content: str, url: str | None = None) -> RawDocument:
    return RawDocument(doc_id="h1", source="page.html", input_format="html", content_type="html", content=content,
                       url=url)


@pytest.fixture(scope="module")
def article():
    head = '<meta property="article:published_time" content="2023-11-07T08:30:00+02:00">'
    return clean_document(_doc(_page(head)), outlets=REGISTRY)


def test_html_metadata_from_meta_tags(article):
    assert article.title == "مقتل جنديين بهجوم على حاجز في ريف حمص"
    assert article.byline == "رامي الحمصي"
    assert article.outlet == "Sham Post"
    assert article.canonical_url == "https://shampost.example/news/2023/11/07/talbiseh"
    assert (article.published, article.published_from) == ("2023-11-07T08:30:00+02:00", "meta")
    assert article.dateline == "حمص – «شام بوست»:"


def test_html_body_keeps_the_article_and_drops_page_furniture(article):
    assert article.text.startswith("حمص – «شام بوست»: قُتل جنديان")
    assert article.text.endswith("من دون أن تتبنى أي جهة المسؤولية عنها.")
    for gone in ("اقرأ أيضاً", "لغم أرضي", "الأكثر قراءة", "غارات على أطراف البادية", "الرئيسية", "جميع الحقوق",
                 "12°C", "واتساب"):
        assert gone not in article.text


def test_html_source_text_is_the_extracted_text_and_offsets_point_into_it(article):
    assert "<p>" not in article.source_text
    for segment in article.segments:
        assert article.source_text[segment.source_start:segment.source_start + segment.length] == \
            article.text[segment.clean_start:segment.clean_start + segment.length]


@pytest.mark.parametrize(("head", "published", "published_from"), [
    ('<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",'
     '"datePublished":"2023-11-07T09:00:00+02:00"}]}</script>', "2023-11-07T09:00:00+02:00", "meta"),
    ('<meta itemprop="datePublished" content="2023-11-06">', "2023-11-06", "meta"),
    ('<script type="application/ld+json">{broken json</script>', "2023-11-07", "dateline"),
    ("", "2023-11-07", "dateline"),
])
def test_html_date_prefers_meta_then_visible_date(head, published, published_from):
    article = clean_document(_doc(_page(head)), outlets=REGISTRY)
    assert (article.published, article.published_from) == (published, published_from)


def test_html_outlet_from_the_url_domain():
    page = _page().replace('<meta property="og:site_name" content="شام بوست">', "")
    article = clean_document(_doc(page, url="https://www.shampost.example/a"), outlets=REGISTRY)
    assert article.outlet == "Sham Post"


@pytest.mark.parametrize("cut", [0.55, 0.7, 0.85])
def test_truncated_html_still_yields_the_text_it_has(cut):
    page = _page()
    truncated = page[: int(len(page) * cut)]
    article = clean_document(_doc(truncated), outlets=REGISTRY)
    assert "قُتل جنديان" in article.text


def test_unclosed_tags_still_yield_text():
    page = ("<html><body><div><p>الرقة – قُتل مدني وأصيب اثنان آخران بانفجار عبوة ناسفة في سوق المدينة مساء أمس، "
            "وفق ما أفاد ناشطون محليون<p>وأغلقت قوى الأمن الداخلي الطرق المؤدية إلى السوق<div><span>")
    article = clean_document(_doc(page), outlets=REGISTRY)
    assert "بانفجار عبوة ناسفة" in article.text


@pytest.mark.parametrize("page", [
    "",
    "<html><head><title>x</title></head><body></body></html>",
    "<html><body><script>var a = 1;</script><nav><a href='/'>الرئيسية</a> | <a href='/x'>أخبار</a> | "
    "<a href='/y'>رياضة</a></nav></body></html>",
    "<html><head><meta charset='utf-8'><title>موقع",
    "<<<>>> </ </ <!--",
], ids=["empty", "empty-body", "script-and-menu", "truncated-head", "garbage"])
def test_html_without_text_is_rejected_not_a_traceback(page):
    with pytest.raises(InputRejected) as caught:
        clean_document(_doc(page), outlets=REGISTRY)
    assert caught.value.code == "no-text"
