"""Shared fixtures: the third-party seeds (when present), and stores on SQLite and the local PostgreSQL."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"
POSTGRES_ADMIN_URL = os.environ.get("MARSAD_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present on this machine")
    return SEEDS


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    if not GOLD.is_dir():
        pytest.skip("../shared/gold is not present on this machine")
    return GOLD


def _postgres_unavailable(reason: str):
    if os.environ.get("MARSAD_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"PostgreSQL is required (MARSAD_REQUIRE_POSTGRES=1) but {reason}")
    pytest.skip(f"PostgreSQL not available: {reason}")


@pytest.fixture(scope="session")
def postgres_server():
    """Admin connection info for the local PostgreSQL; skips (or fails in CI) when it is not reachable."""
    try:
        import psycopg
    except ImportError:
        _postgres_unavailable("psycopg is not installed")
    try:
        with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True, connect_timeout=3):
            pass
    except psycopg.OperationalError as exc:
        _postgres_unavailable(str(exc).splitlines()[0])
    return POSTGRES_ADMIN_URL


@pytest.fixture
def postgres_url(postgres_server):
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    import psycopg

    name = f"marsad_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = postgres_server.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """The same test against an SQLite file and a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "marsad.db")
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def store(db_url):
    from marsad.store import Store

    opened = Store.open(db_url)
    yield opened
    opened.close()
