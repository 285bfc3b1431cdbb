"""Event coder rules of round 5 (issue #4, precision on blind text): funerals, talks, denials, drills and accidents
that code no event; reactions, accounts and framings that re-tell an event already told; looting and arrests that
belong to the attack or the demonstration told before them; arrests for ordinary crime.

Every row is a short article written for this test (not taken from any corpus); each rule has rows showing that a
real event phrased alike is still coded. The articles are dated Tuesday 12 March 2024.
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


def _types(mentions) -> list[tuple[str, str]]:
    return sorted((m.event_type, m.sub_event_type) for m in mentions)


# ---------------------------------------------------------------------------------------------------------------
# Articles whose genre, read in the headline, tells no new event

NON_EVENT_ARTICLES = [
    # a funeral of a man killed days before
    ("أخبار الجنوب\nتشييع مهيب لشاب قضى في قصف على أطراف البلدة\n\n"
     "شيّع أهالي بلدة المنصوري، اليوم الثلاثاء، الشاب ح. ع. الذي قضى في القصف الذي استهدف أطراف البلدة الأسبوع "
     "الماضي، وسط هتافات تطالب بالثأر."),
    # stalled talks that recall a truce and the fighting before it
    ("المشهد السياسي\nمفاوضات تبادل المحتجزين تراوح مكانها في جولتها الرابعة\n\n"
     "انتهت مساء أمس جولة رابعة من المحادثات بين الطرفين حول تبادل الأسرى، من دون اتفاق. وكانت اشتباكات عنيفة قد "
     "اندلعت في المدينة الشهر الماضي قبل أن تعلن هدنة هشة."),
    # an official denial of a town's fall
    ("وكالة الأنباء الرسمية\nالجيش ينفي سقوط بلدة الحمرا بيد المتمردين ويصفها بالشائعات\n\n"
     "قال متحدث عسكري إن ما نشرته حسابات موالية للمتمردين عن سيطرتهم على البلدة بعد انسحاب القوات عار عن الصحة."),
    # a drill staged for a festival
    ("صحيفة الساحل\nالحماية المدنية تستعرض جاهزيتها بمحاكاة هجوم على مركز تجاري\n\n"
     "نفذت وحدات الأمن، صباح اليوم الثلاثاء، فرضيات أمنية محاكية بينها اقتحام مبنى يتحصن فيه مسلحون "
     "وتحرير رهائن بعد تبادل لإطلاق النار."),
    # floods and a road accident are not political violence
    ("نشرة الولاية\nفيضانات النيل الأزرق: غرق سبعة أشخاص وتشريد الآلاف\n\n"
     "قال مسؤول محلي إن السكان يخوضون معركة يومية من أجل البقاء بعد أن غمرت المياه عشرات القرى."),
    ("أخبار الطرق\nمقتل أربعة عسكريين في انقلاب شاحنة على الطريق الصحراوي\n\n"
     "لقي أربعة عسكريين مصرعهم، صباح اليوم الثلاثاء، إثر انقلاب شاحنة عسكرية كانت تقلهم قرب مدينة أطار."),
]


@pytest.mark.parametrize("text", NON_EVENT_ARTICLES)
def test_round5_article_of_a_non_event_genre_codes_nothing(coder, text):
    assert _code(coder, text) == []


REAL_EVENT_ARTICLES = [
    # a fresh attack on a funeral procession is news despite the funeral headline
    ("أخبار الجنوب\nثلاثة قتلى في هجوم على موكب تشييع في بلدة المنصوري\n\n"
     "قُتل ثلاثة مدنيين، اليوم الثلاثاء، في هجوم شنه مسلحون مجهولون على موكب تشييع في بلدة المنصوري.",
     "Violence against civilians"),
    # a truck that is ambushed is an attack, not an accident
    ("أخبار الطرق\nمقتل أربعة عسكريين في كمين على الطريق الصحراوي\n\n"
     "قُتل أربعة عسكريين، صباح اليوم الثلاثاء، في كمين نصبه مسلحون لشاحنة عسكرية قرب مدينة تيلابيري.", "Battles"),
]


@pytest.mark.parametrize("text,event_type", REAL_EVENT_ARTICLES)
def test_round5_real_event_in_a_similar_article_is_still_coded(coder, text, event_type):
    assert event_type in {m.event_type for m in _code(coder, text)}


# ---------------------------------------------------------------------------------------------------------------
# Sentences that re-tell an event the article has told

LEAD = ("قُتل خمسة مدنيين، صباح اليوم الثلاثاء، في قصف بطائرة مسيّرة استهدف سوق مدينة كادقلي، بحسب مصادر "
        "محلية.\n\n")

RETELLING_ROWS = [
    # an accusation about the told strike
    "واتهم والي الولاية في تصريح صحفي قوات الدعم السريع بتعمد استهداف المدنيين.",
    # the party's own account of what it was doing
    "من جانبها، قالت قوات الدعم السريع إنها استهدفت تجمعات عسكرية داخل المدينة.",
    # a framing sentence
    "وتأتي هذه الغارة في سياق تصعيد متواصل تشهده الولاية.",
    # a call for a ceasefire
    "ودعت الأمم المتحدة في بيان إلى وقف فوري لإطلاق النار وحماية المدنيين.",
    # a claim of responsibility
    "وأعلنت جماعة مسلحة مسؤوليتها عن الهجوم في بيان على مواقع التواصل.",
    # a boast told far from the claim verb
    "في المقابل، زعمت الحركة عبر إذاعة موالية لها في بيان مطوّل أنها قتلت عشرين جندياً وسيطرت على السوق.",
]


@pytest.mark.parametrize("sentence", RETELLING_ROWS)
def test_round5_retelling_of_a_told_event_adds_no_event(coder, sentence):
    lead_only = _types(_code(coder, LEAD))
    assert lead_only, "the lead itself must code an event"
    assert _types(_code(coder, LEAD + sentence)) == lead_only


NEW_EVENT_ROWS = [
    # a second, separate strike told after the first is still coded
    "وفي حادثة منفصلة، قُتل ثلاثة جنود في هجوم شنه مسلحون على حاجز للجيش قرب مدينة الدلنج مساء اليوم.",
    # the same verbs without a told event before them: the lead alone codes
]


@pytest.mark.parametrize("sentence", NEW_EVENT_ROWS)
def test_round5_separate_event_after_a_told_one_is_still_coded(coder, sentence):
    assert len(_code(coder, LEAD + sentence)) == len(_code(coder, LEAD)) + 1


def test_round5_own_account_without_a_told_event_is_coded(coder):
    text = "قال الجيش، صباح اليوم الثلاثاء، إنه قصف بالمدفعية تجمعات للمتمردين قرب مدينة بارا، ما أسفر عن مقتل ستة منهم."
    assert "Explosions/Remote violence" in {m.event_type for m in _code(coder, text)}


# ---------------------------------------------------------------------------------------------------------------
# Looting and arrests that belong to the event told before them

FOLDED_DEVELOPMENT_ROWS = [
    # the attackers' burning and looting is part of their attack on a village
    ("قُتل تسعة مدنيين بينهم نساء، فجر اليوم الثلاثاء، برصاص مسلحين هاجموا قرية قرب بلدة كاتسينا.\n\n"
     "وقال شهود إن المهاجمين نهبوا المواشي وأحرقوا عدداً من المنازل قبل أن يلوذوا بالفرار."),
    # arrests while a sit-in is dispersed are the intervention in it
    ("فرّقت قوات الأمن، مساء أمس الاثنين، وقفة احتجاجية نظمها عشرات المعطلين أمام مقر الولاية في مدينة قفصة.\n\n"
     "وأفاد شهود بأنه تم توقيف أربعة شبان قبل أن يطلق سراحهم ليلاً."),
]


@pytest.mark.parametrize("text", FOLDED_DEVELOPMENT_ROWS)
def test_round5_looting_or_arrest_during_a_told_event_is_not_a_development(coder, text):
    mentions = _code(coder, text)
    assert mentions
    assert all(m.event_type != "Strategic developments" for m in mentions)


def test_round5_looting_after_a_town_is_taken_is_still_coded(coder):
    text = ("سيطرت قوات الدعم السريع، أمس الاثنين، على مدينة أم روابة بعد معارك عنيفة مع الجيش.\n\n"
            "وقال سكان إن عناصر القوات نهبوا سوق المدينة والمستشفى الوحيد فيها.")
    assert ("Strategic developments", "Looting/property destruction") in _types(_code(coder, text))


def test_round5_arrests_without_a_demonstration_are_still_coded(coder):
    text = ("اعتقلت قوات الأمن، فجر اليوم الثلاثاء، ثلاثة أشخاص يشتبه في انتمائهم إلى خلية إرهابية في مدينة "
            "القصرين.")
    assert ("Strategic developments", "Arrests") in _types(_code(coder, text))


ORDINARY_CRIME_ROWS = [
    "أوقفت وحدات حرس الحدود، فجر اليوم الثلاثاء، 40 شخصاً حاولوا الهجرة غير الشرعية قرب مدينة عنابة.",
    "أحبطت القوات المسلحة، فجر اليوم الثلاثاء، محاولة تهريب كميات كبيرة من المواد المخدرة قرب بلدة الرويشد.",
    "أعلنت الشرطة توقيف ستة أشخاص يشتبه في تهريب أسلحة إلى عصابات في ولاية زامفارا.",
]


@pytest.mark.parametrize("text", ORDINARY_CRIME_ROWS)
def test_round5_arrest_for_ordinary_crime_is_not_a_development(coder, text):
    assert all(m.event_type != "Strategic developments" for m in _code(coder, text))


def test_round5_clash_with_armed_smugglers_is_still_a_battle(coder):
    text = ("اشتبكت قوات حرس الحدود، فجر اليوم الثلاثاء، مع مجموعة من المهربين المسلحين حاولت اجتياز الحدود قرب "
            "بلدة الرويشد، ما أدى إلى مقتل ثلاثة منهم.")
    assert "Battles" in {m.event_type for m in _code(coder, text)}


# ---------------------------------------------------------------------------------------------------------------
# "Nobody was killed" after an abduction; a drone that drops a bomb

def test_round5_nobody_killed_after_an_abduction_is_no_second_event(coder):
    text = ("اختطف مسلحون، مساء أمس الاثنين، عشرين شخصاً من قرية قرب بلدة غوساو بولاية زامفارا.\n\n"
            "وأكد متحدث باسم الشرطة أنه \"لم يُقتل أحد\" في الهجوم، وأن قوات الأمن انتشرت في المنطقة.")
    assert _types(_code(coder, text)) == [("Violence against civilians", "Abduction/forced disappearance")]


def test_round5_drone_dropping_a_bomb_is_a_strike(coder):
    text = ("أسقطت طائرة مسيّرة تابعة للمتمردين، صباح اليوم الثلاثاء، قنبلة على موقع للجيش قرب مدينة قعطبة، ما أسفر "
            "عن إصابة جنديين.")
    assert ("Explosions/Remote violence", "Air/drone strike") in _types(_code(coder, text))


def test_round5_drone_shot_down_is_still_disrupted_weapons_use(coder):
    text = "أسقطت الدفاعات الجوية، صباح اليوم الثلاثاء، طائرة مسيّرة مفخخة قبل بلوغها مطار المدينة."
    assert ("Strategic developments", "Disrupted weapons use") in _types(_code(coder, text))
