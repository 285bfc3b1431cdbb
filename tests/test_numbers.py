"""Arabic quantities: digits, number words, dual nouns, vague words, and labels that are not quantities."""

from __future__ import annotations

import copy

import pytest
import yaml

from marsad.lang.ar.normalize import normalize_with_offsets
from marsad.text.numbers import (
    WordListInvalid,
    compile_number_words,
    find_numbers,
    load_number_words,
    parse_number,
    tokenize,
    validate_number_words,
)

PARSE_ROWS = [
    ("374", 374),
    ("٣٧٤", 374),
    ("۳۷۴", 374),
    ("5,000", 5000),
    ("5.000", 5000),
    ("1.250.000", 1250000),
    ("٥٬٠٠٠", 5000),
    ("1.5 مليون", 1500000),
    ("2.5 مليون", 2500000),
    ("الـ5 آلاف", 5000),
    ("5 آلاف", 5000),
    ("30 ألفاً", 30000),
    ("3 ملايين", 3000000),
    ("واحد", 1),
    ("ثلاث", 3),
    ("ثلاثة", 3),
    ("ثلاثون", 30),
    ("ثلاثين", 30),
    ("عشرة", 10),
    ("أحد عشر", 11),
    ("إحدى عشرة", 11),
    ("اثنا عشر", 12),
    ("اثني عشر", 12),
    ("خمسة عشر", 15),
    ("عشرين", 20),
    ("خمسة وعشرون", 25),
    ("أربعة وسبعين", 74),
    ("مائة", 100),
    ("مئة", 100),
    ("مائتين", 200),
    ("مئتي", 200),
    ("مئتان", 200),
    ("ثلاث مائة", 300),
    ("ثلاثمائة", 300),
    ("ثلاثمئة", 300),
    ("ثلاثمائة وأربعة وسبعين", 374),
    ("مائة وخمسة عشر", 115),
    ("ألف", 1000),
    ("ألفين", 2000),
    ("ألفان", 2000),
    ("خمسة آلاف", 5000),
    ("عشرة آلاف", 10000),
    ("ثلاثين ألفاً", 30000),
    ("خمسة عشر ألفا", 15000),
    ("مائة ألف", 100000),
    ("ألف وخمسمائة", 1500),
    ("مليون", 1000000),
    ("مليونين", 2000000),
    ("مليون ومائتي ألف", 1200000),
    ("الخمسة", 5),
    ("قتيلين", 2),
    ("جنديين", 2),
    ("شخصين", 2),
    ("امرأتين", 2),
    ("رهينتين", 2),
    ("مدنيان", 2),
    # not one exact quantity
    ("عشرات", None),
    ("المئات", None),
    ("عدد من", None),
    ("مدنيين", None),
    ("الخامس", None),
    ("القرار 2254", None),
    ("كوفيد-19", None),
    ("ثلاثة قتلى", None),
    ("", None),
]


@pytest.mark.parametrize(("words", "expected"), PARSE_ROWS)
def test_parse_number_reads_digits_and_words(words, expected):
    assert parse_number(words) == expected


# (text, [(surface, value, coded)]) for every count-like quantity (ordinals excluded from the list)
FIND_ROWS = [
    ("قتل 374 عنصراً في المعارك", [("374", 374, 374)]),
    ("أصيب ٢٣ شخصاً في ريف درعا", [("٢٣", 23, 23)]),
    ("نزح نحو 5,000 شخص من المخيم", [("5,000", 5000, 5000)]),
    ("فرّ 5.000 معتقل", [("5.000", 5000, 5000)]),
    ("نزوح 1.5 مليون يمني منذ بداية الحرب", [("1.5 مليون", 1500000, 1500000)]),
    ("تهريب العناصر الـ5 آلاف من السجن", [("الـ5 آلاف", 5000, 5000)]),
    ("قُتل ثلاثمائة وأربعة وسبعون مسلحاً", [("ثلاثمائة وأربعة وسبعون", 374, 374)]),
    ("أُفرج عن مئتي معتقل", [("مئتي", 200, 200)]),
    ("سقط ثلاثون قتيلاً وأحد عشر جريحاً", [("ثلاثون", 30, 30), ("أحد عشر", 11, 11)]),
    ("قُتل ثلاثة جنود وأصيب خمسة آخرون", [("ثلاثة", 3, 3), ("خمسة", 5, 5)]),
    ("نزوح ثلاثين ألفاً من سكان المدينة", [("ثلاثين ألفاً", 30000, 30000)]),
    ("قتل أحد الجنود برصاص قناص", [("أحد", 1, 1)]),
    ("وعشرة مدنيين", [("عشرة", 10, 10)]),
    ("أسفر الانفجار عن قتيلين وثلاثة جرحى", [("قتيلين", 2, 2), ("ثلاثة", 3, 3)]),
    ("أصيب جنديان في الانفجار", [("جنديان", 2, 2)]),
    ("اعتقال شخصين في الموصل", [("شخصين", 2, 2)]),
    ("خطف المسلحون امرأتين من القرية", [("امرأتين", 2, 2)]),
    ("سقط قتيل واحد في الاشتباك", [("قتيل واحد", 1, 1)]),
    ("أسفر الحادث عن مقتل شخص في حي الشعار", [("شخص", 1, 1)]),
    ("مقتل طفل وامرأة بقصف على إدلب", [("طفل", 1, 1), ("امرأة", 1, 1)]),
    ("إصابة جندي تركي بانفجار لغم", [("جندي", 1, 1)]),
    ("مقتل جنديين ومدني في الهجوم", [("جنديين", 2, 2), ("مدني", 1, 1)]),
    # issue #3/#4: duals the lexicon does not list count two after an event word when the vowels (-َين) or a
    # confirming اثنين say so; the unmarked -ين form is also the plural and stays no count
    ("أسفر القصف عن مقتل بائعَين في السوق", [("بائعَين", 2, 2)]),
    ("أعلن الجيش مقتل إرهابيين اثنين قرب الحدود", [("إرهابيين اثنين", 2, 2)]),
    ("استشهد منتسبان في الدفاع المدني", [("منتسبان", 2, 2)]),
    ("قتل الجيش مسلحِين في الجبل", []),
    ("مقتل سليمان في حادث سير", []),
    # a listed noun may follow words that qualify the one before it (a rank, an adjective, a genitive)
    ("قُتل ضابط برتبة ملازم وجندي في الهجوم", [("ضابط", 1, 1), ("جندي", 1, 1)]),
    ("قُتل جندي في الكمين وعنصر من الشرطة", [("جندي", 1, 1)]),
    ("هاجم مسلحون الحاجز ما أدى إلى مقتل أحدهم", [("أحدهم", 1, 1)]),
    ("قتل عشرات المدنيين", [("عشرات", None, 12)]),
    ("سقط العشرات بين قتيل وجريح", [("العشرات", None, 12)]),
    ("تضرر مئات المنازل", [("مئات", None, 100)]),
    ("احتجز المسلحون المئات من الرهائن", [("المئات", None, 100)]),
    ("فر آلاف السكان", [("آلاف", None, 1000)]),
    ("يؤوي المخيم عشرات الآلاف من النازحين", [("عشرات الآلاف", None, 10000)]),
    ("أصيب عدد من الأشخاص", [("عدد من", None, 3)]),
    ("اعتُقل عدة أشخاص في كركوك", [("عدة", None, 3)]),
    ("لقي بضعة جنود حتفهم", [("بضعة", None, 3)]),
    ("بعد بضع ساعات", [("بضع", None, 3)]),
    ("وصل ٣ آلاف لاجئ إلى الحدود", [("٣ آلاف", 3000, 3000)]),
    ("قتل 5000عنصر", [("5000", 5000, 5000)]),
    ("اتصلوا على الرقم 00963 939 114 037 للاستفسار", []),
    ("للتواصل 0944123456", []),
    ("الهاتف 0912 345 678", []),
    ("في 20/1/2022 قتل 4 مدنيين", [("4", 4, 4)]),
    ("مساء الخميس 20 / 1/ 2022", []),
    ("منذ عام 2019", []),
    ("في كانون الثاني 2022", []),
    ("يوم 20 يناير", []),
    ("العشرين من كانون الثاني", []),
    ("الخامس والعشرين من الشهر", []),
    ("قرار مجلس الأمن رقم 2254", []),
    ("القرار 2254", []),
    ("جائحة كوفيد-19", []),
    ("طائرات إف-16", []),
    ("الطريق الدولي M4", []),
    ("الفيلق الخامس", []),
    ("الفرقة 17 في الرقة", []),
    ("الساعة 10 صباحاً", []),
    ("يوم الاثنين والأحد", []),
    ("كانون الأول", []),
    ("القرن التاسع عشر", []),
]


@pytest.mark.parametrize(("text", "expected"), FIND_ROWS)
def test_find_numbers_reports_quantities_with_source_spans(text, expected):
    mentions = [m for m in find_numbers(text) if not m.ordinal]
    assert [(m.surface, m.value, m.coded) for m in mentions] == expected
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.surface


ORDINAL_ROWS = [
    ("العشرين من كانون الثاني", "العشرين", 20),
    ("في الحادي عشر من أيلول", "الحادي عشر", 11),
    ("الخامس والعشرين من الشهر", "الخامس والعشرين", 25),
    ("قوات الفيلق الخامس", "الخامس", 5),
]


@pytest.mark.parametrize(("text", "surface", "value"), ORDINAL_ROWS)
def test_find_numbers_flags_ordinals_and_never_codes_them(text, surface, value):
    ordinals = [m for m in find_numbers(text) if m.surface == surface]
    assert len(ordinals) == 1
    assert ordinals[0].ordinal and ordinals[0].value == value and ordinals[0].coded is None


VAGUE_ROWS = [
    ("عشرات", 12, 10, 99),
    ("العشرات", 12, 10, 99),
    ("مئات", 100, 100, 999),
    ("المئات", 100, 100, 999),
    ("آلاف", 1000, 1000, 9999),
    ("عشرات الآلاف", 10000, 10000, 99999),
    ("عدد من", 3, 2, 9),
    ("عدة", 3, 2, 9),
    ("بضعة", 3, 2, 9),
    ("بضع", 3, 2, 9),
]


@pytest.mark.parametrize(("phrase", "coded", "low", "high"), VAGUE_ROWS)
def test_vague_quantities_carry_acled_coded_values_and_bounds(phrase, coded, low, high):
    (mention,) = find_numbers(f"قتل {phrase} الأشخاص")
    assert mention.vague and mention.value is None
    assert (mention.coded, mention.low, mention.high) == (coded, low, high)


def test_dual_and_singular_count_nouns_name_their_noun():
    mentions = find_numbers("مقتل شخص وإصابة قتيلين")
    assert [(m.noun, m.value) for m in mentions] == [("شخص", 1), ("قتيل", 2)]


def test_singular_noun_without_event_word_is_not_a_count():
    assert find_numbers("كان شخص يقف في الشارع") == []


def test_offsets_survive_diacritics_and_tatweel():
    text = "قُتِلَ ثَلاثَـــةُ جنودٍ و ٤٠ مدنياً"
    mentions = find_numbers(text)
    assert [(m.surface, m.value) for m in mentions] == [("ثَلاثَـــةُ", 3), ("٤٠", 40)]


def test_tokens_of_text_normalised_beforehand_map_back_to_the_source_they_are_given():
    text = "قُتِلَ ثَلاثَـــةُ جنودٍ، و٤٠ مدنياً"
    tokens = tokenize(normalize_with_offsets(text), source=text)
    assert tokens.texts == ["قتل", "ثلاثه", "جنود", ",", "و", "40", "مدنيا"]
    # the span of a word ends after the marks normalising dropped from its end
    surfaces = [text[slice(*tokens.source_span(i, i + 1))] for i in (1, 2, 5, 6)]
    assert surfaces == ["ثَلاثَـــةُ", "جنودٍ", "٤٠", "مدنياً"]
    assert tokenize(text).texts == tokens.texts


# ---------------------------------------------------------------------------------------------------------
# the word list


def _shipped_data() -> dict:
    from importlib import resources

    return yaml.safe_load((resources.files("marsad.lang.ar.data") / "numbers.yaml").read_text(encoding="utf-8"))


def test_shipped_numbers_yaml_is_valid_and_versioned():
    data = _shipped_data()
    assert validate_number_words(data) == []
    assert load_number_words().version == data["version"] >= 1


def _broken(change) -> dict:
    data = copy.deepcopy(_shipped_data())
    change(data)
    return data


BROKEN_ROWS = [
    ("no version", lambda d: d.pop("version"), "version"),
    ("unit missing", lambda d: d["units"].pop(7), "units: 7 is missing"),
    ("unknown key", lambda d: d.update(extra=[]), "unknown key 'extra'"),
    ("empty word", lambda d: d["tens"][20].append(""), "is not a word"),
    ("two words in a unit", lambda d: d["units"][3].append("ثلاث مرات"), "single word"),
    ("coded outside bounds", lambda d: d["vague"][0].update(coded=5), "within [low, high]"),
    ("same word two values", lambda d: d["units"][4].append("خمسة"), "is both"),
    ("scale without plural", lambda d: d["scales"][1000].pop("plural"), "missing key 'plural'"),
    ("dual list not a list", lambda d: d["dual_nouns"].update(both_cases="قتيل"), "non-empty list"),
    ("no list breakers", lambda d: d["singular_one"].pop("list_breakers"), "missing key 'list_breakers'"),
]


@pytest.mark.parametrize(("case", "change", "problem"), BROKEN_ROWS, ids=[r[0] for r in BROKEN_ROWS])
def test_validator_names_each_problem(case, change, problem):
    problems = validate_number_words(_broken(change))
    assert any(problem in p for p in problems), problems


def test_loading_an_invalid_file_raises_a_typed_error(tmp_path):
    path = tmp_path / "numbers.yaml"
    path.write_text("version: 1\nunits: {}\n", encoding="utf-8")
    with pytest.raises(WordListInvalid, match="numbers.yaml"):
        load_number_words(path)


def test_a_user_word_list_extends_the_lexicon(tmp_path):
    data = _shipped_data()
    data["vague"].append({"phrases": ["عشرينات"], "coded": 20, "low": 20, "high": 99})
    words = compile_number_words(data)
    (mention,) = find_numbers("قتل عشرينات الأشخاص", words)
    assert mention.coded == 20
