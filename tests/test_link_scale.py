"""Blocking finds every linkable pair; the synthetic benchmark's grouping quality holds at a small scale."""

from __future__ import annotations

import importlib.util
import itertools
import random
from pathlib import Path

import pytest

from marsad.link import Linker, LinkOptions
from marsad.link.blocking import BlockIndex
from marsad.link.scoring import MentionTable

BENCH = Path(__file__).resolve().parents[1] / "bench" / "link.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_link", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def dense_inputs(bench, n: int, seed: int):
    """Bench mentions squeezed into one country, few towns and 20 days, with coarse and month-precision ones."""
    inputs, _ = bench.generate(n, seed)
    rng = random.Random(seed)
    squeezed = []
    for item in inputs:
        m = item.mention
        m.country = "Country00"
        m.event_date = f"2021-03-{rng.randint(1, 20):02d}"
        if rng.random() < 0.1:
            m.event_date, m.time_precision = "2021-03", 3
        elif rng.random() < 0.1:
            m.time_precision = 2
        if m.latitude is not None:
            m.latitude, m.longitude = 33.0 + rng.uniform(0, 0.6), 36.0 + rng.uniform(0, 0.6)
        m.admin1 = rng.choice(["A", "B"])
        squeezed.append(item)
    return squeezed


@pytest.mark.parametrize("seed", [1, 2])
def test_blocking_generates_exactly_the_pairs_the_score_accepts_once_each(bench, seed):
    inputs = dense_inputs(bench, 600, seed)
    table = MentionTable(LinkOptions())
    for item in inputs:
        table.add(item)
    index = BlockIndex(table)
    index.add(range(len(table)))
    generated = [tuple(sorted((row, other))) for row in range(len(table)) for other in index.pairs_owned_by(row)]
    assert len(generated) == len(set(generated))
    accepted = {
        (i, j) for i, j in itertools.combinations(range(len(table)), 2) if table.pair_score(i, j) is not None
    }
    assert accepted and accepted <= set(generated)
    # the incremental path sees every partner too
    for row in range(0, len(table), 37):
        partners = set(index.all_partners(row))
        assert {j if i == row else i for i, j in accepted if row in (i, j)} <= partners


def test_update_equals_link_on_dense_synthetic_data(bench):
    inputs = dense_inputs(bench, 400, 3)
    linker = Linker()
    updated = linker.update(linker.link(inputs[:250]), inputs[250:])
    full = linker.link(inputs)
    assert updated.groups() == full.groups()
    assert updated.event_of == full.event_of and updated.incident_of == full.incident_of


def test_pairwise_scores_count_pairs_through_the_contingency_table(bench):
    # truth {0,1,2} {3,4}; predicted {0,1} {2,3,4}: 1 + 1 shared pairs of 4 predicted and 4 true
    precision, recall, f1 = bench.pairwise_scores(["x", "x", "y", "y", "y"], [0, 0, 0, 1, 1])
    assert (precision, recall, f1) == (0.5, 0.5, 0.5)


def test_synthetic_grouping_reaches_the_f1_target(bench):
    inputs, truth = bench.generate(8000, 11)
    result = Linker().link(inputs)
    _, _, f1 = bench.pairwise_scores([result.event_of[i.mention_id] for i in inputs], truth)
    assert f1 >= bench.F1_TARGET
