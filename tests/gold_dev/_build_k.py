"""Build and validate the dev gold set, part K (k_*.json): 25 original Arabic news articles written blind.

Written blind: the author did not open the event coder (src/marsad/events/**), its trigger, modality, non-event cue
or figure lexicons (src/marsad/data/triggers/**, modality.yaml, non_event_cues.yaml,
src/marsad/lang/ar/data/figures.yaml), the coder tests (tests/test_coder_*.py), any gold article text
(tests/gold_dev/*.json, tests/gold_staging/**, tests/gold_holdout/**, the article definitions of the other build
scripts) or parts I and J. What was read: /work/shared/gold/README.md (format and scoring rules),
/work/shared/reference/acled-taxonomy.md, tests/gold_tools.py, the scaffolding of tests/gold_dev/_build_h.py (header,
constants, final functions), the `name_en`/era fields of src/marsad/data/actors/*.yaml, and
`marsad gazetteer lookup` for some coordinates. The coder was never run on these articles.
All texts are original and fictional (invented incidents at real places, invented outlets with .example domains).
About 44% are non-event articles full of violent vocabulary (verdicts, parades, denials, reports, sport...).

Run:  python tests/gold_dev/_build_k.py          (write the files, then validate them)
      python tests/gold_dev/_build_k.py --check  (only validate the files on disk)
Checks: every k_*.json parses and has the gold keys; every evidence span occurs verbatim in its text; incident is
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
    B, E, P, S, V, add_article, civ, clan, make_event, protesters, uag,
)

OUT = Path(__file__).resolve().parent

# ACLED-style names used here that the actor lexicon does not know (yet); everything else must be canonical.
ALLOWED_ACTORS: set[str] = set()

# canonical actor names (src/marsad/data/actors)
SDF = "Syrian Democratic Forces (SDF)"
IRQ_MIL = "Military Forces of Iraq (2022-)"
IRQ_POL = "Police Forces of Iraq (2022-)"
HOUTHI = "Ansar Allah (Houthis)"
AQAP = "Al-Qaeda in the Arabian Peninsula (AQAP)"
BELT = "Security Belt Forces"
SSA = "Stability Support Apparatus (SSA)"
BRIGADE_444 = "444 Brigade"
SAF = "Military Forces of Sudan (2019-)"
RSF = "Rapid Support Forces (RSF)"
JOINT_FORCE = "Joint Force of Armed Struggle Movements (Sudan)"
SHB = "Al Shabaab"
SOM_POL = "Police Forces of Somalia (2022-)"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"
MLI = "Military Forces of Mali (2021-)"
NGA = "Military Forces of Nigeria (2023-)"
ISWAP = "Islamic State West Africa Province (ISWAP)"
ISR = "Military Forces of Israel"
HEZ = "Hezbollah"
JENIN_BRIGADE = "Jenin Brigade"

# place key -> (country, admin1, location, lat, lon); coordinates from general knowledge, cross-checked against
# `marsad gazetteer lookup` where it knows the place (Nawa, Dibis, Damboa, Al-Busayrah, Mudiyah, Bara, Bint Jbeil,
# Jenin, Abu Salim, El Fasher). Boni, Dharkenley, Al-Dayr, Um Sumeima and Malha are approximate.
PLACES = {
    # Syria
    "nawa": ("Syria", "Daraa", "Nawa, Daraa", 32.89, 36.04),
    "busayrah": ("Syria", "Deir ez-Zor", "Al-Busayrah, Deir ez-Zor", 35.16, 40.43),
    # Iraq
    "dibis": ("Iraq", "Kirkuk", "Dibis, Kirkuk", 35.67, 44.07),
    "al_dayr": ("Iraq", "Basra", "Al-Dayr, Basra", 30.78, 47.59),
    # Yemen
    "taiz_rawdah": ("Yemen", "Taizz", "Al-Rawdah (Taizz city), Taizz", 13.60, 44.02),
    "mudiyah": ("Yemen", "Abyan", "Mudiyah, Abyan", 13.93, 46.08),
    # Libya
    "abu_salim": ("Libya", "Tripoli", "Abu Salim, Tripoli", 32.85, 13.18),
    "tripoli": ("Libya", "Tripoli", "Tripoli, Tripoli", 32.89, 13.19),
    "tripoli_martyrs_square": ("Libya", "Tripoli", "Martyrs' Square, Tripoli", 32.895, 13.18),
    # Sudan
    "el_fasher": ("Sudan", "North Darfur", "El Fasher, North Darfur", 13.63, 25.35),
    "bara": ("Sudan", "North Kordofan", "Bara, North Kordofan", 13.70, 30.37),
    "um_sumeima": ("Sudan", "North Kordofan", "Um Sumeima, North Kordofan", 13.18, 30.08),
    "malha": ("Sudan", "North Darfur", "Malha, North Darfur", 15.13, 26.20),
    # Somalia
    "dharkenley": ("Somalia", "Banadir", "Dharkenley, Banadir", 2.02, 45.29),
    # Mali
    "boni": ("Mali", "Mopti", "Boni, Mopti", 15.07, -1.98),
    "boni_hombori_road": ("Mali", "Mopti", "Boni-Hombori road, Mopti", 15.17, -1.84),
    # Nigeria
    "damboa": ("Nigeria", "Borno", "Damboa, Borno", 11.16, 12.76),
    # Lebanon
    "bint_jbeil": ("Lebanon", "Nabatieh", "Bint Jbeil, Nabatieh", 33.12, 35.43),
    # Palestine
    "jenin_camp": ("Palestine", "West Bank", "Jenin Camp, West Bank", 32.46, 35.29),
}


ev = partial(make_event, PLACES)
ARTICLES: dict[str, dict] = {}
art = partial(add_article, ARTICLES)

# ====================================================================================================== event articles
art("k_sy_nawa_killing_friday_feature", """
ملف الجمعة | درعا بعد الحرب: مدينة تنام على الخوف وتصحو على الشائعات

حوران اليوم - ملف الأسبوع
الجمعة 14 آذار 2025

لا تحتاج إلى أكثر من جولة قصيرة في أسواق نوى كي تفهم أن الحرب لم تغادر المدينة تماماً. المحلات تغلق أبوابها قبل المغيب، والشبان يتجنبون الطرق الزراعية بعد العصر، وأحاديث المقاهي تدور كلها حول سؤال واحد: من التالي؟

منذ سقوط النظام في كانون الأول الماضي، تقول لجان محلية إن ريف درعا الغربي شهد عشرات حوادث الاغتيال، استهدف معظمها عناصر سابقين في فصائل التسوية وموظفين في المجالس البلدية. وفي تشرين الثاني من العام الماضي وحده أحصى ناشطون أكثر من ثلاثين حالة قتل في المحافظة، بقي أغلبها بلا فاعل معروف.

يقول أبو خالد، وهو مدرّس متقاعد التقيناه قرب الجامع العمري في المدينة: «كنا نظن أن الأمر انتهى مع رحيل الأجهزة الأمنية، لكن السلاح ما زال في كل بيت، والثأر ما زال حياً».

وجاءت حادثة هذا الأسبوع لتؤكد مخاوف الأهالي، إذ قُتل الشاب محمد (27 عاماً)، العضو السابق في اللجنة المركزية للمدينة، برصاص مسلحين مجهولين كانوا يستقلون دراجة نارية، أطلقوا النار عليه أمام منزله في الحي الشرقي من نوى مساء الأربعاء ثم لاذوا بالفرار. وأكد مصدر طبي في مشفى المدينة أن الشاب فارق الحياة قبل وصوله، فيما أصيب شقيقه بجروح في يده.

الأمن العام أعلن في بيان مقتضب أنه فتح تحقيقاً في الحادثة، ووعد بـ«ملاحقة الجناة أينما كانوا»، وهي عبارة يقول الأهالي إنهم سمعوها مرات كثيرة من قبل.

ويرى الباحث في الشأن المحلي سامر الحوراني أن المشكلة أعمق من الملاحقات الأمنية: «ما لم تُجمع الأسلحة وتُحل ملفات الثأر القديمة عبر مصالحات عشائرية حقيقية، سنبقى نعدّ القتلى كل أسبوع».

في المساء، يعود الهدوء الحذر إلى الشوارع، ولا يُسمع إلا صوت المولدات. يقول أحد أصحاب المحلات وهو يطفئ الأنوار: «نحن لا نعيش، نحن ننتظر».

شارك المقال: فيسبوك | تويتر | واتساب
© حوران اليوم 2025 - جميع الحقوق محفوظة
""",
    url="https://houran-today.example/files/2025/03/14/nawa-fear", outlet="Houran Today",
    published="2025-03-14", incident="k-sy-nawa-killing-2025-03-12",
    events=[ev(V, "Attack", "2025-03-12", uag("Syria"), civ("Syria"), "nawa", 1,
               "قُتل الشاب محمد (27 عاماً)، العضو السابق في اللجنة المركزية للمدينة، برصاص مسلحين مجهولين")],
    notes="Friday feature; the one new incident is buried in paragraph 5 ('مساء الأربعاء' = 2025-03-12, two days "
          "before the Friday publication). Victim is a former committee member, unarmed at home: coded as a "
          "civilian. The brother's wound is part of the same event. Monthly tallies, the security service's "
          "promise and the researcher's quote are not events.")

art("k_iq_dibis_ied_flash", """
الرافدين للأنباء | الرئيسية | عاجل | محليات | اقتصاد | رياضة

عاجل | كركوك

كركوك - الرافدين: انفجرت عبوة ناسفة فجر اليوم الاثنين على طريق ترابي قرب قضاء الدبس شمال غربي كركوك، مستهدفة عجلة عسكرية تابعة للجيش العراقي خلال واجب تفتيش روتيني، ما أسفر عن إصابة جنديين بجروح طفيفة، ولم تسجل أي حالة وفاة، بحسب مصدر أمني.

وأضاف المصدر أن قوة أمنية طوقت المكان وباشرت عمليات تفتيش بحثاً عن المنفذين.

(التفاصيل تتبع)

نُشر في: 7 تشرين الأول 2024 - 06:42

الأكثر قراءة
1. مقتل أربعة من داعش بضربة جوية في وادي الشاي (أرشيف 2023)
2. وزير الداخلية يعلن خطة أمنية لزيارة الأربعين
3. ارتفاع أسعار الطماطم في أسواق كركوك
4. محكمة في نينوى تقضي بسجن متهم بالإرهاب 15 عاماً

تابعونا على تلغرام | حمّل تطبيق الرافدين
""",
    url="https://rafidain-news.example/urgent/2024/10/07/dibis-ied", outlet="Al-Rafidain News Agency",
    published="2024-10-07", incident="k-iq-dibis-ied-2024-10-07",
    events=[ev(E, "Remote explosive/landmine/IED", "2024-10-07", uag("Iraq"), IRQ_MIL, "dibis", 0,
               "انفجرت عبوة ناسفة فجر اليوم الاثنين على طريق ترابي قرب قضاء الدبس")],
    notes="Agency flash of three lines inside page chrome. Nobody claims the IED, so actor1 is an unidentified "
          "group. Fatalities 0: the text says no death was recorded (two wounded). The 'most read' block lists an "
          "archive airstrike and a verdict: boilerplate, no events.")

art("k_ye_taiz_rawdah_shelling_tv", """
الرئيسية | أخبار | برامج | البث المباشر | فيديو

فيديو | مقتل طفلين بقذيفة حوثية على حي الروضة في تعز

تعز - قناة اليمن الحر | 19 أغسطس 2024

▶ شاهد: لحظة وصول المصابين إلى مستشفى الثورة العام في تعز (02:14)

قُتل طفلان وأصيب خمسة مدنيين آخرين، بينهم امرأة، عصر أمس الأحد، جراء سقوط قذيفة هاون أطلقتها ميليشيا الحوثي من مواقعها في تبة السلال على حي الروضة وسط مدينة تعز.

وقال مراسل القناة إن القذيفة سقطت قرب محل تجاري بينما كان الطفلان يلعبان أمام منزلهما، مشيراً إلى أن حالة اثنين من المصابين خطرة.

▶ فيديو: آثار القصف على المنازل في حي الروضة (01:05)

وأدان محافظ تعز في تصريح للقناة «الجريمة الإرهابية»، محملاً الجماعة المسؤولية الكاملة عن «استهداف الأحياء السكنية بشكل متعمد»، وطالب المبعوث الأممي بموقف واضح.

ويأتي القصف بعد أيام من سقوط قذائف مماثلة على حي ثعبات شرق المدينة، في ظل حصار تفرضه الجماعة على تعز منذ عام 2015. وتقول منظمات محلية إن القناصة والقذائف الحوثية أودت بحياة عشرات المدنيين في المدينة منذ بداية العام.

▶ تقرير: أطفال تعز.. طفولة تحت الحصار (05:30)

تابعونا على يوتيوب | اشترك في النشرة البريدية
جميع الحقوق محفوظة © قناة اليمن الحر
""",
    url="https://yemen-alhurr-tv.example/video/2024/08/19/taiz-rawdah", outlet="Yemen Al-Hurr TV",
    published="2024-08-19", incident="k-ye-taiz-rawdah-shelling-2024-08-18",
    events=[ev(E, "Shelling/artillery/missile attack", "2024-08-18", HOUTHI, civ("Yemen"), "taiz_rawdah", 2,
               "جراء سقوط قذيفة هاون أطلقتها ميليشيا الحوثي من مواقعها في تبة السلال على حي الروضة")],
    notes="TV web page with video captions. 'عصر أمس الأحد' = 2024-08-18. The earlier shells on Thaabat ('بعد "
          "أيام') and the yearly tally are background, not events.")

art("k_ly_tripoli_abusalim_liveblog", """
تغطية مباشرة | اشتباكات أبو سليم: لحظة بلحظة

آخر تحديث: الثلاثاء 23 يوليو 2024 - 16:40 بتوقيت طرابلس

16:40 - تجمع عشرات المواطنين في ميدان الشهداء وسط طرابلس بعد ظهر اليوم، رافعين لافتات كتب عليها «طرابلس ليست ساحة حرب» و«أخرجوا السلاح من الأحياء». وانفضت الوقفة بعد نحو ساعتين دون تسجيل أي حوادث.

12:05 - مركز طب الطوارئ والدعم: ارتفع عدد القتلى جراء اشتباكات الليلة الماضية إلى 5، بينهم مدني كان عائداً إلى منزله، فيما بلغ عدد الجرحى 14.

09:30 - الهدوء يسود أبو سليم، وفرق الهلال الأحمر تنتشل سيارات محترقة من طريق المطار. المدارس الصيفية في البلدية تعلّق نشاطها اليوم.

00:50 - المجلس الرئاسي يعلن التوصل إلى وقف لإطلاق النار بين الطرفين بوساطة من أعيان سوق الجمعة وتاجوراء، على أن تنسحب القوتان إلى مقراتهما.

23:10 (الاثنين) - وزارة الصحة: 3 قتلى و9 جرحى حصيلة أولية.

22:15 (الاثنين) - مصادر محلية: قوة تابعة لجهاز دعم الاستقرار هاجمت مقراً للواء 444 قتال قرب دوار الفرناج في أبو سليم بعد خلاف على توقيف أحد عناصرها، والاشتباكات بالأسلحة المتوسطة تمتد إلى طريق المطار.

21:40 (الاثنين) - سماع دوي إطلاق نار كثيف في منطقة أبو سليم جنوب العاصمة.

اقرأ أيضاً:
- خمسة أعوام على حرب طرابلس: ماذا تغير؟
- بلدية أبو سليم تطالب بإخراج المعسكرات من الأحياء السكنية

شارك التغطية | أبلغ عن خطأ
""",
    url="https://libya-alan.example/live/2024/07/23/abu-salim-clashes", outlet="Libya Alan",
    published="2024-07-23", incident="k-ly-tripoli-abusalim-clashes-2024-07-22",
    events=[
        ev(B, "Armed clash", "2024-07-22", SSA, BRIGADE_444, "abu_salim", 5,
           "قوة تابعة لجهاز دعم الاستقرار هاجمت مقراً للواء 444 قتال"),
        ev(S, "Agreement", "2024-07-23", SSA, BRIGADE_444, "tripoli", None,
           "المجلس الرئاسي يعلن التوصل إلى وقف لإطلاق النار بين الطرفين", optional=True),
        ev(P, "Peaceful protest", "2024-07-23", protesters("Libya"), None, "tripoli_martyrs_square", 0,
           "تجمع عشرات المواطنين في ميدان الشهداء وسط طرابلس"),
    ],
    notes="Live blog in reverse chronological order. Clash Monday evening 2024-07-22 (SSA attacked, so it is "
          "actor1); toll 3 revised to 5 ('ارتفع ... إلى 5'), the civilian killed in the crossfire is part of the "
          "battle. The ceasefire at 00:50 Tuesday is an optional Agreement. The sit-in on Tuesday afternoon is a "
          "separate peaceful protest, 0 deaths ('دون تسجيل أي حوادث').")

art("k_sd_elfasher_drone_correspondent", """
من الفاشر | مراسلنا: «سمعت أزيز المسيّرة قبل أن تضرب المدرسة»

الفاشر - خاص - النيلين الجديدة
الأحد 29 سبتمبر 2024

كنت في طريقي إلى سوق المواشي صباح أمس السبت حين سمعت أزيزاً منخفضاً فوق حي أولاد الريف، وقبل أن أرفع رأسي دوّى انفجار هزّ الشارع كله. ركضت مع آخرين نحو مصدر الدخان، فإذا هو مدرسة الشهيد عبد الرحيم التي تؤوي منذ أشهر مئات النازحين القادمين من مخيم زمزم.

رأيت بعيني نساءً يحملن أطفالاً مغطين بالغبار، ورجالاً ينبشون الركام بأيديهم. مسعف من غرفة طوارئ الحي قال لي إن ما لا يقل عن سبعة أشخاص قُتلوا في الحال. وعند المساء أبلغتني تنسيقية لجان المقاومة في الفاشر أن عدد القتلى ارتفع إلى أحد عشر، بينهم أربعة أطفال، فيما نُقل أكثر من عشرين جريحاً إلى المستشفى السعودي، آخر مستشفى يعمل جزئياً في المدينة.

الجيش السوداني اتهم في بيان قوات الدعم السريع بإطلاق المسيّرة من مواقعها شرق المدينة، وقال إن دفاعاته الأرضية أسقطت مسيّرتين أخريين كانتا تتجهان نحو مقر الفرقة السادسة مشاة. ولم يصدر تعليق من الدعم السريع حتى كتابة هذه السطور.

ليست هذه المرة الأولى. منذ أيار/مايو الماضي تحاصر قوات الدعم السريع الفاشر، وتقول الأمم المتحدة إن مئات المدنيين قتلوا في المدينة خلال الأشهر الأخيرة. لكن ما رأيته أمس كان مختلفاً: مدرسة، ونازحون فرّوا من الموت ليجدوه في انتظارهم.

في الليل، دفن الأهالي الضحايا في مقبرة حي الدرجة على عجل، خوفاً من قصف جديد.
""",
    url="https://nilein-jadida.example/reports/2024/09/29/fasher-school-drone", outlet="Al-Nilein al-Jadida",
    published="2024-09-29", incident="k-sd-elfasher-school-drone-2024-09-28",
    events=[
        ev(E, "Air/drone strike", "2024-09-28", RSF, civ("Sudan"), "el_fasher", 11,
           "عدد القتلى ارتفع إلى أحد عشر، بينهم أربعة أطفال"),
        ev(S, "Disrupted weapons use", "2024-09-28", SAF, RSF, "el_fasher", None,
           "دفاعاته الأرضية أسقطت مسيّرتين أخريين", optional=True),
    ],
    notes="Correspondent's first-person report. The drone is attributed to the RSF only by the army; nobody else "
          "is named, so RSF is actor1. Toll 'ما لا يقل عن سبعة' revised to eleven the same evening: 11. The two "
          "drones shot down are an optional Disrupted weapons use (the statement gives no day; the same day is "
          "assumed). The burial and the UN tally are not events.")

art("k_so_dharkenley_police_facebook", """
الشرطة الصومالية: صدّ هجوم لـ«الخوارج» على مركز شرطة في دركينلي

الصومال اليوم - مقديشو
الثلاثاء 11 فبراير 2025

نشرت قيادة الشرطة الصومالية صباح اليوم على صفحتها الرسمية في فيسبوك البيان التالي، وننقله كما ورد بعد ترجمته إلى العربية:

«بيان صادر عن قيادة الشرطة الصومالية
في وقت متأخر من مساء الاثنين 10 فبراير 2025، حاولت مجموعة من ميليشيات الخوارج مهاجمة مركز شرطة دركينلي في العاصمة مقديشو مستخدمة الأسلحة الخفيفة وقذائف آر بي جي. وقد تصدّى أبطال الشرطة للمهاجمين بكل شجاعة وأجبروهم على الفرار بعد اشتباك استمر قرابة نصف ساعة، وقُتل اثنان من المهاجمين.
ونعلن ببالغ الحزن استشهاد أحد أفراد الشرطة وإصابة اثنين آخرين يتلقون العلاج حالياً.
وفي عملية متابعة صباح اليوم ألقت قواتنا القبض على ثلاثة مشتبه بهم في حي قريب، وصودرت بحوزتهم أسلحة.
تؤكد قيادة الشرطة أنها ستواصل حماية المواطنين، وتدعو السكان إلى الإبلاغ عن أي تحركات مشبوهة.
عاشت الصومال حرة»

وكانت حركة الشباب قد تبنّت في بيان مقتضب عبر إذاعة الأندلس التابعة لها الهجوم، زاعمة أنها قتلت «عدداً من عناصر الميليشيات المرتدة». ويأتي الهجوم بعد أسابيع من بدء مهام بعثة الاتحاد الأفريقي الجديدة (أوصوم)، وسط مخاوف من تصعيد الحركة هجماتها داخل العاصمة.

الأكثر قراءة:
مقديشو تستضيف مؤتمراً لرجال الأعمال | أسعار الصرف اليوم | نتائج امتحانات الشهادة الثانوية
""",
    url="https://somalia-today.example/ar/2025/02/11/dharkenley-police", outlet="Somalia Today",
    published="2025-02-11", incident="k-so-dharkenley-police-attack-2025-02-10",
    events=[
        ev(B, "Armed clash", "2025-02-10", SHB, SOM_POL, "dharkenley", 3,
           "حاولت مجموعة من ميليشيات الخوارج مهاجمة مركز شرطة دركينلي"),
        ev(S, "Arrests", "2025-02-11", SOM_POL, SHB, "dharkenley", None,
           "ألقت قواتنا القبض على ثلاثة مشتبه بهم في حي قريب", optional=True),
    ],
    notes="Police Facebook statement reproduced verbatim. 'الخوارج' is the government's name for al-Shabaab, which "
          "also claimed the attack: actor1 Al Shabaab. Fatalities 3 = two attackers + one policeman (the group's "
          "vaguer claim is not a figure). The follow-up arrests next morning are optional; actor2 is the group the "
          "suspects are accused of belonging to.")

art("k_ml_boni_telegram_repost", """
مالي: «نصرة الإسلام» تتبنى هجوماً على موقع للجيش في بوني.. والطيران يرد

ساحل إنفو - نواكشوط | 15 جويلية 2024

تداولت قنوات على تطبيق تلغرام مقربة من جماعة نصرة الإسلام والمسلمين، مساء الأحد 14 جويلية 2024، منشوراً جاء فيه:

"بفضل الله، أغار المجاهدون صباح اليوم على ثكنة للجيش المالي في بلدة بوني بولاية موبتي، وقتلوا خمسة عشر جندياً، وغنموا أسلحة وآليات، ورجع الإخوة سالمين."

ولم يتسن لـ«ساحل إنفو» التحقق من الأرقام الواردة في المنشور. غير أن مصادر محلية في بوني أكدت لنا أن الهجوم وقع فعلاً صباح الأحد، واستمر الاشتباك أكثر من ساعتين، مشيرة إلى أن أربعة جنود على الأقل قُتلوا وأن المهاجمين أحرقوا شاحنتين.

وأضافت المصادر أن طائرات تابعة للجيش المالي قصفت بعد ظهر اليوم نفسه تجمعات للمسلحين على الطريق بين بوني وهومبوري أثناء انسحابهم، دون أن تعرف حصيلة القصف.

الجيش المالي من جهته أصدر بلاغاً مقتضباً تحدث عن «هجوم إرهابي جبان تم صده»، وعن «تكبيد العدو خسائر فادحة»، دون أن يذكر خسائره.

وتشهد منطقة وسط مالي منذ سنوات هجمات متكررة للجماعة، التي تفرض حصاراً على عدد من البلدات في محيط دوينتزا. وكانت بوني نفسها قد عاشت حصاراً طويلاً عام 2022.

مواضيع ذات صلة: الساحل | مالي | الإرهاب
""",
    url="https://sahel-info.example/ar/2024/07/15/boni-attack", outlet="Sahel Info",
    published="2024-07-15", incident="k-ml-boni-attack-2024-07-14",
    events=[
        ev(B, "Armed clash", "2024-07-14", JNIM, MLI, "boni", 4,
           "أغار المجاهدون صباح اليوم على ثكنة للجيش المالي في بلدة بوني"),
        ev(E, "Air/drone strike", "2024-07-14", MLI, JNIM, "boni_hombori_road", None,
           "طائرات تابعة للجيش المالي قصفت بعد ظهر اليوم نفسه تجمعات للمسلحين"),
    ],
    notes="Telegram post quoted by a site; Maghrebi month (جويلية). The claim says 15 soldiers, local sources 'at "
          "least four': 4 (lowest credible). The retaliatory air strike on the withdrawing fighters the same "
          "afternoon is a genuine second event (no toll). The burnt trucks belong to the battle.")

art("k_ng_damboa_convoy_ambush", """
نيجيريا: مقتل ٦ جنود وسائق في كمين على طريق دامبوا

أفريقيا برس - مايدوغوري | الأربعاء ٢٠ نوفمبر ٢٠٢٤

لقي ستة جنود نيجيريين على الأقل وسائق مدني مصرعهم، يوم الثلاثاء، عندما نصب مسلحون كميناً لقافلة عسكرية كانت ترافق شاحنات محملة بالمواد الغذائية على الطريق الرابط بين مايدوغوري وبلدة دامبوا في ولاية بورنو شمال شرقي البلاد.

وقال ضابط في الجيش طلب عدم الكشف عن هويته إن المهاجمين، الذين كانوا يستقلون شاحنات بيك آب مزودة برشاشات، فتحوا النار على القافلة على بعد نحو ١٥ كيلومتراً من دامبوا، ودارت اشتباكات استمرت قرابة ساعة قبل وصول تعزيزات.

وفي وقت لاحق، أعلن تنظيم «داعش - ولاية غرب أفريقيا» مسؤوليته عن الهجوم عبر وكالة أعماق، ونشر صوراً قال إنها لأسلحة استولى عليها مقاتلوه.

من جهته، قال المتحدث باسم الجيش النيجيري في بيان إن القوات «صدت الهجوم وكبدت الإرهابيين خسائر كبيرة»، مؤكداً أن عمليات تمشيط واسعة تجري في المنطقة، وأن الجيش «سيلاحق فلول الإرهابيين حتى آخر معاقلهم».

ويعد طريق مايدوغوري - دامبوا من أخطر الطرق في الولاية، إذ شهد خلال العام الجاري عدة هجمات مماثلة، ما دفع السلطات إلى فرض نظام القوافل المرافقة. ووفق إحصاءات منظمات إنسانية، قُتل أكثر من ٣٠٠ شخص في هجمات متفرقة في بورنو منذ مطلع ٢٠٢٤.

وتُشيَّع يوم الخميس جثامين الجنود في ثكنة مايمالاري العسكرية في مايدوغوري بحضور قائد عملية «هادن كاي».

اقرأ أيضاً: حاكم بورنو يدعو إلى تسليح الحراس المدنيين
""",
    url="https://afrikiya-press.example/ar/nigeria/2024/11/20/damboa-ambush", outlet="Afrikiya Press",
    published="2024-11-20", incident="k-ng-damboa-ambush-2024-11-19",
    events=[ev(B, "Armed clash", "2024-11-19", ISWAP, NGA, "damboa", 7,
               "نصب مسلحون كميناً لقافلة عسكرية كانت ترافق شاحنات محملة بالمواد الغذائية")],
    notes="Attackers first 'مسلحون', named only in paragraph 3 through the ISWAP claim. Ambush followed by an "
          "hour of fighting: Battles. Fatalities 7 = 'at least six' soldiers (Eastern digits in the headline) + the "
          "civilian driver; the army's 'heavy losses' gives no figure. Place ~15 km from Damboa: coded at Damboa. "
          "The funeral on Thursday is future.")

art("k_lb_bintjbeil_drone_strike", """
الجنوب نيوز | سياسة | أمن | اقتصاد | رياضة

شهيد بغارة مسيّرة إسرائيلية على سيارة بين بنت جبيل وعيناثا

الأربعاء 16 نيسان 2025

استهدفت مسيّرة إسرائيلية ظهر اليوم سيارة من نوع «رابيد» على الطريق الفاصل بين مدينة بنت جبيل وبلدة عيناثا، ما أدى إلى استشهاد سائقها وإصابة عامل سوري كان يمر على دراجته النارية بجروح متوسطة نُقل على أثرها إلى مستشفى صلاح غندور.

ونعى حزب الله في بيان بعد الظهر الشهيد حسن علي ف. (41 عاماً) من بلدة عيناثا، واصفاً إياه بـ«الشهيد على طريق القدس». وأعلن أن التشييع سيجري عصر غد الخميس في جبانة البلدة.

وزعم الناطق باسم جيش الاحتلال في منشور على منصة إكس أن الغارة «قضت على عنصر في حزب الله كان يعمل على إعادة بناء قدرات التنظيم في منطقة بنت جبيل»، معتبراً ذلك «خرقاً للتفاهمات».

وتأتي الغارة بعد يومين من استهداف مماثل في بلدة كفركلا، فيما تواصل إسرائيل احتلال خمس نقاط داخل الأراضي اللبنانية رغم اتفاق وقف إطلاق النار الذي دخل حيز التنفيذ في 27 تشرين الثاني الماضي. وتقول مصادر رسمية لبنانية إن عدد الخروقات الإسرائيلية تجاوز ألفي خرق منذ ذلك التاريخ.

ودان رئيس الحكومة الاعتداء، مطالباً لجنة الإشراف على وقف إطلاق النار بـ«تحمل مسؤولياتها»، فيما أكدت قيادة الجيش اللبناني أنها «تتابع الموضوع مع الجهات المعنية».

اقرأ أيضاً:
- بالصور: الأهالي يعودون إلى حقول التبغ في القرى الحدودية
- وزير الأشغال يتفقد طريق الناقورة

جميع الحقوق محفوظة - الجنوب نيوز 2025 | سياسة الخصوصية | اتصل بنا
""",
    url="https://janoub-news.example/security/2025/04/16/bint-jbeil-drone", outlet="Al-Janoub News",
    published="2025-04-16", incident="k-lb-bintjbeil-drone-2025-04-16",
    events=[ev(E, "Air/drone strike", "2025-04-16", ISR, HEZ, "bint_jbeil", 1,
               "استهدفت مسيّرة إسرائيلية ظهر اليوم سيارة من نوع «رابيد» على الطريق الفاصل بين مدينة بنت جبيل وبلدة عيناثا")],
    notes="The dead driver was eulogised by Hezbollah and claimed as a member by Israel: actor2 Hezbollah. The Syrian "
          "worker's injury belongs to the same strike. The strike on Kfar Kila 'two days earlier' is background "
          "recalled in passing (not coded); the funeral is tomorrow; the condemnation is not an event.")

art("k_ps_jenin_camp_raid", """
الضفة برس | الرئيسية | جنين | نابلس | القدس | أسرى

ثلاثة شهداء واشتباكات عنيفة خلال اقتحام مخيم جنين

جنين - الضفة برس - الثلاثاء 6 شباط 2024

استشهد ثلاثة شبان برصاص قوات الاحتلال الإسرائيلي، فجر اليوم الثلاثاء، خلال اقتحام واسع لمخيم جنين تخللته اشتباكات مسلحة عنيفة استمرت أكثر من خمس ساعات.

وكانت وزارة الصحة قد أعلنت في البداية استشهاد شابين، قبل أن تعلن قرابة الظهر ارتفاع العدد إلى ثلاثة بعد استشهاد شاب متأثراً بإصابته الحرجة في الرأس، فيما أصيب ثمانية آخرون بينهم مسعف.

وقالت كتيبة جنين التابعة لسرايا القدس في بيان إن مقاتليها «خاضوا اشتباكات ضارية مع قوات الاحتلال المقتحمة في محاور المخيم وفجّروا عبوات ناسفة بآلياتها». وأفاد شهود عيان بأن طائرة مسيّرة أطلقت صاروخاً على مجموعة من المقاومين قرب حارة الدمج خلال الاشتباكات.

وجرفت الجرافات العسكرية أجزاء من شارع مهيوب وشارع السكة، ما ألحق أضراراً بشبكتي المياه والكهرباء، كما اعتقلت القوات ستة شبان على الأقل من المخيم قبل انسحابها.

وادعى جيش الاحتلال في بيان أن قواته «قضت على مخربين اثنين وأحبطت عبوات ناسفة» خلال ما وصفه بـ«نشاط لمكافحة الإرهاب».

وعمّ الإضراب الشامل محافظة جنين حداداً على أرواح الشهداء، فيما دعت الفصائل إلى المشاركة في تشييع جثامينهم عصر اليوم من أمام مستشفى جنين الحكومي.

ومنذ مطلع العام، استشهد أكثر من 60 فلسطينياً في الضفة الغربية، بحسب معطيات وزارة الصحة.

شارك: فيسبوك | تلغرام | إكس
""",
    url="https://daffa-press.example/jenin/2024/02/06/camp-raid", outlet="Al-Daffa Press",
    published="2024-02-06", incident="k-ps-jenin-camp-raid-2024-02-06",
    events=[
        ev(B, "Armed clash", "2024-02-06", ISR, JENIN_BRIGADE, "jenin_camp", 3,
           "اقتحام واسع لمخيم جنين تخللته اشتباكات مسلحة عنيفة"),
        ev(S, "Looting/property destruction", "2024-02-06", ISR, civ("Palestine"), "jenin_camp", None,
           "وجرفت الجرافات العسكرية أجزاء من شارع مهيوب وشارع السكة", optional=True),
        ev(S, "Arrests", "2024-02-06", ISR, civ("Palestine"), "jenin_camp", None,
           "اعتقلت القوات ستة شبان على الأقل من المخيم", optional=True),
    ],
    notes="Passive 'استشهد ... برصاص قوات الاحتلال'. Toll two revised to three: 3. The raiding force initiated: "
          "actor1 Israel, actor2 the Jenin Brigade (named as the fighting side). The drone missile fired during the "
          "clashes is part of the battle (ACLED precedence), not a separate strike. Bulldozing and arrests are "
          "optional side events. The mourning strike and the funeral call are not coded (no demonstration "
          "reported); the yearly tally is background.")

art("k_iq_aldayr_clan_clash", """
يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. [موافق] [المزيد]

البصرة 24 | محليات | اقتصاد | رياضة | منوعات

نزاع على أرض زراعية يتحول إلى معركة في الدير: قتيلان وأربعة جرحى

البصرة 24 - خاص
10 أيار 2024

تحوّل خلاف قديم على ملكية أرض زراعية بين عشيرتين في قضاء الدير شمالي البصرة، مساء الخميس، إلى نزاع مسلح استُخدمت فيه الأسلحة المتوسطة والقنابل اليدوية، وأسفر عن مقتل شخصين وإصابة أربعة آخرين.

وقال مصدر في شرطة البصرة لـ«البصرة 24» إن أبناء العشيرتين تبادلوا إطلاق النار لأكثر من ثلاث ساعات في إحدى قرى القضاء، ما أثار الذعر بين الأهالي ودفع عشرات العائلات إلى مغادرة منازلها مؤقتاً.

وأضاف المصدر أن قوة من الشرطة مدعومة بالرد السريع وصلت إلى المكان وفرضت طوقاً أمنياً، وتمكنت صباح الجمعة من اعتقال ستة مطلوبين من الطرفين، فيما تتواصل الجهود لاعتقال الباقين.

وتدخل شيوخ ووجهاء من عشائر المنطقة لعقد «عطوة» بين الطرفين لمدة شهر، في محاولة لمنع تجدد القتال.

وتعد النزاعات العشائرية من أبرز التحديات الأمنية في البصرة، إذ سجلت المحافظة العام الماضي أكثر من مئة نزاع، بحسب إحصائية لقيادة الشرطة. وكان قائد الشرطة قد توعد في وقت سابق بـ«الضرب بيد من حديد» على كل من يحمل السلاح خارج إطار القانون، معتبراً «الدكة العشائرية» جريمة إرهابية.

التعليقات (12) | أضف تعليقاً

البصرة 24 © 2024 | من نحن | اتصل بنا
""",
    url="https://basra24.example/local/2024/05/10/aldayr-clan-clash", outlet="Basra 24",
    published="2024-05-10", incident="k-iq-aldayr-clan-clash-2024-05-09",
    events=[
        ev(B, "Armed clash", "2024-05-09", clan("Iraq"), clan("Iraq"), "al_dayr", 2,
           "إلى نزاع مسلح استُخدمت فيه الأسلحة المتوسطة والقنابل اليدوية"),
        ev(S, "Arrests", "2024-05-10", IRQ_POL, clan("Iraq"), "al_dayr", None,
           "تمكنت صباح الجمعة من اعتقال ستة مطلوبين من الطرفين", optional=True),
    ],
    notes="Clan fight: Battles between two unidentified clan militias (grenades used inside the clash, not a "
          "separate Explosions event). 'مساء الخميس' = 2024-05-09 (published Friday). Arrests on Friday are "
          "optional. The 'عطوة' truce is a customary arrangement, not coded; the police chief's threat and the "
          "yearly count are not events. Cookie banner and comment counter are boilerplate.")

art("k_sy_busayrah_protest_sdf", """
البصيرة: قسد تفرّق بالرصاص الحي تظاهرة تطالب بالإفراج عن معتقلين

نهر الفرات نيوز - دير الزور
26 حزيران 2024

أطلق عناصر من قوات سوريا الديمقراطية (قسد)، ظهر أمس الثلاثاء، الرصاص الحي في الهواء لتفريق تظاهرة خرجت في بلدة البصيرة بريف دير الزور الشرقي، للمطالبة بالإفراج عن أربعة شبان من أبناء البلدة اعتقلتهم القوات قبل أسبوع خلال حملة مداهمات.

وقال مراسلنا إن نحو مئتي شخص تجمعوا أمام مبنى المجلس المحلي، مرددين شعارات تطالب بـ«وقف الاعتقالات العشوائية» و«إخراج الشباب»، قبل أن تصل دوريات عسكرية وتطلق النار فوق رؤوس المتظاهرين. ولم تسجل أي إصابات، بحسب المراسل، فيما اعتُقل شاب من المشاركين في التظاهرة ثم أفرج عنه مساءً.

وقال أحد وجهاء البلدة للموقع: «نحن لسنا ضد أحد، لكن من حقنا أن نعرف مصير أبنائنا»، مؤكداً أن الأهالي سيواصلون الاحتجاج «بشكل سلمي».

ولم يصدر عن «قسد» أي تعليق، إلا أن مصدراً في مجلس دير الزور العسكري قال إن المعتقلين الأربعة «متورطون في التعامل مع خلايا داعش»، وإنهم سيحالون إلى القضاء.

وتشهد بلدات ريف دير الزور الشرقي احتجاجات متكررة منذ آب 2023، حين اندلعت مواجهات بين «قسد» ومقاتلي العشائر العربية أوقعت عشرات القتلى.

---
أخبار ذات صلة:
- مقتل راعٍ بانفجار لغم في بادية الشولا (أرشيف)
- ارتفاع أسعار المحروقات في مناطق الإدارة الذاتية
""",
    url="https://euphrates-news.example/deir/2024/06/26/busayrah-protest", outlet="Nahr al-Furat News",
    published="2024-06-26", incident="k-sy-busayrah-protest-2024-06-25",
    events=[ev(P, "Protest with intervention", "2024-06-25", protesters("Syria"), SDF, "busayrah", 0,
               "الرصاص الحي في الهواء لتفريق تظاهرة خرجت في بلدة البصيرة")],
    notes="Headline says 'بالرصاص الحي' but the shots were fired into the air and nobody was hurt ('لم تسجل أي "
          "إصابات'): Protest with intervention rather than Excessive force; fatalities 0. The brief detention of "
          "one protester belongs to the intervention. The arrests 'a week ago' are background without a date; the "
          "2023 clashes are history; the related-news block (a mine blast, archive) is boilerplate.")

art("k_ye_mudiyah_aqap_flash", """
أبين نت | خبر عاجل

مودية - أبين نت - الخميس 13 يونيو 2024: قُتل ثلاثة جنود من قوات الحزام الأمني وأصيب اثنان آخران، فجر اليوم، في هجوم شنه مسلحون من تنظيم القاعدة على نقطة تفتيش في وادي عومران شرق مديرية مودية بمحافظة أبين، وفق مصدر عسكري.
وأكد المصدر أن الجنود اشتبكوا مع المهاجمين لنحو ساعة قبل أن ينسحب هؤلاء باتجاه المرتفعات الجبلية.
ويأتي الهجوم ضمن سلسلة هجمات يشنها التنظيم في المحافظة منذ إطلاق القوات الجنوبية عملية «سهام الشرق» عام 2022.

تابعونا على قناة أبين نت في واتساب وتلغرام

آخر الأخبار:
• انقطاع الكهرباء يضرب زنجبار لليوم الثالث
• محافظ أبين يتفقد سير امتحانات الثانوية العامة
• ارتفاع أسعار الغاز المنزلي في عدن
• مقتل وإصابة 5 في حادث سير على طريق العرقوب
""",
    url="https://abyan-net.example/urgent/2024/06/13/mudiyah-checkpoint", outlet="Abyan Net",
    published="2024-06-13", incident="k-ye-mudiyah-checkpoint-attack-2024-06-13",
    events=[ev(B, "Armed clash", "2024-06-13", AQAP, BELT, "mudiyah", 3,
               "هجوم شنه مسلحون من تنظيم القاعدة على نقطة تفتيش في وادي عومران")],
    notes="Agency flash of three sentences. Passive 'قُتل ثلاثة جنود'; the attackers are named in the same "
          "sentence. Location Wadi Omran east of Mudiyah: coded at Mudiyah. The latest-news list (including a road "
          "accident) is boilerplate.")

art("k_sd_kordofan_darfur_roundup", """
حصاد اليوم | السودان: غارات على بارا وهجوم على قرية غرب الأبيض ومعارك في المالحة

سودان ديلي - الخرطوم - الخميس 12 يونيو 2025

نستعرض في حصاد اليوم أبرز التطورات الميدانية والسياسية في السودان خلال الساعات الأربع والعشرين الماضية:

شمال كردفان: شن الطيران الحربي التابع للجيش السوداني، أمس الأربعاء، سلسلة غارات على تجمعات لقوات الدعم السريع في مدينة بارا ومحيطها، وقال مصدر عسكري إن الغارات «دمرت عدداً من العربات القتالية»، دون ذكر حصيلة بشرية.

وفي اليوم نفسه، هاجمت مجموعة من قوات الدعم السريع على متن دراجات نارية قرية أم صميمة غرب مدينة الأبيض، وقتلت خمسة من سكانها بينهم امرأة، ونهبت المواشي والمحاصيل من المنازل، بحسب ما أفاد به ناشطون من لجان المقاومة. وفرت عشرات الأسر من القرية باتجاه الأبيض.

شمال دارفور: قالت القوة المشتركة لحركات الكفاح المسلح إنها تصدت مساء أمس لهجوم شنته قوات الدعم السريع على بلدة المالحة شمال شرقي الفاشر، مؤكدة أنها «كبدت المليشيا خسائر فادحة في الأرواح والعتاد». وتحدثت مصادر محلية عن سقوط قتلى من الطرفين، دون أن تتمكن من تحديد عددهم.

الخرطوم: تواصل السلطات إعادة الخدمات إلى أحياء أم درمان، فيما أعلنت وزارة الصحة خطة لإعادة تأهيل مستشفى أم درمان التعليمي.

سياسياً: جدد رئيس مجلس السيادة رفضه «أي تفاوض مع المليشيا قبل خروجها من المدن»، فيما دعت الولايات المتحدة الطرفين إلى العودة إلى طاولة المفاوضات.

إنسانياً: حذر برنامج الأغذية العالمي من أن مناطق في كردفان ودارفور باتت على حافة المجاعة.
""",
    url="https://sudan-daily-ar.example/roundup/2025/06/12", outlet="Sudan Daily",
    published="2025-06-12", incident="k-sd-roundup-2025-06-11",
    events=[
        ev(E, "Air/drone strike", "2025-06-11", SAF, RSF, "bara", None,
           "شن الطيران الحربي التابع للجيش السوداني، أمس الأربعاء، سلسلة غارات على تجمعات لقوات الدعم السريع في مدينة بارا"),
        ev(V, "Attack", "2025-06-11", RSF, civ("Sudan"), "um_sumeima", 5,
           "هاجمت مجموعة من قوات الدعم السريع على متن دراجات نارية قرية أم صميمة غرب مدينة الأبيض"),
        ev(S, "Looting/property destruction", "2025-06-11", RSF, civ("Sudan"), "um_sumeima", None,
           "ونهبت المواشي والمحاصيل من المنازل", optional=True),
        ev(B, "Armed clash", "2025-06-11", RSF, JOINT_FORCE, "malha", None,
           "تصدت مساء أمس لهجوم شنته قوات الدعم السريع على بلدة المالحة"),
    ],
    notes="Daily round-up with three field events on 2025-06-11 ('أمس الأربعاء', 'في اليوم نفسه', 'مساء أمس'). "
          "Bara and Malha: no figure ('قتلى من الطرفين' without a number) so null. The looting during the village "
          "attack is optional (often folded into the attack). Um Sumeima coordinates are approximate (west of El "
          "Obeid). Khartoum services, politics and the WFP warning are not events. One incident slug is shared by "
          "the round-up's events because they come from one article; they are distinct real-world incidents.")

# ================================================================================================== non-event articles
art("k_iq_baghdad_verdict_car_bomb", """
الإعدام شنقاً لمدان بتفجير سيارة مفخخة قتل 18 مدنياً في بغداد الجديدة

صوت القانون - بغداد
الثلاثاء 5 آذار 2024

أصدرت محكمة الجنايات المركزية في الرصافة، اليوم الثلاثاء، حكماً بالإعدام شنقاً حتى الموت بحق مدان بالاشتراك في تفجير سيارة مفخخة استهدف سوقاً شعبية في منطقة بغداد الجديدة في تموز 2016، ما أسفر حينها عن مقتل ثمانية عشر مدنياً وإصابة أكثر من أربعين آخرين.

وذكر بيان لمجلس القضاء الأعلى أن المدان، الذي اعتُقل في محافظة الأنبار أواخر العام الماضي، اعترف خلال التحقيق بنقل السيارة المفخخة من منطقة الطارمية إلى مكان التفجير بتكليف من قيادي في تنظيم داعش، وأن اعترافاته عُززت بتقارير الخبراء وإفادات الشهود.

وأضاف البيان أن الحكم صدر وفق أحكام المادة الرابعة/1 من قانون مكافحة الإرهاب، وهو قابل للتمييز أمام محكمة التمييز الاتحادية.

وكان التفجير قد وقع مساء يوم جمعة مزدحم بالمتسوقين قبيل عيد الفطر، وخلّف دماراً واسعاً في المحال التجارية المجاورة. وحضر عدد من ذوي الضحايا جلسة النطق بالحكم، وقالت والدة أحد القتلى للصحفيين بعد خروجها من القاعة: «ثماني سنوات ننتظر هذه اللحظة».

وتقول منظمات حقوقية إن المحاكم العراقية أصدرت مئات أحكام الإعدام في قضايا إرهاب خلال السنوات الأخيرة، داعية إلى ضمان معايير المحاكمة العادلة.

الوسوم: القضاء | الإرهاب | بغداد
""",
    url="https://qanoon-voice.example/courts/2024/03/05/baghdad-jadida-verdict", outlet="Sawt al-Qanoon",
    published="2024-03-05",
    notes="Non-event: a death sentence for a 2016 car bombing. The headline's 'قتل 18 مدنياً' and the bombing "
          "details are history; the verdict and the arrest 'late last year' (no date, already past) are not coded.")

art("k_ly_benghazi_graduation_live_fire", """
بالذخيرة الحية.. تخريج الدفعة 54 من الكلية العسكرية في بنغازي

برقة الإخبارية | بنغازي | 5 أغسطس 2024

شهدت ساحة العرض بالكلية العسكرية في بنغازي، صباح اليوم الاثنين، مراسم تخريج الدفعة الرابعة والخمسين من طلبة الكلية، بحضور القائد العام للقوات المسلحة وعدد من قادة الوحدات العسكرية وأسر الخريجين.

وتضمن الحفل استعراضاً عسكرياً للخريجين، وتمريناً تكتيكياً حاكى اقتحام موقع معادٍ وتحرير رهائن، نفذته وحدات من القوات الخاصة الصاعقة باستخدام الذخيرة الحية والمدرعات والطائرات المسيّرة، وسط تصفيق الحضور.

وفي كلمته، حيا القائد العام «رجال القوات المسلحة الذين سطروا ملاحم البطولة في معركة الكرامة»، مؤكداً أن الجيش «سيضرب بيد من حديد كل من تسول له نفسه المساس بأمن الوطن»، وأنه «لن يتهاون مع الإرهاب والجريمة العابرة للحدود في الجنوب».

وترحم المشاركون على أرواح «الشهداء الذين سقطوا في معارك بنغازي ودرنة»، ووضع الخريجون إكليلاً من الزهور على النصب التذكاري للشهداء داخل الكلية.

وبلغ عدد الخريجين 612 طالباً في تخصصات المشاة والمدفعية والدروع والدفاع الجوي، على أن يلتحقوا بوحداتهم خلال الأسابيع المقبلة.

شارك الخبر:
فيسبوك | إكس | واتساب

اقرأ أيضاً: الهلال الأحمر يوزع مساعدات على أسر النازحين في الكفرة
""",
    url="https://barqa-news.example/military/2024/08/05/graduation-54", outlet="Barqa News",
    published="2024-08-05",
    notes="Non-event: a graduation parade with a live-fire exercise simulating an assault; the speech threatens "
          "('سيضرب بيد من حديد') and recalls past battles. Nothing happened to anyone.")

art("k_sy_maarrat_mine_awareness", """
قتلى وجرحى كل أسبوع.. حملة لتوعية العائدين بخطر الألغام في ريف معرة النعمان

إدلب اليوم | تقارير
8 كانون الثاني 2025

أطلقت منظمة «أرض آمنة» المحلية، بالتعاون مع فرق الدفاع المدني، حملة توعية واسعة بخطر الألغام ومخلفات الحرب في قرى ريف معرة النعمان الجنوبي، تزامناً مع عودة آلاف العائلات إلى منازلها بعد سنوات من النزوح.

وتتضمن الحملة جلسات في المدارس والمساجد، وتوزيع ملصقات تُظهر أشكال القنابل العنقودية والقذائف غير المنفجرة، إضافة إلى وضع إشارات تحذيرية حمراء على أطراف الأراضي الزراعية التي لم تُمسح بعد.

وبحسب إحصائية المنظمة، قُتل 143 شخصاً وأصيب أكثر من 300 آخرين بانفجار ألغام ومخلفات حربية في شمال غربي سوريا خلال عام 2024، ثلثهم تقريباً من الأطفال، فيما ارتفعت وتيرة الحوادث بشكل لافت منذ كانون الأول الماضي مع بدء حركة العودة.

ويقول منسق الحملة أحمد العلي: «الخطر الأكبر في البيوت المهجورة والحقول. الناس متلهفون للعودة إلى أراضيهم، ولا ينتظرون فرق المسح. كل أسبوع نسمع عن قتيل أو جريح».

وتحدث أحد المتطوعين عن طفل فقد ساقه قبل عامين في قرية قريبة، وصار اليوم يرافق الفرق ليروي قصته للأطفال الآخرين.

وطالبت المنظمة الجهات الدولية بتمويل عمليات مسح وإزالة شاملة، مؤكدة أن مساحات واسعة من ريف إدلب وحماة «ما زالت حقل ألغام مفتوحاً».

للتبرع لدعم الحملة اضغط هنا | شارك التقرير
""",
    url="https://idlib-today.example/reports/2025/01/08/mine-awareness", outlet="Idlib Today",
    published="2025-01-08",
    notes="Non-event: mine-awareness campaign. Headline 'قتلى وجرحى كل أسبوع' and the 2024 tally are statistics; "
          "the child who lost a leg two years ago is an anecdote without date or place.")

art("k_ye_hodeidah_strike_rumour_denied", """
«لا غارات على الحديدة».. مصدر أمني ينفي ويكشف سبب الانفجارات

صنعاء بوست | 12 نوفمبر 2024

نفى مصدر أمني في محافظة الحديدة، اليوم الثلاثاء، صحة الأنباء التي تداولتها حسابات على مواقع التواصل الاجتماعي عن تعرض ميناء الحديدة لغارات جوية أمريكية بريطانية مساء أمس، مؤكداً أنها «عارية عن الصحة جملة وتفصيلاً».

وأوضح المصدر أن أصوات الانفجارات التي سمعها السكان في حي الميناء ناتجة عن حريق اندلع في مستودع للزيوت والإطارات بسبب ماس كهربائي، وأن فرق الدفاع المدني تمكنت من إخماده خلال ثلاث ساعات دون وقوع إصابات.

واتهم المصدر «وسائل إعلام العدوان» بـ«بث الشائعات لإثارة الهلع في أوساط المواطنين»، داعياً إلى استقاء الأخبار من المصادر الرسمية.

وكانت حسابات محسوبة على الحكومة قد نشرت مقاطع مصورة لألسنة اللهب، وزعمت أن «طائرات التحالف الأمريكي قصفت مخازن أسلحة للميليشيا»، قبل أن يحذف بعضها المنشورات لاحقاً.

ولم تعلن القيادة المركزية الأمريكية عن أي عمليات في اليمن خلال الساعات الماضية، خلافاً لعادتها في الإعلان عن الضربات التي تنفذها.

يذكر أن الحديدة تعرضت خلال الأشهر الماضية لعدة ضربات أمريكية وإسرائيلية استهدفت الميناء وخزانات الوقود، وتوعدت جماعة أنصار الله بالرد على أي «عدوان جديد» باستهداف السفن في البحر الأحمر.

المزيد من الأخبار | الأرشيف | اتصل بنا
""",
    url="https://sanaa-post.example/news/2024/11/12/hodeidah-denial", outlet="Sanaa Post",
    published="2024-11-12",
    notes="Non-event: a rumoured air strike denied (electrical fire, no injuries), the US command announced nothing. "
          "Earlier strikes are background without dates; the threat of retaliation is future.")

art("k_so_opinion_shabaab_mogadishu", """
رأي | هل تعود «الشباب» إلى أبواب مقديشو؟

مركز القرن للدراسات | مقالات الرأي
20 مايو 2025 | بقلم: د. عبدي ورسمي

يكثر الحديث هذه الأيام في مقديشو عن «عودة الشباب». في المقاهي وعلى منصات التواصل، يتبادل الناس خرائط تُظهر القرى التي انسحب منها الجيش في شبيلي الوسطى، ويتساءلون إن كانت الحركة قادرة على محاصرة العاصمة كما فعلت قبل أكثر من عقد.

للإجابة عن هذا السؤال يجب أن نعود إلى الوراء قليلاً. ففي أكتوبر 2017 هزّ تفجير شاحنة مفخخة تقاطع زوبي وسط العاصمة وقتل أكثر من خمسمئة شخص، في أعنف هجوم تشهده البلاد. وفي أكتوبر 2022 فجرت الحركة سيارتين مفخختين قرب وزارة التربية، ما أوقع أكثر من مئة قتيل. هذه الهجمات لم تكن مجرد عمليات دموية، بل رسائل سياسية تقول إن الحركة قادرة على الضرب في قلب الدولة متى شاءت.

لكن ميزان القوى اليوم مختلف. فالحركة خسرت خلال «الحرب الشاملة» التي أطلقتها الحكومة عام 2022 بلدات مهمة في هيران وشبيلي الوسطى، ثم استعادت بعضها بعد انسحاب قوات العشائر. وهي اليوم تعتمد على حرب استنزاف: كمائن على الطرق، وعبوات ناسفة، وقذائف هاون على المطار والقصر الرئاسي بين حين وآخر.

في تقديري، لا تملك الحركة القدرة على اقتحام العاصمة، لكنها تملك ما هو أخطر: القدرة على إقناع السكان بأن الدولة عاجزة عن حمايتهم. وما لم تنجح الحكومة في بناء جيش وطني موحد وتمويل بعثة الاتحاد الأفريقي الجديدة، فإن سيناريو الحصار لن يبقى مجرد هاجس.

المعركة الحقيقية إذن ليست على أطراف مقديشو، بل في ثقة الناس.

الآراء الواردة في المقال تعبر عن رأي كاتبها ولا تعكس بالضرورة موقف المركز.
""",
    url="https://qarn-studies.example/opinion/2025/05/20/shabaab-mogadishu", outlet="Horn Studies Centre",
    published="2025-05-20",
    notes="Non-event: opinion piece. The 2017 and 2022 bombings are history with month/year only; ambushes, IEDs "
          "and mortars are described as habitual tactics, not incidents.")

art("k_ng_football_super_eagles_metaphors", """
المنتخب سبور | كرة إفريقية

«النسور الممتازة» تفترس النجوم السوداء بثلاثية في ليلة نارية بلاغوس

الرباط - المنتخب سبور | 16 نونبر 2024

شنت نيجيريا هجوماً كاسحاً على غانا منذ صافرة البداية في المباراة الودية التي احتضنها ملعب تيسليم باليغون بلاغوس مساء أمس، وأنهت «الحرب الكروية» بين الجارين بفوز عريض بثلاثة أهداف دون رد.

وأطلق المهاجم فيكتور أوسيمين قذيفة صاروخية من خارج المنطقة في الدقيقة 12 سكنت الزاوية العليا، قبل أن يضيف زميله أديمولا لوكمان الهدف الثاني بعد هجمة مرتدة خاطفة. وفي الشوط الثاني واصلت «النسور» قصف مرمى الحارس الغاني، وأطلق البديل هدفاً ثالثاً برأسية قاتلة في الدقيقة 81.

وقال مدرب نيجيريا في المؤتمر الصحفي: «لاعبو الخط الخلفي قاتلوا كالجنود، ولم يتركوا للخصم فرصة واحدة لاختراق دفاعاتنا». أما مدرب غانا فاعترف بأن فريقه «سقط ضحية مجزرة كروية» بسبب أخطاء فردية قاتلة، متوعداً بالثأر في المواجهة المقبلة.

وشهد الملعب حضوراً جماهيرياً غفيراً تجاوز أربعين ألف مشجع، أشعلوا المدرجات بالأهازيج والألعاب النارية منذ الساعات الأولى.

ويستعد المنتخب النيجيري لخوض معسكر تدريبي في شهر دجنبر المقبل، قبل انطلاق تصفيات كأس العالم في شهر مارس.

اقرأ أيضاً:
- الرجاء يضرب بقوة في الدوري الاحترافي
- الوداد يسقط في فخ التعادل أمام الجيش الملكي

تابعونا: فيسبوك | إنستغرام | يوتيوب
""",
    url="https://montakhab-sport.example/afrique/2024/11/16/nigeria-ghana", outlet="Al-Montakhab Sport",
    published="2024-11-16",
    notes="Non-event: a football friendly told with war metaphors (هجوم كاسح، قذيفة، قصف، مجزرة كروية، الثأر); "
          "Moroccan month names (نونبر، دجنبر). The fictional match and score are invented.")

art("k_lb_nahr_albared_commemoration", """
لبنان 24 ساعة | محليات | أمن وقضاء

الجيش يستذكر شهداء نهر البارد في الذكرى السابعة عشرة للمعركة

الاثنين 2 أيلول 2024

أحيت قيادة الجيش اللبناني اليوم الذكرى السابعة عشرة لانتهاء معركة مخيم نهر البارد، باحتفال أقيم في باحة وزارة الدفاع الوطني في اليرزة، بحضور قائد الجيش وممثلين عن الرؤساء الثلاثة وعائلات الشهداء.

ووضع قائد الجيش إكليلاً من الزهر على النصب التذكاري، وعُزف النشيد الوطني ونشيد الشهداء، ثم أُزيحت الستارة عن لوحة تحمل أسماء العسكريين الذين استشهدوا خلال المعركة التي خاضها الجيش ضد تنظيم «فتح الإسلام» صيف عام 2007، وسقط فيها نحو 170 عسكرياً.

وقال قائد الجيش في كلمته إن «دماء الشهداء في نهر البارد رسمت خطاً أحمر أمام كل من يفكر في المساس بأمن لبنان»، مؤكداً أن المؤسسة العسكرية «ستبقى بالمرصاد للإرهاب في أي بقعة من الوطن».

وتحدث والد أحد الشهداء باسم العائلات، مستعيداً اللحظة التي تلقى فيها خبر استشهاد ابنه في الثاني من حزيران 2007، وطالب الدولة بـ«الوفاء لتضحيات أبنائها».

ومن المقرر أن تقام صلاة لراحة أنفس الشهداء يوم الأحد المقبل في كنيسة مار مارون، ومجلس عزاء في مسجد محمد الأمين.

الأكثر قراءة: غارة على أطراف بلدة في الجنوب (فيديو) | أسعار المحروقات الجديدة | طقس الأسبوع
""",
    url="https://leb24h.example/local/2024/09/02/nahr-albared-anniversary", outlet="Lebanon 24 Hours",
    published="2024-09-02",
    notes="Non-event: anniversary ceremony of the 2007 Nahr al-Bared battle; the soldiers' deaths are history, the "
          "commander's words are a warning, the prayer is future. The 'most read' link to a strike video is "
          "boilerplate without place or date.")

art("k_ps_ocha_westbank_monthly_report", """
بوابة رام الله | تقارير

تقرير أممي: 27 شهيداً و118 اعتداءً للمستوطنين في الضفة خلال تشرين الثاني

رام الله - بوابة رام الله
5 كانون الأول 2024

قال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) في تقريره الشهري الصادر اليوم الخميس، إن 27 فلسطينياً، بينهم ستة أطفال، قُتلوا في الضفة الغربية بما فيها القدس الشرقية خلال شهر تشرين الثاني الماضي، معظمهم برصاص القوات الإسرائيلية خلال عمليات اقتحام في مخيمات شمال الضفة.

وأحصى التقرير 118 اعتداءً نفذها مستوطنون أسفرت عن إصابات أو أضرار في الممتلكات، وهو من أعلى المعدلات الشهرية منذ بدء المكتب بتوثيق هذه الاعتداءات، إضافة إلى هدم 96 منشأة فلسطينية بحجة عدم الترخيص، ما أدى إلى تهجير أكثر من مئتي شخص.

وأشار التقرير إلى أن محافظتي جنين وطولكرم سجلتا النسبة الأكبر من الضحايا، في حين تركزت اعتداءات المستوطنين في قرى جنوب نابلس ومسافر يطا جنوب الخليل.

وحذر المكتب من «تدهور متسارع» في الأوضاع الإنسانية، داعياً إلى محاسبة المسؤولين عن الانتهاكات وضمان حماية المدنيين، فيما طالبت وزارة الخارجية الفلسطينية مجلس الأمن بـ«التحرك الفوري لوقف جرائم الاحتلال ومستوطنيه».

وكان تقرير المكتب عن شهر تشرين الأول قد وثق مقتل 31 فلسطينياً في الضفة.

شارك التقرير | طباعة | حفظ
""",
    url="https://ramallah-gate.example/reports/2024/12/05/ocha-november", outlet="Ramallah Gate",
    published="2024-12-05",
    notes="Non-event: a UN monthly report of killings, settler attacks and demolitions (aggregate figures, no single "
          "incident with a date and place). Headline with '27 شهيداً' as a trap.")

art("k_ml_bamako_tabaski_security_plan", """
مالي: خطة أمنية مشددة في باماكو لتأمين عيد الأضحى وسط تحذيرات من هجمات

مالي العربية | باماكو | 10 جوان 2024

أعلنت وزارة الأمن والحماية المدنية في مالي، اليوم الاثنين، عن خطة أمنية خاصة لتأمين احتفالات عيد الأضحى (تاباسكي) المرتقب في 16 جوان، تشمل نشر أكثر من ثلاثة آلاف عنصر من الشرطة والدرك والحرس الوطني في العاصمة باماكو ومحيطها.

وأوضح بيان الوزارة أن الخطة تتضمن إقامة حواجز تفتيش على مداخل المدينة، وتكثيف الدوريات حول المساجد الكبرى والمصليات والأسواق، ومنع حركة الدراجات النارية ليلاً طوال أيام العيد.

وجاءت الخطة بعد تحذيرات أطلقتها سفارات غربية لرعاياها من «احتمال وقوع هجمات إرهابية» خلال فترة الأعياد، دون تحديد أهداف بعينها. ودعا الحرس الوطني المواطنين إلى «اليقظة والإبلاغ عن أي شخص أو طرد مشبوه».

في المقابل، نفت الوزارة ما تداولته صفحات على فيسبوك عن «تفجير انتحاري أحبط قرب سوق المدينة»، ووصفت الخبر بأنه «شائعة مغرضة هدفها نشر الرعب».

وكانت باماكو قد شهدت في السنوات الماضية هجمات دامية، أبرزها الهجوم على فندق راديسون بلو في نوفمبر 2015، فيما تتعرض مناطق الوسط والشمال لهجمات شبه يومية تنفذها الجماعات المسلحة.

وقال مواطن من حي باداليبوغو: «نريد أن نحتفل بالعيد مع عائلاتنا في أمان. نثق بقواتنا، لكن الخوف موجود».

الأخبار ذات الصلة: حملة لجمع الأضاحي للنازحين في موبتي
""",
    url="https://mali-arabe.example/securite/2024/06/10/tabaski-plan", outlet="Mali al-Arabiya",
    published="2024-06-10",
    notes="Non-event: a holiday security plan, embassy warnings of possible attacks, a rumoured foiled suicide "
          "bombing denied, and the 2015 hotel attack as history. Maghrebi month (جوان).")

art("k_sd_fasher_truce_talks_stalled", """
هدنة الفاشر المقترحة: الجيش يشترط والدعم السريع يتهم.. ولا اتفاق بعد

السودان الآن | سياسة | 20 مايو 2025

لا تزال المقترحات الدولية لإعلان هدنة إنسانية في مدينة الفاشر تراوح مكانها، بعد أن رفض كل طرف الشروط التي وضعها الآخر، وسط تحذيرات أممية من «كارثة وشيكة» في المدينة المحاصرة منذ عام.

وقال مصدر في الوفد الحكومي إن الجيش «لن يقبل بأي هدنة لا تتضمن انسحاب المليشيا من محيط المدينة وفتح الطرق أمام القوافل الإنسانية»، متهماً قوات الدعم السريع بـ«استغلال كل هدنة سابقة لإعادة التموضع والتحشيد».

في المقابل، قال مستشار لقائد الدعم السريع في تصريح لقناة فضائية إن قواته «مستعدة لوقف إطلاق النار فوراً»، لكنه اتهم الجيش بـ«مواصلة القصف الجوي العشوائي على المدنيين في دارفور وكردفان»، وبأنه «يعرقل كل مبادرات السلام».

ويقترح الوسطاء، وفق مسودة اطلعت عليها «السودان الآن»، هدنة مدتها أسبوعان تبدأ بوقف الهجمات على المدينة وتنتهي بترتيبات لإدخال المساعدات عبر طريق مليط، على أن تشرف عليها لجنة مراقبة مشتركة.

ويرى محللون أن فرص التوصل إلى اتفاق في المدى القريب «ضعيفة»، في ظل اعتقاد كل طرف بقدرته على الحسم العسكري. ويقول الباحث عثمان الطيب: «الحرب في السودان تحولت إلى حرب استنزاف طويلة، والمدنيون يدفعون الثمن، إذ قتل عشرات الآلاف منذ نيسان 2023».

ومن المقرر أن يزور المبعوث الأممي بورتسودان الأسبوع المقبل لاستئناف المشاورات.
""",
    url="https://sudan-alaan.example/politics/2025/05/20/fasher-truce", outlet="Al-Sudan al-Aan",
    published="2025-05-20",
    notes="Non-event: truce proposal not agreed; mutual accusations are generic (no incident, place or date); "
          "war-wide death toll is background; the envoy's visit is future.")

art("k_iq_samarra_army_vehicle_accident", """
صلاح الدين نيوز | الرئيسية | أمن | خدمات | رياضة

مقتل ثلاثة جنود وإصابة اثنين بانقلاب عجلة عسكرية على طريق سامراء

سامراء - صلاح الدين نيوز
الأربعاء 8 كانون الثاني 2025

لقي ثلاثة جنود من الفرقة الرابعة في الجيش العراقي مصرعهم وأصيب اثنان آخران، فجر اليوم الأربعاء، إثر انقلاب عجلة عسكرية من نوع همفي كانت تقلهم على الطريق السريع الرابط بين سامراء وبغداد.

وقال مصدر في شرطة المرور إن الحادث وقع بسبب الضباب الكثيف وانعدام الرؤية، إذ فقد سائق العجلة السيطرة عليها واصطدم بالحاجز الكونكريتي قبل أن تنقلب عدة مرات، مؤكداً أن الحادث «مروري بحت ولا توجد أي شبهة جنائية أو عمل إرهابي».

ونُقل المصابان إلى مستشفى سامراء العام، ووصفت حالتهما بالمستقرة، فيما نقلت جثث الضحايا إلى دائرة الطب العدلي قبل تسليمها إلى ذويهم.

ونعت قيادة العمليات في صلاح الدين الجنود الثلاثة، مشيرة إلى أنهم كانوا عائدين من واجب في قاطع المسؤولية شرقي المحافظة. ومن المقرر أن تقام مجالس العزاء في محافظاتهم يوم غد.

وتشهد الطرق الخارجية في المحافظة حوادث متكررة خلال فصل الشتاء بسبب الضباب، فيما طالب مواطنون بإنارة الطريق السريع وصيانة الحواجز.

اقرأ أيضاً: الأنواء الجوية تحذر من ضباب كثيف في المحافظات الوسطى
""",
    url="https://salahaddin-news.example/security/2025/01/08/samarra-accident", outlet="Salah al-Din News",
    published="2025-01-08",
    notes="Non-event: a road accident of an army Humvee (three soldiers dead), explicitly 'no terrorist act'. Not a "
          "conflict event despite 'مقتل ثلاثة جنود' in the headline.")


# ====================================================================================================== build / check
PART = gold_tools.BlindPart(ARTICLES, OUT, prefix="k_", script="_build_k.py", allowed_actors=frozenset(ALLOWED_ACTORS))
known_actor_eras = gold_tools.known_actor_eras
validate, check_directory, main = PART.validate, PART.check_directory, PART.main


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
