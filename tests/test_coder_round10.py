"""Round 10 of the event coder (issue #4): who attacked whom. An army that suffered or repelled an attack is its
target; a group that claims it, or that residents or officials blame, is its attacker; police who broke up a feud
are not a side of it; one actor is never on both sides. Rules alone: the learned filter is tested elsewhere."""

from pathlib import Path

from marsad.evaluate import load_gold
from marsad.events.coder import EventCoder
from marsad.events.predict import code_text

DEV_GOLD = Path(__file__).resolve().parent / "gold_dev"

PUBLISHED = "2025-03-12"
MALI_ARMY = "Military Forces of Mali (2021-)"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"


def _coded(text: str, published: str = PUBLISHED):
    return code_text("round10", text, published=published, coder=EventCoder.default(mention_filter=False))


def _of_type(text: str, event_type: str, published: str = PUBLISHED):
    return [m for m in _coded(text, published).mentions if m.event_type == event_type]


def _evidence(mention, field):
    return [e.text for e in mention.evidence if e.field == field]


def test_an_army_unit_ambushed_is_the_target_and_the_group_that_claims_it_the_attacker():
    text = ("باماكو – الأربعاء 12 مارس 2025\n\n"
            "أعلنت القوات المسلحة المالية في بيان أن قافلة تابعة لها \"تعرضت لكمين إرهابي\" صباح الثلاثاء قرب بلدة "
            "ديابالي في منطقة سيغو، ما أدى إلى مقتل خمسة جنود.\n\n"
            "وتبنت جماعة نصرة الإسلام والمسلمين الكمين في بيان نشرته على منصاتها.")
    clashes = _of_type(text, "Battles")
    assert [(m.actor1, m.actor2) for m in clashes] == [(JNIM, MALI_ARMY)]
    assert _evidence(clashes[0], "actor1") == ["جماعة نصرة الإسلام والمسلمين"]


def test_an_attack_repelled_that_nobody_claims_has_an_unidentified_attacker():
    text = ("باماكو – الأربعاء 12 مارس 2025\n\n"
            "قال الجيش المالي إن وحداته صدت فجر الثلاثاء هجوما استهدف معسكره في مدينة نيورو دو ساحل بمنطقة كاي، "
            "وإن ثلاثة جنود قتلوا في الاشتباك.")
    clashes = _of_type(text, "Battles")
    assert [(m.actor1, m.actor2) for m in clashes] == [("Unidentified Armed Group (Mali)", MALI_ARMY)]


def test_a_group_residents_blame_is_the_attacker_of_a_massacre_its_report_leaves_unnamed():
    text = ("واغادوغو – الأربعاء 12 مارس 2025\n\n"
            "قتل مسلحون مجهولون صباح الثلاثاء أحد عشر مدنيا في قرية قرب بلدة بارسالوغو شمال بوركينا فاسو، بعدما "
            "فتحوا النار على سكان تجمعوا عند بئر الماء.\n\n"
            "وأفاد ناجون بأن المهاجمين وصلوا على دراجات نارية وأحرقوا عددا من الأكواخ قبل انسحابهم.\n\n"
            "ونسب السكان الهجوم إلى جماعة نصرة الإسلام والمسلمين التي تنشط في المنطقة منذ سنوات.")
    attacks = _of_type(text, "Violence against civilians")
    assert attacks and attacks[0].actor1 == JNIM


def test_a_group_an_official_holds_responsible_is_the_attacker_of_a_strike_told_without_one():
    text = ("عطبرة – الأربعاء 12 مارس 2025\n\n"
            "استهدفت طائرات مسيرة فجر الثلاثاء محطة الكهرباء الرئيسية في مدينة عطبرة بولاية نهر النيل، ما تسبب "
            "في انقطاع التيار عن أحياء واسعة.\n\n"
            "وحمّلت حكومة الولاية قوات الدعم السريع المسؤولية عن الهجوم، في حين لم تعلق الأخيرة.")
    strikes = _of_type(text, "Explosions/Remote violence")
    assert strikes and strikes[0].actor1 == "Rapid Support Forces (RSF)"


def test_a_claim_with_the_group_between_verb_and_noun_is_recorded_and_names_the_attacker():
    text = ("مقديشو – الأربعاء 12 مارس 2025\n\n"
            "قتل أربعة أشخاص في انفجار عبوة ناسفة استهدفت حافلة صغيرة على طريق أفجوي غرب العاصمة مقديشو الثلاثاء.\n\n"
            "وأعلنت حركة الشباب في بيان مقتضب مسؤوليتها عن التفجير.")
    result = _coded(text)
    blasts = [m for m in result.mentions if m.event_type == "Explosions/Remote violence"]
    assert blasts and blasts[0].actor1 == "Al Shabaab"
    assert any(c.kind == "responsibility_claim" and c.claimant == "Al Shabaab" for c in result.claims)


def test_police_who_broke_up_a_feud_between_two_families_are_not_a_side_of_it():
    text = ("أسيوط – الأربعاء 12 مارس 2025\n\n"
            "قُتل شخصان وأصيب خمسة آخرون في تبادل لإطلاق النار بين عائلتين بإحدى قرى مركز أبنوب مساء الثلاثاء، "
            "وتدخلت قوات الأمن للسيطرة على الموقف.")
    clashes = _of_type(text, "Battles")
    militia = "Unidentified Clan Militia (Egypt)"
    assert [(m.actor1, m.actor2) for m in clashes] == [(militia, militia)]


def test_an_ambush_the_army_reports_without_naming_the_attackers_is_coded_attacker_first():
    text = ("باماكو – الأربعاء 12 مارس 2025\n\n"
            "أعلنت القوات المسلحة المالية، في بيان تلاه الناطق باسمها مساء أمس على التلفزيون الرسمي، أن قافلة "
            "لوجستية تابعة لها \"تعرضت لكمين إرهابي\" صباح الثلاثاء على المحور الرابط بين نيونو وديابالي في منطقة "
            "سيغو.\n\n"
            "وأوضح البيان أن القوات المسلحة المالية \"ردت بقوة\" وتمكنت من تحييد ستة عشر إرهابيا، فيما قتل خمسة جنود.")
    clashes = _of_type(text, "Battles")
    assert [(m.actor1, m.actor2, m.fatalities) for m in clashes] == [("Unidentified Armed Group (Mali)", MALI_ARMY, 21)]


def test_no_named_actor_is_on_both_sides_of_an_event_in_the_dev_set():
    # two clans or two unnamed groups may fight each other (a template on both sides); a named actor may not
    coder = EventCoder.default(mention_filter=False)
    both_sides = []
    for article in load_gold(DEV_GOLD):
        for mention in code_text(article.id, article.text, published=article.published, coder=coder).mentions:
            if mention.actor1 and mention.actor1 == mention.actor2 and not mention.actor1.startswith("Unidentified"):
                both_sides.append((article.id, mention.event_type, mention.actor1))
    assert both_sides == []
