"""Event coder rules of round 3: landmark places, duplicate mentions, crackdown deaths, armed tribal fights, plans.

Every row is a short article written for this test (not taken from any corpus); each rule has negative rows.
"""

from __future__ import annotations

import pytest

from marsad.events.coder import EventCoder
from marsad.events.predict import code_text


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder.default()


def _code(coder: EventCoder, text: str, published: str = "2024-03-12"):
    return code_text("test", text, published=published, coder=coder).mentions


# a landmark far from the scene is not the scene; a near one is, until a later sentence names the scene itself
LANDMARK_ROWS = [
    # far landmark: not pinned at El Fasher
    ("قُتل سبعة مدنيين، اليوم الاثنين، في غارة جوية استهدفت سوق قرية أم دريسايه، على بعد نحو 130 كيلومتراً غرب "
     "الفاشر.", None),
    # near landmark (15 km) is an acceptable pin
    ("قُتل سبعة مدنيين، اليوم الاثنين، في غارة جوية استهدفت سوق قرية أم دريسايه، على بعد نحو 15 كيلومتراً غرب "
     "الفاشر.", "El Fasher"),
    # an unknown town placed north of a city: no pin at the city
    ("دخلت قوات الجيش، صباح اليوم الاثنين، بلدة ود الحليوة الصغرى الواقعة شمال مدينة الفاشر بعد انسحاب مقاتلي "
     "الدعم السريع منها.", None),
    # the scene itself named: the city is the pin
    ("قُتل سبعة مدنيين، اليوم الاثنين، في غارة جوية استهدفت سوق مدينة الفاشر.", "El Fasher"),
]


@pytest.mark.parametrize(("text", "pinned"), LANDMARK_ROWS)
def test_a_landmark_is_not_the_scene(coder, text, pinned):
    mentions = _code(coder, text)
    assert mentions
    location = mentions[0].location
    if pinned is None:
        assert location is None or "Fasher" not in location
    else:
        assert location is not None and pinned in location


def test_a_vague_lead_and_the_detailed_sentence_are_one_event(coder):
    text = ("ارتفعت حصيلة ضحايا التفجير الذي استهدف عجلة عسكرية للجيش العراقي جنوبي كركوك، مساء أمس الاثنين، إلى "
            "أربعة قتلى بعد وفاة جنديين متأثرين بجراحهما صباح اليوم.\n\n"
            "وكانت الحصيلة الأولية تشير إلى مقتل جنديين، جراء انفجار عبوة ناسفة زُرعت على جانب طريق قرب قضاء داقوق.")
    mentions = _code(coder, text)
    assert len(mentions) == 1
    assert mentions[0].event_date == "2024-03-11"  # the event's evening, not the morning the toll was revised
    assert mentions[0].fatalities == 4
    assert "Daquq" in (mentions[0].location or "")


def test_two_explosions_in_distant_towns_stay_two(coder):
    text = ("قُتل جنديان، مساء أمس الاثنين، في انفجار عبوة ناسفة قرب قضاء داقوق جنوبي كركوك.\n\n"
            "وفي حادث منفصل، قُتل ثلاثة مدنيين، صباح اليوم، في انفجار عبوة ناسفة في قضاء الرطبة بمحافظة الأنبار.")
    assert len(_code(coder, text)) == 2


CRACKDOWN_ROWS = [
    # deaths when police disperse a march: the crackdown, not a separate attack on civilians
    ("قُتل طالبان وأصيب تسعة آخرون، صباح اليوم الثلاثاء، بعد أن أطلقت قوات الشرطة الرصاص الحي لتفريق تظاهرة نظمها "
     "مئات الطلاب في وسط مدينة أبشي.", {"Protests"}),
    # no protest in the sentence: the killing stays an attack
    ("قُتل طالبان، صباح اليوم الثلاثاء، برصاص مسلحين مجهولين في وسط مدينة أبشي.", {"Violence against civilians"}),
]


@pytest.mark.parametrize(("text", "types"), CRACKDOWN_ROWS)
def test_deaths_in_a_crackdown_belong_to_the_protest(coder, text, types):
    assert {m.event_type for m in _code(coder, text)} == types


TRIBAL_ROWS = [
    ("لقي ثلاثة أشخاص مصرعهم، عصر أمس الاثنين، في نزاع عشائري مسلح اندلع بين عشيرتين في قضاء الرفاعي.",
     ("Battles", "Armed clash")),
    ("لقي ثلاثة أشخاص مصرعهم، عصر أمس الاثنين، في اشتباكات قبلية بين مسلحين من قبيلتين في محلية لقاوة.",
     ("Battles", "Armed clash")),
    ("أصيب خمسة أشخاص، عصر أمس الاثنين، في نزاع عشائري استُخدمت فيه العصي والحجارة في قضاء الرفاعي.",
     ("Riots", "Mob violence")),
]


@pytest.mark.parametrize(("text", "expected"), TRIBAL_ROWS)
def test_armed_tribal_fights_are_battles(coder, text, expected):
    assert [(m.event_type, m.sub_event_type) for m in _code(coder, text)] == [expected]


PLAN_ROWS = [
    ("وأعلن الحزب عن اعتصام يُنظَّم عند الحادية عشرة من قبل ظهر الأحد المقبل أمام مقر الأمم المتحدة في بيروت.", 0),
    ("نفذ عشرات الناشطين اعتصاماً، ظهر الأحد الماضي، أمام مقر الأمم المتحدة في بيروت.", 1),
]


@pytest.mark.parametrize(("text", "count"), PLAN_ROWS)
def test_an_event_dated_after_the_article_is_a_plan(coder, text, count):
    assert len(_code(coder, text)) == count
