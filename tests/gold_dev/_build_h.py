"""Build and validate the dev gold set, part H (tests/gold_dev/h_*.json): the retired first held-out set.

These 49 articles were written blind, as marsad's first held-out set: their author did not read the coder
(src/marsad/events/**), its trigger, modality or non-event cue lexicons. They were scored twice as a held-out set
(session 2 of 2026-11, F1 0.57 then 0.70) and retired into the dev set on 2026-11-23, when a new blind held-out set
replaced them in tests/gold_holdout; see README_part_h.md. All texts are original and fictional (invented incidents
at real places, fictional outlets with .example domains).
Run:  python tests/gold_dev/_build_h.py          (write the files, then validate them)
      python tests/gold_dev/_build_h.py --check  (only validate the files on disk)
Checks: every h_*.json parses and has the gold keys; every evidence span occurs verbatim in its text; incident is
null exactly when there are no events; event types/sub-event types are in the ACLED taxonomy; dates are ISO and not
after publication; coordinates lie in the rough bounding box of the event's country; actor names are canonical
names of the actor lexicon (in the era of the event date) or listed in ALLOWED_ACTORS; the files on disk are
exactly the articles defined here.
"""
from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, home of gold_tools
import gold_tools  # noqa: E402
from gold_tools import (  # noqa: E402
    B, E, P, R, S, V, add_article, civ, make_event, protesters, rioters, uag,
)

OUT = Path(__file__).resolve().parent

# ACLED-style names used here that the actor lexicon does not know (yet); everything else must be canonical.
ALLOWED_ACTORS = {
    "Murle Ethnic Militia (South Sudan)",
}

# canonical actor names (src/marsad/data/actors)
SYR_OLD = "Military Forces of Syria (2000-2024)"
SYR_POL_NEW = "Police Forces of Syria (2024-)"
SDF = "Syrian Democratic Forces (SDF)"
TRIBES_SY = "Arab Tribal Forces (Syria)"
IRQ_POL_18 = "Police Forces of Iraq (2018-2022)"
ISIS = "Islamic State (ISIS)"
TUR = "Military Forces of Turkey"
PKK = "Kurdistan Workers' Party (PKK)"
ISR = "Military Forces of Israel"
HEZ = "Hezbollah"
FATAH = "Fatah Movement"
JUND_SHAM = "Jund al-Sham"
SETTLERS = "Settlers (Israel)"
TULKARM = "Tulkarm Brigade"
HOUTHI = "Ansar Allah (Houthis)"
YEM = "Military Forces of Yemen (2022-)"
YEM_POL = "Police Forces of Yemen (2022-)"
RADA = "Radaa Special Deterrence Force (RADA)"
SSA = "Stability Support Apparatus (SSA)"
EGY_POL = "Police Forces of Egypt (2014-)"
SAF = "Military Forces of Sudan (2019-)"
RSF = "Rapid Support Forces (RSF)"
MURLE = "Murle Ethnic Militia (South Sudan)"
SOM = "Military Forces of Somalia (2022-)"
SHB = "Al Shabaab"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"
MLI = "Military Forces of Mali (2021-)"
BFA = "Military Forces of Burkina Faso (2022-)"
ISSP = "Islamic State Sahel Province (ISSP)"
NER = "Military Forces of Niger (2023-)"
NGA = "Military Forces of Nigeria (2023-)"
ISWAP = "Islamic State West Africa Province (ISWAP)"
BANDITS = "Bandits (Nigeria)"
TCD_POL = "Police Forces of Chad (2021-)"
DZA = "Military Forces of Algeria"
JOR_POL = "Police Forces of Jordan"
LBN_POL = "Police Forces of Lebanon"


# place key -> (country, admin1, location, lat, lon); coordinates from general knowledge, cross-checked against
# `marsad gazetteer lookup` where it knows the place (several of these it does not know).
PLACES = {
    # Syria
    "ariha": ("Syria", "Idlib", "Ariha, Idlib", 35.81, 36.61),
    "dhiban": ("Syria", "Deir ez-Zor", "Dhiban, Deir ez-Zor", 35.02, 40.51),
    "jasim": ("Syria", "Daraa", "Jasim, Daraa", 32.99, 36.06),
    "tallkalakh": ("Syria", "Homs", "Tall Kalakh, Homs", 34.67, 36.26),
    "homs": ("Syria", "Homs", "Homs, Homs", 34.73, 36.72),
    # Iraq
    "daquq": ("Iraq", "Kirkuk", "Daquq, Kirkuk", 35.14, 44.45),
    "nasiriyah": ("Iraq", "Dhi Qar", "Nasiriyah, Dhi Qar", 31.06, 46.26),
    "makhmour_camp": ("Iraq", "Erbil", "Makhmour Camp, Erbil", 35.76, 43.61),
    # Lebanon
    "kfar_roummane": ("Lebanon", "Nabatieh", "Kfar Roummane, Nabatieh", 33.37, 35.50),
    "khiam": ("Lebanon", "Nabatieh", "Khiam, Nabatieh", 33.33, 35.61),
    "beirut_hamra": ("Lebanon", "Beirut", "Hamra, Beirut", 33.90, 35.48),
    "beirut": ("Lebanon", "Beirut", "Beirut, Beirut", 33.89, 35.50),
    "ain_hilweh": ("Lebanon", "South", "Ain al-Hilweh Camp, South", 33.54, 35.38),
    # Palestine
    "burin": ("Palestine", "West Bank", "Burin, West Bank", 32.18, 35.25),
    "mawasi": ("Palestine", "Gaza Strip", "Al-Mawasi (Khan Yunis), Gaza Strip", 31.35, 34.27),
    "bani_suhaila": ("Palestine", "Gaza Strip", "Bani Suhaila, Gaza Strip", 31.34, 34.32),
    "nur_shams": ("Palestine", "West Bank", "Nur Shams Camp, West Bank", 32.31, 35.05),
    # Yemen
    "taiz": ("Yemen", "Taizz", "Taizz, Taizz", 13.58, 44.02),
    "raghwan": ("Yemen", "Marib", "Raghwan, Marib", 15.75, 45.20),
    "aden_mansoura": ("Yemen", "Aden", "Al-Mansoura, Aden", 12.86, 44.99),
    # Libya / Egypt / Maghreb
    "souq_juma": ("Libya", "Tripoli", "Souq al-Juma, Tripoli", 32.90, 13.23),
    "sabha": ("Libya", "Sabha", "Sabha, Sabha", 27.04, 14.43),
    "samalut": ("Egypt", "Minya", "Samalut, Minya", 28.31, 30.71),
    "el_milia": ("Algeria", "Jijel", "El Milia, Jijel", 36.75, 6.27),
    "algeria_unknown": ("Algeria", None, None, None, None),
    # Sudan / South Sudan / Somalia
    "el_fasher": ("Sudan", "North Darfur", "El Fasher, North Darfur", 13.63, 25.35),
    "suki": ("Sudan", "Sennar", "Al-Suki, Sennar", 13.32, 33.88),
    "bor": ("South Sudan", "Jonglei", "Bor, Jonglei", 6.21, 31.56),
    "mogadishu": ("Somalia", "Banadir", "Mogadishu, Banadir", 2.04, 45.34),
    "bulo_burte": ("Somalia", "Hiraan", "Bulo Burte, Hiraan", 3.85, 45.57),
    # Sahel / Lake Chad
    "douentza": ("Mali", "Mopti", "Douentza, Mopti", 15.00, -2.95),
    "lere": ("Mali", "Timbuktu", "Lere, Timbuktu", 15.71, -4.91),
    "djibo": ("Burkina Faso", "Sahel", "Djibo, Sahel", 14.10, -1.63),
    "tera": ("Niger", "Tillaberi", "Tera, Tillaberi", 14.01, 0.75),
    "gotheye": ("Niger", "Tillaberi", "Gotheye, Tillaberi", 13.86, 1.57),
    "maru": ("Nigeria", "Zamfara", "Maru, Zamfara", 12.33, 6.40),
    "marte": ("Nigeria", "Borno", "Marte, Borno", 12.37, 13.83),
    "abeche": ("Chad", "Ouaddai", "Abeche, Ouaddai", 13.83, 20.83),
    # Jordan
    "amman_rabieh": ("Jordan", "Amman", "Al-Rabiah, Amman", 31.98, 35.87),
}


ev = partial(make_event, PLACES)
ARTICLES: dict[str, dict] = {}
art = partial(add_article, ARTICLES)


# ====================================================================================================== Syria
art("h_sy_idlib_ariha_drone_wire", """
إدلب، 21 تشرين الثاني 2023 (وكالة الشمال السوري للأنباء) – قُتل مدنيان وأصيب ثالث بجروح خطيرة، صباح اليوم الثلاثاء، إثر استهداف سيارتهم بطائرة مسيّرة انتحارية أطلقتها قوات النظام السوري على الطريق الواصل بين مدينة أريحا وقرية كنصفرة في ريف إدلب الجنوبي.

وقال مسؤول في فرق الدفاع المدني العاملة في المنطقة لمراسلنا إن الضحيتين عاملان في قطاف الزيتون كانا متوجهين إلى أرضهما برفقة صاحب السيارة، مشيراً إلى أن الفرق نقلت الجريح إلى المستشفى الوطني في مدينة إدلب حيث يخضع لعملية جراحية.

ويأتي الاستهداف ضمن تصعيد تشهده قرى جبل الزاوية ومحيط أريحا منذ مطلع الشهر الجاري، إذ باتت المسيّرات الصغيرة المحمّلة بالمتفجرات تلاحق المزارعين والسيارات المدنية على الطرق المكشوفة، بحسب ناشطين محليين، الأمر الذي دفع عشرات العائلات إلى تأجيل موسم القطاف.

(انتهى)
""",
    url="https://nsna.example/ar/news/2023/11/21/ariha-drone", outlet="North Syria News Agency",
    published="2023-11-21", incident="sy-idlib-ariha-drone-car-2023-11-21",
    events=[
        ev(E, "Air/drone strike", "2023-11-21", SYR_OLD, civ("Syria"), "ariha", 2,
           "إثر استهداف سيارتهم بطائرة مسيّرة انتحارية أطلقتها قوات النظام السوري على الطريق الواصل بين مدينة أريحا "
           "وقرية كنصفرة"),
    ],
    notes="Wire dispatch, 'اليوم الثلاثاء' = dateline day 2023-11-21. Loitering munition launched by government forces "
          "-> Air/drone strike. The road runs between Ariha and Kansafra; coded at Ariha (the named town; geo "
          "precision 2). Two dead, one wounded -> 2. The 'escalation since the start of the month' is background.")

art("h_sy_deir_ezzor_dhiban_liveblog", """
شرق الفرات لايف | تغطية متواصلة

التوتر في ريف دير الزور الشرقي.. تحديثات لحظة بلحظة
آخر تحديث: الأحد 15 أيار/مايو 2022 – 19:10 بتوقيت دمشق

19:10
مصادر محلية: قوات سوريا الديمقراطية (قسد) تستعيد السيطرة على كامل بلدة ذيبان بعد انسحاب مقاتلي العشائر باتجاه البادية، وتفرض حظراً للتجوال في البلدة حتى إشعار آخر.

17:45
مقتل امرأة برصاص طائش داخل منزلها في الحارة الشرقية من ذيبان، ومقتل اثنين من مقاتلي العشائر في اشتباكات عند مدخل البلدة الشمالي، بحسب ناشطين.

13:20
قسد تدفع بتعزيزات عسكرية من قاعدة حقل العمر باتجاه ذيبان، وسماع أصوات اشتباكات بالأسلحة المتوسطة والرشاشات الثقيلة عند أطراف البلدة منذ الظهيرة.

09:05
هدوء حذر يسود ذيبان صباح اليوم، ومقاتلو العشائر ينشرون حواجز على الطريق العام ويطالبون بالإفراج عن الوجيه العشائري الذي اعتُقل أمس.

السبت 14 أيار/مايو 2022

23:30
ناشطون: مقاتلون من أبناء العشائر العربية يسيطرون على معظم أحياء بلدة ذيبان بعد انسحاب عناصر قسد من ثلاث نقاط عسكرية ومبنى البلدية، إثر اشتباكات استمرت منذ العصر.

21:00
ارتفاع حصيلة قتلى قسد في اشتباكات ذيبان إلى ثلاثة عناصر، وفق مصدر طبي في مستشفى البلدة.

16:40
اندلاع اشتباكات بين مسلحين من العشائر وعناصر من قسد في ذيبان، عقب مداهمة نفذتها قسد فجر اليوم واعتقلت خلالها أحد وجهاء العشائر من منزله.

—
تابعونا على منصاتنا | أرسل خبراً | سياسة الخصوصية
""",
    url="https://east-euphrates-live.example/live/deir-ezzor-2022-05-15", outlet="East Euphrates Live",
    published="2022-05-15", incident="sy-deir-ezzor-dhiban-tribal-sdf-2022-05",
    events=[
        ev(B, "Non-state actor overtakes territory", "2022-05-14", TRIBES_SY, SDF, "dhiban", 3,
           "مقاتلون من أبناء العشائر العربية يسيطرون على معظم أحياء بلدة ذيبان بعد انسحاب عناصر قسد من ثلاث نقاط "
           "عسكرية ومبنى البلدية"),
        ev(B, "Non-state actor overtakes territory", "2022-05-15", SDF, TRIBES_SY, "dhiban", 3,
           "قوات سوريا الديمقراطية (قسد) تستعيد السيطرة على كامل بلدة ذيبان بعد انسحاب مقاتلي العشائر باتجاه البادية"),
        ev(S, "Arrests", "2022-05-14", SDF, civ("Syria"), "dhiban", None,
           "عقب مداهمة نفذتها قسد فجر اليوم واعتقلت خلالها أحد وجهاء العشائر من منزله", optional=True),
    ],
    notes="Live blog in reverse order; the 'السبت 14 أيار' header dates the older entries. Day 1 (2022-05-14): clashes "
          "from the afternoon end with tribal fighters taking most of Dhiban -> Non-state actor overtakes territory "
          "(precedes Armed clash); toll 3 SDF members. Day 2 (2022-05-15): SDF retakes the town (SDF is non-state, so "
          "again 'Non-state actor overtakes territory'); 2 tribal fighters + 1 woman killed by stray fire = 3. The "
          "dawn arrest of the tribal notable is optional. The curfew and the 09:05 roadblocks are not coded.")

art("h_sy_daraa_jasim_ied_hijri", """
شبكة سهل حوران
الأحد 16 رمضان 1443 هـ – 17 نيسان 2022 م

اغتيال مختار حي في جاسم بعبوة ناسفة قبيل الإفطار

قُتل مختار الحي الغربي في مدينة جاسم بريف درعا الشمالي، وابن شقيقه، مساء أمس السبت، جراء انفجار عبوة ناسفة زُرعت على جانب الطريق لحظة مرورهما على دراجة نارية قرب دوار البلدية، قبل نحو نصف ساعة من موعد أذان المغرب.

وقال مراسل الشبكة إن الانفجار أدى أيضاً إلى إصابة أحد المارة بجروح متوسطة نُقل على إثرها إلى مشفى مدينة نوى، فيما طوّق مسلحون محليون المكان ومنعوا الاقتراب منه خشية وجود عبوة ثانية.

ولم تتبنَّ أي جهة العملية حتى ساعة إعداد هذا الخبر. وكان المختار، وهو في الخمسينات من عمره، قد شارك في لجان التفاوض المحلية خلال تسوية عام 2018، وسبق أن نجا من محاولة اغتيال بإطلاق نار قبل نحو عام.

وبحسب إحصائية الشبكة، شهدت محافظة درعا منذ مطلع العام الجاري 47 عملية ومحاولة اغتيال، قضى فيها 38 شخصاً بين مدنيين وعسكريين ومقاتلين سابقين في فصائل المعارضة.

اقرأ أيضاً:
- الأمم المتحدة: تراجع حاد في تمويل الاستجابة الإنسانية جنوبي سوريا
- ارتفاع أسعار الخبز في درعا للمرة الثانية خلال شهر
""",
    url="https://sahl-hawran.example/2022/04/17/jasim-mukhtar", outlet="Sahl Hawran Network",
    published="2022-04-17", incident="sy-daraa-jasim-ied-mukhtar-2022-04-16",
    events=[
        ev(E, "Remote explosive/landmine/IED", "2022-04-16", uag("Syria"), civ("Syria"), "jasim", 2,
           "جراء انفجار عبوة ناسفة زُرعت على جانب الطريق لحظة مرورهما على دراجة نارية قرب دوار البلدية"),
    ],
    notes="Page dated by both calendars (16 Ramadan 1443 = 2022-04-17); 'مساء أمس السبت' = 2022-04-16. Roadside IED "
          "kills a neighbourhood mukhtar (a civilian local official) and his nephew -> 2; unclaimed -> Unidentified "
          "Armed Group (Syria). The 2018 settlement, the earlier attempt on his life and the 47-attacks tally are "
          "background; the 'اقرأ أيضاً' block is boilerplate.")

art("h_sy_homs_tallkalakh_checkpoint_2025", """
حمص اليوم – الرئيسية | محليات | أمن | اقتصاد | رياضة

الداخلية: مقتل عنصرين من الأمن العام بهجوم على حاجز في تلكلخ

الأربعاء 19 شباط 2025

أعلنت وزارة الداخلية السورية، في بيان نشرته على معرفاتها الرسمية اليوم الأربعاء، مقتل عنصرين من جهاز الأمن العام وإصابة ثلاثة آخرين، إثر هجوم شنته "مجموعة مسلحة من فلول النظام البائد" على حاجز للأمن العام عند المدخل الشمالي لمدينة تلكلخ بريف حمص الغربي، مساء أمس الثلاثاء.

وأضاف البيان أن عناصر الحاجز اشتبكوا مع المهاجمين لأكثر من نصف ساعة، ما أسفر عن مقتل أحدهم وإلقاء القبض على اثنين آخرين، بينما فرّ الباقون باتجاه البساتين القريبة من الحدود اللبنانية، وتجري ملاحقتهم.

وفي سياق متصل، نفذت وحدات من الأمن العام صباح اليوم حملة تفتيش في حيي الوعر وكرم الزيتون بمدينة حمص، أوقفت خلالها تسعة أشخاص قالت إنهم "مطلوبون بجرائم جنائية وانتهاكات بحق المدنيين"، وصادرت أسلحة فردية وذخائر.

وتشهد أرياف حمص الغربية منذ مطلع العام هجمات متفرقة تستهدف الحواجز والدوريات، تتهم السلطات بتنفيذها مجموعات مرتبطة بالحكومة السابقة.

شارك: فيسبوك | إكس | واتساب | نسخ الرابط
""",
    url="https://homs-today.example/security/2025/02/19/tallkalakh", outlet="Homs Today",
    published="2025-02-19", incident="sy-homs-tallkalakh-checkpoint-attack-2025-02-18",
    events=[
        ev(B, "Armed clash", "2025-02-18", uag("Syria"), SYR_POL_NEW, "tallkalakh", 3,
           "إثر هجوم شنته \"مجموعة مسلحة من فلول النظام البائد\" على حاجز للأمن العام عند المدخل الشمالي لمدينة تلكلخ"),
        ev(S, "Arrests", "2025-02-19", SYR_POL_NEW, None, "homs", None,
           "نفذت وحدات من الأمن العام صباح اليوم حملة تفتيش في حيي الوعر وكرم الزيتون بمدينة حمص، أوقفت خلالها تسعة "
           "أشخاص",
           optional=True),
    ],
    notes="Post-2024 Syria: General Security -> 'Police Forces of Syria (2024-)'. Attack on a checkpoint with a "
          "30-minute exchange of fire -> Armed clash on 2025-02-18 ('مساء أمس الثلاثاء'), 2 security + 1 attacker = 3 "
          "killed (attackers counted). Attackers are only described as 'remnants of the former regime' -> "
          "Unidentified Armed Group (Syria); the two captured attackers are part of the clash. The search campaign "
          "in Homs city (9 detained, 2025-02-19) is optional.")

# ====================================================================================================== Iraq
art("h_iq_kirkuk_daquq_isis_attack", """
بوابة كركوك نيوز
الرئيسية | أخبار كركوك | العراق | تقارير | فيديو | اتصل بنا

استشهاد منتسبَين في الشرطة الاتحادية بهجوم لداعش جنوبي كركوك

كركوك – بوابة كركوك نيوز | الثلاثاء 9 آذار 2021

استشهد منتسبان في الشرطة الاتحادية وأصيب ثلاثة آخرون، فجر اليوم الثلاثاء، بهجوم شنه عناصر من عصابات داعش الإرهابية على نقطة مرابطة في إحدى القرى التابعة لقضاء داقوق جنوبي محافظة كركوك.

وقال مصدر أمني للبوابة إن المهاجمين استخدموا أسلحة قنص وقاذفات ضد الدروع، واشتبكت معهم القوة الماسكة للنقطة لنحو ساعة قبل أن يلوذوا بالفرار باتجاه المناطق الوعرة الممتدة نحو وادي الشاي، مضيفاً أن قوة من الرد السريع وصلت إلى المكان وباشرت عمليات تفتيش في القرى المجاورة.

ولم تعلن خلية الإعلام الأمني حتى الآن تفاصيل إضافية عن الهجوم، فيما نُقل الجرحى إلى مستشفى كركوك العام.

الأكثر قراءة
1. مقتل راعي أغنام بانفجار لغم قديم في الحويجة
2. اعتقال متهم بتفجير أبراج الطاقة في الرياض
3. الأنواء الجوية: أمطار رعدية على كركوك نهاية الأسبوع

جميع الحقوق محفوظة © 2021
""",
    url="https://kirkuk-gate.example/news/2021/03/09/daquq-attack", outlet="Kirkuk Gate News",
    published="2021-03-09", incident="iq-kirkuk-daquq-isis-police-2021-03-09",
    events=[
        ev(B, "Armed clash", "2021-03-09", ISIS, IRQ_POL_18, "daquq", 2,
           "بهجوم شنه عناصر من عصابات داعش الإرهابية على نقطة مرابطة في إحدى القرى التابعة لقضاء داقوق"),
    ],
    notes="Federal Police in March 2021 -> 'Police Forces of Iraq (2018-2022)'. Attack with an hour-long exchange of "
          "fire -> Armed clash; 2 police killed ('استشهد'). The village is not named: coded at Daquq (geo precision "
          "2). "
          "The 'الأكثر قراءة' headlines (landmine in Hawija, arrest in Riyadh district) are boilerplate, not events.")

art("h_iq_nasiriyah_electricity_protest", """
صدى ذي قار – الناصرية
الأربعاء 20 تموز 2022

مقتل محتجَّين بالرصاص الحي أمام مديرية كهرباء ذي قار

لقي محتجان مصرعهما وأصيب 17 آخرون، بينهم ستة من عناصر الأمن، عندما أطلقت قوات مكافحة الشغب الرصاص الحي لتفريق اعتصام أمام مبنى مديرية توزيع كهرباء ذي قار وسط مدينة الناصرية، مساء أمس الثلاثاء، بحسب مصدر في دائرة صحة المحافظة.

وكانت حصيلة أولية قد أشارت إلى مقتل محتج واحد، قبل أن يفارق شاب في العشرين من عمره الحياة فجر اليوم متأثراً بإصابة في الصدر.

وتجمّع المئات منذ عصر الثلاثاء أمام المديرية احتجاجاً على انقطاع التيار الكهربائي لأكثر من عشرين ساعة يومياً مع تجاوز درجات الحرارة خمسين درجة مئوية. وأكد شهود عيان أن المعتصمين كانوا عزّلاً ولم يحاولوا اقتحام المبنى، في حين قالت قيادة شرطة ذي قار في بيان إن "مندسين" رشقوا القوات بالحجارة، وإنها شكلت لجنة تحقيقية بالحادث.

وأعلن المحافظ الحداد الرسمي ثلاثة أيام، فيما دعت تنسيقيات الاحتجاج إلى تظاهرة حاشدة يوم الجمعة المقبل في ساحة الحبوبي.
""",
    url="https://sada-dhiqar.example/2022/07/20/electricity-protest", outlet="Sada Dhi Qar",
    published="2022-07-20", incident="iq-nasiriyah-electricity-protest-2022-07-19",
    events=[
        ev(P, "Excessive force against protesters", "2022-07-19", protesters("Iraq"), IRQ_POL_18, "nasiriyah", 2,
           "عندما أطلقت قوات مكافحة الشغب الرصاص الحي لتفريق اعتصام أمام مبنى مديرية توزيع كهرباء ذي قار وسط مدينة "
           "الناصرية"),
    ],
    notes="Sit-in dispersed with live fire on 2022-07-19 ('مساء أمس الثلاثاء', page dated Wednesday 20 July). Toll "
          "revised in the text from 1 to 2 (a wounded man died at dawn; his death belongs to the 19 July event). "
          "Witnesses say the protest was unarmed -> Excessive force against protesters; the police claim of "
          "stone-throwing 'infiltrators' does not turn it into a riot. Riot police -> Police Forces of Iraq "
          "(2018-2022). The Friday call to protest is future.")

art("h_iq_makhmour_turkish_drone", """
مخمور (العراق)، 6 أيار/مايو 2024 – أعلنت إدارة مخيم مخمور للاجئين الكرد، اليوم الاثنين، مقتل اثنين من أعضاء وحدات حماية المخيم، بقصف طائرة مسيّرة تركية استهدف سيارتهما عند المدخل الجنوبي للمخيم مساء أمس الأحد.

وقالت الإدارة في بيان إن القصف "جريمة جديدة تضاف إلى سلسلة الاعتداءات على المخيم الذي يؤوي أكثر من عشرة آلاف لاجئ مدني"، مطالبة الحكومة العراقية والأمم المتحدة بتحمل مسؤولياتهما.

من جهتها، قالت وزارة الدفاع التركية في منشور مقتضب إن قواتها "حيّدت إرهابيَّين اثنين من تنظيم بي كي كي" في منطقة مخمور شمالي العراق، من دون ذكر تفاصيل أخرى.

ويقع المخيم على بعد نحو ستين كيلومتراً جنوب غربي أربيل، وتتهم أنقرة حزب العمال الكردستاني باستخدامه قاعدة خلفية، وهو ما تنفيه إدارة المخيم. وتعرّض محيط المخيم لعدة ضربات مماثلة خلال السنوات الماضية.
""",
    outlet="Zagros Press", published="2024-05-06",
    url="https://zagros-press.example/ar/2024/05/06/makhmour",
    incident="iq-makhmour-turkish-drone-2024-05-05",
    events=[
        ev(E, "Air/drone strike", "2024-05-05", TUR, PKK, "makhmour_camp", 2,
           "بقصف طائرة مسيّرة تركية استهدف سيارتهما عند المدخل الجنوبي للمخيم مساء أمس الأحد"),
    ],
    notes="Both sides agree on two dead; the camp calls them members of the camp's protection units, Turkey calls "
          "them PKK -> actor2 Kurdistan Workers' Party (PKK) (the camp units are PKK-affiliated; lead may prefer "
          "Civilians). 'مساء أمس الأحد' in a dispatch dated Monday 6 May = 2024-05-05. Makhmour admin1 follows the "
          "gazetteer (Erbil). Past strikes on the camp are background.")

# ====================================================================================================== Lebanon
art("h_lb_nabatieh_drone_car_wire", """
النبطية – وكالة الأرز للأنباء | 12 آذار 2024

استهدفت مسيّرة إسرائيلية، بعد ظهر اليوم الثلاثاء، سيارة رباعية الدفع على الطريق الذي يربط بلدة كفررمان بمدينة النبطية، ما أدى إلى سقوط شهيدين، فيما هرعت فرق الدفاع المدني والهيئة الصحية إلى المكان وعملت على إخماد النيران التي اشتعلت في السيارة.

وأفاد مراسلنا بأن المسيّرة أطلقت صاروخين على السيارة عند مفرق كفررمان، وأن شظايا أصابت عدداً من المحال التجارية القريبة وسيارة كانت متوقفة على جانب الطريق.

وقال الجيش الإسرائيلي في بيان إن طائرة تابعة لسلاح الجو "قضت على عنصرين من حزب الله" كانا يستقلان السيارة، مضيفاً أنهما كانا ضالعين في إطلاق صواريخ مضادة للدروع نحو الجليل.

وتُعد الغارة من أعمق الاستهدافات داخل منطقة النبطية منذ بدء المواجهات عند الحدود الجنوبية في تشرين الأول الماضي.
""",
    url="https://cedar-wire.example/south/2024-03-12-kfar-roummane", outlet="Cedar News Agency",
    published="2024-03-12", incident="lb-nabatieh-kfar-roummane-drone-car-2024-03-12",
    events=[
        ev(E, "Air/drone strike", "2024-03-12", ISR, HEZ, "kfar_roummane", 2,
           "استهدفت مسيّرة إسرائيلية، بعد ظهر اليوم الثلاثاء، سيارة رباعية الدفع على الطريق الذي يربط بلدة كفررمان "
           "بمدينة النبطية"),
    ],
    notes="Same incident as h_lb_nabatieh_drone_car_local (which reports a higher toll the next day). Drone strike on "
          "a "
          "car at the Kfar Roummane junction, 2 killed; the Israeli army names them as Hezbollah members -> actor2 "
          "Hezbollah. Kfar Roummane is a few km from Nabatieh city (not in the gazetteer; coordinates approximate).")

art("h_lb_nabatieh_drone_car_local", """
جبل عامل اليوم
الأربعاء 13 آذار 2024

ثلاثة شهداء حصيلة غارة كفررمان.. وقصف مدفعي على أطراف الخيام

ارتفع عدد ضحايا الغارة التي شنتها مسيّرة إسرائيلية أمس على سيارة عند مفرق كفررمان إلى ثلاثة شهداء، بعد وفاة شاب كان يمر بدراجته النارية لحظة الاستهداف متأثراً بجروحه في مستشفى النبطية الحكومي، وفق ما أعلنت إدارة المستشفى صباح اليوم.

ونعى حزب الله في بيانين منفصلين اثنين من عناصره قال إنهما ارتقيا "على طريق القدس"، فيما شيّع أهالي البلدة الشاب الثالث ظهر اليوم في موكب حاشد.

ميدانياً، تعرضت الأطراف الشرقية لبلدة الخيام منذ ساعات الصباح لقصف مدفعي إسرائيلي متقطع طال منطقة سهل الخيام، من دون أن يسجل وقوع إصابات، بحسب رئيس البلدية.

🔔 اشترك في نشرتنا اليومية
📲 شارك الخبر
""",
    url="https://jabal-amel-today.example/2024/03/13/kfar-roummane-toll", outlet="Jabal Amel Today",
    published="2024-03-13", incident="lb-nabatieh-kfar-roummane-drone-car-2024-03-12",
    events=[
        ev(E, "Air/drone strike", "2024-03-12", ISR, HEZ, "kfar_roummane", 3,
           "ارتفع عدد ضحايا الغارة التي شنتها مسيّرة إسرائيلية أمس على سيارة عند مفرق كفررمان إلى ثلاثة شهداء"),
        ev(E, "Shelling/artillery/missile attack", "2024-03-13", ISR, None, "khiam", 0,
           "تعرضت الأطراف الشرقية لبلدة الخيام منذ ساعات الصباح لقصف مدفعي إسرائيلي متقطع"),
    ],
    notes="Follow-up of h_lb_nabatieh_drone_car_wire: same strike ('أمس' = 2024-03-12), toll revised to 3 (two "
          "Hezbollah members + a passing motorcyclist). New event on 2024-03-13: Israeli shelling of the Khiam "
          "outskirts, no casualties -> 0, no specific target -> actor2 null. The funeral is not coded.")

art("h_lb_beirut_depositors_bank_riot", """
منبر بيروت | الرئيسية | سياسة | اقتصاد | مجتمع | رأي

يستخدم هذا الموقع ملفات تعريف الارتباط (كوكيز) لتحسين تجربتك. [موافق] [المزيد]

مودعون يقتحمون فرع مصرف في الحمرا ويضرمون النار في مدخله

الثلاثاء 11 نيسان 2023 | 13:25

اقتحم نحو عشرين مودعاً غاضباً، صباح اليوم، فرع أحد المصارف في شارع الحمرا ببيروت، وحطموا واجهته الزجاجية وأجهزة الصراف الآلي، ثم أضرموا النار في إطارات ومستندات عند مدخله، مطالبين باسترداد ودائعهم المحتجزة منذ عام 2019.

وأفادت مراسلتنا بأن عناصر من قوى الأمن الداخلي حضروا إلى المكان وعملوا على إخراج المحتجين من الفرع، وأوقفوا ثلاثة منهم، في حين عمل الدفاع المدني على إخماد الحريق. ولم تُسجَّل أي إصابات.

وبعد الظهر، نفذ عشرات المودعين المنضوين في "رابطة المودعين" اعتصاماً أمام قصر العدل في بيروت، رفعوا خلاله لافتات تطالب القضاء بملاحقة أصحاب المصارف، وانتهى الاعتصام من دون أي إشكال.

وكانت جمعية المصارف قد أعلنت في وقت سابق إغلاق الفروع ثلاثة أيام "حفاظاً على سلامة الموظفين"، إثر تكرار حوادث الاقتحام منذ الخريف الماضي.

مواضيع ذات صلة: المصارف | الودائع | الأزمة المالية
""",
    url="https://minbar-beirut.example/society/2023/04/11/hamra-bank", outlet="Minbar Beirut",
    published="2023-04-11", incident="lb-beirut-depositors-hamra-bank-2023-04-11",
    events=[
        ev(R, "Violent demonstration", "2023-04-11", rioters("Lebanon"), None, "beirut_hamra", 0,
           "اقتحم نحو عشرين مودعاً غاضباً، صباح اليوم، فرع أحد المصارف في شارع الحمرا ببيروت، وحطموا واجهته الزجاجية"),
        ev(P, "Peaceful protest", "2023-04-11", protesters("Lebanon"), None, "beirut", 0,
           "نفذ عشرات المودعين المنضوين في \"رابطة المودعين\" اعتصاماً أمام قصر العدل في بيروت"),
        ev(S, "Arrests", "2023-04-11", LBN_POL, rioters("Lebanon"), "beirut_hamra", None,
           "وأوقفوا ثلاثة منهم", optional=True),
    ],
    notes="Two gatherings the same day in Beirut: depositors storming a bank, smashing glass and setting fires -> "
          "Riots/Violent demonstration (no injuries -> 0; the ISF removal is folded in, actor2 left null as the "
          "target is a bank); afternoon sit-in at the Justice Palace, ended without incident -> Peaceful protest (0). "
          "Three detained -> optional Arrests. Cookie banner and menu are boilerplate.")

art("h_lb_ain_al_hilweh_clashes", """
صيدا – مراسل صوت الجنوب

هدوء حذر في عين الحلوة بعد يومين من الاشتباكات واتفاق على وقف إطلاق النار

الاثنين 10 تشرين الأول 2022

ساد هدوء حذر صباح اليوم الاثنين مخيم عين الحلوة للاجئين الفلسطينيين قرب صيدا، بعد يومين من الاشتباكات بين عناصر من حركة فتح ومسلحين من جماعة "جند الشام"، أوقعت ثلاثة قتلى وأكثر من خمسة عشر جريحاً.

واندلعت الاشتباكات مساء السبت إثر إشكال فردي عند مدخل حي الطوارئ تطور إلى تبادل لإطلاق النار، قُتل خلاله عنصر من الأمن الوطني الفلسطيني التابع لحركة فتح.

وتجددت المواجهات ظهر الأحد بشكل أعنف، واستُخدمت فيها القذائف الصاروخية والأسلحة المتوسطة على محاور الطوارئ والصفصاف والبركسات، ما أدى إلى مقتل شخصين أحدهما مدني أصيب برصاصة قنص أثناء محاولته إخلاء عائلته، وإصابة أحد عشر آخرين، ونزوح مئات العائلات باتجاه مساجد صيدا ومدارسها.

وفي ساعة متأخرة من ليل الأحد، أعلنت هيئة العمل الفلسطيني المشترك التوصل إلى اتفاق لوقف إطلاق النار بين الطرفين، يقضي بسحب المسلحين من الشوارع وتسليم مطلقي النار الأوائل إلى الجيش اللبناني، الذي عزز انتشاره عند مداخل المخيم.

وأعادت الاشتباكات إلى الأذهان جولات عنف سابقة شهدها المخيم، الأكبر بين مخيمات اللاجئين في لبنان.
""",
    url="https://sawt-aljanoub.example/2022/10/10/ain-al-hilweh", outlet="Sawt al-Janoub",
    published="2022-10-10", incident="lb-ain-al-hilweh-fatah-jund-al-sham-2022-10",
    events=[
        ev(B, "Armed clash", "2022-10-08", FATAH, JUND_SHAM, "ain_hilweh", 1,
           "واندلعت الاشتباكات مساء السبت إثر إشكال فردي عند مدخل حي الطوارئ تطور إلى تبادل لإطلاق النار"),
        ev(B, "Armed clash", "2022-10-09", FATAH, JUND_SHAM, "ain_hilweh", 2,
           "وتجددت المواجهات ظهر الأحد بشكل أعنف، واستُخدمت فيها القذائف الصاروخية والأسلحة المتوسطة"),
        ev(S, "Agreement", "2022-10-09", FATAH, JUND_SHAM, "ain_hilweh", None,
           "أعلنت هيئة العمل الفلسطيني المشترك التوصل إلى اتفاق لوقف إطلاق النار بين الطرفين", optional=True),
    ],
    notes="Page dated Monday 2022-10-10; Saturday = 2022-10-08 (1 killed, a Fatah National Security member), Sunday = "
          "2022-10-09 (2 killed incl. a civilian sniper victim) -> one Armed clash per day; the '3 dead' total of "
          "the lead is the sum. Ceasefire agreement late Sunday -> optional Agreement. Displacement and army "
          "deployment not coded; earlier rounds are history.")

# ====================================================================================================== Palestine
art("h_ps_burin_settler_attack", """
شبكة جبل النار الإخبارية
السبت 3 حزيران 2023

إصابة أربعة مواطنين وإحراق مركبتين في هجوم للمستوطنين على بورين

أصيب ٤ مواطنين بجروح ورضوض، أمس الجمعة، إثر هجوم شنه عشرات المستوطنين على الأطراف الجنوبية لقرية بورين جنوب نابلس، أحرقوا خلاله مركبتين وخطّوا شعارات عنصرية على جدران منزلين.

وقال مسؤول ملف الاستيطان في شمال الضفة إن المستوطنين قدموا من مستوطنة "يتسهار" المقامة على أراضي القرية، ورشقوا منازل المواطنين بالحجارة، فيما أطلقت قوات الاحتلال التي رافقتهم قنابل الغاز المسيل للدموع باتجاه الأهالي الذين تصدوا للهجوم، ما أدى إلى إصابة العشرات بحالات اختناق عولجت ميدانياً.

وأوضح أن من بين المصابين مسنة في السبعين من عمرها أصيبت بحجر في رأسها ونُقلت إلى مستشفى رفيديا في نابلس، ووصفت حالتها بالمستقرة.

وتتعرض بورين والقرى المجاورة لاعتداءات متكررة من المستوطنين، لا سيما خلال موسمي الحصاد وقطف الزيتون.

شارك عبر: واتساب | تيليغرام | فيسبوك
""",
    url="https://jabal-alnar.example/news/2023/06/03/burin", outlet="Jabal al-Nar News Network",
    published="2023-06-03", incident="ps-nablus-burin-settler-attack-2023-06-02",
    events=[
        ev(V, "Attack", "2023-06-02", SETTLERS, civ("Palestine"), "burin", 0,
           "إثر هجوم شنه عشرات المستوطنين على الأطراف الجنوبية لقرية بورين جنوب نابلس، أحرقوا خلاله مركبتين"),
    ],
    notes="'أمس الجمعة' on a page dated Saturday 3 June = 2023-06-02. Settlers stoning homes and injuring four -> "
          "Violence against civilians/Attack; injuries only -> 0. Car burning and graffiti are part of the same "
          "attack; the tear gas fired by the accompanying Israeli forces is folded into it (ACLED would code "
          "settler attacks with soldiers present as one event).")

art("h_ps_khan_younis_rights_center_tally", """
مركز غزة للرصد الحقوقي
التقرير الميداني اليومي – الأربعاء 3 تموز/يوليو 2024

يرصد هذا التقرير أبرز الانتهاكات التي وثقها باحثو المركز في محافظة خان يونس خلال يوم الثلاثاء 2 تموز/يوليو 2024.

أولاً: قصف خيمة للنازحين في المواصي
نحو الساعة 14:10، قصفت طائرة حربية إسرائيلية خيمة تؤوي عائلة نازحة من مدينة رفح في منطقة المواصي غرب خان يونس، المصنفة "منطقة إنسانية"، ما أسفر عن مقتل تسعة أفراد من العائلة، هم: الأب والأم وأربعة أطفال تتراوح أعمارهم بين عامين وأحد عشر عاماً، والجدة، وزوجة الابن الأكبر وطفلها الرضيع. وأصيب ستة نازحين في خيام مجاورة بشظايا.

ثانياً: قصف مدفعي شرق خان يونس
نحو الساعة 19:30، سقطت قذائف مدفعية أطلقتها قوات الاحتلال على منازل سكنية في بلدة بني سهيلا شرق خان يونس، ما أدى إلى مقتل رجل في الأربعين من عمره وإصابة ثلاثة من أفراد عائلته.

ثالثاً: أوضاع عامة
تستمر أزمة المياه في مراكز الإيواء غرب المحافظة، حيث لا تتجاوز حصة الفرد ثلاثة لترات يومياً وفق تقديرات البلديات. ويرتفع بذلك عدد الضحايا الذين وثقهم المركز في المحافظة منذ مطلع حزيران/يونيو الماضي إلى 412 قتيلاً.

يطالب المركز بتحقيق دولي مستقل في استهداف "المنطقة الإنسانية".
""",
    url="https://gaza-rights-monitor.example/reports/daily/2024-07-03", outlet="Gaza Rights Monitoring Center",
    published="2024-07-03", incident="ps-khan-younis-mawasi-tent-strike-2024-07-02",
    events=[
        ev(E, "Air/drone strike", "2024-07-02", ISR, civ("Palestine"), "mawasi", 9,
           "قصفت طائرة حربية إسرائيلية خيمة تؤوي عائلة نازحة من مدينة رفح في منطقة المواصي غرب خان يونس"),
        ev(E, "Shelling/artillery/missile attack", "2024-07-02", ISR, civ("Palestine"), "bani_suhaila", 1,
           "سقطت قذائف مدفعية أطلقتها قوات الاحتلال على منازل سكنية في بلدة بني سهيلا شرق خان يونس"),
    ],
    notes="NGO daily report dated 3 July covering Tuesday 2 July 2024: two separate incidents. Mawasi tent strike: "
          "nine named family members (father, mother, four children, grandmother, daughter-in-law, infant) -> 9. "
          "Bani Suhaila shelling: 1 killed. Al-Mawasi (Khan Yunis) is not in the gazetteer; coordinates approximate "
          "(coastal strip west of Khan Yunis). The 412 cumulative figure and water crisis are background.")

art("h_ps_tulkarm_nur_shams_breaking", """
وكالة طوباس برس – شريط الأخبار العاجلة
الثلاثاء 20 آب 2024

06:12 عاجل | قوات الاحتلال تقتحم مخيم نور شمس شرق طولكرم بعشرات الآليات العسكرية والجرافات

06:40 عاجل | اشتباكات مسلحة بين مقاومين وقوات الاحتلال عند مدخل حارة المنشية في مخيم نور شمس

07:15 عاجل | كتيبة طولكرم: مقاتلونا يخوضون اشتباكات ضارية مع قوات الاحتلال المقتحمة ويستهدفونها بالعبوات الناسفة

08:02 عاجل | مسيّرة إسرائيلية تقصف مجموعة من المقاومين في حارة المنشية

08:30 عاجل | وزارة الصحة: ارتقاء شهيدين برصاص الاحتلال وقصف المسيّرة في مخيم نور شمس، أحدهما قائد ميداني في كتيبة طولكرم

10:45 عاجل | الجرافات الإسرائيلية تجرّف البنية التحتية في شارع نابلس الرئيسي المؤدي إلى المخيم

12:20 عاجل | قوات الاحتلال تنسحب من مخيم نور شمس بعد اقتحام استمر ست ساعات، وتعتقل سبعة شبان
""",
    url="https://tubas-press.example/breaking/2024-08-20", outlet="Tubas Press",
    published="2024-08-20", incident="ps-tulkarm-nur-shams-raid-2024-08-20",
    events=[
        ev(B, "Armed clash", "2024-08-20", ISR, TULKARM, "nur_shams", 2,
           "اشتباكات مسلحة بين مقاومين وقوات الاحتلال عند مدخل حارة المنشية في مخيم نور شمس"),
        ev(E, "Air/drone strike", "2024-08-20", ISR, TULKARM, "nur_shams", None,
           "مسيّرة إسرائيلية تقصف مجموعة من المقاومين في حارة المنشية", optional=True),
        ev(S, "Looting/property destruction", "2024-08-20", ISR, None, "nur_shams", None,
           "الجرافات الإسرائيلية تجرّف البنية التحتية في شارع نابلس الرئيسي المؤدي إلى المخيم", optional=True),
        ev(S, "Arrests", "2024-08-20", ISR, civ("Palestine"), "nur_shams", None,
           "وتعتقل سبعة شبان", optional=True),
    ],
    notes="Breaking-news ticker, all items 2024-08-20. Raid with armed clashes and a drone strike on the fighters in "
          "the same camp the same day -> ONE Battles/Armed clash (an air strike during a ground battle is one "
          "Battles event; the drone strike is listed only as optional for coders that split it). 2 killed incl. a "
          "Tulkarm Brigade field "
          "commander. Bulldozing of the main street and the seven arrests are optional.")

# ====================================================================================================== Yemen
art("h_ye_taiz_mortar_child_hijri", """
قلعة القاهرة نت – الأحد ١١ رمضان ١٤٤٤هـ

مقتل طفلة وإصابة ثلاثة من أسرتها بقذيفة حوثية على حي الروضة

تعز – خاص:

قُتلت طفلة في التاسعة من عمرها وأصيب ثلاثة من أفراد أسرتها، بينهم والدتها، عصر أمس السبت، جراء سقوط قذيفة هاون أطلقتها ميليشيا الحوثي على منزلهم في حي الروضة شمالي مدينة تعز.

وقال مصدر طبي في مستشفى الثورة العام إن المستشفى استقبل الجرحى الثلاثة وجثة الطفلة، مشيراً إلى أن حالة أحد المصابين حرجة.

واتهم محور تعز العسكري الميليشيا بمواصلة استهداف الأحياء السكنية رغم الهدنة الأممية المعلنة منذ نيسان/أبريل الماضي، في حين لم يصدر تعليق من جماعة الحوثي.

وتشهد المدينة المحاصرة منذ ثماني سنوات قصفاً متقطعاً يطال الأحياء الشمالية والشرقية القريبة من خطوط التماس.

اقرأ أيضاً | انقطاع المياه عن أحياء وسط المدينة لليوم الخامس
""",
    url="https://qahira-castle.example/2023/04/02/rawdah-mortar", outlet="Qahira Castle Net",
    published="2023-04-02", incident="ye-taiz-rawdah-mortar-2023-04-01",
    events=[
        ev(E, "Shelling/artillery/missile attack", "2023-04-01", HOUTHI, civ("Yemen"), "taiz", 1,
           "جراء سقوط قذيفة هاون أطلقتها ميليشيا الحوثي على منزلهم في حي الروضة شمالي مدينة تعز"),
    ],
    notes="The page gives ONLY a Hijri date: Sunday 11 Ramadan 1444 = 2023-04-02 (Umm al-Qura); 'عصر أمس السبت' = "
          "2023-04-01. Mortar round on a house -> Shelling; 1 child killed, 3 wounded. Coded at Taizz city (Al-Rawdah "
          "is a northern neighbourhood). The truce and the siege are background.")

art("h_ye_marib_front_analysis", """
مركز صبر للدراسات – تحليلات

جبهات مأرب بين هدنة لم تُعلن نهايتها وحرب لم تتوقف

الأحد 28 كانون الثاني/يناير 2024 | قراءة في 7 دقائق

بعد نحو عامين على الهدنة التي رعتها الأمم المتحدة في نيسان/أبريل 2022، لا تزال جبهات محافظة مأرب تعيش حالة "اللا حرب واللا سلم". فالمواجهات الكبرى التي شهدتها المحافظة في 2021، حين وصلت قوات الحوثيين إلى تخوم المدينة وسقط الآلاف بين قتيل وجريح، توقفت، لكن خطوط التماس لم تهدأ يوماً.

وفي أحدث تطور، قُتل خمسة جنود من الجيش الوطني، فجر الجمعة الماضي، في هجوم شنه مقاتلون حوثيون على مواقعهم في جبهة رغوان شمال غربي المحافظة، قبل أن تتمكن القوات من صده بعد مواجهات استمرت نحو ساعتين، بحسب مصدر عسكري تحدث للمركز. وقال المصدر إن المهاجمين تكبدوا "خسائر كبيرة" من دون أن يحدد عددها.

ويرى الباحث في الشؤون العسكرية أن مثل هذه الهجمات تهدف إلى اختبار جاهزية القوات الحكومية أكثر من إحداث اختراق فعلي، محذراً من أن انشغال الحوثيين بالتصعيد في البحر الأحمر قد لا يدوم، وأن الجماعة قد تعود إلى خيار الحسم العسكري في مأرب إذا تعثرت مسارات التفاوض.

ويضيف أن أي هجوم واسع على المدينة سيعني موجة نزوح جديدة، في محافظة تستضيف أكثر من مليوني نازح، وقد يفضي إلى انهيار ما تبقى من تفاهمات التهدئة.

في المقابل، يراهن مسؤولون حكوميون على الضغط الدولي المتزايد على الجماعة، ويرون أن كلفة الحرب في مأرب باتت أعلى من قدرة الحوثيين على تحملها.

الكلمات المفتاحية: مأرب، الحوثيون، الهدنة، الجيش الوطني
""",
    url="https://saber-studies.example/analysis/marib-fronts-2024", outlet="Saber Center for Studies",
    published="2024-01-28", incident="ye-marib-raghwan-houthi-attack-2024-01-26",
    events=[
        ev(B, "Armed clash", "2024-01-26", HOUTHI, YEM, "raghwan", 5,
           "قُتل خمسة جنود من الجيش الوطني، فجر الجمعة الماضي، في هجوم شنه مقاتلون حوثيون على مواقعهم في جبهة رغوان"),
    ],
    notes="Long analytical piece; one concrete new event: 'فجر الجمعة الماضي' in a piece dated Sunday 28 January 2024 "
          "= "
          "2024-01-26. Houthi attack repelled after two hours -> Armed clash; 5 soldiers killed, Houthi losses "
          "'كبيرة' unquantified -> 5. Raghwan is a district: coded at the district centre (geo precision 2). The 2021 "
          "battles are history; the rest is analysis of possible futures.")

art("h_ye_aden_power_cuts_riot", """
ميناء عدن الإخباري

محتجون غاضبون من انقطاع الكهرباء يحرقون سيارة ويقتحمون محطة في المنصورة

الاثنين 17 يوليو 2023

أقدم محتجون غاضبون من الانقطاع المتواصل للتيار الكهربائي، ليل الأحد، على إحراق الإطارات وقطع الشوارع الرئيسية في مديرية المنصورة بمدينة عدن، قبل أن يقتحم عدد منهم محطة تحويل كهربائية في الحي ويحطموا محتويات غرفة التحكم ويضرموا النار في سيارة تابعة للمؤسسة العامة للكهرباء.

وقال شهود عيان إن قوات الأمن أطلقت النار في الهواء لتفريق المحتجين، ما أدى إلى إصابة ثلاثة منهم بجروح طفيفة أثناء التدافع، فيما لم تُسجَّل أي حالة وفاة.

ووصلت ساعات الانقطاع في عدن خلال الأيام الماضية إلى أكثر من 14 ساعة يومياً مع ارتفاع درجات الحرارة، بسبب نفاد وقود محطات التوليد.

وحمّلت مؤسسة الكهرباء في بيان "عناصر خارجة عن القانون" مسؤولية الأضرار، مؤكدة أن خروج المحطة عن الخدمة سيزيد ساعات الانقطاع في الأحياء المجاورة.

ـــــــــــ
تابع آخر أخبار عدن على قناتنا في تيليغرام
""",
    url="https://aden-port-news.example/2023/07/17/mansoura", outlet="Aden Port News",
    published="2023-07-17", incident="ye-aden-mansoura-electricity-riot-2023-07-16",
    events=[
        ev(R, "Violent demonstration", "2023-07-16", rioters("Yemen"), YEM_POL, "aden_mansoura", 0,
           "قبل أن يقتحم عدد منهم محطة تحويل كهربائية في الحي ويحطموا محتويات غرفة التحكم ويضرموا النار في سيارة"),
    ],
    notes="'ليل الأحد' in a report dated Monday 17 July 2023 -> 2023-07-16. Storming a substation, smashing equipment "
          "and "
          "burning a utility car -> Riots/Violent demonstration; security fired in the air -> actor2 Police Forces of "
          "Yemen (2022-); explicit 'no death' -> 0. Al-Mansoura district not in the gazetteer as such; coordinates "
          "approximate (north-west Aden).")

# ====================================================================================================== Libya / Egypt
art("h_ly_tripoli_souq_juma_clashes", """
منارة طرابلس

طرابلس – منارة طرابلس | الأربعاء 6 مارس 2024

اندلعت اشتباكات مسلحة بالأسلحة المتوسطة والثقيلة، مساء أمس الثلاثاء، بين عناصر من جهاز الردع لمكافحة الجريمة المنظمة والإرهاب ومسلحين تابعين لجهاز دعم الاستقرار في منطقة سوق الجمعة شرقي العاصمة طرابلس، استمرت حتى ساعات الفجر الأولى.

وأعلن مركز طب الطوارئ والدعم أن الاشتباكات أسفرت عن مقتل ثلاثة أشخاص، بينهم مدني أصيب برصاصة طائشة داخل منزله في منطقة عرادة، وإصابة تسعة آخرين نُقلوا إلى مستشفى معيتيقة.

وأفاد سكان بأن الاشتباكات بدأت بعد احتجاز أحد عناصر جهاز دعم الاستقرار عند بوابة تابعة للردع، قبل أن تمتد إلى محيط مطار معيتيقة الدولي، ما أدى إلى تحويل الرحلات إلى مطار مصراتة.

وصباح اليوم الأربعاء، أعلن المجلس الرئاسي التوصل إلى اتفاق بين الطرفين لوقف إطلاق النار، بوساطة من أعيان سوق الجمعة، يقضي بانسحاب الآليات المسلحة إلى مقارها وتشكيل لجنة لتسليم المحتجزين.

وقررت وزارة التعليم تعليق الدراسة في مدارس سوق الجمعة وعين زارة ليوم واحد.
""",
    url="https://tripoli-lighthouse.example/2024/03/06/souq-al-juma", outlet="Tripoli Lighthouse",
    published="2024-03-06", incident="ly-tripoli-souq-al-juma-rada-ssa-2024-03-05",
    events=[
        ev(B, "Armed clash", "2024-03-05", RADA, SSA, "souq_juma", 3,
           "اندلعت اشتباكات مسلحة بالأسلحة المتوسطة والثقيلة، مساء أمس الثلاثاء، بين عناصر من جهاز الردع لمكافحة "
           "الجريمة المنظمة والإرهاب ومسلحين تابعين لجهاز دعم الاستقرار"),
        ev(S, "Agreement", "2024-03-06", RADA, SSA, "souq_juma", None,
           "أعلن المجلس الرئاسي التوصل إلى اتفاق بين الطرفين لوقف إطلاق النار", optional=True),
    ],
    notes="Clashes started the evening of Tuesday 2024-03-05 and ran past midnight: one event on the start date; 3 "
          "killed incl. a civilian hit by a stray bullet (counted in the battle). The spread to the Mitiga airport "
          "area is the same clash. Ceasefire agreement announced Wednesday morning -> optional Agreement. School "
          "closure not coded.")

art("h_ly_sabha_council_member_abduction", """
واحة فزان

سبها: مسلحون مجهولون يخطفون عضواً في المجلس البلدي.. وأهالي الحي يعتصمون أمام مديرية الأمن

الاثنين 18 سبتمبر 2023

خطف مسلحون مجهولون، فجر أمس الأحد، عضو المجلس البلدي سبها من أمام منزله في حي الجديد بالمدينة، واقتادوه إلى جهة غير معلومة، بحسب ما أفادت به أسرته.

وقال شقيقه إن أربعة مسلحين ملثمين يستقلون سيارة من دون لوحات اعترضوا طريقه أثناء خروجه لأداء صلاة الفجر، وأجبروه على الصعود معهم تحت تهديد السلاح، مشيراً إلى أن الأسرة لم تتلقَّ حتى الآن أي اتصال من الخاطفين.

وصباح اليوم، نظم العشرات من أهالي الحي وأعضاء في المجلس البلدي وقفة احتجاجية أمام مديرية أمن سبها، طالبوا خلالها بالكشف عن مصيره والإفراج عنه، ورفعوا لافتات تندد بـ"الانفلات الأمني"، قبل أن يتفرقوا بهدوء.

وأدان المجلس البلدي في بيان عملية الخطف، محمّلاً الأجهزة الأمنية مسؤولية سلامة عضوه، فيما قالت مديرية الأمن إنها شكلت فريق بحث وتحرٍّ لتعقب الجناة.
""",
    url="https://fezzan-oasis.example/2023/09/18/sabha-abduction", outlet="Fezzan Oasis",
    published="2023-09-18", incident="ly-sabha-council-member-abduction-2023-09-17",
    events=[
        ev(V, "Abduction/forced disappearance", "2023-09-17", uag("Libya"), civ("Libya"), "sabha", None,
           "خطف مسلحون مجهولون، فجر أمس الأحد، عضو المجلس البلدي سبها من أمام منزله"),
        ev(P, "Peaceful protest", "2023-09-18", protesters("Libya"), None, "sabha", 0,
           "نظم العشرات من أهالي الحي وأعضاء في المجلس البلدي وقفة احتجاجية أمام مديرية أمن سبها"),
    ],
    notes="Abduction of a municipal councillor at dawn Sunday 2023-09-17 by unidentified masked gunmen (no deaths "
          "stated -> null). Next-day sit-in at the security directorate, dispersed calmly -> Peaceful protest on "
          "2023-09-18 ('صباح اليوم' of a page dated Monday 18 September).")

art("h_eg_minya_samalut_sectarian_mob", """
بوابة الصعيد الجديد
الجمعة 26 أبريل 2024 – 17 شوال 1445

النيابة تحقق في أحداث قرية بسمالوط.. والأمن يضبط 15 متهماً

بدأت نيابة سمالوط تحقيقاتها في أحداث العنف التي شهدتها إحدى القرى التابعة للمركز شمالي محافظة المنيا، مساء أمس الخميس، بعد أن تجمهر عدد من الأهالي احتجاجاً على ما تردد عن تحويل منزل أحد المواطنين الأقباط إلى كنيسة دون ترخيص.

وبحسب مصادر محلية، رشق المتجمهرون منازل عدد من الأقباط بالحجارة وأضرموا النار في ثلاثة منها وفي حظيرة للمواشي، ما أدى إلى إصابة خمسة أشخاص بجروح وحروق طفيفة نُقلوا إلى مستشفى سمالوط العام، ولم تُسجَّل أي وفيات.

وأضافت المصادر أن قوات الأمن فرضت طوقاً حول القرية ونجحت في السيطرة على الموقف، وألقت القبض في الليلة نفسها على 15 من المتهمين بالتحريض والمشاركة في الاعتداءات.

وأكد محافظ المنيا أن الدولة "لن تسمح بالمساس بالسلم الاجتماعي"، مشيراً إلى تشكيل لجنة لحصر التلفيات وتعويض المتضررين، فيما عقد بيت العائلة المصرية جلسة صلح عرفية بحضور قيادات دينية وشعبية.
""",
    url="https://saeed-gate.example/minya/2024/04/26/samalut", outlet="New Upper Egypt Gate",
    published="2024-04-26", incident="eg-minya-samalut-sectarian-mob-2024-04-25",
    events=[
        ev(R, "Mob violence", "2024-04-25", rioters("Egypt"), civ("Egypt"), "samalut", 0,
           "رشق المتجمهرون منازل عدد من الأقباط بالحجارة وأضرموا النار في ثلاثة منها"),
        ev(S, "Arrests", "2024-04-25", EGY_POL, rioters("Egypt"), "samalut", None,
           "وألقت القبض في الليلة نفسها على 15 من المتهمين بالتحريض والمشاركة في الاعتداءات", optional=True),
    ],
    notes="Page carries Gregorian and Hijri dates (26 April 2024 = 17 Shawwal 1445). Sectarian mob stoning and burning "
          "Coptic homes in an unnamed village of Samalut markaz on Thursday 2024-04-25 -> Riots/Mob violence; "
          "injuries only, 'no deaths' -> 0. Village unnamed: coded at Samalut town (geo precision 2). Same-night "
          "arrests optional. The prosecution inquiry, governor's statement and reconciliation session are not "
          "events.")

# ====================================================================================================== Sudan / Sou
FASHER_INCIDENT = "sd-el-fasher-grand-market-shelling-2024-06-09"

art("h_sd_fasher_market_shelling_wire", """
الفاشر (السودان)، 10 يونيو 2024 (وكالة دارفور الإخبارية) – قُتل 11 مدنياً على الأقل وأصيب أكثر من 30 آخرين، أمس الأحد، جراء قصف مدفعي شنته قوات الدعم السريع على السوق الكبير في مدينة الفاشر، عاصمة ولاية شمال دارفور، بحسب مصادر طبية.

وقال طبيب في المستشفى الجنوبي بالمدينة إن معظم الضحايا من الباعة والمتسوقين، وإن المستشفى يعاني نقصاً حاداً في أكياس الدم والمستلزمات الجراحية.

ولم يصدر تعليق فوري من قوات الدعم السريع، التي تحاصر المدينة منذ أسابيع وتخوض معارك متقطعة مع الجيش السوداني والقوة المشتركة للحركات المسلحة على أطرافها الشرقية والشمالية.

وتُعد الفاشر آخر عواصم ولايات دارفور الخمس التي لا تزال خارج سيطرة الدعم السريع، وتحذر الأمم المتحدة من كارثة إنسانية في حال اقتحامها. (انتهى)
""",
    url="https://darfur-news-agency.example/2024/06/10/fasher-market", outlet="Darfur News Agency",
    published="2024-06-10", incident=FASHER_INCIDENT,
    events=[
        ev(E, "Shelling/artillery/missile attack", "2024-06-09", RSF, civ("Sudan"), "el_fasher", 11,
           "جراء قصف مدفعي شنته قوات الدعم السريع على السوق الكبير في مدينة الفاشر"),
    ],
    notes="First of three articles on the same incident (h_sd_fasher_*): the wire gives 'at least 11' dead -> 11. "
          "'أمس الأحد' = 2024-06-09. The siege and the UN warning are background.")

art("h_sd_fasher_market_shelling_committees", """
تنسيقية لجان مقاومة الفاشر
بيان صحفي

مجزرة جديدة في السوق الكبير.. والعالم يتفرج

يا جماهير شعبنا الصامد،

في جريمة جديدة تضاف إلى سجلها الأسود، قصفت مليشيا الدعم السريع الإرهابية صباح يوم الأحد التاسع من يونيو السوق الكبير وسوق المواشي المجاور له بوابل من القذائف المدفعية، في ساعة الذروة التي يكتظ فيها السوق بالمواطنين.

وقد ارتقى حتى لحظة كتابة هذا البيان تسعة عشر شهيداً، بينهم ستة أطفال وأربع نساء، وأصيب العشرات بجروح متفاوتة، بعضهم في حالة حرجة، وسط عجز المستشفيات عن استقبال المزيد.

إننا في تنسيقية لجان مقاومة الفاشر نحمّل قيادة المليشيا المسؤولية الكاملة عن هذه المجزرة، ونطالب المجتمع الدولي بالتحرك الفوري لفك الحصار عن المدينة وفتح ممرات آمنة للمدنيين.

المجد للشهداء، والشفاء للجرحى، والنصر لشعبنا.

الفاشر – 10 يونيو 2024
""",
    outlet="El Fasher Resistance Committees Coordination (statement)", published="2024-06-10",
    incident=FASHER_INCIDENT,
    events=[
        ev(E, "Shelling/artillery/missile attack", "2024-06-09", RSF, civ("Sudan"), "el_fasher", 19,
           "قصفت مليشيا الدعم السريع الإرهابية صباح يوم الأحد التاسع من يونيو السوق الكبير وسوق المواشي المجاور له "
           "بوابل من القذائف المدفعية"),
    ],
    notes="Second article on the El Fasher market shelling: the resistance committees' statement gives 19 dead (6 "
          "children, 4 women); the date is written out ('الأحد التاسع من يونيو') and the signature dates the page. The "
          "livestock market next to the Grand Market is the same place and event. Differing toll from the wire "
          "(11) on purpose: each article's gold uses its own figure.")

art("h_sd_fasher_weekly_roundup", """
مرصد السودان – الحصاد الأسبوعي
الجمعة 14 يونيو 2024

الفاشر في أسبوع: حصيلة قصف السوق ترتفع إلى 23 قتيلاً.. ومسيّرة تضرب المستشفى السعودي

ارتفعت حصيلة ضحايا القصف المدفعي الذي طال السوق الكبير في الفاشر يوم الأحد الماضي إلى 23 قتيلاً، بحسب وزارة الصحة في ولاية شمال دارفور، بعد وفاة عدد من الجرحى متأثرين بإصاباتهم، فيما لا يزال 14 مصاباً يتلقون العلاج.

ويوم الأربعاء، أصابت طائرة مسيّرة أطلقتها قوات الدعم السريع مبنى الطوارئ في المستشفى السعودي للولادة، آخر مستشفى يعمل بكامل طاقته في المدينة، ما أسفر عن مقتل ممرضة ومرافق لأحد المرضى، وإصابة خمسة آخرين. ونفى مستشار لقائد الدعم السريع في تصريح لقناة فضائية استهداف المستشفى، متهماً الجيش بـ"تخزين أسلحة في المرافق الصحية".

في المقابل، قال الجيش السوداني إن طيرانه نفذ خلال الأسبوع غارات على تجمعات للدعم السريع شرقي الفاشر، "دمرت عدداً من المركبات القتالية وكبدت المليشيا خسائر في الأرواح"، من دون أن يحدد موعدها أو عدد القتلى.

إنسانياً، قالت منظمة أطباء بلا حدود إن أكثر من ألفي جريح وصلوا إلى المستشفيات التي تدعمها في المدينة منذ العاشر من مايو، وإن مخزون الإمدادات الطبية يكفي لأسبوعين فقط.

اقرأ في الحصاد أيضاً: الخرطوم – القضارف – كسلا
""",
    url="https://sudan-observer.example/weekly/2024-06-14", outlet="Sudan Observer (weekly roundup)",
    published="2024-06-14", incident=FASHER_INCIDENT,
    events=[
        ev(E, "Shelling/artillery/missile attack", "2024-06-09", RSF, civ("Sudan"), "el_fasher", 23,
           "ارتفعت حصيلة ضحايا القصف المدفعي الذي طال السوق الكبير في الفاشر يوم الأحد الماضي إلى 23 قتيلاً"),
        ev(E, "Air/drone strike", "2024-06-12", RSF, civ("Sudan"), "el_fasher", 2,
           "أصابت طائرة مسيّرة أطلقتها قوات الدعم السريع مبنى الطوارئ في المستشفى السعودي للولادة"),
        ev(E, "Air/drone strike", None, SAF, RSF, "el_fasher", None,
           "قال الجيش السوداني إن طيرانه نفذ خلال الأسبوع غارات على تجمعات للدعم السريع شرقي الفاشر"),
    ],
    notes="Third article on the El Fasher market shelling (published Friday 14 June 2024): toll revised to 23 per the "
          "North Darfur health ministry; 'يوم الأحد الماضي' = 2024-06-09. New events: RSF drone hits the Saudi "
          "maternity hospital on Wednesday 2024-06-12 (2 killed; the RSF denial does not cancel it); army air strikes "
          "'during the week' east of the city with no date and no figure -> date null, fatalities null. The MSF "
          "figure is cumulative background. Incident slug: the article is mainly about the market shelling.")

art("h_sd_sennar_suki_army_recapture", """
بورتسودان – الأربعاء 30 أكتوبر 2024 – (شبكة الملتقى):

أعلن الجيش السوداني، اليوم الأربعاء، استعادة السيطرة الكاملة على مدينة السوكي بولاية سنار جنوب شرقي البلاد، بعد معارك مع قوات الدعم السريع استمرت عدة أيام.

وقال الناطق الرسمي باسم القوات المسلحة في بيان إن "قواتنا تمكنت أمس الثلاثاء من تطهير مدينة السوكي من دنس المليشيا المتمردة، وكبدتها خسائر فادحة في الأرواح والعتاد، واستولت على عدد من العربات القتالية".

وأظهرت مقاطع مصورة تداولها ناشطون جنوداً يحتفلون أمام مبنى المحلية وسط المدينة، فيما قال سكان إن عناصر الدعم السريع انسحبوا باتجاه الضفة الشرقية للنيل الأزرق.

وكانت قوات الدعم السريع قد سيطرت على السوكي منذ يوليو الماضي، بعد دخولها مدينة سنجة عاصمة الولاية، ما أدى إلى نزوح عشرات الآلاف نحو ولايتي القضارف والنيل الأزرق.

ويرى مراقبون أن استعادة السوكي تفتح الطريق أمام الجيش للتقدم نحو الدندر وأبو حجار، في حين لم يصدر تعليق من الدعم السريع.
""",
    url="https://multaqa-net.example/2024/10/30/suki", outlet="Multaqa Network",
    published="2024-10-30", incident="sd-sennar-suki-army-recapture-2024-10-29",
    events=[
        ev(B, "Government regains territory", "2024-10-29", SAF, RSF, "suki", None,
           "تمكنت أمس الثلاثاء من تطهير مدينة السوكي من دنس المليشيا المتمردة"),
    ],
    notes="Army statement relayed on Wednesday 30 October 2024; the recapture is dated 'أمس الثلاثاء' = 2024-10-29 "
          "inside the quoted statement. 'خسائر فادحة' without a number -> fatalities null. The July RSF takeover of "
          "Suki and Sinja is history; the advance toward Dinder/Abu Hujar is speculation.")

art("h_ss_jonglei_bor_cattle_raid", """
راديو صوت جونقلي – نشرة الأخبار العربية
الثلاثاء 6 فبراير 2024

ارتفاع حصيلة هجوم مقاطعة بور الجنوبية إلى 16 قتيلاً

جوبا – بور:

ارتفعت حصيلة القتلى في الهجوم الذي شنه مسلحون يُعتقد أنهم من شباب المورلي على قرية في مقاطعة بور الجنوبية بولاية جونقلي، فجر الأحد، إلى 16 قتيلاً، بعد العثور على جثتين في الغابة القريبة، بحسب مفوض المقاطعة.

وكان المفوض قد أعلن في وقت سابق مقتل 14 شخصاً بينهم خمس نساء وثلاثة أطفال، وإصابة تسعة آخرين، واختطاف ستة أطفال، مضيفاً أن المهاجمين نهبوا أكثر من 300 رأس من الماشية قبل أن يفروا باتجاه منطقة بيبور الإدارية الكبرى.

وقال المفوض في اتصال هاتفي مع الإذاعة إن قوات من الجيش الشعبي انتشرت في المنطقة لتعقب المهاجمين واستعادة الأطفال المختطفين والماشية المنهوبة.

ودعت بعثة الأمم المتحدة في جنوب السودان السلطات إلى محاسبة المسؤولين، محذرة من دوامة هجمات انتقامية بين المجتمعات المتجاورة في جونقلي وبيبور.
""",
    url="https://jonglei-voice.example/ar/2024/02/06/bor-south", outlet="Voice of Jonglei Radio",
    published="2024-02-06", incident="ss-jonglei-bor-south-cattle-raid-2024-02-04",
    events=[
        ev(V, "Attack", "2024-02-04", MURLE, civ("South Sudan"), "bor", 16,
           "الهجوم الذي شنه مسلحون يُعتقد أنهم من شباب المورلي على قرية في مقاطعة بور الجنوبية بولاية جونقلي، فجر "
           "الأحد"),
        ev(S, "Looting/property destruction", "2024-02-04", MURLE, civ("South Sudan"), "bor", None,
           "نهبوا أكثر من 300 رأس من الماشية", optional=True),
    ],
    notes="'فجر الأحد' in a bulletin dated Tuesday 6 February 2024 = 2024-02-04. Toll revised in the text from 14 to "
          "16 -> 16. Killings and the abduction of six children in the same attack are one Violence against "
          "civilians event (Attack precedes Abduction). Cattle looting optional. The village is unnamed: coded at "
          "Bor town (geo precision 2). Actor 'Murle Ethnic Militia (South Sudan)' is ACLED-style but not in the "
          "marsad actor lexicon (listed in ALLOWED_ACTORS).")

# ====================================================================================================== Somalia
art("h_so_mogadishu_mortars_market", """
مقديشو – مركز القرن الإفريقي للإعلام | السبت ٩ ديسمبر ٢٠٢٣

سقطت عدة قذائف هاون، مساء أمس الجمعة، في محيط مطار آدم عدي الدولي في العاصمة الصومالية مقديشو، وأصابت إحداها سوقاً شعبية صغيرة قرب البوابة الشمالية للمطار، ما أسفر عن مقتل بائعَين وإصابة خمسة أشخاص آخرين، بحسب ما أفاد به شهود عيان وعناصر في خدمة الإسعاف.

وقال ضابط في الشرطة لمراسلنا إن القذائف أُطلقت من منطقة قريبة من حي دينيلي، وإن القوات الأمنية طوقت المنطقة وبدأت عمليات تفتيش بحثاً عن المنفذين.

وتبنّت حركة الشباب الهجوم في بيان بثته إذاعة موالية لها، قائلة إنها استهدفت "قواعد الغزاة" داخل مجمع المطار الذي يضم مقار البعثات الدبلوماسية وقوات الاتحاد الإفريقي.

وكثيراً ما تستهدف الحركة مجمع المطار بقذائف الهاون، غير أن معظمها يسقط على الأحياء السكنية المجاورة.
""",
    url="https://horn-media-center.example/2023/12/09/mogadishu-mortars", outlet="Horn of Africa Media Center",
    published="2023-12-09", incident="so-mogadishu-airport-mortars-2023-12-08",
    events=[
        ev(E, "Shelling/artillery/missile attack", "2023-12-08", SHB, civ("Somalia"), "mogadishu", 2,
           "سقطت عدة قذائف هاون، مساء أمس الجمعة، في محيط مطار آدم عدي الدولي في العاصمة الصومالية مقديشو"),
    ],
    notes="'مساء أمس الجمعة' in a page dated Saturday 9 December 2023 = 2023-12-08. Mortar fire claimed by Al Shabaab, "
          "aimed at the airport compound but killing two vendors in a market -> actor2 Civilians (Somalia); 2 killed.")

art("h_so_hiraan_bulo_burte_offensive", """
وكالة أنباء هيران – النسخة العربية

الجيش الوطني يحرر ثلاث قرى شرقي بولوبرتي ويقتل أكثر من 30 من الخوارج

بولوبرتي – الأحد ١٥ يناير ٢٠٢٣

تمكنت قوات الجيش الوطني الصومالي، بالتعاون مع المقاومة الشعبية من أبناء العشائر المحلية، أمس السبت، من تحرير ثلاث قرى تقع شرقي مدينة بولوبرتي في إقليم هيران، بعد معارك ضارية مع ميليشيات الخوارج.

وقال قائد القطاع العسكري في المنطقة للوكالة إن العملية أسفرت عن مقتل أكثر من ثلاثين من عناصر الميليشيات، بينهم قياديان ميدانيان، والاستيلاء على أسلحة وذخائر، في حين استشهد ثلاثة من أفراد الجيش وأصيب سبعة آخرون.

وأضاف أن القوات تواصل تقدمها باتجاه المناطق المتبقية في ضواحي المدينة، داعياً السكان إلى التعاون مع الأجهزة الأمنية والإبلاغ عن أي تحركات مشبوهة.

وتأتي هذه العملية في إطار المرحلة الثانية من الحملة العسكرية التي أعلنتها الحكومة الفيدرالية لتحرير ولايتي هيرشبيلي وغلمدغ من قبضة الميليشيات.
""",
    url="https://hiraan-news-agency.example/ar/2023/01/15/bulo-burte", outlet="Hiraan News Agency",
    published="2023-01-15", incident="so-hiraan-bulo-burte-villages-2023-01-14",
    events=[
        ev(B, "Government regains territory", "2023-01-14", SOM, SHB, "bulo_burte", 33,
           "من تحرير ثلاث قرى تقع شرقي مدينة بولوبرتي في إقليم هيران، بعد معارك ضارية مع ميليشيات الخوارج"),
    ],
    notes="Government-line news agency style; 'الخوارج' is the Somali government's term for Al Shabaab. Villages "
          "unnamed -> coded at "
          "Bulo Burte (geo precision 2). 'أكثر من ثلاثين' militants (30) + 3 soldiers = 33, the only figures given "
          "(government claim, unverified). The Macawisley clan militia is an associated actor, not coded.")

# ====================================================================================================== Sahel
art("h_ml_douentza_convoy_ambush", """
باماكو – الثلاثاء 17 أكتوبر 2023 – (الساحل بوست)

أعلنت هيئة الأركان العامة للقوات المسلحة المالية، في بيان تلاه الناطق باسمها على التلفزيون الرسمي مساء اليوم، أن وحدة من الجيش تعرضت أمس الاثنين 16 أكتوبر لكمين نصبه "إرهابيون" على بعد نحو أربعين كيلومتراً شرق مدينة دوينتزا، على المحور المؤدي إلى بوني في منطقة موبتي.

وقال البيان إن القوات "ردت بقوة وتمكنت من تحييد 17 إرهابياً"، مشيراً إلى مقتل أربعة جنود وإصابة تسعة آخرين، وتدمير مركبتين عسكريتين.

في المقابل، تبنت جماعة نصرة الإسلام والمسلمين الهجوم في بيان نشرته مؤسسة الزلاقة التابعة لها، زاعمة أنها قتلت "أكثر من عشرين جندياً" واستولت على أسلحة وذخائر، وهي أرقام لم يتسن التحقق منها من مصدر مستقل.

ويشهد المحور الرابط بين دوينتزا وهومبوري هجمات متكررة منذ انسحاب بعثة الأمم المتحدة من قواعدها في المنطقة.
""",
    url="https://sahel-post.example/2023/10/17/douentza-ambush", outlet="Sahel Post",
    published="2023-10-17", incident="ml-mopti-douentza-ambush-2023-10-16",
    events=[
        ev(B, "Armed clash", "2023-10-16", JNIM, MLI, "douentza", 21,
           "أن وحدة من الجيش تعرضت أمس الاثنين 16 أكتوبر لكمين نصبه \"إرهابيون\" على بعد نحو أربعين كيلومتراً شرق "
           "مدينة دوينتزا"),
    ],
    notes="Ambush on 2023-10-16, about 40 km east of Douentza on the road to Boni: coded at Douentza (geo precision 2; "
          "Boni not in the gazetteer). JNIM claimed it -> actor1 JNIM. Fatalities: army figures 4 soldiers + 17 "
          "'neutralised' = 21; JNIM's '20+ soldiers' is an unverified claim and not added (conservative).")

art("h_ml_lere_market_drone_strike", """
منصة أزواد الإعلامية

غارة بمسيّرة على السوق الأسبوعي في ليري.. وحصيلة القتلى ترتفع إلى 11

نشر في: 16 ديسمبر 2024

قُتل ثمانية مدنيين على الأقل وأصيب أكثر من عشرين، يوم الجمعة الماضي، في غارة بطائرة مسيّرة نفذها الجيش المالي على السوق الأسبوعي في بلدة ليري التابعة لدائرة نيافونكي بإقليم تمبكتو، بحسب ما أفاد به سكان ومنتخب محلي.

وأوضح المنتخب المحلي أن الحصيلة ارتفعت لاحقاً إلى 11 قتيلاً بعد وفاة ثلاثة من الجرحى في المركز الصحي للبلدة الذي يفتقر إلى التجهيزات اللازمة، مشيراً إلى أن بين الضحايا رعاة وتجاراً قدموا من القرى المجاورة ومن الحدود الموريتانية.

وقال الجيش المالي في بيان مقتضب إنه نفذ "ضربات جوية دقيقة استهدفت تجمعاً لإرهابيين" في منطقة ليري، من دون الإشارة إلى وقوع ضحايا مدنيين.

وطالبت منظمات حقوقية محلية بفتح تحقيق مستقل في الغارة، التي تأتي بعد أسابيع من ضربات مماثلة في أقاليم كيدال وتمبكتو.

تابعونا | شاركوا المقال | التعليقات (0)
""",
    url="https://azawad-media.example/2024/12/16/lere-market", outlet="Azawad Media Platform",
    published="2024-12-16", incident="ml-timbuktu-lere-market-drone-2024-12-13",
    events=[
        ev(E, "Air/drone strike", "2024-12-13", MLI, civ("Mali"), "lere", 11,
           "في غارة بطائرة مسيّرة نفذها الجيش المالي على السوق الأسبوعي في بلدة ليري التابعة لدائرة نيافونكي"),
    ],
    notes="'يوم الجمعة الماضي' in a page dated Monday 16 December 2024 = 2024-12-13. Toll revised in the text from 8 "
          "to "
          "11 -> 11. The army says it hit 'terrorists'; residents say civilians -> actor2 Civilians (Mali). Léré is "
          "not in the gazetteer; coordinates from general knowledge (about 15.71 N, 4.91 W).")

art("h_bf_djibo_attack_repelled", """
واغادوغو – وكالة الساحل للأنباء | السبت 25 فبراير 2023

أعلنت هيئة الأركان العامة للقوات المسلحة في بوركينا فاسو، اليوم السبت، أن وحداتها صدت صباح أمس الجمعة هجوماً إرهابياً واسعاً استهدف المفرزة العسكرية ومواقع متطوعي الدفاع عن الوطن في مدينة جيبو بإقليم سوم شمالي البلاد.

وقالت الهيئة في بيان إن المهاجمين، الذين قدموا على متن دراجات نارية وشاحنات صغيرة، "جرى تحييد العشرات منهم" بفضل تدخل سلاح الجو، مضيفة أن ستة عسكريين وثلاثة من المتطوعين سقطوا خلال المعارك التي استمرت عدة ساعات.

وتبنت جماعة نصرة الإسلام والمسلمين الهجوم في رسالة على تطبيق تيليغرام.

وتعيش جيبو، التي يقطنها عشرات الآلاف من النازحين، تحت حصار تفرضه الجماعات المسلحة منذ أكثر من عام، ولا تصلها الإمدادات إلا عبر قوافل عسكرية أو جسر جوي.
""",
    url="https://sahel-news-agency.example/2023/02/25/djibo", outlet="Sahel News Agency",
    published="2023-02-25", incident="bf-soum-djibo-attack-2023-02-24",
    events=[
        ev(B, "Armed clash", "2023-02-24", JNIM, BFA, "djibo", 21,
           "أن وحداتها صدت صباح أمس الجمعة هجوماً إرهابياً واسعاً استهدف المفرزة العسكرية ومواقع متطوعي الدفاع عن "
           "الوطن في مدينة جيبو"),
    ],
    notes="'صباح أمس الجمعة' in a statement dated Saturday 25 February 2023 = 2023-02-24. JNIM claimed the attack. "
          "Fatalities: 'العشرات' of attackers -> 12 (taxonomy: 'dozens' = 12) + 6 soldiers + 3 VDP = 21. VDP is an "
          "associated actor of the army here (not coded separately). The air support is part of the battle.")

art("h_ne_tillaberi_tera_attacks", """
نيامي – صوت النيجر | الأربعاء 15 يناير 2025

مقتل 18 مدنياً في هجوم على قرية قرب تيرا.. وكمين يستهدف دورية عسكرية في غوتي

قتل 18 مدنياً على الأقل، يوم الاثنين، في هجوم شنه مسلحون من تنظيم الدولة الإسلامية – ولاية الساحل على قرية تابعة لمحافظة تيرا في إقليم تيلابيري غربي النيجر، بحسب مصادر محلية وأمنية.

وقالت المصادر إن المهاجمين وصلوا على دراجات نارية عند الغروب، وأطلقوا النار على المصلين أمام مسجد القرية، ثم أحرقوا مخازن الحبوب قبل أن ينسحبوا باتجاه الحدود مع بوركينا فاسو.

وفي اليوم التالي، تعرضت دورية عسكرية كانت تتعقب المهاجمين لكمين قرب بلدة غوتي، ما أدى إلى مقتل خمسة جنود، فيما أعلنت وزارة الدفاع "تحييد عشرة إرهابيين" خلال الاشتباك الذي استمر ساعتين.

وأعلنت السلطات المحلية الحداد ثلاثة أيام في المحافظة، فيما ندد المجلس الوطني لحماية الوطن بـ"الهجوم الجبان" وتوعد بملاحقة المنفذين.
""",
    url="https://voix-du-niger.example/ar/2025/01/15/tera", outlet="Voice of Niger (Arabic)",
    published="2025-01-15", incident="ne-tillaberi-tera-attacks-2025-01-13",
    events=[
        ev(V, "Attack", "2025-01-13", ISSP, civ("Niger"), "tera", 18,
           "في هجوم شنه مسلحون من تنظيم الدولة الإسلامية – ولاية الساحل على قرية تابعة لمحافظة تيرا"),
        ev(B, "Armed clash", "2025-01-14", ISSP, NER, "gotheye", 15,
           "تعرضت دورية عسكرية كانت تتعقب المهاجمين لكمين قرب بلدة غوتي"),
    ],
    notes="Page dated Wednesday 15 January 2025: 'يوم الاثنين' = 2025-01-13, 'في اليوم التالي' = 2025-01-14 (relative "
          "to "
          "an earlier event date, not to publication). Village attack: 18 civilians, coded at Tera (village unnamed, "
          "geo precision 2); the grain-store burning is part of the attack. Ambush near Gothèye: 5 soldiers + 10 "
          "'neutralised' = 15. The CNSP condemnation and mourning are not events.")

art("h_ng_zamfara_maru_abduction_breaking", """
عاجل | مسلحون يختطفون ٣٧ شخصاً من قرية في ولاية زامفارا النيجيرية

غوساو – نيجيريا بالعربي | الاثنين ٥ فبراير ٢٠٢٤

اختطف مسلحون من عصابات قطاع الطرق، فجر الأحد، ٣٧ شخصاً بينهم نساء وأطفال من قرية تابعة لمنطقة مارو الحكومية المحلية في ولاية زامفارا شمال غربي نيجيريا، دون تسجيل وفيات، وفق المتحدث باسم شرطة الولاية.

التفاصيل لاحقاً..
""",
    url="https://nigeria-arabic.example/breaking/2024/02/05/maru", outlet="Nigeria in Arabic",
    published="2024-02-05", incident="ng-zamfara-maru-abduction-2024-02-04",
    events=[
        ev(V, "Abduction/forced disappearance", "2024-02-04", BANDITS, civ("Nigeria"), "maru", 0,
           "اختطف مسلحون من عصابات قطاع الطرق، فجر الأحد، ٣٧ شخصاً بينهم نساء وأطفال من قرية تابعة لمنطقة مارو "
           "الحكومية المحلية"),
    ],
    notes="Short breaking item; 'فجر الأحد' in a page dated Monday 5 February 2024 = 2024-02-04. Mass abduction by "
          "bandits -> Bandits (Nigeria); explicit 'no deaths' -> 0. Village unnamed: coded at Maru (LGA seat).")

art("h_ng_borno_marte_iswap_base", """
مايدوغوري – صحيفة بحيرة تشاد | الاثنين 19 أغسطس 2024

صدّت القوات النيجيرية هجوماً شنه مقاتلون من تنظيم "ولاية غرب إفريقيا" التابع لتنظيم الدولة الإسلامية على قاعدة عسكرية في بلدة مارتي بولاية بورنو، مساء السبت، بحسب بيان لمدير الإعلام في وزارة الدفاع.

وقال البيان إن المهاجمين قدموا على متن نحو عشر شاحنات مزودة برشاشات ثقيلة، واشتبكوا مع القوات لأكثر من ثلاث ساعات، قبل أن تتدخل مقاتلات سلاح الجو وتجبرهم على التراجع، مضيفاً أن "أكثر من عشرين إرهابياً قُتلوا" ودُمّرت ثلاث من شاحناتهم.

وأقر البيان بمقتل جنديين وإصابة ستة آخرين، فيما قال مسؤول محلي إن عشرات العائلات فرّت من البلدة نحو مدينة ديكوا خشية تجدد الهجوم.

وتعرضت مارتي لهجمات متكررة منذ عام 2021، وسقطت مؤقتاً في أيدي التنظيم أكثر من مرة.
""",
    url="https://lake-chad-daily.example/2024/08/19/marte", outlet="Lake Chad Daily",
    published="2024-08-19", incident="ng-borno-marte-iswap-base-attack-2024-08-17",
    events=[
        ev(B, "Armed clash", "2024-08-17", ISWAP, NGA, "marte", 22,
           "صدّت القوات النيجيرية هجوماً شنه مقاتلون من تنظيم \"ولاية غرب إفريقيا\" التابع لتنظيم الدولة الإسلامية على "
           "قاعدة عسكرية في بلدة مارتي"),
    ],
    notes="'مساء السبت' in a page dated Monday 19 August 2024 = 2024-08-17 (the nearest past Saturday). Base attack "
          "repelled with air support -> one Armed clash; fatalities 'أكثر من عشرين' (20) + 2 soldiers = 22. Past "
          "seizures of Marte are history; the flight to Dikwa is not an event.")

art("h_td_abeche_riot", """
أبشي – إذاعة وداي | الأربعاء 23 أغسطس 2023

قُتل شخص وأصيب سبعة آخرون، أمس الثلاثاء، في مدينة أبشي شرقي تشاد، خلال احتجاجات عنيفة اندلعت رفضاً لقرار السلطات عزل رئيس البلدية المنتخب وتعيين مندوب خاص بدلاً منه.

وأفاد شهود بأن مئات الشبان أغلقوا الطرق الرئيسية بالحجارة، ثم توجهوا إلى مقر البلدية وأضرموا فيه النار، كما أحرقوا سيارتين تابعتين للإدارة المحلية، فيما ردت قوات الشرطة بإطلاق الغاز المسيل للدموع ثم الرصاص الحي.

وأكد مصدر في المستشفى الإقليمي أن القتيل شاب في الثامنة عشرة من عمره أصيب برصاصة في البطن، وأن بين الجرحى ثلاثة من عناصر الشرطة.

وأعلن والي إقليم وداي حظر التجول ليلاً في المدينة حتى إشعار آخر، داعياً الأهالي إلى "ضبط النفس وعدم الانجرار وراء دعوات الفوضى".
""",
    url="https://radio-ouaddai.example/ar/2023/08/23/abeche", outlet="Radio Ouaddai (Arabic)",
    published="2023-08-23", incident="td-ouaddai-abeche-riot-2023-08-22",
    events=[
        ev(R, "Violent demonstration", "2023-08-22", rioters("Chad"), TCD_POL, "abeche", 1,
           "توجهوا إلى مقر البلدية وأضرموا فيه النار، كما أحرقوا سيارتين تابعتين للإدارة المحلية"),
    ],
    notes="'أمس الثلاثاء' in a page dated Wednesday 23 August 2023 = 2023-08-22. Protesters burn the town hall and "
          "cars -> Riots/Violent demonstration (violent before the police fired), actor2 Police Forces of Chad "
          "(2021-); 1 killed. The night curfew is not coded.")

# ====================================================================================================== Algeria / J
art("h_dz_mdn_weekly_operations", """
وزارة الدفاع الوطني – الجمهورية الجزائرية الديمقراطية الشعبية

حصيلة العمليات العملياتية للجيش الوطني الشعبي خلال الفترة الممتدة من 10 إلى 16 جانفي 2024

في إطار مكافحة الإرهاب والجريمة المنظمة، وفي سياق الجهود المتواصلة لتأمين حدودنا الوطنية، نفذت وحدات ومفارز الجيش الوطني الشعبي خلال الفترة الممتدة من 10 إلى 16 جانفي 2024 عدة عمليات أسفرت عن نتائج نوعية، تعكس مدى الاحترافية العالية واليقظة والاستعداد الدائمين لقواتنا المسلحة في كامل التراب الوطني.

مكافحة الإرهاب:
- إثر كمين نُصب بالقرب من بلدية الميلية، ولاية جيجل بالناحية العسكرية الخامسة، تمكنت مفرزة للجيش الوطني الشعبي، يوم 11 جانفي 2024، من القضاء على إرهابيَّين اثنين واسترجاع مسدسين رشاشين من نوع كلاشنيكوف وكمية من الذخيرة.
- أوقفت مفارز للجيش الوطني الشعبي 7 عناصر دعم للجماعات الإرهابية في عمليات متفرقة عبر التراب الوطني.
- تم كشف وتدمير مخبأين للإرهابيين بولاية سكيكدة.

مكافحة الجريمة المنظمة:
- أحبطت مفارز مشتركة محاولات إدخال كميات ضخمة من المخدرات عبر الحدود مع المغرب، تقدر بـ 14 قنطاراً من الكيف المعالج.
- أوقفت مفارز أخرى 211 شخصاً وضبطت 19 مركبة و143 مولداً كهربائياً ومطارق ضغط تستعمل في عمليات التنقيب غير المشروع عن الذهب، بكل من تمنراست وبرج باجي مختار وعين قزام.
""",
    url="https://mdn-dz.example/ar/bilan/2024-01-17", outlet="Ministry of National Defence (Algeria), weekly report",
    published=None, incident="dz-jijel-el-milia-ambush-2024-01-11",
    events=[
        ev(B, "Armed clash", "2024-01-11", DZA, uag("Algeria"), "el_milia", 2,
           "إثر كمين نُصب بالقرب من بلدية الميلية، ولاية جيجل بالناحية العسكرية الخامسة، تمكنت مفرزة للجيش الوطني "
           "الشعبي، يوم 11 جانفي 2024، من القضاء على إرهابيَّين اثنين"),
        ev(S, "Arrests", None, DZA, None, "algeria_unknown", None,
           "أوقفت مفارز للجيش الوطني الشعبي 7 عناصر دعم للجماعات الإرهابية في عمليات متفرقة عبر التراب الوطني",
           optional=True),
    ],
    notes="Weekly MoD bulletin in Maghrebi month names ('جانفي'); the page states no publication date (published "
          "null); "
          "the ambush date is absolute. Army ambush near El Milia killing two 'terrorists' on "
          "2024-01-11 -> Armed clash, actor2 Unidentified Armed Group (Algeria) (no group named); 2. The 7 support "
          "elements arrested 'across the national territory' have no date or place -> optional, date null, no "
          "coordinates. Hideout destruction, drug seizures and gold-prospector arrests are not ACLED events.")

art("h_jo_amman_rabieh_protest", """
بوابة جبل عمّان
الخميس 28 آذار 2024

الأمن يفرّق بالقوة تجمعاً قرب السفارة الإسرائيلية في الرابية ويوقف عدداً من المشاركين

فرّقت قوات الأمن العام، في وقت متأخر من ليل الأربعاء، تجمعاً لمئات المحتجين قرب مسجد الكالوتي في منطقة الرابية غربي عمّان، كانوا يحاولون التوجه نحو مبنى السفارة الإسرائيلية تضامناً مع قطاع غزة، مستخدمة الهراوات والغاز المسيل للدموع.

وقال منظمون إن قوات الأمن أوقفت ما لا يقل عن عشرين مشاركاً، بينهم طلبة جامعيون، وإن عدداً من المحتجين أصيبوا برضوض وحالات اختناق.

في المقابل، قالت مديرية الأمن العام في بيان إن "أعداداً من المشاركين خرجوا عن الإطار السلمي للفعالية وحاولوا الاعتداء على رجال الأمن وإغلاق الطرق"، مؤكدة احترامها "حق التعبير السلمي ضمن القانون".

وتشهد منطقة الرابية تجمعات شبه يومية منذ أسابيع، تطالب بإلغاء معاهدة وادي عربة وطرد السفير الإسرائيلي.

هل أعجبك هذا الخبر؟ شاركه مع أصدقائك
""",
    url="https://jabal-amman-gate.example/2024/03/28/rabieh", outlet="Jabal Amman Gate",
    published="2024-03-28", incident="jo-amman-rabieh-protest-2024-03-27",
    events=[
        ev(P, "Protest with intervention", "2024-03-27", protesters("Jordan"), JOR_POL, "amman_rabieh", 0,
           "فرّقت قوات الأمن العام، في وقت متأخر من ليل الأربعاء، تجمعاً لمئات المحتجين قرب مسجد الكالوتي في منطقة "
           "الرابية"),
        ev(S, "Arrests", "2024-03-27", JOR_POL, protesters("Jordan"), "amman_rabieh", None,
           "أوقفت ما لا يقل عن عشرين مشاركاً، بينهم طلبة جامعيون", optional=True),
    ],
    notes="'ليل الأربعاء' in a page dated Thursday 28 March 2024 = 2024-03-27. Dispersal with batons and tear gas, "
          "bruises and suffocation but no deaths -> Protest with intervention, 0 (not excessive force: no lethal "
          "force). Public Security Directorate -> Police Forces of Jordan. Arrests during the dispersal optional.")

# ====================================================================================================== non-event a
art("h_iq_arbaeen_security_warning", """
بغداد – وكالة الرافدين الإخبارية | الاثنين 28 آب 2023

قيادة العمليات المشتركة تحذر من محاولات داعش استهداف زوار الأربعين

حذرت قيادة العمليات المشتركة، اليوم الاثنين، من محاولات "بقايا عصابات داعش الإرهابية" استغلال زيارة الأربعين لتنفيذ هجمات تستهدف الزائرين المتوجهين سيراً على الأقدام إلى كربلاء، مؤكدة أن القوات الأمنية "على أتم الاستعداد لإفشال أي مخطط".

وقال الناطق باسم القيادة في مؤتمر صحفي إن المعلومات الاستخبارية تشير إلى أن التنظيم "قد يلجأ إلى العبوات الناسفة أو الأحزمة الناسفة على الطرق الخارجية الرابطة بين المحافظات"، لافتاً إلى نشر أكثر من ثلاثين ألف منتسب على طول طرق الزيارة، وإشراك طائرات مسيّرة لمراقبة المناطق الصحراوية المحاذية.

وأضاف أن الخطة تشمل قواطع المسؤولية في بابل وواسط وديالى والمناطق المحاذية لحزام بغداد، مستذكراً أن الزيارة تعرضت في أعوام سابقة لهجمات دامية، أبرزها تفجير شاحنة مفخخة استهدف محطة وقود يرتادها الزوار قرب الحلة عام 2016.

ودعا الناطق المواطنين إلى التعاون مع القوات الأمنية والإبلاغ عن أي جسم مشبوه، مشدداً على أن "لا تهاون مع من يحاول المساس بأمن الزائرين".
""",
    url="https://rafidain-news.example/2023/08/28/arbaeen-warning", outlet="Rafidain News Agency",
    published="2023-08-28",
    notes="Non-event: a security warning about possible attacks (future, hedged: 'قد يلجأ'), deployment plans, and the "
          "2016 Hilla truck bombing recalled in passing as history.")

art("h_ly_lna_jufra_denial", """
بنغازي – بوابة برقة | الخميس 20 أبريل 2023

القيادة العامة تنفي وقوع اشتباكات في قاعدة الجفرة: "ما جرى تمرين روتيني"

نفى الناطق الرسمي باسم القيادة العامة للقوات المسلحة العربية الليبية، في بيان مساء اليوم الخميس، صحة ما تداولته صفحات على مواقع التواصل الاجتماعي عن وقوع اشتباكات مسلحة داخل قاعدة الجفرة الجوية وسقوط قتلى وجرحى.

وقال الناطق إن "الأصوات التي سمعها سكان مدينة هون والمناطق المجاورة ناتجة عن تمرين روتيني بالذخيرة الحية تنفذه إحدى الوحدات الجوية وفق جدول التدريب السنوي"، مؤكداً أن "الأوضاع داخل القاعدة مستقرة تماماً، ولم تسجل أي خسائر بشرية أو مادية".

ودعا البيان وسائل الإعلام إلى "تحري الدقة وعدم الانسياق وراء الشائعات التي تروجها صفحات مشبوهة تسعى لزعزعة الاستقرار في المنطقة الجنوبية".

وكانت صفحات محلية قد نشرت منذ صباح الخميس مقاطع صوتية قالت إنها لاشتباكات بين مجموعتين مسلحتين داخل القاعدة، من دون أن يتسنى التحقق منها.
""",
    url="https://barqa-gate.example/2023/04/20/jufra-denial", outlet="Barqa Gate",
    published="2023-04-20",
    notes="Non-event: the LNA denies rumoured clashes at al-Jufra airbase; the only reports are unverified social "
          "media "
          "claims, and the explanation is a live-fire exercise. Nothing is reported as having happened.")

art("h_sy_opinion_transition_column", """
مقالات الرأي | الاثنين 10 شباط 2025

معركتنا الحقيقية لم تبدأ بعد

بقلم: كاتب سوري مقيم في غازي عنتاب

نحن جيل نام على صوت البراميل واستيقظ على صوت الإسعاف. جيل رأى مدنه تُقصف حياً حياً، ودفن أصدقاءه في حدائق المنازل لأن المقابر صارت خطوط تماس. ومن الطبيعي أن يحمل هذا الجيل في صدره ما يكفي من الغضب لإشعال البلاد مرة أخرى.

لكن المعركة التي تنتظرنا اليوم ليست معركة بنادق. إنها معركة على الذاكرة والعدالة: كيف نحاسب من قتل في الحولة والتريمسة وداريا من دون أن نصنع ضحايا جدداً؟ كيف نمنع أن يتحول الثأر إلى سياسة، وأن تنفجر الاحتقانات المتراكمة في الساحل والبادية والجنوب؟

إن أخطر ما يمكن أن يحدث للسلطة الجديدة هو أن تظن أن سقوط النظام أنهى الحرب. الحروب لا تنتهي حين يصمت الرصاص، بل حين يشعر آخر أمٍّ فقدت ابنها بأن أحداً يسمعها. وإذا لم تُبنَ مؤسسات قضاء انتقالي مستقلة، فإن كل حاجز وكل اعتقال عشوائي سيكون صاعق تفجير لقنبلة موقوتة.

علينا أن نهاجم الفقر والجهل بالشراسة نفسها التي هاجمنا بها الخوف. وعلينا أن نقصف جدران الطائفية بالكتب والمدارس لا بالمدافع.

الآراء الواردة في المقال تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي الموقع.
""",
    url="https://levant-opinions.example/2025/02/10/real-battle", outlet="Levant Opinions",
    published="2025-02-10",
    notes="Non-event: opinion column. Past massacres (Houla, Tremseh, Daraya) are history mentioned in passing; war "
          "vocabulary is metaphor ('نقصف جدران الطائفية بالكتب', 'صاعق تفجير', 'نهاجم الفقر').")

art("h_dz_football_capital_derby", """
الملاعب الجزائرية – البطولة المحترفة

مولودية الجزائر تكتسح اتحاد العاصمة بثلاثية في داربي مثير

الجمعة 9 فيفري 2024

فرضت مولودية الجزائر سيطرتها المطلقة على داربي العاصمة، مساء الخميس بملعب 5 جويلية، بعدما اكتسحت ضيفها اتحاد العاصمة بثلاثة أهداف دون رد، في لقاء شهد هجوماً كاسحاً لأصحاب الأرض منذ صافرة البداية.

وافتتح المهاجم الدولي التسجيل في الدقيقة 17 بقذيفة صاروخية من خارج منطقة الجزاء سكنت الزاوية العليا، قبل أن يضاعف زميله النتيجة برأسية قاتلة اغتالت آمال الضيوف قبل نهاية الشوط الأول. وفي الشوط الثاني، واصل "العميد" قصف مرمى الحارس، ليضيف البديل الهدف الثالث في الدقيقة 81 وسط انفجار المدرجات فرحاً.

وعاش اتحاد العاصمة ليلة سوداء، إذ فقد ثلاثة من لاعبيه الأساسيين بسبب الإصابة، وطُرد مدافعه المحوري بعد تدخل عنيف في الدقيقة 63.

وأشعل أنصار المولودية الشماريخ في احتفالات امتدت حتى ساعة متأخرة من الليل في شوارع باب الوادي، فيما وصف مدرب الاتحاد الهزيمة بـ"المذبحة الكروية" التي يجب طي صفحتها سريعاً.
""",
    url="https://algerian-stadiums.example/2024/02/09/derby", outlet="Algerian Stadiums",
    published="2024-02-09",
    notes="Non-event: football report full of violent metaphors (هجوم كاسح، قذيفة صاروخية، اغتالت آمال، قصف مرمى، "
          "انفجار المدرجات، مذبحة كروية); player injuries and a red card; fans' flares in celebration are not a riot.")

art("h_iq_halabja_anniversary", """
السليمانية – شبكة كردستان الإخبارية | الجمعة 15 آذار 2024

حلبجة تستعد لإحياء الذكرى السادسة والثلاثين للقصف الكيمياوي

تستعد مدينة حلبجة لإحياء الذكرى السادسة والثلاثين لقصفها بالأسلحة الكيمياوية، غداً السبت، بمراسم رسمية وشعبية يتقدمها مسؤولون في حكومة إقليم كردستان وذوو الضحايا عند النصب التذكاري في مدخل المدينة.

وفي السادس عشر من آذار 1988، قصفت طائرات النظام العراقي السابق المدينة بغازات الخردل والأعصاب، ما أدى إلى مقتل نحو خمسة آلاف شخص، معظمهم من النساء والأطفال، وإصابة آلاف آخرين لا يزال كثير منهم يعانون أمراضاً مزمنة حتى اليوم.

وقال رئيس جمعية ضحايا القصف الكيمياوي إن المراسم ستتضمن الوقوف دقيقة صمت عند الساعة الحادية عشرة صباحاً، ووضع أكاليل الزهور على مقبرة الشهداء، مطالباً الحكومة الاتحادية بتعويض ذوي الضحايا وتنفيذ قرار تحويل حلبجة إلى محافظة بشكل كامل.

ومن المقرر أن يُفتتح على هامش المراسم معرض للصور الوثائقية التي التقطها صحفيون أجانب دخلوا المدينة بعد أيام من القصف.
""",
    url="https://kurdistan-news-net.example/2024/03/15/halabja", outlet="Kurdistan News Network",
    published="2024-03-15",
    notes="Non-event: preview of a commemoration to be held tomorrow (future) and the 1988 chemical attack as history.")

art("h_tn_sousse_attack_appeal_verdict", """
تونس – جريدة الحاضرة | الأربعاء 11 ديسمبر 2024

محكمة الاستئناف تقر الأحكام في قضية الهجوم الإرهابي على نزل بسوسة

أقرت الدائرة الجنائية المختصة بالنظر في قضايا الإرهاب بمحكمة الاستئناف بتونس، في ساعة متأخرة من ليلة أمس، الأحكام الابتدائية الصادرة في حق المتهمين في قضية الهجوم الإرهابي الذي استهدف نزلاً بمنطقة القنطاوي في سوسة يوم 26 جوان 2015، مع تعديل حكمين بالتخفيف.

وكان الهجوم، الذي نفذه مسلح بمفرده قبل أن تقتله قوات الأمن، قد أودى بحياة 38 سائحاً أجنبياً أغلبهم من البريطانيين، وتبناه تنظيم "الدولة الإسلامية".

وتراوحت الأحكام بين ستة أشهر والسجن مدى الحياة، في حق متهمين بتقديم الدعم اللوجستي للمنفذ وعدم الإشعار بجريمة إرهابية، بينهم أعوان أمن اتُّهموا بالتقصير في التدخل.

وقال محامي عائلات الضحايا إن موكليه سيدرسون إمكانية الطعن بالتعقيب، مشيراً إلى أن "العدالة تأخرت تسع سنوات كاملة".
""",
    url="https://alhadhira-daily.example/2024/12/11/sousse-appeal", outlet="Al-Hadhira Daily",
    published="2024-12-11",
    notes="Non-event: an appeal verdict about the June 2015 Sousse attack (history); the court ruling is not an ACLED "
          "event. The 38 deaths belong to 2015.")

art("h_so_analysis_shabaab_after_drawdown", """
مركز هرجيسا لتحليل السياسات – ورقة تقدير موقف

ما بعد الانسحاب: هل تملأ حركة الشباب الفراغ؟

تاريخ النشر: 20 مايو 2024

مع اقتراب موعد استكمال انسحاب قوات البعثة الانتقالية للاتحاد الإفريقي من الصومال، تتزايد المخاوف من أن تستغل حركة الشباب الفراغ الأمني لاستعادة المناطق التي خسرتها خلال حملة 2022–2023 في إقليمي هيران وشبيلي الوسطى.

وترجح هذه الورقة ثلاثة سيناريوهات: الأول أن تكتفي الحركة بهجمات خاطفة على القواعد التي تُسلَّم للجيش الوطني، مستفيدة من ضعف الإمدادات؛ والثاني أن تشن هجوماً واسعاً على مدن رئيسية مثل بلدوين أو جوهر؛ والثالث، وهو الأقل ترجيحاً، أن تدخل في مفاوضات غير مباشرة عبر وسطاء عشائريين.

وتشير الورقة إلى أن الحركة أثبتت قدرتها على تنفيذ هجمات بالغة الدموية في قلب العاصمة، كما في تفجير الشاحنة المفخخة في تقاطع زوبي في أكتوبر 2017 الذي أودى بحياة أكثر من خمسمئة شخص، وأن أي تراخٍ في تأمين مقديشو قد يفتح الباب أمام عمليات مماثلة.

وتوصي الورقة بتأجيل تسليم القواعد في المناطق الهشة، وتعزيز قدرات الاستخبارات المحلية، وإشراك العشائر في ترتيبات أمنية دائمة.
""",
    url="https://hargeisa-policy.example/papers/after-the-drawdown", outlet="Hargeisa Policy Analysis Center",
    published="2024-05-20",
    notes="Non-event: policy paper on possible future attacks (scenarios, 'قد يفتح'); the 2017 Zoobe bombing and the "
          "2022-2023 campaign are history.")

art("h_sa_joint_exercise_hijri", """
بوابة الدفاع العربي – تبوك

الخميس 12 شعبان 1445هـ الموافق 22 فبراير 2024م

اختتام تمرين "سيف الصحراء 3" المشترك بين القوات البرية الملكية السعودية والقوات المسلحة المصرية

اختتمت القوات البرية الملكية السعودية ونظيرتها المصرية، اليوم، فعاليات التمرين المشترك "سيف الصحراء 3" الذي أقيم في ميدان الرماية بمنطقة تبوك على مدى أسبوعين، بحضور عدد من كبار القادة العسكريين من البلدين.

وتضمن اليوم الختامي تنفيذ رماية بالذخيرة الحية بمختلف الأسلحة، وهجوماً منسقاً بالدبابات والمدرعات على مواقع "العدو" الافتراضية، إلى جانب ضربات جوية نفذتها طائرات مقاتلة ومروحيات هجومية على أهداف مختارة، وعملية إنزال جوي لتحرير رهائن من مبنى محصن.

وأكد قائد التمرين أن "سيف الصحراء 3" حقق أهدافه في رفع مستوى التنسيق العملياتي وتبادل الخبرات في مجال العمليات المشتركة ومكافحة الإرهاب، مشيداً بالمستوى العالي الذي أظهره المشاركون.
""",
    url="https://arab-defence-gate.example/2024/02/22/desert-sword-3", outlet="Arab Defence Gate",
    published="2024-02-22",
    notes="Non-event: a joint military exercise (live fire, simulated attack on 'enemy' positions, air strikes on "
          "targets, hostage rescue). Hijri and Gregorian dates (12 Sha'ban 1445 = 2024-02-22).")

art("h_ye_hodeidah_humanitarian_update", """
نشرة المستجدات الإنسانية – اليمن
العدد 14 | الفترة: تشرين الأول/أكتوبر 2024

أبرز النقاط
• أكثر من 4.5 مليون نازح داخلياً في عموم البلاد، يعيش نحو ثلثهم في مواقع نزوح تفتقر إلى الخدمات الأساسية.
• ارتفاع حالات الاشتباه بالكوليرا في محافظة الحديدة بنسبة 30 في المئة مقارنة بالشهر السابق.
• فجوة تمويلية تتجاوز 60 في المئة من متطلبات خطة الاستجابة الإنسانية.

الحماية
لا تزال الألغام والذخائر غير المنفجرة تشكل تهديداً خطيراً للمدنيين في المديريات الجنوبية من محافظة الحديدة، حيث سجل شركاء الحماية منذ مطلع العام الجاري 87 ضحية مدنية بين قتيل وجريح، ثلثهم من الأطفال، معظمهم أثناء الرعي أو جمع الحطب. وتواصل فرق نزع الألغام عملها في مديريات الخوخة وحيس والتحيتا رغم نقص المعدات.

الصحة والتغذية
تعمل 51 في المئة فقط من المرافق الصحية في المحافظة بكامل طاقتها، ويحتاج نحو 400 ألف طفل دون سن الخامسة إلى علاج من سوء التغذية الحاد.

الأمن الغذائي
أدى ارتفاع أسعار الوقود وتراجع قيمة العملة إلى زيادة أسعار السلة الغذائية الدنيا بنسبة 12 في المئة خلال ثلاثة أشهر.

للاستفسار: humanitarian-updates@ye-cluster.example
""",
    url="https://ye-cluster.example/updates/2024-10", outlet="Yemen Humanitarian Cluster Update (fictional)",
    published=None,
    notes="Non-event: humanitarian bulletin. The landmine figure (87 civilian casualties since the start of the year) "
          "is a cumulative tally with no specific incident, date or place; cholera, displacement and prices are not "
          "events. The page gives only a month period, not a publication date -> published null.")

art("h_lb_hypothetical_war_qa", """
أسئلة وأجوبة | منبر الجنوب

ماذا لو اتسعت الحرب؟ خمسة أسئلة عن السيناريو الأسوأ في لبنان

الأربعاء 23 تشرين الأول 2024

هل يمكن أن تستهدف إسرائيل مطار رفيق الحريري الدولي؟
يرى خبراء عسكريون أن استهداف المطار يبقى احتمالاً قائماً إذا قررت إسرائيل تشديد الحصار، كما فعلت عام 2006 حين قصفت مدارجه. لكن ضغوطاً دولية قد تحول دون ذلك.

ماذا لو قُصفت محطات الكهرباء والجسور؟
في هذه الحالة ستنقطع مناطق بأكملها عن بعضها، وقد تتوقف المستشفيات عن العمل خلال أيام بسبب نفاد الوقود.

هل سيتمكن اللبنانيون من المغادرة براً؟
يعتمد ذلك على بقاء معبر المصنع مفتوحاً، وهو ما ليس مضموناً في حال توسع الضربات نحو البقاع.

كم نازحاً قد تشهد البلاد؟
تقدّر منظمات إغاثية أن العدد قد يتجاوز مليوني شخص في أسوأ السيناريوهات.

هل من فرصة لوقف إطلاق النار؟
يقول دبلوماسيون إن المفاوضات جارية، لكن أي اتفاق يحتاج إلى ضمانات لم تتوفر بعد.
""",
    url="https://minbar-aljanoub.example/qa/2024/10/23/worst-case", outlet="Minbar al-Janoub",
    published="2024-10-23",
    notes="Non-event: questions and hypotheticals ('ماذا لو قُصفت', 'قد تستهدف'); the 2006 airport strike is history.")

art("h_bf_ouagadougou_national_day_parade", """
واغادوغو – إذاعة الساحل الدولية | الخميس 12 ديسمبر 2024

استعراض عسكري ضخم في واغادوغو بمناسبة العيد الوطني

شهدت العاصمة البوركينية واغادوغو، أمس الأربعاء، استعراضاً عسكرياً ضخماً بمناسبة العيد الوطني، شاركت فيه وحدات من الجيش والدرك والشرطة ومتطوعي الدفاع عن الوطن، بحضور رئيس المرحلة الانتقالية وعدد من القادة العسكريين وممثلي الدول الصديقة.

وحلّقت فوق منصة الشرف طائرات مسيّرة مسلحة ومروحيات هجومية، فيما عُرضت مدرعات وراجمات صواريخ جديدة، إضافة إلى أسلحة وعربات قالت القيادة إنها "غُنمت من الإرهابيين خلال المعارك".

وفي كلمته، أشاد رئيس المرحلة الانتقالية بـ"تضحيات الجنود الذين سقطوا في ساحات الشرف"، مؤكداً أن "الهجوم المضاد لاستعادة كامل التراب الوطني مستمر"، وداعياً الشباب إلى الالتحاق بصفوف المتطوعين.

وتخللت الاحتفالات عروض فلكلورية وتكريم لأرامل وأيتام العسكريين.
""",
    url="https://sahel-intl-radio.example/ar/2024/12/12/parade", outlet="Sahel International Radio",
    published="2024-12-12",
    notes="Non-event: a military parade (drones, attack helicopters, captured weapons on display); 'الهجوم المضاد... "
          "مستمر' is rhetoric without a specific operation; fallen soldiers are unspecified.")

art("h_tn_carthage_film_review", """
أيام قرطاج السينمائية | نقد

"شتاء القصرين".. فيلم يعيد فتح جراح الثورة

الأربعاء 18 ديسمبر 2024

يعود المخرج التونسي الشاب في فيلمه الروائي الأول "شتاء القصرين"، المعروض ضمن المسابقة الرسمية لأيام قرطاج السينمائية، إلى الأسابيع الأخيرة من ديسمبر 2010 وجانفي 2011، حين خرج شبان حي الزهور في القصرين إلى الشوارع.

يبدأ الفيلم بمشهد صادم: قناص فوق سطح بناية يطلق النار على جنازة، فيسقط شاب في العشرين على نعش صديقه. ومن هنا يتتبع السيناريو ثلاث عائلات فقدت أبناءها، وضابطاً شاباً يرفض أوامر إطلاق النار على المتظاهرين فيُعتقل ويُعذَّب.

ويتميز العمل بتصوير قاتم وإيقاع متوتر، وإن كان المشهد الأخير، الذي تحترق فيه مقرات الحزب الحاكم، قد بدا مقحماً بعض الشيء. وقد صفق الجمهور طويلاً في قاعة الكوليزي عقب العرض الأول مساء الاثنين.

ويتنافس الفيلم على التانيت الذهبي مع أحد عشر فيلماً عربياً وإفريقياً.
""",
    url="https://cinema-maghreb.example/jcc-2024/winter-of-kasserine", outlet="Cinema Maghreb",
    published="2024-12-18",
    notes="Non-event: film review; the sniper shooting, arrest, torture and arson are plot scenes set in 2010-2011. "
          "The "
          "film and its director are fictional.")

art("h_ye_houthi_shipping_threat", """
صنعاء – مرصد صنعاء | الخميس 2 نوفمبر 2023

الحوثيون يهددون باستهداف السفن "المرتبطة بإسرائيل" في البحر الأحمر

هدد الناطق العسكري باسم جماعة أنصار الله (الحوثيين)، في كلمة متلفزة مساء اليوم، باستهداف أي سفينة تجارية "تملكها أو تشغلها شركات إسرائيلية" في البحر الأحمر وباب المندب، محذراً شركات الملاحة الدولية من "التعامل مع الكيان".

وقال الناطق إن "قواتنا البحرية جاهزة لتنفيذ عمليات نوعية في أي وقت، وستكون كل السفن المرتبطة بالعدو أهدافاً مشروعة"، مضيفاً أن الجماعة "لن تقف مكتوفة الأيدي" إزاء ما يجري في قطاع غزة.

ودعا الطواقم البحرية إلى "الابتعاد عن السفن المعادية حفاظاً على سلامتهم"، فيما توعد بـ"مفاجآت" إذا تدخلت الولايات المتحدة عسكرياً.

ولم يصدر تعليق فوري من التحالف البحري الدولي العامل في المنطقة، بينما قالت شركات تأمين إن أقساط التأمين على السفن العابرة للبحر الأحمر ارتفعت خلال الأيام الماضية.
""",
    url="https://sanaa-monitor.example/2023/11/02/shipping-threat", outlet="Sanaa Monitor",
    published="2023-11-02",
    notes="Non-event: a threat (future: 'ستكون... أهدافاً مشروعة', 'توعد بمفاجآت'); no attack reported. Insurance "
          "premiums are not an event.")


# ====================================================================================================== build / check
PART = gold_tools.BlindPart(ARTICLES, OUT, prefix="h_", script="_build_h.py", allowed_actors=frozenset(ALLOWED_ACTORS))
known_actor_eras = gold_tools.known_actor_eras
validate, check_directory, main = PART.validate, PART.check_directory, PART.main


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
