"""Shared parts of the gold-set build scripts (tests/gold_dev/_build_*.py, tests/gold_holdout/_build_*.py).

Each script defines its articles and calls `run()`: it writes <id>.json for every article (unless --check), then
validates every <prefix>*.json on disk: gold keys, evidence verbatim in the text, incident null exactly when there
are no events, ACLED taxonomy, ISO dates not after publication, coordinates, and that the files on disk are exactly
the articles the script defines. Scripts with stricter rules (the held-out set checks actor names against the
lexicon and coordinates against country boxes) pass them as options of `validate`; the parts written blind (dev
parts H onwards, the held-out set) share these checks through `BlindPart`.
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date as Date
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable

B, P, R, E, V, S = ("Battles", "Protests", "Riots", "Explosions/Remote violence",
                    "Violence against civilians", "Strategic developments")
TAXONOMY = {
    B: {"Government regains territory", "Non-state actor overtakes territory", "Armed clash"},
    P: {"Excessive force against protesters", "Protest with intervention", "Peaceful protest"},
    R: {"Violent demonstration", "Mob violence"},
    E: {"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade"},
    V: {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    S: {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory",
        "Other"},
}

GOLD_KEYS = ["id", "url", "outlet", "published", "text", "incident", "events", "notes"]
EVENT_KEYS = ["event_type", "sub_event_type", "date", "actor1", "actor2", "country", "admin1", "location", "lat",
              "lon", "fatalities", "evidence", "optional"]
DATE_RE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# ------------------------------------------------------------------------------------ ACLED-style generic actors
def civ(country):
    return f"Civilians ({country})"


def uag(country):
    return f"Unidentified Armed Group ({country})"


def clan(country):
    return f"Unidentified Clan Militia ({country})"


def protesters(country):
    return f"Protesters ({country})"


def rioters(country):
    return f"Rioters ({country})"


# ------------------------------------------------------------------------------------------------ record makers
def make_event(places, event_type, sub, date, a1, a2, place, fatalities, evidence, optional=False):
    """One gold event; `place` is a key of `places`, a (country, admin1, location, lat, lon) tuple, or None."""
    if place is None:
        country = admin1 = location = lat = lon = None
    elif isinstance(place, tuple):
        country, admin1, location, lat, lon = place
    else:
        country, admin1, location, lat, lon = places[place]
    return {
        "event_type": event_type, "sub_event_type": sub, "date": date,
        "actor1": a1, "actor2": a2,
        "country": country, "admin1": admin1, "location": location, "lat": lat, "lon": lon,
        "fatalities": fatalities, "evidence": evidence, "optional": optional,
    }


def gold_record(aid, text, *, url=None, outlet=None, published=None, incident=None, events=(), notes=""):
    """One gold article with its keys in GOLD_KEYS order (the order of the JSON files)."""
    return {"id": aid, "url": url, "outlet": outlet, "published": published, "text": text,
            "incident": incident, "events": list(events), "notes": notes}


def add_article(articles: dict, aid, text, **meta):
    """Add an article whose text is written inline in the build script (surrounding newlines dropped)."""
    assert aid not in articles, aid
    articles[aid] = gold_record(aid, text.strip("\n"), **meta)


# -------------------------------------------------------------------------------------------------- validation
def validate(gold: dict, name: str, *, prefix: str, actor_eras: dict | None = None,
             allowed_actors=frozenset(), country_boxes: dict | None = None) -> list[str]:
    """Problems of one gold record (empty when it is valid).

    actor_eras: canonical actor name -> era (or None); when given, every actor must be one of them (in its era on
    the event date) or in `allowed_actors`. country_boxes: country -> (lat_min, lat_max, lon_min, lon_max); when
    given, coordinates must lie in the box of the event's country, else only in the valid lat/lon range.
    """
    problems = []
    if list(gold) != GOLD_KEYS:
        return [f"{name}: keys {list(gold)}"]
    if gold["id"] != Path(name).stem or not gold["id"].startswith(prefix):
        problems.append(f"{name}: id {gold['id']!r} does not match the file name or lacks the {prefix} prefix")
    if gold["published"] is not None and not DAY_RE.match(gold["published"]):
        problems.append(f"{name}: bad published {gold['published']!r}")
    text = gold["text"]
    if not isinstance(text, str) or not text.strip():
        return problems + [f"{name}: empty text"]
    if (gold["incident"] is None) != (not gold["events"]):
        problems.append(f"{name}: incident must be null exactly when there are no events")
    for i, e in enumerate(gold["events"]):
        where = f"{name} event {i}"
        if list(e) != EVENT_KEYS:
            problems.append(f"{where}: keys {list(e)}")
            continue
        if e["sub_event_type"] not in TAXONOMY.get(e["event_type"], ()):
            problems.append(f"{where}: {e['event_type']} / {e['sub_event_type']} not in the taxonomy")
        if e["date"] is not None and not DATE_RE.match(e["date"]):
            problems.append(f"{where}: bad date {e['date']!r}")
        elif e["date"] and gold["published"] and e["date"] > gold["published"][:len(e["date"])]:
            problems.append(f"{where}: event date after publication")
        problems += _actor_problems(e, where, actor_eras, allowed_actors)
        problems += _place_problems(e, where, country_boxes)
        if e["fatalities"] is not None and (not isinstance(e["fatalities"], int) or e["fatalities"] < 0):
            problems.append(f"{where}: bad fatalities {e['fatalities']!r}")
        if not isinstance(e["optional"], bool):
            problems.append(f"{where}: optional must be a boolean")
        if not e["evidence"] or e["evidence"] not in text:
            problems.append(f"{where}: evidence not verbatim: {e['evidence'][:50]!r}")
    return problems


def _actor_problems(event: dict, where: str, actor_eras: dict | None, allowed_actors) -> list[str]:
    problems = []
    if not event["actor1"]:
        problems.append(f"{where}: actor1 missing")
    if actor_eras is None:
        return problems
    for role in ("actor1", "actor2"):
        name = event[role]
        if name is None or name in allowed_actors:
            continue
        if name not in actor_eras:
            problems.append(f"{where}: {role} {name!r} is neither a lexicon name nor in ALLOWED_ACTORS")
            continue
        era = actor_eras[name]
        if era is not None and event["date"] and DAY_RE.match(event["date"]):
            if not era.contains(Date.fromisoformat(event["date"])):
                problems.append(f"{where}: {role} {name!r} is outside its era on {event['date']}")
    return problems


def _place_problems(event: dict, where: str, country_boxes: dict | None) -> list[str]:
    if (event["lat"] is None) != (event["lon"] is None):
        return [f"{where}: lat/lon must both be set or both null"]
    if event["lat"] is None:
        return []
    if country_boxes is None:
        if not (-90 <= event["lat"] <= 90 and -180 <= event["lon"] <= 180):
            return [f"{where}: coordinates out of range"]
        return []
    box = country_boxes.get(event["country"])
    if box is None:
        return [f"{where}: no bounding box for country {event['country']!r}; add it to COUNTRY_BOXES"]
    lat_min, lat_max, lon_min, lon_max = box
    if not (lat_min <= event["lat"] <= lat_max and lon_min <= event["lon"] <= lon_max):
        return [f"{where}: ({event['lat']}, {event['lon']}) lies outside {event['country']}"]
    return []


def gold_json(gold: dict, indent: int = 1) -> str:
    """The exact content of a gold file."""
    return json.dumps(gold, ensure_ascii=False, indent=indent) + "\n"


def check_directory(directory: Path, articles: dict, *, prefix: str, script: str,
                    validate_one: Callable[[dict, str], list[str]],
                    compare_with_definitions: bool = True, indent: int = 1) -> list[str]:
    """All problems of the <prefix>*.json files in `directory` (empty when the set is valid)."""
    problems: list[str] = []
    on_disk = sorted(directory.glob(f"{prefix}*.json"))
    names = {p.stem for p in on_disk}
    if compare_with_definitions and names != set(articles):
        problems.append(f"files on disk vs. defined articles differ: extra {sorted(names - set(articles))}, "
                        f"missing {sorted(set(articles) - names)}")
    for path in on_disk:
        try:
            content = path.read_text(encoding="utf-8")
            gold = json.loads(content)
        except (OSError, ValueError) as exc:
            problems.append(f"{path.name}: does not parse: {exc}")
            continue
        problems += validate_one(gold, path.name)
        if (compare_with_definitions and gold.get("id") in articles
                and content != gold_json(articles[gold["id"]], indent)):
            problems.append(f"{path.name}: differs from what {script} would write (run it without --check)")
    return problems


def summary(articles: dict) -> str:
    n_ev = sum(len(g["events"]) for g in articles.values())
    n_req = sum(1 for g in articles.values() for e in g["events"] if not e["optional"])
    n_neg = sum(1 for g in articles.values() if not g["events"])
    incidents: dict[str, list[str]] = {}
    for gold in articles.values():
        if gold["incident"]:
            incidents.setdefault(gold["incident"], []).append(gold["id"])
    shared = {k: v for k, v in incidents.items() if len(v) > 1}
    return (f"{len(articles)} gold articles, {n_ev} events ({n_req} non-optional), {n_neg} non-event articles, "
            f"shared incidents: {shared}")


# ------------------------------------------------------------------------------------------------------ command
def run(argv: list[str], articles: dict, out: Path, *, prefix: str, script: str, indent: int = 1,
        validate_one: Callable[[dict, str], list[str]] | None = None, problems: list[str] = ()) -> int:
    """Write the gold files (unless --check), then validate them; returns the exit code.

    problems: ones the script found before (e.g. corpus articles without gold), printed with the others.
    """
    if validate_one is None:
        def validate_one(gold, name):
            return validate(gold, name, prefix=prefix)
    if "--check" not in argv:
        for aid, gold in articles.items():
            (out / f"{aid}.json").write_text(gold_json(gold, indent), encoding="utf-8")
    problems = list(problems) + check_directory(out, articles, prefix=prefix, script=script,
                                                validate_one=validate_one, indent=indent)
    for problem in problems:
        print("PROBLEM:", problem, file=sys.stderr)
    print(summary(articles))
    return 1 if problems else 0


# ------------------------------------------------------------------------------------------- parts written blind
# Rough (lat_min, lat_max, lon_min, lon_max) per country: catches swapped lat/lon and wrong-country coordinates.
COUNTRY_BOXES = {
    "Syria": (32.3, 37.4, 35.6, 42.4),
    "Iraq": (29.0, 37.4, 38.7, 48.7),
    "Lebanon": (33.0, 34.7, 35.0, 36.7),
    "Palestine": (31.2, 32.6, 34.2, 35.6),
    "Jordan": (29.1, 33.4, 34.9, 39.4),
    "Saudi Arabia": (16.3, 32.2, 34.4, 55.7),
    "Yemen": (12.0, 19.0, 42.5, 54.6),
    "Egypt": (22.0, 31.7, 24.7, 36.9),
    "Libya": (19.5, 33.2, 9.3, 25.2),
    "Tunisia": (30.2, 37.6, 7.5, 11.6),
    "Algeria": (18.9, 37.1, -8.7, 12.0),
    "Sudan": (8.6, 22.3, 21.8, 38.6),
    "South Sudan": (3.4, 12.3, 23.4, 36.0),
    "Somalia": (-1.7, 12.0, 40.9, 51.5),
    "Mali": (10.1, 25.0, -12.3, 4.3),
    "Burkina Faso": (9.4, 15.1, -5.6, 2.5),
    "Niger": (11.6, 23.6, 0.1, 16.0),
    "Nigeria": (4.2, 13.9, 2.6, 14.7),
    "Chad": (7.4, 23.5, 13.4, 24.0),
    "Turkey": (35.8, 42.2, 25.6, 44.9),
    "Iran": (25.0, 39.8, 44.0, 63.4),
    "Morocco": (27.6, 35.95, -13.2, -1.0),
}


def known_actor_eras() -> dict[str, object]:
    """Canonical actor name -> its era (or None) from the packaged actor lexicon."""
    # Imported here so that loading the definitions does not need the package; checking does.
    from marsad.text.actors import Lexicon

    return {actor.name_en: actor.era for actor in Lexicon.load().actors.values()}


@dataclass(frozen=True)
class BlindPart:
    """The checks of a gold part whose actors must be canonical (in the era of the event) or allow-listed and whose
    coordinates must lie in their country's box; `validate`, `check_directory` and `main` are the script's."""

    articles: dict
    out: Path
    prefix: str
    script: str
    allowed_actors: frozenset[str] = field(default_factory=frozenset)

    def validate(self, gold: dict, name: str, actor_eras: dict[str, object]) -> list[str]:
        """Problems of one gold record (empty when it is valid)."""
        return validate(gold, name, prefix=self.prefix, actor_eras=actor_eras, allowed_actors=self.allowed_actors,
                        country_boxes=COUNTRY_BOXES)

    def check_directory(self, directory: Path | None = None, *, compare_with_definitions: bool = True) -> list[str]:
        """All problems of the part's files in `directory` (default: where the script writes them)."""
        return check_directory(directory or self.out, self.articles, prefix=self.prefix, script=self.script,
                               validate_one=partial(self.validate, actor_eras=known_actor_eras()),
                               compare_with_definitions=compare_with_definitions)

    def main(self, argv: list[str]) -> int:
        return run(argv, self.articles, self.out, prefix=self.prefix, script=self.script,
                   validate_one=partial(self.validate, actor_eras=known_actor_eras()))
