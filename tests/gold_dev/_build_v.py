"""Build and validate the dev gold set, part V (v_*.json), written BLIND (the west: the Maghreb, Libya, Egypt, Sudan,
South Sudan, Somalia, the central Sahel, Chad and Nigeria), written 2026-11-24.

Written blind, like parts H to T: the author did not open the coder (src/marsad/events/**), its trigger, modality,
non-event-cue, coder-cue or figure lexicons (src/marsad/data/triggers/**, src/marsad/data/modality.yaml,
src/marsad/data/non_event_cues.yaml, src/marsad/data/coder_cues.yaml, src/marsad/lang/ar/data/figures.yaml), the
models (src/marsad/data/models/), training/, scripts/*mention*, any tests/test_coder_*.py, tests/test_figures*.py,
tests/test_mention_filter.py or tests/test_triggers.py, nor any gold article text (tests/gold_dev/*.json,
tests/gold_holdout/**, the article definitions of the other build scripts), nor /work/shared/seeds, nor git history
or diffs, and did not run the coder, `marsad eval`, `marsad run`/`demo` or pytest on these articles (only
tests/test_gold_dev_parts.py and tests/test_gold_blind_validation.py, at the end).
What was read: /work/shared/gold/README.md (and its two JSON examples, for the format only),
/work/shared/reference/acled-taxonomy.md, tests/gold_tools.py, tests/test_gold_dev_parts.py and
tests/test_gold_blind_validation.py (the checks this script must pass), the scaffolding of tests/gold_dev/_build_t.py
(`sed -n 1,143p`: module docstring, imports, actor constants, PLACES and the `ev`/`art` partials; and `sed -n
1270,1278p`: its PART/main lines -- nothing in between), the file names in tests/gold_dev/ (to avoid repeating the
topics and towns of earlier parts), the canonical actor names and eras of the actor lexicon (listed through
marsad.text.actors.Lexicon, names_en and eras only, not their Arabic surface forms), and `marsad gazetteer lookup` for
coordinates. All texts are original and fictional (invented incidents at real places, invented outlets with
.example domains; statements of real institutions -- ministries, armies, UN missions -- are invented too).

Weighting: the west of the region -- Algeria, Tunisia, Morocco, Libya (Tripolitania and the Fezzan), Egypt (central
Sinai), Sudan (Darfur, Kordofan, White Nile, Blue Nile, Gezira), South Sudan, Somalia, Mali, Burkina Faso, Niger,
Chad and Nigeria (north-east, north-west banditry, Middle Belt) -- mostly at towns not used by earlier parts
(Touggourt, Temacine, Redeyef, Moulares, Jerada, Qasr al-Qarabulli, Ubari, Brak, Al-Hasana, Ed Daein, Ad-Duwaym,
An-Nuhud, Umm Ruwaba, Kurmuk, Ayod, Yei, Morobo, Ceel Buur, Bu'aale, Harardhere, Qoryooley, Galkayo,
Anderamboukane, Menaka, Diboli, Kayes, Gayeri, Tassara, Tillia, Bebedja, Doba, Sabon Birni, Bama, Dikwa, Riyom, Barkin Ladi).
25 event articles and 15 hard non-event articles. All six ACLED event types are represented (armed clashes,
territory regained, air/drone strikes, shelling, a suicide bomb, an IED, a grenade, attacks on civilians,
abductions, the three kinds of protest, a violent demonstration and mob violence, and strategic developments: an
agreement, a non-violent transfer of territory, looting, arrests, disrupted weapons use). Styles: wire copy of
invented agencies with datelines, local news pages with menus, "read also" blocks, share widgets, cookie notices and
footers, a TV report transcript, a radio news transcript, social-media reposts, an army communique dated in the Hijri
calendar, a ministry statement listing several operations, a live blog (newest entry first), a weekly regional
round-up, a daily regional round-up, a community association's statement, a feature whose main event comes with
distinct dated side events. Three incidents are told by two outlets each (same `incident` slug, different tolls and
wording): the Qarabulli clashes, the Umm Ruwaba village attack and the Sabon Birni abduction.
The 15 non-event articles are full of violent vocabulary but report no new event: a parliamentary debate on a
counter-terrorism law citing old attacks, forest fires fought by water bombers, a UN envoy's briefing with warnings
of mobilisation, an e-sports tournament of war games, a feature on returnees recalling 2024 abuses, a traditional
wrestling tournament, an interview with a former fighter about his past, a terrorism trial postponed, a general
mobilisation decree extended with planned operations, migrants found dead of thirst in the desert, a government
denial of foreign accusations, a governor's resettlement visit recalling the 2014 massacres, an evacuation-day
anniversary, a gendarmerie annual report (drugs and road deaths, "war on drugs"), and an armed group's threat
against coming elections.

Dates are written with Maghrebi month names (جانفي، فيفري، أفريل، ماي، جوان، جويلية), Moroccan ones (غشت، دجنبر),
Eastern/Egyptian ones (يناير، أبريل، مايو، يونيو، يوليو، أغسطس، نوفمبر، ديسمبر), double Levantine/Eastern forms in two
wires (أبريل/نيسان، آب/أغسطس), numeric dates (13-4-2026، ٢٩/٠٩/٢٠٢٦), the Hijri calendar with its Gregorian equivalent
(an army communique dated ١٢ رمضان ١٤٤٧هـ, page headers with ربيع الأول and جمادى الآخرة 1447), relative dates anchored
by the publication date (أمس الاثنين، فجر اليوم، مساء الأحد، عصر السبت، الليلة الماضية، ليلة الجمعة، يوم الأحد الماضي،
في اليوم التالي), Eastern Arabic digits (the Sudanese communique, the Telegram repost) and number words.

Fatality convention used here: the lowest credible figure the article gives; a toll revised by the same or a higher
official source replaces the first one; when two sources in one article disagree, the lower figure is taken;
enemy losses claimed by one side and not contradicted are counted; vague words follow the taxonomy file ("several"
3, "dozens" 12, "hundreds" 100); a suicide bomber killed by his own charge is counted in the toll when the text
counts him; "casualties"/injuries without deaths give 0 only when the text says nobody was killed, else null; null
when the text gives no figure.

Run:  python tests/gold_dev/_build_v.py          (write the files, then validate them)
      python tests/gold_dev/_build_v.py --check  (only validate the files on disk)
Checks: every v_*.json parses and has the gold keys; every evidence span occurs verbatim in its text; incident is
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
ALLOWED_ACTORS: set[str] = set()

# canonical actor names (src/marsad/data/actors)
DZA_POL = "Police Forces of Algeria"
TUN_POL = "Police Forces of Tunisia"
LBY = "Military Forces of Libya (2021-)"
LNA_128 = "128th Brigade (LNA)"
EGY = "Military Forces of Egypt (2014-)"
SDN = "Military Forces of Sudan (2019-)"
RSF = "Rapid Support Forces (RSF)"
HILU = "SPLM/A-North (al-Hilu Faction)"
SSD = "Military Forces of South Sudan"
IO = "SPLM/A-In Opposition (SPLM/A-IO)"
NAS = "National Salvation Front (NAS)"
SOM = "Military Forces of Somalia (2022-)"
SHABAAB = "Al Shabaab"
AUSSOM = "AUSSOM (African Union Support and Stabilization Mission in Somalia)"
MLI = "Military Forces of Mali (2021-)"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"
ISSP = "Islamic State Sahel Province (ISSP)"
BFA = "Military Forces of Burkina Faso (2022-)"
NER = "Military Forces of Niger (2023-)"
TCD_POL = "Police Forces of Chad (2021-)"
NGA = "Military Forces of Nigeria (2023-)"
ISWAP = "Islamic State West Africa Province (ISWAP)"
JAS = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad (JAS)"
CJTF = "Civilian Joint Task Force (CJTF)"
BANDITS = "Bandits (Nigeria)"
FULANI_NG = "Fulani Ethnic Militia (Nigeria)"


# place key -> (country, admin1, location, lat, lon); coordinates from `marsad gazetteer lookup` where it knows the
# place, else from general knowledge (Temacine, Al-Hasana, Yabus, Ayod, Morobo, Diboli, which it lacks; Yabus and
# Diboli are approximate).
PLACES = {
    "touggourt": ("Algeria", "Touggourt", "Touggourt, Touggourt", 33.11, 6.07),
    "temacine": ("Algeria", "Touggourt", "Temacine, Touggourt", 33.02, 6.02),
    "redeyef": ("Tunisia", "Gafsa", "Redeyef, Gafsa", 34.38, 8.16),
    "moulares": ("Tunisia", "Gafsa", "Moulares, Gafsa", 34.49, 8.27),
    "jerada": ("Morocco", "L'Oriental", "Jerada, Jerada", 34.31, -2.16),
    "garabulli": ("Libya", "Tripoli", "Qasr al-Qarabulli, Tripoli", 32.75, 13.71),
    "ubari": ("Libya", "Wadi al Hayaa", "Ubari, Wadi al Hayaa", 26.59, 12.78),
    "murzuq": ("Libya", "Murzuq", "Murzuq, Murzuq", 25.92, 13.92),
    "brak": ("Libya", "Wadi al Shatii", "Brak, Wadi al Shatii", 27.55, 14.27),
    "hasana": ("Egypt", "North Sinai", "Al-Hasana, North Sinai", 30.47, 33.79),
    "ed_daein": ("Sudan", "East Darfur", "Ed Daein, East Darfur", 11.46, 26.13),
    "duwaym": ("Sudan", "White Nile", "Ad-Duwaym, White Nile", 14.00, 32.31),
    "nuhud": ("Sudan", "West Kordofan", "An-Nuhud, West Kordofan", 12.70, 28.43),
    "umm_ruwaba": ("Sudan", "North Kordofan", "Umm Ruwaba, North Kordofan", 12.91, 31.22),
    "kurmuk": ("Sudan", "Blue Nile", "Kurmuk, Blue Nile", 10.56, 34.29),
    "yabus": ("Sudan", "Blue Nile", "Yabus, Blue Nile", 10.05, 34.15),
    "ayod": ("South Sudan", "Jonglei", "Ayod, Jonglei", 8.12, 31.42),
    "yei": ("South Sudan", "Central Equatoria", "Yei, Central Equatoria", 4.09, 30.68),
    "morobo": ("South Sudan", "Central Equatoria", "Morobo, Central Equatoria", 3.69, 30.78),
    "ceelbuur": ("Somalia", "Galguduud", "Ceel Buur, Galguduud", 4.69, 46.62),
    "buaale": ("Somalia", "Middle Juba", "Bu'aale, Middle Juba", 1.08, 42.58),
    "harardhere": ("Somalia", "Mudug", "Harardhere, Mudug", 4.65, 47.86),
    "qoryooley": ("Somalia", "Lower Shabelle", "Qoryooley, Lower Shabelle", 1.79, 44.53),
    "galkayo": ("Somalia", "Mudug", "Galkayo, Mudug", 6.77, 47.43),
    "anderamboukane": ("Mali", "Menaka", "Anderamboukane, Menaka", 15.43, 3.02),
    "menaka": ("Mali", "Menaka", "Menaka, Menaka", 15.92, 2.40),
    "diboli": ("Mali", "Kayes", "Diboli, Kayes", 14.52, -12.11),
    "kayes": ("Mali", "Kayes", "Kayes, Kayes", 14.45, -11.44),
    "gayeri": ("Burkina Faso", "Est", "Gayeri, Komondjari", 12.65, 0.49),
    "tassara": ("Niger", "Tahoua", "Tassara, Tahoua", 16.80, 5.64),
    "tillia": ("Niger", "Tahoua", "Tillia, Tahoua", 16.12, 4.79),
    "bebedja": ("Chad", "Logone Oriental", "Bebedja, Logone Oriental", 8.68, 16.57),
    "doba": ("Chad", "Logone Oriental", "Doba, Logone Oriental", 8.66, 16.85),
    "sabon_birni": ("Nigeria", "Sokoto", "Sabon Birni, Sokoto", 13.56, 6.32),
    "bama": ("Nigeria", "Borno", "Bama, Borno", 11.52, 13.69),
    "dikwa": ("Nigeria", "Borno", "Dikwa, Borno", 12.04, 13.92),
    "gubio": ("Nigeria", "Borno", "Gubio, Borno", 12.50, 12.78),
    "monguno": ("Nigeria", "Borno", "Monguno, Borno", 12.67, 13.61),
    "riyom": ("Nigeria", "Plateau", "Riyom, Plateau", 9.64, 8.76),
    "barkin_ladi": ("Nigeria", "Plateau", "Barkin Ladi, Plateau", 9.54, 8.89),
}


ev = partial(make_event, PLACES)
ARTICLES: dict[str, dict] = {}
art = partial(add_article, ARTICLES)

# ================================================================================================= event articles
# --- 1. Algeria: local page, two protests the same day (one dispersed, one peaceful) --------------------------
art("v_dz_touggourt_temacine_jobless_protests_local", """
تقرت أونلاين | أخبار الجنوب الشرقي
الرئيسية | محلي | مجتمع | اقتصاد | رياضة | ثقافة | اتصل بنا
الإثنين 15 سبتمبر 2025 - 23 ربيع الأول 1447

بطالون يغلقون الطريق الوطني رقم 3 بتقرت ومكافحة الشغب تتدخل لفتحه

احتج، صباح أمس الأحد، العشرات من الشباب البطالين بمدينة تقرت على ما وصفوه بـ«الإقصاء الممنهج» من مناصب الشغل في الشركات البترولية الناشطة بالمنطقة، حيث أقدموا على غلق الطريق الوطني رقم 3 عند المدخل الشمالي للمدينة بالحجارة والعجلات المطاطية المشتعلة، ما تسبب في شلل تام لحركة المرور لعدة ساعات وتشكل طوابير طويلة من الشاحنات المتجهة نحو حاسي مسعود.
وحسب ما عاينته «تقرت أونلاين» في عين المكان، تدخلت وحدات مكافحة الشغب التابعة لأمن الولاية في حدود منتصف النهار لإعادة فتح الطريق بعد فشل مساعي الوساطة التي قادها أعيان المنطقة، وهو ما أدى إلى مناوشات محدودة وتوقيف سبعة محتجين أُطلق سراح أغلبهم في المساء. ولم تُسجَّل أي إصابات خطيرة في صفوف الطرفين.
وفي بلدية تماسين المجاورة، نظّم عشرات البطالين في اليوم نفسه وقفة سلمية أمام مقر الدائرة، رفعوا خلالها لافتات تطالب بـ«الأولوية لأبناء المنطقة» في التوظيف، قبل أن ينصرفوا بهدوء إثر استقبال ممثلين عنهم من طرف رئيس الدائرة.
ويطالب المحتجون بإخضاع عروض العمل في الشركات المناولة لرقابة الوكالة المحلية للتشغيل، ونشر قوائم المقبولين علنا. ويعيد هذا المشهد إلى الأذهان موجة احتجاجات البطالين التي عرفتها ولايات الجنوب شتاء 2013، حين خرج الآلاف في ورقلة والأغواط للمطالبة بالحق في العمل.
من جهته، أكد مصدر من الولاية أن «أبواب الحوار مفتوحة»، داعيا الشباب إلى «عدم الانسياق وراء الدعوات التي تستهدف استقرار المنطقة».

اقرأ أيضا:
- والي تقرت يشرف على تنصيب لجنة متابعة ملفات التشغيل
- «شبيبة تقرت» تعود بتعادل ثمين من بسكرة
- انقطاع التيار الكهربائي عن أحياء النزلة وتبسبست لساعات

شارك المقال: فيسبوك | إكس | واتساب | نسخ الرابط
جميع الحقوق محفوظة © تقرت أونلاين 2025
يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك. بمواصلة التصفح فإنك توافق على ذلك. [موافق]
""", url="https://touggourt-online.example/local/2025/09/15/chomeurs-rn3", outlet="تقرت أونلاين",
    published="2025-09-15", incident="dz-touggourt-jobless-protests-2025-09",
    events=[
        ev(P, "Protest with intervention", "2025-09-14", protesters("Algeria"), DZA_POL, "touggourt", 0,
           "أقدموا على غلق الطريق الوطني رقم 3 عند المدخل الشمالي للمدينة"),
        ev(P, "Peaceful protest", "2025-09-14", protesters("Algeria"), None, "temacine", None,
           "نظّم عشرات البطالين في اليوم نفسه وقفة سلمية أمام مقر الدائرة"),
    ],
    notes="Road blocked with stones and burning tyres, riot police reopen it with scuffles and 7 detentions: a protest "
          "with intervention (no violence against people or property by the protesters). 'No serious injuries' is "
          "read as nobody killed (0). Temacine: a separate peaceful sit-in the same day (no figure: null). The 2013 "
          "protests are history in passing; the 'read also' block and footer yield nothing.")

# --- 2. Tunisia: wire, a sit-in on the phosphate railway and night riots in a neighbouring town ------------------
art("v_tn_redeyef_sitin_moulares_night_clashes_wire", """
قفصة (تونس)، 3 فيفري 2026 (وكالة الواحة للأنباء) - يواصل عشرات من أصحاب الشهادات العليا العاطلين عن العمل بمعتمدية الرديف من ولاية قفصة اعتصامهم على السكة الحديدية الرابطة بين مغاسل الفسفاط بالرديف والمتلوي، بعد أن نصبوا منذ صباح أمس الاثنين خيمة فوق القضبان، ما أدى إلى توقف كلي لنقل الفسفاط التجاري نحو المجمع الكيميائي بقابس.
ويطالب المعتصمون بالكشف عن نتائج مناظرة الانتداب التي أعلنت عنها شركة فسفاط قفصة منذ أكثر من سنة، مؤكدين أن تحركهم «سلمي ومفتوح» إلى حين تلقي ردّ كتابي من الإدارة العامة للشركة.
وفي مدينة أم العرائس المجاورة، عاشت أحياء الطرف الشمالي ليلة أمس الاثنين على وقع مواجهات بين مجموعات من الشبان ووحدات الأمن، إذ رشق المحتجون الأعوان بالحجارة والزجاجات الحارقة وأضرموا النار في العجلات المطاطية وفي حاوية تابعة للبلدية، فيما ردّت الوحدات الأمنية بإطلاق الغاز المسيل للدموع. وأفاد مصدر أمني بأن ثلاثة أعوان أصيبوا بجروح طفيفة، وأنه تم إيقاف أحد عشر شابا، مضيفا أنه «لم تسجل أي حالة وفاة».
وجاءت هذه الأحداث إثر تداول قائمة اسمية على مواقع التواصل الاجتماعي قيل إنها تضم المقبولين في المناظرة، وهو ما نفته الشركة في بلاغ مقتضب.
ويُذكر أن الحوض المنجمي شهد سنة 2008 انتفاضة استمرت أشهرا، ويُنظر إليها كإحدى مقدمات ثورة 2011.
(انتهى)
""", url="https://wahanews.example/ar/tunisie/2026/02/03/redeyef-moulares", outlet="وكالة الواحة للأنباء",
    published="2026-02-03", incident="tn-mining-basin-unrest-2026-02",
    events=[
        ev(P, "Peaceful protest", "2026-02-02", protesters("Tunisia"), None, "redeyef", None,
           "نصبوا منذ صباح أمس الاثنين خيمة فوق القضبان"),
        ev(R, "Violent demonstration", "2026-02-02", rioters("Tunisia"), TUN_POL, "moulares", 0,
           "رشق المحتجون الأعوان بالحجارة والزجاجات الحارقة"),
    ],
    notes="The Redeyef sit-in began on Monday 2 February (it continues on the 3rd; coded once, on its first day). "
          "Moulares: stones and petrol bombs thrown at the police, tear gas in reply; the police source says nobody "
          "died (0). The 2008 uprising is history.")

# --- 3. Morocco: regional TV news transcript, a peaceful march after a mining accident ------------------------
art("v_ma_jerada_miners_families_march_tv", """
القناة الجهوية للشرق - نشرة الظهيرة - الثلاثاء 21 أكتوبر 2025
[نص النشرة كما بُثّ]

المذيعة: مشاهدينا، أهلا بكم. نبدأ نشرتنا من جرادة، حيث خرج المئات من ساكنة المدينة، مساء أمس الاثنين، في مسيرة سلمية جابت الشارع الرئيسي نحو مقر العمالة، أياما قليلة بعد وفاة شقيقين داخل بئر عشوائية لاستخراج الفحم الحجري. التفاصيل مع مراسلنا يوسف.
المراسل (من أمام مقر العمالة): نعم، انطلقت المسيرة من حي الحاسي بعد صلاة العصر، ورفع المشاركون، وأغلبهم من أسر عمال «الساندريات» كما يسمونها هنا، صور الشقيقين اللذين لقيا حتفهما الأربعاء الماضي إثر انهيار أحد أروقة البئر، إلى جانب شعارات تطالب بـ«بديل اقتصادي حقيقي» ينهي الاشتغال في هذه الآبار التي تصفها الساكنة بـ«آبار الموت». عناصر القوات العمومية رافقت المسيرة عن بعد ولم تتدخل، وقد انفضّ المحتجون في حدود الثامنة ليلا دون تسجيل أي حوادث.
المذيعة: يوسف، هل من تجاوب رسمي؟
المراسل: عامل الإقليم استقبل مساء أمس وفدا من المحتجين، ووعد، حسب ما صرّح لنا به أحد أعضاء الوفد، بتسريع مشاريع المنطقة الصناعية. ولا بد من التذكير بأن المدينة عاشت احتجاجات واسعة في دجنبر 2017 وبداية 2018 بعد حادث مماثل.
المذيعة: شكرا يوسف. ننتقل الآن إلى وجدة...
""", url="https://oriental-tv.example/nachra/2025-10-21-dohr", outlet="القناة الجهوية للشرق",
    published="2025-10-21", incident="ma-jerada-miners-march-2025-10",
    events=[
        ev(P, "Peaceful protest", "2025-10-20", protesters("Morocco"), None, "jerada", 0,
           "خرج المئات من ساكنة المدينة، مساء أمس الاثنين، في مسيرة سلمية"),
    ],
    notes="The two brothers' death in a collapsed coal well is a mining accident (no event). The march dispersed "
          "'without any incident' (0). The 2017-2018 protests are history.")

# --- 4./5. Libya: clashes at Qasr al-Qarabulli, told by a wire and a TV correspondent --------------------------
art("v_ly_garabulli_clashes_truce_wire", """
طرابلس، 14 أبريل/نيسان (وكالة المتوسط للأنباء) - عاد الهدوء الحذر إلى مدينة القره بوللي، شرقي العاصمة الليبية طرابلس، بعد توقيع اتفاق لوقف إطلاق النار مساء أمس الاثنين، إثر اشتباكات عنيفة اندلعت مساء الأحد بين كتيبة تابعة لوزارة الدفاع في حكومة الوحدة الوطنية ومجموعة مسلحة محلية، واستمرت حتى فجر الاثنين.
وقال مركز طب الطوارئ والدعم في بيان إن حصيلة الاشتباكات ارتفعت إلى ثلاثة قتلى، بينهم مدني أصيب برصاصة طائشة داخل منزله، إضافة إلى تسعة جرحى نُقلوا إلى مستشفيات المدينة وطرابلس. وكانت حصيلة أولية تحدثت عن قتيلين.
وبحسب شهود عيان، استُخدمت في المواجهات أسلحة متوسطة وقذائف «آر بي جي»، وتركزت حول مقر أمني على الطريق الساحلي، ما أدى إلى إغلاق الطريق أمام حركة السير لساعات طويلة.
وأوضح عضو في المجلس البلدي للقره بوللي أن الاتفاق، الذي رعاه أعيان وحكماء المدينة بحضور ممثل عن رئاسة الأركان، ينص على انسحاب المجموعتين من محيط المقر وتسليمه لمديرية الأمن، وتشكيل لجنة للتحقيق في أسباب الاشتباكات.
ولم يصدر تعليق فوري عن وزارة الدفاع. وتشهد المنطقة الغربية بين الحين والآخر مواجهات بين مجموعات مسلحة تتنازع على النفوذ، كان آخرها في مدينة الزاوية الشهر الماضي.
""", url="https://almutawassit-news.example/libya/2026/04/14/garabulli-truce", outlet="وكالة المتوسط للأنباء",
    published="2026-04-14", incident="ly-qarabulli-clashes-2026-04",
    events=[
        ev(B, "Armed clash", "2026-04-12", LBY, uag("Libya"), "garabulli", 3,
           "اشتباكات عنيفة اندلعت مساء الأحد بين كتيبة تابعة لوزارة الدفاع في حكومة الوحدة الوطنية ومجموعة مسلحة محلية"),
        ev(S, "Agreement", "2026-04-13", LBY, uag("Libya"), "garabulli", None,
           "توقيع اتفاق لوقف إطلاق النار مساء أمس الاثنين"),
    ],
    notes="Clashes from Sunday evening 12 April to Monday dawn: one event on the 12th; the Emergency Medicine Centre "
          "raised the toll to 3 (replaces the first figure of 2). The ceasefire signed on Monday evening is an "
          "Agreement. The Zawiya clashes 'last month' are background.")

art("v_ly_garabulli_clashes_tv", """
قناة الساحل الليبية - تغطية خاصة - الاثنين 13-4-2026

المذيع: نتابع معكم تطورات الأوضاع في مدينة القره بوللي، حيث تدور منذ مساء أمس اشتباكات بين مجموعات مسلحة. معنا على الهاتف مراسلنا في المنطقة، عبد الرؤوف. عبد الرؤوف، ما آخر المستجدات؟
المراسل: مساء الخير. الاشتباكات اندلعت بعد مغرب الأحد في محيط مقر أمني على الطريق الساحلي، بين قوة تتبع وزارة الدفاع ومسلحين من المدينة، واستمر تبادل إطلاق النار بالأسلحة المتوسطة حتى ساعات الفجر. الآن يسود هدوء نسبي مع انتشار آليات مسلحة عند مداخل المدينة.
المذيع: هل هناك ضحايا؟
المراسل: مصدر طبي في مستشفى القره بوللي العام أكد لنا وصول أربع جثث، بينها جثة شاب من سكان المنطقة لا علاقة له بالاشتباكات، إلى جانب عدد من الجرحى. وهناك حديث في المدينة عن قتيل خامس لم نتمكن من التأكد منه.
المذيع: وماذا عن جهود التهدئة؟
المراسل: أعيان القره بوللي عقدوا اجتماعا صباح اليوم مع الطرفين، والحديث يدور حول هدنة وانسحاب متبادل، لكن حتى هذه اللحظة لم يُعلن عن أي اتفاق. العائلات التي نزحت من الأحياء القريبة من المقر ما زالت تنتظر.
المذيع: شكرا عبد الرؤوف. ونذكّر مشاهدينا بأن الطريق الساحلي بين طرابلس والخمس لا يزال مغلقا عند بوابة القره بوللي.
""", url="https://sahel-libya-tv.example/live/2026-04-13-garabulli", outlet="قناة الساحل الليبية",
    published="2026-04-13", incident="ly-qarabulli-clashes-2026-04",
    events=[
        ev(B, "Armed clash", "2026-04-12", LBY, uag("Libya"), "garabulli", 4,
           "الاشتباكات اندلعت بعد مغرب الأحد في محيط مقر أمني على الطريق الساحلي، بين قوة تتبع وزارة الدفاع ومسلحين من المدينة"),
    ],
    notes="Same clashes as the wire (shared incident). The hospital source's four bodies is the credible figure; the "
          "unconfirmed fifth is not counted. Truce talks without an agreement yet: no Agreement event here.")

# --- 6. Libya: Fezzan daily round-up (abduction, optional arrests, protest) ------------------------------------
art("v_ly_fezzan_daily_roundup_ubari_murzuq_brak", """
بوابة فزان الإخبارية
الرئيسية | سبها | أوباري | مرزق | وادي الشاطئ | غات | رأي | فيديو
نشرة الجنوب اليومية - الثلاثاء 11 نوفمبر 2025

■ أوباري: اختطف مسلحون مجهولون يستقلون سيارة رباعية الدفع دون لوحات، مساء أمس الاثنين، المهندس محمد. ع، العامل بإحدى الشركات الخدمية في حقل الشرارة، من أمام منزله بحي الطيوري وسط المدينة، واقتادوه إلى جهة مجهولة. وقالت عائلته لـ«بوابة فزان» إنها لم تتلق حتى الآن أي اتصال من الخاطفين، فيما أعلنت مديرية أمن أوباري فتح تحقيق في الواقعة. وطالب موظفو الحقل بتأمين الطريق بين المدينة والحقل، مهددين بالتوقف عن العمل.

■ مرزق: أعلنت الكتيبة 128 مشاة، في منشور على صفحتها، القبض على أربعة أشخاص قالت إنهم ينتمون إلى «شبكة لتهريب البشر» خلال دورية جنوب المدينة يوم الأحد، وتحرير 37 مهاجرا غير نظامي من جنسيات أفريقية كانوا محتجزين داخل مزرعة.

■ براك الشاطئ: نظم عشرات المواطنين، صباح اليوم الثلاثاء، وقفة احتجاجية أمام مقر المجلس البلدي للمطالبة بحل أزمة نقص الوقود التي دخلت أسبوعها الثالث، ورفعوا لافتات كتب عليها «الجنوب ليس مواطنا من الدرجة الثانية»، قبل أن يسلّموا عميد البلدية مذكرة بمطالبهم.

■ سبها: استأنف مطار سبها الدولي رحلاته نحو طرابلس بعد توقف دام يومين بسبب عطل فني.

■ الطقس: رياح نشطة محملة بالأتربة على أغلب مناطق الجنوب، وتوقعات بانخفاض مدى الرؤية الأفقية.

تابعونا على فيسبوك وتيليغرام | للإعلان: ads@fezzan-gate.example
© بوابة فزان الإخبارية - جميع الحقوق محفوظة
""", url="https://fezzan-gate.example/nashra/2025-11-11", outlet="بوابة فزان الإخبارية",
    published="2025-11-11", incident="ly-fezzan-daily-2025-11-11",
    events=[
        ev(V, "Abduction/forced disappearance", "2025-11-10", uag("Libya"), civ("Libya"), "ubari", None,
           "اختطف مسلحون مجهولون يستقلون سيارة رباعية الدفع دون لوحات، مساء أمس الاثنين، المهندس"),
        ev(S, "Arrests", "2025-11-09", LNA_128, None, "murzuq", None,
           "القبض على أربعة أشخاص قالت إنهم ينتمون إلى «شبكة لتهريب البشر»", optional=True),
        ev(P, "Peaceful protest", "2025-11-11", protesters("Libya"), None, "brak", None,
           "نظم عشرات المواطنين، صباح اليوم الثلاثاء، وقفة احتجاجية أمام مقر المجلس البلدي"),
    ],
    notes="Daily round-up of the Fezzan. Ubari: abduction by unidentified gunmen. Murzuq: arrests of smugglers by the "
          "128th Infantry Brigade (LNA), optional (criminal arrests). Brak: peaceful sit-in over fuel. The workers' "
          "threat to stop work, the airport and the weather items are no events.")

# --- 7. Egypt: army spokesman statement reposted by a local site, a clash in central Sinai --------------------
art("v_eg_central_sinai_hasana_army_statement", """
بوابة سيناء اليوم
أخبار سيناء | العريش | بئر العبد | وسط سيناء | محافظات | حوادث

المتحدث العسكري: مقتل 3 عناصر تكفيرية واستشهاد مجند في تبادل لإطلاق النار بوسط سيناء
الثلاثاء 9 ديسمبر 2025 - 01:40 م

أصدر المتحدث العسكري للقوات المسلحة، اليوم الثلاثاء، بيانا جاء فيه:
«في إطار جهود القوات المسلحة لإحكام السيطرة الأمنية وتجفيف منابع الإرهاب بشمال ووسط سيناء، وبناء على معلومات استخباراتية دقيقة، قامت عناصر إنفاذ القانون يوم الأحد الموافق 7 ديسمبر 2025 بمداهمة بؤرة تستخدمها العناصر التكفيرية بالمنطقة الجبلية جنوب مدينة الحسنة، وأثناء عملية المداهمة قامت العناصر التكفيرية بإطلاق النيران تجاه القوات، وتم التعامل معها، ما أسفر عن مقتل عدد 3 أفراد تكفيريين شديدي الخطورة، واستشهاد مجند وإصابة اثنين آخرين.
كما تم ضبط عدد 4 بنادق آلية وكمية من الذخائر وعبوتين ناسفتين معدتين للاستخدام وجهاز اتصال لاسلكي.
وتؤكد القوات المسلحة استمرارها في جهودها لاقتلاع جذور الإرهاب، وقد نجحت خلال الفترة الماضية في إحباط العديد من محاولات التهريب عبر الحدود وتدمير عدد من الأوكار».
وكانت القوات المسلحة قد أعلنت في فبراير 2023 «تطهير» سيناء، وهو ما أعقبه تراجع كبير في الهجمات.

اقرأ أيضاً:
محافظ شمال سيناء يتفقد أعمال رصف طريق العريش – رفح
ضبط 1.5 طن بانجو في كمين ببئر العبد

شارك: فيسبوك | واتساب | تيليجرام
""", url="https://sinaitoday.example/news/2025/12/09/hasana-statement", outlet="بوابة سيناء اليوم",
    published="2025-12-09", incident="eg-hasana-raid-2025-12",
    events=[
        ev(B, "Armed clash", "2025-12-07", EGY, uag("Egypt"), "hasana", 4,
           "قامت العناصر التكفيرية بإطلاق النيران تجاه القوات، وتم التعامل معها"),
        ev(S, "Disrupted weapons use", "2025-12-07", EGY, uag("Egypt"), "hasana", None,
           "تم ضبط عدد 4 بنادق آلية وكمية من الذخائر وعبوتين ناسفتين", optional=True),
    ],
    notes="Army raid that turned into an exchange of fire: 3 'takfiri elements' and 1 conscript killed (4). The group "
          "is not named, hence Unidentified Armed Group (Egypt). The seizure of weapons and two IEDs is an optional "
          "disrupted-weapons-use event. The period's achievements, 2023 and the 'read also' lines are no events.")
# --- 8. Sudan: live blog, newest entry first (two drone strikes and a clash reported the day after) ------------
art("v_sd_liveblog_eddaein_duwaym_nuhud", """
السودان الآن | تغطية مباشرة
الحرب في السودان: اليوم الـ1054 - الثلاثاء 3 مارس 2026
يتم تحديث هذه الصفحة باستمرار | آخر تحديث: 21:40 بتوقيت الخرطوم

21:40
مصادر عسكرية لـ«السودان الآن»: مسيّرات تابعة للجيش استهدفت مساء اليوم مطار الضعين بولاية شرق دارفور، ودمّرت طائرة شحن كانت تفرغ حمولتها ومخزنا للوقود داخل المطار. شهود في المدينة تحدثوا عن انفجارات متتالية وأعمدة دخان كثيفة شوهدت من أحياء بعيدة. لم تعلّق قوات الدعم السريع حتى الآن.

19:05
مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة: عدد النازحين داخليا منذ أبريل 2023 تجاوز 10 ملايين شخص، والمنظمة تطالب بفتح ممرات آمنة في كردفان ودارفور.

17:15
انقطاع التيار الكهربائي عن مدينة الدويم وعدد من مدن ولاية النيل الأبيض بعد أن استهدفت مسيّرات انتحارية تابعة للدعم السريع فجر اليوم محطة الدويم التحويلية. الشركة السودانية لتوزيع الكهرباء قالت إن الهجوم ألحق أضرارا بمحولين رئيسيين دون وقوع إصابات بشرية، وإن الفرق الفنية بدأت أعمال الصيانة.

12:30
تداول ناشطون مقطعا مصورا قديما يعود إلى عام 2024 على أنه «من معارك اليوم»، وننبّه متابعينا إلى ضرورة التحقق قبل إعادة النشر.

09:50
الناطق الرسمي باسم القوات المسلحة في بيان صباحي: قواتنا صدّت أمس الاثنين هجوما واسعا شنته مليشيا الدعم السريع على مواقعنا في المحور الغربي لمدينة النهود بولاية غرب كردفان، وكبّدتها خسائر كبيرة، بينها مقتل 27 من عناصرها وتدمير 6 عربات قتالية. وأضاف البيان أن عددا من أفراد القوات المسلحة ارتقوا خلال المعركة دون أن يحدد عددهم.

08:00
صباح الخير، نبدأ تغطيتنا لليوم الـ1054 من الحرب.
""", url="https://sudannow.example/live/2026-03-03", outlet="السودان الآن",
    published="2026-03-03", incident="sd-liveblog-2026-03-03",
    events=[
        ev(E, "Air/drone strike", "2026-03-03", SDN, RSF, "ed_daein", None,
           "مسيّرات تابعة للجيش استهدفت مساء اليوم مطار الضعين"),
        ev(E, "Air/drone strike", "2026-03-03", RSF, None, "duwaym", 0,
           "استهدفت مسيّرات انتحارية تابعة للدعم السريع فجر اليوم محطة الدويم التحويلية"),
        ev(B, "Armed clash", "2026-03-02", SDN, RSF, "nuhud", 27,
           "قواتنا صدّت أمس الاثنين هجوما واسعا شنته مليشيا الدعم السريع على مواقعنا في المحور الغربي لمدينة النهود"),
    ],
    notes="Live blog, newest first. Ed Daein airport: army drones (no toll: null). Ad-Duwaym: RSF suicide drones on a "
          "power station, 'without human casualties' (0). An-Nuhud: the army says it repelled an RSF attack on Monday "
          "and killed 27 (claimed enemy losses, counted; own losses unnumbered). The OCHA cumulative figure and the "
          "old 2024 video are no events.")

# --- 9./10. Sudan: RSF attack on a village near Umm Ruwaba, told by a resistance committee and a wire ----------
art("v_sd_umm_ruwaba_village_attack_committee_repost", """
أخبار كردفان الكبرى
‏نقلا عن صفحة «تنسيقية لجان مقاومة أم روابة» (منشور مساء أمس):

‏🔴 مجزرة جديدة في شرق أم روابة 🔴
‏ارتكبت مليشيا الدعم السريع الإرهابية صباح اليوم الاثنين مجزرة بشعة في قرية أبو قعود شرقي مدينة أم روابة، حيث دخلت أكثر من 30 عربة قتالية القرية وأطلق أفرادها الرصاص بصورة عشوائية على المواطنين العزل داخل منازلهم وفي السوق، ما أدى إلى استشهاد 14 مواطنا بينهم ثلاث نساء وطفلان، وإصابة أكثر من 20 آخرين نُقل بعضهم إلى مستشفى أم روابة في حالة حرجة.
‏كما نهبت المليشيا المواشي والمحاصيل ومحتويات المتاجر، وأحرقت عددا من المنازل قبل انسحابها نحو الغرب.
‏نحمّل المجتمع الدولي مسؤولية الصمت على هذه الجرائم، ونطالب بتصنيف المليشيا منظمة إرهابية.
‏#أم_روابة #كردفان_تنزف #لا_للحرب

‏مشاركة 1.2 ألف | تعليق 340
""", url="https://facebook.example/kordofan.news/posts/93017", outlet="أخبار كردفان الكبرى (فيسبوك)",
    published="2026-05-19", incident="sd-umm-ruwaba-village-attack-2026-05",
    events=[
        ev(V, "Attack", "2026-05-18", RSF, civ("Sudan"), "umm_ruwaba", 14,
           "ارتكبت مليشيا الدعم السريع الإرهابية صباح اليوم الاثنين مجزرة بشعة في قرية أبو قعود شرقي مدينة أم روابة"),
        ev(S, "Looting/property destruction", "2026-05-18", RSF, civ("Sudan"), "umm_ruwaba", None,
           "نهبت المليشيا المواشي والمحاصيل ومحتويات المتاجر", optional=True),
    ],
    notes="A Facebook repost (published 19 May) of a committee post from the evening before: its 'today, Monday' is "
          "18 May. Abu Qa'ud is a fictional village east of Umm Ruwaba: coded at Umm Ruwaba. Toll 14 (the only "
          "figure). The looting and burning that went with the attack is an optional separate event.")

art("v_sd_umm_ruwaba_village_attack_wire", """
الخرطوم، 19 مايو (رويال نيوز) - قُتل ما لا يقل عن تسعة مدنيين وأصيب آخرون، أمس الاثنين، في هجوم نسبته مصادر محلية وطبية إلى قوات الدعم السريع على قرية أبو قعود الواقعة شرقي مدينة أم روابة بولاية شمال كردفان.
وقال مصدر طبي في مستشفى أم روابة التعليمي، طالبا عدم الكشف عن هويته، إن المستشفى استقبل تسع جثث و17 مصابا بأعيرة نارية، بينهم أطفال. في حين قالت تنسيقية لجان المقاومة في المدينة إن عدد القتلى بلغ 14.
وأضاف سكان فروا من القرية أن المهاجمين وصلوا على متن عربات رباعية الدفع في الساعات الأولى من الصباح، وأطلقوا النار على السكان قبل أن ينهبوا الماشية ويضرموا النار في عدد من المنازل.
ولم يتسن الحصول على تعليق من قوات الدعم السريع، التي تنفي عادة استهداف المدنيين وتتهم الجيش بـ«فبركة» الاتهامات.
ويشهد إقليم كردفان منذ أشهر تصعيدا عسكريا متواصلا، مع سعي الطرفين إلى السيطرة على الطرق المؤدية إلى مدينة الأبيض.
""", url="https://royalnews.example/ar/sudan/2026/05/19/umm-ruwaba-attack", outlet="رويال نيوز",
    published="2026-05-19", incident="sd-umm-ruwaba-village-attack-2026-05",
    events=[
        ev(V, "Attack", "2026-05-18", RSF, civ("Sudan"), "umm_ruwaba", 9,
           "قُتل ما لا يقل عن تسعة مدنيين وأصيب آخرون، أمس الاثنين، في هجوم نسبته مصادر محلية وطبية إلى قوات الدعم السريع"),
        ev(S, "Looting/property destruction", "2026-05-18", RSF, civ("Sudan"), "umm_ruwaba", None,
           "ينهبوا الماشية ويضرموا النار في عدد من المنازل", optional=True),
    ],
    notes="Same attack as the committee repost (shared incident). Two figures: the hospital's 9 and the committee's "
          "14; the lower, medically sourced 9 is coded. The RSF's usual denial is general, not about this attack.")

# --- 11. Sudan: army communique dated in the Hijri calendar, a main battle and two dated side events ---------
art("v_sd_kurmuk_attack_repelled_army_statement_hijri", """
بسم الله الرحمن الرحيم
القوات المسلحة السودانية - مكتب الناطق الرسمي
بيان رقم (٤٧)
الأحد ١٢ رمضان ١٤٤٧هـ الموافق ١ مارس ٢٠٢٦م

تصدت قواتنا الباسلة في الفرقة الرابعة مشاة بالدمازين، صباح اليوم الأحد، لهجوم غادر شنته مرتزقة الحركة الشعبية – جناح عبد العزيز الحلو، بإسناد من مليشيا آل دقلو الإرهابية، على مدينة الكرمك من ثلاثة محاور، وكبّدت المعتدين خسائر فادحة في الأرواح والعتاد، حيث تم حصر أكثر من أربعين جثة من المتمردين، والاستيلاء على ثماني عربات قتالية بكامل عتادها، فيما فرّ من تبقّى منهم جنوبا نحو الحدود.
وكانت المليشيا المتمردة قد قصفت بالمدفعية الثقيلة يوم أمس السبت الأحياء السكنية في مدينة الكرمك، ما أدى إلى استشهاد مواطنيْن اثنين وإصابة خمسة آخرين، في استهداف ممنهج للمدنيين العزل.
كما نفذ سلاحنا الجوي يوم الخميس ٩ رمضان الموافق ٢٦ فبراير ضربات دقيقة على تجمعات وخطوط إمداد للمتمردين في منطقة يابوس، حققت أهدافها بنجاح.
إن القوات المسلحة إذ تطمئن المواطنين بأن الأوضاع في الكرمك تحت السيطرة التامة، تؤكد عزمها على تطهير كل شبر من أرض الوطن من دنس المليشيا ومرتزقتها.
والله أكبر والعزة للسودان
""", url="https://sudan-armed-forces.example/statements/47-1447", outlet="القوات المسلحة السودانية (الناطق الرسمي)",
    published="2026-03-01", incident="sd-kurmuk-attack-2026-03",
    events=[
        ev(B, "Armed clash", "2026-03-01", HILU, SDN, "kurmuk", 40,
           "لهجوم غادر شنته مرتزقة الحركة الشعبية – جناح عبد العزيز الحلو، بإسناد من مليشيا آل دقلو الإرهابية، على مدينة الكرمك"),
        ev(E, "Shelling/artillery/missile attack", "2026-02-28", HILU, civ("Sudan"), "kurmuk", 2,
           "قصفت بالمدفعية الثقيلة يوم أمس السبت الأحياء السكنية في مدينة الكرمك"),
        ev(E, "Air/drone strike", "2026-02-26", SDN, HILU, "yabus", None,
           "نفذ سلاحنا الجوي يوم الخميس ٩ رمضان الموافق ٢٦ فبراير ضربات دقيقة على تجمعات وخطوط إمداد للمتمردين في منطقة يابوس"),
    ],
    notes="Army statement dated 12 Ramadan 1447 = 1 March 2026. Main event: SPLM-N (al-Hilu) attack on Kurmuk backed "
          "by the RSF ('Al Dagalo militia'), repelled; 'more than forty bodies' claimed (40). Side events: the "
          "shelling of Kurmuk on Saturday 28 February (2 civilians) and an air strike near Yabus on Thursday 9 "
          "Ramadan = 26 February (no toll). The 'militia' shelling Kurmuk is read as the same attackers (al-Hilu).")

# --- 12. South Sudan: radio news transcript, an air strike on a market and a clash the next day -------------
art("v_ss_ayod_gunship_strike_radio", """
إذاعة صوت النيل - نشرة أخبار الثامنة صباحا باللغة العربية - الثلاثاء 8 يوليو 2025

مستمعينا الكرام، صباح الخير، وإليكم أهم الأخبار:
اتهمت الحركة الشعبية لتحرير السودان في المعارضة، بقيادة الدكتور رياك مشار، الحكومة بقصف سوق بلدة أيود بولاية جونقلي بطائرة حربية صباح الأحد، ما أدى، بحسب المتحدث باسم جناحها العسكري، إلى مقتل ستة مدنيين بينهم امرأتان، وإصابة أكثر من عشرة آخرين، وتدمير عدد من المحال التجارية.
وفي اتصال مع «صوت النيل»، قال المتحدث باسم قوات دفاع شعب جنوب السودان إن الطيران «استهدف مواقع عسكرية لقوات المعارضة تُستخدم لشن هجمات على القوات الحكومية»، نافيا استهداف أي مدنيين، دون أن يقدم حصيلة.
وفي سياق متصل، أفادت مصادر محلية بأن اشتباكات اندلعت أمس الاثنين بين الجيش وقوات المعارضة في الضواحي الشمالية لبلدة أيود، واستمرت لعدة ساعات، دون أن يتسنى التحقق من الخسائر البشرية لدى الطرفين. وأشارت المصادر إلى فرار مئات الأسر نحو المستنقعات المحيطة.
وفي أخبار أخرى، أعلنت وزارة التعليم العام عن موعد امتحانات الشهادة الثانوية...
وبعثة الأمم المتحدة في جنوب السودان دعت في بيان جميع الأطراف إلى «ضبط النفس» والعودة إلى الالتزام باتفاق السلام المنشّط لعام 2018.
""", url="https://sawtalneel-radio.example/nashra/2025-07-08-0800", outlet="إذاعة صوت النيل",
    published="2025-07-08", incident="ss-ayod-fighting-2025-07",
    events=[
        ev(E, "Air/drone strike", "2025-07-06", SSD, IO, "ayod", 6,
           "الحكومة بقصف سوق بلدة أيود بولاية جونقلي بطائرة حربية صباح الأحد"),
        ev(B, "Armed clash", "2025-07-07", SSD, IO, "ayod", None,
           "اشتباكات اندلعت أمس الاثنين بين الجيش وقوات المعارضة في الضواحي الشمالية لبلدة أيود"),
    ],
    notes="The SPLM/A-IO says the government's air strike on Ayod market on Sunday killed 6 civilians; the army says it "
          "hit IO positions and gives no toll; 6 is the only figure. Actor2 is the IO (the army's stated target; "
          "civilians were hit according to the IO). The Monday clash has no verifiable toll (null). UNMISS's appeal "
          "and the exams are no events.")

# --- 13. South Sudan: local page, an abduction on the Yei road and a pursuit clash the next day --------------
art("v_ss_yei_road_abduction_morobo_clash_local", """
صحيفة الاستوائية اليوم
الرئيسية | أخبار الولايات | جوبا | سياسة | اقتصاد | رياضة | آراء
الثلاثاء، 23 يونيو 2026

مسلحو «جبهة الخلاص» يختطفون خمسة تجار على طريق ياي – موروبو والجيش يلاحقهم

ياي - مراسل الاستوائية اليوم
اختطف مسلحون يتبعون جبهة الخلاص الوطني بقيادة توماس سيريلو، عصر السبت، خمسة تجار كانوا على متن شاحنة محملة بالبضائع على بعد نحو 12 كيلومترا جنوب مدينة ياي بولاية الاستوائية الوسطى، بعد أن أوقفوا الشاحنة وأطلقوا سراح سائقها، وفق ما أكده مفوض المقاطعة للصحيفة.
وأضاف المفوض أن قوة من الجيش تحركت فور تلقي البلاغ، واشتبكت يوم الأحد مع المجموعة الخاطفة قرب بلدة موروبو، ما أسفر عن مقتل ثلاثة من المسلحين وتحرير اثنين من التجار المخطوفين، فيما لا يزال مصير الثلاثة الآخرين مجهولا.
من جهته، قال متحدث باسم جبهة الخلاص الوطني، في تسجيل صوتي، إن الحركة «لا تستهدف المدنيين»، وإن الأشخاص المحتجزين «يخضعون للتحقيق بتهمة التعاون مع الاستخبارات العسكرية».
وتُعد الطرق الرابطة بين ياي وموروبو وكاجو كيجي من أخطر الطرق في الإقليم، حيث تتكرر فيها حوادث الكمائن والاختطاف منذ انهيار اتفاق السلام عام 2016.

اقرأ أيضا: أسعار الوقود ترتفع مجددا في جوبا | مهرجان ثقافي لشباب الاستوائية
شارك الخبر على: فيسبوك - واتساب - إكس
صحيفة الاستوائية اليوم © 2026 - سياسة الخصوصية - اتصل بنا
""", url="https://equatoria-today.example/states/2026/06/23/yei-traders-abducted", outlet="صحيفة الاستوائية اليوم",
    published="2026-06-23", incident="ss-yei-traders-abduction-2026-06",
    events=[
        ev(V, "Abduction/forced disappearance", "2026-06-20", NAS, civ("South Sudan"), "yei", None,
           "اختطف مسلحون يتبعون جبهة الخلاص الوطني بقيادة توماس سيريلو، عصر السبت، خمسة تجار"),
        ev(B, "Armed clash", "2026-06-21", SSD, NAS, "morobo", 3,
           "اشتبكت يوم الأحد مع المجموعة الخاطفة قرب بلدة موروبو، ما أسفر عن مقتل ثلاثة من المسلحين"),
    ],
    notes="Abduction on Saturday 20 June about 12 km south of Yei (coded at Yei), clash with the pursuing army on "
          "Sunday 21 June near Morobo (3 rebels killed). NAS's justification does not deny the abduction.")
# --- 14. Somalia: ministry statement listing three operations -----------------------------------------------
art("v_so_mod_statement_ceelbuur_buaale_harardhere", """
مقديشو بوست بالعربي
الصومال | القرن الأفريقي | اقتصاد | تقارير

وزارة الدفاع: الجيش يستعيد عيل بور ويدخل هرارديري دون قتال
الثلاثاء 20 يناير 2026

أصدرت وزارة الدفاع الصومالية، مساء الاثنين، بيانا صحفيا استعرضت فيه نتائج العمليات العسكرية التي نفذها الجيش الوطني خلال الأيام الماضية ضد ميليشيات «الخوارج»، وهي التسمية الرسمية لحركة الشباب. وفيما يلي أبرز ما جاء في البيان:
أولا: استعادت قوات الجيش الوطني، فجر الأحد 18 يناير، السيطرة الكاملة على مدينة عيل بور بإقليم جلجدود، بعد معارك ضارية مع ميليشيات الخوارج استمرت عدة ساعات، أسفرت عن مقتل أكثر من عشرين من عناصرها وفرار البقية.
ثانيا: نفذ الجيش الوطني، بالتعاون مع الشركاء الدوليين، غارة جوية مساء الجمعة 16 يناير استهدفت مخبأ لقيادات الخوارج قرب بلدة بؤالي بإقليم جوبا الوسطى، ما أدى إلى مقتل سبعة منهم بينهم قيادي بارز مسؤول عن التجنيد.
ثالثا: دخلت وحدات من الجيش الوطني مدينة هرارديري الساحلية بإقليم مدق يوم السبت 17 يناير دون أي مقاومة، بعد انسحاب عناصر الخوارج منها إثر ضغط العمليات في المناطق المجاورة، وقد استقبل السكان القوات بالترحيب.
وأشار البيان إلى أن العمليات التي جرت خلال الأسبوعين الماضيين أسفرت في مجملها عن «تحييد أكثر من 85 إرهابيا»، داعيا من تبقّى من عناصر الحركة إلى الاستفادة من برنامج العفو الحكومي.
ولم يصدر تعليق من حركة الشباب على ما جاء في البيان.

اقرأ أيضا: الرئيس يستقبل وفدا من شيوخ العشائر في فيلا صوماليا
""", url="https://mogadishupost-ar.example/somalia/2026/01/20/mod-statement", outlet="مقديشو بوست بالعربي",
    published="2026-01-20", incident="so-mod-operations-2026-01",
    events=[
        ev(B, "Government regains territory", "2026-01-18", SOM, SHABAAB, "ceelbuur", 20,
           "استعادت قوات الجيش الوطني، فجر الأحد 18 يناير، السيطرة الكاملة على مدينة عيل بور"),
        ev(E, "Air/drone strike", "2026-01-16", SOM, SHABAAB, "buaale", 7,
           "غارة جوية مساء الجمعة 16 يناير استهدفت مخبأ لقيادات الخوارج قرب بلدة بؤالي"),
        ev(S, "Non-violent transfer of territory", "2026-01-17", SOM, SHABAAB, "harardhere", None,
           "دخلت وحدات من الجيش الوطني مدينة هرارديري الساحلية بإقليم مدق يوم السبت 17 يناير دون أي مقاومة"),
    ],
    notes="Ministry statement listing three operations. 'More than twenty' killed at Ceel Buur (20). The air strike "
          "was conducted 'with international partners' (not named): actor1 the Somali army. Harardhere was entered "
          "without resistance after al-Shabaab withdrew: non-violent transfer of territory. The two-week total of 85 "
          "is cumulative and not a separate event.")

# --- 15. Somalia: wire, a minibus IED and mortars on an AU base the same evening ------------------------------
art("v_so_qoryooley_minibus_ied_mortars_wire", """
مقديشو، 5 آب/أغسطس (وكالة القرن للأنباء) - قُتل أربعة ركاب على الأقل، بينهم امرأة، وأصيب سبعة آخرون، صباح أمس الاثنين، جراء انفجار عبوة ناسفة زُرعت على جانب الطريق لدى مرور حافلة صغيرة للركاب على الطريق الرابط بين مدينتي قريولي ومركا في إقليم شبيلي السفلى جنوبي الصومال.
وقال مسؤول محلي في قريولي للوكالة إن الحافلة كانت تقل مزارعين وتجارا متجهين إلى سوق المدينة، وإن الانفجار وقع على بعد نحو ثمانية كيلومترات من قريولي. في حين قال مسعف في مستشفى المدينة إن عدد القتلى خمسة، وهو رقم لم يتسن التحقق منه.
ولم تتبن أي جهة المسؤولية عن التفجير حتى الآن، غير أن حركة الشباب تنشط بكثافة في الأرياف المحيطة بقريولي وتلجأ عادة إلى زرع العبوات الناسفة على الطرق التي تسلكها القوات الحكومية.
وفي وقت لاحق من مساء الاثنين، سقطت عدة قذائف هاون على قاعدة لقوات بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال (أوصوم) في قريولي، دون أن تسفر عن إصابات، بحسب مصدر عسكري. وتبنّت حركة الشباب القصف في بيان نشرته إذاعة الأندلس الموالية لها.
ويأتي ذلك بعد أشهر من استعادة الجيش الصومالي وقوات البعثة عددا من البلدات في الإقليم ضمن حملة عسكرية واسعة.
""", url="https://horn-agency.example/ar/somalia/2025/08/05/qoryooley-ied", outlet="وكالة القرن للأنباء",
    published="2025-08-05", incident="so-qoryooley-ied-mortars-2025-08",
    events=[
        ev(E, "Remote explosive/landmine/IED", "2025-08-04", uag("Somalia"), civ("Somalia"), "qoryooley", 4,
           "انفجار عبوة ناسفة زُرعت على جانب الطريق لدى مرور حافلة صغيرة للركاب"),
        ev(E, "Shelling/artillery/missile attack", "2025-08-04", SHABAAB, AUSSOM, "qoryooley", 0,
           "سقطت عدة قذائف هاون على قاعدة لقوات بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال (أوصوم) في قريولي"),
    ],
    notes="IED on a minibus about 8 km from Qoryooley: the local official's 4 (the medic's unverified 5 is higher). "
          "Nobody claimed it (Shabaab only suspected): Unidentified Armed Group. The mortar attack on the AUSSOM "
          "base the same evening was claimed by al-Shabaab, no casualties (0).")

# --- 16. Somalia: local page, a grenade thrown into a restaurant ---------------------------------------------
art("v_so_galkayo_restaurant_grenade_local", """
غالكعيو نيوز - الموقع العربي
الرئيسية | مدق | بونتلاند | غلمدغ | الصومال | منوعات
آخر تحديث: الثلاثاء 25 أغسطس 2026

قتيل وستة جرحى في هجوم بقنبلة يدوية على مطعم شمالي غالكعيو

لقي شخص مصرعه وأصيب ستة آخرون بجروح متفاوتة، مساء الأحد، إثر هجوم بقنبلة يدوية استهدف مطعما شعبيا في سوق شمال مدينة غالكعيو بإقليم مدق.
وقال شهود عيان إن شخصا مجهولا ألقى القنبلة من نافذة المطعم أثناء تناول الزبائن وجبة العشاء ثم لاذ بالفرار مستغلا حالة الهلع. وأوضح مصدر في مستشفى غالكعيو العام أن القتيل شاب يعمل في المطعم، وأن اثنين من الجرحى في حالة خطرة.
وأعلنت الشرطة في وقت لاحق توقيف شخصين للاشتباه في صلتهما بالهجوم، دون أن تكشف عن هويتهما أو عن الجهة التي تقف وراءه. ولم تتبن أي جهة العملية.
وتشهد غالكعيو، المقسمة بين إدارتي بونتلاند وغلمدغ، هجمات متفرقة من هذا النوع بين فترة وأخرى، يُنسب بعضها إلى حركة الشباب وبعضها الآخر إلى خلافات محلية.

📌 اقرأ أيضاً: افتتاح جامعة جديدة في غالكعيو | ارتفاع أسعار المواد الغذائية مع اشتداد الجفاف
🔗 شارك الخبر
© 2026 غالكعيو نيوز. جميع الحقوق محفوظة. نستخدم ملفات تعريف الارتباط لتحليل حركة الزوار.
""", url="https://galkayo-news.example/ar/2026/08/25/grenade-restaurant", outlet="غالكعيو نيوز",
    published="2026-08-25", incident="so-galkayo-grenade-2026-08",
    events=[
        ev(E, "Grenade", "2026-08-23", uag("Somalia"), civ("Somalia"), "galkayo", 1,
           "هجوم بقنبلة يدوية استهدف مطعما شعبيا في سوق شمال مدينة غالكعيو"),
    ],
    notes="Grenade on a restaurant on Sunday evening (23 August): 1 killed. Unclaimed: Unidentified Armed Group. "
          "The arrest of two suspects by the police is part of the aftermath and not coded separately.")

# --- 17. Mali: feature whose main event (a massacre) comes with two distinct dated side events ---------------
art("v_ml_anderamboukane_issp_killings_feature", """
مجلة الساحل الأسبوعية | تحقيقات
ميناكا: الرعاة بين نار «الدولة» وصمت الصحراء
الثلاثاء 24 جوان 2025 - بقلم: مراسل المجلة في غاو

لم يكن حمادة، الراعي الخمسيني، يتوقع أن يعود إلى مخيمه قرب أندرامبوكان ليجد الخيام رمادا. يروي بصوت متهدج كيف اقتحم مسلحون على دراجات نارية، صباح الخميس 19 جوان، مخيما للرعاة يبعد نحو عشرين كيلومترا شمال البلدة، وجمعوا الرجال قرب البئر ثم أطلقوا عليهم النار.
وتقول مصادر أمنية مالية إن الهجوم، الذي نُسب إلى تنظيم «الدولة الإسلامية في الساحل»، أسفر عن مقتل 17 مدنيا، في حين يؤكد أعيان محليون أن عدد الضحايا بلغ 23، بينهم فتيان لم يتجاوزوا الخامسة عشرة. كما استولى المهاجمون على مئات رؤوس الماشية.
وفي اليوم التالي، الجمعة 20 جوان، أعلن الجيش المالي في بلاغ أن طائراته المسيّرة نفذت ضربات على «ملاذات إرهابية» في محيط أندرامبوكان، أدت إلى «تحييد عشرات الإرهابيين» وتدمير دراجات نارية ومخزن للوقود، دون أن يقدّم أدلة على ذلك.
ولم يكن هذا الهجوم الأول هذا الشهر؛ ففي 12 جوان، اختطف مسلحون يُعتقد أنهم من التنظيم نفسه زعيما تقليديا من قبيلة الداوسحاق على الطريق بين ميناكا وأندرامبوكان، ولا يزال مصيره مجهولا.
ويستعيد كبار السن في المنطقة مجازر ربيع 2022، حين قُتل المئات في سلسلة هجمات شنها التنظيم على قرى ميناكا، ويقولون إن «الخوف نفسه عاد». ويطالب الأهالي بتعزيز الوجود العسكري الدائم، بدل الدوريات الموسمية التي «تأتي وتذهب».
أما حمادة، فقد قرر النزوح بما تبقى له من ماشية نحو الحدود النيجرية، قائلا: «لم يعد هنا ما نخسره».
""", url="https://sahel-hebdo.example/enquetes/2025/06/24/menaka-bergers", outlet="مجلة الساحل الأسبوعية",
    published="2025-06-24", incident="ml-anderamboukane-massacre-2025-06",
    events=[
        ev(V, "Attack", "2025-06-19", ISSP, civ("Mali"), "anderamboukane", 17,
           "اقتحم مسلحون على دراجات نارية، صباح الخميس 19 جوان، مخيما للرعاة"),
        ev(E, "Air/drone strike", "2025-06-20", MLI, ISSP, "anderamboukane", 12,
           "طائراته المسيّرة نفذت ضربات على «ملاذات إرهابية» في محيط أندرامبوكان"),
        ev(V, "Abduction/forced disappearance", "2025-06-12", ISSP, civ("Mali"), "menaka", None,
           "اختطف مسلحون يُعتقد أنهم من التنظيم نفسه زعيما تقليديا"),
    ],
    notes="Feature. Main event: the attack on a herders' camp about 20 km north of Anderamboukane (17 per security "
          "sources, 23 per notables: lower taken). Side events: the army's drone strikes the next day ('dozens "
          "neutralised' = 12, unverified claim but not contradicted) and an abduction on 12 June on the "
          "Menaka-Anderamboukane road (coded at Menaka, approximate). The 2022 massacres are history; the looting "
          "of cattle is part of the attack.")

# --- 18. Mali: wire, simultaneous attacks on army positions in two towns --------------------------------------
art("v_ml_diboli_kayes_jnim_attacks_wire", """
باماكو، 14 جويلية 2026 (وكالة الصحراء للأنباء) - أعلنت القوات المسلحة المالية، مساء الاثنين، أنها صدّت هجومين متزامنين شنتهما «جماعات إرهابية مسلحة» فجر اليوم نفسه على مواقع عسكرية في بلدة ديبولي الحدودية مع السنغال وفي مدينة كاي، عاصمة الإقليم الأول غربي البلاد.
وقالت هيئة الأركان العامة للجيوش في بلاغ بثه التلفزيون الرسمي إن الرد «الحازم» للقوات أدى إلى تحييد 26 مهاجما في ديبولي و15 آخرين في كاي، والاستيلاء على أسلحة ودراجات نارية، مشيرة إلى إصابة أربعة جنود بجروح وإلحاق أضرار مادية ببعض المنشآت.
في المقابل، تبنت جماعة نصرة الإسلام والمسلمين الهجومين في بيان نشرته مؤسسة «الزلاقة» التابعة لها، وزعمت أنها قتلت «العشرات» من الجنود وأحرقت شاحنات لنقل الوقود كانت متوقفة قرب المعبر الحدودي، وهو ما لم يتسن التحقق منه من مصدر مستقل.
وقال أحد سكان كاي لوكالة الصحراء إن تبادل إطلاق النار الكثيف استمر قرابة ثلاث ساعات قرب المعسكر الواقع عند المدخل الشرقي للمدينة، قبل أن يعود الهدوء مع شروق الشمس.
ويأتي الهجوم في ظل حصار تفرضه الجماعة منذ أشهر على إمدادات الوقود القادمة من موانئ السنغال وغينيا، وهو ما تسبب في أزمة خانقة في العاصمة باماكو.
""", url="https://sahara-agency.example/ar/mali/2026/07/14/diboli-kayes", outlet="وكالة الصحراء للأنباء",
    published="2026-07-14", incident="ml-kayes-region-attacks-2026-07",
    events=[
        ev(B, "Armed clash", "2026-07-13", JNIM, MLI, "diboli", 26,
           "هجومين متزامنين شنتهما «جماعات إرهابية مسلحة» فجر اليوم نفسه على مواقع عسكرية في بلدة ديبولي"),
        ev(B, "Armed clash", "2026-07-13", JNIM, MLI, "kayes", 15,
           "تبادل إطلاق النار الكثيف استمر قرابة ثلاث ساعات قرب المعسكر الواقع عند المدخل الشرقي للمدينة"),
    ],
    notes="Two attacks the same dawn (Monday 13 July) on army positions at Diboli and Kayes, claimed by JNIM. The "
          "army's per-site figures (26 and 15 attackers 'neutralised'); JNIM's 'dozens of soldiers' is contradicted "
          "by the army (four wounded) and not counted. The fuel blockade is background.")

# --- 19. Burkina Faso: social-media repost of an attack on a detachment and air strikes the next day --------
art("v_bf_gayeri_detachment_attack_repost", """
📢 مرصد الساحل | Sahel Watch (تيليغرام) - إعادة نشر
🔴 عاجل | بوركينا فاسو - الإقليم الشرقي

مصادر محلية وأمنية متطابقة: هجوم واسع لمسلحي «جماعة نصرة الإسلام والمسلمين» فجر الأحد على مفرزة الجيش في بلدة غاييري (ولاية كوموندجاري)، استمر أكثر من أربع ساعات.
▪️ المهاجمون سيطروا على المفرزة لساعات وأحرقوا عددا من الآليات قبل أن ينسحبوا باتجاه الحدود النيجرية.
▪️ مصدر أمني محلي: مقتل ما لا يقل عن ١٨ عسكريا ومتطوعا من متطوعي الدفاع عن الوطن (VDP).
▪️ الجماعة زعمت في بيان مقتضب «قتل أكثر من ٥٠ عسكريا» والاستيلاء على كميات من الأسلحة.
▪️ الطيران العسكري نفّذ الاثنين ضربات على مواقع يُعتقد أن المهاجمين تجمعوا فيها شرقي غاييري، والحصيلة غير معروفة.
▪️ لم تصدر الحكومة أي بيان رسمي حتى الآن.

⏱ نُشر: ٢٩/٠٩/٢٠٢٦
🔁 أعد نشره ٤١٢ مرة | 👁 ٣٨ ألف مشاهدة
""", url="https://t.me.example/sahelwatch_ar/88213", outlet="مرصد الساحل (تيليغرام)",
    published="2026-09-29", incident="bf-gayeri-detachment-attack-2026-09",
    events=[
        ev(B, "Armed clash", "2026-09-27", JNIM, BFA, "gayeri", 18,
           "هجوم واسع لمسلحي «جماعة نصرة الإسلام والمسلمين» فجر الأحد على مفرزة الجيش في بلدة غاييري"),
        ev(E, "Air/drone strike", "2026-09-28", BFA, JNIM, "gayeri", None,
           "الطيران العسكري نفّذ الاثنين ضربات على مواقع يُعتقد أن المهاجمين تجمعوا فيها شرقي غاييري"),
    ],
    notes="Telegram repost dated 29/09/2026 (Eastern Arabic digits). JNIM held the detachment for hours and withdrew: an armed clash, not a "
          "takeover of territory. Lowest credible toll 18 (local security source) against the group's claim of "
          "more than 50. Air strikes on Monday 28 September east of Gayeri, toll unknown.")

# --- 20. Niger: defence ministry communique, an ambush and air strikes the next day -----------------------
art("v_ne_tassara_convoy_ambush_communique", """
جمهورية النيجر - وزارة الدفاع الوطني
بلاغ صحفي (ترجمة غير رسمية عن الفرنسية نشرتها «نيامي إنفو»)
نيامي، 13 أكتوبر 2026

يحيط وزير الدولة، وزير الدفاع الوطني، الرأي العام الوطني والدولي علما بأنه في يوم السبت 10 أكتوبر 2026، تعرضت وحدة من القوات المسلحة النيجرية في مهمة استطلاع وتأمين على محور تيليا – تاسارا لكمين نصبه عدد كبير من الإرهابيين المنتمين إلى ما يسمى «الدولة الإسلامية في الساحل»، على بعد نحو 15 كلم جنوب غرب تاسارا.
وقد أبدت قواتنا ردة فعل قوية أدت إلى تحييد ما لا يقل عن عشرين إرهابيا، واسترجاع أسلحة ودراجات نارية. وللأسف، نسجل في صفوفنا استشهاد سبعة عسكريين وإصابة أربعة آخرين بجروح تم إجلاؤهم إلى تاهوا.
وفي اليوم الموالي، الأحد 11 أكتوبر، نفذت القوات الجوية عمليات استهداف لفلول المجموعة المهاجمة في منطقة تيليا، أسفرت عن تدمير عدد من الدراجات النارية، ولا تزال عمليات التمشيط متواصلة.
يتقدم الوزير بتعازيه الخالصة لأسر الشهداء ويتمنى الشفاء العاجل للجرحى، ويجدد التأكيد على عزم قوات الدفاع والأمن على مواصلة الحرب على الإرهاب حتى استئصاله.
الوطن أو الموت، سننتصر!
""", url="https://niamey-info.example/ar/defense/2026/10/13/tassara", outlet="نيامي إنفو",
    published="2026-10-13", incident="ne-tassara-ambush-2026-10",
    events=[
        ev(B, "Armed clash", "2026-10-10", ISSP, NER, "tassara", 27,
           "تعرضت وحدة من القوات المسلحة النيجرية في مهمة استطلاع وتأمين على محور تيليا – تاسارا لكمين"),
        ev(E, "Air/drone strike", "2026-10-11", NER, ISSP, "tillia", None,
           "نفذت القوات الجوية عمليات استهداف لفلول المجموعة المهاجمة في منطقة تيليا"),
    ],
    notes="Ambush about 15 km south-west of Tassara on Saturday 10 October: 7 soldiers and at least 20 attackers "
          "killed (27). Air strikes on Sunday 11 October in the Tillia area destroyed motorbikes; no deaths given "
          "(null).")

# --- 21. Chad: local site, a protest met with live fire and a riot the next day -------------------------------
art("v_td_bebedja_oil_protest_doba_riot", """
تشاد الآن
الرئيسية | أخبار تشاد | الولايات | دولي | اقتصاد | رأي
الثلاثاء 3 نوفمبر 2026

قتيلان في تفريق احتجاج بببيجا وغضب يمتد إلى دوبا

قُتل شابان، الأحد، عندما أطلقت الشرطة الرصاص الحي لتفريق مئات المحتجين الذين تجمّعوا أمام مدخل منشآت نفطية قرب مدينة ببيجا بولاية لوغون الشرقي، للمطالبة بتوظيف أبناء المنطقة في الحقول النفطية، بحسب ما أفاد به شهود عيان ونائب عن الولاية.
وقال النائب في تصريح هاتفي لـ«تشاد الآن» إن الشرطة استخدمت في البداية الغاز المسيل للدموع، قبل أن تطلق النار مباشرة على المحتجين، مشيرا إلى إصابة ما لا يقل عن تسعة آخرين نُقلوا إلى مستشفى دوبا.
وامتد الغضب أمس الاثنين إلى مدينة دوبا، عاصمة الولاية، حيث أحرق شبان غاضبون مركزا للشرطة وسيارة تابعة للولاية، وأغلقوا الطريق الرئيسي بالمتاريس، قبل أن تنتشر قوات الأمن بكثافة في وسط المدينة مساء.
من جانبه، قال والي لوغون الشرقي في بيان إن «عناصر مندسة» حاولت اقتحام المنشآت النفطية، وإن قوات الأمن «تعاملت بمهنية»، معلنا فتح تحقيق في ملابسات الأحداث.
وتعيش المنطقة المنتجة للنفط في جنوب تشاد احتقانا متكررا بسبب البطالة وغياب عائدات التنمية.

اقرأ أيضا: انطلاق موسم الحصاد في ولاية ماندول | المنتخب الوطني يستعد لتصفيات كأس أفريقيا
© تشاد الآن 2026 - جميع الحقوق محفوظة
""", url="https://tchad-alan.example/ar/2026/11/03/bebedja-doba", outlet="تشاد الآن",
    published="2026-11-03", incident="td-bebedja-doba-unrest-2026-11",
    events=[
        ev(P, "Excessive force against protesters", "2026-11-01", protesters("Chad"), TCD_POL, "bebedja", 2,
           "أطلقت الشرطة الرصاص الحي لتفريق مئات المحتجين"),
        ev(R, "Violent demonstration", "2026-11-02", rioters("Chad"), TCD_POL, "doba", None,
           "أحرق شبان غاضبون مركزا للشرطة وسيارة تابعة للولاية"),
    ],
    notes="Sunday 1 November: police live fire on a jobs protest near oil installations at Bebedja, 2 killed. Monday "
          "2 November: rioters burn a police station and a state car in Doba (no deaths given: null).")
# --- 22./23. Nigeria: bandits abduct villagers in Sabon Birni, told by a local paper and a radio ------------
art("v_ng_sabon_birni_abduction_local", """
صحيفة الساحل النيجيري - الطبعة العربية
الرئيسية | ولايات الشمال | أبوجا | اقتصاد | ثقافة إسلامية | رياضة
الثلاثاء 9 ديسمبر 2025م - 18 جمادى الآخرة 1447هـ

قطاع الطرق يختطفون 23 قرويا في غاتاوا بولاية سوكوتو

سوكوتو - خاص
اقتحم عشرات المسلحين من قطاع الطرق، مساء السبت، قرية غاتاوا التابعة لمنطقة الحكم المحلي سابون بيرني شرقي ولاية سوكوتو، واختطفوا 23 شخصا أغلبهم من النساء والأطفال، بعد أن حاصروا القرية على متن دراجات نارية وأطلقوا النار في الهواء لترهيب السكان.
وقال رئيس مجلس الحكم المحلي لـ«الساحل النيجيري» إنه لم تسجل وفيات، لكن عددا من السكان أصيبوا أثناء محاولتهم الفرار، مضيفا أن الخاطفين اتصلوا بذوي بعض المخطوفين وطالبوا بفدية قدرها 50 مليون نايرا.
وأكد المتحدث باسم شرطة الولاية الحادثة، موضحا أن وحدات من الشرطة والجيش انتشرت في الغابات المحيطة «بهدف إنقاذ الضحايا سالمين».
وتعاني مناطق شرق سوكوتو منذ سنوات من هجمات العصابات المسلحة، إلى جانب ظهور جماعة «لاكوراوا» في مناطق الشمال الغربي.

اقرأ أيضا: حاكم سوكوتو يدشن مشروعا للري في وامكو | ارتفاع أسعار الذرة في أسواق الشمال
شارك: فيسبوك | واتساب
""", url="https://sahel-nigeria.example/ar/sokoto/2025/12/09/gatawa-abduction", outlet="صحيفة الساحل النيجيري",
    published="2025-12-09", incident="ng-sabon-birni-abduction-2025-12",
    events=[
        ev(V, "Abduction/forced disappearance", "2025-12-06", BANDITS, civ("Nigeria"), "sabon_birni", 0,
           "قرية غاتاوا التابعة لمنطقة الحكم المحلي سابون بيرني شرقي ولاية سوكوتو، واختطفوا 23 شخصا"),
    ],
    notes="Mass abduction at Gatawa (Sabon Birni LGA) on Saturday 6 December; 'no deaths' per the LGA chairman (0). "
          "The deployment of police and army to rescue the victims is no separate event; Lakurawa is background.")

art("v_ng_sabon_birni_abduction_radio", """
إذاعة أمانة - القسم العربي - نشرة منتصف النهار
الأحد 7 ديسمبر 2025

أهلا بكم مستمعينا في نشرة منتصف النهار.
في سوكوتو، أفاد سكان في منطقة سابون بيرني بأن مسلحين من قطاع الطرق خطفوا الليلة الماضية أكثر من ثلاثين شخصا من قرية غاتاوا، بينهم نساء ورضّع، واقتادوهم نحو الغابة المحاذية للحدود مع جمهورية النيجر.
وقال أحد السكان لإذاعتنا، وقد طلب عدم ذكر اسمه، إن المسلحين وصلوا بعد صلاة المغرب على أكثر من أربعين دراجة نارية، وأصابوا رجلين بجروح بالرصاص حين حاولا الهرب. ولم تعلق السلطات بعد على الحادثة.
وفي خبر آخر، أعلن الاتحاد النيجيري لكرة القدم قائمة المنتخب الوطني لكأس الأمم الأفريقية...
وننتقل إلى النشرة الجوية: أجواء حارة وجافة مع رياح الهرمتان في معظم ولايات الشمال.
""", url="https://amana-radio.example/ar/nashra/2025-12-07-noon", outlet="إذاعة أمانة",
    published="2025-12-07", incident="ng-sabon-birni-abduction-2025-12",
    events=[
        ev(V, "Abduction/forced disappearance", "2025-12-06", BANDITS, civ("Nigeria"), "sabon_birni", None,
           "مسلحين من قطاع الطرق خطفوا الليلة الماضية أكثر من ثلاثين شخصا من قرية غاتاوا"),
    ],
    notes="Same abduction as the local paper (shared incident), told the next day with a higher count of abductees "
          "(more than thirty) and two wounded; no statement about deaths, so null. 'Last night' on Sunday 7 "
          "December is Saturday 6 December.")

# --- 24. Nigeria: weekly round-up of Borno (suicide bomb, base attack, two optional developments) -------------
art("v_ng_borno_weekly_roundup_bama_dikwa", """
نيجيريا اليوم بالعربية | الحصاد الأمني الأسبوعي: شمال شرق نيجيريا
الأسبوع من 14 إلى 20 يونيو 2026 - نُشر الأحد 21 يونيو 2026

● بوكو حرام تعود إلى الأسواق: قتلت امرأة انتحارية خمسة أشخاص إضافة إلى نفسها، صباح الثلاثاء 16 يونيو، عندما فجّرت حزاما ناسفا وسط سوق السمك في مدينة باما، بحسب قوة المهام المدنية المشتركة. وأصيب أحد عشر آخرون. ونسبت الشرطة الهجوم إلى فصيل جماعة أهل السنة للدعوة والجهاد المعروف ببوكو حرام.

● ديكوا: صدّ الجيش النيجيري ليلة الخميس إلى الجمعة (18-19 يونيو) هجوما شنه مقاتلو تنظيم الدولة الإسلامية - ولاية غرب أفريقيا على قاعدته في ديكوا، بعد معارك استمرت قرابة ساعتين. وقال متحدث عسكري إن 14 من المهاجمين قُتلوا، فيما فقد الجيش جنديين.

● طريق غوبيو - دماسك: أبطلت وحدة الهندسة العسكرية السبت عبوتين ناسفتين زُرعتا على الطريق قرب غوبيو، ما سمح بإعادة فتحه أمام القوافل التجارية.

● مونغونو: أوقفت عناصر قوة المهام المدنية المشتركة يوم الأحد الماضي ثلاثة رجال يُشتبه في تزويدهم مقاتلي ولاية غرب أفريقيا بالوقود والأدوية، وسلّمتهم إلى الجيش.

● عودة النازحين: أعلنت حكومة ولاية بورنو أن أكثر من 1200 أسرة عادت هذا الشهر إلى قرى في منطقتي كوندوغا ومافا، ضمن خطة إعادة التوطين.

● رأي الأسبوع: هل تنجح استراتيجية «المدن المحصّنة» في حماية الطرق؟ (اقرأ المقال كاملا على موقعنا)

للاشتراك في النشرة الأسبوعية أرسل «اشتراك» على واتساب.
""", url="https://nigeria-today-ar.example/weekly/2026-06-21", outlet="نيجيريا اليوم بالعربية",
    published="2026-06-21", incident="ng-borno-weekly-2026-06-21",
    events=[
        ev(E, "Suicide bomb", "2026-06-16", JAS, civ("Nigeria"), "bama", 6,
           "قتلت امرأة انتحارية خمسة أشخاص إضافة إلى نفسها، صباح الثلاثاء 16 يونيو"),
        ev(B, "Armed clash", "2026-06-18", ISWAP, NGA, "dikwa", 16,
           "هجوما شنه مقاتلو تنظيم الدولة الإسلامية - ولاية غرب أفريقيا على قاعدته في ديكوا"),
        ev(S, "Disrupted weapons use", "2026-06-20", NGA, None, "gubio", None,
           "أبطلت وحدة الهندسة العسكرية السبت عبوتين ناسفتين", optional=True),
        ev(S, "Arrests", "2026-06-14", CJTF, None, "monguno", None,
           "أوقفت عناصر قوة المهام المدنية المشتركة يوم الأحد الماضي ثلاثة رجال", optional=True),
    ],
    notes="Weekly round-up of Borno published on Sunday 21 June. Bama: female suicide bomber, five killed plus the "
          "bomber (6), attributed by the police to JAS. Dikwa: ISWAP attack on the army base on the night of 18 to "
          "19 June (coded on the 18th), 14 attackers and 2 soldiers killed (16). Optional: IEDs defused near Gubio "
          "on Saturday 20 June; CJTF arrests in Monguno on 'last Sunday' (14 June). The resettlement figures and the "
          "opinion teaser are no events.")

# --- 25. Nigeria: news site reporting a community association's statement (attack and reprisal mob) ---------
art("v_ng_riyom_attack_reprisal_statement", """
منبر الهضبة الإخباري
جوس، الثلاثاء 17 نوفمبر 2026

«مجلس تنمية شباب بيروم» يطالب بحماية القرى بعد مقتل 17 في ريوم

أصدر مجلس تنمية شباب بيروم، اليوم الثلاثاء، بيانا حمل فيه الحكومة الفيدرالية «مسؤولية التقاعس» عن حماية القرويين، بعد الهجوم الذي استهدف ثلاث قرى في منطقة الحكم المحلي ريوم بولاية بلاتو ليلة الجمعة الماضية.
وجاء في البيان: «هاجم مسلحون مدججون بالسلاح، ليلة الجمعة 13 نوفمبر، قرى تول وجول وكوا في ريوم، وقتلوا 17 من أبنائنا بينهم نساء وأطفال، وأحرقوا المنازل ومخازن الحبوب، بينما كان السكان نياما».
في المقابل، قال المتحدث باسم شرطة ولاية بلاتو إن حصيلة القتلى المؤكدة لدى الشرطة هي 12، وإن المهاجمين «مسلحون يُشتبه في أنهم من رعاة الفولاني»، مضيفا أن قوة مشتركة انتشرت في المنطقة.
كما أكد المتحدث أن شبانا غاضبين هاجموا، صباح السبت، سيارة تقل رعاة من الفولاني على الطريق المار ببلدة باركين لادي وأضرموا فيها النار، ما أدى إلى مقتل شخص واحد، داعيا إلى «عدم أخذ القانون باليد».
ودعا البيان الشباب إلى ضبط النفس، وطالب بنشر نقاط عسكرية دائمة في القرى الزراعية، وتعويض المتضررين قبل موسم الحصاد.
وتشهد ولاية بلاتو منذ سنوات دورات من العنف بين المزارعين والرعاة أودت بحياة الآلاف.

📲 تابعوا منبر الهضبة على واتساب | © 2026 جميع الحقوق محفوظة
""", url="https://plateau-minbar.example/ar/2026/11/17/riyom-statement", outlet="منبر الهضبة الإخباري",
    published="2026-11-17", incident="ng-riyom-attack-2026-11",
    events=[
        ev(V, "Attack", "2026-11-13", FULANI_NG, civ("Nigeria"), "riyom", 12,
           "هاجم مسلحون مدججون بالسلاح، ليلة الجمعة 13 نوفمبر، قرى تول وجول وكوا في ريوم"),
        ev(R, "Mob violence", "2026-11-14", rioters("Nigeria"), civ("Nigeria"), "barkin_ladi", 1,
           "شبانا غاضبين هاجموا، صباح السبت، سيارة تقل رعاة من الفولاني"),
    ],
    notes="Attack on three villages of Riyom on the night of Friday 13 November: 17 per the youth council, 12 per "
          "the police; the lower, official figure is coded. The police name suspected Fulani herders: Fulani Ethnic "
          "Militia (Nigeria). The reprisal on Saturday near Barkin Ladi (a vehicle of Fulani herders burnt, 1 "
          "killed) is mob violence. The council's demands are no events.")
# ============================================================================================= non-event articles
# --- 26. Tunisia: parliamentary debate on the counter-terrorism law, old attacks cited ---------------------
art("v_tn_parliament_counterterrorism_law_debate", """
بوابة البرلمان التونسي
جلسات | لجان | مشاريع قوانين | نواب

نواب الشعب يناقشون تنقيح قانون مكافحة الإرهاب: «الخلايا النائمة ما زالت خطرا قائما»
الثلاثاء 13 جانفي 2026

انطلقت صباح اليوم بقصر باردو الجلسة العامة المخصصة لمناقشة مشروع القانون الأساسي المتعلق بتنقيح القانون عدد 26 لسنة 2015 المتعلق بمكافحة الإرهاب ومنع غسل الأموال، وسط جدل بين النواب حول مدة الاحتفاظ وضمانات المحاكمة العادلة.
وذكّر وزير الداخلية في كلمته الافتتاحية بأن «تونس دفعت ثمنا باهظا في حربها على الإرهاب»، مستحضرا الهجوم على متحف باردو في مارس 2015، ومجزرة نزل «إمبريال» بسوسة في جوان من السنة نفسها، وتفجير حافلة الأمن الرئاسي بشارع محمد الخامس، ومعركة بن قردان في مارس 2016 «التي كسر فيها أبناء الجنوب شوكة الإرهابيين».
وأضاف الوزير أن الوحدات الأمنية «أحبطت خلال السنوات الأخيرة عشرات المخططات»، دون أن يقدم تفاصيل، معتبرا أن عودة مقاتلين من بؤر التوتر «تفرض تشديد المراقبة الإدارية».
في المقابل، انتقد نواب من كتل مختلفة توسيع تعريف «الجريمة الإرهابية»، محذرين من «استعمال القانون لتكميم الأفواه وملاحقة المدونين»، فيما دعا آخرون إلى تشديد العقوبات على «كل من يمجّد الإرهاب على مواقع التواصل».
ومن المنتظر أن يتواصل النقاش العام غدا قبل المرور إلى التصويت على فصول المشروع.

مواضيع ذات صلة: لجنة الأمن والدفاع تستمع إلى وزير الدفاع حول المنظومة الحدودية
""", url="https://barlamane-tn.example/seances/2026/01/13/loi-antiterroriste", outlet="بوابة البرلمان التونسي",
    published="2026-01-13",
    notes="Hard non-event: a parliamentary debate. The Bardo, Sousse, presidential-guard bus and Ben Guerdane attacks "
          "(2015-2016) are history; 'dozens of plots foiled' is vague and cumulative.")

# --- 27. Morocco: forest fires fought by water bombers (war vocabulary, an accidental death) ----------------
art("v_ma_chefchaouen_forest_fires_planes", """
شمال بريس
الرئيسية | تطوان | شفشاون | الحسيمة | العرائش | مجتمع

«معركة» ضد النيران في غابات شفشاون.. طائرات «كنادير» تقصف ألسنة اللهب لليوم الثالث
الثلاثاء 5 غشت 2025

لا تزال فرق الوقاية المدنية والمياه والغابات والقوات المسلحة الملكية تخوض، لليوم الثالث على التوالي، معركة شرسة ضد حريق مهول اندلع بغابة الدردارة بإقليم شفشاون، أتى حتى الآن على أزيد من 600 هكتار من أشجار الصنوبر والبلوط.
وتواصل طائرات «كنادير» وطائرات «توربو تراش» قصف بؤر النيران بأطنان من المياه، في وقت تحاصر فيه ألسنة اللهب عددا من الدواوير، ما اضطر السلطات إلى إخلاء أزيد من 400 أسرة نحو مراكز إيواء مؤقتة.
وفي حصيلة مؤلمة، لقي عون من الوقاية المدنية حتفه مساء الأحد بعد أن حاصرته النيران في منحدر وعر، فيما أصيب ثلاثة آخرون بحروق نقلوا على إثرها إلى المستشفى الإقليمي محمد الخامس.
وأرجعت المديرية الإقليمية للمياه والغابات اتساع رقعة الحريق إلى موجة الحر غير المسبوقة ورياح «الشركي» القوية، مؤكدة أن «جبهات النار» الثلاث باتت تحت المراقبة وأن السيطرة الكاملة عليها «مسألة ساعات».
وكان إقليم شفشاون قد شهد صيف 2024 حرائق مماثلة التهمت مئات الهكتارات.

اقرأ أيضا: وزارة الداخلية تعلن حالة التأهب القصوى في أقاليم الشمال
شارك على: فيسبوك | واتساب | إكس
""", url="https://chamalpress.example/chefchaouen/2025/08/05/incendie-derdara", outlet="شمال بريس",
    published="2025-08-05",
    notes="Hard non-event: a forest fire; 'battle', 'bombard' and 'fronts' are metaphors, the civil-protection "
          "officer died in the fire (an accident). No arson or armed actor is reported.")

# --- 28. Libya: UN envoy's briefing with warnings of mobilisation --------------------------------------------
art("v_ly_unsmil_briefing_mobilisation_warning", """
نيويورك، 23 يونيو 2026 (وكالة المتوسط للأنباء) - حذرت الممثلة الخاصة للأمين العام للأمم المتحدة في ليبيا، في إحاطة قدمتها اليوم أمام مجلس الأمن، من أن «الحشود العسكرية المتكررة» في طرابلس ومحيطها تهدد بإعادة البلاد إلى «دوامة العنف»، داعية الأطراف الليبية إلى «الامتناع عن أي تصعيد».
وقالت المسؤولة الأممية إن البعثة «تلقت تقارير مقلقة» خلال الأسابيع الماضية عن تحركات لمجموعات مسلحة ونقل أسلحة ثقيلة نحو العاصمة، مذكّرة بأن اشتباكات ماي 2025 في طرابلس «أودت بحياة مدنيين وألحقت أضرارا بالغة بالأحياء السكنية وأثارت هلع السكان».
وأضافت أن «أي مواجهة جديدة ستكون كارثية»، مشددة على أن الترتيبات الأمنية المؤقتة التي أعقبت تلك الاشتباكات «ما تزال هشة»، وعلى ضرورة إخراج المجموعات المسلحة من المؤسسات السيادية.
كما تطرقت الإحاطة إلى أوضاع المهاجرين في مراكز الاحتجاز، وإلى ما وصفته بـ«الاعتقالات التعسفية» بحق ناشطين وصحفيين في الشرق والغرب، دون أن تورد حالات بعينها.
وأعرب عدد من أعضاء المجلس عن قلقهم من «الجمود السياسي» وتعثر مسار توحيد المؤسسة العسكرية، فيما دعا مندوب ليبيا إلى «احترام السيادة الوطنية» ورفع التجميد عن الأصول الليبية.
""", url="https://almutawassit-news.example/libya/2026/06/23/unsmil-briefing", outlet="وكالة المتوسط للأنباء",
    published="2026-06-23",
    notes="Hard non-event: a UN briefing with warnings. The 'reports of movements' are unspecified (no date, place or "
          "actor); the May 2025 Tripoli clashes are history; the arbitrary arrests are general, with no case.")

# --- 29. Egypt: e-sports tournament of war games ------------------------------------------------------------
art("v_eg_cairo_esports_tournament_war_games", """
الرياضة الإلكترونية اليوم
الرئيسية | بطولات | ألعاب | فرق | لاعبون

«فراعنة القاهرة» يسحقون خصومهم ويتوجون بلقب بطولة مصر لألعاب التصويب
الثلاثاء 11 نوفمبر 2025

في ليلة «حربية» بامتياز داخل صالة الألعاب المغطاة بالتجمع الخامس، اكتسح فريق «فراعنة القاهرة» منافسه «ذئاب الإسكندرية» بثلاث جولات نظيفة في نهائي بطولة مصر المفتوحة للرياضات الإلكترونية، ليتوج باللقب وجائزة قدرها مليون جنيه.
وحسم الفراعنة الجولة الأولى بهجوم خاطف على «القاعدة» في خريطة الصحراء، بعدما نجح قنّاص الفريق «زيزو_x» في تصفية ثلاثة من لاعبي الخصم في أقل من عشر ثوان، قبل أن يزرع زميله «القنبلة» ويفجرها في اللحظة الأخيرة وسط صيحات الجمهور.
وفي الجولة الثانية، نصب الفريق كمينا محكما عند الجسر وأباد فريق الخصم بالكامل، بينما انتهت الجولة الثالثة بـ«مجزرة» حقيقية على حد وصف المعلق، بعد أن اقتحم الفراعنة المبنى الأخير بالقنابل اليدوية والدخانية.
وقال قائد الفريق عقب التتويج: «خضنا حربا نفسية طوال الأسبوع، وجئنا لنقتل المباراة من البداية».
وشهدت البطولة مشاركة 64 فريقا من 12 محافظة، على أن يمثل البطل مصر في البطولة العربية بالرياض مطلع العام المقبل.
""", url="https://esports-today.example/tournaments/2025/11/11/egypt-open-final", outlet="الرياضة الإلكترونية اليوم",
    published="2025-11-11",
    notes="Hard non-event: an e-sports final of shooting games; every ambush, sniper, bomb and 'massacre' is inside "
          "the game.")

# --- 30. Sudan: feature on returnees to Wad Madani recalling the abuses of 2024 -----------------------------
art("v_sd_wad_madani_returnees_feature", """
مجلة النيلين | ملفات
العودة إلى ود مدني: بيوت بلا أبواب وذاكرة مثقوبة بالرصاص
الثلاثاء 25 أغسطس 2026

تقف فاطمة أمام بيتها في حي الدرجة وهي تتحسس ثقوب الرصاص في الجدار. «هنا أوقفوا زوجي في ديسمبر 2023، وهنا ضربوه حتى فقد الوعي، ثم أخذوا السيارة والذهب وحتى أبواب الغرف»، تقول عن الأيام الأولى لدخول قوات الدعم السريع إلى المدينة.
وعاشت ود مدني، عاصمة ولاية الجزيرة، أكثر من عام تحت سيطرة تلك القوات، شهدت خلاله عمليات نهب واسعة وقتلا واعتقالات، بحسب شهادات جمعتها منظمات حقوقية، قبل أن يستعيدها الجيش في يناير 2025.
واليوم، بعد أكثر من عام ونصف، عاد مئات الآلاف من النازحين إلى المدينة، وافتتح السوق الكبير أبوابه من جديد، فيما تعمل فرق الهندسة على إزالة مخلفات الحرب؛ إذ تقول السلطات المحلية إنها أزالت منذ العام الماضي آلاف القطع غير المنفجرة من الأحياء والمزارع.
لكن العودة لا تعني نهاية الألم. يقول الطبيب عثمان، الذي ظل يعمل في مستشفى المدينة طوال فترة الحرب: «كنا نستقبل الجرحى بلا كهرباء ولا أدوية. رأيت أطفالا يموتون لأن الطريق إلى المستشفى كان يمر عبر نقاط التفتيش».
وفي المدارس التي تحولت لأشهر إلى ثكنات، يحاول المعلمون محو الشعارات التي كتبها المقاتلون على الجدران، بينما يتطوع شبان الحي لإعادة طلاء الفصول قبل بدء العام الدراسي.
وتختم فاطمة: «رجعنا لأن هذه أرضنا. الخوف ما زال هنا، لكن الحياة أقوى».
""", url="https://nilain-mag.example/files/2026/08/25/wad-madani-return", outlet="مجلة النيلين",
    published="2026-08-25",
    notes="Hard non-event: a returnees' feature; the beatings, looting and killings are from December 2023 - 2024, "
          "the army's recapture is January 2025, and the unexploded-ordnance clearance is a cumulative figure.")

# --- 31. South Sudan: traditional wrestling tournament for peace --------------------------------------------
art("v_ss_juba_wrestling_peace_tournament", """
جوبا بوست العربية | رياضة وثقافة
الثلاثاء 3 فبراير 2026

المصارعة التقليدية تجمع «خصوم الأمس» في جوبا: منداري يسقطون أبطال بور في نهائي مثير

على أرضية ملعب جوبا الذي امتلأ عن آخره، خاض مصارعو مجتمع المنداري، مساء الأحد، «معركة» حامية أمام مصارعي دينكا بور في نهائي بطولة السلام للمصارعة التقليدية، وانتهت بفوز المنداري بخمسة انتصارات مقابل ثلاثة.
وكان البطل المنداري «لادو» نجم الأمسية، إذ انقض على خصمه في الثواني الأولى وأسقطه أرضا بحركة خاطفة، قبل أن يحمله أنصاره على الأكتاف وسط قرع الطبول وأهازيج الحرب التقليدية.
وتنظم البطولة سنويا بدعم من وزارة الثقافة والشباب وشركاء دوليين، بهدف تحويل التنافس بين المجتمعات الرعوية من «ساحات القتال» إلى الحلبة، بعد سنوات من غارات الماشية والهجمات الانتقامية التي أودت بحياة المئات في ولايتي جونقلي والاستوائية الوسطى.
وقال أحد منظمي البطولة: «هنا يهزم الشاب خصمه ثم يصافحه، وهذا ما نريده في المخيمات أيضا». ومرّ النهائي دون تسجيل أي حوادث رغم الحضور الجماهيري الكثيف.
""", url="https://jubapost-ar.example/sport/2026/02/03/wrestling-final", outlet="جوبا بوست العربية",
    published="2026-02-03",
    notes="Hard non-event: a wrestling final with war vocabulary; the cattle raids and revenge attacks are past and "
          "unspecified; 'no incidents' at the final.")

# --- 32. Somalia: interview with a former al-Shabaab fighter about his past -----------------------------------
art("v_so_interview_former_shabaab_fighter", """
الصومال الجديد | حوارات
«كنا نزرع الألغام ليلا ونصلي الفجر كأن شيئا لم يحدث»: مقاتل سابق في الشباب يروي تجربته
الثلاثاء 8 يوليو 2025

يعيش عبدي، 29 عاما، اليوم في مركز لإعادة تأهيل المنشقين في مقديشو. التقيناه بعد أكثر من عامين على تسليم نفسه للسلطات. وهذه مقتطفات من الحوار:

■ كيف انضممت إلى الحركة؟
- كان عمري 15 عاما عندما جاؤوا إلى قريتنا في شبيلي الوسطى. قالوا لأبي إن على كل بيت أن يقدم ابنا، ومن يرفض يُعاقب. ذهبت معهم خوفا على عائلتي.

■ ماذا كانت مهامك؟
- في البداية كنت أحمل الذخيرة. بعدها دربوني على صنع العبوات الناسفة وزرعها على الطرق التي تمر بها قوات الحكومة وقوات الاتحاد الأفريقي. شاركت في كمائن كثيرة بين 2017 و2021، وفي الهجوم على قاعدة قرب بلدة جوهر، حيث قُتل كثيرون من الطرفين.

■ لماذا قررت الانشقاق؟
- بعد أن قتلوا صديقي لأنه اتُهم بالتجسس دون دليل. في ليلة من ليالي رمضان 2023، مشيت عشر ساعات حتى وصلت إلى نقطة للجيش في بلدوين وسلمت سلاحي.

■ هل تخشى الانتقام؟
- نعم. الحركة تعتبر المنشقين مرتدين. لكنني أريد أن يعرف الشباب أن الطريق الذي سلكته لا يقود إلا إلى الموت.

■ ما رسالتك لمن لا يزالون في صفوفها؟
- اخرجوا. البرنامج الحكومي ليس مثاليا، لكنه أفضل من الموت في غارة أو كمين.
""", url="https://alsomal-aljadeed.example/interviews/2025/07/08/former-fighter", outlet="الصومال الجديد",
    published="2025-07-08",
    notes="Hard non-event: an interview recounting IEDs, ambushes and a base attack (2017-2021), a killing for "
          "alleged spying and the 2023 surrender -- all past and mostly undated.")

# --- 33. Mali: the trial over the 2024 Bamako attack is postponed --------------------------------------------
art("v_ml_bamako_gendarmerie_school_trial_postponed", """
مالي ويب بالعربية
الرئيسية | سياسة | أمن | عدالة | اقتصاد

تأجيل محاكمة المتهمين في هجوم مدرسة الدرك بباماكو
الثلاثاء 19 مايو 2026

قررت محكمة الجنايات الخاصة بقضايا الإرهاب في باماكو، أمس الاثنين، تأجيل النظر في قضية المتهمين الاثني عشر بالتورط في الهجوم الذي استهدف مدرسة الدرك الوطني والقاعدة الجوية بمطار باماكو في 17 سبتمبر 2024، إلى الدورة الجنائية المقبلة، بسبب غياب عدد من محامي الدفاع وطلبهم مهلة إضافية للاطلاع على الملف.
وكان الهجوم، الذي تبنته جماعة نصرة الإسلام والمسلمين، قد أودى بحياة العشرات من طلاب الدرك، وأسفر عن إحراق طائرة رئاسية ومنشآت في المطار، في أجرأ عملية تشهدها العاصمة منذ سنوات.
وحضر الجلسة عدد من ذوي الضحايا، الذين عبروا عن استيائهم من التأجيل. وقال والد أحد الطلاب القتلى: «ننتظر العدالة منذ أكثر من عام ونصف، وكل تأجيل يفتح الجرح من جديد».
وتوجه النيابة للمتهمين تهم «الانتماء إلى منظمة إرهابية، والقتل العمد، وتخريب منشآت عسكرية، وحيازة أسلحة حربية».
ولم تحدد المحكمة موعدا دقيقا للجلسة المقبلة.

الأكثر قراءة: ارتفاع أسعار الوقود في باماكو | الحكومة تعلن تمديد العام الدراسي
""", url="https://maliweb-ar.example/justice/2026/05/19/ecole-gendarmerie-proces", outlet="مالي ويب بالعربية",
    published="2026-05-19",
    notes="Hard non-event: a terrorism trial postponed; the September 2024 attack is history and no verdict or arrest "
          "is new.")
# --- 34. Burkina Faso: general mobilisation decree extended, operations announced for the future ----------------
art("v_bf_general_mobilisation_decree_extended", """
واغادوغو، 14 أفريل 2026 (وكالة الساحل للأنباء) - صادق مجلس الوزراء في بوركينا فاسو، في اجتماعه الأسبوعي اليوم الثلاثاء برئاسة رئيس المرحلة الانتقالية، على مرسوم يقضي بتمديد حالة «التعبئة العامة» لمدة اثني عشر شهرا إضافية، في إطار ما تصفه السلطات بـ«الحرب الشاملة لاستعادة كامل التراب الوطني».
وقال المتحدث باسم الحكومة في ختام الاجتماع إن المرسوم يمنح الرئيس صلاحيات استدعاء الشبان القادرين على حمل السلاح وتسخير الممتلكات والخدمات «لصالح المجهود الحربي»، مشيرا إلى أن «المرحلة المقبلة ستشهد عمليات هجومية واسعة في الأقاليم الشرقية والشمالية لطرد الجماعات الإرهابية من آخر معاقلها».
وأضاف أن الحكومة تعتزم تجنيد دفعة جديدة من 15 ألف متطوع للدفاع عن الوطن، سيخضعون لتدريب عسكري مدته 45 يوما قبل نشرهم في المناطق التي تعاني من انعدام الأمن.
وانتقدت منظمات حقوقية في السابق استخدام مرسوم التعبئة لتجنيد صحفيين ومعارضين قسرا، وهو ما تنفيه الحكومة.
وكانت السلطات قد أعلنت التعبئة العامة لأول مرة في أفريل 2023، بعد سلسلة هجمات دامية استهدفت الجيش والمدنيين في شمال البلاد وشرقها.
""", url="https://sahel-agency.example/ar/burkina/2026/04/14/mobilisation", outlet="وكالة الساحل للأنباء",
    published="2026-04-14",
    notes="Hard non-event: a decree extended and offensives announced for the future; recruitment is planned; the "
          "2023 attacks and past forced conscriptions are history.")

# --- 35. Niger: migrants found dead of thirst in the desert --------------------------------------------------
art("v_ne_assamaka_migrants_found_dead_desert", """
أغاديس، 14 جويلية 2026 (وكالة الصحراء للأنباء) - عثرت فرق الحماية المدنية النيجرية، بمساعدة دورية للحرس الوطني، على جثث أربعة عشر مهاجرا من دول غرب أفريقيا لقوا حتفهم عطشا في الصحراء، على بعد نحو 40 كيلومترا جنوب بلدة أساماكا الحدودية مع الجزائر، بحسب ما أفاد به مسؤول محلي.
وقال المسؤول إن المهاجرين كانوا على متن شاحنة تعطلت في عرض الصحراء قبل أيام، وإن السائق غادر المكان بحثا عن النجدة ولم يعد، فيما تمكن ثلاثة ناجين من السير حتى أحد الآبار حيث عثر عليهم رعاة ونقلوهم إلى المركز الصحي في أساماكا.
وأوضح أن الضحايا دُفنوا في مكان العثور عليهم بسبب تحلل الجثث وصعوبة نقلها، واصفا المنطقة بأنها «مقبرة مفتوحة في قلب الصحراء».
وتقول منظمات إنسانية إن مئات المهاجرين يموتون سنويا على طرق الهجرة في الصحراء الكبرى، بين أغاديس والحدود الجزائرية والليبية، دون أن تُعرف أعدادهم بدقة.
وكانت السلطات النيجرية قد ألغت عام 2023 قانونا يجرّم نقل المهاجرين، ما أدى إلى عودة نشاط الشبكات عبر الطرق الصحراوية.
""", url="https://sahara-agency.example/ar/niger/2026/07/14/assamaka-migrants", outlet="وكالة الصحراء للأنباء",
    published="2026-07-14",
    notes="Hard non-event: migrants died of thirst after a breakdown in the desert (a humanitarian disaster, no "
          "violence); the yearly toll is cumulative and vague.")

# --- 36. Chad: government denies foreign accusations about drones ---------------------------------------------
art("v_td_government_denies_drone_launch_claims", """
إنجامينا، 21 أكتوبر 2025 (وكالة تشاد برس) - نفت الحكومة التشادية «بشكل قاطع» اتهامات وجهها مسؤولون عسكريون سودانيون بشأن استخدام مطارات في شرق تشاد لإطلاق الطائرات المسيّرة التي تقصف المدن السودانية أو لنقل الأسلحة إلى قوات الدعم السريع، ووصفتها بأنها «مزاعم لا أساس لها من الصحة».
وقال المتحدث باسم الحكومة في مؤتمر صحفي إن «تشاد لم ولن تكون منصة للعدوان على أي بلد جار»، مضيفا أن «الذين يقصفون مدنهم ويقتلون شعبهم يبحثون عن شماعة يعلقون عليها فشلهم».
وكان مساعد للقائد العام للجيش السوداني قد صرح الأسبوع الماضي بأن «المسيّرات الاستراتيجية التي تضرب الفاشر وبورتسودان تنطلق من مطار أم جرس»، ملوّحا بأن هذه المطارات «ستكون أهدافا مشروعة».
وأكد المتحدث أن بلاده تستضيف أكثر من مليون لاجئ سوداني فروا من المجازر في دارفور، وأنها «تدفع ثمن حرب لم تخترها»، داعيا إلى حل سياسي شامل للأزمة في السودان.
وتشهد العلاقات بين البلدين توترا متصاعدا منذ اندلاع الحرب في السودان في أبريل 2023.
""", url="https://tchadpresse.example/ar/2025/10/21/dementi-drones", outlet="وكالة تشاد برس",
    published="2025-10-21",
    notes="Hard non-event: a denial answering accusations and a threat ('legitimate targets'); the drone attacks "
          "and Darfur massacres are mentioned generally, with no new dated incident.")

# --- 37. Nigeria: governor's resettlement visit to Bama recalling 2014 -------------------------------------
art("v_ng_bama_resettlement_governor_visit", """
نيجيريا اليوم بالعربية
مايدوغوري، الثلاثاء 3 فبراير 2026

حاكم بورنو يسلّم 500 منزل للعائدين إلى باما: «لن نسمح للإرهابيين بالعودة»

سلّم حاكم ولاية بورنو، اليوم الثلاثاء، مفاتيح 500 منزل جديد لأسر نازحة عادت إلى مدينة باما، في إطار المرحلة الثالثة من خطة إعادة التوطين، وذلك خلال حفل حضره قادة عسكريون وزعماء تقليديون.
وقال الحاكم في كلمته إن «باما التي احتلها الإرهابيون في سبتمبر 2014، وذبحوا رجالها وسبوا نساءها وأحرقوا قصر أميرها، تنهض اليوم من تحت الرماد»، مضيفا: «لن نسمح لبوكو حرام ولا لغيرها بالعودة إلى هذه الأرض، وسنلاحقهم حتى آخر مخبأ في غابة سامبيسا».
واستعاد أمير باما، في كلمة مؤثرة، أيام سيطرة الجماعة على المدينة، حين «كانت الجثث ملقاة في الشوارع وفرّ الناس حفاة إلى مايدوغوري والكاميرون»، قبل أن يستعيدها الجيش في مارس 2015.
وأكد قائد القطاع العسكري أن قواته «جاهزة لتأمين العائدين»، فيما أشار مسؤولون محليون إلى أن المدينة تحتاج إلى مزيد من المدارس والمراكز الصحية لاستيعاب العائدين.
""", url="https://nigeria-today-ar.example/borno/2026/02/03/bama-resettlement", outlet="نيجيريا اليوم بالعربية",
    published="2026-02-03",
    notes="Hard non-event: a resettlement ceremony; Bama's capture (September 2014) and recapture (March 2015) are "
          "history, the governor's vow is rhetoric.")

# --- 38. Tunisia: Evacuation Day anniversary, the 1961 Battle of Bizerte -------------------------------------
art("v_tn_bizerte_evacuation_day_anniversary", """
بنزرت، 15 أكتوبر 2025 (وكالة الواحة للأنباء) - أحيت تونس اليوم الأربعاء الذكرى الثانية والستين لعيد الجلاء، بموكب رسمي انتظم بمقبرة الشهداء بمدينة بنزرت، حيث تم رفع العلم وقراءة الفاتحة ووضع أكاليل من الزهور على أضرحة شهداء معركة بنزرت.
وتعود أحداث المعركة إلى جويلية 1961، حين طالبت تونس بجلاء القوات الفرنسية عن قاعدة بنزرت، فاندلعت مواجهات دامية قصفت خلالها الطائرات الفرنسية المدينة وأحياءها، وسقط فيها مئات الشهداء من المتطوعين والجنود والمدنيين، وفق الروايات الرسمية، قبل أن يغادر آخر جندي فرنسي التراب التونسي في 15 أكتوبر 1963.
وقال أحد قدماء المقاومين، الذي شارك في المعركة وهو في السابعة عشرة من عمره: «حملنا بنادق قديمة في مواجهة الدبابات والمظليين، وكان الرصاص ينهمر علينا من كل الجهات. فقدت في يوم واحد ثلاثة من رفاقي».
وتضمن برنامج الاحتفالات معرضا للصور والوثائق التاريخية بدار الثقافة، وعرض شريط وثائقي عن «حرب بنزرت»، وسباقا شعبيا بمشاركة تلاميذ المدارس.
""", url="https://wahanews.example/ar/tunisie/2025/10/15/evacuation-day", outlet="وكالة الواحة للأنباء",
    published="2025-10-15",
    notes="Hard non-event: an anniversary; the Battle of Bizerte (July 1961) and the evacuation (1963) are history.")

# --- 39. Algeria: gendarmerie annual report (drugs, road deaths -- 'road terrorism') ---------------------------
art("v_dz_gendarmerie_annual_report_drugs_roads", """
الجزائر الجديدة أونلاين
الرئيسية | وطني | أمن | اقتصاد | رياضة | ثقافة | فيديو
الثلاثاء 13 جانفي 2026

الدرك الوطني يعرض حصيلة 2025: «حرب بلا هوادة» على المخدرات و«إرهاب الطرقات» يحصد 3 آلاف روح

عرضت قيادة الدرك الوطني، اليوم الثلاثاء، بمقرها بالشراقة، حصيلة نشاطاتها لسنة 2025، والتي كشفت عن حجز أكثر من 52 طنا من الكيف المعالج وما يفوق 8 ملايين قرص مهلوس، وتفكيك 1.300 شبكة إجرامية منظمة، في إطار ما وصفه قائد الدرك بـ«الحرب بلا هوادة على عصابات الموت القادمة من وراء الحدود».
كما سجلت وحدات الدرك خلال السنة ذاتها أكثر من 9 آلاف حادث مرور في المناطق الريفية والطرقات الوطنية، خلفت أزيد من 3 آلاف قتيل و13 ألف جريح، وهو ما اعتبره المتحدث «إرهابا حقيقيا على الطرقات يحصد أرواح الجزائريين يوميا»، محمّلا العامل البشري مسؤولية 90 بالمائة من الحوادث.
وأشار التقرير إلى حجز 1.150 قطعة من الأسلحة البيضاء المحظورة وقرابة 200 بندقية صيد غير مرخصة، إلى جانب معالجة آلاف القضايا المتعلقة بالجرائم السيبرانية والاعتداء على الأملاك.
وفي ختام العرض، أعلن قائد الدرك عن إطلاق مخطط أمني جديد لفصل الشتاء يقوم على تعزيز الحواجز الأمنية الثابتة والمتحركة عبر الطرقات.

شارك: فيسبوك | إكس | واتساب
© الجزائر الجديدة أونلاين 2026
""", url="https://eljazair-jadida.example/securite/2026/01/13/bilan-gendarmerie-2025", outlet="الجزائر الجديدة أونلاين",
    published="2026-01-13",
    notes="Hard non-event: an annual, cumulative report on drug seizures, ordinary crime and road deaths; the 'war' "
          "and 'road terrorism' are metaphors and the winter plan is future.")

# --- 40. Somalia: al-Shabaab threatens the coming elections --------------------------------------------------
art("v_so_shabaab_threat_elections_polling", """
مقديشو، 14 أبريل 2026 (وكالة القرن للأنباء) - هددت حركة الشباب باستهداف مراكز الاقتراع والعاملين في اللجنة الوطنية المستقلة للانتخابات «وكل من يشارك في المسرحية الانتخابية»، وذلك قبل أسابيع من موعد الانتخابات المحلية المقررة في العاصمة مقديشو وعدد من عواصم الولايات الإقليمية.
وقال المتحدث باسم الحركة، في تسجيل صوتي بثته إذاعة موالية لها، إن «مراكز التصويت ستكون أهدافا مشروعة لمجاهدينا»، محذرا السكان من الاقتراب منها «حتى لا يكونوا دروعا للمرتدين».
من جهتها، أعلنت وزارة الأمن الداخلي أنها وضعت خطة لتأمين الانتخابات تتضمن نشر أكثر من عشرة آلاف عنصر من الجيش والشرطة، وإغلاق الطرق المؤدية إلى مراكز الاقتراع أمام المركبات يوم التصويت، ودعت المواطنين إلى «عدم الالتفات إلى تهديدات الخوارج».
ويرى محللون أن الحركة، التي سبق أن استهدفت تجمعات انتخابية ومسؤولين في الدورات الماضية، تسعى إلى إفشال أول اقتراع مباشر منذ عقود، مستغلة الخلافات بين الحكومة الفيدرالية وبعض الولايات حول قانون الانتخابات.
""", url="https://horn-agency.example/ar/somalia/2026/04/14/shabaab-election-threat", outlet="وكالة القرن للأنباء",
    published="2026-04-14",
    notes="Hard non-event: a threat and a security plan for a future vote; past attacks on election gatherings are "
          "mentioned without date or place.")


PART = gold_tools.BlindPart(ARTICLES, OUT, prefix="v_", script="_build_v.py", allowed_actors=frozenset(ALLOWED_ACTORS))
known_actor_eras = gold_tools.known_actor_eras
validate, check_directory, main = PART.validate, PART.check_directory, PART.main


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
