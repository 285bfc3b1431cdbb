"""Round 7 (issue #4): non-event articles and spurious Strategic developments.

Every row is an original, fictional text. Rule rows must yield no event of the named type; guard rows phrase a
real, fresh event alike and must still be coded. These are rules, so the rules-only coder runs them: the learned
mention filter after the rules (tests/test_mention_filter.py) may still judge a one-sentence page thin.
"""
import pytest

from marsad.events.coder import EventCoder
from marsad.events.predict import code_text

PUBLISHED = "2025-03-10"
HEADER = "الأنباء المحلية | أخبار\n\n{headline}\n\nالمدينة - الأنباء المحلية\nالاثنين 10 آذار 2025\n\n"


def _types(headline: str, body: str) -> list[str]:
    result = code_text("r7", HEADER.format(headline=headline) + body, published=PUBLISHED,
                       coder=EventCoder.default(mention_filter=False))
    return [m.event_type for m in result.mentions]


NO_EVENT_ROWS = [
    pytest.param(  # a quoted headline still names its genre
        'أصوات انفجارات فوق المدينة؟ المحافظ: "تمرين للدفاعات الجوية"',
        "قال المحافظ صباح اليوم إن التمرين تضمن إطلاق قذائف مضادة للطائرات فوق بلدة الزرقاء.",
        id="quoted_exercise_headline"),
    pytest.param(
        "المتطوعون يزورون المدارس في الريف الشمالي",
        "ووزع المتطوعون اليوم ملصقات تظهر أشكال القذائف والقنابل العنقودية على طلاب المدارس في إدلب.",
        id="weapons_on_posters"),
    pytest.param(
        "جلسات في القرى الحدودية",
        "وتضمنت الجلسات اليوم عروضا للتوعية بخطر القذائف في قرى محافظة السليمانية.",
        id="awareness_session"),
    pytest.param(
        "اجتماع للمجلس البلدي",
        "عقد المجلس البلدي في بنغازي اجتماعه اليوم لمناقشة الموازنة.\n\nالأكثر قراءة: غارة على بلدة في الجنوب | أسعار الذهب",
        id="most_read_line"),
    pytest.param(
        "وصول دفعة جديدة من اللاجئين",
        "وصلت اليوم إلى مخيم أدري دفعة جديدة من اللاجئين الذين فروا من القتال في إقليم دارفور.",
        id="fled_from_fighting"),
    pytest.param(
        "وفاة جنديين على الطريق الدولي",
        "لقي جنديان مصرعهما فجر اليوم إثر انقلاب عجلة عسكرية على الطريق الدولي قرب تكريت.",
        id="army_vehicle_overturned"),
    pytest.param(
        "نعي",
        "ودعت مدينة الأبيض أمس الرقيب أحمد علي الذي استشهد في هجوم على موقع عسكري، وتتقدم أسرة التحرير بالتعازي لأهله.",
        id="obituary_headline"),
    pytest.param(
        "ختام فعاليات التدريب المشترك",
        "وهاجمت الوحدات أمس مواقع وهمية لعدو مفترض وسيطرت على التلة قرب مدينة طانطان.",
        id="imaginary_targets"),
]


@pytest.mark.parametrize("headline, body", NO_EVENT_ROWS)
def test_round7_non_event_text_yields_no_event(headline, body):
    assert _types(headline, body) == []


SD_ROWS = [
    pytest.param("هدنة مقترحة",
                 "ويقترح الوسطاء هدنة إنسانية مدتها أسبوعان في مدينة الفاشر.",
                 id="proposed_truce"),
    pytest.param("الجيش يرفض",
                 "وقال مصدر عسكري إن الجيش لن يقبل بأي هدنة في مدينة الفاشر قبل انسحاب المسلحين.",
                 id="refused_truce"),
]


@pytest.mark.parametrize("headline, body", SD_ROWS)
def test_round7_background_noun_is_not_a_strategic_development(headline, body):
    assert "Strategic developments" not in _types(headline, body)


GUARD_ROWS = [
    pytest.param("قصف على حي سكني",
                 "سقطت قذائف صباح اليوم على حي الشعار في مدينة حلب، ما أدى إلى مقتل مدنيين.",
                 "Explosions/Remote violence", id="fresh_shelling"),
    pytest.param("اشتباكات في دارفور",
                 "اندلع قتال عنيف صباح اليوم بين الجيش ومسلحين في بلدة كتم بولاية شمال دارفور.",
                 "Battles", id="fresh_fighting"),
    pytest.param("اتفاق هدنة",
                 "أعلن الطرفان صباح اليوم التوصل إلى هدنة إنسانية في مدينة الفاشر.",
                 "Strategic developments", id="concluded_truce"),
    pytest.param("حملة أمنية",
                 "اعتقلت قوات الأمن صباح اليوم خمسة مطلوبين في حي الشعلة ببغداد.",
                 "Strategic developments", id="fresh_arrests"),
    pytest.param("مقتل طفلين",
                 "قتل طفلان صباح اليوم بانفجار قذيفة غير منفجرة من مخلفات الحرب غرب مدينة سرت.",
                 "Explosions/Remote violence", id="war_remnant_explodes"),
]


@pytest.mark.parametrize("headline, body, event_type", GUARD_ROWS)
def test_round7_fresh_event_phrased_alike_is_still_coded(headline, body, event_type):
    assert event_type in _types(headline, body)
