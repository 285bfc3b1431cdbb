"""Reconciliation: one coded event from many reports, keeping every figure and every disagreement.

Rules (docs/linking.md states them for users):
- Every figure each report gives is kept with its wording, what it counts, side, reporter, report date, article
  and outlet. A breakdown (374 + 117 + 4) is one figure of 495 with its parts.
- Each original report makes one claim per count (killed, wounded, prisoners ...): its sideless total, else the
  sum of its per-side figures. Syndicated copies repeat their original and make no claim of their own.
- Authority: official statements, ministries, officials and monitors rank 3; the outlet itself, its
  correspondent and other media 2; unnamed sources and witnesses 1.
- A claim is superseded by a later claim of higher authority, or by a later claim of the same authority that is
  not lower (tolls grow; a lower later figure of equal standing is a disagreement, not a correction).
- ACLED coded value: the smallest standing claim among the most authoritative standing claims (conservative).
  UCDP-style low / high: the least and most the standing claims' wording allows; best: the standing value most
  original reports give, then the more authoritative, then the lower.
- Coded date, place, actors and type: the value most distinct original reports give, then the more precise,
  then the earliest report. Disagreements are listed per field with each value's sources.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from marsad.link.records import (
    Claim,
    Conflict,
    ConflictValue,
    CountSummary,
    LinkedEvent,
    LinkInput,
    ReportedFigure,
)
from marsad.link.scoring import SUB_EVENT_PRECEDENCE

REPORTER_RANK = {
    "statement": 3, "ministry": 3, "official": 3, "monitor": 3,
    "correspondent": 2, "media": 2, None: 2,
    "source": 1, "witness": 1, "other": 1,
}


def _plain(value: Any, key: str) -> Any:
    """A field that is a plain value in the coder's dicts but may arrive as a nested {surface, kind} record."""
    if isinstance(value, dict):
        return value.get(key)
    return value


def reported_figures(item: LinkInput) -> list[ReportedFigure]:
    """Every figure of a mention as a provenance-carrying record; the coder's fatalities when it gave none."""
    m = item.mention
    base = {
        "mention_id": item.mention_id, "article_id": item.article_id, "source_article_id": item.source_id,
        "outlet": item.outlet, "report_date": item.published[:10] if item.published else None,
    }
    found = []
    for figure in m.figures:
        reporter = figure.get("reporter")
        found.append(ReportedFigure(
            **base,
            counts=figure.get("counts") or "people",
            value=figure.get("value"), low=figure.get("low"), high=figure.get("high"), coded=figure.get("coded"),
            qualifier=figure.get("qualifier") or "exact", vague=bool(figure.get("vague")),
            negated=bool(figure.get("negated")),
            side=_plain(figure.get("side"), "category"),
            reporter=_plain(reporter, "surface"),
            reporter_kind=figure.get("reporter_kind") or (reporter.get("kind") if isinstance(reporter, dict) else None),
            surface=figure.get("surface"),
            parts=tuple(part.get("coded") for part in figure.get("parts") or ()),
        ))
    if m.fatalities is not None and not any(f.counts == "killed" for f in found):
        found.append(ReportedFigure(
            **base, counts="killed", value=m.fatalities, low=m.fatalities, high=m.fatalities, coded=m.fatalities,
            qualifier="exact", vague=False, negated=m.fatalities == 0, side=None, reporter=None,
            reporter_kind=None, surface=None,
        ))
    return found


def _claim(figures: list[ReportedFigure]) -> Claim:
    """One report's total for one count: its largest sideless figure, else its per-side figures summed."""
    sideless = [f for f in figures if f.side in (None, "unknown") or f.parts]
    if sideless:
        used = [max(sideless, key=lambda f: (f.coded if f.coded is not None else -1, len(f.parts)))]
    else:
        per_side: dict[str, ReportedFigure] = {}
        for f in figures:
            kept = per_side.get(f.side or "")
            if kept is None or (f.coded or 0) > (kept.coded or 0):
                per_side[f.side or ""] = f
        used = [per_side[side] for side in sorted(per_side)]
    first = used[0]

    def total(values: list[int | None]) -> int | None:
        return None if any(v is None for v in values) else sum(values)  # type: ignore[arg-type]

    return Claim(
        counts=first.counts, coded=total([f.coded for f in used]), value=total([f.value for f in used]),
        low=total([f.low for f in used]), high=total([f.high for f in used]),
        rank=max(REPORTER_RANK.get(f.reporter_kind, 1) for f in used),
        report_date=first.report_date, source_article_id=first.source_article_id, outlet=first.outlet,
        mention_id=first.mention_id, surface=" + ".join(f.surface for f in used if f.surface) or None,
    )


def _supersedes(later: Claim, earlier: Claim) -> bool:
    later_date, earlier_date = later.report_date or "", earlier.report_date or ""
    if later_date < earlier_date or (later_date == earlier_date and later.rank <= earlier.rank):
        return False
    if later.rank > earlier.rank:
        return True
    if later.rank < earlier.rank:
        return False
    return (later.coded if later.coded is not None else -1) >= (earlier.coded if earlier.coded is not None else -1)


def summarise_claims(counts: str, claims: Sequence[Claim]) -> CountSummary:
    """Supersession, conservative coding and low/best/high over the claims of one count."""
    timeline = []
    for claim in claims:
        successors = [other for other in claims if other is not claim and _supersedes(other, claim)]
        if successors:
            newest = max(successors, key=lambda c: (c.report_date or "", c.rank, c.mention_id))
            claim = replace_claim(claim, superseded_by=newest.mention_id)
        timeline.append(claim)
    timeline.sort(key=lambda c: (c.report_date or "", -c.rank, c.mention_id))
    standing = [c for c in timeline if c.superseded_by is None and c.coded is not None]
    if not standing:
        return CountSummary(counts, None, None, None, None, tuple(timeline))
    top = max(c.rank for c in standing)
    coded = min(c.coded for c in standing if c.rank == top)  # type: ignore[type-var]
    lows = [c.low if c.low is not None else c.coded for c in standing]
    highs = [c.high if c.high is not None else max(c.coded or 0, c.value or 0) for c in standing]
    support: dict[int, set[str]] = defaultdict(set)
    rank_of: dict[int, int] = defaultdict(int)
    for c in standing:
        support[c.coded].add(c.source_article_id)  # type: ignore[index]
        rank_of[c.coded] = max(rank_of[c.coded], c.rank)  # type: ignore[index]
    best = min(support, key=lambda v: (-len(support[v]), -rank_of[v], v))
    return CountSummary(counts, coded, min(lows), best, max(highs), tuple(timeline))  # type: ignore[type-var]


def replace_claim(claim: Claim, **changes: Any) -> Claim:
    values = {name: getattr(claim, name) for name in Claim.__slots__}  # type: ignore[attr-defined]
    values.update(changes)
    return Claim(**values)


def claims_by_count(items: Sequence[LinkInput], figures: Sequence[ReportedFigure]) -> dict[str, list[Claim]]:
    """One claim per (original report, count): copies repeat their original, which speaks for them."""
    speaker: dict[str, str] = {}  # source article -> the article that speaks for it (the original when present)
    for item in sorted(items, key=lambda i: (i.original_article_id is not None, i.published or "9999", i.article_id)):
        speaker.setdefault(item.source_id, item.article_id)
    grouped: dict[tuple[str, str], list[ReportedFigure]] = defaultdict(list)
    for figure in figures:
        if speaker.get(figure.source_article_id) == figure.article_id:
            grouped[(figure.counts, figure.mention_id)].append(figure)
    claims: dict[str, list[Claim]] = defaultdict(list)
    for (counts, _), group in sorted(grouped.items()):
        claims[counts].append(_claim(group))
    return claims


def vote(
    items: Sequence[LinkInput], value_of: Callable[[LinkInput], Any], precision_of: Callable[[LinkInput], Any],
    field_name: str,
) -> tuple[LinkInput | None, Conflict | None]:
    """The report whose value most original reports give (then most precise, then earliest), and any conflict."""
    support: dict[Any, dict[str, list[LinkInput]]] = {}
    for item in items:
        value = value_of(item)
        if value is not None:
            support.setdefault(value, {}).setdefault(item.source_id, []).append(item)
    if not support:
        return None, None

    def rank(value: Any) -> tuple:
        reports = [i for group in support[value].values() for i in group]
        earliest = min((i.published or "9999", i.mention_id) for i in reports)
        return (-len(support[value]), min(precision_of(i) for i in reports), earliest, str(value))

    ordered = sorted(support, key=rank)
    chosen = ordered[0]
    reports = sorted((i for group in support[chosen].values() for i in group),
                     key=lambda i: (precision_of(i), i.published or "9999", i.mention_id))
    conflict = None
    if len(ordered) > 1:
        conflict = Conflict(field_name, chosen, tuple(
            ConflictValue(
                value,
                tuple(sorted(support[value])),
                tuple(sorted({i.outlet for g in support[value].values() for i in g if i.outlet})),
                tuple(sorted(i.mention_id for g in support[value].values() for i in g)),
            ) for value in ordered
        ))
    return reports[0], conflict


def _precedence(item: LinkInput) -> int:
    order = SUB_EVENT_PRECEDENCE.get(item.mention.event_type, ())
    return order.index(item.mention.sub_event_type) if item.mention.sub_event_type in order else len(order)


def _place_name(item: LinkInput) -> str | None:
    m = item.mention
    return m.location or (m.admin2 and f"{m.admin2} ({m.admin1})") or m.admin1


def _geo(item: LinkInput) -> int:
    m = item.mention
    return (m.geo_precision or 1) if m.latitude is not None else 4


def reconcile_event(event_id: str, items: Sequence[LinkInput]) -> LinkedEvent:
    """The coded event, figures, timelines and conflicts of one group of mentions."""
    items = sorted(items, key=lambda i: i.mention_id)
    conflicts = []
    typed, conflict = vote(items, lambda i: i.mention.sub_event_type, _precedence, "type")
    conflicts.append(conflict)
    dated, conflict = vote(items, lambda i: i.mention.event_date, lambda i: i.mention.time_precision or 1, "date")
    conflicts.append(conflict)
    placed, conflict = vote(items, _place_name, _geo, "place")
    conflicts.append(conflict)
    first, conflict = vote(items, lambda i: i.mention.actor1, lambda i: 0, "actor1")
    conflicts.append(conflict)
    chosen_actor1 = first.mention.actor1 if first else None
    second, conflict = vote(items, lambda i: _other_actor(i.mention, chosen_actor1), lambda i: 0, "actor2")
    conflicts.append(conflict)

    figures = [f for item in items for f in reported_figures(item)]
    figures.sort(key=lambda f: (f.report_date or "", f.article_id, f.mention_id, f.counts))
    counts = {name: summarise_claims(name, claims) for name, claims in sorted(claims_by_count(items, figures).items())}
    for name, summary in counts.items():
        standing = [c for c in summary.timeline if c.superseded_by is None and c.coded is not None]
        values = sorted({c.coded for c in standing})  # type: ignore[type-var]
        if len(values) > 1:
            conflicts.append(Conflict(f"figures:{name}", summary.coded, tuple(
                ConflictValue(
                    value,
                    tuple(sorted({c.source_article_id for c in standing if c.coded == value})),
                    tuple(sorted({c.outlet for c in standing if c.coded == value and c.outlet})),
                    tuple(sorted(c.mention_id for c in standing if c.coded == value)),
                ) for value in values
            )))
    killed = counts.get("killed")
    base = typed.mention if typed else items[0].mention
    place = placed.mention if placed else base
    when = dated.mention if dated else base
    actor_one = first.mention if first else None
    actor_two = second.mention if second else None
    return LinkedEvent(
        event_id=event_id,
        mention_ids=tuple(i.mention_id for i in items),
        article_ids=tuple(sorted({i.article_id for i in items})),
        source_article_ids=tuple(sorted({i.source_id for i in items})),
        outlets=tuple(sorted({i.outlet for i in items if i.outlet})),
        event_type=base.event_type, sub_event_type=base.sub_event_type, disorder_type=base.disorder_type,
        event_date=when.event_date, time_precision=when.time_precision,
        actor1=actor_one.actor1 if actor_one else None,
        assoc_actor_1=actor_one.assoc_actor_1 if actor_one else None,
        inter1=actor_one.inter1 if actor_one else None,
        actor2=_other_actor(actor_two, chosen_actor1),
        assoc_actor_2=_other_actor(actor_two, chosen_actor1, "assoc_actor_2", "assoc_actor_1"),
        inter2=_other_actor(actor_two, chosen_actor1, "inter2", "inter1"),
        civilian_targeting=base.civilian_targeting,
        country=place.country, iso=place.iso, admin1=place.admin1, admin2=place.admin2, location=place.location,
        latitude=place.latitude, longitude=place.longitude, geo_precision=place.geo_precision,
        fatalities=killed.coded if killed else None,
        fatalities_low=killed.low if killed else None,
        fatalities_best=killed.best if killed else None,
        fatalities_high=killed.high if killed else None,
        counts=counts, figures=tuple(figures), conflicts=tuple(c for c in conflicts if c is not None),
    )


def _other_actor(mention: Any, chosen_actor1: str | None, second: str = "actor2", first: str = "actor1") -> Any:
    """The field of the report's actor that is not the coded actor1 (reports may name the two in either order)."""
    if mention is None:
        return None
    if mention.actor2 is not None and mention.actor2 == chosen_actor1:
        return getattr(mention, first) if mention.actor1 != chosen_actor1 else None
    if mention.actor1 is not None and mention.actor1 != chosen_actor1 and mention.actor2 is None:
        return getattr(mention, first)
    return getattr(mention, second)
