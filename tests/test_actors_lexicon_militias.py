"""Ethnic and tribal militias as the news names them: tribe names after armed heads, and the same words left alone
where they name a people, a place or a person."""

from __future__ import annotations

import pytest

from marsad.text.actors import ActorResolver, Lexicon

HAWAZMA = "Hawazma Ethnic Militia (Sudan)"
MISSERIYA = "Misseriya Ethnic Militia (Sudan)"
RIZEIGAT = "Rizeigat Ethnic Militia (Sudan)"
MASALIT = "Masalit Ethnic Militia (Sudan)"
HAUSA = "Hausa Ethnic Militia (Sudan)"
FUNJ = "Funj Ethnic Militia (Sudan)"
DINKA = "Dinka Ethnic Militia (South Sudan)"
MURLE = "Murle Ethnic Militia (South Sudan)"
NUER = "White Army (Nuer Ethnic Militia)"
DRUZE = "Druze Militia (Syria)"
BEDOUIN = "Bedouin Tribal Militia (Syria)"
FULANI_MALI = "Fulani Ethnic Militia (Mali)"
FULANI_NIGERIA = "Fulani Ethnic Militia (Nigeria)"
DOGON = "Dan Na Ambassagou"
TUAREG_MALI = "Tuareg Ethnic Militia (Mali)"
TUAREG_LIBYA = "Tuareg Ethnic Militia (Libya)"
TEBU = "Tebu Ethnic Militia (Libya)"
ZINTAN = "Zintan Militias"
MISRATA = "Misrata Militias"


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver(Lexicon.load())


def _names(resolver: ActorResolver, text: str, country: str) -> list[str]:
    return [mention.actor.name_en for mention in resolver.resolve(text, country=country, date="2024-06-01")]


# (text, article country, militias expected among the actors named, in text order)
MILITIA_ROWS = [
    # --- Sudan ---
    ("أغار مسلحون من الحوازمة على سوق الماشية في أطراف البلدة", "Sudan", [HAWAZMA]),
    ("هاجم فرسان من المسيرية فرقان الحوازمة جنوب المدينة فجراً", "Sudan", [MISSERIYA, HAWAZMA]),
    ("وتصدى مسلحو الحوازمة للمهاجمين قرب الوادي", "Sudan", [HAWAZMA]),
    # heads that begin with a letter a proclitic could be (ف)
    ("أحرق فرسان من الرزيقات عدداً من المنازل في القرية", "Sudan", [RIZEIGAT]),
    ("وصلت فرقان المساليت إلى أطراف المدينة مساء أمس", "Sudan", [MASALIT]),
    ("قتل راعيان في هجوم نفذه مسلحو المسيرية على مراح للإبل", "Sudan", [MISSERIYA]),
    ("اتهم الأهالي شباباً من الرزيقات بحرق القرية", "Sudan", [RIZEIGAT]),
    ("وأطلق مسلحون من المساليت النار على دورية في الطريق", "Sudan", [MASALIT]),
    ("تجددت المواجهات بين مسلحين من الهوسا ومسلحين من الفونج في الروصيرص", "Sudan", [HAUSA, FUNJ]),
    # --- South Sudan ---
    ("هاجم شباب الدينكا معسكراً للماشية في المقاطعة", "South Sudan", [DINKA]),
    ("تبادل المهاجمون إطلاق النار مع مسلحين من مجتمع الدينكا بور", "South Sudan", [DINKA]),
    ("نهب شباب المورلي مئات الأبقار من معسكر قرب بيبور", "South Sudan", [MURLE]),
    ("قتل ستة أشخاص في هجوم شنه مسلحين من قبيلة المورلي على قرية", "South Sudan", [MURLE]),
    ("وقال المفوض إن المورلي المسلحين انسحبوا باتجاه الشرق", "South Sudan", [MURLE]),
    ("تقدم مسلحو النوير نحو بلدة الناصر", "South Sudan", [NUER]),
    ("اشتبك شباب لو نوير مع القوات الحكومية", "South Sudan", [NUER]),
    # --- Syria ---
    ("ردت فصائل محلية درزية بقطع الطريق الدولي", "Syria", [DRUZE]),
    ("اندلعت اشتباكات بين مسلحو العشائر البدوية ومسلحون دروز في حي المقوس", "Syria", [BEDOUIN, DRUZE]),
    ("واستهدف مسلحين من العشائر البدوية حاجزاً على طريق دمشق", "Syria", [BEDOUIN]),
    ("وقال شهود إن مسلحين بدو خطفوا سائقي شاحنات", "Syria", [BEDOUIN]),
    # --- Sahel and Nigeria ---
    ("هاجم مسلحون من الفولاني قرية في منطقة موبتي", "Mali", [FULANI_MALI]),
    ("أحرق شباب من الفولاني منازل في القرية", "Burkina Faso", [FULANI_MALI]),
    ("قتل مسلحون من الفولاني ثلاثة مزارعين في ولاية بينوي", "Nigeria", [FULANI_NIGERIA]),
    ("اتهمت جمعية الفولاني مسلحين من الدوغون بحرق قرية في بانكاس", "Mali", [DOGON]),
    ("وقتل صيادو الدوغون عدداً من الرعاة", "Mali", [DOGON]),
    ("اشتبك مسلحون من الطوارق مع الجيش قرب كيدال", "Mali", [TUAREG_MALI]),
    # --- Libya ---
    ("اشتبك مسلحون من الطوارق مع دورية في أوباري", "Libya", [TUAREG_LIBYA]),
    ("هاجم شباب التبو مقراً أمنياً في مرزق", "Libya", [TEBU]),
    ("اندلعت اشتباكات بين مسلحين من الزنتان ومسلحي مصراتة قرب المطار", "Libya", [ZINTAN, MISRATA]),
]


@pytest.mark.parametrize(("text", "country", "expected"), MILITIA_ROWS)
def test_tribal_militia_named_by_the_tribe_after_an_armed_head(resolver, text, country, expected):
    names = _names(resolver, text, country)
    assert [name for name in names if name in expected] == expected, names


# the same words naming a people, a place, a person or a civic body: no militia
ORDINARY_ROWS = [
    ("ينتمي نحو ثلث سكان الولاية إلى قبيلة الحوازمة التي تعمل في الرعي", "Sudan"),
    ("زار وفد من نظار المسيرية الخرطوم لبحث ملف التعليم", "Sudan"),
    ("تعد الدينكا أكبر المجموعات العرقية في البلاد", "South Sudan"),
    ("يسكن المورلي منطقة بيبور الإدارية منذ قرون", "South Sudan"),
    ("احتفل أبناء الطائفة الدرزية بعيد الأضحى في السويداء", "Syria"),
    ("تشتهر العشائر البدوية في البادية بتربية الإبل", "Iraq"),
    ("افتتح مهرجان ثقافي للفولاني في نيامي بحضور الوزير", "Niger"),
    ("أقيم في باماكو معرض لفنون الدوغون التقليدية", "Mali"),
    ("وصل رئيس بلدية الزنتان إلى طرابلس في زيارة رسمية", "Libya"),
    ("أعلن نادي مصراتة فوزه في مباراة الأمس", "Libya"),
    ("حضر شيوخ من التبو حفل توقيع اتفاق المصالحة", "Libya"),
]

MILITIAS = {HAWAZMA, MISSERIYA, RIZEIGAT, MASALIT, HAUSA, FUNJ, DINKA, MURLE, NUER, DRUZE, BEDOUIN, FULANI_MALI,
            FULANI_NIGERIA, DOGON, TUAREG_MALI, TUAREG_LIBYA, TEBU, ZINTAN, MISRATA}


@pytest.mark.parametrize(("text", "country"), ORDINARY_ROWS)
def test_tribe_or_town_named_without_arms_is_not_a_militia(resolver, text, country):
    names = _names(resolver, text, country)
    assert not MILITIAS & set(names), names


def test_murle_militia_is_an_identity_militia_of_south_sudan():
    actor = next(a for a in Lexicon.load().actors.values() if a.name_en == MURLE)
    assert (actor.kind, actor.country) == ("identity_militia", "South Sudan")
