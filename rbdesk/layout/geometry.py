"""The result of a layout: boxes, connectors and the whole drawing's size.

Terms:

* Coordinates are abstract points, x to the right and y *down* (as on screen and as a
  PDF page is read); a layout's top-left corner is ``(0, 0)`` and every box lies inside
  ``width`` × ``height``.
* A *box* is one visible unit: its top-left corner, size, tree depth (the laid-out root
  is 0) and how many of its descendants are hidden (a box with hidden descendants is
  *collapsed* and the chart marks it "N hidden").
* A box's *placement* says how it hangs from its parent: ``line`` (a level of the tree,
  the ordinary case and every root), ``side`` (a side branch beside the parent's
  connector: the wakil and the staf ahli), or ``stack`` (one of many leaf children laid
  out compactly in columns).
* An *edge* is the connector from a parent to one child, an orthogonal polyline: down
  from the middle of the parent's bottom side, across, and down to the middle of the
  child's top side; for a stacked leaf it ends with a horizontal stub into the child's
  left side; for a side branch it leaves the parent's vertical trunk sideways.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple

Point = tuple[float, float]


class Placement(StrEnum):
    LINE = "line"
    SIDE = "side"
    STACK = "stack"


class Box(NamedTuple):
    """One visible unit's box; ``(x, y)`` is its top-left corner. (A named tuple, not a
    frozen dataclass: a layout makes one per visible unit, five times faster.)"""

    unit_id: int
    x: float
    y: float
    width: float
    height: float
    depth: int
    hidden_descendants: int = 0
    placement: Placement = Placement.LINE

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def center_x(self) -> float:
        return self.x + self.width / 2

    @property
    def collapsed(self) -> bool:
        """True when some descendants are hidden below this box."""
        return self.hidden_descendants > 0

    def overlaps(self, other: Box) -> bool:
        """True when the two boxes share interior area (touching sides do not count)."""
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )


class Edge(tuple[Any, ...]):
    """The connector from ``parent_id`` to ``child_id``: an orthogonal polyline.

    One flat tuple ``(parent_id, child_id, x0, y0, x1, y1, ...)``: a layout of
    100,000 units makes one object per connector instead of one per point (plus one
    for the list of points), which is noticeably faster to build, to collect and to
    free. ``Edge(parent_id, child_id, coords)`` makes one from flat coordinates."""

    __slots__ = ()

    def __new__(cls, parent_id: int, child_id: int, coords: Iterable[float]) -> Edge:
        return tuple.__new__(cls, (parent_id, child_id, *coords))

    @property
    def parent_id(self) -> int:
        return self[0]

    @property
    def child_id(self) -> int:
        return self[1]

    @property
    def coords(self) -> tuple[float, ...]:
        """The points' coordinates, flat: ``x0, y0, x1, y1, ...``."""
        return self[2:]

    @property
    def xs(self) -> tuple[float, ...]:
        return self[2::2]

    @property
    def ys(self) -> tuple[float, ...]:
        return self[3::2]

    @property
    def points(self) -> tuple[Point, ...]:
        """The polyline's points, from the parent's end to the child's."""
        return tuple(zip(self[2::2], self[3::2], strict=True))

    def __repr__(self) -> str:
        return f"Edge(parent_id={self[0]!r}, child_id={self[1]!r}, points={self.points!r})"


def polyline(points: Iterable[Point]) -> tuple[float, ...]:
    """The flat coordinates of a polyline (``Edge.coords``) without repeated points
    (zero-length segments), but always with its two ends (which meet when a child
    touches its parent)."""
    out: list[float] = []
    last: Point | None = None
    for point in points:
        if point != last:
            out.extend(point)
            last = point
    if len(out) == 2:
        out.extend(out)
    return tuple(out)


@dataclass(frozen=True)
class Layout:
    """Boxes of the visible units (keyed by unit id, in pre-order: each parent before its
    children, siblings in order), the connectors, and the overall size."""

    boxes: Mapping[int, Box] = field(default_factory=dict)
    edges: tuple[Edge, ...] = ()
    width: float = 0.0
    height: float = 0.0

    def __len__(self) -> int:
        return len(self.boxes)

    def __contains__(self, unit_id: object) -> bool:
        return unit_id in self.boxes

    def __iter__(self) -> Iterator[Box]:
        return iter(self.boxes.values())

    def box(self, unit_id: int) -> Box:
        """The box of ``unit_id``; ``KeyError`` when the unit is hidden or not laid out."""
        return self.boxes[unit_id]

    def boxes_in(self, x: float, y: float, width: float, height: float) -> list[Box]:
        """Boxes that share area with the rectangle (a linear scan: call it per page,
        not per item)."""
        right, bottom = x + width, y + height
        return [
            b for b in self.boxes.values() if b.x < right and x < b.right and b.y < bottom
            and y < b.bottom
        ]  # fmt: skip
