"""Contours of laid-out subtrees and the placement of sibling subtrees side by side.

Terms:

* The layout is *layered*: every box stands in a *row* (row 0 at the top) and rows are
  shared by the whole drawing, so all boxes of one row are top-aligned. A subtree
  occupies the contiguous rows from its root's row (its *top*) to its *bottom* row.
* The *contour* of a subtree gives, for each of its rows, the x of its leftmost and its
  rightmost point in that row, relative to the subtree root's centre. It is held as two
  dictionaries keyed by absolute row with a lazy offset each (the real value is
  ``left[row] + loff``), so a whole contour moves sideways in O(1).
* Placing siblings: each subtree is put as far left as its contour allows against
  everything already placed (``gap_top`` in the siblings' own row, ``gap_deep`` below),
  then, as in Walker's algorithm, when a subtree is pushed right by a conflict with a
  sibling further left than its neighbour, the smaller subtrees in between are spread
  evenly over the gained space (Walker 1990, with the linear-time shift accumulation of
  Buchheim, Jünger and Leipert 2002).

Cost: merging a subtree into the placed ones reads and writes only as many rows as the
shorter of the two has (the taller one's dictionaries are adopted, never copied), so
the work of a whole layout sums, per node, the heights of all children but the tallest:
O(number of rows of all boxes), linear in the number of units.
"""

from __future__ import annotations

from collections.abc import Sequence


class Contour:
    """Left and right contour of one subtree (see the module docstring)."""

    __slots__ = ("left", "loff", "right", "roff", "bottom")

    def __init__(
        self, left: dict[int, float], loff: float, right: dict[int, float], roff: float,
        bottom: int,
    ) -> None:  # fmt: skip
        self.left = left
        self.loff = loff
        self.right = right
        self.roff = roff
        self.bottom = bottom

    @classmethod
    def empty(cls) -> Contour:
        return cls({}, 0.0, {}, 0.0, -1)

    def put(self, row: int, lo: float, hi: float) -> None:
        """Set the extent of ``row`` (in the subtree root's coordinates)."""
        self.left[row] = lo - self.loff
        self.right[row] = hi - self.roff
        if row > self.bottom:
            self.bottom = row

    def shift(self, dx: float) -> None:
        self.loff += dx
        self.roff += dx

    def extent(self, row: int) -> tuple[float, float]:
        return self.left[row] + self.loff, self.right[row] + self.roff


def place_siblings(
    contours: Sequence[Contour], top: int, gap_top: float, gap_deep: float
) -> tuple[list[float], Contour]:
    """Positions of sibling subtrees whose roots all stand in row ``top``, first at 0,
    and the contour of the group in those coordinates.

    The given contours are consumed: their dictionaries become parts of the result.
    """
    first = contours[0]
    left, loff, right, roff, bottom = first.left, first.loff, first.right, first.roff, first.bottom
    count = len(contours)
    pos = [0.0] * count
    # Walker's spreading: child m in (j, i) moves by d * (m - j); kept as difference
    # arrays of slope and constant so that all moves cost O(count) at the end.
    slope = [0.0] * (count + 1)
    const = [0.0] * (count + 1)
    spread = False
    # Owner of each row of ``right``: the last sibling reaching that row. Owners only get
    # shallower left to right, so they form a stack of (bottom row, sibling), deepest first.
    owners: list[tuple[int, int]] = [(first.bottom, 0)]
    for i in range(1, count):
        c = contours[i]
        cl, cloff = c.left, c.loff
        end = bottom if bottom < c.bottom else c.bottom
        x = right[top] + roff - cl[top] - cloff + gap_top
        p = len(owners) - 1
        for row in range(top + 1, end + 1):
            need = right[row] + roff - cl[row] - cloff + gap_deep
            if need > x:
                while owners[p][0] < row:
                    p -= 1
                j = owners[p][1]
                if j < i - 1:
                    d = (need - x) / (i - j)
                    slope[j + 1] += d
                    slope[i] -= d
                    const[j + 1] -= d * j
                    const[i] += d * j
                    spread = True
                x = need
        pos[i] = x
        cr, croff = c.right, c.roff + x
        if c.bottom >= bottom:
            right, roff = cr, croff
        else:
            delta = croff - roff
            for row in range(top, c.bottom + 1):
                right[row] = cr[row] + delta
        if c.bottom > bottom:
            new_loff = cloff + x
            delta = loff - new_loff
            for row in range(top, bottom + 1):
                cl[row] = left[row] + delta
            left, loff, bottom = cl, new_loff, c.bottom
        while owners and owners[-1][0] <= c.bottom:
            owners.pop()
        owners.append((c.bottom, i))
    if spread:
        s = k = 0.0
        for m in range(count):
            s += slope[m]
            k += const[m]
            pos[m] += s * m + k
    return pos, Contour(left, loff, right, roff, bottom)
