"""Table-driven rows for page dates, bylines and datelines."""

from __future__ import annotations

import pytest

from marsad.clean import OutletRegistry, load_rules
from marsad.clean.metadata import (
    author_name_line,
    byline_from_prefixed,
    find_dateline,
    header_date_line,
    iso_from_meta,
    page_date_parser,
)
from marsad.clean.outlets import Outlet

RULES = load_rules()
DATES = page_date_parser()
REGISTRY = OutletRegistry([
    Outlet("Ugarit Post", ("أوغاريت بوست",), "Syria", ("ugaritpost.com",), "news site"),
    Outlet("Reuters", ("رويترز",), "United Kingdom", ("reuters.com",), "agency"),
])

DATE_LINE_ROWS = [
    ("نُشر في 12 آذار 2023", "2023-03-12", "published"),
    ("الأحد، ٢٣ أيار ٢٠٢١", "2021-05-23", "bare"),
    ("2023-03-12", "2023-03-12", "bare"),
    ("2024-06-04 | 16:12", "2024-06-04", "bare"),
    ("نُشر في 10 حزيران 2021 - 14:20", "2021-06-10", "published"),
    ("الثلاثاء 18 نيسان 2023", "2023-04-18", "bare"),
    ("بتاريخ: الثلاثاء 16 كانون الثاني 2024", "2024-01-16", "published"),
    ("آخر تحديث: 9 / 5/ 2023  - 03:40 م", "2023-05-09", "updated"),
    ("الخميس 13 أكتوبر 2022", "2022-10-13", "bare"),
    ("الأربعاء 17 جويلية 2019", "2019-07-17", "bare"),
    ("15 فيفري 2020", "2020-02-15", "bare"),
    ("3 شتنبر 2022", "2022-09-03", "bare"),
    ("الإثنين 2 يوليوز 2018", "2018-07-02", "bare"),
    ("12 آذار/مارس 2023", "2023-03-12", "bare"),
    ("تاريخ النشر: 05/11/2022", "2022-11-05", "published"),
    ("الأحد 23 يناير 2022 - 20 جمادى الآخرة 1443 هـ", "2022-01-23", "bare"),
    ("بيروت | الثلاثاء 22 تشرين الأول 2024", "2024-10-22", "bare"),
    ("Published on March 5, 2023", "2023-03-05", "published"),
]

NOT_DATE_LINES = [
    "وكانت المعركة بدأت مساء الخميس 20 / 1/ 2022، بهجوم موسع شنه مسلحون على المدينة",
    "31 شباط 2023",
    "12 آذار 1850",
    "قتل 12 شخصاً في آذار",
    "الحصيلة النهائية 29 قتيلاً",
]


@pytest.mark.parametrize(("line", "iso", "role"), DATE_LINE_ROWS)
def test_date_line_gives_its_iso_date_and_role(line, iso, role):
    found = DATES.date_line(line)
    assert found is not None and (found.iso, found.role) == (iso, role)


@pytest.mark.parametrize("line", NOT_DATE_LINES)
def test_sentence_or_impossible_date_is_not_a_date_line(line):
    assert DATES.date_line(line) is None


# a page-header line that joins the page date with widgets (weather, reading time, views): the date is the page's
HEADER_DATE_ROWS = [
    ("كركوك 31°C | الأربعاء 4 تشرين الأول 2023", "2023-10-04"),
    ("السبت 9 آذار 2024 | قراءة في 5 دقائق", "2024-03-09"),
    ("الخميس 13 يونيو 2024 • 4 دقائق للقراءة • 1520 مشاهدة", "2024-06-13"),
    ("بنغازي 19° – 2022-11-05 – 10:45", "2022-11-05"),
    ("مدة القراءة: 3 دقائق | نشر في 21 جانفي 2025", "2025-01-21"),
    ("الإثنين ١٢ شباط ٢٠٢٤ | ٦ دقائق قراءة", "2024-02-12"),
    ("بيروت | الثلاثاء 22 تشرين الأول 2024 | 3 دقائق للقراءة", "2024-10-22"),
]

NOT_HEADER_DATE_LINES = [
    "الخميس 13 يونيو 2024 | مقتل ثلاثة عناصر في هجوم على حاجز قرب المدينة",
    "السبت 9 آذار 2024 | اقرأ أيضاً: انفجار عبوة في سوق شعبي",
    "قراءة في 5 دقائق | 1520 مشاهدة",
    "كركوك 31°C",
    "حلب | الثلاثاء 22 تشرين الأول 2024 | انفجار",
    "وقع الهجوم في 4 تشرين الأول 2023 - بحسب مصادر أمنية - على طريق كركوك تكريت",
]


@pytest.mark.parametrize(("line", "iso"), HEADER_DATE_ROWS)
def test_header_line_of_date_and_widgets_gives_the_date(line, iso):
    found = header_date_line(line, DATES, RULES)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize("line", NOT_HEADER_DATE_LINES)
def test_header_line_with_a_sentence_or_without_a_date_gives_none(line):
    assert header_date_line(line, DATES, RULES) is None


@pytest.mark.parametrize(("line", "kind"), [
    ("قراءة في 7 دقائق", "reading-time"),
    ("5 دقائق قراءة", "reading-time"),
    ("مدة القراءة: 3 دقائق", "reading-time"),
])
def test_reading_time_widgets_are_boilerplate(line, kind):
    verdict = RULES.classify(line)
    assert verdict is not None and verdict.kind == kind


@pytest.mark.parametrize(("value", "iso"), [
    ("2024-02-17T10:15:00+03:00", "2024-02-17T10:15:00+03:00"),
    ("2024-02-17", "2024-02-17"),
    ("2022-07-19T13:20:00Z", "2022-07-19T13:20:00Z"),
    ("2023-02-30", None),
    ("17/02/2024", None),
    ("", None),
    (None, None),
])
def test_meta_dates_are_validated(value, iso):
    assert iso_from_meta(value) == iso


@pytest.mark.parametrize(("line", "name"), [
    ("إعداد: علي إبراهيم", "علي إبراهيم"),
    ("بقلم: د. نوري الورفلي*", "د. نوري الورفلي"),
    ("كتب - فادي منيمنة", "فادي منيمنة"),
    ("كتب: سامر الحموي", "سامر الحموي"),
    ("تقرير: هيئة التحرير", "هيئة التحرير"),
    ("إعداد:علي إبراهيم", "علي إبراهيم"),
    ("كتب الرئيس في تغريدة على حسابه أن الهجوم لن يمر دون رد.", None),
    ("تقرير الأمم المتحدة يحذر من تفاقم الأزمة الإنسانية في المخيمات، ويدعو إلى تحرك عاجل", None),
    ("وقال علي إبراهيم إن القصف استمر.", None),
])
def test_byline_prefix_lines(line, name):
    assert byline_from_prefixed(line, RULES) == name


@pytest.mark.parametrize(("line", "is_name"), [
    ("زاكروس عثمان", True),
    ("محمد آدم كوكو", True),
    ("تقرير خاص", False),
    ("الحسكة", False),
    ("عاجل: انفجار", False),
    ("مقتل 3 أشخاص", False),
])
def test_lone_author_name_line(line, is_name):
    assert (author_name_line(line, RULES) is not None) is is_name


@pytest.mark.parametrize(("paragraph", "dateline", "outlet"), [
    ("أوغاريت بوست (مركز الأخبار) – في أخطر هجوم للتنظيم منذ سنوات، تستمر الاشتباكات.",
     "أوغاريت بوست (مركز الأخبار) –", "Ugarit Post"),
    ("دمشق – «الوطن الحر»: قُتل أربعة مدنيين في القصف.", "دمشق – «الوطن الحر»:", "الوطن الحر"),
    ("بيروت (رويترز) - قال مسؤولون إن الغارة أصابت مبنى سكنياً.", "بيروت (رويترز) -", "Reuters"),
    ("دمشق - (وكالة الياسمين):", "دمشق - (وكالة الياسمين):", "وكالة الياسمين"),
    ("سرت – نبض سرت: لقي طفلان حتفهما بانفجار جسم من مخلفات الحرب.", "سرت – نبض سرت:", "نبض سرت"),
    ("حلب - خاص: اندلعت اشتباكات على جبهة منبج.", "حلب - خاص:", None),
    ("الحسكة – اندلعت اشتباكات عنيفة في محيط السجن.", "الحسكة –", None),
    ("الأنبار / صوت الفرات", "الأنبار / صوت الفرات", None),
    ("بغداد – أوغاريت بوست", "بغداد – أوغاريت بوست", "Ugarit Post"),
])
def test_dateline_lead_and_the_outlet_it_names(paragraph, dateline, outlet):
    found = find_dateline(paragraph, RULES, REGISTRY)
    assert found is not None and (found.text, found.outlet) == (dateline, outlet)


@pytest.mark.parametrize("paragraph", [
    "في أخطر وأعنف هجوم لتنظيم داعش في سوريا منذ سنوات، تستمر الاشتباكات في محيط السجن.",
    "قال مسؤول في وزارة الداخلية إن القوات اعتقلت خمسة مطلوبين.",
    "الهدف بحسب تقارير إعلامية من هذا الهجوم الذي شارك فيه أكثر من 200 عنصر هو تهريب العناصر.",
])
def test_ordinary_first_paragraph_has_no_dateline(paragraph):
    assert find_dateline(paragraph, RULES, REGISTRY) is None
