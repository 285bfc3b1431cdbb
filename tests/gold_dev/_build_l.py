"""Build and validate the dev gold set, part L (l_*.json), written BLIND.

Written blind, like parts H to K: the author did not open the coder (src/marsad/events/**), its trigger, modality,
non-event-cue or figure lexicons (src/marsad/data/triggers/**, modality.yaml, non_event_cues.yaml,
src/marsad/lang/ar/data/figures.yaml), any tests/test_coder_*.py, nor any gold article text (tests/gold_dev/*.json,
tests/gold_staging/**, tests/gold_holdout/**, the article definitions of the other build scripts), and did not run
the coder on these articles. What was read: /work/shared/gold/README.md (and its two JSON files, for the format),
/work/shared/reference/acled-taxonomy.md, tests/gold_tools.py, the scaffolding of tests/gold_dev/_build_h.py (header,
constants, final functions), the canonical actor names and eras of src/marsad/data/actors/*.yaml, and
`marsad gazetteer lookup` for some coordinates. All texts are original and fictional (invented incidents at real
places, invented outlets with .example domains). Regions: Egypt, Algeria, Tunisia, Morocco, Jordan, Saudi Arabia,
Iraq (mostly Kurdistan), Turkey, Iran, Chad, Niger, Burkina Faso, South Sudan; about 40% hard non-event articles.

Run:  python tests/gold_dev/_build_l.py          (write the files, then validate them)
      python tests/gold_dev/_build_l.py --check  (only validate the files on disk)
Checks: every l_*.json parses and has the gold keys; every evidence span occurs verbatim in its text; incident is
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
EGY_POL = "Police Forces of Egypt (2014-)"
DZA_POL = "Police Forces of Algeria"
MAR_POL = "Police Forces of Morocco"
JOR = "Military Forces of Jordan"
SAU_POL = "Police Forces of Saudi Arabia"
TUR = "Military Forces of Turkey"
TUR_POL = "Police Forces of Turkey"
PKK = "Kurdistan Workers' Party (PKK)"
ASAYISH = "Asayish (Kurdistan Region)"
PESHMERGA = "Military Forces of Iraq - Kurdistan Regional Government (Peshmerga)"
IRQ = "Military Forces of Iraq (2022-)"
IRQ_INTEL = "Intelligence Forces of Iraq (2022-)"
ISIS = "Islamic State (ISIS)"
IRN_POL = "Police Forces of Iran"
JAISH_ADL = "Jaish al-Adl"
TCD_POL = "Police Forces of Chad (2021-)"
NER = "Military Forces of Niger (2023-)"
ISSP = "Islamic State Sahel Province (ISSP)"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"


# place key -> (country, admin1, location, lat, lon); coordinates from general knowledge, cross-checked against
# `marsad gazetteer lookup` where it knows the place (Sidakan, Kani Masi, Banibangou, Makhmour it does not know).
PLACES = {
    "tahta": ("Egypt", "Sohag", "Tahta, Sohag", 26.77, 31.50),
    "sougueur": ("Algeria", "Tiaret", "Sougueur, Tiaret", 35.19, 1.50),
    "chaambi": ("Tunisia", "Kasserine", "Jebel Chaambi, Kasserine", 35.21, 8.66),
    "fnideq": ("Morocco", "Tanger-Tetouan-Al Hoceima", "Fnideq, Tanger-Tetouan-Al Hoceima", 35.85, -5.36),
    "ruwayshid": ("Jordan", "Mafraq", "Ar Ruwayshid, Mafraq", 32.50, 38.20),
    "awamiyah": ("Saudi Arabia", "Eastern Province", "Al-Awamiyah, Eastern Province", 26.59, 49.98),
    "sidakan": ("Iraq", "Erbil", "Sidakan, Erbil", 36.80, 44.67),
    "kani_masi": ("Iraq", "Duhok", "Kani Masi, Duhok", 37.23, 43.42),
    "sulaymaniyah": ("Iraq", "Sulaymaniyah", "Sulaymaniyah, Sulaymaniyah", 35.57, 45.43),
    "tuz": ("Iraq", "Salah al-Din", "Tuz Khurmatu, Salah al-Din", 34.89, 44.63),
    "makhmour": ("Iraq", "Erbil", "Makhmour, Erbil", 35.78, 43.58),
    "kirkuk": ("Iraq", "Kirkuk", "Kirkuk, Kirkuk", 35.47, 44.39),
    "qurna": ("Iraq", "Basra", "Al-Qurna, Basra", 31.01, 47.43),
    "sisli": ("Turkey", "Istanbul", "Sisli, Istanbul", 41.06, 28.99),
    "kadikoy": ("Turkey", "Istanbul", "Kadikoy, Istanbul", 40.99, 29.03),
    "rask": ("Iran", "Sistan and Baluchestan", "Rask, Sistan and Baluchestan", 26.24, 61.40),
    "goundi": ("Chad", "Mandoul", "Goundi, Mandoul", 9.36, 17.37),
    "banibangou": ("Niger", "Tillaberi", "Banibangou, Tillaberi", 15.04, 2.70),
    "arbinda": ("Burkina Faso", "Sahel", "Arbinda, Sahel", 14.23, -0.86),
    "tonj": ("South Sudan", "Warrap", "Tonj, Warrap", 7.27, 28.68),
}


ev = partial(make_event, PLACES)
ARTICLES: dict[str, dict] = {}
art = partial(add_article, ARTICLES)


# ============================================================================================ event articles
art("l_egy_tahta_clan_feud", """
صوت الصعيد | الرئيسية | محافظات | حوادث | رياضة | اتصل بنا

سوهاج: ثأر قديم يشعل قرية بطهطا.. ٣ قتلى و٧ مصابين وارتفاع الحصيلة إلى ٤

كتب: محمود عبد الرحيم
الثلاثاء 18 مارس 2025 - 11:05 ص

تجددت الخصومة الثأرية بين عائلتين كبيرتين بإحدى قرى مركز طهطا شمال محافظة سوهاج، عصر أمس الاثنين، حين تبادل أفراد من العائلتين إطلاق النيران بالأسلحة الآلية في الشارع الرئيسي للقرية، ما أسفر عن مصرع ثلاثة أشخاص وإصابة سبعة آخرين بطلقات نارية متفرقة، نُقلوا إلى مستشفى طهطا العام.

وفي ساعة متأخرة من الليل أعلنت مصادر طبية وفاة أحد المصابين متأثراً بجراحه، لترتفع حصيلة القتلى إلى ٤، بينهم شاب في العشرين من عمره كان عائداً من عمله ولا صلة له بالنزاع بحسب الأهالي.

وتعود جذور الخصومة إلى عام 2019، عندما قُتل أحد أبناء العائلة الأولى في مشاجرة على قطعة أرض زراعية، وظلت القرية منذ ذلك الحين تعيش على وقع التهديدات المتبادلة رغم جلسات الصلح العرفية التي رعاها كبار العائلات بالمحافظة.

وانتقلت قوات الأمن بقيادة مدير إدارة البحث الجنائي إلى موقع الحادث، وفرضت كردوناً أمنياً حول منازل العائلتين منعاً لتجدد الاشتباكات، وتمكنت من ضبط ٩ من المشاركين في إطلاق النار وبحوزتهم ٥ بنادق آلية، فيما تتواصل جهود ضبط باقي المتهمين الهاربين إلى الزراعات.

وأُخطرت النيابة العامة التي أمرت بتشريح الجثامين وحبس المضبوطين أربعة أيام على ذمة التحقيقات، وشُيّعت جثامين الضحايا ظهر اليوم وسط إجراءات أمنية مشددة، فيما ناشد نواب المركز الأزهر ولجان المصالحات التدخل لاحتواء الموقف قبل أن يتسع.

اقرأ أيضاً:
- مصرع عامل وإصابة اثنين في حادث تصادم على الطريق الصحراوي الغربي
- محافظ سوهاج يتفقد أعمال رصف طريق المراغة

شارك الخبر: فيسبوك | تويتر | واتساب
""", url="https://sawt-alsaeed.example/accidents/2025/03/18/tahta-feud", outlet="صوت الصعيد",
    published="2025-03-18", incident="tahta-clan-feud-2025-03-17",
    events=[
        ev(B, "Armed clash", "2025-03-17", clan("Egypt"), clan("Egypt"), "tahta", 4,
           "تبادل أفراد من العائلتين إطلاق النيران بالأسلحة الآلية في الشارع الرئيسي للقرية"),
        ev(S, "Arrests", "2025-03-17", EGY_POL, clan("Egypt"), "tahta", None,
           "تمكنت من ضبط ٩ من المشاركين في إطلاق النار", optional=True),
    ],
    notes="Clan feud coded as an armed clash between two unidentified clan militias. Toll: 3 killed, then the "
          "explicit revision 'لترتفع حصيلة القتلى إلى ٤' (Eastern digits) replaces it: 4. The 2019 killing is "
          "background. The arrests by the police follow the clash (date assumed the same day), optional. The village "
          "is not named; coded to the markaz town Tahta.")

art("l_dza_sougueur_water_protest", """
الوسط الغربي — أخبار الولايات
تيارت | الأربعاء 09 جويلية 2025

بسبب انقطاع الماء الشروب منذ 20 يوماً.. سكان حي بالسوقر يغلقون الطريق الوطني والدرك يتدخل

أقدم العشرات من سكان حي 500 مسكن ببلدية السوقر جنوب ولاية تيارت، صبيحة أمس الثلاثاء، على غلق الطريق الوطني رقم 40 بالحجارة والعجلات المطاطية المشتعلة، احتجاجاً على انقطاع الماء الشروب عن حنفياتهم منذ قرابة ثلاثة أسابيع في عز موجة الحر.

وحسب ما عاينته "الوسط الغربي"، فقد تسبب غلق الطريق في شلل تام لحركة المرور بين السوقر وعاصمة الولاية لساعات، واضطر سائقو الشاحنات إلى سلك طرق ريفية. وتدخلت وحدات من الدرك الوطني في حدود منتصف النهار لإعادة فتح الطريق، واستعملت الغاز المسيل للدموع لتفريق المحتجين بعد رفضهم مغادرة المكان، وأفادت مصادر محلية بتوقيف أربعة شبان قبل إطلاق سراحهم في المساء، ولم تُسجّل أي إصابات.

وقال أحد المحتجين، وهو أب لخمسة أطفال: "نحن لا نطلب المستحيل، نريد الماء فقط. راسلنا البلدية ومؤسسة الجزائرية للمياه منذ جوان ولا أحد يرد علينا".

من جهتها، أرجعت وحدة الجزائرية للمياه بتيارت الانقطاع إلى عطب في مضخة رئيسية بمحطة الضخ، مؤكدة أن التموين سيعود تدريجياً قبل نهاية الأسبوع، فيما وعد رئيس الدائرة بزيارة الحي والاستماع إلى انشغالات السكان.

يُذكر أن عدة أحياء بالسوقر وفرندة شهدت الصيف الماضي احتجاجات مماثلة للسبب ذاته، انتهت بتدخل الوالي وتخصيص صهاريج لتموين السكان.

تابعونا على: فيسبوك | يوتيوب
© الوسط الغربي 2025 — جميع الحقوق محفوظة
""", url="https://elwasat-gharbi.example/wilayas/tiaret/sougueur-eau", outlet="الوسط الغربي",
    published="2025-07-09", incident="sougueur-water-protest-2025-07-08",
    events=[
        ev(P, "Protest with intervention", "2025-07-08", protesters("Algeria"), DZA_POL, "sougueur", 0,
           "استعملت الغاز المسيل للدموع لتفريق المحتجين"),
    ],
    notes="Road blocked with stones and burning tyres, no attack on people or property: a protest, not a riot. "
          "The gendarmerie (الدرك الوطني) is coded as Police Forces of Algeria; tear gas and four brief detentions "
          "make it 'Protest with intervention'. 'لم تُسجّل أي إصابات' -> 0 deaths. Last summer's protests are "
          "background. Maghrebi month names (جويلية، جوان).")

art("l_tun_chaambi_landmine", """
وكالة الساحل للأنباء — وطنية

بلاغ: وفاة راعٍ وإصابة شقيقه في انفجار لغم بسفح جبل الشعانبي

تونس، 22 أفريل 2025 (وسأ) — أفادت وزارة الدفاع الوطني، في بلاغ أصدرته صباح اليوم الثلاثاء، بأن "لغماً تقليدي الصنع انفجر حوالي الساعة الخامسة من مساء أمس الاثنين 21 أفريل 2025 بمنطقة عين الحمادنة من سفح جبل الشعانبي بولاية القصرين، أثناء مرور مواطنَين اثنين يرعيان قطيعاً من الأغنام، مما أسفر عن وفاة أحدهما على عين المكان وإصابة الآخر بجروح بليغة على مستوى الساقين".

وأضاف البلاغ أن الجريح نُقل على متن مروحية عسكرية إلى المستشفى الجهوي بالقصرين، ثم إلى المستشفى العسكري بتونس، وأن حالته الصحية مستقرة. وأكدت الوزارة أن المنطقة المذكورة تقع ضمن منطقة العمليات العسكرية المغلقة، وجددت دعوتها المواطنين إلى "عدم الدخول إليها لخطورتها وعدم الاقتراب من الأجسام المشبوهة والإبلاغ عنها فوراً".

ولم تتبنَّ أي جهة زرع اللغم، غير أن مصادر أمنية رجّحت أن يكون من بقايا الألغام التي زرعتها عناصر إرهابية في المرتفعات الغربية خلال السنوات الماضية لاستهداف دوريات الجيش والحرس الوطني.

وتعيد هذه الحادثة إلى الأذهان سلسلة انفجارات مماثلة شهدتها جبال الشعانبي والسلوم وسمامة منذ 2013، أودت بحياة عدد من العسكريين والمدنيين، وكان آخرها في صائفة 2023.

ومن المنتظر أن تُشيَّع جنازة الفقيد عصر اليوم بمسقط رأسه، وسط حالة من الحزن والغضب في صفوف الأهالي الذين يطالبون منذ سنوات بتطهير المراعي المحاذية للجبل.

الكلمات المفتاحية: القصرين، الشعانبي، لغم، وزارة الدفاع
""", url="https://wsa-news.example/national/2025/04/22/chaambi-mine", outlet="وكالة الساحل للأنباء",
    published="2025-04-22", incident="chaambi-landmine-2025-04-21",
    events=[
        ev(E, "Remote explosive/landmine/IED", "2025-04-21", uag("Tunisia"), civ("Tunisia"), "chaambi", 1,
           "لغماً تقليدي الصنع انفجر حوالي الساعة الخامسة من مساء أمس الاثنين 21 أفريل 2025"),
    ],
    notes="A communiqué quoted by a news agency. The planter is not named ('عناصر إرهابية', presumably a leftover "
          "of the militants active on the western heights): Unidentified Armed Group (Tunisia); an ACLED coder might "
          "also attribute it to the Okba Ibn Nafaa Brigade. 1 dead, 1 wounded. The 2013-2023 explosions are "
          "background; the funeral is not an event.")

art("l_mar_fnideq_mob", """
الشمال بريس | الرئيسية | جهات | مجتمع | رياضة | كتاب وآراء
نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك على الموقع. [موافق] [المزيد]

الفنيدق: مواجهات بين شبان وقوات الأمن بعد منع محاولة "العبور الجماعي" وتوقيف 23 شخصاً

الفنيدق — الشمال بريس
الثلاثاء 16 شتنبر 2025 - 10:42

شهدت مدينة الفنيدق، مساء الأحد 14 شتنبر الجاري وإلى ساعة متأخرة من الليل، مواجهات عنيفة بين مئات الشبان والقاصرين، قدم أغلبهم من مدن أخرى، وعناصر القوات العمومية، بعدما منعتهم هذه الأخيرة من الاقتراب من السياج الحدودي مع مدينة سبتة، استجابة لدعوات انتشرت على مواقع التواصل الاجتماعي للعبور الجماعي سباحة.

ورشق الشبان عناصر الأمن بالحجارة وأضرموا النار في حاويات للأزبال وألحقوا أضراراً بواجهات محلات تجارية قرب الكورنيش، ما أسفر عن إصابة 11 عنصراً من الأمن الوطني والقوات المساعدة بجروح متفاوتة الخطورة، إضافة إلى عدد من الشبان، دون تسجيل أي وفيات، حسب بلاغ للسلطات المحلية بعمالة المضيق-الفنيدق.

وأفاد البلاغ نفسه بأن المصالح الأمنية أوقفت 23 شخصاً، بينهم تسعة قاصرين، يشتبه في تورطهم في أعمال العنف والتخريب، وأن البحث جارٍ تحت إشراف النيابة العامة المختصة لتحديد المسؤوليات وتوقيف باقي المتورطين.

وليست هذه المرة الأولى التي تعيش فيها المدينة على وقع مثل هذه الأحداث؛ ففي شتنبر من السنة الماضية حاول آلاف الشبان العبور نحو سبتة، وانتهت المحاولة بتوقيف العشرات وترحيلهم إلى مدنهم.

وطالبت هيئات حقوقية محلية بفتح نقاش جدي حول الأسباب الاجتماعية التي تدفع الشباب إلى المغامرة بحياتهم، بدل الاكتفاء بالمقاربة الأمنية.

اقرأ أيضا
» تطوان: افتتاح الموسم الدراسي الجديد وسط خصاص في الأطر
» المضيق: حجز 3 أطنان من مخدر الشيرا على متن شاحنة

شارك المقال: فيسبوك تويتر واتساب
جميع الحقوق محفوظة © الشمال بريس 2025
""", url="https://chamal-press.example/regions/fnideq-mowajahat", outlet="الشمال بريس",
    published="2025-09-16", incident="fnideq-mass-crossing-2025-09-14",
    events=[
        ev(R, "Mob violence", "2025-09-14", rioters("Morocco"), MAR_POL, "fnideq", 0,
           "ورشق الشبان عناصر الأمن بالحجارة وأضرموا النار في حاويات للأزبال"),
        ev(S, "Arrests", "2025-09-14", MAR_POL, rioters("Morocco"), "fnideq", None,
           "المصالح الأمنية أوقفت 23 شخصاً", optional=True),
    ],
    notes="Would-be migrants, not demonstrators with a demand, stoning the police: coded Riots / Mob violence "
          "(Violent demonstration is defensible). 'دون تسجيل أي وفيات' -> 0. Arrests date not given, assumed the "
          "night of the clashes; optional. Last year's crossing attempt is background. Moroccan month شتنبر; cookie "
          "banner and read-also block are boilerplate (the hashish seizure there is not an event).")

art("l_jor_ruwayshid_smugglers", """
صدى البادية — محليات

القوات المسلحة: مقتل 3 مهربين وإحباط تهريب كميات كبيرة من المخدرات على الواجهة الشرقية

عمّان - صدى البادية
الاثنين، 27 كانون الثاني 2025

قال مصدر عسكري مسؤول في القيادة العامة للقوات المسلحة الأردنية - الجيش العربي، إن المنطقة العسكرية الشرقية، وبالتنسيق مع إدارة مكافحة المخدرات، أحبطت فجر اليوم الاثنين محاولة تسلل وتهريب كميات كبيرة من المواد المخدرة قادمة من الأراضي السورية، في منطقة قريبة من بلدة الرويشد.

وأوضح المصدر أن قوات حرس الحدود رصدت مجموعة من المهربين المسلحين أثناء محاولتهم اجتياز الحدود بطريقة غير مشروعة مستغلين الأحوال الجوية السائدة، وطبّقت قواعد الاشتباك، فبادلها المهربون إطلاق النار، ما أدى إلى مقتل ثلاثة منهم وإصابة آخرين وفرار البقية إلى داخل العمق السوري، فيما لم يُصب أي من أفراد القوة بأذى.

وأضاف أنه جرى تفتيش المنطقة وضبط مليون ومئتي ألف حبة كبتاغون وكميات من مادة الحشيش، وتحويل المضبوطات إلى الجهات المختصة.

وأكد المصدر أن القوات المسلحة "ستتعامل بكل قوة وحزم مع أي تهديد على الواجهات الحدودية، وستضرب بيد من حديد كل من تسول له نفسه العبث بأمن الوطن ومحاولة المساس به".

وبحسب أرقام سابقة للقوات المسلحة، فقد أُحبطت منذ مطلع العام الحالي 14 محاولة تهريب على الحدود الشمالية والشرقية، في حين تقول مصادر عسكرية إن عصابات التهريب باتت تلجأ إلى الطائرات المسيرة والأحوال الجوية السيئة لتمرير شحناتها.

أخبار ذات صلة
• الملك يلتقي شيوخ ووجهاء البادية الشمالية
• انخفاض على درجات الحرارة وأمطار متفرقة مساء الثلاثاء
""", url="https://sada-albadia.example/local/2025/01/27/smugglers-east", outlet="صدى البادية",
    published="2025-01-27", incident="ruwayshid-smuggling-clash-2025-01-27",
    events=[
        ev(B, "Armed clash", "2025-01-27", JOR, uag("Syria"), "ruwayshid", 3,
           "طبّقت قواعد الاشتباك، فبادلها المهربون إطلاق النار، ما أدى إلى مقتل ثلاثة منهم"),
    ],
    notes="Army statement relayed by a local site. Border guards opened fire first (rules of engagement), the "
          "smugglers fired back: armed clash, army as actor1; smugglers coming from Syria -> Unidentified Armed "
          "Group (Syria). Place 'قريبة من بلدة الرويشد' coded to Ar Ruwayshid (Mafraq). The seizure, the threat "
          "'ستضرب بيد من حديد' and the 14 attempts since January are not events.")

art("l_sau_awamiyah_raid", """
الرياض 14 / 11 / 1446 هـ الموافق 12 مايو 2025 م — وكالة واحة الخليج

المتحدث الرسمي لرئاسة أمن الدولة: مقتل مطلوبَين أمنياً بادرا بإطلاق النار على رجال الأمن في العوامية

صرّح المتحدث الرسمي لرئاسة أمن الدولة بأنه إلحاقاً لما سبق الإعلان عنه بشأن المطلوبين للجهات الأمنية، فقد رصدت الجهات المختصة مساء أمس الأحد 13 / 11 / 1446هـ الموافق 11 مايو 2025م وجود اثنين من المطلوبين داخل مزرعة في بلدة العوامية بمحافظة القطيف، وعند محاصرة الموقع ومطالبتهما بتسليم نفسيهما بادرا بإطلاق النار بشكل كثيف تجاه رجال الأمن، ما اقتضى التعامل معهما بما يحيّد خطرهما، ونتج عن ذلك مقتلهما، واستشهاد الجندي أول عبدالله بن سعد القحطاني، وإصابة اثنين من رجال الأمن بإصابات غير خطرة، وجاري استكمال الإجراءات النظامية.

وأوضح المتحدث أنه ضُبط في الموقع سلاحان رشاشان وكمية من الذخيرة، وأن المطلوبين متورطان في جرائم إطلاق نار سابقة على دوريات أمنية في المحافظة، وفي الاتجار بالأسلحة.

وأكدت رئاسة أمن الدولة أنها "ماضية في ملاحقة كل من يحاول المساس بأمن الوطن واستقراره"، داعيةً كل من لديه معلومات عن أي من المطلوبين إلى الإبلاغ عنها عبر الرقم 990، مع تأكيد سرية المعلومات.

وفي وقت لاحق، نعت إمارة المنطقة الشرقية الجندي الشهيد، وأدّت جموع من المواطنين صلاة الميت عليه عصر اليوم في جامع بمدينة الدمام، بحضور عدد من القيادات الأمنية، حيث قدّم المسؤولون التعازي لذويه.

— انتهى —
""", url="https://waha-gulf.example/ar/news/2025/05/12/awamiyah", outlet="وكالة واحة الخليج",
    published="2025-05-12", incident="awamiyah-raid-2025-05-11",
    events=[
        ev(B, "Armed clash", "2025-05-11", SAU_POL, uag("Saudi Arabia"), "awamiyah", 3,
           "عند محاصرة الموقع ومطالبتهما بتسليم نفسيهما بادرا بإطلاق النار بشكل كثيف تجاه رجال الأمن"),
    ],
    notes="Security raid that turned into a firefight: 2 wanted men + 1 soldier killed = 3. The State Security "
          "Presidency is coded as Police Forces of Saudi Arabia. Actor1 = the security forces, who initiated the "
          "operation (the wanted men fired first only once surrounded) - debatable. Hijri and Gregorian date both "
          "given. The funeral prayer and the earlier shootings the men are accused of are not events.")

art("l_irq_krd_turkish_strikes", """
كوردستان 24 ساعة | آخر الأخبار | كوردستان | العراق | اقتصاد

مسيّرة تركية تقتل اثنين في سيدكان.. والمدفعية تقصف قرى في العمادية

أربيل - كوردستان 24 ساعة
الأربعاء 4 حزيران 2025

قُتل شخصان، ظهر اليوم الأربعاء، بغارة لطائرة مسيّرة تركية استهدفت سيارة رباعية الدفع على طريق ترابي قرب ناحية سيدكان التابعة لقضاء سوران في محافظة أربيل.

وقال مدير ناحية سيدكان، إحسان جلبي، لـ"كوردستان 24 ساعة" إن "القتيلين ينتميان إلى حزب العمال الكردستاني، والسيارة احترقت بالكامل"، مشيراً إلى أن الفرق المختصة نقلت الجثتين إلى مستشفى سوران.

من جهتها، قالت وزارة الدفاع التركية في تغريدة إن قواتها "حيّدت إرهابيين اثنين" في منطقة عمليات "المخلب-القفل" شمالي العراق، من دون أن تحدد مكان العملية.

وفي سياق متصل، أفاد مسؤولون محليون بأن المدفعية التركية قصفت مساء أمس الثلاثاء أطراف ثلاث قرى في ناحية كاني ماسي التابعة لقضاء العمادية في محافظة دهوك، ما ألحق أضراراً بالبساتين وأشعل حرائق في الأحراش، من دون وقوع إصابات بشرية.

وتقول منظمة فرق صناع السلام المسيحية (CPT) إن القوات التركية نفذت أكثر من 800 هجوم داخل إقليم كوردستان منذ مطلع العام الحالي، وإن عشرات القرى الحدودية أُفرغت من سكانها خلال السنوات الأخيرة.

وتنفذ تركيا منذ عام 2019 عمليات عسكرية متتالية ضد مقاتلي حزب العمال في جبال الإقليم، وسط انتقادات من بغداد التي تعتبرها انتهاكاً للسيادة العراقية، فيما طالب نواب كورد الحكومة الاتحادية بـ"موقف حازم" إزاء تكرار الهجمات.

شارك: فيسبوك | تويتر | تيليغرام
""", url="https://kurdistan24saat.example/ar/story/sidakan-drone", outlet="كوردستان 24 ساعة",
    published="2025-06-04", incident="sidakan-drone-strike-2025-06-04",
    events=[
        ev(E, "Air/drone strike", "2025-06-04", TUR, PKK, "sidakan", 2,
           "قُتل شخصان، ظهر اليوم الأربعاء، بغارة لطائرة مسيّرة تركية استهدفت سيارة رباعية الدفع"),
        ev(E, "Shelling/artillery/missile attack", "2025-06-03", TUR, None, "kani_masi", 0,
           "المدفعية التركية قصفت مساء أمس الثلاثاء أطراف ثلاث قرى في ناحية كاني ماسي"),
    ],
    notes="Two distinct events: the drone strike near Sidakan today (2 PKK members per the sub-district director "
          "and the Turkish ministry) and artillery shelling of Kani Masi villages yesterday ('من دون وقوع إصابات "
          "بشرية' -> 0, no target named -> actor2 null). The CPT tally of 800 attacks and the 2019 background are "
          "not events. Levantine/Iraqi month حزيران.")

art("l_irq_krd_suly_teachers_protest", """
صحيفة "السليمانية الجديدة" — العدد 2871

الأسايش تفرّق تظاهرة للمعلمين بالغاز المسيل للدموع وتحتجز صحفيين في السليمانية

السليمانية / خاص
الاثنين 10 شباط 2025

فرّقت قوات الأسايش، صباح أمس الأحد، تظاهرة نظّمها مئات المعلمين والموظفين أمام مبنى مجلس محافظة السليمانية، للمطالبة بصرف رواتبهم المتأخرة منذ ثلاثة أشهر وتوطينها في المصارف الاتحادية.

وأفاد مراسل الصحيفة بأن عناصر الأسايش أطلقوا الغاز المسيل للدموع واعتدوا بالهراوات على عدد من المتظاهرين بعد محاولتهم التوجه نحو الشارع العام، ما أدى إلى إصابة ثلاثة معلمين بحالات اختناق نُقلوا على إثرها إلى مستشفى الطوارئ، كما احتجزت القوات مراسلَين لقناتين محليتين لعدة ساعات وصادرت معداتهما قبل أن تطلق سراحهما مساءً.

وقال أحد منظمي التظاهرة، المعلم آرام محمد، إن "المعلمين لم يحملوا سوى لافتات تطالب بحقهم في الراتب، ولم يعتدوا على أحد"، مؤكداً أن الاحتجاجات "ستستمر وستتوسع إلى إدارات كرميان ورانية في الأيام المقبلة إذا لم تستجب الحكومة".

في المقابل، قالت مديرية أسايش السليمانية في بيان إن قواتها "تعاملت وفق القانون مع مجموعة حاولت إغلاق الطريق وتعطيل مصالح المواطنين"، نافيةً استهداف الصحفيين.

ويشهد إقليم كوردستان منذ عام 2015 موجات متكررة من احتجاجات الموظفين بسبب تأخر الرواتب وتقليصها، على خلفية الخلافات المالية بين أربيل وبغداد حول إيرادات النفط والموازنة الاتحادية.

وأدانت نقابة صحفيي كوردستان "الاعتداء على الصحفيين"، ودعت إلى محاسبة المسؤولين عنه.
""", url="https://suly-jadida.example/ar/2871/teachers", outlet="السليمانية الجديدة",
    published="2025-02-10", incident="sulaymaniyah-teachers-protest-2025-02-09",
    events=[
        ev(P, "Protest with intervention", "2025-02-09", protesters("Iraq"), ASAYISH, "sulaymaniyah", None,
           "فرّقت قوات الأسايش، صباح أمس الأحد، تظاهرة نظّمها مئات المعلمين والموظفين"),
    ],
    notes="Tear gas, batons and the brief detention of two reporters belong to the one protest event (intervention "
          "rather than excessive force: no deaths, light injuries). No death figure given -> null. The threat to "
          "extend the protests and the 2015 background are not events.")

art("l_tur_istanbul_women_march", """
أنقرة بوست عربي | تركيا | سياسة | اقتصاد | منوعات

الشرطة التركية تمنع مسيرة نسائية في شيشلي وتحتجز 37 مشاركة.. وتجمّع سلمي في كاديكوي

إسطنبول - أنقرة بوست عربي
26 نوفمبر 2025

منعت الشرطة التركية، مساء أمس الثلاثاء، مئات النساء من السير نحو ميدان تقسيم في إسطنبول بمناسبة اليوم الدولي للقضاء على العنف ضد المرأة، واستخدمت رذاذ الفلفل والدروع لتفريق المشاركات في حي شيشلي، واحتجزت 37 منهن وفق ما أعلنته منصة "سنوقف قتل النساء".

وكانت ولاية إسطنبول قد أعلنت قبل يومين إغلاق ميدان تقسيم وعدد من محطات المترو المحيطة به "لدواعٍ أمنية"، وهو الإجراء المتكرر منذ سنوات في مناسبات مماثلة. وأطلق سراح المحتجزات في ساعة متأخرة من الليل بعد أخذ إفاداتهن.

وفي الجانب الآسيوي من المدينة، تجمّع آلاف الأشخاص في ساحة الرصيف البحري بحي كاديكوي، ورفعوا لافتات تحمل أسماء نساء قُتلن خلال العام، وردّدوا هتافات تطالب بالعودة إلى اتفاقية إسطنبول، قبل أن يتفرقوا بهدوء دون تدخل من الشرطة.

وتقول منصة "سنوقف قتل النساء" إن 312 امرأة قُتلن على أيدي رجال في تركيا منذ بداية العام، في حين قُتلت 394 امرأة في عام 2024 بأكمله، وفق إحصائها السنوي.

وقالت متحدثة باسم المنصة: "لن نصمت، وسنعود إلى الشوارع في كل مرة يُسلب فيها حق امرأة في الحياة".

اقرأ أيضاً: الليرة التركية تتراجع أمام الدولار بعد قرار الفائدة
""", url="https://ankarapost-arabi.example/turkey/women-march-sisli", outlet="أنقرة بوست عربي",
    published="2025-11-26", incident="istanbul-women-march-2025-11-25",
    events=[
        ev(P, "Protest with intervention", "2025-11-25", protesters("Turkey"), TUR_POL, "sisli", None,
           "استخدمت رذاذ الفلفل والدروع لتفريق المشاركات في حي شيشلي، واحتجزت 37 منهن"),
        ev(P, "Peaceful protest", "2025-11-25", protesters("Turkey"), None, "kadikoy", None,
           "تجمّع آلاف الأشخاص في ساحة الرصيف البحري بحي كاديكوي"),
    ],
    notes="Two protests the same evening in two districts of Istanbul, one dispersed (pepper spray, 37 detained) "
          "and one peaceful; they are separate ACLED events though within 10 km of each other. The femicide "
          "statistics (312 women this year) are not events. No fatalities figure for the protests -> null.")

art("l_irn_rask_police_attack", """
طهران، 26 تشرين الأول/أكتوبر 2025 (وكالة المشرق الدولية) - قُتل خمسة من عناصر الشرطة الإيرانية على الأقل، فجر اليوم الأحد، في هجوم شنه مسلحون على مركز للشرطة في مدينة راسك بمحافظة سيستان وبلوشستان جنوب شرقي البلاد، حسبما أفادت وسائل إعلام رسمية.

وقال نائب محافظ سيستان وبلوشستان للشؤون الأمنية إن "مجموعة إرهابية مؤلفة من نحو عشرة مسلحين هاجمت المركز من عدة محاور مستخدمة أسلحة خفيفة وقذائف آر بي جي"، مضيفاً أن الاشتباكات استمرت قرابة ساعتين قبل أن تتمكن قوات الشرطة بمساندة الحرس الثوري من صد الهجوم وقتل ثلاثة من المهاجمين.

وفي وقت لاحق، أعلنت جماعة "جيش العدل" البلوشية المعارضة مسؤوليتها عن الهجوم في بيان نشرته على قناتها في تلغرام، قائلة إنه جاء "رداً على القمع الممنهج للبلوش".

وذكرت وكالة الأنباء الرسمية لاحقاً أن حصيلة القتلى في صفوف الشرطة ارتفعت إلى سبعة، بعد وفاة اثنين من المصابين متأثرين بجروحهما في مستشفى زاهدان، فيما لا يزال أربعة آخرون يتلقون العلاج.

ويأتي الهجوم بعد نحو عامين من هجوم مماثل استهدف مقرات أمنية في راسك وتشابهار، وأسفر آنذاك عن مقتل أكثر من عشرة من عناصر الأمن. وتشهد المحافظة الفقيرة المحاذية لباكستان وأفغانستان اشتباكات متكررة بين قوات الأمن ومسلحين بلوش وعصابات تهريب.

وأدانت وزارة الخارجية الإيرانية "الهجوم الإرهابي الجبان"، متهمة "أطرافاً أجنبية" بدعم الجماعة، فيما توعد قائد الشرطة "بملاحقة الجناة حتى آخر فرد". ومن المقرر أن تُشيَّع جثامين القتلى غداً في زاهدان.

(انتهى) م.ش/ع.ك
""", url="https://almashreq-intl.example/wire/2025/10/26/rask", outlet="وكالة المشرق الدولية",
    published="2025-10-26", incident="rask-police-station-attack-2025-10-26",
    events=[
        ev(B, "Armed clash", "2025-10-26", JAISH_ADL, IRN_POL, "rask", 10,
           "في هجوم شنه مسلحون على مركز للشرطة في مدينة راسك بمحافظة سيستان وبلوشستان"),
    ],
    notes="Attackers named only later, through a claim of responsibility (Jaish al-Adl). Two-hour firefight: "
          "armed clash. Toll: 5 police 'على الأقل', revised to 7 police ('ارتفعت ... إلى سبعة'), plus 3 attackers "
          "killed = 10. The attack two years ago, the condemnation, the threat and the funeral tomorrow are not "
          "events. IRGC assisted (an associated actor).")

art("l_tcd_goundi_village_attack", """
تشاد اليوم | الأخبار | أقاليم | اقتصاد | ثقافة

مقتل 12 على الأقل في هجوم لرعاة مسلحين على قرية جنوب تشاد

انجامينا - تشاد اليوم
الخميس 13 فبراير 2025

قُتل ما لا يقل عن اثني عشر شخصاً، بينهم نساء وأطفال، وأصيب ثمانية آخرون، في هجوم شنه رعاة مسلحون على قرية بمنطقة غوندي في إقليم ماندول جنوبي تشاد، ليلة الثلاثاء إلى الأربعاء، وفق ما أعلنه حاكم الإقليم.

وقال الحاكم في تصريح لإذاعة محلية إن "المهاجمين، وكانوا على ظهور الخيل والدراجات النارية، دخلوا القرية في حدود الثانية فجراً وأطلقوا النار على السكان وأحرقوا عدداً من المنازل ومخازن الحبوب، قبل أن يفرّوا باتجاه الشمال". في المقابل، تحدث نائب عن المنطقة عن سبعة عشر قتيلاً، وهي حصيلة لم يتسنَّ التحقق منها من مصادر مستقلة.

ويعود التوتر في المنطقة، بحسب السكان، إلى خلاف نشب الأسبوع الماضي حين دخلت قطعان ماشية حقولاً للذرة البيضاء، وتطور إلى شجار قُتل فيه أحد الرعاة.

وأعلنت الحكومة إرسال تعزيزات من الدرك والجيش إلى المنطقة، وأوقفت قوات الدرك الأربعاء ستة أشخاص يُشتبه في مشاركتهم في الهجوم، بحسب المتحدث باسم الحكومة، الذي دعا السكان إلى "ضبط النفس وعدم الانجرار إلى الانتقام".

وتشهد الأقاليم الجنوبية لتشاد منذ سنوات نزاعات دامية متكررة بين المزارعين المستقرين والرعاة الرحّل حول الأرض والمياه، وتقول منظمات إنسانية إن هذه النزاعات أودت بحياة مئات الأشخاص خلال العقد الأخير.

شارك الخبر
""", url="https://tchad-alyawm.example/provinces/goundi-attaque", outlet="تشاد اليوم",
    published="2025-02-13", incident="goundi-village-attack-2025-02-12",
    events=[
        ev(V, "Attack", "2025-02-12", clan("Chad"), civ("Chad"), "goundi", 12,
           "في هجوم شنه رعاة مسلحون على قرية بمنطقة غوندي في إقليم ماندول جنوبي تشاد"),
        ev(S, "Arrests", "2025-02-12", TCD_POL, clan("Chad"), "goundi", None,
           "أوقفت قوات الدرك الأربعاء ستة أشخاص", optional=True),
    ],
    notes="Armed herders attacking villagers: Violence against civilians by an unidentified communal militia. "
          "'ليلة الثلاثاء إلى الأربعاء' with 'الثانية فجراً' -> Wednesday 2025-02-12. Toll: 'ما لا يقل عن اثني "
          "عشر' by the governor; the MP's 17 is unverified, the lowest credible figure is 12. The killing of a herder "
          "last week is background without a date. Gendarmerie arrests coded Police Forces of Chad, optional.")

art("l_ner_banibangou_ambush", """
الساحل نيوز | النيجر | مالي | بوركينا فاسو | تحليلات

النيجر: مقتل 10 جنود في كمين قرب بانيبانغو.. والجيش يعلن "تحييد" 15 إرهابياً

نيامي - الساحل نيوز
الخميس 21 أغسطس 2025

أعلنت وزارة الدفاع الوطني في النيجر، في بيان تُلي مساء الأربعاء على التلفزيون الرسمي، أن وحدة من القوات المسلحة النيجرية تعرضت يوم الثلاثاء 19 أغسطس 2025 لكمين نصبه "أكثر من مئة إرهابي على متن دراجات نارية" على بعد نحو 15 كيلومتراً من بلدة بانيبانغو في منطقة تيلابيري غربي البلاد.

وبحسب البيان، أسفر الهجوم عن مقتل عشرة جنود وإصابة ثمانية آخرين، إضافة إلى فقدان مركبتين، فيما "تم تحييد خمسة عشر إرهابياً وتدمير عدد من الدراجات النارية" خلال الاشتباك.

وأضاف البيان أن سلاح الجو نفّذ في اليوم التالي ضربات على مواقع انسحاب المهاجمين شمال بانيبانغو قرب الحدود مع مالي، ما أدى إلى "تحييد عدد كبير من الإرهابيين"، دون تقديم أرقام.

وتبنى تنظيم الدولة الإسلامية – ولاية الساحل الهجوم في بيان نشره مساء الأربعاء، زاعماً مقتل "أكثر من عشرين جندياً" والاستيلاء على أسلحة وذخائر.

وأعلن رئيس المرحلة الانتقالية الحداد الوطني ثلاثة أيام، فيما أكدت وزارة الدفاع أن "العمليات متواصلة لملاحقة المهاجمين" وأن الجيش "سيرد بقوة على كل اعتداء".

وتعد منطقة تيلابيري، الواقعة في المثلث الحدودي بين النيجر ومالي وبوركينا فاسو، من أكثر المناطق دموية في الساحل، إذ قُتل فيها عشرات الجنود والمدنيين منذ مطلع العام، وفق حصيلة تقريبية لمنظمات محلية.

اقرأ أيضاً: بوركينا فاسو.. افتتاح مصنع جديد لتكرير الذهب في واغادوغو
""", url="https://alsahel-news.example/niger/banibangou-ambush", outlet="الساحل نيوز",
    published="2025-08-21", incident="banibangou-ambush-2025-08-19",
    events=[
        ev(B, "Armed clash", "2025-08-19", ISSP, NER, "banibangou", 25,
           "تعرضت يوم الثلاثاء 19 أغسطس 2025 لكمين نصبه \"أكثر من مئة إرهابي على متن دراجات نارية\""),
        ev(E, "Air/drone strike", "2025-08-20", NER, ISSP, "banibangou", None,
           "سلاح الجو نفّذ في اليوم التالي ضربات على مواقع انسحاب المهاجمين شمال بانيبانغو"),
    ],
    notes="Ambush claimed by ISSP (actor1, the initiator). Fatalities: 10 soldiers + 15 militants 'neutralised' per "
          "the army = 25 (ISSP's 'more than 20 soldiers' is a higher, partisan figure). The retaliatory air strikes "
          "the next day are a distinct event; 'عدد كبير' gives no figure -> null. Mourning, threats and the "
          "regional tally are not events.")

art("l_bfa_arbinda_women_abducted", """
بيان صحفي

المرصد الساحلي لحقوق الإنسان: اختطاف عشرات النساء قرب أربيندا يستدعي تحركاً عاجلاً

واغادوغو، 5 مارس 2025 — يعرب المرصد الساحلي لحقوق الإنسان عن قلقه البالغ إزاء اختطاف ما لا يقل عن أربعين امرأة وفتاة على أيدي عناصر مسلحة من جماعة نصرة الإسلام والمسلمين، يوم الجمعة 28 فبراير/شباط 2025، على بعد نحو عشرة كيلومترات من مدينة أربيندا في إقليم الساحل شمالي بوركينا فاسو.

وبحسب شهادات جمعها المرصد من ثلاثة من أقارب الضحايا ومن مسؤول محلي، خرجت النساء في مجموعات صباح ذلك اليوم لجمع الحطب وقطف أوراق الأشجار البرية بسبب نفاد المؤن في المدينة المحاصرة منذ أشهر، حين طوّقهن مسلحون على دراجات نارية واقتادوهن باتجاه الشمال. وتمكنت ست منهن من الفرار والعودة إلى المدينة مساء اليوم نفسه.

ويذكّر المرصد بأن سكان أربيندا يعيشون في ظروف إنسانية بالغة الصعوبة بسبب الحصار المفروض على المدينة، وبأن حوادث اختطاف مماثلة سُجّلت في المنطقة خلال السنوات الماضية، وقد وثّق المرصد خلال عام 2024 وحده أكثر من مئتي حالة اختطاف لمدنيين في إقليمي الساحل والشمال.

ويدعو المرصد:
- الجماعة المسلحة إلى الإفراج الفوري وغير المشروط عن جميع المختطفات؛
- السلطات الانتقالية إلى اتخاذ كل التدابير الممكنة لحماية المدنيين وضمان وصول المساعدات الإنسانية؛
- الشركاء الدوليين إلى دعم جهود إيصال الغذاء إلى المدن المحاصرة.

انتهى البيان.
للتواصل الإعلامي: press@sahel-observatory.example
""", url="https://sahel-observatory.example/ar/press/2025-03-05-arbinda", outlet="المرصد الساحلي لحقوق الإنسان",
    published="2025-03-05", incident="arbinda-women-abduction-2025-02-28",
    events=[
        ev(V, "Abduction/forced disappearance", "2025-02-28", JNIM, civ("Burkina Faso"), "arbinda", None,
           "اختطاف ما لا يقل عن أربعين امرأة وفتاة على أيدي عناصر مسلحة من جماعة نصرة الإسلام والمسلمين"),
    ],
    notes="NGO press release; the perpetrator is named by the NGO (JNIM). About 10 km from Arbinda, coded to the "
          "town. No deaths reported -> null. The six women who escaped, the siege, the earlier abductions and the "
          "2024 tally (200 abductions) are not events.")

art("l_ssd_tonj_cattle_raid", """
جوبا - راديو النيل الأبيض

ارتفاع حصيلة قتلى غارة على معسكر ماشية في تونج إلى 23

ارتفعت حصيلة قتلى الهجوم الذي شنه شبان مسلحون على معسكر للماشية في مقاطعة تونج بولاية واراب، فجر الأحد الماضي، إلى ثلاثة وعشرين قتيلاً، بينهم خمسة من المهاجمين، بحسب ما أعلنه وزير الإعلام في الولاية اليوم الثلاثاء 20 مايو 2025.

وكانت السلطات المحلية قد تحدثت في البداية عن ١٨ قتيلاً، قبل أن يُعثر على جثث أخرى في الأحراش المحيطة بالمعسكر. وقال الوزير إن المهاجمين، الذين قدموا من مقاطعة مجاورة، اشتبكوا لساعات مع حراس المعسكر المسلحين من شباب "الجلويينق"، واستولوا على أكثر من ألفي رأس من الماشية، فيما أصيب 14 شخصاً نُقل بعضهم إلى مستشفى واو.

وأوضح أن من بين القتلى طفلاً في الثانية عشرة وامرأتين كانتا في المعسكر، مؤكداً أن حكومة الولاية فرضت حظر تجول ليلياً في المقاطعتين المتجاورتين، وأرسلت قوة مشتركة من الجيش والشرطة لملاحقة المهاجمين واستعادة الماشية المنهوبة.

وأدانت بعثة الأمم المتحدة في جنوب السودان (يونميس) الهجوم، ودعت الزعماء المحليين إلى "كسر حلقة الانتقام". وتشهد ولايات واراب والبحيرات وجونقلي سلسلة من هجمات النهب المتبادلة على الماشية، التي تُعد مصدر الثروة الرئيسي في المنطقة، وقد قُتل مئات الأشخاص في مثل هذه الهجمات خلال العام الماضي وحده.

ويخشى مراقبون من هجمات انتقامية خلال موسم الأمطار، حين تنتقل القطعان إلى مراعٍ جديدة.

استمعوا إلى نشرة الأخبار كاملة على موجة 98.6 إف إم
""", url="https://whitenile-radio.example/ar/news/tonj-cattle-raid-toll", outlet="راديو النيل الأبيض",
    published="2025-05-20", incident="tonj-cattle-raid-2025-05-18",
    events=[
        ev(B, "Armed clash", "2025-05-18", clan("South Sudan"), clan("South Sudan"), "tonj", 23,
           "اشتبكوا لساعات مع حراس المعسكر المسلحين من شباب \"الجلويينق\""),
    ],
    notes="Cattle raid: armed youths from a neighbouring county against the armed cattle-camp guards (gelweng): "
          "armed clash between two communal militias; the looting of cattle is part of it. 'فجر الأحد الماضي' "
          "against the publication on Tuesday 20 May -> Sunday 18 May. Initial 18 (Eastern digits), revised to 23 "
          "including 5 attackers -> 23. Curfew, pursuit force and UNMISS condemnation are not events. Camp not "
          "named, coded to Tonj town (it may lie in Tonj East).")

art("l_irq_security_roundup", """
مرصد الرافدين | حصاد اليوم الأمني | الاثنين 8 كانون الأول 2025

أبرز الأحداث الأمنية في العراق خلال الساعات الـ24 الماضية:

▪ صلاح الدين: قُتل جنديان وأصيب ضابط برتبة نقيب، صباح اليوم، بانفجار عبوة ناسفة استهدفت دورية للجيش العراقي في قرية البوحسن جنوب غربي قضاء طوزخورماتو. واتهمت خلية الإعلام الأمني "بقايا عصابات داعش الإرهابية" بزرع العبوة، مؤكدة أن قوة من الجيش باشرت عملية تفتيش واسعة في المنطقة.

▪ مخمور: هاجم مسلحون من تنظيم داعش ليلة أمس نقطة لقوات البيشمركة عند سفح جبل قرەچوغ قرب قضاء مخمور، واندلع اشتباك استمر نحو نصف ساعة قُتل خلاله عنصر في البيشمركة وأصيب اثنان، بحسب بيان لوزارة شؤون البيشمركة.

▪ كركوك: اعتقلت قوة من جهاز الأمن الوطني متهماً بالإرهاب مطلوباً وفق المادة 4 في حي الواسطي بمدينة كركوك، وقالت إنه "كان يعمل ضمن ما يسمى بالهيئة الاقتصادية للتنظيم".

▪ البصرة: أصيب ثلاثة أشخاص، اليوم، في نزاع عشائري استُخدمت فيه الأسلحة المتوسطة بين عشيرتين في قضاء القرنة شمالي المحافظة، بسبب خلاف على أرض زراعية، دون تسجيل وفيات، فيما فرضت قيادة الشرطة طوقاً أمنياً على المنطقة.

▪ بغداد: وجّه وزير الداخلية بتشديد الإجراءات الأمنية في محيط الكنائس استعداداً لاحتفالات أعياد الميلاد ورأس السنة، ونشر قطعات إضافية في المناطق التجارية.

▪ الرصافة: أصدرت محكمة جنايات الرصافة حكماً بالإعدام شنقاً بحق مدان بتفجير سيارة مفخخة في منطقة الكرادة عام 2016.

اقرأ أيضاً: الموازنة الاتحادية.. خلافات جديدة حول رواتب الإقليم
""", url="https://marsad-rafidain.example/daily/2025-12-08", outlet="مرصد الرافدين",
    published="2025-12-08", incident="iraq-security-roundup-2025-12-08",
    events=[
        ev(E, "Remote explosive/landmine/IED", "2025-12-08", ISIS, IRQ, "tuz", 2,
           "بانفجار عبوة ناسفة استهدفت دورية للجيش العراقي في قرية البوحسن جنوب غربي قضاء طوزخورماتو"),
        ev(B, "Armed clash", "2025-12-07", ISIS, PESHMERGA, "makhmour", 1,
           "هاجم مسلحون من تنظيم داعش ليلة أمس نقطة لقوات البيشمركة"),
        ev(S, "Arrests", "2025-12-08", IRQ_INTEL, ISIS, "kirkuk", None,
           "اعتقلت قوة من جهاز الأمن الوطني متهماً بالإرهاب", optional=True),
        ev(B, "Armed clash", "2025-12-08", clan("Iraq"), clan("Iraq"), "qurna", 0,
           "نزاع عشائري استُخدمت فيه الأسلحة المتوسطة بين عشيرتين في قضاء القرنة"),
    ],
    notes="Daily round-up, one incident slug for the whole page. IED attributed by the security media cell to ISIS; "
          "Peshmerga outpost attacked by ISIS last night (2025-12-07); Kirkuk arrest by the National Security "
          "Service (coded Intelligence Forces of Iraq, optional, date assumed today); clan fight in Al-Qurna with "
          "'دون تسجيل وفيات' -> 0. The Baghdad security plan and the court verdict for a 2016 bombing are traps, "
          "not events. The village Al-Bu Hassan is not in the gazetteer; coded to Tuz Khurmatu.")


# ======================================================================================== non-event articles
art("l_egy_court_checkpoint_verdict", """
بوابة المحروسة | الرئيسية | أخبار مصر | حوادث وقضايا | اقتصاد

الإعدام لـ4 متهمين والمؤبد لـ9 في قضية "خلية الهجوم على كمين الصفا"

كتبت: منى الشرقاوي
الأحد، 12 أكتوبر 2025 03:20 م

قضت الدائرة الأولى إرهاب بمحكمة جنايات القاهرة، المنعقدة بمجمع محاكم بدر، اليوم الأحد، بالإعدام شنقاً لأربعة متهمين، والسجن المؤبد لتسعة آخرين، والسجن المشدد 15 عاماً لستة، في القضية المعروفة إعلامياً بـ"خلية الهجوم على كمين الصفا"، فيما قضت ببراءة متهمَين اثنين.

وكانت النيابة العامة قد أسندت إلى المتهمين تهم الانضمام إلى جماعة إرهابية أُسست على خلاف أحكام القانون، وحيازة أسلحة نارية وذخائر ومفرقعات، والاشتراك في الهجوم المسلح على كمين أمني بمنطقة الصفا في يناير 2019، والذي أسفر عن استشهاد ضابط وثلاثة مجندين، وإطلاق قذائف "آر بي جي" على مدرعة للشرطة.

وكشفت التحقيقات، بحسب أمر الإحالة، أن المتهمين رصدوا تحركات القوات لأسابيع قبل الهجوم، وأن المتهم الأول تولى تدريب عناصر الخلية على استخدام الأسلحة في منطقة صحراوية، وأن الخلية خططت لاستهداف منشآت حيوية أخرى قبل القبض على عناصرها.

وشهدت الجلسة إجراءات أمنية مشددة، وحضرها عدد من أسر الشهداء الذين استقبلوا الحكم بالتكبير والزغاريد، فيما قال دفاع المتهمين إنه سيطعن على الحكم أمام محكمة النقض.

وكانت المحكمة قد أحالت أوراق المتهمين الأربعة إلى فضيلة مفتي الجمهورية في جلسة الشهر الماضي لاستطلاع رأيه الشرعي.

موضوعات متعلقة:
- تأجيل محاكمة 12 متهماً في قضية "لجان الحراك المسلح" لجلسة نوفمبر
- السجن 10 سنوات لعاطل بتهمة الاتجار في الأسلحة بالقليوبية

تابعونا على جوجل نيوز
""", url="https://mahrousa-gate.example/courts/2025/10/12/safa-cell-verdict", outlet="بوابة المحروسة",
    published="2025-10-12",
    notes="Court reporting: a verdict for a 2019 checkpoint attack (history, recounted with a death toll and RPG "
          "fire). The headline opens with 'الإعدام'. No new event; the trial is not an ACLED event.")

art("l_dza_military_truck_accident", """
النهار الجديد | وطني | الولايات | رياضة | منوعات

الجلفة: مقتل 3 عسكريين وإصابة 5 آخرين في انقلاب شاحنة تابعة للجيش

الجلفة - النهار الجديد
الخميس 14 أوت 2025

لقي ثلاثة عسكريين حتفهم وأصيب خمسة آخرون بجروح متفاوتة الخطورة، في حادث مرور مروع وقع مساء أمس الأربعاء على مستوى الطريق الوطني رقم 1، بالمخرج الجنوبي لمدينة الجلفة، إثر انقلاب شاحنة تابعة للجيش الوطني الشعبي كانت تقلّ أفراداً في مهمة نقل روتينية نحو الناحية العسكرية الرابعة.

وحسب بيان للحماية المدنية، فإن الشاحنة انحرفت عن مسارها بعد انفجار إحدى عجلاتها، قبل أن تنقلب عدة مرات على جانب الطريق. وقد تم تحويل الجثث والمصابين إلى مستشفى الجلفة، ثم نُقل اثنان من المصابين إلى المستشفى العسكري بالأغواط.

وبعث رئيس أركان الجيش الوطني الشعبي ببرقية تعزية ومواساة إلى عائلات الضحايا، سائلاً الله أن يتغمدهم برحمته وأن يمن على المصابين بالشفاء العاجل. وأمرت وزارة الدفاع الوطني بفتح تحقيق لتحديد ملابسات الحادث.

ويُعدّ الطريق الوطني رقم 1 من أكثر المحاور دموية في البلاد، إذ سجلت مصالح الدرك الوطني على مستواه أكثر من 300 حادث منذ مطلع السنة، خلّفت عشرات القتلى، وفق حصيلة نشرت في جويلية الماضي.

الكلمات الدالة: الجلفة، حادث مرور، الجيش الوطني الشعبي
""", url="https://ennahar-jadid.example/wilayas/djelfa-accident-camion", outlet="النهار الجديد",
    published="2025-08-14",
    notes="Three soldiers killed in a road accident (a tyre burst): no political violence, no event. Traps: "
          "'مقتل 3 عسكريين' in the headline, 'انفجار إحدى عجلاتها', 'الأكثر دموية', condolences by the chief of "
          "staff, an annual road tally.")

art("l_tun_ben_guerdane_anniversary", """
الجنوب الشرقي اليوم — جهات

بن قردان تُحيي الذكرى التاسعة للملحمة: "هنا انكسر مشروع الإمارة"

بن قردان - مراسلنا
السبت 8 مارس 2025

أحيت مدينة بن قردان من ولاية مدنين، أمس الجمعة 7 مارس، الذكرى التاسعة لملحمة 7 مارس 2016، حين تصدّى الأمنيون والعسكريون ومعهم الأهالي لهجوم عشرات الإرهابيين على الثكنة العسكرية ومنطقتي الأمن والحرس الوطني بالمدينة، في محاولة لإعلان "إمارة" تابعة لتنظيم داعش.

وانتظم بالمناسبة موكب رسمي بساحة الشهداء، بحضور والي مدنين وقيادات أمنية وعسكرية، تم خلاله رفع العلم وتلاوة الفاتحة على أرواح الشهداء ووضع أكاليل من الزهور على النصب التذكاري الذي يحمل أسماء الأمنيين والعسكريين والمدنيين الذين سقطوا في المواجهات.

واستعاد عدد من شهود تلك الليلة تفاصيل الاشتباكات التي دامت أياماً، وأسفرت، وفق الحصيلة الرسمية آنذاك، عن مقتل خمسة وخمسين إرهابياً واستشهاد ثلاثة عشر من الأمنيين والعسكريين وسبعة مدنيين. وقال أحد أبناء المدينة: "في ذلك الصباح خرجنا لنجد الرصاص في كل مكان، لكن أحداً لم يهرب".

كما تضمّن البرنامج معرضاً للصور ومسابقة في الرسم لتلاميذ المدارس الابتدائية حول "الوطن والشهادة"، وعرض شريط وثائقي عن الهجوم، إضافة إلى سباق رياضي حمل اسم "سباق الصمود".

وطالب ممثلو المجتمع المدني بتسريع مشاريع التنمية المعطّلة في الجهة، معتبرين أن "أفضل تكريم للشهداء هو تشغيل الشباب".
""", url="https://janoub-charki.example/regions/ben-guerdane-9", outlet="الجنوب الشرقي اليوم",
    published="2025-03-08",
    notes="Commemoration of the 2016 Ben Guerdane attack: a dated, placed battle with a toll is recalled in "
          "detail, but it is history; the ceremony is not an event.")

art("l_mar_african_lion_exercise", """
المغرب العسكري | أخبار | دفاع | القوات المسلحة الملكية

"الأسد الإفريقي 2025": قصف جوي وإنزال مظلي وذخيرة حية في منطقة طانطان

طانطان — المغرب العسكري
الجمعة 23 ماي 2025

اختُتمت، أمس الخميس بميدان الرماية بمنطقة "كاب درعة" ضواحي طانطان، فعاليات المرحلة الرئيسية من تمرين "الأسد الإفريقي 2025"، الذي تنظمه القوات المسلحة الملكية بشراكة مع القوات الأمريكية، بمشاركة أزيد من عشرة آلاف عنصر من أكثر من أربعين دولة.

وتميزت المناورات بتنفيذ عمليات قصف جوي بطائرات "إف-16" ومروحيات "أباتشي" ضد أهداف افتراضية، وإنزال مظلي لوحدات خاصة خلف "خطوط العدو"، ورمايات بالذخيرة الحية باستعمال راجمات الصواريخ "هيمارس" والمدفعية الثقيلة، إضافة إلى تمرين لإجلاء المصابين في ساحة المعركة.

وأكد بلاغ للقيادة العامة للقوات المسلحة الملكية أن هذا التمرين يهدف إلى "تعزيز قابلية التشغيل البيني بين القوات المشاركة، والرفع من جاهزيتها لمواجهة التهديدات العابرة للحدود، بما فيها الإرهاب والجريمة المنظمة".

وحضر المرحلة الختامية عدد من الملحقين العسكريين المعتمدين بالرباط ووفد من الكونغرس الأمريكي، حيث تابعوا هجوماً "مشتركاً" على مواقع وهمية لجماعة مسلحة مفترضة، انتهى بـ"تحييد" العدو والسيطرة على المنطقة.

ويُنظّم التمرين سنوياً منذ 2004، وتوزعت أنشطة نسخة هذه السنة على مناطق أكادير وطانطان وتيفنيت وبنجرير، من 12 إلى 23 ماي الجاري.

تابعونا | اشترك في النشرة البريدية
""", url="https://maghreb-askari.example/exercices/african-lion-2025", outlet="المغرب العسكري",
    published="2025-05-23",
    notes="Military exercise full of combat vocabulary (قصف جوي، إنزال، ذخيرة حية، هجوم، تحييد العدو، السيطرة "
          "على المنطقة) against imaginary targets: no event. Moroccan month ماي.")

art("l_jor_parliament_border_session", """
الرأي الأخير | برلمان

النواب يناقشون أمن الحدود الشمالية.. ووزير الداخلية: "لن نسمح بتحويل الأردن إلى ممر للمخدرات"

عمّان - الرأي الأخير
الأربعاء، 12 آذار 2025

شهدت الجلسة الرقابية لمجلس النواب، التي عُقدت أمس الثلاثاء برئاسة رئيس المجلس، نقاشاً ساخناً حول الأوضاع على الحدود الشمالية والشرقية، بعد أن وجّه عدد من النواب أسئلة إلى الحكومة بشأن تصاعد محاولات التهريب وتكرار الاشتباكات مع المهربين خلال الأشهر الماضية.

وقال وزير الداخلية، في ردّه على مداخلات النواب، إن القوات المسلحة والأجهزة الأمنية "أحبطت خلال العام الماضي 97 محاولة تهريب، وقُتل خلالها 34 مهرباً، وضُبطت ملايين الحبوب المخدرة وعشرات قطع الأسلحة"، مؤكداً أن "الأردن لن يسمح بتحويله إلى ممر للمخدرات، وسنضرب بيد من حديد كل من يقترب من حدودنا".

وطالب النائب عن دائرة البادية الشمالية بتعويض المزارعين في المناطق الحدودية الذين تضررت أراضيهم، فيما دعا نائب آخر إلى "إعادة النظر في قواعد الاشتباك" واستخدام سلاح الجو ضد معامل الكبتاغون في الجنوب السوري، وهو ما ردّ عليه الوزير بالقول إن "كل الخيارات مطروحة لحماية أمننا الوطني".

كما ناقش المجلس تقرير لجنة فلسطين حول التطورات في الضفة الغربية، وأحال مشروع قانون معدل لقانون الأحوال المدنية إلى اللجنة القانونية.

ورفع رئيس المجلس الجلسة إلى يوم الأحد المقبل.

الأكثر قراءة | الأكثر تعليقاً
""", url="https://alrai-akheer.example/parliament/2025/03/12/border", outlet="الرأي الأخير",
    published="2025-03-12",
    notes="Parliament reporting: yearly statistics of foiled smuggling attempts and smugglers killed, a threat "
          "('سنضرب بيد من حديد'), a call for air strikes (not carried out). No dated event.")

art("l_sau_defense_industry_markets", """
الاقتصادية الخليجية | أسواق | طاقة | شركات | عقارات

أسهم الدفاع ترتفع بعد صفقة "المسيّرات".. وبرنت يصعد 2% مع تجدد المخاوف في البحر الأحمر

الرياض - الاقتصادية الخليجية
الاثنين 7 يوليو 2025

أغلق مؤشر السوق الرئيسية "تاسي" على ارتفاع بنسبة 0.8% عند 11,420 نقطة، بدعم من صعود أسهم شركات الصناعات الدفاعية بعد إعلان الهيئة العامة للصناعات العسكرية توقيع اتفاقية بقيمة 3.2 مليار ريال لتوطين تصنيع الطائرات المسيّرة وأنظمة الدفاع الجوي قصيرة المدى في المملكة.

وتنص الاتفاقية، الموقّعة مع تحالف يضم شركة وطنية وشريكاً أجنبياً، على إنشاء مصنع في المنطقة الشرقية بطاقة إنتاجية تصل إلى 200 طائرة سنوياً، ضمن مستهدفات رؤية 2030 لتوطين أكثر من 50% من الإنفاق العسكري.

ويرى محللون أن الطلب على أنظمة اعتراض المسيّرات تضاعف في المنطقة منذ الهجمات التي استهدفت منشأتي أبقيق وخريص عام 2019، وما تبعها من هجمات صاروخية على مدن سعودية خلال سنوات الحرب في اليمن.

وفي أسواق الطاقة، صعد خام برنت بنحو 2% إلى 71.6 دولار للبرميل، مع تجدد المخاوف من تعطل الإمدادات في البحر الأحمر ومضيق باب المندب، بعد تقارير عن تهديدات جديدة لحركة الملاحة التجارية، وارتفاع أقساط التأمين ضد مخاطر الحرب على الناقلات.

وقال محلل أسواق الطاقة فهد العتيبي إن "الأسواق تسعّر المخاطر الجيوسياسية أكثر من الوقائع، فأي تصريح أو تهديد يكفي لرفع الأسعار دولاراً أو دولارين".

إخلاء مسؤولية: المعلومات الواردة لا تشكل توصية بالبيع أو الشراء.
""", url="https://iqtisadiya-khaleej.example/markets/2025/07/07/defense", outlet="الاقتصادية الخليجية",
    published="2025-07-07",
    notes="Economic page: an arms-industry deal, market figures, the 2019 Abqaiq attacks as background, vague "
          "threats to Red Sea shipping. No event. (An 'Agreement' in ACLED means a political agreement between "
          "parties of a conflict, not a procurement contract.)")

art("l_tur_derby_war_metaphors", """
ملاعب تركيا | كرة القدم | الدوري التركي

مجزرة في الديربي! غلطة سراي يدكّ حصون فنربخشة برباعية ويقترب من اللقب

إسطنبول - ملاعب تركيا
الأحد 20 أبريل 2025

فجّر غلطة سراي قنبلة من العيار الثقيل، مساء السبت، بعدما اكتسح ضيفه فنربخشة بأربعة أهداف مقابل هدف في قمة الجولة الـ31 من الدوري التركي الممتاز، ليوسّع الفارق في الصدارة إلى تسع نقاط قبل سبع جولات من النهاية.

وشنّ أصحاب الأرض هجوماً كاسحاً منذ صافرة البداية، وأطلق المهاجم النيجيري صاروخاً من خارج منطقة الجزاء سكن الشباك في الدقيقة السابعة، قبل أن يضيف زميله الهدف الثاني برأسية قاتلة إثر ركنية. وفي الشوط الثاني، واصل "الأسد" غاراته على مرمى الضيوف، وأضاف هدفين آخرين، فيما اكتفى فنربخشة بهدف شرفي من ركلة جزاء.

وقال مدرب غلطة سراي في المؤتمر الصحفي: "لاعبو فريقي قاتلوا كالجنود في ساحة المعركة، واليوم انتصرنا في معركة مهمة، لكن الحرب لم تنتهِ بعد".

في المقابل، شنّ مدرب فنربخشة هجوماً لاذعاً على التحكيم، متهماً الحكم بـ"ذبح" فريقه بقرارات ظالمة، ومطالباً الاتحاد بالتحقيق.

وأقيمت المباراة وسط إجراءات أمنية مشددة بمشاركة نحو ثمانية آلاف عنصر من الشرطة، ومن دون حضور جماهير الفريق الضيف، ومرّت دون تسجيل أي أحداث شغب، بحسب ولاية إسطنبول.

الترتيب | النتائج | الهدافون
""", url="https://malaeb-turkiya.example/superlig/derby-4-1", outlet="ملاعب تركيا",
    published="2025-04-20",
    notes="Sports report built on war metaphors (مجزرة، يدكّ حصون، قنبلة، صاروخ، غارات، ذبح، معركة، حرب); the "
          "match passed without incidents ('دون تسجيل أي أحداث شغب'). No event.")

art("l_irn_isfahan_explosion_denied", """
إيران بالعربي | سياسة | أمن | اقتصاد

دويّ انفجارات في سماء أصفهان؟ المحافظة: "تمرين مخطط للدفاعات الجوية ولا داعي للقلق"

طهران - إيران بالعربي
الثلاثاء 16 سبتمبر 2025

نفى مساعد محافظ أصفهان للشؤون الأمنية، صباح اليوم الثلاثاء، صحة ما تداولته حسابات على مواقع التواصل الاجتماعي عن "هجوم بطائرات مسيرة" أو "انفجارات" استهدفت منشآت عسكرية قرب مدينة أصفهان الليلة الماضية، مؤكداً أن الأصوات التي سمعها السكان "ناتجة عن تمرين مخطط مسبقاً للدفاعات الجوية".

وقال المسؤول في تصريح للتلفزيون المحلي إن "التمرين جرى بالتنسيق مع الجهات المعنية، وتضمّن إطلاق قذائف مضادة للطائرات على أهداف وهمية، ولم يقع أي حادث أمني أو أضرار"، داعياً المواطنين إلى "عدم الالتفات إلى الشائعات التي تبثها وسائل إعلام معادية".

وكانت مقاطع مصورة انتشرت بعد منتصف الليل قد أظهرت ومضات في السماء وأصوات انفجارات متتالية، وتحدث حساب معارض عن "غارة على قاعدة جوية"، وهو ما نفته أيضاً قيادة الدفاع الجوي في بيان مقتضب.

وتأتي هذه الشائعات في ظل توتر إقليمي متصاعد، إذ سبق أن تعرضت مواقع في المحافظة لهجمات في السنوات الماضية، فيما يتحدث مسؤولون إيرانيون عن "ردّ قاسٍ" على أي اعتداء محتمل.

ويرى محللون أن كثرة التمارين العسكرية غير المعلنة تغذي حالة القلق لدى السكان، لا سيما في المدن التي تضم منشآت حساسة.

اقرأ أيضاً: الريال الإيراني يسجل مستوى قياسياً جديداً أمام الدولار
""", url="https://iran-bilarabi.example/security/isfahan-denial", outlet="إيران بالعربي",
    published="2025-09-16",
    notes="Rumours of a drone attack denied: the explosions were an air-defence drill. Headline with 'انفجارات'. "
          "Past attacks on the province are history; threats of a 'ردّ قاسٍ' are not events.")

art("l_tcd_refugee_appeal", """
الأمم المتحدة — بيان مشترك (ترجمة غير رسمية)

تشاد: نداء عاجل لتمويل الاستجابة لأكثر من 800 ألف لاجئ سوداني مع اقتراب موسم الأمطار

أنجمينا / جنيف، 3 يونيو 2025 — أطلقت المفوضية السامية للأمم المتحدة لشؤون اللاجئين وبرنامج الأغذية العالمي اليوم نداءً عاجلاً لجمع 409 ملايين دولار لتمويل الاستجابة الإنسانية في شرق تشاد، حيث يعيش أكثر من 800 ألف لاجئ سوداني فرّوا من القتال والهجمات على المدنيين في إقليم دارفور منذ أبريل 2023.

وقالت ممثلة المفوضية في تشاد إن "العائلات تصل إلى أدري وفرشانا يومياً وهي تحمل روايات مروّعة عن القتل والعنف الجنسي وحرق القرى"، مضيفةً أن "نحو 90% من الوافدين الجدد نساء وأطفال، وكثير منهم مصابون بجروح ناجمة عن طلقات نارية أو شظايا".

وحذّر برنامج الأغذية العالمي من أنه سيضطر إلى تقليص الحصص الغذائية بنسبة 50% اعتباراً من يوليو المقبل إذا لم يصل التمويل، في وقت تُنذر فيه الأمطار الغزيرة بقطع الطرق المؤدية إلى المخيمات لأشهر.

ولم يتجاوز تمويل خطة الاستجابة للاجئين في تشاد لعام 2025 حتى الآن 14% من المبلغ المطلوب.

وتستضيف تشاد، أحد أفقر بلدان العالم، أكثر من 1.3 مليون لاجئ، معظمهم من السودان وجمهورية إفريقيا الوسطى والكاميرون، وفق أرقام المفوضية.

للمزيد من المعلومات: المتحدث الإعلامي، مكتب أنجمينا — media-td@un-appeals.example
""", url="https://un-appeals.example/ar/chad-sudan-refugees-2025", outlet="الأمم المتحدة — بيانات",
    published="2025-06-03",
    notes="Humanitarian appeal: killings and sexual violence in Darfur described in general, refugee statistics; "
          "no dated, placed event (the places Adre and Farchana are reception points). No event.")

art("l_ssd_peace_talks_stalled", """
سودان بوست | جنوب السودان | السودان | أفريقيا

محادثات نيروبي: لا اتفاق على وقف إطلاق النار.. والمعارضة تهدد بـ"العودة إلى الحرب"

نيروبي - سودان بوست
الجمعة 24 أكتوبر 2025

اختُتمت، مساء الخميس، الجولة الثالثة من المحادثات بين حكومة جنوب السودان وتحالف من الحركات المعارضة غير الموقعة على اتفاق السلام لعام 2018، من دون التوصل إلى اتفاق بشأن وقف دائم لإطلاق النار، وسط اتهامات متبادلة بالمسؤولية عن تعثر المفاوضات.

وقال المتحدث باسم وفد المعارضة إن "الحكومة ترفض الاعتراف بجذور الأزمة وتواصل عملياتها العسكرية ضد مواقعنا"، محذّراً من أن قواته "لن تقف مكتوفة الأيدي، وستعود إلى الحرب إذا فُرض عليها ذلك". في المقابل، اتهم رئيس الوفد الحكومي المعارضة بـ"المماطلة واستغلال المفاوضات لإعادة تنظيم صفوفها وتجنيد الأطفال".

وكان الوسيط الكيني قد طرح مسودة تتضمن انسحاب القوات إلى مواقع متفق عليها ونشر مراقبين من الهيئة الحكومية للتنمية (إيغاد)، غير أن الطرفين اختلفا حول الترتيبات الأمنية ومدة الفترة الانتقالية.

وتقول الأمم المتحدة إن أعمال العنف في ولايات أعالي النيل وجونقلي والاستوائية الوسطى أودت بحياة أكثر من 1,500 شخص منذ بداية العام، وأجبرت عشرات الآلاف على النزوح، في ظل تعثر تنفيذ اتفاق السلام وتأجيل الانتخابات.

ومن المقرر أن تستأنف المحادثات في نوفمبر المقبل، بحسب بيان للوساطة.

شارك | طباعة | أرسل لصديق
""", url="https://sudan-post.example/south-sudan/nairobi-talks-round3", outlet="سودان بوست",
    published="2025-10-24",
    notes="Ceasefire talks that failed; threats to return to war, accusations of ongoing operations without "
          "place or date, a UN annual tally (1,500 killed). No agreement was reached, so no 'Agreement' event.")

art("l_irq_krd_mine_awareness", """
شبكة روداو الجديدة | كوردستان | مجتمع

"الألغام ما زالت تقتل": حملة توعية في بنجوين بعد عقود من الحرب

السليمانية - شبكة روداو الجديدة
الخميس 3 نيسان 2025

أطلقت المؤسسة العامة لشؤون الألغام في إقليم كوردستان، اليوم الخميس، حملة توعية في مدارس وقرى قضاء بنجوين الحدودي مع إيران، تزامناً مع اليوم الدولي للتوعية بخطر الألغام الذي يصادف الرابع من نيسان.

وقال مدير المؤسسة في مؤتمر صحفي إن "مساحات شاسعة من الأراضي الحدودية ما تزال ملوثة بملايين الألغام التي زُرعت خلال الحرب العراقية الإيرانية في ثمانينيات القرن الماضي"، مشيراً إلى أن أكثر من 13 ألف شخص قُتلوا أو أصيبوا بانفجار ألغام في الإقليم منذ عام 1991، بينهم آلاف الأطفال والرعاة والمزارعين.

وتضمنت الحملة عروضاً تفاعلية للتلاميذ باستخدام نماذج مطابقة للألغام والقذائف غير المنفجرة، وتوزيع منشورات باللغتين الكوردية والعربية، وتدريب المعلمين على تعليم قواعد السلامة.

وروت إحدى المشاركات، وهي أم فقدت ابنها قبل سنوات بانفجار لغم أثناء رعيه الأغنام، قصتها للتلاميذ، قائلة: "لا أريد أن تعيش أمّ أخرى ما عشته".

وتعمل فرق إزالة الألغام حالياً في 14 موقعاً في محافظتي السليمانية وحلبجة، لكن المسؤولين يحذّرون من أن تقلّص التمويل الدولي قد يؤخر إعلان المنطقة خالية من الألغام لعقود.

مواضيع ذات صلة:
• انفجار قنبلة يدوية قديمة داخل منزل في رانية.. اقرأ التفاصيل
""", url="https://rudaw-jadid.example/ar/kurdistan/penjwen-mine-awareness", outlet="شبكة روداو الجديدة",
    published="2025-04-03",
    notes="Mine-awareness campaign with casualty statistics since 1991 and a personal story from years ago. The "
          "related-article link (an old grenade exploding in Ranya) is boilerplate. No event.")

art("l_ner_obituary_soldiers", """
صحيفة نيامي الأسبوعية — الصفحة الأخيرة

نعي ووداع

ببالغ الحزن والأسى، ودّعت مدينة دوسو يوم الأحد 14 سبتمبر 2025 الملازم أول إبراهيم موسى، أحد ضباط الكتيبة الخاصة للتدخل، الذي استُشهد الشهر الماضي أثناء أداء واجبه الوطني في منطقة تيلابيري، ونُقل جثمانه إلى مسقط رأسه بعد استكمال الإجراءات.

وُلد الفقيد عام 1994 في حي غارو بدوسو، والتحق بالأكاديمية العسكرية عام 2013، وشارك في عمليات عدة في منطقتي ديفا وتيلابيري، وعُرف بين رفاقه بالشجاعة والتواضع وحب القرآن. وكان قد نال وسام الاستحقاق العسكري عام 2022 تقديراً لدوره في صد هجوم على موقع عسكري في الشمال.

وأُقيمت صلاة الجنازة في الجامع الكبير بدوسو بحضور حاكم المنطقة وعدد من كبار الضباط وحشود من المواطنين، حيث أدت فرقة من الجيش التحية العسكرية وأُطلقت إحدى وعشرون طلقة تكريماً للفقيد، قبل أن يُوارى الثرى في مقبرة المدينة.

وقد ترك الفقيد زوجة وثلاثة أطفال. وتتقدم أسرة التحرير بأحرّ التعازي إلى عائلته ورفاقه في السلاح، سائلين الله أن يتغمده بواسع رحمته.

"من المؤمنين رجال صدقوا ما عاهدوا الله عليه"
""", url="https://niamey-hebdo.example/ar/avis-deces/lt-ibrahim-moussa", outlet="صحيفة نيامي الأسبوعية",
    published=None,
    notes="Obituary of an officer killed last month in Tillaberi (no day, no place more precise): the burial, a "
          "21-gun salute and an old battle honour are not events. The page states no publication date.")


PART = gold_tools.BlindPart(ARTICLES, OUT, prefix="l_", script="_build_l.py", allowed_actors=frozenset(ALLOWED_ACTORS))
known_actor_eras = gold_tools.known_actor_eras
validate, check_directory, main = PART.validate, PART.check_directory, PART.main


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
