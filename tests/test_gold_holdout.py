"""Validation of the blind held-out gold set (tests/gold_holdout/h2_*.json): format, evidence, taxonomy, dates,
places, actors and the promised mix; the validator itself is tested in test_gold_blind_validation.py. Deliberately
no score floor: the set is scored only occasionally, by hand (see tests/gold_holdout/README.md), so that nobody
tunes on it.
"""
from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

from marsad.evaluate import load_gold

HOLDOUT = Path(__file__).resolve().parent / "gold_holdout"


def _load_builder():
    spec = importlib.util.spec_from_file_location("gold_holdout_builder", HOLDOUT / "_build_holdout.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


builder = _load_builder()


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
