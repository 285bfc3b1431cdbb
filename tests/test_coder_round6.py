"""Event coder rules of round 6 (issue #4, actor2 on blind text): riot police are not a riot; the force that broke up
a crowd, told in the sentence after the crowd's acts, is the demonstration's actor2.

Every row is a short article written for this test (not taken from any corpus); each rule has guard rows showing
that text phrased alike without the rule's cue keeps its old coding. The articles are dated Tuesday 12 March 2024.
"""

from __future__ import annotations

import pytest

from marsad.events.coder import EventCoder
from marsad.events.predict import code_text


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder.default()


def _code(coder: EventCoder, text: str):
    return code_text("test", text, published="2024-03-12", coder=coder).mentions


def _of_type(mentions, event_type: str):
    return [m for m in mentions if m.event_type == event_type]


# ---------------------------------------------------------------------------------------------------------------
# "قوات مكافحة الشغب" names the riot police, not a riot; a riot told in so many words is still one

RIOT_POLICE = [
    ("البصرة – فرّقت قوات مكافحة الشغب، ظهر اليوم الثلاثاء، تظاهرة لعشرات الطلاب أمام مبنى جامعة البصرة "
     "مستخدمة الهراوات وخراطيم المياه.", "Protests", "Iraq"),
    ("الموصل – انتشرت شرطة مكافحة الشغب، مساء اليوم الثلاثاء، حول مبنى المحافظة في الموصل حيث اعتصم مئات "
     "العمال المطالبين برواتبهم، وفرقتهم بالهراوات.", "Protests", "Iraq"),
]
RIOTS_STILL = [
    "البصرة – اندلعت أعمال شغب، مساء اليوم الثلاثاء، في البصرة بعدما أحرق محتجون غاضبون مقر شركة الكهرباء.",
    "الناصرية – أغلق مثيرو الشغب، ظهر اليوم الثلاثاء، شوارع الناصرية بالإطارات المشتعلة ورشقوا مبنى المحافظة "
    "بالحجارة.",
]


@pytest.mark.parametrize(("text", "event_type", "country"), RIOT_POLICE)
def test_round6_riot_police_are_not_a_riot_and_are_the_protest_actor2(coder, text, event_type, country):
    mentions = _code(coder, text)
    assert _of_type(mentions, "Riots") == []
    protests = _of_type(mentions, event_type)
    assert protests, [(m.event_type, m.sub_event_type) for m in mentions]
    assert protests[0].actor2 is not None and protests[0].actor2.startswith(f"Police Forces of {country}")


@pytest.mark.parametrize("text", RIOTS_STILL)
def test_round6_a_riot_told_in_words_is_still_a_riot(coder, text):
    assert _of_type(_code(coder, text), "Riots")


# ---------------------------------------------------------------------------------------------------------------
# the force that answered the crowd in the next sentence is actor2 of the violent demonstration

DISPERSED_NEXT_SENTENCE = [
    ("تعز – أقدم محتجون غاضبون من غلاء الأسعار، مساء اليوم الثلاثاء، على إحراق الإطارات وقطع الطرق الرئيسية في "
     "مدينة تعز. وأطلقت قوات الأمن الغاز المسيل للدموع لتفريق المحتجين.", "Yemen"),
    ("المكلا – تجمع شبان غاضبون، صباح اليوم الثلاثاء، وقطعوا الطرق بالإطارات المشتعلة احتجاجاً على انقطاع الكهرباء "
     "في المكلا. وقال شهود إن الشرطة أطلقت النار في الهواء لتفريقهم.", "Yemen"),
]
NOT_DISPERSED_NEXT_SENTENCE = [
    # the police are named next, but only to report what they said, not a dispersal
    "تعز – أقدم محتجون غاضبون من غلاء الأسعار، مساء اليوم الثلاثاء، على إحراق الإطارات وقطع الطرق الرئيسية في "
    "مدينة تعز. وقالت قوات الأمن في بيان إنها تتابع الوضع عن كثب.",
]


@pytest.mark.parametrize(("text", "country"), DISPERSED_NEXT_SENTENCE)
def test_round6_force_dispersing_the_crowd_in_next_sentence_is_actor2(coder, text, country):
    riots = _of_type(_code(coder, text), "Riots")
    assert riots
    assert riots[0].actor2 is not None and riots[0].actor2.startswith(f"Police Forces of {country}")


@pytest.mark.parametrize("text", NOT_DISPERSED_NEXT_SENTENCE)
def test_round6_force_merely_named_in_next_sentence_is_not_actor2(coder, text):
    riots = _of_type(_code(coder, text), "Riots")
    assert riots
    assert riots[0].actor2 is None
