"""Round 9 of the event coder (issue #4): marches and drones, army communiqués, air force strikes, crowds, and
the country a partner names. Rules alone: the learned filter is tested in test_mention_filter.py."""

import pytest

from marsad.events.coder import EventCoder
from marsad.events.predict import code_text

PUBLISHED = "2025-03-04"


def _mentions(text: str):
    return code_text("round9", text, published=PUBLISHED, coder=EventCoder.default(mention_filter=False)).mentions


def test_an_army_communique_neutralising_terrorists_is_a_clash_with_its_toll():
    text = ("وزارة الدفاع الوطني: حصيلة عمليات الأسبوع\n\n"
            "في إطار مكافحة الإرهاب، وإثر عملية بحث وتمشيط بالقرب من بلدية الميلية بولاية جيجل، تمكنت مفرزة للجيش "
            "الوطني الشعبي يوم 2 مارس 2025 من القضاء على إرهابيين اثنين، واسترجعت مسدسين رشاشين وكمية من الذخيرة.")
    clashes = [m for m in _mentions(text) if m.event_type == "Battles"]
    assert len(clashes) == 1
    assert clashes[0].sub_event_type == "Armed clash"
    assert clashes[0].actor1 == "Military Forces of Algeria"
    assert clashes[0].fatalities == 2
    assert clashes[0].event_date == "2025-03-02"


def test_an_army_communique_with_the_verb_apart_is_still_a_clash():
    # "قضت مفرزة ... على إرهابيين اثنين": the figure reader does not reach back to the verb, so no toll yet
    text = ("في إطار مكافحة الإرهاب، قضت مفرزة للجيش الوطني الشعبي يوم 2 مارس 2025 بولاية جيجل على إرهابيين "
            "اثنين، واسترجعت مسدسين رشاشين.")
    clashes = [m for m in _mentions(text) if m.event_type == "Battles"]
    assert [(m.sub_event_type, m.actor1) for m in clashes] == [("Armed clash", "Military Forces of Algeria")]


def test_air_force_strikes_without_the_word_air_are_an_air_strike():
    text = ("أعلن الجيش النيجري أن سلاح الجو نفذ أمس الاثنين سلسلة ضربات على تجمعات للمسلحين قرب بلدة بانيبانغو "
            "في منطقة تيلابيري، ما أسفر عن مقتل عدد منهم.")
    assert [m.sub_event_type for m in _mentions(text)] == ["Air/drone strike"]


@pytest.mark.parametrize("text, sub_event_type", [
    ("فرقت الشرطة مساء أمس الأحد مسيرة نسائية حاولت الوصول إلى الساحة الرئيسية في وسط العاصمة عمان، "
     "مستخدمة الهراوات.", "Protest with intervention"),
    ("جابت مسيرة شوارع مدينة إربد أمس الأحد، رفع المشاركون فيها الأعلام ورددوا هتافات تطالب بفتح المعابر.",
     "Peaceful protest"),
])
def test_a_march_is_a_protest_not_a_drone(text, sub_event_type):
    mentions = _mentions(text)
    assert [(m.event_type, m.sub_event_type) for m in mentions] == [("Protests", sub_event_type)]


def test_the_cause_a_march_stands_with_is_neither_its_place_nor_its_country():
    text = ("منعت قوات الأمن مساء أمس الأحد مئات المشاركين في مسيرة تضامنية مع قطاع غزة من الوصول إلى محيط "
            "السفارة في منطقة الرابية غربي عمّان.\n\n"
            "ويأتي ذلك في أسبوع شهد نقاشا نيابيا حول اتفاقيات الطاقة مع إسرائيل.")
    protests = [m for m in _mentions(text) if m.event_type == "Protests"]
    assert protests and protests[0].country == "Jordan"
    assert protests[0].actor1 == "Protesters (Jordan)"


@pytest.mark.parametrize("text, event_type, sub_event_type", [
    ("رشق المتجمهرون منازل عدد من الأقباط بالحجارة في قرية بمركز سمالوط بمحافظة المنيا مساء أمس الأحد، "
     "وأضرموا النار في اثنين منها.", "Riots", "Mob violence"),
    ("اقتحم نحو عشرين مودعا غاضبا صباح أمس الأحد فرع مصرف في شارع الحمرا ببيروت وحطموا واجهته الزجاجية "
     "للمطالبة بودائعهم.", "Riots", "Violent demonstration"),
])
def test_crowds_that_stone_and_smash_are_riots(text, event_type, sub_event_type):
    assert (event_type, sub_event_type) in [(m.event_type, m.sub_event_type) for m in _mentions(text)]


def test_two_towns_a_few_kilometres_apart_are_two_events():
    text = ("استهدفت مسيرة إسرائيلية ظهر أمس الاثنين دراجة نارية عند مدخل بلدة الخيام في جنوب لبنان، ما أدى إلى "
            "مقتل راكبها.\n\n"
            "وفي وقت لاحق من اليوم نفسه، قصفت المدفعية الإسرائيلية أطراف بلدة كفركلا بعدة قذائف دون تسجيل إصابات.")
    places = sorted(m.location for m in _mentions(text) if m.event_type == "Explosions/Remote violence")
    assert len(places) == 2 and places[0].startswith("Kfar Kila") and places[1].startswith("Khiam"), places


def test_continued_clashes_are_not_the_drone_strike_told_before_them():
    text = ("قالت قوات سوريا الديمقراطية إن اثنين من مقاتليها قتلا أمس الاثنين بضربة طائرة مسيرة تركية استهدفت "
            "مواقعها قرب سد تشرين.\n\n"
            "وبالتوازي، تواصلت الاشتباكات طوال يوم الاثنين بين فصائل الجيش الوطني السوري وقسد على محور القرى "
            "المحيطة بالسد، وأعلنت قسد أنها قتلت ثمانية من المهاجمين.")
    types = sorted(m.event_type for m in _mentions(text))
    assert types == ["Battles", "Explosions/Remote violence"], types


def test_a_suicide_bombing_of_a_camp_gate_is_a_suicide_bomb_not_a_battle():
    text = ("أعلنت الشرطة أن تفجيرا انتحاريا استهدف صباح أمس الأحد بوابة معسكر للجيش في مدينة بيدوا، ما أسفر عن "
            "مقتل ستة مجندين.")
    assert [(m.event_type, m.sub_event_type) for m in _mentions(text)] == [
        ("Explosions/Remote violence", "Suicide bomb")]


def test_a_strike_that_starts_a_fire_is_still_a_strike():
    text = ("استهدفت مسيرات انتحارية فجر أمس الأحد محطة الكهرباء في مدينة كوستي، ما أدى إلى اندلاع حريق في أحد "
            "المحولات وانقطاع التيار عن أجزاء واسعة من المدينة.")
    assert [m.sub_event_type for m in _mentions(text)] == ["Air/drone strike"]


def test_breaking_into_homes_to_take_people_away_is_the_abduction_only():
    text = ("اقتحمت عناصر مسلحة فجر أمس الأحد منازل ثمانية من العاملين في منظمات محلية بمدينة صنعاء واقتادتهم إلى "
            "جهة مجهولة.")
    assert [(m.event_type, m.sub_event_type) for m in _mentions(text)] == [
        ("Violence against civilians", "Abduction/forced disappearance")]


def test_the_attackers_own_account_is_not_a_second_event():
    text = ("قتل ثلاثة عمال جراء غارات جوية أمريكية استهدفت فجر أمس الأحد خزانات للوقود في ميناء الحديدة.\n\n"
            "وقالت القيادة المركزية الأمريكية في بيان إن قواتها استهدفت منشآت لتخزين الوقود يستخدمها الحوثيون.")
    assert [m.event_type for m in _mentions(text)] == ["Explosions/Remote violence"]
