"""Table-driven rows for the boilerplate line classifier and the rules data file."""

from __future__ import annotations

import copy

import pytest
import yaml

from marsad.clean.boilerplate import DEFAULT_RULES_PATH, build_rules, fold, load_rules, validate_rules
from marsad.clean.datafiles import DataFileError

RULES = load_rules()

WIDGET_ROWS = [
    ("دمشق °C", "weather"),
    ("حلب 14°C", "weather"),
    ("إدلب 31°", "weather"),
    ("الموصل 24°C  |  الثلاثاء 26 أيلول 2023", "weather"),
    ("00963 939 114 037", "phone"),
    ("+90 342 555 0147", "phone"),
    ("هاتف: ٠١١ ٢٣٤٥٦٧٨", "phone"),
    ("شارك المقال :", "share"),
    ("شارك على فيسبوك", "share"),
    ("فيسبوك  تويتر  واتساب  طباعة", "share"),
    ("طباعة  |  شارك", "share"),
    ("طباعة", "print"),
    ("0 0 votes", "rating"),
    ("Article Rating", "rating"),
    ("Subscribe", "comments"),
    ("نبّهني عن", "comments"),
    ("guest", "comments"),
    ("0 Comments", "comments"),
    ("Oldest", "comments"),
    ("Newest Most Voted", "comments"),
    ("Inline Feedbacks", "comments"),
    ("View all comments", "comments"),
    ("التعليقات (2)", "comments"),
    ("التعليقات مغلقة.", "comments"),
    ("يتبع", "continuation"),
    ("(يتبع)", "continuation"),
    ("الرئيسية | محليات | عربي ودولي | اقتصاد", "navigation"),
    ("الرئيسية / أمن / العمليات المشتركة تنفي سيطرة التنظيم على قرية", "navigation"),
    ("الرئيسية  »  أخبار الحديدة  »  مقتل امرأة بانفجار لغم", "navigation"),
    ("سياسة • أمن • اقتصاد • مجتمع", "navigation"),
    ("الوسوم: حماة، السلمية، تفجير", "tags"),
    ("#سنجار #نينوى #العمليات_المشتركة", "tags"),
    ("© 2023 نهر العاصي بوست", "copyright"),
    ("جميع الحقوق محفوظة لموقع الخبر 2022", "copyright"),
    ("المقالات المنشورة تعبر عن آراء كتابها ولا تعكس بالضرورة رأي الموقع.", "disclaimer"),
    ("1234 مشاهدة", "views"),
    ("3 دقائق للقراءة", "reading-time"),
    ("اشترك في نشرتنا البريدية", "subscribe"),
    ("تابعونا على تلغرام", "share"),
    ("للتواصل: info@example.org", "contact"),
    ("***", "separator"),
]

BLOCK_ROWS = [
    ("اقرأ أيضاً ...", "related"),
    ("اقرأ أيضا:", "related"),
    ("إقرأ أيضاً", "related"),
    ("مواضيع ذات صلة", "related"),
    ("الأكثر قراءة", "related"),
    ("شاهد أيضاً", "related"),
    ("أخبار ذات صلة:", "related"),
    ("الوسوم", "tags"),
]

INLINE_ROWS = [
    "اقرأ أيضاً: مقتل عنصرين من الشرطة بهجوم على حاجز في ريف حمص",
    "اقرأ أيضا - غارات على أطراف البادية",
    "شاهد أيضاً: لحظة سقوط القذائف على الحي",
]

BODY_ROWS = [
    "وشارك في الهجوم أكثر من مئة مسلح بحسب مصادر محلية.",
    "شارك في الهجوم أكثر من 200 عنصر",
    "اقرأ التقرير الكامل الذي نشرته المنظمة أمس عن أوضاع المعتقلين في السجن.",
    "وقال المتحدث إن القوات تقدمت في محيط المدينة.",
    "المئات من الرهائن بينهم أطفال .. والعناصر جاؤوا من مناطق عدة",
    "سري كانيه/ رأس العين وكري سبي/ تل أبيض",
    "بلغت درجة الحرارة 45 درجة مئوية في البصرة أمس.",
    "وكانت المعركة بدأت مساء الخميس 20 / 1/ 2022",
    "الحصيلة: 14 قتيلاً و30 جريحاً",
    "وأكد أن التقارير تعبر عن آراء كتابها وأن المقال الذي نشره الموقع يتضمن تفاصيل عن الاشتباكات المسلحة في محيط المدينة وعن عدد القتلى والجرحى الذين سقطوا خلال الأيام الماضية في الأحياء الجنوبية.",
]


@pytest.mark.parametrize(("line", "kind"), WIDGET_ROWS)
def test_widget_line_is_classified(line, kind):
    verdict = RULES.classify(line)
    assert verdict is not None and (verdict.kind, verdict.role) == (kind, "widget")


@pytest.mark.parametrize(("line", "kind"), BLOCK_ROWS)
def test_block_header_starts_a_block(line, kind):
    verdict = RULES.classify(line)
    assert verdict is not None and (verdict.kind, verdict.role) == (kind, "block")


@pytest.mark.parametrize("line", INLINE_ROWS)
def test_inline_read_also_line_is_one_line_boilerplate(line):
    verdict = RULES.classify(line)
    assert verdict is not None and verdict.role == "inline"


@pytest.mark.parametrize("line", BODY_ROWS)
def test_body_line_is_not_boilerplate(line):
    assert RULES.classify(line) is None


@pytest.mark.parametrize(("line", "is_teaser"), [
    ("مقتل عنصرين من الجيش الوطني بانفجار لغم أرضي قرب مدينة الباب", True),
    ("كفاح محمود حينما كان الرئيس يُنعى في أرجاء البلاد، أُقيمت مجالس عزاء رسمية كثيرة في القرى والبلدات البعيدة عن العاصمة، كنّا…", True),
    ("منذ 3 ساعات", True),
    ("قبل 5 دقائق", True),
    ("وأضاف المصدر أن دورية أخرى وصلت إلى المكان ونقلت المصابين إلى مشفى المدينة، وسط استنفار أمني في المنطقة.", False),
])
def test_teaser_lines_of_a_related_block(line, is_teaser):
    assert RULES.is_teaser(line) is is_teaser


@pytest.mark.parametrize(("raw", "folded"), [
    ("شارك المقال :", "شارك المقال"),
    ("اقرأ أيضاً ...", "اقرا ايضا"),
    ("نبّهني عن", "نبهني عن"),
    ("«الأكثر قراءة»", "الاكثر قراءه"),
])
def test_fold_ignores_spelling_and_edge_punctuation(raw, folded):
    assert fold(raw) == folded


def test_shipped_rules_file_is_valid():
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    assert validate_rules(data) == []


@pytest.mark.parametrize(("mutate", "problem"), [
    (lambda d: d.update(version=2), "`version` must be 1"),
    (lambda d: d["line_patterns"].append({"kind": "x", "pattern": "("}), "bad regular expression"),
    (lambda d: d["prefix_lines"][0].update(max_words=0), "`max_words` must be a positive integer"),
    (lambda d: d.update(inline_markers=[]), "`inline_markers` must be a non-empty list"),
])
def test_validator_reports_what_is_wrong(mutate, problem):
    data = copy.deepcopy(yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8")))
    mutate(data)
    assert any(problem in message for message in validate_rules(data))
    with pytest.raises(DataFileError, match="boilerplate.yaml"):
        build_rules(data, source="boilerplate.yaml")
