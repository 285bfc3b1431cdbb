"""Actor resolution, one row per case: Arabic text, article country and date → the actors named, in order."""

from __future__ import annotations

import pytest

from marsad.errors import UsageError
from marsad.text.actors import ActorResolver, Lexicon

ISIS = "Islamic State (ISIS)"
SDF = "Syrian Democratic Forces (SDF)"
SYR_OLD = "Military Forces of Syria (2000-2024)"
SYR_NEW = "Military Forces of Syria (2024-)"
IRQ_18 = "Military Forces of Iraq (2018-2022)"
IRQ_22 = "Military Forces of Iraq (2022-)"
HOUTHIS = "Ansar Allah (Houthis)"
RSF = "Rapid Support Forces (RSF)"
SAF = "Military Forces of Sudan (2019-)"
SHABAAB = "Al Shabaab"


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver(Lexicon.load())


# (text, country, date, expected canonical names in text order)
NAMED_ROWS = [
    # --- Syria ---
    ("قصفت قوات النظام بلدة كفرنبل في ريف إدلب الجنوبي", "Syria", "2019-05-02", [SYR_OLD]),
    ("ردت هيئة تحرير الشام بقصف مواقع جيش النظام في سهل الغاب", "Syria", "2020-01-10",
     ["Hayat Tahrir al-Sham (HTS)", SYR_OLD]),
    ("اتهمت فصائل المعارضة هتش باعتقال ناشطين في إدلب", "Syria", "2021-06-01", ["Hayat Tahrir al-Sham (HTS)"]),
    ("سيطرت جبهة النصرة على معسكر وادي الضيف عام 2014", "Syria", "2014-12-15", ["Jabhat al-Nusra"]),
    ("أعلنت قسد مقتل قيادي في خلية تابعة لداعش بريف دير الزور", "Syria", "2023-08-02", [SDF, ISIS]),
    ("ونفذت وحدات حماية الشعب عملية ضد تنظيم الدولة الإسلامية في الرقة", "Syria", "2017-06-10",
     ["People's Protection Units (YPG)", ISIS]),
    ("قال مسؤول في الأسايش إن دورية تعرضت لهجوم في القامشلي", "Syria", "2022-03-03", ["Asayish (Syria)"]),
    ("اندلعت اشتباكات بين فرقة الحمزة والجبهة الشامية في عفرين", "Syria", "2022-10-12",
     ["Hamza Division", "Levant Front (al-Jabha al-Shamiya)"]),
    ("قصف الجيش الوطني السوري قرى في ريف منبج", "Syria", "2021-11-20", ["Syrian National Army (SNA)"]),
    ("هاجمت فصائل الجيش الوطني مواقع مجلس منبج العسكري", "Syria", "2024-12-10",
     ["Syrian National Army (SNA)", "Manbij Military Council"]),
    ("نفذت إدارة العمليات العسكرية حملة تمشيط في ريف حمص الغربي", "Syria", "2024-12-20", [SYR_NEW]),
    ("أعلن الجيش السوري وصول تعزيزات إلى ريف اللاذقية", "Syria", "2025-03-08", [SYR_NEW]),
    ("أعلن الجيش السوري وصول تعزيزات إلى ريف اللاذقية", "Syria", "2019-03-08", [SYR_OLD]),
    ("اعتقل جهاز الأمن العام ثلاثة من فلول النظام في جبلة", "Syria", "2025-02-01", ["Police Forces of Syria (2024-)"]),
    ("داهمت المخابرات الجوية منازل في دوما", "Syria", "2018-09-09", ["Intelligence Forces of Syria (2000-2024)"]),
    ("قتل عنصران من ميليشيا الدفاع الوطني بهجوم في البادية", "Syria", "2021-04-04", ["National Defence Forces (NDF)"]),
    ("استهدفت غارة مقرا للواء فاطميون قرب البوكمال", "Syria", "2020-11-11", ["Fatemiyoun Brigade"]),
    ("اشتبك مسلحو حركة رجال الكرامة مع عصابة في السويداء", "Syria", "2022-07-27", ["Men of Dignity Movement"]),
    ("أعلنت الفرقة الرابعة إغلاق معبر في ريف دمشق", "Syria", "2020-02-02", ["Fourth Armoured Division of Syria (2000-2024)"]),
    ("قتل 5 من الدواعش في كمين بالبادية السورية", "Syria", "2021-12-01", [ISIS]),
    ("ألقت القوى الأمنية القبض على داعشي في مخيم الهول", "Syria", "2022-05-05", [ISIS]),
    ("تعرضت نقطة لقسد لهجوم بطائرة مسيرة", "Syria", "2023-10-05", [SDF]),
    ("اتهمت الإدارة الذاتية تركيا بقصف محطات الكهرباء وفقا لقسد", "Syria", "2023-10-06",
     ["Military Forces of Turkey", SDF]),
    ("قصفت المدفعية التركية قرى في ريف تل تمر", "Syria", "2022-11-20", ["Military Forces of Turkey"]),
    ("استهدف الطيران الروسي مواقع في جبل الزاوية", "Syria", "2020-02-20", ["Military Forces of Russia"]),
    ("قصف التحالف الدولي مواقع لداعش قرب الشدادي", "Syria", "2019-02-10", ["Global Coalition Against Daesh", ISIS]),
    ("وقالت القوات الأمريكية إنها قتلت قياديا في حراس الدين", "Syria", "2020-06-15",
     ["Military Forces of the United States", "Hurras al-Din"]),
    ("وصلت قوات الصناديد إلى تل حميس", "Syria", "2016-02-26", ["Al-Sanadid Forces"]),
    # --- Lebanon ---
    ("أعلن حزب الله استهداف موقع المالكية بصواريخ موجهة", "Lebanon", "2023-11-01", ["Hezbollah"]),
    ("استهدفت غارة إسرائيلية قياديا في قوة الرضوان", "Lebanon", "2024-01-08", ["Radwan Force (Hezbollah)"]),
    ("أوقف الجيش اللبناني مطلوبا في بعلبك", "Lebanon", "2022-04-04", ["Military Forces of Lebanon"]),
    ("ضبطت قوى الأمن الداخلي شبكة لتهريب المخدرات في طرابلس", "Lebanon", "2021-08-08", ["Police Forces of Lebanon"]),
    ("أوقف الأمن العام سوريين على الحدود الشمالية", "Lebanon", "2023-05-05",
     ["General Directorate of General Security (Lebanon)"]),
    ("تبادل عناصر من حركة أمل وحزب الله إطلاق النار في خلدة", "Lebanon", "2021-08-01", ["Amal Movement", "Hezbollah"]),
    ("اشتبكت عصبة الأنصار مع جند الشام في مخيم عين الحلوة", "Lebanon", "2017-04-08",
     ["Usbat al-Ansar", "Jund al-Sham"]),
    ("سقطت قذيفة قرب مقر اليونيفيل في الناقورة", "Lebanon", "2024-10-10",
     ["UNIFIL (United Nations Interim Force in Lebanon)"]),
    ("أصيب جنديان من قوات حفظ السلام في الجنوب", "Lebanon", "2024-10-11",
     ["Military Forces of Lebanon", "UNIFIL (United Nations Interim Force in Lebanon)"]),
    # --- Palestine / Israel ---
    ("أطلقت كتائب القسام رشقة صاروخية على عسقلان", "Palestine", "2021-05-11", ["Al-Qassam Brigades"]),
    ("قصف جيش الاحتلال منزلا في خان يونس", "Palestine", "2023-12-12", ["Military Forces of Israel"]),
    ("اعتقلت قوات الاحتلال عشرة شبان في جنين", "Palestine", "2022-09-09", ["Military Forces of Israel"]),
    ("أعلنت سرايا القدس تفجير عبوة بآلية عسكرية", "Palestine", "2023-07-03", ["Al-Quds Brigades"]),
    ("اقتحم مستوطنون قرية حوارة وأحرقوا منازل", "Palestine", "2023-02-26", ["Settlers (Israel)"]),
    ("هاجم المستوطنين مزارعين في سنجل", "Palestine", "2023-10-20", ["Settlers (Israel)", "Civilians (Palestine)"]),
    ("اعتقل الشاباك ناشطا من حماس في الخليل", "Palestine", "2022-03-03",
     ["Israel Security Agency (Shin Bet)", "Hamas Movement"]),
    ("اشتبكت الأجهزة الأمنية الفلسطينية مع مسلحين من كتيبة جنين", "Palestine", "2024-12-14",
     ["Police Forces of Palestine (West Bank)", "Jenin Brigade"]),
    ("تبنت كتائب شهداء الأقصى عملية إطلاق نار قرب نابلس", "Palestine", "2022-10-11", ["Al-Aqsa Martyrs Brigades"]),
    ("ونعت الجبهة الشعبية لتحرير فلسطين أحد كوادرها", "Palestine", "2023-01-01",
     ["Popular Front for the Liberation of Palestine (PFLP)"]),
    ("أعلنت مجموعة عرين الأسود مسؤوليتها عن الهجوم", "Palestine", "2022-10-12", ["Lions' Den"]),
    # --- Jordan ---
    ("أحبط الجيش الأردني محاولة تهريب على الواجهة الشمالية", "Jordan", "2022-01-27", ["Military Forces of Jordan"]),
    ("أعلنت مديرية الأمن العام القبض على مطلوب في الرمثا", "Jordan", "2023-02-02", ["Police Forces of Jordan"]),
    ("أحبطت دائرة المخابرات العامة مخططا إرهابيا", "Jordan", "2024-04-04", ["General Intelligence Directorate (Jordan)"]),
    # --- Iraq ---
    ("أعلن الجيش العراقي مقتل ثلاثة من عناصر داعش في وادي حوران", "Iraq", "2022-01-25", [IRQ_18, ISIS]),
    ("نفذ جهاز مكافحة الإرهاب إنزالا جويا في كركوك", "Iraq", "2023-03-03", [IRQ_22]),
    ("استهدفت كتائب حزب الله قاعدة عين الأسد", "Iraq", "2024-01-20", ["Kataib Hezbollah"]),
    ("اتهمت عصائب أهل الحق الحكومة بالتقصير", "Iraq", "2021-02-02", ["Asaib Ahl al-Haq"]),
    ("انتشرت قوات من الحشد الشعبي في طوزخورماتو", "Iraq", "2017-10-16", ["Popular Mobilization Forces (PMF)"]),
    ("التقى قادة بالحشد في مقر العمليات", "Iraq", "2021-05-05", ["Popular Mobilization Forces (PMF)"]),
    ("اشتبكت سرايا السلام مع فصيل مسلح في البصرة", "Iraq", "2022-08-31", ["Saraya al-Salam"]),
    ("قصفت طائرة تركية موقعا لحزب العمال الكردستاني في قنديل", "Iraq", "2022-06-06",
     ["Kurdistan Workers' Party (PKK)"]),
    ("تصدت قوات البيشمركة لهجوم في مخمور", "Iraq", "2020-10-10",
     ["Military Forces of Iraq - Kurdistan Regional Government (Peshmerga)"]),
    ("اعتقلت الأسايش صحفيين في السليمانية", "Iraq", "2021-01-01", ["Asayish (Kurdistan Region)", "Civilians (Iraq)"]),
    ("اشتبكت وحدات مقاومة سنجار مع الجيش العراقي", "Iraq", "2022-05-02", ["Sinjar Resistance Units (YBS)", IRQ_18]),
    ("أعلنت منظمة بدر رفضها لنتائج الانتخابات", "Iraq", "2021-10-12", ["Badr Organization"]),
    ("تبنت المقاومة الإسلامية في العراق هجوما بمسيرة", "Iraq", "2023-11-05", ["Islamic Resistance in Iraq"]),
    ("أعلنت خلية الإعلام الأمني مقتل إرهابيين في ديالى", "Iraq", "2016-05-05", ["Military Forces of Iraq (2014-2018)"]),
    ("اعتقلت الشرطة الاتحادية متهمين في الموصل", "Iraq", "2023-09-09", ["Police Forces of Iraq (2022-)"]),
    # --- Yemen and the Gulf ---
    ("شنت ميليشيا الحوثي هجوما على مواقع الجيش الوطني في مأرب", "Yemen", "2021-02-10",
     [HOUTHIS, "Military Forces of Yemen (2012-2022)"]),
    ("قال الحوثيون إنهم استهدفوا سفينة في البحر الأحمر", "Yemen", "2024-01-12", [HOUTHIS]),
    ("اشتبك مسلحون حوثيون مع أبناء قبيلة في البيضاء", "Yemen", "2020-08-08", [HOUTHIS]),
    ("أعلنت جماعة أنصار الله إسقاط طائرة مسيرة أمريكية", "Yemen", "2023-11-08", [HOUTHIS]),
    ("شن طيران التحالف غارات على صنعاء", "Yemen", "2019-05-16", ["Saudi-led Coalition"]),
    ("سيطرت قوات المجلس الانتقالي الجنوبي على معسكرات في عدن", "Yemen", "2019-08-10",
     ["Southern Transitional Council (STC)"]),
    ("اندلعت اشتباكات بين قوات الانتقالي وقوات الشرعية في شبوة", "Yemen", "2022-08-09",
     ["Southern Transitional Council (STC)", "Military Forces of Yemen (2022-)"]),
    ("فكت ألوية العمالقة الحصار عن مديرية عسيلان", "Yemen", "2022-01-10", ["Giants Brigades"]),
    ("نفذت قوات الحزام الأمني حملة في لحج", "Yemen", "2018-06-06", ["Security Belt Forces"]),
    ("تبنى تنظيم القاعدة في جزيرة العرب هجوما في أبين", "Yemen", "2022-09-06",
     ["Al-Qaeda in the Arabian Peninsula (AQAP)"]),
    ("قتل ثلاثة من عناصر القاعدة في غارة بطائرة مسيرة في مأرب", "Yemen", "2021-03-03", ["Al-Qaeda in the Arabian Peninsula (AQAP)"]),
    ("أعلن حزب الإصلاح رفضه للتصعيد في تعز", "Yemen", "2020-02-02", ["Islah Party"]),
    ("اعترضت القوات السعودية صاروخا باليستيا فوق جازان", "Saudi Arabia", "2021-03-03", ["Military Forces of Saudi Arabia"]),
    ("أعلنت القوات الإماراتية انسحابها من عدن", "Yemen", "2019-10-30", ["Military Forces of the United Arab Emirates"]),
    ("قصف الحرس الثوري مواقع لأحزاب كردية في أربيل", "Iraq", "2022-09-28",
     ["Islamic Revolutionary Guard Corps (IRGC)"]),
    ("هاجم مسلحو جيش العدل مركزا حدوديا في سيستان", "Iran", "2023-07-08", ["Jaish al-Adl"]),
    # --- Egypt, Libya, Maghreb ---
    ("أعلن الجيش المصري مقتل 18 تكفيريا في شمال سيناء", "Egypt", "2018-02-18", ["Military Forces of Egypt (2014-)"]),
    ("تبنى تنظيم ولاية سيناء هجوما على كمين للجيش", "Egypt", "2019-06-05",
     ["Islamic State (Sinai Province)", "Military Forces of Egypt (2014-)"]),
    ("أعلنت وزارة الداخلية المصرية تصفية خلية لحركة حسم", "Egypt", "2020-07-07",
     ["Police Forces of Egypt (2014-)", "Hasm Movement"]),
    ("شن الجيش الوطني الليبي هجوما على طرابلس", "Libya", "2019-04-04", ["Libyan National Army (LNA)"]),
    ("قصفت قوات حفتر مطار معيتيقة", "Libya", "2019-09-01", ["Libyan National Army (LNA)"]),
    ("سيطرت قوات حكومة الوفاق على قاعدة الوطية", "Libya", "2020-05-18", ["Military Forces of Libya (2016-2021)"]),
    ("اندلعت اشتباكات بين جهاز الردع واللواء 444 قتال في طرابلس", "Libya", "2023-08-15",
     ["Radaa Special Deterrence Force (RADA)", "444 Brigade"]),
    ("اغتيل عبد الغني الككلي قائد جهاز دعم الاستقرار", "Libya", "2025-05-12", ["Stability Support Apparatus (SSA)"]),
    ("انتشر لواء طارق بن زياد في سبها", "Libya", "2024-02-02", ["Tariq bin Ziyad Brigade"]),
    ("أعلن الجيش الليبي التابع للقيادة العامة بقيادة المشير حفتر إطلاق عملية", "Libya", "2022-01-01",
     ["Libyan National Army (LNA)", "Libyan National Army (LNA)"]),
    ("قتل مسلحون من التبو حارسين في مرزق", "Libya", "2019-08-05", ["Tebu Ethnic Militia (Libya)"]),
    ("نفذ الحرس الوطني عملية في جبال القصرين", "Tunisia", "2019-02-02", ["Police Forces of Tunisia"]),
    ("تبنت كتيبة عقبة بن نافع هجوما على دورية للجيش التونسي", "Tunisia", "2015-07-07",
     ["Okba Ibn Nafaa Brigade", "Military Forces of Tunisia"]),
    ("دمر الجيش الوطني الشعبي مخبأ للإرهابيين في جيجل", "Algeria", "2021-01-10", ["Military Forces of Algeria"]),
    ("أعلنت جبهة البوليساريو قصف مواقع للقوات المسلحة الملكية", "Western Sahara", "2021-11-11",
     ["Polisario Front", "Military Forces of Morocco"]),
    # --- Sudan, South Sudan, Ethiopia ---
    ("اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع في الخرطوم", "Sudan", "2023-04-15", [SAF, RSF]),
    ("قصف الطيران الحربي مواقع للدعم السريع في نيالا", "Sudan", "2023-09-09", [SAF, RSF]),
    ("اتهمت لجان المقاومة مسلحي الدعم السريع بنهب المنازل", "Sudan", "2023-06-06",
     ["Resistance Committees (Sudan)", RSF]),
    ("قتلت قوات الأمن متظاهرين في أم درمان عام 2019 قبل سقوط البشير", "Sudan", "2019-01-17",
     ["Police Forces of Sudan (1989-2019)", "Protesters (Sudan)"]),
    ("هاجمت الحركة الشعبية شمال جناح الحلو مواقع في جنوب كردفان", "Sudan", "2024-02-02",
     ["SPLM/A-North (al-Hilu Faction)"]),
    ("انضمت حركة العدل والمساواة إلى القتال في الفاشر", "Sudan", "2023-11-16", ["Justice and Equality Movement (JEM)"]),
    ("قاتلت كتيبة البراء بن مالك إلى جانب الجيش", "Sudan", "2023-10-10", ["Al-Baraa bin Malik Brigade", SAF]),
    ("اشتبك الجيش الأبيض مع قوات دفاع شعب جنوب السودان في الناصر", "South Sudan", "2025-03-04",
     ["White Army (Nuer Ethnic Militia)", "Military Forces of South Sudan"]),
    ("سيطرت جبهة تحرير شعب تيغراي على مدينة ديسي", "Ethiopia", "2021-10-30",
     ["Tigray People's Liberation Front (TPLF)"]),
    ("هاجمت ميليشيا فانو مواقع الجيش الإثيوبي في بحر دار", "Ethiopia", "2023-08-05",
     ["Fano Militia", "Military Forces of Ethiopia (2018-)"]),
    # --- Somalia and the Horn ---
    ("هاجمت حركة الشباب قاعدة عسكرية في شبيلي السفلى", "Somalia", "2022-12-12", [SHABAAB]),
    ("قتل الجيش الصومالي عشرين من مسلحي الشباب في هيران", "Somalia", "2023-01-08",
     ["Military Forces of Somalia (2022-)", SHABAAB]),
    ("تبنت الشباب المجاهدين تفجيرا في مقديشو", "Somalia", "2022-10-29", [SHABAAB]),
    ("اشتبكت قوات بونتلاند مع ولاية الصومال في جبال كال مسكاد", "Somalia", "2025-01-05",
     ["Military Forces of Puntland", "Islamic State (Somalia)"]),
    ("هاجمت قوات الاتحاد الأفريقي معاقل الشباب", "Somalia", "2019-06-01",
     ["AMISOM (African Union Mission in Somalia)", SHABAAB]),
    ("هاجمت قوات الاتحاد الأفريقي معاقل الشباب", "Somalia", "2023-06-01",
     ["ATMIS (African Union Transition Mission in Somalia)", SHABAAB]),
    ("هاجمت قوات الاتحاد الأفريقي معاقل الشباب", "Somalia", "2025-06-01",
     ["AUSSOM (African Union Support and Stabilization Mission in Somalia)", SHABAAB]),
    ("شاركت ميليشيات معاويسلي في تحرير البلدة", "Somalia", "2022-09-09", ["Macawisley Militia"]),
    ("عبرت قوات الدفاع الكينية الحدود إلى جوبا السفلى", "Somalia", "2011-10-16", ["Military Forces of Kenya"]),
    # --- Sahel and Lake Chad ---
    ("أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الهجوم على كاتي", "Mali", "2022-07-22",
     ["Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"]),
    ("نفذ الجيش المالي وعناصر فاغنر عملية في مورا", "Mali", "2022-03-27",
     ["Military Forces of Mali (2021-)", "Wagner Group"]),
    ("انسحب الفيلق الأفريقي من قاعدة في كيدال", "Mali", "2025-06-06", ["Africa Corps (Russia)"]),
    ("هاجم تنظيم الدولة في الصحراء الكبرى قرية في ميناكا", "Mali", "2020-05-05",
     ["Islamic State in the Greater Sahara (ISGS)"]),
    ("هاجم تنظيم الدولة في الصحراء الكبرى قرية في ميناكا", "Mali", "2023-05-05",
     ["Islamic State Sahel Province (ISSP)"]),
    ("أعلنت جبهة تحرير أزواد أسر جنود ماليين", "Mali", "2025-02-02", ["Azawad Liberation Front (FLA)"]),
    ("هاجمت ميليشيا دان نا أمباساغو قرية أوغوساغو", "Mali", "2019-03-23", ["Dan Na Ambassagou"]),
    ("قتل متطوعو الدفاع عن الوطن مدنيين في قرية بشمال بوركينا فاسو", "Burkina Faso", "2023-04-20",
     ["Volunteers for the Defence of the Homeland (VDP)", "Civilians (Burkina Faso)"]),
    ("قال الجيش البوركيني إنه قتل عشرات الإرهابيين", "Burkina Faso", "2023-04-21",
     ["Military Forces of Burkina Faso (2022-)"]),
    ("اشتبك الجيش النيجري مع مسلحين من ولاية الساحل قرب تيلابيري", "Niger", "2024-03-03",
     ["Military Forces of Niger (2023-)", "Islamic State Sahel Province (ISSP)"]),
    # a bare name of an umbrella group is its affiliate in the country (ACLED codes the province)
    ("تبنى تنظيم الدولة الإسلامية الهجوم على موقع للجيش قرب تيلابيري", "Niger", "2024-03-03",
     ["Islamic State Sahel Province (ISSP)", "Military Forces of Niger (2023-)"]),
    ("تبنى تنظيم الدولة الإسلامية الهجوم على موقع للجيش قرب تيلابيري", "Niger", "2021-06-03",
     ["Islamic State in the Greater Sahara (ISGS)", "Military Forces of Niger (2021-2023)"]),
    ("قتل ثلاثة من عناصر داعش في غارة قرب مونغونو", "Nigeria", "2024-08-08",
     ["Islamic State West Africa Province (ISWAP)"]),
    ("هاجم مسلحون من تنظيم القاعدة حاجزا في مودية بمحافظة أبين", "Yemen", "2024-05-05",
     ["Al-Qaeda in the Arabian Peninsula (AQAP)"]),
    ("تبنى فرع تنظيم القاعدة في الساحل الهجوم على قافلة قرب بوني", "Mali", "2024-07-14",
     ["Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"]),
    ("أعلن تنظيم داعش مسؤوليته عن تفجير في بغداد", "Iraq", "2023-01-01", [ISIS]),
    ("هاجمت بوكو حرام مخيما للنازحين في بورنو", "Nigeria", "2020-06-06",
     ["Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad (JAS)", "Civilians (Nigeria)"]),
    ("قتل الجيش النيجيري قائدا في ولاية غرب أفريقيا", "Nigeria", "2024-08-08",
     ["Military Forces of Nigeria (2023-)", "Islamic State West Africa Province (ISWAP)"]),
    ("تصدى الجيش التشادي لهجوم جبهة الوفاق من أجل التغيير في تشاد", "Chad", "2021-04-18",
     ["Military Forces of Chad (1990-2021)", "Front for Change and Concord in Chad (FACT)"]),
    ("أعلنت مينوسما مقتل جنديين من قوات حفظ السلام", "Mali", "2023-02-21",
     ["MINUSMA (United Nations Mission in Mali)", "Military Forces of Mali (2021-)",
      "MINUSMA (United Nations Mission in Mali)"]),
    ("أنهت عملية برخان انتشارها في تمبكتو", "Mali", "2021-12-14", ["Operation Barkhane"]),
]


@pytest.mark.parametrize(("text", "country", "date", "expected"), NAMED_ROWS)
def test_resolve_names_actors_in_order(resolver, text, country, date, expected):
    names = [m.actor.name_en for m in resolver.resolve(text, country=country, date=date)]
    assert names == expected


# names carrying proclitics and the contracted article: (text, country, span, name); the span leaves out the
# clitics, except the ل that stands for the article's lam in للـ (للحوثيين → لحوثيين)
CLITIC_ROWS = [
    ("وجهت الاتهامات لقسد بعد الهجوم", "Syria", "قسد", SDF),
    ("وقسد أعلنت الاستنفار", "Syria", "قسد", SDF),
    ("وداعش تبنى الهجوم لاحقا", "Syria", "داعش", ISIS),
    ("فداعش لم يختف بعد", "Iraq", "داعش", ISIS),
    ("عنصر تابع بالحشد ضبط في البصرة", "Iraq", "الحشد", "Popular Mobilization Forces (PMF)"),
    ("والحشد الشعبي يرفض", "Iraq", "الحشد الشعبي", "Popular Mobilization Forces (PMF)"),
    ("وجه مسؤول رسالة للحوثيين", "Yemen", "لحوثيين", HOUTHIS),
    ("بعد أن استهدف الحوثيون ناقلة نفط", "Yemen", "الحوثيون", HOUTHIS),
    ("وللجيش العراقي دور في تأمين الحدود", "Iraq", "لجيش العراقي", IRQ_22),
    ("وفي بيان لحزب الله", "Lebanon", "حزب الله", "Hezbollah"),
    ("وقال مصدر بحركة الشباب إن", "Somalia", "حركة الشباب", SHABAAB),
    ("جرى تسليم رسالة لكتائب القسام", "Palestine", "كتائب القسام", "Al-Qassam Brigades"),
    ("سقط قتلى بين مسلحي الدعم السريع", "Sudan", "الدعم السريع", RSF),
    ("قتل دعامي في أم درمان", "Sudan", "دعامي", RSF),
    ("قال الداعشيون في تسجيل صوتي", "Iraq", "الداعشيون", ISIS),
    ("ولتنظيم الدولة الإسلامية خلايا في البادية", "Syria", "تنظيم الدولة الإسلامية", ISIS),
    ("أكد متحدث باسم قسد", "Syria", "قسد", SDF),
    ("وبجماعة نصرة الإسلام والمسلمين صلة", "Mali", "جماعة نصرة الإسلام والمسلمين",
     "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"),
]


@pytest.mark.parametrize(("text", "country", "surface", "name"), CLITIC_ROWS)
def test_resolve_reads_names_through_clitics(resolver, text, country, surface, name):
    mentions = resolver.resolve(text, country=country, date="2024-06-01")
    assert [(m.surface, m.actor.name_en) for m in mentions] == [(surface, name)]


# generic references resolved by the article's country: (text, country, date, name, via, role)
DESCRIPTIVE_ROWS = [
    ("أعلن الجيش مقتل خمسة مسلحين في صلاح الدين", "Iraq", "2023-02-02", IRQ_22, "descriptive", None),
    ("أعلن الجيش مقتل خمسة مسلحين في صلاح الدين", "Iraq", "2016-02-02", "Military Forces of Iraq (2014-2018)",
     "descriptive", None),
    ("قصف الجيش مواقع المتمردين في دارفور", "Sudan", "2024-01-01", SAF, "descriptive", None),
    ("قال الجيش إنه صد هجوما في وسط البلاد", "Mali", "2022-05-05", "Military Forces of Mali (2021-)", "descriptive", None),
    ("فرقت الشرطة تجمعا أمام البرلمان", "Iraq", "2020-02-02", "Police Forces of Iraq (2018-2022)", "descriptive", None),
    ("اعتقلت قوات الأمن ناشطين في صنعاء", "Yemen", "2021-01-01", "Police Forces of Yemen (2012-2022)", "descriptive", None),
    ("داهمت الأجهزة الأمنية منزلا في الزرقاء", "Jordan", "2022-02-02", "Police Forces of Jordan", "descriptive", None),
    ("قتل جنديان في هجوم على حاجز", "Egypt", "2018-01-01", "Military Forces of Egypt (2014-)", "descriptive", None),
    ("أطلق مسلحون مجهولون النار على سيارة في درعا", "Syria", "2021-09-09", "Unidentified Armed Group (Syria)",
     "descriptive", None),
    ("اغتال مجهولون مختار القرية", "Iraq", "2020-03-03", "Unidentified Armed Group (Iraq)", "descriptive", None),
    ("هاجم ملثمون محلا تجاريا في طرابلس", "Libya", "2022-02-02", "Unidentified Armed Group (Libya)", "descriptive", None),
    ("هاجمت خلايا نائمة حاجزا في ريف دير الزور", "Syria", "2022-02-02", "Unidentified Armed Group (Syria)",
     "descriptive", None),
    ("قتل مدنيون في قصف على السوق", "Sudan", "2024-02-02", "Civilians (Sudan)", "generic", None),
    ("أصيب ثلاثة أطفال بانفجار لغم", "Yemen", "2020-02-02", "Civilians (Yemen)", "generic", None),
    ("فر الأهالي من القرية بعد الهجوم", "Mali", "2022-02-02", "Civilians (Mali)", "generic", None),
    ("قتلت امرأة برصاص قناص", "Syria", "2016-02-02", "Civilians (Syria)", "generic", None),
    ("خرج محتجون في ساحة التحرير", "Iraq", "2019-10-25", "Protesters (Iraq)", "generic", None),
    ("أغلق متظاهرون الطريق الدولي", "Lebanon", "2019-10-18", "Protesters (Lebanon)", "generic", None),
    ("أحرق مثيرو الشغب سيارات للشرطة", "Tunisia", "2021-01-18", "Rioters (Tunisia)", "generic", None),
    ("قتل صحفي بغارة على غزة", "Palestine", "2023-11-11", "Civilians (Palestine)", "generic", "journalists"),
    ("اعتقل مراسلين في الخرطوم", "Sudan", "2023-05-05", "Civilians (Sudan)", "generic", "journalists"),
    ("قتل مسعفون أثناء نقل الجرحى", "Palestine", "2024-03-03", "Civilians (Palestine)", "generic", "health workers"),
    ("خطف عمال إغاثة في دارفور", "Sudan", "2024-02-02", "Civilians (Sudan)", "generic", "aid workers"),
    ("فر سجناء من سجن في تعز", "Yemen", "2018-02-02", "Civilians (Yemen)", "generic", "prisoners"),
    ("هاجم مسلحون مخيما للنازحين", "Somalia", "2021-02-02", "Unidentified Armed Group (Somalia)", "descriptive", None),
    ("اشتبك مسلحو العشائر في ريف البصرة", "Iraq", "2022-02-02", "Unidentified Clan Militia (Iraq)", "descriptive", None),
]


@pytest.mark.parametrize(("text", "country", "date", "name", "via", "role"), DESCRIPTIVE_ROWS)
def test_resolve_reads_generic_references_by_country(resolver, text, country, date, name, via, role):
    mentions = resolver.resolve(text, country=country, date=date)
    assert (mentions[0].actor.name_en, mentions[0].via, mentions[0].role) == (name, via, role)


# texts where a lexicon word is not an actor: (text, country)
NEGATIVE_ROWS = [
    ("استقبل الجمهور اللاعبين بحماس شديد", "Palestine"),
    ("تحدث الوزير بحماس كبير عن المشروع", "Egypt"),
    ("ناقش المؤتمر الأمن الغذائي في المنطقة", "Sudan"),
    ("أكدت الدولة التزامها بحماية الحدود", "Iraq"),
    ("تسعى الدولة إلى جذب الاستثمارات", "Egypt"),
    ("شارك الشباب في حملة تنظيف الحي", "Somalia"),
    ("يعاني الشباب من البطالة في مقديشو", "Somalia"),
    ("فاز فريق الشرطة على الزوراء في الدوري", "Iraq"),
    ("انتقل اللاعب إلى نادي الشرطة بعد المباراة", "Iraq"),
    ("ما زال الناس على أمل بتحسن الأوضاع", "Lebanon"),
    ("عبر السكان عن أملهم بعودة الكهرباء", None),
    ("افتتحت القاعدة العسكرية الجديدة بحضور الوزير", "Niger"),
    ("عادت الطائرات إلى القاعدة الجوية", "Mali"),
    ("أعلنت النصرة للمظلومين جمع التبرعات", None),
    ("جرى تعديل في القاعدة القانونية للعقود", "Yemen"),
    ("تحدث الخبير عن حركة السير في المدينة", "Jordan"),
    ("عقد مؤتمر صحفي في الخرطوم", "Sudan"),
    ("نقلت وسائل إعلامية عن مصادر صحفية", "Syria"),
    ("قال ناشطون في المجتمع المدني إن الوضع هادئ", "Syria"),
    ("جيش من المتطوعين نظف الشاطئ", "Lebanon"),
]


@pytest.mark.parametrize(("text", "country"), NEGATIVE_ROWS)
def test_resolve_ignores_words_that_are_not_actors(resolver, text, country):
    assert [(m.surface, m.actor.name_en) for m in resolver.resolve(text, country=country)] == []


# the same form, other readings
DISAMBIGUATION_ROWS = [
    ("هاجم الجيش الوطني مواقع في ريف حلب", "Syria", "2022-02-02", "Syrian National Army (SNA)"),
    ("هاجم الجيش الوطني مواقع في محيط سرت", "Libya", "2020-02-02", "Libyan National Army (LNA)"),
    ("استعاد الجيش الوطني مديرية في الجوف", "Yemen", "2020-02-02", "Military Forces of Yemen (2012-2022)"),
    ("قال الجيش الليبي إن الوضع في طرابلس مستقر", "Libya", "2022-02-02", "Military Forces of Libya (2021-)"),
    ("هاجم عناصر من حماس موقعا عسكريا", "Palestine", "2023-10-07", "Hamas Movement"),
    ("قتل ثلاثة من مسلحي الشباب في جوبا الوسطى", "Somalia", "2022-02-02", SHABAAB),
    ("تقدم الشباب المجاهدين نحو البلدة", "Somalia", "2022-02-02", SHABAAB),
    ("داهم الأمن العام وكرا للمخدرات", "Jordan", "2022-02-02", "Police Forces of Jordan"),
    ("داهم الأمن العام وكرا للمخدرات", "Lebanon", "2022-02-02", "General Directorate of General Security (Lebanon)"),
    ("داهم الأمن العام وكرا للمخدرات", "Syria", "2025-02-02", "Police Forces of Syria (2024-)"),
    ("اعتقلت الأسايش شابين", "Syria", "2022-02-02", "Asayish (Syria)"),
    ("اعتقلت الأسايش شابين", "Iraq", "2022-02-02", "Asayish (Kurdistan Region)"),
    ("نفذ التحالف غارة على مخزن أسلحة", "Yemen", "2018-02-02", "Saudi-led Coalition"),
    ("نفذ التحالف غارة على مخزن أسلحة", "Iraq", "2018-02-02", "Global Coalition Against Daesh"),
    ("قصفت قوات حفظ السلام موقعا", "South Sudan", "2016-07-10", "UNMISS (United Nations Mission in South Sudan)"),
    ("قتلت قوات الأمن محتجين في الخرطوم", "Sudan", "2021-11-17", "Police Forces of Sudan (2019-)"),
]


@pytest.mark.parametrize(("text", "country", "date", "name"), DISAMBIGUATION_ROWS)
def test_resolve_picks_reading_by_country_and_context(resolver, text, country, date, name):
    assert resolver.resolve(text, country=country, date=date)[0].actor.name_en == name


def test_resolve_infers_country_from_named_countries_when_none_given(resolver):
    text = "في العراق أعلن الجيش تنفيذ عملية ضد خلايا التنظيم قرب الحدود مع العراق وسوريا"
    names = [m.actor.name_en for m in resolver.resolve(text, date="2023-01-01")]
    assert IRQ_22 in names


def test_resolve_does_not_take_the_country_from_a_partner_named_after_with(resolver):
    # "مع إسرائيل" names a partner of the article's country: the police of this Amman story are not Israel's
    text = "فرقت قوات الأمن المحتجين قرب الساحة، في أسبوع شهد نقاشا نيابيا حول اتفاقيات الطاقة مع إسرائيل"
    names = [m.actor.name_en for m in resolver.resolve(text, date="2025-04-05")]
    assert not any("Israel" in name for name in names), names


def test_resolve_without_country_leaves_country_bound_references_unresolved(resolver):
    assert resolver.resolve("أعلن الجيش مقتل مسلحين مجهولين", date="2023-01-01") == []


def test_resolve_antecedent_takes_the_most_named_group(resolver):
    text = ("هاجم عناصر داعش حاجزا لقسد في الحسكة. وقال داعش في بيان إن عناصره قتلوا جنودا. "
            "وكان التنظيم قد صعد هجماته")
    mentions = resolver.resolve(text, country="Syria", date="2022-01-22")
    last = mentions[-1]
    assert (last.surface, last.actor.name_en, last.via) == ("التنظيم", ISIS, "descriptive")
    assert last.confidence < 0.7


def test_resolve_sleeper_cells_attach_to_the_group_named_nearby(resolver):
    mentions = resolver.resolve("شنت خلايا نائمة تابعة لداعش هجوما", country="Syria", date="2022-01-22")
    assert [m.actor.name_en for m in mentions] == [ISIS, ISIS]


def test_resolve_country_named_as_subject_reads_as_its_state_but_not_as_a_place(resolver):
    acting = resolver.resolve("وحملت قسد تركيا مسؤولية الهجوم", country="Syria", date="2022-01-22")
    assert [m.actor.name_en for m in acting] == [SDF, "Military Forces of Turkey"]
    assert acting[1].confidence <= 0.4
    for place in ("فر المهاجمون إلى تركيا", "انتقد الائتلاف الموالي لتركيا القرار", "سوريا والعراق وتركيا"):
        assert resolver.resolve(place, country="Syria", date="2022-01-22") == [], place


def test_resolve_accepts_month_precision_dates_and_rejects_garbage(resolver):
    assert resolver.resolve("الجيش العراقي", date="2019-05")[0].actor.name_en == IRQ_18
    with pytest.raises(UsageError):
        resolver.resolve("الجيش العراقي", date="yesterday")


def test_resolve_without_date_prefers_the_latest_era(resolver):
    assert resolver.resolve("الجيش السوداني", country="Sudan")[0].actor.name_en == SAF


def test_resolve_spans_point_into_the_source_text(resolver):
    text = "قالت مصادر إنّ «قوّات سوريا الديمقراطيّة» ردّت"
    mention = resolver.resolve(text, country="Syria")[0]
    assert text[mention.start:mention.end] == mention.surface == "قوّات سوريا الديمقراطيّة"


def test_actor_abroad_counts_as_external_force(resolver):
    turkey = resolver.resolve("القوات التركية", country="Syria")[0].actor
    assert (turkey.inter, turkey.inter_in("Syria"), turkey.inter_in("Turkey")) == (1, 8, 1)


@pytest.mark.parametrize(("text", "actors"), [
    ("أدانت تركيا الهجوم", ["Military Forces of Turkey"]),
    # a blocking phrase of two words right before the name: one of a list of countries
    ("أدانت كل من تركيا الهجوم", []),
    # a blocking word behind its own conjunction: a destination
    ("ووصل الوفد وإلى تركيا", []),
])
def test_resolve_reads_blocking_phrases_of_several_words_and_behind_clitics(resolver, text, actors):
    assert [m.actor.name_en for m in resolver.resolve(text, country="Syria", date="2022-01-22")] == actors


def test_a_scan_serves_every_resolution_of_its_text(resolver):
    text = "اشتبك مسلحون مع الجيش السوري قرب درعا، وقال التنظيم إن عناصره قتلوا جنديين"
    scan = resolver.scan(text)
    for country, date in ((None, None), ("Syria", "2023-05-01"), ("Iraq", "2016-01-01")):
        assert resolver.resolve(text, country=country, date=date, scan=scan) == resolver.resolve(
            text, country=country, date=date)
    with pytest.raises(ValueError):
        resolver.resolve("هاجم مسلحون حاجزا للجيش", scan=scan)
