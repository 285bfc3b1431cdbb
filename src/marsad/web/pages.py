"""Server-rendered HTML shells of the dashboard, event and incident pages, and their `.json` twins.

The shells hold no data: the page scripts fetch the JSON twin (or the API) and build the DOM with
`textContent`, so untrusted article text never passes through an HTML parser.
"""

from __future__ import annotations

import html
from functools import cache
from importlib import resources
from string import Template

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse

from marsad.web.api import (
    EventFilters,
    StoreDep,
    count_events,
    event_detail,
    event_page,
    incident_detail,
    json_response,
    map_points,
    not_found,
    reject_unknown_parameters,
    stats,
)

router = APIRouter(include_in_schema=False, dependencies=[Depends(reject_unknown_parameters)])


@cache
def template(name: str) -> Template:
    return Template(resources.files("marsad.web").joinpath("templates", name).read_text(encoding="utf-8"))


def render_page(*, title: str, page: str, script: str, body: str, json_href: str, item_id: str = "",
                status: int = 200) -> HTMLResponse:
    """The page shell; every value is escaped (ids come from the URL, so they are untrusted too)."""
    text = template("page.html").substitute(
        title=html.escape(title), page=html.escape(page), script=html.escape(script), body=body,
        json_href=html.escape(json_href), item_id=html.escape(item_id),
    )
    return HTMLResponse(text, status_code=status)


def render_error(status: int, code: str, message: str) -> HTMLResponse:
    body = template("error.html").substitute(status=status, code=html.escape(code), message=html.escape(message))
    return render_page(title=f"{status} – marsad", page="error", script="error.js", body=body, json_href="/",
                       status=status)


def _query_suffix(request: Request) -> str:
    return ("?" + str(request.query_params)) if request.query_params else ""


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, filters: EventFilters) -> HTMLResponse:
    return render_page(title="marsad – conflict events", page="dashboard", script="dashboard.js",
                       body=template("dashboard.html").template, json_href="/index.json" + _query_suffix(request))


@router.get("/index.json")
def dashboard_json(store: StoreDep, filters: EventFilters) -> JSONResponse:
    """The dashboard's data: stats, map points and the first page of events for the same filters."""
    events = event_page(store, filters, "-event_date", 100, 0)
    return json_response({"filters": filters, "stats": stats(store, filters), "points": map_points(store, filters),
                          "events": {"data": events, "count": count_events(store, filters)}})


@router.get("/events/{event_id}.json")
def event_json(store: StoreDep, event_id: str) -> JSONResponse:
    return json_response(event_detail(store, event_id))


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_html(store: StoreDep, event_id: str) -> HTMLResponse:
    if store.get_event(event_id) is None:
        raise not_found("event", event_id)
    return render_page(title=f"Event {event_id} – marsad", page="event", script="event.js",
                       body=template("event.html").template, json_href=f"/events/{event_id}.json", item_id=event_id)


@router.get("/incidents/{incident_id}.json")
def incident_json(store: StoreDep, incident_id: str) -> JSONResponse:
    return json_response(incident_detail(store, incident_id))


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident_html(store: StoreDep, incident_id: str) -> HTMLResponse:
    if store.get_incident(incident_id) is None:
        raise not_found("incident", incident_id)
    return render_page(title=f"Incident {incident_id} – marsad", page="incident", script="incident.js",
                       body=template("incident.html").template, json_href=f"/incidents/{incident_id}.json",
                       item_id=incident_id)

