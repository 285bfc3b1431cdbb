"""The web app factory and `serve()`, which `marsad serve --db --host --port` calls.

Every error, whatever raised it (a missing route, a bad parameter, a store failure, a bug), is answered as
{"error": {"code": "...", "message": "..."}}; HTML pages get the same code and message in an HTML page. Every
response, errors and unhandled failures included, carries the security headers, and HEAD is answered wherever
GET is.
"""

from __future__ import annotations

import logging
from importlib import resources

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from marsad import __version__
from marsad.errors import MarsadError, StoreError, UsageError
from marsad.settings import Settings, check_settings, tile_url_origin
from marsad.store import Store
from marsad.web import api, pages
from marsad.web.security import (
    SECURITY_HEADERS,
    RateLimiter,
    SecurityHeadersMiddleware,
    resolve_api_token,
    security_headers,
)

log = logging.getLogger("marsad.web")

HTTP_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
              405: "method_not_allowed", 406: "not_acceptable", 413: "too_large", 415: "unsupported_media_type",
              422: "invalid_parameter", 429: "rate_limited", 500: "internal_error", 503: "unavailable"}
UNEXPECTED_MESSAGE = "the server hit an unexpected error; it is logged — please report it with the URL"
STORE_MESSAGE = "the store cannot be read or written right now; the server log says why — retry later"
# Set in the scope of a HEAD request that the app answers as a GET (see HeadAsGetMiddleware).
HEAD_REQUEST = "marsad.head_request"


def error_body(code: str, message: str) -> dict:
    """The one error shape of the API."""
    return {"error": {"code": code, "message": message}}


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith(("/api/", "/static/")) or path.endswith(".json"):
        return False
    return "text/html" in request.headers.get("accept", "")


def error_response(request: Request, status: int, code: str, message: str,
                   headers: dict[str, str] | None = None) -> Response:
    if _wants_html(request):
        response: Response = pages.render_error(status, code, message)
    else:
        response = JSONResponse(error_body(code, message), status_code=status)
    if headers:
        response.headers.update(headers)
    return response


class HeadAsGetMiddleware:
    """Answer HEAD wherever GET is answered: the app serves a GET, the client gets its status and headers only.

    The routes declare GET alone: FastAPI adds no HEAD to them, and declaring it on each would double every
    operation in the OpenAPI document. Content-Length stays the one the GET body has (RFC 9110 §9.3.2).
    """

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return
        body_ended = False

        async def send_without_body(message: Message) -> None:
            nonlocal body_ended
            if message["type"] == "http.response.start":
                await send(message)
            elif not body_ended:  # the first body message (or a file send) ends the body, empty
                body_ended = True
                await send({"type": "http.response.body", "body": b"", "more_body": False})

        await self.app({**scope, "method": "GET", HEAD_REQUEST: True}, receive, send_without_body)


class MarsadApp(FastAPI):
    """FastAPI with the security headers and HEAD handling around the whole app.

    Starlette always puts its ServerErrorMiddleware, which answers unhandled exceptions, outside the app's own
    middleware: headers added by `add_middleware` would miss those 500s.
    """

    security_headers: tuple[tuple[bytes, bytes], ...] = SECURITY_HEADERS

    def build_middleware_stack(self) -> ASGIApp:
        return SecurityHeadersMiddleware(HeadAsGetMiddleware(super().build_middleware_stack()),
                                         headers=self.security_headers)


def _method(request: Request) -> str:
    return "HEAD" if request.scope.get(HEAD_REQUEST) else request.method


def _allow_head(headers: dict[str, str] | None) -> dict[str, str] | None:
    """A 405's Allow header with HEAD wherever it has GET (HEAD is served as GET)."""
    allow = (headers or {}).get("Allow")
    if allow is None:
        return headers
    methods = [m.strip() for m in allow.split(",")]
    if "GET" in methods and "HEAD" not in methods:
        methods.append("HEAD")
    return {**(headers or {}), "Allow": ", ".join(methods)}


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "path", "body"))
        parts.append(f"{where or 'request'}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) + "; see /openapi.json for the parameters this endpoint takes"


def create_app(store: Store, settings: Settings | None = None, *, api_token: str | None = None,
               write_rate_per_minute: float = 30.0, write_burst: int = 10,
               max_body_bytes: int = 20 * 1024 * 1024) -> FastAPI:
    """Build the app over an open `store`.

    Writes (POST /api/articles) are refused unless a token is given here, as a setting `api_token`, or as
    $MARSAD_API_TOKEN; then they need `Authorization: Bearer <token>` and are rate-limited per client.
    A `tile_url` setting gives the maps a tile base layer, and its origin alone is added to the CSP img-src.
    """
    settings = check_settings(settings or Settings(db=store.display))
    app = MarsadApp(title="marsad", version=__version__,
                    description="Conflict events coded from Arabic news, with provenance. Lists are "
                                '{"data": [...], "count": N}; errors are {"error": {"code", "message"}}.',
                    docs_url=None, redoc_url=None)  # the bundled doc UIs load scripts from a CDN
    app.state.store = store
    app.state.settings = settings
    app.state.api_token = resolve_api_token(settings, api_token)
    app.state.write_limiter = RateLimiter(per_minute=write_rate_per_minute, burst=write_burst)
    app.state.max_body_bytes = max_body_bytes
    app.security_headers = security_headers(tile_url_origin(settings.tile_url))

    @app.exception_handler(api.ApiError)
    async def _api_error(request: Request, exc: api.ApiError) -> Response:
        return error_response(request, exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = HTTP_CODES.get(exc.status_code, "error")
        if exc.status_code == 404:
            message = f"nothing at {request.url.path}; the API is described at /openapi.json"
        elif exc.status_code == 405:
            message = f"{_method(request)} is not allowed on {request.url.path}"
        else:
            message = str(exc.detail)
        headers = getattr(exc, "headers", None)
        return error_response(request, exc.status_code, code, message,
                              _allow_head(headers) if exc.status_code == 405 else headers)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 400, "invalid_parameter", _validation_message(exc))

    @app.exception_handler(MarsadError)
    async def _marsad_error(request: Request, exc: MarsadError) -> Response:
        if isinstance(exc, UsageError):
            return error_response(request, 400, "bad_request", str(exc))
        # the message may name the database file or server and what failed inside it: the log keeps it
        if isinstance(exc, StoreError):
            log.error("store error on %s %s: %s", _method(request), request.url.path, exc)
            return error_response(request, 503, "store_unavailable", STORE_MESSAGE)
        log.error("error on %s %s", _method(request), request.url.path, exc_info=exc)
        return error_response(request, 500, "internal_error", UNEXPECTED_MESSAGE)

    # Starlette hands this one to its ServerErrorMiddleware, which then re-raises: the server (uvicorn) logs the
    # traceback, so this line only adds what the server's does not say, the request.
    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.error("unhandled error on %s %s: %s: %s", _method(request), request.url.path, type(exc).__name__, exc)
        return error_response(request, 500, "internal_error", UNEXPECTED_MESSAGE)

    app.include_router(api.router)
    app.include_router(pages.router)
    static = resources.files("marsad.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    return app


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, *, settings: Settings | None = None,
          api_token: str | None = None, log_level: str = "info") -> None:
    """Open the store `db` and serve the dashboard and API until interrupted (what `marsad serve` calls)."""
    import uvicorn

    from marsad.settings import load_settings

    settings = settings or load_settings(db=db)
    with Store.open(db) as store:
        app = create_app(store, settings, api_token=api_token)
        if app.state.api_token is None:
            log.warning("no MARSAD_API_TOKEN: the API is read-only")
        uvicorn.run(app, host=host, port=port, log_level=log_level, proxy_headers=False, server_header=False)
