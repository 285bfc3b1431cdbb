"""Evaluation harness: gold loading, the README's matching rules, metric arithmetic, aliases, incidents, CI gate."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from marsad.errors import UsageError
from marsad.eval_gate import check_gate, read_baseline, update_baseline
from marsad.evaluate import (
    ActorAliases,
    GoldArticle,
    GoldEvent,
    corpus_sha256,
    date_gap_days,
    dates_compatible,
    default_actor_aliases,
    events_match,
    format_report,
    gold_event_to_mention,
    haversine_km,
    load_gold,
    load_taxonomy,
    match_events,
    run_evaluation,
    score,
    score_incidents,
)
from marsad.events.model import EventMention

GOLD_DEV = Path(__file__).resolve().parent / "gold_dev"
NO_ALIASES = ActorAliases()
KM_PER_DEGREE_LAT = 111.195  # on the mean-radius sphere

# ---------------------------------------------------------------------------------------------------- helpers


def gold_event(event_type="Battles", sub="Armed clash", date="2024-02-12", lat=35.0, lon=40.0, country="Syria",
               optional=False, **fields) -> GoldEvent:
    return GoldEvent(event_type=event_type, sub_event_type=sub, date=date, lat=lat, lon=lon, country=country,
                     optional=optional, **fields)


def mention(event_type="Battles", sub="Armed clash", date="2024-02-12", lat=35.0, lon=40.0, country="Syria",
            article_id="a", **fields) -> EventMention:
    return EventMention(article_id=article_id, event_type=event_type, sub_event_type=sub, event_date=date,
                        latitude=lat, longitude=lon, country=country, **fields)


def article(article_id="a", events=(), incident=None, text="نص") -> GoldArticle:
    return GoldArticle(id=article_id, text=text, events=tuple(events), incident=incident)


def north_of(lat: float, km: float) -> float:
    return lat + km / KM_PER_DEGREE_LAT


def record(article_id="x", events=None, **extra) -> dict:
    events = [{"event_type": "Battles", "sub_event_type": "Armed clash", "date": "2024-01-02", "actor1": "ISIS",
               "actor2": None, "country": "Syria", "lat": 35.0, "lon": 40.0, "fatalities": 3,
               "evidence": "اشتباك", "optional": False}] if events is None else events
    return {"id": article_id, "text": "نص الخبر", "incident": None, "events": events, **extra}


def write_json(path: Path, data) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------------------- taxonomy


def test_taxonomy_lists_sub_event_types_in_acled_precedence_order():
    taxonomy = load_taxonomy()
    assert list(taxonomy.sub_event_types) == ["Battles", "Protests", "Riots", "Explosions/Remote violence",
                                              "Violence against civilians", "Strategic developments"]
    assert taxonomy.sub_event_types["Battles"][0] == "Government regains territory"
    assert taxonomy.sub_event_types["Explosions/Remote violence"][:2] == ("Chemical weapon", "Air/drone strike")
    assert taxonomy.sub_event_types["Strategic developments"][-1] == "Other"


@pytest.mark.parametrize("event_type, sub, disorder", [
    ("Battles", "Armed clash", "Political violence"),
    ("Protests", "Peaceful protest", "Demonstrations"),
    ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
    ("Riots", "Violent demonstration", "Demonstrations"),
    ("Riots", "Mob violence", "Political violence"),
    ("Strategic developments", "Arrests", "Strategic developments"),
])
def test_taxonomy_gives_acled_disorder_type(event_type, sub, disorder):
    assert load_taxonomy().disorder_type(event_type, sub) == disorder


# ---------------------------------------------------------------------------------------------------- matching rules


@pytest.mark.parametrize("gold_date, predicted_date, compatible", [
    ("2024-02-12", "2024-02-12", True),
    ("2024-02-12", "2024-02-15", True),     # 3 days: the limit
    ("2024-02-12", "2024-02-09", True),
    ("2024-02-12", "2024-02-16", False),    # 4 days
    ("2024-02-28", "2024-03-02", True),     # across a month end (2024 is a leap year: 3 days)
    ("2024-02-12", None, True),             # null on either side is compatible
    (None, "2024-02-12", True),
    (None, None, True),
    ("2023-06", "2023-06-30", True),        # month precision: any day of the month
    ("2023-06", "2023-06-01", True),
    ("2023-06", "2023-07-03", True),        # ... and 3 days around it
    ("2023-06", "2023-05-29", True),
    ("2023-06", "2023-07-04", False),
    ("2023-06", "2023-05-28", False),
    ("2023-06-15", "2023-06", True),        # month on the predicted side works the same
    ("2023-06", "2023-07", True),           # adjacent months touch
    ("2023-06", "2023-08", False),
])
def test_dates_compatible_within_three_days_month_dates_spanning_their_month(gold_date, predicted_date,
                                                                              compatible):
    assert dates_compatible(gold_date, predicted_date) is compatible


@pytest.mark.parametrize("first, second, gap", [
    ("2024-02-12", "2024-02-12", 0), ("2024-02-12", "2024-02-20", 8), ("2023-06", "2023-06-10", 0),
    ("2023-06", "2023-07-05", 5), ("2024-02-12", None, None),
])
def test_date_gap_counts_days_between_spans(first, second, gap):
    assert date_gap_days(first, second) == gap


@pytest.mark.parametrize("bad", ["2024-13-01", "2024-02-30", "12/02/2024", "2024", "2024-2-1"])
def test_date_rules_reject_malformed_dates(bad):
    with pytest.raises(ValueError, match="YYYY-MM-DD or YYYY-MM"):
        dates_compatible(bad, "2024-02-12")


def test_haversine_one_degree_of_latitude_is_about_111_km():
    assert haversine_km(35.0, 40.0, 36.0, 40.0) == pytest.approx(KM_PER_DEGREE_LAT, abs=0.1)
    assert haversine_km(33.51, 36.29, 33.89, 35.50) == pytest.approx(84, abs=3)  # Damascus–Beirut


@pytest.mark.parametrize("description, gold, predicted, matches", [
    ("same place and date", gold_event(), mention(), True),
    ("49 km apart", gold_event(), mention(lat=north_of(35.0, 49)), True),
    ("51 km apart", gold_event(), mention(lat=north_of(35.0, 51)), False),
    ("51 km apart even if the countries agree", gold_event(), mention(lat=north_of(35.0, 51)), False),
    ("other event type", gold_event(), mention(event_type="Riots", sub="Mob violence"), False),
    ("no predicted coordinates, same country", gold_event(), mention(lat=None, lon=None), True),
    ("no gold coordinates, same country", gold_event(lat=None, lon=None), mention(), True),
    ("country compared without case", gold_event(lat=None, lon=None), mention(country="syria"), True),
    ("no coordinates, other country", gold_event(lat=None, lon=None), mention(country="Iraq"), False),
    ("no coordinates and no predicted country", gold_event(lat=None, lon=None),
     mention(lat=None, lon=None, country=None), False),
    ("coordinates decide even when countries differ", gold_event(), mention(country="Iraq"), True),
    ("dates 4 days apart", gold_event(), mention(date="2024-02-16"), False),
    ("gold date unknown", gold_event(date=None), mention(date="2030-01-01"), True),
    ("sub-event type does not matter", gold_event(), mention(sub="Government regains territory"), True),
])
def test_events_match_rule(description, gold, predicted, matches):
    assert events_match(gold, predicted) is matches, description


def test_matching_is_one_to_one_and_takes_the_closest_pair_first():
    gold = [gold_event(lat=35.0), gold_event(lat=north_of(35.0, 20))]
    predicted = [mention(lat=north_of(35.0, 18)), mention(lat=north_of(35.0, 1))]
    # prediction 0 is within 50 km of both gold events, but the closest pairs win: 0↔1 (2 km), then 1↔0 (1 km)
    assert match_events(gold, predicted) == [(0, 1), (1, 0)]


def test_two_predictions_for_one_gold_event_leave_one_unmatched():
    pairs = match_events([gold_event()], [mention(lat=north_of(35.0, 5)), mention()])
    assert pairs == [(0, 1)]


def test_matching_prefers_the_closer_date_at_the_same_place():
    gold = [gold_event(date="2024-02-12"), gold_event(date="2024-02-13"), gold_event(date="2024-02-14")]
    predicted = [mention(date="2024-02-14"), mention(date="2024-02-12")]
    assert match_events(gold, predicted) == [(0, 1), (2, 0)]


def test_matching_prefers_coordinates_over_a_country_only_fit():
    gold = [gold_event(lat=None, lon=None), gold_event(lat=35.0)]
    assert match_events(gold, [mention(lat=north_of(35.0, 30))]) == [(1, 0)]


def test_matching_breaks_ties_by_agreeing_actors():
    gold = [gold_event(actor1="ISIS", actor2="SDF"), gold_event(actor1="Hezbollah", actor2="ISIS")]
    predicted = [mention(actor1="Hezbollah", actor2="ISIS")]
    assert match_events(gold, predicted, NO_ALIASES) == [(1, 0)]
    assert match_events(gold, predicted) == [(0, 0)]  # without names, gold order decides


# ---------------------------------------------------------------------------------------------------- metrics


def test_precision_recall_f1_on_a_hand_made_example():
    gold = [
        article("a", [gold_event(lat=35.0), gold_event(lat=36.0), gold_event(lat=37.0)]),
        article("b", [gold_event(event_type="Riots", sub="Mob violence")]),
    ]
    predictions = {
        "a": [mention(lat=35.0), mention(lat=36.0), mention(lat=30.0)],  # 2 TP, 1 FP, 1 FN
        "b": [mention(event_type="Protests", sub="Peaceful protest")],   # 1 FP, 1 FN
    }
    report = score(gold, predictions, aliases=NO_ALIASES)
    assert (report.events.true_positives, report.events.false_positives, report.events.false_negatives) == (2, 2, 2)
    assert report.metrics["event_precision"] == pytest.approx(0.5)
    assert report.metrics["event_recall"] == pytest.approx(0.5)
    assert report.metrics["event_f1"] == pytest.approx(0.5)
    battles = report.per_event_type["Battles"]
    assert (battles.precision, battles.recall) == (pytest.approx(2 / 3), pytest.approx(2 / 3))
    assert report.per_event_type["Riots"].recall == 0 and report.per_event_type["Riots"].precision is None
    assert report.per_event_type["Protests"].precision == 0 and report.per_event_type["Protests"].recall is None


def test_f1_is_harmonic_mean_when_precision_and_recall_differ():
    gold = [article("a", [gold_event(lat=35.0), gold_event(lat=37.0)])]
    predictions = {"a": [mention(lat=35.0), mention(lat=30.0), mention(lat=31.0)]}
    metrics = score(gold, predictions, aliases=NO_ALIASES).metrics
    assert metrics["event_precision"] == pytest.approx(1 / 3)
    assert metrics["event_recall"] == pytest.approx(1 / 2)
    assert metrics["event_f1"] == pytest.approx(0.4)


def test_optional_gold_costs_no_recall_and_its_prediction_is_no_false_positive():
    gold = [article("a", [gold_event(lat=35.0), gold_event(lat=37.0, optional=True),
                          gold_event(lat=38.0, optional=True)])]
    report = score(gold, {"a": [mention(lat=35.0), mention(lat=37.0)]}, aliases=NO_ALIASES)
    assert (report.events.true_positives, report.events.false_positives, report.events.false_negatives) == (1, 0, 0)
    assert report.gold_events == 1 and report.optional_gold_events == 2
    assert report.attributes["sub_event_type"].scored == 1  # attributes only over non-optional pairs


def test_scores_with_no_predictions_at_all_are_zero_recall_and_unmeasured_precision():
    report = score([article("a", [gold_event()])], {}, aliases=NO_ALIASES)
    assert report.metrics["event_recall"] == 0
    assert report.metrics["event_precision"] is None
    assert report.metrics["event_f1"] == 0


def test_attribute_accuracies_on_matched_pairs():
    gold = [article("a", [
        gold_event(lat=35.0, actor1="ISIS", actor2=None, fatalities=None, date="2024-02-12"),
        gold_event(lat=37.0, actor1="SDF", actor2="ISIS", fatalities=4, date="2024-02-12", sub="Armed clash"),
        gold_event(lat=None, lon=None, fatalities=0, date=None),
    ])]
    predictions = {"a": [
        mention(lat=north_of(35.0, 15), actor1="ISIS", actor2=None, fatalities=None, date="2024-02-12"),
        mention(lat=37.0, actor1="ISIS", actor2="SDF", fatalities=5, date="2024-02-13",
                sub="Government regains territory"),
        mention(lat=36.0, fatalities=None, date=None),
    ]}
    report = score(gold, predictions, aliases=NO_ALIASES)
    assert report.events.true_positives == 3
    tallies = {name: (tally.correct, tally.scored) for name, tally in report.attributes.items()}
    assert tallies == {
        "sub_event_type": (2, 3),
        "actor1": (2, 3),           # None vs None counts right
        "actor2": (2, 3),           # actors swapped is wrong on both sides
        "location_10km": (1, 2),    # 15 km off: wrong at 10 km, right at 25 km; no gold coordinates: not scored
        "location_25km": (2, 2),
        "date_exact": (2, 3),       # null == null is exact
        "fatalities_exact": (1, 3),  # 0 (nobody died) is not null (not stated)
    }
    wrong = {error.fatalities: error.wrong_fields for error in report.errors if error.kind == "wrong_fields"}
    assert wrong == {4: ["sub_event_type", "actor1", "actor2", "date_exact", "fatalities_exact"],
                     0: ["fatalities_exact"], None: ["location_10km"]}


def test_article_level_shares():
    gold = [
        article("ev1", [gold_event()]), article("ev2", [gold_event()]),
        article("none1"), article("none2"), article("none3"),
        article("only_optional", [gold_event(optional=True)]),  # neither an event nor a non-event article
    ]
    predictions = {"ev1": [mention(lat=10.0)], "none1": [mention()], "only_optional": [mention(lat=0.0)]}
    report = score(gold, predictions, aliases=NO_ALIASES)
    assert (report.event_articles.correct, report.event_articles.scored) == (1, 2)
    assert (report.non_event_articles.correct, report.non_event_articles.scored) == (2, 3)
    assert report.metrics["event_article_recall"] == pytest.approx(0.5)
    assert report.metrics["non_event_article_specificity"] == pytest.approx(2 / 3)


def test_errors_list_missed_events_with_evidence_and_false_positives_with_their_article():
    gold = [article("a", [gold_event(lat=35.0, fatalities=2, evidence="قتل اثنان"),
                          gold_event(lat=37.0, fatalities=40, evidence="قتل أربعون")]),
            article("b")]
    report = score(gold, {"b": [mention(article_id="b", confidence=0.9)]}, aliases=NO_ALIASES)
    kinds = [(error.kind, error.article_id, error.evidence) for error in report.errors]
    assert kinds == [("missed", "a", "قتل أربعون"), ("missed", "a", "قتل اثنان"), ("false_positive", "b", None)]


def test_predictions_for_unknown_articles_are_reported_not_scored():
    report = score([article("a")], {"zzz": [mention()]}, aliases=NO_ALIASES)
    assert report.unscored_prediction_ids == ["zzz"]
    assert report.events.false_positives == 0
    assert "zzz" in format_report(report)


def test_score_rejects_a_malformed_predicted_date_naming_the_article():
    with pytest.raises(UsageError, match="prediction for a: .*'12/02/2024'"):
        score([article("a", [gold_event()])], {"a": [mention(date="12/02/2024")]}, aliases=NO_ALIASES)


# ---------------------------------------------------------------------------------------------------- actor aliases

ALIAS_GROUPS = [["Islamic State (ISIS)", "ISIS", "Islamic State", "Daesh"], ["Hezbollah", "Hizballah"]]


@pytest.mark.parametrize("gold, predicted, same", [
    ("Islamic State (ISIS)", "Islamic State (ISIS)", True),
    ("Islamic State (ISIS)", "ISIS", True),
    ("ISIS", "Daesh", True),                             # two aliases of one canonical name
    ("islamic state (isis)", "ISLAMIC STATE  (ISIS)", True),  # case and spacing
    ("Hay'at Tahrir al-Sham", "Hayat Tahrir al-Sham", True),  # apostrophes
    ("Hezbollah", "ISIS", False),
    ("Military Forces of Iraq", "Military Forces of Iraq (2022-)", True),           # gold without era: any era
    ("Military Forces of Syria", "Military Forces of Syria (2000-2024)", True),
    ("Military Forces of Iraq (2022-)", "Military Forces of Iraq (2018-2022)", False),  # era matters
    ("Military Forces of Iraq (2022-)", "Military Forces of Iraq", True),           # an unstated era is not wrong
    ("Military Forces of Libya (2021-) Government of National Unity",
     "Military Forces of Libya (2016-2021) Government of National Unity", False),
    ("Military Forces of Iraq", "Police Forces of Iraq (2022-)", False),
    (None, None, True),
    ("ISIS", None, False),
    (None, "ISIS", False),
])
def test_actor_names_match_by_alias_case_and_era(gold, predicted, same):
    assert ActorAliases(ALIAS_GROUPS).same_actor(gold, predicted) is same


def test_alias_groups_do_not_merge_with_each_other():
    aliases = ActorAliases([["Islamic State (ISIS)", "IS"], ["Islamic State (Sahel)", "IS Sahel", "IS"]])
    assert aliases.same_actor("Islamic State (ISIS)", "IS")
    assert aliases.same_actor("Islamic State (Sahel)", "IS")
    assert not aliases.same_actor("Islamic State (ISIS)", "Islamic State (Sahel)")


def test_lexicon_aliases_never_join_two_stated_eras_of_one_force():
    lexicon = [
        SimpleNamespace(name_en="Military Forces of Syria (2000-2024)",
                        aliases_en=("Military Forces of Syria", "Syrian Arab Army")),
        SimpleNamespace(name_en="Military Forces of Syria (2024-)", aliases_en=("Military Forces of Syria",)),
    ]
    aliases = ActorAliases().add_lexicon(lexicon)
    assert not aliases.same_actor("Military Forces of Syria (2000-2024)", "Military Forces of Syria (2024-)")
    assert aliases.same_actor("Military Forces of Syria (2024-)", "Military Forces of Syria")  # era unstated
    assert aliases.same_actor("Military Forces of Syria (2000-2024)", "Syrian Arab Army")
    assert aliases.same_actor("Military Forces of Syria", "Syrian Arab Army")  # era-less gold, via the alias


@pytest.mark.parametrize("gold, predicted", [
    ("Hay'at Tahrir al-Sham", "Hayat Tahrir al-Sham (HTS)"),
    ("Houthi Movement (Ansar Allah)", "Ansar Allah (Houthis)"),
    ("JNIM: Group for Support of Islam and Muslims", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"),
    ("Syrian National Army", "Syrian National Army (SNA)"),
    ("VDP: Volunteers for the Defense of the Homeland", "Volunteers for the Defence of the Homeland (VDP)"),
    ("Islamic State (ISIS)", "ISIS"),
])
def test_packaged_aliases_bridge_gold_names_and_lexicon_names(gold, predicted):
    assert default_actor_aliases().same_actor(gold, predicted)


def test_alias_file_with_an_unquoted_colon_is_rejected(tmp_path):
    path = tmp_path / "aliases.yaml"
    path.write_text("groups:\n  - [JNIM: Group for Support of Islam and Muslims, JNIM]\n", encoding="utf-8")
    with pytest.raises(UsageError, match="quote names that contain a colon"):
        ActorAliases.from_file(path)


def test_actor_accuracy_uses_aliases():
    gold = [article("a", [gold_event(actor1="Islamic State (ISIS)", actor2="Hezbollah")])]
    report = score(gold, {"a": [mention(actor1="Daesh", actor2="Hizballah")]}, aliases=ActorAliases(ALIAS_GROUPS))
    assert report.metrics["actor1_accuracy"] == 1.0 and report.metrics["actor2_accuracy"] == 1.0


# ---------------------------------------------------------------------------------------------------- incidents


def test_incident_pairs_precision_recall_f1():
    gold = [article("a1", incident="x"), article("a2", incident="x"), article("b1", incident="y"),
            article("n1"), article("n2")]
    # a1/a2 right (TP); b1 wrongly joined to them (2 FP); n1/n2 have no gold incident and are ignored
    predicted = {"a1": "k", "a2": "k", "b1": "k", "n1": "k", "n2": "k"}
    counts = score_incidents(gold, predicted)
    assert (counts.true_positives, counts.false_positives, counts.false_negatives) == (1, 2, 0)
    assert counts.precision == pytest.approx(1 / 3) and counts.recall == 1.0 and counts.f1 == pytest.approx(0.5)


def test_incident_pairs_unlinked_articles_are_never_the_same_incident():
    gold = [article("a1", incident="x"), article("a2", incident="x"), article("a3", incident="x")]
    counts = score_incidents(gold, {"a1": None, "a2": None, "a3": "k"})
    assert (counts.true_positives, counts.false_positives, counts.false_negatives) == (0, 0, 3)


def test_incident_metrics_absent_unless_incidents_are_given():
    gold = [article("a1", incident="x"), article("a2", incident="x")]
    assert "incident_f1" not in score(gold, {}, aliases=NO_ALIASES).metrics
    report = score(gold, {}, {"a1": "k", "a2": "k"}, aliases=NO_ALIASES)
    assert report.metrics["incident_f1"] == 1.0


# ---------------------------------------------------------------------------------------------------- gold loading


def test_load_gold_from_a_directory_ignores_underscore_and_non_json_files(tmp_path):
    write_json(tmp_path / "one.json", record("one"))
    write_json(tmp_path / "two.json", record("two", events=[]))
    write_json(tmp_path / "_draft.json", {"not": "gold"})
    (tmp_path / "_build.py").write_text("print()", encoding="utf-8")
    (tmp_path / "README.md").write_text("# gold", encoding="utf-8")
    gold = load_gold(tmp_path)
    assert [a.id for a in gold] == ["one", "two"]
    assert gold[0].events[0] == GoldEvent(event_type="Battles", sub_event_type="Armed clash", date="2024-01-02",
                                          actor1="ISIS", country="Syria", lat=35.0, lon=40.0, fatalities=3,
                                          evidence="اشتباك")
    assert gold[1].events == () and not gold[1].is_event_article


def test_load_gold_from_one_json_file_defaults_optional_to_false(tmp_path):
    data = record("one")
    del data["events"][0]["optional"]
    gold = load_gold(write_json(tmp_path / "one.json", data))
    assert gold[0].events[0].optional is False and gold[0].is_event_article


def test_load_gold_from_jsonl_input_plus_gold(tmp_path):
    path = tmp_path / "articles.jsonl"
    lines = [json.dumps(record("one"), ensure_ascii=False), "", json.dumps(record("two", events=[]))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [a.id for a in load_gold(path)] == ["one", "two"]


def test_corpus_hash_ignores_layout_but_not_content(tmp_path):
    directory = tmp_path / "dir"
    directory.mkdir()
    for rec in (record("one"), record("two", events=[])):
        write_json(directory / f"{rec['id']}.json", rec)
    jsonl = tmp_path / "all.jsonl"
    jsonl.write_text(json.dumps(record("two", events=[])) + "\n" + json.dumps(record("one")) + "\n",
                     encoding="utf-8")
    assert corpus_sha256(load_gold(directory)) == corpus_sha256(load_gold(jsonl))
    changed = record("one")
    changed["events"][0]["fatalities"] = 4
    write_json(directory / "one.json", changed)
    assert corpus_sha256(load_gold(directory)) != corpus_sha256(load_gold(jsonl))


def _malformed(mutate):
    data = record("bad")
    mutate(data)
    return data


@pytest.mark.parametrize("data, message", [
    (_malformed(lambda d: d.pop("text")), "lacks text"),
    (_malformed(lambda d: d.update(events={})), "`events` must be a list"),
    (_malformed(lambda d: d.update(id="other")), "differs from the file name"),
    (_malformed(lambda d: d["events"][0].pop("sub_event_type")), "event 1: lacks sub_event_type"),
    (_malformed(lambda d: d["events"][0].update(event_type="Airstrikes")), "'Airstrikes' is not in the taxonomy"),
    (_malformed(lambda d: d["events"][0].update(sub_event_type="Air/drone strike")),
     "not a sub-event of 'Battles'; use one of: Government regains territory"),
    (_malformed(lambda d: d["events"][0].update(date="2024/01/02")), "'2024/01/02' is not a real"),
    (_malformed(lambda d: d["events"][0].update(lon=None)), "both lat and lon"),
    (_malformed(lambda d: d["events"][0].update(lat=135.0)), "lat -90..90"),
    (_malformed(lambda d: d["events"][0].update(fatalities=-1)), "whole number >= 0"),
    (_malformed(lambda d: d["events"][0].update(fatalities="3")), "whole number >= 0"),
    (_malformed(lambda d: d["events"][0].update(optional="yes")), "`optional` must be true or false"),
    (["not", "objects"], "must be a JSON object"),
])
def test_load_gold_rejects_malformed_records_naming_file_and_fix(tmp_path, data, message):
    path = write_json(tmp_path / "bad.json", data)
    with pytest.raises(UsageError, match=message) as caught:
        load_gold(path)
    assert "bad.json" in str(caught.value) and "\n" not in str(caught.value)


def test_load_gold_rejects_invalid_json_line_with_its_number(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record("one")) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"gold\.jsonl:2: not valid JSON"):
        load_gold(path)


def test_load_gold_rejects_duplicate_ids(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record("one")) + "\n" + json.dumps(record("one")) + "\n", encoding="utf-8")
    with pytest.raises(UsageError, match="id 'one' is already used by .*gold.jsonl:1; make gold ids unique"):
        load_gold(path)


@pytest.mark.parametrize("name, message", [
    ("missing", "no such file or directory"), ("gold.csv", "unknown gold format"), ("empty_dir", "no gold .json"),
])
def test_load_gold_rejects_unusable_paths(tmp_path, name, message):
    (tmp_path / "gold.csv").write_text("id,text\n", encoding="utf-8")
    (tmp_path / "empty_dir").mkdir()
    with pytest.raises(UsageError, match=message):
        load_gold(tmp_path / name)


# ---------------------------------------------------------------------------------------------------- gate


def _report(f1_pairs: int = 2, of: int = 2) -> object:
    """A report whose event precision is 1 and recall f1_pairs/of."""
    gold = [article("a", [gold_event(lat=30.0 + i) for i in range(of)])]
    return score(gold, {"a": [mention(lat=30.0 + i) for i in range(f1_pairs)]}, aliases=NO_ALIASES)


def _baseline(tmp_path, report, **floors) -> Path:
    path = tmp_path / "eval_baseline.json"
    write_json(path, {"corpus_sha256": report.corpus_sha256, "noise_margin": 0.01, "floors": floors})
    return path


def test_gate_passes_at_or_above_the_floors(tmp_path):
    report = _report(2, 2)
    assert check_gate(report, _baseline(tmp_path, report, event_f1=1.0, event_precision=0.9)) == []


def test_gate_fails_a_metric_below_floor_minus_margin(tmp_path):
    report = _report(2, 3)  # recall 0.667, f1 0.8
    failures = check_gate(report, _baseline(tmp_path, report, event_f1=0.85, event_recall=0.67))
    assert len(failures) == 1  # recall 0.667 is within the 0.01 margin of 0.67
    assert failures[0].startswith("event_f1: 0.800 is below the floor 0.850") and "--allow-lower-floor" in failures[0]


def test_gate_fails_when_the_gold_corpus_changed(tmp_path):
    report = _report()
    path = tmp_path / "eval_baseline.json"
    write_json(path, {"corpus_sha256": "0" * 64, "floors": {"event_f1": 0.5}})
    failures = check_gate(report, path)
    assert len(failures) == 1 and "gold corpus changed" in failures[0] and "--update-baseline" in failures[0]
    assert check_gate(report, path, corpus_hash="0" * 64) == []


def test_gate_fails_a_floored_metric_that_was_not_measured(tmp_path):
    report = _report()
    failures = check_gate(report, _baseline(tmp_path, report, incident_f1=0.5))
    assert len(failures) == 1 and failures[0].startswith("incident_f1: has a floor")


def test_gate_without_a_baseline_says_how_to_create_it(tmp_path):
    with pytest.raises(UsageError, match="no evaluation baseline; create it with"):
        check_gate(_report(), tmp_path / "eval_baseline.json")


def test_gate_rejects_a_baseline_without_floors(tmp_path):
    path = write_json(tmp_path / "eval_baseline.json", {"corpus_sha256": "abc"})
    with pytest.raises(UsageError, match="needs `corpus_sha256`"):
        read_baseline(path)


def test_update_baseline_writes_floors_rounded_down_and_the_corpus_hash(tmp_path):
    report = _report(2, 3)
    path = tmp_path / "eval_baseline.json"
    written = update_baseline(report, path)
    assert json.loads(path.read_text(encoding="utf-8")) == written
    assert written["corpus_sha256"] == report.corpus_sha256 and written["noise_margin"] == 0.01
    assert written["floors"]["event_recall"] == 0.666 and written["floors"]["event_f1"] == 0.8
    assert check_gate(report, path) == []


def test_update_baseline_refuses_to_lower_a_floor_without_the_flag(tmp_path):
    path = tmp_path / "eval_baseline.json"
    update_baseline(_report(2, 2), path)
    before = path.read_text(encoding="utf-8")
    worse = _report(1, 2)
    with pytest.raises(UsageError, match=r"refusing to lower .*event_recall 1\.000→0\.500.*--allow-lower-floor"):
        update_baseline(worse, path)
    assert path.read_text(encoding="utf-8") == before
    assert update_baseline(worse, path, allow_lower=True)["floors"]["event_recall"] == 0.5


def test_update_baseline_refuses_to_drop_a_floor_without_the_flag(tmp_path):
    report = _report()
    path = _baseline(tmp_path, report, incident_f1=0.5)
    with pytest.raises(UsageError, match=r"incident_f1 \(not measured\)"):
        update_baseline(report, path)


def test_update_baseline_raises_floors_freely(tmp_path):
    path = tmp_path / "eval_baseline.json"
    update_baseline(_report(1, 2), path)
    assert update_baseline(_report(2, 2), path)["floors"]["event_recall"] == 1.0


# ---------------------------------------------------------------------------------------------------- sanity


def _perfect_predictor(gold_article: GoldArticle) -> list[EventMention]:
    return [gold_event_to_mention(gold_article.id, event) for event in gold_article.events]


def _gold_incidents(gold, _predictions):
    return {a.id: a.incident for a in gold}


@pytest.mark.parametrize("which", ["dev", "shared"])
def test_gold_scored_against_itself_is_perfect(which, request):
    path = GOLD_DEV if which == "dev" else request.getfixturevalue("gold_dir")
    if not path.is_dir():
        pytest.skip(f"{path} is not present")
    report = run_evaluation(path, _perfect_predictor, link=_gold_incidents)
    assert report.events.true_positives == report.gold_events > 0
    assert all(value == 1.0 for name, value in report.metrics.items() if value is not None), report.metrics
    assert report.metrics["event_f1"] == 1.0
    json.dumps(report.as_dict())
    assert "100.0%" in format_report(report)


def test_dev_gold_loses_recall_when_one_event_is_dropped():
    gold = load_gold(GOLD_DEV)
    predictions = {a.id: _perfect_predictor(a) for a in gold}
    first = next(a for a in gold if a.is_event_article)
    predictions[first.id] = [m for m, e in zip(predictions[first.id], first.events) if e.optional]
    report = score(gold, predictions)
    dropped = sum(not e.optional for e in first.events)
    assert report.events.false_negatives == dropped and report.metrics["event_precision"] == 1.0


def test_report_as_dict_is_json_and_text_report_shows_the_main_numbers():
    report = _report(2, 3)
    data = json.loads(json.dumps(report.as_dict()))
    assert data["metrics"]["event_f1"] == pytest.approx(0.8)
    assert data["events"] == {"tp": 2, "fp": 0, "fn": 1, "precision": 1.0, "recall": pytest.approx(2 / 3),
                              "f1": pytest.approx(0.8)}
    assert data["errors"][0]["kind"] == "missed"
    text = format_report(report)
    assert " 66.7%" in text and " 80.0%" in text and "missed" in text
