"""Validation of dev part H (tests/gold_dev/h_*.json, the retired first held-out set): format, evidence, taxonomy,
dates, places, actors. Its scores count in the dev gate (tests/test_eval_gate.py) like every other dev part.
"""
from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path

import pytest

from marsad.evaluate import load_gold

DEV = Path(__file__).resolve().parent / "gold_dev"


def _load_builder():
    spec = importlib.util.spec_from_file_location("gold_dev_part_h_builder", DEV / "_build_h.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


builder = _load_builder()


@pytest.fixture(scope="module")
def actor_eras():
    return builder.known_actor_eras()


def test_part_h_files_on_disk_are_valid_and_match_the_build_script():
    assert builder.check_directory() == []


def test_part_h_is_readable_by_marsad_eval():
    articles = load_gold(DEV)
    assert set(builder.ARTICLES) <= {article.id for article in articles}


def test_part_h_has_the_promised_mix():
    articles = list(builder.ARTICLES.values())
    non_event = [a for a in articles if not a["events"]]
    countries = {e["country"] for a in articles for e in a["events"]}
    types = {e["event_type"] for a in articles for e in a["events"] if not e["optional"]}
    incidents: dict[str, int] = {}
    for article in articles:
        if article["incident"]:
            incidents[article["incident"]] = incidents.get(article["incident"], 0) + 1
    assert len(articles) >= 40
    assert len(non_event) >= 10
    assert len(countries) >= 15
    assert types == {"Battles", "Protests", "Riots", "Explosions/Remote violence", "Violence against civilians"}
    assert max(incidents.values()) >= 3  # one incident covered by three outlets
    assert any(len(a["events"]) >= 3 for a in articles)
    assert any(e["date"] is None for a in articles for e in a["events"])


def _sample(article_id: str) -> dict:
    return copy.deepcopy(builder.ARTICLES[article_id])


def _break_evidence(gold):
    gold["events"][0]["evidence"] = "هذه الجملة غير موجودة في النص"


def _break_taxonomy(gold):
    gold["events"][0]["sub_event_type"] = "Peaceful protest"


def _break_date(gold):
    gold["events"][0]["date"] = "16/04/2022"


def _date_after_publication(gold):
    gold["events"][0]["date"] = "2022-04-18"


def _swap_coordinates(gold):
    event = gold["events"][0]
    event["lat"], event["lon"] = event["lon"], event["lat"]


def _wrong_country(gold):
    gold["events"][0]["country"] = "Iraq"


def _unknown_actor(gold):
    gold["events"][0]["actor1"] = "Hawran Freedom Brigades"


def _actor_outside_era(gold):
    gold["events"][0]["actor2"] = "Military Forces of Syria (2024-)"


def _incident_without_events(gold):
    gold["events"] = []


def _string_fatalities(gold):
    gold["events"][0]["fatalities"] = "2"


@pytest.mark.parametrize(("mutate", "expected"), [
    (_break_evidence, "evidence not verbatim"),
    (_break_taxonomy, "not in the taxonomy"),
    (_break_date, "bad date"),
    (_date_after_publication, "after publication"),
    (_swap_coordinates, "lies outside Syria"),
    (_wrong_country, "lies outside Iraq"),
    (_unknown_actor, "neither a lexicon name nor in ALLOWED_ACTORS"),
    (_actor_outside_era, "outside its era"),
    (_incident_without_events, "incident must be null"),
    (_string_fatalities, "bad fatalities"),
])
def test_validator_reports_each_kind_of_mistake(mutate, expected, actor_eras):
    gold = _sample("h_sy_daraa_jasim_ied_hijri")
    assert builder.validate(gold, "h_sy_daraa_jasim_ied_hijri.json", actor_eras) == []
    mutate(gold)
    problems = builder.validate(gold, "h_sy_daraa_jasim_ied_hijri.json", actor_eras)
    assert any(expected in problem for problem in problems), problems


def test_validator_accepts_allow_listed_acled_style_actor(actor_eras):
    gold = _sample("h_ss_jonglei_bor_cattle_raid")
    assert gold["events"][0]["actor1"] in builder.ALLOWED_ACTORS
    assert builder.validate(gold, "h_ss_jonglei_bor_cattle_raid.json", actor_eras) == []


def test_check_directory_flags_a_stray_file(tmp_path):
    gold = _sample("h_ye_taiz_mortar_child_hijri")
    gold["id"] = "h_ye_stray"
    (tmp_path / "h_ye_stray.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    problems = builder.check_directory(tmp_path)
    assert any("files on disk vs. defined articles differ" in p for p in problems)
