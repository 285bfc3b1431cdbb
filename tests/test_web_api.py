"""The JSON API and page shells of `marsad.web`, on a store built from the demo corpus (FastAPI TestClient)."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install fastapi uvicorn httpx")

from fastapi.testclient import TestClient

from marsad.corpus import corpus_files
from marsad.errors import StoreError, UsageError
from marsad.export import ACLED_COLUMNS, EVENT_EXTRA_COLUMNS
from marsad.ingest import IngestOptions, plan_inputs, read_input
from marsad.pipeline import Pipeline
from marsad.settings import Settings
from marsad.store import Store
from marsad.web import create_app
from marsad.web.api import public_source
from marsad.web.security import RateLimiter, token_matches

pytestmark = pytest.mark.timeout(300)
TOKEN = "s3cret-token"
ERROR_KEYS = {"code", "message"}


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("web-api") / "demo.db"
    settings = Settings(db=str(path))
    store = Store.open(str(path))
    Pipeline(store, settings).run([str(p) for p in corpus_files()], command="demo")
    yield store
    store.close()


@pytest.fixture(scope="session")
def client(demo_store):
    app = create_app(demo_store, Settings(db=demo_store.display), api_token=None)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def writable(tmp_path):
    """A client over a fresh store that accepts writes with TOKEN, and allows 3 writes in a burst."""
    store = Store.open(str(tmp_path / "write.db"))
    app = create_app(store, Settings(db=str(tmp_path / "write.db")), api_token=TOKEN, write_burst=3,
                     write_rate_per_minute=0.001)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client
    store.close()


def assert_error(response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == ERROR_KEYS
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]


# -- lists ---------------------------------------------------------------------------------------------------

def test_events_list_is_data_and_count_of_every_match(client, demo_store):
    body = client.get("/api/events?limit=5").json()
    assert set(body) == {"data", "count"}
    assert body["count"] == demo_store.count_events() > 5
    assert len(body["data"]) == 5


def test_events_filter_by_type_returns_only_that_type(client, demo_store):
    body = client.get("/api/events", params={"type": "Battles", "limit": 1000}).json()
    assert body["count"] == demo_store.count_events(event_type="Battles") > 0
    assert {e["event_type"] for e in body["data"]} == {"Battles"}


def test_events_pages_cover_every_event_once(client):
    total = client.get("/api/events?limit=1").json()["count"]
    seen = []
    for page in range(1, total // 40 + 2):
        seen += [e["id"] for e in client.get(f"/api/events?limit=40&page={page}").json()["data"]]
    assert len(seen) == len(set(seen)) == total


def test_events_sort_by_fatalities_descending(client):
    data = client.get("/api/events?sort=-fatalities&limit=10&min_fatalities=0").json()["data"]
    tolls = [e["fatalities"] for e in data]
    assert tolls == sorted(tolls, reverse=True)


def test_events_date_range_and_bbox_filters(client):
    data = client.get("/api/events?since=2024-01-01&until=2024-03-31&limit=1000").json()["data"]
    assert data and all("2024-01-01" <= e["event_date"] <= "2024-03-31" for e in data)
    syria = client.get("/api/events?bbox=35.5,32,42.5,37.5&limit=1000").json()["data"]
    assert syria and all(35.5 <= e["longitude"] <= 42.5 and 32 <= e["latitude"] <= 37.5 for e in syria)


@pytest.mark.parametrize("needle", ["الميادين", "Mayadin"])
def test_events_text_search_in_arabic_and_english(client, needle):
    data = client.get("/api/events", params={"q": needle, "limit": 1000}).json()["data"]
    assert data and any("Mayadin" in (e["location"] or "") for e in data)


def test_events_has_conflicts_filter(client):
    with_conflicts = client.get("/api/events?has_conflicts=true&limit=1000").json()
    assert all(e["n_conflicts"] > 0 for e in with_conflicts["data"])
    without = client.get("/api/events?has_conflicts=false&limit=1").json()["count"]
    assert with_conflicts["count"] + without == client.get("/api/events?limit=1").json()["count"]


def test_event_points_are_compact_rows_for_the_map(client):
    body = client.get("/api/events/points?type=Battles").json()
    assert body["fields"][:3] == ["id", "longitude", "latitude"]
    assert body["count"] == len(body["data"]) > 0 and body["truncated"] is False
    assert all(row[3] == "Battles" for row in body["data"])


# -- records -------------------------------------------------------------------------------------------------

def test_event_detail_has_sources_evidence_figures_conflicts_and_claims(client):
    event_id = client.get("/api/events?sort=-sources&limit=1").json()["data"][0]["id"]
    event = client.get(f"/api/events/{event_id}").json()
    assert event["sources"] >= 2 and len(event["articles"]) == len(event["article_ids"])
    assert all(conflict["values"] for conflict in event["conflicts"])
    assert event["mentions"] and event["articles"] and "claims" in event
    assert any(count["timeline"] for count in event["counts"].values())
    texts = {a["id"]: a["source_text"] for a in event["articles"]}
    spans = [(m["article_id"], ev) for m in event["mentions"] for ev in m["evidence"]]
    assert spans
    for article_id, ev in spans:  # evidence offsets point into the source text the page highlights
        assert texts[article_id][ev["start"]:ev["end"]] == ev["text"]


def test_incidents_list_and_detail(client):
    listing = client.get("/api/incidents?limit=200").json()
    assert listing["count"] == len(listing["data"]) > 0
    biggest = max(listing["data"], key=lambda i: len(i["event_ids"]))
    incident = client.get(f"/api/incidents/{biggest['id']}").json()
    assert sorted(e["id"] for e in incident["events"]) == sorted(biggest["event_ids"])


def test_mentions_articles_and_claims_lists(client):
    mentions = client.get("/api/mentions?type=Battles&limit=3").json()
    assert mentions["count"] > 3 and len(mentions["data"]) == 3
    assert all(m["event_type"] == "Battles" for m in mentions["data"])
    articles = client.get("/api/articles?status=ok&limit=10").json()
    assert articles["count"] >= 50 and "source_text" not in articles["data"][0]
    article = client.get(f"/api/articles/{articles['data'][0]['id']}").json()
    assert article["source_text"] and isinstance(article["mentions"], list) and isinstance(article["claims"], list)
    claims = client.get("/api/claims?kind=denial&limit=5").json()
    assert claims["count"] > 0 and all(c["kind"] == "denial" for c in claims["data"])


@pytest.mark.parametrize("source, shown", [
    ("/srv/news/2024/sawt_alfurat.jsonl#line 3", "sawt_alfurat.jsonl#line 3"),
    ("corpus/a_sy_mayadin.txt", "a_sy_mayadin.txt"),
    ("C:\\Users\\analyst\\crawl.warc.gz#record 12", "crawl.warc.gz#record 12"),
    ("/data/feeds/enab baladi.rss#item 4", "enab baladi.rss#item 4"),
    ("/tmp/marsad-api-x1y2/api.jsonl#line 2", "api.jsonl#line 2"),  # posted before the API stopped using files
    ("api#article 2", "api#article 2"),
    ("<stdin>", "<stdin>"),
    ("https://www.enabbaladi.net/archives/123456", "https://www.enabbaladi.net/archives/123456"),  # `marsad watch`
])
def test_public_source_keeps_the_file_name_and_drops_the_server_folders(source, shown):
    assert public_source(source) == shown


def test_articles_show_their_source_file_name_not_the_server_folder(client, demo_store):
    folder = str(Path(corpus_files()[0]).parent)
    listed = client.get("/api/articles?limit=1000").json()["data"]
    assert len(listed) == client.get("/api/articles?limit=1").json()["count"]
    assert any("#line " in a["source"] for a in listed) and any("#item " in a["source"] for a in listed)
    for article in listed:
        stored = demo_store.get_article(article["id"])["source"]
        assert stored.startswith(folder + "/")  # the store keeps the full path, for `marsad export`
        assert article["source"] == stored.removeprefix(folder + "/")
    one = client.get(f"/api/articles/{listed[0]['id']}").json()
    assert one["source"] == listed[0]["source"] and "/" not in one["source"]


def _served_urls(client) -> list[str]:
    event_id = client.get("/api/events?sort=-sources&limit=1").json()["data"][0]["id"]
    incident_id = client.get("/api/incidents?limit=1").json()["data"][0]["id"]
    article_id = client.get("/api/articles?limit=1").json()["data"][0]["id"]
    return ["/api/events?limit=1000", f"/api/events/{event_id}", f"/events/{event_id}.json", "/api/events/points",
            "/api/events.csv", "/api/events.geojson", "/api/events.jsonl", "/api/incidents?limit=1000",
            f"/api/incidents/{incident_id}", f"/incidents/{incident_id}.json", "/api/mentions?limit=1000",
            "/api/articles?limit=1000", f"/api/articles/{article_id}", "/api/claims?limit=1000",
            "/api/actors?limit=1000", "/api/places?limit=1000", "/api/stats", "/index.json", "/api/config"]


def test_no_response_or_export_names_a_server_folder(client, demo_store):
    folders = {str(Path(corpus_files()[0]).parent), str(Path(demo_store.display).parent)}
    for url in _served_urls(client):
        response = client.get(url)
        assert response.status_code == 200, url
        assert not [f for f in folders if f in response.text], f"{url} names a server folder"


def test_actors_and_places_are_counted_over_the_filter(client):
    actors = client.get("/api/actors?limit=500").json()
    assert actors["count"] == len(actors["data"]) > 0
    top = actors["data"][0]
    assert top["events"] == client.get("/api/events", params={"actor": top["actor"], "limit": 1}).json()["count"]
    places = client.get("/api/places?country=Syria&limit=500").json()
    assert places["data"] and {p["country"] for p in places["data"]} == {"Syria"}
    assert sum(p["events"] for p in places["data"]) == client.get("/api/events?country=Syria&limit=1").json()["count"]


def test_stats_add_up_to_the_filtered_count(client):
    stats = client.get("/api/stats?country=Syria").json()
    assert stats["events"] == client.get("/api/events?country=Syria&limit=1").json()["count"]
    assert sum(row["events"] for row in stats["by_type"]) == stats["events"]
    assert [row["country"] for row in stats["by_country"]] == ["Syria"]
    assert sum(row["events"] for row in stats["by_day"]) <= stats["events"]


# -- exports -------------------------------------------------------------------------------------------------

def test_export_csv_has_acled_columns_for_the_filtered_events(client):
    response = client.get("/api/events.csv?type=Battles")
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert tuple(rows[0].keys()) == ACLED_COLUMNS + EVENT_EXTRA_COLUMNS
    assert len(rows) == client.get("/api/events?type=Battles&limit=1").json()["count"]
    assert {row["event_type"] for row in rows} == {"Battles"}


def test_export_geojson_and_jsonl_follow_the_filter(client):
    geo = client.get("/api/events.geojson?country=Iraq").json()
    assert geo["type"] == "FeatureCollection" and geo["features"]
    assert {f["properties"]["country"] for f in geo["features"]} == {"Iraq"}
    lines = client.get("/api/events.jsonl?country=Iraq").text.strip().splitlines()
    assert len(lines) == client.get("/api/events?country=Iraq&limit=1").json()["count"]
    assert json.loads(lines[0])["mentions"]


def test_openapi_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/incidents", "/api/incidents/{incident_id}",
                 "/api/mentions", "/api/articles", "/api/articles/{article_id}", "/api/actors", "/api/places",
                 "/api/claims", "/api/stats", "/api/events.csv", "/api/events.geojson", "/api/events.jsonl"):
        assert path in paths
    assert "post" in paths["/api/articles"]


# -- the one error shape ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("method, url, status, code", [
    ("GET", "/api/events/ev_missing", 404, "not_found"),
    ("GET", "/api/incidents/in_missing", 404, "not_found"),
    ("GET", "/api/articles/missing", 404, "not_found"),
    ("GET", "/events/ev_missing.json", 404, "not_found"),
    ("GET", "/no/such/page", 404, "not_found"),
    ("GET", "/api/events?since=2024-02-30", 400, "invalid_parameter"),
    ("GET", "/api/events?since=yesterday", 400, "invalid_parameter"),
    ("GET", "/api/events?since=2024-05-01&until=2024-01-01", 400, "invalid_parameter"),
    ("GET", "/api/events?limit=100000", 400, "invalid_parameter"),
    ("GET", "/api/events?page=0", 400, "invalid_parameter"),
    ("GET", "/api/events?min_fatalities=many", 400, "invalid_parameter"),
    ("GET", "/api/events?sort=-secret", 400, "invalid_parameter"),
    ("GET", "/api/events?bbox=1,2,3", 400, "invalid_parameter"),
    ("GET", "/api/events?event_type=Battles", 400, "unknown_parameter"),
    ("GET", "/api/events.csv?tpye=Battles", 400, "unknown_parameter"),
    ("DELETE", "/api/events", 405, "method_not_allowed"),
    ("POST", "/api/articles", 403, "read_only"),
])
def test_every_error_has_the_one_json_shape(client, method, url, status, code):
    assert_error(client.request(method, url, json={"text": "x"} if method == "POST" else None), status, code)


def test_write_errors_have_the_one_json_shape(writable):
    assert_error(writable.post("/api/articles", json={"text": "نص"}), 401, "unauthorized")
    wrong = writable.post("/api/articles", json={"text": "نص"}, headers={"Authorization": "Bearer nope"})
    assert_error(wrong, 401, "unauthorized")
    assert wrong.headers["www-authenticate"] == "Bearer"
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    assert_error(writable.post("/api/articles", content=b"{not json", headers=auth), 400, "invalid_json")
    assert_error(writable.post("/api/articles", json={"text": "x", "evil": 1}, headers=auth), 400, "invalid_article")
    assert_error(writable.post("/api/articles", json=[], headers=auth), 400, "invalid_article")
    limited = writable.post("/api/articles", json=[], headers=auth)  # the fourth write in a burst of three
    assert_error(limited, 429, "rate_limited")
    assert int(limited.headers["retry-after"]) > 0


def test_oversized_write_is_refused(tmp_path):
    with Store.open(str(tmp_path / "big.db")) as store:
        app = create_app(store, Settings(db=str(tmp_path / "big.db")), api_token=TOKEN, max_body_bytes=1000)
        with TestClient(app, raise_server_exceptions=False) as test_client:
            response = test_client.post("/api/articles", json={"text": "ن" * 2000},
                                        headers={"Authorization": f"Bearer {TOKEN}"})
    assert_error(response, 413, "too_large")


def test_unexpected_failure_has_the_one_json_shape(demo_store, monkeypatch):
    app = create_app(demo_store, Settings(db=demo_store.display))

    def broken(**_):
        raise RuntimeError("boom")

    monkeypatch.setattr(demo_store, "event_query", broken)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        response = test_client.get("/api/events")
    assert_error(response, 500, "internal_error")
    assert "boom" not in response.text  # internals stay in the log


SECURITY_HEADER_NAMES = ("content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy",
                         "cross-origin-opener-policy", "cross-origin-resource-policy", "permissions-policy")


def assert_security_headers(response) -> None:
    missing = [name for name in SECURITY_HEADER_NAMES if name not in response.headers]
    assert not missing, f"{response.request.method} {response.request.url} lacks {missing}"
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_an_unhandled_failure_is_a_500_with_the_security_headers_and_no_exception_text(demo_store, monkeypatch,
                                                                                      caplog):
    app = create_app(demo_store, Settings(db=demo_store.display))

    def broken(*_, **__):
        raise RuntimeError("boom in /srv/marsad/secret.db")

    monkeypatch.setattr(demo_store, "event_query", broken)
    monkeypatch.setattr(demo_store, "get_event", broken)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        api = test_client.get("/api/events")
        page = test_client.get("/events/ev_x", headers={"Accept": "text/html"})
    assert_error(api, 500, "internal_error")
    assert page.status_code == 500 and page.headers["content-type"].startswith("text/html")
    assert "internal_error" in page.text
    for response in (api, page):
        assert_security_headers(response)
        assert "boom" not in response.text and "/srv/" not in response.text and "Traceback" not in response.text
    # the log keeps it, once: a line with the request here, the traceback from the server after Starlette re-raises
    logged = [r for r in caplog.records if r.name == "marsad.web"]
    assert any(r.getMessage() == "unhandled error on GET /api/events: RuntimeError: boom in /srv/marsad/secret.db"
               for r in logged)
    assert not any(r.exc_info for r in logged)


def test_a_store_failure_is_a_503_that_names_no_server_path(demo_store, monkeypatch, caplog):
    app = create_app(demo_store, Settings(db=demo_store.display))

    def unavailable(**_):
        raise StoreError("cannot open store /srv/marsad/marsad.db: disk I/O error; check the path or URL")

    monkeypatch.setattr(demo_store, "event_query", unavailable)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        response = test_client.get("/api/events")
    assert_error(response, 503, "store_unavailable")
    assert_security_headers(response)
    assert "/srv/" not in response.text and "marsad.db" not in response.text
    assert any("/srv/marsad/marsad.db" in r.getMessage() for r in caplog.records if r.name == "marsad.web")


def test_html_page_errors_carry_the_same_code_escaped(client):
    response = client.get("/events/<script>alert(1)</script>", headers={"Accept": "text/html"})
    assert response.status_code == 404 and response.headers["content-type"].startswith("text/html")
    assert "not_found" in response.text
    assert "<script>alert" not in response.text and "&lt;script&gt;" in response.text


# -- pages and their .json twins -----------------------------------------------------------------------------

def test_pages_have_json_twins(client):
    event_id = client.get("/api/events?limit=1").json()["data"][0]["id"]
    assert client.get(f"/events/{event_id}.json").json() == client.get(f"/api/events/{event_id}").json()
    page = client.get(f"/events/{event_id}")
    assert f'href="/events/{event_id}.json"' in page.text
    incident_id = client.get("/api/incidents?limit=1").json()["data"][0]["id"]
    assert client.get(f"/incidents/{incident_id}.json").json()["id"] == incident_id
    assert client.get(f"/incidents/{incident_id}").status_code == 200
    dashboard = client.get("/index.json?type=Battles").json()
    assert dashboard["events"]["count"] == dashboard["stats"]["events"] >= dashboard["points"]["count"] > 0
    assert 'href="/index.json?type=Battles"' in client.get("/?type=Battles").text


def test_pages_load_scripts_only_from_files(client):
    page = client.get("/").text
    assert "<script>" not in page and "<script " in page
    assert all('src="/static/' in tag for tag in page.split("<script")[1:])
    for name in ("marsad.css", "common.js", "dashboard.js", "event.js", "incident.js", "topo.js", "i18n.js",
                 "countries-50m.json"):
        assert client.get(f"/static/{name}").status_code == 200


@pytest.mark.parametrize("url", ["/", "/api/events?limit=1", "/static/common.js", "/api/events/missing", "/nope"])
def test_security_headers_on_every_response(client, url):
    headers = client.get(url).headers
    csp = headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp and "unsafe-inline" not in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"


# -- HEAD ----------------------------------------------------------------------------------------------------

def asgi_call(app, method: str, url: str) -> tuple[int, dict[str, str], bytes]:
    """Call the ASGI app directly (no test client that could drop a body): status, headers, every body byte sent."""
    path, _, query = url.partition("?")
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method, "scheme": "http",
             "path": path, "raw_path": path.encode(), "query_string": query.encode(), "root_path": "",
             "headers": [(b"host", b"testserver"), (b"accept", b"*/*")], "client": ("127.0.0.1", 50000),
             "server": ("testserver", 80)}
    sent: list[dict] = []

    async def run() -> None:
        finished = asyncio.Event()
        requested = False

        async def receive() -> dict:
            nonlocal requested
            if not requested:
                requested = True
                return {"type": "http.request", "body": b"", "more_body": False}
            await finished.wait()
            return {"type": "http.disconnect"}

        async def send(message: dict) -> None:
            sent.append(message)
            if message["type"] == "http.response.body" and not message.get("more_body", False):
                finished.set()

        await app(scope, receive, send)

    asyncio.run(run())
    start = next(m for m in sent if m["type"] == "http.response.start")
    headers = {name.decode().lower(): value.decode() for name, value in start["headers"]}
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], headers, body


@pytest.fixture(scope="module")
def plain_app(demo_store):
    return create_app(demo_store, Settings(db=demo_store.display))


@pytest.mark.parametrize("url", ["/", "/index.json?type=Battles", "/api/events?limit=3", "/api/events/points",
                                 "/api/stats", "/api/events.csv?type=Battles", "/api/events.geojson?country=Iraq",
                                 "/static/common.js", "/static/marsad.css", "/openapi.json", "/api/events/ev_missing",
                                 "/no/such/page"])
def test_head_answers_like_get_without_the_body(plain_app, url):
    get_status, get_headers, get_body = asgi_call(plain_app, "GET", url)
    head_status, head_headers, head_body = asgi_call(plain_app, "HEAD", url)
    assert head_status == get_status and get_body
    assert head_body == b""
    assert head_headers == get_headers  # Content-Length included: the length the GET body has
    if "content-length" in get_headers:
        assert int(head_headers["content-length"]) == len(get_body)
    assert "content-security-policy" in head_headers


def test_head_on_event_and_incident_pages_and_their_twins(client):
    event_id = client.get("/api/events?limit=1").json()["data"][0]["id"]
    incident_id = client.get("/api/incidents?limit=1").json()["data"][0]["id"]
    for url in (f"/events/{event_id}", f"/events/{event_id}.json", f"/incidents/{incident_id}",
                f"/incidents/{incident_id}.json", f"/api/events/{event_id}", "/api/articles?limit=2"):
        head, get = client.head(url), client.get(url)
        assert head.status_code == get.status_code == 200, url
        assert head.headers["content-length"] == get.headers["content-length"] == str(len(get.content))


def test_method_not_allowed_lists_head_beside_get(client):
    response = client.delete("/api/events")
    assert_error(response, 405, "method_not_allowed")
    assert {m.strip() for m in response.headers["allow"].split(",")} == {"GET", "HEAD"}
    assert "head" not in client.get("/openapi.json").json()["paths"]["/api/events"]  # no twin operations


# -- the map's tile base layer (issue #6) ---------------------------------------------------------------------

TILE_URL = "http://127.0.0.1:8080/styles/osm-bright/{z}/{x}/{y}.png"


@pytest.fixture(scope="module")
def tiled(demo_store):
    settings = Settings(db=demo_store.display, tile_url=TILE_URL, tile_attribution="© مساهمو OpenStreetMap",
                        tile_max_zoom=17)
    with TestClient(create_app(demo_store, settings), raise_server_exceptions=False) as test_client:
        yield test_client


def img_src(response) -> list[str]:
    directives = dict(d.strip().split(" ", 1) for d in response.headers["content-security-policy"].split(";"))
    return directives["img-src"].split()


def test_without_a_tile_url_the_map_is_offline_and_the_csp_admits_no_other_image_origin(client):
    assert client.get("/api/config").json() == {"map": {"projection": "equirectangular", "tiles": None}}
    for url in ("/", "/api/config", "/static/common.js"):
        assert img_src(client.get(url)) == ["'self'", "data:"]


@pytest.mark.parametrize("url", ["/", "/incidents/in_missing", "/api/events?limit=1", "/static/marsad.css",
                                 "/api/nope"])
def test_a_tile_url_adds_exactly_its_origin_to_the_csp_img_src(tiled, url):
    response = tiled.get(url)
    assert img_src(response) == ["'self'", "data:", "http://127.0.0.1:8080"]
    csp = response.headers["content-security-policy"]
    assert "script-src 'self';" in csp and "connect-src 'self';" in csp and "default-src 'none';" in csp


def test_the_config_endpoint_gives_the_pages_the_tile_layer(tiled):
    body = tiled.get("/api/config").json()
    assert body == {"map": {"projection": "mercator", "tiles": {
        "url": TILE_URL, "attribution": "© مساهمو OpenStreetMap", "max_zoom": 17}}}
    assert_error(tiled.get("/api/config?tile_url=x"), 400, "unknown_parameter")
    assert "/api/config" in tiled.get("/openapi.json").json()["paths"]
    page = tiled.get("/").text  # the page itself carries no configuration: the scripts fetch it
    assert TILE_URL not in page and "<script>" not in page


def test_an_invalid_tile_url_given_in_code_is_refused_before_serving(demo_store):
    settings = Settings(db=demo_store.display, tile_url="https://tiles.example.org/{z}/{x}/{y}.png; img-src *")
    with pytest.raises(UsageError, match="setting 'tile_url' must be a URL without spaces"):
        create_app(demo_store, settings)


# -- writes --------------------------------------------------------------------------------------------------

ARTICLE = {
    "id": "api_test_1", "outlet": "وكالة الاختبار", "published": "2024-03-10", "url": "https://example.org/a/1",
    "title": "مقتل خمسة مدنيين بقصف على الميادين",
    "text": "الميادين – قتل خمسة مدنيين وأصيب ثلاثة آخرون، يوم السبت، جراء قصف مدفعي استهدف حياً سكنياً في مدينة "
            "الميادين بريف دير الزور الشرقي، بحسب ما أفادت مصادر محلية.",
}


def test_post_one_article_runs_the_pipeline(writable):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    result = writable.post("/api/articles", json=ARTICLE, headers=auth).json()
    assert result["new"] == 1 and result["ids"] == ["api_test_1"] and result["rejected"] == []
    article = writable.get("/api/articles/api_test_1").json()
    assert article["outlet"] == ARTICLE["outlet"] and article["mentions"]
    again = writable.post("/api/articles", json={"articles": [ARTICLE]}, headers=auth).json()
    assert again["unchanged"] == 1


def test_an_article_lists_what_the_mention_filter_set_aside(writable):
    from test_mention_filter import ANALYSIS_PIECE

    auth = {"Authorization": f"Bearer {TOKEN}"}
    posted = writable.post("/api/articles", json={"id": "analysis_1", "text": ANALYSIS_PIECE}, headers=auth).json()
    assert posted["new"] == 1
    article = writable.get("/api/articles/analysis_1").json()
    assert article["mentions"] == []
    [dropped] = article["set_aside"]
    assert dropped["event_type"] == "Battles" and 0 < dropped["probability"] < 0.45
    assert ANALYSIS_PIECE[dropped["evidence"][0]["start"]:dropped["evidence"][0]["end"]] == dropped["evidence"][0]["text"]


def test_post_batch_reports_bad_records_without_paths(writable):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    batch = {"articles": [{"id": "good", "text": ARTICLE["text"]}, {"id": "bad", "text": ""}]}
    result = writable.post("/api/articles", json=batch, headers=auth).json()
    assert result["new"] == 1
    assert [r["article"] for r in result["rejected"]] == ["article 2"]
    assert "/tmp" not in json.dumps(result["rejected"]) and "marsad-api-" not in json.dumps(result["rejected"])


def test_posted_articles_are_stored_with_a_neutral_source_and_no_file_is_written(writable, monkeypatch):
    from marsad.pipeline import Pipeline as RunningPipeline

    def through_files(*_, **__):
        raise AssertionError("posted articles must go to Pipeline.run_documents, not through a file")

    monkeypatch.setattr(RunningPipeline, "run", through_files)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    second = {**ARTICLE, "id": "api_test_2", "text": "دير الزور – " + ARTICLE["text"]}
    result = writable.post("/api/articles", json={"articles": [ARTICLE, second]}, headers=auth).json()
    assert result["new"] == 2 and result["rejected"] == [] and result["inputs"] == 2
    assert writable.get("/api/articles/api_test_2").json()["source"] == "api#article 2"
    store = writable.app.state.store
    assert store.get_article("api_test_1")["source"] == "api#article 1"  # no temporary path in the store either


def test_a_re_posted_article_is_unchanged_and_one_without_id_gets_a_stable_one(writable):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    anonymous = {key: value for key, value in ARTICLE.items() if key != "id"}
    first = writable.post("/api/articles", json=anonymous, headers=auth).json()
    again = writable.post("/api/articles", json={"articles": [anonymous]}, headers=auth).json()
    assert first["new"] == 1 and again["unchanged"] == 1 and again["new"] == 0
    assert first["ids"] == again["ids"] and first["ids"][0].startswith("api-")


ENGLISH = ("Five civilians were killed and three others wounded on Saturday when artillery shelling hit a "
           "residential neighbourhood in the city of Mayadin in the eastern countryside of Deir ez-Zor.")
# (article, rejection code or "non_arabic", what the message says); in this order in the batch, after article 1
HOSTILE_RECORDS = [
    ({"id": "english", "text": ENGLISH}, "non_arabic", "en"),
    ({"id": "blank", "text": "   \n\t "}, "bad-record", 'has neither a non-empty "text" nor "html" field'),
    ({"id": "blank_html", "html": "  "}, "bad-record", 'has neither a non-empty "text" nor "html" field'),
    ({"id": "huge", "text": ARTICLE["text"] * 40}, "too-large", "larger than the 10,485-byte limit"),
    ({"id": "numeric_text", "text": 42}, "bad-record", 'field "text" is a JSON number, expected a string'),
    ({"id": ["a", "b"], "text": ARTICLE["text"]}, "bad-record",
     'field "id" is a JSON array, expected a string or an integer'),
    ({"id": True, "text": ARTICLE["text"]}, "bad-record",
     'field "id" is a JSON boolean, expected a string or an integer'),
    ({"id": "dated", "text": ARTICLE["text"], "published": 20240310}, "bad-record",
     'field "published" is a JSON number, expected a string'),
    ({"id": "titled", "text": ARTICLE["text"], "title": {"ar": "عنوان"}}, "bad-record",
     'field "title" is a JSON object, expected a string'),
    ({"id": "kept", "text": ""}, "bad-record", 'has neither a non-empty "text" nor "html" field'),  # a stored id
]


@pytest.fixture
def small_documents(tmp_path):
    """A writable client whose document size limit is 10,485 bytes (0.01 MB), under the request body limit."""
    db = str(tmp_path / "small.db")
    store = Store.open(db)
    app = create_app(store, Settings(db=db, max_document_mb=0.01), api_token=TOKEN)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client
    store.close()


def test_hostile_records_get_one_clear_error_each_and_lose_nothing_stored(small_documents):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    kept = {**ARTICLE, "id": "kept"}
    assert small_documents.post("/api/articles", json=kept, headers=auth).json()["new"] == 1
    store = small_documents.app.state.store
    before = store.get_article("kept")
    mentions_before = store.list_mentions(article_id="kept", limit=None)
    assert mentions_before

    fine = {"id": "fine", "published": "2024-04-02", "outlet": "وكالة الاختبار",
            "text": "درعا – قتل عنصران من قوات الأمن وأصيب ثالث، مساء الثلاثاء، بهجوم مسلح استهدف حاجزاً عسكرياً "
                    "عند مدخل مدينة طفس في ريف درعا الغربي، وفق ما أفاد ناشطون محليون."}
    batch = [fine] + [record for record, _, _ in HOSTILE_RECORDS]
    response = small_documents.post("/api/articles", json={"articles": batch}, headers=auth)
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["new"] == 2  # the good article and the English one (stored, flagged non-Arabic)
    assert result["non_arabic"] == [{"id": "english", "language": "en"}]
    rejected = {r["article"]: r for r in result["rejected"]}
    assert len(rejected) == len(result["rejected"]) == len(HOSTILE_RECORDS) - 1  # one error per bad article
    for n, (_, code, says) in enumerate(HOSTILE_RECORDS, start=2):
        if code == "non_arabic":
            assert f"article {n}" not in rejected
            continue
        assert rejected[f"article {n}"]["code"] == code
        message = rejected[f"article {n}"]["message"]
        assert message.startswith(f"article {n}: ") and says in message
        assert "api#" not in message and "/" not in message.split(":", 1)[0]

    after = store.get_article("kept")
    assert (after["raw_sha256"], after["clean_text"], after["status"]) == (
        before["raw_sha256"], before["clean_text"], before["status"])
    assert store.list_mentions(article_id="kept", limit=None) == mentions_before
    assert store.get_article("english")["status"] == "non_arabic"
    assert store.get_article("blank") is None and store.get_article("huge") is None
    stored_rejections = store.rejections(run_id=result["run_id"])
    assert {r["code"] for r in stored_rejections} >= {"bad-record", "too-large", "non-arabic"}


def test_posted_records_are_checked_exactly_like_json_lines_records(small_documents, tmp_path):
    """The API and `marsad run` share one record check: same codes, same messages, but for the record's label."""
    records = [record for record, code, _ in HOSTILE_RECORDS if code != "non_arabic"]
    jsonl = tmp_path / "batch.jsonl"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    options = IngestOptions(max_document_bytes=int(0.01 * 1024 * 1024))
    from_file = [item for input_file in plan_inputs([str(jsonl)], options).files
                 for item in read_input(input_file, options)]
    assert len(from_file) == len(records)
    posted = small_documents.post("/api/articles", json={"articles": records},
                                  headers={"Authorization": f"Bearer {TOKEN}"}).json()["rejected"]
    assert len(posted) == len(records)
    for n, (by_file, by_api) in enumerate(zip(from_file, posted, strict=True), start=1):
        assert by_api["code"] == by_file.code
        assert by_api["message"] == by_file.message.replace(f"{jsonl}#line {n}", f"article {n}")


# -- security helpers ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("header, expected", [
    (f"Bearer {TOKEN}", True), (f"bearer {TOKEN}", True), (f"Bearer {TOKEN}x", False), ("Bearer ", False),
    (TOKEN, False), (f"Basic {TOKEN}", False), (None, False), ("", False),
])
def test_token_matches_only_the_exact_bearer_token(header, expected):
    assert token_matches(header, TOKEN) is expected


def test_rate_limiter_refills_over_time():
    now = [0.0]
    limiter = RateLimiter(per_minute=60, burst=2, clock=lambda: now[0])
    assert limiter.check("a") == 0 and limiter.check("a") == 0
    assert limiter.check("a") == pytest.approx(1.0)
    assert limiter.check("b") == 0  # per client
    now[0] = 1.0
    assert limiter.check("a") == 0


def test_alerts_are_served_as_an_atom_feed(tmp_path):
    from datetime import datetime, timezone

    from lxml import etree

    from marsad.store import Store
    from marsad.watch.alerts import Alert
    from marsad.watch.storage import DbAlertStateStore
    from marsad.web.app import create_app

    db = str(tmp_path / "alerts.db")
    store = Store.open(db)
    alert = Alert(key="k1", watchlist="detention sites", severity="high", event_id="ev_1", kind="new",
                  created_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                  reasons=("event type Battles",), changes=(),
                  event={"id": "ev_1", "event_type": "Battles", "location": "الحسكة", "fatalities": 3})
    assert DbAlertStateStore(store).add_alert(alert, {"sources": 1, "fatalities": 3}, ["webhook"], now=0.0)
    client = TestClient(create_app(store))
    response = client.get("/api/alerts.atom")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = etree.fromstring(response.content)
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == 1
    assert "detention sites" in etree.tostring(entries[0], encoding="unicode")
    store.close()


def test_watchlists_are_managed_through_the_api_with_the_token(writable):
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    definition = {"severity": "high", "event_types": ["Battles"], "place_kinds": ["prison"], "min_sources": 2}
    created = writable.put("/api/watchlists/detention-sites", content=json.dumps(definition), headers=auth)
    assert created.status_code == 200, created.text
    assert created.json()["name"] == "detention-sites"
    listed = writable.get("/api/watchlists").json()
    assert listed["count"] == 1 and listed["data"][0]["severity"] == "high"
    assert writable.get("/api/watchlists/detention-sites").json()["place_kinds"] == ["prison"]
    assert writable.delete("/api/watchlists/detention-sites", headers=auth).json() == {"deleted": "detention-sites"}
    assert writable.get("/api/watchlists/detention-sites").status_code == 404


def test_a_watchlist_write_without_the_token_is_refused_in_the_one_error_shape(writable):
    response = writable.put("/api/watchlists/x", content=json.dumps({"severity": "high"}))
    assert response.status_code == 401
    assert set(response.json()["error"]) == {"code", "message"}


def test_an_invalid_watchlist_is_a_400_that_names_the_key(writable):
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    response = writable.put("/api/watchlists/bad", content=json.dumps({"severity": "extreme"}), headers=auth)
    assert response.status_code == 400
    assert "severity" in response.json()["error"]["message"]


# -- the test client -------------------------------------------------------------------------------------------

def test_the_test_client_imports_without_a_deprecation_warning():
    """Starlette's TestClient deprecates driving it with httpx; the dev extra installs httpx2 for it."""
    probe = ("import warnings\n"
             "with warnings.catch_warnings(record=True) as caught:\n"
             "    warnings.simplefilter('always')\n"
             "    import fastapi.testclient\n"
             "print([str(w.message) for w in caught if 'deprecat' in str(w.message).lower()])")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.strip() == "[]"
