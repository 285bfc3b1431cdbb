"""`run_watch` end to end against real local servers on 127.0.0.1 (feed and article pages, a webhook receiver that
fails once, an SMTP server), and the database-backed watch state on SQLite and PostgreSQL."""

from __future__ import annotations

import email
import email.policy
import json
import socket
import threading
from dataclasses import replace
from typing import ClassVar

import pytest
import sqlalchemy as sa
import yaml
from watch_fixtures import LocalServer, Request, Response, article

from marsad.settings import Settings
from marsad.store import Store
from marsad.watch import (
    Alert,
    AlertEngine,
    ChannelError,
    SourceState,
    parse_watchlist,
    register_channel,
)
from marsad.watch.channels.webhook import verify_signature
from marsad.watch.runner import (
    event_for_watchlists,
    list_alerts,
    open_watch_store,
    run_watch,
    try_watchlists,
)
from marsad.watch.storage import (
    DbAlertStateStore,
    DbFetchStateStore,
    create_watch_tables,
)

pytestmark = pytest.mark.timeout(180)

SECRET = "a-webhook-secret-for-the-desk"
START = 1_715_000_000.0
# Three reports of one attack on Ghwayran (al-Sina'a) prison in al-Hasakah; the third, a day later, raises the toll.
ARTICLES = {
    1: ("هجوم مسلح على سجن الصناعة في الحسكة",
        ("قتل ثلاثة حراس يوم الثلاثاء 7 أيار 2024 في هجوم شنه مسلحون مجهولون على سجن الصناعة في حي غويران "
         "جنوب مدينة الحسكة."), "Tue, 07 May 2024 10:00:00 +0300"),
    2: ("مقتل حراس في هجوم على سجن غويران",
        ("أفادت مصادر محلية بمقتل ثلاثة من حراس سجن غويران في مدينة الحسكة إثر هجوم نفذه مسلحون مجهولون يوم "
         "الثلاثاء 7 أيار 2024."), "Tue, 07 May 2024 11:00:00 +0300"),
    3: ("ارتفاع حصيلة الهجوم على سجن الصناعة",
        ("ارتفعت حصيلة الهجوم الذي شنه مسلحون مجهولون على سجن الصناعة في مدينة الحسكة يوم الثلاثاء 7 أيار 2024 "
         "إلى سبعة قتلى من الحراس."), "Wed, 08 May 2024 09:00:00 +0300"),
}
WATCHLIST = {"name": "detention-sites", "severity": "high", "event_types": ["Battles", "Violence against civilians"],
             "place_kinds": ["prison", "camp"], "keywords": ["سجن"], "min_sources": 2}


class Clock:
    def __init__(self, now: float = START):
        self.now = now

    def __call__(self) -> float:
        return self.now


class Webhook:
    """A receiver that answers 503 to its first `failures` POSTs, then 200; keeps every request."""

    def __init__(self, failures: int = 1):
        self.failures = failures
        self.requests: list[Request] = []

    def __call__(self, request: Request) -> Response:
        self.requests.append(request)
        if len(self.requests) <= self.failures:
            return Response(503, "busy")
        return Response(200, "ok")

    @property
    def accepted(self) -> list[dict]:
        return [json.loads(r.body) for r in self.requests[self.failures:]]


def feed(server: LocalServer, numbers) -> bytes:
    items = "".join(
        f"<item><guid>guid-{n}</guid><link>{server.url(f'/news/{n}')}</link><title>{ARTICLES[n][0]}</title>"
        f"<pubDate>{ARTICLES[n][2]}</pubDate></item>" for n in numbers)
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>شبكة الاختبار</title>'
            f"<link>http://example.invalid/</link><description>x</description>{items}</channel></rss>").encode()


def serve_feed(server: LocalServer, numbers, etag: str) -> None:
    body = feed(server, numbers)

    def route(request: Request) -> Response:
        if request.headers.get("if-none-match") == etag:
            return Response(304, headers={"ETag": etag})
        return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8", "ETag": etag})

    server.routes["/feed"] = route
    for n in numbers:
        server.routes[f"/news/{n}"] = article(ARTICLES[n][0], ARTICLES[n][1])


def write_config(tmp_path, server: LocalServer, channels: list[dict], *, allow_local: bool = True):
    data = {"fetch": {"timeout": 2, "retries": 1, "backoff": 0, "host_interval": 0},
            "sources": [{"url": server.url("/feed"), "poll_interval": 60}],
            "watchlists": [WATCHLIST], "channels": channels}
    if allow_local:
        data["allow_private_addresses"] = ["127.0.0.1"]
    path = tmp_path / "watch.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture
def server():
    server = LocalServer()
    yield server
    server.stop()


@pytest.fixture
def smtp_server():
    from aiosmtpd.controller import Controller

    class Inbox:
        def __init__(self):
            self.messages = []

        async def handle_DATA(self, server, session, envelope):
            self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
            return "250 Message accepted"

    with socket.socket() as probe:  # a free port on 127.0.0.1 (aiosmtpd needs a fixed one to check readiness)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, ready_timeout=10)
    controller.start()
    yield port, inbox
    controller.stop()


def test_watch_alerts_once_retries_a_failed_webhook_updates_on_a_higher_toll_and_resumes_after_restart(
        db_url, tmp_path, server, smtp_server):
    smtp_port, inbox = smtp_server
    hook = Webhook(failures=1)
    server.routes["/hook"] = hook
    serve_feed(server, [1, 2], '"v1"')
    config = write_config(tmp_path, server, [
        {"type": "webhook", "name": "desk", "url": server.url("/hook"), "secret": SECRET, "retries": 0,
         "timeout": 2},
        {"type": "email", "name": "mail", "host": "127.0.0.1", "port": smtp_port, "from": "marsad@desk.example",
         "to": ["analyst@desk.example"], "timeout": 5},
        {"type": "atom", "name": "feed"},
    ])
    clock, settings = Clock(), Settings(db=db_url)

    first = run_watch(config, db_url, once=True, settings=settings, clock=clock)
    assert first.sources[0].status == "ok" and first.articles == 2
    [alert] = first.alerts
    assert alert.kind == "new" and alert.watchlist == "detention-sites"
    assert alert.event["place_kind"] == "prison" and alert.event["sources"] == 2 and alert.event["fatalities"] == 3
    assert "سجن" in alert.event["evidence_text"]
    assert [d.channel for d in first.deliveries.delivered] == ["feed", "mail"]
    [retrying] = first.deliveries.retrying
    assert retrying.channel == "desk" and retrying.attempts == 1 and "503" in retrying.last_error
    with Store.open(db_url) as store:  # the failure is recorded in the store, waiting for its retry
        [recorded] = [d for d in DbAlertStateStore(store).deliveries(alert.key) if d.channel == "desk"]
    assert (recorded.channel, recorded.status, recorded.attempts) == ("desk", "pending", 1)
    assert "503" in recorded.last_error and recorded.next_attempt > START

    clock.now += 120  # the source is due again, and so is the webhook's retry
    second = run_watch(config, db_url, once=True, settings=settings, clock=clock)
    assert second.sources[0].status == "not-modified" and second.alerts == []
    assert [(d.channel, d.attempts) for d in second.deliveries.delivered] == [("desk", 2)]
    assert [a["key"] for a in hook.accepted] == [alert.key] and len(inbox.messages) == 1
    assert hook.requests[0].headers["idempotency-key"] == hook.requests[1].headers["idempotency-key"] == alert.key
    signed = hook.requests[1]
    assert verify_signature(SECRET, signed.body, signed.headers["x-marsad-timestamp"],
                            signed.headers["x-marsad-signature"])
    message = inbox.messages[0]
    assert message["Subject"].startswith("[marsad] [HIGH] detention-sites")
    assert "سجن" in message.get_body(("plain",)).get_content()

    serve_feed(server, [3, 2, 1], '"v2"')
    clock.now += 120
    third = run_watch(config, db_url, once=True, settings=settings, clock=clock)
    assert third.articles == 1
    [update] = third.alerts
    assert update.kind == "update" and update.event_id == alert.event_id
    assert update.changes[:2] == ("fatalities 3 → 7", "sources 2 → 3")
    assert len(third.deliveries.delivered) == 3
    assert hook.accepted[1]["kind"] == "update" and "fatalities 3 → 7" in hook.accepted[1]["changes"]
    assert len(inbox.messages) == 2 and "fatalities 3 → 7" in str(inbox.messages[1]["Subject"])
    assert str(inbox.messages[1]["Subject"]).startswith("[marsad] Update:")

    clock.now += 120  # a restart on the same store: nothing is fetched, alerted or sent again
    fourth = run_watch(config, db_url, once=True, settings=settings, clock=clock)
    assert fourth.sources[0].status == "not-modified" and fourth.alerts == [] and fourth.articles == 0
    assert not (fourth.deliveries.delivered or fourth.deliveries.retrying or fourth.deliveries.failed)
    assert len(hook.accepted) == 2 and len(inbox.messages) == 2
    assert [server.paths().count(f"/news/{n}") for n in (1, 2, 3)] == [1, 1, 1]

    with open_watch_store(db_url) as store:
        listing = list_alerts(store)
        assert listing["count"] == 2 and [a["kind"] for a in listing["data"]] == ["update", "new"]
        assert {d["status"] for a in listing["data"] for d in a["deliveries"]} == {"delivered"}
        trial = try_watchlists(store, [parse_watchlist(WATCHLIST)])
        assert [m["event_id"] for m in trial["data"]] == [alert.event_id]
        assert DbAlertStateStore(store).count_alerts() == 2  # trying a watchlist records nothing


class SimulatedCrash(RuntimeError):
    """Not a ChannelError: it escapes the delivery round, as a killed process would stop it."""


class CrashingChannel:
    crashes: ClassVar[int] = 0
    sent: ClassVar[list[str]] = []

    def __init__(self, name, options):
        self.name = name

    def send(self, alert: Alert) -> int:
        if CrashingChannel.crashes:
            CrashingChannel.crashes -= 1
            raise SimulatedCrash("killed mid-delivery")
        CrashingChannel.sent.append(alert.key)
        return 1


def test_a_restart_after_a_crash_before_delivery_delivers_each_alert_once(tmp_path, server):
    register_channel("test-crashing", CrashingChannel, replace=True)
    CrashingChannel.crashes, CrashingChannel.sent = 1, []
    serve_feed(server, [1, 2], '"v1"')
    config = write_config(tmp_path, server, [{"type": "test-crashing", "name": "pager"}])
    db, clock = str(tmp_path / "marsad.db"), Clock()
    with pytest.raises(SimulatedCrash):
        run_watch(config, db, once=True, settings=Settings(db=db), clock=clock)
    clock.now += 1  # not even due again: the articles are in, the alert is recorded, only its delivery is left
    resumed = run_watch(config, db, once=True, settings=Settings(db=db), clock=clock)
    assert resumed.sources == [] and resumed.alerts == []
    assert len(resumed.deliveries.delivered) == 1 and len(CrashingChannel.sent) == 1
    clock.now += 120
    again = run_watch(config, db, once=True, settings=Settings(db=db), clock=clock)
    assert again.alerts == [] and len(CrashingChannel.sent) == 1
    assert [server.paths().count(f"/news/{n}") for n in (1, 2)] == [1, 1]


def test_watch_without_once_runs_passes_until_stopped(tmp_path, server):
    serve_feed(server, [1, 2], '"v1"')
    config = write_config(tmp_path, server, [{"type": "atom", "name": "feed"}])
    db, stop, reports = str(tmp_path / "marsad.db"), threading.Event(), []

    def on_report(report):
        reports.append(report)
        stop.set()  # wakes the loop's sleep at once, so the test does not wait for the next pass

    assert run_watch(config, db, stop=stop, on_report=on_report, settings=Settings(db=db)) is None
    [report] = reports
    assert report.articles == 2 and [a.kind for a in report.alerts] == ["new"]
    assert [d.channel for d in report.deliveries.delivered] == ["feed"]


def test_a_source_on_a_private_address_is_refused_unless_allowed(tmp_path, server):
    serve_feed(server, [1, 2], '"v1"')
    config = write_config(tmp_path, server, [], allow_local=False)
    db = str(tmp_path / "marsad.db")
    report = run_watch(config, db, once=True, settings=Settings(db=db), clock=Clock())
    [failed] = report.failed
    assert "127.0.0.1" in failed.error and failed.articles == 0 and report.alerts == []
    assert server.requests == []  # refused before any connection, robots.txt included
    with open_watch_store(db) as store:
        assert store.count_articles() == 0
        state = DbFetchStateStore(store).get(server.url("/feed"))
        assert state.failures == 1 and state.next_due > START


def test_event_for_watchlists_reads_the_place_kind_and_evidence_from_the_mentions(tmp_path):
    from marsad.models import RawDocument
    from marsad.pipeline import Pipeline
    from marsad.watch.runner import events_of_articles, run_documents

    db = str(tmp_path / "marsad.db")
    with open_watch_store(db) as store:
        title, body, _ = ARTICLES[1]
        html = f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><p>{body}</p></body></html>"
        run_documents(Pipeline(store, Settings(db=db)), [RawDocument(
            doc_id="doc-1", source="memory", input_format="html", content_type="html", content=html,
            url="http://news.example/1", published="2024-05-07T10:00:00+03:00", title=title)])
        [row] = events_of_articles(store, ["doc-1"])
        event = event_for_watchlists(store, row)
        article_row = store.get_article("doc-1")
    assert event["id"] == row["id"] and event["place_kind"] == "prison"
    assert event["evidence_text"].startswith("قتل ثلاثة حراس") and event["evidence_text"].count("سجن الصناعة") == 1
    assert event["location"].startswith("Ghwayran prison")
    assert article_row["url"] == "http://news.example/1" and article_row["published"].startswith("2024-05-07")


# --- the database-backed state stores, on SQLite and PostgreSQL ------------------------------------------------


@pytest.fixture
def watch_store(db_url):
    store = open_watch_store(db_url)
    yield store
    store.close()


def test_create_watch_tables_is_idempotent(watch_store):
    with watch_store.transaction() as conn:
        create_watch_tables(conn)
        names = set(sa.inspect(conn).get_table_names())
    assert {"watch_sources", "watch_seen_items", "alerts", "alert_deliveries"} <= names


def test_db_fetch_state_get_returns_a_copy_and_put_replaces(watch_store):
    state = DbFetchStateStore(watch_store)
    assert state.get("http://a.example/feed") is None
    saved = SourceState("http://a.example/feed", etag='"x"', last_modified="Tue, 07 May 2024 10:00:00 GMT",
                        last_fetch=START, last_success=START, next_due=START + 60.5,
                        item_failures={"guid-1": 2, "مقال": 1})
    state.put(saved)
    got = state.get(saved.url)
    assert got == saved and got is not saved
    got.item_failures["guid-9"] = 1
    got.failures = 4
    assert state.get(saved.url) == saved  # nothing changes until put
    state.put(replace(saved, etag=None, failures=2, last_error="http-503", item_failures={}))
    again = state.get(saved.url)
    assert (again.etag, again.failures, again.last_error, again.item_failures) == (None, 2, "http-503", {})


def test_db_fetch_state_remembers_seen_items_and_prunes_old_ones(watch_store):
    state = DbFetchStateStore(watch_store)
    state.mark_seen("http://a.example/feed", ["guid-1", "guid-2", "guid-1"], START)
    state.mark_seen("http://a.example/feed", ["guid-2", "guid-3"], START + 100)  # guid-2 keeps its first time
    state.mark_seen("http://b.example/feed", [], START)
    assert state.is_seen("http://a.example/feed", "guid-2")
    assert not state.is_seen("http://b.example/feed", "guid-2")
    assert state.prune_seen(START + 50) == 2
    assert [state.is_seen("http://a.example/feed", g) for g in ("guid-1", "guid-2", "guid-3")] == [False, False, True]


def _alert(key: str, event_id: str = "ev-1", kind: str = "new") -> Alert:
    return Alert(key=key, watchlist="detention", severity="high", event_id=event_id, kind=kind,
                 created_at="2024-05-07T10:00:00+00:00", reasons=("place kind prison",),
                 changes=("fatalities 2 → 5",) if kind == "update" else (),
                 event={"id": event_id, "location": "سجن صيدنايا", "fatalities": 2, "conflicts": []})


def test_db_alert_state_add_alert_refuses_a_known_key_and_keeps_deliveries(watch_store):
    alerts = DbAlertStateStore(watch_store)
    assert alerts.last_snapshot("detention", "ev-1") is None
    assert alerts.add_alert(_alert("k1"), {"sources": 1, "fatalities": 2}, ["desk", "mail"], START)
    assert not alerts.add_alert(_alert("k1"), {"sources": 9, "fatalities": 9}, ["desk", "mail", "pager"], START + 5)
    assert alerts.get_alert("k1") == _alert("k1") and alerts.get_alert("nope") is None
    assert alerts.last_snapshot("detention", "ev-1") == {"sources": 1, "fatalities": 2}
    assert [(d.channel, d.status, d.next_attempt) for d in alerts.deliveries("k1")] == [
        ("desk", "pending", START), ("mail", "pending", START)]
    assert alerts.add_alert(_alert("k2", kind="update"), {"sources": 2, "fatalities": 5}, ["desk"], START + 10)
    assert alerts.last_snapshot("detention", "ev-1") == {"sources": 2, "fatalities": 5}
    assert [a.key for a in alerts.recent_alerts()] == ["k2", "k1"]
    assert [a.key for a in alerts.recent_alerts(1)] == ["k2"]


def test_db_alert_state_add_alert_is_atomic(watch_store):
    alerts = DbAlertStateStore(watch_store)
    with pytest.raises(sa.exc.IntegrityError):
        alerts.add_alert(_alert("k1"), {"sources": 1}, ["desk", "desk"], START)  # the second delivery clashes
    assert alerts.get_alert("k1") is None and alerts.deliveries() == []
    assert alerts.last_snapshot("detention", "ev-1") is None


def test_db_alert_state_due_deliveries_are_pending_and_due_oldest_first(watch_store):
    alerts = DbAlertStateStore(watch_store)
    alerts.add_alert(_alert("k1"), {}, ["desk", "mail"], START)
    alerts.add_alert(_alert("k2", "ev-2"), {}, ["desk"], START + 10)
    assert [(d.alert_key, d.channel) for d in alerts.due_deliveries(START + 10)] == [
        ("k1", "desk"), ("k1", "mail"), ("k2", "desk")]
    assert [d.alert_key for d in alerts.due_deliveries(START + 5)] == ["k1", "k1"]
    [desk, mail, _] = alerts.due_deliveries(START + 10)
    alerts.save_delivery(replace(desk, status="delivered", attempts=1, delivered_at=START + 11))
    alerts.save_delivery(replace(mail, attempts=1, last_error="SMTP down", next_attempt=START + 70))
    assert [(d.alert_key, d.channel) for d in alerts.due_deliveries(START + 20)] == [("k2", "desk")]
    assert [d.channel for d in alerts.due_deliveries(START + 70)] == ["mail", "desk"]
    [stored] = [d for d in alerts.deliveries("k1") if d.channel == "desk"]
    assert (stored.status, stored.attempts, stored.delivered_at) == ("delivered", 1, START + 11)


class Recorder:
    def __init__(self, failures: int = 0):
        self.name = "recorder"
        self.failures = failures
        self.sent: list[Alert] = []

    def send(self, alert: Alert) -> int:
        if self.failures:
            self.failures -= 1
            raise ChannelError("receiver unavailable")
        self.sent.append(alert)
        return 1


def test_alert_engine_on_the_db_store_alerts_once_across_restarts_and_retries(watch_store):
    watchlist = parse_watchlist({"name": "detention", "place_kinds": ["prison"]})
    event = {"id": "ev-42", "event_type": "Battles", "place_kind": "prison", "fatalities": 2, "sources": 1,
             "evidence_text": "قتل معتقلان في سجن حلب المركزي", "conflicts": []}
    clock, channel = Clock(), Recorder(failures=1)
    alerts, report = AlertEngine(DbAlertStateStore(watch_store), [watchlist], [channel], clock=clock).process([event])
    assert len(alerts) == 1 and [d.attempts for d in report.retrying] == [1]
    clock.now += 61
    restarted = AlertEngine(DbAlertStateStore(watch_store), [watchlist], [channel], clock=clock)
    again, report = restarted.process([dict(event)])
    assert again == [] and [d.attempts for d in report.delivered] == [2] and len(channel.sent) == 1
    [update], _ = restarted.process([{**event, "fatalities": 5}])
    assert update.changes == ("fatalities 2 → 5",) and len(channel.sent) == 2


def test_watchlists_stored_through_the_api_round_trip_and_validate(db_url):
    from marsad.errors import UsageError
    from marsad.store import Store
    from marsad.watch.storage import WatchlistStore

    store = Store.open(db_url)
    try:
        stored = WatchlistStore(store)
        stored.put({"name": "sahel-camps", "severity": "high", "countries": ["Mali", "Burkina Faso"],
                    "place_kinds": ["camp"], "keywords": ["مخيم"]})
        stored.put({"name": "sahel-camps", "severity": "critical", "countries": ["Mali"]})  # replaces
        [watchlist] = stored.watchlists()
        assert (watchlist.name, watchlist.severity, watchlist.countries) == ("sahel-camps", "critical", ("Mali",))
        with pytest.raises(UsageError, match="severity"):
            stored.put({"name": "bad", "severity": "extreme"})
        assert [w["name"] for w in stored.all()] == ["sahel-camps"]
        assert stored.delete("sahel-camps") and not stored.delete("sahel-camps")
    finally:
        store.close()
