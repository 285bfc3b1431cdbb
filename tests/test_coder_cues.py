"""The event coder's cue lists (data/coder_cues.yaml): the shipped file validates, broken files are named precisely,
and the moved lists still do their job on Arabic phrases.

Every phrase here was written for this test (not taken from any corpus).
"""

from __future__ import annotations

import copy
import re
from importlib import resources

import pytest

from marsad.datafile import load_yaml
from marsad.events.coder import (_CUE_TEMPLATES, CoderCuesError, _any_of, _coder_cues, compile_coder_cues,
                                 validate_coder_cues)
from marsad.lang.ar.normalize import normalize


def shipped() -> dict:
    return load_yaml(resources.files("marsad").joinpath("data", "coder_cues.yaml").read_text("utf-8"))


def test_the_shipped_cue_file_validates_and_compiles_one_pattern_per_entry():
    assert validate_coder_cues(shipped()) == []
    assert set(_coder_cues()) == set(_CUE_TEMPLATES)


def _drop(path: tuple[str, ...]):
    def mutate(data: dict) -> None:
        node = data
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]
    return mutate


def _set(path: tuple[str, ...], value):
    def mutate(data: dict) -> None:
        node = data
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return mutate


def _append(path: tuple[str, ...], value):
    def mutate(data: dict) -> None:
        node = data
        for key in path:
            node = node[key]
        node.append(value)
    return mutate


BROKEN_ROWS = [
    ("missing list", _drop(("cues", "priced", "currencies")), "cues.priced.currencies: missing list"),
    ("empty list", _set(("cues", "habitual", "forms"), []), "cues.habitual.forms: must be a non-empty list of forms"),
    ("non-string item", _append(("cues", "since_or_after", "forms"), 7),
     "cues.since_or_after.forms: 7 is not a string (quote it)"),
    ("unknown list key", _set(("cues", "priced", "currency"), ["دولار"]),
     "cues.priced.currency: unknown key, the pattern reads currencies, magnitudes"),
    ("unknown entry", _set(("cues", "priced_deal"), {"why": "x", "forms": ["صفقه"]}),
     "cues.priced_deal: unknown entry, no pattern of the coder reads it"),
    ("unknown top-level key", _set(("lists",), {}), "unknown key 'lists': the file holds only 'version' and 'cues'"),
    ("version as a string", _set(("version",), "1"), "version must be an integer"),
    ("version as a boolean", _set(("version",), True), "version must be an integer"),
    ("missing entry", _drop(("cues", "repelled")), "cues.repelled: missing entry (the coder needs its lists)"),
    ("empty why", _set(("cues", "dispersal", "why"), " "), "cues.dispersal: say why in 'why'"),
    ("spelling normalised text never has", _append(("cues", "report_date_before", "forms"), "مؤتمر صحفي"),
     "cues.report_date_before.forms: write 'مؤتمر صحفي' as normalised text spells it (موتمر صحفي), or it never matches"),
    ("regex fragment", _append(("cues", "report_date_before", "forms"), r"اذاع\S*"),
     "cues.report_date_before.forms: 'اذاع\\\\S*' must be Arabic words with single spaces, optionally ending in *"),
    ("form listed twice", _append(("cues", "since_or_after", "forms"), "منذ"),
     "cues.since_or_after.forms: listed twice: منذ"),
]


@pytest.mark.parametrize("mutate, message", [row[1:] for row in BROKEN_ROWS], ids=[row[0] for row in BROKEN_ROWS])
def test_validator_names_the_one_problem_of_a_broken_cue_file(mutate, message):
    data = copy.deepcopy(shipped())
    mutate(data)
    assert validate_coder_cues(data) == [message]


def test_a_broken_cue_file_raises_a_typed_one_line_error_that_says_what_to_do():
    data = copy.deepcopy(shipped())
    del data["cues"]["priced"]["currencies"]
    data["version"] = "one"
    with pytest.raises(CoderCuesError) as raised:
        compile_coder_cues(data)
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith("coder_cues.yaml: version must be an integer (and 1 more); fix the file")
    assert "validate_coder_cues" in message


def test_a_file_that_is_not_a_mapping_is_named():
    assert validate_coder_cues(["version", 1]) == ["the file must be a mapping with 'version' and 'cues'"]


@pytest.mark.parametrize("forms, text, matches", [
    (["اعلن*", "بيان"], "اعلنت", True),  # a * form takes the rest of the word
    (["اعلن*", "بيان"], "بيانات", False),  # a whole form does not
    (["الغاز المسيل", "الغاز"], "الغاز المسيل", True),  # the longest form wins
])
def test_a_cue_list_compiles_to_an_alternation_of_whole_and_open_forms(forms, text, matches):
    assert bool(re.fullmatch(_any_of(forms), text)) is matches


# (entry, the text the coder hands the pattern, does it match); a "_before" pattern reads the text that ends right
# before the figure, date, place or actor it judges
PHRASE_ROWS = [
    # a priced agreement is a contract, not a truce
    ("priced", "وقعت وزارة الدفاع اتفاقا بقيمة 40 مليون دولار لتوريد عربات مدرعة", True),
    ("priced", "وقعت الأطراف اتفاقا لتبادل الأسرى بوساطة شيوخ العشائر", False),
    # what usually happens is background, not an incident
    ("habitual", "وتشهد الطرق الجبلية في المحافظة عمليات خطف بين الحين والآخر", True),
    ("habitual", "ويسقط في المخيم قتلى وجرحى كل أسبوع بسبب الاقتتال", True),
    ("habitual", "وشهدت البلدة مساء الخميس اشتباكات عنيفة بين مسلحين", False),
    # a truce proposed or refused is not concluded
    ("proposal_or_refusal", "ورفضت الحركة مقترح الهدنة الذي حمله الوسطاء", True),
    ("proposal_or_refusal", "ووقع الطرفان اتفاق الهدنة في مقر البعثة الأممية", False),
    # an overall toll
    ("final_toll_before", "لتبلغ الحصيلة النهائية للاشتباكات", True),
    ("final_toll_before", "وأصيب في الاشتباكات", False),
    # a death told without a count, and a sentence telling nobody died
    ("death_word", "واستشهد سائق الحافلة متأثرا بجروحه بعد ساعات", True),
    ("death_word", "وتضررت واجهات المحال التجارية المجاورة", False),
    ("no_casualties", "وسقطت القذيفة في أرض زراعية دون تسجيل إصابات بين المزارعين", True),
    ("no_casualties", "وأسفر القصف عن إصابة ثلاثة مدنيين بجروح", False),
    # where the wounded were taken is not where it happened
    ("source_or_destination", "ونقل الجرحى على عجل إلى", True),
    ("source_or_destination", "وسقطت قذيفة هاون على سوق شعبي في", False),
    # the cause a march stands with is not where it marched
    ("cause_before", "شارك المئات في مسيرة تضامنية مع", True),
    ("cause_before", "شارك المئات في مسيرة جابت الشوارع الرئيسية في", False),
    # the day a statement came out is not the day of the event
    ("report_date_before", "وقالت قيادة الشرطة في بيان صدر", True),
    ("report_date_before", "وقعت الاشتباكات قرب السوق القديم", False),
    # the state side repelled the attack
    ("repelled", "وتصدت وحدات الجيش لهجوم شنه مسلحون على الحاجز", True),
    # a unit that "managed to" act is the agent; one that was attacked is not
    ("agent_before", "وإثر عملية بحث وتمشيط تمكنت مفرزه ", True),
    ("agent_before", "هاجم مسلحون مفرزه ", False),
    # a place name followed by these words is an outlet's name
    ("outlet_after", " نيوز | حوادث", True),
    ("outlet_after", " اليوم الخميس", False),
    ("repelled", "وشن مسلحون هجوما على الحاجز الأمني", False),
    # a figure a party claims is not the conservative count
    ("claimed_before", "وزعمت الحركة في بيانها", True),
    ("claimed_before", "وأكدت مصادر طبية مقتل", False),
]


@pytest.mark.parametrize("entry, text, matches", PHRASE_ROWS)
def test_moved_cue_lists_still_do_their_job(entry, text, matches):
    assert bool(_coder_cues()[entry].search(normalize(text))) is matches


@pytest.mark.parametrize("text, clans", [
    ("اندلع نزاع مسلح بين عشيرتين في ريف المحافظة", True),
    ("تجددت الاشتباكات بين فصيلين مسلحين عند مدخل البلدة", False),
])
def test_fighting_between_two_unnamed_groups_tells_clans_from_armed_groups(text, clans):
    pair = _coder_cues()["between_two_groups"].search(normalize(text))
    assert pair is not None and bool(pair.group("clan")) is clans
