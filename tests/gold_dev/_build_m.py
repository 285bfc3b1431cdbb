"""Build and validate the dev gold set, part M (m_*.json), written BLIND.

Written blind, like parts H to L: the author did not open the coder (src/marsad/events/**), its trigger, modality,
non-event-cue or figure lexicons (src/marsad/data/triggers/**, modality.yaml, non_event_cues.yaml,
src/marsad/lang/ar/data/figures.yaml), the models (src/marsad/data/models/), training/, scripts/*mention*, any
tests/test_coder_*.py, nor any gold article text (tests/gold_dev/*.json, tests/gold_staging*/**,
tests/gold_holdout/**, the article definitions of the other build scripts), and did not run the coder, `marsad
eval`, `marsad run`/`demo` or pytest on these articles. What was read: /work/shared/gold/README.md,
/work/shared/reference/acled-taxonomy.md, tests/gold_tools.py, tests/test_gold_dev_parts.py and
tests/test_gold_blind_validation.py (the checks this script must pass), the scaffolding of
tests/gold_dev/_build_l.py (module docstring, imports, constants block and PLACES, final PART/main lines; not its
article definitions), the canonical actor names and eras of the actor lexicon (src/marsad/data/actors/*.yaml, read
through marsad.text.actors.Lexicon), and `marsad gazetteer lookup` for coordinates. Nothing was copied from
/work/shared/seeds. All texts are original and fictional (invented incidents at real places, invented outlets with
.example domains). Countries: Syria, Iraq, Lebanon, Palestine, Yemen, Libya, Sudan, South Sudan, Somalia, Mali,
Burkina Faso, Niger, Nigeria, Chad, Egypt, Algeria, Tunisia, Jordan, Saudi Arabia, Kuwait, Mauritania, Turkey,
Iran. Mauritania and Kuwait appear only in non-event articles (gold_tools.COUNTRY_BOXES has no box for them).
About 40% of the articles are hard non-event articles.

Run:  python tests/gold_dev/_build_m.py          (write the files, then validate them)
      python tests/gold_dev/_build_m.py --check  (only validate the files on disk)
Checks: every m_*.json parses and has the gold keys; every evidence span occurs verbatim in its text; incident is
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
ALLOWED_ACTORS: set[str] = set()

# canonical actor names (src/marsad/data/actors)
NGA_BANDITS = "Bandits (Nigeria)"
NGA_POL = "Police Forces of Nigeria (2023-)"
SHABAAB = "Al Shabaab"
SOM = "Military Forces of Somalia (2022-)"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"
MLI = "Military Forces of Mali (2021-)"
RSF = "Rapid Support Forces (RSF)"
SDN = "Military Forces of Sudan (2019-)"
IRQ = "Military Forces of Iraq (2022-)"
IRQ_POL = "Police Forces of Iraq (2022-)"
IRQ_INTEL = "Intelligence Forces of Iraq (2022-)"
ISIS = "Islamic State (ISIS)"
HOUTHI = "Ansar Allah (Houthis)"
YEM = "Military Forces of Yemen (2022-)"
TBZ = "Tariq bin Ziyad Brigade"
IZZA = "Jaysh al-Izza"
TUN_POL = "Police Forces of Tunisia"
TCD_POL = "Police Forces of Chad (2021-)"
SYR = "Military Forces of Syria (2024-)"
SETTLERS = "Settlers (Israel)"
ISR = "Military Forces of Israel"
JENIN_BRIGADE = "Jenin Brigade"
JAISH_ADL = "Jaish al-Adl"
IRN_POL = "Police Forces of Iran"
HEZBOLLAH = "Hezbollah"
DZA = "Military Forces of Algeria"
SDF = "Syrian Democratic Forces (SDF)"
TRIBAL = "Arab Tribal Forces (Syria)"
WHITE_ARMY = "White Army (Nuer Ethnic Militia)"
MURLE = "Murle Ethnic Militia (South Sudan)"
TUR_POL = "Police Forces of Turkey"


# place key -> (country, admin1, location, lat, lon); coordinates from `marsad gazetteer lookup` where it knows the
# place, else from general knowledge (Bab al-Tabbaneh, Abu Shouk camp, Mahaday, Kfar Kila, Ar-Rabiyah, Abeche, Bara,
# Ramallah, Jenin camp).
PLACES = {
    "sokoto": ("Nigeria", "Sokoto", "Sokoto, Sokoto", 13.06, 5.24),
    "tabbaneh": ("Lebanon", "North", "Bab al-Tabbaneh, Tripoli", 34.44, 35.84),
    "baidoa": ("Somalia", "Bay", "Baidoa, Bay", 3.11, 43.65),
    "hombori": ("Mali", "Mopti", "Hombori, Mopti", 15.28, -1.70),
    "hasaheisa": ("Sudan", "Al Jazirah", "Al Hasaheisa, Al Jazirah", 14.75, 33.30),
    "hawija": ("Iraq", "Kirkuk", "Hawija, Kirkuk", 35.33, 43.77),
    "kirkuk": ("Iraq", "Kirkuk", "Kirkuk, Kirkuk", 35.47, 44.39),
    "taiz": ("Yemen", "Taizz", "Taiz, Taizz", 13.58, 44.02),
    "sabha": ("Libya", "Sabha", "Sabha, Sabha", 27.04, 14.43),
    "kafr_zita": ("Syria", "Hama", "Kafr Zita, Hama", 35.37, 36.60),
    "ardamata": ("Sudan", "West Darfur", "Ardamata, West Darfur", 13.47, 22.47),
    "nasiriyah": ("Iraq", "Dhi Qar", "Nasiriyah, Dhi Qar", 31.06, 46.26),
    "sidi_bouzid": ("Tunisia", "Sidi Bouzid", "Sidi Bouzid, Sidi Bouzid", 35.04, 9.48),
    "abeche": ("Chad", "Ouaddai", "Abeche, Ouaddai", 13.83, 20.83),
    "abu_shouk": ("Sudan", "North Darfur", "Abu Shouk camp, El Fasher", 13.66, 25.34),
    "nawa": ("Syria", "Daraa", "Nawa, Daraa", 32.89, 36.04),
    "tsafe": ("Nigeria", "Zamfara", "Tsafe, Zamfara", 11.96, 6.92),
    "barsalogho": ("Burkina Faso", "Centre-Nord", "Barsalogho, Centre-Nord", 13.42, -1.06),
    "mahaday": ("Somalia", "Middle Shabelle", "Mahaday, Middle Shabelle", 2.97, 45.53),
    "bara": ("Sudan", "North Kordofan", "Bara, North Kordofan", 13.70, 30.37),
    "rabiyah": ("Jordan", "Amman", "Ar-Rabiyah, Amman", 31.98, 35.87),
    "turmusayya": ("Palestine", "West Bank", "Turmus Ayya, Ramallah", 32.04, 35.29),
    "saravan": ("Iran", "Sistan and Baluchestan", "Saravan, Sistan and Baluchestan", 27.37, 62.33),
    "bint_jbeil": ("Lebanon", "Nabatieh", "Bint Jbeil, Nabatieh", 33.12, 35.43),
    "kfar_kila": ("Lebanon", "Nabatieh", "Kfar Kila, Nabatieh", 33.28, 35.56),
    "ain_defla": ("Algeria", "Ain Defla", "Ain Defla, Ain Defla", 36.26, 1.97),
    "busayrah": ("Syria", "Deir ez-Zor", "Al-Busayrah, Deir ez-Zor", 35.16, 40.43),
    "dhiban": ("Syria", "Deir ez-Zor", "Dhiban, Deir ez-Zor", 35.02, 40.51),
    "hajin": ("Syria", "Deir ez-Zor", "Hajin, Deir ez-Zor", 34.70, 40.83),
    "jenin_camp": ("Palestine", "West Bank", "Jenin Camp, Jenin", 32.46, 35.29),
    "nablus": ("Palestine", "West Bank", "Nablus, Nablus", 32.22, 35.25),
    "ramallah": ("Palestine", "West Bank", "Ramallah, Ramallah", 31.90, 35.20),
    "pibor": ("South Sudan", "Jonglei", "Pibor, Jonglei", 6.80, 33.13),
    "gaziantep": ("Turkey", "Gaziantep", "Gaziantep, Gaziantep", 37.06, 37.38),
}


ev = partial(make_event, PLACES)
ARTICLES: dict[str, dict] = {}
art = partial(add_article, ARTICLES)


# ============================================================================================ event articles
art("m_nga_sokoto_mob_market", """
الرئيسية | أخبار محلية | غرب أفريقيا | اقتصاد | رياضة | اتصل بنا
صدى الساحل نيوز — الثلاثاء 18 مارس 2025

حشد غاضب يقتل بائعاً في سوكوتو بتهمة الإساءة الدينية

سوكوتو - مراسل صدى الساحل

قتل حشد من الشبان الغاضبين رجلاً في الثلاثينيات من عمره بعد ظهر أمس الاثنين في سوق "كارا" بمدينة سوكوتو شمال غربي نيجيريا، إثر اتهامه بنشر تعليق اعتُبر مسيئاً للدين في مجموعة على أحد تطبيقات المراسلة.

وقال شهود عيان إن الرجل، وهو بائع هواتف معروف في السوق، جرى سحبه من متجره وضربه بالعصي والحجارة قبل أن تُضرم النار في جسده أمام المارة، فيما عجزت دورية شرطة صغيرة وصلت إلى المكان عن تفريق الحشد الذي قدّر الشهود عدده بالمئات.

وأكد المتحدث باسم شرطة ولاية سوكوتو في بيان مقتضب مقتل الرجل، مشيراً إلى أن عناصر الشرطة أوقفوا تسعة أشخاص يشتبه في مشاركتهم في عملية القتل، وأن التحقيقات جارية لتحديد بقية المتورطين من خلال مقاطع الفيديو المتداولة. ودعا البيان الأهالي إلى "عدم أخذ القانون باليد" واللجوء إلى الجهات المختصة عند أي اتهام.

وأغلقت معظم المحلات في السوق أبوابها مساء الاثنين خشية تجدد التوتر، بينما انتشرت قوات من الشرطة والجيش في محيطه صباح اليوم الثلاثاء وعاد الهدوء الحذر إلى الشوارع المجاورة.

وليست هذه الحادثة الأولى من نوعها في شمال نيجيريا، إذ شهدت المنطقة خلال السنوات الماضية حوادث مشابهة أثارت انتقادات منظمات حقوقية طالبت السلطات بمحاسبة الجناة وعدم الاكتفاء بالتوقيفات المؤقتة.

اقرأ أيضاً:
- أسعار الحبوب ترتفع في أسواق كانو
- منتخب النسور الممتازة يستعد لمباراة حاسمة في التصفيات

شارك الخبر: فيسبوك | واتساب | إكس
""", url="https://sadasahel.example/local/2025/03/18/sokoto-mob", outlet="صدى الساحل نيوز",
    published="2025-03-18", incident="m_nga_sokoto_kara_market_lynching_2025_03_17",
    events=[
        ev(R, "Mob violence", "2025-03-17", rioters("Nigeria"), civ("Nigeria"), "sokoto", 1,
           "قتل حشد من الشبان الغاضبين رجلاً في الثلاثينيات من عمره"),
        ev(S, "Arrests", "2025-03-17", NGA_POL, rioters("Nigeria"), "sokoto", None,
           "أوقفوا تسعة أشخاص يشتبه في مشاركتهم في عملية القتل", optional=True),
    ],
    notes="Lynching on Monday 17 March (أمس الاثنين, published Tuesday). The police arrests after it are optional "
          "(date not stated, 17 or 18 March). Background on earlier lynchings is not coded.")

art("m_lbn_tripoli_tabbaneh_grenade", """
طرابلس الشام نت | الثلاثاء 6 أيار 2025 | آخر تحديث 09:40

أمن | سياسة | اقتصاد | مجتمع | رياضة

قنبلة يدوية على محل في باب التبانة.. وجريحان

ألقى مجهولون يستقلون دراجة نارية قنبلة يدوية ليل أمس الاثنين على محل لبيع الخضار في شارع سوريا بمنطقة باب التبانة في طرابلس، ما أدى إلى إصابة صاحب المحل وعامل سوري يعمل لديه بجروح وُصفت بالطفيفة، إضافة إلى أضرار مادية في واجهة المحل وسيارتين كانتا مركونتين في المكان.

وأفاد مصدر أمني "طرابلس الشام نت" بأن القنبلة انفجرت عند نحو الحادية عشرة ليلاً، وأن الفاعلين فرّا باتجاه منطقة المنكوبين. وحضرت إلى المكان دورية من الجيش اللبناني وعناصر من الأدلة الجنائية الذين رفعوا بقايا القنبلة، فيما نُقل الجريحان إلى مستشفى قريب وغادرا صباحاً بعد تلقي العلاج.

وبحسب معلومات أولية، فإن الحادث قد يكون على خلفية خلاف مالي بين صاحب المحل وأحد أبناء المنطقة، من دون أن تستبعد الأجهزة الأمنية فرضيات أخرى. ولم تُسجّل أي توقيفات حتى صباح اليوم، فيما تعمل شعبة المعلومات على تحليل كاميرات المراقبة في الشارع.

ويشكو أهالي التبانة من تكرار حوادث إطلاق النار العشوائي وإلقاء القنابل في الأحياء الشعبية خلال الأشهر الأخيرة، مطالبين بتعزيز الانتشار الأمني ليلاً ووضع حد لفوضى السلاح المتفلت.

الأكثر قراءة
• بلدية طرابلس تطلق ورشة لتأهيل سوق القمح
• ارتفاع جديد في أسعار المحروقات
• معرض الكتاب في الرابطة الثقافية يفتح أبوابه

تابعونا على واتساب وتلغرام
""", url="https://tarablus-sham.example/security/2025-05-06-tabbaneh-grenade", outlet="طرابلس الشام نت",
    published="2025-05-06", incident="m_lbn_tabbaneh_grenade_2025_05_05",
    events=[
        ev(E, "Grenade", "2025-05-05", uag("Lebanon"), civ("Lebanon"), "tabbaneh", 0,
           "ألقى مجهولون يستقلون دراجة نارية قنبلة يدوية ليل أمس الاثنين"),
    ],
    notes="Grenade thrown on Monday night 5 May (published Tuesday); two lightly wounded, no deaths. 'شارع سوريا' "
          "and the Syrian worker are not a Syrian location.")

art("m_som_baidoa_suicide_wire", """
وكالة القرن الإخباري — خبر محدّث

بيدوا (الصومال)، 11 فبراير 2025 (ق.إ) —

تحديث 3 (18:20 بتوقيت مقديشو): ارتفعت حصيلة التفجير الانتحاري الذي استهدف نقطة تفتيش عسكرية عند المدخل الشمالي لمدينة بيدوا، عاصمة ولاية جنوب غرب الصومال، إلى سبعة قتلى بينهم أربعة جنود، حسبما أفاد مسؤول في إدارة الولاية للوكالة.

وكانت حصيلة أولية أعلنتها الشرطة بعيد الظهر تحدثت عن ثلاثة قتلى وعدد من الجرحى.

وقال شهود إن انتحارياً يرتدي حزاماً ناسفاً تقدّم سيراً على الأقدام نحو الجنود الذين كانوا يفتشون الحافلات القادمة من طريق بورهكابا، ثم فجّر نفسه قرابة الساعة الحادية عشرة صباح اليوم الثلاثاء، ما أسفر أيضاً عن إصابة 15 شخصاً على الأقل، بينهم ركاب وباعة متجولون.

وتبنت حركة الشباب المرتبطة بتنظيم القاعدة الهجوم في بيان نشرته وسائل إعلام تابعة لها، وزعمت أنها قتلت "أكثر من عشرين جندياً"، وهو رقم لم تؤكده أي جهة مستقلة.

وتشهد بيدوا انتشاراً كثيفاً للقوات الحكومية والقوات الأفريقية، وسبق أن تعرضت لهجمات مماثلة في أعوام سابقة استهدف بعضها مطاعم وفنادق في وسط المدينة.

وقال حاكم إقليم باي للصحفيين إن السلطات شددت إجراءات التفتيش على جميع المداخل وأغلقت الطريق مؤقتاً أمام الحافلات، داعياً السكان إلى الإبلاغ عن أي تحركات مريبة.

(يتبع)
ق.إ / م.ع
""", url="https://horn-news-agency.example/wire/2025/02/11/baidoa-blast-update3", outlet="وكالة القرن الإخباري",
    published="2025-02-11", incident="m_som_baidoa_checkpoint_suicide_2025_02_11",
    events=[
        ev(E, "Suicide bomb", "2025-02-11", SHABAAB, SOM, "baidoa", 7,
           "ثم فجّر نفسه قرابة الساعة الحادية عشرة صباح اليوم الثلاثاء"),
    ],
    notes="Toll revised over the wire: first 3 dead (police), then 7 including four soldiers (state official) - the "
          "latest official figure is coded. Al-Shabaab's claim of 20+ soldiers is not credible.")

art("m_som_baidoa_suicide_facebook", """
صفحة أخبار جنوب غرب الصومال بالعربي
١٢ فبراير ٢٠٢٥ · 🌍

🔴 منقول من صفحة الأخ عبدالرحمن (من أهل بيدوا):

رحم الله شهداء بيدوا 💔 التفجير الانتحاري اللي صار أمس الثلاثاء عند حاجز المدخل الشمالي أخذ أرواح ناس أبرياء، منهم جاري الحاج إدريس بائع الشاي اللي كان واقف عند الحافلات مثل كل يوم من عشرين سنة.

مصادر محلية في المستشفى الإقليمي تقول إن عدد الضحايا وصل تسعة، لكن الشرطة في بيانها الأخير قالت ستة قتلى فقط وأن الباقين جرحى، والله أعلم بالحقيقة. في ناس كثير لسه في غرفة العمليات والمستشفى يطلب متبرعين بالدم من كل الفصائل.

حركة الشباب أعلنت المسؤولية كالعادة وقالت إنها كانت تستهدف العساكر. بس اللي ماتوا أغلبهم ناس غلابة جايين من القرى يبيعوا ويشتروا.

الناس اليوم خايفة تطلع من البيوت، والطريق لبورهكابا لسه مقفول، والسوق نصه مسكّر.

اللهم احفظ بلدنا وارحم موتانا 🤲
#بيدوا #الصومال

—
التعليقات (48)
• محمد علي: الله يرحمهم، لازم الحكومة تحمي الحواجز أحسن من كده
• فاطمة: أخويا كان هناك والحمد لله نجا بأعجوبة
• عبدي: حسبنا الله ونعم الوكيل
أعجبني 534 · مشاركة 212
""", url="https://facebook.example/southwest.somalia.ar/posts/884120", outlet="أخبار جنوب غرب الصومال بالعربي",
    published="2025-02-12", incident="m_som_baidoa_checkpoint_suicide_2025_02_11",
    events=[
        ev(E, "Suicide bomb", "2025-02-11", SHABAAB, SOM, "baidoa", 6,
           "التفجير الانتحاري اللي صار أمس الثلاثاء عند حاجز المدخل الشمالي"),
    ],
    notes="Facebook repost about the Baidoa checkpoint bombing (same incident as the wire). 'أمس الثلاثاء' from 12 "
          "February = 11 February. Two figures: hospital sources 9, police 6; the lower (police) is coded. Target: "
          "the checkpoint soldiers (al-Shabaab says it aimed at them).")

art("m_mli_hombori_jnim_takeover", """
الساحل بريس | شؤون أفريقية | 24 أبريل 2025

مالي: "نصرة الإسلام والمسلمين" تسيطر على هومبوري بعد انسحاب الجيش

باماكو — الساحل بريس (ترجمة وتحرير)

سيطر مسلحو جماعة نصرة الإسلام والمسلمين، فرع تنظيم القاعدة في الساحل، على بلدة هومبوري في دائرة دوينتزا بوسط مالي، بعد هجوم واسع شنوه فجر الثلاثاء على المعسكر الرئيسي للجيش المالي في البلدة، وفق مصادر محلية وأمنية.

وقالت هيئة الأركان العامة للقوات المسلحة المالية في بيان إن وحداتها "تصدت ببسالة" لهجوم إرهابي على موقعها في هومبوري، وإن ستة جنود قُتلوا وأصيب عشرة آخرون، مضيفة أن القوات أعادت "تموضعها" في دوينتزا. في المقابل، زعمت الجماعة في بيان نشرته منصتها الدعائية أنها قتلت أكثر من أربعين جندياً واستولت على آليات وأسلحة، وهو رقم لم يتسنّ التحقق منه من مصدر مستقل.

وأكد سكان تواصلت معهم "الساحل بريس" هاتفياً أن المسلحين رفعوا رايتهم فوق مبنى البلدية، ونصبوا حواجز عند مداخل البلدة، وطلبوا من التجار إعادة فتح السوق الأسبوعي.

وأعلن الجيش، الأربعاء، أن طائراته نفذت ضربات دقيقة على تجمعات للمسلحين في محيط هومبوري، دون أن يذكر حصيلة لتلك الضربات.

وكانت هومبوري تعيش منذ أشهر حصاراً جزئياً، فيما تتعرض الطرق المؤدية إلى غاو وموبتي لهجمات متكررة على القوافل التجارية وصهاريج الوقود.

اقرأ أيضاً: النيجر وبوركينا فاسو تبحثان تفعيل القوة الموحدة لتحالف دول الساحل
""", url="https://sahelpress.example/ar/mali/2025/04/24/hombori", outlet="الساحل بريس",
    published="2025-04-24", incident="m_mli_hombori_jnim_takeover_2025_04_22",
    events=[
        ev(B, "Non-state actor overtakes territory", "2025-04-22", JNIM, MLI, "hombori", 6,
           "سيطر مسلحو جماعة نصرة الإسلام والمسلمين، فرع تنظيم القاعدة في الساحل، على بلدة هومبوري"),
        ev(E, "Air/drone strike", "2025-04-23", MLI, JNIM, "hombori", None,
           "طائراته نفذت ضربات دقيقة على تجمعات للمسلحين في محيط هومبوري"),
    ],
    notes="Published Thursday 24 April: attack 'فجر الثلاثاء' = 22 April, air strikes 'الأربعاء' = 23 April. Army "
          "admits 6 soldiers killed, JNIM claims 40+: the lower figure is coded. Strike toll not given.")

art("m_sdn_hasaheisa_rsf_looting", """
بيان من لجان مقاومة الحصاحيصا
الثلاثاء 5 نوفمبر 2024

يا جماهير شعبنا الصامد،

نوثق لشعبنا وللرأي العام ما تعرضت له مدينتنا يوم الأحد الماضي، حيث اقتحمت مجموعات من ميليشيا الدعم السريع السوق الكبير وحي المزاد في الحصاحيصا على متن عربات قتالية، وقامت بنهب المحلات التجارية ومخازن الدقيق والسكر، وسرقة عربات المواطنين وألواح الطاقة الشمسية من المنازل.

وأفاد شهود أن الأفراد المسلحين ظلوا ينقلون المنهوبات إلى شاحنات كبيرة حتى مغيب الشمس، وأضرموا النار في عدد من الدكاكين بعد إفراغها. ولم تُسجّل وفيات بحسب حصرنا الأولي، لكن عشرات الأسر فرّت نحو القرى المجاورة خوفاً من عودة المسلحين.

إننا في لجان المقاومة نحمّل قيادة الدعم السريع المسؤولية الكاملة عن هذه الانتهاكات، ونناشد المنظمات الإنسانية التدخل العاجل لتوفير الغذاء لمن تبقى في المدينة بعد أن صارت الأسواق خاوية، كما نطالب المجتمع الدولي بتسمية الأشياء بأسمائها.

ونذكّر بأن المدينة تعيش تحت سيطرة هذه الميليشيا منذ ديسمبر من العام الماضي، وسط انقطاع شبه كامل للاتصالات والكهرباء وشح في الأدوية المنقذة للحياة.

المجد للشهداء، والحرية للمعتقلين، ولا للحرب.

#الحصاحيصا_تستغيث #لا_للحرب

(نُشر البيان على صفحة اللجان وأعادت نشره عدة مواقع سودانية)
""", url="https://sudan-voices.example/statements/2024/11/05/hasaheisa", outlet="أصوات سودانية",
    published="2024-11-05", incident="m_sdn_hasaheisa_market_looting_2024_11_03",
    events=[
        ev(S, "Looting/property destruction", "2024-11-03", RSF, civ("Sudan"), "hasaheisa", 0,
           "وقامت بنهب المحلات التجارية ومخازن الدقيق والسكر"),
    ],
    notes="'يوم الأحد الماضي' from Tuesday 5 November = 3 November. No deaths recorded. RSF control since December "
          "2023 is background.")

art("m_irq_hawija_rockets_defused", """
خلية الإعلام الأمني
بيان صحفي
الثلاثاء 14 كانون الثاني 2025

تمكنت مفارز هندسة الميدان التابعة لقيادة عمليات كركوك، صباح اليوم الثلاثاء، وبناءً على معلومات استخبارية دقيقة، من العثور على منصة لإطلاق الصواريخ تحتوي على أربعة صواريخ نوع كاتيوشا معدة للإطلاق، ضمن بستان مهجور في إحدى قرى ناحية الزاب التابعة لقضاء الحويجة، وجرى تفكيكها ومعالجتها أصولياً دون حادث يذكر.

كما عثرت القوة ذاتها على ثلاث عبوات ناسفة محلية الصنع مزروعة على جانب طريق ترابي قريب، يُرجّح أن بقايا عصابات داعش الإرهابية زرعتها لاستهداف القطعات الأمنية والمزارعين، وتم تفجيرها تفجيراً مسيطراً عليه.

وفي سياق منفصل، ألقت مفرزة من جهاز المخابرات القبض على متهم مطلوب وفق أحكام المادة 4 إرهاب في حي الواسطي بمدينة كركوك، وأودع التوقيف لاستكمال الإجراءات القانونية بحقه.

وتؤكد الخلية أن القوات الأمنية مستمرة بعمليات التفتيش في المناطق المحاذية لوادي الشاي وسلسلة جبال حمرين لملاحقة ما تبقى من الخلايا الإرهابية وتجفيف منابعها، داعية المواطنين إلى التعاون والإبلاغ عن أي أجسام غريبة عبر الرقم المجاني.

[ انتهى ]

المزيد من البيانات | أرشيف 2024 | الصفحة الرئيسية
""", url="https://security-media-cell.example/statements/2025-01-14-hawija", outlet="خلية الإعلام الأمني (صفحة رسمية)",
    published="2025-01-14", incident="m_irq_hawija_zab_rockets_defused_2025_01_14",
    events=[
        ev(S, "Disrupted weapons use", "2025-01-14", IRQ, ISIS, "hawija", None,
           "من العثور على منصة لإطلاق الصواريخ تحتوي على أربعة صواريخ نوع كاتيوشا معدة للإطلاق"),
        ev(S, "Arrests", "2025-01-14", IRQ_INTEL, None, "kirkuk", None,
           "ألقت مفرزة من جهاز المخابرات القبض على متهم مطلوب", optional=True),
    ],
    notes="Rocket launcher and IEDs defused in the Zab subdistrict of Hawija (located at Hawija). The IEDs are "
          "attributed to ISIS remnants, the launcher to nobody: one Disrupted weapons use event with ISIS as actor2 "
          "(a coder might leave actor2 empty). Single arrest in Kirkuk city is optional.")

art("m_yem_taiz_prisoner_swap", """
تعز اليوم نت | محليات
الخميس 19 يونيو 2025م - 23 ذو الحجة 1446هـ

صفقة تبادل محلية تعيد 18 أسيراً إلى أسرهم في تعز

تعز - خاص

أُنجزت أمس الأربعاء صفقة تبادل أسرى محلية بين القوات الحكومية وجماعة الحوثي عند منفذ جولة القصر شرقي مدينة تعز، أُفرج بموجبها عن 18 أسيراً من الجانبين، بوساطة قادها وجهاء قبليون من مديرية صبر الموادم.

وقال رئيس لجنة الأسرى في محور تعز لـ"تعز اليوم نت" إن الصفقة شملت عشرة من أفراد الجيش الوطني مقابل ثمانية من عناصر الجماعة، بعد مفاوضات استمرت قرابة شهرين عبر الوسطاء، مؤكداً أن الاتفاق جرى تنفيذه "دون أي خروقات".

وشهد المنفذ مشاهد مؤثرة لأسر استقبلت ذويها بعد سنوات من الغياب، فيما أطلقت بعض العائلات الزغاريد ورفعت صور المفرج عنهم.

من جهته، قال مسؤول في الجماعة عبر قناة تابعة لها إن "الأبواب مفتوحة لصفقات مماثلة"، مطالباً بإطلاق سراح جميع الأسرى وفق مبدأ الكل مقابل الكل.

وتأتي الصفقة في ظل تعثر المفاوضات الأممية بشأن ملف الأسرى الشامل، واستمرار إغلاق معظم الطرق الرئيسية المؤدية إلى المدينة منذ سنوات، وهو ملف قال الوسطاء إنهم يأملون في تحريكه خلال الأسابيع المقبلة.

وكانت المدينة قد شهدت الشهر الماضي مقتل طفل برصاص قناص في حي الروضة، في حادثة أثارت موجة غضب واسعة.

🔗 شارك | 🖨 طباعة | 📩 أرسل لصديق
""", url="https://taiz-today.example/local/2025/06/19/prisoner-swap", outlet="تعز اليوم نت",
    published="2025-06-19", incident="m_yem_taiz_local_prisoner_swap_2025_06_18",
    events=[
        ev(S, "Agreement", "2025-06-18", HOUTHI, YEM, "taiz", None,
           "أُنجزت أمس الأربعاء صفقة تبادل أسرى محلية بين القوات الحكومية وجماعة الحوثي"),
    ],
    notes="Local prisoner exchange on Wednesday 18 June (published Thursday). The sniper killing 'الشهر الماضي' is "
          "background with no date and is not coded.")

art("m_lby_sabha_brigade_hq", """
بوابة الجنوب الليبي — الأربعاء 5 مارس 2025

الرئيسية › أخبار › سبها

لواء طارق بن زياد يفتتح مقراً جديداً في سبها

افتتح لواء طارق بن زياد المعزز، التابع للقيادة العامة للجيش الليبي، أمس الثلاثاء، مقراً جديداً له في منطقة القرضة بمدينة سبها، في مراسم حضرها عدد من القادة العسكريين وأعيان المدينة ومسؤولون محليون.

وقال آمر اللواء، في كلمة خلال الافتتاح، إن المقر الجديد سيكون "مركز قيادة وسيطرة" لتأمين الطرق الصحراوية الرابطة بين سبها وأوباري ومرزق، ومكافحة تهريب الوقود والبشر عبر الحدود الجنوبية، مضيفاً أن وحدات من اللواء ستتمركز فيه بشكل دائم.

وتضمن المقر، بحسب صور نشرها المكتب الإعلامي للواء، مباني إدارية وساحة للآليات ومهبطاً صغيراً للطائرات المروحية.

ورحب عميد بلدية سبها بالخطوة، معتبراً أنها "ستعزز الاستقرار" في المدينة التي عانت خلال السنوات الماضية من اشتباكات قبلية متكررة وانفلات أمني، فيما انتقد ناشطون على مواقع التواصل ما وصفوه بـ"عسكرة المدينة".

ولم يصدر أي تعليق من حكومة الوحدة الوطنية في طرابلس على افتتاح المقر.

اقرأ أيضاً
— انقطاع الوقود يعود إلى محطات الجنوب
— جامعة سبها تعلن مواعيد امتحانات الفصل الربيعي

كلمات مفتاحية: سبها، الجيش، الجنوب الليبي
""", url="https://south-libya-gate.example/news/sabha/2025-03-05-tbz-hq", outlet="بوابة الجنوب الليبي",
    published="2025-03-05", incident="m_lby_sabha_tbz_new_hq_2025_03_04",
    events=[
        ev(S, "Headquarters or base established", "2025-03-04", TBZ, None, "sabha", None,
           "افتتح لواء طارق بن زياد المعزز، التابع للقيادة العامة للجيش الليبي، أمس الثلاثاء، مقراً جديداً له"),
    ],
    notes="New permanent headquarters opened on Tuesday 4 March (published Wednesday). Past tribal clashes are "
          "background.")

art("m_syr_kafrzita_izza_dissolves", """
📌 قناة حماة الحدث | تيليغرام
الأحد 2 شباط 2025

عاجل | "جيش العزة" يعلن حلّ نفسه والاندماج في وزارة الدفاع

أعلن "جيش العزة"، مساء أمس السبت، حلّ نفسه بشكل كامل والاندماج ضمن وزارة الدفاع في الحكومة السورية الجديدة، وذلك خلال اجتماع عُقد في مدينة كفرزيتا بريف حماة الشمالي بحضور قادة الفصيل ووجهاء من المنطقة.

وقال قائد الفصيل في كلمة مصورة إن "مرحلة الفصائلية انتهت"، وإن مقاتلي جيش العزة سيسلّمون أسلحتهم الثقيلة ومقراتهم إلى الوزارة خلال الأيام المقبلة، على أن يجري توزيعهم على ألوية وفرق الجيش الجديد.

ويأتي الإعلان على غرار فصائل أخرى أعلنت حلّ نفسها الأسبوع الماضي خلال اجتماع موسّع في دمشق، حين أُعلن أيضاً عن حلّ هيئة تحرير الشام وعدد من التشكيلات العسكرية.

وتأسس جيش العزة في ريف حماة الشمالي خلال السنوات الأولى للثورة، وخاض معارك طويلة ضد قوات النظام السابق في اللطامنة وكفرزيتا ومورك.

🔁 أعيد النشر من قناة "ريف حماة الآن"
👁 12.4K  |  🔗 t.me/hama_hadath_example
—
تابعونا لمزيد من الأخبار العاجلة من حماة وريفها
""", url="https://t.me/hama_hadath_example/5521", outlet="قناة حماة الحدث (تيليغرام)",
    published="2025-02-02", incident="m_syr_kafrzita_jaysh_izza_dissolution_2025_02_01",
    events=[
        ev(S, "Change to group/activity", "2025-02-01", IZZA, None, "kafr_zita", None,
           "حلّ نفسه بشكل كامل والاندماج ضمن وزارة الدفاع"),
    ],
    notes="Dissolution announced on Saturday evening 1 February (published Sunday). The dissolution of HTS and "
          "others 'الأسبوع الماضي' in Damascus and the old battles against the former regime are background.")
art("m_sdn_ardamata_sexual_violence_monitor", """
مرصد دارفور للحقوق والحريات
تقرير رصد ميداني رقم 31/2024
تاريخ النشر: 24 أغسطس 2024

ملخص الحادثة: اغتصاب جماعي لنساء نازحات على طريق أردمتا

وثّق فريق المرصد الميداني قيام مسلحين يرتدون زي قوات الدعم السريع باغتصاب خمس نساء نازحات، بينهن فتاة دون الثامنة عشرة، صباح الثلاثاء 20 أغسطس 2024، على الطريق الترابي الواصل بين حي أردمتا ومزارع وادي كجا شرقي مدينة الجنينة بولاية غرب دارفور.

وبحسب إفادات الناجيات التي جمعها المرصد عبر وسطاء موثوقين، فإن النساء كنّ في طريقهن لجمع الحطب عندما أوقفهن ستة مسلحين على متن دراجتين ناريتين وسيارة ذات دفع رباعي، واقتادوهن إلى منطقة معزولة حيث تعرضن للاعتداء لساعات قبل إطلاق سراحهن. ولم تسجل وفيات، غير أن اثنتين من الناجيات نُقلتا إلى عيادة محلية في حالة صحية سيئة.

السياق العام:
يأتي هذا الاعتداء ضمن نمط أوسع رصده المرصد خلال الأشهر الماضية، إذ سجّل منذ بداية العام ما لا يقل عن 47 حالة عنف جنسي في ولاية غرب دارفور وحدها، يرجّح أن العدد الفعلي يفوقها بكثير بسبب الخوف من الوصمة والانتقام.

التوصيات:
- فتح تحقيق مستقل ومحاسبة الجناة.
- توفير خدمات الدعم النفسي والطبي للناجيات.
- تأمين طرق جمع الحطب والمياه للنازحات.

للتواصل: رصد@darfur-monitor.example
جميع الأسماء محجوبة حفاظاً على سلامة الناجيات.
""", url="https://darfur-monitor.example/reports/2024/31", outlet="مرصد دارفور للحقوق والحريات",
    published="2024-08-24", incident="m_sdn_ardamata_road_rape_2024_08_20",
    events=[
        ev(V, "Sexual violence", "2024-08-20", RSF, civ("Sudan"), "ardamata", 0,
           "باغتصاب خمس نساء نازحات، بينهن فتاة دون الثامنة عشرة، صباح الثلاثاء 20 أغسطس 2024"),
    ],
    notes="Monitor report; perpetrators 'يرتدون زي قوات الدعم السريع' coded as RSF. The 47 cases since January are "
          "a statistic and not coded.")

art("m_irq_nasiriyah_power_protest", """
الناصرية نيوز | الخميس 10 تموز 2025

محلي | سياسة | اقتصاد | رأي

مقتل متظاهر في الناصرية.. وتجدد الاحتجاجات على انقطاع الكهرباء

ذي قار - مراسل الناصرية نيوز

قُتل متظاهر وأصيب ستة آخرون، مساء الثلاثاء، عندما أطلقت قوات مكافحة الشغب الرصاص الحي لتفريق مئات المحتجين الذين تجمعوا أمام مبنى دائرة كهرباء ذي قار في مدينة الناصرية، احتجاجاً على الانقطاع المتواصل للتيار الكهربائي مع تجاوز درجات الحرارة خمسين درجة مئوية.

وقالت دائرة صحة ذي قار إن مستشفى الحسين التعليمي استقبل جثة شاب في العشرينيات مصاباً بطلق ناري في الصدر، فيما تحدثت تنسيقية الاحتجاجات عن مقتل اثنين، وهو ما لم تؤكده المصادر الطبية.

وأفاد شهود أن المحتجين أغلقوا الشارع المؤدي إلى المبنى بالإطارات قبل أن تتدخل القوات الأمنية وتطلق الغاز المسيل للدموع ثم الرصاص الحي.

وتجدد الاحتجاج أمس الأربعاء، إذ تجمع مئات آخرون في ساحة الحبوبي وسط المدينة رافعين صور القتيل ولافتات تطالب بمحاسبة المسؤولين، وانفض التجمع مساءً دون تسجيل احتكاكات مع القوات الأمنية التي اكتفت بالانتشار في الشوارع المحيطة.

وأعلن محافظ ذي قار تشكيل لجنة تحقيق في "ملابسات إطلاق النار"، متعهداً بمحاسبة "كل من يثبت تجاوزه"، فيما وعدت وزارة الكهرباء بزيادة حصة المحافظة من الطاقة خلال أيام.

وشهدت الناصرية في السنوات الماضية موجات احتجاج واسعة، أبرزها في خريف 2019، سقط خلالها عشرات القتلى.

التعليقات مغلقة | شارك: واتساب - تليغرام
""", url="https://nasiriyah-news.example/local/2025/07/10/power-protest", outlet="الناصرية نيوز",
    published="2025-07-10", incident="m_irq_nasiriyah_power_protests_2025_07_08",
    events=[
        ev(P, "Excessive force against protesters", "2025-07-08", protesters("Iraq"), IRQ_POL, "nasiriyah", 1,
           "أطلقت قوات مكافحة الشغب الرصاص الحي لتفريق مئات المحتجين"),
        ev(P, "Peaceful protest", "2025-07-09", protesters("Iraq"), None, "nasiriyah", 0,
           "وتجدد الاحتجاج أمس الأربعاء، إذ تجمع مئات آخرون في ساحة الحبوبي"),
    ],
    notes="Published Thursday 10 July: live fire on Tuesday 8 July (health directorate 1 dead, coordination committee "
          "2 - the lower is coded), peaceful renewal on Wednesday 9 July. The 2019 protests are background.")

art("m_tun_sidibouzid_unemployed_protest", """
الجريدة التونسية الإلكترونية
الثلاثاء 18 فيفري 2025 — 10:15

جهات | سيدي بوزيد

سيدي بوزيد: الأمن يفرّق احتجاجاً لأصحاب الشهائد المعطلين بالغاز المسيل للدموع

استعمل أعوان الأمن مساء أمس الإثنين الغاز المسيل للدموع لتفريق عشرات المحتجين من أصحاب الشهائد العليا المعطلين عن العمل، بعد محاولتهم غلق الطريق الرئيسية أمام مقر الولاية بمدينة سيدي بوزيد، وفق ما أفاد به مراسل الجريدة.

وكان المحتجون قد نفذوا صباح الإثنين وقفة احتجاجية سلمية أمام مقر الولاية رفعوا خلالها شعارات تطالب بالتشغيل وتفعيل القانون عدد 38 الخاص بانتداب من طالت بطالتهم، قبل أن يقرروا مساءً التصعيد بغلق الطريق بالحجارة والعجلات المطاطية.

وأكد مصدر أمني جهوي أنه تم الاحتفاظ بثلاثة محتجين قبل إطلاق سراحهم لاحقاً، مشيراً إلى أن التدخل جاء "لضمان حرية الجولان". في المقابل، ندد فرع الاتحاد العام التونسي للشغل بالجهة بما وصفه بـ"المعالجة الأمنية لملف اجتماعي".

ولم تسجل إصابات خطيرة، حسب مصادر من المستشفى الجهوي، باستثناء حالات اختناق طفيفة.

ويعتزم المحتجون، وفق بيان لتنسيقيتهم، الدخول في اعتصام مفتوح بداية من الأسبوع القادم إذا لم تستجب السلطات الجهوية لمطالبهم.

يُذكر أن سيدي بوزيد كانت مهد احتجاجات ديسمبر 2010 التي أطاحت بنظام بن علي في جانفي 2011.

مواضيع ذات صلة:
• القصرين: وقفة احتجاجية للعمال العرضيين
• الرابطة المحترفة الأولى: برنامج الجولة 20
""", url="https://tunisian-daily.example/regions/sidi-bouzid/2025-02-18-chomeurs", outlet="الجريدة التونسية الإلكترونية",
    published="2025-02-18", incident="m_tun_sidibouzid_graduates_protest_2025_02_17",
    events=[
        ev(P, "Protest with intervention", "2025-02-17", protesters("Tunisia"), TUN_POL, "sidi_bouzid", 0,
           "استعمل أعوان الأمن مساء أمس الإثنين الغاز المسيل للدموع لتفريق عشرات المحتجين"),
    ],
    notes="Morning sit-in and evening dispersal on the same day, place and actors: one Protests event with the "
          "higher-precedence sub-event (intervention). The planned sit-in and the 2010-2011 revolution are not "
          "coded. Short detentions are part of the intervention.")

art("m_tcd_abeche_water_riot", """
تشاد اليوم | الأربعاء 21 مايو 2025

أبشي: مواجهات بين محتجين والشرطة بسبب انقطاع المياه والكهرباء

أبشي (تشاد) — مراسلنا

شهدت مدينة أبشي، كبرى مدن شرق تشاد، أمس الثلاثاء، مواجهات بين مئات الشبان الغاضبين وقوات الشرطة، بعد أن تحولت مسيرة احتجاجية على الانقطاع المتكرر للمياه والكهرباء إلى أعمال شغب.

وقال شهود إن المحتجين أحرقوا إطارات السيارات في الشارع الرئيسي قرب السوق المركزي، ورشقوا عناصر الشرطة بالحجارة، وأضرموا النار في ملحق تابع لمقر البلدية، فيما ردت الشرطة بإطلاق الغاز المسيل للدموع والطلقات التحذيرية في الهواء.

وأعلن والي إقليم واداي في تصريح للإذاعة المحلية أن 11 شخصاً أصيبوا بجروح، بينهم أربعة من عناصر الشرطة، وأنه جرى توقيف 23 شخصاً "متورطين في أعمال التخريب"، مؤكداً عدم تسجيل أي حالة وفاة.

ويشكو سكان أبشي منذ أسابيع من انقطاع المياه لأيام متتالية في عدد من الأحياء، مع ارتفاع درجات الحرارة وتزايد الضغط على الخدمات بسبب تدفق اللاجئين السودانيين إلى الإقليم.

وفرضت السلطات حظراً للتجوال الليلي في المدينة اعتباراً من مساء الثلاثاء ولمدة ثلاثة أيام، ودعت الأهالي إلى الهدوء، بينما تعهدت الشركة الوطنية للمياه بإصلاح المضخات المعطلة قبل نهاية الأسبوع.

اقرأ أيضاً | أسعار الماشية في أسواق الشرق | منتخب تشاد يستعد لتصفيات كأس أفريقيا
""", url="https://tchad-today.example/ar/regions/2025/05/21/abeche", outlet="تشاد اليوم",
    published="2025-05-21", incident="m_tcd_abeche_water_riot_2025_05_20",
    events=[
        ev(R, "Violent demonstration", "2025-05-20", rioters("Chad"), TCD_POL, "abeche", 0,
           "أحرقوا إطارات السيارات في الشارع الرئيسي قرب السوق المركزي، ورشقوا عناصر الشرطة بالحجارة"),
    ],
    notes="Riot on Tuesday 20 May (published Wednesday); governor says no deaths. The 23 arrests and the curfew are "
          "part of the riot response and not coded separately.")

art("m_sdn_elfasher_abushouk_shelling", """
سودان نيوز 24 | الأربعاء 26 مارس 2025

أخبار › دارفور

قصف مدفعي على معسكر أبوشوك بالفاشر.. وتضارب في عدد الضحايا

الفاشر — سودان نيوز 24

قُتل عدد من المدنيين وأصيب آخرون، أمس الثلاثاء، جراء قصف مدفعي نفذته قوات الدعم السريع على معسكر أبوشوك للنازحين شمالي مدينة الفاشر، عاصمة ولاية شمال دارفور، في أحدث فصول الحصار المفروض على المدينة منذ أشهر.

وقالت غرفة طوارئ المعسكر، في بيان على مواقع التواصل، إن القذائف سقطت على سوق المعسكر ومنازل في المربعين 4 و7، ما أدى إلى مقتل 14 شخصاً بينهم أطفال ونساء. غير أن وزارة الصحة بولاية شمال دارفور أعلنت في وقت لاحق أن المستشفى السعودي سجّل تسع وفيات و22 إصابة جراء القصف.

وأفاد نازحون بأن القصف بدأ عند العاشرة صباحاً واستمر قرابة ساعة، مصدره مواقع الدعم السريع في الأطراف الشمالية للمدينة، وأن عشرات الأسر غادرت المعسكر باتجاه طويلة عقب القصف.

ولم يصدر تعليق فوري من قوات الدعم السريع، التي دأبت على نفي استهداف المدنيين وتتهم الجيش باستخدام المعسكرات دروعاً بشرية.

وكان المستشفى السعودي نفسه قد تعرض الأسبوع الماضي لهجوم بطائرة مسيّرة، بحسب مصادر طبية، ما أخرج قسماً من أقسامه عن الخدمة.

وتحذر منظمات الإغاثة من مجاعة وشيكة في الفاشر ومعسكراتها في ظل انقطاع الإمدادات الغذائية والطبية.

وسوم: الفاشر | أبوشوك | الدعم السريع | النازحون
""", url="https://sudannews24.example/darfur/2025/03/26/abushouk-shelling", outlet="سودان نيوز 24",
    published="2025-03-26", incident="m_sdn_abushouk_shelling_2025_03_25",
    events=[
        ev(E, "Shelling/artillery/missile attack", "2025-03-25", RSF, civ("Sudan"), "abu_shouk", 9,
           "قصف مدفعي نفذته قوات الدعم السريع على معسكر أبوشوك للنازحين"),
    ],
    notes="Contradictory tolls: camp emergency room 14, North Darfur health ministry 9 - the lower is coded. The "
          "drone strike on the hospital 'الأسبوع الماضي' is background without a date and is not coded.")

art("m_syr_nawa_ied_army_vehicle", """
حوران الآن | الأربعاء 14 أيار 2025

أخبار درعا

مقتل عنصرين من الجيش السوري بانفجار عبوة ناسفة غربي درعا

درعا — حوران الآن

قُتل عنصران من الجيش السوري وأصيب ثلاثة آخرون، مساء الثلاثاء، جراء انفجار عبوة ناسفة استهدفت سيارة عسكرية على الطريق الواصل بين مدينة نوى وبلدة الشيخ سعد في ريف درعا الغربي.

وكانت مصادر محلية قد تحدثت في البداية عن مقتل عنصر واحد، قبل أن يُعلن صباح اليوم عن وفاة عنصر ثانٍ متأثراً بجروحه في المشفى الوطني بدرعا.

وقال مصدر عسكري لـ"حوران الآن" إن العبوة كانت مزروعة على جانب الطريق وفُجّرت عن بعد لحظة مرور السيارة التي كانت تقل عناصر من إحدى الفرق المنتشرة في المنطقة، مشيراً إلى أن الجهات المختصة فتحت تحقيقاً لكشف المتورطين.

ولم تتبنّ أي جهة المسؤولية عن التفجير حتى ساعة إعداد هذا الخبر، فيما شهد الريف الغربي خلال الأشهر الماضية حوادث اغتيال وتفجيرات متفرقة نُسب بعضها إلى خلايا مرتبطة بالنظام السابق وأخرى إلى تنظيم داعش.

وانتشرت دوريات للجيش والأمن العام على مداخل نوى عقب التفجير، وأقيمت حواجز مؤقتة لتفتيش السيارات الداخلة والخارجة.

اقرأ أيضاً:
- درعا: عودة الدوام في المدارس المتضررة
- افتتاح فرن آلي جديد في طفس
""", url="https://horan-now.example/daraa/2025/05/14/nawa-ied", outlet="حوران الآن",
    published="2025-05-14", incident="m_syr_nawa_sheikh_saad_ied_2025_05_13",
    events=[
        ev(E, "Remote explosive/landmine/IED", "2025-05-13", uag("Syria"), SYR, "nawa", 2,
           "انفجار عبوة ناسفة استهدفت سيارة عسكرية على الطريق الواصل بين مدينة نوى وبلدة الشيخ سعد"),
    ],
    notes="Toll revised from 1 to 2 (second soldier died overnight). Tuesday 13 May, published Wednesday. No claim: "
          "unidentified armed group. Previous attacks are background.")

art("m_nga_tsafe_bandit_abduction", """
نيجيريا بالعربي — الخميس 26 يونيو 2025

زمفارا: مسلحون يختطفون عشرات القرويين في منطقة تسافي

غوساو — نيجيريا بالعربي

اختطف مسلحون يُعرفون محلياً بـ"قطاع الطرق" عدداً من سكان قرية ماغازو التابعة لمنطقة تسافي بولاية زمفارا شمال غربي نيجيريا، في ساعة متأخرة من مساء الثلاثاء، بعد أن اقتحموا القرية على متن عشرات الدراجات النارية وأطلقوا النار في الهواء لترويع السكان.

وقال المتحدث باسم شرطة زمفارا إن 17 شخصاً، معظمهم نساء وأطفال، اقتيدوا إلى جهة مجهولة، مؤكداً أن لم يُقتل أحد خلال الهجوم وأن وحدات مشتركة من الشرطة والجيش تلاحق الخاطفين في الغابات المجاورة. لكن زعيماً محلياً تحدث لـ"نيجيريا بالعربي" قال إن عدد المخطوفين يبلغ 23 شخصاً، بينهم إمام مسجد القرية.

وأضاف الزعيم المحلي أن المسلحين نهبوا مواد غذائية ومواشي قبل مغادرتهم، وأن الأهالي تلقوا اتصالاً من الخاطفين صباح أمس الأربعاء يطالبون فيه بفدية كبيرة.

وتعاني ولايات شمال غرب نيجيريا، ولا سيما زمفارا وكاتسينا وسوكوتو، من نشاط عصابات مسلحة تمتهن الخطف مقابل الفدية وسرقة المواشي، وقد اضطر آلاف السكان إلى هجر قراهم خلال السنوات الأخيرة.

من جهته، قال حاكم الولاية في بيان إن حكومته "لن تتفاوض مع المجرمين"، داعياً السكان إلى التعاون مع الأجهزة الأمنية.

شارك المقال | اشترك في النشرة البريدية
""", url="https://nigeria-arabic.example/zamfara/2025/06/26/tsafe-abduction", outlet="نيجيريا بالعربي",
    published="2025-06-26", incident="m_nga_magazu_tsafe_abduction_2025_06_24",
    events=[
        ev(V, "Abduction/forced disappearance", "2025-06-24", NGA_BANDITS, civ("Nigeria"), "tsafe", 0,
           "عدداً من سكان قرية ماغازو التابعة لمنطقة تسافي بولاية زمفارا"),
    ],
    notes="Late Tuesday evening 24 June (published Thursday). Police 17 abducted, local leader 23; nobody killed. "
          "Looting of food and livestock is part of the raid. Magazu is located at Tsafe.")
art("m_bfa_barsalogho_water_point_attack", """
صوت الساحل | تقارير
الأربعاء 9 أبريل 2025

بوركينا فاسو: مقتل مدنيين في هجوم على نقطة مياه قرب بارسالوغو

واغادوغو — صوت الساحل

قُتل تسعة مدنيين على الأقل، يوم الإثنين الماضي، في هجوم شنه مسلحون على تجمع للسكان عند نقطة مياه على الأطراف الشرقية لبلدة بارسالوغو في إقليم سانماتنغا بوسط شمال بوركينا فاسو، حسبما أفاد مسؤول محلي.

وقال المسؤول، الذي طلب عدم الكشف عن هويته لأنه غير مخول بالحديث إلى الإعلام، إن المهاجمين وصلوا على دراجات نارية قرابة الخامسة مساءً، وفتحوا النار على نساء ورجال كانوا يملؤون الأوعية من البئر الوحيدة العاملة في الحي، ثم انسحبوا باتجاه الغابة. وأشار إلى أن الحصيلة الرسمية "تسعة قتلى وعدة جرحى".

في المقابل، تحدث سكان نزحوا إلى كايا عن "عشرات القتلى"، من دون أن يتسنى التحقق من روايتهم. ونسب السكان الهجوم إلى جماعة نصرة الإسلام والمسلمين، التي تفرض حصاراً على البلدة منذ أشهر وتمنع دخول الإمدادات، فيما لم تعلن الجماعة مسؤوليتها حتى الآن.

وتحمل بارسالوغو ذكرى أليمة، إذ شهدت في صيف العام الماضي واحداً من أكثر الهجمات دموية في تاريخ البلاد، حين قُتل عدد كبير من السكان أثناء حفر خنادق دفاعية حول البلدة.

ولم تصدر الحكومة الانتقالية تعليقاً رسمياً على الهجوم الأخير، في وقت تتشدد فيه السلطات في التعامل مع المعلومات المتعلقة بالوضع الأمني.

الكلمات الدلالية: بوركينا فاسو، الساحل، الإرهاب، النازحون
""", url="https://sawt-sahel.example/reports/2025/04/09/barsalogho", outlet="صوت الساحل",
    published="2025-04-09", incident="m_bfa_barsalogho_water_point_attack_2025_04_07",
    events=[
        ev(V, "Attack", "2025-04-07", JNIM, civ("Burkina Faso"), "barsalogho", 9,
           "فتحوا النار على نساء ورجال كانوا يملؤون الأوعية من البئر الوحيدة العاملة في الحي"),
    ],
    notes="'يوم الإثنين الماضي' from Wednesday 9 April = 7 April. Official 9 dead vs residents' 'dozens' (12) - the "
          "lower credible figure is coded. Attribution to JNIM by residents. Last summer's massacre is background.")

art("m_som_mahaday_base_attack", """
مقديشو تايمز العربية | الأربعاء 17 سبتمبر 2025

الصومال: صدّ هجوم لحركة الشباب على قاعدة عسكرية في مهداي

جوهر — مقديشو تايمز

شنّ مقاتلون من حركة الشباب فجر الثلاثاء هجوماً على قاعدة للجيش الصومالي في بلدة مهداي بإقليم شبيلي الوسطى، مستخدمين الأسلحة الرشاشة وقذائف الهاون، ما أدى إلى اشتباكات عنيفة استمرت نحو ساعتين قبل أن ينسحب المهاجمون.

وقال قائد عسكري في الإقليم لإذاعة محلية إن القوات "أحبطت الهجوم وقتلت تسعة من الإرهابيين"، مضيفاً أن ثلاثة جنود قُتلوا وأصيب خمسة آخرون. وأكد شيوخ عشائر في البلدة أنهم شاهدوا جثث المهاجمين التسعة قرب سور القاعدة، وأن الجنود الثلاثة دُفنوا عصر اليوم نفسه.

من جهتها، زعمت حركة الشباب عبر إذاعتها أنها قتلت 15 جندياً واستولت على أسلحة، وهو ما نفاه الجيش.

وتقع مهداي على الطريق الحيوي الرابط بين جوهر وبلدتي عدالي ومسجد علي قدود، وشهدت خلال العامين الماضيين معارك متكررة بين الجيش المدعوم بالميليشيات العشائرية وحركة الشباب، في إطار الحملة الحكومية لطرد الحركة من وسط البلاد.

وتأتي الهجمة بعد أيام من إعلان الحكومة خطة جديدة لتأمين الطرق الرئيسية في شبيلي الوسطى قبل موسم الأمطار.

📻 استمعوا إلى النشرة الصوتية | 📲 تابعونا على تيليغرام
""", url="https://mogadishu-times-ar.example/2025/09/17/mahaday", outlet="مقديشو تايمز العربية",
    published="2025-09-17", incident="m_som_mahaday_base_attack_2025_09_16",
    events=[
        ev(B, "Armed clash", "2025-09-16", SHABAAB, SOM, "mahaday", 12,
           "شنّ مقاتلون من حركة الشباب فجر الثلاثاء هجوماً على قاعدة للجيش الصومالي في بلدة مهداي"),
    ],
    notes="Per-side tolls: 3 soldiers and 9 attackers (army figure, confirmed by elders) = 12; al-Shabaab's claim of "
          "15 soldiers is not used. Mortars used during the ground assault stay in the one Battles event.")

art("m_sdn_bara_army_recapture", """
الخرطوم بوست | الخميس 24 يوليو 2025

الجيش السوداني يعلن استعادة مدينة بارا بشمال كردفان

الأبيض — الخرطوم بوست

أعلنت القوات المسلحة السودانية، الثلاثاء، استعادة السيطرة على مدينة بارا بولاية شمال كردفان من قوات الدعم السريع، بعد معارك قالت إنها "كبّدت الميليشيا المتمردة خسائر فادحة في الأرواح والعتاد".

وقال الناطق الرسمي باسم الجيش في بيان إن قوات متحركة الصياد دخلت المدينة من محورين بعد اشتباكات استمرت منذ ساعات الصباح الأولى، وإن القوات "تقوم الآن بتمشيط الأحياء وتأمين المرافق الحكومية". ونشرت صفحات موالية للجيش مقاطع مصورة لجنود يحتفلون أمام مبنى المحلية.

في المقابل، قال مستشار لقائد الدعم السريع إن قواته "انسحبت تكتيكياً" من بارا لتجنيب المدنيين ويلات الحرب، متوعداً بـ"عودة قريبة".

ولم يُعلن أي من الطرفين عن حصيلة محددة للقتلى. وأفاد سكان فرّوا إلى الأبيض بأن أصوات الاشتباكات سُمعت حتى منتصف النهار، وأن عدداً من المنازل والمحال تضرر.

وكانت قوات الدعم السريع قد سيطرت على بارا منذ الأشهر الأولى للحرب، واستخدمتها منطلقاً لمهاجمة الأبيض ومحاصرتها، ما يجعل استعادتها مكسباً استراتيجياً للجيش وفق محللين.

اقرأ أيضاً:
◂ والي شمال كردفان يتفقد المستشفيات
◂ ارتفاع أسعار الصمغ العربي في بورصة الأبيض
""", url="https://khartoum-post.example/2025/07/24/bara", outlet="الخرطوم بوست",
    published="2025-07-24", incident="m_sdn_bara_army_recapture_2025_07_22",
    events=[
        ev(B, "Government regains territory", "2025-07-22", SDN, RSF, "bara", None,
           "استعادة السيطرة على مدينة بارا بولاية شمال كردفان من قوات الدعم السريع"),
    ],
    notes="Announced on Tuesday 22 July (published Thursday 24); no figure ('خسائر فادحة' is not a number). RSF's "
          "earlier capture of Bara is background.")

art("m_jor_rabiyah_gaza_protest_tv", """
نص نشرة أخبار الثامنة — قناة الرابية الإخبارية
الجمعة 11 نيسان 2025

المذيعة: مساء الخير، ونبدأ نشرتنا من عمّان، حيث شارك المئات بعد صلاة الجمعة اليوم في وقفة تضامنية مع أهالي قطاع غزة في منطقة الرابية قرب مسجد الكالوتي. مراسلنا سامر في الموقع. سامر، ماذا جرى؟

المراسل: أهلاً بكِ. تجمع المشاركون هنا بعد الصلاة مباشرة، ورفعوا الأعلام الأردنية والفلسطينية ولافتات تطالب بوقف الحرب على غزة وإدخال المساعدات دون قيود، كما رددوا هتافات تطالب بإلغاء اتفاقية الغاز. الوقفة دعت إليها الحملة الوطنية لدعم المقاومة وعدد من النقابات المهنية، واستمرت قرابة ساعتين.

المذيعة: وكيف كان الوضع الأمني؟

المراسل: الأجهزة الأمنية انتشرت في محيط المنطقة ونظمت حركة السير، والوقفة انتهت بهدوء ودون تسجيل أي احتكاكات، وتفرق المشاركون قرابة الرابعة عصراً.

المذيعة: وهل هناك فعاليات أخرى مقررة؟

المراسل: المنظمون أعلنوا عن مسيرة الجمعة المقبلة من أمام المسجد الحسيني في وسط البلد، وقالوا إن الفعاليات ستستمر أسبوعياً ما دامت الحرب مستمرة.

المذيعة: شكراً سامر. وننتقل إلى أخبار الطقس...

[نهاية المقطع]
""", url="https://rabiya-tv.example/transcripts/2025-04-11-2000", outlet="قناة الرابية الإخبارية",
    published="2025-04-11", incident="m_jor_rabiyah_gaza_solidarity_2025_04_11",
    events=[
        ev(P, "Peaceful protest", "2025-04-11", protesters("Jordan"), None, "rabiyah", 0,
           "شارك المئات بعد صلاة الجمعة اليوم في وقفة تضامنية مع أهالي قطاع غزة في منطقة الرابية"),
    ],
    notes="TV transcript; the sit-in ended without friction. The march announced for next Friday is not coded.")

art("m_pse_turmusayya_settler_attack", """
وكالة فلسطين الآن للأنباء
الأربعاء 4 حزيران 2025 | 08:55

مستعمرون يهاجمون ترمسعيا ويحرقون منزلاً ومركبات

رام الله - فلسطين الآن

أصيب ثلاثة مواطنين بجروح ورضوض، فجر اليوم الأربعاء، في هجوم نفذه عشرات المستعمرين على الأطراف الشمالية لبلدة ترمسعيا شمال شرق رام الله، أحرقوا خلاله منزلاً وأربع مركبات.

وقال رئيس بلدية ترمسعيا لمراسلنا إن المستعمرين، الذين قدموا من بؤرة استعمارية مقامة على أراضي البلدة، هاجموا المنازل بالحجارة وألقوا زجاجات حارقة على منزل عائلة ما أدى إلى احتراق أجزاء واسعة منه، بينما كانت العائلة نائمة في الداخل، قبل أن يتمكن الأهالي من إخماد الحريق وإخراج الأطفال.

وأضاف أن ثلاثة شبان أصيبوا بالحجارة أثناء تصديهم للمستعمرين، ونُقلوا إلى مجمع فلسطين الطبي، ووُصفت حالتهم بالمستقرة.

وأشار إلى أن قوات الاحتلال وصلت إلى المكان بعد انسحاب المستعمرين ولم تعتقل أحداً منهم.

وتتعرض ترمسعيا والقرى المجاورة لها مثل المغير وسنجل لاعتداءات متكررة من المستعمرين منذ سنوات، كان أعنفها هجوم العام الماضي الذي أحرقت فيه عشرات المنازل والمركبات.

ووفق معطيات هيئة مقاومة الجدار والاستيطان، نفذ المستعمرون مئات الاعتداءات في الضفة الغربية خلال الشهر الماضي وحده.

ـــــــــ
اقرأ أيضاً: الاحتلال يغلق مداخل قرى شرق رام الله بالبوابات الحديدية
""", url="https://palestine-now.example/news/2025/06/04/turmusayya", outlet="وكالة فلسطين الآن للأنباء",
    published="2025-06-04", incident="m_pse_turmusayya_settler_attack_2025_06_04",
    events=[
        ev(V, "Attack", "2025-06-04", SETTLERS, civ("Palestine"), "turmusayya", 0,
           "في هجوم نفذه عشرات المستعمرين على الأطراف الشمالية لبلدة ترمسعيا"),
    ],
    notes="Settler raid with three injured and a house and cars burned: violence against civilians (Attack). The "
          "previous year's attack and the monthly statistic are background.")

art("m_irn_saravan_police_station_attack", """
إيران بالعربية | الأربعاء 11 ديسمبر 2024

هجوم مسلح على مركز للشرطة في سراوان جنوب شرقي إيران

زاهدان — إيران بالعربية (نقلاً عن وسائل إعلام رسمية)

قُتل شرطيان إيرانيان وثلاثة من المهاجمين، مساء أمس الثلاثاء، في هجوم مسلح استهدف مركزاً للشرطة في مدينة سراوان بمحافظة سيستان وبلوشستان، بحسب ما نقلت وسائل إعلام رسمية عن نائب محافظ الإقليم للشؤون الأمنية.

وأوضح المسؤول أن مجموعة من المسلحين هاجمت المركز بأسلحة خفيفة وقذائف صاروخية، ودار تبادل لإطلاق النار استمر نحو ساعة، انتهى بمقتل ثلاثة من المهاجمين وفرار آخرين نحو المناطق الحدودية، مشيراً إلى إصابة أربعة من عناصر الشرطة.

وتبنت جماعة "جيش العدل" البلوشية المعارضة الهجوم في بيان على قنواتها، وادعت أنها قتلت ستة من عناصر الشرطة، وهو رقم نفته السلطات.

وتشهد محافظة سيستان وبلوشستان، المحاذية لباكستان وأفغانستان، هجمات متكررة تنفذها جماعات بلوشية مسلحة ضد قوات الأمن والحرس الثوري، فيما تنفذ السلطات حملات اعتقال واسعة وأحكام إعدام بحق متهمين بالانتماء إليها.

وأعلنت الشرطة تعزيز الإجراءات الأمنية على الطرق المؤدية إلى سراوان، ونصب حواجز تفتيش إضافية على الطريق إلى زاهدان.

المصدر: وكالات | آخر تحديث: 11:20 بتوقيت طهران
""", url="https://iran-arabic.example/news/2024/12/11/saravan", outlet="إيران بالعربية",
    published="2024-12-11", incident="m_irn_saravan_police_station_attack_2024_12_10",
    events=[
        ev(B, "Armed clash", "2024-12-10", JAISH_ADL, IRN_POL, "saravan", 5,
           "هجوم مسلح استهدف مركزاً للشرطة في مدينة سراوان بمحافظة سيستان وبلوشستان"),
    ],
    notes="Per-side official toll: 2 police + 3 attackers = 5; Jaish al-Adl's claim of 6 police is not used. "
          "Tuesday 10 December (published Wednesday).")

art("m_lbn_bintjbeil_drone_telegram", """
🔴 الجنوب الآن | قناة تيليغرام
الثلاثاء 20 أيار 2025

⚡️ عاجل | غارة من مسيّرة إسرائيلية على دراجة نارية في بنت جبيل

ظهر اليوم، استهدفت مسيّرة إسرائيلية بصاروخ موجّه دراجة نارية عند المدخل الشرقي لمدينة بنت جبيل، ما أدى إلى استشهاد سائقها على الفور.

⚡️ تحديث 13:40 | وزارة الصحة: الغارة على بنت جبيل أدت إلى سقوط شهيد.

⚡️ تحديث 14:15 | جيش الاحتلال يزعم في بيان أنه "قضى على عنصر في حزب الله كان يعمل على إعادة بناء بنى تحتية للحزب" في المنطقة.

⚡️ تحديث 15:00 | حزب الله ينعى الشهيد ابن بلدة بنت جبيل.

⚡️ تحديث 16:20 | مدفعية الاحتلال تستهدف أطراف بلدة كفركلا بعدة قذائف، من دون معلومات عن إصابات.

📝 يُذكر أن الجيش الإسرائيلي ينفذ غارات شبه يومية على جنوب لبنان رغم اتفاق وقف إطلاق النار الساري منذ أواخر تشرين الثاني الماضي، وسبق أن استهدف دراجات وسيارات في المنطقة نفسها خلال الأسابيع الماضية.

🔗 للاشتراك: t.me/janoub_alan_example
📲 شاركوا القناة مع أصدقائكم
""", url="https://t.me/janoub_alan_example/10433", outlet="الجنوب الآن (تيليغرام)",
    published="2025-05-20", incident="m_lbn_bintjbeil_drone_strike_2025_05_20",
    events=[
        ev(E, "Air/drone strike", "2025-05-20", ISR, HEZBOLLAH, "bint_jbeil", 1,
           "استهدفت مسيّرة إسرائيلية بصاروخ موجّه دراجة نارية عند المدخل الشرقي لمدينة بنت جبيل"),
        ev(E, "Shelling/artillery/missile attack", "2025-05-20", ISR, None, "kfar_kila", None,
           "مدفعية الاحتلال تستهدف أطراف بلدة كفركلا بعدة قذائف"),
    ],
    notes="Live Telegram updates. Strike victim claimed by the IDF as a Hezbollah member and mourned by Hezbollah, so "
          "actor2 Hezbollah (Civilians (Lebanon) would be the alternative). Kfar Kila shelling without casualty "
          "information: fatalities null. Earlier strikes are background.")
art("m_dza_mdn_weekly_statement", """
وزارة الدفاع الوطني
الجمهورية الجزائرية الديمقراطية الشعبية

حصيلة عمليات الجيش الوطني الشعبي خلال الفترة الممتدة من 22 إلى 28 جانفي 2025

الجزائر في 30 جانفي 2025

في إطار مكافحة الإرهاب والجريمة المنظمة، نفذت وحدات ومفارز الجيش الوطني الشعبي، خلال الفترة الممتدة من 22 إلى 28 جانفي 2025، عدة عمليات أسفرت عن نتائج نوعية تعكس مدى الاحترافية واليقظة والجاهزية العالية لقواتنا المسلحة في كامل التراب الوطني.

ففي إطار مكافحة الإرهاب، وإثر عملية بحث وتمشيط بالقرب من بلدية بربوش بولاية عين الدفلى، قضت مفرزة للجيش الوطني الشعبي بتاريخ 25 جانفي 2025 على إرهابيين اثنين، واسترجعت مسدساً رشاشاً من نوع كلاشنيكوف وبندقية نصف آلية وكمية من الذخيرة. ولا تزال العملية متواصلة بالمنطقة.

كما أوقفت مفارز الجيش الوطني الشعبي، في عمليات متفرقة عبر التراب الوطني، أربعة عناصر دعم للجماعات الإرهابية.

وفي إطار محاربة الجريمة المنظمة، أحبطت وحدات مشتركة محاولات إدخال كميات ضخمة من المخدرات عبر الحدود مع المغرب، تقدر بـ 12 قنطاراً من الكيف المعالج، فيما أوقفت 38 تاجر مخدرات. كما تم توقيف 211 شخصاً وضبط مولدات كهربائية ومطارق ضغط بكل من تمنراست وبرج باجي مختار وعين قزام تستعمل في عمليات التنقيب غير المشروع عن الذهب.

من جهة أخرى، أحبط حراس السواحل محاولات هجرة غير شرعية على متن قوارب تقليدية الصنع، وتم إنقاذ 96 شخصاً.

— خلية الاتصال والإعلام بوزارة الدفاع الوطني
""", url="https://mdn-dz.example/ar/bilan/2025-01-30", outlet="وزارة الدفاع الوطني (الجزائر)",
    published="2025-01-30", incident="m_dza_ain_defla_bourbouche_two_killed_2025_01_25",
    events=[
        ev(B, "Armed clash", "2025-01-25", DZA, uag("Algeria"), "ain_defla", 2,
           "قضت مفرزة للجيش الوطني الشعبي بتاريخ 25 جانفي 2025 على إرهابيين اثنين"),
    ],
    notes="Weekly Algerian MoD round-up. Only the dated, placed operation near Bourbouche (Ain Defla) is coded. "
          "The four support elements arrested 'في عمليات متفرقة' have no place or day; drug, gold-mining and "
          "migration operations are not political violence.")

art("m_syr_deirezzor_weekly_roundup", """
نشرة الفرات الأسبوعية — العدد 112
الأحد 15 أيلول 2024

أبرز ما شهدته محافظة دير الزور خلال الأسبوع (9 – 15 أيلول)

• الإثنين 9 أيلول: قُتل عنصران من قوات سوريا الديمقراطية (قسد) بانفجار عبوة ناسفة استهدفت سيارتهما على طريق بلدة البصيرة بريف دير الزور الشرقي. وتبنى تنظيم الدولة الإسلامية (داعش) التفجير عبر معرفاته في اليوم التالي.

• الأربعاء 11 أيلول: اندلعت اشتباكات بين مقاتلين من قوات العشائر العربية وعناصر من قسد في بلدة ذيبان، إثر هجوم شنه مقاتلو العشائر على نقطة عسكرية لقسد عند مدخل البلدة. وأسفرت الاشتباكات عن مقتل أربعة، هم عنصر من قسد وثلاثة من مقاتلي العشائر، بحسب مصادر محلية.

• الجمعة 13 أيلول: نفذت قسد حملة دهم واعتقال في بلدة هجين، طالت 11 شاباً بتهمة التواصل مع خلايا التنظيم، وأُفرج عن ثلاثة منهم مساء اليوم نفسه.

• الأحد 15 أيلول: عقد وجهاء من عشائر الريف الشرقي اجتماعاً في مدينة الشحيل لبحث "تخفيف التوتر"، دون الإعلان عن نتائج.

في السياق:
يعيد تصاعد الهجمات في الريف الشرقي إلى الأذهان الأشهر التي سبقت معركة الباغوز عام 2019، حين أعلنت قسد والتحالف الدولي القضاء على آخر جيب للتنظيم. ويرى مراقبون أن استمرار الاحتقان بين العشائر وقسد منذ مواجهات صيف العام الماضي يوفر بيئة مناسبة لعودة خلايا التنظيم.

—
للاشتراك في النشرة: furat-weekly@example
""", url="https://furat-weekly.example/issues/112", outlet="نشرة الفرات الأسبوعية",
    published="2024-09-15", incident="m_syr_deirezzor_week_2024_09_09",
    events=[
        ev(E, "Remote explosive/landmine/IED", "2024-09-09", ISIS, SDF, "busayrah", 2,
           "قُتل عنصران من قوات سوريا الديمقراطية (قسد) بانفجار عبوة ناسفة استهدفت سيارتهما"),
        ev(B, "Armed clash", "2024-09-11", TRIBAL, SDF, "dhiban", 4,
           "اندلعت اشتباكات بين مقاتلين من قوات العشائر العربية وعناصر من قسد في بلدة ذيبان"),
        ev(S, "Arrests", "2024-09-13", SDF, civ("Syria"), "hajin", None,
           "نفذت قسد حملة دهم واعتقال في بلدة هجين، طالت 11 شاباً", optional=True),
    ],
    notes="Weekly round-up with three coded events on three days. The tribal meeting in al-Shuhayl is not an event; "
          "Baghouz 2019 and last summer's clashes are background.")

art("m_pse_jenin_raid_liveblog", """
تغطية مباشرة | شبكة الضفة الإخبارية
الثلاثاء 16 تموز 2024

🔴 مباشر: اقتحام واسع لمدينة جنين ومخيمها

07:10 — قوات الاحتلال تقتحم مدينة جنين ومخيمها بعشرات الآليات العسكرية والجرافات من عدة محاور، وسط تحليق مكثف لطائرات الاستطلاع.

08:25 — اندلاع اشتباكات مسلحة عنيفة بين مقاومين من كتيبة جنين وقوات الاحتلال في حارة الدمج وعلى أطراف المخيم، وسماع دوي انفجارات.

10:40 — وزارة الصحة: استشهاد شابين برصاص الاحتلال في مخيم جنين، وإصابة خمسة آخرين بينهم طفل.

11:30 — الجرافات العسكرية تجرف البنية التحتية في شارع مهيوب وتدمر شبكات المياه والصرف الصحي وواجهات عدد من المحال التجارية.

13:05 — تحديث: ارتفاع عدد الشهداء في جنين إلى ثلاثة بعد استشهاد مصاب متأثراً بجروحه الخطيرة في مستشفى ابن سينا. كتيبة جنين تنعى اثنين من مقاتليها.

15:30 — في نابلس، قوات الاحتلال تعتقل خمسة شبان خلال اقتحام منطقة رفيديا والبلدة القديمة.

16:45 — انسحاب قوات الاحتلال من مخيم جنين بعد نحو عشر ساعات من الاقتحام، مخلفة دماراً واسعاً.

18:00 — مسيرة في دوار المنارة وسط رام الله تنديداً بالعدوان على جنين، والمشاركون يرفعون صور الشهداء ويرددون الهتافات، وانتهت دون مواجهات.

19:20 — نهاية التغطية المباشرة لهذا اليوم. تابعونا غداً.
""", url="https://west-bank-network.example/live/2024-07-16-jenin", outlet="شبكة الضفة الإخبارية",
    published="2024-07-16", incident="m_pse_jenin_raid_2024_07_16",
    events=[
        ev(B, "Armed clash", "2024-07-16", ISR, JENIN_BRIGADE, "jenin_camp", 3,
           "اندلاع اشتباكات مسلحة عنيفة بين مقاومين من كتيبة جنين وقوات الاحتلال"),
        ev(S, "Looting/property destruction", "2024-07-16", ISR, civ("Palestine"), "jenin_camp", None,
           "الجرافات العسكرية تجرف البنية التحتية في شارع مهيوب", optional=True),
        ev(S, "Arrests", "2024-07-16", ISR, civ("Palestine"), "nablus", None,
           "قوات الاحتلال تعتقل خمسة شبان خلال اقتحام منطقة رفيديا", optional=True),
        ev(P, "Peaceful protest", "2024-07-16", protesters("Palestine"), None, "ramallah", 0,
           "مسيرة في دوار المنارة وسط رام الله تنديداً بالعدوان على جنين"),
    ],
    notes="Live blog with a revised toll (2 then 3). All deaths go on the Jenin clash. Bulldozing during the raid "
          "and the Nablus arrests are optional.")

art("m_ssd_pibor_cattle_raid_radio", """
إذاعة جوبا بالعربي — نص نشرة الظهيرة
الثلاثاء 12 أغسطس 2025

مقتل 17 شخصاً في هجوم على معسكرات للماشية قرب بيبور

المذيع: أعلنت السلطات في منطقة بيبور الإدارية الكبرى مقتل 17 شخصاً على الأقل في هجوم شنه شبان مسلحون على معسكرات للماشية قرب مدينة بيبور يوم السبت الماضي. ومعنا من بيبور مراسلنا جون.

المراسل: نعم، وفق مفوض المقاطعة، فإن مئات من الشبان المسلحين من قبيلة النوير، يُعرفون بالجيش الأبيض، هاجموا معسكرات ماشية لشبان من قبيلة المورلي شرق بيبور، ودارت اشتباكات استمرت ساعات. المفوض قال إن الحصيلة 17 قتيلاً من الطرفين وأكثر من عشرين جريحاً، لكن قادة شباب المورلي يقولون إن عدد القتلى تجاوز الثلاثين، وإن المهاجمين نهبوا آلاف الأبقار.

المذيع: هل هناك تحرك من الحكومة أو الأمم المتحدة؟

المراسل: بعثة الأمم المتحدة أرسلت دورية إلى المنطقة أمس الإثنين، والحكومة المحلية دعت إلى ضبط النفس وإعادة الماشية المنهوبة. كما تحدث زعماء تقليديون عن خوفهم من هجمات انتقامية في الأيام المقبلة.

المذيع: يُذكر أن ولاية جونقلي ومنطقة بيبور تشهدان منذ سنوات دورات من الهجمات المتبادلة وسرقة الماشية، أودت بحياة المئات. شكراً جون.

[ننتقل الآن إلى النشرة الاقتصادية]
""", url="https://juba-radio-ar.example/transcripts/2025-08-12-noon", outlet="إذاعة جوبا بالعربي",
    published="2025-08-12", incident="m_ssd_pibor_cattle_camp_raid_2025_08_09",
    events=[
        ev(B, "Armed clash", "2025-08-09", WHITE_ARMY, MURLE, "pibor", 17,
           "هاجموا معسكرات ماشية لشبان من قبيلة المورلي شرق بيبور، ودارت اشتباكات استمرت ساعات"),
    ],
    notes="'يوم السبت الماضي' from Tuesday 12 August = 9 August. Commissioner 17 vs Murle youth leaders 30+ - the "
          "lower is coded. The UN patrol is not an event.")

art("m_tur_gaziantep_isis_raids", """
بوابة عنتاب العربية — خبر
الثلاثاء 3 يونيو 2025 | 11:05

توقيف 14 مشتبهاً بالانتماء إلى "داعش" في عنتاب

غازي عنتاب — خاص

أوقفت قوات الأمن التركية، صباح اليوم الثلاثاء، 14 مشتبهاً بالانتماء إلى تنظيم "داعش" الإرهابي، في عملية متزامنة شملت عناوين في حيي شاهين بيه وشهيد كامل بولاية غازي عنتاب جنوبي البلاد.

وأفادت مصادر أمنية بأن فرق مكافحة الإرهاب التابعة لمديرية أمن الولاية نفذت المداهمات بالتنسيق مع النيابة العامة، بعد رصد تواصل المشتبهين مع عناصر من التنظيم في سوريا، وتحويلهم أموالاً عبر شبكات غير رسمية.

وضبطت الفرق خلال المداهمات وثائق تنظيمية ومواد رقمية وأجهزة هاتف محمولة، فيما تتواصل الملاحقة بحق ثلاثة مشتبهين آخرين لم يُعثر عليهم في عناوينهم.

وتشن السلطات التركية حملات دورية ضد خلايا التنظيم منذ سنوات، ولا سيما في الولايات الحدودية مع سوريا. وكانت غازي عنتاب قد شهدت عام 2016 تفجيراً انتحارياً دامياً استهدف حفل زفاف، نسبته السلطات إلى التنظيم.

وأعلن وزير الداخلية الشهر الماضي أن الشرطة أوقفت أكثر من 300 مشتبه بالانتماء إلى التنظيم في 30 ولاية خلال أسبوعين.

وسوم: تركيا، داعش، غازي عنتاب، مكافحة الإرهاب
""", url="https://antep-gate.example/2025/06/03/gaziantep-isis", outlet="بوابة عنتاب العربية",
    published="2025-06-03", incident="m_tur_gaziantep_isis_raids_2025_06_03",
    events=[
        ev(S, "Arrests", "2025-06-03", TUR_POL, ISIS, "gaziantep", None,
           "أوقفت قوات الأمن التركية، صباح اليوم الثلاثاء، 14 مشتبهاً بالانتماء إلى تنظيم"),
    ],
    notes="Counter-terrorism raids in Gaziantep on the publication day. The 2016 wedding bombing and the minister's "
          "300 arrests in 30 provinces are background (no place/day).")


# ======================================================================================== non-event articles
art("m_yem_houthi_threat_tv", """
قناة المسند اليمانية — تفريغ نصي
الثلاثاء 22 يوليو 2025 — نشرة العاشرة مساءً

المذيع: أعلن المتحدث العسكري باسم قوات صنعاء مساء اليوم في بيان متلفز ما وصفه بـ"المرحلة الخامسة من التصعيد". نتابع مع مراسلنا في صنعاء.

المراسل: نعم، المتحدث قال في البيان إن القوات المسلحة "ستستهدف أي سفينة تتعامل مع موانئ العدو بغض النظر عن جنسيتها"، وهدد بتوسيع بنك الأهداف ليشمل منشآت نفطية في المنطقة إذا استمر الحصار على غزة. كما حذر الشركات الملاحية من أن "البحر الأحمر لن يكون آمناً" لسفنها، وقال إن لدى القوات "مفاجآت لم تُكشف بعد".

المذيع: هل تحدث البيان عن عمليات جديدة نُفذت؟

المراسل: لا، البيان لم يعلن عن أي عملية جديدة اليوم، لكنه استعرض ما قال إنها عمليات نُفذت منذ أواخر 2023 ضد سفن تجارية وحربية، وأكد أن "الجاهزية كاملة" لتنفيذ التهديدات.

المذيع: وماذا عن ردود الفعل؟

المراسل: مصادر ملاحية قالت إن شركات تأمين رفعت أقساطها مجدداً، بينما دعت الحكومة المعترف بها دولياً المجتمع الدولي إلى "ردع" الجماعة. ولم يصدر تعليق من القيادة المركزية الأمريكية حتى الآن.

المذيع: شكراً لك. وفي الشأن المحلي، تتواصل أزمة المشتقات النفطية في عدد من المحافظات...

[انتهى المقطع]
""", url="https://musnad-tv.example/transcripts/2025-07-22-2200", outlet="قناة المسند اليمانية",
    published="2025-07-22",
    notes="Threats and warnings only; the statement announces no new operation and reviews attacks since 2023 in "
          "general terms. No event.")

art("m_irq_ainasad_rocket_denial", """
وكالة ما بين النهرين الإخبارية | السبت 8 فبراير 2025

العمليات المشتركة تنفي تعرض قاعدة عين الأسد لهجوم صاروخي

بغداد — ما بين النهرين

نفت قيادة العمليات المشتركة، اليوم السبت، الأنباء التي تداولتها حسابات على مواقع التواصل الاجتماعي بشأن تعرض قاعدة عين الأسد الجوية في قضاء البغدادي غربي الأنبار لهجوم بالصواريخ مساء أمس الجمعة.

وقال الناطق باسم القيادة في تصريح للوكالة إن "ما نُشر عارٍ عن الصحة جملة وتفصيلاً"، موضحاً أن أصوات الانفجارات التي سمعها سكان البغدادي كانت ناجمة عن "تفجير مسيطر عليه لمخلفات حربية قديمة" نفذته فرق الهندسة العسكرية ضمن جدول معد مسبقاً، وأنه تم إبلاغ الجهات المحلية بذلك قبل يومين.

ودعا الناطق وسائل الإعلام إلى "توخي الدقة واعتماد المصادر الرسمية"، محذراً من أن نشر الأخبار الكاذبة "يخدم أجندات تسعى لزعزعة الاستقرار"، وأن القيادة ستتخذ الإجراءات القانونية بحق الصفحات المروجة لها.

وكانت حسابات على منصة إكس قد نشرت مقاطع مصورة قالت إنها تظهر ألسنة لهب داخل القاعدة، قبل أن يتبين أن أحدها يعود إلى حادثة سابقة.

وتستضيف القاعدة قوات عراقية ومستشارين من التحالف الدولي، وتعرضت لهجمات صاروخية وبطائرات مسيرة خلال الأعوام الماضية تبنت بعضها فصائل مسلحة.

اقرأ أيضاً: الأنبار تطلق حملة لإعادة إعمار الجسور
""", url="https://mesopotamia-agency.example/2025/02/08/ain-asad-denial", outlet="وكالة ما بين النهرين الإخبارية",
    published="2025-02-08",
    notes="Denial: the reported rocket attack did not happen; the explosions were a planned controlled detonation "
          "of old ordnance (not an event). Past attacks on the base are background.")

art("m_ner_tillaberi_operation_plan", """
النيجر اليوم بالعربية — الإثنين 13 أكتوبر 2025

نيامي تعلن خطة أمنية جديدة في تيلابيري وحظراً مرتقباً على الدراجات النارية

نيامي — النيجر اليوم

أعلن وزير الدفاع النيجري، خلال مؤتمر صحفي في نيامي اليوم الإثنين، أن القوات المسلحة ستطلق "خلال الأسابيع المقبلة" عملية عسكرية واسعة في منطقة تيلابيري الحدودية مع مالي وبوركينا فاسو، بهدف "تطهير" المنطقة من الجماعات المسلحة وتأمين عودة النازحين إلى قراهم قبل موسم الحصاد.

وأوضح الوزير أن العملية ستُنفّذ بالتنسيق مع قوات مالي وبوركينا فاسو في إطار القوة الموحدة لتحالف دول الساحل، وأنها ستشمل نشر وحدات جديدة وطائرات مسيّرة حصل عليها الجيش حديثاً.

كما أعلن الوزير أن حظراً على سير الدراجات النارية في عدد من دوائر المنطقة سيدخل حيز التنفيذ مطلع الشهر المقبل، مبرراً القرار بأن "الإرهابيين يستخدمونها في تنقلاتهم وهجماتهم"، ووعد بتعويض المتضررين من سائقي الأجرة.

وانتقد ممثلو المجتمع المدني في تيلابيري الإجراء المرتقب، معتبرين أنه سيضر بالاقتصاد المحلي الذي يعتمد على الدراجات في النقل.

وتشهد المنطقة منذ سنوات هجمات دامية، كان آخرها الشهر الماضي، وفق منظمات محلية، ما دفع عشرات الآلاف إلى النزوح نحو المدن.

تابعونا على فيسبوك | أرسل خبراً
""", url="https://niger-today-ar.example/2025/10/13/tillaberi-plan", outlet="النيجر اليوم بالعربية",
    published="2025-10-13",
    notes="Announced plans only (future operation, future motorcycle ban). The vague 'last month' attacks are "
          "background. No event.")

art("m_mrt_nouakchott_plot_verdict", """
منارة نواكشوط
الخميس 6 نونبر 2025

المحكمة الجنائية المختصة بالإرهاب تصدر أحكامها في ملف "خلية تفرغ زينة"

نواكشوط — منارة نواكشوط

أصدرت المحكمة الجنائية المختصة في قضايا الإرهاب بنواكشوط، مساء الأربعاء، أحكاماً بالسجن تراوحت بين خمس سنوات وعشرين سنة نافذة بحق سبعة متهمين في ملف ما يعرف بـ"خلية تفرغ زينة"، التي أوقفت الأجهزة الأمنية أفرادها في شتنبر 2023 بتهمة التخطيط لاستهداف منشآت حكومية في العاصمة.

وقضت المحكمة بالسجن عشرين عاماً بحق المتهم الرئيسي، الذي أدين بـ"إنشاء جماعة إرهابية وحيازة متفجرات"، فيما برأت متهمين اثنين لعدم كفاية الأدلة.

وقال محامي الدفاع إن موكليه "تعرضوا لانتزاع الاعترافات تحت الإكراه"، معلناً عزمه استئناف الحكم أمام محكمة الاستئناف، بينما رأت النيابة أن الأحكام "رسالة ردع" لكل من يفكر في المساس بأمن البلاد.

وتعد موريتانيا من الدول القليلة في منطقة الساحل التي لم تشهد هجمات مسلحة على أراضيها منذ أكثر من عقد، وهو ما تعزوه السلطات إلى مقاربتها الأمنية القائمة على الحوار مع المتطرفين وتعزيز الانتشار العسكري على الحدود.

وحضر جلسة النطق بالحكم ذوو المتهمين وعدد من الصحفيين، وسط إجراءات أمنية مشددة حول قصر العدالة.

مواضيع ذات صلة: الداخلية تطلق حملة لتسجيل السكان في الحوض الشرقي
""", url="https://manarat-nouakchott.example/2025/11/06/verdict", outlet="منارة نواكشوط",
    published="2025-11-06",
    notes="Trial and verdict about a plot whose members were arrested in 2023; no new event.")

art("m_som_zoobe_anniversary", """
صحيفة الأفق الصومالية (الطبعة العربية)
الثلاثاء 14 أكتوبر 2025

مقديشو تحيي الذكرى الثامنة لتفجير تقاطع زوبي

مقديشو — الأفق

أحيت الحكومة الصومالية وأهالي الضحايا، اليوم الثلاثاء، الذكرى الثامنة لتفجير تقاطع زوبي، الذي وقع في الرابع عشر من أكتوبر 2017 وأودى بحياة مئات الأشخاص في أسوأ هجوم تشهده البلاد.

وأقيمت مراسم رسمية في قاعة المسرح الوطني بحضور رئيس الوزراء وعدد من الوزراء وأعضاء البرلمان، تليت خلالها آيات من القرآن الكريم وقُرئت أسماء عدد من الضحايا، كما عُرض فيلم وثائقي قصير يروي شهادات ناجين فقدوا ذويهم.

وقال رئيس الوزراء في كلمته إن "جراح زوبي لم تندمل بعد"، مؤكداً أن الحكومة ماضية في حربها على حركة الشباب "حتى تحرير آخر شبر من البلاد"، ومشيراً إلى برامج لتعويض أسر الضحايا ما زالت قيد التنفيذ.

ووضع ناجون وأقارب للضحايا أكاليل من الزهور عند النصب التذكاري الذي شُيّد قرب موقع التفجير، فيما رفعت المدارس الحكومية العلم في منتصف الصارية طوال اليوم.

وفي حديث للصحيفة، قالت إحدى الأمهات التي فقدت ابنها وابنتها في التفجير: "كل عام نتذكرهم، لكن ما نريده هو أن لا يتكرر ما حدث لعائلات أخرى".

اقرأ أيضاً | مقديشو تستضيف مؤتمراً حول إعادة الإعمار | منتخب الصومال للشباب يتأهل
""", url="https://ufuq-somali.example/2025/10/14/zoobe-anniversary", outlet="صحيفة الأفق الصومالية",
    published="2025-10-14",
    notes="Anniversary ceremony of the 2017 bombing (history); official indoor commemoration, not a protest. No event.")

art("m_jor_army_truck_accident", """
الأردن الإخباري الجديد | الأحد 2 آذار 2025

وفاة عسكريين اثنين وإصابة ثلاثة بحادث سير على الطريق الصحراوي

عمّان — الأردن الإخباري الجديد

أعلن مصدر عسكري مسؤول في القيادة العامة للقوات المسلحة الأردنية – الجيش العربي، اليوم الأحد، وفاة اثنين من مرتبات القوات المسلحة وإصابة ثلاثة آخرين إثر حادث سير تعرضت له آلية عسكرية على الطريق الصحراوي قرب منطقة القطرانة.

وقال المصدر إن الآلية انقلبت بعد انحرافها عن الطريق أثناء تنفيذ مهمة نقل إداري، مبيناً أن المصابين نُقلوا إلى مستشفى الأمير هاشم بن الحسين العسكري، وأن حالتهم العامة مستقرة.

وأضاف أن لجنة تحقيق شُكّلت للوقوف على أسباب الحادث، وسط ترجيحات بأن السرعة وسوء الأحوال الجوية مع تشكل الضباب في ساعات الصباح الباكر وراء انحراف الآلية.

ونعت القوات المسلحة الفقيدين، وقدمت التعازي لذويهما، على أن يُشيّعا في مسقطي رأسيهما في محافظتي الكرك والطفيلة عصر اليوم بمراسم عسكرية.

ويشهد الطريق الصحراوي حوادث متكررة، رغم أعمال التأهيل التي نفذتها وزارة الأشغال العامة خلال العامين الماضيين، ويطالب مستخدموه بمزيد من الإنارة والإشارات التحذيرية.

للمزيد من الأخبار المحلية تابعوا صفحتنا | شارك الخبر
""", url="https://jordan-news-jadid.example/local/2025/03/02/army-accident", outlet="الأردن الإخباري الجديد",
    published="2025-03-02",
    notes="Road accident involving soldiers: no political violence, no event.")

art("m_egy_minya_inheritance_murder", """
بوابة الصعيد اليوم | حوادث
الاثنين 15 سبتمبر 2025

بسبب الميراث.. مزارع ينهي حياة شقيقه بفأس في قرية بالمنيا

المنيا — بوابة الصعيد اليوم

لقي مزارع مصرعه على يد شقيقه الأكبر، بعد مشادة كلامية تطورت إلى مشاجرة بسبب خلاف على قطعة أرض زراعية موروثة عن والدهما، في إحدى قرى مركز ملوي جنوب محافظة المنيا.

وتلقى مأمور مركز شرطة ملوي إخطاراً بوصول المجني عليه، البالغ من العمر 42 عاماً، جثة هامدة إلى المستشفى العام، مصاباً بجرح قطعي في الرأس. وبالانتقال والفحص تبين أن شقيقه الأكبر اعتدى عليه بفأس أثناء وجودهما في الأرض محل النزاع، بعد رفض المجني عليه بيع نصيبه.

وتمكن رجال المباحث من ضبط المتهم بعد ساعات من الواقعة أثناء اختبائه لدى أحد أقاربه في قرية مجاورة، وبمواجهته اعترف بارتكاب الجريمة، وتحرر محضر بالواقعة، وأخطرت النيابة العامة التي تولت التحقيق، وأمرت بتشريح الجثة وحبس المتهم أربعة أيام على ذمة التحقيقات.

وتتكرر في قرى الصعيد حوادث العنف الأسري المرتبطة بالميراث وتقسيم الأراضي، في ظل تمسك بعض الأسر بحرمان أفراد منها من حقوقهم، بحسب ما يقول محامون وباحثون اجتماعيون.

اقرأ أيضاً:
• ضبط 3 أطنان دقيق مدعم قبل بيعها في السوق السوداء
• انقلاب ميكروباص على الطريق الصحراوي الغربي
""", url="https://saeed-today.example/accidents/2025/09/15/minya-inheritance", outlet="بوابة الصعيد اليوم",
    published="2025-09-15",
    notes="Family murder over inheritance: ordinary crime that ACLED would not code. No event.")

art("m_dza_algiers_derby_football", """
صدى الملاعب الجزائري | الرابطة المحترفة الأولى
السبت 20 ديسمبر 2025

مولودية الجزائر تكتسح اتحاد العاصمة في "داربي" مثير

الجزائر — صدى الملاعب

حققت مولودية الجزائر فوزاً عريضاً على جارها اتحاد العاصمة بثلاثة أهداف مقابل هدف، مساء أمس الجمعة، في "داربي" العاصمة الذي احتضنه ملعب 5 جويلية الأولمبي أمام مدرجات ممتلئة عن آخرها.

وشن "العميد" هجوماً كاسحاً منذ صافرة البداية، وافتتح مهاجمه التسجيل بقذيفة صاروخية من خارج منطقة الجزاء في الدقيقة 12، قبل أن يضاعف النتيجة برأسية محكمة إثر ركنية. وانفجرت المدرجات فرحاً بالهدف الثالث الذي جاء بعد هجمة مرتدة خاطفة، فيما قلص الاتحاد الفارق من ركلة جزاء.

وقال مدرب المولودية في الندوة الصحفية إن لاعبيه "خاضوا معركة حقيقية وسيطروا على وسط الميدان"، مضيفاً أن "الحرب على اللقب لم تنته بعد". في المقابل، اعترف مدرب الاتحاد بأن فريقه "سقط في فخ" الضغط العالي للمنافس.

وجرى اللقاء في أجواء احتفالية بالألعاب النارية والأهازيج، ولم تُسجل أي أحداث شغب، حسب مصادر من المديرية العامة للأمن الوطني التي سخرت أكثر من ألفي شرطي لتأمين المباراة.

وبهذا الفوز، تنفرد المولودية بصدارة الترتيب برصيد 31 نقطة.

ترتيب البطولة | نتائج الجولة 14 | تعليقات القراء (56)
""", url="https://sada-malaib.example/ligue1/2025/12/20/derby", outlet="صدى الملاعب الجزائري",
    published="2025-12-20",
    notes="Sports report full of war metaphors (هجوم، قذيفة، انفجرت، معركة، الحرب، فخ); no unrest. No event.")

art("m_lby_tripoli_militias_analysis", """
مركز المتوسط للدراسات | تحليلات
الأحد 14 سبتمبر 2025
بقلم: باحث في الشؤون الليبية

طرابلس على حافة الانفجار: قراءة في موازين القوة بين التشكيلات المسلحة

تبدو العاصمة الليبية اليوم وكأنها تعيش هدنة هشة فوق برميل بارود. فمنذ المواجهات الدامية التي شهدتها المدينة في مايو الماضي، لم تتوقف التحشيدات العسكرية على تخوم أحياء سوق الجمعة وتاجوراء وجنزور، ولم تنقطع التسريبات عن استقدام أرتال من مصراتة والزاوية.

يمكن فهم المشهد من خلال ثلاث دوائر متداخلة: الأولى دائرة الحكومة التي تسعى إلى احتكار السلاح وتفكيك التشكيلات "الخارجة عن الشرعية"، والثانية دائرة القوى المحلية التي ترى في السلاح ضمانة لنفوذها الاقتصادي والاجتماعي، والثالثة دائرة الرعاة الإقليميين الذين يموّلون ويدربون ويتدخلون حين تقتضي مصالحهم.

السيناريو الأول، وهو الأرجح في المدى القصير، استمرار "الجمود المسلح": اشتباكات متقطعة محدودة، واغتيالات غامضة، وتفاهمات مؤقتة برعاية المجلس الرئاسي. أما السيناريو الثاني، فهو انفجار معركة شاملة قد تمتد إلى المطار والطريق الساحلي، بما يعنيه ذلك من قصف عشوائي للأحياء المكتظة ونزوح جماعي. ويبقى السيناريو الثالث، وهو تسوية شاملة لدمج التشكيلات في مؤسسة عسكرية موحدة، بعيد المنال ما لم يتغير ميزان الدعم الخارجي.

الخلاصة أن السؤال في طرابلس لم يعد "هل تندلع الحرب؟" بل "متى ومن يطلق الرصاصة الأولى؟". والمطلوب اليوم ضغط دولي جاد يربط أي دعم سياسي بخطوات ملموسة في ملف نزع السلاح.

الآراء الواردة تعبر عن رأي الكاتب ولا تعكس بالضرورة موقف المركز.
""", url="https://mutawassit-studies.example/analysis/2025/09/14/tripoli", outlet="مركز المتوسط للدراسات",
    published="2025-09-14",
    notes="Analysis with scenarios and conflict vocabulary; May's clashes are background. No event.")

art("m_yem_landmine_annual_report", """
المرصد اليمني للألغام
التقرير السنوي 2024 — ملخص تنفيذي
صدر في 20 يناير 2025

أولاً: الأرقام الرئيسية
- وثّق المرصد خلال عام 2024 سقوط 312 ضحية مدنية بسبب الألغام والعبوات ومخلفات الحرب غير المنفجرة في 14 محافظة يمنية، بينهم 98 قتيلاً و214 مصاباً.
- شكل الأطفال 41% من إجمالي الضحايا، معظمهم أثناء الرعي أو اللعب قرب المزارع.
- تصدرت محافظة الحديدة قائمة المحافظات الأكثر تضرراً، تلتها تعز ثم مأرب والجوف.

ثانياً: جهود الإزالة
أعلنت فرق نزع الألغام المحلية والدولية انتزاع أكثر من 45 ألف لغم وذخيرة غير منفجرة خلال العام، وتطهير نحو ثلاثة ملايين متر مربع من الأراضي الزراعية والطرقات، غير أن المساحات الملوثة ما زالت شاسعة.

ثالثاً: التحديات
يشير التقرير إلى نقص التمويل وغياب الخرائط الدقيقة لحقول الألغام، وانجراف الألغام بفعل السيول إلى مناطق كانت آمنة، إضافة إلى استمرار زراعة ألغام جديدة في بعض خطوط التماس.

رابعاً: التوصيات
- إنشاء قاعدة بيانات وطنية موحدة للضحايا.
- توفير الأطراف الصناعية وبرامج التأهيل.
- تكثيف حملات التوعية في المدارس والقرى الريفية.

تحميل التقرير الكامل (PDF) | للتواصل الإعلامي: media@yemen-mines.example
""", url="https://yemen-mines.example/reports/annual-2024", outlet="المرصد اليمني للألغام",
    published="2025-01-20",
    notes="Annual statistics report (yearly totals by province, no dated incident). No event.")

art("m_sdn_manama_ceasefire_talks", """
السودان الجديد | سياسة
الجمعة 30 مايو 2025

جولة جديدة من المحادثات غير المباشرة بين الجيش والدعم السريع تنتهي دون اتفاق

المنامة — السودان الجديد

اختتمت في المنامة، مساء أمس الخميس، جولة جديدة من المحادثات غير المباشرة بين وفدي القوات المسلحة السودانية وقوات الدعم السريع، دون التوصل إلى اتفاق على وقف إطلاق النار، وسط تبادل الاتهامات بين الطرفين بعرقلة المسار التفاوضي.

وقال مصدر مطلع على المحادثات لـ"السودان الجديد" إن الوسطاء قدموا مسودة تتضمن هدنة إنسانية لمدة ثلاثين يوماً، وفتح ممرات آمنة إلى الفاشر وكادقلي، وآلية مشتركة لمراقبة الالتزام، غير أن الخلاف تركز على انسحاب القوات من المدن وتبادل الأسرى.

وأضاف المصدر أن الوفدين اتفقا فقط على "مواصلة التشاور" وعقد جولة جديدة خلال شهر، من دون تحديد مكانها.

وفي بيان لاحق، اتهمت قيادة الجيش الطرف الآخر بـ"التنصل من التزامات جدة"، بينما قال مستشار لقائد الدعم السريع إن الجيش "يرهن قراره لجهات تريد استمرار الحرب".

ورحبت دول الوساطة باستمرار التواصل، داعية الطرفين إلى "إبداء المرونة" وتقديم مصلحة المدنيين الذين يواجهون خطر المجاعة في مناطق واسعة من البلاد.

وتدور الحرب في السودان منذ أبريل 2023، وأدت إلى مقتل عشرات الآلاف ونزوح أكثر من 12 مليون شخص، وفق تقديرات الأمم المتحدة.

اقرأ أيضاً: ارتفاع أسعار الوقود في بورتسودان
""", url="https://new-sudan.example/politics/2025/05/30/manama-talks", outlet="السودان الجديد",
    published="2025-05-30",
    notes="Negotiations ending without any agreement (only to keep talking); an Agreement event needs an actual "
          "agreement. War statistics are background. No event.")

art("m_sau_egy_joint_exercise", """
صحيفة الشمال السعودي | محليات
الأربعاء 12 نوفمبر 2025

انطلاق التمرين السعودي المصري المشترك "درع الصحراء 3"

تبوك — خاص

انطلقت، اليوم الأربعاء، فعاليات التمرين العسكري المشترك "درع الصحراء 3" بين القوات البرية الملكية السعودية والقوات المسلحة المصرية، في ميدان الرماية بالمنطقة الشمالية الغربية بتبوك، ويستمر أسبوعين.

وأوضح قائد التمرين من الجانب السعودي أن التمرين يهدف إلى تبادل الخبرات القتالية ورفع الجاهزية في تنفيذ العمليات المشتركة، ويتضمن رمايات بالذخيرة الحية بالمدفعية والدبابات، وإنزالاً جوياً بالمظلات، والتعامل مع هجوم افتراضي بطائرات مسيّرة معادية، إضافة إلى تدريبات على الحرب الإلكترونية.

وأشار إلى أن التمرين يأتي امتداداً للنسخ السابقة، ويعكس عمق العلاقات الاستراتيجية بين البلدين الشقيقين.

من جهته، قال ممثل القوات المصرية إن العناصر المشاركة "وصلت بكامل معداتها" وإنها ستنفذ مراحل التمرين وفق السيناريو المعد، وصولاً إلى المرحلة الختامية التي يحضرها كبار القادة العسكريين من البلدين.

ويشارك في التمرين مراقبون من عدد من الدول العربية، فيما تتولى وحدات الخدمات الطبية الميدانية والإسناد اللوجستي تأمين احتياجات القوات المشاركة طوال فترة التمرين.

#درع_الصحراء_3 | صور: المركز الإعلامي للتمرين
""", url="https://shamal-saudi.example/local/2025/11/12/desert-shield-3", outlet="صحيفة الشمال السعودي",
    published="2025-11-12",
    notes="Military exercise with live fire and a simulated drone attack: not an event.")

art("m_kwt_turkish_drones_deal", """
الكويت الاقتصادية اليوم | الاثنين 3 فبراير 2025

الكويت توقع صفقة لشراء طائرات مسيّرة تركية

الكويت — الكويت الاقتصادية اليوم

وقعت وزارة الدفاع الكويتية، أمس الأحد، عقداً مع شركة صناعات دفاعية تركية لشراء عدد من الطائرات المسيرة المسلحة من طراز "بيرقدار تي بي 2" مع محطات التحكم الأرضية والذخائر الموجهة وحزمة تدريب متكاملة، في صفقة لم تُكشف قيمتها رسمياً، وتقدرها مصادر بنحو 370 مليون دولار.

وقالت الوزارة في بيان إن الصفقة تأتي ضمن خطة تحديث القدرات الدفاعية للجيش الكويتي وتعزيز قدرات المراقبة والاستطلاع لحماية الحدود البرية والمياه الإقليمية، مشيرة إلى أن التسليم سيبدأ في العام المقبل.

وأضافت أن طواقم كويتية ستتلقى تدريباتها في تركيا على تشغيل الطائرات وصيانتها، على أن يجري لاحقاً توطين جزء من أعمال الصيانة داخل البلاد.

ويرى خبراء عسكريون أن الطائرات المسيرة التركية أثبتت فعاليتها في عدة نزاعات إقليمية، ما جعلها مطلوبة لدى جيوش المنطقة، في حين يشير آخرون إلى أهمية دمجها بمنظومات الدفاع الجوي القائمة.

وكانت الكويت قد وقعت خلال العامين الماضيين عقوداً لشراء مقاتلات ومنظومات دفاع جوي من الولايات المتحدة وأوروبا.

أسعار النفط | البورصة | العقار
""", url="https://kuwait-eco-today.example/2025/02/03/drones-deal", outlet="الكويت الاقتصادية اليوم",
    published="2025-02-03",
    notes="Arms deal: not an event.")

art("m_tcd_adre_refugee_appeal", """
نداء إنساني عاجل
الأمم المتحدة — مكتب تنسيق الشؤون الإنسانية (نسخة عربية غير رسمية)
نجامينا، 8 يوليو 2025

الشركاء الإنسانيون يطلقون نداءً بقيمة 280 مليون دولار لمواجهة تدفق اللاجئين السودانيين إلى شرق تشاد

أطلقت الأمم المتحدة وشركاؤها في العمل الإنساني، اليوم، نداءً عاجلاً لجمع 280 مليون دولار لتلبية الاحتياجات المنقذة للحياة لأكثر من 600 ألف لاجئ سوداني وصلوا إلى أقاليم واداي ووادي فيرا وسيلا منذ بداية الحرب في السودان، بينهم عشرات الآلاف وصلوا خلال الأسابيع الأخيرة عبر معبر أدري.

وقال المنسق المقيم للشؤون الإنسانية إن المخيمات في أدري وفرشانا "تجاوزت طاقتها الاستيعابية بأضعاف"، محذراً من أن موسم الأمطار يهدد بعزل مواقع بأكملها وانتشار الكوليرا والملاريا، وأن حصص الغذاء قد تُخفض إلى النصف بحلول أغسطس إذا لم تصل تمويلات جديدة.

وأشار النداء إلى أن كثيراً من القادمين الجدد، ومعظمهم من النساء والأطفال، رووا تعرضهم لأعمال عنف ونهب خلال فرارهم من دارفور، وأنهم بحاجة ماسة إلى الرعاية الصحية والدعم النفسي والمأوى.

ولم يتجاوز تمويل خطة الاستجابة لعام 2025 حتى الآن 18% من الاحتياجات.

للتبرع والاطلاع على خطة الاستجابة: www.humanitarian-chad.example
""", url="https://humanitarian-chad.example/appeals/2025-07-08", outlet="مكتب تنسيق الشؤون الإنسانية (نسخة عربية غير رسمية)",
    published="2025-07-08",
    notes="Humanitarian appeal; refugees' accounts of violence during flight are undated and unplaced. No event.")

art("m_nga_katsina_interview", """
حوار الأسبوع | مجلة أفريقيا والعالم
السبت 22 نوفمبر 2025

مستشار أمني في ولاية كاتسينا: "الحل العسكري وحده لن ينهي ظاهرة قطاع الطرق"

أجرى الحوار: مراسل المجلة في كانو

س: كيف تصفون الوضع الأمني في كاتسينا اليوم مقارنة بالعام الماضي؟
ج: هناك تحسن نسبي في بعض المناطق، خاصة على الطرق الرئيسية، لكننا لا نستطيع الحديث عن نهاية التهديد. العصابات ما زالت تتحرك في الغابات الحدودية مع زمفارا، وتستغل ضعف الوجود الأمني في القرى النائية.

س: ما زالت عمليات الخطف تتصدر الأخبار. لماذا؟
ج: لأنها تحولت إلى اقتصاد قائم بذاته. الفدية والمواشي المسروقة وتجارة السلاح تدر أموالاً طائلة. ما لم نجفف هذه المصادر، ستبقى العصابات قادرة على التجنيد.

س: هل ما زلتم تؤيدون الحوار مع زعماء العصابات؟
ج: جربنا اتفاقات سلام محلية في السابق، ونجح بعضها مؤقتاً، وفشل بعضها الآخر. أعتقد أن الحوار يجب أن يكون جزءاً من مقاربة شاملة، لا بديلاً عن فرض القانون.

س: وماذا عن مجموعات الدفاع الذاتي؟
ج: هي سلاح ذو حدين. ساعدت في حماية بعض القرى، لكنها ارتكبت أيضاً تجاوزات وأججت التوترات العرقية. نعمل على تنظيمها تحت إشراف الشرطة.

س: رسالتكم الأخيرة؟
ج: أطلب من الحكومة الاتحادية دعم التنمية في الأرياف: مدارس وطرق وفرص عمل للشباب. البندقية وحدها لن تكسب هذه الحرب.

— يُنشر الحوار كاملاً في العدد الورقي رقم 214
""", url="https://africa-world-mag.example/interviews/2025/11/22/katsina", outlet="مجلة أفريقيا والعالم",
    published="2025-11-22",
    notes="Q&A interview in general terms; no specific incident. No event.")

art("m_irq_kirkuk_soldiers_funeral", """
كركوك اليوم | الأحد 27 نيسان 2025

تشييع مهيب لثلاثة من جنود الفرقة الثامنة في الدبس

كركوك — كركوك اليوم

شيّع أهالي قضاء الدبس، اليوم الأحد، جثامين ثلاثة من منتسبي الفرقة الثامنة في الجيش العراقي، بعد تسلمها من دائرة الطب العدلي في كركوك، إثر استكمال الإجراءات الأصولية.

وكان الجنود الثلاثة قد قُتلوا في هجوم نفذه مسلحون من بقايا تنظيم داعش على نقطة مراقبة في وادي الشاي جنوب غربي كركوك الأسبوع الماضي، وهو الهجوم الذي أعلنت عنه خلية الإعلام الأمني في حينه.

وجابت مواكب التشييع شوارع القضاء وسط حضور رسمي وعشائري واسع، تقدمه قائد الفرقة وعدد من الضباط وشيوخ العشائر، قبل أن يُوارى الجنود الثرى في مقبرة القضاء على وقع إطلاق الأعيرة النارية التكريمية.

وقال قائد الفرقة في كلمة خلال مجلس العزاء إن "دماء الشهداء لن تذهب هدراً"، مؤكداً أن القطعات العسكرية تواصل عمليات ملاحقة الخلايا الإرهابية في الوادي وجبال حمرين، فيما طالب ذوو الضحايا بتعزيز النقاط المعزولة بالكاميرات الحرارية والأسلاك الشائكة.

وأعلنت الحكومة المحلية في كركوك الحداد ليوم واحد، وتكفلت بتعويض أسر الضحايا وتعيين أحد أفراد كل أسرة.

التعليقات (12) | أخبار ذات صلة: افتتاح جسر جديد على نهر الخاصة
""", url="https://kirkuk-today.example/2025/04/27/funeral", outlet="كركوك اليوم",
    published="2025-04-27",
    notes="Funeral of soldiers killed in an attack 'الأسبوع الماضي' (reported at the time, no day here): no new "
          "event. Ceremonial gunfire at the funeral is not an event.")

art("m_syr_opinion_transitional_justice", """
رأي | منبر الشام الحر
الخميس 6 آذار 2025

العدالة الانتقالية ليست ترفاً.. بل شرط للسلم الأهلي

بقلم: كاتب وناشط حقوقي سوري

بعد أشهر من سقوط النظام، ما زالت آلاف العائلات السورية تبحث عن قبور أبنائها. في كل حي من أحياء حمص وحلب ودوما، هناك أم تحمل صورة ابنها المختفي منذ 2012 أو 2013، وتسأل السؤال نفسه: أين هو؟

لقد عاش السوريون أكثر من عقد من القصف بالبراميل والحصار والتجويع والإخفاء القسري والمجازر الجماعية، من الحولة إلى الغوطة. وليس من المبالغة القول إن الذاكرة السورية مثقلة بجرائم تحتاج إلى عقود لتوثيقها ومحاسبة المسؤولين عنها.

غير أن الخطر اليوم يكمن في أمرين: الأول أن تتحول الرغبة المشروعة في المحاسبة إلى انتقام عشوائي يطال الأبرياء على أساس الطائفة أو المنطقة، والثاني أن تُطوى الصفحة باسم "المصالحة" دون كشف الحقيقة وجبر الضرر.

ما نحتاجه هو هيئة مستقلة للعدالة الانتقالية تملك صلاحيات حقيقية، وتتعاون مع المنظمات الدولية، وتفتح أرشيفات الأفرع الأمنية، وتضع برنامجاً لتعويض الضحايا. وما نحتاجه أيضاً قضاء نزيه يحاكم المتهمين بالأدلة لا بالشبهات.

إن بناء سوريا الجديدة لا يمكن أن يقوم على رمال من الأحقاد المكبوتة. فإما عدالة تعيد الثقة بين السوريين، وإما دوامة عنف جديدة لا يعلم أحد نهايتها.

المقالات المنشورة تعبر عن آراء كتابها.
""", url="https://minbar-sham.example/opinion/2025/03/06/transitional-justice", outlet="منبر الشام الحر",
    published="2025-03-06",
    notes="Opinion column; past massacres and disappearances are history mentioned in general. No event.")


art("m_egy_cairo_war_cinema_festival", """
أخبار الفن والثقافة | بوابة النيل الثقافية
الجمعة 21 نوفمبر 2025

"ذاكرة الرصاص".. أفلام الحرب تتصدر أسبوع السينما العربية في القاهرة

القاهرة — بوابة النيل الثقافية

افتتح مساء أمس الخميس بمسرح الهناجر في دار الأوبرا المصرية أسبوع السينما العربية المستقلة، الذي يحمل هذا العام عنوان "ذاكرة الرصاص"، ويعرض على مدى سبعة أيام 24 فيلماً روائياً ووثائقياً من سوريا والسودان واليمن وفلسطين ولبنان والعراق.

ويفتتح البرنامج فيلم وثائقي سوداني يتتبع رحلة عائلة نزحت من الخرطوم إلى أسوان هرباً من القصف والاشتباكات، فيما يعرض في الأيام التالية فيلم يمني عن أطفال فقدوا أطرافهم بسبب الألغام، وفيلم فلسطيني قصير صُوّر بالكامل بهاتف محمول داخل مخيم للنازحين.

وقالت مديرة الأسبوع في كلمة الافتتاح إن السينما "لا توقف الحروب، لكنها تمنع النسيان"، مؤكدة أن اختيار الأفلام راعى تقديم الضحايا بوصفهم بشراً لهم أحلام وحكايات لا مجرد أرقام في نشرات الأخبار.

ويتضمن البرنامج ندوات نقدية وورشة لصناع الأفلام الشباب حول توثيق النزاعات وأخلاقيات تصوير الضحايا، إضافة إلى معرض فوتوغرافي لمصورين صحفيين غطوا الحروب في المنطقة خلال العقد الأخير.

وشهد حفل الافتتاح حضوراً لافتاً لعدد من النجوم والنقاد والمخرجين العرب، وتُعرض الأفلام مجاناً للجمهور مع ترجمة إنجليزية.

مواعيد العروض | حجز المقاعد | شارك
""", url="https://nile-culture.example/cinema/2025/11/21/memory-of-bullets", outlet="بوابة النيل الثقافية",
    published="2025-11-21",
    notes="Culture: a film week about wars; no event.")


PART = gold_tools.BlindPart(ARTICLES, OUT, prefix="m_", script="_build_m.py", allowed_actors=frozenset(ALLOWED_ACTORS))
known_actor_eras = gold_tools.known_actor_eras
validate, check_directory, main = PART.validate, PART.check_directory, PART.main


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
