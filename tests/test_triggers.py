"""Trigger lexicon: schema and coverage of the data files, taxonomy drift, and table-driven matching rows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from marsad.events.triggers import (
    MIN_ENTRIES_PER_SUB_EVENT_TYPE,
    TriggerLexicon,
    default_paths,
    find_triggers,
    taxonomy_path,
    validate_triggers,
)
from marsad.lang.ar.normalize import normalize, normalize_with_offsets

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon.load()


def test_packaged_trigger_files_validate_without_problems():
    assert validate_triggers() == []


def test_every_sub_event_type_has_at_least_three_entries(lexicon):
    for event_type, sub in lexicon.precedence:
        count = sum(1 for e in lexicon.entries.values() if e.event_type == event_type and sub in e.sub_event_types)
        assert count >= MIN_ENTRIES_PER_SUB_EVENT_TYPE, (event_type, sub, count)


def test_entry_ids_are_unique_across_files():
    ids = [raw["id"] for path in default_paths() if path.name != "_contexts.yaml"
           for raw in yaml.safe_load(path.read_text(encoding="utf-8"))["entries"]]
    assert len(ids) == len(set(ids))


def test_every_surface_normalises_to_a_non_empty_form(lexicon):
    for entry in lexicon.entries.values():
        assert all(normalize(surface).strip() for surface in entry.surfaces), entry.id


def _write(tmp_path: Path, name: str, data: dict) -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _copy_with(tmp_path: Path, name: str, mutate) -> list[Path]:
    paths = []
    for path in default_paths():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if path.name == name:
            mutate(data)
        paths.append(_write(tmp_path, path.name, data))
    return paths


@pytest.mark.parametrize(
    ("file_name", "mutate", "expected"),
    [
        ("battles.yaml", lambda d: d["entries"].append(dict(d["entries"][0])), "duplicate id"),
        ("battles.yaml", lambda d: d["entries"][0].update(surface=["ـــ"]), "normalises to nothing"),
        ("battles.yaml", lambda d: d["entries"][0].update(sub_event_type="Skirmish"), "is not one of Battles"),
        ("battles.yaml", lambda d: d["entries"][0].update(strength="weak"), "needs `requires`"),
        ("battles.yaml", lambda d: d["entries"][0].update(colour="red"), "unknown keys"),
        ("battles.yaml", lambda d: d["entries"][0].update(cues=["@nonexistent"]), "unknown context set"),
        ("battles.yaml", lambda d: d["entries"][0].update(blocked_phrases=["حملة انتخابية"]), "contains none"),
        ("riots.yaml", lambda d: d["entries"][0].update(surface=["اشتباكات"]), "without a `requires` rule"),
        ("riots.yaml", lambda d: d["entries"].__delitem__(slice(0, 3)), "Riots / Violent demonstration: only"),
        ("riots.yaml", lambda d: d["entries"][0].update(rules=[{"when_any": ["x"], "sub_event_type": "Grenade"}]),
         "is not in the taxonomy"),
    ],
)
def test_validator_reports_each_kind_of_problem(tmp_path, file_name, mutate, expected):
    problems = validate_triggers(_copy_with(tmp_path, file_name, mutate))
    assert any(expected in problem for problem in problems), problems


def test_load_refuses_an_invalid_lexicon(tmp_path):
    from marsad.events.triggers import TriggerLexiconError

    paths = _copy_with(tmp_path, "battles.yaml", lambda d: d["entries"][0].update(strength="maybe"))
    with pytest.raises(TriggerLexiconError, match="strong or weak"):
        TriggerLexicon.load(paths)


def _reference_taxonomy() -> dict[str, list[str]]:
    """The taxonomy as the shared reference document or the shipped taxonomy.yaml states it."""
    if taxonomy_path() is not None:
        data = yaml.safe_load(taxonomy_path().read_text(encoding="utf-8"))
        return {item["name"]: list(item["sub_event_types"]) for item in data["event_types"]}
    doc = SHARED / "reference" / "acled-taxonomy.md"
    if not doc.is_file():
        pytest.skip("no taxonomy reference on this machine")
    rows = re.findall(r"^\| ([A-Z][^|]+?) \| ([^|]+?) \|$", doc.read_text(encoding="utf-8"), re.M)
    return {name: [s.strip() for s in subs.split(";")] for name, subs in rows if name != "event_type"}


def test_trigger_files_do_not_drift_from_the_taxonomy(lexicon):
    reference = _reference_taxonomy()
    assert set(lexicon.sub_event_types) == set(reference)
    for event_type, subs in reference.items():
        assert list(lexicon.sub_event_types[event_type]) == subs, event_type
    for path in default_paths():
        if path.name != "_contexts.yaml":
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            assert data["sub_event_types"] == reference[data["event_type"]], path.name


def test_precedence_puts_battles_before_an_air_strike_in_the_same_sentence(lexicon):
    hits = find_triggers("اندلعت اشتباكات عنيفة بين الجيش والمسلحين تخللتها غارات جوية على مواقعهم", lexicon)
    assert [h.event_type for h in lexicon.by_precedence(hits)][:2] == ["Battles", "Explosions/Remote violence"]
    assert lexicon.precedence_rank("Battles", "Government regains territory") == 0


def test_hits_carry_source_spans_of_the_original_text(lexicon):
    sentence = "وقصفتْ المدفعيّة التركيّة قريةَ «تل رفعت» بريف حلب"
    hits = find_triggers(sentence, lexicon)
    assert hits and all(sentence[h.start:h.end] == h.surface for h in hits)


def test_find_triggers_accepts_already_normalised_text(lexicon):
    sentence = "اختطف مسلحون مجهولون صحفيا في بنغازي"
    hits = find_triggers(normalize_with_offsets(sentence), lexicon)
    assert [(h.start, h.end, h.entry_id) for h in hits][:1] == [(0, 5, "vac-abduction")]


# (sentence, entry id, expected sub_event_type or None, active?)
# active=False rows: the entry must not produce an active hit (blocked, unsupported or absent).
BATTLES = "Battles"
ROWS = [
    # --- Battles: clashes, inflections and clitics
    ("اشتبكت قوات الجيش السوري مع مسلحين في ريف درعا الغربي", "battles-clash", "Armed clash", True),
    ("اشتبك عناصر من الحشد الشعبي مع خلية لداعش في صحراء الأنبار", "battles-clash", "Armed clash", True),
    ("واشتبكوا مع دورية للشرطة قرب السوق", "battles-clash", "Armed clash", True),
    ("وتدور اشتباكات متقطعة في محيط مطار طرابلس", "battles-clash", "Armed clash", True),
    ("قتل جنديان في الاشتباكات التي اندلعت فجر اليوم", "battles-clash", "Armed clash", True),
    ("ودعت البعثة الأممية الأطراف إلى وقف فوري للاشتباكات في الزاوية", "battles-clash", "Armed clash", True),
    ("وتجددت المواجهات المسلحة بين الجيش والدعم السريع في بحري", "battles-confrontation", "Armed clash", True),
    ("اندلعت مواجهات عنيفة بين المتظاهرين وقوات الأمن في سليانة", "battles-confrontation", "Violent demonstration", True),
    ("اشتباكات بين محتجين والشرطة وسط العاصمة نيامي", "battles-clash", "Violent demonstration", True),
    ("تبادل الطرفان إطلاق النار لساعات على خطوط التماس في تعز", "battles-exchange-of-fire", "Armed clash", True),
    ("تدور معارك ضارية في محيط مدينة الفاشر منذ الصباح", "battles-fighting", "Armed clash", True),
    ("وتواصل القتال بين قوات حكومة الوحدة وكتيبة مسلحة في جنزور", "battles-fighting", "Armed clash", True),
    ("هاجم مسلحو حركة الشباب قاعدة عسكرية في منطقة شبيلي السفلى", "battles-attack", "Armed clash", True),
    ("نصب مسلحون كمينا لقافلة عسكرية قرب بلدة بانيبانغو", "battles-ambush", "Armed clash", True),
    ("وتصدت القوات لهجوم شنه عناصر التنظيم على نقطة عسكرية", "battles-attack", "Armed clash", True),
    ("اقتحم مسلحون مقر الكتيبة وقتلوا ثلاثة جنود", "battles-storm", "Armed clash", True),
    ("استعادت القوات الحكومية السيطرة على بلدة صبيد بعد معارك", "battles-recapture", "Government regains territory", True),
    ("حررت قوات الجيش قرية أم روابة من عناصر الدعم السريع", "battles-liberate", "Government regains territory", True),
    ("سيطر مسلحو الحركة على مدينة بوريم بعد انسحاب الجيش", "battles-takeover", "Non-state actor overtakes territory", True),
    ("اجتاح مسلحو التنظيم قرية في ريف منطقة تيلابيري", "battles-overrun", "Non-state actor overtakes territory", True),
    ("طردت القوات مسلحي التنظيم من حي الجديدة في المدينة", "battles-expel", "Government regains territory", True),
    ("واستولى المسلحون على أجهزة الاتصال الخاصة بالمدنيين", "battles-takeover", "Looting/property destruction", True),
    # --- Battles: blocked contexts (sports, politics, economy, descriptions)
    ("شن الفريق هجوما خطيرا في الشوط الثاني لكن الحارس تصدى للكرة", "battles-attack", None, False),
    ("سجل المهاجم هدف الفوز بعد هجوم منظم في الدقيقة 90 من المباراة", "battles-attack", None, False),
    ("شن رئيس الحزب هجوما لاذعا على الحكومة في مؤتمر صحفي", "battles-attack", None, False),
    ("تعرضت مواقع الوزارة لهجوم إلكتروني أمس", "battles-attack", None, False),
    ("وقع اشتباك دبلوماسي بين القاهرة وأديس أبابا حول سد النهضة", "battles-clash", None, False),
    ("شهدت الجلسة اشتباكا كلاميا بين النواب", "battles-clash", None, False),
    ("تستعد الأحزاب لخوض معركة انتخابية حامية في الدائرة الأولى", "battles-fighting", None, False),
    ("أطلقت الحكومة معركة ضد الفساد في الموانئ", "battles-fighting", None, False),
    ("تسعى الشركات الصينية إلى غزو الأسواق الأفريقية", "battles-storm", None, False),
    ("تقع البلدة في المناطق الخاضعة لسيطرة تركيا شمالي سوريا", "battles-takeover", None, False),
    ("قررت الحكومة تحرير سعر صرف الجنيه في السوق الرسمية", "battles-liberate", None, False),
    ("أعلنت هيئة تحرير الشام عن حل جهاز أمني في إدلب", "battles-liberate", None, False),
    ("تقرير ميداني من بلدة هومبوري في وسط مالي (ترجمة وتحرير فريق الموقع)", "battles-liberate", None, False),
    ("استعاد المنتخب لياقته قبل مباراة الجولة المقبلة", "battles-recapture", None, False),
    ("خسر الفريق المواجهة أمام الأهلي في الدوري", "battles-confrontation", None, False),
    # --- Explosions: air and drones
    ("شنت طائرات حربية غارات على مواقع في ريف إدلب الجنوبي", "explosions-airstrike", "Air/drone strike", True),
    ("وأسفرت الغارة الجوية عن مقتل خمسة مسلحين في منطقة القائم", "explosions-airstrike", "Air/drone strike", True),
    ("قتل ثلاثة مدنيين بغارات إسرائيلية على بلدات الجنوب اللبناني", "explosions-airstrike", "Air/drone strike", True),
    ("استهدفت طائرة مسيرة سيارة على طريق أبو شوك ما أدى إلى مقتل راكبيها", "explosions-drone", "Air/drone strike", True),
    ("قصفت مسيرات الدعم السريع محطة الكهرباء في مروي", "explosions-drone", "Air/drone strike", True),
    ("قصفت الطائرات الروسية بلدة كفرنبل", "explosions-bombardment", "Air/drone strike", True),
    ("وقصفت المدفعية التركية قرية تل رفعت", "explosions-bombardment", "Shelling/artillery/missile attack", True),
    ("تعرضت الأحياء الشرقية لقصف بقذائف الهاون مساء الخميس", "explosions-bombardment", "Shelling/artillery/missile attack", True),
    ("قتل طفل بالقصف على حي الثورة", "explosions-bombardment", "Shelling/artillery/missile attack", True),
    ("وبالقصف الجوي دمرت الطائرات جسرا حيويا", "explosions-airstrike", "Air/drone strike", True),
    ("نظمت الشركة معرضا للطائرات المسيرة في دبي", "explosions-drone", None, False),
    ("خرجت مسيرة احتجاجية حاشدة في مدينة مصراتة", "explosions-drone", None, False),
    ("شارك المئات في مسيرة سلمية نحو مبنى البلدية", "explosions-drone", None, False),
    # a bare مسيرة is a march when march words stand near it, and it cannot support itself as a drone
    ("فرقت الشرطة مساء السبت مسيرة نسائية حاولت الوصول إلى الساحة الرئيسية", "explosions-drone", None, False),
    ("فرقت الشرطة مساء السبت مسيرة نسائية حاولت الوصول إلى الساحة الرئيسية", "protests-march",
     "Protest with intervention", True),
    ("جابت مسيرة شوارع المدينة القديمة ورفع المشاركون فيها الأعلام", "protests-march", "Peaceful protest", True),
    ("انطلقت مسيرة من أمام الجامع الكبير بعد صلاة الجمعة", "protests-march", "Peaceful protest", True),
    ("شوهدت مسيرة تحلق فوق المدينة طوال الليل", "explosions-drone", None, False),
    ("شوهدت مسيرة تحلق فوق المدينة طوال الليل", "protests-march", None, False),
    ("أطلقت مسيرة صاروخين على سيارة عند مدخل البلدة", "explosions-drone", "Air/drone strike", True),
    ("ضبطت القوات في المداهمة قطع غيار لطائرات مسيرة", "explosions-drone", None, False),
    ("نفذت القوات حملة دهم بمساندة من طيران التحالف أسفرت عن اعتقال أربعة", "explosions-warplanes", None, False),
    ("شن طيران التحالف غارات على مواقع التنظيم في البادية", "explosions-warplanes", "Air/drone strike", True),
    # --- Explosions: shelling, rockets
    ("سقطت قذيفة هاون على سوق شعبي في أم درمان", "explosions-shells", "Shelling/artillery/missile attack", True),
    ("أطلق مسلحون ثلاثة صواريخ كاتيوشا على قاعدة عين الأسد", "explosions-rockets", "Shelling/artillery/missile attack", True),
    ("سقط صاروخ على منزل في حي الجديدة وأصيب طفلان", "explosions-rockets", "Shelling/artillery/missile attack", True),
    ("أطلق اللاعب قذيفة صاروخية من خارج منطقة الجزاء سكنت المرمى", "explosions-shells", None, False),
    ("أجرت كوريا الشمالية تجربة صاروخ باليستي جديد", "explosions-rockets", None, False),
    ("وقعت الحكومة صفقة صواريخ مع روسيا", "explosions-rockets", None, False),
    ("اعترضت الدفاعات الجوية صاروخا أطلق باتجاه جازان", "explosions-rockets", "Disrupted weapons use", True),
    # --- Explosions: IEDs, landmines, car bombs, explosions
    ("انفجرت عبوة ناسفة بدورية للجيش على طريق كركوك", "explosions-ied-device", "Remote explosive/landmine/IED", True),
    ("انفجار عبوة ناسفة مزروعة على جانب الطريق في بلدية بلدوين", "explosions-explosion", "Remote explosive/landmine/IED", True),
    ("قتل راع بانفجار لغم أرضي في جبل الشعانبي", "explosions-landmine", "Remote explosive/landmine/IED", True),
    ("أصيب طفلان بانفجار جسم من مخلفات الحرب في سرت", "explosions-landmine", "Remote explosive/landmine/IED", True),
    ("انفجرت سيارة مفخخة قرب مقر أمني في الصومال", "explosions-car-bomb", "Remote explosive/landmine/IED", True),
    ("فجر انتحاري سيارة مفخخة يقودها عند بوابة المعسكر", "explosions-car-bomb", "Suicide bomb", True),
    ("فككت فرق الهندسة عبوة ناسفة على طريق المطار", "explosions-ied-device", "Disrupted weapons use", True),
    ("أصيب شخصان في انفجار قارورة غاز داخل مطبخ منزل", "explosions-explosion", None, False),
    ("تسبب انفجار أنبوب مياه رئيسي في غرق الشارع", "explosions-explosion", None, False),
    ("تحذر الأمم المتحدة من انفجار سكاني في المدن الكبرى", "explosions-explosion", None, False),
    ("أعلنت الشرطة أن انفجار محول كهرباء تسبب في الحريق", "explosions-explosion", None, False),
    ("فجر اليوم الخميس وصل الوفد إلى المطار", "explosions-bombing", None, False),
    ("فجرت تصريحات الوزير أزمة سياسية في البرلمان", "explosions-bombing", None, False),
    ("هز تفجير عنيف سوق الكرادة ببغداد وأسفر عن سقوط ضحايا", "explosions-bombing", "Remote explosive/landmine/IED", True),
    # --- Explosions: suicide, chemical, grenade
    ("فجر انتحاري نفسه بحزام ناسف وسط حشد من المصلين", "explosions-suicide-belt", "Suicide bomb", True),
    ("هجوم انتحاري يستهدف معسكرا للجيش في عدن", "explosions-suicide-attack", "Suicide bomb", True),
    ("فجرت نفسها عند مدخل السوق في مايدوغوري", "explosions-self-detonation", "Suicide bomb", True),
    ("استهدفت مسيرة انتحارية مخزنا للذخيرة", "explosions-drone", "Air/drone strike", True),
    ("اتهمت المعارضة النظام بقصف البلدة بغاز الكلور ما أدى إلى حالات اختناق", "explosions-chlorine-sarin", "Chemical weapon", True),
    ("وثقت اللجنة هجوما كيميائيا على الغوطة الشرقية", "explosions-chemical-attack", "Chemical weapon", True),
    ("أدت الضربة إلى استخدام أسلحة كيميائية ضد المدنيين", "explosions-chemical-weapons", "Chemical weapon", True),
    ("عقدت منظمة حظر الأسلحة الكيميائية اجتماعها السنوي في لاهاي", "explosions-chemical-weapons", None, False),
    ("تسرب غاز الكلور من خزان في مصنع للمياه", "explosions-chlorine-sarin", None, False),
    ("ألقى مجهول قنبلة يدوية على محل تجاري في طرابلس", "explosions-hand-grenade", "Grenade", True),
    ("ألقى مسلحون قنبلة على حاجز للجيش في بيروت", "explosions-bomb", "Grenade", True),
    ("فجر الإعلامي قنبلة إعلامية بتصريحاته", "explosions-bomb", None, False),
    # --- Violence against civilians
    ("قتل مسلحون مجهولون ثلاثة مزارعين في ريف المايادين", "vac-killing", "Attack", True),
    ("لقي مدني مصرعه برصاص قناص في حي الروضة بتعز", "vac-killing", "Attack", True),
    ("مصرع شخصين في حادث سير على الطريق الدولي", "vac-killing", None, False),
    ("قتل اللاعب المباراة بهدف ثالث في الدقيقة الأخيرة", "vac-killing", None, False),
    ("أعدم عناصر التنظيم خمسة مدنيين ميدانيا", "vac-execution-massacre", "Attack", True),
    ("ارتكبت الميليشيا مجزرة في قرية ود النورة", "vac-execution-massacre", "Attack", True),
    ("أصدرت المحكمة حكما بالإعدام على المتهم", "vac-execution-massacre", None, False),
    ("ذبح الأضاحي في المسلخ البلدي", "vac-execution-massacre", None, False),
    ("اغتال مسلحون ناشطا مدنيا في درعا البلد", "vac-assassination", "Attack", True),
    ("ونجا المحافظ من محاولة اغتيال بعبوة لاصقة", "vac-assassination", "Attack", True),
    ("أطلق مسلحون النار على سيارة مدنية فقتلوا سائقها", "vac-shooting", "Attack", True),
    ("أطلق مسلحون النار على حاجز للجيش", "vac-shooting", "Armed clash", True),
    ("أطلق المحتفلون النار في الهواء ابتهاجا بالعرس", "vac-shooting", None, False),
    ("استهدف مسلحون منازل المدنيين في القرية", "vac-targeting", "Attack", True),
    ("يستهدف البرنامج المزارعين في الولايات الشمالية", "vac-targeting", None, False),
    ("تعرضت سيدة للطعن بسكين على يد مسلح في سبها", "vac-assault", "Attack", True),
    ("اختطف مسلحون صحفيا في بنغازي واقتادوه إلى جهة مجهولة", "vac-abduction", "Abduction/forced disappearance", True),
    ("وخطفوا عشرة ركاب من حافلة على طريق بوركينا", "vac-abduction", "Abduction/forced disappearance", True),
    ("للاختطاف الذي تعرض له الطلاب في ولاية زمفرا", "vac-abduction", "Abduction/forced disappearance", True),
    ("خطف النجم الأضواء في حفل توزيع الجوائز", "vac-abduction", None, False),
    ("خطف الفريق الفوز في الدقائق الأخيرة من المباراة", "vac-abduction", None, False),
    ("وثقت المنظمة حالات إخفاء قسري في دارفور", "vac-forced-disappearance", "Abduction/forced disappearance", True),
    ("احتجز مسلحون رهائن مدنيين داخل المنازل", "vac-hostages", "Abduction/forced disappearance", True),
    ("التقى الوزير أسر الشهداء في الذكرى السنوية", "vac-hostages", None, False),
    ("قتلت طفلة وأصيب ثلاثة من أفراد أسرتها بقذيفة سقطت على منزلهم", "vac-hostages", None, False),
    ("فرت عشرات الأسر من القرية بعد هجوم المسلحين", "vac-hostages", None, False),
    ("شارك في المسيرة العشرات وأغلبهم من أسر عمال المناجم الذين قتلوا", "vac-hostages", None, False),
    ("هاجم شبان غاضبون عمالا سوريين في أطراف البلدة وأصابوا اثنين منهم", "battles-attack", "Mob violence", True),
    ("أسر مسلحون ثلاثة رعاة من أهالي القرية واقتادوهم إلى جهة مجهولة", "vac-hostages",
     "Abduction/forced disappearance", True),
    ("رصد التقرير عشرات حالات اغتصاب في الجنينة", "vac-rape", "Sexual violence", True),
    ("تعرضت نساء للعنف الجنسي على أيدي مسلحين", "vac-sexual-violence", "Sexual violence", True),
    ("اعتدى عناصر الميليشيا جنسيا على فتيات في المخيم", "vac-assault", "Sexual violence", True),
    # --- Protests
    ("نظم المئات وقفة احتجاجية أمام مقر الولاية في الخرطوم", "protests-sit-in", "Peaceful protest", True),
    ("تظاهر العشرات في ساحة التحرير للمطالبة بفرص عمل", "protests-demonstration", "Peaceful protest", True),
    ("خرجت تظاهرات في عدة مدن ليبية", "protests-demonstration", "Peaceful protest", True),
    ("احتج سكان الحي على انقطاع الكهرباء بقطع الطريق", "protests-protest", "Peaceful protest", True),
    ("دخل المعتصمون يومهم العاشر أمام وزارة النفط", "protests-sit-in", "Peaceful protest", True),
    ("نفذ المعلمون إضرابا شاملا للمطالبة برفع الأجور", "protests-strike", "Peaceful protest", True),
    ("أطلقت قوات الأمن الغاز المسيل للدموع لتفريق المتظاهرين", "protests-tear-gas", "Protest with intervention", True),
    # a diplomatic protest is a note, not a demonstration
    ("استدعت الوزارة القائم بأعمال السفارة وأبلغته احتجاجا شديد اللهجة", "protests-protest", None, False),
    ("وجه الوزير خطابا إلى مجلس الأمن احتجت فيه بلاده على الإجراءات", "protests-protest", None, False),
    # riot police are named after riots: their water cannon on a sit-in is still an intervention, not a riot
    ("فرقت قوات مكافحة الشغب تظاهرة المحاضرين مستخدمة خراطيم المياه", "protests-tear-gas",
     "Protest with intervention", True),
    ("يرددون هتافات معادية قبل أن يقوموا بتحطيم واجهات المحلات", "riots-smashing", "Mob violence", True),
    ("فضت قوات الأمن الاعتصام بالقوة", "protests-dispersal", "Protest with intervention", True),
    ("فض الاعتصام أسفر عن مقتل ثلاثة محتجين", "protests-dispersal", "Excessive force against protesters", True),
    ("استخدمت الشرطة الرصاص الحي ضد المتظاهرين ما أدى إلى مقتل شاب", "protests-live-ammunition",
     "Excessive force against protesters", True),
    ("أطلقت قوات الأمن النار على المتظاهرين في أم درمان", "protests-fire-on-protesters",
     "Excessive force against protesters", True),
    ("أكدت لجنة الأطباء مقتل متظاهرين اثنين في موكب الخميس", "protests-protesters-killed",
     "Excessive force against protesters", True),
    ("سلمت الخارجية مذكرة احتجاج رسمية إلى السفير", "protests-protest", None, False),
    ("احتج المدرب على قرار الحكم في المباراة", "protests-protest", None, False),
    ("تنطلق تظاهرة ثقافية كبرى في الرباط بمشاركة دور النشر", "protests-demonstration", None, False),
    # --- Riots
    ("اندلعت أعمال شغب في حي باب التبانة بطرابلس", "riots-riot", "Violent demonstration", True),
    ("رشق محتجون قوات الأمن بالحجارة والزجاجات الحارقة", "riots-stone-throwing", "Violent demonstration", True),
    ("أحرق شبان غاضبون الإطارات وقطعوا الطرق احتجاجا على الغلاء", "riots-tyres-blocking", "Violent demonstration", True),
    ("سحل حشد غاضب متهما بالسرقة في سوق سبها", "riots-lynching", "Mob violence", True),
    ("أقدم حشد غاضب على إحراق مركز الشرطة بعد مقتل شاب", "riots-mob", "Mob violence", True),
    ("أسفرت مشاجرة جماعية بالعصي عن مقتل شخصين في قرية بالصعيد", "riots-brawl", "Mob violence", True),
    ("اندلعت اشتباكات قبلية بالأسلحة الرشاشة في ولاية جونقلي", "riots-brawl", "Armed clash", True),
    ("وتبادل الطرفان الاتهامات ورشق بالاتهامات في البرلمان", "riots-stone-throwing", None, False),
    # --- Strategic developments
    ("أعلنت الأطراف المتحاربة هدنة إنسانية لمدة 72 ساعة", "strategic-ceasefire", "Agreement", True),
    ("دخل اتفاق وقف إطلاق النار حيز التنفيذ في غزة", "strategic-ceasefire", "Agreement", True),
    ("رصد المرصد خرق وقف إطلاق النار في ريف حماة", "strategic-ceasefire", None, False),
    ("أكد رئيس الحكومة أن لبنان ملتزم بوقف إطلاق النار", "strategic-ceasefire", None, False),
    ("قصفت المدفعية أطراف البلدة رغم وقف إطلاق النار", "strategic-ceasefire", None, False),
    ("أنجزت الحكومة والحوثيون صفقة تبادل أسرى برعاية الصليب الأحمر", "strategic-prisoner-exchange", "Agreement", True),
    ("وقع الجيش والفصائل المسلحة اتفاق سلام في جوبا", "strategic-agreement", "Agreement", True),
    ("وقعت مصر اتفاقية تجارية مع الاتحاد الأوروبي", "strategic-agreement", None, False),
    ("اعتقلت القوات الأمنية خمسة مطلوبين في الموصل", "strategic-arrest", "Arrests", True),
    ("ألقت الشرطة القبض على مشتبه به في تفجير السوق", "strategic-arrest", "Arrests", True),
    ("للاعتقالات التي طالت ناشطين في تونس", "strategic-arrest", "Arrests", True),
    ("أوقفت الشركة الإنتاج في المصنع بسبب الأزمة", "strategic-arrest-stop", None, False),
    ("أوقفت الشرطة ثلاثة أشخاص يشتبه في تورطهم بالهجوم", "strategic-arrest-stop", "Arrests", True),
    ("داهمت قوة أمنية منزل مطلوب واعتقلته", "strategic-raid", "Arrests", True),
    ("أطلقت وزارة الصحة حملة تطعيم في المدارس", "strategic-raid", None, False),
    ("انطلقت الحملة الانتخابية للمرشحين في الدائرة الأولى", "strategic-raid", None, False),
    ("أعلن قائد فصيل انشقاقه مع عشرين مقاتلا عن الجيش", "strategic-defection", "Change to group/activity", True),
    ("أعلنت الفصائل المسلحة اندماجها في جسم عسكري واحد", "strategic-merger-formation", "Change to group/activity", True),
    ("بايعت جماعة مسلحة في موزمبيق تنظيم داعش", "strategic-allegiance-leadership", "Change to group/activity", True),
    ("اعترضت الدفاعات الجوية السعودية طائرة مسيرة أطلقها الحوثيون", "strategic-interception",
     "Disrupted weapons use", True),
    ("أسقطت الدفاعات الجوية ثلاث مسيرات فوق مطار الخرطوم", "strategic-interception", "Disrupted weapons use", True),
    ("أعلن النائب اعتراضه على قانون الموازنة", "strategic-interception", None, False),
    ("أحبطت الأجهزة الأمنية مخططا لتفجير سيارة مفخخة", "strategic-foiled-plot", "Disrupted weapons use", True),
    ("ضبطت القوات مخزن أسلحة في بساتين ديالى", "strategic-weapons-seizure", "Disrupted weapons use", True),
    ("أنشأت القوات التركية قاعدة عسكرية جديدة قرب الباب", "strategic-base-established",
     "Headquarters or base established", True),
    ("اتخذ المسلحون من المدرسة مقرا عسكريا لهم", "strategic-headquarters", "Headquarters or base established", True),
    ("نهب مسلحون السوق الرئيسي في المدينة", "strategic-looting", "Looting/property destruction", True),
    ("أحرق مسلحون منازل في قرية كولوغوندو", "strategic-arson", "Looting/property destruction", True),
    ("أحرق المحتجون مقر الحزب الحاكم", "strategic-arson", "Violent demonstration", True),
    ("هدمت الجرافات منازل في القرية بحجة البناء", "strategic-demolition", "Looting/property destruction", True),
    ("انسحبت قوات الجيش من مواقعها في المدينة دون قتال", "strategic-withdrawal", "Non-violent transfer of territory", True),
    ("انسحب المرشح من الانتخابات الرئاسية", "strategic-withdrawal", None, False),
    ("تسلمت قوات الأمن المواقع في البلدة من المسلحين", "strategic-handover", "Non-violent transfer of territory", True),
    ("فرضت السلطات حظر التجوال في مدينة الجنينة", "strategic-curfew-emergency", "Other", True),
    ("أعلنت الحكومة حالة الطوارئ بسبب الفيضانات", "strategic-curfew-emergency", None, False),
    ("تواصل القوات عمليات تمشيط في الأحياء الجنوبية", "strategic-sweep", "Other", True),
    ("فرضت الميليشيا حصارا على المدينة ومنعت دخول الغذاء للمدنيين", "strategic-siege-recruitment", "Other", True),
    ("داعش يهدد بهجمات على مراكز احتجاز عناصره", "strategic-arrest", None, False),
    # army communiqués: "neutralised terrorists" is an engagement; eradicating terrorism, a result or a pledge is not
    ("قضت مفرزة للجيش الوطني الشعبي على إرهابيين اثنين", "battles-neutralised", "Armed clash", True),
    ("تمكنت مفرزة للجيش من القضاء على ثلاثة إرهابيين قرب الحدود", "battles-neutralised", "Armed clash", True),
    ("أكد الوزير أن القضاء على الإرهاب أولوية الحكومة", "battles-neutralised", None, False),
    ("نفذ الطيران ضربات أسفرت عن القضاء على عشرين إرهابيا", "battles-neutralised", None, False),
    ("توعد قائد الجيش بالقضاء على المسلحين في الجبال", "battles-neutralised", None, False),
    ("قضت المحكمة بسجن إرهابي عشرين عاما", "battles-neutralised", None, False),
    ("وقضت الوحدة على مسلح واسترجعت مسدسا رشاشا وكمية من الذخيرة في المنطقة", "battles-recapture", None, False),
    # strikes of an air force named near them
    ("نفذ سلاح الجو سلسلة ضربات على مواقع المسلحين قرب الحدود", "explosions-air-strikes", "Air/drone strike", True),
    ("وجهت الشرطة ضربات أمنية موجعة لشبكات التهريب", "explosions-air-strikes", None, False),
    # crowds: stones and smashing are mob violence, or a violent demonstration when there is a cause or police
    ("رشق المتجمهرون منازل عدد من الأهالي بالحجارة", "riots-stone-throwing", "Mob violence", True),
    ("رشق شبان قوات الأمن بالحجارة قرب الدوار", "riots-stone-throwing", "Violent demonstration", True),
    ("حطم مودعون غاضبون واجهة المصرف في شارع الحمرا", "riots-smashing", "Violent demonstration", True),
    ("حطم حشد من الغاضبين محلات في السوق", "riots-smashing", "Mob violence", True),
    ("حطم العداء الرقم القياسي في البطولة", "riots-smashing", None, False),
]


@pytest.mark.parametrize(("sentence", "entry_id", "sub_event_type", "active"), ROWS)
def test_find_triggers(lexicon, sentence, entry_id, sub_event_type, active):
    hits = [hit for hit in find_triggers(sentence, lexicon) if hit.entry_id == entry_id]
    active_hits = [hit for hit in hits if hit.active]
    if active:
        assert active_hits, (entry_id, find_triggers(sentence, lexicon))
        assert sub_event_type in active_hits[0].sub_event_types[:1], active_hits[0]
    else:
        assert not active_hits, active_hits


def test_a_blocked_hit_says_which_context_blocked_it(lexicon):
    (hit,) = [h for h in find_triggers("وقع اشتباك دبلوماسي بين البلدين", lexicon) if h.entry_id == "battles-clash"]
    assert hit.blocked and normalize("اشتباك دبلوماسي") in hit.blocked_by


def test_weak_trigger_without_support_is_inactive(lexicon):
    (hit,) = find_triggers("عاد الهجوم إلى الواجهة", lexicon)
    assert hit.strength == "weak" and not hit.supported and not hit.active


SEED_PHRASES = [
    # (phrase locating a seed sentence, trigger surface expected active in it)
    ("تستمر الاشتباكات بين التنظيم", "الاشتباكات"),
    ("بهجوم موسع وعنيف شنه", "بهجوم"),
    ("الذين تَمَّ اعتقالهم", "اعتقالهم"),
]


@pytest.mark.parametrize(("phrase", "surface"), SEED_PHRASES)
def test_seed_sentences_yield_their_triggers(lexicon, phrase, surface):
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not present on this machine")
    from marsad.lang.ar.sentences import split_sentences

    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    sentences = [s.text for text in texts for s in split_sentences(text) if phrase in s.text]
    assert sentences, phrase
    surfaces = {h.surface for h in find_triggers(sentences[0], lexicon) if h.active}
    assert any(surface.endswith(found) or found in surface for found in surfaces), surfaces
