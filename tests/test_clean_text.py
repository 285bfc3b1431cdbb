"""Cleaning synthetic page dumps: boilerplate removed, body and metadata kept, empty pages rejected."""

from __future__ import annotations

import pytest

from marsad.clean import CleanOptions, OutletRegistry, clean_document, to_source
from marsad.clean.outlets import Outlet
from marsad.errors import InputRejected
from marsad.models import RawDocument

REGISTRY = OutletRegistry([
    Outlet("Nahr al-Asi Post", ("نهر العاصي بوست",), "Syria", ("nahr-alasi.example",), "news site"),
    Outlet("SANA", ("سانا",), "Syria", ("sana.sy",), "agency"),
])

PAGE_WITH_EVERYTHING = """نهر العاصي بوست
حماة 18°C
هاتف: 0933 222 111

الرئيسية | محليات | عربي ودولي | اقتصاد | رياضة

نُشر في 12 آذار 2023 - 09:30

مقتل ثلاثة مدنيين بانفجار دراجة مفخخة في سوق مدينة السلمية

كتب - سامر الحموي

حماة – «نهر العاصي بوست»: قُتل ثلاثة مدنيين وأصيب سبعة آخرون، صباح اليوم الأحد، بانفجار دراجة نارية مفخخة ركنها مجهولون قرب سوق الخضار وسط مدينة السلمية بريف حماة الشرقي.

اقرأ أيضاً: الأمم المتحدة تحذر من نقص المساعدات في مخيمات الشمال

وقال شهود عيان إن الانفجار وقع عند الساعة الثامنة صباحاً، وأدى إلى احتراق عدد من المحال التجارية، فيما نقلت سيارات الإسعاف المصابين إلى المستشفى الوطني.

وشارك عشرات الأهالي في إسعاف الجرحى قبل وصول فرق الدفاع المدني، بحسب ما أفاد مراسلنا.

الوسوم: حماة، السلمية، تفجير
شارك على فيسبوك
طباعة
© 2023 نهر العاصي بوست - جميع الحقوق محفوظة

مواضيع ذات صلة

اغتيال مختار قرية في ريف درعا الغربي برصاص مجهولين
غارات جوية على أطراف البادية توقع قتلى في صفوف التنظيم…
منذ ساعتين
"""


def _doc(content: str, **fields) -> RawDocument:
    return RawDocument(doc_id="t1", source="page.txt", input_format="text", content_type="text", content=content,
                       **fields)


@pytest.fixture(scope="module")
def article():
    return clean_document(_doc(PAGE_WITH_EVERYTHING), outlets=REGISTRY)


def test_metadata_of_a_full_page(article):
    assert article.title == "مقتل ثلاثة مدنيين بانفجار دراجة مفخخة في سوق مدينة السلمية"
    assert article.byline == "سامر الحموي"
    assert article.outlet == "Nahr al-Asi Post"
    assert article.dateline == "حماة – «نهر العاصي بوست»:"
    assert (article.published, article.published_from) == ("2023-03-12", "dateline")


def test_body_is_exactly_the_three_paragraphs(article):
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("حماة – «نهر العاصي بوست»: قُتل ثلاثة مدنيين")
    assert paragraphs[2].startswith("وشارك عشرات الأهالي")  # "شارك" inside a body paragraph stays


@pytest.mark.parametrize("gone", ["18°C", "0933", "الرئيسية", "نُشر في", "كتب -", "اقرأ أيضاً", "الأمم المتحدة تحذر",
                                  "الوسوم", "فيسبوك", "طباعة", "جميع الحقوق", "مواضيع ذات صلة", "اغتيال مختار",
                                  "غارات جوية على أطراف البادية", "منذ ساعتين"])
def test_boilerplate_is_not_in_the_body(article, gone):
    assert gone not in article.text


def test_removed_lists_every_cut_with_its_kind(article):
    kinds = [kind for _, _, kind in article.removed]
    for kind in ("masthead", "weather", "phone", "navigation", "date", "headline", "byline", "inline-related",
                 "tags", "share", "print", "copyright", "related", "teaser"):
        assert kind in kinds
    for start, end, _ in article.removed:
        assert article.source_text[start:end].strip() == article.source_text[start:end]


def test_body_resumes_after_a_related_block_in_the_middle():
    page = """انفجار عبوة ناسفة يستهدف دورية على طريق دير الزور الميادين

دير الزور – انفجرت عبوة ناسفة صباح اليوم بدورية عسكرية على الطريق العام قرب بلدة البوليل، ما أدى إلى إصابة جنديين.

اقرأ أيضا:
هجوم على حاجز في ريف الرقة يوقع قتيلين
وزارة الزراعة تعلن عن خطة جديدة للقمح

وأضاف المصدر أن دورية أخرى وصلت إلى المكان ونقلت المصابين إلى مشفى المدينة، وسط استنفار أمني في المنطقة.
"""
    article = clean_document(_doc(page), outlets=REGISTRY)
    assert "حاجز في ريف الرقة" not in article.text
    assert "وزارة الزراعة" not in article.text
    assert article.text.endswith("وسط استنفار أمني في المنطقة.")
    assert article.dateline == "دير الزور –"


def test_page_without_headline_keeps_its_first_paragraph():
    page = ("القامشلي – اندلعت اشتباكات عنيفة مساء أمس بين مجموعتين مسلحتين في حي طي جنوب المدينة، "
            "استخدمت فيها الأسلحة المتوسطة، وأسفرت عن مقتل شخصين.\n")
    article = clean_document(_doc(page), outlets=REGISTRY)
    assert article.title is None
    assert article.text == page.strip()


def test_one_line_flash_keeps_its_line_as_body_and_title():
    flash = "قتل جندي في هجوم على حاجز عسكري قرب المدينة صباح اليوم"
    article = clean_document(_doc(flash + "\n"), outlets=REGISTRY)
    assert article.text == flash
    assert article.title == flash
    assert all(kind != "headline" for _, _, kind in article.removed)


def test_title_from_the_container_removes_the_matching_line():
    page = "قصف مدفعي على قرى جبل الزاوية\n\nإدلب – تعرضت قرى جبل الزاوية لقصف مدفعي مكثف صباح اليوم، من دون تسجيل إصابات.\n"
    article = clean_document(_doc(page, title="قصف مدفعي على قرى جبل الزاوية"), outlets=REGISTRY)
    assert article.title == "قصف مدفعي على قرى جبل الزاوية"
    assert article.text.startswith("إدلب –")


def test_container_metadata_wins_over_the_page():
    page = "نُشر في 1 أيار 2022\n\nدمشق (سانا) – أعلنت وزارة الداخلية إلقاء القبض على عصابة خطف في ريف دمشق، وتحرير مخطوف.\n"
    article = clean_document(_doc(page, published="2022-05-02", url="https://sana.sy/?p=1", outlet="سانا"),
                             outlets=REGISTRY)
    assert (article.published, article.published_from) == ("2022-05-02", "input")
    assert article.outlet == "SANA"
    assert article.url == "https://sana.sy/?p=1"


def test_outlet_from_a_domain_and_date_from_the_url():
    page = "حمص – سقطت قذيفة هاون على حي سكني في المدينة صباح اليوم، وأصيب طفل بجروح طفيفة.\n"
    article = clean_document(_doc(page, url="https://www.nahr-alasi.example/2021/07/04/mortar"), outlets=REGISTRY)
    assert article.outlet == "Nahr al-Asi Post"
    assert (article.published, article.published_from) == ("2021-07-04", "url")


@pytest.mark.parametrize("page", [
    "",
    "   \n\n  ",
    "الرئيسية | أخبار | سياسة | اقتصاد | رياضة\nاتصل بنا\nمن نحن\n© 2023 جميع الحقوق محفوظة\n",
    "دمشق °C\n00963 11 222 3333\nشارك المقال :\n0 Comments\n",
    "اقرأ أيضاً\nمقتل عنصرين بانفجار لغم قرب الباب\nغارات على ريف إدلب…\n",
], ids=["empty", "blank", "menu-only", "widgets-only", "related-only"])
def test_page_without_article_text_is_rejected_with_no_text(page):
    with pytest.raises(InputRejected) as caught:
        clean_document(_doc(page), outlets=REGISTRY)
    assert caught.value.code == "no-text"
    assert caught.value.source == "page.txt"
    assert "check" in caught.value.message


def test_options_document_every_setting():
    help_texts = CleanOptions.help()
    assert set(help_texts) == {"max_headline_words", "max_teaser_words", "body_paragraph_words", "min_body_letters",
                               "html_fast", "html_include_tables"}
    assert all(text.strip() for text in help_texts.values())


# --- header date lines: the page date printed beside widgets (issue: relative dates left unresolved) ---

WEATHER_HEADER_PAGE = """صدى الرافدين
الموصل 24°C | الثلاثاء 26 أيلول 2023

اشتباك بين قوة أمنية ومسلحين قرب قرية في سهل نينوى

نينوى – اندلع اشتباك فجر اليوم بين قوة من الشرطة الاتحادية ومسلحين مجهولين قرب قرية في سهل نينوى، ما أسفر عن إصابة عنصرين بجروح.

وقالت مصادر أمنية إن القوة كانت تلاحق المسلحين منذ مساء أمس، وإن عمليات التفتيش ما تزال مستمرة في المنطقة.
"""

READING_TIME_HEADER_PAGE = """مقتل أربعة عناصر من التنظيم بغارة جوية في صحراء الأنبار

الأحد 28 كانون الثاني 2024 | قراءة في 7 دقائق

الأنبار – قُتل أربعة عناصر من التنظيم أمس بغارة جوية نفذتها طائرات عراقية على وكر لهم في صحراء الأنبار الغربية.

وأضاف البيان أن الغارة جاءت بناء على معلومات استخبارية دقيقة، وأن القوات البرية فتشت الموقع بعد القصف.
"""


@pytest.mark.parametrize(("page", "iso", "title"), [
    (WEATHER_HEADER_PAGE, "2023-09-26", "اشتباك بين قوة أمنية ومسلحين قرب قرية في سهل نينوى"),
    (READING_TIME_HEADER_PAGE, "2024-01-28", "مقتل أربعة عناصر من التنظيم بغارة جوية في صحراء الأنبار"),
], ids=["weather-then-date", "date-then-reading-time"])
def test_header_date_line_gives_the_published_date_when_the_page_has_no_other(page, iso, title):
    article = clean_document(_doc(page), outlets=REGISTRY)
    assert (article.published, article.published_from) == (iso, "header")
    assert article.title == title
    assert "دقائق" not in article.text and "°C" not in article.text


def test_header_date_line_gives_way_to_a_published_line_and_a_url_date():
    page = "نُشر في 3 تشرين الأول 2023\n\n" + WEATHER_HEADER_PAGE
    assert clean_document(_doc(page), outlets=REGISTRY).published == "2023-10-03"
    from_url = clean_document(_doc(WEATHER_HEADER_PAGE, url="https://nahr-alasi.example/2023/09/27/clash"),
                              outlets=REGISTRY)
    assert (from_url.published, from_url.published_from) == ("2023-09-27", "url")


def test_header_like_date_line_in_a_related_block_or_the_body_is_not_the_page_date():
    page = """اشتباك بين قوة أمنية ومسلحين قرب قرية في سهل نينوى

نينوى – اندلع اشتباك فجر اليوم بين قوة من الشرطة الاتحادية ومسلحين مجهولين قرب قرية في سهل نينوى، ما أسفر عن إصابة عنصرين.

دهوك 19°C | الخميس 5 تشرين الأول 2023

اقرأ أيضاً
مقتل راعٍ بانفجار لغم في صحراء الحضر
الجمعة 6 تشرين الأول 2023 | قراءة في 3 دقائق
"""
    article = clean_document(_doc(page), outlets=REGISTRY)
    assert (article.published, article.published_from) == (None, None)


# --- live tickers: timestamped entries are the news, not page furniture ---

TICKER_PAGE = """وكالة السهل الإخبارية – شريط الأخبار العاجلة
الأربعاء 14 شباط 2024

05:50 عاجل | قوات الاحتلال تقتحم بلدة قباطية جنوب جنين بعدد من الآليات العسكرية
06:25 عاجل | اندلاع مواجهات بين الشبان وقوات الاحتلال عند المدخل الشرقي لبلدة قباطية
07:10 عاجل | مسيّرة إسرائيلية تستهدف مجموعة من الشبان في الحي الشرقي من البلدة
١٤:٢٠ - وزارة الصحة: إصابة ثلاثة شبان برصاص الاحتلال في قباطية أحدهم بحالة خطيرة
15:05 - قوات الاحتلال تنسحب من البلدة بعد اقتحام استمر تسع ساعات وتعتقل أربعة شبان
"""

TICKER_ENTRIES = [line for line in TICKER_PAGE.splitlines() if line[:2].strip().isdigit()]


@pytest.fixture(scope="module")
def ticker():
    return clean_document(_doc(TICKER_PAGE), outlets=REGISTRY)


def test_ticker_keeps_every_timestamped_entry_as_its_own_paragraph(ticker):
    assert ticker.text.split("\n\n") == TICKER_ENTRIES
    assert ticker.published == "2024-02-14"
    assert "شريط الأخبار" not in ticker.text


@pytest.mark.parametrize("entry", TICKER_ENTRIES)
def test_ticker_entry_maps_back_to_its_exact_source_characters(ticker, entry):
    start = ticker.text.index(entry)
    source_start, source_end = to_source(ticker.segments, start, start + len(entry))
    assert ticker.source_text[source_start:source_end] == entry
    assert source_start == TICKER_PAGE.index(entry)


def test_ticker_time_alone_or_with_a_fragment_is_not_kept_as_news():
    page = """آخر تحديث: 10:15

وزير الداخلية يتفقد الحواجز الأمنية على طريق المطار في العاصمة صباح اليوم.

11:30 | المزيد
"""
    article = clean_document(_doc(page), outlets=REGISTRY)
    assert article.text.startswith("وزير الداخلية")
