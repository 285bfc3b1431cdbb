"""Pair scoring: how well two mentions agree on type, date, place, actors and fatalities, and which details forbid
them from being one event.

Mentions are turned once into a columnar `MentionTable` (interned ints and floats) so the hot loop of the linker
compares numbers, not strings. `pair_score` returns None for a hard conflict, else a score in [0, 1].
"""

from __future__ import annotations

import math
import re
from datetime import date

from rapidfuzz import fuzz

from marsad.link.records import LinkInput, LinkOptions

# ACLED precedence order (first listed wins when one incident fits several).
SUB_EVENT_PRECEDENCE: dict[str, tuple[str, ...]] = {
    "Battles": ("Government regains territory", "Non-state actor overtakes territory", "Armed clash"),
    "Protests": ("Excessive force against protesters", "Protest with intervention", "Peaceful protest"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Explosions/Remote violence": (
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory",
        "Other",
    ),
}

# Sub-event types two reports of ONE event plausibly code differently (one outlet saw the territory change, the
# other only the clash; "قصف" is read as shelling by one and as an air strike by another). Any other pair of
# different sub-event types is a hard conflict. "Other" strategic developments agree with any strategic one.
COMPATIBLE_SUB_EVENTS: tuple[frozenset[str], ...] = (
    frozenset(SUB_EVENT_PRECEDENCE["Battles"]),
    frozenset(SUB_EVENT_PRECEDENCE["Protests"]),
    frozenset(SUB_EVENT_PRECEDENCE["Riots"]),
    frozenset({"Chemical weapon", "Air/drone strike", "Shelling/artillery/missile attack"}),
    frozenset({"Suicide bomb", "Remote explosive/landmine/IED", "Grenade"}),
    frozenset({"Sexual violence", "Attack"}),
)

# ACLED generic actors. An unidentified perpetrator may be any named one, so it never conflicts with a name;
# civilians, protesters and rioters are roles (victims, demonstrators) and do conflict with an armed actor.
_UNIDENTIFIED_ACTOR = re.compile(r"^(unidentified|unknown)\b", re.IGNORECASE)
GENERIC_ACTOR = re.compile(r"^(unidentified|unknown)\b|^(civilians|protesters|rioters) \(", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
# ACLED names state forces "<branch> Forces of <state> (<era>)": reports of one battle often name different branches
# (the army, the intelligence services, the police) of the same state, so branches of one state and era never
# conflict; they agree like a missing actor does
_STATE_FORCE = re.compile(r"^[a-z ]+ forces of (.+) \((\d{4}-\d{0,4})\)$")

DAY_TOLERANCE = {1: 1, 2: 4, 3: 16}  # days two reports may differ by, per ACLED time_precision
MAX_DAY_TOLERANCE = max(DAY_TOLERANCE.values())
GRID_DEGREES = 0.35  # > 25 km in latitude and, up to 42°N, in longitude: a match is in a neighbouring cell

WEIGHTS = {"type": 0.15, "date": 0.2, "place": 0.3, "actors": 0.25, "fatalities": 0.1}
_FUZZY_SAME_ACTOR = 92.0
_KM_PER_DEGREE = 111.2

NONE = -1


def day_number(text: str | None) -> tuple[int, int] | None:
    """(ordinal day, time_precision implied by the text) of YYYY-MM-DD or YYYY-MM; None when unreadable."""
    if not text:
        return None
    try:
        if len(text) >= 10:
            return date.fromisoformat(text[:10]).toordinal(), 1
        if len(text) == 7:
            return date.fromisoformat(text + "-15").toordinal(), 3
    except ValueError:
        return None
    return None


def sub_events_compatible(a: str, b: str) -> bool:
    if a == b or a == "Other" or b == "Other":
        return True
    return any(a in group and b in group for group in COMPATIBLE_SUB_EVENTS)


def normalise_actor(name: str | None) -> str | None:
    if not name:
        return None
    folded = " ".join(name.replace("'", "").replace("’", "").split()).casefold()
    return folded or None


class Interner:
    """Strings to small ints (NONE for missing)."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.names: list[str] = []

    def __call__(self, text: str | None) -> int:
        if text is None:
            return NONE
        found = self.ids.get(text)
        if found is None:
            found = self.ids[text] = len(self.names)
            self.names.append(text)
        return found


class MentionTable:
    """Columnar, comparison-ready features of mentions; rows are appended and never reordered."""

    def __init__(self, options: LinkOptions):
        self.options = options
        self.mention_ids: list[str] = []
        self.row_of: dict[str, int] = {}
        self.article: list[int] = []
        self.source: list[int] = []
        self.block: list[int] = []  # (country, event_type): mentions in different blocks never link
        self.sub: list[str] = []
        self.day: list[int] = []
        self.tolerance: list[int] = []
        self.lat: list[float] = []
        self.lon: list[float] = []
        self.geo_precision: list[int] = []
        self.precise_place: list[bool] = []
        self.admin1: list[int] = []  # interned "country|admin1" ("country|" when unknown)
        self.admin2: list[int] = []
        self.location: list[int] = []
        self.actor1: list[int] = []
        self.actor2: list[int] = []
        self.fatalities: list[int] = []
        self.order_key: list[tuple] = []  # processing order inside a component: precise reports first
        self.anchor_key: list[tuple] = []  # earliest report first: the event id comes from its mention
        self.articles = Interner()
        self.blocks = Interner()
        self.places = Interner()
        self.actors = Interner()
        self._unidentified: list[bool] = []
        self._state: list[tuple[str, str] | None] = []  # (state, era) of a state force
        self._actor_pair_same: dict[tuple[int, int], bool] = {}

    def __len__(self) -> int:
        return len(self.mention_ids)

    def add(self, item: LinkInput) -> int:
        m = item.mention
        row = len(self.mention_ids)
        self.mention_ids.append(item.mention_id)
        self.row_of[item.mention_id] = row
        self.article.append(self.articles(item.article_id))
        self.source.append(self.articles(item.source_id))
        country = m.country or m.iso or ""
        self.block.append(self.blocks(f"{country}|{m.event_type}"))
        self.sub.append(m.sub_event_type)
        parsed = day_number(m.event_date)
        precision = m.time_precision
        if parsed is None:
            parsed = day_number(item.published)
            # undated mention: the publication date stands in, loosely
            precision = 2 if parsed else None
        if parsed is None:
            self.day.append(NONE)
            self.tolerance.append(0)
        else:
            self.day.append(parsed[0])
            self.tolerance.append(DAY_TOLERANCE.get(max(precision or 1, parsed[1]), MAX_DAY_TOLERANCE))
        precise = m.latitude is not None and m.longitude is not None and (m.geo_precision or 1) <= 2
        self.lat.append(m.latitude if precise else math.nan)
        self.lon.append(m.longitude if precise else math.nan)
        self.geo_precision.append(m.geo_precision or (1 if precise else 4))
        self.precise_place.append(precise)
        self.admin1.append(self.places(f"{country}|{m.admin1 or ''}"))
        self.admin2.append(self.places(f"{country}|{m.admin1 or ''}|{m.admin2}") if m.admin2 else NONE)
        self.location.append(self.places(f"{country}|{m.location}") if m.location else NONE)
        self.actor1.append(self._actor(m.actor1))
        self.actor2.append(self._actor(m.actor2))
        self.fatalities.append(NONE if m.fatalities is None else m.fatalities)
        published = (item.published or "9999")[:10]
        self.order_key.append((not precise, self.tolerance[-1], published, item.mention_id))
        self.anchor_key.append((published, item.mention_id))
        return row

    def blocking_features(self, row: int) -> dict:
        """What blocking needs to find the row's possible partners in a store (the columns of link_mentions)."""
        precise = self.precise_place[row]
        return {
            "block": self.blocks.names[self.block[row]],
            "day": None if self.day[row] == NONE else self.day[row],
            "tolerance": self.tolerance[row],
            "admin1": self.places.names[self.admin1[row]],
            "latitude": self.lat[row] if precise else None,
            "longitude": self.lon[row] if precise else None,
        }

    def _actor(self, name: str | None) -> int:
        folded = normalise_actor(name)
        actor = self.actors(folded)
        if actor != NONE and actor == len(self._unidentified):
            self._unidentified.append(bool(_UNIDENTIFIED_ACTOR.search(folded or "")))
            state = _STATE_FORCE.match(folded or "")
            self._state.append(state.groups() if state else None)  # type: ignore[arg-type]
        return actor

    def cell(self, row: int) -> tuple[int, int]:
        return math.floor(self.lat[row] / GRID_DEGREES), math.floor(self.lon[row] / GRID_DEGREES)

    def same_actor(self, a: int, b: int) -> bool:
        if a == b:
            return True
        key = (a, b) if a < b else (b, a)
        found = self._actor_pair_same.get(key)
        if found is None:
            # spelling variants of one name (hayat / hayat, al-sham / al sham); numbers (eras, brigade numbers)
            # must agree exactly: "Military Forces of Iraq (2014-2018)" is not the force of 2018-
            name_a, name_b = self.actors.names[a], self.actors.names[b]
            found = (_DIGITS.findall(name_a) == _DIGITS.findall(name_b)
                     and fuzz.ratio(name_a, name_b) >= _FUZZY_SAME_ACTOR)
            self._actor_pair_same[key] = found
        return found

    # ---------------------------------------------------------------------------------------------------------

    def distance_km(self, i: int, j: int) -> float:
        mean_lat = math.radians((self.lat[i] + self.lat[j]) / 2)
        dx = (self.lon[i] - self.lon[j]) * math.cos(mean_lat)
        dy = self.lat[i] - self.lat[j]
        return math.hypot(dx, dy) * _KM_PER_DEGREE

    def place_limit_km(self, i: int, j: int) -> float:
        if self.geo_precision[i] <= 1 and self.geo_precision[j] <= 1:
            return self.options.same_place_km
        return self.options.near_place_km

    def pair_score(self, i: int, j: int, date_slack: bool = False) -> float | None:
        """Agreement of two mentions in [0, 1]; None when a detail forbids them from being one event.

        With `date_slack`, dates up to twice the tolerance apart score 0 instead of forbidding the pair: two
        reports each a day off the true date are two days apart, yet both belong with the event's other reports.
        """
        if self.article[i] == self.article[j] or self.block[i] != self.block[j]:
            return None
        # type
        sub_i, sub_j = self.sub[i], self.sub[j]
        if sub_i == sub_j:
            type_score = 1.0
        elif sub_events_compatible(sub_i, sub_j):
            type_score = 0.6
        else:
            return None
        # date
        day_i, day_j = self.day[i], self.day[j]
        if day_i == NONE or day_j == NONE:
            return None
        tolerance = max(self.tolerance[i], self.tolerance[j])
        gap = abs(day_i - day_j)
        if gap > tolerance:
            if not date_slack or gap > 2 * tolerance:
                return None
            date_score = 0.0
        elif tolerance == 1:
            date_score = 1.0 if gap == 0 else 0.5
        else:
            date_score = 0.7 - 0.3 * gap / tolerance
        # place
        place_score = self._place_score(i, j)
        if place_score is None:
            return None
        # actors
        actor_score = self._actor_score(i, j)
        if actor_score is None:
            return None
        # fatalities: tolls evolve, so a difference lowers the score but never forbids the link
        fat_i, fat_j = self.fatalities[i], self.fatalities[j]
        if fat_i == NONE or fat_j == NONE:
            fatal_score = 0.5
        elif fat_i == fat_j:
            fatal_score = 1.0
        elif min(fat_i, fat_j) == 0:
            fatal_score = 0.4 if max(fat_i, fat_j) < 5 else 0.1
        else:
            fatal_score = 0.8 if min(fat_i, fat_j) * 3 >= max(fat_i, fat_j) else 0.4
        score = (
            WEIGHTS["type"] * type_score
            + WEIGHTS["date"] * date_score
            + WEIGHTS["place"] * place_score
            + WEIGHTS["actors"] * actor_score
            + WEIGHTS["fatalities"] * fatal_score
        )
        if self.source[i] == self.source[j]:
            score = min(1.0, score + 0.1)  # a syndicated copy and its original: the same wording of one event
        return score

    def place_compatible(self, i: int, j: int) -> bool:
        """The blocking rule: exactly the pairs `_place_score` may accept (see blocking.py)."""
        if self.precise_place[i] and self.precise_place[j]:
            return self.distance_km(i, j) <= self.place_limit_km(i, j)
        return self.admin1[i] == self.admin1[j]

    def _place_score(self, i: int, j: int) -> float | None:
        if self.precise_place[i] and self.precise_place[j]:
            distance = self.distance_km(i, j)
            limit = self.place_limit_km(i, j)
            if distance > limit:
                return None
            same_name = self.location[i] != NONE and self.location[i] == self.location[j]
            if same_name or distance <= 2.0:
                return 1.0
            score = 1.0 - 0.6 * distance / limit
            if self.location[i] != NONE and self.location[j] != NONE and distance > 5.0:
                score = min(score, 0.4)  # two named places a town apart: different neighbourhoods or villages
            return score
        if self.admin1[i] != self.admin1[j]:
            return None
        admin2_i, admin2_j = self.admin2[i], self.admin2[j]
        if admin2_i != NONE and admin2_j != NONE and admin2_i != admin2_j:
            return None
        if self.location[i] != NONE and self.location[i] == self.location[j]:
            return 0.9
        return 0.6 if admin2_i != NONE and admin2_i == admin2_j else 0.5

    def _actor_score(self, i: int, j: int) -> float | None:
        a1, a2, b1, b2 = self.actor1[i], self.actor2[i], self.actor1[j], self.actor2[j]
        straight = self._slots(a1, b1, a2, b2)
        crossed = self._slots(a1, b2, a2, b1)
        if straight is None:
            return crossed
        if crossed is None:
            return straight
        return max(straight, crossed)

    def _slots(self, a: int, b: int, c: int, d: int) -> float | None:
        first = self._slot(a, b)
        if first is None:
            return None
        second = self._slot(c, d)
        if second is None:
            return None
        return (first + second) / 2

    def _slot(self, a: int, b: int) -> float | None:
        if a == NONE or b == NONE:
            return 0.5
        if a == b:
            return 1.0
        if self._unidentified[a] or self._unidentified[b]:
            return 0.35
        if self.same_actor(a, b):
            return 0.9
        state = self._state[a]
        return 0.5 if state is not None and state == self._state[b] else None
