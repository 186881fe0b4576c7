"""Splitting a layout too large for one page into page-sized tiles, for the PDF.

Terms:

* A *tile* is the rectangle of the layout printed on one page, at the page's scale:
  ``page_width`` and ``page_height`` are the printable area expressed in layout units
  (divide the paper size by the drawing scale before calling).
* Tiles form a grid of rows and columns, numbered row by row from the top-left
  (``index``, 0-based; the report adds its own first page number). Neighbouring tiles
  share a band ``overlap`` wide (at least), so a box cut by one page's edge is whole on
  the next when it is no larger than the overlap. The last row and column are moved
  back to end at the layout's edge: they overlap their neighbour more and no page is
  mostly empty.
* The *neighbours* of a tile are the tiles above, below, left and right of it, for the
  "continued on page N" marks; ``None`` where the layout ends.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass

from rbdesk.layout.geometry import Box, Layout

_EPS = 1e-9


@dataclass(frozen=True, slots=True)
class Tile:
    index: int
    row: int
    column: int
    x: float
    y: float
    width: float
    height: float
    above: int | None
    below: int | None
    left: int | None
    right: int | None

    def neighbours(self) -> dict[str, int]:
        """The existing neighbours by side: ``above``, ``below``, ``left``, ``right``."""
        sides = {"above": self.above, "below": self.below, "left": self.left,
                 "right": self.right}  # fmt: skip
        return {side: index for side, index in sides.items() if index is not None}

    def intersects(self, box: Box) -> bool:
        """True when part of ``box`` falls on this tile."""
        return (
            box.x < self.x + self.width
            and self.x < box.right
            and box.y < self.y + self.height
            and self.y < box.bottom
        )

    def contains(self, box: Box) -> bool:
        """True when all of ``box`` falls on this tile."""
        return (
            self.x <= box.x
            and box.right <= self.x + self.width
            and self.y <= box.y
            and box.bottom <= self.y + self.height
        )


def spans(total: float, page: float, overlap: float) -> list[float]:
    """Start offsets of the pages needed to cover ``total`` with pages of length ``page``
    that overlap by at least ``overlap``."""
    if total <= page:
        return [0.0]
    stride = page - overlap
    count = math.ceil((total - overlap) / stride - _EPS)
    starts = [k * stride for k in range(count - 1)]
    starts.append(total - page)
    return starts


def tile(layout: Layout, page_width: float, page_height: float, overlap: float = 0.0) -> list[Tile]:
    """The tiles that cover ``layout`` (see the module docstring); one tile when it fits.

    Raises ``ValueError`` unless ``0 <= overlap < min(page_width, page_height)``.
    """
    for name, value in (("page_width", page_width), ("page_height", page_height),
                        ("overlap", overlap)):  # fmt: skip
        if not math.isfinite(value):
            raise ValueError(f"{name} must be finite: {value}")
    if not 0 <= overlap < min(page_width, page_height):
        raise ValueError(
            f"overlap must be >= 0 and smaller than the page: {overlap} on "
            f"{page_width} x {page_height}"
        )
    xs = spans(layout.width, page_width, overlap)
    ys = spans(layout.height, page_height, overlap)
    width = min(page_width, layout.width)
    height = min(page_height, layout.height)
    columns = len(xs)

    def at(row: int, column: int) -> int | None:
        if 0 <= row < len(ys) and 0 <= column < columns:
            return row * columns + column
        return None

    return [
        Tile(
            r * columns + c,
            r,
            c,
            x,
            y,
            width,
            height,
            at(r - 1, c),
            at(r + 1, c),
            at(r, c - 1),
            at(r, c + 1),
        )  # fmt: skip
        for r, y in enumerate(ys)
        for c, x in enumerate(xs)
    ]


def gap_spans(
    intervals: Sequence[tuple[float, float]], total: float, page: float
) -> list[tuple[float, float]]:
    """``(start, end)`` of the pages that cover ``0 .. total``, each at most ``page`` long,
    cut only where no interval ``(a, b)`` (a box's extent on this axis) lies across the
    cut. Each cut is the largest such position at or before the page's limit; the cuts
    are then evened out (the shortest page length that needs no more pages), so the last
    page is not a sliver. Where a run of boxes longer than the page leaves no such
    position, the page ends at its limit and the next one starts at the leftmost box
    the cut crosses (so that box is whole there); only a box longer than a page is cut.
    """
    if total <= page + _EPS:
        return [(0.0, total)]
    runs = _runs(intervals)
    reach = _Reach(intervals)
    greedy, forced = _greedy(runs, reach, total, page)
    low, high = total / len(greedy), page
    best = greedy
    for _ in range(40):
        if high - low < 0.5:
            break
        middle = (low + high) / 2
        trial, trial_forced = _greedy(runs, reach, total, middle)
        if len(trial) <= len(greedy) and trial_forced <= forced:
            best, high = trial, middle
        else:
            low = middle
    return best


def _runs(intervals: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """The union of the open intervals as sorted, disjoint runs (touching ones apart)."""
    runs: list[tuple[float, float]] = []
    for a, b in sorted(intervals):
        if b <= a:
            continue
        if runs and a < runs[-1][1] - _EPS:
            if b > runs[-1][1]:
                runs[-1] = (runs[-1][0], b)
        else:
            runs.append((a, b))
    return runs


class _Reach:
    """Intervals sorted by their start, under a tree of the largest end of each range
    of them: the first interval at or after an index that ends beyond a point is found
    in logarithmic time (a scan of all of them at each forced cut made a wide, deep
    chart cost the square of its size)."""

    def __init__(self, intervals: Sequence[tuple[float, float]]) -> None:
        items = sorted(intervals)
        self.starts = [a for a, _ in items]
        n = 1
        while n < len(items):
            n *= 2
        self.n = n
        tree = [-math.inf] * (2 * n)
        for i, (_, b) in enumerate(items):
            tree[n + i] = b
        for i in range(n - 1, 0, -1):
            tree[i] = max(tree[2 * i], tree[2 * i + 1])
        self.tree = tree

    def first_start(self, after: float, beyond: float, before: float) -> float | None:
        """The least start ``a`` with ``after < a < before`` of an interval whose end
        is ``> beyond``; ``None`` when there is none."""
        n, tree = self.n, self.tree
        lo = bisect.bisect_right(self.starts, after)
        if lo >= len(self.starts):
            return None
        i = lo + n
        while tree[i] <= beyond:  # to the next range on the right
            while i & 1:
                i >>= 1
            if i == 0:
                return None
            i += 1
        while i < n:  # down to the leftmost interval of that range that reaches beyond
            i = 2 * i if tree[2 * i] > beyond else 2 * i + 1
        a = self.starts[i - n]
        return a if a < before else None


def _greedy(
    runs: list[tuple[float, float]],
    reach: _Reach,
    total: float,
    page: float,
) -> tuple[list[tuple[float, float]], int]:
    """The pages by the greedy rule, and how many cuts could not fall between boxes."""
    starts = [a for a, _ in runs]
    out: list[tuple[float, float]] = []
    forced = 0
    start = 0.0
    while total - start > page + _EPS:
        limit = start + page
        k = bisect.bisect_left(starts, limit) - 1  # the last run starting before limit
        if k < 0 or runs[k][1] <= limit + _EPS:
            cut = limit  # the limit is free
        else:
            cut = runs[k][0]
        if cut > start + _EPS:
            out.append((start, cut))
            start = cut
            continue
        # A run longer than the page: end here, start the next page at a whole box.
        after = reach.first_start(start + _EPS, limit + _EPS, limit - _EPS)
        if after is None:
            after = limit
        out.append((start, limit))
        start = after
        forced += 1
    out.append((start, total))
    return out, forced


def tile_in_gaps(layout: Layout, page_width: float, page_height: float) -> list[Tile]:
    """The tiles that cover ``layout`` with cuts between boxes (see :func:`gap_spans`):
    a grid of columns and rows, each tile as large as its column and row. A tile where
    no box falls is dropped; a neighbour then names the next kept tile on that side.
    One tile when the layout fits. Linear in the boxes and the tiles (plus sorting).

    Raises ``ValueError`` unless both page sizes are finite and positive.
    """
    for name, value in (("page_width", page_width), ("page_height", page_height)):
        if not (math.isfinite(value) and value > 0):
            raise ValueError(f"{name} must be finite and positive: {value}")
    boxes = list(layout.boxes.values())
    columns = gap_spans([(b.x, b.right) for b in boxes], layout.width, page_width)
    rows = gap_spans([(b.y, b.bottom) for b in boxes], layout.height, page_height)
    if len(columns) * len(rows) == 1:
        places = [(0, 0)]
    else:
        grid = _Grid(columns, rows)
        marked = {cell for b in boxes for cell in grid.cells(b)}
        places = sorted(marked)
    kept = {place: index for index, place in enumerate(places)}
    # The kept tiles of each row (by column) and of each column (by row), for the
    # neighbours: the next kept tile on each side.
    by_row: dict[int, list[int]] = {}
    by_column: dict[int, list[int]] = {}
    for r, c in places:
        by_row.setdefault(r, []).append(c)
        by_column.setdefault(c, []).append(r)
    for line in by_column.values():
        line.sort()

    def beside(line: list[int], at: int, step: int) -> int | None:
        k = bisect.bisect_left(line, at) + step
        return line[k] if 0 <= k < len(line) else None

    tiles = []
    for index, (r, c) in enumerate(places):
        x0, x1 = columns[c]
        y0, y1 = rows[r]
        above, below = beside(by_column[c], r, -1), beside(by_column[c], r, 1)
        left, right = beside(by_row[r], c, -1), beside(by_row[r], c, 1)
        tiles.append(
            Tile(
                index,
                r,
                c,
                x0,
                y0,
                x1 - x0,
                y1 - y0,
                None if above is None else kept[(above, c)],
                None if below is None else kept[(below, c)],
                None if left is None else kept[(r, left)],
                None if right is None else kept[(r, right)],
            )  # fmt: skip
        )
    return tiles


class _Grid:
    """Columns and rows (``(start, end)`` each, in order, starts and ends increasing):
    the cells a box shares area with, found by bisection."""

    def __init__(
        self, columns: Sequence[tuple[float, float]], rows: Sequence[tuple[float, float]]
    ) -> None:
        self.x0 = [a for a, _ in columns]
        self.x1 = [b for _, b in columns]
        self.y0 = [a for a, _ in rows]
        self.y1 = [b for _, b in rows]

    @staticmethod
    def _span(starts: list[float], ends: list[float], lo: float, hi: float) -> range:
        """Indexes of the spans that overlap ``lo .. hi`` (a zero-length box: those
        it lies inside), as :meth:`Tile.intersects` decides."""
        first = bisect.bisect_right(ends, lo)
        last = bisect.bisect_left(starts, hi) - 1
        return range(first, last + 1)

    def cells(self, box: Box) -> list[tuple[int, int]]:
        """``(row, column)`` of every cell ``box`` shares area with."""
        columns = self._span(self.x0, self.x1, box.x, box.x + box.width)
        rows = self._span(self.y0, self.y1, box.y, box.y + box.height)
        if len(columns) == 1 and len(rows) == 1:
            return [(rows[0], columns[0])]
        return [(r, c) for r in rows for c in columns]


def boxes_on_tiles(layout: Layout, tiles: Sequence[Tile]) -> list[list[Box]]:
    """For each tile, the boxes of ``layout`` that share area with it
    (:meth:`Tile.intersects`), in the layout's order.

    The tiles of one grid (as :func:`tile` and :func:`tile_in_gaps` make them: a tile's
    ``row`` and ``column`` give its place, and each row and column has one extent) are
    found per box by bisection: the work is linear in the boxes and in what is
    returned, never the boxes times the tiles. Other tiles are checked one by one."""
    out: list[list[Box]] = [[] for _ in tiles]
    columns: dict[int, tuple[float, float]] = {}
    rows: dict[int, tuple[float, float]] = {}
    at: dict[tuple[int, int], int] = {}
    grid = True
    for index, t in enumerate(tiles):
        col, row = (t.x, t.x + t.width), (t.y, t.y + t.height)
        grid = grid and columns.setdefault(t.column, col) == col
        grid = grid and rows.setdefault(t.row, row) == row
        grid = grid and at.setdefault((t.row, t.column), index) == index
    column_ids, row_ids = sorted(columns), sorted(rows)
    spans = [[columns[c] for c in column_ids], [rows[r] for r in row_ids]]
    grid = grid and all(
        a0 <= b0 and a1 <= b1
        for line in spans
        for (a0, a1), (b0, b1) in zip(line, line[1:], strict=False)
    )
    if not grid:
        for box in layout:
            for index, t in enumerate(tiles):
                if t.intersects(box):
                    out[index].append(box)
        return out
    cells = _Grid(*spans)
    for box in layout:
        for r, c in cells.cells(box):
            found = at.get((row_ids[r], column_ids[c]))
            if found is not None and tiles[found].intersects(box):
                out[found].append(box)
    return out
