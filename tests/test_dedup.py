"""Identity and near-duplicates: syndicated copies are found, different stories are not."""

from __future__ import annotations

from marsad.dedup import NearDuplicateIndex, Provenance, figures_compatible, original_first, text_fingerprint

STORY = (
    "كركوك – قتل ثلاثة عناصر من الشرطة الاتحادية وأصيب اثنان آخران بانفجار عبوة ناسفة استهدفت دوريتهم "
    "على الطريق الرابط بين قضاء الحويجة وناحية الرياض جنوب غربي كركوك مساء الثلاثاء. وقال مصدر أمني إن "
    "العبوة كانت مزروعة على جانب الطريق وانفجرت لحظة مرور العجلة العسكرية، مشيراً إلى أن قوة أمنية طوقت "
    "المكان وباشرت عمليات تفتيش في القرى القريبة بحثاً عن المنفذين. ولم تعلن أي جهة مسؤوليتها عن الهجوم "
    "حتى الآن، فيما تنشط خلايا تنظيم داعش في المناطق الوعرة بين كركوك وصلاح الدين."
)
SYNDICATED = (
    "كركوك - قُتل ثلاثة عناصر من الشرطة الاتحادية وأصيب اثنان آخران بانفجار عبوة ناسفة استهدفت دوريتهم "
    "على الطريق الرابط بين قضاء الحويجة وناحية الرياض جنوب غربي كركوك مساء الثلاثاء. وقال مصدر أمني إن "
    "العبوة كانت مزروعة على جانب الطريق وانفجرت لحظة مرور العجلة العسكرية، مشيراً إلى أن قوة أمنية طوقت "
    "المكان وباشرت عمليات تفتيش في القرى القريبة بحثاً عن المنفذين."
)
OTHER_STORY = (
    "الخرطوم – تظاهر مئات الطلاب أمام مبنى الجامعة احتجاجاً على رفع رسوم التسجيل، ورفع المحتجون لافتات "
    "تطالب بإلغاء القرار، فيما أغلقت الشرطة الشوارع المؤدية إلى وسط المدينة دون أن تسجل مواجهات. وقال "
    "ممثل عن اتحاد الطلاب إن الاعتصام سيستمر حتى تستجيب الإدارة لمطالبهم، مؤكداً أن التحرك سلمي بالكامل."
)


def test_text_fingerprint_ignores_diacritics_spacing_and_dash_style():
    assert text_fingerprint("قُتل  ثلاثة – عناصر") == text_fingerprint("قتل ثلاثة - عناصر")
    assert text_fingerprint("قتل ثلاثة عناصر") != text_fingerprint("قتل أربعة عناصر")


def test_near_duplicate_index_finds_a_syndicated_copy_with_a_trimmed_paragraph():
    index = NearDuplicateIndex(threshold=0.6)
    index.add("original", index.signature(STORY))
    index.add("other", index.signature(OTHER_STORY))
    found = index.query(index.signature(SYNDICATED))
    assert [d.article_id for d in found] == ["original"]
    assert found[0].similarity >= 0.6


def test_near_duplicate_index_does_not_match_a_different_story():
    index = NearDuplicateIndex(threshold=0.6)
    index.add("original", index.signature(STORY))
    assert index.query(index.signature(OTHER_STORY)) == []


def test_signatures_round_trip_through_bytes_and_reject_other_settings():
    index = NearDuplicateIndex(num_perm=64)
    blob = index.to_bytes(index.signature(STORY))
    restored = index.from_bytes(blob)
    assert restored is not None and restored.jaccard(index.signature(STORY)) == 1.0
    assert NearDuplicateIndex(num_perm=128).from_bytes(blob) is None


def test_original_is_the_earliest_published_then_the_uncredited_then_the_fuller_then_the_smallest_id():
    assert original_first(Provenance("z", "2022-01-20", SYNDICATED), Provenance("a", "2022-01-21", STORY))
    assert not original_first(Provenance("a", None, STORY), Provenance("b", "2022-01-21", STORY))
    credited = "نقلاً عن: نافذة كركوك\n" + STORY
    assert original_first(Provenance("z", "2022-01-20", STORY), Provenance("a", "2022-01-20", credited))
    assert original_first(Provenance("z", "2022-01-20", STORY), Provenance("a", "2022-01-20", SYNDICATED))
    assert original_first(Provenance("a", "2022-01-20", STORY), Provenance("b", "2022-01-20", STORY))


def test_a_revised_report_with_a_new_toll_is_not_a_copy_of_the_first_report():
    first = "قتل خمسة مدنيين وأصيب 12 آخرون بقصف على سوق الخضار في المدينة"
    revised = "ارتفعت حصيلة القصف إلى 9 قتلى مدنيين وأصيب 14 آخرون بقصف على سوق الخضار في المدينة"
    assert not figures_compatible(first, revised)


def test_a_trimmed_copy_is_compatible_with_its_original():
    assert figures_compatible(SYNDICATED, STORY)
    assert figures_compatible(STORY, SYNDICATED)
