"""Reading and writing linking results and the incremental linking state (SQL only; the rules live elsewhere).

Stored per linked mention (`link_mentions`): a fingerprint of everything linking reads, so a recoded mention is
recognised, and its blocking features (block, day, tolerance, admin1, precise point), so the possible partners
of a new mention are found with one indexed range query instead of reading the store.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields, is_dataclass
from datetime import date
from functools import lru_cache
from typing import Any

import sqlalchemy as sa

from marsad.events.model import EventMention
from marsad.link.records import (
    Claim,
    Conflict,
    ConflictValue,
    CountSummary,
    Incident,
    LinkedEvent,
    LinkInput,
)
from marsad.link.scoring import MAX_DAY_TOLERANCE, MentionTable, day_number
from marsad.store import MENTION_COLUMNS, schema

# SQLite before 3.32 (still the system library of Ubuntu 20.04, Amazon Linux 2) binds at most 999 parameters per
# statement (later ones 32,766, PostgreSQL 65,535); a statement binds at most two lists of one chunk
CHUNK = 400
# widest place tolerance (docs/linking.md §1) in degrees of latitude, with a margin
_BOX_LAT = 25.0 / 111.2 + 0.01
_FINGERPRINT_FIELDS = tuple(f.name for f in fields(EventMention) if f.name not in ("article_id", "evidence"))


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def plain(value: Any) -> Any:
    """`dataclasses.asdict` for the link records, without its deep copies (the rows of a rebuild are many)."""
    kind = type(value)
    if kind is str or kind is int or kind is float or value is None or kind is bool:
        return value
    names = _FIELD_NAMES.get(kind)
    if names is None and is_dataclass(value):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(value))
    if names is not None:
        return {name: plain(getattr(value, name)) for name in names}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {key: plain(v) for key, v in value.items()}
    return value


def fingerprint(item: LinkInput) -> str:
    """A digest of everything linking and reconciliation read from a mention and its article."""
    m = item.mention
    payload = repr((item.mention_id, item.article_id, item.outlet, item.published, item.original_article_id,
                    tuple(getattr(m, name) for name in _FINGERPRINT_FIELDS)))
    return hashlib.blake2b(payload.encode("utf-8"), digest_size=12).hexdigest()


# -- mentions -------------------------------------------------------------------------------------------------


def _inputs_query() -> sa.Select:
    m, a, links = schema.mentions, schema.articles, schema.mention_links
    return (
        sa.select(m, a.c.outlet, a.c.published, a.c.duplicate_of, links.c.event_id.label("linked_event_id"))
        .join(a, a.c.id == m.c.article_id)
        .outerjoin(links, links.c.mention_id == m.c.id)
    )


def _input_of(values: Any) -> LinkInput:
    mention = EventMention(
        article_id=values["article_id"],
        **{name: values[name] for name in MENTION_COLUMNS},
        figures=json.loads(values["figures"]),
    )
    return LinkInput(
        mention_id=values["id"],
        mention=mention,
        article_id=values["article_id"],
        outlet=values["outlet"],
        published=(values["published"] or "")[:10] or None,
        original_article_id=values["duplicate_of"],
    )


def read_inputs(conn: sa.Connection, *, mention_ids: Sequence[str] | None = None,
                article_ids: Sequence[str] | None = None) -> Iterator[tuple[LinkInput, str | None]]:
    """Stored mentions with their provenance and the event they are linked to (None: not linked yet).

    With neither `mention_ids` nor `article_ids`, every mention in id order.
    """
    m = schema.mentions
    if mention_ids is None and article_ids is None:
        for row in conn.execute(_inputs_query().order_by(m.c.id)):
            yield _input_of(row._mapping), row._mapping["linked_event_id"]
        return
    column, wanted = (m.c.id, mention_ids) if mention_ids is not None else (m.c.article_id, article_ids)
    for part in chunks(sorted(set(wanted or ()))):
        for row in conn.execute(_inputs_query().where(column.in_(part)).order_by(m.c.id)):
            yield _input_of(row._mapping), row._mapping["linked_event_id"]


def link_mention_row(item: LinkInput, table: MentionTable, row: int) -> dict:
    return {"mention_id": item.mention_id, "article_id": item.article_id, "source_id": item.source_id,
            "fingerprint": fingerprint(item), **table.blocking_features(row)}


def stored_fingerprints(conn: sa.Connection, article_ids: Sequence[str]) -> dict[str, str]:
    """mention id -> fingerprint of the mentions of `article_ids` as the last link saw them."""
    lm = schema.link_mentions
    found = {}
    for part in chunks(sorted(set(article_ids))):
        for mention_id, digest in conn.execute(
                sa.select(lm.c.mention_id, lm.c.fingerprint).where(lm.c.article_id.in_(part))):
            found[mention_id] = digest
    return found


def event_members(conn: sa.Connection, event_ids: Iterable[str]) -> dict[str, set[str]]:
    links = schema.mention_links
    members: dict[str, set[str]] = {event_id: set() for event_id in event_ids}
    for part in chunks(sorted(members)):
        for mention_id, event_id in conn.execute(
                sa.select(links.c.mention_id, links.c.event_id).where(links.c.event_id.in_(part))):
            members[event_id].add(mention_id)
    return members


def events_of_articles(conn: sa.Connection, article_ids: Iterable[str]) -> set[str]:
    """Events holding a mention of one of `article_ids`, as last linked."""
    lm, links = schema.link_mentions, schema.mention_links
    found: set[str] = set()
    for part in chunks(sorted(set(article_ids))):
        found.update(event_id for (event_id,) in conn.execute(
            sa.select(links.c.event_id).distinct().join(lm, lm.c.mention_id == links.c.mention_id)
            .where(lm.c.article_id.in_(part))))
    return found


@lru_cache(maxsize=None)
def _candidates_statement(with_box: bool) -> sa.Select:
    lm = schema.link_mentions
    day = sa.bindparam("day", type_=sa.Integer)
    place = lm.c.admin1 == sa.bindparam("admin1")
    if with_box:
        place = sa.or_(place, sa.and_(lm.c.latitude.between(sa.bindparam("lat_lo"), sa.bindparam("lat_hi")),
                                      lm.c.longitude.between(sa.bindparam("lon_lo"), sa.bindparam("lon_hi"))))
    return sa.select(lm.c.mention_id).where(
        lm.c.block == sa.bindparam("block"),
        lm.c.day.between(sa.bindparam("day_lo"), sa.bindparam("day_hi")),
        # |day difference| <= the wider of the two tolerances
        sa.or_(lm.c.day.between(sa.bindparam("near_lo"), sa.bindparam("near_hi")),
               sa.and_(lm.c.day >= day - lm.c.tolerance, lm.c.day <= day + lm.c.tolerance)),
        place,
    )


def candidate_mentions(conn: sa.Connection, table: MentionTable, rows: Sequence[int]) -> set[str]:
    """Ids of linked mentions that may pair with any of `rows` (a superset of what `pair_score` accepts).

    One query per (block, admin1, day) of the rows: same block, a date within either side's tolerance, and the
    same admin1 or (both precise points) inside a box around the rows' points wider than the place limit.
    """
    groups: dict[tuple, list[int]] = defaultdict(list)
    for row in rows:
        features = table.blocking_features(row)
        if features["day"] is not None:
            groups[(features["block"], features["admin1"], features["day"])].append(row)
    found: set[str] = set()
    for (block, admin1, day), members in sorted(groups.items()):
        reach = max(table.tolerance[row] for row in members)
        values = {"block": block, "admin1": admin1, "day": day, "day_lo": day - MAX_DAY_TOLERANCE,
                  "day_hi": day + MAX_DAY_TOLERANCE, "near_lo": day - reach, "near_hi": day + reach}
        points = [(table.lat[row], table.lon[row]) for row in members if table.precise_place[row]]
        if points:
            lats = [lat for lat, _ in points]
            lons = [lon for _, lon in points]
            box_lon = _box_lon(max(abs(lat) for lat in lats), _BOX_LAT)
            values.update(lat_lo=min(lats) - _BOX_LAT, lat_hi=max(lats) + _BOX_LAT, lon_lo=min(lons) - box_lon,
                          lon_hi=max(lons) + box_lon)
        found.update(mention_id for (mention_id,) in conn.execute(_candidates_statement(bool(points)), values))
    return found


def _box_lon(latitude: float, box_lat: float) -> float:
    """Degrees of longitude covering at least as many km as `box_lat` degrees of latitude, up to `latitude`."""
    widest = min(89.0, latitude + box_lat)
    return min(180.0, box_lat / max(math.cos(math.radians(widest)), 1e-6))


# -- totals ---------------------------------------------------------------------------------------------------

TOTALS = ("mentions", "events", "incidents", "multi_source_events", "events_with_conflicts")


def count_link_totals(conn: sa.Connection) -> dict[str, int]:
    """The link totals counted over the whole store (what `link_totals` keeps without counting)."""
    e = schema.events
    events, multi, conflicting = conn.execute(sa.select(
        sa.func.count(),
        sa.func.coalesce(sa.func.sum(sa.case((e.c.sources > 1, 1), else_=0)), 0),
        sa.func.coalesce(sa.func.sum(sa.case((e.c.n_conflicts > 0, 1), else_=0)), 0),
    )).one()
    incidents = conn.execute(sa.select(sa.func.count()).select_from(schema.incidents)).scalar_one()
    mentions = conn.execute(sa.select(sa.func.count()).select_from(schema.link_mentions)).scalar_one()
    return {"mentions": int(mentions), "events": int(events), "incidents": int(incidents),
            "multi_source_events": int(multi), "events_with_conflicts": int(conflicting)}


def event_totals(rows: Iterable[Any]) -> dict[str, int]:
    """What events-table rows (dicts or rows with `sources` and `n_conflicts`) add to the totals."""
    totals = {"events": 0, "multi_source_events": 0, "events_with_conflicts": 0}
    for row in rows:
        totals["events"] += 1
        totals["multi_source_events"] += row["sources"] > 1
        totals["events_with_conflicts"] += row["n_conflicts"] > 0
    return totals


def stored_event_totals(conn: sa.Connection, event_ids: Iterable[str]) -> dict[str, int]:
    """What the stored events among `event_ids` add to the totals (read by primary key)."""
    e = schema.events
    rows = [row._mapping for part in chunks(sorted(set(event_ids)))
            for row in conn.execute(sa.select(e.c.sources, e.c.n_conflicts).where(e.c.id.in_(part)))]
    return event_totals(rows)


def read_link_totals(conn: sa.Connection) -> dict[str, int]:
    t = schema.link_totals
    row = conn.execute(sa.select(*(t.c[name] for name in TOTALS)).where(t.c.id == 1)).one()
    return dict(row._mapping)


def add_link_totals(conn: sa.Connection, change: dict[str, int]) -> None:
    """Add `change` (name -> signed difference) to the stored totals."""
    t = schema.link_totals
    values = {name: t.c[name] + delta for name, delta in change.items() if delta}
    if values:
        conn.execute(t.update().where(t.c.id == 1).values(**values))


def set_link_totals(conn: sa.Connection, totals: dict[str, int]) -> None:
    t = schema.link_totals
    conn.execute(t.update().where(t.c.id == 1).values(**{name: totals[name] for name in TOTALS}))


# -- events and incidents -------------------------------------------------------------------------------------


def event_row(event: LinkedEvent, incident_id: str | None, copies: Sequence[tuple[str, str | None]],
              stamp: str) -> dict:
    """The events-table row of an event; syndicated copies of its articles are listed as articles and outlets."""
    article_ids = list(event.article_ids)
    outlets = list(event.outlets)
    for copy_id, copy_outlet in copies:
        article_ids.append(copy_id)
        if copy_outlet and copy_outlet not in outlets:
            outlets.append(copy_outlet)
    row = {
        "id": event.event_id,
        "incident_id": incident_id,
        "sources": event.sources,
        "outlets": dumps(outlets),
        "mention_ids": dumps(list(event.mention_ids)),
        "article_ids": dumps(article_ids),
        "counts": dumps({name: plain(summary) for name, summary in event.counts.items()}),
        "figures": dumps(plain(event.figures)),
        "conflicts": dumps(plain(event.conflicts)),
        "n_conflicts": len(event.conflicts),
        "linked_at": stamp,
    }
    for column in schema.events.c:
        if column.name not in row:
            row[column.name] = getattr(event, column.name)
    return row


def incident_row(incident: Incident, stamp: str) -> dict:
    return {
        "id": incident.incident_id,
        "first_date": incident.first_date,
        "last_date": incident.last_date,
        "country": incident.country,
        "admin1s": dumps(list(incident.admin1s)),
        "locations": dumps(list(incident.locations)),
        "actors": dumps(list(incident.actors)),
        "event_ids": dumps(list(incident.event_ids)),
        "sources": incident.sources,
        "fatalities": incident.fatalities,
        "fatalities_low": incident.fatalities_low,
        "fatalities_best": incident.fatalities_best,
        "fatalities_high": incident.fatalities_high,
        "timeline": dumps(plain(incident.timeline)),
        "conflicts": dumps(plain(incident.conflicts)),
        "linked_at": stamp,
    }


def copies_of(conn: sa.Connection, article_ids: Iterable[str] | None = None) -> dict[str, list[tuple[str, str | None]]]:
    """original article id -> its syndicated copies (id, outlet); all originals when `article_ids` is None."""
    a = schema.articles
    query = sa.select(a.c.id, a.c.duplicate_of, a.c.outlet).where(a.c.status == "duplicate").order_by(a.c.id)
    copies: dict[str, list[tuple[str, str | None]]] = {}
    parts = [None] if article_ids is None else list(chunks(sorted(set(article_ids))))
    for part in parts:
        selected = query if part is None else query.where(a.c.duplicate_of.in_(part))
        for article_id, original, outlet in conn.execute(selected):
            copies.setdefault(original, []).append((article_id, outlet))
    for found in copies.values():
        found.sort()
    return copies


def source_ids_of_events(conn: sa.Connection, event_ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """event id -> the distinct original stories of its mentions (what `LinkedEvent.source_article_ids` holds)."""
    lm, links = schema.link_mentions, schema.mention_links
    found: dict[str, set[str]] = {event_id: set() for event_id in event_ids}
    for part in chunks(sorted(found)):
        for event_id, source_id in conn.execute(
                sa.select(links.c.event_id, lm.c.source_id).join(lm, lm.c.mention_id == links.c.mention_id)
                .where(links.c.event_id.in_(part))):
            found[event_id].add(source_id)
    return {event_id: tuple(sorted(sources)) for event_id, sources in found.items()}


def read_events(conn: sa.Connection, event_ids: Iterable[str]) -> dict[str, tuple[LinkedEvent, str | None]]:
    """Stored events as LinkedEvent records (for regrouping incidents), each with its stored incident id."""
    e = schema.events
    wanted = sorted(set(event_ids))
    sources = source_ids_of_events(conn, wanted)
    found = {}
    for part in chunks(wanted):
        for row in conn.execute(sa.select(e).where(e.c.id.in_(part))):
            values = row._mapping
            found[values["id"]] = (event_from_row(values, sources.get(values["id"], ())), values["incident_id"])
    return found


def event_from_row(values: Any, source_article_ids: tuple[str, ...]) -> LinkedEvent:
    """A LinkedEvent from its events-table row; `article_ids` and `outlets` there include syndicated copies."""
    counts = {}
    for name, summary in json.loads(values["counts"]).items():
        timeline = tuple(Claim(**claim) for claim in summary.pop("timeline"))
        counts[name] = CountSummary(**summary, timeline=timeline)
    conflicts = tuple(
        Conflict(
            field=conflict["field"], chosen=conflict["chosen"], event_id=conflict.get("event_id"),
            values=tuple(ConflictValue(value["value"], tuple(value["sources"]), tuple(value["outlets"]),
                                       tuple(value["mention_ids"])) for value in conflict["values"]),
        )
        for conflict in json.loads(values["conflicts"])
    )
    plain = {column: values[column] for column in _EVENT_FIELDS}
    return LinkedEvent(
        event_id=values["id"], mention_ids=tuple(json.loads(values["mention_ids"])),
        article_ids=tuple(json.loads(values["article_ids"])), source_article_ids=source_article_ids,
        outlets=tuple(json.loads(values["outlets"])), counts=counts, conflicts=conflicts, **plain,
    )


_EVENT_FIELDS = tuple(
    f.name for f in fields(LinkedEvent)
    if f.name not in ("event_id", "mention_ids", "article_ids", "source_article_ids", "outlets", "counts", "figures",
                      "conflicts")
)


def incident_members(conn: sa.Connection, incident_ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """incident id -> its event ids (in the incident's order)."""
    i = schema.incidents
    found = {}
    for part in chunks(sorted(set(incident_ids))):
        for incident_id, event_ids in conn.execute(sa.select(i.c.id, i.c.event_ids).where(i.c.id.in_(part))):
            found[incident_id] = tuple(json.loads(event_ids))
    return found


# lookups (an event's dates, or its months) per statement: each binds a dozen values at most, well under SQLite's old
# limit of 999 parameters; larger unions took SQLite and PostgreSQL longer per lookup (bench/link_incremental.py)
NEARBY_PROBES_PER_STATEMENT = 20


def _nearby_part(number: int, with_point: bool, with_admin2: bool, months: int) -> str:
    """SQL for the stored events near the `number`-th probe of a statement, labelled with that number; its
    parameters carry the number.

    Written as text: the probes of a batch are one UNION ALL (one round trip, each part planned on its own and
    bounded by the (country, event_date) index), which SQLAlchemy's compiler takes longer to build than to run.
    """
    near = []
    if with_point:
        near.append(f"(latitude BETWEEN :lat_lo_{number} AND :lat_hi_{number} "
                    f"AND longitude BETWEEN :lon_lo_{number} AND :lon_hi_{number})")
    if with_admin2:
        near.append(f"(admin1 = :admin1_{number} AND admin2 = :admin2_{number})")
    # the dates and the months are two parts: an OR of both would keep the (country, event_date) index from
    # bounding the range, and the query would read every event of the country
    if months:
        when = "event_date IN (" + ", ".join(f":month_{n}_{number}" for n in range(months)) + ")"
    else:
        when = f"event_date BETWEEN :low_{number} AND :high_{number}"
    return (f"SELECT {number} AS probe, id FROM {schema.events.name} "
            f"WHERE country = :country_{number} AND {when} AND ({' OR '.join(near)})")


@lru_cache(maxsize=256)
def _nearby_statement(shapes: tuple[tuple[bool, bool, int], ...]) -> sa.TextClause:
    """One statement for a batch of probes, each given as (with_point, with_admin2, number of months)."""
    return sa.text(" UNION ALL ".join(_nearby_part(number, *shape) for number, shape in enumerate(shapes)))


def _nearby_probes(event: LinkedEvent, gap_days: int, km: float) -> list[tuple[tuple[bool, bool, int], dict]]:
    """The lookups of one event's neighbourhood: (shape, values) for its dates and, if any, for its months."""
    day = day_number(event.event_date)[0]  # type: ignore[index]
    low, high = date.fromordinal(day - gap_days), date.fromordinal(day + gap_days)
    # month-precision dates ("2024-02") stand for the 15th: the months of the window whose 15th is in it
    months = []
    year, month = low.year, low.month
    while (year, month) <= (high.year, high.month):
        if low <= date(year, month, 15) <= high:
            months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    with_point = event.latitude is not None and event.longitude is not None
    if not with_point and not event.admin2:
        return []
    values: dict[str, Any] = {"country": event.country}
    if with_point:
        box_lat = km / 111.2 + 0.01
        box_lon = _box_lon(abs(event.latitude), box_lat)  # type: ignore[arg-type]
        values.update(lat_lo=event.latitude - box_lat, lat_hi=event.latitude + box_lat,  # type: ignore[operator]
                      lon_lo=event.longitude - box_lon, lon_hi=event.longitude + box_lon)  # type: ignore[operator]
    if event.admin2:
        values.update(admin1=event.admin1, admin2=event.admin2)
    probes = [((with_point, bool(event.admin2), 0),
               {**values, "low": low.isoformat(), "high": high.isoformat() + "\uffff"})]
    if months:
        probes.append(((with_point, bool(event.admin2), len(months)),
                       {**values, **{f"month_{n}": month for n, month in enumerate(months)}}))
    return probes


def nearby_events(conn: sa.Connection, events: Sequence[LinkedEvent], gap_days: int,
                  km: float) -> dict[str, set[str]]:
    """For each (dated) event, the stored events the incident rules could link with it (a superset): same country
    within the gap, near its point or in its admin2, or sharing one of its original stories.

    The lookups go NEARBY_PROBES_PER_STATEMENT to a statement, not one or two statements per event.
    """
    found: dict[str, set[str]] = {event.event_id: set() for event in events}
    probes = [(event.event_id, shape, values) for event in events
              for shape, values in _nearby_probes(event, gap_days, km)]
    probes.sort(key=lambda probe: probe[1])  # batches of one shape: few distinct statements to compile
    for batch in chunks(probes, NEARBY_PROBES_PER_STATEMENT):
        statement = _nearby_statement(tuple(shape for _, shape, _ in batch))
        bound = {f"{name}_{number}": value for number, (_, _, values) in enumerate(batch)
                 for name, value in values.items()}
        for number, event_id in conn.execute(statement, bound):
            found[batch[number][0]].add(event_id)
    # co-reporting: events with a mention of one of the event's original stories
    events_of_source: dict[str, set[str]] = defaultdict(set)
    lm, links = schema.link_mentions, schema.mention_links
    sources = sorted({source for event in events for source in event.source_article_ids})
    for part in chunks(sources):
        for source_id, event_id in conn.execute(
                sa.select(lm.c.source_id, links.c.event_id).join(links, links.c.mention_id == lm.c.mention_id)
                .where(lm.c.source_id.in_(part))):
            events_of_source[source_id].add(event_id)
    for event in events:
        for source in event.source_article_ids:
            found[event.event_id] |= events_of_source.get(source, set())
        found[event.event_id].discard(event.event_id)
    return found


def stored_events_of_mentions(conn: sa.Connection, mention_ids: Iterable[str]) -> set[str]:
    links = schema.mention_links
    found: set[str] = set()
    for part in chunks(sorted(set(mention_ids))):
        found.update(event_id for (event_id,) in conn.execute(
            sa.select(links.c.event_id).distinct().where(links.c.mention_id.in_(part))))
    return found


def unchanged_rows(conn: sa.Connection, table: sa.Table, rows: Sequence[dict]) -> dict[str, str]:
    """id -> stored linked_at of the `rows` the table already holds exactly (apart from linked_at)."""
    wanted = {row["id"]: row for row in rows}
    same = {}
    for part in chunks(sorted(wanted)):
        for stored in conn.execute(sa.select(table).where(table.c.id.in_(part))):
            values = dict(stored._mapping)
            new = wanted[values["id"]]
            if all(values[name] == new[name] for name in values if name != "linked_at"):
                same[values["id"]] = values["linked_at"]
    return same
