"""Sentence-level evaluation: does a single sentence report a violent event or protest, or merely mention one?

The gold set is JSONL, one object a line::

    {"id": "s001", "text": "...", "reported": true, "category": "battle", "note": "why, when not obvious"}

`reported` is true when the sentence reports a battle, explosion or remote violence, violence against civilians,
riot or protest as having happened (a negated outcome such as "no one was hurt" still reports the attack); false
for mentions: threats, denials, questions, plans, conditionals, opinion, history in passing, statistics, trials,
metaphors, accidents, habitual descriptions, foiled plots and non-violent developments. `category` is free text
used only to break the scores down; `note` is optional.

`load_sentences` reads and validates the file, `score_sentences` runs any classifier over it, and
`run_sentence_evaluation` does both with the project's own classifier (what `marsad eval --sentences` calls).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.errors import UsageError

# The sentence-level metric is about violence and protest; strategic developments (arrests, agreements,
# seizures) are deliberately left out.
REPORTABLE_EVENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots",
                          "Protests")
REQUIRED_KEYS = ("id", "text", "reported", "category")
OPTIONAL_KEYS = ("note",)

Classifier = Callable[[str], bool]


@dataclass(frozen=True, slots=True)
class LabelledSentence:
    """One gold sentence: does it report a violent event or protest that happened?"""

    id: str
    text: str
    reported: bool
    category: str
    note: str = ""


def load_sentences(path: str | Path) -> list[LabelledSentence]:
    """Read a gold sentence file (JSONL); raise UsageError naming the file and line of the first bad record."""
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"{path}: no such file; give a JSONL file of labelled sentences")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as error:
        raise UsageError(f"{path}: not UTF-8 text; save the file as UTF-8") from error
    items: list[LabelledSentence] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        item = _sentence(line, f"{path}:{number}")
        if item.id in seen:
            raise UsageError(f"{path}:{number}: id {item.id!r} is already used on line {seen[item.id]}; "
                             "make sentence ids unique")
        seen[item.id] = number
        items.append(item)
    if not items:
        raise UsageError(f"{path}: holds no sentences; add one JSON object a line")
    return items


def _sentence(line: str, where: str) -> LabelledSentence:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise UsageError(f"{where}: not valid JSON ({error.msg}); write one JSON object a line") from error
    if not isinstance(record, dict):
        raise UsageError(f"{where}: expected a JSON object with {', '.join(REQUIRED_KEYS)}")
    missing = [key for key in REQUIRED_KEYS if key not in record]
    if missing:
        raise UsageError(f"{where}: missing {', '.join(missing)}; every sentence needs "
                         f"{', '.join(REQUIRED_KEYS)}")
    unknown = sorted(set(record) - set(REQUIRED_KEYS) - set(OPTIONAL_KEYS))
    if unknown:
        raise UsageError(f"{where}: unknown key(s) {', '.join(unknown)}; allowed keys are "
                         f"{', '.join(REQUIRED_KEYS + OPTIONAL_KEYS)}")
    for key in ("id", "text", "category"):
        if not isinstance(record[key], str) or not record[key].strip():
            raise UsageError(f"{where}: {key} must be a non-empty string")
    if not isinstance(record["reported"], bool):
        raise UsageError(f"{where}: reported must be true or false (a JSON boolean), "
                         f"got {json.dumps(record['reported'], ensure_ascii=False)}")
    note = record.get("note", "")
    if not isinstance(note, str):
        raise UsageError(f"{where}: note must be a string")
    return LabelledSentence(record["id"], record["text"], record["reported"], record["category"], note)


def default_classifier(event_types: Collection[str] = REPORTABLE_EVENT_TYPES, *, lexicon: Any = None,
                       rules: Any = None) -> Classifier:
    """The project's own sentence classifier: `modality.is_reported` restricted to `event_types`.

    `lexicon` (a TriggerLexicon) and `rules` (ModalityRules) default to the packaged ones.
    """
    # Imported here so that loading and scoring a file do not compile the lexicons.
    from marsad.events.modality import is_reported

    allowed = frozenset(event_types)

    def classify(sentence: str) -> bool:
        return is_reported(sentence, event_types=allowed, lexicon=lexicon, rules=rules)

    return classify


def score_sentences(items: Iterable[LabelledSentence], classify: Classifier) -> dict[str, Any]:
    """Precision, recall, F1 and accuracy of `classify` on the labelled sentences, with counts and errors.

    Positive means "reports an event". Ratios with a zero denominator are None (not measured). `errors` lists
    every misclassified sentence in input order; `per_category` gives each gold category's accuracy, worst first.
    """
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    errors: list[dict[str, Any]] = []
    categories: dict[str, dict[str, Any]] = {}
    for item in items:
        predicted = bool(classify(item.text))
        outcome = ("t" if predicted == item.reported else "f") + ("p" if predicted else "n")
        counts[outcome] += 1
        category = categories.setdefault(item.category, {"gold_reported": item.reported, "sentences": 0,
                                                         "correct": 0})
        if category["gold_reported"] is not None and category["gold_reported"] != item.reported:
            category["gold_reported"] = None  # the category holds both labels
        category["sentences"] += 1
        if predicted == item.reported:
            category["correct"] += 1
        else:
            errors.append({"id": item.id, "kind": "false_positive" if predicted else "false_negative",
                           "category": item.category, "text": item.text, "note": item.note})
    for category in categories.values():
        category["accuracy"] = _ratio(category["correct"], category["sentences"])
    tp, fp, fn, tn = counts["tp"], counts["fp"], counts["fn"], counts["tn"]
    return {
        "sentences": tp + fp + fn + tn,
        "counts": counts,
        "precision": _ratio(tp, tp + fp),
        "recall": _ratio(tp, tp + fn),
        "f1": _ratio(2 * tp, 2 * tp + fp + fn),
        "accuracy": _ratio(tp + tn, tp + fp + fn + tn),
        "per_category": dict(sorted(categories.items(), key=lambda kv: (kv[1]["accuracy"], kv[0]))),
        "errors": errors,
    }


def run_sentence_evaluation(path: str | Path, classify: Classifier | None = None) -> dict[str, Any]:
    """Load a gold sentence file and score `classify` (default: `default_classifier()`) on it."""
    items = load_sentences(path)
    return score_sentences(items, classify or default_classifier())


def format_sentence_report(report: dict[str, Any], max_errors: int = 20) -> str:
    """A readable plain-text summary of `score_sentences` output, worst categories first."""
    counts = report["counts"]
    lines = [
        (f"sentences {report['sentences']}   tp {counts['tp']}  fp {counts['fp']}  fn {counts['fn']}  "
         f"tn {counts['tn']}"),
        "",
        f"{'reported vs mention':<28}{'P':>8}{'R':>8}{'F1':>8}{'acc':>8}",
        (f"{'all':<28}{_percent(report['precision']):>8}{_percent(report['recall']):>8}"
         f"{_percent(report['f1']):>8}{_percent(report['accuracy']):>8}"),
        "",
        f"{'category (gold label)':<28}{'gold':>8}{'acc':>8}{'correct/n':>12}",
    ]
    for name, category in report["per_category"].items():
        gold = {True: "event", False: "mention", None: "mixed"}[category["gold_reported"]]
        ratio = f"{category['correct']}/{category['sentences']}"
        lines.append(f"{name:<28}{gold:>8}{_percent(category['accuracy']):>8}{ratio:>12}")
    errors = report["errors"]
    if errors:
        shown = errors[:max_errors]
        lines += ["", f"errors ({len(shown)} of {len(errors)})"]
        lines += [f"  {error['kind']:<16}{error['id']:<7}{error['category']:<28}{_shorten(error['text'], 80)}"
                  for error in shown]
    return "\n".join(lines)


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def _percent(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:5.1f}%"


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def coder_classifier(coder=None) -> Callable[[str], bool]:
    """The full event coder as a sentence classifier: does coding the sentence alone yield a violent or protest event?

    Unlike `default_classifier` (modality alone), this applies everything the coder weighs: trigger support,
    modality, history, habitual and other non-event contexts.
    """
    from marsad.events.coder import ArticleForCoding, EventCoder
    from marsad.models import Segment

    coder = coder or EventCoder.default()

    def classify(sentence: str) -> bool:
        article = ArticleForCoding("sentence", sentence, sentence, [Segment(0, 0, len(sentence))])
        return any(m.event_type in REPORTABLE_EVENT_TYPES for m in coder.code(article).mentions)

    return classify
