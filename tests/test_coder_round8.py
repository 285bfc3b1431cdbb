"""Round 8 of the event coder (issue #4): habitual tolls, returned fire, and deaths told without a count."""

import pytest

from marsad.events.predict import code_text

PUBLISHED = "2025-03-04"


def _mentions(text: str):
    return code_text("round8", text, published=PUBLISHED).mentions


@pytest.mark.parametrize("text", [
    # a toll told as a rate describes the area, not an incident
    "سكان القرى الحدودية: قتلى وجرحى كل أسبوع بسبب الألغام المزروعة في الحقول.\n\n"
    "يقول المزارع إنه كل أسبوع نسمع عن قتيل أو جريح في الأراضي الزراعية المحيطة بالبلدة.",
    "يسقط قتلى يوميا في الطرق الزراعية جراء مخلفات الحرب بحسب ناشطين في ريف المدينة.",
])
def test_habitual_toll_is_not_an_event(text):
    assert [m for m in _mentions(text) if m.event_type != "Strategic developments"] == []


@pytest.mark.parametrize("text", [
    "رصدت دورية لحرس الحدود مجموعة من المهربين المسلحين فجر اليوم قرب الحدود الشمالية، "
    "فبادلها المهربون إطلاق النار، ما أدى إلى مقتل اثنين منهم.",
    "تجدد الخلاف بين عائلتين في قرية بمحافظة سوهاج عصر أمس، حين تبادل أفراد من العائلتين إطلاق النيران "
    "بالأسلحة الآلية، ما أسفر عن مصرع شخصين.",
])
def test_returned_fire_is_a_clash(text):
    types = [m.event_type for m in _mentions(text)]
    assert "Battles" in types and "Violence against civilians" not in types


def test_traded_accusations_of_firing_are_not_a_clash():
    text = "تبادل الطرفان الاتهامات بإطلاق النار خلال الاجتماع الذي عقد أمس في العاصمة لبحث ملف الحدود."
    assert all(m.event_type != "Battles" for m in _mentions(text))


@pytest.mark.parametrize("text, fatalities", [
    # a death told with words the figure reader does not count: the toll is unknown, not 0
    ("هاجم مسلحون فجر اليوم سيارة على طريق قرب الموصل، ما أدى إلى استشهاد من كانوا فيها وإصابة ثلاثة جنود.", None),
    # one possessed person killed ("استشهاد سائقها") is one death (round 10)
    ("هاجم مسلحون فجر اليوم سيارة على طريق قرب الموصل، ما أدى إلى استشهاد سائقها وإصابة ثلاثة جنود.", 1),
    # guards: only wounded is 0 dead; a negated death is 0 dead
    ("أصيب ثلاثة جنود فجر اليوم بهجوم شنه مسلحون على نقطة حراسة قرب الموصل.", 0),
    ("أصيب ثلاثة جنود فجر اليوم بهجوم شنه مسلحون على نقطة حراسة قرب الموصل دون أن يسفر عن مقتل أحد.", 0),
])
def test_uncounted_death_is_not_zero_fatalities(text, fatalities):
    attacks = [m for m in _mentions(text) if m.event_type == "Battles"]
    assert attacks and attacks[0].fatalities == fatalities
