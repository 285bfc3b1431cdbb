"""API benchmark: a 100,000-event SQLite store, served by uvicorn on 127.0.0.1, queried over HTTP.

Generates N linked events (default 100,000) straight into the `events` table: six ACLED types with realistic
weights, 20 countries with admin1 areas and towns, five years of dates, actors, fatalities (mostly none, heavy
tail), a few with conflicts. Then serves the app on a free loopback port and, for each scenario (event list
filtered by type, with country, dates, fatalities, bbox, text search, other sorts; stats; map points), sends a
bounded number of sequential requests and prints requests/s, p50 and p95 latency against the target (p95 < 100 ms
for /api/events?type=...&limit=100 with filters).

    python bench/api.py [--n 100000] [--requests 200] [--db /tmp/marsad-bench-api.db] [--seed 11] [--suggested-index]
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import httpx
import uvicorn

from marsad.settings import Settings
from marsad.store import Store, now_iso, schema
from marsad.web import create_app

P95_TARGET_MS = 100.0
START = date(2020, 1, 1)
DAYS = 5 * 365
TYPES = [("Battles", "Armed clash", 30), ("Explosions/Remote violence", "Air/drone strike", 15),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack", 12),
         ("Violence against civilians", "Attack", 15), ("Protests", "Peaceful protest", 15),
         ("Riots", "Violent demonstration", 5), ("Strategic developments", "Arrests", 8)]
COUNTRIES = [("Syria", "SY", 35.0, 38.5), ("Iraq", "IQ", 33.2, 43.7), ("Yemen", "YE", 15.4, 47.5),
             ("Sudan", "SD", 15.5, 30.0), ("Libya", "LY", 27.0, 17.0), ("Somalia", "SO", 5.2, 46.2),
             ("Mali", "ML", 17.0, -4.0), ("Niger", "NE", 17.6, 8.1), ("Lebanon", "LB", 33.9, 35.8),
             ("Egypt", "EG", 26.8, 30.8), ("Tunisia", "TN", 34.0, 9.5), ("Algeria", "DZ", 28.0, 2.6),
             ("Chad", "TD", 15.4, 18.7), ("Burkina Faso", "BF", 12.2, -1.5), ("South Sudan", "SS", 7.3, 30.0),
             ("Morocco", "MA", 31.8, -7.1), ("Jordan", "JO", 31.2, 36.5), ("Palestine", "PS", 31.9, 35.2),
             ("Mauritania", "MR", 20.3, -10.9), ("Nigeria", "NG", 9.1, 8.7)]
ACTORS = ["Military Forces of {c}", "Police Forces of {c}", "Rebel Group of {c}", "Civilians ({c})",
          "Protesters ({c})", "Islamic State (ISIS)", "Al Qaeda", "Unidentified Armed Group ({c})", "Militia of {c}"]

SCENARIOS = [
    ("type", "/api/events?type=Battles&limit=100"),
    ("type+country", "/api/events?type=Battles&country=Syria&limit=100"),
    ("type+dates", "/api/events?type=Protests&since=2022-01-01&until=2022-06-30&limit=100"),
    ("type+country+min_fatalities",
     "/api/events?type=Explosions/Remote%20violence&country=Iraq&min_fatalities=5&limit=100"),
    ("type+has_conflicts", "/api/events?type=Riots&has_conflicts=true&limit=100"),
    ("type+bbox", "/api/events?type=Battles&bbox=35,32,42,37.5&limit=100"),
    ("type+sort fatalities", "/api/events?type=Battles&sort=-fatalities&limit=100"),
    ("type+page 50", "/api/events?type=Battles&limit=100&page=50"),
    ("type+actor", "/api/events?type=Battles&actor=Islamic%20State%20(ISIS)&limit=100"),
    ("type+text (LIKE scan)", "/api/events?type=Riots&q=Aleppo&limit=100"),
    ("stats type", "/api/stats?type=Battles"),
    ("map points country", "/api/events/points?country=Yemen"),
]
TARGETED = {name for name, _ in SCENARIOS[:9]}
# The indexes suggested to the lead (docs/dashboard.md): the filter and sort columns of events, narrow enough that
# filtered lists, counts and stats never read the wide rows (JSON counts, figures) except for the page shown; and
# no (latitude, longitude) index, which SQLite picks for a bbox and then reads every row in the latitude band.
_COVER = ("event_date, admin1, fatalities, n_conflicts, latitude, longitude, actor1, actor2, assoc_actor_1, "
          "assoc_actor_2, sources, id")
SUGGESTED_INDEXES = (
    f"CREATE INDEX IF NOT EXISTS ix_events_type_cover ON events (event_type, country, {_COVER})",
    f"CREATE INDEX IF NOT EXISTS ix_events_country_cover ON events (country, event_type, {_COVER})",
    "DROP INDEX IF EXISTS ix_events_latlon",
)


def build_store(path: Path, n: int, seed: int, suggested_index: bool) -> Store:
    """Write `n` synthetic linked events into a new SQLite store at `path`."""
    if path.exists():
        path.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    rng = random.Random(seed)
    store = Store.open(str(path))
    weights = [w for *_, w in TYPES]
    stamp = now_iso()
    towns = {c: [(f"Town {i} of {c}", f"Province {i % 12} of {c}", lat + rng.uniform(-3, 3), lon + rng.uniform(-3, 3))
                 for i in range(300)] for c, _, lat, lon in COUNTRIES}
    rows = []
    with store.transaction() as conn:
        for i in range(n):
            event_type, sub_type, _ = rng.choices(TYPES, weights)[0]
            country, iso, _, _ = COUNTRIES[min(int(rng.paretovariate(1.1)) - 1, len(COUNTRIES) - 1)]
            town, admin1, lat, lon = rng.choice(towns[country])
            actor1 = rng.choice(ACTORS).format(c=country)
            actor2 = rng.choice(ACTORS).format(c=country) if rng.random() < 0.6 else None
            fatalities = 0 if rng.random() < 0.55 else int(rng.paretovariate(1.3))
            conflicted = rng.random() < 0.03
            rows.append({
                "id": f"ev_{i:08d}", "incident_id": f"in_{i // 3:08d}", "event_type": event_type,
                "sub_event_type": sub_type, "disorder_type": "Political violence",
                "event_date": (START + timedelta(days=rng.randrange(DAYS))).isoformat(), "time_precision": 1,
                "actor1": actor1, "assoc_actor_1": None, "inter1": 1, "actor2": actor2, "assoc_actor_2": None,
                "inter2": 2 if actor2 else None, "civilian_targeting": None, "country": country, "iso": iso,
                "admin1": admin1, "admin2": None, "location": f"{town}, {admin1}", "latitude": lat, "longitude": lon,
                "geo_precision": 1, "fatalities": fatalities, "fatalities_low": fatalities,
                "fatalities_best": fatalities, "fatalities_high": fatalities, "sources": rng.randint(1, 4),
                "outlets": json.dumps(["Outlet A"]), "mention_ids": json.dumps([f"a{i}#1"]),
                "article_ids": json.dumps([f"a{i}"]),
                "counts": json.dumps({"killed": {"counts": "killed", "coded": fatalities, "low": fatalities,
                                                 "best": fatalities, "high": fatalities, "timeline": []}}),
                "figures": "[]",
                "conflicts": json.dumps([{"field": "actor1", "chosen": actor1, "values": []}]) if conflicted else "[]",
                "n_conflicts": 1 if conflicted else 0, "linked_at": stamp,
            })
            if len(rows) == 5000:
                conn.execute(schema.events.insert(), rows)
                rows = []
        if rows:
            conn.execute(schema.events.insert(), rows)
    with store.engine.begin() as conn:
        if suggested_index:
            for statement in SUGGESTED_INDEXES:
                conn.exec_driver_sql(statement)
        conn.exec_driver_sql("ANALYZE")
    return store


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def measure(client: httpx.Client, url: str, requests: int) -> dict:
    client.get(url).raise_for_status()  # warm caches
    latencies = []
    started = time.perf_counter()
    for _ in range(requests):
        t0 = time.perf_counter()
        response = client.get(url)
        latencies.append((time.perf_counter() - t0) * 1000)
        response.raise_for_status()
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {"rps": requests / elapsed, "p50": statistics.median(latencies),
            "p95": latencies[max(0, round(0.95 * len(latencies)) - 1)], "count": response.json().get("count")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200, help="sequential requests per scenario")
    parser.add_argument("--db", default="/tmp/marsad-bench-api.db")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--suggested-index", action="store_true",
                        help="apply the index changes suggested in docs/dashboard.md")
    args = parser.parse_args()

    t0 = time.perf_counter()
    store = build_store(Path(args.db), args.n, args.seed, args.suggested_index)
    print(f"built {args.n:,} events in {time.perf_counter() - t0:.1f} s -> {args.db}"
          f"{' with the suggested indexes' if args.suggested_index else ''}")
    app = create_app(store, Settings(db=args.db), api_token=None)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline:
            print("uvicorn did not start within 30 s", file=sys.stderr)
            return 1
        time.sleep(0.05)
    failed = False
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            print(f"{'scenario':32} {'matches':>8} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7}  target")
            for name, url in SCENARIOS:
                result = measure(client, url, args.requests)
                verdict = ""
                if name in TARGETED:
                    ok = result["p95"] < P95_TARGET_MS
                    failed |= not ok
                    verdict = f"{'ok' if ok else 'MISSED'} (p95 < {P95_TARGET_MS:.0f} ms)"
                count = "" if result["count"] is None else f"{result['count']:,}"
                print(f"{name:32} {count:>8} {result['rps']:7.1f} {result['p50']:7.1f} {result['p95']:7.1f}  {verdict}")
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        store.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
