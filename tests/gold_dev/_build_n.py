"""Build and validate the dev gold set, part N (n_*.json), written BLIND.

Written blind, like parts H to M: the author did not open the coder (src/marsad/events/**), its trigger, modality,
non-event-cue or figure lexicons (src/marsad/data/triggers/**, src/marsad/data/modality.yaml,
src/marsad/data/non_event_cues.yaml, src/marsad/lang/ar/data/figures.yaml), the models (src/marsad/data/models/),
training/, scripts/*mention*, any tests/test_coder_*.py or tests/test_mention_filter.py, nor any gold article text
(tests/gold_dev/*.json, tests/gold_staging*/**, tests/gold_holdout/**, the article definitions of the other build
scripts), and did not run the coder, `marsad eval`, `marsad run`/`demo` or pytest on these articles (only
tests/test_gold_dev_parts.py and tests/test_gold_blind_validation.py). What was read: /work/shared/gold/README.md
(and its two JSON examples, for the format only), /work/shared/reference/acled-taxonomy.md, tests/gold_tools.py,
tests/test_gold_dev_parts.py and tests/test_gold_blind_validation.py (the checks this script must pass), the
scaffolding of tests/gold_dev/_build_m.py (module docstring, imports, constants block and PLACES, final PART/main
lines; not its article definitions), src/marsad/data/actors/SCHEMA.md and the canonical actor names and eras of the
actor lexicon (listed through marsad.text.actors.Lexicon), and `marsad gazetteer lookup` for coordinates. Nothing
was copied from /work/shared/seeds. All texts are original and fictional (invented incidents at real places,
invented outlets with .example domains).

Countries with events: Syria (north-east, Deir ez-Zor, coast, Daraa, Suwayda, Hama, Aleppo), Iraq (federal and
Kurdistan), Yemen, Sudan, Libya, Somalia, Mali, Burkina Faso, Niger, Lebanon, Palestine, Nigeria, Chad, Algeria.
Non-event articles also cover Egypt and Ethiopia (Ethiopia has no box in gold_tools.COUNTRY_BOXES, so it appears
only in a non-event article). About 42% of the articles are hard non-event articles (trials, anniversaries,
funerals, threats, denials, plans, exercises, accidents, crime, sport, reviews, statistics, analysis, press review).

Run:  python tests/gold_dev/_build_n.py          (write the files, then validate them)
      python tests/gold_dev/_build_n.py --check  (only validate the files on disk)
Checks: every n_*.json parses and has the gold keys; every evidence span occurs verbatim in its text; incident is
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
DRUZE = "Druze Militia (Syria)"
BEDOUIN = "Bedouin Tribal Militia (Syria)"
TRIBAL = "Arab Tribal Forces (Syria)"
ISR = "Military Forces of Israel"
HEZBOLLAH = "Hezbollah"
IRQ = "Military Forces of Iraq (2022-)"
IRQ_POL = "Police Forces of Iraq (2022-)"
PMF = "Popular Mobilization Forces (PMF)"
TUR = "Military Forces of Turkey"
PKK = "Kurdistan Workers' Party (PKK)"
HOUTHI = "Ansar Allah (Houthis)"
YEM = "Military Forces of Yemen (2022-)"
AQAP = "Al-Qaeda in the Arabian Peninsula (AQAP)"
SBF = "Security Belt Forces"
RSF = "Rapid Support Forces (RSF)"
SDN = "Military Forces of Sudan (2019-)"
RADA = "Radaa Special Deterrence Force (RADA)"
B444 = "444 Brigade"
SHABAAB = "Al Shabaab"
SOM = "Military Forces of Somalia (2022-)"
AUSSOM = "AUSSOM (African Union Support and Stabilization Mission in Somalia)"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"
MLI = "Military Forces of Mali (2021-)"
BFA = "Military Forces of Burkina Faso (2022-)"
ISSP = "Islamic State Sahel Province (ISSP)"
NER = "Military Forces of Niger (2023-)"
JAS = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad (JAS)"
NGA_POL = "Police Forces of Nigeria (2023-)"
TCD_POL = "Police Forces of Chad (2021-)"
DZA = "Military Forces of Algeria"


# place key -> (country, admin1, location, lat, lon); coordinates from `marsad gazetteer lookup` where it knows the
# place, else from general knowledge (the Hamrin range in Diyala, Sidakan, Mogadishu's Aden Adde airport).
PLACES = {
    "shaddadi": ("Syria", "Al-Hasakah", "Al-Shaddadi, Al-Hasakah", 36.06, 40.73),
    "markadah": ("Syria", "Al-Hasakah", "Markadah, Al-Hasakah", 35.75, 40.75),
    "qamishli": ("Syria", "Al-Hasakah", "Qamishli, Al-Hasakah", 37.05, 41.23),
    "kasrah": ("Syria", "Deir ez-Zor", "Al-Kasrah, Deir ez-Zor", 35.57, 39.92),
    "jableh": ("Syria", "Latakia", "Jableh, Latakia", 35.36, 35.93),
    "inkhil": ("Syria", "Daraa", "Inkhil, Daraa", 33.02, 36.13),
    "sanamayn": ("Syria", "Daraa", "As-Sanamayn, Daraa", 33.07, 36.18),
    "suqaylabiyah": ("Syria", "Hama", "Suqaylabiyah, Hama", 35.37, 36.39),
    "shahba": ("Syria", "As-Suwayda", "Shahba, As-Suwayda", 32.85, 36.63),
    "deir_hafer": ("Syria", "Aleppo", "Deir Hafer, Aleppo", 36.16, 37.71),
    "daquq": ("Iraq", "Kirkuk", "Daquq, Kirkuk", 35.14, 44.45),
    "hamrin": ("Iraq", "Diyala", "Hamrin Mountains, Diyala", 34.30, 44.85),
    "muqdadiyah": ("Iraq", "Diyala", "Muqdadiyah, Diyala", 33.98, 44.94),
    "amadiya": ("Iraq", "Dohuk", "Amadiya, Dohuk", 37.09, 43.49),
    "sidakan": ("Iraq", "Erbil", "Sidakan, Erbil", 36.80, 44.67),
    "amarah": ("Iraq", "Maysan", "Amarah, Maysan", 31.84, 47.14),
    "nasiriyah": ("Iraq", "Dhi Qar", "Nasiriyah, Dhi Qar", 31.06, 46.26),
    "diwaniyah": ("Iraq", "Al-Qadisiyyah", "Diwaniyah, Al-Qadisiyyah", 31.99, 44.93),
    "taiz": ("Yemen", "Ta'izz", "Taiz, Ta'izz", 13.58, 44.02),
    "raghwan": ("Yemen", "Ma'rib", "Raghwan, Ma'rib", 15.75, 45.20),
    "marib": ("Yemen", "Ma'rib", "Marib, Ma'rib", 15.46, 45.33),
    "mudiyah": ("Yemen", "Abyan", "Mudiyah, Abyan", 13.93, 46.08),
    "ibb": ("Yemen", "Ibb", "Ibb, Ibb", 13.97, 44.18),
    "el_fasher": ("Sudan", "North Darfur", "El Fasher, North Darfur", 13.63, 25.35),
    "nyala": ("Sudan", "South Darfur", "Nyala, South Darfur", 12.05, 24.88),
    "rahad": ("Sudan", "North Kordofan", "Er Rahad, North Kordofan", 12.72, 30.65),
    "ain_zara": ("Libya", "Tripoli", "Ain Zara, Tripoli", 32.80, 13.23),
    "tripoli": ("Libya", "Tripoli", "Tripoli, Tripoli", 32.89, 13.19),
    "mogadishu_airport": ("Somalia", "Banaadir", "Aden Adde Airport, Mogadishu", 2.01, 45.30),
    "adale": ("Somalia", "Middle Shabelle", "Adale, Middle Shabelle", 2.76, 46.32),
    "afgooye": ("Somalia", "Lower Shabelle", "Afgooye, Lower Shabelle", 2.14, 45.12),
    "niono": ("Mali", "Segou", "Niono, Segou", 14.25, -5.99),
    "tessalit": ("Mali", "Kidal", "Tessalit, Kidal", 20.20, 1.01),
    "diapaga": ("Burkina Faso", "Est", "Diapaga, Est", 12.07, 1.79),
    "ayorou": ("Niger", "Tillaberi", "Ayorou, Tillaberi", 14.73, 0.92),
    "tera": ("Niger", "Tillaberi", "Tera, Tillaberi", 14.01, 0.75),
    "torodi": ("Niger", "Tillaberi", "Torodi, Tillaberi", 13.12, 1.80),
    "nabatieh": ("Lebanon", "Nabatieh", "Nabatieh, Nabatieh", 33.38, 35.48),
    "khiam": ("Lebanon", "Nabatieh", "Khiam, Marjayoun", 33.33, 35.61),
    "tammun": ("Palestine", "West Bank", "Tammun, Tubas", 32.28, 35.38),
    "konduga": ("Nigeria", "Borno", "Konduga, Borno", 11.65, 13.42),
    "bauchi": ("Nigeria", "Bauchi", "Bauchi, Bauchi", 10.31, 9.84),
    "ndjamena": ("Chad", "N'Djamena", "N'Djamena, N'Djamena", 12.11, 15.04),
    "ziama_mansouriah": ("Algeria", "Jijel", "Ziama Mansouriah, Jijel", 36.67, 5.48),
    "skikda": ("Algeria", "Skikda", "Skikda, Skikda", 36.88, 6.91),
}


ev = partial(make_event, PLACES)
ARTICLES: dict[str, dict] = {}
art = partial(add_article, ARTICLES)


# ============================================================================================ event articles
art("n_sy_shaddadi_isis_checkpoint_wire", """
وكالة الشمال للأنباء | الرئيسية | سوريا | الجزيرة السورية | اقتصاد | رياضة

هجوم لخلية من "داعش" على حاجز لقسد جنوب الحسكة.. وحملة دهم في مركدة

الحسكة - 12 شباط (فبراير) 2026 - (الشمال نيوز)

قُتل عنصران من قوات سوريا الديمقراطية (قسد) وأصيب ثلاثة آخرون، مساء أمس الأربعاء، في هجوم شنته خلية تابعة لتنظيم "الدولة الإسلامية" على حاجز عند المدخل الجنوبي لبلدة الشدادي بريف الحسكة الجنوبي، بحسب ما أفاد مصدر عسكري في قسد.

وقال المصدر إن المهاجمين وصلوا على دراجتين ناريتين وأطلقوا النار من أسلحة رشاشة باتجاه عناصر الحاجز، قبل أن يندلع اشتباك استمر نحو عشرين دقيقة قُتل خلاله أحد المهاجمين، فيما لاذ الباقون بالفرار نحو البادية.

وفجر اليوم الخميس، نفذت قوات قسد بمساندة من طيران التحالف الدولي حملة دهم في بلدة مركدة جنوبي الشدادي، أسفرت عن اعتقال أربعة أشخاص تقول إنهم على صلة بالخلية المنفذة، وضبط أسلحة خفيفة وذخائر داخل أحد المنازل.

ولم يتبنَّ التنظيم الهجوم حتى ساعة إعداد هذا الخبر، غير أن معرّفات مقربة منه على تطبيق تلغرام نشرت صوراً قالت إنها لمكان الهجوم.

ويأتي الهجوم بعد أسابيع من الهدوء النسبي في ريف الحسكة الجنوبي، الذي شهد مطلع عام 2022 أكبر هجمات التنظيم منذ هزيمته، حين حاول مقاتلوه اقتحام سجن الصناعة في حي غويران بمدينة الحسكة.

وتشير إحصاءات محلية إلى أن خلايا التنظيم نفذت أكثر من ثلاثين هجوماً في محافظتي الحسكة ودير الزور خلال العام الماضي، استهدف معظمها عناصر قسد وموظفين في الإدارة الذاتية.

شارك الخبر: فيسبوك | إكس | واتساب | نسخ الرابط

اقرأ أيضاً:
- ارتفاع أسعار المحروقات في القامشلي للمرة الثالثة هذا الشهر
- افتتاح معبر تجاري جديد بين الرقة ودير الزور
- منتخب الشباب يتأهل إلى نهائي بطولة غرب آسيا
""",
    url="https://shamal-news.example/syria/hasakah/2026/02/12/shaddadi-checkpoint",
    outlet="الشمال نيوز", published="2026-02-12", incident="n-shaddadi-checkpoint-2026-02",
    events=[
        ev(B, "Armed clash", "2026-02-11", ISIS, SDF, "shaddadi", 3,
           "في هجوم شنته خلية تابعة لتنظيم \"الدولة الإسلامية\" على حاجز عند المدخل الجنوبي لبلدة الشدادي"),
        ev(S, "Arrests", "2026-02-12", SDF, ISIS, "markadah", None,
           "نفذت قوات قسد بمساندة من طيران التحالف الدولي حملة دهم في بلدة مركدة جنوبي الشدادي، أسفرت عن اعتقال أربعة أشخاص"),
    ],
    notes="Attack on the checkpoint Wednesday 11 Feb with an exchange of fire (armed clash): 2 SDF + 1 attacker killed "
          "= 3. Dawn raid and 4 arrests in Markadah on Thursday 12 Feb (publication day). The 2022 Ghwayran prison "
          "attack and last year's statistics are background, not coded.")

art("n_sy_jableh_patrol_ambush_local", """
🍪 يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. [موافق] [المزيد]

الساحل اليوم | أخبار اللاذقية وطرطوس وجبلة
الأحد 8 آذار 2026 - آخر تحديث 14:20

مقتل ثلاثة من عناصر الأمن العام بكمين قرب جبلة

خاص - الساحل اليوم

تعرضت دورية تابعة لجهاز الأمن العام مساء أمس السبت لكمين نصبه مسلحون مجهولون على الطريق الواصل بين مدينة جبلة وبلدة عين الشرقية في ريف اللاذقية الجنوبي، ما أدى إلى مقتل عنصرين على الفور وإصابة ثلاثة آخرين بجروح متفاوتة.

وأفاد مراسلنا بأن المسلحين استخدموا أسلحة رشاشة وقذيفة "آر بي جي" واحدة أصابت السيارة الأولى في الدورية، وأن عناصر الدورية ردّوا على مصدر النيران قبل أن ينسحب المهاجمون باتجاه البساتين المحيطة.

[تحديث 11:05] أعلنت مديرية الأمن في محافظة اللاذقية صباح اليوم وفاة أحد المصابين متأثراً بجروحه في المستشفى الوطني بجبلة، لترتفع حصيلة القتلى إلى ثلاثة عناصر.

وقالت المديرية في بيانها إن وحداتها باشرت عملية تمشيط في القرى المحيطة بموقع الكمين، وإنها أوقفت شخصين للاشتباه بتقديمهما معلومات عن تحركات الدورية، مؤكدة أن التحقيقات مستمرة.

ولم تتبنَّ أي جهة الهجوم. وشهدت مناطق الساحل في آذار من العام الماضي موجة عنف واسعة خلّفت مئات القتلى، ولا يزال ملف المحاسبة عنها مطروحاً أمام لجنة تقصي الحقائق.

اقرأ أيضاً
• انقطاع المياه عن أحياء في اللاذقية بسبب أعطال في محطة الضخ
• مرفأ طرطوس يستقبل أول شحنة قمح منذ مطلع العام
• ندوة في جامعة تشرين عن مستقبل السياحة الساحلية

مشاركة: فيسبوك - تلغرام - واتساب
""",
    url="https://sahel-today.example/latakia/2026/03/08/jableh-ambush",
    outlet="الساحل اليوم", published="2026-03-08", incident="n-jableh-ambush-2026-03",
    events=[
        ev(B, "Armed clash", "2026-03-07", uag("Syria"), SYR_POL, "jableh", 3,
           "تعرضت دورية تابعة لجهاز الأمن العام مساء أمس السبت لكمين نصبه مسلحون مجهولون"),
        ev(S, "Arrests", "2026-03-08", SYR_POL, civ("Syria"), "jableh", None,
           "أوقفت شخصين للاشتباه بتقديمهما معلومات عن تحركات الدورية", optional=True),
    ],
    notes="Ambush with return fire (armed clash) on Saturday 7 March; toll revised in the update from 2 to 3 (one "
          "wounded member died) -> 3. General Security = Police Forces of Syria (2024-). Two suspects detained on the "
          "publication day (optional). The March 2025 coastal violence is background.")

art("n_sy_observatory_inkhil_drone_hama_mine", """
المرصد السوري للرصد والتوثيق - تقارير يومية
الأربعاء 15 نيسان/أبريل 2026

التقرير اليومي: غارة بطائرة مسيّرة في ريف درعا ولغم أرضي يحصد حياة راعٍ في ريف حماة

رصد "المرصد السوري للرصد والتوثيق" صباح اليوم استهداف طائرة مسيرة إسرائيلية سيارة مدنية على الطريق الزراعي عند الأطراف الشرقية لمدينة إنخل في ريف درعا الشمالي، ما أدى إلى مقتل شقيقين من أبناء المدينة يعملان في تجارة المواشي، واحتراق السيارة بالكامل.

وفي حين قال متحدث باسم الجيش الإسرائيلي إن الضربة استهدفت "عنصرين إرهابيين كانا ينقلان وسائل قتالية"، أكد أقارب الضحيتين لنشطاء المرصد أنهما لم ينتميا إلى أي فصيل مسلح.

وفي ريف حماة الغربي، قضى رجل في العقد الخامس من عمره، بعد ظهر أمس الثلاثاء، جراء انفجار لغم أرضي من مخلفات الحرب أثناء رعيه الأغنام في أرض زراعية قرب مدينة السقيلبية، فيما أصيب ابنه بجروح خطيرة نُقل على إثرها إلى مستشفى حماة الوطني.

وبذلك، يرتفع عدد من وثّق المرصد مقتلهم بانفجار ألغام ومخلفات حرب منذ مطلع العام الجاري إلى 61 شخصاً، بينهم 19 طفلاً، في حين لا تزال مساحات واسعة من الأراضي الزراعية في أرياف حماة وإدلب وحلب غير مطهّرة.

ويجدد المرصد مطالبته الجهات المعنية بتسريع عمليات المسح الهندسي، ووضع إشارات تحذيرية في المناطق الملوثة بالألغام، ومحاسبة المسؤولين عن زرعها خلال سنوات الحرب.

للاشتراك في النشرة البريدية للمرصد أدخل بريدك الإلكتروني ▢ | تابعونا على تلغرام
""",
    url="https://syrian-monitor.example/daily/2026-04-15",
    outlet="المرصد السوري للرصد والتوثيق", published="2026-04-15", incident="n-inkhil-drone-2026-04",
    events=[
        ev(E, "Air/drone strike", "2026-04-15", ISR, civ("Syria"), "inkhil", 2,
           "استهداف طائرة مسيرة إسرائيلية سيارة مدنية على الطريق الزراعي عند الأطراف الشرقية لمدينة إنخل"),
        ev(E, "Remote explosive/landmine/IED", "2026-04-14", uag("Syria"), civ("Syria"), "suqaylabiyah", 1,
           "جراء انفجار لغم أرضي من مخلفات الحرب", optional=True),
    ],
    notes="Israeli drone strike on a car at Inkhil: 2 killed; Israel calls them militants, relatives say civilians "
          "-> Civilians (Syria). Legacy landmine near Suqaylabiyah the day before (1 killed): explosive remnant of war "
          "with no identifiable actor, optional. The 61-deaths year-to-date figure is a statistic, not an event.")

art("n_sy_sanamayn_notable_shot_tv", """
[نص النشرة المسائية - قناة الجنوب الفضائية - الأربعاء 20 أيار 2026]

المذيعة: مساء الخير. نبدأ نشرتنا من ريف درعا الشمالي، حيث قُتل وجيه عشائري برصاص مجهولين في مدينة الصنمين. مراسلنا أحمد الحوراني ينضم إلينا من هناك. أحمد، ماذا حدث بالتحديد؟

المراسل: مساء الخير. بحسب ما رواه لنا شهود عيان، فإن مسلحَين اثنين كانا يستقلان دراجة نارية أطلقا النار ظهر اليوم على الشيخ أبو خالد، وهو من وجهاء المدينة المعروفين بدورهم في لجان المصالحة، أمام منزله في الحي الشرقي، فأصيب بعدة طلقات في الصدر وفارق الحياة قبل وصوله إلى المستشفى. المسلحان لاذا بالفرار، ولم تعلن أي جهة مسؤوليتها حتى الآن.

المذيعة: هل هناك أي معلومات عن دوافع الاغتيال؟

المراسل: العائلة ترفض توجيه الاتهام لأي طرف قبل انتهاء التحقيق. قيادة الأمن الداخلي في درعا قالت إنها فتحت تحقيقاً وأقامت حواجز مؤقتة على مداخل المدينة. ونذكّر بأن الصنمين شهدت خلال السنوات الماضية عشرات عمليات الاغتيال المماثلة، كان أبرزها في عام 2023 حين استُهدف اجتماع لوجهاء المدينة بعبوة ناسفة.

المذيعة: شكراً أحمد. وفي سياق آخر، تتواصل في السويداء المفاوضات بين الحكومة وممثلي المجتمع المحلي حول ملف الخدمات والطرقات، ومن المنتظر أن تُعقد جولة جديدة الأسبوع المقبل...

[فاصل إعلاني]

تابعوا قناة الجنوب على التردد 11470 أفقي - وعلى موقعنا الإلكتروني
""",
    url="https://aljanoub-tv.example/bulletins/2026-05-20-evening",
    outlet="قناة الجنوب الفضائية", published="2026-05-20", incident="n-sanamayn-notable-2026-05",
    events=[
        ev(V, "Attack", "2026-05-20", uag("Syria"), civ("Syria"), "sanamayn", 1,
           "أطلقا النار ظهر اليوم على الشيخ أبو خالد"),
    ],
    notes="Targeted killing of a local notable by two unidentified gunmen; the 2023 bombing of a meeting is history. "
          "Checkpoints after the killing are not an event.")

art("n_sy_weekly_roundup_shahba_qamishli_deirhafer", """
حصاد الأسبوع السوري | العدد 212 | السبت 13 حزيران 2026
إعداد: قسم الرصد - موقع "مدار الشام"

في هذا العدد: السويداء - القامشلي - ريف حلب الشرقي - الاقتصاد

1) السويداء: اشتباكات في شهبا
عادت التوترات إلى ريف السويداء الشمالي يوم الثلاثاء، إذ اندلعت اشتباكات بالأسلحة المتوسطة بين مسلحين محليين من أبناء الطائفة الدرزية ومسلحين من عشائر البدو على الأطراف الغربية لمدينة شهبا، على خلفية خطف متبادل لرعاة. وقالت مصادر طبية إن الاشتباكات أسفرت عن مقتل اثنين من كل طرف وإصابة تسعة، قبل أن تتدخل وجاهات محلية لوقف إطلاق النار مساء اليوم نفسه.

2) القامشلي: وقفة للمعلمين
نظّم عشرات المعلمين يوم الأربعاء وقفة أمام مبنى مديرية التربية في القامشلي، مطالبين بصرف رواتبهم المتأخرة منذ ثلاثة أشهر وتثبيت العقود المؤقتة. ورفع المحتجون لافتات كُتب عليها "المعلم ليس متطوعاً"، وانفضت الوقفة بعد ساعتين دون حوادث.

3) ريف حلب الشرقي: تسليم قرى للجيش
بموجب تفاهم وُقّع الشهر الماضي، انسحبت قوات سوريا الديمقراطية يوم الخميس من ثلاث قرى شرقي بلدة دير حافر، ودخلتها وحدات من الجيش السوري دون أي مواجهات، وفق ما أكده مسؤولون من الطرفين. وتعد هذه الخطوة الأولى من نوعها منذ بدء تطبيق التفاهم.

4) اقتصاد: الليرة تتراجع
سجلت الليرة السورية تراجعاً طفيفاً أمام الدولار في أسواق دمشق وحلب، وسط ترقب لقرارات المصرف المركزي بشأن سعر الصرف الرسمي، فيما استقرت أسعار الخبز والمحروقات.

للتواصل مع فريق التحرير: desk@madar-alsham.example | جميع الحقوق محفوظة © 2026
""",
    url="https://madar-alsham.example/weekly/212",
    outlet="مدار الشام", published="2026-06-13", incident="n-syria-week-2026-06-13",
    events=[
        ev(B, "Armed clash", "2026-06-09", DRUZE, BEDOUIN, "shahba", 4,
           "اندلعت اشتباكات بالأسلحة المتوسطة بين مسلحين محليين من أبناء الطائفة الدرزية ومسلحين من عشائر البدو على الأطراف الغربية لمدينة شهبا"),
        ev(S, "Agreement", "2026-06-09", DRUZE, BEDOUIN, "shahba", None,
           "تتدخل وجاهات محلية لوقف إطلاق النار مساء اليوم نفسه", optional=True),
        ev(P, "Peaceful protest", "2026-06-10", protesters("Syria"), None, "qamishli", 0,
           "نظّم عشرات المعلمين يوم الأربعاء وقفة أمام مبنى مديرية التربية في القامشلي"),
        ev(S, "Non-violent transfer of territory", "2026-06-11", SYR, SDF, "deir_hafer", 0,
           "انسحبت قوات سوريا الديمقراطية يوم الخميس من ثلاث قرى شرقي بلدة دير حافر، ودخلتها وحدات من الجيش السوري دون أي مواجهات"),
    ],
    notes="Weekly round-up for the week ending Sat 13 June: Tuesday 9 June Druze vs Bedouin clash at Shahba (2 dead "
          "per side = 4) with a same-evening local truce (optional agreement); Wednesday 10 June teachers' protest in "
          "Qamishli; Thursday 11 June SDF hand three villages east of Deir Hafer to the army without fighting "
          "(actor1 = the side taking control). The agreement signed 'last month' is background.")
art("n_sy_kasrah_tribal_sdf_facebook", """
منقول من صفحة "شبكة أخبار الكسرة" على فيسبوك · الأربعاء 22 تموز 2026 · 🌐
#دير_الزور #الكسرة #عاجل

🔴 عاجل | اشتباكات عنيفة منذ فجر اليوم الأربعاء بين مقاتلين من أبناء العشائر وعناصر "قسد" في بلدة الكسرة بريف دير الزور الغربي، بعد هجوم نفذه المقاتلون على نقطتين عسكريتين لقسد عند مدخل البلدة.

📌 بحسب مصادر الشبكة، قُتل في الاشتباكات خمسة من عناصر قسد، مقابل ثلاثة من مقاتلي العشائر، فيما أصيب آخرون من الطرفين.

📌 في المقابل، قال المركز الإعلامي لقسد في بيان مقتضب إن قواته "أحبطت هجوماً لمجموعات مرتبطة بجهات خارجية" وقتلت ستة من المهاجمين، معترفاً بمقتل مقاتل واحد من صفوفه.

📌 ومع ساعات الظهيرة، قصفت قسد بقذائف الهاون أحياء سكنية في البلدة، ما أدى إلى إصابة امرأة وطفل بجروح ودمار جزئي في منزلين، دون تسجيل وفيات.

📌 الأهالي يناشدون الوجهاء التدخل لوقف التصعيد، وسط حركة نزوح محدودة باتجاه القرى المجاورة.

⚠️ ننبه المتابعين إلى عدم تداول صور القتلى احتراماً لذويهم.

👍 1.2 ألف   💬 340 تعليقاً   ↪️ 215 مشاركة

أبرز التعليقات:
- أبو محمد: الله يحمي الأهالي
- Hussein Al-Ali: وين الحكومة من هالشي؟
- أم عمر: يا رب السلامة لأولادنا
""",
    url="https://facebook.example/kasrah.news/posts/88412",
    outlet="شبكة أخبار الكسرة", published="2026-07-22", incident="n-kasrah-clash-2026-07",
    events=[
        ev(B, "Armed clash", "2026-07-22", TRIBAL, SDF, "kasrah", 4,
           "اشتباكات عنيفة منذ فجر اليوم الأربعاء بين مقاتلين من أبناء العشائر وعناصر \"قسد\" في بلدة الكسرة"),
        ev(E, "Shelling/artillery/missile attack", "2026-07-22", SDF, civ("Syria"), "kasrah", 0,
           "قصفت قسد بقذائف الهاون أحياء سكنية في البلدة"),
    ],
    notes="Contradictory per-side tolls: the page says 5 SDF + 3 tribal fighters; the SDF says 6 attackers + 1 SDF. "
          "Coded the losses each side admits for itself (3 tribal + 1 SDF = 4), the lowest credible figure. Mortar fire "
          "on homes the same day: 2 wounded, no deaths -> 0.")

art("n_iq_daquq_ied_army_patrol", """
شبكة الرافدين الإخبارية
الاثنين، 19 كانون الثاني 2026 | 30 رجب 1447 هـ

عاجل | استشهاد ضابط وجندي بانفجار عبوة ناسفة جنوب كركوك

كركوك - الرافدين

أعلنت خلية الإعلام الأمني، اليوم الاثنين، استشهاد ضابط برتبة ملازم أول وجندي من الجيش العراقي وإصابة ثلاثة آخرين، بانفجار عبوة ناسفة زرعها عناصر من عصابات داعش الإرهابية استهدفت عجلة عسكرية أثناء تنفيذها واجباً قرب قرية البو محمد التابعة لقضاء داقوق جنوبي محافظة كركوك، مساء أمس الأحد.

وأضافت الخلية في بيان أن قوة من الفرقة الثامنة باشرت عمليات تفتيش واسعة في القرى المحيطة بحثاً عن المتورطين.

من جهته، قال مصدر في دائرة صحة كركوك للرافدين إن المستشفى العسكري تسلّم ثلاث جثث، مرجحاً أن يكون أحد المصابين قد توفي أثناء نقله، وهو ما لم تؤكده الجهات الأمنية حتى الآن.

وتشهد المناطق الواقعة بين داقوق والحويجة ووادي الشاي نشاطاً متقطعاً لبقايا التنظيم، الذي كان يسيطر على أجزاء واسعة من المحافظة بين عامي 2014 و2017.

وكانت القوات الأمنية قد أعلنت الشهر الماضي مقتل قيادي في التنظيم بضربة جوية في وادي الشاي، ضمن ما وصفته بعمليات "الضربات الاستباقية".

الوسوم: كركوك - داعش - خلية الإعلام الأمني

الأكثر قراءة
1. وزارة النفط تعلن جدولاً جديداً لتوزيع الغاز في المحافظات
2. الأنواء الجوية: موجة برد قارس تضرب البلاد نهاية الأسبوع
3. المنتخب الأولمبي يستعد لمواجهة الأردن وديّاً
""",
    url="https://alrafidain-net.example/security/2026/01/19/daquq-ied",
    outlet="شبكة الرافدين الإخبارية", published="2026-01-19", incident="n-daquq-ied-2026-01",
    events=[
        ev(E, "Remote explosive/landmine/IED", "2026-01-18", ISIS, IRQ, "daquq", 2,
           "بانفجار عبوة ناسفة زرعها عناصر من عصابات داعش الإرهابية استهدفت عجلة عسكرية"),
    ],
    notes="Two tolls: the Security Media Cell says 2 killed, a health source says 3 bodies (unconfirmed) -> 2. "
          "The air strike 'last month' in Wadi al-Shai is background mentioned in passing, not coded. Search "
          "operations are not coded.")

art("n_iq_diyala_pmf_attack_hamrin_strikes", """
ديالى نيوز | الخميس 26 آذار 2026
محليات | أمن | سياسة | رياضة

ضربات جوية على أوكار داعش في حمرين بعد يومين من هجوم المقدادية

بعقوبة - ديالى نيوز

نفذت طائرات F-16 العراقية، مساء أمس الأربعاء، ضربات جوية استهدفت أوكاراً لعصابات داعش في سلسلة جبال حمرين ضمن قاطع عمليات ديالى، بحسب بيان لقيادة العمليات المشتركة صدر صباح اليوم.

وجاء في البيان: "بناءً على معلومات استخبارية دقيقة، وبعد متابعة استمرت يومين، نفذت القوة الجوية ثلاث ضربات على كهوف ومضافات يستخدمها الإرهابيون، أسفرت عن تدميرها بالكامل وقتل أربعة إرهابيين كانوا بداخلها".

وتأتي الضربات بعد هجوم شنه مسلحون من التنظيم ليل الاثنين على نقطة مرابطة تابعة للواء 24 في الحشد الشعبي قرب قرية الحديد شمال شرقي قضاء المقدادية، ما أسفر عن استشهاد اثنين من مقاتلي الحشد وإصابة آخر، بعد اشتباك استمر قرابة نصف ساعة.

وقال قائد عمليات ديالى للحشد في تصريح إن "المهاجمين استغلوا الأحوال الجوية وانعدام الرؤية"، مؤكداً أن قواته "ستلاحق الإرهابيين في جحورهم".

وفي سياق متصل، أفادت مصادر محلية بأن القوات الأمنية فرضت حظراً للتجوال في عدد من قرى المقدادية ليلة الثلاثاء، رُفع صباح الأربعاء.

تجدر الإشارة إلى أن محافظة ديالى شهدت خلال الأعوام الماضية هجمات متكررة للتنظيم، أبرزها الهجوم على قرية الرشاد عام 2021 الذي أودى بحياة أحد عشر مدنياً.

شارك | طباعة | أرسل لصديق

مواضيع ذات صلة:
- محافظ ديالى يفتتح جسراً جديداً على نهر ديالى
- انطلاق امتحانات السادس الإعدادي الأسبوع المقبل
""",
    url="https://diyala-news.example/security/2026/03/26/hamrin-strikes",
    outlet="ديالى نيوز", published="2026-03-26", incident="n-diyala-hamrin-2026-03",
    events=[
        ev(E, "Air/drone strike", "2026-03-25", IRQ, ISIS, "hamrin", 4,
           "نفذت طائرات F-16 العراقية، مساء أمس الأربعاء، ضربات جوية استهدفت أوكاراً لعصابات داعش في سلسلة جبال حمرين"),
        ev(B, "Armed clash", "2026-03-23", ISIS, PMF, "muqdadiyah", 2,
           "هجوم شنه مسلحون من التنظيم ليل الاثنين على نقطة مرابطة تابعة للواء 24 في الحشد الشعبي"),
        ev(S, "Other", "2026-03-24", IRQ, None, "muqdadiyah", None,
           "فرضت حظراً للتجوال في عدد من قرى المقدادية ليلة الثلاثاء", optional=True),
    ],
    notes="Two events days apart: ISIS attack on a PMF post NE of Muqdadiyah on Monday night 23 March (2 PMF killed, "
          "armed clash after a half-hour exchange) and Iraqi F-16 strikes in the Diyala part of the Hamrin range on "
          "Wednesday 25 March (4 killed per JOC). Hamrin coordinates approximate (geo precision 2). The curfew is "
          "optional; the 2021 al-Rashad attack is history.")

art("n_iq_krg_amadiya_turkish_drone", """
بوابة دهوك | Duhok Gate
الرئيسية ‹ إقليم كوردستان ‹ أمن
الثلاثاء 28 نيسان 2026

مقتل شخصين بقصف مسيّرة تركية في قضاء العمادية.. وقصف مدفعي على سيدكان

دهوك - بوابة دهوك

قال قائممقام قضاء العمادية إن طائرة مسيّرة تركية استهدفت ظهر اليوم الثلاثاء سيارة رباعية الدفع على طريق ترابي قرب قرية سركلي التابعة للقضاء، ما أسفر عن مقتل شخصين كانا بداخلها واحتراق السيارة.

وأضاف في تصريح لبوابة دهوك أن المعلومات الأولية تشير إلى أن القتيلين عنصران في حزب العمال الكردستاني، وأن أهالي القرية لم يتمكنوا من الاقتراب من المكان إلا بعد ساعة بسبب تحليق المسيرة.

وفي محافظة أربيل، قصفت المدفعية التركية بعد الظهر سفوح الجبال المحيطة بناحية سيدكان، حيث تنتشر مواقع لمقاتلي الحزب، ولم ترد معلومات عن إصابات، بحسب مدير الناحية الذي أشار إلى احتراق مساحات من الأراضي الزراعية.

ويأتي ذلك على الرغم من الحديث عن مسار سياسي لنزع سلاح الحزب، إذ كانت قيادته قد أعلنت العام الماضي حل التنظيم وإلقاء السلاح، فيما تقول أنقرة إن عملياتها "ستستمر حتى التأكد من خلو المنطقة من الإرهابيين".

ويطالب سكان القرى الحدودية منذ سنوات بوقف القصف الذي أدى إلى إفراغ عشرات القرى من سكانها وإلحاق أضرار بالبساتين والمراعي.

تابعونا على: فيسبوك | إنستغرام | يوتيوب
إعلان ▸ عروض الصيف في مول دهوك
""",
    url="https://duhokgate.example/krg/security/2026-04-28-amadiya",
    outlet="بوابة دهوك", published="2026-04-28", incident="n-amadiya-drone-2026-04",
    events=[
        ev(E, "Air/drone strike", "2026-04-28", TUR, PKK, "amadiya", 2,
           "طائرة مسيّرة تركية استهدفت ظهر اليوم الثلاثاء سيارة رباعية الدفع على طريق ترابي قرب قرية سركلي"),
        ev(E, "Shelling/artillery/missile attack", "2026-04-28", TUR, PKK, "sidakan", None,
           "قصفت المدفعية التركية بعد الظهر سفوح الجبال المحيطة بناحية سيدكان"),
    ],
    notes="Drone strike near Sarkali village (Amadiya district; coded at Amadiya, geo precision 2): 2 killed, said by the "
          "district head to be PKK members. Artillery on the mountains around Sidakan (Erbil), no casualty information "
          "-> null. Sidakan coordinates from general knowledge. The PKK dissolution announcement is background.")

art("n_iq_amarah_grenade_tribal_dispute", """
العمارة اليوم - صحيفة ميسان الإلكترونية
الثلاثاء 5 أيار 2026 - العدد 1893

قنبلة يدوية على منزل في العمارة إثر نزاع عشائري.. والشرطة تعتقل متهمَين

العمارة / العمارة اليوم

أصيب ثلاثة أشخاص، بينهم امرأة، بجروح ليل الاثنين جراء إلقاء قنبلة يدوية على منزل في حي الحسين وسط مدينة العمارة، في حادثة تقول مصادر أمنية إنها جاءت ضمن ما يعرف بـ"الدكّة العشائرية" على خلفية نزاع بين عشيرتين حول قطعة أرض زراعية.

وقال مصدر في قيادة شرطة ميسان إن أفراداً من إحدى العشيرتين وصلوا بسيارة مدنية وألقوا القنبلة على باب المنزل ثم أطلقوا أعيرة نارية في الهواء قبل أن يلوذوا بالفرار، مؤكداً أن إصابات الجرحى غير خطيرة.

وأضاف المصدر أن مفارز الشرطة ألقت القبض صباح اليوم الثلاثاء على متهمَين اثنين بتنفيذ الهجوم، وضبطت بحوزتهما بندقية كلاشنكوف، وأحيلا إلى القضاء وفق المادة الرابعة من قانون مكافحة الإرهاب، بعد أن صنّف مجلس القضاء الأعلى "الدكّة العشائرية" جريمة إرهابية.

ويشكو سكان ميسان والبصرة وذي قار من تكرار النزاعات العشائرية التي تستخدم فيها أسلحة متوسطة أحياناً، فيما تقول الحكومة المحلية إنها سحبت خلال العام الماضي أكثر من ألفي قطعة سلاح غير مرخصة.

روابط سريعة: أسعار الصرف | الطقس في ميسان | وفيات اليوم | إعلانات مبوبة
""",
    url="https://amarah-today.example/local/2026/05/05/grenade",
    outlet="العمارة اليوم", published="2026-05-05", incident="n-amarah-grenade-2026-05",
    events=[
        ev(E, "Grenade", "2026-05-04", clan("Iraq"), civ("Iraq"), "amarah", 0,
           "جراء إلقاء قنبلة يدوية على منزل في حي الحسين وسط مدينة العمارة"),
        ev(S, "Arrests", "2026-05-05", IRQ_POL, clan("Iraq"), "amarah", None,
           "ألقت القبض صباح اليوم الثلاثاء على متهمَين اثنين بتنفيذ الهجوم", optional=True),
    ],
    notes="'Dakka asha'iriya' grenade attack by members of a clan on a house on Monday night 4 May: 3 wounded, none "
          "killed -> 0. Arrest of two suspects on the publication day (optional). Weapons-collection figures are "
          "statistics.")

art("n_iq_nasiriyah_diwaniyah_electricity_protests", """
موقع الجنوب برس | آخر الأخبار
الثلاثاء 14 تموز 2026 - 09:12 صباحاً

احتجاجات الكهرباء: محتجون يقتحمون مبنى التوزيع في الناصرية.. وتفريق وقفة في الديوانية

الناصرية - الديوانية / الجنوب برس

أضرم محتجون غاضبون من الانقطاع المتواصل للتيار الكهربائي، مساء أمس الاثنين، النار في إطارات السيارات وأغلقوا جسر الحضارات وسط مدينة الناصرية، قبل أن يقتحم عدد منهم مبنى مديرية توزيع كهرباء ذي قار ويحطموا نوافذه ويضرموا النار في إحدى غرفه.

وقالت قيادة شرطة ذي قار إن قواتها تدخلت لإخراج المقتحمين واستخدمت الغاز المسيل للدموع، ما أدى إلى إصابة سبعة أشخاص بحالات اختناق، بينهم أربعة من عناصر الشرطة، نافية استخدام الرصاص الحي.

وفي الديوانية، تجمع نحو مئتي شخص مساء اليوم نفسه أمام مبنى المحافظة للمطالبة بتحسين ساعات التجهيز، ففرّقتهم قوات مكافحة الشغب بالهراوات بعد محاولتهم إزالة الحواجز الكونكريتية، من دون تسجيل إصابات خطيرة.

وتجاوزت درجات الحرارة في مدن الجنوب 50 درجة مئوية خلال الأيام الماضية، فيما تقول وزارة الكهرباء إن انخفاض إمدادات الغاز المستورد أدى إلى فقدان أكثر من ستة آلاف ميغاواط من الشبكة.

ويذكر أن الناصرية كانت من أبرز ساحات احتجاجات تشرين عام 2019 التي قتل فيها المئات.

🔔 فعّل الإشعارات لتصلك آخر الأخبار
اقرأ أيضاً: وزير الكهرباء يزور محطة الناصرية الحرارية | ارتفاع أسعار المولدات الأهلية في البصرة
""",
    url="https://aljanoub-press.example/news/2026/07/14/electricity-protests",
    outlet="الجنوب برس", published="2026-07-14", incident="n-south-iraq-electricity-2026-07",
    events=[
        ev(R, "Violent demonstration", "2026-07-13", rioters("Iraq"), IRQ_POL, "nasiriyah", 0,
           "قبل أن يقتحم عدد منهم مبنى مديرية توزيع كهرباء ذي قار ويحطموا نوافذه ويضرموا النار في إحدى غرفه"),
        ev(P, "Protest with intervention", "2026-07-13", protesters("Iraq"), IRQ_POL, "diwaniyah", 0,
           "ففرّقتهم قوات مكافحة الشغب بالهراوات بعد محاولتهم إزالة الحواجز الكونكريتية"),
    ],
    notes="Monday 13 July: rioters burn tyres and storm/torch the electricity directorate in Nasiriyah (violent "
          "demonstration, police used tear gas, 7 suffocation cases, no deaths); the same evening riot police disperse "
          "a protest in Diwaniyah with batons (protest with intervention). 2019 Tishreen protests are history.")
art("n_ye_taiz_shelling_liveblog", """
تغطية مباشرة | تعز تحت القصف - يوم السبت 21 فبراير 2026 (4 رمضان 1447هـ)
موقع "يمن فويس" - يتم التحديث تلقائياً ⟳

10:42
سقوط عدة قذائف هاون على حي الروضة شمالي مدينة تعز، مصدرها مواقع جماعة الحوثي في منطقة الحوبان، بحسب شهود عيان.

11:05
مصدر طبي في مستشفى الثورة: وصول طفل قتيل وأربعة جرحى بينهم امرأتان جراء القصف الحوثي على حي الروضة.

11:30
الدفاع المدني يعمل على إخماد حريق اندلع في أحد المنازل المستهدفة. الأهالي يطالبون بفتح ممرات آمنة لنقل الجرحى.

13:15
تحديث: ارتفاع حصيلة ضحايا القصف على حي الروضة إلى قتيلين بعد وفاة امرأة متأثرة بجروحها في غرفة العمليات.

15:48
محور تعز العسكري: اشتباكات عنيفة في الجبهة الشرقية للمدينة بعد محاولة تسلل لعناصر حوثية باتجاه مواقع الجيش في منطقة الكمب، ومقتل جندي وإصابة اثنين.

16:20
الحوثيون لم يعلقوا بعد. قناة المسيرة تتحدث عن "تصدٍّ لزحف المرتزقة" في تعز دون تفاصيل.

17:05
مكتب حقوق الإنسان في المحافظة يدين "استهداف الأحياء السكنية" ويذكّر بأن المدينة تعيش حصاراً منذ عام 2015.

— نهاية التغطية لهذا اليوم. تابعونا غداً —
شارك التغطية: 🔗 واتساب | تلغرام | إكس
""",
    url="https://yemen-voice.example/live/taiz-2026-02-21",
    outlet="يمن فويس", published="2026-02-21", incident="n-taiz-shelling-2026-02",
    events=[
        ev(E, "Shelling/artillery/missile attack", "2026-02-21", HOUTHI, civ("Yemen"), "taiz", 2,
           "سقوط عدة قذائف هاون على حي الروضة شمالي مدينة تعز"),
        ev(B, "Armed clash", "2026-02-21", HOUTHI, YEM, "taiz", 1,
           "اشتباكات عنيفة في الجبهة الشرقية للمدينة بعد محاولة تسلل لعناصر حوثية باتجاه مواقع الجيش في منطقة الكمب"),
    ],
    notes="Live blog. Mortar shelling on al-Rawdah: toll revised from 1 to 2 during the day -> 2. Separate clash on the "
          "eastern front the same afternoon: 1 soldier killed. Houthi wording 'المرتزقة' for government forces. The "
          "siege since 2015 is background.")

art("n_ye_marib_raghwan_army_statement", """
المركز الإعلامي للقوات المسلحة اليمنية
بيان صادر عن محور مأرب العسكري
مأرب - الثلاثاء 2 يونيو 2026

تصدت وحدات الجيش الوطني، فجر اليوم الثلاثاء، لهجوم واسع شنته مليشيا الحوثي الإرهابية على مواقع الجيش في مديرية رغوان شمال غربي محافظة مأرب، وأجبرت المهاجمين على التراجع بعد معارك استمرت أكثر من أربع ساعات.

وأوضح البيان أن المعارك أسفرت عن مصرع ما لا يقل عن سبعة من عناصر المليشيا وإصابة آخرين، فيما استشهد جنديان من أبطال الجيش وأصيب ثلاثة.

وأضاف أن الدفاعات الجوية للجيش تمكنت في وقت لاحق من صباح اليوم من اعتراض وإسقاط طائرة مسيّرة مفخخة أطلقتها المليشيا باتجاه مدينة مأرب، دون أن تسفر عن أي أضرار.

ودعا البيان المجتمع الدولي إلى "إدانة التصعيد الحوثي المستمر الذي يقوّض جهود السلام".

---
تعليق المحرر: من جهتها، بثّت وسائل إعلام تابعة للحوثيين أن قواتهم "كبّدت المرتزقة عشرات القتلى والجرحى" في رغوان، دون أن تذكر خسائرها، ولم يتسن التحقق من الروايتين بشكل مستقل.

وتشهد جبهات مأرب هدوءاً حذراً منذ الهدنة الأممية في أبريل 2022، تتخلله مواجهات متقطعة.

الموقع الرسمي | الأرشيف | تواصل معنا
""",
    url="https://army-media-ye.example/statements/2026-06-02-raghwan",
    outlet="المركز الإعلامي للقوات المسلحة اليمنية", published="2026-06-02", incident="n-raghwan-2026-06",
    events=[
        ev(B, "Armed clash", "2026-06-02", HOUTHI, YEM, "raghwan", 9,
           "تصدت وحدات الجيش الوطني، فجر اليوم الثلاثاء، لهجوم واسع شنته مليشيا الحوثي الإرهابية على مواقع الجيش في مديرية رغوان"),
        ev(S, "Disrupted weapons use", "2026-06-02", YEM, HOUTHI, "marib", 0,
           "اعتراض وإسقاط طائرة مسيّرة مفخخة أطلقتها المليشيا باتجاه مدينة مأرب"),
    ],
    notes="Army statement: 7 Houthis + 2 soldiers killed = 9; Houthi media claim 'dozens' (12+) of enemy dead -> the "
          "lower account, 9. Interception of a Houthi drone over Marib = disrupted weapons use (no damage, 0). The 2022 "
          "truce is background.")

art("n_ye_abyan_mudiyah_aqap_drone", """
الخليج اليوم | Gulf Today Arabic
أخبار اليمن • الثلاثاء 18 أغسطس 2026

"القاعدة" تستهدف موقعاً للحزام الأمني بمسيّرة في أبين.. وحملة اعتقالات في مودية

عدن - مراسل الخليج اليوم

قُتل جندي من قوات الحزام الأمني وأصيب ثلاثة آخرون، الأحد، إثر استهداف موقع عسكري في مديرية مودية بمحافظة أبين بطائرة مسيّرة صغيرة محمّلة بالمتفجرات، في هجوم تبناه تنظيم القاعدة في جزيرة العرب.

وقال التنظيم في بيان نشرته مؤسسة إعلامية تابعة له إن الهجوم أوقع "خمسة قتلى من مرتزقة الإمارات"، في حين أكد مصدر عسكري في الحزام الأمني أن الحصيلة تقتصر على قتيل واحد وثلاثة جرحى.

وأعلنت قوات الحزام الأمني، أمس الاثنين، أنها نفذت حملة مداهمات في مودية وقرى مجاورة أسفرت عن القبض على ثلاثة مشتبه بهم في تقديم الدعم اللوجستي لعناصر التنظيم، وضبط قطع غيار لطائرات مسيرة.

ويلجأ التنظيم منذ العام الماضي إلى استخدام الطائرات المسيرة الصغيرة في هجماته على القوات الجنوبية في أبين وشبوة، بعد أن ظل يعتمد لسنوات على العبوات الناسفة والكمائن.

ويقول خبراء إن تطور قدرات التنظيم في هذا المجال يثير قلقاً متزايداً، خصوصاً مع صعوبة رصد هذه الطائرات ذات الحجم الصغير.

━━━━━━━━━━━━━━
الأكثر مشاهدة: | أسعار الذهب في الخليج اليوم | إطلاق منصة حكومية جديدة للتأشيرات |
""",
    url="https://gulftoday-ar.example/yemen/2026-08-18-abyan-drone",
    outlet="الخليج اليوم", published="2026-08-18", incident="n-mudiyah-drone-2026-08",
    events=[
        ev(E, "Air/drone strike", "2026-08-16", AQAP, SBF, "mudiyah", 1,
           "إثر استهداف موقع عسكري في مديرية مودية بمحافظة أبين بطائرة مسيّرة صغيرة محمّلة بالمتفجرات"),
        ev(S, "Arrests", "2026-08-17", SBF, AQAP, "mudiyah", None,
           "نفذت حملة مداهمات في مودية وقرى مجاورة أسفرت عن القبض على ثلاثة مشتبه بهم"),
    ],
    notes="Published Tuesday 18 Aug: drone attack 'الأحد' = 16 Aug, arrests 'أمس الاثنين' = 17 Aug. AQAP claims 5 dead, "
          "the Security Belt says 1 -> 1. The drone-use trend is analysis.")

art("n_ye_ibb_teachers_abducted_repost", """
إعادة نشر من حساب "رابطة أمهات المختطفين - إب" على منصة إكس
9 سبتمبر 2026 · 412 إعادة نشر · 1,036 إعجاب

⭕️ مليشيا الحوثي تختطف ستة معلمين من منازلهم في مدينة إب فجر الاثنين الماضي، وتقتادهم إلى جهة مجهولة دون أي مسوغ قانوني.

وبحسب ذوي المختطفين، داهمت أطقم عسكرية تابعة للجماعة منازل المعلمين في حيّي الظهار والمشنة قرابة الساعة الثالثة فجراً، وفتشت المنازل وصادرت هواتف وأجهزة حاسوب، ومنعت الأسر من معرفة أسباب الاختطاف.

وتقول الرابطة إن عدد التربويين المختطفين في محافظة إب وحدها تجاوز أربعين معلماً ومديراً منذ مطلع العام، يُحتجز بعضهم في سجون جهاز الأمن والمخابرات التابع للجماعة دون السماح لذويهم بزيارتهم أو توكيل محامين.

ونحمّل قيادة الجماعة المسؤولية الكاملة عن سلامة المختطفين، ونطالب المبعوث الأممي والمنظمات الحقوقية بالضغط للإفراج الفوري عنهم.

— تعليق الصفحة الناقلة "أخبار إب أولاً":
تأتي هذه الحملة قبل أيام من ذكرى ثورة 26 سبتمبر، وكانت الجماعة قد اختطفت في الفترة ذاتها من العام الماضي عشرات الشبان بتهمة التحضير للاحتفال بالمناسبة، أُفرج عن بعضهم لاحقاً بضمانات تجارية.

#أوقفوا_الاختطافات #إب #اليمن

🔁 شارك   💬 علّق   ❤️ أعجبني
""",
    url="https://x.example/ibb_abductees_mothers/status/1965",
    outlet="رابطة أمهات المختطفين - إب", published="2026-09-09", incident="n-ibb-teachers-2026-09",
    events=[
        ev(V, "Abduction/forced disappearance", "2026-09-07", HOUTHI, civ("Yemen"), "ibb", None,
           "مليشيا الحوثي تختطف ستة معلمين من منازلهم في مدينة إب فجر الاثنين الماضي"),
    ],
    notes="Repost dated Wednesday 9 Sept; 'فجر الاثنين الماضي' = Monday 7 Sept. Last year's abductions are history.")

art("n_sd_elfasher_shelling_nyala_strike_radio", """
إذاعة دارفور الحرة - النشرة الإخبارية الصباحية
الثلاثاء 16 سبتمبر 2025 - الساعة السابعة بتوقيت الخرطوم

[موسيقى الشارة]

المذيع: سيداتي سادتي صباح الخير، إليكم أبرز العناوين: قصف مدفعي على أحياء الفاشر يوقع قتلى مدنيين، وغارة جوية على نيالا، ونداءات أممية لفتح ممرات إنسانية.

المذيع: البداية من الفاشر، حيث قالت غرفة طوارئ المدينة إن قوات الدعم السريع قصفت بالمدفعية الثقيلة، مساء أمس الاثنين، أحياء سكنية في وسط المدينة وسوقها الرئيسي، ما أدى إلى مقتل ثمانية مدنيين على الأقل، بينهم ثلاثة أطفال. في المقابل، تحدثت وزارة الصحة في حكومة الإقليم عن أحد عشر قتيلاً، فيما لم يصدر أي تعليق عن الدعم السريع.

المذيع: مراسلنا في الفاشر أفاد بأن الجرحى نُقلوا إلى المستشفى السعودي الذي يعمل بإمكانات محدودة جداً، وسط نقص حاد في الأدوية والوقود.

المذيع: وفي جنوب دارفور، قال شهود عيان لإذاعتنا إن طيران الجيش السوداني شن غارة جوية أمس على تجمع لقوات الدعم السريع قرب مطار نيالا، وتحدثوا عن سقوط قتلى دون أن يتمكنوا من تحديد عددهم. الجيش قال في بيان إنه "دمر منظومات دفاع جوي ومسيرات للمليشيا المتمردة".

المذيع: وعلى الصعيد الإنساني، جدد مكتب تنسيق الشؤون الإنسانية للأمم المتحدة دعوته إلى هدنة إنسانية تسمح بإدخال المساعدات إلى الفاشر المحاصرة منذ أكثر من عام.

المذيع: كانت هذه أبرز الأخبار. نلتقيكم في نشرة الظهيرة. تابعونا على الموجة القصيرة وعلى موقعنا الإلكتروني.
""",
    url="https://darfur-free-radio.example/bulletins/2025-09-16-morning",
    outlet="إذاعة دارفور الحرة", published="2025-09-16", incident="n-fasher-nyala-2025-09-15",
    events=[
        ev(E, "Shelling/artillery/missile attack", "2025-09-15", RSF, civ("Sudan"), "el_fasher", 8,
           "قوات الدعم السريع قصفت بالمدفعية الثقيلة، مساء أمس الاثنين، أحياء سكنية في وسط المدينة وسوقها الرئيسي"),
        ev(E, "Air/drone strike", "2025-09-15", SDN, RSF, "nyala", None,
           "طيران الجيش السوداني شن غارة جوية أمس على تجمع لقوات الدعم السريع قرب مطار نيالا"),
    ],
    notes="Radio transcript. El Fasher shelling: emergency room 'at least 8', regional ministry 11 -> 8. Nyala air strike "
          "the same day (أمس = Monday 15 Sept): deaths reported without a number -> null. The humanitarian appeal is "
          "not an event.")

art("n_sd_rahad_rsf_village_attack", """
السودان الآن | أخبار • تقارير • حوارات
الاثنين 30 مارس 2026

"محامو الطوارئ": 21 قتيلاً في هجوم للدعم السريع على قرية قرب الرهد.. وتوثيق حالات عنف جنسي ونهب واسع

الأبيض - السودان الآن

قالت مجموعة "محامو الطوارئ" الحقوقية إن قوات الدعم السريع هاجمت يوم السبت قرية الكريدة الواقعة على بعد نحو 15 كيلومتراً غرب مدينة الرهد بولاية شمال كردفان، وأطلقت النار على السكان بشكل عشوائي.

وكانت المجموعة قد أعلنت في بيانها الأول مساء السبت مقتل 15 مدنياً، قبل أن تعود أمس الأحد لتعلن ارتفاع الحصيلة إلى 21 قتيلاً بعد العثور على جثث في المزارع المحيطة بالقرية، بينهم نساء وأطفال.

وأضافت أن عناصر الدعم السريع نهبوا المواشي والمحاصيل المخزنة وأحرقوا عدداً من المنازل والمتاجر قبل انسحابهم، مشيرة إلى أنها وثّقت حالتي اغتصاب لفتاتين من سكان القرية، وأن الناجين فرّوا سيراً على الأقدام نحو الرهد.

ولم يصدر تعليق من قوات الدعم السريع، التي سبق أن نفت في مناسبات مماثلة استهداف المدنيين، واتهمت الجيش بـ"فبركة الاتهامات".

وتشهد ولايات كردفان منذ أشهر تصاعداً في المواجهات بين الجيش والدعم السريع، ما أدى إلى نزوح عشرات الآلاف نحو الأبيض وكوستي.

🔗 مواضيع ذات صلة
• ارتفاع أسعار الذرة في أسواق الأبيض
• اليونيسف: مليون طفل خارج المدارس في كردفان

اشترك في نشرتنا اليومية عبر البريد الإلكتروني
""",
    url="https://sudan-now.example/reports/2026-03-30-kreida",
    outlet="السودان الآن", published="2026-03-30", incident="n-rahad-village-2026-03",
    events=[
        ev(V, "Attack", "2026-03-28", RSF, civ("Sudan"), "rahad", 21,
           "قوات الدعم السريع هاجمت يوم السبت قرية الكريدة الواقعة على بعد نحو 15 كيلومتراً غرب مدينة الرهد"),
        ev(S, "Looting/property destruction", "2026-03-28", RSF, civ("Sudan"), "rahad", None,
           "نهبوا المواشي والمحاصيل المخزنة وأحرقوا عدداً من المنازل والمتاجر", optional=True),
        ev(V, "Sexual violence", "2026-03-28", RSF, civ("Sudan"), "rahad", None,
           "وثّقت حالتي اغتصاب لفتاتين من سكان القرية"),
    ],
    notes="Village 'الكريدة' ~15 km west of Er Rahad, coded at Er Rahad (geo precision 2). Toll revised from 15 to 21 "
          "after bodies were found (the later count supersedes the first). Looting during the same attack is optional "
          "(ACLED may fold it into the attack); the reported rapes are a separate sexual-violence event.")
art("n_ly_ainzara_clash_truce", """
بوابة ليبيا الجديدة
طرابلس | الاثنين 5 أكتوبر 2026 | آخر تحديث: 16:40

هدوء حذر في عين زارة بعد اشتباكات ليلية.. والرئاسي يعلن اتفاقاً لوقف إطلاق النار

طرابلس - بوابة ليبيا الجديدة

عاد الهدوء الحذر صباح اليوم الاثنين إلى منطقة عين زارة جنوبي العاصمة طرابلس، بعد اشتباكات عنيفة اندلعت مساء أمس الأحد بين قوة الردع الخاصة واللواء 444 قتال، استُخدمت فيها الأسلحة المتوسطة والثقيلة، واستمرت حتى ساعات الفجر.

وأعلن جهاز الإسعاف والطوارئ انتشال ثلاث جثث ونقل أحد عشر جريحاً إلى المستشفيات، بينهم مدنيان، في حين تحدث مصدر في مستشفى الحوادث بأبوسليم عن خمسة قتلى، من دون أن يوضح ما إذا كانوا من المقاتلين أو المدنيين.

وبعد ظهر اليوم، أعلن المجلس الرئاسي التوصل إلى اتفاق بين الطرفين يقضي بوقف فوري لإطلاق النار وعودة القوات إلى مقراتها، وتشكيل لجنة مشتركة لمتابعة التنفيذ، بوساطة من أعيان ومشائخ من المنطقة الغربية.

وقالت وزارة التعليم إنها قررت تعليق الدراسة في مدارس عين زارة وصلاح الدين يوم غد الثلاثاء، فيما دعت بلدية عين زارة السكان إلى توخي الحذر.

وتعيد هذه الاشتباكات إلى الأذهان المواجهات الدامية التي شهدتها العاصمة في مايو 2025، حين اندلع القتال بين تشكيلات مسلحة عقب مقتل أحد قادتها.

━━━━━━━━━━━━━
📌 اقرأ أيضاً:
- المصرف المركزي يعلن ضوابط جديدة لبيع النقد الأجنبي
- النادي الأهلي طرابلس يتعادل مع الاتحاد في قمة الدوري
━━━━━━━━━━━━━
جميع الحقوق محفوظة لبوابة ليبيا الجديدة 2026
""",
    url="https://new-libya-gate.example/tripoli/2026/10/05/ain-zara",
    outlet="بوابة ليبيا الجديدة", published="2026-10-05", incident="n-ain-zara-clash-2026-10",
    events=[
        ev(B, "Armed clash", "2026-10-04", RADA, B444, "ain_zara", 3,
           "اشتباكات عنيفة اندلعت مساء أمس الأحد بين قوة الردع الخاصة واللواء 444 قتال"),
        ev(S, "Agreement", "2026-10-05", RADA, B444, "tripoli", None,
           "أعلن المجلس الرئاسي التوصل إلى اتفاق بين الطرفين يقضي بوقف فوري لإطلاق النار", optional=True),
    ],
    notes="Clash Sunday night 4 Oct (into Monday dawn): ambulance service 3 bodies vs a hospital source 5 -> 3. "
          "Presidential Council ceasefire agreement on 5 Oct (optional). May 2025 fighting is history; school closure "
          "is not an event.")

art("n_so_mogadishu_mortars_adale_regained", """
مقديشو (وكالة القرن للأنباء) - الخميس 5 فبراير 2026

سقطت عدة قذائف هاون مساء أمس الأربعاء في محيط مطار آدم عدي الدولي بالعاصمة الصومالية مقديشو، ما أدى إلى إصابة شخصين من العاملين في المطار، وفق ما أفاد به مسؤول أمني.

وقال المسؤول، الذي طلب عدم الكشف عن اسمه، إن القذائف أُطلقت من منطقة تقع خارج العاصمة، وإن إحداها سقطت قرب مبنى تستخدمه بعثة الاتحاد الإفريقي، دون أن تسفر عن قتلى. وتبنت حركة الشباب القصف عبر إذاعة الأندلس التابعة لها.

وفي تطور ميداني منفصل، أعلنت وزارة الدفاع الصومالية أن قوات الجيش استعادت أمس السيطرة على بلدة أدالي الساحلية في إقليم شبيلي الوسطى، بعد معارك مع مقاتلي حركة الشباب الذين سيطروا على البلدة قبل أسبوعين.

وقال المتحدث باسم الوزارة إن القوات "قتلت تسعة من عناصر الميليشيات الإرهابية" خلال المعارك، وإن وحدات الهندسة تعمل على تفكيك العبوات الناسفة التي زرعتها الحركة في الطرق المؤدية إلى البلدة.

ولم تعلق الحركة على خسارة البلدة، بينما قال سكان محليون إن مقاتليها انسحبوا باتجاه الغابات غربي أدالي قبل وصول القوات الحكومية.

وتأتي هذه التطورات في وقت تستعد فيه الحكومة لإطلاق مرحلة جديدة من العمليات ضد الحركة في وسط البلاد، بالتزامن مع تقليص أعداد قوات بعثة الاتحاد الإفريقي.

(وكالة القرن للأنباء - خدمة النشرة العربية)
""",
    url="https://horn-news-agency.example/ar/2026/02/05/mogadishu-adale",
    outlet="وكالة القرن للأنباء", published="2026-02-05", incident="n-mogadishu-adale-2026-02",
    events=[
        ev(E, "Shelling/artillery/missile attack", "2026-02-04", SHABAAB, None, "mogadishu_airport", 0,
           "سقطت عدة قذائف هاون مساء أمس الأربعاء في محيط مطار آدم عدي الدولي"),
        ev(B, "Government regains territory", "2026-02-04", SOM, SHABAAB, "adale", 9,
           "قوات الجيش استعادت أمس السيطرة على بلدة أدالي الساحلية في إقليم شبيلي الوسطى"),
    ],
    notes="Wire from Thursday 5 Feb: Shabaab mortar fire near Mogadishu airport on Wednesday 4 Feb (2 wounded, no "
          "deaths -> 0; target unclear -> actor2 null) and the army's recapture of Adale the same day (9 Shabaab "
          "killed per MoD). Shabaab's takeover 'two weeks ago' is background without a date. IED clearance is not an "
          "event.")

art("n_so_afgooye_ied_aussom_convoy", """
صومال تايمز العربية | الأربعاء 24 يونيو 2026
الرئيسية > الصومال > أمن

انفجار عبوة ناسفة يستهدف قافلة للقوات الإفريقية قرب أفجوي

أفجوي - صومال تايمز

استهدف انفجار عبوة ناسفة مزروعة على جانب الطريق صباح اليوم الأربعاء قافلة عسكرية تابعة لبعثة الاتحاد الإفريقي للدعم والاستقرار في الصومال (أوصوم) قرب مدخل مدينة أفجوي، على بعد نحو 30 كيلومتراً شمال غربي العاصمة مقديشو.

وأعلنت البعثة في بيان مقتضب مقتل أحد جنودها وإصابة اثنين آخرين، بينما قال شهود عيان لصومال تايمز إنهم شاهدوا جثتين تُنقلان من موقع الانفجار. أما حركة الشباب، التي تبنت الهجوم، فقد زعمت مقتل سبعة جنود أوغنديين وتدمير مدرعة.

وأغلقت القوات الحكومية الطريق الرئيسي بين أفجوي ومقديشو لساعات، ونفذت حملة تفتيش في سوق المدينة أسفرت عن توقيف ستة أشخاص للاشتباه في صلتهم بالهجوم.

ويعد الطريق بين مقديشو وأفجوي شرياناً تجارياً حيوياً لنقل المنتجات الزراعية من إقليم شبيلي السفلى، وتعرض خلال السنوات الماضية لعشرات الهجمات المماثلة.

إعلان | تحويل الأموال إلى الصومال بأقل العمولات
تابعوا صومال تايمز على تلغرام ويوتيوب
""",
    url="https://somali-times-ar.example/security/2026-06-24-afgooye",
    outlet="صومال تايمز العربية", published="2026-06-24", incident="n-afgooye-ied-2026-06",
    events=[
        ev(E, "Remote explosive/landmine/IED", "2026-06-24", SHABAAB, AUSSOM, "afgooye", 1,
           "استهدف انفجار عبوة ناسفة مزروعة على جانب الطريق صباح اليوم الأربعاء قافلة عسكرية تابعة لبعثة الاتحاد الإفريقي"),
        ev(S, "Arrests", "2026-06-24", SOM, civ("Somalia"), "afgooye", None,
           "نفذت حملة تفتيش في سوق المدينة أسفرت عن توقيف ستة أشخاص للاشتباه في صلتهم بالهجوم", optional=True),
    ],
    notes="Three tolls: AUSSOM 1, witnesses 2 bodies, Shabaab claims 7 -> 1 (lowest credible). Arrest sweep after the "
          "blast is optional.")

art("n_ml_niono_jnim_convoy_ambush", """
صحراء ميديا العربية - الثلاثاء 12 مايو 2026
مالي | أمن

كمين لـ"نصرة الإسلام والمسلمين" يستهدف قافلة للجيش المالي قرب نيونو.. وروايتان متناقضتان للحصيلة

باماكو - صحراء ميديا

تعرضت قافلة عسكرية للجيش المالي، أمس الاثنين، لكمين نصبه مقاتلون من جماعة نصرة الإسلام والمسلمين على الطريق الرابط بين نيونو وديابالي في منطقة سيغو وسط البلاد.

وقالت هيئة أركان الجيش في بيان إن القافلة "ردّت بقوة على هجوم إرهابي جبان"، مؤكدة مقتل خمسة جنود وإصابة ثمانية، و"تحييد" اثني عشر إرهابياً وتدمير عدد من دراجاتهم النارية.

في المقابل، نشرت الجماعة عبر منصة "الزلاقة" التابعة لها بياناً زعمت فيه مقتل ثلاثة وعشرين جندياً والاستيلاء على آليات وأسلحة، ونشرت صوراً لم يتسن التحقق من صحتها.

وقال مصدر محلي في نيونو لصحراء ميديا إن سيارات الإسعاف نقلت عدداً من الجرحى إلى المستشفى المحلي، وإن الطريق ظل مغلقاً حتى صباح اليوم.

وتفرض الجماعة منذ أشهر حصاراً على عدد من المحاور في وسط مالي وغربها، وتستهدف بشكل متكرر قوافل الوقود والإمدادات المتجهة إلى العاصمة باماكو.

ومنذ انسحاب بعثة الأمم المتحدة نهاية 2023، يعتمد الجيش المالي على الدعم الروسي عبر "الفيلق الإفريقي" في عملياته ضد الجماعات المسلحة.

📌 اقرأ أيضاً: موريتانيا: انطلاق حملة التلقيح ضد الحمى الصفراء | النيجر: ارتفاع منسوب نهر النيجر
""",
    url="https://sahara-media-ar.example/mali/2026-05-12-niono",
    outlet="صحراء ميديا العربية", published="2026-05-12", incident="n-niono-ambush-2026-05",
    events=[
        ev(B, "Armed clash", "2026-05-11", JNIM, MLI, "niono", 17,
           "لكمين نصبه مقاتلون من جماعة نصرة الإسلام والمسلمين على الطريق الرابط بين نيونو وديابالي"),
    ],
    notes="Ambush with a fight-back (armed clash), Monday 11 May on the Niono-Diabaly road (coded at Niono, geo precision "
          "2). Army: 5 soldiers + 12 attackers = 17; JNIM claims 23 soldiers -> the lower account, 17. Seizure of "
          "vehicles is part of the battle. MINUSMA withdrawal is background.")

art("n_bf_diapaga_jnim_overrun", """
وكالة أنباء الساحل الإفريقي
واغادوغو - الاثنين 3 أغسطس 2026

مسلحون من "نصرة الإسلام والمسلمين" يسيطرون لساعات على مدينة ديابَاغا بعد هجوم على مفرزة للجيش

[تحديث: أضيفت فقرة عن بيان الجماعة]

اجتاح مئات المسلحين من جماعة نصرة الإسلام والمسلمين، فجر السبت، مفرزة الجيش البوركيني ومعسكراً لمتطوعي الدفاع عن الوطن في مدينة ديابَاغا شرقي بوركينا فاسو، وسيطروا على المدينة لساعات قبل أن ينسحبوا محمّلين بالأسلحة والذخائر، بحسب مصادر أمنية ومحلية متطابقة.

وقال أحد السكان في اتصال هاتفي إن المهاجمين أحرقوا مقر الدرك ومكتب المحافظة، ورفعوا راية الجماعة في الساحة الرئيسية، فيما فرّ كثير من السكان نحو القرى المجاورة.

وتحدثت مصادر محلية عن مقتل "عشرات" الجنود والمتطوعين، من دون أن تتمكن من تقديم رقم دقيق، بينما لم تصدر الحكومة أي بيان حول الهجوم حتى مساء الأحد. وتبنّت الجماعة العملية في بيان قالت فيه إنها "فتحت المدينة".

ويفرض المجلس العسكري الحاكم قيوداً مشددة على التغطية الإعلامية للهجمات، وعلّق خلال العامين الماضيين بث عدة وسائل إعلام أجنبية بسبب تقارير عن الوضع الأمني.

وتقع ديابَاغا في منطقة الشرق قرب الحدود مع النيجر وبنين، وهي منطقة تشهد منذ 2018 نشاطاً متزايداً للجماعات المسلحة.

© وكالة أنباء الساحل الإفريقي - يُمنع النسخ دون ذكر المصدر
""",
    url="https://sahel-africa-news.example/burkina/2026-08-03-diapaga",
    outlet="وكالة أنباء الساحل الإفريقي", published="2026-08-03", incident="n-diapaga-overrun-2026-08",
    events=[
        ev(B, "Non-state actor overtakes territory", "2026-08-01", JNIM, BFA, "diapaga", 12,
           "اجتاح مئات المسلحين من جماعة نصرة الإسلام والمسلمين، فجر السبت، مفرزة الجيش البوركيني ومعسكراً لمتطوعي الدفاع عن الوطن في مدينة ديابَاغا"),
    ],
    notes="JNIM overruns the army detachment and VDP camp and holds Diapaga for hours on Saturday 1 Aug (publication "
          "Monday 3 Aug). 'Dozens' of soldiers and volunteers killed -> 12 (ACLED convention). Burning of the "
          "gendarmerie and prefecture is part of the same event.")

art("n_ne_tillaberi_issp_attack_air_strikes_communique", """
جمهورية النيجر - وزارة الدفاع الوطني
بلاغ عملياتي أسبوعي (من 14 إلى 20 سبتمبر 2026)
نُشر على الموقع الرسمي للوزارة يوم الثلاثاء 22 سبتمبر 2026

1. يوم الخميس 17 سبتمبر 2026، تعرض موقع عسكري متقدم في محيط أيورو لهجوم شنه عدد كبير من الإرهابيين المنتمين إلى ما يسمى تنظيم الدولة الإسلامية في الساحل، على متن دراجات نارية. وقد تصدت وحداتنا للهجوم ببسالة، ما أسفر عن تحييد واحد وثلاثين إرهابياً واسترجاع أسلحة. ونأسف لسقوط أربعة من جنودنا شهداء وإصابة سبعة آخرين.

2. يوم السبت 19 سبتمبر 2026، وبناء على معلومات استخباراتية، نفذت طائراتنا ضربات جوية على تجمع للإرهابيين الفارين في منطقة غابات قرب تيرا، أسفرت عن تحييد عشرات الإرهابيين وتدمير وسائلهم اللوجستية.

3. في إطار عمليات التأمين، أوقفت وحداتنا يوم الأحد 20 سبتمبر عند حاجز تفتيش قرب تورودي ستة أشخاص يشتبه في تزويدهم الجماعات الإرهابية بالوقود، وأحيلوا إلى الجهات المختصة.

4. في إطار مكافحة الجريمة المنظمة، تم حجز 1200 لتر من الوقود المهرب و3 كيلوغرامات من المخدرات في منطقة أغاديس.

تؤكد القوات المسلحة النيجرية عزمها الراسخ على مواصلة الحرب على الإرهاب حتى استعادة الأمن الكامل في ربوع الوطن.

المجد للقوات المسلحة! عاشت النيجر!
""",
    url="https://defense-niger.example/communiques/2026-09-22",
    outlet="وزارة الدفاع الوطني (النيجر)", published="2026-09-22", incident="n-tillaberi-week-2026-09",
    events=[
        ev(B, "Armed clash", "2026-09-17", ISSP, NER, "ayorou", 35,
           "تعرض موقع عسكري متقدم في محيط أيورو لهجوم شنه عدد كبير من الإرهابيين المنتمين إلى ما يسمى تنظيم الدولة الإسلامية في الساحل"),
        ev(E, "Air/drone strike", "2026-09-19", NER, ISSP, "tera", 12,
           "نفذت طائراتنا ضربات جوية على تجمع للإرهابيين الفارين في منطقة غابات قرب تيرا"),
        ev(S, "Arrests", "2026-09-20", NER, civ("Niger"), "torodi", None,
           "أوقفت وحداتنا يوم الأحد 20 سبتمبر عند حاجز تفتيش قرب تورودي ستة أشخاص", optional=True),
    ],
    notes="Official weekly communique. Attack near Ayorou: 31 attackers 'neutralised' + 4 soldiers = 35 (sole source). "
          "Air strikes near Tera: 'dozens' -> 12. Arrests near Torodi optional. "
          "Fuel/drug seizures are not events.")
art("n_lb_nabatieh_drone_strike_khiam_excavator", """
جنوب برس | أخبار الجنوب اللبناني لحظة بلحظة
الثلاثاء 17 آذار 2026

غارة إسرائيلية بمسيّرة على سيارة عند مدخل النبطية.. وقنبلة على حفّارة في الخيام

النبطية - جنوب برس

استهدفت طائرة مسيّرة إسرائيلية بعد ظهر اليوم سيارة من نوع "رابيد" على الطريق العام عند المدخل الجنوبي لمدينة النبطية، ما أدى إلى سقوط قتيل وجريحين من المارة، بحسب بيان لمركز عمليات طوارئ الصحة العامة التابع لوزارة الصحة.

ونعى حزب الله في وقت لاحق القتيل، وهو من بلدة كفررمان، واصفاً إياه بـ"الشهيد على طريق القدس"، فيما قال الجيش الإسرائيلي إنه "قضى على عنصر في حزب الله كان يعمل على إعادة بناء قدرات التنظيم في المنطقة".

وفي وقت سابق من صباح اليوم، ألقت مسيّرة إسرائيلية قنبلة على حفّارة كانت تعمل في رفع الركام من منزل مدمّر في بلدة الخيام، ما ألحق أضراراً بها من دون وقوع إصابات.

وتأتي هذه الضربات رغم اتفاق وقف الأعمال العدائية الساري منذ تشرين الثاني 2024، والذي تقول الحكومة اللبنانية إن إسرائيل تخرقه بشكل شبه يومي، فيما تتهم إسرائيل حزب الله بعدم الالتزام بسحب سلاحه من جنوب الليطاني.

وكانت لجنة الإشراف على تطبيق الاتفاق قد عقدت اجتماعها الدوري الأسبوع الماضي في الناقورة، من دون صدور أي نتائج معلنة.

—
🎥 فيديو ذو صلة: مشاهد من عودة الأهالي إلى بلدات الحافة الأمامية (3:42)
📲 حمّلوا تطبيق جنوب برس
""",
    url="https://janoub-press.example/south/2026/03/17/nabatieh-drone",
    outlet="جنوب برس", published="2026-03-17", incident="n-nabatieh-khiam-2026-03",
    events=[
        ev(E, "Air/drone strike", "2026-03-17", ISR, HEZBOLLAH, "nabatieh", 1,
           "استهدفت طائرة مسيّرة إسرائيلية بعد ظهر اليوم سيارة من نوع \"رابيد\" على الطريق العام عند المدخل الجنوبي لمدينة النبطية"),
        ev(E, "Air/drone strike", "2026-03-17", ISR, civ("Lebanon"), "khiam", 0,
           "ألقت مسيّرة إسرائيلية قنبلة على حفّارة كانت تعمل في رفع الركام من منزل مدمّر في بلدة الخيام"),
    ],
    notes="Drone strike at Nabatieh: 1 killed (mourned by Hezbollah -> actor2 Hezbollah), 2 passers-by wounded. "
          "Drone-dropped bomb on an excavator in Khiam, no injuries -> 0 (drone-delivered munition = air/drone strike). "
          "The 2024 ceasefire and the committee meeting are background.")

art("n_ps_tammun_raid_clash_arrests", """
وكالة فلسطين اليوم الإخبارية
الثلاثاء 7 أبريل 2026 | 19 شوال 1447

شهيد وحملة اعتقالات واسعة خلال اقتحام الاحتلال بلدة طمون

طوباس - فلسطين اليوم

استُشهد شاب وأصيب ثلاثة آخرون بجروح، فجر اليوم الثلاثاء، خلال اقتحام قوات الاحتلال الإسرائيلي بلدة طمون جنوب طوباس، تخللته اشتباكات مسلحة بين مقاومين وجنود الاحتلال في الحي الشرقي للبلدة.

وأفادت وزارة الصحة بأن الشهيد يبلغ من العمر 22 عاماً وأصيب برصاصة في الرأس، فيما قال جيش الاحتلال إن قواته "قتلت مسلحاً أطلق النار باتجاهها" وإن أحد جنوده أصيب بجروح طفيفة.

وأضافت مصادر محلية أن جرافات الاحتلال جرّفت عدداً من الشوارع ودمرت شبكات المياه والكهرباء في محيط الحي الشرقي، قبل أن تنسحب القوات قرابة الظهر.

وقال نادي الأسير إن قوات الاحتلال اعتقلت خلال الاقتحام أربعة عشر مواطناً من البلدة، بينهم أسرى محررون وطالب جامعي، بعد تفتيش منازلهم والتحقيق الميداني مع العشرات.

وبحسب معطيات النادي، ارتفع عدد حالات الاعتقال في الضفة الغربية منذ مطلع العام الجاري إلى أكثر من 2300 حالة.

وتشهد محافظة طوباس والأغوار الشمالية منذ مطلع العام الماضي عمليات عسكرية إسرائيلية متكررة، أدت إلى تدمير واسع في البنية التحتية للمخيمات والبلدات.

شارك: 📘 🐦 📱 | طباعة | تكبير الخط ➕ تصغير الخط ➖
""",
    url="https://palestine-today-news.example/westbank/2026/04/07/tammun",
    outlet="وكالة فلسطين اليوم الإخبارية", published="2026-04-07", incident="n-tammun-raid-2026-04",
    events=[
        ev(B, "Armed clash", "2026-04-07", ISR, uag("Palestine"), "tammun", 1,
           "تخللته اشتباكات مسلحة بين مقاومين وجنود الاحتلال في الحي الشرقي للبلدة"),
        ev(S, "Arrests", "2026-04-07", ISR, civ("Palestine"), "tammun", None,
           "اعتقلت خلال الاقتحام أربعة عشر مواطناً من البلدة"),
        ev(S, "Looting/property destruction", "2026-04-07", ISR, civ("Palestine"), "tammun", None,
           "جرّفت عدداً من الشوارع ودمرت شبكات المياه والكهرباء", optional=True),
    ],
    notes="Dawn raid with an exchange of fire: 1 Palestinian killed (MoH: 22-year-old; Israeli army: a gunman). "
          "14 arrests in the same raid; bulldozing of streets optional. Year-to-date arrest figure is a statistic. "
          "Hijri date in the header is approximate.")

art("n_ng_konduga_market_suicide_bomber", """
أفريقيا برس - النسخة العربية
نيجيريا • الثلاثاء 13 يناير 2026

انتحارية تفجّر نفسها في سوق للسمك بكوندوغا شمال شرقي نيجيريا

مايدوغوري - أفريقيا برس

قُتل خمسة مدنيين على الأقل إضافة إلى منفذة الهجوم، مساء أمس الاثنين، عندما فجّرت امرأة انتحارية حزاماً ناسفاً وسط سوق للسمك في بلدة كوندوغا بولاية بورنو، شمال شرقي نيجيريا، وفق المتحدث باسم شرطة الولاية.

وقال المتحدث إن المهاجمة تسللت إلى السوق في وقت الذروة قبيل الغروب، وإن أحد عشر شخصاً أصيبوا بجروح نقلوا إلى مستشفى جامعة مايدوغوري التعليمي.

غير أن قائداً في قوة المهام المدنية المشتركة، وهي ميليشيا محلية تساند الجيش، قال لأفريقيا برس إن عدد القتلى بلغ تسعة، مرجحاً ارتفاعه بسبب خطورة بعض الإصابات.

ولم تتبنّ أي جهة الهجوم حتى الآن، لكن السلطات المحلية رجّحت أن يكون فصيل بوكو حرام الموالي لأبي بكر شيكاو سابقاً، والمعروف باسم "جماعة أهل السنة للدعوة والجهاد"، وراءه، إذ سبق أن استخدم نساء وفتيات في تنفيذ تفجيرات مماثلة.

وكانت كوندوغا قد شهدت في يونيو 2024 سلسلة تفجيرات انتحارية متزامنة أوقعت عشرات القتلى في حفل زفاف ومستشفى.

إعلانات | اشترك في النشرة | سياسة الخصوصية
""",
    url="https://africa-press-ar.example/nigeria/2026/01/13/konduga",
    outlet="أفريقيا برس", published="2026-01-13", incident="n-konduga-suicide-2026-01",
    events=[
        ev(E, "Suicide bomb", "2026-01-12", JAS, civ("Nigeria"), "konduga", 6,
           "فجّرت امرأة انتحارية حزاماً ناسفاً وسط سوق للسمك في بلدة كوندوغا بولاية بورنو"),
    ],
    notes="Police: 5 civilians + the bomber = 6; a CJTF commander says 9 -> 6. Attribution to JAS is the authorities' "
          "'likely'; ACLED codes female suicide bombings in Borno to JAS. The June 2024 bombings are history.")

art("n_td_ndjamena_fuel_protest_live_fire", """
تشاد اليوم | Tchad Aujourd'hui - النسخة العربية
انجامينا، الأربعاء 21 أكتوبر 2026

مقتل متظاهر في انجامينا خلال احتجاجات على رفع أسعار الوقود

انجامينا - تشاد اليوم

قُتل شاب وأصيب نحو عشرين آخرين، أمس الثلاثاء، عندما أطلقت الشرطة الرصاص الحي والغاز المسيل للدموع لتفريق مئات المتظاهرين الذين خرجوا في حي مورسال بالعاصمة انجامينا احتجاجاً على قرار الحكومة رفع أسعار الوقود بنسبة 40 في المئة.

وقالت تنسيقية أحزاب المعارضة إن اثنين من المحتجين لقيا حتفهما برصاص الشرطة، في حين أكد وزير الأمن العام في مؤتمر صحفي أن "شخصاً واحداً توفي في حالة تدافع"، وأن قوات الأمن "لم تستخدم الذخيرة الحية".

وأضاف الوزير أن الشرطة أوقفت نحو أربعين شخصاً "بتهمة الإخلال بالنظام العام والاعتداء على الممتلكات"، مشيراً إلى أن المحتجين أضرموا النار في إطارات وأغلقوا طرقاً رئيسية.

وكانت الحكومة قد أعلنت الأسبوع الماضي أن رفع الأسعار ضروري لسد العجز في الموازنة، فيما دعت نقابات العمال إلى إضراب عام مطلع الشهر المقبل.

📷 صور: آثار المواجهات في حي مورسال
🔔 تابعونا على واتساب للحصول على آخر الأخبار
""",
    url="https://tchad-aujourdhui.example/ar/2026/10/21/ndjamena-protest",
    outlet="تشاد اليوم", published="2026-10-21", incident="n-ndjamena-fuel-2026-10",
    events=[
        ev(P, "Excessive force against protesters", "2026-10-20", protesters("Chad"), TCD_POL, "ndjamena", 1,
           "أطلقت الشرطة الرصاص الحي والغاز المسيل للدموع لتفريق مئات المتظاهرين الذين خرجوا في حي مورسال"),
        ev(S, "Arrests", "2026-10-20", TCD_POL, protesters("Chad"), "ndjamena", None,
           "الشرطة أوقفت نحو أربعين شخصاً", optional=True),
    ],
    notes="Opposition: 2 protesters shot dead; the minister: 1 death 'in a stampede' -> 1 (lowest credible). Live fire on "
          "protesters = excessive force. Some tyre burning by protesters is folded into the protest event. ~40 "
          "arrests optional. The announced general strike is a plan.")

art("n_ng_bauchi_market_lynching", """
صوت نيجيريا بالعربية | VON Arabic Service (نسخة تجريبية)
الثلاثاء 30 يونيو 2026

حشد غاضب يقتل رجلاً متهماً بالسرقة في سوق بمدينة باوتشي

باوتشي - صوت نيجيريا

قُتل رجل في الثلاثينيات من عمره، يوم السبت، على أيدي حشد غاضب في السوق المركزي بمدينة باوتشي شمالي نيجيريا، بعد اتهامه بسرقة هاتف محمول من أحد التجار، بحسب ما أفادت شرطة ولاية باوتشي.

وقال المتحدث باسم الشرطة إن عناصر دورية وصلوا إلى المكان بعد تلقي بلاغ، لكنهم وجدوا الرجل قد فارق الحياة متأثراً بالضرب بالعصي والحجارة، وإن الحشد كان قد أضرم النار في دراجته النارية.

وأعلنت الشرطة، الأحد، اعتقال أحد عشر شخصاً يشتبه في مشاركتهم في عملية القتل، مؤكدة أنهم سيمثلون أمام المحكمة بعد استكمال التحقيق، ومحذرة المواطنين من "أخذ القانون بأيديهم".

وتتكرر في نيجيريا حوادث القتل على أيدي حشود غاضبة بتهم السرقة أو التجديف، وتقول منظمات حقوقية إن ضعف الثقة بالقضاء يغذي هذه الظاهرة.

وفي سياق آخر، أعلنت حكومة الولاية تخصيص ميزانية إضافية لتأهيل الأسواق الشعبية وتركيب كاميرات مراقبة فيها.

━━━━━━━━━━
البرامج | الجدول الإذاعي | استمع مباشرة 🎧
""",
    url="https://von-arabic.example/news/2026/06/30/bauchi-mob",
    outlet="صوت نيجيريا بالعربية", published="2026-06-30", incident="n-bauchi-lynching-2026-06",
    events=[
        ev(R, "Mob violence", "2026-06-27", rioters("Nigeria"), civ("Nigeria"), "bauchi", 1,
           "قُتل رجل في الثلاثينيات من عمره، يوم السبت، على أيدي حشد غاضب في السوق المركزي بمدينة باوتشي"),
        ev(S, "Arrests", "2026-06-28", NGA_POL, rioters("Nigeria"), "bauchi", None,
           "أعلنت الشرطة، الأحد، اعتقال أحد عشر شخصاً يشتبه في مشاركتهم في عملية القتل", optional=True),
    ],
    notes="Lynching of an alleged thief by a mob on Saturday 27 June (mob violence, 1 killed). Police arrests announced "
          "Sunday 28 June (optional).")

art("n_dz_mod_weekly_review_jijel_skikda", """
وزارة الدفاع الوطني - الجمهورية الجزائرية الديمقراطية الشعبية
حصيلة عمليات الجيش الوطني الشعبي للفترة من 20 إلى 26 ماي 2026
الجزائر في: 27 ماي 2026

في إطار مكافحة الإرهاب والجريمة المنظمة، نفذت وحدات ومفارز الجيش الوطني الشعبي خلال الفترة الممتدة من 20 إلى 26 ماي 2026 عدة عمليات أسفرت عن نتائج نوعية تعكس الاحترافية العالية واليقظة والاستعداد الدائمين لقواتنا المسلحة عبر كامل التراب الوطني.

ففي إطار مكافحة الإرهاب، قضت مفرزة للجيش الوطني الشعبي يوم 22 ماي 2026، إثر عملية بحث وتمشيط بالقرب من بلدية زيامة منصورية بولاية جيجل، على إرهابيين اثنين واسترجعت مسدسين رشاشين من نوع كلاشنيكوف وكمية من الذخيرة.

كما أوقفت مفارز مشتركة ستة عناصر دعم للجماعات الإرهابية في عمليات متفرقة عبر التراب الوطني، فيما كشفت ودمرت مفرزة أخرى بولاية سكيكدة مخبأين للإرهابيين وقنبلتين تقليديتي الصنع.

وفي إطار محاربة الجريمة المنظمة، أوقفت مفارز مشتركة 31 تاجر مخدرات وأحبطت محاولات إدخال كميات ضخمة من المخدرات عبر الحدود مع المغرب، قُدّرت بـ 6 قناطير و40 كيلوغراماً من الكيف المعالج، كما تم توقيف 187 شخصاً وضبط مولدات كهربائية ومطارق ضغط بعين قزام وبرج باجي مختار وتمنراست.

من جهة أخرى، أحبط حراس السواحل محاولات هجرة غير شرعية وتم إنقاذ 74 شخصاً كانوا على متن قوارب تقليدية الصنع.
""",
    url="https://mdn-dz.example/ar/bilan/2026-05-27",
    outlet="وزارة الدفاع الوطني (الجزائر)", published="2026-05-27", incident="n-algeria-mod-week-2026-05",
    events=[
        ev(B, "Armed clash", "2026-05-22", DZA, uag("Algeria"), "ziama_mansouriah", 2,
           "قضت مفرزة للجيش الوطني الشعبي يوم 22 ماي 2026، إثر عملية بحث وتمشيط بالقرب من بلدية زيامة منصورية بولاية جيجل، على إرهابيين اثنين"),
        ev(S, "Arrests", "2026-05", DZA, uag("Algeria"), ("Algeria", None, None, None, None), None,
           "أوقفت مفارز مشتركة ستة عناصر دعم للجماعات الإرهابية في عمليات متفرقة عبر التراب الوطني", optional=True),
        ev(S, "Disrupted weapons use", "2026-05", DZA, uag("Algeria"), "skikda", None,
           "كشفت ودمرت مفرزة أخرى بولاية سكيكدة مخبأين للإرهابيين وقنبلتين تقليديتي الصنع", optional=True),
    ],
    notes="MoD weekly review, Maghrebi month 'ماي'. The Jijel operation (2 'terrorists' killed, unnamed group) is the "
          "only dated event -> armed clash at Ziama Mansouriah (coordinates approximate). Six support elements arrested "
          "nationwide (no place, no day) and two home-made bombs destroyed in Skikda wilaya (no day) are optional, dated to the "
          "month (20-26 May). Drug, mining and migration figures are not ACLED events.")

art("n_ml_tessalit_base_drone_strike", """
مرصد أزواد الإخباري
الأربعاء 8 يوليو 2026

الجيش المالي يفتتح قاعدة جديدة قرب تساليت.. و"جبهة تحرير أزواد" تتهمه بقتل رعاة بمسيّرة

كيدال - مرصد أزواد

أعلنت هيئة أركان الجيوش المالية، الثلاثاء، افتتاح قاعدة عسكرية متقدمة جديدة في محيط مدينة تساليت بمنطقة كيدال، قالت إنها ستُستخدم "لتأمين الحدود الشمالية وملاحقة الجماعات الإرهابية"، بمشاركة من عناصر الفيلق الإفريقي الروسي.

وأظهرت صور بثها التلفزيون الرسمي وصول قافلة من الآليات والمعدات الهندسية إلى الموقع، وإقامة تحصينات ومهبط للمروحيات.

من جهتها، قالت جبهة تحرير أزواد في بيان إن طائرة مسيّرة تابعة للجيش المالي قصفت، أمس الثلاثاء، تجمعاً لرعاة قرب بئر للمياه شمال تساليت، ما أدى إلى مقتل ثلاثة مدنيين ونفوق عشرات رؤوس الماشية، متوعدة بـ"رد حاسم على الاعتداءات المتكررة". ولم يعلق الجيش على هذه الاتهامات.

ويرى مراقبون أن إنشاء القاعدة الجديدة يأتي في إطار سعي باماكو إلى تعزيز وجودها في أقصى الشمال، بعد أن استعادت السيطرة على مدينة كيدال أواخر عام 2023.

وكانت الجبهة قد أعلنت الشهر الماضي أنها ستكثف عملياتها ضد "القوات الغازية"، في حين تتواصل منذ أشهر عمليات القصف بالطائرات المسيرة على مناطق في إقليم كيدال.

للتواصل: info@azawad-observer.example | © جميع الحقوق محفوظة
""",
    url="https://azawad-observer.example/2026/07/08/tessalit-base",
    outlet="مرصد أزواد الإخباري", published="2026-07-08", incident="n-tessalit-2026-07",
    events=[
        ev(S, "Headquarters or base established", "2026-07-07", MLI, None, "tessalit", None,
           "افتتاح قاعدة عسكرية متقدمة جديدة في محيط مدينة تساليت"),
        ev(E, "Air/drone strike", "2026-07-07", MLI, civ("Mali"), "tessalit", 3,
           "طائرة مسيّرة تابعة للجيش المالي قصفت، أمس الثلاثاء، تجمعاً لرعاة قرب بئر للمياه شمال تساليت"),
    ],
    notes="Base announced on Tuesday 7 July (Africa Corps takes part; associate actor, not actor2). FLA accuses the army "
          "of a drone strike on herders north of Tessalit the same day (3 civilians), unanswered by the army -> coded "
          "on the FLA account. The FLA threat and the 2023 Kidal recapture are not coded.")
# ======================================================================================== non-event articles
art("n_sy_maarat_returnees_feature", """
مجلة الجسر | تحقيقات وقصص إنسانية
الجمعة 16 كانون الثاني 2026 - بقلم: ريم العلي

معرّة النعمان.. مدينة تعود من تحت الركام

على الطريق الدولي M5 جنوبي إدلب، تلوح مآذن معرّة النعمان المهدّمة من بعيد. هنا، حيث كانت الجبهة مشتعلة لسنوات، يعود السكان اليوم حاملين مفاتيح بيوت لم يعد لكثير منها أبواب.

يقول أبو ياسر، وهو مزارع في الستين من عمره، إنه غادر المدينة مطلع عام 2020 تحت القصف، حين كانت قوات النظام السابق تتقدم نحوها بغطاء جوي روسي كثيف. "خرجنا بثيابنا فقط. رجعت فوجدت البيت بلا سقف، والأرض مزروعة بالألغام".

يجلس أبو ياسر قرب لافتة حمراء وضعتها فرق إزالة الألغام على طرف أرضه، كُتب عليها "خطر - منطقة غير مطهّرة". ويضيف: "ننتظر دورنا. الفرق تعمل، لكن المساحات كبيرة جداً".

بحسب المجلس المحلي، عاد نحو ثلاثين ألف شخص إلى المدينة منذ مطلع العام الماضي، أي قرابة ربع عدد سكانها قبل الحرب. المدارس الثلاث التي أعيد تأهيلها تعمل بدوامين، والمستشفى الوحيد يستقبل المرضى في قسمين فقط.

في السوق القديم، يعيد أحمد، وهو خياط، ترميم دكانه بيديه. يشير إلى ثقوب الشظايا في الجدار ويقول ضاحكاً: "هذه ذكريات لا أريد طمسها كلها".

ورغم الهدوء، يبقى الخوف حاضراً. فالمدينة لم تنسَ مجزرة سوقها الشعبي عام 2015، ولا الغارات التي دمّرت متحفها الشهير.

—
📸 معرض صور: معرّة النعمان بعدسة ريم العلي
اقرأ أيضاً في الجسر: "خان شيخون.. موسم الفستق الأول منذ عقد" | "حين تصبح المدرسة خيمة"
""",
    url="https://aljisr-mag.example/features/2026/01/maarat-returns",
    outlet="مجلة الجسر", published="2026-01-16",
    notes="Feature about returnees: the 2020 offensive, the 2015 market massacre and mined land are history and "
          "context; no new event.")

art("n_sy_damascus_court_verdict_2013_massacre", """
العدالة الانتقالية | تقارير
دمشق - الأحد 1 شباط 2026 - وكالة سانا الحرة (خدمة الأخبار القضائية)

محكمة الجنايات في دمشق تصدر حكماً بالإعدام على ضابط سابق بتهمة المشاركة في مجزرة 2013

أصدرت محكمة الجنايات الأولى في دمشق، اليوم الأحد، حكماً بالإعدام شنقاً على ضابط سابق برتبة عقيد في المخابرات الجوية، بعد إدانته بالمشاركة في مجزرة راح ضحيتها عشرات المدنيين في ريف دمشق صيف عام 2013.

وتضمن ملف القضية، الذي نظرت فيه المحكمة على مدى ثماني جلسات، شهادات لناجين وصوراً لمقابر جماعية، إضافة إلى وثائق صادرة عن الفرع الذي كان المتهم يعمل فيه، تثبت إشرافه على عمليات اعتقال وإعدام ميداني.

وقال محامي عائلات الضحايا إن الحكم "خطوة أولى على طريق طويل"، مطالباً بملاحقة باقي المتورطين الذين فرّ كثير منهم خارج البلاد بعد سقوط النظام في كانون الأول 2024.

في المقابل، قالت هيئة الدفاع إنها ستطعن بالحكم أمام محكمة النقض، معتبرة أن موكلها "كان ينفذ أوامر عليا".

وتعد هذه القضية الثالثة من نوعها التي تنظر فيها المحاكم السورية منذ إنشاء الهيئة الوطنية للعدالة الانتقالية، التي تقول إنها تلقت أكثر من اثني عشر ألف شكوى.

للاطلاع على ملف العدالة الانتقالية كاملاً اضغط هنا ◂
""",
    url="https://free-sana.example/justice/2026-02-01-verdict",
    outlet="وكالة سانا الحرة", published="2026-02-01",
    notes="Trial and death sentence for a 2013 massacre: an old attack and a verdict, no new event.")

art("n_sy_defence_ministry_graduation_plan", """
الثورة نت | سياسة | الثلاثاء 5 أيار 2026

وزير الدفاع يعلن خطة لدمج آخر الفصائل في الجيش خلال ستة أشهر.. وتخريج دفعة جديدة من الكلية الحربية

حمص - الثورة نت

أعلن وزير الدفاع السوري، خلال حفل تخريج دورة جديدة من ضباط الكلية الحربية في حمص اليوم الثلاثاء، أن الوزارة وضعت خطة "لاستكمال دمج جميع التشكيلات العسكرية في هيكلية الجيش خلال ستة أشهر"، مؤكداً أن "زمن الفصائل انتهى، ولا سلاح خارج مؤسسات الدولة".

وأوضح الوزير أن الخطة تتضمن إعادة توزيع الألوية على المحافظات وتوحيد الرتب والرواتب، وإنشاء ثلاث فرق جديدة في المنطقتين الشرقية والجنوبية، مشيراً إلى أن المفاوضات مع "الجهات المتبقية" تسير "بشكل إيجابي".

وشهد الحفل عرضاً عسكرياً شاركت فيه وحدات مشاة ومدرعات، ونفذ الخريجون تمريناً تكتيكياً بالذخيرة الحية يحاكي اقتحام مواقع معادية، بحضور عدد من الملحقين العسكريين العرب والأجانب.

وكانت الوزارة قد أعلنت العام الماضي تشكيل أولى فرق الجيش الجديد بعد حل الفصائل المسلحة في مؤتمر النصر، فيما لا تزال بعض المجموعات المحلية في الجنوب والشرق خارج هذا الإطار.

ويقول محللون إن نجاح الخطة مرتبط بالتوصل إلى تسوية نهائية مع قوات سوريا الديمقراطية، ومعالجة ملف السلاح في السويداء.

🎥 فيديو: لحظة أداء الخريجين القسم العسكري (2:15)
""",
    url="https://thawra-net.example/politics/2026/05/05/graduation",
    outlet="الثورة نت", published="2026-05-05",
    notes="Announced integration plan, graduation parade and a live-fire drill: no event (plans and exercises are not "
          "coded). The 2025 dissolution of factions is background.")

art("n_iq_karrada_bombing_verdict", """
السومرية الإخبارية | محليات
بغداد - الأربعاء 11 شباط 2026

الجنايات المركزية تصدر حكماً بالإعدام بحق مدان بالتخطيط لتفجير الكرادة

أصدرت المحكمة الجنائية المركزية في بغداد، اليوم الأربعاء، حكماً بالإعدام بحق إرهابي أدين بالمشاركة في التخطيط لتفجير منطقة الكرادة الذي وقع في تموز 2016 وأودى بحياة أكثر من ثلاثمئة شخص، بحسب بيان لمجلس القضاء الأعلى.

وذكر البيان أن المدان اعترف خلال التحقيق بتأمين السيارة المفخخة ونقلها من قضاء الطارمية شمالي بغداد إلى أحد المرائب قبل يوم من التفجير، وذلك بتوجيه من قيادات في تنظيم داعش الإرهابي قُتل أغلبهم لاحقاً.

وأشار إلى أن المتهم اعتُقل عام 2024 في محافظة الأنبار بعد سنوات من التواري، وأن الحكم صدر استناداً لأحكام المادة الرابعة/1 وبدلالة المادة الثانية من قانون مكافحة الإرهاب.

وقد استقبلت عائلات ضحايا التفجير الحكم بارتياح، وقالت والدة أحد الضحايا لـ"السومرية" إنها انتظرت هذه اللحظة "عشر سنوات".

ويعد تفجير الكرادة من أكثر الهجمات دموية في العاصمة العراقية منذ عام 2003، وقد أعلنت الحكومة حينها الحداد الرسمي ثلاثة أيام.

الوسوم: #الكرادة #القضاء #داعش
📲 تابعوا السومرية على تطبيقات الهواتف الذكية
""",
    url="https://alsumaria-news.example/local/2026/02/11/karrada-verdict",
    outlet="السومرية الإخبارية", published="2026-02-11",
    notes="Verdict about the 2016 Karrada bombing; the 2024 arrest is history. No new event.")

art("n_iq_unami_annual_civilian_report", """
أخبار الأمم المتحدة | العراق
الخميس 29 كانون الثاني 2026

تقرير أممي: انخفاض أعداد الضحايا المدنيين في العراق خلال 2025 إلى أدنى مستوى منذ عقدين

نيويورك / بغداد - أخبار الأمم المتحدة

قال تقرير سنوي صادر عن مكتب حقوق الإنسان التابع للأمم المتحدة في العراق إن عام 2025 شهد مقتل 147 مدنياً وإصابة 310 آخرين في حوادث مرتبطة بالنزاع، وهو أدنى رقم يسجل منذ بدء الرصد المنهجي قبل نحو عشرين عاماً.

وأوضح التقرير أن العبوات الناسفة ومخلفات الحرب كانت مسؤولة عن نحو 40 في المئة من الضحايا، تليها النزاعات العشائرية المسلحة في المحافظات الجنوبية، ثم هجمات بقايا تنظيم داعش في كركوك وديالى وصلاح الدين.

كما وثق التقرير 23 هجوماً بطائرات مسيّرة وصواريخ على منشآت في إقليم كوردستان، إضافة إلى قصف مدفعي وجوي تركي وإيراني على المناطق الحدودية أدى إلى مقتل 11 مدنياً.

وأشاد التقرير بتراجع حوادث الاغتيال التي استهدفت ناشطين وصحفيين، لكنه أعرب عن القلق من استمرار الإفلات من العقاب في القضايا المتعلقة باحتجاجات تشرين 2019.

وأوصى التقرير الحكومة العراقية بتسريع برامج إزالة الألغام، وتعزيز سيطرة الدولة على السلاح، وتعويض عائلات الضحايا.

وانتهت ولاية بعثة الأمم المتحدة لمساعدة العراق (يونامي) بنهاية العام الماضي، بعد أكثر من عقدين على إنشائها، على أن تنتقل بعض مهامها إلى وكالات أممية أخرى.

روابط ذات صلة: النص الكامل للتقرير (PDF) | مؤتمر صحفي للممثل الخاص
""",
    url="https://un-news-ar.example/iraq/2026/01/29/annual-report",
    outlet="أخبار الأمم المتحدة", published="2026-01-29",
    notes="UN annual statistics for 2025: aggregates, no single dated event.")

art("n_iq_press_review_krg_turkey", """
صحف اليوم | جولة في الصحافة العراقية والكردية
السبت 14 آذار 2026 - إعداد: قسم الرصد الصحفي - "كوردستان بريس"

• "الصباح الجديد": تحت عنوان "أنقرة تلوّح بعملية برية"، نقلت الصحيفة عن مصادر دبلوماسية أن تركيا أبلغت بغداد بأنها قد توسّع عملياتها في جبال متين وكارة إذا لم تُستكمل عملية تسليم سلاح حزب العمال الكردستاني قبل الصيف، ورأت في ذلك "تهديداً صريحاً للسيادة".

• "هولير" الكردية: كتبت في افتتاحيتها أن "سكان القرى الحدودية دفعوا ثمن حرب لم يختاروها"، داعية حكومة الإقليم إلى الضغط من أجل تعويض المتضررين من القصف الذي تعرضت له المنطقة خلال السنوات الماضية.

• "المدى": انتقدت بطء تنفيذ اتفاق سنجار الموقّع عام 2020، وقالت إن بقاء الفصائل المسلحة في القضاء "يمنع عودة عشرات آلاف النازحين الإيزيديين".

• "طريق الشعب": تناولت الخلاف بين بغداد وأربيل حول رواتب موظفي الإقليم، محذرة من "انفجار اجتماعي" إذا استمر تأخير الرواتب.

• "العالم الجديد": نشرت تحليلاً عن صفقة شراء طائرات مسيّرة تركية للجيش العراقي، متسائلة عن جدواها "في وقت تقصف فيه المسيرات التركية نفسها أراضي الإقليم".

تابعوا جولتنا الصحفية يومياً في التاسعة صباحاً.
""",
    url="https://kurdistan-press.example/press-review/2026-03-14",
    outlet="كوردستان بريس", published="2026-03-14",
    notes="Press review: threats, editorials, an old agreement and an arms deal; no event.")

art("n_iq_anbar_army_vehicle_accident", """
الأنبار اليوم | حوادث
الأحد 9 آب 2026

مصرع ثلاثة جنود بانقلاب عجلة عسكرية على طريق الرطبة

الرمادي - الأنبار اليوم

لقي ثلاثة جنود من الجيش العراقي مصرعهم وأصيب اثنان آخران، فجر اليوم الأحد، إثر انقلاب عجلة عسكرية من نوع "همفي" على الطريق الدولي السريع قرب قضاء الرطبة غربي محافظة الأنبار.

وقال مصدر في مديرية المرور إن الحادث وقع بسبب السرعة الزائدة وانفجار أحد إطارات العجلة، التي كانت عائدة من واجب تبديل قطعات على الحدود مع الأردن، مؤكداً عدم وجود أي شبهة جنائية أو عمل إرهابي.

ونُقلت جثث الضحايا والمصابون إلى مستشفى الرطبة العام، قبل نقل اثنين منهم إلى الرمادي لخطورة إصاباتهما.

ونعت قيادة عمليات الأنبار الجنود الثلاثة، وأقيم لهم تشييع عسكري في مقر الفرقة السابعة بحضور عدد من القادة.

ويشهد الطريق الدولي السريع حوادث مرورية متكررة بسبب تهالك أجزاء منه وقلة الإنارة، فيما تقول الحكومة المحلية إن أعمال تأهيله ستنطلق مطلع العام المقبل.

━━━━━━
اقرأ أيضاً: محافظ الأنبار يفتتح مستشفى جديداً في القائم | موسم الحصاد في هيت
""",
    url="https://anbar-today.example/accidents/2026/08/09/rutba",
    outlet="الأنبار اليوم", published="2026-08-09",
    notes="Road accident killing soldiers, explicitly not an attack; no event.")
art("n_ye_houthi_leader_threat_speech", """
المشهد اليمني | سياسة
الخميس 23 أبريل 2026

زعيم الحوثيين يهدد باستهداف السفن و"العمق السعودي" إذا استمر الحصار

صنعاء - المشهد اليمني

هدد زعيم جماعة الحوثي، في خطاب متلفز مساء اليوم الخميس، باستئناف استهداف السفن في البحر الأحمر وخليج عدن، وضرب "منشآت حيوية في العمق السعودي"، في حال لم تُرفع القيود المفروضة على ميناء الحديدة ومطار صنعاء خلال أسابيع.

وقال في خطابه الأسبوعي إن جماعته "أعدّت مفاجآت لم يشهدها العدو من قبل"، وإن "صواريخنا ومسيّراتنا قادرة على الوصول إلى أي نقطة"، مستعرضاً ما وصفه بـ"انتصارات" الجماعة في المواجهة مع الولايات المتحدة خلال عام 2025.

ولم يصدر تعليق رسمي من الرياض حتى ساعة إعداد هذا الخبر، فيما قال مسؤول في الحكومة المعترف بها دولياً إن التهديدات "محاولة للهروب من الأزمات الداخلية وابتزاز المجتمع الدولي".

وتأتي التهديدات في وقت تتعثر فيه جهود الأمم المتحدة لإحياء خارطة الطريق التي جرى التفاهم عليها أواخر 2023، وسط تبادل للاتهامات بين الأطراف بشأن ملف الرواتب والأسرى.

ويرى محللون أن الجماعة تستخدم التصعيد الإعلامي ورقة ضغط في المفاوضات، دون أن يعني ذلك بالضرورة عودة فورية للهجمات.

📌 اقرأ أيضاً: ارتفاع أسعار القمح في صنعاء | انطلاق موسم الحج من مطار عدن
""",
    url="https://almashhad-ye.example/politics/2026/04/23/threat",
    outlet="المشهد اليمني", published="2026-04-23",
    notes="Threat speech and references to past attacks; no event.")

art("n_ye_opinion_war_economy", """
رأي | اقتصاد الحرب.. لماذا لا يريد أحد أن ينتهي القتال؟
بقلم: د. عبدالله باعبّاد - أستاذ الاقتصاد بجامعة عدن
صحيفة "الأيام الجديدة" - الأحد 12 يوليو 2026

بعد أكثر من أحد عشر عاماً على انفجار الحرب، لم يعد السؤال في اليمن: من ينتصر؟ بل: من يستفيد من استمرار الحرب؟

ففي كل جبهة من جبهات تعز ومأرب والضالع، نشأت شبكات مصالح تتاجر بالوقود والسلاح والمساعدات الإنسانية، وتحولت نقاط التفتيش إلى بوابات جباية. ولم يعد القصف والاشتباك مجرد أدوات عسكرية، بل أصبحا وسيلة لإعادة رسم خطوط التهريب وتقاسم الموارد.

لقد رأينا كيف أدت معارك 2021 في مأرب إلى نزوح مئات الآلاف، وكيف تحولت المدينة بعدها إلى سوق مزدهرة للعقارات. ورأينا كيف تحوّل حصار تعز إلى مصدر دخل لمن يسيطرون على الطرق البديلة.

إن أي اتفاق سلام لا يعالج هذه الشبكات سيكون هدنة مؤقتة لا أكثر. المطلوب خطة اقتصادية شاملة تعيد توحيد البنك المركزي والعملة، وتدمج المقاتلين في مشاريع إنتاجية، وتضمن رواتب منتظمة للموظفين في كل المحافظات.

قد يبدو هذا حلماً بعيداً، لكن البديل هو جيل آخر يكبر وهو لا يعرف من الحياة إلا أصوات الرصاص.

* الآراء الواردة في المقال تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي الصحيفة.
""",
    url="https://alayyam-jadida.example/opinion/2026/07/12/war-economy",
    outlet="الأيام الجديدة", published="2026-07-12",
    notes="Opinion column with past battles and sieges as examples; no event.")

art("n_sd_ocha_appeal_famine", """
بيان صحفي - مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)
بورتسودان / جنيف، 10 فبراير 2026

الأمم المتحدة تطلق نداءً بقيمة 4.8 مليار دولار لمواجهة أكبر أزمة إنسانية في العالم

أطلقت الأمم المتحدة وشركاؤها اليوم نداءً إنسانياً لعام 2026 بقيمة 4.8 مليار دولار لتقديم المساعدة المنقذة للحياة إلى 21 مليون شخص في السودان، حيث يدخل النزاع بين القوات المسلحة السودانية وقوات الدعم السريع عامه الرابع.

وقال منسق الشؤون الإنسانية إن أكثر من 12 مليون شخص نزحوا داخل البلاد أو فروا إلى دول الجوار منذ أبريل 2023، وإن ظروف المجاعة تأكدت في ما لا يقل عن عشر مناطق، بينها مخيمات للنازحين في شمال دارفور وجنوب كردفان.

وأضاف أن "عشرات الآلاف قُتلوا منذ بداية الحرب، ولا يزال المدنيون يدفعون الثمن الأكبر من القصف والهجمات على القرى والأسواق والمستشفيات".

وأشار البيان إلى أن نداء العام الماضي لم يُموَّل إلا بنسبة 42 في المئة، ما أجبر الوكالات على تقليص الحصص الغذائية وإغلاق عيادات متنقلة.

ودعا المكتب جميع الأطراف إلى احترام القانون الإنساني الدولي، وفتح ممرات آمنة ودائمة لوصول المساعدات، ووقف استخدام التجويع سلاحاً في الحرب.

لمزيد من المعلومات: المتحدث الإعلامي - ocha-sudan@un-example.example
""",
    url="https://ocha-ar.example/sudan/2026-02-10-appeal",
    outlet="أوتشا", published="2026-02-10",
    notes="Humanitarian appeal with cumulative figures since 2023; no event.")

art("n_sd_interview_geneina_survivor", """
حوار | "خرجت من الجنينة ولم أعد".. شهادة ناجية من حرب دارفور
منصة "نون السودانية" - السبت 18 أبريل 2026
حاورتها: سلمى عبد الرحيم

في مخيم أدري على الحدود التشادية، تجلس مريم، الأربعينية من قبيلة المساليت، أمام خيمتها التي تقيم فيها منذ نحو ثلاث سنوات. التقيناها في الذكرى الثالثة لاندلاع الحرب.

■ متى غادرتِ الجنينة؟
- في يونيو 2023، بعد أسابيع من الهجمات. كانت الميليشيات تدخل الأحياء وتحرق البيوت، ورأيت جيراني يُقتلون أمام أعيننا. خرجنا ليلاً سيراً على الأقدام.

■ ماذا حدث في الطريق؟
- كان الطريق إلى الحدود مليئاً بالجثث. فقدت أخي في الطريق، وحتى اليوم لا أعرف إن كان حياً أم ميتاً.

■ كيف هي الحياة في المخيم الآن؟
- الحصص الغذائية قلّت إلى النصف منذ العام الماضي. الأطفال يذهبون إلى مدرسة من الخيام، لكن لا كتب ولا معلمين بما يكفي.

■ هل تفكرين في العودة؟
- كيف أعود؟ بيتي صار رماداً، ومن قتلوا أهلنا ما زالوا هناك. أريد العدالة أولاً.

■ كلمة أخيرة؟
- نريد أن يعرف العالم أن ما حدث لنا لم يكن حرباً بين جيشين، بل كان قتلاً للناس بسبب أصلهم.

━━━
هذا الحوار جزء من سلسلة "أصوات النزوح" التي تنشرها المنصة بالتعاون مع مبادرات نسوية سودانية.
""",
    url="https://noon-sudan.example/interviews/2026/04/18/geneina-survivor",
    outlet="منصة نون السودانية", published="2026-04-18",
    notes="Interview about the 2023 El Geneina violence (history); no new event.")

art("n_ly_lna_exercise_sirte", """
وكالة الأنباء الليبية (وال) - المنطقة الشرقية
سرت - الأربعاء 18 مارس 2026 (الموافق 29 رمضان 1447)

القيادة العامة تنفذ مناورة "درع الصحراء 3" بالذخيرة الحية في سرت

نفذت وحدات من القوات المسلحة العربية الليبية التابعة للقيادة العامة، اليوم الأربعاء، مناورة عسكرية واسعة بالذخيرة الحية حملت اسم "درع الصحراء 3"، في ميدان الرماية جنوب مدينة سرت، بمشاركة وحدات برية وجوية وبحرية.

وتضمنت المناورة، وفق المكتب الإعلامي للقيادة العامة، تنفيذ رمايات بالمدفعية الثقيلة وراجمات الصواريخ، وإنزالاً جوياً بالمظلات، وهجوماً بالمدرعات على "مواقع افتراضية للعدو"، إضافة إلى تدريب على التصدي لطائرات مسيرة معادية.

وحضر المناورة عدد من كبار القادة العسكريين ووفود من دول صديقة، وقال رئيس الأركان في كلمة إن "القوات المسلحة جاهزة للدفاع عن كل شبر من أرض الوطن".

وتأتي المناورة بعد أسابيع من إعلان القيادة العامة عن صفقة لتوريد منظومات دفاع جوي جديدة، في ظل استمرار الانقسام المؤسسي بين الشرق والغرب رغم مساعي توحيد المؤسسة العسكرية عبر اللجنة العسكرية المشتركة 5+5.

#ليبيا #سرت #القوات_المسلحة
""",
    url="https://lana-east.example/2026/03/18/desert-shield-3",
    outlet="وكالة الأنباء الليبية (وال)", published="2026-03-18",
    notes="Live-fire military exercise and an arms purchase: not events. Hijri date in the header approximate.")

art("n_ly_misrata_inheritance_murder_case", """
صحيفة المرصد الليبية | حوادث وقضايا
الأحد 24 الماء 2026 (الموافق 24 مايو)

النيابة تحيل متهماً بقتل شقيقه في نزاع على ميراث إلى محكمة جنايات مصراتة

مصراتة - المرصد

أحالت نيابة مصراتة الابتدائية، اليوم الأحد، شاباً في العشرينيات من عمره إلى محكمة الجنايات بتهمة قتل شقيقه الأكبر عمداً بسلاح ناري، إثر خلاف على تقسيم قطعة أرض ورثاها عن والدهما، في حادثة هزّت منطقة الزروق الشهر الماضي.

وبحسب قرار الاتهام، فقد نشب شجار بين الشقيقين أمام منزل العائلة، تطور إلى إطلاق المتهم النار من مسدس غير مرخص، ما أدى إلى وفاة شقيقه على الفور، قبل أن يسلم نفسه إلى مركز شرطة الزروق بعد ساعات.

وطالبت النيابة بتطبيق أقصى العقوبة، فيما قال محامي المتهم إن موكله "لم يكن ينوي القتل وكان في حالة دفاع عن النفس".

وتشهد ليبيا انتشاراً واسعاً للأسلحة غير المرخصة منذ عام 2011، وتقول وزارة الداخلية إن أغلب جرائم القتل المسجلة سنوياً ترتبط بخلافات عائلية أو مالية يُستخدم فيها السلاح الناري.

◀ تصفح قسم الحوادث | 📞 للإبلاغ عن الأخبار: واتساب المرصد
""",
    url="https://almarsad-ly.example/crime/2026/05/24/misrata-case",
    outlet="صحيفة المرصد الليبية", published="2026-05-24",
    notes="Ordinary domestic crime (a family killing last month), now a court referral; not a political-violence "
          "event. Libyan month name 'الماء' (May) with the Gregorian equivalent.")

art("n_so_zoobe_anniversary_commemoration", """
راديو مقديشو - القسم العربي
الأربعاء 14 أكتوبر 2026

الصومال يحيي الذكرى التاسعة لتفجير تقاطع زوبي

مقديشو - أحيا الصوماليون، اليوم الأربعاء، الذكرى التاسعة لتفجير شاحنة مفخخة عند تقاطع زوبي في العاصمة مقديشو، الذي وقع في 14 أكتوبر 2017 وأودى بحياة أكثر من 500 شخص، في الهجوم الأكثر دموية في تاريخ البلاد.

ووضع رئيس الوزراء وأعضاء في الحكومة أكاليل من الزهور عند النصب التذكاري في موقع التفجير، فيما تُليت آيات من القرآن الكريم على أرواح الضحايا، ووقف الحضور دقيقة صمت.

وقال رئيس الوزراء في كلمته إن "الشعب الصومالي لن ينسى هذا اليوم، وسيواصل الحرب على الإرهاب حتى تحرير كل شبر من البلاد من قبضة الخوارج"، في إشارة إلى حركة الشباب.

وروت إحدى الناجيات، التي فقدت زوجها وطفليها في التفجير، أن "الجرح لم يلتئم بعد"، مطالبة الحكومة بالاهتمام بعائلات الضحايا والمصابين الذين يعاني كثير منهم إعاقات دائمة.

وأعلنت الحكومة أن البنك المركزي سيفتتح العام المقبل صندوقاً لدعم أسر ضحايا الهجمات الإرهابية.

🎧 استمع إلى التقرير الصوتي | 📻 البث المباشر
""",
    url="https://radio-mogadishu-ar.example/2026/10/14/zoobe-anniversary",
    outlet="راديو مقديشو", published="2026-10-14",
    notes="Anniversary commemoration of the 2017 Zoobe bombing; official ceremony, no event.")
art("n_bf_football_etalons_victory", """
سبورت أفريكا بالعربي | كرة القدم الإفريقية
السبت 28 مارس 2026

"الخيول" تكتسح مالي بثلاثية في واغادوغو وتقترب من التأهل

واغادوغو - سبورت أفريكا

شنّ منتخب بوركينا فاسو هجوماً كاسحاً منذ صافرة البداية أمام ضيفه المالي، مساء أمس الجمعة على ملعب 4 أغسطس، ليحسم "ديربي الساحل" بثلاثة أهداف نظيفة في التصفيات المؤهلة لكأس الأمم الإفريقية.

وافتتح المهاجم عيسى كابوري التسجيل في الدقيقة 12 بقذيفة صاروخية من خارج منطقة الجزاء استقرت في الزاوية العليا، قبل أن يضيف زميله الهدف الثاني برأسية إثر ركلة ركنية في الدقيقة 38.

وفي الشوط الثاني، واصل "الخيول" حصارهم لمرمى "النسور"، وأطلق البديل الشاب رصاصة الرحمة في الدقيقة 81 بعد مرتدة سريعة، وسط احتفالات هستيرية من أكثر من ثلاثين ألف مشجع.

وقال مدرب بوركينا فاسو بعد المباراة: "خضنا معركة حقيقية، ولاعبونا قاتلوا على كل كرة كأنها الأخيرة"، فيما اعترف مدرب مالي بأن فريقه "سقط في فخ الضغط العالي ولم يصمد دفاعياً".

وبهذا الفوز، يرفع منتخب بوركينا فاسو رصيده إلى عشر نقاط في صدارة المجموعة، بفارق ثلاث نقاط عن أقرب ملاحقيه.

⚽ جدول المباريات | 📊 الترتيب | 🎥 ملخص الأهداف (4:05)
""",
    url="https://sport-africa-ar.example/football/2026/03/28/burkina-mali",
    outlet="سبورت أفريكا بالعربي", published="2026-03-28",
    notes="Football report full of war metaphors (هجوم، قذيفة، رصاصة الرحمة، معركة، حصار); no event.")

art("n_ne_army_denies_base_fall", """
أنباء النيجر | Niger Infos Arabe
نيامي - الاثنين 9 فبراير 2026

الجيش النيجري ينفي سقوط قاعدة عسكرية في تيلابيري ويتهم "حسابات مشبوهة" بنشر الشائعات

نفت هيئة الأركان العامة للقوات المسلحة النيجرية، اليوم الاثنين، ما تداولته حسابات على مواقع التواصل الاجتماعي عن سقوط قاعدة عسكرية في منطقة تيلابيري بيد مسلحين، ووصفت تلك المعلومات بأنها "كاذبة جملة وتفصيلاً".

وقالت الهيئة في بيان تلاه متحدث باسمها على التلفزيون الرسمي إن "جميع المواقع العسكرية في المنطقة تحت السيطرة الكاملة لقواتنا، ولم يُسجل أي هجوم خلال الأيام الماضية"، متهمة "حسابات مشبوهة تديرها جهات أجنبية" بالسعي إلى "زعزعة معنويات الشعب".

وكانت مقاطع فيديو قد انتشرت يوم الأحد تظهر مسلحين يرفعون راية سوداء أمام مبانٍ مهدمة، وادعى ناشروها أنها صُوّرت في القاعدة. وأكد صحفيون محليون تحققوا من المقاطع أنها تعود إلى هجوم وقع في مالي قبل نحو عامين.

وحذّر البيان من أن "كل من يشارك في نشر الأخبار الكاذبة سيتعرض للملاحقة القضائية وفقاً لقانون الجرائم الإلكترونية".

ويأتي ذلك في سياق تشديد السلطات العسكرية الرقابة على المعلومات المتعلقة بالوضع الأمني منذ توليها الحكم في يوليو 2023.

📲 حمّل تطبيق أنباء النيجر | 📰 النشرة الصباحية
""",
    url="https://niger-infos-ar.example/2026/02/09/army-denial",
    outlet="أنباء النيجر", published="2026-02-09",
    notes="Denial of a rumoured base takeover; the viral video is from an old attack in Mali (no date or place "
          "given). No event.")

art("n_lb_funeral_died_of_old_wounds", """
الوكالة الوطنية للإعلام - مكتب صور
الجمعة 23 كانون الثاني 2026

تشييع في بلدة عيترون لشاب توفي متأثراً بجروح أصيب بها خلال الحرب

شيّع أهالي بلدة عيترون الجنوبية، اليوم الجمعة، الشاب علي ح. (27 عاماً)، الذي توفي أمس في أحد مستشفيات بيروت متأثراً بجروح بالغة كان قد أصيب بها في غارة إسرائيلية استهدفت البلدة في تشرين الأول 2024، خلال الحرب الأخيرة.

وانطلق موكب التشييع من باحة حسينية البلدة وسط حضور حاشد من الأهالي وفاعليات سياسية ودينية، وأُلقيت كلمات أشادت بـ"صبر العائلة التي قدّمت شهيدين قبله"، قبل أن يوارى الثرى في جبانة البلدة.

وكان الشاب قد أمضى أكثر من عام في العلاج بين مستشفيات صور وبيروت، وخضع لعدة عمليات جراحية من دون أن تتحسن حالته.

ولا تزال أجزاء واسعة من عيترون مدمرة، فيما يعيش كثير من سكانها في منازل مستأجرة في صور والنبطية بانتظار بدء عملية إعادة الإعمار.

وتقدّر الحكومة اللبنانية عدد من قتلوا خلال الحرب بين تشرين الأول 2023 وتشرين الثاني 2024 بأكثر من أربعة آلاف شخص.

الوسوم: عيترون | تشييع | الجنوب
""",
    url="https://nna-sour.example/2026/01/23/aitaroun-funeral",
    outlet="الوكالة الوطنية للإعلام", published="2026-01-23",
    notes="Funeral of a man who died of wounds from an October 2024 strike: the strike is history and the death is "
          "not a new event.")

art("n_ps_book_review_gaza_diary", """
ثقافة | قراءة في كتاب
"يوميات الخيمة".. حين يكتب الأطباء الحرب
موقع "عرب 48 الثقافي" - الأحد 8 تشرين الثاني 2026 - بقلم: هالة منصور

يأتي كتاب "يوميات الخيمة" للطبيب الغزي د. سامي أبو شمالة، الصادر حديثاً عن دار الأهلية في عمّان، في 312 صفحة، ليضيف شهادة جديدة إلى مكتبة الحرب على غزة التي بدأت في تشرين الأول 2023.

يروي الكاتب في فصول قصيرة يومياته بين مستشفى ناصر في خان يونس وخيمة نزوح في المواصي: ليالي القصف، والعمليات الجراحية تحت ضوء الهواتف، وطوابير الجرحى الذين كانوا يصلون بالعشرات بعد كل غارة. ولا يكتفي بوصف الموت، بل يلتقط تفاصيل الحياة الصغيرة: فنجان قهوة مقتسم، ونكتة يطلقها ممرض منهك، وطفلة ترسم البحر على جدار الخيمة.

أقوى فصول الكتاب هو "اقتحام"، الذي يصف فيه حصار المستشفى وإجبار الطاقم على المغادرة، بلغة متقشفة تخلو من الشعارات. أما أضعفها فهو الفصل الأخير الذي يغرق في التأملات العامة عن السياسة الدولية.

"يوميات الخيمة" ليس كتاب تاريخ، بل وثيقة إنسانية تُذكّر بأن وراء الأرقام وجوهاً وأسماء. ويستحق أن يُترجم إلى لغات أخرى.

التقييم: ★★★★☆
📚 يتوفر الكتاب في معرض الشارقة الدولي للكتاب، جناح دار الأهلية
""",
    url="https://arab48-culture.example/books/2026/11/08/tent-diaries",
    outlet="عرب 48 الثقافي", published="2026-11-08",
    notes="Book review about the Gaza war; the bombings and siege described are history in a memoir. No event.")

art("n_eg_sohag_vendetta_verdict", """
بوابة الصعيد الإخبارية | حوادث وقضايا
الأربعاء 15 يوليو 2026

السجن المؤبد لـ7 متهمين في قضية "ثأر العسيرات" بسوهاج

سوهاج - بوابة الصعيد

قضت محكمة جنايات سوهاج، اليوم الأربعاء، بالسجن المؤبد على سبعة متهمين، والسجن المشدد 15 عاماً على ثلاثة آخرين، في القضية المعروفة إعلامياً بـ"ثأر العسيرات"، التي راح ضحيتها أربعة أشخاص من عائلة واحدة في أغسطس 2024.

وكانت تحقيقات النيابة العامة قد كشفت أن المتهمين نصبوا كميناً للضحايا على طريق زراعي بقرية تابعة لمركز دار السلام، وأمطروهم بوابل من الأعيرة النارية من أسلحة آلية، أخذاً بثأر قريب لهم قُتل قبل ذلك بثلاث سنوات.

وشهدت جلسة النطق بالحكم إجراءات أمنية مشددة، حيث انتشرت قوات الأمن في محيط مجمع المحاكم، تحسباً لأي احتكاكات بين العائلتين.

وفي سياق متصل، أعلنت مديرية أمن سوهاج عقد جلسة صلح بين العائلتين الشهر المقبل برعاية لجنة المصالحات، لإنهاء الخصومة الثأرية بشكل نهائي وتقديم "القودة".

وتنتشر ظاهرة الثأر في عدد من محافظات الصعيد، وتقول السلطات إن لجان المصالحات نجحت في إنهاء عشرات الخصومات خلال الأعوام الماضية.

📌 اقرأ أيضاً: ضبط 3 أطنان من الدقيق المدعم قبل بيعها في السوق السوداء بأخميم
""",
    url="https://saeed-gate.example/crime/2026/07/15/vendetta-verdict",
    outlet="بوابة الصعيد الإخبارية", published="2026-07-15",
    notes="Verdict about a 2024 vendetta killing (old attack); an announced reconciliation session is a plan. Egyptian "
          "month names. No event.")

art("n_ng_zamfara_banditry_annual_stats", """
مركز الساحل للدراسات الأمنية
تقرير إحصائي | العنف في شمال غرب نيجيريا: حصاد 2025
نُشر في: 20 يناير 2026

ملخص تنفيذي

سجّل مركز الساحل للدراسات الأمنية خلال عام 2025 ما مجموعه 1,142 حادثة عنف في ولايات زامفارا وكاتسينا وسوكوتو وكيبي والنيجر، أسفرت عن مقتل ما لا يقل عن 3,280 شخصاً واختطاف أكثر من 4,600 آخرين، معظمهم على أيدي عصابات "قطاع الطرق" المسلحة.

وجاءت ولاية زامفارا في المرتبة الأولى من حيث عدد الضحايا (1,190 قتيلاً)، تليها كاتسينا (870)، فيما شهدت ولاية سوكوتو تصاعداً ملحوظاً في هجمات جماعة "لاكوراوا" في المناطق الحدودية مع النيجر.

وبحسب التقرير، تراجعت عمليات الاختطاف الجماعي للطلاب مقارنة بعام 2024، لكن عمليات الخطف على الطرق السريعة ارتفعت بنسبة 18 في المئة. كما رُصدت 97 غارة جوية للقوات الجوية النيجيرية، أدت بعضها إلى سقوط ضحايا مدنيين.

ويوصي التقرير الحكومة الفيدرالية بتعزيز التنسيق بين الجيش والشرطة ولجان الدفاع الأهلية، ومعالجة جذور الأزمة المرتبطة بالتنافس على الأراضي والمراعي، وتنظيم سوق الذهب غير الشرعي الذي يموّل العصابات.

📄 تحميل التقرير الكامل (PDF، 64 صفحة) | 📊 لوحة البيانات التفاعلية
""",
    url="https://sahel-security-center.example/reports/nw-nigeria-2025",
    outlet="مركز الساحل للدراسات الأمنية", published="2026-01-20",
    notes="Annual statistics report; aggregate figures only, no dated event.")

art("n_et_fano_talks_analysis", """
تحليل | هل تنجح مفاوضات أديس أبابا و"فانو" حيث فشلت البنادق؟
موقع "القرن الإفريقي اليوم" - الخميس 17 سبتمبر 2026
بقلم: محمود آدم - باحث في شؤون القرن الإفريقي

للمرة الأولى منذ اندلاع التمرد المسلح في إقليم أمهرة صيف 2023، جلس ممثلون عن الحكومة الإثيوبية وقادة من ميليشيا "فانو" إلى طاولة واحدة الأسبوع الماضي في نيروبي، في جولة استكشافية برعاية الهيئة الحكومية للتنمية (إيغاد).

لم تصدر عن الجولة نتائج ملموسة، لكن مجرد انعقادها يحمل دلالات. فالحكومة التي وصفت "فانو" طويلاً بأنها "عصابات متطرفة"، باتت تدرك أن الحسم العسكري مكلف؛ إذ شهد الإقليم خلال ثلاث سنوات معارك في غوندر وديبري ماركوس ولاليبيلا، وغارات بطائرات مسيّرة أوقعت مئات الضحايا المدنيين بحسب منظمات حقوقية.

في المقابل، تعاني "فانو" من انقسامات بين قياداتها الميدانية، ومن صعوبة توفير السلاح والذخيرة بعد تشديد الرقابة على الحدود السودانية.

غير أن العقبات كثيرة: مطالب "فانو" بإعادة ترسيم الحدود مع تيغراي، ورفض الحكومة أي حديث عن نزع سلاح قوات الإقليم الخاصة، إضافة إلى انعدام الثقة المتراكم منذ اتفاق بريتوريا الذي تشعر فصائل أمهرة بأنه تجاهل مصالحها.

ويبقى السؤال: هل تكون مفاوضات نيروبي بداية مسار سياسي، أم مجرد استراحة محارب قبل جولة جديدة من القتال؟

💬 شاركنا رأيك في التعليقات
""",
    url="https://horn-today.example/analysis/2026/09/17/fano-talks",
    outlet="القرن الإفريقي اليوم", published="2026-09-17",
    notes="Analysis of exploratory talks held 'last week' abroad, with past battles as background; talks without an "
          "agreement are not coded. No event.")

art("n_dz_obituary_mujahid", """
جريدة الشروق الجديد | وطني
الجزائر - الخميس 5 فيفري 2026

وفاة المجاهد الطاهر بن عيسى عن عمر ناهز 94 عاماً

انتقل إلى رحمة الله، أمس الأربعاء، المجاهد الطاهر بن عيسى، أحد قدامى جيش التحرير الوطني في الولاية التاريخية الثانية، عن عمر ناهز 94 عاماً، بعد صراع مع المرض، حسبما علم من عائلته.

والتحق الفقيد بصفوف الثورة التحريرية سنة 1955، وشارك في عدة معارك ضد جيش الاحتلال الفرنسي في جبال الشمال القسنطيني، أبرزها معركة "بني صبيح" سنة 1957، حيث أصيب بجروح بليغة. كما اعتُقل سنة 1959 وتعرض للتعذيب في سجن الكدية بقسنطينة قبل أن يُطلق سراحه عشية الاستقلال في جويلية 1962.

وبعد الاستقلال، تقلد الفقيد عدة مناصب في الإدارة المحلية بولاية جيجل، وعُرف بنشاطه في تدوين شهادات رفاقه عن الثورة.

وبعث وزير المجاهدين وذوي الحقوق برقية تعزية إلى عائلة الفقيد، أشاد فيها بـ"مسيرته النضالية الحافلة بالتضحيات في سبيل تحرير الوطن".

وسيوارى جثمان الفقيد الثرى بعد صلاة الظهر اليوم بمقبرة الشهداء في مسقط رأسه بالطاهير.

إنا لله وإنا إليه راجعون.
""",
    url="https://echorouk-jadid.example/watani/2026/02/05/obituary",
    outlet="الشروق الجديد", published="2026-02-05",
    notes="Obituary of an independence-war veteran; battles and imprisonment in 1955-1962 are history. Maghrebi month "
          "names (فيفري، جويلية). No event.")


PART = gold_tools.BlindPart(ARTICLES, OUT, prefix="n_", script="_build_n.py", allowed_actors=frozenset(ALLOWED_ACTORS))
known_actor_eras = gold_tools.known_actor_eras
validate, check_directory, main = PART.validate, PART.check_directory, PART.main


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
