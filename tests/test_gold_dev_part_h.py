"""Validation of dev part H (tests/gold_dev/h_*.json, the retired first held-out set): format, evidence, taxonomy,
dates, places, actors; the validator itself is tested in test_gold_blind_validation.py. Its scores count in the dev
gate (tests/test_eval_gate.py) like every other dev part.
"""
from __future__ import annotations

import copy
import importlib.util
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


def test_validator_accepts_allow_listed_acled_style_actor(actor_eras):
    gold = copy.deepcopy(builder.ARTICLES["h_ss_jonglei_bor_cattle_raid"])
    assert gold["events"][0]["actor1"] in builder.ALLOWED_ACTORS
    assert builder.validate(gold, "h_ss_jonglei_bor_cattle_raid.json", actor_eras) == []
