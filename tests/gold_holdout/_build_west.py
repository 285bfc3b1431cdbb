"""Build and validate the third blind held-out gold set, western part (h3w_*.json): North Africa, the Sahel and the
Horn, written BLIND.

The author did not open the coder (src/marsad/events/**), its trigger, modality, non-event-cue, coder-cue or figure
lexicons (src/marsad/data/triggers/**, src/marsad/data/modality.yaml, src/marsad/data/non_event_cues.yaml,
src/marsad/data/coder_cues.yaml, src/marsad/lang/ar/data/figures.yaml), the models (src/marsad/data/models/**),
training/**, scripts/*mention*, any tests/test_coder_*.py, tests/test_mention_filter.py or tests/test_triggers.py, nor
any gold article text (tests/gold_dev/*.json, tests/gold_holdout/** including its _build_holdout.py articles, the
article definitions of tests/gold_dev/_build_*.py, anything in the staging folder of this set other than this file -- in
particular not the _build_east.py part written at the same time), nor git history or diffs; and did not run the coder,
`marsad eval`, `marsad run`/`demo` or pytest on these articles. What was read: /work/shared/gold/README.md (and its two
JSON examples, for the format only), /work/shared/reference/acled-taxonomy.md, tests/gold_tools.py,
tests/test_gold_holdout.py (the mix checks), the scaffolding of tests/gold_dev/_build_q.py (module docstring, imports,
constants block and PLACES up to the banner before its first article, and its final PART/main lines; not its
articles), the canonical actor names and eras of the actor lexicon (listed through marsad.text.actors.Lexicon, not
their Arabic surface forms), and `marsad gazetteer lookup` for coordinates. Nothing was copied from /work/shared/seeds
or anywhere else. All texts are original and fictional: invented incidents at real places, invented outlets with
.example domains; the statements of real institutions (ministries, armies, armed groups, UN offices) are invented too.

Content: 23 articles -- 16 event articles and 7 hard non-event articles -- from Algeria, Mali, Burkina Faso, Niger,
Sudan, Nigeria, Somalia, Libya, Tunisia, Morocco, Egypt, Chad and South Sudan (events), plus Ethiopia and Mauritania
(non-event articles only). One incident (the suicide bombing in Gwoza, Borno, on 16 August 2025) is told by two
outlets with different tolls and details. Styles: an army communique (Algeria's MDN weekly results), a monitor's
weekly tally, wire dispatches with datelines, local news pages with menus, cookie banners, "read also" blocks, share
widgets and footers, a live blog newest-first, a radio transcript, an NGO statement, a social-media repost without a
date, a feature report. Non-event articles: an official denial, a court verdict about an old attack, an anniversary,
a joint military exercise, a cumulative humanitarian bulletin, sport written with war metaphors, a road accident of a
military truck.

Dates are written with Maghrebi month names (جانفي، فيفري، جويلية، ماي), Moroccan ones (نونبر، شتنبر), Egyptian/Gulf
ones (يناير، أبريل، مايو، يونيو، أغسطس، سبتمبر، أكتوبر، نوفمبر), relative dates anchored by the page date (أمس، فجر
اليوم، ليلة السبت إلى الأحد، مساء أمس الجمعة), Eastern and Western digits, "(02) اثنين" style and number words.

Fatality convention used here: the lowest credible figure counting all sides; a later figure that explicitly revises
an earlier one (same or higher authority) replaces it; when two sources disagree the lower figure is taken (side by
side when each side reports the other's losses); claimed enemy losses that nobody contradicts are counted; vague words
follow the taxonomy file ("dozens" 12, "several" 3); 0 only when the text says nobody was killed or hurt; null when
the text gives no figure. A suicide bomber is counted among the dead when the text counts her.

Run:  python tests/gold_holdout/_build_west.py          (write the files, then validate them)
      python tests/gold_holdout/_build_west.py --check  (only validate the files on disk)
Checks: every h3w_*.json parses and has the gold keys; every evidence span occurs verbatim in its text; incident is
null exactly when there are no events; event types/sub-event types are in the ACLED taxonomy; dates are ISO and not
after publication; coordinates lie in the rough bounding box of the event's country; actor names are canonical names
of the actor lexicon (in the era of the event date) or listed in ALLOWED_ACTORS; the files on disk are exactly the
articles defined here.
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
DZA = "Military Forces of Algeria"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"
MLI = "Military Forces of Mali (2021-)"
ISSP = "Islamic State Sahel Province (ISSP)"
NER = "Military Forces of Niger (2023-)"
RSF = "Rapid Support Forces (RSF)"
SDN = "Military Forces of Sudan (2019-)"
JAS = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad (JAS)"
SHABAAB = "Al Shabaab"
SOM = "Military Forces of Somalia (2022-)"
USA = "Military Forces of the United States"
IS_SOM = "Islamic State (Somalia)"
BRIG444 = "444 Brigade"
RADA = "Radaa Special Deterrence Force (RADA)"
TUN_POL = "Police Forces of Tunisia"
MAR_POL = "Police Forces of Morocco"
EGY_POL = "Police Forces of Egypt (2014-)"
SSD = "Military Forces of South Sudan"
SPLA_IO = "SPLM/A-In Opposition (SPLM/A-IO)"
TCD_POL = "Police Forces of Chad (2021-)"


# place key -> (country, admin1, location, lat, lon); coordinates from `marsad gazetteer lookup` where it knows the
# place, else from general knowledge (Bordj Badji Mokhtar town, Abu Shouk camp).
PLACES = {
    "el_milia": ("Algeria", "Jijel", "El Milia, Jijel", 36.75, 6.27),
    "bbm": ("Algeria", "Bordj Badji Mokhtar", "Bordj Badji Mokhtar, Bordj Badji Mokhtar", 21.33, 0.95),
    "ain_defla": ("Algeria", "Ain Defla", "Ain Defla, Ain Defla", 36.26, 1.97),
    "algeria": ("Algeria", None, None, None, None),
    "hombori": ("Mali", "Mopti", "Hombori, Douentza", 15.28, -1.70),
    "niafunke": ("Mali", "Tombouctou", "Niafunke, Niafunke", 15.93, -3.99),
    "niono": ("Mali", "Segou", "Niono, Niono", 14.25, -5.99),
    "titao": ("Burkina Faso", "Nord", "Titao, Loroum", 13.77, -2.07),
    "tera": ("Niger", "Tillaberi", "Tera, Tillaberi", 14.01, 0.75),
    "abu_shouk": ("Sudan", "North Darfur", "Abu Shouk Camp, El Fasher", 13.66, 25.34),
    "el_fasher": ("Sudan", "North Darfur", "El Fasher, North Darfur", 13.63, 25.35),
    "hasahisa": ("Sudan", "Al Jazirah", "Al Hasaheisa, Al Jazirah", 14.75, 33.30),
    "bara": ("Sudan", "North Kordofan", "Bara, North Kordofan", 13.70, 30.37),
    "gwoza": ("Nigeria", "Borno", "Gwoza, Borno", 11.08, 13.69),
    "balad": ("Somalia", "Middle Shabelle", "Balad, Middle Shabelle", 2.36, 45.39),
    "bosaso": ("Somalia", "Bari", "Bosaso, Bari", 11.28, 49.18),
    "souq_al_juma": ("Libya", "Tripoli", "Souq al-Juma, Tripoli", 32.90, 13.23),
    "kasserine": ("Tunisia", "Kasserine", "Kasserine, Kasserine", 35.17, 8.84),
    "tiznit": ("Morocco", "Souss-Massa", "Tiznit, Souss-Massa", 29.70, -9.73),
    "samalut": ("Egypt", "Minya", "Samalut, Minya", 28.31, 30.71),
    "goundi": ("Chad", "Mandoul", "Goundi, Mandoul", 9.36, 17.37),
    "moundou": ("Chad", "Logone Occidental", "Moundou, Logone Occidental", 8.57, 16.08),
    "akobo": ("South Sudan", "Jonglei", "Akobo, Jonglei", 7.78, 33.00),
}


ev = partial(make_event, PLACES)
ARTICLES: dict[str, dict] = {}
art = partial(add_article, ARTICLES)


# ============================================================================================ event articles
# ------------------------------------------------------------------------------------------------ Algeria
art("h3w_dz_mdn_weekly_results", """
وزارة الدفاع الوطني - الجمهورية الجزائرية الديمقراطية الشعبية
الرئيسية | الوزارة | البيانات الصحفية | الحصيلة العملياتية | مجلة الجيش | اتصل بنا
Français | English

حصيلة عمليات الجيش الوطني الشعبي خلال الفترة من 10 إلى 16 جويلية 2024

الجزائر، في 17 جويلية 2024

في إطار مكافحة الإرهاب والجريمة المنظمة، وفي سياق الجهود الحثيثة المبذولة لتأمين حدودنا الوطنية وحماية بلادنا من كل أشكال التهديدات، نفذت وحدات ومفارز الجيش الوطني الشعبي خلال الفترة الممتدة من 10 إلى 16 جويلية 2024 عدة عمليات أسفرت عن نتائج نوعية، تعكس مدى الاحترافية واليقظة والجاهزية العالية لقواتنا المسلحة في كامل ربوع التراب الوطني.

ففي إطار مكافحة الإرهاب، وإثر عملية بحث وتمشيط بمنطقة غابية وعرة بإقليم بلدية الميلية، ولاية جيجل بالناحية العسكرية الخامسة، تمكنت مفرزة للجيش الوطني الشعبي يوم 13 جويلية 2024 من القضاء على إرهابيين (02) اثنين إثر اشتباك مسلح، واسترجاع مسدسين رشاشين من نوع كلاشنيكوف وثلاثة (03) مخازن ذخيرة مملوءة ومنظار ميدان. ويتعلق الأمر بالإرهابي "ب. عبد الحميد" المدعو "أبو دجانة"، الذي التحق بالجماعات الإرهابية سنة 2012، والإرهابي "ق. سفيان" الملتحق سنة 2016. ولا تزال العملية متواصلة بالمنطقة.

كما سلم الإرهابي "م. إبراهيم" نفسه للسلطات العسكرية ببرج باجي مختار بالناحية العسكرية السادسة يوم 14 جويلية 2024، وكان بحوزته مسدس رشاش من نوع كلاشنيكوف وكمية من الذخيرة.

من جهة أخرى، أوقفت مفارز مشتركة للجيش الوطني الشعبي ستة (06) عناصر دعم للجماعات الإرهابية في عمليات متفرقة عبر التراب الوطني، فيما كشفت ودمرت مفرزة أخرى مخبأ للإرهابيين بولاية عين الدفلى يحتوي على قذيفتين (02) تقليديتي الصنع وقنبلة يدوية وأغراض متنوعة.

وفي إطار محاربة الجريمة المنظمة، أوقفت مفارز مشتركة 27 تاجر مخدرات وأحبطت محاولات إدخال كميات ضخمة من المخدرات عبر الحدود مع المغرب، تقدر بأربعة (04) قناطير و35 كيلوغراما من الكيف المعالج. كما أوقفت مفارز بكل من تمنراست وبرج باجي مختار وعين قزام 212 شخصا، وضبطت 14 مركبة و97 مولدا كهربائيا و61 مطرقة ضغط تستعمل في عمليات التنقيب غير المشروع عن الذهب.

من جهة أخرى، أحبط حراس السواحل محاولات هجرة غير شرعية بسواحلنا الوطنية، وأنقذوا 118 شخصا كانوا على متن قوارب تقليدية الصنع.

© وزارة الدفاع الوطني 2024 - جميع الحقوق محفوظة
""", url="https://mdn-dz.example/ar/bilan/2024/07/17", outlet="وزارة الدفاع الوطني (الجزائر)",
    published="2024-07-17", incident="h3w-dz-mdn-2024-07-week28",
    events=[
        ev(B, "Armed clash", "2024-07-13", DZA, uag("Algeria"), "el_milia", 2,
           "تمكنت مفرزة للجيش الوطني الشعبي يوم 13 جويلية 2024 من القضاء على إرهابيين (02) اثنين إثر اشتباك مسلح"),
        ev(S, "Other", "2024-07-14", uag("Algeria"), DZA, "bbm", None,
           "سلم الإرهابي \"م. إبراهيم\" نفسه للسلطات العسكرية ببرج باجي مختار", optional=True),
        ev(S, "Arrests", "2024-07", DZA, uag("Algeria"), "algeria", None,
           "أوقفت مفارز مشتركة للجيش الوطني الشعبي ستة (06) عناصر دعم للجماعات الإرهابية", optional=True),
        ev(S, "Disrupted weapons use", "2024-07", DZA, uag("Algeria"), "ain_defla", None,
           "كشفت ودمرت مفرزة أخرى مخبأ للإرهابيين بولاية عين الدفلى", optional=True),
    ],
    notes="MDN weekly results (10-16 July 2024, invented). One non-optional event: the clash near El Milia (Jijel) on "
          "13 July, 2 'terrorists' killed ('القضاء على' = killed); MDN never names the group, so actor2 is the "
          "unidentified armed group (AQIM would be a guess). The surrender at Bordj Badji Mokhtar (14 July) is "
          "Strategic developments/Other, optional; the arrests of six support elements (no place, no day; coded "
          "country-only with the month) and the hideout with two shells and a grenade in Ain Defla (no day; month) "
          "are optional. The drug, gold-prospecting and migration items are crime/administrative, not coded. The "
          "years the two men joined the groups (2012, 2016) are history. Coded at El Milia (commune named).")

# ------------------------------------------------------------------------------------------------ Sahel (Mali, Burkina Faso, Niger)
art("h3w_sahel_monitor_weekly", """
المرصد الساحلي للنزاعات | النشرة الأسبوعية رقم 87
الفترة المشمولة: من 1 إلى 7 مارس 2025 — صدرت يوم الاثنين 10 مارس 2025

ملخص: سجل فريق الرصد خلال الأسبوع الماضي 38 حادثا أمنيا في مالي وبوركينا فاسو والنيجر، أسفرت في مجموعها عن مقتل ما لا يقل عن 140 شخصا وفق تقديراتنا الأولية. ونستعرض فيما يلي أبرز الحوادث التي أمكن التحقق منها من مصدرين مستقلين على الأقل.

مالي
• الأحد 2 مارس: انفجرت عبوة ناسفة بمركبة تابعة للقوات المسلحة المالية كانت ضمن قافلة إمداد على الطريق الرابط بين بوني وهومبوري، على بعد نحو عشرين كيلومترا غرب هومبوري بمنطقة موبتي، ما أدى إلى مقتل ثلاثة جنود وإصابة آخرين. وتبنت جماعة نصرة الإسلام والمسلمين الهجوم عبر ذراعها الإعلامية "الزلاقة".
• الخميس 6 مارس: قالت هيئة الأركان العامة للجيش المالي في بيان إن طائراتها المسيرة "رصدت وحيدت عدة إرهابيين" من جماعة نصرة الإسلام والمسلمين كانوا مجتمعين في منطقة ريفية قرب نيافونكي بمنطقة تمبكتو. ولم يتسن للمرصد التحقق من الحصيلة، فيما تحدث سكان عن سماع دوي انفجارات دون تقديم أرقام.

بوركينا فاسو
• الثلاثاء 4 مارس: هاجم مسلحون مجهولون على دراجات نارية سوقا أسبوعية في قرية بإقليم لوروم شمالي البلاد، وأطلقوا النار على المتسوقين. وتحدثت مصادر محلية عن "عشرات القتلى"، في حين أكد مسؤول إداري في تيتاو، عاصمة الإقليم، للمرصد مقتل تسعة مدنيين وإصابة 16 آخرين. ولم تتبن أي جهة الهجوم.

النيجر
• الأربعاء 5 مارس: أعلنت وزارة الدفاع النيجرية أن موقعا عسكريا قرب بلدة تيرا بمنطقة تيلابيري تعرض لهجوم "إرهابي" شارك فيه أكثر من مئة مسلح، وأن الوحدات المرابطة "صدت الهجوم وحيدت 21 إرهابيا"، مقابل مقتل خمسة جنود وإصابة 11. وتبنى تنظيم الدولة الإسلامية في الساحل الهجوم لاحقا، زاعما أنه قتل "ثلاثين جنديا مرتدا"، وهو رقم لم يؤكده أي مصدر مستقل.

اتجاهات: يلاحظ المرصد استمرار تراجع الهجمات الكبيرة في شمال بوركينا فاسو مقارنة بشهر يناير، حين شهدت منطقة جيبو هجوما واسعا على قاعدة للجيش، مقابل ارتفاع الحوادث المرتبطة بالعبوات الناسفة في وسط مالي.

منهجية: تعتمد النشرة على مصادر محلية وإعلامية ورسمية، وتحدث الأرقام عند ورود معلومات جديدة. للاشتراك في النشرة: subscribe@saheltracker.example
""", url="https://saheltracker.example/ar/weekly/87", outlet="المرصد الساحلي للنزاعات", published="2025-03-10",
    incident="h3w-sahel-weekly-2025-03-w1",
    events=[
        ev(E, "Remote explosive/landmine/IED", "2025-03-02", JNIM, MLI, "hombori", 3,
           "انفجرت عبوة ناسفة بمركبة تابعة للقوات المسلحة المالية"),
        ev(E, "Air/drone strike", "2025-03-06", MLI, JNIM, "niafunke", 3,
           "إن طائراتها المسيرة \"رصدت وحيدت عدة إرهابيين\""),
        ev(V, "Attack", "2025-03-04", uag("Burkina Faso"), civ("Burkina Faso"), "titao", 9,
           "هاجم مسلحون مجهولون على دراجات نارية سوقا أسبوعية"),
        ev(B, "Armed clash", "2025-03-05", ISSP, NER, "tera", 26,
           "صدت الهجوم وحيدت 21 إرهابيا"),
    ],
    notes="Monitor's weekly tally (invented), four coded incidents in three countries; the headline total (38 "
          "incidents, 140 dead) is cumulative and not coded. Mali 2 March: IED on an army vehicle ~20 km west of "
          "Hombori, coded at Hombori (geo 2), 3 soldiers, JNIM claimed. Mali 6 March: army drone strike near "
          "Niafunke; 'عدة إرهابيين' neutralised = 'several' = 3 (army claim, nobody contradicts; residents give no "
          "figure). Burkina 4 March: market attack in an unnamed village of Loroum province, coded at Titao, the "
          "provincial capital (geo 2); local sources 'dozens' (12) vs. an official's 9 -> the lower, 9. Niger 5 "
          "March: attack on a post near Tera; the ministry does not name the group, ISSP claimed it -> ISSP as "
          "actor1. Fatalities 5 soldiers (ministry; ISSP's 30 is higher, so the lower is kept) + 21 militants "
          "(ministry claim, uncontradicted) = 26. The January attack near Djibo is history, not coded.")

# ------------------------------------------------------------------------------------------------ Sudan
art("h3w_sd_abu_shouk_shelling", """
الفاشر (السودان) - 14 يونيو 2025 (وكالة النيل للأنباء)

قتل 11 شخصا على الأقل، بينهم أربعة أطفال، وأصيب أكثر من عشرين آخرين صباح اليوم السبت جراء قصف مدفعي استهدف معسكر أبو شوك للنازحين شمالي مدينة الفاشر، عاصمة ولاية شمال دارفور، وفق ما أعلنته غرفة الطوارئ في المعسكر.

وكانت الغرفة قد تحدثت في حصيلة أولية عن سبعة قتلى، قبل أن تعلن في تحديث لاحق ارتفاع العدد إلى 11 بعد وفاة عدد من المصابين متأثرين بجروحهم في المستشفى السعودي، آخر المرافق الطبية العاملة جزئيا في المدينة. أما شبكة أطباء السودان فقالت في بيان إن القصف أودى بحياة 13 مدنيا.

وأفاد شهود عيان بأن ثماني قذائف على الأقل سقطت على مربعات سكنية وسوق صغيرة داخل المعسكر نحو السابعة صباحا، واتهموا قوات الدعم السريع المتمركزة في الأطراف الشمالية الشرقية للمدينة بإطلاقها. وقال أحد المتطوعين إن فرق الإسعاف "نقلت الجرحى على عربات تجرها الحمير بسبب انعدام الوقود".

ولم تعلق قوات الدعم السريع رسميا على الحادثة، غير أن مستشارا لقائدها نفى في منشور على منصة "إكس" استهداف المدنيين، واتهم الجيش بـ"فبركة" الاتهامات لتبرير استمرار القتال. في المقابل، قالت الفرقة السادسة مشاة التابعة للجيش إن مدفعيتها "ردت على مصادر النيران وأسكتتها"، من دون تقديم تفاصيل.

وتحاصر قوات الدعم السريع الفاشر منذ أكثر من عام، وكانت قد اجتاحت في أبريل الماضي معسكر زمزم جنوبي المدينة في هجوم أسفر عن مقتل المئات ونزوح عشرات الآلاف نحو بلدة طويلة.

وحذرت منظمات إنسانية من أن نحو 300 ألف شخص ما زالوا عالقين داخل المدينة في ظل نقص حاد في الغذاء والمياه والأدوية، داعية إلى هدنة إنسانية تسمح بإدخال المساعدات.
""", url="https://nilenews.example/ar/sudan/2025/06/14/abu-shouk", outlet="وكالة النيل للأنباء",
    published="2025-06-14", incident="h3w-sd-abu-shouk-2025-06-14",
    events=[
        ev(E, "Shelling/artillery/missile attack", "2025-06-14", RSF, civ("Sudan"), "abu_shouk", 11,
           "جراء قصف مدفعي استهدف معسكر أبو شوك للنازحين"),
        ev(E, "Shelling/artillery/missile attack", "2025-06-14", SDN, RSF, "el_fasher", None,
           "إن مدفعيتها \"ردت على مصادر النيران وأسكتتها\"", optional=True),
    ],
    notes="Shelling of Abu Shouk camp (El Fasher) attributed by witnesses to the RSF, who deny it (an accusation "
          "is enough to code the actor, as ACLED would with the attribution in its notes). Toll: 7 first, revised by "
          "the same emergency room to 11 (revision replaces), and 13 from Sudan Doctors Network (disagreement -> "
          "lower) = 11. The army's counter-battery fire is vague (no target place, no toll): optional. The April "
          "assault on Zamzam camp is history mentioned in passing, not coded.")

# ------------------------------------------------------------------------------------------------ Nigeria
art("h3w_ng_gwoza_bombing_wire", """
مايدوغوري (نيجيريا) - 17 أغسطس 2025 (وكالة الصحراء برس)

قتل سبعة أشخاص على الأقل، بينهم المهاجمة، عندما فجرت انتحارية نفسها مساء السبت عند مدخل مركز لمشاهدة مباريات كرة القدم في بلدة غوزا بولاية بورنو شمال شرقي نيجيريا، حسبما أفادت الشرطة.

وقال المتحدث باسم شرطة ولاية بورنو في بيان مقتضب إن "امرأة تحمل عبوة ناسفة مربوطة بجسدها حاولت دخول المركز المكتظ بالشبان نحو الساعة التاسعة ليلا، وعندما اعترضها أحد الحراس فجرت نفسها"، مشيرا إلى أن ستة مدنيين قتلوا وأصيب 19 آخرون نقلوا إلى المستشفى العام في البلدة.

غير أن عنصرا في قوة المهام المشتركة المدنية، وهي ميليشيا محلية تساند الجيش، قال للوكالة عبر الهاتف إنه أحصى تسع جثث في المكان.

ولم تعلن أي جهة مسؤوليتها عن التفجير حتى صباح الأحد، لكن الشرطة رجحت أن يكون من تنفيذ جماعة "بوكو حرام" التي دأبت على استخدام نساء وفتيات في هجمات انتحارية تستهدف الأسواق والمساجد وأماكن التجمع في الولاية.

وتقع غوزا قرب الحدود مع الكاميرون، عند سفوح جبال ماندارا التي يتخذ منها المسلحون ملاذا. وقد فرضت السلطات حظر تجول ليليا في البلدة اعتبارا من مساء الأحد.

وأسفر النزاع في شمال شرق نيجيريا، المستمر منذ عام 2009، عن مقتل أكثر من 40 ألف شخص ونزوح نحو مليوني شخص، وفق أرقام الأمم المتحدة.
""", url="https://sahrapress.example/ar/nigeria/2025/08/17/gwoza", outlet="وكالة الصحراء برس", published="2025-08-17",
    incident="h3w-ng-gwoza-bombing-2025-08-16",
    events=[
        ev(E, "Suicide bomb", "2025-08-16", JAS, civ("Nigeria"), "gwoza", 7,
           "عندما فجرت انتحارية نفسها مساء السبت عند مدخل مركز لمشاهدة مباريات كرة القدم في بلدة غوزا"),
    ],
    notes="Same incident as h3w_ng_gwoza_bombing_local (second outlet, different toll). Saturday = 16 August 2025 "
          "(dispatch dated Sunday 17). Police: six civilians + the bomber = 7 ('بينهم المهاجمة'); a CJTF member "
          "counted nine bodies -> disagreement, the lower 7. Unclaimed; police suspect Boko Haram, coded JAS (the "
          "faction that uses female suicide bombers around Gwoza) with that attribution noted. The curfew is not "
          "coded; the cumulative toll since 2009 is background.")

art("h3w_ng_gwoza_bombing_local", """
بورنو اليوم | أخبار الشمال الشرقي
الرئيسية | أمن | سياسة | اقتصاد | رياضة | مقالات الرأي | فيديو
🔴 تابعونا على واتساب

أمن
ارتفاع حصيلة تفجير غوزا إلى 11 قتيلا
الاثنين 18 أغسطس 2025 | محرر الشؤون الأمنية

ارتفعت حصيلة التفجير الانتحاري الذي استهدف مساء السبت الماضي مركزا لعرض مباريات كرة القدم في أحد الأحياء الشرقية لمدينة غوزا إلى 11 قتيلا، بينهم المهاجمة، بعد أن كانت الحصيلة الأولية سبعة قتلى، بحسب ما أعلنه منسق الوكالة الوطنية لإدارة الطوارئ في ولاية بورنو اليوم الاثنين.

وأوضح المنسق أن أربعة من المصابين فارقوا الحياة في مستشفى جامعة مايدوغوري التعليمي حيث نقلوا لتلقي العلاج، وأن 15 آخرين ما زالوا يتلقون الرعاية، بينهم ثلاثة في حالة حرجة.

وقال أحد سكان الحي، ويدعى موسى إبراهيم، إن المركز كان يعرض مباراة في الدوري الإنجليزي عندما "دوى انفجار هائل عند البوابة وتطايرت الكراسي البلاستيكية في كل اتجاه"، مضيفا أن معظم الضحايا من المراهقين.

ولم تتبن أي جماعة التفجير، فيما قال مسؤول محلي إن أصابع الاتهام تتجه إلى فصيل "جماعة أهل السنة للدعوة والجهاد" المعروف باسم بوكو حرام، الذي ينشط في جبال ماندارا.

ويعيد الهجوم إلى الأذهان سلسلة التفجيرات الانتحارية التي نفذتها نساء في غوزا نهاية يونيو 2024، واستهدفت حفل زفاف وجنازة ومستشفى، وأودت بحياة أكثر من 30 شخصا.

اقرأ أيضا:
- الجيش يعلن تحييد 12 مسلحا في غابة سامبيسا
- حاكم بورنو يتفقد مخيمات النازحين في باما
- تعزيزات أمنية عند المدخل الجنوبي لمايدوغوري

شارك: فيسبوك | إكس | واتساب | نسخ الرابط
© 2025 بورنو اليوم. جميع الحقوق محفوظة. | سياسة الخصوصية
نستخدم ملفات تعريف الارتباط لتحسين تجربتك. [موافق]
""", url="https://bornotoday.example/security/2025/08/18/gwoza-toll", outlet="بورنو اليوم", published="2025-08-18",
    incident="h3w-ng-gwoza-bombing-2025-08-16",
    events=[
        ev(E, "Suicide bomb", "2025-08-16", JAS, civ("Nigeria"), "gwoza", 11,
           "ارتفعت حصيلة التفجير الانتحاري الذي استهدف مساء السبت الماضي مركزا لعرض مباريات كرة القدم"),
    ],
    notes="Second outlet on the Gwoza suicide bombing (see h3w_ng_gwoza_bombing_wire). 'Saturday last' from a "
          "Monday 18 August page = 16 August 2025. The emergency agency's figure of 11 (bomber included) explicitly "
          "revises the first toll of 7, so it replaces it. Coded JAS on a local official's suspicion (unclaimed). "
          "The June 2024 Gwoza bombings are history, not coded; the 'read also' headlines (including the army's "
          "Sambisa claim) are boilerplate and yield no events.")

# ------------------------------------------------------------------------------------------------ Somalia
art("h3w_so_balad_base_attack", """
مقديشو بوست
الصفحة الرئيسية › الأخبار › الصومال
الاثنين 20 أكتوبر 2025 - 10:42 بتوقيت مقديشو

الجيش الصومالي يصد هجوما لحركة الشباب على قاعدة في بلعد

صدت القوات المسلحة الصومالية فجر أمس الأحد هجوما شنه مقاتلون من حركة الشباب على قاعدة عسكرية في الضواحي الشمالية لمدينة بلعد بإقليم شبيلي الوسطى، على بعد نحو 35 كيلومترا شمال العاصمة مقديشو، بعد معارك استمرت أكثر من ساعتين.

وقال وزير الإعلام في تصريح للإذاعة الوطنية إن "الجيش الوطني، بدعم جوي من الشركاء الدوليين، قتل أكثر من 40 من عناصر الخوارج"، وهو المصطلح الذي تستخدمه الحكومة لوصف مقاتلي الحركة، مضيفا أن أربعة جنود "استشهدوا" وأصيب سبعة آخرون.

في المقابل، زعمت حركة الشباب، عبر إذاعة الأندلس الناطقة باسمها، أن مقاتليها "اقتحموا القاعدة وقتلوا 23 جنديا واستولوا على عربتين عسكريتين" قبل الانسحاب، ولم تذكر أي خسائر في صفوفها. ولم يتسن التحقق من روايتي الطرفين من مصدر مستقل.

وقال سكان في بلعد إن المعارك بدأت بقصف بقذائف الهاون قرابة الرابعة فجرا، تلاه اشتباك عنيف بالأسلحة الرشاشة، وإن طائرة مسيرة حلقت فوق المنطقة وقصفت مواقع المهاجمين عند أطراف البلدة.

ويأتي الهجوم بعد أشهر من استعادة الحركة عدة بلدات في شبيلي الوسطى وهيران خلال هجوم واسع شنته مطلع العام، وهو ما مثل انتكاسة للحملة العسكرية التي أطلقتها الحكومة عام 2022.

وفي تطور منفصل، أعلنت القيادة الأمريكية في أفريقيا (أفريكوم) أنها نفذت يوم السبت غارة جوية ضد عناصر من تنظيم الدولة الإسلامية في منطقة جبلية جنوب شرقي مدينة بوصاصو بولاية بونتلاند، بالتنسيق مع الحكومة الصومالية، مشيرة إلى أن تقييمها الأولي يفيد بعدم سقوط ضحايا مدنيين، دون أن تذكر عدد القتلى في صفوف التنظيم.

اقرأ أيضا | مقتل ثلاثة في انفجار قرب سوق بكارة — من الأرشيف
التعليقات مغلقة.
""", url="https://mogadishupost.example/ar/2025/10/20/balad-attack", outlet="مقديشو بوست", published="2025-10-20",
    incident="h3w-so-balad-2025-10-19",
    events=[
        ev(B, "Armed clash", "2025-10-19", SHABAAB, SOM, "balad", 44,
           "هجوما شنه مقاتلون من حركة الشباب على قاعدة عسكرية في الضواحي الشمالية لمدينة بلعد"),
        ev(E, "Air/drone strike", "2025-10-18", USA, IS_SOM, "bosaso", None,
           "نفذت يوم السبت غارة جوية ضد عناصر من تنظيم الدولة الإسلامية"),
    ],
    notes="Balad: 'dawn yesterday Sunday' from a Monday 20 October page = 19 October 2025. The mortar fire and the "
          "drone strike during the ground assault are folded into the one Battles event (precedence). Fatalities "
          "side by side: soldiers 4 (government) vs 23 (Al Shabaab claim) -> 4; militants 'more than 40' "
          "(government claim; Al Shabaab says nothing of its losses, so uncontradicted) -> 40; total 44. The "
          "unnamed 'international partners' are not coded as an actor. Separate event: AFRICOM strike on Saturday "
          "18 October against Islamic State in mountains south-east of Bosaso, coded at Bosaso (geo 2); no toll "
          "(only 'no civilian casualties') -> null. The Shabaab offensive early in the year and the 2022 campaign "
          "are background; the 'read also' archive headline yields nothing.")

# ------------------------------------------------------------------------------------------------ Libya
art("h3w_ly_tripoli_clash_liveblog", """
ليبيا الآن | تغطية مباشرة
اشتباكات في شرق طرابلس: تحديثات لحظة بلحظة
آخر تحديث: الخميس 22 يناير 2026 - 23:55

23:55 — مركز طب الطوارئ والدعم يحدث حصيلته: خمسة قتلى بينهم مدني، و17 جريحا، بعد أن كان قد أعلن في وقت سابق مقتل ثلاثة.

23:40 — المجلس الرئاسي يعلن التوصل إلى اتفاق لوقف إطلاق النار بين "اللواء 444 قتال" و"جهاز الردع"، يقضي بانسحاب الآليات المسلحة من محيط طريق الشط ومطار معيتيقة وعودة القوات إلى مقراتها، وتشكيل لجنة مشتركة لمتابعة التنفيذ بإشراف رئاسة الأركان.

23:05 — شهود: هدوء حذر في سوق الجمعة بعد توقف إطلاق النار منذ نحو نصف ساعة.

22:20 — سقوط قذيفة على سطح منزل في منطقة عرادة دون إصابات، حسب سكان.

21:45 — مركز طب الطوارئ والدعم: ثلاثة قتلى وعدد من الجرحى في حصيلة أولية. الهلال الأحمر يطالب بممر آمن لإجلاء العائلات العالقة.

21:10 — إدارة مطار معيتيقة تعلن تعليق الرحلات وتحويلها إلى مطار مصراتة الدولي حتى إشعار آخر.

20:40 — للتذكير: آخر مواجهات واسعة شهدتها العاصمة تعود إلى مايو 2025، حين اندلع القتال عقب مقتل رئيس جهاز دعم الاستقرار.

20:30 — اشتباكات بالأسلحة المتوسطة والثقيلة في محيط طريق الشط بمنطقة سوق الجمعة بين قوة تابعة للواء 444 قتال وعناصر من جهاز الردع لمكافحة الإرهاب والجريمة المنظمة، وفق مصادر أمنية. السبب لم يتضح بعد، ومصادر تتحدث عن خلاف على بوابة أمنية.

20:15 — سماع دوي إطلاق نار كثيف في سوق الجمعة وتاجوراء شرقي العاصمة.

ℹ️ هذه التغطية تحدث باستمرار. لتصلك الإشعارات فعّل الجرس 🔔
شارك التغطية | تابعنا على تيليغرام
""", url="https://libyanow.example/live/2026/01/22/tripoli-clashes", outlet="ليبيا الآن", published="2026-01-22",
    incident="h3w-ly-souq-al-juma-2026-01-22",
    events=[
        ev(B, "Armed clash", "2026-01-22", BRIG444, RADA, "souq_al_juma", 5,
           "اشتباكات بالأسلحة المتوسطة والثقيلة في محيط طريق الشط بمنطقة سوق الجمعة"),
        ev(S, "Agreement", "2026-01-22", BRIG444, RADA, "souq_al_juma", None,
           "المجلس الرئاسي يعلن التوصل إلى اتفاق لوقف إطلاق النار"),
    ],
    notes="Live blog, newest entry first. Clash between the 444 Brigade and RADA at Souq al-Juma (Al-Shatt road) "
          "on Thursday 22 January 2026. The toll is read from the latest entry: 5 dead (revising the earlier 3). The "
          "shell on a roof in Arada is part of the same fighting (no separate event). The ceasefire agreement "
          "brokered by the Presidential Council the same night is a Strategic developments/Agreement between the "
          "two parties (non-optional: an agreement that was reached, not a call for one). The suspension of "
          "flights at Mitiga is not coded; the May 2025 fighting is history.")

# ------------------------------------------------------------------------------------------------ Tunisia
art("h3w_tn_kasserine_night_riot", """
القصرين نيوز — جريدة إلكترونية جهوية مستقلة
الرئيسية | جهويات | وطنية | مجتمع | رياضة | ثقافة
الإثنين 22 جانفي 2024

ليلة ساخنة بحي النور: مواجهات بين شبان وأعوان الأمن بعد وفاة موقوف

شهد حي النور بمدينة القصرين ليلة السبت إلى الأحد مواجهات بين مجموعات من الشبان وأعوان الأمن، إثر انتشار خبر وفاة شاب في العشرينات من عمره بعد ساعات من إيقافه في مركز الأمن بالحي.

وعمد المحتجون إلى غلق الطريق الرئيسية بالعجلات المطاطية المشتعلة والحجارة، ورشقوا مركز الأمن بالحجارة والزجاجات الحارقة، ما أدى إلى احتراق سيارة إدارية، فيما ردت الوحدات الأمنية باستعمال الغاز المسيل للدموع لتفريقهم. واستمرت المناوشات إلى حدود الثالثة فجرا.

وأكد الناطق باسم الإدارة الجهوية للأمن الوطني لـ"القصرين نيوز" إصابة ثلاثة أعوان بجروح متفاوتة الخطورة، دون تسجيل وفيات، مشيرا إلى إيقاف 14 شخصا من بينهم قصر، وإلى فتح تحقيق في ملابسات وفاة الموقوف بإذن من النيابة العمومية بالمحكمة الابتدائية بالقصرين.

وفي صباح الأحد، نفذ أفراد من عائلة الفقيد وعدد من ناشطي المجتمع المدني وقفة احتجاجية سلمية أمام مقر الولاية، رفعوا خلالها شعارات تطالب بـ"كشف الحقيقة ومحاسبة المتورطين"، قبل أن يتفرقوا بهدوء.

ويذكر هذا الحادث بأحداث جانفي 2021، حين عرفت عدة أحياء شعبية في القصرين وسليانة وسوسة احتجاجات ليلية استمرت أياما.

اقرأ أيضا
• والي القصرين يشرف على اجتماع المجلس الجهوي للتنمية
• حجز كميات من السجائر المهربة بمعتمدية فريانة
• كرة القدم: فوز ثمين لأمل القصرين خارج الديار

تعليقات (6) | شارك المقال
يستخدم هذا الموقع ملفات تعريف الارتباط (كوكيز) لتحسين تجربة التصفح. موافق
""", url="https://kasserine-news.example/regions/2024/01/22/hay-ennour", outlet="القصرين نيوز",
    published="2024-01-22", incident="h3w-tn-kasserine-2024-01-20",
    events=[
        ev(R, "Violent demonstration", "2024-01-20", rioters("Tunisia"), TUN_POL, "kasserine", 0,
           "شهد حي النور بمدينة القصرين ليلة السبت إلى الأحد مواجهات بين مجموعات من الشبان وأعوان الأمن"),
        ev(P, "Peaceful protest", "2024-01-21", protesters("Tunisia"), None, "kasserine", None,
           "نفذ أفراد من عائلة الفقيد وعدد من ناشطي المجتمع المدني وقفة احتجاجية سلمية أمام مقر الولاية"),
        ev(S, "Arrests", "2024-01-21", TUN_POL, rioters("Tunisia"), "kasserine", None,
           "إيقاف 14 شخصا من بينهم قصر", optional=True),
    ],
    notes="Night of Saturday 20 to Sunday 21 January 2024 (page of Monday 22): burning tyres, stones and petrol "
          "bombs at a police station, a vehicle burnt -> Riots/Violent demonstration, dated to the Saturday when it "
          "began; 'دون تسجيل وفيات' -> 0. Sunday morning sit-in in front of the governorate -> Peaceful protest, no "
          "figure -> null. The 14 arrests belong to the riot (ACLED would keep them in its notes): optional, dated "
          "Sunday (they are reported after the night; the exact time is unknown). The death in custody that "
          "triggered the riot has no known cause (an inquiry is opened) and is not coded as an attack. January "
          "2021 is history.")

# ------------------------------------------------------------------------------------------------ Morocco
art("h3w_ma_tiznit_water_march", """
سوس بريس
الرئيسية | جهة سوس ماسة | وطني | مجتمع | رياضة | فيديو
الإثنين 13 نونبر 2023 - 11:20

السلطات تمنع "مسيرة العطش" لساكنة دواوير بإقليم تيزنيت وتوقف خمسة محتجين

منعت السلطات المحلية والقوات العمومية، أمس الأحد 12 نونبر الجاري، مسيرة على الأقدام نظمها العشرات من سكان دواوير تابعة لجماعة قروية بإقليم تيزنيت، كانوا يعتزمون التوجه نحو مقر عمالة الإقليم للاحتجاج على انقطاع الماء الصالح للشرب منذ أزيد من ثلاثة أسابيع.

وحسب مصادر محلية، فإن عناصر من الدرك الملكي والقوات المساعدة طوقت المحتجين عند المدخل الشمالي للمدينة وعملت على تفريقهم، بعدما رفضوا الاستجابة لدعوات السلطة المحلية بالعودة إلى دواويرهم، حيث جرى توقيف خمسة أشخاص، بينهم عضو في جمعية تنموية محلية، قبل أن يطلق سراحهم في وقت متأخر من المساء.

ورفع المحتجون، ومن بينهم نساء ومسنون، قنينات بلاستيكية فارغة وشعارات من قبيل "الماء حق وليس امتيازا"، مطالبين بحفر بئر جديدة وتسريع ربط الدواوير بشبكة المكتب الوطني للكهرباء والماء الصالح للشرب. ولم تسجل أي إصابات في صفوف المحتجين أو القوات العمومية.

وقال مصدر من عمالة تيزنيت إن المسيرة "لم يتم التصريح بها وفق القانون"، مؤكدا أن السلطات "منفتحة على الحوار"، وأن شاحنات صهريجية ستزود الدواوير المعنية بالماء ابتداء من اليوم.

من جهتها، أعلنت تنسيقية الساكنة عزمها تنظيم وقفة احتجاجية جديدة أمام مقر الجماعة يوم الأحد المقبل إذا لم تتم الاستجابة لمطالبها، مذكرة بأن السكان سبق أن احتجوا في شتنبر الماضي للسبب ذاته.

شارك: فيسبوك - تويتر - واتساب
أخبار ذات صلة: • تيزنيت: افتتاح دار للطالبة بجماعة أربعاء الساحل • أمطار رعدية مرتقبة بعدد من أقاليم الجهة
جميع الحقوق محفوظة © سوس بريس 2023
""", url="https://soussp.example/tiznit/2023/11/13/masirat-al-atash", outlet="سوس بريس", published="2023-11-13",
    incident="h3w-ma-tiznit-2023-11-12",
    events=[
        ev(P, "Protest with intervention", "2023-11-12", protesters("Morocco"), MAR_POL, "tiznit", 0,
           "طوقت المحتجين عند المدخل الشمالي للمدينة وعملت على تفريقهم"),
    ],
    notes="Water-shortage march by villagers of an unnamed rural commune of Tiznit province, stopped and dispersed "
          "at the northern entrance of Tiznit on Sunday 12 November 2023 (Moroccan month name نونبر) -> Protest "
          "with intervention, coded at Tiznit; the five short detentions are part of it (not a separate event). "
          "Royal Gendarmerie and auxiliary forces coded as the police forces. 'No injuries on either side' -> 0. "
          "The protest announced for next Sunday (future) and the one in September (history) are not coded.")

# ------------------------------------------------------------------------------------------------ Egypt
art("h3w_eg_samalut_mob", """
بوابة الصعيد الإخبارية
أخبار المحافظات | حوادث | اقتصاد | رياضة | فن | منوعات
السبت، ٢٧ أبريل ٢٠٢٤ - ١١:٣٠ ص

القبض على ٩ متهمين في أحداث شغب بإحدى قرى سمالوط.. والأمن يسيطر على الموقف

ألقت الأجهزة الأمنية بمديرية أمن المنيا القبض على تسعة أشخاص، على خلفية أحداث الشغب التي شهدتها مساء أمس الجمعة إحدى القرى التابعة لمركز سمالوط شمالي المحافظة، والتي تتحفظ "بوابة الصعيد" على ذكر اسمها حفاظا على السلم الأهلي.

وكان عشرات من الأهالي قد تجمهروا عقب صلاة الجمعة، إثر شائعة مفادها أن أحد المواطنين الأقباط يعتزم تحويل منزله إلى كنيسة دون ترخيص، ورشقوا عددا من منازل الأقباط بالحجارة، وأضرموا النيران في أربعة منازل وحظيرة ماشية، قبل أن تتمكن قوات الحماية المدنية من السيطرة على الحرائق.

وأفاد مصدر أمني بأن الأحداث لم تسفر عن وفيات، وأن اثنين من الأهالي أصيبا بكدمات وجروح سطحية، وتلقيا الإسعافات اللازمة وغادرا المستشفى.

وانتقلت قيادات مديرية الأمن إلى القرية، وتم الدفع بتعزيزات أمنية وفرض كردون أمني حول المنازل المتضررة، فيما أمرت النيابة العامة بحبس المتهمين ٤ أيام على ذمة التحقيقات، بعد أن وجهت إليهم تهم التجمهر وإتلاف ممتلكات الغير وإشعال حرائق عمدا.

وأصدرت مطرانية سمالوط للأقباط الأرثوذكس بيانا طالبت فيه بـ"تطبيق القانون بحزم على كل من تورط في الاعتداء"، فيما أكد محافظ المنيا أن "الدولة لن تسمح بالمساس بوحدة النسيج الوطني"، ووجه بحصر التلفيات تمهيدا لتعويض المتضررين.

وتشهد قرى المنيا بين الحين والآخر توترات مماثلة على خلفية بناء دور العبادة، كان أبرزها أحداث قرية الكرم بمركز أبو قرقاص عام ٢٠١٦.

اقرأ أيضا: مصرع شخصين في حادث تصادم على الطريق الصحراوي الغربي
""", url="https://saeedgate.example/minya/2024/04/27/samalut", outlet="بوابة الصعيد الإخبارية",
    published="2024-04-27", incident="h3w-eg-samalut-2024-04-26",
    events=[
        ev(R, "Mob violence", "2024-04-26", rioters("Egypt"), civ("Egypt"), "samalut", 0,
           "ورشقوا عددا من منازل الأقباط بالحجارة، وأضرموا النيران في أربعة منازل وحظيرة ماشية"),
        ev(S, "Arrests", "2024-04-27", EGY_POL, rioters("Egypt"), "samalut", None,
           "ألقت الأجهزة الأمنية بمديرية أمن المنيا القبض على تسعة أشخاص", optional=True),
    ],
    notes="Sectarian mob attack on Coptic houses in an unnamed village of Samalut district (the outlet withholds "
          "its name), coded at Samalut (geo 2), Friday 26 April 2024 ('مساء أمس الجمعة' on a Saturday page, "
          "Eastern digits). 'لم تسفر عن وفيات' -> 0. The nine arrests are reported on Saturday without an exact "
          "date: optional. The Karm village events of 2016 are history; the 'read also' road accident is "
          "boilerplate.")

# ------------------------------------------------------------------------------------------------ Chad
art("h3w_td_goundi_herders_farmers", """
نجامينا - 16 مايو 2024 (وكالة أنباء الساحل الأوسط)

قتل 11 شخصا على الأقل في أعمال عنف بين مزارعين ورعاة شهدتها منذ مطلع الأسبوع منطقة قريبة من بلدة غوندي بولاية ماندول جنوبي تشاد، وفق ما أعلنه والي الولاية مساء أمس الأربعاء.

وقال الوالي في تصريح للإذاعة الوطنية إن "مجموعة من الرعاة المسلحين هاجمت صباح الثلاثاء قرية زراعية تبعد نحو 15 كيلومترا عن غوندي، وقتلت ستة من سكانها بينهم امرأتان، وأحرقت عشرات الأكواخ ومخازن الحبوب"، وذلك إثر خلاف على دخول قطيع من الماشية إلى حقول الذرة الرفيعة.

وأضاف أن شبانا من القرية ومن قرى مجاورة، مسلحين ببنادق صيد وأسلحة بيضاء، لاحقوا المهاجمين صباح الأربعاء حتى مخيم للرعاة، حيث اندلعت اشتباكات أسفرت عن مقتل خمسة أشخاص من الطرفين وإصابة تسعة آخرين.

وأعلن الوالي أن وحدات من الجيش والدرك انتشرت في المنطقة "لمنع تجدد المواجهات"، داعيا الأهالي إلى "ضبط النفس وترك العدالة تأخذ مجراها"، فيما أفادت مصادر محلية بتوقيف عدد من المشتبه بهم.

وتتكرر المواجهات بين المزارعين والرعاة الرحل في جنوب تشاد مع اقتراب موسم الأمطار، حين تتقاطع مسارات القطعان مع الأراضي المزروعة. وقد أودت مواجهات مماثلة في ولاية لوغون الشرقي العام الماضي بحياة أكثر من عشرين شخصا.

ودعت الرابطة التشادية لحقوق الإنسان الحكومة إلى "معالجة جذور الأزمة بدل الاكتفاء بالحلول الأمنية"، مطالبة بترسيم ممرات الرعي وتفعيل لجان المصالحة المحلية.
""", url="https://sahelcentral.example/ar/chad/2024/05/16/goundi", outlet="وكالة أنباء الساحل الأوسط",
    published="2024-05-16", incident="h3w-td-goundi-2024-05-14",
    events=[
        ev(V, "Attack", "2024-05-14", clan("Chad"), civ("Chad"), "goundi", 6,
           "مجموعة من الرعاة المسلحين هاجمت صباح الثلاثاء قرية زراعية تبعد نحو 15 كيلومترا عن غوندي"),
        ev(B, "Armed clash", "2024-05-15", clan("Chad"), clan("Chad"), "goundi", 5,
           "حيث اندلعت اشتباكات أسفرت عن مقتل خمسة أشخاص من الطرفين"),
    ],
    notes="Dispatch of Thursday 16 May 2024: Tuesday = 14 May, Wednesday = 15 May. Armed herders attack an unnamed "
          "farming village ~15 km from Goundi, 6 villagers killed (Violence against civilians/Attack by a communal "
          "militia); next day village youths pursue them to a herders' camp, 5 killed on both sides (Battles "
          "between two communal militias). The governor's total of 11 is the sum of the two, not a third event. "
          "Both coded at Goundi (geo 2). Arrests of 'a number of suspects' (no date, vague) not coded; the Logone "
          "Oriental clashes of last year are history.")

art("h3w_td_moundou_power_protest", """
تشاد أونلاين | الأخبار باللغة العربية
الرئيسية | سياسة | أمن | اقتصاد | مجتمع | English | Français
الثلاثاء 25 نوفمبر 2025

مقتل طالب خلال تفريق احتجاج على انقطاع الكهرباء في موندو

لقي طالب في المرحلة الثانوية حتفه وأصيب ستة آخرون، أمس الاثنين، عندما أطلقت قوات الشرطة الغاز المسيل للدموع والرصاص الحي لتفريق مئات المحتجين الذين خرجوا إلى شوارع مدينة موندو، كبرى مدن جنوب تشاد، احتجاجا على الانقطاع المتواصل للتيار الكهربائي وارتفاع أسعار الوقود.

وقال أحد منظمي الاحتجاج إن المتظاهرين "كانوا سلميين ويحملون لافتات فقط" عندما حاولوا الوصول إلى مقر الشركة الوطنية للكهرباء، وإن الشرطة "أطلقت النار مباشرة على الحشود". وأكد مصدر طبي في المستشفى الإقليمي بموندو استقبال جثة شاب في السابعة عشرة مصاب برصاصة في الصدر.

في المقابل، قال وزير الأمن العام في بيان إن قوات الأمن "تعاملت بمهنية مع تجمع غير مرخص"، ونفى استخدام الرصاص الحي، مؤكدا أن الشاب "توفي في ظروف يجري التحقيق فيها"، وأن 31 شخصا أوقفوا بتهمة الإخلال بالنظام العام.

وطالبت أحزاب معارضة ومنظمات من المجتمع المدني بفتح تحقيق مستقل في مقتل الطالب، ودعت إلى إضراب عام يوم الخميس المقبل.

ويعاني جنوب تشاد منذ أشهر من أزمة حادة في إمدادات الكهرباء، إذ لا يتجاوز التزويد في بعض الأحياء أربع ساعات يوميا. وكانت العاصمة نجامينا قد شهدت في أكتوبر 2022 احتجاجات دامية قتل فيها العشرات.

الأكثر قراءة | النشرة البريدية | اتصل بنا
© تشاد أونلاين 2025
""", url="https://tchadonline.example/ar/2025/11/25/moundou", outlet="تشاد أونلاين", published="2025-11-25",
    incident="h3w-td-moundou-2025-11-24",
    events=[
        ev(P, "Excessive force against protesters", "2025-11-24", protesters("Chad"), TCD_POL, "moundou", 1,
           "أطلقت قوات الشرطة الغاز المسيل للدموع والرصاص الحي لتفريق مئات المحتجين"),
    ],
    notes="Monday 24 November 2025 (page of Tuesday 25). Police fire live rounds and tear gas at a protest said "
          "to be peaceful; one student killed (the minister denies live fire but not the death) -> Excessive force "
          "against protesters, 1. The 31 arrests are part of the same event (not coded apart). The general strike "
          "called for Thursday is future; the October 2022 N'Djamena protests are history.")

# ------------------------------------------------------------------------------------------------ South Sudan
art("h3w_ss_akobo_radio", """
راديو صوت النيل — نشرة الأخبار المسائية
السبت 12 أبريل 2025 — الساعة السابعة مساء بتوقيت جوبا
(نص مفرغ من التسجيل الصوتي)

المذيعة: مستمعينا الكرام، مساء الخير، وهذه نشرة الأخبار. نبدأ من ولاية جونقلي، حيث دارت فجر اليوم اشتباكات عنيفة بين قوات دفاع شعب جنوب السودان ومقاتلي الحركة الشعبية لتحرير السودان في المعارضة على الأطراف الشمالية لمدينة أكوبو، قرب الحدود الإثيوبية. معنا من بور مراسلنا جيمس دينق. جيمس، ما آخر المعلومات؟

المراسل: مساء الخير. المعلومات التي حصلنا عليها تفيد بأن القتال بدأ نحو الخامسة فجرا واستمر حتى الظهيرة تقريبا. المتحدث باسم الجيش قال لنا قبل قليل إن قواته "صدت هجوما للمتمردين وقتلت عشرين منهم"، مع مقتل جنديين اثنين فقط من الجيش. في المقابل، المتحدث العسكري باسم الحركة في المعارضة قال إن مقاتليه هم من صدوا تقدما للجيش، وإنهم قتلوا ثلاثين جنديا وخسروا مقاتلا واحدا. طبعا لا توجد أي جهة مستقلة تستطيع التحقق من هذه الأرقام.

المذيعة: وماذا عن الغارة الجوية التي تحدث عنها السكان أمس؟

المراسل: نعم، مفوض مقاطعة أكوبو أكد لنا أن طائرة حربية ألقت مساء أمس الجمعة براميل متفجرة على قرية صغيرة شمال أكوبو، ما أدى إلى مقتل أربعة مدنيين بينهم طفلان واحتراق عدد من المنازل. الجيش من جهته نفى استهداف المدنيين، وقال إن الغارة أصابت "مواقع عسكرية للمتمردين".

المذيعة: وهل هناك حركة نزوح؟

المراسل: منظمات الإغاثة تقول إن مئات الأسر عبرت نحو إثيوبيا خلال اليومين الماضيين، وبعثة الأمم المتحدة دعت الطرفين إلى وقف فوري للأعمال العدائية واحترام اتفاق السلام المنشط الموقع عام 2018.

المذيعة: شكرا جيمس دينق من بور. وننتقل الآن إلى الأخبار الاقتصادية، حيث ارتفع سعر الدولار في السوق الموازية بجوبا...
(نهاية المقتطف)
""", url="https://sawtalnil.example/news/2025/04/12/evening", outlet="راديو صوت النيل", published="2025-04-12",
    incident="h3w-ss-akobo-2025-04-12",
    events=[
        ev(B, "Armed clash", "2025-04-12", SSD, SPLA_IO, "akobo", 3,
           "دارت فجر اليوم اشتباكات عنيفة بين قوات دفاع شعب جنوب السودان ومقاتلي الحركة الشعبية لتحرير السودان في المعارضة"),
        ev(E, "Air/drone strike", "2025-04-11", SSD, civ("South Sudan"), "akobo", 4,
           "أن طائرة حربية ألقت مساء أمس الجمعة براميل متفجرة على قرية صغيرة شمال أكوبو"),
    ],
    notes="Radio transcript of Saturday 12 April 2025. Clash at dawn on the northern edge of Akobo: each side gives "
          "its own losses and much higher enemy losses (army: 2 soldiers, 20 rebels; IO: 1 fighter, 30 soldiers). "
          "Taking the lower figure side by side: 2 soldiers + 1 IO fighter = 3 (the alternative readings 22 or 31 "
          "rest on unverified enemy-loss claims that the other side contradicts). Air strike with barrels on an "
          "unnamed village north of Akobo on Friday evening 11 April, coded at Akobo (geo 2): the commissioner says "
          "4 civilians killed, the army denies targeting civilians -> coded against civilians with the denial noted. "
          "The 2018 peace agreement is background.")

# ------------------------------------------------------------------------------------------------ Sudan (cont.)
art("h3w_sd_gezira_ngo_statement", """
بيان صحفي
مبادرة "صوت النساء" لمناهضة العنف الجنسي في السودان
كمبالا — 12 سبتمبر 2024

تدين مبادرة "صوت النساء" بأشد العبارات الانتهاكات الجسيمة التي ارتكبتها قوات الدعم السريع بحق المدنيين في قرى محلية الحصاحيصا بولاية الجزيرة خلال الأسبوع الماضي، وتطالب بتحقيق دولي مستقل وعاجل.

ووثقت فرقنا الميدانية، من خلال مقابلات مع ناجيات وشهود وعاملين صحيين، أن مجموعة من عناصر قوات الدعم السريع اقتحمت يوم الاثنين 2 سبتمبر 2024 قرية تقع شرق مدينة الحصاحيصا، واغتصبت ما لا يقل عن سبع نساء وفتيات أصغرهن في الرابعة عشرة، كما اختطفت ثلاث فتيات أخريات ما زال مصيرهن مجهولا. وتتحفظ المبادرة على ذكر اسم القرية حماية للناجيات.

وفي يوم الخميس 5 سبتمبر، عادت قوة من الدعم السريع إلى قرية مجاورة، حيث أطلقت النار على ثلاثة رجال رفضوا تسليم مواشيهم فأردتهم قتلى، ونهبت المحال التجارية ومخزن الأدوية الوحيد في القرية.

وتشير المبادرة إلى أن هذه الانتهاكات ليست معزولة، إذ وثقت منذ اندلاع الحرب في أبريل 2023 أكثر من 400 حالة عنف جنسي مرتبط بالنزاع في ولايات الخرطوم ودارفور والجزيرة، مع الإقرار بأن الأرقام الحقيقية أعلى بكثير بسبب الوصمة والخوف من الانتقام وانهيار الخدمات الصحية.

وتطالب المبادرة:
- قيادة قوات الدعم السريع بالكف الفوري عن استهداف النساء والفتيات، وإطلاق سراح المختطفات دون قيد أو شرط؛
- السلطات الصحية والمنظمات الإنسانية بتوفير الرعاية الطبية والنفسية العاجلة للناجيات، بما في ذلك وسائل الوقاية بعد التعرض؛
- المجتمع الدولي بتوسيع ولاية بعثة تقصي الحقائق المستقلة لتشمل ولاية الجزيرة بشكل خاص.

للتواصل الإعلامي: media@sawtalnisaa.example
""", url="https://sawtalnisaa.example/statements/2024-09-12", outlet="مبادرة صوت النساء", published="2024-09-12",
    incident="h3w-sd-hasaheisa-2024-09-02",
    events=[
        ev(V, "Sexual violence", "2024-09-02", RSF, civ("Sudan"), "hasahisa", None,
           "واغتصبت ما لا يقل عن سبع نساء وفتيات"),
        ev(V, "Attack", "2024-09-05", RSF, civ("Sudan"), "hasahisa", 3,
           "أطلقت النار على ثلاثة رجال رفضوا تسليم مواشيهم فأردتهم قتلى"),
        ev(S, "Looting/property destruction", "2024-09-05", RSF, civ("Sudan"), "hasahisa", None,
           "ونهبت المحال التجارية ومخزن الأدوية الوحيد في القرية", optional=True),
    ],
    notes="NGO statement (invented). 2 September 2024: rape of at least seven women and girls and abduction of "
          "three girls in an unnamed village east of Al Hasaheisa; same type, day, place and actor pair, so one "
          "Violence against civilians event with the first sub-event type in precedence order (Sexual violence); "
          "no deaths stated -> null. 5 September: three men shot dead in a neighbouring village (Attack, 3) and "
          "shops and the drug store looted in the same raid (optional: ACLED usually folds such looting into the "
          "attack). Both villages coded at Al Hasaheisa (geo 2). The 400 cases since April 2023 are cumulative.")

art("h3w_sd_bara_after_the_fall", """
كردفان اليوم
الرئيسية | أخبار | تقارير | حوارات | رأي | وسائط
تقرير | الثلاثاء 10 فبراير 2026

بارا بعد السقوط: مدينة في قبضة الدعم السريع وسكان يفرون نحو الأبيض

بعد ثلاثة أيام على إعلان قوات الدعم السريع سيطرتها على مدينة بارا بولاية شمال كردفان، لا تزال الطرق المؤدية إلى مدينة الأبيض، على بعد نحو 60 كيلومترا جنوبا، مزدحمة بالفارين سيرا على الأقدام وعلى ظهور العربات التي تجرها الحمير.

وكانت قوات الدعم السريع قد أعلنت يوم السبت 7 فبراير أنها "حررت" بارا بالكامل بعد معارك مع الجيش السوداني والمستنفرين المساندين له، فيما وصف الجيش ما جرى بأنه "انسحاب تكتيكي" لإعادة التموضع، متعهدا باستعادة المدينة "في أقرب وقت". وتحدث سكان عن عشرات القتلى من الطرفين في معارك السبت، دون أن يعلن أي منهما حصيلة لخسائره.

وقالت شبكة أطباء السودان إن عناصر الدعم السريع قتلوا في اليوم نفسه ما لا يقل عن 19 مدنيا، بينهم متطوعون في غرفة الطوارئ المحلية، خلال عمليات تفتيش للمنازل بحثا عن "متعاونين مع الجيش"، وهي اتهامات نفاها مستشار لقائد الدعم السريع، قائلا إن قواته "تحمي المدنيين وممتلكاتهم".

وروت حليمة، وهي معلمة وصلت إلى الأبيض مع أطفالها الأربعة، أن عناصر من الدعم السريع "نهبوا السوق الكبير والمستشفى الريفي في اليوم التالي للسيطرة"، وحملوا الأدوية والمولدات على شاحنات صغيرة. وأكد تاجر آخر أن محله "أفرغ بالكامل" صباح الأحد.

وتكتسب بارا أهمية استراتيجية بوصفها عقدة على طريق الصادرات الذي يربط الأبيض بأم درمان، وقد تبادل الطرفان السيطرة عليها أكثر من مرة منذ اندلاع الحرب في أبريل 2023.

ويقدر مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية أن أكثر من 30 ألف شخص نزحوا من بارا والقرى المحيطة بها منذ مطلع الشهر.

اقرأ أيضا
- مسيرات تستهدف محطة كهرباء في كوستي
- والي شمال كردفان: الأبيض آمنة ولا داعي للهلع
شارك التقرير: فيسبوك | واتساب | تيليغرام
""", url="https://kordofantoday.example/reports/2026/02/10/bara", outlet="كردفان اليوم", published="2026-02-10",
    incident="h3w-sd-bara-2026-02-07",
    events=[
        ev(B, "Non-state actor overtakes territory", "2026-02-07", RSF, SDN, "bara", 12,
           "أعلنت يوم السبت 7 فبراير أنها \"حررت\" بارا بالكامل بعد معارك مع الجيش السوداني"),
        ev(V, "Attack", "2026-02-07", RSF, civ("Sudan"), "bara", 19,
           "قتلوا في اليوم نفسه ما لا يقل عن 19 مدنيا"),
        ev(S, "Looting/property destruction", "2026-02-08", RSF, civ("Sudan"), "bara", None,
           "نهبوا السوق الكبير والمستشفى الريفي في اليوم التالي للسيطرة"),
    ],
    notes="Feature of Tuesday 10 February 2026. RSF take Bara on Saturday 7 February after fighting the army and "
          "allied mobilised volunteers (the army calls it a tactical withdrawal): Non-state actor overtakes "
          "territory; residents speak of 'dozens' dead on both sides -> 12. The killing of at least 19 civilians "
          "the same day in house searches is a separate Violence against civilians event (alleged by Sudan Doctors "
          "Network, denied by the RSF; coded with the attribution). Looting of the market and the rural hospital "
          "'the day after the takeover' = Sunday 8 February, a standalone Strategic developments event. The "
          "earlier changes of control since April 2023 are history; the displacement figure is cumulative; the "
          "'read also' items are boilerplate.")

# ------------------------------------------------------------------------------------------------ Mali
art("h3w_ml_niono_abduction_repost", """
صفحة "أخبار سيغو والوسط" على فيسبوك
منشور معاد نشره · 🌍

🔁 أعاد نشر منشور من حساب: الناشط موسى تراوري

⚠️ عاجل | مسلحون يختطفون رئيس قرية قرب نيونو

أقدم مسلحون على دراجات نارية، مساء أمس، على اختطاف رئيس قرية صغيرة تقع على بعد نحو 25 كيلومترا شمال غرب مدينة نيونو، واقتادوه مع ابنه الأكبر إلى جهة مجهولة، حسب ما أفاد به أحد أقاربه.

ويقول السكان إن المسلحين ينتمون على الأرجح إلى جماعة نصرة الإسلام والمسلمين، التي تفرض منذ أشهر "اتفاقات محلية" على قرى المنطقة، وكانت قد طالبت رئيس القرية بدفع الزكاة ومنع أي تعاون مع الجيش.

ولم يصدر أي تعليق من السلطات المحلية أو من الجيش حتى الآن. ويأتي الحادث بعد أسابيع من اختطاف معلمين اثنين في المنطقة نفسها، أفرج عنهما لاحقا مقابل فدية.

نسأل الله أن يفك أسرهم 🤲 #مالي #نيونو #سيغو

👍 214   💬 37   ↗️ 58 مشاركة

التعليقات:
- عبد الله ك.: الله يحفظ أهلنا في المنطقة، الوضع أصبح لا يطاق
- فاطمة د.: أين الجيش؟ هذه ثالث حادثة من هذا النوع في الشهر
- بكاري س.: نرجو التأكد من الأخبار قبل نشرها
عرض المزيد من التعليقات
""", url=None, outlet="أخبار سيغو والوسط (فيسبوك)", published=None,
    incident="h3w-ml-niono-abduction",
    events=[
        ev(V, "Abduction/forced disappearance", None, JNIM, civ("Mali"), "niono", None,
           "على اختطاف رئيس قرية صغيرة تقع على بعد نحو 25 كيلومترا شمال غرب مدينة نيونو"),
    ],
    notes="Social-media repost with no date anywhere on the page: 'مساء أمس' cannot be anchored, so the event "
          "date is null (and published is null). Abduction of a village chief and his son in an unnamed village "
          "~25 km north-west of Niono, coded at Niono (geo 2). Residents say the gunmen 'probably' belong to JNIM, "
          "coded JNIM with that attribution. Nobody is said to have been killed -> null. The earlier abduction of "
          "two teachers 'weeks ago' is history (no date), not coded; the comments are page furniture.")

# ======================================================================================== non-event articles
# ------------------------------------------------------------------------------------------------ Niger
art("h3w_ne_makalondi_denial", """
نيامي - 15 أكتوبر 2024 (وكالة الساحل الإخبارية)

نفت وزارة الدفاع الوطني في النيجر، مساء الاثنين، "جملة وتفصيلا" ما تداولته حسابات على مواقع التواصل الاجتماعي بشأن سقوط بلدة ماكالوندي، الواقعة في منطقة تيلابيري قرب الحدود مع بوركينا فاسو، في أيدي جماعات مسلحة، ومقتل "عشرات الجنود" في هجوم قيل إنه وقع فجر الأحد.

وقالت الوزارة في بيان تلاه متحدث باسمها على التلفزيون الرسمي إن "الوضع في ماكالوندي وفي كامل المنطقة تحت السيطرة التامة لقوات الدفاع والأمن"، مؤكدة أن "أي هجوم لم يستهدف البلدة أو مواقعنا في محيطها خلال الأيام الأخيرة"، وأن الصور ومقاطع الفيديو المتداولة "قديمة أو ملتقطة في بلدان أخرى".

واتهم البيان "أطرافا معادية للسيادة الوطنية" بالوقوف وراء "حملة تضليل منظمة تهدف إلى زرع الرعب في صفوف السكان وإحباط معنويات جنودنا"، محذرا من أن ناشري "الأخبار الكاذبة" سيتعرضون للملاحقة القضائية وفق قانون الجرائم الإلكترونية.

وكانت صفحات مقربة من تنظيم الدولة الإسلامية في الساحل قد نشرت، صباح الأحد، صورا لمسلحين قالت إنهم "دخلوا ماكالوندي وغنموا أسلحة وعربات"، دون أن يتسنى التحقق منها من مصدر مستقل. وأكد اثنان من سكان البلدة، تواصلت معهما الوكالة هاتفيا، أن "الحياة تسير بشكل طبيعي وأن السوق الأسبوعية فتحت أبوابها كالمعتاد".

وتشهد منطقة تيلابيري، المعروفة بـ"المثلث الحدودي"، منذ سنوات هجمات متكررة تنسب إلى تنظيمي الدولة الإسلامية والقاعدة، أودت بحياة مئات الجنود والمدنيين.
""", url="https://sahelnews.example/ar/niger/2024/10/15/makalondi-denial", outlet="وكالة الساحل الإخبارية",
    published="2024-10-15",
    notes="Non-event: the ministry denies an attack and a takeover of Makalondi that were claimed on social media "
          "by pages close to ISSP; residents confirm normal life; nothing verified happened. A claim flatly denied "
          "by the state and contradicted by residents is not coded. The years of attacks in Tillaberi are "
          "background.")

# ------------------------------------------------------------------------------------------------ Tunisia
art("h3w_tn_chaambi_verdict", """
تونس الآن
الرئيسية | وطنية | قضاء | جهات | اقتصاد | رياضة
الأربعاء 19 فيفري 2025

قضية كمين هنشير التلة: أحكام بالسجن تتراوح بين 10 سنوات والمؤبد

أصدرت الدائرة الجنائية المختصة في قضايا الإرهاب لدى محكمة الاستئناف بتونس، مساء أمس الثلاثاء، أحكامها في القضية المتعلقة بالهجوم الإرهابي الذي استهدف دورية عسكرية بمنطقة هنشير التلة بجبل الشعانبي من ولاية القصرين في جويلية 2014، والذي أسفر عن استشهاد 15 عسكريا وإصابة آخرين.

وقضت المحكمة بالسجن مدى الحياة في حق ثلاثة متهمين، وبالسجن لمدد تتراوح بين 10 و24 سنة في حق سبعة آخرين، فيما قضت بعدم سماع الدعوى في حق متهمين اثنين، وفق ما أفاد به الناطق الرسمي باسم القطب القضائي لمكافحة الإرهاب.

وتعلقت بالمتهمين تهم الانضمام إلى تنظيم إرهابي والقتل العمد مع سابقية القصد والمشاركة في ذلك وتوفير أسلحة ومؤونة لعناصر كتيبة عقبة بن نافع. وكان عدد من المتهمين الرئيسيين قد قتلوا في عمليات أمنية لاحقة بالمرتفعات الغربية.

وحضر الجلسة عدد من عائلات الشهداء، الذين عبر بعضهم عن "ارتياح نسبي" للأحكام، في حين طالب آخرون بكشف "الأطراف التي وفرت الغطاء السياسي للإرهاب في تلك الفترة". وقالت والدة أحد العسكريين الذين سقطوا في الكمين: "عشر سنوات ونحن ننتظر هذا اليوم، لكن ابني لن يعود".

من جهتها، أعلنت هيئة الدفاع عن عدد من المتهمين عزمها الطعن في الأحكام بالتعقيب.

ويعد كمين هنشير التلة، الذي تزامن مع موعد الإفطار في شهر رمضان، من أكثر الهجمات دموية ضد الجيش التونسي منذ الاستقلال.

مواضيع ذات صلة: • تأجيل النظر في قضية اغتيال سياسي إلى شهر أفريل • حملة تشجير بجبل السلوم
""", url="https://tunisnow.example/justice/2025/02/19/chaambi-verdict", outlet="تونس الآن", published="2025-02-19",
    notes="Non-event: an appeal verdict (18 February 2025) in the trial over the July 2014 ambush at Henchir "
          "Ettalla (Jebel Chaambi) that killed 15 soldiers. The ambush is history; the verdict is a court decision, "
          "not a conflict event; the later security operations that killed some accused are undated history. "
          "Maghrebi month names (فيفري، جويلية، أفريل).")

# ------------------------------------------------------------------------------------------------ Somalia
art("h3w_so_zoobe_anniversary", """
مقديشو (الصومال) - 14 أكتوبر 2024 (وكالة القرن الأفريقي للأنباء)

أحيا الصوماليون اليوم الاثنين الذكرى السابعة لتفجير تقاطع "زوبي" في قلب العاصمة مقديشو، الذي يعد الهجوم الأكثر دموية في تاريخ البلاد، إذ أودى في 14 أكتوبر 2017 بحياة أكثر من 500 شخص عندما انفجرت شاحنة محملة بالمتفجرات وسط حركة المرور المزدحمة.

وشارك رئيس الوزراء وعمدة مقديشو وعدد من أعضاء البرلمان في مراسم أقيمت عند النصب التذكاري الذي شيد في موقع الانفجار، حيث وضعت أكاليل من الزهور وتليت آيات من القرآن الكريم على أرواح الضحايا، قبل أن يقف الحضور دقيقة صمت.

وقال رئيس الوزراء في كلمة بالمناسبة إن "الجرح الذي خلفه ذلك اليوم لن يندمل، لكنه وحد الصوماليين في مواجهة الإرهاب"، متعهدا بمواصلة الحرب على حركة الشباب "حتى تحرير آخر شبر من أرض الوطن".

وروى عبدي نور، الذي فقد شقيقيه في الانفجار، أنه لا يزال يمر يوميا بالتقاطع: "في كل مرة أسمع صوت شاحنة أتذكر تلك الظهيرة".

كما أعلنت بلدية بنادر تدشين مكتبة عامة تحمل اسم "شهداء زوبي" بالقرب من موقع الهجوم، وإطلاق صندوق لدعم الأيتام الذين فقدوا آباءهم في التفجير.

ولم تعلن حركة الشباب رسميا مسؤوليتها عن الهجوم قط، رغم أن السلطات حملتها المسؤولية. وتواصل الحركة، المرتبطة بتنظيم القاعدة، شن هجمات في العاصمة ومناطق وسط البلاد وجنوبها، رغم الحملة العسكرية التي تشنها الحكومة بدعم من قوات الاتحاد الأفريقي.
""", url="https://hornnews.example/ar/somalia/2024/10/14/zoobe", outlet="وكالة القرن الأفريقي للأنباء",
    published="2024-10-14",
    notes="Non-event: seventh anniversary ceremony of the 14 October 2017 Zoobe truck bombing. The bombing is "
          "history; the official commemoration with wreaths and a minute of silence is not a protest; the "
          "library inauguration and the vow to fight Al Shabaab are not events.")

# ------------------------------------------------------------------------------------------------ Morocco
art("h3w_ma_african_lion_exercise", """
المغرب العسكري | أخبار الدفاع والأمن
الرئيسية | القوات المسلحة الملكية | تمارين | صناعة دفاعية | تحليلات
الجمعة 23 ماي 2025

"الأسد الإفريقي": قصف مدفعي وإنزال جوي في ختام المناورات بميدان الرماية قرب طانطان

اختتمت، أمس الخميس 22 ماي، بميدان الرماية بمنطقة كاب درعة قرب مدينة طانطان، فعاليات التمرين العسكري المشترك "الأسد الإفريقي 2025"، الذي نظمته القوات المسلحة الملكية والقيادة الأمريكية في إفريقيا بمشاركة وحدات من أزيد من أربعين دولة.

وشهد اليوم الختامي تمرينا بالذخيرة الحية حاكت خلاله الوحدات المشاركة هجوما على "قوة معادية" تحصنت في مرتفعات صحراوية، إذ مهدت المدفعية الثقيلة وراجمات الصواريخ للهجوم بقصف مكثف للمواقع الافتراضية، قبل أن تنفذ مروحيات قتالية غارات على أرتال "العدو"، وتنزل قوات خاصة بالمظلات خلف خطوطه لقطع طرق إمداده.

وتقدمت بعد ذلك المدرعات والمشاة الميكانيكية لاقتحام المواقع و"تحييد" عناصر القوة المعادية، فيما تولت فرق طبية ميدانية محاكاة إجلاء "جرحى" عبر مستشفى ميداني أقيم بالمنطقة.

وتابع فقرات التمرين المفتش العام للقوات المسلحة الملكية وقائد القيادة الأمريكية في إفريقيا، إلى جانب ملحقين عسكريين معتمدين بالرباط. وأكد بلاغ للقيادة العامة أن المناورات، التي انطلقت منذ أوائل الشهر في أكادير وطانطان وتزنيت والمحبس، تهدف إلى "تعزيز قابلية التشغيل البيني وتطوير القدرات في مجال التخطيط للعمليات المشتركة ومكافحة التهديدات العابرة للحدود".

ويعد "الأسد الإفريقي" أكبر تمرين عسكري سنوي تشرف عليه القيادة الأمريكية في القارة، ويقام بالمغرب منذ عام 2004.

شارك المقال | نسخ الرابط
اشترك في نشرتنا الأسبوعية
© المغرب العسكري 2025 — هذا الموقع يستخدم ملفات الارتباط. أوافق
""", url="https://maghribaskari.example/exercises/2025/05/23/african-lion", outlet="المغرب العسكري",
    published="2025-05-23",
    notes="Non-event: closing day of the joint exercise African Lion 2025 near Tan-Tan (Moroccan month name ماي). "
          "Live fire, artillery 'bombardment', helicopter 'raids', paratroopers and 'neutralising' an enemy are all "
          "simulated; nobody was attacked.")

# ------------------------------------------------------------------------------------------------ Ethiopia
art("h3w_et_amhara_humanitarian_update", """
تحديث الوضع الإنساني — إثيوبيا: إقليم أمهرة
التحديث رقم 14 | صادر بتاريخ 20 مارس 2024 | يغطي الفترة حتى 15 مارس 2024

أبرز النقاط
• ما زال الوصول الإنساني إلى أجزاء واسعة من مناطق شمال غوندر وغوجام الشرقية وشمال وولو مقيدا بسبب استمرار الأعمال العدائية بين قوات الدفاع الوطني الإثيوبية وميليشيات "فانو".
• يقدر الشركاء عدد النازحين داخليا في الإقليم بنحو 700 ألف شخص، بزيادة تقارب 8 في المئة عن التحديث السابق.
• سجلت منذ آب/أغسطس 2023 أكثر من 1,200 حالة وفاة في صفوف المدنيين مرتبطة بالنزاع، بحسب تقديرات أولية جمعتها جهات محلية ودولية، ولا يمكن التحقق منها بشكل مستقل.
• تعرضت 37 منشأة صحية لأضرار أو عمليات نهب منذ بداية النزاع، وتعمل أقل من نصف المرافق الصحية في المناطق المتأثرة.

الوضع العام
تسببت القيود المفروضة على الحركة وانقطاع الاتصالات في بعض المناطق في تأخير توزيع المساعدات الغذائية على نحو 1.5 مليون شخص. وأبلغ الشركاء عن 23 حادثة أمنية أثرت على العاملين في المجال الإنساني منذ بداية العام، بينها حالات احتجاز مؤقت لموظفين عند نقاط التفتيش.

الاحتياجات والاستجابة
- الغذاء: وصلت المساعدات إلى 46 في المئة فقط من المستهدفين خلال الجولة الأخيرة.
- الصحة: سجلت حالات كوليرا وحصبة في أربع مناطق، مع نقص حاد في الأدوية واللقاحات.
- التعليم: لا تزال أكثر من 3,000 مدرسة مغلقة أو متضررة، ما يحرم نحو مليوني طفل من التعليم.

التمويل
لم يتجاوز تمويل خطة الاستجابة الخاصة بالإقليم 18 في المئة من المتطلبات حتى تاريخه.

للمزيد من المعلومات: amhara-update@humanitarian-ethiopia.example
""", url="https://humanitarian-ethiopia.example/updates/amhara-14", outlet="منصة التنسيق الإنساني في إثيوبيا",
    published="2024-03-20",
    notes="Non-event: humanitarian situation update with cumulative figures only (civilian deaths since August "
          "2023, damaged health facilities, security incidents since the start of the year, displaced persons). "
          "No individual incident with a date and place is reported.")

# ------------------------------------------------------------------------------------------------ Egypt
art("h3w_eg_derby_war_metaphors", """
الملاعب المصرية | الدوري الممتاز
السبت 6 ديسمبر 2025

القمة تشتعل في استاد القاهرة: الأهلي يقصف الزمالك بثلاثية ويقترب من الصدارة

في ليلة تحولت فيها أرضية استاد القاهرة الدولي إلى ساحة معركة حقيقية، شن الأهلي هجوما كاسحا على دفاعات غريمه التقليدي الزمالك مساء أمس الجمعة، وخرج منتصرا بثلاثة أهداف مقابل هدف، في قمة الجولة الرابعة عشرة من الدوري المصري الممتاز.

وبدأ الأهلي المعركة بقصف مبكر لمرمى الزمالك، ونجح مهاجمه في اغتيال أحلام الفارس الأبيض بهدف قاتل في الدقيقة السابعة، بعد هجمة مرتدة خاطفة اخترقت خط الوسط كالرصاصة. ورد الزمالك بهجمات متتالية أسفرت عن هدف التعادل في الدقيقة 29 إثر قذيفة صاروخية من خارج منطقة الجزاء سكنت الزاوية البعيدة.

وفي الشوط الثاني، فرض الأهلي حصارا خانقا على مناطق منافسه، وأطلق لاعبوه وابلا من التسديدات، قبل أن ينجح قناص الفريق في إصابة الهدف مرتين في الدقيقتين 61 و83، ليسقط دفاع الزمالك صريعا أمام الضغط المتواصل.

وشهدت المباراة سقوط عدد من "الضحايا" على أرض الملعب، إذ خرج مدافع الزمالك مصابا في الركبة، وحصل لاعبان من الأهلي على إنذارات بعد التحامات عنيفة، فيما أشهر الحكم البطاقة الحمراء في وجه لاعب وسط الزمالك في الدقيقة 77.

وأقيمت المباراة بحضور جماهيري محدود بقرار من الجهات الأمنية، وسط إجراءات تأمين مشددة حول الاستاد.

وقال المدير الفني للأهلي في المؤتمر الصحفي: "خضنا حربا تكتيكية وانتصرنا فيها، لكن الحرب على اللقب لم تنته بعد".

بهذا الفوز يرفع الأهلي رصيده إلى 32 نقطة، بفارق نقطة واحدة عن المتصدر، بينما يتجمد رصيد الزمالك عند 25 نقطة في المركز الخامس.

تابعونا على: فيسبوك | إكس | إنستغرام
""", url="https://malaeb-masria.example/league/2025/12/06/derby", outlet="الملاعب المصرية", published="2025-12-06",
    notes="Non-event: a football derby report full of war metaphors (قصف، معركة، اغتيال، قذيفة صاروخية، قناص، "
          "حصار، ضحايا). The limited attendance decided by the security services is not an event.")

# ------------------------------------------------------------------------------------------------ Mauritania
art("h3w_mr_nema_truck_accident", """
نواكشوط - 8 يوليو 2025 (وكالة الصحراء الكبرى للأنباء)

لقي خمسة جنود موريتانيين مصرعهم وأصيب ثمانية آخرون بجروح، بعضها خطيرة، مساء أمس الاثنين، إثر انقلاب شاحنة عسكرية كانت تقلهم على الطريق الرابط بين مدينتي النعمة وباسكنو في ولاية الحوض الشرقي، أقصى شرق البلاد.

وقالت قيادة أركان الجيوش، في بيان، إن الشاحنة كانت ضمن دورية روتينية متجهة إلى إحدى الوحدات المرابطة على الحدود مع مالي، وإنها انقلبت بعد انفجار أحد إطاراتها في مقطع رملي من الطريق، مؤكدة أن "الحادث عرضي بالكامل ولا علاقة له بأي عمل عدائي".

ونعت قيادة الأركان "شهداء الواجب الوطني"، مشيرة إلى أن المصابين نقلوا على متن طائرة عسكرية إلى المستشفى العسكري في نواكشوط لتلقي العلاج، وأن لجنة فنية فتحت تحقيقا في ملابسات الحادث.

وكانت شائعات قد انتشرت على مواقع التواصل الاجتماعي عن تعرض الدورية لكمين أو لغم أرضي، وهو ما نفته قيادة الأركان بشكل قاطع.

وتشهد المنطقة الحدودية مع مالي توترا منذ أشهر، على خلفية توغلات متكررة لعناصر مسلحة ولقوات مالية يرافقها عناصر روس في قرى موريتانية حدودية، ما دفع نواكشوط إلى تعزيز انتشارها العسكري في المنطقة.

وشيع جثامين الجنود الخمسة، اليوم الثلاثاء، في مقبرة المدينة بالنعمة، بحضور والي الحوض الشرقي وعدد من الضباط.
""", url="https://grandsahara.example/ar/mauritania/2025/07/08/nema-accident", outlet="وكالة الصحراء الكبرى للأنباء",
    published="2025-07-08",
    notes="Non-event: five soldiers killed when their truck overturned after a tyre burst (road accident; the army "
          "explicitly rules out an ambush or a landmine). The border tension with Mali is undated background; the "
          "funeral is not an event.")


PART = gold_tools.BlindPart(ARTICLES, OUT, prefix="h3w_", script="_build_west.py", allowed_actors=frozenset(ALLOWED_ACTORS))
known_actor_eras = gold_tools.known_actor_eras
validate, check_directory, main = PART.validate, PART.check_directory, PART.main


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
