"""Build and validate the dev gold set, part R (r_*.json): the second blind held-out set, retired into dev.

These 47 articles were marsad's held-out set (ids h2_*) until 2026-11-23, when a fresh held-out set was written
(tests/gold_holdout, third edition) and this one, scored nine times by then, joined the dev set under the prefix
r_. They were written blind: their author did not read the coder (src/marsad/events/**), its trigger, modality,
non-event cue or figure lexicons, the coder tests, or the articles of the dev set; see README_part_r.md, the
held-out README as it stood, with its scores. All texts are original and fictional (invented incidents at real
places, fictional outlets with .example domains). Only the ids and incident slugs changed (h2 to r).
Run:  python tests/gold_dev/_build_r.py          (write the files, then validate them)
      python tests/gold_dev/_build_r.py --check  (only validate the files on disk)
Checks: every r_*.json parses and has the gold keys; every evidence span occurs verbatim in its text; incident is
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
PREFIX = "r_"
SCRIPT = "_build_r.py"

# ACLED-style names used here that the actor lexicon does not know; everything else must be canonical.
ALLOWED_ACTORS: set[str] = set()

# canonical actor names (src/marsad/data/actors)
ISIS = "Islamic State (ISIS)"
SDF = "Syrian Democratic Forces (SDF)"
TUR = "Military Forces of Turkey"
TUR_POL = "Police Forces of Turkey"
IRQ = "Military Forces of Iraq (2022-)"
IRQ_POL = "Police Forces of Iraq (2022-)"
PMF = "Popular Mobilization Forces (PMF)"
ISR = "Military Forces of Israel"
HEZ = "Hezbollah"
SETTLERS = "Settlers (Israel)"
JOR = "Military Forces of Jordan"
HOUTHI = "Ansar Allah (Houthis)"
YEM = "Military Forces of Yemen (2022-)"
SEC_BELT = "Security Belt Forces"
AQAP = "Al-Qaeda in the Arabian Peninsula (AQAP)"
EGY_POL = "Police Forces of Egypt (2014-)"
BRIGADE_444 = "444 Brigade"
RADA = "Radaa Special Deterrence Force (RADA)"
TUN_POL = "Police Forces of Tunisia"
DZA = "Military Forces of Algeria"
MAR_POL = "Police Forces of Morocco"
SAF = "Military Forces of Sudan (2019-)"
RSF = "Rapid Support Forces (RSF)"
SSD = "Military Forces of South Sudan"
SPLA_IO = "SPLM/A-In Opposition (SPLM/A-IO)"
SHB = "Al Shabaab"
MLI = "Military Forces of Mali (2021-)"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"
NER = "Military Forces of Niger (2023-)"
ISSP = "Islamic State Sahel Province (ISSP)"
BANDITS = "Bandits (Nigeria)"
NGA_POL = "Police Forces of Nigeria (2023-)"
JAISH_ADL = "Jaish al-Adl"
IRN_POL = "Police Forces of Iran"


# place key -> (country, admin1, location, lat, lon); coordinates from general knowledge, cross-checked against
# `marsad gazetteer lookup` where it knows the place (several of these it does not know).
PLACES = {
    # Syria
    "busayrah": ("Syria", "Deir ez-Zor", "Al-Busayrah, Deir ez-Zor", 35.16, 40.43),
    "tafas": ("Syria", "Daraa", "Tafas, Daraa", 32.74, 36.07),
    "qamishli": ("Syria", "Al-Hasakah", "Qamishli, Al-Hasakah", 37.05, 41.23),
    "karama_raqqa": ("Syria", "Ar-Raqqa", "Al-Karama, Ar-Raqqa", 35.96, 39.28),
    "sweida": ("Syria", "As-Sweida", "As-Sweida, As-Sweida", 32.71, 36.57),
    # Iraq
    "wadi_shay": ("Iraq", "Kirkuk", "Wadi al-Shay, Kirkuk", 35.12, 44.05),
    "mutaibijah": ("Iraq", "Salah al-Din", "Mutaibijah, Salah al-Din", 34.45, 44.35),
    "basra": ("Iraq", "Basra", "Basra, Basra", 30.51, 47.78),
    # Lebanon
    "aitaroun": ("Lebanon", "Nabatieh", "Aitaroun, Nabatieh", 33.12, 35.47),
    "baalbek_sharawneh": ("Lebanon", "Baalbek-Hermel", "Al-Sharawneh, Baalbek", 34.01, 36.21),
    # Palestine
    "turmus_ayya": ("Palestine", "West Bank", "Turmus Ayya, West Bank", 32.04, 35.29),
    "nuseirat": ("Palestine", "Gaza Strip", "Nuseirat Camp, Gaza Strip", 31.45, 34.39),
    # Jordan
    "ruwaished": ("Jordan", "Mafraq", "Ruwaished, Mafraq", 32.50, 38.20),
    # Yemen / Saudi Arabia
    "harib": ("Yemen", "Marib", "Harib, Marib", 14.93, 45.50),
    "taiz_jahmaliyah": ("Yemen", "Taizz", "Al-Jahmaliyah, Taizz", 13.58, 44.04),
    "mudiyah": ("Yemen", "Abyan", "Mudiyah, Abyan", 13.93, 46.08),
    "ibb": ("Yemen", "Ibb", "Ibb, Ibb", 13.97, 44.18),
    "al_harth": ("Saudi Arabia", "Jazan", "Al-Harth, Jazan", 17.05, 43.22),
    # Egypt / Libya / Maghreb
    "abu_qurqas": ("Egypt", "Minya", "Abu Qurqas, Minya", 27.93, 30.84),
    "ain_zara": ("Libya", "Tripoli", "Ain Zara, Tripoli", 32.80, 13.23),
    "benghazi": ("Libya", "Benghazi", "Benghazi, Benghazi", 32.12, 20.07),
    "ettadhamen": ("Tunisia", "Ariana", "Ettadhamen, Ariana", 36.83, 10.11),
    "el_ancer": ("Algeria", "Jijel", "El Ancer, Jijel", 36.80, 6.16),
    "bordj_badji_mokhtar": ("Algeria", "Bordj Badji Mokhtar", "Bordj Badji Mokhtar, Bordj Badji Mokhtar", 21.33, 0.95),
    "algeria_unknown": ("Algeria", None, None, None, None),
    "rabat": ("Morocco", "Rabat-Sale-Kenitra", "Rabat, Rabat-Sale-Kenitra", 34.01, -6.83),
    # Sudan / South Sudan / Somalia
    "el_obeid": ("Sudan", "North Kordofan", "El Obeid, North Kordofan", 13.18, 30.22),
    "bara": ("Sudan", "North Kordofan", "Bara, North Kordofan", 13.70, 30.37),
    "nasir": ("South Sudan", "Upper Nile", "Nasir, Upper Nile", 8.60, 33.07),
    "mogadishu_km4": ("Somalia", "Banadir", "KM4 junction (Hodan), Mogadishu", 2.03, 45.31),
    # Sahel / Lake Chad
    "sandare": ("Mali", "Kayes", "Sandare, Kayes", 14.70, -10.30),
    "diapaga": ("Burkina Faso", "Est", "Diapaga, Est", 12.07, 1.79),
    "banibangou": ("Niger", "Tillaberi", "Banibangou, Tillaberi", 15.04, 2.70),
    "koumra": ("Chad", "Mandoul", "Koumra, Mandoul", 8.92, 17.55),
    "faskari": ("Nigeria", "Katsina", "Faskari, Katsina", 11.72, 7.03),
    # Turkey / Iran
    "istanbul_sarachane": ("Turkey", "Istanbul", "Sarachane (Fatih), Istanbul", 41.01, 28.95),
    "rask": ("Iran", "Sistan and Baluchestan", "Rask, Sistan and Baluchestan", 26.24, 61.40),
}


ev = partial(make_event, PLACES)
ARTICLES: dict[str, dict] = {}
art = partial(add_article, ARTICLES)


# ================================================================================================== Syria
art("r_sy_busayrah_isis_checkpoint_wire", """
دير الزور - (وكالة الفرات الإخبارية)

مقتل ثلاثة من عناصر "قسد" بهجوم لخلايا "داعش" على حاجز شرقي دير الزور

الجمعة 14 آذار 2025

قُتل ثلاثة عناصر من قوات سوريا الديمقراطية (قسد) وجُرح اثنان آخران، فجر اليوم الجمعة، في هجوم شنّه مسلحون يُعتقد أنهم من خلايا تنظيم "الدولة الإسلامية" على حاجز عسكري عند المدخل الشمالي لبلدة البصيرة في ريف دير الزور الشرقي.

وقال مصدر عسكري في "قسد" للوكالة إن المهاجمين، وعددهم خمسة على الأقل، اقتربوا من الحاجز على متن دراجتين ناريتين وفتحوا النار من أسلحة رشاشة، قبل أن يندلع اشتباك استمر قرابة نصف ساعة، انتهى بمقتل أحد المهاجمين وانسحاب الباقين باتجاه البادية.

وتبنّى التنظيم الهجوم في بيان نشرته وكالة "أعماق" التابعة له، زاعماً أن مقاتليه "قتلوا وأصابوا سبعة من عناصر الميليشيا".

وفي وقت لاحق من صباح اليوم، أفادت مصادر طبية في مشفى الكسرة بأن أحد الجريحين فارق الحياة متأثراً بإصابته، ليرتفع عدد قتلى قسد إلى أربعة.

وعقب الهجوم، دفعت قسد بتعزيزات إلى محيط البلدة ونفذت حملة دهم في قرية الزر المجاورة، أسفرت عن توقيف ستة أشخاص للاشتباه بتقديمهم الدعم للمهاجمين، بحسب ما أعلنت في بيان مقتضب.

وتشهد مناطق ريف دير الزور الشرقي هجمات متكررة لخلايا التنظيم منذ مطلع العام، تستهدف في الغالب حواجز قسد ودورياتها والعاملين في المجالس المحلية.
""",
    url="https://furat-news.example/2025/03/14/busayrah-checkpoint", outlet="Furat News Agency",
    published="2025-03-14",
    incident="r-busayrah-checkpoint-2025-03-14",
    events=[
        ev(B, "Armed clash", "2025-03-14", ISIS, SDF, "busayrah", 5,
           "اشتباك استمر قرابة نصف ساعة، انتهى بمقتل أحد المهاجمين"),
        ev(S, "Arrests", "2025-03-14", SDF, ISIS, "busayrah", None,
           "أسفرت عن توقيف ستة أشخاص للاشتباه بتقديمهم الدعم للمهاجمين", optional=True),
    ],
    notes="Toll revised inside the article: three SDF members killed, then a wounded man died ('ليرتفع عدد قتلى قسد "
          "إلى أربعة'); the update supersedes the first figure, plus one attacker killed: 4 + 1 = 5. The ISIS claim "
          "(seven killed and wounded) is not used. The raid and arrests were in the nearby village of Al-Zir, coded at "
          "Al-Busayrah (optional: minor arrests after the attack).")

art("r_sy_tafas_gunmen_local", """
درعا 24 نت | الرئيسية | أخبار المحافظة | ريف درعا | تقارير | منوعات | اتصل بنا

يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك. بالاستمرار في التصفح فإنك توافق على سياسة الخصوصية. [موافق] [المزيد]

أخبار المحافظة

مقتل رئيس بلدية سابق برصاص مجهولين في طفس

بتاريخ: الثلاثاء، 10 حزيران 2025 - آخر تحديث 11:40

خاص - درعا 24

عُثر صباح اليوم على جثة رئيس بلدية طفس السابق، محمود أ.، وهو في الخمسينيات من عمره، على الطريق الزراعي الواصل بين طفس والمزيريب، وقد فارق الحياة متأثراً بإصابته بعدة طلقات نارية في الرأس والصدر.

وبحسب ما أفاد به مراسلنا، فقد تعرّض الرجل لإطلاق نار مساء أمس الإثنين أثناء عودته بسيارته من أرضه الزراعية، من قبل مسلحين مجهولين كانوا يستقلون دراجة نارية، لاذوا بالفرار إلى جهة مجهولة.

ولم تتبنَّ أي جهة عملية الاغتيال حتى لحظة إعداد هذا الخبر، فيما قال أحد أقارب الضحية إنه "لم يكن له أعداء، وكان يعمل مؤخراً على حل خلافات عائلية في البلدة".

وأعلنت قيادة الأمن العام في المحافظة فتح تحقيق في الحادثة، مؤكدة أنها "لن تتهاون" في ملاحقة الفاعلين وتقديمهم إلى القضاء.

وتعيش محافظة درعا منذ سنوات على وقع عمليات اغتيال متكررة تطال مدنيين وعسكريين سابقين ووجهاء محليين، ونادراً ما يُكشف عن مرتكبيها.

اقرأ أيضاً:
- انفجار عبوة ناسفة بسيارة مدنية في بصرى الشام يصيب طفلين
- الأمن العام يضبط شحنة حبوب مخدرة على أوتوستراد دمشق - عمان
- مزارعو حوران يشتكون من تأخر صرف أسعار القمح

شارك الخبر: فيسبوك | واتساب | تلغرام | X

© 2025 درعا 24 نت. جميع الحقوق محفوظة | من نحن | سياسة الخصوصية | أعلن معنا
""",
    url="https://daraa24.example/news/2025/06/10/tafas-former-mayor", outlet="Daraa 24",
    published="2025-06-10",
    incident="r-tafas-mayor-killing-2025-06",
    events=[
        ev(V, "Attack", "2025-06-09", uag("Syria"), civ("Syria"), "tafas", 1,
           "تعرّض الرجل لإطلاق نار مساء أمس الإثنين أثناء عودته بسيارته من أرضه الزراعية"),
    ],
    notes="Shot on the evening of Monday 2025-06-09 ('مساء أمس الإثنين' against the page date), body found on the "
          "10th: the event is the shooting. Perpetrators never identified. The 'اقرأ أيضاً' headlines (an IED in Busra "
          "al-Sham, a drug seizure) are page boilerplate and yield no events; the investigation is not an event.")

art("r_sy_monitor_daily_tally", """
شبكة رصد الجزيرة والفرات
التقرير اليومي لحوادث الانتهاكات والعنف | الإثنين 21 تموز/يوليو 2025
نُشر بتاريخ 22-07-2025

وثّق فريق الشبكة خلال يوم أمس الإثنين مقتل ثلاثة أشخاص وإصابة أربعة آخرين في مناطق متفرقة من شمال وشرق سوريا، إضافة إلى احتجاج مطلبي في الجنوب. وفيما يلي تفاصيل ما تمكن الفريق من التحقق منه:

١- الحسكة / القامشلي: استهدفت طائرة مسيّرة تركية، قرابة الساعة 13:20، سيارة عسكرية تابعة لقوات سوريا الديمقراطية على الطريق الواصل بين القامشلي وبلدة تل حميس، ما أدى إلى مقتل عنصرين كانا على متنها واحتراق السيارة بالكامل.

٢- الرقة / الكرامة: قُتل راعي أغنام في الأربعين من عمره وأصيب ابنه بجروح متوسطة جراء انفجار لغم أرضي من مخلفات الحرب أثناء رعيهما الماشية في أرض زراعية قرب بلدة الكرامة شرقي الرقة. ولم يتسنَّ للفريق معرفة الجهة التي زرعت اللغم.

٣- السويداء / المدينة: تجمّع عشرات الموظفين والمتقاعدين أمام مبنى المحافظة في مدينة السويداء، ظهراً، للمطالبة بصرف الرواتب المتأخرة منذ ثلاثة أشهر، ورفعوا لافتات كُتب عليها "الراتب حق لا منّة". وانفضّ التجمع بعد نحو ساعتين دون تسجيل أي احتكاك.

٤- دير الزور / الميادين: أصيب ثلاثة مدنيين، بينهم امرأة، بجروح طفيفة إثر شجار بالأيدي بين عائلتين على خلفية نزاع على أرض زراعية. (لم يُصنَّف الحادث ضمن حوادث العنف المسلح).

ملاحظة منهجية: تعتمد الشبكة على شهود عيان ومصادر طبية محلية، ولا تدرج في تقاريرها اليومية الحوادث التي يتعذر التحقق منها من مصدرين مستقلين على الأقل.
""",
    url="https://jazira-euphrates-monitor.example/daily/2025-07-21", outlet="Jazira and Euphrates Monitoring Network",
    published="2025-07-22",
    incident="r-nes-daily-2025-07-21",
    events=[
        ev(E, "Air/drone strike", "2025-07-21", TUR, SDF, "qamishli", 2,
           "استهدفت طائرة مسيّرة تركية، قرابة الساعة 13:20، سيارة عسكرية تابعة لقوات سوريا الديمقراطية"),
        ev(E, "Remote explosive/landmine/IED", "2025-07-21", uag("Syria"), civ("Syria"), "karama_raqqa", 1,
           "جراء انفجار لغم أرضي من مخلفات الحرب"),
        ev(P, "Peaceful protest", "2025-07-21", protesters("Syria"), None, "sweida", None,
           "تجمّع عشرات الموظفين والمتقاعدين أمام مبنى المحافظة في مدينة السويداء"),
        ev(R, "Mob violence", "2025-07-21", rioters("Syria"), rioters("Syria"),
           ("Syria", "Deir ez-Zor", "Al-Mayadin, Deir ez-Zor", 35.02, 40.45), 0,
           "إثر شجار بالأيدي بين عائلتين على خلفية نزاع على أرض زراعية", optional=True),
    ],
    notes="NGO daily tally: the report is about Monday 2025-07-21 (published the next day). Drone strike on the "
          "Qamishli-Tal Hamis road coded at Qamishli. Landmine of unknown origin ('من مخلفات الحرب'): actor1 "
          "Unidentified Armed Group (Syria). The protest gives no casualty figure: null. The Al-Mayadin brawl is a "
          "fist fight between families that the monitor itself does not count as armed violence; optional mob "
          "violence with 0 deaths (three lightly injured, the tally's three dead are the other two incidents).")

# ================================================================================================== Iraq
art("r_iq_wadi_shay_airstrike_statement", """
خلية الإعلام الأمني
بيان

بغداد - الثلاثاء 5 تشرين الثاني 2024

استناداً إلى معلومات استخبارية دقيقة من مديرية الاستخبارات العسكرية، وبعد متابعة ورصد استمرا أكثر من أسبوع، نفّذت طائرات F-16 العراقية، مساء أمس الإثنين، ضربة جوية استهدفت وكراً لعصابات داعش الإرهابية في منطقة وادي الشاي جنوب غربي محافظة كركوك.

وقد أسفرت الضربة عن تدمير الوكر بالكامل وقتل (4) إرهابيين كانوا يتخذون منه ملاذاً، وفق ما أكدته قوة مشتركة من الفرقة الثامنة في الجيش العراقي قامت صباح اليوم بتفتيش الموقع، حيث عُثر على الجثث الأربع وعلى أسلحة خفيفة وأحزمة ناسفة وأجهزة اتصال.

إن قواتنا الأمنية البطلة مستمرة في ملاحقة بقايا عصابات داعش الإرهابية في جحورها، ولن تسمح لها بالعودة إلى تهديد أمن المواطنين.

خلية الإعلام الأمني
٥ / ١١ / ٢٠٢٤
""",
    url="https://iraq-security-media.example/statements/2024-11-05-wadi-shay", outlet="Iraqi Security Media Cell",
    published="2024-11-05",
    incident="r-wadi-shay-airstrike-2024-11-04",
    events=[
        ev(E, "Air/drone strike", "2024-11-04", IRQ, ISIS, "wadi_shay", 4,
           "ضربة جوية استهدفت وكراً لعصابات داعش الإرهابية في منطقة وادي الشاي"),
    ],
    notes="Official statement; strike on the evening of Monday 2024-11-04. The search of the site on the 5th is a "
          "follow-up, not a separate event (no clash). Wadi al-Shay is a valley, not in the gazetteer: approximate "
          "centre.")

art("r_iq_basra_electricity_protest", """
البصرة اليوم | محليات

قتيل وتسعة جرحى خلال تفريق تظاهرة للكهرباء في البصرة.. والمئات يشيّعون الضحية

الأحد 3 آب 2025

قُتل متظاهر وأصيب تسعة آخرون، بينهم اثنان من منتسبي الشرطة، مساء السبت، عندما أطلقت قوات مكافحة الشغب الرصاص الحي والقنابل المسيلة للدموع لتفريق مئات المحتجين الذين تجمعوا أمام مديرية توزيع كهرباء الجنوب في مركز البصرة، احتجاجاً على انقطاع التيار الكهربائي لساعات طويلة في ظل درجات حرارة تجاوزت الخمسين.

وقال شهود عيان لـ"البصرة اليوم" إن التظاهرة كانت سلمية حتى لحظة إطلاق النار، وإن المحتجين "لم يحملوا سوى لافتات وقناني ماء". في المقابل، قالت قيادة شرطة المحافظة في بيان إن "مندسين" حاولوا اقتحام المبنى، وإن القوات "التزمت بأقصى درجات ضبط النفس".

وأكد مصدر في دائرة صحة البصرة وصول جثة شاب في الثانية والعشرين من عمره مصاباً بطلق ناري في الصدر، إضافة إلى الجرحى التسعة.

وصباح اليوم الأحد، شيّع المئات جثمان الشاب من منزل عائلته في حي الحيانية، ورددوا هتافات تطالب بمحاسبة "القتلة"، قبل أن يعتصموا لساعات أمام مبنى ديوان المحافظة، في حين انتشرت قوات الجيش في محيطه من دون أن تتدخل.

ووجّه رئيس الوزراء بتشكيل لجنة تحقيقية "عاجلة" في ملابسات الحادث، على أن ترفع نتائجها خلال 72 ساعة.
""",
    url="https://basra-today.example/local/2025/08/03/electricity-protest", outlet="Basra Today",
    published="2025-08-03",
    incident="r-basra-electricity-protest-2025-08",
    events=[
        ev(P, "Excessive force against protesters", "2025-08-02", protesters("Iraq"), IRQ_POL, "basra", 1,
           "أطلقت قوات مكافحة الشغب الرصاص الحي والقنابل المسيلة للدموع لتفريق مئات المحتجين"),
        ev(P, "Peaceful protest", "2025-08-03", protesters("Iraq"), None, "basra", None,
           "قبل أن يعتصموا لساعات أمام مبنى ديوان المحافظة"),
    ],
    notes="Saturday 2025-08-02 against the Sunday page date. Witnesses call the protest peaceful and the police do not "
          "claim violence by the crowd beyond 'infiltrators' trying to storm the building: excessive force (live fire, "
          "one dead). Protesters as actor1, the riot police (Police Forces of Iraq) as actor2. The funeral turned "
          "sit-in on Sunday is a second, peaceful protest; the army did not intervene.")

art("r_iq_mutaibijah_analysis", """
مركز دراسات الرافدين | تحليلات

جيب المطيبيجة: لماذا لا يزال "داعش" قادراً على النزف البطيء في قلب العراق؟

الثلاثاء 16 أيلول 2025 - قراءة في 6 دقائق

بعد مرور ثماني سنوات على إعلان "النصر" على تنظيم الدولة الإسلامية، لا تزال منطقة المطيبيجة، الواقعة على التخوم المتداخلة بين محافظتي صلاح الدين وديالى، تمثل واحدة من أعقد البؤر الأمنية في البلاد. فالطبيعة الجغرافية للمنطقة، بما فيها من بساتين كثيفة ووديان وتلال طينية، تجعلها ملاذاً مثالياً لمجموعات صغيرة لا يتجاوز عدد أفرادها العشرة.

وقد جاءت أحدث حلقة في هذا المسلسل مساء الخميس الماضي، حين هاجم مسلحون من التنظيم نقطة مراقبة تابعة لأحد ألوية الحشد الشعبي قرب قرية البو دور على أطراف المطيبيجة، واشتبكوا مع عناصرها لنحو ساعة، ما أسفر عن مقتل مقاتلَين اثنين من الحشد وإصابة ثالث، قبل أن ينسحب المهاجمون مستغلين الظلام. ولم تعلن أي جهة رسمية عن خسائر في صفوف المهاجمين.

ليس هذا الهجوم جديداً في نمطه. ففي السنوات الماضية، تكررت الهجمات الليلية على النقاط المعزولة، وسقط فيها عشرات المقاتلين، وكان أشدها دموية هجوم عام 2021 الذي شكّل صدمة في الأوساط الأمنية. ويقول ضابط متقاعد عمل في المنطقة إن "المشكلة ليست في عدد المسلحين بل في تشتت المسؤولية"، إذ تتوزع المنطقة بين قيادات عمليات مختلفة، ما يخلق ثغرات يستغلها التنظيم.

ويرى باحثون أن التنظيم تحوّل منذ سنوات إلى استراتيجية "الاستنزاف منخفض الكلفة": هجمات خاطفة، وعبوات ناسفة على الطرق الترابية، وابتزاز المزارعين بدفع "الزكاة"، مع تجنب السيطرة على الأرض. وتشير تقديرات غير رسمية إلى أن عدد عناصره في هذا الجيب لا يتجاوز بضع عشرات، لكنهم يتحركون عبر شبكة أنفاق ومخابئ يعود بعضها إلى ما قبل 2014.

في المقابل، تعتمد القوات العراقية بشكل متزايد على الضربات الجوية والطائرات المسيرة، غير أن فاعلية هذه الأداة تبقى محدودة في ظل الغطاء النباتي الكثيف. ويقترح خبراء أمنيون توحيد القيادة في المنطقة تحت إمرة قيادة واحدة، وتعزيز الجهد الاستخباري البشري عبر التعاون مع العشائر المحلية، وإعادة إعمار القرى المهجورة التي تحولت إلى مخابئ.

ويبقى السؤال: هل تملك بغداد الإرادة لإغلاق هذا الملف نهائياً، أم أن المطيبيجة ستبقى جرحاً مفتوحاً ينزف ببطء؟
""",
    url="https://rafidain-studies.example/analysis/2025/09/mutaibijah-pocket", outlet="Rafidain Studies Centre",
    published="2025-09-16",
    incident="r-mutaibijah-pmf-post-2025-09",
    events=[
        ev(B, "Armed clash", "2025-09-11", ISIS, PMF, "mutaibijah", 2,
           "هاجم مسلحون من التنظيم نقطة مراقبة تابعة لأحد ألوية الحشد الشعبي قرب قرية البو دور"),
    ],
    notes="Long analysis with one concrete new event: 'مساء الخميس الماضي' against Tuesday 2025-09-16 is Thursday "
          "2025-09-11. The village of Al-Bu Dur is not in the gazetteer; coded at Mutaibijah (approximate centre of "
          "the area). The 2021 attack, the general IED/extortion pattern and the air strikes are background, not "
          "events.")


# ================================================================================================== Lebanon
art("r_lb_aitaroun_drone_strike", """
جنوب لبنان | الثلاثاء 20 أيار 2025

شهيدان بغارة من مسيّرة إسرائيلية على سيارة في عيترون

بنت جبيل - مراسل "منبر الجنوب"

استهدفت مسيّرة إسرائيلية، بعد ظهر اليوم، سيارة رباعية الدفع على الطريق الفاصل بين بلدة عيترون ومدينة بنت جبيل، بصاروخين موجّهين، ما أدى إلى احتراقها وسقوط شهيدين كانا في داخلها.

وأعلن مركز عمليات طوارئ الصحة التابع لوزارة الصحة العامة، في بيان، أن "غارة العدو الإسرائيلي على سيارة في بلدة عيترون أدت إلى استشهاد مواطنَين اثنين"، من دون ذكر هويتهما.

في المقابل، زعم المتحدث باسم الجيش الإسرائيلي في منشور على منصة "إكس" أن الغارة "قضت على عنصرين في حزب الله كانا يعملان على إعادة بناء بنى تحتية عسكرية في منطقة عيترون"، معتبراً أن نشاطهما "يشكّل خرقاً للتفاهمات".

ونعى حزب الله في وقت لاحق أحد القتيلين، فيما قالت مصادر محلية إن الثاني كان يعمل في ورشة لإصلاح شبكة المياه في البلدة.

وتأتي الغارة في سياق ضربات شبه يومية تنفذها إسرائيل في جنوب لبنان رغم سريان اتفاق وقف الأعمال العدائية، وسط مطالبات لبنانية للجنة المراقبة الدولية بالضغط لوقف الخروقات. ولم يصدر أي تعليق عن قوات اليونيفيل حتى مساء اليوم.
""",
    url="https://minbar-janoub.example/2025/05/20/aitaroun-strike", outlet="Minbar al-Janoub",
    published="2025-05-20",
    incident="r-aitaroun-drone-strike-2025-05-20",
    events=[
        ev(E, "Air/drone strike", "2025-05-20", ISR, HEZ, "aitaroun", 2,
           "استهدفت مسيّرة إسرائيلية، بعد ظهر اليوم، سيارة رباعية الدفع"),
    ],
    notes="Two killed (ministry of health). actor2 Hezbollah: the Israeli army claims both were members and Hezbollah "
          "mourned one; local sources say the other was a water-network worker (Civilians (Lebanon) would also be "
          "defensible). Aitaroun is missing from the gazetteer; the road runs towards Bint Jbeil, about 5 km away.")

art("r_lb_baalbek_clan_clash", """
بعلبك - "البقاع نيوز"
الخميس 6 شباط 2025

قتيلان في اشتباك عائلي بالأسلحة الرشاشة والقذائف في حي الشراونة

تحوّل خلاف على أفضلية المرور بين شابين من عائلتين في حي الشراونة في مدينة بعلبك، ليل أمس، إلى اشتباك مسلح استُخدمت فيه الأسلحة الرشاشة والقذائف الصاروخية، ودام أكثر من ساعتين، ما أدى إلى مقتل شخصين، واحد من كل عائلة، وإصابة عابر سبيل سوري الجنسية بجروح وُصفت بالخطيرة.

وعاش سكان الحي ليلة من الرعب، إذ حوصرت عائلات في منازلها، وتعالت صيحات الأطفال مع كل رشقة، فيما ناشد أهالي المنطقة عبر مواقع التواصل الاجتماعي التدخل السريع لوقف الاشتباك.

ومع ساعات الصباح الأولى اليوم، نفّذ الجيش اللبناني انتشاراً واسعاً في الحي، وداهمت وحداته عدداً من المنازل، وأوقفت أربعة أشخاص يُشتبه بمشاركتهم في إطلاق النار، وضبطت أسلحة حربية وذخائر، بحسب بيان صادر عن قيادة الجيش - مديرية التوجيه.

وتداعى وجهاء من العشائر إلى اجتماع في دارة أحد المشايخ لاحتواء ذيول الحادثة ومنع تمددها إلى ثأر جديد، في منطقة عانت مراراً من مثل هذه النزاعات.
""",
    url="https://bekaa-news.example/2025/02/06/sharawneh-clash", outlet="Bekaa News",
    published="2025-02-06",
    incident="r-baalbek-sharawneh-clash-2025-02",
    events=[
        ev(B, "Armed clash", "2025-02-05", clan("Lebanon"), clan("Lebanon"), "baalbek_sharawneh", 2,
           "إلى اشتباك مسلح استُخدمت فيه الأسلحة الرشاشة والقذائف الصاروخية"),
        ev(S, "Arrests", "2025-02-06", "Military Forces of Lebanon", clan("Lebanon"), "baalbek_sharawneh", None,
           "وأوقفت أربعة أشخاص يُشتبه بمشاركتهم في إطلاق النار", optional=True),
    ],
    notes="Family feud fought with machine guns and RPGs: armed clash between two unnamed clan militias, 'ليل أمس' = "
          "the night of 2025-02-05. One killed on each side: 2. The army raid and four arrests the next morning are "
          "optional.")

# ================================================================================================== Palestine
art("r_ps_turmus_ayya_settlers", """
رام الله - "وكالة القدس الإخبارية"

مستوطنون يحرقون منازل ومركبات في ترمسعيا وإصابة خمسة مواطنين

الثلاثاء 22 نيسان 2025

هاجم عشرات المستوطنين، فجر اليوم، الأطراف الشرقية لبلدة ترمسعيا شمال شرق رام الله، وأضرموا النار في ثلاثة منازل وأربع مركبات، ورشقوا المواطنين بالحجارة، ما أدى إلى إصابة خمسة منهم بجروح ورضوض.

وقال رئيس المجلس البلدي إن المستوطنين قدموا من بؤرة استيطانية أقيمت حديثاً على أراضي البلدة، وكانوا ملثمين ويحملون قنابل حارقة، مضيفاً أن "العائلات خرجت من منازلها المشتعلة بأعجوبة".

وأفادت جمعية الهلال الأحمر بأن طواقمها تعاملت مع خمس إصابات، بينها إصابة بالرأس نُقلت إلى مجمع فلسطين الطبي، ووُصفت حالة الجميع بالمستقرة. ولم تُسجَّل أي وفيات.

ووصلت قوات الاحتلال إلى المكان بعد انسحاب المستوطنين، وقالت في بيان مقتضب إنها "تلقت بلاغاً عن مواجهة بين إسرائيليين وفلسطينيين" وإن الحادث "قيد الفحص".

ويأتي الهجوم بعد أيام من اعتداء مماثل على قرية سنجل المجاورة، في ظل تصاعد هجمات المستوطنين في ريف رام الله الشرقي منذ مطلع العام.
""",
    url="https://quds-news-agency.example/2025/04/22/turmusayya", outlet="Al-Quds News Agency",
    published="2025-04-22",
    incident="r-turmus-ayya-settlers-2025-04-22",
    events=[
        ev(V, "Attack", "2025-04-22", SETTLERS, civ("Palestine"), "turmus_ayya", 0,
           "هاجم عشرات المستوطنين، فجر اليوم، الأطراف الشرقية لبلدة ترمسعيا"),
    ],
    notes="Settler arson and stone-throwing against residents: Violence against civilians / Attack; five injured, "
          "'ولم تُسجَّل أي وفيات' so 0. The earlier attack on Sinjil 'days ago' has no date and is background.")

art("r_ps_nuseirat_strike_conflicting", """
غزة - "شبكة الساحل الإخبارية"
الجمعة 13 كانون الأول 2024

مجزرة جديدة في النصيرات: 11 شهيداً على الأقل بقصف منزل يؤوي نازحين

استشهد 11 مواطناً على الأقل، بينهم أربعة أطفال وثلاث نساء، فجر اليوم الجمعة، في غارة جوية إسرائيلية استهدفت منزلاً من ثلاثة طوابق لعائلة الحلو في بلوك 5 بمخيم النصيرات وسط قطاع غزة، كان يؤوي عائلات نازحة من شمال القطاع.

وقالت وزارة الصحة في غزة إن مستشفى العودة في النصيرات استقبل 11 شهيداً وأكثر من 20 إصابة، بعضها في حالة حرجة. غير أن جهاز الدفاع المدني قال في بيان لاحق إن طواقمه انتشلت 13 جثماناً من تحت الأنقاض، وإن "عدداً من المفقودين" لا يزال تحت الركام.

من جهته، قال الجيش الإسرائيلي إنه "استهدف عنصراً إرهابياً من حماس كان يخطط لهجمات ضد القوات"، وإنه "اتخذ خطوات لتقليل الأضرار بالمدنيين"، من دون أن يذكر اسمه.

وروى أحد الناجين أن الغارة وقعت نحو الساعة الثالثة فجراً "بدون أي إنذار"، وأن الجيران هرعوا لانتشال الضحايا بأيديهم بسبب نقص المعدات.

ويعاني القطاع من أزمة إنسانية حادة، مع اكتظاظ المخيمات الوسطى بمئات الآلاف من النازحين.
""",
    url="https://sahel-network.example/gaza/2024/12/13/nuseirat-strike", outlet="Al-Sahel News Network",
    published="2024-12-13",
    incident="r-nuseirat-house-strike-2024-12-13",
    events=[
        ev(E, "Air/drone strike", "2024-12-13", ISR, civ("Palestine"), "nuseirat", 11,
           "في غارة جوية إسرائيلية استهدفت منزلاً من ثلاثة طوابق"),
    ],
    notes="Conflicting figures inside one article: ministry of health 11 dead, civil defence 13 bodies recovered. "
          "Coded 11, the lowest credible figure. The Israeli army claims a Hamas operative was the target but names "
          "nobody; the dead reported are civilians (children, women): actor2 Civilians (Palestine).")

# ================================================================================================== Jordan
art("r_jo_ruwaished_smugglers_army_statement", """
عمّان - بترا الإخبارية
السبت 18 كانون الثاني 2025

القوات المسلحة: مقتل أربعة مهربين وإحباط تهريب كميات كبيرة من المخدرات على الواجهة الشرقية

صرّح مصدر عسكري مسؤول في القيادة العامة للقوات المسلحة الأردنية - الجيش العربي، بأن المنطقة العسكرية الشرقية أحبطت، فجر اليوم السبت، محاولة تسلل وتهريب كميات كبيرة من المواد المخدرة قادمة من الأراضي السورية إلى الأراضي الأردنية، ضمن منطقة مسؤوليتها شمال شرق الرويشد.

وأضاف المصدر أن قوات حرس الحدود رصدت مجموعة من الأشخاص يحاولون اجتياز الحدود بطريقة غير مشروعة مستغلين الظروف الجوية السائدة وتشكّل الضباب، وتم تطبيق قواعد الاشتباك، إذ بادر المهربون بإطلاق النار باتجاه القوة، فجرى الرد عليهم بالمثل، ما أدى إلى مقتل أربعة من المهربين وإصابة آخرين وفرار البقية إلى داخل العمق السوري.

وأشار المصدر إلى أنه جرى تفتيش المنطقة وضبط (2.1) مليون حبة مخدرة من نوع كبتاجون و(160) كف حشيش، إضافة إلى قطعتي سلاح رشاش، وتم تحويل المضبوطات إلى الجهات المختصة.

وأكد المصدر أن القوات المسلحة ستتعامل بكل قوة وحزم مع أي تهديد على الواجهات الحدودية، وستضرب بيد من حديد كل من تسول له نفسه العبث بأمن الوطن.
""",
    url="https://petra-ikhbariya.example/2025/01/18/eastern-zone", outlet="Petra Ikhbariya",
    published="2025-01-18",
    incident="r-ruwaished-smugglers-2025-01-18",
    events=[
        ev(B, "Armed clash", "2025-01-18", uag("Jordan"), JOR, "ruwaished", 4,
           "بادر المهربون بإطلاق النار باتجاه القوة، فجرى الرد عليهم بالمثل"),
    ],
    notes="Army statement style. Exchange of fire with armed smugglers: armed clash; the statement says the "
          "smugglers fired first, so they are actor1. Smugglers coded as Unidentified Armed Group (Jordan) (the event "
          "is in Jordan). Place 'northeast of Ruwaished' coded at Ruwaished. The warning in "
          "the last paragraph is not an event.")


# ================================================================================================== Yemen / Saudi Arabia
art("r_ye_weekly_roundup", """
اليمن في أسبوع | حصاد "المشهد اليمني" الأسبوعي
الجمعة 10 أكتوبر 2025

من جبهات مأرب إلى أبين، ومن تعز إلى صفقة الأسرى: هذه أبرز أحداث الأسبوع.

السبت - مأرب: قُتل جنديان من الجيش الوطني وأصيب ثالث بهجوم بطائرة مسيّرة مفخخة أطلقها الحوثيون على موقع عسكري في مديرية حريب جنوبي المحافظة، وفق ما أعلن المركز الإعلامي للقوات المسلحة.

الإثنين - تعز: تصدت قوات الجيش لمحاولة تسلل نفذتها مجاميع حوثية باتجاه مواقعها في حي الجحملية شرقي مدينة تعز، ودارت مواجهات استمرت ساعتين قُتل فيها ثلاثة من المهاجمين وجندي واحد، بحسب مصدر عسكري في محور تعز.

الأربعاء - أبين: لقي ثلاثة من جنود قوات الحزام الأمني مصرعهم بانفجار عبوة ناسفة استهدفت عربتهم على الطريق الرابط بين مودية والمحفد. وفي اليوم التالي تبنّى تنظيم القاعدة في جزيرة العرب الهجوم في بيان تداولته حسابات مقربة منه.

الخميس - مأرب: أُفرج عن 40 محتجزاً من الطرفين في صفقة تبادل بين الحكومة وجماعة الحوثي جرت بوساطة قبلية في منطقة بين مدينة مأرب وصرواح، هي الأكبر منذ مطلع العام.

وفي الملف السياسي، جدد المبعوث الأممي دعوته إلى "خفض التصعيد"، فيما هدد قيادي حوثي بـ"رد قاسٍ" إذا استمرت الغارات على الحديدة.
""",
    url="https://mashhad-yemeni.example/weekly/2025-10-10", outlet="Al-Mashhad al-Yemeni",
    published="2025-10-10",
    incident="r-yemen-week-2025-10-04",
    events=[
        ev(E, "Air/drone strike", "2025-10-04", HOUTHI, YEM, "harib", 2,
           "بهجوم بطائرة مسيّرة مفخخة أطلقها الحوثيون على موقع عسكري في مديرية حريب"),
        ev(B, "Armed clash", "2025-10-06", HOUTHI, YEM, "taiz_jahmaliyah", 4,
           "تصدت قوات الجيش لمحاولة تسلل نفذتها مجاميع حوثية باتجاه مواقعها في حي الجحملية"),
        ev(E, "Remote explosive/landmine/IED", "2025-10-08", AQAP, SEC_BELT, "mudiyah", 3,
           "بانفجار عبوة ناسفة استهدفت عربتهم على الطريق الرابط بين مودية والمحفد"),
        ev(S, "Agreement", "2025-10-09", YEM, HOUTHI, ("Yemen", "Marib", "Marib, Marib", 15.46, 45.32), None,
           "أُفرج عن 40 محتجزاً من الطرفين في صفقة تبادل بين الحكومة وجماعة الحوثي"),
    ],
    notes="Weekly round-up published Friday 2025-10-10: Saturday = 10-04, Monday = 10-06, Wednesday = 10-08, Thursday = "
          "10-09. The Houthi infiltration attempt makes them actor1 in Taiz; 3 attackers + 1 soldier = 4. The IED on "
          "the Mudiyah-Al-Mahfad road is coded at Mudiyah; AQAP claimed it the next day. The prisoner exchange between "
          "Marib city and Sirwah is an agreement (coded at Marib city, geo precision 2). The Houthi threat and the UN "
          "envoy's call are not events.")

art("r_ye_ibb_teachers_abducted", """
المرصد اليمني للحقوق والحريات | بيانات

إب: الحوثيون يختطفون ستة معلمين من منازلهم.. والمرصد يطالب بالإفراج الفوري عنهم

18 فبراير 2025

أدان المرصد اليمني للحقوق والحريات قيام مسلحين تابعين لجماعة الحوثي باقتحام منازل ستة معلمين في مدينة إب قبل يومين، واقتيادهم إلى جهة مجهولة، في حملة وصفها بأنها "تستهدف كل صوت يطالب بصرف المرتبات".

وبحسب المعلومات التي جمعها فريق الرصد الميداني، فإن أطقماً عسكرية حوثية داهمت منازل المعلمين في حي المشنة وحي الجامعة بعد منتصف الليل، وروّعت النساء والأطفال، وصادرت الهواتف وأجهزة الحاسوب، قبل أن تقتاد المعلمين معصوبي الأعين. ولم تُبلَّغ عائلاتهم حتى اليوم بمكان احتجازهم أو بالتهم الموجهة إليهم.

وأشار المرصد إلى أن المعلمين المختطفين كانوا من بين منظمي وقفة احتجاجية سلمية نفذها نقابيون في يناير الماضي للمطالبة بالرواتب المنقطعة منذ سنوات.

وحمّل المرصد قيادة الجماعة المسؤولية الكاملة عن سلامتهم، داعياً المبعوث الأممي والمنظمات الدولية إلى الضغط للإفراج عنهم وعن جميع المختطفين والمخفيين قسراً.
""",
    url="https://yemen-rights-observatory.example/statements/2025-02-18-ibb-teachers",
    outlet="Yemeni Observatory for Rights and Freedoms",
    published="2025-02-18",
    incident="r-ibb-teachers-abduction-2025-02",
    events=[
        ev(V, "Abduction/forced disappearance", "2025-02-16", HOUTHI, civ("Yemen"), "ibb", None,
           "باقتحام منازل ستة معلمين في مدينة إب قبل يومين، واقتيادهم إلى جهة مجهولة"),
    ],
    notes="NGO statement dated 2025-02-18; 'قبل يومين' = 2025-02-16 (the raids were after midnight, so the 16th/17th "
          "night; within the 3-day tolerance either way). No deaths mentioned: null. The January protest vigil is "
          "background without a day and is not coded.")

art("r_sa_jazan_houthi_shelling", """
جازان - "صحيفة الجنوب السعودية"
الأربعاء 9 مارس 2022م

الدفاع المدني: إصابة مقيمَين اثنين إثر سقوط مقذوف عسكري على قرية حدودية بمحافظة الحرث

صرّح المتحدث الرسمي للمديرية العامة للدفاع المدني بمنطقة جازان، بأنه عند الساعة 7:45 من مساء أمس الثلاثاء، تلقّت غرفة العمليات بلاغاً عن سقوط مقذوف عسكري أُطلق من داخل الأراضي اليمنية على إحدى القرى الحدودية التابعة لمحافظة الحرث.

وأوضح أن المقذوف سقط بالقرب من مجموعة من المنازل، ما نتج عنه إصابة مقيمَين اثنين من الجنسية اليمنية بإصابات طفيفة، وتضرر منزلين وسيارة، ولم ينتج عنه أي وفيات، مشيراً إلى أن المصابين تلقوا الرعاية الطبية اللازمة.

من جهة أخرى، أعلنت قيادة القوات المشتركة للتحالف "تحالف دعم الشرعية في اليمن" اعتراض وتدمير طائرة مسيّرة مفخخة، فجر اليوم، أطلقتها الميليشيا الحوثية بطريقة ممنهجة ومتعمدة باتجاه الأعيان المدنية في خميس مشيط.

وأكدت قيادة التحالف أنها "تتخذ الإجراءات العملياتية اللازمة لحماية المدنيين من الهجمات العدائية".
""",
    url="https://aljanoub-saudi.example/2022/03/09/alharth-projectile", outlet="Al-Janoub Saudi Daily",
    published="2022-03-09",
    incident="r-jazan-projectile-2022-03",
    events=[
        ev(E, "Shelling/artillery/missile attack", "2022-03-08", HOUTHI, civ("Saudi Arabia"), "al_harth", 0,
           "سقوط مقذوف عسكري أُطلق من داخل الأراضي اليمنية على إحدى القرى الحدودية التابعة لمحافظة الحرث"),
        ev(S, "Disrupted weapons use", "2022-03-09", "Saudi-led Coalition", HOUTHI,
           ("Saudi Arabia", "Asir", "Khamis Mushait, Asir", 18.31, 42.73), None,
           "اعتراض وتدمير طائرة مسيّرة مفخخة، فجر اليوم، أطلقتها الميليشيا الحوثية"),
    ],
    notes="Projectile fired from Yemen on a border village of Al-Harth governorate on the evening of Tuesday 2022-03-08; "
          "the statement does not name the shooter, the Houthis are the only force firing across this border (actor1 "
          "by attribution; the coalition's paragraph names them for the drone). 'ولم ينتج عنه أي وفيات': 0. The "
          "village is unnamed: coded at Al-Harth. The intercepted drone heading to Khamis Mushait is a disrupted "
          "weapons use on the 9th.")

# ================================================================================================== Egypt
art("r_eg_minya_mob_boilerplate", """
الصعيد الآن
الرئيسية | أخبار المحافظات | حوادث | رياضة | اقتصاد | فيديو | المزيد ▾

نستخدم ملفات الكوكيز لنقدّم لك أفضل تجربة على موقعنا. اضغط "قبول" للمتابعة. [قبول] [رفض]

حوادث

حرق 4 منازل في قرية بني عبيد بأبو قرقاص بسبب شائعة بناء كنيسة.. والأمن يضبط 15 متهماً

كتب: محرر الصعيد الآن - الثلاثاء 8 أبريل 2025 - 02:15 م

تجمهر عدد من أهالي قرية بني عبيد التابعة لمركز أبو قرقاص جنوب محافظة المنيا، مساء الأحد، أمام منزل مواطن قبطي، بعد انتشار شائعة عن تحويله إلى كنيسة دون ترخيص، ثم رشقوا المنزل ومنازل مجاورة بالحجارة، وأشعلوا النار في أربعة منازل لأسر قبطية، ما أدى إلى إصابة ثلاثة أشخاص بحروق واختناق، دون وقوع وفيات.

وانتقلت قوات الأمن إلى موقع الأحداث وفرضت كردوناً أمنياً حول القرية، ودفعت الحماية المدنية بسيارات إطفاء للسيطرة على النيران. وفي صباح اليوم التالي أعلنت مديرية أمن المنيا ضبط 15 متهماً بالتعدي وإشعال الحرائق، وجرى تحرير محضر بالواقعة وأخطرت النيابة العامة التي باشرت التحقيق.

وأكد محافظ المنيا أن "الدولة لن تسمح بالمساس بالوحدة الوطنية"، مشيراً إلى صرف تعويضات عاجلة للأسر المتضررة وإعادة ترميم المنازل على نفقة المحافظة.

اقرأ أيضاً
- مصرع شاب وإصابة 3 في مشاجرة بالأسلحة البيضاء بملوي
- ضبط عصابة سرقة مواشي في سمالوط
- الأرصاد: ارتفاع درجات الحرارة على الصعيد

الأكثر قراءة | شارك: فيسبوك - تويتر - واتساب

جميع الحقوق محفوظة © الصعيد الآن 2025 | اتصل بنا | سياسة الخصوصية
""",
    url="https://alsaeed-alaan.example/accidents/2025/04/08/bani-obeid", outlet="Al-Saeed Al-Aan",
    published="2025-04-08",
    incident="r-bani-obeid-mob-2025-04",
    events=[
        ev(R, "Mob violence", "2025-04-06", rioters("Egypt"), civ("Egypt"), "abu_qurqas", 0,
           "وأشعلوا النار في أربعة منازل لأسر قبطية"),
        ev(S, "Arrests", "2025-04-07", EGY_POL, rioters("Egypt"), "abu_qurqas", None,
           "أعلنت مديرية أمن المنيا ضبط 15 متهماً بالتعدي وإشعال الحرائق", optional=True),
    ],
    notes="Sectarian mob attack on Coptic homes on Sunday 2025-04-06 (the article of Tuesday the 8th says 'مساء "
          "الأحد'). Three injured, 'دون وقوع وفيات': 0. Bani Ubaid village is coded at Abu Qurqas (the village is not "
          "in the gazetteer). The arrests 'the next day' are optional. The 'اقرأ أيضاً' block (a deadly brawl in "
          "Mallawi, a theft ring) is boilerplate: no events.")

# ================================================================================================== Libya
art("r_ly_tripoli_ain_zara_clashes", """
طرابلس - "ليبيا برس"
الإثنين 12 أغسطس 2024

ارتفاع حصيلة اشتباكات عين زارة إلى 9 قتلى.. وهدوء حذر بعد وساطة أعيان

ارتفعت حصيلة الاشتباكات المسلحة التي اندلعت مساء أمس الأحد في منطقة عين زارة جنوب العاصمة طرابلس، إلى تسعة قتلى بينهم مدنيان، و37 جريحاً، وفق آخر إحصائية أعلنها مركز طب الطوارئ والدعم صباح اليوم، بعد أن كانت الحصيلة الأولية ستة قتلى.

واندلعت المواجهات بين قوة من "اللواء 444 قتال" وعناصر تابعة لـ"جهاز الردع لمكافحة الجريمة المنظمة والإرهاب"، على خلفية توقيف أحد منتسبي اللواء عند بوابة تابعة للردع، واستُخدمت فيها الأسلحة المتوسطة والثقيلة، واستمرت حتى ساعات الفجر الأولى. واتهم كل طرف الآخر بالبدء بإطلاق النار.

وأعلنت كلية الهندسة وعدد من المدارس القريبة تعليق الدراسة، فيما علق مطار معيتيقة رحلاته لساعات قبل أن يستأنفها صباحاً.

وبعد وساطة قادها أعيان من سوق الجمعة وتاجوراء، أعلن الطرفان صباح اليوم وقفاً لإطلاق النار وسحب الآليات من الشوارع، على أن تتولى لجنة مشتركة التحقيق في الحادث.

ودعت البعثة الأممية إلى "الوقف الفوري للأعمال العدائية وحماية المدنيين"، مذكّرة بأن الاشتباكات المماثلة التي شهدتها العاصمة في السنوات الأخيرة خلّفت عشرات الضحايا.
""",
    url="https://libya-press.example/2024/08/12/ain-zara-toll", outlet="Libya Press",
    published="2024-08-12",
    incident="r-ain-zara-clashes-2024-08",
    events=[
        ev(B, "Armed clash", "2024-08-11", BRIGADE_444, RADA, "ain_zara", 9,
           "واستُخدمت فيها الأسلحة المتوسطة والثقيلة، واستمرت حتى ساعات الفجر الأولى"),
        ev(S, "Agreement", "2024-08-12", BRIGADE_444, RADA, "ain_zara", None,
           "أعلن الطرفان صباح اليوم وقفاً لإطلاق النار وسحب الآليات من الشوارع", optional=True),
    ],
    notes="Clashes from Sunday evening 2024-08-11 until dawn on the 12th: one Battles event on the 11th carrying the "
          "whole toll. The toll was revised inside the article from 6 to 9 (latest official figure, all sides and "
          "two civilians): 9. Each side blames the other for opening fire, so actor order is arbitrary. The ceasefire "
          "brokered by notables is an optional agreement. The UN's reminder of earlier clashes is history.")

art("r_ly_benghazi_journalist_abducted", """
بنغازي - "منصة الحقيقة الليبية"

نقابة الصحفيين تطالب بالكشف عن مصير زميل اختُطف أمام منزله في بنغازي

الثلاثاء 27 مايو 2025

طالبت النقابة العامة للصحفيين الليبيين السلطات الأمنية في بنغازي بالكشف "فوراً" عن مصير الصحفي والمدوّن ع. الفيتوري، الذي اختُطف مساء السبت الماضي أمام منزله في منطقة الحدائق، على يد مسلحين مجهولين يرتدون ملابس مدنية ويستقلون سيارتين من دون لوحات.

وقال شقيقه لـ"الحقيقة" إن الأسرة لم تتلقَّ أي اتصال منذ لحظة اقتياده، وإن جميع المراكز الأمنية التي راجعتها "نفت علمها بوجوده لديها". وأضاف أن شقيقه كان قد نشر قبل أسبوع مقالاً ينتقد فيه تردي الخدمات في المدينة.

ولم تعلّق أي جهة رسمية على الحادثة حتى الآن، فيما عبّرت منظمات حقوقية محلية ودولية عن قلقها من "تكرار حالات الإخفاء القسري بحق الصحفيين والناشطين" في المنطقة الشرقية.

وتحتل ليبيا مراتب متأخرة في مؤشرات حرية الصحافة، في ظل الانقسام السياسي وتعدد الأجسام المسلحة.
""",
    url="https://alhaqiqa-libya.example/2025/05/27/benghazi-journalist", outlet="Al-Haqiqa Libya",
    published="2025-05-27",
    incident="r-benghazi-journalist-2025-05",
    events=[
        ev(V, "Abduction/forced disappearance", "2025-05-24", uag("Libya"), civ("Libya"), "benghazi", None,
           "اختُطف مساء السبت الماضي أمام منزله في منطقة الحدائق، على يد مسلحين مجهولين"),
    ],
    notes="'مساء السبت الماضي' against Tuesday 2025-05-27 = 2025-05-24. Abductors unidentified (plain clothes, no plates). "
          "Al-Hadaiq district coded at Benghazi. No deaths mentioned: null.")


# ================================================================================================== Maghreb
art("r_tn_ettadhamen_riots", """
تونس - "الصباح نيوز الرقمية"
الإثنين 13 جانفي 2025

لليلة الثانية على التوالي: مواجهات بين شبان وقوات الأمن بحي التضامن

شهد حي التضامن بولاية أريانة، ليلة أمس الأحد، مواجهات متجددة بين مجموعات من الشبان وقوات الأمن، استُعملت فيها الحجارة والزجاجات الحارقة، فيما ردت الوحدات الأمنية بإطلاق الغاز المسيل للدموع، وذلك لليلة الثانية على التوالي بعد أحداث مماثلة ليلة السبت.

وتعود شرارة الأحداث إلى وفاة شاب في العشرين من عمره يوم الجمعة الماضي إثر سقوطه من دراجة نارية خلال مطاردة أمنية، وهي رواية تشكك فيها عائلته التي تطالب بتشريح مستقل.

وعمد المحتجون إلى غلق الطريق الرئيسية بالعجلات المطاطية المشتعلة ورشق سيارات الأمن بالحجارة، كما تم إحراق حاوية فضلات أمام مركز الأمن بالحي. وأفاد الناطق الرسمي باسم وزارة الداخلية بأن عشرة أعوان أمن أصيبوا بإصابات متفاوتة خلال الليلتين، مؤكداً عدم تسجيل أي وفيات، وأن الوحدات الأمنية أوقفت 27 شخصاً "بينهم قُصّر" من أجل الاعتداء على أعوان أثناء أداء مهامهم والإضرار بملك الغير.

ودعت منظمات من المجتمع المدني إلى التهدئة وفتح تحقيق "شفاف وجدي" في ملابسات وفاة الشاب.
""",
    url="https://assabah-numerique.example/2025/01/13/ettadhamen", outlet="Assabah Numerique",
    published="2025-01-13",
    incident="r-ettadhamen-riots-2025-01",
    events=[
        ev(R, "Violent demonstration", "2025-01-11", rioters("Tunisia"), TUN_POL, "ettadhamen", 0,
           "لليلة الثانية على التوالي بعد أحداث مماثلة ليلة السبت"),
        ev(R, "Violent demonstration", "2025-01-12", rioters("Tunisia"), TUN_POL, "ettadhamen", 0,
           "شهد حي التضامن بولاية أريانة، ليلة أمس الأحد، مواجهات متجددة بين مجموعات من الشبان وقوات الأمن"),
        ev(S, "Arrests", "2025-01-12", TUN_POL, rioters("Tunisia"), "ettadhamen", None,
           "أوقفت 27 شخصاً", optional=True),
    ],
    notes="Two nights of riots, one event per night: Saturday 2025-01-11 and Sunday 2025-01-12 (page of Monday the "
          "13th). 'مؤكداً عدم تسجيل أي وفيات' covers both nights: 0 each. The young man's death on Friday, in a fall "
          "from a motorbike during a police chase, is not coded (accident as reported; disputed by the family). "
          "Arrests over the two nights: optional.")

art("r_dz_mdn_weekly_bilan", """
وزارة الدفاع الوطني
حصيلة عمليات الجيش الوطني الشعبي خلال الفترة الممتدة من 11 إلى 17 جوان 2025

الجزائر في 18 جوان 2025

في إطار مكافحة الإرهاب والجريمة المنظمة، وبفضل الاستغلال الأمثل للمعلومات، نفذت وحدات ومفارز الجيش الوطني الشعبي، خلال الفترة الممتدة من 11 إلى 17 جوان 2025، عمليات عديدة أسفرت عن نتائج نوعية تعكس مدى الاحترافية العالية واليقظة والاستعداد الدائمين لقواتنا المسلحة في كامل التراب الوطني.

ففي إطار مكافحة الإرهاب، تمكنت مفرزة للجيش الوطني الشعبي، يوم 14 جوان 2025، إثر عملية بحث وتمشيط بالقرب من بلدية العنصر بولاية جيجل بالناحية العسكرية الخامسة، من القضاء على إرهابيَّين (02) اثنين واسترجاع مسدسين رشاشين من نوع كلاشنيكوف وكمية من الذخيرة.

كما سلّم الإرهابي المدعو "ب. محمد" نفسه للسلطات العسكرية ببرج باجي مختار بالناحية العسكرية السادسة يوم 15 جوان 2025، وكان بحوزته مسدس رشاش من نوع كلاشنيكوف، فيما أوقفت مفارز مشتركة (05) عناصر دعم للجماعات الإرهابية في عمليات متفرقة عبر التراب الوطني.

وفي إطار مكافحة الجريمة المنظمة، أوقفت مفارز مشتركة بكل من تمنراست وبرج باجي مختار وعين قزام (213) شخصاً وضبطت مولدات كهربائية ومطارق ضغط تستعمل في عمليات التنقيب غير المشروع عن الذهب، كما أُحبطت محاولات تهريب كميات من الوقود تقدر بـ (12.400) لتر بكل من تبسة والطارف وسوق أهراس.
""",
    url="https://mdn-dz.example/ar/bilan/2025-06-18", outlet="Algerian Ministry of National Defence",
    published="2025-06-18",
    incident="r-dz-weekly-bilan-2025-06-11",
    events=[
        ev(B, "Armed clash", "2025-06-14", DZA, uag("Algeria"), "el_ancer", 2,
           "من القضاء على إرهابيَّين (02) اثنين واسترجاع مسدسين رشاشين"),
        ev(S, "Other", "2025-06-15", uag("Algeria"), DZA, "bordj_badji_mokhtar", None,
           "نفسه للسلطات العسكرية ببرج باجي مختار بالناحية العسكرية السادسة",
           optional=True),
        ev(S, "Arrests", "2025-06-14", DZA, uag("Algeria"), "algeria_unknown", None,
           "أوقفت مفارز مشتركة (05) عناصر دعم للجماعات الإرهابية", optional=True),
    ],
    notes="Weekly bulletin of the Algerian MDN (11-17 June 2025, 'جوان'). The neutralisation near El Ancer (Jijel) on "
          "the 14th is coded as an armed clash with an unnamed group (the bulletin names no group), 2 killed. The "
          "surrender and the support-cell arrests are optional; the arrests have no day or place (week midpoint, "
          "country only). Gold-digging arrests and fuel smuggling are not conflict events.")

art("r_ma_rabat_teachers_sit_in", """
هسبريس الجهات | مجتمع

الأمن يفرّق بالقوة وقفة "الأساتذة المفروض عليهم التعاقد" أمام البرلمان

الرباط - الخميس 21 نونبر 2024

فرّقت القوات العمومية، أمس الأربعاء، بالقوة، وقفة احتجاجية نظمها المئات من الأساتذة المفروض عليهم التعاقد أمام مقر البرلمان بشارع محمد الخامس بالرباط، مستعملة الهراوات والدروع، ما خلّف إصابات في صفوف المحتجين وُصفت بالطفيفة، وفق ما أفادت به التنسيقية الوطنية.

وردد المحتجون شعارات تطالب بالإدماج في أسلاك الوظيفة العمومية وسحب الاقتطاعات من الأجور، قبل أن تتدخل عناصر الأمن لإبعادهم عن محيط المؤسسة التشريعية وملاحقتهم في الأزقة المجاورة. وأشارت التنسيقية إلى توقيف ثلاثة من أعضائها لساعات قبل إطلاق سراحهم.

وفي الدار البيضاء، نظم أساتذة آخرون وقفة مماثلة أمام مقر الأكاديمية الجهوية للتربية والتكوين، مرّت في أجواء هادئة ودون أي تدخل أمني.

وتعتزم التنسيقية خوض إضراب وطني لمدة ثلاثة أيام مطلع شهر دجنبر المقبل، مع تنظيم مسيرة وطنية في الرباط، في حال استمرار "تجاهل" الوزارة الوصية لمطالبها.
""",
    url="https://hespress-regions.example/society/2024/11/21/rabat-teachers", outlet="Hespress Regions",
    published="2024-11-21",
    incident="r-contract-teachers-protests-2024-11-20",
    events=[
        ev(P, "Protest with intervention", "2024-11-20", protesters("Morocco"), MAR_POL, "rabat", None,
           "فرّقت القوات العمومية، أمس الأربعاء، بالقوة، وقفة احتجاجية نظمها المئات من الأساتذة"),
        ev(P, "Peaceful protest", "2024-11-20", protesters("Morocco"), None,
           ("Morocco", "Casablanca-Settat", "Casablanca, Casablanca-Settat", 33.57, -7.59), None,
           "نظم أساتذة آخرون وقفة مماثلة أمام مقر الأكاديمية الجهوية للتربية والتكوين"),
    ],
    notes="Moroccan month names (نونبر، دجنبر). Dispersal with batons and light injuries, no lethal force: protest "
          "with intervention; no death figure given: null. The Casablanca vigil the same day is a separate peaceful "
          "protest. The planned strike and march in December are future plans, not events.")

# ================================================================================================== Sudan / South Sudan
art("r_sd_el_obeid_market_drone_local", """
كردفان اليوم | الرئيسية | أخبار | تقارير | حوارات

الأبيض: 14 قتيلاً على الأقل في قصف بمسيّرة استهدف السوق الكبير

الإثنين 3 نوفمبر 2025

قُتل 14 مدنياً على الأقل وأصيب العشرات، ظهر أمس الأحد، عندما سقطت قذائف أطلقتها طائرة مسيّرة على السوق الكبير وسط مدينة الأبيض، حاضرة ولاية شمال كردفان، في ساعة الذروة.

وقال مصدر طبي في مستشفى الأبيض التعليمي لـ"كردفان اليوم" إن المستشفى استقبل 14 جثة وأكثر من 40 مصاباً، بعضهم في حالة خطرة، فيما قالت حكومة الولاية في بيان إن عدد القتلى بلغ 16 شخصاً.

واتهمت الفرقة الخامسة مشاة (الهجانة) قوات الدعم السريع بإطلاق المسيّرة من مناطق تسيطر عليها غرب المدينة، ووصفت الهجوم بأنه "جريمة حرب مكتملة الأركان". ولم يصدر تعليق من الدعم السريع حتى مساء أمس.

وقال شاهد عيان كان يعمل في محل للأقمشة إن "الانفجار الأول وقع قرب سوق الخضار، وبعد دقائق سقطت قذيفة ثانية بينما كان الناس يحاولون إسعاف الجرحى".

وأغلقت السلطات السوق حتى إشعار آخر، ودعت المواطنين إلى التبرع بالدم.

اقرأ أيضاً: الأمم المتحدة: أكثر من 12 مليون نازح في السودان منذ أبريل 2023

© كردفان اليوم - جميع الحقوق محفوظة
""",
    url="https://kordofan-today.example/news/2025/11/03/obeid-market", outlet="Kordofan Today",
    published="2025-11-03",
    incident="r-el-obeid-market-drone-2025-11-02",
    events=[
        ev(E, "Air/drone strike", "2025-11-02", RSF, civ("Sudan"), "el_obeid", 14,
           "عندما سقطت قذائف أطلقتها طائرة مسيّرة على السوق الكبير وسط مدينة الأبيض"),
    ],
    notes="Same incident as r_sd_el_obeid_market_drone_doctors. Hospital 14, state government 16: coded 14 (lowest "
          "credible). Attributed to the RSF by the army, no RSF comment: actor1 RSF by the only attribution given. "
          "The two projectiles are one strike event. The 'اقرأ أيضاً' cumulative displacement figure is boilerplate.")

art("r_sd_el_obeid_market_drone_doctors", """
شبكة أطباء كردفان
بيان صحفي

الأبيض، 3 نوفمبر 2025

ارتفاع حصيلة مجزرة السوق الكبير بالأبيض إلى 21 شهيداً

تنعى شبكة أطباء كردفان 21 من المواطنين الأبرياء، بينهم خمسة أطفال وثلاث نساء، ارتقوا جراء القصف الذي نفذته ميليشيا الدعم السريع بمسيّرة انتحارية على السوق الكبير بمدينة الأبيض ظهر يوم الأحد الثاني من نوفمبر، فيما بلغ عدد المصابين 43 مصاباً، بينهم 9 حالات حرجة نُقلت إلى غرف العناية المكثفة.

وتشير الشبكة إلى أن الحصيلة مرشحة للارتفاع بسبب خطورة الإصابات ونقص الأدوية ومستلزمات الجراحة في مستشفيات المدينة المحاصرة من ثلاث جهات.

إن استهداف الأسواق والتجمعات المدنية انتهاك صريح للقانون الدولي الإنساني، وتحمّل الشبكة قيادة الميليشيا المسؤولية الكاملة عن هذه الجريمة، وتطالب المجتمع الدولي بإدانة واضحة واتخاذ إجراءات رادعة.

كما تناشد الشبكة المنظمات الإنسانية تزويد مستشفى الأبيض التعليمي بالإمدادات الطبية العاجلة ووحدات الدم.

المكتب الإعلامي - شبكة أطباء كردفان
""",
    url="https://kordofan-doctors.example/statements/2025-11-03", outlet="Kordofan Doctors Network",
    published="2025-11-03",
    incident="r-el-obeid-market-drone-2025-11-02",
    events=[
        ev(E, "Air/drone strike", "2025-11-02", RSF, civ("Sudan"), "el_obeid", 21,
           "جراء القصف الذي نفذته ميليشيا الدعم السريع بمسيّرة انتحارية على السوق الكبير بمدينة الأبيض"),
    ],
    notes="Second outlet on the El Obeid market strike (see r_sd_el_obeid_market_drone_local): this statement gives "
          "only 21 dead, so 21 here. Date spelled out ('الأحد الثاني من نوفمبر'). A 'suicide drone' (loitering "
          "munition) is coded as an air/drone strike.")

art("r_sd_bara_army_recapture", """
القوات المسلحة السودانية
مكتب الناطق الرسمي
بيان

الأربعاء 15 أكتوبر 2025

شعبنا السوداني الأبي،

تمكنت قواتكم المسلحة والقوات المساندة لها، أمس الثلاثاء، من تحرير مدينة بارا بولاية شمال كردفان بالكامل من دنس ميليشيا الدعم السريع المتمردة، بعد معارك بطولية استمرت منذ الصباح الباكر وحتى ساعات العصر.

وقد كبّدت قواتنا الميليشيا خسائر فادحة في الأرواح والعتاد، حيث قُتل العشرات من عناصرها، واستولت قواتنا على 17 عربة قتالية بكامل عتادها، ودُمّرت أخرى، وفرّ من تبقى منهم باتجاه الغرب. وارتقى في هذه المعارك ثلاثة من أبطالنا شهداء، نسأل الله لهم الرحمة.

وأضاف البيان أن الميليشيا نهبت السوق الرئيسي في المدينة وأحرقت عدداً من المنازل قبل فرارها، وأن الفرق الهندسية تعمل على تطهير المدينة من الألغام والمتفجرات.

إن قواتكم المسلحة ماضية في تحرير كل شبر من أرض الوطن، ولن يهدأ لها بال حتى يعود الأمن والاستقرار إلى كل ربوع السودان.

والنصر لشعبنا الصامد.
""",
    url="https://sudan-armed-forces.example/statements/2025-10-15-bara", outlet="Sudanese Armed Forces Spokesman",
    published="2025-10-15",
    incident="r-bara-recapture-2025-10-14",
    events=[
        ev(B, "Government regains territory", "2025-10-14", SAF, RSF, "bara", 15,
           "من تحرير مدينة بارا بولاية شمال كردفان بالكامل"),
        ev(S, "Looting/property destruction", "2025-10-14", RSF, civ("Sudan"), "bara", None,
           "أن الميليشيا نهبت السوق الرئيسي في المدينة وأحرقت عدداً من المنازل قبل فرارها", optional=True),
    ],
    notes="Army statement of 2025-10-15; the recapture was 'أمس الثلاثاء' = 2025-10-14. Fatalities: 'العشرات' of RSF "
          "(dozens = 12 by convention) plus three soldiers = 15. The looting is an accusation by one side with no "
          "date of its own (before the withdrawal): optional.")

art("r_ss_nasir_clash", """
جوبا - "راديو النيل الأبيض"
الأربعاء 9 يوليو 2025

الجيش يعلن صد هجوم للمعارضة المسلحة على الناصر.. والمعارضة تقول إنها سيطرت على ثكنة

أعلن الجيش الشعبي لدفاع جنوب السودان أن قواته صدّت هجوماً شنته قوات الجيش الشعبي لتحرير السودان - في المعارضة، فجر الإثنين، على مواقعه في مدينة الناصر بولاية أعالي النيل، مؤكداً مقتل تسعة من المهاجمين وثلاثة من جنوده.

وقال المتحدث باسم الجيش في مؤتمر صحفي بجوبا إن "الوضع تحت السيطرة بالكامل"، نافياً ما تداولته حسابات موالية للمعارضة عن سقوط ثكنة الجيش في المدينة.

في المقابل، قال المتحدث العسكري باسم المعارضة المسلحة في تصريح هاتفي إن قواته "سيطرت لساعات على الثكنة" وقتلت "العشرات من جنود الحكومة"، مقراً بمقتل اثنين من مقاتليه، قبل أن تنسحب "بشكل تكتيكي" إلى الضفة الأخرى لنهر السوباط.

وأعربت بعثة الأمم المتحدة في جنوب السودان عن "قلقها البالغ" إزاء تجدد القتال في المنطقة، مشيرة إلى فرار نحو ثلاثة آلاف مدني من الناصر والقرى المجاورة خلال الأيام الأخيرة.
""",
    url="https://white-nile-radio.example/2025/07/09/nasir-clash", outlet="White Nile Radio",
    published="2025-07-09",
    incident="r-nasir-clash-2025-07-07",
    events=[
        ev(B, "Armed clash", "2025-07-07", SPLA_IO, SSD, "nasir", 12,
           "صدّت هجوماً شنته قوات الجيش الشعبي لتحرير السودان - في المعارضة، فجر الإثنين"),
    ],
    notes="'فجر الإثنين' against Wednesday 2025-07-09 = 2025-07-07. Conflicting claims: the army says 9 attackers and 3 "
          "soldiers killed (12); the SPLA-IO claims 'dozens' of soldiers (12) and admits 2 fighters (14). Coded 12, the "
          "lower total. The claimed capture of the barracks is denied and was at most for hours: armed clash, not a "
          "territorial change. Displacement is not an event.")


# ================================================================================================== Somalia (one incident, three outlets)
MOGADISHU_BOMBING = "r-mogadishu-km4-car-bomb-2025-02-18"

art("r_so_mogadishu_km4_ticker", """
شريط الأخبار العاجلة - "القرن اليوم"
الثلاثاء 18 فبراير 2025

عاجل | 16:05 | مصدر طبي في مستشفى مدينا: ارتفاع عدد قتلى تفجير كيلو 4 في مقديشو إلى 8 ونحو 20 جريحاً

عاجل | 15:00 | رئيس الوزراء الصومالي يدين "الهجوم الإرهابي الجبان" ويأمر بتشديد الإجراءات الأمنية على مداخل العاصمة

عاجل | 14:10 | حركة الشباب تتبنى التفجير في بيان بثته إذاعة موالية لها، وتقول إنها استهدفت "تجمعاً لعناصر الحكومة المرتدة"

عاجل | 13:30 | الشرطة الصومالية: مقتل 6 أشخاص على الأقل وإصابة 15 في الانفجار

عاجل | 12:55 | مصادر أمنية: الانفجار ناجم عن سيارة مفخخة يقودها انتحاري اقتحم بها مدخل مطعم قرب التقاطع

عاجل | 12:41 | انفجار قوي يهز تقاطع كيلو 4 وسط العاصمة مقديشو وأعمدة الدخان تتصاعد من المكان

عاجل | 12:20 | البنك المركزي الصومالي يعلن إطلاق منصة جديدة للتحويلات المالية
""",
    url="https://alqarn-alyawm.example/breaking/2025-02-18", outlet="Al-Qarn Al-Yawm",
    published="2025-02-18",
    incident=MOGADISHU_BOMBING,
    events=[
        ev(E, "Suicide bomb", "2025-02-18", SHB, civ("Somalia"), "mogadishu_km4", 8,
           "الانفجار ناجم عن سيارة مفخخة يقودها انتحاري اقتحم بها مدخل مطعم قرب التقاطع"),
    ],
    notes="Breaking-news ticker, newest item first. Police 'at least 6' at 13:30, revised by a hospital source to 8 at "
          "16:05; the later figure supersedes the early 'at least': 8. Claimed by Al Shabaab. Same incident as the "
          "wire and live-blog articles (r_so_mogadishu_km4_*).")

art("r_so_mogadishu_km4_wire", """
مقديشو - (وكالة القرن الإفريقي للأنباء)

الشرطة الصومالية: ارتفاع قتلى تفجير كيلو 4 إلى 11 بينهم ثلاثة جنود

الأربعاء 19 فبراير 2025

قالت الشرطة الصومالية، اليوم الأربعاء، إن عدد قتلى التفجير الانتحاري الذي استهدف مطعماً قرب تقاطع كيلو 4 في العاصمة مقديشو، ظهر أمس، ارتفع إلى 11 قتيلاً، بينهم ثلاثة جنود كانوا يتناولون الغداء، إضافة إلى 22 جريحاً.

وقال المتحدث باسم الشرطة في مؤتمر صحفي إن الانتحاري كان يقود سيارة صغيرة محمّلة بالمتفجرات، وإن حراس المطعم حاولوا إيقافه قبل أن يفجّر نفسه عند المدخل. غير أن مسؤولاً في خدمة "أمين" للإسعاف قال للوكالة إن فرقه نقلت 13 جثة من موقع الانفجار.

وأضاف المتحدث أن الأجهزة الأمنية اعتقلت خلال الليل أربعة أشخاص يُشتبه في صلتهم بالهجوم، بينهم مالك ورشة يُعتقد أن السيارة جُهّزت فيها.

وكانت حركة الشباب المرتبطة بتنظيم القاعدة قد أعلنت مسؤوليتها عن الهجوم بعد ساعات من وقوعه. ويُعدّ تقاطع كيلو 4 من أكثر المناطق ازدحاماً في العاصمة، وقد تعرّض لهجمات مماثلة في السنوات الماضية.
""",
    url="https://horn-africa-agency.example/2025/02/19/km4-toll", outlet="Horn of Africa News Agency",
    published="2025-02-19",
    incident=MOGADISHU_BOMBING,
    events=[
        ev(E, "Suicide bomb", "2025-02-18", SHB, civ("Somalia"), "mogadishu_km4", 11,
           "ارتفع إلى 11 قتيلاً، بينهم ثلاثة جنود كانوا يتناولون الغداء"),
        ev(S, "Arrests", "2025-02-18", "Police Forces of Somalia (2022-)", SHB, "mogadishu_km4", None,
           "اعتقلت خلال الليل أربعة أشخاص يُشتبه في صلتهم بالهجوم", optional=True),
    ],
    notes="Next-day wire: the bombing was 'ظهر أمس' = 2025-02-18. Police 11 (three soldiers among them), ambulance "
          "service 13 bodies: coded 11, the lower credible figure. The target is a restaurant; the dead are mostly "
          "diners: actor2 Civilians (Somalia). Overnight arrests (18th/19th) optional.")

art("r_so_mogadishu_km4_liveblog", """
تغطية مباشرة | "صوت الصومال" بالعربية
تفجير كيلو 4 في مقديشو: لحظة بلحظة
الثلاثاء 18 فبراير 2025 - يتم تحديث الصفحة باستمرار

19:10
وزير الأمن الداخلي في تصريح للتلفزيون الرسمي: الحصيلة النهائية لليوم 10 قتلى و21 جريحاً، والتحقيقات جارية لمعرفة الجهة التي سهّلت دخول السيارة.

17:45
الهلال الأحمر الصومالي يعلن إرسال فرق إضافية إلى مستشفيات مدينا وإرديغان والمستشفى التركي، ويطلب التبرع بالدم.

15:20
مصادر طبية: ارتفاع عدد القتلى إلى 8 بعد وفاة جريحين متأثرَين بإصاباتهما.

14:15
حركة الشباب تعلن مسؤوليتها عن الهجوم.

13:15
الشرطة: سقوط 5 قتلى على الأقل، بينهم صاحب المطعم. وشهود يتحدثون عن "جثث متناثرة" أمام المدخل.

12:50
معلومات أولية تفيد بأن سيارة مفخخة يقودها انتحاري انفجرت عند مدخل مطعم "الشرق" القريب من التقاطع، وهو مطعم يرتاده موظفون حكوميون.

12:40
دوي انفجار عنيف في منطقة كيلو 4 بالعاصمة، وسماع إطلاق نار متقطع بعده.
""",
    url="https://sawt-somal.example/live/2025-02-18-km4", outlet="Sawt al-Somal",
    published="2025-02-18",
    incident=MOGADISHU_BOMBING,
    events=[
        ev(E, "Suicide bomb", "2025-02-18", SHB, civ("Somalia"), "mogadishu_km4", 10,
           "سيارة مفخخة يقودها انتحاري انفجرت عند مدخل مطعم"),
    ],
    notes="Live blog in reverse order. Tolls 5 ('at least'), then 8, then the minister's 'final toll' of 10 at 19:10: "
          "the final official figure supersedes the earlier ones: 10. The gunfire heard after the blast is not "
          "reported as a clash. Third outlet on the Mogadishu bombing.")

# ================================================================================================== Sahel / Lake Chad
art("r_ml_sandare_convoy", """
باماكو - "الساحل 24"

مالي: كمين لـ"نصرة الإسلام والمسلمين" على قافلة صهاريج وقود في منطقة كاي

الخميس 25 سبتمبر 2025

هاجم مسلحون من جماعة نصرة الإسلام والمسلمين، يوم الثلاثاء الماضي، قافلة من صهاريج الوقود كانت ترافقها وحدات من القوات المسلحة المالية (فاما) على الطريق الرابط بين نيورو الساحل وديما، قرب بلدة سانداريه في منطقة كاي غربي البلاد.

وقالت هيئة الأركان العامة للجيش في بيان إن المرافقة العسكرية "ردّت بقوة" على المهاجمين، ما أدى إلى "تحييد 8 إرهابيين"، مقرّة بمقتل جنديين وإصابة خمسة آخرين. وأكد البيان أن تعزيزات جوية تدخلت لتأمين القافلة.

غير أن مصادر محلية وسائقين نجوا من الهجوم أفادوا بأن المسلحين أحرقوا ما لا يقل عن 20 صهريجاً، وخطفوا عدداً من السائقين، ولم يتسنَّ التحقق من هذه المعلومات من مصدر مستقل.

وتفرض الجماعة منذ أسابيع حصاراً على إمدادات الوقود القادمة من السنغال وموريتانيا، ما تسبب في طوابير طويلة أمام محطات البنزين في باماكو وارتفاع حاد في الأسعار.
""",
    url="https://sahel24.example/mali/2025/09/25/sandare-convoy", outlet="Sahel 24",
    published="2025-09-25",
    incident="r-sandare-fuel-convoy-2025-09-23",
    events=[
        ev(B, "Armed clash", "2025-09-23", JNIM, MLI, "sandare", 10,
           "هاجم مسلحون من جماعة نصرة الإسلام والمسلمين، يوم الثلاثاء الماضي، قافلة من صهاريج الوقود"),
        ev(S, "Looting/property destruction", "2025-09-23", JNIM, civ("Mali"), "sandare", None,
           "أحرقوا ما لا يقل عن 20 صهريجاً", optional=True),
    ],
    notes="'يوم الثلاثاء الماضي' against Thursday 2025-09-25 = 2025-09-23. Army figures: 8 'neutralised' attackers + 2 "
          "soldiers = 10 (a government claim of neutralised fighters is counted). The burning of tankers and "
          "kidnapping of drivers come from unverified local sources: optional property destruction (the abductions "
          "are too vague to code). Sandare is missing from the gazetteer; coordinates approximate.")

art("r_bf_diapaga_survivors_nodate", """
"نداء الشرق" - منبر إخباري مستقل

ناجون يروون تفاصيل مجزرة في قرية شرق ديابغا

وصل عشرات الفارين، معظمهم من النساء والأطفال، إلى مدينة ديابغا في إقليم تابوا شرقي بوركينا فاسو، بعد أن ساروا أياماً في الأدغال هرباً من قريتهم الصغيرة التي تبعد نحو 40 كيلومتراً إلى الشرق من المدينة.

وروت إحدى الناجيات أن مسلحين على دراجات نارية قالوا إنهم من جماعة نصرة الإسلام والمسلمين طوّقوا القرية عند الفجر، وجمعوا الرجال في ساحة السوق، ثم أطلقوا النار عليهم. وقالت: "قتلوا عشرات الرجال أمام أعيننا، بينهم زوجي وابناي، ثم أحرقوا مخازن الحبوب".

وقال ناجٍ آخر إن المهاجمين اتهموا سكان القرية بالتعاون مع متطوعي الدفاع عن الوطن، وأمهلوا من تبقى ساعة واحدة للرحيل.

ولم يتسنَّ التحقق من تاريخ الهجوم بدقة، إذ تختلف روايات الناجين حول عدد الأيام التي قضوها في الطريق، كما لم يصدر أي تعليق من السلطات أو من الجيش. وتعيش مناطق واسعة من الإقليم عزلة شبه تامة بسبب انقطاع الاتصالات وتلغيم الطرق.

وتقدّر منظمات إغاثة محلية أن ديابغا استقبلت آلاف النازحين خلال الأشهر الأخيرة، في ظل نقص حاد في الغذاء والمياه.
""",
    url=None, outlet="Nidaa al-Sharq", published=None,
    incident="r-diapaga-east-village-massacre",
    events=[
        ev(V, "Attack", None, JNIM, civ("Burkina Faso"),
           ("Burkina Faso", "Est", "Diapaga, Est", 12.07, 1.79), 12,
           "ثم أطلقوا النار عليهم"),
    ],
    notes="No publication date and no date of the attack anywhere on the page ('لم يتسنَّ التحقق من تاريخ الهجوم'): "
          "date null. 'عشرات الرجال' = dozens = 12. The village is unnamed, about 40 km east of Diapaga: coded at "
          "Diapaga (geo precision 2). The attackers identified themselves as JNIM according to survivors. The burning "
          "of grain stores is part of the same attack.")

art("r_ne_banibangou_communique", """
نيامي - "وكالة أنباء الصحراء"
الثلاثاء 25 مارس 2025

وزارة الدفاع النيجرية: مقتل 10 جنود في كمين قرب بانيبانغو.. وضربات جوية "تحيّد" 15 إرهابياً

أعلنت وزارة الدفاع الوطني في النيجر، في بيان تُلي مساء أمس على التلفزيون الرسمي، أن دورية للقوات المسلحة النيجرية تعرضت يوم الجمعة 21 مارس 2025 لكمين نصبه "عدد كبير من الإرهابيين" على متن دراجات نارية، على بعد نحو 20 كيلومتراً من بلدة بانيبانغو في منطقة تيلابيري غربي البلاد.

وأوضح البيان أن الاشتباك أسفر عن مقتل 10 جنود وإصابة 7 آخرين، مقابل "تحييد عشرات الإرهابيين" وتدمير عدد من دراجاتهم، مشيراً إلى أن الجرحى نُقلوا إلى نيامي لتلقي العلاج.

وأضاف البيان أن القوات الجوية نفذت في اليوم التالي، السبت 22 مارس، سلسلة ضربات على مواقع تجمع المهاجمين في منطقة حدودية شمال بانيبانغو، أسفرت عن "تحييد 15 إرهابياً" وتدمير مخازن وقود وذخيرة.

ولم يحدد البيان الجهة المنفذة، غير أن هذه المنطقة القريبة من الحدود مع مالي تُعد من معاقل تنظيم الدولة الإسلامية في الساحل، الذي ينفذ هجمات متكررة ضد الجيش والمدنيين.

وأعلنت الحكومة حداداً وطنياً لمدة ثلاثة أيام.
""",
    url="https://sahara-news-agency.example/niger/2025/03/25/banibangou", outlet="Sahara News Agency",
    published="2025-03-25",
    incident="r-banibangou-ambush-2025-03-21",
    events=[
        ev(B, "Armed clash", "2025-03-21", ISSP, NER, "banibangou", 22,
           "تعرضت يوم الجمعة 21 مارس 2025 لكمين نصبه"),
        ev(E, "Air/drone strike", "2025-03-22", NER, ISSP, "banibangou", 15,
           "القوات الجوية نفذت في اليوم التالي، السبت 22 مارس، سلسلة ضربات"),
    ],
    notes="10 soldiers + 'عشرات الإرهابيين' (dozens = 12) = 22 for the ambush; 15 'neutralised' in the next day's air "
          "strikes. The communique names no group; the outlet attributes the area to ISSP, which is how a coder "
          "would attribute it (Unidentified Armed Group (Niger) also defensible). Both places are 'about 20 km' / "
          "'north of' Banibangou: coded at Banibangou (geo precision 2). The national mourning is not an event.")

art("r_td_mandoul_farmers_herders", """
انجامينا - "تشاد بوست"
الثلاثاء 13 مايو 2025

12 قتيلاً في مواجهات بين مزارعين ورعاة بمقاطعة ماندول

لقي 12 شخصاً مصرعهم وأصيب نحو 20 آخرين، يوم الأحد الماضي، في مواجهات عنيفة بين مزارعين ورعاة رُحّل في قرية ماندكاو التابعة لمحافظة كومرا في مقاطعة ماندول جنوبي تشاد، بحسب ما أعلنه والي المقاطعة.

وبدأت الأحداث، وفق رواية السلطات المحلية، عندما دخل قطيع من الماشية إلى حقول مزروعة، فاندلع شجار سرعان ما تطور إلى مواجهات استُخدمت فيها الأسلحة النارية والسكاكين والأقواس، وأُحرقت خلالها عشرات الأكواخ.

غير أن نائباً في البرلمان عن الدائرة قال في تصريح لإذاعة محلية إن "الحصيلة الحقيقية تتجاوز 20 قتيلاً"، متهماً السلطات بالتقليل من حجم المأساة والتأخر في إرسال التعزيزات.

وأعلنت الحكومة إرسال وفد وزاري إلى المنطقة، ونشر وحدات من الدرك الوطني للفصل بين الطرفين، فيما دعت الزعامات التقليدية إلى "ضبط النفس وتغليب لغة الحوار".

وتتكرر النزاعات بين المزارعين والرعاة في جنوب تشاد مع بداية موسم الأمطار وانتقال القطعان جنوباً.
""",
    url="https://tchad-post.example/2025/05/13/mandoul-clashes", outlet="Tchad Post",
    published="2025-05-13",
    incident="r-mandakao-clashes-2025-05-11",
    events=[
        ev(B, "Armed clash", "2025-05-11", clan("Chad"), clan("Chad"), "koumra", 12,
           "فاندلع شجار سرعان ما تطور إلى مواجهات استُخدمت فيها الأسلحة النارية والسكاكين والأقواس"),
    ],
    notes="'يوم الأحد الماضي' against Tuesday 2025-05-13 = 2025-05-11. Governor 12 dead, a local MP 'more than 20': "
          "coded 12. Communal farmer-herder clash with firearms: armed clash between two unnamed communal militias. "
          "Mandakao village is not in the gazetteer: coded at Koumra, the department seat (geo precision 2). The "
          "gendarmerie deployment is not an event.")

art("r_ng_faskari_abduction", """
أبوجا - "نيجيريا بالعربي"
الجمعة 20 يونيو 2025

مسلحون يختطفون 38 قروياً ويقتلون اثنين في ولاية كاتسينا

اختطف مسلحون يُعرفون محلياً بـ"قطاع الطرق" 38 شخصاً، بينهم نساء وأطفال، وقتلوا رجلين حاولا المقاومة، خلال هجوم على قرية في منطقة فاسكاري بولاية كاتسينا شمال غربي نيجيريا، مساء الأربعاء.

وقال المتحدث باسم شرطة الولاية إن المسلحين وصلوا على متن عشرات الدراجات النارية وأطلقوا النار في الهواء لإرهاب السكان، قبل أن يقتادوا الضحايا إلى غابة قريبة. وأضاف أن قوات الشرطة والجيش "تمشط المنطقة" وتمكنت أمس من تحرير خمسة من المختطفين.

وقال أحد سكان القرية إن المسلحين طالبوا بفدية قدرها 50 مليون نايرا مقابل الإفراج عن المختطفين، وهددوا بقتلهم في حال عدم الدفع.

وتشهد ولايات شمال غرب نيجيريا، ولا سيما زامفارا وكاتسينا وسوكوتو، موجة من عمليات الخطف الجماعي مقابل الفدية منذ سنوات.
""",
    url="https://nigeria-arabic.example/2025/06/20/faskari-abduction", outlet="Nigeria bil-Arabi",
    published="2025-06-20",
    incident="r-faskari-abduction-2025-06-18",
    events=[
        ev(V, "Attack", "2025-06-18", BANDITS, civ("Nigeria"), "faskari", 2,
           "وقتلوا رجلين حاولا المقاومة، خلال هجوم على قرية في منطقة فاسكاري"),
    ],
    notes="'مساء الأربعاء' against Friday 2025-06-20 = 2025-06-18. Abduction of 38 and killing of two in one raid: one "
          "Violence against civilians event (same day, place, actors); Attack precedes Abduction in ACLED's order, "
          "fatalities 2. The rescue of five by police 'أمس' is not a clash. The village is unnamed: coded at Faskari.")

# ================================================================================================== Turkey / Iran
art("r_tr_sarachane_protest", """
إسطنبول - "ترك برس عربي"
الثلاثاء 4 نوفمبر 2025

الشرطة التركية تفرّق بالغاز متظاهرين أمام بلدية إسطنبول الكبرى

فرّقت الشرطة التركية، مساء أمس الإثنين، آلاف المتظاهرين الذين احتشدوا في ساحة سراج خانة أمام مبنى بلدية إسطنبول الكبرى، احتجاجاً على عزل رئيس بلدية إحدى المقاطعات وتعيين وصي مكانه، مستخدمة الغاز المسيل للدموع وخراطيم المياه والرصاص المطاطي.

ورفع المحتجون، وغالبيتهم من الطلاب وأنصار حزب الشعب الجمهوري المعارض، شعارات تطالب بـ"احترام إرادة الناخبين"، وحاول بعضهم اختراق الحواجز الحديدية التي أقامتها الشرطة في محيط الساحة.

وأعلن والي إسطنبول في منشور على منصة "إكس" توقيف 54 شخصاً "بسبب مخالفة قانون التجمعات والاعتداء على عناصر الأمن"، مؤكداً إصابة 9 من أفراد الشرطة بجروح طفيفة.

وفي المقابل، قال محامو المعارضة إن عدداً من المحتجين أصيبوا بالرصاص المطاطي، بينهم صحفي نُقل إلى المستشفى.

ويأتي ذلك وسط دعوات من المعارضة إلى تجمع حاشد يوم السبت المقبل في الساحة نفسها.
""",
    url="https://turkpress-arabi.example/2025/11/04/sarachane", outlet="Turk Press Arabi",
    published="2025-11-04",
    incident="r-sarachane-protest-2025-11-03",
    events=[
        ev(P, "Protest with intervention", "2025-11-03", protesters("Turkey"), TUR_POL, "istanbul_sarachane", None,
           "فرّقت الشرطة التركية، مساء أمس الإثنين، آلاف المتظاهرين"),
    ],
    notes="Dispersal with tear gas, water cannon and rubber bullets, light injuries on both sides, no deaths reported: "
          "protest with intervention (not excessive force: no serious or lethal injuries); fatalities not given: null. "
          "Some protesters tried to breach barriers, not enough to make it a riot. The 54 detentions are part of the "
          "intervention. The call to rally next Saturday is a plan.")

art("r_ir_rask_jaish_al_adl", """
زاهدان، 8 نيسان/أبريل 2025 (وكالة أنباء الخليج والشرق) -

قُتل خمسة من عناصر الشرطة الإيرانية فجر اليوم الثلاثاء في هجوم مسلح استهدف مقراً للشرطة في مدينة راسك بمحافظة سيستان وبلوشستان جنوب شرقي إيران، بحسب ما أفادت وسائل إعلام رسمية.

وذكرت وكالة أنباء رسمية نقلاً عن نائب محافظ سيستان وبلوشستان للشؤون الأمنية أن "مجموعة إرهابية" هاجمت المقر بالأسلحة الرشاشة والقنابل اليدوية، وأن اشتباكاً دار لأكثر من ساعتين قبل وصول تعزيزات من القوات البرية للحرس الثوري، ما أسفر عن مقتل ثلاثة من المهاجمين.

وأعلنت جماعة "جيش العدل" البلوشية المسلحة مسؤوليتها عن الهجوم في بيان نشرته على قناتها في تطبيق تلغرام، قائلة إنه جاء "رداً على إعدام أبناء الشعب البلوشي".

ويشهد إقليم سيستان وبلوشستان، المحاذي لباكستان وأفغانستان، هجمات متكررة تستهدف قوات الأمن، تتهم طهران جماعات متمركزة خارج الحدود بتنفيذها.
""",
    url="https://gulf-east-agency.example/iran/rask-attack", outlet="Gulf and East News Agency", published=None,
    incident="r-rask-police-attack-2025-04-08",
    events=[
        ev(B, "Armed clash", "2025-04-08", JAISH_ADL, IRN_POL, "rask", 8,
           "وأن اشتباكاً دار لأكثر من ساعتين قبل وصول تعزيزات"),
    ],
    notes="The page has no publication date field; only the dateline gives 8 April 2025, and 'فجر اليوم الثلاثاء' is "
          "that day. 5 police + 3 attackers = 8. Claimed by Jaish al-Adl. The IRGC reinforcement is an associated "
          "actor, not a separate event. The hand grenades are part of the armed clash.")


# ================================================================================================== non-event articles
art("r_iq_militia_threat_statement", """
بغداد - "المسلة الإخبارية"
الأحد 2 آذار 2025

فصيل مسلح يتوعد القوات الأمريكية: "المهلة انتهت"

توعّد فصيل مسلح عراقي، في بيان نشره على قناته في تطبيق تلغرام مساء اليوم، باستهداف القواعد التي تضم قوات أمريكية في العراق وسوريا "في أي لحظة"، إذا لم تُعلن واشنطن جدولاً زمنياً واضحاً لانسحابها.

وقال البيان إن "صبر المقاومة قد نفد"، وإن "الأهداف محددة والصواريخ جاهزة على منصاتها"، محذراً الشركات الأجنبية العاملة في القواعد من "البقاء في دائرة النار".

ولم يصدر تعليق فوري عن الحكومة العراقية، فيما قال مصدر أمني لـ"المسلة" إن الأجهزة المختصة "رفعت درجة التأهب" في محيط قاعدة عين الأسد وفي مطار أربيل، من دون تسجيل أي حادث حتى ساعة إعداد هذا الخبر.

ويرى مراقبون أن البيان يأتي في إطار الضغط السياسي على الحكومة قبيل جولة جديدة من الحوار مع الجانب الأمريكي بشأن مستقبل التحالف الدولي، مذكّرين بأن هجمات مماثلة شهدتها القواعد في سنوات سابقة توقفت بعد هدنة غير معلنة.
""",
    url="https://almasalah-news.example/2025/03/02/faction-threat", outlet="Al-Masalah News",
    published="2025-03-02",
    notes="Non-event: a threat ('توعّد'، 'في أي لحظة') with an explicit 'no incident so far'; raised alert levels are "
          "not an event; past attacks are mentioned in passing without dates.")

art("r_lb_army_denies_hermel_clashes", """
بيروت - "لبنان 24 ساعة"
الجمعة 10 تشرين الأول 2025

الجيش ينفي حصول اشتباكات على الحدود الشمالية الشرقية: "لا صحة لما يتم تداوله"

نفت قيادة الجيش - مديرية التوجيه، في بيان اليوم، "الأخبار التي يتم تداولها على بعض مواقع التواصل الاجتماعي عن حصول اشتباكات بين وحدات من الجيش ومسلحين في جرود الهرمل، وسقوط قتلى وجرحى"، مؤكدة أنها "عارية من الصحة تماماً".

وأوضح البيان أن "ما سُمع من أصوات انفجارات في المنطقة ناتج عن تفجير ذخائر غير منفجرة وفق برنامج مُعدّ مسبقاً من قبل فوج الهندسة"، داعياً المواطنين إلى "عدم الانجرار وراء الشائعات واستقاء المعلومات من المصادر الرسمية".

وكانت صفحات محلية قد نشرت منذ صباح اليوم مقاطع مصورة قالت إنها لقصف متبادل عند معبر حدودي غير شرعي، قبل أن يتبين أنها تعود لأحداث سابقة.

وتنتشر وحدات الجيش على طول الحدود اللبنانية - السورية، وتنفذ دوريات لمنع عمليات التهريب والتسلل.
""",
    url="https://lebanon24hours.example/2025/10/10/army-denial", outlet="Lebanon 24 Hours",
    published="2025-10-10",
    notes="Non-event: an official denial of rumoured clashes; the blasts were controlled demolitions of unexploded "
          "ordnance by army engineers (not an event); the videos were of older incidents.")

art("r_ma_sale_court_cell_verdict", """
سلا - "العمق المغربي"
الخميس 6 فبراير 2025

غرفة الجنايات بسلا تدين أفراد خلية إرهابية بأحكام تصل إلى 15 سنة سجناً

أصدرت غرفة الجنايات الابتدائية المكلفة بقضايا الإرهاب بملحقة محكمة الاستئناف بسلا، مساء أمس الأربعاء، أحكاماً تراوحت بين خمس سنوات و15 سنة سجناً نافذاً في حق سبعة متهمين ينتمون إلى خلية موالية لتنظيم "داعش"، كان المكتب المركزي للأبحاث القضائية قد فككها في صيف 2023 بين طنجة وتطوان.

وتوبع المتهمون من أجل "تكوين عصابة إجرامية لإعداد وارتكاب أفعال إرهابية، والإشادة بأفعال إرهابية، وصنع متفجرات"، بعدما كشفت الأبحاث أنهم كانوا يخططون لاستهداف منشآت أمنية ومواقع سياحية، وقد حجزت لديهم حينها مواد كيماوية تدخل في صنع العبوات الناسفة.

واستحضرت النيابة العامة في مرافعتها هجوم مراكش الإرهابي سنة 2011 لتؤكد "خطورة الأفعال المخطط لها"، فيما التمس الدفاع البراءة معتبراً أن المتهمين "لم يتجاوزوا مرحلة النوايا".

ومن المنتظر أن يستأنف الطرفان الحكم أمام غرفة الجنايات الاستئنافية.
""",
    url="https://alomk-maghribi.example/2025/02/06/sale-verdict", outlet="Al-Omk Al-Maghribi",
    published="2025-02-06",
    notes="Non-event: a court verdict; the cell was dismantled in 2023 (arrests long past), the plot never happened, "
          "and the 2011 Marrakesh attack is history quoted by the prosecution.")

art("r_sy_ghouta_anniversary", """
ريف دمشق - "عنب الشام"
الخميس 21 آب 2025

في الذكرى الثانية عشرة لمجزرة الكيماوي: أهالي الغوطة يطالبون بالعدالة بعد سقوط النظام

يستعيد أهالي الغوطة الشرقية ومعضمية الشام اليوم الذكرى الثانية عشرة لمجزرة الكيماوي التي وقعت فجر 21 آب 2013، حين استُهدفت بلدات زملكا وعين ترما وجوبر بصواريخ محمّلة بغاز السارين، ما أودى بحياة المئات، بينهم عدد كبير من الأطفال.

وللمرة الأولى منذ وقوع المجزرة، تُحيا الذكرى علناً داخل البلدات المنكوبة، إذ يُنتظر أن يتجمع الأهالي مساء اليوم في ساحة زملكا لإضاءة الشموع وقراءة أسماء الضحايا، بمشاركة منظمات حقوقية وعائلات المفقودين.

وقال أحد الناجين، وهو مسعف سابق، إن "الرائحة لا تزال في ذاكرتي، كنا ننقل الأطفال ولا نعرف ماذا يحدث لهم". وطالب بمحاكمة المسؤولين عن إصدار الأوامر وتنفيذها.

وتتابع هيئات دولية ملف المحاسبة، فيما تقول الحكومة السورية الجديدة إنها تتعاون مع منظمة حظر الأسلحة الكيميائية للكشف عن بقايا المخزون.
""",
    url="https://enab-alsham.example/2025/08/21/ghouta-anniversary", outlet="Enab al-Sham",
    published="2025-08-21",
    notes="Non-event: anniversary piece; the 2013 chemical attack is history. The commemoration is planned for the "
          "evening ('يُنتظر أن يتجمع'), not yet held, and is a commemoration rather than a protest.")

art("r_sa_joint_exercise", """
تبوك - "واس الإخبارية"
الأحد 14 سبتمبر 2025م

انطلاق التمرين السعودي المصري المشترك "فيصل 13" بمشاركة القوات البرية والجوية

انطلقت اليوم في ميادين التدريب بالمنطقة الشمالية الغربية فعاليات التمرين العسكري السعودي المصري المشترك "فيصل 13"، بمشاركة وحدات من القوات البرية والقوات الجوية والقوات الخاصة من البلدين، ويستمر أسبوعين.

وأوضح قائد التمرين أن التمرين يتضمن تنفيذ رمايات بالذخيرة الحية، وعمليات إنزال جوي، وهجمات ليلية على مواقع "العدو الافتراضي"، وتدريبات على تحرير رهائن ومكافحة الإرهاب في المناطق الحضرية، إضافة إلى التعامل مع الطائرات المسيّرة المعادية.

وأشار إلى أن التمرين يهدف إلى "تبادل الخبرات ورفع مستوى الجاهزية القتالية وتعزيز العمل المشترك"، مؤكداً أن المرحلة الختامية ستشهد "معركة تصادمية" بالذخيرة الحية بحضور كبار القادة العسكريين.

ويأتي التمرين ضمن سلسلة تمارين دورية تُجرى بالتناوب بين البلدين منذ عام 1981.
""",
    url="https://was-news.example/2025/09/14/faisal-13", outlet="WAS News",
    published="2025-09-14",
    notes="Non-event: a joint military exercise; attacks on a 'virtual enemy', hostage rescue, live fire and the "
          "'clash battle' are training.")

art("r_tn_derby_war_metaphors", """
رياضة | الدوري التونسي المحترف

"معركة رادس": الترجي يقصف شباك الإفريقي بثلاثية ويعدم آماله في اللقب

الأحد 16 مارس 2025

لم تكن مباراة عادية تلك التي احتضنها ملعب حمادي العقربي برادس مساء اليوم، بل معركة حقيقية حسمها الترجي الرياضي لصالحه بثلاثية نظيفة في مرمى النادي الإفريقي، في دربي العاصمة الذي حضره أكثر من 40 ألف متفرج.

وشنّ أصحاب الأرض هجوماً كاسحاً منذ الدقيقة الأولى، وأطلق مهاجمهم رصاصة الرحمة الأولى في الدقيقة 12 برأسية قاتلة، قبل أن يضاعف زميله النتيجة بقذيفة صاروخية من خارج المنطقة. وفي الشوط الثاني، حاول الإفريقي شن هجوم مضاد، لكن دفاع الترجي صمد كالجدار، ليأتي الهدف الثالث في الوقت القاتل ويجهز على المنافس.

وسقط ضحايا الإصابات في صفوف الإفريقي، إذ غادر مدافعان الملعب مصابين، فيما أشهر الحكم ورقة حمراء في وجه لاعب الوسط بعد تدخل عنيف.

وبهذا الانتصار، يبتعد الترجي بفارق سبع نقاط في الصدارة، فيما تتضاءل حظوظ الإفريقي في سباق اللقب. وقد مرّت المباراة في أجواء رياضية وتنظيم محكم من الوحدات الأمنية.
""",
    url="https://sport-tunisie.example/2025/03/16/derby", outlet="Sport Tunisie",
    published="2025-03-16",
    notes="Non-event: football report full of war metaphors (معركة، يقصف، يعدم، رصاصة الرحمة، قذيفة صاروخية، سقط "
          "ضحايا); the match passed without incident.")

art("r_jo_opinion_border_war", """
مقالات الرأي | "الغد الأردني"

حرب الكبتاجون: لماذا لا تكفي البنادق؟

بقلم: د. سامر العبادي
الأربعاء 28 أيار 2025

منذ سنوات، يخوض جنودنا على الواجهة الشمالية والشرقية حرباً لا تشبه الحروب التقليدية. لا جبهات واضحة، ولا جيوش نظامية، بل عصابات تستغل الضباب والعواصف الرملية لتدفع بشحنات المخدرات نحو أراضينا، وتطلق النار حين تُكشف.

لقد أثبتت قواعد الاشتباك الصارمة التي اعتمدتها القوات المسلحة أنها رادع مهم، وقد دفع كثير من المهربين حياتهم ثمناً لمغامراتهم. لكن السؤال الذي يجب أن نطرحه بصراحة: هل يمكن لحرب كهذه أن تُحسم بالبنادق وحدها؟

أعتقد أن الجواب لا. فطالما بقيت مصانع الكبتاجون قائمة على الجانب الآخر، وطالما وجد الشباب العاطل في القرى الحدودية في التهريب مصدر رزق، ستبقى الحدود ساحة استنزاف. المطلوب مقاربة شاملة: تنسيق أمني حقيقي مع دمشق الجديدة، ومشاريع تنموية في البادية، وتشديد العقوبات على الممولين لا على الحمّالين الصغار.

الحرب على المخدرات، كأي حرب، تُكسب في العقول قبل أن تُكسب في الميدان.
""",
    url="https://alghad-jo.example/opinion/2025/05/28/captagon-war", outlet="Al-Ghad Al-Urduni",
    published="2025-05-28",
    notes="Non-event: opinion column; border clashes with smugglers are referred to in general, with no date, place "
          "or toll.")

art("r_sd_humanitarian_bulletin_cumulative", """
نشرة الوضع الإنساني - السودان
العدد 47 | تغطي الفترة حتى 30 سبتمبر 2025

أبرز النقاط
- ارتفع عدد النازحين داخلياً منذ اندلاع النزاع في أبريل 2023 إلى أكثر من 11.5 مليون شخص، إضافة إلى نحو 4 ملايين لجأوا إلى دول الجوار.
- تشير التقديرات التراكمية إلى مقتل عشرات الآلاف من المدنيين منذ بدء النزاع، وإن كان العدد الحقيقي يُرجَّح أن يكون أعلى بكثير بسبب صعوبة الوصول والتوثيق.
- لا يزال أكثر من 70 في المئة من المرافق الصحية في الولايات المتأثرة بالنزاع خارج الخدمة أو تعمل جزئياً.
- تواصل الشركاء الإنسانيون تسجيل حالات اعتداء على العاملين في المجال الإنساني وعمليات نهب للمخازن، بلغ مجموعها 112 حادثة منذ مطلع العام.

الاحتياجات والاستجابة
يحتاج 30 مليون شخص إلى مساعدات إنسانية هذا العام. ولم يُموَّل سوى 23 في المئة من خطة الاستجابة. وتحذّر الوكالات من خطر المجاعة في 14 منطقة، لا سيما في شمال دارفور وجنوب كردفان، مع استمرار القيود على إيصال المساعدات عبر خطوط التماس.

المصدر: مكتب تنسيق الشؤون الإنسانية - نشرة مترجمة بتصرف.
""",
    url="https://sudan-relief-bulletin.example/sitrep/47", outlet="Sudan Relief Bulletin",
    published="2025-10-02",
    notes="Non-event: humanitarian bulletin with cumulative figures only (displacement, 'tens of thousands' killed "
          "since 2023, 112 incidents since January); no single dated incident.")

art("r_ml_embassy_security_advisory", """
بوابة الجاليات في الخارج | تنبيه أمني للمواطنين المقيمين في مالي

باماكو، 2 أكتوبر 2025

تهيب السفارة بجميع المواطنين المقيمين في جمهورية مالي أو الراغبين في السفر إليها أخذ أقصى درجات الحيطة والحذر، في ضوء تدهور الوضع الأمني وتزايد مخاطر الاختطاف على الطرق الرئيسية.

وتنصح السفارة بما يلي:
- تجنب السفر برّاً خارج العاصمة باماكو، ولا سيما على المحاور المؤدية إلى كاي وسيغو وموبتي، حيث تتعرض القوافل لهجمات متكررة.
- تأمين مخزون كافٍ من الوقود والمياه والأدوية تحسباً لأي انقطاع في الإمدادات.
- الابتعاد عن التجمعات والمظاهرات وعن محيط المقار العسكرية والأمنية.
- التسجيل في منصة السفارة الإلكترونية وإبقاء الهواتف مشحونة.

وفي حالة الطوارئ، يُرجى الاتصال بالرقم المخصص على مدار الساعة. وتؤكد السفارة أنها تتابع الوضع عن كثب، وستصدر تحديثات عند الحاجة.
""",
    url="https://embassy-notices.example/mali/2025-10-02", outlet=None,
    published="2025-10-02",
    notes="Non-event: embassy security advisory; risks and 'repeated attacks' on convoys are general, with no dated "
          "incident. The page names no outlet.")

art("r_iq_ramadan_series_review", """
فنون | دراما رمضان

"ليل الموصل".. مسلسل يفتح جرح المدينة من دون أن يتاجر به

الثلاثاء 11 آذار 2025

يعود مسلسل "ليل الموصل"، الذي تعرضه قناة عراقية خاصة في الموسم الرمضاني الحالي، إلى صيف 2014، حين سقطت المدينة بيد تنظيم داعش خلال أيام. ومنذ الحلقة الأولى، يضع المشاهد أمام مشهد صادم: عناصر التنظيم يقتحمون بيتاً في حي الزنجيلي ويقتادون الأب بتهمة "الردة"، ثم يُعدم في الساحة العامة.

وتتوالى الحلقات لتروي حكاية ثلاثة أشقاء فرّقتهم الحرب: أحدهم ينضم مكرهاً إلى "ديوان الحسبة"، والثاني يهرب إلى أربيل، والثالثة تبقى مع أمها تحت القصف خلال معركة استعادة المدينة عام 2017. ويُحسب للمخرج أنه صوّر مشاهد المعارك بالقرب من المدينة القديمة المدمّرة، ما منح العمل صدقية بصرية لافتة.

غير أن الإيقاع يتباطأ في الحلقات الوسطى، ويقع السيناريو أحياناً في فخ الخطابة. كما أن بعض الأداءات بدت مسرحية أكثر من اللازم.

ويبقى "ليل الموصل" واحداً من أجرأ الأعمال الدرامية العراقية هذا العام، وقد حقق نسب مشاهدة مرتفعة على منصات البث.
""",
    url="https://funoon-iraq.example/2025/03/11/mosul-night-review", outlet="Funoon Iraq",
    published="2025-03-11",
    notes="Non-event: TV series review; abductions, executions and shelling are plot scenes set in 2014-2017. The "
          "series is fictional.")

art("r_tr_planned_operation_report", """
أنقرة - "الأناضول اليوم"
الإثنين 16 يونيو 2025

مصادر: أنقرة تستعد لعملية برية جديدة شرق الفرات إذا فشلت مفاوضات الدمج

قالت مصادر أمنية تركية إن الجيش التركي أنهى استعداداته لشنّ عملية عسكرية برية "محدودة" ضد مواقع قوات سوريا الديمقراطية شرق نهر الفرات، في حال عدم التوصل إلى اتفاق ينهي وجود "العناصر الإرهابية" على الحدود الجنوبية بحلول نهاية الصيف.

وأضافت المصادر أن خطط العملية تشمل محورين رئيسيين، وأن وحدات من القوات الخاصة والمدرعات نُقلت خلال الأسابيع الماضية إلى ولايتي شانلي أورفا وماردين، في حين ستتولى الطائرات المسيّرة "تمهيد الطريق" عبر ضرب مراكز القيادة والمستودعات.

وفي تصريحات للصحفيين، قال وزير الدفاع إن بلاده "لن تقبل بممر إرهابي على حدودها"، مضيفاً أن "كل الخيارات مطروحة على الطاولة".

في المقابل، قال مسؤول في الإدارة الذاتية إن التهديدات التركية "تقوّض فرص الحل"، داعياً القوى الدولية إلى التدخل لمنع "حرب جديدة".
""",
    url="https://anadolu-alyawm.example/2025/06/16/planned-operation", outlet="Anadolu Al-Yawm",
    published="2025-06-16",
    notes="Non-event: report on a planned, conditional operation (future tense, 'في حال'); troop movements to "
          "Sanliurfa and Mardin over 'past weeks' are preparations without a clash or a new base.")

art("r_ir_hormuz_qa", """
سؤال وجواب | "الشرق الاقتصادي"

ماذا يحدث لو أغلقت إيران مضيق هرمز؟ خمسة أسئلة وأجوبتها

الأربعاء 25 يونيو 2025

عادت التهديدات بإغلاق مضيق هرمز إلى الواجهة مع تصاعد التوتر في المنطقة. فما الذي قد يعنيه ذلك فعلياً؟

هل تستطيع إيران إغلاق المضيق؟
عسكرياً، يمكنها عرقلة الملاحة لفترة عبر زرع الألغام البحرية أو مهاجمة ناقلات بزوارق سريعة وصواريخ مضادة للسفن. لكن خبراء يرون أن إغلاقاً كاملاً ومستمراً سيقابَل برد عسكري واسع من القوى البحرية الكبرى.

كم من النفط يمر عبره؟
نحو خُمس الاستهلاك العالمي من النفط، إضافة إلى كميات كبيرة من الغاز المسال القطري.

ماذا سيحدث للأسعار؟
تتوقع مصارف استثمارية أن تقفز الأسعار فوق 120 دولاراً للبرميل في الأيام الأولى لأي إغلاق.

هل سبق أن حدث ذلك؟
لم يُغلق المضيق كلياً من قبل، وإن شهدت "حرب الناقلات" في الثمانينيات هجمات على مئات السفن.

ما البدائل؟
خطوط أنابيب سعودية وإماراتية تتجاوز المضيق، لكن طاقتها لا تكفي لتعويض الكميات كلها.
""",
    url="https://asharq-economy.example/explainers/hormuz-qa", outlet="Asharq Economy",
    published="2025-06-25",
    notes="Non-event: hypothetical Q&A (mines, attacks on tankers are possibilities); the 1980s Tanker War is history.")

art("r_td_market_reopening_history", """
انجامينا - "الوحدة التشادية"
السبت 15 يونيو 2024

إعادة افتتاح السوق المركزي بعد تأهيله.. والتجار يستبشرون بموسم جديد

افتتح وزير التجارة، صباح اليوم، السوق المركزي في العاصمة انجامينا بعد أشهر من أعمال التأهيل التي شملت تجديد الأجنحة وشبكة الصرف الصحي وتركيب كاميرات مراقبة وبوابات إلكترونية.

وقال الوزير في كلمته إن المشروع "يعيد الحياة إلى قلب العاصمة التجاري"، مذكّراً بأن السوق عانى طويلاً من الإهمال منذ التفجير الانتحاري الذي ضربه في صيف 2015 وأودى بحياة العشرات، وما تلاه من إجراءات أمنية مشددة أبعدت الزبائن.

وعبّر عدد من التجار عن ارتياحهم للتحسينات، فيما طالب آخرون بخفض رسوم الإيجار التي ارتفعت بعد التأهيل. وقالت بائعة أقمشة: "عشنا سنوات من الخوف، واليوم نريد أن نعمل في سلام".

ومن المقرر أن تُفتتح أسواق فرعية في الدائرتين السابعة والتاسعة قبل نهاية العام.
""",
    url="https://alwahda-tchad.example/2024/06/15/central-market", outlet="Al-Wahda al-Tchadiya",
    published="2024-06-15",
    notes="Non-event: market reopening; the 2015 suicide bombing is history mentioned in passing.")


# ====================================================================================================== build / check
PART = gold_tools.BlindPart(ARTICLES, OUT, prefix=PREFIX, script=SCRIPT, allowed_actors=frozenset(ALLOWED_ACTORS))
known_actor_eras = gold_tools.known_actor_eras
validate, check_directory, main = PART.validate, PART.check_directory, PART.main


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
