"""Validation of the blind held-out gold set (tests/gold_holdout, third edition: h3e_*.json and h3w_*.json, written
by two authors in parallel): format, evidence, taxonomy, dates, places, actors and the promised mix; the validator
itself is tested in test_gold_blind_validation.py. Deliberately no score floor: the set is scored only occasionally,
by hand (see tests/gold_holdout/README.md), so that nobody tunes on it.
"""
from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

from marsad.evaluate import load_gold

HOLDOUT = Path(__file__).resolve().parent / "gold_holdout"
SCRIPTS = ("_build_east.py", "_build_west.py")


def _load_builder(script: str):
    spec = importlib.util.spec_from_file_location(f"gold_holdout_{Path(script).stem}", HOLDOUT / script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BUILDERS = {script: _load_builder(script) for script in SCRIPTS}
ARTICLES = {aid: article for builder in BUILDERS.values() for aid, article in builder.ARTICLES.items()}


@pytest.mark.parametrize("script", SCRIPTS)
def test_holdout_files_on_disk_are_valid_and_match_their_build_script(script):
    assert BUILDERS[script].check_directory() == []


def test_every_holdout_file_belongs_to_a_build_script():
    on_disk = {path.stem for path in HOLDOUT.glob("*.json")}
    assert on_disk == set(ARTICLES)


def test_holdout_is_readable_by_marsad_eval():
    articles = load_gold(HOLDOUT)
    assert {article.id for article in articles} == set(ARTICLES)


def test_holdout_has_the_promised_mix():
    articles = list(ARTICLES.values())
    events = [e for a in articles for e in a["events"]]
    non_event = [a for a in articles if not a["events"]]
    countries = {e["country"] for e in events}
    types = {e["event_type"] for e in events if not e["optional"]}
    incidents = Counter(a["incident"] for a in articles if a["incident"])
    assert len(articles) >= 45
    assert len(non_event) >= 14
    assert len(countries) >= 20
    assert types == {"Battles", "Protests", "Riots", "Explosions/Remote violence", "Violence against civilians",
                     "Strategic developments"}
    assert sorted(incidents.values())[-2:] == [2, 3]  # one incident told by two outlets, one by three
    assert sum(len(a["events"]) >= 3 for a in articles) >= 2
    assert any(e["date"] is None for e in events)
    assert any(a["published"] is None for a in articles)
    assert all(a["id"].startswith(("h3e_", "h3w_")) for a in articles)


def test_holdout_article_lengths_are_realistic():
    lengths = {aid: len(a["text"].split()) for aid, a in ARTICLES.items()}
    assert {aid: n for aid, n in lengths.items() if not 120 <= n <= 600} == {}


def test_holdout_incident_articles_share_event_type_and_day():
    by_incident: dict[str, set] = {}
    for article in ARTICLES.values():
        if article["incident"]:
            main = article["events"][0]
            by_incident.setdefault(article["incident"], set()).add((main["event_type"], main["date"]))
    assert all(len(keys) == 1 for keys in by_incident.values()), by_incident
