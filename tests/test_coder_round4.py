"""Event coder rules of round 4 (issue #4): tolls told over several sentences, days told relative to the story,
attackers named by their claim, and reactions or boasts that re-tell an event.

Every row is a short article written for this test (not taken from any corpus); each rule has negative rows.
The articles are dated Tuesday 12 March 2024 unless a row says otherwise. These are rules, so the rules-only coder
runs them: the learned mention filter after the rules (tests/test_mention_filter.py) may judge a short page thin.
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.events.coder import EventCoder
from marsad.events.predict import code_text


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder.default(mention_filter=False)


def _code(coder: EventCoder, text: str, published: str = "2024-03-12"):
    return code_text("test", text, published=published, coder=coder).mentions


def _violent(mentions):
    return [m for m in mentions if m.event_type != "Strategic developments"]


# ---------------------------------------------------------------------------------------------------------------
# Fatalities

FATALITY_ROWS = [
    # the sentence says nobody died: 0, not unknown
    ("سقطت قذائف مدفعية أطلقتها قوات النظام على أطراف بلدة كفرنبل بريف إدلب، صباح اليوم الثلاثاء، ما أدى إلى "
     "إصابة امرأة، من دون تسجيل وفيات.", 0),
    ("اختطف مسلحون مجهولون، فجر اليوم الثلاثاء، سبعة رعاة من قرية قرب مدينة الحويجة، دون تسجيل وفيات.", 0),
    # ... but a death in the same sentence is counted
    ("سقطت قذائف مدفعية أطلقتها قوات النظام على أطراف بلدة كفرنبل بريف إدلب، صباح اليوم الثلاثاء، ما أدى إلى "
     "مقتل ثلاثة مدنيين.", 3),
    # the other side's dead, told in the next paragraph of the report
    ("قُتل أربعة جنود وأصيب ستة آخرون، أمس الاثنين، في هجوم شنه مسلحون على موقع للجيش قرب مدينة تيلابيري.\n\n"
     "وأضاف البيان أن الجنود ردوا على المهاجمين، ما أسفر عن تحييد 15 منهم.", 19),
    ("قُتل ثلاثة عناصر من الشرطة، مساء أمس الاثنين، في هجوم شنه مسلحون على حاجز أمني عند مدخل مدينة داقوق.\n\n"
     "وقال مصدر أمني إن اشتباكاً اندلع استمر نحو ساعة، قُتل خلاله اثنان من المهاجمين.", 5),
    # "منهم" after an ordinary killing verb counts the same people again: not added
    ("قُتل أربعة جنود، صباح اليوم الثلاثاء، في هجوم انتحاري بسيارة مفخخة استهدف نقطة تفتيش عند مدخل مدينة عدن.\n\n"
     "وقال مصدر إن السيارة انفجرت عند النقطة، ما أدى إلى مقتل أربعة منهم.", 4),
    # a later sentence about another incident keeps its dead
    ("قُتل خمسة جنود، أمس الاثنين، في كمين نصبه مسلحون لدورية قرب مدينة تيلابيري.\n\n"
     "وفي حادثة منفصلة، شنت طائرات حربية غارة على تجمع قرب الحدود أسفرت عن تحييد 20 من المسلحين.", 5),
    # two counts set against each other by "مقابل" are two sides
    ("هاجم مسلحون موقعاً للجيش في بلدة ماسينا فجر اليوم الثلاثاء، وأعلن الجيش أنه قتل تسعة مهاجمين، مقابل مقتل "
     "ثلاثة جنود.", 12),
    # "القضاء على" in a military statement counts dead fighters
    ("أعلن الجيش النيجيري أن طائراته قصفت، أمس الاثنين، معسكراً لقطاع الطرق قرب بلدة تسافي، ما أسفر عن القضاء على "
     "عشرة مسلحين.", 10),
]


@pytest.mark.parametrize(("text", "fatalities"), FATALITY_ROWS)
def test_fatalities_of_the_event(coder, text, fatalities):
    mentions = _violent(_code(coder, text))
    assert mentions
    assert mentions[0].fatalities == fatalities


REVISED_TOLL_ROWS = [
    # the verb far from the figure, and the toll in the sentence after the event's own
    ("قُتل ثمانية مدنيين، يوم الجمعة الماضي، في غارة بطائرة مسيّرة على السوق الأسبوعي في مدينة تمبكتو، بحسب "
     "سكان.\n\nوأوضح أحد السكان أن الحصيلة ارتفعت لاحقاً إلى 12 قتيلاً بعد وفاة أربعة من الجرحى.", 12),
    ("قُتل خمسة أشخاص في قصف مدفعي طال سوق مدينة الفاشر يوم الأحد الماضي.\n\n"
     "وارتفعت حصيلة ضحايا القصف الذي استهدف السوق المكتظ بالمتسوقين إلى تسعة قتلى، بحسب وزارة الصحة.", 9),
    # a period total is not a revised toll of this event
    ("قُتل خمسة أشخاص في قصف مدفعي طال سوق مدينة الفاشر يوم الأحد الماضي.\n\n"
     "وبلغ عدد القتلى المدنيين في المدينة منذ مطلع الشهر 140 قتيلاً، بحسب وزارة الصحة.", 5),
]


@pytest.mark.parametrize(("text", "fatalities"), REVISED_TOLL_ROWS)
def test_a_toll_revised_later_in_the_article_replaces_the_first(coder, text, fatalities):
    mentions = _violent(_code(coder, text))
    assert len(mentions) == 1
    assert mentions[0].fatalities == fatalities


def test_a_sentence_that_only_adds_deaths_is_the_toll_of_the_event_before(coder):
    text = ("صدّت القوات النيجيرية، مساء أمس الاثنين، هجوماً شنه مقاتلون من تنظيم ولاية غرب إفريقيا على قاعدة "
            "عسكرية في بلدة مارتي.\n\nوأقر البيان بمقتل ثلاثة جنود وإصابة خمسة آخرين، فيما قال مسؤول محلي إن "
            "عشرات العائلات فرت من البلدة نحو مدينة ديكوا.")
    mentions = _violent(_code(coder, text))
    assert len(mentions) == 1
    assert mentions[0].event_type == "Battles"
    assert mentions[0].fatalities == 3


# ---------------------------------------------------------------------------------------------------------------
# Dates

DATE_ROWS = [
    # "في اليوم التالي": the day after the day just told
    ("قُتل 12 مدنياً، يوم الأحد، في هجوم شنه مسلحون على قرية قرب مدينة تيلابيري.\n\n"
     "وفي اليوم التالي، تعرضت دورية عسكرية كانت تتعقب المهاجمين لكمين قرب بلدة واللام، ما أدى إلى مقتل أربعة "
     "جنود.", "Battles", "2024-03-11"),
    # "وفي المساء" and "الليلة ذاتها": the day just told, not the day of publication
    ("اغتال مسلحون مجهولون، يوم السبت، مسؤولاً محلياً في مدينة بلدوين.\n\n"
     "ودخلت قوات الجيش، صباح أمس الاثنين، بلدة بولو برتي من دون قتال بعد انسحاب مقاتلي حركة الشباب منها.\n\n"
     "وفي المساء، سقطت عدة قذائف هاون في محيط مطار مدينة كسمايو، من دون أن تسفر عن إصابات.",
     "Explosions/Remote violence", "2024-03-11"),
    ("قُتل شخصان، مساء أمس الاثنين، بضربة طائرة مسيّرة تركية استهدفت سيارة قرب قضاء العمادية.\n\n"
     "وفي وقت لاحق من الليلة ذاتها، أعلن التحالف الدولي أن دفاعاته الجوية اعترضت طائرة مسيّرة قرب مطار أربيل.",
     "Strategic developments", "2024-03-11"),
    # a sentence with its own day keeps it
    ("قُتل 12 مدنياً، يوم الأحد، في هجوم شنه مسلحون على قرية قرب مدينة تيلابيري.\n\n"
     "وفي اليوم التالي، أعلن الجيش أن طائراته نفذت، يوم الاثنين، غارات على المهاجمين أسفرت عن مقتل عشرة "
     "منهم.", "Explosions/Remote violence", "2024-03-11"),
]


@pytest.mark.parametrize(("text", "event_type", "day"), DATE_ROWS)
def test_a_day_told_relative_to_the_story(coder, text, event_type, day):
    mentions = [m for m in _code(coder, text) if m.event_type == event_type]
    assert mentions
    assert mentions[-1].event_date == day


REPORT_DATE_ROWS = [
    # the announcement's day in the opening, after a dateline with its own date
    ("مخمور (العراق)، 12 آذار 2024 – أعلنت إدارة المخيم، اليوم الثلاثاء، مقتل اثنين من سكانه بقصف طائرة مسيّرة "
     "تركية استهدف سيارتهما قرب المخيم مساء أمس الاثنين.", "2024-03-11"),
    # a longer opening clause is still the report
    ("أعلنت وزارة الداخلية السورية، في بيان نشرته على معرفاتها الرسمية اليوم الثلاثاء، مقتل عنصرين من الأمن العام "
     "إثر هجوم شنه مسلحون على حاجز قرب مدينة تلكلخ مساء أمس الاثنين.", "2024-03-11"),
    # "منذ فجر الأحد" only says when the fighting began: the announced recapture keeps the announcement's day
    ("أعلنت وزارة الدفاع الصومالية، الثلاثاء، أن قوات الجيش استعادت السيطرة على مدينة بلدوين بعد معارك مع حركة "
     "الشباب استمرت منذ فجر الأحد.", "2024-03-12"),
]


@pytest.mark.parametrize(("text", "day"), REPORT_DATE_ROWS)
def test_the_day_a_statement_came_out_is_not_the_event_day(coder, text, day):
    mentions = _violent(_code(coder, text))
    assert mentions
    assert mentions[0].event_date == day


def test_a_statement_quoted_after_its_announcement_dates_the_event(coder):
    text = ("أصدرت قيادة الجيش مساء أمس الاثنين البيان الآتي: «بتاريخ 9 / 3 / 2024، وخلال دهم منازل مطلوبين في بلدة "
            "بريتال، تعرضت وحدة من الجيش لإطلاق نار من قبل مسلحين، فردّت على مصادر النيران، ما أدى إلى مقتل أحدهم».")
    mentions = _violent(_code(coder, text))
    assert mentions
    assert mentions[0].event_date == "2024-03-09"


OUTLET_ROWS = [
    ("قُتل مسلح في بلدة بريتال، بحسب ما أفاد مصدر أمني لـ«البقاع اليوم» مساء أمس.", True),
    ("بعلبك – البقاع اليوم\nقُتل مسلح في بلدة بريتال.", True),
    ("قُتل مسلح في بلدة بريتال صباح اليوم.\nوقال مصدر أمني إن الوضع هادئ.", False),
    ("قُتل مسلح في بلدة بريتال اليوم الثلاثاء.", False),
]


@pytest.mark.parametrize(("text", "outlet"), OUTLET_ROWS)
def test_today_closing_a_quoted_name_or_a_line_is_an_outlet_name(text, outlet):
    from types import SimpleNamespace

    from marsad.events.coder import _in_outlet_name
    from marsad.text.dates import resolve_dates

    today = next(d for d in resolve_dates(text, date(2024, 3, 12)) if d.surface.endswith("اليوم")
                 or d.surface.startswith("اليوم"))
    assert _in_outlet_name(SimpleNamespace(article=SimpleNamespace(text=text)), today) is outlet


def test_the_lead_is_the_first_paragraph_past_the_dateline(coder):
    text = ("واغادوغو إنفو\n\nالثلاثاء 12 مارس 2024\n\nمقتل تسعة متطوعين في هجوم قرب جيبو\n\n"
            "واغادوغو – واغادوغو إنفو\n\nقُتل تسعة متطوعين، صباح الأحد، في هجوم على موقع قرب بلدة جيبو.\n\n"
            "وأوضح مصدر محلي أن المهاجمين اشتبكوا مع المتطوعين لنحو ساعتين قبل أن ينسحبوا.")
    mentions = _violent(_code(coder, text))
    assert mentions
    assert all(m.event_date == "2024-03-10" for m in mentions)


def test_a_lead_sentence_with_a_dash_is_not_a_dateline(coder):
    text = ("قُتل 18 مدنياً، يوم الأحد، في هجوم شنه مسلحون من تنظيم الدولة الإسلامية – ولاية الساحل على قرية "
            "قرب مدينة تيلابيري.\n\nوفي اليوم التالي، تعرضت دورية عسكرية لكمين قرب بلدة واللام، ما أدى إلى مقتل "
            "خمسة جنود.")
    battles = [m for m in _code(coder, text) if m.event_type == "Battles"]
    assert battles and battles[0].event_date == "2024-03-11"


# ---------------------------------------------------------------------------------------------------------------
# Actors

ATTACKER_ROWS = [
    # claimed in the same sentence
    ("قُتل خمسة عناصر من قوات سوريا الديمقراطية، مساء أمس الاثنين، في هجوم شنه مسلحون على حاجز لها عند مدخل "
     "بلدة ذيبان، قبل أن يتبنى تنظيم داعش الهجوم في بيان.", "Islamic State"),
    # the attackers said to belong to a group, two sentences on (not the group the article names first)
    ("قُتل ستة جنود أمس في كمين نصبه مسلحون لدورية عسكرية قرب بلدة بانيبانغو.\n\n"
     "وأشار البيان إلى أن الجنود ردوا على المهاجمين في منطقة تشهد هجمات متكررة لجماعة نصرة الإسلام والمسلمين.\n\n"
     "وقالت مصادر محلية إن المهاجمين ينتمون إلى تنظيم داعش.", "Islamic State"),
    # no claim: the attackers stay unidentified
    ("قُتل خمسة عناصر من قوات سوريا الديمقراطية، مساء أمس الاثنين، في هجوم شنه مسلحون على حاجز لها عند مدخل "
     "بلدة ذيبان، ولم تتبن أي جهة الهجوم.", "Unidentified"),
]


@pytest.mark.parametrize(("text", "attacker"), ATTACKER_ROWS)
def test_an_unnamed_attacker_is_the_group_that_claims_the_attack(coder, text, attacker):
    mentions = [m for m in _code(coder, text) if m.event_type == "Battles"]
    assert mentions
    assert (mentions[0].actor1 or "").startswith(attacker)


def test_a_repelled_attack_is_coded_from_the_attacker_that_claims_it(coder):
    text = ("أعلن الجيش، اليوم الثلاثاء، أن وحداته صدت صباح أمس الاثنين هجوماً واسعاً استهدف مواقعه في مدينة جيبو، "
            "وأن المعارك استمرت ساعات.\n\nوتبنت جماعة نصرة الإسلام والمسلمين الهجوم في رسالة على تطبيق تيليغرام.")
    mentions = [m for m in _code(coder, text) if m.event_type == "Battles"]
    assert mentions
    assert mentions[0].actor1.startswith("Jama")
    assert "Burkina Faso" in (mentions[0].actor2 or "")


def test_a_claim_after_another_event_does_not_name_the_first_attacker(coder):
    text = ("قُتل خمسة عناصر من قوات سوريا الديمقراطية، مساء أمس الاثنين، في هجوم شنه مسلحون على حاجز عند مدخل "
            "بلدة ذيبان.\n\nوفي حادثة منفصلة، انفجرت عبوة ناسفة بسيارة عسكرية قرب بلدة الشحيل، ما أدى إلى مقتل "
            "جنديين.\n\nوتبنى تنظيم داعش تفجير العبوة.")
    battles = [m for m in _code(coder, text) if m.event_type == "Battles"]
    assert battles
    assert not (battles[0].actor1 or "").startswith("Islamic State")


# ---------------------------------------------------------------------------------------------------------------
# Re-tellings of an event already told

RETELLING_ROWS = [
    # an inquiry into the strike
    ("قُتل ثمانية مدنيين، يوم الجمعة الماضي، في غارة بطائرة مسيّرة على السوق الأسبوعي في مدينة تمبكتو.\n\n"
     "وطالبت منظمات حقوقية بفتح تحقيق مستقل في الغارة التي تأتي بعد ضربات مماثلة في إقليم كيدال.", 1),
    # the attackers' boast
    ("قُتل خمسة عناصر من الشرطة، مساء أمس الاثنين، في هجوم على حاجز قرب مدينة داقوق.\n\n"
     "وزعم التنظيم في بيان نشره اليوم أن مقاتليه قتلوا عشرين من عناصر الميليشيا والمدنيين المتعاونين معها.", 1),
    # a condemnation that tells a new attack is not a re-telling when nothing was told before
    ("أدانت وزارة الخارجية الهجوم الذي استهدف، صباح اليوم الثلاثاء، حافلة ركاب قرب مدينة تمبكتو وأسفر عن مقتل "
     "سبعة مدنيين.", 1),
]


@pytest.mark.parametrize(("text", "events"), RETELLING_ROWS)
def test_reactions_and_boasts_re_tell_an_event(coder, text, events):
    assert len(_violent(_code(coder, text))) == events


def test_a_curfew_after_a_riot_answers_it(coder):
    text = ("أضرم مئات الشبان الغاضبين، أمس الاثنين، النار في مبنى البلدية في مدينة أبشي، ورشقوا عناصر الأمن "
            "بالحجارة.\n\nوأعلن والي الإقليم حظر التجوال في المدينة من السابعة مساءً.")
    mentions = _code(coder, text)
    assert [m.event_type for m in mentions] == ["Riots"]


def test_a_curfew_reported_alone_is_still_a_development(coder):
    text = "فرضت السلطات، اليوم الثلاثاء، حظر التجوال في مدينة الجنينة بولاية غرب دارفور حتى إشعار آخر."
    mentions = _code(coder, text)
    assert [m.sub_event_type for m in mentions] == ["Other"]


def test_the_provincial_capital_index_follows_its_gazetteer_and_its_growth():
    """The capital of a province is looked up per gazetteer object, and again once the gazetteer gains places."""
    from marsad.events.coder import _provincial_capital
    from marsad.text.gazetteer import Gazetteer, Place

    province = Place("adm1:XX.01", "Wadi Province", "وادي السدر", "province", "IQ", "Wadi Province", "", 33.0, 44.0)
    small = Place("gn:1", "Wadi al-Sidr", "وادي السدر", "town", "IQ", "Wadi Province", "", 33.1, 44.1, population=900)
    bigger = Place("gn:2", "Wadi al-Sidr (city)", "وادي السدر", "city", "IQ", "Wadi Province", "", 33.2, 44.2,
                   population=90000)
    gazetteer = Gazetteer([province, small])
    assert _provincial_capital(gazetteer, province).id == "gn:1"
    gazetteer.add(bigger)
    assert _provincial_capital(gazetteer, province).id == "gn:2"
    assert _provincial_capital(Gazetteer([province]), province) is None
