"""Score coded events against gold annotations (format and metrics: the gold README, /work/shared/gold/README.md).

`load_gold` reads the annotations, `score` compares predictions with them and returns a `Report`,
`run_evaluation` does both around a predict function (what `marsad eval` calls). The CI gate on a report lives
in `marsad.eval_gate`.

Decisions the README leaves open, fixed here:
- Matching is one-to-one and greedy over every compatible (gold, prediction) pair of an article, best first:
  pairs placed by coordinates before pairs placed by country only, then the smaller distance, then dates known
  on both sides before a null date, then the smaller date gap, then more of sub_event_type / actor1 / actor2
  agreeing, then gold order, then prediction order. Optional gold events take part like the others, so a
  prediction that fits an optional event better than a required one is spent on the optional one.
- "Countries agree" needs a country on both sides; a prediction with neither coordinates nor country matches
  nothing.
- Attribute scores (sub_event_type, actors, location, date, fatalities) are taken over matched pairs whose gold
  event is not optional, the same population as precision and recall. Location scores count only pairs with
  coordinates on both sides.
- Actors: equal ignoring case, spacing and apostrophes, or named as one actor by the alias table; a name
  without an era ("Military Forces of Iraq") on either side matches any era of that name, while two different
  stated eras do not match. A null actor is correct only against a null gold actor.
- Ratios whose denominator is zero are None ("not measured"), never 0 or 1.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date as Date
from datetime import timedelta
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Any

from marsad.datafile import load_yaml
from marsad.errors import UsageError
from marsad.events.model import EventMention
from marsad.events.taxonomy import Taxonomy, load_taxonomy

DATA_DIR = Path(__file__).resolve().parent / "data"
ALIASES_PATH = DATA_DIR / "actor_aliases.yaml"

MATCH_DISTANCE_KM = 50.0
MATCH_DATE_DAYS = 3
LOCATION_RADII_KM = (10.0, 25.0)
EARTH_RADIUS_KM = 6371.0088

ARTICLE_KEYS = ("id", "text", "events")
EVENT_KEYS = ("event_type", "sub_event_type")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(r"\d{4}-\d{2}")
_ERA = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")
_APOSTROPHES = re.compile(r"['’‘ʼ`]")


# --------------------------------------------------------------------------------------------------------------
# Gold annotations


@dataclass(frozen=True, slots=True)
class GoldEvent:
    event_type: str
    sub_event_type: str
    date: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    lat: float | None = None
    lon: float | None = None
    fatalities: int | None = None
    evidence: str | None = None
    optional: bool = False


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    text: str
    events: tuple[GoldEvent, ...]
    incident: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    notes: str | None = None
    source: str = ""  # file (and line) the record came from, for messages

    @property
    def is_event_article(self) -> bool:
        return any(not event.optional for event in self.events)


def load_gold(path: str | Path, taxonomy: Taxonomy | None = None) -> list[GoldArticle]:
    """Read gold annotations from a directory of JSON files, one JSON file, or a JSONL file (one record a line).

    In a directory, files whose name starts with `_` and files that are not `.json` are ignored.
    Raises UsageError naming the file and the fix when a record is malformed.
    """
    path = Path(path)
    taxonomy = taxonomy or load_taxonomy()
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix == ".json" and not p.name.startswith("_"))
        if not files:
            raise UsageError(f"{path}: no gold .json files in this directory; point at a directory of gold files")
        articles = [_article(_read_json(file), str(file), taxonomy, stem=file.stem) for file in files]
    elif path.is_file():
        if path.name.endswith((".jsonl", ".jsonl.gz")):
            articles = [_article(record, where, taxonomy) for record, where in _read_jsonl(path)]
        elif path.suffix == ".json":
            document = _read_json(path)
            if isinstance(document, list):
                articles = [_article(rec, f"{path}[{i}]", taxonomy) for i, rec in enumerate(document)]
            else:
                articles = [_article(document, str(path), taxonomy, stem=path.stem)]
        else:
            raise UsageError(f"{path}: unknown gold format; give a directory, a .json file or a .jsonl file")
    else:
        raise UsageError(f"{path}: no such file or directory; give the gold directory or file")
    seen: dict[str, str] = {}
    for article in articles:
        if article.id in seen:
            raise UsageError(f"{article.source}: id {article.id!r} is already used by {seen[article.id]}; "
                             "make gold ids unique")
        seen[article.id] = article.source
    if not articles:
        raise UsageError(f"{path}: holds no gold records; add at least one")
    return articles


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise UsageError(f"{path}: not valid JSON ({error}); fix the file") from error
    except UnicodeDecodeError as error:
        raise UsageError(f"{path}: not UTF-8 text; save the file as UTF-8") from error


def _read_jsonl(path: Path) -> Iterable[tuple[Any, str]]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield json.loads(line), f"{path}:{number}"
            except json.JSONDecodeError as error:
                raise UsageError(f"{path}:{number}: not valid JSON ({error}); fix the line") from error


def _article(record: Any, where: str, taxonomy: Taxonomy, stem: str | None = None) -> GoldArticle:
    if not isinstance(record, dict):
        raise UsageError(f"{where}: a gold record must be a JSON object with {', '.join(ARTICLE_KEYS)}")
    missing = [key for key in ARTICLE_KEYS if key not in record]
    if missing:
        raise UsageError(f"{where}: gold record lacks {', '.join(missing)}; add them (format: gold README)")
    if not isinstance(record["id"], str) or not record["id"]:
        raise UsageError(f"{where}: `id` must be a non-empty string")
    if stem is not None and record["id"] != stem:
        raise UsageError(f"{where}: id {record['id']!r} differs from the file name; rename the file to "
                         f"{record['id']}.json or fix the id")
    if not isinstance(record["text"], str):
        raise UsageError(f"{where}: `text` must be a string")
    if not isinstance(record["events"], list):
        raise UsageError(f"{where}: `events` must be a list ([] for a non-event article)")
    for key in ("incident", "url", "outlet", "published", "notes"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise UsageError(f"{where}: `{key}` must be a string or null")
    events = tuple(_event(raw, f"{where}: event {index + 1}", taxonomy)
                   for index, raw in enumerate(record["events"]))
    return GoldArticle(id=record["id"], text=record["text"], events=events, incident=record.get("incident"),
                       url=record.get("url"), outlet=record.get("outlet"), published=record.get("published"),
                       notes=record.get("notes"), source=where)


def _event(raw: Any, where: str, taxonomy: Taxonomy) -> GoldEvent:
    if not isinstance(raw, dict):
        raise UsageError(f"{where}: must be a JSON object")
    missing = [key for key in EVENT_KEYS if not raw.get(key)]
    if missing:
        raise UsageError(f"{where}: lacks {', '.join(missing)}; add them")
    event_type, sub_event_type = raw["event_type"], raw["sub_event_type"]
    if event_type not in taxonomy.sub_event_types:
        raise UsageError(f"{where}: event_type {event_type!r} is not in the taxonomy; use one of: "
                         f"{', '.join(taxonomy.sub_event_types)}")
    if sub_event_type not in taxonomy.sub_event_types[event_type]:
        raise UsageError(f"{where}: sub_event_type {sub_event_type!r} is not a sub-event of {event_type!r}; use "
                         f"one of: {', '.join(taxonomy.sub_event_types[event_type])}")
    if raw.get("date") is not None:
        try:
            date_span(raw["date"])
        except ValueError as error:
            raise UsageError(f"{where}: {error}") from error
    for key in ("actor1", "actor2", "country", "admin1", "location", "evidence"):
        if raw.get(key) is not None and not isinstance(raw[key], str):
            raise UsageError(f"{where}: `{key}` must be a string or null")
    lat, lon = raw.get("lat"), raw.get("lon")
    if (lat is None) != (lon is None):
        raise UsageError(f"{where}: give both lat and lon, or neither")
    if lat is not None and not (_is_number(lat) and _is_number(lon) and -90 <= lat <= 90
                                and -180 <= lon <= 180):
        raise UsageError(f"{where}: lat/lon must be numbers in degrees (lat -90..90, lon -180..180)")
    fatalities = raw.get("fatalities")
    if fatalities is not None and (not isinstance(fatalities, int) or isinstance(fatalities, bool)
                                   or fatalities < 0):
        raise UsageError(f"{where}: `fatalities` must be a whole number >= 0 or null")
    optional = raw.get("optional", False)
    if not isinstance(optional, bool):
        raise UsageError(f"{where}: `optional` must be true or false")
    return GoldEvent(event_type=event_type, sub_event_type=sub_event_type, date=raw.get("date"),
                     actor1=raw.get("actor1"), actor2=raw.get("actor2"), country=raw.get("country"),
                     admin1=raw.get("admin1"), location=raw.get("location"),
                     lat=None if lat is None else float(lat), lon=None if lon is None else float(lon),
                     fatalities=fatalities, evidence=raw.get("evidence"), optional=optional)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def gold_event_to_mention(article_id: str, event: GoldEvent) -> EventMention:
    """The EventMention a perfect coder would produce for a gold event (used to check the scorer)."""
    return EventMention(article_id=article_id, event_type=event.event_type, sub_event_type=event.sub_event_type,
                        event_date=event.date, actor1=event.actor1, actor2=event.actor2, country=event.country,
                        admin1=event.admin1, location=event.location, latitude=event.lat, longitude=event.lon,
                        fatalities=event.fatalities)


def corpus_sha256(gold: Sequence[GoldArticle]) -> str:
    """Hash of what scoring depends on (ids, texts, incidents, events), independent of file order and layout."""
    canonical = sorted(
        ({"id": a.id, "text": a.text, "incident": a.incident, "events": [asdict(e) for e in a.events]}
         for a in gold),
        key=lambda record: record["id"],
    )
    payload = json.dumps(canonical, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------------------------------------------
# Matching rules


def date_span(value: str) -> tuple[Date, Date]:
    """First and last day a date string can mean: a day for "YYYY-MM-DD", the whole month for "YYYY-MM"."""
    try:
        if _DAY.fullmatch(value):
            day = Date.fromisoformat(value)
            return day, day
        if _MONTH.fullmatch(value):
            first = Date(int(value[:4]), int(value[5:7]), 1)
            following = Date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - timedelta(days=1)
    except ValueError:
        pass
    raise ValueError(f"date {value!r} is not a real YYYY-MM-DD or YYYY-MM date; fix it or use null")


def date_gap_days(first: str | None, second: str | None) -> int | None:
    """Days between two dates' spans (0 when they overlap); None when either is unknown."""
    if first is None or second is None:
        return None
    start_a, end_a = date_span(first)
    start_b, end_b = date_span(second)
    if end_a < start_b:
        return (start_b - end_a).days
    if end_b < start_a:
        return (start_a - end_b).days
    return 0


def dates_compatible(first: str | None, second: str | None, max_days: int = MATCH_DATE_DAYS) -> bool:
    gap = date_gap_days(first, second)
    return gap is None or gap <= max_days


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    half_chord = (math.sin((phi2 - phi1) / 2) ** 2
                  + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(half_chord)))


def distance_km(gold: GoldEvent, predicted: EventMention) -> float | None:
    """Distance between the two places, or None when either side lacks coordinates."""
    if gold.lat is None or gold.lon is None or predicted.latitude is None or predicted.longitude is None:
        return None
    return haversine_km(gold.lat, gold.lon, predicted.latitude, predicted.longitude)


def _same_country(gold: str | None, predicted: str | None) -> bool:
    return bool(gold and predicted and gold.strip().casefold() == predicted.strip().casefold())


def events_match(gold: GoldEvent, predicted: EventMention) -> bool:
    """The README's matching rule: same event_type, places within 50 km (else same country), dates compatible."""
    return _match_key(gold, predicted, None) is not None


def _match_key(gold: GoldEvent, predicted: EventMention, aliases: ActorAliases | None) -> tuple | None:
    """Sort key of a compatible pair (smaller is better), or None when the pair does not match."""
    if gold.event_type != predicted.event_type:
        return None
    km = distance_km(gold, predicted)
    if km is None:
        if not _same_country(gold.country, predicted.country):
            return None
    elif km > MATCH_DISTANCE_KM:
        return None
    gap = date_gap_days(gold.date, predicted.event_date)
    if gap is not None and gap > MATCH_DATE_DAYS:
        return None
    agreeing = 0
    if aliases is not None:
        agreeing = ((gold.sub_event_type == predicted.sub_event_type)
                    + aliases.same_actor(gold.actor1, predicted.actor1)
                    + aliases.same_actor(gold.actor2, predicted.actor2))
    return (km is None, km or 0.0, gap is None, gap or 0, -agreeing)


def match_events(gold: Sequence[GoldEvent], predicted: Sequence[EventMention],
                 aliases: ActorAliases | None = None) -> list[tuple[int, int]]:
    """One-to-one matching of one article's events, best pairs first: (gold index, prediction index) pairs."""
    candidates = []
    for gold_index, gold_event in enumerate(gold):
        for predicted_index, mention in enumerate(predicted):
            key = _match_key(gold_event, mention, aliases)
            if key is not None:
                candidates.append((key, gold_index, predicted_index))
    candidates.sort()
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _key, gold_index, predicted_index in candidates:
        if gold_index in used_gold or predicted_index in used_predicted:
            continue
        used_gold.add(gold_index)
        used_predicted.add(predicted_index)
        pairs.append((gold_index, predicted_index))
    return sorted(pairs)


# --------------------------------------------------------------------------------------------------------------
# Actor names


def _normalise_name(name: str) -> str:
    return " ".join(_APOSTROPHES.sub("", name).casefold().split())


def _strip_era(normalised: str) -> str:
    return " ".join(_ERA.sub(" ", normalised).split())


class ActorAliases:
    """Which English actor names denote the same actor; groups of names are not merged with one another."""

    def __init__(self, groups: Iterable[Sequence[str]] = ()) -> None:
        self._canonicals: dict[str, set[str]] = {}
        for group in groups:
            self.add_group(group)

    def add_group(self, names: Sequence[str]) -> None:
        """Declare that all `names` denote one actor (the first is its canonical name)."""
        names = [name for name in names if name]
        if not names:
            return
        canonical = _normalise_name(names[0])
        for name in names:
            self._canonicals.setdefault(_normalise_name(name), set()).add(canonical)

    def _keys(self, name: str) -> set[str]:
        normalised = _normalise_name(name)
        return {normalised} | self._canonicals.get(normalised, set())

    def same_actor(self, gold: str | None, predicted: str | None) -> bool:
        """True when the predicted name denotes the gold actor (both null counts as agreement)."""
        if gold is None or predicted is None:
            return gold is None and predicted is None
        gold_keys = self._keys(gold)
        predicted_keys = self._keys(predicted)
        if not gold_keys.isdisjoint(predicted_keys):
            return True
        # A name without an era leaves the era unstated, so it matches any era of that name on the other side;
        # two different stated eras stay different actors.
        gold_plain = {k for k in gold_keys if not _ERA.search(k)}
        predicted_plain = {k for k in predicted_keys if not _ERA.search(k)}
        return not (gold_plain.isdisjoint({_strip_era(k) for k in predicted_keys})
                    and predicted_plain.isdisjoint({_strip_era(k) for k in gold_keys}))

    @classmethod
    def from_file(cls, path: Path = ALIASES_PATH) -> ActorAliases:
        """Read an alias file: `groups:` a list of lists of names (see data/actor_aliases.yaml)."""
        document = load_yaml(Path(path).read_text(encoding="utf-8")) or {}
        groups = document.get("groups")
        if not isinstance(groups, list) or not all(
                isinstance(group, list) and group and all(isinstance(name, str) for name in group)
                for group in groups):
            raise UsageError(f"{path}: `groups` must be a list of non-empty lists of names; quote names that "
                             "contain a colon")
        return cls(groups)

    def add_lexicon(self, actors: Iterable[Any]) -> ActorAliases:
        """Add each actor lexicon entry (anything with `name_en` and `aliases_en`) as a group.

        An alias that is just the entry's name without its era is skipped: the era rule of `same_actor` already
        lets an era-less gold name match, and keeping it would make two eras of one force aliases of each other.
        """
        for actor in actors:
            base = _strip_era(_normalise_name(actor.name_en))
            aliases = [alias for alias in actor.aliases_en
                       if _normalise_name(alias) != base or base == _normalise_name(actor.name_en)]
            self.add_group([actor.name_en, *aliases])
        return self


@lru_cache(maxsize=1)
def default_actor_aliases() -> ActorAliases:
    """The packaged alias file plus the aliases of the packaged actor lexicon."""
    # Imported here: building the lexicon takes a moment and scoring with explicit aliases does not need it.
    from marsad.text.actors import Lexicon

    return ActorAliases.from_file().add_lexicon(Lexicon.load().actors.values())


# --------------------------------------------------------------------------------------------------------------
# Report


@dataclass(slots=True)
class Counts:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float | None:
        return _ratio(self.true_positives, self.true_positives + self.false_positives)

    @property
    def recall(self) -> float | None:
        return _ratio(self.true_positives, self.true_positives + self.false_negatives)

    @property
    def f1(self) -> float | None:
        return _ratio(2 * self.true_positives,
                      2 * self.true_positives + self.false_positives + self.false_negatives)

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.true_positives, "fp": self.false_positives, "fn": self.false_negatives,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(slots=True)
class Tally:
    """Correct out of scored, for one attribute of matched pairs."""

    correct: int = 0
    scored: int = 0

    def add(self, is_correct: bool) -> None:
        self.scored += 1
        self.correct += bool(is_correct)

    @property
    def accuracy(self) -> float | None:
        return _ratio(self.correct, self.scored)


@dataclass(slots=True)
class EventError:
    """One scoring error worth reading: a missed gold event, a false positive, or a matched pair's wrong field."""

    kind: str  # missed | false_positive | wrong_fields
    article_id: str
    event_type: str
    sub_event_type: str
    date: str | None
    location: str | None
    fatalities: int | None
    evidence: str | None
    wrong_fields: list[str] = field(default_factory=list)
    confidence: float | None = None


@dataclass(slots=True)
class Report:
    """Everything `score` measured; `metrics` holds the flat numbers the CI gate reads."""

    articles: int
    gold_events: int
    optional_gold_events: int
    predicted_events: int
    events: Counts
    per_event_type: dict[str, Counts]
    attributes: dict[str, Tally]
    event_articles: Tally  # event articles with at least one prediction
    non_event_articles: Tally  # non-event articles without any prediction
    incidents: Counts | None
    errors: list[EventError]
    corpus_sha256: str
    unscored_prediction_ids: list[str] = field(default_factory=list)

    @property
    def metrics(self) -> dict[str, float | None]:
        values: dict[str, float | None] = {
            "event_precision": self.events.precision,
            "event_recall": self.events.recall,
            "event_f1": self.events.f1,
        }
        values.update({f"{name}_accuracy": tally.accuracy for name, tally in self.attributes.items()})
        values["event_article_recall"] = self.event_articles.accuracy
        values["non_event_article_specificity"] = self.non_event_articles.accuracy
        if self.incidents is not None:
            values.update({"incident_precision": self.incidents.precision, "incident_recall": self.incidents.recall,
                           "incident_f1": self.incidents.f1})
        return values

    def as_dict(self) -> dict[str, Any]:
        return {
            "corpus_sha256": self.corpus_sha256,
            "counts": {"articles": self.articles, "gold_events": self.gold_events,
                       "optional_gold_events": self.optional_gold_events,
                       "predicted_events": self.predicted_events},
            "metrics": self.metrics,
            "events": self.events.as_dict(),
            "per_event_type": {name: counts.as_dict() for name, counts in self.per_event_type.items()},
            "attributes": {name: {"correct": t.correct, "scored": t.scored, "accuracy": t.accuracy}
                           for name, t in self.attributes.items()},
            "articles": {
                "event_articles": {"with_prediction": self.event_articles.correct,
                                   "total": self.event_articles.scored},
                "non_event_articles": {"without_prediction": self.non_event_articles.correct,
                                       "total": self.non_event_articles.scored},
            },
            "incidents": None if self.incidents is None else self.incidents.as_dict(),
            "errors": [asdict(error) for error in self.errors],
            "unscored_prediction_ids": self.unscored_prediction_ids,
        }


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


ATTRIBUTES = ("sub_event_type", "actor1", "actor2", "location_10km", "location_25km", "date_exact",
              "fatalities_exact")


# --------------------------------------------------------------------------------------------------------------
# Scoring


def score(gold: Sequence[GoldArticle], predictions: Mapping[str, Sequence[EventMention]],
          incidents: Mapping[str, str | None] | None = None, aliases: ActorAliases | None = None) -> Report:
    """Score predicted mentions (by article id) against gold; `incidents` maps article id to a predicted incident."""
    aliases = aliases if aliases is not None else default_actor_aliases()
    events = Counts()
    per_type: dict[str, Counts] = {}
    attributes = {name: Tally() for name in ATTRIBUTES}
    event_articles, non_event_articles = Tally(), Tally()
    errors: list[EventError] = []
    gold_ids = {article.id for article in gold}

    for article in gold:
        predicted = list(predictions.get(article.id, ()))
        for mention in predicted:
            _check_prediction_date(article.id, mention)
        if article.is_event_article:
            event_articles.add(bool(predicted))
        elif not article.events:
            non_event_articles.add(not predicted)
        pairs = match_events(article.events, predicted, aliases)
        matched_gold = {g for g, _ in pairs}
        matched_predicted = {p for _, p in pairs}
        for gold_index, predicted_index in pairs:
            gold_event, mention = article.events[gold_index], predicted[predicted_index]
            if gold_event.optional:
                continue
            events.true_positives += 1
            per_type.setdefault(gold_event.event_type, Counts()).true_positives += 1
            wrong = _score_attributes(gold_event, mention, attributes, aliases)
            if wrong:
                errors.append(_gold_error("wrong_fields", article.id, gold_event, wrong))
        for gold_index, gold_event in enumerate(article.events):
            if gold_index not in matched_gold and not gold_event.optional:
                events.false_negatives += 1
                per_type.setdefault(gold_event.event_type, Counts()).false_negatives += 1
                errors.append(_gold_error("missed", article.id, gold_event))
        for predicted_index, mention in enumerate(predicted):
            if predicted_index not in matched_predicted:
                events.false_positives += 1
                per_type.setdefault(mention.event_type, Counts()).false_positives += 1
                errors.append(_prediction_error(article.id, mention))

    return Report(
        articles=len(gold),
        gold_events=sum(not e.optional for a in gold for e in a.events),
        optional_gold_events=sum(e.optional for a in gold for e in a.events),
        predicted_events=sum(len(predictions.get(a.id, ())) for a in gold),
        events=events,
        per_event_type=dict(sorted(per_type.items())),
        attributes=attributes,
        event_articles=event_articles,
        non_event_articles=non_event_articles,
        incidents=None if incidents is None else score_incidents(gold, incidents),
        errors=_worst_first(errors),
        corpus_sha256=corpus_sha256(gold),
        unscored_prediction_ids=sorted(set(predictions) - gold_ids),
    )


def _check_prediction_date(article_id: str, mention: EventMention) -> None:
    if mention.event_date is None:
        return
    try:
        date_span(mention.event_date)
    except ValueError as error:
        raise UsageError(f"prediction for {article_id}: {error}; the coder must emit YYYY-MM-DD, YYYY-MM or null"
                         ) from error


def _score_attributes(gold: GoldEvent, mention: EventMention, attributes: dict[str, Tally],
                      aliases: ActorAliases) -> list[str]:
    """Add one matched pair to the attribute tallies; return the names of the fields it got wrong."""
    verdicts = {
        "sub_event_type": gold.sub_event_type == mention.sub_event_type,
        "actor1": aliases.same_actor(gold.actor1, mention.actor1),
        "actor2": aliases.same_actor(gold.actor2, mention.actor2),
        "date_exact": gold.date == mention.event_date,
        "fatalities_exact": gold.fatalities == mention.fatalities,
    }
    km = distance_km(gold, mention)
    if km is not None:
        for radius in LOCATION_RADII_KM:
            verdicts[f"location_{radius:g}km"] = km <= radius
    for name, verdict in verdicts.items():
        attributes[name].add(verdict)
    return [name for name, verdict in verdicts.items() if not verdict]


def _gold_error(kind: str, article_id: str, event: GoldEvent, wrong: list[str] | None = None) -> EventError:
    return EventError(kind=kind, article_id=article_id, event_type=event.event_type,
                      sub_event_type=event.sub_event_type, date=event.date, location=event.location,
                      fatalities=event.fatalities, evidence=event.evidence, wrong_fields=wrong or [])


def _prediction_error(article_id: str, mention: EventMention) -> EventError:
    trigger = next((e.text for e in mention.evidence if e.field == "trigger"), None)
    evidence = trigger or (mention.evidence[0].text if mention.evidence else None)
    return EventError(kind="false_positive", article_id=article_id, event_type=mention.event_type,
                      sub_event_type=mention.sub_event_type, date=mention.event_date, location=mention.location,
                      fatalities=mention.fatalities, evidence=evidence, confidence=mention.confidence)


_ERROR_KIND_ORDER = {"missed": 0, "false_positive": 1, "wrong_fields": 2}


def _worst_first(errors: list[EventError]) -> list[EventError]:
    """Missed events with the most deaths, then the most confident false positives, then wrong fields."""
    return sorted(errors, key=lambda e: (_ERROR_KIND_ORDER[e.kind], -(e.fatalities or 0), -(e.confidence or 0),
                                         -len(e.wrong_fields), e.article_id))


def score_incidents(gold: Sequence[GoldArticle], predicted: Mapping[str, str | None]) -> Counts:
    """Pairwise "same incident" P/R/F1 over the articles that have a gold incident."""
    counts = Counts()
    annotated = [article for article in gold if article.incident is not None]
    for first, second in combinations(annotated, 2):
        gold_same = first.incident == second.incident
        predicted_first, predicted_second = predicted.get(first.id), predicted.get(second.id)
        predicted_same = predicted_first is not None and predicted_first == predicted_second
        if gold_same and predicted_same:
            counts.true_positives += 1
        elif predicted_same:
            counts.false_positives += 1
        elif gold_same:
            counts.false_negatives += 1
    return counts


def run_evaluation(gold_path: str | Path, predict: Callable[[GoldArticle], list[EventMention]],
                   link: Callable[[list[GoldArticle], dict[str, list[EventMention]]], Mapping[str, str | None]]
                   | None = None, aliases: ActorAliases | None = None) -> Report:
    """Load gold from `gold_path`, run `predict` on every article (and `link` across them if given), and score."""
    gold = load_gold(gold_path)
    predictions = {article.id: list(predict(article)) for article in gold}
    incidents = link(gold, predictions) if link is not None else None
    return score(gold, predictions, incidents, aliases)


# --------------------------------------------------------------------------------------------------------------
# Text report


def _percent(value: float | None) -> str:
    return "   n/a" if value is None else f"{100 * value:5.1f}%"


def format_report(report: Report, max_errors: int = 20) -> str:
    """A readable plain-text summary of a report, for the terminal."""
    lines = [
        (f"articles {report.articles}   gold events {report.gold_events} (+{report.optional_gold_events} "
         f"optional)   predicted {report.predicted_events}   corpus {report.corpus_sha256[:12]}"),
        "",
        f"{'events':<34}{'P':>8}{'R':>8}{'F1':>8}{'TP':>6}{'FP':>5}{'FN':>5}",
    ]

    def counts_row(label: str, counts: Counts) -> str:
        return (f"{label:<34}{_percent(counts.precision):>8}{_percent(counts.recall):>8}"
                f"{_percent(counts.f1):>8}{counts.true_positives:>6}{counts.false_positives:>5}"
                f"{counts.false_negatives:>5}")

    lines.append(counts_row("all", report.events))
    lines += [counts_row(f"  {name}", counts) for name, counts in report.per_event_type.items()]
    if report.incidents is not None:
        lines.append(counts_row("incidents (article pairs)", report.incidents))
    lines += ["", f"{'on matched pairs':<34}{'score':>8}{'correct/n':>14}"]
    lines += [_tally_row(name, tally) for name, tally in report.attributes.items()]
    lines += ["", f"{'articles':<34}{'score':>8}{'correct/n':>14}",
              _tally_row("event articles with a prediction", report.event_articles),
              _tally_row("non-event articles without one", report.non_event_articles)]
    if report.unscored_prediction_ids:
        ignored = report.unscored_prediction_ids
        lines += ["", f"predictions for {len(ignored)} article(s) not in the gold set were ignored: "
                      + ", ".join(ignored[:5])]
    if report.errors:
        shown = report.errors[:max_errors]
        lines += ["", f"worst errors ({len(shown)} of {len(report.errors)})"]
        for error in shown:
            detail = f"wrong {', '.join(error.wrong_fields)}" if error.wrong_fields else (error.evidence or "")
            lines.append(f"  {error.kind:<15}{error.article_id}  {error.event_type} / {error.sub_event_type}  "
                         f"{error.date or '-'}  {error.location or '-'}  {_shorten(detail, 90)}")
    return "\n".join(lines)


def _tally_row(label: str, tally: Tally) -> str:
    return f"{label:<34}{_percent(tally.accuracy):>8}{f'{tally.correct}/{tally.scored}':>14}"


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
