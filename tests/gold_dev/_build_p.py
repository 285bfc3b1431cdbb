"""Build and validate the dev gold set, part P (p_*.json), written BLIND.

Written blind, like parts H to N: the author did not open the coder (src/marsad/events/**), its trigger, modality,
non-event-cue or figure lexicons (src/marsad/data/triggers/**, src/marsad/data/modality.yaml,
src/marsad/data/non_event_cues.yaml, src/marsad/lang/ar/data/figures.yaml), the models (src/marsad/data/models/),
training/, scripts/*mention*, any tests/test_coder_*.py or tests/test_mention_filter.py, nor any gold article text
(tests/gold_dev/*.json, tests/gold_staging*/**, tests/gold_holdout/**, the article definitions of the other build
scripts), and did not run the coder, `marsad eval`, `marsad run`/`demo` or pytest on these articles (only
tests/test_gold_dev_parts.py and tests/test_gold_blind_validation.py). What was read: /work/shared/gold/README.md
(and its two JSON examples, for the format only), /work/shared/reference/acled-taxonomy.md, tests/gold_tools.py,
tests/test_gold_dev_parts.py and tests/test_gold_blind_validation.py (the checks this script must pass), the
scaffolding of tests/gold_dev/_build_n.py (module docstring, imports, constants block and PLACES, final PART/main
lines; not its article definitions -- only the closing lines of its last article were glimpsed while locating the
PART line), the canonical actor names and eras of the actor lexicon (listed through marsad.text.actors.Lexicon),
and `marsad gazetteer lookup` for coordinates. Nothing was copied from /work/shared/seeds. All texts are original and
fictional (invented incidents at real places, invented outlets with .example domains).

Weighting: Sudan, South Sudan, Somalia, Yemen, Mali, Burkina Faso, Niger, Chad and Nigeria, with a few articles from
Syria, Iraq, Libya and Palestine. Styles: wire copy of several invented agencies, monitor and humanitarian reports,
army and armed-group statements, radio bulletins, a live blog, social-media reposts, local news, weekly round-ups,
features, an interview and an explainer. About 43% of the articles are hard non-event articles (trials, funerals,
threats and denials, talks without agreement, funding appeals, outbreaks in camps, floods, road and tanker
accidents, arms deliveries, sport, culture, anniversaries, explainers).

Fatality convention used here: the lowest credible figure; a toll revised by the same official source replaces the
first one; when the two sides disagree about one side's losses the lower figure is taken; claimed enemy losses that
nobody contradicts are counted; vague words follow the taxonomy file ("dozens" 12, "several" 3).

Run:  python tests/gold_dev/_build_p.py          (write the files, then validate them)
      python tests/gold_dev/_build_p.py --check  (only validate the files on disk)
Checks: every p_*.json parses and has the gold keys; every evidence span occurs verbatim in its text; incident is
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
    B, E, P, R, S, V, add_article, civ, clan, make_event, protesters, uag,
)

OUT = Path(__file__).resolve().parent

# ACLED-style names used here that the actor lexicon does not know (yet); everything else must be canonical.
ALLOWED_ACTORS: set[str] = set()

# canonical actor names (src/marsad/data/actors)
RSF = "Rapid Support Forces (RSF)"
SDN = "Military Forces of Sudan (2019-)"
SSD = "Military Forces of South Sudan"
WHITE_ARMY = "White Army (Nuer Ethnic Militia)"
MURLE = "Murle Ethnic Militia (South Sudan)"
DINKA = "Dinka Ethnic Militia (South Sudan)"
SHABAAB = "Al Shabaab"
SOM = "Military Forces of Somalia (2022-)"
HOUTHI = "Ansar Allah (Houthis)"
STC = "Southern Transitional Council (STC)"
AQAP = "Al-Qaeda in the Arabian Peninsula (AQAP)"
SBF = "Security Belt Forces"
YEM_POL = "Police Forces of Yemen (2022-)"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"
MLI = "Military Forces of Mali (2021-)"
BFA = "Military Forces of Burkina Faso (2022-)"
VDP = "Volunteers for the Defence of the Homeland (VDP)"
ISSP = "Islamic State Sahel Province (ISSP)"
NER = "Military Forces of Niger (2023-)"
NER_POL = "Police Forces of Niger (2023-)"
JAS = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad (JAS)"
ISWAP = "Islamic State West Africa Province (ISWAP)"
NGA = "Military Forces of Nigeria (2023-)"
NGA_POL = "Police Forces of Nigeria (2023-)"
BANDITS = "Bandits (Nigeria)"
TCD = "Military Forces of Chad (2021-)"
ISIS = "Islamic State (ISIS)"
IRQ = "Military Forces of Iraq (2022-)"
ISR = "Military Forces of Israel"
SETTLERS = "Settlers (Israel)"
ZAWIYA = "Zawiya Militias"
SYR_POL = "Police Forces of Syria (2024-)"


# place key -> (country, admin1, location, lat, lon); coordinates from `marsad gazetteer lookup` where it knows the
# place, else from general knowledge (Nasir in Upper Nile, Buulobarde in Hiran).
PLACES = {
    "el_obeid": ("Sudan", "North Kordofan", "El Obeid, North Kordofan", 13.18, 30.22),
    "bara": ("Sudan", "North Kordofan", "Bara, North Kordofan", 13.70, 30.37),
    "kosti": ("Sudan", "White Nile", "Kosti, White Nile", 13.16, 32.66),
    "mellit": ("Sudan", "North Darfur", "Mellit, North Darfur", 14.13, 25.55),
    "babanusa": ("Sudan", "West Kordofan", "Babanusa, West Kordofan", 11.33, 27.80),
    "bor": ("South Sudan", "Jonglei", "Bor, Jonglei", 6.21, 31.56),
    "nasir": ("South Sudan", "Upper Nile", "Nasir, Upper Nile", 8.60, 33.07),
    "nimule": ("South Sudan", "Eastern Equatoria", "Nimule, Eastern Equatoria", 3.60, 32.06),
    "balad_so": ("Somalia", "Middle Shabelle", "Balcad, Middle Shabelle", 2.36, 45.39),
    "buulobarde": ("Somalia", "Hiraan", "Buulobarde, Hiraan", 3.85, 45.57),
    "mogadishu": ("Somalia", "Banaadir", "Mogadishu, Banaadir", 2.04, 45.34),
    "baidoa": ("Somalia", "Bay", "Baidoa, Bay", 3.11, 43.65),
    "dhusamareb": ("Somalia", "Galgaduud", "Dhusamareb, Galgaduud", 5.54, 46.39),
    "taiz": ("Yemen", "Ta'izz", "Taiz, Ta'izz", 13.58, 44.02),
    "hays": ("Yemen", "Al Hudaydah", "Hays, Al Hudaydah", 13.93, 43.48),
    "qataba": ("Yemen", "Ad Dali", "Qatabah, Ad Dali", 13.85, 44.71),
    "crater": ("Yemen", "Aden", "Crater, Aden", 12.78, 45.04),
    "mahfad": ("Yemen", "Abyan", "Al Mahfad, Abyan", 14.06, 46.91),
    "nioro": ("Mali", "Kayes", "Nioro du Sahel, Kayes", 15.23, -9.59),
    "bla": ("Mali", "Segou", "Bla, Segou", 12.95, -5.76),
    "titao": ("Burkina Faso", "Nord", "Titao, Nord", 13.77, -2.07),
    "fada": ("Burkina Faso", "Est", "Fada N'Gourma, Est", 12.06, 0.36),
    "ouallam": ("Niger", "Tillaberi", "Ouallam, Tillaberi", 14.32, 2.09),
    "bosso": ("Niger", "Diffa", "Bosso, Diffa", 13.70, 13.31),
    "tillaberi": ("Niger", "Tillaberi", "Tillaberi, Tillaberi", 14.21, 1.45),
    "bol": ("Chad", "Lac", "Bol, Lac", 13.47, 14.71),
    "tsafe": ("Nigeria", "Zamfara", "Tsafe, Zamfara", 11.96, 6.92),
    "marte": ("Nigeria", "Borno", "Marte, Borno", 12.37, 13.83),
    "kano": ("Nigeria", "Kano", "Kano, Kano", 12.00, 8.52),
    "nawa": ("Syria", "Daraa", "Nawa, Daraa", 32.89, 36.04),
    "tarmiyah": ("Iraq", "Baghdad", "Tarmiyah, Baghdad", 33.67, 44.40),
    "zawiya": ("Libya", "Zawiya", "Zawiya, Zawiya", 32.76, 12.73),
    "turmus_ayya": ("Palestine", "West Bank", "Turmus Ayya, Ramallah", 32.04, 35.29),
    "sinjil": ("Palestine", "West Bank", "Sinjil, Ramallah", 32.03, 35.27),
}


ev = partial(make_event, PLACES)
ARTICLES: dict[str, dict] = {}
art = partial(add_article, ARTICLES)


# ============================================================================================ event articles
art("p_sd_elobeid_shelling_revised_wire", """
وكالة النيل الإخبارية | الرئيسية | السودان | عربي ودولي | اقتصاد | رياضة | فيديو
الأربعاء 14 أكتوبر 2026 - 08:40 بتوقيت الخرطوم

ارتفاع حصيلة قصف أحياء الأبيض إلى 11 قتيلاً

الأبيض (السودان) 14 أكتوبر (وكالة النيل) - ارتفعت إلى 11 قتيلاً حصيلة القصف المدفعي الذي طال أحياء سكنية في مدينة الأبيض، حاضرة ولاية شمال كردفان، مساء أمس الثلاثاء، وفق ما أفاد مصدر طبي في مستشفى الأبيض التعليمي.

وكانت لجنة الطوارئ الصحية بالولاية قد أعلنت في حصيلة أولية ليلة القصف مقتل سبعة مدنيين، قبل أن يؤكد المصدر الطبي صباح اليوم وفاة أربعة آخرين من بين 26 جريحاً نُقلوا إلى المستشفى، بينهم أطفال ونساء.

وقال شهود عيان لوكالة النيل إن قذائف سقطت على حي القبة وسوق الشعبي وأطراف حي الربع الرابع بعد المغرب بقليل، مما أدى إلى احتراق عدد من المحال التجارية. واتهمت حكومة الولاية قوات الدعم السريع بإطلاق القذائف من مواقعها غرب المدينة، فيما لم يصدر تعليق فوري من الدعم السريع.

وتتعرض الأبيض منذ أشهر لضغط عسكري متواصل، إذ تسعى قوات الدعم السريع إلى قطع الطريق القومي الذي يربط المدينة بكوستي، وهو شريان الإمداد الرئيسي للمدينة التي يقطنها مئات الآلاف من السكان والنازحين.

ودعا والي شمال كردفان في بيان المنظمات الإنسانية إلى "التدخل العاجل لتوفير الأدوية ومستلزمات الجراحة"، مشيراً إلى أن مخزون بنك الدم في المستشفى "يكفي لأيام قليلة فقط".

(انتهى) ن.أ/م.ع

كلمات مفتاحية: الأبيض، شمال كردفان، الدعم السريع
شارك الخبر: فيسبوك | إكس | واتساب | نسخ الرابط
""",
    url="https://nile-news-agency.example/sudan/2026/10/14/elobeid-shelling-toll",
    outlet="وكالة النيل الإخبارية", published="2026-10-14", incident="p-elobeid-shelling-2026-10-13",
    events=[
        ev(E, "Shelling/artillery/missile attack", "2026-10-13", RSF, civ("Sudan"), "el_obeid", 11,
           "ارتفعت إلى 11 قتيلاً حصيلة القصف المدفعي الذي طال أحياء سكنية في مدينة الأبيض"),
    ],
    notes="Wire update with a revised toll: first count 7 (state health emergency committee), revised to 11 by the "
          "hospital source the next morning; the revised official count is coded. 'مساء أمس الثلاثاء' relative to "
          "the Wednesday 14 Oct dateline = 13 Oct. Attribution to the RSF comes from the state government. The siege "
          "and road-cutting attempts are background.")


art("p_sd_bara_villages_attack_monitor", """
مرصد كردفان لحقوق الإنسان
تقرير ميداني رقم 41/2026

الموضوع: الهجوم على قرى شرق محلية بارا

يوثق المرصد في هذا التقرير الانتهاكات التي تعرضت لها قرى تقع شرق مدينة بارا بولاية شمال كردفان يوم الخميس 17 سبتمبر 2026، استناداً إلى إفادات أحد عشر شاهداً من الناجين وإلى صور التقطها متطوعون بعد انسحاب المهاجمين.

أولاً: الوقائع
بحسب الإفادات، دخلت قرابة أربعين مركبة قتالية تتبع لقوات الدعم السريع إلى القرى عند الساعة السادسة صباحاً، وأطلق عناصرها النار بشكل عشوائي على السكان. وقد تحقق المرصد بالأسماء من مقتل 23 مدنياً، بينهم خمس نساء وثلاثة أطفال، في حين تقول لجنة المقاومة المحلية إن عدد الضحايا يتجاوز الثلاثين.

ثانياً: النهب والحرق
أفاد الشهود بأن المهاجمين نهبوا المواشي ومخزون الذرة والمحال التجارية الصغيرة، وأضرموا النار في ما لا يقل عن ستين منزلاً من القش. كما اقتادوا ستة شبان إلى جهة غير معلومة، ولا يزال مصيرهم مجهولاً حتى تاريخ كتابة هذا التقرير.

ثالثاً: النزوح
فرّت مئات الأسر سيراً على الأقدام نحو مدينة الأبيض، وتقيم حالياً في مدارس ومساجد دون مأوى أو غذاء كافٍ.

رابعاً: التوصيات
يطالب المرصد بفتح تحقيق مستقل، وبتوفير ممرات آمنة للمدنيين، ويذكّر أطراف النزاع بالتزاماتهم بموجب القانون الدولي الإنساني.

صدر بتاريخ 20 سبتمبر 2026
للتواصل: info@kordofan-rights.example
""",
    url="https://kordofan-rights.example/reports/2026/41",
    outlet="مرصد كردفان لحقوق الإنسان", published="2026-09-20", incident="p-bara-villages-2026-09-17",
    events=[
        ev(V, "Attack", "2026-09-17", RSF, civ("Sudan"), "bara", 23,
           "وقد تحقق المرصد بالأسماء من مقتل 23 مدنياً"),
        ev(S, "Looting/property destruction", "2026-09-17", RSF, civ("Sudan"), "bara", None,
           "نهبوا المواشي ومخزون الذرة والمحال التجارية الصغيرة", optional=True),
        ev(V, "Abduction/forced disappearance", "2026-09-17", RSF, civ("Sudan"), "bara", None,
           "اقتادوا ستة شبان إلى جهة غير معلومة", optional=True),
    ],
    notes="Monitor report. Villages east of Bara are unnamed, so the event sits at Bara (geo precision 2). Deaths: "
          "23 verified by name vs. 'more than thirty' from the local resistance committee -> 23. Looting/burning and "
          "the abduction of six young men during the same attack are optional (ACLED often folds them into the "
          "attack). Displacement to El Obeid is not an event.")


art("p_sd_liveblog_kosti_mellit_drones", """
تغطية مباشرة | الحرب في السودان: اليوم الـ1298
آخر تحديث: الاثنين 2 نوفمبر 2026، 21:15
بقلم: فريق التغطية - صحيفة الراكوبة الجديدة

21:15
وزارة الخارجية تقول إنها ستقدم شكوى جديدة إلى مجلس الأمن بشأن "الاستهداف الممنهج للبنى التحتية". لا تفاصيل بعد عن موعد تقديمها.

19:40
مصادر محلية في مليط بشمال دارفور: غارة جوية نفذها الطيران الحربي التابع للجيش على السوق الرئيسي للمدينة عصر اليوم. ناشطون يتحدثون عن تسعة قتلى على الأقل من المدنيين وعشرات الجرحى، بينما قال مصدر عسكري للصحيفة إن الطلعة استهدفت "تجمعات لميليشيا الدعم السريع" عند أطراف السوق.

18:05
منسقية النازحين: آلاف الأسر ما زالت عالقة على طريق طويلة - الفاشر. (نتابع)

15:30
شركة الكهرباء: عودة جزئية للتيار في ولاية النيل الأبيض عبر خط بديل، وتوقع إصلاح المحطة خلال أسبوعين.

11:20
عاجل | مسيّرة انتحارية تضرب محطة التحويل الكهربائي في كوستي فجر اليوم. مصدر في الدفاع المدني: الحريق أُخمد ولا إصابات بشرية. حكومة الولاية تحمّل الدعم السريع المسؤولية وتقول إنها الضربة الثالثة على المحطة هذا العام.

09:00
صباح الخير. نبدأ تغطيتنا اليوم بتقرير أممي جديد يقدّر عدد النازحين داخلياً بأكثر من عشرة ملايين شخص. تابعوا معنا التطورات أولاً بأول.

---
هل لديك معلومة؟ راسلنا عبر واتساب. | التعليقات مغلقة في هذه التغطية.
""",
    url="https://rakoba-jadida.example/live/2026-11-02",
    outlet="الراكوبة الجديدة", published="2026-11-02", incident="p-sudan-drones-2026-11-02",
    events=[
        ev(E, "Air/drone strike", "2026-11-02", RSF, None, "kosti", 0,
           "مسيّرة انتحارية تضرب محطة التحويل الكهربائي في كوستي فجر اليوم"),
        ev(E, "Air/drone strike", "2026-11-02", SDN, civ("Sudan"), "mellit", 9,
           "غارة جوية نفذها الطيران الحربي التابع للجيش على السوق الرئيسي للمدينة عصر اليوم"),
    ],
    notes="Live blog, newest entry first. Two events the same day: RSF drone on the Kosti transformer station (no "
          "casualties -> 0; attribution by the state government; the 'third strike this year' is background) and an "
          "army air strike on Mellit market (activists: at least nine civilians killed; the army says it targeted "
          "RSF gatherings; coded with civilians as actor2). The Security Council complaint, power restoration and "
          "displacement figures are not events.")


art("p_sd_babanusa_clash_two_claims", """
السودان الآن | أخبار | تقارير | رأي | منوعات
  
بابنوسة.. روايتان متناقضتان لمعارك الفرقة 22

كتب: عثمان الطيب
الأحد 25 أكتوبر 2026

تضاربت الروايات حول نتيجة المعارك التي دارت أمس السبت في مدينة بابنوسة بغرب كردفان، حيث تتمركز الفرقة 22 مشاة التابعة للجيش السوداني منذ بداية الحرب.

قوات الدعم السريع قالت في بيان نشره مستشار قائدها على منصة إكس إن قواتها "اقتحمت دفاعات الفرقة من المحورين الشمالي والغربي وكبّدت العدو أكثر من ثلاثين قتيلاً"، مضيفة أنها "باتت على مشارف رئاسة الفرقة".

في المقابل، نفى الناطق الرسمي باسم القوات المسلحة ما وصفه بـ"الأكاذيب"، وقال إن وحدات الفرقة صدّت الهجوم "وأوقعت عشرات القتلى في صفوف الميليشيا المتمردة ودمّرت عدداً من مركباتها القتالية". وأقر الناطق بأن أربعة من أفراد الجيش قُتلوا خلال الاشتباكات، مؤكداً أن رئاسة الفرقة والأحياء المحيطة بها "تحت السيطرة الكاملة".

وأفاد سكان فرّوا إلى المجلد بأن أصوات الاشتباكات والقصف استمرت من الفجر حتى ما بعد العصر، وأن عدداً من المنازل في الحي الشمالي احترقت.

ولا يمكن التحقق من روايتي الطرفين بشكل مستقل بسبب انقطاع الاتصالات عن المدينة منذ أسابيع.

وتحاصر قوات الدعم السريع بابنوسة منذ مطلع العام الماضي، وسبق أن شنت عليها هجمات متكررة باءت بالفشل بحسب الجيش.

اقرأ أيضاً:
- ارتفاع أسعار الوقود في الأسواق الموازية بالعاصمة
- مفوضية العون الإنساني تعلن وصول قافلة إلى الدلنج
- الهلال يستعد لمواجهة حاسمة في دوري الأبطال

التعليقات (14)
""",
    url="https://sudan-now.example/reports/babanusa-two-accounts",
    outlet="السودان الآن", published="2026-10-25", incident="p-babanusa-battle-2026-10-24",
    events=[
        ev(B, "Armed clash", "2026-10-24", RSF, SDN, "babanusa", 16,
           "تضاربت الروايات حول نتيجة المعارك التي دارت أمس السبت في مدينة بابنوسة"),
    ],
    notes="Both sides' claims. Army admits 4 dead of its own; it claims 'dozens' (12) RSF dead, which nobody "
          "contradicts; the RSF claim of 30+ soldiers killed is contradicted by the army's own figure -> 4 + 12 = 16. "
          "Army says it kept the base, so no territory change. 'أمس السبت' = 24 Oct. The siege since last year is "
          "background; read-also block yields nothing.")


art("p_ss_bor_cattle_raid_radio", """
راديو المجتمع - جوبا | نشرة أخبار الساعة الثامنة صباحاً
الخميس 27 أغسطس 2026

مستمعينا الكرام، صباح الخير، وهذه أهم الأخبار:

في ولاية جونقلي، قال مفوض مقاطعة بور لراديو المجتمع إن شباباً مسلحين من قبيلة المورلي هاجموا فجر الثلاثاء معسكراً للماشية على بعد نحو ثلاثين كيلومتراً شرق مدينة بور، واشتبكوا مع حراس المعسكر من شباب الدينكا. وأضاف المفوض أن ستة أشخاص قُتلوا في الهجوم بينهم امرأة، وأن المهاجمين استولوا على قرابة ألفي رأس من الأبقار.

وتابع المفوض أن شباب الدينكا تعقبوا المهاجمين، ووقعت مواجهة ثانية صباح أمس الأربعاء قُتل فيها ثلاثة من المغيرين، واستُعيد جزء من الماشية المنهوبة. وناشد المفوض الحكومة نشر قوات على الحدود بين بور ومنطقة البيبور الإدارية لمنع الهجمات الانتقامية.

من جهته، قال مسؤول في منطقة البيبور الإدارية لراديو المجتمع إنه لم يتلقَّ تقارير مؤكدة حول الحادثة، داعياً إلى "ضبط النفس".

وفي خبر آخر، أعلنت وزارة الصحة بدء حملة تطعيم ضد الكوليرا في ملكال تستهدف مائة ألف شخص.

وفي الرياضة، يستعد المنتخب الوطني لكرة السلة لمعسكر إعدادي في كيغالي.

كانت هذه أهم الأخبار، ونلتقيكم في الموجز القادم عند العاشرة.
""",
    url="https://community-radio-juba.example/bulletins/2026-08-27-0800",
    outlet="راديو المجتمع - جوبا", published="2026-08-27", incident="p-bor-cattle-raid-2026-08",
    events=[
        ev(B, "Armed clash", "2026-08-25", MURLE, DINKA, "bor", 6,
           "شباباً مسلحين من قبيلة المورلي هاجموا فجر الثلاثاء معسكراً للماشية على بعد نحو ثلاثين كيلومتراً شرق مدينة بور"),
        ev(B, "Armed clash", "2026-08-26", DINKA, MURLE, "bor", 3,
           "ووقعت مواجهة ثانية صباح أمس الأربعاء قُتل فيها ثلاثة من المغيرين"),
    ],
    notes="Radio bulletin, Thursday 27 Aug. Cattle raid on a guarded camp = armed clash between communal militias "
          "(Tuesday 25 Aug, 6 dead, c. 2,000 cattle taken) and a pursuit clash on Wednesday 26 Aug (3 raiders "
          "killed). Place: 30 km east of Bor, no named village -> Bor (geo precision 2). Cholera campaign and sport "
          "items are not events.")


art("p_ss_nasir_retaken_statement", """
بيان صحفي صادر عن مكتب الناطق الرسمي باسم قوات دفاع شعب جنوب السودان

جوبا، الأحد 21 يونيو 2026

تعلن القيادة العامة لقوات دفاع شعب جنوب السودان أن قواتنا الباسلة استعادت يوم أمس السبت السيطرة الكاملة على مدينة الناصر بولاية أعالي النيل، بعد معارك عنيفة مع عناصر ما يسمى بالجيش الأبيض المتمرد الذين كانوا يتحصنون في المدينة منذ عدة أسابيع.

وقد أسفرت العملية عن مقتل 27 من العناصر المتمردة والاستيلاء على كميات من الأسلحة والذخائر، فيما استشهد اثنان من جنودنا وأصيب خمسة آخرون بجروح طفيفة.

وتؤكد القيادة أن الحياة بدأت تعود إلى طبيعتها في المدينة، وتدعو المواطنين الذين نزحوا إلى العودة إلى منازلهم، وتحذر أي جهة من محاولة زعزعة الأمن في المنطقة.

---
تعليق المحرر (موقع جوبا بوست):
في اتصال هاتفي مع موقعنا، نفى متحدث باسم الحركة الشعبية في المعارضة أن يكون الجيش الأبيض قد "هُزم"، وقال إن المقاتلين "انسحبوا تكتيكياً لتجنيب المدنيين ويلات القصف"، مؤكداً أنهم "لم يفقدوا سوى ثلاثة مقاتلين". ولم يتسنَّ لموقعنا التحقق من الأرقام التي أوردها الطرفان.

يُذكر أن مدينة الناصر شهدت في مارس من العام الماضي مواجهات دامية انتهت بانسحاب حامية الجيش منها.

جوبا بوست | أخبار | بيانات | تحقيقات
""",
    url="https://juba-post.example/statements/2026/06/21/nasir",
    outlet="جوبا بوست", published="2026-06-21", incident="p-nasir-retaken-2026-06-20",
    events=[
        ev(B, "Government regains territory", "2026-06-20", SSD, WHITE_ARMY, "nasir", 5,
           "استعادت يوم أمس السبت السيطرة الكاملة على مدينة الناصر بولاية أعالي النيل"),
    ],
    notes="Army statement plus an opposition denial. Territory change is conceded by both (the other side calls it "
          "a tactical withdrawal). Fatalities: army admits 2 of its own; it claims 27 White Army dead, but the "
          "opposition says only 3 -> 2 + 3 = 5. 'يوم أمس السبت' = 20 June. The fighting of March last year is "
          "history. Nasir is not in the gazetteer; coordinates from general knowledge.")


art("p_ss_nimule_bus_ambush_local", """
صحيفة الموقف اليومية - جنوب السودان
الرئيسية > أخبار محلية

مقتل ثلاثة ركاب في كمين على طريق جوبا - نمولي

نمولي - مراسلنا
السبت 3 أكتوبر 2026

لقي ثلاثة ركاب مصرعهم وأصيب خمسة آخرون بجروح، عندما فتح مسلحون مجهولون النار على حافلة ركاب كانت متجهة من جوبا إلى نمولي، صباح الجمعة، على بعد نحو عشرين كيلومتراً شمال مدينة نمولي.

وروى أحد الناجين للصحيفة أن المسلحين، وكانوا يرتدون ملابس مدنية، خرجوا من الأحراش على جانبي الطريق وأجبروا السائق على التوقف بإطلاق النار على الإطارات، ثم أمروا الركاب بالنزول وسلبوا هواتفهم وأموالهم، قبل أن يطلقوا النار على من حاول الفرار.

وقال مفوض مقاطعة ماقوي إن الجرحى نُقلوا إلى مستشفى نمولي، وإن قوة من الشرطة والجيش تقوم بتمشيط المنطقة بحثاً عن الجناة. ورفض المفوض توجيه الاتهام لأي جهة، لكن مصادر أمنية قالت إن المنفذين "عناصر يُعتقد أنها تنتمي إلى إحدى الجماعات المسلحة الرافضة لاتفاق السلام".

ويعد طريق جوبا - نمولي الشريان التجاري الأهم بين جنوب السودان وأوغندا، وقد شهد خلال السنوات الماضية حوادث مماثلة دفعت شركات النقل إلى تسيير قوافل بحراسة.

مقالات ذات صلة:
* غرفة التجارة تطالب بتأمين الطرق القومية
* ارتفاع أسعار السكر في أسواق جوبا

جميع الحقوق محفوظة © الموقف 2026 | سياسة الخصوصية | اتصل بنا
""",
    url="https://almawqif-ss.example/local/2026/10/03/nimule-ambush",
    outlet="الموقف", published="2026-10-03", incident="p-nimule-ambush-2026-10-02",
    events=[
        ev(V, "Attack", "2026-10-02", uag("South Sudan"), civ("South Sudan"), "nimule", 3,
           "فتح مسلحون مجهولون النار على حافلة ركاب كانت متجهة من جوبا إلى نمولي، صباح الجمعة"),
    ],
    notes="Local news, Saturday 3 Oct: 'صباح الجمعة' = 2 Oct. Attackers unidentified ('believed to belong to' a "
          "hold-out group, not named) -> Unidentified Armed Group. Robbery of passengers is part of the attack. "
          "20 km north of Nimule -> Nimule. Earlier incidents on the road are background.")
art("p_so_balcad_ied_convoy_wire", """
مقديشو 15 يوليو 2026 (وكالة القرن الأفريقي للأنباء) - قُتل جنديان صوماليان وأصيب أربعة آخرون بجروح مساء الثلاثاء في انفجار عبوة ناسفة استهدفت قافلة عسكرية قرب بلدة بلعد في إقليم شبيلي الوسطى، على بعد نحو 35 كيلومتراً شمال العاصمة مقديشو، حسبما أفاد ضابط في الجيش.

وقال النقيب عبد الرحمن نور، وهو ضابط في اللواء المرابط في المنطقة، في اتصال هاتفي مع الوكالة إن العبوة "زُرعت على جانب الطريق وانفجرت لدى مرور الشاحنة الثانية في القافلة"، موضحاً أن الجرحى نُقلوا إلى مستشفى في مقديشو.

وأعلنت حركة الشباب، في بيان بثته إذاعة الأندلس الموالية لها، مسؤوليتها عن التفجير، وزعمت أنه أسفر عن مقتل تسعة جنود وتدمير آلية عسكرية. ولم يتسنَّ التحقق من الرواية بشكل مستقل.

ويأتي الهجوم بعد أسبوعين من إعلان الحكومة الفيدرالية إطلاق مرحلة جديدة من العمليات ضد الحركة في إقليمي شبيلي الوسطى وهيران، بدعم من بعثة الاتحاد الأفريقي وشركاء دوليين.

وتشن حركة الشباب، المرتبطة بتنظيم القاعدة، تمرداً مسلحاً ضد الحكومة الصومالية منذ أكثر من 17 عاماً، وتلجأ بشكل متكرر إلى العبوات الناسفة والهجمات الانتحارية.

(و.ق.أ) ع م / ح س
""",
    url="https://horn-news-agency.example/ar/2026/07/15/balcad-ied",
    outlet="وكالة القرن الأفريقي للأنباء", published="2026-07-15", incident="p-balcad-ied-2026-07-14",
    events=[
        ev(E, "Remote explosive/landmine/IED", "2026-07-14", SHABAAB, SOM, "balad_so", 2,
           "قُتل جنديان صوماليان وأصيب أربعة آخرون بجروح مساء الثلاثاء في انفجار عبوة ناسفة استهدفت قافلة عسكرية قرب بلدة بلعد"),
    ],
    notes="Terse wire. Army officer: 2 soldiers killed; Al-Shabaab claims 9 -> 2. 'مساء الثلاثاء' with a Wednesday "
          "15 July dateline = 14 July. The offensive announced two weeks earlier is background.")


art("p_so_buulobarde_recaptured_mod", """
وزارة الدفاع - جمهورية الصومال الفيدرالية
مكتب الإعلام العسكري
بيان رقم (117)

الثلاثاء 12 مايو 2026

تزف وزارة الدفاع إلى الشعب الصومالي نبأ تحرير مدينة بولوبردي في إقليم هيران يوم الأحد الماضي، بعد عملية عسكرية خاطفة نفذتها وحدات من الجيش الوطني بمساندة مقاتلي العشائر المحلية، وذلك بعد ثمانية أشهر من سيطرة ميليشيات الخوارج عليها.

وقد خاضت قواتنا اشتباكات ضارية مع العناصر الإرهابية على المداخل الجنوبية للمدينة، أسفرت عن مقتل أكثر من عشرين من الخوارج، بينهم قياديان ميدانيان، فيما فرّ الباقون باتجاه الغابات المجاورة.

وفي اليوم التالي، حاولت فلول الميليشيا التشويش على انتصار قواتنا بإطلاق عدد من قذائف الهاون على وسط المدينة، ولم تسفر القذائف عن أي خسائر بشرية.

تؤكد الوزارة أن العمليات مستمرة حتى تطهير كامل إقليم هيران، وتدعو المواطنين إلى التعاون مع الأجهزة الأمنية والإبلاغ عن أي تحركات مشبوهة، كما تطمئن الأسر النازحة بأن الطرق المؤدية إلى المدينة باتت آمنة وأن فرق الهندسة تعمل على إزالة المتفجرات من الأحياء التي كانت تتحصن فيها الميليشيا.

والله ولي التوفيق.

---
نُشر البيان على الصفحة الرسمية للوزارة | 2.3 ألف إعجاب | 418 مشاركة
""",
    url="https://mod-somalia.example/bayan/117",
    outlet="وزارة الدفاع الصومالية (الصفحة الرسمية)", published="2026-05-12", incident="p-buulobarde-2026-05",
    events=[
        ev(B, "Government regains territory", "2026-05-10", SOM, SHABAAB, "buulobarde", 20,
           "تحرير مدينة بولوبردي في إقليم هيران يوم الأحد الماضي"),
        ev(E, "Shelling/artillery/missile attack", "2026-05-11", SHABAAB, SOM, "buulobarde", 0,
           "حاولت فلول الميليشيا التشويش على انتصار قواتنا بإطلاق عدد من قذائف الهاون على وسط المدينة"),
    ],
    notes="Ministry statement (social-media repost). 'الخوارج' = Al-Shabaab in Somali government usage. Recapture on "
          "Sunday 10 May ('more than twenty' militants killed -> 20, uncontradicted claim); mortar fire the next day "
          "(11 May), no casualties -> 0. Clan fighters are associates of the army, not coded separately. Buulobarde "
          "is not in the gazetteer; coordinates from general knowledge.")


art("p_so_week_roundup_mogadishu_baidoa_galgaduud", """
الصومال في أسبوع | حصاد الأحداث من 29 أغسطس إلى 4 سبتمبر 2026
نشرة أسبوعية تصدر كل سبت عن موقع "مقديشو اليوم"
السبت 5 سبتمبر 2026

سياسياً: اختتم البرلمان الفيدرالي دورته الاستثنائية دون التصويت على قانون الانتخابات، وسط خلافات حادة بين الحكومة وولايتي بونتلاند وجوبالاند. وأعلن رئيس الوزراء أن الحكومة "ستمضي في خطة الاقتراع المباشر مهما كانت العقبات".

أمنياً:
- الأحد: سقطت ثلاث قذائف هاون على حي سكني قريب من المطار الدولي في مقديشو، ما أدى إلى مقتل طفل وإصابة ثلاثة من أفراد أسرته. وتبنّت حركة الشباب القصف، قائلة إنها استهدفت "قواعد الغزاة".
- الأربعاء: أُصيب أربعة أشخاص، بينهم بائعة خضار، بانفجار قنبلة يدوية ألقاها مجهول داخل سوق بيدوا الرئيسي. وقالت الشرطة إن المهاجم "يُعتقد أنه من عناصر الشباب"، دون أن تعلن الحركة مسؤوليتها.
- الخميس: اشتباكات بين ميليشيات عشيرتين متنافستين على أراضٍ زراعية وآبار في ضواحي طوسمريب بإقليم جلجدود، خلفت أربعة قتلى، قبل أن يتدخل شيوخ العشائر للتوصل إلى هدنة.

اقتصادياً: سجّل الشلن الصومالي تراجعاً طفيفاً أمام الدولار، وارتفعت أسعار الأرز والسكر بنسبة 6 بالمئة في أسواق العاصمة.

رياضياً: تأهل نادي هورسيد إلى الدور الثاني من كأس الاتحاد الأفريقي بعد فوزه على ضيفه الجيبوتي.

تابعونا الأسبوع المقبل.
""",
    url="https://mogadishu-today.example/weekly/2026-09-05",
    outlet="مقديشو اليوم", published="2026-09-05", incident="p-somalia-week-2026-09-05",
    events=[
        ev(E, "Shelling/artillery/missile attack", "2026-08-30", SHABAAB, civ("Somalia"), "mogadishu", 1,
           "سقطت ثلاث قذائف هاون على حي سكني قريب من المطار الدولي في مقديشو"),
        ev(E, "Grenade", "2026-09-02", uag("Somalia"), civ("Somalia"), "baidoa", 0,
           "أُصيب أربعة أشخاص، بينهم بائعة خضار، بانفجار قنبلة يدوية ألقاها مجهول داخل سوق بيدوا الرئيسي"),
        ev(B, "Armed clash", "2026-09-03", clan("Somalia"), clan("Somalia"), "dhusamareb", 4,
           "اشتباكات بين ميليشيات عشيرتين متنافستين على أراضٍ زراعية وآبار في ضواحي طوسمريب بإقليم جلجدود"),
    ],
    notes="Weekly round-up (Sat 29 Aug - Fri 4 Sep; published Saturday 5 Sep). Weekdays resolved inside that window: "
          "Sunday 30 Aug, Wednesday 2 Sep, Thursday 3 Sep. Mortar fire claimed by Al-Shabaab (1 child killed); "
          "grenade thrower only 'believed to be' Al-Shabaab -> Unidentified Armed Group, injuries only -> 0; clan "
          "clash near Dhusamareb, 4 dead. Parliament, the PM's statement, economy and sport are not events.")


art("p_ye_taiz_hays_monitor_hijri", """
الراصد اليمني للحقوق والحريات
النشرة الدورية للانتهاكات
الثلاثاء 12 ربيع الأول 1448هـ الموافق 25 أغسطس 2026م

رصد فريقنا الميداني خلال الأيام الأربعة الماضية الانتهاكات التالية بحق المدنيين في محافظتي تعز والحديدة:

1) تعز - القصف على الأحياء السكنية:
مساء السبت 22 أغسطس، سقطت قذيفتا هاون أطلقتهما جماعة الحوثي من مواقعها في منطقة الحوبان على حي ثعبات شرق مدينة تعز، ما أدى إلى مقتل الطفلة (ر. ع.) البالغة من العمر تسع سنوات ووالدتها، وإصابة ثلاثة من الجيران بشظايا. ووثّق الفريق آثار القذيفتين على جدار المنزل وسقفه.

2) الحديدة - ضحايا الألغام:
صباح الاثنين 24 أغسطس، قُتل راعيان شقيقان (17 و19 عاماً) جراء انفجار لغم أرضي أثناء رعيهما الأغنام في وادٍ شمال مديرية حيس. وأفاد الأهالي بأن المنطقة كانت خط تماس سابقاً وأن الألغام زرعتها جماعة الحوثي قبل انسحاب عناصرها منها.

3) ملاحظات عامة:
- يرفع هذا الرصد عدد ضحايا الألغام الموثقين لدينا منذ بداية العام إلى 61 قتيلاً وجريحاً.
- تلقى الفريق بلاغات عن اعتقال مدنيين في نقاط تفتيش بمحافظة إب، وما زال يعمل على التحقق منها ولم يدرجها في هذه النشرة.

يجدد الراصد مطالبته بتسليم خرائط الألغام وتوسيع عمليات نزعها، ووقف استهداف الأحياء السكنية.

للاطلاع على النشرات السابقة: الأرشيف | تابعونا على إكس وتيليغرام
""",
    url="https://yemen-rights-monitor.example/bulletins/1448-03-12",
    outlet="الراصد اليمني للحقوق والحريات", published="2026-08-25", incident="p-taiz-hays-monitor-2026-08",
    events=[
        ev(E, "Shelling/artillery/missile attack", "2026-08-22", HOUTHI, civ("Yemen"), "taiz", 2,
           "سقطت قذيفتا هاون أطلقتهما جماعة الحوثي من مواقعها في منطقة الحوبان على حي ثعبات شرق مدينة تعز"),
        ev(E, "Remote explosive/landmine/IED", "2026-08-24", HOUTHI, civ("Yemen"), "hays", 2,
           "قُتل راعيان شقيقان (17 و19 عاماً) جراء انفجار لغم أرضي أثناء رعيهما الأغنام في وادٍ شمال مديرية حيس"),
    ],
    notes="Monitor bulletin with a Hijri header (12 Rabi' al-Awwal 1448 = 25 Aug 2026). Two events: Houthi mortar "
          "fire on Thaabat, Taiz (2 killed) and a landmine north of Hays district (2 shepherds killed; mine attributed "
          "to the Houthis by residents, planted earlier). The year-to-date landmine tally and unverified arrests in "
          "Ibb are not coded.")


art("p_ye_qataba_front_clash", """
عدن تايم الإخبارية
أخبار الجنوب | جبهات | تقارير

مقتل ثلاثة من القوات الجنوبية في مواجهات مع الحوثيين بجبهة قعطبة

الضالع - خاص
7 إبريل 2026

أعلنت القوات الجنوبية المرابطة في جبهة قعطبة شمال محافظة الضالع، مقتل ثلاثة من أفرادها وإصابة سبعة آخرين، في مواجهات عنيفة اندلعت مساء الاثنين مع عناصر الميليشيات الحوثية التي حاولت التسلل نحو مواقع متقدمة في منطقة مريس.

وقال قائد ميداني لـ"عدن تايم" إن المواجهات استمرت ساعات عدة واستُخدمت فيها الأسلحة المتوسطة والثقيلة، مؤكداً أن قواته "أفشلت محاولة التسلل وكبّدت العدو خسائر كبيرة في الأرواح والعتاد" دون أن يحدد عددها.

في المقابل، زعمت وسائل إعلام تابعة للحوثيين أن "قوات المرتزقة" هي من بدأت الهجوم، وأن مقاتلي الجماعة "تصدّوا للزحف" في المنطقة ذاتها.

وتشهد جبهات الضالع منذ أشهر تصعيداً متقطعاً رغم الهدنة الأممية المعلنة منذ عام 2022، والتي لم تُجدَّد رسمياً لكنها ظلت قائمة إلى حد كبير.

مواضيع قد تهمك:
- محافظ عدن يفتتح مشروعاً لتحلية المياه
- انقطاع الكهرباء يتجاوز 14 ساعة يومياً في مديريات العاصمة
- منتخب الناشئين يغادر إلى الدوحة للمشاركة في بطولة الخليج

شارك: واتساب | تيليغرام | فيسبوك
""",
    url="https://aden-time.example/fronts/2026/04/07/qataba",
    outlet="عدن تايم", published="2026-04-07", incident="p-qataba-clash-2026-04-06",
    events=[
        ev(B, "Armed clash", "2026-04-06", STC, HOUTHI, "qataba", 3,
           "في مواجهات عنيفة اندلعت مساء الاثنين مع عناصر الميليشيات الحوثية التي حاولت التسلل نحو مواقع متقدمة في منطقة مريس"),
    ],
    notes="Southern forces (STC-aligned) in Qataba/Murais, Ad Dali. Both sides blame each other for starting it; the "
          "clash itself is not in doubt. 3 southern fighters killed; Houthi losses unnumbered -> 3. 'مساء الاثنين' "
          "with a 7 April (Tuesday) date = 6 April. The 2022 truce is background. Egyptian-style spelling 'إبريل'.")


art("p_ye_aden_power_protest", """
صحيفة الأيام الجديدة - عدن
الثلاثاء 30 يونيو 2026

محتجون يغلقون شوارع كريتر احتجاجاً على انقطاع الكهرباء.. وقوات الأمن تطلق النار في الهواء

خرج مئات المواطنين في مديرية صيرة (كريتر) بالعاصمة المؤقتة عدن، مساء أمس الاثنين، في تظاهرة غاضبة احتجاجاً على الانقطاعات الطويلة للتيار الكهربائي التي تجاوزت 16 ساعة يومياً مع ارتفاع درجات الحرارة.

وردّد المحتجون هتافات تطالب الحكومة والسلطة المحلية بإيجاد حلول عاجلة، وأغلقوا الشارع الرئيسي بالحجارة والإطارات المشتعلة.

وأفاد شهود عيان بأن قوات الأمن وصلت إلى المكان بعد نحو ساعة، وأطلقت النار في الهواء لتفريق المحتجين، واعتقلت عدداً من الشبان قبل أن تفرج عن معظمهم في وقت متأخر من الليل. ولم تُسجل إصابات.

وقال مصدر في إدارة أمن عدن إن القوات "تدخلت لإعادة فتح الطريق وحماية الممتلكات العامة"، مؤكداً "احترام حق التعبير السلمي".

من جهتها، أرجعت المؤسسة العامة للكهرباء الانقطاعات إلى نفاد وقود محطات التوليد، وقالت إن شحنة جديدة من الديزل ستصل "خلال أيام".

ويشهد صيف عدن كل عام احتجاجات مماثلة، تحولت بعضها في سنوات سابقة إلى مواجهات مع قوات الأمن.

التعليقات: 37 | الأكثر قراءة | النسخة الورقية
""",
    url="https://alayyam-jadida.example/aden/2026/06/30/crater-protest",
    outlet="الأيام الجديدة", published="2026-06-30", incident="p-aden-power-protest-2026-06-29",
    events=[
        ev(P, "Protest with intervention", "2026-06-29", protesters("Yemen"), YEM_POL, "crater", 0,
           "خرج مئات المواطنين في مديرية صيرة (كريتر) بالعاصمة المؤقتة عدن، مساء أمس الاثنين، في تظاهرة غاضبة"),
    ],
    notes="Local news. Protest over power cuts on Monday 29 June; security forces fired in the air and made arrests "
          "(intervention, no injuries -> 0). Road blocking with burning tyres is not coded as a riot here, but a "
          "coder choosing Riots/Violent demonstration would be defensible. Security forces generic -> Police Forces "
          "of Yemen (2022-). Earlier summers' protests are background.")


art("p_ye_mahfad_aqap_checkpoint", """
شبكة أبين الإخبارية
الثلاثاء 7 رمضان 1447هـ - 24 فبراير 2026م

في ثالث هجوم من نوعه منذ مطلع العام.. القاعدة تهاجم نقطة للحزام الأمني في المحفد

بعد أسابيع من الهدوء النسبي الذي عاشته مديريات أبين الشرقية، وفي وقت كان الأهالي يأملون أن يمر شهر رمضان بأجواء مستقرة، عادت المخاوف من جديد إلى مديرية المحفد التي ظلت لسنوات إحدى أهم معاقل تنظيم القاعدة في جزيرة العرب، قبل أن تطلق القوات الجنوبية حملة "سهام الشرق" لتطهيرها.

ففي فجر الأحد الخامس من رمضان، هاجم مسلحون من التنظيم نقطة تفتيش تابعة لقوات الحزام الأمني عند المدخل الغربي لمدينة المحفد، واندلع اشتباك استمر قرابة ساعتين.

وقال مصدر عسكري في قوات الحزام الأمني إن ثلاثة من أفراد النقطة قُتلوا وأصيب اثنان، وإن المهاجمين انسحبوا باتجاه الجبال بعد وصول تعزيزات. بينما زعم التنظيم في بيان نشرته مؤسسة الملاحم التابعة له أن "المجاهدين" قتلوا عشرة من "الجنود العملاء" واستولوا على أسلحتهم.

ويرى مراقبون أن الهجوم يعكس محاولة التنظيم استعادة حضوره في المنطقة، مستفيداً من انشغال القوات الجنوبية بجبهات أخرى.

أخبار ذات صلة:
- مجهولون يغتالون قيادياً قبلياً في مودية العام الماضي.. والقضية لا تزال مقيدة ضد مجهول
- ارتفاع أسعار السلع الرمضانية في أسواق زنجبار
""",
    url="https://abyan-news.example/2026/02/24/mahfad-checkpoint",
    outlet="شبكة أبين الإخبارية", published="2026-02-24", incident="p-mahfad-aqap-2026-02-22",
    events=[
        ev(B, "Armed clash", "2026-02-22", AQAP, SBF, "mahfad", 3,
           "هاجم مسلحون من التنظيم نقطة تفتيش تابعة لقوات الحزام الأمني عند المدخل الغربي لمدينة المحفد"),
    ],
    notes="Event buried after a long introduction; the date is given only in Hijri (Sunday 5 Ramadan 1447 = 22 Feb "
          "2026). Security Belt source: 3 killed; AQAP claims 10 -> 3. The 'third attack since the start of the "
          "year', the earlier campaign and the read-also teaser about an old assassination are not coded.")
art("p_ml_nioro_camp_attack_claims", """
ساحل برس - وكالة أنباء مستقلة
باماكو، 18 مارس 2026 (ساحل برس) -

صدّ الجيش المالي فجر الثلاثاء هجوماً "إرهابياً" استهدف معسكره في مدينة نيورو دو ساحل بإقليم كاي غرب البلاد، قرب الحدود مع موريتانيا، بحسب بيان لهيئة الأركان العامة.

وأفاد البيان بأن "القوات المسلحة المالية تمكنت من تحييد 21 إرهابياً واستعادة أسلحة ودراجات نارية"، مشيراً إلى أن ثلاثة جنود "سقطوا في ميدان الشرف" وأصيب ستة آخرون.

لكن جماعة نصرة الإسلام والمسلمين، الفرع الساحلي لتنظيم القاعدة، قدمت رواية مختلفة عبر مؤسسة الزلاقة التابعة لها، إذ زعمت أن مقاتليها "اقتحموا الثكنة وقتلوا العشرات من الجنود" وغنموا آليات، وهو ما لم يتسن التحقق منه من مصدر مستقل.

وقال أحد سكان نيورو لساحل برس عبر الهاتف إن إطلاق النار الكثيف بدأ نحو الساعة الرابعة والنصف فجراً واستمر حتى شروق الشمس، وإن طائرات مسيّرة حلقت فوق المدينة طوال الصباح. وأضاف أن الأسواق ظلت مغلقة حتى الظهر.

ويأتي الهجوم في وقت توسع فيه الجماعة نشاطها في غرب مالي، بعد أن كانت تتركز تقليدياً في وسط البلاد وشمالها. وكان المجلس العسكري الحاكم قد أعلن الشهر الماضي عن "إعادة تنظيم" انتشار القوات في إقليم كاي.

ساحل برس / ع.د
""",
    url="https://sahel-press.example/ar/2026/03/18/nioro",
    outlet="ساحل برس", published="2026-03-18", incident="p-nioro-attack-2026-03-17",
    events=[
        ev(B, "Armed clash", "2026-03-17", JNIM, MLI, "nioro", 24,
           'صدّ الجيش المالي فجر الثلاثاء هجوماً "إرهابياً" استهدف معسكره في مدينة نيورو دو ساحل'),
    ],
    notes="Wire with two accounts. Army: 3 soldiers and 21 attackers killed; JNIM claims 'dozens' of soldiers, "
          "contradicted by the army's own figure -> 3 + 21 = 24 (the attacker toll is uncontradicted). Attack "
          "repelled, no territory change. 'فجر الثلاثاء' with a Wednesday 18 March dateline = 17 March. Drones "
          "circling after the attack are part of the same event. Redeployment announced last month is background.")


art("p_ml_bla_bus_passengers_abducted", """
موقع صدى مالي | أخبار الأقاليم
الاثنين 5 أكتوبر 2026

اختطاف ركاب حافلة على الطريق بين سيغو وبلا

علم "صدى مالي" من مصادر محلية متطابقة أن مسلحين مجهولين اعترضوا يوم السبت الماضي حافلة لنقل الركاب على الطريق الرابط بين سيغو وبلا، على بعد نحو خمسة عشر كيلومتراً من مدينة بلا، واقتادوا أربعة عشر راكباً إلى جهة مجهولة.

وبحسب مسؤول في شركة النقل المالكة للحافلة، فإن المسلحين كانوا على متن دراجات نارية وأجبروا السائق على الخروج من الطريق المعبّد نحو الأدغال، حيث أنزلوا جميع الركاب وفحصوا بطاقات هوياتهم، ثم أطلقوا سراح النساء والأطفال وكبار السن، واحتفظوا بالرجال.

وأضاف المسؤول أن السائق تمكن من العودة بالحافلة إلى بلا في المساء، وأبلغ الدرك بالحادثة.

ولم تتبنَّ أي جهة عملية الاختطاف حتى الآن، غير أن مصادر أمنية رجحت أن يكون المنفذون "عناصر يُعتقد أنهم ينتمون إلى جماعة نصرة الإسلام والمسلمين" التي تنشط في الغابات المحيطة.

وتشهد الطرق في إقليم سيغو تزايداً ملحوظاً في عمليات الاختطاف خلال الأشهر الأخيرة، ما دفع بعض شركات النقل إلى تقليص رحلاتها الليلية.

اقرأ أيضاً على صدى مالي:
» أسعار القطن: الحكومة تحدد سعر الشراء للموسم الجديد
» مهرجان سيغو الثقافي يعود في فبراير بعد غياب
» الخريف: أمطار غزيرة تغمر أحياء في موبتي
""",
    url="https://sada-mali.example/regions/2026/10/05/bla-bus",
    outlet="صدى مالي", published="2026-10-05", incident="p-bla-abduction-2026-10-03",
    events=[
        ev(V, "Abduction/forced disappearance", "2026-10-03", uag("Mali"), civ("Mali"), "bla", None,
           "اعترضوا يوم السبت الماضي حافلة لنقل الركاب على الطريق الرابط بين سيغو وبلا"),
    ],
    notes="Local news (Monday 5 Oct): 'يوم السبت الماضي' = 3 Oct. 15 km from Bla -> Bla. Perpetrators only "
          "suspected of JNIM membership, no claim -> Unidentified Armed Group. 14 passengers taken (women, children "
          "and elderly released on the spot). No deaths mentioned -> null. Read-also teasers are not events.")


art("p_bf_titao_attack_and_air_strikes", """
إذاعة وتلفزيون بوركينا (النسخة العربية) - موجز الأخبار
الثلاثاء 29 سبتمبر 2026

واغادوغو - أعلنت القيادة العامة للقوات المسلحة في بيان تلاه المتحدث باسمها على التلفزيون الرسمي مساء أمس، أن وحدات سلاح الجو نفذت يوم الاثنين سلسلة ضربات جوية استهدفت "مجموعة إرهابية" كانت تنسحب نحو الغابة الواقعة غرب مدينة تيتاو في إقليم الشمال، ما أسفر عن "تحييد عشرات الإرهابيين".

وجاءت الضربات غداة هجوم شنه مسلحون تابعون لجماعة نصرة الإسلام والمسلمين يوم الأحد على أطراف تيتاو، حيث تصدى لهم متطوعو الدفاع عن الوطن في معارك استمرت ساعات. وبحسب مصادر محلية، قُتل سبعة من المتطوعين وخمسة مدنيين، بينهم تاجر وابنه، فيما أُحرقت عدة متاجر في السوق.

ولم يذكر بيان الجيش حصيلة القتلى في صفوف المتطوعين، مكتفياً بالإشادة بـ"شجاعتهم في الدفاع عن المدينة"، ودعا السكان إلى "عدم الانسياق وراء الشائعات التي تبثها الأبواق الإرهابية على وسائل التواصل".

وكانت جماعة نصرة الإسلام والمسلمين قد أعلنت في بيان نشرته على قنواتها مسؤوليتها عن الهجوم، زاعمة أنها سيطرت على "مواقع للميليشيات" قبل أن تنسحب.

وفي سياق آخر، أعلنت وزارة التربية تأجيل الدخول المدرسي في ثلاث بلديات بإقليم الساحل "لأسباب أمنية".
""",
    url="https://rtb-arabic.example/journal/2026-09-29",
    outlet="إذاعة وتلفزيون بوركينا (النسخة العربية)", published="2026-09-29", incident="p-titao-2026-09",
    events=[
        ev(B, "Armed clash", "2026-09-27", JNIM, VDP, "titao", 12,
           "هجوم شنه مسلحون تابعون لجماعة نصرة الإسلام والمسلمين يوم الأحد على أطراف تيتاو"),
        ev(E, "Air/drone strike", "2026-09-28", BFA, JNIM, "titao", 12,
           'نفذت يوم الاثنين سلسلة ضربات جوية استهدفت "مجموعة إرهابية" كانت تنسحب نحو الغابة الواقعة غرب مدينة تيتاو'),
    ],
    notes="State broadcaster bulletin, Tuesday 29 Sep. Sunday 27 Sep: JNIM attack on the outskirts of Titao fought "
          "by the VDP; local sources: 7 VDP + 5 civilians killed -> 12 on the battle event (a coder might split the "
          "civilian deaths into a Violence against civilians event). Monday 28 Sep: air strikes west of Titao, "
          "'dozens' neutralised -> 12. JNIM's brief claim of taking positions before withdrawing is not a territory "
          "change. School postponement is not an event.")


art("p_bf_fada_bus_ied_revised", """
لوفاصو نت - عربي | أخبار | أمن | مجتمع

ارتفاع حصيلة انفجار عبوة ناسفة بحافلة قرب فادا نغورما إلى ستة قتلى

الاثنين 19 يناير 2026 - 10:05

ارتفعت حصيلة ضحايا انفجار العبوة الناسفة التي استهدفت حافلة ركاب أمس الأحد على الطريق الوطني رقم 4 شرق مدينة فادا نغورما إلى ستة قتلى، بعد وفاة راكبين متأثرين بجروحهما في المستشفى الإقليمي، وفق ما أكده مصدر في المديرية الجهوية للصحة.

وكانت المصادر الأمنية قد أعلنت أمس مقتل أربعة ركاب وإصابة أحد عشر آخرين، عندما انفجرت العبوة تحت العجلات الأمامية للحافلة التي كانت تقل نحو خمسين راكباً من فادا نغورما باتجاه الحدود النيجرية.

ولم تعلن أي جهة مسؤوليتها عن الانفجار. ويشهد إقليم الشرق منذ سنوات نشاطاً مكثفاً للجماعات المسلحة التي تزرع العبوات على الطرق لاستهداف القوافل العسكرية، لكنها كثيراً ما تصيب المركبات المدنية.

وقال أحد الناجين: "سمعنا دوياً هائلاً، ثم انقلبت الحافلة على جانبها. كان الغبار في كل مكان والناس يصرخون".

وطالبت نقابة الناقلين السلطات بتأمين الطريق الوطني رقم 4 الذي يعد ممراً حيوياً للتجارة مع النيجر وبنين.

تعليقات القراء (8)
ملفات تعريف الارتباط: يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. [موافق] [إعدادات]
""",
    url="https://lefaso-arabi.example/securite/2026/01/19/fada-ied",
    outlet="لوفاصو نت - عربي", published="2026-01-19", incident="p-fada-ied-2026-01-18",
    events=[
        ev(E, "Remote explosive/landmine/IED", "2026-01-18", uag("Burkina Faso"), civ("Burkina Faso"), "fada", 6,
           "ارتفعت حصيلة ضحايا انفجار العبوة الناسفة التي استهدفت حافلة ركاب أمس الأحد"),
    ],
    notes="Revised toll: 4 on the day (security sources), 6 the next morning after two died in hospital (regional "
          "health directorate) -> 6. 'أمس الأحد' = 18 Jan. No claim -> Unidentified Armed Group. East of Fada "
          "N'Gourma on RN4 -> Fada N'Gourma. Cookie banner and comment count are boilerplate.")


art("p_ne_defence_weekly_bulletin", """
جمهورية النيجر - وزارة الدفاع الوطني
النشرة العملياتية الأسبوعية للفترة من 2 إلى 8 نوفمبر 2026
(ترجمة غير رسمية نشرتها صحيفة "الساحل اليوم" بتاريخ 10 نوفمبر 2026)

مسرح العمليات الغربي (تيلابيري):
- يوم الأربعاء 4 نوفمبر، تعرضت دورية تابعة لقوات الدفاع والأمن لكمين نصبه إرهابيو ما يسمى بولاية الساحل على بعد 18 كلم شمال شرق والام. وخلال الاشتباك الذي أعقب الكمين، تم تحييد 14 إرهابياً، فيما استشهد خمسة من جنودنا وأصيب أربعة.
- نفذت وحدات الاستطلاع عمليات تفتيش في عدة أسواق أسبوعية بمنطقة تيلابيري، أسفرت عن توقيف 11 مشتبهاً بالتعاون مع الجماعات الإرهابية وضبط دراجات نارية وكميات من الوقود المهرب.

مسرح العمليات الشرقي (ديفا):
- يوم الجمعة 6 نوفمبر، صدت وحداتنا المتمركزة في بوسو هجوماً شنه عناصر من جماعة بوكو حرام قادمين من جزر بحيرة تشاد. وأسفر الاشتباك عن مقتل ستة من المهاجمين، وإصابة جنديين بجروح طفيفة.

الوضع العام:
تبقى المعنويات عالية، وتواصل قوات الدفاع والأمن مهامها في تأمين السكان والممتلكات. وتجدد الوزارة دعوتها للمواطنين إلى التعاون مع القوات من خلال الإبلاغ عن أي تحركات مشبوهة.

الساحل اليوم | النسخة الإلكترونية | أرشيف النشرات
""",
    url="https://sahel-today.example/defense/2026/11/10/weekly-bulletin",
    outlet="الساحل اليوم", published="2026-11-10", incident="p-niger-bulletin-2026-11-02",
    events=[
        ev(B, "Armed clash", "2026-11-04", ISSP, NER, "ouallam", 19,
           "تعرضت دورية تابعة لقوات الدفاع والأمن لكمين نصبه إرهابيو ما يسمى بولاية الساحل على بعد 18 كلم شمال شرق والام"),
        ev(B, "Armed clash", "2026-11-06", JAS, NER, "bosso", 6,
           "صدت وحداتنا المتمركزة في بوسو هجوماً شنه عناصر من جماعة بوكو حرام"),
        ev(S, "Arrests", "2026-11-05", NER, civ("Niger"), "tillaberi", None,
           "أسفرت عن توقيف 11 مشتبهاً بالتعاون مع الجماعات الإرهابية", optional=True),
    ],
    notes="Weekly defence bulletin (2-8 Nov) republished on 10 Nov. Ouallam ambush on 4 Nov: 5 soldiers + 14 "
          "attackers = 19 (uncontradicted). Bosso on 6 Nov: 6 attackers killed, two soldiers wounded. Boko Haram "
          "attacking from the lake islands at Bosso -> JAS (a coder might pick ISWAP). Arrests during market "
          "searches in the Tillaberi area across the week: optional, dated at the week's midpoint.")


art("p_td_bol_army_post_attack", """
تشاد الحدث | سياسة | أمن | اقتصاد | ثقافة

بحيرة تشاد: مقتل ستة جنود في هجوم لبوكو حرام على موقع عسكري قرب بول

انجامينا - الاثنين 16 نوفمبر 2026

شنّ عناصر من جماعة بوكو حرام مساء السبت المنصرم هجوماً على موقع متقدم للجيش التشادي في جزيرة تقع قرب مدينة بول، عاصمة ولاية البحيرة، ما أسفر عن مقتل ستة جنود وإصابة تسعة آخرين، حسب ما أفاد به الناطق باسم الحكومة في تصريح للتلفزيون الوطني.

وأوضح الناطق أن المهاجمين تسللوا على متن زوارق عبر القنوات المائية، وأن "الرد الحاسم لقواتنا أسفر عن مقتل عشرين إرهابياً" والاستيلاء على أسلحة وزوارق.

وتوعد رئيس الجمهورية، في كلمة بثها التلفزيون مساء الأحد، بـ"ملاحقة الإرهابيين حتى آخر معاقلهم"، معلناً إرسال تعزيزات إلى الولاية، وهي تصريحات تذكّر بالعملية العسكرية الواسعة التي أطلقها الجيش في المنطقة قبل عامين.

وتعد جزر بحيرة تشاد ملاذاً تقليدياً لمقاتلي بوكو حرام، الذين يستغلون المستنقعات وكثافة الغطاء النباتي لشن هجمات على المواقع العسكرية والقرى الواقعة على ضفاف البحيرة في كل من تشاد والنيجر ونيجيريا والكاميرون.

تابعونا على فايسبوك وتويتر | النشرة البريدية | جميع الحقوق محفوظة
""",
    url="https://tchad-alhadath.example/securite/2026/11/16/bol",
    outlet="تشاد الحدث", published="2026-11-16", incident="p-bol-attack-2026-11-14",
    events=[
        ev(B, "Armed clash", "2026-11-14", JAS, TCD, "bol", 26,
           "شنّ عناصر من جماعة بوكو حرام مساء السبت المنصرم هجوماً على موقع متقدم للجيش التشادي في جزيرة تقع قرب مدينة بول"),
    ],
    notes="Chadian outlet (Maghrebi/francophone spellings: فايسبوك). 'مساء السبت المنصرم' with a Monday 16 Nov "
          "dateline = 14 Nov. Government spokesman: 6 soldiers and 20 attackers killed (uncontradicted) -> 26. "
          "Island near Bol -> Bol. The president's vow and reinforcements, and the operation two years ago, are not "
          "coded.")


art("p_ng_tsafe_bandits_abduction", """
نيجيريا بالعربي | الأخبار | الشمال الغربي

مسلحون يخطفون عشرات النساء والأطفال في زمفرا

الاثنين 3 أغسطس 2026
كتب: آدم موسى

أكدت شرطة ولاية زمفرا شمال غربي نيجيريا أن مسلحين من "قطاع الطرق" اقتحموا فجر الأحد قرية تقع على بعد نحو 12 كيلومتراً من بلدة تسافي، وقتلوا شخصين واختطفوا 27 آخرين معظمهم من النساء والأطفال.

وقال المتحدث باسم شرطة الولاية في بيان إن المسلحين وصلوا على متن عشرات الدراجات النارية وأطلقوا النار بشكل متقطع لإرهاب السكان، مضيفاً أن "فرق الشرطة والجيش نُشرت في المنطقة لتعقب الخاطفين وتحرير الضحايا سالمين".

غير أن زعيم القرية قال لـ"نيجيريا بالعربي" عبر الهاتف إن عدد المخطوفين يزيد على الأربعين، موضحاً أن بعض الأسر لم تُبلغ الشرطة بعد بأسماء ذويها "خوفاً من انتقام العصابات".

وأضاف: "هذه المرة الثانية هذا العام. في المرة الأولى دفعنا فدية كبيرة، ولم يعد لدينا ما ندفعه".

وتنشط في ولايات شمال غرب نيجيريا عصابات مسلحة تُعرف محلياً باسم "قطاع الطرق"، تتخذ من الغابات قواعد لها، وتمارس الخطف مقابل الفدية ونهب الماشية وفرض الإتاوات على المزارعين.

الأكثر قراءة:
1. تينوبو يعين قائداً جديداً لأركان الجيش
2. ارتفاع معدل التضخم إلى 22%
3. سوبر إيغلز يبدأ تحضيراته لتصفيات كأس العالم
""",
    url="https://nigeria-arabi.example/northwest/2026/08/03/tsafe",
    outlet="نيجيريا بالعربي", published="2026-08-03", incident="p-tsafe-abduction-2026-08-02",
    events=[
        ev(V, "Attack", "2026-08-02", BANDITS, civ("Nigeria"), "tsafe", 2,
           "اقتحموا فجر الأحد قرية تقع على بعد نحو 12 كيلومتراً من بلدة تسافي، وقتلوا شخصين واختطفوا 27 آخرين"),
    ],
    notes="Police: 2 killed and 27 abducted; the village head says more than 40 abducted (lowest credible: 27). "
          "Killing and mass abduction in one raid -> one Violence against civilians event; Attack takes precedence "
          "over Abduction in the taxonomy order, but Abduction/forced disappearance would be a defensible "
          "sub-event. 'فجر الأحد' with a Monday 3 Aug date = 2 Aug. The earlier raid this year is background.")


art("p_ng_marte_base_and_airstrike", """
الشرق الأفريقي نيوز
الثلاثاء 26 مايو 2026 | 09:12

بورنو: مقتل خمسة جنود في هجوم لـ"داعش ولاية غرب أفريقيا" على قاعدة في مارتي.. والجيش يرد بغارات

مايدوغوري - وكالات

قالت مصادر عسكرية نيجيرية إن خمسة جنود قُتلوا عندما هاجم مسلحون من تنظيم داعش ولاية غرب أفريقيا قاعدة للجيش في بلدة مارتي بولاية بورنو مساء الأحد، في هجوم استمر عدة ساعات استخدم فيه المهاجمون شاحنات مسلحة وطائرات مسيّرة صغيرة محملة بالمتفجرات.

وأضافت المصادر أن المهاجمين أضرموا النار في عدد من المباني داخل القاعدة ونهبوا مخزن ذخيرة قبل أن ينسحبوا باتجاه منطقة بحيرة تشاد. وفي المقابل، ادعى التنظيم عبر وكالة أعماق أنه قتل "20 من الجنود النصارى".

وأعلن المتحدث باسم القوات الجوية أمس الاثنين أن مقاتلات ومسيّرات تابعة لعملية "هادن كاي" قصفت تجمعات للمسلحين المنسحبين في محيط مارتي، ما أدى إلى "القضاء على عشرات الإرهابيين وتدمير خمس شاحنات مسلحة".

وتعرضت مارتي لهجمات متكررة خلال السنوات الماضية، وكانت قد سقطت في يد التنظيم لفترة وجيزة قبل أن يستعيدها الجيش.

إقرأ أيضاً:
- حاكم بورنو يعلن إعادة توطين نازحين في بلدتين
- انطلاق امتحانات الشهادة الثانوية في الشمال الشرقي
""",
    url="https://sharq-afriqi.example/nigeria/2026/05/26/marte",
    outlet="الشرق الأفريقي نيوز", published="2026-05-26", incident="p-marte-2026-05",
    events=[
        ev(B, "Armed clash", "2026-05-24", ISWAP, NGA, "marte", 5,
           "هاجم مسلحون من تنظيم داعش ولاية غرب أفريقيا قاعدة للجيش في بلدة مارتي بولاية بورنو مساء الأحد"),
        ev(E, "Air/drone strike", "2026-05-25", NGA, ISWAP, "marte", 12,
           "قصفت تجمعات للمسلحين المنسحبين في محيط مارتي"),
    ],
    notes="Sunday 24 May base attack: military sources 5 soldiers killed; ISWAP claims 20 -> 5. Looting of the "
          "ammunition store is part of the attack (not coded separately). Monday 25 May air strikes: 'dozens' -> 12. "
          "The attackers' small explosive drones are part of the battle. Marte's past fall is background. Actor1 of "
          "the strike is the Nigerian military (air force).")


art("p_ng_kano_cost_of_living_protest", """
كانو - إذاعة صوت الساحل - القسم العربي
الاثنين 2 مارس 2026

الشرطة تطلق الغاز المسيل للدموع على محتجين ضد غلاء المعيشة في كانو

أطلقت قوات الشرطة النيجيرية اليوم الاثنين الغاز المسيل للدموع لتفريق مئات المحتجين الذين تجمعوا أمام مقر حكومة ولاية كانو، للمطالبة بخفض أسعار المواد الغذائية والوقود.

ورفع المتظاهرون، ومعظمهم من الشباب والطلاب، لافتات كتب عليها "الجوع يقتلنا" و"أوقفوا الغلاء"، قبل أن تتدخل الشرطة عندما حاول بعضهم تجاوز الحواجز الأمنية. وأفاد مراسلنا بأن عدداً من المحتجين أصيبوا بحالات اختناق، وأن الشرطة أوقفت نحو عشرين شخصاً.

وقال المتحدث باسم شرطة الولاية إن الاحتجاج "لم يكن مرخصاً"، وإن عناصر "مندسة" حاولت استغلاله لأعمال نهب، وهو ما نفاه منظمو الاحتجاج الذين أكدوا أن تحركهم "سلمي بالكامل".

ودعت نقابات عمالية إلى إضراب عام يومي الخميس والجمعة المقبلين إذا لم تستجب الحكومة الفيدرالية لمطالبها، في حين حذرت الشرطة من أنها "لن تتسامح مع أي إخلال بالأمن العام".

ويعاني النيجيريون من موجة غلاء غير مسبوقة منذ رفع الدعم عن الوقود وتعويم العملة المحلية.

---
استمعوا إلى نشرتنا المسائية على الموجة 98.5 إف إم
""",
    url="https://sawt-alsahel.example/kano/2026/03/02/protest",
    outlet="إذاعة صوت الساحل", published="2026-03-02", incident="p-kano-protest-2026-03-02",
    events=[
        ev(P, "Protest with intervention", "2026-03-02", protesters("Nigeria"), NGA_POL, "kano", 0,
           "أطلقت قوات الشرطة النيجيرية اليوم الاثنين الغاز المسيل للدموع لتفريق مئات المحتجين"),
    ],
    notes="Radio item. Tear gas and about twenty arrests at the Kano state government house on Monday 2 March -> "
          "Protest with intervention, no deaths stated (choking cases) -> 0. The announced general strike and the "
          "police warning are future/threats, not coded.")
art("p_sy_nawa_gunmen_killing_local", """
درعا 24 | أخبار حوران لحظة بلحظة
الاثنين 19 تشرين الأول 2026

مقتل شاب برصاص مجهولين في مدينة نوى.. والأمن الداخلي يفكك عبوة في طفس

قُتل الشاب (م. ح.)، البالغ من العمر 28 عاماً، مساء أمس الأحد، إثر استهدافه بالرصاص المباشر من قبل مسلحين مجهولين كانوا يستقلون دراجة نارية في الحي الشرقي من مدينة نوى بريف درعا الغربي، وفق ما أفاد مراسل درعا 24.

وأوضح المراسل أن الشاب كان عائداً من عمله في محل لبيع الأدوات الزراعية حين أطلق عليه المسلحون عدة رصاصات، ما أدى إلى مقتله على الفور، قبل أن يلوذوا بالفرار إلى جهة مجهولة. والشاب، بحسب ذويه، لم يكن منتمياً إلى أي جهة عسكرية.

وفي سياق متصل، قال مصدر في قيادة الأمن الداخلي بدرعا إن دورية فككت صباح اليوم عبوة ناسفة كانت مزروعة قرب دوار البلدة في مدينة طفس، دون وقوع أضرار.

وتشهد محافظة درعا منذ سنوات حالة من الفلتان الأمني، تتخللها عمليات اغتيال متكررة تطال مدنيين وعسكريين وقادة سابقين في فصائل المعارضة، ونادراً ما تُكشف هوية منفذيها.

تابعونا عبر تيليغرام وواتساب
اقرأ أيضاً: ارتفاع أسعار المازوت مع اقتراب الشتاء | افتتاح مركز صحي في بصرى الشام
""",
    url="https://daraa24.example/news/2026/10/19/nawa",
    outlet="درعا 24", published="2026-10-19", incident="p-nawa-killing-2026-10-18",
    events=[
        ev(V, "Attack", "2026-10-18", uag("Syria"), civ("Syria"), "nawa", 1,
           "إثر استهدافه بالرصاص المباشر من قبل مسلحين مجهولين كانوا يستقلون دراجة نارية في الحي الشرقي من مدينة نوى"),
        ev(S, "Disrupted weapons use", "2026-10-19", SYR_POL, None,
           ("Syria", "Daraa", "Tafas, Daraa", 32.74, 36.07), None,
           "فككت صباح اليوم عبوة ناسفة كانت مزروعة قرب دوار البلدة في مدينة طفس", optional=True),
    ],
    notes="Local news, Levantine month name (تشرين الأول). Killing of a civilian in Nawa by unidentified gunmen on "
          "Sunday 18 Oct (1 dead). IED defused in Tafas by internal security the next morning: optional "
          "Disrupted weapons use. Tafas coordinates from general knowledge. General insecurity in Daraa is "
          "background.")


art("p_iq_tarmiyah_ied_cell_statement", """
خلية الإعلام الأمني
بيان

الخميس 19 تشرين الثاني 2026

تعرضت قوة من الجيش العراقي، مساء أمس الأربعاء، إلى انفجار عبوة ناسفة من مخلفات عصابات داعش الإرهابية في أثناء تنفيذها واجباً لتفتيش البساتين في قضاء الطارمية شمالي العاصمة بغداد، مما أدى إلى إصابة اثنين من المقاتلين بجروح غير خطرة، نُقلا على إثرها إلى المستشفى لتلقي العلاج.

وقد شرعت القطعات الأمنية بعملية تفتيش واسعة للمنطقة، ولن تتوانى قواتنا عن ملاحقة ما تبقى من فلول العصابات الإرهابية أينما وجدت.

---
(نقلاً عن صفحة الخلية - موقع الرافدين اليوم)

تعليق الموقع: تعد الطارمية من المناطق التي تشهد بين فترة وأخرى نشاطاً لخلايا التنظيم، بسبب طبيعتها الزراعية الكثيفة وقربها من حزام بغداد الشمالي. وكانت القوات الأمنية قد نفذت الشهر الماضي عملية واسعة في المنطقة قالت إنها أسفرت عن تدمير عدد من المضافات.

ويقول أهالي المنطقة إن المزارعين باتوا يتجنبون دخول بعض البساتين البعيدة خشية العبوات القديمة، مطالبين الجهات المختصة بإرسال فرق متخصصة لمسح الأراضي الزراعية وتطهيرها قبل موسم الحمضيات.

الرافدين اليوم | محليات | أمن | مشاركة: 56
""",
    url="https://rafidain-today.example/security/2026/11/19/tarmiyah",
    outlet="الرافدين اليوم", published="2026-11-19", incident="p-tarmiyah-ied-2026-11-18",
    events=[
        ev(E, "Remote explosive/landmine/IED", "2026-11-18", ISIS, IRQ, "tarmiyah", 0,
           "تعرضت قوة من الجيش العراقي، مساء أمس الأربعاء، إلى انفجار عبوة ناسفة من مخلفات عصابات داعش الإرهابية"),
    ],
    notes="Security Media Cell statement reposted by a news site. IED described as an ISIS leftover; 2 soldiers "
          "wounded -> 0. ACLED might code a leftover device with an unidentified actor or ISIS; ISIS chosen as the "
          "statement names it. 'مساء أمس الأربعاء' = 18 Nov. Last month's operation is background.")


art("p_ly_zawiya_militia_clashes", """
بوابة الوسط الجديدة | ليبيا | الغرب الليبي
الأحد 16 أغسطس (أوت) 2026

اشتباكات مسلحة في الزاوية تودي بحياة مدني.. وتضارب في حصيلة القتلى

شهدت مدينة الزاوية غرب طرابلس، مساء الجمعة، اشتباكات عنيفة بالأسلحة المتوسطة بين مجموعتين مسلحتين في منطقة جودائم جنوب المدينة، استمرت حتى ساعات الفجر الأولى، وأدت إلى حالة من الهلع بين السكان.

وقال الهلال الأحمر الليبي - فرع الزاوية إن الاشتباكات خلفت قتيلين، أحدهما مدني أصيب برصاصة طائشة داخل منزله، والآخر من عناصر إحدى المجموعتين، إضافة إلى ستة جرحى. في حين تحدث مسؤول في مستشفى الزاوية التعليمي عن ثلاثة قتلى.

ولم تُعرف على الفور أسباب الاشتباكات، غير أن مصادر محلية رجحت أنها اندلعت على خلفية خلاف حول السيطرة على إحدى محطات الوقود.

وطالب المجلس البلدي للزاوية حكومة الوحدة الوطنية بـ"التدخل العاجل لفرض الأمن وإخراج التشكيلات المسلحة من الأحياء السكنية"، كما أعلن عن تعليق الدراسة في المدارس الصيفية يوم السبت.

وتتكرر الاشتباكات بين المجموعات المسلحة في الزاوية، التي تعد من أبرز مراكز تهريب الوقود والبشر على الساحل الغربي.

شارك المقال | التعليقات (22) | مقالات مقترحة
""",
    url="https://alwasat-jadida.example/libya/2026/08/16/zawiya-clashes",
    outlet="بوابة الوسط الجديدة", published="2026-08-16", incident="p-zawiya-clashes-2026-08-14",
    events=[
        ev(B, "Armed clash", "2026-08-14", ZAWIYA, ZAWIYA, "zawiya", 2,
           "اشتباكات عنيفة بالأسلحة المتوسطة بين مجموعتين مسلحتين في منطقة جودائم جنوب المدينة"),
    ],
    notes="Two sources disagree: Red Crescent 2 dead (1 civilian, 1 fighter), hospital official 3 -> 2. 'مساء "
          "الجمعة' (lasting until dawn) with a Sunday 16 Aug date -> 14 Aug. Unnamed armed groups inside Zawiya -> "
          "Zawiya Militias on both sides. Maghrebi month alias (أوت). Municipal appeal and school suspension are not "
          "events.")


art("p_ps_turmusayya_settlers_sinjil_arrests", """
وكالة فلسطين برس | الضفة الغربية

رام الله - الثلاثاء 28 نيسان 2026

أُصيب أربعة مواطنين، مساء أمس الإثنين، في هجوم نفذه مستوطنون على بلدة ترمسعيا شمال شرق رام الله، فيما اعتقلت قوات الاحتلال فجر اليوم ثلاثة شبان من بلدة سنجل المجاورة.

وأفاد رئيس بلدية ترمسعيا بأن عشرات المستوطنين هاجموا الأطراف الشمالية للبلدة، ورشقوا المنازل بالحجارة وأضرموا النار في ثلاث مركبات وغرفة زراعية، ما أدى إلى إصابة أربعة مواطنين بينهم مسن بجروح ورضوض، نقلوا إلى مجمع فلسطين الطبي.

وأضاف أن قوات الاحتلال وصلت إلى المكان وأطلقت قنابل الغاز باتجاه الأهالي الذين حاولوا التصدي للمستوطنين، دون أن تمنع الاعتداء.

وفي سنجل، قالت مصادر محلية إن قوات الاحتلال داهمت عدة منازل فجر اليوم وفتشتها وعبثت بمحتوياتها، واعتقلت ثلاثة شبان واقتادتهم إلى جهة مجهولة.

وتتعرض بلدات شمال شرق رام الله لاعتداءات متكررة من المستوطنين منذ إقامة بؤر استيطانية جديدة على أراضيها العام الماضي.

اقرأ أيضاً:
- وزارة الزراعة: خسائر موسم الزيتون تجاوزت 40%
- جامعة بيرزيت تعلن مواعيد التسجيل للفصل الصيفي
""",
    url="https://palestine-press.example/westbank/2026/04/28/turmusayya",
    outlet="وكالة فلسطين برس", published="2026-04-28", incident="p-turmusayya-2026-04",
    events=[
        ev(V, "Attack", "2026-04-27", SETTLERS, civ("Palestine"), "turmus_ayya", 0,
           "أُصيب أربعة مواطنين، مساء أمس الإثنين، في هجوم نفذه مستوطنون على بلدة ترمسعيا"),
        ev(S, "Arrests", "2026-04-28", ISR, civ("Palestine"), "sinjil", None,
           "اعتقلت قوات الاحتلال فجر اليوم ثلاثة شبان من بلدة سنجل المجاورة", optional=True),
    ],
    notes="Levantine month name (نيسان). Settler attack with stone-throwing, arson and four injured on Monday 27 "
          "April -> Violence against civilians/Attack, 0 dead (a coder might pick Looting/property destruction). "
          "Israeli forces firing tear gas at residents during it is part of the same incident. Night raid with three "
          "arrests in Sinjil on 28 April: optional.")


# ======================================================================================== non-event articles
art("p_sd_tawila_cholera_camps_ngo", """
أطباء الإغاثة الدولية | بيان صحفي
الثلاثاء 8 سبتمبر 2026

تفشي الكوليرا في مخيمات طويلة: 1,400 إصابة في ثلاثة أسابيع ونداء عاجل لتوفير المياه النظيفة

طويلة (شمال دارفور) - سجّلت فرقنا الطبية العاملة في مخيمات النزوح بمنطقة طويلة 1,412 حالة اشتباه بالكوليرا منذ منتصف أغسطس، بينها 38 وفاة، في واحدة من أسوأ موجات التفشي التي تشهدها المنطقة منذ بداية الحرب.

وتستضيف طويلة اليوم أكثر من نصف مليون نازح، وصل معظمهم خلال العامين الماضيين هرباً من المعارك والحصار الذي عاشته مدينة الفاشر ومخيم زمزم. ويعيش كثيرون منهم في ملاجئ مصنوعة من القش والبلاستيك، مع أقل من ستة لترات من المياه للشخص الواحد يومياً، أي أقل بكثير من الحد الأدنى في حالات الطوارئ.

وقالت منسقة المشروع: "مرضانا يصلون في حالة جفاف شديد بعد أن يقطعوا مسافات طويلة سيراً على الأقدام. نحتاج إلى مضاعفة عدد مراكز معالجة الكوليرا ونقاط الإماهة الفموية خلال أيام، لا أسابيع".

وحذرت المنظمة من أن موسم الأمطار وانهيار شبكات الصرف الصحي يهددان بانتشار الوباء نحو مناطق جبل مرة، حيث يصعب وصول الفرق بسبب انعدام الأمن على الطرق.

وتطالب أطباء الإغاثة الدولية المانحين بتمويل عاجل لخدمات المياه والإصحاح، وأطراف النزاع بضمان مرور الإمدادات الطبية دون عوائق.

للتبرع: doctors-relief.example/sudan | للاستفسارات الإعلامية: press@doctors-relief.example
""",
    url="https://doctors-relief.example/press/2026-09-08-tawila-cholera",
    outlet="أطباء الإغاثة الدولية", published="2026-09-08",
    notes="Humanitarian press release: cholera outbreak and deaths from disease in Tawila camps. Flight from El "
          "Fasher and Zamzam is background; insecurity on roads is generic. No event.")


art("p_sd_portsudan_collaboration_trial", """
صحيفة التيار الجديد
الثلاثاء 7 يوليو 2026

محكمة في بورتسودان تقضي بإعدام خمسة متهمين بالتعاون مع الدعم السريع

بورتسودان - أصدرت محكمة جنايات الإرهاب بمدينة بورتسودان، أمس الاثنين، أحكاماً بالإعدام شنقاً على خمسة متهمين، بعد إدانتهم بتهم "التعاون مع قوات الدعم السريع المتمردة وتقويض النظام الدستوري"، فيما قضت بالسجن عشر سنوات على متهم سادس وبرأت اثنين آخرين.

وبحسب لائحة الاتهام، فإن المتهمين الخمسة شاركوا في الهجمات التي تعرضت لها قرى شرق ولاية الجزيرة أواخر عام 2024، وتوجيه عناصر الدعم السريع إلى منازل مواطنين ونهب ممتلكاتهم، إضافة إلى نشر مقاطع مصورة تمجّد "الميليشيا" على وسائل التواصل الاجتماعي.

وقال محامي الدفاع للصحيفة إنه سيستأنف الحكم، معتبراً أن "الاعترافات انتُزعت تحت الإكراه، وأن المحكمة لم تمنح موكليه الوقت الكافي لإعداد دفاعهم". في المقابل، وصف ممثل النيابة الحكم بأنه "رسالة واضحة لكل من يتعاون مع التمرد".

وانتقدت مجموعة محامي الطوارئ في بيان ما سمّته "التوسع في استخدام تهم التعاون" ضد مدنيين، مطالبة بضمانات المحاكمة العادلة.

وكانت محاكم في عدة ولايات قد أصدرت خلال العام الحالي عشرات الأحكام المماثلة، في قضايا يقول حقوقيون إن بعضها استند إلى انتماءات قبلية أو جهوية.

المزيد من أخبار القضاء | طباعة | إرسال لصديق
""",
    url="https://altayar-jadid.example/judiciary/2026/07/07/portsudan-verdict",
    outlet="التيار الجديد", published="2026-07-07",
    notes="Trial and verdicts. The 2024 attacks on Gezira villages are the charges (history). No event.")


art("p_sd_hilal_kigali_football", """
كووورة السودان | الدوري الرواندي | الهلال

الهلال يواصل الصدارة بثنائية في كيغالي.. والمدرب: "نلعب لأجل من هم تحت القصف"

الثلاثاء 12 مايو 2026

حقق فريق الهلال السوداني فوزاً مهماً على مضيفه فريق موسانزي بهدفين دون رد، مساء أمس، في الجولة الخامسة والعشرين من الدوري الرواندي الممتاز الذي يشارك فيه الفريق استثنائياً منذ توقف النشاط الكروي في السودان بسبب الحرب.

وسجل المهاجم الكونغولي هدف التقدم في الدقيقة 34 بضربة رأسية، قبل أن يضيف البديل السوداني الشاب الهدف الثاني في الدقيقة 81 إثر هجمة مرتدة سريعة.

وبهذا الفوز، رفع الهلال رصيده إلى 58 نقطة، متقدماً بأربع نقاط على أقرب ملاحقيه، قبل خمس جولات من نهاية الموسم.

وقال مدرب الفريق في المؤتمر الصحفي: "هذا الانتصار مهدى لجماهيرنا في السودان، لمن هم تحت القصف، ولمن في معسكرات النزوح. نعرف أن كرة القدم لا توقف الحرب، لكنها تمنح الناس لحظة فرح".

وأضاف أن اللاعبين يعيشون ظروفاً نفسية صعبة، إذ فقد بعضهم أقارب خلال الحرب، ولا يعرف آخرون أماكن وجود أسرهم.

وتابع المباراة نحو ألفي مشجع سوداني من المقيمين في رواندا، رفعوا الأعلام وردّدوا الأهازيج الشعبية.

ويلتقي الهلال في الجولة المقبلة فريق رايون سبورت في قمة الدوري.

التعليقات (63) | شارك على فيسبوك
""",
    url="https://kooora-sudan.example/hilal/2026/05/12/musanze",
    outlet="كووورة السودان", published="2026-05-12",
    notes="Sport. War vocabulary (shelling, displacement, relatives killed) only as background. No event.")


art("p_sd_response_plan_funding", """
نشرة الإغاثة - السودان
التحديث الإنساني الشهري - فبراير 2026
تاريخ النشر: 24 فبراير 2026

أبرز الأرقام:
- 11.6 مليون نازح داخلياً، منهم 4 ملايين طفل.
- 3.9 مليون لاجئ وعائد في دول الجوار.
- 25 مليون شخص يعانون من انعدام حاد في الأمن الغذائي.
- تمويل خطة الاستجابة لعام 2026: 9% فقط من أصل 4.2 مليار دولار مطلوبة.

حذر منسق الشؤون الإنسانية في السودان من أن نقص التمويل "يجبر الوكالات على الاختيار بين الجوعى"، مشيراً إلى أن برنامج الغذاء اضطر إلى خفض الحصص في مخيمات شرق تشاد وفي مناطق بكردفان بنسبة النصف.

وأضاف في إحاطة للصحفيين أن العاملين في المجال الإنساني يدفعون ثمناً باهظاً، إذ قُتل 112 منهم منذ بداية الحرب، كما تعرضت عشرات القوافل للنهب أو الاحتجاز على الطرق خلال العام الماضي. ودعا الأطراف إلى "احترام القانون الدولي الإنساني والسماح بالوصول دون عوائق".

وتتوقع الوكالات أن يتفاقم الوضع مع اقتراب موسم الجفاف، حيث ينفد المخزون الغذائي لدى الأسر في مناطق النزاع، وسط تحذيرات من ظروف مجاعة في 14 منطقة على الأقل.

كما أشار التحديث إلى عودة نحو 400 ألف شخص إلى ولايتي الجزيرة وسنار خلال الأشهر الأخيرة، رغم الدمار الواسع في البنية التحتية والخدمات.

للاطلاع على التقرير كاملاً: نشرة الإغاثة - ملف PDF (2.4 ميغابايت)
""",
    url="https://relief-bulletin.example/sudan/2026-02",
    outlet="نشرة الإغاثة", published="2026-02-24",
    notes="Humanitarian funding update with displacement statistics and cumulative aid-worker deaths and convoy "
          "lootings (aggregates, no specific incident). No event.")


art("p_ss_jonglei_floods_displaced", """
جوبا مونيتور | أخبار | بيئة

الفيضانات تشرد أكثر من 120 ألف شخص في جونقلي.. ومخاوف من نزاعات على المراعي

الاثنين 19 أكتوبر 2026

قالت السلطات المحلية في ولاية جونقلي إن الفيضانات الناجمة عن ارتفاع منسوب النيل والأمطار الغزيرة شردت أكثر من 120 ألف شخص في مقاطعات بور وتويك ودوك خلال الأسابيع الثلاثة الماضية، وغمرت المزارع والطرق الرئيسية.

وأوضح مدير مفوضية الإغاثة بالولاية أن المياه قطعت الطريق البري بين بور وجوبا، ما جعل إيصال المساعدات يعتمد على القوارب والطائرات. وأضاف أن وحدات من الجيش تشارك في إجلاء الأسر العالقة وبناء السدود الترابية حول مدينة بور.

وحذر مسؤولون محليون من أن نزوح الرعاة بقطعانهم نحو المرتفعات قد يؤدي إلى احتكاكات مع المجتمعات المضيفة، وإلى موجة جديدة من غارات سرقة الماشية، داعين إلى "حوار مبكر بين زعماء المجتمعات لتجنب إراقة الدماء".

وقالت منظمة اليونيسف إن عشرات المدارس تحولت إلى ملاجئ، وإن خطر انتشار الأمراض المنقولة بالمياه مرتفع، خاصة بين الأطفال دون الخامسة.

وتعد هذه السنة الخامسة على التوالي التي تشهد فيها جونقلي فيضانات واسعة، يربطها الخبراء بتغير المناخ وارتفاع منسوب بحيرة فيكتوريا.

شارك المقال | النشرة البريدية | اتصل بنا
""",
    url="https://juba-monitor.example/environment/2026/10/19/jonglei-floods",
    outlet="جوبا مونيتور", published="2026-10-19",
    notes="Floods and displacement; the army helps evacuate; officials warn of possible cattle raids (a warning, not "
          "an event). No event.")


art("p_ss_nairobi_talks_no_deal", """
وكالة شرق أفريقيا للأنباء
نيروبي، 16 نوفمبر 2026 (و.ش.أ) -

اختتمت في العاصمة الكينية نيروبي، اليوم الاثنين، جولة جديدة من محادثات السلام بين حكومة جنوب السودان وفصائل المعارضة المسلحة من دون التوصل إلى اتفاق، بعد أسبوع من المفاوضات التي تعثرت عند ملفي الترتيبات الأمنية وتقاسم السلطة.

وقال رئيس وفد الوساطة في مؤتمر صحفي إن الأطراف "أحرزت تقدماً في بعض القضايا الإجرائية"، لكنها "لم تتفق على آلية دمج القوات ولا على الجدول الزمني للانتخابات"، معلناً استئناف المحادثات مطلع العام المقبل.

واتهم المتحدث باسم وفد الحكومة المعارضة بـ"حشد قواتها في أعالي النيل بالتزامن مع المفاوضات"، محذراً من أن الجيش "سيرد بحزم على أي هجوم". في المقابل، قال ممثل الحركة الشعبية في المعارضة إن قواته "في موقع الدفاع"، وإنها "ستدافع عن نفسها إذا تعرضت للاعتداء".

وأعربت الترويكا (الولايات المتحدة وبريطانيا والنرويج) في بيان مشترك عن "خيبة أملها"، ودعت الأطراف إلى وقف الخطاب التصعيدي واحترام وقف إطلاق النار.

وتأتي المحادثات بعد عام شهد مواجهات متفرقة في ولايات أعالي النيل وجونقلي والاستوائية الوسطى، أدت إلى نزوح عشرات الآلاف.

(و.ش.أ) م.ك
""",
    url="https://eana.example/ar/2026/11/16/nairobi-talks",
    outlet="وكالة شرق أفريقيا للأنباء", published="2026-11-16",
    notes="Peace talks end without agreement; mutual accusations and warnings; past clashes are background. No "
          "event.")


art("p_so_mahaas_denial_social_repost", """
منشور متداول | صفحة "أخبار الصومال العاجلة" على فيسبوك
نُشر: الأحد 25 أكتوبر 2026، 14:22

🔴 الحكومة تنفي سقوط مدينة محاس

نفى وزير الإعلام الصومالي في تغريدة على حسابه الرسمي ما تداولته صفحات على مواقع التواصل الاجتماعي منذ صباح اليوم عن سيطرة حركة الشباب على مدينة محاس في إقليم هيران، ووصفها بأنها "أخبار مفبركة تنشرها أبواق الخوارج لإرباك المواطنين".

وقال الوزير: "قواتنا في مواقعها داخل محاس ولم يحدث أي هجوم. ندعو المواطنين إلى استقاء المعلومات من المصادر الرسمية فقط".

وكانت حسابات مقربة من الحركة قد نشرت صوراً قديمة لمقاتلين في شوارع مدينة قالت إنها محاس، تبين لاحقاً أنها التقطت في بلدة أخرى عام 2023.

وفي سياق متصل، هددت حركة الشباب في تسجيل صوتي لأحد متحدثيها بـ"إفشال" الانتخابات المحلية المقررة في مقديشو الشهر المقبل، ودعت السكان إلى عدم التسجيل في قوائم الناخبين، متوعدة "كل من يشارك في المسرحية".

— تعليقات (212):
"الحمد لله، أهلي في محاس قالوا الوضع هادئ"
"لا تصدقوا الإشاعات يا جماعة"
"متى تنتهي هذه الحرب؟"

👍 1.4 ألف | 🔁 380 مشاركة
""",
    url="https://facebook-repost.example/somalia-breaking/posts/2026-10-25",
    outlet="أخبار الصومال العاجلة (فيسبوك)", published="2026-10-25",
    notes="Social-media repost: the government denies that Mahaas fell (no attack happened), old photos debunked, "
          "Al-Shabaab threatens the elections. Denial and threat only. No event.")


art("p_so_mogadishu_poetry_festival", """
ثقافة | مهرجان الشعر الصومالي يعود إلى مقديشو بعد غياب

بقلم: فاطمة عبدي
مجلة القرن الثقافية - العدد 87
الخميس 27 أغسطس 2026

في قاعة المسرح الوطني الذي أُعيد ترميمه قبل عامين، اجتمع مساء الثلاثاء أكثر من ستمائة شخص لحضور افتتاح مهرجان الشعر الصومالي، الذي يعود إلى العاصمة بعد انقطاع دام أربع سنوات لأسباب أمنية ومالية.

وتنافس في الأمسية الأولى اثنا عشر شاعراً وشاعرة من مختلف الأقاليم، ألقوا قصائد بأسلوب "الجابي" و"البُرامبور" التقليديين. وكانت الحرب حاضرة في معظم النصوص: قصيدة عن أم تنتظر ابنها الذي ذهب إلى الجبهة، وأخرى عن تفجير تقاطع زوبي عام 2017 الذي راح ضحيته المئات، وثالثة عن الجفاف الذي يطرد الرعاة من أراضيهم.

وقال مدير المهرجان إن "الشعر في الصومال ليس ترفاً، بل هو الصحيفة والمحكمة والذاكرة"، مضيفاً أن المهرجان يهدف إلى "إعادة الثقة إلى الشباب بأن الكلمة أقوى من البندقية".

وأثارت الشاعرة الشابة حليمة، ذات التسعة عشر عاماً، تصفيق الجمهور بقصيدة عن أصدقاء طفولتها الذين "خطفتهم الجماعات المسلحة أو البحر"، في إشارة إلى التجنيد القسري والهجرة غير النظامية.

ويستمر المهرجان خمسة أيام، ويتضمن ورش عمل لكتابة الشعر ومعرضاً للمخطوطات القديمة.

اشترك في المجلة | أعداد سابقة
""",
    url="https://qarn-culture.example/issue87/poetry-festival",
    outlet="مجلة القرن الثقافية", published="2026-08-27",
    notes="Culture feature. The 2017 Zoobe bombing, forced recruitment and the war appear only as poem themes and "
          "history. No event.")


art("p_ye_marib_funeral_officers", """
سبتمبر نت الجديد | محليات
الاثنين 19 يناير 2026

مأرب تشيّع جثامين قائدين عسكريين في موكب مهيب

مأرب - شيّعت السلطة المحلية وقيادة المنطقة العسكرية الثالثة وجموع غفيرة من المواطنين، اليوم الاثنين، في مدينة مأرب، جثماني العميد الركن (ص. ع.) قائد أحد الألوية، والعقيد (م. ح.) أركان حرب اللواء، اللذين استشهدا الشهر الماضي في جبهات المحافظة أثناء التصدي لهجمات الميليشيا الحوثية.

وتأخر التشييع أسابيع بانتظار استكمال إجراءات الطب الشرعي ووصول ذوي الشهيدين من محافظات أخرى.

وأُقيمت صلاة الجنازة في جامع الصالح، ثم وُوري الجثمانان الثرى في مقبرة الشهداء، وسط إطلاق طلقات تحية عسكرية.

وفي كلمة خلال التشييع، أشاد محافظ مأرب بمناقب الفقيدين، مؤكداً أن "دماء الشهداء لن تذهب هدراً"، وأن المحافظة "ستظل عصية على المشروع الإيراني". كما توعد قائد المنطقة العسكرية بـ"الرد على كل اعتداء".

ونعت رئاسة هيئة الأركان العامة الشهيدين في برقية عزاء، معددة مسيرتهما العسكرية التي امتدت لأكثر من عشرين عاماً.

اقرأ أيضاً: 
- الأرصاد: موجة برد تضرب المرتفعات الشمالية
- افتتاح مدرسة جديدة في مديرية الوادي
""",
    url="https://september-net-jadid.example/local/2026/01/19/marib-funeral",
    outlet="سبتمبر نت الجديد", published="2026-01-19",
    notes="Funeral of two officers killed last month at unspecified fronts of the governorate (earlier, unlocated, "
          "undated event: history); threats in speeches. No event.")


art("p_ye_muscat_prisoner_talks_stall", """
مسقط - وكالة الجزيرة العربية للأنباء
الثلاثاء 29 سبتمبر 2026

انتهت جولة المفاوضات الخاصة بملف الأسرى والمختطفين بين الحكومة اليمنية وجماعة الحوثي، التي استضافتها العاصمة العُمانية مسقط على مدى تسعة أيام برعاية أممية، دون التوصل إلى اتفاق على قوائم التبادل.

وقال رئيس الوفد الحكومي إن الحوثيين "رفضوا إدراج أسماء سياسيين وصحفيين مختطفين منذ سنوات"، متهماً الجماعة بـ"المماطلة والابتزاز". فيما قال رئيس لجنة شؤون الأسرى التابعة للحوثيين إن الطرف الآخر "يتهرب من استحقاقات التبادل الشامل".

وكان الطرفان قد نفذا في أبريل من العام الماضي صفقة تبادل شملت نحو 900 أسير، في أكبر عملية من نوعها منذ بدء الحرب.

وفي سياق متصل، هدد قيادي حوثي بارز في كلمة متلفزة بـ"استئناف العمليات العسكرية على نطاق واسع" إذا لم تُرفع القيود عن ميناء الحديدة ومطار صنعاء، قائلاً إن "صبر الشعب اليمني له حدود".

ودعا المبعوث الأممي في بيان الطرفين إلى "الحفاظ على الزخم" والعودة إلى طاولة المفاوضات في أقرب وقت، مشيراً إلى أن "آلاف الأسر تنتظر لمّ شملها".

و.ج.ع / ف.س
""",
    url="https://jazira-arabia-news.example/2026/09/29/muscat-prisoners",
    outlet="وكالة الجزيرة العربية للأنباء", published="2026-09-29",
    notes="Talks without agreement; a past exchange (history) and a Houthi threat of escalation. No event.")


art("p_ml_turkish_drones_ceremony_exercise", """
مالي الجديدة | الدفاع والأمن
الأحد 21 يونيو 2026

باماكو تتسلم دفعة جديدة من المسيّرات التركية.. وتمرين بالذخيرة الحية في كاتي

تسلّمت القوات الجوية المالية، أمس السبت، خلال حفل رسمي في القاعدة الجوية 101 بباماكو، دفعة جديدة من الطائرات المسيّرة القتالية التركية، إلى جانب طائرتي نقل عسكري، في إطار صفقة أبرمتها الحكومة الانتقالية مع أنقرة العام الماضي.

وقال وزير الدفاع في كلمته إن الطائرات الجديدة "ستعزز قدرة قواتنا على ملاحقة الجماعات الإرهابية في كل شبر من التراب الوطني"، مضيفاً أن "زمن الاعتماد على الشركاء الغربيين قد ولّى".

وعلى هامش الحفل، أجرت وحدات من القوات الخاصة والمدفعية تمريناً بالذخيرة الحية في ميدان الرماية بمدينة كاتي، حاكت فيه التصدي لهجوم على قافلة إمداد، بحضور رئيس المرحلة الانتقالية وعدد من الملحقين العسكريين.

ويرى محللون أن المسيّرات أصبحت منذ عام 2023 أداة رئيسية في الاستراتيجية العسكرية لباماكو، لكنها تثير انتقادات منظمات حقوقية تتهم الجيش بالتسبب في سقوط ضحايا مدنيين في ضربات سابقة، وهو ما تنفيه السلطات.

ولم تُكشف قيمة الصفقة ولا عدد الطائرات المسلّمة، واكتفى بيان هيئة الأركان بالإشارة إلى أنها "تتمتع بقدرات متقدمة في الرصد والاستهداف الدقيق".

وسوم: الجيش المالي، تركيا، الطائرات المسيّرة | شارك: فيسبوك، واتساب
""",
    url="https://mali-jadida.example/defense/2026/06/21/drones",
    outlet="مالي الجديدة", published="2026-06-21",
    notes="Arms delivery ceremony and a live-fire exercise in Kati; criticism of past strikes is background. No "
          "event.")


art("p_ml_explainer_fuel_blockade", """
أسئلة وأجوبة | كيف يعمل الحصار على الوقود في مالي؟

موقع "فهم أفريقيا" - قسم الشروحات
الاثنين 19 يناير 2026 | قراءة في 4 دقائق

ما هو الحصار؟
منذ خريف عام 2025، أعلنت جماعة نصرة الإسلام والمسلمين فرض حصار على واردات الوقود القادمة إلى مالي عبر الطرق من السنغال وساحل العاج وغينيا، معتبرة أن الحكومة العسكرية "تموّل حربها" من هذه الواردات.

كيف يُطبَّق؟
تعتمد الجماعة على نصب الكمائن لقوافل الصهاريج على المحاور الرئيسية، وإحراق بعضها، واختطاف سائقين أحياناً، وتهديد شركات النقل. ويكفي عدد محدود من الهجمات لإثارة الخوف ودفع الناقلين إلى التوقف عن العمل.

ما تأثيره على السكان؟
شهدت العاصمة باماكو طوابير طويلة أمام محطات الوقود، وارتفعت أسعار النقل والسلع الأساسية، وأُغلقت المدارس لأسابيع في بعض الفترات. كما تأثرت محطات توليد الكهرباء العاملة بالديزل.

كيف ردت الحكومة؟
لجأت السلطات إلى تسيير القوافل بمرافقة عسكرية، وتقنين توزيع الوقود، والتفاوض مع دول الجوار على ممرات بديلة. ويقول الجيش إنه "يؤمّن المحاور بالكامل"، بينما يرى خبراء أن طول الطرق يجعل تأمينها مهمة شبه مستحيلة.

هل ينجح الحصار في إسقاط الحكومة؟
يرى أغلب المحللين أن الهدف هو إضعاف شرعية السلطة العسكرية أكثر من إسقاطها مباشرة، عبر إظهار عجزها عن حماية الاقتصاد.

هل كانت هذه الإجابات مفيدة؟ نعم | لا
""",
    url="https://understand-africa.example/explainers/mali-fuel-blockade",
    outlet="فهم أفريقيا", published="2026-01-19",
    notes="Explainer: the blockade announced in autumn 2025, ambush/burning of tankers and abductions are described "
          "generically with no specific incident, date or place. No event.")


art("p_bf_kaya_military_truck_accident", """
بوركينا إنفو | مجتمع | حوادث
الأحد 16 أغسطس 2026

مصرع أربعة جنود ومدنيين اثنين في حادث سير قرب كايا

لقي أربعة جنود ومدنيان مصرعهم، وأصيب تسعة آخرون بجروح متفاوتة الخطورة، في حادث مروري وقع مساء الجمعة على الطريق الرابط بين كايا وواغادوغو، عندما اصطدمت شاحنة عسكرية بحافلة صغيرة لنقل الركاب.

وأوضح مصدر في الحماية المدنية أن الشاحنة، التي كانت تقل عناصر متجهين لتعزيز مواقع في إقليم الوسط الشمالي، فقدت توازنها إثر انفجار أحد إطاراتها الأمامية، فانحرفت نحو المسار المقابل واصطدمت بالحافلة وجهاً لوجه.

ونُقل المصابون إلى المستشفى الجهوي في كايا، حيث وصفت حالة ثلاثة منهم بالحرجة. وقدمت هيئة الأركان العامة تعازيها لأسر الضحايا، مؤكدة فتح تحقيق في ملابسات الحادث.

وتشهد الطرق في بوركينا فاسو ارتفاعاً في عدد الحوادث المرورية بسبب تدهور البنية التحتية وموسم الأمطار، إضافة إلى الحمولة الزائدة للمركبات. وسجلت البلاد العام الماضي أكثر من 1,200 وفاة بسبب حوادث الطرق، بحسب إحصاءات رسمية.

ودعت جمعية الناقلين إلى تحسين صيانة الطرق الوطنية ومراقبة السرعة، خاصة على المحاور التي تسلكها القوافل العسكرية بكثافة.

التعليقات مغلقة | سياسة الخصوصية | ملفات تعريف الارتباط: نستخدمها لتحسين تجربتك
""",
    url="https://burkina-info.example/faits-divers/2026/08/16/kaya-accident",
    outlet="بوركينا إنفو", published="2026-08-16",
    notes="Road accident involving an army truck (tyre burst), soldiers and civilians dead. Not political violence. "
          "No event.")


art("p_ne_tillaberi_governor_interview", """
حوار | والي تيلابيري: "عودة النازحين أولويتنا.. والخطر لم يزل بعد"

أجرته: مريم عبدو - مجلة "الساحل اليوم" الشهرية
الثلاثاء 7 أبريل 2026

س: كيف تصفون الوضع الأمني في الولاية اليوم مقارنة بالعام الماضي؟
ج: هناك تحسن ملموس. العام الماضي كان صعباً جداً، فقدنا فيه جنوداً ومدنيين في هجمات مؤلمة، خاصة في المناطق الحدودية. اليوم استعادت الأسواق الأسبوعية نشاطها في معظم البلديات، وعادت حركة النقل بين المدن.

س: لكن الجماعات المسلحة ما زالت تنشط، أليس كذلك؟
ج: لا أحد ينكر ذلك. ما يسمى بولاية الساحل ما زال يحاول فرض الإتاوات على الرعاة والمزارعين، ونحن نتوقع محاولات جديدة لزعزعة الاستقرار قبل موسم الأمطار. لكن قواتنا في حالة تأهب دائم.

س: ما خططكم لعودة النازحين؟
ج: أطلقنا برنامجاً لإعادة نحو ثلاثين ألف شخص إلى قراهم خلال هذا العام، مع إعادة تأهيل المدارس والمراكز الصحية وحفر الآبار. وسننشئ مراكز أمنية متقدمة في عدد من البلديات لطمأنة السكان.

س: هناك انتقادات لعمليات التجنيد في صفوف المتطوعين المدنيين...
ج: المتطوعون يخضعون لتدريب وإشراف، ومهمتهم مساندة الجيش وليس أن يحلوا محله.

س: كلمة أخيرة؟
ج: أدعو شبابنا إلى عدم الاستماع لدعاية الإرهابيين. مستقبل هذه الأرض يصنعه أبناؤها.
""",
    url="https://sahel-today.example/monthly/2026-04/tillaberi-governor",
    outlet="الساحل اليوم", published="2026-04-07",
    notes="Interview: past attacks mentioned generally, expectations of new attacks, plans for returns and new "
          "security posts (announced plans). No event.")


art("p_td_adre_hepatitis_measles_camps", """
صوت تشاد | إنساني
الأربعاء 15 يوليو 2026

تفشي الحصبة والتهاب الكبد الوبائي في مخيمات اللاجئين السودانيين قرب أدري

أدري (شرق تشاد) - أعلنت وزارة الصحة العامة التشادية، بالتعاون مع منظمات دولية، عن تسجيل 612 حالة حصبة و340 حالة التهاب كبد وبائي من نوع (هـ) في مخيمات ومواقع تجمع اللاجئين السودانيين حول مدينة أدري خلال الشهرين الماضيين، بينها 17 وفاة معظمها بين الأطفال.

وقال مسؤول الصحة في إقليم وداي إن حملة تطعيم طارئة ضد الحصبة ستنطلق الأسبوع المقبل، وتستهدف مائة وعشرين ألف طفل دون الخامسة عشرة.

ويعيش في منطقة أدري وحدها أكثر من ربع مليون لاجئ فرّ معظمهم من الجنينة ومناطق غرب دارفور خلال موجات العنف التي شهدتها المنطقة منذ عام 2023، ويواصل آلاف آخرون العبور شهرياً.

وحذرت منظمات الإغاثة من أن الاكتظاظ الشديد ونقص المراحيض وشح المياه النظيفة يوفر بيئة مثالية لانتشار الأوبئة، خاصة مع بداية موسم الأمطار الذي يقطع الطرق ويعزل بعض المواقع.

وقالت ممثلة المفوضية السامية للاجئين إن التمويل المتاح لا يغطي سوى خمس الاحتياجات، مضيفة: "نحن نخسر سباقاً مع الوقت".

اقرأ أيضاً في صوت تشاد:
- انجامينا: افتتاح الدورة البرلمانية الجديدة
- ارتفاع أسعار الدخن في أسواق أبشي
""",
    url="https://sawt-tchad.example/humanitaire/2026/07/15/adre-outbreaks",
    outlet="صوت تشاد", published="2026-07-15",
    notes="Disease outbreaks in refugee camps near Adre; flight from El Geneina since 2023 is background. No event.")


art("p_ng_mokwa_tanker_explosion", """
نيجيريا اليوم | الأخبار | حوادث
الاثنين 5 أكتوبر 2026

31 قتيلاً في انفجار صهريج وقود بولاية النيجر

لقي ما لا يقل عن 31 شخصاً حتفهم وأصيب أكثر من 40 آخرين بحروق، إثر انفجار صهريج محمل بالبنزين انقلب على الطريق السريع قرب بلدة موكوا بولاية النيجر وسط نيجيريا، مساء السبت.

وقال المتحدث باسم هيئة إدارة الطوارئ بالولاية إن الصهريج انقلب بعد أن فقد سائقه السيطرة عليه في منعطف حاد، وإن عشرات السكان هرعوا إلى المكان لجمع الوقود المتسرب بالأوعية قبل أن تشتعل النيران وتنفجر الشاحنة.

وأضاف أن فرق الإطفاء واجهت صعوبة في السيطرة على الحريق الذي امتد إلى متاجر ومنازل قريبة، وأن حصيلة الضحايا مرشحة للارتفاع بسبب خطورة إصابات بعض الجرحى.

وأعلن حاكم الولاية الحداد ثلاثة أيام، ووعد بتكفل الحكومة بعلاج المصابين، داعياً المواطنين مجدداً إلى "الابتعاد عن الصهاريج المنقلبة مهما كانت الظروف".

وتتكرر حوادث انفجار الصهاريج في نيجيريا بسبب سوء حالة الطرق وتهالك الشاحنات، ويزيد من حصيلتها إقبال السكان الفقراء على جمع الوقود المتسرب، خاصة منذ رفع الدعم عن البنزين.

الأكثر مشاهدة | فيديو: لحظة وصول فرق الإنقاذ | التعليقات (41)
""",
    url="https://nigeria-today.example/accidents/2026/10/05/mokwa-tanker",
    outlet="نيجيريا اليوم", published="2026-10-05",
    notes="Fuel tanker explosion (accident), many dead. Not political violence. No event.")


art("p_ng_abuja_court_kidnappers", """
المحاكم | محكمة فيدرالية في أبوجا تدين أربعة رجال بالخطف مقابل فدية

أبوجا - خدمة أخبار غرب أفريقيا
الاثنين 2 نوفمبر 2026

أدانت المحكمة الفيدرالية العليا في أبوجا، اليوم الاثنين، أربعة رجال بتهم الخطف مقابل فدية والانتماء إلى عصابة مسلحة، وقضت بسجنهم مدى الحياة، في قضية تعود إلى عام 2024 حين اختُطف ركاب حافلة على الطريق السريع بين أبوجا وكادونا.

وخلال المحاكمة التي استمرت أكثر من عام، استمعت المحكمة إلى شهادات ستة من الضحايا السابقين، رووا كيف اقتيدوا إلى الغابة واحتُجزوا لأسابيع، وكيف طالب الخاطفون ذويهم بملايين النيرات.

وقالت القاضية في حيثيات الحكم إن الأدلة، ومنها تسجيلات المكالمات وتتبع الحسابات المصرفية، "تثبت بما لا يدع مجالاً للشك" تورط المتهمين، مشيرة إلى أن الحكم يجب أن يكون "رادعاً لكل من تسوّل له نفسه المتاجرة بأرواح المواطنين".

ورحّب المتحدث باسم الشرطة بالحكم، معتبراً إياه ثمرة "تحقيقات دقيقة وطويلة". بينما أعلن محامي الدفاع أنه سيطعن في الحكم أمام محكمة الاستئناف.

وتقول جمعيات مدنية إن مئات قضايا الخطف ما زالت معلقة أمام المحاكم، وإن بطء الإجراءات القضائية يشجع العصابات على مواصلة نشاطها.

خدمة أخبار غرب أفريقيا © 2026
""",
    url="https://wans.example/courts/2026/11/02/abuja-kidnap-verdict",
    outlet="خدمة أخبار غرب أفريقيا", published="2026-11-02",
    notes="Court verdict for a 2024 kidnapping on the Abuja-Kaduna highway (history). No event.")


art("p_iq_speicher_anniversary", """
شبكة الفرات نيوز الجديدة
الجمعة 12 حزيران 2026

في ذكراها الثانية عشرة.. ذوو ضحايا سبايكر يستذكرون أبناءهم ويطالبون بكشف المقابر المتبقية

تكريت - أقامت مؤسسة الشهداء وحكومة صلاح الدين المحلية، اليوم الجمعة، حفلاً تأبينياً رسمياً في الذكرى الثانية عشرة لمجزرة قاعدة سبايكر التي ارتكبها تنظيم داعش في حزيران 2014، عند النصب التذكاري في مجمع القصور الرئاسية بتكريت، بحضور المئات من ذوي الضحايا.

وحمل الأهالي صور أبنائهم من الطلاب العسكريين الذين اقتادهم التنظيم وأعدمهم بعد سيطرته على المدينة، وتُليت آيات من القرآن الكريم على أرواح الضحايا، وألقى ممثل المحافظ كلمة دعا فيها إلى استكمال ملف المفقودين.

وقالت والدة أحد الضحايا: "مرت اثنتا عشرة سنة ولم نعثر على رفات ابني. كل عام نأتي إلى هنا وننتظر".

من جانبه، أعلن مدير دائرة شؤون المقابر الجماعية أن فرق الدائرة فتحت حتى الآن عشرات المقابر في محافظة صلاح الدين، وتعرفت على هويات أكثر من ألف ومئتي ضحية من خلال فحوص الحمض النووي، مؤكداً أن العمل مستمر "رغم شح التخصيصات".

وكانت المحكمة الجنائية المركزية قد أصدرت خلال السنوات الماضية أحكاماً بالإعدام على عشرات المدانين بالمشاركة في المجزرة، نُفذ بعضها.

الوسوم: سبايكر، داعش، صلاح الدين | إرسال | طباعة
""",
    url="https://alforat-news-jadida.example/2026/06/12/speicher-anniversary",
    outlet="شبكة الفرات نيوز الجديدة", published="2026-06-12",
    notes="Official memorial ceremony on the anniversary of the 2014 Speicher massacre (history); no demonstration. "
          "No event.")


art("p_sy_sdf_denies_clash_rumours", """
المركز الإعلامي لقوات سوريا الديمقراطية | توضيح
(نقلاً عن قناة المركز على تيليغرام)

الاثنين 2 آذار 2026

تتداول بعض الصفحات والحسابات الوهمية على مواقع التواصل الاجتماعي منذ مساء أمس أنباء عن "اشتباكات عنيفة" بين قواتنا ووحدات من الجيش السوري في محيط بلدة دير حافر بريف حلب الشرقي، وعن "سقوط قتلى من الطرفين".

يؤكد المركز الإعلامي أن هذه الأنباء عارية عن الصحة تماماً، ولم تشهد المنطقة أي اشتباك أو تبادل لإطلاق النار، وأن الأوضاع على خطوط التماس هادئة ومستقرة، والتنسيق قائم مع الجهات المعنية وفق التفاهمات الموقعة.

كما نحذر من الانسياق وراء الشائعات التي تهدف إلى بث الفتنة وضرب الاستقرار، وندعو وسائل الإعلام إلى تحري الدقة واعتماد المصادر الرسمية.

---
تعليق موقع "شمال سوريا اليوم": كانت حسابات محلية قد نشرت مقطعاً مصوراً لأصوات إطلاق نار قالت إنه من دير حافر، قبل أن يتبين أنه يعود إلى مناسبة عرس في بلدة أخرى. ويأتي ذلك بينما تتواصل الاجتماعات بين الطرفين لاستكمال تطبيق بنود الاتفاق الموقع العام الماضي، ولا سيما ملف دمج المؤسسات العسكرية والمدنية.

شمال سوريا اليوم | مشاركة | 97 تعليقاً
""",
    url="https://north-syria-today.example/2026/03/02/sdf-denial",
    outlet="شمال سوريا اليوم", published="2026-03-02",
    notes="Social-media statement denying rumoured clashes near Deir Hafer; video debunked as celebratory gunfire "
          "at a wedding; ongoing integration talks. Denial only. No event.")


art("p_ly_sabratha_migrant_boat_capsize", """
ليبيا الآن | أخبار | هجرة

انتشال 17 جثة بعد غرق قارب مهاجرين قبالة صبراتة

صبراتة - الثلاثاء 10 نوفمبر 2026 (نونبر)

أعلن الهلال الأحمر الليبي - فرع صبراتة، اليوم الثلاثاء، انتشال 17 جثة لمهاجرين غير نظاميين جرفتها الأمواج إلى الشاطئ غرب المدينة، بعد غرق قارب مطاطي كان يقل نحو أربعين شخصاً انطلق من السواحل الليبية باتجاه أوروبا قبل ثلاثة أيام.

وقالت المنظمة الدولية للهجرة إن تسعة ناجين أُنقذوا على يد صيادين محليين، وإنهم أفادوا بأن القارب انقلب بعد ساعات من انطلاقه بسبب سوء الأحوال الجوية، ولا يزال نحو خمسة عشر شخصاً في عداد المفقودين.

وأضافت المنظمة أن خفر السواحل أعاد خلال الأسبوع الماضي أكثر من 600 مهاجر إلى البر الليبي بعد اعتراض قواربهم، ونُقل معظمهم إلى مراكز الإيواء في الزاوية وطرابلس.

وجددت منظمات حقوقية مطالبتها بتوفير ممرات هجرة آمنة ووقف إعادة المهاجرين إلى ليبيا، حيث "يتعرضون لانتهاكات جسيمة في مراكز الاحتجاز".

وتعد مدينة صبراتة إحدى أبرز نقاط انطلاق قوارب الهجرة غير النظامية نحو السواحل الإيطالية، على الرغم من الحملات الأمنية المتكررة لمكافحة شبكات التهريب.

شارك الخبر | أخبار ذات صلة: ارتفاع درجات الحرارة في الجنوب | مصرف ليبيا المركزي يعلن سعر الصرف
""",
    url="https://libya-now.example/migration/2026/11/10/sabratha-boat",
    outlet="ليبيا الآن", published="2026-11-10",
    notes="Shipwreck (accident) with recovered bodies; weekly coast-guard interceptions (aggregate, routine). "
          "Maghrebi month alias (نونبر). No event.")


art("p_td_ndjamena_car_theft_ring", """
انجامينا برس | مجتمع | قضايا

الشرطة تفكك شبكة لسرقة السيارات وتهريبها إلى دول الجوار

انجامينا - الخميس 19 نوفمبر 2026

أعلنت المديرية العامة للشرطة الوطنية في انجامينا، في مؤتمر صحفي اليوم الخميس، تفكيك شبكة متخصصة في سرقة السيارات رباعية الدفع وتهريبها إلى دول مجاورة، وتوقيف تسعة من أفرادها، بينهم موظف في مصلحة تسجيل المركبات.

وأوضح الناطق باسم الشرطة أن التحقيقات انطلقت قبل ثلاثة أشهر إثر تزايد شكاوى المواطنين من اختفاء سياراتهم من أمام المنازل والأسواق، وأن أفراد الشبكة كانوا يزوّرون وثائق الملكية ويغيّرون أرقام الهياكل قبل نقل السيارات عبر الحدود.

وعرضت الشرطة أمام الصحفيين أربع عشرة سيارة مسترجعة ومعدات تستخدم في فتح الأقفال الإلكترونية، إضافة إلى أختام مزورة.

وقال أحد الضحايا للصحيفة إنه استعاد سيارته بعد خمسة أشهر من سرقتها: "كنت قد فقدت الأمل تماماً".

وأكد الناطق أن المتهمين أُحيلوا إلى النيابة العامة، داعياً المواطنين إلى التحقق من وثائق السيارات المستعملة قبل شرائها والإبلاغ عن أي عروض مشبوهة.

انجامينا برس - جميع الحقوق محفوظة | النسخة الفرنسية
""",
    url="https://ndjamena-presse.example/societe/2026/11/19/car-theft-ring",
    outlet="انجامينا برس", published="2026-11-19",
    notes="Ordinary crime: police dismantle a car-theft ring; arrests of criminals are not ACLED events. No event.")


PART = gold_tools.BlindPart(ARTICLES, OUT, prefix="p_", script="_build_p.py", allowed_actors=frozenset(ALLOWED_ACTORS))
known_actor_eras = gold_tools.known_actor_eras
validate, check_directory, main = PART.validate, PART.check_directory, PART.main


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
