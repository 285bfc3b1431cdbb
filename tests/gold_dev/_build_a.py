"""Build the gold annotation of marsad's sample corpus, part A (articles ``a_*``).

Run from anywhere: ``python tests/gold_dev/_build_a.py``. It reads each article from
src/marsad/corpus/, checks that every evidence span occurs verbatim in it, and writes
tests/gold_dev/<id>.json (format: the gold README of the project). ``--check`` only
verifies that the existing JSON files match what would be written.
"""
from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, home of gold_tools
from gold_tools import B, E, P, R, S, V, gold_record, make_event, run  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "src" / "marsad" / "corpus"
OUT = Path(__file__).resolve().parent

SYR = "Military Forces of Syria (2000-2024)"
RUS = "Military Forces of Russia (2000-)"
TUR = "Military Forces of Turkey (2016-)"
ISR = "Military Forces of Israel (2022-)"
IRQ_ARMY = "Military Forces of Iraq (2022-)"
IRQ_POL = "Police Forces of Iraq (2022-)"
LBN_ARMY = "Military Forces of Lebanon (2021-)"
LBN_POL = "Police Forces of Lebanon (2021-)"
ISIS = "Islamic State (ISIS)"
SDF = "Syrian Democratic Forces (SDF)"
SNA = "Syrian National Army"
HTS = "Hay'at Tahrir al-Sham"
HEZ = "Hezbollah"
HOUTHI = "Houthi Movement (Ansar Allah)"
YEM_GOV = "Military Forces of Yemen (2017-) Forces of Hadi/ Presidential Leadership Council"
STC = "Southern Transitional Council"
AQAP = "Al Qaeda in the Arabian Peninsula (AQAP)"

# place key -> (country, admin1, location, lat, lon)
PLACES = {
    "iblin": ("Syria", "Idlib", "Iblin, Idlib", 35.70, 36.51),
    "bara": ("Syria", "Idlib", "Al-Bara, Idlib", 35.68, 36.54),
    "kansafra": ("Syria", "Idlib", "Kansafra, Idlib", 35.67, 36.52),
    "kafranbel": ("Syria", "Idlib", "Kafranbel, Idlib", 35.61, 36.56),
    "awn_dadat": ("Syria", "Aleppo", "Awn al-Dadat, Aleppo", 36.61, 37.96),
    "muhsinli": ("Syria", "Aleppo", "Al-Muhsinli, Aleppo", 36.64, 38.01),
    "tal_rifaat": ("Syria", "Aleppo", "Tal Rifaat, Aleppo", 36.47, 37.10),
    "mayadin": ("Syria", "Deir ez-Zor", "Al-Mayadin, Deir ez-Zor", 35.02, 40.45),
    "mahkan": ("Syria", "Deir ez-Zor", "Mahkan, Deir ez-Zor", 34.96, 40.52),
    "tafas": ("Syria", "Daraa", "Tafas, Daraa", 32.74, 35.97),
    "yadudah": ("Syria", "Daraa", "Al-Yadudah, Daraa", 32.67, 36.06),
    "tabqa": ("Syria", "Raqqa", "Al-Tabqa, Raqqa", 35.84, 38.55),
    "raqqa": ("Syria", "Raqqa", "Raqqa, Raqqa", 35.95, 39.01),
    "kiswah": ("Syria", "Rif Dimashq", "Al-Kiswah, Rif Dimashq", 33.36, 36.24),
    "wadi_horan": ("Iraq", "Al-Anbar", "Wadi Horan, Al-Anbar", 33.25, 41.10),
    "hawija": ("Iraq", "Kirkuk", "Hawija, Kirkuk", 35.33, 43.77),
    "jalawla": ("Iraq", "Diyala", "Jalawla, Diyala", 34.27, 45.17),
    "mosul": ("Iraq", "Nineveh", "Mosul, Nineveh", 36.34, 43.13),
    "baghdad": ("Iraq", "Baghdad", "Baghdad, Baghdad", 33.31, 44.40),
    "bint_jbeil": ("Lebanon", "Nabatieh", "Bint Jbeil, Nabatieh", 33.12, 35.43),
    "kfarkela": ("Lebanon", "Nabatieh", "Kfarkela, Nabatieh", 33.28, 35.57),
    "aitaroun": ("Lebanon", "Nabatieh", "Aitaroun, Nabatieh", 33.12, 35.47),
    "malkiya": ("Israel", "Northern District", "Malkiya, Northern District", 33.10, 35.51),
    "tripoli_lb": ("Lebanon", "North", "Tripoli, North", 34.44, 35.84),
    "beirut": ("Lebanon", "Beirut", "Tariq al-Jdideh, Beirut", 33.87, 35.50),
    "taiz": ("Yemen", "Taiz", "Taiz, Taiz", 13.58, 44.02),
    "kasara": ("Yemen", "Marib", "Al-Kasara, Marib", 15.52, 45.15),
    "hays": ("Yemen", "Hodeidah", "Hays, Hodeidah", 13.93, 43.48),
    "alam_aden": ("Yemen", "Aden", "Al-Alam, Aden", 12.87, 45.09),
    "nihm": ("Yemen", "Sanaa", "Nihm, Sanaa", 15.60, 44.55),
}


ev = partial(make_event, PLACES)

ERV, VAC, PR, RI, SD = E, V, P, R, S
CIV_SY, CIV_IQ, CIV_LB, CIV_YE = "Civilians (Syria)", "Civilians (Iraq)", "Civilians (Lebanon)", "Civilians (Yemen)"

MAYADIN = "mayadin-isis-attack-2024-02"

# id -> metadata; the text is read from the corpus file
METADATA = {
    "a_sy_idlib_shelling_alwatanalhurr": dict(
        outlet="Al-Watan al-Hurr", published="2021-06-10", incident="jabal-zawiya-shelling-2021-06-10",
        events=[
            ev(ERV, "Shelling/artillery/missile attack", "2021-06-10", SYR, CIV_SY, "iblin", 4,
               "قُتل أربعة مدنيين، بينهم طفلان وامرأة، صباح اليوم الخميس، جراء قصف مدفعي وصاروخي"),
            ev(ERV, "Shelling/artillery/missile attack", "2021-06-10", SYR, CIV_SY, "bara", 0,
               "أسفر قصف مماثل عن إصابة ثلاثة مدنيين بينهم رجل مسن، من دون تسجيل وفيات"),
            ev(ERV, "Air/drone strike", "2021-06-10", RUS, None, "kansafra", None,
               "شنّت طائرات حربية روسية ثلاث غارات على الأطراف الغربية لبلدة كنصفرة"),
            ev(ERV, "Shelling/artillery/missile attack", "2021-06-10", HTS, SYR, "kafranbel", None,
               "ردّت هيئة تحرير الشام باستهداف مواقع لقوات النظام في محيط كفرنبل بقذائف المدفعية", optional=True),
        ],
        notes="Four events of one day in Jabal al-Zawiya. The HTS counter-shelling is optional (claimed on Telegram, "
              "no result). The March 2020 ceasefire is background. The 'اقرأ أيضاً' teaser about a landmine near "
              "al-Bab is boilerplate and yields no event. Page has weather widget, phone line, nav, share widget.",
    ),
    "a_sy_aleppo_manbij_clash_shamal": dict(
        outlet="Shabakat al-Shamal", published="2022-08-17", incident="manbij-front-2022-08-17",
        events=[
            ev(B, "Armed clash", "2022-08-17", SNA, SDF, "awn_dadat", 4,
               "اندلعت اشتباكات عنيفة فجر اليوم الأربعاء بين فصائل من \"الجيش الوطني السوري\""),
            ev(ERV, "Shelling/artillery/missile attack", "2022-08-17", TUR, None, "muhsinli", None,
               "قصفت المدفعية التركية المتمركزة في القواعد المحيطة بمدينة جرابلس قرية المحسنلي"),
            ev(ERV, "Air/drone strike", "2022-08-17", TUR, SDF, "tal_rifaat", 2,
               "استهدفت طائرة مسيّرة تركية سيارة عسكرية على الطريق الواصل بين بلدة تل رفعت وقرية الشيخ عيسى"),
        ],
        notes="Clash toll: 3 SNA (Hamza Division) + 1 Manbij Military Council (SDF) = 4. The SDF side is named "
              "through its component 'مجلس منبج العسكري'. Turkish threats of a new operation are not events.",
    ),
    "a_sy_mayadin_attack_furat24": dict(
        outlet="Furat 24", published="2024-02-13", incident=MAYADIN,
        events=[
            ev(B, "Armed clash", "2024-02-12", ISIS, SYR, "mayadin", 11,
               "شنّت خلايا تابعة لتنظيم \"داعش\" ليل الاثنين – الثلاثاء هجوماً منسّقاً على مقر مفرزة الأمن العسكري"),
        ],
        notes="Multi-outlet incident, report 1 of 4 (first night). Preliminary toll 7 government/NDF + 4 attackers = 11; "
              "about 30 attackers; about 15 detainees escaped. Attack started around 23:00 on Monday 2024-02-12. "
              "Odd-spaced page date '13 / 2/ 2024'. 'اقرأ أيضاً' teasers (landmine in al-Shola desert, drone near "
              "al-Bukamal) are boilerplate.",
    ),
    "a_sy_mayadin_attack_khabur": dict(
        outlet="Khabur Observatory for Human Rights", published="2024-02-14", incident=MAYADIN,
        events=[
            ev(B, "Armed clash", "2024-02-12", ISIS, SYR, "mayadin", 22,
               "ارتفاع حصيلة القتلى جراء الهجوم الذي شنّه عناصر من تنظيم «الدولة الإسلامية» ليل الاثنين الماضي"),
            ev(SD, "Arrests", "2024-02-13", SYR, CIV_SY, "mahkan", None,
               "واعتقلت ما لا يقل عن ١٩ شاباً بتهمة مساعدة الفارين", optional=True),
        ],
        notes="Multi-outlet incident, report 2 of 4; Eastern-Arabic digits throughout. Toll 22 = 13 government/NDF + "
              "8 ISIS + 1 civilian; about 50 attackers; at least 37 detainees escaped. Arrests of 19 young men in "
              "Mahkan and al-Quriyah from Tuesday morning (optional, minor arrests).",
    ),
    "a_sy_mayadin_attack_sadabadiya": dict(
        outlet="Sada al-Badiya", published="2024-02-15", incident=MAYADIN,
        events=[
            ev(B, "Armed clash", "2024-02-12", ISIS, SYR, "mayadin", 26,
               "ارتفعت حصيلة قتلى الهجوم الذي نفذه تنظيم \"داعش\" على مدينة الميادين بريف دير الزور الشرقي، مساء الاثنين الماضي، إلى 26 قتيلاً بينهم مدنيان"),
            ev(ERV, "Air/drone strike", "2024-02-14", RUS, ISIS, "mayadin", None,
               "شنت طائرات حربية روسية، أمس الأربعاء، سلسلة غارات على مواقع يُعتقد أنها مخابئ لخلايا التنظيم في بادية الميادين"),
            ev(SD, "Arrests", None, SYR, None, "mayadin", None,
               "أعادت الأجهزة الأمنية القبض على 12 منهم خلال اليومين الماضيين", optional=True),
        ],
        notes="Multi-outlet incident, report 3 of 4; Egyptian month names. Toll 26 incl. 2 civilians, no full "
              "breakdown; about 60 attackers; more than 40 escaped, 12 recaptured. Russian strikes on the Mayadin "
              "desert on Wednesday 2024-02-14 (geo precision 2). 'مواضيع ذات صلة' teaser about an IED on the "
              "Palmyra-Sukhnah road is boilerplate.",
    ),
    "a_sy_mayadin_attack_yasmin": dict(
        outlet="Yasmin News Agency", published="2024-02-17", incident=MAYADIN,
        url="https://yasmin-news.example/syria/2024/02/17/mayadin-final-toll",
        events=[
            ev(B, "Armed clash", "2024-02-12", ISIS, SYR, "mayadin", 29,
               "الهجوم الإرهابي الذي شنته مجموعات من تنظيم \"داعش\" ليل الثاني عشر من شباط الجاري على مفرزة أمنية ونقاط عسكرية في المدينة"),
            ev(SD, "Arrests", None, SYR, None, "mayadin", None,
               "تمت إعادة القبض على 27 منهم خلال عمليات البحث والتمشيط", optional=True),
        ],
        notes="Multi-outlet incident, report 4 of 4 (HTML page): final army statement. Breakdown: 14 army and "
              "auxiliary forces + 2 civilians + 13 attackers = 29; about 45 attackers; 33 escaped, 27 recaptured. "
              "Sidebar items (bus attack near Palmyra, IED in Daraa al-Balad) are boilerplate.",
    ),
    "a_sy_daraa_tafas_nabdhawran": dict(
        outlet="Nabd Hawran", published=None, incident="tafas-yadudah-2022-04",
        events=[
            ev(VAC, "Attack", None, "Unidentified Armed Group (Syria)", CIV_SY, "tafas", 1,
               "برصاص مسلحين مجهولين أطلقوا النار عليه أمام منزله في الحي الغربي من مدينة طفس"),
            ev(ERV, "Remote explosive/landmine/IED", None, "Unidentified Armed Group (Syria)", SYR, "yadudah", 0,
               "انفجرت صباح اليوم الثلاثاء عبوة ناسفة بسيارة عسكرية تابعة لقوات النظام"),
        ],
        notes="Page states no publication date: only 'مساء أمس الاثنين' and 'صباح اليوم الثلاثاء', so dates are "
              "null (the fictional setting is April 2022). The victim had left armed activity after the 2018 "
              "settlement, so he is coded as a civilian. The 2018 settlement and a previous attempt on his life "
              "are background. IED: two wounded, no deaths.",
    ),
    "a_sy_raqqa_tabqa_protest_diffa": dict(
        outlet="Radio al-Diffa", published="2023-01-22", incident="fuel-price-protests-raqqa-2023-01-22",
        events=[
            ev(PR, "Peaceful protest", "2023-01-22", "Protesters (Syria)", None, "tabqa", 0,
               "تظاهر العشرات من أهالي مدينة الطبقة غربي الرقة، اليوم الأحد، أمام مبنى مجلس المدينة"),
            ev(PR, "Peaceful protest", "2023-01-22", "Protesters (Syria)", None, "raqqa", 0,
               "نظّم عدد من السائقين وأصحاب الأفران وقفة مماثلة في دوار النعيم وسط المدينة"),
        ],
        notes="Two peaceful protests against the Autonomous Administration's fuel price rise; security forces "
              "present, no friction. The teaser about a Turkish drone strike near Ain Issa is boilerplate.",
    ),
    "a_sy_rifdimashq_israelstrike_ghouta": dict(
        outlet="Al-Ghouta al-Yawm", published="2023-08-07", incident="kiswah-israeli-strike-2023-08-07",
        events=[
            ev(ERV, "Air/drone strike", "2023-08-07", ISR, SYR, "kiswah", 4,
               "جراء ضربة جوية إسرائيلية استهدفت مواقع عسكرية في محيط مدينة الكسوة جنوب العاصمة دمشق"),
            ev(SD, "Disrupted weapons use", "2023-08-07", SYR, ISR, "kiswah", None,
               "وسائط الدفاع الجوي تصدت للصواريخ وأسقطت عدداً منها", optional=True),
        ],
        notes="4 soldiers killed, 4 wounded per military source. Earlier strikes near Damascus airport and in "
              "Quneitra are background.",
    ),
    "a_sy_idlib_hts_warning_idlibpost": dict(
        outlet="Idlib Post", published="2019-12-03", incident=None, events=[],
        notes="Hard negative: a threat by HTS, reports of reinforcements, and an explicit statement that no clashes "
              "or shelling took place. The spring 2019 campaign is history. Eastern-Arabic digits.",
    ),
    "a_iq_anbar_airstrike_sawtalfurat": dict(
        outlet="Sawt al-Furat TV", published="2023-04-18", incident="wadi-horan-airstrike-2023-04",
        events=[
            ev(ERV, "Air/drone strike", "2023-04-18", IRQ_ARMY, ISIS, "wadi_horan", 6,
               "مقتل ستة عناصر من تنظيم \"داعش\" بضربة جوية نفذتها طائرات F-16 التابعة للقوة الجوية العراقية"),
        ],
        notes="Strike announced on 2023-04-18; the text does not give the strike day, coded on the announcement "
              "day. Wadi Horan is long; coordinates are an approximate point in its middle course (Rutba district). "
              "The 2015-2016 battles of Ramadi and Fallujah are history mentioned in passing. The related-news "
              "teaser (assassination in al-Qaim) is boilerplate.",
    ),
    "a_iq_kirkuk_ied_nafidha": dict(
        outlet="Nafidhat Kirkuk", published="2023-05-09", incident="hawija-ied-2023-05-09",
        events=[
            ev(ERV, "Remote explosive/landmine/IED", "2023-05-09", ISIS, IRQ_ARMY, "hawija", 2,
               "بانفجار عبوة ناسفة استهدفت عجلة عسكرية تابعة للجيش العراقي"),
        ],
        notes="Original of a syndicated pair (see a_iq_kirkuk_ied_dijla_syndicated). Attributed to ISIS by a "
              "security source. About 10 km west of Hawija centre. The earlier attack on a Federal Police patrol "
              "'مطلع العام الحالي' is background. Odd-spaced date '9 / 5/ 2023'.",
    ),
    "a_iq_kirkuk_ied_dijla_syndicated": dict(
        outlet="Bawabat Dijla", published="2023-05-09", incident="hawija-ied-2023-05-09",
        events=[
            ev(ERV, "Remote explosive/landmine/IED", "2023-05-09", ISIS, IRQ_ARMY, "hawija", 2,
               "بانفجار عبوة ناسفة استهدفت عجلة عسكرية تابعة للجيش العراقي"),
        ],
        notes="Syndicated duplicate of a_iq_kirkuk_ied_nafidha: same body minus its last paragraph, different "
              "headline and boilerplate, credits the source. 'الأكثر قراءة' teaser (attack in Muqdadiya) is "
              "boilerplate.",
    ),
    "a_iq_diyala_abduction_hamrin": dict(
        outlet="Hamrin News Network", published="2024-01-16", incident="hamrin-shepherds-2024-01",
        events=[
            ev(VAC, "Abduction/forced disappearance", "2024-01-15", ISIS, CIV_IQ, "jalawla", None,
               "خطفوا ثلاثة رعاة أغنام من أهالي ناحية جلولاء، مساء أمس الاثنين"),
            ev(VAC, "Attack", "2024-01-16", ISIS, CIV_IQ, "jalawla", 1,
               "عثرت صباح اليوم على جثة أحد المخطوفين"),
        ],
        notes="Perpetrators 'believed to be' ISIS per a security source. Abduction on Monday evening; one body with "
              "gunshot wounds found Tuesday morning (killing day not stated, coded on the discovery day). The PMF/army "
              "search operation is not coded. Hamrin basin near Jalawla (geo precision 2).",
    ),
    "a_iq_nineveh_arrests_hadbaa": dict(
        outlet="Al-Hadbaa News", published="2023-09-26", incident="mosul-isis-arrests-2023-09-26",
        events=[
            ev(SD, "Arrests", "2023-09-26", IRQ_POL, ISIS, "mosul", None,
               "اعتقال أربعة متهمين بالانتماء إلى تنظيم \"داعش\" في عملية نفذتها قوة من مديرية الاستخبارات ومكافحة الإرهاب"),
        ],
        notes="Arrests in al-Tanak, west Mosul; the operation day is not stated beyond the announcement. ISIS's 2014 "
              "capture and the 2017 recapture of Mosul are history mentioned in passing. The 'الأكثر قراءة' teaser "
              "(mortar attack in the Nineveh plains) is boilerplate.",
    ),
    "a_iq_sinjar_denial_rasif": dict(
        outlet="Al-Rasif Iraqi Agency", published="2024-06-04", incident=None, events=[],
        notes="Hard negative: the Joint Operations Command denies (نفت) reports that ISIS seized a village in Sinjar; "
              "the circulated pictures date from 2014.",
    ),
    "a_iq_baghdad_protest_masaiya": dict(
        outlet="Baghdad al-Masa'iya", published="2025-02-11", incident="baghdad-graduates-protest-2025-02-11",
        events=[
            ev(PR, "Protest with intervention", "2025-02-11", "Protesters (Iraq)", IRQ_POL, "baghdad", 0,
               "فرّقت القوات الأمنية، عصر اليوم الثلاثاء، تظاهرة لحملة الشهادات العليا والخريجين العاطلين عن العمل"),
            ev(SD, "Arrests", "2025-02-11", IRQ_POL, "Protesters (Iraq)", "baghdad", None,
               "مشيرة إلى توقيف خمسة أشخاص", optional=True),
        ],
        notes="Tear gas and water cannon, 14 protesters and 6 security members injured, no deaths: protest with "
              "intervention (not excessive force). Tahrir Square / al-Jumhuriya bridge.",
    ),
    "a_lb_south_strikes_sahil": dict(
        outlet="Al-Sahil al-Janoubi", published="2024-01-23", incident="south-lebanon-2024-01-23",
        url="https://alsahil-aljanoubi.example/news/2024/01/23/bint-jbeil-drone-strike",
        events=[
            ev(ERV, "Air/drone strike", "2024-01-23", ISR, HEZ, "bint_jbeil", 2,
               "جراء غارة نفذتها طائرة مسيّرة إسرائيلية على سيارة رباعية الدفع عند المدخل الشرقي لمدينة بنت جبيل"),
            ev(ERV, "Shelling/artillery/missile attack", "2024-01-23", ISR, None, "kfarkela", 0,
               "تعرضت أطراف بلدة كفركلا في قضاء مرجعيون لقصف مدفعي إسرائيلي متقطع"),
            ev(ERV, "Shelling/artillery/missile attack", "2024-01-23", ISR, None, "aitaroun", 0,
               "كما سقطت قذائف عدة على أطراف بلدة عيترون، دون أن تُسجَّل إصابات"),
            ev(ERV, "Shelling/artillery/missile attack", "2024-01-23", HEZ, ISR, "malkiya", None,
               "مقاتليه استهدفوا «موقع المالكية» التابع لجيش الاحتلال بالصواريخ الموجهة"),
        ],
        notes="HTML page. The two killed in Bint Jbeil are very probably the two Hezbollah members it mourned "
              "(the statement does not name the place), hence actor2 Hezbollah. The Hezbollah strike on the Malkiya "
              "post is located in Israel. Sidebar items (Naqoura, Khiam) are boilerplate. The 8 October 2023 start "
              "of the escalation is background.",
    ),
    "a_lb_tripoli_riot_fayhaa": dict(
        outlet="Nidaa al-Fayhaa", published="2023-03-15", incident="tripoli-bank-riot-2023-03-15",
        events=[
            ev(RI, "Violent demonstration", "2023-03-15", "Rioters (Lebanon)", LBN_ARMY, "tripoli_lb", 0,
               "أقدم عدد من المحتجين على اقتحام فرع لأحد المصارف في شارع عزمي وإضرام النار فيه"),
            ev(SD, "Arrests", "2023-03-15", LBN_ARMY, "Rioters (Lebanon)", "tripoli_lb", None,
               "وتوقيف خمسة أشخاص «من المتورطين في أعمال الشغب", optional=True),
        ],
        notes="One riot (gathering at al-Nour square that turned violent: bank set on fire, stones at the army); "
              "11 injured taken to hospital, 8 soldiers injured, explicitly no deaths. The 2019 uprising is "
              "history. The 'الأكثر قراءة' teaser (exchange of fire in Bab al-Tabbaneh) is boilerplate.",
    ),
    "a_lb_beirut_grenade_liwan": dict(
        outlet="Liwan Beirut", published="2022-10-30", incident="tariq-jdideh-grenade-2022-10-30",
        events=[
            ev(ERV, "Grenade", "2022-10-30", "Unidentified Armed Group (Lebanon)", CIV_LB, "beirut", 0,
               "ألقى مجهول فجر اليوم الأحد قنبلة يدوية على محل لبيع الهواتف الخلوية"),
            ev(SD, "Arrests", "2022-10-30", LBN_POL, None, "beirut", None,
               "تمكنت من توقيف أحد المشتبه بهم في منطقة الطريق الجديدة", optional=True),
        ],
        notes="Two lightly injured, no deaths. Motive said to be a money dispute. The earlier shooting in Barbir is "
              "background.",
    ),
    "a_ye_taiz_sniper_qalaa": dict(
        outlet="Al-Qalaa News Agency", published="2023-09-26", incident="taiz-sniper-2023-09-26",
        events=[
            ev(VAC, "Attack", "2023-09-26", HOUTHI, CIV_YE, "taiz", 1,
               "قُتل طفل في العاشرة من عمره، صباح اليوم الثلاثاء، برصاص قناص تابع لميليشيا الحوثي"),
            ev(ERV, "Shelling/artillery/missile attack", "2023-09-26", HOUTHI, CIV_YE, "taiz", 0,
               "سقطت ثلاث قذائف هاون أطلقتها الميليشيا على منازل المواطنين في حي الروضة"),
        ],
        notes="Usayfira and al-Rawda neighbourhoods of Taiz city. Cumulative victims since the start of the year and "
              "the siege since 2015 are background. The teaser on clashes in Hayfan is boilerplate.",
    ),
    "a_ye_marib_kasara_arshbilqis": dict(
        outlet="Arsh Bilqis Net", published="2023-06-21", incident="kasara-front-2023-06",
        events=[
            ev(B, "Non-state actor overtakes territory", "2023-06-20", HOUTHI, YEM_GOV, "kasara", 6,
               "ميليشيا الحوثي شنت فجر الثلاثاء هجوماً واسعاً على مواقع الجيش في الكسارة"),
            ev(B, "Government regains territory", "2023-06-21", YEM_GOV, HOUTHI, "kasara", 11,
               "استعادت قوات الجيش الوطني، اليوم الأربعاء، السيطرة على تبّتين ومواقع عسكرية في جبهة الكسارة"),
        ],
        notes="Two-day fight for two hills on the al-Kasara front (coordinates approximate). Day 1: 6 soldiers "
              "killed, 9 wounded. Day 2: at least 11 Houthis killed, 3 captured. The 2021 battle of Marib is history "
              "mentioned in passing. 'اقرأ أيضاً' teaser (ballistic missile on Marib city) is boilerplate.",
    ),
    "a_ye_hodeidah_landmine_tihama": dict(
        outlet="Sawt Tihama al-Hurra", published="2023-04-05", incident="hays-landmine-2023-04-05",
        events=[
            ev(ERV, "Remote explosive/landmine/IED", "2023-04-05", HOUTHI, CIV_YE, "hays", 3,
               "جراء انفجار لغم أرضي زرعته ميليشيا الحوثي بسيارة كانت تقلهم في مديرية حيس"),
        ],
        notes="Page date in Hijri and Gregorian with Eastern-Arabic digits (14 Ramadan 1444 = 2023-04-05). "
              "Mother and two children killed, two men injured. Demining statistics are background; the teaser "
              "about a drone attack in al-Tuhayta is boilerplate.",
    ),
    "a_ye_aden_suicide_sira": dict(
        outlet="Bawabat Sira", published="2022-07-19", incident="aden-alalam-suicide-2022-07-19",
        url="https://bawabat-sira.example/news/2022/07/19/alalam-suicide-attack",
        events=[
            ev(ERV, "Suicide bomb", "2022-07-19", AQAP, STC, "alam_aden", 5,
               "في هجوم انتحاري بسيارة مفخخة استهدف نقطة العلم الأمنية عند المدخل الشرقي للعاصمة المؤقتة عدن"),
        ],
        notes="HTML page. 4 Security Belt (STC) soldiers + the bomber = 5 (ACLED counts the attacker); 6 wounded. "
              "Claimed by AQAP. Sidebar teasers (clashes in Mudiyah, IED in Shabwa) are boilerplate.",
    ),
    "a_ye_sanaa_prisonswap_mustaqbal": dict(
        outlet="Yemen al-Mustaqbal", published="2024-05-28", incident="nihm-prisoner-swap-2024-05-28",
        events=[
            ev(SD, "Agreement", "2024-05-28", HOUTHI, YEM_GOV, "nihm", None,
               "نُفذت اليوم الثلاثاء صفقة تبادل للأسرى بين جماعة الحوثي (أنصار الله) والقوات الحكومية"),
        ],
        notes="Local prisoner exchange, 20 for 20, on the Nihm front line east of Sanaa. The April 2023 UN/ICRC "
              "exchange and the 2015 abduction of Mohammed Qahtan are history mentioned in passing.",
    ),
}



def article_path(aid: str) -> Path:
    hits = [p for p in CORPUS.glob(aid + ".*") if p.suffix in (".txt", ".html")]
    if len(hits) != 1:
        raise SystemExit(f"{aid}: expected exactly one article file, found {hits}")
    return hits[0]


def corpus_problems() -> list[str]:
    on_disk = {p.stem for p in CORPUS.glob("a_*") if p.suffix in (".txt", ".html")}
    if on_disk == set(METADATA):
        return []
    return [f"article/gold mismatch: missing gold {sorted(on_disk - set(METADATA))}, "
            f"missing article {sorted(set(METADATA) - on_disk)}"]


ARTICLES = {aid: gold_record(aid, article_path(aid).read_bytes().decode("utf-8"), **meta)
            for aid, meta in METADATA.items()}


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1:], ARTICLES, OUT, prefix="a_", script="_build_a.py", indent=2,
                         problems=corpus_problems()))
