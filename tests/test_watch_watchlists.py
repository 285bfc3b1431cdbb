"""Watchlist conditions over coded events, one row per case."""

from __future__ import annotations

import pytest

from marsad.errors import UsageError
from marsad.watch import match, parse_watchlist
from marsad.watch.watchlists import haversine_km, load_watchlists

EVENT = {
    "id": "ev-1", "event_type": "Violence against civilians", "sub_event_type": "Attack", "event_date": "2024-05-07",
    "actor1": "Military Forces of Syria (2024-)", "actor2": "Civilians (Syria)", "country": "Syria",
    "admin1": "Aleppo", "admin2": "Jebel Saman", "location": "Aleppo", "latitude": 36.2021, "longitude": 37.1343,
    "place_kind": "prison", "fatalities": 3, "sources": 2,
    "evidence_text": "قُتل ثلاثة معتقلين داخل سجن حلب المركزي بعد اقتحامه", "conflicts": [],
}

CASES = [
    # (conditions, matched)
    ({"event_types": ["Violence against civilians"]}, True),
    ({"event_types": ["Battles"]}, False),
    ({"sub_event_types": ["attack"]}, True),
    ({"actors": ["Military Forces of Syria"]}, True),
    ({"actors": ["Hay'at Tahrir al-Sham"]}, False),
    ({"countries": ["Syria", "Iraq"]}, True),
    ({"countries": ["Yemen"]}, False),
    ({"admin1": ["Aleppo"], "admin2": ["Jebel Saman"]}, True),
    ({"locations": ["Idlib"]}, False),
    ({"near": {"latitude": 36.20, "longitude": 37.15, "radius_km": 5}}, True),
    ({"near": {"latitude": 35.93, "longitude": 36.63, "radius_km": 20}}, False),  # Idlib, ~55 km away
    ({"place_kinds": ["prison", "camp"]}, True),
    ({"place_kinds": ["checkpoint"]}, False),
    ({"keywords": ["السجن"]}, True),  # normalised: hamza/diacritics folded, prefix ال allowed
    ({"keywords": ["معتقل"]}, True),
    ({"keywords": ["اقتحام"]}, True),
    ({"keywords": ["مخيم"]}, False),
    ({"keywords": ["prison"]}, False),  # English keyword, Arabic evidence
    ({"min_fatalities": 3}, True),
    ({"min_fatalities": 4}, False),
    ({"min_sources": 2}, True),
    ({"min_sources": 3}, False),
    ({"countries": ["Syria"], "place_kinds": ["prison"], "min_fatalities": 1}, True),
    ({"countries": ["Syria"], "place_kinds": ["camp"], "min_fatalities": 1}, False),
]


@pytest.mark.parametrize(("conditions", "expected"), CASES)
def test_watchlist_condition(conditions, expected):
    watchlist = parse_watchlist({"name": "w", "severity": "high", **conditions})
    result = match(watchlist, EVENT)
    assert bool(result) is expected
    assert result.reason  # a matched event says why; an unmatched one says which condition failed


def test_match_reason_names_the_conditions_that_held():
    watchlist = parse_watchlist({"name": "w", "place_kinds": ["prison"], "keywords": ["سجن"], "min_fatalities": 1})
    result = match(watchlist, EVENT)
    assert "place kind prison" in result.reason and "keyword سجن" in result.reason and "fatalities 3" in result.reason


def test_english_keyword_matches_whole_words_only():
    event = {**EVENT, "evidence_text": "Shelling hit the prisoners' wing; no prison guard was hurt"}
    assert match(parse_watchlist({"name": "w", "keywords": ["prison"]}), event)
    assert not match(parse_watchlist({"name": "w", "keywords": ["shell"]}), event)


def test_event_without_coordinates_does_not_match_a_radius():
    watchlist = parse_watchlist({"name": "w", "near": {"latitude": 36.2, "longitude": 37.1, "radius_km": 50}})
    result = match(watchlist, {**EVENT, "latitude": None, "longitude": None})
    assert not result and "coordinates" in result.reason


def test_haversine_aleppo_to_damascus_is_about_310_km():
    assert 300 < haversine_km(36.2021, 37.1343, 33.5138, 36.2765) < 320


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"severity": "high", "countries": ["Syria"]}, "watchlist.name: missing"),
        ({"name": "w", "severity": "urgent", "countries": ["Syria"]}, "watchlist.severity: 'urgent' is not one of"),
        ({"name": "w"}, "watchlist: no condition"),
        ({"name": "w", "countrys": ["Syria"]}, "watchlist.countrys: unknown key"),
        ({"name": "w", "min_fatalities": -1}, "watchlist.min_fatalities: must be a whole number"),
        ({"name": "w", "near": {"latitude": 95, "longitude": 0, "radius_km": 5}}, "watchlist.near.latitude"),
        ({"name": "w", "keywords": []}, "watchlist.keywords: must be a non-empty list"),
    ],
)
def test_invalid_watchlist_names_the_key(data, message):
    with pytest.raises(UsageError) as caught:
        parse_watchlist(data)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_load_watchlists_reads_a_yaml_file(tmp_path):
    path = tmp_path / "desk.yaml"
    path.write_text("watchlists:\n  - name: camps\n    severity: critical\n    place_kinds: [camp]\n"
                    "    keywords: [مخيم]\n", encoding="utf-8")
    [watchlist] = load_watchlists(path)
    assert watchlist.name == "camps" and watchlist.severity == "critical" and watchlist.keywords == ("مخيم",)
