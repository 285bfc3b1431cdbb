"""Linking: reports of one event across outlets become one event; operations become incidents; order never matters."""

from __future__ import annotations

import random
from dataclasses import asdict, replace

import pytest

from marsad.events.model import EventMention
from marsad.link import Linker, LinkInput, LinkInputError, LinkResult, event_id_for

ISIS = "Islamic State (ISIS)"
SDF = "Syrian Democratic Forces (SDF)"
SYRIA_FORCES = "Military Forces of Syria (2024-)"
HTS = "Hay'at Tahrir al-Sham"


def killed(value, surface, *, reporter=None, kind=None, low=None, high=None, qualifier="exact", parts=(),
           counts="killed", side=None, vague=False):
    return {
        "value": value, "low": value if low is None else low, "high": value if high is None else high,
        "coded": value, "vague": vague, "qualifier": qualifier, "counts": counts, "side": side,
        "side_surface": None, "reporter": reporter, "reporter_kind": kind, "negated": False,
        "parts": [{"coded": p, "counts": counts, "side": None} for p in parts], "surface": surface,
        "start": 0, "end": len(surface),
    }


def mention(article_id, *, event_type="Battles", sub="Armed clash", day="2022-01-20", actor1=ISIS, actor2=SDF,
            location="Ghwayran", admin1="Al-Hasakah", admin2="Al-Hasakah", lat=36.4841, lon=40.7445, precision=1,
            fatalities=None, figures=(), country="Syria", actor1_surface=None):
    return EventMention(
        article_id=article_id, event_type=event_type, sub_event_type=sub, event_date=day, time_precision=1,
        actor1=actor1, actor2=actor2, actor1_surface=actor1_surface, country=country, iso="760", admin1=admin1,
        admin2=admin2, location=location, latitude=lat, longitude=lon, geo_precision=precision,
        fatalities=fatalities, figures=list(figures),
    )


def item(mention_id, m, *, outlet, published, original=None):
    return LinkInput(mention_id, m, m.article_id, outlet, published, original)


def prison_operation() -> list[LinkInput]:
    """The ISIS attack on Ghwayran prison (Hasakah, January 2022) as five outlets reported it over ten days."""
    first_night = killed(41, "مقتل 41 شخصاً على الأقل", low=41, high=None, qualifier="at_least")
    prisoners_low = killed(3500, "نحو 3500 سجين", counts="prisoners", qualifier="approx", low=3000, high=4000)
    prisoners_high = killed(5000, "5000 سجين من عناصر التنظيم", counts="prisoners")
    monitor = killed(102, "ارتفع عدد القتلى إلى 102", reporter="بحسب المرصد السوري لحقوق الإنسان", kind="monitor")
    final = killed(495, "374 من عناصر داعش، و117 من القوات الأمنية، إضافة إلى 4 مدنيين",
                   reporter="في بيان لقوات سوريا الديمقراطية", kind="statement", parts=(374, 117, 4))
    return [
        # day 1: the attack on the prison, reported by four outlets and one syndicated copy
        item("furat#1", mention("furat", fatalities=41, figures=[first_night, prisoners_low],
                                actor1_surface="تنظيم الدولة"),
             outlet="فرات بوست", published="2022-01-21"),
        item("copy#1", mention("copy", fatalities=41, figures=[first_night, prisoners_low]),
             outlet="الخابور", published="2022-01-21", original="furat"),
        item("yasmin#1", mention("yasmin", actor2=None, figures=[prisoners_high]),
             outlet="ياسمين", published="2022-01-21"),
        item("sadabadiya#1", mention("sadabadiya", day="2022-01-21", fatalities=102, figures=[monitor]),
             outlet="صدى البادية", published="2022-01-23"),
        item("final#1", mention("final", fatalities=495, figures=[final]),
             outlet="فرات بوست", published="2022-01-31"),
        # day 3: clashes in the nearby Zuhour district (about 2 km away)
        item("sadabadiya#2", mention("sadabadiya", day="2022-01-22", location="Hay al-Zuhur", lat=36.492, lon=40.755,
                                     fatalities=7),
             outlet="صدى البادية", published="2022-01-23"),
        item("roundup#1", mention("roundup", day="2022-01-22", location="Hay al-Zuhur", lat=36.492, lon=40.755),
             outlet="عنب بلدي", published="2022-01-25"),
        # day 6: the SDF retakes the prison; the round-up article reports it together with the clashes
        item("roundup#2", mention("roundup", sub="Government regains territory", day="2022-01-25", actor1=SDF,
                                  actor2=ISIS),
             outlet="عنب بلدي", published="2022-01-25"),
        # the same days, far away and by other actors: its own incident
        item("deir#1", mention("deir", sub="Armed clash", day="2022-01-22", actor1=SYRIA_FORCES, actor2=ISIS,
                               location="Mayadin", admin1="Deir ez-Zor", admin2="Al-Mayadin", lat=35.0192,
                               lon=40.4513, fatalities=3),
             outlet="الخابور", published="2022-01-22"),
    ]


def link(inputs) -> LinkResult:
    return Linker().link(inputs)


def group_of(result: LinkResult, mention_id: str) -> set[str]:
    event_id = result.event_of[mention_id]
    return set(next(e for e in result.events if e.event_id == event_id).mention_ids)


def canonical(result: LinkResult) -> tuple:
    """Everything a result says, in comparable form."""
    return (
        [asdict(e) for e in result.events],
        [asdict(i) for i in result.incidents],
        sorted(result.event_of.items()),
        sorted(result.incident_of.items()),
    )


# ---------------------------------------------------------------------------------------------------------------


def test_multi_outlet_reports_become_one_event_with_all_sources():
    result = link(prison_operation())
    assert group_of(result, "furat#1") == {"furat#1", "copy#1", "yasmin#1", "sadabadiya#1", "final#1"}
    event = result.event(result.event_of["furat#1"])
    assert event.sources == 4  # the syndicated copy counts once
    assert event.article_ids == ("copy", "final", "furat", "sadabadiya", "yasmin")
    assert event.event_date == "2022-01-20"  # four original reports against one a day late
    assert (event.actor1, event.actor2, event.location) == (ISIS, SDF, "Ghwayran")
    assert [c.field for c in event.conflicts] == ["date", "figures:prisoners"]
    date_conflict = event.conflicts[0]
    assert [(v.value, v.sources) for v in date_conflict.values] == [
        ("2022-01-20", ("final", "furat", "yasmin")), ("2022-01-21", ("sadabadiya",)),
    ]


def test_death_toll_timeline_shows_evolution_and_final_statement_supersedes():
    event = (result := link(prison_operation())).event(result.event_of["furat#1"])
    timeline = [(c.report_date, c.coded, c.rank, c.superseded_by) for c in event.timeline]
    assert timeline == [
        ("2022-01-21", 41, 2, "final#1"),
        ("2022-01-23", 102, 3, "final#1"),
        ("2022-01-31", 495, 3, None),
    ]
    assert (event.fatalities, event.fatalities_low, event.fatalities_best, event.fatalities_high) == (495, 495, 495, 495)
    final = [f for f in event.figures if f.mention_id == "final#1"]
    assert len(final) == 1 and final[0].parts == (374, 117, 4)  # a breakdown total is one figure
    assert final[0].reporter_kind == "statement" and final[0].outlet == "فرات بوست"


def test_disagreeing_prisoner_counts_are_kept_with_sources_and_coded_conservatively():
    event = (result := link(prison_operation())).event(result.event_of["furat#1"])
    prisoners = event.counts["prisoners"]
    assert (prisoners.coded, prisoners.low, prisoners.best, prisoners.high) == (3500, 3000, 3500, 5000)
    conflict = next(c for c in event.conflicts if c.field == "figures:prisoners")
    assert conflict.chosen == 3500
    assert [(v.value, v.sources, v.outlets) for v in conflict.values] == [
        (3500, ("furat",), ("فرات بوست",)), (5000, ("yasmin",), ("ياسمين",)),
    ]
    # the copy repeats its original's figures: listed, but no claim of its own
    assert {f.article_id for f in event.figures if f.counts == "prisoners"} == {"furat", "copy", "yasmin"}
    assert len(prisoners.timeline) == 2


def test_operation_days_form_one_incident_and_distant_fighting_another():
    result = link(prison_operation())
    events_of = {m: result.event_of[m] for m in ("furat#1", "sadabadiya#2", "roundup#1", "roundup#2", "deir#1")}
    assert events_of["sadabadiya#2"] == events_of["roundup#1"]
    assert len({events_of["furat#1"], events_of["sadabadiya#2"], events_of["roundup#2"]}) == 3
    incident = {result.incident_of[e] for e in (events_of["furat#1"], events_of["sadabadiya#2"], events_of["roundup#2"])}
    assert len(incident) == 1
    assert result.incident_of[events_of["deir#1"]] not in incident
    operation = next(i for i in result.incidents if i.incident_id in incident)
    assert (operation.first_date, operation.last_date) == ("2022-01-20", "2022-01-25")
    assert operation.fatalities == 495 + 7
    # by report date; on one date the more authoritative claim first
    assert [c.coded for c in operation.timeline] == [41, 102, 7, 495]


def test_incident_needs_actor_overlap_or_co_reporting():
    inputs = prison_operation()
    # the retaking, now reported alone and by other actors: nothing ties it to the operation any more
    alone = [i for i in inputs if i.mention_id != "roundup#2"] + [
        item("lone#1", mention("lone", sub="Government regains territory", day="2022-01-25", actor1=SYRIA_FORCES,
                               actor2="Unidentified Armed Group (Syria)"), outlet="سانا", published="2022-01-25"),
    ]
    result = link(alone)
    assert result.incident_of[result.event_of["lone#1"]] != result.incident_of[result.event_of["furat#1"]]


# ---------------------------------------------------------------------------------------------------------------
# Two events in one city on one day


ALEPPO = {"location": "Aleppo", "admin1": "Aleppo", "admin2": "Jabal Saman", "lat": 36.2021, "lon": 37.1343,
          "day": "2024-03-05"}


def aleppo_day() -> list[LinkInput]:
    ied = dict(event_type="Explosions/Remote violence", sub="Remote explosive/landmine/IED",
               actor1="Unidentified Armed Group (Syria)", actor2="Civilians (Syria)", **ALEPPO)
    strike = dict(event_type="Explosions/Remote violence", sub="Air/drone strike",
                  actor1="Military Forces of Russia (2000-)", actor2="Civilians (Syria)", **ALEPPO)
    return [
        item("halab#1", mention("halab", fatalities=5, **ied), outlet="حلب اليوم", published="2024-03-05"),
        item("shamal#1", mention("shamal", fatalities=6, **ied), outlet="الشمال", published="2024-03-05"),
        item("halab#2", mention("halab", fatalities=2, **strike), outlet="حلب اليوم", published="2024-03-05"),
        item("orient#1", mention("orient", fatalities=2, **strike), outlet="أورينت", published="2024-03-06"),
        # a vague report of the strike: province only, nobody named
        item("vague#1", mention("vague", event_type="Explosions/Remote violence", sub="Air/drone strike", actor1=None, actor2=None, location=None,
                                admin2=None, lat=None, lon=None, precision=3, day="2024-03-05", admin1="Aleppo"),
             outlet="وكالة", published="2024-03-06"),
    ]


def test_two_attacks_in_one_city_on_one_day_stay_apart():
    result = link(aleppo_day())
    assert group_of(result, "halab#1") == {"halab#1", "shamal#1"}
    assert group_of(result, "halab#2") == {"halab#2", "orient#1", "vague#1"}


def test_a_vague_report_resembling_both_attacks_does_not_chain_them():
    inputs = aleppo_day()
    # a province-level "grenade" report: compatible with the IED, not with the air strike
    inputs[-1] = replace(inputs[-1], mention=replace(inputs[-1].mention, sub_event_type="Grenade"))
    result = link(inputs)
    assert result.event_of["halab#1"] != result.event_of["halab#2"]
    assert group_of(result, "halab#2") == {"halab#2", "orient#1"}


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"actor1": SYRIA_FORCES}, "another perpetrator"),
        ({"lat": 36.2021, "lon": 37.35, "location": "Al-Bab"}, "a town 19 km away"),
        ({"sub": "Abduction/forced disappearance"}, "abduction is not an attack"),
    ],
)
def test_details_that_conflict_keep_same_day_reports_apart(change, why):
    base = dict(event_type="Violence against civilians", sub="Attack", actor1=HTS, actor2="Civilians (Syria)", **ALEPPO)
    other = {**base, **change}
    result = link([
        item("a#1", mention("a", **base), outlet="أ", published="2024-03-05"),
        item("b#1", mention("b", **other), outlet="ب", published="2024-03-05"),
    ])
    assert result.event_of["a#1"] != result.event_of["b#1"], why


def test_spelling_variants_of_one_actor_still_link():
    base = dict(event_type="Violence against civilians", sub="Attack", actor2="Civilians (Syria)", **ALEPPO)
    result = link([
        item("a#1", mention("a", actor1="Hay'at Tahrir al-Sham", **base), outlet="أ", published="2024-03-05"),
        item("b#1", mention("b", actor1="Hayat Tahrir al-Sham", **base), outlet="ب", published="2024-03-05"),
    ])
    assert result.event_of["a#1"] == result.event_of["b#1"]


MAYADIN = {"location": "Al Mayadin", "admin1": "Deir ez-Zor", "admin2": "Al-Mayadin", "lat": 35.0198, "lon": 40.4515,
           "day": "2024-02-12"}
ARMY = "Military Forces of Syria (2000-2024)"
INTELLIGENCE = "Intelligence Forces of Syria (2000-2024)"


def test_reports_naming_different_branches_of_one_states_forces_are_one_battle():
    # one ISIS attack on government positions in al-Mayadin: one outlet names the army, two the intelligence branch
    result = link([
        item("furat#1", mention("furat", actor1=ISIS, actor2=INTELLIGENCE, fatalities=11, **MAYADIN),
             outlet="فرات بوست", published="2024-02-13"),
        item("khabur#1", mention("khabur", actor1=ISIS, actor2=INTELLIGENCE, fatalities=22, **MAYADIN),
             outlet="الخابور", published="2024-02-14"),
        item("yasmin#1", mention("yasmin", actor1=ARMY, actor2=ISIS, fatalities=16, **MAYADIN),
             outlet="ياسمين", published="2024-02-17"),
    ])
    assert group_of(result, "yasmin#1") == {"furat#1", "khabur#1", "yasmin#1"}
    event = result.event(result.event_of["furat#1"])
    assert (event.actor1, event.actor2) == (ISIS, INTELLIGENCE)  # two reports against one
    assert any(ARMY in [v.value for v in c.values] for c in event.conflicts if c.field.startswith("actor"))


@pytest.mark.parametrize(("other", "why"), [
    ("Military Forces of Syria (2024-)", "the state's forces of another era"),
    ("Military Forces of Iraq (2022-)", "another state's forces"),
    ("National Defence Forces (NDF)", "a militia is not a branch of the state's forces"),
])
def test_forces_of_another_state_era_or_a_militia_keep_same_day_reports_apart(other, why):
    result = link([
        item("a#1", mention("a", actor1=ISIS, actor2=INTELLIGENCE, **MAYADIN), outlet="أ", published="2024-02-13"),
        item("b#1", mention("b", actor1=ISIS, actor2=other, **MAYADIN), outlet="ب", published="2024-02-13"),
    ])
    assert result.event_of["a#1"] != result.event_of["b#1"], why


def test_two_mentions_of_one_article_are_never_merged():
    same = mention("halab", event_type="Explosions/Remote violence", sub="Air/drone strike",
                   actor1="Military Forces of Russia (2000-)", actor2="Civilians (Syria)", **ALEPPO)
    result = link([
        item("halab#1", same, outlet="حلب اليوم", published="2024-03-05"),
        item("halab#2", same, outlet="حلب اليوم", published="2024-03-05"),
        item("orient#1", replace(same, article_id="orient"), outlet="أورينت", published="2024-03-05"),
    ])
    assert result.event_of["halab#1"] != result.event_of["halab#2"]
    assert len(result.events) == 2


# ---------------------------------------------------------------------------------------------------------------
# Determinism and incremental updates


def all_inputs() -> list[LinkInput]:
    return prison_operation() + aleppo_day()


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_any_input_order_gives_the_same_result(seed):
    inputs = all_inputs()
    expected = canonical(link(inputs))
    shuffled = inputs[:]
    random.Random(seed).shuffle(shuffled)
    assert canonical(link(shuffled)) == expected


def test_event_id_is_the_earliest_reports_mention():
    result = link(prison_operation())
    assert result.event_of["furat#1"] == event_id_for("copy#1")  # published the same day; smaller mention id
    assert result.event_of["deir#1"] == event_id_for("deir#1")


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_update_equals_link_over_all_inputs(seed):
    inputs = all_inputs()
    rng = random.Random(seed)
    rng.shuffle(inputs)
    cut = rng.randrange(1, len(inputs))
    linker = Linker()
    updated = linker.update(linker.link(inputs[:cut]), inputs[cut:])
    assert canonical(updated) == canonical(linker.link(inputs))


def test_update_in_several_steps_equals_link():
    inputs = all_inputs()
    linker = Linker()
    result = linker.link(inputs[:2])
    for start in range(2, len(inputs), 3):
        result = linker.update(result, inputs[start:start + 3])
    assert canonical(result) == canonical(linker.link(inputs))


def test_rerunning_the_same_inputs_changes_nothing():
    linker = Linker()
    first = linker.link(all_inputs())
    expected = canonical(first)
    again = linker.update(first, all_inputs())
    assert canonical(again) == expected and again.replaced == {}


def test_new_report_keeps_the_event_id_and_an_earlier_one_renames_it():
    inputs = prison_operation()
    linker = Linker()
    base = [i for i in inputs if i.mention_id != "yasmin#1"]
    first = linker.link(base)
    old_id = first.event_of["furat#1"]
    later = replace(inputs[2], published="2022-01-22")
    second = linker.update(first, [later])
    assert second.event_of["yasmin#1"] == old_id and second.replaced == {}
    earlier = item("early#1", mention("early"), outlet="رووداو", published="2022-01-20")
    third = linker.update(second, [earlier])
    assert third.event_of["furat#1"] == event_id_for("early#1")
    assert third.replaced == {old_id: event_id_for("early#1")}


def test_update_takes_over_the_previous_state():
    linker = Linker()
    first = linker.link(all_inputs()[:3])
    linker.update(first, all_inputs()[3:])
    with pytest.raises(LinkInputError, match="link\\(\\) all inputs again"):
        linker.update(first, all_inputs())


def test_changed_mention_under_an_old_id_relinks_from_scratch():
    inputs = all_inputs()
    linker = Linker()
    first = linker.link(inputs)
    moved = replace(inputs[0], mention=replace(inputs[0].mention, admin1="Deir ez-Zor", location="Mayadin",
                                                latitude=35.0192, longitude=40.4513))
    changed = [moved] + inputs[1:]
    assert canonical(linker.update(first, [moved])) == canonical(linker.link(changed))


def test_one_mention_id_with_two_contents_is_rejected():
    inputs = all_inputs()
    clash = replace(inputs[1], mention_id=inputs[0].mention_id)
    with pytest.raises(LinkInputError, match="mention ids must be unique"):
        link([inputs[0], clash])
