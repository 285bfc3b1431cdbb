"""The dashboard in a real headless Chromium (Playwright), served by uvicorn on 127.0.0.1 over the demo store.

Needs Debian's Chromium at /usr/bin/chromium (`apt-get install -y chromium`); skipped with that reason otherwise.
Screenshots are saved under each test's tmp_path.
"""

from __future__ import annotations

import csv
import math
import socket
import struct
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("headless browser tests need Chromium at /usr/bin/chromium: apt-get install -y chromium",
                allow_module_level=True)
pytest.importorskip("playwright.sync_api", reason="pip install playwright (the Python package; no browser download)")
pytest.importorskip("uvicorn", reason="pip install uvicorn")

import httpx
import uvicorn
from playwright.sync_api import Page, expect, sync_playwright

from marsad.corpus import corpus_files
from marsad.pipeline import Pipeline
from marsad.settings import Settings
from marsad.store import Store
from marsad.web import create_app

pytestmark = pytest.mark.timeout(300)
TOKEN = "browser-test-token"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync"]
WAIT_MS = 20_000

# Hostile articles: markup, event handlers, javascript: URLs and bidi overrides in every displayed field.
HOSTILE_TEXT = (
    "الميادين – قتل خمسة مدنيين وأصيب ثلاثة آخرون، يوم السبت، جراء قصف مدفعي استهدف حياً سكنياً في مدينة "
    "الميادين بريف دير الزور الشرقي. <script>window.__pwned = 'script'</script> "
    "<img src=x onerror=\"window.__pwned='img';alert(1)\"> \u202eتعليق مقلوب\u202c "
    "<a href=\"javascript:window.__pwned='link'\">اضغط هنا</a> \u2066عزل\u2069"
)
HOSTILE = [
    {"id": "hostile_text", "published": "2024-03-10", "url": "javascript:window.__pwned='url'",
     "outlet": "<img src=x onerror=\"window.__pwned='outlet'\">\u202eوكالة الخداع",
     "title": "<script>window.__pwned='title'</script>مقتل خمسة مدنيين\u202e بقصف على الميادين", "text": HOSTILE_TEXT},
    {"id": "hostile_html", "published": "2024-03-11", "url": " JaVaScRiPt:window.__pwned='url2'",
     "outlet": "\u202eوكالة<svg onload=\"window.__pwned='svg'\">", "title": "<b onmouseover=alert(1)>قصف</b>",
     "html": "<html><body><article><h1>قصف على الميادين</h1><p>" + HOSTILE_TEXT + "</p>"
             "<p onclick=\"window.__pwned='p'\">قتل ثلاثة عناصر من الجيش في هجوم على حاجز قرب الميادين يوم الأحد."
             "</p><iframe src=\"javascript:window.__pwned='iframe'\"></iframe></article></body></html>"},
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("web-browser") / "demo.db"
    settings = Settings(db=str(path))
    store = Store.open(str(path))
    Pipeline(store, settings).run([str(p) for p in corpus_files()], command="demo")
    yield store
    store.close()


@contextmanager
def serving(app) -> Iterator[str]:
    """`app` served by uvicorn on 127.0.0.1 in a background thread; yields its base URL."""
    port = _free_port()
    uv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not uv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start within 30 s")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        uv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def server(demo_store):
    """The app on the demo store, without a tile server (the offline map)."""
    with serving(create_app(demo_store, Settings(db=demo_store.display), api_token=TOKEN)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS, timeout=60_000)
        yield chromium
        chromium.close()


class Watch:
    """Console errors, page errors, CSP violations and dialogs seen by a page."""

    def __init__(self, page: Page):
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        page.on("dialog", self._dialog)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server, accept_downloads=True)
    context.set_default_timeout(WAIT_MS)
    page = context.new_page()
    page.watch = Watch(page)
    yield page
    context.close()


def ready(page: Page) -> None:
    page.wait_for_selector("body[data-ready=true]", timeout=WAIT_MS)


def summary_count(page: Page) -> int:
    text = page.locator("#summary").inner_text()
    return int(text.split(" ", 1)[0].replace(",", ""))


def wait_for_summary_change(page: Page, before: str) -> None:
    page.wait_for_function("(before) => document.querySelector('#summary').textContent !== before", arg=before,
                           timeout=WAIT_MS)


def no_horizontal_overflow(page: Page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_dashboard_map_shows_points_and_filters_by_type_and_brushed_dates(page, server, tmp_path):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto("/")
    ready(page)
    marks = page.locator("#map .mark")
    expect(marks.first).to_be_visible()
    assert marks.count() > 3
    assert page.locator("#map path.country").count() == 1
    # without a tile_url the map is the vendored outlines: nothing is fetched from anywhere else, no tiles drawn
    assert page.locator("#map image, #map .map-attribution").count() == 0
    assert f"{server}/static/countries-50m.json" in requested
    assert [url for url in requested if not url.startswith(server + "/")] == []
    total = summary_count(page)
    page.screenshot(path=tmp_path / "dashboard.png", full_page=True)

    before = page.locator("#summary").text_content()
    page.select_option("#f-type", "Battles")
    wait_for_summary_change(page, before)
    battles = summary_count(page)
    assert 0 < battles < total
    types = page.eval_on_selector_all("#map .point", "els => els.map(e => e.dataset.type)")
    assert types and set(types) == {"Battles"}
    assert "type=Battles" in page.url

    box = page.locator(".timeline-svg").bounding_box()
    before = page.locator("#summary").text_content()
    y = box["y"] + box["height"] * 0.5
    page.mouse.move(box["x"] + box["width"] * 0.55, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.75, y, steps=5)
    page.mouse.move(box["x"] + box["width"] * 0.99, y, steps=5)
    page.mouse.up()
    wait_for_summary_change(page, before)
    since, until = page.input_value("#f-since"), page.input_value("#f-until")
    assert since and until and since <= until
    assert f"since={since}" in page.url
    brushed = summary_count(page) if "No events" not in page.locator("#summary").inner_text() else 0
    assert brushed <= battles
    dates = page.eval_on_selector_all("#event-table tbody tr td:first-child", "els => els.map(e => e.textContent)")
    assert all(since <= d <= until for d in dates)
    page.screenshot(path=tmp_path / "dashboard-filtered.png", full_page=True)
    assert page.watch.errors == []


def test_map_zooms_and_a_point_opens_its_details(page, tmp_path):
    page.goto("/?type=Battles")
    ready(page)
    land = page.locator("#map g.land")
    page.click("#map .zoom-in")
    assert "scale(" in land.get_attribute("transform")
    page.locator("#map svg.map-svg").focus()
    page.keyboard.press("ArrowLeft")
    page.click("#map .zoom-reset")
    clusters = page.locator("#map .cluster")
    for _ in range(6):  # zoom into clusters until single points show
        if page.locator("#map .point").count():
            break
        clusters.first.click()
    point = page.locator("#map .point").first
    point.click()
    details = page.locator("#details")
    expect(details).to_be_visible()
    expect(details.locator("#details-open")).to_have_attribute("href", point.get_attribute("data-id") and
                                                                   f"/events/{point.get_attribute('data-id')}")
    page.screenshot(path=tmp_path / "map-details.png")
    assert page.watch.errors == []


def test_event_page_highlights_evidence_in_the_arabic_text(page, server, tmp_path):
    event = httpx.get(f"{server}/api/events?sort=-sources&limit=1", timeout=30).json()["data"][0]
    record = httpx.get(f"{server}/api/events/{event['id']}", timeout=30).json()
    page.goto(f"/events/{event['id']}")
    ready(page)
    source = page.locator(".source-text").first
    assert source.get_attribute("dir") == "rtl" and source.get_attribute("lang") == "ar"
    assert page.evaluate("getComputedStyle(document.querySelector('.source-text')).direction") == "rtl"
    assert "Naskh" in page.evaluate("getComputedStyle(document.querySelector('.source-text')).fontFamily")
    location_marks = page.locator("mark.ev-location")
    assert location_marks.count() >= 1
    expected = {ev["text"] for m in record["mentions"] for ev in m["evidence"] if ev["field"] == "location"}
    assert location_marks.first.inner_text() in expected
    assert page.locator(".source-meta .outlet").count() == len(record["articles"])

    link = page.locator("#field-location a.ev-link").first
    target = link.get_attribute("data-target")
    link.click()
    assert page.evaluate("document.activeElement.id") == target
    assert "flash" in page.locator(f"#{target}").get_attribute("class")
    expect(page.locator(".figures h3").first).to_be_visible()
    expect(page.locator("section.claims")).to_be_visible()
    expect(page.locator("section.conflicts")).to_be_visible()
    page.screenshot(path=tmp_path / "event.png", full_page=True)
    assert page.watch.errors == []


def test_export_downloads_the_filtered_csv(page, server, tmp_path):
    page.goto("/?country=Syria")
    ready(page)
    with page.expect_download() as download_info:
        page.click("#export-csv")
    path = tmp_path / "export.csv"
    download_info.value.save_as(path)
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    expected = httpx.get(f"{server}/api/events?country=Syria&limit=1", timeout=30).json()["count"]
    assert len(rows) == expected > 0
    assert {row["country"] for row in rows} == {"Syria"}
    assert rows[0].keys() >= {"event_id_cnty", "event_date", "event_type", "actor1", "fatalities", "source"}


def test_language_toggle_switches_labels_and_direction(page, tmp_path):
    page.goto("/")
    ready(page)
    page.click("#lang-toggle")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    expect(page.locator("#filters-title")).to_have_text("التصفية")
    page.screenshot(path=tmp_path / "dashboard-ar.png", full_page=True)
    page.click("#lang-toggle")
    assert page.evaluate("document.documentElement.dir") == "ltr"
    expect(page.locator("#filters-title")).to_have_text("Filters")


def test_keyboard_reaches_filters_and_every_input_has_a_label(page):
    page.goto("/")
    ready(page)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    unlabeled = page.evaluate("""() => [...document.querySelectorAll('input, select')]
        .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).map(e => e.id)""")
    assert unlabeled == []
    page.focus("#f-type")
    page.keyboard.press("ArrowDown")
    assert page.input_value("#f-type") != ""


def test_phone_layout_has_no_horizontal_scroll(browser, server, tmp_path):
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=server, is_mobile=True,
                                  has_touch=True)
    try:
        page = context.new_page()
        page.goto("/")
        ready(page)
        assert no_horizontal_overflow(page)
        expect(page.locator("#map .mark").first).to_be_visible()
        page.screenshot(path=tmp_path / "phone-dashboard.png", full_page=True)
        event_id = page.locator("#event-table tbody tr").first.get_attribute("data-id")
        page.goto(f"/events/{event_id}")
        ready(page)
        assert no_horizontal_overflow(page)
        page.screenshot(path=tmp_path / "phone-event.png", full_page=True)
    finally:
        context.close()


def test_incident_page_shows_map_timeline_and_figures(page, server, tmp_path):
    incidents = httpx.get(f"{server}/api/incidents?limit=1000", timeout=30).json()["data"]
    incident = max(incidents, key=lambda i: (len(i["timeline"]), len(i["event_ids"])))
    page.goto(f"/incidents/{incident['id']}")
    ready(page)
    expect(page.locator("#incident-map .mark").first).to_be_visible()
    expect(page.locator("#incident-timeline .timeline-svg")).to_be_visible()
    if incident["timeline"]:
        expect(page.locator(".figures-svg").first).to_be_visible()
    page.screenshot(path=tmp_path / "incident.png", full_page=True)
    assert page.watch.errors == []


def test_hostile_articles_cannot_run_script_or_break_the_layout(page, server, tmp_path):
    response = httpx.post(f"{server}/api/articles", json={"articles": HOSTILE},
                          headers={"Authorization": f"Bearer {TOKEN}"}, timeout=120)
    assert response.status_code == 200, response.text
    events = httpx.get(f"{server}/api/events?limit=1000", timeout=30).json()["data"]
    hostile_events = [e for e in events if {"hostile_text", "hostile_html"} & set(e["article_ids"])]
    assert hostile_events, "the hostile articles should code at least one event"

    for event in hostile_events:
        page.goto(f"/events/{event['id']}")
        ready(page)
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.locator("a[href^='javascript' i], iframe, img, .source-text script, .source-text a").count() == 0
        shown = page.locator("#record").inner_text()
        assert not any(ch in shown for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
        assert no_horizontal_overflow(page)
    titles = page.locator(".source-title").all_inner_texts()
    assert any("<script>" in title or "<b " in title for title in titles)  # shown as text, not parsed
    page.screenshot(path=tmp_path / "hostile-event.png", full_page=True)

    page.goto("/?q=" + "الميادين")
    ready(page)
    page.locator("#map .point, #map .cluster").first.wait_for()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert no_horizontal_overflow(page)
    page.screenshot(path=tmp_path / "hostile-dashboard.png", full_page=True)
    assert page.watch.dialogs == []
    assert not [e for e in page.watch.errors if "Content Security Policy" in e or "page error" in e]


def raw_http(base_url: str, method: str, path: str) -> tuple[str, dict[str, str], bytes]:
    """One request over a plain socket, read to the server's close: status line, headers, every byte after them."""
    host, port = base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(f"{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    head, _, rest = received.partition(b"\r\n\r\n")
    status, *lines = head.decode("latin-1").split("\r\n")
    headers = {name.lower(): value.strip() for name, _, value in (line.partition(":") for line in lines)}
    return status, headers, rest


@pytest.mark.parametrize("path", ["/", "/api/events?limit=2", "/static/common.js", "/api/events.csv?type=Battles",
                                  "/api/nope"])
def test_head_over_http_has_the_get_headers_and_no_body(server, path):
    get_status, get_headers, get_body = raw_http(server, "GET", path)
    head_status, head_headers, head_body = raw_http(server, "HEAD", path)
    assert head_status == get_status and head_body == b""
    assert head_headers.get("content-length") == get_headers.get("content-length")
    assert head_headers["content-type"] == get_headers["content-type"]
    assert head_headers["content-security-policy"] == get_headers["content-security-policy"]
    if "content-length" in get_headers:
        assert int(get_headers["content-length"]) == len(get_body) > 0


# -- a configured tile server: Web Mercator base layer ---------------------------------------------------------

TILE_PX = 256
TILE_ATTRIBUTION = "© خرائط الاختبار <b>local</b> \u202eمقلوب"


def _png(width: int, height: int, pixel) -> bytes:
    """An RGB PNG whose pixel (x, y) has the colour `pixel(x, y)` (stdlib only: Pillow is not a dependency)."""
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def _tile_png(shade: tuple[int, int, int]) -> bytes:
    border = (90, 90, 90)
    return _png(TILE_PX, TILE_PX, lambda x, y: border if x == 0 or y == 0 else shade)


class TileServer:
    """A slippy-map tile server on 127.0.0.1: /tiles/{z}/{x}/{y}.png; it records every tile asked for."""

    def __init__(self):
        self.requested: list[tuple[int, int, int]] = []
        self.refused: list[str] = []
        shades = [_tile_png((236, 226, 198)), _tile_png((206, 224, 236))]
        tiles = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - the name http.server calls
                parts = self.path.split("?")[0].strip("/").removesuffix(".png").split("/")
                try:
                    z, x, y = (int(v) for v in parts[1:]) if parts[0] == "tiles" and len(parts) == 4 else ((),)
                except ValueError:
                    z = x = y = -1
                if not (0 <= z <= 24 and 0 <= x < 2 ** z and 0 <= y < 2 ** z):
                    tiles.refused.append(self.path)
                    self.send_error(404)
                    return
                tiles.requested.append((z, x, y))
                body = shades[(x + y) % 2]
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "TileServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def tile_server() -> Iterator[TileServer]:
    with TileServer() as tiles:
        yield tiles


@pytest.fixture(scope="module")
def tiled_server(demo_store, tile_server):
    """The same demo store served with `tile_url` pointing at the local tile server."""
    settings = Settings(db=demo_store.display, tile_url=tile_server.url + "/tiles/{z}/{x}/{y}.png",
                        tile_attribution=TILE_ATTRIBUTION, tile_max_zoom=18)
    with serving(create_app(demo_store, settings)) as url:
        yield url


@pytest.fixture
def tiled_page(browser, tiled_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=tiled_server)
    context.set_default_timeout(WAIT_MS)
    page = context.new_page()
    page.watch = Watch(page)
    page.requested = []
    page.on("request", lambda request: page.requested.append(request.url))
    yield page
    context.close()


def mercator_tile_position(lon: float, lat: float, z: int) -> tuple[float, float]:
    """Where (lon, lat) falls in the 2^z × 2^z slippy-map tile grid, in tiles (Web Mercator, EPSG:3857)."""
    n = 2 ** z
    phi = math.radians(lat)
    return (lon + 180) / 360 * n, (1 - math.log(math.tan(math.pi / 4 + phi / 2)) / math.pi) / 2 * n


TILES_SETTLED = """(selector) => {
    const tiles = [...document.querySelectorAll(selector + ' g.tiles image.tile')];
    return tiles.length > 0 && tiles.every(t => t.dataset.state === 'loaded')
        && document.querySelector(selector + ' g.tiles-previous').childElementCount === 0;
}"""


def settled_tiles(page: Page, selector: str = "#map") -> list[dict]:
    """The tiles shown once every one has loaded: z, x, y, href and on-screen box of each."""
    page.wait_for_function(TILES_SETTLED, arg=selector, timeout=WAIT_MS)
    return page.eval_on_selector_all(f"{selector} g.tiles image.tile", """els => els.map(e => {
        const r = e.getBoundingClientRect();
        return {z: +e.dataset.z, x: +e.dataset.x, y: +e.dataset.y, href: e.getAttribute('href'),
                left: r.left, top: r.top, width: r.width, height: r.height};
    })""")


def map_box(page: Page, selector: str = "#map") -> dict:
    return page.eval_on_selector(f"{selector} svg.map-svg", """e => {
        const r = e.getBoundingClientRect(); return {left: r.left, top: r.top, right: r.right, bottom: r.bottom};
    }""")


def assert_tiles_cover_exactly_the_view(tiles: list[dict], box: dict) -> None:
    zooms = {t["z"] for t in tiles}
    assert len(zooms) == 1, zooms
    xs, ys = {t["x"] for t in tiles}, {t["y"] for t in tiles}
    assert len(tiles) == len(xs) * len(ys) == (max(xs) - min(xs) + 1) * (max(ys) - min(ys) + 1)  # a full grid
    for tile in tiles:  # each one at least partly in view
        assert tile["left"] < box["right"] and tile["left"] + tile["width"] > box["left"], tile
        assert tile["top"] < box["bottom"] and tile["top"] + tile["height"] > box["top"], tile
    n = 2 ** zooms.pop()
    assert min(t["left"] for t in tiles) <= box["left"] + 0.5 or min(xs) == 0
    assert max(t["left"] + t["width"] for t in tiles) >= box["right"] - 0.5 or max(xs) == n - 1
    assert min(t["top"] for t in tiles) <= box["top"] + 0.5 or min(ys) == 0
    assert max(t["top"] + t["height"] for t in tiles) >= box["bottom"] - 0.5 or max(ys) == n - 1


def points_on_their_tile_pixel(page: Page, tiles: list[dict], located: dict[str, tuple[float, float]],
                               selector: str = "#map") -> int:
    """Check every single-event mark in view sits on the tile pixel Web Mercator puts its lon/lat on; count them."""
    marks = page.eval_on_selector_all(f"{selector} circle.point", """els => els.map(e => {
        const r = e.getBoundingClientRect();
        return {id: e.dataset.id, cx: r.left + r.width / 2, cy: r.top + r.height / 2};
    })""")
    checked = 0
    for mark in marks:
        tile = next((t for t in tiles if t["left"] <= mark["cx"] < t["left"] + t["width"]
                     and t["top"] <= mark["cy"] < t["top"] + t["height"]), None)
        if tile is None:
            continue  # outside the view
        fx, fy = mercator_tile_position(*located[mark["id"]], tile["z"])
        expected = (tile["left"] + (fx - tile["x"]) * tile["width"], tile["top"] + (fy - tile["y"]) * tile["height"])
        assert mark["cx"] == pytest.approx(expected[0], abs=1.0), (mark, tile)
        assert mark["cy"] == pytest.approx(expected[1], abs=1.0), (mark, tile)
        checked += 1
    return checked


def test_configured_tile_server_draws_a_mercator_base_layer_under_the_points(tiled_page, tiled_server, tile_server,
                                                                             tmp_path):
    page = tiled_page
    rows = httpx.get(f"{tiled_server}/api/events/points", timeout=30).json()
    index = {name: i for i, name in enumerate(rows["fields"])}
    located = {row[index["id"]]: (row[index["longitude"]], row[index["latitude"]]) for row in rows["data"]}
    csp = httpx.get(tiled_server + "/", timeout=30).headers["content-security-policy"]
    assert f"img-src 'self' data: {tile_server.url};" in csp

    page.goto("/")
    ready(page)
    tiles = settled_tiles(page)
    box = map_box(page)
    assert_tiles_cover_exactly_the_view(tiles, box)
    z = tiles[0]["z"]
    # a sensible zoom: the tiles are shown within a factor √2 of their own 256 px
    assert all(TILE_PX / math.sqrt(2) <= t["width"] <= TILE_PX * math.sqrt(2) for t in tiles), tiles[0]
    assert 3 <= z <= 8  # the demo events span the Sahel to Iraq: a regional view, not the world nor a street
    shown = {(t["z"], t["x"], t["y"]) for t in tiles}
    assert shown <= set(tile_server.requested)
    assert all(t["href"] == f"{tile_server.url}/tiles/{t['z']}/{t['x']}/{t['y']}.png" for t in tiles)
    assert tile_server.refused == []
    # the tiles replace the outlines, which are not even downloaded
    assert page.locator("#map path.country").count() == 0
    assert not [url for url in page.requested if "countries-50m" in url]
    assert points_on_their_tile_pixel(page, tiles, located) >= 1
    attribution = page.locator("#map .map-attribution")
    assert attribution.text_content() == TILE_ATTRIBUTION.replace("\u202e", "")  # text, not markup
    assert attribution.locator("b").count() == 0
    expect(attribution).to_be_visible()
    page.screenshot(path=tmp_path / "tiles-dashboard.png")

    before = len(tile_server.requested)
    page.click("#map .zoom-in")
    page.click("#map .zoom-in")
    page.wait_for_function("(z) => document.querySelector('#map g.tiles image.tile').dataset.z == z", arg=z + 2)
    zoomed = settled_tiles(page)
    assert {t["z"] for t in zoomed} == {z + 2}
    assert {(t["z"], t["x"], t["y"]) for t in zoomed} <= set(tile_server.requested[before:])
    assert_tiles_cover_exactly_the_view(zoomed, box)
    points_on_their_tile_pixel(page, zoomed, located)

    before = len(tile_server.requested)
    page.locator("#map svg.map-svg").focus()
    for _ in range(4):  # pan east: the tiles that come into view are fetched, the others dropped
        page.keyboard.press("ArrowRight")
    panned = settled_tiles(page)
    assert_tiles_cover_exactly_the_view(panned, box)
    assert max(t["x"] for t in panned) > max(t["x"] for t in zoomed)
    assert {(t["z"], t["x"], t["y"]) for t in panned} - {(t["z"], t["x"], t["y"]) for t in zoomed} \
        <= set(tile_server.requested[before:])
    points_on_their_tile_pixel(page, panned, located)
    page.screenshot(path=tmp_path / "tiles-dashboard-zoomed.png")
    assert tile_server.refused == []
    assert page.watch.errors == []  # includes any CSP refusal of a tile


def test_incident_map_uses_the_tiles_too(tiled_page, tiled_server, tile_server, tmp_path):
    page = tiled_page
    incidents = httpx.get(f"{tiled_server}/api/incidents?limit=1000", timeout=30).json()["data"]
    incident = next(i for i in incidents if len(i["event_ids"]) == 1)
    event = httpx.get(f"{tiled_server}/api/events/{incident['event_ids'][0]}", timeout=30).json()
    page.goto(f"/incidents/{incident['id']}")
    ready(page)
    tiles = settled_tiles(page, "#incident-map")
    assert_tiles_cover_exactly_the_view(tiles, map_box(page, "#incident-map"))
    located = {event["id"]: (event["longitude"], event["latitude"])}
    assert points_on_their_tile_pixel(page, tiles, located, "#incident-map") == 1
    assert page.locator("#incident-map path.country").count() == 0
    page.screenshot(path=tmp_path / "tiles-incident.png", full_page=True)
    assert page.watch.errors == []
