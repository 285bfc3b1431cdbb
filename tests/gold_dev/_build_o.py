"""Build and validate the dev gold set, part O (o_*.json), written BLIND.

Written blind, like parts H to N: the author did not open the coder (src/marsad/events/**), its trigger, modality,
non-event-cue or figure lexicons (src/marsad/data/triggers/**, src/marsad/data/modality.yaml,
src/marsad/data/non_event_cues.yaml, src/marsad/lang/ar/data/figures.yaml), the models (src/marsad/data/models/),
training/, scripts/*mention*, any tests/test_coder_*.py or tests/test_mention_filter.py, nor any gold article text
(tests/gold_dev/*.json, tests/gold_staging*/**, tests/gold_holdout/**, the article definitions of the other build
scripts), and did not run the coder, `marsad eval`, `marsad run`/`demo` or pytest on these articles (only
tests/test_gold_dev_parts.py and tests/test_gold_blind_validation.py). What was read: /work/shared/gold/README.md,
/work/shared/reference/acled-taxonomy.md, tests/gold_tools.py, tests/test_gold_dev_parts.py and
tests/test_gold_blind_validation.py (the checks this script must pass), the scaffolding of tests/gold_dev/_build_n.py
(module docstring, imports, constants block and PLACES, final PART/main lines; not its article definitions),
src/marsad/data/actors/SCHEMA.md and the canonical actor names and eras of the actor lexicon (listed through
marsad.text.actors.Lexicon), and `marsad gazetteer lookup` for coordinates. Nothing was read in or copied from
/work/shared/seeds. All texts are original and fictional (invented incidents at real places, invented outlets with
.example domains); part P was written at the same time by another author, without shared files.

Weighting: Iraq, Syria, Lebanon, Palestine, Jordan, Egypt, Libya, Tunisia, Algeria, Morocco, Turkey and Iran, with a
few articles from Yemen, Saudi Arabia and Sudan. About 45% of the articles are hard non-event articles (trials and
verdicts about old attacks, anniversaries, funerals, threats, denials, announced plans, exercises, arms deals,
appeals, road accidents, ordinary crime, sport, culture, analysis, statistics, negotiations, debates, elections).

Run:  python tests/gold_dev/_build_o.py          (write the files, then validate them)
      python tests/gold_dev/_build_o.py --check  (only validate the files on disk)
Checks: every o_*.json parses and has the gold keys; every evidence span occurs verbatim in its text; incident is
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
ISIS = "Islamic State (ISIS)"
SDF = "Syrian Democratic Forces (SDF)"
SYR = "Military Forces of Syria (2024-)"
SYR_POL = "Police Forces of Syria (2024-)"
ISR = "Military Forces of Israel"
SETTLERS = "Settlers (Israel)"
IRQ = "Military Forces of Iraq (2022-)"
IRQ_POL = "Police Forces of Iraq (2022-)"
TUR = "Military Forces of Turkey"
TUR_POL = "Police Forces of Turkey"
PKK = "Kurdistan Workers' Party (PKK)"
SNA = "Syrian National Army (SNA)"
LBN = "Military Forces of Lebanon"
JOR_POL = "Police Forces of Jordan"
EGY_POL = "Police Forces of Egypt (2014-)"
TUN_POL = "Police Forces of Tunisia"
DZA = "Military Forces of Algeria"
MAR_POL = "Police Forces of Morocco"
IRN_POL = "Police Forces of Iran"
JAISH_ADL = "Jaish al-Adl"
HOUTHI = "Ansar Allah (Houthis)"
RSF = "Rapid Support Forces (RSF)"


# place key -> (country, admin1, location, lat, lon); coordinates from `marsad gazetteer lookup` where it knows the
# place, else from general knowledge (Penjwen, Busra al-Harir, Jindires, Kfarkela, Bab al-Tabbaneh, Hamra, Rabiyeh,
# Sarachane, al-Mawasi, Jebel Semmama, Tishreen Dam).
PLACES = {
    "tarmiyah": ("Iraq", "Baghdad", "Tarmiyah, Baghdad", 33.67, 44.40),
    "zubayr": ("Iraq", "Basra", "Az Zubayr, Basra", 30.39, 47.70),
    "amarah": ("Iraq", "Maysan", "Amarah, Maysan", 31.84, 47.15),
    "penjwen": ("Iraq", "Sulaymaniyah", "Penjwen, Sulaymaniyah", 35.62, 45.94),
    "khalis": ("Iraq", "Diyala", "Khalis, Diyala", 33.81, 44.53),
    "nasiriyah": ("Iraq", "Dhi Qar", "Nasiriyah, Dhi Qar", 31.06, 46.26),
    "tuz": ("Iraq", "Salah al-Din", "Tuz Khurmatu, Salah al-Din", 34.89, 44.63),
    "kirkuk": ("Iraq", "Kirkuk", "Kirkuk, Kirkuk", 35.47, 44.39),
    "qurna": ("Iraq", "Basra", "Al-Qurna, Basra", 31.02, 47.43),
    "busra_harir": ("Syria", "Daraa", "Busra al-Harir, Daraa", 32.84, 36.34),
    "dhiban": ("Syria", "Deir ez-Zor", "Dhiban, Deir ez-Zor", 35.02, 40.51),
    "khan_arnabah": ("Syria", "Quneitra", "Khan Arnabah, Quneitra", 33.18, 35.89),
    "suwayda": ("Syria", "As-Suwayda", "As-Suwayda, As-Suwayda", 32.71, 36.57),
    "homs": ("Syria", "Homs", "Homs, Homs", 34.72, 36.73),
    "jindires": ("Syria", "Aleppo", "Jindires, Aleppo", 36.39, 36.69),
    "tishreen_dam": ("Syria", "Aleppo", "Tishreen Dam, Aleppo", 36.38, 38.18),
    "manbij": ("Syria", "Aleppo", "Manbij, Aleppo", 36.53, 37.95),
    "jubata": ("Syria", "Quneitra", "Jubata al-Khashab, Quneitra", 33.25, 35.85),
    "amman_downtown": ("Jordan", "Amman", "Amman, Amman", 31.95, 35.93),
    "beyoglu": ("Turkey", "Istanbul", "Beyoglu, Istanbul", 41.04, 28.98),
    "bint_jbeil": ("Lebanon", "Nabatieh", "Bint Jbeil, Nabatieh", 33.12, 35.43),
    "kfarkela": ("Lebanon", "Nabatieh", "Kfar Kila, Marjayoun", 33.28, 35.57),
    "tabbaneh": ("Lebanon", "North", "Bab al-Tabbaneh, Tripoli", 34.44, 35.84),
    "hamra": ("Lebanon", "Beirut", "Hamra, Beirut", 33.90, 35.48),
    "qabatiya": ("Palestine", "West Bank", "Qabatiya, Jenin", 32.41, 35.28),
    "mughayyir": ("Palestine", "West Bank", "Al-Mughayyir, Ramallah", 32.02, 35.35),
    "mawasi": ("Palestine", "Gaza Strip", "Al-Mawasi, Khan Yunis", 31.35, 34.27),
    "rabiyeh": ("Jordan", "Amman", "Rabiyeh, Amman", 31.98, 35.86),
    "abu_qurqas": ("Egypt", "Minya", "Abu Qurqas, Minya", 27.93, 30.84),
    "zawiya": ("Libya", "Zawiya", "Zawiya, Zawiya", 32.76, 12.73),
    "semmama": ("Tunisia", "Kasserine", "Jebel Semmama, Kasserine", 35.23, 8.70),
    "ettadhamen": ("Tunisia", "Ariana", "Ettadhamen, Ariana", 36.83, 10.11),
    "ain_defla": ("Algeria", "Ain Defla", "Ain Defla, Ain Defla", 36.26, 1.97),
    "rabat": ("Morocco", "Rabat-Sale-Kenitra", "Rabat, Rabat-Sale-Kenitra", 34.01, -6.83),
    "sarachane": ("Turkey", "Istanbul", "Sarachane, Fatih, Istanbul", 41.01, 28.96),
    "rask": ("Iran", "Sistan and Baluchestan", "Rask, Sistan and Baluchestan", 26.24, 61.40),
    "ahvaz": ("Iran", "Khuzestan", "Ahvaz, Khuzestan", 31.32, 48.68),
    "taiz": ("Yemen", "Ta'izz", "Taiz, Ta'izz", 13.58, 44.02),
    "el_obeid": ("Sudan", "North Kordofan", "El Obeid, North Kordofan", 13.18, 30.22),
}


ev = partial(make_event, PLACES)
ARTICLES: dict[str, dict] = {}
art = partial(add_article, ARTICLES)


# ============================================================================================ event articles
art("o_iq_tarmiyah_ied_patrol_revised_toll", """
صوت الرافدين نيوز | الرئيسية | محلي | أمن | اقتصاد | رياضة | منوعات | اتصل بنا
الأربعاء 12 آذار 2025 - 09:41 بتوقيت بغداد

ارتفاع حصيلة تفجير الطارمية إلى جنديين.. وخلية الإعلام الأمني تتوعد

بغداد – مراسل صوت الرافدين

ارتفعت حصيلة ضحايا التفجير الذي استهدف دورية للجيش العراقي شمالي العاصمة إلى جنديين، بعد أن فارق جندي ثانٍ الحياة متأثراً بجروحه في مستشفى الكاظمية صباح اليوم، بحسب مصدر طبي.

وكانت عبوة ناسفة مزروعة على جانب طريق زراعي في قضاء الطارمية قد انفجرت مساء أمس الثلاثاء لدى مرور عجلة عسكرية تابعة لأحد ألوية الفرقة السادسة، ما أسفر في حصيلة أولية عن مقتل جندي وإصابة ثلاثة آخرين بجروح متفاوتة.

وقالت خلية الإعلام الأمني في بيان مقتضب إن "بقايا عصابات داعش الإرهابية تقف وراء هذا العمل الجبان"، مؤكدة أن القطعات الأمنية باشرت عملية تفتيش واسعة في البساتين المحيطة بالمنطقة بحثاً عن المنفذين. ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى ساعة إعداد هذا الخبر.

ويقول أحد وجهاء المنطقة لـ"صوت الرافدين" إن البساتين الكثيفة على ضفاف دجلة "ما زالت ملاذاً لخلايا صغيرة تتنقل ليلاً"، مطالباً بنصب كاميرات حرارية على الطرق الفرعية.

وتشهد الطارمية بين حين وآخر هجمات مماثلة، كان أعنفها قبل عامين حين قُتل عدد من المنتسبين في كمين مشابه.

اقرأ أيضاً:
- مقتل راعٍ بانفجار مخلفات حربية في صحراء النخيب
- وزير الداخلية يتفقد سيطرات مداخل بغداد الشمالية
- الموازنة الاتحادية تدخل مرحلة القراءة الثانية

شارك الخبر: فيسبوك | إكس | واتساب | نسخ الرابط
التعليقات (4)
""", url="https://sawtalrafidain.example/security/2025/03/12/tarmiyah-ied", outlet="صوت الرافدين نيوز",
    published="2025-03-12", incident="o_iq_tarmiyah_ied_2025_03_11",
    events=[ev(E, "Remote explosive/landmine/IED", "2025-03-11", ISIS, IRQ, "tarmiyah", 2,
               "عبوة ناسفة مزروعة على جانب طريق زراعي في قضاء الطارمية قد انفجرت مساء أمس الثلاثاء")],
    notes="Revised toll: first one soldier killed and three wounded, then a second soldier died the next morning; "
          "coded 2. The security media cell blames ISIS remnants (no claim). 'Read also' teaser (shepherd killed by "
          "war remnants) is boilerplate; the ambush 'two years ago' is background.")

art("o_iq_zubayr_amarah_electricity_protests", """
شبكة البصرة اليوم — أخبار الجنوب أولاً بأول
الثلاثاء 8 تموز 2025

المحتجون يقطعون طريق الزبير.. والشرطة ترد بالغاز المسيل للدموع

مع تجاوز درجات الحرارة حاجز الخمسين مئوية وانقطاع التيار الكهربائي لساعات طويلة، عادت الاحتجاجات إلى مدن الجنوب. ففي قضاء الزبير غربي البصرة، أغلق عشرات الشبان مساء الاثنين الطريق الرئيس المؤدي إلى الحقول النفطية بالإطارات المحترقة، احتجاجاً على ما وصفوه بـ"العقوبة الجماعية" التي تفرضها وزارة الكهرباء على أحيائهم.

وبحسب شهود عيان تحدثوا للشبكة، تدخلت قوة من شرطة مكافحة الشغب بعد نحو ساعتين، وأطلقت قنابل الغاز المسيل للدموع لتفريق المحتجين وفتح الطريق، ما أدى إلى إصابة أربعة منهم بحالات اختناق وكدمات نقلوا على إثرها إلى مستشفى الزبير العام، ولم تسجل أي وفيات. وقالت قيادة شرطة البصرة في بيان إن قواتها "تعاملت بأقصى درجات ضبط النفس" مع من وصفتهم بـ"مجموعة حاولت تعطيل مصالح المواطنين".

وفي ميسان، نظم موظفون ومتقاعدون في اليوم نفسه وقفة احتجاجية أمام مبنى مجلس المحافظة في مدينة العمارة، رفعوا خلالها لافتات تطالب بتوفير الكهرباء وصرف المستحقات المتأخرة، وانفضت الوقفة بعد ساعة دون تسجيل أي حوادث.

ويذكّر المشهد بصيف عام 2018 حين امتدت التظاهرات من البصرة إلى محافظات أخرى، غير أن ناشطين يقولون إن الحراك الحالي "محلي ومطلبي ولا يحمل سقفاً سياسياً".

من جانبه، وعد محافظ البصرة بإضافة 300 ميغاواط إلى الشبكة "خلال أيام".

اقرأ أيضاً | وزارة الكهرباء: انخفاض إطلاقات الغاز المستورد سبب الأزمة | بالصور: أسواق العشار تغلق أبوابها ظهراً بسبب الحر

هل لديك شكوى؟ راسلنا عبر واتساب الشبكة
""", url="https://basratoday.example/news/2025/07/08/zubayr-protest", outlet="شبكة البصرة اليوم",
    published="2025-07-08", incident="o_iq_south_power_protests_2025_07_07",
    events=[ev(P, "Protest with intervention", "2025-07-07", protesters("Iraq"), IRQ_POL, "zubayr", 0,
               "تدخلت قوة من شرطة مكافحة الشغب بعد نحو ساعتين، وأطلقت قنابل الغاز المسيل للدموع لتفريق المحتجين"),
            ev(P, "Peaceful protest", "2025-07-07", protesters("Iraq"), None, "amarah", 0,
               "نظم موظفون ومتقاعدون في اليوم نفسه وقفة احتجاجية أمام مبنى مجلس المحافظة في مدينة العمارة")],
    notes="Two events: road-blocking protest in Az Zubayr dispersed with tear gas (4 injured, no deaths stated) and "
          "a peaceful sit-in in Amarah the same day. The 2018 protests are background.")

art("o_iq_penjwen_turkish_drone_two_sources", """
وكالة كردستان برس
الاثنين 19 أيار/مايو 2025

مسيّرة تركية تستهدف عجلة قرب بنجوين.. وأنقرة تعلن "تحييد" ثلاثة

السليمانية – أعلنت وزارة الدفاع التركية، اليوم الاثنين، "تحييد ثلاثة إرهابيين" من حزب العمال الكردستاني في غارة جوية شمالي العراق، من دون أن تحدد المكان بدقة.

في المقابل، قال مسؤول محلي في ناحية بنجوين التابعة لمحافظة السليمانية لوكالتنا إن طائرة مسيّرة قصفت مساء أمس الأحد سيارة رباعية الدفع على طريق ترابي قرب الحدود الإيرانية، على بعد نحو سبعة كيلومترات من مركز الناحية، مضيفاً أن فرق الدفاع المدني انتشلت جثتين متفحمتين من داخلها.

وأوضح المسؤول، الذي طلب عدم ذكر اسمه، أن القتيلين "على الأرجح من عناصر الحزب الذين يستخدمون هذه الطرق للتنقل"، نافياً وجود ضحايا مدنيين، وأن السيارة كانت تحمل لوحة غير مسجلة.

ولم يصدر عن حزب العمال الكردستاني تعليق فوري. وتأتي الضربة رغم الحديث المتزايد عن مسار تفاوضي لإلقاء الحزب سلاحه، وهو ما يراه مراقبون سبباً لتراجع وتيرة العمليات الجوية خلال الأشهر الماضية مقارنة بالعام الماضي.

وتتعرض المناطق الحدودية في إقليم كردستان منذ سنوات لقصف جوي ومدفعي تركي متكرر، تقول أنقرة إنه يستهدف مخابئ الحزب، بينما تطالب حكومة الإقليم بتجنيب القرى الحدودية تداعيات الصراع.

الوسوم: السليمانية، بنجوين، تركيا، مسيرات
""", url="https://kurdistanpress.example/ar/2025/05/19/penjwen-drone", outlet="وكالة كردستان برس",
    published="2025-05-19", incident="o_iq_penjwen_drone_2025_05_18",
    events=[ev(E, "Air/drone strike", "2025-05-18", TUR, PKK, "penjwen", 2,
               "طائرة مسيّرة قصفت مساء أمس الأحد سيارة رباعية الدفع على طريق ترابي قرب الحدود الإيرانية")],
    notes="Two sources disagree: Turkish MoD 'neutralised three' (place unstated), local official two bodies; "
          "coded the lowest credible figure, 2. Event dated by the local official (Sunday 18 May).")

art("o_iq_nasiriyah_activist_arrest_then_protest", """
ذي قار نيوز
الاثنين 13 تشرين الأول 2025 | 08:15

بعد اعتقال ناشط بسبب منشور.. وقفة في الحبوبي تطالب بإطلاق سراحه

أفادت مصادر حقوقية في ذي قار بأن قوة أمنية اعتقلت، مساء السبت الماضي، الناشط المدني (ع. ح) من منزله في حي الشموخ بمدينة الناصرية، وذلك بعد يومين من نشره مقطعاً مصوراً ينتقد فيه أداء الحكومة المحلية في ملف المشاريع المتلكئة.

وقال شقيق الناشط إن "القوة لم تبرز أي مذكرة قضائية، واقتادته إلى جهة مجهولة"، قبل أن تؤكد قيادة شرطة المحافظة لاحقاً أنه موقوف "وفق المادة 433 من قانون العقوبات الخاصة بالقذف"، وأن الإجراءات "قانونية بالكامل".

وفي اليوم التالي، الأحد، تجمع العشرات من زملائه وذويه في ساحة الحبوبي وسط الناصرية، رافعين صوره ولافتات كتب عليها "حرية التعبير ليست جريمة". واستمرت الوقفة قرابة ساعتين وسط انتشار أمني محدود، وانتهت بسلام بعد أن تعهد نائب عن المحافظة بمتابعة القضية.

ونددت منظمة محلية لحقوق الإنسان بما وصفته "تصاعد الملاحقات بحق المدونين قبيل الانتخابات"، مشيرة إلى أنها وثقت سبع حالات مشابهة منذ مطلع العام.

يذكر أن ساحة الحبوبي كانت مركز احتجاجات تشرين 2019 في المحافظة.

المزيد من ذي قار: افتتاح جسر الزيتون بعد صيانته | انطلاق حملة لتطهير الأنهر من زهرة النيل
""", url="https://dhiqarnews.example/2025/10/13/activist-arrest", outlet="ذي قار نيوز", published="2025-10-13",
    incident="o_iq_nasiriyah_activist_2025_10",
    events=[ev(S, "Arrests", "2025-10-11", IRQ_POL, civ("Iraq"), "nasiriyah", None,
               "قوة أمنية اعتقلت، مساء السبت الماضي، الناشط المدني (ع. ح) من منزله في حي الشموخ بمدينة الناصرية"),
            ev(P, "Peaceful protest", "2025-10-12", protesters("Iraq"), None, "nasiriyah", 0,
               "تجمع العشرات من زملائه وذويه في ساحة الحبوبي وسط الناصرية")],
    notes="Political arrest of an activist over a video (Saturday 11 October; police confirm the detention) and a "
          "peaceful sit-in on Sunday 12 October. The seven earlier cases and the 2019 protests are background.")

art("o_iq_weekly_roundup_tuz_kirkuk_qurna", """
حصاد الأسبوع الأمني | مجلة المرصد العراقي الأسبوعية
السبت 22 شباط 2025

نستعرض في هذا العدد أبرز ما شهده الملف الأمني خلال الأيام السبعة الماضية:

الاثنين: انفجرت عبوة ناسفة على طريق كركوك – توز خورماتو قرب مدخل قضاء طوز خورماتو لدى مرور عجلة تابعة للشرطة الاتحادية، واقتصرت الأضرار على الماديات دون إصابات بشرية. ولم تتبن أي جهة التفجير.

الثلاثاء: ناقشت لجنة الأمن والدفاع النيابية مع قادة عمليات صلاح الدين خطط مسك الحدود الإدارية بين المحافظات، وسط مطالبات بزيادة أعداد الطائرات المسيرة المخصصة للاستطلاع.

الأربعاء: أعلن جهاز الأمن الوطني اعتقال متهم بتمويل خلايا تنظيم داعش في حي الواسطي بمدينة كركوك، بعد متابعة استخبارية دامت أشهراً، وضبط بحوزته مبالغ مالية وهواتف.

الخميس: أصدرت محكمة جنايات الرصافة حكماً بالإعدام بحق مدان بالتخطيط لتفجير استهدف سوقاً شعبياً عام 2016.

الجمعة: اندلع نزاع عشائري في قضاء القرنة شمالي البصرة استخدمت فيه الأسلحة المتوسطة، وأسفر عن مقتل شخص وإصابة اثنين، قبل أن تتدخل قوة من الجيش وتفرض حظراً للتجوال في المنطقة. وتعود جذور النزاع، بحسب مصادر محلية، إلى خلاف على قطعة أرض زراعية.

رأي المحرر: ما زالت النزاعات العشائرية في الجنوب تحصد أرواحاً أكثر مما تحصده بقايا التنظيمات المتطرفة، وهو ما يستدعي قانوناً صارماً لحصر السلاح.

اشترك في النشرة الأسبوعية لتصلك على بريدك كل سبت.
""", url="https://almarsad-iraqi.example/weekly/2025-02-22", outlet="مجلة المرصد العراقي الأسبوعية",
    published="2025-02-22", incident="o_iq_weekly_roundup_2025_02_17_21",
    events=[ev(E, "Remote explosive/landmine/IED", "2025-02-17", uag("Iraq"), IRQ_POL, "tuz", 0,
               "انفجرت عبوة ناسفة على طريق كركوك – توز خورماتو قرب مدخل قضاء طوز خورماتو لدى مرور عجلة تابعة للشرطة الاتحادية"),
            ev(S, "Arrests", "2025-02-19", "Intelligence Forces of Iraq (2022-)", ISIS, "kirkuk", None,
               "أعلن جهاز الأمن الوطني اعتقال متهم بتمويل خلايا تنظيم داعش في حي الواسطي بمدينة كركوك",
               optional=True),
            ev(B, "Armed clash", "2025-02-21", clan("Iraq"), clan("Iraq"), "qurna", 1,
               "اندلع نزاع عشائري في قضاء القرنة شمالي البصرة استخدمت فيه الأسلحة المتوسطة، وأسفر عن مقتل شخص")],
    notes="Weekly round-up published Saturday 22 February 2025: weekdays resolve to 17 (IED, no casualties), 19 "
          "(arrest of an alleged ISIS financier, optional) and 21 February (tribal clash, 1 killed). The committee "
          "meeting and the death sentence for a 2016 bombing are not events.")
art("o_sy_busra_harir_ied_general_security_buried", """
حوران اليوم | تقارير
الأربعاء 9 نيسان 2025

ريف درعا الشرقي: هدوء هش وذاكرة مثقلة

لا يختلف مشهد الصباح في بلدات اللجاة وريف درعا الشرقي كثيراً عما كان عليه قبل سنوات: جرارات تخرج إلى الحقول، وطلاب ينتظرون حافلات متأخرة، وأحاديث لا تنتهي في المقاهي عن أسعار الوقود والكهرباء وعودة المهجرين. لكن خلف هذا الهدوء الظاهري، يعيش الأهالي قلقاً يومياً من انفلات أمني لم تنجح الأشهر الماضية في إنهائه.

يقول أبو محمد، وهو مزارع خمسيني، إن الناس "تعبوا من الحرب ومن الفوضى التي تلتها"، وإن ما يريدونه اليوم "طريقاً آمناً ومدرسة مفتوحة". ويضيف أن كثيراً من الشبان غادروا إلى الخليج أو أوروبا، وأن من بقي يبحث عن عمل بأي ثمن.

وتحاول السلطات الجديدة تعزيز انتشارها عبر نقاط تفتيش على الطرق الرئيسية، وحملات لجمع السلاح المنفلت، إلا أن هذه الجهود تصطدم بتعقيدات عشائرية وبوجود مجموعات مسلحة محلية لم تحسم موقفها بعد.

وفي أحدث حلقة من هذا التوتر، قتل عنصر من الأمن العام وأصيب اثنان آخران صباح أمس الثلاثاء، جراء انفجار عبوة ناسفة استهدفت سيارتهم على الطريق الواصل بين بلدتي بصر الحرير والنعيمة، وفق ما أفاد مراسل "حوران اليوم". ولم تتبن أي جهة التفجير، فيما فرضت قوى الأمن طوقاً حول المنطقة وبدأت عمليات تمشيط.

ويرى ناشطون أن تكرار مثل هذه الحوادث يعيد إلى الأذهان سنوات الاغتيالات التي عاشتها المحافظة بعد تسوية 2018، ويطالبون بتحقيقات شفافة تعلن نتائجها للرأي العام.

شارك: فيسبوك – تيليغرام | تابعونا على قناتنا
""", url="https://horanalyoum.example/reports/2025/04/09/eastern-daraa", outlet="حوران اليوم",
    published="2025-04-09", incident="o_sy_busra_harir_ied_2025_04_08",
    events=[ev(E, "Remote explosive/landmine/IED", "2025-04-08", uag("Syria"), SYR_POL, "busra_harir", 1,
               "جراء انفجار عبوة ناسفة استهدفت سيارتهم على الطريق الواصل بين بلدتي بصر الحرير والنعيمة")],
    notes="Feature that buries the event in its fourth paragraph: IED on a General Security car between Busra "
          "al-Harir and Naimah, 1 killed, 2 wounded, Tuesday 8 April 2025. The post-2018 assassinations are "
          "background.")

art("o_sy_dhiban_isis_checkpoint_clash_wire", """
دير الزور (سوريا)، 3 حزيران/يونيو (وكالة الشرق للأنباء) - قتل عنصران من قوات سوريا الديمقراطية (قسد) ومهاجم واحد في هجوم شنه مسلحون من تنظيم الدولة الإسلامية على حاجز في بلدة ذيبان بريف دير الزور الشرقي ليل الاثنين، بحسب بيان للقوات.

وقال البيان إن "خلية إرهابية" مؤلفة من أربعة مسلحين على دراجات نارية هاجمت الحاجز بالأسلحة الخفيفة والقنابل اليدوية، واندلع اشتباك استمر قرابة ساعة قبل أن تنسحب الخلية باتجاه البادية، تاركة جثة أحد عناصرها.

من جهته، قال المرصد السوري لحقوق الإنسان إن حصيلة قتلى قسد بلغت ثلاثة، فيما تبنى التنظيم الهجوم عبر وكالة أعماق مدعياً مقتل "خمسة من عناصر الميليشيا".

وأضافت قسد أنها أطلقت صباح الثلاثاء حملة تمشيط في محيط البلدة بمساندة التحالف الدولي، أسفرت عن توقيف أربعة مشتبه بهم.

وقال مسؤول محلي في ذيبان إن الحاجز المستهدف يقع عند المدخل الجنوبي للبلدة قرب الطريق العام الموازي لنهر الفرات، وإن الأهالي سمعوا أصوات انفجارات متتالية قبل أن يسود الهدوء.

وتشهد مناطق شرق الفرات هجمات متكررة لخلايا التنظيم الذي خسر آخر معاقله في الباغوز عام 2019.

(تحرير: ر. س.) 
© وكالة الشرق للأنباء 2025. جميع الحقوق محفوظة.
""", url="https://alsharqnews.example/wire/2025/06/03/dhiban", outlet="وكالة الشرق للأنباء",
    published="2025-06-03", incident="o_sy_dhiban_isis_attack_2025_06_02",
    events=[ev(B, "Armed clash", "2025-06-02", ISIS, SDF, "dhiban", 3,
               "قتل عنصران من قوات سوريا الديمقراطية (قسد) ومهاجم واحد في هجوم شنه مسلحون من تنظيم الدولة الإسلامية على حاجز في بلدة ذيبان"),
            ev(S, "Arrests", "2025-06-03", SDF, civ("Syria"), "dhiban", None,
               "أسفرت عن توقيف أربعة مشتبه بهم", optional=True)],
    notes="Per-side tolls: SDF says 2 of its fighters and 1 attacker (3); the Observatory says 3 SDF, ISIS claims "
          "5. Coded the conservative 3 (SDF statement). The follow-up sweep with four detentions is optional. "
          "Baghuz 2019 is background.")

art("o_sy_quneitra_israeli_drone_and_detention", """
موقع الجولان الحر — أخبار القنيطرة
الثلاثاء 16 أيلول 2025

استشهد شاب من ريف القنيطرة، أمس الاثنين، بعد أن استهدفت طائرة مسيرة إسرائيلية سيارته على الطريق الزراعي شرق بلدة خان أرنبة، بحسب ما أفاد مراسلنا ومصادر طبية في مشفى القنيطرة الوطني.

وقال أحد أقارب الشاب إنه كان في طريقه إلى أرضه الزراعية "ولا علاقة له بأي جهة مسلحة"، فيما زعم متحدث باسم الجيش الإسرائيلي أن الغارة استهدفت "عنصراً كان يعمل على نقل وسائل قتالية قرب منطقة الفصل".

وفي اليوم ذاته، توغلت دورية إسرائيلية مؤلفة من ثلاث آليات في أطراف قرية جباتا الخشب، واحتجزت راعيين اثنين لعدة ساعات قبل أن تفرج عنهما، بحسب الأهالي، الذين أشاروا إلى أن الدورية صادرت أيضاً عدداً من رؤوس الماشية.

وتكررت التوغلات الإسرائيلية في ريفي القنيطرة ودرعا منذ كانون الأول الماضي، حيث أقامت القوات الإسرائيلية نقاطاً عسكرية داخل المنطقة العازلة. وطالبت محافظة القنيطرة الأمم المتحدة بالتدخل لوقف "الاعتداءات المتكررة".

للتواصل مع التحرير أرسل رسالة على الرقم المخصص | سياسة الخصوصية | ملفات تعريف الارتباط: نستخدم الكوكيز لتحسين تجربتك. [موافق]
""", url="https://jawlanhurr.example/quneitra/2025/09/16/drone", outlet="موقع الجولان الحر",
    published="2025-09-16", incident="o_sy_quneitra_israel_2025_09_15",
    events=[ev(E, "Air/drone strike", "2025-09-15", ISR, civ("Syria"), "khan_arnabah", 1,
               "استهدفت طائرة مسيرة إسرائيلية سيارته على الطريق الزراعي شرق بلدة خان أرنبة"),
            ev(S, "Arrests", "2025-09-15", ISR, civ("Syria"), "jubata", None,
               "توغلت دورية إسرائيلية مؤلفة من ثلاث آليات في أطراف قرية جباتا الخشب، واحتجزت راعيين اثنين",
               optional=True)],
    notes="Drone strike on a car (1 killed; the family says civilian, Israel says arms transport) and a brief "
          "detention of two shepherds in Jubata al-Khashab the same day (optional). The incursions since December "
          "are background.")

art("o_sy_suwayda_karama_square_facebook", """
منشور متداول — صفحة "السويداء 24 ساعة" على فيسبوك
نُشر: الجمعة 28 شباط 2025 الساعة 3:12 م · 🌐

#السويداء | الآن من ساحة الكرامة 📍

مئات المحتجين تجمعوا ظهر اليوم الجمعة في ساحة الكرامة وسط مدينة السويداء، ورفعوا الأعلام ولافتات تطالب بـ"دولة مدنية لا مركزية" وبإشراك أبناء المحافظة في صياغة الإعلان الدستوري.
الوقفة سلمية وما في أي احتكاك، والأغاني الشعبية والدبكة مستمرة لهلأ 👏

يذكر أن الساحة احتضنت منذ صيف 2023 وقفات أسبوعية ضد النظام البائد استمرت أكثر من عام ونص.

👍 1.2 ألف  💬 317 تعليق  ↪️ 204 مشاركة

📌 للتذكير: الوقفة القادمة يوم الجمعة الجاي بنفس المكان، والدعوة عامة لكل أبناء المحافظة.
🔁 إعادة نشر عن صفحة "شبكة الجبل"

أبرز التعليقات:
— سامر: الله يحمي البلد وأهلها
— ريم: وين الصور من الساحة؟ 
— حساب موثق: تم نشر الفيديو الكامل على قناتنا في تيليغرام
— أبو فراس: الساحة رجعت تنبض متل أول، بس المطلوب هلأ حوار حقيقي مع دمشق مش بس شعارات
— لينا: الله يرحم الشهداء ويفك أسر المخطوفين، وبدنا كهربا ومي قبل كل شي
— مغترب في البرازيل: قلوبنا معكم، نشروا صور أكتر لو سمحتوا
عرض 312 تعليقاً آخر...
""", url="https://facebook.example/suwayda24/posts/20250228", outlet="السويداء 24 ساعة (فيسبوك)",
    published="2025-02-28", incident="o_sy_suwayda_karama_protest_2025_02_28",
    events=[ev(P, "Peaceful protest", "2025-02-28", protesters("Syria"), None, "suwayda", 0,
               "مئات المحتجين تجمعوا ظهر اليوم الجمعة في ساحة الكرامة وسط مدينة السويداء")],
    notes="Social-media repost in Levantine dialect; peaceful ('no friction'). The weekly 2023-2024 sit-ins are "
          "background.")

art("o_sy_homs_shopkeeper_shot_grenade", """
شبكة حمص الإخبارية
السبت 25 كانون الثاني 2025

مقتل صاحب محل برصاص ملثمين في حمص.. وقنبلة على منزل في حي آخر

قُتل رجل في العقد الرابع من عمره مساء أمس الجمعة، إثر إطلاق نار مباشر عليه من قبل مسلحين ملثمين يستقلون دراجة نارية أمام محله لبيع المواد الغذائية في حي كرم اللوز بمدينة حمص، قبل أن يلوذ المهاجمون بالفرار.

ولم تُعرف دوافع الجريمة حتى الآن، فيما أعلنت مديرية الأمن العام في حمص فتح تحقيق في الحادثة، ودعت الأهالي إلى "عدم الانجرار وراء الشائعات والخطاب الطائفي".

وفي ساعة متأخرة من الليلة ذاتها، ألقى مجهولون قنبلة يدوية على باحة منزل في حي الزهراء، ما أدى إلى أضرار مادية في السور وسيارة متوقفة دون وقوع إصابات، وفق مصدر محلي.

وتشهد المدينة منذ أسابيع حالة من التوتر، في ظل حوادث متفرقة تطال أفراداً من مكونات مختلفة، الأمر الذي دفع وجهاء أحياء عدة إلى عقد لقاءات مشتركة لتهدئة الأوضاع.

اقرأ أيضاً: إعادة افتتاح سوق الحميدية القديم بعد الترميم | دوري الكرة: الكرامة يتعادل مع الوثبة
""", url="https://homsnews.example/2025/01/25/karm-al-loz", outlet="شبكة حمص الإخبارية",
    published="2025-01-25", incident="o_sy_homs_attacks_2025_01_24",
    events=[ev(V, "Attack", "2025-01-24", uag("Syria"), civ("Syria"), "homs", 1,
               "إثر إطلاق نار مباشر عليه من قبل مسلحين ملثمين يستقلون دراجة نارية أمام محله لبيع المواد الغذائية في حي كرم اللوز"),
            ev(E, "Grenade", "2025-01-24", uag("Syria"), civ("Syria"), "homs", 0,
               "ألقى مجهولون قنبلة يدوية على باحة منزل في حي الزهراء")],
    notes="Two distinct events the same night in Homs (different neighbourhoods, both at city level): masked "
          "gunmen kill a shopkeeper in Karm al-Loz; a grenade thrown at a house in al-Zahraa, no injuries.")

art("o_sy_tishreen_dam_drone_and_sna_clashes", """
الفرات بوست | آخر الأخبار
الثلاثاء 14 كانون الثاني 2025

محيط سد تشرين: غارة تركية واشتباكات متواصلة

قالت قوات سوريا الديمقراطية إن اثنين من مقاتليها قتلا أمس الاثنين بغارة نفذتها مسيرة تركية على أحد مواقعها قرب سد تشرين جنوب شرقي منبج.

وبالتوازي، تواصلت الاشتباكات طوال يوم الاثنين بين فصائل "الجيش الوطني السوري" المدعوم من أنقرة وقسد على محور القرى المحيطة بالسد، حيث حاولت الفصائل التقدم نحو جسر قره قوزاق. وأعلنت قسد أنها "قتلت ثمانية من المرتزقة" وأفشلت الهجوم، في حين لم تصدر الفصائل أي حصيلة.

أما المرصد السوري لحقوق الإنسان فوثق مقتل أربعة عناصر من الفصائل ومقاتل واحد من قسد في اشتباكات الاثنين، إلى جانب إصابة مدنيين اثنين بشظايا.

ويشهد محيط السد منذ أسابيع معارك كر وفر أدت إلى خروج المحطة الكهرومائية عن الخدمة جزئياً، وسط تحذيرات من كارثة إنسانية في حال تضرر جسم السد.

مواضيع ذات صلة: تظاهرة في الرقة تضامناً مع المعتصمين عند السد (الأسبوع الماضي) | الأمم المتحدة تدعو لحماية المنشآت الحيوية
""", url="https://alfuratpost.example/2025/01/14/tishreen", outlet="الفرات بوست", published="2025-01-14",
    incident="o_sy_tishreen_dam_fighting_2025_01_13",
    events=[ev(E, "Air/drone strike", "2025-01-13", TUR, SDF, "tishreen_dam", 2,
               "اثنين من مقاتليها قتلا أمس الاثنين بغارة نفذتها مسيرة تركية على أحد مواقعها قرب سد تشرين"),
            ev(B, "Armed clash", "2025-01-13", SNA, SDF, "tishreen_dam", 5,
               "تواصلت الاشتباكات طوال يوم الاثنين بين فصائل \"الجيش الوطني السوري\" المدعوم من أنقرة وقسد على محور القرى المحيطة بالسد")],
    notes="Drone strike (2 SDF killed, per SDF) and SNA-SDF clashes the same day around the dam. Clash toll: SDF "
          "claims 8 killed, the Observatory 4 SNA + 1 SDF; coded 5 (documented figure rather than one side's "
          "claim). The 'related topics' line is boilerplate.")
art("o_lb_bint_jbeil_drone_kfarkela_shelling_tv", """
[نص النشرة المسائية — قناة الجنوب الفضائية — الثلاثاء 22 نيسان 2025]

المذيعة: مساء الخير. نبدأ نشرتنا من الجنوب، حيث شهد اليوم تصعيداً إسرائيلياً جديداً. ينضم إلينا مراسلنا علي من بنت جبيل. علي، ماذا حصل؟

المراسل: مساء النور. قرابة الثالثة بعد الظهر، أغارت مسيّرة إسرائيلية على سيارة من نوع رابيد عند المدخل الشمالي لمدينة بنت جبيل، ما أدى إلى احتراقها بالكامل. هرعت فرق الإسعاف إلى المكان ونقلت شهيداً وجريحين إلى مستشفى صلاح غندور. وقبل دقائق أكدت وزارة الصحة في بيان أن الغارة أدت إلى سقوط شهيد وإصابة شخصين بجروح.

المذيعة: وهل هناك تعليق من الجانب الإسرائيلي؟

المراسل: الجيش الإسرائيلي زعم أنه استهدف عنصراً في حزب الله، من دون تقديم أي دليل. وللتذكير، كانت المدفعية الإسرائيلية قد قصفت صباح اليوم أطراف بلدة كفركلا بعدة قذائف، من دون أن تسجل إصابات، فيما حلّق الطيران المسير على علو منخفض فوق قرى القطاع الأوسط طوال النهار.

المذيعة: شكراً علي. وفي السياق، أكد رئيس الحكومة أن لبنان ملتزم بوقف إطلاق النار، وطالب الدول الراعية بالضغط على إسرائيل لوقف خروقاتها. نتابع بعد الفاصل.

[فاصل]
""", url="https://aljanoubtv.example/bulletins/2025-04-22", outlet="قناة الجنوب الفضائية", published="2025-04-22",
    incident="o_lb_south_israeli_strikes_2025_04_22",
    events=[ev(E, "Air/drone strike", "2025-04-22", ISR, None, "bint_jbeil", 1,
               "أغارت مسيّرة إسرائيلية على سيارة من نوع رابيد عند المدخل الشمالي لمدينة بنت جبيل"),
            ev(E, "Shelling/artillery/missile attack", "2025-04-22", ISR, None, "kfarkela", 0,
               "كانت المدفعية الإسرائيلية قد قصفت صباح اليوم أطراف بلدة كفركلا بعدة قذائف، من دون أن تسجل إصابات")],
    notes="TV transcript. Drone strike on a car in Bint Jbeil (1 killed, 2 wounded per the health ministry; Israel "
          "claims a Hezbollah member, unproven, so actor2 left empty) and morning shelling of Kfar Kila, no "
          "casualties. Drone overflights are not events.")

art("o_lb_tripoli_tabbaneh_family_clash", """
طرابلس الشام نيوز
الثلاثاء 6 أيار 2025

قتيل و4 جرحى بإشكال مسلح في باب التبانة.. والجيش يدهم

ما زال التوتر يخيّم على منطقة باب التبانة في طرابلس، بعد إشكال مسلح اندلع مساء أمس الاثنين بين عائلتين على خلفية خلاف قديم على بسطة خضار في سوق القمح، تطور إلى تبادل لإطلاق النار بالأسلحة الرشاشة وقذائف آر بي جي.

وأدى الاشتباك الذي استمر نحو ساعة إلى مقتل شاب من إحدى العائلتين وجرح أربعة أشخاص بينهم امرأة كانت على شرفة منزلها، نقلوا إلى المستشفى الحكومي.

وعلى الأثر، عززت وحدات الجيش اللبناني انتشارها في المنطقة، ونفذت بعد منتصف الليل عمليات دهم أوقفت خلالها ستة أشخاص من المشاركين في إطلاق النار، وضبطت أسلحة وذخائر، بحسب بيان لقيادة الجيش – مديرية التوجيه.

وتعيد هذه الحوادث إلى أذهان الطرابلسيين جولات العنف التي عاشتها المدينة بين باب التبانة وجبل محسن قبل أكثر من عقد، وإن كان الإشكال الحالي، بحسب مصادر أمنية، "فردياً وعائلياً ولا خلفية سياسية له".

وناشدت فعاليات المدينة القوى الأمنية "الضرب بيد من حديد"، فيما أقفلت المحال التجارية في شارع سوريا أبوابها صباح اليوم.

#طرابلس #باب_التبانة
🔔 فعّل الإشعارات ليصلك كل جديد
""", url="https://tripolishamnews.example/2025/05/06/tabbaneh", outlet="طرابلس الشام نيوز", published="2025-05-06",
    incident="o_lb_tabbaneh_clash_2025_05_05",
    events=[ev(B, "Armed clash", "2025-05-05", clan("Lebanon"), clan("Lebanon"), "tabbaneh", 1,
               "تطور إلى تبادل لإطلاق النار بالأسلحة الرشاشة وقذائف آر بي جي"),
            ev(S, "Arrests", "2025-05-06", LBN, civ("Lebanon"), "tabbaneh", None,
               "نفذت بعد منتصف الليل عمليات دهم أوقفت خلالها ستة أشخاص من المشاركين في إطلاق النار",
               optional=True)],
    notes="Armed family dispute with machine guns and RPGs (1 killed, 4 wounded), coded as a clash between two "
          "family militias. The army raids 'after midnight' fall on 6 May; optional.")

art("o_lb_hamra_depositors_smash_bank", """
بيروت أونلاين | اقتصاد | مجتمع
الثلاثاء 11 شباط 2025 — آخر تحديث 10:02

مودعون غاضبون يحطمون واجهة مصرف في الحمرا

عمد عدد من المودعين المنضوين في إحدى جمعيات المودعين، قبل ظهر أمس الاثنين، إلى تحطيم الواجهة الزجاجية لفرع أحد المصارف في شارع الحمرا في بيروت، وأضرموا النار بإطارات أمام مدخله، احتجاجاً على استمرار احتجاز ودائعهم منذ عام 2019.

وحضرت إلى المكان قوة من مكافحة الشغب في قوى الأمن الداخلي، عملت على إبعاد المحتجين وأوقفت اثنين منهم، قبل أن يُطلق سراحهما مساءً بسند إقامة.

وقال رئيس الجمعية في اتصال مع "بيروت أونلاين": "لم يعد لدينا ما نخسره. المصارف تتعامل معنا كأننا متسولون". وكانت الجمعية قد هددت الأسبوع الماضي بـ"تصعيد غير مسبوق" إذا لم يقر مجلس النواب قانون استعادة الودائع.

ويناقش مجلس النواب منذ أسابيع مشروع قانون معالجة أوضاع المصارف وإعادة هيكلتها، وسط خلافات حادة بين الكتل النيابية حول توزيع الخسائر بين الدولة ومصرف لبنان والمصارف والمودعين، فيما يقدّر حجم الودائع العالقة بأكثر من ثمانين مليار دولار.

من جهتها، دانت جمعية المصارف "الاعتداء على الممتلكات وتعريض حياة الموظفين للخطر"، معلنة إقفال الفرع حتى إشعار آخر.

إعلانات | النشرة البريدية | من نحن
""", url="https://beirutonline.example/economy/2025/02/11/hamra-bank", outlet="بيروت أونلاين", published="2025-02-11",
    incident="o_lb_hamra_bank_riot_2025_02_10",
    events=[ev(R, "Violent demonstration", "2025-02-10", rioters("Lebanon"), "Police Forces of Lebanon", "hamra", 0,
               "تحطيم الواجهة الزجاجية لفرع أحد المصارف في شارع الحمرا في بيروت، وأضرموا النار بإطارات أمام مدخله")],
    notes="Depositors smash a bank front and burn tyres; riot police remove them and detain two (the detentions "
          "are part of the same event). Last week's threat is not an event.")

art("o_ps_qabatiya_raid_exchange_of_fire_wire", """
جنين، 27 آب/أغسطس 2025 (وكالة المشرق) — استشهد شابان فلسطينيان خلال اشتباك مسلح مع قوات الاحتلال الإسرائيلي التي اقتحمت بلدة قباطية جنوب جنين، فجر الثلاثاء، وفق ما أعلنت وزارة الصحة الفلسطينية.

وقالت مصادر محلية إن قوة خاصة تسللت إلى الحي الشرقي للبلدة قبل أن تلحق بها تعزيزات عسكرية كبيرة، وحاصرت منزلاً، ما أدى إلى اندلاع اشتباكات مع مقاومين استمرت أكثر من ساعة.

وذكر الجيش الإسرائيلي في بيان أنه "قضى على مخربين اثنين أطلقا النار على القوات"، مشيراً إلى إصابة جندي بجروح طفيفة. وأضاف أنه اعتقل خمسة مطلوبين خلال العملية، وهو ما أكده نادي الأسير الفلسطيني.

ونعت فصائل فلسطينية الشابين، فيما أعلنت القوى الوطنية والإسلامية في محافظة جنين الإضراب الشامل حداداً، على أن يشيّعا عصر اليوم الأربعاء من أمام مستشفى خليل سليمان. ودانت الرئاسة الفلسطينية "التصعيد الإسرائيلي المتواصل" في شمال الضفة.

وتشهد محافظة جنين منذ مطلع العام عمليات عسكرية إسرائيلية متواصلة أدت إلى تهجير آلاف السكان من مخيمها.

— (و.م.ش) ع.أ/ح.ن
""", url="https://almashreqagency.example/wire/2025/08/27/qabatiya", outlet="وكالة المشرق", published="2025-08-27",
    incident="o_ps_qabatiya_raid_2025_08_26",
    events=[ev(B, "Armed clash", "2025-08-26", ISR, uag("Palestine"), "qabatiya", 2,
               "استشهد شابان فلسطينيان خلال اشتباك مسلح مع قوات الاحتلال الإسرائيلي التي اقتحمت بلدة قباطية جنوب جنين"),
            ev(S, "Arrests", "2025-08-26", ISR, civ("Palestine"), "qabatiya", None,
               "اعتقل خمسة مطلوبين خلال العملية", optional=True)],
    notes="Wire dated 27 August about a dawn raid 'on Tuesday' (26 August). Two gunmen killed, one soldier lightly "
          "wounded. Arrests during the raid optional. The Jenin operation since the start of the year is "
          "background.")

art("o_ps_mughayyir_settlers_torch_homes_buried", """
فلسطين الآن نت | الضفة الغربية
السبت 21 حزيران 2025

تقرير: عنف المستوطنين يتصاعد.. والقرى الشرقية لرام الله في عين العاصفة

تقول أرقام مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن الأشهر الخمسة الأولى من العام شهدت أكثر من خمسمئة اعتداء نفذها مستوطنون في أنحاء الضفة الغربية، تراوحت بين اقتلاع أشجار الزيتون وحرق المركبات والاعتداء الجسدي على المزارعين. وتحذر منظمات حقوقية من أن الإفلات من العقاب يشجع على المزيد.

ويشرح الباحث في شؤون الاستيطان خالد م. أن "البؤر الرعوية الجديدة التي أقيمت على التلال شرق رام الله تحولت إلى منصات انطلاق لهجمات شبه يومية"، مضيفاً أن قرى المغير وترمسعيا وسنجل باتت محاصرة فعلياً من ثلاث جهات.

وفي آخر هذه الاعتداءات، هاجم عشرات المستوطنين فجر اليوم السبت قرية المغير، وأضرموا النار في ثلاثة منازل وخمس مركبات، ورشقوا الأهالي بالحجارة ما أدى إلى إصابة أربعة مواطنين بجروح ورضوض، بحسب رئيس المجلس القروي. وأضاف أن قوات الاحتلال وصلت بعد انسحاب المستوطنين وأطلقت قنابل الغاز باتجاه الأهالي الذين تجمعوا لإطفاء الحرائق.

وطالبت الخارجية الفلسطينية المجتمع الدولي بـ"فرض عقوبات رادعة" على المستوطنين ومن يحميهم.

التعليقات مغلقة | شارك على: فيسبوك · إكس · تيليغرام
""", url="https://palestinenow.example/wb/2025/06/21/mughayyir", outlet="فلسطين الآن نت", published="2025-06-21",
    incident="o_ps_mughayyir_settlers_2025_06_21",
    events=[ev(V, "Attack", "2025-06-21", SETTLERS, civ("Palestine"), "mughayyir", 0,
               "هاجم عشرات المستوطنين فجر اليوم السبت قرية المغير، وأضرموا النار في ثلاثة منازل وخمس مركبات")],
    notes="Event buried after two paragraphs of statistics and analysis. Settlers torch houses and cars and wound "
          "four villagers (coded as an attack on civilians). The troops' tear gas afterwards is part of the same "
          "incident and not coded separately. The OCHA figures are statistics, not events.")

art("o_ps_mawasi_tents_airstrike_two_tolls", """
غزة — "الحدث الفلسطيني" | الأربعاء 30 تموز 2025

قالت مصادر طبية وشهود إن غارة جوية إسرائيلية استهدفت مساء الثلاثاء خيمتين للنازحين في منطقة المواصي غرب خان يونس جنوبي قطاع غزة.

وأفاد الدفاع المدني بأن طواقمه انتشلت سبعة شهداء بينهم ثلاثة أطفال، في حين أعلن مجمع ناصر الطبي وصول ست جثامين ونحو عشرة مصابين إلى أقسامه. وقال الجيش الإسرائيلي إنه استهدف "عنصراً بارزاً في حماس" وإنه "يتخذ خطوات لتقليل الأذى للمدنيين".

ودان المكتب الإعلامي الحكومي في غزة ما وصفه بـ"جريمة جديدة بحق النازحين"، فيما قالت المتحدثة باسم وكالة الأونروا إنه "لا يوجد مكان آمن في غزة"، مجددة الدعوة إلى وقف فوري لإطلاق النار وإدخال المساعدات دون قيود.

وقال أحد الناجين، وهو أب لخمسة أطفال، إنه كان يجلس أمام خيمته حين "تحول كل شيء إلى غبار ونار"، مضيفاً أنه فقد شقيقه وزوجة شقيقه في الغارة.

وتُصنف المواصي منذ أشهر "منطقة إنسانية"، ويقيم فيها مئات آلاف النازحين في خيام مهترئة، ما يجعل أي غارة فيها شديدة الدموية.

اقرأ أيضاً:
• مفاوضات الدوحة: لا اختراق حتى الآن
• اليونيسف: أطفال غزة يواجهون خطر المجاعة
""", url="https://alhadathps.example/gaza/2025/07/30/mawasi", outlet="الحدث الفلسطيني", published="2025-07-30",
    incident="o_ps_mawasi_strike_2025_07_29",
    events=[ev(E, "Air/drone strike", "2025-07-29", ISR, civ("Palestine"), "mawasi", 6,
               "غارة جوية إسرائيلية استهدفت مساء الثلاثاء خيمتين للنازحين في منطقة المواصي غرب خان يونس")],
    notes="Two sources disagree: civil defence 7 dead, Nasser hospital 6 bodies; coded the lower figure 6.")

art("o_jo_rabiyeh_march_blocked_downtown_rally", """
عمّان نت الإخبارية | محليات
السبت 5 نيسان 2025

الأمن يمنع مسيرة من الوصول إلى محيط السفارة الإسرائيلية في الرابية

منعت قوات الأمن العام والدرك مساء أمس الجمعة مئات المشاركين في مسيرة تضامنية مع قطاع غزة من الوصول إلى محيط السفارة الإسرائيلية في منطقة الرابية غربي عمّان، وأقامت حواجز حديدية على الطرق المؤدية إليها.

وشهد محيط مسجد الكالوتي تدافعاً بين المحتجين وعناصر الأمن الذين دفعوهم إلى الخلف، فيما أكد ناشطون توقيف عدد من الشبان، أُفرج عن بعضهم لاحقاً. وقالت مديرية الأمن العام إن "الحق في التعبير مصون ضمن القانون"، وإن الإجراءات اتخذت "لمنع الإخلال بالأمن العام".

وكان آلاف قد شاركوا ظهر الجمعة ذاتها في مسيرة انطلقت من أمام المسجد الحسيني في وسط البلد، دعت إليها أحزاب ونقابات، ورددوا هتافات تطالب بإلغاء اتفاقية الغاز، وانتهت دون أي احتكاك.

ويأتي ذلك في أسبوع شهد نقاشاً نيابياً حاداً حول اتفاقيات الطاقة مع إسرائيل.

الأكثر قراءة: ارتفاع أسعار المحروقات للشهر الثالث | الأرصاد: أجواء ربيعية معتدلة
""", url="https://ammannet.example/local/2025/04/05/rabiyeh", outlet="عمّان نت الإخبارية", published="2025-04-05",
    incident="o_jo_amman_gaza_protests_2025_04_04",
    events=[ev(P, "Protest with intervention", "2025-04-04", protesters("Jordan"), JOR_POL, "rabiyeh", 0,
               "منعت قوات الأمن العام والدرك مساء أمس الجمعة مئات المشاركين في مسيرة تضامنية مع قطاع غزة من الوصول إلى محيط السفارة الإسرائيلية"),
            ev(P, "Peaceful protest", "2025-04-04", protesters("Jordan"), None, "amman_downtown", 0,
               "قد شاركوا ظهر الجمعة ذاتها في مسيرة انطلقت من أمام المسجد الحسيني في وسط البلد")],
    notes="Two protests in Amman on Friday 4 April: the evening march blocked and pushed back near the Israeli "
          "embassy (detentions), and the noon march downtown, peaceful. The two points are about 8 km apart.")

art("o_eg_minya_mob_burns_coptic_homes", """
بوابة الصعيد الإخبارية
الثلاثاء 13 مايو 2025 - 11:20 ص

النيابة تحقق في أحداث قرية بأبوقرقاص.. وحبس 15 متهماً 4 أيام

أمرت نيابة أبوقرقاص بمحافظة المنيا بحبس 15 متهماً أربعة أيام على ذمة التحقيقات، في واقعة التعدي على منازل عدد من الأقباط بإحدى قرى المركز مساء الأحد الماضي.

وكانت أعداد من أهالي القرية قد تجمهرت عقب صلاة العشاء، إثر شائعة عن تحويل منزل يملكه مواطن قبطي إلى كنيسة دون ترخيص، ورشقوا عدداً من المنازل بالحجارة وأضرموا النيران في أربعة منها، ما أسفر عن تلفيات جسيمة دون وقوع إصابات بشرية، قبل أن تدفع مديرية الأمن بتعزيزات أمنية فرقت المتجمهرين وألقت القبض على عدد منهم.

وقال مصدر أمني إن الأجهزة "سيطرت على الموقف في وقت قياسي"، وإن الحياة عادت إلى طبيعتها في القرية، مع استمرار وجود الخدمات الأمنية بمحيط المنازل المتضررة.

من جانبها، أصدرت مطرانية المنيا بياناً طالبت فيه بـ"تطبيق القانون بحزم"، فيما عقد محافظ المنيا جلسة صلح عرفية بحضور القيادات الدينية والشعبية، وهو إجراء تنتقده منظمات حقوقية.

تابعونا على: فيسبوك | يوتيوب | تطبيق البوابة
""", url="https://saeedgate.example/minya/2025/05/13/abu-qurqas", outlet="بوابة الصعيد الإخبارية",
    published="2025-05-13", incident="o_eg_abu_qurqas_mob_2025_05_11",
    events=[ev(R, "Mob violence", "2025-05-11", rioters("Egypt"), civ("Egypt"), "abu_qurqas", 0,
               "رشقوا عدداً من المنازل بالحجارة وأضرموا النيران في أربعة منها")],
    notes="Sectarian mob attack on Coptic homes in a village of Abu Qurqas district on Sunday 11 May (no injuries). "
          "The police dispersal and arrests are part of the incident; the detention order of 13 May is a judicial "
          "step, not coded.")
art("o_ly_zawiya_armed_groups_clash_two_tolls", """
ليبيا الغد الإخبارية
الأربعاء 24 سبتمبر 2025

الزاوية تلملم جراحها بعد ليلة من الاشتباكات

عاد هدوء حذر إلى مدينة الزاوية غرب طرابلس صباح الثلاثاء، بعد اشتباكات عنيفة اندلعت مساء الاثنين بين مجموعتين مسلحتين في منطقة الحرشة وامتدت إلى محيط الطريق الساحلي، استخدمت فيها الأسلحة المتوسطة والثقيلة.

وأعلن مركز الزاوية الطبي وصول ثلاث جثث إلى مشرحته، فيما قال جهاز الإسعاف والطوارئ إن حصيلة الاشتباكات "قتيلان وسبعة جرحى بينهم طفل". ولم تصدر أي من المجموعتين بياناً بشأن أسباب المواجهة، التي رجح سكان أنها تعود إلى خلاف على السيطرة على بوابة أمنية.

وأغلقت المدارس والمحال التجارية أبوابها يوم الثلاثاء، وعلّقت مصفاة الزاوية بعض عملياتها احترازياً، في حين دعت بعثة الأمم المتحدة للدعم في ليبيا إلى "وقف فوري للأعمال العدائية وحماية المدنيين".

وتتكرر الاشتباكات في الزاوية بين التشكيلات المسلحة المحلية، آخرها في مايو الماضي، ما يثير مخاوف السكان من انزلاق المدينة إلى مواجهة أوسع.

اقرأ أيضاً:
- مصرف ليبيا المركزي يعلن ضخ سيولة نقدية في المصارف التجارية
- "الكهرباء": خطة لتخفيف الأحمال في المنطقة الغربية
- قتلى في حادث سير على الطريق الساحلي قرب صبراتة

شارك الخبر | أضف تعليقاً | عدد المشاهدات: 5,482
""", url="https://libyaalghad.example/2025/09/24/zawiya-clashes", outlet="ليبيا الغد الإخبارية",
    published="2025-09-24", incident="o_ly_zawiya_clashes_2025_09_22",
    events=[ev(B, "Armed clash", "2025-09-22", uag("Libya"), uag("Libya"), "zawiya", 2,
               "اشتباكات عنيفة اندلعت مساء الاثنين بين مجموعتين مسلحتين في منطقة الحرشة")],
    notes="Clash between two unnamed armed groups on Monday 22 September. Two tolls: medical centre 3 bodies, "
          "ambulance service 2 dead; coded 2. The May clashes are background; UNSMIL's appeal is not an event.")

art("o_tn_semmama_landmine_shepherd", """
الصباح نيوز — تونس
الاثنين 16 جوان 2025

القصرين: إصابة راعٍ في انفجار لغم بجبل السمامة

أصيب شاب يبلغ من العمر 19 سنة بجروح بليغة، أمس الأحد 15 جوان، إثر انفجار لغم تقليدي الصنع بسفح جبل السمامة من معتمدية سبيبة بولاية القصرين، بينما كان يرعى قطيع أغنام عائلته.

وأفاد مصدر من المستشفى الجهوي بالقصرين أن المصاب تعرض لبتر في ساقه اليمنى، وأن حالته مستقرة بعد خضوعه لعملية جراحية، مشيراً إلى أنه سيُنقل إلى أحد مستشفيات العاصمة لاستكمال العلاج.

وذكّر مصدر أمني بأن المنطقة مصنفة منطقة عمليات عسكرية مغلقة منذ سنوات، وأن المجموعات الإرهابية المتحصنة بالجبال زرعت فيها ألغاماً لإعاقة تقدم الوحدات العسكرية، داعياً المواطنين إلى عدم دخولها.

ويواصل الجيش الوطني منذ سنوات عمليات إزالة الألغام في المرتفعات الغربية، غير أن وعورة التضاريس واتساع المساحات يجعلان المهمة بطيئة، بحسب مختصين، فيما يطالب متساكنو القرى المجاورة بتعويضات ومشاريع تنموية تغنيهم عن المخاطرة بالصعود إلى الجبل.

ويعيد الحادث إلى الأذهان حوادث مماثلة راح ضحيتها رعاة وجامعو نبتة الإكليل في جبال الشعانبي والسمامة والمغيلة خلال السنوات الماضية.

كلمات مفتاحية: القصرين، السمامة، لغم، إرهاب
""", url="https://assabahnews.example/2025/06/16/semmama-mine", outlet="الصباح نيوز", published="2025-06-16",
    incident="o_tn_semmama_mine_2025_06_15",
    events=[ev(E, "Remote explosive/landmine/IED", "2025-06-15", uag("Tunisia"), civ("Tunisia"), "semmama", 0,
               "إثر انفجار لغم تقليدي الصنع بسفح جبل السمامة من معتمدية سبيبة بولاية القصرين")],
    notes="Landmine laid earlier by militants wounds a shepherd (amputation, no death); perpetrator unnamed, so "
          "Unidentified Armed Group. Earlier mine accidents are background. Tunisian month name (جوان).")

art("o_tn_ettadhamen_night_unrest", """
موزاييك الحي — أخبار تونس الكبرى
الثلاثاء 4 فيفري 2025

ليلة احتقان في حي التضامن: حرق عجلات ورشق بالحجارة و7 إيقافات

شهد حي التضامن من ولاية أريانة، ليلة أمس الاثنين، مواجهات بين مجموعات من الشبان ووحدات الأمن، حيث عمد المحتجون إلى غلق عدد من الأنهج بالعجلات المطاطية المشتعلة ورشق الأعوان بالحجارة والزجاجات الحارقة، فيما ردت الوحدات الأمنية بالغاز المسيل للدموع.

وجاءت هذه التحركات على خلفية وفاة شاب من الحي غرقاً في وادي مجاور الشهر الماضي، يقول أصدقاؤه إنه كان يحاول الفرار من دورية أمنية، وهي رواية تنفيها وزارة الداخلية.

وأفاد الناطق باسم الإدارة العامة للأمن الوطني بأنه تم إيقاف سبعة أشخاص "من أجل الاعتداء على أعوان أثناء أداء مهامهم وإضرام النار عمداً"، مشيراً إلى إصابة عونين بجروح طفيفة وتضرر سيارة أمنية.

من جهتها، دعت الرابطة التونسية للدفاع عن حقوق الإنسان إلى "فتح تحقيق مستقل وشفاف" في ملابسات وفاة الشاب، مطالبة السلط بـ"معالجة الأسباب العميقة للاحتقان" في الأحياء الشعبية بدل الاكتفاء بالمقاربة الأمنية، ومحذرة من تكرار سيناريوهات سابقة.

وعاد الهدوء إلى الحي في الساعات الأولى من صباح اليوم، وسط انتشار أمني مكثف.

تابعوا موزاييك الحي على إنستغرام | سياسة ملفات تعريف الارتباط
""", url="https://mosaiquehay.example/2025/02/04/ettadhamen", outlet="موزاييك الحي", published="2025-02-04",
    incident="o_tn_ettadhamen_riot_2025_02_03",
    events=[ev(R, "Violent demonstration", "2025-02-03", rioters("Tunisia"), TUN_POL, "ettadhamen", 0,
               "ورشق الأعوان بالحجارة والزجاجات الحارقة، فيما ردت الوحدات الأمنية بالغاز المسيل للدموع")],
    notes="Night riot in Ettadhamen (Monday 3 February): stones and petrol bombs against police, tear gas, seven "
          "arrests (part of the same event). The drowning last month is contested background, not coded.")

art("o_dz_mdn_communique_ain_defla", """
بيان وزارة الدفاع الوطني — الجمهورية الجزائرية الديمقراطية الشعبية
حصيلة عمليات الجيش الوطني الشعبي للفترة من 12 إلى 18 مارس 2025
الجزائر في 19 مارس 2025

في إطار مكافحة الإرهاب والجريمة المنظمة، وبفضل الاستغلال الأمثل للمعلومات، تمكنت وحدات ومفارز الجيش الوطني الشعبي خلال الفترة الممتدة من 12 إلى 18 مارس 2025 من تحقيق نتائج نوعية، تعكس الاحترافية العالية واليقظة الدائمة لقواتنا المسلحة في كامل التراب الوطني.

ففي مجال مكافحة الإرهاب، تمكنت مفرزة للجيش الوطني الشعبي، يوم 17 مارس 2025، إثر عملية بحث وتمشيط بالقرب من بلدية عين الدفلى بالناحية العسكرية الأولى، من القضاء على إرهابيين اثنين واسترجاع مسدسين رشاشين من نوع كلاشنيكوف وكمية من الذخيرة.

كما أوقفت مفارز مشتركة 9 عناصر دعم للجماعات الإرهابية في عمليات متفرقة عبر التراب الوطني.

وفي إطار مكافحة الجريمة المنظمة، أحبطت وحدات مشتركة محاولات إدخال كميات ضخمة من المخدرات عبر الحدود مع المغرب، تقدر بـ 12 قنطاراً من الكيف المعالج، وأوقفت 41 تاجر مخدرات، كما تم توقيف 187 شخصاً وحجز مولدات كهربائية ومطارق ضغط بمناطق التنقيب غير المشروع عن الذهب بكل من تمنراست وعين قزام.

من جهة أخرى، أحبط حراس السواحل محاولات هجرة غير شرعية وتم إنقاذ 63 شخصاً كانوا على متن قوارب تقليدية الصنع.
""", url="https://mdn-dz.example/ar/bilan/2025-03-19", outlet="وزارة الدفاع الوطني (الجزائر)", published="2025-03-19",
    incident="o_dz_ain_defla_operation_2025_03_17",
    events=[ev(B, "Armed clash", "2025-03-17", DZA, uag("Algeria"), "ain_defla", 2,
               "يوم 17 مارس 2025، إثر عملية بحث وتمشيط بالقرب من بلدية عين الدفلى بالناحية العسكرية الأولى، من القضاء على إرهابيين اثنين")],
    notes="Official weekly balance sheet. Only the dated, placed operation is coded (2 militants killed). The nine "
          "arrests of support elements across the country have no place or date; drugs, gold-mining and migration "
          "items are not conflict events.")

art("o_ma_rabat_teachers_sitin_dispersed", """
هسبريس الرباط — مجتمع
الخميس 15 ماي 2025

السلطات تفض وقفة "الأساتذة المتعاقدين" أمام البرلمان

فضت القوات العمومية، مساء أمس الأربعاء، وقفة احتجاجية نظمتها "التنسيقية الوطنية للأساتذة الذين فرض عليهم التعاقد" أمام مبنى البرلمان بشارع محمد الخامس في الرباط، وذلك بعد أقل من ساعة على انطلاقها.

وأفادت التنسيقية في بلاغ بأن "التدخل الأمني العنيف" خلف إصابات في صفوف عدد من الأساتذة والأستاذات، نقل بعضهم إلى المستشفى الجامعي ابن سينا، إضافة إلى اقتياد ستة منهم إلى مقر الدائرة الأمنية قبل إطلاق سراحهم ليلاً.

في المقابل، قال مصدر من السلطات المحلية إن الوقفة "لم تحترم المقتضيات القانونية المتعلقة بالتصريح المسبق"، وإن القوات العمومية "اكتفت بتفريق المحتجين دون استعمال مفرط للقوة".

وفي تصريح لاحق، قالت وزارة التربية الوطنية إن "باب الحوار ما زال مفتوحاً"، وإن النظام الأساسي الجديد لموظفي القطاع "استجاب لأغلب المطالب"، داعية الأساتذة إلى "تغليب مصلحة التلاميذ" مع اقتراب موعد الامتحانات الإشهادية.

وتطالب التنسيقية منذ سنوات بالإدماج في أسلاك الوظيفة العمومية، وأعلنت عن برنامج نضالي يشمل إضراباً وطنياً لثلاثة أيام الأسبوع المقبل.

شارك المقال | التعليقات (23) | هذا الموقع يستخدم ملفات تعريف الارتباط — قبول
""", url="https://hespress-rabat.example/societe/2025/05/15/teachers", outlet="هسبريس الرباط", published="2025-05-15",
    incident="o_ma_rabat_teachers_2025_05_14",
    events=[ev(P, "Protest with intervention", "2025-05-14", protesters("Morocco"), MAR_POL, "rabat", 0,
               "فضت القوات العمومية، مساء أمس الأربعاء، وقفة احتجاجية نظمتها")],
    notes="Sit-in dispersed (injuries, six briefly held; no deaths). The announced strike next week is a plan, not "
          "an event. Moroccan month name (ماي).")

art("o_tr_istanbul_night_march_dispersed", """
ترك برس عربي
الأحد 9 مارس 2025

الشرطة التركية تفرق "مسيرة ليلية" في بيوغلو وتحتجز العشرات

إسطنبول – فرقت الشرطة التركية مساء السبت مسيرة نسائية حاولت الوصول إلى ساحة تقسيم بمناسبة اليوم العالمي للمرأة، مستخدمة رذاذ الفلفل والدروع، بعد أن أغلقت مداخل شارع الاستقلال ومحطات المترو القريبة.

وقالت منظِّمات المسيرة إن الشرطة احتجزت أكثر من خمسين مشاركة في حي بيوغلو، فيما أعلن مكتب والي إسطنبول في بيان أن المسيرة "غير مرخصة"، وأن التجمع سُمح به في مناطق بديلة فقط. وأفرج عن معظم المحتجزات في ساعات الصباح الأولى.

وظهرت في مقاطع مصورة متداولة على وسائل التواصل عناصر من الشرطة وهي تدفع المشاركات نحو الأزقة الجانبية، فيما رددت المحتجات شعارات تطالب بوقف العنف ضد النساء وبتطبيق اتفاقية إسطنبول التي انسحبت منها تركيا عام 2021.

وتمنع السلطات المسيرات في تقسيم منذ سنوات، بحجة الحفاظ على النظام العام، بينما تتهمها منظمات حقوقية بتقييد حق التجمع السلمي.

وفي أنقرة، مرت تجمعات مماثلة في حي كزلاي دون تدخل يذكر، وفق وسائل إعلام محلية.

الكلمات الدلالية: إسطنبول، تقسيم، الشرطة، مظاهرات
""", url="https://turkpress-ar.example/2025/03/09/beyoglu", outlet="ترك برس عربي", published="2025-03-09",
    incident="o_tr_istanbul_march_2025_03_08",
    events=[ev(P, "Protest with intervention", "2025-03-08", protesters("Turkey"), TUR_POL, "beyoglu", 0,
               "فرقت الشرطة التركية مساء السبت مسيرة نسائية حاولت الوصول إلى ساحة تقسيم"),
            ev(P, "Peaceful protest", "2025-03-08", protesters("Turkey"),
               None, ("Turkey", "Ankara", "Kizilay, Ankara", 39.92, 32.85), 0,
               "وفي أنقرة، مرت تجمعات مماثلة في حي كزلاي دون تدخل يذكر", optional=True)],
    notes="Main event: women's march dispersed with pepper spray in Beyoglu, 50+ detained. The Ankara gatherings "
          "are mentioned in one line citing local media (optional).")

art("o_ir_rask_jaish_adl_police_station", """
العالم الإيراني اليوم | شؤون داخلية
الثلاثاء 21 أكتوبر 2025

مقتل ثلاثة من الشرطة وهجوم "جيش العدل" على مخفر في راسك

أفادت وكالة أنباء رسمية إيرانية بأن ثلاثة من عناصر قوى الأمن الداخلي قتلوا، فجر الاثنين (28 مهر 1404 بالتقويم الإيراني)، في هجوم شنه مسلحون على مركز للشرطة في مدينة راسك بمحافظة سيستان وبلوشستان جنوب شرقي البلاد.

وأضافت الوكالة أن الاشتباك مع المهاجمين استمر عدة ساعات، وانتهى بمقتل اثنين منهم وفرار آخرين باتجاه المناطق الجبلية، مشيرة إلى أن التعزيزات وصلت من زاهدان وإيرانشهر.

وتبنت جماعة "جيش العدل" البلوشية المسلحة الهجوم في بيان على تلغرام، مدعية أنها قتلت "عشرة من عناصر النظام" وغنمت أسلحة، وهي أرقام لم يتسن التحقق منها.

ونقل التلفزيون الرسمي صوراً لواجهة المخفر وقد اخترقتها آثار الرصاص، ولسيارة شرطة محترقة في الساحة المقابلة. وقال نائب محافظ سيستان وبلوشستان للشؤون الأمنية إن "الوضع تحت السيطرة الكاملة"، وإن الأجهزة الأمنية تلاحق الفارين، مشيراً إلى أن الهجوم "لن يمر دون عقاب".

وتشهد المحافظة الفقيرة المحاذية لباكستان وأفغانستان هجمات متكررة تستهدف قوات الأمن والحرس الثوري، وتتهم طهران جهات خارجية بدعم الجماعات المسلحة فيها.
""", url="https://iranalyoum.example/internal/2025/10/21/rask", outlet="العالم الإيراني اليوم", published="2025-10-21",
    incident="o_ir_rask_attack_2025_10_20",
    events=[ev(B, "Armed clash", "2025-10-20", JAISH_ADL, IRN_POL, "rask", 5,
               "في هجوم شنه مسلحون على مركز للشرطة في مدينة راسك بمحافظة سيستان وبلوشستان")],
    notes="Per-side tolls: 3 police and 2 attackers per state media (5); the group claims 10 'regime elements', "
          "unverified. Solar Hijri date 28 Mehr 1404 = 20 October 2025, consistent with Monday.")

art("o_ye_taiz_houthi_shelling_child", """
تعز أونلاين
الأربعاء 16 يوليو 2025

طفل قتيلاً وثلاثة جرحى بقذيفة حوثية على حي سكني في تعز

قُتل طفل في العاشرة من عمره وأصيب ثلاثة مدنيين آخرون، عصر أمس الثلاثاء، جراء سقوط قذيفة هاون أطلقتها مليشيا الحوثي على حي الروضة شمالي مدينة تعز، بحسب مصادر طبية في مستشفى الثورة العام.

وقال سكان إن القذيفة سقطت بالقرب من محل بقالة كان الطفل يقف أمامه، وإن القصف تكرر على الحي ذاته خلال الأسبوع الماضي دون وقوع إصابات.

وأدانت السلطة المحلية بالمحافظة "الجريمة الجديدة"، معتبرة أنها تؤكد "استمرار الحوثيين في استهداف المدنيين رغم الهدنة المعلنة"، ودعت المبعوث الأممي إلى تحمل مسؤولياته.

وتعيش تعز منذ سنوات حصاراً مفروضاً على معظم منافذها، وإن كانت بعض الطرق قد فتحت جزئياً خلال العام الماضي، ما خفف من معاناة المسافرين دون أن ينهي القصف المتقطع على الأحياء المتاخمة لخطوط التماس.

ولم يصدر تعليق من جماعة الحوثي، التي تتهم عادة القوات الحكومية بقصف مناطق سيطرتها في الحوبان.

المزيد: فتح طريق جولة القصر جزئياً أمام المسافرين | أزمة مياه خانقة في أحياء المدينة القديمة
""", url="https://taizonline.example/2025/07/16/rawda-shell", outlet="تعز أونلاين", published="2025-07-16",
    incident="o_ye_taiz_shelling_2025_07_15",
    events=[ev(E, "Shelling/artillery/missile attack", "2025-07-15", HOUTHI, civ("Yemen"), "taiz", 1,
               "جراء سقوط قذيفة هاون أطلقتها مليشيا الحوثي على حي الروضة شمالي مدينة تعز")],
    notes="Houthi mortar shell on a residential neighbourhood of Taiz, 1 child killed. The shelling 'last week' "
          "without casualties is too vague to code.")

art("o_sd_el_obeid_rsf_drones_disputed", """
سودان ناو | الأخبار
الاثنين 8 سبتمبر 2025

مسيرات الدعم السريع تضرب الأبيض.. وحصيلة متضاربة

الأبيض – شنت قوات الدعم السريع، صباح أمس الأحد، هجوماً بعدد من الطائرات المسيّرة على مدينة الأبيض حاضرة ولاية شمال كردفان، استهدف مستودعاً للوقود وأحياء سكنية في الجزء الشرقي من المدينة.

وقالت غرفة طوارئ الأبيض إن أربعة مدنيين قتلوا وأصيب أحد عشر آخرون جراء سقوط إحدى المسيرات على منزل في حي القبة، بينما أكد الجيش في بيان أن دفاعاته الأرضية "تصدت لمعظم المسيرات وأسقطتها"، من دون ذكر ضحايا.

وقال والي شمال كردفان المكلف في تصريح صحفي إن "استهداف الأحياء السكنية جريمة حرب"، معلناً تشكيل لجنة لحصر الأضرار وتعويض المتضررين، ومناشداً المواطنين الابتعاد عن المنشآت الحيوية أثناء الهجمات.

واندلع حريق كبير في مستودع الوقود استمر ساعات، ما تسبب في ارتفاع أسعار البنزين في السوق المحلية.

وتتعرض الأبيض لهجمات متكررة بالمسيرات منذ أشهر، في ظل مخاوف من هجوم بري على المدينة التي تعد عقدة مواصلات رئيسية بين الخرطوم ودارفور.

شارك على: واتساب | فيسبوك | إكس
""", url="https://sudannow.example/news/2025/09/08/el-obeid", outlet="سودان ناو", published="2025-09-08",
    incident="o_sd_el_obeid_drones_2025_09_07",
    events=[ev(E, "Air/drone strike", "2025-09-07", RSF, civ("Sudan"), "el_obeid", 4,
               "شنت قوات الدعم السريع، صباح أمس الأحد، هجوماً بعدد من الطائرات المسيّرة على مدينة الأبيض")],
    notes="RSF drone attack on El Obeid: 4 civilians killed per the local emergency room; the army mentions "
          "interceptions only. Interceptions are part of the same event.")


# ======================================================================================== non-event articles
art("o_iq_court_death_sentence_old_bombing", """
السومرية اليوم | قضاء
الأحد 16 شباط 2025

الإعدام لمدان بتفجير ساحة الطيران بعد أربع سنوات على المجزرة

أصدرت محكمة الجنايات المركزية في بغداد، اليوم الأحد، حكماً بالإعدام شنقاً حتى الموت بحق مدان بالاشتراك في التفجير الانتحاري المزدوج الذي ضرب ساحة الطيران وسط العاصمة في كانون الثاني 2021، وأسفر يومها عن مقتل اثنين وثلاثين شخصاً وإصابة أكثر من مئة.

وقال المركز الإعلامي لمجلس القضاء الأعلى في بيان إن المدان "اعترف بتوفير مأوى للانتحاريين ونقلهما إلى قرب مكان التفجير"، وإن الحكم صدر استناداً إلى أحكام المادة الرابعة من قانون مكافحة الإرهاب، وهو قابل للتمييز.

وكان تنظيم داعش قد تبنى التفجير حينها، في واحد من أعنف الهجمات التي شهدتها بغداد بعد إعلان النصر على التنظيم.

وعبّر ذوو الضحايا الذين حضروا الجلسة عن ارتياحهم للحكم، وقالت والدة أحد الضحايا، وهو بائع ملابس مستعملة: "لن يعيد الحكم ابني، لكنه يطفئ شيئاً من النار في قلبي".

وفي سياق متصل، تنظر المحكمة الشهر المقبل في قضايا متهمين آخرين بالتخطيط لهجمات في حزام بغداد خلال الأعوام الماضية.

اقرأ أيضاً: العفو العام.. جدل نيابي حول شمول المدانين بقضايا الإرهاب | وزارة العدل: تنفيذ أحكام بحق مدانين
""", url="https://alsumariatoday.example/judiciary/2025/02/16/tayaran-verdict", outlet="السومرية اليوم",
    published="2025-02-16",
    notes="Non-event: a verdict about the 2021 Tayaran Square bombing (history); future hearings are plans.")

art("o_iq_halabja_anniversary_commemoration", """
روداو عربي | كردستان
الأحد 16 آذار 2025

حلبجة تستذكر ضحايا القصف الكيمياوي في ذكراه السابعة والثلاثين

حلبجة – أحيا الآلاف من أهالي مدينة حلبجة، اليوم الأحد، الذكرى السابعة والثلاثين لقصف المدينة بالأسلحة الكيمياوية من قبل النظام العراقي السابق في السادس عشر من آذار 1988، الذي راح ضحيته نحو خمسة آلاف مدني.

وتوافد المشاركون منذ الصباح الباكر إلى مقبرة الشهداء ونصب الضحايا، حاملين الزهور وصور ذويهم، ووقفوا خمس دقائق صمتاً عند الحادية عشرة والنصف، وهو التوقيت الذي بدأت فيه الطائرات بإلقاء قنابلها على المدينة قبل سبعة وثلاثين عاماً، فيما دوت صفارات الإنذار في أرجاء المحافظة.

وقال محافظ حلبجة في كلمة خلال المراسم إن "الجرح ما زال مفتوحاً"، مطالباً الحكومة الاتحادية بتعويض ذوي الضحايا والمصابين الذين ما زالوا يعانون أمراضاً تنفسية وسرطانية.

كما شهد المركز الثقافي في المدينة معرضاً للصور الفوتوغرافية التي التقطها صحفيون أجانب بعد القصف، إلى جانب ندوة عن توثيق جرائم الأنفال.

وكانت المحكمة الجنائية العراقية العليا قد أدانت عدداً من مسؤولي النظام السابق في قضايا الأنفال وحلبجة.

المشاهدات: 2,104 | شارك
""", url="https://rudawarabic.example/kurdistan/2025/03/16/halabja", outlet="روداو عربي", published="2025-03-16",
    notes="Non-event: anniversary commemoration of the 1988 chemical attack (history); sirens and a minute of "
          "silence are ceremony, not events.")

art("o_iq_baghdad_family_inheritance_stabbing", """
بغداد بوست | حوادث
الخميس 3 نيسان 2025

خلاف على الميراث ينتهي بطعن شقيق في الشعلة

ألقت مفارز مركز شرطة الشعلة في جانب الكرخ القبض على رجل أقدم على طعن شقيقه الأصغر بآلة حادة إثر مشاجرة عائلية نشبت بينهما حول تقسيم منزل ورثاه عن والدهما.

وذكر بيان لقيادة شرطة بغداد أن المجني عليه نقل إلى مستشفى الكاظمية التعليمي وحالته الصحية مستقرة، وأن المتهم اعترف بفعلته مبرراً ذلك بـ"لحظة غضب"، فيما قرر قاضي التحقيق توقيفه وفق أحكام المادة 413 من قانون العقوبات.

وأشار البيان إلى أن الخلاف بدأ قبل أشهر عندما رفض المتهم بيع المنزل وتقسيم ثمنه، وتطور إلى تلاسن بالأيدي أمام الجيران قبل أن يستل سكيناً من المطبخ.

وتحذر منظمات اجتماعية من تنامي النزاعات الأسرية بسبب ضغوط السكن وارتفاع الإيجارات في العاصمة، داعية إلى تفعيل دور مكاتب البحث الاجتماعي في المحاكم لحل هذه الخلافات قبل تحولها إلى جرائم.

كما دعت الشرطة المواطنين إلى اللجوء للقضاء في قضايا الإرث "بدلاً من الاحتكام إلى العنف".

أخبار ذات صلة: القبض على عصابة لسرقة الدراجات النارية في الحرية | ضبط مخزن للأدوية المهربة
""", url="https://baghdadpost-local.example/incidents/2025/04/03/shula", outlet="بغداد بوست", published="2025-04-03",
    notes="Non-event: ordinary family crime (stabbing over an inheritance, arrest by local police); ACLED does not "
          "code domestic disputes.")

art("o_sy_reburial_identified_victims_funeral", """
عنب بلدي نت | مجتمع
الاثنين 10 آذار 2025

تشييع رفات 17 ضحية تعرّف عليهم ذووهم بعد اثني عشر عاماً

شيّع المئات في مدينة داريا بريف دمشق، أمس الأحد، رفات سبعة عشر شخصاً تعرّف عليهم ذووهم بعد أكثر من عقد على اختفائهم، ودفنوا في مقبرة الشهداء وسط المدينة بحضور مسؤولين محليين وممثلين عن الدفاع المدني.

وكانت فرق مختصة قد انتشلت الرفات مطلع العام من حفرة قرب أحد المقرات الأمنية السابقة، وأجريت عليها فحوص ومطابقات استغرقت أسابيع. وتقول العائلات إن أبناءها اعتقلوا عند حواجز النظام السابق خلال حصار المدينة عامي 2012 و2013، ولم يعرف عنهم شيء منذ ذلك الحين.

وقالت أم خالد، التي تعرّفت على ابنها من خلال قطعة من قميصه: "انتظرته اثني عشر عاماً، اليوم على الأقل صار له قبر أزوره".

ودعت رابطة لعائلات المفقودين إلى إنشاء هيئة وطنية مستقلة للبحث عن عشرات آلاف المفقودين، وإلى حماية المواقع المشتبه بأنها مقابر جماعية من العبث قبل توثيقها.

وتخلل التشييع هتافات تطالب بمحاسبة المسؤولين عن الاعتقال والقتل، قبل أن يتفرق المشيعون بهدوء.

شارك: فيسبوك · إكس | اشترك في نشرتنا
""", url="https://enabbaladi-net.example/society/2025/03/10/daraya-funeral", outlet="عنب بلدي نت", published="2025-03-10",
    notes="Non-event: funeral of remains identified from killings in 2012-2013 (history); the exhumation happened "
          "earlier in the year and is mentioned only in passing. The chants at the funeral are part of the "
          "funeral, not a protest a careful coder would code.")

art("o_sy_opinion_transitional_justice", """
رأي | الجمهورية السورية
الخميس 24 نيسان 2025

العدالة الانتقالية ليست ثأراً مؤجلاً

بقلم: د. مازن ح.

كلما وقعت جريمة قتل ذات طابع انتقامي في قرية من قرى الساحل أو حي من أحياء حمص، ارتفعت الأصوات التي تقول إن البلاد لا تحتاج إلى محاكم بل إلى "حساب سريع". وهذا بالضبط ما ينبغي أن نخشاه.

لقد عاش السوريون أكثر من عقد من القصف بالبراميل والحصار والتجويع والإخفاء القسري، وليس مستغرباً أن يبحث الضحايا عن إنصاف. لكن الإنصاف الذي يأتي على شكل رصاصة في ظلام الليل لا يختلف كثيراً في جوهره عن الظلم الذي سبقه، بل يؤسس لدورة جديدة من العنف تلتهم الجميع.

تجارب الدول التي خرجت من حروب أهلية، من جنوب أفريقيا إلى البوسنة ورواندا، تقول لنا إن الطريق أطول وأصعب: لجان حقيقة، ومحاكمات عادلة لكبار المسؤولين، وتعويضات، وإصلاح للأجهزة الأمنية، وذاكرة وطنية تعترف بكل الضحايا دون تمييز.

المطلوب اليوم قانون واضح للعدالة الانتقالية، وهيئة مستقلة تملك صلاحيات الوصول إلى الأرشيف الأمني، وخطاب رسمي لا يساوي بين طائفة وجريمة.

إن لم نفعل ذلك، فسنورث أبناءنا حرباً أخرى مؤجلة.

* الآراء الواردة تعبر عن كاتبها ولا تعبر بالضرورة عن رأي الموقع.
""", url="https://aljumhuriya-sy.example/opinion/2025/04/24/justice", outlet="الجمهورية السورية", published="2025-04-24",
    notes="Non-event: opinion column; all violence is generic or historical.")

art("o_lb_israeli_warnings_hezbollah_response", """
المدن اللبنانية | سياسة
الأربعاء 4 حزيران 2025

تهديدات متبادلة: أدرعي يحذر سكان قرى جنوبية.. وحزب الله: "لن نقف مكتوفي الأيدي"

نشر المتحدث باسم الجيش الإسرائيلي باللغة العربية، مساء الثلاثاء، تحذيراً لسكان ثلاث قرى في قضاء صور، طالبهم فيه بـ"الابتعاد عن المباني التي يستخدمها حزب الله" مسافة لا تقل عن 300 متر، متوعداً بأن الجيش "سيعمل بقوة ضد أي محاولة لإعادة التموضع جنوب الليطاني".

وفي المقابل، قال عضو في كتلة الوفاء للمقاومة، خلال احتفال تأبيني في النبطية، إن "المقاومة لن تقف مكتوفة الأيدي إذا استمر العدو في استباحة السيادة"، محذراً من أن "للصبر حدوداً".

وأثار التحذير الإسرائيلي حالة من القلق في صفوف الأهالي، حيث غادرت بعض العائلات منازلها احترازياً إلى صور، بينما أكدت مصادر أمنية لبنانية أن الجيش اللبناني كثف دورياته في المنطقة وأبلغ لجنة الإشراف على وقف إطلاق النار بالتهديدات.

من جهتها، دعت الخارجية اللبنانية مجلس الأمن إلى "التحرك الفوري لمنع أي تصعيد"، بينما قال دبلوماسي غربي لـ"المدن" إن واشنطن "تعمل على احتواء التوتر قبل أن يخرج عن السيطرة".

الأكثر قراءة: مصرف لبنان يمدد التعميم 158 | الانتخابات البلدية: النتائج النهائية في البقاع
""", url="https://almodon-lb.example/politics/2025/06/04/warnings", outlet="المدن اللبنانية", published="2025-06-04",
    notes="Non-event: threats and warnings from both sides, precautionary departures, patrols; no attack "
          "reported. The memorial ceremony is not an event.")

art("o_lb_cabinet_army_deployment_plan", """
الوكالة الوطنية للإعلام (نسخة المتابعة) — لبنان
الجمعة 8 آب 2025

مجلس الوزراء يقر خطة انتشار الجيش جنوب الليطاني.. وجدول زمني من ثلاث مراحل

أقر مجلس الوزراء في جلسته التي عقدت في القصر الجمهوري في بعبدا برئاسة رئيس الجمهورية، خطة قيادة الجيش لتعزيز الانتشار في منطقة جنوب الليطاني، والتي تقضي بنشر ستة آلاف عسكري إضافي على ثلاث مراحل تنتهي مع نهاية العام.

وقال وزير الإعلام بعد الجلسة إن الخطة تتضمن "تسلم المواقع التي يخليها الجيش الإسرائيلي، وإزالة أي مظاهر مسلحة غير شرعية، ومنع إدخال السلاح إلى المنطقة"، موضحاً أن تطويع عناصر جدد سيبدأ الشهر المقبل بتمويل من دول صديقة.

وشهدت الجلسة نقاشاً مطولاً حول آلية حصر السلاح بيد الدولة، إذ طالب وزراء بجدول زمني واضح يشمل كل الأراضي اللبنانية، فيما تحفظ وزيران على "التوقيت والصياغة" معتبرين أن الأولوية يجب أن تكون لانسحاب إسرائيل من النقاط الخمس.

وفي تصريح لاحق، قال قائد الجيش إن المؤسسة العسكرية "جاهزة لتنفيذ القرار السياسي"، لكنها تحتاج إلى دعم لوجستي ومالي عاجل لتأمين الآليات والتجهيزات.

ويتوقع أن يزور وفد عسكري أميركي بيروت الأسبوع المقبل للبحث في آليات الدعم.
""", url="https://nna-follow.example/politics/2025/08/08/cabinet", outlet="الوكالة الوطنية للإعلام (نسخة المتابعة)",
    published="2025-08-08",
    notes="Non-event: announced deployment plan and cabinet debate about weapons; future visits are plans.")

art("o_ps_cairo_ceasefire_talks_analysis", """
تحليل | القدس الجديد
السبت 18 تشرين الأول 2025

مفاوضات القاهرة: ما الذي يعطّل المرحلة الثانية؟

تدخل المحادثات غير المباشرة في القاهرة أسبوعها الثالث دون اختراق واضح، رغم الأجواء الإيجابية التي تحدث عنها الوسطاء المصريون والقطريون في بداية الجولة. وفي قلب الخلاف ثلاثة ملفات: سلاح الفصائل، وشكل الإدارة المدنية في قطاع غزة، وجدول انسحاب القوات الإسرائيلية من المناطق التي ما زالت تسيطر عليها.

مصدر مطلع على المحادثات قال لـ"القدس الجديد" إن وفد حماس أبدى مرونة في ملف الإدارة، لكنه رفض بشكل قاطع أي صيغة تتضمن "نزع السلاح" قبل قيام دولة فلسطينية، فيما يصر الجانب الإسرائيلي على أن لا إعادة إعمار دون تجريد القطاع من السلاح.

ويرى المحلل السياسي سامر ع. أن "الطرفين يراهنان على الوقت"، موضحاً أن الحكومة الإسرائيلية تواجه ضغوطاً داخلية من شركائها اليمينيين الذين يهددون بإسقاطها إذا قدمت تنازلات، بينما تخشى حماس أن تفقد ورقتها الأخيرة.

وبين هذا وذاك، يبقى أكثر من مليوني إنسان في القطاع معلقين على نتائج مفاوضات قد تطول، في ظل دمار طال نحو ثلثي المباني وفق تقديرات أممية.

* هذا التحليل جزء من سلسلة "ما بعد الحرب" التي ينشرها الموقع أسبوعياً.
""", url="https://alquds-jadid.example/analysis/2025/10/18/cairo-talks", outlet="القدس الجديد", published="2025-10-18",
    notes="Non-event: analysis of negotiations; threats to topple the government are political, destruction "
          "figures are statistics.")

art("o_jo_eager_lion_exercise_live_fire", """
الرأي الأردنية الإلكترونية | محليات
الأربعاء 14 أيار 2025

اختتام تمرين "الأسد المتأهب" بمشاركة 30 دولة ورمايات بالذخيرة الحية

اختتمت القوات المسلحة الأردنية – الجيش العربي، أمس الثلاثاء، فعاليات التمرين العسكري المشترك "الأسد المتأهب 2025"، الذي نفذ على مدار أسبوعين في عدة مناطق من المملكة بمشاركة قوات من ثلاثين دولة شقيقة وصديقة.

وشهد رئيس هيئة الأركان المشتركة التمرين الختامي في ميادين التدريب جنوب عمّان، والذي تضمن سيناريو للتعامل مع "هجوم إرهابي على منشأة حيوية"، حيث نفذت المروحيات رمايات بالذخيرة الحية على أهداف افتراضية، واقتحمت قوات خاصة مبنى يحاكي مقراً لجماعة مسلحة وحررت "رهائن"، إلى جانب تمارين على التصدي للطائرات المسيرة وإسقاطها.

وأكد رئيس الأركان أن التمرين "يعكس مستوى الجاهزية العالي ويعزز التنسيق وتبادل الخبرات"، مشيراً إلى أن التهديدات على الحدود الشمالية، من تهريب المخدرات والأسلحة بالطائرات المسيرة، تفرض تطوير القدرات باستمرار.

وشارك في التمرين أكثر من ثمانية آلاف عسكري، واستخدمت فيه طائرات مقاتلة وأنظمة دفاع جوي متطورة.

الوسوم: القوات المسلحة، تمارين، الأسد المتأهب
""", url="https://alrai-jo.example/local/2025/05/14/eager-lion", outlet="الرأي الأردنية الإلكترونية",
    published="2025-05-14",
    notes="Non-event: military exercise with live-fire scenarios (attack, hostage rescue, drone interception are "
          "simulated). Border smuggling threats are generic.")

art("o_eg_ismailia_road_accident_conscripts", """
مصراوي نيوز | حوادث
الجمعة 21 نوفمبر 2025 — 07:35 ص

مصرع 6 بينهم 3 مجندين في تصادم ميكروباص بسيارة نقل على طريق الإسماعيلية الصحراوي

لقي 6 أشخاص مصرعهم، بينهم 3 مجندين كانوا عائدين من إجازاتهم، وأصيب 9 آخرون، في حادث تصادم مروع بين سيارة ميكروباص وسيارة نقل ثقيل محملة بالرمال على طريق القاهرة – الإسماعيلية الصحراوي، مساء أمس الخميس.

وتلقى اللواء مدير أمن الإسماعيلية إخطاراً بوقوع الحادث بالقرب من منطقة أبو سلطان، فانتقلت سيارات الإسعاف إلى موقع الحادث، ونقلت الجثث إلى مشرحة مستشفى الإسماعيلية العام والمصابين إلى قسم الطوارئ.

وكشفت التحريات الأولية أن الحادث وقع نتيجة السرعة الزائدة ومحاولة سائق الميكروباص تجاوز سيارة أخرى في منطقة تشهد أعمال صيانة. وتحرر محضر بالواقعة، وأخطرت النيابة العامة لتتولى التحقيق، وقررت ندب الطب الشرعي لتوقيع الكشف على الجثث.

ونعت القوات المسلحة المجندين الثلاثة، وأقيمت لهم جنازة عسكرية في قراهم بمحافظتي الشرقية والدقهلية.

اقرأ أيضاً: ضبط 12 ألف مخالفة مرورية في 24 ساعة | أمطار خفيفة على السواحل الشمالية
""", url="https://masrawynews.example/accidents/2025/11/21/ismailia", outlet="مصراوي نيوز", published="2025-11-21",
    notes="Non-event: road accident killing conscripts among others; military funeral is ceremony.")
art("o_eg_cairo_phone_fraud_gang", """
أخبار اليوم أونلاين | حوادث
الثلاثاء 7 أكتوبر 2025

سقوط تشكيل عصابي للنصب على المواطنين عبر الهاتف بزعم الفوز بجوائز

تمكنت الإدارة العامة لمكافحة جرائم تقنية المعلومات بوزارة الداخلية من ضبط تشكيل عصابي مكون من أربعة أشخاص، تخصص نشاطه في النصب على المواطنين عبر الهاتف، من خلال إيهامهم بالفوز بجوائز مالية من شركات اتصالات وطلب تحويل "رسوم" للحصول عليها.

وأوضح مصدر أمني أن المتهمين اتخذوا من شقة سكنية بدائرة قسم شرطة المرج بالقاهرة مقراً لنشاطهم، وتم ضبطهم وبحوزتهم 37 شريحة هاتف محمول وعدد من الهواتف ودفاتر تحوي بيانات الضحايا، وبمواجهتهم اعترفوا بارتكاب 52 واقعة بمختلف المحافظات، وبلغت حصيلة ما استولوا عليه نحو نصف مليون جنيه.

وتحرر المحضر اللازم، وأحيل المتهمون إلى النيابة العامة التي قررت حبسهم أربعة أيام على ذمة التحقيقات.

وتهيب وزارة الداخلية بالمواطنين عدم الإفصاح عن بياناتهم المصرفية أو الأرقام السرية لأي جهة عبر الهاتف، والإبلاغ الفوري عن أي محاولات احتيال من خلال الخط الساخن أو الموقع الإلكتروني للوزارة.

تابعونا على تطبيق أخبار اليوم | سياسة الخصوصية
""", url="https://akhbarelyomonline.example/crime/2025/10/07/fraud", outlet="أخبار اليوم أونلاين",
    published="2025-10-07",
    notes="Non-event: arrest of a phone-fraud gang (ordinary crime, no political context).")

art("o_ly_hor_security_budget_debate", """
بوابة الوسط الليبية (نسخة المتابعة)
الاثنين 17 نوفمبر 2025

جلسة ساخنة لمجلس النواب حول ميزانية الأمن.. واتهامات متبادلة بتمويل "الميليشيات"

بنغازي – شهدت جلسة مجلس النواب التي عقدت، اليوم الاثنين، في بنغازي نقاشاً حاداً حول البند المخصص لوزارتي الدفاع والداخلية في مشروع الميزانية الموحدة، وسط اتهامات متبادلة بين نواب من الشرق والغرب بتحويل الأموال العامة إلى "تشكيلات مسلحة خارج سلطة الدولة".

وقال أحد النواب إن "المليارات التي صرفت على الأمن خلال السنوات الماضية لم تمنع اشتباكاً واحداً في طرابلس أو الزاوية"، مطالباً بلجنة تدقيق مستقلة، فيما رد نائب آخر بأن "توحيد المؤسسة العسكرية هو الطريق الوحيد لإنهاء الفوضى، وليس قطع الرواتب عن الجنود".

وأُرجئ التصويت على الميزانية إلى الجلسة المقبلة بعد أن فشل المجلس في تحقيق النصاب القانوني، وقرر رئيس المجلس تشكيل لجنة مصغرة للتواصل مع المجلس الأعلى للدولة بشأن التوافق على البنود الخلافية.

من جهتها، رحبت بعثة الأمم المتحدة بـ"أي خطوة نحو ميزانية موحدة تخضع للرقابة"، داعية إلى إبعاد الخلافات السياسية عن رواتب المواطنين.

التعليقات (31) | شارك
""", url="https://alwasat-ly-follow.example/2025/11/17/budget", outlet="بوابة الوسط الليبية (نسخة المتابعة)",
    published="2025-11-17",
    notes="Non-event: parliamentary debate about security spending; past clashes mentioned generically.")

art("o_tn_derby_esperance_clubafricain_sports", """
الصريح الرياضي
الأحد 21 ديسمبر 2025

الدربي يبتسم للترجي.. "قصف" في الشوط الثاني وانفجار فرحة في المدرجات

حسم الترجي الرياضي التونسي الدربي العاصمي أمام النادي الإفريقي بثلاثية نظيفة، مساء السبت على ملعب حمادي العقربي برادس، في مباراة اشتعلت في شوطها الثاني بعد بداية حذرة من الطرفين.

وبعد شوط أول شهد معركة تكتيكية في وسط الميدان، "قصف" الترجي مرمى الإفريقي بثلاثة أهداف في ظرف عشرين دقيقة، بينها صاروخية من خارج منطقة الجزاء سكنت الزاوية العليا، لتنفجر مدرجات "الفيراج" فرحاً وتضيء الشماريخ سماء رادس.

وقال مدرب الإفريقي في الندوة الصحفية إن فريقه "انهار بدنياً" وإن "الهزيمة قاسية لكنها ليست نهاية الموسم"، فيما أشاد مدرب الترجي بـ"روح المحاربين" لدى لاعبيه.

وأشاد بلاغ لوزارة الداخلية بنجاح الخطة الأمنية التي وضعت لتأمين المباراة، مؤكداً أنها مرت "دون تسجيل أي حوادث تذكر" داخل الملعب أو في محيطه، بعد تخصيص أكثر من ثلاثة آلاف عون أمن.

وبهذا الفوز يعزز الترجي صدارته للبطولة بفارق أربع نقاط عن أقرب ملاحقيه.

نتائج الجولة | الترتيب العام | فيديو الأهداف
""", url="https://essarih-sport.example/football/2025/12/21/derby", outlet="الصريح الرياضي", published="2025-12-21",
    notes="Non-event: football match report full of war metaphors; the interior ministry says there were no "
          "incidents.")

art("o_dz_local_elections_campaign_calm", """
الشروق أونلاين الجزائر | وطني
الخميس 20 نوفمبر 2025

انطلاق الحملة الانتخابية للمحليات في أجواء هادئة.. وتعزيزات أمنية لتأمين التجمعات

انطلقت، اليوم الخميس، الحملة الانتخابية لانتخابات المجالس الشعبية البلدية والولائية، التي تستمر ثلاثة أسابيع، وسط أجواء وصفتها السلطة الوطنية المستقلة للانتخابات بـ"الهادئة والمنظمة".

ونظمت الأحزاب والقوائم الحرة تجمعات شعبية في عدد من الولايات، على غرار وهران وقسنطينة وسطيف، ركزت خطاباتها على التنمية المحلية والتشغيل وأزمة السكن. وقال رئيس السلطة إن 1,541 قائمة ستتنافس على مقاعد المجالس، داعياً المترشحين إلى "احترام أخلاقيات الحملة".

وأعلنت المديرية العامة للأمن الوطني عن مخطط أمني لتأمين التجمعات ومكاتب التصويت يوم الاقتراع، يشارك فيه عشرات الآلاف من أعوان الشرطة، بالتنسيق مع الدرك الوطني.

في المقابل، دعت أحزاب معارضة إلى مقاطعة الاستحقاق، معتبرة أن "شروط المنافسة النزيهة غير متوفرة"، دون أن تعلن عن أي تحركات ميدانية.

ومن المنتظر أن يتوجه أكثر من 23 مليون ناخب إلى صناديق الاقتراع يوم 11 ديسمبر المقبل.

شاركوا الخبر | تابعوا الشروق على يوتيوب
""", url="https://echoroukonline-dz.example/national/2025/11/20/campaign", outlet="الشروق أونلاين الجزائر",
    published="2025-11-20",
    notes="Non-event: peaceful election campaign rallies (political campaign events, not protests) and a security "
          "plan; boycott calls without action.")

art("o_ma_marrakech_festival_war_film", """
اليوم 24 المغرب | ثقافة وفنون
الأحد 30 نونبر 2025

"أنقاض الصباح" يهز جمهور مهرجان مراكش.. وثائقي عن طفولة تحت القصف

هز الفيلم الوثائقي "أنقاض الصباح" جمهور قصر المؤتمرات بمراكش، مساء أمس السبت، ضمن المسابقة الرسمية للدورة الثانية والعشرين من المهرجان الدولي للفيلم، حيث وقف الحضور طويلاً مصفقين بعد نهاية العرض.

ويتتبع الفيلم، على مدى ساعة وأربعين دقيقة، يوميات ثلاثة أطفال في مدينة مدمرة، من لحظة سقوط الصواريخ على حيهم إلى رحلة النزوح بين الخيام، مستعيناً بلقطات صورها الأطفال أنفسهم بهاتف محمول. ومن أقوى مشاهده لحظة انفجار يهز الخيمة المجاورة، بينما تواصل طفلة تمشيط شعر دميتها.

وقالت مخرجة الفيلم في لقاء مع الصحافة إن عملها "ليس عن الحرب بل عن الطفولة التي تصر على الحياة"، مضيفة أن التصوير استغرق عامين.

وكان المهرجان قد افتتح دورته بعرض كوميديا اجتماعية مغربية عن عائلة تستعد لعرس في حي شعبي بالدار البيضاء، لقيت إقبالاً كبيراً، فيما تضم فقرة "القارات الخمس" أعمالاً من آسيا وأمريكا اللاتينية، إلى جانب ورشات "الأطلس" لدعم المخرجين الشباب.

وتتواصل فعاليات المهرجان حتى السادس من دجنبر، بمشاركة أربعة عشر فيلماً في المسابقة الرسمية، فيما تترأس لجنة التحكيم هذه السنة ممثلة أوروبية معروفة.

تابعونا | النشرة الثقافية الأسبوعية
""", url="https://alyaoum24-ma.example/culture/2025/11/30/marrakech", outlet="اليوم 24 المغرب", published="2025-11-30",
    notes="Non-event: culture; rockets and explosions are scenes of a documentary film. Moroccan month names "
          "(نونبر، دجنبر).")

art("o_tr_mod_denies_clash_reports_duhok", """
الأناضول بالعربي (نسخة مراقبة)
الخميس 11 سبتمبر 2025

الدفاع التركية تنفي أنباء عن اشتباكات مع "بي كا كا" شمالي العراق

أنقرة – نفت وزارة الدفاع التركية، اليوم الخميس، صحة أنباء تداولتها مواقع إلكترونية عن وقوع اشتباكات بين القوات التركية وعناصر من تنظيم "بي كا كا" في منطقة العمادية بمحافظة دهوك شمالي العراق، ووصفتها بأنها "مفبركة بالكامل".

وقال المتحدث باسم الوزارة في المؤتمر الصحفي الأسبوعي إن "لم تسجل أي مواجهة خلال الأسبوع الماضي"، مضيفاً أن القوات التركية "تواصل مهامها في إطار عملية المخلب – القفل، مع متابعة دقيقة لمسار تسليم السلاح".

وأوضح أن 27 عنصراً من التنظيم "سلّموا أنفسهم" لقوات الأمن خلال الأسبوع الماضي عند المعابر الحدودية، من دون الإشارة إلى أماكن محددة، ضمن ما وصفه بـ"تزايد الانشقاقات".

ويأتي ذلك في ظل مسار سياسي يهدف إلى حل التنظيم، تشرف عليه لجنة برلمانية تضم ممثلين عن الأحزاب الرئيسية، فيما تنتظر الأوساط السياسية في أنقرة الخطوات التالية بعد إحراق عدد من عناصر التنظيم أسلحتهم في مراسم رمزية في السليمانية في وقت سابق من الصيف.

المصدر: وكالات | جميع الحقوق محفوظة
""", url="https://aa-ar-monitor.example/2025/09/11/mod-denial", outlet="الأناضول بالعربي (نسخة مراقبة)",
    published="2025-09-11",
    notes="Non-event: denial of clash reports; surrenders without place or date; the earlier weapon-burning "
          "ceremony is background from the summer.")

art("o_ir_irgc_naval_drill_hormuz_warnings", """
قناة الكوثر نت | أخبار إيران
السبت 22 فبراير 2025

الحرس الثوري يختتم مناورات "النبي الأعظم" البحرية: إطلاق صواريخ كروز ومسيرات انتحارية

أعلنت بحرية الحرس الثوري الإيراني، اليوم السبت، اختتام مناوراتها البحرية الواسعة في مياه الخليج ومضيق هرمز، والتي استمرت ثلاثة أيام وشاركت فيها مئات الزوارق السريعة والطائرات المسيرة.

وقال قائد القوة البحرية للحرس في تصريحات للتلفزيون الرسمي إن المناورات شهدت "إطلاق صواريخ كروز مضادة للسفن من منصات ساحلية وإصابة أهدافها بدقة"، إضافة إلى اختبار مسيرات انتحارية جديدة "قادرة على ضرب أي قطعة بحرية معادية على بعد مئات الكيلومترات".

وحذر القائد من أن "أي اعتداء على أمن الجمهورية الإسلامية سيقابل برد ساحق"، مؤكداً أن مضيق هرمز "تحت السيطرة الكاملة لقواتنا".

في المقابل، قالت القيادة المركزية الأميركية إنها تتابع المناورات "عن كثب"، وإن سفنها في المنطقة "على أهبة الاستعداد"، دون تسجيل أي احتكاك.

وتأتي المناورات في ظل توتر متصاعد بشأن الملف النووي، وسط تهديدات إسرائيلية متكررة بضرب المنشآت النووية الإيرانية.

الأكثر مشاهدة | البث المباشر
""", url="https://alkawthar-net.example/iran/2025/02/22/drill", outlet="قناة الكوثر نت", published="2025-02-22",
    notes="Non-event: naval exercise with test launches at dummy targets; threats and warnings.")

art("o_sa_air_defence_deal_signed", """
الاقتصادية السعودية أونلاين | دفاع
الأربعاء 28 مايو 2025

صفقة دفاع جوي بمليارات الدولارات.. والرياض تعزز مظلتها ضد الصواريخ والمسيرات

أعلنت وزارة الدفاع السعودية توقيع عقد لشراء منظومات دفاع جوي متطورة وصواريخ اعتراضية، ضمن حزمة صفقات دفاعية جرى الاتفاق عليها خلال زيارة رسمية لوفد أميركي رفيع إلى الرياض.

وقال مساعد وزير الدفاع إن الصفقة "تأتي في إطار تطوير القدرات الوطنية للتصدي للتهديدات الجوية، ولا سيما الصواريخ الباليستية والطائرات المسيرة"، مشيراً إلى أن جزءاً من التصنيع والصيانة سيتم محلياً ضمن مستهدفات رؤية 2030 لتوطين أكثر من خمسين بالمئة من الإنفاق العسكري.

ويذكّر خبراء بأن المملكة تعرضت خلال سنوات الحرب في اليمن لمئات الهجمات بالصواريخ والمسيرات، أبرزها الهجوم على منشآت أرامكو في أبقيق وخريص عام 2019، وهو ما دفع الرياض إلى تنويع مصادر تسليحها.

ويرى محللون أن الصفقة تعكس أيضاً رغبة سعودية في تعزيز الردع في ظل التوتر الإقليمي، مع استمرار الهدنة غير المعلنة مع الحوثيين منذ عام 2022.

مؤشرات السوق | تاسي ▲ 0.4% | النفط ▼ 0.9%
""", url="https://aleqtisadiah-online.example/defence/2025/05/28/air-defence", outlet="الاقتصادية السعودية أونلاين",
    published="2025-05-28",
    notes="Non-event: arms deal; the 2019 Abqaiq attack and past missile attacks are background history.")

art("o_sd_un_appeal_famine_figures", """
راديو دبنقا نت | تقارير
الجمعة 15 أغسطس 2025

الأمم المتحدة: 25 مليون سوداني يواجهون الجوع الحاد.. ونداء لتمويل عاجل

جددت وكالات الأمم المتحدة، اليوم الجمعة، نداءها لتمويل خطة الاستجابة الإنسانية في السودان، محذرة من أن نحو خمسة وعشرين مليون شخص يواجهون مستويات حادة من انعدام الأمن الغذائي، وأن المجاعة تأكدت في عدد من المعسكرات في دارفور وجنوب كردفان.

وقال منسق الشؤون الإنسانية في مؤتمر صحفي عبر الفيديو من بورتسودان إن الخطة "لم تمول إلا بنسبة 23 بالمئة"، مضيفاً أن الحرب المستمرة منذ أبريل 2023 أدت إلى نزوح أكثر من اثني عشر مليون شخص داخل البلاد وخارجها، "في أكبر أزمة نزوح في العالم".

وأشار إلى أن قوافل المساعدات ما زالت تواجه صعوبات كبيرة في الوصول إلى الفاشر وكادوقلي بسبب الحصار والقتال وانعدام الأمن على الطرق، داعياً طرفي النزاع إلى فتح ممرات آمنة و"احترام القانون الإنساني الدولي".

من جهتها، قالت منظمة الصحة العالمية إن تفشي الكوليرا في عدد من الولايات أودى بحياة المئات منذ مطلع العام، مع انهيار أكثر من سبعين بالمئة من المرافق الصحية في مناطق النزاع.

استمع إلى النشرة الصوتية | تبرع
""", url="https://dabanga-net.example/reports/2025/08/15/un-appeal", outlet="راديو دبنقا نت", published="2025-08-15",
    notes="Non-event: humanitarian appeal with statistics; siege and fighting mentioned generically; cholera deaths "
          "are not conflict events.")

art("o_ye_prisoner_swap_talks_muscat", """
المصدر أونلاين اليمني | سياسة
الثلاثاء 9 ديسمبر 2025

جولة جديدة في مسقط لتبادل الأسرى.. والحكومة: "لا تفاؤل مفرط"

تنطلق الأسبوع المقبل في العاصمة العمانية مسقط جولة جديدة من المفاوضات بين وفدي الحكومة اليمنية وجماعة الحوثي بشأن ملف الأسرى والمختطفين، برعاية مكتب المبعوث الأممي واللجنة الدولية للصليب الأحمر.

وقال رئيس الوفد الحكومي في تصريح لـ"المصدر أونلاين" إن الجولة ستناقش قوائم تضم أكثر من ألف وخمسمئة اسم، بينهم صحفيون وسياسيون، مؤكداً أن الحكومة "لن توقع على أي صفقة لا تشمل جميع المشمولين بقرار مجلس الأمن"، وأنه "لا داعي للتفاؤل المفرط".

في المقابل، قال مسؤول ملف الأسرى لدى الحوثيين إن جماعته "جاهزة لتبادل الكل مقابل الكل"، متهماً الطرف الآخر بـ"المماطلة وتسييس الملف الإنساني".

وكانت آخر صفقة تبادل كبرى قد نُفذت في أبريل 2023، وشملت نحو تسعمئة أسير من الطرفين، نقلوا عبر رحلات جوية بين صنعاء وعدن ومأرب والسعودية.

ويطالب ذوو المختطفين بالكشف عن مصير أبنائهم المخفيين قسراً منذ سنوات، حيث نظموا خلال الأشهر الماضية عدة وقفات في مأرب وتعز.

شارك | طباعة | تصغير الخط
""", url="https://almasdaronline-ye.example/politics/2025/12/09/muscat", outlet="المصدر أونلاين اليمني",
    published="2025-12-09",
    notes="Non-event: announced negotiation round (plan), statements; the April 2023 swap is history; the "
          "relatives' sit-ins 'in recent months' have no date or count.")

art("o_iq_anbar_demining_statistics", """
الأنبار الآن | خدمات
الأحد 7 كانون الأول 2025

دائرة شؤون الألغام: تطهير 14 مليون متر مربع في الأنبار خلال عام

كشفت دائرة شؤون الألغام في وزارة البيئة، اليوم الأحد، عن تطهير أكثر من أربعة عشر مليون متر مربع من الأراضي الملوثة بالمخلفات الحربية في محافظة الأنبار منذ مطلع العام الجاري، ضمن خطتها لإعادة الأراضي الزراعية إلى أصحابها وتأمين عودة النازحين.

وقال مدير الدائرة في مؤتمر صحفي إن الفرق الهندسية تمكنت من رفع نحو ستة آلاف قطعة بين عبوة ناسفة ولغم وقذيفة غير منفلقة، جرى تفجيرها تفجيراً مسيطراً عليه في مواقع نائية بعيداً عن التجمعات السكانية، لا سيما في مناطق الرمادي والفلوجة والقائم وصحراء الرطبة.

وأضاف أن المحافظة ما زالت من أكثر المحافظات تلوثاً بالمخلفات التي خلفتها المعارك ضد تنظيم داعش بين عامي 2014 و2017، مشيراً إلى أن حوادث انفجار المخلفات أودت بحياة عشرات المدنيين خلال السنوات الماضية، معظمهم من الرعاة وجامعي الكمأة.

ودعا المواطنين إلى عدم الاقتراب من الأجسام الغريبة والإبلاغ عنها فوراً، معلناً عن حملة توعية في المدارس تنطلق الشهر المقبل بالتعاون مع منظمات دولية.

التعليقات (2) | شارك الخبر
""", url="https://anbarnow.example/services/2025/12/07/demining", outlet="الأنبار الآن", published="2025-12-07",
    notes="Non-event: demining statistics; controlled detonations of remnants are not events; past deaths are "
          "aggregate history.")


PART = gold_tools.BlindPart(ARTICLES, OUT, prefix="o_", script="_build_o.py", allowed_actors=frozenset(ALLOWED_ACTORS))
known_actor_eras = gold_tools.known_actor_eras
validate, check_directory, main = PART.validate, PART.check_directory, PART.main


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
