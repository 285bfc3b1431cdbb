"""Build and validate the dev gold set, part C (tests/gold_dev/c_*.json).

Part C articles are NOT in the package corpus: each article text lives only in its gold file (the "text" field) and
is written here. All texts are original and fictional (invented incidents at real places, fictional outlets with
.example domains). Run:  python tests/gold_dev/_build_c.py          (write the files, then validate them)
                         python tests/gold_dev/_build_c.py --check  (only validate the files on disk)
Checks: every c_*.json parses and has the gold keys; every evidence span occurs verbatim in its text; incident is
null exactly when there are no events; event types/sub-event types are in the ACLED taxonomy; dates are ISO;
coordinates lie in range; the files on disk are exactly the articles defined here.
"""
from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, home of gold_tools
from gold_tools import B, E, P, R, S, V, add_article, civ, make_event, run, uag  # noqa: E402

OUT = Path(__file__).resolve().parent

# canonical actor names (src/marsad/data/actors)
SYR_OLD = "Military Forces of Syria (2000-2024)"
SYR_NEW = "Military Forces of Syria (2024-)"
ISR = "Military Forces of Israel"
IRQ = "Military Forces of Iraq (2022-)"
IRQ_POL = "Police Forces of Iraq (2022-)"
ISIS = "Islamic State (ISIS)"
LBN = "Military Forces of Lebanon"
JOR = "Military Forces of Jordan"
HOUTHI = "Ansar Allah (Houthis)"
YEM = "Military Forces of Yemen (2022-)"
STC = "Southern Transitional Council (STC)"
AQAP = "Al-Qaeda in the Arabian Peninsula (AQAP)"
KSA = "Military Forces of Saudi Arabia"
EGY = "Military Forces of Egypt (2014-)"
IS_SINAI = "Islamic State (Sinai Province)"
SAF = "Military Forces of Sudan (2019-)"
RSF = "Rapid Support Forces (RSF)"
SNA_SO = "Military Forces of Somalia (2022-)"
SHB = "Al Shabaab"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"
MLI = "Military Forces of Mali (2021-)"
BFA = "Military Forces of Burkina Faso (2022-)"
VDP = "Volunteers for the Defence of the Homeland (VDP)"
NGR_NE = "Military Forces of Niger (2023-)"
NGA = "Military Forces of Nigeria (2023-)"
ISWAP = "Islamic State West Africa Province (ISWAP)"
JAS = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad (JAS)"


# place key -> (country, admin1, location, lat, lon)
PLACES = {
    # Syria
    "kabani": ("Syria", "Latakia", "Kabani, Latakia", 35.85, 36.29),
    "kafr_nabudah": ("Syria", "Hama", "Kafr Nabudah, Hama", 35.43, 36.49),
    "lataminah": ("Syria", "Hama", "Al-Lataminah, Hama", 35.32, 36.62),
    "sukhnah": ("Syria", "Homs", "Al-Sukhnah, Homs", 34.88, 38.87),
    "jubata": ("Syria", "Quneitra", "Jubata al-Khashab, Quneitra", 33.24, 35.83),
    "hamidiyah_q": ("Syria", "Quneitra", "Al-Hamidiyah, Quneitra", 33.08, 35.83),
    "suwayda": ("Syria", "As-Suwayda", "As-Suwayda, As-Suwayda", 32.71, 36.57),
    "shahba": ("Syria", "As-Suwayda", "Shahba, As-Suwayda", 32.85, 36.63),
    # Iraq
    "mutaibija": ("Iraq", "Salah al-Din", "Mutaibija, Salah al-Din", 34.52, 44.48),
    "hamrin": ("Iraq", "Salah al-Din", "Hamrin Mountains, Salah al-Din", 34.65, 44.35),
    "tuz": ("Iraq", "Salah al-Din", "Tuz Khurmatu, Salah al-Din", 34.88, 44.63),
    "amadiya": ("Iraq", "Duhok", "Amadiya, Duhok", 37.09, 43.49),
    "erbil_airport": ("Iraq", "Erbil", "Erbil, Erbil", 36.24, 43.96),
    "dair_basra": ("Iraq", "Basra", "Al-Dair, Basra", 30.79, 47.56),
    "basra": ("Iraq", "Basra", "Basra, Basra", 30.51, 47.81),
    # Palestine / Lebanon / Jordan
    "jenin": ("Palestine", "West Bank", "Jenin, West Bank", 32.46, 35.30),
    "deir_balah": ("Palestine", "Gaza Strip", "Deir al-Balah, Gaza Strip", 31.42, 34.35),
    "brital": ("Lebanon", "Baalbek-Hermel", "Brital, Baalbek-Hermel", 33.96, 36.16),
    "ruwayshid": ("Jordan", "Mafraq", "Al-Ruwayshid, Mafraq", 32.50, 38.20),
    # Yemen / Saudi Arabia
    "mudiyah": ("Yemen", "Abyan", "Mudiyah, Abyan", 13.93, 46.08),
    "wadi_omran": ("Yemen", "Abyan", "Wadi Omran, Abyan", 13.98, 46.14),
    "ataq": ("Yemen", "Shabwa", "Ataq, Shabwa", 14.54, 46.83),
    "shada": ("Yemen", "Saada", "Shada, Saada", 16.86, 43.25),
    "khamis": ("Saudi Arabia", "Asir", "Khamis Mushait, Asir", 18.30, 42.73),
    # Egypt / Libya / Maghreb
    "bir_abd": ("Egypt", "North Sinai", "Bir al-Abd, North Sinai", 31.02, 33.01),
    "sheikh_zuweid": ("Egypt", "North Sinai", "Sheikh Zuweid, North Sinai", 31.21, 34.11),
    "zawiya": ("Libya", "Zawiya", "Zawiya, Zawiya", 32.76, 12.73),
    "boumerdes": ("Algeria", "Boumerdes", "Boumerdes, Boumerdes", 36.76, 3.48),
    "in_guezzam": ("Algeria", "In Guezzam", "In Guezzam, In Guezzam", 19.57, 5.77),
    # Sudan / South Sudan / Horn
    "wad_haddad": ("Sudan", "Al Jazirah", "Wad al-Haddad, Al Jazirah", 13.85, 33.53),
    "nyala": ("Sudan", "South Darfur", "Nyala, South Darfur", 12.05, 24.88),
    "wad_mahi": ("Sudan", "Blue Nile", "Wad al-Mahi, Blue Nile", 11.43, 34.53),
    "damazin": ("Sudan", "Blue Nile", "Ed Damazin, Blue Nile", 11.79, 34.36),
    "ulang": ("South Sudan", "Upper Nile", "Ulang, Upper Nile", 8.70, 32.80),
    "nasir": ("South Sudan", "Upper Nile", "Nasir, Upper Nile", 8.60, 33.07),
    "juba": ("South Sudan", "Central Equatoria", "Juba, Central Equatoria", 4.85, 31.58),
    "calmiskaad": ("Somalia", "Bari", "Cal Miskaad, Bari", 11.10, 49.60),
    "bulo_gaduud": ("Somalia", "Lower Juba", "Bulo Gaduud, Lower Juba", 0.86, 42.36),
    "kismayo": ("Somalia", "Lower Juba", "Kismayo, Lower Juba", -0.36, 42.55),
    "mota": ("Ethiopia", "Amhara", "Mota, Amhara", 11.08, 37.87),
    "debre_markos": ("Ethiopia", "Amhara", "Debre Markos, Amhara", 10.33, 37.72),
    # Sahel / Lake Chad
    "tinzaouaten": ("Mali", "Kidal", "Tinzaouaten, Kidal", 19.96, 2.97),
    "niono": ("Mali", "Segou", "Niono, Segou", 14.25, -5.99),
    "macina": ("Mali", "Segou", "Macina, Segou", 13.96, -5.36),
    "kaya": ("Burkina Faso", "Centre-Nord", "Kaya, Centre-Nord", 13.09, -1.08),
    "pissila": ("Burkina Faso", "Centre-Nord", "Pissila, Centre-Nord", 13.17, -0.82),
    "fada": ("Burkina Faso", "Est", "Fada N'Gourma, Est", 12.06, 0.36),
    "diffa": ("Niger", "Diffa", "Diffa, Diffa", 13.32, 12.61),
    "toumour": ("Niger", "Diffa", "Toumour, Diffa", 13.65, 13.12),
    "gwoza": ("Nigeria", "Borno", "Gwoza, Borno", 11.08, 13.69),
    "ndjamena": ("Chad", "N'Djamena", "N'Djamena, N'Djamena", 12.11, 15.04),
    "moundou": ("Chad", "Logone Occidental", "Moundou, Logone Occidental", 8.57, 16.08),
}


ev = partial(make_event, PLACES)
ARTICLES: dict[str, dict] = {}
art = partial(add_article, ARTICLES)


# ====================================================================================================== Syria
art("c_sy_monitor_hama_latakia_tally", """
مرصد العاصي لحقوق الإنسان
التقرير اليومي | الأحد 16 حزيران 2019

حصيلة يوم السبت 15 حزيران: ستة قتلى مدنيين وحالات اختناق في ثلاث حوادث منفصلة

وثّق فريق مرصد العاصي لحقوق الإنسان، يوم أمس السبت، مقتل ستة مدنيين في حادثتين منفصلتين بريف حماة الشمالي، إضافة إلى حالات اختناق في ريف اللاذقية الشمالي الشرقي، وفيما يلي تفاصيل كل حادثة كما وردت من شبكة مراسلي المرصد:

1- ريف اللاذقية – محور كبانة: عانى أحد عشر مقاتلاً من فصائل المعارضة وثلاثة مسعفين من ضيق في التنفس وتهيّج في العينين وسعال حاد، بعد سقوط قذائف أطلقتها قوات النظام على محور كبانة قرابة الساعة السادسة صباحاً، ترافقت مع انبعاث رائحة نفاذة تشبه رائحة الكلور. ونُقل المصابون إلى نقطة طبية في ريف جسر الشغور، ولم تُسجل وفيات بينهم. ولم يتمكن المرصد من التحقق بشكل مستقل من طبيعة المادة المستخدمة، فيما نفت وزارة الدفاع في حكومة النظام "بشكل قاطع" استخدام أي مواد سامة، واتهمت "المجموعات الإرهابية" بفبركة الحادثة.

2- ريف حماة الشمالي – كفرنبودة: قُتل مدنيان، رجل وابنه، وأصيبت امرأة بجروح، جراء قصف مدفعي وصاروخي مصدره مواقع قوات النظام في محيط بلدة كرناز، استهدف الأحياء السكنية في كفرنبودة عند الظهيرة.

3- ريف حماة الشمالي – اللطامنة: قُتل أربعة مدنيين، بينهم طفلان، وأصيب سبعة آخرون، جراء غارتين شنتهما طائرة حربية روسية على الأطراف الشرقية لمدينة اللطامنة عند المساء، بحسب مراصد الطيران المحلية.

ويرفع ذلك عدد القتلى المدنيين الذين وثقهم المرصد في أرياف حماة وإدلب واللاذقية منذ نهاية نيسان الماضي إلى 312 قتيلاً. ويذكّر المرصد بأن المنطقة ذاتها شهدت في آذار 2017 هجوماً اتُهمت فيه قوات النظام باستخدام غازات سامة، ولا يزال ملفه مفتوحاً أمام لجان التحقيق الدولية.

للتواصل مع فريق التوثيق: info@asi-observatory.example
""",
    url="https://asi-observatory.example/daily/2019-06-16", outlet="Asi Observatory for Human Rights",
    published="2019-06-16", incident="sy-hama-latakia-daily-tally-2019-06-15",
    events=[
        ev(E, "Chemical weapon", "2019-06-15", SYR_OLD, "Free Syrian Army (FSA)", "kabani", 0,
           "بعد سقوط قذائف أطلقتها قوات النظام على محور كبانة قرابة الساعة السادسة صباحاً، ترافقت مع انبعاث رائحة نفاذة تشبه رائحة الكلور"),
        ev(E, "Shelling/artillery/missile attack", "2019-06-15", SYR_OLD, civ("Syria"), "kafr_nabudah", 2,
           "جراء قصف مدفعي وصاروخي مصدره مواقع قوات النظام في محيط بلدة كرناز، استهدف الأحياء السكنية في كفرنبودة"),
        ev(E, "Air/drone strike", "2019-06-15", "Military Forces of Russia", civ("Syria"), "lataminah", 4,
           "جراء غارتين شنتهما طائرة حربية روسية على الأطراف الشرقية لمدينة اللطامنة"),
    ],
    notes="Monitor-style daily tally (fictional observatory), three separate incidents on Saturday 2019-06-15, each its "
          "own event with its own toll (2 + 4 = the six civilians of the headline). Alleged chlorine attack at Kabani: "
          "coded as Chemical weapon although unverified and denied by the government (the monitor's report is the "
          "news); no deaths ('لم تُسجل وفيات') -> 0; the victims are opposition fighters and medics (actor2 "
          "'Free Syrian Army (FSA)' as the generic opposition label; lead may prefer another faction name). The 312 "
          "cumulative figure and the March 2017 attack are background.")

art("c_sy_homs_sukhnah_landmine_wire", """
حمص، ٧ آذار ٢٠٢١ (وكالة البادية للأنباء) - قُتل أربعة من جامعي الكمأة وأصيب اثنان آخران، أمس السبت، بانفجار لغم أرضي في البادية الواقعة شمال شرقي مدينة السخنة بريف حمص الشرقي، وفق ما أفاد مصدر طبي في مستشفى تدمر الوطني. وقال المصدر إن اللغم يُعتقد أنه من مخلفات تنظيم "داعش" الذي سيطر على المنطقة حتى عام ٢٠١٧. (انتهى)
""",
    outlet="Badiya News Agency", published="2021-03-07", incident="sy-homs-sukhnah-truffle-landmine-2021-03",
    events=[
        ev(E, "Remote explosive/landmine/IED", "2021-03-06", uag("Syria"), civ("Syria"), "sukhnah", 4,
           "قُتل أربعة من جامعي الكمأة وأصيب اثنان آخران، أمس السبت، بانفجار لغم أرضي"),
    ],
    notes="Two-sentence wire dispatch with Eastern-Arabic digits. 'أمس السبت' relative to the dateline 7 March 2021 -> "
          "2021-03-06. Legacy landmine 'believed to be' left by ISIS: actor1 unidentified (same convention as "
          "b_ly_sirte_war_remnants); a system coding ISIS should get the event but not actor1. Geo precision 2 (desert "
          "north-east of al-Sukhnah).")

art("c_sy_quneitra_israeli_incursion_protest", """
جولان نت
الأربعاء 12 شباط 2025 | القنيطرة

الطقس: القنيطرة 9° غائم جزئياً | درعا 12° | دمشق 11°

إصابة شابين برصاص القوات الإسرائيلية خلال وقفة احتجاجية على توغل في جباتا الخشب

القنيطرة – جولان نت: أصيب شابان بجروح، أحدهما في حالة حرجة، بعد ظهر أمس الثلاثاء، عندما أطلقت قوة من الجيش الإسرائيلي الرصاص الحي باتجاه عشرات من أهالي بلدة جباتا الخشب في ريف القنيطرة الشمالي، خرجوا في وقفة احتجاجية رفضاً لتوغل آليات عسكرية إسرائيلية في أراضيهم الزراعية.

وقال أحد وجهاء البلدة لـ"جولان نت" إن "الأهالي تجمعوا سلمياً عند المدخل الغربي للبلدة ورفعوا لافتات تطالب بانسحاب القوات، قبل أن يطلق الجنود النار في الهواء ثم باتجاه المحتجين مباشرة".

وبحسب مصادر محلية، جرفت آليات عسكرية إسرائيلية خلال التوغل نحو عشرين دونماً من الأراضي المزروعة بالأشجار المثمرة، واقتلعت أشجار زيتون قرب الطريق الواصل إلى بلدة طرنجة.

وفي سياق متصل، أفادت المصادر بأن القوات الإسرائيلية أنهت الأسبوع الماضي إنشاء نقطة عسكرية جديدة على تلة مشرفة على بلدة الحميدية في ريف القنيطرة الأوسط، تضم سواتر ترابية وأبراج مراقبة، لتكون الثامنة منذ دخولها المنطقة العازلة في كانون الأول الماضي.

ولم يصدر تعليق فوري عن الجيش الإسرائيلي، كما لم تعلّق السلطات السورية في دمشق على الحادثة، فيما طالب محافظ القنيطرة قوة الأمم المتحدة لمراقبة فض الاشتباك (أندوف) بـ"تحمّل مسؤولياتها".

شارك الخبر: فيسبوك | واتساب | تلغرام | X

اقرأ أيضاً
مقتل راعٍ بانفجار لغم من مخلفات الحرب قرب بلدة الرفيد جنوبي القنيطرة
""",
    url="https://jolan-net.example/quneitra/2025/02/12/jubata-protest", outlet="Jolan Net",
    published="2025-02-12", incident="sy-quneitra-jubata-incursion-2025-02",
    events=[
        ev(P, "Excessive force against protesters", "2025-02-11", "Protesters (Syria)", ISR, "jubata", 0,
           "عندما أطلقت قوة من الجيش الإسرائيلي الرصاص الحي باتجاه عشرات من أهالي بلدة جباتا الخشب"),
        ev(S, "Looting/property destruction", "2025-02-11", ISR, civ("Syria"), "jubata", None,
           "جرفت آليات عسكرية إسرائيلية خلال التوغل نحو عشرين دونماً من الأراضي المزروعة بالأشجار المثمرة"),
        ev(S, "Headquarters or base established", "2025-02-06", ISR, None, "hamidiyah_q", None,
           "أنهت الأسبوع الماضي إنشاء نقطة عسكرية جديدة على تلة مشرفة على بلدة الحميدية"),
    ],
    notes="Page dated Wednesday 12 February 2025; protest and shooting 'بعد ظهر أمس الثلاثاء' -> 2025-02-11. Live fire "
          "at a peaceful sit-in wounding two (no deaths) -> Excessive force against protesters, fatalities 0. "
          "Bulldozing of ~20 dunams the same day -> Looting/property destruction. New Israeli post near al-Hamidiyah "
          "completed 'last week' -> midpoint of the previous week (Mon 3 - Sun 9 Feb) = 2025-02-06 (time precision "
          "2). Weather widget, share bar and the 'اقرأ أيضاً' landmine teaser are boilerplate (no event).")

art("c_sy_suwayda_abductions_clash_agreement", """
شهبا برس
السويداء | الأربعاء 21 آب 2024 - 11:20

خطف متبادل واشتباك في حي المقوس.. ووساطة تنهي التوتر في السويداء

شهدت محافظة السويداء، أمس الثلاثاء، سلسلة من عمليات الخطف المتبادل بين مسلحين من أبناء المحافظة وآخرين من عشائر البدو، تطورت ليلاً إلى اشتباك في حي المقوس شرقي مدينة السويداء، قبل أن تنجح وساطة محلية صباح اليوم في احتواء التوتر.

وبحسب مصادر "شهبا برس"، بدأت الأحداث ظهر الثلاثاء عندما أوقف مسلحون ينتمون إلى إحدى عشائر البدو سيارة تقل ثلاثة شبان من مدينة شهبا على الطريق الواصل بين شهبا وبلدة المجدل، واقتادوهم إلى جهة مجهولة، مطالبين بالإفراج عن أحد أبناء العشيرة المحتجز لدى فصيل محلي منذ أسبوعين.

وبعد ساعات، ردّ مسلحون محليون باحتجاز خمسة من أبناء العشائر البدوية، بينهم رجل مسن، عند حاجز مؤقت أقاموه قرب دوار العمران في مدينة السويداء.

ومع حلول المساء، اندلعت اشتباكات بالأسلحة الرشاشة والقذائف الصاروخية بين مسلحين من الطرفين في حي المقوس، الذي تقطنه غالبية من عائلات البدو، ما أسفر عن مقتل شخصين، أحدهما مدني من سكان الحي، وإصابة ستة آخرين، بحسب مصدر طبي في المشفى الوطني بالسويداء.

ولم تتدخل القوات الحكومية المنتشرة في محيط المدينة، واكتفت بإغلاق الطريق المؤدي إلى دمشق لساعات.

وفي الساعات الأولى من صباح اليوم الأربعاء، أعلن عدد من مشايخ العقل ووجهاء العشائر التوصل إلى اتفاق يقضي بالإفراج عن جميع المخطوفين من الطرفين ووقف إطلاق النار، وتشكيل لجنة مشتركة لمتابعة قضية الموقوف الذي كان سبب الأزمة. وأكدت مصادر محلية إطلاق سراح المخطوفين الثمانية قرابة الساعة العاشرة صباحاً.

ويشهد الطرفان توترات متقطعة منذ سنوات، كان أعنفها في خريف عام 2000، حين أودت مواجهات واسعة بحياة العشرات.

#السويداء #المقوس #شهبا
""",
    outlet="Shahba Press", published="2024-08-21", incident="sy-suwayda-maqous-abductions-2024-08",
    events=[
        ev(V, "Abduction/forced disappearance", "2024-08-20", "Bedouin Tribal Militia (Syria)", civ("Syria"), "shahba", None,
           "أوقف مسلحون ينتمون إلى إحدى عشائر البدو سيارة تقل ثلاثة شبان من مدينة شهبا"),
        ev(V, "Abduction/forced disappearance", "2024-08-20", "Druze Militia (Syria)", civ("Syria"), "suwayda", None,
           "ردّ مسلحون محليون باحتجاز خمسة من أبناء العشائر البدوية"),
        ev(B, "Armed clash", "2024-08-20", "Druze Militia (Syria)", "Bedouin Tribal Militia (Syria)", "suwayda", 2,
           "اندلعت اشتباكات بالأسلحة الرشاشة والقذائف الصاروخية بين مسلحين من الطرفين في حي المقوس"),
        ev(S, "Agreement", "2024-08-21", "Druze Militia (Syria)", "Bedouin Tribal Militia (Syria)", "suwayda", None,
           "أعلن عدد من مشايخ العقل ووجهاء العشائر التوصل إلى اتفاق يقضي بالإفراج عن جميع المخطوفين من الطرفين"),
    ],
    notes="Page dated Wednesday 21 August 2024 (Levantine month). Tuesday 2024-08-20: Bedouin gunmen abduct 3 young "
          "men from Shahba on the Shahba-al-Majdal road; local (Druze) gunmen retaliate by seizing 5 Bedouin in "
          "Suwayda city; evening clash in al-Maqous: 2 killed incl. one civilian (part of the clash). Wednesday "
          "morning 2024-08-21: agreement brokered by religious and tribal notables (release of the 8 abductees, "
          "ceasefire). Actor names follow the actor lexicon ('Druze Militia (Syria)' for unnamed local gunmen). The "
          "autumn-2000 clashes are history.")

art("c_sy_opinion_aleppo_2016", """
رصيف الشمال | مقالات الرأي
الخميس 22 كانون الأول 2022

ست سنوات على الحافلات الخضراء: ماذا بقي من حلب الشرقية؟

بقلم: ليلى الحكيم

في مثل هذا الأسبوع قبل ست سنوات، كانت الحافلات الخضراء تعبر معبر الراموسة محمّلة بآخر من بقي في الأحياء الشرقية لحلب، بعد أشهر من الحصار والغارات التي لم تترك مستشفى ولا فرناً إلا وأصابته. أذكر صوت صديقتي على الهاتف في تلك الليلة الباردة، تقول إن القصف لم يتوقف منذ الفجر وإنها لا تعرف إن كانت ستصل إلى الحافلة.

منذ معركة حلب عام 2016 تغيّرت خريطة الحرب السورية جذرياً؛ انتقل ثقل المعارضة إلى إدلب، وتحولت الجبهات إلى خطوط تماس شبه ثابتة، وصار التفاوض يجري في عواصم بعيدة بين دول لا تسأل السوريين عن رأيهم.

لكن السؤال الذي يستحق أن يُطرح اليوم: هل تعلّم أحد شيئاً؟ هل حوسب من قصف حي الشعار والسكري؟ وهل يمكن لمدينة أن تُعمَّر وهي لم تُنصَف؟ الأجوبة، للأسف، معروفة سلفاً.

إن الذاكرة ليست ترفاً. فالمدن التي تُمحى ذاكرتها تُمحى مرتين: مرة بالبراميل، ومرة بالصمت. ومن واجبنا أن نروي ما حدث، لا لننكأ الجراح، بل كي لا يتكرر المشهد في مدينة أخرى.

الآراء الواردة في المقال تعبّر عن رأي كاتبتها ولا تعكس بالضرورة موقف الموقع.
""",
    outlet="Rasif al-Shamal", published="2022-12-22", incident=None,
    notes="Hard negative: opinion column on the 6th anniversary of the December 2016 evacuation of eastern Aleppo. "
          "'في مثل هذا الأسبوع', 'منذ معركة حلب عام 2016', shelling/barrels/sieges are history and opinion; rhetorical "
          "questions. No event.")

art("c_sy_novel_review_homs", """
فواصل – ملحق ثقافي

«بيت على خط التماس»: رواية الحصار التي تُقرأ بصوت منخفض

يعود الروائي الحمصي سامر العبدالله في روايته الجديدة «بيت على خط التماس» إلى سنوات حصار أحياء حمص القديمة، ليحكي قصة عائلة تعيش في الطابق الأرضي لبيت عربي في حي الخالدية، بين عامي 2012 و2014.

تبدأ الرواية بمشهد قذيفة هاون تسقط على المطبخ صباح عيد، فتقتل الجدة وتترك الحفيدة «نور» وحيدة مع أبيها. ومن هنا يبني الكاتب عالمه: أقبية يُزرع فيها العشب ليؤكل، وقنّاص يحفظ أهل الحي مواعيده، وهجوم ليلي يتقدم فيه المسلحون ثم يتراجعون، وهدنة تُوقَّع في فصلها الأخير لتخرج الحافلات بمن بقي.

ما يميز الرواية أنها لا ترفع صوتها. فالكاتب يكتب الموت بجمل قصيرة محايدة، ويترك للقارئ أن يسمع الانفجارات بنفسه. أما نقطة ضعفها فهي الفصول الوسطى، حيث تتكرر مشاهد القصف حتى تفقد أثرها.

وقد أعلنت شركة إنتاج مستقلة عزمها تحويل الرواية إلى فيلم سينمائي، على أن يبدأ التصوير في حال توفر التمويل اللازم.

«بيت على خط التماس»، دار المنارة للنشر، 312 صفحة.

شارك | احفظ | اطبع

اقرأ أيضاً
مقتل ثلاثة مدنيين بقصف مدفعي على بلدة في ريف إدلب الجنوبي
""",
    outlet="Fawasel", published=None, incident=None,
    notes="Hard negative: book review of a fictional novel about the 2012-2014 siege of old Homs (mortar shell, sniper, "
          "night attack, truce and evacuation are all plot). Conditional film plan ('في حال توفر التمويل'). No page "
          "date. The 'اقرأ أيضاً' teaser about shelling in rural Idlib is boilerplate and must not be coded.")

# ====================================================================================================== Iraq
MUTAIBIJA = "iq-salahaldin-mutaibija-attack-2024-01"

art("c_iq_mutaibija_attack_wire", """
سامراء، 17 كانون الثاني 2024 (وكالة دجلة والفرات للأنباء) - قُتل أربعة جنود عراقيين في هجوم شنه مسلحون يُشتبه بانتمائهم إلى تنظيم "داعش" على موقع للجيش في منطقة مطيبيجة شرقي محافظة صلاح الدين، ليل الثلاثاء، بحسب مصدر أمني. وأضاف المصدر أن المهاجمين استخدموا بنادق قنص وقاذفات قبل أن ينسحبوا باتجاه الوديان القريبة. (انتهى)
""",
    outlet="Dijla wal-Furat News Agency", published="2024-01-17", incident=MUTAIBIJA,
    events=[
        ev(B, "Armed clash", "2024-01-16", ISIS, IRQ, "mutaibija", 4,
           "قُتل أربعة جنود عراقيين في هجوم شنه مسلحون يُشتبه بانتمائهم إلى تنظيم \"داعش\" على موقع للجيش في منطقة مطيبيجة"),
    ],
    notes="Multi-outlet incident (1/3, with c_iq_mutaibija_attack_tikritnow and c_iq_mutaibija_analysis_weekly). Wire: "
          "4 soldiers killed (security source), night of Tuesday 2024-01-16, dispatch dated 17 January. Attack on a "
          "manned army position with return fire implied -> Armed clash (as in ACLED practice for ISIS raids on "
          "posts).")

art("c_iq_mutaibija_attack_tikritnow", """
تكريت الآن
صلاح الدين | الأربعاء 17 كانون الثاني 2024 | 04:15 م

تكريت 14° صافٍ | سامراء 15° | بيجي 12°

استشهاد ثلاثة عسكريين بينهم ضابط بهجوم لـ«داعش» على نقطة للجيش في مطيبيجة

أعلنت خلية الإعلام الأمني، صباح اليوم الأربعاء، استشهاد ثلاثة من منتسبي الجيش العراقي، بينهم ضابط برتبة نقيب، وإصابة اثنين آخرين، إثر تعرض نقطة مراقبة تابعة للفرقة الرابعة لهجوم من قبل «عصابات داعش الإرهابية» في منطقة مطيبيجة، قرابة الساعة الحادية عشرة من ليل أمس الثلاثاء.

وقالت الخلية في بيان مقتضب إن "القوات الأمنية تصدت للهجوم وأجبرت المهاجمين على الفرار"، مشيرة إلى أن عملية تفتيش واسعة انطلقت فجر اليوم بإسناد من طيران الجيش لملاحقة العناصر المتورطة.

وأفاد مصدر محلي في ناحية العلم لـ«تكريت الآن» بأن المهاجمين، وعددهم بين ستة وثمانية، تسللوا من جهة وادي الثرثار مستغلين الضباب الكثيف، وأن الاشتباك استمر قرابة أربعين دقيقة.

وتقع مطيبيجة على الحدود الإدارية بين محافظتي صلاح الدين وديالى، وتُعد من أبرز المناطق التي ما زالت تنشط فيها خلايا التنظيم.

شارك: فيسبوك | تويتر | واتساب

اقرأ أيضاً:
• إصابة ثلاثة مدنيين بانفجار عبوة ناسفة في قضاء الطارمية
• مجلس المحافظة يناقش خطة إعمار الطرق الريفية
""",
    url="https://tikrit-now.example/security/2024/01/17/mutaibija", outlet="Tikrit Now", published="2024-01-17",
    incident=MUTAIBIJA,
    events=[
        ev(B, "Armed clash", "2024-01-16", ISIS, IRQ, "mutaibija", 3,
           "إثر تعرض نقطة مراقبة تابعة للفرقة الرابعة لهجوم من قبل «عصابات داعش الإرهابية» في منطقة مطيبيجة"),
    ],
    notes="Multi-outlet incident (2/3). Security Media Cell: 3 soldiers incl. a captain killed, 2 wounded, attack at "
          "~23:00 'ليل أمس الثلاثاء' -> 2024-01-16 (page dated Wednesday 17 January). Forty-minute exchange of fire "
          "-> Armed clash. The search operation with army aviation support is not a separate event. Weather widget, "
          "share bar and the 'اقرأ أيضاً' IED teaser (Tarmiyah) are boilerplate.")

art("c_iq_mutaibija_analysis_weekly", """
نوافذ عراقية – ملف الأسبوع
السبت 20 كانون الثاني 2024

مطيبيجة وحمرين: هل يعيد «داعش» رسم خريطة الاستنزاف في صلاح الدين؟

بغداد – نوافذ عراقية

لم يكن الهجوم الذي استهدف نقطة للجيش العراقي في مطيبيجة ليل الثلاثاء 16 كانون الثاني حدثاً معزولاً في سياق أمني هادئ، بل حلقة جديدة في سلسلة هجمات تشنها خلايا تنظيم داعش في المثلث الواقع بين صلاح الدين وديالى وكركوك. فقد ارتفعت حصيلة ذلك الهجوم إلى خمسة جنود بعد وفاة جريحين متأثرين بجراحهما في مستشفى سامراء العام، وفق مصدر طبي تحدث إلى «نوافذ عراقية»، فيما كانت الحصيلة الرسمية الأولى قد تحدثت عن ثلاثة قتلى.

ويقول ضابط في قيادة عمليات سامراء، طلب عدم ذكر اسمه، إن المهاجمين «يعرفون الأرض جيداً، ويتحركون في مجموعات صغيرة لا تتجاوز العشرة، ويضربون ثم يختفون في الوديان». ويضيف أن التضاريس الوعرة بين بحيرة الثرثار وسلسلة جبال حمرين تجعل من المستحيل تقريباً إغلاق المنطقة بالكامل.

الرد العسكري

بعد يومين من الهجوم، وتحديداً ظهر الخميس 18 كانون الثاني، نفذت طائرات F-16 عراقية ثلاث ضربات جوية على كهوف ومخابئ في سلسلة جبال حمرين، قالت خلية الإعلام الأمني إنها أسفرت عن مقتل ثمانية من عناصر التنظيم، بينهم قيادي محلي مسؤول عن «قاطع مطيبيجة». ولم يتسنَّ التحقق من الحصيلة من مصدر مستقل.

وفي اليوم التالي، الجمعة، أعلنت مديرية الاستخبارات العسكرية اعتقال أربعة أشخاص في قضاء طوز خورماتو بتهمة تقديم الدعم اللوجستي للخلية التي نفذت الهجوم، من دون الكشف عن هوياتهم.

ذاكرة المكان

ليست هذه المرة الأولى التي تتحول فيها مطيبيجة إلى عنوان للأخبار الأمنية. ففي أيار 2022 قُتل عدد من عناصر الحشد الشعبي في هجوم مماثل على المنطقة ذاتها، ومنذ معركة تحرير تكريت عام 2015 لم تعرف هذه الأطراف استقراراً كاملاً.

سيناريوهات مفتوحة

يرى الباحث في الشؤون الأمنية عمر الجبوري أن التنظيم «لم يعد قادراً على مسك الأرض، لكنه قادر على إبقاء القوات في حالة استنزاف». ويحذر من أنه في حال تقليص وجود التحالف الدولي خلال العام الجاري، فإن القوات العراقية ستفقد جزءاً مهماً من قدراتها الاستخبارية والجوية، وقد تشهد المنطقة تصاعداً في الهجمات الليلية.

فهل تكفي الضربات الجوية والاعتقالات لكسر هذه الحلقة؟ الجواب، بحسب الجبوري، «لا، ما لم تُعالج أسباب وجود الحواضن في القرى المهجورة».
""",
    outlet="Nawafidh Iraqiya", published="2024-01-20", incident=MUTAIBIJA,
    events=[
        ev(B, "Armed clash", "2024-01-16", ISIS, IRQ, "mutaibija", 5,
           "لم يكن الهجوم الذي استهدف نقطة للجيش العراقي في مطيبيجة ليل الثلاثاء 16 كانون الثاني"),
        ev(E, "Air/drone strike", "2024-01-18", IRQ, ISIS, "hamrin", 8,
           "نفذت طائرات F-16 عراقية ثلاث ضربات جوية على كهوف ومخابئ في سلسلة جبال حمرين"),
        ev(S, "Arrests", "2024-01-19", "Intelligence Forces of Iraq (2022-)", ISIS, "tuz", None,
           "أعلنت مديرية الاستخبارات العسكرية اعتقال أربعة أشخاص في قضاء طوز خورماتو", optional=True),
    ],
    notes="Multi-outlet incident (3/3): long analytical report narrating several dated events. Mutaibija attack "
          "(night of Tuesday 2024-01-16): toll rose to 5 soldiers after two wounded died (hospital source) -> 5; the "
          "other outlets say 4 (wire) and 3 (Security Media Cell). Separate events: Iraqi F-16 strikes on Hamrin "
          "hideouts on Thursday 2024-01-18, 8 ISIS killed (official claim, unverified); arrest of four suspected "
          "supporters in Tuz Khurmatu on Friday 2024-01-19 by Military Intelligence (optional; lead may prefer "
          "actor1 'Military Forces of Iraq (2022-)'). History: May 2022 attack, 2015 Tikrit battle. The 'في حال' "
          "scenario and the closing question are not events. Hamrin coordinates approximate (geo precision 2).")

art("c_iq_kurdistan_drone_strike_interception", """
باشور نت
الأربعاء 25 تشرين الأول 2023

مقتل اثنين بضربة مسيّرة تركية قرب العمادية.. واعتراض مسيّرة في محيط مطار أربيل

دهوك / أربيل – باشور نت

قُتل شخصان، مساء أمس الثلاثاء، بضربة نفذتها طائرة مسيّرة تركية استهدفت سيارة على طريق ترابي قرب قرية سركلي التابعة لقضاء العمادية في محافظة دهوك، بحسب ما أفاد به قائممقام القضاء.

وأعلنت وزارة الدفاع التركية في بيان "تحييد إرهابيَّين اثنين من تنظيم بي كي كي" في "عملية دقيقة شمالي العراق"، فيما قال القائممقام إن القتيلين "مزارعان من أهالي المنطقة كانا في طريق عودتهما من البساتين"، مطالباً الحكومة الاتحادية بـ"موقف واضح".

وفي وقت لاحق من الليلة ذاتها، أعلنت قيادة التحالف الدولي أن منظومات الدفاع الجوي في قاعدة حرير الجوية ومطار أربيل الدولي "اعترضت طائرة مسيّرة أحادية الاتجاه" قرابة الساعة الحادية عشرة ليلاً، مؤكدة أن الحادثة لم تسفر عن أي إصابات أو أضرار.

وتبنت مجموعة تطلق على نفسها اسم «المقاومة الإسلامية في العراق» الهجوم عبر قناتها على تطبيق تلغرام، في حين نفت كتائب حزب الله في بيان منفصل أي صلة لها بالعملية.

من جهته، نفى مصدر في وزارة البيشمركة ما تداولته صفحات على مواقع التواصل الاجتماعي عن سقوط مسيّرة ثانية داخل قاعدة حرير، مؤكداً أن "الأجواء كانت هادئة بعد الاعتراض".

وتتعرض القواعد التي تستضيف قوات التحالف في العراق منذ أيام لهجمات متكررة بالطائرات المسيّرة والصواريخ، على خلفية الحرب في غزة.
""",
    outlet="Bashur Net", published="2023-10-25", incident="iq-duhok-erbil-drones-2023-10-24",
    events=[
        ev(E, "Air/drone strike", "2023-10-24", "Military Forces of Turkey", "Kurdistan Workers' Party (PKK)", "amadiya", 2,
           "بضربة نفذتها طائرة مسيّرة تركية استهدفت سيارة على طريق ترابي قرب قرية سركلي التابعة لقضاء العمادية"),
        ev(S, "Disrupted weapons use", "2023-10-24", "Military Forces of the United States", "Islamic Resistance in Iraq",
           "erbil_airport", 0,
           "\"اعترضت طائرة مسيّرة أحادية الاتجاه\" قرابة الساعة الحادية عشرة ليلاً"),
    ],
    notes="Page dated Wednesday 25 October 2023; both events 'مساء أمس الثلاثاء' / same night -> 2023-10-24. Turkish "
          "drone strike near Amadiya: Turkey claims two PKK members, the district mayor says two farmers; actor2 coded "
          "PKK per the perpetrator's claim (LEAD REVIEW: ACLED may code Civilians (Iraq) when local officials say "
          "civilians). Interception over Erbil airport / Harir: actor1 = the intercepting side (convention of "
          "a_sy_rifdimashq_israelstrike_ghouta); the coalition is coded as US forces; actor2 per the Telegram claim; "
          "'لم تسفر عن أي إصابات' -> 0. Denials (Kataib Hezbollah; Peshmerga source on a second drone at Harir) are "
          "not events.")

art("c_iq_basra_clan_clash_grenade_protest", """
صدى البصرة
الأربعاء 9 آذار 2022

البصرة 27° | الفاو 25° | الزبير 28°

قتيلان بنزاع عشائري في قضاء الدير.. ورمانة يدوية على منزل وجيه في البصرة.. وخريجون يتظاهرون أمام شركة النفط

البصرة – صدى البصرة

قُتل شخصان وأصيب أربعة آخرون، عصر أمس الثلاثاء، في نزاع عشائري اندلع بين عشيرتين في قضاء الدير شمالي محافظة البصرة، على خلفية خلاف قديم على قطعة أرض زراعية، استُخدمت فيه الأسلحة المتوسطة.

وقال مصدر في شرطة البصرة إن قوة من الشرطة وفوج طوارئ تدخلت للفصل بين الطرفين بعد نحو ساعتين من تبادل إطلاق النار، واعتقلت سبعة من المشاركين في النزاع وضبطت أسلحة بحوزتهم.

وفي حادث منفصل، ألقى مجهولون يستقلون دراجة نارية رمانة يدوية على منزل أحد وجهاء العشائر في منطقة الجمهورية وسط مدينة البصرة، فجر اليوم الأربعاء، ما ألحق أضراراً مادية بواجهة المنزل وسيارة متوقفة أمامه من دون تسجيل إصابات.

إلى ذلك، نظم عشرات من خريجي المعاهد النفطية، صباح أمس، وقفة احتجاجية سلمية أمام مقر شركة نفط البصرة، مطالبين بتعيينهم وفق الوعود الحكومية السابقة، ورفعوا لافتات تنتقد "تأخر إطلاق الدرجات الوظيفية". وانتهت الوقفة بعد استقبال ممثلين عنهم من قبل إدارة الشركة.

وتشهد البصرة نزاعات عشائرية متكررة، تقول السلطات المحلية إنها تسعى للحد منها عبر حملات لحصر السلاح بيد الدولة.

شارك الخبر
""",
    outlet="Sada al-Basra", published="2022-03-09", incident="iq-basra-dair-clan-clash-2022-03",
    events=[
        ev(B, "Armed clash", "2022-03-08", "Unidentified Clan Militia (Iraq)", "Unidentified Clan Militia (Iraq)",
           "dair_basra", 2,
           "في نزاع عشائري اندلع بين عشيرتين في قضاء الدير شمالي محافظة البصرة"),
        ev(S, "Arrests", "2022-03-08", "Police Forces of Iraq (2018-2022)", "Unidentified Clan Militia (Iraq)",
           "dair_basra", None, "واعتقلت سبعة من المشاركين في النزاع وضبطت أسلحة بحوزتهم", optional=True),
        ev(E, "Grenade", "2022-03-09", uag("Iraq"), civ("Iraq"), "basra", 0,
           "ألقى مجهولون يستقلون دراجة نارية رمانة يدوية على منزل أحد وجهاء العشائر"),
        ev(P, "Peaceful protest", "2022-03-08", "Protesters (Iraq)", None, "basra", 0,
           "نظم عشرات من خريجي المعاهد النفطية، صباح أمس، وقفة احتجاجية سلمية أمام مقر شركة نفط البصرة"),
    ],
    notes="Page dated Wednesday 9 March 2022. Three separate events: clan clash in al-Dair district Tuesday afternoon "
          "2022-03-08 (2 killed, 4 wounded) with police arrests of 7 participants (optional); hand grenade thrown at "
          "a clan elder's house in al-Jumhuriya, Basra city, at dawn 'اليوم الأربعاء' 2022-03-09, no injuries -> 0; "
          "peaceful sit-in of oil-institute graduates 'صباح أمس' 2022-03-08 at Basra Oil Company HQ. Iraqi police "
          "era 2018-2022 (before 2022-10-27). Weather widget is boilerplate.")

art("c_iq_karbala_court_verdict", """
كربلاء اليوم
الاثنين 15 أيار 2023

الإعدام شنقاً لمدان بتفجير استهدف زواراً عند مدخل كربلاء قبل ست سنوات

كربلاء – كربلاء اليوم

أصدرت محكمة جنايات كربلاء، أمس الأحد، حكماً بالإعدام شنقاً حتى الموت بحق مدان بالاشتراك في تفجير عبوة ناسفة استهدف حافلة تقل زواراً عند المدخل الشمالي للمدينة في آب 2017، وأسفر حينها عن سقوط عدد من الضحايا.

وذكر بيان لمجلس القضاء الأعلى أن المدان "اعترف تفصيلياً بنقل العبوة وتسليمها إلى منفذي الهجوم"، وأن الحكم صدر استناداً إلى أحكام المادة الرابعة من قانون مكافحة الإرهاب، وهو قابل للتمييز.

في المقابل، نفى محامي الدفاع صحة الاعترافات، قائلاً إنها "انتُزعت تحت الإكراه"، وإنه سيطعن في الحكم أمام محكمة التمييز الاتحادية.

وكانت القوات الأمنية قد ألقت القبض على المدان عام 2020 في محافظة الأنبار بناءً على معلومات استخبارية.

وتشهد كربلاء خلال المناسبات الدينية إجراءات أمنية مشددة، فيما لم تسجل المدينة هجمات كبيرة منذ سنوات.
""",
    outlet="Karbala Today", published="2023-05-15", incident=None,
    notes="Hard negative (court verdict): a death sentence issued Sunday 2023-05-14 for a 2017 bombing. The old attack "
          "and the 2020 arrest are history; a verdict is not a conflict event; the lawyer's denial is not an event.")

# ====================================================================================================== Palestine, Lebanon, Jordan
art("c_ps_jenin_raid_liveblog", """
شبكة مرج بن عامر الإخبارية
تغطية مباشرة | اقتحام جنين ومخيمها – الأربعاء 3 نيسان 2024

(يتم تحديث هذه الصفحة باستمرار)

الساعة 05:40 – قوات كبيرة من الجيش الإسرائيلي تقتحم مدينة جنين ومخيمها من محور حاجز الجلمة، ترافقها جرافات عسكرية من نوع D9، وسط تحليق مكثف لطائرات الاستطلاع.

الساعة 06:15 – اندلاع اشتباكات مسلحة بين مقاتلين من كتيبة جنين والقوات المقتحمة في محيط حارة الدمج داخل المخيم، وسماع دوي انفجارات.

الساعة 07:50 – طائرة مسيّرة إسرائيلية تقصف مجموعة من الشبان قرب دوار العودة، وأنباء أولية عن إصابات.

الساعة 08:30 – وزارة الصحة: استشهاد شابين (19 و23 عاماً) جراء القصف من المسيّرة في المخيم. كتيبة جنين تنعى أحدهما بوصفه أحد مقاتليها.

الساعة 10:10 – الجرافات تجرّف شارع مهيوب وأجزاء من شارع الشهداء، وتدمّر شبكات المياه والصرف الصحي وواجهات محال تجارية.

الساعة 12:20 – نادي الأسير: اعتقال خمسة شبان من حي الهدف خلال مداهمة منازلهم، بينهم أسير محرر.

الساعة 14:30 – استشهاد شاب ثالث برصاص قناص في حارة الحواشين خلال الاشتباكات المتواصلة.

الساعة 16:45 – القوات الإسرائيلية تنسحب من المخيم بعد نحو 11 ساعة من الاقتحام. الحصيلة بحسب وزارة الصحة: ثلاثة شهداء وتسع إصابات، بينها إصابتان خطيرتان.

الساعة 17:30 – آلاف المواطنين يشاركون في تشييع الشهداء الثلاثة في مسيرة جابت شوارع المدينة، ورفع المشيعون الأعلام ورددوا هتافات تندد بالاقتحام.

يُذكر أن مخيم جنين شهد في تموز من العام الماضي عملية عسكرية إسرائيلية واسعة استمرت يومين.
""",
    outlet="Marj Ibn Amer News Network", published="2024-04-03", incident="ps-jenin-camp-raid-2024-04-03",
    events=[
        ev(B, "Armed clash", "2024-04-03", "Jenin Brigade", ISR, "jenin", 3,
           "اندلاع اشتباكات مسلحة بين مقاتلين من كتيبة جنين والقوات المقتحمة في محيط حارة الدمج داخل المخيم"),
        ev(E, "Air/drone strike", "2024-04-03", ISR, "Jenin Brigade", "jenin", 2,
           "طائرة مسيّرة إسرائيلية تقصف مجموعة من الشبان قرب دوار العودة", optional=True),
        ev(S, "Looting/property destruction", "2024-04-03", ISR, civ("Palestine"), "jenin", None,
           "الجرافات تجرّف شارع مهيوب وأجزاء من شارع الشهداء", optional=True),
        ev(S, "Arrests", "2024-04-03", ISR, civ("Palestine"), "jenin", None,
           "اعتقال خمسة شبان من حي الهدف خلال مداهمة منازلهم", optional=True),
        ev(P, "Peaceful protest", "2024-04-03", "Protesters (Palestine)", None, "jenin", 0,
           "آلاف المواطنين يشاركون في تشييع الشهداء الثلاثة في مسيرة جابت شوارع المدينة", optional=True),
    ],
    notes="Live-blog with time stamps, all on Wednesday 2024-04-03. Main event: the raid's armed clash with the Jenin "
          "Brigade; total toll 3 (two killed by the drone strike at 07:50, one by a sniper at 14:30). Per the taxonomy "
          "precedence an air strike during a ground battle belongs to the Battles event, so the drone strike is "
          "optional (a system coding it separately is not penalised; its 2 deaths are already in the clash). "
          "Bulldozing of streets and infrastructure, 5 arrests and the funeral march are optional. July 2023 "
          "operation is history.")

art("c_ps_gaza_deir_balah_strike_wire", """
دير البلح (وكالة الساحل للأنباء) - قُتل خمسة فلسطينيين، بينهم امرأة وطفلان، وأصيب آخرون بجروح، في غارة جوية إسرائيلية استهدفت منزلاً لعائلة في حي البركة بمدينة دير البلح وسط قطاع غزة، بحسب ما أفاد به مسؤول في جهاز الدفاع المدني. ولم يصدر تعليق فوري من الجيش الإسرائيلي على الغارة.
""",
    outlet="Al-Sahil News Agency", published=None, incident="ps-gaza-deir-balah-house-strike",
    events=[
        ev(E, "Air/drone strike", None, ISR, civ("Palestine"), "deir_balah", 5,
           "في غارة جوية إسرائيلية استهدفت منزلاً لعائلة في حي البركة بمدينة دير البلح وسط قطاع غزة"),
    ],
    notes="Two-sentence wire with no date anywhere (no dateline date, no weekday): published and event date null. 5 "
          "killed incl. a woman and two children (civil defence).")

art("c_lb_bekaa_brital_army_raid_statement", """
البقاع اليوم
الثلاثاء 13 شباط 2024

مقتل مطلوب وإصابة عسكري في اشتباك خلال دهم للجيش في بريتال

بعلبك – البقاع اليوم

أصدرت قيادة الجيش – مديرية التوجيه مساء أمس الاثنين البيان الآتي:

«بتاريخ 12 / 2 / 2024، وخلال قيام وحدة من الجيش بدهم منازل مطلوبين في بلدة بريتال – بعلبك، تعرضت لإطلاق نار من قبل مسلحين، فردّت عناصر الوحدة على مصادر النيران، ما أدى إلى مقتل المطلوب (ع.ج.) المعروف بتزعمه عصابة لتجارة المخدرات وسرقة السيارات، وإصابة أحد العسكريين بجروح طفيفة. كما أوقفت الوحدة ثلاثة مطلوبين آخرين وضبطت بحوزتهم أسلحة حربية وكمية من حبوب الكبتاغون. سُلّمت المضبوطات وبوشر التحقيق مع الموقوفين بإشراف القضاء المختص، والجيش ماضٍ في ملاحقة باقي أفراد العصابة».

ونفى مصدر عسكري لـ«البقاع اليوم» ما تداولته مواقع التواصل الاجتماعي عن سقوط قتلى في صفوف الجيش أو عن امتداد الاشتباكات إلى بلدة حورتعلا المجاورة، مؤكداً أن "الوضع في المنطقة تحت السيطرة".

وتشهد بلدات في قضاء بعلبك مداهمات متكررة للجيش تستهدف شبكات تهريب المخدرات والخطف مقابل فدية.

شارك على: فيسبوك | واتساب

اقرأ أيضاً
غارة إسرائيلية على سيارة في قضاء صور تقتل شخصين
""",
    outlet="Al-Bekaa Today", published="2024-02-13", incident="lb-baalbek-brital-raid-2024-02",
    events=[
        ev(B, "Armed clash", "2024-02-12", LBN, uag("Lebanon"), "brital", 1,
           "تعرضت لإطلاق نار من قبل مسلحين، فردّت عناصر الوحدة على مصادر النيران"),
        ev(S, "Arrests", "2024-02-12", LBN, uag("Lebanon"), "brital", None,
           "كما أوقفت الوحدة ثلاثة مطلوبين آخرين", optional=True),
    ],
    notes="Army statement quoted in full; raid on Monday 2024-02-12 (stated in the statement), page dated 13 February. "
          "1 wanted man (drug/car-theft gang leader) killed, a soldier lightly wounded. Gang coded as Unidentified "
          "Armed Group (Lebanon). Three arrests: optional (part of the raid). The military source's DENIAL of army "
          "deaths and of clashes in Hortaala is not an event. The 'اقرأ أيضاً' Israeli-strike teaser (Tyre) is "
          "boilerplate and must not be coded.")

art("c_jo_border_smuggling_statement", """
البادية نيوز
الأحد 14 أيار 2023

القوات المسلحة: مقتل ثلاثة مهربين وضبط كميات كبيرة من المخدرات على الواجهة الشرقية

عمّان – البادية نيوز

صرّح مصدر عسكري مسؤول في القيادة العامة للقوات المسلحة الأردنية – الجيش العربي بما يلي:

"أحبطت المنطقة العسكرية الشرقية، فجر اليوم الأحد، وبالتنسيق مع الأجهزة الأمنية العسكرية وإدارة مكافحة المخدرات، محاولة تسلل وتهريب كميات كبيرة من المواد المخدرة قادمة من الأراضي السورية إلى الأراضي الأردنية. وقد رصدت قوات حرس الحدود مجموعة من المهربين المسلحين، وعند محاولتهم اجتياز الحدود جرى تطبيق قواعد الاشتباك، فبادر المهربون بإطلاق النار على القوة، وجرى تبادل لإطلاق النار أسفر عن مقتل ثلاثة من المهربين وإصابة آخرين، وفرار البقية إلى العمق السوري.

وبعد تفتيش المنطقة، عُثر على (1.2) مليون حبة كبتاغون و(340) كف حشيش، إضافة إلى بندقيتين آليتين، وجرى تحويل المضبوطات إلى الجهات المختصة.

وتؤكد القوات المسلحة الأردنية أنها ستتعامل بكل قوة وحزم مع أي تهديد على الواجهات الحدودية، وأنها لن تسمح لأي كان بالعبث بأمن الوطن واستقراره."

ويأتي ذلك بعد أسابيع من إعلان الجيش تغيير قواعد الاشتباك على الحدود الشمالية والشرقية، في ظل تصاعد محاولات التهريب المنظمة.
""",
    outlet="Al-Badiya News (Jordan)", published="2023-05-14", incident="jo-eastern-border-smuggling-clash-2023-05",
    events=[
        ev(B, "Armed clash", "2023-05-14", JOR, uag("Syria"), "ruwayshid", 3,
           "فبادر المهربون بإطلاق النار على القوة، وجرى تبادل لإطلاق النار أسفر عن مقتل ثلاثة من المهربين"),
    ],
    notes="Full military statement; 'فجر اليوم الأحد' on a page dated Sunday 14 May 2023. Exchange of fire with armed "
          "smugglers coming from Syria: 3 smugglers killed -> Armed clash; smugglers coded Unidentified Armed Group "
          "(Syria) (LEAD REVIEW: could be '(Jordan)'). Location: 'الواجهة الشرقية' only; coded at al-Ruwayshid, "
          "Mafraq, as the main eastern-zone town (geo precision 3). Drug and rifle seizure is part of the event. The "
          "warning ('ستتعامل بكل قوة') and the earlier change of rules of engagement are not events.")

# ====================================================================================================== Yemen, Saudi Arabia
art("c_ye_abyan_mudiyah_aqap_drone", """
أبين برس
الثلاثاء 11 يونيو 2024

مقتل جنديين بهجوم بطائرة مسيّرة مفخخة للقاعدة في مودية.. والقوات الجنوبية تسيطر على مواقع في وادي عومران

أبين – أبين برس

قُتل جنديان من القوات الجنوبية التابعة للمجلس الانتقالي الجنوبي وأصيب ثلاثة آخرون، مساء أمس الاثنين، في هجوم بطائرة مسيّرة مفخخة استهدف موقعاً عسكرياً في مديرية مودية بمحافظة أبين، وفق مصدر عسكري.

وأوضح المصدر أن الطائرة أُطلقت من المرتفعات الجبلية شمال المديرية، وسقطت على تجمع للجنود أثناء تناولهم وجبة العشاء، متهماً تنظيم القاعدة في جزيرة العرب بالوقوف وراء الهجوم.

ويأتي الهجوم بعد يوم واحد من إعلان القوات الجنوبية، الأحد، سيطرتها على عدد من المواقع الجبلية في وادي عومران كانت تتحصن فيها عناصر التنظيم، وذلك بعد مواجهات استمرت ساعات قُتل خلالها أربعة من عناصر القاعدة، بحسب المتحدث باسم العملية العسكرية المعروفة بـ«سهام الشرق».

وتوعّد التنظيم، في منشور على منصاته، بمواصلة الهجمات "حتى خروج القوات الغازية من أبين"، فيما أكدت القوات الجنوبية أنها ستواصل عملياتها لتطهير ما تبقى من جيوب في المديرية.

وتشهد مديريات مودية والمحفد وأحور منذ عام 2022 مواجهات متقطعة بين الطرفين، استخدم فيها التنظيم العبوات الناسفة والطائرات المسيّرة.

شارك المقال
""",
    outlet="Abyan Press", published="2024-06-11", incident="ye-abyan-mudiyah-aqap-drone-2024-06",
    events=[
        ev(E, "Air/drone strike", "2024-06-10", AQAP, STC, "mudiyah", 2,
           "في هجوم بطائرة مسيّرة مفخخة استهدف موقعاً عسكرياً في مديرية مودية بمحافظة أبين"),
        ev(B, "Non-state actor overtakes territory", "2024-06-09", STC, AQAP, "wadi_omran", 4,
           "سيطرتها على عدد من المواقع الجبلية في وادي عومران كانت تتحصن فيها عناصر التنظيم"),
    ],
    notes="Gulf/Egyptian month (يونيو); page dated Tuesday 11 June 2024. AQAP explosive drone on an STC position in "
          "Mudiyah, Monday evening 2024-06-10: 2 soldiers killed, 3 wounded (attribution by a military source). STC "
          "('Southern forces', operation Arrows of the East) seized AQAP mountain positions in Wadi Omran on Sunday "
          "2024-06-09 after hours of fighting, 4 AQAP killed: STC is a non-state actor, hence 'Non-state actor "
          "overtakes territory' rather than 'Government regains territory' (LEAD REVIEW). Threats by both sides are "
          "not events.")

art("c_ye_shabwa_ataq_suicide_car_bomb", """
شبوة بوست
الثلاثاء ٢٢ نوفمبر ٢٠٢٢

انتحاري يفجر سيارة مفخخة عند نقطة أمنية في مدخل عتق

عتق – شبوة بوست

قُتل ثلاثة جنود من قوات دفاع شبوة وأصيب خمسة آخرون، صباح اليوم الثلاثاء، عندما فجّر انتحاري سيارة مفخخة عند نقطة تفتيش في المدخل الشرقي لمدينة عتق، عاصمة محافظة شبوة، بحسب مصدر أمني.

وأضاف المصدر أن الجنود اشتبهوا بالسيارة وحاولوا إيقافها قبل نحو ٥٠ متراً من النقطة، فانفجرت على الفور، ما أدى كذلك إلى مقتل منفذ الهجوم وتضرر سيارتين مدنيتين كانتا تنتظران التفتيش.

وأعلن تنظيم القاعدة في جزيرة العرب، في بيان تداولته حسابات مقربة منه مساء اليوم، مسؤوليته عن الهجوم، مدعياً مقتل "أكثر من عشرين" من عناصر القوات، وهو رقم لم يؤكده أي مصدر مستقل.

وفرضت الأجهزة الأمنية طوقاً أمنياً حول المنطقة، وأغلقت الطريق الرابط بين عتق ومأرب لساعات.

اقرأ أيضاً: مقتل طفلة بقذيفة حوثية على حي سكني شرقي مدينة تعز
""",
    outlet="Shabwa Post", published="2022-11-22", incident="ye-shabwa-ataq-svbied-2022-11",
    events=[
        ev(E, "Suicide bomb", "2022-11-22", AQAP, "Shabwani Elite Forces", "ataq", 4,
           "عندما فجّر انتحاري سيارة مفخخة عند نقطة تفتيش في المدخل الشرقي لمدينة عتق"),
    ],
    notes="Eastern-Arabic digits; Gulf month. SVBIED at a Shabwa Defence Forces checkpoint, Tuesday 2022-11-22: 3 "
          "soldiers + the bomber = 4 (ACLED counts the attacker). AQAP's claim of 'more than twenty' is not the "
          "conservative figure. Shabwa Defence Forces coded with the lexicon's 'Shabwani Elite Forces' (the renamed "
          "force). 'اقرأ أيضاً' teaser about Houthi shelling in Taiz is boilerplate.")

art("c_ye_saada_shada_shelling_migrants", """
ساحة اليمن
الاثنين 10 أبريل 2023

مقتل أربعة بينهم ثلاثة مهاجرين أفارقة بقصف مدفعي سعودي على مديرية شدا

صعدة – ساحة اليمن

قُتل أربعة أشخاص، بينهم ثلاثة مهاجرين من القرن الأفريقي، وأصيب ستة آخرون، أمس الأحد، جراء قصف مدفعي سعودي استهدف مناطق آهلة بالسكان في مديرية شدا الحدودية بمحافظة صعدة، بحسب مكتب الصحة في المحافظة.

وقال مصدر محلي إن القذائف سقطت على منطقة يتجمع فيها المهاجرون قبل محاولة عبور الحدود، وإن الضحية الرابع مزارع يمني كان يعمل في أرضه.

ويأتي القصف رغم الهدوء النسبي الذي تشهده الجبهات منذ الهدنة الأممية العام الماضي، وبالتزامن مع زيارة وفد سعودي إلى صنعاء لبحث ترتيبات تمديد التهدئة.

ولم يصدر تعليق من الجانب السعودي على الحادثة.
""",
    outlet="Sahat al-Yaman", published="2023-04-10", incident="ye-saada-shada-shelling-2023-04",
    events=[
        ev(E, "Shelling/artillery/missile attack", "2023-04-09", KSA, civ("Yemen"), "shada", 4,
           "جراء قصف مدفعي سعودي استهدف مناطق آهلة بالسكان في مديرية شدا الحدودية بمحافظة صعدة"),
    ],
    notes="Gulf month (أبريل); 'أمس الأحد' relative to Monday 10 April 2023 -> 2023-04-09. 4 killed (3 Horn-of-Africa "
          "migrants + 1 Yemeni farmer) per the (Houthi-run) Saada health office; actor2 coded Civilians (Yemen) (ACLED "
          "may add Civilians (Ethiopia)/migrants as associated). The truce and the Saudi delegation are context.")

art("c_ye_albayda_houthi_warning_analysis", """
اليمن الجديد
الأربعاء 2 أكتوبر 2024

هل تشتعل جبهة البيضاء مجدداً؟ تهديدات حوثية ونفي حكومي لسقوط مواقع

البيضاء – اليمن الجديد

صعّدت جماعة الحوثي خلال الأيام الماضية من لهجتها تجاه محافظة البيضاء، إذ حذّر المتحدث العسكري باسمها من أن قواتها "ستشن عملية واسعة" في مديرية الصومعة "في حال استمرت الخروقات"، متهماً القوات الحكومية بحشد تعزيزات على خطوط التماس.

في المقابل، نفت وزارة الدفاع في الحكومة المعترف بها دولياً ما تداولته وسائل إعلام موالية للحوثيين عن سقوط مواقع للجيش في جبهة الصومعة، مؤكدة أن "الخطوط الدفاعية ثابتة ولم تشهد أي تغيير".

ويرى مراقبون أن التهديدات الحوثية تأتي في سياق الضغط التفاوضي أكثر من كونها مؤشراً على هجوم وشيك، مستذكرين أن المحافظة شهدت آخر معاركها الكبرى منذ معارك مديرية الزاهر عام 2021، حين سيطر الحوثيون على أجزاء واسعة منها.

ويقول الباحث العسكري فيصل الحميري إن "الجماعة تعتزم على الأرجح اختبار جاهزية القوات الحكومية لا أكثر، لكن أي خطأ في الحسابات قد يعيد الحرب إلى البيضاء".

فهل تصمد التهدئة غير المعلنة؟ أم أن البيضاء ستعود إلى واجهة الأخبار العسكرية؟ يبقى السؤال معلقاً بانتظار ما ستسفر عنه الاتصالات الإقليمية.

تابعونا على: فيسبوك | تلغرام | يوتيوب
""",
    outlet="Al-Yaman al-Jadid", published="2024-10-02", incident=None,
    notes="Hard negative: threats ('ستشن عملية واسعة' 'في حال'), intention ('تعتزم'), a government DENIAL of the loss of "
          "positions ('نفت وزارة الدفاع'), history ('منذ معارك مديرية الزاهر عام 2021') and questions ('هل تشتعل...؟'). "
          "No event. (The mobilisation accusation is unspecific and unattributed in time.)")

art("c_sa_asir_drone_intercepted_wire", """
الرياض (وكالة الجزيرة العربية للأنباء) – أعلن تحالف دعم الشرعية في اليمن، مساء الخميس، أن الدفاعات الجوية "تمكنت من اعتراض وتدمير طائرة بدون طيار مفخخة أطلقتها الميليشيا الحوثية بطريقة ممنهجة ومتعمدة لاستهداف الأعيان المدنية بخميس مشيط"، مشيراً إلى أن الاعتراض لم يسفر عن أي إصابات. وقال التحالف في بيان نقلته الوكالة إنه "يتخذ الإجراءات العملياتية اللازمة للتعامل مع مصادر التهديد". (الوكالة – الجمعة 27 أغسطس 2021)
""",
    outlet="Al-Jazira al-Arabiya News Agency", published="2021-08-27", incident="sa-asir-khamis-drone-2021-08",
    events=[
        ev(S, "Disrupted weapons use", "2021-08-26", "Saudi-led Coalition", HOUTHI, "khamis", 0,
           "تمكنت من اعتراض وتدمير طائرة بدون طيار مفخخة أطلقتها الميليشيا الحوثية"),
    ],
    notes="Wire dispatch, Gulf month; the date appears only in the end tag (Friday 27 August 2021), 'مساء الخميس' -> "
          "2021-08-26. Interception: actor1 = the intercepting side (coalition), actor2 = Houthis; 'لم يسفر عن أي "
          "إصابات' -> 0. The warning about 'operational measures' is not an event.")

# ====================================================================================================== Egypt, Libya, Maghreb
art("c_eg_north_sinai_army_statement", """
بوابة سيناء نيوز
الثلاثاء 26 نوفمبر 2019

المتحدث العسكري: مقتل 7 تكفيريين واستشهاد 3 من أبطال القوات المسلحة خلال العمليات الأخيرة بشمال سيناء

نشر المتحدث العسكري للقوات المسلحة، اليوم الثلاثاء، البيان التالي:

"استكمالاً لجهود القوات المسلحة في مكافحة الإرهاب واقتلاع جذوره، وفي إطار تنفيذ المهام بمناطق العمليات بشمال سيناء خلال الفترة الأخيرة من شهر نوفمبر الجاري، تمكنت عناصر إنفاذ القانون من القضاء على (7) عناصر تكفيرية شديدة الخطورة خلال تبادل لإطلاق النيران بإحدى البؤر الإرهابية جنوب مدينة الشيخ زويد، وضبط (4) بنادق آلية وكمية من الذخائر.

كما أسفرت الجهود عن اكتشاف وتدمير (11) عبوة ناسفة تمت زراعتها لاستهداف القوات على طرق التحرك، وتدمير (3) عربات دفع رباعي.

وقد نتج عن الأعمال القتالية استشهاد ضابط وجنديين إثر انفجار عبوة ناسفة بإحدى المركبات بمنطقة بئر العبد.

وتؤكد القوات المسلحة استمرارها في ملاحقة العناصر الإرهابية حتى تطهير كل شبر من أرض سيناء."

ولم يعلن أي تنظيم مسؤوليته عن تفجير العبوة حتى الآن.

كلمات دالة: سيناء | المتحدث العسكري | الإرهاب
""",
    outlet="Bawabat Sinai News", published="2019-11-26", incident="eg-north-sinai-army-statement-2019-11",
    events=[
        ev(B, "Armed clash", "2019-11", EGY, IS_SINAI, "sheikh_zuweid", 7,
           "تمكنت عناصر إنفاذ القانون من القضاء على (7) عناصر تكفيرية شديدة الخطورة خلال تبادل لإطلاق النيران بإحدى البؤر الإرهابية جنوب مدينة الشيخ زويد"),
        ev(E, "Remote explosive/landmine/IED", "2019-11", IS_SINAI, EGY, "bir_abd", 3,
           "استشهاد ضابط وجنديين إثر انفجار عبوة ناسفة بإحدى المركبات بمنطقة بئر العبد"),
        ev(S, "Disrupted weapons use", "2019-11", EGY, IS_SINAI, ("Egypt", "North Sinai", None, None, None), None,
           "اكتشاف وتدمير (11) عبوة ناسفة تمت زراعتها لاستهداف القوات على طرق التحرك", optional=True),
    ],
    notes="Egyptian military statement quoted in full. No exact dates: 'خلال الفترة الأخيرة من شهر نوفمبر الجاري' "
          "-> month precision '2019-11' (time precision 3). 'عناصر تكفيرية' in North Sinai coded as IS Sinai Province "
          "(ACLED practice; the IED is unclaimed, LEAD REVIEW). Clash 7 militants killed; IED 3 soldiers killed. "
          "Defusal of 11 IEDs with no location beyond North Sinai: optional Disrupted weapons use (no coordinates). "
          "Destroyed vehicles are part of the operations.")

art("c_eg_sport_derby_war_metaphors", """
الملاعب المصرية
الأربعاء 12 فبراير 2020

اجتياح أحمر لملعب القاهرة.. «النسور» يقصفون مرمى «الفرسان» بثلاثية

كتب: محمود عبد الحميد

اجتاح فريق النسور الرياضي نظيره نادي الفرسان بثلاثة أهداف نظيفة، مساء اليوم الأربعاء، في قمة الجولة السادسة عشرة من الدوري، في مباراة شهدت هجوماً كاسحاً من الدقيقة الأولى وحتى صافرة النهاية.

وافتتح المهاجم كريم سعفان التسجيل في الدقيقة 12 بقذيفة صاروخية من خارج منطقة الجزاء لم يرها الحارس، ثم عاد ليضيف الهدف الثاني برأسية قاتلة بعد ركلة ركنية في الدقيقة 38، لتنفجر مدرجات الدرجة الثالثة فرحاً.

وفي الشوط الثاني، حاول الفرسان شن هجمات مرتدة على الجبهة اليسرى، لكن خط الدفاع صمد أمام كل المحاولات، قبل أن يطلق البديل عمر ياسين رصاصة الرحمة في الدقيقة 81.

وقال مدرب الفرسان في المؤتمر الصحفي إن فريقه "خسر معركة الوسط"، معترفاً بأن "الحرب النفسية قبل المباراة أثّرت على اللاعبين"، بينما أكد مدرب النسور أن لاعبيه "نفذوا الخطة التكتيكية بانضباط عسكري".

وأشادت الصحف الرياضية بالتنظيم الأمني للمباراة، التي أقيمت بحضور جماهيري محدود وفق لوائح الاتحاد، ومرّت دون أي أحداث شغب.

شارك | غرّد
""",
    outlet="Al-Malaeb al-Masriya", published="2020-02-12", incident=None,
    notes="Hard negative (sport, Egyptian month): اجتياح، يقصفون، هجوم كاسح، قذيفة صاروخية، تنفجر المدرجات، هجمات "
          "مرتدة، الجبهة اليسرى، رصاصة الرحمة، معركة، الحرب النفسية، انضباط عسكري are football metaphors. Clubs and "
          "players are fictional. 'دون أي أحداث شغب' -> no riot.")

art("c_ly_zawiya_clash_road_protest", """
بوابة الساحل الغربي
السبت 29 يونيو 2024 | آخر تحديث 13:05

مقتل شاب ومسلح في اشتباكات ليلية بالزاوية.. وغاضبون يغلقون الطريق الساحلي بالإطارات المشتعلة

الزاوية – بوابة الساحل الغربي

قُتل شاب مدني وعنصر مسلح، وأصيب أربعة آخرون، في اشتباكات اندلعت ليل الجمعة بين مجموعتين مسلحتين في منطقة الحرشة غرب مدينة الزاوية، استُخدمت فيها الأسلحة المتوسطة وقذائف «آر بي جي»، بحسب مصدر في مستشفى الزاوية التعليمي.

وأفاد شهود عيان بأن الاشتباكات اندلعت عقب خلاف على نقطة تمركز قرب مصفاة الزاوية، واستمرت نحو ثلاث ساعات قبل أن تتوقف بتدخل أعيان المدينة. وأوضح المصدر أن الشاب القتيل كان عائداً من عمله حين أصابته رصاصة طائشة.

وصباح اليوم السبت، أغلق عشرات الشبان الغاضبين الطريق الساحلي عند مدخل الزاوية الشرقي بالإطارات المشتعلة والحجارة، احتجاجاً على تكرار الاشتباكات داخل الأحياء السكنية، مطالبين حكومة الوحدة الوطنية بـ"إخراج التشكيلات المسلحة من المدينة". وتسبب الإغلاق في ازدحام مروري خانق، وتحويل حركة السير نحو الطرق الفرعية.

ولم يصدر أي تعليق من وزارة الداخلية أو من المجموعتين المسلحتين حتى لحظة نشر الخبر.

وتتكرر الاشتباكات المسلحة في الزاوية منذ سنوات، كان آخرها في أبريل الماضي.

الطقس في الزاوية: 31° مشمس | الرطوبة 64%
""",
    outlet="Bawabat al-Sahil al-Gharbi", published="2024-06-29", incident="ly-zawiya-harsha-clash-2024-06",
    events=[
        ev(B, "Armed clash", "2024-06-28", uag("Libya"), uag("Libya"), "zawiya", 2,
           "في اشتباكات اندلعت ليل الجمعة بين مجموعتين مسلحتين في منطقة الحرشة غرب مدينة الزاوية"),
        ev(R, "Violent demonstration", "2024-06-29", "Rioters (Libya)", None, "zawiya", 0,
           "أغلق عشرات الشبان الغاضبين الطريق الساحلي عند مدخل الزاوية الشرقي بالإطارات المشتعلة والحجارة"),
    ],
    notes="Page dated Saturday 29 June 2024. Clash on Friday night 2024-06-28 between two unnamed armed groups in "
          "al-Harsha (west of Zawiya): 1 civilian (stray bullet) + 1 fighter = 2. Saturday-morning road blockade with "
          "burning tyres and stones: ACLED codes road-blocking with burning tyres as Violent demonstration (actor "
          "Rioters (Libya)); no injuries reported -> 0. 'April' clashes are background. Weather line is boilerplate. "
          "al-Harsha coded at Zawiya (geo precision 2).")

art("c_ly_derna_flood_anniversary", """
درنة أونلاين
الثلاثاء 10 سبتمبر 2024

عام على الفيضان: درنة بين ذاكرة الطوفان ووعود الإعمار

درنة – درنة أونلاين

في مثل هذا اليوم قبل عام، ضربت العاصفة «دانيال» شرق ليبيا، وانهار سدّا وادي درنة تحت ضغط الأمطار الغزيرة، فاجتاحت السيول الأحياء الواقعة على ضفتي الوادي وجرفت مبانيَ بأكملها إلى البحر، في واحدة من أسوأ الكوارث الطبيعية في تاريخ البلاد.

وبعد مرور عام، لا تزال آلاف العائلات تنتظر معرفة مصير ذويها المفقودين، فيما تقول لجان الإعمار إن العمل جارٍ في بناء جسور جديدة ومساكن بديلة، وسط انتقادات لبطء التنفيذ.

وكانت محكمة الجنايات في درنة قد أصدرت في وقت سابق أحكاماً بالسجن بحق عدد من المسؤولين عن إدارة السدود بتهم الإهمال وسوء الإدارة.

وتقول المعلمة خديجة، التي فقدت شقيقها وأطفاله، إن "المدينة التي نجت من حرب 2018 لم تنجُ من الماء". ويضيف أحد المتطوعين أن "الطوفان هدم في ليلة ما لم تهدمه سنوات الاقتتال".

ومن المقرر أن تُقام مساء اليوم مراسم لإحياء الذكرى على كورنيش المدينة، بمشاركة الأهالي وفرق الهلال الأحمر.

شارك: فيسبوك | واتساب
""",
    outlet="Derna Online", published="2024-09-10", incident=None,
    notes="Hard negative (disaster + anniversary): Storm Daniel flood of September 2023, dam collapse, missing people, "
          "reconstruction, earlier negligence verdicts; 'حرب 2018' and 'سنوات الاقتتال' are history. The commemoration "
          "is scheduled for the evening ('من المقرر') and is not a protest.")

art("c_tn_sfax_gas_cylinder_explosion", """
صفاقس اليوم
الأحد 21 ماي 2023

وفاة امرأة وابنها في انفجار قارورة غاز بمطبخ منزل في ساقية الزيت

صفاقس – صفاقس اليوم

توفيت امرأة في الخمسين من عمرها وابنها البالغ من العمر 17 عاماً، وأصيب زوجها بحروق بليغة، إثر انفجار قارورة غاز منزلي في مطبخ منزلهم بمعتمدية ساقية الزيت من ولاية صفاقس، مساء أمس السبت.

وأفاد المتحدث باسم الإدارة الجهوية للحماية المدنية بأن دوي الانفجار سُمع على بعد مئات الأمتار، وأنه تسبب في انهيار جزء من سقف المطبخ واندلاع حريق تمت السيطرة عليه بعد نحو نصف ساعة.

وأضاف أن المعاينة الأولية تشير إلى تسرب للغاز بسبب خلل في الأنبوب الموصل بالموقد، داعياً المواطنين إلى التثبت الدوري من سلامة تجهيزات الغاز، خاصة مع ارتفاع درجات الحرارة.

وفتحت النيابة العمومية تحقيقاً لتحديد ملابسات الحادثة.

اقرأ أيضا
• مواجهات بين شبان ومهاجرين في جبنيانة تسفر عن إصابات
• الرابطة الأولى: النادي الصفاقسي يعود بالتعادل من سوسة
""",
    outlet="Sfax Today", published="2023-05-21", incident=None,
    notes="Hard negative (accident): domestic gas-cylinder explosion in Sakiet Ezzit, Sfax, Saturday 2023-05-20, two "
          "deaths. Not political violence despite انفجار/دوي/قتلى. Maghrebi month (ماي). The 'اقرأ أيضا' teaser about "
          "clashes with migrants in Jebeniana is boilerplate and must not be coded.")

art("c_dz_boumerdes_foiled_plot_arrests", """
الجزائر (وكالة المغرب العربي الإخبارية) – أعلنت وزارة الدفاع الوطني، الأحد 25 فيفري 2024، أن مفرزة للجيش الوطني الشعبي، بالتنسيق مع مصالح الأمن، تمكنت يوم الخميس 22 فيفري من إحباط مخطط إرهابي كان يستهدف تجمعاً عمومياً بولاية بومرداس، وأوقفت أربعة عناصر دعم للجماعات الإرهابية كانوا بصدد التحضير له.

وأوضح البيان أن العملية "لم تسفر عن أي خسائر"، وأن الموقوفين أُحيلوا على الجهات القضائية المختصة.

وفي سياق منفصل، كشفت مفرزة أخرى للجيش، يوم الجمعة 23 فيفري، مخبأ للأسلحة والذخيرة بإقليم القطاع العسكري عين قزام بالناحية العسكرية السادسة، يحتوي على ثلاث بنادق رشاشة من نوع كلاشنيكوف وقاذف صاروخي وكمية من الذخيرة، فيما تم توقيف 47 مهاجراً غير شرعي من جنسيات مختلفة بكل من تمنراست وجانت.
""",
    outlet="Maghreb Arab News Wire", published="2024-02-25", incident="dz-boumerdes-foiled-plot-2024-02",
    events=[
        ev(S, "Arrests", "2024-02-22", "Military Forces of Algeria", civ("Algeria"), "boumerdes", None,
           "تمكنت يوم الخميس 22 فيفري من إحباط مخطط إرهابي كان يستهدف تجمعاً عمومياً بولاية بومرداس، وأوقفت أربعة عناصر دعم للجماعات الإرهابية"),
        ev(S, "Disrupted weapons use", "2024-02-23", "Military Forces of Algeria", None, "in_guezzam", None,
           "كشفت مفرزة أخرى للجيش، يوم الجمعة 23 فيفري، مخبأ للأسلحة والذخيرة", optional=True),
    ],
    notes="Foiled plot: nothing happened ('لم تسفر عن أي خسائر'); the only event is the arrest of four 'support "
          "elements' on Thursday 2024-02-22 in Boumerdes (non-optional: it is the news). No attack, no Explosions "
          "event. Arms cache found near In Guezzam on Friday 2024-02-23: Disrupted weapons use (seizure of a cache), "
          "optional. Migrant interceptions are not conflict events. Maghrebi month (فيفري). Actor2 of the arrests is "
          "Civilians (Algeria) as the support network is unnamed (LEAD REVIEW: maybe 'Unidentified Armed Group "
          "(Algeria)').")

# ====================================================================================================== Sudan, South Sudan, Horn
art("c_sd_gezira_wad_haddad_rsf_attack", """
نبض مدني
الأربعاء 13 نوفمبر 2024

مقتل تسعة مدنيين ونهب قرية جنوب ود الحداد.. ومجموعة نسوية توثق حالات اغتصاب

ود مدني – نبض مدني

قُتل تسعة مدنيين على الأقل، بينهم امرأتان، وأصيب أكثر من عشرين آخرين، يوم الاثنين الماضي، في هجوم شنته قوات الدعم السريع على قرية «ود الفكي» الواقعة جنوب مدينة ود الحداد بولاية الجزيرة، بحسب لجان المقاومة في المنطقة.

وقالت اللجان في بيان، أمس، إن عناصر الدعم السريع وصلوا إلى القرية على متن أكثر من عشرين عربة قتالية صباح الاثنين، وأطلقوا النار عشوائياً على المواطنين، ثم نهبوا المنازل والمواشي ومخزون الذرة، وأحرقوا السوق الصغير وسط القرية.

من جهتها، قالت مجموعة «نساء الجزيرة من أجل السلام» إنها وثقت أربع حالات اغتصاب لنساء وفتيات خلال الهجوم، مشيرة إلى أن الضحايا نُقلن إلى مركز صحي في منطقة أخرى "وسط ظروف أمنية بالغة الصعوبة".

ولم تعلق قوات الدعم السريع على الاتهامات، لكنها كانت قد أعلنت في وقت سابق أنها "تطارد فلول الاستخبارات العسكرية" في قرى جنوب الجزيرة.

وتشهد ولاية الجزيرة منذ أسابيع موجة من الهجمات على القرى، أدت إلى نزوح عشرات الآلاف نحو ولايتي القضارف وسنار.
""",
    outlet="Nabd Madani", published="2024-11-13", incident="sd-gezira-wad-haddad-village-attack-2024-11",
    events=[
        ev(V, "Attack", "2024-11-11", RSF, civ("Sudan"), "wad_haddad", 9,
           "في هجوم شنته قوات الدعم السريع على قرية «ود الفكي» الواقعة جنوب مدينة ود الحداد بولاية الجزيرة"),
        ev(V, "Sexual violence", "2024-11-11", RSF, civ("Sudan"), "wad_haddad", None,
           "إنها وثقت أربع حالات اغتصاب لنساء وفتيات خلال الهجوم"),
        ev(S, "Looting/property destruction", "2024-11-11", RSF, civ("Sudan"), "wad_haddad", None,
           "ثم نهبوا المنازل والمواشي ومخزون الذرة، وأحرقوا السوق الصغير وسط القرية", optional=True),
    ],
    notes="'يوم الاثنين الماضي' relative to Wednesday 13 November 2024 -> 2024-11-11. The village name is fictional; "
          "coded at Wad al-Haddad (geo precision 2, 'south of Wad al-Haddad'). 9+ civilians killed (resistance "
          "committees). Four rapes documented by a women's group -> separate Sexual violence event. Looting/burning "
          "during the attack: optional (as in b_ml_mopti_sofara_market_attack). Displacement is background.")

art("c_sd_nyala_army_airstrike", """
عين دارفور
الجمعة 17 مايو 2024

غرفة طوارئ نيالا: 12 قتيلاً مدنياً في غارة جوية على حي الوادي

نيالا – عين دارفور

قُتل 12 مدنياً، بينهم خمسة أطفال، وأصيب 19 آخرون، أمس الخميس، جراء غارة جوية نفذها الطيران الحربي التابع للجيش السوداني على حي الوادي شمالي مدينة نيالا، عاصمة ولاية جنوب دارفور، وفق ما أعلنته غرفة طوارئ نيالا.

وقالت الغرفة إن الغارة أصابت منازل مأهولة ومحلاً لبيع المواد الغذائية، وإن بعض الجثث لم يتسنَّ انتشالها إلا بعد ساعات.

في المقابل، نفى مصدر في الجيش استهداف المدنيين، مؤكداً أن سلاح الجو "استهدف تجمعات ومخازن أسلحة تابعة لميليشيا الدعم السريع".

وزعمت قوات الدعم السريع في بيان أن مضاداتها الأرضية أسقطت الطائرة المنفذة للغارة شرقي المدينة، وهو ما نفاه الجيش جملة وتفصيلاً، ولم يتسنَّ التحقق من ذلك من مصدر مستقل.

وتخضع نيالا لسيطرة قوات الدعم السريع منذ أكتوبر الماضي، وتتعرض بين حين وآخر لغارات جوية.

شارك عبر: واتساب | فيسبوك | تيليغرام

اقرأ أيضاً: مسيّرة تستهدف سوقاً في مدينة الأبيض بشمال كردفان
""",
    outlet="Ain Darfur", published="2024-05-17", incident="sd-nyala-airstrike-2024-05",
    events=[
        ev(E, "Air/drone strike", "2024-05-16", SAF, civ("Sudan"), "nyala", 12,
           "جراء غارة جوية نفذها الطيران الحربي التابع للجيش السوداني على حي الوادي شمالي مدينة نيالا"),
    ],
    notes="'أمس الخميس' relative to Friday 17 May 2024 -> 2024-05-16. 12 civilians killed (Nyala emergency room); the "
          "army denies targeting civilians (the strike itself is not denied). The RSF claim of downing the jet is "
          "denied and unverified: no event. RSF control of Nyala since October is background. 'اقرأ أيضاً' teaser "
          "(drone on El Obeid market) is boilerplate.")

art("c_sd_bluenile_wad_mahi_clashes_protest", """
الدمازين نيوز
الخميس 20 أكتوبر 2022

أكثر من 30 قتيلاً في اقتتال قبلي بود الماحي.. ومقتل متظاهر أمام أمانة حكومة النيل الأزرق

الدمازين – الدمازين نيوز

قُتل أكثر من 30 شخصاً وأصيب العشرات، أمس الأربعاء، في تجدد الاقتتال القبلي بين مجموعتي الهوسا والفونج في محلية ود الماحي بولاية النيل الأزرق، بحسب مصدر طبي في مستشفى الروصيرص، وسط نزوح مئات الأسر نحو مدينة الروصيرص.

وأعلنت لجنة أمن الولاية، مساء أمس، فرض حظر للتجوال في محلية ود الماحي وإعلان حالة الطوارئ لمدة ثلاثين يوماً، ونشر تعزيزات عسكرية في المنطقة.

وفي مدينة الدمازين، خرج مئات المحتجين، صباح اليوم الخميس، في موكب نحو أمانة حكومة الولاية، مطالبين بحماية المدنيين وإقالة حاكم الإقليم. وأطلقت قوات الشرطة الغاز المسيل للدموع ثم الرصاص الحي لتفريق المحتجين عندما حاولوا اقتحام مبنى الأمانة، ما أدى إلى مقتل متظاهر وإصابة خمسة آخرين، بحسب لجنة أطباء الولاية.

وكانت المنطقة قد شهدت في يوليو الماضي مواجهات مماثلة أودت بحياة العشرات.
""",
    outlet="Damazin News", published="2022-10-20", incident="sd-bluenile-wad-mahi-clashes-2022-10",
    events=[
        ev(B, "Armed clash", "2022-10-19", "Hausa Ethnic Militia (Sudan)", "Funj Ethnic Militia (Sudan)", "wad_mahi", 30,
           "في تجدد الاقتتال القبلي بين مجموعتي الهوسا والفونج في محلية ود الماحي بولاية النيل الأزرق"),
        ev(S, "Other", "2022-10-19", "Military Forces of Sudan (2019-)", None, "wad_mahi", None,
           "فرض حظر للتجوال في محلية ود الماحي وإعلان حالة الطوارئ لمدة ثلاثين يوماً", optional=True),
        ev(P, "Excessive force against protesters", "2022-10-20", "Protesters (Sudan)", "Police Forces of Sudan (2019-)",
           "damazin", 1,
           "وأطلقت قوات الشرطة الغاز المسيل للدموع ثم الرصاص الحي لتفريق المحتجين"),
    ],
    notes="Page dated Thursday 20 October 2022. Hausa-Funj fighting in Wad al-Mahi on Wednesday 2022-10-19: 'أكثر من "
          "30' -> 30. Ethnic militia names follow ACLED style but are not in the actor lexicon (LEAD REVIEW). Curfew and "
          "state of emergency declared by the state security committee: optional Strategic developments/Other (actor "
          "approximated as the army). Thursday protest in Ed Damazin: tear gas then live fire, 1 protester killed -> "
          "Excessive force against protesters (the attempt to storm the building does not make it a riot in the "
          "text's framing; LEAD REVIEW). July clashes are background.")

art("c_sd_annual_report_2024_figures", """
النيلين نت
الاثنين 3 فبراير 2025

تقرير أممي: 2024 العام الأكثر دموية للمدنيين في السودان منذ بدء الحرب

الخرطوم – النيلين نت

قال تقرير صادر عن مكتب أممي معني بتنسيق الشؤون الإنسانية، اليوم الاثنين، إن عام 2024 كان "الأكثر دموية للمدنيين" منذ اندلاع الحرب بين الجيش السوداني وقوات الدعم السريع في أبريل 2023، مقدراً عدد القتلى المدنيين الموثقين خلال العام بأكثر من 18 ألفاً.

وأوضح التقرير أن 119 منشأة صحية تعرضت لهجمات خلال العام، وأن أكثر من 11 مليون شخص باتوا نازحين داخلياً، فيما يواجه نحو 25 مليوناً انعداماً حاداً في الأمن الغذائي، مع تسجيل ظروف المجاعة في خمس مناطق على الأقل، بينها مخيم زمزم في شمال دارفور.

وأشار التقرير إلى أن ولايات دارفور والخرطوم والجزيرة سجلت العدد الأكبر من الحوادث، وأن العنف الجنسي "استُخدم على نطاق واسع"، من دون أن يقدم أرقاماً تفصيلية بحسب المواقع أو التواريخ.

ودعا التقرير الأطراف المتحاربة إلى "وقف فوري للأعمال العدائية" والسماح بوصول المساعدات من دون عوائق، محذراً من أن استمرار القتال في حال عدم التوصل إلى اتفاق سيؤدي إلى "كارثة إنسانية غير مسبوقة" خلال العام الجاري.
""",
    outlet="Al-Nilein Net", published="2025-02-03", incident=None,
    notes="Hard negative: UN humanitarian report with aggregate 2024 figures (deaths, attacks on health facilities, "
          "displacement, famine, sexual violence 'on a wide scale') without places/dates of specific incidents. Not "
          "an event. The warning ('في حال... سيؤدي') is conditional.")

art("c_ss_upper_nile_ulang_white_army", """
راديو النيل الأبيض – النشرة العربية

الجيش الأبيض يسيطر على حامية أولانق.. وغارات جوية على الناصر

أعالي النيل – قال مسؤولون محليون في مقاطعة أولانق بولاية أعالي النيل إن مقاتلين من «الجيش الأبيض» سيطروا على حامية عسكرية تابعة لقوات دفاع شعب جنوب السودان في بلدة أولانق، بعد معارك عنيفة استمرت من فجر الرابع من مارس الجاري حتى ظهيرة اليوم ذاته، وأسفرت عن مقتل عشرات الجنود.

وقال المتحدث باسم الجيش إن القوات "انسحبت تكتيكياً" من الحامية، متهماً قوات المعارضة المسلحة بقيادة رياك مشار بدعم المهاجمين، وهو ما نفته الحركة الشعبية في المعارضة في بيان.

وبعد يومين، شنت طائرات حربية غارات على أطراف بلدة الناصر المجاورة، قال مفوض المقاطعة إنها أدت إلى مقتل خمسة مدنيين بينهم امرأة حامل، وتدمير عدد من الأكواخ.

وفي جوبا، اعتقلت قوات الأمن ثلاثة من المسؤولين المنتمين إلى الحركة الشعبية في المعارضة، بينهم وزير في الحكومة الانتقالية، وسط مخاوف من انهيار اتفاق السلام الموقع عام 2018.
""",
    outlet="Radio White Nile (Arabic bulletin)", published=None, incident="ss-upper-nile-ulang-garrison-fall",
    events=[
        ev(B, "Non-state actor overtakes territory", None, "White Army (Nuer Ethnic Militia)", "Military Forces of South Sudan",
           "ulang", 12,
           "سيطروا على حامية عسكرية تابعة لقوات دفاع شعب جنوب السودان في بلدة أولانق"),
        ev(E, "Air/drone strike", None, "Military Forces of South Sudan", civ("South Sudan"), "nasir", 5,
           "شنت طائرات حربية غارات على أطراف بلدة الناصر المجاورة"),
        ev(S, "Arrests", None, "Military Forces of South Sudan", "SPLM/A-In Opposition (SPLM/A-IO)", "juba", None,
           "اعتقلت قوات الأمن ثلاثة من المسؤولين المنتمين إلى الحركة الشعبية في المعارضة", optional=True),
    ],
    notes="No page date and no year: 'الرابع من مارس الجاري' gives day and month only, so dates are null (the README "
          "allows null when the year cannot be resolved; the air strike is 'two days later' and the arrests undated). "
          "Garrison overrun after fighting: 'عشرات الجنود' -> 12 (dozens). Air strikes: the text does not name the "
          "air force, but only the government flies warplanes there -> actor1 SSPDF (LEAD REVIEW). Arrest of SPLM-IO "
          "officials in Juba: optional (political arrest; actor1 approximated as state forces).")

art("c_so_puntland_calmiskaad_offensive", """
بونتلاند بوست
الثلاثاء 18 مارس 2025

قوات بونتلاند تستعيد قاعدة لداعش في جبال علمسكاد

بوصاصو – بونتلاند بوست

أعلنت وزارة الأمن في ولاية بونتلاند، مساء أمس الاثنين، أن قواتها استعادت السيطرة على قاعدة رئيسية لتنظيم «داعش» في وادٍ بسلسلة جبال علمسكاد جنوب شرقي مدينة بوصاصو في إقليم بري، بعد معارك استمرت منذ ساعات الصباح.

وقال المتحدث باسم العملية العسكرية إن المعارك أسفرت عن مقتل 17 من عناصر التنظيم، بينهم مقاتلون أجانب، ومقتل جنديين من قوات بونتلاند وإصابة ستة آخرين، مضيفاً أن القوات "أقامت مواقع دائمة في الوادي لمنع عودة الإرهابيين".

وبالتزامن، أعلنت القيادة العسكرية الأمريكية في أفريقيا (أفريكوم) أنها نفذت، يوم الأحد، غارة جوية استهدفت عناصر من التنظيم في جبال علمسكاد، "بالتنسيق مع حكومة الصومال الفيدرالية"، مشيرة إلى أن التقييم الأولي يفيد بعدم سقوط ضحايا مدنيين، من دون ذكر عدد القتلى في صفوف التنظيم.

وتخوض قوات بونتلاند منذ أواخر العام الماضي عملية واسعة لطرد التنظيم من معاقله الجبلية في الإقليم.

للمزيد: تابعونا على منصة X
""",
    outlet="Puntland Post (Arabic)", published="2025-03-18", incident="so-bari-calmiskaad-offensive-2025-03",
    events=[
        ev(B, "Government regains territory", "2025-03-17", "Military Forces of Puntland", "Islamic State (Somalia)",
           "calmiskaad", 19,
           "أن قواتها استعادت السيطرة على قاعدة رئيسية لتنظيم «داعش» في وادٍ بسلسلة جبال علمسكاد"),
        ev(S, "Headquarters or base established", "2025-03-17", "Military Forces of Puntland", None, "calmiskaad", None,
           "أقامت مواقع دائمة في الوادي لمنع عودة الإرهابيين", optional=True),
        ev(E, "Air/drone strike", "2025-03-16", "Military Forces of the United States", "Islamic State (Somalia)",
           "calmiskaad", None,
           "أنها نفذت، يوم الأحد، غارة جوية استهدفت عناصر من التنظيم في جبال علمسكاد"),
    ],
    notes="Announcement 'مساء أمس الاثنين' (page Tuesday 18 March 2025) -> regain coded 2025-03-17 (fighting 'since "
          "the morning', same day): 17 ISIS + 2 Puntland soldiers = 19. Permanent positions set up: optional base "
          "established. AFRICOM strike on Sunday 2025-03-16: no militant toll given -> null ('no civilian casualties' "
          "is not a total). Location: a valley in the Cal Miskaad range (geo precision 2, approximate coordinates).")

art("c_so_jubaland_bulo_gaduud_handover", """
جوبالاند اليوم
الأربعاء 11 ديسمبر 2024

قوات جوبالاند تدخل بولو غادود دون قتال بعد انسحاب الشباب.. وقذائف هاون على كسمايو

كسمايو – جوبالاند اليوم

دخلت قوات ولاية جوبالاند، صباح أمس الثلاثاء، بلدة بولو غادود الواقعة شمال مدينة كسمايو في إقليم جوبا السفلى، من دون أي مقاومة، بعد أن انسحب منها مقاتلو حركة الشباب خلال الليل، بحسب ما أفاد به قائد محلي.

وأوضح القائد أن سكان البلدة استقبلوا القوات، وأن عناصر الشباب "أخذوا معهم الأسلحة والمؤن ولم يتركوا سوى مبنى المحكمة الذي كانوا يستخدمونه".

وفي المساء، سقطت عدة قذائف هاون في محيط مطار كسمايو، يُعتقد أن مقاتلي الحركة أطلقوها من ضواحي المدينة، لكنها لم تسفر عن إصابات أو أضرار، بحسب مسؤول أمني.

وتأتي هذه التطورات في ظل توتر سياسي بين إدارة جوبالاند والحكومة الفيدرالية في مقديشو، على خلفية الانتخابات المحلية الأخيرة في الولاية.

اقرأ أيضاً: مقتل أربعة جنود في كمين بإقليم جدو
""",
    outlet="Jubaland Today", published="2024-12-11", incident="so-lowerjuba-bulo-gaduud-handover-2024-12",
    events=[
        ev(S, "Non-violent transfer of territory", "2024-12-10", "Military Forces of Jubaland", SHB, "bulo_gaduud", None,
           "دخلت قوات ولاية جوبالاند، صباح أمس الثلاثاء، بلدة بولو غادود"),
        ev(E, "Shelling/artillery/missile attack", "2024-12-10", SHB, "Military Forces of Jubaland", "kismayo", 0,
           "سقطت عدة قذائف هاون في محيط مطار كسمايو"),
    ],
    notes="Page dated Wednesday 11 December 2024; 'صباح أمس الثلاثاء' -> 2024-12-10. Al Shabaab withdrew overnight and "
          "Jubaland forces entered 'من دون أي مقاومة' -> Non-violent transfer of territory (actor1 = the side taking "
          "over). Evening mortars near Kismayo airport, 'believed' Al Shabaab, 'لم تسفر عن إصابات' -> 0; actor2 "
          "Jubaland forces as the airport's holders (LEAD REVIEW: could be null). The political tension with the "
          "federal government is context. 'اقرأ أيضاً' teaser (ambush in Gedo) is boilerplate.")

art("c_et_amhara_mota_fano", """
صوت الهضبة
الثلاثاء 27 فبراير 2024

«فانو» تسيطر على موتا لساعات قبل أن يستعيدها الجيش الإثيوبي

بحر دار – صوت الهضبة

سيطر مسلحون من ميليشيا «فانو»، يوم الأحد، على مدينة موتا في منطقة غوجام الشرقية بإقليم أمهرة، بعد اشتباكات مع قوات الدفاع الوطني الإثيوبية استمرت منذ الفجر، وأطلقوا سراح عشرات السجناء من سجن المدينة، بحسب سكان تحدثوا عبر الهاتف.

وقال أحد السكان إن "عشرات القتلى سقطوا من الطرفين"، وإن جثثاً بقيت في الشوارع حتى المساء، فيما لم تعلن أي جهة رسمية حصيلة للمعارك.

وفي صباح اليوم التالي، الاثنين، استعادت قوات الجيش السيطرة على المدينة بعد انسحاب مقاتلي فانو نحو الأرياف المحيطة، بإسناد من طائرات مسيّرة حلّقت فوق المدينة طوال الليل، بحسب المصادر ذاتها.

وأكدت قيادة الجيش في المنطقة أن "الوضع عاد إلى طبيعته" في موتا، متهمة المسلحين بنهب مصرفين ومؤسسات حكومية.

ويشهد إقليم أمهرة نزاعاً مسلحاً بين الحكومة الفيدرالية ومقاتلي فانو منذ أغسطس 2023، في ظل انقطاع متكرر للاتصالات يصعّب التحقق من المعلومات.
""",
    outlet="Sawt al-Hadaba", published="2024-02-27", incident="et-amhara-mota-fano-2024-02",
    events=[
        ev(B, "Non-state actor overtakes territory", "2024-02-25", "Fano Militia", "Military Forces of Ethiopia (2018-)",
           "mota", 12,
           "سيطر مسلحون من ميليشيا «فانو»، يوم الأحد، على مدينة موتا في منطقة غوجام الشرقية بإقليم أمهرة"),
        ev(B, "Government regains territory", "2024-02-26", "Military Forces of Ethiopia (2018-)", "Fano Militia",
           "mota", None,
           "استعادت قوات الجيش السيطرة على المدينة بعد انسحاب مقاتلي فانو نحو الأرياف المحيطة"),
        ev(S, "Looting/property destruction", "2024-02-25", "Fano Militia", civ("Ethiopia"), "mota", None,
           "متهمة المسلحين بنهب مصرفين ومؤسسات حكومية", optional=True),
    ],
    notes="Page dated Tuesday 27 February 2024. Fano took Mota on Sunday 2024-02-25 after clashes since dawn: "
          "'عشرات القتلى' -> 12 (dozens). The army retook the town on Monday 2024-02-26 after Fano withdrew (the "
          "drones overhead are part of it; no toll). Prison break is part of the takeover. Army's accusation of "
          "looting banks: optional (claim by one side). Since-August-2023 conflict is background.")

# ====================================================================================================== Sahel, Lake Chad
art("c_ml_weekly_security_review_kidal_segou", """
مرصد الساحل – الحصاد الأمني الأسبوعي
الاثنين 16 جوان 2025

مالي: أسبوع من الضربات والخطف بين كيدال وسيغو

باماكو – مرصد الساحل

شهد الأسبوع الممتد من 9 إلى 15 جوان تصعيداً لافتاً في مناطق الشمال والوسط المالي، نرصد أبرز محطاته في هذا الحصاد:

الثلاثاء 10 جوان – كيدال: نفذت طائرة مسيّرة تابعة للجيش المالي ضربة على موقع للتنقيب التقليدي عن الذهب قرب بلدة تينزاواتين على الحدود الجزائرية. وقال الجيش في بيان إنه "حيّد عدداً من الإرهابيين"، بينما أكدت جبهة تحرير أزواد أن الضربة قتلت ثمانية مدنيين من المنقبين، بينهم قاصران، ونشرت صوراً قالت إنها لجثث الضحايا.

الخميس 12 جوان – سيغو: أوقف مسلحون يُعتقد أنهم من جماعة نصرة الإسلام والمسلمين حافلة للنقل العام على الطريق بين نيونو وديابالي، وأنزلوا منها أربعة عشر راكباً، بينهم موظفان حكوميان، واقتادوهم إلى جهة مجهولة، قبل أن يسمحوا للحافلة بمواصلة طريقها، وفق ما أكده مسؤول في شركة النقل.

السبت 14 جوان – ماسينا: هاجم مسلحون على دراجات نارية موقعاً للجيش في بلدة ماسينا فجراً. وأعلن الجيش أنه "صدّ الهجوم" وقتل 11 مهاجماً، مقابل مقتل جنديين، بينما تبنت الجماعة الهجوم في بيان مقتضب.

الأحد 15 جوان – كيدال: أعلنت حركتان مسلحتان صغيرتان من الطوارق اندماجهما في جبهة تحرير أزواد، في خطوة قال قادة الجبهة إنها "توحّد الصف في مواجهة المجلس العسكري".

وفي المقابل، تعتزم السلطات الانتقالية، بحسب مصادر حكومية، إطلاق عملية عسكرية واسعة في منطقة سيغو خلال الأسابيع المقبلة، وهو ما لم يُعلَن رسمياً حتى الآن.

© مرصد الساحل – جميع الحقوق محفوظة
""",
    outlet="Marsad al-Sahil", published="2025-06-16", incident="ml-weekly-review-2025-06-09",
    events=[
        ev(E, "Air/drone strike", "2025-06-10", MLI, civ("Mali"), "tinzaouaten", 8,
           "نفذت طائرة مسيّرة تابعة للجيش المالي ضربة على موقع للتنقيب التقليدي عن الذهب قرب بلدة تينزاواتين"),
        ev(V, "Abduction/forced disappearance", "2025-06-12", JNIM, civ("Mali"), "niono", None,
           "وأنزلوا منها أربعة عشر راكباً، بينهم موظفان حكوميان، واقتادوهم إلى جهة مجهولة"),
        ev(B, "Armed clash", "2025-06-14", JNIM, MLI, "macina", 13,
           "هاجم مسلحون على دراجات نارية موقعاً للجيش في بلدة ماسينا فجراً"),
        ev(S, "Change to group/activity", "2025-06-15", "Azawad Liberation Front (FLA)", None,
           ("Mali", "Kidal", None, None, None), None,
           "أعلنت حركتان مسلحتان صغيرتان من الطوارق اندماجهما في جبهة تحرير أزواد", optional=True),
    ],
    notes="Long weekly review (Maghrebi month جوان) narrating separate dated events in different regions, each its own "
          "event. Kidal drone strike on a gold-mining site near Tinzaouaten (Tue 10 June): army claims 'terrorists', "
          "the FLA says 8 civilian miners killed; coded Civilians (Mali) with 8 (LEAD REVIEW: contested victims). "
          "Bus abduction of 14 passengers between Niono and Diabaly (Thu 12 June), 'believed' JNIM. Macina attack "
          "(Sat 14 June): 11 attackers + 2 soldiers = 13, JNIM claimed. Merger of two Tuareg movements into the FLA "
          "(Sun 15 June): optional Change to group/activity, region-only location. Planned operation ('تعتزم') is not "
          "an event. The incident slug is the week (different incidents; one article).")

art("c_bf_kaya_fada_analysis", """
أفريقيا الساحل – تحليلات
الاثنين 11 سبتمبر 2023

بوركينا فاسو: أسبوع دامٍ بين الوسط الشمالي والشرق يكشف حدود «التعبئة العامة»

واغادوغو – أفريقيا الساحل

بعد أقل من عام على استيلاء النقيب إبراهيم تراوري على السلطة، تبدو الخريطة الأمنية في بوركينا فاسو أكثر تعقيداً من أي وقت مضى. فقد شهد الأسبوع الماضي وحده ثلاثة أحداث تلخّص المشهد: عبوة ناسفة على طريق إمداد حيوي، وهجوم على متطوعي الدفاع عن الوطن في الشرق، واحتجاج غير مسبوق للنازحين في كايا.

ففي يوم الأحد 3 سبتمبر، انفجرت عبوة ناسفة لدى مرور قافلة إمداد عسكرية على الطريق بين كايا وبيسيلا في إقليم الوسط الشمالي، ما أدى إلى مقتل خمسة جنود وإصابة آخرين، بحسب مصادر أمنية. ولم تتبنَّ أي جهة الهجوم، لكن المنطقة تُعد من مناطق نشاط جماعة نصرة الإسلام والمسلمين.

وبعد يومين، الثلاثاء 5 سبتمبر، هاجم مسلحون موقعاً لمتطوعي الدفاع عن الوطن في قرية تبعد نحو 20 كيلومتراً عن مدينة فادا نغورما في إقليم الشرق. وخاض المتطوعون اشتباكاً استمر ساعتين قبل أن يصل الدعم الجوي، وقُتل سبعة منهم، فيما تبنت جماعة نصرة الإسلام والمسلمين الهجوم مدعية قتل «العشرات».

أما الخميس 7 سبتمبر، فخرج مئات النازحين في مسيرة سلمية وسط مدينة كايا، احتجاجاً على تأخر توزيع المساعدات الغذائية منذ شهرين، ورفعوا لافتات تطالب السلطات بـ"فك الحصار عن القرى"، قبل أن يتفرقوا بهدوء بعد لقاء مع ممثل عن المحافظ.

ويرى الباحث موسى ساوادوغو أن هذه الأحداث «تكشف أن التعبئة العامة المعلنة في أبريل لم تغيّر ميزان القوى بعد»، مذكراً بأن البلاد شهدت في مثل هذا الشهر من العام الماضي انقلاباً ثانياً خلال ثمانية أشهر. وتعتزم الحكومة، وفق تصريحات رسمية، تجنيد خمسين ألف متطوع إضافي قبل نهاية العام، وهو هدف يشكك فيه مراقبون.
""",
    outlet="Afriqiya al-Sahil", published="2023-09-11", incident="bf-centrenord-est-week-2023-09",
    events=[
        ev(E, "Remote explosive/landmine/IED", "2023-09-03", uag("Burkina Faso"), BFA, "pissila", 5,
           "انفجرت عبوة ناسفة لدى مرور قافلة إمداد عسكرية على الطريق بين كايا وبيسيلا"),
        ev(B, "Armed clash", "2023-09-05", JNIM, VDP, "fada", 7,
           "هاجم مسلحون موقعاً لمتطوعي الدفاع عن الوطن في قرية تبعد نحو 20 كيلومتراً عن مدينة فادا نغورما"),
        ev(P, "Peaceful protest", "2023-09-07", "Protesters (Burkina Faso)", None, "kaya", 0,
           "خرج مئات النازحين في مسيرة سلمية وسط مدينة كايا"),
    ],
    notes="Analytical piece narrating three dated events of the week 3-7 September 2023 (Gulf month names). IED on the "
          "Kaya-Pissila road (Sun 3 Sept): 5 soldiers; unclaimed, JNIM only suspected by area -> actor1 unidentified. "
          "Attack on a VDP post ~20 km from Fada N'Gourma (Tue 5 Sept): two-hour fight, 7 VDP killed; JNIM claim of "
          "'dozens' not used; the post location coded at Fada (geo precision 2). Peaceful IDP march in Kaya (Thu 7 "
          "Sept). The September-2022 coup, the April general mobilisation and the recruitment plan ('تعتزم') are "
          "background.")

art("c_ne_diffa_toumour_attack", """
صدى ديفا
الثلاثاء 4 جويلية 2023

مقتل أربعة مدنيين واختطاف ست نساء في هجوم على تومور

ديفا – صدى ديفا

قُتل أربعة مدنيين، بينهم زعيم محلي، واختُطفت ست نساء، ليل الأحد إلى الاثنين، في هجوم شنه مسلحون يُعتقد أنهم من جماعة بوكو حرام على حي في أطراف بلدة تومور بمنطقة ديفا جنوب شرقي النيجر، بحسب مصادر محلية وإنسانية.

وقال أحد الأعيان لـ«صدى ديفا» إن المهاجمين وصلوا نحو منتصف الليل قادمين من جزر بحيرة تشاد، وأطلقوا النار على المنازل قبل أن يقتادوا النساء نحو الضفة، مشيراً إلى أنهم استولوا أيضاً على مواشٍ ومؤن.

وأعلنت وزارة الدفاع في بيان أن وحدات من الجيش "طاردت المهاجمين" دون أن تتمكن من اللحاق بهم، مؤكدة أن دوريات مكثفة انتشرت في المنطقة.

وتشهد منطقة ديفا هجمات متكررة منذ عام 2015، ينسبها السكان إلى فصيل بوكو حرام التابع لأبي بكر شيكاو سابقاً، وإلى تنظيم «داعش – ولاية غرب أفريقيا».

الطقس: ديفا 38° | نيامي 36°
""",
    outlet="Sada Diffa", published="2023-07-04", incident="ne-diffa-toumour-attack-2023-07",
    events=[
        ev(V, "Attack", "2023-07-02", JAS, civ("Niger"), "toumour", 4,
           "قُتل أربعة مدنيين، بينهم زعيم محلي، واختُطفت ست نساء، ليل الأحد إلى الاثنين"),
        ev(V, "Abduction/forced disappearance", "2023-07-02", JAS, civ("Niger"), "toumour", None,
           "قبل أن يقتادوا النساء نحو الضفة"),
    ],
    notes="Maghrebi month (جويلية); page dated Tuesday 4 July 2023. Attack on the night of Sunday to Monday (2-3 July): "
          "coded on Sunday 2023-07-02, starting 'around midnight' (a system giving 2023-07-03 is within tolerance). "
          "Attribution 'believed' Boko Haram -> JAS. 4 civilians killed; 6 women abducted (separate event). Theft of "
          "livestock is part of the attack. The army pursuit without contact is not a clash. Weather line is "
          "boilerplate.")

art("c_ng_borno_gwoza_suicide_bombing", """
بورنو تايمز العربية
الخميس 8 فبراير 2024

سبعة قتلى بينهم انتحاريتان في تفجيرين قرب سوق غوزا

مايدوغوري – بورنو تايمز العربية

قُتل خمسة أشخاص، إضافة إلى امرأتين انتحاريتين، وأصيب 14 آخرون، مساء أمس الأربعاء، في تفجيرين انتحاريين وقعا عند مدخل السوق الأسبوعي في بلدة غوزا بولاية بورنو شمال شرقي نيجيريا، بحسب ما أفاد به عنصر في قوة المهام المدنية المشتركة.

وأوضح المصدر أن الانتحارية الأولى فجّرت نفسها وسط حشد من المتسوقين، بينما فجّرت الثانية حزامها الناسف بعد دقائق عندما حاول عناصر من القوة اعتراضها على بعد أمتار من البوابة، ولم تقتل سوى نفسها.

ولم تتبنَّ أي جهة الهجوم حتى الآن، لكن السلطات المحلية رجحت وقوف جماعة بوكو حرام وراءه، مشيرة إلى أن الجماعة تستخدم النساء والفتيات في الهجمات الانتحارية.

وكانت الولاية قد شهدت هجمات انتحارية مماثلة في أسواق ومساجد خلال السنوات الماضية.

اقرأ أيضاً: مقتل ثلاثة مزارعين على يد مسلحين قرب دامبوا
""",
    outlet="Borno Times Arabic", published="2024-02-08", incident="ng-borno-gwoza-market-suicide-2024-02",
    events=[
        ev(E, "Suicide bomb", "2024-02-07", JAS, civ("Nigeria"), "gwoza", 7,
           "في تفجيرين انتحاريين وقعا عند مدخل السوق الأسبوعي في بلدة غوزا بولاية بورنو"),
    ],
    notes="Two female suicide bombers minutes apart at the same market entrance on Wednesday 2024-02-07 (page dated "
          "Thursday 8 February): same type, day, place and actor pair -> ONE event; fatalities 5 + 2 bombers = 7 "
          "(ACLED counts attackers). Unclaimed; local authorities suspect Boko Haram -> JAS. 'اقرأ أيضاً' teaser "
          "(Damboa) is boilerplate.")

art("c_td_ndjamena_protest_moundou_mob", """
تشاد نيوز بالعربية
الخميس 14 سبتمبر 2023

تفريق تجمع للمعارضة بالغاز في أنجمينا.. وغاضبون يقتلون شاباً متهماً بالسرقة في موندو

أنجمينا – تشاد نيوز

فرّقت قوات الشرطة، صباح أمس الأربعاء، باستخدام الغاز المسيل للدموع، تجمعاً لأنصار حزب معارض أمام مقره في حي شاغوا بالعاصمة أنجمينا، كانوا يحتجون على منع نشاطاتهم، واعتقلت اثني عشر شخصاً بينهم قياديان في الحزب، بحسب بيان للحزب.

وقال المتحدث باسم الشرطة إن التجمع "لم يكن مرخصاً"، مؤكداً أن التدخل جرى "دون تسجيل أي إصابات".

وفي مدينة موندو جنوبي البلاد، قُتل شاب في العشرينات من عمره، مساء الأربعاء، بعد أن انهال عليه حشد من المواطنين ضرباً بالعصي والحجارة في سوق المدينة، إثر اتهامه بسرقة دراجة نارية، قبل أن تتمكن الشرطة من الوصول إلى المكان.

وأدان رئيس رابطة حقوق الإنسان في الإقليم ما وصفه بـ"ظاهرة العدالة الشعبية"، داعياً السلطات إلى محاسبة المتورطين.

شارك هذا الخبر
""",
    outlet="Tchad News (Arabic)", published="2023-09-14", incident="td-ndjamena-moundou-2023-09-13",
    events=[
        ev(P, "Protest with intervention", "2023-09-13", "Protesters (Chad)", "Police Forces of Chad (2021-)", "ndjamena", 0,
           "فرّقت قوات الشرطة، صباح أمس الأربعاء، باستخدام الغاز المسيل للدموع، تجمعاً لأنصار حزب معارض"),
        ev(S, "Arrests", "2023-09-13", "Police Forces of Chad (2021-)", "Protesters (Chad)", "ndjamena", None,
           "واعتقلت اثني عشر شخصاً بينهم قياديان في الحزب", optional=True),
        ev(R, "Mob violence", "2023-09-13", "Rioters (Chad)", civ("Chad"), "moundou", 1,
           "انهال عليه حشد من المواطنين ضرباً بالعصي والحجارة في سوق المدينة"),
    ],
    notes="Page dated Thursday 14 September 2023; both events Wednesday 2023-09-13. N'Djamena: opposition supporters' "
          "gathering dispersed with tear gas, no injuries -> Protest with intervention (fatalities 0); 12 arrests "
          "during the dispersal (optional; ACLED usually folds them into the protest event). Moundou: mob lynching of "
          "a suspected motorbike thief -> Mob violence, 1 killed. Two unrelated incidents in one article share a "
          "date-based slug.")


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1:], ARTICLES, OUT, prefix="c_", script="_build_c.py"))
