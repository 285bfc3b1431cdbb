"""Validation of the blind held-out gold set (tests/gold_holdout/h2_*.json): format, evidence, taxonomy, dates,
places, actors and the promised mix. Deliberately no score floor: the set is scored only occasionally, by hand
(see tests/gold_holdout/README.md), so that nobody tunes on it.
"""
from __future__ import annotations

import copy
import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

from marsad.evaluate import load_gold

HOLDOUT = Path(__file__).resolve().parent / "gold_holdout"
SAMPLE = "h2_sy_busayrah_isis_checkpoint_wire"


def _load_builder():
    spec = importlib.util.spec_from_file_location("gold_holdout_builder", HOLDOUT / "_build_holdout.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


builder = _load_builder()


@pytest.fixture(scope="module")
def actor_eras():
    return builder.known_actor_eras()


def test_holdout_files_on_disk_are_valid_and_match_the_build_script():
    assert builder.check_directory() == []


def test_holdout_is_readable_by_marsad_eval():
    articles = load_gold(HOLDOUT)
    assert {article.id for article in articles} == set(builder.ARTICLES)


def test_holdout_has_the_promised_mix():
    articles = list(builder.ARTICLES.values())
    events = [e for a in articles for e in a["events"]]
    non_event = [a for a in articles if not a["events"]]
    countries = {e["country"] for e in events}
    types = {e["event_type"] for e in events if not e["optional"]}
    incidents = Counter(a["incident"] for a in articles if a["incident"])
    assert len(articles) >= 45
    assert len(non_event) >= 13
    assert len(countries) >= 20
    assert types == {"Battles", "Protests", "Riots", "Explosions/Remote violence", "Violence against civilians",
                     "Strategic developments"}
    assert sorted(incidents.values())[-2:] == [2, 3]  # one incident told by two outlets, one by three
    assert any(len(a["events"]) >= 3 for a in articles)
    assert any(e["date"] is None for e in events)
    assert any(a["published"] is None for a in articles)
    assert all(a["id"].startswith("h2_") for a in articles)


def test_holdout_article_lengths_are_realistic():
    lengths = {aid: len(a["text"].split()) for aid, a in builder.ARTICLES.items()}
    assert {aid: n for aid, n in lengths.items() if not 120 <= n <= 600} == {}


def test_holdout_incident_articles_share_event_type_and_day():
    by_incident: dict[str, set] = {}
    for article in builder.ARTICLES.values():
        if article["incident"]:
            main = article["events"][0]
            by_incident.setdefault(article["incident"], set()).add((main["event_type"], main["date"]))
    assert all(len(keys) == 1 for keys in by_incident.values()), by_incident


def _sample() -> dict:
    return copy.deepcopy(builder.ARTICLES[SAMPLE])


def _break_evidence(gold):
    gold["events"][0]["evidence"] = "اشتباك عنيف استمر ثلاث ساعات في مدينة الميادين"


def _break_taxonomy(gold):
    gold["events"][0]["sub_event_type"] = "Suicide bomb"


def _break_date(gold):
    gold["events"][0]["date"] = "14/03/2025"


def _date_after_publication(gold):
    gold["events"][0]["date"] = "2025-03-20"


def _swap_coordinates(gold):
    event = gold["events"][0]
    event["lat"], event["lon"] = event["lon"], event["lat"]


def _wrong_country(gold):
    gold["events"][0]["country"] = "Lebanon"


def _unknown_actor(gold):
    gold["events"][0]["actor2"] = "Free Euphrates Brigades"


def _actor_outside_era(gold):
    gold["events"][0]["actor2"] = "Military Forces of Syria (2000-2024)"


def _incident_without_events(gold):
    gold["events"] = []


def _string_fatalities(gold):
    gold["events"][0]["fatalities"] = "5"


@pytest.mark.parametrize(("mutate", "expected"), [
    (_break_evidence, "evidence not verbatim"),
    (_break_taxonomy, "not in the taxonomy"),
    (_break_date, "bad date"),
    (_date_after_publication, "after publication"),
    (_swap_coordinates, "lies outside Syria"),
    (_wrong_country, "lies outside Lebanon"),
    (_unknown_actor, "neither a lexicon name nor in ALLOWED_ACTORS"),
    (_actor_outside_era, "outside its era"),
    (_incident_without_events, "incident must be null"),
    (_string_fatalities, "bad fatalities"),
])
def test_validator_reports_each_kind_of_mistake(mutate, expected, actor_eras):
    gold = _sample()
    assert builder.validate(gold, f"{SAMPLE}.json", actor_eras) == []
    mutate(gold)
    problems = builder.validate(gold, f"{SAMPLE}.json", actor_eras)
    assert any(expected in problem for problem in problems), problems


def test_check_directory_flags_a_stray_file(tmp_path):
    gold = _sample()
    gold["id"] = "h2_sy_stray"
    (tmp_path / "h2_sy_stray.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    problems = builder.check_directory(tmp_path)
    assert any("files on disk vs. defined articles differ" in p for p in problems)
