"""Watchlists: what an early-warning desk wants to hear about, as conditions over coded events.

A watchlist (YAML) names a severity and any of these conditions; an event matches when *every* condition given
holds, and a list condition holds when *any* of its values does:

    name: detention-sites-aleppo
    severity: high                      # info | low | medium | high | critical
    event_types: [Violence against civilians, Battles]
    sub_event_types: [Abduction/forced disappearance]
    actors: [Hay'at Tahrir al-Sham]     # part of actor1 or actor2, case and spelling folded
    countries: [Syria]
    admin1: [Aleppo]                    # also admin2:, locations:
    near: {latitude: 36.2, longitude: 37.16, radius_km: 30}
    place_kinds: [prison, camp]
    keywords: [سجن, معتقل, prison]      # in the evidence text; Arabic compared after normalisation
    min_fatalities: 1
    min_sources: 2

Events are dicts with the keys id, event_type, sub_event_type, event_date, actor1, actor2, country, admin1,
admin2, location, latitude, longitude, place_kind, fatalities, sources, evidence_text, conflicts.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from marsad.datafile import load_yaml
from marsad.errors import UsageError
from marsad.lang.ar.normalize import normalize

SEVERITIES = ("info", "low", "medium", "high", "critical")
_LIST_CONDITIONS = ("event_types", "sub_event_types", "actors", "countries", "admin1", "admin2", "locations",
                    "place_kinds", "keywords")
_KNOWN = {"name", "severity", "description", "near", "min_fatalities", "min_sources", *_LIST_CONDITIONS}
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]")
EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True, slots=True)
class Near:
    latitude: float
    longitude: float
    radius_km: float


@dataclass(frozen=True, slots=True)
class Watchlist:
    name: str
    severity: str = "medium"
    description: str | None = None
    event_types: tuple[str, ...] = ()
    sub_event_types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    admin2: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    place_kinds: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    near: Near | None = None
    min_fatalities: int | None = None
    min_sources: int | None = None


@dataclass(frozen=True, slots=True)
class MatchResult:
    """Truthy when the event matched; `reasons` say which condition held, or `failed` which did not."""

    matched: bool
    reasons: tuple[str, ...] = ()
    failed: str | None = None

    def __bool__(self) -> bool:
        return self.matched

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons) if self.matched else (self.failed or "")


def match(watchlist: Watchlist, event: dict[str, Any]) -> MatchResult:
    """Whether `event` meets every condition of `watchlist`, and why (or which condition failed)."""
    reasons: list[str] = []
    checks = (
        ("event type", watchlist.event_types, [event.get("event_type")], _same),
        ("sub-event type", watchlist.sub_event_types, [event.get("sub_event_type")], _same),
        ("actor", watchlist.actors, [event.get("actor1"), event.get("actor2")], _contains),
        ("country", watchlist.countries, [event.get("country")], _same),
        ("admin1", watchlist.admin1, [event.get("admin1")], _same),
        ("admin2", watchlist.admin2, [event.get("admin2")], _same),
        ("location", watchlist.locations, [event.get("location")], _same),
        ("place kind", watchlist.place_kinds, [event.get("place_kind")], _same),
    )
    for label, wanted, values, test in checks:
        if not wanted:
            continue
        hit = next(((w, v) for w in wanted for v in values if v and test(w, str(v))), None)
        if hit is None:
            shown = ", ".join(str(v) for v in values if v) or "none"
            return MatchResult(False, failed=f"{label} {shown} is not one of {', '.join(wanted)}")
        reasons.append(f"{label} {hit[1]}" + (f" (~{hit[0]})" if _fold(hit[0]) != _fold(hit[1]) else ""))
    if watchlist.near is not None:
        near = watchlist.near
        lat, lon = _number(event.get("latitude")), _number(event.get("longitude"))
        if lat is None or lon is None:
            return MatchResult(False, failed="the event has no coordinates for the radius condition")
        distance = haversine_km(near.latitude, near.longitude, lat, lon)
        if distance > near.radius_km:
            return MatchResult(False, failed=f"{distance:.1f} km from the watched point (radius {near.radius_km:g})")
        reasons.append(f"{distance:.1f} km from the watched point")
    if watchlist.keywords:
        found = find_keywords(watchlist.keywords, event.get("evidence_text") or "")
        if not found:
            return MatchResult(False, failed="no watched keyword in the evidence")
        reasons.append("keyword " + ", ".join(found))
    for label, minimum, key in (("fatalities", watchlist.min_fatalities, "fatalities"),
                                ("sources", watchlist.min_sources, "sources")):
        if minimum is None:
            continue
        value = _number(event.get(key)) or 0
        if value < minimum:
            return MatchResult(False, failed=f"{label} {value:g} below {minimum}")
        reasons.append(f"{label} {value:g} >= {minimum}")
    return MatchResult(True, tuple(reasons))


def find_keywords(keywords: tuple[str, ...], text: str) -> list[str]:
    """The keywords present in `text`: Arabic ones in the normalised text (prefixes such as و/ب/ال allowed),
    others as whole words, ignoring case."""
    normalized = normalize(text)
    found = []
    for keyword in keywords:
        wanted = normalize(keyword)
        if _ARABIC.search(keyword):
            if wanted.startswith("ال") and len(wanted) > 4:
                wanted = wanted[2:]  # "السجن" should also find "سجن حلب": the article is optional, as a prefix
            hit = re.search(r"(?<![\u0621-\u064A])(?:[وفبلك]?(?:ال)?)?" + re.escape(wanted), normalized)
        else:
            hit = re.search(r"(?<!\w)" + re.escape(wanted) + r"(?!\w)", normalized)
        if hit:
            found.append(keyword)
    return found


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi, d_lambda = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def load_watchlists(path: str | Path) -> list[Watchlist]:
    """Watchlists from a YAML file holding one watchlist, a list of them, or `{watchlists: [...]}`."""
    path = Path(path)
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise UsageError(f"watchlist file {path}: cannot be read ({error.strerror}); check the path") from error
    except yaml.YAMLError as error:
        raise UsageError(f"watchlist file {path}: not valid YAML ({' '.join(str(error).split())})") from error
    if isinstance(data, dict) and "watchlists" in data:
        data = data["watchlists"]
    items = data if isinstance(data, list) else [data]
    return [parse_watchlist(item, f"{path}[{i}]" if isinstance(data, list) else str(path))
            for i, item in enumerate(items)]


def parse_watchlist(data: Any, key: str = "watchlist") -> Watchlist:
    """Validate one watchlist mapping; errors name the key."""
    if not isinstance(data, dict):
        raise UsageError(f"{key}: a watchlist must be a mapping (name, severity, conditions), "
                         f"got {type(data).__name__}")
    for name in data:
        if name not in _KNOWN:
            raise UsageError(f"{key}.{name}: unknown key; expected one of {', '.join(sorted(_KNOWN))}")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise UsageError(f"{key}.name: missing; give the watchlist a short name")
    severity = data.get("severity", "medium")
    if severity not in SEVERITIES:
        raise UsageError(f"{key}.severity: {severity!r} is not one of {', '.join(SEVERITIES)}")
    values: dict[str, Any] = {}
    for condition in _LIST_CONDITIONS:
        if condition in data:
            values[condition] = _strings(data[condition], f"{key}.{condition}")
    if "near" in data:
        values["near"] = _near(data["near"], f"{key}.near")
    for condition in ("min_fatalities", "min_sources"):
        if condition in data:
            value = data[condition]
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise UsageError(f"{key}.{condition}: must be a whole number of 0 or more, got {value!r}")
            values[condition] = value
    if not values:
        raise UsageError(f"{key}: no condition; add at least one of {', '.join(_LIST_CONDITIONS)}, near, "
                         "min_fatalities, min_sources")
    return Watchlist(name=name.strip(), severity=severity, description=data.get("description"), **values)


def _near(value: Any, key: str) -> Near:
    if not isinstance(value, dict):
        raise UsageError(f"{key}: give latitude, longitude and radius_km")
    numbers = {}
    for part, low, high in (("latitude", -90, 90), ("longitude", -180, 180), ("radius_km", 0, 20_000)):
        number = value.get(part)
        if isinstance(number, bool) or not isinstance(number, (int, float)) or not low <= number <= high:
            raise UsageError(f"{key}.{part}: must be a number between {low} and {high}, got {number!r}")
        numbers[part] = float(number)
    if numbers["radius_km"] == 0:
        raise UsageError(f"{key}.radius_km: must be more than zero")
    return Near(**numbers)


def _strings(value: Any, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise UsageError(f"{key}: must be a non-empty list of non-empty strings")
    return tuple(v.strip() for v in value)


def _fold(text: str) -> str:
    return " ".join(normalize(text).casefold().split())


def _same(wanted: str, value: str) -> bool:
    return _fold(wanted) == _fold(value)


def _contains(wanted: str, value: str) -> bool:
    return _fold(wanted) in _fold(value)


def _number(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None
