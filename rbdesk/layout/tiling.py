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
    greedy, forced = _greedy(runs, intervals, total, page)
    low, high = total / len(greedy), page
    best = greedy
    for _ in range(40):
        if high - low < 0.5:
            break
        middle = (low + high) / 2
        trial, trial_forced = _greedy(runs, intervals, total, middle)
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


def _greedy(
    runs: list[tuple[float, float]],
    intervals: Sequence[tuple[float, float]],
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
        crossing = [a for a, b in intervals if a < limit - _EPS and b > limit + _EPS]
        after = min((a for a in crossing if a > start + _EPS), default=limit)
        out.append((start, limit))
        start = after
        forced += 1
    out.append((start, total))
    return out, forced


def tile_in_gaps(layout: Layout, page_width: float, page_height: float) -> list[Tile]:
    """The tiles that cover ``layout`` with cuts between boxes (see :func:`gap_spans`):
    a grid of columns and rows, each tile as large as its column and row. A tile where
    no box falls is dropped; a neighbour then names the next kept tile on that side.
    One tile when the layout fits.

    Raises ``ValueError`` unless both page sizes are finite and positive.
    """
    for name, value in (("page_width", page_width), ("page_height", page_height)):
        if not (math.isfinite(value) and value > 0):
            raise ValueError(f"{name} must be finite and positive: {value}")
    boxes = list(layout.boxes.values())
    columns = gap_spans([(b.x, b.right) for b in boxes], layout.width, page_width)
    rows = gap_spans([(b.y, b.bottom) for b in boxes], layout.height, page_height)
    kept: dict[tuple[int, int], int] = {}
    places: list[tuple[int, int]] = []
    for r, (y0, y1) in enumerate(rows):
        for c, (x0, x1) in enumerate(columns):
            if len(columns) * len(rows) > 1 and not any(
                b.x < x1 and x0 < b.right and b.y < y1 and y0 < b.bottom for b in boxes
            ):
                continue
            kept[(r, c)] = len(places)
            places.append((r, c))

    def step(r: int, c: int, dr: int, dc: int) -> int | None:
        r, c = r + dr, c + dc
        while 0 <= r < len(rows) and 0 <= c < len(columns):
            if (r, c) in kept:
                return kept[(r, c)]
            r, c = r + dr, c + dc
        return None

    tiles = []
    for index, (r, c) in enumerate(places):
        x0, x1 = columns[c]
        y0, y1 = rows[r]
        tiles.append(
            Tile(
                index,
                r,
                c,
                x0,
                y0,
                x1 - x0,
                y1 - y0,
                step(r, c, -1, 0),
                step(r, c, 1, 0),
                step(r, c, 0, -1),
                step(r, c, 0, 1),
            )  # fmt: skip
        )
    return tiles
