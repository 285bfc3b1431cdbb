"""Coder round 11 (issue #4): a toll only the headline states goes on the event the headline tells, and an event
the text gives no day for takes the report's day at week precision. Rules alone."""

from marsad.events.coder import EventCoder
from marsad.events.predict import code_text


def _coded(text: str):
    return code_text("round11", text, published="2025-06-10", coder=EventCoder.default(mention_filter=False))


def test_a_toll_only_the_headline_states_goes_on_the_event_it_tells():
    text = ("صدى الشمال | أخبار محلية\n\n"
            "مقتل 6 أشخاص في هجوم مسلح على سوق للمواشي في منطقة كاتسينا\n\n"
            "كاتسينا – صدى الشمال\n\n"
            "هاجم مسلحون على دراجات نارية ظهر الإثنين سوقاً للمواشي في بلدة دانموسا بولاية كاتسينا شمال غربي نيجيريا، "
            "وأطلقوا النار عشوائياً على التجار والمتسوقين قبل أن يفروا بعدد من الأبقار.\n\n"
            "وقال أحد التجار إن الهجوم استمر نحو نصف ساعة وإن الشرطة وصلت بعد انسحاب المهاجمين.")
    mentions = _coded(text)
    assert mentions.mentions
    main = mentions.mentions[0]
    assert main.fatalities == 6
    assert [e.text for e in main.evidence if e.field == "fatalities"] == ["6 أشخاص"]
    assert "headline" in main.explanation


def test_the_headline_toll_does_not_replace_a_toll_the_body_gives_or_spread_over_several_events():
    text = ("مرصد الجنوب\n\n"
            "حصيلة اليوم: سبعة قتلى في حادثين منفصلين بريف درعا\n\n"
            "درعا – مرصد الجنوب\n\n"
            "قتل أربعة عناصر من الأمن العام صباح اليوم بانفجار عبوة ناسفة استهدفت دوريتهم قرب بلدة المزيريب.\n\n"
            "وفي حادث منفصل، أطلق مسلحون مجهولون النار على سيارة في مدينة جاسم مساء اليوم، ما أدى إلى مقتل ثلاثة "
            "أشخاص كانوا على متنها.")
    tolls = sorted(m.fatalities for m in _coded(text).mentions if m.fatalities)
    assert tolls == [3, 4]


def test_a_protest_whose_headline_tells_a_death_is_not_coded_with_none():
    text = ("صوت المكلا\n\n"
            "وفاة متظاهر برصاص قوات الأمن في احتجاجات على انقطاع المياه بالشحر\n\n"
            "الشحر – صوت المكلا\n\n"
            "فرّقت قوات الأمن مساء الأحد مئات المحتجين الذين تجمعوا أمام مبنى المديرية في مدينة الشحر احتجاجاً على "
            "انقطاع المياه منذ أسبوعين، مستخدمة الرصاص الحي والغاز المسيل للدموع.")
    protests = [m for m in _coded(text).mentions if m.event_type == "Protests"]
    assert [m.fatalities for m in protests] == [1]


def _shelling(text: str):
    """The shelling mentions the rules code in a page dated only by its date line."""
    return [m for m in code_text("round11", text, coder=EventCoder.default(mention_filter=False)).mentions
            if m.sub_event_type == "Shelling/artillery/missile attack"]


def test_an_event_told_without_a_day_takes_the_report_day_at_week_precision():
    text = ("شبكة أخبار تعز\n\nالسبت 14 حزيران 2025\n\n"
            "قصف مدفعي حوثي يستهدف حي الروضة في مدينة تعز\n\n"
            "تعز – شبكة أخبار تعز\n\n"
            "استهدفت جماعة الحوثي بقذائف المدفعية حي الروضة شرقي مدينة تعز، ما أدى إلى أضرار في عدد من المنازل، "
            "بحسب مصادر محلية.")
    shelling = _shelling(text)
    assert [(m.event_date, m.time_precision) for m in shelling] == [("2025-06-14", 2)]
    assert [e.text for e in shelling[0].evidence if e.field == "event_date"] == ["السبت 14 حزيران 2025"]
    assert "report" in shelling[0].explanation


def test_an_event_with_its_own_day_keeps_it_at_day_precision():
    text = ("شبكة أخبار تعز\n\nالسبت 14 حزيران 2025\n\n"
            "تعز – شبكة أخبار تعز\n\n"
            "استهدفت جماعة الحوثي مساء أمس الجمعة بقذائف المدفعية حي الروضة شرقي مدينة تعز، ما أدى إلى أضرار في "
            "عدد من المنازل.")
    shelling = _shelling(text)
    assert [(m.event_date, m.time_precision) for m in shelling] == [("2025-06-13", 1)]
