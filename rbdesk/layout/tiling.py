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

import math
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
