"""Clustering mentions into events without transitive chaining.

Edges (pairs scoring at least the join threshold) define connected components. Inside a component, mentions are
taken in a canonical order (precise place first, then precise date, then earliest report, then id) and each joins
the existing cluster it agrees with best, provided it agrees with EVERY member: no hard conflict with any of them,
no member from the same article, and a mean score over all members at or above the threshold. Otherwise it starts
a new cluster. So A~B and B~C never put A and C together when A and C conflict (two attacks in one city on one
day stay apart even when a vague third report resembles both).

The result depends only on the component's set of mentions, never on input order; that is what lets an
incremental update re-cluster just the components new mentions touch and still equal a full re-link.
"""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable

import numpy as np

from marsad.link.blocking import BlockIndex
from marsad.link.records import LinkInput, LinkOptions
from marsad.link.scoring import MentionTable


class UnionFind:
    """Disjoint sets over rows 0..n-1, growable."""

    def __init__(self, size: int = 0):
        self.parent = array("l", range(size))

    def grow(self, size: int) -> None:
        self.parent.extend(range(len(self.parent), size))

    def find(self, row: int) -> int:
        parent = self.parent
        root = row
        while parent[root] != root:
            root = parent[root]
        while parent[row] != root:
            parent[row], row = root, parent[row]
        return root

    def union(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            # the lower row becomes the root so roots do not depend on the order unions happen in
            if root_a < root_b:
                self.parent[root_b] = root_a
            else:
                self.parent[root_a] = root_b


class Edges:
    """Scored pairs: compressed rows (numpy) from the full link plus a small overflow from incremental updates."""

    def __init__(self) -> None:
        self.left = array("l")
        self.right = array("l")
        self.score = array("f")
        self._built = False
        self._indptr = np.zeros(1, dtype=np.int64)
        self._targets = np.zeros(0, dtype=np.int64)
        self._scores = np.zeros(0, dtype=np.float32)
        self._overflow: dict[int, list[tuple[int, float]]] = {}

    def add(self, a: int, b: int, score: float) -> None:
        self.left.append(a)
        self.right.append(b)
        self.score.append(score)
        if self._built:
            stored = float(np.float32(score))  # the same precision as the compressed rows
            self._overflow.setdefault(a, []).append((b, stored))
            self._overflow.setdefault(b, []).append((a, stored))

    def __len__(self) -> int:
        return len(self.left)

    def neighbours(self, row: int) -> list[tuple[int, float]]:
        if not self._built:
            self._build()
        found: list[tuple[int, float]] = []
        if row + 1 < len(self._indptr):
            lo, hi = int(self._indptr[row]), int(self._indptr[row + 1])
            if hi > lo:
                found = list(zip(self._targets[lo:hi].tolist(), self._scores[lo:hi].tolist()))
        extra = self._overflow.get(row)
        return found + extra if extra else found

    def _build(self) -> None:
        left = np.frombuffer(self.left, dtype=np.int64) if len(self.left) else np.zeros(0, dtype=np.int64)
        right = np.frombuffer(self.right, dtype=np.int64) if len(self.right) else np.zeros(0, dtype=np.int64)
        scores = np.frombuffer(self.score, dtype=np.float32) if len(self.score) else np.zeros(0, np.float32)
        sources = np.concatenate([left, right])
        order = np.argsort(sources, kind="stable")
        self._targets = np.concatenate([right, left])[order]
        self._scores = np.concatenate([scores, scores])[order]
        size = int(sources.max()) + 2 if len(sources) else 1
        self._indptr = np.zeros(size, dtype=np.int64)
        np.cumsum(np.bincount(sources, minlength=size - 1), out=self._indptr[1:])
        self._built = True


def cluster_component(table: MentionTable, rows: Iterable[int], edges: Edges, threshold: float) -> list[list[int]]:
    """Split one connected component into events (lists of rows, each in processing order)."""
    order = sorted(rows, key=table.order_key.__getitem__)
    if len(order) == 1:
        return [order]
    cluster_of: dict[int, int] = {}
    clusters: list[list[int]] = []
    articles: list[set[int]] = []
    days: list[Counter[int]] = []
    article = table.article
    day = table.day
    tolerance = table.tolerance
    for row in order:
        known = {other: score for other, score in edges.neighbours(row) if other in cluster_of}
        best: tuple[float, int] | None = None
        for candidate in sorted({cluster_of[other] for other in known}):
            if article[row] in articles[candidate]:
                continue
            # members may be a day off each way, so member pairs get date slack; the cluster's most reported
            # day must still be within the row's own tolerance
            modal_day = min(days[candidate].items(), key=lambda item: (-item[1], item[0]))[0]
            if abs(day[row] - modal_day) > tolerance[row]:
                continue
            total = 0.0
            for member in clusters[candidate]:
                score = known.get(member)
                if score is None:
                    score = table.pair_score(row, member, date_slack=True)
                    if score is None:
                        break
                total += score
            else:
                mean = total / len(clusters[candidate])
                if mean >= threshold and (best is None or mean > best[0]):
                    best = (mean, candidate)
        if best is None:
            cluster_of[row] = len(clusters)
            clusters.append([row])
            articles.append({article[row]})
            days.append(Counter({day[row]: 1}))
        else:
            cluster_of[row] = best[1]
            clusters[best[1]].append(row)
            articles[best[1]].add(article[row])
            days[best[1]][day[row]] += 1
    return clusters


class Clustering:
    """Mentions clustered into events, growable: added mentions are scored against the others through the blocking
    index, and only the connected components they touch are clustered again. The clusters always equal those of
    clustering all the mentions at once, since a component's clusters depend only on its set of mentions."""

    def __init__(self, options: LinkOptions):
        self.threshold = options.join_threshold
        self.table = MentionTable(options)
        self.index = BlockIndex(self.table)
        self.edges = Edges()
        self.components = UnionFind()
        self.inputs: list[LinkInput] = []  # by row
        self._clusters: dict[int, list[list[int]]] = {}  # component root (its lowest row) -> its clusters
        self._dirty: list[int] = []

    def add(self, items: Iterable[LinkInput]) -> range:
        """Add mentions (ids not seen before); returns their rows."""
        table = self.table
        first = len(table)
        for item in items:
            table.add(item)
            self.inputs.append(item)
        rows = range(first, len(table))
        self.components.grow(len(table))
        self.index.add(rows)
        pair_score, threshold = table.pair_score, self.threshold
        edges, union = self.edges, self.components.union
        for row in rows:
            if first == 0:
                partners = self.index.pairs_owned_by(row)
            else:
                # a pair of two added rows is scored once, from the lower row
                partners = (other for other in self.index.all_partners(row) if not first <= other < row)
            for other in partners:
                score = pair_score(row, other)
                if score is not None and score >= threshold:
                    edges.add(row, other, score)
                    union(row, other)
        self._dirty.extend(rows)
        return rows

    def clusters(self) -> list[list[int]]:
        """The events as lists of rows, each in processing order."""
        if self._dirty:
            find = self.components.find
            roots = {find(row) for row in self._dirty}
            for root in [r for r in self._clusters if r in roots or find(r) != r]:
                del self._clusters[root]
            members: dict[int, list[int]] = defaultdict(list)
            for row in range(len(self.table)):
                root = find(row)
                if root in roots:
                    members[root].append(row)
            for root, rows in members.items():
                self._clusters[root] = cluster_component(self.table, rows, self.edges, self.threshold)
            self._dirty = []
        return [cluster for root in sorted(self._clusters) for cluster in self._clusters[root]]
