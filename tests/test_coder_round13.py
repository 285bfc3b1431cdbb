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


def test_a_rise_told_with_the_noun_irtifa_revises_the_toll():
    text = ("تغطية مباشرة | شبكة الشمال الإخبارية\n"
            "الأربعاء 11 شباط 2026\n\n"
            "09:20 — اندلاع اشتباكات عنيفة بين مقاومين وقوات الاحتلال على أطراف مخيم نور شمس في طولكرم.\n\n"
            "10:45 — وزارة الصحة: استشهاد شابين برصاص الاحتلال في طولكرم، وإصابة أربعة آخرين.\n\n"
            "13:10 — تحديث: ارتفاع عدد الشهداء في طولكرم إلى ثلاثة بعد استشهاد مصاب متأثراً بجروحه.")
    clashes = [m for m in _coded(text, published="2026-02-11") if m.event_type == "Battles"]
    assert [m.fatalities for m in clashes] == [3]


def test_a_revised_toll_of_a_shelling_stays_off_the_clash_told_later():
    text = ("تغطية مباشرة | تعز الآن\n"
            "السبت 21 شباط 2026\n\n"
            "10:05 قصف مدفعي حوثي يستهدف حي الروضة وسط مدينة تعز، ومصدر طبي: مقتل طفل وإصابة أربعة.\n\n"
            "12:30 تحديث: ارتفاع حصيلة ضحايا القصف على حي الروضة إلى قتيلين بعد وفاة امرأة متأثرة بجروحها.\n\n"
            "15:40 اشتباكات عنيفة في الجبهة الشرقية لمدينة تعز بين الجيش والحوثيين، ومقتل جندي وإصابة اثنين.")
    coded = _coded(text, published="2026-02-21")
    assert [m.fatalities for m in coded if m.event_type == "Battles"] == [1]
    assert [m.fatalities for m in coded if m.event_type == "Explosions/Remote violence"] == [2]


def test_a_protest_renewed_the_next_day_is_a_second_event():
    text = ("الديوانية نيوز | الخميس 12 شباط 2026\n\n"
            "أطلقت قوات مكافحة الشغب الرصاص الحي مساء الثلاثاء لتفريق مئات المحتجين أمام مبنى المحافظة في مدينة "
            "الديوانية، ما أدى إلى مقتل متظاهر وإصابة أربعة آخرين.\n\n"
            "وتجدد الاحتجاج أمس الأربعاء، إذ تجمع مئات آخرون في ساحة الساعة وسط المدينة رافعين صور القتيل، "
            "وانفض التجمع مساءً دون احتكاكات.")
    protests = sorted((m.event_date, m.sub_event_type) for m in _coded(text, published="2026-02-12")
                      if m.event_type == "Protests")
    assert protests == [("2026-02-10", "Excessive force against protesters"), ("2026-02-11", "Peaceful protest")]


def test_the_victims_counted_in_the_province_of_the_source_belong_to_the_attack_told_in_its_town():
    text = ("الساحل اليوم\n\n"
            "تعرّض حاجز للأمن العام عند المدخل الجنوبي لمدينة بانياس، ليل الأحد، لهجوم نفذه مسلحون مجهولون، "
            "وتبادلوا إطلاق النار مع عناصر الحاجز قبل أن ينسحبوا.\n\n"
            "وأفاد مصدر في قيادة الأمن الداخلي بمحافظة طرطوس بأن عنصرين من الأمن العام قُتلا خلال الاشتباك، فيما "
            "قُتل أحد المهاجمين.")
    battles = [(m.location, m.fatalities) for m in _coded(text, published="2025-06-02") if m.event_type == "Battles"]
    assert battles == [("Baniyas, Tartus", 3)]


def test_a_name_told_three_times_does_not_outvote_the_city_it_is_said_to_lie_in():
    text = ("بوابة عمّان\n\n"
            "فرّقت قوات الأمن العام ليل الأربعاء تجمعاً لمئات المحتجين قرب مسجد في منطقة الرابية غربي عمّان، "
            "مستخدمة الهراوات والغاز المسيل للدموع.\n\n"
            "وقال منظمون إن المحتجين في الرابية كانوا يحاولون الوصول إلى السفارة.\n\n"
            "وتشهد الرابية تجمعات شبه يومية منذ أسابيع.")
    protests = [m for m in _coded(text, published="2024-03-28") if m.event_type == "Protests"]
    assert [(m.country, m.location) for m in protests] == [("Jordan", "Al-Rabiah (Amman), Amman")]


def test_the_centre_of_a_town_is_the_town_not_a_place_near_it():
    text = ("شبكة الضفة\n\n"
            "خرجت مسيرة حاشدة مساء اليوم في دوار المنارة وسط رام الله تنديداً بالعدوان على مخيم جنين، ورفع المشاركون "
            "الأعلام وصور الشهداء.")
    protests = [m for m in _coded(text, published="2024-07-16") if m.event_type == "Protests"]
    assert [(m.location, m.geo_precision) for m in protests] == [("Ramallah, West Bank", 1)]


def test_an_air_force_named_in_the_next_sentence_does_not_make_a_shelling_an_air_strike():
    text = ("القيادة العامة للقوات المسلحة - بيان\n\n"
            "وكانت المليشيا المتمردة قد قصفت بالمدفعية الثقيلة يوم أمس السبت الأحياء السكنية في مدينة الدلنج، ما "
            "أدى إلى مقتل مواطنيْن اثنين، في استهداف ممنهج للمدنيين. كما نفذ سلاحنا الجوي ضربات دقيقة على "
            "تجمعات المتمردين.")
    blasts = [m.sub_event_type for m in _coded(text, published="2026-03-01")
              if m.event_type == "Explosions/Remote violence"]
    assert blasts[0] == "Shelling/artillery/missile attack"


def test_our_forces_repelling_an_attack_is_a_clash():
    text = ("الناطق الرسمي باسم القوات المسلحة\n\n"
            "تصدت قواتنا الباسلة، صباح اليوم الأحد، لهجوم غادر شنته مرتزقة الحركة المتمردة على مدينة الدلنج من "
            "ثلاثة محاور، وكبّدت المعتدين خسائر فادحة في الأرواح والعتاد.")
    assert [m.sub_event_type for m in _coded(text, published="2026-03-01")] == ["Armed clash"]


def test_a_drone_that_hit_a_building_is_a_strike_when_the_toll_comes_late_in_the_sentence():
    text = ("الفاشر الآن\n\n"
            "أصابت طائرة مسيّرة أطلقتها قوات الدعم السريع يوم الأربعاء مبنى الطوارئ في المستشفى السعودي بمدينة "
            "الفاشر، آخر مستشفى يعمل بكامل طاقته في المدينة المحاصرة منذ أشهر، ما أسفر عن مقتل ممرضة ومرافق.")
    strikes = [m for m in _coded(text, published="2024-06-14") if m.event_type == "Explosions/Remote violence"]
    assert [(m.sub_event_type, m.fatalities) for m in strikes] == [("Air/drone strike", 2)]


def test_a_clash_after_which_a_truce_was_signed_keeps_its_own_day():
    text = ("طرابلس، 14 أبريل/نيسان (وكالة الساحل الليبي) - عاد الهدوء إلى مدينة الزاوية، بعد توقيع اتفاق لوقف إطلاق "
            "النار مساء أمس الاثنين، إثر اشتباكات عنيفة اندلعت مساء الأحد بين كتيبتين مسلحتين، وقُتل فيها ثلاثة "
            "أشخاص.")
    battles = [m for m in _coded(text, published="2026-04-14") if m.event_type == "Battles"]
    assert [m.event_date for m in battles] == ["2026-04-12"]


def test_a_sentence_opening_on_a_condition_reports_nothing_however_far_its_trigger():
    text = ("بيان عشائر محافظة صلاح الدين\n\n"
            "ثانياً: في حال عدم الاستجابة لمطالبنا خلال المهلة، فإننا سنلجأ إلى كل الخيارات المتاحة، بما فيها قطع "
            "الطريق الدولي وتنظيم اعتصام مفتوح أمام مبنى المحافظة في تكريت.")
    assert _coded(text, published="2026-05-20") == []


def test_a_battle_in_scare_quotes_is_a_figure_of_speech():
    text = ("جوبا اليوم | رياضة\n\n"
            "على أرضية ملعب جوبا، خاض مصارعو المنداري مساء الأحد «معركة» حامية أمام مصارعي دينكا بور في نهائي "
            "بطولة السلام، فيما وصف المدرب النهائي بأنه «قتال حقيقي» على الحلبة.")
    assert _coded(text, published="2026-02-02") == []


def test_firefighters_fighting_a_blaze_fight_no_battle():
    text = ("مأرب اليوم\n\n"
            "خاضت فرق الإطفاء معارك استمرت ساعات للسيطرة على النيران التي اندلعت في محطة وقود بمدينة مأرب مساء "
            "أمس.")
    assert [m for m in _coded(text, published="2026-06-09") if m.event_type == "Battles"] == []


def test_an_attack_in_construct_with_a_named_group_refers_to_the_attack_told():
    text = ("مرصد الجزيرة\n\n"
            "شن عناصر من تنظيم داعش مساء الخميس 20 كانون الثاني هجوماً واسعاً على حي غويران بمدينة الحسكة، ودارت "
            "اشتباكات عنيفة مع قوات سوريا الديمقراطية.\n\n"
            "وما يزيد الشكوك حول تورط أطراف أخرى في هجوم داعش على سجن غويران هو سرعة وصول التعزيزات إلى المهاجمين.")
    battles = [m for m in _coded(text, published="2022-01-22") if m.event_type == "Battles"]
    # the reference adds nothing it does not tell (no trigger of a second telling), and opens no event
    assert [[e.text for e in m.evidence if e.field == "trigger"] for m in battles] == [["هجوما"]]


def test_a_blast_the_article_explains_as_an_accident_is_no_attack():
    text = ("عدن الغد\n\n"
            "قُتل أربعة أشخاص وأُصيب تسعة آخرون، مساء الأحد، في انفجار هزّ محطة لتعبئة الغاز في مدينة المكلا.\n\n"
            "وقال مدير الدفاع المدني إن الانفجار نجم عن تسرب من أحد الخزانات، مستبعداً أي شبهة جنائية.")
    assert [m for m in _coded(text, published="2026-06-09") if m.event_type == "Explosions/Remote violence"] == []


def test_a_roadside_bomb_stays_an_attack_whatever_caused_the_fire_after_it():
    text = ("عدن الغد\n\n"
            "قُتل جنديان، مساء الأحد، بانفجار عبوة ناسفة استهدفت دورية للجيش في مديرية مودية بمحافظة أبين، واندلع "
            "حريق في العربة بسبب تسرب الوقود.")
    assert [m.sub_event_type for m in _coded(text, published="2026-06-09")] == ["Remote explosive/landmine/IED"]
