"""Coder round 13 (issue #4): rules alone, on sentences written for these tests."""

from marsad.events.coder import EventCoder
from marsad.events.predict import code_text


def _coded(text: str, published: str | None = "2026-02-10"):
    """The rules' mentions of `text`; pass published=None to let the page date itself."""
    return code_text("round13", text, published=published, coder=EventCoder.default(mention_filter=False)).mentions


def test_a_place_said_to_lie_north_of_a_city_is_the_scene_not_the_city():
    text = ("وكالة دجلة للأنباء\n\n"
            "قُتل جنديان عراقيان وأصيب ثالث، مساء أمس، بانفجار عبوة ناسفة استهدفت دورية للجيش في قضاء الطارمية "
            "شمالي العاصمة بغداد، بحسب مصدر أمني.")
    blasts = [m for m in _coded(text) if m.event_type == "Explosions/Remote violence"]
    assert [m.location for m in blasts] == ["Al Tarmia, Baghdad"]


def test_a_city_alone_with_a_direction_is_still_the_pin():
    text = ("وكالة الشمال\n\n"
            "قصفت طائرات حربية روسية صباح اليوم مواقع في بلدة الأتارب غربي حلب، ما أدى إلى مقتل مدنيين اثنين.")
    strikes = [m for m in _coded(text) if m.event_type == "Explosions/Remote violence"]
    assert [m.location for m in strikes] == ["Al Atarib, Aleppo"]


def test_a_toll_raised_with_litartafi_replaces_the_first_count():
    text = ("صوت الدلتا | حوادث\n\n"
            "تبادل أفراد من عائلتين إطلاق النار بالأسلحة الآلية في قرية تابعة لمركز ملوي بمحافظة المنيا، مساء أمس، "
            "ما أسفر عن مصرع شخصين وإصابة خمسة آخرين.\n\n"
            "وفي وقت لاحق توفي أحد المصابين متأثراً بجراحه في المستشفى، لترتفع حصيلة القتلى إلى ٣.")
    clashes = [m for m in _coded(text) if m.event_type == "Battles"]
    assert [m.fatalities for m in clashes] == [3]
