"""Build and validate the dev gold set, part W (w_*.json), written BLIND (the east: Syria, Iraq, Lebanon, Palestine,
Yemen, Jordan and the Gulf), written 2026-11-24.

Written blind, like parts H to V: the author did not open the coder (src/marsad/events/**), its trigger, modality,
non-event-cue, coder-cue or figure lexicons (src/marsad/data/triggers/**, src/marsad/data/modality.yaml,
src/marsad/data/non_event_cues.yaml, src/marsad/data/coder_cues.yaml, src/marsad/lang/ar/data/figures.yaml), the
models (src/marsad/data/models/), training/, scripts/*mention*, any tests/test_coder_*.py, tests/test_figures*.py,
tests/test_mention_filter.py or tests/test_triggers.py, nor any gold article text (tests/gold_dev/*.json,
tests/gold_holdout/**, the article definitions of the other build scripts), nor /work/shared/seeds, nor git history
or diffs, and did not run the coder, `marsad eval`, `marsad run`/`demo` or pytest on these articles (only
tests/test_gold_dev_parts.py and tests/test_gold_blind_validation.py, at the end).
What was read: /work/shared/gold/README.md (and its two JSON examples, for the format only),
/work/shared/reference/acled-taxonomy.md, tests/gold_tools.py, tests/test_gold_dev_parts.py and
tests/test_gold_blind_validation.py (the checks this script must pass), the scaffolding of tests/gold_dev/_build_v.py
(`sed -n 1,143p`: module docstring, imports, actor constants and the start of PLACES; and `sed -n 1040,1060p`: its
PART/main lines -- nothing in between), the file names in tests/gold_dev/ (to avoid repeating the topics and towns
of earlier parts), the canonical actor names and eras of the actor lexicon (listed through marsad.text.actors.Lexicon,
names_en and eras only, not their Arabic surface forms), and `marsad gazetteer lookup` for coordinates. All texts are
original and fictional (invented incidents at real places, invented outlets with .example domains; statements of
real institutions -- ministries, armies, health ministries, monitors' formats -- are invented too).

Weighting: the east of the region -- Syria (Aleppo countryside, Idlib, Deir ez-Zor, Raqqa, Daraa, Suwayda, the Homs
desert and the Lebanese border, the coast), Iraq (Diyala, Kirkuk, Salahuddin, Anbar, Nineveh, Basra, the Kurdistan
Region), Lebanon (the south, the Bekaa, Tripoli), Palestine (Hebron and Ramallah areas, central Gaza), Yemen (Marib,
Taiz, Al-Dhale, Shabwa, Abyan, Hodeidah and the Red Sea, Saada on the Saudi border), Jordan (Irbid), Kuwait and
Bahrain -- mostly at towns not used by earlier parts (Maskanah, Al-Khafsah, Gharanij, Al-Shuhayl, Da'el, Tadmur,
Salqin, Maadan, Al-Qardaha, Al-Qutaylibiyah, Malah, Salkhad, Hawsh al-Sayyed Ali, Al-Qasr, Jalawla, Al-Shirqat,
Baiji, Hit, Al-Hartha, Batifa, Kani Masi, Al-Abbasi, Tal Afar, Ranya, Mosul, Al-Nabi Shit, Yaroun, Yater, Al-Qobbeh,
Al-Fawwar camp, Kafr Malik, Al-Bureij, Az-Zawayda, Nisab, Sirwah, Maqbanah, Al-Husha, Ras Isa, Ahwar, Baqim, Ghamr,
Al-Husn camp).
25 event articles and 15 hard non-event articles. All six ACLED event types are represented: armed clashes, a
government regaining territory and a non-state actor overtaking it (optional), air/drone strikes (Israeli, Turkish,
Iraqi, Jordanian, SDF and AQAP drones), shelling, an IED, a war-debris landmine, a suicide car bomb, a grenade; attacks
on civilians and an abduction; excessive force against protesters, a protest with intervention and peaceful
protest; a violent demonstration and mob violence; and strategic developments: a non-violent transfer of territory,
an agreement (a tribal truce), arrests, looting/property destruction, disrupted weapons use, a base established.
Styles: wire copy of invented agencies with datelines (one Tunisian, one Moroccan-relayed), local news pages with
menus, "read also"/most-read blocks, share widgets, cookie notices and footers, a TV bulletin transcript, a radio
news transcript, a Telegram repost and a Facebook repost, an Iraqi security communique and a Yemeni army communique
(both listing several operations), a live blog (newest entry first), a weekly regional round-up, a monitor's daily
tally, a health-ministry style daily toll update, a feature whose main event comes with distinct dated side events
(looting, arrests), and an opinion column that mentions a recent strike in passing. Three incidents are told by
two outlets each (same `incident` slug, different tolls and wording): the Hawsh al-Sayyed Ali border clash (Lebanese
and Syrian accounts), the Jalawla attack on a PMF post (wire and local page with a revised toll) and the Nisab
suicide car bomb (local page and wire).
The 15 non-event articles are full of violent vocabulary but report no new event: a paintball tournament, a war
photo exhibition, hunting-season rules with unexploded-ordnance warnings, a prisoners' society monthly statistics
report, fishermen lost in a storm, an analysis built on questions about a possible offensive, an anniversary
lecture on the 1968 battle of Karameh, a planned weapons buy-back, an offshore earthquake, a ministry denial of a
dispersed protest, a court verdict on last year's drone attack, a festival reenacting an ancient battle, a radio
call-in on children's war trauma, an opinion column, and an accidental refinery fire.

Dates are written with Levantine month names (كانون الثاني، شباط، آذار، نيسان، أيار، حزيران، تموز، آب، أيلول،
تشرين الأول، تشرين الثاني), double Levantine/Eastern forms in wires and a round-up (شباط/فبراير، آب/أغسطس، تشرين الثاني/نوفمبر،
سبتمبر/أيلول), Eastern/Gulf ones (يناير، مارس، أبريل، يونيو، سبتمبر، نوفمبر), Maghrebi ones in a Tunisian wire and an
Algerian column (جانفي، ماي), the Moroccan غشت, numeric dates (2026/08/12، ١٤/٠٤/٢٠٢٦), the Hijri calendar with its
Gregorian equivalent (an Iraqi communique dated 10 ربيع الآخر 1448هـ, a Yemeni army communique dated ٢٢ رجب ١٤٤٧هـ, a
page header dated 13 رمضان 1447هـ), relative dates anchored by the publication date (أمس الاثنين، فجر اليوم، الليلة
الماضية، ليل الاثنين – الثلاثاء، يوم السبت الماضي، يوم الجمعة الماضي، مساء أمس الأحد، قبل يومين), weekday-only
dates inside a dated weekly round-up, Eastern Arabic digits (the Telegram and Facebook reposts, the Yemeni communique,
the radio header) and number words.

Fatality convention used here: the lowest credible figure the article gives for the event; a toll revised by the
same or a higher official source replaces the first one (Jalawla local page, the Nabi Shit strike in the live blog);
enemy losses claimed by one side and not contradicted in the text are counted (the Sirwah communique, the Syrian
account of Hawsh al-Sayyed Ali); a suicide bomber is counted when the text counts him; vague words follow the
taxonomy file ("several" 3, "dozens" 12, "hundreds" 100) and unquantified phrases such as "enemy dead and wounded"
give null; when the text reports only injuries or damage the event has 0 deaths (the taxonomy's "casualties without
deaths is 0"); null when the text gives no casualty information at all (most arrests, the transfer, the truce, a
protest with intervention).

Run:  python tests/gold_dev/_build_w.py          (write the files, then validate them)
      python tests/gold_dev/_build_w.py --check  (only validate the files on disk)
Checks: every w_*.json parses and has the gold keys; every evidence span occurs verbatim in its text; incident is
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
    B, E, P, R, S, V, add_article, civ, clan, make_event, protesters, rioters, uag,
)

OUT = Path(__file__).resolve().parent

# ACLED-style names used here that the actor lexicon does not know (yet); everything else must be canonical.
ALLOWED_ACTORS: set[str] = set()

# canonical actor names (src/marsad/data/actors)
SYR = "Military Forces of Syria (2024-)"
SYR_POL = "Police Forces of Syria (2024-)"
SDF = "Syrian Democratic Forces (SDF)"
ASAYISH_SY = "Asayish (Syria)"
ISIS = "Islamic State (ISIS)"
JOR = "Military Forces of Jordan"
JOR_POL = "Police Forces of Jordan"
IRQ = "Military Forces of Iraq (2022-)"
IRQ_POL = "Police Forces of Iraq (2022-)"
IRQ_INT = "Intelligence Forces of Iraq (2022-)"
PMF = "Popular Mobilization Forces (PMF)"
ASAYISH_KRG = "Asayish (Kurdistan Region)"
TUR = "Military Forces of Turkey"
PKK = "Kurdistan Workers' Party (PKK)"
ISR = "Military Forces of Israel"
HEZ = "Hezbollah"
LBN = "Military Forces of Lebanon"
LBN_POL = "Police Forces of Lebanon"
PIJ_QUDS = "Al-Quds Brigades"
SETTLERS = "Settlers (Israel)"
YEM = "Military Forces of Yemen (2022-)"
HOUTHIS = "Ansar Allah (Houthis)"
AQAP = "Al-Qaeda in the Arabian Peninsula (AQAP)"
SHABWANI = "Shabwani Elite Forces"
SBF = "Security Belt Forces"
KSA = "Military Forces of Saudi Arabia"


# place key -> (country, admin1, location, lat, lon); coordinates from `marsad gazetteer lookup` where it knows the
# place, else from general knowledge (Gharanij, Hawsh al-Sayyed Ali on both sides of the border, Al-Qasr in Hermel,
# Al-Qobbeh in Tripoli, the Al-Zuhur neighbourhood of Mosul and Al-Fawwar camp, which it lacks; all approximate).
# The Red Sea point of a ship attack is put at Al Hudaydah, the nearest coded place; Ghamr is a district centre.
PLACES = {
    "maskanah": ("Syria", "Aleppo", "Maskanah, Aleppo", 35.97, 38.04),
    "khafsah": ("Syria", "Aleppo", "Al-Khafsah, Aleppo", 36.23, 38.02),
    "gharanij": ("Syria", "Deir ez-Zor", "Gharanij, Deir ez-Zor", 34.78, 40.73),
    "shuhayl": ("Syria", "Deir ez-Zor", "Al-Shuhayl, Deir ez-Zor", 35.00, 40.55),
    "dael": ("Syria", "Daraa", "Da'el, Daraa", 32.75, 36.13),
    "tadmur": ("Syria", "Homs", "Tadmur, Homs", 34.56, 38.28),
    "salqin": ("Syria", "Idlib", "Salqin, Idlib", 36.14, 36.45),
    "maadan": ("Syria", "Ar-Raqqa", "Maadan, Ar-Raqqa", 35.76, 39.60),
    "qardaha": ("Syria", "Latakia", "Al-Qardaha, Latakia", 35.46, 36.06),
    "qutaylibiyah": ("Syria", "Latakia", "Al-Qutaylibiyah, Latakia", 35.29, 36.02),
    "malah": ("Syria", "As-Suwayda", "Malah, As-Suwayda", 32.51, 36.85),
    "salkhad": ("Syria", "As-Suwayda", "Salkhad, As-Suwayda", 32.49, 36.71),
    "hosh_sy": ("Syria", "Homs", "Hawsh al-Sayyed Ali, Homs", 34.42, 36.40),
    "hosh_lb": ("Lebanon", "Baalbek-Hermel", "Hawsh al-Sayyed Ali, Baalbek-Hermel", 34.43, 36.39),
    "qasr_lb": ("Lebanon", "Baalbek-Hermel", "Al-Qasr, Baalbek-Hermel", 34.46, 36.42),
    "nabichit": ("Lebanon", "Baalbek-Hermel", "Al-Nabi Shit, Baalbek-Hermel", 33.87, 36.12),
    "yaroun": ("Lebanon", "Nabatieh", "Yaroun, Nabatieh", 33.08, 35.42),
    "yater": ("Lebanon", "Nabatieh", "Yater, Nabatieh", 33.15, 35.33),
    "qobbeh": ("Lebanon", "North", "Tripoli - Al-Qobbeh, North", 34.44, 35.85),
    "jalawla": ("Iraq", "Diyala", "Jalawla, Diyala", 34.27, 45.16),
    "sharqat": ("Iraq", "Salah al-Din", "Al-Shirqat, Salah al-Din", 35.52, 43.23),
    "baiji": ("Iraq", "Salah al-Din", "Baiji, Salah al-Din", 34.93, 43.49),
    "hit": ("Iraq", "Al-Anbar", "Hit, Al-Anbar", 33.64, 42.83),
    "hartha": ("Iraq", "Basra", "Al-Hartha, Basra", 30.58, 47.76),
    "batifa": ("Iraq", "Duhok", "Batifa, Duhok", 37.17, 43.01),
    "kanimasi": ("Iraq", "Duhok", "Kani Masi, Duhok", 37.23, 43.44),
    "abbasi": ("Iraq", "Kirkuk", "Al-Abbasi, Kirkuk", 35.28, 43.60),
    "talafar": ("Iraq", "Ninewa", "Tal Afar, Ninewa", 36.38, 42.45),
    "ranya": ("Iraq", "Sulaymaniyah", "Ranya, Sulaymaniyah", 36.26, 44.88),
    "mosul_zuhur": ("Iraq", "Ninewa", "Mosul - Al-Zuhur, Ninewa", 36.36, 43.16),
    "fawwar": ("Palestine", "Hebron", "Al-Fawwar Camp, Hebron", 31.48, 35.07),
    "kafrmalik": ("Palestine", "Ramallah and Al-Bireh", "Kafr Malik, Ramallah and Al-Bireh", 31.99, 35.31),
    "bureij": ("Palestine", "Deir al-Balah", "Al-Bureij Camp, Deir al-Balah", 31.44, 34.40),
    "zawayda": ("Palestine", "Deir al-Balah", "Az-Zawayda, Deir al-Balah", 31.44, 34.38),
    "nisab": ("Yemen", "Shabwah", "Nisab, Shabwah", 14.51, 46.49),
    "sirwah": ("Yemen", "Marib", "Sirwah, Marib", 15.45, 45.02),
    "maqbanah": ("Yemen", "Taizz", "Maqbanah, Taizz", 13.66, 43.69),
    "husha": ("Yemen", "Ad Dali", "Al-Husha, Ad Dali", 13.77, 44.44),
    "ras_isa": ("Yemen", "Al Hudaydah", "Ras Isa Port, Al Hudaydah", 15.13, 42.62),
    "hodeidah_sea": ("Yemen", "Al Hudaydah", "Red Sea off Al Hudaydah, Al Hudaydah", 14.80, 42.95),
    "ahwar": ("Yemen", "Abyan", "Ahwar, Abyan", 13.52, 46.71),
    "baqim": ("Yemen", "Sadah", "Baqim, Sadah", 17.40, 43.48),
    "ghamr": ("Yemen", "Sadah", "Ghamr, Sadah", 16.99, 43.34),
    "husn": ("Jordan", "Irbid", "Al-Husn Camp, Irbid", 32.48, 35.88),
}

ARTICLES: dict[str, dict] = {}
ev = partial(make_event, PLACES)
art = partial(add_article, ARTICLES)


# ============================================================================================ Syria: event articles
art("w_sy_maskanah_khafsah_army_sdf_wire", """
عاجل | قتلى في اشتباكات بين الجيش و«قسد» بريف حلب الشرقي

حلب، 17 شباط/فبراير 2026 (البادية برس) - قُتل جنديان من الجيش السوري وعنصر من «قوات سوريا الديمقراطية» (قسد) في اشتباكات اندلعت ليل الاثنين في محيط بلدة مسكنة بريف حلب الشرقي، بحسب ما أفاد مصدر عسكري ومسؤول محلي.

وقال المصدر العسكري لـ«البادية برس» إن مجموعة من مقاتلي «قسد» حاولت التقدم نحو نقطة للجيش على الأطراف الشرقية لمسكنة قرابة الحادية عشرة ليلاً، فدارت مواجهات بالرشاشات المتوسطة والقذائف الصاروخية استمرت زهاء ساعتين قبل أن يتراجع المهاجمون.

وصباح اليوم الثلاثاء، أصيب ثلاثة جنود بجروح عندما استهدفت طائرة مسيّرة أطلقتها «قسد» موقعاً للجيش عند المدخل الشمالي للبلدة، وفق المصدر نفسه. ولم تعلّق «قسد» على الهجومين، لكنها اتهمت في بيان مقتضب «فصائل تابعة لدمشق» بالسعي إلى «تقويض التفاهمات القائمة».

ويأتي التصعيد بعد يومين فقط من دخول وحدات من الجيش بلدة الخفسة المجاورة من دون قتال، إثر انسحاب مقاتلي «قسد» منها يوم الأحد بموجب تفاهم رعاه وجهاء عشائر المنطقة، وهي خطوة وصفها مسؤولون في دمشق حينها بأنها «بداية لتسليم بقية القرى على ضفاف بحيرة الأسد».

ويقول سكان في مسكنة إنهم باتوا يخشون عودة المعارك التي شهدتها المنطقة في السنوات الماضية، في وقت تتحدث فيه مصادر من الطرفين عن جولة تفاوض جديدة مرتقبة خلال الأسبوع المقبل.
""", url="https://badia-press.example/ar/syria/2026/02/17/maskanah-clashes", outlet="البادية برس",
    published="2026-02-17", incident="maskanah-army-sdf-clashes-2026-02",
    events=[
        ev(B, "Armed clash", "2026-02-16", SYR, SDF, "maskanah", 3,
           "قُتل جنديان من الجيش السوري وعنصر من «قوات سوريا الديمقراطية» (قسد) في اشتباكات اندلعت ليل الاثنين في محيط بلدة مسكنة"),
        ev(E, "Air/drone strike", "2026-02-17", SDF, SYR, "maskanah", 0,
           "أصيب ثلاثة جنود بجروح عندما استهدفت طائرة مسيّرة أطلقتها «قسد» موقعاً للجيش عند المدخل الشمالي للبلدة"),
        ev(S, "Non-violent transfer of territory", "2026-02-15", SYR, SDF, "khafsah", None,
           "دخول وحدات من الجيش بلدة الخفسة المجاورة من دون قتال، إثر انسحاب مقاتلي «قسد» منها يوم الأحد"),
    ],
    notes="Wire with a dateline. Night clash on Monday 16 Feb (2 soldiers + 1 SDF = 3), SDF drone strike on Tuesday "
          "(injuries only: 0), and the side event two days earlier: the army entered Al-Khafsah after an SDF "
          "withdrawal under a local deal (non-violent transfer, actor1 the side taking over). The SDF accusation is "
          "not an event.")

art("w_sy_monitor_daily_tally_gharanij_dael_tadmur_salqin", """
مرصد الجزيرة الفراتية لحقوق الإنسان
الرئيسية | التقارير اليومية | التقارير الشهرية | قاعدة بيانات الضحايا | عن المرصد

التوثيق اليومي | حصيلة يوم الأحد 8 آذار 2026
نُشر في: 9 آذار 2026

وثّق المرصد مقتل خمسة أشخاص في مناطق سورية مختلفة يوم أمس الأحد، بينهم طفل، إلى جانب حالة خطف وحملة دهم واعتقالات. وفيما يلي تفاصيل ما وثّقه فريقنا الميداني:

• دير الزور – غرانيج: قُتل عنصر من «قوات سوريا الديمقراطية» برصاص مسلحَين كانا يستقلان دراجة نارية، أطلقا النار على حاجز للقوات عند المدخل الجنوبي لبلدة غرانيج في ريف دير الزور الشرقي ثم لاذا بالفرار. وتبنّى تنظيم «داعش» الهجوم عبر معرّفاته في ساعة متأخرة من الليل.

• دير الزور – الشحيل: شنّت «قسد» بمساندة مروحيات التحالف الدولي حملة دهم في بلدة الشحيل، اعتقلت خلالها ستة شبان بتهمة التواصل مع خلايا التنظيم، واقتادتهم إلى جهة مجهولة.

• درعا – داعل: أطلق مسلحون مجهولون النار على الصيدلاني (م. ع.)، 41 عاماً، أمام صيدليته في بلدة داعل بريف درعا الأوسط، ما أدى إلى مقتله على الفور. ولم تتبنَّ أي جهة عملية الاغتيال.

• حمص – تدمر: قُتل ثلاثة أشخاص، بينهم طفل في الرابعة عشرة، وأصيب رابع بجروح خطيرة، جراء انفجار لغم أرضي من مخلّفات الحرب أثناء بحثهم عن الكمأة في البادية شرقي مدينة تدمر.

• إدلب – سلقين: خطف مسلحون مجهولون يستقلون سيارة «فان» بيضاء شاباً من أبناء بلدة سلقين على الطريق الواصل إلى حارم، وطالبوا ذويه بفدية قدرها خمسون ألف دولار أميركي، بحسب أحد أقاربه.

ويرتفع بذلك عدد القتلى الذين وثّقهم المرصد منذ مطلع آذار الجاري إلى 61 شخصاً، بينهم 9 أطفال و4 سيدات، فيما بلغ عدد ضحايا الألغام ومخلّفات الحرب منذ بداية العام 38 شخصاً.

للتواصل مع فريق التوثيق: docs@jazira-watch.example
""", url="https://jazira-watch.example/ar/daily/2026-03-08", outlet="مرصد الجزيرة الفراتية لحقوق الإنسان",
    published="2026-03-09", incident="syria-monitor-tally-2026-03-08",
    events=[
        ev(B, "Armed clash", "2026-03-08", ISIS, SDF, "gharanij", 1,
           "قُتل عنصر من «قوات سوريا الديمقراطية» برصاص مسلحَين كانا يستقلان دراجة نارية، أطلقا النار على حاجز للقوات عند المدخل الجنوبي لبلدة غرانيج"),
        ev(S, "Arrests", "2026-03-08", SDF, civ("Syria"), "shuhayl", None,
           "حملة دهم في بلدة الشحيل، اعتقلت خلالها ستة شبان", optional=True),
        ev(V, "Attack", "2026-03-08", uag("Syria"), civ("Syria"), "dael", 1,
           "أطلق مسلحون مجهولون النار على الصيدلاني (م. ع.)، 41 عاماً، أمام صيدليته في بلدة داعل"),
        ev(E, "Remote explosive/landmine/IED", "2026-03-08", uag("Syria"), civ("Syria"), "tadmur", 3,
           "قُتل ثلاثة أشخاص، بينهم طفل في الرابعة عشرة، وأصيب رابع بجروح خطيرة، جراء انفجار لغم أرضي من مخلّفات الحرب"),
        ev(V, "Abduction/forced disappearance", "2026-03-08", uag("Syria"), civ("Syria"), "salqin", None,
           "خطف مسلحون مجهولون يستقلون سيارة «فان» بيضاء شاباً من أبناء بلدة سلقين"),
    ],
    notes="Monitor's daily tally for Sunday 8 March, published the next day. ISIS-claimed shooting of an SDF member at "
          "a checkpoint is a Battles event (armed actor targeted); the SDF raid with six arrests is optional. The "
          "monthly and yearly totals are statistics, not events. The Tadmur landmine is war debris: actor1 unknown.")

art("w_sy_maadan_conscription_protest_telegram", """
📢 معدان الآن | Maadan Now
🔴 عاجل ومحدّث

استشهاد الشاب (خ. ح.) وإصابة ٤ آخرين بعد أن أطلقت عناصر من الأسايش الرصاص الحي على مظاهرة خرجت عصر أمس الاثنين في مدينة معدان بريف الرقة الشرقي، رفضاً لحملة «التجنيد الإجباري» التي تشنّها «قسد» منذ أسبوع.

المتظاهرون، وعددهم بالمئات بحسب مراسلنا، تجمّعوا أمام مبنى المجلس المحلي ورفعوا لافتات تطالب بالإفراج عن الشبان المسوقين إلى معسكرات التدريب، قبل أن تصل سيارات الأسايش وتبدأ بإطلاق النار لتفريقهم.

كما اعتقلت الأسايش ٧ من المشاركين في المظاهرة واقتادتهم إلى مقرّها في الرقة، وسط انتشار أمني كثيف في شوارع المدينة حتى ساعات الفجر.

⚠️ الأهالي يدعون إلى إضراب عام اليوم الثلاثاء وإغلاق المحال حتى الإفراج عن المعتقلين.

🔁 إعادة نشر من قناة «شبكة الرقة الحرة» – ١٤/٠٤/٢٠٢٦ – ٠٩:١٢
👁 ١٢٫٤ ألف مشاهدة
#معدان #الرقة #التجنيد_الإجباري
""", url="https://telegram-mirror.example/maadan_now/2281", outlet="معدان الآن (تلغرام)",
    published="2026-04-14", incident="maadan-conscription-protest-2026-04",
    events=[
        ev(P, "Excessive force against protesters", "2026-04-13", protesters("Syria"), ASAYISH_SY, "maadan", 1,
           "أطلقت عناصر من الأسايش الرصاص الحي على مظاهرة خرجت عصر أمس الاثنين في مدينة معدان"),
        ev(S, "Arrests", "2026-04-13", ASAYISH_SY, protesters("Syria"), "maadan", None,
           "اعتقلت الأسايش ٧ من المشاركين في المظاهرة", optional=True),
    ],
    notes="Telegram repost dated with Eastern Arabic digits; 'yesterday Monday' is 13 April. Live fire killing one "
          "protester: excessive force. The call for a general strike today is a plan, not an event.")

art("w_sy_qardaha_checkpoint_attack_feature", """
مجلة الساحل | تحقيقات

القرداحة… مدينة تنام بعين واحدة

كتبت: رهف الأحمد

على الطريق الصاعد من جبلة إلى القرداحة، تتوالى أشجار الزيتون وبيوت الحجر المتناثرة بين التلال، ويبدو كل شيء هادئاً إلى حدّ يثير الريبة. في المقهى الوحيد المفتوح قرب الساحة، يتحدّث الرجال بصوت خافت عن الأسعار والكهرباء، ثم عن «الحاجز».

مساء الثلاثاء، التاسع عشر من أيار، كان خمسة عناصر يقفون على حاجز الأمن العام عند المدخل الجنوبي للمدينة حين فُتحت عليهم النيران من بستان زيتون قريب. قُتل عنصران من الأمن العام وأحد المهاجمين في تبادل لإطلاق النار استمر قرابة نصف ساعة، بحسب ما قاله لنا مسؤول في قيادة الأمن الداخلي بمحافظة اللاذقية، طلب عدم ذكر اسمه. أما بقية المهاجمين فانسحبوا نحو الأحراج المحيطة.

لم يكن ذلك الحادث الأول. ففي السابع من أيار، اقتحم مجهولون منزل ضابط متقاعد في الحي الشمالي من القرداحة، ونهبوا أثاثه وأدواته الكهربائية قبل أن يضرموا فيه النار، ولم يكن في المنزل أحد ساعتها. وبعد أسبوع، في الرابع عشر من الشهر نفسه، اعتقلت قوى الأمن الداخلي ثمانية شبان من قرية القطيلبية للاشتباه بصلتهم بخلية تستهدف الحواجز، أُفرج عن ثلاثة منهم لاحقاً.

تقول أم سامر، وهي معلمة متقاعدة، إن الناس هنا «ما زالوا يعيشون على وقع ما جرى في آذار من العام الماضي»، وإن كل صوت رصاص ليلي يعيد إليهم الخوف ذاته. ويرى وجهاء محليون أن الحل يبدأ بإشراك أبناء المنطقة في الأجهزة الأمنية، فيما يؤكد المسؤول الأمني أن «الحواجز باقية ما دامت الخلايا موجودة».

عند المساء، تُطفأ أضواء الشوارع باكراً. ويُغلق صاحب المقهى بابه قبل التاسعة، «احتياطاً»، كما يقول.

— نُشر هذا التحقيق في العدد الصادر يوم الخميس 21 أيار 2026.
""", url="https://majallat-alsahil.example/investigations/2026/05/qardaha", outlet="مجلة الساحل",
    published="2026-05-21", incident="qardaha-checkpoint-attack-2026-05",
    events=[
        ev(B, "Armed clash", "2026-05-19", uag("Syria"), SYR_POL, "qardaha", 3,
           "قُتل عنصران من الأمن العام وأحد المهاجمين في تبادل لإطلاق النار استمر قرابة نصف ساعة"),
        ev(S, "Looting/property destruction", "2026-05-07", uag("Syria"), civ("Syria"), "qardaha", 0,
           "اقتحم مجهولون منزل ضابط متقاعد في الحي الشمالي من القرداحة، ونهبوا أثاثه وأدواته الكهربائية قبل أن يضرموا فيه النار"),
        ev(S, "Arrests", "2026-05-14", SYR_POL, civ("Syria"), "qutaylibiyah", None,
           "اعتقلت قوى الأمن الداخلي ثمانية شبان من قرية القطيلبية"),
    ],
    notes="Feature; main event the attack on the General Security checkpoint on Tuesday 19 May (2 members + 1 "
          "attacker = 3; General Security is the interior ministry's force: Police Forces of Syria (2024-)), with two "
          "distinct dated side events (looting and arson of an empty house on 7 May: 0 dead; eight arrests on 14 May). "
          "The March 2025 coastal events are history in passing.")

art("w_sy_malah_jordanian_airstrike_salkhad_sitin_local", """
صدى الجبل
الرئيسية | أخبار الجبل | سوريا | اقتصاد | ثقافة | رياضة | اتصل بنا
🔍 بحث

الاثنين 8 حزيران 2026 | آخر تحديث: 11:40

غارة جوية على بلدة ملح في ريف صلخد… مقتل سيدة وطفليها

السويداء – «صدى الجبل»

قُتلت سيدة وطفلاها فجر اليوم الاثنين جراء غارة جوية استهدفت منزلاً في الحي الشرقي من بلدة ملح بريف صلخد جنوب شرقي السويداء، نُسبت إلى سلاح الجو الأردني، بحسب ما أفاد مراسل «صدى الجبل» ومصادر طبية في المستشفى الوطني بصلخد.

وقال شهود إن طائرتين حلّقتا على علو منخفض قرابة الثالثة فجراً قبل أن تستهدفا المنزل ومستودعاً زراعياً ملاصقاً له، ما أدى إلى تدميرهما بالكامل. وأكد أحد الجيران أن العائلة «لا علاقة لها بالتهريب»، وأن ربّ الأسرة يعمل في تركيب الألواح الشمسية.

ولم يصدر تعليق رسمي فوري من عمّان، غير أن مصدراً عسكرياً أردنياً قال لوسائل إعلام محلية إن القوات المسلحة «تتعامل بكل حزم مع أوكار تجار المخدرات والسلاح على الحدود الشمالية»، من دون أن يؤكد تنفيذ الغارة أو ينفيه.

وكان العشرات من أهالي صلخد قد اعتصموا يوم السبت الماضي في ساحة البلدة، رافعين لافتات تطالب بـ«ضبط الحدود ووقف الغارات العشوائية»، ومحمّلين الجهات الرسمية مسؤولية التقصير في ملاحقة شبكات التهريب.

📌 اقرأ أيضاً:
• في ذكرى معركة المزرعة: كيف صدّ أبناء الجبل الحملة الفرنسية عام 1925؟
• أسعار المازوت ترتفع مجدداً في أسواق السويداء

شارك الخبر: فيسبوك | واتساب | تلغرام | نسخ الرابط

نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربة التصفح. بمتابعتك التصفح فإنك توافق على ذلك. [موافق]
© 2026 صدى الجبل – جميع الحقوق محفوظة
""", url="https://sada-aljabal.example/news/2026/06/08/malah-airstrike", outlet="صدى الجبل",
    published="2026-06-08", incident="malah-airstrike-2026-06",
    events=[
        ev(E, "Air/drone strike", "2026-06-08", JOR, civ("Syria"), "malah", 3,
           "قُتلت سيدة وطفلاها فجر اليوم الاثنين جراء غارة جوية استهدفت منزلاً في الحي الشرقي من بلدة ملح"),
        ev(P, "Peaceful protest", "2026-06-06", protesters("Syria"), None, "salkhad", None,
           "اعتصموا يوم السبت الماضي في ساحة البلدة"),
    ],
    notes="Local page with menu, 'read also' block (the 1925 battle is history), share widget, cookie notice and "
          "footer. The strike is attributed to the Jordanian air force by the outlet; Jordan neither confirms nor "
          "denies. Side event: a peaceful sit-in in Salkhad on the previous Saturday (6 June).")


# ===================================================================== Lebanon-Syria border: one incident, two outlets
art("w_lb_hosh_sayyed_ali_clan_clash_qasr_shelling_local", """
البقاع اليوم
أخبار | البقاع | الهرمل | بعلبك | لبنان | رأي | فيديو

الجمعة 3 تموز 2026

قتيلان من العشائر في اشتباكات حوش السيد علي… وقذائف سورية تقتل امرأة في القصر

الهرمل – «البقاع اليوم»

عاد التوتر ليخيّم على الحدود اللبنانية السورية في ريف الهرمل، بعد اشتباكات عنيفة اندلعت بعد ظهر أمس الخميس في بلدة حوش السيد علي بين مسلحين من عشائر المنطقة وعناصر من الجيش السوري، أسفرت عن سقوط قتيلين من أبناء البلدة وعدد من الجرحى نُقلوا إلى مستشفى الهرمل الحكومي.

وروى أحد مخاتير البلدة لـ«البقاع اليوم» أن الاشتباك بدأ إثر إطلاق نار على شاحنة صغيرة كانت تعبر جسر الساقية الفاصلة بين شطري البلدة، ثم توسّع ليشمل الرشاشات الثقيلة والقذائف الصاروخية، واستمر حتى ساعات المساء.

وفي وقت لاحق، سقطت قذائف مدفعية مصدرها الجانب السوري على أطراف بلدة القصر المجاورة، ما أدى إلى مقتل امرأة في الستين من عمرها داخل منزلها وإصابة حفيدها بجروح.

وعلى الأثر، عزّز الجيش اللبناني انتشاره على طول الساقية ونشر آليات إضافية عند مداخل البلدتين، فيما أعلنت قيادته في بيان أنها «تتابع الاتصالات مع الجانب السوري لضبط الوضع ومنع تكرار ما جرى».

من جهتها، دعت عشائر المنطقة في بيان إلى «التهدئة وضبط النفس»، لكنها حمّلت القوات السورية مسؤولية «الاعتداء على الآمنين في منازلهم».

🔗 اقرأ أيضاً: بالصور – موسم قطاف المشمش في القاع ينطلق رغم الأوضاع
""", url="https://bekaa-today.example/hermel/2026/07/03/hosh-clashes", outlet="البقاع اليوم",
    published="2026-07-03", incident="hosh-sayyed-ali-border-clash-2026-07",
    events=[
        ev(B, "Armed clash", "2026-07-02", SYR, clan("Lebanon"), "hosh_lb", 2,
           "اشتباكات عنيفة اندلعت بعد ظهر أمس الخميس في بلدة حوش السيد علي بين مسلحين من عشائر المنطقة وعناصر من الجيش السوري"),
        ev(E, "Shelling/artillery/missile attack", "2026-07-02", SYR, civ("Lebanon"), "qasr_lb", 1,
           "سقطت قذائف مدفعية مصدرها الجانب السوري على أطراف بلدة القصر المجاورة، ما أدى إلى مقتل امرأة في الستين من عمرها"),
    ],
    notes="Lebanese local page; same incident as w_sy_hosh_sayyed_ali_smugglers_clash_homs (Syrian account: four "
          "attackers and a soldier killed). This outlet counts only the two local dead. The later shelling of Al-Qasr "
          "(a different village, a civilian killed) is a separate event. Lebanese army reinforcement is not coded.")

art("w_sy_hosh_sayyed_ali_smugglers_clash_homs", """
شبكة حمص الآن
ريف حمص | القصير

الخميس 2 تموز 2026 – 19:05

الدفاع: إحباط محاولة تسلل لمهرّبين قرب حوش السيد علي ومقتل أربعة منهم

أعلنت إدارة الإعلام والاتصال في وزارة الدفاع السورية، اليوم الخميس، أن وحدات حرس الحدود تصدّت لـ«مجموعة مسلحة من مهرّبي المخدرات والسلاح» حاولت التسلل من الأراضي اللبنانية باتجاه قرية حوش السيد علي على الجانب السوري من الحدود في ريف القصير.

وقال البيان إن الاشتباك أسفر عن مقتل أربعة من المهاجمين واستشهاد جندي من حرس الحدود وإصابة اثنين آخرين، مشيراً إلى أن المدفعية «استهدفت مصادر إطلاق النار» بعد تعرّض النقاط الحدودية لقذائف هاون أُطلقت من الجانب الآخر.

وأضاف البيان أن الوزارة «لن تسمح بتحويل الحدود إلى ممرّ للتهريب»، داعياً السلطات اللبنانية إلى «تحمّل مسؤولياتها في ضبط الشريط الحدودي».

في المقابل، نقلت وسائل إعلام لبنانية عن أهالٍ في الشطر اللبناني من البلدة قولهم إن المسلحين «من أبناء العشائر وكانوا يدافعون عن منازلهم»، وإن القتلى سقطوا داخل الأراضي اللبنانية.

وتعيد هذه المواجهة إلى الأذهان اشتباكات شهدتها المنطقة ذاتها في شباط من العام الماضي واستمرت أياماً قبل التوصل إلى تهدئة.
""", url="https://homs-now.example/qusayr/2026/07/02/hosh-border", outlet="شبكة حمص الآن",
    published="2026-07-02", incident="hosh-sayyed-ali-border-clash-2026-07",
    events=[
        ev(B, "Armed clash", "2026-07-02", SYR, uag("Lebanon"), "hosh_sy", 5,
           "الاشتباك أسفر عن مقتل أربعة من المهاجمين واستشهاد جندي من حرس الحدود وإصابة اثنين آخرين"),
    ],
    notes="Syrian account of the incident in w_lb_hosh_sayyed_ali_clan_clash_qasr_shelling_local: 4 attackers + 1 "
          "soldier = 5 (claimed enemy losses counted). Mortar and counter-artillery fire belong to the same battle. "
          "The clashes of February last year are history.")


# ========================================================================================= Iraq: event articles
art("w_iq_jalawla_pmf_post_attack_wire", """
بعقوبة (العراق)، 12 آب/أغسطس (الرافدين الدولية) – قُتل عنصران من «الحشد الشعبي» وأصيب ثلاثة آخرون بجروح في هجوم شنّه مسلحون من تنظيم «داعش» على نقطة مراقبة في أطراف ناحية جلولاء شمال شرقي محافظة ديالى، وفق ما أعلنت مصادر أمنية اليوم الأربعاء.

وأوضح مصدر في قيادة عمليات ديالى أن المهاجمين استخدموا بنادق قنص وقاذفات «آر بي جي» في الهجوم الذي وقع قرابة منتصف ليل الثلاثاء، وأن تبادلاً لإطلاق النار استمر نحو نصف ساعة قبل أن ينسحبوا باتجاه المناطق الوعرة المحاذية لسلسلة جبال حمرين.

ولم يتبنَّ التنظيم الهجوم حتى ساعة إعداد هذا التقرير.

وتشهد المناطق الواقعة بين جلولاء والسعدية هجمات متفرقة منذ سنوات، رغم إعلان الحكومة العراقية النصر العسكري على التنظيم أواخر عام 2017. وتقول السلطات إن خلايا صغيرة ما زالت تستغل التضاريس الوعرة وضعف التنسيق بين القطعات الماسكة للأرض.

(الرافدين الدولية) ن.ع/س.ك
""", url="https://rafidain-intl.example/ar/iraq/2026/08/12/jalawla-attack", outlet="الرافدين الدولية",
    published="2026-08-12", incident="jalawla-pmf-post-attack-2026-08",
    events=[
        ev(B, "Armed clash", "2026-08-11", ISIS, PMF, "jalawla", 2,
           "قُتل عنصران من «الحشد الشعبي» وأصيب ثلاثة آخرون بجروح في هجوم شنّه مسلحون من تنظيم «داعش» على نقطة مراقبة في أطراف ناحية جلولاء"),
    ],
    notes="Wire; the attack came around midnight on Tuesday 11 Aug. Two dead in this account; the local page "
          "w_iq_jalawla_pmf_post_attack_local reports three after a wounded man died.")

art("w_iq_jalawla_pmf_post_attack_local", """
ديالى نيوز
الرئيسية | محليات | أمن | اقتصاد | رياضة | مقالات | فيديو
نستخدم ملفات تعريف الارتباط (كوكيز) لتحسين تجربتك على موقعنا. [موافق] [المزيد]

أمن | 2026/08/12 | 10:25 صباحاً

ارتفاع حصيلة الهجوم على نقطة للحشد في جلولاء إلى ثلاثة شهداء

ديالى نيوز – خاص

ارتفعت حصيلة الهجوم الإرهابي الذي استهدف ليلة أمس نقطة للحشد الشعبي عند أطراف جلولاء إلى ثلاثة شهداء، بعد وفاة أحد الجرحى متأثراً بإصابته صباح اليوم في مستشفى خانقين العام، بحسب مصدر طبي.

وأفاد مصدر أمني «ديالى نيوز» بأن عناصر من عصابات داعش هاجموا النقطة الواقعة قرب قرية الدوّاليب من ثلاثة محاور، مستغلّين انقطاع التيار الكهربائي في المنطقة، ما أدى إلى استشهاد مقاتلين اثنين في الحال وإصابة ثلاثة آخرين.

وأضاف المصدر أن قوة مشتركة من الجيش والحشد اعتقلت صباح اليوم شخصين يُشتبه بتقديمهما الدعم اللوجستي للمهاجمين في قرية مجاورة، وأحالتهما إلى جهات التحقيق المختصة.

وشُيّع الشهداء الثلاثة ظهر اليوم في مسقط رأسهم بمدينة خانقين وسط حضور رسمي وشعبي.

اقرأ أيضاً:
• بالصور.. محافظ ديالى يفتتح جسراً جديداً في بلدروز
• داعش يتبنى هجوماً على رعاة في حوض الوقف العام الماضي.. ماذا تغيّر منذ ذلك الحين؟
• موسم الرمان في ديالى: وفرة في الإنتاج وشكاوى من الأسعار

شارك: فيسبوك | إكس | واتساب | تيليغرام

© 2026 ديالى نيوز. جميع الحقوق محفوظة | سياسة الخصوصية | اتصل بنا
""", url="https://diyala-news.example/security/2026/08/12/jalawla-toll", outlet="ديالى نيوز",
    published="2026-08-12", incident="jalawla-pmf-post-attack-2026-08",
    events=[
        ev(B, "Armed clash", "2026-08-11", ISIS, PMF, "jalawla", 3,
           "ارتفعت حصيلة الهجوم الإرهابي الذي استهدف ليلة أمس نقطة للحشد الشعبي عند أطراف جلولاء إلى ثلاثة شهداء"),
        ev(S, "Arrests", "2026-08-12", IRQ, civ("Iraq"), "jalawla", None,
           "قوة مشتركة من الجيش والحشد اعتقلت صباح اليوم شخصين", optional=True),
    ],
    notes="Local page (menu, cookie banner, 'read also', share bar, footer) on the incident of "
          "w_iq_jalawla_pmf_post_attack_wire; the toll revised upward by the same outlet's medical source (3) "
          "replaces the first figure. Two arrests the next morning: optional. The 'read also' headlines are "
          "boilerplate.")

art("w_iq_security_media_cell_sharqat_baiji_hit_hijri", """
نهرين بوست | بيانات رسمية

خلية الإعلام الأمني
بيان

التاريخ: 10 ربيع الآخر 1448هـ الموافق 21 أيلول 2026م

في إطار عمليات ملاحقة بقايا عصابات داعش الإرهابية، تعلن خلية الإعلام الأمني نتائج العمليات الآتية:

أولاً: نفّذت طائرات F-16 العراقية، يوم أمس الأحد، ضربة جوية دقيقة استهدفت وكراً للإرهابيين في جزيرة الشرقاط ضمن قاطع عمليات صلاح الدين، بناءً على معلومات استخبارية دقيقة، أسفرت عن مقتل أربعة إرهابيين وتدمير الوكر بما فيه من أسلحة وأعتدة.

ثانياً: تمكّنت مفارز مديرية الاستخبارات العسكرية، اليوم الاثنين، من إلقاء القبض على ثلاثة إرهابيين مطلوبين للقضاء وفق أحكام المادة 4 إرهاب في قضاء بيجي.

ثالثاً: عثرت قوة من الفرقة السابعة، يوم السبت، على عبوة ناسفة مزروعة على طريق ريفي شمالي قضاء هيت، وقامت مفرزة المعالجة الهندسية بتفكيكها دون حوادث تُذكر.

وتؤكد الخلية أن العمليات مستمرة لتجفيف منابع الإرهاب وملاحقة فلوله أينما وُجدوا.

خلية الإعلام الأمني
""", url="https://nahrain-post.example/statements/2026/09/21/smc", outlet="نهرين بوست",
    published="2026-09-21", incident="iraq-smc-operations-2026-09-21",
    events=[
        ev(E, "Air/drone strike", "2026-09-20", IRQ, ISIS, "sharqat", 4,
           "ضربة جوية دقيقة استهدفت وكراً للإرهابيين في جزيرة الشرقاط ضمن قاطع عمليات صلاح الدين"),
        ev(S, "Arrests", "2026-09-21", IRQ, ISIS, "baiji", None,
           "إلقاء القبض على ثلاثة إرهابيين مطلوبين للقضاء وفق أحكام المادة 4 إرهاب في قضاء بيجي", optional=True),
        ev(S, "Disrupted weapons use", "2026-09-19", IRQ, ISIS, "hit", None,
           "عثرت قوة من الفرقة السابعة، يوم السبت، على عبوة ناسفة مزروعة على طريق ريفي شمالي قضاء هيت", optional=True),
    ],
    notes="Security communique dated in the Hijri calendar with its Gregorian equivalent (Monday 21 Sept 2026), "
          "listing three operations on three days. The air strike (4 claimed dead) is required; the arrests and "
          "the dismantled IED (actor2 ISIS as the implied planter) are optional.")

art("w_iq_hartha_clan_clash_arrests_truce", """
البصرة برس
محليات | الهارثة

مقتل اثنين بنزاع عشائري في الهارثة… اعتقالات و«عطوة» لشهر

الاثنين 5 تشرين الأول 2026

قُتل شخصان وأصيب خمسة آخرون، بينهم فتى في الخامسة عشرة، في نزاع عشائري مسلح اندلع عصر السبت في ناحية الهارثة شمالي البصرة بين عشيرتين على خلفية خلاف قديم على ملكية بستان نخيل، استُخدمت فيه الأسلحة المتوسطة وقاذفات «آر بي جي».

وقال مصدر في قيادة شرطة البصرة لـ«البصرة برس» إن قوة من الشرطة مسنودة بالجيش طوّقت منطقة النزاع واعتقلت يوم الأحد تسعة مطلوبين من طرفي النزاع، وضبطت بحوزتهم بنادق وكمية من العتاد.

وفي مساء اليوم نفسه، نجح وجهاء وشيوخ عشائر في التوصل إلى «عطوة» مدتها شهر بين الطرفين، تمهيداً لعقد جلسة «فصل» عشائري لتسوية الخلاف، وفق ما أكده أحد الشيوخ المشاركين في الوساطة.

ويأتي النزاع رغم حملة أطلقتها وزارة الداخلية مطلع العام لحصر السلاح بيد الدولة، إذ تشير أرقام غير رسمية إلى تسجيل أكثر من ثلاثين نزاعاً عشائرياً في المحافظة منذ كانون الثاني الماضي.
""", url="https://basra-press.example/local/2026/10/05/hartha-clan", outlet="البصرة برس",
    published="2026-10-05", incident="hartha-clan-clash-2026-10",
    events=[
        ev(B, "Armed clash", "2026-10-03", clan("Iraq"), clan("Iraq"), "hartha", 2,
           "قُتل شخصان وأصيب خمسة آخرون، بينهم فتى في الخامسة عشرة، في نزاع عشائري مسلح اندلع عصر السبت في ناحية الهارثة"),
        ev(S, "Arrests", "2026-10-04", IRQ_POL, clan("Iraq"), "hartha", None,
           "اعتقلت يوم الأحد تسعة مطلوبين من طرفي النزاع"),
        ev(S, "Agreement", "2026-10-04", clan("Iraq"), clan("Iraq"), "hartha", None,
           "نجح وجهاء وشيوخ عشائر في التوصل إلى «عطوة» مدتها شهر بين الطرفين"),
    ],
    notes="Clan clash on Saturday 3 Oct, nine arrests on Sunday and a tribal truce ('atwa') the same evening "
          "(Agreement). The yearly count of clan disputes is a statistic.")

art("w_iq_batifa_kanimasi_turkish_strikes_tv", """
[نص نشرة الأخبار المسائية – قناة روانگە الفضائية – الخميس 25 حزيران 2026]

المذيعة: مشاهدينا مساء الخير، ونبدأ نشرتنا من قضاء زاخو، حيث قُتل شخصان بقصف لطائرة مسيّرة تركية استهدف سيارة قرب ناحية باتيفا عصر اليوم. ينضم إلينا مراسلنا هاوكار محمد من هناك. هاوكار، ما الذي جرى؟

المراسل: مساء الخير. نعم، قرابة الساعة الرابعة عصراً استهدفت الطائرة المسيّرة سيارة رباعية الدفع على الطريق الترابي الواصل بين باتيفا وقرية هيزاوا، ما أدى إلى احتراقها بالكامل ومقتل الشخصين اللذين كانا بداخلها. وزارة الدفاع التركية قالت في بيان مقتضب إنها «حيّدت إرهابيَّين اثنين من حزب العمال الكردستاني»، بينما قال مدير الناحية لنا إن هوية القتيلين لم تُعرف بعد.

المذيعة: وماذا عن القصف المدفعي الذي تحدّث عنه الأهالي في منطقة كاني ماسي؟

المراسل: منذ ساعات الصباح الأولى تعرّضت أطراف ثلاث قرى تابعة لناحية كاني ماسي لقصف مدفعي تركي متقطع، ما تسبّب باندلاع حرائق في بساتين الجوز والكروم. فرق الدفاع المدني تحاول السيطرة على النيران، ولم تُسجَّل أي إصابات بشرية حتى الآن. الأهالي يقولون إن عائلات كثيرة نزحت إلى مركز الناحية خشية تجدد القصف.

المذيعة: شكراً هاوكار. وفي الشأن الاقتصادي، أعلنت وزارة المالية في إقليم كوردستان بدء توزيع رواتب شهر أيار اعتباراً من يوم الأحد المقبل...
""", url="https://rwanga-tv.example/ar/bulletin/2026-06-25-evening", outlet="قناة روانگە الفضائية",
    published="2026-06-25", incident="duhok-turkish-strikes-2026-06-25",
    events=[
        ev(E, "Air/drone strike", "2026-06-25", TUR, PKK, "batifa", 2,
           "قُتل شخصان بقصف لطائرة مسيّرة تركية استهدف سيارة قرب ناحية باتيفا عصر اليوم"),
        ev(E, "Shelling/artillery/missile attack", "2026-06-25", TUR, civ("Iraq"), "kanimasi", 0,
           "تعرّضت أطراف ثلاث قرى تابعة لناحية كاني ماسي لقصف مدفعي تركي متقطع"),
    ],
    notes="TV bulletin transcript (anchor and correspondent). The drone strike victims are claimed by Turkey as PKK "
          "(uncontested in the text); the artillery shelling burned orchards with no casualties (0).")

art("w_iq_weekly_roundup_abbasi_talafar_ranya_mosul", """
العراق الأسبوعي | ملف الأمن

حصاد الأسبوع الأمني في شمال العراق (8 – 14 تشرين الثاني/نوفمبر 2026)

كركوك
يوم الأحد (8 تشرين الثاني)، قُتل جندي وأصيب اثنان آخران بانفجار عبوة ناسفة استهدفت عجلة عسكرية تابعة للجيش على الطريق الزراعي قرب ناحية العباسي غربي كركوك. ويرجّح ضباط في قيادة العمليات أن خلايا داعش زرعت العبوة مستغلة الأمطار التي أعاقت حركة الدوريات. وهذه ثالث عبوة تستهدف القطعات في قاطع الحويجة منذ مطلع الشهر.

نينوى
الثلاثاء، اعتقلت مفرزة من جهاز الأمن الوطني أربعة مشتبه بانتمائهم إلى التنظيم في قضاء تلعفر، بعد متابعة استمرت أسابيع، وفق بيان للجهاز.
وفجر الجمعة، ألقى مجهولون قنبلة يدوية على محل لبيع المشروبات الكحولية في حي الزهور شرقي الموصل، ما ألحق أضراراً بواجهة المحل وأصاب صاحبه بجروح طفيفة. وفتحت شرطة نينوى تحقيقاً في الحادث.

السليمانية
الأربعاء، تظاهر مئات المعلمين والموظفين في قضاء رانية احتجاجاً على تأخر صرف رواتبهم للشهر الثالث على التوالي، ومنعتهم قوات الأسايش من الوصول إلى مبنى القائممقامية، واعتقلت ثلاثة من منظّمي التظاهرة قبل أن تطلق سراحهم مساءً.

على صعيد آخر
عقدت اللجنة الأمنية العليا في نينوى اجتماعها الدوري لبحث خطة تأمين أعياد الميلاد ورأس السنة، فيما أعلنت قيادة عمليات كركوك أنها ستبدأ الأسبوع المقبل عملية تفتيش واسعة في وادي الشاي.

الأسبوع المقبل في «العراق الأسبوعي»: قراءة في أرقام النزوح بعد عشر سنوات على معارك التحرير.
""", url="https://iraq-weekly.example/security/2026/11/14/north-roundup", outlet="العراق الأسبوعي",
    published="2026-11-14", incident="north-iraq-weekly-2026-11-08",
    events=[
        ev(E, "Remote explosive/landmine/IED", "2026-11-08", ISIS, IRQ, "abbasi", 1,
           "قُتل جندي وأصيب اثنان آخران بانفجار عبوة ناسفة استهدفت عجلة عسكرية تابعة للجيش على الطريق الزراعي قرب ناحية العباسي"),
        ev(S, "Arrests", "2026-11-10", IRQ_INT, ISIS, "talafar", None,
           "اعتقلت مفرزة من جهاز الأمن الوطني أربعة مشتبه بانتمائهم إلى التنظيم في قضاء تلعفر", optional=True),
        ev(E, "Grenade", "2026-11-13", uag("Iraq"), civ("Iraq"), "mosul_zuhur", 0,
           "ألقى مجهولون قنبلة يدوية على محل لبيع المشروبات الكحولية في حي الزهور شرقي الموصل"),
        ev(P, "Protest with intervention", "2026-11-11", protesters("Iraq"), ASAYISH_KRG, "ranya", None,
           "تظاهر مئات المعلمين والموظفين في قضاء رانية احتجاجاً على تأخر صرف رواتبهم"),
    ],
    notes="Weekly round-up of 8-14 Nov with weekday dates (Sunday 8, Tuesday 10, Wednesday 11, Friday 13). The IED "
          "is attributed to ISIS by officers (tentatively). The Ranya protest was blocked with three arrests: protest "
          "with intervention. The planned Wadi al-Shay operation and the security meeting are not events.")


# ====================================================================================== Lebanon: event articles
art("w_lb_liveblog_nabi_chit_yaroun_yater", """
لبنان مباشر | تغطية مستمرة

التطورات الميدانية في الجنوب والبقاع – الأربعاء 25 آذار 2026
🔄 يُحدَّث تلقائياً – الأحدث أولاً

20:15 – وزارة الصحة العامة: ارتفاع حصيلة الغارة الإسرائيلية على بلدة النبي شيت إلى ثلاثة شهداء وسبعة جرحى، بعد انتشال جثة من تحت أنقاض المبنى المستهدف.

18:40 – غارة جوية إسرائيلية تستهدف مبنى من ثلاث طبقات عند الأطراف الشرقية لبلدة النبي شيت في قضاء بعلبك. معلومات أولية عن شهيدين وعدد من الجرحى. الجيش الإسرائيلي زعم في بيان أنه استهدف «مستودع أسلحة تابعاً لحزب الله».

16:05 – رئيس الحكومة يدين «الاعتداءات المتمادية» ويطالب لجنة الإشراف على وقف إطلاق النار بالتحرك الفوري.

15:10 – الجيش الإسرائيلي يفجّر ثلاثة منازل في بلدة يارون الحدودية، بحسب مراسلنا في قضاء بنت جبيل. أعمدة الدخان شوهدت من البلدات المجاورة.

11:25 – مسيّرة إسرائيلية تستهدف دراجة نارية على الطريق العام في بلدة ياطر، ما أدى إلى استشهاد سائقها. الجيش الإسرائيلي قال إن المستهدف «عنصر في حزب الله كان يعمل على إعادة بناء بنى تحتية عسكرية».

09:00 – صباح الخير. نبدأ تغطيتنا لليوم: مسيّرات إسرائيلية تحلّق على علو منخفض فوق قرى قضاءي صور والنبطية منذ ساعات الفجر.

تابعونا على: فيسبوك | إنستغرام | يوتيوب
""", url="https://lubnan-mubashir.example/live/2026-03-25-south-bekaa", outlet="لبنان مباشر",
    published="2026-03-25", incident="lebanon-israeli-strikes-2026-03-25",
    events=[
        ev(E, "Air/drone strike", "2026-03-25", ISR, HEZ, "nabichit", 3,
           "غارة جوية إسرائيلية تستهدف مبنى من ثلاث طبقات عند الأطراف الشرقية لبلدة النبي شيت في قضاء بعلبك"),
        ev(S, "Looting/property destruction", "2026-03-25", ISR, civ("Lebanon"), "yaroun", None,
           "الجيش الإسرائيلي يفجّر ثلاثة منازل في بلدة يارون الحدودية"),
        ev(E, "Air/drone strike", "2026-03-25", ISR, HEZ, "yater", 1,
           "مسيّرة إسرائيلية تستهدف دراجة نارية على الطريق العام في بلدة ياطر، ما أدى إلى استشهاد سائقها"),
    ],
    notes="Live blog, newest entry first. The Nabi Chit toll is revised by the health ministry from two to three "
          "(3). House demolitions by explosives are coded as property destruction. The PM's condemnation and drone "
          "overflights are not events. actor2 Hezbollah follows the Israeli claims, which the text does not contest.")

art("w_lb_qobbeh_custody_death_riot_local", """
طرابلس نيوز
الرئيسية | الشمال | لبنان | عربي ودولي | اقتصاد | رياضة | منوعات

الثلاثاء 28 نيسان 2026

ليلة غضب في القبة بعد وفاة شاب داخل فصيلة الدرك

شهدت منطقة القبة في طرابلس ليل الاثنين – الثلاثاء احتجاجات غاضبة تخللها إحراق إطارات ورشق فصيلة درك القبة بالحجارة وزجاجات المولوتوف، إثر انتشار خبر وفاة الشاب ع. د. (23 عاماً) أثناء توقيفه داخل الفصيلة.

وعمد المحتجون إلى قطع الطريق الرئيسي المؤدي إلى المستشفى الحكومي وإضرام النار في سيارة تابعة لقوى الأمن الداخلي كانت مركونة أمام الفصيلة، قبل أن تتدخّل وحدات من الجيش وتطلق النار في الهواء لتفريقهم. وأفيد عن إصابة ستة عسكريين بجروح طفيفة.

وأعلنت قيادة الجيش في بيان صباح اليوم توقيف خمسة أشخاص «ممن أقدموا على الاعتداء على الفصيلة وإحراق آلية عسكرية».

وتقول عائلة الشاب إن ابنها تعرّض للضرب المبرح بعد توقيفه مساء الأحد بتهمة سرقة دراجة نارية، فيما أعلنت المديرية العامة لقوى الأمن الداخلي أن الوفاة نجمت عن «وعكة صحية مفاجئة»، وأن النيابة العامة كلّفت طبيباً شرعياً بالكشف على الجثة.

الأكثر قراءة:
1. بالأرقام: كم تبلغ كلفة تصليح طريق الضنّية؟
2. مهرجان طرابلس للكتاب يفتح أبوابه الخميس
3. «حرب الأسعار» بين المولّدات تشتعل في أبي سمراء

شارك: فيسبوك | واتساب | إكس
نستخدم ملفات تعريف الارتباط لتحسين خدماتنا. [قبول] [رفض]
© طرابلس نيوز 2026
""", url="https://trablus-news.example/north/2026/04/28/qobbeh-riot", outlet="طرابلس نيوز",
    published="2026-04-28", incident="qobbeh-custody-death-riot-2026-04",
    events=[
        ev(R, "Violent demonstration", "2026-04-27", rioters("Lebanon"), LBN_POL, "qobbeh", 0,
           "احتجاجات غاضبة تخللها إحراق إطارات ورشق فصيلة درك القبة بالحجارة وزجاجات المولوتوف"),
        ev(S, "Arrests", "2026-04-28", LBN, rioters("Lebanon"), "qobbeh", None,
           "توقيف خمسة أشخاص «ممن أقدموا على الاعتداء على الفصيلة وإحراق آلية عسكرية»", optional=True),
        ev(V, "Attack", "2026-04-27", LBN_POL, civ("Lebanon"), "qobbeh", 1,
           "وفاة الشاب ع. د. (23 عاماً) أثناء توقيفه داخل الفصيلة", optional=True),
    ],
    notes="Local page with menu, most-read list, share bar, cookie banner. The night riot (Monday night, 27 April) "
          "is the required event; injuries only (0). The death in custody is disputed (family: beating; police: "
          "illness) and its day is not exact (detained Sunday, death reported Monday): optional Attack. The army's "
          "five arrests are optional.")


# =================================================================================== Palestine: event articles
art("w_ps_fawwar_camp_raid_clash_arrests_wire", """
الخليل (الضفة الغربية) 22 جانفي 2026 (وكالة قرطاج للأنباء) – استُشهد شاب فلسطيني برصاص الجيش الإسرائيلي خلال اشتباك مسلح اندلع فجر اليوم الخميس في مخيم الفوار جنوبي الخليل، فيما اعتقلت القوات الإسرائيلية أحد عشر فلسطينياً خلال عملية استمرت نحو سبع ساعات، وفق مصادر فلسطينية.

وقالت وزارة الصحة الفلسطينية في رام الله إن الشاب (24 عاماً) استُشهد متأثراً بإصابته برصاصة في الصدر، بينما أعلنت «سرايا القدس – كتيبة الفوار» في بيان أن مقاتليها «اشتبكوا مع القوات المقتحمة بالأسلحة الرشاشة وفجّروا عبوة ناسفة بآلية عسكرية».

وأفاد شهود عيان بأن جرافات عسكرية جرّفت أجزاء من الشارع الرئيسي للمخيم ودمّرت شبكة المياه، وأن الجنود استولوا على منزل إحدى العائلات وحوّلوه إلى ثكنة عسكرية ونقطة للقناصة.

ولم يصدر تعليق فوري من الجيش الإسرائيلي على العملية.

وتشهد مخيمات الضفة الغربية منذ مطلع العام الماضي عمليات عسكرية متكررة، أسفرت بحسب معطيات فلسطينية رسمية عن تهجير آلاف السكان من مخيمات الشمال.

(وكالة قرطاج للأنباء – مكتب رام الله)
""", url="https://carthage-news.example/ar/monde/2026/01/22/fawwar-raid", outlet="وكالة قرطاج للأنباء",
    published="2026-01-22", incident="fawwar-camp-raid-2026-01",
    events=[
        ev(B, "Armed clash", "2026-01-22", ISR, PIJ_QUDS, "fawwar", 1,
           "استُشهد شاب فلسطيني برصاص الجيش الإسرائيلي خلال اشتباك مسلح اندلع فجر اليوم الخميس في مخيم الفوار"),
        ev(S, "Arrests", "2026-01-22", ISR, civ("Palestine"), "fawwar", None,
           "اعتقلت القوات الإسرائيلية أحد عشر فلسطينياً خلال عملية استمرت نحو سبع ساعات"),
        ev(S, "Looting/property destruction", "2026-01-22", ISR, civ("Palestine"), "fawwar", None,
           "جرافات عسكرية جرّفت أجزاء من الشارع الرئيسي للمخيم ودمّرت شبكة المياه", optional=True),
        ev(S, "Headquarters or base established", "2026-01-22", ISR, None, "fawwar", None,
           "الجنود استولوا على منزل إحدى العائلات وحوّلوه إلى ثكنة عسكرية ونقطة للقناصة", optional=True),
    ],
    notes="Tunisian wire (Maghrebi month name 'جانفي'). Clash with Al-Quds Brigades during an Israeli raid, one "
          "Palestinian killed; eleven arrests. Bulldozing and the house turned into a post are borderline (optional).")

art("w_ps_kafr_malik_settler_attack_facebook_repost", """
أخبار رام الله والبيرة
‏٣ س · 🌐

نقلاً عن صفحة مجلس قروي كفر مالك:

«تعرّضت بلدتنا الليلة الماضية لهجوم واسع من قطعان المستوطنين الذين تسلّلوا من البؤرة الاستيطانية المقامة على أراضي البلدة، وأضرموا النار في منزلين وأربع مركبات في الحي الشرقي، واعتدوا بالحجارة والهراوات على المواطنين، ما أدى إلى إصابة خمسة منهم بينهم سيدة مسنّة، نُقلوا إلى مجمع فلسطين الطبي في رام الله. وقد وفّرت قوات الاحتلال الحماية للمستوطنين وأطلقت قنابل الغاز على الأهالي الذين هبّوا للتصدي لهم، ثم اعتقلت ثلاثة شبان من البلدة.»

نناشد المؤسسات الحقوقية والدولية التدخل العاجل لوقف هذه الاعتداءات المتكررة، ونؤكد أن أهالي كفر مالك باقون في أرضهم.

#كفر_مالك #رام_الله #إرهاب_المستوطنين

👍 ٢٣٤   💬 ٥٦   ↪️ ٨٩ مشاركة
""", url="https://facebook-mirror.example/ramallah.news/posts/8812", outlet="أخبار رام الله والبيرة (فيسبوك)",
    published="2026-10-19", incident="kafr-malik-settler-attack-2026-10",
    events=[
        ev(V, "Attack", "2026-10-18", SETTLERS, civ("Palestine"), "kafrmalik", 0,
           "أضرموا النار في منزلين وأربع مركبات في الحي الشرقي، واعتدوا بالحجارة والهراوات على المواطنين، ما أدى إلى إصابة خمسة منهم"),
        ev(S, "Arrests", "2026-10-18", ISR, civ("Palestine"), "kafrmalik", None,
           "اعتقلت ثلاثة شبان من البلدة", optional=True),
    ],
    notes="Facebook repost of a village council statement, Eastern Arabic digits in the widgets; 'last night' "
          "anchored on the post date (19 Oct). Settler arson and beatings with five injured: Attack (0 dead). The "
          "army's three arrests are optional; its tear gas at residents is part of the same night and not coded.")

art("w_ps_gaza_moh_daily_report_bureij_zawayda", """
غزة نبض | تقارير

وزارة الصحة: 9 شهداء و31 إصابة وصلوا مستشفيات القطاع خلال 24 ساعة

الاثنين 4 أيار 2026

نشرت وزارة الصحة في غزة ظهر اليوم الاثنين تقريرها الإحصائي اليومي، وجاء فيه: «وصل إلى مستشفيات قطاع غزة خلال الساعات الـ24 الماضية 9 شهداء (منهم 2 انتشال) و31 إصابة، ولا يزال عدد من الضحايا تحت الركام وفي الطرقات ولا تستطيع طواقم الإسعاف والدفاع المدني الوصول إليهم حتى اللحظة».

وبيّنت الوزارة أن الحصيلة التراكمية منذ إعلان وقف إطلاق النار ارتفعت إلى 1,184 شهيداً و3,260 إصابة.

ميدانياً، قال الدفاع المدني إن طواقمه انتشلت جثامين خمسة شهداء، بينهم ثلاثة أطفال، من تحت أنقاض منزل لعائلة أبو سمرة في مخيم البريج وسط القطاع، قصفته طائرات الاحتلال مساء أمس الأحد.

وفجر اليوم، استُشهد شابان بقصف من طائرة مسيّرة إسرائيلية استهدف مجموعة من المواطنين قرب مفترق أبو حسني في بلدة الزوايدة.

كما انتُشل جثمانا شهيدين من حي الشجاعية شرقي مدينة غزة، كانا قد استُشهدا في أوقات سابقة ولم تتمكن الطواقم من الوصول إليهما.

📊 إنفوغراف: الحصيلة اليومية بحسب المحافظات ← اضغط هنا
""", url="https://gaza-pulse.example/reports/2026/05/04/moh-daily", outlet="غزة نبض",
    published="2026-05-04", incident="gaza-moh-daily-2026-05-04",
    events=[
        ev(E, "Air/drone strike", "2026-05-03", ISR, civ("Palestine"), "bureij", 5,
           "انتشلت جثامين خمسة شهداء، بينهم ثلاثة أطفال، من تحت أنقاض منزل لعائلة أبو سمرة في مخيم البريج"),
        ev(E, "Air/drone strike", "2026-05-04", ISR, civ("Palestine"), "zawayda", 2,
           "استُشهد شابان بقصف من طائرة مسيّرة إسرائيلية استهدف مجموعة من المواطنين قرب مفترق أبو حسني في بلدة الزوايدة"),
    ],
    notes="Health-ministry style daily toll update. The 24-hour total (9) and the cumulative figures are not "
          "events; only the two dated, placed strikes are. The two bodies recovered in Shujaiya died earlier, "
          "at unstated dates: not coded.")


# ===================================================================================== Yemen: event articles
art("w_ye_nisab_checkpoint_suicide_car_bomb_local", """
عتق اليوم
الرئيسية | شبوة | اليمن | تقارير | حوارات | رياضة

الاثنين 14 سبتمبر 2026

هجوم انتحاري بسيارة مفخخة يستهدف نقطة لقوات دفاع شبوة في نصاب

عتق – خاص

قُتل ثلاثة جنود من قوات دفاع شبوة إضافة إلى منفذ الهجوم، وأصيب أربعة آخرون، ظهر أمس الأحد، في هجوم انتحاري بسيارة مفخخة استهدف نقطة أمنية عند المدخل الشرقي لمدينة نصاب بمحافظة شبوة.

وقال مصدر عسكري لـ«عتق اليوم» إن انتحارياً يقود سيارة من نوع «هايلوكس» محمّلة بالمتفجرات اقتحم النقطة بسرعة عالية متجاهلاً تحذيرات الجنود، قبل أن يفجّرها وسط الموقع، ما أدى إلى تدمير غرفة الحراسة وعربتين عسكريتين.

وتبنّى تنظيم القاعدة في جزيرة العرب الهجوم في بيان تداولته حسابات مقرّبة منه مساء الأحد، زاعماً أن العملية جاءت «ردّاً على حملات الاعتقال».

وزار محافظ شبوة الجرحى في مستشفى عتق العام، ووجّه برفع الجاهزية في النقاط الأمنية على الطرق المؤدية إلى مديريات مرخة ونصاب والصعيد.

📌 اقرأ أيضاً: مهرجان الموروث الشعبي في عتق يختتم فعالياته بعروض «البرع» والزوامل
""", url="https://ataq-today.example/shabwa/2026/09/14/nisab-suicide-attack", outlet="عتق اليوم",
    published="2026-09-14", incident="nisab-checkpoint-suicide-car-bomb-2026-09",
    events=[
        ev(E, "Suicide bomb", "2026-09-13", AQAP, SHABWANI, "nisab", 4,
           "قُتل ثلاثة جنود من قوات دفاع شبوة إضافة إلى منفذ الهجوم، وأصيب أربعة آخرون، ظهر أمس الأحد، في هجوم انتحاري بسيارة مفخخة"),
    ],
    notes="Local page. Three soldiers plus the bomber, whom the text counts: 4. Shabwa Defence Forces are the "
          "renamed Shabwani Elite Forces. The same incident is told by w_ye_nisab_checkpoint_suicide_car_bomb_wire "
          "with a higher toll.")

art("w_ye_nisab_checkpoint_suicide_car_bomb_wire", """
عدن، 14 سبتمبر/أيلول (الجزيرة العربية للأنباء) - قال مسؤول عسكري يمني إن أربعة جنود قُتلوا وأصيب ستة آخرون عندما فجّر انتحاري سيارة مفخخة عند حاجز لقوات دفاع شبوة في مديرية نصاب يوم الأحد، في هجوم تبنّاه فرع تنظيم القاعدة في اليمن.

وأضاف المسؤول، الذي طلب عدم نشر اسمه لأنه غير مخوّل بالحديث إلى وسائل الإعلام، أن المهاجم قُتل أيضاً في الانفجار، وأن اثنين من الجرحى في حالة حرجة.

ويُعدّ هذا الهجوم الأعنف على القوات المدعومة إماراتياً في محافظة شبوة منذ أشهر، ويأتي بعد سلسلة عمليات شنّتها تلك القوات ضد مواقع التنظيم في وديان المحافظة خلال الصيف.

وكان تنظيم القاعدة قد توعّد في تسجيل مصوّر الشهر الماضي بـ«استهداف كل من يتعاون مع التحالف».

(الجزيرة العربية للأنباء) ع.م
""", url="https://arabia-wire.example/ar/yemen/2026/09/14/nisab-bombing", outlet="الجزيرة العربية للأنباء",
    published="2026-09-14", incident="nisab-checkpoint-suicide-car-bomb-2026-09",
    events=[
        ev(E, "Suicide bomb", "2026-09-13", AQAP, SHABWANI, "nisab", 5,
           "أربعة جنود قُتلوا وأصيب ستة آخرون عندما فجّر انتحاري سيارة مفخخة عند حاجز لقوات دفاع شبوة في مديرية نصاب يوم الأحد"),
    ],
    notes="Wire on the incident of w_ye_nisab_checkpoint_suicide_car_bomb_local: four soldiers plus the attacker "
          "(5). Last month's threat video and the summer operations are background, not events.")

art("w_ye_army_communique_sirwah_maqbanah_husha", """
المركز الإعلامي للقوات المسلحة
بيان صحفي

الأحد ٢٢ رجب ١٤٤٧هـ – الموافق ١١ يناير ٢٠٢٦م

يطلع المركز الإعلامي للقوات المسلحة الرأي العام على أبرز المستجدات الميدانية خلال الساعات الماضية:

١- جبهة صرواح (مأرب): تصدّت قوات الجيش الوطني مساء أمس السبت لهجوم شنّته ميليشيا الحوثي الإرهابية على مواقعها غرب مديرية صرواح، وكبّدتها خسائر فادحة في الأرواح والعتاد، حيث لقي ستة من عناصرها مصرعهم وأصيب آخرون، فيما ارتقى جندي من أبطال الجيش.

٢- محور تعز: قصفت الميليشيا الحوثية صباح اليوم بقذائف الهاون منازل المواطنين في عزلة الأثاور بمديرية مقبنة غربي تعز، ما أسفر عن إصابة طفلين بجروح متفاوتة، في استمرار لاستهدافها المتعمّد للأحياء السكنية.

٣- جبهة الحشاء (الضالع): استعادت قوات الجيش فجر اليوم السيطرة على تبّة الصوح ومواقع محاذية لها في مديرية الحشاء، كانت الميليشيا قد تسللت إليها يوم الجمعة الماضي، وذلك بعد معارك عنيفة تكبّد فيها العدو قتلى وجرحى.

٤- في الجبهة ذاتها، أسقطت الدفاعات الجوية طائرة مسيّرة استطلاعية تابعة للميليشيا كانت تحلّق فوق مواقع الجيش.

والله الموفق،،،
المركز الإعلامي للقوات المسلحة
""", url="https://yemen-army-online.example/statements/2026/01/11", outlet="الجيش اليمني أونلاين",
    published="2026-01-11", incident="yemen-army-fronts-2026-01-11",
    events=[
        ev(B, "Armed clash", "2026-01-10", HOUTHIS, YEM, "sirwah", 7,
           "تصدّت قوات الجيش الوطني مساء أمس السبت لهجوم شنّته ميليشيا الحوثي الإرهابية على مواقعها غرب مديرية صرواح"),
        ev(E, "Shelling/artillery/missile attack", "2026-01-11", HOUTHIS, civ("Yemen"), "maqbanah", 0,
           "قصفت الميليشيا الحوثية صباح اليوم بقذائف الهاون منازل المواطنين في عزلة الأثاور بمديرية مقبنة"),
        ev(B, "Government regains territory", "2026-01-11", YEM, HOUTHIS, "husha", None,
           "استعادت قوات الجيش فجر اليوم السيطرة على تبّة الصوح ومواقع محاذية لها في مديرية الحشاء"),
        ev(B, "Non-state actor overtakes territory", "2026-01-09", HOUTHIS, YEM, "husha", None,
           "كانت الميليشيا قد تسللت إليها يوم الجمعة الماضي", optional=True),
        ev(S, "Disrupted weapons use", "2026-01-11", YEM, HOUTHIS, "husha", None,
           "أسقطت الدفاعات الجوية طائرة مسيّرة استطلاعية تابعة للميليشيا", optional=True),
    ],
    notes="Army communique with Eastern Arabic digits and a Hijri date with its Gregorian equivalent, listing "
          "operations on several fronts. Sirwah: 6 Houthis claimed + 1 soldier = 7. Maqbanah shelling: two children "
          "injured (0). Al-Husha: a hill regained today ('enemy dead and wounded' gives no figure: null); its seizure "
          "on Friday 9 Jan and the downed drone are optional.")

art("w_ma_outlet_ras_isa_israeli_strikes_red_sea_ship", """
الرباط 24
دولي | الشرق الأوسط

الاثنين 24 غشت 2026 – 10:12

غارات إسرائيلية على ميناء رأس عيسى غرب اليمن تخلّف ثلاثة قتلى

الرباط 24 – وكالات

شنّ الطيران الحربي الإسرائيلي ليلة الأحد 23 غشت سلسلة غارات على ميناء رأس عيسى النفطي في محافظة الحديدة غربي اليمن، ما أسفر عن مقتل ثلاثة عمال وإصابة ثمانية آخرين، وفق حصيلة أولية أعلنتها وزارة الصحة في حكومة صنعاء.

وقال الجيش الإسرائيلي في بيان إن الغارات استهدفت «بنى تحتية يستخدمها نظام الحوثيين لتهريب النفط والأسلحة الإيرانية»، مؤكداً أنه «سيواصل العمل ضد أي تهديد».

وجاءت الغارات بعد ساعات من إعلان الحوثيين إطلاق صاروخ باليستي على سفينة تجارية قالوا إنها «مرتبطة بالكيان» في البحر الأحمر. وأكدت هيئة عمليات التجارة البحرية البريطانية أن سفينة أبلغت عن انفجار على مسافة قريبة منها على بعد 60 ميلاً بحرياً غرب الحديدة، من دون وقوع أضرار أو إصابات في صفوف الطاقم.

وتوعّد المتحدث العسكري باسم الحوثيين بـ«ردّ موجع»، فيما دعت الأمم المتحدة جميع الأطراف إلى «ضبط النفس وتجنيب المنشآت المدنية».

تابعوا آخر الأخبار على قناتنا في واتساب
""", url="https://rabat24.example/international/2026/08/24/ras-isa-strikes", outlet="الرباط 24",
    published="2026-08-24", incident="ras-isa-strikes-2026-08",
    events=[
        ev(E, "Air/drone strike", "2026-08-23", ISR, civ("Yemen"), "ras_isa", 3,
           "شنّ الطيران الحربي الإسرائيلي ليلة الأحد 23 غشت سلسلة غارات على ميناء رأس عيسى النفطي"),
        ev(E, "Shelling/artillery/missile attack", "2026-08-23", HOUTHIS, None, "hodeidah_sea", 0,
           "سفينة أبلغت عن انفجار على مسافة قريبة منها على بعد 60 ميلاً بحرياً غرب الحديدة", optional=True),
    ],
    notes="Moroccan outlet (Moroccan month name 'غشت') relaying agencies. The port strikes killed three workers "
          "(civilian victims). The Houthi missile at a ship at sea is optional and placed at Al Hudaydah as the "
          "nearest coded point (the spot lies at sea). The Houthi vow of revenge is a threat.")

art("w_ye_ahwar_aqap_drone_security_belt_local", """
أبين الحدث
الرئيسية | أبين | عدن | محليات | رياضة | كتابات

الاثنين 13 رمضان 1447هـ – الموافق 2 مارس 2026م

مقتل جنديين من الحزام الأمني بطائرة مسيّرة مفخخة في أحور

أحور – «أبين الحدث»

قُتل جنديان من قوات الحزام الأمني وأصيب ثالث، مساء أمس الأحد، إثر استهداف طقمهم العسكري بطائرة مسيّرة مفخخة في مديرية أحور شرقي محافظة أبين.

وقال مصدر أمني إن الطائرة انقضّت على الطقم أثناء عودته من نقطة تفتيش على الخط الساحلي إلى مقر القوات وسط مدينة أحور، واتهم تنظيم القاعدة بالوقوف وراء الهجوم، مشيراً إلى أن التنظيم «بات يعتمد على المسيّرات بعد خسارته مواقعه في الوديان».

وشنّت قوات الحزام الأمني صباح اليوم حملة دهم وتفتيش في عدد من أحياء مدينة أحور، أسفرت عن اعتقال سبعة مشتبه بهم ومصادرة قطع من طائرات مسيّرة ومعدات تفجير.

وتعيش مديريات أبين الشرقية منذ أشهر على وقع هجمات متقطعة يتبنّاها التنظيم أو تُنسب إليه.

شارك الخبر عبر: واتساب | فيسبوك | تلغرام
جميع الحقوق محفوظة © أبين الحدث
""", url="https://abyan-event.example/abyan/2026/03/02/ahwar-drone", outlet="أبين الحدث",
    published="2026-03-02", incident="ahwar-aqap-drone-2026-03",
    events=[
        ev(E, "Air/drone strike", "2026-03-01", AQAP, SBF, "ahwar", 2,
           "قُتل جنديان من قوات الحزام الأمني وأصيب ثالث، مساء أمس الأحد، إثر استهداف طقمهم العسكري بطائرة مسيّرة مفخخة"),
        ev(S, "Arrests", "2026-03-02", SBF, civ("Yemen"), "ahwar", None,
           "حملة دهم وتفتيش في عدد من أحياء مدينة أحور، أسفرت عن اعتقال سبعة مشتبه بهم", optional=True),
    ],
    notes="Local page dated in the Hijri calendar with its Gregorian equivalent. An explosive drone attributed by a "
          "security source to AQAP: Air/drone strike (2). The next day's raid with seven arrests is optional.")

art("w_ye_baqim_migrants_shot_ghamr_shelling_radio", """
راديو يمن إف إم – نشرة أخبار الثامنة صباحاً
الثلاثاء ٣ نوفمبر ٢٠٢٦

[موسيقى الافتتاح]

المذيع: صباح الخير مستمعينا الكرام، وهذه أبرز عناوين نشرتنا:
– مقتل أربعة مهاجرين إثيوبيين بنيران حرس الحدود السعودي في صعدة.
– إصابة مزارع بقصف مدفعي على مديرية غمر.
– ارتفاع أسعار الغاز المنزلي في العاصمة.

وفي التفاصيل: قُتل أربعة مهاجرين إثيوبيين وأصيب تسعة آخرون، يوم أمس الاثنين، بنيران حرس الحدود السعودي في منطقة آل ثابت بمديرية باقم الحدودية في محافظة صعدة، بحسب مصدر طبي في مستشفى صعدة الجمهوري قال لإذاعتنا إن بين الجرحى امرأتين وإن حالة ثلاثة منهم حرجة.

وفي مديرية غمر، أصيب مزارع بجروح جراء قصف مدفعي سعودي استهدف مزرعته صباح اليوم، وفق مصادر محلية.

وتقول منظمات إنسانية إن المهاجرين القادمين من القرن الأفريقي يتعرّضون لانتهاكات متكررة على الحدود، فيما لم يصدر تعليق من الجانب السعودي.

[فاصل]

المذيع: وفي الشأن الاقتصادي، سجّلت أسعار أسطوانة الغاز المنزلي ارتفاعاً جديداً في أسواق صنعاء…
""", url="https://yemen-fm.example/news/2026-11-03-0800", outlet="راديو يمن إف إم",
    published="2026-11-03", incident="saada-border-fire-2026-11",
    events=[
        ev(V, "Attack", "2026-11-02", KSA, civ("Ethiopia"), "baqim", 4,
           "قُتل أربعة مهاجرين إثيوبيين وأصيب تسعة آخرون، يوم أمس الاثنين، بنيران حرس الحدود السعودي في منطقة آل ثابت بمديرية باقم"),
        ev(E, "Shelling/artillery/missile attack", "2026-11-03", KSA, civ("Yemen"), "ghamr", 0,
           "أصيب مزارع بجروح جراء قصف مدفعي سعودي استهدف مزرعته صباح اليوم"),
    ],
    notes="Radio news transcript with headlines then details, Eastern Arabic digits in the header. Border guards are "
          "coded as the Saudi military. The migrants are Ethiopian civilians; the farmer was injured only (0). "
          "Ghamr is only known at district level.")


# ====================================================================================== Jordan: event article
art("w_jo_husn_camp_mob_violence_local", """
إربد نيوز
الرئيسية | محليات | حوادث | اقتصاد | جامعات | رياضة

الاثنين 20 تموز 2026

أعمال شغب في مخيم الحصن بعد وفاة طفل دهساً… وإحراق مركبات ومحل تجاري

إربد – «إربد نيوز»

أقدم عشرات من ذوي طفل توفي دهساً، مساء أمس الأحد، على مهاجمة منزل عائلة سائق المركبة المتسببة بالحادث في مخيم الحصن جنوبي إربد، وأضرموا النار في ثلاث مركبات ومحل تجاري تعود ملكيتها للعائلة، ما استدعى تدخل قوات الدرك التي استخدمت الغاز المسيل للدموع لتفريق المتجمهرين.

وقال الناطق الإعلامي باسم مديرية الأمن العام إن ثلاثة من رجال الأمن أصيبوا بجروح طفيفة جراء الرشق بالحجارة، وإنه جرى خلال الليل القبض على 12 شخصاً من المتورطين في أعمال الشغب والاعتداء على الممتلكات، مؤكداً أن سائق المركبة موقوف منذ لحظة وقوع الحادث.

وكان الطفل، البالغ من العمر سبع سنوات، قد فارق الحياة متأثراً بإصابته بعد أن صدمته مركبة مسرعة أمام منزل ذويه ظهر الأحد.

وناشد وجهاء المخيم الأهالي التحلي بالهدوء وترك الأمر للقضاء، فيما أعلنت الحكومة تشكيل لجنة لتقدير الأضرار.

أخبار ذات صلة:
• «معركة» الأسعار في سوق الخضار المركزي… من يربح؟
• إربد: حملة لإزالة الاعتداءات على الأرصفة

شارك: فيسبوك | واتساب | إكس
""", url="https://irbid-news.example/accidents/2026/07/20/husn-camp-riot", outlet="إربد نيوز",
    published="2026-07-20", incident="husn-camp-mob-2026-07",
    events=[
        ev(R, "Mob violence", "2026-07-19", rioters("Jordan"), civ("Jordan"), "husn", 0,
           "أقدم عشرات من ذوي طفل توفي دهساً، مساء أمس الأحد، على مهاجمة منزل عائلة سائق المركبة المتسببة بالحادث في مخيم الحصن"),
        ev(S, "Arrests", "2026-07-19", JOR_POL, rioters("Jordan"), "husn", None,
           "جرى خلال الليل القبض على 12 شخصاً من المتورطين في أعمال الشغب", optional=True),
    ],
    notes="Local page with menu, related-news block and share bar. Revenge attack by a crowd on a family's house, "
          "cars and shop: mob violence (injuries only: 0). The traffic death itself is an accident, not an event; the "
          "night arrests are optional.")


# ====================================================================================== hard non-event articles
NONE = dict(incident=None, events=[])

art("w_iq_erbil_paintball_championship_war_game", """
أربيل تستضيف بطولة «الپینت بول» الأولى… معارك بالألوان بدل الرصاص

أربيل – خاص

على أرض ترابية مليئة بالسواتر والبراميل المطلية في أطراف أربيل، «اشتبك» يوم الجمعة ستة عشر فريقاً في البطولة الأولى للعبة «الپینت بول» على مستوى إقليم كوردستان، وسط تصفيق مئات المتفرجين الذين احتشدوا خلف الشباك الواقية.

ارتدى اللاعبون خوذاً وأقنعة ودروعاً خفيفة، وتسلّحوا ببنادق تطلق كرات الطلاء الملون. وفي المباراة النهائية نصب فريق «نسور برادوست» كميناً محكماً لفريق «صقور السليمانية» عند «القلعة» الخشبية في وسط الساحة، و«قُتل» خمسة من لاعبي الخصم خلال أقل من دقيقتين، قبل أن يرفع قائده العلم معلناً «تحرير» الموقع.

يقول حكم البطولة إن اللعبة «حرب بلا دماء»، تعلّم العمل الجماعي والانضباط. أما اللاعب آزاد، وهو مقاتل سابق في البيشمركة شارك في معارك 2015 ضد داعش، فيضحك قائلاً: «هنا أخسر بكرة طلاء زرقاء، وهناك كنا نخسر أصدقاءنا».

وتأمل الجهة المنظمة أن تتحول البطولة إلى حدث سنوي يستقطب فرقاً من بغداد والبصرة، بعدما سجلت مشاركة لافتة للنساء هذا العام.
""", url="https://kurdistan-sport.example/ar/2026/05/16/paintball-erbil", outlet="كوردستان سبورت",
    published="2026-05-16",
    notes="Hard non-event: a paintball tournament described with war vocabulary (ambush, killed, liberated); the "
          "2015 battles are a veteran's memory.", **NONE)

art("w_sy_aleppo_citadel_war_photo_exhibition", """
«حلب التي رأيناها»… معرض صور يعيد سنوات الحرب إلى جدران القلعة

حلب – الثلاثاء 3 شباط 2026

افتُتح مساء أمس في القاعة الأيوبية بقلعة حلب معرض «حلب التي رأيناها»، الذي يضم أكثر من مئة وعشرين صورة التقطها مصورون محليون بين عامي 2012 و2016، توثّق القصف بالبراميل المتفجرة على أحياء الشعار والكلاسة وبستان القصر، وطوابير الخبز، وخطوط التماس التي قسمت المدينة شطرين.

في إحدى الزوايا صورة بالأبيض والأسود لطفل يحمل أخاه الصغير بين الركام بعد غارة على حي الصاخور في صيف 2016، وإلى جانبها صورة لقناص يختبئ خلف كيس رمل في حي سيف الدولة. يقول المصوّر أحمد.ش، الذي فقد ساقه بشظية قذيفة هاون عام 2014، إن المعرض «ليس لنكء الجراح بل كي لا ننسى».

وشهد الافتتاح حضوراً كثيفاً من أهالي المدينة، بينهم عائلات تعرّفت على وجوه أقاربها في الصور. ويستمر المعرض حتى نهاية شباط، على أن ينتقل لاحقاً إلى دمشق وحمص.
""", url="https://halab-culture.example/2026/02/03/exhibition", outlet="حلب الثقافية",
    published="2026-02-03",
    notes="Hard non-event: a photo exhibition recalling 2012-2016 bombardment, sniping and shelling; only history.",
    **NONE)

art("w_lb_bekaa_hunting_season_rules", """
وزارة البيئة تفتتح موسم الصيد البري… ومنع إطلاق النار قرب الحدود

بيروت – «الوطن اللبناني»

أصدر وزير البيئة قراراً بافتتاح موسم الصيد البري للعام 2026–2027 اعتباراً من الأول من تشرين الأول وحتى نهاية شباط، محدداً أنواع الطيور المسموح صيدها وعدد الطلقات والخراطيش المسموح بحملها لكل صياد.

ويمنع القرار الصيد منعاً باتاً في المناطق الحدودية الشرقية في البقاع والهرمل، وفي بلدات الجنوب الواقعة جنوب نهر الليطاني، «حفاظاً على سلامة المواطنين في ظل وجود ذخائر غير منفجرة وقنابل عنقودية من مخلّفات الحروب».

وحذّر الجيش اللبناني في بيان مرافق من الاقتراب من الأجسام المشبوهة، داعياً الصيادين إلى الإبلاغ الفوري عن أي قذيفة أو لغم يعثرون عليه. وكانت المواسم الماضية قد شهدت حوادث عدة أودت بحياة صيادين جراء انفجار مخلّفات حربية أو إطلاق نار عشوائي.

ويُلزم القرار كل صياد بحيازة رخصة سارية وتأمين ضد الحوادث، تحت طائلة مصادرة السلاح وتغريم المخالفين بمبلغ يصل إلى خمسين مليون ليرة.
""", url="https://alwatan-lb.example/environment/2026/09/15/hunting-season", outlet="الوطن اللبناني",
    published="2026-09-15",
    notes="Hard non-event: hunting-season regulations with bans near the borders, warnings about unexploded "
          "ordnance and vague past accidents.", **NONE)

art("w_ps_prisoners_society_october_arrests_statistics", """
نادي الأسير: 640 حالة اعتقال في الضفة خلال تشرين الأول بينهم 45 طفلاً

رام الله – «فلسطين اليوم الإخبارية»

قال نادي الأسير الفلسطيني في تقريره الشهري الصادر اليوم الاثنين إن القوات الإسرائيلية نفّذت خلال شهر تشرين الأول الماضي نحو 640 حالة اعتقال في الضفة الغربية بما فيها القدس، بينهم 45 طفلاً و19 امرأة.

وأوضح التقرير أن محافظة الخليل سجّلت العدد الأعلى من حالات الاعتقال بـ162 حالة، تلتها محافظتا جنين ونابلس، مشيراً إلى أن غالبية الاعتقالات جرت خلال اقتحامات ليلية رافقتها عمليات تنكيل وتخريب لمحتويات المنازل.

وبيّن النادي أن عدد الأسرى في سجون الاحتلال بلغ حتى مطلع تشرين الثاني أكثر من 9,800 أسير، بينهم 3,350 معتقلاً إدارياً، فيما ارتفع عدد الأسرى الذين استُشهدوا داخل السجون منذ تشرين الأول 2023 إلى 81.

وطالب النادي المؤسسات الدولية بالضغط لوقف سياسة الاعتقال الإداري والكشف عن مصير المعتقلين من قطاع غزة.
""", url="https://palestine-today-news.example/prisoners/2026/11/02/october-report", outlet="فلسطين اليوم الإخبارية",
    published="2026-11-02",
    notes="Hard non-event: a monthly statistics report on arrests and prisoners without any dated, placed incident.",
    **NONE)

art("w_ye_khawkhah_fishermen_storm_missing", """
غرق قاربي صيد قبالة الخوخة… وفقدان أربعة صيادين

الحديدة – 30 يونيو 2026 – «تهامة نت»

أعلنت مصلحة خفر السواحل في قطاع البحر الأحمر فقدان أربعة صيادين وانتشال جثتي اثنين آخرين، بعد غرق قاربي صيد قبالة سواحل مديرية الخوخة جنوبي محافظة الحديدة، جراء عاصفة بحرية مفاجئة ضربت المنطقة مساء الأحد.

وقال مدير مكتب الثروة السمكية في المديرية إن الأمواج تجاوز ارتفاعها ثلاثة أمتار، وإن زوارق خفر السواحل وصيادين متطوعين يواصلون عمليات البحث رغم سوء الأحوال الجوية.

وكان مركز الأرصاد قد حذّر قبل يومين من رياح قوية واضطراب في البحر، داعياً الصيادين إلى عدم الإبحار. ويشكو صيادو الخوخة منذ سنوات من تقلّص مناطق الصيد بسبب الألغام البحرية المنتشرة قرب الساحل ومخاطر التوتر العسكري في البحر الأحمر، ما يدفعهم إلى المغامرة في مياه أبعد.

وناشدت جمعية الصيادين الجهات المعنية تعويض أسر الضحايا وتوفير أجهزة اتصال وسترات نجاة.
""", url="https://tihama-net.example/hodeidah/2026/06/30/khawkhah-boats", outlet="تهامة نت",
    published="2026-06-30",
    notes="Hard non-event: fishermen drowned or missing in a storm; naval mines and military tension are only "
          "background.", **NONE)

art("w_ye_marib_question_new_houthi_offensive", """
تحليل | هل تعود معركة مأرب إلى الواجهة؟

مأرب برس الإلكتروني – 20 أبريل 2026

تتزايد في الأسابيع الأخيرة التساؤلات حول احتمال أن يشنّ الحوثيون هجوماً واسعاً جديداً على مأرب، بعد تقارير عن تعزيزات عسكرية دفعت بها الجماعة نحو جبهات صرواح والجوبة ورحبة، وخطابات نارية لقادتها تتحدث عن «معركة تحرير الثروات».

يرى الباحث العسكري عبدالله الحميري أن الجماعة «تستخدم التحشيد ورقة ضغط تفاوضية أكثر منه استعداداً حقيقياً للهجوم»، مذكّراً بأن معارك 2021 كلّفتها آلاف المقاتلين دون أن تتمكن من دخول المدينة. في المقابل، يحذّر مسؤول محلي من أن «أي انهيار في مسار التهدئة سيجعل مأرب الهدف الأول»، داعياً الحكومة إلى تعزيز الدفاعات وتحصين خطوط الإمداد.

فهل تكون الأسابيع المقبلة حاسمة؟ وهل يملك التحالف والحكومة القدرة على الصمود إذا اندلعت المواجهة؟ أسئلة تبقى معلّقة في مدينة يعيش فيها أكثر من مليوني نازح، يعرف كثير منهم طعم الحرب جيداً.
""", url="https://marib-press-online.example/analysis/2026/04/20/marib-front", outlet="مأرب برس الإلكتروني",
    published="2026-04-20",
    notes="Hard non-event: analysis built on questions about a possible offensive; reinforcements are reported "
          "vaguely, 2021 battles are history.", **NONE)

art("w_jo_karameh_battle_anniversary_lecture", """
جامعة اليرموك تحيي الذكرى الثامنة والخمسين لمعركة الكرامة

إربد – السبت 21 آذار 2026 – «الرأي الأردنية الإلكترونية»

نظّمت كلية الآداب في جامعة اليرموك اليوم ندوة بعنوان «الكرامة… يوم انتصرت الإرادة»، إحياءً للذكرى الثامنة والخمسين لمعركة الكرامة التي خاضها الجيش العربي الأردني في الحادي والعشرين من آذار عام 1968.

واستعرض المحاضر، اللواء المتقاعد محمود الزعبي، مجريات المعركة التي بدأت فجراً بعبور القوات الإسرائيلية نهر الأردن عند جسور الملك حسين والأمير محمد ووادي شعيب، وكيف تصدّت لها المدفعية والدروع الأردنية حتى انسحبت قبل مغيب الشمس مخلّفة آليات مدمّرة.

وروى أحد قدامى المحاربين كيف أصيب بشظية في كتفه وهو يقاتل قرب بلدة الكرامة، قائلاً إن «رائحة البارود ما زالت في أنفي حتى اليوم».

وفي ختام الندوة، افتُتح معرض لصور ووثائق المعركة، ووُضع إكليل من الزهور على النصب التذكاري للشهداء في حرم الجامعة.
""", url="https://alrai-jo-online.example/local/2026/03/21/karameh-lecture", outlet="الرأي الأردنية الإلكترونية",
    published="2026-03-21",
    notes="Hard non-event: anniversary lecture on the 1968 battle of Karameh; history and a veteran's memories.",
    **NONE)

art("w_iq_basra_weapons_buyback_campaign", """
شرطة البصرة تطلق حملة لشراء الأسلحة المتوسطة من العشائر… ومهلة ستين يوماً

البصرة – 12 تشرين الأول 2026 – «شط العرب نيوز»

أعلنت قيادة شرطة البصرة اليوم إطلاق حملة لشراء الأسلحة المتوسطة والثقيلة من المواطنين والعشائر بأسعار محددة، ضمن خطة وزارة الداخلية لحصر السلاح بيد الدولة، على أن تستمر الحملة ستين يوماً تبدأ الأحد المقبل.

وقال قائد الشرطة في مؤتمر صحفي إن الحملة تشمل الرشاشات والقاذفات وقنابر الهاون، وإن مكاتب استلام ستُفتح في مراكز الأقضية والنواحي، مؤكداً أن «المرحلة التالية ستشهد حملات دهم وتفتيش ومصادرة بحق من يمتنع عن التسليم».

وأشار إلى أن النزاعات العشائرية في المحافظة حصدت أرواح العشرات خلال العام الماضي، وأن كثيراً منها بدأ «بخلاف بسيط على أرض أو ماء وانتهى بمعارك تُستخدم فيها أسلحة لا تملكها إلا الجيوش».

ورحّب شيوخ عشائر بالخطوة، فيما شكك آخرون في جدواها ما لم تترافق مع ضبط الحدود ومنافذ تهريب السلاح.
""", url="https://shatt-news.example/basra/2026/10/12/weapons-buyback", outlet="شط العرب نيوز",
    published="2026-10-12",
    notes="Hard non-event: a planned weapons buy-back and future raids; yearly clan-conflict deaths are a vague "
          "statistic.", **NONE)

art("w_sy_latakia_offshore_tremor_no_damage", """
هزة أرضية بقوة 4.6 درجات تضرب قبالة الساحل السوري… دون أضرار

اللاذقية – الأربعاء 5 آب 2026

شعر سكان مدن اللاذقية وجبلة وطرطوس فجر اليوم بهزة أرضية بلغت قوتها 4.6 درجات على مقياس ريختر، وقع مركزها في البحر المتوسط على بعد نحو خمسين كيلومتراً غربي اللاذقية وعلى عمق عشرة كيلومترات، بحسب المركز الوطني للزلازل.

وخرج عدد من السكان إلى الشوارع في حالة من الهلع، إذ أعادت الهزة إلى أذهانهم كارثة زلزال شباط 2023 الذي دمّر مئات الأبنية في المحافظة. وقال أحد سكان حي الرمل الجنوبي إن «صوت اهتزاز النوافذ كان يشبه دويّ انفجار».

وأكدت مديرية الدفاع المدني عدم تسجيل أي إصابات أو أضرار مادية، داعية المواطنين إلى الابتعاد عن الأبنية المتصدعة واتباع إرشادات السلامة.
""", url="https://sahil-syria.example/latakia/2026/08/05/tremor", outlet="الساحل السوري اليوم",
    published="2026-08-05",
    notes="Hard non-event: an offshore earthquake with no damage; 'like an explosion' is a simile and 2023 is history.",
    **NONE)

art("w_bh_interior_denies_sitra_protest_dispersal", """
«الداخلية» البحرينية تنفي تفريق تجمّع في سترة: المقاطع المتداولة قديمة

المنامة – «صوت الخليج»

نفت وزارة الداخلية البحرينية اليوم صحة ما تداولته حسابات على مواقع التواصل الاجتماعي عن قيام قوات الأمن بتفريق تجمّع احتجاجي في منطقة سترة مساء أمس باستخدام الغاز المسيل للدموع.

وقالت الوزارة في بيان إن المقاطع المصورة المتداولة «تعود إلى أحداث سابقة جرت قبل سنوات»، وإن الحياة في سترة «طبيعية تماماً»، محذّرة من «نشر الشائعات التي تستهدف زعزعة الأمن والسلم الأهلي»، ومؤكدة أنها ستتخذ الإجراءات القانونية بحق من يروّج لها.

من جهتها، أكدت جمعية حقوقية في المنفى أنها «تتحقق من صحة المقاطع»، دون أن تقدّم تفاصيل إضافية.
""", url="https://sawt-alkhaleej.example/bahrain/2026/06/12/sitra-denial", outlet="صوت الخليج",
    published="2026-06-12",
    notes="Hard non-event: a denial that a protest was dispersed; the claim is unverified and the videos are said to "
          "be old.", **NONE)

art("w_iq_erbil_court_khor_mor_drone_verdict", """
محكمة في أربيل تصدر أحكاماً بالسجن المؤبد على ثلاثة متهمين في قضية استهداف حقل كورمور

أربيل – 9 تموز 2026 – «إقليم بوست»

أصدرت محكمة جنايات أربيل اليوم الخميس أحكاماً بالسجن المؤبد على ثلاثة متهمين، بعد إدانتهم بالمشاركة في التخطيط للهجوم بطائرة مسيّرة على حقل كورمور الغازي في قضاء جمجمال أواخر العام الماضي، والذي تسبب بتوقف الإنتاج لأيام وانقطاع الكهرباء عن مناطق واسعة من الإقليم.

وقال محامي الدفاع إن موكليه سيطعنون في الحكم أمام محكمة التمييز، معتبراً أن «الاعترافات انتُزعت تحت الضغط»، فيما رحّبت وزارة الثروات الطبيعية بالحكم واعتبرته «رسالة لكل من يستهدف البنى التحتية الحيوية».

وكانت السلطات قد أعلنت في وقت سابق تفكيك الخلية المتهمة، من دون الكشف عن الجهة التي تقف خلفها.
""", url="https://iqlim-post.example/courts/2026/07/09/khor-mor-verdict", outlet="إقليم بوست",
    published="2026-07-09",
    notes="Hard non-event: a court verdict about last year's drone attack; no new event.", **NONE)

art("w_sy_bosra_festival_yarmouk_reenactment", """
مهرجان بصرى يعود بعد أربعة عشر عاماً… «معركة اليرموك» على خشبة المسرح الروماني

درعا – الجمعة 2 تشرين الأول 2026 – «حوران الثقافية»

عاد مهرجان بصرى الدولي مساء أمس إلى المسرح الروماني في مدينة بصرى الشام، بعد غياب دام أربعة عشر عاماً، بعرض ملحمي يجسّد معركة اليرموك شارك فيه أكثر من مئتي ممثل وفارس.

وعلى وقع قرع الطبول ودويّ المؤثرات الصوتية، اشتبكت «الجيوش» بالسيوف والرماح على الخشبة، واقتحم الفرسان المدرّج من بوابته الشمالية، قبل أن تختتم الليلة بعرض للألعاب النارية أضاء سماء المدينة الأثرية.

وقال مدير المهرجان إن عودة الفعالية «رسالة بأن حوران تستحق الحياة بعد سنوات الحرب»، فيما عبّر زوار قدموا من السويداء ودمشق والأردن عن سعادتهم بعودة الحياة الثقافية إلى الجنوب.
""", url="https://hawran-culture.example/2026/10/02/bosra-festival", outlet="حوران الثقافية",
    published="2026-10-02",
    notes="Hard non-event: a festival reenacting a 7th-century battle, with fireworks.", **NONE)

art("w_lb_radio_callin_children_war_trauma", """
[إذاعة صوت الجنوب – برنامج «على الهواء» – الثلاثاء 27 كانون الثاني 2026]

المقدّمة: مساء الخير مستمعينا. حلقتنا الليلة عن أطفالنا والخوف الذي يعيشونه. معنا في الاستوديو الاختصاصية النفسية الدكتورة ريما حمدان، وخطوطنا مفتوحة. معنا أول متصلة من النبطية، تفضلي.

المتصلة (أم علي): مساء النور. ابني عمره ثماني سنوات، وكل ما يسمع صوت الـ«إم كا» فوق الضيعة بيركض يتخبّى تحت التخت. امبارح ضلّت المسيّرة فوق البيت طول الليل وما نام. من وقت الحرب، لما انقصف البيت اللي حدّنا، صار يبلّ بالليل.

الدكتورة ريما: هذا رد فعل طبيعي جداً على الصدمة. المهم ألا نقول له «لا تخف» فقط، بل أن نشرح له ما يحدث بكلمات بسيطة ونحافظ على روتين ثابت للنوم.

المقدّمة: متصل ثانٍ من صور، تفضل.

المتصل (أبو حسن): أنا عندي ثلاث بنات، والكبيرة رسمت بالمدرسة دبابات وطيارات بدل الشجر والبيوت. المعلمة اتصلت فيني، شو لازم أعمل؟

الدكتورة ريما: الرسم وسيلة ممتازة للتعبير. لا تمنعها، بل اسألها عن رسمتها واستمع إليها...

المقدّمة: نذكّر بأن جمعيات الدعم النفسي في الجنوب تقدّم جلسات مجانية، والأرقام موجودة على صفحتنا.
""", url="https://sawt-aljanoub-radio.example/programs/ala-alhawa/2026-01-27", outlet="إذاعة صوت الجنوب",
    published="2026-01-27",
    notes="Hard non-event: a radio call-in on children's war trauma; drone overflight and a past strike on a "
          "neighbour's house are recollections without date or new event.", **NONE)

art("w_dz_outlet_opinion_gaza_reconstruction_column", """
رأي | غزة… حين يصبح الإسمنت سلاحاً

بقلم: نور الدين بلقاسم
الجزائر – الأربعاء 6 ماي 2026

لم يكد العالم يلتقط أنفاسه بعد إعلان وقف إطلاق النار حتى تحوّلت غزة إلى ساحة معركة من نوع آخر: معركة الإسمنت والحديد وأنابيب المياه. فالشاحنات التي تقف طوابير على المعابر لا تحمل قذائف، لكنها قادرة على حسم مصير مليوني إنسان.

وإذا كان خبر الأسرة التي انتُشلت جثامينها من تحت ركام منزلها في البريج مطلع الأسبوع قد مرّ سريعاً في نشرات الأخبار، فإنه يذكّرنا بأن الهدنة على الورق شيء، والأمان في البيوت شيء آخر تماماً.

إن الحديث عن «إعادة الإعمار» بينما تُمنع مواد البناء بحجة «الاستخدام المزدوج» ليس سوى استمرار للحرب بوسائل أخرى. والمطلوب اليوم من الدول العربية ألا تكتفي بمؤتمرات المانحين وبياناتها الختامية، بل أن تضغط لفتح المعابر بلا شروط، وأن تموّل مصانع محلية للطوب والإسمنت داخل القطاع.

فغزة لا تحتاج إلى الشفقة، بل إلى الجدران.

* كاتب وصحفي جزائري
""", url="https://el-fajr-dz.example/opinion/2026/05/06/gaza-cement", outlet="الفجر الجزائرية",
    published="2026-05-06",
    notes="Hard non-event: an Algerian opinion column (Maghrebi month name 'ماي') that mentions in passing the "
          "Al-Bureij house strike reported in w_ps_gaza_moh_daily_report_bureij_zawayda; per the gold rules "
          "opinion and passing mentions are not coded.", **NONE)

art("w_kw_ahmadi_refinery_fire_accident", """
حريق محدود في وحدة بمصفاة ميناء الأحمدي… و«البترول الوطنية»: لا شبهة جنائية

الكويت – الأربعاء 18 نوفمبر 2026 – «القبس الرقمي»

اندلع حريق محدود صباح اليوم في إحدى وحدات التكرير بمصفاة ميناء الأحمدي، سُمع على إثره دويّ انفجار في المناطق القريبة، وتمكنت فرق الإطفاء من السيطرة عليه خلال أقل من ساعة.

وقالت شركة البترول الوطنية الكويتية في بيان إن الحريق نجم عن تسرّب في أحد خطوط الغاز أثناء أعمال صيانة دورية، ما أدى إلى إصابة عاملين اثنين بحروق طفيفة نُقلا على إثرها إلى مستشفى الأحمدي، مؤكدة أن «لا شبهة جنائية أو تخريبية» وأن عمليات المصفاة لم تتأثر.

وأعلنت الإدارة العامة للإطفاء تشكيل لجنة فنية للتحقيق في أسباب الحادث، فيما طمأنت وزارة النفط المواطنين بأن الإمدادات المحلية والصادرات تسير بشكل طبيعي.
""", url="https://alqabas-digital.example/economy/2026/11/18/ahmadi-fire", outlet="القبس الرقمي",
    published="2026-11-18",
    notes="Hard non-event: an industrial fire and blast at a refinery, officially accidental.", **NONE)


W = gold_tools.BlindPart(ARTICLES, OUT, prefix="w_", script="_build_w.py", allowed_actors=frozenset(ALLOWED_ACTORS))
known_actor_eras = gold_tools.known_actor_eras
validate, check_directory, main = W.validate, W.check_directory, W.main


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
