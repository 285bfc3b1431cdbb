"""Build and validate the dev gold set, part S (s_*.json), written BLIND -- eastern Arab world and neighbours.

Written blind on 2026-11-23, like parts H to R: the author did not open the coder (src/marsad/events/**), its
trigger, modality, non-event-cue, coder-cue or figure lexicons (src/marsad/data/triggers/**,
src/marsad/data/modality.yaml, src/marsad/data/non_event_cues.yaml, src/marsad/data/coder_cues.yaml,
src/marsad/lang/ar/data/figures.yaml), the models (src/marsad/data/models/), training/, scripts/*mention*, any
tests/test_coder_*.py, tests/test_figures*.py, tests/test_mention_filter.py or tests/test_triggers.py, nor any gold
article text (tests/gold_dev/*.json, tests/gold_holdout/**, the article definitions of the other build scripts), nor
git history or diffs, and did not run the coder, `marsad eval`, `marsad run`/`demo` or pytest on these articles (only
this script and tests/test_gold_dev_parts.py). What was read: /work/shared/gold/README.md (its two JSON examples for
the format only), /work/shared/reference/acled-taxonomy.md, tests/gold_tools.py, tests/test_gold_dev_parts.py and
tests/test_gold_blind_validation.py (the checks this script must pass), the scaffolding of tests/gold_dev/_build_q.py
(module docstring, imports, constants block and PLACES up to the banner before its first article, and its final
PART/main lines; the `sed -n 1,160p` used for that also showed the opening call and first two lines of q's first
article, nothing more), the file names in tests/gold_dev/ (to avoid repeating the topics of earlier parts), the
canonical actor names and eras of the actor lexicon (listed through marsad.text.actors.Lexicon, not their Arabic
surface forms), and `marsad gazetteer lookup` for coordinates. /work/shared/seeds was not opened and nothing was
copied from anywhere. All texts are original and fictional (invented incidents at real places, invented outlets
with .example domains; the statements attributed to real institutions are invented too).

Weighting: the eastern Arab world and its neighbours only -- Syria, Iraq (incl. the Kurdistan-region border with
Iran), Lebanon, Palestine (Gaza and the West Bank), Jordan, Yemen, Saudi Arabia, Egypt, Iran and Turkey. 40
articles: 25 event articles (about 47 non-optional events across all six ACLED event types) and 15 hard non-event
articles (court verdict on an old bombing, an official denial, a massacre anniversary, a threat, a floods bulletin
with cumulative figures, a building collapse, a gas-cylinder explosion, a military exercise, talks without
agreement, football with war metaphors, an opinion column built on "what if" questions, a film review, a planned
offensive, the funeral of a man who died twelve years earlier, an interview recounting the battle of Mosul).
Multi-event articles: a monitor's daily round-up (5 incidents), a live blog (newest first), a security statement
listing four air strikes, a health-ministry statement listing four strikes, articles whose main event comes with
distinct dated side events. Shared incidents: the Tarmiyah IED told by a wire (toll revised 2 -> 3), a local page
(menus, "read also" block, share widget, footer) and an undated social-media repost (2 killed); the Sinjil settler
attack told by a wire and a TV transcript; the Hays front told by a government-side and a Houthi-side outlet.

Dates are written in Levantine/Iraqi month names (شباط، آذار، أيلول، تشرين الأول، كانون الثاني), Egyptian/Gulf ones
(مايو، يوليو، أغسطس، أبريل), Hijri dates (23 رمضان 1447 = 2026-03-12; 3 ربيع الأول 1447 = 2025-08-26), a Persian
solar date, relative dates anchored by the publication date (أمس، فجر اليوم، مساء الثلاثاء الماضي، يوم الخميس
الماضي), Eastern Arabic digits (٣), Western digits and number words.

Fatality convention used here: the lowest credible figure; a toll revised by the same or a higher official source
replaces the first one; when two sources disagree the lower figure is taken; claimed enemy losses that nobody
contradicts are counted; vague words follow the taxonomy file ("dozens" 12, "several"/"a number of" 3); 0 only when
the text says nobody was killed or hurt; null when the text gives no figure (also when only wounded are reported).
Actor order: the attacker/initiator is actor1; protest and riot events have the protesters/rioters as actor1 and the
intervening force as actor2.

Run:  python tests/gold_dev/_build_s.py          (write the files, then validate them)
      python tests/gold_dev/_build_s.py --check  (only validate the files on disk)
Checks: every s_*.json parses and has the gold keys; every evidence span occurs verbatim in its text; incident is
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
UNIFIL = "UNIFIL (United Nations Interim Force in Lebanon)"
SYR = "Military Forces of Syria (2024-)"
SYR_POL = "Police Forces of Syria (2024-)"
SDF = "Syrian Democratic Forces (SDF)"
ASAYISH_SY = "Asayish (Syria)"
IRQ = "Military Forces of Iraq (2022-)"
ISIS = "Islamic State (ISIS)"
QUDS = "Al-Quds Brigades"
GAZA_POL = "Police Forces of Palestine (Gaza)"
JOR_POL = "Police Forces of Jordan"
EGY_POL = "Police Forces of Egypt (2014-)"
SAU = "Military Forces of Saudi Arabia"
HOUTHI = "Ansar Allah (Houthis)"
JOINT_WC = "Joint Forces (West Coast, Yemen)"
IRGC = "Islamic Revolutionary Guard Corps (IRGC)"
PJAK = "Free Life Party of Kurdistan (PJAK)"
IRN_POL = "Police Forces of Iran"
IRQ_POL = "Police Forces of Iraq (2022-)"


# place key -> (country, admin1, location, lat, lon); coordinates from `marsad gazetteer lookup` where it knows the
# place (Al-Shuhayl, Tadmur, Dayr Hafir, As-Suwayda, Inkhil, Jaramana, Al Kiswah, Sheikh Maqsoud, Kfar Kila,
# En Naqoura, At Tarmiyah, Al Qurnah, Sinjil, Khan Yunis, Rafah, Qabatiyah, Ma'an, Hays, Ibb, Al Udayn, Ras Isa port,
# Al Hudaydah, Cairo, Alexandria, Marivan, Zahedan), else from general knowledge (Aitaroun, Shebaa, Shaqra in
# Lebanon, Al-Mawasi, Al-Adhaim, the Hamrin and Makhoul mountains, Wadi al-Tharthar, Wadi al-Shay, Hezyaz,
# Ras Kathib, Ad Dayer, Jubata al-Khashab).
PLACES = {
    # Syria
    "al_shuhayl": ("Syria", "Deir ez-Zor", "Al-Shuhayl, Deir ez-Zor", 35.00, 40.55),
    "tadmur": ("Syria", "Homs", "Tadmur, Homs", 34.56, 38.28),
    "deir_hafer": ("Syria", "Aleppo", "Deir Hafer, Aleppo", 36.16, 37.71),
    "inkhil": ("Syria", "Daraa", "Inkhil, Daraa", 33.02, 36.13),
    "suwayda": ("Syria", "As-Suwayda", "As-Suwayda, As-Suwayda", 32.71, 36.57),
    "jaramana": ("Syria", "Rif Dimashq", "Jaramana, Rif Dimashq", 33.49, 36.35),
    "kisweh": ("Syria", "Rif Dimashq", "Al-Kiswah, Rif Dimashq", 33.36, 36.24),
    "jubata": ("Syria", "Quneitra", "Jubata al-Khashab, Quneitra", 33.23, 35.88),
    "sheikh_maqsoud": ("Syria", "Aleppo", "Sheikh Maqsoud, Aleppo", 36.23, 37.16),
    # Lebanon
    "aitaroun": ("Lebanon", "Nabatieh", "Aitaroun, Bint Jbeil", 33.12, 35.47),
    "naqoura": ("Lebanon", "South", "Naqoura, Tyre", 33.12, 35.14),
    "kfar_kila": ("Lebanon", "Nabatieh", "Kfar Kila, Marjayoun", 33.28, 35.55),
    "shebaa": ("Lebanon", "Nabatieh", "Shebaa, Hasbaya", 33.35, 35.75),
    "shaqra_lb": ("Lebanon", "Nabatieh", "Shaqra, Bint Jbeil", 33.19, 35.47),
    # Iraq
    "tarmiyah": ("Iraq", "Baghdad", "Tarmiyah, Baghdad", 33.67, 44.40),
    "adhaim": ("Iraq", "Diyala", "Al-Adhaim, Diyala", 34.47, 44.52),
    "hamrin": ("Iraq", "Diyala", "Hamrin Mountains, Diyala", 34.33, 44.72),
    "tharthar": ("Iraq", "Salah al-Din", "Wadi al-Tharthar, Salah al-Din", 34.55, 43.25),
    "makhoul": ("Iraq", "Salah al-Din", "Makhoul Mountains, Salah al-Din", 35.05, 43.45),
    "wadi_shay": ("Iraq", "Kirkuk", "Wadi al-Shay, Kirkuk", 35.28, 44.15),
    "qurna": ("Iraq", "Basra", "Al-Qurna, Basra", 31.02, 47.43),
    # Palestine
    "sinjil": ("Palestine", "West Bank", "Sinjil, Ramallah", 32.03, 35.27),
    "khan_yunis": ("Palestine", "Gaza Strip", "Khan Yunis, Khan Yunis", 31.34, 34.31),
    "mawasi": ("Palestine", "Gaza Strip", "Al-Mawasi, Khan Yunis", 31.36, 34.27),
    "rafah": ("Palestine", "Gaza Strip", "Rafah, Rafah", 31.30, 34.24),
    "qabatiya": ("Palestine", "West Bank", "Qabatiya, Jenin", 32.41, 35.28),
    # Jordan, Egypt, Saudi Arabia
    "maan": ("Jordan", "Ma'an", "Ma'an, Ma'an", 30.20, 35.73),
    "cairo": ("Egypt", "Cairo", "Cairo, Cairo", 30.05, 31.24),
    "alexandria": ("Egypt", "Alexandria", "Alexandria, Alexandria", 31.20, 29.92),
    "dayer": ("Saudi Arabia", "Jazan", "Ad Dayer, Jazan", 17.35, 43.13),
    # Yemen
    "hays": ("Yemen", "Al Hudaydah", "Hays, Al Hudaydah", 13.93, 43.48),
    "ibb": ("Yemen", "Ibb", "Ibb, Ibb", 13.97, 44.18),
    "udayn": ("Yemen", "Ibb", "Al Udayn, Ibb", 13.97, 44.00),
    "hezyaz": ("Yemen", "Sanaa", "Hezyaz, Sanhan", 15.25, 44.22),
    "ras_isa": ("Yemen", "Al Hudaydah", "Ras Isa Port, Al Hudaydah", 15.13, 42.62),
    "hodeidah_port": ("Yemen", "Al Hudaydah", "Al Hudaydah Port, Al Hudaydah", 14.83, 42.93),
    "ras_kathib": ("Yemen", "Al Hudaydah", "Ras Kathib, Al Hudaydah", 14.92, 42.89),
    # Iran
    "marivan": ("Iran", "Kurdistan", "Marivan, Kurdistan", 35.52, 46.18),
    "zahedan": ("Iran", "Sistan and Baluchestan", "Zahedan, Sistan and Baluchestan", 29.50, 60.86),
}


ev = partial(make_event, PLACES)
ARTICLES: dict[str, dict] = {}
art = partial(add_article, ARTICLES)


# ============================================================================================ event articles
# ------------------------------------------------------------------------------------------------ Syria
art("s_sy_deirezzor_monitor_daily_roundup", """
الشبكة السورية للرصد الميداني
التقرير اليومي | الأحد ١٤ أيلول ٢٠٢٥

وثّقت الشبكة خلال الساعات الأربع والعشرين الماضية الحوادث الأمنية التالية في عدد من المحافظات السورية:

١- دير الزور: أطلق مسلحان مجهولان يستقلان دراجة نارية النار على صيدلاني أمام صيدليته في بلدة الشحيل بريف دير الزور الشرقي مساء أمس السبت، ما أدى إلى مقتله على الفور، قبل أن يلوذا بالفرار. ولم تتبنَّ أي جهة العملية حتى لحظة إعداد التقرير.

٢- حمص: قُتل راعي أغنام وأصيب ابنه بجروح بليغة جراء انفجار لغم أرضي من مخلفات الحرب في بادية تدمر شرقي حمص صباح أمس، أثناء رعيهما الماشية. وتشير بيانات الشبكة إلى أن مخلفات الحرب أودت بحياة ٤٣ مدنياً في البادية منذ مطلع العام الجاري.

٣- حلب: استهدفت قوات سوريا الديمقراطية (قسد) بعدة قذائف هاون مواقع للجيش السوري في محيط بلدة دير حافر بريف حلب الشرقي ليل السبت، ولم يسفر القصف عن إصابات بشرية، واقتصرت الأضرار على الماديات، بحسب مصدر عسكري تحدث للشبكة.

٤- درعا: عُثر صباح اليوم على جثة شاب في العقد الثالث من عمره عند الأطراف الغربية لمدينة إنخل بريف درعا الشمالي، وعليها آثار طلقات نارية في الرأس والصدر، وذلك بعد يومين من اختطافه على يد مسلحين مجهولين أثناء عودته من عمله.

٥- السويداء: نظّم عشرات من أهالي مدينة السويداء وقفة احتجاجية في ساحة الكرامة ظهر أمس، طالبوا خلالها بفتح الطريق الدولي وإدخال المواد الطبية والمحروقات، ورفعوا لافتات تندد بالحصار المفروض على المحافظة. وانتهت الوقفة بشكل سلمي دون تسجيل أي احتكاك.

تعتمد الشبكة في توثيقها على مراسلين محليين وشهود عيان، وتُحدَّث البيانات عند ورود معلومات جديدة.
جميع الحقوق محفوظة © الشبكة السورية للرصد الميداني
""",
    url="https://rasd-syria.example/daily/2025-09-14-roundup",
    outlet="الشبكة السورية للرصد الميداني",
    published="2025-09-14",
    incident="sy_monitor_roundup_2025_09_13",
    events=[
        ev(V, "Attack", "2025-09-13", uag("Syria"), civ("Syria"), "al_shuhayl", 1,
           "أطلق مسلحان مجهولان يستقلان دراجة نارية النار على صيدلاني أمام صيدليته في بلدة الشحيل"),
        ev(E, "Remote explosive/landmine/IED", "2025-09-13", uag("Syria"), civ("Syria"), "tadmur", 1,
           "انفجار لغم أرضي من مخلفات الحرب في بادية تدمر"),
        ev(E, "Shelling/artillery/missile attack", "2025-09-13", SDF, SYR, "deir_hafer", 0,
           "استهدفت قوات سوريا الديمقراطية (قسد) بعدة قذائف هاون مواقع للجيش السوري في محيط بلدة دير حافر"),
        ev(V, "Attack", "2025-09-14", uag("Syria"), civ("Syria"), "inkhil", 1,
           "عُثر صباح اليوم على جثة شاب في العقد الثالث من عمره عند الأطراف الغربية لمدينة إنخل"),
        ev(V, "Abduction/forced disappearance", "2025-09-12", uag("Syria"), civ("Syria"), "inkhil", None,
           "بعد يومين من اختطافه على يد مسلحين مجهولين", optional=True),
        ev(P, "Peaceful protest", "2025-09-13", protesters("Syria"), None, "suwayda", None,
           "نظّم عشرات من أهالي مدينة السويداء وقفة احتجاجية في ساحة الكرامة"),
    ],
    notes="Monitor round-up published Sunday 2025-09-14; five items. (1) Al-Shuhayl killing 'مساء أمس السبت' = "
          "09-13, 1 killed. (2) War-remnant landmine in the Palmyra desert 'صباح أمس' = 09-13, 1 killed (son wounded); "
          "the 43 deaths 'since the start of the year' are a cumulative figure, not coded. (3) SDF mortar fire on army "
          "positions near Deir Hafer 'ليل السبت', 'لم يسفر القصف عن إصابات بشرية' -> 0. (4) Body found near Inkhil "
          "'صباح اليوم': the killing date is unknown (between the abduction two days earlier and the discovery), coded "
          "on the discovery date 09-14, 1 killed; the abduction itself (09-12) is optional. (5) Peaceful sit-in in "
          "As-Suwayda 'ظهر أمس' = 09-13; no casualty figure -> null. The incident slug groups the round-up only.",
)

art("s_sy_jaramana_killing_curfew", """
بريد دمشق
محليات | الجمعة ٢٣ كانون الثاني ٢٠٢٦

جرمانا: حظر تجول واعتقالات بعد ثلاثة أيام من التوتر إثر مقتل سائق أجرة

تعيش مدينة جرمانا في ريف دمشق هدوءاً حذراً اليوم، بعد أيام من التوتر أعقبت مقتل سائق سيارة أجرة برصاص مجهولين مساء الثلاثاء الماضي.

وبحسب ما روى شهود لـ«بريد دمشق»، فإن مسلحين اثنين اعترضا سيارة السائق، وهو أربعيني من أبناء المدينة، قرب دوار المتحلق الجنوبي، وأطلقا النار عليه من مسافة قريبة فأردياه قتيلاً، وأصيب راكب كان برفقته بجروح.

ويوم الأربعاء، وعقب تشييع السائق، هاجم عشرات الشبان الغاضبين محالّ تجارية ومنازل يقطنها نازحون من محافظات أخرى في حي الروضة، وحطموا واجهاتها وأضرموا النار في عدد منها، ما أدى إلى إصابة أربعة أشخاص بجروح، فيما لم تُسجَّل أي وفيات.

وأعلنت وزارة الداخلية مساء الأربعاء فرض حظر تجول في المدينة من الساعة الثامنة مساءً حتى السادسة صباحاً «حفاظاً على السلم الأهلي»، ونشرت تعزيزات من الأمن العام عند مداخلها.

وأمس الخميس، أعلن قائد الأمن الداخلي في ريف دمشق إلقاء القبض على ستة أشخاص يُشتبه بتورطهم في أعمال التخريب، مؤكداً أن البحث ما زال جارياً عن منفذي عملية القتل.

وكانت جرمانا قد شهدت في ربيع العام الماضي اشتباكات دامية بين مسلحين محليين وقوات الأمن، انتهت باتفاق رعاه وجهاء المدينة.

شارك: فيسبوك | واتساب | تلغرام
""",
    url="https://dimashq-post.example/local/2026/01/23/jaramana-curfew",
    outlet="بريد دمشق",
    published="2026-01-23",
    incident="sy_jaramana_driver_killing_2026_01",
    events=[
        ev(V, "Attack", "2026-01-20", uag("Syria"), civ("Syria"), "jaramana", 1,
           "أطلقا النار عليه من مسافة قريبة فأردياه قتيلاً"),
        ev(R, "Mob violence", "2026-01-21", rioters("Syria"), civ("Syria"), "jaramana", 0,
           "هاجم عشرات الشبان الغاضبين محالّ تجارية ومنازل يقطنها نازحون من محافظات أخرى في حي الروضة"),
        ev(S, "Other", "2026-01-21", SYR_POL, None, "jaramana", None,
           "فرض حظر تجول في المدينة", optional=True),
        ev(S, "Arrests", "2026-01-22", SYR_POL, None, "jaramana", None,
           "إلقاء القبض على ستة أشخاص", optional=True),
    ],
    notes="Published Friday 2026-01-23. Main event with distinct dated side events: the killing 'مساء الثلاثاء "
          "الماضي' = 01-20 (1 killed, a passenger wounded); the mob attack on shops and homes of displaced people "
          "'يوم الأربعاء' = 01-21 ('لم تُسجَّل أي وفيات' -> 0); the curfew decided by the Interior Ministry on Wednesday "
          "evening (S/Other, optional) and six arrests 'أمس الخميس' = 01-22 (optional). The spring-2025 clashes in the "
          "last paragraph are history, not coded.",
)

art("s_sy_kisweh_israeli_drone_strike", """
أخبار الشام اليوم
الجمعة ٤ أيلول ٢٠٢٦

مقتل جنديين بغارة إسرائيلية بمسيّرة قرب الكسوة جنوب دمشق

قُتل جنديان من الجيش السوري وأصيب ثلاثة آخرون، مساء أمس الخميس، جراء غارة نفذتها طائرة مسيّرة إسرائيلية على موقع عسكري في محيط مدينة الكسوة بريف دمشق الجنوبي، بحسب ما أعلنت وزارة الدفاع السورية.

وقالت الوزارة في بيان إن المسيّرة استهدفت عناصر من إحدى وحدات الجيش أثناء قيامهم بمهمة تفقد لمستودع قديم، معتبرة الهجوم «انتهاكاً سافراً للسيادة السورية».

في المقابل، قال متحدث باسم الجيش الإسرائيلي إن قواته استهدفت «وسائل قتالية» في المنطقة «كانت تشكل تهديداً لأمن إسرائيل»، من دون الإشارة إلى سقوط قتلى.

وكانت قوة إسرائيلية قد توغلت صباح الثلاثاء الماضي في قرية جباتا الخشب بريف القنيطرة الشمالي، واعتقلت ثلاثة رعاة قبل أن تفرج عن اثنين منهم في وقت لاحق من اليوم ذاته.

وتشهد المنطقة الجنوبية من سوريا توغلات إسرائيلية شبه يومية منذ كانون الأول ٢٠٢٤.
""",
    url="https://sham-today.example/news/2026/09/04/kisweh-drone-strike",
    outlet="أخبار الشام اليوم",
    published="2026-09-04",
    incident="sy_kisweh_israeli_drone_strike_2026_09",
    events=[
        ev(E, "Air/drone strike", "2026-09-03", ISR, SYR, "kisweh", 2,
           "غارة نفذتها طائرة مسيّرة إسرائيلية على موقع عسكري في محيط مدينة الكسوة"),
        ev(S, "Arrests", "2026-09-01", ISR, civ("Syria"), "jubata", None,
           "اعتقلت ثلاثة رعاة", optional=True),
    ],
    notes="Published Friday 2026-09-04; strike 'مساء أمس الخميس' = 09-03, 2 soldiers killed per the Defence "
          "Ministry (the Israeli statement gives no figure, does not contradict). Side event: incursion into Jubata "
          "al-Khashab 'صباح الثلاثاء الماضي' = 09-01 with three shepherds detained -- coded as optional Arrests. "
          "The 'near-daily incursions since December 2024' line is background.",
)

art("s_sy_aleppo_sheikh_maqsoud_clash_truce", """
منصة الشهباء
حلب | ١٠ أيار ٢٠٢٦

قتيلان في اشتباكات بين الجيش و«الأسايش» في الشيخ مقصود... واتفاق على وقف النار فجراً

اندلعت مساء أمس اشتباكات بالأسلحة الخفيفة والمتوسطة بين وحدات من الجيش السوري وقوى الأمن الداخلي الكردية «الأسايش» على أطراف حي الشيخ مقصود شمالي مدينة حلب، إثر خلاف على حاجز عند دوار الشيحان.

وأسفرت الاشتباكات عن مقتل عنصر من الجيش. كما قُتلت امرأة برصاص طائش أثناء وجودها على شرفة منزلها في حي بني زيد المجاور، وأصيب ستة مدنيين آخرين بجروح، بحسب مديرية صحة حلب.

وفجر اليوم، أعلنت وزارة الدفاع التوصل إلى اتفاق لوقف إطلاق النار مع قيادة «الأسايش» برعاية وجهاء من الحي، يقضي بإزالة الحاجز المستحدث وعودة الطرفين إلى نقاطهما السابقة، على أن تتولى لجنة مشتركة متابعة التنفيذ.

وقال مسؤول في المجلس المحلي للحي إن الهدوء يسود المنطقة منذ ساعات الصباح الأولى، وإن الحركة بدأت تعود تدريجياً إلى الشوارع.

ويخضع الحيان ذوا الغالبية الكردية، الشيخ مقصود والأشرفية، لإدارة محلية مرتبطة بـ«قسد» منذ سنوات، وشهدا جولات توتر سابقة مع الحكومة.

اقرأ أيضاً: افتتاح معرض حلب الدولي للكتاب بمشاركة ١٢٠ دار نشر
""",
    url="https://shahba-platform.example/aleppo/2026/05/10/sheikh-maqsoud",
    outlet="منصة الشهباء",
    published="2026-05-10",
    incident="sy_aleppo_sheikh_maqsoud_clash_2026_05",
    events=[
        ev(B, "Armed clash", "2026-05-09", SYR, ASAYISH_SY, "sheikh_maqsoud", 2,
           "اندلعت مساء أمس اشتباكات بالأسلحة الخفيفة والمتوسطة بين وحدات من الجيش السوري وقوى الأمن الداخلي "
           "الكردية «الأسايش»"),
        ev(S, "Agreement", "2026-05-10", SYR, ASAYISH_SY, "sheikh_maqsoud", None,
           "التوصل إلى اتفاق لوقف إطلاق النار مع قيادة «الأسايش»"),
    ],
    notes="Published 2026-05-10. Clash 'مساء أمس' = 05-09; the toll is told across two sentences: one soldier "
          "plus a woman killed by stray fire in the adjacent Bani Zaid -> 2 (six wounded). Ceasefire agreement "
          "'فجر اليوم' = 05-10, coded as S/Agreement. Which side started the fight is not said; the army is actor1.",
)

# ------------------------------------------------------------------------------------------------ Lebanon
art("s_lb_south_liveblog", """
الجنوب الآن
الرئيسية | أخبار لبنان | الجنوب | اقتصاد | منوعات

مباشر | التطورات الميدانية في الجنوب لحظة بلحظة
الخميس ١٦ تشرين الأول ٢٠٢٥ — يتم تحديث الصفحة تلقائياً

18:05
وزارة الصحة العامة: الغارة التي شنّها العدو الإسرائيلي بمسيّرة على دراجة نارية في بلدة عيترون أدت في حصيلة نهائية إلى سقوط شهيد وإصابة مواطنَين بجروح.

17:40
مسيّرة إسرائيلية تستهدف دراجة نارية عند المدخل الشمالي لبلدة عيترون في قضاء بنت جبيل، ومعلومات أولية عن إصابات.

15:20
مسيّرة معادية ألقت قنبلة صوتية قرب مراكب الصيادين عند شاطئ الناقورة، من دون أن يُبلَّغ عن إصابات.

13:55
الجيش الإسرائيلي يفجّر عدداً من المنازل في الحي الشرقي لبلدة كفركلا، ودويّ الانفجارات يُسمع في أرجاء القطاع الشرقي.

11:10
قصف مدفعي إسرائيلي يطال الأطراف الجنوبية لبلدة شبعا ومحيط مزرعة بسطرة في العرقوب.

09:30
الجيش اللبناني يعزز انتشاره على طريق الخيام – مرجعيون ويقيم حواجز ثابتة عند مداخل عدد من القرى.

08:15
صباح الخير، نبدأ تغطيتنا المباشرة لمجريات اليوم في القرى الحدودية. للتذكير، تجاوز عدد الخروقات الإسرائيلية المسجلة منذ إعلان وقف إطلاق النار في تشرين الثاني من العام الماضي أربعة آلاف خرق بحسب إحصاءات رسمية.

شارك التغطية: فيسبوك | واتساب | إكس
© الجنوب الآن ٢٠٢٥
""",
    url="https://janoub-now.example/live/south-2025-10-16",
    outlet="الجنوب الآن",
    published="2025-10-16",
    incident="lb_south_liveblog_2025_10_16",
    events=[
        ev(E, "Air/drone strike", "2025-10-16", ISR, civ("Lebanon"), "aitaroun", 1,
           "مسيّرة إسرائيلية تستهدف دراجة نارية عند المدخل الشمالي لبلدة عيترون"),
        ev(E, "Grenade", "2025-10-16", ISR, civ("Lebanon"), "naqoura", 0,
           "مسيّرة معادية ألقت قنبلة صوتية قرب مراكب الصيادين عند شاطئ الناقورة"),
        ev(S, "Looting/property destruction", "2025-10-16", ISR, civ("Lebanon"), "kfar_kila", None,
           "الجيش الإسرائيلي يفجّر عدداً من المنازل في الحي الشرقي لبلدة كفركلا"),
        ev(E, "Shelling/artillery/missile attack", "2025-10-16", ISR, None, "shebaa", None,
           "قصف مدفعي إسرائيلي يطال الأطراف الجنوبية لبلدة شبعا"),
    ],
    notes="Live blog, newest entry first, all on 2025-10-16. The 18:05 entry gives the final toll of the 17:40 "
          "Aitaroun drone strike (one event, 1 killed). Stun grenade dropped by a drone near Naqoura fishermen: "
          "sub-event Grenade (an Air/drone strike reading is possible), 'من دون أن يُبلَّغ عن إصابات' -> 0. House "
          "demolitions in Kfar Kila -> S/Looting-property destruction. Artillery on Shebaa's outskirts, no figure. "
          "The Lebanese army deployment (09:30) and the cumulative violations count (08:15) are not events.",
)

art("s_lb_shaqra_unifil_patrol_mob", """
موقع جبل عامل
الأربعاء ٢١ كانون الثاني ٢٠٢٦

إشكال بين أهالي شقرا ودورية لليونيفيل... وجرح جندي بحجارة

اعترض عدد من أهالي بلدة شقرا في قضاء بنت جبيل، مساء أمس، دورية تابعة لقوات الأمم المتحدة المؤقتة (اليونيفيل) دخلت أحد الأحياء السكنية من دون مرافقة الجيش اللبناني، ورشقوا آلياتها بالحجارة وحطموا زجاج إحداها، ما أدى إلى إصابة أحد جنود الدورية بجروح طفيفة في رأسه.

وحضرت قوة من الجيش اللبناني إلى المكان وعملت على تهدئة الأهالي وتأمين انسحاب الدورية.

وقال المتحدث باسم اليونيفيل في بيان إن «الاعتداء على حفظة السلام غير مقبول»، داعياً السلطات اللبنانية إلى التحقيق ومحاسبة المسؤولين، ومؤكداً أن حرية حركة القوة «منصوص عليها في القرار ١٧٠١».

من جهتهم، قال عدد من الأهالي إن الدورية كانت تصوّر المنازل، وهو ما نفته اليونيفيل.

وليست هذه المرة الأولى التي تشهد فيها بلدات الجنوب احتكاكات مماثلة، إذ سُجّلت حوادث مشابهة في بلدات عدة خلال العامين الماضيين.
""",
    url="https://jabal-amel.example/news/2026/01/21/shaqra-unifil",
    outlet="موقع جبل عامل",
    published="2026-01-21",
    incident="lb_shaqra_unifil_patrol_2026_01",
    events=[
        ev(R, "Mob violence", "2026-01-20", rioters("Lebanon"), UNIFIL, "shaqra_lb", None,
           "اعترض عدد من أهالي بلدة شقرا في قضاء بنت جبيل، مساء أمس، دورية تابعة لقوات الأمم المتحدة المؤقتة"),
    ],
    notes="Residents stoned a UNIFIL patrol 'مساء أمس' = 2026-01-20; one peacekeeper lightly wounded, no statement "
          "about deaths -> null. Spontaneous crowd violence -> Riots/Mob violence. Earlier similar incidents are "
          "mentioned only in general, not coded.",
)

# ------------------------------------------------------------------------------------------------ Iraq
art("s_iq_tarmiyah_ied_patrol_wire", """
بغداد، ١٠ شباط/فبراير (الرافدين) – قُتل جنديان عراقيان وأصيب ثلاثة آخرون بجروح، مساء الإثنين، إثر انفجار عبوة ناسفة استهدفت دورية للجيش في قضاء الطارمية شمالي العاصمة بغداد، بحسب مصادر أمنية.

وقالت خلية الإعلام الأمني في بيان مقتضب إن «عبوة ناسفة انفجرت على عجلة تابعة لقطعاتنا أثناء تنفيذها واجباً في منطقة البساتين بقضاء الطارمية»، مضيفة أن الجرحى نُقلوا إلى المستشفى لتلقي العلاج.

وفي وقت لاحق من ليل الإثنين، أعلنت الخلية ارتفاع عدد القتلى إلى ثلاثة بعد وفاة أحد الجرحى متأثراً بإصابته.

وأوضح مصدر في قيادة عمليات بغداد أن مفرزة من هندسة الميدان عثرت صباح الثلاثاء على عبوة ثانية مزروعة على الطريق الترابي ذاته، وتمكنت من تفكيكها دون حوادث.

ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن، غير أن خلايا تنظيم «داعش» تنشط في البساتين الكثيفة المحيطة بالطارمية، التي شهدت خلال السنوات الماضية هجمات متكررة على القوات الأمنية والحشد الشعبي.

وفي حادث منفصل، أصيب مدنيان بجروح طفيفة الثلاثاء جراء انفجار عبوة ناسفة زرعها مجهولون قرب منزل مختار إحدى القرى التابعة لناحية العظيم شمالي محافظة ديالى، ولم تُسجَّل وفيات، وفق مصدر في شرطة المحافظة.

(الرافدين) م.ع/ح.س
""",
    url="https://rafidain-news.example/ar/iraq/2026/02/10/tarmiyah-ied",
    outlet="وكالة الرافدين الدولية للأنباء",
    published="2026-02-10",
    incident="iq_tarmiyah_ied_army_patrol_2026_02",
    events=[
        ev(E, "Remote explosive/landmine/IED", "2026-02-09", uag("Iraq"), IRQ, "tarmiyah", 3,
           "انفجار عبوة ناسفة استهدفت دورية للجيش في قضاء الطارمية"),
        ev(S, "Disrupted weapons use", "2026-02-10", IRQ, None, "tarmiyah", None,
           "عثرت صباح الثلاثاء على عبوة ثانية مزروعة على الطريق الترابي ذاته، وتمكنت من تفكيكها", optional=True),
        ev(E, "Remote explosive/landmine/IED", "2026-02-10", uag("Iraq"), civ("Iraq"), "adhaim", 0,
           "انفجار عبوة ناسفة زرعها مجهولون قرب منزل مختار إحدى القرى التابعة لناحية العظيم"),
    ],
    notes="Wire copy dated Tuesday 2026-02-10; IED 'مساء الإثنين' = 02-09. First toll 2 killed, revised by the same "
          "source (the Security Media Cell) to 3 -> 3. No claim: ISIS activity in the area is context only, so "
          "actor1 is an unidentified armed group. Second device defused on Tuesday -> optional Disrupted weapons use. "
          "Separate IED at Al-Adhaim (Diyala) on Tuesday 02-10, two civilians lightly hurt, 'لم تُسجَّل وفيات' -> 0. "
          "Same incident as s_iq_tarmiyah_ied_patrol_local and s_iq_tarmiyah_ied_patrol_repost.",
)

art("s_iq_tarmiyah_ied_patrol_local", """
الطارمية اليوم | صوت شمال بغداد
الرئيسية   أخبار محلية   أمن   خدمات   رياضة   من نحن   اتصل بنا
بحث...

أمن | الثلاثاء ١٠/٢/٢٠٢٦ | ٩:١٥ ص

استشهاد ضابط وجنديين بتفجير عبوة في بساتين الطارمية

استشهد ضابط برتبة ملازم أول وجنديان من الجيش العراقي، وأصيب اثنان آخران، مساء أمس، بانفجار عبوة ناسفة على عجلة همر كانت تقل قوة عسكرية أثناء واجب تفتيش في بساتين الطارمية.

وقال مصدر محلي لـ«الطارمية اليوم» إن العبوة كانت مزروعة على جانب طريق زراعي ضيق تسلكه الدوريات بشكل شبه يومي، وإن قوة من الجيش فرضت طوقاً أمنياً على المنطقة عقب الانفجار وشرعت بعمليات تفتيش واسعة.

وأضاف المصدر أن جثامين الشهداء نُقلت إلى دائرة الطب العدلي في بغداد، فيما يرقد الجريحان في مستشفى الكاظمية.

ويطالب أهالي القضاء منذ سنوات بتجريف البساتين المهجورة التي تتخذها الخلايا الإرهابية ملاذاً لها.

اقرأ أيضاً:
• مقتل ثلاثة إرهابيين بضربة جوية في وادي الثرثار
• افتتاح مشروع ماء الطارمية الكبير بعد توقف دام عامين
• مجلس القضاء يقرر إعادة فتح سوق الماشية الأسبوعي

شارك الخبر:  فيسبوك  |  تلغرام  |  واتساب  |  نسخ الرابط
التعليقات (٤)
جميع الحقوق محفوظة لموقع الطارمية اليوم ٢٠٢٦ | سياسة الخصوصية
""",
    url="https://tarmiyah-today.example/news/20260210-ied-patrol",
    outlet="الطارمية اليوم",
    published="2026-02-10",
    incident="iq_tarmiyah_ied_army_patrol_2026_02",
    events=[
        ev(E, "Remote explosive/landmine/IED", "2026-02-09", uag("Iraq"), IRQ, "tarmiyah", 3,
           "بانفجار عبوة ناسفة على عجلة همر"),
    ],
    notes="Local news page (menu, 'اقرأ أيضاً' block, share widget, comments counter, footer). IED 'مساء أمس' = "
          "2026-02-09; an officer and two soldiers killed -> 3 (two wounded, where the wire says three). The "
          "'read also' headline about an air strike in Wadi al-Tharthar is page boilerplate, not an event.",
)

art("s_iq_tarmiyah_ied_patrol_repost", """
‏🔴 #عاجل | #الطارمية

انفجار عبوة ناسفة على همر للجيش في بساتين الطارمية قبل قليل، والمعلومات الأولية تشير إلى استشهاد جنديين وإصابة آخرين بجروح مختلفة، وسيارات الإسعاف تتوجه للمكان 🚑

الرحمة للشهداء والشفاء للجرحى 🤲🇮🇶

#بغداد #الجيش_العراقي
—
أعاد نشرها: أخبار شمال بغداد
‏١٫٢ ألف إعجاب · ٣٤٠ إعادة نشر · ٨٨ تعليق
""",
    url="https://social.example/north_baghdad_news/status/77810452",
    outlet="أخبار شمال بغداد",
    published=None,
    incident="iq_tarmiyah_ied_army_patrol_2026_02",
    events=[
        ev(E, "Remote explosive/landmine/IED", None, uag("Iraq"), IRQ, "tarmiyah", 2,
           "انفجار عبوة ناسفة على همر للجيش في بساتين الطارمية"),
    ],
    notes="Undated social-media repost ('قبل قليل' with no anchor) -> date null. Early figure: 2 soldiers killed "
          "(the later wire and local page say 3; each article is coded on its own text).",
)

art("s_iq_hamrin_joc_airstrikes_statement", """
نبض الأمن العراقي
بيانات رسمية | الإثنين ٥ أيار ٢٠٢٥

قيادة العمليات المشتركة: حصاد ضربات القوة الجوية خلال ثلاثة أيام

أصدرت قيادة العمليات المشتركة، اليوم الإثنين، بياناً أوجزت فيه نتائج الضربات الجوية التي نُفذت ضد بقايا عصابات داعش الإرهابية بناءً على معلومات استخبارية دقيقة، وجاء فيه:

أولاً: يوم السبت الموافق ٣ أيار، نفذت طائرات F-16 العراقية ضربة جوية استهدفت وكراً للإرهابيين في سلسلة جبال حمرين ضمن قاطع عمليات ديالى، أسفرت عن مقتل ثلاثة (٣) إرهابيين.

ثانياً: يوم الأحد الموافق ٤ أيار، دكّت طائرات القوة الجوية مضافة في عمق وادي الثرثار ضمن قاطع عمليات صلاح الدين، ما أدى إلى هلاك خمسة إرهابيين بينهم ما يسمى «والي الجزيرة».

ثالثاً: في اليوم ذاته، دمّرت ضربة جوية نفقاً يستخدمه الإرهابيون لإخفاء الأسلحة والمواد اللوجستية في جبال مكحول.

رابعاً: فجر اليوم الإثنين، استهدفت طائرة من طيران الجيش مجموعة إرهابية في وادي الشاي جنوب غربي كركوك، وتمت معالجة إرهابيَين اثنين، وتقوم قطعاتنا حالياً بتفتيش المكان.

وأكدت القيادة أن العمليات مستمرة «حتى تطهير آخر شبر من أرض العراق»، مشيرة إلى أن الضربات الجوية منذ بداية العام الجاري أسفرت عن تدمير أكثر من ١٢٠ وكراً ومضافة.

الوسوم: #العمليات_المشتركة #داعش #القوة_الجوية
""",
    url="https://nabd-security.example/statements/2025-05-05-joc-airstrikes",
    outlet="نبض الأمن العراقي",
    published="2025-05-05",
    incident="iq_joc_airstrikes_2025_05_03_05",
    events=[
        ev(E, "Air/drone strike", "2025-05-03", IRQ, ISIS, "hamrin", 3,
           "استهدفت وكراً للإرهابيين في سلسلة جبال حمرين"),
        ev(E, "Air/drone strike", "2025-05-04", IRQ, ISIS, "tharthar", 5,
           "دكّت طائرات القوة الجوية مضافة في عمق وادي الثرثار"),
        ev(E, "Air/drone strike", "2025-05-04", IRQ, ISIS, "makhoul", None,
           "دمّرت ضربة جوية نفقاً يستخدمه الإرهابيون لإخفاء الأسلحة والمواد اللوجستية في جبال مكحول"),
        ev(E, "Air/drone strike", "2025-05-05", IRQ, ISIS, "wadi_shay", 2,
           "استهدفت طائرة من طيران الجيش مجموعة إرهابية في وادي الشاي"),
    ],
    notes="Statement listing four strikes on three days (explicit dates for 05-03 and 05-04, 'في اليوم ذاته', "
          "'فجر اليوم الإثنين' = 05-05). Claimed militant deaths nobody contradicts are counted: 3, 5, none given "
          "for the tunnel (null), and 'معالجة إرهابيَين اثنين' = 2. The 120 hideouts destroyed since January are a "
          "cumulative figure, not coded.",
)

art("s_iq_qurna_clan_clash", """
صدى البصرة
الثلاثاء ٧ تشرين الأول ٢٠٢٥

نزاع عشائري في القرنة يخلّف قتيلين وخمسة جرحى

اندلع نزاع عشائري مسلح، مساء أمس الإثنين، بين عشيرتين في إحدى القرى التابعة لقضاء القرنة شمالي محافظة البصرة، على خلفية خلاف قديم حول ملكية أرض زراعية، استُخدمت فيه الأسلحة المتوسطة.

وأفاد مصدر في شرطة البصرة بأن النزاع أسفر في حصيلة أولية عن مقتل شخص وإصابة ستة آخرين. وأضاف أن أحد الجرحى فارق الحياة فجر اليوم في مستشفى الصدر التعليمي متأثراً بإصابته البالغة.

وأكد المصدر أن قوة من الجيش والشرطة انتشرت في المنطقة وفرضت طوقاً أمنياً، واعتقلت سبعة من المتورطين وضبطت أسلحة بحوزتهم.

وصباح اليوم الثلاثاء، أطلق مسلحون من إحدى العشيرتين النار على سيارة تقل رجلاً من العشيرة الأخرى على الطريق العام بين القرنة وقضاء المدينة، فأصابوه بجروح، في ما بدا رداً انتقامياً، بحسب المصدر.

وتشهد المحافظات الجنوبية نزاعات عشائرية متكررة، كان أعنفها في البصرة نزاع عام ٢٠١٨ الذي استمر أياماً وأوقع قتلى.
""",
    url="https://basra-echo.example/local/2025/10/07/qurna-tribal-clash",
    outlet="صدى البصرة",
    published="2025-10-07",
    incident="iq_qurna_clan_clash_2025_10",
    events=[
        ev(B, "Armed clash", "2025-10-06", clan("Iraq"), clan("Iraq"), "qurna", 2,
           "اندلع نزاع عشائري مسلح، مساء أمس الإثنين، بين عشيرتين"),
        ev(S, "Arrests", None, IRQ_POL, None, "qurna", None,
           "اعتقلت سبعة من المتورطين", optional=True),
        ev(V, "Attack", "2025-10-07", clan("Iraq"), civ("Iraq"), "qurna", None,
           "أطلق مسلحون من إحدى العشيرتين النار على سيارة تقل رجلاً من العشيرة الأخرى"),
    ],
    notes="Clash 'مساء أمس الإثنين' = 2025-10-06. The toll is told across two sentences: 1 killed in the first "
          "count, then one of the wounded died 'فجر اليوم' -> 2 (matches the headline). Arrests by army and police, "
          "undated -> optional, date null. Revenge shooting 'صباح اليوم الثلاثاء' = 10-07, one man wounded, no "
          "death figure -> null. The 2018 dispute is history.",
)

# ------------------------------------------------------------------------------------------------ Palestine
art("s_ps_sinjil_settler_attack_wire", """
رام الله، ٢٢ حزيران/يونيو (الأرض المقدسة) – أصيب خمسة فلسطينيين بينهم طفل، مساء السبت، خلال هجوم شنّه عشرات المستوطنين على الأطراف الشمالية لبلدة سنجل شمال رام الله، أحرقوا خلاله ثلاث مركبات وأجزاء من منزل، وفق ما أفادت مصادر محلية وطبية.

وقال رئيس بلدية سنجل لوكالة «الأرض المقدسة» إن المستوطنين، الذين قدموا من بؤرة استيطانية أقيمت حديثاً على جبل قريب، رشقوا المنازل بالحجارة واعتدوا بالضرب على عائلة حاولت إخماد النيران التي اشتعلت في مركبتها.

وأوضحت جمعية الهلال الأحمر أن طواقمها تعاملت مع خمس إصابات بالرضوض والجروح، نُقلت إحداها إلى المستشفى، فيما عانى عدد من السكان من الاختناق بالغاز المسيل للدموع الذي أطلقه جنود إسرائيليون وصلوا إلى المكان لاحقاً.

ولم يعلق الجيش الإسرائيلي على الحادث حتى الآن.

وتصاعدت اعتداءات المستوطنين في محافظة رام الله خلال الأشهر الأخيرة، إذ وثقت هيئة مقاومة الجدار والاستيطان مئات الاعتداءات منذ مطلع العام، بينها إحراق منازل في بلدتي ترمسعيا والمغير.

(الأرض المقدسة) ر.ن
""",
    url="https://holyland-news.example/ar/westbank/2025/06/22/sinjil-settlers",
    outlet="وكالة الأرض المقدسة للأنباء",
    published="2025-06-22",
    incident="ps_sinjil_settler_attack_2025_06",
    events=[
        ev(V, "Attack", "2025-06-21", SETTLERS, civ("Palestine"), "sinjil", None,
           "هجوم شنّه عشرات المستوطنين على الأطراف الشمالية لبلدة سنجل"),
        ev(S, "Looting/property destruction", "2025-06-21", SETTLERS, civ("Palestine"), "sinjil", None,
           "أحرقوا خلاله ثلاث مركبات وأجزاء من منزل", optional=True),
    ],
    notes="Wire dated 22 June; attack 'مساء السبت' = 2025-06-21. Five wounded, no death figure -> null. The arson "
          "of cars is part of the same attack; a separate property-destruction event is optional. The tear gas fired "
          "by soldiers is not a protest event. Attacks in Turmusayya and al-Mughayyir are background. Same incident "
          "as s_ps_sinjil_settler_attack_tv.",
)

art("s_ps_sinjil_settler_attack_tv", """
نص النشرة المسائية – قناة فلسطين الغد الفضائية
السبت ٢١/٦/٢٠٢٥

المذيعة: مشاهدينا، نبدأ نشرتنا من محافظة رام الله، حيث تتواصل في هذه الأثناء اعتداءات المستوطنين على بلدة سنجل. ينضم إلينا مراسلنا من هناك، تفضل.

المراسل: نعم، مساء الخير. منذ نحو ساعتين هاجمت مجموعات من المستوطنين المسلحين البيوت الواقعة على الطرف الشمالي من البلدة، وأضرموا النار في عدد من السيارات، وما زالت ألسنة اللهب مشتعلة في إحداها كما ترون خلفي. الطواقم الطبية تتحدث حتى اللحظة عن ست إصابات، واحدة منها وُصفت بالمتوسطة.

المذيعة: هل تدخل جيش الاحتلال؟

المراسل: قوات الاحتلال وصلت بعد نحو نصف ساعة، لكنها بحسب الأهالي وفّرت الحماية للمستوطنين وأطلقت قنابل الغاز باتجاه الشبان الذين حاولوا التصدي لهم.

المذيعة: شكراً لك. وننتقل إلى الأخبار الاقتصادية...
""",
    url="https://palestine-alghad.example/transcripts/2025-06-21-evening-news",
    outlet="قناة فلسطين الغد الفضائية",
    published="2025-06-21",
    incident="ps_sinjil_settler_attack_2025_06",
    events=[
        ev(V, "Attack", "2025-06-21", SETTLERS, civ("Palestine"), "sinjil", None,
           "هاجمت مجموعات من المستوطنين المسلحين البيوت الواقعة على الطرف الشمالي من البلدة"),
    ],
    notes="TV transcript the same evening; 'منذ نحو ساعتين' anchored by the broadcast date 2025-06-21. Six wounded "
          "here (five in the wire), no deaths mentioned -> null.",
)

art("s_ps_khanyunis_aid_convoy_looting", """
غزة الآن
الثلاثاء ١٩ تشرين الثاني ٢٠٢٤

مسلحون ينهبون ٤٠ شاحنة مساعدات شرقي خان يونس... والشرطة تعلن مقتل ثلاثة من «عصابات السرقة»

نهب مسلحون، أمس الإثنين، حمولات نحو أربعين شاحنة من أصل خمس وستين كانت ضمن قافلة مساعدات إنسانية أممية، أثناء مرورها على طريق صلاح الدين شرقي مدينة خان يونس جنوب قطاع غزة، قادمة من معبر كرم أبو سالم.

وقال سائقون لـ«غزة الآن» إن عشرات المسلحين أوقفوا الشاحنات بقوة السلاح وأجبروا بعض السائقين على الترجل، قبل أن يفرغوا حمولات الطحين والمواد الغذائية في مركبات خاصة.

وفجر اليوم الثلاثاء، أعلنت وزارة الداخلية في غزة أن قوة أمنية اشتبكت مع «عصابة من لصوص المساعدات» في المنطقة ذاتها، ما أسفر عن مقتل ثلاثة من أفرادها وإصابة آخرين، مؤكدة أنها «لن تسمح بالعبث بقوت المواطنين».

وتقول وكالات الأمم المتحدة إن عمليات النهب المتكررة قلّصت كمية المساعدات التي تصل إلى السكان إلى أدنى مستوياتها منذ بدء الحرب.
""",
    url="https://gaza-alaan.example/news/2024/11/19/aid-convoy-looted",
    outlet="غزة الآن",
    published="2024-11-19",
    incident="ps_khanyunis_aid_convoy_looting_2024_11",
    events=[
        ev(S, "Looting/property destruction", "2024-11-18", uag("Palestine"), None, "khan_yunis", None,
           "نهب مسلحون، أمس الإثنين، حمولات نحو أربعين شاحنة"),
        ev(B, "Armed clash", "2024-11-19", GAZA_POL, uag("Palestine"), "khan_yunis", 3,
           "قوة أمنية اشتبكت مع «عصابة من لصوص المساعدات»"),
    ],
    notes="Looting 'أمس الإثنين' = 2024-11-18 by an unnamed armed gang; no casualties given. Clash announced by "
          "the Gaza Interior Ministry 'فجر اليوم الثلاثاء' = 11-19: 3 gang members killed (an uncontradicted claim). "
          "The Interior Ministry's security force is coded as Gaza police.",
)

art("s_ps_mawasi_tent_strike_wire", """
وكالة الشرق الأدنى للأنباء (شدا)
مقتل ٥ نازحين بينهم طفلان في قصف خيمة بالمواسي

خان يونس، ١٦ تموز/يوليو (شدا) – استهدفت غارة جوية إسرائيلية فجر اليوم الأربعاء خيمة تؤوي عائلة نازحة في منطقة المواسي غربي خان يونس جنوب قطاع غزة، بحسب ما أفاد الدفاع المدني.

وقال المتحدث باسم الدفاع المدني إن طواقمه انتشلت جثامين عدد من الضحايا من بين الخيام المحترقة، مشيراً إلى أن من بينهم طفلين وامرأة.

وفي تحديث لاحق، قال الدفاع المدني إن حصيلة القصف ارتفعت إلى سبعة قتلى بعد وفاة اثنين من المصابين متأثرين بجراحهما في مستشفى ناصر.

ولم يعلق الجيش الإسرائيلي على الغارة بشكل فوري.

وفي رفح، قُتل شخصان وأصيب آخرون برصاص الجيش الإسرائيلي مساء أمس الثلاثاء قرب نقطة لتوزيع المساعدات غربي المدينة، وفق ما أفادت مصادر طبية في مستشفى ميداني تابع للصليب الأحمر.

وتصنف إسرائيل منطقة المواسي «منطقة إنسانية»، غير أنها تعرضت لعشرات الغارات منذ بداية الحرب في تشرين الأول ٢٠٢٣، التي تقول وزارة الصحة في غزة إنها أسفرت عن مقتل أكثر من ٥٨ ألف شخص.

(شدا) ع.ق
""",
    url="https://neareast-wire.example/ar/2025/07/16/mawasi-tent-strike",
    outlet="وكالة الشرق الأدنى للأنباء",
    published="2025-07-16",
    incident="ps_mawasi_tent_strike_2025_07",
    events=[
        ev(E, "Air/drone strike", "2025-07-16", ISR, civ("Palestine"), "mawasi", 7,
           "استهدفت غارة جوية إسرائيلية فجر اليوم الأربعاء خيمة تؤوي عائلة نازحة في منطقة المواسي"),
        ev(V, "Attack", "2025-07-15", ISR, civ("Palestine"), "rafah", 2,
           "قُتل شخصان وأصيب آخرون برصاص الجيش الإسرائيلي مساء أمس الثلاثاء قرب نقطة لتوزيع المساعدات"),
    ],
    notes="Wire dated 16 July 2025. The headline says 5 killed; the body only says 'عدد من الضحايا' and then the "
          "same source (civil defence) revises the toll to 7 -> 7. Side event in Rafah 'مساء أمس الثلاثاء' = 07-15, "
          "2 civilians shot near an aid point -> V/Attack. The war-wide toll (58,000) is cumulative, not coded.",
)

art("s_ps_qabatiya_raid_clash", """
شمال فلسطين الإخباري
الأربعاء ١٥ كانون الثاني ٢٠٢٥

شهيد واعتقال ١٢ مواطناً خلال اقتحام قباطية... و«سرايا القدس» تعلن تفجير عبوات بآليات الاحتلال

استشهد شاب، فجر أمس الثلاثاء، خلال اشتباكات مسلحة اندلعت إثر اقتحام قوات الاحتلال الإسرائيلي بلدة قباطية جنوب جنين، في عملية عسكرية استمرت نحو عشر ساعات.

وأفادت مصادر محلية بأن قوات كبيرة من جيش الاحتلال، معززة بالجرافات العسكرية، اقتحمت البلدة من عدة محاور وحاصرت منزلاً في الحارة الشرقية، واندلعت مواجهات مسلحة مع مقاومين، استشهد خلالها الشاب (٢٣ عاماً)، واحتجزت قوات الاحتلال جثمانه.

وأعلنت «سرايا القدس – كتيبة قباطية» في بيان أن مقاتليها خاضوا اشتباكات ضارية مع القوات المقتحمة، وفجروا عبوات ناسفة بآلياتها، «محققين إصابات مؤكدة».

وخلال العملية، اعتقلت قوات الاحتلال اثني عشر مواطناً بعد مداهمة منازلهم والتحقيق الميداني مع العشرات، فيما جرفت الجرافات أجزاء من الشارع الرئيسي وشبكة المياه.

وتأتي العملية في ظل تصعيد متواصل تشهده محافظة جنين منذ أشهر.
""",
    url="https://north-palestine.example/2025/01/15/qabatiya-raid",
    outlet="شمال فلسطين الإخباري",
    published="2025-01-15",
    incident="ps_qabatiya_raid_2025_01",
    events=[
        ev(B, "Armed clash", "2025-01-14", ISR, QUDS, "qabatiya", 1,
           "اندلعت مواجهات مسلحة مع مقاومين"),
        ev(S, "Arrests", "2025-01-14", ISR, civ("Palestine"), "qabatiya", None,
           "اعتقلت قوات الاحتلال اثني عشر مواطناً", optional=True),
        ev(S, "Looting/property destruction", "2025-01-14", ISR, civ("Palestine"), "qabatiya", None,
           "جرفت الجرافات أجزاء من الشارع الرئيسي وشبكة المياه", optional=True),
    ],
    notes="Raid 'فجر أمس الثلاثاء' = 2025-01-14. One Palestinian fighter killed; the IEDs detonated by Al-Quds "
          "Brigades during the fighting are part of the battle (one Battles event); their 'confirmed casualties' "
          "claim gives no death figure. Twelve arrests and the bulldozing of the main street are optional side "
          "events of the same raid.",
)

# ------------------------------------------------------------------------------------------------ Jordan, Egypt
art("s_jo_maan_custody_death_riot", """
صدى الجنوب | أخبار المحافظات
الجمعة ١٢ كانون الأول ٢٠٢٥

معان: إصابة ستة من رجال الأمن في أعمال شغب احتجاجاً على وفاة موقوف

أصيب ستة من أفراد الأمن العام بإصابات وُصفت بالمتوسطة، مساء الأربعاء، خلال أعمال شغب شهدتها مدينة معان احتجاجاً على وفاة شاب من أبناء المدينة أثناء توقيفه في أحد المراكز الأمنية.

وأفاد شهود عيان بأن عشرات الشبان أغلقوا الطريق الصحراوي عند المدخل الشمالي للمدينة بالإطارات المشتعلة، ورشقوا قوات الدرك بالحجارة، وأضرموا النار في مركبة أمنية، فيما ردت القوات بإطلاق الغاز المسيل للدموع لتفريقهم. ولم تُسجَّل أي وفيات خلال المواجهات التي استمرت حتى ساعات الفجر.

وقالت مديرية الأمن العام في بيان إنها ألقت القبض على أحد عشر شخصاً من المشاركين في أعمال الشغب، وإن التحقيق في ظروف وفاة الموقوف أُحيل إلى المدعي العام.

وأمس الخميس، نظم ذوو الشاب وعدد من وجهاء المدينة اعتصاماً سلمياً أمام مبنى المحافظة، طالبوا فيه بكشف نتائج التشريح ومحاسبة المسؤولين.

وتستحضر هذه الأحداث موجات التوتر التي عرفتها معان في نيسان ١٩٨٩ وفي عام ٢٠١٤، حين شهدت المدينة مواجهات متكررة مع الأجهزة الأمنية.
""",
    url="https://sada-aljanoub.example/governorates/maan-riot-2025-12-12",
    outlet="صدى الجنوب",
    published="2025-12-12",
    incident="jo_maan_custody_death_unrest_2025_12",
    events=[
        ev(R, "Violent demonstration", "2025-12-10", rioters("Jordan"), JOR_POL, "maan", 0,
           "عشرات الشبان أغلقوا الطريق الصحراوي عند المدخل الشمالي للمدينة بالإطارات المشتعلة، ورشقوا قوات الدرك "
           "بالحجارة"),
        ev(P, "Peaceful protest", "2025-12-11", protesters("Jordan"), None, "maan", None,
           "نظم ذوو الشاب وعدد من وجهاء المدينة اعتصاماً سلمياً أمام مبنى المحافظة"),
    ],
    notes="Published Friday 2025-12-12. Riot 'مساء الأربعاء' = 12-10 (six policemen hurt, 'لم تُسجَّل أي وفيات' "
          "-> 0); the eleven arrests belong to the riot and are not coded separately. Peaceful sit-in 'أمس الخميس' = "
          "12-11. The 1989 and 2014 unrest is history.",
)

art("s_eg_cairo_syndicate_gaza_protest", """
بوابة النيل الإخبارية
الأحد ٤ مايو ٢٠٢٥

القبض على ١٤ شخصاً عقب وقفة تضامنية مع غزة أمام نقابة الصحفيين

ألقت قوات الأمن القبض على أربعة عشر شخصاً على الأقل، بينهم طالبان جامعيان، عقب وقفة احتجاجية نظمها العشرات على سلم نقابة الصحفيين بوسط القاهرة عصر أمس السبت، تضامناً مع أهالي قطاع غزة ورفضاً لاستمرار الحرب، بحسب ما أفاد محامون.

وقال شهود عيان إن قوات الأمن طوّقت مبنى النقابة في شارع عبد الخالق ثروت، ثم فرّقت المحتجين بالقوة حين حاولوا النزول إلى الشارع ورفع الأعلام الفلسطينية، واقتادت عدداً منهم إلى سيارات الشرطة.

وأفاد محامٍ حقوقي بأن نيابة أمن الدولة العليا بدأت التحقيق مع المقبوض عليهم، وأن من بين التهم الموجهة إليهم «التجمهر» و«الانضمام إلى جماعة محظورة».

وفي الإسكندرية، نظم عشرات الطلاب وقفة صامتة داخل حرم كلية الآداب في اليوم ذاته، رفعوا خلالها صور أطفال غزة، وانتهت دون تدخل أمني.

ويعد هذا التحرك الأوسع منذ الوقفات التي شهدتها القاهرة في أكتوبر ٢٠٢٣ عقب قصف المستشفى الأهلي العربي في غزة.
""",
    url="https://nile-gate.example/2025/05/04/journalists-syndicate-arrests",
    outlet="بوابة النيل الإخبارية",
    published="2025-05-04",
    incident="eg_gaza_solidarity_protests_2025_05_03",
    events=[
        ev(P, "Protest with intervention", "2025-05-03", protesters("Egypt"), EGY_POL, "cairo", None,
           "فرّقت المحتجين بالقوة حين حاولوا النزول إلى الشارع"),
        ev(P, "Peaceful protest", "2025-05-03", protesters("Egypt"), None, "alexandria", None,
           "نظم عشرات الطلاب وقفة صامتة داخل حرم كلية الآداب في اليوم ذاته"),
    ],
    notes="Protest 'عصر أمس السبت' = 2025-05-03 at the Journalists' Syndicate, dispersed with arrests -> Protest "
          "with intervention (the 14 arrests are part of it). Alexandria student vigil 'في اليوم ذاته', no "
          "intervention -> Peaceful protest. The October 2023 protests are history.",
)

# ------------------------------------------------------------------------------------------------ Saudi Arabia
art("s_sa_jazan_dayer_smugglers_clash", """
جازان اليوم
الأربعاء ٤ ربيع الأول ١٤٤٧هـ – الموافق ٢٧ أغسطس ٢٠٢٥م

حرس الحدود: مقتل مهرب والقبض على اثنين بعد إطلاقهم النار على دورية في الداير

أوضح المتحدث الرسمي للمديرية العامة لحرس الحدود أن دورية برية تابعة لقطاع الداير بمنطقة جازان تعرضت، يوم الثلاثاء ٣ / ٣ / ١٤٤٧هـ، لإطلاق نار من قبل مجموعة من المهربين أثناء محاولتهم تهريب كميات من نبات القات المخدر عبر الشريط الحدودي.

وبيّن أنه جرى التعامل مع الموقف وفق الأنظمة والتعليمات، ما نتج عنه مقتل أحد المهربين والقبض على اثنين آخرين من الجنسية اليمنية، فيما فرّ الباقون إلى داخل الأراضي اليمنية، ولم يُصب أي من رجال الدورية بأذى.

وأشار إلى ضبط (٢٨٠) كيلوغراماً من القات وسلاحين ناريين بحوزة المقبوض عليهم، وإحالتهم إلى جهة الاختصاص.

ودعا المتحدث إلى الإبلاغ عن أي أنشطة تهريب عبر الرقم (٩٩٤) في مناطق مكة المكرمة والرياض والشرقية، و(٩٩٩) في بقية مناطق المملكة.
""",
    url="https://jazan-today.example/local/1447/03/04/border-guard-dayer",
    outlet="جازان اليوم",
    published="2025-08-27",
    incident="sa_dayer_smugglers_clash_2025_08",
    events=[
        ev(B, "Armed clash", "2025-08-26", uag("Saudi Arabia"), SAU, "dayer", 1,
           "تعرضت، يوم الثلاثاء ٣ / ٣ / ١٤٤٧هـ، لإطلاق نار من قبل مجموعة من المهربين"),
        ev(S, "Arrests", "2025-08-26", SAU, None, "dayer", None,
           "القبض على اثنين آخرين من الجنسية اليمنية", optional=True),
    ],
    notes="Hijri dates: published 4 Rabi' al-Awwal 1447 = 2025-08-27 (stated), the exchange of fire on Tuesday "
          "3/3/1447 = 2025-08-26. The smugglers fired first (actor1, unidentified armed group); the Border Guard is "
          "coded as the Saudi military. 1 smuggler killed; the patrol unhurt. The two arrests are optional.",
)

# ------------------------------------------------------------------------------------------------ Yemen
art("s_ye_hays_attack_jointforces", """
الساحل الغربي نت – خاص

القوات المشتركة تكسر هجوماً حوثياً شرق حيس وتستعيد تبة استراتيجية

كسرت القوات المشتركة في الساحل الغربي، فجر الخميس ٢٣ رمضان ١٤٤٧هـ، هجوماً واسعاً شنّته ميليشيا الحوثي على مواقعها في الأطراف الشرقية لمديرية حيس جنوبي محافظة الحديدة، واستعادت تبة كانت عناصر الميليشيا قد تسللت إليها في الساعات الأولى من الهجوم.

وقال مصدر في الإعلام العسكري للقوات المشتركة إن الميليشيا دفعت بمجاميع كبيرة من عناصرها تحت غطاء كثيف من قذائف الهاون والطائرات المسيّرة، غير أن الوحدات المرابطة امتصت الهجوم ثم نفذت هجوماً معاكساً استمر قرابة أربع ساعات.

وأضاف أن المعارك أسفرت عن مقتل سبعة من عناصر الميليشيا، بينهم قيادي ميداني، وأسر اثنين آخرين، فيما استشهد جنديان من القوات المشتركة وأصيب أربعة بجروح متفاوتة.

وتعد جبهة حيس من أكثر جبهات الساحل الغربي سخونة، إذ تشهد منذ سريان الهدنة الأممية في نيسان ٢٠٢٢ خروقات شبه يومية.

تاريخ النشر: ١٣ مارس ٢٠٢٦
""",
    url="https://westcoast-net.example/news/2026/03/13/hays-attack-repelled",
    outlet="الساحل الغربي نت",
    published="2026-03-13",
    incident="ye_hays_houthi_attack_2026_03",
    events=[
        ev(B, "Government regains territory", "2026-03-12", JOINT_WC, HOUTHI, "hays", 9,
           "واستعادت تبة كانت عناصر الميليشيا قد تسللت إليها"),
    ],
    notes="Hijri date: Thursday 23 Ramadan 1447 = 2026-03-12 (published 13 March). Deaths by side: 7 Houthis + 2 "
          "Joint Forces soldiers = 9 (one fight, one event). The counter-attack recaptured a hill -> Government "
          "regains territory (Armed clash is the fallback reading). Same incident as s_ye_hays_attack_houthi.",
)

art("s_ye_hays_attack_houthi", """
الصمود نت | عسكرية
الخميس ١٢ مارس ٢٠٢٦

مصدر عسكري: عملية نوعية لأبطال الجيش واللجان الشعبية في حيس

أفاد مصدر عسكري بأن أبطال الجيش واللجان الشعبية نفذوا فجر اليوم الخميس عملية هجومية نوعية على مواقع مرتزقة العدوان في الجهة الشرقية لمديرية حيس بمحافظة الحديدة، تمكنوا خلالها من السيطرة على موقعين متقدمين.

وأوضح المصدر أن العملية أسفرت عن مصرع عدد من المرتزقة وإصابة آخرين، إلى جانب تدمير آلية عسكرية واغتنام كميات من الأسلحة والذخائر.

وأكد المصدر أن العملية تأتي رداً على خروقات المرتزقة المتواصلة وقصفهم للقرى والمزارع في المديرية.
""",
    url="https://sumud-net.example/military/2026-03-12-hays-operation",
    outlet="الصمود نت",
    published="2026-03-12",
    incident="ye_hays_houthi_attack_2026_03",
    events=[
        ev(B, "Non-state actor overtakes territory", "2026-03-12", HOUTHI, JOINT_WC, "hays", 3,
           "تمكنوا خلالها من السيطرة على موقعين متقدمين"),
    ],
    notes="Houthi-side account of the same fight (see s_ye_hays_attack_jointforces). 'فجر اليوم الخميس' = "
          "2026-03-12. It claims two positions taken -> Non-state actor overtakes territory per this source (the "
          "other side says the hill was retaken). 'مصرع عدد من المرتزقة' = 'a number' -> 3 (several); no own losses "
          "given.",
)

art("s_ye_ibb_teachers_abduction", """
إب برس | حقوق وحريات
السبت ٦ يونيو ٢٠٢٦

الحوثيون يختطفون ستة معلمين في مدينة إب وناشطاً في العدين

اختطفت جماعة الحوثي، يوم الخميس الماضي، ستة معلمين من منازلهم في أحياء متفرقة بمدينة إب وسط اليمن، واقتادتهم إلى جهة مجهولة، بحسب مصادر محلية وأسر المختطفين.

وقالت المصادر لـ«إب برس» إن أطقماً مسلحة تابعة لجهاز الأمن والمخابرات الحوثي داهمت منازل المعلمين في حي الظهار ومنطقة المشنة فجراً، وصادرت هواتفهم وحواسيبهم الشخصية، دون إبراز أي أوامر قضائية.

وأضافت أن المعلمين من الموقعين على بيان نقابي طالب بصرف الرواتب المتوقفة منذ سنوات.

وفي مديرية العدين غربي المحافظة، داهم مسلحون حوثيون، أمس الجمعة، منزل ناشط مجتمعي واعتقلوه أمام أطفاله، بعد أيام من نشره منشورات تنتقد الجبايات المفروضة على المزارعين.

وكانت الجماعة قد شنت في يونيو ٢٠٢٤ حملة اختطافات طالت عشرات العاملين في منظمات أممية ودولية، لا يزال معظمهم رهن الاحتجاز.
""",
    url="https://ibb-press.example/rights/2026/06/06/teachers-abducted",
    outlet="إب برس",
    published="2026-06-06",
    incident="ye_ibb_houthi_abductions_2026_06",
    events=[
        ev(V, "Abduction/forced disappearance", "2026-06-04", HOUTHI, civ("Yemen"), "ibb", None,
           "اختطفت جماعة الحوثي، يوم الخميس الماضي، ستة معلمين من منازلهم في أحياء متفرقة بمدينة إب"),
        ev(V, "Abduction/forced disappearance", "2026-06-05", HOUTHI, civ("Yemen"), "udayn", None,
           "داهم مسلحون حوثيون، أمس الجمعة، منزل ناشط مجتمعي واعتقلوه أمام أطفاله"),
    ],
    notes="Published Saturday 2026-06-06: teachers taken 'يوم الخميس الماضي' = 06-04 in Ibb city; activist taken "
          "'أمس الجمعة' = 06-05 in Al Udayn (another day and place -> second event). Detention by the Houthis (a "
          "non-state actor) to an unknown place -> Abduction/forced disappearance. The June 2024 campaign is history.",
)

art("s_ye_sanaa_hodeidah_israeli_strikes_ministry", """
صنعاء الآن
السبت ٢٥ يوليو ٢٠٢٦

وزارة الصحة: ٧ شهداء و٣٢ جريحاً حصيلة العدوان الصهيوني على صنعاء والحديدة

أعلنت وزارة الصحة العامة والسكان في صنعاء، اليوم السبت، الحصيلة النهائية للغارات التي شنها العدو الصهيوني مساء أمس الجمعة على منشآت خدمية في محافظتي صنعاء والحديدة، مؤكدة أنها بلغت سبعة شهداء واثنين وثلاثين جريحاً، وأوردت تفاصيلها على النحو التالي:

- محطة حزيز المركزية للكهرباء جنوبي العاصمة: استشهاد اثنين من العاملين في المحطة وإصابة تسعة آخرين.
- ميناء رأس عيسى النفطي في مديرية الصليف: أربعة شهداء من عمال الميناء وإصابة أربعة عشر.
- ميناء الحديدة: شهيد واحد وتسعة جرحى من عمال الرصيف.
- محطة رأس كثيب لتوليد الكهرباء: لم تسجَّل إصابات بشرية، واقتصرت الأضرار على المولدات وخزانات الوقود.

وأدانت الوزارة ما وصفته بالاستهداف المتعمد للبنية التحتية المدنية، داعية المنظمات الدولية إلى تحمل مسؤولياتها.

من جهته، قال الجيش الإسرائيلي في بيان إنه هاجم «أهدافاً عسكرية تابعة لنظام الحوثيين الإرهابي» في صنعاء والحديدة، رداً على إطلاق صواريخ وطائرات مسيّرة باتجاه إسرائيل خلال الأيام الماضية.
""",
    url="https://sanaa-now.example/2026/07/25/health-ministry-final-toll",
    outlet="صنعاء الآن",
    published="2026-07-25",
    incident="ye_israeli_strikes_sanaa_hodeidah_2026_07",
    events=[
        ev(E, "Air/drone strike", "2026-07-24", ISR, civ("Yemen"), "hezyaz", 2,
           "محطة حزيز المركزية للكهرباء جنوبي العاصمة: استشهاد اثنين من العاملين في المحطة"),
        ev(E, "Air/drone strike", "2026-07-24", ISR, civ("Yemen"), "ras_isa", 4,
           "ميناء رأس عيسى النفطي في مديرية الصليف: أربعة شهداء من عمال الميناء"),
        ev(E, "Air/drone strike", "2026-07-24", ISR, civ("Yemen"), "hodeidah_port", 1,
           "ميناء الحديدة: شهيد واحد وتسعة جرحى من عمال الرصيف"),
        ev(E, "Air/drone strike", "2026-07-24", ISR, None, "ras_kathib", 0,
           "محطة رأس كثيب لتوليد الكهرباء: لم تسجَّل إصابات بشرية"),
    ],
    notes="Health-ministry statement listing four strikes, all 'مساء أمس الجمعة' = 2026-07-24. Per-site deaths "
          "2 + 4 + 1 + 0 = the stated total of 7 (the total is not a separate event). Ras Kathib: 'لم تسجَّل "
          "إصابات بشرية' -> 0, no human target -> actor2 null. The Israeli statement does not contradict the figures.",
)

# ------------------------------------------------------------------------------------------------ Iran
art("s_ir_marivan_pjak_clash", """
بوابة إيران اليوم
الأربعاء ١٦ يوليو ٢٠٢٥ – ٢٥ تير ١٤٠٤

مقتل خمسة في اشتباك بين الحرس الثوري ومسلحين أكراد قرب مريوان

أعلن مقر «حمزة سيد الشهداء» التابع للقوات البرية في الحرس الثوري الإيراني، اليوم الأربعاء، أن وحداته اشتبكت مساء أمس الثلاثاء مع «زمرة إرهابية مسلحة» في المرتفعات المحيطة بمدينة مريوان في محافظة كردستان غربي البلاد.

وقال البيان إن الاشتباك أسفر عن مقتل ثلاثة من المسلحين وضبط أسلحتهم وأجهزة اتصال كانت بحوزتهم. وأضاف أن اثنين من عناصر الحرس استشهدا خلال المواجهة، فيما أصيب ثالث بجروح.

ولم يسمِّ البيان الجماعة التي ينتمي إليها المسلحون، غير أن وسائل إعلام محلية نقلت عن مصادر أمنية أنهم من عناصر «حزب الحياة الحرة الكردستاني» (بيجاك)، الذي ينشط في المناطق الحدودية مع إقليم كردستان العراق.

ولم يصدر عن الحزب أي تعليق حتى الآن.

وتشهد المناطق الكردية في غرب إيران بين حين وآخر مواجهات بين القوات الإيرانية وفصائل كردية مسلحة، كان أبرزها اشتباكات صيف عام ٢٠١١ التي استمرت أسابيع على الحدود العراقية.
""",
    url="https://iran-today-ar.example/news/2025/07/16/marivan-clash",
    outlet="بوابة إيران اليوم",
    published="2025-07-16",
    incident="ir_marivan_irgc_pjak_clash_2025_07",
    events=[
        ev(B, "Armed clash", "2025-07-15", IRGC, PJAK, "marivan", 5,
           "وحداته اشتبكت مساء أمس الثلاثاء مع «زمرة إرهابية مسلحة» في المرتفعات المحيطة بمدينة مريوان"),
    ],
    notes="Clash 'مساء أمس الثلاثاء' = 2025-07-15 (the Persian solar date 25 Tir 1404 is the publication date). "
          "Deaths by side in two sentences: 3 militants + 2 IRGC = 5. The militants are identified as PJAK only by "
          "local media citing security sources; PJAK is kept as actor2. The 2011 fighting is history.",
)

art("s_ir_zahedan_friday_protest_fire", """
مرصد بلوشستان الإخباري
السبت ١٨ أبريل ٢٠٢٦

زاهدان: قتيل على الأقل بعد إطلاق النار على محتجين عقب صلاة الجمعة

قُتل شخص واحد على الأقل وأصيب آخرون، أمس الجمعة، عندما أطلقت قوات الأمن الإيرانية النار على محتجين خرجوا من مسجد مكي في مدينة زاهدان، مركز محافظة سيستان وبلوشستان، احتجاجاً على تنفيذ أحكام إعدام بحق ثلاثة سجناء بلوش مطلع الأسبوع.

وقالت منظمة حقوقية بلوشية إن ثلاثة محتجين قُتلوا بالرصاص الحي، بينهم فتى في السادسة عشرة، وإن أكثر من عشرين أصيبوا، مشيرة إلى أن القوات أطلقت النار من فوق أسطح المباني المحيطة بالمسجد.

في المقابل، أعلن مكتب محافظ سيستان وبلوشستان أن شخصاً واحداً فارق الحياة «في ظروف يجري التحقيق فيها»، متهماً «عناصر مخربة مرتبطة بجهات خارجية» بإطلاق النار على المتجمعين وعلى عناصر الشرطة.

ويتظاهر أهالي زاهدان عقب صلاة الجمعة بشكل متقطع منذ «الجمعة الدامية» في ٣٠ سبتمبر ٢٠٢٢، التي قُتل فيها العشرات بحسب منظمات حقوقية.
""",
    url="https://baluch-monitor.example/ar/2026/04/18/zahedan-friday-protest",
    outlet="مرصد بلوشستان الإخباري",
    published="2026-04-18",
    incident="ir_zahedan_friday_protest_2026_04",
    events=[
        ev(P, "Excessive force against protesters", "2026-04-17", protesters("Iran"), IRN_POL, "zahedan", 1,
           "أطلقت قوات الأمن الإيرانية النار على محتجين خرجوا من مسجد مكي في مدينة زاهدان"),
    ],
    notes="Protest 'أمس الجمعة' = 2026-04-17. Two sources disagree: a Baluch rights group says 3 killed, the "
          "governor's office 1 -> the lower figure, 1 (also the headline's 'at least one'). Live fire on protesters "
          "-> Excessive force. 'Security forces' coded as Iranian police. 'Bloody Friday' 2022 is history.",
)


# ============================================================================================ non-event articles
art("s_iq_mosul_court_verdict_qayyarah", """
بريد نينوى
قضاء | الثلاثاء ١١ آذار ٢٠٢٥

الإعدام لإرهابي شارك في تفجير سوق القيارة عام ٢٠١٦

أصدرت محكمة جنايات نينوى المختصة بقضايا الإرهاب، اليوم الثلاثاء، حكماً بالإعدام شنقاً حتى الموت بحق مدان بالانتماء إلى عصابات داعش الإرهابية والمشاركة في تفجير سيارة مفخخة استهدف سوقاً شعبية في ناحية القيارة جنوبي الموصل صيف عام ٢٠١٦.

وقال المركز الإعلامي لمجلس القضاء الأعلى في بيان إن المدان اعترف خلال التحقيق بنقل السيارة المفخخة وركنها وسط السوق، ما أدى إلى مقتل أحد عشر مدنياً وإصابة أكثر من عشرين آخرين.

وأوضح البيان أن الحكم صدر استناداً إلى أحكام المادة الرابعة من قانون مكافحة الإرهاب، وأنه قابل للطعن تمييزاً أمام محكمة التمييز الاتحادية.

وكانت مفارز وكالة الاستخبارات قد ألقت القبض على المدان في مخيم للنازحين نهاية عام ٢٠٢٣، بعد سنوات من تخفيه بهوية مزورة.
""",
    url="https://ninawa-post.example/courts/2025/03/11/qayyarah-verdict",
    outlet="بريد نينوى",
    published="2025-03-11",
    notes="Court verdict on a 2016 car bombing; the bombing (11 killed) and the 2023 arrest are history. No event.",
)

art("s_sy_baniyas_interior_denial", """
الساحل السوري
السبت ١٤ شباط ٢٠٢٦

الداخلية تنفي أنباء عن اشتباكات وقتلى في بانياس: «مقاطع قديمة»

نفت وزارة الداخلية السورية، اليوم السبت، صحة الأنباء التي تداولتها حسابات على مواقع التواصل الاجتماعي عن اشتباكات مسلحة وسقوط قتلى في أحياء مدينة بانياس الساحلية ليل أمس.

وقال مصدر في قيادة الأمن الداخلي بمحافظة طرطوس لـ«الساحل السوري» إن «المدينة تشهد هدوءاً تاماً، ولم تسجل أي حوادث أمنية»، مؤكداً أن المقاطع المصورة المتداولة «قديمة وتعود إلى أحداث آذار من العام الماضي، ويُعاد نشرها بهدف إثارة الفتنة».

ودعا المصدر المواطنين إلى استقاء الأخبار من المعرفات الرسمية، محذراً من أن الوزارة ستلاحق قانونياً «مروّجي الشائعات».

وكان ناشطون قد نشروا مساء الجمعة مقاطع تظهر إطلاق نار كثيف في أحد الشوارع، مرفقة بعبارات تتحدث عن «هجوم على حي القصور».
""",
    url="https://sahel-souri.example/2026/02/14/baniyas-denial",
    outlet="الساحل السوري",
    published="2026-02-14",
    notes="Official denial: the reported clashes did not happen, the videos are old (March 2025). No event.",
)

art("s_lb_qana_massacre_anniversary", """
صور نيوز
السبت ١٨ نيسان ٢٠٢٦

قانا تحيي الذكرى الثلاثين لمجزرة ١٩٩٦

أحيت بلدة قانا في قضاء صور، اليوم السبت، الذكرى الثلاثين للمجزرة التي ارتكبها الجيش الإسرائيلي في ١٨ نيسان ١٩٩٦، حين قصفت مدفعيته مقر الكتيبة الفيجية التابعة لقوات الطوارئ الدولية، حيث كان مئات المدنيين قد لجأوا هرباً من عملية «عناقيد الغضب»، ما أسفر عن استشهاد ١٠٦ مدنيين، معظمهم من النساء والأطفال.

وأقيم احتفال تأبيني في باحة النصب التذكاري الذي يضم أضرحة الشهداء، بحضور نواب المنطقة وفعاليات سياسية ودينية وحشد من الأهالي، ووُضعت أكاليل الزهر على الأضرحة.

وقال رئيس البلدية في كلمته إن «ذاكرة قانا لن تُمحى»، مطالباً المجتمع الدولي بمحاسبة المسؤولين عن المجزرة «بعد ثلاثة عقود من الإفلات من العقاب».

وتخلل الاحتفال عرض لشهادات ناجين، روت إحداهن كيف فقدت والدتها وشقيقيها تحت القصف.
""",
    url="https://sour-news.example/2026/04/18/qana-30th-anniversary",
    outlet="صور نيوز",
    published="2026-04-18",
    notes="Commemoration of the 1996 Qana shelling (106 killed) -- history; the ceremony is not a protest. No event.",
)

art("s_ir_bandarabbas_irgc_navy_warning", """
مرصد الخليج
الأربعاء ٢٨ يناير ٢٠٢٦

قائد بحرية الحرس الثوري يحذر: سنرد «بشكل ساحق» على أي اعتداء في الخليج

حذّر قائد القوة البحرية في الحرس الثوري الإيراني من أن بلاده سترد «بشكل فوري وساحق» على أي تحرك عسكري يستهدف مصالحها أو سفنها في مياه الخليج ومضيق هرمز، مؤكداً أن قواته «في أعلى درجات الجاهزية».

وقال في كلمة ألقاها خلال مراسم في ميناء بندر عباس إن «زوارق الحرس وصواريخه قادرة على إغلاق المضيق في دقائق إذا اقتضت الضرورة»، مضيفاً أن «من يفكر في مهاجمة إيران عليه أن يحسب حساب العواقب جيداً».

وتأتي هذه التصريحات بعد أيام من إعلان الولايات المتحدة إرسال مدمرة إضافية إلى المنطقة، وسط تصاعد التوتر على خلفية ملف البرنامج النووي.

ولم تصدر أي تعليقات رسمية من الجانب الأمريكي على تصريحات القائد الإيراني حتى ساعة نشر هذا الخبر.
""",
    url="https://gulf-monitor.example/2026/01/28/irgc-navy-warning",
    outlet="مرصد الخليج",
    published="2026-01-28",
    notes="Threat and deployment talk only; nothing happened. No event.",
)

art("s_ye_mahwit_hodeidah_floods_bulletin", """
نشرة الإغاثة اليمنية – العدد ٣١
الأربعاء ١٣ أغسطس ٢٠٢٥

السيول تودي بحياة ٢٢ شخصاً في المحويت والحديدة وتشرّد آلاف الأسر

أفادت التقارير الأولية للمجموعات الإنسانية العاملة في اليمن بأن السيول الجارفة الناجمة عن الأمطار الغزيرة التي هطلت خلال الأسبوعين الماضيين أودت بحياة ٢٢ شخصاً على الأقل، بينهم تسعة أطفال، في محافظتي المحويت والحديدة، فيما لا يزال سبعة آخرون في عداد المفقودين.

وبحسب النشرة، تضررت أكثر من ٨٬٤٠٠ أسرة بشكل كلي أو جزئي، ودُمّر ما يزيد على ٦٠٠ منزل، وجرفت المياه مساحات واسعة من الأراضي الزراعية وخزانات المياه في مديريات ملحان والخبت وباجل.

ويعاني اليمن، الذي دخل الصراع فيه عامه الحادي عشر، من واحدة من أسوأ الأزمات الإنسانية في العالم، إذ يحتاج أكثر من ١٩ مليون شخص إلى المساعدة، وفق الأمم المتحدة، في وقت لم يُموَّل فيه سوى ١٢٪ من خطة الاستجابة لهذا العام.

وحذرت المجموعات من ارتفاع خطر تفشي الكوليرا وحمى الضنك في مخيمات النزوح التي غمرتها المياه، داعية المانحين إلى تقديم تمويل عاجل.
""",
    url="https://yemen-relief-bulletin.example/issues/31",
    outlet="نشرة الإغاثة اليمنية",
    published="2025-08-13",
    notes="Floods (a natural disaster) and cumulative humanitarian figures. No event.",
)

art("s_eg_alexandria_building_collapse", """
أخبار الإسكندرية
الإثنين ٢١ يوليو ٢٠٢٥

ارتفاع ضحايا انهيار عقار كرموز إلى ٦ وفيات

ارتفع عدد ضحايا انهيار عقار مكون من خمسة طوابق بمنطقة كرموز غربي الإسكندرية إلى ستة أشخاص، بعد انتشال رجال الحماية المدنية جثتي سيدة وطفلها من تحت الأنقاض صباح اليوم الإثنين، فيما أصيب أربعة آخرون نُقلوا إلى المستشفى الأميري.

وكان العقار قد انهار فجر أمس الأحد بشكل مفاجئ، وتبين من المعاينة الأولية أنه صادر بحقه قرار إزالة منذ عام ٢٠١٩ لم يُنفذ، وأن مالكه أضاف طابقين دون ترخيص.

وأمر محافظ الإسكندرية بتشكيل لجنة هندسية لفحص العقارات المجاورة، وإخلاء عقارين آخرين تبين وجود تصدعات بهما، مع توفير مساكن بديلة للأسر المتضررة.

وقررت النيابة العامة حبس مالك العقار أربعة أيام على ذمة التحقيقات بتهمة القتل الخطأ.
""",
    url="https://alex-news.example/2025/07/21/karmouz-building-collapse",
    outlet="أخبار الإسكندرية",
    published="2025-07-21",
    notes="Building collapse (an accident) with a revised death toll; the owner's detention is an ordinary criminal "
          "procedure. No event.",
)

art("s_jo_zarqa_restaurant_gas_explosion", """
الزرقاء اليوم
الجمعة ٩ كانون الثاني ٢٠٢٦

وفاتان و٧ إصابات بانفجار أسطوانة غاز في مطعم بالزرقاء

توفي شخصان وأصيب سبعة آخرون، مساء أمس الخميس، إثر انفجار أسطوانة غاز داخل مطعم شعبي في منطقة السوق الرئيسي بمدينة الزرقاء، بحسب ما أفاد الناطق الإعلامي باسم مديرية الأمن العام.

وأوضح الناطق أن كوادر الدفاع المدني تعاملت مع الانفجار الذي تسبب باندلاع حريق في المطعم وانهيار جزئي لواجهته، وأخلت المصابين إلى مستشفى الزرقاء الحكومي، ووُصفت حالة اثنين منهم بالحرجة.

وأشار إلى أن التحقيقات الأولية تشير إلى تسرّب الغاز من أسطوانة تالفة في المطبخ، وأن فريقاً فنياً باشر التحقيق لتحديد الأسباب بدقة.

ودعت المديرية أصحاب المنشآت إلى الالتزام بشروط السلامة العامة وإجراء الفحص الدوري لتمديدات الغاز، لا سيما مع زيادة الاستهلاك في فصل الشتاء.
""",
    url="https://zarqa-today.example/2026/01/09/restaurant-gas-explosion",
    outlet="الزرقاء اليوم",
    published="2026-01-09",
    notes="Accidental gas-cylinder explosion (2 dead) -- not political violence. No event.",
)

art("s_tr_izmir_efes_exercise", """
تركيا بالعربي اليوم
الخميس ٢٨ مايو ٢٠٢٦

«إفس-٢٠٢٦»: إنزال برمائي ورماية بالذخيرة الحية في ختام المناورات الكبرى بإزمير

اختتمت القوات المسلحة التركية، اليوم الخميس، مناورات «إفس-٢٠٢٦» المشتركة في ميدان دوغانبي للرماية بولاية إزمير غربي البلاد، بمشاركة آلاف العسكريين من تركيا وعدد من الدول الحليفة والصديقة.

وشهد اليوم الختامي، الذي حضره وزير الدفاع ورئيس الأركان، عمليات إنزال برمائي وجوي على الساحل، ورمايات بالذخيرة الحية من المدفعية والدبابات والمروحيات الهجومية، إضافة إلى سيناريو لـ«تحرير» منطقة ساحلية من «قوات معادية» افتراضية، استخدمت فيه طائرات مسيرة مسلحة محلية الصنع.

وقالت وزارة الدفاع في بيان إن المناورات «حققت أهدافها بنجاح»، مشيرة إلى أنها تهدف إلى رفع مستوى التنسيق والعمل المشترك بين الجيوش المشاركة.

وتُجرى مناورات «إفس» كل عامين منذ ثمانينيات القرن الماضي، وتعد من أكبر المناورات العسكرية في المنطقة.
""",
    url="https://turkey-arabic-today.example/2026/05/28/efes-2026-exercise",
    outlet="تركيا بالعربي اليوم",
    published="2026-05-28",
    notes="Military exercise with live fire and a simulated 'liberation' scenario. No event.",
)

art("s_lb_naqoura_mechanism_talks_stall", """
المراقب البيروتي
الخميس ٢٦ شباط ٢٠٢٦

اجتماع «الميكانيزم» في الناقورة ينتهي من دون اتفاق على الانسحاب من النقاط الخمس

انتهى الاجتماع الدوري للجنة الإشراف على تطبيق وقف الأعمال العدائية، المعروفة بـ«الميكانيزم»، الذي عُقد اليوم في مقر قيادة اليونيفيل في الناقورة، من دون التوصل إلى اتفاق بشأن الانسحاب الإسرائيلي من النقاط الخمس التي لا يزال الجيش الإسرائيلي يتمركز فيها جنوبي الحدود.

وبحسب مصادر مطلعة، طرح الوفد اللبناني جدولاً زمنياً لانسحاب القوات الإسرائيلية ووقف الغارات والخروقات اليومية، فيما ربط الجانب الإسرائيلي أي انسحاب بـ«استكمال نزع سلاح حزب الله جنوبي الليطاني». واتفق المجتمعون على مواصلة البحث في اجتماع يعقد الشهر المقبل.

وقالت المصادر إن رئيس اللجنة، وهو ضابط أميركي، «أبدى تفهماً» للمطالب اللبنانية، لكنه شدد على ضرورة «تسريع» انتشار الجيش اللبناني في المناطق الحدودية.

ويأتي الاجتماع في وقت يتواصل فيه التصعيد الإسرائيلي، إذ تتعرض بلدات جنوبية لغارات شبه يومية منذ أشهر.
""",
    url="https://beirut-observer.example/politics/2026/02/26/mechanism-meeting",
    outlet="المراقب البيروتي",
    published="2026-02-26",
    notes="Talks ended without agreement (agreeing to meet again is not an Agreement event); the 'near-daily "
          "strikes' are general background with no specific incident. No event.",
)

art("s_sy_damascus_derby_metaphors", """
الرياضة الشامية
السبت ٢٩ تشرين الثاني ٢٠٢٥

الجيش يجتاح الوحدة برباعية ويشعل صدارة الدوري

نفّذ فريق الجيش هجوماً كاسحاً على معاقل الوحدة مساء أمس على ملعب الفيحاء في دمشق، وأمطر مرماه بأربعة أهداف مقابل هدف، في ديربي العاصمة ضمن الجولة العاشرة من الدوري السوري الممتاز.

وبدأ «الزعيم» المعركة بقصف مركّز على مرمى «البرتقالي» منذ الدقائق الأولى، وافتتح مهاجمه التسجيل بقذيفة صاروخية من خارج المنطقة في الدقيقة ١٢، قبل أن يضيف الهدف الثاني برأسية قاتلة.

وحاول الوحدة شن هجوم مضاد في الشوط الثاني وقلص الفارق، لكن دفاعاته انهارت أمام الاختراقات المتتالية، ليجهز الجيش على منافسه بهدفين في ربع الساعة الأخير ويخرج بـ«مجزرة تهديفية».

وقال مدرب الجيش عقب اللقاء: «لاعبيّ خاضوا حرباً حقيقية في الملعب وقاتلوا حتى الرمق الأخير».
""",
    url="https://sport-sham.example/league/2025/11/29/derby-jaish-wahda",
    outlet="الرياضة الشامية",
    published="2025-11-29",
    notes="Football report full of war metaphors (الجيش is a club name). No event.",
)

art("s_iq_baghdad_opinion_pmf_law_what_if", """
صحيفة الرأي العراقي
مقالات الرأي | الثلاثاء ٢ أيلول ٢٠٢٥

ماذا لو مُرّر قانون الحشد غداً؟

يعود قانون هيئة الحشد الشعبي إلى واجهة النقاش في البرلمان، ومعه تعود الأسئلة القديمة عن علاقة السلاح بالدولة. فلنفترض أن القانون مُرّر غداً بصيغته الحالية: هل ستتوقف الصواريخ التي تُطلق بين حين وآخر على القواعد والسفارات؟ وهل سيكف «المجهولون» عن زرع العبوات في طريق أرتال الدعم اللوجستي؟

التجربة تقول غير ذلك. فحين اقتحم محتجون غاضبون محيط السفارة الأميركية في الأيام الأخيرة من عام ٢٠١٩، لم يكن غياب القانون هو ما فتح الأبواب. وحين سقطت مسيّرات على منزل رئيس الوزراء في ٢٠٢١، كان الجميع يعرف من أين انطلقت.

قد يقول قائل إن تقنين الحشد سيجعله أكثر انضباطاً، وإن الرواتب والرتب ستربط المقاتلين بالمؤسسة لا بالفصيل. ربما. لكن ماذا لو قررت واشنطن، رداً على القانون، فرض عقوبات على مصارف عراقية أو تقليص دعمها العسكري؟ وماذا لو استهدفت إسرائيل مقرات الحشد كما حدث في صيف ٢٠١٩؟ عندها لن يكون النقاش قانونياً، بل معركة يدفع ثمنها العراقيون وحدهم.

ليس المطلوب قانوناً جديداً بقدر ما المطلوب إرادة تمنع تحوّل الدولة إلى مظلة لسلاح لا يخضع لها.
""",
    url="https://alrai-iraqi.example/opinion/2025/09/02/pmf-law-what-if",
    outlet="صحيفة الرأي العراقي",
    published="2025-09-02",
    notes="Opinion column built on hypotheticals; the 2019 and 2021 incidents are history in passing. No event.",
)

art("s_ps_gaza_film_review_documentary", """
مجلة الشاشة العربية
نقد | الجمعة ٣٠ تشرين الأول ٢٠٢٦

«الطابق الأخير»: وثائقي يسكن تحت القصف

في فيلمه الوثائقي الطويل الأول «الطابق الأخير»، الذي عُرض للمرة الأولى ضمن المسابقة الرسمية لمهرجان سينمائي عربي هذا الأسبوع، يرافق المخرج الغزّي الشاب عائلة من حي الشجاعية عبر أشهر الحرب الأولى، من البيت الذي تهدّم طابقه العلوي في غارة ليلية، إلى خيمة على شاطئ دير البلح.

الكاميرا لا تبحث عن لقطة الانفجار، بل عمّا بعده: الأم التي تعدّ الأرغفة، والجد الذي يصرّ على إحصاء أسماء الجيران الذين قُتلوا واحداً واحداً في دفتر مدرسي، والطفل الذي صار يميّز صوت الزنانة من صوت الطائرة الحربية.

في أقسى مشاهد الفيلم، يعود الأب إلى الحي بعد انسحاب الدبابات فلا يجد سوى الركام، ويقف طويلاً أمام ما كان مدخل البيت. لا تعليق صوتياً هنا، فقط صوت الريح وبعيداً دويّ قصف متقطع.

يعاني الفيلم أحياناً من الإطالة في نصفه الثاني، غير أنه يبقى وثيقة إنسانية نادرة عن حرب طحنت كل شيء، وعن بشر يصرّون على العيش رغمها.
""",
    url="https://arab-screen.example/reviews/2026/10/30/the-last-floor",
    outlet="مجلة الشاشة العربية",
    published="2026-10-30",
    notes="Review of an (invented) documentary; the strikes are scenes from the war years ago. No event.",
)

art("s_ye_hodeidah_planned_offensive", """
اليمن الاتحادي نت
الأربعاء ١٩ أغسطس ٢٠٢٦

قائد عسكري: عملية وشيكة لتحرير الحديدة... ودعوات للمدنيين بالابتعاد عن المواقع الحوثية

قال قائد عسكري رفيع في القوات الحكومية إن الاستعدادات «اكتملت» لإطلاق عملية عسكرية واسعة تهدف إلى استعادة مدينة الحديدة وموانئها من جماعة الحوثي، مؤكداً أن ساعة الصفر «باتت قريبة جداً».

وأضاف في تصريح صحفي أن الخطة تتضمن تقدماً على ثلاثة محاور من الجنوب والشرق، بإسناد من وحدات المدفعية والطيران المسيّر، داعياً المدنيين في الأحياء القريبة من المواقع العسكرية الحوثية إلى الابتعاد عنها «حفاظاً على سلامتهم».

في المقابل، قال متحدث عسكري باسم الحوثيين إن قواتهم «على أتم الاستعداد لسحق أي تصعيد»، متوعداً بأن أي هجوم على الحديدة «سيقابَل برد يتجاوز حدود اليمن».

ويرى مراقبون أن التصريحات قد تندرج في إطار الضغط السياسي، مستحضرين العملية العسكرية التي توقفت على أطراف المدينة أواخر عام ٢٠١٨ إثر توقيع اتفاق ستوكهولم.
""",
    url="https://federal-yemen.example/2026/08/19/hodeidah-offensive-imminent",
    outlet="اليمن الاتحادي نت",
    published="2026-08-19",
    notes="Planned offensive and counter-threats; the 2018 operation is history. No event.",
)

art("s_sy_douma_remains_funeral", """
صوت الغوطة
السبت ٧ آذار ٢٠٢٦

دوما تشيّع معتقلاً قضى تحت التعذيب قبل ١٢ عاماً بعد التعرف على رفاته

شيّع أهالي مدينة دوما في ريف دمشق، اليوم السبت، رفات الشاب محمد.ع، الذي اعتُقل عند حاجز للمخابرات الجوية عام ٢٠١٣ وقضى تحت التعذيب في أحد الفروع الأمنية مطلع عام ٢٠١٤، بعد أن تعرّفت عائلته على رفاته ضمن مقبرة جماعية كُشف عنها قرب بلدة نجها.

وانطلق موكب التشييع من الجامع الكبير باتجاه مقبرة الشهداء، وسط حضور حاشد من أبناء المدينة الذين رفعوا صور الشاب وردّدوا الأدعية.

وقالت والدة الشاب إنها انتظرت «اثني عشر عاماً لتجد قبراً تزوره»، مطالبة بمحاسبة المسؤولين عن مقتل ابنها.

وكانت الهيئة الوطنية للمفقودين قد أعلنت الشهر الماضي التعرف على رفات ٣٧ شخصاً من المقبرة ذاتها عبر تحليل الحمض النووي.
""",
    url="https://ghouta-voice.example/2026/03/07/douma-funeral-remains",
    outlet="صوت الغوطة",
    published="2026-03-07",
    notes="Funeral of a man who died in detention in 2014; the arrest, the death and the grave are history; the "
          "funeral procession is not a protest. No event.",
)

art("s_iq_mosul_interview_veteran", """
مجلة دجلة
حوارات | الخميس ١٠ تموز ٢٠٢٥

في الذكرى الثامنة لتحرير الموصل... لواء متقاعد يروي أيام «الساحل الأيمن»

بمناسبة الذكرى الثامنة لإعلان تحرير الموصل، التقت «دجلة» لواءً متقاعداً في جهاز مكافحة الإرهاب قاد إحدى الوحدات في معارك المدينة القديمة عام ٢٠١٧.

■ كيف تتذكر الأيام الأخيرة للمعركة؟
- كانت الأصعب في حياتي العسكرية. في المدينة القديمة كنا نتقدم بيتاً بيتاً، والأزقة لا تتسع لعجلة. خسرنا في يوم واحد أحد عشر مقاتلاً بسبب القناصين والانتحاريين الذين كانوا يخرجون من بين المدنيين.

■ وماذا عن المدنيين؟
- هذا الجرح الذي لا يندمل. في حزيران ٢٠١٧ فجّر الدواعش جامع النوري ومنارة الحدباء، وكنا على بعد مئات الأمتار. كنا نرى العوائل تخرج من تحت الركام، ونحمل الأطفال على أكتافنا إلى نقاط الإخلاء.

■ هل تخشى عودة التنظيم؟
- التنظيم اليوم خلايا مطاردة في الصحراء والجبال، لكن الفكر لم يُهزم بعد. المعركة الحقيقية الآن في المدارس وفرص العمل.

■ كلمة أخيرة؟
- أن لا ننسى من ضحّوا. كل حجر في الموصل القديمة يحمل اسم شهيد.
""",
    url="https://dijla-magazine.example/interviews/2025/07/10/mosul-veteran",
    outlet="مجلة دجلة",
    published="2025-07-10",
    notes="Interview recounting the 2017 battle of Mosul -- history only. No event.",
)


PART = gold_tools.BlindPart(ARTICLES, OUT, prefix="s_", script="_build_s.py", allowed_actors=frozenset(ALLOWED_ACTORS))
known_actor_eras = gold_tools.known_actor_eras
validate, check_directory, main = PART.validate, PART.check_directory, PART.main


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
