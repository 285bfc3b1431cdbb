"""Build and validate the dev gold set, part J (tests/gold_dev/j_*.json).

Written BLIND: the author did not open the event coder (src/marsad/events/**), its trigger lexicons
(src/marsad/data/triggers/**), modality.yaml, non_event_cues.yaml, lang/ar/data/figures.yaml, any
tests/test_coder_*.py, nor any gold article text (tests/gold_dev/*.json, tests/gold_holdout/**, the article
definitions of tests/gold_dev/_build_*.py), and did not run the coder, `marsad eval` or `marsad run` on these
articles. What the author read: /work/shared/gold/README.md (format and scoring), the two gold JSON files there
(format only), /work/shared/reference/acled-taxonomy.md, tests/gold_tools.py, the scaffolding of
tests/gold_dev/_build_h.py (header, constants, final functions), the canonical actor names and eras of
src/marsad/data/actors/*.yaml, and `marsad gazetteer lookup` for a few coordinates.

Part J covers Libya, Tunisia, Algeria, Morocco, Sudan, South Sudan, Somalia, Mali, Burkina Faso, Niger, Chad and
Nigeria: hard non-event articles full of violent vocabulary (talks, verdicts, commemorations, reports, denials,
funerals, exercises, accidents, security plans, opinion, sport, floods) and event articles told in depth with
background, reactions and revised tolls, plus two round-ups. All texts are original and fictional (invented
incidents at real places, fictional outlets with .example domains).
Run:  python tests/gold_dev/_build_j.py          (write the files, then validate them)
      python tests/gold_dev/_build_j.py --check  (only validate the files on disk)
Checks: every j_*.json parses and has the gold keys; every evidence span occurs verbatim in its text; incident is
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

# Staging folder: another helper measures on tests/gold_dev; the lead moves these files there and switches OUT.
OUT = Path(__file__).resolve().parent

# ACLED-style names used here that the actor lexicon does not know (yet); everything else must be canonical.
ALLOWED_ACTORS: set[str] = set()

# canonical actor names (src/marsad/data/actors)
BRIGADE_444 = "444 Brigade"
RADA = "Radaa Special Deterrence Force (RADA)"
DZA = "Military Forces of Algeria"
MAR_POL = "Police Forces of Morocco"
SAF = "Military Forces of Sudan (2019-)"
RSF = "Rapid Support Forces (RSF)"
JOINT_FORCE = "Joint Force of Armed Struggle Movements (Sudan)"
DINKA = "Dinka Ethnic Militia (South Sudan)"
SOM = "Military Forces of Somalia (2022-)"
SHB = "Al Shabaab"
MLI = "Military Forces of Mali (2021-)"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"
NER = "Military Forces of Niger (2023-)"
ISSP = "Islamic State Sahel Province (ISSP)"
TCD = "Military Forces of Chad (2021-)"
JAS = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad (JAS)"
NGA = "Military Forces of Nigeria (2023-)"
NGA_POL = "Police Forces of Nigeria (2023-)"
ISWAP = "Islamic State West Africa Province (ISWAP)"
BANDITS = "Bandits (Nigeria)"

# place key -> (country, admin1, location, lat, lon); coordinates from general knowledge, cross-checked against
# `marsad gazetteer lookup` where it knows the place (Ain Zara, Zawiya, Kasserine, El Obeid, Kutum, Rumbek,
# Solenzo); approximate for villages it does not know.
PLACES = {
    "ain_zara": ("Libya", "Tripoli", "Ain Zara, Tripoli", 32.80, 13.23),
    "zawiya": ("Libya", "Zawiya", "Zawiya, Zawiya", 32.76, 12.73),
    "harsha": ("Libya", "Zawiya", "Al-Harsha, Zawiya", 32.77, 12.63),
    "semmama": ("Tunisia", "Kasserine", "Jebel Semmama, Kasserine", 35.24, 8.72),
    "collo": ("Algeria", "Skikda", "Collo, Skikda", 37.01, 6.57),
    "figuig": ("Morocco", "Oriental", "Figuig, Oriental", 32.11, -1.23),
    "el_obeid": ("Sudan", "North Kordofan", "El Obeid, North Kordofan", 13.18, 30.22),
    "bara": ("Sudan", "North Kordofan", "Bara, North Kordofan", 13.70, 30.37),
    "um_sumeima": ("Sudan", "North Kordofan", "Um Sumeima, North Kordofan", 13.17, 29.98),
    "fata_borno": ("Sudan", "North Darfur", "Fata Borno, North Darfur", 14.23, 24.55),
    "akot": ("South Sudan", "Lakes", "Akot, Lakes", 6.55, 30.13),
    "awdheegle": ("Somalia", "Lower Shabelle", "Awdheegle, Lower Shabelle", 1.98, 44.83),
    "bariire": ("Somalia", "Lower Shabelle", "Bariire, Lower Shabelle", 1.93, 44.86),
    "diabaly": ("Mali", "Segou", "Diabaly, Segou", 14.69, -6.01),
    "sokolo": ("Mali", "Segou", "Sokolo, Segou", 14.74, -6.12),
    "kouri_solenzo": ("Burkina Faso", "Boucle du Mouhoun", "Kouri (near Solenzo), Boucle du Mouhoun", 12.31, -4.08),
    "banibangou": ("Niger", "Tillaberi", "Banibangou, Tillaberi", 15.04, 2.70),
    "baga_sola": ("Chad", "Lac", "Baga Sola, Lac", 13.53, 14.32),
    "faskari": ("Nigeria", "Katsina", "Faskari, Katsina", 11.72, 7.03),
    "damboa": ("Nigeria", "Borno", "Damboa, Borno", 11.15, 12.76),
    "tumbuns": ("Nigeria", "Borno", "Tumbuns (Lake Chad shore), Borno", 13.15, 13.60),
    "bokkos": ("Nigeria", "Plateau", "Bokkos, Plateau", 9.30, 9.00),
    "kano": ("Nigeria", "Kano", "Kano, Kano", 12.00, 8.52),
}


ev = partial(make_event, PLACES)
ARTICLES: dict[str, dict] = {}
art = partial(add_article, ARTICLES)


# ================================================================================================ event articles
art("j_ly_ain_zara_clash", """
الرئيسية | ليبيا | سياسة | اقتصاد | رياضة | اتصل بنا
ارتفاع حصيلة اشتباكات عين زارة إلى خمسة قتلى وسط هدوء حذر
طرابلس – بوابة المدار | الإثنين 14 أبريل 2025
ارتفعت حصيلة الاشتباكات التي اندلعت مساء أمس الأحد في منطقة عين زارة جنوب العاصمة طرابلس إلى خمسة قتلى بينهم مدني، بعد أن كانت مصادر طبية قد أعلنت في البداية عن ثلاثة قتلى وتسعة جرحى.
وبحسب شهود عيان، بدأت المواجهات عندما هاجمت عناصر تابعة للواء 444 قتال بوابة أمنية يسيطر عليها جهاز الردع قرب جسر عين زارة، قبل أن تتوسع رقعة الاشتباكات إلى الأحياء السكنية المجاورة وتُستخدم فيها الأسلحة المتوسطة وقذائف الآر بي جي.
وقال مركز طب الطوارئ والدعم في بيان إن فرقه نقلت الجرحى إلى مستشفى الحوادث بأبوسليم، مشيراً إلى أن "عدد القتلى ارتفع إلى خمسة بعد وفاة اثنين من المصابين متأثرين بجراحهما فجر اليوم".
وأعلنت وزارة الداخلية بحكومة الوحدة الوطنية أنها ستتخذ "كل الإجراءات اللازمة لردع المعتدين"، فيما دعت البعثة الأممية في بيان إلى وقف فوري لإطلاق النار وحماية المدنيين.
وتعيد هذه المواجهات إلى الأذهان اشتباكات أغسطس 2023 التي شهدتها المنطقة ذاتها وخلفت عشرات القتلى، كما تأتي بعد أسابيع من توتر بين التشكيلين على خلفية اعتقال أحد القادة الميدانيين.
وساد صباح اليوم الإثنين هدوء حذر في عين زارة، مع انتشار آليات عسكرية في الشوارع الرئيسية وإغلاق عدد من المدارس والمحال التجارية.
اقرأ أيضاً: الدبيبة يلتقي وفداً من أعيان الزاوية لبحث ملف المصالحة
شارك: فيسبوك | إكس | واتساب
جميع الحقوق محفوظة © بوابة المدار 2025
""", url="https://almadar-gate.example/libya/ain-zara-toll", outlet="بوابة المدار", published="2025-04-14",
    incident="j-ly-ain-zara-2025-04-13",
    events=[
        ev(B, "Armed clash", "2025-04-13", BRIGADE_444, RADA, "ain_zara", 5,
           "هاجمت عناصر تابعة للواء 444 قتال بوابة أمنية يسيطر عليها جهاز الردع"),
    ],
    notes="Toll revised from 3 to 5 ('ارتفع إلى خمسة'), the revision replaces it. actor1 = 444 Brigade, which "
          "attacked the RADA checkpoint. The August 2023 clashes and the arrest of a commander are background; the "
          "ministry's vow and the UN call are reactions.")

art("j_ly_zawiya_riot", """
الزاوية نيوز
محتجون غاضبون يضرمون النار في مقر المجلس البلدي بالزاوية
الإثنين 2 يونيو 2025
أقدم عشرات المحتجين، مساء أمس الأحد، على اقتحام مقر المجلس البلدي في مدينة الزاوية وإضرام النار في أجزاء منه، احتجاجاً على ما وصفوه بتقاعس السلطات عن وضع حد لفوضى السلاح في المدينة.
وتجمع المحتجون في البداية أمام المقر الواقع وسط المدينة رافعين لافتات تطالب بإخراج التشكيلات المسلحة من الأحياء السكنية، قبل أن يكسروا البوابة الرئيسية ويرشقوا المبنى بالحجارة ويشعلوا النار في مكاتب الطابق الأرضي.
وجاءت الاحتجاجات عقب مقتل طفل في الحادية عشرة من عمره الأسبوع الماضي برصاصة طائشة خلال تبادل لإطلاق النار بين مجموعتين مسلحتين في منطقة الحرشة غرب المدينة، وهي الحادثة التي أثارت موجة غضب واسعة على مواقع التواصل.
وأفاد مصدر في مديرية أمن الزاوية بأن عناصر الأمن لم تتدخل "تفادياً لإراقة الدماء"، مؤكداً أنه لم تسجل أي إصابات بشرية، وأن فرق الإطفاء تمكنت من السيطرة على الحريق بعد نحو ساعتين.
وقال عميد البلدية في تصريح لقناة محلية إن "ما حدث عمل تخريبي مرفوض"، متوعداً بملاحقة المتورطين قضائياً، فيما أصدرت عائلة الطفل بياناً تبرأت فيه من أعمال التخريب ودعت إلى التظاهر السلمي.
ويطالب نشطاء المدينة منذ أشهر بتفعيل الترتيبات الأمنية التي أُعلن عنها العام الماضي ولم تُنفذ.
""", url="https://zawiya-news.example/2025/06/02/baladiya-fire", outlet="الزاوية نيوز", published="2025-06-02",
    incident="j-ly-zawiya-riot-2025-06-01",
    events=[
        ev(R, "Violent demonstration", "2025-06-01", rioters("Libya"), None, "zawiya", 0,
           "اقتحام مقر المجلس البلدي في مدينة الزاوية وإضرام النار في أجزاء منه"),
        ev(B, "Armed clash", None, uag("Libya"), uag("Libya"), "harsha", 1,
           "تبادل لإطلاق النار بين مجموعتين مسلحتين في منطقة الحرشة", optional=True),
    ],
    notes="Main event: rioters stormed and burned part of the municipal building; security did not intervene; "
          "'no human injuries' so fatalities 0. The exchange of fire in Al-Harsha 'last week' that killed a child "
          "is background told with place but no day (optional, date null).")

art("j_tn_semmama_mine", """
الوسط التونسية | جهات | القصرين
القصرين: وفاة راعٍ وإصابة شقيقه في انفجار لغم بجبل سمامة
القصرين – الأربعاء 18 جوان 2025
توفي صباح أمس الثلاثاء راعٍ يبلغ من العمر 34 عاماً وأصيب شقيقه الأصغر بجروح بليغة إثر انفجار لغم تقليدي الصنع بالمرتفعات الغربية لجبل سمامة شمال غربي مدينة القصرين، وفق ما أكده مصدر أمني لـ"الوسط".
وأوضح المصدر أن الضحيتين كانا يرعيان قطيعاً من الأغنام في منطقة مصنفة عسكرية مغلقة حين داس أحدهما على اللغم، وقد تم نقل المصاب إلى المستشفى الجهوي بالقصرين ومنه إلى مستشفى سهلول بسوسة نظراً لخطورة إصابته.
وأشارت وزارة الدفاع الوطني في بلاغ إلى أن الألغام المزروعة في المرتفعات "من صنع العناصر الإرهابية المتحصنة بالجبال"، مذكّرة بأن المنطقة مغلقة أمام المدنيين منذ سنة 2014، وداعية المواطنين إلى عدم الاقتراب منها.
ويأتي هذا الحادث بعد أشهر قليلة من انفجار مماثل في جبل الشعانبي أودى بحياة جندي في فيفري الماضي، فيما سجلت الجهة منذ 2013 عشرات الضحايا بين عسكريين ومدنيين جراء الألغام.
وستنطلق وحدات الجيش الوطني خلال الأيام القادمة في عمليات تمشيط واسعة بالمنطقة، بحسب ذات البلاغ.
وقد شُيّع جثمان الفقيد عصر اليوم بمقبرة مسقط رأسه وسط أجواء من الحزن والغضب، حيث طالب الأهالي بتوفير مواطن شغل بديلة لشباب المناطق الجبلية.
""", url="https://wasat-tn.example/regions/kasserine/mine-semmama", outlet="الوسط التونسية", published="2025-06-18",
    incident="j-tn-semmama-mine-2025-06-17",
    events=[
        ev(E, "Remote explosive/landmine/IED", "2025-06-17", uag("Tunisia"), civ("Tunisia"), "semmama", 1,
           "إثر انفجار لغم تقليدي الصنع بالمرتفعات الغربية لجبل سمامة"),
    ],
    notes="A mine planted by unnamed 'terrorist elements' killed a shepherd: actor1 is an unidentified armed group, "
          "actor2 civilians. The February Chaambi blast is history in passing; the sweep is future; the funeral is "
          "not an event.")

art("j_dz_collo_operation", """
وكالة الأنباء المغاربية – الجزائر
وزارة الدفاع الوطني: القضاء على إرهابيين اثنين واسترجاع أسلحة بالقل
الجزائر – الخميس 21 أوت 2025
في إطار مكافحة الإرهاب، وإثر عملية بحث وتمشيط بالقرب من بلدية القل بولاية سكيكدة بالناحية العسكرية الخامسة، تمكنت مفرزة للجيش الوطني الشعبي، مساء يوم 19 أوت 2025، من القضاء على إرهابيين اثنين (02) واسترجاع مسدس رشاش من نوع كلاشنيكوف وبندقية نصف آلية وكمية من الذخيرة، حسب ما أفاد به بيان لوزارة الدفاع الوطني اليوم الخميس.
وأوضح البيان أن العملية لا تزال متواصلة بالمنطقة، مشيراً إلى أن هوية الإرهابيين المقضي عليهما قيد التحديد.
وفي سياق متصل، وفي إطار الحصيلة العملياتية للفترة الممتدة من 13 إلى 19 أوت، أوقفت مفارز مشتركة للجيش الوطني الشعبي 7 عناصر دعم للجماعات الإرهابية في عمليات متفرقة عبر التراب الوطني، فيما تم كشف وتدمير 4 مخابئ و3 قنابل تقليدية الصنع.
كما أحبط حراس السواحل محاولات هجرة غير شرعية لـ 112 شخصاً، وأوقفت مفارز بتمنراست وبرج باجي مختار وعين قزام 386 منقباً عن الذهب، وحجزت مركبات ومولدات كهربائية ومطارق ضغط.
وتجدد وزارة الدفاع الوطني التأكيد على عزمها الراسخ على تعقب فلول الجماعات الإرهابية عبر كامل التراب الوطني وحماية حدود البلاد.
""", url="https://maghreb-news-agency.example/dz/mdn-collo", outlet="وكالة الأنباء المغاربية", published="2025-08-21",
    incident="j-dz-collo-2025-08-19",
    events=[
        ev(B, "Armed clash", "2025-08-19", DZA, uag("Algeria"), "collo", 2,
           "تمكنت مفرزة للجيش الوطني الشعبي، مساء يوم 19 أوت 2025، من القضاء على إرهابيين اثنين"),
    ],
    notes="An army search operation that 'eliminated' two militants is coded as an armed clash with an unnamed group. "
          "The weekly tally (7 support elements arrested, hideouts destroyed, migrants, gold diggers) covers a week "
          "and the whole country with no place or day per item: not coded.")

art("j_ma_figuig_protest", """
شرق بريس – جهة الشرق
فجيج: القوات العمومية تفرق وقفة احتجاجية للساكنة ضد "تفويت" تدبير الماء
الأحد 6 يوليوز 2025
عمدت القوات العمومية، مساء أمس السبت، إلى تفريق وقفة احتجاجية نظمها العشرات من ساكنة مدينة فجيج أمام مقر الجماعة، للتعبير عن رفضهم لقرار تفويت تدبير قطاع الماء الصالح للشرب إلى شركة جهوية.
وأفاد شهود عيان بأن عناصر الأمن الوطني والقوات المساعدة تدخلت بعد نحو ساعة من انطلاق الوقفة، ودفعت المحتجين نحو الأزقة المجاورة، ما خلف حالات إغماء في صفوف بعض النساء المسنات، فيما تم توقيف ثلاثة شبان قبل أن يطلق سراحهم في وقت متأخر من الليل.
ورفع المحتجون شعارات من قبيل "الماء ماشي للبيع" و"فجيج ماشي للبيع"، مؤكدين أن احتجاجاتهم سلمية وستستمر إلى حين إلغاء القرار.
وتعيش المدينة الحدودية على وقع احتجاجات متواصلة منذ أواخر 2023، حيث شهدت مسيرات أسبوعية حاشدة، كما خاضت ساكنتها إضراباً عاماً في شهر نونبر الماضي.
من جهتها، أكدت مصادر من السلطة المحلية أن التدخل تم "وفق القانون" بعد انتهاء المدة المسموح بها للوقفة، نافية استعمال العنف في حق المحتجين.
وتعتزم تنسيقية الدفاع عن الماء تنظيم مسيرة جديدة يوم الجمعة المقبل، فيما دعت فعاليات حقوقية إلى فتح حوار جدي مع الساكنة.
تابعونا على فيسبوك | النشرة البريدية | سياسة الخصوصية
""", url="https://sharq-press.example/figuig/water-protest", outlet="شرق بريس", published="2025-07-06",
    incident="j-ma-figuig-protest-2025-07-05",
    events=[
        ev(P, "Protest with intervention", "2025-07-05", protesters("Morocco"), MAR_POL, "figuig", None,
           "عمدت القوات العمومية، مساء أمس السبت، إلى تفريق وقفة احتجاجية"),
    ],
    notes="Sit-in dispersed by police and auxiliary forces, three briefly detained: one protest-with-intervention "
          "event (the detentions are part of it). No death figure, so fatalities null. Earlier marches and the "
          "November strike are background; Friday's march is planned.")

art("j_sd_el_obeid_drone", """
النيلين اليوم | أخبار السودان
الأربعاء ١٥ أكتوبر ٢٠٢٥
مقتل ٧ مدنيين في قصف بمسيّرة استهدف سوقاً بالأبيض
الأبيض – قُتل ما لا يقل عن سبعة مدنيين وأصيب ١٩ آخرون، صباح اليوم الأربعاء، إثر قصف بطائرة مسيّرة استهدف السوق الشعبي بمدينة الأبيض، حاضرة ولاية شمال كردفان، في هجوم نسبته السلطات المحلية إلى قوات الدعم السريع.
وقالت غرفة طوارئ الأبيض إن المسيّرة أطلقت مقذوفين على الأقل على منطقة الجزارة وسط السوق في ساعة الذروة، مما أدى إلى احتراق عدد من المحال التجارية، مرجحة ارتفاع عدد الضحايا بسبب خطورة بعض الإصابات.
واتهم والي شمال كردفان في تصريح صحفي "مليشيا الدعم السريع المتمردة" بتعمد استهداف المدنيين، مؤكداً أن المضادات الأرضية للجيش تصدت لمسيّرتين أخريين وأسقطتهما في الأطراف الشرقية للمدينة في وقت لاحق من اليوم.
ولم يصدر تعليق فوري من قوات الدعم السريع، التي تنفي عادة استهداف المدنيين وتتهم الجيش بتضليل الرأي العام.
وتتعرض الأبيض منذ أسابيع لهجمات متكررة بالمسيّرات، كان أعنفها في سبتمبر الماضي حين قُتل أكثر من ٢٠ شخصاً في قصف استهدف حياً سكنياً، بحسب إحصاءات أممية تشير إلى مقتل أكثر من ٣٠٠ مدني في ولايات كردفان خلال الشهرين الماضيين.
وأدانت منظمات إنسانية الهجوم، داعية جميع الأطراف إلى احترام القانون الإنساني الدولي وتجنيب الأسواق والمرافق الصحية ويلات الحرب.
اقرأ أيضاً | ارتفاع أسعار الذرة في أسواق كوستي
""", url="https://nilain-today.example/sudan/obeid-market-drone", outlet="النيلين اليوم", published="2025-10-15",
    incident="j-sd-el-obeid-drone-2025-10-15",
    events=[
        ev(E, "Air/drone strike", "2025-10-15", RSF, civ("Sudan"), "el_obeid", 7,
           "إثر قصف بطائرة مسيّرة استهدف السوق الشعبي بمدينة الأبيض"),
        ev(S, "Disrupted weapons use", "2025-10-15", SAF, RSF, "el_obeid", None,
           "تصدت لمسيّرتين أخريين وأسقطتهما في الأطراف الشرقية للمدينة", optional=True),
    ],
    notes="'ما لا يقل عن سبعة' (7, Eastern digits in the headline). Attribution to the RSF by local authorities, "
          "which the text adopts. The army downing two more drones the same day is a distinct but minor event "
          "(optional). The September strike and UN tallies are background; the condemnation is a reaction.")

art("j_sd_live_blog_kordofan", """
أفق السودان – تغطية مستمرة
السودان: تطورات اليوم الإثنين 3 نوفمبر 2025 لحظة بلحظة
تحديث 17:40
قال مصدر عسكري إن الجيش السوداني قصف بالمدفعية الثقيلة تجمعات لقوات الدعم السريع في محيط مدينة بارا بولاية شمال كردفان صباح اليوم، دون أن يحدد حجم الخسائر.
تحديث 15:05
أفادت شبكة أطباء السودان بمقتل ١١ مدنياً، بينهم ثلاث نساء، في هجوم شنه مسلحون يستقلون دراجات نارية على منطقة فتا برنو غربي مدينة كتم بولاية شمال دارفور. وحمّلت الشبكة قوات الدعم السريع المسؤولية، مشيرة إلى أن المهاجمين نهبوا المواشي وأحرقوا عدداً من المنازل.
تحديث 12:30
اندلعت اشتباكات عنيفة بين الجيش والقوة المشتركة للحركات المسلحة من جهة، وقوات الدعم السريع من جهة أخرى، في محيط منطقة أم صميمة غرب الأبيض. وقالت القوة المشتركة في بيان إنها "كبدت العدو خسائر فادحة في الأرواح والعتاد"، بينما قالت الدعم السريع إنها صدت الهجوم وقتلت "العشرات" من المهاجمين. ولم يتسن التحقق من أي من الروايتين بشكل مستقل.
تحديث 09:15
رئيس مجلس السيادة عبد الفتاح البرهان يؤكد في خطاب أمام ضباط بأم درمان أن "المعركة لن تتوقف قبل تطهير كل شبر من دنس المليشيا".
تحديث 08:00
المنظمة الدولية للهجرة: نزوح أكثر من ٤ آلاف شخص من مناطق القتال في شمال كردفان خلال الأسبوع الماضي.
تابعوا تغطيتنا المستمرة على تطبيق أفق السودان
""", url="https://ufuq-sd.example/live/2025-11-03", outlet="أفق السودان", published="2025-11-03",
    incident="j-sd-live-2025-11-03",
    events=[
        ev(E, "Shelling/artillery/missile attack", "2025-11-03", SAF, RSF, "bara", None,
           "قصف بالمدفعية الثقيلة تجمعات لقوات الدعم السريع في محيط مدينة بارا"),
        ev(V, "Attack", "2025-11-03", RSF, civ("Sudan"), "fata_borno", 11,
           "بمقتل ١١ مدنياً، بينهم ثلاث نساء، في هجوم شنه مسلحون يستقلون دراجات نارية"),
        ev(B, "Armed clash", "2025-11-03", SAF, RSF, "um_sumeima", 12,
           "اندلعت اشتباكات عنيفة بين الجيش والقوة المشتركة للحركات المسلحة من جهة، وقوات الدعم السريع"),
    ],
    notes="Live blog with three events on one day. Fata Borno: gunmen named by the reporting network as RSF; "
          "looting and burning are part of the attack. Um Sumeima: the RSF says it repelled the attack, so the "
          "army side (with the Joint Force as associate) initiated; 'العشرات' claimed by one side -> 12 by the "
          "taxonomy's fixed mapping (unverified). Al-Burhan's speech and IOM displacement figures are not events. "
          "Note: one incident slug is shared by the three unrelated events of this live blog (one article).")

art("j_ss_akot_cattle_raid", """
إذاعة صوت البحيرات
جوبا – 14 قتيلاً في غارة لنهب الماشية بمقاطعة رمبيك الشرقية
الثلاثاء 11 فبراير 2025
قال مسؤولون محليون في ولاية البحيرات بجنوب السودان إن 14 شخصاً على الأقل قُتلوا وأصيب 20 آخرون في هجوم شنه شبان مسلحون على مخيم للماشية قرب بلدة أكوت بمقاطعة رمبيك الشرقية فجر الأحد.
وأوضح مفوض المقاطعة في اتصال هاتفي أن المهاجمين، وهم من شبان عشيرة مجاورة من قبيلة الدينكا، باغتوا المخيم قبيل الفجر، وأن حراس المخيم من شبان "الجلويينق" تبادلوا إطلاق النار معهم لساعات.
وأضاف أن بين القتلى خمسة من المهاجمين وامرأتين وطفلاً، فيما تمكن المهاجمون من الاستيلاء على نحو 600 رأس من الماشية وساقوها باتجاه الغرب.
وفي وقت لاحق، رفع مسؤول في حكومة الولاية الحصيلة إلى 17 قتيلاً بعد العثور على جثث ثلاثة أشخاص في الأحراش القريبة.
وأدان حاكم الولاية الهجوم، وأعلن أنه وجّه بنشر قوة من الجيش في المنطقة لـ"منع الهجمات الانتقامية"، داعياً زعماء العشيرتين إلى ضبط النفس وتسليم الماشية المنهوبة.
وتشهد ولاية البحيرات منذ سنوات دورات من العنف الانتقامي بين أقسام قبيلة الدينكا مرتبطة بسرقة الماشية والمراعي، وقد أحصت بعثة الأمم المتحدة في جنوب السودان أكثر من 80 قتيلاً في أعمال عنف مماثلة بالولاية خلال العام الماضي.
""", url="https://sawt-buhayrat.example/news/akot-raid", outlet="إذاعة صوت البحيرات", published="2025-02-11",
    incident="j-ss-akot-raid-2025-02-09",
    events=[
        ev(B, "Armed clash", "2025-02-09", DINKA, DINKA, "akot", 17,
           "هجوم شنه شبان مسلحون على مخيم للماشية قرب بلدة أكوت بمقاطعة رمبيك الشرقية فجر الأحد"),
    ],
    notes="Raid on an armed cattle camp with exchange of fire between two Dinka sections: armed clash, both actors "
          "Dinka ethnic militia. Toll 14 revised upward to 17 ('رفع ... الحصيلة إلى 17'), the revision replaces it. "
          "Cattle theft is part of the raid. The governor's ordered deployment is an announcement, not coded.")

art("j_so_awdheegle_attack", """
مقديشو اليوم › أخبار › الصومال
السبت 17 مايو 2025
هجوم لحركة الشباب على قاعدة عسكرية في عوطيغلي يخلف قتلى من الطرفين
مقديشو – شنّ مسلحو حركة الشباب فجر اليوم السبت هجوماً واسعاً على قاعدة للجيش الوطني الصومالي في بلدة عوطيغلي بإقليم شبيلي السفلى، بدأ بتفجير سيارة مفخخة عند البوابة الرئيسية أعقبته مواجهات استمرت قرابة ثلاث ساعات.
وقال قائد ميداني لـ"مقديشو اليوم" إن القوات "صدت الهجوم بنجاح"، وإن ستة جنود قتلوا وأصيب أحد عشر آخرون، مضيفاً أن الجيش قتل "ما يزيد على عشرين" من المهاجمين. في المقابل، زعمت الحركة عبر إذاعة الأندلس الموالية لها أنها قتلت 27 جندياً وسيطرت على القاعدة لساعات.
وقال شيوخ عشائر في البلدة إن ما لا يقل عن 15 جثة من الطرفين نقلت إلى المستشفى المحلي، بينهم مدنيان كانا يقيمان قرب القاعدة.
وفي وقت لاحق من اليوم، أعلنت وزارة الإعلام أن غارة جوية نفذتها القوات الحكومية بالتنسيق مع الشركاء الدوليين استهدفت عناصر من الحركة أثناء انسحابهم قرب قرية بريري، ما أسفر عن مقتل 8 مسلحين على الأقل.
ويأتي الهجوم ضمن سلسلة هجمات كثفتها الحركة منذ مطلع العام في إقليمي شبيلي السفلى والوسطى، في وقت تستكمل فيه بعثة الاتحاد الأفريقي الجديدة نشر قواتها.
وتوعد وزير الدفاع في بيان مساء اليوم بـ"ملاحقة فلول الإرهابيين"، معلناً إطلاق عملية عسكرية واسعة في المنطقة خلال الأيام المقبلة.
إقرأ أيضا
• الحكومة الصومالية تطلق حملة لتسجيل الناخبين في بنادر
• ارتفاع أسعار المواد الغذائية في بيدوا
""", url="https://muqdisho-today.example/2025/05/17/awdheegle", outlet="مقديشو اليوم", published="2025-05-17",
    incident="j-so-awdheegle-2025-05-17",
    events=[
        ev(B, "Armed clash", "2025-05-17", SHB, SOM, "awdheegle", 15,
           "شنّ مسلحو حركة الشباب فجر اليوم السبت هجوماً واسعاً على قاعدة للجيش الوطني الصومالي في بلدة عوطيغلي"),
        ev(E, "Air/drone strike", "2025-05-17", SOM, SHB, "bariire", 8,
           "غارة جوية نفذتها القوات الحكومية بالتنسيق مع الشركاء الدوليين استهدفت عناصر من الحركة"),
    ],
    notes="The car bomb opened the ground assault: one Battles event (precedence), not a separate suicide bomb. "
          "Fatalities: the lowest credible all-sides figure is the elders' 'at least 15 bodies from both sides' "
          "(army: 6 + 'more than 20'; Al-Shabaab claims 27 soldiers). The air strike on the retreating fighters near "
          "Bariire is a genuine second event. The minister's announced operation is future.")

art("j_ml_diabaly_ambush", """
باماكو (وكالات) – الخميس 13 مارس 2025
مالي: مقتل خمسة جنود في كمين على محور نيونو – ديابالي والجيش يرد بضربات جوية
أعلنت القوات المسلحة المالية، في بيان تلاه الناطق باسمها مساء الأربعاء على التلفزيون الرسمي، أن قافلة لوجستية تابعة لها "تعرضت لكمين إرهابي جبان" صباح الثلاثاء 11 مارس على المحور الرابط بين نيونو وديابالي، على بعد نحو عشرين كيلومتراً جنوب ديابالي.
وأضاف البيان أن الاشتباكات أسفرت عن مقتل خمسة جنود وإصابة ثمانية آخرين، و"تحييد" ما لا يقل عن ستة عشر إرهابياً، مشيراً إلى أن ثلاث شاحنات تعرضت للحرق.
وفي اليوم التالي، نفذ سلاح الجو المالي ضربات بطائرات مسيرة استهدفت "ملاذاً للإرهابيين الفارين" قرب سوكولو، أسفرت حسب البيان عن "تدمير دراجات نارية وتحييد عدد من العناصر".
وتبنت جماعة نصرة الإسلام والمسلمين، المرتبطة بتنظيم القاعدة، الكمين في بيان نشرته عبر منصة الزلاقة، زاعمة أنها قتلت أكثر من 30 جندياً واستولت على أسلحة وذخائر. ولا يمكن التحقق من هذه الأرقام من مصدر مستقل.
ويأتي الكمين في سياق تصاعد الهجمات على القوافل في وسط البلاد منذ مطلع العام، بعد أن فرضت الجماعة حصاراً على عدد من البلدات في منطقتي سيغو وموبتي.
وقدم رئيس المرحلة الانتقالية الجنرال آسيمي غويتا تعازيه لأسر الجنود، مؤكداً أن "الجيش سيواصل الهجوم حتى القضاء على الإرهاب".
""", url=None, outlet="وكالات", published="2025-03-13",
    incident="j-ml-diabaly-ambush-2025-03-11",
    events=[
        ev(B, "Armed clash", "2025-03-11", JNIM, MLI, "diabaly", 21,
           "تعرضت لكمين إرهابي جبان\" صباح الثلاثاء 11 مارس على المحور الرابط بين نيونو وديابالي"),
        ev(E, "Air/drone strike", "2025-03-12", MLI, JNIM, "sokolo", None,
           "نفذ سلاح الجو المالي ضربات بطائرات مسيرة استهدفت \"ملاذاً للإرهابيين الفارين\" قرب سوكولو"),
    ],
    notes="Ambush attributed to JNIM by its own claim (named only in the fourth paragraph). Fatalities 5 soldiers + "
          "16 'neutralised' = 21 (army figure, lower than JNIM's claim of 30+ soldiers). The next-day drone strike "
          "near Sokolo is a distinct event; 'تحييد عدد من العناصر' gives no number (and 'neutralised' may include "
          "captured), so null. Location of the ambush: 20 km south of Diabaly, coded at Diabaly.")

art("j_bf_solenzo_massacre", """
الساحل الإخباري | بوركينا فاسو
ارتفاع حصيلة الهجوم على قرية قرب سولنزو إلى 23 قتيلاً
واغادوغو – الثلاثاء 26 أوت 2025
ارتفعت حصيلة الهجوم الذي استهدف ليل السبت إلى الأحد قرية كوري الواقعة على بعد 15 كيلومتراً شمال مدينة سولنزو بإقليم بانوا إلى 23 قتيلاً من المدنيين، بحسب ما أفادت به مصادر محلية وأمنية، بعد أن تحدثت الحصيلة الأولية عن "عشرات القتلى والجرحى" دون تحديد.
وروى أحد الناجين أن مسلحين وصلوا على متن دراجات نارية نحو الساعة الحادية عشرة ليلاً، وجمعوا الرجال في ساحة القرية قبل أن يطلقوا النار عليهم، ثم أضرموا النار في مخازن الحبوب وساقوا قطعان الماشية.
وأعلنت جماعة نصرة الإسلام والمسلمين يوم الإثنين مسؤوليتها عن الهجوم، مبررة إياه بما وصفته بـ"تعاون السكان مع متطوعي الدفاع عن الوطن"، وهي الميليشيا المدنية الداعمة للجيش.
ولم يصدر عن الحكومة الانتقالية أي تعليق رسمي، فيما يخضع تداول الأخبار الأمنية في البلاد لقيود مشددة.
وتعد منطقة بوكل دو موهون من أكثر المناطق تضرراً من أعمال العنف خلال العام الجاري، إذ شهدت في مارس الماضي هجوماً دامياً قرب سولنزو نفسها خلّف عشرات القتلى وتبادلت فيه الأطراف الاتهامات.
وتقول منظمات إنسانية إن أكثر من مليوني شخص نزحوا داخلياً في بوركينا فاسو منذ 2015.
""", url="https://sahel-akhbar.example/bf/kouri-toll", outlet="الساحل الإخباري", published="2025-08-26",
    incident="j-bf-kouri-2025-08-23",
    events=[
        ev(V, "Attack", "2025-08-23", JNIM, civ("Burkina Faso"), "kouri_solenzo", 23,
           "وجمعوا الرجال في ساحة القرية قبل أن يطلقوا النار عليهم"),
    ],
    notes="Attackers first 'gunmen', named only by JNIM's claim. Night of Saturday to Sunday starting at 23:00: "
          "dated Saturday 2025-08-23. Vague first toll ('عشرات القتلى والجرحى') superseded by the revised 23. "
          "Burning granaries and driving off cattle are part of the attack. The March attack is background. "
          "Kouri is an invented village 15 km north of Solenzo (coordinates shifted accordingly).")

art("j_ne_banibangou_attack", """
الأنباء الساحلية – نيامي
النيجر: مقتل عشرة جنود في هجوم على موقع عسكري بمنطقة تيلابيري
السبت 20 سبتمبر 2025
أعلنت وزارة الدفاع النيجرية، في بيان بثه التلفزيون الرسمي مساء الجمعة، مقتل عشرة جنود وإصابة سبعة آخرين في هجوم استهدف صباح اليوم نفسه موقعاً للجيش في بلدة بانيبانغو بمنطقة تيلابيري غربي البلاد، قرب الحدود مع مالي.
وقال البيان إن "مئات الإرهابيين على متن دراجات نارية وسيارات رباعية الدفع" شاركوا في الهجوم، وإن رد القوات كان "حازماً" وأسفر عن "تحييد عشرات الإرهابيين"، مضيفاً أن تعزيزات جوية وبرية أرسلت إلى المنطقة.
ولم يحدد البيان الجهة المنفذة، غير أن مصادر محلية أكدت لـ"الأنباء الساحلية" أن المهاجمين ينتمون إلى تنظيم "الدولة الإسلامية – ولاية الساحل"، الذي ينشط بكثافة في المثلث الحدودي بين النيجر ومالي وبوركينا فاسو.
وأعلنت الحكومة حداداً وطنياً لمدة ثلاثة أيام، على أن تُشيّع جنازة الجنود يوم الأحد في نيامي بحضور رئيس المجلس العسكري.
وتعد هذه ثالث هجمة كبيرة تستهدف الجيش في منطقة تيلابيري منذ مطلع الشهر، إذ قُتل 14 جندياً في كمين قرب تيرا في الأسبوع الأول من سبتمبر، بحسب حصيلة رسمية سابقة.
""", url="https://anbaa-sahel.example/niger/banibangou", outlet="الأنباء الساحلية", published="2025-09-20",
    incident="j-ne-banibangou-2025-09-19",
    events=[
        ev(B, "Armed clash", "2025-09-19", ISSP, NER, "banibangou", 22,
           "هجوم استهدف صباح اليوم نفسه موقعاً للجيش في بلدة بانيبانغو"),
    ],
    notes="Official statement names only 'terrorists'; local sources identify ISSP later in the text. Fatalities 10 "
          "soldiers + 'عشرات' attackers (12 by the taxonomy's fixed mapping) = 22. The Tera ambush earlier in the "
          "month is background without a day; the funeral and mourning are not events.")

art("j_td_baga_sola_attack", """
تشاد الآن
الخميس 10 أبريل 2025
مقتل سبعة جنود تشاديين في هجوم لبوكو حرام على موقع عسكري قرب بغاسولا
أنجمينا – قُتل سبعة عسكريين تشاديين وجُرح أربعة عشر آخرون ليل الثلاثاء إلى الأربعاء، في هجوم شنه مسلحون من جماعة بوكو حرام على موقع متقدم للجيش في جزيرة قريبة من مدينة بغاسولا بولاية البحيرة، بحسب ما أعلنه الناطق باسم الجيش الوطني التشادي.
وأوضح الناطق في تصريح للتلفزيون الرسمي أن المهاجمين تسللوا على متن قوارب نحو الساعة الثانية فجراً، وأن الاشتباك دام أكثر من ساعتين قبل أن "يلوذوا بالفرار تاركين خلفهم 12 جثة"، مشيراً إلى ضبط أسلحة وقارب محمل بالوقود.
وتوجه رئيس أركان الجيش صباح الأربعاء إلى بغاسولا لتفقد الجرحى في المستشفى الميداني، فيما شُيّعت جثامين الجنود السبعة في جنازة عسكرية بأنجمينا بعد ظهر اليوم.
وكان هجوم مماثل على قاعدة عسكرية في المنطقة نفسها في أكتوبر 2024 قد أودى بحياة نحو أربعين جندياً، ما دفع الرئيس محمد إدريس ديبي إلى إطلاق عملية واسعة لملاحقة المسلحين في جزر البحيرة.
وتلوّح تشاد باستمرار بالانسحاب من القوة المشتركة متعددة الجنسيات، معتبرة أن دول الجوار لا تتحمل نصيبها من العبء في مواجهة الجماعات المسلحة.
""", url="https://tchad-alaan.example/securite/baga-sola", outlet="تشاد الآن", published="2025-04-10",
    incident="j-td-baga-sola-2025-04-09",
    events=[
        ev(B, "Armed clash", "2025-04-09", JAS, TCD, "baga_sola", 19,
           "في هجوم شنه مسلحون من جماعة بوكو حرام على موقع متقدم للجيش في جزيرة قريبة من مدينة بغاسولا"),
    ],
    notes="Night of Tuesday to Wednesday at 2 a.m.: dated Wednesday 2025-04-09. Fatalities 7 soldiers + 12 attackers' "
          "bodies = 19. Boko Haram coded as JAS (the faction active on the Chadian islands). The October 2024 attack "
          "and the operation it triggered are history; the visit and funeral are not events.")

art("j_ng_faskari_abduction", """
نيجيريا بالعربي | الشمال الغربي
مسلحون يختطفون أكثر من 40 قروياً في ولاية كاتسينا
كانو – الإثنين 20 يناير 2025
اختطف مسلحون يُعتقد أنهم من "قطاع الطرق" ما لا يقل عن 43 شخصاً، معظمهم من النساء والأطفال، في هجوم على قرية بمنطقة فاسكاري بولاية كاتسينا شمال غربي نيجيريا مساء السبت، حسبما أفاد سكان ومسؤولون محليون يوم الإثنين.
وقال أحد السكان إن العشرات من المسلحين وصلوا على دراجات نارية نحو الساعة السابعة مساءً وأطلقوا النار في الهواء لترويع الأهالي، ثم اقتادوا المخطوفين سيراً على الأقدام نحو غابة قريبة.
وأكد المتحدث باسم شرطة الولاية وقوع الحادثة، موضحاً أنه "لم يُقتل أحد" في الهجوم، وأن شخصين أصيبا بجروح طفيفة وتلقيا العلاج، مضيفاً أن وحدات من الشرطة والجيش انتشرت في المنطقة وأن "عمليات البحث والإنقاذ جارية وسيعاد المخطوفون إلى ذويهم سالمين".
وأفاد ذوو المخطوفين بأن الخاطفين اتصلوا بهم صباح الأحد وطالبوا بفدية قدرها 50 مليون نايرا.
وتعاني ولايات كاتسينا وزامفارا وسوكوتو منذ سنوات من هجمات العصابات المسلحة التي تنهب القرى وتختطف السكان طلباً للفدية، وقد أحصت منظمات محلية أكثر من 1200 حالة اختطاف في الشمال الغربي خلال العام الماضي وحده.
وكان حاكم الولاية قد أعلن الشهر الماضي عن تجنيد مئات من عناصر الحراسة المجتمعية لمساندة قوات الأمن، في حين يطالب السكان بحضور دائم للجيش في المنطقة.
""", url="https://naija-arabi.example/katsina/faskari-abduction", outlet="نيجيريا بالعربي", published="2025-01-20",
    incident="j-ng-faskari-abduction-2025-01-18",
    events=[
        ev(V, "Abduction/forced disappearance", "2025-01-18", BANDITS, civ("Nigeria"), "faskari", 0,
           "اختطف مسلحون يُعتقد أنهم من \"قطاع الطرق\" ما لا يقل عن 43 شخصاً"),
    ],
    notes="Police say explicitly that nobody was killed: fatalities 0. The ransom call, the police search and the "
          "annual abduction tally are not events. Location at precision 2 (an unnamed village of Faskari LGA).")

art("j_ng_weekly_security_roundup", """
أسبوع نيجيريا الأمني | حصاد الأحد 13 يوليو 2025
أبوجا – نستعرض في هذا الحصاد أبرز التطورات الأمنية التي شهدتها نيجيريا خلال الأسبوع المنصرم.
الشمال الشرقي: هجوم على قاعدة دامبوا
هاجم مقاتلو تنظيم "الدولة الإسلامية – ولاية غرب أفريقيا" ليل الثلاثاء قاعدة عسكرية في بلدة دامبوا بولاية بورنو، واستمر تبادل إطلاق النار ساعتين قبل انسحاب المهاجمين. وقال ضابط لـ"أسبوع نيجيريا" إن جنديين قتلا وأصيب خمسة، فيما أحرق المهاجمون مدرعة وعدداً من المنازل القريبة من القاعدة.
وفي تطور لاحق، أعلن سلاح الجو النيجيري الخميس أن طائراته قصفت تجمعات للتنظيم في منطقة تومبونس على ضفاف بحيرة تشاد، مؤكداً "القضاء على العشرات من الإرهابيين" وتدمير زوارق ومخازن أسلحة.
الوسط: قتلى في بلاتو
قُتل تسعة قرويين برصاص مسلحين مجهولين هاجموا ليل الجمعة قرية في منطقة بوكوس بولاية بلاتو، وفق ما أعلنه رئيس الحكومة المحلية، الذي قال إن المهاجمين فتحوا النار على السكان أثناء نومهم. وشيّع الأهالي الضحايا السبت وسط انتشار أمني مكثف.
الشمال الغربي: توقيفات في كانو
أعلنت شرطة ولاية كانو توقيف خمسة أشخاص يشتبه في تورطهم بتهريب أسلحة إلى عصابات في زامفارا، وضبط 18 بندقية من طراز كلاشنيكوف بحوزتهم.
الجنوب الشرقي: دعوات إلى العصيان
دعت حركة "السكان الأصليين لبيافرا" إلى التزام المنازل يوم الإثنين المقبل، فيما حذرت الشرطة من أنها "ستتعامل بحزم" مع كل من يحاول فرض الإغلاق بالقوة.
في البرلمان: ناقش مجلس الشيوخ هذا الأسبوع مشروع قانون لإنشاء شرطة الولايات، وسط جدل واسع حول جدواه.
""", url="https://usbu-naija.example/roundup/2025-07-13", outlet="أسبوع نيجيريا الأمني", published="2025-07-13",
    incident="j-ng-roundup-2025-07-13",
    events=[
        ev(B, "Armed clash", "2025-07-08", ISWAP, NGA, "damboa", 2,
           "هاجم مقاتلو تنظيم \"الدولة الإسلامية – ولاية غرب أفريقيا\" ليل الثلاثاء قاعدة عسكرية في بلدة دامبوا"),
        ev(E, "Air/drone strike", "2025-07-10", NGA, ISWAP, "tumbuns", 12,
           "أعلن سلاح الجو النيجيري الخميس أن طائراته قصفت تجمعات للتنظيم في منطقة تومبونس"),
        ev(V, "Attack", "2025-07-11", uag("Nigeria"), civ("Nigeria"), "bokkos", 9,
           "قُتل تسعة قرويين برصاص مسلحين مجهولين هاجموا ليل الجمعة قرية في منطقة بوكوس"),
        ev(S, "Arrests", None, NGA_POL, None, "kano", None,
           "أعلنت شرطة ولاية كانو توقيف خمسة أشخاص يشتبه في تورطهم بتهريب أسلحة", optional=True),
    ],
    notes="Weekly round-up: Tuesday 8, Thursday 10 and Friday 11 July 2025 relative to Sunday 13 July. Damboa: "
          "the burning of houses is part of the attack. Air strike 'العشرات' -> 12 (taxonomy mapping, one-sided "
          "claim). Bokkos: passive 'قُتل ... برصاص مسلحين مجهولين', unidentified attackers; the Saturday funeral is "
          "not an event. Kano arrests: no day given, minor (optional). The IPOB stay-at-home call, the police "
          "warning and the Senate debate are not events.")


# ============================================================================================ non-event articles
art("j_ly_truce_talks_stall", """
ليبيا الغد نت | الرئيسية | سياسة | أمن | مقالات
بعد اشتباكات طرابلس الدامية.. مفاوضات الهدنة تتعثر والمجلس الرئاسي يمدد المهلة
الجمعة 23 مايو 2025
طرابلس – تعثرت جولة جديدة من المفاوضات غير المباشرة بين حكومة الوحدة الوطنية وقادة جهاز الردع، التي ترعاها لجنة من أعيان مصراتة والزاوية، بهدف تثبيت وقف إطلاق النار الهش في العاصمة وترتيب انسحاب التشكيلات المسلحة من الأحياء السكنية.
وقال مصدر مشارك في المفاوضات إن الطرفين "لم يتفقا بعد" على آلية تسليم مطار معيتيقة والسجون التابعة للجهاز، مشيراً إلى أن جولة جديدة ستعقد مطلع الأسبوع المقبل.
وكان المجلس الرئاسي قد أعلن منتصف الشهر الجاري هدنة عقب المواجهات التي شهدتها العاصمة وأسفرت عن سقوط قتلى وجرحى، وتعهد بتشكيل لجنة للتحقيق في الانتهاكات.
وأكد المتحدث باسم المجلس أن الهدنة "صامدة حتى الآن ولم تسجل أي خروقات منذ أسبوع"، محذراً من أن "أي طرف يبادر بإطلاق النار سيتحمل المسؤولية كاملة أمام الشعب الليبي".
من جانبها، رحبت البعثة الأممية بالجهود المبذولة، ودعت إلى "إنهاء ظاهرة الإفلات من العقاب ومحاسبة المسؤولين عن قتل المدنيين وقصف الأحياء السكنية".
وفي الشارع، يسود ترقب حذر، فيما عادت الحركة تدريجياً إلى الأسواق في منطقتي أبوسليم وسوق الجمعة، وأعلنت وزارة التربية والتعليم استئناف الدراسة يوم الأحد.
تابعونا على: فيسبوك – إكس – تيليغرام
يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك. موافق | المزيد
""", url="https://libya-ghad.example/politics/truce-talks", outlet="ليبيا الغد نت", published="2025-05-23",
    notes="Non-event: talks not yet agreed, a truce declared earlier (mentioned in passing, no day), a warning, "
          "'no violations for a week', UN call. The headline's 'اشتباكات' refers to earlier clashes.")

art("j_tn_mghila_verdict", """
إذاعة الساحل التونسي – أخبار وطنية
أحكام بالإعدام والسجن المؤبد في قضية ذبح راعٍ بجبل المغيلة
تونس – الأربعاء 12 نوفمبر 2025
أصدرت الدائرة الجنائية المختصة بالنظر في قضايا الإرهاب بالمحكمة الابتدائية بتونس، ليلة الثلاثاء، أحكاماً تراوحت بين الإعدام والسجن عشرين عاماً في حق تسعة متهمين في قضية مقتل راعٍ شاب ذبحاً بجبل المغيلة سنة 2020.
وقضت المحكمة بإعدام ثلاثة متهمين حضورياً، وبالسجن المؤبد في حق متهمين اثنين بحالة فرار، فيما تراوحت بقية الأحكام بين 10 و20 عاماً من أجل "الانضمام إلى تنظيم إرهابي" و"القتل العمد مع سابقية الإضمار" و"توفير الأسلحة والمؤونة لعناصر إرهابية".
وكشفت الأبحاث أن المتهمين كانوا ينتمون إلى كتيبة "جند الخلافة" الموالية لتنظيم داعش، وأنهم اعترفوا بنصب كمائن لدوريات عسكرية وزرع ألغام في المسالك الجبلية بين ولايتي القصرين وسيدي بوزيد.
وعبّرت عائلة الضحية عن ارتياحها للحكم، فيما أكد محامو الدفاع أنهم سيطعنون فيه بالاستئناف، معتبرين أن "الاعترافات انتُزعت تحت الإكراه".
ويذكر أن تونس تعلق تنفيذ أحكام الإعدام منذ سنة 1991، رغم أن المحاكم لا تزال تصدرها في قضايا الإرهاب والقتل العمد.
""", url="https://sahel-tn-radio.example/national/mghila-verdict", outlet="إذاعة الساحل التونسي",
    published="2025-11-12",
    notes="Non-event: a court verdict about a 2020 killing; ambushes and mines appear only as charges and "
          "confessions.")

art("j_dz_mine_awareness_day", """
صوت الجزائر اليوم
الجزائر تحيي اليوم العالمي للتوعية بخطر الألغام: قرابة 9 ملايين لغم دُمّرت منذ الاستقلال
الجزائر – الجمعة 4 أفريل 2025
أحيت وزارة الدفاع الوطني، اليوم، اليوم العالمي للتوعية بخطر الألغام والمساعدة في الأعمال المتعلقة بها، بتنظيم معرض وندوة تاريخية بالمتحف المركزي للجيش، تم خلالهما التذكير بالجرائم التي خلفتها الألغام التي زرعها المستعمر الفرنسي على طول خطي "شال" و"موريس" على الحدودين الشرقية والغربية.
وأوضح ممثل الوزارة أن وحدات الهندسة القتالية للجيش الوطني الشعبي تمكنت، منذ الاستقلال وإلى غاية انتهاء عمليات نزع الألغام سنة 2016، من تدمير قرابة 9 ملايين لغم مضاد للأفراد، وتطهير أكثر من 62 ألف هكتار من الأراضي وإعادتها للاستغلال الفلاحي.
وقدم عدد من ضحايا الألغام شهاداتهم، من بينهم رجل سبعيني فقد ساقه وهو طفل يرعى الغنم قرب تبسة سنة 1963، قائلاً: "كانت الأرض تنفجر تحت أقدامنا، والألغام قتلت من أبناء قريتي أكثر مما قتلت الحرب نفسها".
وبحسب أرقام رسمية، خلفت هذه الألغام آلاف القتلى والمعطوبين منذ 1962، ولا تزال الجمعيات تطالب فرنسا بتسليم الخرائط الكاملة لحقول الألغام.
وفي السياق ذاته، أطلقت الوزارة حملة تحسيسية في المؤسسات التربوية بالولايات الحدودية للتعريف بمخاطر الأجسام المشبوهة، تحت شعار "لا تلمس.. أبلغ".
""", url="https://sawt-dz.example/national/mine-awareness-day", outlet="صوت الجزائر اليوم", published="2025-04-04",
    notes="Non-event: commemoration, historical mine-clearance statistics, a victim's testimony from 1963 and an "
          "awareness campaign.")

art("j_ma_casablanca_derby", """
البطولة بريس | الدوري المغربي | الرجاء | الوداد
ديربي البيضاء: الرجاء "يقصف" الوداد بثلاثية ويشعل الصراع على الصدارة
الدار البيضاء – الأحد 2 نونبر 2025
فجّر الرجاء الرياضي مفاجأة مدوية، مساء أمس السبت، حين اكتسح غريمه التقليدي الوداد بثلاثة أهداف لهدف، في ديربي مثير احتضنه مركب محمد الخامس أمام أزيد من 40 ألف متفرج.
ودخل "النسور الخضر" المعركة بهجوم كاسح منذ الدقائق الأولى، ونجح مهاجمهم في اغتيال آمال الوداد مبكراً بقذيفة صاروخية من خارج منطقة الجزاء في الدقيقة التاسعة، قبل أن يضيف زميله الهدف الثاني برأسية قاتلة.
ورد الوداد بهجمة مرتدة خاطفة قلص بها الفارق، لكن دفاع الرجاء صمد أمام القصف المتواصل في الشوط الثاني، قبل أن يطلق البديل رصاصة الرحمة في الوقت بدل الضائع.
وقال مدرب الرجاء في الندوة الصحفية: "لاعبو فريقي كانوا جنوداً في الميدان، خضنا حرباً تكتيكية وانتصرنا فيها"، فيما اعترف مدرب الوداد بأن فريقه "سقط في فخ" منافسه.
وأبدعت جماهير الفريقين في رسم لوحات "تيفو" ضخمة، ومرت المباراة في أجواء آمنة بفضل الخطة الأمنية التي سخرت لها المديرية العامة للأمن الوطني أزيد من ألفي عنصر، دون تسجيل أي حوادث تذكر.
وبهذا الفوز يرتقي الرجاء إلى المركز الثاني بفارق نقطة واحدة عن المتصدر، في انتظار مواجهة الجيش الملكي الأسبوع المقبل.
""", url="https://botola-press.example/derby/raja-wydad", outlet="البطولة بريس", published="2025-11-02",
    notes="Non-event: football report with war metaphors (قصف، اغتيال، رصاصة الرحمة، حرب); 'الجيش الملكي' is a "
          "club; no incidents reported.")

art("j_sd_un_protection_report", """
نشرة الإغاثة – تقارير
تقرير أممي: مقتل أكثر من 3300 مدني في السودان خلال النصف الأول من العام
جنيف – الجمعة 11 يوليو 2025
قال مكتب الأمم المتحدة لحقوق الإنسان في تقرير نشره اليوم إن ما لا يقل عن 3384 مدنياً قُتلوا في السودان بين يناير ويونيو 2025، معظمهم في ولايات دارفور وكردفان، مرجحاً أن تكون الأعداد الحقيقية أعلى بكثير بسبب صعوبة الوصول إلى مناطق القتال.
ووثّق التقرير أنماطاً متكررة من الانتهاكات، من بينها القصف المدفعي العشوائي للأحياء السكنية، وضربات المسيّرات على الأسواق ومحطات المياه، والإعدامات الميدانية على أساس عرقي، والعنف الجنسي المرتبط بالنزاع، محمّلاً الجيش وقوات الدعم السريع والمجموعات المتحالفة معهما المسؤولية.
وأشار إلى أن الهجوم على مخيم زمزم للنازحين في أبريل الماضي كان من أكثر الحوادث دموية خلال الفترة المشمولة بالتقرير.
ودعا المفوض السامي إلى "وقف فوري لإطلاق النار وحماية المدنيين"، مطالباً الدول ذات النفوذ بوقف تدفق الأسلحة إلى طرفي الحرب.
من جهته، أطلق مكتب تنسيق الشؤون الإنسانية نداءً عاجلاً لجمع 4.2 مليار دولار لتلبية احتياجات نحو 30 مليون شخص، محذراً من أن شبح المجاعة يخيم على 14 منطقة على الأقل.
ولم يصدر تعليق فوري من الحكومة السودانية، فيما رفضت قوات الدعم السريع في بيان "الاتهامات الجزافية" ودعت إلى تحقيق دولي مستقل.
""", url="https://relief-bulletin.example/reports/sudan-h1-2025", outlet="نشرة الإغاثة", published="2025-07-11",
    notes="Non-event: UN semi-annual tally, patterns of violations, an April attack mentioned in passing, appeals "
          "and a denial.")

art("j_so_mahaday_denial", """
هيران بوست – أخبار الصومال
الجيش الصومالي ينفي سقوط بلدة مهداي بيد الشباب: "مجرد دعاية"
جوهر – الأربعاء 9 أبريل 2025
نفى المتحدث باسم الجيش الوطني الصومالي، اليوم الأربعاء، الأنباء التي تداولتها حسابات موالية لحركة الشباب عن سيطرة الحركة على بلدة مهداي في إقليم شبيلي الوسطى، واصفاً إياها بأنها "مجرد دعاية رخيصة تهدف إلى بث الرعب في نفوس المواطنين".
وقال المتحدث في مؤتمر صحفي بمدينة جوهر إن القوات الحكومية "لا تزال منتشرة في مواقعها داخل البلدة ومحيطها"، مؤكداً أنه "لم تقع أي اشتباكات في مهداي خلال الثماني والأربعين ساعة الماضية".
وكانت إذاعة موالية للحركة قد زعمت مساء الإثنين أن مقاتليها "دخلوا البلدة بعد انسحاب القوات المرتدة"، ونشرت صوراً قالت إنها التقطت في سوقها، غير أن سكاناً تواصلت معهم "هيران بوست" أكدوا أن الصور قديمة وأن الحياة تسير بشكل طبيعي.
وقال أحد وجهاء البلدة إن "الوضع هادئ والمحال التجارية مفتوحة، ولم نسمع طلقة واحدة منذ أيام".
ويرى محللون أن الحركة تعتمد بشكل متزايد على الحرب الإعلامية بعد خسارتها مناطق واسعة في الإقليم خلال الحملة العسكرية التي أطلقتها الحكومة عام 2022، محذرين في الوقت ذاته من أن خطر هجماتها على الطرق الرئيسية لا يزال قائماً.
""", url="https://hiiraan-post.example/somalia/mahaday-denial", outlet="هيران بوست", published="2025-04-09",
    notes="Non-event: a claimed takeover denied by the army and by residents ('no clashes in 48 hours'); the claim "
          "is propaganda the text rejects.")

art("j_ml_soldiers_funeral", """
مالي اليوم | أخبار | مجتمع | فيديو
غويتا يتقدم الجنازة العسكرية لضحايا هجوم الشهر الماضي ويتوعد بـ"رد صارم"
باماكو – السبت 4 أكتوبر 2025
ترأس رئيس المرحلة الانتقالية الجنرال آسيمي غويتا، صباح اليوم السبت بمعسكر كاتي العسكري، مراسم جنازة رسمية لتأبين العسكريين الذين سقطوا في الهجوم الذي استهدف معسكراً للجيش في منطقة موبتي أواخر الشهر الماضي، وذلك بعد استكمال إجراءات التعرف على جثامينهم.
وسط أجواء مهيبة، وُضعت النعوش ملفوفة بالعلم الوطني أمام المنصة الرسمية، فيما عزفت الفرقة الموسيقية للجيش النشيد الوطني، وقلّد الرئيس الجنود الراحلين وسام الاستحقاق العسكري بعد الوفاة، كما قلّد عدداً من الجرحى أوسمة الشجاعة.
وقال غويتا في كلمة مقتضبة: "دماء أبنائنا لن تذهب هدراً، والرد سيكون صارماً وفي الوقت الذي نختاره"، مؤكداً أن القوات المسلحة "ستلاحق الإرهابيين في كل شبر من التراب الوطني".
وقدّم عدد من السفراء المعتمدين في باماكو تعازيهم، بينما أعلنت الحكومة تكفلها بأسر الضحايا وتخصيص منح دراسية لأبنائهم.
وتشهد مالي منذ 2012 أزمة أمنية متعددة الأبعاد، قُتل خلالها آلاف الجنود والمدنيين، وتوسعت رقعة العنف من الشمال إلى وسط البلاد وجنوبها.
شاركوا المقال | تعليقات (12)
""", url="https://mali-today.example/societe/kati-funeral", outlet="مالي اليوم", published="2025-10-04",
    notes="Non-event: funeral and medals for soldiers killed in an attack 'late last month' mentioned without a day "
          "or a precise place; the president's threat of a 'firm response' is not an event.")

art("j_ne_special_forces_graduation", """
وكالة أنباء الساحل الأوسط
تخرج دفعة جديدة من القوات الخاصة النيجرية بعد مناورات بالذخيرة الحية في تيلابيري
نيامي – الخميس 11 ديسمبر 2025
أشرف وزير الدفاع النيجري، اليوم الخميس، على حفل تخرج الدفعة السابعة من القوات الخاصة بمركز التدريب العسكري في تيلابيري، والتي تضم 640 عنصراً تلقوا تدريبات مكثفة على مدى ستة أشهر في مجالات القتال في المناطق الوعرة ومكافحة الإرهاب.
وتخلل الحفل تمرين تكتيكي بالذخيرة الحية حاكى فيه المتخرجون هجوماً على معسكر للإرهابيين، شمل اقتحام مواقع وهمية وقصفاً مدفعياً وإسناداً جوياً بطائرات مسيرة، إضافة إلى عمليات تحرير رهائن وإخلاء جرحى تحت النيران.
وقال الوزير في كلمته إن "هذه الوحدات ستكون رأس الحربة في معركة سحق الجماعات الإرهابية وتطهير المثلث الحدودي"، مشيداً بـ"التضحيات الجسيمة" التي قدمها الجيش خلال العام.
وكشف الوزير أن النيجر تسلمت الشهر الجاري دفعة جديدة من الطائرات المسيرة المسلحة ومدرعات حديثة في إطار صفقات مع شركاء جدد، مؤكداً أن البلاد "ماضية في تنويع مصادر تسليحها".
وحضر الحفل قادة من جيشي مالي وبوركينا فاسو في إطار القوة الموحدة لتحالف دول الساحل، التي يرتقب أن تبدأ عملياتها المشتركة مطلع العام المقبل.
""", url="https://sahel-central-agency.example/niger/graduation", outlet="وكالة أنباء الساحل الأوسط",
    published="2025-12-11",
    notes="Non-event: graduation with a live-fire exercise simulating an assault, a speech, an arms delivery and a "
          "planned joint force.")

art("j_ng_military_truck_crash", """
نيجيريا بالعربي | حوادث
مقتل ستة جنود في انقلاب شاحنة عسكرية على طريق كادونا – أبوجا
كادونا – الثلاثاء 16 سبتمبر 2025
لقي ستة جنود نيجيريين مصرعهم وأصيب 11 آخرون بجروح متفاوتة، ظهر الإثنين، إثر انقلاب شاحنة عسكرية كانت تقلهم على الطريق السريع الرابط بين كادونا وأبوجا، قرب بلدة كاتاري.
وقالت هيئة السلامة المرورية الاتحادية في بيان إن الحادث نجم عن السرعة الزائدة وانفجار أحد إطارات الشاحنة، ما أدى إلى فقدان السائق السيطرة عليها وانقلابها عدة مرات.
ونفى المتحدث باسم الفرقة الأولى في الجيش الشائعات التي راجت على مواقع التواصل الاجتماعي عن تعرض القافلة لكمين مسلح، مؤكداً أن "الأمر يتعلق بحادث مرور مؤسف ولا علاقة له بأي هجوم".
ونُقل المصابون إلى المستشفى العسكري في كادونا، حيث وُصفت حالة ثلاثة منهم بالحرجة.
ويشتهر طريق كادونا – أبوجا بحوادث السير المميتة، كما شهد في السنوات الماضية عمليات خطف عديدة نفذتها عصابات مسلحة، ما دفع السلطات إلى تعزيز الدوريات الأمنية على طوله.
""", url="https://naija-arabi.example/accidents/kaduna-abuja-truck", outlet="نيجيريا بالعربي",
    published="2025-09-16",
    notes="Non-event: a road accident of a military truck; the rumoured ambush is denied; past abductions are "
          "background.")

art("j_td_eid_security_plan", """
أنجمينا بوست | الرئيسية | وطنية
عيد الأضحى: خطة أمنية مشددة في أنجمينا وتحذيرات من "هجمات انتحارية محتملة"
أنجمينا – الخميس 5 يونيو 2025
أعلنت وزارة الأمن العام التشادية عن خطة أمنية استثنائية بمناسبة عيد الأضحى، تقضي بنشر أكثر من خمسة آلاف عنصر من الشرطة والدرك والحرس الوطني في العاصمة أنجمينا والمدن الكبرى، وحظر تنقل الدراجات النارية ليلاً طيلة أيام العيد.
وقال المدير العام للشرطة الوطنية في مؤتمر صحفي إن أجهزة الاستخبارات رصدت "تهديدات جدية" بتنفيذ هجمات انتحارية تستهدف المصلين والأسواق، داعياً المواطنين إلى الإبلاغ عن أي تحركات مشبوهة.
وستخضع المساجد الكبرى وساحات الصلاة لتفتيش دقيق، كما ستقام حواجز أمنية عند مداخل المدينة، في حين وُضعت المستشفيات في حالة تأهب قصوى.
ويستحضر التشاديون التفجيرات الانتحارية التي ضربت العاصمة في صيف 2015 واستهدفت مقر الشرطة والسوق المركزي، وأودت بحياة العشرات، وهي الهجمات التي تبنتها جماعة بوكو حرام آنذاك.
وأكد وزير الأمن العام أن "الوضع تحت السيطرة"، مشدداً على أن قوات الأمن "لن تتهاون مع كل من تسول له نفسه المساس بأمن المواطنين".
""", url="https://ndjamena-post.example/national/eid-security", outlet="أنجمينا بوست", published="2025-06-05",
    notes="Non-event: a holiday security plan, warnings of possible suicide attacks, and the 2015 bombings as "
          "history.")

art("j_bf_opinion_military_approach", """
منبر الساحل – مقالات رأي
لماذا تفشل المقاربة العسكرية وحدها في بوركينا فاسو؟
بقلم: باحث في شؤون الساحل الأفريقي
الثلاثاء 18 نوفمبر 2025
منذ وصول المجلس العسكري إلى السلطة، راهنت واغادوغو على الحسم العسكري: تجنيد عشرات الآلاف من "متطوعي الدفاع عن الوطن"، وشراء المسيّرات، وشن الغارات الجوية على معاقل الجماعات المسلحة. لكن الأرقام تقول شيئاً آخر.
فحسب تقديرات مراكز بحثية مستقلة، تسيطر الجماعات المسلحة أو تنشط في ما يقارب نصف مساحة البلاد، وارتفعت حصيلة القتلى السنوية إلى مستويات غير مسبوقة، وتحولت المجازر بحق القرويين إلى نمط متكرر، كما حدث في برسالوغو صيف 2024.
المشكلة أن كل كمين يستتبع عمليات انتقامية، وكل عملية انتقامية تغذي التجنيد في صفوف الجماعات، في حلقة مفرغة من العنف يدفع المدنيون ثمنها الأكبر.
لا يعني هذا التخلي عن الخيار الأمني، فلا أحد يطلب من جيش أن يرفع الراية البيضاء أمام من يذبحون المدنيين. لكن الانتصار في هذه الحرب يمر عبر المدرسة والطريق والعدالة، وعبر حوار مع المجتمعات المحلية التي تشعر بأنها متهمة سلفاً.
إن لم تُراجع هذه المقاربة، فإن السنوات المقبلة قد تحمل هجمات أكثر دموية، وقد يجد الساحل كله نفسه أمام انهيار يصعب احتواؤه.
الآراء الواردة في المقال تعبر عن رأي كاتبها ولا تعكس بالضرورة موقف "منبر الساحل".
""", url="https://minbar-sahel.example/opinion/burkina-military", outlet="منبر الساحل", published="2025-11-18",
    notes="Non-event: opinion piece; Barsalogho 2024 named as history; ambushes, raids and massacres in general.")

art("j_ss_jonglei_floods", """
جوبا نيوز
فيضانات جونقلي: غرق 12 شخصاً وتشريد عشرات الآلاف
بور – الجمعة 10 أكتوبر 2025
لقي 12 شخصاً على الأقل حتفهم، بينهم سبعة أطفال، غرقاً أو جراء لدغات الأفاعي، فيما شُرّد أكثر من 60 ألف شخص في ولاية جونقلي بجنوب السودان، بسبب الفيضانات التي اجتاحت الولاية منذ مطلع الشهر إثر ارتفاع منسوب مياه النيل والأمطار الغزيرة.
وقال وزير الشؤون الإنسانية في حكومة الولاية إن المياه أغرقت عشرات القرى في مقاطعتي بور الجنوبية ودوك، ودمرت المحاصيل ونفق فيها آلاف رؤوس الماشية، مضيفاً أن "الناس يخوضون معركة يومية من أجل البقاء".
ولجأ آلاف النازحين إلى المرتفعات وجوانب الطريق الرابط بين بور وجوبا، حيث يعيشون في ظروف قاسية من دون مياه نظيفة أو مراحيض، وسط مخاوف من تفشي الكوليرا والملاريا.
وحذرت وكالات الإغاثة من أن تدفق النازحين إلى مناطق الرعي قد يزيد التوتر بين المجتمعات المحلية ويؤجج الصراعات على المراعي وسرقة الماشية، كما حدث في مواسم سابقة.
ودعت بعثة الأمم المتحدة في جنوب السودان المانحين إلى زيادة التمويل، مشيرة إلى أن خطة الاستجابة الإنسانية لهذا العام لم تُموَّل إلا بنسبة 38 في المئة.
""", url="https://juba-news.example/jonglei-floods", outlet="جوبا نيوز", published="2025-10-10",
    notes="Non-event: natural disaster deaths (drowning, snake bites); feared clashes over grazing are a warning.")


# ------------------------------------------------------------------------------------------------------ command
PART = gold_tools.BlindPart(ARTICLES, OUT, prefix="j_", script="_build_j.py", allowed_actors=frozenset(ALLOWED_ACTORS))
known_actor_eras = gold_tools.known_actor_eras
validate, check_directory, main = PART.validate, PART.check_directory, PART.main


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
