"""The one copy test (`NearDuplicateIndex.copy_similarity`) that ingestion uses to mark a syndicated copy and to
free a copy whose original was saved again with another text: one row per pair of reports (our own texts)."""

from __future__ import annotations

import pytest

from marsad.dedup import ArticleBody, NearDuplicateIndex, text_fingerprint

REPORT = (
    "إدلب – قتل أربعة مدنيين بينهم طفلان وأصيب سبعة آخرون بجروح في غارة جوية بطائرة مسيرة استهدفت سوقاً شعبياً "
    "في بلدة سرمدا شمالي محافظة إدلب صباح الأحد. وقال الدفاع المدني السوري إن فرقه انتشلت الضحايا من تحت "
    "الأنقاض ونقلت المصابين إلى مستشفيات المنطقة، مشيراً إلى أن الغارة تسببت بدمار واسع في المحال التجارية. "
    "وأدان ناشطون محليون الهجوم الذي جاء بعد أيام من تصعيد عسكري شهدته المنطقة، فيما لم يصدر أي تعليق رسمي "
    "حتى الآن من الجهات المعنية."
)
LAST_SENTENCE = REPORT[REPORT.index("وأدان"):]
PROTEST = (
    "الرباط – نظم مئات من المتقاعدين وقفة احتجاجية أمام مقر البرلمان للمطالبة برفع المعاشات ومراجعة نظام "
    "التقاعد، ورفع المحتجون شعارات تندد بغلاء الأسعار وتدهور القدرة الشرائية. وقال أحد المنظمين إن الوقفة "
    "سلمية وإن التنسيقية ستواصل أشكالها النضالية إلى أن تفتح الحكومة حواراً جدياً مع ممثلي المتقاعدين."
)

# (what the second report is, its text, copies the first report?, similarity when it does: 1.0 exactly or near)
ROWS = [
    ("the same text", REPORT, True, 1.0),
    ("the same words with vowel marks, another dash and double spaces",
     REPORT.replace("قتل", "قُتل").replace("–", "-").replace(" وأصيب", "  وأصيب"), True, 1.0),
    ("a syndicated copy without the last sentence", REPORT.replace(LAST_SENTENCE, ""), True, "near"),
    ("a copy under the outlet's own headline and credit line",
     "غارة بمسيرة على سوق سرمدا\nنقلاً عن مراسلنا في إدلب\n" + REPORT, True, "near"),
    ("a later report that adds the wounded of the evening",
     REPORT + " وارتفع عدد الجرحى مساء اليوم إلى 12 جريحاً.", True, "near"),
    ("a revised toll: six killed and nine wounded instead of four and seven",
     REPORT.replace("أربعة مدنيين", "ستة مدنيين").replace("سبعة آخرون", "تسعة آخرون"), False, None),
    ("another story", PROTEST, False, None),
    ("the same event told in other words",
     "استهدفت طائرة مسيرة سوق بلدة سرمدا في ريف إدلب الشمالي صباح الأحد، ما أسفر عن سقوط أربعة قتلى من المدنيين "
     "بينهم طفلان وسبعة جرحى، بحسب فرق الدفاع المدني التي عملت على إخلاء المصابين.", False, None),
]


@pytest.fixture(scope="module")
def index() -> NearDuplicateIndex:
    return NearDuplicateIndex(threshold=0.6)


def body(index: NearDuplicateIndex, text: str) -> ArticleBody:
    return ArticleBody(text_fingerprint(text), text, index.signature(text))


@pytest.mark.parametrize(("what", "text", "copies", "similarity"), ROWS, ids=[row[0] for row in ROWS])
def test_copy_similarity_says_whether_one_report_copies_the_other(index, what, text, copies, similarity):
    first, second = body(index, REPORT), body(index, text)
    found = index.copy_similarity(second, first)
    assert (found is not None) == copies
    assert index.copy_similarity(first, second) == found  # the test is symmetric
    if similarity == "near":
        assert index.threshold <= found < 1.0
    else:
        assert found == similarity


def test_a_revised_toll_is_refused_for_its_figures_not_for_its_wording(index):
    revised = REPORT.replace("أربعة مدنيين", "ستة مدنيين").replace("سبعة آخرون", "تسعة آخرون")
    first, second = body(index, REPORT), body(index, revised)
    assert first.signature.jaccard(second.signature) >= index.threshold
    assert index.copy_similarity(first, second) is None
