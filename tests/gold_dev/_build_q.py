"""Build and validate the dev gold set, part Q (q_*.json), written BLIND.

Written blind, like parts H to P: the author did not open the coder (src/marsad/events/**), its trigger, modality,
non-event-cue, coder-cue or figure lexicons (src/marsad/data/triggers/**, src/marsad/data/modality.yaml,
src/marsad/data/non_event_cues.yaml, src/marsad/data/coder_cues.yaml, src/marsad/lang/ar/data/figures.yaml), the
models (src/marsad/data/models/), training/, scripts/*mention*, any tests/test_coder_*.py,
tests/test_mention_filter.py or tests/test_triggers.py, nor any gold article text (tests/gold_dev/*.json,
tests/gold_holdout/**, the article definitions of the other build scripts), nor git history or diffs, and did not
run the coder, `marsad eval`, `marsad run`/`demo` or pytest on these articles (only tests/test_gold_dev_parts.py and
tests/test_gold_blind_validation.py). What was read: /work/shared/gold/README.md (and its two JSON examples, for the
format only), /work/shared/reference/acled-taxonomy.md, tests/gold_tools.py, tests/test_gold_dev_parts.py and
tests/test_gold_blind_validation.py (the checks this script must pass), the scaffolding of
tests/gold_dev/_build_p.py (module docstring, imports, constants block and PLACES up to the banner before its first
article, and its final PART/main lines; not its article definitions), the file names in tests/gold_dev/ (to avoid
repeating the topics of earlier parts), the canonical actor names and eras of the actor lexicon (listed through
marsad.text.actors.Lexicon, not their Arabic surface forms), and `marsad gazetteer lookup` for coordinates. Nothing
was copied from /work/shared/seeds or anywhere else. All texts are original and fictional (invented incidents at
real places, invented outlets with .example domains; the statements of real institutions are invented too).

Weighting: the Arab world first -- Lebanon, Syria, Iraq, Jordan, Palestine (West Bank and Gaza), Egypt, Libya,
Tunisia, Algeria, Morocco, Yemen, Saudi Arabia -- plus a few articles from Sudan, Somalia, Mali, Burkina Faso and
Nigeria. All five violent/demonstration event types are represented, with strategic developments (interceptions,
arrests, an agreement, property destruction). Styles: wire copy of several invented agencies with datelines, local
news pages with menus, "read also" blocks, share widgets and footers, army, ministry and monitor statements, a live
blog (newest first), radio and TV transcripts, social-media reposts, a weekly monitor round-up, features, an
interview, opinion columns and reviews. About 40% of the articles are hard non-event articles (threats, denials,
trials, anniversaries, funerals, talks without agreement, cumulative humanitarian figures, travel advisories,
accidents and floods, sport with war metaphors, ordinary crime, reviews, planned offensives, hypotheticals,
diplomatic protests).

Dates are written in Levantine (أيلول، تشرين، آذار), Egyptian/Gulf (مايو، أبريل، نوفمبر), Maghrebi (جانفي، فيفري،
جوان) and Moroccan (شتنبر، نونبر، دجنبر) month names, a Hijri date with its Gregorian equivalent, relative dates
anchored by the publication date (أمس، فجر اليوم، مساء أول أمس الأحد، الثلاثاء الماضي), Eastern and Western digits and
number words.

Fatality convention used here: the lowest credible figure; a toll revised by the same or a higher official source
replaces the first one; when two sources disagree the lower figure is taken; claimed enemy losses that nobody
contradicts are counted; vague words follow the taxonomy file ("dozens" 12, "several" 3); 0 only when the text says
nobody was killed or hurt; null when the text gives no figure.

Run:  python tests/gold_dev/_build_q.py          (write the files, then validate them)
      python tests/gold_dev/_build_q.py --check  (only validate the files on disk)
Checks: every q_*.json parses and has the gold keys; every evidence span occurs verbatim in its text; incident is
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
ISR = "Military Forces of Israel"
SETTLERS = "Settlers (Israel)"
HEZBOLLAH = "Hezbollah"
LBN = "Military Forces of Lebanon"
SYR = "Military Forces of Syria (2024-)"
SDF = "Syrian Democratic Forces (SDF)"
ISIS = "Islamic State (ISIS)"
IRQ = "Military Forces of Iraq (2022-)"
IRQ_POL = "Police Forces of Iraq (2022-)"
IRQ_INT = "Intelligence Forces of Iraq (2022-)"
COALITION = "Global Coalition Against Daesh"
JOR_POL = "Police Forces of Jordan"
QUDS = "Al-Quds Brigades"
EGY_POL = "Police Forces of Egypt (2014-)"
SUBUL = "Subul al-Salam Brigade"
TEBU = "Tebu Ethnic Militia (Libya)"
LBY_POL = "Police Forces of Libya (2021-)"
TUN_POL = "Police Forces of Tunisia"
DZA_POL = "Police Forces of Algeria"
MAR_POL = "Police Forces of Morocco"
HOUTHI = "Ansar Allah (Houthis)"
HADRAMI_ELITE = "Hadrami Elite Forces"
USA = "Military Forces of the United States"
RSF = "Rapid Support Forces (RSF)"
SDN = "Military Forces of Sudan (2019-)"
SHABAAB = "Al Shabaab"
SOM = "Military Forces of Somalia (2022-)"
JUBALAND = "Military Forces of Jubaland"
MLI = "Military Forces of Mali (2021-)"
ISSP = "Islamic State Sahel Province (ISSP)"


# place key -> (country, admin1, location, lat, lon); coordinates from `marsad gazetteer lookup` where it knows the
# place, else from general knowledge (Bebnine, Khurmala, Wadi Hauran, Beita, Warraq, Kufra, Chott Essalam, Samtah,
# Kazgil, Moqokori, Seytenga, Fquih Ben Salah, Sfax and the others it lacks).
PLACES = {
    "houla": ("Lebanon", "Nabatieh", "Houla, Marjayoun", 33.21, 35.52),
    "kfarchouba": ("Lebanon", "Nabatieh", "Kfarchouba, Hasbaya", 33.33, 35.69),
    "tripoli_lb": ("Lebanon", "North", "Tripoli, North", 34.43, 35.84),
    "baalbek": ("Lebanon", "Baalbek-Hermel", "Baalbek, Baalbek-Hermel", 34.01, 36.21),
    "bebnine": ("Lebanon", "Akkar", "Bebnine, Akkar", 34.50, 35.99),
    "manbij": ("Syria", "Aleppo", "Manbij, Aleppo", 36.53, 37.95),
    "homs": ("Syria", "Homs", "Homs, Homs", 34.72, 36.72),
    "souran": ("Syria", "Hama", "Suran, Hama", 35.29, 36.75),
    "kafr_buhum": ("Syria", "Hama", "Kafr Buhum, Hama", 35.06, 36.69),
    "salamiyah": ("Syria", "Hama", "Salamiyah, Hama", 35.01, 37.05),
    "khurmala": ("Iraq", "Erbil", "Khurmala, Erbil", 36.07, 43.85),
    "erbil_airport": ("Iraq", "Erbil", "Erbil International Airport, Erbil", 36.24, 43.96),
    "wadi_hauran": ("Iraq", "Anbar", "Wadi Hauran, Anbar", 33.35, 40.95),
    "hawija": ("Iraq", "Kirkuk", "Hawija, Kirkuk", 35.33, 43.77),
    "baghdad_tahrir": ("Iraq", "Baghdad", "Tahrir Square, Baghdad", 33.33, 44.42),
    "ramtha": ("Jordan", "Irbid", "Ramtha, Irbid", 32.56, 36.01),
    "bani_suheila": ("Palestine", "Gaza Strip", "Bani Suheila, Khan Yunis", 31.34, 34.33),
    "shujaiya": ("Palestine", "Gaza Strip", "Shujaiya, Gaza City", 31.50, 34.48),
    "balata": ("Palestine", "West Bank", "Balata Camp, Nablus", 32.21, 35.29),
    "beita": ("Palestine", "West Bank", "Beita, Nablus", 32.14, 35.29),
    "nablus": ("Palestine", "West Bank", "Nablus, Nablus", 32.22, 35.26),
    "al_auja": ("Palestine", "West Bank", "Al-Auja, Jericho", 31.95, 35.46),
    "warraq": ("Egypt", "Giza", "Warraq Island, Giza", 30.10, 31.22),
    "kufra": ("Libya", "Kufra", "Kufra, Kufra", 24.18, 23.29),
    "tripoli_martyrs_sq": ("Libya", "Tripoli", "Martyrs' Square, Tripoli", 32.90, 13.18),
    "tripoli_pm_office": ("Libya", "Tripoli", "Al-Sikka Road, Tripoli", 32.88, 13.17),
    "gabes": ("Tunisia", "Gabes", "Gabes, Gabes", 33.88, 10.10),
    "chott_essalam": ("Tunisia", "Gabes", "Chott Essalam, Gabes", 33.92, 10.07),
    "ain_oussera": ("Algeria", "Djelfa", "Ain Oussera, Djelfa", 35.45, 2.91),
    "beni_mellal": ("Morocco", "Beni Mellal-Khenifra", "Beni Mellal, Beni Mellal-Khenifra", 32.34, -6.35),
    "fquih_ben_salah": ("Morocco", "Beni Mellal-Khenifra", "Fquih Ben Salah, Beni Mellal-Khenifra", 32.50, -6.69),
    "hodeidah_port": ("Yemen", "Al Hudaydah", "Al Hudaydah Port, Al Hudaydah", 14.83, 42.93),
    "kitaf": ("Yemen", "Saada", "Kitaf, Saada", 17.08, 44.03),
    "mukalla": ("Yemen", "Hadramawt", "Mukalla, Hadramawt", 14.54, 49.12),
    "sanaa": ("Yemen", "Amanat al Asimah", "Sanaa, Amanat al Asimah", 15.35, 44.21),
    "samtah": ("Saudi Arabia", "Jazan", "Samtah, Jazan", 16.60, 42.94),
    "atbara": ("Sudan", "River Nile", "Atbara, River Nile", 17.70, 33.98),
    "kazgil": ("Sudan", "North Kordofan", "Kazgil, North Kordofan", 12.85, 30.25),
    "moqokori": ("Somalia", "Hiraan", "Moqokori, Hiraan", 4.03, 45.20),
    "kismayo": ("Somalia", "Lower Juba", "Kismayo, Lower Juba", -0.36, 42.55),
    "tinzaouaten": ("Mali", "Kidal", "Tinzaouaten, Kidal", 19.95, 2.94),
    "seytenga": ("Burkina Faso", "Sahel", "Seytenga, Seno", 14.17, 0.45),
    "bokkos": ("Nigeria", "Plateau", "Bokkos, Plateau", 9.30, 8.99),
    "sfax": ("Tunisia", "Sfax", "Sfax, Sfax", 34.74, 10.76),
    "mismiyah": ("Syria", "Daraa", "Al-Mismiyah, Daraa", 33.13, 36.38),
}


ev = partial(make_event, PLACES)
ARTICLES: dict[str, dict] = {}
art = partial(add_article, ARTICLES)


# ============================================================================================ event articles
# ------------------------------------------------------------------------------------------------ Lebanon
art("q_lb_houla_drone_motorcycle_wire", """
وكالة المشرق للأنباء (مشرق)
عاجل | جنوب لبنان

قتيلان بغارة مسيّرة إسرائيلية على دراجة نارية في حولا وقصف مدفعي على أطراف كفرشوبا

بيروت، 17 أيلول/سبتمبر 2025 (مشرق) - قُتل شخصان ظهر اليوم الأربعاء في غارة نفذتها طائرة مسيّرة إسرائيلية على دراجة نارية عند الأطراف الشرقية لبلدة حولا في قضاء مرجعيون، وفق ما أعلنت وزارة الصحة العامة اللبنانية في بيان.

وكانت الحصيلة الأولية التي تناقلتها وسائل إعلام محلية قد تحدثت عن قتيل واحد وجريح، قبل أن يعلن مركز عمليات طوارئ الصحة أن "الغارة أدت إلى سقوط شهيدين"، بعدما فارق الجريح الحياة في مستشفى ميس الجبل الحكومي.

وقال متحدث باسم الجيش الإسرائيلي إن الغارة استهدفت "عنصرين في حزب الله كانا يعملان على إعادة بناء بنى تحتية عسكرية" في المنطقة. ونعى حزب الله في وقت لاحق الشابين، وهما من أبناء البلدة، وقال إنهما "ارتقيا شهيدين على طريق القدس".

وبعد نحو ساعتين، سقطت قذائف مدفعية إسرائيلية عدة على الأطراف الجنوبية لبلدة كفرشوبا في قضاء حاصبيا، من دون أن يُبلَّغ عن إصابات، بحسب مراسل (مشرق) في المنطقة.

ويأتي ذلك رغم اتفاق وقف إطلاق النار الذي دخل حيز التنفيذ في 27 تشرين الثاني/نوفمبر 2024، والذي تتهم بيروت إسرائيل بخرقه بشكل شبه يومي. وكانت غارة مماثلة قد استهدفت سيارة في بلدة برج الملوك في آب/أغسطس الماضي.

(انتهى) م.ع/ر.ح
""", url="https://mashriq-news.example/ar/wire/2025/09/17/houla-drone", outlet="وكالة المشرق للأنباء (مشرق)",
    published="2025-09-17", incident="lb_houla_drone_2025-09-17",
    events=[
        ev(E, "Air/drone strike", "2025-09-17", ISR, HEZBOLLAH, "houla", 2,
           "قُتل شخصان ظهر اليوم الأربعاء في غارة نفذتها طائرة مسيّرة إسرائيلية على دراجة نارية"),
        ev(E, "Shelling/artillery/missile attack", "2025-09-17", ISR, None, "kfarchouba", 0,
           "سقطت قذائف مدفعية إسرائيلية عدة على الأطراف الجنوبية لبلدة كفرشوبا"),
    ],
    notes="Toll revised inside the article: first one dead, then the health ministry's two (the wounded man died); "
          "2 kept. The Israeli army calls the two men Hezbollah members and Hezbollah mourns them as its own, so "
          "actor2 is Hezbollah. The shelling of Kfarchouba is a second event ('no injuries reported' -> 0). The "
          "November 2024 ceasefire and the August strike on Burj al-Muluk are background (no date/not new).")

art("q_lb_tripoli_electricity_riot_local", """
طرابلس اليوم | tripolitoday.example
الرئيسية | محليات | لبنان | اقتصاد | رياضة | منوعات | اتصل بنا
الإثنين 12 كانون الثاني 2026

محليات
ليلة غضب في طرابلس: محتجون يقتحمون مبنى الكهرباء ويضرمون النار في غرفة المولدات

كتب: سامر الأيوبي
شهدت مدينة طرابلس مساء أمس الأحد ليلة متوترة، بعدما تحولت وقفة احتجاجية على انقطاع التيار الكهربائي لأكثر من عشرين ساعة يومياً إلى مواجهات، إذ أقدم عشرات الشبان على إحراق الإطارات عند مستديرة نهر أبو علي، قبل أن يتوجهوا إلى مبنى مؤسسة كهرباء قاديشا في محلة البحصاص ويحطموا زجاج مدخله ويضرموا النار في غرفة المولدات.

وتدخلت وحدات من الجيش اللبناني لتفريق المحتجين وأطلقت النار في الهواء، فردّ بعضهم برشق العسكريين بالحجارة والمفرقعات. وأفاد مصدر أمني "طرابلس اليوم" بأن سبعة أشخاص أصيبوا بجروح طفيفة، بينهم ثلاثة عسكريين، وأنه لم تُسجَّل أي وفيات، فيما أوقف الجيش أربعة من المشاركين في أعمال الشغب.

وأصدرت قيادة الجيش بياناً صباح اليوم أكدت فيه "حق المواطنين في التعبير السلمي"، محذّرة من "الاعتداء على الأملاك العامة والخاصة"، فيما دعت فاعليات المدينة إلى اجتماع طارئ في دار الفتوى عصر اليوم.

ويستعيد المشهد صور احتجاجات تشرين الأول 2019، حين تحولت ساحة النور إلى مركز للحراك في عاصمة الشمال.

اقرأ أيضاً:
- بلدية طرابلس تطلق حملة لتنظيف الشاطئ الشمالي
- معرض رشيد كرامي الدولي يستضيف مهرجان الكتاب في الربيع

شارك: فيسبوك | واتساب | X | نسخ الرابط
© 2026 طرابلس اليوم. جميع الحقوق محفوظة. | سياسة الخصوصية
""", url="https://tripolitoday.example/local/2026/01/12/qadisha-riot", outlet="طرابلس اليوم",
    published="2026-01-12", incident="lb_tripoli_qadisha_riot_2026-01-11",
    events=[
        ev(R, "Violent demonstration", "2026-01-11", rioters("Lebanon"), LBN, "tripoli_lb", 0,
           "أقدم عشرات الشبان على إحراق الإطارات عند مستديرة نهر أبو علي"),
    ],
    notes="'مساء أمس الأحد' relative to 12 January 2026 -> 11 January. A sit-in that turned into a riot (tyres burnt, "
          "the utility building stormed and set on fire, stones thrown at soldiers): one Riots event; the four arrests "
          "belong to it. 'لم تُسجَّل أي وفيات' -> 0. The 2019 protests and the boilerplate are not events.")

art("q_lb_baalbek_sharawneh_army_statement", """
الجيش اللبناني – قيادة الجيش – مديرية التوجيه
بيان رقم 1487 – بيروت في 4/11/2025

صدر عن قيادة الجيش – مديرية التوجيه البيان الآتي:

بتاريخ 3/11/2025، وأثناء قيام دورية من مديرية المخابرات تؤازرها وحدة من الجيش بعملية دهم في حي الشراونة – بعلبك لتوقيف مطلوبين بجرائم الاتجار بالمخدرات وإطلاق النار على دوريات عسكرية، تعرضت الدورية لإطلاق نار من أسلحة حربية ورمانات يدوية من قبل المطلوبين، ما أدى إلى استشهاد أحد العسكريين وإصابة اثنين آخرين بجروح.

وقد ردّت القوة على مصادر النيران، ما أدى إلى مقتل اثنين من المسلحين وإصابة ثالث، كما أوقفت خمسة أشخاص وضبطت كمية من الأسلحة والذخائر والمخدرات.

سُلِّم الموقوفون مع المضبوطات، وبوشر التحقيق بإشراف القضاء المختص، وتستمر الوحدات العسكرية في ملاحقة باقي المتورطين لتوقيفهم.

نبذة عن الشهيد: الرقيب أول الشهيد وسيم فوزي العبدالله، من مواليد 2/5/1994 في بلدة فنيدق – عكار، تطوّع في الجيش عام 2013، متأهل وله ولدان. يُحتفل بالصلاة لراحة نفسه ظهر غد الأربعاء في مسقط رأسه.
""", url="https://lebarmy.example/ar/statements/2025/11/04/1487", outlet="الجيش اللبناني – مديرية التوجيه",
    published="2025-11-04", incident="lb_baalbek_sharawneh_raid_2025-11-03",
    events=[
        ev(B, "Armed clash", "2025-11-03", LBN, uag("Lebanon"), "baalbek", 3,
           "تعرضت الدورية لإطلاق نار من أسلحة حربية ورمانات يدوية من قبل المطلوبين"),
        ev(S, "Arrests", "2025-11-03", LBN, uag("Lebanon"), "baalbek", None,
           "كما أوقفت خمسة أشخاص", optional=True),
    ],
    notes="Army statement: one soldier and two gunmen killed -> 3 (the gunmen's deaths are stated by the army and not "
          "contradicted). The raid was led by Army Intelligence with army support; Military Forces of Lebanon is "
          "used (Army Intelligence Directorate would be an acceptable alias). The hand grenades were thrown during "
          "the exchange of fire, so there is one Battles event, not a separate Grenade event. The five arrests in the "
          "same raid are optional. The funeral tomorrow is a future event.")

art("q_lb_akkar_bebnine_grenade_house", """
عكار بوست | akkarpost.example
أمن وقضاء
الأربعاء 20 أيار 2026 – 09:40

قنبلة يدوية على منزل في ببنين... وجريحان

ألقى مجهول فجر اليوم قنبلة يدوية على شرفة منزل المواطن خ. ع. في بلدة ببنين – قضاء عكار، ما أدى إلى إصابة زوجته وابنه (15 عاماً) بشظايا نُقلا على أثرها إلى أحد مستشفيات حلبا، حيث وُصفت حالتهما بالمستقرة. ولم يسفر الانفجار عن قتلى، لكنه ألحق أضراراً بواجهة المنزل وبسيارة كانت متوقفة أمامه.

وحضرت دورية من قوى الأمن الداخلي والأدلة الجنائية إلى المكان، وفُتح تحقيق لكشف هوية الفاعل الذي فرّ على دراجة نارية بحسب شهود. ورجّح مصدر محلي أن يكون الاعتداء على خلفية خلاف عائلي قديم.

يُذكر أن البلدة شهدت في الصيف الماضي إشكالاً مسلحاً بين عائلتين أدى إلى سقوط جرحى.

أخبار ذات صلة:
- توقيف مروّج مخدرات في العبدة
- انقطاع المياه عن بلدات الدريب الأوسط

تابعونا على فيسبوك وإنستغرام | جميع الحقوق محفوظة لموقع عكار بوست 2026
""", url="https://akkarpost.example/security/2026/05/20/bebnine-grenade", outlet="عكار بوست",
    published="2026-05-20", incident="lb_bebnine_grenade_2026-05-20",
    events=[
        ev(E, "Grenade", "2026-05-20", uag("Lebanon"), civ("Lebanon"), "bebnine", 0,
           "ألقى مجهول فجر اليوم قنبلة يدوية على شرفة منزل"),
    ],
    notes="Unknown attacker, two civilians wounded, 'لم يسفر الانفجار عن قتلى' -> 0. Last summer's family clash is "
          "background without a date. The related-news block is boilerplate.")

# ------------------------------------------------------------------------------------------------ Syria
art("q_sy_manbij_car_bomb_two_sources", """
وكالة حلب برس (ح.ب)

منبج – حلب، 22 نيسان/أبريل 2025 (حلب برس) – قُتل خمسة مدنيين على الأقل، بينهم طفلان، وأصيب 14 آخرون بجروح، ظهر الثلاثاء، جراء انفجار سيارة مفخخة رُكنت قرب سوق الهال في مدينة منبج بريف حلب الشرقي، بحسب ما أعلن الدفاع المدني السوري.

في المقابل، قال مرصد الشمال لحقوق الإنسان إن عدد القتلى بلغ سبعة، مشيراً إلى أن بين الجرحى حالات حرجة قد ترفع الحصيلة.

ولم تتبنَّ أي جهة التفجير حتى ساعة إعداد هذا الخبر، فيما اتهم مسؤول في الإدارة المحلية "خلايا تسعى إلى زعزعة الاستقرار" من دون أن يسميها. وفرضت قوى الأمن طوقاً حول المكان وأغلقت الطرق المؤدية إلى السوق.

وقال أحد الباعة لـ(حلب برس): "كان السوق مزدحماً كعادته قبل الظهر، سمعنا دوياً هائلاً ثم تصاعد الدخان من كل جهة".

وتكررت التفجيرات في المدينة خلال الأشهر الماضية، إذ أسفر انفجار مماثل مطلع شباط/فبراير الماضي على أطرافها عن سقوط عشرات الضحايا.

ح.ب / س.ك
""", url="https://halabpress.example/ar/2025/04/22/manbij-car-bomb", outlet="وكالة حلب برس",
    published="2025-04-22", incident="sy_manbij_car_bomb_2025-04-22",
    events=[
        ev(E, "Remote explosive/landmine/IED", "2025-04-22", uag("Syria"), civ("Syria"), "manbij", 5,
           "جراء انفجار سيارة مفخخة رُكنت قرب سوق الهال في مدينة منبج"),
    ],
    notes="Two figures from two sources: civil defence 5 ('at least'), a monitor 7 -> lowest credible 5. Parked car "
          "bomb, no suicide attacker -> Remote explosive/landmine/IED. Nobody claimed it; the official's accusation "
          "names no group -> Unidentified Armed Group. The February bombing is background.")

art("q_sy_monitor_weekly_homs_hama", """
مرصد الوسط لتوثيق الانتهاكات
التقرير الأسبوعي رقم (58) – الفترة من 2 إلى 8 شباط/فبراير 2026
صدر بتاريخ 9 شباط/فبراير 2026

أولاً: ملخص
وثّق فريق المرصد خلال الأسبوع الماضي ثلاث حالات وفاة في محافظتي حمص وحماة، إضافة إلى اعتداء على موقع ديني ووقفة احتجاجية واحدة. وبذلك يرتفع عدد حالات القتل التي وثقها المرصد في محافظة حمص منذ بداية العام إلى 31 حالة.

ثانياً: الوقائع الموثقة
- الإثنين 2 شباط: في حي كرم الزيتون بمدينة حمص، أطلق مسلحون مجهولون يستقلون دراجة نارية النار على شقيقين أمام محل لبيع الخضار يملكانه، ما أدى إلى مقتلهما على الفور. ولم تعلن أي جهة مسؤوليتها.
- الأربعاء 4 شباط: انفجر لغم أرضي من مخلفات الحرب بالقرب من بلدة صوران في ريف حماة الشمالي، ما أسفر عن مقتل راعٍ في الخمسين من عمره وإصابة ابنه بجروح متوسطة.
- الخميس 5 شباط: أقدم مجهولون على إضرام النار في مزار ديني على أطراف بلدة كفربهم في ريف حماة الغربي، ما أدى إلى احتراق أجزاء منه، من دون وقوع إصابات.
- الجمعة 6 شباط: نظّم عشرات من أهالي مدينة السلمية وقفة احتجاجية سلمية أمام مبنى المنطقة، طالبوا فيها بالكشف عن مصير ثلاثة من أبناء المدينة مفقودين منذ أشهر، وانفضّت الوقفة من دون أي تدخل.

ثالثاً: ملاحظات
نفى مصدر في وزارة الداخلية ما تداولته صفحات على مواقع التواصل عن "اشتباكات عنيفة" في مدينة تلبيسة يوم السبت، وأكد المرصد أنه لم يتمكن من التحقق من وقوع أي اشتباك.
يوصي المرصد بتسريع مسح حقول الألغام في ريف حماة الشمالي وبمحاسبة المتورطين في عمليات القتل خارج القانون.
""", url="https://wasat-monitor.example/reports/weekly-58", outlet="مرصد الوسط لتوثيق الانتهاكات",
    published="2026-02-09", incident="sy_central_monitor_week_2026-02-02",
    events=[
        ev(V, "Attack", "2026-02-02", uag("Syria"), civ("Syria"), "homs", 2,
           "أطلق مسلحون مجهولون يستقلون دراجة نارية النار على شقيقين"),
        ev(E, "Remote explosive/landmine/IED", "2026-02-04", uag("Syria"), civ("Syria"), "souran", 1,
           "انفجر لغم أرضي من مخلفات الحرب بالقرب من بلدة صوران"),
        ev(S, "Looting/property destruction", "2026-02-05", uag("Syria"), civ("Syria"), "kafr_buhum", 0,
           "أقدم مجهولون على إضرام النار في مزار ديني على أطراف بلدة كفربهم"),
        ev(P, "Peaceful protest", "2026-02-06", protesters("Syria"), None, "salamiyah", None,
           "نظّم عشرات من أهالي مدينة السلمية وقفة احتجاجية سلمية أمام مبنى المنطقة"),
    ],
    notes="Weekly round-up with four dated events in four places. The landmine is a war remnant with no known "
          "planter: actor1 Unidentified Armed Group (debatable; some coders leave it to the party that laid it). "
          "Arson of a shrine without casualties -> Strategic developments / Looting/property destruction, 0. The "
          "cumulative figure (31 killings since January) and the denied Talbiseh clashes are not events.")

# ------------------------------------------------------------------------------------------------ Iraq
art("q_iq_erbil_khurmala_drone_interception", """
هولير نيوز | hawlernews.example
أربيل – الأحد 3 آب 2025

استهداف حقل خورمالة النفطي بطائرة مسيّرة وإسقاط أخرى قرب مطار أربيل

أعلنت وزارة الثروات الطبيعية في حكومة إقليم كوردستان أن طائرة مسيّرة مفخخة استهدفت فجر اليوم الأحد خزاناً للنفط الخام في حقل خورمالة جنوب غربي أربيل، ما أدى إلى اندلاع حريق تمكنت فرق الدفاع المدني من السيطرة عليه بعد نحو ثلاث ساعات.

وقالت الوزارة في بيان إن الهجوم "لم يسفر عن إصابات بشرية"، لكنه تسبب بتوقف جزئي للإنتاج، مقدّرة الخسائر الأولية بآلاف البراميل يومياً.

وفي سياق متصل، ذكر جهاز مكافحة الإرهاب في الإقليم أن دفاعات التحالف الدولي أسقطت طائرة مسيّرة ثانية قرب مطار أربيل الدولي قرابة الساعة الرابعة والنصف فجراً، من دون أن تسجل أي أضرار.

ولم تعلن أي جهة مسؤوليتها عن الهجومين، فيما دانت الحكومة الاتحادية في بغداد "الاعتداء الإرهابي"، وأعلنت تشكيل لجنة تحقيق مشتركة مع الإقليم. وكانت حقول نفطية في محافظة دهوك قد تعرضت لهجمات مماثلة الشهر الماضي.

© هولير نيوز 2025 | من نحن | اتصل بنا
""", url="https://hawlernews.example/ar/2025/08/03/khurmala-drone", outlet="هولير نيوز",
    published="2025-08-03", incident="iq_erbil_drones_2025-08-03",
    events=[
        ev(E, "Air/drone strike", "2025-08-03", uag("Iraq"), None, "khurmala", 0,
           "طائرة مسيّرة مفخخة استهدفت فجر اليوم الأحد خزاناً للنفط الخام في حقل خورمالة"),
        ev(S, "Disrupted weapons use", "2025-08-03", COALITION, uag("Iraq"), "erbil_airport", 0,
           "دفاعات التحالف الدولي أسقطت طائرة مسيّرة ثانية قرب مطار أربيل الدولي"),
    ],
    notes="Unclaimed drone attack on an oil field, 'no human casualties' -> 0, no actor2 (infrastructure). The drone "
          "shot down near the airport is a separate Disrupted weapons use event (actor1 the interceptor, the "
          "coalition; actor2 the unknown launcher). The July attacks in Duhok are background.")

art("q_iq_anbar_wadi_hauran_clash_airstrikes", """
الأنبار الآن | anbarnow.example
أمني | الأحد 15 آذار 2026

مقتل أربعة من داعش بضربات جوية في وادي حوران بعد يوم من اشتباك أودى بحياة جنديين

قالت خلية الإعلام الأمني في بيان اليوم الأحد إن طائرات F-16 التابعة للقوة الجوية العراقية نفذت، يوم أمس السبت، ثلاث ضربات جوية على أوكار ومضافات لعصابات داعش الإرهابية في عمق وادي حوران غربي محافظة الأنبار، "أسفرت عن مقتل أربعة إرهابيين وتدمير الأوكار بالكامل".

وجاءت الضربات، بحسب البيان، بناءً على معلومات استخبارية دقيقة أعقبت اشتباكاً مسلحاً وقع مساء الجمعة بين قوة من الفرقة السابعة في الجيش العراقي ومجموعة من عناصر التنظيم في الوادي نفسه. وأوضح مصدر عسكري لـ"الأنبار الآن" أن الاشتباك استمر نحو ساعة و"أسفر عن استشهاد جنديين وإصابة ضابط برتبة ملازم، فيما قُتل ثلاثة من الإرهابيين وفرّ الباقون".

وفي بيان منفصل، أعلن جهاز المخابرات الوطني إلقاء القبض على "إرهابي مطلوب وفق أحكام المادة 4 إرهاب" في قضاء الحويجة بمحافظة كركوك، من دون أن يحدد موعد العملية.

ويُعد وادي حوران، الممتد من الحدود السعودية والأردنية حتى نهر الفرات قرب حديثة، من أبرز الملاذات التي يتحصن فيها عناصر التنظيم منذ إعلان النصر عليه عام 2017.

اقرأ أيضاً: محافظ الأنبار يفتتح جسراً جديداً في الرمادي
""", url="https://anbarnow.example/security/2026/03/15/wadi-hauran", outlet="الأنبار الآن",
    published="2026-03-15", incident="iq_wadi_hauran_2026-03-13",
    events=[
        ev(B, "Armed clash", "2026-03-13", IRQ, ISIS, "wadi_hauran", 5,
           "اشتباكاً مسلحاً وقع مساء الجمعة بين قوة من الفرقة السابعة في الجيش العراقي ومجموعة من عناصر التنظيم"),
        ev(E, "Air/drone strike", "2026-03-14", IRQ, ISIS, "wadi_hauran", 4,
           "نفذت، يوم أمس السبت، ثلاث ضربات جوية على أوكار ومضافات لعصابات داعش الإرهابية"),
        ev(S, "Arrests", None, IRQ_INT, ISIS, "hawija", None,
           "إلقاء القبض على \"إرهابي مطلوب وفق أحكام المادة 4 إرهاب\" في قضاء الحويجة", optional=True),
    ],
    notes="Two events on two days in the same valley: Friday's clash (2 soldiers + 3 militants = 5) and Saturday's "
          "air strikes (4 militants, uncontradicted). The story leads with the later event. Wadi Hauran is a long "
          "valley; the point is approximate (geo precision 2). The undated arrest in Hawija is optional. The 2017 "
          "victory is background.")

art("q_iq_baghdad_lecturers_protest_tv", """
قناة النهرين الفضائية – نشرة أخبار الثامنة مساءً
الأحد 7 كانون الأول 2025 – نص مفرَّغ

المذيعة: مساء الخير، ونبدأ نشرتنا من العاصمة بغداد، حيث فرّقت قوات مكافحة الشغب اليوم تظاهرة للمحاضرين بالأجر اليومي في ساحة التحرير، مستخدمة خراطيم المياه والهراوات، بعد محاولة المتظاهرين عبور جسر الجمهورية باتجاه المنطقة الخضراء. معنا من هناك الزميل حيدر الساعدي. حيدر، ماذا جرى؟

المراسل: نعم، مساء الخير. منذ العاشرة صباحاً تجمّع مئات المحاضرين القادمين من بغداد ومحافظات الفرات الأوسط والجنوب، ورفعوا لافتات تطالب بتثبيتهم على الملاك الدائم بعد سنوات من العمل بأجور زهيدة. التظاهرة بقيت سلمية حتى الظهيرة، لكن عندما حاول عدد من الشباب إزالة الحواجز الكونكريتية عند مدخل الجسر، تدخلت قوات مكافحة الشغب بخراطيم المياه ثم بالهراوات. مصدر طبي في مستشفى ابن النفيس أبلغنا بأن تسعة متظاهرين أصيبوا بحالات اختناق ورضوض، ولم تُسجَّل حالات وفاة.

المذيعة: وماذا قالت وزارة الداخلية؟

المراسل: الوزارة أصدرت بياناً قالت فيه إن القوات "تعاملت بانضباط عالٍ"، وإن "عناصر مندسة حاولت الاعتداء على القوات الأمنية". المتظاهرون من جهتهم أعلنوا أنهم سيعودون إلى الساحة يوم الأحد المقبل.

المذيعة: شكراً حيدر. وفي البصرة، لوّحت نقابة المعلمين بإضراب شامل الأسبوع المقبل إذا لم تُصرف المستحقات المتأخرة. وننتقل إلى أخبار الاقتصاد...
""", url="https://nahrain-tv.example/news/2025/12/07/8pm-transcript", outlet="قناة النهرين الفضائية",
    published="2025-12-07", incident="iq_baghdad_lecturers_protest_2025-12-07",
    events=[
        ev(P, "Protest with intervention", "2025-12-07", protesters("Iraq"), IRQ_POL, "baghdad_tahrir", 0,
           "فرّقت قوات مكافحة الشغب اليوم تظاهرة للمحاضرين بالأجر اليومي في ساحة التحرير"),
    ],
    notes="Water cannon and batons to disperse a protest after some protesters tried to remove barriers: Protest "
          "with intervention (not Excessive force: no lethal force, injuries limited to choking and bruises). Riot "
          "police -> Police Forces of Iraq. 'لم تُسجَّل حالات وفاة' -> 0. The planned return next Sunday and the "
          "Basra teachers' strike threat are not events.")

# ------------------------------------------------------------------------------------------------ Jordan
art("q_jo_ramtha_revenge_arson_local", """
أخبار الشمال | shamalnews.example
الرئيسية | محليات | اقتصاد | رياضة | وفيات | فيديو
الأحد، 6 تموز 2025

غضب بعد جريمة قتل: حرق منازل ومركبات في الرمثا و11 موقوفاً

الرمثا – أخبار الشمال
أقدم عشرات من أقارب شاب لقي حتفه طعناً خلال مشاجرة ليلة الخميس، مساء الجمعة، على مهاجمة منازل ومحال تجارية تعود لعائلة المشتبه به في أحد أحياء لواء الرمثا، وأضرموا النار في ثلاثة منازل وأربع مركبات، وفق شهود عيان.

وقال مصدر أمني إن قوة من الأمن العام وقوات الدرك تدخلت وأطلقت الغاز المسيل للدموع لتفريق المهاجمين، وإن الحادثة لم تسفر عن إصابات بشرية، إذ كانت عائلة المشتبه به قد غادرت الحي منذ ليلة الجريمة بموجب "الجلوة" العشائرية.

وأضاف المصدر أن الأجهزة الأمنية ألقت القبض، أمس السبت، على 11 شخصاً من المشاركين في أعمال الحرق، فيما لا يزال المشتبه به الرئيسي في جريمة القتل موقوفاً منذ صباح الجمعة على ذمة القضية.

ودعا وجهاء من المدينة إلى "تغليب صوت العقل"، والعمل على عطوة عشائرية تحفظ السلم الأهلي.

اقرأ أيضاً:
- ارتفاع درجات الحرارة في الأغوار إلى 45 درجة
- افتتاح مهرجان الرمثا للتسوق

وفيات الأحد 6-7-2025 | حالة الطقس | أسعار الذهب
شارك الخبر: فيسبوك | واتساب | تلغرام
""", url="https://shamalnews.example/local/2025/07/06/ramtha-arson", outlet="أخبار الشمال",
    published="2025-07-06", incident="jo_ramtha_arson_2025-07-04",
    events=[
        ev(R, "Mob violence", "2025-07-04", rioters("Jordan"), civ("Jordan"), "ramtha", 0,
           "أضرموا النار في ثلاثة منازل وأربع مركبات"),
        ev(S, "Arrests", "2025-07-05", JOR_POL, rioters("Jordan"), "ramtha", None,
           "ألقت القبض، أمس السبت، على 11 شخصاً من المشاركين في أعمال الحرق", optional=True),
    ],
    notes="Revenge arson by a crowd against the suspect's family: Riots / Mob violence on Friday 4 July (relative "
          "dates anchored on Sunday 6 July); 'لم تسفر عن إصابات بشرية' -> 0. The stabbing on Thursday night is "
          "ordinary interpersonal crime and is not coded. The arrests on Saturday are optional.")


# ------------------------------------------------------------------------------------------------ Palestine
art("q_ps_bani_suheila_strike_two_tolls_wire", """
وكالة الضفتين للأنباء

غزة، 18 حزيران/يونيو 2025 (الضفتين) – قُتل تسعة فلسطينيين على الأقل، بينهم أربعة أطفال، فجر اليوم الأربعاء، في غارة جوية إسرائيلية استهدفت منزلاً لعائلة أبو طير في بلدة بني سهيلا شرقي خان يونس جنوبي قطاع غزة، بحسب ما أفاد جهاز الدفاع المدني.

وقال مجمع ناصر الطبي في بيان لاحق إنه استقبل جثامين 11 شخصاً من المنزل المستهدف، مشيراً إلى أن آخرين ما زالوا تحت الأنقاض وأن طواقم الإنقاذ تعمل بأدوات بدائية.

من جهته، قال الجيش الإسرائيلي إنه "استهدف مسلحاً من حماس" في المنطقة، وإنه "يتخذ خطوات لتقليل الضرر بالمدنيين"، من دون أن يعلّق على عدد القتلى.

وفي شمال القطاع، قُتل شخصان وأصيب آخرون جراء قصف مدفعي إسرائيلي طال حي الشجاعية شرقي مدينة غزة صباح اليوم، وفق مصادر طبية في المستشفى الأهلي العربي (المعمداني).

وبحسب وزارة الصحة في غزة، ترتفع بذلك الحصيلة الإجمالية إلى أكثر من 55 ألف قتيل منذ السابع من تشرين الأول/أكتوبر 2023، فيما لا تزال مفاوضات وقف إطلاق النار متعثرة.

(الضفتين) ع.ن/هـ.ش
""", url="https://daftain-news.example/wire/2025/06/18/bani-suheila", outlet="وكالة الضفتين للأنباء",
    published="2025-06-18", incident="ps_bani_suheila_strike_2025-06-18",
    events=[
        ev(E, "Air/drone strike", "2025-06-18", ISR, civ("Palestine"), "bani_suheila", 9,
           "في غارة جوية إسرائيلية استهدفت منزلاً لعائلة أبو طير في بلدة بني سهيلا شرقي خان يونس"),
        ev(E, "Shelling/artillery/missile attack", "2025-06-18", ISR, civ("Palestine"), "shujaiya", 2,
           "قُتل شخصان وأصيب آخرون جراء قصف مدفعي إسرائيلي طال حي الشجاعية"),
    ],
    notes="Two sources for the house strike: civil defence 9 ('at least'), the hospital 11 -> lowest credible 9. The "
          "Israeli army names one Hamas gunman as the target; the dead are a family, so actor2 is Civilians "
          "(Palestine) (debatable). The Shujaiya shelling is a second event. The cumulative ministry toll is not an "
          "event.")

art("q_ps_nablus_balata_raid_liveblog", """
شبكة نبض الضفة | تغطية مباشرة
اقتحام مخيم بلاطة ونابلس – الثلاثاء 21 نيسان 2026
(الأحدث أولاً – يتم التحديث باستمرار)

14:20 – انسحاب قوات الاحتلال من مخيم بلاطة بعد نحو تسع ساعات من الاقتحام. مصادر محلية: الجرافات العسكرية دمّرت أجزاء من شبكة المياه والشارع الرئيسي عند المدخل الشرقي للمخيم.

13:05 – وزارة الصحة: استشهاد الشاب يزن عماد (19 عاماً) برصاص الاحتلال في بلدة بيتا جنوب نابلس، خلال مواجهات اندلعت بعد أن رشق شبان دورية عسكرية بالحجارة عند مدخل البلدة.

11:40 – الهلال الأحمر: طواقمنا تعاملت مع ست إصابات بالرصاص الحي والمطاطي في بيتا ومحيطها، إحداها وُصفت بالخطيرة.

10:15 – سرايا القدس – كتيبة بلاطة في بيان مقتضب: مقاتلونا يخوضون اشتباكات مسلحة مع قوات الاحتلال في محيط مسجد المخيم ويستهدفونها بعبوات متفجرة.

09:30 – مراسلنا: تبادل كثيف لإطلاق النار في حارة الجماسين داخل المخيم، وطائرة مسيّرة تحلّق على علو منخفض.

07:50 – نادي الأسير: قوات الاحتلال اعتقلت ستة شبان من مدينة نابلس خلال دهم منازلهم فجراً، بينهم أسير محرر.

05:10 – قوات كبيرة من جيش الاحتلال تقتحم مخيم بلاطة شرق نابلس من عدة محاور، ترافقها جرافات عسكرية.

تابعونا على تلغرام لمزيد من التحديثات | شارك الصفحة
""", url="https://nabd-daffa.example/live/2026/04/21/balata", outlet="شبكة نبض الضفة",
    published="2026-04-21", incident="ps_nablus_balata_raid_2026-04-21",
    events=[
        ev(B, "Armed clash", "2026-04-21", ISR, QUDS, "balata", None,
           "مقاتلونا يخوضون اشتباكات مسلحة مع قوات الاحتلال في محيط مسجد المخيم"),
        ev(R, "Violent demonstration", "2026-04-21", rioters("Palestine"), ISR, "beita", 1,
           "استشهاد الشاب يزن عماد (19 عاماً) برصاص الاحتلال في بلدة بيتا جنوب نابلس"),
        ev(S, "Arrests", "2026-04-21", ISR, civ("Palestine"), "nablus", None,
           "قوات الاحتلال اعتقلت ستة شبان من مدينة نابلس خلال دهم منازلهم فجراً", optional=True),
        ev(S, "Looting/property destruction", "2026-04-21", ISR, civ("Palestine"), "balata", None,
           "الجرافات العسكرية دمّرت أجزاء من شبكة المياه والشارع الرئيسي", optional=True),
    ],
    notes="Live blog, newest first. The exchange of fire in Balata (claimed by the Quds Brigades' Balata battalion, "
          "confirmed by the correspondent; no casualty figure -> null) and the stone-throwing confrontation in Beita "
          "where a young man was shot dead (Riots / Violent demonstration, 1) are the required events; Beita is 8 km "
          "from Balata. The arrests and the bulldozing are optional strategic developments.")

art("q_ps_auja_settlers_attack_repost", """
أخبار الأغوار – منشور على فيسبوك
الإثنين 27 تشرين الأول 2025 · 08:12

نقلاً عن صفحة مجلس قروي العوجا:
‼️ عاجل | هجوم للمستوطنين على تجمع عين العوجا البدوي
مساء أمس الأحد هاجم نحو عشرين مستوطناً، بعضهم مسلح، تجمّع عين العوجا البدوي شمال أريحا، واعتدوا بالضرب بالعصي على ثلاثة رعاة نُقلوا إلى مستشفى أريحا الحكومي، وأحرقوا خيمتين وحظيرة، وسرقوا نحو 40 رأساً من الأغنام. وجرى الهجوم تحت حماية جنود الاحتلال الذين منعوا الأهالي من الاقتراب.
نناشد المؤسسات الحقوقية والدولية التدخل العاجل لحماية التجمعات البدوية في الأغوار.
#العوجا #الأغوار #انقذوا_الأغوار

👍 312 · 💬 47 تعليقاً · ↪️ 129 مشاركة

أبرز التعليقات:
– أم خالد: الله يحميكم ويصبركم
– سائد ن.: هذا ثالث هجوم هذا الشهر وما حدا سائل
""", url="https://facebook.example/aghwar.news/posts/1029384756", outlet="أخبار الأغوار (فيسبوك)",
    published="2025-10-27", incident="ps_auja_settlers_2025-10-26",
    events=[
        ev(V, "Attack", "2025-10-26", SETTLERS, civ("Palestine"), "al_auja", None,
           "مساء أمس الأحد هاجم نحو عشرين مستوطناً، بعضهم مسلح، تجمّع عين العوجا البدوي"),
    ],
    notes="Social-media repost of a village council post; 'مساء أمس الأحد' anchored on the post date (27 October). "
          "Beating of herders, arson of tents and theft of sheep form one settler attack on civilians; no death "
          "figure -> null. The soldiers' presence could make Military Forces of Israel an associated actor. The "
          "commenter's 'third attack this month' is not an event.")

# ------------------------------------------------------------------------------------------------ Egypt
art("q_eg_warraq_demolition_protest_teargas", """
الوادي نيوز | elwadinews.example
حوادث وقضايا | الخميس 15 مايو 2025

الأمن يفرّق تجمعاً لأهالي جزيرة الوراق بالغاز... ومصدر أمني ينفي

الجيزة – الوادي نيوز
أطلقت قوات الأمن الغاز المسيل للدموع صباح أمس الأربعاء لتفريق مئات من أهالي جزيرة الوراق تجمّعوا عند مرسى المعدية الرئيسي، احتجاجاً على بدء أعمال هدم عدد من المنازل ضمن مشروع تطوير الجزيرة، بحسب شهود عيان ومقاطع مصورة تداولها الأهالي على مواقع التواصل الاجتماعي.

وقال أحد السكان لـ"الوادي نيوز" إن الشرطة ألقت القبض على تسعة من الأهالي، بينهم سيدتان، وإن عدداً من المحتجين أصيبوا بحالات اختناق جرى إسعافهم داخل الجزيرة.

في المقابل، نفى مصدر أمني استخدام الغاز، مؤكداً أن القوات "تعاملت بضبط النفس مع بعض مثيري الشغب الذين حاولوا تعطيل عمل الجهات التنفيذية"، وأن من أُلقي القبض عليهم أُحيلوا إلى النيابة العامة التي تباشر التحقيق.

وكانت الجزيرة قد شهدت في يوليو 2017 مواجهات مماثلة بين الأهالي وقوات الأمن خلال حملة لإزالة التعديات.

اقرأ أيضاً: ضبط 3 أطنان دقيق مدعم قبل بيعها في السوق السوداء بالجيزة
""", url="https://elwadinews.example/accidents/2025/05/15/warraq", outlet="الوادي نيوز",
    published="2025-05-15", incident="eg_warraq_protest_2025-05-14",
    events=[
        ev(P, "Protest with intervention", "2025-05-14", protesters("Egypt"), EGY_POL, "warraq", None,
           "أطلقت قوات الأمن الغاز المسيل للدموع صباح أمس الأربعاء لتفريق مئات من أهالي جزيرة الوراق"),
    ],
    notes="Residents protesting demolitions, dispersed with tear gas and nine arrests: Protest with intervention "
          "(the security source's denial of tear gas does not deny the gathering or the arrests). No death figure "
          "-> null. The 2017 clashes are background.")

# ------------------------------------------------------------------------------------------------ Libya
art("q_ly_kufra_clashes_truce_local", """
بوابة الجنوب الليبي | southgate-ly.example
الإثنين 10 أغسطس 2026

قتلى في اشتباكات بالكفرة... واتفاق لوقف إطلاق النار برعاية الأعيان

الكفرة – بوابة الجنوب
قُتل أربعة أشخاص على الأقل وأصيب عشرة آخرون في اشتباكات اندلعت مساء السبت في حي الشورى بمدينة الكفرة بين عناصر من كتيبة سبل السلام ومسلحين من أبناء مكوّن التبو، على خلفية سرقة سيارة رباعية الدفع، وفق ما أفاد مصدر في مستشفى الشهيد عطية الكاسح.

وقال عضو في مجلس أعيان التبو لـ"بوابة الجنوب" إن حصيلة القتلى بلغت ستة، بينهم امرأة أصيبت برصاصة طائشة داخل منزلها.

واستُخدمت في الاشتباكات الأسلحة المتوسطة وقذائف الهاون، ما تسبب في نزوح عشرات العائلات من الحي نحو مناطق أكثر أماناً في أطراف المدينة.

وفي اليوم التالي، الأحد، وقّع أعيان وحكماء من الطرفين، بحضور عميد البلدية وآمر المنطقة العسكرية، اتفاقاً لوقف إطلاق النار يقضي بانسحاب المجموعات المسلحة من الحي وتشكيل لجنة لتسليم المطلوبين إلى النيابة.

وتعيد هذه الأحداث إلى الأذهان المواجهات الدامية التي شهدتها المدينة عام 2015 بين قبيلة الزوية ومكوّن التبو.

شارك: فيسبوك | تويتر | واتساب
""", url="https://southgate-ly.example/news/2026/08/10/kufra-clashes", outlet="بوابة الجنوب الليبي",
    published="2026-08-10", incident="ly_kufra_clashes_2026-08-08",
    events=[
        ev(B, "Armed clash", "2026-08-08", SUBUL, TEBU, "kufra", 4,
           "اشتباكات اندلعت مساء السبت في حي الشورى بمدينة الكفرة بين عناصر من كتيبة سبل السلام ومسلحين من أبناء مكوّن التبو"),
        ev(S, "Agreement", "2026-08-09", SUBUL, TEBU, "kufra", None,
           "وقّع أعيان وحكماء من الطرفين، بحضور عميد البلدية وآمر المنطقة العسكرية، اتفاقاً لوقف إطلاق النار"),
    ],
    notes="Conflicting tolls: hospital 4 ('at least'), a Tebu notable 6 -> lowest credible 4. Armed Tebu youths -> "
          "Tebu Ethnic Militia (Libya). The ceasefire signed the next day by notables of both sides is an Agreement "
          "event. The 2015 Kufra fighting is background.")

art("q_ly_tripoli_pm_office_protest_wire", """
الوكالة المغاربية للأنباء (مغاربية)

مقتل عنصر أمن في محاولة اقتحام مقر رئاسة الوزراء بطرابلس عقب تظاهرة حاشدة

طرابلس، 21 مارس 2026 (مغاربية) – توفي أحد عناصر الأمن متأثراً بإصابته بطلق ناري مجهول المصدر، خلال مواجهات اندلعت مساء الجمعة بين قوات الأمن ومحتجين حاولوا اقتحام مقر رئاسة الوزراء بطريق السكة في العاصمة الليبية طرابلس، وفق ما أعلنت وزارة الداخلية في حكومة الوحدة الوطنية صباح اليوم السبت.

وكان آلاف المتظاهرين قد تجمعوا عصر الجمعة في ميدان الشهداء وسط طرابلس، مطالبين برحيل الحكومة وإجراء الانتخابات، في تظاهرة سلمية هي الأكبر منذ أشهر. ومع حلول المساء توجّه مئات منهم إلى مقر رئاسة الوزراء، حيث رشقوا المبنى بالحجارة والزجاجات الحارقة وأضرموا النار في إحدى بواباته.

وقالت الوزارة إن 12 من عناصرها أصيبوا بجروح، فيما تحدث ناشطون عن إصابة عدد من المحتجين بالرصاص الحي، من دون أن يتسنى التحقق من ذلك من مصادر مستقلة.

ودعت بعثة الأمم المتحدة للدعم في ليبيا جميع الأطراف إلى "ضبط النفس واحترام حق التظاهر السلمي"، فيما دعا منظمو الحراك إلى تظاهرة جديدة الجمعة المقبلة.

(مغاربية) ل.ب/ع.م
""", url="https://maghrebia-news.example/ar/2026/03/21/tripoli-pm-office", outlet="الوكالة المغاربية للأنباء",
    published="2026-03-21", incident="ly_tripoli_pm_office_protest_2026-03-20",
    events=[
        ev(P, "Peaceful protest", "2026-03-20", protesters("Libya"), None, "tripoli_martyrs_sq", None,
           "تجمعوا عصر الجمعة في ميدان الشهداء وسط طرابلس، مطالبين برحيل الحكومة وإجراء الانتخابات"),
        ev(R, "Violent demonstration", "2026-03-20", rioters("Libya"), LBY_POL, "tripoli_pm_office", 1,
           "حاولوا اقتحام مقر رئاسة الوزراء بطريق السكة"),
    ],
    notes="Same incident as q_ly_tripoli_pm_office_protest_tv. The afternoon rally in Martyrs' Square was peaceful; "
          "the evening attempt to storm the prime minister's office (stones, petrol bombs, a gate set on fire) is a "
          "Violent demonstration. The security man died of a gunshot 'of unknown source' during it -> 1. The call "
          "for next Friday's protest is not an event.")

art("q_ly_tripoli_pm_office_protest_tv", """
قناة الوطن الليبية – تغطية خاصة على الهواء
الجمعة 20 مارس 2026 – الساعة 21:30 – نص مفرَّغ

المذيع: نعود إلى تطورات الوضع في طرابلس. بعد التظاهرة الحاشدة التي شهدها ميدان الشهداء عصر اليوم، يتجه المشهد نحو التصعيد أمام مقر رئاسة الوزراء. معنا مراسلنا عبد الرؤوف المبروك. عبد الرؤوف، ما الذي يحدث الآن؟

المراسل: مساء الخير. أنا على بُعد مئتي متر تقريباً من مقر رئاسة الوزراء في طريق السكة. منذ نحو ساعة وصل مئات الشبان من ميدان الشهداء، وبدأوا برشق المبنى بالحجارة، وشاهدنا زجاجات حارقة تُلقى باتجاه البوابة الغربية التي اشتعلت فيها النيران. قوات الأمن أطلقت الرصاص في الهواء وقنابل الغاز، ونسمع بين حين وآخر رشقات نارية لا نعرف مصدرها.

المذيع: هل هناك إصابات؟

المراسل: رأينا سيارات إسعاف تنقل عدداً من المصابين، بعضهم من عناصر الأمن. حتى هذه اللحظة لا معلومات مؤكدة عن وفيات، ووزارة الداخلية لم تصدر أي بيان بعد.

المذيع: وماذا عن التظاهرة في الميدان؟

المراسل: التظاهرة في ميدان الشهداء كانت سلمية بالكامل، آلاف المشاركين رفعوا الأعلام وهتفوا ضد الحكومة والبرلمان، وانتهت قرابة المغرب قبل أن تتوجه مجموعات منهم إلى هنا.

المذيع: شكراً عبد الرؤوف، وسنعود إليك فور ورود أي جديد.
""", url="https://alwatan-ly-tv.example/live/2026/03/20/tripoli", outlet="قناة الوطن الليبية",
    published="2026-03-20", incident="ly_tripoli_pm_office_protest_2026-03-20",
    events=[
        ev(P, "Peaceful protest", "2026-03-20", protesters("Libya"), None, "tripoli_martyrs_sq", None,
           "التظاهرة في ميدان الشهداء كانت سلمية بالكامل"),
        ev(R, "Violent demonstration", "2026-03-20", rioters("Libya"), LBY_POL, "tripoli_pm_office", None,
           "بدأوا برشق المبنى بالحجارة، وشاهدنا زجاجات حارقة تُلقى باتجاه البوابة الغربية"),
    ],
    notes="Live TV transcript of the same incident as q_ly_tripoli_pm_office_protest_wire, aired before the death "
          "was announced: 'no confirmed information about deaths' -> null here (not 0).")

# ------------------------------------------------------------------------------------------------ Tunisia
art("q_tn_gabes_pollution_march_clashes", """
قابس اليوم | gabestoday.example
الرئيسية | جهويات | وطنية | رياضة | ثقافة
السبت 13 جوان 2026

الآلاف في مسيرة سلمية ضدّ التلوّث... ومواجهات ليلية في شط السلام

شارك الآلاف من أهالي قابس، يوم الجمعة 12 جوان، في مسيرة سلمية جابت شارع الحبيب بورقيبة وصولاً إلى مقرّ الولاية، للمطالبة بتفكيك الوحدات الملوّثة للمجمع الكيميائي، رافعين شعارات من قبيل "قابس تحب تعيش" و"الحق في البيئة حق دستوري".

وفي ساعة متأخرة من ليلة الجمعة إلى السبت، اندلعت مواجهات في منطقة شط السلام بين مجموعات من الشبان ووحدات الأمن، إذ أغلق المحتجون الطريق المؤدية إلى المجمع بالعجلات المطاطية المشتعلة ورشقوا الأعوان بالحجارة، فيما ردّت الوحدات الأمنية بالغاز المسيل للدموع.

وأفاد الناطق الرسمي باسم الإدارة العامة للأمن الوطني بإصابة خمسة أعوان بجروح طفيفة وإيقاف 17 شخصاً من أجل "الاعتداء على أعوان الأمن وتعطيل حركة المرور".

وكانت الجهة قد عرفت تحركات مماثلة في خريف 2025، فيما تستعد منظمات المجتمع المدني لإضراب جهوي يوم 25 جوان الجاري.

اقرأ أيضاً: انطلاق موسم جني الرمان في قابس | نتائج الباكالوريا: موعد الإعلان
""", url="https://gabestoday.example/regions/2026/06/13/gabes-march", outlet="قابس اليوم",
    published="2026-06-13", incident="tn_gabes_pollution_protest_2026-06-12",
    events=[
        ev(P, "Peaceful protest", "2026-06-12", protesters("Tunisia"), None, "gabes", None,
           "شارك الآلاف من أهالي قابس، يوم الجمعة 12 جوان، في مسيرة سلمية"),
        ev(R, "Violent demonstration", "2026-06-12", rioters("Tunisia"), TUN_POL, "chott_essalam", None,
           "اندلعت مواجهات في منطقة شط السلام بين مجموعات من الشبان ووحدات الأمن"),
    ],
    notes="Maghrebi month names (جوان). A peaceful march in the afternoon and night clashes (burning tyres, stones, "
          "tear gas, 17 arrests) in Chott Essalam, a few km north of the city: two events of different types. The "
          "clashes began late on Friday night (12 June; 13 June is within the matching window). Injuries only, no "
          "death statement -> null. The planned strike on 25 June is not an event.")

# ------------------------------------------------------------------------------------------------ Algeria
art("q_dz_ain_oussera_housing_list_riot", """
صدى الهضاب | sadaelhidhab.example
الثلاثاء 04 فيفري 2025

عين وسارة: احتجاجات عنيفة عقب الإفراج عن قائمة السكن الاجتماعي

شهدت مدينة عين وسارة، شمال ولاية الجلفة، مساء أول أمس الأحد، احتجاجات عنيفة عقب تعليق قائمة المستفيدين من 600 مسكن عمومي إيجاري، حيث أقدم عشرات الشباب الغاضبين على غلق الطريق الوطني رقم 1 بالحجارة والعجلات المطاطية المشتعلة، ورشق مقر الدائرة بالحجارة ما أدى إلى تحطيم واجهته الزجاجية.

وتدخلت وحدات الدرك الوطني مستعملة الغاز المسيل للدموع لإعادة فتح الطريق، وهو ما تحوّل إلى مناوشات استمرت إلى ساعة متأخرة من الليل، أسفرت عن إصابة ثمانية أعوان وعدد من المحتجين بجروح متفاوتة، دون تسجيل أي حالة وفاة. وأفادت مصادر محلية بتوقيف 12 شخصاً.

من جهته، أكد رئيس الدائرة في تصريح لـ"صدى الهضاب" أن القائمة "خضعت لتحقيقات دقيقة"، داعياً المقصيين إلى إيداع طعونهم لدى اللجنة الولائية قبل يوم 15 فيفري الجاري.

وعادت الحركة المرورية إلى طبيعتها صباح أمس الإثنين على مستوى الطريق الوطني رقم 1.

© صدى الهضاب – جميع الحقوق محفوظة
""", url="https://sadaelhidhab.example/regions/2025/02/04/ain-oussera", outlet="صدى الهضاب",
    published="2025-02-04", incident="dz_ain_oussera_riot_2025-02-02",
    events=[
        ev(R, "Violent demonstration", "2025-02-02", rioters("Algeria"), DZA_POL, "ain_oussera", 0,
           "أقدم عشرات الشباب الغاضبين على غلق الطريق الوطني رقم 1 بالحجارة والعجلات المطاطية المشتعلة"),
    ],
    notes="'مساء أول أمس الأحد' relative to Tuesday 4 February -> Sunday 2 February. Road blocked with burning tyres, "
          "stones at the daira building, clashes with the gendarmerie: Violent demonstration; the Gendarmerie "
          "nationale is coded as Police Forces of Algeria. 'دون تسجيل أي حالة وفاة' -> 0. The appeal deadline is "
          "not an event.")

# ------------------------------------------------------------------------------------------------ Morocco
art("q_ma_beni_mellal_hospital_sitin_dispersed", """
تادلة 24 | tadla24.example
جهة بني ملال خنيفرة | الأربعاء 30 شتنبر 2026

تفريق وقفة شبابية أمام المستشفى الجهوي ببني ملال وتوقيف 14 محتجاً

فرّقت القوات العمومية، مساء الأحد 27 شتنبر 2026، وقفة احتجاجية نظمها عشرات الشباب أمام المركز الاستشفائي الجهوي ببني ملال، احتجاجاً على ما وصفوه بـ"تردي الخدمات الصحية"، وذلك بعد وفاة سيدة حامل داخل قسم الولادة الأسبوع الماضي.

وأفادت مصادر حقوقية لـ"تادلة 24" بأن السلطات أوقفت 14 شاباً، قبل أن تطلق سراحهم في ساعة متأخرة من الليل بعد تحرير محاضر في حقهم، فيما أكدت السلطات المحلية أن الوقفة "لم تكن مصرحاً بها".

وفي اليوم الموالي، الإثنين 28 شتنبر، نظم العشرات من ساكنة مدينة الفقيه بن صالح وقفة مماثلة أمام المستشفى الإقليمي، مرت في أجواء سلمية ودون أي تدخل أمني.

وتأتي هذه الاحتجاجات بعد أن عرفت عدة مدن مغربية، خلال خريف العام الماضي، موجة من الاحتجاجات الشبابية المطالبة بإصلاح قطاعي الصحة والتعليم.

أخبار ذات صلة: وزير الصحة يعد بتعزيز الموارد البشرية بمستشفيات الجهة قبل نهاية دجنبر
""", url="https://tadla24.example/region/2026/09/30/beni-mellal-sitin", outlet="تادلة 24",
    published="2026-09-30", incident="ma_beni_mellal_health_protests_2026-09-27",
    events=[
        ev(P, "Protest with intervention", "2026-09-27", protesters("Morocco"), MAR_POL, "beni_mellal", None,
           "فرّقت القوات العمومية، مساء الأحد 27 شتنبر 2026، وقفة احتجاجية"),
        ev(P, "Peaceful protest", "2026-09-28", protesters("Morocco"), None, "fquih_ben_salah", None,
           "نظم العشرات من ساكنة مدينة الفقيه بن صالح وقفة مماثلة أمام المستشفى الإقليمي"),
    ],
    notes="Moroccan month names (شتنبر، دجنبر). Two protests on two days in two towns: a sit-in dispersed with 14 "
          "detentions (Protest with intervention; 'القوات العمومية' -> Police Forces of Morocco) and a peaceful one "
          "the next day. The woman's death in the maternity ward and last year's protest wave are background.")

# ------------------------------------------------------------------------------------------------ Yemen
art("q_ye_hodeidah_port_us_strikes_wire", """
وكالة سبأ الحرة للأنباء (س.ح)

صنعاء، 12 أبريل 2025 (س.ح) – قُتل ثلاثة عمال وأصيب خمسة آخرون جراء غارات جوية أمريكية استهدفت فجر اليوم السبت خزانات للوقود في ميناء الحديدة غربي اليمن، بحسب ما أعلنت وزارة الصحة في حكومة صنعاء التابعة لجماعة أنصار الله (الحوثيين).

وقالت القيادة المركزية الأمريكية في بيان إن قواتها "استهدفت منشآت لتخزين الوقود يستخدمها الحوثيون لتمويل أنشطتهم"، من دون أن تشير إلى سقوط ضحايا.

وأفادت قناة المسيرة التابعة للجماعة بأن غارات أخرى استهدفت مواقع في مديرية كتاف بمحافظة صعدة، من دون أن تذكر تفاصيل عن الخسائر.

وتوعّد متحدث باسم الجماعة بـ"رد قاسٍ"، محذّراً الشركات الأجنبية من التعامل مع الموانئ السعودية والإماراتية.

وتشنّ الولايات المتحدة منذ منتصف مارس الماضي حملة غارات مكثفة على مناطق سيطرة الحوثيين، تقول إنها تهدف إلى وقف هجماتهم على الملاحة في البحر الأحمر.

(س.ح) ف.ق
""", url="https://saba-free.example/ar/2025/04/12/hodeidah-port", outlet="وكالة سبأ الحرة للأنباء",
    published="2025-04-12", incident="ye_us_strikes_hodeidah_kitaf_2025-04-12",
    events=[
        ev(E, "Air/drone strike", "2025-04-12", USA, civ("Yemen"), "hodeidah_port", 3,
           "قُتل ثلاثة عمال وأصيب خمسة آخرون جراء غارات جوية أمريكية استهدفت فجر اليوم السبت خزانات للوقود في ميناء الحديدة"),
        ev(E, "Air/drone strike", "2025-04-12", USA, HOUTHI, "kitaf", None,
           "غارات أخرى استهدفت مواقع في مديرية كتاف بمحافظة صعدة"),
    ],
    notes="Port workers killed -> Civilians (Yemen), 3 (uncontradicted). The Kitaf strikes hit Houthi sites, no "
          "figure -> null; Kitaf's coordinates are approximate (district). The Houthi threat of retaliation and the "
          "campaign since mid-March are not events.")


art("q_ye_sanaa_ngo_staff_abducted_statement", """
المنظمة اليمنية للحريات والحقوق
بيان صحفي – الخميس 13 نوفمبر 2025

تدين المنظمة اليمنية للحريات والحقوق بأشد العبارات اختطاف ثمانية من العاملين في منظمات المجتمع المدني المحلية في صنعاء، وتطالب بالإفراج الفوري وغير المشروط عنهم.

وبحسب المعلومات التي وثّقها فريق المنظمة، اقتحمت عناصر مسلحة تابعة لجهاز الأمن والمخابرات التابع لجماعة الحوثي، فجر الثلاثاء 11 نوفمبر 2025، منازل ثمانية من العاملين في منظمات محلية تعمل في مجالات الإغاثة والتعليم، في أحياء متفرقة من أمانة العاصمة صنعاء، واقتادتهم إلى جهة مجهولة بعد مصادرة هواتفهم وحواسيبهم، من دون أي مذكرة قضائية.

وأكدت أسر المختطفين للمنظمة أنها لم تتمكن حتى اليوم من معرفة أماكن احتجازهم أو التواصل معهم، وأن المسلحين روّعوا النساء والأطفال أثناء عمليات الاقتحام.

وتذكّر المنظمة بأن هذه الحملة تأتي امتداداً لحملات سابقة طالت العشرات من موظفي الأمم المتحدة والمنظمات الدولية منذ يونيو 2024، ولا يزال كثير منهم رهن الاحتجاز.

وتدعو المنظمة المبعوث الأممي والمجتمع الدولي إلى الضغط من أجل إطلاق سراح جميع المختطفين، وتحمّل جماعة الحوثي المسؤولية الكاملة عن سلامتهم.

صادر عن: الدائرة الإعلامية – المنظمة اليمنية للحريات والحقوق
""", url="https://yemen-freedoms.example/statements/2025/11/13", outlet="المنظمة اليمنية للحريات والحقوق",
    published="2025-11-13", incident="ye_sanaa_ngo_abductions_2025-11-11",
    events=[
        ev(V, "Abduction/forced disappearance", "2025-11-11", HOUTHI, civ("Yemen"), "sanaa", None,
           "اقتحمت عناصر مسلحة تابعة لجهاز الأمن والمخابرات التابع لجماعة الحوثي، فجر الثلاثاء 11 نوفمبر 2025"),
    ],
    notes="NGO statement: Houthi security service raids and incommunicado detention of eight local NGO workers -> "
          "Violence against civilians / Abduction/forced disappearance (whereabouts unknown). No deaths mentioned -> "
          "null. The campaign since June 2024 is background.")

# ------------------------------------------------------------------------------------------------ Saudi Arabia
art("q_sa_samtah_houthi_projectile_civil_defence", """
صحيفة جازان اليوم | jazantoday.example
محليات | الأحد ١٦ رمضان ١٤٤٦هـ – ١٦ مارس ٢٠٢٥م

مدني جازان: وفاة مقيم وإصابة مواطنَين جراء سقوط مقذوف عسكري على قرية حدودية بصامطة

جازان – جازان اليوم
صرّح المتحدث الرسمي للمديرية العامة للدفاع المدني بمنطقة جازان بأنه عند الساعة ٩:٤٠ من مساء أمس السبت ١٥ رمضان ١٤٤٦هـ، سقط مقذوف عسكري أطلقته الميليشيا الحوثية من داخل الأراضي اليمنية على إحدى القرى الحدودية التابعة لمحافظة صامطة، ونتج عن ذلك وفاة مقيم من الجنسية اليمنية، وإصابة مواطنَين اثنين بإصابات طفيفة جرى إسعافهما إلى مستشفى صامطة العام، إضافة إلى أضرار مادية في منزل ومركبة.

وأوضح أن فرق الدفاع المدني باشرت الحادث فور وقوعه، وأن الإجراءات النظامية لا تزال مستمرة.

وكانت المنطقة قد شهدت خلال سنوات الحرب سقوط مقذوفات مماثلة، قبل أن تتراجع هذه الحوادث بشكل كبير منذ سريان الهدنة في أبريل ٢٠٢٢.

شارك الخبر | طباعة | أرسل لصديق
جميع الحقوق محفوظة © جازان اليوم ١٤٤٦هـ
""", url="https://jazantoday.example/local/2025/03/16/samtah-projectile", outlet="صحيفة جازان اليوم",
    published="2025-03-16", incident="sa_samtah_projectile_2025-03-15",
    events=[
        ev(E, "Shelling/artillery/missile attack", "2025-03-15", HOUTHI, civ("Saudi Arabia"), "samtah", 1,
           "سقط مقذوف عسكري أطلقته الميليشيا الحوثية من داخل الأراضي اليمنية على إحدى القرى الحدودية التابعة لمحافظة صامطة"),
    ],
    notes="Saudi civil-defence wording with Hijri dates and Eastern digits: 'مساء أمس السبت ١٥ رمضان ١٤٤٦هـ' = "
          "Saturday 15 March 2025 (anchored on the Gregorian publication date 16 March). Cross-border projectile, one "
          "resident killed -> 1; the village is unnamed, so Samtah (geo precision 2). The 2022 truce is background.")

# ------------------------------------------------------------------------------------------------ Sudan
art("q_sd_atbara_drones_power_station_wire", """
وكالة النيلين للأنباء

عطبرة، 20 نوفمبر 2025 (النيلين) – استهدفت مسيّرات انتحارية فجر اليوم الخميس محطة كهرباء عطبرة التحويلية بولاية نهر النيل، ما أدى إلى اندلاع حريق في أحد المحوّلات وانقطاع التيار الكهربائي عن أجزاء واسعة من المدينة، بحسب مصدر في الشركة السودانية لنقل الكهرباء.

وقال المصدر إنه "لم تقع خسائر في الأرواح"، وإن فرق الصيانة بدأت العمل لإعادة التيار خلال ساعات.

وأفاد شهود عيان بأن المضادات الأرضية تصدّت لمسيّرات أخرى حلّقت فوق المدينة، وأعلنت الفرقة الثالثة مشاة في بيان أنها أسقطت ثلاثاً منها قبل بلوغ أهدافها.

ولم تعلّق قوات الدعم السريع على الهجوم، لكن حكومة الولاية حمّلتها المسؤولية، مشيرة إلى أن "الميليشيا تواصل استهداف البنى التحتية المدنية بعد هزائمها في الميدان".

وكانت مدن شمال وشرق السودان، ومنها بورتسودان ومروي، قد تعرّضت لهجمات مماثلة بالمسيّرات خلال الأشهر الماضية.

(النيلين) م.أ
""", url="https://nilain-news.example/ar/2025/11/20/atbara-drones", outlet="وكالة النيلين للأنباء",
    published="2025-11-20", incident="sd_atbara_drones_2025-11-20",
    events=[
        ev(E, "Air/drone strike", "2025-11-20", RSF, None, "atbara", 0,
           "استهدفت مسيّرات انتحارية فجر اليوم الخميس محطة كهرباء عطبرة التحويلية"),
        ev(S, "Disrupted weapons use", "2025-11-20", SDN, RSF, "atbara", None,
           "أعلنت الفرقة الثالثة مشاة في بيان أنها أسقطت ثلاثاً منها قبل بلوغ أهدافها"),
    ],
    notes="Attribution to the RSF comes from the state government (the RSF did not comment); RSF kept as actor1, as "
          "is usual for these drone campaigns. 'لم تقع خسائر في الأرواح' -> 0. Three drones shot down by the army -> "
          "Disrupted weapons use (no figure -> null). Earlier attacks on Port Sudan and Merowe are background.")

art("q_sd_kazgil_army_recapture_two_claims", """
السوداني الجديد | sudani-jadid.example
الإثنين 19 يناير 2026

الجيش يعلن استعادة كازقيل جنوب الأبيض... والدعم السريع يتحدث عن "إعادة تموضع"

الأبيض – السوداني الجديد
أعلن الناطق الرسمي باسم القوات المسلحة السودانية، أمس الأحد، أن قوات "متحرك الصياد" تمكنت من استعادة السيطرة على منطقة كازقيل جنوب مدينة الأبيض بولاية شمال كردفان، "بعد معارك ضارية كبّدت فيها الميليشيا عشرات القتلى وأسرت آخرين، واستولت على 14 عربة قتالية".

وبثّت منصات موالية للجيش مقاطع مصورة قالت إنها لجنود يحتفلون داخل سوق البلدة.

في المقابل، قال مستشار إعلامي لقائد قوات الدعم السريع، في تسجيل صوتي، إن قواته "أعادت تموضعها خارج البلدة وفق خطة عسكرية مدروسة"، من دون أن يتطرق إلى الخسائر.

وتكتسب كازقيل أهمية خاصة لوقوعها على الطريق الرابط بين الأبيض والدلنج، وقد تبادل الطرفان السيطرة عليها أكثر من مرة خلال العام الماضي.

ويحذّر مراقبون من أن المعارك في كردفان قد تمتد إلى مناطق جديدة إذا لم تُستأنف مفاوضات وقف إطلاق النار.
""", url="https://sudani-jadid.example/news/2026/01/19/kazgil", outlet="السوداني الجديد",
    published="2026-01-19", incident="sd_kazgil_recapture_2026-01-18",
    events=[
        ev(B, "Government regains territory", "2026-01-18", SDN, RSF, "kazgil", 12,
           "قوات \"متحرك الصياد\" تمكنت من استعادة السيطرة على منطقة كازقيل جنوب مدينة الأبيض"),
    ],
    notes="The army announced the recapture on Sunday 18 January ('أمس الأحد' from 19 January); the fighting date is "
          "not given separately, so the announcement day is used. The RSF calls it a repositioning, i.e. it does not "
          "deny leaving the town. 'عشرات القتلى' claimed by the army and not contradicted -> 12 (dozens). The "
          "earlier changes of control and the warning are background.")

# ------------------------------------------------------------------------------------------------ Somalia
art("q_so_moqokori_shabaab_takeover_repost", """
أخبار هيران بالعربي – منشور على فيسبوك
الجمعة 8 مايو 2026

📌 نعيد نشر ما كتبه الزميل الصحفي عبدي فارح من بلدتوين (ترجمة الصفحة):

"سيطرت حركة الشباب فجر الخميس على بلدة موقوكوري في إقليم هيران، بعد معارك مع القوات الحكومية استمرت قرابة ساعتين، وانسحب الجنود نحو بلدة جلالقسي. الأهالي قالوا لي إن مقاتلي الحركة دخلوا السوق ورفعوا رايتهم فوق مقر المفوضية المحلية.

وزارة الدفاع أقرّت في بيان مقتضب بمقتل أربعة جنود، ووصفت الانسحاب بأنه 'تكتيكي لإعادة ترتيب الصفوف'، فيما زعمت إذاعة الأندلس التابعة للحركة مقتل 30 جندياً والاستيلاء على آليات عسكرية.

الوضع الآن هادئ حذر، ونزحت عشرات الأسر نحو القرى المجاورة."

#هيران #الصومال #موقوكوري
👍 86 · 💬 19 · ↪️ 41
""", url="https://facebook.example/hiiraan.arabic/posts/55512", outlet="أخبار هيران بالعربي (فيسبوك)",
    published="2026-05-08", incident="so_moqokori_takeover_2026-05-07",
    events=[
        ev(B, "Non-state actor overtakes territory", "2026-05-07", SHABAAB, SOM, "moqokori", 4,
           "سيطرت حركة الشباب فجر الخميس على بلدة موقوكوري في إقليم هيران"),
    ],
    notes="Social-media repost of a journalist's post; 'فجر الخميس' anchored on Friday 8 May. Conflicting tolls "
          "for the same side: the ministry admits 4 soldiers killed, al-Shabaab claims 30 -> lowest credible 4 "
          "(al-Shabaab's own losses are not given).")

art("q_so_kismayo_suicide_bombing_radio", """
إذاعة صوت جوبا – الخدمة العربية
نشرة الظهيرة – الخميس 4 ديسمبر 2025 – نص مفرَّغ

المذيع: أهلاً بكم في نشرة الظهيرة. نبدأ بالخبر العاجل من كسمايو: فجّر انتحاري يرتدي حزاماً ناسفاً نفسه صباح اليوم عند بوابة معسكر لتدريب قوات ولاية جوبالاند في حي فانولي شمالي المدينة، أثناء تجمع مجندين جدد للتسجيل.

مصادر في شرطة جوبالاند قالت لإذاعتنا إن خمسة أشخاص على الأقل قُتلوا، بينهم ثلاثة مجندين وبائعة شاي، وإن أكثر من عشرين آخرين أصيبوا بجروح نُقلوا إلى مستشفى كسمايو العام.

ولم تتبنَّ أي جهة التفجير حتى الآن، وقد أغلقت قوات الأمن الطرق المؤدية إلى المعسكر وبدأت حملة تفتيش في الأحياء المجاورة.

وفي أخبار أخرى، يستعد برلمان جوبالاند لعقد جلسة الأسبوع المقبل لمناقشة الميزانية. نعود إليكم بالتفاصيل في نشرة المساء.
""", url="https://sawtjuba-radio.example/ar/bulletins/2025/12/04/noon", outlet="إذاعة صوت جوبا",
    published="2025-12-04", incident="so_kismayo_suicide_2025-12-04",
    events=[
        ev(E, "Suicide bomb", "2025-12-04", uag("Somalia"), JUBALAND, "kismayo", 5,
           "فجّر انتحاري يرتدي حزاماً ناسفاً نفسه صباح اليوم عند بوابة معسكر لتدريب قوات ولاية جوبالاند"),
    ],
    notes="Early radio bulletin of the incident also reported by q_so_kismayo_suicide_bombing_wire: 'at least five' -> "
          "5 here (the wire carries the revised 7). Nobody had claimed the attack at the time -> Unidentified Armed "
          "Group (Somalia) for this article; the recruits' camp makes Jubaland forces actor2.")

art("q_so_kismayo_suicide_bombing_wire", """
وكالة القرن الأفريقي للأنباء (قرن)

ارتفاع حصيلة تفجير كسمايو إلى سبعة قتلى والشباب تتبنى

مقديشو، 5 ديسمبر 2025 (قرن) – ارتفعت حصيلة التفجير الانتحاري الذي استهدف صباح أمس الخميس بوابة معسكر لتدريب قوات ولاية جوبالاند في مدينة كسمايو جنوبي الصومال إلى سبعة قتلى، بعد وفاة اثنين من الجرحى متأثرَين بإصاباتهما، وفق ما أعلن وزير الأمن في الولاية في مؤتمر صحفي اليوم الجمعة.

وكانت مصادر في الشرطة قد تحدثت في البداية عن خمسة قتلى. وأوضح الوزير أن بين القتلى أربعة مجندين وثلاثة مدنيين، وأن 22 شخصاً ما زالوا يتلقون العلاج.

وتبنّت حركة الشباب الهجوم في بيان نشرته وسائل إعلام تابعة لها، زاعمة أنه أسفر عن مقتل "أكثر من 25 من المرتدين"، وهو رقم نفته سلطات الولاية.

وتشهد جوبالاند توتراً متزايداً منذ أشهر، في ظل الخلافات بين رئيس الولاية والحكومة الفيدرالية في مقديشو.

(قرن) ح.ع
""", url="https://qarn-news.example/ar/2025/12/05/kismayo-toll", outlet="وكالة القرن الأفريقي للأنباء",
    published="2025-12-05", incident="so_kismayo_suicide_2025-12-04",
    events=[
        ev(E, "Suicide bomb", "2025-12-04", SHABAAB, JUBALAND, "kismayo", 7,
           "ارتفعت حصيلة التفجير الانتحاري الذي استهدف صباح أمس الخميس بوابة معسكر لتدريب قوات ولاية جوبالاند"),
    ],
    notes="Same incident as q_so_kismayo_suicide_bombing_radio. Official toll revised from 5 to 7 -> 7; al-Shabaab's "
          "claim of 25 is denied by the authorities. Claimed by al-Shabaab -> actor1 Al Shabaab. Event date is "
          "'أمس الخميس' (4 December), not the publication date.")

# ------------------------------------------------------------------------------------------------ Mali
art("q_ml_tinzaouaten_drone_strike_two_accounts", """
وكالة الصحراء للأنباء | sahara-news.example

نواكشوط، 24 فبراير 2026 (الصحراء) – قالت جبهة تحرير أزواد إن ثمانية مدنيين، بينهم ثلاثة أطفال، قُتلوا يوم الأحد في ضربة بطائرة مسيّرة نفذها الجيش المالي على تجمع قرب بئر للمياه في محيط بلدة تينزاواتين بمنطقة كيدال، قرب الحدود مع الجزائر.

وأضافت الجبهة في بيان أن الضحايا "رعاة كانوا يسقون مواشيهم"، ونشرت صوراً قالت إنها لآثار الضربة.

في المقابل، أعلنت هيئة الأركان العامة للقوات المسلحة المالية في بلاغ أن ضربة جوية "دقيقة" نُفذت في المنطقة ذاتها يوم الأحد "أدت إلى تحييد عدد من الإرهابيين وتدمير وسائل لوجستية"، من دون أن تذكر حصيلة محددة.

وأكد أحد أعيان البلدة، في اتصال هاتفي مع (الصحراء)، أن القتلى الثمانية دُفنوا مساء الأحد، وأن بينهم فتى في الرابعة عشرة.

وتشهد المنطقة منذ عام 2024 ضربات متكررة بالمسيّرات، فيما تتهم الجماعات المسلحة في الشمال الجيش وحلفاءه الروس باستهداف المدنيين، وهو ما تنفيه باماكو.

(الصحراء) أ.و
""", url="https://sahara-news.example/ar/2026/02/24/tinzaouaten-strike", outlet="وكالة الصحراء للأنباء",
    published="2026-02-24", incident="ml_tinzaouaten_drone_2026-02-22",
    events=[
        ev(E, "Air/drone strike", "2026-02-22", MLI, civ("Mali"), "tinzaouaten", 8,
           "قُتلوا يوم الأحد في ضربة بطائرة مسيّرة نفذها الجيش المالي على تجمع قرب بئر للمياه"),
    ],
    notes="Two accounts of one strike on Sunday 22 February: the FLA and a local notable say 8 civilians; the army "
          "says 'a number of terrorists' without a figure. 8 is the only figure (the vague army wording would give "
          "3 'several'; debatable). Victims described as herders by two sources -> Civilians (Mali) (debatable). "
          "The strikes since 2024 are background.")

# ------------------------------------------------------------------------------------------------ Burkina Faso
art("q_bf_seytenga_market_attack_revised_toll", """
الساحل الإفريقي | sahelafrica.example
الرئيسية | الساحل | غرب إفريقيا | تحليلات | ملفات
الإثنين 20 أكتوبر 2025

بوركينا فاسو: 21 قتيلاً في هجوم على سوق ماشية في سيتنغا

هاجم مسلحون يُعتقد أنهم من تنظيم "الدولة الإسلامية في الساحل" سوق الماشية الأسبوعي في بلدة سيتنغا بإقليم سينو شمال شرقي بوركينا فاسو، ظهر السبت، وأطلقوا النار عشوائياً على التجار والرعاة قبل أن يضرموا النار في عدد من المحال.

وكان مسؤول محلي قد تحدث مساء السبت عن 14 قتيلاً، قبل أن يعلن حاكم إقليم الساحل في بيان أمس الأحد أن الحصيلة ارتفعت إلى 21 قتيلاً وعشرات الجرحى، متوعداً بـ"ملاحقة الجماعات الإرهابية المسلحة".

وقال أحد التجار الناجين لـ"الساحل الإفريقي" إن المهاجمين "وصلوا على دراجات نارية من جهة الحدود مع النيجر"، وإنهم أمهلوا النساء لمغادرة السوق قبل أن يطلقوا النار.

ولا تزال ذكرى مجزرة يونيو 2022 في البلدة نفسها، التي راح ضحيتها العشرات، حاضرة في أذهان السكان.

اقرأ أيضاً: قراءة في خريطة انتشار الجماعات المسلحة في المثلث الحدودي
""", url="https://sahelafrica.example/sahel/2025/10/20/seytenga-market", outlet="الساحل الإفريقي",
    published="2025-10-20", incident="bf_seytenga_market_attack_2025-10-18",
    events=[
        ev(V, "Attack", "2025-10-18", ISSP, civ("Burkina Faso"), "seytenga", 21,
           "هاجم مسلحون يُعتقد أنهم من تنظيم \"الدولة الإسلامية في الساحل\" سوق الماشية الأسبوعي في بلدة سيتنغا"),
    ],
    notes="Toll revised inside the article: a local official's 14, then the regional governor's 21 -> 21. "
          "Attribution to IS Sahel is 'believed' by the outlet; ISSP kept (Unidentified Armed Group (Burkina Faso) "
          "would be the cautious alternative). The 2022 massacre is background.")

# ------------------------------------------------------------------------------------------------ Nigeria
art("q_ng_bokkos_villages_attack_two_tolls", """
وكالة غرب أفريقيا للأنباء (واف)

جوس، 14 أبريل 2026 (واف) – قُتل ما لا يقل عن 12 شخصاً في هجمات شنها مسلحون مجهولون ليل الأحد على ثلاث قرى في منطقة بوكوس بولاية بلاتو وسط نيجيريا، بحسب ما أعلن المتحدث باسم شرطة الولاية.

غير أن زعيماً محلياً في المنطقة قال لـ(واف) إن السكان انتشلوا 27 جثة حتى ظهر الإثنين، مشيراً إلى أن المهاجمين أحرقوا عشرات المنازل ومخازن الحبوب.

وقال المتحدث باسم الشرطة إن قوات الأمن انتشرت في القرى المستهدفة، وإن "التحقيقات جارية لتحديد هوية المهاجمين".

وأعلن الجيش نشر وحدات إضافية في المنطقة، فيما دعا حاكم الولاية السكان إلى "عدم أخذ القانون بأيديهم".

وتشهد منطقة بوكوس منذ سنوات هجمات متكررة، كان أعنفها في ديسمبر 2023 حين قُتل أكثر من مئة شخص في سلسلة هجمات متزامنة.

(واف) ت.أ
""", url="https://waf-news.example/ar/2026/04/14/bokkos", outlet="وكالة غرب أفريقيا للأنباء",
    published="2026-04-14", incident="ng_bokkos_attacks_2026-04-12",
    events=[
        ev(V, "Attack", "2026-04-12", uag("Nigeria"), civ("Nigeria"), "bokkos", 12,
           "في هجمات شنها مسلحون مجهولون ليل الأحد على ثلاث قرى في منطقة بوكوس"),
    ],
    notes="Conflicting tolls: police 12 ('at least'), a local leader 27 -> lowest credible 12. Three villages of one "
          "LGA attacked the same night by the same unidentified gunmen -> one event at Bokkos. 'ليل الأحد' from "
          "Tuesday 14 April -> Sunday 12 April. The December 2023 attacks are background.")

# ------------------------------------------------------------------------------------------------ Tunisia
art("q_tn_sfax_activist_arrest_court_sitin", """
صفاقس نيوز | sfaxnews.example
وطنية | الخميس 22 جانفي 2026

إيقاف الناشط النقابي رياض الفرجاني... ووقفة مساندة أمام محكمة صفاقس

أوقفت وحدات أمنية، فجر أمس الأربعاء 21 جانفي، الناشط النقابي والحقوقي رياض الفرجاني من منزله بمدينة صفاقس، واقتادته إلى مقر فرقة الأبحاث، وفق ما أفادت به هيئة الدفاع عنه.

وأوضح أحد محاميه أن الإيقاف تم "على خلفية تدوينات ينتقد فيها السياسات الحكومية"، وأن النيابة العمومية أذنت بالاحتفاظ به لمدة 48 ساعة بموجب المرسوم 54.

ونظم العشرات من النقابيين والحقوقيين، اليوم الخميس، وقفة احتجاجية سلمية أمام مقر المحكمة الابتدائية بصفاقس، رفعوا خلالها شعارات تطالب بإطلاق سراحه و"وقف التضييق على حرية التعبير".

ولم يصدر أي تعليق رسمي عن وزارة الداخلية إلى حد كتابة هذه الأسطر، فيما ينتظر أن يمثل الفرجاني أمام قاضي التحقيق يوم الجمعة.

شارك المقال | تعليقات (12)
""", url="https://sfaxnews.example/national/2026/01/22/farjani", outlet="صفاقس نيوز",
    published="2026-01-22", incident="tn_sfax_activist_arrest_2026-01-21",
    events=[
        ev(S, "Arrests", "2026-01-21", TUN_POL, civ("Tunisia"), "sfax", None,
           "أوقفت وحدات أمنية، فجر أمس الأربعاء 21 جانفي، الناشط النقابي والحقوقي رياض الفرجاني"),
        ev(P, "Peaceful protest", "2026-01-22", protesters("Tunisia"), None, "sfax", None,
           "نظم العشرات من النقابيين والحقوقيين، اليوم الخميس، وقفة احتجاجية سلمية أمام مقر المحكمة الابتدائية بصفاقس"),
    ],
    notes="The arrest of a named activist for his posts is a politically motivated arrest (Strategic developments / "
          "Arrests, non-optional); the solidarity sit-in the next day is a peaceful protest. The hearing on Friday "
          "is a future event. The activist is fictional.")


# ------------------------------------------------------------------------------------------------ Syria (analysis)
art("q_sy_suwayda_road_analysis_abduction", """
منصة الجنوب السوري للدراسات | southsyria-studies.example
تحليلات | السبت 6 حزيران 2026

طريق دمشق – السويداء: شريان حياة معلّق بين الهدنة والخطف

بقلم: د. نادر الحلبي

منذ أحداث تموز/يوليو 2025 الدامية، تحوّل الطريق الدولي الذي يربط السويداء بالعاصمة إلى مرآة لعلاقة المحافظة بالسلطة المركزية: يُفتح حين تتقدم التفاهمات، ويُغلق كلما ارتفع منسوب التوتر. وقد أتاحت الترتيبات التي رعتها أطراف إقليمية ودولية إدخال قوافل المساعدات والمحروقات بصورة متقطعة، لكنها لم تنجح في إعادة الثقة إلى المسافرين الذين باتوا يفضّلون التنقل في قوافل جماعية.

وفي أحدث حلقات هذا المسلسل، خطف مسلحون مجهولون يوم الثلاثاء الماضي ثلاثة مسافرين من أبناء السويداء، بينهم سائق حافلة صغيرة، قرب بلدة المسمية على الطريق الدولي، واقتادوهم إلى جهة مجهولة، بحسب ما أفاد ذووهم. ولم تتبنَّ أي جهة العملية، فيما قالت مصادر أهلية إن الخاطفين طالبوا بفدية مالية عبر اتصال هاتفي.

وتكشف هذه الحادثة، وفق باحثين محليين، عن فراغ أمني في المنطقة الفاصلة بين ريف دمشق الجنوبي وريف درعا الشمالي الشرقي، حيث تتداخل صلاحيات الأجهزة الأمنية مع نفوذ مجموعات محلية.

ويرى الباحث أن أي تسوية مستدامة تتطلب ثلاثة شروط: ضمانات أمنية متبادلة على الطريق، وآلية مستقلة لمتابعة ملف المخطوفين والمفقودين، ومساراً سياسياً يعالج مسألة الإدارة المحلية. ومن دون ذلك، سيبقى الطريق رهينة لحوادث قد تشعل جولات عنف جديدة في أي لحظة.

الآراء الواردة تعبّر عن كاتبها | شارك التحليل
""", url="https://southsyria-studies.example/analysis/2026/06/06/damascus-suwayda-road", outlet="منصة الجنوب السوري للدراسات",
    published="2026-06-06", incident="sy_mismiyah_abduction_2026-06-02",
    events=[
        ev(V, "Abduction/forced disappearance", "2026-06-02", uag("Syria"), civ("Syria"), "mismiyah", None,
           "خطف مسلحون مجهولون يوم الثلاثاء الماضي ثلاثة مسافرين من أبناء السويداء"),
    ],
    notes="Analysis piece whose only new event is Tuesday's kidnapping ('الثلاثاء الماضي' from Saturday 6 June -> 2 "
          "June). Unknown kidnappers asking for ransom -> Unidentified Armed Group; civilians abducted. The July 2025 "
          "violence, the aid arrangements and the hypothetical future rounds of violence are background.")


art("q_ye_mukalla_power_protest_live_fire", """
المكلا اليوم | mukallatoday.example
الرئيسية | حضرموت | اليمن | اقتصاد | رياضة | كتّاب
الخميس 16 يوليو 2026

وفاة محتج متأثراً بإصابته بالرصاص في احتجاجات الكهرباء بالمكلا

المكلا – المكلا اليوم
توفي فجر اليوم الخميس الشاب سالم عوض باحميش (22 عاماً) متأثراً بإصابته برصاصة في الصدر، بعد أن أطلقت قوات أمنية النار لتفريق محتجين على الانقطاع المتواصل للكهرباء في منطقة الديس بمدينة المكلا مساء أمس الأربعاء، بحسب ما أفاد مصدر طبي في مستشفى ابن سينا.

وكانت حصيلة أولية قد تحدثت عن إصابة ثلاثة محتجين بالرصاص الحي، قبل أن يُعلن عن وفاة باحميش صباح اليوم، فيما لا يزال مصاب آخر في حالة حرجة.

وقال شهود عيان لـ"المكلا اليوم" إن مئات الشبان خرجوا في مسيرة سلمية ردّدوا خلالها هتافات تطالب بحلول عاجلة لأزمة الكهرباء، قبل أن تصل أطقم عسكرية تابعة لقوات النخبة الحضرمية وتطلق النار مباشرة لتفريقهم.

في المقابل، قال مصدر في السلطة المحلية إن "عناصر مندسة حاولت قطع الطريق العام والاعتداء على الممتلكات"، وإن لجنة تحقيق شُكّلت للوقوف على ملابسات الحادثة.

ودعت لجنة الحراك الشعبي إلى تشييع جثمان الفقيد عصر اليوم، وإلى وقفة احتجاجية مساء الجمعة أمام مبنى المحافظة.

اقرأ أيضاً: ارتفاع ساعات الانطفاء إلى 16 ساعة يومياً في ساحل حضرموت
شارك الخبر: فيسبوك | واتساب | تلغرام
""", url="https://mukallatoday.example/hadramawt/2026/07/16/power-protest", outlet="المكلا اليوم",
    published="2026-07-16", incident="ye_mukalla_power_protest_2026-07-15",
    events=[
        ev(P, "Excessive force against protesters", "2026-07-15", protesters("Yemen"), HADRAMI_ELITE, "mukalla", 1,
           "أطلقت قوات أمنية النار لتفريق محتجين على الانقطاع المتواصل للكهرباء في منطقة الديس بمدينة المكلا"),
    ],
    notes="Live fire at a peaceful march -> Excessive force against protesters, on Wednesday 15 July ('مساء أمس "
          "الأربعاء'); the protester died the next morning, so the death is attributed to the event: toll revised "
          "from three wounded to one dead -> 1. Witnesses name the Hadrami Elite Forces; the local authority's claim "
          "of infiltrators does not make it a riot. The funeral and Friday's planned sit-in are future events.")


# ============================================================================================ non-event articles
art("q_lb_israeli_threats_hezbollah_reply", """
بيروت أونلاين | beirutonline.example
سياسة | الخميس 9 تشرين الأول 2025

تهديدات إسرائيلية بـ"ضربة قاسية"... وحزب الله: لن نسلّم السلاح تحت النار

صعّد وزير الدفاع الإسرائيلي من لهجته تجاه لبنان، مهدداً بأن إسرائيل "ستتحرك بكل قوتها" إذا لم تنزع الدولة اللبنانية سلاح حزب الله قبل نهاية العام، ومضيفاً في كلمة أمام ضباط في الشمال أن "الضاحية ستدفع الثمن مجدداً إذا لزم الأمر".

وردّ نائب في كتلة الوفاء للمقاومة، في مقابلة إذاعية، بأن "التهديدات لن تغيّر شيئاً"، مؤكداً أن المقاومة "لن تسلّم سلاحها تحت النار ولا في ظل الاحتلال"، وأن "أي عدوان واسع سيقابَل بما لا يتوقعه العدو".

من جهتها، قالت مصادر في القصر الجمهوري إن لبنان "يرفض لغة التهديد"، وإن الرئاسة تتابع الاتصالات مع الجانبين الأميركي والفرنسي لتفعيل عمل لجنة الإشراف على وقف إطلاق النار، التي يُنتظر أن تعقد اجتماعها المقبل في الناقورة الأسبوع المقبل.

ويرى محللون أن رفع سقف التهديدات يندرج في إطار "الضغط بالنار" على بيروت، من دون أن يعني بالضرورة اقتراب حرب جديدة، فيما يحذر آخرون من أن أي خطأ في الحسابات قد يجرّ المنطقة إلى مواجهة مفتوحة.

اقرأ أيضاً: مجلس الوزراء يناقش خطة الجيش لحصر السلاح جنوب الليطاني
""", url="https://beirutonline.example/politics/2025/10/09/threats", outlet="بيروت أونلاين",
    published="2025-10-09",
    notes="Non-event: threats by an Israeli minister, a Hezbollah MP's reply, the presidency's rejection, a planned "
          "committee meeting and analysts' speculation. No attack is reported. All statements are invented.")

art("q_lb_travel_advisory_update", """
المسافر العربي | almusafer.example
سفر وتنبيهات | السبت 14 شباط 2026

أستراليا تُبقي تحذيرها من السفر إلى جنوب لبنان... ماذا تغيّر في التحديث الأخير؟

أبقت وزارة الخارجية والتجارة الأسترالية، في تحديث نشرته على موقعها هذا الأسبوع، مستوى التحذير "لا تسافر" بالنسبة إلى المناطق الواقعة جنوب نهر الليطاني، وإلى المخيمات الفلسطينية، وإلى المناطق الحدودية مع سوريا في البقاع، فيما خفّضته إلى "أعد النظر في حاجتك إلى السفر" بالنسبة إلى بيروت وجبل لبنان.

وبرّرت الوزارة قرارها بـ"استمرار خطر الغارات الجوية والاشتباكات المسلحة بين مجموعات عشائرية في البقاع، واحتمال تعرّض الأجانب لعمليات خطف"، مشيرة إلى أن "الوضع الأمني قد يتدهور فجأة ومن دون إنذار".

ونصحت المسافرين بتسجيل بياناتهم لدى السفارة في بيروت، وبتجنّب التظاهرات والتجمعات العامة، والاحتفاظ بوثائق السفر في متناول اليد، والتأكد من أن تأمين السفر يغطي الوجهات المذكورة.

وكانت دول أوروبية عدة قد خففت في الأشهر الأخيرة من تحذيراتها بشأن العاصمة، ما انعكس ارتفاعاً نسبياً في الحجوزات الفندقية خلال عطلة رأس السنة، بحسب نقابة أصحاب الفنادق.

نصائح ذات صلة: كيف تختار تأمين السفر المناسب لرحلتك إلى الشرق الأوسط؟
""", url="https://almusafer.example/alerts/2026/02/14/lebanon-advisory", outlet="المسافر العربي",
    published="2026-02-14",
    notes="Non-event: a travel advisory listing generic risks (air strikes, clan clashes, kidnapping) without any "
          "reported incident. The advisory's wording is invented.")

art("q_sy_ghouta_chemical_anniversary_feature", """
عنب بلدي الشرقي | enab-sharqi.example
تحقيقات وقصص | الخميس 21 آب 2025

اثنا عشر عاماً على مجزرة الكيماوي: زملكا تستعيد ذاكرتها بالصور والشهادات

في مدرسة مرممة حديثاً وسط زملكا، عُلّقت على الجدران عشرات الصور لوجوه أطفال ونساء ورجال قضوا خنقاً فجر 21 آب/أغسطس 2013، حين استهدفت صواريخ محمّلة بغاز السارين بلدات الغوطة الشرقية وأودت بحياة أكثر من 1400 شخص، وفق تقديرات ذلك الوقت.

يقف أبو محمد، وهو مسعف سابق، أمام صورة لغرفة امتلأت بالجثث، ويقول: "كنا نغسل الوجوه بالماء ولا نعرف ماذا نفعل. لم نكن نعرف أن الموت يأتي بلا رائحة". ويضيف أنه يعود كل عام إلى المكان ليروي القصة "كي لا تتحوّل إلى رقم في تقرير".

المعرض، الذي ينظمه فريق من المتطوعين بالتعاون مع المجلس المحلي، يضم أيضاً زاوية للاستماع إلى شهادات مسجلة لناجين، وقائمة بأسماء الضحايا الذين جرى توثيقهم حتى الآن.

وتعهّدت وزارة العدل في الحكومة السورية، في بيان بالمناسبة، بـ"ملاحقة جميع المتورطين في الجريمة أمام القضاء الوطني"، بالتعاون مع منظمة حظر الأسلحة الكيميائية، فيما يطالب ذوو الضحايا بكشف مواقع المقابر الجماعية التي دُفن فيها أبناؤهم على عجل.

"العدالة تأخرت كثيراً، لكنها ممكنة الآن"، تقول أم خالد التي فقدت أربعة من أبنائها في تلك الليلة.

شارك القصة | للتواصل مع فريق التحقيقات
""", url="https://enab-sharqi.example/stories/2025/08/21/zamalka-anniversary", outlet="عنب بلدي الشرقي",
    published="2025-08-21",
    notes="Non-event: anniversary feature on the 2013 chemical attack (history), an exhibition and testimonies, a "
          "ministry pledge. The exhibition is not a protest. Outlet name invented.")

art("q_sy_damascus_sdf_talks_no_agreement", """
وكالة الشام الإخبارية (شام)

دمشق، 14 تموز/يوليو 2026 (شام) – انتهت مساء أمس الإثنين جولة جديدة من المحادثات بين وفد الحكومة السورية ووفد "قوات سوريا الديمقراطية" في دمشق من دون التوصل إلى اتفاق حول آليات دمج الأخيرة في وزارة الدفاع، وفق ما أفاد مصدران مطلعان على سير المفاوضات.

وقال أحد المصدرين إن الخلاف تركّز على "مصير الألوية العسكرية ككتل متماسكة" وعلى إدارة حقول النفط والمعابر الحدودية، مشيراً إلى أن الطرفين اتفقا فقط على "مواصلة الحوار" وعقد جولة جديدة خلال أسابيع، من دون تحديد موعد.

وأكد بيان مقتضب لـ"قسد" أن المحادثات جرت "في أجواء إيجابية وصريحة"، بينما اكتفت وزارة الخارجية بالقول إن "الدولة منفتحة على كل ما يحفظ وحدة سوريا".

وتأتي الجولة بعد أكثر من عام على الاتفاق الإطاري الموقّع في العاشر من آذار/مارس 2025، الذي نص على دمج المؤسسات المدنية والعسكرية في شمال شرقي البلاد ضمن مؤسسات الدولة، والذي يقول الطرفان إن تطبيقه تعثّر.

وتبادل الجانبان خلال الأسابيع الماضية الاتهامات بعرقلة التنفيذ، وسط مخاوف من عودة التوتر إلى خطوط التماس في ريف حلب الشرقي.

(شام) ر.س
""", url="https://sham-news.example/ar/2026/07/14/sdf-talks", outlet="وكالة الشام الإخبارية",
    published="2026-07-14",
    notes="Non-event: talks ended without an agreement ('agreed only to continue dialogue' is not an Agreement "
          "event). The March 2025 agreement is history. Mutual accusations and fears of tension are not events.")

art("q_iq_opinion_state_monopoly_weapons", """
صحيفة المدى الجديد | almada-jadid.example
مقالات الرأي | الإثنين 29 أيلول 2025

حين يعلو صوت البندقية على صوت الدولة

بقلم: سلام الربيعي

لا يحتاج العراقي إلى من يذكّره بكلفة السلاح المنفلت. فمن سقوط الموصل في حزيران 2014، حين انهارت فرق عسكرية كاملة أمام بضعة آلاف من المسلحين، إلى ساحات تشرين 2019 التي سقط فيها مئات الشباب، ظلّت الدولة تدفع ثمن تعدد مراكز القرار الأمني.

اليوم تعود عبارة "حصر السلاح بيد الدولة" إلى الخطاب الرسمي، وكأنها اكتشاف جديد. لكن الشعار وحده لا يصنع سياسة. فالفصائل التي تملك صواريخ ومسيّرات، وتملك قبل ذلك مقاعد في البرلمان ووزارات في الحكومة، لن تتخلى عن "رصيدها" لمجرد أن رئيس الوزراء ألقى خطاباً.

المعركة الحقيقية، إن جاز التعبير، ليست في الميدان بل في الموازنة: من يدفع الرواتب يملك القرار. وما لم تُدمج المؤسسات الموازية في هرمية قيادة واحدة، ستبقى البلاد ساحة لتصفية حسابات الآخرين، وستبقى كل أزمة إقليمية قنبلة موقوتة تحت طاولة الحكومة.

قد يقول قائل إن المواجهة مع الفصائل ستشعل حرباً أهلية. وهذا خوف مشروع. لكن البديل، أي ترك الأمور على حالها، هو حرب مؤجلة لا أكثر.

الآراء الواردة في المقال تعبّر عن رأي كاتبها ولا تعكس بالضرورة رأي الصحيفة.
""", url="https://almada-jadid.example/opinion/2025/09/29/weapons", outlet="صحيفة المدى الجديد",
    published="2025-09-29",
    notes="Non-event: opinion column with war metaphors ('المعركة الحقيقية', 'قنبلة موقوتة'), history (Mosul 2014, "
          "October 2019) and a hypothetical civil war. Nothing new happened.")

art("q_iq_dust_storm_suffocation_cases", """
شبكة أخبار الفرات | furatnews-iq.example
محليات | الإثنين 26 أيار 2025

عاصفة ترابية تخنق المحافظات: 3700 حالة اختناق وتعليق الرحلات في مطارَي النجف والبصرة

أعلنت وزارة الصحة، اليوم الإثنين، تسجيل أكثر من 3700 حالة اختناق في مستشفيات بغداد والمحافظات الوسطى والجنوبية جراء العاصفة الترابية التي تضرب البلاد منذ مساء أمس، مؤكدة أن أغلب الحالات غادرت المستشفيات بعد تلقي العلاج.

وقالت دائرة صحة الديوانية إن مسناً مصاباً بالربو توفي بعد وصوله إلى المستشفى في حالة حرجة، فيما سجّلت محافظة المثنى أعلى عدد من الحالات نسبة إلى عدد السكان.

وعلّقت سلطة الطيران المدني الرحلات في مطارَي النجف والبصرة الدوليين لساعات بسبب انعدام الرؤية، كما أعلنت محافظات عدة تعطيل الدوام الرسمي غداً الثلاثاء.

وتوقعت هيئة الأنواء الجوية انحسار العاصفة تدريجياً اعتباراً من مساء الثلاثاء، محذّرة من موجة حر تتجاوز فيها الحرارة خمسين درجة مئوية الأسبوع المقبل.

ويُصنَّف العراق من بين الدول الأكثر تأثراً بالتغير المناخي، إذ تتكرر العواصف الترابية بوتيرة متزايدة بسبب التصحر وتراجع الغطاء النباتي.

شارك الخبر | تابعنا على تلغرام
""", url="https://furatnews-iq.example/local/2025/05/26/dust-storm", outlet="شبكة أخبار الفرات",
    published="2025-05-26",
    notes="Non-event: natural disaster (dust storm) with one death and thousands of suffocation cases; no "
          "political violence.")

art("q_jo_state_security_court_smugglers_verdict", """
الغد الأردني الإلكتروني | alghad-jo.example
محاكم | الثلاثاء 23 أيلول 2025

أمن الدولة: الأشغال المؤقتة 15 عاماً لخمسة متهمين بتهريب أسلحة ومخدرات عبر الحدود الشمالية

أصدرت محكمة أمن الدولة، اليوم الثلاثاء، حكماً بوضع خمسة متهمين بالأشغال المؤقتة مدة خمسة عشر عاماً، بعد أن جرّمتهم بتهم "حيازة أسلحة أوتوماتيكية بقصد استعمالها على وجه غير مشروع" و"تهريب مواد مخدرة بقصد الاتجار"، و"مقاومة رجال الأمن".

وتعود تفاصيل القضية، وفق لائحة الاتهام، إلى مطلع عام 2024، حين حاولت مجموعة من المهربين اجتياز الحدود الشمالية قادمة من الأراضي السورية، واشتبكت مع قوات حرس الحدود التي أحبطت المحاولة وضبطت كميات من الأسلحة والمواد المخدرة.

وبرّأت المحكمة متهماً سادساً لعدم كفاية الأدلة، فيما قررت إسقاط الحق العام عن متهم سابع توفي أثناء المحاكمة.

وقال محامي الدفاع عن أحد المحكومين إنه سيطعن في الحكم أمام محكمة التمييز خلال المدة القانونية.

اقرأ أيضاً: الحكم على موظف بالسجن عامين بتهمة الاختلاس
""", url="https://alghad-jo.example/courts/2025/09/23/smuggling-verdict", outlet="الغد الأردني الإلكتروني",
    published="2025-09-23",
    notes="Non-event: a verdict. The 2024 border clash is history recalled from the indictment (no new event).")

art("q_ps_gaza_health_ministry_cumulative_report", """
وزارة الصحة – غزة
التقرير الإحصائي اليومي – السبت 13 كانون الأول/ديسمبر 2025

أولاً: منذ بدء وقف إطلاق النار (11 تشرين الأول/أكتوبر 2025)
- إجمالي عدد الشهداء: 386
- إجمالي عدد الإصابات: 1,018
- إجمالي حالات الانتشال من تحت الأنقاض: 627

ثانياً: الحصيلة التراكمية منذ 7 تشرين الأول/أكتوبر 2023
- إجمالي الشهداء: 70,654
- إجمالي الإصابات: 171,120

ثالثاً: سوء التغذية
- إجمالي الوفيات بسبب سوء التغذية والمجاعة منذ بداية الحرب: 463، بينهم 157 طفلاً.

رابعاً: الوضع الصحي
- لا تزال 22 مستشفى من أصل 38 خارج الخدمة كلياً أو جزئياً.
- تسببت الأمطار الغزيرة في غرق مئات الخيام في مناطق النزوح، وسط تحذيرات من انتشار الأمراض المعدية مع دخول فصل الشتاء.
- تناشد الوزارة المؤسسات الدولية إدخال الأدوية والمستهلكات الطبية والوقود اللازم لتشغيل المولدات.

ملاحظة: لا يزال عدد من الضحايا تحت الركام وفي الطرقات، ولا تستطيع طواقم الإسعاف والدفاع المدني الوصول إليهم.
""", url="https://moh-gaza.example/reports/daily/2025-12-13", outlet="وزارة الصحة – غزة",
    published="2025-12-13",
    notes="Non-event: a humanitarian bulletin with only cumulative figures (since the ceasefire, since October "
          "2023, malnutrition deaths) and flooded tents; no incident with a place and date. All figures invented.")

art("q_eg_giza_restaurant_gas_cylinder_explosion", """
بوابة القاهرة 24 | cairo24gate.example
حوادث | الأحد 4 أكتوبر 2026

مصرع شخصين وإصابة 7 في انفجار أسطوانة غاز داخل مطعم بشارع فيصل

لقي شخصان مصرعهما وأصيب 7 آخرون، مساء أمس السبت، إثر انفجار أسطوانة غاز داخل مطعم للمأكولات الشعبية بشارع فيصل في محافظة الجيزة، ما أدى إلى انهيار جزئي لواجهة المحل واشتعال النيران في سيارتين كانتا متوقفتين أمامه.

وتلقت غرفة عمليات النجدة بلاغاً بالحادث، فانتقلت قوات الحماية المدنية وسيارات الإسعاف إلى المكان، وتمت السيطرة على الحريق ونقل المصابين إلى مستشفى الهرم، بينهم عاملان في المطعم في حالة حرجة.

وكشفت المعاينة الأولية أن الانفجار نتج عن تسرب غاز من أسطوانة تالفة داخل المطبخ، فيما أمرت النيابة العامة بانتداب المعمل الجنائي لبيان أسباب الحادث، وسماع أقوال مالك المطعم، والتحفظ على الأسطوانات الموجودة.

وتجدد الحادثة التساؤلات حول اشتراطات السلامة في المحال التجارية، خاصة بعد حوادث مماثلة شهدتها القاهرة والإسكندرية خلال العام الجاري.

اقرأ أيضاً: ضبط سائق ميكروباص سار عكس الاتجاه على الطريق الدائري
""", url="https://cairo24gate.example/accidents/2026/10/04/faisal-explosion", outlet="بوابة القاهرة 24",
    published="2026-10-04",
    notes="Non-event: an accidental gas-cylinder explosion (two dead). Explosion vocabulary but no armed actor and no "
          "attack.")

art("q_eg_gerd_letter_security_council", """
وكالة وادي النيل للأنباء

القاهرة، 3 مارس 2026 (وادي النيل) – وجّه وزير الخارجية المصري خطاباً إلى رئيس مجلس الأمن الدولي، احتجت فيه القاهرة على ما وصفته بـ"الإجراءات الأحادية" التي تتخذها إثيوبيا في تشغيل سد النهضة، معتبرة أنها تمثل "تهديداً وجودياً" للأمن المائي المصري.

وأكد الخطاب أن مصر "لن تقف مكتوفة الأيدي" أمام أي ضرر يلحق بحصتها من مياه النيل، وأنها "تحتفظ بحقها المكفول بموجب ميثاق الأمم المتحدة في اتخاذ كل التدابير اللازمة للدفاع عن مصالح شعبها".

في المقابل، قالت وزارة الخارجية الإثيوبية إن الخطاب "يتضمن تهديدات غير مقبولة"، مؤكدة أن السد "مشروع تنموي لا يضر بأحد".

ويأتي التصعيد الدبلوماسي بعد تعثر جولات التفاوض التي رعاها الاتحاد الإفريقي على مدى سنوات، من دون التوصل إلى اتفاق قانوني ملزم لقواعد الملء والتشغيل.

(وادي النيل) هـ.ع
""", url="https://wadinil-news.example/ar/2026/03/03/gerd-letter", outlet="وكالة وادي النيل للأنباء",
    published="2026-03-03",
    notes="Non-event: a diplomatic protest (letter to the Security Council) with threatening language and a reply; "
          "talks without agreement are background.")


art("q_ly_tripoli_truce_collapse_scenarios", """
مركز المتوسط للدراسات الليبية | medlibya-center.example
تقدير موقف | الثلاثاء 28 أبريل 2026

ماذا لو انهارت الهدنة في طرابلس؟ ثلاثة سيناريوهات للأسابيع المقبلة

تعيش العاصمة الليبية منذ أشهر على وقع هدنة هشّة بين التشكيلات المسلحة الكبرى، أرستها ترتيبات أمنية رعتها البعثة الأممية وأطراف إقليمية بعد مواجهات مايو 2025 التي خلّفت عشرات القتلى. غير أن تعثر تنفيذ بنود الانسحاب من المقار الحكومية يطرح سؤالاً ملحّاً: ماذا لو انهارت الهدنة؟

السيناريو الأول: مواجهة محدودة. قد تندلع اشتباكات متقطعة في أحياء بعينها، مثل سوق الجمعة أو أبوسليم، على خلفية حادث فردي أو خلاف على منصب، من دون أن تتوسع إلى حرب شاملة. وفي هذه الحالة ستتدخل الوساطات الاجتماعية سريعاً لاحتواء الموقف.

السيناريو الثاني: حرب السيطرة على المرافق. إذا شعر أحد الأطراف بأن موازين القوى تميل ضده، فقد يسعى إلى السيطرة على مطار معيتيقة أو على مقار سيادية، ما قد يؤدي إلى إغلاق المطار ونزوح آلاف العائلات.

السيناريو الثالث: تدويل الصراع. قد تستغل أطراف خارجية أي انفجار للوضع لتعزيز حضورها، سواء عبر الدعم الجوي أو الاستخباري، ما يعيد البلاد إلى مربع 2019.

خلاصة: يبقى السيناريو الأول الأرجح في المدى القريب، لكن تجنّب الأسوأ يتطلب جدولاً زمنياً واضحاً لإخلاء المقار ودمج التشكيلات تحت قيادة موحدة.

لتحميل الورقة كاملة (PDF) | للاشتراك في النشرة
""", url="https://medlibya-center.example/assessments/2026/04/28/tripoli-scenarios", outlet="مركز المتوسط للدراسات الليبية",
    published="2026-04-28",
    notes="Non-event: hypothetical scenarios ('ماذا لو', 'قد تندلع'). The May 2025 clashes and 2019 are history.")

art("q_tn_nabeul_floods_civil_protection", """
نابل اليوم | nabeultoday.example
جهويات | الأربعاء 9 سبتمبر 2026

فيضانات نابل: ثلاث وفيات وتعليق الدروس في عدد من المعتمديات

توفي ثلاثة أشخاص، بينهم طفل، بعد أن جرفتهم مياه السيول في معتمديتي بني خيار ودار شعبان الفهري، إثر الأمطار الطوفانية التي شهدتها ولاية نابل مساء أمس الثلاثاء 8 سبتمبر، وفق ما أفادت به الإدارة الجهوية للحماية المدنية.

وأوضح المصدر ذاته أن وحدات الحماية المدنية تدخّلت لإنقاذ أكثر من أربعين شخصاً حاصرتهم المياه داخل منازلهم وسياراتهم، فيما تواصل فرق البحث عن شخص رابع يُرجَّح أن السيول جرفته نحو وادي الشيعبة.

وقرر والي نابل تعليق الدروس يوم الخميس في المؤسسات التربوية بالمعتمديات المتضررة، داعياً المواطنين إلى تجنّب التنقل غير الضروري وعدم المجازفة بعبور الأودية.

وحذّر المعهد الوطني للرصد الجوي من تواصل التقلبات الجوية إلى غاية يوم الجمعة، مع نزول كميات هامة من الأمطار تكون مصحوبة بالبَرَد في الشمال الشرقي.

ويذكّر هذا المشهد بفيضانات سبتمبر 2018 التي خلّفت خسائر بشرية ومادية كبيرة في الولاية.

شارك الخبر | أضف تعليقاً
""", url="https://nabeultoday.example/regions/2026/09/09/floods", outlet="نابل اليوم",
    published="2026-09-09",
    notes="Non-event: natural disaster (flash floods, three deaths, a missing person). The 2018 floods are history.")

art("q_dz_foreign_ministry_summons_mali_envoy", """
الخبر الجزائري | elkhabar-dz.example
الوطني | الخميس 25 جوان 2026

الخارجية تستدعي القائم بأعمال سفارة مالي وتبلغه "احتجاجاً شديد اللهجة"

استدعت وزارة الشؤون الخارجية والجالية الوطنية بالخارج، أمس الأربعاء، القائم بأعمال سفارة جمهورية مالي بالجزائر، وأبلغته "احتجاجاً شديد اللهجة" على ما وصفته بـ"التصريحات العدائية والاتهامات الباطلة" التي أدلى بها مسؤولون ماليون خلال اجتماع إقليمي في باماكو، اتهموا فيها الجزائر بـ"إيواء جماعات إرهابية".

وأكد بيان الوزارة أن الجزائر "ترفض رفضاً قاطعاً هذه الادعاءات التي لا أساس لها"، مذكّراً بـ"تضحيات الجيش الوطني الشعبي في مكافحة الإرهاب" وبدور الجزائر في رعاية اتفاق السلم والمصالحة في مالي.

ولم يصدر أي تعليق فوري من السلطات المالية، في حين تشهد العلاقات بين البلدين توتراً متصاعداً منذ ربيع 2025، أدى إلى سحب متبادل للسفراء وإغلاق الأجواء أمام الطيران.

ويرى مراقبون أن الأزمة مرشحة لمزيد من التصعيد الدبلوماسي، من دون أن تصل إلى مواجهة مباشرة بين البلدين.

شارك | طباعة
""", url="https://elkhabar-dz.example/national/2026/06/25/mali-envoy", outlet="الخبر الجزائري",
    published="2026-06-25",
    notes="Non-event: a diplomatic protest (summons of an envoy) over statements; the 2025 crisis is background. "
          "The statement is invented.")

art("q_ma_agadir_court_riot_verdicts", """
سوس بريس | souss-press.example
مجتمع وقضاء | الخميس 12 نونبر 2026

أحكام تتراوح بين سنة وأربع سنوات حبساً نافذاً في حق 17 متابعاً في ملف أحداث الشغب

أصدرت غرفة الجنايات الابتدائية بمحكمة الاستئناف بأكادير، مساء أمس الأربعاء 11 نونبر، أحكاماً تراوحت بين سنة واحدة وأربع سنوات حبساً نافذاً في حق 17 شاباً توبعوا على خلفية أعمال الشغب التي عرفتها إحدى جماعات إقليم اشتوكة آيت باها خلال خريف السنة الماضية، فيما برّأت المحكمة ثلاثة متابعين آخرين.

وتوبع المتهمون بتهم من بينها "إضرام النار عمداً في ناقلات وممتلكات عامة" و"إهانة موظفين عموميين أثناء قيامهم بمهامهم"، و"المشاركة في تجمهر مسلح".

واعتبرت هيئة الدفاع الأحكام "قاسية"، معلنة أنها ستستأنفها، فيما تجمّعت عائلات المتهمين خارج المحكمة في انتظار النطق بالأحكام.

وكانت الاحتجاجات الشبابية التي عرفتها عدة مدن مغربية في شتنبر وأكتوبر من السنة الماضية قد رفعت مطالب مرتبطة بالصحة والتعليم والتشغيل.

اقرأ أيضاً: أكادير تحتضن المعرض الجهوي للكتاب في دجنبر
""", url="https://souss-press.example/justice/2026/11/12/verdicts", outlet="سوس بريس",
    published="2026-11-12",
    notes="Non-event: a verdict on last year's riots (history). The families waiting outside the court are not "
          "described as a protest. Moroccan month names (نونبر، شتنبر، دجنبر).")

art("q_ye_demining_official_interview", """
مجلة اليمن اليوم | yemen-today-mag.example
حوارات | السبت 4 أبريل 2026 – بمناسبة اليوم الدولي للتوعية بخطر الألغام

مدير مشروع "الأمل" لنزع الألغام: "الأرض اليمنية ستبقى ملغومة لعقود إذا لم يتضاعف التمويل"

أجرى الحوار: فؤاد الشرعبي

س: كم لغماً نزعت فرقكم منذ بدء عملها؟
ج: منذ عام 2019 نزعنا وأتلفنا أكثر من 310 آلاف لغم وعبوة ناسفة وقذيفة غير منفجرة في محافظات تعز ومأرب والحديدة والضالع ولحج. لكن هذا الرقم، على ضخامته، لا يمثل سوى جزء بسيط مما زُرع.

س: وماذا عن الضحايا؟
ج: بحسب قاعدة بياناتنا، سقط خلال العام الماضي وحده نحو 300 ضحية بين قتيل وجريح، ثلثهم من الأطفال. أغلب الحوادث تقع في المزارع وعلى طرق الرعي وقرب مصادر المياه، لأن الناس يعودون إلى أراضيهم قبل أن نتمكن من مسحها.

س: من يتحمّل المسؤولية؟
ج: نحن فريق فني ولسنا جهة تحقيق، لكن خرائط الحقول التي نعمل عليها تُظهر أن الألغام زُرعت بكثافة على خطوط التماس، خصوصاً في السنوات الأولى من الحرب.

س: ما أكبر التحديات اليوم؟
ج: التمويل أولاً. لو توقف الدعم غداً، فسيتوقف نصف فرقنا خلال ثلاثة أشهر. وثانياً الألغام البحرية في سواحل الحديدة التي تشكل خطراً على الصيادين، ونحتاج فيها إلى معدات متخصصة لا نملكها.

س: رسالتك في هذا اليوم؟
ج: أن تبقى هذه القضية إنسانية بعيداً عن السياسة. كل لغم ننزعه هو حياة طفل قد نُنقذها.
""", url="https://yemen-today-mag.example/interviews/2026/04/04/demining", outlet="مجلة اليمن اليوم",
    published="2026-04-04",
    notes="Non-event: interview with cumulative demining figures and annual casualty totals; no specific incident. "
          "The project and its figures are invented.")

art("q_sa_riyadh_boxing_night_war_metaphors", """
الرياضية اليوم | riyadiya-today.example
ملاكمة | الثلاثاء 20 أكتوبر 2026

ليلة "الحرب" في الرياض: ضربة قاضية في الجولة السابعة تحسم معركة اللقب

عاشت جماهير موسم الرياض مساء أمس ليلة ملاكمة لن تُنسى، بعدما حسم البطل البريطاني (المصنّف الأول) "معركة" اللقب العالمي للوزن الثقيل بضربة قاضية مدوّية في الجولة السابعة، أسقطت منافسه المكسيكي أرضاً وسط ذهول الحاضرين.

بدأ النزال كحرب استنزاف، إذ اعتمد المكسيكي على "قصف" متواصل للجسد في الجولات الأولى، ونجح في إصابة خصمه بجرح فوق العين في الجولة الرابعة. لكن البطل امتص الهجوم ببرود، قبل أن يشن "هجوماً مضاداً" خاطفاً بخطّافية يسرى أنهت كل شيء.

وقال البطل بعد المواجهة: "دخلت الحلبة كأنني ذاهب إلى ساحة قتال، وكنت أعرف أن الطلقة الأولى المؤثرة ستحسم الحرب".

وشهدت الأمسية حضور أكثر من عشرين ألف متفرج، فيما أكد المنظمون أن "المعركة القادمة" ستُقام في الربيع المقبل على الملعب نفسه.

اقرأ أيضاً: الهلال يستعد لمواجهة نارية في دوري أبطال آسيا
""", url="https://riyadiya-today.example/boxing/2026/10/20/riyadh-night", outlet="الرياضية اليوم",
    published="2026-10-20",
    notes="Non-event: sport (boxing) written with war metaphors (حرب، معركة، قصف، هجوم مضاد، طلقة).")

art("q_sd_army_chief_vows_offensive_graduation", """
سونا الجديدة | sona-jadida.example
الثلاثاء 18 أغسطس 2026

قائد الجيش في تخريج دفعة جديدة: "ساعة الصفر لتحرير دارفور اقتربت"

شندي – سونا الجديدة
أكد القائد العام للقوات المسلحة، خلال مخاطبته حفل تخريج دفعة جديدة من المستنفرين والقوات الخاصة بمنطقة شندي العسكرية اليوم الثلاثاء، أن "ساعة الصفر لتحرير كل شبر من دارفور وكردفان قد اقتربت"، مضيفاً أن "المتحركات ستزحف قريباً نحو نيالا والجنينة ولن تتوقف إلا بعد دحر الميليشيا المتمردة".

وأشار إلى أن القوات المسلحة "أعدّت خطة متكاملة للعمليات المقبلة"، وأن سلاح الجو "سيكون له دور حاسم في المرحلة القادمة"، مجدداً رفضه أي تفاوض "لا يبدأ بخروج الميليشيا من المدن والأعيان المدنية".

وشهد الحفل عرضاً عسكرياً ورمياً بالذخيرة الحية أظهر فيه الخريجون مهاراتهم القتالية، بحضور عدد من قادة الوحدات وحكومة ولاية نهر النيل.

ومن جانبه، اعتبر متحدث باسم قوات الدعم السريع في تصريح مقتضب أن التهديدات "مجرد استعراض إعلامي لن يغيّر الواقع على الأرض".
""", url="https://sona-jadida.example/news/2026/08/18/graduation-speech", outlet="سونا الجديدة",
    published="2026-08-18",
    notes="Non-event: a graduation ceremony with a live-fire display, a speech announcing a future offensive, and the "
          "RSF's dismissal. Planned operations and threats are not coded.")

art("q_so_aussom_funding_gap_debate", """
مقديشو تايمز بالعربية | mogtimes-ar.example
سياسة | الخميس 17 يوليو 2025

مجلس السلم والأمن الإفريقي يناقش عجز تمويل "أوصوم"... وتحذيرات من انسحاب بعض القوات

عقد مجلس السلم والأمن التابع للاتحاد الإفريقي، أمس الأربعاء في أديس أبابا، جلسة مغلقة خُصصت لمناقشة العجز المتفاقم في تمويل بعثة الاتحاد الإفريقي للدعم والاستقرار في الصومال (أوصوم)، من دون أن يتخذ قراراً نهائياً بشأن آليات سدّه.

وقالت مصادر دبلوماسية إن ممثلي بعض الدول المساهمة بقوات لوّحوا بإمكانية سحب وحداتهم تدريجياً إذا لم تُصرف المستحقات المتأخرة لجنودهم، فيما دعا مندوب الصومال إلى "عدم ترك فراغ أمني قد تستغله حركة الشباب".

وأشار تقرير قُدّم خلال الجلسة إلى أن البعثة تحتاج إلى أكثر من 190 مليون دولار لتغطية نفقات العام الجاري، وأن المساهمات المؤكدة لا تتجاوز ثلث هذا المبلغ.

ومن المقرر أن يرفع المجلس توصياته إلى مجلس الأمن الدولي الشهر المقبل، في ظل خلافات حول تطبيق القرار 2719 الخاص بتمويل عمليات السلام الإفريقية من الاشتراكات الأممية.

شارك المقال | التعليقات مغلقة
""", url="https://mogtimes-ar.example/politics/2025/07/17/aussom-funding", outlet="مقديشو تايمز بالعربية",
    published="2025-07-17",
    notes="Non-event: a closed meeting on funding, warnings of possible withdrawal; no decision and no incident.")

art("q_ml_novel_review_kidal_sands", """
مجلة الصحراء الثقافية | sahara-culture.example
مراجعات | الخميس 26 فبراير 2026

"رمال كيدال": رواية الحرب التي لم تنتهِ

تأخذنا الروائية المالية مريم آغ إبراهيم، التي تكتب بالعربية، في روايتها الأولى "رمال كيدال" إلى عام 2012، حين اجتاح المتمردون والجماعات الجهادية شمال مالي. تبدأ الرواية بمشهد حصار ثكنة في أقصى الشمال، حيث يتبادل الجنود والمقاتلون إطلاق النار ثلاثة أيام متتالية، قبل أن تسقط الثكنة ويُقتل العشرات.

تتبع الرواية عائلة من الطوارق تتوزع ولاءاتها بين الجيش والحركات المسلحة: الأخ الأكبر ضابط في الجيش النظامي، والأصغر يلتحق بالمتمردين، والأم تحاول عبثاً أن تجمعهما على مائدة واحدة. وفي الفصل الأوسط، تصف الكاتبة بلغة شعرية قصف مخيم للرعاة بالطائرات، ونزوح العائلة نحو الحدود الجزائرية.

ما يميز الرواية أنها لا تنحاز لطرف، بل تنحاز للناس العاديين الذين دفعوا الثمن. غير أن الإيقاع يتباطأ في الفصول الأخيرة، وتثقل الحوارات الطويلة بعض المشاهد.

"رمال كيدال"، 312 صفحة، دار الواحة للنشر، 2025.
""", url="https://sahara-culture.example/reviews/2026/02/26/kidal-sands", outlet="مجلة الصحراء الثقافية",
    published="2026-02-26",
    notes="Non-event: a book review of an (invented) novel; the sieges, air strikes and displacement are fiction set "
          "in 2012.")

art("q_bf_government_denies_djibo_attack_rumours", """
وكالة الأنباء البوركينية – الخدمة العربية (أ.ب.ب)

واغادوغو، 18 نوفمبر 2026 (أ.ب.ب) – نفت الحكومة الانتقالية في بوركينا فاسو، اليوم الأربعاء، ما تداولته حسابات على مواقع التواصل الاجتماعي بشأن "سقوط مدينة جيبو" و"هجوم واسع على الثكنة العسكرية" فيها، ووصفت تلك المنشورات بأنها "أخبار كاذبة تهدف إلى بث الذعر في صفوف السكان".

وقال المتحدث باسم الحكومة في بيان تلاه عبر التلفزيون الرسمي إن "الوضع في جيبو والمناطق المجاورة تحت السيطرة الكاملة لقوات الدفاع والأمن"، وإن "الحياة تسير بشكل طبيعي في المدينة".

وحذّر البيان "كل من يروّج لهذه الشائعات" من "الملاحقة القضائية وفق القانون"، داعياً المواطنين إلى استقاء المعلومات من المصادر الرسمية فقط.

وكانت حسابات مجهولة قد نشرت منذ مساء الإثنين مقاطع فيديو قديمة قالت إنها لمعارك في المدينة، تبيّن لاحقاً أنها تعود إلى سنوات سابقة.

(أ.ب.ب) س.ك
""", url="https://aib-arabic.example/2026/11/18/djibo-denial", outlet="وكالة الأنباء البوركينية – الخدمة العربية",
    published="2026-11-18",
    notes="Non-event: a government denial of rumoured fighting in Djibo; the videos were old. Denied claims are not "
          "coded.")

art("q_ng_lagos_cyber_fraud_ring_raid", """
نيجيريا بالعربية | nigeria-arabic.example
الثلاثاء 5 أغسطس 2025

مداهمة في لاغوس: توقيف 40 مشتبهاً بالاحتيال الإلكتروني

أعلنت هيئة مكافحة الجرائم الاقتصادية والمالية في نيجيريا، اليوم الثلاثاء، توقيف 40 شخصاً يُشتبه في تورطهم في عمليات احتيال إلكتروني عابرة للحدود، خلال مداهمة لمبنى سكني في حي ليكي بمدينة لاغوس.

وقالت الهيئة في بيان إن المشتبه بهم كانوا يديرون "شبكة احتيال عاطفي واستثماري" تستهدف ضحايا في أوروبا وأمريكا الشمالية، وإن عناصرها ضبطوا خلال العملية 57 هاتفاً محمولاً و23 حاسوباً وسبع سيارات فاخرة.

وأضاف البيان أن المداهمة جرت "من دون أي مقاومة"، وأن المشتبه بهم سيُحالون إلى القضاء فور انتهاء التحقيقات.

وتقول السلطات إن الاحتيال الإلكتروني يكبّد البلاد خسائر كبيرة ويضر بسمعتها، فيما يعزو خبراء انتشاره إلى ارتفاع معدلات البطالة بين الشباب.

اقرأ أيضاً: البنك المركزي النيجيري يرفع سعر الفائدة للمرة الثالثة هذا العام
""", url="https://nigeria-arabic.example/2025/08/05/lagos-fraud", outlet="نيجيريا بالعربية",
    published="2025-08-05",
    notes="Non-event: ordinary (financial) crime; arrests of fraud suspects without resistance are not political "
          "violence or a strategic development.")

art("q_iq_kut_funeral_officer_old_wounds", """
واسط نيوز | wasitnews.example
محليات | الثلاثاء 12 أيار 2026

الكوت تشيّع المقدم علي الزاملي بعد صراع طويل مع الإصابة

شيّعت مدينة الكوت، اليوم الثلاثاء، جثمان المقدم علي كريم الزاملي، آمر أحد أفواج الجيش العراقي، الذي فارق الحياة في مستشفى بغداد التخصصي متأثراً بجروح بليغة أصيب بها قبل نحو ثمانية أشهر خلال مواجهة مع عناصر داعش في صحراء الأنبار.

وشارك في التشييع، الذي انطلق من أمام مبنى قيادة شرطة المحافظة باتجاه مرقد الإمام علي في النجف، محافظ واسط وعدد من القادة العسكريين وشيوخ العشائر، وسط هتافات تمجّد "شهداء العراق".

وقال شقيقه لـ"واسط نيوز" إن الراحل "خضع لأكثر من عشر عمليات جراحية"، وإنه "كان يتمنى العودة إلى وحدته".

وأعلنت قيادة العمليات المشتركة الحداد في الفوج الذي كان يقوده، فيما تقرر إقامة مجلس الفاتحة في حسينية الحي العسكري لمدة ثلاثة أيام.

رحم الله الشهيد وأسكنه فسيح جناته | شارك الخبر
""", url="https://wasitnews.example/local/2026/05/12/funeral", outlet="واسط نيوز",
    published="2026-05-12",
    notes="Non-event: a funeral of an officer who died of wounds received about eight months earlier (the old clash "
          "is not a new event; a later death does not create one). The officer is fictional.")


PART = gold_tools.BlindPart(ARTICLES, OUT, prefix="q_", script="_build_q.py", allowed_actors=frozenset(ALLOWED_ACTORS))
known_actor_eras = gold_tools.known_actor_eras
validate, check_directory, main = PART.validate, PART.check_directory, PART.main


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
