"""The actor lexicon files: valid, big enough, documented, and a validator that catches each kind of mistake."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest

from marsad.text.actors import (
    ACTOR_KEYS,
    DATA_DIR,
    RULE_KEYS,
    ActorLexiconError,
    ActorResolver,
    Lexicon,
    default_paths,
    validate_lexicon,
)

REGIONS = ["egypt_libya_maghreb", "generic", "gulf_yemen", "international", "iraq", "levant", "sahel", "sudan_horn"]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


def test_packaged_lexicon_has_no_problems():
    assert validate_lexicon() == []


def test_packaged_lexicon_has_one_file_per_region():
    assert [p.stem for p in default_paths()] == REGIONS


def test_lexicon_holds_at_least_400_curated_actors(lexicon):
    assert lexicon.curated_count >= 400
    assert all(count >= 30 for count in lexicon.by_region().values()), lexicon.by_region()


@pytest.mark.parametrize("template", ["civilians", "protesters", "rioters", "unidentified-armed-group",
                                      "unidentified-clan-militia"])
@pytest.mark.parametrize("country", ["Syria", "Iraq", "Yemen", "Libya", "Sudan", "Somalia", "Mali", "Nigeria"])
def test_every_template_exists_for_every_country(lexicon, template, country):
    actor = lexicon.template_actor(template, country)
    assert actor is not None and country in actor.name_en


@pytest.mark.parametrize(("province", "parent"), [
    ("isis-sinai", "isis"), ("iswap", "isis"), ("issp", "isis"), ("isis-somalia", "isis"), ("isis-yemen", "isis"),
    ("qassam-brigades", "hamas"), ("al-quds-brigades", "pij"), ("sna-hamza-division", "sna"),
    ("kataib-hezbollah", "pmf"), ("ypg", "sdf"), ("katiba-macina", "jnim"), ("security-belt", "stc"),
    ("aqap", "al-qaeda"), ("aqim", "al-qaeda"), ("jnim", "al-qaeda"), ("al-shabaab", "al-qaeda"),
])
def test_branches_point_at_their_umbrella_actor(lexicon, province, parent):
    assert lexicon.actors[province].parent == parent


@pytest.mark.parametrize(("country", "force"), [
    ("Syria", "military"), ("Syria", "police"), ("Iraq", "military"), ("Iraq", "police"), ("Yemen", "military"),
    ("Lebanon", "military"), ("Israel", "military"), ("Jordan", "military"), ("Egypt", "military"),
    ("Libya", "military"), ("Tunisia", "police"), ("Algeria", "military"), ("Sudan", "military"),
    ("South Sudan", "military"), ("Ethiopia", "military"), ("Somalia", "military"), ("Mali", "military"),
    ("Burkina Faso", "military"), ("Niger", "military"), ("Chad", "military"), ("Nigeria", "military"),
    ("Saudi Arabia", "military"), ("Turkey", "military"), ("Iran", "military"), ("Russia", "military"),
])
def test_each_country_has_a_state_force_for_generic_references(lexicon, country, force):
    assert lexicon.find(country=country, forces=[force], day=None) is not None


def test_schema_doc_describes_every_field_the_loader_accepts():
    schema = (DATA_DIR / "SCHEMA.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`([a-z_]+)`", schema))
    assert (ACTOR_KEYS | RULE_KEYS) - {"form"} <= documented


# one broken lexicon per row: YAML body of `actors:` (or a whole document) → a phrase the problem list must contain
BROKEN_ROWS = [
    ("duplicate id", """
        actors:
          - {id: a, name_en: A, kind: rebel, names_ar: [ا ب]}
          - {id: a, name_en: B, kind: rebel, names_ar: [ب ت]}
     """, "id also used"),
    ("inter outside 1-8", """
        actors:
          - {id: a, name_en: A, kind: rebel, inter: 9, names_ar: [ا ب]}
     """, "ACLED code 1-8"),
    ("inter disagrees with kind", """
        actors:
          - {id: a, name_en: A, kind: state, inter: 2, names_ar: [ا ب]}
     """, "does not fit kind"),
    ("unknown kind", """
        actors:
          - {id: a, name_en: A, kind: gang, names_ar: [ا ب]}
     """, "kind 'gang'"),
    ("unknown field", """
        actors:
          - {id: a, name_en: A, kind: rebel, names_ar: [ا ب], nickname: x}
     """, "unknown field"),
    ("no Arabic form", """
        actors:
          - {id: a, name_en: A, kind: rebel}
     """, "no Arabic surface form"),
    ("parent missing", """
        actors:
          - {id: a, name_en: A, kind: rebel, parent: b, names_ar: [ا ب]}
     """, "is not an actor id"),
    ("branch that is not an affiliate", """
        countries:
          - {name: Mali, names_ar: [مالي]}
        actors:
          - {id: a, name_en: A, kind: rebel, names_ar: [ا ب], branches: {Mali: b}}
          - {id: b, name_en: B, kind: rebel, names_ar: [ب ت]}
     """, "must have parent 'a'"),
    ("branch in an unknown country", """
        actors:
          - {id: a, name_en: A, kind: rebel, names_ar: [ا ب], branches: {Atlantis: b}}
          - {id: b, name_en: B, kind: rebel, parent: a, names_ar: [ب ت]}
     """, "not in generic.yaml countries"),
    ("branch missing", """
        countries:
          - {name: Mali, names_ar: [مالي]}
        actors:
          - {id: a, name_en: A, kind: rebel, names_ar: [ا ب], branches: {Mali: [b, c]}}
          - {id: b, name_en: B, kind: rebel, parent: a, names_ar: [ب ت]}
     """, "branch 'c' is not an actor id"),
    ("branches not a mapping", """
        actors:
          - {id: a, name_en: A, kind: rebel, names_ar: [ا ب], branches: [b]}
     """, "branches must map a country"),
    ("era reversed", """
        actors:
          - {id: a, name_en: A, kind: state, era: {from: 2020, to: 2010}, names_ar: [ا ب]}
     """, "ends before it starts"),
    ("same form, two actors, no rule", """
        actors:
          - {id: a, name_en: A, kind: rebel, names_ar: [الجيش الوطني]}
          - {id: b, name_en: B, kind: rebel, names_ar: [الجيش الوطني]}
     """, "names both a and b"),
    ("overlapping eras are not a rule", """
        actors:
          - {id: a, name_en: A, kind: state, era: {from: 2000, to: 2015}, names_ar: [الجيش]}
          - {id: b, name_en: B, kind: state, era: {from: 2010}, names_ar: [الجيش]}
     """, "names both a and b"),
    ("overlapping countries are not a rule", """
        actors:
          - {id: a, name_en: A, kind: rebel, names_ar: [{form: النصرة, countries: [Syria, Mali]}]}
          - {id: b, name_en: B, kind: rebel, names_ar: [{form: النصرة, countries: [Mali]}]}
     """, "names both a and b"),
    ("unknown rule key", """
        actors:
          - {id: a, name_en: A, kind: rebel, names_ar: [{form: ا ب, unless: [x]}]}
     """, "unknown keys"),
    ("duplicate English name", """
        actors:
          - {id: a, name_en: A, kind: rebel, names_ar: [ا ب]}
          - {id: b, name_en: A, kind: rebel, names_ar: [ب ت]}
     """, "also used by a"),
    ("reference to a missing template", """
        references:
          - {resolve: template, template: victims, forms: [مدنيين]}
     """, "unknown template"),
    ("reference hidden by an unconditional name", """
        templates:
          - {id: civilians, name_en: "Civilians ({country})", kind: civilians}
        actors:
          - {id: a, name_en: A, kind: rebel, names_ar: [الجيش]}
        references:
          - {resolve: country_force, forces: [military], forms: [الجيش]}
     """, "unconditional name of a"),
    ("bad resolve kind", """
        references:
          - {resolve: guess, forms: [الجيش]}
     """, "needs forms and resolve"),
    ("not a mapping", "- just a list", "top level must be a mapping"),
    ("not YAML", "actors: [unclosed", "cannot read"),
]


@pytest.mark.parametrize(("case", "body", "problem"), BROKEN_ROWS, ids=[r[0] for r in BROKEN_ROWS])
def test_validator_reports_each_kind_of_mistake(tmp_path, case, body, problem):
    path = tmp_path / "broken.yaml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    problems = validate_lexicon([path])
    assert any(problem in p for p in problems), problems


def test_validator_accepts_a_form_split_by_era_or_country(tmp_path):
    path = tmp_path / "ok.yaml"
    path.write_text(textwrap.dedent("""
        actors:
          - {id: a, name_en: A, kind: state, era: {from: 2000, to: 2015}, names_ar: [الجيش]}
          - {id: b, name_en: B, kind: state, era: {from: 2015}, names_ar: [الجيش]}
          - {id: c, name_en: C, kind: rebel, names_ar: [{form: الجيش الوطني, countries: [Libya]}]}
          - {id: d, name_en: D, kind: rebel, names_ar: [{form: الجيش الوطني, countries: [Syria]}]}
    """), encoding="utf-8")
    assert validate_lexicon([path]) == []


def test_load_refuses_an_invalid_lexicon_with_a_message_that_says_what_to_do(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("actors:\n  - {id: a, name_en: A, kind: rebel, inter: 9, names_ar: [ا ب]}\n", encoding="utf-8")
    with pytest.raises(ActorLexiconError, match="fix the YAML"):
        Lexicon.load([path])


def test_load_of_a_small_injected_lexicon_resolves_with_it(tmp_path):
    path = tmp_path / "tiny.yaml"
    path.write_text("actors:\n  - {id: x, name_en: Group X, kind: rebel, abbreviations: [جكس]}\n", encoding="utf-8")
    resolver = ActorResolver(Lexicon.load([path]))
    assert [m.actor.name_en for m in resolver.resolve("هاجمت جكس القرية")] == ["Group X"]


# --- the third-party seeds (skipped when ../shared is absent) ---

def _seed_mentions(seeds_dir: Path, stem: str):
    text = (seeds_dir / f"{stem}.txt").read_text(encoding="utf-8")
    return ActorResolver(Lexicon.load()).resolve(text, country="Syria", date="2022-01-22")


@pytest.mark.parametrize(("stem", "surface", "name"), [
    ("000_7fd397a2ddf4eca3", "داعش", "Islamic State (ISIS)"),
    ("000_7fd397a2ddf4eca3", "تنظيم داعش", "Islamic State (ISIS)"),
    ("000_7fd397a2ddf4eca3", "قوات سوريا الديمقراطية", "Syrian Democratic Forces (SDF)"),
    ("000_7fd397a2ddf4eca3", "الجيش العراقي", "Military Forces of Iraq (2018-2022)"),
    ("000_7fd397a2ddf4eca3", "تركيا", "Military Forces of Turkey"),
    ("000_7fd397a2ddf4eca3", "خلاياه النائمة", "Islamic State (ISIS)"),
    ("000_7fd397a2ddf4eca3", "التنظيم", "Islamic State (ISIS)"),
    ("002_a0e098ed16ea4781", "قسد", "Syrian Democratic Forces (SDF)"),
    ("002_a0e098ed16ea4781", "تنظيم الدولة الاسلامية", "Islamic State (ISIS)"),
    ("002_a0e098ed16ea4781", "داعشي", "Islamic State (ISIS)"),
    ("002_a0e098ed16ea4781", "تركيا", "Military Forces of Turkey"),
    ("002_a0e098ed16ea4781", "المدنيين", "Civilians (Syria)"),
])
def test_seed_articles_name_the_gold_actors(seeds_dir, stem, surface, name):
    found = {(m.surface, m.actor.name_en) for m in _seed_mentions(seeds_dir, stem)}
    assert (surface, name) in found


@pytest.mark.parametrize("stem", ["000_7fd397a2ddf4eca3", "002_a0e098ed16ea4781"])
def test_seed_gold_actors_are_all_found_in_their_article(seeds_dir, gold_dir, stem):
    gold = json.loads((gold_dir / f"{stem}.json").read_text(encoding="utf-8"))
    wanted = {e[k] for e in gold["events"] for k in ("actor1", "actor2") if e[k]}
    resolved = set()
    for mention in _seed_mentions(seeds_dir, stem):
        resolved |= {mention.actor.name_en, *mention.actor.aliases_en}
    assert wanted <= resolved, wanted - resolved


def test_seed_does_not_read_the_sdf_as_the_terrorists(seeds_dir):
    wrong = [m for m in _seed_mentions(seeds_dir, "000_7fd397a2ddf4eca3")
             if m.via == "descriptive" and m.actor.name_en == "Syrian Democratic Forces (SDF)"]
    assert wrong == []
