"""Coder round 12 (issue #4): a running tally ("منذ بدء الحرب", "منذ سريان الاتفاق") is no event's toll, an age is
no count of the dead, and a shelling told "من دون أن يُبلَّغ عن إصابات" killed nobody. Rules alone."""

from marsad.events.coder import EventCoder
from marsad.events.predict import code_text


def _coded(text: str, published: str | None = "2025-05-07"):
    """The rules' mentions of `text`; pass published=None to let the page date itself."""
    return code_text("round12", text, published=published, coder=EventCoder.default(mention_filter=False)).mentions


def test_a_running_tally_after_the_event_is_not_its_toll():
    text = ("الجنوب اليوم | أخبار\n\n"
            "غارة مسيّرة على سيارة في بلدة يارون\n\n"
            "استهدفت مسيّرة إسرائيلية ظهر اليوم الأربعاء سيارة عند مدخل بلدة يارون في قضاء بنت جبيل، ما أدى إلى "
            "مقتل مواطنين اثنين، وفق وزارة الصحة.\n\n"
            "وبحسب الوزارة، قُتل أكثر من 230 شخصاً في غارات إسرائيلية على جنوب لبنان منذ سريان اتفاق وقف إطلاق "
            "النار.")
    strikes = [m for m in _coded(text) if m.event_type == "Explosions/Remote violence"]
    assert [m.fatalities for m in strikes] == [2]


def test_a_war_total_raised_by_the_same_report_is_not_the_strike_toll():
    text = ("وكالة الساحل للأنباء\n\n"
            "دير البلح، 7 أيار/مايو 2025 (الساحل) – قُتل ستة فلسطينيين، بينهم طفلان، فجر اليوم في غارة جوية "
            "إسرائيلية على منزل في مدينة دير البلح وسط قطاع غزة، بحسب مصادر طبية.\n\n"
            "وأفادت وزارة الصحة بأن الحصيلة الإجمالية ارتفعت إلى أكثر من 52 ألف قتيل منذ بدء الحرب.")
    strikes = [m for m in _coded(text) if m.event_type == "Explosions/Remote violence"]
    assert [m.fatalities for m in strikes] == [6]


def test_a_toll_since_dawn_is_still_the_event_toll():
    text = ("صوت الجزيرة\n\n"
            "الحسكة – صوت الجزيرة\n\n"
            "قُتل سبعة مسلحين على الأقل في اشتباكات مستمرة منذ فجر اليوم بين قوات سوريا الديمقراطية ومسلحين من "
            "العشائر في بلدة الشحيل بريف دير الزور الشرقي.")
    battles = [m for m in _coded(text) if m.event_type == "Battles"]
    assert [m.fatalities for m in battles] == [7]


def test_an_age_after_a_single_death_is_not_a_count():
    text = ("مرصد الشمال\n\n"
            "حماة – مرصد الشمال\n\n"
            "انفجر لغم أرضي من مخلفات الحرب صباح الثلاثاء قرب بلدة كفرزيتا في ريف حماة الشمالي، ما أسفر عن مقتل "
            "مزارع في الستين من عمره وإصابة حفيده بجروح.")
    blasts = [m for m in _coded(text) if m.event_type == "Explosions/Remote violence"]
    assert [m.fatalities for m in blasts] == [1]


def test_a_shelling_no_injury_was_reported_from_killed_nobody():
    text = ("راديو الجنوب\n\n"
            "سقطت قذائف مدفعية إسرائيلية عدة بعد ظهر اليوم على الأطراف الجنوبية لبلدة شبعا في قضاء حاصبيا، من دون "
            "أن يُبلَّغ عن إصابات، بحسب مراسلنا في المنطقة.")
    shelling = [m for m in _coded(text) if m.event_type == "Explosions/Remote violence"]
    assert [m.fatalities for m in shelling] == [0]


def test_sources_that_disagree_on_a_toll_give_the_lower_figure():
    text = ("نيالا اليوم | أخبار دارفور\n\n"
            "قصف على سوق في نيالا وتضارب في عدد الضحايا\n\n"
            "قُتل 18 شخصاً بينهم أطفال صباح أمس الثلاثاء جراء قصف مدفعي استهدف السوق الكبير في مدينة نيالا بولاية "
            "جنوب دارفور، بحسب لجنة محامي الطوارئ. "
            "غير أن وزارة الصحة في الولاية أعلنت في وقت لاحق تسجيل 11 قتيلاً و30 جريحاً في المستشفى التعليمي.")
    shelling = [m for m in _coded(text) if m.event_type == "Explosions/Remote violence"]
    assert shelling and shelling[0].fatalities == 11
    assert "sources disagree" in shelling[0].explanation
    assert {f["coded"] for f in shelling[0].figures if f["counts"] == "killed"} >= {11, 18}  # both kept and shown


def test_a_contrast_that_adds_other_victims_disputes_no_toll():
    text = ("صدى الشمال\n\n"
            "غوساو – صدى الشمال\n\n"
            "أعلن سلاح الجو أن طائراته قصفت صباح الأحد معسكراً لقطاع الطرق قرب بلدة تسافي، ما أسفر عن مقتل 20 "
            "مسلحاً. غير أن سكاناً قالوا إن الغارة أصابت أيضاً منزلاً قريباً، ما أدى إلى مقتل ثلاثة مدنيين.")
    strikes = [m for m in _coded(text) if m.event_type == "Explosions/Remote violence"]
    assert strikes and strikes[0].fatalities != 3


def test_a_number_told_later_replaces_a_vague_toll_of_the_same_event():
    text = ("نيالا اليوم | أخبار دارفور\n\n"
            "قصف على سوق في نيالا\n\n"
            "قُتل عدد من المدنيين صباح أمس الثلاثاء جراء قصف مدفعي استهدف السوق الكبير في مدينة نيالا بولاية جنوب "
            "دارفور.\n\n"
            "وقالت لجنة محامي الطوارئ في بيان إن القذائف سقطت على محال تجارية، ما أدى إلى مقتل 18 شخصاً بينهم أطفال.")
    shelling = [m for m in _coded(text) if m.event_type == "Explosions/Remote violence"]
    assert [m.fatalities for m in shelling] == [18]


def test_a_wire_dateline_with_the_agency_after_its_date_anchors_the_weekday():
    text = ("الزاوية (ليبيا) 9 مارس 2026 (وكالة الساحل للأنباء) – قُتل ثلاثة أشخاص في اشتباكات مسلحة اندلعت ليل "
            "السبت بين مجموعتين مسلحتين في مدينة الزاوية غرب طرابلس، بحسب مصدر طبي.")
    mentions = _coded(text, published=None)
    battles = [m for m in mentions if m.event_type == "Battles"]
    assert [m.event_date for m in battles] == ["2026-03-07"]


def test_a_long_reporting_opening_dates_the_statement_not_the_clash():
    text = ("بوابة الشمال\n\n"
            "أعلن مقر «نجف أشرف» التابع للقوات البرية في الحرس الثوري الإيراني في غرب البلاد، اليوم الأربعاء، أن وحداته "
            "اشتبكت مساء أمس الثلاثاء مع مجموعة مسلحة في المرتفعات المحيطة بمدينة سردشت، ما أدى إلى مقتل أربعة "
            "مسلحين.")
    mentions = _coded(text, published="2025-07-16")
    assert [m.event_date for m in mentions if m.event_type == "Battles"] == ["2025-07-15"]


def _types(text: str, published: str):
    return [(m.event_type, m.sub_event_type) for m in _coded(text, published)]


def test_armed_settlers_attacking_homes_is_violence_against_civilians():
    text = ("قناة الضفة | نشرة الظهيرة\n\n"
            "هاجمت مجموعات من المستوطنين المسلحين المنازل الواقعة على الطرف الشرقي من بلدة ترمسعيا شمال رام الله فجر "
            "اليوم، وأحرقت مركبتين، بحسب رئيس المجلس البلدي.")
    assert ("Violence against civilians", "Attack") in _types(text, "2025-06-21")


def test_gunmen_shooting_a_pharmacist_is_violence_against_civilians():
    text = ("مرصد الفرات\n\n"
            "أطلق مسلحان مجهولان يستقلان دراجة نارية النار على صيدلاني أمام صيدليته في بلدة ذيبان بريف دير الزور "
            "الشرقي مساء أمس، ما أدى إلى إصابته بجروح خطيرة.")
    types = _types(text, "2025-09-14")
    assert ("Violence against civilians", "Attack") in types and not any(t == "Battles" for t, _ in types)


def test_a_man_killed_by_an_angry_crowd_is_mob_violence():
    text = ("أخبار كانو\n\n"
            "قُتل شاب في العشرينات من عمره على يد حشد غاضب في سوق الخضار بمدينة كانو مساء الخميس، بعد أن اتهمه باعة "
            "بسرقة هاتف.")
    assert ("Riots", "Mob violence") in _types(text, "2024-03-08")


def test_the_page_date_line_anchors_a_weekday_when_nothing_else_dates_the_page():
    text = ("شمال نيجيريا اليوم\n\n"
            "حشد غاضب يقتل رجلاً في كانو\n\n"
            "8 مارس 2024 | قسم الحوادث\n\n"
            "قُتل رجل في الثلاثينات من عمره على يد حشد غاضب في سوق الماشية بمدينة كانو يوم الأربعاء، بعد أن اتهمه تجار "
            "بالخطف.")
    mentions = _coded(text, published=None)
    assert [m.event_date for m in mentions if m.event_type == "Riots"] == ["2024-03-06"]


def test_a_death_the_rioters_protest_against_is_not_the_riot_toll():
    text = ("صوت الجنوب\n\n"
            "أصيب أربعة من رجال الأمن مساء الأربعاء خلال أعمال شغب شهدتها مدينة الكرك احتجاجاً على وفاة شاب من أبناء "
            "المدينة أثناء توقيفه، إذ أغلق عشرات الشبان الطريق الرئيسي بالإطارات المشتعلة ورشقوا قوات الدرك بالحجارة.")
    riots = [m for m in _coded(text) if m.event_type == "Riots"]
    assert [m.fatalities for m in riots] == [0]
