"""CI gate on the development gold set: event coding must not get worse (floors per metric, corpus hash).

Raise floors with `marsad eval tests/gold_dev --baseline tests/eval_baseline.json --update-baseline`; lowering one
needs `--allow-lower-floor` and a commit message that says why.
"""

from __future__ import annotations

from pathlib import Path

from marsad.eval_gate import check_gate
from marsad.evaluate import format_report, run_evaluation
from marsad.events.coder import EventCoder
from marsad.events.predict import code_text
from marsad.link.persist import incidents_by_article

TESTS = Path(__file__).resolve().parent
GOLD_DEV = TESTS / "gold_dev"
BASELINE = TESTS / "eval_baseline.json"


def test_event_coding_on_the_dev_gold_set_meets_every_floor():
    coder = EventCoder.default()
    report = run_evaluation(
        GOLD_DEV,
        lambda article: code_text(article.id, article.text, url=article.url, coder=coder).mentions,
        link=lambda _gold, predictions: incidents_by_article(predictions),
    )
    failures = check_gate(report, BASELINE)
    assert not failures, "\n".join(failures) + "\n\n" + format_report(report)
