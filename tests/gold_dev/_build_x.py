"""Build and validate the dev gold set, part X (x_*.json), written BLIND (the west and the south: Sudan, South Sudan,
Libya, Egypt, the Maghreb, Western Sahara, Mauritania, the central Sahel, Chad, Nigeria, Somalia and Djibouti),
written 2026-11-23.

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
PART/main lines -- nothing in between), the file names in tests/gold_dev/ (to avoid repeating the topics and towns of
earlier parts), the canonical actor names and eras of the actor lexicon (listed through marsad.text.actors.Lexicon,
names_en and eras only, not their Arabic surface forms), and `marsad gazetteer lookup` for coordinates. All texts are
original and fictional (invented incidents at real places, invented outlets with .example domains; statements of real
institutions -- armies, ministries, police directorates, AFRICOM, municipal councils -- are invented too).

Weighting: Sudan (Sennar, Gezira, Central and North Darfur, South Kordofan, River Nile), Libya (Janzour in the
Tripoli suburbs, Al-Qatrun in the south, Zliten), Egypt (the western border), Tunisia, Algeria, Morocco and Western
Sahara, Mauritania, Mali, Burkina Faso, Niger, Chad, Nigeria, Somalia, South Sudan and Djibouti, at towns not used by
earlier parts' file names (Abu Hujar, Jabal Moya, Ad-Dinder, Singa, Rufa'a, Zalingei, Nertiti, Berber, Ad-Damar, Abu
Kershola, Abu Jubaiha, Al-Abbasiya, Rashad, Umm Kaddadah, Tina, Shangil Tobaya, Kairouan, Siliana, Bou Salem, Nador,
Tiznit, Janzour, Al-Qatrun, Siwa, Azazga, Timbuktu, Ber, Kimparana, Kantchari, Mongo, Ouallam, Makalondi, Ayorou,
Kouri Bougoudi, Mafa, Gajiram, Kajuru, Jowhar, Qandala, Marka, Luuq, Leer, Rumbek).
25 event articles and 15 hard non-event articles. All six ACLED event types are represented: Battles (armed clashes,
territory regained, a non-state actor overtaking an army post), Protests (peaceful, with intervention, excessive
force), Riots (violent demonstrations, mob violence), Explosions/Remote violence (air/drone strikes, shelling, a
suicide bomb, an IED, a grenade), Violence against civilians (attacks, sexual violence, abductions) and Strategic
developments (agreements, arrests, disrupted weapons use, looting/property destruction, a non-violent transfer of
territory, and, optional, a base established and a change to group activity).
Styles: wire copy of invented agencies with datelines, local news pages with menus, "read also" blocks, share widgets,
cookie notices, comments and footers, a TV news transcript, a radio bulletin transcript, a radio phone-in programme, a
Facebook repost of a resistance committee, a Telegram repost, an army communique dated in the Hijri calendar listing
four operations on four different days, an army spokesman's statement, a police (DGSN) press release on arrests, a
live blog (newest entry first), a weekly Sahel round-up across three countries, a Somali weekend security round-up, a
human-rights monitor's weekly tally, a feature whose main event comes with a distinct dated side event, and an
opinion column that mentions a recent abduction in passing (coded as an optional event).
Three incidents are told by two outlets each (same `incident` slug, different tolls, wording and date forms): the
Rufa'a market drone strike (14 vs 19 dead), the Janzour clashes (3 vs 5 dead) and the Jowhar mortar attack (2 vs 3
dead).
The 15 non-event articles are full of violent vocabulary but report no new event: a Polisario anniversary parade with
threats, refugee-arrival statistics in Mauritania, an accidental ammunition-depot blast in Djibouti, an earthquake in
Mila, a hunting accident in Ain Draham, a military-service call-up plan in Morocco, a weapons buy-back plan in Zliten,
a stock-market "bloodbath" with war metaphors in Egypt, an RSF commander's threats and the army's reply, a court
martial in Wau for 2025 killings, drought deaths in Gedo, an analysis of a JNIM propaganda video, an airport attack
drill in Ouagadougou, the release of a hostage kidnapped months earlier near Agadez, and a Chadian radio phone-in of
listeners' questions about road banditry.

Dates are written with Maghrebi month names (جانفي-style: أفريل، جويلية، أوت), Moroccan ones (غشت، شتنبر),
Eastern/Egyptian ones (يناير، مارس، أبريل، مايو، يونيو، يوليو، أغسطس، سبتمبر، أكتوبر، نوفمبر), a double Levantine/Eastern
form in a wire (أكتوبر/تشرين الأول), numeric dates (11/4/2026، 27/7/2026، 18-10-2026), the Hijri calendar (a Sudanese army
communique dated only by ١٤-١٩ رمضان ١٤٤٧هـ for its operations; page headers with ربيع الآخر 1448, ذو القعدة 1447, رمضان
1447), relative dates anchored by the publication date (أمس السبت، عصر أمس السبت، ليلة أمس الاثنين، يوم الخميس الماضي،
يوم الأحد الماضي، صباح اليوم الخميس، في اليوم التالي), Eastern Arabic digits (the communique and the Telegram repost) and
number words.

Fatality convention used here (the taxonomy file's conservative one): the lowest credible figure the article gives
for the event; a toll revised by the same or a better-placed source replaces the first one; when sources in one
article disagree, the figure of the local/independent source or the lower one is taken; enemy losses claimed by one
side and not contradicted are counted ("more than 40" counts 40); vague words follow the taxonomy file ("several" 3,
"dozens" 12, "hundreds" 100); a suicide bomber killed by her own charge is counted when the text counts her;
injuries without deaths give 0 only when the text says nobody was killed, else null; null when the text gives no
figure (also for arrests, protests and agreements without casualties). Each article's notes give the reported
figures and who reported them.

Run:  python tests/gold_dev/_build_x.py          (write the files, then validate them)
      python tests/gold_dev/_build_x.py --check  (only validate the files on disk)
Checks: every x_*.json parses and has the gold keys; every evidence span occurs verbatim in its text; incident is
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
SDN = "Military Forces of Sudan (2019-)"
SDN_POL = "Police Forces of Sudan (2019-)"
RSF = "Rapid Support Forces (RSF)"
HILU = "SPLM/A-North (al-Hilu Faction)"
JOINT = "Joint Force of Armed Struggle Movements (Sudan)"
RESIST = "Resistance Committees (Sudan)"
SSD = "Military Forces of South Sudan"
IO = "SPLM/A-In Opposition (SPLM/A-IO)"
SSA = "Stability Support Apparatus (SSA)"
B444 = "444 Brigade"
TBZ = "Tariq bin Ziyad Brigade"
TEBU = "Tebu Ethnic Militia (Libya)"
EGY = "Military Forces of Egypt (2014-)"
TUN_POL = "Police Forces of Tunisia"
DZA_POL = "Police Forces of Algeria"
MAR_POL = "Police Forces of Morocco"
ISIS = "Islamic State (ISIS)"
MLI = "Military Forces of Mali (2021-)"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"
FLA = "Azawad Liberation Front (FLA)"
ISSP = "Islamic State Sahel Province (ISSP)"
VDP = "Volunteers for the Defence of the Homeland (VDP)"
NER = "Military Forces of Niger (2023-)"
TCD_POL = "Police Forces of Chad (2021-)"
NGA = "Military Forces of Nigeria (2023-)"
ISWAP = "Islamic State West Africa Province (ISWAP)"
JAS = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad (JAS)"
BANDITS = "Bandits (Nigeria)"
SHABAAB = "Al Shabaab"
SOM_POL = "Police Forces of Somalia (2022-)"
USA = "Military Forces of the United States"
IS_SOM = "Islamic State (Somalia)"

# place key -> (country, admin1, location, lat, lon); coordinates from `marsad gazetteer lookup` where it knows the
# place, else from general knowledge (Abu Hujar, Jabal Moya, Nertiti, Abu Kershola, Al-Abbasiya, Rashad, Tina,
# Shangil Tobaya, Ber, Kantchari, Makalondi and Kouri Bougoudi, which it lacks; all of these are approximate).
PLACES = {
    "abu_hujar": ("Sudan", "Sennar", "Abu Hujar, Sennar", 12.83, 34.00),
    "jabal_moya": ("Sudan", "Sennar", "Jabal Moya, Sennar", 13.50, 33.33),
    "ad_dinder": ("Sudan", "Sennar", "Ad-Dinder, Sennar", 13.33, 34.09),
    "singa": ("Sudan", "Sennar", "Singa, Sennar", 13.15, 33.93),
    "rufaa": ("Sudan", "Al Jazirah", "Rufa'a, Al Jazirah", 14.76, 33.37),
    "zalingei": ("Sudan", "Central Darfur", "Zalingei, Central Darfur", 12.91, 23.47),
    "nertiti": ("Sudan", "Central Darfur", "Nertiti, Central Darfur", 12.95, 24.05),
    "berber": ("Sudan", "River Nile", "Berber, River Nile", 18.02, 33.98),
    "ad_damar": ("Sudan", "River Nile", "Ad-Damar, River Nile", 17.60, 33.97),
    "abu_kershola": ("Sudan", "South Kordofan", "Abu Kershola, South Kordofan", 11.97, 31.20),
    "abu_jubaiha": ("Sudan", "South Kordofan", "Abu Jubaiha, South Kordofan", 11.46, 31.23),
    "abbasiya": ("Sudan", "South Kordofan", "Al-Abbasiya, South Kordofan", 12.17, 31.30),
    "rashad": ("Sudan", "South Kordofan", "Rashad, South Kordofan", 11.86, 31.05),
    "um_kaddada": ("Sudan", "North Darfur", "Umm Kaddadah, North Darfur", 13.60, 26.69),
    "tina": ("Sudan", "North Darfur", "Tina, North Darfur", 14.98, 22.85),
    "shangil_tobaya": ("Sudan", "North Darfur", "Shangil Tobaya, North Darfur", 13.13, 25.37),
    "kairouan": ("Tunisia", "Kairouan", "Kairouan, Kairouan", 35.68, 10.10),
    "siliana": ("Tunisia", "Siliana", "Siliana, Siliana", 36.09, 9.37),
    "bou_salem": ("Tunisia", "Jendouba", "Bou Salem, Jendouba", 36.61, 8.97),
    "nador": ("Morocco", "L'Oriental", "Nador, Nador", 35.17, -2.93),
    "tiznit": ("Morocco", "Souss-Massa", "Tiznit, Tiznit", 29.70, -9.73),
    "janzour": ("Libya", "Jafara", "Janzour, Jafara", 32.82, 13.02),
    "qatrun": ("Libya", "Murzuq", "Al-Qatrun, Murzuq", 24.95, 14.65),
    "siwa": ("Egypt", "Matrouh", "Siwa, Matrouh", 29.20, 25.52),
    "azazga": ("Algeria", "Tizi Ouzou", "Azazga, Tizi Ouzou", 36.74, 4.37),
    "timbuktu": ("Mali", "Tombouctou", "Timbuktu, Tombouctou", 16.77, -3.01),
    "ber": ("Mali", "Tombouctou", "Ber, Tombouctou", 16.85, -2.50),
    "kimparana": ("Mali", "Segou", "Kimparana, Segou", 12.84, -4.92),
    "san": ("Mali", "Segou", "San, Segou", 13.30, -4.90),
    "kantchari": ("Burkina Faso", "Est", "Kantchari, Tapoa", 12.48, 1.52),
    "zinder": ("Niger", "Zinder", "Zinder, Zinder", 13.81, 8.99),
    "ouallam": ("Niger", "Tillaberi", "Ouallam, Tillaberi", 14.32, 2.09),
    "makalondi": ("Niger", "Tillaberi", "Makalondi, Tillaberi", 12.83, 1.68),
    "ayorou": ("Niger", "Tillaberi", "Ayorou, Tillaberi", 14.73, 0.92),
    "mongo": ("Chad", "Guera", "Mongo, Guera", 12.19, 18.69),
    "kouri_bougoudi": ("Chad", "Tibesti", "Kouri Bougoudi, Tibesti", 21.85, 17.85),
    "mafa": ("Nigeria", "Borno", "Mafa, Borno", 11.92, 13.60),
    "gajiram": ("Nigeria", "Borno", "Gajiram, Borno", 12.49, 13.21),
    "kajuru": ("Nigeria", "Kaduna", "Kajuru, Kaduna", 10.32, 7.68),
    "jowhar": ("Somalia", "Middle Shabelle", "Jowhar, Middle Shabelle", 2.78, 45.50),
    "qandala": ("Somalia", "Bari", "Qandala, Bari", 11.47, 49.87),
    "marka": ("Somalia", "Lower Shabelle", "Marka, Lower Shabelle", 1.72, 44.77),
    "luuq": ("Somalia", "Gedo", "Luuq, Gedo", 3.80, 42.54),
    "leer": ("South Sudan", "Unity", "Leer, Unity", 8.30, 30.14),
    "rumbek": ("South Sudan", "Lakes", "Rumbek, Lakes", 6.81, 29.68),
}

ARTICLES: dict[str, dict] = {}
ev = partial(make_event, PLACES)
art = partial(add_article, ARTICLES)

# ================================================================================================== event articles
# --- Sudan: army communique (Hijri dates, Eastern Arabic digits) listing four operations on four days
art("x_sd_sennar_army_communique_hijri_abu_hujar_jabal_moya", """
منصة سنار اليوم | بيانات رسمية
الأحد ١٩ رمضان ١٤٤٧هـ

ننشر فيما يلي نص البيان الصادر عن مكتب الناطق الرسمي باسم القوات المسلحة السودانية:

بسم الله الرحمن الرحيم
القوات المسلحة السودانية – مكتب الناطق الرسمي
بيان رقم (٤١)

تُطمئن القيادة العامة للقوات المسلحة جماهير شعبنا الأبيّ على سير العمليات في محور سنار والنيل الأزرق خلال الأيام الماضية، وتورد ما يلي:

أولاً: يوم الثلاثاء ١٤ رمضان ١٤٤٧هـ تصدّت قواتنا في منطقة أبو حجار لهجوم واسع شنّته ميليشيا الدعم السريع المتمردة من الاتجاه الغربي، وكبّدتها خسائر فادحة بلغت أكثر من ٤٠ قتيلاً، فيما ارتقى من قواتنا ٣ شهداء نسأل الله لهم القبول.

ثانياً: يوم الخميس ١٦ رمضان استعادت قواتنا السيطرة الكاملة على منطقة جبل موية غرب مدينة سنار بعد تطهيرها من جيوب الميليشيا، وتعمل الفرق الهندسية حالياً على إزالة الألغام ومخلفات الحرب من الطرق المؤدية إليها.

ثالثاً: نفّذ سلاح الجو يوم الجمعة ١٧ رمضان ضربات دقيقة على تجمعات للميليشيا شرق مدينة الدندر، أسفرت عن تدمير ١٢ عربة قتالية ومخزن للوقود.

رابعاً: تمكنت المضادات الأرضية فجر السبت ١٨ رمضان من إسقاط ثلاث مسيّرات استراتيجية أطلقتها الميليشيا باتجاه مدينة سنجة، دون أي خسائر في الأرواح أو الممتلكات.

إن القوات المسلحة وهي تحقق هذه الانتصارات تؤكد أنها ماضية في تحرير كل شبر من أرض الوطن، وتدعو المواطنين إلى عدم الالتفات للشائعات التي تبثها غرف الميليشيا الإعلامية حول سقوط مدينة سنجة.

العميد الركن
الناطق الرسمي باسم القوات المسلحة
١٩ رمضان ١٤٤٧هـ الموافق ٨ مارس ٢٠٢٦م

—
تابعونا على واتساب وتيليجرام | جميع الحقوق محفوظة لمنصة سنار اليوم ٢٠٢٦
""", url="https://sennar-today.example/statements/2026/03/08/army-communique-41", outlet="منصة سنار اليوم",
    published="2026-03-08", incident="x-sennar-army-operations-2026-03",
    events=[
        ev(B, "Armed clash", "2026-03-03", RSF, SDN, "abu_hujar", 43,
           "تصدّت قواتنا في منطقة أبو حجار لهجوم واسع شنّته ميليشيا الدعم السريع المتمردة"),
        ev(B, "Government regains territory", "2026-03-05", SDN, RSF, "jabal_moya", None,
           "استعادت قواتنا السيطرة الكاملة على منطقة جبل موية غرب مدينة سنار"),
        ev(E, "Air/drone strike", "2026-03-06", SDN, RSF, "ad_dinder", None,
           "نفّذ سلاح الجو يوم الجمعة ١٧ رمضان ضربات دقيقة على تجمعات للميليشيا شرق مدينة الدندر"),
        ev(S, "Disrupted weapons use", "2026-03-07", SDN, RSF, "singa", 0,
           "تمكنت المضادات الأرضية فجر السبت ١٨ رمضان من إسقاط ثلاث مسيّرات استراتيجية"),
    ],
    notes="Army communique dated 19 Ramadan 1447 = 2026-03-08; operations dated only by Hijri day: Tue 14 Ramadan = "
          "2026-03-03, Thu 16 = 03-05, Fri 17 = 03-06, Sat 18 = 03-07. Abu Hujar: 'more than 40' RSF dead (counted "
          "40, claimed and uncontradicted) + 3 soldiers = 43. Air strikes east of Ad-Dinder give no toll (vehicles "
          "only). Drone interception over Singa: 'no losses in lives' -> 0. The 'rumours about the fall of Singa' "
          "are a denial, not an event.")

# --- Sudan: Rufa'a market drone strike, told by a wire (14 dead) and a committee's Facebook post (19 dead)
art("x_sd_rufaa_market_drone_wire", """
ود مدني، 12 أبريل 2026 (النيل الأزرق) – قُتل أربعة عشر مدنياً وأصيب نحو ثلاثين آخرين، بعضهم في حالة حرجة، عندما أصابت مسيّرة أطلقتها قوات الدعم السريع السوق الرئيسي في مدينة رفاعة شرقي ولاية الجزيرة عصر أمس السبت، وفق ما أعلنته وزارة الصحة بالولاية.

وقال مدير عام وزارة الصحة في بيان مقتضب إن الضحايا "باعة ومتسوقون كانوا يستعدون لموسم الحصاد"، مشيراً إلى أن مستشفى رفاعة التعليمي استقبل الجرحى وسط نقص حاد في أكياس الدم والمحاليل.

وأظهرت مقاطع مصورة تداولها ناشطون أكشاكاً محترقة وعربات كارو مقلوبة قرب موقف المواصلات. ولم يصدر تعليق فوري من قوات الدعم السريع، التي سبق أن نفت في مناسبات سابقة استهداف مواقع مدنية، وقالت إن مسيّراتها تضرب "أهدافاً عسكرية مشروعة".

ويأتي الهجوم بعد أكثر من عام على استعادة الجيش السيطرة على ود مدني ومعظم مدن الجزيرة، غير أن الولاية ما زالت عرضة لهجمات المسيّرات بعيدة المدى التي تنطلق، بحسب مصادر عسكرية، من مناطق في كردفان.

وأدانت الحكومة الولائية ما وصفته بـ"المجزرة الجديدة"، وأعلنت الحداد ثلاثة أيام وإغلاق الأسواق حتى إشعار آخر.
(النيل الأزرق) ع.م/ س.ح
""", url="https://bluenile-news.example/ar/sudan/2026/04/12/rufaa-market-drone", outlet="وكالة النيل الأزرق للأنباء",
    published="2026-04-12", incident="x-rufaa-market-drone-2026-04-11",
    events=[
        ev(E, "Air/drone strike", "2026-04-11", RSF, civ("Sudan"), "rufaa", 14,
           "أصابت مسيّرة أطلقتها قوات الدعم السريع السوق الرئيسي في مدينة رفاعة"),
    ],
    notes="Wire dated Sunday 12 April; strike 'عصر أمس السبت' = 2026-04-11. Toll: 14 civilians per the state health "
          "ministry (the committee post of the same incident says 19). The recapture of Wad Madani is history.")

art("x_sd_rufaa_market_drone_committee_repost", """
أخبار البطانة
· منذ ٣ ساعات · 🌍

📌 منقول من صفحة لجان مقاومة رفاعة:

#رفاعة_تنزف
حصيلة محدثة لمجزرة سوق رفاعة: ارتفع عدد الشهداء إلى 19 شهيداً بينهم أربعة أطفال وسيدتان، بعد وفاة خمسة من المصابين في المستشفى خلال الليل.

المسيّرة الانتحارية التابعة لمليشيا الدعم السريع ضربت سوق الخضار عند الساعة الثالثة عصر السبت 11/4/2026 في وقت الذروة، ولحقتها مسيّرة ثانية بعد دقائق استهدفت الناس المتجمعين لإسعاف الجرحى.

نناشد الخيّرين التبرع بالدم في مستشفى رفاعة التعليمي فوراً، ونحتاج إلى شاش ومحاليل وريدية. كما نطلب من الأهالي عدم التجمع في أماكن القصف.

الرحمة للشهداء والشفاء للجرحى.
--------
💬 87 تعليقاً   🔁 412 مشاركة
أعجبني · تعليق · مشاركة
""", url="https://butana-news.example/posts/2026-04-12-rufaa-committee", outlet="صفحة أخبار البطانة",
    published=None, incident="x-rufaa-market-drone-2026-04-11",
    events=[
        ev(E, "Air/drone strike", "2026-04-11", RSF, civ("Sudan"), "rufaa", 19,
           "المسيّرة الانتحارية التابعة لمليشيا الدعم السريع ضربت سوق الخضار"),
    ],
    notes="Facebook repost of the Rufa'a resistance committee; the page states no date of its own ('منذ ٣ ساعات'), so "
          "published is null; the strike date comes from the post (11/4/2026). Updated toll 19 (four children, two "
          "women); the second drone minutes later is the same event (same day, place, actors).")

# --- Sudan: feature on Zalingei camp attack (RSF), with sexual violence and a distinct dated abduction at Nertiti
art("x_sd_zalingei_hamidiya_camp_attack_feature", """
دارفور الآن | تحقيقات
ليلة الحميدية: الخوف يعود إلى مخيمات زالنجي
الأربعاء 20 مايو 2026 – كتبت: فاطمة آدم

لم تكن حواء، الأم لخمسة أطفال، قد أطفأت نار الطهي بعد حين سمعت هدير الدراجات النارية يقترب من أطراف مخيم الحميدية للنازحين في زالنجي. كان ذلك قرابة العاشرة من مساء السبت 16 مايو. تقول: "دخلوا من الجهة الغربية، وكانوا يطلقون النار في الهواء أولاً، ثم بدأوا يطرقون الأبواب".

بحسب شهادات جمعناها من سبعة من سكان المخيم، اقتحم عشرات المسلحين الذين قال الناجون إنهم من عناصر قوات الدعم السريع المخيم وقتلوا سبعة نازحين بينهم شيخ مسنّ حاول منعهم من دخول منزله، ونهبوا الهواتف والمواشي وما تبقى من حصص الغذاء.

وقالت ممرضة تعمل في العيادة الوحيدة بالمخيم إنها عالجت في اليومين التاليين خمس نساء وفتاة تعرّضن للاغتصاب خلال تلك الليلة، مضيفة أن أخريات "يخشين الحديث بسبب الوصمة". ولم يرد متحدث باسم الدعم السريع على أسئلتنا، بينما قال مسؤول محلي في الإدارة المدنية التابعة للقوات إن "لجنة تحقيق ستُشكَّل".

ليست هذه المرة الأولى التي يعيش فيها المخيم الرعب. فسكانه الأوائل فرّوا إليه في عام 2003 هرباً من هجمات الجنجويد، وتعرّض لاقتحامات متكررة في صيف 2023 حين سقطت زالنجي في يد الدعم السريع. لكن الأهالي يقولون إن الأشهر الأخيرة حملت قدراً من الهدوء جعلهم يعودون إلى زراعة الجباريك حول المخيم.

الطريق إلى جبل مرة: خطف عمال الإغاثة
تزامن التوتر في الحميدية مع تدهور الأوضاع على الطريق الرابط بين زالنجي ونيرتتي. ففي الثاني من مايو، أوقف مسلحون مجهولون سيارة تابعة لمنظمة محلية قرب نيرتتي واقتادوا ثلاثة من موظفيها إلى جهة غير معلومة، وما زال مصيرهم مجهولاً حتى كتابة هذه السطور، وفق ما أكده زملاء لهم.

وتقول منسقة في المنظمة طلبت عدم نشر اسمها إن الفرق الإنسانية علّقت تحركاتها على الطريق "إلى أن تتضح الصورة"، ما يعني انقطاع الأدوية عن عشرات القرى.

في المخيم، تجلس حواء أمام خيمتها التي رُقعت بأكياس الدقيق الفارغة. تقول إنها لم تعد تنام ليلاً: "نسمع صوت الدراجات فنظن أنهم عادوا".

اقرأ أيضاً:
- زالنجي: عودة خجولة للأسواق بعد موسم الأمطار
- كيف تُدار المساعدات في وسط دارفور؟
""", url="https://darfur-now.example/features/2026/05/20/hamidiya-night", outlet="مجلة دارفور الآن",
    published="2026-05-20", incident="x-zalingei-hamidiya-camp-2026-05-16",
    events=[
        ev(V, "Attack", "2026-05-16", RSF, civ("Sudan"), "zalingei", 7,
           "اقتحم عشرات المسلحين الذين قال الناجون إنهم من عناصر قوات الدعم السريع المخيم وقتلوا سبعة نازحين"),
        ev(V, "Sexual violence", "2026-05-16", RSF, civ("Sudan"), "zalingei", None,
           "عالجت في اليومين التاليين خمس نساء وفتاة تعرّضن للاغتصاب خلال تلك الليلة"),
        ev(V, "Abduction/forced disappearance", "2026-05-02", uag("Sudan"), civ("Sudan"), "nertiti", None,
           "أوقف مسلحون مجهولون سيارة تابعة لمنظمة محلية قرب نيرتتي واقتادوا ثلاثة من موظفيها إلى جهة غير معلومة"),
    ],
    notes="Feature. Main event: night of Saturday 16 May, Hamidiya camp in Zalingei, 7 displaced killed by gunmen "
          "survivors identify as RSF; looting is part of the attack. Sexual violence (five women and a girl, per a "
          "camp nurse) coded separately, no deaths attributed. Side event: 2 May, three aid workers abducted near "
          "Nertiti by unidentified gunmen. Janjaweed attacks of 2003 and raids of 2023 are history.")

# --- Sudan: Berber bread protest met with live fire; silent vigil in Ad-Damar; reported detentions
art("x_sd_berber_bread_protest_live_fire", """
نهر النيل نيوز
الرئيسية | محليات | اقتصاد | رياضة | رأي | اتصل بنا

مقتل طالب برصاص الشرطة في احتجاجات الخبز ببربر

الخميس 15 يناير 2026

بربر – مراسلنا
لقي طالب في المرحلة الثانوية يبلغ من العمر 17 عاماً حتفه، وأصيب تسعة آخرون، عندما أطلقت قوات الشرطة الغاز المسيل للدموع والرصاص الحي لتفريق مئات المحتجين على الغلاء وانقطاع الكهرباء في مدينة بربر بولاية نهر النيل أمس الأربعاء.

وكان المحتجون قد تجمعوا أمام مبنى المحلية منذ الصباح، رافعين أرغفة الخبز ولافتات تطالب بإلغاء الزيادة الأخيرة في سعر الرغيف، قبل أن تتدخل قوة من الشرطة وتطاردهم في الأزقة المؤدية إلى السوق الكبير، بحسب شهود عيان.

وقالت لجنة أطباء الولاية إن الطالب أُصيب برصاصة في الصدر وفارق الحياة قبل وصوله إلى المستشفى. في المقابل، أكدت شرطة الولاية في بيان أن قواتها "تعاملت بضبط النفس مع مجموعات خرّبت الممتلكات العامة"، وأعلنت فتح تحقيق في ملابسات الوفاة.

وفي مدينة الدامر، عاصمة الولاية، نظّم عشرات من الطلاب والمعلمين وقفة صامتة صباح اليوم الخميس أمام مباني أمانة الحكومة، حملوا فيها صور الطالب القتيل وطالبوا بمحاسبة مطلقي النار، وانفضّت دون احتكاكات.

وقال ناشطون إن الأجهزة الأمنية احتجزت فجر اليوم عدداً من أعضاء لجان المقاومة في بربر من منازلهم، وهو ما لم تؤكده السلطات.

اقرأ أيضاً: ارتفاع أسعار الوقود في الولايات الشمالية للمرة الثالثة
شارك الخبر: فيسبوك | واتساب | إكس
© 2026 نهر النيل نيوز – يُمنع النسخ دون ذكر المصدر
""", url="https://rivernile-news.example/news/2026/01/15/berber-bread-protest", outlet="نهر النيل نيوز",
    published="2026-01-15", incident="x-berber-bread-protest-2026-01-14",
    events=[
        ev(P, "Excessive force against protesters", "2026-01-14", protesters("Sudan"), SDN_POL, "berber", 1,
           "أطلقت قوات الشرطة الغاز المسيل للدموع والرصاص الحي لتفريق مئات المحتجين على الغلاء وانقطاع الكهرباء "
           "في مدينة بربر"),
        ev(P, "Peaceful protest", "2026-01-15", protesters("Sudan"), None, "ad_damar", None,
           "نظّم عشرات من الطلاب والمعلمين وقفة صامتة صباح اليوم الخميس أمام مباني أمانة الحكومة"),
        ev(S, "Arrests", "2026-01-15", SDN_POL, RESIST, "berber", None,
           "احتجزت فجر اليوم عدداً من أعضاء لجان المقاومة في بربر", optional=True),
    ],
    notes="Published Thursday 15 January; the Berber protest was 'أمس الأربعاء' = 01-14: one student killed by live "
          "fire, nine injured. Ad-Damar vigil the same Thursday morning, dispersed without friction. Detentions "
          "reported by activists, unconfirmed by the authorities -> optional; 'security services' coded as police.")

# --- Sudan: South Kordofan live blog (newest first)
art("x_sd_liveblog_abu_kershola_abu_jubaiha_rashad", """
تغطية مباشرة | جنوب كردفان: معارك أبو كرشولا وتطورات الميدان
آخر تحديث: الأربعاء 3 يونيو 2026 – 21:40 بتوقيت الخرطوم
(الأحدث في الأعلى – حدّث الصفحة لمتابعة المستجدات)

21:40
الجيش يعلن في بيان مقتضب استعادة السيطرة على مدينة أبو كرشولا بعد معارك ضارية بدأت فجر اليوم مع قوات الدعم السريع ومقاتلين من الحركة الشعبية – شمال (جناح الحلو). البيان تحدث عن "مقتل العشرات من العدو والاستيلاء على ٩ عربات قتالية"، ولم يذكر خسائر الجيش.

19:05
مصدر طبي في الرهد: وصول جرحى عسكريين من محور أبو كرشولا إلى مستشفى المدينة، دون تفاصيل عن أعدادهم.

17:15
سقطت قذائف مدفعية على حي السوق في مدينة أبو جبيهة بعد الظهر، ما أدى إلى مقتل امرأتين وإصابة طفل، بحسب شهود. سكان قالوا إن القصف مصدره مواقع الحركة الشعبية – شمال في التلال الشرقية للمدينة.

13:30
نازحون من أبو كرشولا يصلون سيراً على الأقدام إلى أم روابة... (تحديث: تصحيح – الوجهة هي الرهد وليست أم روابة).

11:05
سكان في العباسية تقلي يقولون إن قوات الدعم السريع انسحبت من البلدة خلال الليل دون قتال، وإن وحدات من الجيش دخلتها صباح اليوم وسط ترحيب من الأهالي.

08:30
للتذكير: قُتل ثلاثة مرضى وأصيب مرافقوهم أمس الثلاثاء عندما أصابت مسيّرة تابعة للدعم السريع جناح الطوارئ في مستشفى رشاد، وفق وزارة الصحة بالولاية.

07:00
صباح الخير. نبدأ تغطيتنا لليوم الثالث على التوالي. للتذكير، شهدت المنطقة معارك مشابهة في ربيع 2025 انتهت بتبادل السيطرة على عدد من القرى.
""", url="https://kordofan-free.example/live/2026/06/03/south-kordofan", outlet="راديو كردفان الحر",
    published="2026-06-03", incident="x-south-kordofan-abu-kershola-2026-06",
    events=[
        ev(B, "Government regains territory", "2026-06-03", SDN, RSF, "abu_kershola", 12,
           "الجيش يعلن في بيان مقتضب استعادة السيطرة على مدينة أبو كرشولا"),
        ev(E, "Shelling/artillery/missile attack", "2026-06-03", HILU, civ("Sudan"), "abu_jubaiha", 2,
           "سقطت قذائف مدفعية على حي السوق في مدينة أبو جبيهة بعد الظهر"),
        ev(S, "Non-violent transfer of territory", "2026-06-03", SDN, RSF, "abbasiya", None,
           "قوات الدعم السريع انسحبت من البلدة خلال الليل دون قتال، وإن وحدات من الجيش دخلتها صباح اليوم"),
        ev(E, "Air/drone strike", "2026-06-02", RSF, civ("Sudan"), "rashad", 3,
           "أصابت مسيّرة تابعة للدعم السريع جناح الطوارئ في مستشفى رشاد"),
    ],
    notes="Live blog, newest entry first, all entries of Wednesday 3 June. Abu Kershola retaken by the army from RSF "
          "(with SPLM-N al-Hilu fighters): 'العشرات' of enemy dead -> 12 (dozens). Abu Jubaiha shelling from SPLM-N "
          "positions: two women killed. Al-Abbasiya (Taqali): RSF withdrew overnight without fighting, army entered "
          "in the morning. Rashad hospital drone strike was 'أمس الثلاثاء' = 06-02, 3 patients killed. The 13:30 "
          "entry (displaced arriving) and the 2025 battles are not events.")

# --- Sudan: North Darfur weekly monitor tally
art("x_sd_monitor_weekly_um_kaddada_tina_shangil_tobaya", """
مرصد دارفور لحقوق الإنسان
التقرير الأسبوعي رقم 27/2026 – ولاية شمال دارفور
الفترة: من الاثنين 29 يونيو إلى الأحد 5 يوليو 2026
تاريخ الإصدار: 6 يوليو 2026

ملخص: وثّق المرصد خلال الأسبوع ثلاث حوادث رئيسية أسفرت عن مقتل ما لا يقل عن ثلاثة عشر شخصاً واختطاف أحد عشر آخرين، فيما تعذّر التحقق من بلاغات أخرى بسبب انقطاع الاتصالات.

1) أم كدادة – الثلاثاء 30 يونيو:
دخل مسلحون على متن سيارات دفع رباعي تابعة لقوات الدعم السريع سوق الماشية في أم كدادة ظهراً، وأطلقوا النار على تجار رفضوا دفع "رسوم حماية"، فقُتل خمسة منهم وأصيب ثلاثة. المرصد تحقق من أسماء القتلى عبر ذويهم.

2) الطينة – الخميس 2 يوليو:
اندلعت اشتباكات بين القوة المشتركة للحركات المسلحة وقوات الدعم السريع على بعد نحو 15 كيلومتراً جنوب الطينة قرب الحدود التشادية، واستمرت ساعات. أفادت مصادر محلية بمقتل ثمانية مقاتلين من الطرفين. وادعى كل طرف السيطرة على الموقع.

3) شنقل طوباية – السبت 4 يوليو:
اختطف عناصر من الدعم السريع أحد عشر نازحاً، بينهم أربع نساء، من مخيم على أطراف شنقل طوباية أثناء خروجهم لجمع الحطب، وطالبوا ذويهم بفدية. أُفرج عن اثنين منهم مساء الأحد بعد دفع مبالغ مالية.

إحصاءات تراكمية: منذ مطلع العام الجاري، رصد المرصد 412 حالة قتل خارج نطاق القانون و96 حالة اختطاف في الولاية. تُحدَّث هذه الأرقام شهرياً.

توصيات: يدعو المرصد إلى فتح ممرات آمنة ونشر مراقبين مستقلين.
للتواصل: info@darfur-monitor.example
""", url="https://darfur-monitor.example/reports/weekly/2026-27", outlet="مرصد دارفور لحقوق الإنسان",
    published="2026-07-06", incident="x-north-darfur-monitor-week-27-2026",
    events=[
        ev(V, "Attack", "2026-06-30", RSF, civ("Sudan"), "um_kaddada", 5,
           "وأطلقوا النار على تجار رفضوا دفع \"رسوم حماية\"، فقُتل خمسة منهم"),
        ev(B, "Armed clash", "2026-07-02", JOINT, RSF, "tina", 8,
           "اندلعت اشتباكات بين القوة المشتركة للحركات المسلحة وقوات الدعم السريع على بعد نحو 15 كيلومتراً جنوب "
           "الطينة"),
        ev(V, "Abduction/forced disappearance", "2026-07-04", RSF, civ("Sudan"), "shangil_tobaya", None,
           "اختطف عناصر من الدعم السريع أحد عشر نازحاً، بينهم أربع نساء، من مخيم على أطراف شنقل طوباية"),
    ],
    notes="Weekly tally issued Monday 6 July, covering 29 June - 5 July. Three dated incidents: Umm Kaddadah "
          "market 5 traders killed; clash about 15 km south of Tina, 8 fighters killed on both sides (local "
          "sources); 11 displaced abducted at Shangil Tobaya (two released later for ransom, not a separate "
          "event). The cumulative figures (412 killings, 96 abductions since January) are statistics, not events.")

# --- Tunisia: water-cut protest wave in three towns (Maghrebi month names, local page boilerplate)
art("x_tn_water_protests_kairouan_siliana_bou_salem", """
🍪 يستخدم موقعنا ملفات تعريف الارتباط لتحسين تجربتك. [موافق] [إعدادات]

الوسط التونسي
الأولى | وطنية | جهات | اقتصاد | رياضة | ثقافة | فيديو

جهات | الخميس 6 أوت 2026

موجة احتجاجات العطش تتمدد: اعتصام في القيروان، تفريق بالقوة في سليانة ومواجهات ليلية في بوسالم

تتسع منذ أواخر شهر جويلية رقعة التحركات الاحتجاجية على الانقطاعات المتكررة للماء الصالح للشرب في عدد من ولايات الشمال الغربي والوسط، في ظل موجة حر غير مسبوقة تجاوزت فيها درجات الحرارة 48 درجة.

ففي القيروان، دخل نحو مئتي مواطن من الأحياء الشعبية يوم الثلاثاء 4 أوت في اعتصام مفتوح أمام مقر الولاية، رافعين قوارير فارغة وشعارات من قبيل "الماء حق موش مزية". وقد استقبل الوالي وفداً عنهم دون أن يُفضي اللقاء إلى نتيجة، وفق ما أفادنا به أحد المعتصمين.

وفي سليانة، عمد عشرات المحتجين صباح الأربعاء إلى غلق الطريق الرابطة بين المدينة وقعفور بالحجارة والعجلات المطاطية، قبل أن تتدخل وحدات الأمن وتفرّقهم باستعمال الغاز المسيل للدموع وتفتح الطريق أمام حركة المرور.

أما في مدينة بوسالم من ولاية جندوبة، فقد تحولت وقفة احتجاجية مساء الأربعاء إلى مواجهات ليلية، إذ أضرم شبان النار في العجلات ورشقوا مركز الأمن بالحجارة والزجاجات الحارقة، ما ألحق أضراراً بواجهته وبسيارتين إداريتين. وأكد مصدر أمني لـ"الوسط" إيقاف سبعة أشخاص صباح اليوم الخميس للاشتباه في تورطهم في أعمال الشغب.

من جهتها، أعلنت الشركة الوطنية لاستغلال وتوزيع المياه أن الاضطرابات تعود إلى "تراجع مخزون السدود إلى أدنى مستوياته"، ووعدت بحلول عاجلة عبر الصهاريج المتنقلة.

اقرأ أيضاً:
› المهرجان الصيفي بطبرقة: سهرة الافتتاح تحت شعار "لا للعطش"
› نتائج الدورة الرئيسية للباكالوريا: جندوبة في المرتبة الأخيرة

شارك: فيسبوك | تويتر | واتساب
جميع الحقوق محفوظة © الوسط التونسي 2026 | سياسة الخصوصية | من نحن
""", url="https://wasat-tn.example/regions/2026/08/06/water-protests-kairouan-siliana-bou-salem",
    outlet="الوسط التونسي", published="2026-08-06", incident="x-tunisia-water-protests-2026-08",
    events=[
        ev(P, "Peaceful protest", "2026-08-04", protesters("Tunisia"), None, "kairouan", None,
           "دخل نحو مئتي مواطن من الأحياء الشعبية يوم الثلاثاء 4 أوت في اعتصام مفتوح أمام مقر الولاية"),
        ev(P, "Protest with intervention", "2026-08-05", protesters("Tunisia"), TUN_POL, "siliana", None,
           "عمد عشرات المحتجين صباح الأربعاء إلى غلق الطريق الرابطة بين المدينة وقعفور"),
        ev(R, "Violent demonstration", "2026-08-05", rioters("Tunisia"), TUN_POL, "bou_salem", None,
           "أضرم شبان النار في العجلات ورشقوا مركز الأمن بالحجارة والزجاجات الحارقة"),
        ev(S, "Arrests", "2026-08-06", TUN_POL, rioters("Tunisia"), "bou_salem", None,
           "إيقاف سبعة أشخاص صباح اليوم الخميس", optional=True),
    ],
    notes="Protest wave over water cuts, Maghrebi months (جويلية، أوت). Kairouan open sit-in Tue 4 Aug (peaceful); "
          "Siliana road blockade dispersed with tear gas Wed 5 Aug; Bou Salem (Jendouba) evening protest turned into "
          "night clashes with stones and petrol bombs at the police station Wed 5 Aug; seven arrests Thu 6 Aug "
          "(optional). No casualty figures. The wave 'since late July' is not a dated event.")

# --- Morocco: DGSN press release on arrests of an IS-linked cell in two towns (Moroccan month names, Hijri header)
art("x_ma_dgsn_press_release_cell_arrests_nador_tiznit", """
مغرب 24 بريس
الثلاثاء 22 شتنبر 2026 – 11 ربيع الآخر 1448

وطني | بلاغ

تفكيك خلية موالية لـ"داعش" تنشط بين الناظور وتيزنيت

أصدرت المديرية العامة للأمن الوطني، صباح اليوم الثلاثاء، بلاغاً جاء فيه ما يلي:

"تمكنت مصالح الأمن الوطني، بتنسيق وثيق مع مصالح المديرية العامة لمراقبة التراب الوطني، يوم أمس الإثنين 21 شتنبر 2026، من توقيف ستة أشخاص تتراوح أعمارهم ما بين 19 و34 سنة، للاشتباه في ارتباطهم بخلية إرهابية موالية لتنظيم داعش، وذلك في عمليتين أمنيتين متزامنتين بمدينتي الناظور وتيزنيت.

وقد أسفرت عمليات التفتيش المنجزة بمنازل المشتبه فيهم بالناظور، حيث تم توقيف أربعة منهم، عن حجز أسلحة بيضاء من مختلف الأحجام ومواد كيميائية يُشتبه في استعمالها لصناعة عبوات ناسفة، فضلاً عن معدات إلكترونية ومخطوطات تحريضية. فيما جرى توقيف المشتبه فيهما الآخرين بتيزنيت بعد رصد تواصلهما مع قيادي في التنظيم ينشط بمنطقة الساحل.

وقد تم إيداع المشتبه فيهم تحت تدابير الحراسة النظرية رهن إشارة البحث القضائي الذي تشرف عليه النيابة العامة المكلفة بقضايا الإرهاب، للكشف عن جميع الامتدادات المحتملة لهذا التنظيم ومخططاته."

ويأتي هذا البلاغ بعد أسابيع من إعلان السلطات تفكيك خلايا مماثلة في مدن أخرى خلال السنة الجارية، ضمن مقاربة استباقية تقول المصالح الأمنية إنها مكّنت من إحباط عشرات المخططات منذ 2002.

الوسوم: الإرهاب – الأمن الوطني – الناظور – تيزنيت
📲 تابعونا على تطبيق مغرب 24 بريس
""", url="https://maghreb24.example/national/2026/09/22/dgsn-nador-tiznit-cell", outlet="مغرب 24 بريس",
    published="2026-09-22", incident="x-morocco-cell-arrests-2026-09-21",
    events=[
        ev(S, "Arrests", "2026-09-21", MAR_POL, ISIS, "nador", None, "حيث تم توقيف أربعة منهم"),
        ev(S, "Arrests", "2026-09-21", MAR_POL, ISIS, "tiznit", None,
           "جرى توقيف المشتبه فيهما الآخرين بتيزنيت"),
    ],
    notes="Police press release (DGSN, with the DGST) quoted in full; Moroccan month names (شتنبر). Arrests on "
          "Monday 21 September in two towns: four suspects in Nador (with seizures of blades and chemicals, part of "
          "the arrest event), two in Tiznit. The 'dozens of plots foiled since 2002' and earlier cells are not "
          "events.")

# --- Libya: Janzour clashes, told by a wire (3 dead, truce) and a TV bulletin (5 dead, sit-in)
art("x_ly_janzour_clashes_wire", """
طرابلس، 18 أكتوبر/تشرين الأول 2026 (أ.ع.م) – قُتل ثلاثة أشخاص، بينهم مدني، وأصيب أحد عشر آخرون في اشتباكات مسلحة اندلعت بعد ظهر أمس السبت في مدينة جنزور غربي العاصمة الليبية بين جهاز دعم الاستقرار واللواء 444 قتال، قبل أن يُعلن عن وقف لإطلاق النار فجر اليوم الأحد بوساطة من أعيان المدينة.

وقال جهاز الإسعاف والطوارئ إن فرقه أجلت عشرات العائلات من منطقتي السراج والنجيلة، وإن القتيل المدني سائق شاحنة أصيب برصاصة طائشة على الطريق الساحلي.

وبحسب مصادر أمنية، اندلعت المواجهات إثر خلاف على إدارة بوابة أمنية عند المدخل الغربي لجنزور، قبل أن تمتد إلى الأحياء السكنية وتُستخدم فيها الأسلحة المتوسطة.

وأعلن المجلس البلدي لجنزور في بيان أن أعيان المدينة وحكماءها توصلوا "إلى اتفاق لوقف إطلاق النار وسحب الآليات المسلحة من الشوارع"، على أن تتسلم وحدة من وزارة الداخلية البوابة محل النزاع.

وأغلقت جامعات ومدارس في غرب طرابلس أبوابها اليوم، فيما دعت بعثة الأمم المتحدة للدعم في ليبيا جميع الأطراف إلى "ضبط النفس وتجنيب المدنيين ويلات القتال".
(أ.ع.م) ر.ط/ هـ.ب
""", url="https://aina-news.example/ar/libya/2026/10/18/janzour-clashes", outlet="وكالة الأنباء العربية المستقلة",
    published="2026-10-18", incident="x-janzour-clashes-2026-10-17",
    events=[
        ev(B, "Armed clash", "2026-10-17", SSA, B444, "janzour", 3,
           "اشتباكات مسلحة اندلعت بعد ظهر أمس السبت في مدينة جنزور غربي العاصمة الليبية بين جهاز دعم الاستقرار "
           "واللواء 444 قتال"),
        ev(S, "Agreement", "2026-10-18", SSA, B444, "janzour", None,
           "إلى اتفاق لوقف إطلاق النار وسحب الآليات المسلحة من الشوارع", optional=True),
    ],
    notes="Wire with a double month form (أكتوبر/تشرين الأول). Clashes 'بعد ظهر أمس السبت' = 10-17, 3 dead incl. a "
          "civilian truck driver (ambulance service); the TV bulletin on the same incident says 5. Ceasefire "
          "brokered by Janzour's notables at dawn Sunday 10-18 -> Agreement (optional: a local truce by mediators). "
          "Which side opened fire is not stated; actor order is arbitrary.")

art("x_ly_janzour_clashes_tv_bulletin", """
قناة المتوسط – نشرة الثامنة مساءً – الأحد 18-10-2026
[نص النشرة كما بُث]

المذيعة: مساء الخير. نبدأ نشرتنا من جنزور، حيث عاد هدوء حذر إلى المدينة بعد ليلة من الاشتباكات العنيفة. مراسلنا صلاح الدين المبروك ينضم إلينا من هناك. صلاح، ما آخر الأرقام؟

المراسل: مساء النور. وفق مصادر في مستشفى جنزور التعليمي، ارتفعت حصيلة الاشتباكات التي دارت أمس السبت بين جهاز دعم الاستقرار واللواء 444 إلى خمسة قتلى، بينهم طفل في العاشرة، وأكثر من خمسة عشر جريحاً. القذائف سقطت على عدد من المنازل في حي النجيلة، وما زالت آثار الحريق بادية على واجهات المحال التجارية.

المذيعة: وهل صمد وقف إطلاق النار؟

المراسل: حتى هذه اللحظة نعم. شاهدنا انسحاب عدد من الآليات من الطريق الساحلي. وفي صباح اليوم خرج نحو مئة من أهالي جنزور في وقفة أمام مقر المجلس البلدي، رفعوا فيها لافتات كتب عليها "جنزور ليست ساحة حرب"، وطالبوا بإخراج المجموعات المسلحة من المدينة. الوقفة كانت سلمية وانفضت قرابة الظهر.

المذيعة: شكراً صلاح. وفي سياق متصل، قالت وزارة الداخلية إنها ستنشر وحدات من الشرطة النظامية في البوابة الغربية اعتباراً من الغد...

[فاصل]
""", url="https://mutawassit-tv.example/programs/evening-news/2026-10-18", outlet="قناة المتوسط الليبية",
    published="2026-10-18", incident="x-janzour-clashes-2026-10-17",
    events=[
        ev(B, "Armed clash", "2026-10-17", SSA, B444, "janzour", 5,
           "ارتفعت حصيلة الاشتباكات التي دارت أمس السبت بين جهاز دعم الاستقرار واللواء 444 إلى خمسة قتلى"),
        ev(P, "Peaceful protest", "2026-10-18", protesters("Libya"), None, "janzour", None,
           "خرج نحو مئة من أهالي جنزور في وقفة أمام مقر المجلس البلدي"),
    ],
    notes="TV news transcript, numeric date 18-10-2026. Revised toll 5 (incl. a child) per Janzour teaching hospital "
          "for the clashes of 'أمس السبت' = 10-17 (the wire says 3). Peaceful sit-in of about a hundred residents on "
          "the morning of 10-18. The ministry's deployment 'from tomorrow' is a plan. The ceasefire is only "
          "mentioned as a question here, not coded.")

# --- Libya (south): clash at a checkpoint near Al-Qatrun, then a fuel station looted and burned
art("x_ly_qatrun_checkpoint_clash_fuel_station_looted", """
بوابة فزان
الرئيسية | الجنوب | أخبار ليبيا | منوعات | اتصل بنا
🔍 بحث

الجنوب | الخميس 23 يوليو 2026

قتلى في اشتباك عند بوابة جنوب القطرون ومسلحون ينهبون محطة وقود

القطرون – بوابة فزان
قُتل خمسة أشخاص، هم عسكريان من كتيبة طارق بن زياد وثلاثة مسلحين، في اشتباك وقع مساء الثلاثاء عند بوابة أمنية على بعد كيلومترات جنوب مدينة القطرون، بحسب ما أفاد به مصدر عسكري وآخر من المستشفى القروي بالمدينة.

وقال المصدر العسكري إن مجموعة مسلحة من المكوّن التباوي، تعمل في تأمين قوافل التنقيب عن الذهب، رفضت الخضوع للتفتيش وفتحت النار على عناصر البوابة، فيما تحدث أعيان من القطرون عن "سوء تفاهم تحول إلى مواجهة".

وفي اليوم التالي، الأربعاء، اقتحم مسلحون ملثمون محطة الوقود الوحيدة العاملة في المدينة، واستولوا على خزان ديزل وكميات من البنزين قبل أن يضرموا النار في مكتب المحطة، ما تسبب في أزمة خانقة وطوابير طويلة. ولم تتبنَّ أي جهة الحادثة.

وأعلنت القيادة العامة إرسال تعزيزات إلى المنطقة، بينما دعا المجلس الاجتماعي لقبائل التبو إلى التهدئة وتشكيل لجنة مشتركة لتقصي الحقائق.

تابع أيضاً:
• انقطاع الإنترنت عن مدن الجنوب لليوم الثاني
• سبها: افتتاح معرض الكتاب الأول منذ عقد

التعليقات (٣)
أضف تعليقك...
© بوابة فزان 2026 – جميع الحقوق محفوظة
""", url="https://fezzan-gate.example/south/2026/07/23/qatrun-clash-fuel-station", outlet="بوابة فزان",
    published="2026-07-23", incident="x-qatrun-checkpoint-clash-2026-07-21",
    events=[
        ev(B, "Armed clash", "2026-07-21", TEBU, TBZ, "qatrun", 5,
           "في اشتباك وقع مساء الثلاثاء عند بوابة أمنية على بعد كيلومترات جنوب مدينة القطرون"),
        ev(S, "Looting/property destruction", "2026-07-22", uag("Libya"), civ("Libya"), "qatrun", None,
           "اقتحم مسلحون ملثمون محطة الوقود الوحيدة العاملة في المدينة"),
    ],
    notes="Published Thursday 23 July; the clash was 'مساء الثلاثاء' = 07-21 (two Tariq bin Ziyad soldiers and three "
          "gunmen of a Tebu group guarding gold-mining convoys killed = 5); the looting and burning of the fuel "
          "station 'in the following day, Wednesday' = 07-22 by unclaimed masked gunmen. Reinforcements sent by the "
          "LNA command are not coded.")

# --- Egypt: army spokesman statement on a western-border clash south of Siwa
art("x_eg_siwa_border_clash_army_spokesman", """
المتحدث العسكري: مقتل 4 عناصر مسلحة وضبط أسلحة في محاولة تهريب على الحدود الغربية

الأحد 3 مايو 2026 | كتب: محمود السيد

نشر المتحدث العسكري باسم القوات المسلحة المصرية، اليوم الأحد، بياناً عبر صفحته الرسمية حول جهود القوات في تأمين حدود الدولة، جاء فيه:

"في إطار جهود القوات المسلحة لإحكام السيطرة على الحدود الغربية ومنع محاولات التسلل والتهريب، رصدت عناصر حرس الحدود بنطاق المنطقة الغربية العسكرية يوم الخميس الماضي تحرك عدد من سيارات الدفع الرباعي جنوب واحة سيوة، وعند محاولة استيقافها بادرت العناصر المسلحة بإطلاق النيران، وجرى التعامل معها مما أسفر عن مقتل 4 عناصر تكفيرية شديدة الخطورة، وضبط 3 سيارات دفع رباعي محملة بـ 11 بندقية آلية و2 رشاش متعدد وكميات من الذخائر المتنوعة."

وأضاف البيان أن عناصر القوات المسلحة تمكنت خلال الفترة نفسها من ضبط 2.6 طن من نبات البانجو المخدر و41 ألف قرص مخدر في نطاق الجيش الثالث الميداني، و"التعامل" مع 118 فرداً من جنسيات مختلفة حاولوا اجتياز الحدود بطريقة غير شرعية.

وأكد المتحدث العسكري أن القوات المسلحة "مستمرة في تنفيذ مهامها في حماية الحدود وتأمينها على كافة الاتجاهات الاستراتيجية".

وتعد الحدود الغربية مع ليبيا، التي يتجاوز طولها ألف كيلومتر، من أكثر المناطق التي تشهد محاولات تهريب للسلاح والبشر منذ سنوات.

اقرأ أيضاً: تخريج دفعة جديدة من طلبة الكلية الحربية
""", url="https://watan-gate.example/egypt/2026/05/03/western-border-clash-siwa", outlet="بوابة الوطن العربي",
    published="2026-05-03", incident="x-siwa-border-clash-2026-04-30",
    events=[
        ev(B, "Armed clash", "2026-04-30", uag("Egypt"), EGY, "siwa", 4,
           "بادرت العناصر المسلحة بإطلاق النيران، وجرى التعامل معها مما أسفر عن مقتل 4 عناصر تكفيرية شديدة الخطورة"),
        ev(S, "Disrupted weapons use", "2026-04-30", EGY, uag("Egypt"), "siwa", None,
           "ضبط 3 سيارات دفع رباعي محملة بـ 11 بندقية آلية", optional=True),
    ],
    notes="Army spokesman statement relayed on Sunday 3 May; the clash was 'يوم الخميس الماضي' = 04-30, south of Siwa "
          "oasis: 4 armed men killed (army claim, uncontradicted). Weapons seizure in the same operation -> optional "
          "disrupted weapons use. Drug seizures and migrants stopped in the same period are not political events.")

# --- Algeria: villagers beat two suspected arsonists near Azazga (Maghrebi month names)
art("x_dz_azazga_fire_suspects_mob_attack", """
الفجر الجزائري – جهوي
الجمعة 14 أوت 2026

تيزي وزو: غضب شعبي واعتداء على مشتبه فيهما بإضرام الحرائق في أعالي عزازقة

تعرّض شابان في العشرينات من العمر، مساء الأربعاء 12 أوت، لاعتداء عنيف بالعصي والحجارة من قبل عشرات المواطنين بقرية تابعة لبلدية عزازقة بولاية تيزي وزو، بعد أن اتهمهما بعض السكان بإضرام النار في الغابة المحاذية للقرية، حسب ما علمته "الفجر" من مصادر محلية.

وتمكنت عناصر الدرك الوطني من تخليص الشابين من قبضة الغاضبين ونقلهما إلى مستشفى عزازقة، حيث وُصفت حالة أحدهما بالحرجة، قبل تحويله إلى المستشفى الجامعي بتيزي وزو.

وأفاد بيان لمجموعة الدرك الوطني بالولاية أنه تم، يوم الخميس، توقيف تسعة أشخاص يُشتبه في مشاركتهم في الاعتداء، مع فتح تحقيق للتأكد من صحة الاتهامات الموجهة للضحيتين، مذكّراً بأن "تطبيق القانون من اختصاص مؤسسات الدولة وحدها".

وتأتي هذه الحادثة في وقت تواصل فيه وحدات الحماية المدنية، مدعومة بطائرات الإطفاء، معركتها ضد ألسنة اللهب التي أتت على أزيد من 1200 هكتار من الغطاء الغابي في الولاية منذ بداية أوت، وأودت بحياة عونين من الحماية المدنية الأسبوع الماضي أثناء تدخلهما بمنطقة أكفادو.

وكان مسؤولون محليون قد دعوا المواطنين إلى "عدم الانسياق وراء الإشاعات"، مستحضرين المأساة التي عرفتها المنطقة صيف 2021.

مواضيع ذات صلة:
- وزير الداخلية يعلن عن مخطط استعجالي لحماية الغابات
- جيجل: إجلاء عائلات بسبب حرائق الغابات
""", url="https://fajr-dz.example/regions/2026/08/14/azazga-fire-suspects", outlet="الفجر الجزائري",
    published="2026-08-14", incident="x-azazga-mob-attack-2026-08-12",
    events=[
        ev(R, "Mob violence", "2026-08-12", rioters("Algeria"), civ("Algeria"), "azazga", None,
           "تعرّض شابان في العشرينات من العمر، مساء الأربعاء 12 أوت، لاعتداء عنيف بالعصي والحجارة من قبل عشرات "
           "المواطنين بقرية تابعة لبلدية عزازقة"),
        ev(S, "Arrests", "2026-08-13", DZA_POL, rioters("Algeria"), "azazga", None,
           "توقيف تسعة أشخاص يُشتبه في مشاركتهم في الاعتداء", optional=True),
    ],
    notes="Maghrebi months (أوت). Mob beating in a village of Azazga commune on Wed 12 Aug; both victims survived "
          "(one critical) -> fatalities null. Nine arrests by the gendarmerie (coded as the police) on Thursday -> "
          "optional. The two civil-protection agents killed fighting fires last week are an accident, and 2021 is "
          "history.")

# --- Mali: JNIM mortars on Timbuktu, FLA takes an army post at Ber, army air strikes near Ber
art("x_ml_timbuktu_mortars_ber_post_taken_wire", """
باماكو، 10 سبتمبر 2026 (الساحل برس) – قُتل مدنيان وأصيب خمسة آخرون عندما سقطت قذائف هاون على حي أباراجو في مدينة تمبكتو شمالي مالي مساء أمس الأربعاء، في هجوم قال مصدر أمني إن جماعة نصرة الإسلام والمسلمين استهدفت به المطار الذي يضم قاعدة عسكرية.

وقال أحد أعيان الحي لـ"الساحل برس" عبر الهاتف إن ثلاث قذائف على الأقل سقطت قرب المسجد بعد صلاة المغرب، مضيفاً أن "الناس باتوا يخشون الخروج ليلاً".

ويأتي القصف غداة إعلان جبهة تحرير أزواد سيطرتها يوم الثلاثاء على موقع عسكري في بلدة بير، الواقعة على بعد نحو 55 كيلومتراً شرق تمبكتو، بعد معارك مع الجيش المالي. وقالت الجبهة في بيان إنها قتلت ستة جنود وغنمت عربتين، بينما أقر الجيش في بيان بمقتل جنديين، وقال إن وحداته "أعادت تموضعها تكتيكياً" في المنطقة.

وأضاف بيان هيئة الأركان العامة للجيش أن ضربات جوية "دقيقة" نُفذت صباح الأربعاء على تجمعات "إرهابية" قرب بير، دون أن يحدد حصيلتها. ولم يتسنَّ التحقق من الروايتين بشكل مستقل بسبب صعوبة الوصول إلى المنطقة.

ومنذ انسحاب بعثة الأمم المتحدة نهاية 2023، تشهد منطقة تمبكتو تصاعداً في الهجمات، وتفرض الجماعات المسلحة حصاراً متقطعاً على طرق الإمداد المؤدية إليها.
(الساحل برس) م.ت
""", url="https://sahel-press.example/ar/mali/2026/09/10/timbuktu-mortars-ber", outlet="وكالة الساحل برس",
    published="2026-09-10", incident="x-timbuktu-ber-2026-09",
    events=[
        ev(E, "Shelling/artillery/missile attack", "2026-09-09", JNIM, civ("Mali"), "timbuktu", 2,
           "سقطت قذائف هاون على حي أباراجو في مدينة تمبكتو شمالي مالي مساء أمس الأربعاء"),
        ev(B, "Non-state actor overtakes territory", "2026-09-08", FLA, MLI, "ber", 2,
           "إعلان جبهة تحرير أزواد سيطرتها يوم الثلاثاء على موقع عسكري في بلدة بير"),
        ev(E, "Air/drone strike", "2026-09-09", MLI, FLA, "ber", None,
           "ضربات جوية \"دقيقة\" نُفذت صباح الأربعاء على تجمعات \"إرهابية\" قرب بير"),
    ],
    notes="Wire dated Thursday 10 September. Timbuktu mortar fire 'مساء أمس الأربعاء' = 09-09, 2 civilians killed, "
          "attributed by a security source to JNIM (target: the airport/army base; victims civilians). Ber post "
          "taken by the FLA on Tuesday 09-08: FLA claims 6 soldiers killed, the army admits 2 -> 2 (lower). Army "
          "air strikes near Ber on Wednesday morning on 'terrorist' gatherings, read as the FLA fighters, no toll.")

# --- Mali: Telegram repost on an abduction at Kimparana (Eastern Arabic digits)
art("x_ml_kimparana_chiefs_abducted_telegram_repost", """
منبر الوسط – رصد منصات التواصل
السبت ١٤ فبراير ٢٠٢٦

أعاد حساب "أخبار الساحل العاجلة" على تلغرام، الذي يتابعه أكثر من ٤٠ ألف مشترك، نشر رسالة صوتية ونص منسوب إلى أحد وجهاء دائرة سان وسط مالي، ننقله كما ورد مع تصحيحات إملائية طفيفة:

«🔴 عاجل | كيمبارانا
مساء الخميس ١٢ فبراير، دخل مسلحون على دراجات نارية، يُعتقد أنهم من جماعة نصرة الإسلام والمسلمين، إلى بلدة كيمبارانا التابعة لدائرة سان، واختطفوا رئيس القرية وإمام المسجد الكبير ومستشاراً في البلدية، واقتادوهم نحو الغابات الواقعة شرق البلدة. لم يُطلقوا النار على أحد، لكنهم صادروا هواتف عدد من الشبان. #مالي #سان»

وفي رسالة لاحقة على الحساب ذاته، نُسب إلى الجماعة تحذير للسكان من التعامل مع "الميليشيات" ومنع حركة الشاحنات على الطريق بين سان وتومينيان "حتى إشعار آخر". ولم يتسنَّ لـ"منبر الوسط" التحقق من صحة الرسالة الصوتية.

وكانت شائعات قد انتشرت صباح الجمعة عن إعدام المختطفين، قبل أن ينفيها مسؤول محلي في اتصال هاتفي، مؤكداً أن "لا معلومات لدينا عن مصيرهم حتى الآن".

🔗 شارك | 📋 انسخ الرابط
""", url="https://minbar-wasat.example/mali/2026/02/14/kimparana-abduction-telegram", outlet="منبر الوسط",
    published="2026-02-14", incident="x-kimparana-abduction-2026-02-12",
    events=[
        ev(V, "Abduction/forced disappearance", "2026-02-12", JNIM, civ("Mali"), "kimparana", 0,
           "اختطفوا رئيس القرية وإمام المسجد الكبير ومستشاراً في البلدية"),
        ev(S, "Change to group/activity", None, JNIM, None, "san", None,
           "منع حركة الشاحنات على الطريق بين سان وتومينيان", optional=True),
    ],
    notes="Telegram repost with Eastern Arabic digits. Abduction of the village chief, the imam and a councillor at "
          "Kimparana (San cercle) on the evening of Thursday 12 February by suspected JNIM gunmen; 'they shot no "
          "one' -> 0. The truck ban on the San-Tominian road is an unverified, undated message attributed to the "
          "group -> optional change to group activity. The rumoured execution was denied: not an event.")

# --- Sahel weekly round-up: Burkina Faso (Kantchari), Niger (Zinder), Chad (Mongo)
art("x_sahel_weekly_roundup_kantchari_zinder_mongo", """
إذاعة الصحراء | الساحل في أسبوع
الاثنين 27 أبريل 2026

نستعرض في هذه النشرة أبرز الأحداث الأمنية التي شهدتها بلدان الساحل خلال الأسبوع الماضي.

بوركينا فاسو – كانتشاري
هاجم مسلحون من جماعة نصرة الإسلام والمسلمين يوم الثلاثاء 21 أبريل موقعاً لمتطوعي الدفاع عن الوطن في بلدة كانتشاري بإقليم تابوا شرقي البلاد، ودارت اشتباكات استمرت قرابة ثلاث ساعات. وأفادت مصادر محلية بمقتل أحد عشر متطوعاً، في حين اكتفى بيان للجيش بالقول إن الهجوم "صُدّ بنجاح" دون ذكر حصيلة.

النيجر – زندر
أقدم حشد غاضب يوم الخميس 23 أبريل على ضرب رجل حتى الموت في السوق الكبير بمدينة زندر، بعد اتهامه بمحاولة خطف طفل. وقالت الشرطة إنها فتحت تحقيقاً، ودعت السكان إلى عدم أخذ القانون بأيديهم.

تشاد – مونغو
شهدت مدينة مونغو، عاصمة إقليم غيرا، يوم السبت 25 أبريل احتجاجات غاضبة إثر وفاة شاب في مركز للشرطة، حيث أضرم محتجون النار في مفوضية الشرطة المركزية ورشقوا عناصرها بالحجارة، فرد هؤلاء بإطلاق أعيرة نارية. وأكد مصدر طبي مقتل محتج واحد وإصابة ستة آخرين. وأعلن الحاكم حظر التجول ليلاً لمدة أسبوع.

مالي – ملاحظة
مددت السلطات في منطقة موبتي العمل بقرار حظر سير الدراجات النارية ثلاثة أشهر إضافية.

للاستماع إلى النشرة كاملة اضغط هنا ▶
""", url="https://sahara-radio.example/sahel-weekly/2026-04-27", outlet="إذاعة الصحراء",
    published="2026-04-27", incident="x-sahel-weekly-2026-04-27",
    events=[
        ev(B, "Armed clash", "2026-04-21", JNIM, VDP, "kantchari", 11,
           "هاجم مسلحون من جماعة نصرة الإسلام والمسلمين يوم الثلاثاء 21 أبريل موقعاً لمتطوعي الدفاع عن الوطن في "
           "بلدة كانتشاري"),
        ev(R, "Mob violence", "2026-04-23", rioters("Niger"), civ("Niger"), "zinder", 1,
           "أقدم حشد غاضب يوم الخميس 23 أبريل على ضرب رجل حتى الموت في السوق الكبير بمدينة زندر"),
        ev(R, "Violent demonstration", "2026-04-25", rioters("Chad"), TCD_POL, "mongo", 1,
           "أضرم محتجون النار في مفوضية الشرطة المركزية ورشقوا عناصرها بالحجارة"),
    ],
    notes="Weekly round-up of three countries. Kantchari: JNIM attack on a VDP post, 11 VDP killed per local sources "
          "(army: 'repelled', no toll). Zinder: a man beaten to death by a mob. Mongo: rioters burned the central "
          "police station after a death in custody; police fired, 1 protester killed (medical source). The curfew "
          "and the Mopti motorbike ban extension are administrative measures, not coded. The incident slug is "
          "this article's own.")

# --- Niger: wire on an ISSP attack near Ouallam, an IED near Makalondi, and a new base at Ayorou
art("x_ne_ouallam_attack_makalondi_ied_wire", """
نيامي، 22 يونيو 2026 (الصحراء الكبرى) – أعلنت وزارة الدفاع النيجرية، مساء أمس الأحد، أن جيشها تصدى يوم السبت لهجوم شنه مسلحون من تنظيم "الدولة الإسلامية – ولاية الساحل" على دورية قرب مدينة والام في منطقة تيلابيري غربي البلاد، وقتل "واحداً وعشرين إرهابياً"، فيما قُتل أربعة جنود وأصيب سبعة.

وأوضح البيان، الذي تلاه متحدث عسكري على التلفزيون الرسمي، أن المهاجمين كانوا على متن نحو خمسين دراجة نارية، وأن الطيران تدخل لملاحقة الفارين باتجاه الحدود المالية.

وفي حادث منفصل، قُتل ثلاثة جنود عندما انفجرت عبوة ناسفة بآليتهم صباح الأحد على الطريق بين توروضي وماكالوندي، قرب الحدود مع بوركينا فاسو، وفق مصدر أمني طلب عدم كشف هويته. ولم تتبنَّ أي جهة التفجير، وإن كانت جماعة نصرة الإسلام والمسلمين تنشط في تلك المنطقة.

وأشار البيان إلى أن الجيش افتتح يوم الجمعة قاعدة عملياتية متقدمة في بلدة أيورو على نهر النيجر، "لتعزيز المراقبة على الشريط الحدودي" مع مالي.

وتواجه النيجر منذ أكثر من عقد تمرداً جهادياً أودى بحياة الآلاف، وقد تصاعدت الهجمات في تيلابيري منذ تولي المجلس العسكري السلطة في يوليو 2023.
(الصحراء الكبرى) ع.ب
""", url="https://greatsahara-news.example/ar/niger/2026/06/22/ouallam-makalondi", outlet="وكالة الصحراء الكبرى للأنباء",
    published="2026-06-22", incident="x-tillaberi-ouallam-makalondi-2026-06",
    events=[
        ev(B, "Armed clash", "2026-06-20", ISSP, NER, "ouallam", 25,
           "تصدى يوم السبت لهجوم شنه مسلحون من تنظيم"),
        ev(E, "Remote explosive/landmine/IED", "2026-06-21", uag("Niger"), NER, "makalondi", 3,
           "قُتل ثلاثة جنود عندما انفجرت عبوة ناسفة بآليتهم صباح الأحد على الطريق بين توروضي وماكالوندي"),
        ev(S, "Headquarters or base established", "2026-06-19", NER, None, "ayorou", None,
           "افتتح يوم الجمعة قاعدة عملياتية متقدمة في بلدة أيورو", optional=True),
    ],
    notes="Wire dated Monday 22 June. ISSP attack on a patrol near Ouallam on Saturday 06-20: army claims 21 attackers "
          "killed, 4 soldiers killed -> 25 (claimed enemy losses uncontradicted). IED on the Torodi-Makalondi road on "
          "Sunday morning 06-21, 3 soldiers killed, unclaimed (JNIM only said to be active) -> unidentified armed "
          "group; placed at Makalondi. New forward base at Ayorou opened Friday 06-19 -> optional. The air pursuit "
          "is part of the Ouallam battle.")

# --- Chad: gold miners' clash at Kouri Bougoudi and a truce signed the next day
art("x_td_kouri_bougoudi_miners_clash_truce", """
انجمينا الجديدة
أمن | الاثنين 30 مارس 2026

تسعة قتلى في مواجهات بين منقبين عن الذهب في كوري بوقودي واتفاق تهدئة برعاية الجيش

قُتل تسعة أشخاص وجُرح ما لا يقل عن عشرين آخرين في اشتباكات مسلحة اندلعت يوم السبت 28 مارس بين مجموعتين من المنقبين عن الذهب ينتميان إلى مكونين قبليين مختلفين في منطقة كوري بوقودي بإقليم تيبستي أقصى شمال تشاد، وفق ما أفاد به مسؤول في الإدارة المحلية.

وبحسب المصدر، اندلع الخلاف حول ملكية بئر تعدين، قبل أن يتطور إلى تبادل لإطلاق النار بالأسلحة الرشاشة استمر حتى المساء، وأحرقت خلاله خيام ومولدات كهربائية.

وأرسلت قيادة الجيش يوم الأحد وحدة تدخل سريع إلى الموقع، حيث عقد قائدها اجتماعاً مع زعماء المجموعتين انتهى مساء اليوم نفسه بتوقيع اتفاق تهدئة ينص على وقف فوري للأعمال العدائية وتسليم الأسلحة الثقيلة وتشكيل لجنة لتحديد الديات.

وتعد كوري بوقودي، القريبة من الحدود الليبية، مسرحاً متكرراً للعنف منذ اكتشاف الذهب فيها قبل أكثر من عقد، وسبق أن شهدت في عام 2022 مواجهات دامية أودت بحياة العشرات.

وسوم: تيبستي – الذهب – الأمن
""", url="https://ndjamena-jadida.example/securite/2026/03/30/kouri-bougoudi", outlet="انجمينا الجديدة",
    published="2026-03-30", incident="x-kouri-bougoudi-clash-2026-03-28",
    events=[
        ev(B, "Armed clash", "2026-03-28", clan("Chad"), clan("Chad"), "kouri_bougoudi", 9,
           "اشتباكات مسلحة اندلعت يوم السبت 28 مارس بين مجموعتين من المنقبين عن الذهب"),
        ev(S, "Agreement", "2026-03-29", clan("Chad"), clan("Chad"), "kouri_bougoudi", None,
           "بتوقيع اتفاق تهدئة ينص على وقف فوري للأعمال العدائية"),
    ],
    notes="Clash between armed gold miners of two communities on Saturday 28 March, 9 killed (local administration); "
          "the burning of tents is part of the clash. Truce signed on Sunday 29 March under army mediation -> "
          "Agreement between the two communal groups. The 2022 clashes are history.")

# --- Nigeria: wire on a female suicide bomber at a Mafa mosque; ISWAP attack on Gajiram base repelled
art("x_ng_mafa_mosque_suicide_bombing_wire", """
مايدوغوري (نيجيريا)، 14 نوفمبر 2026 (غرب أفريقيا) – فجّرت انتحارية حزاماً ناسفاً عند مدخل مسجد جامع في بلدة مافا بولاية بورنو شمال شرقي نيجيريا خلال صلاة الجمعة أمس، ما أسفر عن مقتل ستة مصلين إضافة إلى الانتحارية، وإصابة أكثر من عشرين، بحسب ما أفاد به قائد محلي لقوة المهام المدنية المشتركة.

وقال القائد إن أحد عناصر القوة اشتبه في الفتاة، التي كانت ترتدي حجاباً فضفاضاً، وحاول منعها من الدخول، "فقامت بتفجير نفسها عند البوابة، ولولا ذلك لكانت الحصيلة أكبر بكثير".

ولم تتبنَّ أي جهة الهجوم حتى الآن، لكن مسؤولين أمنيين نسبوه إلى "جماعة أهل السنة للدعوة والجهاد" المعروفة باسم بوكو حرام، التي تستخدم فتيات في تنفيذ هجمات انتحارية.

وفي حادث منفصل، قال الجيش النيجيري إن قواته صدت مساء الخميس هجوماً لمقاتلين من تنظيم "الدولة الإسلامية في غرب أفريقيا" على قاعدته في بلدة غاجيرام بمنطقة نغانزاي، وقتلت خمسة من المهاجمين، دون تسجيل خسائر في صفوفها.

ويشهد شمال شرقي نيجيريا تمرداً منذ عام 2009 أودى بحياة أكثر من أربعين ألف شخص وشرّد نحو مليوني شخص.
(غرب أفريقيا) ن.أ
""", url="https://wa-news.example/ar/nigeria/2026/11/14/mafa-mosque-suicide-bombing", outlet="وكالة غرب أفريقيا للأنباء",
    published="2026-11-14", incident="x-mafa-mosque-suicide-2026-11-13",
    events=[
        ev(E, "Suicide bomb", "2026-11-13", JAS, civ("Nigeria"), "mafa", 7,
           "فجّرت انتحارية حزاماً ناسفاً عند مدخل مسجد جامع في بلدة مافا بولاية بورنو"),
        ev(B, "Armed clash", "2026-11-12", ISWAP, NGA, "gajiram", 5,
           "صدت مساء الخميس هجوماً لمقاتلين من تنظيم"),
    ],
    notes="Wire dated Saturday 14 November; Friday prayer 'أمس' = 11-13. Toll: six worshippers 'in addition to the "
          "bomber' -> 7 (the text counts her). Attribution to JAS by security officials (unclaimed). Gajiram base "
          "attack by ISWAP repelled on Thursday evening 11-12, 5 attackers killed, no army losses (army claim). The "
          "insurgency totals since 2009 are history.")

# --- Nigeria: opinion column that mentions a recent church abduction in Kajuru in passing
art("x_ng_opinion_bandit_negotiations_kajuru_passing", """
الأفق الأفريقي | مقالات الرأي
الثلاثاء 6 أكتوبر 2026

التفاوض مع قطّاع الطرق: هل تدفع نيجيريا ثمن السلام مرتين؟
بقلم: د. إبراهيم موسى لاوان*

كلما اهتزّ الرأي العام النيجيري على وقع عملية خطف جماعي، عاد الجدل القديم إلى الواجهة: هل يجوز للدولة أن تجلس إلى طاولة واحدة مع العصابات المسلحة التي تسيطر على مساحات واسعة من غابات الشمال الغربي؟

آخر فصول هذا الجدل جاء بعد أن اقتحم مسلحون يوم الأحد الماضي كنيسة في إحدى قرى منطقة كاجورو بولاية كادونا واقتادوا العشرات من المصلين إلى الغابة، في مشهد يذكّر بما عاشته البلاد في شيبوك عام 2014 وكانكارا عام 2020. ولن أتوقف هنا عند تفاصيل الحادثة، فقد غطّتها الصحافة بما يكفي، بل عند ما كشفته من عجز مزمن.

يقول أنصار التفاوض إن الحلول العسكرية جُرّبت لأكثر من عقد، وإن الغارات الجوية على معسكرات العصابات لم تمنع تجدد الهجمات، بل أحياناً أصابت مدنيين أبرياء. ويرد خصومهم بأن كل فدية تُدفع وكل عفو يُمنح يتحوّل إلى تمويل لجولة جديدة من العنف، وأن "السلام المشترى" في زمفرا قبل سنوات انهار خلال أشهر.

والحقيقة أن المعضلة ليست في مبدأ التفاوض نفسه، بل في غياب الدولة عن القرى بعد أن تصمت البنادق: لا مدارس، ولا مراكز شرطة، ولا أسواق آمنة. فما الذي يمنع شاباً عاطلاً في غابة روغو من الالتحاق بأول زعيم عصابة يعرض عليه دراجة نارية وبندقية؟

إن أي تسوية لا تقترن ببرنامج تنمية حقيقي ستكون مجرد هدنة مؤقتة، ندفع ثمنها مرتين: مرة حين نفاوض، ومرة حين تعود العصابات أقوى مما كانت.

* أستاذ جامعي مقيم في كانو. الآراء الواردة تعبّر عن كاتبها.
""", url="https://ufuq-africa.example/opinion/2026/10/06/bandits-negotiation", outlet="صحيفة الأفق الأفريقي",
    published="2026-10-06", incident="x-kajuru-church-abduction-2026-10-04",
    events=[
        ev(V, "Abduction/forced disappearance", "2026-10-04", BANDITS, civ("Nigeria"), "kajuru", None,
           "اقتحم مسلحون يوم الأحد الماضي كنيسة في إحدى قرى منطقة كاجورو بولاية كادونا واقتادوا العشرات من المصلين "
           "إلى الغابة", optional=True),
    ],
    notes="Opinion column. The only recent event, mentioned in passing: the abduction of dozens of worshippers from a "
          "church in a village of Kajuru LGA 'يوم الأحد الماضي' (column of Tuesday 6 October -> 10-04), by gunmen the "
          "column calls bandits -> optional (a passing mention in an opinion piece). Chibok 2014, Kankara 2020 and "
          "the Zamfara deals are history; the rest is argument.")

# --- Somalia: Jowhar mortar attack, told by a wire (2 dead) and a local page (3 dead)
art("x_so_jowhar_mortars_wire", """
مقديشو، 28 يوليو 2026 (شبيلي) – قُتل مدنيان، هما امرأة ورجل مسن، وأصيب ستة آخرون عندما سقطت قذائف هاون أطلقها مقاتلو حركة الشباب على مدينة جوهر، عاصمة ولاية هيرشبيلي، ليلة أمس الاثنين، وفق ما قاله مسؤول محلي.

وقال المسؤول إن خمس قذائف على الأقل أُطلقت من الضواحي الشمالية، وسقط بعضها قرب مقر رئاسة الولاية والبعض الآخر على منازل في حي مجاور. وأعلنت حركة الشباب في بيان على موقع موالٍ لها مسؤوليتها عن القصف، قائلة إنها استهدفت "مقر الإدارة المرتدة".

وتتعرض جوهر لهجمات متكررة بقذائف الهاون منذ أن شنت الحكومة الفيدرالية وحلفاؤها من مقاتلي العشائر عمليات عسكرية في إقليم شبيلي الوسطى.

وأدان رئيس ولاية هيرشبيلي الهجوم، وتعهد بـ"ملاحقة المسؤولين عنه".
(شبيلي) ح.ع
""", url="https://shabelle-agency.example/ar/2026/07/28/jowhar-mortars", outlet="وكالة شبيلي للأنباء",
    published="2026-07-28", incident="x-jowhar-mortars-2026-07-27",
    events=[
        ev(E, "Shelling/artillery/missile attack", "2026-07-27", SHABAAB, civ("Somalia"), "jowhar", 2,
           "سقطت قذائف هاون أطلقها مقاتلو حركة الشباب على مدينة جوهر"),
    ],
    notes="Wire dated Tuesday 28 July; 'ليلة أمس الاثنين' = 07-27. Two civilians killed per a local official; Al "
          "Shabaab claimed the attack. The local page on the same incident gives 3.")

art("x_so_jowhar_mortars_local_page", """
جوهر أونلاين
الرئيسية | أخبار هيرشبيلي | الصومال | العالم | فيديو | English
الثلاثاء 28/07/2026

ثلاثة قتلى بينهم طفل في قصف بالهاون على جوهر

جوهر – مراسل الموقع
ارتفع إلى ثلاثة عدد القتلى جراء القصف بقذائف الهاون الذي تعرضت له مدينة جوهر مساء الاثنين 27/7/2026، بعد وفاة طفل في الثامنة متأثراً بجروحه صباح اليوم في مستشفى جوهر العام، حسب ما أفاد به ذووه.

وكانت القذائف قد انهالت على الحي الإداري وحي "هورسيد" حوالي الساعة التاسعة ليلاً، وأصابت إحداها منزلاً كانت عائلة مجتمعة فيه لتناول العشاء. وقال شهود إن القصف جاء من جهة القرى الواقعة شمال المدينة، حيث ينشط مسلحو حركة الشباب.

وأعلنت الشرطة صباح اليوم اعتقال أربعة أشخاص يُشتبه في أنهم ساعدوا في تحديد الأهداف لمطلقي القذائف.

اقرأ أيضاً
▪ افتتاح جسر جديد على نهر شبيلي يربط جوهر بالقرى الزراعية
▪ منتخب هيرشبيلي يتأهل إلى نهائي البطولة الإقليمية لكرة القدم

شارك على: فيسبوك | واتساب | تيليغرام
© 2026 جوهر أونلاين. جميع الحقوق محفوظة.
""", url="https://jowhar-online.example/news/2026/07/28/mortar-attack", outlet="جوهر أونلاين",
    published="2026-07-28", incident="x-jowhar-mortars-2026-07-27",
    events=[
        ev(E, "Shelling/artillery/missile attack", "2026-07-27", SHABAAB, civ("Somalia"), "jowhar", 3,
           "القصف بقذائف الهاون الذي تعرضت له مدينة جوهر مساء الاثنين 27/7/2026"),
        ev(S, "Arrests", "2026-07-28", SOM_POL, civ("Somalia"), "jowhar", None,
           "أعلنت الشرطة صباح اليوم اعتقال أربعة أشخاص", optional=True),
    ],
    notes="Local page with menu, 'read also' and share widgets; numeric dates (28/07/2026, 27/7/2026). Toll raised to "
          "3 after a child died of his wounds (family). Al Shabaab is implied (fire came from villages where it is "
          "active). Four suspected spotters arrested on 07-28 -> optional.")

# --- Somalia: weekend security round-up (US strike near Qandala, grenade in Marka, clan clash near Luuq)
art("x_so_weekend_roundup_qandala_marka_luuq", """
بوابة الصومال | حصاد نهاية الأسبوع الأمني
الاثنين 28 سبتمبر 2026 – 17 ربيع الآخر 1448هـ

• بونتلاند – قندلا:
أعلنت القيادة الأمريكية لأفريقيا (أفريكوم) أنها نفذت يوم الجمعة غارة جوية استهدفت عناصر من تنظيم "داعش – الصومال" في جبال علمسكاد جنوب شرقي بلدة قندلا بإقليم بري، وقالت في تقييمها الأولي إن الغارة أسفرت عن مقتل أربعة مسلحين ولم تُسفر عن إصابة أي مدني.

• شبيلي السفلى – مركا:
ألقى مجهولون قنبلة يدوية على مركز للشرطة في مدينة مركا مساء السبت، ما أدى إلى إصابة ثلاثة من أفراد الشرطة بجروح طفيفة. وأكد قائد شرطة المدينة أنه "لم يُقتل أحد"، وأن عمليات تمشيط جارية في الأحياء المجاورة.

• جدو – لوق:
قُتل أربعة أشخاص يوم الأحد في اشتباك بين ميليشيات من عشيرتين متنافستين على بئر ماء في قرية تبعد نحو عشرين كيلومتراً عن مدينة لوق، بحسب شيوخ محليين قالوا إن وساطة تقليدية بدأت لاحتواء التوتر.

• مقديشو:
أعلنت الحكومة رفع الحواجز الخرسانية عن عدد من الطرق الرئيسية في العاصمة في إطار خطة "مقديشو آمنة"، وقالت إن المرحلة الثانية من الخطة ستبدأ مطلع العام المقبل.
""", url="https://somaligate.example/security/2026/09/28/weekend-roundup", outlet="بوابة الصومال",
    published="2026-09-28", incident="x-somalia-weekend-roundup-2026-09-28",
    events=[
        ev(E, "Air/drone strike", "2026-09-25", USA, IS_SOM, "qandala", 4,
           "نفذت يوم الجمعة غارة جوية استهدفت عناصر من تنظيم"),
        ev(E, "Grenade", "2026-09-26", uag("Somalia"), SOM_POL, "marka", 0,
           "ألقى مجهولون قنبلة يدوية على مركز للشرطة في مدينة مركا مساء السبت"),
        ev(B, "Armed clash", "2026-09-27", clan("Somalia"), clan("Somalia"), "luuq", 4,
           "قُتل أربعة أشخاص يوم الأحد في اشتباك بين ميليشيات من عشيرتين متنافستين على بئر ماء"),
    ],
    notes="Round-up dated Monday 28 September (Hijri header 17 Rabi' al-Akhir 1448). US strike in the Cal Miskaad "
          "hills south-east of Qandala on Friday 09-25, 4 militants killed (AFRICOM). Grenade on Marka police station "
          "Saturday evening 09-26, three police lightly injured, 'nobody was killed' -> 0. Clan clash over a well "
          "about 20 km from Luuq on Sunday 09-27, 4 killed. The Mogadishu barrier removal is a plan/measure.")

# --- South Sudan: radio bulletin (clash near Leer; cattle raid north of Rumbek)
art("x_ss_radio_bulletin_leer_clash_rumbek_cattle_raid", """
إذاعة صوت الاستوائية – النشرة الإخبارية المسائية
الثلاثاء 25 أغسطس 2026 | تفريغ نصي

[موسيقى الافتتاح]

المذيع: مستمعينا الكرام، مساء الخير، وهذه أهم الأنباء:

أولاً – ولاية الوحدة: تجددت أمس الاثنين الاشتباكات بين قوات دفاع شعب جنوب السودان والجيش الشعبي لتحرير السودان في المعارضة قرب بلدة لير. وقال مفوض المقاطعة لإذاعتنا إن ستة أشخاص على الأقل قُتلوا، بينهم مدنيان. المتحدث باسم المعارضة المسلحة قال من جهته إن قواته "صدّت هجوماً حكومياً وقتلت خمسة عشر جندياً"، بينما قال الجيش إنه "طهّر المنطقة من المتمردين". لم نتمكن من التحقق من هذه الأرقام بشكل مستقل.

ثانياً – ولاية البحيرات: قال مسؤولون محليون إن سبعة أشخاص قُتلوا يوم الأحد عندما هاجم شبان مسلحون من مقاطعة مجاورة مراحاً للماشية على بعد عشرين كيلومتراً شمال رمبيك، فاشتبك معهم حراس المراح المسلحون، واستولى المهاجمون على نحو ثلاثمئة رأس من الأبقار. وحثّ حاكم الولاية الشباب على "ضبط النفس وعدم الانتقام".

ثالثاً – جوبا: ناقش مجلس الوزراء في جلسته الأسبوعية تحضيرات الانتخابات، وأكد وزير الإعلام أن الجدول الزمني "لا يزال قائماً".

[فاصل موسيقي]

المذيع: وفي الرياضة...
""", url="https://istiwaiya-radio.example/bulletins/2026-08-25-evening", outlet="إذاعة صوت الاستوائية",
    published="2026-08-25", incident="x-south-sudan-bulletin-2026-08-25",
    events=[
        ev(B, "Armed clash", "2026-08-24", SSD, IO, "leer", 6,
           "تجددت أمس الاثنين الاشتباكات بين قوات دفاع شعب جنوب السودان والجيش الشعبي لتحرير السودان في المعارضة "
           "قرب بلدة لير"),
        ev(B, "Armed clash", "2026-08-23", clan("South Sudan"), clan("South Sudan"), "rumbek", 7,
           "هاجم شبان مسلحون من مقاطعة مجاورة مراحاً للماشية على بعد عشرين كيلومتراً شمال رمبيك"),
    ],
    notes="Radio bulletin transcript of Tuesday 25 August. Leer: clashes 'أمس الاثنين' = 08-24; the county "
          "commissioner's 'at least six' (incl. two civilians) is taken over the SPLA-IO claim of 15 soldiers "
          "(disputed, unverified); the IO says the government attacked, hence the actor order. Rumbek: cattle raid "
          "on Sunday 08-23, 20 km north of the town, raiders clashed with armed camp guards, 7 killed; the looted "
          "cattle are part of the clash. The cabinet session is not an event.")


# ============================================================================================== non-event articles
art("x_eh_tifariti_polisario_anniversary_parade_threats", """
الساقية الحمراء نيوز
السبت 28 فبراير 2026

البوليساريو تحيي الذكرى الخمسين لإعلان "الجمهورية الصحراوية" باستعراض عسكري في تيفاريتي وتهديدات بـ"تصعيد الكفاح المسلح"

أحيت جبهة البوليساريو، أمس الجمعة، الذكرى الخمسين لإعلان ما تسميه "الجمهورية العربية الصحراوية الديمقراطية" في 27 فبراير 1976، بتنظيم استعراض عسكري في منطقة تيفاريتي شرق الجدار الرملي، شاركت فيه وحدات راجلة وعربات تحمل راجمات صواريخ قديمة، بحضور وفود أجنبية.

وقال زعيم الجبهة في خطاب مطوّل إن "الحرب التي استؤنفت في نوفمبر 2020 لن تتوقف قبل تحقيق الاستقلال"، متوعداً بـ"تكثيف الضربات على طول الجدار" في المرحلة المقبلة، ومستعيداً محطات من الحرب التي خاضتها الجبهة بين 1975 و1991.

في المقابل، قلّل مصدر مغربي مطلع من أهمية الاستعراض، واعتبره "موجهاً للاستهلاك الداخلي في المخيمات"، مؤكداً أن الوضع على طول الجدار الدفاعي "هادئ ومتحكَّم فيه"، وأن القوات المسلحة الملكية "تتصدى بحزم لأي محاولة استفزاز".

ويأتي الاستعراض في وقت يستعد فيه مجلس الأمن الدولي لمناقشة تقرير الأمين العام حول الصحراء، وسط حراك دبلوماسي متزايد لدعم مقترح الحكم الذاتي الذي تقدمت به الرباط عام 2007.

كلمات مفتاحية: الصحراء – البوليساريو – تيفاريتي
""", url="https://saguia-news.example/sahara/2026/02/28/polisario-50th-anniversary-parade", outlet="الساقية الحمراء نيوز",
    published="2026-02-28",
    notes="Hard non-event: an anniversary military parade, threats to 'intensify strikes along the wall' and history "
          "(1975-1991, the war resumed in 2020); the Moroccan source says the berm is calm. No dated attack.")

art("x_mr_bassikounou_refugee_arrivals_statistics", """
منبر الحوض – أخبار الولايات الشرقية
الثلاثاء 12 مايو 2026 الموافق 25 ذو القعدة 1447

أرقام جديدة: 18 ألف لاجئ مالي وصلوا إلى باسكنو منذ مطلع العام

كشف تقرير صادر عن المفوضية الوطنية للاجئين بالتعاون مع منظمات إنسانية، اليوم الثلاثاء، أن نحو ثمانية عشر ألف لاجئ قادم من مالي عبروا الحدود إلى مقاطعة باسكنو بولاية الحوض الشرقي منذ يناير الماضي، ليرتفع إجمالي سكان مخيم امبره وما حوله إلى أكثر من 290 ألف شخص.

وأوضح التقرير أن 61 في المائة من الوافدين الجدد نساء وأطفال، وأن معظمهم قدموا من دوائر ليري ونيونو وتمبكتو، هرباً من "المعارك والانتهاكات وانعدام الأمن الغذائي". وروى عدد منهم لفرق المنظمات أنهم "رأوا قراهم تُحرق" خلال السنوات الماضية، وأن بعض ذويهم قُتلوا أو فُقدوا.

وأكد والي الحوض الشرقي، خلال تقديم التقرير، أن "الوضع الأمني داخل التراب الوطني مستقر تماماً"، وأنه لم تُسجَّل أي حادثة أمنية في المخيم أو في محيطه منذ بداية السنة، مشيداً بدور الجيش الوطني في تأمين الشريط الحدودي.

ودعا التقرير المانحين إلى توفير 74 مليون دولار لتغطية الاحتياجات حتى نهاية العام، محذراً من أن نقص المياه قد يؤدي إلى "كارثة صحية" مع اقتراب موسم الحر.
""", url="https://hodh-platform.example/east/2026/05/12/bassikounou-refugee-figures", outlet="منبر الحوض",
    published="2026-05-12",
    notes="Hard non-event: refugee statistics (Hijri and Gregorian header); undated past violence in Mali recalled by "
          "refugees; the governor states no incident in Mauritania this year.")

art("x_dj_ali_sabieh_ammunition_depot_accidental_blast", """
جيبوتي الآن
الخميس 9 يوليو 2026

وزارة الدفاع: انفجار مستودع ذخيرة في علي صبيح ناجم عن ارتفاع الحرارة ولا شبهة لعمل تخريبي

سُمع دوي انفجارات متتالية، فجر أمس الأربعاء، في مستودع للذخيرة تابع للجيش الجيبوتي على أطراف مدينة علي صبيح جنوبي البلاد، وتصاعدت أعمدة الدخان لساعات، ما أثار الذعر بين السكان الذين ظن بعضهم أن المدينة تتعرض لهجوم.

وقالت وزارة الدفاع في بيان إن الانفجار نجم عن "اشتعال ذاتي لذخائر قديمة بفعل درجات الحرارة القياسية"، مؤكدة أن "لا علاقة له بأي عمل عدائي أو تخريبي". وأضاف البيان أن جنديين من حراس المستودع لقيا حتفهما وأصيب أربعة آخرون، وأن فرق الهندسة العسكرية طوّقت الموقع لإزالة المقذوفات المتناثرة.

وطلبت السلطات من السكان عدم الاقتراب من محيط المستودع أو لمس أي أجسام غريبة، فيما فُتح تحقيق فني لتحديد أسباب الحادث بدقة. وتجاوزت درجات الحرارة في جنوب البلاد هذا الأسبوع 47 درجة مئوية.

ويذكّر الحادث بانفجارات مماثلة شهدتها مستودعات ذخيرة في دول المنطقة خلال السنوات الماضية، نُسب معظمها إلى سوء التخزين.
""", url="https://djibouti-now.example/2026/07/09/ali-sabieh-depot-blast", outlet="جيبوتي الآن",
    published="2026-07-09",
    notes="Hard non-event: an accidental ammunition-depot explosion (heat), two soldiers killed; the ministry rules "
          "out any hostile act. Accidents are not ACLED events.")

art("x_dz_mila_earthquake_collapsed_houses", """
شرق نيوز – الثلاثاء 7 أفريل 2026

زلزال بقوة 5.1 درجات يضرب ميلة: قتيلان وعشرات المنازل المتصدعة

ضربت هزة أرضية بقوة 5.1 درجات على سلم ريشتر، فجر اليوم الثلاثاء، ولاية ميلة شرقي البلاد، حدد مركز البحث في علم الفلك والفيزياء الفلكية والجيوفيزياء مركزها على بعد 6 كيلومترات جنوب غرب مدينة ميلة.

وأعلنت المديرية العامة للحماية المدنية وفاة شخصين، هما امرأة مسنة وحفيدها، إثر انهيار جزئي لمنزل قديم في المدينة العتيقة، وإصابة 23 آخرين بجروح وحالات هلع. ووصف مسؤول بالحماية المدنية عمليات البحث بين الأنقاض بأنها "معركة حقيقية ضد الزمن".

وقضى مئات السكان ليلتهم في العراء خوفاً من هزات ارتدادية، فيما أعلنت السلطات المحلية نصب خيام في الساحات العامة وإرسال لجان تقنية لمعاينة البنايات المتضررة.

وتذكّر هذه الهزة بزلزال أوت 2020 الذي ضرب المنطقة نفسها وخلّف أضراراً كبيرة في حي الخربة.

تابعونا على فيسبوك وإنستغرام
""", url="https://charq-news.example/2026/04/07/mila-earthquake", outlet="شرق نيوز",
    published="2026-04-07",
    notes="Hard non-event: a natural disaster (earthquake, two dead), Maghrebi months (أفريل، أوت); 'battle against "
          "time' is a metaphor.")

art("x_tn_ain_draham_boar_hunt_shooting_accident", """
إذاعة الشمال الغربي – الأخبار الجهوية
الاثنين 2 نوفمبر 2026

عين دراهم: وفاة صياد برصاصة طائشة من رفيقه خلال رحلة صيد الخنزير البري

توفي أمس الأحد كهل في الخمسينات من عمره إثر إصابته برصاصة من بندقية صيد أطلقها رفيقه عن طريق الخطأ، خلال رحلة لصيد الخنزير البري بغابات معتمدية عين دراهم من ولاية جندوبة، وفق ما أكده مصدر من الإدارة الجهوية للصحة.

وأوضح المصدر أن الضحية نُقل إلى المستشفى الجهوي بعين دراهم لكنه فارق الحياة قبل وصوله، مضيفاً أن رفيقه ظن أن حركة بين الأشجار صادرة عن خنزير.

وفتحت وحدات الحرس الوطني بحثاً في الحادثة بإذن من النيابة العمومية، واحتُفظ بمطلق النار، فيما استبعد مصدر أمني أي خلفية إجرامية أو إرهابية، مذكّراً بأن المنطقة "آمنة تماماً" منذ تفكيك آخر المجموعات المسلحة التي كانت تتحصن في جبالها قبل سنوات.

وتنطلق رسمياً في تونس هذا الشهر حملة صيد الخنزير البري، التي تشهد كل عام حوادث مماثلة، وهو ما دفع جمعيات الصيادين إلى المطالبة بتكثيف دورات التكوين على السلامة.
""", url="https://nw-radio-tn.example/regions/2026/11/02/ain-draham-hunting-accident", outlet="إذاعة الشمال الغربي",
    published="2026-11-02",
    notes="Hard non-event: a hunting accident (one man shot dead by mistake); the shooter held for a routine "
          "investigation; terrorism ruled out; past armed groups in the mountains are history.")

art("x_ma_military_service_new_cohort_plan", """
الرباط 24 | مجتمع
الثلاثاء 4 غشت 2026

الخدمة العسكرية: استدعاء الفوج الجديد في شتنبر وتوقعات بتجاوز عدد المتطوعين 20 ألفاً

أعلنت اللجنة المركزية المكلفة بالخدمة العسكرية، اليوم الثلاثاء، أن عملية إدماج الفوج الجديد من المجندين ستنطلق في النصف الثاني من شهر شتنبر المقبل، بمراكز التكوين التابعة للقوات المسلحة الملكية في عدة جهات من المملكة.

وأوضح بلاغ للجنة أن عدد الشباب الذين عبّروا عن رغبتهم في أداء الخدمة طواعية "تجاوز كل التوقعات"، مرجحاً أن يفوق عدد المتطوعين هذه السنة 20 ألف شاب وشابة، إلى جانب من وقع عليهم الاختيار عبر عملية الإحصاء.

وسيخضع المجندون لتكوين عسكري أساسي يشمل الرماية بالذخيرة الحية واستعمال الأسلحة الخفيفة وتقنيات القتال والإسعافات الأولية، إلى جانب تكوين مهني في تخصصات مثل الميكانيك والمعلوميات والبناء، على أن تمتد الخدمة اثني عشر شهراً.

وكانت الخدمة العسكرية قد أعيد العمل بها سنة 2019 بعد توقفها لأكثر من عقد، وتقول السلطات إنها تهدف إلى "ترسيخ روح المواطنة وتحسين قابلية التشغيل لدى الشباب".

ودعا البلاغ المعنيين بالأمر إلى تتبع وضعيتهم عبر البوابة الإلكترونية الخاصة بالخدمة العسكرية.
""", url="https://rabat24.example/society/2026/08/04/military-service-cohort", outlet="الرباط 24",
    published="2026-08-04",
    notes="Hard non-event: a plan (conscription cohort from September), with live-fire training vocabulary; Moroccan "
          "months (غشت، شتنبر).")

art("x_ly_zliten_weapons_buyback_plan", """
ليبيا الغد
الأربعاء 10 يونيو 2026

زليتن تطلق خطة لجمع السلاح من المواطنين مقابل تعويضات مالية

أعلن المجلس البلدي لمدينة زليتن، بالتنسيق مع وزارة الداخلية، اعتزامه إطلاق برنامج لجمع الأسلحة الخفيفة والمتوسطة من أيدي المواطنين مقابل تعويضات مالية، على أن تبدأ المرحلة الأولى مطلع يوليو المقبل وتستمر ثلاثة أشهر.

وقال عميد البلدية، في مؤتمر صحفي، إن البرنامج يستهدف "الحد من ظاهرة الرماية العشوائية في الأفراح والمناسبات التي حصدت أرواحاً بريئة خلال السنوات الماضية"، إضافة إلى "تجفيف منابع السلاح الذي يُستخدم في النزاعات الاجتماعية والثأر".

وأوضح أن لجاناً مشتركة من مديرية الأمن والأعيان ستتولى استلام الأسلحة في ثلاثة مراكز، وأن قيمة التعويض ستُحدد حسب نوع السلاح وحالته، مع ضمان عدم الملاحقة القانونية لمن يسلّم سلاحه طوعاً.

ويرى متابعون أن نجاح الخطة مرهون بمدى ثقة السكان في قدرة الأجهزة الأمنية على حمايتهم، في بلد تنتشر فيه ملايين القطع من الأسلحة منذ 2011، وشهدت مدنه جولات متكررة من الاقتتال بين المجموعات المسلحة.

وكانت تجارب مماثلة في مدن أخرى قد تعثرت بسبب نقص التمويل وضعف الإقبال.
""", url="https://libya-ghad.example/local/2026/06/10/zliten-weapons-buyback", outlet="ليبيا الغد",
    published="2026-06-10",
    notes="Hard non-event: a planned weapons buy-back from July; celebratory-gunfire deaths and past fighting are "
          "undated generalities.")

art("x_eg_stock_market_bloodbath_metaphors", """
المال والأعمال اليوم | أسواق
الثلاثاء 15 سبتمبر 2026

"مجزرة" في البورصة المصرية: المؤشر الرئيسي ينزف 6% في جلسة واحدة و"الأجانب" يطلقون رصاصة البيع

عاشت البورصة المصرية أمس الاثنين واحدة من أعنف جلساتها منذ سنوات، بعدما هوى المؤشر الرئيسي بنحو 6 في المائة، في ما وصفه متعاملون بـ"المذبحة" التي أطاحت بنحو 90 مليار جنيه من القيمة السوقية للأسهم خلال ساعات.

وقال محلل أسواق المال إن "المستثمرين الأجانب أطلقوا رصاصة الرحمة على الجلسة بموجة بيع عنيفة"، مضيفاً أن "أسهم البنوك سقطت صريعة الواحد تلو الآخر" تحت وطأة المخاوف من قرار جديد بشأن سعر الصرف.

وتحولت قاعة التداول إلى "ساحة معركة" بحسب وصف أحد الوسطاء، في حين سارعت إدارة البورصة إلى تعليق التداول على عدد من الأسهم لمدة نصف ساعة بعد تجاوزها حدود الهبوط المسموح بها.

ويتوقع خبراء أن تستمر "حرب الاستنزاف" بين المضاربين وصناديق الاستثمار حتى تتضح الرؤية بشأن الاجتماع المقبل للبنك المركزي، داعين صغار المستثمرين إلى "عدم الانتحار بالبيع العشوائي".
""", url="https://mal-today.example/markets/2026/09/15/egx-bloodbath", outlet="المال والأعمال اليوم",
    published="2026-09-15",
    notes="Hard non-event: a stock-market fall described with war metaphors (massacre, bullet, battlefield, war of "
          "attrition, suicide).")

art("x_sd_rsf_commander_threatens_port_sudan_shendi", """
سودان بوست
الأربعاء 28 يناير 2026

قائد في الدعم السريع يتوعد بـ"الزحف" نحو بورتسودان وشندي... والجيش: "أحلام يقظة"

نشرت منصات تابعة لقوات الدعم السريع، مساء الثلاثاء، مقطعاً مصوراً لأحد كبار قادتها الميدانيين يخاطب فيه مئات المقاتلين في موقع لم يُكشف عنه، متوعداً بـ"الزحف إلى بورتسودان وشندي قبل حلول الخريف"، ومؤكداً أن "المسيّرات ستصل إلى أي مكان نريده".

وظهر القائد وخلفه عشرات العربات القتالية، مطالباً المدنيين في المدن الشمالية بـ"الابتعاد عن المواقع العسكرية"، ومستعيداً ما وصفها بـ"انتصارات" قواته في الفاشر وبابنوسة خلال العام الماضي.

وردّ المتحدث باسم الجيش، في تصريح لـ"سودان بوست"، بأن "هذه التهديدات أحلام يقظة لمليشيا مهزومة"، مضيفاً أن الدفاعات الجوية "جاهزة للتعامل مع أي مسيّرة"، وأن القوات المسلحة "هي من تحدد زمان ومكان المعركة".

ويرى محللون عسكريون أن التهديد يندرج في إطار الحرب النفسية، في ظل تعثر مفاوضات وقف إطلاق النار، لافتين إلى أن قوات الدعم السريع سبق أن استهدفت بورتسودان بالمسيّرات في مايو 2025 دون أن تتمكن من التقدم براً نحو الشرق.

اقرأ أيضاً:
- وزير المالية: موازنة 2026 "موازنة حرب"
- انطلاق امتحانات الشهادة الثانوية في الولايات الآمنة
""", url="https://sudanpost-ar.example/politics/2026/01/28/rsf-commander-threat", outlet="سودان بوست",
    published="2026-01-28",
    notes="Hard non-event: threats in a video speech and the army's reply; the El Fasher and Babanusa battles and the "
          "May 2025 Port Sudan drone strikes are history.")

art("x_ss_wau_court_martial_2025_traders_killing", """
جوبا اليوم
الأربعاء 21 أكتوبر 2026

محكمة عسكرية في واو تقضي بسجن ثلاثة جنود 15 عاماً بتهمة قتل تجار عام 2025

أصدرت محكمة عسكرية خاصة انعقدت في مدينة واو بولاية غرب بحر الغزال، أمس الثلاثاء، أحكاماً بالسجن خمسة عشر عاماً على ثلاثة من جنود قوات دفاع شعب جنوب السودان، بعد إدانتهم بقتل أربعة تجار ونهب بضائعهم على طريق واو – تونج في أكتوبر من العام الماضي.

كما قضت المحكمة بتسريح الجنود من الخدمة ودفع تعويضات لأسر الضحايا تقدّر بـ 51 رأساً من الأبقار لكل أسرة، وفق الأعراف المحلية. وبرّأت المحكمة جندياً رابعاً لعدم كفاية الأدلة.

وقال المدعي العسكري إن الحكم "رسالة واضحة بأن الزي العسكري لا يحمي أحداً من العقاب"، فيما اعتبر محامي الدفاع أن موكليه "دفعوا ثمن أخطاء قيادتهم" وأعلن نيته الاستئناف.

ورحبت بعثة الأمم المتحدة في جنوب السودان بالحكم، ووصفته بأنه "خطوة نحو إنهاء الإفلات من العقاب"، داعية إلى محاكمات مماثلة في قضايا العنف ضد المدنيين في ولايات أخرى.

وتابع ذوو الضحايا الجلسة من قاعة مكتظة، وتعالت الزغاريد لحظة النطق بالحكم.
""", url="https://juba-today-ar.example/2026/10/21/wau-court-martial", outlet="جوبا اليوم",
    published="2026-10-21",
    notes="Hard non-event: a court-martial verdict for killings of October 2025 (a trial of a past event).")

art("x_so_gedo_garbaharey_drought_child_deaths", """
أفق الصومال
الثلاثاء 3 مارس 2026 – 14 رمضان 1447

الجفاف يفتك بالأطفال في جدو: 27 وفاة بسبب سوء التغذية في أسبوعين

قال مسؤولون صحيون في إقليم جدو جنوب غربي الصومال إن 27 طفلاً على الأقل توفوا خلال الأسبوعين الماضيين بسبب سوء التغذية الحاد والإسهال المائي، في مخيمات النازحين المحيطة بمدينة غربهاري، مع دخول موجة الجفاف موسمها الرابع على التوالي.

وأوضح مدير مستشفى غربهاري أن قسم التغذية العلاجية "يخوض حرباً يومية بإمكانات صفرية"، مشيراً إلى أن المستشفى يستقبل يومياً أكثر من أربعين طفلاً في حالة حرجة.

وأدى نفوق أعداد كبيرة من المواشي إلى نزوح آلاف الأسر الرعوية نحو المدن، في حين تشكو المنظمات الإنسانية من صعوبة الوصول إلى بعض القرى بسبب انعدام الأمن على الطرق التي تسيطر على أجزاء منها حركة الشباب.

ودعت الحكومة الفيدرالية المانحين إلى "تحرك عاجل قبل فوات الأوان"، محذرة من تكرار سيناريو مجاعة 2011 التي أودت بحياة أكثر من ربع مليون شخص.
""", url="https://ufuq-somalia.example/humanitarian/2026/03/03/gedo-drought", outlet="أفق الصومال",
    published="2026-03-03",
    notes="Hard non-event: drought deaths (natural disaster), Hijri header (14 Ramadan 1447); Al Shabaab's control of "
          "roads is a general condition; the 2011 famine is history.")

art("x_ml_jnim_propaganda_video_analysis", """
مركز الساحل للدراسات – قراءات
السبت 18 أبريل 2026

قراءة في الإصدار المرئي الجديد لجماعة نصرة الإسلام والمسلمين: رسائل القوة وحدودها

بثّت مؤسسة "الزلاقة" الذراع الإعلامية لجماعة نصرة الإسلام والمسلمين هذا الأسبوع إصداراً مرئياً يمتد لاثنتين وأربعين دقيقة بعنوان "ويبقى الحصار"، يجمع لقطات من هجمات قالت الجماعة إنها نفذتها خلال العامين الماضيين ضد مواقع الجيش المالي وحلفائه الروس، دون أن يحدد تواريخها أو أماكنها بدقة.

يعرض الإصدار مشاهد لاقتحام معسكرات، وأرتال تحترق على طرق صحراوية، وغنائم من الأسلحة والعربات، تتخللها كلمات لقادة ميدانيين يدعون سكان المدن إلى "مقاطعة الجيش" ويتوعدون بإطالة الحصار على الطرق التجارية.

ويُلاحظ الباحث أن جزءاً كبيراً من اللقطات سبق نشره في إصدارات قديمة، وأن بعضها يعود، بحسب مقارنة المشاهد، إلى هجوم عام 2024 على مدرسة الدرك في باماكو، ما يشير إلى حرص الجماعة على إعادة تدوير "لحظات الذروة" أكثر من توثيق عمليات جديدة.

كما يحمل الإصدار رسائل موجهة إلى الخارج، من بينها تهديد صريح للشركات الأجنبية العاملة في مناجم الذهب، وهو تهديد تكرر في بيانات الجماعة منذ 2023.

خلاصة القول إن الإصدار يعكس استراتيجية دعائية تقوم على تضخيم صورة القوة وإدامة الخوف، لكنه لا يقدم معطيات ميدانية جديدة يمكن التحقق منها.
""", url="https://sahel-studies.example/readings/2026/04/18/jnim-video", outlet="مركز الساحل للدراسات",
    published="2026-04-18",
    notes="Hard non-event: analysis of a propaganda video of undated, unlocated past attacks, with threats; the 2024 "
          "Bamako attack is history. The video release itself is not coded.")

art("x_bf_ouagadougou_airport_attack_drill", """
أخبار واغادوغو
الجمعة 29 مايو 2026

"مسلحون" يقتحمون مطار واغادوغو... في تمرين محاكاة واسع لقوات الأمن

عاش المسافرون في مطار واغادوغو الدولي صباح أمس الخميس لحظات غير مألوفة، حين دوّت أصوات انفجارات وطلقات نارية في محيط صالة المغادرة، قبل أن يتبين أن الأمر يتعلق بتمرين محاكاة لهجوم إرهابي نظمته وزارة الأمن بمشاركة وحدات من الشرطة والدرك والحماية المدنية.

وتضمن السيناريو "اقتحام" مجموعة من ستة مسلحين للصالة واحتجاز رهائن، ثم تدخل وحدة خاصة "حيّدت المهاجمين" وحررت "الرهائن" في أقل من أربعين دقيقة، فيما تولت فرق الإسعاف نقل "جرحى" افتراضيين إلى مستشفى ميداني أقيم في الموقف.

واستُخدمت في التمرين ذخائر صوتية وقنابل دخانية، وأُبلغ المسافرون مسبقاً عبر لافتات ورسائل نصية تجنباً للهلع. وقال مدير الأمن في المطار إن الهدف هو "اختبار سرعة التنسيق بين الأجهزة في مواجهة أسوأ السيناريوهات".

ويأتي التمرين في سياق تعزيز الإجراءات الأمنية في العاصمة، التي لم تشهد هجمات كبيرة منذ سنوات، بينما تتواصل المواجهات مع الجماعات المسلحة في شمال البلاد وشرقها.
""", url="https://ouaga-news.example/securite/2026/05/29/airport-drill", outlet="أخبار واغادوغو",
    published="2026-05-29",
    notes="Hard non-event: a simulated terrorist attack (security drill) with 'attackers neutralised' and 'hostages' "
          "freed; the ongoing fighting in the north and east is a general condition.")

art("x_ne_agadez_aid_driver_released_months_after_kidnapping", """
إير إنفو – أغاديس
الخميس 5 فبراير 2026

الإفراج عن سائق نيجري يعمل لدى منظمة إنسانية بعد أربعة أشهر من الاحتجاز

أُفرج عن سائق نيجري يعمل لدى منظمة إنسانية دولية، كان قد اختُطف على يد مسلحين مجهولين قرب مدينة أغاديس في أكتوبر الماضي، ووصل مساء أمس الأربعاء إلى مطار أغاديس على متن طائرة مروحية تابعة للجيش، وفق ما أفاد به مصدر في المحافظة.

وقال المصدر إن الإفراج تم "بفضل وساطة قام بها أعيان محليون"، نافياً دفع أي فدية. وبدا السائق، الذي يبلغ من العمر 45 عاماً، في صحة جيدة رغم إرهاق واضح، واستقبله ذووه بالأحضان.

وكانت المنظمة التي يعمل لديها قد علقت أنشطتها في المنطقة عقب اختطافه، ولم تعلن بعد موعد استئنافها. ولا تُعرف حتى الآن الجهة التي احتجزته، ولا المكان الذي أمضى فيه أشهر احتجازه.

وتشهد منطقة أغاديس منذ سنوات عمليات خطف متفرقة تستهدف عمالاً أجانب ومحليين، وتُنسب غالباً إلى شبكات إجرامية تنشط في تهريب البشر والذهب، أو إلى جماعات مسلحة تنشط في الساحل.
""", url="https://air-info.example/agadez/2026/02/05/driver-released", outlet="إير إنفو",
    published="2026-02-05",
    notes="Hard non-event: the release of a hostage; the kidnapping itself (October 2025, months before) is "
          "background, not a new event.")

art("x_td_abeche_radio_phone_in_road_banditry_questions", """
إذاعة أبشة – برنامج "صوت المواطن" (تفريغ جزئي)
السبت 5 سبتمبر 2026

المقدّم: أهلاً بكم مستمعينا في حلقة اليوم المخصصة لأمن الطرق. معنا في الاستوديو الأمين العام لولاية واداي. نبدأ بالاتصالات. تفضل يا أخي.

المتصل الأول (تاجر من أدري): السلام عليكم. سؤالي بسيط: هل طريق أبشة – أدري آمن للشاحنات الآن؟ الناس يتحدثون عن قطاع طرق في الوديان، ونحن لا نعرف هل نسافر ليلاً أم لا؟

الأمين العام: وعليكم السلام. أطمئنكم بأن لدينا دوريات ثابتة على هذا المحور، ونطلب من السائقين عدم السفر بعد المغرب. عدد حوادث الحرابة المسجلة هذا العام أقل بكثير من العام الماضي.

المتصل الثاني (سائق): أخي، العام الماضي نُهبت شاحنة ابن عمي قرب فرشانا، وحتى الآن لم يُعتقل أحد. ماذا تفعل السلطات؟ ولماذا لا توجد نقاط تفتيش في الليل؟

الأمين العام: تلك القضية ما زالت أمام القضاء. ونحن بصدد إنشاء ثلاث نقاط مراقبة جديدة قبل نهاية السنة، إن شاء الله.

المتصلة الثالثة (طالبة): هل صحيح أن الحكومة ستمنع الدراجات النارية في الولاية؟

الأمين العام: هذا مجرد مقترح يُدرس، ولم يُتخذ أي قرار بعد.

المقدّم: شكراً لكم. نأخذ فاصلاً قصيراً ونعود لمزيد من الاتصالات...
""", url="https://abeche-fm.example/programmes/citizen-voice/2026-09-05", outlet="إذاعة أبشة",
    published="2026-09-05",
    notes="Hard non-event: a radio phone-in of questions about road banditry, answers with vague statistics and "
          "plans; the truck looted near Farchana 'last year' is an undated past incident.")


X = gold_tools.BlindPart(ARTICLES, OUT, prefix="x_", script="_build_x.py", allowed_actors=frozenset(ALLOWED_ACTORS))
known_actor_eras = gold_tools.known_actor_eras
validate, check_directory, main = X.validate, X.check_directory, X.main


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
