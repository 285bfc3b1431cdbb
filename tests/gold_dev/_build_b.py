"""Build the gold annotation of sample corpus part B (tests/gold_dev/b_*.json).

The article texts are read from src/marsad/corpus/ so that each gold "text" equals exactly what is given to the
system: the whole file for .txt and .html pages, the "text" value for a JSONL line, and for an RSS item its
<content:encoded> when present, else its <description>.  Run:  python tests/gold_dev/_build_b.py
Then every b_*.json is validated (tests/gold_tools.py: evidence verbatim in its text, taxonomy, dates, ...);
``--check`` only validates the files on disk and that they equal what would be written.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, home of gold_tools
from gold_tools import B, E, P, R, S, V, gold_record, make_event, run  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "src" / "marsad" / "corpus"
OUT = Path(__file__).resolve().parent


def ev(event_type, sub, date, a1, a2, country, admin1, location, lat, lon, fatalities, evidence, optional=False):
    return make_event({}, event_type, sub, date, a1, a2, (country, admin1, location, lat, lon), fatalities, evidence,
                      optional)


RSF = "Rapid Support Forces (RSF)"
SAF = "Military Forces of Sudan (2019-)"
SNA = "Military Forces of Somalia (2022-)"
SHB = "Al Shabaab"
JNIM = "JNIM: Group for Support of Islam and Muslims"
UAG_LY = "Unidentified Armed Group (Libya)"

# id -> metadata (text filled in from the corpus files)
ARTICLES: dict[str, dict] = {}


def art(aid, **meta):
    ARTICLES[aid] = gold_record(aid, None, **meta)


# ---------------------------------------------------------------- Libya
art("b_ly_tripoli_clashes_alwasat", outlet="Al-Wasat al-Libi", published="2024-03-12",
    incident="ly-tripoli-abusalim-clashes-2024-03",
    events=[ev(B, "Armed clash", "2024-03-11", "Stability Support Apparatus (SSA)", "444th Combat Brigade",
               "Libya", "Tripoli", "Abu Salim, Tripoli", 32.85, 13.19, 2,
               "شهدت منطقة أبوسليم جنوب العاصمة طرابلس، ليل الاثنين، اشتباكات مسلحة بين عناصر من جهاز دعم الاستقرار وأخرى تابعة للواء 444 قتال")],
    notes="Clash on the night of Monday 2024-03-11 (page dated Tuesday 12 March). Toll per a security source: 2 "
          "fighters killed (one per side), 6 wounded incl. one civilian hit by a stray bullet (part of the clash, no "
          "separate event). Flight diversion and the ministry's inquiry committee are not events. The 'اقرأ أيضاً' "
          "teaser about a car bomb in Benghazi is boilerplate and must not be coded; 'آخرها في أغسطس الماضي' is "
          "background.")

art("b_ly_misrata_power_protest",
    url="https://manarat-misrata.example/news/2022/07/03/power-cuts-protest", outlet="Manarat Misrata",
    published="2022-07-03", incident="ly-misrata-power-protest-2022-07",
    events=[ev(P, "Peaceful protest", "2022-07-03", "Protesters (Libya)", None,
               "Libya", "Misrata", "Misrata, Misrata", 32.377, 15.092, 0,
               "تظاهر مئات المواطنين، مساء الأحد، في ميدان الشهداء وسط مدينة مصراتة")],
    notes="HTML page: text is the full HTML source. Published time from <meta article:published_time> and <time>. "
          "Hundreds protested power cuts and delayed salaries; police secured the square; dispersed 'دون تسجيل أي "
          "حوادث' (fatalities 0). Sidebar 'اقرأ أيضاً' item about clashes in Zawiya is boilerplate: no event. The "
          "threat to widen protests is not an event.")

art("b_ly_benghazi_journalist_abducted", outlet="Shurfat Benghazi", published="2021-11-19",
    incident="ly-benghazi-journalist-abduction-2021-11",
    events=[ev(V, "Abduction/forced disappearance", "2021-11-18", UAG_LY, "Civilians (Libya)",
               "Libya", "Benghazi", "Benghazi, Benghazi", 32.12, 20.07, None,
               "مسلحين مجهولين يستقلون سيارتين دون لوحات معدنية اقتحموا منزلها في حي الصابري وسط بنغازي فجر أمس الخميس، واقتادوا ابنها إلى جهة غير معلومة"),
            ev(S, "Arrests", "2021-11-17", "Libyan National Army (LNA)", "Civilians (Libya)",
               "Libya", "Benghazi", "Benghazi, Benghazi", 32.12, 20.07, None,
               "جهاز الأمن الداخلي التابع للقيادة العامة للجيش الوطني الليبي اعتقل مساء الأربعاء ثلاثة ناشطين شبان في منطقة الكيش",
               optional=True)],
    notes="Journalist (fictional) seized at dawn Thursday 2021-11-18 (page dated Friday 19 November) in al-Sabri by "
          "masked unidentified gunmen. Arrest of three activists in al-Keish by the LNA-affiliated Internal Security "
          "Agency on Wednesday evening 2021-11-17 (per rights sources): optional (minor arrests). The 'مواضيع ذات "
          "صلة' teasers are boilerplate.")

art("b_ly_sirte_war_remnants", outlet="Nabd Sirt", published="2021-02-07",
    incident="ly-sirte-uxo-children-2021-02",
    events=[ev(E, "Remote explosive/landmine/IED", "2021-02-06", UAG_LY, "Civilians (Libya)",
               "Libya", "Sirte", "Sirte, Sirte", 31.205, 16.588, 2,
               "لقي طفلان شقيقان حتفهما، عصر أمس السبت، إثر انفجار جسم غريب يُعتقد أنه من مخلفات الحرب")],
    notes="Explosive remnant of war (probably an unexploded mortar round) killed two brothers herding sheep in "
          "al-Jiza al-Bahriya west of Sirte on Saturday 2021-02-06; a third child wounded. Actor1 coded as "
          "unidentified (ACLED practice for legacy explosives). Location precision 2 (near Sirte).")

art("b_ly_sabha_killing_mob", outlet="Mirat Fezzan", published="2023-06-19",
    incident="ly-sabha-killing-arson-2023-06",
    events=[ev(V, "Attack", "2023-06-18", UAG_LY, "Civilians (Libya)",
               "Libya", "Sabha", "Sabha, Sabha", 27.037, 14.426, 1,
               "قُتل شاب في العشرينات من عمره، مساء الأحد، برصاص مسلحين مجهولين"),
            ev(R, "Mob violence", "2023-06-18", "Rioters (Libya)", "Civilians (Libya)",
               "Libya", "Sabha", "Sabha, Sabha", 27.037, 14.426, 0,
               "فأضرموا النار في ثلاثة منازل وأربعة محال تجارية على الأقل")],
    notes="Young man shot dead from a car in al-Nasiriya, Sabha, Sunday evening 2023-06-18 (page 'نُشر في 19 يونيو "
          "2023'). Hours later relatives and angry youths attacked and burned 3 houses and 4 shops of families they "
          "accused in Hay al-Tayouri; police dispersed them late that night; 'لم يسفر عن إصابات بشرية' -> 0. The "
          "'الأكثر قراءة' item about an attack on al-Sharara oil field is boilerplate. Weather widget lists three towns.")

art("b_ly_opinion_tripoli_war_anniversary", outlet="Al-Jisr al-Arabi", published="2023-04-04", incident=None,
    notes="Hard negative: opinion column on the 4th anniversary of the 2019-2020 Tripoli war. Shelling, deaths, "
          "ceasefire are history/opinion, no event. Levantine month names (نيسان، حزيران، تشرين الأول).")

art("b_ly_question_sirte_war", outlet="Al-Wasat al-Libi", published="2022-08-29", incident=None,
    notes="Hard negative: analysis asking 'هل تعود الحرب إلى سرت؟'. Only hypotheticals, warnings and history "
          "(2016 war on ISIS in Sirte). No outlet header line: the outlet appears only in the dateline.")

# ---------------------------------------------------------------- Sudan, South Sudan
art("b_sd_khartoum_protest_crackdown", outlet="Al-Diffatain", published="2022-10-13",
    incident="sd-khartoum-marches-2022-10-13",
    events=[ev(P, "Excessive force against protesters", "2022-10-13", "Protesters (Sudan)",
               "Police Forces of Sudan (2019-)", "Sudan", "Khartoum", "Khartoum, Khartoum", 15.5007, 32.5599, 2,
               "قُتل متظاهران وأصيب العشرات، اليوم الخميس، خلال تفريق قوات الأمن لمواكب «مليونية 13 أكتوبر»"),
            ev(P, "Protest with intervention", "2022-10-13", "Protesters (Sudan)", "Police Forces of Sudan (2019-)",
               "Sudan", "Khartoum", "Omdurman, Khartoum", 15.6445, 32.4777, 0,
               "وفي أم درمان، استخدمت الشرطة الغاز المسيل للدموع لتفريق موكب انطلق من شارع الأربعين")],
    notes="Anti-coup marches on Thursday 2022-10-13. Khartoum: 2 killed (live round; tear-gas canister), 70+ "
          "injured incl. 14 by live fire, per the Central Committee of Sudan Doctors. Omdurman: tear gas, 'لم ترد "
          "أنباء عن وقوع وفيات' -> 0. The cumulative 119 since 25 Oct 2021 is background, not this event's toll. "
          "Police say officers were hit by stones (not coded as a riot).")

art("b_sd_omdurman_shelling_army",
    url="https://mogran-news.example/sudan/2024/01/10/karari-shelling-mulazmin", outlet="Al-Mogran News",
    published="2024-01-10", incident="sd-omdurman-karari-shelling-2024-01",
    events=[ev(E, "Shelling/artillery/missile attack", "2024-01-09", RSF, "Civilians (Sudan)",
               "Sudan", "Khartoum", "Karari, Khartoum", 15.70, 32.47, 11,
               "قُتل 11 مدنياً على الأقل وأصيب أكثر من 30 آخرين، أمس الثلاثاء، جراء سقوط قذائف مدفعية على سوق صابرين بمحلية كرري شمالي أم درمان"),
            ev(B, "Government regains territory", "2024-01-09", SAF, RSF,
               "Sudan", "Khartoum", "Omdurman, Khartoum", 15.6445, 32.4777, None,
               "أن قوات الجيش «استعادت السيطرة الكاملة على حي الملازمين» في أم درمان القديمة")],
    notes="HTML page. Shelling of Sabreen market (Karari locality, north Omdurman) on Tuesday 2024-01-09, attributed "
          "to RSF by the Karari emergency room: 11+ killed, 30+ injured. SAF statement Tuesday evening: regained "
          "al-Mulazmin (old Omdurman), 'heavy losses' with no figure. Sidebar 'الأكثر قراءة' item about an air strike "
          "in Shambat (Bahri) is boilerplate. Warplanes flying overhead: no event.")

art("b_sd_elfasher_abushouk_drone", outlet="Minbar al-Fasher", published="2024-09-15",
    incident="sd-elfasher-abushouk-drone-2024-09",
    events=[ev(E, "Air/drone strike", "2024-09-14", RSF, "Civilians (Sudan)",
               "Sudan", "North Darfur", "Abu Shouk Camp, North Darfur", 13.66, 25.33, 6,
               "قُتل ستة نازحين، بينهم طفلان، وأصيب 17 آخرون، صباح السبت، جراء قصف بطائرة مسيّرة تتبع لقوات الدعم السريع"),
            ev(B, "Non-state actor overtakes territory", "2024-09-14", RSF, SAF,
               "Sudan", "North Darfur", "Um Keddada, North Darfur", 13.60, 26.69, None,
               "سيطرتها الكاملة على مدينة أم كدادة شرقي الفاشر بعد معارك مع الجيش السوداني")],
    notes="Drone strike on a market inside Abu Shouk IDP camp, Saturday 2024-09-14: 6 killed incl. 2 children, 17 "
          "injured (camp coordination body). RSF claimed capture of Um Keddada on Saturday; exact capture day not "
          "stated (coded on the claim date). Siege of El Fasher since May is background. Related-topics teaser about "
          "an attack near Mellit is boilerplate.")

art("b_sd_geneina_un_sexual_violence", outlet="Blue Nile News Agency", published="2023-07-20",
    incident="sd-geneina-sexual-violence-2023-06",
    events=[ev(V, "Sexual violence", "2023-06", RSF, "Civilians (Sudan)",
               "Sudan", "West Darfur", "El Geneina, West Darfur", 13.45, 22.44, None,
               "وثقت ما لا يقل عن 21 حالة عنف جنسي ضد نساء وفتيات في مدينة الجنينة عاصمة ولاية غرب دارفور خلال يونيو الماضي")],
    notes="UN mission (UNITAMS) report released Thursday 2023-07-20 covering June 2023: at least 21 cases, incl. gang "
          "rape, attributed to men in RSF uniform and allied militias (associated actor). Date at month precision. "
          "Publication date is at the bottom ('نشر بتاريخ'). Refugee figures are background.")

art("b_sd_kordofan_khuwei_rsf", outlet="Al-Obeid News Network", published="2024-06-10",
    incident="sd-wkordofan-khuwei-capture-2024-06",
    events=[ev(B, "Non-state actor overtakes territory", "2024-06-08", RSF, SAF,
               "Sudan", "West Kordofan", "Al Khuwei, West Kordofan", 13.02, 29.22, 12,
               "سيطرت قوات الدعم السريع، السبت، على مدينة الخوي بولاية غرب كردفان، بعد معارك عنيفة مع الجيش السوداني"),
            ev(S, "Looting/property destruction", "2024-06-08", RSF, "Civilians (Sudan)",
               "Sudan", "West Kordofan", "Al Khuwei, West Kordofan", 13.02, 29.22, None,
               "نهبوا سوق المدينة والمركز الصحي الوحيد فيها")],
    notes="RSF took al-Khuwei on Saturday 2024-06-08 after hours of fighting; 'عشرات القتلى من الطرفين' -> 12 "
          "(taxonomy: dozens = 12). Looting of the market and health centre per residents who fled (day assumed the "
          "same). The 'اقرأ أيضا' drone-strike teaser about El Obeid is boilerplate.")

art("b_sd_economy_pound_parallel_market", outlet="Souq al-Nil", published="2024-05-19", incident=None,
    notes="Non-event (economy): Sudanese pound in the parallel market, Port Sudan. Eastern-Arabic digits in the "
          "date. 'الحرب' is background only.")

art("b_ss_jonglei_cattle_raid", outlet="Sawt Juba", published="2022-02-28",
    incident="ss-jonglei-anyidi-cattle-raid-2022-02",
    events=[ev(B, "Armed clash", "2022-02-26", "Murle Ethnic Militia (South Sudan)", "Dinka Ethnic Militia (South Sudan)",
               "South Sudan", "Jonglei", "Anyidi, Jonglei", 6.26, 31.72, 14,
               "وتبادلوا إطلاق النار مع شباب المعسكر المسلحين من مجتمع الدينكا بور لنحو أربع ساعات"),
            ev(V, "Abduction/forced disappearance", "2022-02-26", "Murle Ethnic Militia (South Sudan)",
               "Civilians (South Sudan)", "South Sudan", "Jonglei", "Anyidi, Jonglei", 6.26, 31.72, None,
               "وأضاف أن المهاجمين خطفوا طفلين، صبياً وفتاة، من المعسكر")],
    notes="Cattle raid at dawn Saturday 2022-02-26 on a cattle camp in Anyidi, Bor South county: 14+ killed incl. 3 "
          "women, 9 injured, ~2,000 cattle taken (part of the clash), 2 children abducted. Attackers 'believed to be' "
          "Murle youth. SSPDF deployment to prevent revenge attacks is not an event.")

# ---------------------------------------------------------------- Somalia
art("b_so_mogadishu_suicide_bombing", outlet="Horn Window", published="2023-10-29",
    incident="so-mogadishu-makka-checkpoint-svbied-2023-10",
    events=[ev(E, "Suicide bomb", "2023-10-29", SHB, SNA,
               "Somalia", "Banadir", "Mogadishu, Banadir", 2.0469, 45.3182, 7,
               "في تفجير انتحاري بسيارة مفخخة استهدف نقطة تفتيش تابعة للجيش الصومالي على طريق مكة المكرمة في العاصمة مقديشو")],
    notes="SVBIED at an army checkpoint near KM4 on Maka al-Mukarama road, Sunday 2023-10-29: at least 7 killed "
          "incl. 2 soldiers, 15 injured (police). Al Shabaab's claim of 'dozens' killed is not the conservative "
          "figure. 'اقرأ أيضاً' teaser about a landmine in Baidoa is boilerplate.")

art("b_so_lowershabelle_sabiid_recaptured", outlet="Shabelle Post", published="2023-10-30",
    incident="so-lshabelle-sabiid-recapture-2023-10",
    events=[ev(B, "Government regains territory", "2023-10-30", SNA, SHB,
               "Somalia", "Lower Shabelle", "Sabiid, Lower Shabelle", 2.10, 45.02, 9,
               "استعادت السيطرة على بلدة صبيد التابعة لمديرية أفجوي في إقليم شبيلي السفلى"),
            ev(B, "Armed clash", "2023-10-29", SNA, SHB,
               "Somalia", "Lower Shabelle", "Sabiid, Lower Shabelle", 2.10, 45.02, None,
               "بعد معارك مع عناصر حركة الشباب استمرت منذ فجر الأحد", optional=True),
            ev(S, "Headquarters or base established", "2023-10-30", SNA, None,
               "Somalia", "Lower Shabelle", "Sabiid, Lower Shabelle", 2.10, 45.02, None,
               "أن القوات أقامت قاعدة عسكرية داخل البلدة")],
    notes="Ministry of Defence on Monday 2023-10-30 (page date at bottom): army with Danab and local forces retook "
          "Sabiid (Afgooye district) after fighting since dawn Sunday 2023-10-29; 9 Al Shabaab fighters killed (army "
          "claim; the only figure) and 2 captured (part of the battle). Regain coded on the announcement day; "
          "Sunday's fighting is an optional clash. A base was set up in the town.")

art("b_so_beledweyne_ied_no_injuries", outlet="Beledweyne News Network", published="2023-08-22",
    incident="so-beledweyne-bridge-ied-2023-08",
    events=[ev(E, "Remote explosive/landmine/IED", "2023-08-22", SHB, SNA,
               "Somalia", "Hiraan", "Beledweyne, Hiraan", 4.736, 45.204, 0,
               "انفجرت عبوة ناسفة، صباح الثلاثاء، لدى مرور عربة تقل جنوداً من الجيش الوطني الصومالي"),
            ev(S, "Arrests", "2023-08-22", "Police Forces of Somalia (2022-)", "Civilians (Somalia)",
               "Somalia", "Hiraan", "Beledweyne, Hiraan", 4.736, 45.204, None,
               "اعتُقل خلالها ثلاثة مشتبه بهم", optional=True)],
    notes="Negated outcome: 'الانفجار لم يسفر عن وقوع إصابات' -> fatalities 0. No claim; the regional police chief "
          "blamed Al Shabaab (actor1 per that attribution). Three suspects arrested in a follow-up search: optional. "
          "Page date at the bottom.")

art("b_so_beledweyne_flood_relief", outlet="Horn Window", published="2023-11-14", incident=None,
    notes="Non-event (weather/flood relief): Shabelle river floods in Beledweyne, displacement, two children drowned "
          "(not political violence). 'اقرأ أيضاً' teasers are non-violent too.")

art("b_so_president_warns_offensive", outlet="Horn Window", published="2023-01-24", incident=None,
    notes="Hard negative: announcement of a planned offensive and warnings ('ستنطلق خلال الأسابيع المقبلة'); no event "
          "has happened.")

# ---------------------------------------------------------------- Sahel, Lake Chad
art("b_ml_gao_bourem_camp_attack", outlet="Sahel Today Agency", published="2023-10-02",
    incident="ml-gao-bourem-camp-attack-2023-10",
    events=[ev(B, "Armed clash", "2023-10-01", JNIM, "Military Forces of Mali (2021-)",
               "Mali", "Gao", "Bourem, Gao", 16.955, -0.349, 28,
               "«صدّت بقوة» هجوماً إرهابياً واسعاً استهدف معسكر المدينة فجر اليوم ذاته")],
    notes="Attack on the Bourem camp at dawn Sunday 2023-10-01 (army statement Sunday evening; page dated Monday 2 "
          "October at the bottom). Army: 5 soldiers killed, 9 injured, 23 attackers 'neutralised' -> 28; JNIM claimed "
          "'more than thirty' soldiers (not used). VBIEDs, mortars and air pursuit are part of the battle (Battles "
          "precedence). Wagner/Russian fighters are an associated actor of the army side.")

art("b_ml_mopti_sofara_market_attack", outlet="Sahel Africain Net", published="2023-06-03",
    incident="ml-mopti-sofara-market-attack-2023-06",
    events=[ev(V, "Attack", "2023-06-01", "Unidentified Armed Group (Mali)", "Civilians (Mali)",
               "Mali", "Mopti", "Sofara, Mopti", 14.01, -4.24, 9,
               "قُتل تسعة مدنيين، وأصيب آخرون، في هجوم شنه مسلحون على دراجات نارية، بعد ظهر الخميس"),
            ev(V, "Abduction/forced disappearance", "2023-06-01", "Unidentified Armed Group (Mali)", "Civilians (Mali)",
               "Mali", "Mopti", "Sofara, Mopti", 14.01, -4.24, None,
               "ثم خطفوا أربعة تجار واقتادوهم إلى جهة مجهولة"),
            ev(S, "Looting/property destruction", "2023-06-01", "Unidentified Armed Group (Mali)", "Civilians (Mali)",
               "Mali", "Mopti", "Sofara, Mopti", 14.01, -4.24, None,
               "وأضرموا النار في عشرات الدكاكين والعربات", optional=True)],
    notes="Attack on the weekly market of Sofara (Djenne cercle) on Thursday 2023-06-01 (page 'السبت 03 جوان 2023', "
          "Maghrebi month). No claim: a local official only suspects JNIM (zakat refusal), so actor1 is unidentified. "
          "Burning of stalls is part of the attack (optional). 'اقرأ أيضا' teaser about a blockade of Boni is "
          "boilerplate.")

art("b_bf_djibo_ouahigouya_strikes", outlet="West Africa News", published="2023-04-18",
    incident="bf-djibo-ouahigouya-2023-04-16",
    events=[ev(E, "Air/drone strike", "2023-04-16", "Military Forces of Burkina Faso (2022-)", JNIM,
               "Burkina Faso", "Sahel", "Djibo, Sahel", 14.10, -1.63, 12,
               "نفذ يوم الأحد سلسلة ضربات بطائرات مسيّرة على تجمعات لعناصر مسلحة قرب مدينة جيبو"),
            ev(B, "Armed clash", "2023-04-16", JNIM, "VDP: Volunteers for the Defense of the Homeland",
               "Burkina Faso", "Nord", "Ouahigouya, Nord", 13.58, -2.42, 4,
               "قُتل أربعة من متطوعي الدفاع عن الوطن، الأحد، في كمين نصبه مسلحون")],
    notes="Army statement Monday 2023-04-17 on drone strikes on Sunday 2023-04-16 near Djibo (Soum): 'عشرات "
          "الإرهابيين' -> 12 (dozens). The targets are linked to JNIM only by context (the JNIM blockade of Djibo). "
          "Ambush ~15 km from Ouahigouya (Yatenga) on Sunday: 4 VDP killed, fighters 'believed' to be JNIM; VDP fired "
          "back (clash). 'اقرأ أيضاً' teaser about a village attack in Tillaberi is boilerplate. Page date at bottom.")

art("b_ne_tillaberi_banibangou_ambush", outlet="Niamey Post al-Arabi", published="2024-02-21",
    incident="ne-tillaberi-banibangou-ambush-2024-02",
    events=[ev(B, "Armed clash", "2024-02-20", "Islamic State (Sahel)", "Military Forces of Niger (2023-)",
               "Niger", "Tillaberi", "Banibangou, Tillaberi", 15.04, 2.70, 26,
               "قُتل ستة جنود نيجريين وأصيب ثمانية آخرون أمس في كمين نصبه مسلحون لدورية عسكرية قرب بلدة بانيبانغو")],
    notes="Date only as 'أمس' relative to the page date Wednesday 21 February 2024 -> 2024-02-20. MoD: 6 soldiers "
          "killed, 8 wounded, 20 attackers 'neutralised' -> 26. Attribution to IS Sahel by local sources. Governor's "
          "warning and the motorbike ban extension are not events.")

art("b_ne_school_year_teaser_only", outlet="Niamey Post al-Arabi", published="2023-10-02", incident=None,
    notes="Hard negative: school-year story; the only violent incidents (12 civilians killed near Tera; drone strikes "
          "north of Tahoua) are 'اقرأ أيضاً' teasers after the copyright line and must not be coded.")

art("b_td_lake_bol_iswap_attack", outlet="Al-Masharif TV", published="2024-10-22",
    incident="td-lac-bol-iswap-attack-2024-10",
    events=[ev(B, "Armed clash", "2024-10-20", "Islamic State West Africa Province", "Military Forces of Chad (2021-)",
               "Chad", "Lac", "Bol, Lac", 13.46, 14.71, 7,
               "في هجوم شنّه مسلحون من تنظيم «داعش – ولاية غرب أفريقيا» (إيسواب) على موقع عسكري في جزيرة قريبة من مدينة بول")],
    notes="Beirut-based TV site, Levantine month names ('الثلاثاء 22 تشرين الأول 2024', '20 تشرين الأول/أكتوبر'). "
          "Attack on an island position near Bol on the night of Sunday 2024-10-20: 7 soldiers killed, 11 wounded; "
          "attacker losses unquantified. Geo precision 2 (island near Bol).")

# ---------------------------------------------------------------- North Africa, non-conflict
art("b_tn_chaambi_landmine", outlet="Carthage Gate", published="2019-07-17",
    incident="tn-kasserine-chaambi-mine-2019-07",
    events=[ev(E, "Remote explosive/landmine/IED", "2019-07-16", "Unidentified Armed Group (Tunisia)",
               "Military Forces of Tunisia (2014-2019)", "Tunisia", "Kasserine", "Jebel Chambi, Kasserine",
               35.20, 8.68, 0,
               "إصابة عسكريين اثنين بجروح متفاوتة الخطورة إثر انفجار لغم تقليدي الصنع أثناء عملية تمشيط بمرتفعات جبل الشعانبي")],
    notes="Maghrebi month (جويلية). Improvised mine on Tuesday 2019-07-16 during a sweep: 2 soldiers wounded, 'لم "
          "تسفر عن خسائر في الأرواح' -> 0. The mine is attributed to 'terrorist groups' without a name.")

art("b_tn_sport_derby_clasico", outlet="Haddaf Tunis", published="2025-01-12", incident=None,
    notes="Hard negative (sport): هجوم، سدد قذيفة صاروخية، هجمات، يقتل المباراة، تنفجر المدارج، الشماريخ are all "
          "football senses. Maghrebi month (جانفي). Players and referee are fictional.")

art("b_ma_culture_rabat_book_fair", outlet="Madarat Thaqafiya", published="2023-06-10", incident=None,
    notes="Non-event (culture): Rabat book fair; Moroccan month names (ماي، يونيو، يوليوز، شتنبر، نونبر). A panel on "
          "'writing the war' mentions battles and displacement in the abstract: no event.")

art("b_eg_tech_palm_drones", outlet="Nile Tech", published="2022-09-07", incident=None,
    notes="Non-event (science/tech): agricultural drones; 'طائرات مسيّرة', 'تستهدف', 'رصد' in a non-military sense.")

# ---------------------------------------------------------------- JSONL wire feed
WIRE = "b_wire_feed.jsonl"
art("b_wire_01", outlet="Arab-African News Agency", published="2021-12-14",
    incident="ly-sirte-jmc-detainee-agreement-2021-12",
    events=[ev(S, "Agreement", "2021-12-14", "Military Forces of Libya (2021-) Government of National Unity",
               "Libyan National Army (LNA)", "Libya", "Sirte", "Sirte, Sirte", 31.205, 16.588, None,
               "اتفاقاً لتبادل 40 محتجزاً لدى الطرفين")],
    notes="JSONL line 1 of b_wire_feed.jsonl; text = its 'text' value. Detainee-exchange agreement signed in Sirte on "
          "Tuesday 2021-12-14 under the 5+5 JMC and UNSMIL.")

art("b_wire_02", outlet="Arab-African News Agency", published="2024-01-10",
    incident="dz-mod-weekly-arrests-2024-01",
    events=[ev(S, "Arrests", "2024-01-06", "Military Forces of Algeria (2019-)", None,
               "Algeria", "Jijel", "Jijel, Jijel", 36.82, 5.77, None,
               "أوقفت 3 عناصر دعم للجماعات الإرهابية في عمليات متفرقة بولاية جيجل", optional=True),
            ev(S, "Other", "2024-01-06", "Military Forces of Algeria (2019-)", None,
               "Algeria", "Bordj Badji Mokhtar", "Bordj Badji Mokhtar, Bordj Badji Mokhtar", 21.33, 0.95, None,
               "أن إرهابياً سلّم نفسه للسلطات العسكرية ببرج باجي مختار", optional=True)],
    notes="JSONL line 2. Weekly MoD report for 3-9 'جانفي' 2024 (Maghrebi month): dates coded at the midpoint of the "
          "week (time precision 2). Both items are minor (optional). Migrant interceptions are not conflict events.")

art("b_wire_03", outlet="Arab-African News Agency", published="2024-03-05",
    incident="ne-tillaberi-abala-airstrikes-2024-03",
    events=[ev(E, "Air/drone strike", "2024-03-03", "Military Forces of Niger (2023-)", "Islamic State (Sahel)",
               "Niger", "Tillaberi", "Abala, Tillaberi", 14.93, 3.43, 20,
               "أن طائراته نفذت يوم الأحد غارات جوية على مخابئ لعناصر تنظيم الدولة الإسلامية في الساحل قرب بلدة أبالا")],
    notes="JSONL line 3. Army statement Tuesday 2024-03-05 about strikes on Sunday 2024-03-03: 'أكثر من 20' -> 20.")

# ---------------------------------------------------------------- RSS feed
RSS = "b_rss_feed.xml"
art("b_rss_feed-1", url="https://sahel-sahara-news.example/2024/05/26/timbuktu-shelling/",
    outlet="Sahel wa Sahara News", published="2024-05-26", incident="ml-timbuktu-shelling-2024-05",
    events=[ev(E, "Shelling/artillery/missile attack", "2024-05-26", JNIM, "Civilians (Mali)",
               "Mali", "Timbuktu", "Timbuktu, Timbuktu", 16.77, -3.01, 2,
               "قُتل مدنيان وأصيب خمسة آخرون، صباح الأحد، جراء سقوط قذائف على حي أباراجو في مدينة تمبكتو")],
    notes="RSS item 1: text = <content:encoded> (the <description> is a truncated teaser). JNIM claimed, saying it "
          "targeted the army and Wagner at the airport; two civilians killed.")

art("b_rss_feed-2", url="https://sahel-sahara-news.example/2024/01/20/mogadishu-halane-mortars/",
    outlet="Sahel wa Sahara News", published="2024-01-20", incident="so-mogadishu-halane-mortars-2024-01",
    events=[ev(E, "Shelling/artillery/missile attack", "2024-01-20", SHB, None,
               "Somalia", "Banadir", "Mogadishu, Banadir", 2.02, 45.30, None,
               "سقطت عدة قذائف هاون، مساء السبت، داخل مجمع حلني المحصن المحاذي لمطار آدم عدي الدولي في مقديشو")],
    notes="RSS item 2: text = <content:encoded>. Mortars into Halane (airport compound) Saturday 2024-01-20, claimed "
          "by Al Shabaab. 'لم ترد أنباء فورية عن سقوط ضحايا' -> null (no immediate reports, not a negation). Target "
          "(foreign forces / UN / embassies) left as actor2 null.")

art("b_rss_feed-3", url="https://sahel-sahara-news.example/2024/04/27/wad-madani-doctors-abducted/",
    outlet="Sahel wa Sahara News", published="2024-04-27", incident="sd-wadmadani-doctors-abduction-2024-04",
    events=[ev(V, "Abduction/forced disappearance", "2024-04-25", RSF, "Civilians (Sudan)",
               "Sudan", "Al Jazirah", "Wad Madani, Al Jazirah", 14.40, 33.52, None,
               "اقتحموا مستشفى خاصاً في حي الدرجة بمدينة ود مدني، عاصمة ولاية الجزيرة، ظهر الخميس، واقتادوا ثلاثة أطباء إلى جهة مجهولة")],
    notes="RSS item 3: no <content:encoded>; text = <description>. Published Saturday 2024-04-27, abduction on "
          "Thursday 2024-04-25 per the doctors' union; ransom demanded.")


def corpus_texts() -> dict[str, str]:
    texts: dict[str, str] = {}
    for p in sorted(CORPUS.glob("b_*")):
        if p.suffix in (".txt", ".html"):
            texts[p.stem] = p.read_bytes().decode("utf-8")
    for line in (CORPUS / WIRE).read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            texts[obj["id"]] = obj["text"]
    xml = (CORPUS / RSS).read_text(encoding="utf-8")
    for n, item in enumerate(re.findall(r"<item>(.*?)</item>", xml, flags=re.S), start=1):
        m = (re.search(r"<content:encoded><!\[CDATA\[(.*?)\]\]></content:encoded>", item, flags=re.S)
             or re.search(r"<description><!\[CDATA\[(.*?)\]\]></description>", item, flags=re.S))
        texts[f"{Path(RSS).stem}-{n}"] = m.group(1)
    return texts


def fill_texts() -> list[str]:
    """Put each article's corpus text into its gold record; returns the coverage problems."""
    texts = corpus_texts()
    for aid, gold in ARTICLES.items():
        gold["text"] = texts.get(aid)
    missing = sorted(set(texts) - set(ARTICLES)) + sorted(set(ARTICLES) - set(texts))
    return [f"articles without gold or gold without article: {missing}"] if missing else []


if __name__ == "__main__":
    coverage_problems = fill_texts()
    raise SystemExit(run(sys.argv[1:], ARTICLES, OUT, prefix="b_", script="_build_b.py", problems=coverage_problems))
