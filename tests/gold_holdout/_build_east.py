"""Build and validate the blind held-out gold set, part EAST (h3e_*.json), written BLIND.

Written blind: the author did not open the coder (src/marsad/events/**), its trigger, modality, non-event-cue,
coder-cue or figure lexicons (src/marsad/data/triggers/**, src/marsad/data/modality.yaml,
src/marsad/data/non_event_cues.yaml, src/marsad/data/coder_cues.yaml, src/marsad/lang/ar/data/figures.yaml), the
models (src/marsad/data/models/), training/, scripts/*mention*, any tests/test_coder_*.py,
tests/test_mention_filter.py or tests/test_triggers.py, nor any gold article text (tests/gold_dev/*.json,
tests/gold_holdout/** including the articles of its _build_holdout.py, the article definitions of the
tests/gold_dev/_build_*.py scripts), nor git history or diffs, and did not run the coder, `marsad eval`,
`marsad run`/`demo` or pytest on these articles. What was read: /work/shared/gold/README.md (and its two JSON examples,
for the format only), /work/shared/reference/acled-taxonomy.md, tests/gold_tools.py, tests/test_gold_holdout.py (the
mix checks), the scaffolding of tests/gold_dev/_build_q.py (module docstring, imports, constants block and PLACES up
to the banner before its first article, and its final PART/main lines; a `tail` of that file also showed the last
few closing lines of its final article, a funeral notice, which was not used), the canonical actor names and eras
of the actor lexicon (listed through marsad.text.actors.Lexicon, not their Arabic surface forms), and
`marsad gazetteer lookup` for some coordinates. Nothing was copied from /work/shared/seeds or anywhere else. All
texts are original and fictional (invented incidents at real places, invented outlets with .example domains; the
statements of real institutions are invented too).

Scope: the eastern Arab world and its neighbours -- Syria, Iraq (incl. Kurdistan), Lebanon, Palestine (Gaza and the
West Bank), Jordan, Yemen, Saudi Arabia, Iran, Turkey and Egypt's Sinai carry events; Kuwait and Oman appear in
non-event articles. 17 event articles and 7 hard non-event articles (a threat, a court verdict about an old
bombing, an industrial accident, a football derby told with war metaphors, a humanitarian bulletin of cumulative
figures, a military exercise with an official denial, an opinion column about talks without agreement and a
hypothetical war). One incident (an Israeli drone strike near Nabatieh) is told by three outlets (h3e_02-04).
Styles: wire dispatches with datelines, local pages with menus, cookie banners, "read also" blocks, share widgets
and footers, an army statement, a ministry statement, a live blog (newest first), a monitor's daily tally, a TV
transcript, a social-media repost and a feature-like report.

Dates are written in Levantine (آب، تشرين الأول، آذار، أيلول) and Gulf/Egyptian (يناير، مايو، أكتوبر) month names, a
Hijri date with its Gregorian equivalent (h3e_10), relative dates anchored by the publication date (أمس، فجر اليوم،
مساء أمس الأحد), Eastern and Western digits and number words. h3e_13 states no publication date.

Fatality convention used here: the lowest credible figure of the article counting all sides; a later official
figure that explicitly revises an earlier one replaces it; when two sources disagree the lower figure is taken;
vague words follow the taxonomy file ("dozens" 12, "several"/"a number of" 3); 0 only when the text says nobody was
killed; null when the text gives no figure.

Run:  python tests/gold_holdout/_build_east.py          (write the files, then validate them)
      python tests/gold_holdout/_build_east.py --check  (only validate the files on disk)
Checks: every h3e_*.json parses and has the gold keys; every evidence span occurs verbatim in its text; incident is
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
ISR = "Military Forces of Israel"
SETTLERS = "Settlers (Israel)"
HEZBOLLAH = "Hezbollah"
QASSAM = "Al-Qassam Brigades"
SYR_POL = "Police Forces of Syria (2024-)"
SDF = "Syrian Democratic Forces (SDF)"
TRIBES = "Arab Tribal Forces (Syria)"
ISIS = "Islamic State (ISIS)"
IRQ = "Military Forces of Iraq (2022-)"
IRQ_POL = "Police Forces of Iraq (2022-)"
JOR_POL = "Police Forces of Jordan"
TUR = "Military Forces of Turkey"
TUR_POL = "Police Forces of Turkey"
PKK = "Kurdistan Workers' Party (PKK)"
HOUTHI = "Ansar Allah (Houthis)"
YEM = "Military Forces of Yemen (2022-)"
YEM_POL = "Police Forces of Yemen (2022-)"
SAU = "Military Forces of Saudi Arabia"
IRN_POL = "Police Forces of Iran"
JAISH_ADL = "Jaish al-Adl"


# place key -> (country, admin1, location, lat, lon); coordinates from `marsad gazetteer lookup` where it knows the
# place (Dhiban, Jabalia, Bani Suheila, Nuseirat, Al-Mughayyir, Tarmiyah, Sidakan, Taiz, Maqbanah, Sheikh Othman,
# Saravan, Bir al-Abd, Al-Qurna, Nabatieh), else from general knowledge (Al-Busayrah, Tafas, Shahba, Kfar Roummane,
# Kfarchouba, Kuwait Roundabout, Rabieh, Irbid, Al-Adhaim, Kani Masi, Crater, Ad-Dayer, Sulaymaniyah, Karatay).
PLACES = {
    "busayrah": ("Syria", "Deir ez-Zor", "Al-Busayrah, Deir ez-Zor", 35.16, 40.43),
    "dhiban": ("Syria", "Deir ez-Zor", "Dhiban, Deir ez-Zor", 35.01, 40.51),
    "tafas": ("Syria", "Daraa", "Tafas, Daraa", 32.74, 36.07),
    "shahba": ("Syria", "As-Suwayda", "Shahba, As-Suwayda", 32.86, 36.63),
    "kfar_roummane": ("Lebanon", "Nabatieh", "Kfar Roummane, Nabatieh", 33.38, 35.50),
    "kfarchouba": ("Lebanon", "Nabatieh", "Kfarchouba, Hasbaya", 33.33, 35.69),
    "jabalia": ("Palestine", "Gaza Strip", "Jabalia Camp, North Gaza", 31.53, 34.48),
    "kuwait_roundabout": ("Palestine", "Gaza Strip", "Kuwait Roundabout, Gaza City", 31.48, 34.44),
    "bani_suheila": ("Palestine", "Gaza Strip", "Bani Suheila, Khan Yunis", 31.34, 34.32),
    "mughayyir": ("Palestine", "West Bank", "Al-Mughayyir, Ramallah", 32.01, 35.34),
    "amman_rabieh": ("Jordan", "Amman", "Al-Rabiah, Amman", 31.98, 35.87),
    "irbid": ("Jordan", "Irbid", "Irbid, Irbid", 32.56, 35.85),
    "tarmiyah": ("Iraq", "Baghdad", "Tarmiyah, Baghdad", 33.67, 44.39),
    "adhaim": ("Iraq", "Diyala", "Al-Adhaim, Diyala", 34.55, 44.52),
    "sidakan": ("Iraq", "Erbil", "Sidakan, Erbil", 36.80, 44.67),
    "kani_masi": ("Iraq", "Duhok", "Kani Masi, Duhok", 37.23, 43.43),
    "sulaymaniyah": ("Iraq", "Sulaymaniyah", "Sulaymaniyah, Sulaymaniyah", 35.56, 45.44),
    "qurna": ("Iraq", "Basra", "Al-Qurna, Basra", 31.01, 47.43),
    "taiz": ("Yemen", "Taizz", "Taiz, Taizz", 13.58, 44.02),
    "maqbanah": ("Yemen", "Taizz", "Maqbanah, Taizz", 13.74, 43.70),
    "sheikh_othman": ("Yemen", "Aden", "Sheikh Othman, Aden", 12.87, 44.99),
    "crater": ("Yemen", "Aden", "Crater, Aden", 12.78, 45.03),
    "ad_dayer": ("Saudi Arabia", "Jazan", "Ad-Dayer, Jazan", 17.33, 43.14),
    "saravan": ("Iran", "Sistan and Baluchestan", "Saravan, Sistan and Baluchestan", 27.37, 62.33),
    "konya_karatay": ("Turkey", "Konya", "Karatay, Konya", 37.88, 32.52),
    "bir_al_abd": ("Egypt", "North Sinai", "Bir al-Abd, North Sinai", 31.02, 33.01),
}


ev = partial(make_event, PLACES)
ARTICLES: dict[str, dict] = {}
art = partial(add_article, ARTICLES)


# ============================================================================================ event articles
# ------------------------------------------------------------------------------------------------ Syria
art("h3e_01_syria_monitor_tally", """
مرصد الفرات لحقوق الإنسان
الرئيسية | التقارير اليومية | التقارير الشهرية | عن المرصد | تواصل معنا

الحصيلة اليومية للانتهاكات والحوادث الأمنية
السبت 23 آب 2025

وثّق فريق المرصد خلال الساعات الأربع والعشرين الماضية جملة من الحوادث الأمنية في عدد من المحافظات السورية، نعرضها كما وردت من مراسلينا ومصادرنا المحلية، مع التنبيه إلى أن بعض الأرقام قابلة للتعديل مع ورود معلومات جديدة.

دير الزور
فجّر انتحاري يقود سيارة محمّلة بالمتفجرات نفسه عند حاجز لقوات سوريا الديمقراطية (قسد) على المدخل الشمالي لبلدة البصيرة في الريف الشرقي، قرابة العاشرة من مساء أمس الجمعة. وأدى التفجير إلى مقتل ثلاثة من عناصر الحاجز وإصابة خمسة آخرين، بينهم مدني كان يمر بدراجته النارية لحظة الانفجار. وتبنّى تنظيم "الدولة الإسلامية" العملية صباح اليوم عبر معرّفاته على تطبيقات المراسلة.
وفي الريف ذاته، اندلعت بعد ظهر أمس اشتباكات بالأسلحة الرشاشة وقذائف الآر بي جي بين مسلحين من أبناء العشائر العربية وعناصر من "قسد" في بلدة ذيبان، إثر مداهمة نفذتها الأخيرة لمنزل أحد وجهاء البلدة. ووثّق المرصد مقتل مسلحَين اثنين من العشائر وعنصر واحد من "قسد"، في حين تحدثت صفحات محلية عن أربعة قتلى، وهو رقم لم يتمكن المرصد من التحقق منه.
وتأتي هذه التطورات بعد نحو أسبوعين على هجوم مشابه استهدف نقطة عسكرية في بلدة الشحيل المجاورة.

درعا
عُثر صباح اليوم على جثة رجل في الأربعينيات من عمره على الأطراف الشمالية لمدينة طفس في الريف الغربي، وعليها آثار طلقات نارية في الرأس والصدر، وذلك بعد ساعات من اقتياده من أمام منزله على يد مسلحين مجهولين كانوا يستقلون سيارة بيضاء من دون لوحات. والضحية مدرّس لمادة الرياضيات في إحدى مدارس المدينة، ولم تُعرف دوافع الجريمة.

السويداء
أقدم مسلحون مجهولون مساء أمس على اعتراض حافلة ركاب على الطريق الواصل بين دمشق والسويداء قرب مدينة شهبا، واختطفوا أربعة من ركابها واقتادوهم إلى جهة مجهولة. وقال أحد أقارب المخطوفين للمرصد إن الخاطفين تواصلوا مع العائلات وطالبوا بفدية مالية كبيرة مقابل إطلاق سراحهم.

حمص
أعلنت وزارة الداخلية أن وحدات من الأمن العام ألقت صباح اليوم القبض على ثلاثة أشخاص يُشتبه في تورطهم بعمليات سلب مسلح على طريق حمص – طرطوس، وأحالتهم إلى القضاء.

ويجدد المرصد مطالبته الجهات المعنية بفتح تحقيقات جدية في حوادث القتل والخطف المتكررة، ومحاسبة المسؤولين عنها.

© مرصد الفرات لحقوق الإنسان – جميع الحقوق محفوظة | سياسة الخصوصية
""", url="https://euphrates-monitor.example/daily/2025-08-23", outlet="مرصد الفرات لحقوق الإنسان",
    published="2025-08-23", incident="h3e-syria-tally-2025-08-23",
    events=[
        ev(E, "Suicide bomb", "2025-08-22", ISIS, SDF, "busayrah", 3,
           "فجّر انتحاري يقود سيارة محمّلة بالمتفجرات نفسه عند حاجز لقوات سوريا الديمقراطية"),
        ev(B, "Armed clash", "2025-08-22", TRIBES, SDF, "dhiban", 3,
           "اندلعت بعد ظهر أمس اشتباكات بالأسلحة الرشاشة وقذائف الآر بي جي بين مسلحين من أبناء العشائر العربية"),
        ev(V, "Attack", "2025-08-23", uag("Syria"), civ("Syria"), "tafas", 1,
           "عُثر صباح اليوم على جثة رجل في الأربعينيات من عمره على الأطراف الشمالية لمدينة طفس"),
        ev(V, "Abduction/forced disappearance", "2025-08-22", uag("Syria"), civ("Syria"), "shahba", None,
           "واختطفوا أربعة من ركابها واقتادوهم إلى جهة مجهولة"),
        ev(S, "Arrests", "2025-08-23", SYR_POL, None, ("Syria", "Homs", "Homs, Homs", 34.73, 36.71), None,
           "ألقت صباح اليوم القبض على ثلاثة أشخاص", optional=True),
    ],
    notes="A monitor's daily tally with five events. Suicide car bomb at an SDF checkpoint in Al-Busayrah on the "
          "evening of Friday 22 Aug (\"مساء أمس الجمعة\", page dated Sat 23 Aug); ISIS claimed it, so actor1 ISIS; 3 "
          "SDF killed (the wounded civilian is not a death). Dhiban clash: the monitor documents 3 dead (2 tribal "
          "fighters + 1 SDF), local pages say 4 -> the lower, documented 3. Actor1 Arab Tribal Forces (Syria) for "
          "'armed men of the Arab clans'; one could argue Unidentified Clan Militia (Syria). Tafas: the body was "
          "found this morning after an abduction 'hours' earlier; coded as one Attack (killing) dated the day the "
          "body was found (23 Aug); the abduction may have happened late on 22 Aug. Shahba: abduction of four bus "
          "passengers on the Damascus-Suwayda road near Shahba, evening of 22 Aug, no deaths stated -> null. Homs: "
          "three arrests for highway robbery by General Security (interior ministry, hence police forces), minor -> "
          "optional; location only 'Homs-Tartus road', coded at Homs city (geo precision 2/3). The earlier attack on "
          "Al-Shuhayl two weeks ago is history in passing and not coded.")
# ------------------------------------------------------------------------------------------------ Lebanon (one incident, three outlets)
art("h3e_02_lebanon_wire_kfar_roummane", """
مقتل شخصين بغارة مسيّرة إسرائيلية على سيارة قرب النبطية

بيروت، 16 تشرين الأول/أكتوبر 2025 (وكالة المشرق للأنباء) – قُتل شخصان وأصيب ثالث بجروح اليوم الخميس جراء غارة نفذتها طائرة مسيّرة إسرائيلية على سيارة رباعية الدفع عند المدخل الجنوبي لبلدة كفررمان المحاذية لمدينة النبطية في جنوب لبنان، وفق ما أفاد مصدر أمني لبناني.

وقال المصدر، الذي طلب عدم الكشف عن اسمه، إن المسيّرة أطلقت صاروخين على السيارة أثناء مرورها على الطريق العام قرابة الثانية بعد الظهر، ما أدى إلى احتراقها بالكامل. وهرعت فرق الدفاع المدني وسيارات الإسعاف إلى المكان ونقلت الجريح إلى مستشفى في النبطية.

من جهته، قال الجيش الإسرائيلي في بيان إنه "استهدف عنصراً في حزب الله كان يعمل على إعادة بناء قدرات الحزب العسكرية في منطقة النبطية"، معتبراً أن نشاطه يشكّل "خرقاً للتفاهمات" القائمة بين إسرائيل ولبنان. ولم يصدر عن حزب الله تعليق فوري.

وتواصل إسرائيل شنّ ضربات شبه يومية على جنوب لبنان رغم اتفاق وقف إطلاق النار الذي دخل حيّز التنفيذ في 27 تشرين الثاني/نوفمبر 2024، وتقول إنها تستهدف عناصر وبنى تحتية لحزب الله. وتتهم السلطات اللبنانية إسرائيل بانتهاك الاتفاق مئات المرات، فيما لا تزال القوات الإسرائيلية متمركزة في خمس تلال داخل الأراضي اللبنانية.

وكانت غارة مماثلة قد استهدفت الأسبوع الماضي دراجة نارية في بلدة عيتا الشعب وأدت إلى مقتل شاب.

(و.م.أ) ر.ح/س.ع
""", url="https://mashreq-news-agency.example/ar/lebanon/2025/10/16/kfar-roummane-strike",
    outlet="وكالة المشرق للأنباء", published="2025-10-16", incident="h3e-kfar-roummane-drone-2025-10-16",
    events=[
        ev(E, "Air/drone strike", "2025-10-16", ISR, HEZBOLLAH, "kfar_roummane", 2,
           "قُتل شخصان وأصيب ثالث بجروح اليوم الخميس جراء غارة نفذتها طائرة مسيّرة إسرائيلية على سيارة"),
    ],
    notes="Wire version of the Kfar Roummane drone strike (same incident as h3e_03 and h3e_04). 2 killed, 1 "
          "wounded per a Lebanese security source. Actor2 Hezbollah because the Israeli army says it targeted a "
          "Hezbollah member (no other affiliation given). The strike on a motorcycle in Aita al-Shaab last week is "
          "history in passing (no date given) and not coded; the ceasefire of Nov 2024 is background.")

art("h3e_03_lebanon_local_kfar_roummane", """
النبطية اليوم | الصفحة الرئيسية | أخبار الجنوب | مجتمع | اقتصاد | رياضة | فيديو
🍪 يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. [موافق] [المزيد]

الخميس 16 تشرين الأول 2025 – آخر تحديث: 19:45

ارتفاع حصيلة غارة كفررمان إلى ثلاثة شهداء

ارتفعت حصيلة الغارة التي شنتها مسيّرة إسرائيلية بعد ظهر اليوم على سيارة عند مفرق كفررمان – النبطية إلى ثلاثة شهداء، بعد أن فارق الجريح الحياة مساءً في مستشفى النجدة الشعبية متأثراً بإصابته البالغة، بحسب بيان لمركز عمليات طوارئ الصحة التابع لوزارة الصحة العامة عدّل فيه حصيلته الأولى التي تحدثت عن شهيدين وجريح.

وكانت المسيّرة قد أطلقت صاروخاً أول أصاب مقدّمة السيارة، ثم صاروخاً ثانياً بعد أقل من دقيقة، فيما كان عدد من المارّة يحاولون الاقتراب منها. وأفاد شهود عيان لـ"النبطية اليوم" بأن الشهيد الثالث شاب من البلدة كان يعمل في محل لتصليح الإطارات قرب المفرق وأصيب بشظايا الصاروخ الثاني.

ونعى حزب الله في بيان مساء اليوم "الشهيدين المجاهدين" من بلدتي كفررمان وجبشيت، فيما شيّعت البلدة الشاب الثالث عند الخامسة من عصر اليوم في موكب حاشد.

وأدان رئيس اتحاد بلديات الشقيف ما وصفه بـ"الاستهداف المتعمد لمنطقة مأهولة"، داعياً الدولة اللبنانية إلى التحرك لدى لجنة الإشراف على تنفيذ وقف إطلاق النار.

📌 اقرأ أيضاً:
- بالصور: أضرار غارة الأسبوع الماضي على أطراف ميفدون
- بلدية النبطية تطلق ورشة لإعادة تأهيل السوق القديم
- ارتفاع أسعار المحروقات للأسبوع الثالث على التوالي

شارك: فيسبوك | واتساب | إكس | نسخ الرابط

جميع الحقوق محفوظة © النبطية اليوم 2025 | من نحن | اتصل بنا | سياسة الخصوصية
""", url="https://nabatieh-today.example/south/2025/10/16/kfar-roummane-toll",
    outlet="النبطية اليوم", published="2025-10-16", incident="h3e-kfar-roummane-drone-2025-10-16",
    events=[
        ev(E, "Air/drone strike", "2025-10-16", ISR, HEZBOLLAH, "kfar_roummane", 3,
           "ارتفعت حصيلة الغارة التي شنتها مسيّرة إسرائيلية بعد ظهر اليوم على سيارة عند مفرق كفررمان"),
    ],
    notes="Local-page version of the Kfar Roummane drone strike (same incident as h3e_02 and h3e_04). The health "
          "ministry's emergency centre explicitly revises its first toll (2 dead, 1 wounded) to 3 after the wounded "
          "man died -> 3 (an official revision replaces the earlier figure). Two victims are mourned by Hezbollah, "
          "the third is a bystander; one event with actor2 Hezbollah (the civilian death is in the same strike). "
          "The 'read also' item about last week's strike on Maifadoun is boilerplate. The funeral is not an event.")

art("h3e_04_lebanon_tv_kfar_roummane", """
نص نشرة أخبار المساء – قناة الأرز الفضائية – الخميس 16-10-2025

المذيعة: مساء الخير، ونبدأ نشرتنا من الجنوب اللبناني، حيث عاد التصعيد الإسرائيلي إلى الواجهة مع غارة جديدة استهدفت منطقة النبطية. مراسلنا حسين من هناك، حسين ما الذي جرى؟

المراسل: مساء الخير. نحو الساعة الثانية من بعد ظهر اليوم، استهدفت مسيّرة إسرائيلية سيارة من نوع بيك آب على الطريق الذي يربط بلدة كفررمان بمدينة النبطية. الغارة أدت بحسب وزارة الصحة إلى سقوط قتيلين، وقد عاينّا في المكان هيكل السيارة المحترق بالكامل وآثار الشظايا على واجهات المحال المجاورة. الجيش الإسرائيلي أعلن أنه قضى على عنصرين من حزب الله قال إنهما كانا ينقلان وسائل قتالية، وهو ما لم يعلّق عليه الحزب حتى الآن.

المذيعة: هل سُجلت اعتداءات أخرى اليوم؟

المراسل: نعم، فقبل الظهر استهدفت المدفعية الإسرائيلية أطراف بلدة كفرشوبا في قضاء حاصبيا بعدد من القذائف، سقط بعضها في أراضٍ زراعية، دون أن يبلَّغ عن إصابات. كما حلّقت المسيّرات على علو منخفض فوق قرى قضاءي النبطية ومرجعيون طوال النهار.

المذيعة: وعلى المستوى الرسمي؟

المراسل: رئيس الحكومة أجرى اتصالات بالجهات الراعية لاتفاق وقف الأعمال العدائية، وطالب بالضغط على إسرائيل لوقف خروقاتها. كما أشار مصدر عسكري إلى أن الجيش اللبناني يوثّق هذه الخروقات ويرفعها إلى لجنة المراقبة. حسين، من النبطية، لقناة الأرز.

المذيعة: شكراً حسين. وننتقل الآن إلى الشأن الاقتصادي...
""", url="https://alarz-tv.example/transcripts/2025-10-16-evening", outlet="قناة الأرز الفضائية",
    published="2025-10-16", incident="h3e-kfar-roummane-drone-2025-10-16",
    events=[
        ev(E, "Air/drone strike", "2025-10-16", ISR, HEZBOLLAH, "kfar_roummane", 2,
           "استهدفت مسيّرة إسرائيلية سيارة من نوع بيك آب على الطريق الذي يربط بلدة كفررمان بمدينة النبطية"),
        ev(E, "Shelling/artillery/missile attack", "2025-10-16", ISR, None, "kfarchouba", 0,
           "استهدفت المدفعية الإسرائيلية أطراف بلدة كفرشوبا في قضاء حاصبيا بعدد من القذائف"),
    ],
    notes="TV-transcript version of the Kfar Roummane drone strike (same incident as h3e_02 and h3e_03): 2 killed "
          "per the health ministry; the Israeli army says it killed two Hezbollah members -> actor2 Hezbollah, 2. "
          "Second event: Israeli artillery shelling of the outskirts of Kfarchouba the same morning, 'no injuries "
          "reported' -> 0 killed, no actor2 (farmland). Drone overflights are not coded.")
# ------------------------------------------------------------------------------------------------ Palestine
art("h3e_05_gaza_live_blog", """
تغطية مباشرة | اليوم الـ403 للحرب على غزة
شبكة الساحل الإخبارية – الثلاثاء 12 تشرين الثاني 2024
(الأحدث في الأعلى – يتم التحديث تلقائياً)

🔴 23:40
تحديث: ارتفع عدد الشهداء في قصف منزل عائلة أبو ريالة في مخيم جباليا إلى خمسة، بينهم طفلان وامرأة، بعد انتشال جثمانين من تحت الأنقاض، بحسب الدفاع المدني. وكنا قد نقلنا في وقت سابق عن مصادر طبية سقوط ثلاثة شهداء.

🔴 22:15
غارة جوية إسرائيلية تستهدف منزلاً لعائلة أبو ريالة في بلوك 6 بمخيم جباليا شمالي القطاع. مصادر طبية: ثلاثة شهداء وعدد من الجرحى، والطواقم تواصل البحث عن مفقودين.

🔴 20:05
مستشفى المعمداني: وصول جثامين أربعة شهداء وأكثر من عشرين إصابة إثر إطلاق قوات الاحتلال النار على مواطنين كانوا ينتظرون وصول شاحنات المساعدات قرب دوار الكويت جنوب شرقي مدينة غزة. الجيش الإسرائيلي قال إن قواته "أطلقت طلقات تحذيرية باتجاه مشتبه بهم اقتربوا من القوات بطريقة شكلت تهديداً".

🔴 16:30
كتائب القسام تعلن في بيان مقتضب أن مقاتليها استهدفوا دبابة إسرائيلية من نوع "ميركافا" بقذيفة "الياسين 105" في محيط دوار أبو شرخ غرب مخيم جباليا، مؤكدة "إيقاع طاقمها بين قتيل وجريح". ولم يعلّق الجيش الإسرائيلي على البيان.

🔴 13:10
قصف مدفعي إسرائيلي يطال المناطق الشرقية لبلدة بني سهيلا شرق خان يونس، وأسفر عن إصابة ثلاثة مواطنين بجروح طفيفة، ولم تُسجَّل وفيات وفق الهلال الأحمر.

🔴 09:00
وزارة الصحة في غزة: ارتفاع حصيلة الشهداء منذ السابع من أكتوبر 2023 إلى أكثر من 43 ألفاً و600 شهيد، إضافة إلى ما يزيد على 103 آلاف مصاب، مع بقاء آلاف المفقودين تحت الركام.

🔴 07:45
صباح الخير، نبدأ تغطيتنا المباشرة لليوم الـ403 من الحرب. تابعونا لآخر المستجدات الميدانية والإنسانية.

تابعونا على: تلغرام | إكس | يوتيوب
""", url="https://alsahel-news.example/live/gaza-day-403", outlet="شبكة الساحل الإخبارية",
    published="2024-11-12", incident="h3e-gaza-live-2024-11-12",
    events=[
        ev(E, "Air/drone strike", "2024-11-12", ISR, civ("Palestine"), "jabalia", 5,
           "غارة جوية إسرائيلية تستهدف منزلاً لعائلة أبو ريالة في بلوك 6 بمخيم جباليا"),
        ev(V, "Attack", "2024-11-12", ISR, civ("Palestine"), "kuwait_roundabout", 4,
           "إطلاق قوات الاحتلال النار على مواطنين كانوا ينتظرون وصول شاحنات المساعدات قرب دوار الكويت"),
        ev(B, "Armed clash", "2024-11-12", QASSAM, ISR, "jabalia", None,
           "أن مقاتليها استهدفوا دبابة إسرائيلية من نوع"),
        ev(E, "Shelling/artillery/missile attack", "2024-11-12", ISR, civ("Palestine"), "bani_suheila", 0,
           "قصف مدفعي إسرائيلي يطال المناطق الشرقية لبلدة بني سهيلا شرق خان يونس"),
    ],
    notes="Live blog, newest first, four events on 12 Nov 2024. Jabalia air strike: 3 dead at 22:15, revised to 5 "
          "at 23:40 by civil defence ('تحديث: ارتفع') -> 5. Kuwait Roundabout: fire on people waiting for aid "
          "trucks, 4 bodies per the hospital; coded Violence against civilians / Attack (the army's 'warning shots "
          "at suspects' is noted but the victims are civilians waiting for aid). Qassam claims an anti-tank attack "
          "near Abu Sharkh roundabout west of Jabalia camp -> Battles / Armed clash coded at Jabalia; 'killed or "
          "wounded' without a number -> null. Bani Suheila shelling: 3 lightly wounded, 'no deaths' -> 0. The "
          "09:00 cumulative health-ministry toll since 7 Oct 2023 is not an event.")

art("h3e_06_west_bank_mughayyir_settlers", """
رام الله نت | أخبار | محافظات | أسرى | استيطان | اقتصاد | رأي | فيديو
هذا الموقع يستخدم الكوكيز. باستمرارك في التصفح فإنك توافق على سياسة الاستخدام. [إغلاق]

السبت 21 حزيران 2025

استشهاد شاب وإحراق منازل ومركبات في هجوم للمستوطنين على المغيّر

رام الله – رام الله نت: استشهد شاب في التاسعة عشرة من عمره وأصيب سبعة مواطنين آخرين، مساء أمس الجمعة، خلال هجوم واسع شنّه عشرات المستوطنين على قرية المغيّر شمال شرق رام الله.

وقال رئيس مجلس قروي المغيّر إن نحو خمسين مستوطناً، بعضهم مسلح، هاجموا الأطراف الشرقية للقرية قرابة السابعة مساءً، وأضرموا النار في ثلاثة منازل وست مركبات وحظيرة للمواشي، ورشقوا منازل أخرى بالحجارة. وأضاف أن الشاب أصيب برصاصة في الصدر أطلقها أحد المستوطنين أثناء محاولة الأهالي التصدي للهجوم، وأُعلن عن استشهاده لاحقاً في مجمع فلسطين الطبي، وفق وزارة الصحة.

وأفاد شهود بأن قوات الاحتلال وصلت إلى المكان بعد نحو نصف ساعة من بدء الهجوم، وأطلقت قنابل الغاز المسيل للدموع باتجاه الأهالي بدلاً من إبعاد المستوطنين، واعتقلت شابين من القرية قبل انسحابها. وقال الجيش الإسرائيلي إنه "يفحص" ملابسات الحادث، مشيراً إلى "مواجهات عنيفة بين فلسطينيين وإسرائيليين" في المنطقة.

وتتعرض المغيّر والقرى المجاورة لها، مثل ترمسعيا وأبو فلاح، لاعتداءات متكررة من المستوطنين المقيمين في البؤر الرعوية المنتشرة على أراضيها. وكانت القرية قد شهدت هجوماً مماثلاً في نيسان من العام الماضي أسفر عن سقوط شهيد وإحراق عشرات المنازل.

ودانت الرئاسة الفلسطينية الهجوم، وطالبت المجتمع الدولي بـ"توفير حماية دولية عاجلة" للفلسطينيين.

اقرأ أيضاً
• الاحتلال يهدم منشآت زراعية في الأغوار الشمالية
• نادي الأسير: ارتفاع أعداد المعتقلين الإداريين
• مهرجان لقطف الزيتون في بيرزيت الشهر المقبل

شارك الخبر: 📘 📲 🐦
© 2025 رام الله نت. جميع الحقوق محفوظة.
""", url="https://ramallah-net.example/settlements/2025/06/21/mughayyir-attack", outlet="رام الله نت",
    published="2025-06-21", incident="h3e-mughayyir-settlers-2025-06-20",
    events=[
        ev(V, "Attack", "2025-06-20", SETTLERS, civ("Palestine"), "mughayyir", 1,
           "خلال هجوم واسع شنّه عشرات المستوطنين على قرية المغيّر شمال شرق رام الله"),
        ev(S, "Arrests", "2025-06-20", ISR, civ("Palestine"), "mughayyir", None,
           "واعتقلت شابين من القرية قبل انسحابها", optional=True),
    ],
    notes="Settler attack on Al-Mughayyir on Friday evening 20 Jun 2025 (page dated Sat 21 Jun, 'مساء أمس الجمعة'): "
          "houses and cars burned, one young man shot dead, 7 wounded -> Violence against civilians / Attack, 1. The "
          "army firing tear gas at residents is part of the same incident and not coded separately; its arrest of "
          "two young men is a minor arrest -> optional. The attack of April last year is history in passing.")
# ------------------------------------------------------------------------------------------------ Jordan
art("h3e_07_jordan_kalouti_protest", """
الأمن يفرّق محتجين قرب السفارة الإسرائيلية في عمّان ويوقف عدداً منهم

عمّان، 22 آذار 2025 (الخليج برس) – فرّقت قوات الأمن العام الأردنية ليل الجمعة-السبت مسيرة احتجاجية حاول المشاركون فيها التوجه من محيط مسجد الكالوتي في منطقة الرابية غربي العاصمة إلى مبنى السفارة الإسرائيلية، تنديداً باستئناف الحرب على قطاع غزة.

وتجمّع مئات المحتجين عقب صلاة التراويح مساء الجمعة، الحادي والعشرين من رمضان، ورددوا هتافات تطالب بإغلاق السفارة وإلغاء اتفاقية وادي عربة، قبل أن يحاول بعضهم تجاوز الحواجز الحديدية التي نصبتها الشرطة على الطرق المؤدية إلى السفارة. وأفاد شهود عيان بأن عناصر الأمن استخدموا الهراوات لدفع المحتجين إلى الخلف، وأوقفوا عدداً من الشبان، فيما أصيب بعض المشاركين برضوض.

وقالت مديرية الأمن العام في بيان صباح اليوم السبت إنها "تعاملت بمهنية مع تجمع تجاوز المكان المخصص للوقفة"، مؤكدة احترامها لحق التعبير "ضمن القانون"، وإن الموقوفين سيُفرج عنهم بعد استكمال الإجراءات.

وفي مدينة إربد شمالي المملكة، نظّم عشرات المواطنين مساء الجمعة وقفة سلمية أمام المسجد الحنبلي وسط المدينة رفعوا خلالها الأعلام الفلسطينية، وانتهت من دون احتكاك مع قوات الأمن.

وتشهد منطقة الرابية منذ أشهر وقفات متكررة للتضامن مع غزة، كان أكبرها في ربيع العام الماضي حين امتدت الاحتجاجات لأسابيع.
""", url="https://gulfpress.example/ar/jordan/2025/03/22/rabieh-protest", outlet="الخليج برس",
    published="2025-03-22", incident="h3e-amman-rabieh-protest-2025-03-21",
    events=[
        ev(P, "Protest with intervention", "2025-03-21", protesters("Jordan"), JOR_POL, "amman_rabieh", None,
           "فرّقت قوات الأمن العام الأردنية ليل الجمعة-السبت مسيرة احتجاجية"),
        ev(P, "Peaceful protest", "2025-03-21", protesters("Jordan"), None, "irbid", None,
           "نظّم عشرات المواطنين مساء الجمعة وقفة سلمية أمام المسجد الحنبلي وسط المدينة"),
        ev(S, "Arrests", "2025-03-21", JOR_POL, protesters("Jordan"), "amman_rabieh", None,
           "وأوقفوا عدداً من الشبان", optional=True),
    ],
    notes="Amman: march from the Kalouti mosque towards the Israeli embassy on Friday night 21 Mar 2025 (21 Ramadan "
          "1446), dispersed with batons -> Protest with intervention (not excessive force: batons, bruises). Dated "
          "21 Mar (the protest began on Friday evening; 'night of Friday to Saturday'). No deaths mentioned -> null. "
          "Irbid: peaceful sit-in of dozens the same evening -> Peaceful protest. Arrests of 'a number of young men' "
          "during the dispersal -> optional Arrests. Last spring's protests are history in passing.")

# ------------------------------------------------------------------------------------------------ Iraq
art("h3e_08_iraq_security_media_cell", """
وكالة دجلة الإخبارية › أمن › بيانات رسمية

خلية الإعلام الأمني: صدّ تعرض إرهابي في الطارمية وضربة جوية في حمرين

بغداد – دجلة – الثلاثاء 12 أيلول 2023

أصدرت خلية الإعلام الأمني، اليوم، بياناً تلقت وكالة دجلة نسخة منه، جاء فيه:

"في الساعة التاسعة من مساء أمس الاثنين، أقدمت مجموعة من عصابات داعش الإرهابية على التعرض لإحدى نقاط الحراسة التابعة لقطعات الفرقة السادسة في منطقة البو سيفي بقضاء الطارمية شمالي العاصمة بغداد، مستخدمة الأسلحة الخفيفة والقنابل اليدوية. وقد تصدّت قواتنا البطلة للتعرض وأجبرت الإرهابيين على الفرار بعد أن قُتل ثلاثة منهم، فيما استشهد اثنان من مقاتلينا وأصيب ثالث بجروح نُقل على إثرها إلى المستشفى.

وفي عملية نوعية منفصلة، وبناءً على معلومات استخبارية دقيقة، نفذت طائرات F-16 العراقية فجر اليوم الثلاثاء ضربة جوية استهدفت وكراً لعصابات داعش الإرهابية في سلسلة جبال حمرين ضمن قاطع ناحية العظيم، ما أسفر عن تدمير الوكر بالكامل وقتل أربعة إرهابيين كانوا بداخله.

كما تمكنت مفارز الجهد الهندسي، خلال عمليات التفتيش التي أعقبت التعرض، من العثور على عبوتين ناسفتين مزروعتين على جانب طريق زراعي في الطارمية وتفكيكهما من دون حادث.

إن قواتنا الأمنية ماضية في ملاحقة بقايا العصابات الإرهابية وتجفيف منابعها".

من جهة أخرى، أكدت مصادر محلية في الطارمية أن القطعات العسكرية فرضت حظراً مؤقتاً على حركة المركبات في محيط المنطقة صباح اليوم، بالتزامن مع عمليات تفتيش واسعة للبساتين المحيطة.

يُذكر أن قضاء الطارمية شهد خلال السنوات الماضية هجمات متفرقة لخلايا التنظيم، أبرزها هجوم عام 2021 الذي أودى بحياة عدد من عناصر الحشد الشعبي.

كلمات مفتاحية: داعش، الطارمية، حمرين، خلية الإعلام الأمني
""", url="https://dijla-news.example/security/2023/09/12/tarmiyah-hamrin", outlet="وكالة دجلة الإخبارية",
    published="2023-09-12", incident="h3e-tarmiyah-hamrin-2023-09-11",
    events=[
        ev(B, "Armed clash", "2023-09-11", ISIS, IRQ, "tarmiyah", 5,
           "أقدمت مجموعة من عصابات داعش الإرهابية على التعرض لإحدى نقاط الحراسة"),
        ev(E, "Air/drone strike", "2023-09-12", IRQ, ISIS, "adhaim", 4,
           "نفذت طائرات F-16 العراقية فجر اليوم الثلاثاء ضربة جوية استهدفت وكراً لعصابات داعش"),
        ev(S, "Disrupted weapons use", "2023-09-12", IRQ, None, "tarmiyah", None,
           "من العثور على عبوتين ناسفتين مزروعتين على جانب طريق زراعي في الطارمية وتفكيكهما", optional=True),
    ],
    notes="Security Media Cell statement reproduced by an agency. Tarmiyah: ISIS attack on an army guard post on "
          "Monday evening 11 Sep 2023, repelled; 3 attackers and 2 soldiers killed -> Battles / Armed clash, 5. Air "
          "strike at dawn on Tue 12 Sep on a hideout in the Hamrin mountains 'within the Al-Adhaim sector' -> coded "
          "at Al-Adhaim (geo precision 2), 4 killed as claimed (nobody contradicts). Two IEDs found and defused after "
          "the attack -> optional Disrupted weapons use; its date is not exact (during the searches after the "
          "attack, 11-12 Sep), coded 12 Sep. The 2021 attack is history in passing; the traffic ban is not an event.")

art("h3e_09_kurdistan_turkish_drone", """
بوابة زاغروس الإخبارية
أخبار الإقليم | العراق | اقتصاد | ثقافة | English

الثلاثاء 27 آب 2024

مقتل اثنين بضربة مسيّرة تركية في سيدكان وقصف مدفعي على العمادية

أربيل – بوابة زاغروس
قُتل شخصان، ظهر اليوم الثلاثاء، بضربة نفذتها طائرة مسيّرة تركية استهدفت سيارة مدنية على الطريق الجبلي بين ناحية سيدكان وقرية قريبة منها في قضاء سوران شمال شرق أربيل.

وقال قائمقام سوران لبوابة زاغروس إن القتيلين "ينتميان على ما يبدو إلى حزب العمال الكردستاني"، وإن السيارة احترقت بالكامل، مطالباً بغداد وأنقرة بـ"إبعاد المدنيين عن دائرة الصراع". في المقابل، أعلنت وزارة الدفاع التركية في بيان مسائي "تحييد ثلاثة إرهابيين" في منطقة عمليات المخلب شمال العراق، من دون أن تحدد مكان العملية أو تاريخها.

وفي محافظة دهوك، أفاد مسؤولون محليون بأن المدفعية التركية قصفت صباح اليوم أطراف ناحية كاني ماسي التابعة لقضاء العمادية بأكثر من عشرين قذيفة، ما أدى إلى اندلاع حرائق في بساتين الجوز والعنب، دون وقوع إصابات بشرية. وقال أحد المزارعين: "لم نعد قادرين على الوصول إلى حقولنا منذ الربيع".

وتنفذ تركيا منذ سنوات عمليات عسكرية برية وجوية ضد مقاتلي حزب العمال الكردستاني في المناطق الحدودية لإقليم كردستان، وتقيم عشرات القواعد والنقاط العسكرية داخل أراضي الإقليم. ولا تزال حادثة قصف منتجع برخ في زاخو في تموز 2022، التي راح ضحيتها سياح عراقيون، حاضرة في ذاكرة سكان المنطقة.

ويخشى سكان القرى الحدودية من تكرار موجات النزوح التي شهدتها المنطقة في الأعوام الماضية، إذ أُفرغت عشرات القرى من سكانها بسبب العمليات المتواصلة.

🔗 مشاركة | 🖨 طباعة
جميع الحقوق محفوظة لبوابة زاغروس © 2024
""", url="https://zagros-gate.example/ar/region/2024/08/27/sidakan-drone", outlet="بوابة زاغروس الإخبارية",
    published="2024-08-27", incident="h3e-sidakan-drone-2024-08-27",
    events=[
        ev(E, "Air/drone strike", "2024-08-27", TUR, PKK, "sidakan", 2,
           "بضربة نفذتها طائرة مسيّرة تركية استهدفت سيارة مدنية على الطريق الجبلي بين ناحية سيدكان"),
        ev(E, "Shelling/artillery/missile attack", "2024-08-27", TUR, None, "kani_masi", 0,
           "المدفعية التركية قصفت صباح اليوم أطراف ناحية كاني ماسي التابعة لقضاء العمادية"),
    ],
    notes="Turkish drone strike on a car between Sidakan and an unnamed nearby village -> coded at Sidakan (the "
          "nearest named place). Victims 'apparently' PKK per the district chief -> actor2 PKK. Two figures: 2 dead "
          "(local official, this strike) vs 'three terrorists neutralised' by the Turkish MoD without place or date "
          "-> the lower and specific 2. Artillery shelling of the outskirts of Kani Masi, 'no human casualties' -> "
          "0, no actor2. The Zakho resort shelling of July 2022 is history in passing.")
# ------------------------------------------------------------------------------------------------ Yemen
art("h3e_10_yemen_taiz_shelling", """
تعز الحدث – أخبار المحافظة أولاً بأول
الاثنين ١٠ رمضان ١٤٤٦هـ – الموافق ١٠ مارس ٢٠٢٥م

طفلة وامرأة ضحيتا قصف حوثي جديد على حي سكني في تعز

تعز – خاص
قُتلت طفلة في الثامنة من عمرها ووالدتها، وأصيب أربعة مدنيين آخرين، عصر اليوم، جراء قصف بقذائف الهاون شنّته ميليشيا الحوثي على حي الروضة شمال مدينة تعز، قبل دقائق من موعد الإفطار.

وقال مصدر في هيئة مستشفى الثورة العام إن المستشفى استقبل جثتي الضحيتين وأربعة جرحى، بينهم طفلان، إصابة أحدهما خطيرة. وأوضح شهود عيان أن ثلاث قذائف سقطت تباعاً في شارع مزدحم بالمتسوقين، وأن إحداها أصابت سطح منزل الأسرة مباشرة.

وأدانت السلطة المحلية في المحافظة ما وصفته بـ"الجريمة الإرهابية"، مؤكدة أن الميليشيا "تتعمد استهداف الأحياء السكنية من مواقع تمركزها في المرتفعات الشرقية والشمالية". ولم يصدر أي تعليق من جماعة الحوثيين.

على الصعيد الميداني، أفادت مصادر عسكرية بأن قوات الجيش الوطني صدّت مساء أمس الأحد هجوماً شنّه مسلحو الحوثي على مواقعها في جبهة مقبنة غربي المحافظة، واستمرت المواجهات قرابة ثلاث ساعات. وأسفرت الاشتباكات عن مقتل جنديين من الجيش وعدد من المهاجمين، بحسب المصادر ذاتها.

وتعيش تعز منذ عام ٢٠١٥ حصاراً تفرضه جماعة الحوثي على معظم منافذها، ولم تُفلح جهود الوساطة الأممية في فتح الطرق الرئيسية المغلقة، رغم الهدنة التي أُعلنت في أبريل ٢٠٢٢ وما تبعها من تهدئة نسبية على الجبهات الكبرى.

اقرأ أيضاً:
- انقطاع المياه عن أحياء وسط المدينة لليوم الخامس
- مبادرة شبابية لتوزيع وجبات الإفطار على النازحين

تعز الحدث © ٢٠٢٥ | للإعلان | اتصل بنا
""", url="https://taiz-alhadath.example/news/2025/03/10/rawdah-shelling", outlet="تعز الحدث",
    published="2025-03-10", incident="h3e-taiz-rawdah-shelling-2025-03-10",
    events=[
        ev(E, "Shelling/artillery/missile attack", "2025-03-10", HOUTHI, civ("Yemen"), "taiz", 2,
           "جراء قصف بقذائف الهاون شنّته ميليشيا الحوثي على حي الروضة شمال مدينة تعز"),
        ev(B, "Armed clash", "2025-03-09", HOUTHI, YEM, "maqbanah", 5,
           "صدّت مساء أمس الأحد هجوماً شنّه مسلحو الحوثي على مواقعها في جبهة مقبنة"),
    ],
    notes="Page dated with a Hijri date and its Gregorian equivalent in Eastern digits (10 Ramadan 1446 = 10 Mar "
          "2025). Mortar shelling of Al-Rawdah, Taiz city: a girl and her mother killed, 4 wounded -> 2. Maqbanah: "
          "Houthi attack repelled on Sunday evening 9 Mar; '2 soldiers and a number of attackers' killed -> 2 + 3 "
          "('a number of' read as 'several' = 3) = 5; debatable, a stricter coder would code 2. Actor1 Houthis "
          "(attackers). Siege since 2015 and the April 2022 truce are background.")

art("h3e_11_yemen_aden_electricity_riot", """
عدن (يمن نيوز) – 16 يونيو 2025

أشعل محتجون غاضبون من الانقطاعات المتواصلة للتيار الكهربائي الإطارات وأغلقوا الشارع الرئيسي في مديرية الشيخ عثمان بمدينة عدن مساء أمس الأحد، ورشقوا مبنى منطقة كهرباء الشيخ عثمان بالحجارة وحطموا بوابته وعدداً من نوافذه، قبل أن تطلق قوات الأمن الرصاص في الهواء لتفريقهم.

وقال شهود عيان لـ"يمن نيوز" إن المحتجين، ومعظمهم من الشبان، تجمعوا بعد انقطاع الكهرباء لأكثر من أربع عشرة ساعة متواصلة في ظل درجات حرارة تجاوزت 40 درجة مئوية، وإن المواجهات مع قوات الأمن استمرت نحو ساعتين. وأكد مصدر أمني أن الاحتجاجات لم تسفر عن سقوط قتلى، مشيراً إلى إصابة ثلاثة من أفراد الأمن بالحجارة.

وفي مديرية صيرة (كريتر)، أفاد ناشطون بأن أفراداً من قوة أمنية أطلقوا النار بشكل مباشر على وقفة احتجاجية سلمية نظمها سكان الحي أمام مبنى المديرية للمطالبة بتحسين الخدمات، ما أدى إلى إصابة اثنين من المشاركين بالرصاص الحي، أحدهما في حالة حرجة. ونفت إدارة أمن عدن استخدام الرصاص الحي، وقالت إنها "فتحت تحقيقاً في ملابسات الحادثة".

وتعاني عدن، التي تتخذها الحكومة المعترف بها دولياً مقراً مؤقتاً لها، من أزمة كهرباء حادة تتفاقم كل صيف بسبب نقص الوقود وتقادم محطات التوليد، وسط تبادل للاتهامات بين الحكومة والمجلس الانتقالي الجنوبي بشأن المسؤولية عن الأزمة. وكانت المدينة قد شهدت احتجاجات مماثلة صيف العام الماضي.

وأعلنت وزارة الكهرباء في بيان أنها تنتظر وصول شحنة وقود إلى ميناء الزيت خلال الأيام المقبلة، متعهدة بتقليص ساعات الانقطاع.

يمن نيوز – ق.م/ع.ش
""", url="https://yemen-news-wire.example/ar/aden/2025/06/16/electricity-protests", outlet="يمن نيوز",
    published="2025-06-16", incident="h3e-aden-electricity-2025-06-15",
    events=[
        ev(R, "Violent demonstration", "2025-06-15", rioters("Yemen"), YEM_POL, "sheikh_othman", 0,
           "ورشقوا مبنى منطقة كهرباء الشيخ عثمان بالحجارة وحطموا بوابته وعدداً من نوافذه"),
        ev(P, "Excessive force against protesters", "2025-06-15", protesters("Yemen"), YEM_POL, "crater", None,
           "أطلقوا النار بشكل مباشر على وقفة احتجاجية سلمية نظمها سكان الحي"),
    ],
    notes="Sheikh Othman: tyres burned, roads blocked, the electricity building stoned and damaged, security "
          "forces fire in the air -> Riots / Violent demonstration; a security source says nobody was killed -> 0. "
          "Crater (Sira district): live fire on a peaceful sit-in, 2 wounded by live rounds -> Protests / Excessive "
          "force against protesters (the denial by Aden police is noted; the activists' account is reported as "
          "fact by the agency); no deaths stated -> null. The date of the Crater protest is not given explicitly; it "
          "is reported with the same evening's events -> 15 Jun (debatable). Actor2 'a security force' -> Police "
          "Forces of Yemen (2022-); in Aden these may be STC-aligned security units. Last summer's protests are "
          "history in passing.")

# ------------------------------------------------------------------------------------------------ Saudi Arabia
art("h3e_12_saudi_jazan_border_clash", """
صحيفة الجنوب السعودية | محليات | جازان

الخميس 18 يناير 2024 م

حرس الحدود: مقتل مهرّبَين اثنين وإصابة فرد أمن في تبادل لإطلاق النار بقطاع الداير

جازان – الجنوب
صرّح المتحدث الرسمي لحرس الحدود بأن دوريات الحرس البرية في قطاع الداير بمنطقة جازان رصدت مساء أمس الأربعاء مجموعة من الأشخاص أثناء محاولتهم اجتياز الحدود بطريقة غير نظامية وهم يحملون كميات من المواد المخدرة.

وأوضح أنه عند محاولة ضبطهم بادر أفراد المجموعة بإطلاق النار على الدورية، فجرى التعامل معهم وفق ما تقتضيه الأنظمة، ما أسفر عن مقتل اثنين منهم وإصابة أحد أفراد الدورية إصابة طفيفة نُقل على إثرها إلى المستشفى، فيما فرّ بقية أفراد المجموعة إلى داخل الأراضي اليمنية.

وأضاف المتحدث أنه جرى ضبط ثلاثمئة وخمسين كيلوغراماً من نبات القات المخدر وسلاحين رشاشين وكمية من الذخيرة، إلى جانب القبض على ثلاثة من المتسللين، وتم اتخاذ الإجراءات النظامية الأولية بحقهم وإحالتهم إلى جهة الاختصاص.

وتشهد المناطق الجبلية الوعرة في قطاعات الداير والعارضة والحرث محاولات تهريب متكررة للقات والأسلحة عبر الحدود مع اليمن، وتعلن المديرية العامة لحرس الحدود بشكل دوري عن إحباط عمليات تهريب وضبط كميات من الممنوعات.

وحث المتحدث المواطنين والمقيمين على الإبلاغ عن أي معلومات تتعلق بعمليات التهريب عبر الأرقام المخصصة لذلك، مؤكداً أنه سيتم التعامل مع البلاغات بسرية تامة.

شارك عبر: واتساب | إكس | تيليجرام
""", url="https://aljanoub-sa.example/local/jazan/2024-01-18-addayer", outlet="صحيفة الجنوب السعودية",
    published="2024-01-18", incident="h3e-addayer-border-2024-01-17",
    events=[
        ev(B, "Armed clash", "2024-01-17", SAU, uag("Saudi Arabia"), "ad_dayer", 2,
           "بادر أفراد المجموعة بإطلاق النار على الدورية، فجرى التعامل معهم"),
        ev(S, "Arrests", "2024-01-17", SAU, uag("Saudi Arabia"), "ad_dayer", None,
           "القبض على ثلاثة من المتسللين", optional=True),
    ],
    notes="Border Guard statement: an armed smuggling group opened fire on a patrol in the Ad-Dayer sector on "
          "Wednesday evening 17 Jan 2024; 2 smugglers killed, 1 guard lightly wounded -> Battles / Armed clash, 2. "
          "Actor1: the Border Guard is coded as Military Forces of Saudi Arabia (no separate lexicon entry); actor2 "
          "an unidentified armed group (smugglers, nationality not stated) coded for the country of the event. "
          "Three arrests in the same operation -> optional Arrests.")
# ------------------------------------------------------------------------------------------------ Iraq (Kurdistan)
art("h3e_13_sulaymaniyah_teachers_repost", """
🔁 أعادت صفحة «أصوات السليمانية» نشر هذا المنشور
·
منشور مثبّت من صفحة تنسيقية المعلمين والموظفين – السليمانية
منذ 3 ساعات · 🌐

📢 بيان وصور من وقفتنا اليوم

تجمّع صباح اليوم مئات المعلمين والمعلمات والموظفين من مختلف دوائر المحافظة أمام مبنى المديرية العامة للتربية في السليمانية، مطالبين بصرف رواتبهم المتأخرة منذ ثلاثة أشهر، وبإيجاد حل جذري لأزمة توطين الرواتب بين أربيل وبغداد.

ورفع المشاركون لافتات كُتب عليها "المعلم ليس رهينة للخلافات السياسية" و"رواتبنا حق لا منّة"، وألقى ممثل عن التنسيقية كلمة أكد فيها أن المعلمين مستمرون في المقاطعة الجزئية للدوام حتى تحقيق مطالبهم، محمّلاً الحكومتين مسؤولية ما وصفه بـ"إفقار الطبقة المتعلمة".

وانتهت الوقفة عند الظهر بشكل سلمي ومنظم، ولم تتدخل القوات الأمنية التي اكتفت بتنظيم السير في الشارع المحاذي. وندعو جميع الزملاء إلى المشاركة الأوسع في الوقفة المقبلة التي سيعلن عن موعدها لاحقاً.

#رواتب_المعلمين #السليمانية #لا_للتجويع

👍❤️ 1.2 ألف · 340 تعليقاً · 95 مشاركة

💬 أبرز التعليقات:
- كاوه: كل التضامن، لا يجوز أن يُترك المعلم بلا راتب في الشتاء.
- شيرين: كنت هناك، العدد كان أكبر من المرة الماضية بكثير 👏
- مستخدم: متى ستحل هذه الأزمة؟ سنوات ونحن نسمع الوعود نفسها.

عرض المزيد من التعليقات
""", url=None, outlet="أصوات السليمانية (فيسبوك)", published=None,
    incident="h3e-sulaymaniyah-teachers-undated",
    events=[
        ev(P, "Peaceful protest", None, protesters("Iraq"), None, "sulaymaniyah", None,
           "تجمّع صباح اليوم مئات المعلمين والمعلمات والموظفين من مختلف دوائر المحافظة أمام مبنى المديرية العامة للتربية في السليمانية"),
    ],
    notes="Social-media repost with no date at all ('3 hours ago', 'this morning'): published null and event date "
          "null. Peaceful sit-in of hundreds of teachers in Sulaymaniyah, no intervention -> Peaceful protest; no "
          "deaths mentioned -> null. The announced future protest is not coded.")

# ------------------------------------------------------------------------------------------------ Iran
art("h3e_14_iran_saravan_attack", """
طهران، 26 تشرين الأول/أكتوبر 2025 (وكالة آسيا الوسطى) – قُتل سبعة أشخاص، هم أربعة من عناصر الشرطة الإيرانية وثلاثة مهاجمين، في اشتباك مسلح اندلع فجر أمس السبت إثر هجوم استهدف مركزاً للشرطة في مدينة سراوان بمحافظة سيستان وبلوشستان جنوب شرقي إيران، وفق ما نقلته وسائل إعلام رسمية عن مساعد المحافظ للشؤون الأمنية.

وقال المسؤول إن "مجموعة إرهابية" مؤلفة من ستة مسلحين على الأقل هاجمت المركز بالأسلحة الرشاشة والقنابل اليدوية، وإن الاشتباك استمر قرابة ساعتين قبل أن تتمكن قوات الشرطة، بمساندة من الحرس الثوري، من "القضاء على ثلاثة إرهابيين" وملاحقة الباقين باتجاه المناطق الحدودية مع باكستان.

وتبنّت جماعة "جيش العدل" البلوشية المسلحة الهجوم في بيان نشرته على قناتها في تلغرام، مؤكدة أن مقاتليها قتلوا "ما لا يقل عن عشرة من عناصر الأمن"، وهو رقم لم تؤكده أي جهة مستقلة، فيما وصفته السلطات بأنه "أكاذيب دعائية".

وفي وقت لاحق اليوم الأحد، أعلن قائد شرطة المحافظة اعتقال اثنين من المشتبه في تقديمهم دعماً لوجستياً للمهاجمين، دون أن يحدد مكان الاعتقال.

وتعد سيستان وبلوشستان، إحدى أفقر المحافظات الإيرانية، مسرحاً لاشتباكات متكررة بين القوات الأمنية ومسلحين من الأقلية البلوشية ومهربي المخدرات. وكانت المحافظة قد شهدت في نيسان/أبريل من العام الماضي هجمات متزامنة على مقار عسكرية وأمنية في مدينتي راسك وجابهار أسفرت عن سقوط عشرات القتلى.

وتتهم طهران جهات أجنبية بدعم "جيش العدل" الذي تصنفه منظمة إرهابية، بينما تقول الجماعة إنها تدافع عن حقوق البلوش السنة في إيران.

(و.آ.و) – م.ك
""", url="https://central-asia-agency.example/ar/iran/2025/10/26/saravan", outlet="وكالة آسيا الوسطى",
    published="2025-10-26", incident="h3e-saravan-attack-2025-10-25",
    events=[
        ev(B, "Armed clash", "2025-10-25", JAISH_ADL, IRN_POL, "saravan", 7,
           "في اشتباك مسلح اندلع فجر أمس السبت إثر هجوم استهدف مركزاً للشرطة في مدينة سراوان"),
        ev(S, "Arrests", "2025-10-26", IRN_POL, None,
           ("Iran", "Sistan and Baluchestan", "Zahedan, Sistan and Baluchestan", 29.50, 60.86), None,
           "أعلن قائد شرطة المحافظة اعتقال اثنين من المشتبه في تقديمهم دعماً لوجستياً للمهاجمين",
           optional=True),
    ],
    notes="Attack on a police station in Saravan at dawn on Saturday 25 Oct 2025, a two-hour firefight -> Battles / "
          "Armed clash (attackers fought police), actor1 Jaish al-Adl (claimed). Official toll 4 police + 3 "
          "attackers = 7; the group's claim of 'at least ten' security men is higher and uncorroborated -> 7. The "
          "arrest of two suspects 'without specifying the place' -> optional, no location (only the province is "
          "implied) -> coded at the provincial capital Zahedan (geo precision 3). The April 2024 Rask/Chabahar attacks are history in passing.")
# ------------------------------------------------------------------------------------------------ Turkey
art("h3e_15_turkey_konya_mob", """
تركيا بالعربي اليوم
الرئيسية › أخبار تركيا › شؤون اللاجئين

الأحد 6 تموز 2025 | ⏱ 4 دقائق قراءة

ليلة عصيبة في قونية: حشود غاضبة تهاجم محلات ومنازل سوريين بعد شائعة

هاجمت حشود غاضبة ليل السبت محلات تجارية ومنازل وسيارات يملكها لاجئون سوريون في قضاء كاراتاي بولاية قونية وسط تركيا، بعد انتشار شائعة على مواقع التواصل الاجتماعي تتهم شاباً سورياً بالتحرش بطفلة تركية.

وبحسب شهود عيان تحدثوا لـ"تركيا بالعربي اليوم"، تجمّع مئات الأشخاص قرابة العاشرة ليلاً في أحد الشوارع الرئيسية، ورشقوا واجهات المحلات بالحجارة، قبل أن يقتحموا عدداً منها وينهبوا محتوياتها ويضرموا النار في ثلاث سيارات وبقالة يملكها سوري. كما تعرّض شاب سوري للضرب المبرح أثناء عودته من عمله، ونُقل إلى المستشفى في حالة متوسطة.

وقالت مديرية أمن قونية إن ستة أشخاص أصيبوا بجروح، جميعهم من السوريين، مؤكدة أنه "لم تسجل أي حالة وفاة". وأعلن وزير الداخلية التركي صباح اليوم الأحد أن الشرطة أوقفت 37 شخصاً شاركوا في أعمال الشغب، وأن التحقيقات الأولية أثبتت أن الشائعة "لا أساس لها من الصحة"، وأن المشتبه به المزعوم في حادثة التحرش ليس سورياً أصلاً.

وانتشرت قوات مكافحة الشغب بكثافة في الحي حتى ساعات الصباح الأولى، واستخدمت الغاز المسيل للدموع لتفريق المتجمعين. وقال أحد أصحاب المحلات المتضررة: "خسرت كل ما بنيته خلال ثماني سنوات في ليلة واحدة".

وتعيد هذه الأحداث إلى الأذهان ما شهدته مدينة قيصري في صيف العام الماضي من اعتداءات مماثلة امتدت إلى ولايات أخرى، وسط تصاعد الخطاب المعادي للاجئين في البلاد.

📌 مواضيع ذات صلة:
- كيف تجدد إقامتك السياحية في 2025؟ دليل شامل
- أسعار صرف الليرة التركية اليوم

شارك المقال: فيسبوك | واتساب | تلغرام
""", url="https://turkiya-arabi-today.example/news/2025/07/06/konya-karatay", outlet="تركيا بالعربي اليوم",
    published="2025-07-06", incident="h3e-konya-mob-2025-07-05",
    events=[
        ev(R, "Mob violence", "2025-07-05", rioters("Turkey"), civ("Syria"), "konya_karatay", 0,
           "هاجمت حشود غاضبة ليل السبت محلات تجارية ومنازل وسيارات يملكها لاجئون سوريون"),
        ev(S, "Arrests", "2025-07-06", TUR_POL, rioters("Turkey"), "konya_karatay", None,
           "أن الشرطة أوقفت 37 شخصاً شاركوا في أعمال الشغب", optional=True),
    ],
    notes="Mob attack on Syrian-owned shops, homes and cars in Karatay (Konya) on Saturday night 5 Jul 2025; "
          "looting and arson are part of the same mob-violence event; police say nobody died -> 0. Actor2 Civilians "
          "(Syria) for the Syrian refugees targeted (the event is in Turkey). 37 arrests announced on Sunday; the "
          "arrests may have been made overnight -> optional, dated the announcement. Kayseri last summer is history "
          "in passing.")

# ------------------------------------------------------------------------------------------------ Egypt (Sinai)
art("h3e_16_sinai_landmine_shepherd", """
سيناء اليوم | أخبار شمال سيناء | جنوب سيناء | القناة | حوادث | خدمات

الأحد 14 مايو 2023

مصرع راعٍ وإصابة شقيقه في انفجار لغم جنوب بئر العبد

كتب: محرر الحوادث
لقي شاب في السابعة عشرة من عمره مصرعه وأصيب شقيقه الأصغر بجروح متوسطة، ظهر أمس السبت، إثر انفجار لغم أرضي من مخلفات العمليات الإرهابية أثناء رعيهما الأغنام في منطقة صحراوية قرب إحدى القرى الصغيرة جنوب مدينة بئر العبد بمحافظة شمال سيناء.

وقال مصدر طبي إن جثة الشاب نُقلت إلى مستشفى بئر العبد المركزي، بينما نُقل شقيقه البالغ من العمر أحد عشر عاماً إلى مستشفى العريش العام لتلقي العلاج، حيث أصيب بشظايا في الساقين. وأضاف أن حالته مستقرة.

وأوضح أحد أقارب الضحيتين أن المنطقة التي وقع فيها الانفجار كانت تعدّ مسرحاً لعمليات المسلحين قبل سنوات، وأن الأهالي عادوا إليها مؤخراً بعد تحسن الأوضاع الأمنية، مطالباً الجهات المختصة بتكثيف عمليات المسح الهندسي وتطهير الأراضي الزراعية والمراعي من الألغام والعبوات المتبقية.

وتشهد مناطق في وسط وشمال سيناء بين الحين والآخر انفجار ألغام وعبوات ناسفة زرعها مسلحو التنظيمات الإرهابية خلال سنوات المواجهة مع القوات المسلحة، ما يوقع ضحايا من المدنيين ولا سيما الرعاة والمزارعين. ويستحضر أهالي بئر العبد في هذا السياق الهجوم على مسجد الروضة عام 2017، الذي يعد الأكثر دموية في تاريخ مصر الحديث.

اقرأ أيضاً
• بالفيديو.. انفجار خط غاز في العريش دون إصابات (2021)
• محافظ شمال سيناء يتفقد أعمال تطوير طريق القنطرة – العريش
• مواعيد صرف المقررات التموينية لشهر مايو

تابعونا | الأكثر قراءة | سياسة الخصوصية | © سيناء اليوم
""", url="https://sinai-today.example/accidents/2023/05/14/bir-al-abd-mine", outlet="سيناء اليوم",
    published="2023-05-14", incident="h3e-bir-al-abd-mine-2023-05-13",
    events=[
        ev(E, "Remote explosive/landmine/IED", "2023-05-13", uag("Egypt"), civ("Egypt"), "bir_al_abd", 1,
           "إثر انفجار لغم أرضي من مخلفات العمليات الإرهابية أثناء رعيهما الأغنام"),
    ],
    notes="Landmine left over from the insurgency kills a 17-year-old shepherd and wounds his brother on Saturday 13 "
          "May 2023, near an unnamed small village south of Bir al-Abd -> coded at Bir al-Abd (nearest named town, "
          "geo precision 2). Actor1: the planter is unknown (left by 'terrorist organisations' years ago) -> "
          "Unidentified Armed Group (Egypt); actor2 civilians; 1 killed. The 2017 Rawda mosque attack and the 'read "
          "also' gas-pipeline item are not coded.")

# ------------------------------------------------------------------------------------------------ Iraq (Basra)
art("h3e_17_basra_clan_clash_truce", """
البصرة الآن
الرئيسية | محليات | أمن | اقتصاد | رياضة | منوعات

الثلاثاء 20 كانون الثاني 2026

نزاع عشائري في القرنة يخلّف ثلاثة قتلى.. والشرطة تعلن "عطوة" لمدة شهر

البصرة – البصرة الآن
أعلنت قيادة شرطة محافظة البصرة، أمس الاثنين، التوصل إلى اتفاق "عطوة" عشائرية لمدة شهر بين عشيرتين متنازعتين في قضاء القرنة شمالي المحافظة، وذلك غداة نزاع مسلح بينهما أسفر عن سقوط قتلى وجرحى.

وكان النزاع قد اندلع مساء الأحد الماضي في إحدى القرى التابعة لناحية الدير على خلفية خلاف قديم حول ملكية أرض زراعية وحصص مياه السقي، واستُخدمت فيه الأسلحة المتوسطة وقاذفات الـ"آر بي جي"، واستمر حتى ساعات الفجر. وقال مصدر في الشرطة لـ"البصرة الآن" إن الحصيلة بلغت ثلاثة قتلى وسبعة جرحى، بينهم امرأة، في حين تحدث مصدر طبي في مستشفى القرنة العام عن أربعة قتلى.

وأوضح بيان قيادة الشرطة أن الاتفاق جاء بوساطة عدد من شيوخ العشائر ووجهاء المنطقة، ويقضي بوقف إطلاق النار فوراً وتسليم المتسببين بالقتل إلى الجهات القضائية، والجلوس إلى "الفصل العشائري" خلال مدة العطوة. وأضاف البيان أن القوات الأمنية ألقت القبض على خمسة من المطلوبين المشاركين في النزاع، وضبطت أسلحة متوسطة وخفيفة.

وانتشرت قطعات من الجيش والشرطة في المنطقة لمنع تجدد الاشتباكات، فيما أغلقت المدارس أبوابها ليومين.

وتعاني محافظة البصرة من تكرار النزاعات العشائرية المسلحة، التي تحصد سنوياً عشرات الأرواح، رغم الحملات الحكومية لحصر السلاح بيد الدولة. وكان نزاع مماثل في قضاء المدينة قبل أسبوع قد انتهى بتدخل أمني دون وقوع إصابات.

اقرأ أيضاً:
- ارتفاع نسبة الملوحة في شط العرب
- افتتاح جسر جديد في أبي الخصيب

© البصرة الآن 2026 – جميع الحقوق محفوظة
""", url="https://basra-now.example/security/2026/01/20/qurna-clan-truce", outlet="البصرة الآن",
    published="2026-01-20", incident="h3e-qurna-clan-2026-01-18",
    events=[
        ev(B, "Armed clash", "2026-01-18", clan("Iraq"), clan("Iraq"), "qurna", 3,
           "وكان النزاع قد اندلع مساء الأحد الماضي في إحدى القرى التابعة لناحية الدير"),
        ev(S, "Agreement", "2026-01-19", clan("Iraq"), clan("Iraq"), "qurna", None,
           "عشائرية لمدة شهر بين عشيرتين متنازعتين في قضاء القرنة"),
        ev(S, "Arrests", "2026-01-19", IRQ_POL, clan("Iraq"), "qurna", None,
           "ألقت القبض على خمسة من المطلوبين المشاركين في النزاع", optional=True),
    ],
    notes="Clan clash in a village of Al-Dair subdistrict (Al-Qurna district) on Sunday evening 18 Jan 2026 "
          "('مساء الأحد الماضي', page dated Tue 20 Jan), lasting until dawn -> one Battles event dated its start; "
          "the unnamed village is coded at Al-Qurna (the named district town; Al-Dair itself lies about 20 km "
          "south). Police say 3 dead, a hospital source 4 -> 3. Truce ('atwa') announced on Monday 19 Jan -> "
          "Strategic developments / Agreement between the two clans. Five arrests by the security forces, date not "
          "exact (between the clash and the statement) -> optional, dated the statement. The clash in Al-Madina a "
          "week ago is history in passing.")
# ============================================================================================ non-event articles
art("h3e_18_yemen_houthi_threat", """
صنعاء (صنعاء الإخبارية) – 4 ديسمبر 2025

هدّدت جماعة أنصار الله (الحوثيين)، مساء الأربعاء، باستهداف "المنشآت الحيوية والموانئ" في المملكة العربية السعودية والدول المشاركة في التحالف، إذا لم تُرفع القيود المفروضة على مطار صنعاء وميناء الحديدة خلال "مهلة قصيرة".

وقال المتحدث العسكري باسم قوات صنعاء في كلمة متلفزة إن "صبر القيادة لن يطول"، مضيفاً أن "القوة الصاروخية وسلاح الجو المسيّر في أعلى درجات الجاهزية، وبنك الأهداف جاهز ومحدّث"، ومتوعداً بـ"ضربات موجعة تطال العمق" في حال استمرار ما وصفه بالحصار الاقتصادي.

وذكّر المتحدث بالهجمات التي نفذتها الجماعة خلال سنوات الحرب على منشآت نفطية سعودية، ومن بينها الهجوم على منشأتي بقيق وخريص عام 2019، قائلاً إن "من جرّب قدراتنا يعرف أننا نفعل ما نقول". كما استعرضت القناة التابعة للجماعة مشاهد أرشيفية لإطلاق صواريخ باليستية وطائرات مسيّرة.

ولم يصدر تعليق رسمي فوري من الرياض على التهديد. غير أن مصدراً دبلوماسياً خليجياً قال لـ"صنعاء الإخبارية" إن الاتصالات التي ترعاها سلطنة عُمان "ما زالت قائمة"، وإن الطرفين حريصان على عدم العودة إلى المواجهة العسكرية، في ظل التهدئة غير المعلنة السارية منذ ربيع 2022.

ويرى مراقبون أن التصعيد اللفظي يأتي في سياق الضغط لانتزاع تنازلات اقتصادية، أبرزها صرف رواتب الموظفين في مناطق سيطرة الجماعة، وليس بالضرورة مؤشراً على قرار بالعودة إلى الحرب. ويحذر آخرون من أن أي خطأ في الحسابات قد يعيد إشعال جبهات الحدود التي بقيت هادئة نسبياً منذ أكثر من ثلاث سنوات.
""", url="https://sanaa-ikhbariya.example/ar/yemen/2025/12/04/threat", outlet="صنعاء الإخبارية",
    published="2025-12-04",
    notes="Non-event: a televised threat by the Houthi military spokesman to strike Saudi facilities if the "
          "restrictions are not lifted. The 2019 Abqaiq/Khurais attack and archive footage are history; the truce "
          "since 2022 and Omani contacts are background. No attack is reported.")

art("h3e_19_iraq_tayaran_verdict", """
المحكمة الجنائية تقضي بإعدام مدان بتفجيري ساحة الطيران

بغداد – صحيفة الرافدين الجديدة – 15 أيار 2024

أصدرت محكمة الجنايات المركزية في الرصافة، اليوم الأربعاء، حكماً بالإعدام شنقاً حتى الموت بحق مدان بالمشاركة في التخطيط للتفجيرين الانتحاريين اللذين استهدفا سوق البالة في ساحة الطيران وسط بغداد في الحادي والعشرين من كانون الثاني 2021، وأسفرا عن مقتل اثنين وثلاثين شخصاً وإصابة أكثر من مئة آخرين.

وقال المركز الإعلامي لمجلس القضاء الأعلى في بيان إن المدان "اعترف بتوفير مأوى للانتحاريين ونقلهما إلى قرب مكان التنفيذ"، وإن الحكم صدر استناداً إلى أحكام المادة الرابعة من قانون مكافحة الإرهاب، مبيناً أن الحكم قابل للتمييز أمام محكمة التمييز الاتحادية.

كما قضت المحكمة في الجلسة ذاتها بالسجن المؤبد بحق متهم ثانٍ أُدين بالانتماء إلى تنظيم "داعش" والمساعدة في نقل أحزمة ناسفة، في حين أفرجت عن متهم ثالث لعدم كفاية الأدلة.

وكان تنظيم "داعش" قد تبنى التفجيرين، اللذين يعدّان الأعنف في العاصمة منذ سنوات، إذ فجّر الانتحاري الأول نفسه بعد أن ادعى المرض لجذب المارة، ثم فجّر الثاني حزامه بعد تجمع الناس لإسعاف الضحايا. وأثار الهجوم حينها موجة غضب واسعة دفعت الحكومة إلى إجراء تغييرات في قيادات أمنية عليا.

وحضر جلسة النطق بالحكم عدد من ذوي الضحايا، الذين عبّروا عن ارتياحهم للقرار. وقال أحدهم، وقد فقد شقيقه في التفجير: "انتظرنا ثلاث سنوات لنسمع هذا الحكم، لكن الجرح لن يندمل".

وتواجه السلطات العراقية انتقادات من منظمات حقوقية دولية بسبب العدد الكبير من أحكام الإعدام الصادرة في قضايا الإرهاب، وتقول هذه المنظمات إن بعض الاعترافات انتُزعت تحت الإكراه، وهو ما تنفيه الحكومة.
""", url="https://alrafidain-jadida.example/iraq/2024/05/15/tayaran-verdict", outlet="صحيفة الرافدين الجديدة",
    published="2024-05-15",
    notes="Non-event: a court verdict (death sentence, life sentence, an acquittal) about the January 2021 Tayaran "
          "Square double suicide bombing. The bombing is history, not a new event; verdicts are not coded.")

art("h3e_20_kuwait_restaurant_gas_blast", """
الكويت اليوم | محليات | حوادث وقضايا

الأحد 19 يناير 2025

وفاة عاملين وإصابة خمسة في انفجار أسطوانة غاز بمطعم في حولي

لقي عاملان آسيويان مصرعهما وأصيب خمسة أشخاص آخرين، فجر اليوم، إثر انفجار أسطوانة غاز داخل مطبخ مطعم شعبي في منطقة حولي، ما أدى إلى انهيار جزء من واجهة المبنى واحتراق ثلاث سيارات كانت متوقفة أمامه.

وقالت قوة الإطفاء العام في بيان إن غرفة العمليات تلقت بلاغاً عند الساعة الرابعة وعشر دقائق فجراً، فتوجهت إلى الموقع فرق من مراكز إطفاء حولي والسالمية والشعب، وتمكنت من السيطرة على الحريق ومنع امتداده إلى الشقق السكنية في الطوابق العليا، وإجلاء نحو أربعين من قاطني البناية.

وأوضح البيان أن المعاينة الأولية تشير إلى أن الانفجار نجم عن تسرب للغاز خلال الليل من أسطوانة موصولة بخط غير مطابق للمواصفات، نافياً وجود أي "شبهة جنائية". وأضاف أن المصابين نُقلوا إلى مستشفى مبارك الكبير، وحالة اثنين منهم حرجة.

وقال أحد سكان العمارة: "استيقظنا على دويّ هائل كأنه قصف، وتطايرت نوافذ الشقق، وظننا في البداية أن زلزالاً وقع".

وجددت قوة الإطفاء دعوتها أصحاب المطاعم والمحال التجارية إلى الالتزام باشتراطات الأمن والسلامة، وإجراء الصيانة الدورية لتمديدات الغاز، محذرة من أن المخالفين سيتعرضون للإغلاق الإداري. وكانت البلدية قد شنت الشهر الماضي حملة تفتيشية أسفرت عن إغلاق عشرات المطاعم المخالفة.

اقرأ أيضاً: الأرصاد: أجواء باردة ورياح نشطة نهاية الأسبوع
""", url="https://kuwait-today.example/local/accidents/2025-01-19-hawalli-gas", outlet="الكويت اليوم",
    published="2025-01-19",
    notes="Non-event: an accidental gas-cylinder explosion in a Hawalli restaurant (2 dead, 5 wounded); the fire "
          "force rules out any criminal suspicion. Words like 'explosion' and 'like shelling' do not make it "
          "political violence.")

art("h3e_21_jordan_derby_war_metaphors", """
الملاعب الأردنية | الدوري الأردني للمحترفين

السبت 26 تشرين الأول 2024

الوحدات يقصف شباك الفيصلي بثلاثية ويحسم "معركة" الديربي

عمّان – كتب محرر الرياضة
خرج الوحدات منتصراً من "المعركة" الكروية التقليدية أمام غريمه الفيصلي، بعدما دكّ شباكه بثلاثة أهداف مقابل هدف، مساء أمس الجمعة على ستاد عمّان الدولي، في ختام الجولة العاشرة من دوري المحترفين.

ومنذ صافرة البداية شنّ "المارد الأخضر" هجوماً كاسحاً على مرمى الفيصلي، وأطلق مهاجمه قذيفة صاروخية من خارج منطقة الجزاء اصطدمت بالعارضة في الدقيقة السابعة. وواصل الوحدات حصاره لمنطقة جزاء منافسه حتى نجح في افتتاح التسجيل بضربة رأسية في الدقيقة 24، قبل أن يضيف الهدف الثاني من هجمة مرتدة خاطفة قبل نهاية الشوط الأول.

وفي الشوط الثاني، حاول الفيصلي شن هجوم معاكس، ونجح في تقليص الفارق من ركلة جزاء، لكن الوحدات وجّه "رصاصة الرحمة" في الدقيقة 81 بهدف ثالث أجهز به على آمال "الزعيم" في العودة، ليسقط الفريق الأزرق صريعاً أمام جماهيره المنقسمة في المدرجات.

وقال مدرب الوحدات في المؤتمر الصحفي: "خضنا حرباً تكتيكية حقيقية، وجنودي في الملعب نفذوا الخطة بانضباط كامل". فيما اعترف مدرب الفيصلي بأن فريقه "سقط في الكمين" بعد الهدف الثاني.

ومرّت المباراة التي حضرها نحو خمسة وعشرين ألف متفرج من دون تسجيل أي أحداث شغب، في ظل إجراءات أمنية مشددة وتنظيم لافت لدخول الجماهير وخروجها، وهو ما أشاد به الاتحاد الأردني لكرة القدم في بيان عقب اللقاء.

وبهذا الفوز يعزز الوحدات صدارته برصيد 24 نقطة، بينما يتراجع الفيصلي إلى المركز الرابع.
""", url="https://jordan-stadiums.example/league/2024/10/26/derby", outlet="الملاعب الأردنية",
    published="2024-10-26",
    notes="Non-event: a football derby told with war metaphors (battle, shelling, rocket shot, siege, bullet of "
          "mercy, ambush). The text states explicitly that there was no crowd trouble.")

art("h3e_22_gaza_humanitarian_bulletin", """
المكتب الإقليمي للتنسيق الإنساني – الأرض الفلسطينية المحتلة
تحديث الوضع الإنساني رقم 118
صدر في: 20 شباط 2024 | يغطي الفترة: 13 – 19 شباط 2024

أبرز النقاط
• وفق وزارة الصحة في غزة، قُتل ما لا يقل عن 29,000 فلسطيني وأصيب أكثر من 69,000 آخرين في قطاع غزة منذ السابع من تشرين الأول 2023. ويُقدَّر أن 70 بالمئة من القتلى من النساء والأطفال.
• خلال الفترة المشمولة بالتقرير، قُتل في المتوسط نحو 90 فلسطينياً يومياً، وتركز القصف في رفح وخان يونس ودير البلح.
• ما يزيد على 1.7 مليون شخص، أي نحو 75 بالمئة من السكان، نزحوا داخلياً، ويتكدس أكثر من 1.4 مليون منهم في محافظة رفح.
• يعمل 11 مستشفى فقط من أصل 36 بشكل جزئي، في ظل نقص حاد في الوقود والمستلزمات الطبية.

الوصول الإنساني
دخلت القطاع خلال الأسبوع 412 شاحنة مساعدات فقط عبر معبري رفح وكرم أبو سالم، أي أقل من ربع المعدل اليومي المسجل قبل الأعمال العدائية. ورُفض أو أُعيق أكثر من نصف البعثات الإنسانية المخطط لها إلى شمال وادي غزة، فيما أفادت الوكالات بتعرض عدد من القوافل لإطلاق نار وأعمال نهب على أيدي حشود يائسة خلال الأشهر الماضية.

الأمن الغذائي
حذّر الشركاء من أن خطر المجاعة في الشمال "وشيك"، إذ أفادت الفحوصات بأن واحداً من كل ستة أطفال دون الثانية يعاني سوء التغذية الحاد.

الضفة الغربية
منذ السابع من تشرين الأول 2023، قُتل 395 فلسطينياً في الضفة الغربية بما فيها القدس الشرقية، بينهم 100 طفل، وسُجّل أكثر من 500 هجوم للمستوطنين أسفر عن إصابات أو أضرار في الممتلكات.

التمويل
حتى تاريخه، تلقى النداء العاجل 38 بالمئة فقط من المبلغ المطلوب.

ملاحظة: الأرقام الواردة مستقاة من مصادر مختلفة ولم يتسنَّ التحقق من جميعها بشكل مستقل. يصدر التحديث المقبل في 27 شباط.
""", url="https://regional-humanitarian-office.example/opt/flash-update-118", outlet="المكتب الإقليمي للتنسيق الإنساني",
    published="2024-02-20",
    notes="Non-event: a humanitarian bulletin with cumulative and weekly aggregate figures only (totals since 7 "
          "Oct 2023, daily averages, settler-attack counts, convoys attacked 'in past months'). No single incident "
          "with a date and place is reported, so nothing is coded. The figures are invented for the exercise.")
art("h3e_23_iran_irgc_exercise_denial", """
بندر عباس (وكالة الخليج الدولية) – 11 ديسمبر 2025

أطلقت القوة البحرية للحرس الثوري الإيراني، صباح اليوم الخميس، مناورات عسكرية واسعة في مضيق هرمز وجزر طنب وأبو موسى، تستمر ثلاثة أيام، بمشاركة زوارق هجومية سريعة ووحدات صاروخية وطائرات مسيّرة.

وقال قائد المناورات في تصريح للتلفزيون الرسمي إن الوحدات المشاركة "أطلقت صواريخ كروز مضادة للسفن ودمّرت أهدافاً بحرية افتراضية بدقة عالية"، مضيفاً أن الطائرات المسيّرة الانتحارية "أصابت نماذج لسفن معادية على مسافة مئات الكيلومترات". وأكد أن التدريبات تحاكي "التصدي لأي عدوان محتمل على المياه الإقليمية الإيرانية"، وأنها تحمل "رسالة ردع" إلى الولايات المتحدة وحلفائها.

في سياق منفصل، نفى المتحدث باسم الحرس الثوري ما تداولته حسابات معارضة على مواقع التواصل الاجتماعي عن تعرض مستودع للذخيرة قرب بندر عباس لهجوم بطائرة مسيّرة ليل الثلاثاء، موضحاً أن الانفجارات التي سمعها السكان كانت "عملية تفجير مُتحكَّم بها لذخائر منتهية الصلاحية، أُعلن عنها مسبقاً"، وأنها لم تُسفر عن أي إصابات.

وتأتي المناورات في ظل توتر متصاعد في المنطقة منذ الحرب القصيرة بين إيران وإسرائيل في حزيران الماضي، والتي تخللتها ضربات أمريكية على منشآت نووية إيرانية. وتحذر شركات الشحن من أن أي مواجهة في المضيق، الذي يمر عبره نحو خُمس النفط المستهلك عالمياً، قد تنعكس على أسعار الطاقة.

ودعت دولة الإمارات في بيان إلى "عدم إجراء مناورات في جزرها المحتلة"، فيما لم يصدر تعليق من البحرية الأمريكية المتمركزة في البحرين.

(و.خ.د) ن.ف
""", url="https://gulf-intl-agency.example/ar/iran/2025/12/11/hormuz-drill", outlet="وكالة الخليج الدولية",
    published="2025-12-11",
    notes="Non-event: an IRGC naval exercise with live firing at simulated targets, and an official denial that an "
          "ammunition depot was struck (a pre-announced controlled detonation of expired ammunition, no injuries). "
          "The June 2025 Iran-Israel war is history in passing. Nothing is coded.")

art("h3e_24_oman_opinion_muscat_talks", """
صحيفة الشراع العُمانية | مقالات الرأي

الثلاثاء 4 نوفمبر 2025

مسقط بين طاولتين: حين يفشل التفاوض ولا تندلع الحرب

بقلم: سالم بن خلفان الراشدي

انتهت الجولة الأخيرة من المحادثات التي استضافتها مسقط الأسبوع الماضي بين وفد جماعة أنصار الله ووفد سعودي، بحضور المبعوث الأممي، كما انتهت سابقاتها: بيان مقتضب يتحدث عن "أجواء إيجابية" و"تفاهم على مواصلة النقاش"، من دون أي اتفاق مكتوب بشأن الملفات الكبرى، من صرف الرواتب إلى فتح الطرق وتبادل الأسرى.

والحقيقة أن هذا الفشل المتكرر لا يعني بالضرورة عودة المدافع إلى الكلام. فمنذ هدنة نيسان 2022 يعيش اليمن حالة فريدة: لا حرب شاملة ولا سلام. الجبهات هادئة في الغالب، والصواريخ لم تعد تعبر الحدود نحو المدن السعودية، لكن الاقتصاد ينهار ببطء، والموظف في صنعاء وعدن على حد سواء يدفع الثمن.

لنتخيل للحظة أن الطرفين قررا غداً قلب الطاولة. ستشن الجماعة على الأرجح هجوماً واسعاً نحو مأرب لانتزاع منابع النفط والغاز، وسترد المملكة بحملة جوية لا تقل عنفاً عن حملات 2015، وستعود المسيّرات إلى سماء جازان ونجران. هذا السيناريو، الذي يلوّح به بعض المتشددين في المعسكرين، كارثي للجميع، ولهذا تحديداً لا أراه قريباً.

إن الدبلوماسية العُمانية، بهدوئها المعهود، لا تبحث عن عناوين صحفية، بل عن إبقاء الخطوط مفتوحة. وفي منطقة اعتادت أن تنتقل من الأزمة إلى الحرب في أسابيع، يصبح مجرد استمرار الحوار إنجازاً لا يُستهان به.

لكن الصبر له حدود. فما لم تُترجم "الأجواء الإيجابية" إلى خطوات ملموسة يلمسها المواطن اليمني، فإن الفراغ سيملؤه من يراهنون على السلاح. وعلى الوسطاء، ونحن منهم، أن يقولوا للطرفين بوضوح: الوقت ليس في صالح أحد.

* كاتب ومحلل سياسي عُماني. الآراء الواردة تعبّر عن رأي الكاتب.
""", url="https://alshiraa-oman.example/2025/11/04/muscat-two-tables", outlet="صحيفة الشراع العُمانية",
    published="2025-11-04",
    notes="Non-event: an opinion column on talks in Muscat that ended without agreement, with a hypothetical "
          "offensive on Marib and a hypothetical Saudi air campaign. Talks without agreement are not an Agreement; "
          "the 2015 campaign and the 2022 truce are history.")


PART = gold_tools.BlindPart(ARTICLES, OUT, prefix="h3e_", script="_build_east.py",
                            allowed_actors=frozenset(ALLOWED_ACTORS))
known_actor_eras = gold_tools.known_actor_eras
validate, check_directory, main = PART.validate, PART.check_directory, PART.main


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
