"""Modality (reportedness): table-driven rows per kind, scoping rules, the sentence-level helper, and seeds."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from marsad.events.modality import KINDS, ModalityRules, assess, default_path, is_reported, validate_modality

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="module")
def rules() -> ModalityRules:
    return ModalityRules.load()


def _span(sentence: str, trigger: str) -> tuple[int, int]:
    start = sentence.index(trigger)
    return start, start + len(trigger)


# (sentence, trigger text in it, article year or None, expected kind)
ROWS = [
    # --- reported (the default)
    ("اندلعت اشتباكات عنيفة بين الجيش ومسلحين في ريف درعا", "اشتباكات", None, "reported"),
    ("قتل ثلاثة مدنيين بقصف مدفعي على بلدة كفرنبل", "بقصف", None, "reported"),
    ("أعلنت الشرطة الصومالية مقتل خمسة أشخاص في تفجير انتحاري بمقديشو", "تفجير", None, "reported"),
    ("وقد قتل جنديان في الهجوم", "الهجوم", None, "reported"),
    ("لقد شن الطيران غارات مكثفة على المدينة", "غارات", None, "reported"),
    ("وكانت المعركة بدأت مساء الخميس 20 / 1/ 2022 بهجوم موسع", "بهجوم", 2022, "reported"),
    ("قال مصدر أمني في وقت سابق إن مسلحين اختطفوا ثلاثة عمال", "اختطفوا", None, "reported"),
    ("لا تزال الاشتباكات مستمرة في محيط السجن", "الاشتباكات", None, "reported"),
    ("أفاد شهود بأن قوات الأمن فرقت المتظاهرين بالغاز المسيل للدموع", "فرقت", None, "reported"),
    ("اعتقلت قوات الأمن العراقية خمسة مطلوبين في قضاء الحويجة في يناير 2022", "اعتقلت", 2022, "reported"),
    ("فقد الجيش السيطرة على البلدة بعد معارك", "معارك", None, "reported"),
    ("وفي عام 2022 قتل 300 مدني بحسب التقرير", "قتل", 2022, "reported"),
    ("حذر شديد يسود المدينة بعد اشتباكات الأمس", "اشتباكات", None, "reported"),
    ("أطلق مسلحون النار على حافلة ما أدى إلى مقتل سائقها", "مقتل", None, "reported"),
    ("تعرضت دورية للجيش لكمين في منطقة بانيبانغو", "لكمين", None, "reported"),
    # --- negated_event
    ("نفى الجيش السوداني وقوع اشتباكات في محيط القيادة العامة", "اشتباكات", None, "negated_event"),
    ("نفت وزارة الدفاع العراقية تنفيذ أي غارات جوية على قضاء سنجار", "غارات", None, "negated_event"),
    ("ينفي التحالف استهداف المدنيين في الغارة", "استهداف", None, "negated_event"),
    ("تنفي الحركة مسؤوليتها عن اغتيال الناشط", "اغتيال", None, "negated_event"),
    ("لم تشتبك القوات مع المسلحين", "تشتبك", None, "negated_event"),
    ("لم يشن الجيش أي هجوم على المدينة", "هجوم", None, "negated_event"),
    ("لم تشهد المدينة أي اشتباكات خلال الليلة الماضية", "اشتباكات", None, "negated_event"),
    ("لا صحة لما تداولته مواقع عن اختطاف صحفي في بنغازي", "اختطاف", None, "negated_event"),
    ("الأنباء عن قصف المخيم عارية عن الصحة", "قصف", None, "negated_event"),
    ("ما تم تداوله بشأن اعتقال ناشطين عار عن الصحة", "اعتقال", None, "negated_event"),
    ("أكدت الشرطة عدم وقوع اشتباكات في الحي", "اشتباكات", None, "negated_event"),
    ("لم يتم اعتقال أي من المحتجين", "اعتقال", None, "negated_event"),
    ("لم تقع اشتباكات في المدينة منذ أسبوع", "اشتباكات", None, "negated_event"),
    ("فندت القيادة ادعاءات عن سقوط البلدة بيد المتمردين", "سقوط", None, "negated_event"),
    ("الأخبار عن انسحاب القوات من المدينة شائعات", "انسحاب", None, "negated_event"),
    # --- negated_outcome (an event with zero casualties)
    ("انفجرت عبوة ناسفة على طريق بيجي، ولم تسجل إصابات", "انفجرت", None, "negated_outcome"),
    ("لم يسفر الهجوم عن وقوع إصابات", "الهجوم", None, "negated_outcome"),
    ("سقطت قذيفتا هاون على حي سكني دون وقوع إصابات", "سقطت", None, "negated_outcome"),
    ("انفجرت عبوة لاصقة بسيارة مدنية دون إصابات", "انفجرت", None, "negated_outcome"),
    ("استهدفت مسيرة مقرا عسكريا ولم يصب أحد بأذى", "استهدفت", None, "negated_outcome"),
    ("أطلق مسلحون النار على دورية، لم ترد أنباء عن إصابات", "النار", None, "negated_outcome"),
    ("شنت طائرات التحالف غارة على مخزن سلاح اقتصرت الأضرار على الماديات", "غارة", None, "negated_outcome"),
    ("انفجر لغم أرضي بآلية عسكرية مع عدم وقوع إصابات في صفوف الجنود", "لغم", None, "negated_outcome"),
    ("تعرض مبنى البلدية لقصف صاروخي لم يخلف ضحايا", "لقصف", None, "negated_outcome"),
    ("وقال الجيش إن الهجوم لم يسفر عن سقوط ضحايا", "الهجوم", None, "negated_outcome"),
    # --- threat
    ("داعش يهدد بهجمات على مراكز احتجاز عناصره", "بهجمات", None, "threat"),
    ("هددت حركة الشباب بشن هجمات في نيروبي", "هجمات", None, "threat"),
    ("توعد الحوثيون باستهداف السفن في البحر الأحمر", "باستهداف", None, "threat"),
    ("حذرت الأمم المتحدة من هجوم وشيك على مدينة الفاشر", "هجوم", None, "threat"),
    ("يتوعد التنظيم بعمليات انتحارية في رمضان", "انتحارية", None, "threat"),
    ("تحذيرات من اقتحام المخيم من قبل الميليشيات", "اقتحام", None, "threat"),
    ("وحذر خبراء من أن التنظيم قد يهاجم السجون", "يهاجم", None, "threat"),
    ("لوحت أنقرة بعملية عسكرية جديدة شمال سوريا", "عملية عسكرية", None, "threat"),
    ("أنذرت القوات السكان بإخلاء منازلهم قبل قصف الحي", "قصف", None, "threat"),
    ("هدد مسلحون بذبح الرهائن إذا لم تدفع الفدية", "بذبح", None, "threat"),
    # --- plan_future
    ("ستشن القوات هجوما على المدينة خلال أيام", "هجوما", None, "plan_future"),
    ("سيتم اعتقال كل من يخالف حظر التجوال", "اعتقال", None, "plan_future"),
    ("سوف يقصف الطيران مواقع المسلحين", "يقصف", None, "plan_future"),
    ("تعتزم الحكومة تنفيذ عملية عسكرية في جبل مرة", "عملية عسكرية", None, "plan_future"),
    ("يستعد الجيش لاقتحام آخر معاقل المتمردين", "لاقتحام", None, "plan_future"),
    ("من المقرر أن تنظم النقابات وقفة احتجاجية أمام البرلمان", "وقفة احتجاجية", None, "plan_future"),
    ("دعا تجمع المهنيين إلى مظاهرات حاشدة في الخرطوم", "مظاهرات", None, "plan_future"),
    ("ينظم الأساتذة اعتصاما مفتوحا الأسبوع المقبل", "اعتصاما", None, "plan_future"),
    ("تخطط الميليشيا لاجتياح القرى المجاورة", "لاجتياح", None, "plan_future"),
    ("سنرد على أي قصف يستهدف قواتنا", "قصف", None, "plan_future"),
    ("دعوات للتظاهر غدا في ساحة الشهداء", "للتظاهر", None, "plan_future"),
    ("لن نقبل بأي اتفاق هدنة مع المتمردين", "هدنة", None, "plan_future"),
    # --- conditional
    ("إذا هاجم المسلحون القرية فسنرد بقوة", "هاجم", None, "conditional"),
    ("في حال اندلاع اشتباكات جديدة ستغلق المعابر", "اشتباكات", None, "conditional"),
    ("لو انسحب الجيش من المدينة لسقطت بيد المتمردين", "انسحب", None, "conditional"),
    ("ما لم تتوقف الغارات فلن تنجح المفاوضات", "الغارات", None, "conditional"),
    ("لولا تدخل الجيش لوقعت مجزرة في القرية", "مجزرة", None, "conditional"),
    ("وإذا ما تجددت المعارك فإن آلاف الأسر ستنزح", "المعارك", None, "conditional"),
    ("في حال تعرضت السفن لهجوم فإن البحرية سترد", "لهجوم", None, "conditional"),
    ("إن لم تتوقف الاعتقالات ستعلن النقابة الإضراب", "الاعتقالات", None, "conditional"),
    # --- question
    ("هل تشن تركيا هجوما جديدا على شمال سوريا؟", "هجوما", None, "question"),
    ("ماذا كان هدف داعش من هجومه على الحسكة ؟", "هجومه", None, "question"),
    ("هل انتهت المعارك في الخرطوم", "المعارك", None, "question"),
    ("فهل كان التنظيم يستطيع تنفيذ الهجوم دون دعم محلي", "الهجوم", None, "question"),
    ("ماذا لو اندلعت اشتباكات بين الحليفين", "اشتباكات", None, "question"),
    ("من يقف وراء اغتيال الناشط في درعا؟", "اغتيال", None, "question"),
    ("ويتساءل مراقبون عما إذا كان الهجوم بداية عودة التنظيم", "الهجوم", None, "question"),
    ("أليس القصف المتواصل على المدنيين جريمة حرب", "القصف", None, "question"),
    # --- hypothetical / opinion
    ("قد يعيد التنظيم تكرار سيناريو الهجوم على السجون", "الهجوم", None, "hypothetical"),
    ("ربما تتجدد الاشتباكات في أي لحظة", "الاشتباكات", None, "hypothetical"),
    ("من المحتمل أن تشن إسرائيل غارات جديدة", "غارات", None, "hypothetical"),
    ("يرى محللون أن الهجوم على الفاشر مسألة وقت", "الهجوم", None, "hypothetical"),
    ("يعتقد مسؤولون أن الاغتيال سيؤدي إلى تصعيد", "الاغتيال", None, "hypothetical"),
    ("يخشى السكان من اقتحام المدينة من قبل الميليشيات", "اقتحام", None, "hypothetical"),
    ("يمكن أن تؤدي الاحتجاجات إلى شلل العاصمة", "الاحتجاجات", None, "hypothetical"),
    ("لا يستبعد مراقبون اندلاع مواجهات مسلحة بين الفصيلين", "مواجهات مسلحة", None, "hypothetical"),
    ("يتوقع خبراء تصاعد الهجمات في منطقة الساحل", "الهجمات", None, "hypothetical"),
    ("فقد يكون القصف رسالة إلى أنقرة", "القصف", None, "hypothetical"),
    # --- history
    ("في عام 2014 اجتاح التنظيم مدينة الموصل", "اجتاح", None, "history"),
    ("تميزت العملية بأنها الأعنف بعد هزيمته في الباغوز 2019", "هزيمته", 2022, "history"),
    ("منذ عام 2011 قتل مئات الآلاف في الحرب", "قتل", None, "history"),
    ("قبل سنوات شهدت المدينة معارك طاحنة", "معارك", None, "history"),
    ("في مثل هذا اليوم اغتيل رئيس الوزراء رفيق الحريري", "اغتيل", None, "history"),
    ("في مثل هذا اليوم من عام 2005 دوى انفجار في بيروت، واغتيل رئيس الوزراء", "واغتيل", None, "history"),
    ("يحيي السكان ذكرى مجزرة حماة", "مجزرة", None, "history"),
    ("وكان التنظيم سيطر على المدينة في يونيو 2014", "سيطر", 2022, "history"),
    ("خلال الحرب الأهلية قصفت الطائرات المدينة مرارا", "قصفت", None, "history"),
    ("وشهدت المنطقة هجوما سابقا أودى بحياة عشرة جنود", "هجوما", None, "history"),
    ("في الثمانينيات شهدت البلدة اشتباكات دامية", "اشتباكات", None, "history"),
    ("قبل عامين اختطف مسلحون عشرات الطلاب من المدرسة ذاتها", "اختطف", None, "history"),
    ("وتعود المدينة إلى الواجهة بعد أن سقطت في يد التنظيم عام 2015", "سقطت في يد", None, "history"),
    # --- reported_speech_claim
    ("زعم التنظيم أنه قتل عشرة جنود في الهجوم", "قتل", None, "reported_speech_claim"),
    ("ادعت الميليشيا إسقاط طائرة مسيرة تابعة للجيش", "إسقاط", None, "reported_speech_claim"),
    ("بحسب مزاعم الحركة فإن مقاتليها سيطروا على البلدة", "سيطروا", None, "reported_speech_claim"),
    ("يدعي الجيش أن الغارة استهدفت مخزن أسلحة", "الغارة", None, "reported_speech_claim"),
    # --- attempted
    ("نجا محافظ عدن من محاولة اغتيال", "اغتيال", None, "attempted"),
    ("حاول مسلحون اقتحام السجن المركزي", "اقتحام", None, "attempted"),
    ("فشل هجوم للمتمردين على مطار المدينة", "هجوم", None, "attempted"),
    ("محاولة اختطاف فاشلة لطفل في حي الأندلس", "اختطاف", None, "attempted"),
    ("وباءت محاولة التسلل بالفشل", "التسلل", None, "attempted"),
    # --- foiled
    ("أحبطت القوات الأمنية هجوما انتحاريا على حاجز للجيش", "هجوما", None, "foiled"),
    ("تمكنت الشرطة من إحباط تفجير سيارة مفخخة في كركوك", "تفجير", None, "foiled"),
    ("فككت فرق الهندسة العبوة قبل انفجارها", "انفجارها", None, "foiled"),
    ("أفشلت الاستخبارات مخططا لاغتيال مسؤول محلي", "لاغتيال", None, "foiled"),
    # --- scope: clause breaks keep a cue away from a reported trigger
    ("نفى الجيش وقوع انسحاب من المدينة وقال إن الاشتباكات أسفرت عن مقتل جنديين", "الاشتباكات", None, "reported"),
    ("نفى الجيش وقوع انسحاب من المدينة وقال إن الاشتباكات أسفرت عن مقتل جنديين", "انسحاب", None, "negated_event"),
    ("نفت الحركة أي علاقة لها بالتفجير، وأكدت أن الاشتباكات مستمرة", "الاشتباكات", None, "reported"),
    ("توعد الحوثيون بالرد على الغارات التي استهدفت صنعاء", "الغارات", None, "reported"),
    ("هددت الحركة بالانتقام بعد مقتل قائدها في غارة", "غارة", None, "reported"),
    ("حذرت المنظمة من تدهور الأوضاع إثر القصف العنيف على المدينة", "القصف", None, "reported"),
    ("ستعقد اللجنة اجتماعا بينما تتواصل الاشتباكات في الضواحي", "الاشتباكات", None, "reported"),
    ("لن تنجح المفاوضات. وقتل خمسة جنود في هجوم مساء أمس", "هجوم", None, "reported"),
    ("هدد المسلحون السكان ثم اقتحموا القرية وأحرقوا المنازل", "اقتحموا", None, "reported"),
    ("في حين نفى الجيش ذلك، قتل ثلاثة مدنيين في القصف", "القصف", None, "reported"),
    ("قال المتحدث إن التنظيم قد يعيد تنظيم صفوفه، لكن الهجوم وقع بالفعل", "الهجوم", None, "reported"),
    ("وذكرت مصادر أن الاشتباكات التي وقعت عام 2014 لم تتكرر، بينما تتواصل المعارك", "المعارك", None, "reported"),
    ("حذرت الأمم المتحدة من مجاعة، وقصفت الطائرات سوقا شعبيا", "وقصفت", None, "reported"),
    ("يحيي السكان ذكرى المجزرة فيما قتل ثلاثة في اشتباكات جديدة", "اشتباكات", None, "reported"),
    # --- scope: distance and side
    ("لم تتمكن الفرق من الوصول إلى الموقع الذي شهد اشتباكات عنيفة", "اشتباكات", None, "reported"),
    ("لم يعلن أحد مسؤوليته حتى الآن عن التفجير الذي هز السوق", "التفجير", None, "reported"),
    ("قتل مسلحون ثلاثة مدنيين بعد أن هددوهم بالسلاح", "قتل", None, "reported"),
    ("الاشتباكات التي اندلعت أمس أسفرت عن مقتل جنديين ولم تنف القيادة ذلك", "الاشتباكات", None, "reported"),
    ("اغتيال قائد سابق في الجيش الحر بدرعا", "اغتيال", None, "reported"),
    # --- history depends on the article year
    ("اعتقلت الشرطة خمسة مشتبه بهم في يناير 2022", "اعتقلت", 2022, "reported"),
    ("اعتقلت الشرطة خمسة مشتبه بهم في يناير 2019", "اعتقلت", 2022, "history"),
    ("اعتقلت الشرطة خمسة مشتبه بهم في يناير 2019", "اعتقلت", None, "reported"),
    ("أسفرت معارك 2016 عن دمار واسع في حلب", "معارك", 2023, "history"),
]


@pytest.mark.parametrize(("sentence", "trigger", "article_year", "kind"), ROWS)
def test_assess(rules, sentence, trigger, article_year, kind):
    modality = assess(sentence, _span(sentence, trigger), article_year=article_year, rules=rules)
    assert modality.kind == kind, modality


def test_every_kind_has_rows():
    assert {row[3] for row in ROWS} == set(KINDS)


def test_cue_span_points_at_the_cue_in_the_sentence(rules):
    sentence = "نفت وزارة الدفاع تنفيذ أي غارات جوية"
    modality = assess(sentence, _span(sentence, "غارات"), rules=rules)
    assert modality.cue_span is not None and sentence[slice(*modality.cue_span)] == modality.cue_surface == "نفت"


def test_negated_outcome_is_an_event_and_negated_event_is_not(rules):
    outcome = assess("لم يسفر الهجوم عن إصابات", (7, 13), rules=rules)
    denied = assess("نفى الجيش وقوع الهجوم", (15, 21), rules=rules)
    assert (outcome.kind, outcome.is_event) == ("negated_outcome", True)
    assert (denied.kind, denied.is_event) == ("negated_event", False)


def test_claim_is_an_event_with_lower_confidence(rules):
    sentence = "زعم التنظيم أنه قتل عشرة جنود"
    modality = assess(sentence, _span(sentence, "قتل"), rules=rules)
    assert modality.is_event and modality.confidence < 1.0


def test_trigger_that_is_itself_a_cue_is_not_governed_by_it(rules):
    sentence = "أحبطت القوات الأمنية هجوما انتحاريا"
    assert assess(sentence, _span(sentence, "أحبطت"), rules=rules).kind == "reported"


SENTENCES = [
    ("اندلعت اشتباكات عنيفة بين الجيش ومسلحين في ريف درعا الغربي", None, True),
    ("قتل ثلاثة مدنيين بغارة جوية على بلدة في ريف إدلب", None, True),
    ("خرج الآلاف في مظاهرات حاشدة في الخرطوم للمطالبة بالحكم المدني", None, True),
    ("انفجرت عبوة ناسفة على طريق بيجي، ولم تسجل إصابات", None, True),
    ("نفى الجيش وقوع انسحاب وقال إن الاشتباكات أسفرت عن مقتل جنديين", None, True),
    ("أحبطت القوات الأمنية هجوما انتحاريا على حاجز للجيش", None, True),
    ("داعش يهدد بهجمات على مراكز احتجاز عناصره", None, False),
    ("هل تشن تركيا هجوما جديدا على شمال سوريا؟", None, False),
    ("في عام 2014 اجتاح التنظيم مدينة الموصل", None, False),
    ("نفت وزارة الدفاع تنفيذ أي غارات جوية على سنجار", None, False),
    ("سجل المهاجم هدف الفوز بعد هجوم منظم في الدقيقة 90 من المباراة", None, False),
    ("تحذر الأمم المتحدة من انفجار سكاني في المدن الكبرى", None, False),
    ("وقعت مصر اتفاقية تجارية مع الاتحاد الأوروبي", None, False),
    ("أطلقت وزارة الصحة حملة تطعيم في المدارس", None, False),
]


@pytest.mark.parametrize(("sentence", "article_year", "expected"), SENTENCES)
def test_is_reported(rules, sentence, article_year, expected):
    assert is_reported(sentence, article_year=article_year, rules=rules) is expected


def test_is_reported_can_be_limited_to_event_types(rules):
    sentence = "اعتقلت الشرطة خمسة أشخاص في بغداد"
    assert is_reported(sentence, rules=rules)
    assert not is_reported(sentence, event_types={"Battles", "Protests"}, rules=rules)


def test_packaged_modality_rules_validate():
    assert validate_modality() == []


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d["cues"].append({"id": "x", "kind": "rumour", "forms": ["يقال"]}), "is not one of"),
        (lambda d: d["cues"].append(dict(d["cues"][1])), "duplicate id"),
        (lambda d: d["cues"][1].update(position="inside"), "position must be"),
        (lambda d: d["patterns"].append({"id": "p", "kind": "history", "regex": "(unclosed"}), "bad regular expression"),
        (lambda d: d["priority"].remove("threat"), "priority must list"),
    ],
)
def test_validator_reports_problems(tmp_path, mutate, expected):
    data = yaml.safe_load(default_path().read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / "modality.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert any(expected in problem for problem in validate_modality(path))


SEED_ROWS = [
    # (phrase that locates the seed sentence, trigger in it, article year, expected kind)
    ("داعش يهدد بهجمات", "بهجمات", 2022, "threat"),
    ("بعد هزيمته في الباغوز 2019", "هزيمته", 2022, "history"),
    ("ماذا كان هدف داعش من هجومه", "هجومه", 2022, "question"),
    ("قد يعيد تكرار سيناريو الحسكة ويهاجم السجون", "ويهاجم", 2022, "hypothetical"),
    ("تستمر الاشتباكات بين التنظيم", "الاشتباكات", 2022, "reported"),
]


@pytest.mark.parametrize(("phrase", "trigger", "article_year", "kind"), SEED_ROWS)
def test_seed_sentences(rules, phrase, trigger, article_year, kind):
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not present on this machine")
    from marsad.lang.ar.sentences import split_sentences

    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    sentences = [s.text for text in texts for s in split_sentences(text) if phrase in s.text]
    assert sentences, phrase
    sentence = sentences[0]
    assert assess(sentence, _span(sentence, trigger), article_year=article_year, rules=rules).kind == kind


def test_warning_by_experts_in_the_seed_is_not_a_reported_attack(rules):
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not present on this machine")
    from marsad.lang.ar.sentences import split_sentences

    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    (sentence,) = [s.text for text in texts for s in split_sentences(text) if "وحذر خبراء" in s.text][:1]
    assert not is_reported(sentence, article_year=2022, rules=rules)
