"""The CI gate on an evaluation report: a floor per metric, a hash of the gold corpus, a small noise margin.

The baseline file (tests/eval_baseline.json) looks like::

    {"corpus_sha256": "…", "noise_margin": 0.01, "floors": {"event_f1": 0.71, "actor1_accuracy": 0.6}}

`check_gate` lists what fails; `update_baseline` raises the floors to the current scores and refuses to lower any
of them (or drop one) unless told to.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from marsad.errors import UsageError
from marsad.evaluate import Report

DEFAULT_NOISE_MARGIN = 0.01
UPDATE_HINT = "marsad eval DIR --update-baseline"
LOWER_FLAG = "--allow-lower-floor"


def read_baseline(path: str | Path) -> dict[str, Any]:
    """Read and check a baseline file; raise UsageError saying how to fix or create it."""
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"{path}: no evaluation baseline; create it with `{UPDATE_HINT}`")
    try:
        baseline = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise UsageError(f"{path}: not valid JSON ({error}); fix it or regenerate it with `{UPDATE_HINT}`"
                         ) from error
    floors = baseline.get("floors") if isinstance(baseline, dict) else None
    if not isinstance(floors, dict) or not isinstance(baseline.get("corpus_sha256"), str):
        raise UsageError(f"{path}: a baseline needs `corpus_sha256` (string) and `floors` (metric: number); "
                         f"regenerate it with `{UPDATE_HINT}`")
    for metric, floor in [*floors.items(), ("noise_margin", baseline.get("noise_margin", DEFAULT_NOISE_MARGIN))]:
        if not isinstance(floor, int | float) or isinstance(floor, bool) or not 0 <= floor <= 1:
            raise UsageError(f"{path}: {metric} must be a number between 0 and 1")
    return baseline


def check_gate(report: Report, baseline_path: str | Path, corpus_hash: str | None = None) -> list[str]:
    """One message per failure: a metric below its floor minus the noise margin, or a changed gold corpus.

    `corpus_hash` defaults to the hash of the gold set the report was scored on.
    """
    baseline = read_baseline(baseline_path)
    corpus_hash = corpus_hash or report.corpus_sha256
    failures = []
    if baseline["corpus_sha256"] != corpus_hash:
        failures.append(
            f"gold corpus changed (sha256 {corpus_hash[:12]}, baseline has {baseline['corpus_sha256'][:12]}): "
            f"restore the gold files, or if the change is intended re-score and run `{UPDATE_HINT}` "
            f"(add {LOWER_FLAG} if scores drop)"
        )
    margin = baseline.get("noise_margin", DEFAULT_NOISE_MARGIN)
    metrics = report.metrics
    for metric, floor in sorted(baseline["floors"].items()):
        value = metrics.get(metric)
        if value is None:
            failures.append(f"{metric}: has a floor of {floor:.3f} but was not measured in this run; measure it "
                            f"(incident metrics need linking) or remove the floor with `{UPDATE_HINT} "
                            f"{LOWER_FLAG}`")
        elif value < floor - margin:
            failures.append(f"{metric}: {value:.3f} is below the floor {floor:.3f} (margin {margin:.3f}); fix the "
                            f"regression, or lower the floor on purpose with `{UPDATE_HINT} {LOWER_FLAG}`")
    return failures


def update_baseline(report: Report, baseline_path: str | Path, corpus_hash: str | None = None,
                    allow_lower: bool = False) -> dict[str, Any]:
    """Write the report's scores as the new floors (and the corpus hash); return the written baseline.

    Raises UsageError, writing nothing, when a floor would go down or disappear and `allow_lower` is False.
    """
    path = Path(baseline_path)
    previous = read_baseline(path) if path.exists() else {"floors": {}, "noise_margin": DEFAULT_NOISE_MARGIN}
    # Floors are rounded down so that re-running the same code never falls below its own floor.
    floors = {metric: math.floor(value * 1000) / 1000 for metric, value in sorted(report.metrics.items())
              if value is not None}
    lowered = [f"{metric} {old:.3f}→{floors[metric]:.3f}" if metric in floors else f"{metric} (not measured)"
               for metric, old in sorted(previous["floors"].items())
               if metric not in floors or floors[metric] < old]
    if lowered and not allow_lower:
        raise UsageError(f"{path}: refusing to lower {len(lowered)} floor(s): {', '.join(lowered)}; pass "
                         f"{LOWER_FLAG} if the drop is intended")
    baseline = {"corpus_sha256": corpus_hash or report.corpus_sha256,
                "noise_margin": previous.get("noise_margin", DEFAULT_NOISE_MARGIN),
                "floors": floors}
    path.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return baseline
