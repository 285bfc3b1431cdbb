"""The outlet registry: every shipped file validates, lookups by name, text, domain and country."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from marsad.clean.datafiles import DataFileError
from marsad.clean.outlets import DEFAULT_OUTLETS_DIR, OutletRegistry, default_registry, validate_outlet_data

OUTLET_FILES = sorted(DEFAULT_OUTLETS_DIR.glob("*.yaml"))


@pytest.mark.parametrize("path", OUTLET_FILES, ids=[path.name for path in OUTLET_FILES])
def test_every_outlet_file_present_is_valid(path):
    assert validate_outlet_data(yaml.safe_load(path.read_text(encoding="utf-8"))) == []


def test_real_outlets_file_lists_about_sixty_outlets():
    data = yaml.safe_load((DEFAULT_OUTLETS_DIR / "real.yaml").read_text(encoding="utf-8"))
    assert len(data["outlets"]) >= 60


REGISTRY = default_registry()


@pytest.mark.parametrize(("text", "name_en"), [
    ("أوغاريت بوست (مركز الأخبار) –", "Ugarit Post"),
    ("اوغاريت بوست", "Ugarit Post"),
    ("دمشق (سانا) –", "SANA"),
    ("وثق المرصد السوري لحقوق الإنسان", "Syrian Observatory for Human Rights"),
    ("القامشلي – نورث برس", "North Press Agency"),
    ("© 2022 عنب بلدي", "Enab Baladi"),
    ("بيروت (رويترز) -", "Reuters"),
    ("أربيل – روداو", "Rudaw"),
    ("الرباط – هسبريس", "Hespress"),
    ("الخرطوم – راديو دبنقا", "Radio Dabanga"),
    ("بغداد - شفق نيوز", "Shafaq News"),
])
def test_find_in_text_names_the_outlet(text, name_en):
    found = REGISTRY.find_in_text(text)
    assert found is not None and found.name_en == name_en


@pytest.mark.parametrize("text", ["قالت مصادر محلية إن القصف استمر", "الحسكة – اندلعت اشتباكات", ""])
def test_find_in_text_is_none_without_an_outlet_name(text):
    assert REGISTRY.find_in_text(text) is None


@pytest.mark.parametrize(("url", "name_en"), [
    ("https://www.enabbaladi.net/archives/123", "Enab Baladi"),
    ("https://sana.sy/?p=1592", "SANA"),
    ("https://gate.ahram.org.eg/News/1.aspx", "Al-Ahram"),
    ("https://www.bbc.com/arabic/middleeast-60101044", "BBC Arabic"),
    ("https://www.aa.com.tr/ar/العالم-العربي/x/1", "Anadolu Agency"),
    ("hawarnews.com/ar/1234", "Hawar News Agency (ANHA)"),
])
def test_by_domain_finds_the_publisher(url, name_en):
    found = REGISTRY.by_domain(url)
    assert found is not None and found.name_en == name_en


@pytest.mark.parametrize("url", ["https://www.bbc.com/news/world", "https://example.org/a", "https://sana.sy.evil.example/"])
def test_by_domain_is_none_for_other_sites(url):
    assert REGISTRY.by_domain(url) is None


@pytest.mark.parametrize(("name", "country"), [
    ("Ugarit Post", "Syria"), ("عنب بلدي", "Syria"), ("Al Jazeera", "Qatar"), ("هسبريس", "Morocco"),
    ("https://www.rudaw.net/arabic", "Iraq"), ("No Such Outlet", None),
])
def test_country_of(name, country):
    assert REGISTRY.country_of(name) == country


@pytest.mark.parametrize(("data", "problem"), [
    ({"version": 2, "outlets": [{"name_en": "X", "names_ar": ["س"], "country": "Syria", "kind": "tv"}]},
     "`version` must be 1"),
    ({"version": 1, "outlets": []}, "`outlets` must be a non-empty list"),
    ({"version": 1, "outlets": [{"name_en": "X", "names_ar": [], "country": "Syria", "kind": "tv"}]}, "`names_ar`"),
    ({"version": 1, "outlets": [{"name_en": "X", "names_ar": ["س"], "country": "Syria", "kind": "magazine"}]},
     "`kind` must be one of"),
    ({"version": 1, "outlets": [{"name_en": "X", "names_ar": ["س"], "country": "Syria", "kind": "tv",
                                 "domains": ["http://x.com"]}]}, "`domains`"),
    ({"version": 1, "outlets": [{"name_en": "X", "names_ar": ["س"], "country": "Syria", "kind": "tv", "lang": "ar"}]},
     "unknown keys"),
])
def test_validator_names_the_problem(data, problem):
    assert any(problem in message for message in validate_outlet_data(data))


def test_loading_a_bad_file_raises_a_data_file_error_naming_it(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\noutlets:\n  - {name_en: X, names_ar: [س], country: Syria, kind: zine}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="bad.yaml.*kind"):
        OutletRegistry.load([bad])
