"""Alerts: once per event, updates that say what changed, delivery state; webhook, e-mail and Atom channels
against real local servers on 127.0.0.1 (http.server, aiosmtpd)."""

from __future__ import annotations

import email
import email.policy
import json
import socket

import pytest
from lxml import etree
from watch_fixtures import LocalServer, Request, Response

from marsad.watch import (
    AlertEngine,
    ChannelError,
    InMemoryAlertStateStore,
    create_channel,
    parse_watchlist,
    register_channel,
    render_atom,
)
from marsad.watch.channels.webhook import verify_signature

SECRET = "a-webhook-secret-for-tests"
WATCHLIST = parse_watchlist({"name": "detention", "severity": "high", "place_kinds": ["prison"],
                             "countries": ["Syria"]})
EVENT = {
    "id": "ev-42", "event_type": "Violence against civilians", "sub_event_type": "Attack", "event_date": "2024-05-07",
    "actor1": "Unidentified Armed Group (Syria)", "actor2": "Civilians (Syria)", "country": "Syria",
    "admin1": "Aleppo", "admin2": "Jebel Saman", "location": "Aleppo", "latitude": 36.2, "longitude": 37.13,
    "place_kind": "prison", "fatalities": 2, "sources": 1, "evidence_text": "قُتل معتقلان في سجن حلب المركزي",
    "conflicts": [],
}


class Recorder:
    def __init__(self, name="recorder", failures=0):
        self.name = name
        self.sent = []
        self.failures = failures

    def send(self, alert):
        if self.failures:
            self.failures -= 1
            raise ChannelError("receiver unavailable")
        self.sent.append(alert)
        return 1


class Clock:
    def __init__(self, now=1_700_000_000.0):
        self.now = now

    def __call__(self):
        return self.now


def test_a_matching_event_alerts_once():
    channel = Recorder()
    engine = AlertEngine(InMemoryAlertStateStore(), [WATCHLIST], [channel])
    first, _ = engine.process([EVENT])
    again, _ = engine.process([EVENT, dict(EVENT)])
    assert len(first) == 1 and first[0].kind == "new" and again == []
    assert [a.event_id for a in channel.sent] == ["ev-42"]
    assert "place kind prison" in " ".join(first[0].reasons)


def test_a_material_change_sends_an_update_saying_what_changed():
    channel = Recorder()
    engine = AlertEngine(InMemoryAlertStateStore(), [WATCHLIST], [channel])
    engine.process([EVENT])
    [update], _ = engine.process([{**EVENT, "fatalities": 5, "sources": 3,
                                   "conflicts": [{"field": "fatalities", "values": [2, 5]}]}])
    assert update.kind == "update"
    assert update.changes[:2] == ("fatalities 2 → 5", "sources 1 → 3")
    assert update.changes[2].startswith("new conflict:")
    assert update.title.startswith("Update: [HIGH] detention") and "fatalities 2 → 5" in update.title
    assert len(channel.sent) == 2 and channel.sent[0].key != channel.sent[1].key


def test_no_update_for_a_lower_toll_or_an_unchanged_event():
    engine = AlertEngine(InMemoryAlertStateStore(), [WATCHLIST], [Recorder()])
    engine.process([{**EVENT, "fatalities": 5}])
    assert engine.evaluate([{**EVENT, "fatalities": 3}]) == []
    assert engine.evaluate([{**EVENT, "fatalities": 5, "evidence_text": "نص آخر"}]) == []
    assert engine.evaluate([{**EVENT, "fatalities": 4, "sources": 2}])[0].changes == ("sources 1 → 2",)


def test_an_event_that_starts_matching_later_alerts_as_new():
    strict = parse_watchlist({"name": "deadly", "min_fatalities": 3})
    engine = AlertEngine(InMemoryAlertStateStore(), [strict], [Recorder()])
    assert engine.evaluate([EVENT]) == []
    [alert] = engine.evaluate([{**EVENT, "fatalities": 3}])
    assert alert.kind == "new"


def test_restart_with_the_same_store_sends_no_duplicate():
    store, channel = InMemoryAlertStateStore(), Recorder()
    AlertEngine(store, [WATCHLIST], [channel]).process([EVENT])
    restarted = AlertEngine(store, [WATCHLIST], [channel])
    alerts, report = restarted.process([EVENT])
    assert alerts == [] and report.delivered == [] and len(channel.sent) == 1


def test_failed_deliveries_are_recorded_retried_with_backoff_then_given_up():
    clock = Clock()
    flaky, dead = Recorder("flaky", failures=1), Recorder("dead", failures=99)
    store = InMemoryAlertStateStore()
    engine = AlertEngine(store, [WATCHLIST], [flaky, dead], max_attempts=3, retry_delay=60, clock=clock)
    [alert], report = engine.process([EVENT])
    assert {d.channel for d in report.retrying} == {"flaky", "dead"}
    by_channel = {d.channel: d for d in store.deliveries(alert.key)}
    assert by_channel["flaky"].status == "pending" and by_channel["flaky"].attempts == 1
    assert by_channel["flaky"].last_error == "receiver unavailable"
    assert by_channel["flaky"].next_attempt == clock.now + 60
    assert engine.deliver().delivered == []  # not due yet
    clock.now += 60
    report = engine.deliver()
    assert [d.channel for d in report.delivered] == ["flaky"] and [d.channel for d in report.retrying] == ["dead"]
    clock.now += 120
    report = engine.deliver()
    assert [d.channel for d in report.failed] == ["dead"]
    by_channel = {d.channel: d for d in store.deliveries(alert.key)}
    assert by_channel["flaky"].status == "delivered" and by_channel["flaky"].attempts == 2
    assert by_channel["dead"].status == "failed" and by_channel["dead"].attempts == 3
    assert len(flaky.sent) == 1


def test_a_plugin_channel_registers_like_the_built_ins():
    sent = []

    class Pager:
        def __init__(self, name, options):
            self.name, self.number = name, options["number"]

        def send(self, alert):
            sent.append((self.number, alert.key))
            return 1

    register_channel("pager-test", Pager, replace=True)
    channel = create_channel("pager-test", "oncall", {"number": "+000"})
    AlertEngine(InMemoryAlertStateStore(), [WATCHLIST], [channel]).process([EVENT])
    assert sent and sent[0][0] == "+000"


# --- webhook -------------------------------------------------------------------------------------------------


@pytest.fixture
def server():
    server = LocalServer()
    yield server
    server.stop()


def test_webhook_is_signed_carries_the_idempotency_key_and_is_retried_after_a_failure(server):
    answers = iter([Response(500, "not now"), Response(204)])
    server.routes["/hook"] = lambda request: next(answers)
    channel = create_channel("webhook", "desk", {"url": server.url("/hook"), "secret": SECRET, "timeout": 2,
                                                  "retries": 2, "backoff": 0})
    store = InMemoryAlertStateStore()
    [alert], report = AlertEngine(store, [WATCHLIST], [channel]).process([EVENT])
    posts: list[Request] = [r for r in server.requests if r.method == "POST"]
    assert len(posts) == 2
    assert {p.headers["idempotency-key"] for p in posts} == {alert.key}
    last = posts[-1]
    assert verify_signature(SECRET, last.body, last.headers["x-marsad-timestamp"], last.headers["x-marsad-signature"])
    assert not verify_signature("another-secret-value", last.body, last.headers["x-marsad-timestamp"],
                                last.headers["x-marsad-signature"])
    payload = json.loads(last.body.decode("utf-8"))
    assert payload["key"] == alert.key and payload["event"]["evidence_text"] == EVENT["evidence_text"]
    [delivery] = report.delivered
    assert delivery.attempts == 2 and delivery.status == "delivered"


def test_webhook_failures_are_reported_and_retried_in_a_later_round(server):
    server.routes["/hook"] = Response(503, "down")
    clock = Clock()
    channel = create_channel("webhook", "desk", {"url": server.url("/hook"), "secret": SECRET, "timeout": 2,
                                                  "retries": 1, "backoff": 0})
    store = InMemoryAlertStateStore()
    engine = AlertEngine(store, [WATCHLIST], [channel], max_attempts=6, retry_delay=30, clock=clock)
    _, report = engine.process([EVENT])
    [delivery] = report.retrying
    assert delivery.attempts == 2 and "503" in delivery.last_error
    server.routes["/hook"] = Response(200, "ok")
    clock.now += 60
    assert [d.status for d in engine.deliver().delivered] == ["delivered"]
    assert len([r for r in server.requests if r.method == "POST"]) == 3


def test_webhook_4xx_is_not_retried(server):
    server.routes["/hook"] = Response(400, "bad payload")
    channel = create_channel("webhook", "desk", {"url": server.url("/hook"), "secret": SECRET, "timeout": 2,
                                                  "backoff": 0})
    store = InMemoryAlertStateStore()
    _, report = AlertEngine(store, [WATCHLIST], [channel]).process([EVENT])
    assert [d.status for d in report.failed] == ["failed"] and "400" in report.failed[0].last_error
    assert len([r for r in server.requests if r.method == "POST"]) == 1


# --- e-mail --------------------------------------------------------------------------------------------------


@pytest.fixture
def smtp_server():
    from aiosmtpd.controller import Controller

    class Inbox:
        def __init__(self):
            self.messages = []

        async def handle_DATA(self, server, session, envelope):
            self.messages.append(envelope)
            return "250 Message accepted"

    with socket.socket() as probe:  # a free port on 127.0.0.1 (aiosmtpd needs a fixed one to check readiness)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, ready_timeout=10)
    controller.start()
    yield controller, inbox
    controller.stop()


def test_email_alert_arrives_once_with_arabic_subject_text_and_html(smtp_server):
    controller, inbox = smtp_server
    event = {**EVENT, "location": "حلب"}
    channel = create_channel("email", "desk-mail", {"host": "127.0.0.1", "port": controller.port,
                                                     "from": "marsad@desk.example", "to": ["analyst@desk.example"],
                                                     "timeout": 5})
    engine = AlertEngine(InMemoryAlertStateStore(), [WATCHLIST], [channel])
    [alert], report = engine.process([event])
    engine.process([event])
    assert len(report.delivered) == 1 and len(inbox.messages) == 1
    envelope = inbox.messages[0]
    assert envelope.rcpt_tos == ["analyst@desk.example"]
    message = email.message_from_bytes(envelope.content, policy=email.policy.default)
    assert "حلب" in str(message["Subject"]) and message["Subject"].startswith("[marsad] [HIGH] detention")
    assert message["Message-ID"] == f"<{alert.key}@marsad.alert>"
    plain = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert EVENT["evidence_text"] in plain and EVENT["evidence_text"] in html
    assert "dir='rtl'" in html
    assert envelope.content.isascii()  # RFC 2047 subject and base64 bodies: safe on any SMTP hop


def test_email_to_an_unreachable_server_is_recorded_as_a_retryable_failure():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    channel = create_channel("email", "mail", {"host": "127.0.0.1", "port": port, "from": "a@b.example",
                                               "to": "c@d.example", "timeout": 2})
    _, report = AlertEngine(InMemoryAlertStateStore(), [WATCHLIST], [channel]).process([EVENT])
    [delivery] = report.retrying
    assert delivery.status == "pending" and "127.0.0.1" in delivery.last_error


# --- Atom ----------------------------------------------------------------------------------------------------


def test_atom_feed_lists_alerts_newest_first():
    store = InMemoryAlertStateStore()
    channel = create_channel("atom", "feed", {"title": "تنبيهات مرصد"})
    engine = AlertEngine(store, [WATCHLIST], [channel])
    engine.process([EVENT])
    engine.process([{**EVENT, "fatalities": 4}])
    document = channel.render(store, self_url="http://127.0.0.1/alerts.atom")
    root = etree.fromstring(document.encode("utf-8"))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert root.findtext("a:title", namespaces=ns) == "تنبيهات مرصد"
    entries = root.findall("a:entry", ns)
    assert len(entries) == 2 and entries[0].findtext("a:title", namespaces=ns).startswith("Update:")
    assert entries[1].findtext("a:id", namespaces=ns).startswith("urn:marsad:alert:")
    assert EVENT["evidence_text"] in entries[1].findtext("a:content", namespaces=ns)
    assert all(d.status == "delivered" for d in store.deliveries())


def test_render_atom_of_no_alerts_is_a_valid_empty_feed():
    root = etree.fromstring(render_atom([], updated="2024-05-07T00:00:00+00:00").encode("utf-8"))
    assert root.tag == "{http://www.w3.org/2005/Atom}feed" and root.find("{http://www.w3.org/2005/Atom}entry") is None
