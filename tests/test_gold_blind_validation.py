"""The checks the blind-written gold parts share (gold_tools.BlindPart, used by the blind dev parts and the held-out
set): each kind of mistake in a record is reported, and a file the build script does not define is flagged."""
from __future__ import annotations

import copy
import importlib.util
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
# (build script, a record of its part with a dated, placed event in Syria)
BLIND_PARTS = [
    ("gold_dev/_build_h.py", "h_sy_daraa_jasim_ied_hijri"),
    ("gold_dev/_build_r.py", "r_sy_busayrah_isis_checkpoint_wire"),
    ("gold_holdout/_build_east.py", "h3e_01_syria_monitor_tally"),
]


def _load_builder(script: str):
    spec = importlib.util.spec_from_file_location(f"blind_builder_{Path(script).stem}", TESTS / script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BUILDERS = {script: _load_builder(script) for script, _ in BLIND_PARTS}


@pytest.fixture(scope="module")
def actor_eras():
    return next(iter(BUILDERS.values())).known_actor_eras()


# Each mistake changes a valid record and returns the words the validator must report.
def _break_evidence(gold, _eras):
    gold["events"][0]["evidence"] = "هذه الجملة غير موجودة في النص"
    return "evidence not verbatim"


def _break_taxonomy(gold, _eras):
    gold["events"][0]["sub_event_type"] = "Peaceful protest"
    return "not in the taxonomy"


def _break_date(gold, _eras):
    gold["events"][0]["date"] = "16/04/2022"
    return "bad date"


def _date_after_publication(gold, _eras):
    gold["events"][0]["date"] = (date.fromisoformat(gold["published"][:10]) + timedelta(days=2)).isoformat()
    return "after publication"


def _swap_coordinates(gold, _eras):
    event = gold["events"][0]
    event["lat"], event["lon"] = event["lon"], event["lat"]
    return f"lies outside {event['country']}"


def _wrong_country(gold, _eras):
    gold["events"][0]["country"] = "Lebanon"  # a neighbour whose box holds neither sample (Iraq's holds Busayrah)
    return "lies outside Lebanon"


def _unknown_actor(gold, _eras):
    gold["events"][0]["actor1"] = "Hawran Freedom Brigades"
    return "neither a lexicon name nor in ALLOWED_ACTORS"


def _actor_outside_era(gold, eras):
    day = date.fromisoformat(gold["events"][0]["date"])
    gold["events"][0]["actor2"] = next(name for name, era in sorted(eras.items(), key=lambda item: item[0])
                                       if name.startswith("Military Forces of Syria") and era is not None
                                       and not era.contains(day))
    return "outside its era"


def _incident_without_events(gold, _eras):
    gold["events"] = []
    return "incident must be null"


def _string_fatalities(gold, _eras):
    gold["events"][0]["fatalities"] = "2"
    return "bad fatalities"


MISTAKES = [_break_evidence, _break_taxonomy, _break_date, _date_after_publication, _swap_coordinates,
            _wrong_country, _unknown_actor, _actor_outside_era, _incident_without_events, _string_fatalities]


@pytest.mark.parametrize(("script", "sample"), BLIND_PARTS)
@pytest.mark.parametrize("mistake", MISTAKES, ids=lambda mistake: mistake.__name__.strip("_"))
def test_validator_reports_each_kind_of_mistake(script, sample, mistake, actor_eras):
    builder = BUILDERS[script]
    gold = copy.deepcopy(builder.ARTICLES[sample])
    assert gold["events"][0]["country"] == "Syria" and gold["events"][0]["event_type"] != "Protests"
    assert builder.validate(gold, f"{sample}.json", actor_eras) == []
    expected = mistake(gold, actor_eras)
    problems = builder.validate(gold, f"{sample}.json", actor_eras)
    assert any(expected in problem for problem in problems), problems


@pytest.mark.parametrize(("script", "sample"), BLIND_PARTS)
def test_check_directory_flags_a_stray_file(script, sample, tmp_path):
    builder = BUILDERS[script]
    gold = copy.deepcopy(builder.ARTICLES[sample])
    stray = sample.rsplit("_", 1)[0] + "_stray"
    gold["id"] = stray
    (tmp_path / f"{stray}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    problems = builder.check_directory(tmp_path)
    assert any("files on disk vs. defined articles differ" in p for p in problems)
