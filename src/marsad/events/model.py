"""Records produced by event coding."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


# the explanation note of a mention dated by its report because the text gives the event no day (see the coder's
# _date_by_report); the mention filter reads such a mention as undated
REPORT_DAY_NOTE = "no day told: the report's, week precision"


@dataclass(slots=True)
class Evidence:
    """A span of the article's source text supporting one field of a mention."""

    field: str  # trigger | event_date | actor1 | actor2 | location | fatalities | ...
    start: int  # offsets into the article's source_text
    end: int
    text: str


@dataclass(slots=True)
class EventMention:
    """One coded event as one article reports it (ACLED columns plus provenance)."""

    article_id: str
    event_type: str
    sub_event_type: str
    disorder_type: str | None = None
    civilian_targeting: str | None = None
    event_date: str | None = None  # YYYY-MM-DD, or YYYY-MM when only the month is known
    time_precision: int | None = None  # ACLED: 1 day, 2 week, 3 month
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    actor1_surface: str | None = None
    actor2_surface: str | None = None
    country: str | None = None
    iso: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    figures: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    explanation: str = ""
    confidence: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
