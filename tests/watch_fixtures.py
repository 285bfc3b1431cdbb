"""A real HTTP server on 127.0.0.1 for the watch tests: routes that tests change between polls, a request log."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from marsad.watch import parse_config


@dataclass
class Response:
    status: int = 200
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (cut short when the server stops)


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Route = Response | Callable[[Request], Response]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request, client_address) -> None:
        if isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            return  # the client hung up, as the size-limit and timeout tests make it do
        super().handle_error(request, client_address)


class LocalServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.stopping = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                self._answer(b"")

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self._answer(self.rfile.read(length))

            def _answer(self, body: bytes) -> None:
                request = Request(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                server.requests.append(request)
                route = server.routes.get(self.path, Response(404, b"not found"))
                response = route(request) if callable(route) else route
                if response.delay:
                    server.stopping.wait(response.delay)
                payload = response.body.encode("utf-8") if isinstance(response.body, str) else response.body
                try:
                    self.send_response(response.status)
                    for name, value in response.headers.items():
                        self.send_header(name, value)
                    if response.status != 304:
                        self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    if response.status != 304:
                        self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout or size limit), which is what some tests provoke

            def log_message(self, format: str, *args) -> None:
                return  # keep test output clean

        self.httpd = _Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def paths(self, method: str = "GET") -> list[str]:
        return [r.path for r in self.requests if r.method == method]

    def stop(self) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


def conditional(body: bytes | str, etag: str, content_type: str = "application/rss+xml; charset=utf-8") -> Route:
    """A route that answers 304 when the client already has `etag`."""

    def route(request: Request) -> Response:
        if request.headers.get("if-none-match") == etag:
            return Response(304, headers={"ETag": etag})
        return Response(200, body, {"Content-Type": content_type, "ETag": etag})

    return route


def rss(items: list[tuple[str, str, str]], title: str = "وكالة الاختبار", encoding: str = "utf-8") -> bytes:
    """An RSS 2.0 feed of (guid, link, title) items, encoded as `encoding` with a matching XML declaration."""
    entries = "".join(f"<item><guid>{guid}</guid><link>{link}</link><title>{item_title}</title>"
                      f"<description>{item_title}</description><pubDate>Tue, 07 May 2024 10:00:00 +0300</pubDate>"
                      "</item>" for guid, link, item_title in items)
    text = (f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>http://example.invalid/</link><description>x</description>{entries}</channel></rss>")
    return text.encode(encoding)


def article(title: str, body: str, charset: str = "utf-8") -> Response:
    html = (f"<html><head><meta charset='{charset}'><title>{title}</title></head><body><h1>{title}</h1>"
            f"<p>{body}</p></body></html>")
    return Response(200, html.encode(charset), {"Content-Type": f"text/html; charset={charset}"})


def watch_config(server: LocalServer, sources: list[dict | str], **fetch):
    """A config that may reach 127.0.0.1 and makes quick, bounded requests."""
    limits = {"timeout": 2, "retries": 1, "backoff": 0, "host_interval": 0, **fetch}
    return parse_config({"allow_private_addresses": ["127.0.0.1"], "fetch": limits,
                         "sources": [s if isinstance(s, dict) else {"url": server.url(s)} for s in sources]})
