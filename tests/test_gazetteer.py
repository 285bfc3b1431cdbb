"""The gazetteer store: loading, lookup, user overlay, GeoNames dump import and its errors."""

from __future__ import annotations

import gzip

import pytest

from marsad.errors import MarsadError
from marsad.text.gazetteer import (
    Gazetteer,
    GazetteerError,
    Place,
    read_places,
    user_gazetteer_path,
)
from marsad.text.places import PlaceResolver, import_geonames, lookup, most_specific

# Two villages and a prison in GeoNames' 19-column layout; alternate names (column 4) mix scripts.
DUMP_ROWS = [
    "9000001\tTall Faris\tTall Faris\tTell Faris,تل فارس,Tal Fares\t36.61\t40.52\tP\tPPL\tSY\t\t01\t\t\t\t0\t\t350\tAsia/Damascus\t2024-01-01",
    "9000002\tKhirbat al Wadi\tKhirbat al Wadi\tخربة الوادي الشرقية\t35.10\t40.41\tP\tPPL\tSY\t\t07\t\t\t\t800\t\t200\tAsia/Damascus\t2024-01-01",
    "9000003\tSijn al Markazi\tSijn al Markazi\tسجن المركزي القديم\t36.50\t40.75\tS\tPRN\tSY\t\t01\t\t\t\t0\t\t300\tAsia/Damascus\t2024-01-01",
    "9000004\tWadi Sakhr\tWadi Sakhr\tوادي صخر\t36.40\t40.70\tH\tWAD\tSY\t\t01\t\t\t\t0\t\t300\tAsia/Damascus\t2024-01-01",
    "9000005\tQaryat Iraqiyah\tQaryat Iraqiyah\tقرية عراقية\t33.40\t44.40\tP\tPPL\tIQ\t\t07\t\t\t\t0\t\t30\tAsia/Baghdad\t2024-01-01",
]


@pytest.fixture(scope="module")
def shipped() -> Gazetteer:
    return Gazetteer.load(user_path=False)


@pytest.mark.parametrize(
    ("name", "expected_id"),
    [
        ("الحسكة", "gn:173811"),
        ("Al-Hasakah", "gn:173811"),
        ("al hasakah", "gn:173811"),
        ("Ḩasakah", "gn:173811"),
        ("قامشلو", "gn:173377"),
        ("سري كانيه", "gn:165509"),
        ("Ras al-Ain", "gn:165509"),
        ("مخيم الهول", "cur:sy:camp:al-hol-camp"),
        ("مخيّم الهول", "cur:sy:camp:al-hol-camp"),
        ("سجن الصناعة", "cur:sy:prison:ghwayran-prison"),
        ("Ghwayran", "cur:sy:neighbourhood:ghwayran"),
        ("سوريا", "country:SY"),
        ("سورية", "country:SY"),
    ],
)
def test_lookup_finds_a_place_under_every_spelling(shipped, name, expected_id):
    assert expected_id in [p.id for p in lookup(name, shipped)]


def test_lookup_returns_admin_names_codes_and_country_name(shipped):
    city = shipped.get("gn:173811")
    assert (city.admin1, city.admin1_ar, city.admin1_code, city.country_name) == (
        "Al-Hasakah", "الحسكة", "SY.01", "Syria",
    )
    assert abs(city.lat - 36.502) < 0.01 and abs(city.lon - 40.748) < 0.01


def test_lookup_of_an_unknown_name_is_empty(shipped):
    assert shipped.lookup("مكان لا وجود له إطلاقا") == []


def test_shipped_gazetteer_covers_the_required_countries(shipped):
    countries = {p.country for p in shipped}
    required = ["SY", "IQ", "LB", "JO", "PS", "IL", "YE", "SA", "EG", "LY", "TN", "DZ", "MA", "SD", "SS", "SO", "ML", "BF", "NE", "TD", "NG", "TR", "IR"]
    assert set(required) <= countries


def test_shipped_file_stays_compact(shipped):
    from marsad.text.gazetteer import shipped_gazetteer_path

    assert shipped_gazetteer_path().stat().st_size < 3_000_000


def _write_dump(tmp_path, rows):
    path = tmp_path / "SY.txt"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_merge_geonames_dump_adds_places_with_admin_names(shipped, tmp_path):
    gazetteer = Gazetteer(list(shipped))
    added = gazetteer.merge_geonames_dump(_write_dump(tmp_path, DUMP_ROWS), countries=["SY"])
    by_id = {p.id: p for p in added}
    assert set(by_id) == {"gn:9000001", "gn:9000002", "gn:9000003"}  # stream skipped, Iraq filtered out
    village = by_id["gn:9000001"]
    assert (village.name_ar, village.admin1, village.admin1_ar, village.kind) == ("تل فارس", "Al-Hasakah", "الحسكة", "town")
    assert by_id["gn:9000003"].kind == "prison"
    assert by_id["gn:9000002"].admin1 == "Deir ez-Zor" and by_id["gn:9000002"].kind == "village"
    assert [p.id for p in gazetteer.lookup("تل فارس")] == ["gn:9000001"]


def test_merged_village_is_found_by_the_resolver(shipped, tmp_path):
    gazetteer = Gazetteer(list(shipped))
    gazetteer.merge_geonames_dump(_write_dump(tmp_path, DUMP_ROWS))
    best = most_specific(PlaceResolver(gazetteer).resolve("قصف على قرية تل فارس بريف الحسكة"))
    assert best.place.id == "gn:9000001" and best.precision == 1


@pytest.mark.parametrize(
    ("rows", "message_part"),
    [
        (["9000001\tTall Faris\tonly four columns"], "expected 19"),
        (["x9\tTall\tTall\t\t36.6\t40.5\tP\tPPL\tSY\t\t01\t\t\t\t0\t\t350\tAsia/Damascus\t2024-01-01"], "not a number"),
        (["9000001\tTall\tTall\t\tnorth\t40.5\tP\tPPL\tSY\t\t01\t\t\t\t0\t\t350\tAsia/Damascus\t2024-01-01"], "not a number"),
    ],
)
def test_malformed_dump_raises_a_typed_error_that_says_what_to_do(shipped, tmp_path, rows, message_part):
    gazetteer = Gazetteer(list(shipped))
    with pytest.raises(GazetteerError) as caught:
        gazetteer.merge_geonames_dump(_write_dump(tmp_path, rows))
    message = str(caught.value)
    assert isinstance(caught.value, MarsadError)
    assert message_part in message and "GeoNames" in message and "\n" not in message


def test_import_geonames_writes_the_user_gazetteer_loaded_on_top_of_the_shipped_one(tmp_path, monkeypatch):
    user_file = tmp_path / "user" / "gazetteer-user.tsv.gz"
    monkeypatch.setenv("MARSAD_GAZETTEER", str(user_file))
    assert user_gazetteer_path() == user_file
    out, count = import_geonames(_write_dump(tmp_path, DUMP_ROWS), countries=["SY"])
    assert out == user_file and count == 3
    assert {p.id for p in read_places(user_file)} == {"gn:9000001", "gn:9000002", "gn:9000003"}
    assert [p.id for p in Gazetteer.load().lookup("تل فارس")] == ["gn:9000001"]
    assert Gazetteer.load(user_path=False).lookup("تل فارس") == []
    # importing again (another country) keeps the earlier places
    import_geonames(_write_dump(tmp_path, DUMP_ROWS), countries=["IQ"])
    assert len(read_places(user_file)) == 4


def test_corrupt_gazetteer_file_raises_a_typed_error(tmp_path):
    bad = tmp_path / "broken.tsv.gz"
    bad.write_bytes(gzip.compress(b"id\tkind\nonly\ttwo\n"))
    with pytest.raises(GazetteerError, match="regenerate"):
        Gazetteer.load(bad, user_path=False)


def test_a_place_added_later_replaces_one_with_the_same_id():
    first = Place("x:1", "Old", "قديم", "town", "SY", "", "", 1.0, 2.0, names_ar=("قديم",))
    second = Place("x:1", "New", "جديد", "town", "SY", "", "", 1.0, 2.0, names_ar=("جديد",))
    gazetteer = Gazetteer([first])
    assert gazetteer.lookup("قديم")
    gazetteer.add(second)
    assert gazetteer.lookup("قديم") == [] and gazetteer.lookup("جديد")[0].name_en == "New"


def test_places_stay_frozen_hashable_and_picklable_values():
    import dataclasses
    import pickle

    place = Place("t:1", "Tafas", "طفس", "town", "SY", "Daraa", "", 32.7, 36.1, names_ar=("طفس",))
    same = Place("t:1", "Tafas", "طفس", "town", "SY", "Daraa", "", 32.7, 36.1, 0, names_ar=("طفس",))
    assert place == same and hash(place) == hash(same)
    assert pickle.loads(pickle.dumps(place)) == place
    assert dataclasses.replace(place, population=5).population == 5
    with pytest.raises(dataclasses.FrozenInstanceError):
        place.population = 5  # type: ignore[misc]


@pytest.mark.parametrize(("admin1_code", "province"), [
    ("NG.27", "Borno"), ("PS.WE", "West Bank"), ("PS.GZ", "Gaza Strip"), ("SD.61", "Central Darfur"),
])
def test_a_curated_region_inside_a_province_never_stands_in_for_it(shipped, admin1_code, province):
    place = shipped.admin1_place(admin1_code)
    assert place is not None and place.id == f"adm1:{admin1_code}" and place.name_en == province
