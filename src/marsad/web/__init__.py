"""The web dashboard and JSON API: `create_app(store, settings)` builds it, `serve(db, host, port)` runs it."""

from marsad.web.app import create_app, serve

__all__ = ["create_app", "serve"]
