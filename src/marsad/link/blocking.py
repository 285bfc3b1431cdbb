"""Blocking: which pairs of mentions are worth scoring, in near-linear time.

Mentions only ever pair within one (country, event type) block, within their date tolerance, and at compatible
places. Two indexes split every block finely enough that no bucket grows with the size of the corpus:

- grid:  (block, day, grid cell) -> rows with a precise point (geo_precision 1-2). A cell is larger than the
  widest place tolerance (25 km), so a point's matches sit in its own or the 8 neighbouring cells.
- area:  (block, day, admin1) -> every row of that admin1 (precise or not). Rows known only to their admin1 (or
  country) look here, since their match may lie anywhere in the province.

Each pair is generated once, by the row that can see it: the one with the coarser place (it searches the area
index), else the one with the wider date tolerance, else the lower row number. Pairs are then filtered with exactly
the rules `MentionTable.pair_score` applies, so the candidate set is complete for the score's hard constraints.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from marsad.link.scoring import MAX_DAY_TOLERANCE, NONE, MentionTable

_DAY_SPAN = 1 << 20  # ordinals fit in 20 bits (year 2870)
_CELL_SPAN = 1 << 12
_CELL_OFFSET = 1 << 11
_WIDE_DAYS = 32


class BlockIndex:
    """The grid and area indexes over a MentionTable's rows."""

    def __init__(self, table: MentionTable):
        self.table = table
        self.grid: dict[int, list[int]] = {}
        self.area: dict[int, list[int]] = {}
        # rows with a coarse date (tolerance > 1 day) again, by 32-day span instead of day: they pair across more
        # days than a lookup around an exact date covers, and are few (used by all_partners)
        self.wide_grid: dict[int, list[int]] = {}
        self.wide_area: dict[int, list[int]] = {}

    def _grid_key(self, block: int, day: int, cell_lat: int, cell_lon: int) -> int:
        return (((block * _DAY_SPAN + day) * _CELL_SPAN + cell_lat + _CELL_OFFSET) * _CELL_SPAN
                + cell_lon + _CELL_OFFSET)

    def _area_key(self, block: int, day: int, admin1: int) -> int:
        return (admin1 * _DAY_SPAN + day) * 4096 * 1024 + block  # blocks < 4M

    def add(self, rows: Iterable[int]) -> None:
        t = self.table
        for row in rows:
            day = t.day[row]
            if day == NONE:
                continue
            block = t.block[row]
            wide = t.tolerance[row] > 1
            self.area.setdefault(self._area_key(block, day, t.admin1[row]), []).append(row)
            if wide:
                self.wide_area.setdefault(self._area_key(block, day // _WIDE_DAYS, t.admin1[row]), []).append(row)
            if t.precise_place[row]:
                cell_lat, cell_lon = t.cell(row)
                self.grid.setdefault(self._grid_key(block, day, cell_lat, cell_lon), []).append(row)
                if wide:
                    self.wide_grid.setdefault(self._grid_key(block, day // _WIDE_DAYS, cell_lat, cell_lon),
                                              []).append(row)

    def _area_rows(self, row: int, reach: int) -> Iterator[int]:
        t = self.table
        block, day, admin1 = t.block[row], t.day[row], t.admin1[row]
        area = self.area
        for d in range(day - reach, day + reach + 1):
            found = area.get(self._area_key(block, d, admin1))
            if found:
                yield from found

    def _grid_rows(self, row: int, reach: int) -> Iterator[int]:
        t = self.table
        block, day = t.block[row], t.day[row]
        cell_lat, cell_lon = t.cell(row)
        grid = self.grid
        for d in range(day - reach, day + reach + 1):
            for dl in (-1, 0, 1):
                for dn in (-1, 0, 1):
                    found = grid.get(self._grid_key(block, d, cell_lat + dl, cell_lon + dn))
                    if found:
                        yield from found

    def _plausible(self, i: int, j: int) -> bool:
        t = self.table
        if abs(t.day[i] - t.day[j]) > max(t.tolerance[i], t.tolerance[j]):
            return False
        return t.place_compatible(i, j)

    def pairs_owned_by(self, row: int) -> Iterator[int]:
        """Partners of `row` in pairs that `row` generates (each pair has exactly one generating row)."""
        t = self.table
        if t.day[row] == NONE:
            return
        precise = t.precise_place
        tolerance = t.tolerance
        if not precise[row]:
            for other in self._area_rows(row, MAX_DAY_TOLERANCE):
                if (precise[other] or other > row) and self._plausible(row, other):
                    yield other
            return
        mine = tolerance[row]
        for other in self._grid_rows(row, mine):
            theirs = tolerance[other]
            if (theirs < mine or (theirs == mine and other > row)) and self._plausible(row, other):
                yield other

    def _wide_rows(self, row: int) -> Iterator[int]:
        """Coarse-dated rows whose 32-day span is within the widest tolerance of `row`'s day."""
        t = self.table
        block, day = t.block[row], t.day[row]
        spans = range((day - MAX_DAY_TOLERANCE) // _WIDE_DAYS, (day + MAX_DAY_TOLERANCE) // _WIDE_DAYS + 1)
        for span in spans:
            found = self.wide_area.get(self._area_key(block, span, t.admin1[row]))
            if found:
                yield from found
        if t.precise_place[row]:
            cell_lat, cell_lon = t.cell(row)
            for span in spans:
                for dl in (-1, 0, 1):
                    for dn in (-1, 0, 1):
                        found = self.wide_grid.get(self._grid_key(block, span, cell_lat + dl, cell_lon + dn))
                        if found:
                            yield from found

    def all_partners(self, row: int) -> Iterator[int]:
        """Every plausible partner of `row`, whichever row would own the pair (used for incremental updates)."""
        t = self.table
        if t.day[row] == NONE:
            return
        seen = set()
        # a partner is within the wider of the two tolerances: ours, or its own when its date is coarse
        mine = t.tolerance[row]
        sources = [self._area_rows(row, mine), self._wide_rows(row)]
        if t.precise_place[row]:
            sources.append(self._grid_rows(row, mine))
        for source in sources:
            for other in source:
                if other != row and other not in seen and self._plausible(row, other):
                    seen.add(other)
                    yield other
