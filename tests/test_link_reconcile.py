"""Reconciliation rules: supersession, conservative coding, low/best/high, conflicts with their sources."""

from __future__ import annotations

import pytest
from test_link import item, killed, mention

from marsad.link.reconcile import reconcile_event, summarise_claims
from marsad.link.records import Claim


def claim(mention_id, coded, date, rank, *, low=None, high=None, source=None):
    return Claim("killed", coded, coded, coded if low is None else low, coded if high is None else high, rank, date,
                 source or mention_id, None, mention_id, None)


# (claims as (id, coded, report date, rank), expected superseded ids, ACLED coded, low, best, high)
SUPERSESSION = [
    # a toll that grows from the same kind of source: the latest stands
    ([("a", 41, "2022-01-21", 2), ("b", 102, "2022-01-23", 2)], {"a"}, 102, 102, 102, 102),
    # a later official statement corrects downward
    ([("a", 120, "2022-01-21", 2), ("b", 95, "2022-01-25", 3)], {"a"}, 95, 95, 95, 95),
    # a later, lower figure of equal standing is a disagreement, not a correction
    ([("a", 102, "2022-01-23", 2), ("b", 41, "2022-01-24", 2)], set(), 41, 41, 41, 102),
    # an unnamed source later does not override an earlier monitor
    ([("a", 30, "2022-01-21", 3), ("b", 60, "2022-01-22", 1)], set(), 30, 30, 30, 60),
    # same day: the more authoritative report supersedes
    ([("a", 12, "2022-01-21", 1), ("b", 9, "2022-01-21", 3)], {"a"}, 9, 9, 9, 9),
    # two outlets, two figures, same day and standing: conservative coded value, both bounds kept
    ([("a", 3500, "2022-01-21", 2), ("b", 5000, "2022-01-21", 2)], set(), 3500, 3500, 3500, 5000),
]


@pytest.mark.parametrize(("claims", "superseded", "coded", "low", "best", "high"), SUPERSESSION)
def test_supersession_and_coding_rules(claims, superseded, coded, low, best, high):
    summary = summarise_claims("killed", [claim(*c) for c in claims])
    assert {c.mention_id for c in summary.timeline if c.superseded_by} == superseded
    assert (summary.coded, summary.low, summary.best, summary.high) == (coded, low, best, high)


def test_best_estimate_is_the_figure_most_sources_give():
    claims = [claim("a", 20, "2022-01-21", 2), claim("b", 25, "2022-01-21", 2), claim("c", 25, "2022-01-21", 2)]
    summary = summarise_claims("killed", claims)
    assert (summary.coded, summary.low, summary.best, summary.high) == (20, 20, 25, 25)


def test_vague_wording_widens_the_bounds_not_the_coded_value():
    dozens = killed(12, "سقوط عشرات القتلى", low=12, high=99, qualifier="approx", vague=True)
    more_than = killed(30, "أكثر من 30 قتيلاً", low=31, high=None, qualifier="more_than")
    event = reconcile_event("ev", [
        item("a#1", mention("a", figures=[dozens]), outlet="أ", published="2022-01-21"),
        item("b#1", mention("b", figures=[more_than]), outlet="ب", published="2022-01-21"),
    ])
    assert (event.fatalities, event.fatalities_low, event.fatalities_high) == (12, 12, 99)


def test_per_side_figures_of_one_report_add_up_to_its_claim():
    soldiers = killed(20, "مقتل 20 جندياً", side="security_forces")
    militants = killed(15, "و15 مسلحاً", side="militants")
    event = reconcile_event("ev", [item("a#1", mention("a", figures=[soldiers, militants]), outlet="أ",
                                        published="2022-01-21")])
    assert event.fatalities == 35
    assert [f.side for f in event.figures] == ["security_forces", "militants"]


def test_coder_fatalities_stand_in_when_a_report_has_no_figures():
    event = reconcile_event("ev", [item("a#1", mention("a", fatalities=4), outlet="أ", published="2022-01-21")])
    assert event.fatalities == 4 and event.figures[0].surface is None


def test_field_conflicts_list_every_value_with_its_sources_and_majority_wins():
    reports = [
        item("a#1", mention("a", location="Ghwayran"), outlet="فرات بوست", published="2022-01-21"),
        item("b#1", mention("b", location="Ghwayran"), outlet="الخابور", published="2022-01-21"),
        item("c#1", mention("c", location="Al-Hasakah", lat=36.5, lon=40.75, precision=2, day="2022-01-21"),
             outlet="ياسمين", published="2022-01-20"),
        # a copy of c: same story, one source
        item("d#1", mention("d", location="Al-Hasakah", lat=36.5, lon=40.75, precision=2, day="2022-01-21"),
             outlet="وكالة", published="2022-01-22", original="c"),
    ]
    event = reconcile_event("ev", reports)
    place = next(c for c in event.conflicts if c.field == "place")
    assert place.chosen == "Ghwayran" and event.location == "Ghwayran"
    assert [(v.value, v.sources, v.outlets) for v in place.values] == [
        ("Ghwayran", ("a", "b"), ("الخابور", "فرات بوست")),
        ("Al-Hasakah", ("c",), ("وكالة", "ياسمين")),
    ]
    assert event.sources == 3


def test_tie_goes_to_the_more_precise_then_earliest_report():
    reports = [
        item("a#1", mention("a", day="2022-01-20"), outlet="أ", published="2022-01-21"),
        item("b#1", mention("b", day="2022-01-21"), outlet="ب", published="2022-01-20"),
    ]
    assert reconcile_event("ev", reports).event_date == "2022-01-21"  # equal support and precision: earliest report
    reports[1] = item("b#1", mention("b", day="2022-01"), outlet="ب", published="2022-01-20")
    reports[1].mention.time_precision = 3
    assert reconcile_event("ev", reports).event_date == "2022-01-20"  # the day beats the month


def test_type_tie_follows_acled_precedence():
    reports = [
        item("a#1", mention("a", sub="Armed clash"), outlet="أ", published="2022-01-21"),
        item("b#1", mention("b", sub="Government regains territory"), outlet="ب", published="2022-01-22"),
    ]
    event = reconcile_event("ev", reports)
    assert event.sub_event_type == "Government regains territory"
    assert next(c for c in event.conflicts if c.field == "type").chosen == "Government regains territory"


def test_actors_named_in_either_order_code_one_pair():
    reports = [
        item("a#1", mention("a", actor1="Islamic State (ISIS)", actor2="Syrian Democratic Forces (SDF)"),
             outlet="أ", published="2022-01-21"),
        item("b#1", mention("b", actor1="Syrian Democratic Forces (SDF)", actor2="Islamic State (ISIS)"),
             outlet="ب", published="2022-01-22"),
        item("c#1", mention("c", actor1="Islamic State (ISIS)", actor2=None), outlet="ج", published="2022-01-22"),
    ]
    event = reconcile_event("ev", reports)
    assert (event.actor1, event.actor2) == ("Islamic State (ISIS)", "Syrian Democratic Forces (SDF)")
