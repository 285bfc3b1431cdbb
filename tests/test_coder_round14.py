"""Coder round 14 (issue #4): rules alone, on sentences written for these tests."""

import pytest

from marsad.events.coder import EventCoder
from marsad.events.predict import code_text
from marsad.text.figures import extract_figures


def _coded(text: str, published: str | None = "2026-03-10"):
    """The rules' mentions of `text`; pass published=None to let the page date itself."""
    return code_text("round14", text, published=published, coder=EventCoder.default(mention_filter=False)).mentions


def _battles(text: str, published: str | None = "2026-03-10"):
    return [m for m in _coded(text, published) if m.event_type == "Battles"]


def test_the_attackers_dead_beside_a_breakdown_of_the_defenders_are_added():
    text = ("وكالة الساحل للأنباء\n\n"
            "أعلنت هيئة الأركان في بوركينا فاسو أن وحداتها صدت صباح أمس هجوماً إرهابياً على المفرزة العسكرية في "
            "مدينة جيبو، وجرى تحييد العشرات منهم بفضل سلاح الجو، مضيفة أن خمسة عسكريين واثنين من المتطوعين سقطوا "
            "خلال المعارك.")
    assert [m.fatalities for m in _battles(text)] == [19]  # dozens (12) + 5 + 2


def test_a_breakdown_that_already_counts_the_attackers_takes_nothing_more():
    text = ("وكالة الساحل للأنباء\n\n"
            "أعلنت هيئة الأركان أن وحداتها صدت صباح أمس هجوماً على المفرزة العسكرية في مدينة جيبو، ما أسفر عن "
            "مقتل خمسة عسكريين و20 من المهاجمين، وجرى تحييد آخرين.")
    assert [m.fatalities for m in _battles(text)] == [25]


def test_bodies_the_attackers_left_behind_are_their_dead():
    text = ("تشاد اليوم\n\n"
            "قُتل خمسة عسكريين تشاديين ليل الثلاثاء في هجوم لبوكو حرام على موقع عسكري قرب بغاسولا.\n"
            "وقال الناطق باسم الجيش إن الاشتباك دام ساعتين قبل أن يلوذ المهاجمون بالفرار تاركين خلفهم 9 جثث.")
    assert [m.fatalities for m in _battles(text)] == [14]


@pytest.mark.parametrize(("sentence", "counts", "side"), [
    ("ونأسف لسقوط أربعة من جنودنا شهداء وإصابة سبعة آخرين.", "killed", "security_forces"),
    ("تم تحييد 14 إرهابياً، فيما استشهد خمسة من جنودنا وأصيب أربعة.", "killed", "security_forces"),
    ("وسقط ثلاثة من عناصرنا قتلى خلال الاشتباك.", "killed", "security_forces"),
])
def test_our_soldiers_told_with_a_trailing_martyrs_noun_are_counted_dead_on_the_army_side(sentence, counts, side):
    ours = [f for f in extract_figures(sentence) if f.side is not None and f.side.category == side]
    assert [f.counts for f in ours] == [counts]


def test_a_communique_adds_its_own_fallen_to_the_neutralised_attackers():
    text = ("وزارة الدفاع الوطني - بيان\n\n"
            "يوم الأربعاء 4 مارس 2026، تعرضت دورية لقواتنا لكمين قرب والام. وخلال الاشتباك الذي أعقب الكمين، تم "
            "تحييد 14 إرهابياً، فيما استشهد خمسة من جنودنا وأصيب أربعة.")
    assert [m.fatalities for m in _battles(text)] == [19]


def test_a_lone_violent_event_takes_the_toll_told_in_a_later_sentence():
    text = ("شبكة الفرات الإخبارية\n\n"
            "اندلعت اشتباكات عنيفة فجر اليوم بين مسلحين من عشيرتين في بلدة الشحيل بريف دير الزور الشرقي، على خلفية "
            "نزاع قديم على أرض زراعية.\n\n"
            "وقال مصدر طبي في مشفى الميادين إن المستشفى استقبل جثث ثلاثة أشخاص وعدداً من المصابين.")
    assert [m.fatalities for m in _battles(text)] == [3]


def test_a_toll_told_for_another_day_stays_off_the_lone_event():
    text = ("شبكة الفرات الإخبارية\n\n"
            "اندلعت اشتباكات عنيفة فجر اليوم الثلاثاء بين مسلحين من عشيرتين في بلدة الشحيل بريف دير الزور الشرقي.\n\n"
            "وكانت البلدة قد شهدت يوم السبت 7 آذار 2026 اشتباكات مماثلة أسفرت عن مقتل أربعة أشخاص.")
    clashes = [m for m in _battles(text) if m.event_date == "2026-03-10"]
    assert [m.fatalities for m in clashes] == [None]


def test_a_faction_and_its_umbrella_group_in_one_clash_are_one_event():
    text = ("شبكة الشمال الإخبارية\n\n"
            "اندلعت اشتباكات عنيفة فجر اليوم بين فصائل من \"الجيش الوطني السوري\" وقوات \"مجلس منبج العسكري\" "
            "على محور قرية عون الدادات شمالي مدينة منبج.\n\n"
            "وقالت مصادر ميدانية إن عناصر من \"فرقة الحمزة\" حاولوا التسلل إلى نقاط لـ\"قسد\" على ضفة نهر الساجور، "
            "فدارت مواجهات استمرت قرابة ثلاث ساعات، أسفرت عن مقتل ثلاثة عناصر من الجيش الوطني.")
    clashes = _battles(text)
    assert len(clashes) == 1 and clashes[0].fatalities == 3


@pytest.mark.parametrize("text", [
    ("إذاعة الشرق\n\nخرج مئات من أهالي مدينة جرادة، مساء أمس، في مسيرة سلمية جابت الشارع الرئيسي نحو مقر العمالة، "
     "بعد وفاة شقيقين داخل بئر عشوائية لاستخراج الفحم، مطالبين ببديل اقتصادي."),
    ("وكالة أبشة\n\nأحرق مئات الشبان الغاضبين إطارات وأضرموا النار في مبنى البلدية في أبشة، أمس، عقب تشييع القتيلين "
     "اللذين سقطا في احتجاجات الأسبوع الماضي."),
])
def test_a_death_told_as_what_came_before_a_protest_is_not_its_toll(text):
    protests = [m for m in _coded(text) if m.event_type in ("Protests", "Riots")]
    assert protests and all(m.fatalities in (0, None) for m in protests)


def test_a_death_of_this_events_wounds_is_no_prior_death():
    from types import SimpleNamespace

    from marsad.events.coder import _is_prior_death

    text = ("قُتل جندي بانفجار عبوة ناسفة في الطارمية أمس. وفي وقت لاحق ارتفع عدد القتلى إلى اثنين بعد وفاة شاب "
            "متأثراً بجروحه، وفي اليوم نفسه خرجت مسيرة بعد وفاة شاب في السجن.")
    ctx = SimpleNamespace(article=SimpleNamespace(text=text))
    deaths = [f for f in extract_figures(text) if f.surface == "وفاة شاب"]
    assert [_is_prior_death(ctx, f) for f in deaths] == [False, True]


def test_a_wounded_man_who_died_later_still_counts_in_the_toll():
    text = ("وكالة الرافدين\n\n"
            "قُتل ثلاثة جنود، مساء أمس، بانفجار عبوة ناسفة استهدفت دورية للجيش في قضاء الطارمية، وارتفعت الحصيلة "
            "إلى أربعة قتلى بعد وفاة جريح متأثراً بجراحه.")
    blasts = [m for m in _coded(text) if m.event_type == "Explosions/Remote violence"]
    assert [m.fatalities for m in blasts] == [4]


def test_a_similar_stand_in_another_town_is_a_second_protest():
    text = ("هسبريس الجهة\n\n"
            "نظمت تنسيقية الأساتذة المتعاقدين، أمس الأربعاء، وقفة احتجاجية أمام مقر البرلمان في الرباط للمطالبة "
            "بالإدماج في الوظيفة العمومية.\n\n"
            "وفي الدار البيضاء، نظم أساتذة آخرون وقفة مماثلة أمام مقر الأكاديمية الجهوية، مرت في أجواء هادئة.")
    protests = [m for m in _coded(text, published="2026-03-12") if m.event_type == "Protests"]
    assert sorted(m.location for m in protests) == ["Casablanca, Casablanca-Settat", "Rabat, Rabat-Sale-Kenitra"]


@pytest.mark.parametrize("text", [
    "موقع الرأي\n\nيحتاج المنتخب إلى وقفة مع الذات بعد الخسارة الثقيلة أمس في الرباط، كما قال المدرب للصحافيين.",
    "أخبار الحج\n\nيستعد ملايين الحجاج لوقفة عرفات يوم الخميس المقبل وسط إجراءات تنظيمية مشددة في مكة.",
])
def test_a_bare_stand_without_protest_words_is_no_protest(text):
    assert [m for m in _coded(text) if m.event_type == "Protests"] == []


def test_the_cause_a_protest_stands_with_casts_no_vote_for_the_article_country():
    text = ("بوابة النيل\n\n"
            "تضامن مع غزة على سلم نقابة الصحفيين\n\n"
            "نظم العشرات وقفة احتجاجية على سلم نقابة الصحفيين بوسط القاهرة عصر أمس، تضامناً مع أهالي قطاع غزة "
            "ورفضاً لاستمرار الحرب على غزة، قبل أن تفرقهم قوات الأمن.")
    protests = [m for m in _coded(text) if m.event_type == "Protests"]
    assert [(m.country, m.location) for m in protests] == [("Egypt", "Cairo")]


def test_a_name_after_a_person_noun_is_the_persons_not_a_place():
    text = ("مرصد حقوقي\n\n"
            "تحولت جنازة في مدينة بيرانشهر بعد ظهر الثلاثاء إلى تجمع احتجاجي، قبل أن تتدخل قوات الأمن وتطلق الغاز "
            "المسيل للدموع لتفريق المحتجين، ما أسفر عن إصابة الشاب آرين م. بجروح.")
    protests = [m for m in _coded(text) if m.event_type == "Protests"]
    assert [m.location for m in protests] == ["Piranshahr, West Azarbaijan"]


def test_trucks_heading_to_a_town_are_not_at_the_scene_of_the_road_block():
    text = ("الجنوب أونلاين\n\n"
            "احتج، صباح أمس، العشرات من الشباب البطالين بمدينة تقرت، حيث أقدموا على غلق الطريق الوطني رقم 3 "
            "بالحجارة والعجلات المطاطية المشتعلة، ما تسبب في طوابير طويلة من الشاحنات المتجهة نحو حاسي مسعود.")
    protests = [m for m in _coded(text) if m.event_type in ("Protests", "Riots")]
    assert protests and all(m.location.startswith("Touggourt") for m in protests)


def test_a_call_against_what_targets_stability_is_no_attack():
    text = ("الجنوب أونلاين\n\n"
            "أكد مصدر من الولاية أمس أن أبواب الحوار مفتوحة، داعيا الشباب إلى عدم الانسياق وراء الدعوات التي تستهدف "
            "استقرار المنطقة وأمن المواطنين في تقرت.")
    assert _coded(text) == []


def test_a_town_read_outside_the_province_the_text_names_is_not_pinned():
    text = ("جولان نت\n\n"
            "أفادت مصادر محلية أمس بأن القوات الإسرائيلية أنشأت نقطة عسكرية جديدة على تلة مشرفة على بلدة الحميدية "
            "في ريف القنيطرة، تضم سواتر ترابية وأبراج مراقبة.")
    coded = _coded(text)
    assert coded and all(m.admin1 != "Tartus" and m.location != "Al Hamidiyah, Tartus" for m in coded)


def test_last_week_is_coded_at_its_middle_day_with_week_precision():
    text = ("جولان نت\n\n"
            "أنهت القوات الإسرائيلية الأسبوع الماضي إنشاء نقطة عسكرية جديدة قرب بلدة خان أرنبة في ريف القنيطرة.")
    coded = _coded(text, published="2025-02-12")  # a Wednesday: last week ran from Saturday 1 to Friday 7 February
    assert [(m.event_date, m.time_precision) for m in coded] == [("2025-02-04", 2)]


@pytest.mark.parametrize("text", [
    ("صوت البصرة\n\nأطلقت قيادة شرطة البصرة اليوم حملة لشراء الأسلحة من المواطنين، وقال قائد الشرطة إن الحملة تشمل "
     "الرشاشات والقاذفات وقنابر الهاون التي يجري تسليمها في مراكز الأقضية."),
    ("كونا\n\nاندلع حريق محدود صباح اليوم في إحدى وحدات مصفاة ميناء الأحمدي، وتمكنت فرق الإطفاء من السيطرة عليه "
     "خلال أقل من ساعة."),
    ("الجيش اللبناني\n\nدعا الجيش اللبناني اليوم الصيادين في البقاع إلى الإبلاغ الفوري عن أي قذيفة يعثرون عليها في "
     "الحقول المحاذية للحدود."),
    ("نادي الأسير\n\nقال نادي الأسير الفلسطيني في تقريره الشهري الصادر اليوم إن القوات الإسرائيلية نفذت خلال شهر "
     "تشرين الأول الماضي نحو 640 حالة اعتقال في الضفة الغربية."),
    ("سانا\n\nعاد مهرجان بصرى الدولي مساء أمس إلى المسرح الروماني في مدينة بصرى الشام بعرض ملحمي يجسد معركة "
     "اليرموك شارك فيه مئتا ممثل وفارس."),
])
def test_weapons_handed_in_a_fire_brought_under_control_any_shell_a_monthly_tally_and_a_staged_battle_are_no_events(
        text):
    assert _coded(text) == []


def test_a_province_named_after_its_capital_that_a_town_lies_in_is_not_the_scene():
    text = ("نيامي، 22 يونيو 2026 (الصحراء الكبرى) – أعلنت وزارة الدفاع النيجرية، مساء أمس الأحد، أن جيشها تصدى يوم "
            "السبت لهجوم شنه مسلحون على دورية قرب مدينة والام في منطقة تيلابيري غربي البلاد، فيما قُتل أربعة جنود.")
    clashes = _battles(text, published="2026-06-22")
    assert [m.location for m in clashes] == ["Ouallam, Tillaberi"]


@pytest.mark.parametrize("text", [
    ("جيبوتي الآن\n\nسُمع دوي انفجارات متتالية فجر أمس في مستودع للذخيرة تابع للجيش قرب مدينة علي صبيح. وقالت وزارة "
     "الدفاع إن الانفجار نجم عن اشتعال ذاتي لذخائر قديمة بفعل درجات الحرارة، مؤكدة أن لا علاقة له بأي عمل عدائي."),
    ("المال والأعمال\n\nتحولت قاعة التداول في البورصة المصرية أمس إلى \"ساحة معركة\" بحسب وصف أحد الوسطاء، بعد هبوط "
     "حاد في أسعار الأسهم."),
    ("الرباط 24\n\nوسيخضع المجندون لتكوين عسكري أساسي يشمل الرماية واستعمال الأسلحة الخفيفة وتقنيات القتال، على أن "
     "تمتد الخدمة اثني عشر شهراً."),
    ("إير إنفو\n\nأُفرج أمس عن سائق نيجري يعمل لدى منظمة إنسانية، كان قد اختُطف على يد مسلحين مجهولين قرب مدينة "
     "أغاديس في أكتوبر الماضي، ووصل مساء أمس إلى مطار أغاديس.\n\nوكانت المنظمة قد علقت أنشطتها في المنطقة عقب "
     "اختطافه، ولا تُعرف الجهة التي احتجزته طوال أشهر احتجازه."),
])
def test_an_accidental_blast_a_quoted_battlefield_military_training_and_a_release_are_no_events(text):
    assert _coded(text, published="2026-02-05") == []


def test_a_pluperfect_act_of_this_week_is_still_an_event():
    text = ("إير إنفو\n\nوكانت قوات الأمن قد اعتقلت مساء أمس الأربعاء خمسة مشتبه بهم في مدينة أغاديس، بحسب مصدر أمني.")
    assert [m.sub_event_type for m in _coded(text, published="2026-02-05")] == ["Arrests"]


def test_state_forces_killing_takfiri_elements_who_fired_first_is_a_clash():
    text = ("الأهرام اليوم\n\nرصدت عناصر حرس الحدود يوم الخميس الماضي تحرك سيارات دفع رباعي جنوب واحة سيوة، وعند محاولة "
            "استيقافها بادرت العناصر المسلحة بإطلاق النيران، وجرى التعامل معها مما أسفر عن مقتل 4 عناصر تكفيرية.")
    coded = _coded(text, published="2026-05-03")
    assert [(m.event_type, m.fatalities) for m in coded] == [("Battles", 4)]


def test_dozens_of_citizens_beating_two_suspects_is_mob_violence():
    text = ("الفجر الجزائري\n\nتعرض شابان مساء الأربعاء لاعتداء عنيف بالعصي والحجارة من قبل عشرات المواطنين بقرية "
            "تابعة لبلدية عزازقة بولاية تيزي وزو، بعد أن اتهمهما بعض السكان بإضرام النار في الغابة.")
    assert [m.sub_event_type for m in _coded(text, published="2026-08-14")] == ["Mob violence"]


def test_a_name_two_countries_share_is_read_in_the_country_of_the_state_forces_told():
    text = ("طرابلس اليوم\n\n"
            "شهدت مدينة طرابلس مساء أمس ليلة متوترة، إذ أقدم عشرات الشبان على إحراق الإطارات عند مستديرة نهر أبو علي "
            "احتجاجاً على انقطاع الكهرباء.\n\n"
            "وتدخلت وحدات من الجيش اللبناني لتفريق المحتجين وأطلقت النار في الهواء، فرد بعضهم برشق العسكريين بالحجارة.")
    coded = _coded(text, published="2026-01-12")
    assert coded and {m.country for m in coded} == {"Lebanon"}
