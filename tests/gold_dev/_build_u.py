"""Build and validate the dev gold set, part U (u_*.json), written BLIND (east: Syria, Iraq, Lebanon, Palestine,
Jordan, Yemen, the Saudi border, Iran and south-east Turkey), written 2026-11-23.

Written blind, like parts H to T: the author did not open the coder (src/marsad/events/**), its trigger, modality,
non-event-cue, coder-cue or figure lexicons (src/marsad/data/triggers/**, src/marsad/data/modality.yaml,
src/marsad/data/non_event_cues.yaml, src/marsad/data/coder_cues.yaml, src/marsad/lang/ar/data/figures.yaml), the
models (src/marsad/data/models/), training/, scripts/*mention*, any tests/test_coder_*.py, tests/test_figures*.py,
tests/test_mention_filter.py or tests/test_triggers.py, nor any gold article text (tests/gold_dev/*.json,
tests/gold_holdout/**, the article definitions of the other build scripts), nor git history or diffs, nor
/work/shared/seeds, and did not run the coder, `marsad eval`, `marsad run`/`demo` or pytest on these articles (only
tests/test_gold_dev_parts.py and tests/test_gold_blind_validation.py at the end).
What was read: /work/shared/gold/README.md (and its two JSON examples, for the format only),
/work/shared/reference/acled-taxonomy.md, tests/gold_tools.py, tests/test_gold_dev_parts.py and
tests/test_gold_blind_validation.py (the checks this script must pass), the scaffolding of tests/gold_dev/_build_t.py
(`sed -n 1,143p`: module docstring, imports, actor constants, PLACES and the `ev`/`art` partials; and `sed -n
1270,1278p`: its PART/main lines; not its article definitions), the file names in tests/gold_dev/ (to avoid the
topics and places of earlier parts), the canonical actor names and eras of the actor lexicon (listed through
marsad.text.actors.Lexicon, names_en and eras only, not their Arabic surface forms), and `marsad gazetteer lookup`
for coordinates. Nothing was copied from anywhere. All texts are original and fictional (invented incidents at real
places, invented outlets with .example domains; statements of real institutions are invented too).

Weighting: the east of the region, favouring towns not used by earlier parts -- Syria (Hajin and al-Shuhayl in Deir
ez-Zor, al-Haffah on the coast, Walgha and al-Thaala in Suwayda, Azaz and al-Bab, al-Qusayr, Salamiyah, al-Tamanaa,
Tell Tamer, Raqqa), Iraq (the Rutba desert, Rawa, the Makhoul mountains, Sinuni in Sinjar, Koya in the Kurdistan
region), Lebanon (Majdal Selm, Kfarhamam, Mais al-Jabal, Shebaa, Mashghara), Palestine (Beita, Dura, Beit Ummar,
al-Zeitoun, Beit Lahia, Abasan al-Kabira, Rafah), Jordan (the Mafraq border), Yemen (Harib and al-Juba in Marib,
al-Durayhimi, Munabbih and Razih on the Saudi border), Iran (Iranshahr, Sarbaz, Piranshahr) and Turkey (Yuksekova).
25 event articles (45 non-optional events) cover all six ACLED event types: battles incl. territory taken by a
non-state actor and regained by the government, air/drone strikes, shelling, IEDs and a car bomb, a war-remnant
landmine, a grenade, attacks on civilians and an abduction, the three kinds of protest, a violent demonstration and
mob violence, and strategic developments (arrests, a defused bomb, a house demolition, a downed weapons drone).
Multi-event articles: a monitor's daily round-up (five incidents in five governorates), two live blogs (south
Lebanon and Gaza, newest first), an Iraqi Joint Operations statement listing strikes on three days, a Marib front
report (a position lost, a drone strike and the position regained the next day), and pieces whose main event comes
with distinct dated side events (arrests the next day, a protest the next day, an earlier sticky bomb). Three
incidents are told by several outlets (same `incident` slug, different tolls or attributions): the Hajin checkpoint
attack (wire vs. a local Facebook page), the Koya drone strike (Kurdish site vs. Iranian agency quoting the IRGC) and
the al-Durayhimi war-remnant blast (government-side vs. Houthi-side outlet).
15 of the 40 articles are hard non-event articles: coastal forest fires told as a war, Yazidi survivors'
compensation payments (2014 crimes), a tribal ultimatum, a parliamentary peace-process hearing, an army's annual
smuggling statistics, the 20th anniversary of the 2006 war, a fuel-station explosion ruled an accident, an election
security plan, football with war metaphors, an armed robbery, an opinion column built on a "what if", a review of a
memoir of ISIS-era Raqqa, an interview about the 2015 battle of Aden, a police denial of a shooting rumour, and a
military training-jet crash.

Styles: wire copy with datelines, local pages with menus, "read also" blocks, share widgets, cookie notices and
footers, a TV transcript, a radio bulletin, a Facebook post reposted by another page, official statements (Iraqi
Security Media Cell, Jordanian army, IRGC via an agency), live blogs, a rights monitor's report, features, an
interview, an opinion column and a review. Dates are written with Levantine/Iraqi month names (تموز، آب، أيلول،
تشرين الأول، كانون الثاني، شباط), Egyptian/Gulf ones (أغسطس، أبريل، مايو، أكتوبر) and paired forms
(كانون الأول/ديسمبر، أيلول/سبتمبر), Hijri dates (شوال، ربيع الأول، ذو القعدة),
slashed numeric dates, relative dates anchored by the publication date (أمس، فجر اليوم، مساء الأحد، ليل السبت –
الأحد، الثلاثاء الماضي), Eastern Arabic digits and number words.

Fatality convention used here: the lowest credible figure; a toll revised by the same or a higher official source
replaces the first one; when outlets of one article disagree the lower figure is taken (each article is coded from
its own text, so articles of one incident may carry different numbers); deaths reported separately for the two
sides of a clash are added; claimed enemy losses that nobody in the text contradicts are counted; vague words follow
the taxonomy file ("several"/"عدد من" 3, "dozens" 12, "more than twenty" 20); injuries only ("casualties without
deaths") and texts that say nobody was hurt give 0; null when the text gives no figure (e.g. "بين قتيل وجريح").

Run:  python tests/gold_dev/_build_u.py          (write the files, then validate them)
      python tests/gold_dev/_build_u.py --check  (only validate the files on disk)
Checks: every u_*.json parses and has the gold keys; every evidence span occurs verbatim in its text; incident is
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
# None were needed in this part.
ALLOWED_ACTORS: set[str] = set()

# canonical actor names (src/marsad/data/actors)
ISIS = "Islamic State (ISIS)"
SDF = "Syrian Democratic Forces (SDF)"
SYR = "Military Forces of Syria (2024-)"
SYR_POL = "Police Forces of Syria (2024-)"
SUW_GUARD = "National Guard (Suwayda)"
TUR = "Military Forces of Turkey"
TUR_POL = "Police Forces of Turkey"
IRQ = "Military Forces of Iraq (2022-)"
YBS = "Sinjar Resistance Units (YBS)"
IRGC = "Islamic Revolutionary Guard Corps (IRGC)"
KDPI = "Democratic Party of Iranian Kurdistan (KDPI)"
IRN_POL = "Police Forces of Iran"
JAISH_ADL = "Jaish al-Adl"
ISR = "Military Forces of Israel"
SETTLERS = "Settlers (Israel)"
HEZBOLLAH = "Hezbollah"
LBN = "Military Forces of Lebanon"
HAMAS = "Hamas Movement"
QASSAM = "Al-Qassam Brigades"
ABU_SHABAB = "Popular Forces (Abu Shabab Militia)"
JOR = "Military Forces of Jordan"
YEM = "Military Forces of Yemen (2022-)"
HOUTHI = "Ansar Allah (Houthis)"
SAU = "Military Forces of Saudi Arabia"
COALITION = "Saudi-led Coalition"


# place key -> (country, admin1, location, lat, lon); coordinates from `marsad gazetteer lookup` where it knows the
# place, else from general knowledge (Walgha, al-Thaala, Sinuni, Koya, Majdal Selm, Kfarhamam, Shebaa, Mashghara,
# Beita, Umm al-Jimal, al-Juba, Munabbih, the Makhoul mountains, which it lacks or returned ambiguously).
PLACES = {
    "hajin": ("Syria", "Deir ez-Zor", "Hajin, Al Bukamal", 34.70, 40.83),
    "shuhayl": ("Syria", "Deir ez-Zor", "Al-Shuhayl, Al Mayadin", 35.00, 40.55),
    "haffah": ("Syria", "Latakia", "Al-Haffah, Al-Haffah", 35.60, 36.03),
    "walgha": ("Syria", "As-Suwayda", "Walgha, As-Suwayda", 32.77, 36.51),
    "thaala": ("Syria", "As-Suwayda", "Al-Thaala, As-Suwayda", 32.70, 36.41),
    "azaz": ("Syria", "Aleppo", "Azaz, Azaz", 36.59, 37.05),
    "al_bab": ("Syria", "Aleppo", "Al-Bab, Al-Bab", 36.37, 37.52),
    "qusayr": ("Syria", "Homs", "Al-Qusayr, Al-Qusayr", 34.51, 36.58),
    "salamiyah": ("Syria", "Hama", "Salamiyah, Salamiyah", 35.01, 37.05),
    "tamanaa": ("Syria", "Idlib", "Al-Tamanaa, Maarrat al-Numan", 35.46, 36.75),
    "tell_tamer": ("Syria", "Al-Hasakah", "Tell Tamer, Al-Hasakah", 36.66, 40.37),
    "raqqa": ("Syria", "Ar-Raqqa", "Raqqa, Ar-Raqqa", 35.95, 39.01),
    "rutba": ("Iraq", "Al Anbar", "Al-Rutba, Al-Rutba", 33.04, 40.29),
    "rawa": ("Iraq", "Al Anbar", "Rawa, Rawa", 34.48, 41.92),
    "makhoul": ("Iraq", "Saladin", "Makhoul Mountains, Baiji", 35.05, 43.40),
    "sinuni": ("Iraq", "Nineveh", "Sinuni, Sinjar", 36.50, 41.85),
    "koya": ("Iraq", "Erbil", "Koya, Koya", 36.08, 44.63),
    "majdal_selm": ("Lebanon", "Nabatieh", "Majdal Selm, Marjayoun", 33.22, 35.48),
    "kfarhamam": ("Lebanon", "Nabatieh", "Kfarhamam, Hasbaya", 33.33, 35.67),
    "mais_jabal": ("Lebanon", "Nabatieh", "Mais al-Jabal, Marjayoun", 33.17, 35.52),
    "shebaa": ("Lebanon", "Nabatieh", "Shebaa, Hasbaya", 33.35, 35.74),
    "mashghara": ("Lebanon", "Beqaa", "Mashghara, West Bekaa", 33.53, 35.65),
    "beita": ("Palestine", "West Bank", "Beita, Nablus", 32.14, 35.29),
    "dura": ("Palestine", "West Bank", "Dura, Hebron", 31.51, 35.03),
    "beit_ummar": ("Palestine", "West Bank", "Beit Ummar, Hebron", 31.62, 35.10),
    "zeitoun": ("Palestine", "Gaza Strip", "Al-Zeitoun, Gaza City", 31.49, 34.45),
    "beit_lahia": ("Palestine", "Gaza Strip", "Beit Lahia, North Gaza", 31.55, 34.50),
    "abasan": ("Palestine", "Gaza Strip", "Abasan al-Kabira, Khan Yunis", 31.32, 34.34),
    "rafah": ("Palestine", "Gaza Strip", "Rafah, Rafah", 31.30, 34.24),
    "umm_jimal": ("Jordan", "Mafraq", "Umm al-Jimal, Mafraq", 32.33, 36.37),
    "harib": ("Yemen", "Marib", "Harib, Harib", 14.93, 45.50),
    "juba_ye": ("Yemen", "Marib", "Al-Juba, Al-Juba", 15.33, 45.33),
    "durayhimi": ("Yemen", "Al Hudaydah", "Al-Durayhimi, Al-Durayhimi", 14.64, 43.06),
    "munabbih": ("Yemen", "Saada", "Al-Raqw, Munabbih", 17.18, 43.30),
    "razih": ("Yemen", "Saada", "Razih, Razih", 16.91, 43.26),
    "iranshahr": ("Iran", "Sistan and Baluchestan", "Iranshahr, Iranshahr", 27.20, 60.68),
    "sarbaz": ("Iran", "Sistan and Baluchestan", "Sarbaz, Sarbaz", 26.63, 61.26),
    "piranshahr": ("Iran", "West Azarbaijan", "Piranshahr, Piranshahr", 36.70, 45.14),
    "yuksekova": ("Turkey", "Hakkari", "Yuksekova, Yuksekova", 37.57, 44.29),
}


ev = partial(make_event, PLACES)
ARTICLES: dict[str, dict] = {}
art = partial(add_article, ARTICLES)

# ================================================================================================== SYRIA
art("u_sy_hajin_isis_checkpoint_wire", """
دير الزور – «شرق الفرات برس»

قُتل ثلاثة من عناصر «قوات سوريا الديمقراطية» (قسد) وأصيب اثنان آخران بجروح، فجر الأحد، في هجوم شنّه مسلحون يُعتقد أنهم من خلايا تنظيم «داعش» على حاجز للقوات عند المدخل الشمالي لبلدة هجين في ريف دير الزور الشرقي.

وقال مصدر عسكري في «قسد» لـ«شرق الفرات برس» إن المهاجمين، وعددهم بين خمسة وستة، كانوا يستقلّون دراجات نارية، واستهدفوا الحاجز بالرشاشات والقنابل اليدوية قرابة الثالثة فجراً، قبل أن يشتبكوا مع عناصره قرابة نصف ساعة ثم ينسحبوا باتجاه عمق البادية.

وأكد المصدر أن الحصيلة «ثلاثة مقاتلين»، نافياً ما تناقلته صفحات محلية عن مقتل مدني في المكان، ومشيراً إلى أن الجريحين «في حالة مستقرة».

وفي بيان مقتضب صدر اليوم الاثنين، أعلنت «قسد» أنها أطلقت حملة تمشيط ومداهمات في بلدة الشحيل والقرى المحيطة بها أسفرت عن توقيف سبعة أشخاص «يُشتبه بتقديمهم دعماً لوجستياً للخلايا الإرهابية».

ولم يتبنَّ التنظيم الهجوم حتى ساعة إعداد هذا الخبر. ويأتي الهجوم بعد أقل من أسبوعين على هجوم مماثل استهدف نقطة للقوات ذاتها في بلدة ذيبان، في سياق تصاعد لافت لنشاط خلايا التنظيم في ريف دير الزور منذ مطلع الصيف.

(ش ف ب – ع.ح)
""", url="https://sharqfurat-press.example/news/2025/07/14/hajin-checkpoint", outlet="شرق الفرات برس",
    published="2025-07-14", incident="u_hajin_checkpoint_2025_07_13",
    events=[
        ev(B, "Armed clash", "2025-07-13", ISIS, SDF, "hajin", 3,
           "في هجوم شنّه مسلحون يُعتقد أنهم من خلايا تنظيم «داعش» على حاجز للقوات عند المدخل الشمالي لبلدة هجين"),
        ev(S, "Arrests", "2025-07-14", SDF, civ("Syria"), "shuhayl", None,
           "حملة تمشيط ومداهمات في بلدة الشحيل والقرى المحيطة بها أسفرت عن توقيف سبعة أشخاص", optional=True),
    ],
    notes="Wire, Monday 14 July 2025: ISIS attack with a half-hour firefight on an SDF checkpoint at Hajin 'fajr "
          "al-ahad' (13 July), 3 SDF killed per an SDF source, who denies a civilian death (the local page of the "
          "same incident counts 4). Arrest sweep in al-Shuhayl announced today: optional. The earlier Dhiban attack "
          "is history in passing.")

art("u_sy_hajin_isis_checkpoint_facebook", """
هجين الحدث
٣ س · 🌍

🔴 عاجل | #هجين

هجوم لخلايا داعش فجر اليوم على حاجز قسد عند دوار المدخل الشمالي للبلدة (قرب الفرن الآلي)، اشتباكات عنيفة استمرت قرابة نص ساعة وسط أصوات انفجار قنابل 💥

الحصيلة حسب مصادرنا: مقتل ٤ أشخاص، ثلاثة عناصر من الحاجز وشب مدني من أبناء البلدة كان رايح على شغله بسيارة نقل خضرة، وإصابة اثنين نُقلوا على مشفى الكسرة.

قسد طوّقت المنطقة وقطعت الطريق العام باتجاه الشحيل، والوضع متوتر حالياً.. الله يرحم الجميع 🤲

#دير_الزور #ريف_دير_الزور_الشرقي #الخط_الشرقي

👍 ٣١٢   💬 ٨٧   ↗️ ١٤٥ مشاركة

— تمت مشاركة هذا المنشور عبر صفحة «أخبار الشرقية ٢٤» —
""", url="https://social.example/hajin.alhadath/posts/7781120", outlet="هجين الحدث (صفحة فيسبوك)",
    published="2025-07-13", incident="u_hajin_checkpoint_2025_07_13",
    events=[
        ev(B, "Armed clash", "2025-07-13", ISIS, SDF, "hajin", 4,
           "هجوم لخلايا داعش فجر اليوم على حاجز قسد عند دوار المدخل الشمالي للبلدة"),
    ],
    notes="Local Facebook page reposted by another page, same incident as the wire: 4 killed (3 checkpoint members "
          "and a passing civilian) on this page's own count, the only figure in this text. Road closure: no event.")

art("u_sy_haffah_brothers_killed_local", """
الرئيسية | محليات | الساحل | اقتصاد | رياضة | منوعات | اتصل بنا

اللاذقية اليوم
السبت 23 آب 2025 – آخر تحديث: 11:40

مقتل شقيقين برصاص مسلحين مجهولين على طريق الحفة – صلنفة

أقدم مسلحون مجهولون يستقلون سيارة «بيك آب» من دون لوحات، مساء أمس الجمعة، على إطلاق النار على الشقيقين (ع. م) و(ح. م) أثناء عودتهما من أرضهما الزراعية على الطريق الواصل بين مدينة الحفة وبلدة صلنفة في ريف اللاذقية الشمالي الشرقي، ما أدى إلى مقتلهما على الفور، بحسب ما أفاد به أحد أقارب الضحيتين لـ«اللاذقية اليوم».

وقالت قيادة الأمن الداخلي في محافظة اللاذقية إن دورية وصلت إلى المكان بعد دقائق من الحادثة ونقلت الجثتين إلى المستشفى الوطني، مؤكدة أن التحقيقات جارية «لكشف ملابسات الجريمة وعدم السماح بالعبث بالسلم الأهلي».

وفي وقت متأخر من مساء أمس، أعلنت القيادة توقيف شخصين يُشتبه بتورطهما في عملية القتل، وضبط السيارة المستخدمة وبندقيتين حربيتين، من دون أن تكشف عن هويتهما.

ويأتي الحادث بعد أيام من جريمة مماثلة في ريف جبلة، وسط مطالبات من وجهاء المنطقة بتكثيف الحواجز على الطرق الجبلية ليلاً.

اقرأ أيضاً:
• محافظ اللاذقية يتفقد أعمال إخماد الحرائق في غابات قسطل معاف
• ارتفاع أسعار الخضار في سوق الهال مع نهاية موسم البندورة
• افتتاح مدرسة مرمّمة في بلدة القرداحة

شارك الخبر: فيسبوك | واتساب | تلغرام | نسخ الرابط

يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك في التصفح. [موافق]
جميع الحقوق محفوظة © 2025 اللاذقية اليوم | سياسة الخصوصية | من نحن
""", url="https://lattakia-today.example/local/2025/08/23/haffah-brothers", outlet="اللاذقية اليوم",
    published="2025-08-23", incident="u_haffah_brothers_2025_08_22",
    events=[
        ev(V, "Attack", "2025-08-22", uag("Syria"), civ("Syria"), "haffah", 2,
           "على إطلاق النار على الشقيقين (ع. م) و(ح. م) أثناء عودتهما من أرضهما الزراعية على الطريق الواصل بين مدينة الحفة وبلدة صلنفة"),
        ev(S, "Arrests", "2025-08-22", SYR_POL, None, "haffah", None,
           "أعلنت القيادة توقيف شخصين يُشتبه بتورطهما في عملية القتل", optional=True),
    ],
    notes="Local page with menu, read-also block, share widget, cookie notice and footer. Gunmen kill two brothers "
          "on the al-Haffah - Slinfeh road 'masa' ams al-jum'a' (22 Aug). Internal-security arrests the same evening: "
          "optional. The Jableh crime is history in passing; the read-also headlines yield nothing.")

art("u_sy_walgha_national_guard_clashes_tv", """
[قناة المشرق الإخبارية – نشرة الثامنة صباحاً – الاثنين – نص الفقرة كما بُثّت]

المذيعة: نبدأ نشرتنا من السويداء جنوبي سوريا، حيث تجددت الاشتباكات مساء أمس بين قوات الحكومة السورية ومسلحي ما يُعرف بـ«الحرس الوطني» على أطراف بلدة ولغا في الريف الشمالي الغربي للمحافظة. ينضم إلينا مراسلنا في الجنوب سامر الحلبي. سامر، ما آخر المعطيات؟

المراسل: صباح الخير. المواجهات اندلعت قرابة السادسة من مساء الأحد، بعد ما وصفته مصادر في الحرس الوطني بمحاولة تقدّم على محور ولغا – المزرعة، في حين تقول وزارة الدفاع إن وحداتها ردّت على مصادر النيران بعد استهداف نقاطها بقذائف الهاون. الحصيلة حتى هذه اللحظة، بحسب مصدر طبي في المستشفى الوطني بالسويداء، مقتل اثنين من مقاتلي الحرس وإصابة خمسة، بينما تحدثت مصادر حكومية عن مقتل عنصر واحد من الجيش وإصابة ثلاثة.

المذيعة: وهل سُجّل أي تطور صباح اليوم؟

المراسل: نعم. قبل نحو ساعة استهدفت طائرة مسيّرة سيارة عسكرية تابعة للحرس الوطني قرب بلدة الثعلة غرب مدينة السويداء، ولا معلومات فورية عن إصابات. الحرس الوطني حمّل الحكومة المسؤولية، فيما لم يصدر أي تعليق رسمي حتى الآن.

المذيعة: ماذا عن الحديث المتداول عن تهدئة؟

المراسل: هناك اتصالات يجريها وجهاء من جبل العرب مع مسؤولين في محافظة درعا لتثبيت وقف إطلاق النار، لكن حتى اللحظة لا اتفاق معلناً، والطريق بين دمشق والسويداء ما زال مغلقاً أمام حركة المدنيين.

المذيعة: شكراً سامر. ننتقل الآن إلى...

[فاصل]
""", url="https://mashreq-tv.example/bulletins/2025-11-10-0800", outlet="قناة المشرق الإخبارية",
    published="2025-11-10", incident="u_walgha_clashes_2025_11_09",
    events=[
        ev(B, "Armed clash", "2025-11-09", SYR, SUW_GUARD, "walgha", 3,
           "تجددت الاشتباكات مساء أمس بين قوات الحكومة السورية ومسلحي ما يُعرف بـ«الحرس الوطني» على أطراف بلدة ولغا"),
        ev(E, "Air/drone strike", "2025-11-10", SYR, SUW_GUARD, "thaala", None,
           "استهدفت طائرة مسيّرة سيارة عسكرية تابعة للحرس الوطني قرب بلدة الثعلة غرب مدينة السويداء"),
    ],
    notes="TV transcript, Monday 10 Nov 2025. Clash on the edge of Walgha Sunday evening: 2 guard fighters (medical "
          "source) + 1 soldier (government sources) = 3, deaths of the two sides added; the mortar fire is part of the "
          "battle. Drone strike near al-Thaala this morning, attributed to the government by the National Guard, no "
          "casualty figure. Talks without agreement and the closed road: no event.")

art("u_sy_azaz_car_bomb_al_bab_sticky_bomb", """
أعزاز (سوريا) – «نبأ الشمال»

قُتل أربعة أشخاص، بينهم طفل، وأُصيب أكثر من خمسة عشر آخرين، ظهر اليوم الخميس، جراء انفجار سيارة مفخخة ركنها مجهولون قرب دوّار المنطقة الصناعية في مدينة أعزاز شمالي محافظة حلب.

وقال الدفاع المدني السوري إن فرقه انتشلت أربع جثث من موقع الانفجار ونقلت المصابين إلى مستشفيات المدينة، محذّراً من أن الحصيلة «مرشحة للارتفاع» بسبب خطورة بعض الإصابات. وتحدثت مصادر محلية عن خمسة قتلى، غير أن مديرية الصحة في حلب أكدت في بيان مسائي أن عدد الوفيات «أربعة».

وأفادت قيادة الأمن الداخلي في منطقة أعزاز بأن وحدات الهندسة تمكّنت، بعد نحو ساعة من الانفجار، من تفكيك عبوة ناسفة ثانية زُرعت في دراجة نارية على بُعد مئتي متر من موقع الانفجار الأول، وفرضت طوقاً أمنياً حول السوق.

ولم تتبنَّ أي جهة التفجير حتى مساء اليوم.

ويأتي تفجير أعزاز بعد أربعة أيام من مقتل قيادي سابق في أحد فصائل «الجيش الوطني» التي اندمجت في وزارة الدفاع، إثر انفجار عبوة لاصقة زُرعت في سيارته بمدينة الباب يوم الأحد الماضي، في حادثة لم تُكشف ملابساتها بعد.

وشهدت مدن ريف حلب الشمالي خلال السنوات الماضية عشرات التفجيرات المماثلة التي أودت بحياة مئات المدنيين.
""", url="https://nabaa-shamal.example/2025/11/20/azaz-car-bomb", outlet="نبأ الشمال",
    published="2025-11-20", incident="u_azaz_car_bomb_2025_11_20",
    events=[
        ev(E, "Remote explosive/landmine/IED", "2025-11-20", uag("Syria"), civ("Syria"), "azaz", 4,
           "جراء انفجار سيارة مفخخة ركنها مجهولون قرب دوّار المنطقة الصناعية في مدينة أعزاز"),
        ev(S, "Disrupted weapons use", "2025-11-20", SYR_POL, uag("Syria"), "azaz", None,
           "من تفكيك عبوة ناسفة ثانية زُرعت في دراجة نارية", optional=True),
        ev(E, "Remote explosive/landmine/IED", "2025-11-16", uag("Syria"), SYR, "al_bab", 1,
           "إثر انفجار عبوة لاصقة زُرعت في سيارته بمدينة الباب يوم الأحد الماضي"),
    ],
    notes="Wire, Thursday 20 Nov 2025. Car bomb in Azaz today: 4 dead (health directorate; local sources say 5, the "
          "lower official figure is kept). Second bomb defused: optional disrupted weapons use. Side event with its own "
          "date: sticky bomb killing a former SNA commander now in the Defence Ministry at al-Bab 'last Sunday' "
          "(16 Nov). The closing sentence is history.")

art("u_sy_monitor_daily_roundup_qusayr_salamiyah_tamanaa", """
المرصد السوري للتوثيق الميداني
الحصيلة اليومية للانتهاكات والحوادث الأمنية – الأحد 14/9/2025

وثّق المرصد يوم أمس الأحد مقتل أربعة أشخاص في مناطق سورية مختلفة، وفق ما يلي:

▪ حمص: قُتل رجل في العقد الرابع من عمره برصاص مسلحين مجهولين كانوا يستقلون دراجة نارية، أمام منزله في الحي الشرقي من مدينة القصير بريف حمص الجنوبي الغربي، ولاذ المهاجمون بالفرار.

▪ حماة: ألقى مجهولون قنبلة يدوية على محل للصرافة وتحويل الأموال وسط مدينة السلمية بريف حماة الشرقي، ما أدى إلى إصابة صاحبه بجروح متوسطة وإلحاق أضرار مادية بالمحل والمحال المجاورة.

▪ إدلب: قضى طفلان شقيقان بانفجار لغم أرضي من مخلفات الحرب أثناء رعيهما الأغنام في الأراضي الزراعية المحيطة ببلدة التمانعة في ريف إدلب الجنوبي.

▪ الحسكة: قُتل عنصر من «قوات سوريا الديمقراطية» وأُصيب آخر، جراء استهداف طائرة مسيّرة تركية نقطةً عسكرية في قرية أم الكيف بريف بلدة تل تمر.

▪ الرقة: تظاهر العشرات من أهالي حي الرميلة أمام مبنى مديرية المياه في مدينة الرقة، احتجاجاً على انقطاع مياه الشرب عن الحي لليوم العاشر على التوالي، وطالبوا بمحاسبة المسؤولين عن «سوء الإدارة»، وانفضّت الوقفة بعد وعود بإصلاح خط الضخ.

وبذلك يرتفع عدد القتلى الذين وثّقهم المرصد منذ مطلع شهر أيلول/سبتمبر الجاري إلى 87 شخصاً، بينهم 11 طفلاً و6 نساء.

للتواصل مع المرصد وإرسال المعلومات: info@syr-field-monitor.example
""", url="https://syr-field-monitor.example/daily/2025-09-14", outlet="المرصد السوري للتوثيق الميداني",
    published="2025-09-15", incident="u_syria_daily_roundup_2025_09_14",
    events=[
        ev(V, "Attack", "2025-09-14", uag("Syria"), civ("Syria"), "qusayr", 1,
           "قُتل رجل في العقد الرابع من عمره برصاص مسلحين مجهولين كانوا يستقلون دراجة نارية، أمام منزله في الحي الشرقي من مدينة القصير"),
        ev(E, "Grenade", "2025-09-14", uag("Syria"), civ("Syria"), "salamiyah", 0,
           "ألقى مجهولون قنبلة يدوية على محل للصرافة وتحويل الأموال وسط مدينة السلمية"),
        ev(E, "Remote explosive/landmine/IED", "2025-09-14", uag("Syria"), civ("Syria"), "tamanaa", 2,
           "قضى طفلان شقيقان بانفجار لغم أرضي من مخلفات الحرب أثناء رعيهما الأغنام في الأراضي الزراعية المحيطة ببلدة التمانعة"),
        ev(E, "Air/drone strike", "2025-09-14", TUR, SDF, "tell_tamer", 1,
           "جراء استهداف طائرة مسيّرة تركية نقطةً عسكرية في قرية أم الكيف بريف بلدة تل تمر"),
        ev(P, "Peaceful protest", "2025-09-14", protesters("Syria"), None, "raqqa", None,
           "تظاهر العشرات من أهالي حي الرميلة أمام مبنى مديرية المياه في مدينة الرقة"),
    ],
    notes="Monitor's daily round-up for Sunday 14 Sep 2025, published the next day: five incidents in five "
          "governorates (1 + 2 + 1 = the stated 4 dead; the grenade wounded only, 0). The monthly total of 87 is "
          "cumulative and yields no event. Incident slug groups the round-up's events only.")
# =================================================================================================== IRAQ
art("u_iq_security_media_cell_strikes_rutba_rawa_makhoul", """
خلية الإعلام الأمني
بيان

استمراراً لعمليات ملاحقة بقايا عصابات داعش الإرهابية، واستناداً إلى معلومات استخبارية دقيقة، نفّذت طائرات القوة الجوية العراقية من طراز (F-16) يوم الخميس الموافق 7 آب 2025 ضربة جوية استهدفت وكراً للعصابات الإرهابية في صحراء الرطبة غربي محافظة الأنبار، أسفرت عن تدمير الوكر بالكامل وقتل (٤) إرهابيين كانوا بداخله.

كما نفّذت طائرات طيران الجيش، يوم السبت 9 آب، ضربة بطائرة مسيّرة على مضافة يستخدمها الإرهابيون في منطقة جزيرة راوة، أسفرت عن قتل إرهابيَّين اثنين، وقد جرى تفتيش المكان من قبل قطعات قيادة عمليات الجزيرة والعثور على الجثتين وأسلحة وأعتدة وأجهزة اتصال.

وفجر اليوم الأحد، وجّهت طائرات القوة الجوية ضربتين جويتين متتاليتين على أوكار للعصابات الإرهابية في سلسلة جبال مكحول ضمن قاطع قيادة عمليات صلاح الدين، ولا تزال عمليات التفتيش مستمرة للوقوف على نتائج الضربتين.

إن قواتنا الأمنية البطلة ماضية في ملاحقة فلول الإرهاب في كل شبر من أرض العراق، ولن تسمح لهم بالعودة.

خلية الإعلام الأمني
10 آب 2025
""", url="https://smc-iraq.example/statements/2025/08/10", outlet="خلية الإعلام الأمني (بيان)",
    published="2025-08-10", incident="u_iraq_airstrikes_2025_08",
    events=[
        ev(E, "Air/drone strike", "2025-08-07", IRQ, ISIS, "rutba", 4,
           "ضربة جوية استهدفت وكراً للعصابات الإرهابية في صحراء الرطبة غربي محافظة الأنبار"),
        ev(E, "Air/drone strike", "2025-08-09", IRQ, ISIS, "rawa", 2,
           "ضربة بطائرة مسيّرة على مضافة يستخدمها الإرهابيون في منطقة جزيرة راوة"),
        ev(E, "Air/drone strike", "2025-08-10", IRQ, ISIS, "makhoul", None,
           "ضربتين جويتين متتاليتين على أوكار للعصابات الإرهابية في سلسلة جبال مكحول"),
    ],
    notes="Official statement listing strikes on three days: Rutba desert (Thu 7 Aug, 4 killed), Jazirat Rawa "
          "(Sat 9 Aug, 2 killed), Makhoul mountains (Sun 10 Aug, results unknown, null). The two Makhoul strikes of "
          "one day and place are one event. The Rutba desert strike is coded at Rutba (geo precision 2-3).")

art("u_iq_sinuni_army_ybs_clash_radio", """
إذاعة نوروز إف إم – الموصل
نشرة أخبار الساعة الواحدة ظهراً – الاثنين

[موسيقى الشارة]

أهلاً بكم مستمعينا الكرام في موجز الأخبار.

في قضاء سنجار غربي نينوى، أفاد مصدر أمني بأن اشتباكات اندلعت مساء السبت بين قوة من الفرقة العشرين في الجيش العراقي ومسلحين من وحدات مقاومة سنجار، المعروفة محلياً باليبشة، عند سيطرة مدخل ناحية سنوني، على خلفية خلاف حول تفتيش إحدى المركبات. المصدر أكد مقتل جندي ومقاتل من اليبشة، وإصابة أربعة آخرين من الطرفين، مشيراً إلى أن الهدوء عاد إلى المنطقة بعد منتصف الليل بتدخّل من وجهاء محليين.

وصباح أمس الأحد، تجمّع المئات من أهالي سنوني أمام مبنى إدارة الناحية، مطالبين بسحب التعزيزات العسكرية التي وصلت إلى المنطقة وإعادة فتح الطرق المؤدية إلى مجمعات الشمال، ورفع المحتجون لافتات تدعو إلى تطبيق اتفاق سنجار وإعادة النازحين، وانفضّ التجمّع بعد ساعتين من دون تسجيل أي احتكاك مع القوات الأمنية.

وكانت قيادة العمليات المشتركة قد فرضت حظراً للتجوال في الناحية ليلة الاشتباك، قبل أن ترفعه في الساعات الأولى من صباح الأحد.

وفي بغداد، بحث رئيس مجلس الوزراء مع وفد من الأمم المتحدة ملف إعادة إعمار سنجار...

[فاصل موسيقي]

وإلى الأخبار الرياضية، حيث يستعد فريق نادي الموصل لمواجهة ضيفه...
""", url="https://nawroz-fm.example/bulletins/2025-06-23-1300", outlet="إذاعة نوروز إف إم",
    published="2025-06-23", incident="u_sinuni_clash_2025_06_21",
    events=[
        ev(B, "Armed clash", "2025-06-21", IRQ, YBS, "sinuni", 2,
           "اشتباكات اندلعت مساء السبت بين قوة من الفرقة العشرين في الجيش العراقي ومسلحين من وحدات مقاومة سنجار"),
        ev(P, "Peaceful protest", "2025-06-22", protesters("Iraq"), None, "sinuni", None,
           "تجمّع المئات من أهالي سنوني أمام مبنى إدارة الناحية"),
    ],
    notes="Radio bulletin, Monday 23 June 2025: army-YBS clash at the Sinuni checkpoint Saturday evening (21 June), "
          "1 soldier + 1 YBS fighter killed; protest in Sinuni Sunday morning (22 June) with no friction. The curfew "
          "imposed and lifted, the PM's meeting and the sports item: no events.")

art("u_iq_koya_kdpi_drone_strike_kurdish_site", """
كوردستان ووتش – عربي
أخبار | إقليم كوردستان | ملفات | رأي | فيديو

الأربعاء 4 آذار 2026

مقتل عنصر في «حدكا» بقصف مسيّرة إيرانية قرب كويه.. واحتجاجات في المدينة

كويه – كوردستان ووتش

قُتل عنصر في الحزب الديمقراطي الكردستاني الإيراني (حدكا) وأُصيب ثلاثة آخرون، مساء الثلاثاء، بقصف نفّذته طائرة مسيّرة يُرجّح أنها تابعة للحرس الثوري الإيراني، استهدف مقراً للحزب قرب مجمع دێگەڵە التابع لقضاء كويه (كويسنجق) شرقي محافظة أربيل.

وقالت مديرية أسايش كويه في بيان إن المسيّرة أطلقت صاروخين على بناية داخل المقر قرابة الساعة التاسعة ليلاً، ما أدى إلى تدمير جزء منها واحتراق سيارتين، مشيرة إلى أن الجرحى نُقلوا إلى مستشفى كويه العام.

وصباح اليوم الأربعاء، خرج مئات من أهالي كويه ولاجئون كرد إيرانيون يقيمون في المدينة في مسيرة احتجاجية جابت الشارع الرئيسي وصولاً إلى مبنى القائمقامية، منددين بـ«تكرار الاعتداءات الإيرانية على أراضي الإقليم»، ومطالبين الحكومة الاتحادية في بغداد باتخاذ «موقف حازم».

وليست هذه المرة الأولى التي تُستهدف فيها مقرات الحزب في المنطقة؛ ففي أيلول/سبتمبر 2022 قصف الحرس الثوري المقرات ذاتها بالصواريخ والمسيّرات، ما أسفر حينها عن مقتل 17 شخصاً بينهم نساء.

اقرأ أيضاً: حكومة الإقليم تعلن صرف رواتب شهر شباط | أسعار الطماطم تقفز في أسواق السليمانية

© 2026 كوردستان ووتش. جميع الحقوق محفوظة.
""", url="https://kurdwatch-ar.example/news/2026/03/04/koya-drone", outlet="كوردستان ووتش – عربي",
    published="2026-03-04", incident="u_koya_drone_2026_03_03",
    events=[
        ev(E, "Air/drone strike", "2026-03-03", IRGC, KDPI, "koya", 1,
           "بقصف نفّذته طائرة مسيّرة يُرجّح أنها تابعة للحرس الثوري الإيراني، استهدف مقراً للحزب قرب مجمع دێگەڵە التابع لقضاء كويه"),
        ev(P, "Peaceful protest", "2026-03-04", protesters("Iraq"), None, "koya", None,
           "خرج مئات من أهالي كويه ولاجئون كرد إيرانيون يقيمون في المدينة في مسيرة احتجاجية"),
    ],
    notes="Kurdish site, Wednesday 4 Mar 2026: drone strike on a KDPI base near Koya Tuesday evening (3 Mar), 1 "
          "killed; protest march in Koya this morning (4 Mar). The 2022 strikes are history in passing; read-also "
          "headlines yield nothing. Same incident as the Iranian agency's report (which claims 'several' dead).")

art("u_iq_koya_kdpi_drone_strike_iranian_agency", """
طهران – «نبأ طهران»

أعلنت القوة البرية لحرس الثورة الإسلامية، مساء اليوم الثلاثاء، أنها استهدفت «بضربات دقيقة بالطائرات المسيّرة» مقراً لـ«الجماعات الإرهابية الانفصالية» في منطقة كويه بإقليم كردستان العراق، بينها مقر لحزب «دموكرات» الانفصالي، ما أسفر عن «تدمير المقر بالكامل وهلاك عدد من الإرهابيين».

وأوضح البيان، الذي بثّه التلفزيون الرسمي، أن العملية جاءت رداً على «تحركات هذه الجماعات لإرسال فرق إرهابية وشحنات أسلحة إلى داخل البلاد عبر الحدود الشمالية الغربية».

وحذّر الحرس من أن «هذه العمليات ستتواصل بقوة أكبر ما لم تفِ حكومة إقليم كردستان بالتزاماتها الواردة في الاتفاق الأمني الموقّع مع الجمهورية الإسلامية»، والقاضي بنزع سلاح هذه الجماعات وإبعادها عن الشريط الحدودي.

ولم يصدر تعليق فوري من حكومة الإقليم أو من الحكومة الاتحادية في بغداد.

وكان مسؤولون إيرانيون قد أكدوا مراراً أن طهران «لن تتسامح» مع وجود مقرات مسلحة قرب حدودها.
""", url="https://nabatehran.example/ar/news/1404/12/12/irgc-koya", outlet="نبأ طهران",
    published="2026-03-03", incident="u_koya_drone_2026_03_03",
    events=[
        ev(E, "Air/drone strike", "2026-03-03", IRGC, KDPI, "koya", 3,
           "أنها استهدفت «بضربات دقيقة بالطائرات المسيّرة» مقراً لـ«الجماعات الإرهابية الانفصالية» في منطقة كويه"),
    ],
    notes="Iranian agency quoting an IRGC statement the same evening: drone strikes on a 'Democrat party' base in "
          "the Koya area; 'عدد من' dead is coded 3 (taxonomy 'several'; uncontradicted in this text). The threat of "
          "more strikes is not an event. Same incident as the Kurdish site's report (1 killed).")

art("u_iq_rutba_truffle_hunters_abducted", """
الأنبار نيوز
الرئيسية | أمن | عشائر | خدمات | رياضة

مصدر: «داعش» يختطف ثلاثة من جامعي الكمأ في صحراء الرطبة

الجمعة، 20 شباط 2026

أفاد مصدر أمني في قيادة عمليات الأنبار، اليوم الجمعة، بأن مسلحين ينتمون إلى تنظيم «داعش» اختطفوا ثلاثة مدنيين من أهالي قضاء الرطبة أثناء جمعهم الكمأ (الچمة) في عمق الصحراء جنوب شرقي القضاء، مساء أمس الخميس.

وقال المصدر، الذي طلب عدم الكشف عن اسمه، إن ذوي المختطفين فقدوا الاتصال بهم عند الغروب، قبل أن يعثر رعاة صباح اليوم على سيارتهم محترقة وعلى مقربة منها آثار إطارات لثلاث مركبات رباعية الدفع توجّهت جنوباً.

وأضاف أن قوة مشتركة من الجيش والحشد العشائري باشرت عمليات بحث وتفتيش واسعة في المنطقة بإسناد من طيران الجيش، من دون تسجيل أي احتكاك حتى الآن.

ويتحوّل موسم الكمأ في كل ربيع إلى موسم قلق لأهالي المناطق الغربية، إذ سبق أن قُتل واختُطف العشرات من جامعيه في حوادث مماثلة خلال السنوات الماضية، أبرزها في عام 2019 حين قُتل أكثر من عشرة منهم في صحراء النخيب.

وجدّدت قيادة العمليات تحذيرها للمواطنين من التوغل في عمق الصحراء من دون تنسيق مسبق مع القطعات الأمنية.

شارك: 🔗 | 📘 | 🐦
التعليقات (٠) – أضف تعليقاً
""", url="https://anbar-news.example/security/2026/02/20/rutba-truffle", outlet="الأنبار نيوز",
    published="2026-02-20", incident="u_rutba_truffle_abduction_2026_02_19",
    events=[
        ev(V, "Abduction/forced disappearance", "2026-02-19", ISIS, civ("Iraq"), "rutba", None,
           "اختطفوا ثلاثة مدنيين من أهالي قضاء الرطبة أثناء جمعهم الكمأ (الچمة) في عمق الصحراء جنوب شرقي القضاء"),
    ],
    notes="Local site, Friday 20 Feb 2026: ISIS abducts three truffle hunters in the Rutba desert Thursday evening "
          "(19 Feb); coded at Rutba (geo precision 2). The search operation without a clash and the 2019 killings "
          "(history) yield no events.")
# ================================================================================================ LEBANON
art("u_lb_south_liveblog_majdal_selm_kfarhamam", """
مباشر | الجنوب اللبناني: شهيد بغارة على مجدل سلم وقصف مدفعي على أطراف كفرحمام

الثلاثاء 17 شباط 2026 – يتم تحديث هذه الصفحة تلقائياً

18:45
مسيّرة إسرائيلية ألقت قنبلة صوتية قرب رعاة ماشية في خراج بلدة شبعا، من دون إصابات، بحسب مختار البلدة.

17:20
الجيش الإسرائيلي يزعم في بيان أنه «قضى على عنصر في حزب الله» كان يعمل على «إعادة إعمار بنى تحتية عسكرية» في منطقة مجدل سلم، ويقول إن ذلك «يشكّل خرقاً للتفاهمات».

16:55
مركز عمليات طوارئ الصحة العامة التابع لوزارة الصحة: الغارة التي شنّها العدو الإسرائيلي بطائرة مسيّرة على سيارة على طريق مجدل سلم – قبريخا أدت إلى سقوط شهيد.

16:40
غارة بمسيّرة إسرائيلية تستهدف سيارة «رابيد» على طريق مجدل سلم – قبريخا، وسيارات الإسعاف تهرع إلى المكان.

14:10
قصف مدفعي إسرائيلي يطاول الأطراف الشرقية لبلدة كفرحمام في قضاء حاصبيا، وسقوط ثلاث قذائف في أراضٍ زراعية.

11:30
رئيس بلدية ميس الجبل: قوة إسرائيلية تسللت فجر اليوم إلى الأطراف الجنوبية للبلدة وفجّرت منزلاً قيد الإنشاء قبل أن تنسحب.

09:05
رئيس الحكومة يجدد خلال استقباله سفيرة أوروبية الدعوة إلى «الضغط على إسرائيل لوقف خروقاتها اليومية والانسحاب من النقاط الخمس».

08:00
صباح الخير، نبدأ تغطيتنا المباشرة لتطورات الأوضاع في الجنوب.

— تابعوا تغطيتنا عبر تطبيق «الجنوب نيوز» على هواتفكم —
""", url="https://aljanoub-news.example/live/2026-02-17-south", outlet="الجنوب نيوز",
    published="2026-02-17", incident="u_south_lebanon_2026_02_17",
    events=[
        ev(E, "Air/drone strike", "2026-02-17", ISR, HEZBOLLAH, "majdal_selm", 1,
           "غارة بمسيّرة إسرائيلية تستهدف سيارة «رابيد» على طريق مجدل سلم – قبريخا"),
        ev(E, "Shelling/artillery/missile attack", "2026-02-17", ISR, None, "kfarhamam", None,
           "قصف مدفعي إسرائيلي يطاول الأطراف الشرقية لبلدة كفرحمام في قضاء حاصبيا"),
        ev(S, "Looting/property destruction", "2026-02-17", ISR, civ("Lebanon"), "mais_jabal", None,
           "قوة إسرائيلية تسللت فجر اليوم إلى الأطراف الجنوبية للبلدة وفجّرت منزلاً قيد الإنشاء", optional=True),
        ev(E, "Air/drone strike", "2026-02-17", ISR, civ("Lebanon"), "shebaa", 0,
           "مسيّرة إسرائيلية ألقت قنبلة صوتية قرب رعاة ماشية في خراج بلدة شبعا", optional=True),
    ],
    notes="Live blog, newest first. Drone strike on a car on the Majdal Selm - Qabrikha road (1 killed; three "
          "entries tell the same strike, the IDF names the dead a Hezbollah member). Artillery on Kfarhamam's outskirts "
          "(no casualty figure: null). A house blown up at Mais al-Jabal at dawn: optional property destruction. A "
          "stun grenade dropped near herders at Shebaa, nobody hurt: optional. The PM's call is not an event.")

art("u_lb_mashghara_mob_attacks_syrian_workers", """
البقاع برس
أخبار البقاع | لبنان | سوريا | اقتصاد | مجتمع

اعتداءات على عمال سوريين في مشغرة بعد العثور على جثة شاب من البلدة

الأحد 19 تشرين الأول 2025 | 10:15

شهدت بلدة مشغرة في البقاع الغربي ليل السبت – الأحد توتراً شديداً، إثر إقدام مجموعة من الشبان الغاضبين على مهاجمة غرف يقطنها عمال سوريون عند أطراف البلدة، حيث حطّموا محتوياتها وأضرموا النار في ثلاث منها، وانهالوا بالضرب على عدد من قاطنيها، ما أدى إلى إصابة خمسة منهم بجروح نُقلوا على إثرها إلى مستشفى في جب جنين.

وجاء ذلك بعد ساعات من العثور على جثة الشاب (م. ح.)، ابن الـ24 عاماً، في بستان قرب مجرى نهر الليطاني، وسط شائعات انتشرت على مواقع التواصل عن تورط عامل سوري في مقتله، وهو ما لم تؤكده الأجهزة الأمنية حتى الآن.

وعملت وحدات من الجيش اللبناني على تطويق المكان وتفريق المتجمعين، ونقلت عشرات العائلات السورية إلى خارج البلدة بشكل مؤقت. وأعلنت قيادة الجيش – مديرية التوجيه في بيان صباح اليوم توقيف ثلاثة مواطنين لبنانيين «شاركوا في الاعتداء على الرعايا السوريين وإحراق مساكنهم»، وأحالتهم إلى القضاء المختص.

وأصدرت بلدية مشغرة بياناً دعت فيه الأهالي إلى «ضبط النفس وترك التحقيق يأخذ مجراه»، مؤكدة رفضها «أي عقاب جماعي».

🔔 فعّل الإشعارات ليصلك كل جديد
المزيد من الأخبار: افتتاح موسم قطاف العنب في كفريا | انقطاع الكهرباء عن قرى البحيرة

البقاع برس © 2025 – جميع الحقوق محفوظة
""", url="https://bekaa-press.example/2025/10/19/mashghara", outlet="البقاع برس",
    published="2025-10-19", incident="u_mashghara_mob_2025_10_18",
    events=[
        ev(R, "Mob violence", "2025-10-18", rioters("Lebanon"), civ("Syria"), "mashghara", 0,
           "إقدام مجموعة من الشبان الغاضبين على مهاجمة غرف يقطنها عمال سوريون عند أطراف البلدة"),
        ev(S, "Arrests", "2025-10-19", LBN, rioters("Lebanon"), "mashghara", None,
           "توقيف ثلاثة مواطنين لبنانيين «شاركوا في الاعتداء على الرعايا السوريين وإحراق مساكنهم»", optional=True),
    ],
    notes="Local page with boilerplate. Mob attack on Syrian workers' rooms in Mashghara in the night of Saturday to "
          "Sunday (coded 18 Oct), five injured, no deaths (0). The young man found dead is an unexplained death, not "
          "coded. Army arrests announced this morning: optional.")

# ============================================================================================== PALESTINE
art("u_ps_beita_olive_harvest_settlers_wire", """
نابلس – «الضفة نيوز»

أُصيب ثمانية مواطنين، بينهم مسنّ وناشطة أجنبية متضامنة، اليوم السبت، في هجوم شنّه مستوطنون على قاطفي الزيتون في منطقة جبل قماص ببلدة بيتا جنوب نابلس.

وقال رئيس بلدية بيتا إن نحو أربعين مستوطناً، بعضهم مسلّح، هاجموا المزارعين بالهراوات والحجارة أثناء قطفهم ثمار الزيتون، وأحرقوا مركبتين تعودان لهم، واستولوا على أكياس من المحصول، وذلك تحت حماية جنود الاحتلال.

وأضاف أن الأهالي نظّموا عقب الهجوم مسيرة باتجاه المنطقة ذاتها رفضاً لمنعهم من الوصول إلى أراضيهم، فأطلقت قوات الاحتلال قنابل الغاز المسيل للدموع والرصاص المعدني المغلّف بالمطاط باتجاه المشاركين، ما أدى إلى إصابة العشرات بالاختناق.

وأفادت جمعية الهلال الأحمر بأن طواقمها تعاملت مع ثماني إصابات بالضرب والرضوض جراء هجوم المستوطنين، نقلت اثنتين منها إلى مستشفى رفيديا الحكومي، إضافة إلى 31 حالة اختناق بالغاز عولجت ميدانياً.

ويأتي الهجوم في ذروة موسم قطف الزيتون، الذي وثّقت خلاله هيئة مقاومة الجدار والاستيطان أكثر من مئتي اعتداء للمستوطنين وقوات الاحتلال على المزارعين منذ مطلع تشرين الأول الجاري.
""", url="https://dafa-news.example/2025/10/25/beita-olive", outlet="الضفة نيوز",
    published="2025-10-25", incident="u_beita_olive_harvest_2025_10_25",
    events=[
        ev(V, "Attack", "2025-10-25", SETTLERS, civ("Palestine"), "beita", 0,
           "في هجوم شنّه مستوطنون على قاطفي الزيتون في منطقة جبل قماص ببلدة بيتا جنوب نابلس"),
        ev(P, "Protest with intervention", "2025-10-25", protesters("Palestine"), ISR, "beita", 0,
           "فأطلقت قوات الاحتلال قنابل الغاز المسيل للدموع والرصاص المعدني المغلّف بالمطاط باتجاه المشاركين"),
    ],
    notes="Wire, Saturday 25 Oct 2025: settler attack on olive pickers at Beita (8 injured, no deaths: 0) and a "
          "march to the same lands dispersed by the army with tear gas and rubber-coated bullets (suffocation cases "
          "only: 0). The count of 200+ attacks this month is cumulative.")

art("u_ps_gaza_liveblog_zeitoun_rafah_beit_lahia", """
مباشر | الحرب على غزة – الأربعاء 23 تموز 2025
آخر تحديث: 21:30 بتوقيت القدس

21:30
الدفاع المدني: انتشال سبعة شهداء، بينهم ثلاثة أطفال، من تحت أنقاض منزل لعائلة أبو ريّا استهدفته غارة إسرائيلية في حي الزيتون جنوب شرقي مدينة غزة مساء اليوم، ولا يزال البحث جارياً عن مفقودين.

20:05
كتائب القسام تعلن تفجير عبوة «شواظ» بناقلة جند إسرائيلية من نوع «نميرا» في بلدة عبسان الكبيرة شرقي خان يونس، وتقول إن أفرادها وقعوا «بين قتيل وجريح».

18:40
مصادر طبية في مجمع ناصر الطبي: شهيدان وعشرات الإصابات برصاص قوات الاحتلال قرب مركز توزيع المساعدات الأميركي غربي رفح، بينما كان المواطنون ينتظرون الحصول على طرود غذائية.

16:50
مصدر طبي: شهيد وثلاث إصابات جراء القصف المدفعي على منطقة السلاطين غرب بيت لاهيا.

16:15
قصف مدفعي عنيف يطال منطقة السلاطين غرب بيت لاهيا شمالي القطاع.

09:00
وزارة الصحة في غزة: ارتفاع الحصيلة التراكمية للعدوان إلى 59,219 شهيداً و142,931 إصابة منذ السابع من أكتوبر 2023.

08:30
صباح الخير. نتابع معكم في هذه الصفحة آخر التطورات الميدانية والإنسانية في قطاع غزة لحظة بلحظة.
""", url="https://gaza-live.example/live/2025-07-23", outlet="غزة لايف",
    published="2025-07-23", incident="u_gaza_2025_07_23",
    events=[
        ev(E, "Air/drone strike", "2025-07-23", ISR, civ("Palestine"), "zeitoun", 7,
           "منزل لعائلة أبو ريّا استهدفته غارة إسرائيلية في حي الزيتون جنوب شرقي مدينة غزة مساء اليوم"),
        ev(E, "Remote explosive/landmine/IED", "2025-07-23", QASSAM, ISR, "abasan", None,
           "تفجير عبوة «شواظ» بناقلة جند إسرائيلية من نوع «نميرا» في بلدة عبسان الكبيرة"),
        ev(V, "Attack", "2025-07-23", ISR, civ("Palestine"), "rafah", 2,
           "شهيدان وعشرات الإصابات برصاص قوات الاحتلال قرب مركز توزيع المساعدات الأميركي غربي رفح"),
        ev(E, "Shelling/artillery/missile attack", "2025-07-23", ISR, civ("Palestine"), "beit_lahia", 1,
           "قصف مدفعي عنيف يطال منطقة السلاطين غرب بيت لاهيا شمالي القطاع"),
    ],
    notes="Live blog, newest first, Wednesday 23 July 2025: air strike on a house in al-Zeitoun (7 killed), Qassam "
          "IED on an Israeli APC in Abasan al-Kabira ('بين قتيل وجريح': null), shooting at aid seekers west of Rafah "
          "(2 killed), artillery on Beit Lahia (1 killed; two entries, one event). The ministry's cumulative toll is "
          "not an event.")

art("u_ps_dura_confrontations_beit_ummar_arrests_local", """
الخليل اليوم
الرئيسية | الخليل | القدس | الأسرى | تقارير | رياضة

مواجهات في دورا واعتقالات في بيت أمر خلال اقتحامات فجر اليوم

الأربعاء 14 كانون الثاني 2026

اندلعت مواجهات عنيفة فجر اليوم الأربعاء بين عشرات الشبان وقوات الاحتلال التي اقتحمت مدينة دورا جنوب غرب الخليل من عدة محاور، رشق خلالها الشبان الدوريات العسكرية بالحجارة والزجاجات الحارقة وأغلقوا الطرق بالإطارات المشتعلة، فيما ردّ الجنود بإطلاق الرصاص الحي وقنابل الغاز، ما أدى إلى إصابة شاب برصاصة في قدمه نُقل على إثرها إلى مستشفى عالية الحكومي، ووُصفت حالته بالمستقرة.

وفي بلدة بيت أمر شمال الخليل، اعتقلت قوات الاحتلال ستة شبان بعد دهم منازل ذويهم وتفتيشها والعبث بمحتوياتها، بينهم أسير محرر، وفق ما أفاد به نادي الأسير الفلسطيني.

وتشهد محافظة الخليل منذ أسابيع حملة اقتحامات شبه يومية، تتخللها اعتقالات وتحقيقات ميدانية مع العشرات.

الأكثر قراءة
1. بالصور: تساقط الثلوج على مرتفعات الخليل
2. بلدية الخليل تعلن خطة الطوارئ لفصل الشتاء
3. أسعار الذهب اليوم في فلسطين

أسعار العملات: الدولار 3.21 شيكل | الدينار 4.53 شيكل
تابعونا على تلغرام وإنستغرام
""", url="https://hebron-today.example/2026/01/14/dura-beit-ummar", outlet="الخليل اليوم",
    published="2026-01-14", incident="u_hebron_raids_2026_01_14",
    events=[
        ev(R, "Violent demonstration", "2026-01-14", rioters("Palestine"), ISR, "dura", 0,
           "رشق خلالها الشبان الدوريات العسكرية بالحجارة والزجاجات الحارقة وأغلقوا الطرق بالإطارات المشتعلة"),
        ev(S, "Arrests", "2026-01-14", ISR, civ("Palestine"), "beit_ummar", None,
           "اعتقلت قوات الاحتلال ستة شبان بعد دهم منازل ذويهم وتفتيشها", optional=True),
    ],
    notes="Local page with most-read list, currency ticker and follow widget. Stone and petrol-bomb confrontations in "
          "Dura at dawn (one wounded, 0 dead); six arrests in Beit Ummar: optional. The weeks-long raid campaign is "
          "background.")

art("u_ps_rafah_hamas_abu_shabab_clash_wire", """
غزة – «المتوسط للأنباء»

قُتل أربعة من عناصر ميليشيا «القوات الشعبية» التي يقودها ياسر أبو شباب، وعنصر من الأجهزة الأمنية التابعة لحركة «حماس»، في اشتباكات اندلعت مساء الأربعاء شرقي مدينة رفح جنوبي قطاع غزة، بحسب ما أفادت به مصادر محلية وأمنية لـ«المتوسط».

وقالت وحدة «سهم» التابعة لوزارة الداخلية في غزة، في بيان نشرته على قناتها في «تلغرام» صباح الخميس، إن عناصرها نصبوا كميناً لمجموعة من «العملاء المتعاونين مع الاحتلال» قرب ما يُعرف بـ«الخط الأصفر»، واشتبكوا معها لأكثر من ساعة، وقتلوا أربعة منهم، فيما «ارتقى أحد عناصر الوحدة».

في المقابل، قالت «القوات الشعبية» في منشور على صفحتها إن مقاتليها «تصدّوا لهجوم غادر» و«كبّدوا المهاجمين خسائر فادحة»، من دون أن تقدّم أرقاماً.

وتنشط المجموعة المسلحة في المناطق الواقعة تحت سيطرة الجيش الإسرائيلي شرقي رفح منذ أشهر، وتتهمها الفصائل الفلسطينية بالتعاون مع الاحتلال ونهب شاحنات المساعدات، وهو ما تنفيه.

ولم يعلّق الجيش الإسرائيلي على الحادثة.
""", url="https://mediterranean-news.example/2025/11/27/rafah-clash", outlet="المتوسط للأنباء",
    published="2025-11-27", incident="u_rafah_abu_shabab_clash_2025_11_26",
    events=[
        ev(B, "Armed clash", "2025-11-26", HAMAS, ABU_SHABAB, "rafah", 5,
           "في اشتباكات اندلعت مساء الأربعاء شرقي مدينة رفح جنوبي قطاع غزة"),
    ],
    notes="Wire, Thursday 27 Nov 2025: Hamas's Sahm unit ambushes the Abu Shabab 'Popular Forces' east of Rafah on "
          "Wednesday evening (26 Nov): 4 militia + 1 Hamas member killed = 5 (the militia's 'heavy losses' claim gives "
          "no number). The accusations of aid looting are background.")
# ================================================================================================= JORDAN
art("u_jo_mafraq_border_smugglers_clash_army", """
البادية الشمالية نيوز
محليات | المفرق | البادية | اقتصاد | رياضة

الجيش: مقتل ثلاثة مهربين وإحباط تهريب كميات كبيرة من المخدرات على الواجهة الشمالية

الجمعة 23 كانون الثاني 2026

صرّح مصدر عسكري مسؤول في القيادة العامة للقوات المسلحة الأردنية – الجيش العربي، بأن المنطقة العسكرية الشمالية، وبالتنسيق مع إدارة مكافحة المخدرات والأجهزة الأمنية العسكرية، أحبطت فجر اليوم محاولة تسلل وتهريب كميات كبيرة من المواد المخدرة قادمة من الأراضي السورية إلى الأراضي الأردنية، مستغلين الظروف الجوية السائدة والضباب الكثيف.

وأضاف المصدر أنه جرى تطبيق قواعد الاشتباك، ما أدى إلى مقتل ثلاثة من المهربين وإصابة آخرين وفرار البقية إلى داخل العمق السوري، وضبط (١٨٠) كفاً من مادة الحشيش و(٢٫٤) مليون حبة كبتاجون، وتم تحويل المضبوطات إلى الجهات المختصة.

وبحسب مصادر محلية، فإن الاشتباك وقع في المنطقة الحدودية المقابلة لبلدة أم الجمال شرقي المفرق، حيث سُمع تبادل كثيف لإطلاق النار استمر قرابة أربعين دقيقة.

وكانت قوات حرس الحدود قد أسقطت، الثلاثاء الماضي، طائرة مسيّرة محمّلة بأسلحة وذخائر حاولت اجتياز الحدود على الواجهة ذاتها.

وأكد المصدر أن القوات المسلحة ستتعامل «بكل قوة وحزم» مع أي تهديد على الواجهات الحدودية، وستضرب بيد من حديد كل من تسوّل له نفسه العبث بأمن الوطن.

شارك: فيسبوك | إكس | واتساب
""", url="https://badia-news.example/local/2026/01/23/border-smugglers", outlet="البادية الشمالية نيوز",
    published="2026-01-23", incident="u_mafraq_border_smugglers_2026_01_23",
    events=[
        ev(B, "Armed clash", "2026-01-23", JOR, uag("Jordan"), "umm_jimal", 3,
           "جرى تطبيق قواعد الاشتباك، ما أدى إلى مقتل ثلاثة من المهربين"),
        ev(S, "Disrupted weapons use", "2026-01-20", JOR, None, ("Jordan", "Mafraq", None, None, None), None,
           "أسقطت، الثلاثاء الماضي، طائرة مسيّرة محمّلة بأسلحة وذخائر حاولت اجتياز الحدود على الواجهة ذاتها",
           optional=True),
    ],
    notes="Local site relaying the army's statement, Friday 23 Jan 2026: firefight with drug smugglers at dawn on "
          "the northern front, placed by local sources opposite Umm al-Jimal, 3 smugglers killed. Side event: a "
          "weapons drone downed 'last Tuesday' (20 Jan) on the same front, no precise place: optional, no point. "
          "The closing warning is not an event.")

# ================================================================================================== YEMEN
art("u_ye_harib_position_lost_retaken_juba_drone", """
مأرب اليوم – خاص
الثلاثاء 26 شوال 1447هـ – الموافق 14 أبريل 2026م

الجيش يستعيد تبّة الصفراء في حريب بعد ساعات من سيطرة الحوثيين عليها.. ومسيّرة مفخخة تستهدف موقعاً في الجوبة

شنّت ميليشيا الحوثي، فجر أمس الاثنين، هجوماً واسعاً على مواقع الجيش الوطني في جبهة حريب جنوبي محافظة مأرب، وتمكّنت من السيطرة على تبّة الصفراء الاستراتيجية المطلّة على الخط الرابط بين حريب ومديرية العين، بعد معارك عنيفة استمرت نحو ست ساعات، وفق ما أفاد به مصدر عسكري لـ«مأرب اليوم».

وأوضح المصدر أن المواجهات أسفرت عن استشهاد أربعة من أفراد الجيش، بينهم قائد سرية، وإصابة تسعة آخرين، فيما سقط أكثر من عشرين قتيلاً في صفوف المهاجمين، ولم تعلّق وسائل إعلام الجماعة على الهجوم.

وفي مديرية الجوبة، استهدفت الميليشيا بطائرة مسيّرة مفخخة موقعاً للجيش في منطقة الفلج مساء اليوم نفسه، ما أسفر عن إصابة جنديين بجروح طفيفة.

وصباح اليوم الثلاثاء، أعلن المركز الإعلامي للقوات المسلحة أن وحدات الجيش شنّت هجوماً معاكساً تمكّنت خلاله من استعادة تبّة الصفراء وتطهيرها بالكامل، واغتنام أسلحة متوسطة وخفيفة خلّفتها الميليشيا، من دون أن يذكر حصيلة للقتلى.

وتشهد جبهات جنوب مأرب منذ مطلع شوال تصعيداً حوثياً متواصلاً، رغم الدعوات الأممية المتكررة للتهدئة والبناء على خارطة الطريق.
""", url="https://marib-today.example/news/2026/04/14/harib", outlet="مأرب اليوم",
    published="2026-04-14", incident="u_harib_front_2026_04_13",
    events=[
        ev(B, "Non-state actor overtakes territory", "2026-04-13", HOUTHI, YEM, "harib", 24,
           "وتمكّنت من السيطرة على تبّة الصفراء الاستراتيجية المطلّة على الخط الرابط بين حريب ومديرية العين"),
        ev(E, "Air/drone strike", "2026-04-13", HOUTHI, YEM, "juba_ye", 0,
           "استهدفت الميليشيا بطائرة مسيّرة مفخخة موقعاً للجيش في منطقة الفلج مساء اليوم نفسه"),
        ev(B, "Government regains territory", "2026-04-14", YEM, HOUTHI, "harib", None,
           "تمكّنت خلاله من استعادة تبّة الصفراء وتطهيرها بالكامل"),
    ],
    notes="Marib outlet, Hijri and Gregorian date (Tue 26 Shawwal 1447 = 14 Apr 2026). Monday 13 Apr: Houthis take a "
          "hill in Harib (4 soldiers + 'more than twenty' attackers per an army source, uncontradicted: 24); the "
          "same evening an explosive drone hits an army position in al-Juba (2 lightly wounded: 0). Tuesday 14 Apr: "
          "the army retakes the hill (no toll: null). The escalation 'since early Shawwal' is background.")

art("u_ye_durayhimi_blast_children_government_outlet", """
تهامة برس

مقتل طفلين وإصابة ثالث بانفجار لغم حوثي في الدريهمي جنوب الحديدة

الخميس 5 ربيع الأول 1447هـ / 28 أغسطس 2025م

قُتل طفلان وأُصيب ثالث بجروح بالغة، مساء أمس الأربعاء، بانفجار لغم أرضي من مخلفات ميليشيا الحوثي في مزرعة بقرية الشجيرة التابعة لمديرية الدريهمي جنوب مدينة الحديدة، أثناء رعيهم الأغنام، بحسب مصادر محلية.

وقالت المصادر لـ«تهامة برس» إن الأطفال الثلاثة، وأعمارهم بين 9 و13 عاماً، من أسرة واحدة، وإن المصاب نُقل إلى مستشفى في مدينة الخوخة لتلقي العلاج.

وتُعدّ مديرية الدريهمي من أكثر مناطق الساحل الغربي تلوثاً بالألغام والعبوات الناسفة التي زرعتها الميليشيا خلال سنوات الحرب، وفق تقارير فرق نزع الألغام، التي تؤكد أنها انتزعت منها آلاف الألغام والذخائر غير المنفجرة.

وطالبت منظمات حقوقية المجتمع الدولي بالضغط على الجماعة لتسليم خرائط الألغام التي زرعتها في المحافظة.

#الحديدة #الألغام_الحوثية #اليمن
""", url="https://tihama-press.example/news/2025/08/28/durayhimi-mine", outlet="تهامة برس",
    published="2025-08-28", incident="u_durayhimi_blast_2025_08_27",
    events=[
        ev(E, "Remote explosive/landmine/IED", "2025-08-27", HOUTHI, civ("Yemen"), "durayhimi", 2,
           "بانفجار لغم أرضي من مخلفات ميليشيا الحوثي في مزرعة بقرية الشجيرة التابعة لمديرية الدريهمي"),
    ],
    notes="Government-side outlet (Hijri and Gregorian date): war-remnant landmine blamed on the Houthis kills two "
          "children in al-Durayhimi 'masa' ams al-arbi'a' (27 Aug). The Houthi-side outlet tells the same blast as a "
          "coalition cluster bomblet with 3 dead. Demining totals are background.")

art("u_ye_durayhimi_blast_children_sanaa_outlet", """
الحديدة – «ساحل نيوز»

استشهد ثلاثة أطفال وأُصيب رابع، عصر اليوم الأربعاء، جراء انفجار قنبلة عنقودية من مخلفات العدوان الأمريكي السعودي في مديرية الدريهمي بمحافظة الحديدة.

وأوضح مصدر محلي أن الأطفال عثروا على جسم غريب أثناء رعيهم الأغنام في أحد الوديان بالمديرية، وانفجر بهم أثناء عبثهم به، ما أدى إلى استشهاد ثلاثة منهم على الفور وإصابة الرابع بجروح خطيرة.

وأشار المصدر إلى أن مخلفات العدوان من القنابل العنقودية والذخائر غير المنفجرة لا تزال تحصد أرواح المواطنين، ولا سيما الأطفال، في مختلف مديريات المحافظة، رغم انتهاء العمليات العسكرية فيها.

ووفقاً للمركز التنفيذي للتعامل مع الألغام، فقد تسببت مخلفات العدوان منذ مطلع العام الجاري في سقوط عشرات الضحايا بين شهيد وجريح في محافظة الحديدة وحدها.
""", url="https://sahil-news.example/2025/08/27/durayhimi-cluster", outlet="ساحل نيوز",
    published="2025-08-27", incident="u_durayhimi_blast_2025_08_27",
    events=[
        ev(E, "Remote explosive/landmine/IED", "2025-08-27", COALITION, civ("Yemen"), "durayhimi", 3,
           "جراء انفجار قنبلة عنقودية من مخلفات العدوان الأمريكي السعودي في مديرية الدريهمي"),
    ],
    notes="Houthi-side outlet, same day: the same blast told as a coalition cluster bomblet, 3 children killed (the "
          "government-side outlet says a Houthi mine and 2 dead). Actor1 follows this text's attribution. The "
          "cumulative figure since January is background.")

art("u_ye_saada_munabbih_razih_saudi_shelling", """
صعدة برس
الإثنين 24 ذو القعدة 1447هـ – 11 مايو 2026م

أربعة شهداء من المهاجرين بقصف مدفعي سعودي على سوق الرقو في منبه

صعدة – صعدة برس

استشهد أربعة مهاجرين من الجنسية الإثيوبية وأُصيب ستة آخرون، أمس الأحد، جراء قصف مدفعي سعودي استهدف سوق الرقو الشعبي بمديرية منبه الحدودية بمحافظة صعدة.

وأفاد مصدر محلي بأن قذائف المدفعية السعودية سقطت على تجمّع للمهاجرين وسط السوق في ساعات الظهيرة، ما أدى إلى سقوط الضحايا وإلحاق أضرار بعدد من المحال التجارية.

كما طال قصف صاروخي ومدفعي سعودي، مساء اليوم ذاته، مناطق متفرقة من مديرية رازح، ما أدى إلى إصابة مواطن بجروح وتضرّر منازل وممتلكات المواطنين.

ويتعرض سوق الرقو للقصف بشكل متكرر، إذ يُعدّ نقطة عبور رئيسية للمهاجرين الأفارقة المتجهين نحو الحدود، وقد وثّقت منظمات محلية سقوط مئات الضحايا فيه خلال السنوات الماضية.
""", url="https://saada-press.example/2026/05/11/raqw-market", outlet="صعدة برس",
    published="2026-05-11", incident="u_saada_border_shelling_2026_05_10",
    events=[
        ev(E, "Shelling/artillery/missile attack", "2026-05-10", SAU, civ("Ethiopia"), "munabbih", 4,
           "جراء قصف مدفعي سعودي استهدف سوق الرقو الشعبي بمديرية منبه الحدودية"),
        ev(E, "Shelling/artillery/missile attack", "2026-05-10", SAU, civ("Yemen"), "razih", 0,
           "طال قصف صاروخي ومدفعي سعودي، مساء اليوم ذاته، مناطق متفرقة من مديرية رازح"),
    ],
    notes="Saada outlet, Monday 11 May 2026 (Hijri date given too): Saudi artillery on al-Raqw market in Munabbih "
          "Sunday (10 May), 4 Ethiopian migrants killed; shelling of Razih the same evening, one wounded (0). The "
          "market's past toll is history.")

# =================================================================================================== IRAN
art("u_ir_iranshahr_police_post_attack_sarbaz_clash", """
زاهدان (إيران) – «المحيط للأنباء»

قُتل ثلاثة من عناصر الشرطة الإيرانية وأُصيب اثنان آخران، فجر الثلاثاء، في هجوم مسلح استهدف مركزاً للشرطة في مدينة إيرانشهر بمحافظة سيستان وبلوشستان جنوب شرقي البلاد، تبنّته جماعة «جيش العدل» البلوشية المعارضة، وفق ما نقلته وكالات إيرانية رسمية.

وقال مساعد الشؤون الأمنية لمحافظ سيستان وبلوشستان إن المهاجمين «استخدموا أسلحة خفيفة وقاذفات آر بي جي، وفرّوا بعد اشتباك استمر نحو عشرين دقيقة» مع عناصر المركز.

وفي تطور لاحق، أعلن مقر القدس التابع للقوة البرية للحرس الثوري، صباح اليوم الأربعاء، أن قواته قتلت ثلاثة من «الإرهابيين» المتورطين في الهجوم واعتقلت اثنين آخرين، خلال اشتباك في منطقة جبلية وعرة تابعة لقضاء سرباز، وصادرت أسلحة وذخائر.

وتشهد محافظة سيستان وبلوشستان، إحدى أفقر المحافظات الإيرانية، مواجهات متقطعة بين قوات الأمن ومسلحين بلوش، إضافة إلى عصابات تهريب المخدرات والوقود.
""", url="https://almuheet-news.example/2026/01/07/iranshahr-attack", outlet="المحيط للأنباء",
    published="2026-01-07", incident="u_iranshahr_attack_2026_01_06",
    events=[
        ev(B, "Armed clash", "2026-01-06", JAISH_ADL, IRN_POL, "iranshahr", 3,
           "في هجوم مسلح استهدف مركزاً للشرطة في مدينة إيرانشهر بمحافظة سيستان وبلوشستان"),
        ev(B, "Armed clash", "2026-01-07", IRGC, JAISH_ADL, "sarbaz", 3,
           "خلال اشتباك في منطقة جبلية وعرة تابعة لقضاء سرباز"),
    ],
    notes="Wire, Wednesday 7 Jan 2026: Jaish al-Adl attack with a 20-minute firefight on a police station in "
          "Iranshahr at dawn Tuesday (6 Jan), 3 police killed; IRGC clash in the Sarbaz mountains this morning "
          "(7 Jan), 3 militants killed and 2 arrested (arrests part of the battle).")

art("u_ir_piranshahr_kolbar_killed_funeral_protest", """
مرصد روجهلات لحقوق الإنسان – النشرة العربية
تقرير

مقتل عتّال برصاص حرس الحدود في بيرانشهر ومقتل شاب خلال تفريق جنازته

أفاد مرصد روجهلات لحقوق الإنسان بأن عناصر من قوات حرس الحدود الإيراني أطلقوا النار مباشرة ومن دون سابق إنذار، مساء الاثنين 15 كانون الأول/ديسمبر 2025، على مجموعة من العتّالين (الكولبرية) في المرتفعات الحدودية التابعة لمدينة بيرانشهر بمحافظة أذربيجان الغربية، ما أدى إلى مقتل العتّال هيوا ك. (27 عاماً) وإصابة اثنين آخرين.

وأضاف المرصد أن جنازة الضحية في بيرانشهر تحولت بعد ظهر الثلاثاء إلى تجمّع احتجاجي ردّد فيه المشاركون هتافات ضد «القتل الممنهج للعتّالين»، قبل أن تتدخل قوات الأمن وتطلق الرصاص الحي والغاز المسيل للدموع لتفريقهم، ما أسفر عن مقتل الشاب آرين م. (19 عاماً) وإصابة ما لا يقل عن سبعة آخرين، واعتقال ثمانية أشخاص على الأقل.

ولم تعلّق السلطات الإيرانية على الحادثتين حتى لحظة إعداد هذا التقرير.

وبحسب إحصائيات المرصد، قُتل 43 عتّالاً وأُصيب أكثر من 180 آخرين برصاص القوات الإيرانية منذ مطلع عام 2025، في المناطق الحدودية لمحافظات أذربيجان الغربية وكردستان وكرمانشاه.

الأربعاء 17 كانون الأول/ديسمبر 2025
""", url="https://rojhelat-monitor.example/ar/reports/2025-12-17-piranshahr", outlet="مرصد روجهلات لحقوق الإنسان",
    published="2025-12-17", incident="u_piranshahr_kolbar_2025_12_15",
    events=[
        ev(V, "Attack", "2025-12-15", IRN_POL, civ("Iran"), "piranshahr", 1,
           "أطلقوا النار مباشرة ومن دون سابق إنذار، مساء الاثنين 15 كانون الأول/ديسمبر 2025، على مجموعة من العتّالين (الكولبرية)"),
        ev(P, "Excessive force against protesters", "2025-12-16", protesters("Iran"), IRN_POL, "piranshahr", 1,
           "قبل أن تتدخل قوات الأمن وتطلق الرصاص الحي والغاز المسيل للدموع لتفريقهم"),
    ],
    notes="Rights monitor's report dated Wednesday 17 Dec 2025: border guards (police) shoot porters near Piranshahr "
          "on Monday 15 Dec (1 killed); the funeral on Tuesday afternoon (16 Dec) turns into a protest dispersed with "
          "live fire (1 killed; detentions part of the event). The yearly total of 43 porters is cumulative.")

# ================================================================================================= TURKEY
art("u_tr_yuksekova_trustee_protest_dispersed", """
الجنوب الشرقي – النسخة العربية
تركيا | كردستان | سياسة | حقوق | ثقافة

الشرطة تفرّق بالغاز والمياه المضغوطة مسيرة في يوكسيكوفا ضد تعيين وصيّ على البلدية

هكاري – الجنوب الشرقي
17 حزيران 2025

فرّقت الشرطة التركية، مساء الاثنين، مسيرة نظّمها مئات من أنصار حزب المساواة وديمقراطية الشعوب (ديم) في بلدة يوكسيكوفا التابعة لولاية هكاري، احتجاجاً على عزل رئيس البلدية المنتخب وتعيين قائمقام القضاء وصيّاً عليها، مستخدمةً الغاز المسيل للدموع وخراطيم المياه المضغوطة، واحتجزت 14 شخصاً بينهم عضو في مجلس البلدية.

وكان المحتجون قد تجمّعوا أمام مقر الحزب في الشارع الرئيسي قبل أن يحاولوا التوجه نحو مبنى البلدية، حيث اعترضتهم عربات مكافحة الشغب، ولم يُبلَّغ عن إصابات.

وقالت ولاية هكاري في بيان إن المسيرة «غير مرخّصة»، مذكّرة بقرار حظر جميع التجمعات والمظاهرات في الولاية لمدة خمسة عشر يوماً.

ونددت الرئاسة المشتركة للحزب بما وصفته بـ«الانقلاب على إرادة الناخبين»، داعية إلى وقفات احتجاجية في مدن الجنوب الشرقي خلال الأيام المقبلة.

شارك المقال: X | Facebook | WhatsApp
""", url="https://guneydogu-ar.example/2025/06/17/yuksekova-trustee", outlet="الجنوب الشرقي – النسخة العربية",
    published="2025-06-17", incident="u_yuksekova_protest_2025_06_16",
    events=[
        ev(P, "Protest with intervention", "2025-06-16", protesters("Turkey"), TUR_POL, "yuksekova", 0,
           "فرّقت الشرطة التركية، مساء الاثنين، مسيرة نظّمها مئات من أنصار حزب المساواة وديمقراطية الشعوب (ديم) في بلدة يوكسيكوفا"),
    ],
    notes="Kurdish-affairs site, 17 June 2025: march in Yuksekova on Monday evening (16 June) against a trustee, "
          "dispersed with tear gas and water cannon, 14 detained (part of the event), no injuries reported (0). The "
          "call for future protests and the ban are not events.")
# ===================================================================================== HARD NON-EVENT ARTICLES
art("u_sy_latakia_forest_fires_front_lines_feature", """
جبهات النار في ريف اللاذقية: ثمانية أيام من «الحرب» على اللهب

تحقيق – «الساحل السوري»
الخميس 10 تموز 2025

على سفوح جبل التركمان وفي أحراج قسطل معاف، لا يتحدث رجال الإطفاء إلا بلغة الحرب: «محاور»، «خطوط تماس»، «هجوم معاكس» و«نقاط ارتكاز». يقول أبو محمد، وهو متطوع في الدفاع المدني منذ عشر سنوات، إن «الجبهة الشمالية انهارت ليلة الأحد، وخسرنا تلة كاملة خلال ساعة واحدة، قبل أن نستعيدها عند الفجر بمساعدة الطائرات».

ثمانية أيام متواصلة والنيران تلتهم آلاف الهكتارات من الغابات، فيما تتنقل فرق الإطفاء بين الوديان تحت سماء رمادية. وتحوّلت المعركة إلى سباق مع الريح، خصوصاً بعد أن دفعت الرياح الشرقية ألسنة اللهب نحو القرى المأهولة.

ويضاعف الخطرَ انتشار مخلفات الحرب في هذه الجبال التي كانت خطوط جبهة بين عامَي 2012 و2020؛ إذ سُمعت خلال الأيام الماضية أصوات انفجارات متتالية لذخائر غير منفجرة بفعل الحرارة، ما أجبر الفرق على الانسحاب من بعض المحاور، من دون أن يُصاب أحد.

وتقول وزارة الطوارئ وإدارة الكوارث إن «العدو الحقيقي هو الجفاف»، مشيرة إلى أن نسبة الرطوبة المنخفضة وارتفاع درجات الحرارة إلى ما فوق الأربعين حوّلا الغابات إلى «برميل بارود».

وفي قرية ربيعة، يقف المزارع خالد أمام بستان التفاح المتفحم: «لم يبقَ شيء. كأن قذيفة سقطت على تعب عشرين سنة».

وتواصل فرق من الدفاع المدني وأفواج إطفاء من محافظات عدة، إلى جانب طائرات أرسلتها دول مجاورة، عملياتها للسيطرة على آخر البؤر المشتعلة، وسط توقعات بانخفاض درجات الحرارة مطلع الأسبوع المقبل.
""", url="https://syrian-coast.example/features/2025/07/10/fires-front", outlet="الساحل السوري",
    published="2025-07-10",
    notes="Hard negative: wildfire feature told in war language (fronts, counter-attack, hills lost and retaken, "
          "'as if a shell fell'); old ordnance cooking off in the heat with no victims and no actor; no conflict event.")

art("u_iq_yazidi_survivors_compensation_payments", """
بغداد – «الرافدين اليوم»

أعلنت المديرية العامة لشؤون الناجيات في وزارة العمل والشؤون الاجتماعية، اليوم الأحد، إطلاق الدفعة الثامنة من الرواتب والتعويضات المخصصة للناجيات والناجين الإيزيديين من جرائم تنظيم «داعش»، تزامناً مع الذكرى الحادية عشرة للإبادة التي تعرّض لها الإيزيديون في قضاء سنجار في الثالث من آب 2014.

وقال مدير عام المديرية في مؤتمر صحفي إن عدد المشمولين بقانون الناجيات الإيزيديات بلغ حتى الآن 2,315 ناجية وناجياً، بينهم نساء تعرّضن للاختطاف والسبي والاغتصاب، وأطفال جُنّدوا قسراً في معسكرات التنظيم، فضلاً عن ناجين من المقابر الجماعية التي نفّذ فيها التنظيم عمليات إعدام جماعية.

وأضاف أن اللجنة المختصة ما زالت تدقّق في أكثر من ستمئة طلب جديد، مشيراً إلى أن «مصير أكثر من 2,600 مختطف ومختطفة ما زال مجهولاً حتى اليوم».

من جهتها، انتقدت منظمات إيزيدية «بطء الإجراءات»، مؤكدة أن كثيراً من الناجيات ما زلن يعشن في المخيمات في دهوك بعد أحد عشر عاماً على المجزرة، وأن عشرات المقابر الجماعية في سنجار لم تُفتح بعد.

وتُحيي الطائفة الإيزيدية ذكرى الإبادة في الثالث من آب من كل عام بمراسم في معبد لالش ومجمعات سنجار، حيث تُرفع صور الضحايا وتُقرأ أسماء المفقودين.
""", url="https://rafidain-today.example/2025/08/03/yazidi-survivors", outlet="الرافدين اليوم",
    published="2025-08-03",
    notes="Hard negative: compensation payments on the 11th anniversary of the 2014 Sinjar genocide; abductions, "
          "rape, executions and mass graves are all from 2014.")

art("u_iq_anbar_tribes_ultimatum_statement", """
بيان صادر عن شيوخ ووجهاء عشائر غرب الأنبار

بسم الله الرحمن الرحيم

نحن شيوخ ووجهاء عشائر أقضية القائم وعنه وراوة والرطبة، وبعد اجتماعنا الموسّع المنعقد في مضيف عشيرة البو محل يوم الأربعاء 20 أيار 2026، نعلن ما يلي:

أولاً: نمهل الحكومة الاتحادية اثنتين وسبعين ساعة لإطلاق سراح أبنائنا المعتقلين منذ أشهر من دون أوامر قضائية، أو إحالتهم إلى المحاكم المختصة.

ثانياً: في حال عدم الاستجابة، فإننا سنلجأ إلى «كل الخيارات المتاحة»، بما فيها قطع الطريق الدولي الرابط بين بغداد والحدود السورية والأردنية، وتنظيم اعتصام مفتوح أمام مبنى المحافظة.

ثالثاً: نحمّل الحكومة كامل المسؤولية عن أي تصعيد أو انفلات قد يحصل، ونؤكد أن عشائر الأنبار التي قاتلت الإرهاب وقدّمت آلاف الشهداء في معارك التحرير لن تقبل بأن يُعامل أبناؤها كمتهمين.

رابعاً: ندعو أبناء عشائرنا إلى ضبط النفس والالتزام بالتعليمات لحين انتهاء المهلة.

والله ولي التوفيق.

[نشرته صفحة «أخبار القائم» على فيسبوك]
""", url="https://social.example/akhbar.alqaim/posts/99120", outlet="أخبار القائم (صفحة فيسبوك)",
    published="2026-05-20",
    notes="Hard negative: a tribal ultimatum threatening to cut the international road and to sit in; the meeting "
          "itself is not a protest; the fight against ISIS is history.")

art("u_tr_ankara_peace_commission_hearing", """
أنقرة – «الأناضول العربي برس»

استمعت «لجنة التضامن الوطني والأخوّة والديمقراطية» في البرلمان التركي، اليوم الجمعة، إلى شهادات ممثلين عن عائلات جنود قُتلوا خلال أربعة عقود من الصراع المسلح مع حزب العمال الكردستاني، وعائلات مدنيين فقدوا أبناءهم في الجنوب الشرقي، في جلسة مطوّلة وُصفت بأنها «الأكثر حساسية» منذ تشكيل اللجنة.

وقالت والدة أحد الجنود الذين سقطوا في اشتباكات بولاية شرناق عام 2016 إن «الدم الذي سال في هذه الجبال يجب ألا يذهب هدراً، وإن السلام هو الوفاء الحقيقي للشهداء». فيما روى أبٌ من ديار بكر كيف فقد ابنه خلال حظر التجوال في حي سور عام 2015.

وتبادل نواب الحزب الحاكم وحزب «ديم» الاتهامات خلال الجلسة، إذ طالب الأولون بـ«إتمام نزع السلاح بالكامل والتحقق منه قبل أي خطوة قانونية»، بينما شدد الآخرون على ضرورة إقرار «قانون انتقالي» يضمن عودة المقاتلين والإفراج عن السجناء السياسيين.

وانتهت الجلسة من دون التوافق على مسودة التقرير الأولي، وقرر رئيس اللجنة تأجيل النقاش إلى الأسبوع المقبل.

وكان الحزب قد أعلن في أيار الماضي حلّ نفسه وإنهاء الكفاح المسلح، في خطوة وصفتها أنقرة بـ«التاريخية».
""", url="https://anadolu-arab-press.example/2025/09/05/commission", outlet="الأناضول العربي برس",
    published="2025-09-05",
    notes="Hard negative: parliamentary peace-process hearing with testimonies about 2015-2016 deaths; talks end "
          "without agreement; the PKK's dissolution in May is background.")

art("u_jo_army_annual_border_smuggling_statistics", """
الجيش العربي يكشف حصيلة عام 2025 على الواجهات الحدودية

عمّان – «الأردن اليوم»
الجمعة 2 كانون الثاني 2026

كشفت القيادة العامة للقوات المسلحة الأردنية – الجيش العربي، اليوم الجمعة، عن حصيلة عملياتها على الواجهات الحدودية خلال عام 2025، مؤكدة أنها تعاملت مع «أكثر من 310 محاولات تسلل وتهريب» معظمها على الواجهتين الشمالية والشرقية.

وبحسب الإيجاز الإحصائي الصادر عن مديرية الإعلام العسكري، فقد أسفر تطبيق قواعد الاشتباك خلال العام عن مقتل 61 مهرباً وإصابة العشرات، فيما أسقطت منظومات الدفاع الجوي والتشويش 112 طائرة مسيّرة كانت تحمل مواد مخدرة وأسلحة ومتفجرات.

وأشار الإيجاز إلى ضبط نحو 27 مليون حبة كبتاجون و19 ألف كف حشيش، إضافة إلى 340 قطعة سلاح متنوعة وكميات من الذخائر والقنابل اليدوية، لافتاً إلى أن شبكات التهريب «باتت تعتمد أساليب جديدة، كاستغلال الظروف الجوية والمنخفضات».

وقال مدير الإعلام العسكري إن القوات المسلحة «خاضت على مدار العام معركة حقيقية ومفتوحة ضد شبكات منظمة تحظى بدعم جماعات مسلحة»، مؤكداً أن «الحرب على المخدرات لن تتوقف».

وأشاد رئيس هيئة الأركان المشتركة بجهود «نشامى حرس الحدود» الذين ارتقى منهم شهيدان خلال العام في اشتباكات على الواجهة الشمالية.
""", url="https://jordan-today.example/2026/01/02/army-border-stats", outlet="الأردن اليوم",
    published="2026-01-02",
    notes="Hard negative: yearly cumulative statistics (61 smugglers killed, 112 drones downed, two soldiers killed "
          "during the year); no dated incident.")

art("u_lb_july_war_20th_anniversary_maroun_al_ras", """
مارون الراس – «الجنوب نيوز»

في الذكرى العشرين لحرب تموز 2006، احتشد المئات، مساء الأحد، في حديقة «إيران» عند تلة مارون الراس المطلة على الأراضي الفلسطينية المحتلة، حيث أُضيئت الشموع أمام لوحات تحمل صور الشهداء الذين سقطوا في معارك البلدة وبنت جبيل وعيتا الشعب قبل عقدين.

واستعاد المتحدثون في الاحتفال «ملاحم» الأيام الثلاثة والثلاثين، من معركة مارون الراس الأولى في الأيام الأولى للحرب، إلى «مجزرة الدبابات» في وادي الحجير، وصولاً إلى مجزرة قانا الثانية التي راح ضحيتها عشرات المدنيين بينهم أطفال.

وقال رئيس البلدية إن «القرى التي دُمّرت عام 2006 ثم دُمّرت مجدداً في الحرب الأخيرة ما زالت تنتظر إعادة الإعمار»، مطالباً الدولة بـ«عدم ترك الجنوب وحيداً».

وعُرض خلال المناسبة فيلم وثائقي قصير تضمّن شهادات لمقاتلين سابقين ومسعفين، روى أحدهم كيف «كانت الغارات لا تتوقف ليلاً ونهاراً، وكنا ننقل الجرحى على الأكتاف عبر الوديان».

واختُتم الاحتفال بعرض للألعاب النارية ونشيد وطني، وسط إجراءات أمنية مشددة من الجيش اللبناني.
""", url="https://aljanoub-news.example/2026/07/12/july-war-20", outlet="الجنوب نيوز",
    published="2026-07-13",
    notes="Hard negative: 20th anniversary of the 2006 war; all battles, strikes and massacres are from 2006 or an "
          "earlier war; the commemoration is not a protest.")

art("u_ye_marib_fuel_station_explosion_accident", """
مأرب – «سبأ الجديدة»

لقي ستة أشخاص حتفهم وأُصيب أربعة عشر آخرون، مساء الإثنين، في انفجار ضخم هزّ محطة لتعبئة الوقود في حي الروضة بمدينة مأرب، أعقبه حريق هائل امتد إلى محال تجارية مجاورة.

وقال مدير الدفاع المدني في المحافظة إن التحقيقات الأولية تشير إلى أن الانفجار نجم عن «تسرب من صهريج كان يفرّغ حمولته من البنزين في خزانات المحطة، واشتعاله بفعل ماس كهربائي في مولّد قريب»، مستبعداً «أي شبهة جنائية أو عمل عدائي».

وأوضح أن فرق الإطفاء خاضت «معركة حقيقية» استمرت أكثر من ثلاث ساعات للسيطرة على النيران ومنع وصولها إلى خزانات الغاز في محطة مجاورة، لافتاً إلى أن دويّ الانفجار سُمع في أرجاء المدينة، ما أثار الذعر بين السكان الذين ظنوا في البداية أنه هجوم صاروخي حوثي.

ووجّه محافظ مأرب بتشكيل لجنة فنية لمراجعة اشتراطات السلامة في جميع محطات الوقود وإغلاق المخالفة منها، فيما نُقل المصابون إلى مستشفى هيئة مأرب العام.

وتعاني المدينة، التي تستضيف أكثر من مليوني نازح، من انتشار عشوائي لمحطات الوقود داخل الأحياء السكنية.
""", url="https://saba-jadida.example/2026/06/09/marib-station-blast", outlet="سبأ الجديدة",
    published="2026-06-09",
    notes="Hard negative: fuel-station explosion in Marib city (6 dead) ruled an accident by civil defence, 'any "
          "hostile act' excluded; the residents' first guess of a Houthi missile is explicitly wrong.")
art("u_iq_elections_security_plan_joc", """
بغداد – «المسلة نيوز»

أعلنت قيادة العمليات المشتركة، اليوم الأربعاء، اكتمال استعداداتها لتأمين الانتخابات البرلمانية المقررة في الحادي عشر من تشرين الثاني الجاري، مؤكدة أنها ستنشر أكثر من 180 ألف منتسب من الجيش والشرطة والحشد الشعبي لحماية نحو ثمانية آلاف مركز اقتراع في عموم المحافظات.

وقال المتحدث باسم القيادة في مؤتمر صحفي إن الخطة الأمنية تتضمن ثلاثة أطواق حول المراكز الانتخابية، وفرض حظر لتجوال المركبات بين المحافظات قبل يوم الاقتراع بأربع وعشرين ساعة، وإغلاق المطارات والمنافذ الحدودية يوم التصويت.

وأضاف أن القوات الأمنية «ستتعامل بحزم» مع أي محاولة لإرباك العملية الانتخابية، وأن الأجهزة الاستخبارية نفّذت خلال الأسابيع الماضية «عمليات استباقية» لملاحقة خلايا إرهابية كانت تخطط لاستهداف التجمعات الانتخابية، من دون أن يقدّم تفاصيل.

وأشار إلى أن طيران الجيش سيُجري طلعات استطلاع مستمرة فوق المناطق الصحراوية والحدودية، وأن فرق معالجة المتفجرات ستمسح محيط جميع المراكز قبل فتح أبوابها.

وكانت المفوضية العليا المستقلة للانتخابات قد أكملت توزيع البطاقات البايومترية على أكثر من 21 مليون ناخب.
""", url="https://almasalla-news.example/2025/11/05/election-security", outlet="المسلة نيوز",
    published="2025-11-05",
    notes="Hard negative: a planned election security deployment; the 'pre-emptive operations' of past weeks are "
          "vague and undated; the curfew and closures are planned for the future.")

art("u_jo_nashama_world_cup_camp_war_metaphors", """
الأردن الرياضي
كرة محلية | النشامى | عربية | عالمية | فيديو

النشامى يستعدون لـ«المعركة الأولى» في المونديال: سلاح المرتدات جاهز

الأربعاء 17 حزيران 2026

أنهى المنتخب الوطني الأردني لكرة القدم، مساء الثلاثاء، تحضيراته لمواجهته الأولى في نهائيات كأس العالم، وسط أجواء وصفها الجهاز الفني بأنها «أجواء حرب حقيقية».

وقال المدير الفني في المؤتمر الصحفي إن فريقه «لن يدخل المباراة ليدافع ويتلقى القصف»، بل «سيهاجم بكل أسلحته»، مضيفاً: «لدينا ذخيرة هجومية قادرة على اختراق أي خط دفاعي، وسلاحنا الأقوى هو المرتدات الصاعقة».

وأشار إلى أن الجهاز الفني «درس تحركات الخصم بدقة عسكرية»، ووضع «خطة لحصار» لاعبي وسطه ومنعهم من «شنّ الهجمات» من العمق، مؤكداً أن «الانضباط التكتيكي سيكون درعنا في هذه المعركة».

من جهته، قال قائد المنتخب إن اللاعبين «جنود في الميدان» وإن «النشامى لا يعرفون الاستسلام»، متوعّداً بـ«اقتحام» منطقة جزاء المنافس منذ الدقيقة الأولى.

وكانت الجماهير الأردنية قد احتشدت بالآلاف في شوارع عمّان وإربد والزرقاء عقب التأهل التاريخي، في مسيرات احتفالية استمرت حتى ساعات الفجر.

👍 أعجبني | 💬 علّق | ↗️ شارك
""", url="https://jordan-sport.example/nashama/2026/06/17/first-battle", outlet="الأردن الرياضي",
    published="2026-06-17",
    notes="Hard negative: football with war metaphors (battle, bombardment, weapons, siege, storming); the fans' "
          "celebrations are past and not protests.")

art("u_iq_erbil_gold_shop_armed_robbery", """
أربيل – «كوردستان 24 ساعة»

ألقت مديرية شرطة أربيل، اليوم الثلاثاء، القبض على عصابة من أربعة أشخاص متهمة بتنفيذ عملية سطو مسلح على محل لبيع المصوغات الذهبية في سوق القيصرية وسط المدينة، بعد أقل من أربع وعشرين ساعة على الحادثة.

وقال المتحدث باسم المديرية إن أفراد العصابة، وجميعهم من أصحاب السوابق، اقتحموا المحل مساء أمس الإثنين وهم ملثمون ومسلحون بمسدسات، وأطلقوا رصاصتين في الهواء لترهيب العاملين، قبل أن يستولوا على كمية من الذهب تُقدّر قيمتها بنحو 300 مليون دينار عراقي ويلوذوا بالفرار على متن دراجتين ناريتين.

وأضاف أن كاميرات المراقبة ساعدت في تحديد هوية المتهمين، وأن قوة من الشرطة داهمت منزلاً في حي بختياري حيث كانوا يختبئون، وضبطت المسروقات كاملة والأسلحة المستخدمة، من دون أن يُصاب أحد.

وأكد المتحدث أن المتهمين أُحيلوا إلى قاضي التحقيق لاتخاذ الإجراءات القانونية بحقهم وفق المادة 443 من قانون العقوبات الخاصة بالسرقة المقترنة بظرف مشدد، لا وفق قانون مكافحة الإرهاب كما تداولت بعض الصفحات.

وتُعد جرائم السطو المسلح نادرة نسبياً في مدن إقليم كردستان، ما دفع غرفة تجارة أربيل إلى المطالبة بتعزيز الدوريات في الأسواق.
""", url="https://kurdistan24h.example/ar/2026/08/11/erbil-gold-robbery", outlet="كوردستان 24 ساعة",
    published="2026-08-11",
    notes="Hard negative: ordinary armed robbery of a gold shop in Erbil and the arrest of the gang; criminal, "
          "no political or conflict nature, nobody hurt.")

art("u_ir_opinion_baluchestan_what_if", """
رأي | ماذا لو أصغت طهران إلى بلوشستان؟

بقلم: نادر الشهابي
الأربعاء 25 شباط 2026

كلما وقع هجوم على مركز للشرطة في سراوان أو راسك، سارعت طهران إلى الحديث عن «أيادٍ أجنبية» و«جماعات إرهابية تُدار من خلف الحدود»، ثم أرسلت مزيداً من الوحدات إلى المحافظة، ونفّذت مزيداً من الإعدامات. وهكذا تدور الحلقة منذ عقدين على الأقل.

لكن ماذا لو جرّبت الحكومة طريقاً آخر؟ ماذا لو استُبدلت الحملات الأمنية بمشاريع مياه وطرق ومدارس في قرى لا يصلها إلا المهرّبون؟ ماذا لو اعترفت الدولة بأن «الجمعة الدامية» في زاهدان، في أيلول 2022، حين قُتل عشرات المصلّين برصاص قوات الأمن، جرحٌ لم يندمل، وأن الاعتذار قد يكون أقوى من ألف دورية؟

لن تختفي «جيش العدل» غداً لو حدث ذلك، ولن تتوقف عصابات تهريب الوقود عن إطلاق النار على الحواجز. لكن الجماعات المسلحة تتغذى على الفراغ واليأس، وحين يجد الشاب البلوشي وظيفة في ميناء تشابهار بدل أن يحمل غالونات الوقود على ظهره عبر الحدود، ستفقد البندقية جزءاً كبيراً من جاذبيتها.

قد يقول قائل إن هذا حلم ساذج في منطقة تتقاطع فيها مصالح ثلاث دول وتجارة مخدرات بمليارات الدولارات. ربما. لكن التجربة الأمنية وحدها أثبتت، بعد عشرين عاماً من الكمائن والمداهمات والمشانق، أنها لا تصنع أمناً.

الآراء الواردة في هذا المقال تعبّر عن رأي كاتبها ولا تعكس بالضرورة موقف الموقع.
""", url="https://sharq-opinion.example/opinion/2026/02/25/baluchestan", outlet="الشرق الآخر – رأي",
    published="2026-02-25",
    notes="Hard negative: opinion column built on a 'what if'; attacks in Saravan and Rask are generic and "
          "undated, the 2022 Zahedan killings are history.")

art("u_sy_review_raqqa_memoir_isis_years", """
مراجعة كتاب | «الساعة الخامسة في دوار النعيم»: ذاكرة الرقة تحت الرايات السود

ثقافة – «منبر الفرات الثقافي»
الأحد 4 تشرين الأول 2026

في كتابها الصادر حديثاً عن دار «الجسر» في بيروت، تعود الصحفية الرقّاوية سلمى العبد الله إلى السنوات الثلاث التي عاشتها مدينتها تحت سيطرة تنظيم «داعش» بين 2014 و2017، في سرد يمزج اليوميات الشخصية بالشهادات.

يبدأ الكتاب من صباح كانون الثاني 2014 حين رفع التنظيم رايته فوق مبنى المحافظة، ثم ينتقل إلى دوّار النعيم الذي تحوّل إلى ساحة لعمليات الإعدام العلنية وتعليق الرؤوس، فإلى «الحسبة» التي كانت تجلد النساء في الأسواق بسبب لون عباءة. وتروي الكاتبة بتفاصيل موجعة اختطاف شقيقها على حاجز في الطبقة واختفاءه حتى اليوم.

أقوى فصول الكتاب هو الفصل الأخير عن معركة الرقة صيف 2017، حين كانت الغارات الجوية للتحالف والقذائف تسقط على الأحياء القديمة، وكان المدنيون محاصرين بين ألغام التنظيم وقناصاته من جهة والقصف من جهة أخرى. تكتب: «كنّا نعدّ الانفجارات كي ننام، وحين يتوقف العدّ نعرف أن أحدهم مات».

يؤخذ على الكتاب إطالته في بعض الفصول وتكرار المشاهد، لكنه يبقى وثيقة ضرورية في زمن يسعى فيه كثيرون إلى طيّ تلك الصفحة دون قراءتها.

الكتاب: «الساعة الخامسة في دوار النعيم» – 312 صفحة – دار الجسر، بيروت 2026.
""", url="https://furat-culture.example/reviews/2026/10/04/raqqa-memoir", outlet="منبر الفرات الثقافي",
    published="2026-10-04",
    notes="Hard negative: review of a (fictional) memoir of ISIS-ruled Raqqa 2014-2017; executions, abductions, the "
          "2017 battle and air strikes are all history told in a book.")

art("u_ye_interview_aden_2015_resistance_veteran", """
حوار | قائد سابق في المقاومة الجنوبية: «في تموز 2015 كنا نقاتل بالبنادق الشخصية»

عدن – «عدن الغد الجديدة»
الخميس 17 تموز 2025

في الذكرى العاشرة لتحرير عدن، التقينا العميد المتقاعد صالح عبدالله، أحد قادة المقاومة الجنوبية في جبهة خور مكسر خلال حرب 2015.

■ كيف تتذكرون الأيام الأولى للحرب؟
– في آذار 2015 وصلت قوات الحوثيين وحلفاؤهم إلى مشارف المدينة. لم يكن لدينا جيش ولا قيادة موحدة. الشباب خرجوا ببنادقهم الشخصية، وكانت كل حارة تدافع عن نفسها. في المعلا والتواهي كانت الدبابات تقصف البيوت، والقناصة على أسطح العمارات.

■ ما أصعب لحظة مررتم بها؟
– حين سقط التواهي وحوصرنا في خور مكسر. قُتل في يوم واحد أحد عشر من رفاقي بقذيفة دبابة أصابت المبنى الذي كنا نتحصن فيه. دفنّاهم في ساحة المدرسة لأن الطرق إلى المقابر كانت مقطوعة.

■ وكيف جاءت لحظة التحرير؟
– في منتصف تموز بدأت عملية «السهم الذهبي»، وخلال أيام تقدّمنا مع القوات القادمة من البريقة ودعم طيران التحالف، واستعدنا المطار ثم خور مكسر والمعلا. كانت الفرحة لا توصف، لكن الثمن كان باهظاً.

■ كيف ترى عدن اليوم بعد عشر سنوات؟
– المدينة انتصرت في الحرب لكنها لم تربح السلام بعد. الكهرباء تنقطع، والرواتب متأخرة، والشباب الذين حملوا السلاح بلا عمل. هذه معركة أخرى لا تقل صعوبة.
""", url="https://adengad-new.example/interviews/2025/07/17/aden-2015", outlet="عدن الغد الجديدة",
    published="2025-07-17",
    notes="Hard negative: interview on the 10th anniversary of the 2015 battle of Aden; every battle, shelling and "
          "death is from 2015.")

art("u_jo_psd_denies_university_shooting_rumour", """
الأمن العام ينفي وقوع إطلاق نار داخل جامعة في الزرقاء: الفيديو قديم

عمّان – «أخبار المملكة»
الثلاثاء 10 آذار 2026

نفى الناطق الإعلامي باسم مديرية الأمن العام، اليوم الثلاثاء، صحة ما جرى تداوله على مواقع التواصل الاجتماعي حول وقوع «إطلاق نار ومشاجرة جماعية» داخل حرم إحدى الجامعات في محافظة الزرقاء، مؤكداً أن «الأمر عارٍ عن الصحة جملةً وتفصيلاً».

وأوضح الناطق أن مقطع الفيديو المتداول، الذي يُظهر طلبة يركضون وسط أصوات طلقات نارية، «يعود إلى عام 2019 ولحادثة وقعت في دولة أخرى»، وأن الدوريات المعنية تحققت ميدانياً من الوضع في الجامعة ولم تسجّل أي حادث.

وحذّر من أن «نشر الشائعات والأخبار الكاذبة التي تمسّ الأمن المجتمعي يعرّض مروّجيها للمساءلة القانونية وفق قانون الجرائم الإلكترونية»، داعياً المواطنين إلى استقاء المعلومات من مصادرها الرسمية.

من جهتها، أكدت رئاسة الجامعة في بيان أن الدوام يسير بشكل طبيعي، وأن الامتحانات لم تتوقف.

اقرأ أيضاً:
• الأرصاد: منخفض جوي وأمطار غزيرة نهاية الأسبوع
• وزارة التربية تعلن موعد امتحانات التوجيهي
""", url="https://almamlaka-news.example/2026/03/10/zarqa-rumour", outlet="أخبار المملكة",
    published="2026-03-10",
    notes="Hard negative: police denial of a shooting rumour; the video is from 2019 and another country; the "
          "threat of legal action is not an event.")

art("u_tr_diyarbakir_training_jet_crash", """
ديار بكر – «تركيا بالعربي اليوم»

أعلنت وزارة الدفاع التركية، مساء الإثنين، استشهاد طيارَين اثنين إثر تحطّم طائرة تدريب عسكرية من طراز «T-38» في منطقة ريفية تابعة لولاية ديار بكر جنوب شرقي البلاد، خلال طلعة تدريبية روتينية.

وقالت الوزارة في بيان إن الاتصال انقطع بالطائرة بعد نحو عشرين دقيقة من إقلاعها من قاعدة ديار بكر الجوية، قبل أن تعثر فرق البحث والإنقاذ على حطامها في أرض زراعية قرب بلدة تشنار، مشيرة إلى أن «المعطيات الأولية تشير إلى عطل فني»، وأنه «لا توجد أي مؤشرات على عمل تخريبي أو استهداف معادٍ».

وأضاف البيان أنه جرى تشكيل لجنة تحقيق فنية لتحديد أسباب الحادث بدقة، فيما نُقل جثمانا الطيارَين إلى مستشفى القاعدة.

وأظهرت مقاطع مصورة نشرها سكان محليون أعمدة دخان كثيف تتصاعد من موقع التحطم، وسط دويّ انفجار قوي سُمع على بعد كيلومترات.

وقدّم الرئيس التركي ووزير الدفاع التعازي لذوي الطيارين، فيما تُقام لهما مراسم تشييع عسكرية غداً الأربعاء في أنقرة وإزمير.
""", url="https://turkey-arabic-today.example/2026/09/22/diyarbakir-crash", outlet="تركيا بالعربي اليوم",
    published="2026-09-22",
    notes="Hard negative: military training-jet crash near Diyarbakir ruled a technical fault, 'no sign of sabotage "
          "or hostile targeting'; the planned funeral is in the future.")


PART = gold_tools.BlindPart(ARTICLES, OUT, prefix="u_", script="_build_u.py", allowed_actors=frozenset(ALLOWED_ACTORS))
known_actor_eras = gold_tools.known_actor_eras
validate, check_directory, main = PART.validate, PART.check_directory, PART.main


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
