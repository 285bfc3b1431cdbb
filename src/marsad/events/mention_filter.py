"""A learned second opinion on coded mentions: a distinct event the article reports, or a false alarm of the rules?

The rule-based coder finds every sentence that could report an event. Many of its false alarms are structural:
a second mention of the article's main event under another type, background ("وتأتي هذه الغارة في سياق…"),
a reaction or a funeral coded as the attack it recalls, or an article that reports no event at all. A logistic
model over features of the mention, its sentence and its place in the article scores each mention. The features
are structural (type, rank, position, dates, figures, how the sentence echoes the headline, reporting verbs and
quotes), not the sentence's words: word weights learned from one author's phrasing carried over poorly to others'
in cross-validation, and made a real article's main event hang on a single word. Two
thresholds decide: an article keeps any mention only if its best one reaches `article_threshold` (is this an
event article at all?); then its best mention and every other one reaching `mention_threshold` are kept. Kept
mentions carry the model's probability as their confidence.

The model is data: `data/models/mention_filter.json` (weights by feature name, intercept, thresholds, and how it was
trained). `scripts/train_mention_filter.py` trains it from `training/mention_filter/training_set.jsonl.gz`, which
holds coder outputs labelled against the dev gold, including outputs of earlier coder versions on dev parts they
had not been tuned on (see training/mention_filter/README.md). Training needs scikit-learn; running does not.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.errors import MarsadError
from marsad.events.model import REPORT_DAY_NOTE, EventMention, Evidence
from marsad.lang.ar import normalize
from marsad.lang.ar.sentences import Sentence, split_sentences

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "models" / "mention_filter.json"
MODEL_FORMAT = 1



class MentionFilterError(MarsadError):
    """The mention filter model is missing or malformed, or cannot be trained here."""


_WORD = re.compile(r"[\u0621-\u064a]+")
_REPORTING_VERB = re.compile(
    r"(?:^| )[وف]?(?:قال|قالت|اضاف|اضافت|اوضح|اوضحت|افاد|افادت|اكد|اكدت|ذكر|ذكرت|اعلن|اعلنت|بحسب|وفق)(?= |$)")
_QUOTE_MARKS = ('"', "«", "“")


@dataclass(frozen=True, slots=True)
class ArticleView:
    """What the features read of the article a mention came from (offsets of evidence are into `text`)."""

    text: str
    title: str | None
    published: str | None
    sentences: Sequence[Sentence]
    headline: frozenset[str]  # words of the title and the first sentence, which every mention is compared with

    @classmethod
    def of(cls, text: str, title: str | None, published: str | None) -> "ArticleView":
        sentences = split_sentences(text)
        headline = set(_words(title or ""))
        if sentences:
            headline.update(_words(text[sentences[0].start:sentences[0].end]))
        return cls(text, title, published, sentences, frozenset(headline))


def _words(text: str) -> list[str]:
    return _WORD.findall(normalize(text))


def _bucket(value: float, edges: Sequence[float]) -> str:
    for edge in edges:
        if value <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def _day_gap(published: str | None, event_date: str | None) -> int | None:
    if not published or not event_date or len(event_date) != 10:
        return None
    try:
        return (date.fromisoformat(published[:10]) - date.fromisoformat(event_date)).days
    except ValueError:
        return None


def mention_features(mention: EventMention, rank: int, mentions: Sequence[EventMention],
                     article: ArticleView) -> dict[str, float]:
    """Binary features of the `rank`-th of an article's mentions, by name."""
    sentences = article.sentences
    trigger = next((e for e in mention.evidence if e.field == "trigger"), None)
    index = None
    if trigger is not None:
        index = next((i for i, s in enumerate(sentences) if s.start <= trigger.start < s.end), None)
    sentence = article.text[sentences[index].start:sentences[index].end] if index is not None else ""
    # a day taken from the report, not the text, says nothing about the event: read the mention as undated
    dated_by_report = REPORT_DAY_NOTE in mention.explanation
    time_precision = None if dated_by_report else mention.time_precision
    features: dict[str, float] = {
        "rank=" + _bucket(rank, (0, 1, 2)): 1.0,
        "mentions=" + _bucket(len(mentions), (1, 2, 3, 5)): 1.0,
        "sentence=" + (_bucket(index, (1, 2, 3, 5, 8, 12)) if index is not None else "none"): 1.0,
        "type=" + mention.event_type: 1.0,
        "sub=" + mention.sub_event_type: 1.0,
        "rule_confidence=" + _bucket(mention.confidence, (0.5, 0.6, 0.7, 0.8, 0.9)): 1.0,
        f"time_precision={time_precision}": 1.0,
        f"geo_precision={mention.geo_precision}": 1.0,
        "fatalities=" + ("none" if mention.fatalities is None else "0" if mention.fatalities == 0 else "some"): 1.0,
    }
    if index is not None and sentences:
        features["sentence_share=" + _bucket(index / len(sentences), (0.2, 0.4, 0.6, 0.8))] = 1.0
    if mention.actor1 is None:
        features["no_actor1"] = 1.0
    if mention.actor2 is None:
        features["no_actor2"] = 1.0
    gap = None if dated_by_report else _day_gap(article.published, mention.event_date)
    features["days_before_publication=" + (_bucket(gap, (0, 1, 3, 7, 31)) if gap is not None else "none")] = 1.0
    earlier = mentions[:rank]
    if any(other.event_type == mention.event_type for other in earlier):
        features["same_type_earlier"] = 1.0
    if any(other.sub_event_type == mention.sub_event_type for other in earlier):
        features["same_sub_type_earlier"] = 1.0

    words = _words(sentence)
    headline = article.headline
    overlap = len(set(words) & headline) / max(1, len(set(words)))
    features["headline_overlap=" + _bucket(overlap, (0.05, 0.15, 0.3, 0.5))] = 1.0
    if trigger is not None and any(word in headline for word in _words(trigger.text)):
        features["trigger_in_headline"] = 1.0
    if _REPORTING_VERB.search(" ".join(words)):
        features["reporting_verb"] = 1.0
    if any(mark in sentence for mark in _QUOTE_MARKS):
        features["quotation"] = 1.0
    features["sentence_words=" + _bucket(len(words), (8, 15, 25, 40))] = 1.0
    return features


# --------------------------------------------------------------------------------------------------------------
# The model


@dataclass(frozen=True, slots=True)
class SetAside:
    """A mention the filter dropped, kept for review: its place among what the rules coded and its score."""

    mention: EventMention
    rank: int
    probability: float


@dataclass(frozen=True)
class MentionFilter:
    weights: Mapping[str, float]
    intercept: float
    article_threshold: float
    mention_threshold: float
    min_sentences: int = 4  # shorter texts (a lone sentence, a brief) are unlike the articles it learned from
    trained: Mapping[str, Any] = field(default_factory=dict)  # how and on what it was trained, for the record

    @classmethod
    def load(cls, path: str | Path | None = None) -> "MentionFilter":
        path = Path(path) if path is not None else MODEL_PATH
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise MentionFilterError(f"{path}: cannot read the mention filter model ({error}); reinstall marsad "
                                "or retrain it with scripts/train_mention_filter.py") from error
        problems = validate_model(data)
        if problems:
            raise MentionFilterError(f"{path}: {problems[0]}; retrain it with scripts/train_mention_filter.py")
        return cls(data["weights"], float(data["intercept"]), float(data["article_threshold"]),
                   float(data["mention_threshold"]), int(data["min_sentences"]), data.get("trained", {}))

    def probability(self, features: Mapping[str, float]) -> float:
        score = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-score))

    def scores(self, mentions: Sequence[EventMention], article: ArticleView) -> list[float]:
        return [self.probability(mention_features(mention, rank, mentions, article))
                for rank, mention in enumerate(mentions)]

    def judges(self, article: ArticleView) -> bool:
        """Whether the article is long enough for the model to judge."""
        return len(article.sentences) >= self.min_sentences

    def apply(self, mentions: Sequence[EventMention],
              article: ArticleView) -> tuple[list[EventMention], list[SetAside]]:
        """The mentions the model keeps, each with its probability as confidence, and those it sets aside.

        A text of fewer than `min_sentences` sentences is left as the rules coded it.
        """
        if not self.judges(article):
            return list(mentions), []
        probabilities = self.scores(mentions, article)
        keep = kept_by_thresholds(probabilities, self.article_threshold, self.mention_threshold)
        kept: list[EventMention] = []
        set_aside: list[SetAside] = []
        for rank, (mention, probability) in enumerate(zip(mentions, probabilities)):
            mention.confidence = round(probability, 3)
            mention.explanation = (f"{mention.explanation}; " if mention.explanation else "") + \
                f"mention filter: p={probability:.2f}"
            if keep[rank]:
                kept.append(mention)
            else:
                set_aside.append(SetAside(mention, rank, round(probability, 3)))
        return kept, set_aside

    def as_dict(self) -> dict[str, Any]:
        return {"format": MODEL_FORMAT, "intercept": self.intercept, "article_threshold": self.article_threshold,
                "mention_threshold": self.mention_threshold,
                "min_sentences": self.min_sentences,
                "trained": dict(self.trained), "weights": dict(sorted(self.weights.items()))}


@lru_cache(maxsize=1)
def default_filter() -> MentionFilter:
    return MentionFilter.load()


def validate_model(data: Any) -> list[str]:
    """Problems with a model file's content (empty when it is well formed)."""
    if not isinstance(data, dict):
        return ["the model must be a JSON object"]
    problems = []
    if data.get("format") != MODEL_FORMAT:
        problems.append(f"format must be {MODEL_FORMAT}, not {data.get('format')!r}")
    for key in ("intercept", "article_threshold", "mention_threshold"):
        if not isinstance(data.get(key), (int, float)) or isinstance(data.get(key), bool):
            problems.append(f"{key} must be a number")
        elif key != "intercept" and not 0.0 <= data[key] <= 1.0:
            problems.append(f"{key} must lie between 0 and 1")
    minimum = data.get("min_sentences")
    if not isinstance(minimum, int) or isinstance(minimum, bool) or minimum < 1:
        problems.append("min_sentences must be a whole number of at least 1")
    weights = data.get("weights")
    if not isinstance(weights, dict) or not weights:
        problems.append("weights must be a non-empty object of feature name to number")
    else:
        for name, weight in weights.items():
            if not isinstance(weight, (int, float)) or isinstance(weight, bool) or not math.isfinite(weight):
                problems.append(f"weight of {name!r} must be a finite number")
                break
    if "trained" in data and not isinstance(data["trained"], dict):
        problems.append("trained must be an object")
    return problems


# --------------------------------------------------------------------------------------------------------------
# Training (scripts/train_mention_filter.py; needs scikit-learn)


@dataclass(slots=True)
class TrainingArticle:
    """One article as one coder version coded it, with each mention labelled against the dev gold."""

    source: str  # which coder version produced the mentions (training/mention_filter/sources.yaml)
    article_id: str
    part: str  # dev gold part, the unit of cross-validation
    is_event: bool  # does the gold hold a required event
    gold_events: int  # required gold events
    article: ArticleView
    mentions: list[EventMention]
    labels: list[str]  # per mention: tp (matches a required gold event), fp (matches none), optional


def mention_from_dict(data: Mapping[str, Any]) -> EventMention:
    fields = dict(data)
    fields["evidence"] = [Evidence(**evidence) for evidence in fields.get("evidence", [])]
    return EventMention(**fields)


def label_mentions(gold_events: Sequence[Any], mentions: Sequence[EventMention], aliases: Any) -> list[str]:
    """Each mention's training label under the evaluation's own matching (`marsad.evaluate.match_events`): tp when
    it matches a required gold event, optional when it matches an optional one, fp when it matches none."""
    from marsad.evaluate import match_events  # scoring code, not needed to run the filter

    matched = {predicted: gold for gold, predicted in match_events(gold_events, mentions, aliases)}
    return ["fp" if matched.get(index) is None else "optional" if gold_events[matched[index]].optional else "tp"
            for index in range(len(mentions))]


def read_training_set(path: str | Path) -> list[TrainingArticle]:
    articles = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            articles.append(TrainingArticle(
                record["source"], record["article_id"], record["part"], record["is_event"], record["gold_events"],
                ArticleView.of(record["text"], record["title"], record["published"]),
                [mention_from_dict(m) for m in record["mentions"]], record["labels"]))
    return articles


def _labelled_features(articles: Iterable[TrainingArticle]) -> list[tuple[dict[str, float], str]]:
    """(features, label) of every mention but those matching optional gold events."""
    return [(mention_features(mention, rank, article.mentions, article.article), label)
            for article in articles
            for rank, (mention, label) in enumerate(zip(article.mentions, article.labels)) if label != "optional"]


def train(articles: Sequence[TrainingArticle], *, regularisation: float = 1.0, article_threshold: float = 0.5,
          mention_threshold: float = 0.5, min_sentences: int = 4,
          trained: Mapping[str, Any] | None = None) -> MentionFilter:
    """Fit the logistic model on the labelled mentions (optional-gold matches are left out)."""
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise MentionFilterError("training the mention filter needs scikit-learn: pip install scikit-learn") from error
    examples = _labelled_features(articles)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([features for features, _ in examples])
    model = LogisticRegression(C=regularisation, max_iter=5000)
    model.fit(matrix, [label == "tp" for _, label in examples])
    weights = {name: round(float(weight), 6)
               for name, weight in zip(vectorizer.get_feature_names_out(), model.coef_[0]) if abs(weight) >= 1e-6}
    return MentionFilter(weights, round(float(model.intercept_[0]), 6), article_threshold, mention_threshold,
                         min_sentences, dict(trained or {}))


@dataclass(frozen=True, slots=True)
class FilterScore:
    """Event scores of a set of coded articles with the mentions a filter keeps (thresholds None: no filter)."""

    thresholds: tuple[float, float] | None  # (article, mention)
    true_positives: int
    false_positives: int
    gold_events: int
    non_event_articles: int
    non_event_articles_left_empty: int

    @property
    def precision(self) -> float:
        return self.true_positives / max(1, self.true_positives + self.false_positives)

    @property
    def recall(self) -> float:
        return self.true_positives / max(1, self.gold_events)

    @property
    def f1(self) -> float:
        return 2 * self.true_positives / max(1, self.true_positives + self.false_positives + self.gold_events)

    @property
    def non_event_rate(self) -> float:
        return self.non_event_articles_left_empty / max(1, self.non_event_articles)


def cross_validated_probabilities(articles: Sequence[TrainingArticle], **train_options: Any) -> list[list[float]]:
    """Per article, per mention: the probability from a model trained without the article's dev part.

    Leaving a whole part out (every coder version's outputs on it) measures how the filter does on text by an
    author whose phrasing it never saw, which is what new articles are.
    """
    probabilities: list[list[float]] = [[] for _ in articles]
    for part in sorted({article.part for article in articles}):
        model = train([a for a in articles if a.part != part], **train_options)
        for position, article in enumerate(articles):
            if article.part == part:
                probabilities[position] = (model.scores(article.mentions, article.article)
                                           if model.judges(article.article) else [1.0] * len(article.mentions))
    return probabilities


def kept_by_thresholds(probabilities: Sequence[float], article_threshold: float,
                       mention_threshold: float) -> list[bool]:
    """Which mentions two thresholds keep (the rule of `MentionFilter.apply`)."""
    if not probabilities or max(probabilities) < article_threshold:
        return [False] * len(probabilities)
    best = max(probabilities)
    return [p >= mention_threshold or p == best for p in probabilities]


def score_with_thresholds(articles: Sequence[TrainingArticle], probabilities: Sequence[Sequence[float]],
                          thresholds: tuple[float, float] | None) -> FilterScore:
    true_positives = false_positives = gold = non_event = left_empty = 0
    for article, scores in zip(articles, probabilities):
        keep = kept_by_thresholds(scores, *thresholds) if thresholds is not None else [True] * len(scores)
        kept = [label for label, kept in zip(article.labels, keep) if kept]
        true_positives += kept.count("tp")
        false_positives += kept.count("fp")
        gold += article.gold_events
        if not article.is_event:
            non_event += 1
            left_empty += not kept
    return FilterScore(thresholds, true_positives, false_positives, gold, non_event, left_empty)


def training_record(source: str, article_id: str, part: str, is_event: bool, gold_events: int, text: str,
                    title: str | None, published: str | None, mentions: Sequence[Mapping[str, Any]],
                    labels: Sequence[str]) -> dict[str, Any]:
    return {"source": source, "article_id": article_id, "part": part, "is_event": is_event,
            "gold_events": gold_events, "text": text, "title": title, "published": published,
            "mentions": list(mentions), "labels": list(labels)}
