"""Train the mention filter (src/marsad/data/models/mention_filter.json) and print its cross-validated scores.

Every dev part is left out in turn (all coder versions' outputs on it) and scored by a model trained on the
others. The article threshold is the lowest that leaves at least 90% of non-event articles empty (the evaluation
target), and the mention threshold the lowest whose event F1 is within 0.01 of the best one (when the data cannot
tell thresholds apart, a further event is kept rather than dropped: a dropped event is invisible to the user),
both on the untuned sources: coder versions that had not been tuned on the part they coded, which resemble what
the coder meets on new text. The final model is trained on everything.

    python scripts/train_mention_filter.py [--check]

--check trains in memory and fails if the shipped model differs (the tests run the same check).
Needs scikit-learn (`pip install -e ".[dev]"` has it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from marsad.errors import MarsadError
from marsad.events.mention_filter import (MODEL_PATH, MentionFilter, cross_validated_probabilities,
                                          read_training_set, score_with_thresholds, train)

ROOT = Path(__file__).resolve().parent.parent
TRAINING_SET = ROOT / "training" / "mention_filter" / "training_set.jsonl.gz"
REGULARISATION = 1.0
MIN_SENTENCES = 4  # 7 of the 340-odd training articles with mentions are shorter; texts that short are left alone
NON_EVENT_TARGET = 0.90
F1_TIE = 0.01
THRESHOLDS = tuple(round(0.05 * step, 2) for step in range(1, 17))  # 0.05 … 0.80


def build_model(verbose: bool = False) -> MentionFilter:
    articles = read_training_set(TRAINING_SET)
    options = {"regularisation": REGULARISATION, "min_sentences": MIN_SENTENCES}
    probabilities = cross_validated_probabilities(articles, **options)
    untuned = [i for i, article in enumerate(articles) if article.source != "current"]
    current = [i for i, article in enumerate(articles) if article.source == "current"]

    def scores(indexes, thresholds):
        return score_with_thresholds([articles[i] for i in indexes], [probabilities[i] for i in indexes], thresholds)

    article_threshold = next((t for t in THRESHOLDS if scores(untuned, (t, t)).non_event_rate >= NON_EVENT_TARGET),
                             THRESHOLDS[-1])
    below = [t for t in THRESHOLDS if t <= article_threshold]
    best_f1 = max(scores(untuned, (article_threshold, t)).f1 for t in below)
    mention_threshold = min(t for t in below if scores(untuned, (article_threshold, t)).f1 >= best_f1 - F1_TIE)
    best = (article_threshold, mention_threshold)
    if verbose:
        print("cross-validated, leaving one dev part out at a time")
        print(f"{'article':>7} {'mention':>7}  {'untuned: P / R / F1 / non-event empty':40}  "
              "current: P / R / F1 / non-event")
        rows = [None] + [(article_threshold, t) for t in THRESHOLDS if t <= article_threshold] + \
            [(t, t) for t in THRESHOLDS if t != article_threshold and t >= 0.3]
        for thresholds in rows:
            u, c = scores(untuned, thresholds), scores(current, thresholds)
            mark = "  <- chosen" if thresholds == best else ""
            label = "   none    none" if thresholds is None else f"{thresholds[0]:>7} {thresholds[1]:>7}"
            print(f"{label}  {u.precision:.2f} / {u.recall:.2f} / {u.f1:.3f} / "
                  f"{u.non_event_articles_left_empty}/{u.non_event_articles}{'':14}  {c.precision:.2f} / "
                  f"{c.recall:.2f} / {c.f1:.3f} / {c.non_event_articles_left_empty}/{c.non_event_articles}{mark}")
    chosen_untuned, chosen_current = scores(untuned, best), scores(current, best)
    unfiltered = scores(untuned, None)
    trained = {
        "training_set_sha256": hashlib.sha256(TRAINING_SET.read_bytes()).hexdigest(),
        "articles": len(articles),
        "mentions": sum(len(a.mentions) for a in articles),
        "regularisation": REGULARISATION,
        "threshold_rule": f"article: lowest leaving >= {NON_EVENT_TARGET:.0%} of non-event articles empty; "
                          f"mention: lowest within {F1_TIE} of the best F1 below it; on untuned sources, "
                          "leave-one-part-out",
        "cross_validated_untuned": {"f1_without": round(unfiltered.f1, 3), "f1": round(chosen_untuned.f1, 3),
                                    "precision": round(chosen_untuned.precision, 3),
                                    "recall": round(chosen_untuned.recall, 3),
                                    "non_event_left_empty": round(chosen_untuned.non_event_rate, 3)},
        "cross_validated_current": {"f1": round(chosen_current.f1, 3),
                                    "non_event_left_empty": round(chosen_current.non_event_rate, 3)},
    }
    return train(articles, article_threshold=article_threshold, mention_threshold=mention_threshold,
                 trained=trained, **options)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if the shipped model is not what training gives")
    args = parser.parse_args()
    try:
        model = build_model(verbose=not args.check)
    except (MarsadError, OSError) as error:
        sys.exit(f"train_mention_filter: {error}")
    text = json.dumps(model.as_dict(), ensure_ascii=False, indent=0, sort_keys=True) + "\n"
    if args.check:
        if MODEL_PATH.read_text(encoding="utf-8") != text:
            sys.exit(f"{MODEL_PATH} is not what training gives; run python scripts/train_mention_filter.py")
        print("the shipped model is what training gives")
        return
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    MODEL_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {MODEL_PATH} ({len(model.weights)} weights, thresholds {model.article_threshold} for an article, "
          f"{model.mention_threshold} for each further mention)")


if __name__ == "__main__":
    main()
