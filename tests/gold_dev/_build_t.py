"""Build and validate the dev gold set, part T (t_*.json), written BLIND (west: North Africa, the Sahel, the Horn and
southern Arabia), written 2026-11-23.

Written blind, like parts H to S: the author did not open the coder (src/marsad/events/**), its trigger, modality,
non-event-cue, coder-cue or figure lexicons (src/marsad/data/triggers/**, src/marsad/data/modality.yaml,
src/marsad/data/non_event_cues.yaml, src/marsad/data/coder_cues.yaml, src/marsad/lang/ar/data/figures.yaml), the
models (src/marsad/data/models/), training/, scripts/*mention*, any tests/test_coder_*.py, tests/test_figures*.py,
tests/test_mention_filter.py or tests/test_triggers.py, nor any gold article text (tests/gold_dev/*.json,
tests/gold_holdout/**, the article definitions of the other build scripts), nor git history or diffs, and did not
run the coder, `marsad eval`, `marsad run`/`demo` or pytest on these articles (only tests/test_gold_dev_parts.py).
What was read: /work/shared/gold/README.md (and its two JSON examples, for the format only),
/work/shared/reference/acled-taxonomy.md, tests/gold_tools.py, tests/test_gold_dev_parts.py and
tests/test_gold_blind_validation.py (the checks this script must pass), the scaffolding of tests/gold_dev/_build_q.py
(module docstring, imports, constants block and PLACES up to the banner before its first article -- the `sed -n
1,160p` window also showed the first three lines of its first article, an outlet name and a dateline menu -- and its
final PART/main lines; not its article definitions), the file names in tests/gold_dev/ (to avoid repeating the
topics of earlier parts), the canonical actor names and eras of the actor lexicon (listed through
marsad.text.actors.Lexicon, not their Arabic surface forms), and `marsad gazetteer lookup` for coordinates. Nothing
was copied from /work/shared/seeds (not opened) or anywhere else. All texts are original and fictional (invented
incidents at real places, invented outlets with .example domains; statements of real institutions are invented too).

Weighting: the west of the region -- Algeria, Tunisia, Morocco, Libya, Egypt (mainland), Sudan, South Sudan, Somalia,
Mali, Burkina Faso, Niger, Chad, Nigeria -- and one Yemeni front; Djibouti appears only as the venue of talks in a
non-event piece and Mauritania not at all (no country box in gold_tools). All six ACLED event types are represented
(battles incl. territory taken and regained, air/drone strikes, shelling, a suicide bomb, an IED, a grenade, attacks
on civilians, abductions, the three kinds of protest, violent demonstrations and mob violence, and strategic
developments: an agreement, looting/property destruction, arrests, disrupted weapons use, a surrender). Styles: wire
copy of invented agencies with datelines, local news pages with menus, "read also" blocks, share widgets and footers,
an army weekly operations communique (Algerian style), a monitor's weekly Sahel round-up, a live blog (newest first),
an NGO statement listing several attacks, a radio transcript, a social-media repost with no date, court and feature
pieces, an interview, an opinion column built on a "what if", a film review. 15 of the 40 articles are hard non-event
articles (a verdict on an old bombing, an army denial, a threat statement, an anniversary, a funeral of long-dead
victims, talks without agreement, a cumulative humanitarian bulletin, a mine collapse, floods and cholera, sport with
war metaphors, an ordinary robbery, a hypothetical opinion column, a film review, a planned offensive with exercises,
an interview recounting 2012). Three incidents are told by several outlets (same `incident` slug, different tolls).

Dates are written with Maghrebi month names (جانفي، فيفري، ماي، جوان، جويلية، أوت), Moroccan ones (شتنبر، نونبر،
دجنبر), Eastern/Egyptian ones (أغسطس، أبريل، مارس), relative dates anchored by the publication date (أمس، فجر اليوم،
مساء الأحد، السبت الماضي، ليلة الأحد), Eastern Arabic digits and number words.

Fatality convention used here: the lowest credible figure; a toll revised by the same or a higher official source
replaces the first one; when two sources disagree the lower figure is taken; claimed enemy losses that nobody
contradicts are counted; vague words follow the taxonomy file ("dozens" 12, "several" 3, "more than twenty" 20);
0 only when the text says nobody was killed; null when the text gives no figure.

Run:  python tests/gold_dev/_build_t.py          (write the files, then validate them)
      python tests/gold_dev/_build_t.py --check  (only validate the files on disk)
Checks: every t_*.json parses and has the gold keys; every evidence span occurs verbatim in its text; incident is
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
ALLOWED_ACTORS: set[str] = {"Tiv Ethnic Militia (Nigeria)"}

# canonical actor names (src/marsad/data/actors)
DZA = "Military Forces of Algeria"
DZA_POL = "Police Forces of Algeria"
TUN_POL = "Police Forces of Tunisia"
EGY_POL = "Police Forces of Egypt (2014-)"
MLI = "Military Forces of Mali (2021-)"
BFA = "Military Forces of Burkina Faso (2022-)"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"
ISSP = "Islamic State Sahel Province (ISSP)"
NGA = "Military Forces of Nigeria (2023-)"
NGA_POL = "Police Forces of Nigeria (2023-)"
ISWAP = "Islamic State West Africa Province (ISWAP)"
FULANI_NG = "Fulani Ethnic Militia (Nigeria)"
TIV = "Tiv Ethnic Militia (Nigeria)"
SDN = "Military Forces of Sudan (2019-)"
RSF = "Rapid Support Forces (RSF)"
HILU = "SPLM/A-North (al-Hilu Faction)"
SOM = "Military Forces of Somalia (2022-)"
SOM_POL = "Police Forces of Somalia (2022-)"
SHABAAB = "Al Shabaab"
USA = "Military Forces of the United States"
SSD = "Military Forces of South Sudan"
NAS = "National Salvation Front (NAS)"
YEM = "Military Forces of Yemen (2022-)"
HOUTHI = "Ansar Allah (Houthis)"


# place key -> (country, admin1, location, lat, lon); coordinates from `marsad gazetteer lookup` where it knows the
# place, else from general knowledge (Boulkessi and Kajo-Keji, which it lacks).
PLACES = {
    "medea": ("Algeria", "Medea", "Medea, Medea", 36.26, 2.75),
    "lakhdaria": ("Algeria", "Bouira", "Lakhdaria, Bouira", 36.56, 3.59),
    "tamanrasset": ("Algeria", "Tamanghasset", "Tamanrasset, Tamanghasset", 22.79, 5.52),
    "tiaret": ("Algeria", "Tiaret", "Tiaret, Tiaret", 35.37, 1.32),
    "kasserine": ("Tunisia", "Kasserine", "Kasserine, Kasserine", 35.17, 8.84),
    "imzouren": ("Morocco", "Tanger-Tetouan-Al Hoceima", "Imzouren, Al Hoceima", 35.15, -3.85),
    "ajdir": ("Morocco", "Tanger-Tetouan-Al Hoceima", "Ajdir, Al Hoceima", 35.20, -3.91),
    "nag_hammadi": ("Egypt", "Qena", "Nag Hammadi, Qena", 26.05, 32.24),
    "ajaylat": ("Libya", "Nuqat al Khams", "Al Ajaylat, Nuqat al Khams", 32.76, 12.38),
    "boulkessi": ("Mali", "Mopti", "Boulkessi, Douentza", 14.21, -1.60),
    "goundam": ("Mali", "Tombouctou", "Goundam, Goundam", 16.41, -3.67),
    "dioura": ("Mali", "Mopti", "Dioura, Tenenkou", 14.83, -5.25),
    "dori": ("Burkina Faso", "Sahel", "Dori, Seno", 14.03, -0.03),
    "tougan": ("Burkina Faso", "Boucle du Mouhoun", "Tougan, Sourou", 13.07, -3.07),
    "abala": ("Niger", "Tillaberi", "Abala, Filingue", 14.94, 3.43),
    "guidan_roumdji": ("Niger", "Maradi", "Guidan Roumdji, Guidan Roumdji", 13.66, 6.70),
    "kyabe": ("Chad", "Moyen-Chari", "Kyabe, Grande Sido", 9.45, 18.94),
    "agatu": ("Nigeria", "Benue", "Agatu, Benue", 7.89, 7.91),
    "guma": ("Nigeria", "Benue", "Guma, Benue", 7.82, 8.86),
    "logo": ("Nigeria", "Benue", "Logo, Benue", 7.51, 9.35),
    "ukum": ("Nigeria", "Benue", "Ukum, Benue", 7.51, 9.61),
    "damasak": ("Nigeria", "Borno", "Damasak, Mobbar", 13.11, 12.51),
    "zaria": ("Nigeria", "Kaduna", "Zaria, Sabon Gari", 11.11, 7.72),
    "gombe": ("Nigeria", "Gombe", "Gombe, Gombe", 10.29, 11.17),
    "kadugli": ("Sudan", "South Kordofan", "Kadugli, South Kordofan", 11.01, 29.72),
    "dilling": ("Sudan", "South Kordofan", "Dilling, South Kordofan", 12.05, 29.65),
    "abu_zabad": ("Sudan", "West Kordofan", "Abu Zabad, West Kordofan", 12.35, 29.25),
    "tawila": ("Sudan", "North Darfur", "Tawila, North Darfur", 13.50, 24.86),
    "kutum": ("Sudan", "North Darfur", "Kutum, North Darfur", 14.20, 24.67),
    "baardheere": ("Somalia", "Gedo", "Baardheere, Gedo", 2.34, 42.28),
    "dhusamareb": ("Somalia", "Galguduud", "Dhusamareb, Galguduud", 5.54, 46.39),
    "beledweyne": ("Somalia", "Hiraan", "Beledweyne, Hiraan", 4.74, 45.20),
    "jilib": ("Somalia", "Middle Juba", "Jilib, Middle Juba", 0.49, 42.79),
    "kajo_keji": ("South Sudan", "Central Equatoria", "Kajo-Keji, Central Equatoria", 3.87, 31.66),
    "kirsh": ("Yemen", "Lahij", "Kirsh, Al Qabbaytah", 13.36, 44.49),
}


ev = partial(make_event, PLACES)
ARTICLES: dict[str, dict] = {}
art = partial(add_article, ARTICLES)


# ============================================================================================ event articles
# ------------------------------------------------------------------------------------------------ Algeria
art("t_dz_mdn_weekly_bilan_medea_lakhdaria", """
الجزائر المحروسة | أخبار وطنية

حصيلة عمليات الجيش الوطني الشعبي: تحييد ثلاثة إرهابيين وتوقيف 8 عناصر دعم خلال أسبوع

الجزائر – نشرت وزارة الدفاع الوطني، اليوم الأربعاء 18 فيفري 2026، حصيلة العمليات التي نفذتها وحدات ومفارز الجيش الوطني الشعبي خلال الفترة الممتدة من 11 إلى 17 فيفري 2026، في إطار مكافحة الإرهاب والجريمة المنظمة.

وجاء في البيان أنه «في إطار مكافحة الإرهاب، وإثر عملية بحث وتمشيط بالقرب من بلدية العمارية بولاية المدية (ن.ع.1)، تمكنت مفرزة للجيش الوطني الشعبي يوم 13 فيفري 2026 من تحييد إرهابيين اثنين (02) واسترجاع مسدسين رشاشين من نوع كلاشنيكوف وكمية من الذخيرة». وأضاف البيان أن العملية ذاتها مكنت من كشف وتدمير ثلاثة (03) مخابئ للإرهابيين وقنبلتين (02) تقليديتي الصنع.

وفي عملية ثانية، أسفر اشتباك مع مجموعة إرهابية يوم 15 فيفري بغابة بني خلفون بالأخضرية، ولاية البويرة، عن القضاء على إرهابي خطير، فيما أصيب عسكري بجروح طفيفة نُقل على إثرها إلى المستشفى العسكري.

كما سلّم الإرهابي المدعو «ع. محمد» المكنى «أبو الهمام»، الذي التحق بالجماعات الإرهابية سنة 2012، نفسه للسلطات العسكرية بتمنراست بالناحية العسكرية السادسة يوم 16 فيفري، وبحوزته مسدس رشاش وثلاثة مخازن.

وفي السياق ذاته، أوقفت مفارز مشتركة للجيش ثمانية (08) عناصر دعم للجماعات الإرهابية في عمليات متفرقة عبر التراب الوطني.

وفي إطار محاربة الجريمة المنظمة، أوقفت مفارز للجيش الوطني الشعبي بكل من برج باجي مختار وتمنراست وعين قزام 214 شخصاً وضبطت 27 مركبة و19 مطرقة ضغط وأجهزة كشف عن المعادن تستعمل في التنقيب غير المشروع عن الذهب، فيما أحبط حراس السواحل محاولات هجرة غير شرعية لـ 96 شخصاً.

تجدر الإشارة إلى أن حصيلة الأسبوع الماضي كانت قد تضمنت تحييد إرهابي بولاية جيجل.

الكلمات المفتاحية: الجيش الوطني الشعبي – مكافحة الإرهاب – وزارة الدفاع الوطني
شارك: فيسبوك | تويتر | واتساب
""", url="https://www.elmahroussa-dz.example/national/bilan-mdn-18-02-2026", outlet="الجزائر المحروسة",
    published="2026-02-18", incident="dz_mdn_weekly_2026_02_11_17",
    events=[
        ev(B, "Armed clash", "2026-02-13", DZA, uag("Algeria"), "medea", 2,
           "تمكنت مفرزة للجيش الوطني الشعبي يوم 13 فيفري 2026 من تحييد إرهابيين اثنين (02)"),
        ev(S, "Disrupted weapons use", "2026-02-13", DZA, uag("Algeria"), "medea", 0,
           "كشف وتدمير ثلاثة (03) مخابئ للإرهابيين وقنبلتين (02) تقليديتي الصنع", optional=True),
        ev(B, "Armed clash", "2026-02-15", DZA, uag("Algeria"), "lakhdaria", 1,
           "أسفر اشتباك مع مجموعة إرهابية يوم 15 فيفري بغابة بني خلفون بالأخضرية، ولاية البويرة، عن القضاء على إرهابي خطير"),
        ev(S, "Change to group/activity", "2026-02-16", uag("Algeria"), DZA, "tamanrasset", 0,
           "نفسه للسلطات العسكرية بتمنراست بالناحية العسكرية السادسة يوم 16 فيفري", optional=True),
        # annotation fix after the first score: the country was left empty, so no prediction could match the event
        ev(S, "Arrests", None, DZA, civ("Algeria"), ("Algeria", None, None, None, None), 0,
           "أوقفت مفارز مشتركة للجيش ثمانية (08) عناصر دعم للجماعات الإرهابية في عمليات متفرقة عبر التراب الوطني",
           optional=True),
    ],
    notes="Algerian MDN weekly communique relayed by a local page. Two clashes with 'terrorists' (no group named, so "
          "Unidentified Armed Group): Medea (El Omaria) on 13 Feb, 'تحييد' of two with their rifles recovered is "
          "counted as 2 deaths (MDN usage); Lakhdaria on 15 Feb, 1 killed, a soldier lightly wounded. Hideouts and "
          "two bombs destroyed, the surrender at Tamanrasset and the arrests of support elements across the country "
          "(no place) are optional. The organised-crime and migration arrests are not coded; last week's Jijel "
          "neutralisation is history in passing. Event dates fall within the 11-17 Feb week, before publication.")


art("t_dz_tiaret_water_cuts_protest_dispersed", """
الرئيسية | محلي | اقتصاد | رياضة | ثقافة | فيديو

تيارت: قوات الأمن تفرّق محتجين على انقطاع المياه أمام مقر الولاية

تيارت – مراسلنا | الأربعاء 17 جويلية 2024

فرّقت قوات الشرطة، صبيحة أمس الثلاثاء، العشرات من سكان أحياء «فولاني» و«الزمالة» و«حي 500 مسكن» بمدينة تيارت، تجمعوا أمام مقر الولاية للاحتجاج على انقطاع مياه الشرب عن حنفياتهم منذ أزيد من أسبوعين في عز موجة الحر.

ورفع المحتجون، ومن بينهم نساء وأطفال حملوا الدلاء والقارورات الفارغة، شعارات تطالب بتدخل والي الولاية وبإيفاد لجنة تحقيق في تسيير مؤسسة الجزائرية للمياه، قبل أن تطلب منهم قوات الأمن إخلاء الساحة ثم تدفعهم نحو الشوارع المجاورة. وأكد شهود عيان أن عناصر الشرطة اقتادوا أربعة شبان إلى مركز الأمن الحضري قبل إطلاق سراحهم في المساء، وأن العملية جرت دون تسجيل إصابات.

وقال أحد المحتجين لـ«الهضاب اليوم»: «نشتري صهريج الماء بألف دينار ولا أحد يسمع صوتنا». من جهتها، أرجعت مديرية الموارد المائية الانقطاعات إلى عطب في محطة الضخ بسد بخدة، مؤكدة أن التوزيع سيعود تدريجياً نهاية الأسبوع.

ويُذكر أن الولاية عرفت صيف العام الماضي احتجاجات مماثلة أغلق خلالها شبان الطريق الوطني رقم 14 لساعات.

اقرأ أيضاً:
- سد بخدة عند أدنى مستوياته منذ عشر سنوات
- تيارت: تسليم 1200 وحدة سكنية في أوت المقبل

© الهضاب اليوم 2024 – جميع الحقوق محفوظة
""", url="https://www.elhidab-lyoum.example/local/tiaret-eau-protestation", outlet="الهضاب اليوم",
    published="2024-07-17", incident="dz_tiaret_water_protest_2024_07_16",
    events=[
        ev(P, "Protest with intervention", "2024-07-16", protesters("Algeria"), DZA_POL, "tiaret", 0,
           "فرّقت قوات الشرطة، صبيحة أمس الثلاثاء، العشرات من سكان أحياء"),
        ev(S, "Arrests", "2024-07-16", DZA_POL, protesters("Algeria"), "tiaret", 0,
           "اقتادوا أربعة شبان إلى مركز الأمن الحضري قبل إطلاق سراحهم في المساء", optional=True),
    ],
    notes="Water-cut sit-in in front of the wilaya HQ in Tiaret, dispersed by police: protest with intervention on "
          "'أمس الثلاثاء' = 16 July 2024 (published Wednesday 17 July). 'دون تسجيل إصابات' gives 0. The brief detention "
          "of four youths is an optional arrest. Last summer's road blocking is history in passing; the 'read also' "
          "block yields nothing.")


# ------------------------------------------------------------------------------------------------ Tunisia
art("t_tn_kasserine_night_riots_after_death", """
وكالة قرطاج للأنباء

القصرين: ليلتان من المواجهات بين شبان وقوات الأمن إثر وفاة شاب في حادث مرور

القصرين، 14 جانفي 2026 (قرطاج) – عاد الهدوء الحذر صباح اليوم الأربعاء إلى حي النور وحي الزهور بمدينة القصرين، بعد ليلتين من المواجهات بين مجموعات من الشبان ووحدات الأمن، اندلعت إثر وفاة شاب في العشرين من عمره مساء الأحد 11 جانفي، حين اصطدمت دراجته النارية بسيارة إثر مطاردة من دورية أمنية، وفق رواية عائلته.

وأفاد شهود عيان بأن عشرات الشبان أغلقوا ليلة الأحد الطريق الرئيسية المؤدية إلى حي النور بالحجارة والعجلات المطاطية المشتعلة، ورشقوا أعوان الأمن بالحجارة والزجاجات، فردّت وحدات التدخل بإطلاق الغاز المسيل للدموع. وتجددت المواجهات مساء الاثنين 12 جانفي بعد تشييع جنازة الشاب، حيث أضرم محتجون النار في حاوية للفضلات وحاولوا اقتحام مقر معتمدية القصرين الشمالية.

وأكد مصدر أمني جهوي لـ(قرطاج) أن المواجهات أسفرت عن إصابة ستة أعوان أمن بجروح متفاوتة الخطورة وتضرر سيارتين إداريتين، دون تسجيل وفيات، مشيراً إلى إيقاف 17 شخصاً من بينهم ثمانية قصّر خلال الليلتين.

من جهتها، أعلنت النيابة العمومية بالمحكمة الابتدائية بالقصرين فتح بحث تحقيقي لكشف ملابسات وفاة الشاب، فيما دعا الاتحاد الجهوي للشغل إلى «التهدئة وعدم الانجرار إلى العنف».

وتعيد هذه الأحداث إلى الأذهان المواجهات التي عرفتها الجهة في جانفي 2016 إثر وفاة الشاب رضا اليحياوي أمام مقر الولاية.

(قرطاج) م.ب / س.ع
""", url="https://www.carthage-news.example/ar/regions/kasserine-affrontements", outlet="وكالة قرطاج للأنباء",
    published="2026-01-14", incident="tn_kasserine_riots_2026_01",
    events=[
        ev(R, "Violent demonstration", "2026-01-11", rioters("Tunisia"), TUN_POL, "kasserine", 0,
           "أغلقوا ليلة الأحد الطريق الرئيسية المؤدية إلى حي النور بالحجارة والعجلات المطاطية المشتعلة"),
        ev(R, "Violent demonstration", "2026-01-12", rioters("Tunisia"), TUN_POL, "kasserine", 0,
           "وتجددت المواجهات مساء الاثنين 12 جانفي بعد تشييع جنازة الشاب"),
        ev(S, "Arrests", "2026-01-12", TUN_POL, rioters("Tunisia"), "kasserine", 0,
           "إيقاف 17 شخصاً من بينهم ثمانية قصّر خلال الليلتين", optional=True),
    ],
    notes="Two nights of riots in Kasserine (Sunday 11 and Monday 12 January 2026): road blocking with burning tyres, "
          "stones, an attempt to storm the delegation office -- violent demonstrations, one per night. 'دون تسجيل "
          "وفيات' covers both nights, so 0. The young man's death in a traffic accident during a police chase is not "
          "coded (an accident, the trigger of the riots). Arrests over both nights are optional (dated to the second "
          "night). The 2016 unrest is history in passing.")


# ------------------------------------------------------------------------------------------------ Morocco
art("t_ma_imzouren_water_protest_ajdir", """
أصداء الريف | جهات | الحسيمة

امزورن.. المئات يحتجون على العطش ويطالبون بحلول عاجلة

الاثنين 22 شتنبر 2025 - 10:42

خرج المئات من ساكنة مدينة امزورن بإقليم الحسيمة، عشية يوم السبت 20 شتنبر الجاري، في مسيرة احتجاجية انطلقت من ساحة المسيرة الخضراء وجابت الشارع الرئيسي للمدينة، احتجاجاً على الانقطاعات المتكررة للماء الصالح للشرب التي تعرفها المدينة منذ بداية فصل الصيف.

ورفع المشاركون في المسيرة، التي دعت إليها تنسيقية محلية للمجتمع المدني، شعارات تندد بـ«سياسة التماطل» وتطالب المكتب الوطني للكهرباء والماء الصالح للشرب بجدولة واضحة لتوزيع المياه وتسريع أشغال ربط المدينة بمحطة تحلية مياه البحر. ومرّت المسيرة في أجواء سلمية دون تسجيل أي حوادث، في ظل حضور أمني مكثف.

وكانت ساكنة جماعة أجدير المجاورة قد نظمت، يوم الأحد 14 شتنبر، وقفة احتجاجية أمام مقر الجماعة للمطالب ذاتها، شارك فيها عشرات الأشخاص.

وفي تصريح لـ«أصداء الريف»، قال عضو في التنسيقية إن الساكنة «لن تتوقف عن الاحتجاج السلمي إلى أن يعود الماء إلى الصنابير»، معلناً عن برنامج نضالي يتضمن وقفة أمام عمالة الإقليم في أكتوبر المقبل.

يذكر أن الحسيمة كانت قد عرفت سنة 2017 موجة احتجاجات واسعة عُرفت بـ«حراك الريف».

تابعونا على فيسبوك | أنستغرام | يوتيوب
مواضيع ذات صلة: سد عبد الكريم الخطابي يسجل نسبة ملء لا تتجاوز 11 في المائة
""", url="https://www.rifpress.example/regions/imzouren-protest-water", outlet="أصداء الريف",
    published="2025-09-22", incident="ma_imzouren_water_protest_2025_09",
    events=[
        ev(P, "Peaceful protest", "2025-09-20", protesters("Morocco"), None, "imzouren", 0,
           "خرج المئات من ساكنة مدينة امزورن بإقليم الحسيمة، عشية يوم السبت 20 شتنبر الجاري، في مسيرة احتجاجية"),
        ev(P, "Peaceful protest", "2025-09-14", protesters("Morocco"), None, "ajdir", None,
           "وكانت ساكنة جماعة أجدير المجاورة قد نظمت، يوم الأحد 14 شتنبر، وقفة احتجاجية أمام مقر الجماعة"),
    ],
    notes="Moroccan month names (شتنبر). Main event: peaceful march in Imzouren on Saturday 20 Sept 2025; 'في أجواء "
          "سلمية دون تسجيل أي حوادث' gives 0. A distinct, dated side event: the sit-in in neighbouring Ajdir on 14 "
          "Sept (no casualty wording, so null). The planned October sit-in is future and the 2017 Hirak history in "
          "passing; neither is coded.")


# ------------------------------------------------------------------------------------------------ Egypt
art("t_eg_nag_hammadi_police_gang_shootout", """
بوابة الصعيد الإخبارية
حوادث | الأربعاء 13 أغسطس 2025

مصرع 3 عناصر إجرامية شديدة الخطورة في تبادل لإطلاق النار مع الشرطة بنجع حمادي

كتب: محمود عبد الرحيم

تمكنت الأجهزة الأمنية بمديرية أمن قنا، أمس الثلاثاء 12 أغسطس، من مداهمة بؤرة إجرامية بإحدى المناطق الزراعية بدائرة مركز شرطة نجع حمادي، يتزعمها عنصر جنائي صادر ضده أحكام بالسجن المؤبد في قضايا قتل وسرقة بالإكراه والاتجار في المواد المخدرة.

وأفاد بيان صادر عن وزارة الداخلية بأنه فور استشعار العناصر الإجرامية بالقوات بادروا بإطلاق الأعيرة النارية تجاهها بكثافة، فتم التعامل معهم، وأسفر تبادل إطلاق النار عن مصرع ثلاثة منهم، وإصابة ضابط برتبة نقيب بطلق ناري في الذراع نُقل على إثره إلى المستشفى لتلقي العلاج.

وأضاف البيان أنه تم ضبط أربعة آخرين من أفراد التشكيل، وعُثر بحوزتهم على 5 بنادق آلية و3 بنادق خرطوش وكمية كبيرة من الذخيرة ونحو 40 كيلوغراماً من مخدر الحشيش، وتحرر المحضر اللازم وتولت النيابة العامة التحقيق.

وتأتي الحملة في إطار جهود الوزارة لملاحقة البؤر الإجرامية في محافظات الصعيد، وكانت قوات الأمن قد ضبطت في يونيو الماضي تشكيلاً عصابياً مماثلاً بمركز أبوتشت.

اقرأ أيضًا
• انقلاب ميكروباص على الطريق الصحراوي الغربي وإصابة 11 شخصًا
• الأرصاد: ارتفاع في درجات الحرارة على جنوب الصعيد
""", url="https://www.bawabat-elsaeed.example/accidents/nag-hammadi-shootout", outlet="بوابة الصعيد الإخبارية",
    published="2025-08-13", incident="eg_nag_hammadi_shootout_2025_08_12",
    events=[
        ev(B, "Armed clash", "2025-08-12", EGY_POL, uag("Egypt"), "nag_hammadi", 3,
           "وأسفر تبادل إطلاق النار عن مصرع ثلاثة منهم"),
        ev(S, "Arrests", "2025-08-12", EGY_POL, uag("Egypt"), "nag_hammadi", 0,
           "تم ضبط أربعة آخرين من أفراد التشكيل", optional=True),
    ],
    notes="Egyptian Interior Ministry style (أغسطس). A police raid on an armed criminal gang that fires back: armed "
          "clash between police and an unidentified armed group, 3 gang members killed (an officer wounded), on "
          "'أمس الثلاثاء 12 أغسطس'. The four arrests are optional. The June arrest at Abu Tesht is history; the 'read "
          "also' microbus accident is boilerplate.")


# ------------------------------------------------------------------------------------------------ Libya
art("t_ly_ajaylat_clashes_truce_wire", """
العجيلات (ليبيا) 4 مايو 2026 (وكالة المتوسط للأنباء) – قُتل شخصان، أحدهما مدني، وأصيب خمسة آخرون في اشتباكات مسلحة اندلعت ليل الأحد بين مجموعتين مسلحتين محليتين في مدينة العجيلات، على بعد نحو 80 كيلومتراً غرب العاصمة طرابلس، بحسب ما أفاد مصدر طبي في مستشفى المدينة.

وقال المصدر إن القتيل المدني سائق شاحنة أصيب برصاصة طائشة قرب الطريق الساحلي، فيما قُتل الآخر وهو أحد عناصر المجموعتين. واستُخدمت في الاشتباكات، التي استمرت قرابة ثلاث ساعات، أسلحة متوسطة ورشاشات ثقيلة، وفق سكان.

وصباح الاثنين، أغلق عشرات من سكان المدينة الطريق الساحلي بالإطارات المشتعلة وحواجز من الحجارة، مطالبين بإخراج التشكيلات المسلحة من الأحياء السكنية، ما تسبب في شلل حركة المرور بين طرابلس ومعبر رأس اجدير لساعات.

وأعلن المجلس البلدي العجيلات، بعد ظهر الاثنين، التوصل إلى اتفاق لوقف إطلاق النار بين الطرفين برعاية أعيان وحكماء المدينة، يقضي بانسحاب الآليات المسلحة إلى مقراتها وتسليم ملف الحادث إلى النيابة العامة.

ولم تعلق حكومة الوحدة الوطنية على الاشتباكات حتى الآن. وتشهد مدن الساحل الغربي بين الحين والآخر توترات بين مجموعات مسلحة تتنافس على النفوذ وطرق التهريب.

(وكالة المتوسط للأنباء)
""", url="https://www.medagency.example/ar/libya/ajaylat-clashes-truce", outlet="وكالة المتوسط للأنباء",
    published="2026-05-04", incident="ly_ajaylat_clashes_2026_05_03",
    events=[
        ev(B, "Armed clash", "2026-05-03", uag("Libya"), uag("Libya"), "ajaylat", 2,
           "قُتل شخصان، أحدهما مدني، وأصيب خمسة آخرون في اشتباكات مسلحة اندلعت ليل الأحد بين مجموعتين مسلحتين محليتين"),
        ev(R, "Violent demonstration", "2026-05-04", rioters("Libya"), None, "ajaylat", None,
           "أغلق عشرات من سكان المدينة الطريق الساحلي بالإطارات المشتعلة وحواجز من الحجارة"),
        ev(S, "Agreement", "2026-05-04", uag("Libya"), uag("Libya"), "ajaylat", 0,
           "التوصل إلى اتفاق لوقف إطلاق النار بين الطرفين برعاية أعيان وحكماء المدينة"),
    ],
    notes="Wire copy with dateline. Clash between two unnamed local armed groups on Sunday night 3 May 2026: 2 killed "
          "(a civilian truck driver by a stray bullet and a fighter); the civilian death is part of the clash toll, "
          "not a separate attack. Next morning residents block the coastal road with burning tyres and stone "
          "barricades: violent demonstration (ACLED counts burning-tyre road blocks as violent). The ceasefire "
          "agreement announced by the municipal council that afternoon is a strategic development (agreement). Same "
          "incident as the undated Facebook repost t_ly_ajaylat_clashes_facebook_repost.")


art("t_ly_ajaylat_clashes_facebook_repost", """
صفحة «العجيلات الآن» · منشور مُعاد نشره

🔴 عاجل | ثلاثة قتلى حصيلة اشتباكات ليلة الأحد في العجيلات 💔

حسب مصادرنا في مستشفى العجيلات العام، ثلاثة قتلى وعدد من الجرحى في الاشتباكات اللي صارت ليلة الأحد بين جماعتين مسلحتين قرب الجزيرة (الدوران) وسوق الخضرة.. الرماية كانت بالثقيل ومن الناس ما قدرش يطلع من حوشه لين الفجر.

الله يرحم الموتى ويشفي الجرحى 🤲
نطالبو الجهات المسؤولة بإخراج السلاح من وسط المدينة، كفى عبث بأرواح الناس!!

#العجيلات #ليبيا #أوقفوا_الاشتباكات

👍 1.2 ألف   💬 348 تعليقاً   ↪️ 211 مشاركة
""", url=None, outlet="العجيلات الآن (فيسبوك)", published=None, incident="ly_ajaylat_clashes_2026_05_03",
    events=[
        ev(B, "Armed clash", None, uag("Libya"), uag("Libya"), "ajaylat", 3,
           "ثلاثة قتلى وعدد من الجرحى في الاشتباكات اللي صارت ليلة الأحد بين جماعتين مسلحتين"),
    ],
    notes="Social-media repost in partly Libyan dialect with no publication date: 'ليلة الأحد' cannot be anchored, so "
          "the date is null. Its only figure is 3 killed (hospital sources); the wire's lower toll of 2 lives in "
          "another article, and each article is coded on its own text. Same incident as "
          "t_ly_ajaylat_clashes_truce_wire.")


# ------------------------------------------------------------------------------------------------ Somalia
art("t_so_baardheere_base_attack_wire", """
مقديشو، 14 يوليو 2025 (وكالة القرن الأفريقي للأنباء) – قال مسؤول عسكري صومالي إن سبعة جنود قُتلوا وأصيب 12 آخرون عندما هاجم مقاتلون من حركة الشباب فجر اليوم الاثنين قاعدة للجيش الوطني الصومالي على الأطراف الشمالية لمدينة بارديرى في إقليم جدو جنوب غربي البلاد.

وأوضح الرائد عبدي نور حسن، في اتصال هاتفي مع الوكالة، أن المهاجمين فجّروا سيارة مفخخة عند البوابة الرئيسية للقاعدة قبل أن يقتحموها من ثلاثة محاور، مضيفاً أن القوات «صدّت الهجوم بعد معارك استمرت نحو ساعتين وقتلت 15 من عناصر الميليشيا».

في المقابل، أعلنت حركة الشباب، في بيان بثته إذاعة الأندلس التابعة لها، أن مقاتليها قتلوا 23 جندياً واستولوا على أسلحة وذخائر، وهي أرقام لم يتسنّ التحقق منها من مصدر مستقل.

وتُعد بارديرى من أبرز المدن على ضفاف نهر جوبا، وقد شهدت خلال العامين الماضيين هجمات متكررة للحركة التي تسعى إلى قطع خطوط الإمداد بين جدو ومدن جوبا السفلى.

(القرن) ع.م/ر.س
""", url="https://www.hornagency.example/ar/somalia/baardheere-base-attack", outlet="وكالة القرن الأفريقي للأنباء",
    published="2025-07-14", incident="so_baardheere_base_attack_2025_07_14",
    events=[
        ev(B, "Armed clash", "2025-07-14", SHABAAB, SOM, "baardheere", 22,
           "سبعة جنود قُتلوا وأصيب 12 آخرون عندما هاجم مقاتلون من حركة الشباب فجر اليوم الاثنين قاعدة للجيش الوطني الصومالي"),
    ],
    notes="Wire copy. Al-Shabaab assault on an SNA base at Baardheere at dawn on Monday 14 July 2025, opened by a car "
          "bomb at the gate: one Battles event (the car bomb is part of the assault; Battles precedes in ACLED's "
          "order). Deaths: 7 soldiers (army; Al-Shabaab's claim of 23 soldiers is higher, so the lower figure) plus "
          "15 militants the army says it killed, which nobody contradicts = 22. Same incident as the local page and "
          "the radio transcript.")


art("t_so_baardheere_base_attack_local_page", """
☰ القائمة   الرئيسية   الصومال   القرن الأفريقي   العالم   اقتصاد   رياضة   🔍

جوبالاند اليوم > أخبار جدو

ارتفاع حصيلة قتلى الجيش في هجوم بارديرى إلى تسعة جنود

نشر في: 15 يوليو 2025 | آخر تحديث: 09:15 صباحاً

أعلن حاكم إقليم جدو، في مؤتمر صحفي عقده صباح اليوم الثلاثاء في بارديرى، أن حصيلة القتلى في صفوف الجيش الوطني جراء هجوم حركة الشباب على قاعدة المدينة فجر أمس الاثنين ارتفعت إلى تسعة جنود، بعد وفاة جنديين متأثرين بجروحهما في مستشفى المدينة، وكانت الحصيلة الأولية التي أعلنها الجيش تشير إلى سبعة قتلى.

وأضاف الحاكم أن القوات المشتركة «قتلت 15 من الإرهابيين وأسرت اثنين»، وأن الوضع في المدينة «تحت السيطرة الكاملة»، داعياً السكان إلى التعاون مع الأجهزة الأمنية والإبلاغ عن أي تحركات مشبوهة.

وقال شهود في حي «بولو جدود» القريب من القاعدة إن دوي الانفجار الأول سُمع في أرجاء المدينة، وإن الاشتباكات تواصلت حتى شروق الشمس.

اقرأ أيضاً
▸ حركة الشباب تفجر جسراً على طريق بارديرى – لوق (مارس 2025)
▸ وصول شحنة أدوية إلى مستشفى بارديرى العام
▸ جوبالاند تعلن موعد انطلاق امتحانات الشهادة الثانوية

شارك الخبر:  فيسبوك  |  إكس  |  تيليغرام  |  نسخ الرابط

جميع الحقوق محفوظة © جوبالاند اليوم 2025 | من نحن | اتصل بنا | سياسة الخصوصية
""", url="https://www.jubalandtoday.example/gedo/baardheere-toll-rises", outlet="جوبالاند اليوم",
    published="2025-07-15", incident="so_baardheere_base_attack_2025_07_14",
    events=[
        ev(B, "Armed clash", "2025-07-14", SHABAAB, SOM, "baardheere", 24,
           "حصيلة القتلى في صفوف الجيش الوطني جراء هجوم حركة الشباب على قاعدة المدينة فجر أمس الاثنين ارتفعت إلى تسعة جنود"),
    ],
    notes="Local page with menu, 'read also' block (the March bridge bombing there is boilerplate, not coded), share "
          "widget and footer. The regional governor revises the army's first toll of 7 soldiers to 9 (two died of "
          "wounds): a revision by an equal/higher official source replaces the first figure. Plus 15 militants "
          "killed = 24. 'فجر أمس الاثنين' anchored by publication on Tuesday 15 July = 14 July 2025.")


art("t_so_baardheere_base_attack_radio", """
إذاعة صوت الجنوب – نشرة أخبار الثامنة مساءً – الاثنين 14 يوليو 2025
(نص مفرّغ من التسجيل الصوتي)

المذيعة: مستمعينا الكرام، أهلاً بكم في نشرة الثامنة. نبدأ من إقليم جدو، حيث هاجم مسلحو حركة الشباب فجر اليوم قاعدة عسكرية في مدينة بارديرى. معنا على الهاتف مراسلنا هناك، عبد الله.. تفضل.

المراسل: نعم، مساء الخير. الهجوم بدأ قبيل صلاة الفجر بانفجار قوي عند مدخل القاعدة، ثم سُمع إطلاق نار كثيف لنحو ساعتين. شهود عيان من السكان ومصادر في المستشفى أكدوا لنا مقتل خمسة جنود على الأقل، ونقلنا رؤية عدد من الجرحى يُنقلون بسيارات عسكرية. الجيش يقول إنه صدّ الهجوم، والحركة تقول إنها قتلت عشرات الجنود، ولم نتمكن من التأكد من هذه الأرقام.

المذيعة: وكيف الوضع في المدينة الآن؟

المراسل: الأسواق أغلقت أبوابها مبكراً، وهناك انتشار أمني كثيف في الشوارع، والناس تخشى تكرار ما حدث في هجمات سابقة.

المذيعة: شكراً عبد الله. وننتقل إلى أخبار الطقس...
""", url="https://www.sawtaljanoub-radio.example/podcast/2025-07-14-2000", outlet="إذاعة صوت الجنوب",
    published="2025-07-14", incident="so_baardheere_base_attack_2025_07_14",
    events=[
        ev(B, "Armed clash", "2025-07-14", SHABAAB, SOM, "baardheere", 5,
           "هاجم مسلحو حركة الشباب فجر اليوم قاعدة عسكرية في مدينة بارديرى"),
    ],
    notes="Radio transcript (presenter/correspondent). Only figure: at least 5 soldiers killed (witnesses and hospital "
          "sources); Al-Shabaab's 'dozens of soldiers' is higher and disputed, so 5. No militant toll is given here. "
          "Same incident as the wire and the local page.")


art("t_so_dhusamareb_suicide_bombing_roundup", """
مقديشو بوست العربي | أخبار

انتحاري يستهدف معسكر تدريب في طوسمريب.. ومقتل 4 جنود

الثلاثاء 10 مارس 2026

طوسمريب – فجّر انتحاري يرتدي حزاماً ناسفاً نفسه صباح اليوم الثلاثاء عند بوابة معسكر لتدريب المجندين الجدد في مدينة طوسمريب، عاصمة ولاية جلمدج، أثناء اصطفاف المجندين لدخول المعسكر، ما أسفر عن مقتل أربعة جنود وإصابة تسعة آخرين، وفق ما أعلنه قائد المعسكر العقيد فارح جيدي.

وأوضح القائد أن الانتحاري كان يرتدي زياً عسكرياً وحاول الاندساس بين المجندين قبل أن يشتبه فيه الحراس ويفجّر نفسه. وتبنت حركة الشباب الهجوم في بيان مقتضب نشرته مواقع موالية لها، زاعمة أنه أوقع «عشرات القتلى».

وفي حادث منفصل، ألقى مجهولون مساء أمس الاثنين قنبلة يدوية على مركز للشرطة في حي «كوشين» بمدينة بلدوين، ولم يسفر الهجوم عن خسائر بشرية، واقتصرت الأضرار على جدار المركز وسيارة متوقفة أمامه، بحسب الشرطة المحلية.

على صعيد آخر، أعلنت القيادة العسكرية الأمريكية في أفريقيا (أفريكوم) أنها نفذت يوم السبت الماضي، بالتنسيق مع الحكومة الفيدرالية، غارة جوية استهدفت عناصر من حركة الشباب في منطقة تبعد نحو 20 كيلومتراً شمال شرقي مدينة جلب بإقليم جوبا الوسطى، مشيرة إلى أن تقييمها الأولي يفيد بمقتل ثلاثة من عناصر الحركة وعدم سقوط ضحايا مدنيين.

وتأتي هذه الهجمات بعد أسابيع من إعلان الحكومة إطلاق مرحلة جديدة من العمليات العسكرية ضد الحركة في وسط البلاد، في حين تتواصل النقاشات حول تمويل بعثة الاتحاد الأفريقي.
""", url="https://www.alsomal-aljadeed.example/news/dhusamareb-suicide-bombing", outlet="مقديشو بوست العربي",
    published="2026-03-10", incident="so_dhusamareb_suicide_bombing_2026_03_10",
    events=[
        ev(E, "Suicide bomb", "2026-03-10", SHABAAB, SOM, "dhusamareb", 4,
           "فجّر انتحاري يرتدي حزاماً ناسفاً نفسه صباح اليوم الثلاثاء عند بوابة معسكر لتدريب المجندين الجدد في مدينة طوسمريب"),
        ev(E, "Grenade", "2026-03-09", uag("Somalia"), SOM_POL, "beledweyne", 0,
           "ألقى مجهولون مساء أمس الاثنين قنبلة يدوية على مركز للشرطة في حي «كوشين» بمدينة بلدوين"),
        ev(E, "Air/drone strike", "2026-03-07", USA, SHABAAB, "jilib", 3,
           "غارة جوية استهدفت عناصر من حركة الشباب في منطقة تبعد نحو 20 كيلومتراً شمال شرقي مدينة جلب"),
    ],
    notes="Three distinct dated events. Suicide bombing at a recruits' camp gate in Dhusamareb on Tuesday 10 March "
          "2026, claimed by Al-Shabaab: 4 soldiers killed per the camp commander (the group's 'dozens' is higher and "
          "unverified; the bomber is not counted in the stated toll). Grenade on a Beledweyne police station on "
          "Monday evening 9 March: 'لم يسفر الهجوم عن خسائر بشرية' = 0. AFRICOM air strike near Jilib on 'السبت "
          "الماضي' = 7 March, 3 militants killed (uncontested). The announced military phase and AU funding debate "
          "are background.")


# ------------------------------------------------------------------------------------------------ Sahel
art("t_ml_sahel_weekly_roundup_boulkessi_dori_abala", """
مرصد الساحل للأمن والتنمية
النشرة الأسبوعية رقم 141 – من 29 سبتمبر إلى 5 أكتوبر 2025
صدرت في: 6 أكتوبر 2025

ملخص: شهد الأسبوع تصاعداً في الهجمات على المواقع العسكرية في وسط مالي، واستمرار استهداف المدنيين على الطرق في شمال بوركينا فاسو وغرب النيجر.

١. مالي – هجوم على معسكر بولكيسي
في 30 سبتمبر، هاجم مقاتلو جماعة نصرة الإسلام والمسلمين معسكر الجيش المالي في بولكيسي، قرب الحدود مع بوركينا فاسو. وأعلنت هيئة أركان الجيش في بيان أن الهجوم أسفر عن مقتل ستة جنود، وأن القوات «حيّدت 14 إرهابياً» ودمرت عدداً من الدراجات النارية. من جهتها، زعمت الجماعة في بيان عبر منصة الزلاقة أنها قتلت 20 جندياً.

٢. بوركينا فاسو – عبوة ناسفة على طريق دوري
في 1 أكتوبر، انفجرت عبوة ناسفة بحافلة صغيرة تقل تجاراً على المحور الرابط بين دوري وسيتنغا، على بعد نحو 15 كيلومتراً من دوري، ما أدى إلى مقتل أربعة مدنيين وإصابة سبعة، وفق مصادر محلية. ولم تتبنّ أي جهة العملية.

٣. النيجر – هجوم على قرية في محيط أبالا
في 2 أكتوبر، اقتحم مسلحون على دراجات نارية، يُرجَّح انتماؤهم إلى تنظيم الدولة الإسلامية في الساحل، قرية تابعة لبلدية أبالا في منطقة تيلابيري، وقتلوا سبعة قرويين بينهم إمام المسجد، قبل أن يستولوا على عشرات رؤوس الماشية وينسحبوا نحو الحدود المالية.

٤. مالي – ضربة بطائرة مسيّرة قرب غوندام
في 3 أكتوبر، أعلن الجيش المالي أنه «دمّر أهدافاً إرهابية» بضربات جوية في منطقة غوندام بإقليم تمبكتو. غير أن منتخبين محليين أفادوا بأن مسيّرة استهدفت تجمعاً لرعاة عند نقطة مياه غربي المدينة، ما أسفر عن مقتل خمسة منهم.

تعليق المرصد: يلاحظ المرصد أن وتيرة الهجمات هذا الأسبوع تبقى أقل مما سُجّل في الأسبوع نفسه من العام الماضي، حين قُتل أكثر من 60 شخصاً في هجوم واحد على قافلة في منطقة الحدود الثلاثية. كما مددت السلطات في نيامي حظر تجوّل الدراجات النارية في منطقة تيلابيري ثلاثة أشهر إضافية.

للاشتراك في النشرة: sahel-observatory.example/newsletter
""", url="https://sahel-observatory.example/ar/weekly/141", outlet="مرصد الساحل للأمن والتنمية",
    published="2025-10-06", incident="sahel_weekly_roundup_141_2025_10",
    events=[
        ev(B, "Armed clash", "2025-09-30", JNIM, MLI, "boulkessi", 20,
           "هاجم مقاتلو جماعة نصرة الإسلام والمسلمين معسكر الجيش المالي في بولكيسي"),
        ev(E, "Remote explosive/landmine/IED", "2025-10-01", uag("Burkina Faso"), civ("Burkina Faso"), "dori", 4,
           "انفجرت عبوة ناسفة بحافلة صغيرة تقل تجاراً على المحور الرابط بين دوري وسيتنغا"),
        ev(V, "Attack", "2025-10-02", ISSP, civ("Niger"), "abala", 7,
           "وقتلوا سبعة قرويين بينهم إمام المسجد"),
        ev(E, "Air/drone strike", "2025-10-03", MLI, civ("Mali"), "goundam", 5,
           "مسيّرة استهدفت تجمعاً لرعاة عند نقطة مياه غربي المدينة، ما أسفر عن مقتل خمسة منهم"),
    ],
    notes="Weekly monitor round-up with four separate incidents in three countries (one incident slug for the "
          "bulletin). Boulkessi (30 Sept): 6 soldiers per the army (JNIM's claim of 20 soldiers is higher, so 6) + 14 "
          "'neutralised' militants that nobody contradicts = 20. Dori IED (1 Oct): 4 civilians, unclaimed. Abala "
          "village (2 Oct): 7 villagers, attackers 'likely' ISSP -- coded ISSP as the monitor attributes them; the "
          "livestock theft is part of the same attack. Goundam drone strike (3 Oct): 5 herders per local officials; "
          "the army's generic claim does not contradict the figure. The comparison with last year's convoy attack "
          "and the motorbike curfew extension are not events.")


art("t_ml_dioura_camp_overrun_retaken", """
موبتي نيوز | مالي

الجيش المالي يعلن استعادة ديورا بعد ثلاثة أيام من سيطرة «نصرة الإسلام» عليها

الجمعة 10 أبريل 2026

أعلنت هيئة الأركان العامة للقوات المسلحة المالية، مساء أمس الخميس، أن وحداتها «استعادت السيطرة الكاملة» على بلدة ديورا ومعسكرها في دائرة تيننكو بمنطقة موبتي، إثر عملية برية مدعومة بالطيران صباح الخميس، خاضت خلالها اشتباكات مع عناصر تغطية تابعة للجماعة قُتل فيها أربعة مسلحين.

وكان مقاتلو جماعة نصرة الإسلام والمسلمين قد شنّوا فجر الاثنين 6 أبريل هجوماً واسعاً على المعسكر، وتمكنوا بعد معارك عنيفة من السيطرة عليه وعلى مركز البلدة، ورفعوا رايتهم فوق مقر الدائرة الفرعية. وأعلن الجيش في بيان أولي مساء اليوم نفسه مقتل ثمانية جنود، قبل أن تُحدَّث الحصيلة في بيان ثانٍ صدر الثلاثاء إلى 11 جندياً قتيلاً و9 جرحى، فيما انسحبت بقية الوحدات نحو تيننكو.

وفي اليوم التالي للهجوم، الثلاثاء 7 أبريل، نفذ سلاح الجو المالي سلسلة ضربات بطائرات مسيّرة على تجمعات للمسلحين داخل البلدة وفي محيطها، قال الجيش إنها أسفرت عن «تحييد أكثر من عشرين إرهابياً» وتدمير آليات ودراجات نارية.

ونقل سكان فرّوا إلى مدينة نيونو أن المسلحين جمعوا الأهالي في المسجد وخطبوا فيهم قبل أن يبدؤوا بالانسحاب مساء الأربعاء.

وتقع ديورا على الطريق الرابط بين منطقتي سيغو وموبتي، وكانت قد تعرضت لهجمات متكررة منذ 2019.
""", url="https://www.sahara-media.example/ar/mali/dioura-retaken", outlet="موبتي نيوز",
    published="2026-04-10", incident="ml_dioura_camp_2026_04",
    events=[
        ev(B, "Non-state actor overtakes territory", "2026-04-06", JNIM, MLI, "dioura", 11,
           "شنّوا فجر الاثنين 6 أبريل هجوماً واسعاً على المعسكر، وتمكنوا بعد معارك عنيفة من السيطرة عليه"),
        ev(E, "Air/drone strike", "2026-04-07", MLI, JNIM, "dioura", 20,
           "نفذ سلاح الجو المالي سلسلة ضربات بطائرات مسيّرة على تجمعات للمسلحين داخل البلدة وفي محيطها"),
        ev(B, "Government regains territory", "2026-04-09", MLI, JNIM, "dioura", 4,
           "«استعادت السيطرة الكاملة» على بلدة ديورا ومعسكرها في دائرة تيننكو بمنطقة موبتي"),
    ],
    notes="Main event plus distinct dated events of the same episode. JNIM overruns the Dioura camp on Monday 6 April "
          "2026: the army's first toll of 8 soldiers is revised by the army itself to 11 (replaces it); no militant "
          "toll for that day. Drone strikes on 7 April: 'more than twenty' neutralised -> 20 (uncontested). Army "
          "retakes the town on 'أمس الخميس' = 9 April after clashes with covering elements, 4 militants killed: "
          "Government regains territory. The militants' withdrawal on Wednesday and attacks since 2019 are not coded.")


art("t_bf_tougan_airstrikes_dozens_neutralised", """
واغادوغو اليوم | أمن

الجيش البوركيني يعلن «تحييد عشرات الإرهابيين» في ضربات جوية بمنطقة توغان

19 ديسمبر 2024

أعلنت هيئة الأركان العامة للقوات المسلحة البوركينية، في بيان تلاه التلفزيون الرسمي مساء الأربعاء، أن الطيران العسكري نفذ يوم الثلاثاء 17 ديسمبر سلسلة من الضربات الجوية استهدفت «قاعدة لوجستية وتجمعاً كبيراً للإرهابيين» في غابة تقع جنوب شرقي مدينة توغان بإقليم سورو.

وأوضح البيان أن عمليات الاستطلاع رصدت «تحركات مكثفة لعشرات الدراجات النارية» قبل أن تُنفَّذ الضربات، مؤكداً أنه «تم تحييد عشرات الإرهابيين وتدمير مخزن للوقود والذخيرة». ولم يحدد البيان الجماعة المستهدفة، كما لم يتسنّ التحقق من الحصيلة من مصادر مستقلة بسبب صعوبة الوصول إلى المنطقة.

وبثّ التلفزيون مقاطع مصورة من الجو تُظهر انفجارات متتالية وسط أشجار كثيفة.

وتعرضت منطقة سورو خلال السنوات الأخيرة لهجمات دامية على مواقع الجيش ومتطوعي الدفاع عن الوطن، أبرزها الهجوم على مفرزة توغان في 2022.

وسوم: بوركينا فاسو | الجيش | سورو
""", url="https://www.ouaga-today.example/ar/securite/tougan-frappes", outlet="واغادوغو اليوم",
    published="2024-12-19", incident="bf_tougan_airstrikes_2024_12_17",
    events=[
        ev(E, "Air/drone strike", "2024-12-17", BFA, uag("Burkina Faso"), "tougan", 12,
           "نفذ يوم الثلاثاء 17 ديسمبر سلسلة من الضربات الجوية استهدفت «قاعدة لوجستية وتجمعاً كبيراً للإرهابيين»"),
    ],
    notes="Burkinabe army communique relayed by an outlet: air strikes near Tougan on Tuesday 17 Dec 2024. 'عشرات "
          "الإرهابيين' tallied as 'dozens' = 12 (claimed enemy losses nobody contradicts). The group is not named, so "
          "Unidentified Armed Group. The 2022 attack on the Tougan detachment is history in passing.")


art("t_ne_guidan_roumdji_trader_kidnapped_ransom", """
نيامي إنفو | أخبار المناطق | مرادي

اختطاف تاجر ماشية ونجله في غيدان رومجي.. والخاطفون يطالبون بفدية

الاثنين 16 سبتمبر 2024

اختطف مسلحون مجهولون، مساء السبت الماضي، تاجر ماشية معروفاً ونجله البالغ من العمر 17 عاماً من منزلهما في قرية تابعة لبلدية غيدان رومجي بمنطقة مرادي، جنوبي النيجر، على مقربة من الحدود مع نيجيريا.

وأفاد أحد أقارب الضحيتين لـ«نيامي إنفو» بأن نحو عشرة مسلحين وصلوا على دراجات نارية قرابة الساعة الثامنة مساءً، وأطلقوا النار في الهواء لترهيب السكان، قبل أن يقتادوا التاجر ونجله نحو الغابة. وأضاف أن الخاطفين اتصلوا بالعائلة صباح الأحد وطالبوا بفدية قدرها 20 مليون فرنك إفريقي مقابل الإفراج عنهما.

وقال مصدر أمني إن وحدات من الدرك الوطني تمشّط المنطقة بحثاً عن المخطوفين، مرجحاً أن يكون الخاطفون من العصابات التي تنشط على جانبي الحدود.

وتشهد منطقتا مرادي وتاهوا منذ سنوات تصاعداً في عمليات الخطف مقابل فدية التي تطال التجار والمزارعين ورجال الدين.

اقرأ أيضاً: مرادي – افتتاح سوق الحبوب الجديد بحضور الحاكم
""", url="https://www.niameyinfo.example/regions/maradi/enlevement-guidan-roumdji", outlet="نيامي إنفو",
    published="2024-09-16", incident="ne_guidan_roumdji_kidnapping_2024_09_14",
    events=[
        ev(V, "Abduction/forced disappearance", "2024-09-14", uag("Niger"), civ("Niger"), "guidan_roumdji", None,
           "اختطف مسلحون مجهولون، مساء السبت الماضي، تاجر ماشية معروفاً ونجله"),
    ],
    notes="Kidnapping for ransom of a livestock trader and his son near Guidan Roumdji on 'مساء السبت الماضي' = "
          "14 Sept 2024 (published Monday 16 Sept). Unidentified gunmen (suspected cross-border gangs, not named) -> "
          "Unidentified Armed Group (Niger). No deaths figure (shots in the air), so null. The gendarmerie search is "
          "not an event.")


# ------------------------------------------------------------------------------------------------ Chad
art("t_td_kyabe_herders_farmers_clash", """
أصداء الشاري | الأربعاء 5 فبراير 2025

كيابي: ثمانية قتلى في مواجهات بين مزارعين ورعاة بسبب إتلاف المحاصيل

شهدت قرية تابعة لمحافظة كيابي في إقليم الشاري الأوسط، يوم الأحد الماضي، مواجهات دامية بين مزارعين محليين ورعاة رحّل، على خلفية دخول قطيع من الأبقار إلى حقول للذرة والفول السوداني قبل اكتمال الحصاد.

وبحسب مصادر محلية، تطور شجار بين صاحب أحد الحقول ورعاة القطيع إلى مواجهة استخدم فيها الطرفان الأسلحة البيضاء والأقواس وبنادق الصيد. وقُتل خلال المواجهات خمسة من المزارعين بينهم شقيقان. كما لقي ثلاثة من الرعاة حتفهم متأثرين بجروحهم في وقت لاحق، بحسب مصدر طبي في مستشفى كيابي الذي استقبل كذلك 14 جريحاً.

وانتقل حاكم الإقليم إلى المنطقة برفقة تعزيزات من الجيش والدرك، وأعلن توقيف 12 شخصاً من الطرفين، فيما عقد اجتماعاً مع زعماء المزارعين والرعاة دون أن يسفر حتى الآن عن اتفاق لتعويض المتضررين.

وتتكرر النزاعات بين المزارعين والرعاة في جنوب تشاد مع بداية موسم الترحال، وكانت مواجهات مماثلة في إقليم ماندول قد أودت بحياة أكثر من عشرين شخصاً العام الماضي.
""", url="https://www.tchad-now.example/ar/societe/kyabe-affrontements", outlet="أصداء الشاري",
    published="2025-02-05", incident="td_kyabe_clash_2025_02_02",
    events=[
        ev(B, "Armed clash", "2025-02-02", clan("Chad"), clan("Chad"), "kyabe", 8,
           "وقُتل خلال المواجهات خمسة من المزارعين بينهم شقيقان"),
        ev(S, "Arrests", None, "Military Forces of Chad (2021-)", clan("Chad"), "kyabe", 0,
           "أعلن توقيف 12 شخصاً من الطرفين", optional=True),
    ],
    notes="Herder-farmer clash near Kyabe on 'يوم الأحد الماضي' = 2 Feb 2025 (published Wednesday 5 Feb). The toll is "
          "told across two sentences: 5 farmers, then 3 herders who later died of wounds = 8 (headline: 8). Both "
          "sides coded as communal (clan) militias of Chad, as the lexicon has no Chadian ethnic militias. The "
          "governor's arrests (day not stated) are optional; the meeting reached no agreement; Mandoul last year is "
          "history.")


# ------------------------------------------------------------------------------------------------ Nigeria
art("t_ng_benue_ngo_statement_week_of_attacks", """
بيان صحفي
منظمة «حصاد» لحقوق المجتمعات الريفية – أبوجا
22 أبريل 2025

«أسبوع دامٍ في بنوي»: منظمة حصاد تطالب بتحقيق مستقل في سلسلة هجمات على القرى الزراعية

تعرب منظمة «حصاد» عن بالغ قلقها إزاء موجة العنف التي شهدتها ولاية بنوي في وسط نيجيريا خلال الأسبوع الماضي، وتوثّق فيما يلي الحوادث التي تحقق منها فريقها الميداني:

أولاً: ليلة 14 أبريل، هاجم رعاة مسلحون قرية في منطقة حكم أغاتو المحلية وقتلوا 11 شخصاً، بينهم أربعة أطفال وامرأتان، وأحرقوا عدداً من المنازل قبل فرارهم.

ثانياً: في 16 أبريل، اختطف مسلحون مجهولون ستة مزارعين كانوا يعملون في حقولهم بمنطقة غوما، ولا يزال مصيرهم مجهولاً، فيما اتصل الخاطفون بذويهم مطالبين بفدية.

ثالثاً: في 18 أبريل، أضرم مهاجمون النار في نحو 40 منزلاً ونهبوا مخازن الحبوب والبذور في قرية بمنطقة لوغو بعد أن فرّ سكانها، ولم تُسجَّل وفيات في هذا الحادث.

رابعاً: في 19 أبريل، اندلعت مواجهات مسلحة في منطقة أوكوم بين شبان مسلحين من قبيلة التيف ومجموعة من الرعاة، أسفرت عن مقتل اثنين من الشبان وأحد الرعاة.

وتشير بيانات المنظمة إلى أن أكثر من 150 شخصاً قُتلوا في ولاية بنوي منذ مطلع العام الجاري، وأن نحو 30 ألفاً نزحوا من قراهم خلال الربع الأول وحده.

وتدعو المنظمة الحكومة الفيدرالية وحكومة الولاية إلى نشر قوات أمن كافية في المناطق الريفية، وتعويض المتضررين، ومحاسبة المسؤولين عن هذه الجرائم.

للتواصل الإعلامي: media@hasad-rights.example
""", url="https://www.hasad-rights.example/ar/statements/benue-april-2025", outlet="منظمة حصاد لحقوق المجتمعات الريفية",
    published="2025-04-22", incident="ng_benue_attacks_week_2025_04",
    events=[
        ev(V, "Attack", "2025-04-14", FULANI_NG, civ("Nigeria"), "agatu", 11,
           "هاجم رعاة مسلحون قرية في منطقة حكم أغاتو المحلية وقتلوا 11 شخصاً"),
        ev(V, "Abduction/forced disappearance", "2025-04-16", uag("Nigeria"), civ("Nigeria"), "guma", None,
           "اختطف مسلحون مجهولون ستة مزارعين كانوا يعملون في حقولهم بمنطقة غوما"),
        ev(S, "Looting/property destruction", "2025-04-18", uag("Nigeria"), civ("Nigeria"), "logo", 0,
           "أضرم مهاجمون النار في نحو 40 منزلاً ونهبوا مخازن الحبوب والبذور في قرية بمنطقة لوغو"),
        ev(B, "Armed clash", "2025-04-19", TIV, FULANI_NG, "ukum", 3,
           "اندلعت مواجهات مسلحة في منطقة أوكوم بين شبان مسلحين من قبيلة التيف ومجموعة من الرعاة"),
    ],
    notes="NGO statement listing four dated attacks in Benue State. Agatu (14 Apr): armed herders -> Fulani Ethnic "
          "Militia (Nigeria), 11 killed. Guma (16 Apr): six farmers abducted for ransom by unidentified gunmen, no "
          "deaths figure -> null. Logo (18 Apr): houses burnt and grain stores looted in a deserted village, 'لم "
          "تُسجَّل وفيات' -> 0. Ukum (19 Apr): armed Tiv youths vs herders, 2 + 1 killed = 3; the Tiv militia is in "
          "ALLOWED_ACTORS. The year-to-date 150 deaths and 30,000 displaced are cumulative figures, not coded.")


art("t_ng_damasak_base_attack_wire", """
مايدوغوري (نيجيريا) 24 مارس 2025 (وكالة الساحل برس) – قال الجيش النيجيري إن خمسة جنود وتسعة من المهاجمين قُتلوا عندما هاجم مسلحون من تنظيم «الدولة الإسلامية – ولاية غرب أفريقيا» قاعدة عسكرية في بلدة دماساك بولاية بورنو، قرب الحدود مع النيجر، فجر الأحد.

وأوضح المتحدث باسم عملية «هادين كاي» في بيان أن المهاجمين وصلوا في شاحنات صغيرة مزودة برشاشات وحاولوا اختراق الخطوط الدفاعية للقاعدة، إلا أن القوات «أجبرتهم على التراجع» بعد اشتباك دام أكثر من ثلاث ساعات.

وأضاف البيان أن طائرات القوات الجوية النيجيرية لاحقت فلول المهاجمين أثناء انسحابهم شمالي دماساك باتجاه ضفاف بحيرة تشاد، وقصفت تجمعاتهم، ما أسفر عن «مقتل العشرات» منهم وتدمير أربع شاحنات.

ولم يصدر عن التنظيم أي تعليق فوري. وكان مسلحو التنظيم قد اجتاحوا البلدة نفسها في 2015 قبل أن تستعيدها قوات تشادية ونيجرية.

(الساحل برس) ب.د / م.أ
""", url="https://www.sahelpress.example/ar/nigeria/damasak-base-attack", outlet="وكالة الساحل برس",
    published="2025-03-24", incident="ng_damasak_base_attack_2025_03_23",
    events=[
        ev(B, "Armed clash", "2025-03-23", ISWAP, NGA, "damasak", 14,
           "خمسة جنود وتسعة من المهاجمين قُتلوا عندما هاجم مسلحون من تنظيم «الدولة الإسلامية – ولاية غرب أفريقيا» قاعدة عسكرية في بلدة دماساك"),
        ev(E, "Air/drone strike", "2025-03-23", NGA, ISWAP, "damasak", 12,
           "طائرات القوات الجوية النيجيرية لاحقت فلول المهاجمين أثناء انسحابهم شمالي دماساك"),
    ],
    notes="Wire copy with dateline. ISWAP assault on the Damasak base at dawn on Sunday 23 March 2025: armed clash, "
          "5 soldiers + 9 attackers = 14 (army figures, uncontested). The air force's pursuit strikes north of "
          "Damasak the same morning are a separate remote-violence event (air strike, no ground clash): 'العشرات' = "
          "dozens = 12. ISWAP's 2015 capture of the town is history. Same incident as the local page.")


art("t_ng_damasak_base_attack_local_breaking", """
بورنو 24 | أخبار عاجلة

⚡ عاجل: هجوم مسلح على قاعدة الجيش في دماساك ومقتل ثلاثة جنود

الأحد 23 مارس 2025 – 14:20

أفادت مصادر محلية وأمنية بأن مسلحين يُعتقد أنهم من «داعش – ولاية غرب أفريقيا» هاجموا فجر اليوم قاعدة للجيش النيجيري في دماساك، مركز منطقة حكم مبّار المحلية بشمال ولاية بورنو.

وقال أحد عناصر قوة المهام المدنية المشتركة لـ«بورنو 24» إن ثلاثة جنود قُتلوا في الهجوم، فيما قُتل ستة من المسلحين، مضيفاً أن المهاجمين أحرقوا آلية مدرعة قبل أن ينسحبوا.

وأكد سكان أنهم سمعوا أصوات طائرات حربية تحلق فوق المنطقة بعد شروق الشمس، وأن عشرات العائلات لجأت إلى المدارس وسط البلدة.

الخبر قيد التحديث...

📌 تابع أيضاً: حاكم بورنو يتفقد مخيمات النازحين في مونغونو | انطلاق حملة التطعيم ضد شلل الأطفال
شارك عبر: واتساب | فيسبوك | إكس
""", url="https://www.borno24.example/breaking/damasak-attack", outlet="بورنو 24",
    published="2025-03-23", incident="ng_damasak_base_attack_2025_03_23",
    events=[
        ev(B, "Armed clash", "2025-03-23", ISWAP, NGA, "damasak", 9,
           "ثلاثة جنود قُتلوا في الهجوم، فيما قُتل ستة من المسلحين"),
    ],
    notes="Local breaking-news page (same day). Its figures: 3 soldiers and 6 militants killed = 9 (a CJTF member's "
          "account). The warplanes seen overhead are not reported as striking anything here, so no air strike is "
          "coded from this article. 'Follow also' links and share widget are boilerplate. Same incident as the "
          "wire t_ng_damasak_base_attack_wire.")


art("t_ng_zaria_students_protest_police_fire", """
نيجيريا بالعربي | تعليم – أمن

زاريا: مقتل طالب برصاص الشرطة خلال احتجاج على رفع الرسوم الجامعية

الجمعة 29 نوفمبر 2024

قُتل طالب وأصيب أربعة آخرون، أمس الخميس، عندما أطلقت الشرطة النيجيرية الرصاص الحي لتفريق مئات الطلاب الذين تظاهروا أمام البوابة الرئيسية لجامعة أحمدو بيلو في مدينة زاريا بولاية كادونا، احتجاجاً على زيادة الرسوم الدراسية وأسعار السكن الجامعي.

وبحسب ممثلين عن اتحاد الطلاب، أغلق المتظاهرون الطريق السريع المؤدي إلى كانو لنحو ساعة وهم يرددون هتافات تطالب بإلغاء الزيادات، قبل أن تصل وحدة من الشرطة المتحركة وتطلق الغاز المسيل للدموع ثم الرصاص الحي. وأكد الاتحاد أن الطالب القتيل كان في السنة الثالثة بكلية الهندسة.

من جهته، قال المتحدث باسم شرطة ولاية كادونا إن عناصر الشرطة «تعرضوا للرشق بالحجارة» وإن التحقيق جارٍ لتحديد ملابسات الوفاة، مشيراً إلى توقيف تسعة طلاب.

وأعلنت إدارة الجامعة تعليق الدراسة لمدة أسبوع، فيما دعت منظمات حقوقية إلى محاسبة المسؤولين عن إطلاق النار.
""", url="https://www.nigeria-bilarabi.example/education/zaria-protest-shooting", outlet="نيجيريا بالعربي",
    published="2024-11-29", incident="ng_zaria_student_protest_2024_11_28",
    events=[
        ev(P, "Excessive force against protesters", "2024-11-28", protesters("Nigeria"), NGA_POL, "zaria", 1,
           "أطلقت الشرطة النيجيرية الرصاص الحي لتفريق مئات الطلاب الذين تظاهروا أمام البوابة الرئيسية لجامعة أحمدو بيلو"),
        ev(S, "Arrests", "2024-11-28", NGA_POL, protesters("Nigeria"), "zaria", 0,
           "مشيراً إلى توقيف تسعة طلاب", optional=True),
    ],
    notes="Student protest at Ahmadu Bello University, Zaria on 'أمس الخميس' = 28 Nov 2024: police fire live rounds, "
          "one student killed, four wounded -> Excessive force against protesters (protesters as actor1, police as "
          "actor2). The brief road blocking and the police claim of stone-throwing do not turn it into a riot; "
          "the police killing dominates. Nine arrests are optional.")


art("t_ng_gombe_mob_kills_suspected_kidnapper", """
شمال نيجيريا اليوم

غومبي: حشد غاضب يقتل رجلاً يُشتبه في ضلوعه بعمليات خطف

21 يونيو 2024 | قسم الحوادث

قُتل رجل في الثلاثينات من عمره على يد حشد غاضب في سوق الماشية بمدينة غومبي، عاصمة ولاية غومبي شمال شرقي نيجيريا، يوم الأربعاء، بعد أن اتهمه تجار بأنه عضو في عصابة تخطف الأطفال مقابل فدية.

وقال شهود عيان إن أحد الباعة تعرّف على الرجل، مؤكداً أنه شاهده قبل أسابيع برفقة خاطفين، فتجمّع حوله العشرات وانهالوا عليه ضرباً بالعصي والحجارة، ثم أضرموا النار في جثته قبل وصول الشرطة.

وأكد المتحدث باسم شرطة الولاية الحادثة، مشيراً إلى أن «لا أحد يملك الحق في أخذ القانون بيده»، وأن الشرطة فتحت تحقيقاً لتحديد هوية المتورطين. ولم يُعلن عن أي توقيفات حتى الآن.

وتتكرر حوادث العدالة الشعبية في شمال نيجيريا مع تنامي الغضب من انتشار الخطف، وكانت ولاية باوتشي المجاورة قد شهدت حادثة مماثلة العام الماضي.

شارك | اطبع | أرسل لصديق
""", url="https://www.shamal-nigeria.example/hawadith/gombe-mob", outlet="شمال نيجيريا اليوم",
    published="2024-06-21", incident="ng_gombe_mob_2024_06_19",
    events=[
        ev(R, "Mob violence", "2024-06-19", rioters("Nigeria"), civ("Nigeria"), "gombe", 1,
           "قُتل رجل في الثلاثينات من عمره على يد حشد غاضب في سوق الماشية بمدينة غومبي"),
    ],
    notes="Mob lynching of a suspected kidnapper at the Gombe cattle market on 'يوم الأربعاء' = 19 June 2024 "
          "(published Friday 21 June): Riots / Mob violence, 1 killed. The Bauchi incident last year is history in "
          "passing.")


# ------------------------------------------------------------------------------------------------ Sudan
art("t_sd_kordofan_liveblog_kadugli_dilling", """
السودان الآن | تغطية مباشرة

مباشر | تطورات المعارك في كردفان – الثلاثاء 9 ديسمبر 2025

🔄 يتم تحديث هذه الصفحة تلقائياً

18:40
الجيش يعلن صد هجوم شنته قوات الدعم السريع بالاشتراك مع الحركة الشعبية – شمال (جناح الحلو) على مواقعه شرقي مدينة الدلنج عصر اليوم. وقال الناطق الرسمي إن القوات «كبّدت المهاجمين خسائر فادحة وقتلت أكثر من 30 منهم»، دون أن يذكر خسائر الجيش.

15:10
مصدر محلي: طائرة مسيّرة يُعتقد أنها تابعة للدعم السريع استهدفت مستودعاً للوقود في الحي الجنوبي بمدينة الدلنج. الهجوم لم يسفر عن خسائر بشرية، لكن النيران التهمت كميات كبيرة من الوقود.

13:05
تحديث: ارتفع عدد قتلى القصف المدفعي على أحياء كادقلي صباح اليوم إلى ثلاثة مدنيين بعد وفاة امرأة متأثرة بجراحها، بحسب وزارة الصحة بالولاية.

11:30
قصف مدفعي يستهدف حي «حجر المك» وسوق كادقلي الكبير صباح اليوم، ومصادر طبية تتحدث عن مقتل مدنيين اثنين وإصابة ثمانية. حكومة الولاية تتهم الحركة الشعبية – شمال (جناح الحلو) بالوقوف وراء القصف.

08:15
مصادر عسكرية: طيران الجيش شنّ ليلة أمس غارات على تجمعات ومخازن لقوات الدعم السريع في بلدة أبو زبد بغرب كردفان، دون ورود معلومات عن حصيلة.

07:30
صباح الخير. نبدأ تغطيتنا لليوم. برنامج الأغذية العالمي حذّر أمس من أن كادقلي والدلنج تواجهان «خطر المجاعة» بسبب الحصار المستمر منذ أشهر.
""", url="https://www.sudan-now.example/live/kordofan-2025-12-09", outlet="السودان الآن",
    published="2025-12-09", incident="sd_kordofan_liveblog_2025_12_09",
    events=[
        ev(B, "Armed clash", "2025-12-09", RSF, SDN, "dilling", 30,
           "الجيش يعلن صد هجوم شنته قوات الدعم السريع بالاشتراك مع الحركة الشعبية – شمال (جناح الحلو) على مواقعه شرقي مدينة الدلنج"),
        ev(E, "Air/drone strike", "2025-12-09", RSF, None, "dilling", 0,
           "طائرة مسيّرة يُعتقد أنها تابعة للدعم السريع استهدفت مستودعاً للوقود في الحي الجنوبي بمدينة الدلنج"),
        ev(E, "Shelling/artillery/missile attack", "2025-12-09", HILU, civ("Sudan"), "kadugli", 3,
           "قصف مدفعي يستهدف حي «حجر المك» وسوق كادقلي الكبير صباح اليوم"),
        ev(E, "Air/drone strike", "2025-12-08", SDN, RSF, "abu_zabad", None,
           "طيران الجيش شنّ ليلة أمس غارات على تجمعات ومخازن لقوات الدعم السريع في بلدة أبو زبد"),
    ],
    notes="Live blog, newest entry first. Dilling clash (afternoon): RSF with SPLM-N al-Hilu attack army positions; "
          "'more than 30' attackers killed per the army, uncontested -> 30; RSF as actor1 (al-Hilu associated). "
          "Drone on a Dilling fuel depot: 'لم يسفر عن خسائر بشرية' -> 0. Kadugli shelling: first 2 killed (11:30), "
          "revised by the state health ministry to 3 (13:05) -> one event with 3; actor from the state government's "
          "accusation. Army air strikes on Abu Zabad 'ليلة أمس' = 8 Dec, no toll -> null. The WFP famine warning is "
          "not an event.")


art("t_sd_tawila_camp_drone_kutum_looting", """
جبل مرة نيوز

مقتل خمسة نازحين في قصف بمسيّرة على مخيم في طويلة

الخميس 28 أغسطس 2025

طويلة – استهدفت طائرة مسيّرة، فجر اليوم الخميس، أطراف مخيم «دالي» للنازحين بمحلية طويلة في ولاية شمال دارفور، ما أدى إلى سقوط ضحايا بين النازحين الذين فرّ معظمهم من مدينة الفاشر ومخيمات زمزم وأبو شوك خلال الأشهر الماضية.

وقال المتحدث باسم المنسقية العامة للنازحين واللاجئين إن المسيّرة أطلقت مقذوفين على خيام قرب نقطة توزيع المياه، متهماً قوات الدعم السريع بتنفيذ الهجوم، ومشيراً إلى نقل عدد من المصابين إلى مستشفى طويلة الذي تديره منظمة أطباء بلا حدود. ولم تعلّق قوات الدعم السريع على الاتهامات.

وفي تطور منفصل، أفاد شهود عيان بأن عناصر من قوات الدعم السريع نهبوا أمس الأربعاء سوق الماشية في مدينة كتم، واستولوا على مئات الرؤوس من الأبقار والأغنام وعلى محتويات عدد من المتاجر، قبل أن يطلقوا النار في الهواء لتفريق التجار.

ويستضيف محيط طويلة أكثر من نصف مليون نازح وفق تقديرات أممية، في ظروف إنسانية بالغة الصعوبة مع تفشي الكوليرا ونقص الغذاء. وكان مخيم زمزم قد تعرض في أبريل الماضي لهجوم واسع أدى إلى نزوح جماعي.
""", url="https://www.darfur24.example/ar/2025/08/28/tawila-drone", outlet="جبل مرة نيوز",
    published="2025-08-28", incident="sd_tawila_camp_drone_2025_08_28",
    events=[
        ev(E, "Air/drone strike", "2025-08-28", RSF, civ("Sudan"), "tawila", 5,
           "استهدفت طائرة مسيّرة، فجر اليوم الخميس، أطراف مخيم «دالي» للنازحين بمحلية طويلة"),
        ev(S, "Looting/property destruction", "2025-08-27", RSF, civ("Sudan"), "kutum", None,
           "نهبوا أمس الأربعاء سوق الماشية في مدينة كتم"),
    ],
    notes="Attack on a displacement camp: the death toll (5 displaced) is stated only in the headline; the body says "
          "'سقوط ضحايا'. Drone strike at dawn on Thursday 28 Aug 2025, attributed to the RSF by the displaced "
          "coordination (RSF silent). Separate dated event: RSF looting of the Kutum livestock market on 'أمس "
          "الأربعاء' = 27 Aug (shots in the air only; no figure -> null). The April attack on Zamzam is history in "
          "passing; the cholera/food situation is background.")


# ------------------------------------------------------------------------------------------------ South Sudan
art("t_ss_kajokeji_nas_clash_clinic_looted", """
راديو المرآة الحرة – النشرة العربية | جنوب السودان

اشتباكات بين الجيش وجبهة الخلاص في كاجو كيجي.. والطرفان يتبادلان روايات الخسائر

الثلاثاء 18 مارس 2025

اندلعت اشتباكات، يوم الأحد، بين قوات دفاع شعب جنوب السودان ومقاتلي جبهة الخلاص الوطني بقيادة توماس سريليو في بايام ليري بمقاطعة كاجو كيجي في ولاية الاستوائية الوسطى.

وقال المتحدث باسم الجيش في جوبا إن القوات صدّت هجوماً على موقعها وقتلت ستة من مقاتلي الجبهة، مقراً بمقتل جنديين. في المقابل، قال المتحدث باسم جبهة الخلاص إن مقاتليها قتلوا تسعة جنود واستولوا على أسلحة، مؤكداً أن الجبهة فقدت مقاتلاً واحداً فقط.

وكانت مجموعة مسلحة يُعتقد أنها تابعة للجبهة قد نهبت، يوم الجمعة الماضي، مركزاً صحياً في المقاطعة نفسها واستولت على أدوية ومعدات طبية، بحسب مسؤول محلي، ما دفع العاملين فيه إلى مغادرة المنطقة.

وأدت المعارك إلى فرار مئات الأسر نحو الحدود الأوغندية، بحسب سلطات المقاطعة. وتشهد ولاية الاستوائية الوسطى مواجهات متقطعة بين الطرفين منذ رفض الجبهة التوقيع على اتفاق السلام المنشط عام 2018.
""", url="https://www.freemirror-radio.example/ar/ss/kajokeji-clashes", outlet="راديو المرآة الحرة",
    published="2025-03-18", incident="ss_kajokeji_clash_2025_03_16",
    events=[
        ev(B, "Armed clash", "2025-03-16", NAS, SSD, "kajo_keji", 3,
           "اندلعت اشتباكات، يوم الأحد، بين قوات دفاع شعب جنوب السودان ومقاتلي جبهة الخلاص الوطني"),
        ev(S, "Looting/property destruction", "2025-03-14", NAS, civ("South Sudan"), "kajo_keji", None,
           "نهبت، يوم الجمعة الماضي، مركزاً صحياً في المقاطعة نفسها"),
    ],
    notes="Tolls broken down by side and contested: the army says 6 NAS fighters and 2 soldiers killed; NAS says 9 "
          "soldiers and 1 fighter. Lower figure per side: 2 soldiers (army) + 1 NAS fighter (NAS) = 3. Clash on "
          "'يوم الأحد' = 16 March 2025 (published Tuesday 18 March); NAS as actor1 (the army says it repelled their "
          "attack). Side event: a group 'believed to belong to' NAS looted a health centre on 'يوم الجمعة الماضي' = 14 "
          "March (no figure). The 2018 peace deal is background.")


# ------------------------------------------------------------------------------------------------ Yemen
art("t_ye_lahj_kirsh_houthi_attack_repelled", """
لحج اليوم | محليات | لحج

مقتل 3 جنود وسقوط ٧ حوثيين على الأقل في هجوم على مواقع الجيش بجبهة كرش

الثلاثاء ١٠ يونيو ٢٠٢٥

أفاد مصدر عسكري في محور كرش بمحافظة لحج، بأن قوات الجيش الوطني صدّت مساء الأحد هجوماً شنته جماعة الحوثي على مواقعها في جبهة كرش شمالي المحافظة، بعد مواجهات استمرت حتى ساعات الفجر.

وأوضح المصدر أن ثلاثة من أفراد الجيش قُتلوا وأصيب خمسة آخرون، فيما سقط ما لا يقل عن سبعة من عناصر الميليشيا قتلى، وتمكنت القوات من استعادة جثتين منهم.

وأضاف أن الحوثيين عاودوا، يوم الاثنين، استهداف أحد المواقع المتقدمة للجيش في كرش بطائرة مسيّرة مفخخة، دون وقوع إصابات بين الجنود، وأن المضادات تمكنت من إسقاط طائرة ثانية قبل بلوغها هدفها.

ويأتي هذا التصعيد رغم التهدئة غير المعلنة التي تشهدها معظم الجبهات منذ أبريل ٢٠٢٢، فيما تتواصل الخروقات الحوثية في جبهات تعز ولحج والضالع بحسب الإعلام العسكري.

شارك الخبر | تعليقات (٤)
""", url="https://www.adenalghad-net.example/news/lahj-kirsh-attack", outlet="لحج اليوم",
    published="2025-06-10", incident="ye_kirsh_attack_2025_06_08",
    events=[
        ev(B, "Armed clash", "2025-06-08", HOUTHI, YEM, "kirsh", 10,
           "صدّت مساء الأحد هجوماً شنته جماعة الحوثي على مواقعها في جبهة كرش"),
        ev(E, "Air/drone strike", "2025-06-09", HOUTHI, YEM, "kirsh", 0,
           "عاودوا، يوم الاثنين، استهداف أحد المواقع المتقدمة للجيش في كرش بطائرة مسيّرة مفخخة، دون وقوع إصابات"),
        ev(S, "Disrupted weapons use", "2025-06-09", YEM, HOUTHI, "kirsh", 0,
           "تمكنت من إسقاط طائرة ثانية قبل بلوغها هدفها", optional=True),
    ],
    notes="Eastern Arabic digits. Houthi attack on army positions at the Kirsh front on 'مساء الأحد' = 8 June 2025 "
          "(published Tuesday 10 June); toll by side: 3 soldiers + at least 7 Houthis = 10 (uncontested). Next day "
          "an explosive-laden drone hits an army position with no casualties -> 0; the downing of a second drone is "
          "an optional disrupted weapons use. The April 2022 truce is background.")


# ============================================================================================ non-event articles
art("t_td_ndjamena_court_2015_bombings_verdict", """
الوحدة التشادية | قضايا ومحاكم

محكمة الجنايات بإنجامينا تصدر أحكاماً بالسجن المؤبد على خمسة متهمين في تفجيرات يونيو 2015

إنجامينا، الخميس 20 نوفمبر 2025

أصدرت الدائرة الجنائية الخاصة بمحكمة الاستئناف في إنجامينا، مساء أمس الأربعاء، أحكاماً بالسجن المؤبد مع الأشغال الشاقة بحق خمسة متهمين، وبالسجن عشرين عاماً على ثلاثة آخرين، بعد إدانتهم بالتخطيط والدعم اللوجستي للتفجيرين الانتحاريين اللذين استهدفا مفوضية الشرطة المركزية وأكاديمية الشرطة في العاصمة في 15 يونيو 2015، وأسفرا حينها عن مقتل 38 شخصاً وإصابة أكثر من مئة.

وكانت السلطات قد أوقفت المتهمين الثمانية في فترات متفرقة بين عامي 2019 و2023 في إنجامينا ومنطقة بحيرة تشاد، ووجهت إليهم النيابة تهم «الانتماء إلى جماعة إرهابية والمشاركة في القتل العمد وتمويل الإرهاب».

وقال محامي الدفاع إن موكليه «اعترفوا تحت الإكراه» وإنه سيطعن في الحكم أمام المحكمة العليا، فيما رحبت جمعية ضحايا الإرهاب بالحكم واعتبرته «خطوة نحو إنصاف العائلات بعد عشر سنوات من الانتظار».

وكانت المحكمة ذاتها قد أصدرت في أغسطس 2015 أحكاماً بالإعدام بحق عشرة من عناصر جماعة بوكو حرام في القضية نفسها، نُفذت في الشهر ذاته.

وسوم: تشاد | القضاء | الإرهاب
""", url="https://www.alwahda-tchad.example/justice/verdict-attentats-2015", outlet="الوحدة التشادية",
    published="2025-11-20", incident=None, events=[],
    notes="Court verdict on the June 2015 N'Djamena suicide bombings: the bombings are history, the arrests "
          "(2019-2023) are background and the sentencing is a judicial act, not an ACLED event. Non-event.")


art("t_ml_army_denies_anefis_strike_rumours", """
مالي اليوم | سياسة وأمن

الجيش المالي ينفي «شائعات» عن غارة جوية على حفل زفاف قرب أنفيس

باماكو، 3 فبراير 2026

نفت هيئة الأركان العامة للقوات المسلحة المالية، في بيان صدر اليوم الثلاثاء، ما تداولته حسابات على مواقع التواصل الاجتماعي بشأن غارة جوية مزعومة استهدفت حفل زفاف في منطقة أنفيس بإقليم كيدال نهاية الأسبوع الماضي.

وأكد البيان أن «الطيران العسكري لم ينفذ أي عملية في المنطقة المذكورة خلال الفترة المعنية»، وأن الصور المتداولة «تعود إلى حادث سير وقع في بلد مجاور قبل عامين»، داعياً المواطنين إلى «عدم الانسياق وراء حملات التضليل التي تديرها جهات معادية».

وكانت منشورات غير موقعة قد تحدثت عن سقوط عشرات القتلى، دون أن تؤكد أي جهة محلية أو منظمة إنسانية تلك الرواية. وقال مسؤول في بلدية أنفيس تواصلت معه «مالي اليوم» هاتفياً إنه «لم يسمع بأي غارة» وإن الوضع في البلدة «هادئ».

ويأتي البيان في سياق توتر متصاعد بين السلطات الانتقالية وعدد من وسائل الإعلام الأجنبية التي علّقت باماكو بثها خلال السنوات الماضية.
""", url="https://www.mali-today.example/securite/dementi-anefis", outlet="مالي اليوم",
    published="2026-02-03", incident=None, events=[],
    notes="Official denial (نفى) of social-media rumours of an air strike on a wedding near Anefis; no source confirms "
          "it and a local official says nothing happened. Denials and unconfirmed rumours are not coded. Non-event.")


art("t_ly_brigade_warning_statement_tripoli", """
طرابلس بوست

«اللواء 444 قتال» يحذّر: سنرد بقوة على أي تحرك مسلح نحو مواقعنا جنوب طرابلس

الأحد 19 أكتوبر 2025

حذّر اللواء 444 قتال، في بيان مصوّر تلاه أحد قادته مساء السبت، من أن «أي محاولة للاقتراب من مواقع اللواء في صلاح الدين وطريق المطار ستُقابل برد حازم وفوري»، متهماً «مجموعات خارجة عن القانون» بحشد آليات مسلحة في منطقة عين زارة خلال الأيام الماضية.

وقال البيان إن اللواء «لن يسمح بجرّ العاصمة إلى حرب جديدة»، داعياً المجلس الرئاسي وحكومة الوحدة الوطنية إلى «تحمّل مسؤولياتهما في نزع فتيل التوتر قبل فوات الأوان».

ولم يصدر أي تعليق من المجموعات المقصودة، فيما أكد سكان في عين زارة وصلاح الدين أن الحياة تسير بشكل طبيعي وأن المدارس والمحال التجارية فتحت أبوابها صباح اليوم، رغم ملاحظة تحركات محدودة لعربات مسلحة على الطرق الرئيسية.

وأعربت بعثة الأمم المتحدة للدعم في ليبيا عن «قلقها من الخطاب التصعيدي»، ودعت جميع الأطراف إلى ضبط النفس واحترام اتفاق وقف إطلاق النار.

ويُذكّر هذا التصعيد الكلامي بالاشتباكات التي شهدتها العاصمة في مايو الماضي، والتي أودت بحياة عدد من المدنيين.
""", url="https://www.libya-almostakbal-news.example/tripoli-444-warning", outlet="طرابلس بوست",
    published="2025-10-19", incident=None, events=[],
    notes="A threat/warning statement by an armed group, plus reported armed-vehicle movements without any clash; "
          "UNSMIL's concern. Threats, mobilisation rumours and the May clashes (history in passing) are not coded. "
          "Non-event.")


art("t_dz_setif_8_may_1945_anniversary", """
صوت سطيف | وطني

سطيف تحيي الذكرى الـ81 لمجازر 8 ماي 1945

الجمعة 8 ماي 2026

أحيت ولاية سطيف، صبيحة اليوم، الذكرى الحادية والثمانين لمجازر 8 ماي 1945، في مراسم رسمية أشرف عليها وزير المجاهدين وذوي الحقوق بحضور السلطات المدنية والعسكرية وأسرة الثورة وممثلين عن المجتمع المدني.

وانطلقت المراسم بوقفة ترحم أمام النصب التذكاري للشهيد بوزيد سعال، أول من سقط برصاص الشرطة الاستعمارية خلال مسيرة ذلك اليوم، قبل أن يُعاد تمثيل المسيرة السلمية التي خرج فيها آلاف الجزائريين للمطالبة بالاستقلال، وقوبلت بقمع دموي امتد إلى قالمة وخراطة وأودى بحياة 45 ألف شهيد حسب المصادر الجزائرية.

وفي كلمة بالمناسبة، أكد الوزير أن «ملف الذاكرة سيظل في صدارة أولويات الدولة»، داعياً إلى اعتراف فرنسا الرسمي بجرائمها الاستعمارية.

وتخللت المناسبة زيارة إلى متحف المجاهد وتكريم عدد من المجاهدين، إضافة إلى تدشين مرافق عمومية بعدد من بلديات الولاية، فيما نظمت المؤسسات التربوية والجامعية ندوات تاريخية حول الحدث.

كلمات مفتاحية: 8 ماي 1945 – اليوم الوطني للذاكرة – سطيف – قالمة – خراطة
""", url="https://www.echorouk-jadid.example/national/setif-8-mai", outlet="صوت سطيف",
    published="2026-05-08", incident=None, events=[],
    notes="Commemoration of the 8 May 1945 massacres in Setif: the 1945 shootings and repression are history; the "
          "re-enactment of the march is a ceremony, not a protest. Non-event.")


art("t_ly_tarhuna_identified_remains_funeral", """
بوابة المرقب الإخبارية

ترهونة تشيّع رفات 14 ضحية جرى التعرف على هوياتهم من المقابر الجماعية

الاثنين 14 يوليو 2025

شيّع المئات من أهالي مدينة ترهونة، عصر أمس الأحد، رفات 14 ضحية من ضحايا المقابر الجماعية التي اكتُشفت في المدينة منذ صيف 2020، بعد أن تمكنت الهيئة العامة للبحث والتعرف على المفقودين من تحديد هوياتهم عبر تحليل الحمض النووي.

وأقيمت صلاة الجنازة في الجامع الكبير وسط المدينة، قبل أن يُوارى الضحايا الثرى في مقبرة الشهداء بحضور مسؤولين محليين وممثلين عن الهيئة. ومن بين الضحايا أب وثلاثة من أبنائه، اختفوا جميعاً في خريف 2019 حين كانت المدينة تحت سيطرة ميليشيا «الكانيات».

وقال رئيس رابطة ضحايا ترهونة إن عدد المفقودين الذين لم يُعرف مصيرهم بعد لا يزال يتجاوز 150 شخصاً، مطالباً المجتمع الدولي والمحكمة الجنائية الدولية بتسريع ملاحقة المتورطين.

وأوضحت الهيئة أنها انتشلت حتى الآن أكثر من 350 جثة من نحو 100 مقبرة جماعية وفردية في ترهونة ومحيطها، وأن عمليات البحث والتحليل مستمرة.
""", url="https://www.alwasat-ly.example/news/tarhuna-funeral-identified", outlet="بوابة المرقب الإخبارية",
    published="2025-07-14", incident=None, events=[],
    notes="Funeral of victims killed and disappeared in 2019-2020, identified by DNA: the killings are history, the "
          "burial is a ceremony, and the exhumation figures are cumulative. Non-event.")


art("t_so_somaliland_talks_djibouti_no_deal", """
صوت القرن | سياسة

جولة محادثات جيبوتي بين مقديشو وهرجيسا تنتهي دون اتفاق

جيبوتي، 26 فبراير 2026

اختتمت في جيبوتي، مساء الأربعاء، جولة جديدة من المحادثات بين الحكومة الفيدرالية الصومالية وإدارة أرض الصومال، دون التوصل إلى اتفاق حول الملفات المطروحة، وفي مقدمتها إدارة المجال الجوي وتقاسم المساعدات الدولية والوضع في منطقة لاسعانود.

وقال مصدر مطلع على سير المحادثات إن الجانبين «تبادلا وجهات النظر في أجواء صريحة»، لكن الخلاف بقي قائماً حول صيغة البيان الختامي، إذ أصرّ وفد هرجيسا على الإشارة إلى «الاعتراف المتبادل» وهو ما رفضه وفد مقديشو.

واكتفى البيان الصادر عن الوسيط الجيبوتي بالإشارة إلى «الاتفاق على مواصلة الحوار»، دون تحديد موعد للجولة المقبلة.

وكانت المحادثات بين الطرفين قد توقفت عام 2020، وتعثرت مجدداً بعد توقيع هرجيسا مذكرة تفاهم بحرية مع إثيوبيا مطلع 2024.
""", url="https://www.sawtalqarn.example/politics/djibouti-talks-end", outlet="صوت القرن",
    published="2026-02-26", incident=None, events=[],
    notes="Talks in Djibouti between Somalia and Somaliland end without agreement; 'agreeing to continue dialogue' is "
          "not an Agreement event. The 2024 MoU is history. Non-event.")


art("t_ng_borno_humanitarian_bulletin_cumulative", """
النشرة الإنسانية – شمال شرق نيجيريا (ولايات بورنو وأداماوا ويوبي)
العدد 9 – سبتمبر 2025 | صدرت في 10 أكتوبر 2025

أبرز الأرقام
• 1.9 مليون نازح داخلياً في الولايات الثلاث حتى نهاية سبتمبر.
• منذ يناير 2025، سجّل الشركاء 412 حادثة أمنية أثرت على المدنيين، قُتل فيها ما لا يقل عن 640 مدنياً واختُطف أكثر من 300 آخرين.
• 27 هجوماً على المرافق الصحية والعاملين في المجال الإنساني منذ بداية العام، مقارنة بـ 19 خلال الفترة نفسها من 2024.
• التمويل: تلقت خطة الاستجابة 38 في المائة فقط من المبلغ المطلوب البالغ 910 ملايين دولار.

الوضع العام
استمر تدهور الوضع الأمني في المناطق الريفية بولاية بورنو خلال الربع الثالث، ما أدى إلى موجات نزوح جديدة نحو مايدوغوري وباما وغووزا. وتعذّر وصول الشركاء الإنسانيين إلى أجزاء واسعة من مناطق حكم كوكاوا وأباداما ومارتي بسبب انعدام الأمن والفيضانات التي قطعت الطرق.

الأمن الغذائي
يواجه نحو 4.8 مليون شخص مستويات أزمة أو أسوأ من انعدام الأمن الغذائي خلال موسم الجفاف، وفق تحليل الإطار المنسق.

الصحة
سُجّلت منذ يوليو 2 100 حالة اشتباه بالكوليرا و41 وفاة في بورنو ويوبي، وأطلقت السلطات الصحية حملة تطعيم فموي في ست مناطق حكم محلية.

تصدر هذه النشرة شهرياً عن منتدى التنسيق الإنساني للمنظمات غير الحكومية. للاستفسار: info@nehf-coordination.example
""", url="https://www.nehf-coordination.example/ar/bulletins/2025-09", outlet="منتدى التنسيق الإنساني للمنظمات غير الحكومية",
    published="2025-10-10", incident=None, events=[],
    notes="Monthly humanitarian bulletin of cumulative, year-to-date figures (civilians killed, abductions, attacks on "
          "health facilities, cholera deaths): no individual dated incident. Non-event.")


art("t_ml_kangaba_gold_mine_collapse", """
باماكو الآن | مجتمع

انهيار منجم ذهب تقليدي قرب كانغابا ومقتل ما لا يقل عن 16 منقّباً

الأحد 15 فبراير 2026

لقي ما لا يقل عن 16 شخصاً حتفهم وأصيب آخرون، أمس السبت، إثر انهيار منجم للذهب تقليدي في منطقة كانغابا جنوب غرب العاصمة باماكو، قرب الحدود مع غينيا، بحسب ما أفاد مسؤول في الحماية المدنية.

وأوضح المسؤول أن الانهيار وقع في حفرة عميقة كان عشرات المنقّبين يعملون داخلها، بعد أن أضعفت الحفريات المتلاحقة جدران الموقع، مشيراً إلى أن فرق الإنقاذ والمتطوعين انتشلت 16 جثة حتى مساء أمس، وأن البحث لا يزال جارياً عن مفقودين.

وعلّقت السلطات المحلية النشاط في الموقع إلى أجل غير مسمى، وذكّرت وزارة المناجم بقرارها الصادر العام الماضي بحظر التعدين التقليدي في المواقع غير المرخصة.

وتتكرر حوادث انهيار المناجم التقليدية في مالي، حيث يعيش مئات الآلاف من التعدين الحرفي، وكان حادث مماثل في منطقة كوليكورو قد أودى بحياة أكثر من 40 شخصاً مطلع 2024.
""", url="https://www.bamako-now.example/societe/kangaba-mine", outlet="باماكو الآن",
    published="2026-02-15", incident=None, events=[],
    notes="Artisanal gold-mine collapse near Kangaba, 16 dead: an accident, not political violence. Non-event.")


art("t_ne_maradi_zinder_floods_cholera", """
وكالة نيامي الإخبارية (ونا) – القسم العربي

فيضانات النيجر: ارتفاع عدد الضحايا إلى 94 وظهور إصابات بالكوليرا في مرادي وزيندر

نيامي، 26 أوت 2024 (ونا) – أعلنت وزارة العمل الإنساني وإدارة الكوارث، اليوم الاثنين، أن حصيلة الفيضانات التي تضرب البلاد منذ بداية موسم الأمطار في جوان الماضي ارتفعت إلى 94 حالة وفاة، معظمهم في منطقتي مرادي وزيندر، إضافة إلى أكثر من 200 ألف متضرر.

وأوضحت الوزارة في نشرتها الأسبوعية أن الأمطار الغزيرة التي هطلت منذ مطلع أوت تسببت في انهيار آلاف المنازل المبنية بالطين، وإتلاف مساحات زراعية واسعة ونفوق آلاف رؤوس الماشية.

وفي السياق ذاته، أكدت وزارة الصحة العمومية تسجيل 38 إصابة مؤكدة بالكوليرا وثلاث وفيات في مدينتي مرادي وزيندر خلال الأسبوعين الأخيرين، وأطلقت حملة لتعقيم الآبار وتوزيع أقراص تنقية المياه.

ودعت السلطات السكان القاطنين قرب مجاري الأودية إلى إخلاء منازلهم، فيما خصصت الحكومة مبلغ ملياري فرنك إفريقي لإغاثة المتضررين.

(ونا) ع.م
""", url="https://www.ona-niger.example/ar/2024/08/26/inondations-cholera", outlet="وكالة نيامي الإخبارية",
    published="2024-08-26", incident=None, events=[],
    notes="Floods and a cholera outbreak with cumulative death tolls (Maghrebi month names جوان، أوت): natural "
          "disaster and epidemic, no political violence. Non-event.")


art("t_ly_tripoli_derby_war_metaphors", """
الرياضية الليبية | الدوري الممتاز

الاتحاد «يقصف» شباك الأهلي بثلاثية ويحسم معركة ديربي طرابلس

السبت 22 مارس 2025

حسم فريق الاتحاد «معركة» ديربي العاصمة أمام جاره الأهلي طرابلس، بعدما أمطر شباكه بثلاثة أهداف مقابل هدف، في المواجهة التي احتضنها ملعب طرابلس الدولي مساء أمس الجمعة وسط حضور جماهيري غفير.

وشنّ الاتحاد «هجوماً كاسحاً» منذ صافرة البداية، وافتتح مهاجمه التسجيل في الدقيقة 12 بـ«قذيفة» صاروخية من خارج المنطقة، قبل أن يضيف الهدف الثاني بضربة رأسية «اغتالت» آمال الأهلي في العودة. وحاول الأهلي «الرد بالمدفعية الثقيلة» في الشوط الثاني فقلّص الفارق، لكن الاتحاد «أجهز» على منافسه في الوقت بدل الضائع.

وقال مدرب الاتحاد عقب المباراة: «دخلنا الحرب بخطة واضحة، وخرجنا منتصرين في معركة لا تقبل القسمة على اثنين».

وبهذا الانتصار يعزز الاتحاد صدارته للمجموعة الأولى برصيد 41 نقطة، فيما تجمّد رصيد الأهلي عند 35 نقطة.

وكانت السلطات الأمنية قد نشرت تعزيزات حول الملعب، ومرّت المباراة دون تسجيل أي أحداث شغب.
""", url="https://www.alriyadiya-ly.example/league/derby-tripoli", outlet="الرياضية الليبية",
    published="2025-03-22", incident=None, events=[],
    notes="Football derby report full of war metaphors (معركة، يقصف، قذيفة، اغتالت، المدفعية الثقيلة، الحرب); the "
          "security deployment passed without incident. Non-event.")


art("t_ma_fes_jewellery_robbery_gang_arrested", """
سايس أنفو | حوادث

فاس.. توقيف ثلاثة أشخاص متورطين في السرقة بالعنف لمحل للمجوهرات

الثلاثاء 16 دجنبر 2025

تمكنت عناصر الشرطة القضائية بولاية أمن فاس، مساء الأحد 14 دجنبر الجاري، من توقيف ثلاثة أشخاص تتراوح أعمارهم بين 22 و31 سنة، من بينهم ذو سوابق قضائية، للاشتباه في تورطهم في ارتكاب جناية السرقة بالعنف باستعمال السلاح الأبيض من داخل محل لبيع المجوهرات بحي النرجس.

وحسب بلاغ للمديرية العامة للأمن الوطني، فإن المشتبه فيهم كانوا قد هددوا صاحب المحل بواسطة سكاكين كبيرة الحجم في 29 نونبر الماضي، واستولوا على حلي ذهبية تقدر قيمتها بنحو 300 ألف درهم قبل أن يلوذوا بالفرار على متن دراجة نارية.

وأسفرت عمليات التفتيش عن حجز جزء من المسروقات والسلاح الأبيض المستعمل، إلى جانب الدراجة النارية. وقد تم إخضاع المشتبه فيهم للبحث القضائي تحت إشراف النيابة العامة المختصة.

تابعونا على: فيسبوك | إكس | إنستغرام
""", url="https://www.hespress-maroc.example/faits-divers/fes-bijouterie", outlet="سايس أنفو",
    published="2025-12-16", incident=None, events=[],
    notes="Ordinary armed robbery of a jewellery shop and the police arrests that followed (Moroccan months دجنبر، "
          "نونبر): criminal, not political violence, and the arrests are routine policing. Non-event.")


art("t_ss_opinion_what_if_peace_deal_collapses", """
رأي | جوبا بوست العربي

ماذا لو انهار اتفاق السلام في جنوب السودان؟

بقلم: د. مايكل لادو – أستاذ العلوم السياسية بجامعة جوبا
الأربعاء 12 نوفمبر 2025

لنفترض، ولو للحظة، أن اتفاق السلام المنشط لعام 2018 انهار غداً. ماذا سيحدث؟ الأرجح أن جوبا ستستيقظ على أصوات الرصاص كما استيقظت في ديسمبر 2013 ويوليو 2016، وأن مدن أعالي النيل وجونقلي ستتحول مجدداً إلى ساحات قتال بين الجيش وقوات المعارضة المسلحة، وأن مئات الآلاف سيعبرون الحدود نحو أوغندا والسودان المنهك أصلاً بحربه.

وقد يقول قائل إن هذا السيناريو مبالغ فيه، لكن المؤشرات لا تبعث على الطمأنينة: تأجيل الانتخابات مرة تلو الأخرى، وتعثّر توحيد القوات، واستمرار الاعتقالات السياسية، واشتباكات متفرقة في ولاية أعالي النيل خلال العام الجاري.

لو انهار الاتفاق، فلن يكون الخاسر الوحيد هو الطرفين الموقّعين، بل المواطن الذي لم يقطف من ثمار السلام شيئاً بعد. ولن تنقذ البيانات الإقليمية والدولية بلداً لم يقرر قادته بعد أن السلام خيار لا رجعة فيه.

المطلوب اليوم ليس اتفاقاً جديداً، بل إرادة لتنفيذ ما وُقّع عليه قبل سبع سنوات.

* المقالات المنشورة تعبّر عن آراء كتّابها ولا تعكس بالضرورة موقف الصحيفة.
""", url="https://www.jubapost-ar.example/opinion/what-if-peace-collapses", outlet="جوبا بوست العربي",
    published="2025-11-12", incident=None, events=[],
    notes="Opinion column built on a hypothetical ('لنفترض... انهار غداً... ستتحول'): imagined fighting, 2013/2016 "
          "history and vague 'scattered clashes this year' with no date or place. Non-event.")


art("t_dz_film_review_black_decade", """
ثقافة | سينما

«رماد الجبل»: فيلم يعيد فتح جراح العشرية السوداء بلا صراخ

بقلم: سامية بن عيسى | 9 نونبر 2025 – مجلة الشاشة المغاربية

في فيلمه الروائي الطويل الثاني، يعود المخرج الجزائري كريم حدّاد إلى قرية جبلية في ولاية المدية منتصف التسعينيات، ليحكي قصة معلمة شابة تعيش على وقع الحواجز المزيفة والمجازر الليلية وصمت الأهالي.

لا يُظهر الفيلم الدم إلا نادراً؛ فالمجزرة التي تُباد فيها عائلة كاملة في المشهد المحوري تُروى عبر أصوات خلف الباب وكلب ينبح حتى الفجر. وفي مشهد آخر، تنفجر قنبلة في سوق القرية فلا نرى سوى الغبار يتساقط على دفاتر التلاميذ. هذا الاقتصاد البصري هو ما يمنح العمل قوته.

تؤدي الممثلة ليلى مراد دور المعلمة بأداء مقتصد ومؤثر، فيما تنقل الموسيقى التصويرية المعتمدة على آلة القصبة حزن الهضاب.

يعاني الفيلم من بطء في نصفه الثاني، ومن حوارات تشرح أكثر مما ينبغي، لكنه يظل من أجرأ الأعمال التي تناولت تلك المرحلة منذ سنوات. وقد عُرض لأول مرة في مهرجان وهران للفيلم العربي في أكتوبر الماضي، ونال جائزة أفضل سيناريو.

التقييم: ★★★★☆
""", url="https://www.screen-maghreb.example/critique/ramad-al-jabal", outlet="مجلة الشاشة المغاربية",
    published="2025-11-09", incident=None, events=[],
    notes="Film review (Moroccan month spelling نونبر in a Maghrebi magazine) describing a fictional massacre and "
          "market bombing of the 1990s inside a film. Non-event.")


art("t_ng_army_planned_offensive_sambisa_exercise", """
أبوجا – صحيفة الميزان النيجيرية | 4 يناير 2026

قائد الجيش النيجيري: هجوم واسع على معاقل «بوكو حرام» في غابة سامبيسا قبل موسم الأمطار

أعلن رئيس أركان الجيش النيجيري، خلال حفل اختتام تمرين «درع الساحل 2026» في كادونا أمس السبت، أن القوات المسلحة «ستطلق خلال الأسابيع المقبلة عملية واسعة النطاق لتطهير ما تبقى من جيوب الإرهابيين في غابة سامبيسا ومحيط بحيرة تشاد، قبل حلول موسم الأمطار».

وشارك في التمرين، الذي استمر أسبوعين، أكثر من ثلاثة آلاف جندي من القوات البرية والجوية، ونُفذت خلاله رمايات بالذخيرة الحية وعمليات إنزال جوي ومحاكاة لاقتحام معسكرات محصّنة.

وقال رئيس الأركان إن «الجيش استخلص دروس السنوات الماضية» وإن العملية المرتقبة «ستعتمد على التنسيق مع القوة المتعددة الجنسيات المشتركة وعلى المعلومات الاستخباراتية الدقيقة»، داعياً سكان المناطق المحاذية للغابة إلى التعاون مع القوات.

ولم يكشف المسؤول العسكري عن موعد محدد لانطلاق العملية أو عن حجم القوات التي ستشارك فيها.

ويُذكر أن الجيش خاض عدة حملات في سامبيسا منذ 2016، من دون أن ينجح في القضاء نهائياً على الجماعات المسلحة هناك.
""", url="https://www.almizan-ng.example/defence/sambisa-offensive-planned", outlet="صحيفة الميزان النيجيرية",
    published="2026-01-04", incident=None, events=[],
    notes="A planned offensive ('ستطلق خلال الأسابيع المقبلة') announced at the close of a live-fire exercise: "
          "future operations and training are not events; past Sambisa campaigns are history. Non-event.")


art("t_ml_interview_aguelhok_veteran_2012", """
حوار | بانوراما الساحل

جندي سابق يروي لـ«بانوراما الساحل» ما عاشه في أغلهوك عام 2012: «لم نكن نملك سوى الرصاص الذي في أيدينا»

أجرى الحوار: إبراهيم مايغا | الأحد 24 جانفي 2026

في الذكرى الرابعة عشرة لسقوط معسكر أغلهوك في شمال مالي، التقت «بانوراما الساحل» الرقيب المتقاعد عمر كوليبالي، أحد الناجين القلائل من الحصار الذي انتهى بمقتل عشرات الجنود في جانفي 2012.

س: كيف بدأ الهجوم؟
ج: في فجر 18 جانفي 2012 سمعنا إطلاق نار كثيفاً من ثلاث جهات. كنا نحو مئة جندي، ونفدت المياه بعد أيام. حاولنا الصمود قرابة أسبوع، ثم انقطعت الذخيرة.

س: وماذا حدث عند سقوط المعسكر؟
ج: (يصمت طويلاً) أُسر كثير من رفاقي، وما زلت أرى صورهم كل ليلة. أنا نجوت لأنني كنت في دورية خارج المعسكر واستطعت الوصول إلى الحدود الجزائرية بعد ثلاثة أيام مشياً.

س: كيف تنظر إلى الوضع الأمني اليوم؟
ج: الجيش اليوم أفضل تسليحاً، لكن الحرب تغيرت. العدو لم يعد يأتي من جهة واحدة.

س: ما الذي تريده اليوم؟
ج: أريد أن يُكتب اسم كل من سقط هناك على نصب تذكاري في أغلهوك، وأن تعرف الأجيال الجديدة ما حدث.
""", url="https://www.panorama-sahel.example/interviews/aguelhok-veteran", outlet="بانوراما الساحل",
    published="2026-01-24", incident=None, events=[],
    notes="Interview of a veteran recounting the January 2012 fall of the Aguelhok camp: history only, on its "
          "anniversary. Non-event.")


PART = gold_tools.BlindPart(ARTICLES, OUT, prefix="t_", script="_build_t.py", allowed_actors=frozenset(ALLOWED_ACTORS))
known_actor_eras = gold_tools.known_actor_eras
validate, check_directory, main = PART.validate, PART.check_directory, PART.main


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
