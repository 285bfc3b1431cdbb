"""Registry of news outlets: Arabic and English names, web domains, home country, kind.

Data lives in `marsad/data/outlets/*.yaml` (schema in SCHEMA.md there); `OutletRegistry.load()` reads every file.
Lookups fold Arabic spelling with `normalize()`, so "أوغاريت بوست" and "اوغاريت بوست" are the same name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from marsad.clean.datafiles import DataFileError, load_yaml_mapping, string_list
from marsad.lang.ar.normalize import normalize

DEFAULT_OUTLETS_DIR = Path(__file__).resolve().parents[1] / "data" / "outlets"
OUTLET_KINDS = frozenset({"news site", "agency", "tv", "radio", "newspaper", "blog", "monitor"})
_DOMAIN = re.compile(r"^[a-z0-9][a-z0-9.-]*\.[a-z]{2,}(?:/[a-z0-9._~/-]*)?$")


@dataclass(frozen=True, slots=True)
class Outlet:
    """One outlet of the registry."""

    name_en: str
    names_ar: tuple[str, ...]
    country: str
    domains: tuple[str, ...]
    kind: str
    source_file: str = ""


def validate_outlet_data(data: Any) -> list[str]:
    """Return the problems of one outlet file's parsed content (empty when valid)."""
    if not isinstance(data, dict):
        return ["the file must be a mapping with `version` and `outlets`"]
    problems: list[str] = []
    if data.get("version") != 1:
        problems.append("`version` must be 1")
    outlets = data.get("outlets")
    if not isinstance(outlets, list) or not outlets:
        return problems + ["`outlets` must be a non-empty list"]
    seen: set[str] = set()
    for index, entry in enumerate(outlets):
        label = f"outlets[{index}]"
        if not isinstance(entry, dict):
            problems.append(f"{label} must be a mapping")
            continue
        name = entry.get("name_en")
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{label}: `name_en` must be a non-empty string")
        else:
            label = f"{label} ({name})"
            if name in seen:
                problems.append(f"{label}: duplicate `name_en`")
            seen.add(name)
        if not string_list(entry.get("names_ar")):
            problems.append(f"{label}: `names_ar` must be a non-empty list of Arabic names")
        if not isinstance(entry.get("country"), str) or not entry["country"].strip():
            problems.append(f"{label}: `country` must be an English country name")
        domains = entry.get("domains", [])
        if not isinstance(domains, list) or not all(isinstance(d, str) and _DOMAIN.match(d) for d in domains):
            problems.append(f"{label}: `domains` must list host names like `example.com` or `bbc.com/arabic`")
        if entry.get("kind") not in OUTLET_KINDS:
            problems.append(f"{label}: `kind` must be one of {sorted(OUTLET_KINDS)}")
        unknown = set(entry) - {"name_en", "names_ar", "country", "domains", "kind", "notes"}
        if unknown:
            problems.append(f"{label}: unknown keys {sorted(unknown)}")
    return problems


class OutletRegistry:
    """Find outlets by name in text, by the domain of a URL, and tell their country."""

    def __init__(self, outlets: Iterable[Outlet]):
        self.outlets: tuple[Outlet, ...] = tuple(outlets)
        self._by_name: dict[str, Outlet] = {}
        self._by_domain: dict[str, list[tuple[str, Outlet]]] = {}
        for outlet in self.outlets:
            for name in (outlet.name_en, *outlet.names_ar):
                self._by_name.setdefault(_fold_name(name), outlet)
            for domain in outlet.domains:
                host, _, path = domain.partition("/")
                self._by_domain.setdefault(host, []).append(("/" + path if path else "", outlet))
        for entries in self._by_domain.values():
            entries.sort(key=lambda item: len(item[0]), reverse=True)
        names = sorted((name for name in self._by_name if name), key=len, reverse=True)
        self._name_pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(re.escape(name) for name in names) + r")(?!\w)") if names else None
        )

    @classmethod
    def load(cls, paths: Sequence[Path] | None = None) -> OutletRegistry:
        """Load every outlet file in `paths` (default: all *.yaml in marsad/data/outlets)."""
        if paths is None:
            paths = sorted(DEFAULT_OUTLETS_DIR.glob("*.yaml"))
        outlets: list[Outlet] = []
        for path in paths:
            data = load_yaml_mapping(Path(path))
            problems = validate_outlet_data(data)
            if problems:
                raise DataFileError(f"{path}: " + "; ".join(problems) + " (see marsad/data/outlets/SCHEMA.md)")
            outlets.extend(
                Outlet(
                    name_en=entry["name_en"],
                    names_ar=tuple(entry["names_ar"]),
                    country=entry["country"],
                    domains=tuple(d.lower() for d in entry.get("domains", [])),
                    kind=entry["kind"],
                    source_file=Path(path).name,
                )
                for entry in data["outlets"]
            )
        return cls(outlets)

    def by_name(self, name: str) -> Outlet | None:
        """The outlet whose English or Arabic name is exactly `name` (spelling folded), or None."""
        return self._by_name.get(_fold_name(name))

    def find_in_text(self, text: str) -> Outlet | None:
        """The first outlet named in `text` (longest name wins at a position), or None.

        Meant for short metadata text (datelines, credits, copyright lines): some names are common words too.
        """
        if self._name_pattern is None:
            return None
        match = self._name_pattern.search(_fold_name(text))
        return self._by_name[match.group(0)] if match else None

    def by_domain(self, url: str) -> Outlet | None:
        """The outlet that publishes at `url` (subdomains included; `bbc.com/arabic` needs the path), or None."""
        parts = urlsplit(url if "//" in url else "//" + url)
        host = (parts.hostname or "").lower().removeprefix("www.")
        path = parts.path.lower()
        while host:
            for prefix, outlet in self._by_domain.get(host, ()):
                if not prefix or path == prefix or path.startswith(prefix + "/"):
                    return outlet
            _, _, host = host.partition(".")
            if "." not in host:
                break
        return None

    def country_of(self, name: str) -> str | None:
        """The home country of the outlet called `name` (English or Arabic name, or a domain/URL), or None."""
        outlet = self.by_name(name) or self.by_domain(name)
        return outlet.country if outlet else None

    def __len__(self) -> int:
        return len(self.outlets)


def _fold_name(name: str) -> str:
    return normalize(name).strip(" \"'()-:.,")


@lru_cache(maxsize=1)
def default_registry() -> OutletRegistry:
    """The registry of all shipped outlet files, loaded once."""
    return OutletRegistry.load()
