"""Linking benchmark: synthetic mentions with a known duplicate structure, linked and scored.

Generates N mentions (default 1,000,000) of true events spread over 5 years, 20 countries with an admin1/admin2
hierarchy and thousands of towns (event counts per town are heavy-tailed: big cities see many events a day),
named and generic actors, and all six ACLED event types. Each true event is reported by 1-12 outlets with noise:
dates off by a day, coordinates jittered, sometimes only the admin1 known, actor names missing, fatality counts
that grow as reports come in; some reports are syndicated copies. Hard cases: distinct events in the same town on
the same day (another sub-event type or another actor pair), some reported together in one article.

Prints linking time, peak RSS and the pairwise precision / recall / F1 of the recovered grouping against the
truth, and the ratio to the targets (10 minutes, 4 GB, F1 0.95 at 1M mentions).

    python bench/link.py [--n 1000000] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from collections import Counter
from datetime import date, timedelta

from marsad.events.model import EventMention
from marsad.link import Linker, LinkInput

TIME_TARGET_S = 600.0
RSS_TARGET_MB = 4096.0
F1_TARGET = 0.95
START = date(2019, 1, 1)
DAYS = 5 * 365

# (event_type, sub_event_type, weight)
TYPES = [
    ("Battles", "Armed clash", 20), ("Battles", "Government regains territory", 2),
    ("Battles", "Non-state actor overtakes territory", 2),
    ("Explosions/Remote violence", "Air/drone strike", 10),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", 10),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", 6),
    ("Explosions/Remote violence", "Suicide bomb", 1), ("Explosions/Remote violence", "Grenade", 1),
    ("Violence against civilians", "Attack", 10), ("Violence against civilians", "Abduction/forced disappearance", 3),
    ("Protests", "Peaceful protest", 10), ("Protests", "Protest with intervention", 2),
    ("Riots", "Violent demonstration", 3), ("Riots", "Mob violence", 2),
    ("Strategic developments", "Arrests", 4), ("Strategic developments", "Looting/property destruction", 2),
]
# sub-event types a hard-case twin may take: incompatible with the original's (see COMPATIBLE_SUB_EVENTS)
TWIN_SUB = {
    "Air/drone strike": "Remote explosive/landmine/IED", "Shelling/artillery/missile attack": "Suicide bomb",
    "Remote explosive/landmine/IED": "Air/drone strike", "Suicide bomb": "Shelling/artillery/missile attack",
    "Grenade": "Air/drone strike", "Arrests": "Looting/property destruction",
    "Looting/property destruction": "Arrests",
}


class World:
    """Countries, admin units, towns and actors."""

    def __init__(self, rng: random.Random, countries: int = 20):
        self.countries = []
        for c in range(countries):
            name = f"Country{c:02d}"
            centre_lat, centre_lon = rng.uniform(5, 38), rng.uniform(-15, 55)
            admins = []
            towns = []
            for a in range(rng.randint(6, 18)):
                a_lat, a_lon = centre_lat + rng.uniform(-3, 3), centre_lon + rng.uniform(-3, 3)
                admin1 = f"{name}-A{a:02d}"
                admins.append((admin1, a_lat, a_lon))
                for d in range(rng.randint(2, 5)):
                    admin2 = f"{admin1}-D{d}"
                    d_lat, d_lon = a_lat + rng.uniform(-0.6, 0.6), a_lon + rng.uniform(-0.6, 0.6)
                    for t in range(rng.randint(3, 12)):
                        towns.append((f"{admin2}-T{t:02d}", admin1, admin2,
                                      d_lat + rng.uniform(-0.3, 0.3), d_lon + rng.uniform(-0.3, 0.3)))
            rng.shuffle(towns)
            # heavy-tailed: the first towns (cities) see far more events than villages
            weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(towns))]
            actors = [f"Military Forces of {name}"] + [f"{name} Group {g}" for g in range(rng.randint(3, 7))]
            self.countries.append({
                "name": name, "iso": f"X{c:02d}", "towns": towns, "town_weights": weights, "admins": admins,
                "actors": actors, "unidentified": f"Unidentified Armed Group ({name})",
                "civilians": f"Civilians ({name})", "protesters": f"Protesters ({name})",
                "rioters": f"Rioters ({name})",
            })
        self.country_weights = [1.0 / (rank + 1) ** 0.7 for rank in range(countries)]

    def towns(self) -> int:
        return sum(len(c["towns"]) for c in self.countries)


def actors_for(rng: random.Random, country: dict, event_type: str) -> tuple[str | None, str | None]:
    named = country["actors"]
    if event_type == "Battles":
        a, b = rng.sample(named, 2)
        return a, b
    if event_type == "Explosions/Remote violence":
        return rng.choice(named + [country["unidentified"]]), rng.choice([country["civilians"], *named])
    if event_type == "Violence against civilians":
        return rng.choice(named + [country["unidentified"]] * 2), country["civilians"]
    if event_type == "Protests":
        return country["protesters"], rng.choice([None, named[0]])
    if event_type == "Riots":
        return country["rioters"], rng.choice([None, country["civilians"], named[0]])
    return named[0], rng.choice([None, *named[1:]])


def generate(n: int, seed: int) -> tuple[list[LinkInput], list[int]]:
    """Mentions and, per mention, the index of the true event it reports."""
    rng = random.Random(seed)
    world = World(rng)
    type_rows = [(t, s) for t, s, _ in TYPES]
    type_weights = [w for _, _, w in TYPES]
    day_text = [(START + timedelta(days=d)).isoformat() for d in range(DAYS + 8)]
    inputs: list[LinkInput] = []
    truth: list[int] = []
    event_index = 0
    article_index = 0
    while len(inputs) < n:
        country = rng.choices(world.countries, world.country_weights)[0]
        town = rng.choices(country["towns"], country["town_weights"])[0]
        day = rng.randrange(DAYS)
        event_type, sub = rng.choices(type_rows, type_weights)[0]
        actor1, actor2 = actors_for(rng, country, event_type)
        deaths = 0 if event_type in ("Protests", "Strategic developments") else int(rng.expovariate(1 / 6))
        events = [(event_index, sub, actor1, actor2, deaths)]
        event_index += 1
        if rng.random() < 0.06:  # hard case: another event in the same town on the same day
            if sub in TWIN_SUB:
                twin = (event_index, TWIN_SUB[sub], actor1, actor2, int(rng.expovariate(1 / 6)))
            else:
                others = [a for a in country["actors"] if a not in (actor1, actor2)]
                other_pair = (rng.choice(others), actor2) if others else (actor1, actor2)
                twin = (event_index, sub, *other_pair, int(rng.expovariate(1 / 6)))
            events.append(twin)
            event_index += 1
        reports_of = [min(12, max(1, int(rng.expovariate(1 / 4.5)) + 1)) for _ in events]
        shared_articles = rng.random() < 0.3 and len(events) == 2
        articles_for_event: list[list[tuple[str, str, str | None]]] = [[] for _ in events]
        for k, (truth_index, *_rest) in enumerate(events):
            for r in range(reports_of[k]):
                if shared_articles and k == 1 and r < len(articles_for_event[0]):
                    articles_for_event[k].append(articles_for_event[0][r])  # one article reports both events
                    continue
                copy_of = None
                if articles_for_event[k] and rng.random() < 0.08:
                    copy_of = rng.choice(articles_for_event[k])[0]
                article_id = f"a{article_index}"
                article_index += 1
                published = day_text[day + rng.choice((0, 0, 1, 1, 2, 3))]
                articles_for_event[k].append((article_id, published, copy_of))
        for k, (truth_index, sub_type, a1, a2, true_deaths) in enumerate(events):
            for r, (article_id, published, copy_of) in enumerate(articles_for_event[k]):
                if len(inputs) >= n:
                    break
                inputs.append(LinkInput(
                    mention_id=f"{article_id}#{k}", article_id=article_id, outlet=f"outlet{rng.randrange(300)}",
                    published=published, original_article_id=copy_of,
                    mention=_noisy_mention(rng, country, town, day_text, day, event_type, sub_type, a1, a2,
                                           true_deaths, r),
                ))
                truth.append(truth_index)
    return inputs, truth


def _noisy_mention(rng, country, town, day_text, day, event_type, sub, actor1, actor2, deaths, report_rank):
    location, admin1, admin2, lat, lon = town
    shown_day = day + (rng.choice((-1, 1)) if rng.random() < 0.12 else 0)
    coarse = rng.random() < 0.12
    if coarse:
        location, admin2, lat, lon, precision = None, None, None, None, 3
    else:
        lat, lon, precision = lat + rng.gauss(0, 0.01), lon + rng.gauss(0, 0.01), 1
    if rng.random() < 0.15:
        actor1 = None
    if rng.random() < 0.2:
        actor2 = None
    if rng.random() < 0.3:
        fatalities = None
    else:
        # early reports undercount; later ones approach the final toll
        fatalities = deaths if report_rank >= 2 or deaths == 0 else max(0, deaths - rng.randrange(deaths + 1))
    return EventMention(
        article_id="", event_type=event_type, sub_event_type=sub, event_date=day_text[max(0, shown_day)],
        time_precision=1, actor1=actor1, actor2=actor2, country=country["name"], iso=country["iso"],
        admin1=admin1, admin2=admin2, location=location, latitude=lat, longitude=lon, geo_precision=precision,
        fatalities=fatalities,
    )


def pairwise_scores(predicted: list[str], truth: list[int]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of a grouping, counted through cluster sizes and a contingency table."""

    def pairs(counts) -> int:
        return sum(c * (c - 1) // 2 for c in counts)

    predicted_pairs = pairs(Counter(predicted).values())
    true_pairs = pairs(Counter(truth).values())
    both = pairs(Counter(zip(predicted, truth)).values())
    precision = both / predicted_pairs if predicted_pairs else 1.0
    recall = both / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="number of mentions")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    inputs, truth = generate(args.n, args.seed)
    generated = time.perf_counter() - started
    true_events = len(set(truth))
    print(f"generated {len(inputs):,} mentions of {true_events:,} true events in {generated:.1f}s "
          f"(rss {peak_rss_mb():,.0f} MB)")

    started = time.perf_counter()
    result = Linker().link(inputs)
    elapsed = time.perf_counter() - started
    rss = peak_rss_mb()
    predicted = [result.event_of[item.mention_id] for item in inputs]
    precision, recall, f1 = pairwise_scores(predicted, truth)
    multi = sum(1 for incident in result.incidents if len(incident.event_ids) > 1)
    print(f"linked into {len(result.events):,} events and {len(result.incidents):,} incidents "
          f"({multi:,} with several events)")
    print(f"linking time  {elapsed:8.1f} s    target {TIME_TARGET_S:.0f} s   ratio {elapsed / TIME_TARGET_S:.2f}")
    print(f"peak RSS      {rss:8.0f} MB   target {RSS_TARGET_MB:.0f} MB  ratio {rss / RSS_TARGET_MB:.2f}")
    print(f"pairwise P {precision:.4f}  R {recall:.4f}  F1 {f1:.4f}   target F1 {F1_TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
