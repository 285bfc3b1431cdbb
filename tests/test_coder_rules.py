"""Event coder rules, one table per concern: what is an event, its type, place, actors, deaths and date.

Every row is a short article written for this test (not taken from any corpus); each rule has negative rows.
"""

from __future__ import annotations

import pytest

from marsad.events.coder import EventCoder, _dateline_end
from marsad.events.predict import code_text


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder.default()


def _code(coder: EventCoder, text: str, published: str = "2024-03-12"):
    return code_text("test", text, published=published, coder=coder).mentions


def _types(mentions) -> list[tuple[str, str]]:
    return [(m.event_type, m.sub_event_type) for m in mentions]


# --------------------------------------------------------------------------------------------------------------
# What is not an event (and its negative: the same words reporting one)

NON_EVENT_ROWS = [
    # background set against the article's event
    ("ويأتي الهجوم بعد أسابيع من انسحاب القوات الفرنسية من قاعدة قرب مدينة غاو.", False),
    ("ويأتي الحادث بعد أيام على إشكال تطور إلى إطلاق نار في حي الشجاعية.", False),
    ("يأتي ذلك بعد ساعات من مقتل جنديين في هجوم بطائرة مسيرة على قاعدة التنف.", True),
    # an incident placed only in a vague past period
    ("وكانت دورية للشرطة قد تعرضت لهجوم مماثل في المنطقة ذاتها مطلع العام الحالي.", False),
    ("ونفذ التنظيم هجمات على قرى المنطقة خلال الأسابيع الماضية.", False),
    ("هاجم مسلحون قرية في المنطقة فجر اليوم وقتلوا ثلاثة مزارعين.", True),
    # what someone wants to prevent, or does not wish for
    ("تسعى الوساطة إلى منع اندلاع جولة جديدة من القتال في طرابلس.", False),
    ("لا تبدو الأطراف راغبة في جولة قتال جديدة حول مدينة سرت.", False),
    # several incidents summed up in one sentence, told one by one elsewhere
    ("قتل ستة مدنيين في حادثتين منفصلتين بريف حماة الشمالي يوم أمس.", False),
    # what usually happens
    ("تتعرض القواعد الأمريكية في العراق لهجمات متكررة بالطائرات المسيرة.", False),
    ("وتعلن الأجهزة الأمنية بشكل دوري عن اعتقال مطلوبين في المدينة.", False),
    ("وتتعرض البلدة بين حين وآخر لغارات جوية.", False),
    ("استخدم العنف الجنسي على نطاق واسع في النزاع، وفق التقرير.", False),
    # drills, fiction, accidents, statistics, fears
    ("أجرى الجيش الأردني مناورات بالذخيرة الحية قرب الحدود الشمالية أمس.", False),
    ("يروي الفيلم قصة عائلة فقدت أبناءها في قصف على حي الشعار في حلب.", False),
    ("قُتل جندي عن طريق الخطأ برصاص زميله داخل معسكر قرب الرمادي.", False),
    ("تراجعت الهجمات في محافظة ديالى بنسبة 30 في المئة خلال العام الجاري.", False),
    ("يتخوف السكان من قصف جديد على الأحياء الشرقية لمدينة درعا.", False),
    ("قُتل جندي في اشتباك مع مهربين مسلحين على الحدود الأردنية السورية فجر اليوم.", True),
    # words that look like triggers
    ("طالب المحافظ قوة الأمم المتحدة لمراقبة فض الاشتباك بتحمل مسؤولياتها.", False),
    ("جرى تطبيق قواعد الاشتباك على الحدود الشمالية وفق بيان الجيش.", False),
    ("قال باحث إن الخطر أن يخرج حادث صغير عن السيطرة في المدينة.", False),
    ("وقال المتحدث إن أي محاولة تقدم ستتحول إلى محرقة للقوات المهاجمة.", False),
]


@pytest.mark.parametrize(("text", "is_event"), NON_EVENT_ROWS)
def test_coder_tells_events_from_background_plans_and_habits(coder, text, is_event):
    mentions = [m for m in _code(coder, text) if m.event_type != "Strategic developments"]
    assert bool(mentions) is is_event, _types(mentions)


# a strategic development that is only alleged, demanded, traded for, ongoing or a purpose
DEVELOPMENT_ROWS = [
    ("وأكدت قيادة الجيش أن الوضع عاد إلى طبيعته، متهمة المسلحين بنهب مصرفين في المدينة.", False),
    ("وتظاهر النازحون مطالبين السلطات بفك الحصار عن القرى المجاورة.", False),
    ("وطالب الخاطفون ذوي الأطباء بدفع فدية مالية مقابل إطلاق سراحهم.", False),
    ("وتواصل الوحدات العسكرية عمليات التمشيط في المرتفعات الغربية.", False),
    ("واقتحم المسلحون المبنى الذي يستخدم لاحتجاز الموقوفين.", False),
    ("اعتقلت قوات الأمن ثلاثة ناشطين في مدينة بنغازي مساء الأربعاء.", True),
    ("نهب مسلحون سوق المدينة واستولوا على سيارات ومواش.", True),
]


@pytest.mark.parametrize(("text", "is_event"), DEVELOPMENT_ROWS)
def test_developments_that_are_alleged_demanded_ongoing_or_meant_are_not_coded(coder, text, is_event):
    mentions = [m for m in _code(coder, text) if m.event_type == "Strategic developments"]
    assert bool(mentions) is is_event, _types(mentions)


# --------------------------------------------------------------------------------------------------------------
# Which type

TYPE_ROWS = [
    # only state forces arrest; militias and gunmen abduct
    ("ردّ مسلحون محليون باحتجاز خمسة من أبناء العشائر عند حاجز أقاموه قرب دوار مدينة السويداء.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("اعتقلت الشرطة خمسة مطلوبين في حي الزهور بمدينة حمص.", ("Strategic developments", "Arrests")),
    ("ألقت قوات سوريا الديمقراطية القبض على قيادي في تنظيم الدولة خلال مداهمة في بلدة الشحيل.",
     ("Strategic developments", "Arrests")),
    # demonstrators killed is excessive force against a protest
    ("قُتل متظاهران وأصيب العشرات خلال تفريق قوات الأمن لمواكب المحتجين في الخرطوم.",
     ("Protests", "Excessive force against protesters")),
    # ground taken without a fight
    ("دخلت قوات الجيش بلدة تل رفعت صباح اليوم من دون أي مقاومة بعد انسحاب المسلحين منها.",
     ("Strategic developments", "Non-violent transfer of territory")),
    ("استعادت قوات الجيش السيطرة على بلدة تل رفعت بعد معارك عنيفة مع المسلحين.",
     ("Battles", "Government regains territory")),
    # a drone shot down is disrupted weapons use
    ("أعلن التحالف أن الدفاعات الجوية اعترضت طائرة مسيرة مفخخة أطلقها الحوثيون باتجاه مدينة جازان.",
     ("Strategic developments", "Disrupted weapons use")),
    # civilians among the dead of an attack on a town held by soldiers: a battle, not violence against civilians
    ("ارتفعت حصيلة الهجوم الذي شنه تنظيم داعش على مدينة الميادين إلى 26 قتيلاً بينهم مدنيان.",
     ("Battles", "Armed clash")),
    # an armed clan fight is a battle; sticks and stones are mob violence
    ("قُتل شخصان في نزاع عشائري اندلع بين عشيرتين شمالي البصرة، استُخدمت فيه الأسلحة المتوسطة.",
     ("Battles", "Armed clash")),
    # rioters facing troops: the riot, not a battle
    ("اندلعت مواجهات بين شبان غاضبين ووحدات من الجيش بعدما اقتحم المحتجون مبنى المصرف في طرابلس.",
     ("Riots", "Violent demonstration")),
]


@pytest.mark.parametrize(("text", "expected"), TYPE_ROWS)
def test_sub_event_type_follows_acled_conventions(coder, text, expected):
    assert _types(_code(coder, text)) == [expected]


def test_killing_and_abduction_in_one_raid_are_two_events(coder):
    text = "قُتل ثلاثة مدنيين واختُطفت أربع نساء ليل الأحد في هجوم شنه مسلحون على قرية قرب مدينة ديفا."
    assert sorted(_types(_code(coder, text))) == [
        ("Violence against civilians", "Abduction/forced disappearance"), ("Violence against civilians", "Attack")]
    abduction = next(m for m in _code(coder, text) if m.sub_event_type.startswith("Abduction"))
    assert abduction.fatalities is None  # the deaths belong to the killing


def test_storming_a_house_to_take_someone_is_one_abduction(coder):
    text = ("اقتحم مسلحون مجهولون منزل صحفي في حي الصابري ببنغازي فجر الخميس واقتادوه إلى جهة غير معلومة.")
    assert _types(_code(coder, text)) == [("Violence against civilians", "Abduction/forced disappearance")]


def test_fighters_captured_in_a_battle_are_not_abducted_civilians(coder):
    text = "استعادت القوات الحكومية المواقع بعد معارك عنيفة، وأسر عدد من عناصر الميليشيا."
    assert [m.event_type for m in _code(coder, text)] == ["Battles"]


def test_a_demonstration_that_turned_violent_is_one_riot(coder):
    text = ("تجمع العشرات في ساحة النور بطرابلس مساء الأربعاء احتجاجاً على انهيار العملة.\n\n"
            "وقطع المحتجون الطرق بالإطارات المشتعلة ورشقوا قوة من الجيش بالحجارة في ساحة النور، مساء الأربعاء.")
    assert [m.event_type for m in _code(coder, text, "2023-03-15")] == ["Riots"]


# --------------------------------------------------------------------------------------------------------------
# Where

def test_places_in_countries_the_article_never_names_are_misreadings(coder):
    text = ("قالت هيئة الأركان المالية إن وحداتها في غاو صدت هجوماً واسعاً على معسكر للجيش، "
            "وأن المهاجمين استخدموا سيارتين مفخختين.")
    countries = {m.country for m in _code(coder, text)}
    assert countries == {"Mali"}


@pytest.mark.parametrize(("text", "not_at"), [
    ("قُتل ثلاثة أشخاص بقصف على قرية في ريف إدلب، بحسب مصدر طبي في مستشفى مدينة إدلب.", "Idlib"),
    ("قُتل جندي بانفجار عبوة ناسفة في بلدة ابلين، ونقل الجرحى إلى مستشفى مدينة حماة.", "Hamah"),
    ("قصفت قوات النظام المتمركزة في مدينة حماة قرية اللطامنة صباح اليوم.", "Hamah"),
])
def test_where_a_source_speaks_from_or_people_were_taken_is_not_the_scene(coder, text, not_at):
    assert all(not (m.location or "").startswith(not_at) for m in _code(coder, text))


def test_a_town_the_gazetteer_lacks_withholds_the_pin_of_its_province(coder):
    text = "قُتل ستة جنود نيجريين في كمين نصبه مسلحون قرب بلدة تاكاسو بمنطقة تيلابيري، أمس."
    [mention] = _code(coder, text)
    assert (mention.country, mention.admin1, mention.latitude) == ("Niger", "Tillaberi", None)


def test_two_unplaced_villages_are_two_events(coder):
    text = ("قُتل أربعة مدنيين بقصف مدفعي على قرية عين الباردة في ريف حماة الشمالي صباح اليوم.\n\n"
            "وفي قرية الدير الشرقي، أسفر قصف مماثل عن إصابة ثلاثة مدنيين.")
    assert len(_code(coder, text)) == 2


def test_places_a_speaker_mentions_in_a_quote_are_not_the_scene(coder):
    text = ("نظم عشرات من سكان مصراتة وقفة احتجاجية أمام مقر شركة الكهرباء مساء الأحد.\n\n"
            "وقال أحد المنظمين إن «الاحتجاج سلمي بالكامل، ورسالتنا موجهة للمسؤولين في طرابلس».")
    mentions = _code(coder, text, "2022-07-04")
    assert [m.location for m in mentions] == ["Misratah, Misrata"] or len(mentions) == 1


@pytest.mark.parametrize(("text", "end"), [
    ("الأبيض – شبكة أخبار الأبيض: سيطرت قوات", "الأبيض – شبكة أخبار الأبيض: "),
    ("جوبا – صوت جوبا\nقال مسؤولون محليون", "جوبا – صوت جوبا\n"),
    ("سرت (وكالة الأنباء العربية) – وقع الطرفان", "سرت (وكالة الأنباء العربية) – "),
    ("قُتل ثلاثة جنود في هجوم", ""),
])
def test_dateline_covers_the_city_and_the_outlet(text, end):
    assert text[:_dateline_end(text)] == end


def test_a_place_name_followed_by_a_nationality_is_the_namesake_in_that_country(coder):
    text = "رشق المحتجون قوات الأمن بالحجارة وأحرقوا الإطارات في وسط مدينة طرابلس اللبنانية مساء أمس."
    assert {m.country for m in _code(coder, text)} == {"Lebanon"}


def test_nationality_adjectives_name_the_country_when_nothing_else_does(coder):
    text = "قُتل ستة جنود نيجريين في كمين نصبه مسلحون لدورية عسكرية، أمس."
    assert {m.country for m in _code(coder, text)} == {"Niger"}


# --------------------------------------------------------------------------------------------------------------
# Who

ACTOR_ROWS = [
    # the agent of a passive or relative clause attacked; the soldiers killed were the target
    ("قُتل ستة جنود نيجريين في كمين نصبه مسلحون لدورية عسكرية قرب بلدة أيورو، أمس.",
     "Unidentified Armed Group (Niger)", "Military Forces of Niger (2023-)"),
    # the nationality of the weapon names the attacker, that of the soldiers the target
    ("قُتل أربعة عسكريين سوريين فجر اليوم جراء ضربة جوية إسرائيلية استهدفت مواقع عسكرية قرب دمشق.",
     "Military Forces of Israel", "Military Forces of Syria (2000-2024)"),
    # a branch named with its parent organisation is the branch
    ("قُتل سبعة جنود تشاديين في هجوم شنه مسلحون من تنظيم «داعش – ولاية غرب أفريقيا» على موقع عسكري قرب بول.",
     "Islamic State West Africa Province (ISWAP)", "Military Forces of Chad (2021-)"),
    # gunmen said to belong to a named group are that group
    ("قُتل أربعة جنود عراقيين في هجوم شنه مسلحون يُشتبه بانتمائهم إلى تنظيم داعش على موقع للجيش في كركوك.",
     "Islamic State (ISIS)", "Military Forces of Iraq (2022-)"),
    # a parent force named after the target ("التابعة لـ") is the target's side, not a third party
    ("قُتل أربعة جنود من قوات الحزام الأمني التابعة للمجلس الانتقالي الجنوبي في هجوم انتحاري بسيارة مفخخة في عدن.",
     "Unidentified Armed Group (Yemen)", "Security Belt Forces"),
    # unnamed sides of a clash between two groups or clans
    ("قُتل شخصان في اشتباكات اندلعت ليلاً بين مجموعتين مسلحتين غرب مدينة الزاوية.",
     "Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)"),
    # a grenade on a shop hits civilians
    ("ألقى مجهولون قنبلة يدوية على محل لبيع الهواتف في مدينة البصرة فجر اليوم.",
     "Unidentified Armed Group (Iraq)", "Civilians (Iraq)"),
    # a demonstration turned violent is coded with rioters, whatever the text calls them
    ("رشق المحتجون قوات الأمن بالحجارة وأحرقوا الإطارات في وسط مدينة طرابلس اللبنانية.",
     "Rioters (Lebanon)", None),
    # the force that arrests is named first, whatever unit word introduces it
    ("أعلنت وزارة الدفاع أن مفرزة للجيش الوطني الشعبي أوقفت أربعة عناصر دعم للجماعات الإرهابية بولاية بومرداس.",
     "Military Forces of Algeria", None),
    # looting takes civilians' property
    ("نهب عناصر الدعم السريع سوق مدينة الخوي بولاية غرب كردفان والمركز الصحي فيها.", "Rapid Support Forces (RSF)",
     "Civilians (Sudan)"),
]


@pytest.mark.parametrize(("text", "actor1", "actor2"), ACTOR_ROWS)
def test_actor_roles_follow_the_arabic_syntax_of_agency(coder, text, actor1, actor2):
    mention = _code(coder, text)[0]
    assert (mention.actor1, mention.actor2 if actor2 is not None else None) == (actor1, actor2)


def test_a_claim_of_responsibility_names_the_attacker_the_first_report_could_not(coder):
    text = ("قُتل ثلاثة جنود وأصيب خمسة آخرون صباح اليوم عندما فجّر انتحاري سيارة مفخخة عند نقطة تفتيش "
            "في مدينة عتق.\n\n"
            "وأعلن تنظيم القاعدة في جزيرة العرب في بيان مسؤوليته عن الهجوم.")
    [mention] = _code(coder, text, "2022-11-22")
    assert mention.actor1 == "Al-Qaeda in the Arabian Peninsula (AQAP)"


# --------------------------------------------------------------------------------------------------------------
# How many died

FATALITY_ROWS = [
    # the dead of each side add up
    ("صدت القوات هجوماً على معسكر المدينة، ما أسفر عن مقتل خمسة جنود، مقابل تحييد 23 من المهاجمين.", 28),
    # a killing verb governs whatever noun follows
    ("قُتل ستة نازحين وأصيب 17 آخرون جراء قصف بطائرة مسيرة على مخيم أبو شوك.", 6),
    # the toll of a suicide bombing includes the bomber when the text says he died
    ("قُتل ثلاثة جنود عندما فجّر انتحاري سيارة مفخخة عند نقطة تفتيش، ما أدى كذلك إلى مقتل منفذ الهجوم.", 4),
    ("قُتل سبعة أشخاص بينهم جنديان في تفجير انتحاري بسيارة مفخخة استهدف نقطة تفتيش في مقديشو.", 7),
    # a demonstration with no death reported has none
    ("تظاهر المئات أمام مقر الحكومة في الخرطوم احتجاجاً على الغلاء.", 0),
    # the text says nobody was hurt
    ("ألقى مجهولون رمانة يدوية على منزل في حي الجمهورية بالبصرة من دون تسجيل إصابات.", 0),
    ("سقطت قذائف عدة على أطراف بلدة عيترون جنوب لبنان، ولم تسفر عن أي إصابات.", 0),
    ("سقطت قذائف عدة على أطراف بلدة عيترون جنوب لبنان، وأصيب مدنيان بجروح.", 0),
    ("سقطت قذائف عدة على أطراف بلدة عيترون جنوب لبنان.", None),
]


@pytest.mark.parametrize(("text", "fatalities"), FATALITY_ROWS)
def test_fatalities_count_every_side_and_the_attacker_when_stated(coder, text, fatalities):
    assert _code(coder, text)[0].fatalities == fatalities


def test_a_stated_final_toll_goes_on_the_main_event(coder):
    text = ("أسفر الهجوم الذي شنه التنظيم على مفرزة أمنية في الميادين عن مقتل 14 من عناصر الجيش واستشهاد مدنيين اثنين، "
            "فيما قُتل 13 من المهاجمين، لتبلغ الحصيلة النهائية 29 قتيلاً.")
    assert _code(coder, text, "2024-02-17")[0].fatalities == 29


def test_the_dead_of_an_event_already_told_are_not_a_new_event(coder):
    text = ("قُتل أربعة جنود في هجوم شنه مسلحون على موقع للجيش في كركوك فجر اليوم.\n\n"
            "وقال مصدر أمني إن بين القتلى ضابطاً برتبة نقيب.\n\n"
            "وأوضح المصدر أن مدنياً أصيب برصاص طائش قرب الموقع.")
    assert len(_code(coder, text)) == 1


# --------------------------------------------------------------------------------------------------------------
# When

def test_a_wire_dispatch_counts_relative_days_from_its_dateline(coder):
    text = "سامراء، 17 كانون الثاني 2024 (وكالة دجلة للأنباء) - قُتل أربعة جنود في هجوم على موقع للجيش ليل الثلاثاء."
    assert _code(coder, text, published=None)[0].event_date == "2024-01-16"


def test_the_same_day_as_a_statement_is_the_statement_day(coder):
    text = ("قالت هيئة الأركان، في بيان مساء الأحد، إن وحداتها صدت هجوماً إرهابياً استهدف معسكر مدينة غاو "
            "فجر اليوم ذاته، ما أسفر عن مقتل خمسة جنود.")
    assert _code(coder, text, published="2023-10-02")[0].event_date == "2023-10-01"


def test_today_in_an_outlet_name_is_not_a_date(coder):
    text = ("هاجم مسلحون معسكراً للجيش في مدينة غاو فجر الأحد.\n\n"
            "وقال أحد السكان لوكالة الساحل اليوم إن صد الهجوم استغرق ثلاث ساعات.")
    assert [m.event_date for m in _code(coder, text, published="2023-10-02")] == ["2023-10-01"]
