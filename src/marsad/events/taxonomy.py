"""The ACLED taxonomy as marsad codes it (data in `marsad/data/taxonomy.yaml`), shared by coding and evaluation."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from marsad.datafile import load_yaml

TAXONOMY_PATH = Path(str(resources.files("marsad").joinpath("data", "taxonomy.yaml")))


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """ACLED event types, their sub-event types in precedence order, and disorder types."""

    sub_event_types: dict[str, tuple[str, ...]]
    disorder_types: dict[tuple[str, str], str]

    def disorder_type(self, event_type: str, sub_event_type: str) -> str:
        return self.disorder_types[(event_type, sub_event_type)]

    def rank(self, event_type: str, sub_event_type: str) -> int:
        """Position of a sub-event type in its type's precedence order (0 wins)."""
        order = self.sub_event_types[event_type]
        return order.index(sub_event_type) if sub_event_type in order else len(order)

    def first_by_precedence(self, event_type: str, candidates: Iterable[str]) -> str:
        """The candidate sub-event type ACLED's precedence rule picks."""
        return min(candidates, key=lambda sub: self.rank(event_type, sub))


@lru_cache(maxsize=4)
def load_taxonomy(path: Path = TAXONOMY_PATH) -> Taxonomy:
    """Read the taxonomy data file (default: the packaged data/taxonomy.yaml)."""
    document = load_yaml(Path(path).read_text(encoding="utf-8"))
    sub_event_types: dict[str, tuple[str, ...]] = {}
    disorder: dict[tuple[str, str], str] = {}
    for entry in document["event_types"]:
        subs = tuple(entry["sub_event_types"])
        sub_event_types[entry["name"]] = subs
        overrides = entry.get("disorder_overrides") or {}
        for sub in subs:
            disorder[(entry["name"], sub)] = overrides.get(sub, entry["disorder_type"])
    return Taxonomy(sub_event_types, disorder)
