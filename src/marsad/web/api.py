"""The JSON API: events, incidents, mentions, articles, actors, places, claims, stats and exports.

Lists come back as {"data": [...], "count": N} where N counts every match (not just this page); errors as
{"error": {"code": ..., "message": ...}} (see `app.py`). Every route is read-only except POST /api/articles.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterator
from datetime import date
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import JSONResponse, StreamingResponse

from marsad import export as exporting
from marsad.errors import UsageError
from marsad.store import Store, schema
from marsad.web.security import token_matches

MAX_LIMIT = 1000
MAX_POINTS = 50_000
SORTABLE = ("event_date", "fatalities", "sources", "n_conflicts", "country", "event_type", "linked_at", "id")
EXPORT_MEDIA = {
    "csv": "text/csv; charset=utf-8",
    "geojson": "application/geo+json",
    "jsonl": "application/x-ndjson; charset=utf-8",
}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FOLDERS = re.compile(r"^.*[/\\]")


class ApiError(Exception):
    """An error answered as {"error": {"code", "message"}} with `status`."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


def not_found(kind: str, item_id: str) -> ApiError:
    return ApiError(404, "not_found", f"no {kind} with id '{item_id}'; list them at /api/{kind}s")


def json_response(content: Any, status: int = 200) -> JSONResponse:
    """JSON without FastAPI's per-value encoder (slow on big nested records); rows are plain JSON already."""
    return JSONResponse(content, status_code=status)


def page_of(data: list, count: int) -> JSONResponse:
    return json_response({"data": data, "count": count})


def public_source(source: str) -> str:
    """An article's `source` without the server's folders (`x.jsonl#line 3`); a fetched page's URL stays whole."""
    if source.startswith(("http://", "https://")):
        return source
    return _FOLDERS.sub("", source)  # the parts after `#` never hold a slash


def public_article(row: dict) -> dict:
    """A stored article row as the API shows it (see `public_source`)."""
    if row.get("source") is not None:
        row["source"] = public_source(row["source"])
    return row


# -- query parameters ---------------------------------------------------------------------------------------

_known_params: dict[int, frozenset[str]] = {}


def _query_names(dependant: Any) -> Iterator[str]:
    for param in getattr(dependant, "query_params", ()):
        yield param.alias
    for sub in getattr(dependant, "dependencies", ()):
        yield from _query_names(sub)


def reject_unknown_parameters(request: Request) -> None:
    """Refuse query parameters the route does not declare: a typo (`?tpye=`) would otherwise silently match all."""
    route = request.scope.get("route")
    if route is None or not hasattr(route, "dependant"):
        return
    known = _known_params.get(id(route))
    if known is None:
        known = frozenset(_query_names(route.dependant))
        _known_params[id(route)] = known
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        listed = ", ".join(sorted(known)) or "none"
        raise ApiError(400, "unknown_parameter",
                       f"unknown query parameter(s) {', '.join(unknown)}; this endpoint takes: {listed}")


def _date(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    if not _DATE.match(value):
        raise ApiError(400, "invalid_parameter", f"{name} must be a date YYYY-MM-DD, got '{value}'")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ApiError(400, "invalid_parameter", f"{name} '{value}' is not a real date; use YYYY-MM-DD") from None
    return value


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    parts = value.split(",")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise ApiError(400, "invalid_parameter",
                       f"bbox must be four numbers west,south,east,north (e.g. 35,29,48,38), got '{value}'") from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise ApiError(400, "invalid_parameter", "bbox needs -180≤west,east≤180 and -90≤south≤north≤90")
    return west, south, east, north


def event_filters(
    event_type: Annotated[str | None, Query(alias="type", description="ACLED event type, e.g. Battles")] = None,
    sub_event_type: Annotated[str | None, Query(description="ACLED sub-event type, e.g. Armed clash")] = None,
    country: Annotated[str | None, Query(description="Country (English name)")] = None,
    admin1: Annotated[str | None, Query(description="First-level admin area")] = None,
    admin2: Annotated[str | None, Query(description="Second-level admin area")] = None,
    actor: Annotated[str | None, Query(description="Canonical actor name (actor1, actor2 or associated)")] = None,
    incident: Annotated[str | None, Query(description="Incident id")] = None,
    since: Annotated[str | None, Query(description="Event date on or after YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(description="Event date on or before YYYY-MM-DD")] = None,
    min_fatalities: Annotated[int | None, Query(ge=0, description="At least this many fatalities")] = None,
    has_conflicts: Annotated[bool | None, Query(description="true: sources disagree; false: they agree")] = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Arabic/English text in places, actors, evidence")]
    = None,
) -> dict:
    """The event filters shared by the event list, map points, stats, actors, places and exports."""
    filters: dict[str, Any] = {
        "event_type": event_type or None, "sub_event_type": sub_event_type or None, "country": country or None,
        "admin1": admin1 or None, "admin2": admin2 or None, "actor": actor or None, "incident": incident or None,
        "since": _date(since, "since"), "until": _date(until, "until"), "min_fatalities": min_fatalities,
        "has_conflicts": has_conflicts, "bbox": _bbox(bbox), "text": (q or "").strip() or None,
    }
    if filters["since"] and filters["until"] and filters["since"] > filters["until"]:
        raise ApiError(400, "invalid_parameter", f"since {since} is after until {until}; swap them")
    return {k: v for k, v in filters.items() if v is not None}


def paging(
    page: Annotated[int, Query(ge=1, description="Page number, from 1")] = 1,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Items per page (at most {MAX_LIMIT})")] = 100,
) -> tuple[int, int]:
    return limit, (page - 1) * limit


EventFilters = Annotated[dict, Depends(event_filters)]
Paging = Annotated[tuple[int, int], Depends(paging)]


def get_store(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(get_store)]

router = APIRouter(prefix="/api", dependencies=[Depends(reject_unknown_parameters)])


# -- configuration the pages need -----------------------------------------------------------------------------

def map_config(settings: Any) -> dict[str, Any]:
    """How the maps draw: offline country outlines, or a Web Mercator base layer of the configured tiles."""
    if not settings.tile_url:
        return {"projection": "equirectangular", "tiles": None}
    return {"projection": "mercator", "tiles": {"url": settings.tile_url, "attribution": settings.tile_attribution,
                                                "max_zoom": settings.tile_max_zoom}}


@router.get("/config", summary="What the dashboard pages need to know: the map's base layer", tags=["meta"])
def get_config(request: Request) -> JSONResponse:
    return json_response({"map": map_config(request.app.state.settings)})


# -- events ---------------------------------------------------------------------------------------------------

def _count(store: Store, query: sa.Select) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(query.subquery())).scalar() or 0)


@router.get("/events", summary="Linked events matching the filters", tags=["events"])
def list_events(
    store: StoreDep, filters: EventFilters, paged: Paging,
    sort: Annotated[str, Query(description=f"Column, '-' for descending: {', '.join(SORTABLE)}")] = "-event_date",
) -> JSONResponse:
    if sort.lstrip("-") not in SORTABLE:
        raise ApiError(400, "invalid_parameter", f"cannot sort by '{sort}'; use one of {', '.join(SORTABLE)} "
                                                 "with an optional '-' for descending")
    limit, offset = paged
    return page_of(event_page(store, filters, sort, limit, offset), count_events(store, filters))


def count_events(store: Store, filters: dict) -> int:
    """`Store.count_events` over a narrow subquery, so SQLite can count from an index alone."""
    return _count(store, store.event_query(**filters).with_only_columns(schema.events.c.id))


_EVENT_JSON_COLUMNS = ("outlets", "mention_ids", "article_ids", "counts", "figures", "conflicts")


def event_page(store: Store, filters: dict, sort: str, limit: int, offset: int) -> list[dict]:
    """One page of events, in the order of `Store.list_events`, selecting the page's ids first.

    Sorting only (id, key) lets SQLite answer from an index and read just the page's wide rows (JSON counts,
    figures) instead of every match's; see docs/dashboard.md for the covering index this pairs with.
    """
    e = schema.events
    sub = store.event_query(**filters).with_only_columns(e.c.id, e.c[sort.lstrip("-")]).subquery()
    key = sub.c[sort.lstrip("-")]
    ids_query = (sa.select(sub.c.id).order_by(key.desc() if sort.startswith("-") else key.asc(), sub.c.id)
                 .limit(limit).offset(offset))
    with store.engine.connect() as conn:
        ids = [row[0] for row in conn.execute(ids_query)]
        if not ids:
            return []
        rows = {row.id: dict(row._mapping) for row in conn.execute(sa.select(e).where(e.c.id.in_(ids)))}
    page = []
    for event_id in ids:
        row = rows[event_id]
        for name in _EVENT_JSON_COLUMNS:
            row[name] = json.loads(row[name])
        page.append(row)
    return page


def event_detail(store: Store, event_id: str) -> dict:
    """An event's full record plus its source articles' texts (for evidence highlighting)."""
    event = store.get_event(event_id)
    if event is None:
        raise not_found("event", event_id)
    record = exporting.event_record(store, event)
    articles = []
    for article_id in event["article_ids"]:
        article = store.get_article(article_id)
        if article is not None:
            articles.append({key: article[key] for key in ("id", "title", "outlet", "published", "url", "language",
                                                            "source_text")})
    record["articles"] = articles
    record["incident"] = store.get_incident(event["incident_id"]) if event["incident_id"] else None
    return record


def map_points(store: Store, filters: dict) -> dict:
    """Located events as compact rows for the map (at most MAX_POINTS, largest tolls first)."""
    e = schema.events
    query = store.event_query(**filters).where(e.c.latitude.is_not(None), e.c.longitude.is_not(None))
    sub = query.subquery()
    columns = ("id", "longitude", "latitude", "event_type", "fatalities", "event_date", "n_conflicts", "location")
    select = (sa.select(*(sub.c[name] for name in columns))
              .order_by(sa.func.coalesce(sub.c.fatalities, -1).desc(), sub.c.id).limit(MAX_POINTS))
    with store.engine.connect() as conn:
        rows = [list(row) for row in conn.execute(select)]
        total = int(conn.execute(sa.select(sa.func.count()).select_from(sub)).scalar() or 0)
    return {"data": rows, "count": total, "fields": list(columns), "truncated": total > len(rows)}


@router.get("/events/points", summary="Located events as compact rows for maps", tags=["events"])
def event_points(store: StoreDep, filters: EventFilters) -> JSONResponse:
    return json_response(map_points(store, filters))


def _export(store: Store, fmt: str, filters: dict) -> StreamingResponse:
    # closed by the response generator once sent (a `with` block would close it before streaming)
    spool = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024, mode="w+", encoding="utf-8",  # noqa: SIM115
                                          newline="")
    exporting.export(store, "events", fmt, spool, dict(filters))
    spool.seek(0)

    def chunks() -> Iterator[str]:
        try:
            while block := spool.read(64 * 1024):
                yield block
        finally:
            spool.close()

    headers = {"Content-Disposition": f'attachment; filename="marsad-events.{fmt}"'}
    return StreamingResponse(chunks(), media_type=EXPORT_MEDIA[fmt], headers=headers)


@router.get("/events.csv", summary="Export the filtered events as ACLED-column CSV", tags=["exports"])
def export_csv(store: StoreDep, filters: EventFilters) -> StreamingResponse:
    return _export(store, "csv", filters)


@router.get("/events.geojson", summary="Export the filtered, located events as GeoJSON", tags=["exports"])
def export_geojson(store: StoreDep, filters: EventFilters) -> StreamingResponse:
    return _export(store, "geojson", filters)


@router.get("/events.jsonl", summary="Export the filtered events as full JSON Lines records", tags=["exports"])
def export_jsonl(store: StoreDep, filters: EventFilters) -> StreamingResponse:
    return _export(store, "jsonl", filters)


@router.get("/events/{event_id}", summary="One event: sources, evidence, figures timeline, conflicts, claims",
            tags=["events"])
def get_event(store: StoreDep, event_id: str) -> JSONResponse:
    return json_response(event_detail(store, event_id))


# -- incidents ------------------------------------------------------------------------------------------------

@router.get("/incidents", summary="Incidents (groups of linked events)", tags=["incidents"])
def list_incidents(
    store: StoreDep, paged: Paging,
    country: Annotated[str | None, Query(description="Country (English name)")] = None,
    since: Annotated[str | None, Query(description="Last event on or after YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(description="First event on or before YYYY-MM-DD")] = None,
) -> JSONResponse:
    since, until = _date(since, "since"), _date(until, "until")
    limit, offset = paged
    data = store.list_incidents(limit=limit, offset=offset, country=country, since=since, until=until)
    return page_of(data, _count(store, store.incident_query(country=country, since=since, until=until)))


def incident_detail(store: Store, incident_id: str) -> dict:
    incident = store.get_incident(incident_id)
    if incident is None:
        raise not_found("incident", incident_id)
    events = [store.get_event(event_id) for event_id in incident["event_ids"]]
    incident["events"] = sorted((e for e in events if e), key=lambda e: (e["event_date"] or "", e["id"]))
    return incident


@router.get("/incidents/{incident_id}", summary="One incident with its events and casualty timeline",
            tags=["incidents"])
def get_incident(store: StoreDep, incident_id: str) -> JSONResponse:
    return json_response(incident_detail(store, incident_id))


# -- mentions, articles, claims ----------------------------------------------------------------------------

@router.get("/mentions", summary="Event mentions as coded from single articles", tags=["provenance"])
def list_mentions(
    store: StoreDep, paged: Paging,
    article_id: Annotated[str | None, Query(description="Only this article's mentions")] = None,
    event_type: Annotated[str | None, Query(alias="type", description="ACLED event type")] = None,
    country: Annotated[str | None, Query()] = None,
    admin1: Annotated[str | None, Query()] = None,
    actor: Annotated[str | None, Query(description="actor1 or actor2")] = None,
    since: Annotated[str | None, Query(description="YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(description="YYYY-MM-DD")] = None,
) -> JSONResponse:
    filters = {"article_id": article_id, "event_type": event_type, "country": country, "admin1": admin1,
               "actor": actor, "since": _date(since, "since"), "until": _date(until, "until")}
    limit, offset = paged
    data = store.list_mentions(limit=limit, offset=offset, **filters)
    m = schema.mentions
    query = sa.select(m.c.id)
    for column, value in (("article_id", article_id), ("event_type", event_type), ("country", country),
                          ("admin1", admin1)):
        if value:
            query = query.where(m.c[column] == value)
    if actor:
        query = query.where(sa.or_(m.c.actor1 == actor, m.c.actor2 == actor))
    if filters["since"]:
        query = query.where(m.c.event_date >= filters["since"])
    if filters["until"]:
        query = query.where(m.c.event_date <= filters["until"])
    return page_of(data, _count(store, query))


@router.get("/articles", summary="Stored articles (without their text)", tags=["provenance"])
def list_articles(
    store: StoreDep, paged: Paging,
    status: Annotated[str | None, Query(description="ok, duplicate or non_arabic")] = None,
    outlet: Annotated[str | None, Query()] = None,
    language: Annotated[str | None, Query()] = None,
    since: Annotated[str | None, Query(description="Published on or after YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(description="Published on or before YYYY-MM-DD")] = None,
) -> JSONResponse:
    since, until = _date(since, "since"), _date(until, "until")
    limit, offset = paged
    data = [public_article(row) for row in store.list_articles(status=status, outlet=outlet, language=language,
                                                               since=since, until=until, limit=limit, offset=offset)]
    a = schema.articles
    query = sa.select(a.c.id)
    for column, value in (("status", status), ("outlet", outlet), ("language", language)):
        if value:
            query = query.where(a.c[column] == value)
    if since:
        query = query.where(a.c.published >= since)
    if until:
        query = query.where(a.c.published <= until + "\uffff")
    return page_of(data, _count(store, query))


@router.get("/articles/{article_id}", summary="One article: source and clean text, mentions, claims, and what the "
            "mention filter set aside", tags=["provenance"])
def get_article(store: StoreDep, article_id: str) -> JSONResponse:
    article = store.get_article(article_id)
    if article is None:
        raise not_found("article", article_id)
    article = public_article(article)
    article["mentions"] = store.list_mentions(article_id=article_id, limit=None)
    article["claims"] = store.claims_of(article_id)
    article["set_aside"] = store.set_aside_mentions(article_id)
    return json_response(article)


@router.get("/claims", summary="Claims, denials, accusations and threats found in articles", tags=["provenance"])
def list_claims(
    store: StoreDep, paged: Paging,
    article_id: Annotated[str | None, Query()] = None,
    kind: Annotated[str | None, Query(description="accusation, responsibility_claim, denial or threat")] = None,
    claimant: Annotated[str | None, Query()] = None,
    target: Annotated[str | None, Query()] = None,
) -> JSONResponse:
    c = schema.claims
    query = sa.select(c)
    for column, value in (("article_id", article_id), ("kind", kind), ("claimant", claimant), ("target", target)):
        if value:
            query = query.where(c.c[column] == value)
    limit, offset = paged
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(query.order_by(c.c.id).limit(limit).offset(offset))]
    for row in rows:
        row["evidence"] = json.loads(row["evidence"])
    return page_of(rows, _count(store, query))


# -- aggregates -----------------------------------------------------------------------------------------------

@router.get("/actors", summary="Distinct actors of the filtered events, with event counts", tags=["aggregates"])
def list_actors(store: StoreDep, filters: EventFilters, paged: Paging) -> JSONResponse:
    sub = store.event_query(**filters).subquery()
    roles = [sa.select(sub.c.id.label("event_id"), sub.c[column].label("actor"), sa.literal(role).label("role"))
             .where(sub.c[column].is_not(None))
             for column, role in (("actor1", "actor1"), ("actor2", "actor2"), ("assoc_actor_1", "associated"),
                                  ("assoc_actor_2", "associated"))]
    both = sa.union_all(*roles).subquery()
    grouped = (sa.select(both.c.actor, sa.func.count(sa.distinct(both.c.event_id)).label("events"),
                         sa.func.sum(sa.case((both.c.role == "actor1", 1), else_=0)).label("as_actor1"),
                         sa.func.sum(sa.case((both.c.role == "actor2", 1), else_=0)).label("as_actor2"))
               .group_by(both.c.actor))
    limit, offset = paged
    ordered = grouped.order_by(sa.desc("events"), both.c.actor).limit(limit).offset(offset)
    with store.engine.connect() as conn:
        data = [dict(r._mapping) for r in conn.execute(ordered)]
    return page_of(data, _count(store, grouped))


@router.get("/places", summary="Distinct locations of the filtered events, with counts", tags=["aggregates"])
def list_places(store: StoreDep, filters: EventFilters, paged: Paging) -> JSONResponse:
    sub = store.event_query(**filters).subquery()
    keys = (sub.c.country, sub.c.admin1, sub.c.location, sub.c.latitude, sub.c.longitude)
    grouped = (sa.select(*keys, sa.func.count().label("events"),
                         sa.func.coalesce(sa.func.sum(sub.c.fatalities), 0).label("fatalities"))
               .group_by(*keys))
    limit, offset = paged
    ordered = grouped.order_by(sa.desc("events"), sub.c.country, sub.c.location).limit(limit).offset(offset)
    with store.engine.connect() as conn:
        data = [dict(r._mapping) for r in conn.execute(ordered)]
    return page_of(data, _count(store, grouped))


def stats(store: Store, filters: dict) -> dict:
    """Totals of the filtered events, by type, by country and by day and type (for the timeline)."""
    sub = store.event_query(**filters).subquery()
    fatalities = sa.func.coalesce(sa.func.sum(sub.c.fatalities), 0)
    with store.engine.connect() as conn:
        total, killed, first, last = conn.execute(
            sa.select(sa.func.count(), fatalities, sa.func.min(sub.c.event_date), sa.func.max(sub.c.event_date))
        ).one()
        by_type = [{"event_type": t, "events": n, "fatalities": f} for t, n, f in conn.execute(
            sa.select(sub.c.event_type, sa.func.count(), fatalities).group_by(sub.c.event_type)
            .order_by(sa.func.count().desc(), sub.c.event_type))]
        by_country = [{"country": c, "events": n, "fatalities": f} for c, n, f in conn.execute(
            sa.select(sub.c.country, sa.func.count(), fatalities).group_by(sub.c.country)
            .order_by(sa.func.count().desc(), sub.c.country))]
        by_day = [{"date": d, "event_type": t, "events": n} for d, t, n in conn.execute(
            sa.select(sub.c.event_date, sub.c.event_type, sa.func.count())
            .where(sub.c.event_date.is_not(None))
            .group_by(sub.c.event_date, sub.c.event_type).order_by(sub.c.event_date, sub.c.event_type))]
    return {"events": int(total), "fatalities": int(killed or 0), "first_date": first, "last_date": last,
            "by_type": by_type, "by_country": by_country, "by_day": by_day}


@router.get("/stats", summary="Counts of the filtered events by type, country and day", tags=["aggregates"])
def get_stats(store: StoreDep, filters: EventFilters) -> JSONResponse:
    return json_response(stats(store, filters))


# -- writing --------------------------------------------------------------------------------------------------

def require_writer(request: Request) -> None:
    """Writes need a configured token, the right bearer token, and a free slot in the client's rate limit."""
    token = request.app.state.api_token
    if token is None:
        raise ApiError(403, "read_only", "this server is read-only; start it with MARSAD_API_TOKEN set to enable "
                                         "writes, then send 'Authorization: Bearer <token>'")
    if not token_matches(request.headers.get("authorization"), token):
        raise ApiError(401, "unauthorized", "missing or wrong bearer token; send 'Authorization: Bearer <token>' "
                                            "with the token the server was started with",
                       headers={"WWW-Authenticate": "Bearer"})
    client = request.client.host if request.client else "unknown"
    wait = request.app.state.write_limiter.check(client)
    if wait > 0:
        raise ApiError(429, "rate_limited", f"too many write requests; retry in {int(wait) + 1} s",
                       headers={"Retry-After": str(int(wait) + 1)})


@router.post("/articles", summary="Ingest one article or a batch {\"articles\": [...]} (needs the bearer token)",
             tags=["provenance"], status_code=200, dependencies=[Depends(require_writer)])
async def post_articles(request: Request) -> JSONResponse:
    from starlette.concurrency import run_in_threadpool

    from marsad.web.ingest import ingest_articles, parse_batch

    limit = request.app.state.max_body_bytes
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, "too_large", f"request body over {limit:,} bytes; send fewer articles per request")
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limit:
            raise ApiError(413, "too_large", f"request body over {limit:,} bytes; send fewer articles per request")
    try:
        payload = json.loads(bytes(body).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ApiError(400, "invalid_json", f"body is not UTF-8 JSON ({exc}); send application/json") from None
    try:
        articles = parse_batch(payload)
    except UsageError as exc:
        raise ApiError(400, "invalid_article", str(exc)) from None
    store, settings = request.app.state.store, request.app.state.settings
    result = await run_in_threadpool(ingest_articles, store, settings, articles)
    return json_response(result)


# -- alerts -----------------------------------------------------------------------------------------------------

@router.get("/alerts.atom", summary="Atom feed of the alerts `marsad watch` sent, newest first")
def alerts_feed(request: Request, store: StoreDep, limit: int = Query(50, ge=1, le=500)) -> Response:
    from marsad.watch.channels.atom import render_atom
    from marsad.watch.storage import DbAlertStateStore

    document = render_atom(DbAlertStateStore(store).recent_alerts(limit), self_url=str(request.url))
    return Response(document, media_type="application/atom+xml; charset=utf-8")


# -- watchlists -------------------------------------------------------------------------------------------------

@router.get("/watchlists", summary="Watchlists kept in the store (used by `marsad watch` beside its config's)",
            tags=["alerts"])
def list_watchlists(store: StoreDep) -> JSONResponse:
    from marsad.watch.storage import WatchlistStore

    data = WatchlistStore(store).all()
    return json_response({"data": data, "count": len(data)})


@router.get("/watchlists/{name}", summary="One stored watchlist", tags=["alerts"])
def get_watchlist(store: StoreDep, name: str) -> JSONResponse:
    from marsad.watch.storage import WatchlistStore

    found = WatchlistStore(store).get(name)
    if found is None:
        raise ApiError(404, "not_found", f"no watchlist named '{name}'; list them at /api/watchlists")
    return json_response(found)


@router.put("/watchlists/{name}", summary="Create or replace a watchlist (needs the bearer token)",
            tags=["alerts"], dependencies=[Depends(require_writer)])
async def put_watchlist(request: Request, store: StoreDep, name: str) -> JSONResponse:
    from marsad.watch.storage import WatchlistStore

    try:
        definition = json.loads(await request.body())
    except (ValueError, UnicodeDecodeError):
        raise ApiError(400, "bad_request", "send the watchlist as a JSON object (the mapping a watchlist YAML "
                                           "file holds)") from None
    if not isinstance(definition, dict):
        raise ApiError(400, "bad_request", "a watchlist is a JSON object: name, severity and conditions")
    if definition.setdefault("name", name) != name:
        raise ApiError(400, "bad_request", f"the body names '{definition['name']}' but the URL names '{name}'; "
                                           "make them agree")
    WatchlistStore(store).put(definition)
    return json_response(WatchlistStore(store).get(name))


@router.delete("/watchlists/{name}", summary="Delete a stored watchlist (needs the bearer token)", tags=["alerts"],
               dependencies=[Depends(require_writer)])
def delete_watchlist(store: StoreDep, name: str) -> JSONResponse:
    from marsad.watch.storage import WatchlistStore

    if not WatchlistStore(store).delete(name):
        raise ApiError(404, "not_found", f"no watchlist named '{name}'; list them at /api/watchlists")
    return json_response({"deleted": name})
