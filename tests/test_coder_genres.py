"""Article-level genre: an article whose headline shows a non-event genre (anniversary, review, sport, verdict,
drill or parade, analysis, appeal, disaster, domestic crime, warning, periodic report) codes no event.

Every headline and article here was written for this test (not taken from any corpus); each genre has negative rows.
"""

from __future__ import annotations

import pytest

from marsad.events.coder import EventCoder, _headline_area, _non_event_cues, validate_non_event_cues
from marsad.events.predict import code_text

BODY = ("وقال مصدر محلي إن المنطقة شهدت حركة نشطة خلال ساعات النهار، وإن السكان تابعوا الأخبار عبر الإذاعة "
        "المحلية ومواقع التواصل الاجتماعي في انتظار ما تسفر عنه الأيام المقبلة من تطورات على الأرض.")

GENRE_ROWS = [
    # commemoration, anniversaries, funerals of old victims, obituaries
    ("في الذكرى الخامسة لمجزرة السوق.. الأهالي يضيئون الشموع", "commemoration"),
    ("ثلاث سنوات على حصار المدينة: ماذا تغيّر؟", "commemoration"),
    ("تشييع رفات 12 من ضحايا المقبرة الجماعية", "commemoration"),
    ("المحافظة تحيي ذكرى القصف الكيميائي", "commemoration"),
    # warnings: one that follows an attack is news about the attack
    ("تحذيرات من هجوم وشيك على المدينة", "warning_or_plan"),
    ("بعد هجوم السجن.. تحذيرات من فرار المئات من عناصر التنظيم", None),
    ("عقب غارة على الطريق الدولي: الأمم المتحدة تحذر من نزوح جديد", None),
    ("خمسة قتلى بتفجير استهدف حفلاً في الذكرى السنوية للثورة", None),  # a fresh toll overrides
    # reviews and culture pages
    ("\"ليالي الحصار\".. رواية جديدة عن مدينة تحت القصف", "review"),
    ("فيلم وثائقي يروي يوميات مسعفين على الجبهة", "review"),
    # sport with the words of war
    ("الفريق الأحمر يقصف شباك ضيفه برباعية ويقتحم الصدارة", "sport"),
    ("دربي الشمال: هجوم كاسح وانتصار بثلاثية", "sport"),
    # trials and verdicts on old attacks
    ("المحكمة الجنائية تصدر أحكامها في قضية تفجير الجسر", "court"),
    ("الإعدام لثلاثة مدانين بهجوم على حاجز قبل أربع سنوات", "court"),
    # drills, parades, graduations
    ("رئيس الأركان يشرف على تمرين بالذخيرة الحية في الصحراء", "exercise_or_ceremony"),
    ("استعراض عسكري في العاصمة بمناسبة عيد الجيش", "exercise_or_ceremony"),
    ("حفل تخرج دفعة جديدة من ضباط الكلية الحربية", "exercise_or_ceremony"),
    # opinion, analysis, forecasts
    ("تحليل: هل تعود المعارك إلى الجبهة الشرقية؟", "opinion_or_analysis"),
    ("ماذا لو انسحبت القوات الدولية؟ خمسة سيناريوهات", "opinion_or_analysis"),
    # appeals and deals
    ("الأمم المتحدة تطلب 1.2 مليار دولار لإغاثة النازحين", "humanitarian_or_business"),
    ("الوزارة توقع عقداً لشراء طائرات تدريب", "humanitarian_or_business"),
    # disasters and accidents: their own tolls do not override
    ("12 قتيلاً في السيول التي اجتاحت الولاية", "disaster_or_accident"),
    ("مصرع 20 شخصاً في انفجار صهريج وقود على الطريق السريع", "disaster_or_accident"),
    ("وفاة طفلين في انفجار قارورة غاز داخل منزل", "disaster_or_accident"),
    # domestic crime
    ("مقتل شاب على يد شقيقه إثر خلاف على الميراث", "domestic_crime"),
    # warnings and plans; periodic reports
    ("الجيش يتوعد المسلحين بعملية واسعة ستنطلق الأسبوع المقبل", "warning_or_plan"),
    ("تقرير أممي: ارتفاع عدد الضحايا المدنيين في النصف الأول", "periodic_report"),
    # news of new violence is no genre
    ("مقتل ثلاثة جنود بهجوم على حاجز للجيش شمال المدينة", None),
    ("غارة بطائرة مسيرة تستهدف سيارة قرب الحدود", None),
    ("اشتباكات عنيفة بين فصيلين مسلحين في السوق", None),
    ("قوات الأمن تفرق تظاهرة بالغاز المسيل للدموع", None),
    # a headline that reports an arrest, a dispersal or a rising toll yields to it whatever else it says
    ("الأمن يفرق تجمعا للأهالي بالغاز... ومصدر أمني ينفي", None),
    ("إيقاف الناشط النقابي... ووقفة مساندة أمام المحكمة", None),
    ("ارتفاع حصيلة تفجير الطارمية... والقيادة تتوعد", None),
    ("تغطية مباشرة | الحرب في السودان / بقلم: فريق التغطية", None),
]


@pytest.mark.parametrize("headline, genre", GENRE_ROWS)
def test_article_genre_is_read_from_the_headline(headline, genre):
    text = f"صحيفة الأفق\nالأحد 3 مارس 2024\n\n{headline}\n\n{BODY}"
    assert _non_event_cues().article_genre(text) == genre


def test_menus_and_body_do_not_set_the_genre():
    menu = "الرئيسية | أخبار | سياسة | آراء | رياضة | منوعات"
    body_with_cues = ("قال بيان صادر عن اجتماعه الدوري إن المحكمة ستنظر في القضية، في ذكرى تأسيس الحزب، "
                      "وإن الجيش سيواصل تمرين قواته خلال الأشهر المقبلة بحسب ما أعلنه المتحدث باسمه اليوم.")
    text = f"صحيفة الأفق\n{menu}\n\nمقتل ثلاثة جنود بهجوم على حاجز للجيش\n\n{body_with_cues}"
    assert "رياضه" not in _headline_area(text, 40)
    assert _non_event_cues().article_genre(text) is None


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder.default()


ATTACK_BODY = ("قُتل ثلاثة جنود وأصيب خمسة آخرون، فجر اليوم، في هجوم شنه مسلحون على حاجز للجيش العراقي "
               "قرب قضاء الطارمية شمال بغداد، بحسب مصدر أمني.")


@pytest.mark.parametrize("headline, coded", [
    ("في الذكرى العاشرة للهجوم على حاجز الطارمية.. العائلات تطالب بالعدالة", False),
    ("المحكمة تصدر حكماً بالإعدام بحق منفذ هجوم الطارمية", False),
    ("مقتل ثلاثة جنود بهجوم على حاجز قرب الطارمية", True),
])
def test_coder_codes_nothing_in_a_non_event_genre(coder, headline, coded):
    text = f"بغداد اليوم\nالثلاثاء 12 آذار 2024\n\n{headline}\n\n{ATTACK_BODY}"
    mentions = code_text("genre", text, published="2024-03-12", coder=coder).mentions
    assert bool(mentions) is coded


def test_validator_names_a_broken_article_genre():
    data = {"version": 1, "sentence_cues": [],
            "genre": {"min_hits": 3, "max_conflict_hits": 4, "cues": ["المباراة"], "conflict_cues": ["قتلى"]},
            "article_genres": {"headline_words": "forty", "fresh_toll_cues": ["قتلى"],
                               "genres": [{"id": "sport", "toll_overrides": "yes", "cues": [], "why": ""}]}}
    problems = validate_non_event_cues(data)
    assert "article_genres.headline_words must be an integer" in problems
    assert any("toll_overrides" in p for p in problems)
    assert any("cues must be a non-empty list" in p for p in problems)
    assert any("say why" in p for p in problems)


COMMEMORATION_PAGE = """<!doctype html><html lang="ar"><head><meta charset="utf-8">
<title>في الذكرى العاشرة لمجزرة السوق.. أهالي كفرنبل يضيئون الشموع</title></head><body><article>
<p>تجمع مئات من أهالي بلدة كفرنبل بريف إدلب الجنوبي، مساء الجمعة، في ساحة البلدة حاملين الشموع وصور الضحايا الذين
سقطوا في السوق الشعبي.</p>
<p>وكان قصف جوي قد استهدف سوق البلدة الشعبي وأدى إلى مقتل 42 مدنياً بينهم نساء وأطفال، وفق ما يرويه الأهالي.</p>
<p>وقال أحد المنظمين إن الأهالي سيواصلون المطالبة بمحاسبة المسؤولين عن القصف في كل عام.</p>
</article></body></html>"""


def test_an_html_page_is_judged_by_its_title_which_extraction_leaves_out_of_the_text(tmp_path):
    from marsad.pipeline import Pipeline
    from marsad.settings import Settings
    from marsad.store import Store

    page = tmp_path / "commemoration.html"
    page.write_text(COMMEMORATION_PAGE, encoding="utf-8")
    with Store.open(str(tmp_path / "marsad.db")) as store:
        Pipeline(store, Settings()).run([str(page)])
        [article] = store.list_articles(status="ok", limit=None, with_text=True)
        assert article["title"].startswith("في الذكرى العاشرة")
        assert "الذكرى" not in article["source_text"]  # the body alone reads like a fresh air strike
        assert store.list_mentions() == []
