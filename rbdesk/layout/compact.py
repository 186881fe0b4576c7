"""The compact layout of an expanded chart: leaves stacked under their parent, wide rows
of subtrees wrapped, as org-chart tools draw a large organisation.

It is chosen with ``LayoutOptions(compact=True)`` (or :func:`rbdesk.layout.layout_compact`,
the same inputs as ``layout_tree``) and gives a :class:`~rbdesk.layout.geometry.Layout`
like the tidy layout's, so the window, the overview and the PDF's tiles draw it alike.

Terms (those of :mod:`rbdesk.layout.tidy` where they are the same):

* Visibility, depth, ``collapsed``, ``max_depth``, ``stops``, ``hidden_descendants``
  and *side branches* (the wakil and the staf ahli, in rows of their own hanging off the
  parent's vertical connector) are the tidy layout's.
* *Leaf stack*: the ordinary children of a parent that have no visible children (a
  collapsed box counts as a leaf), when there are at least two of them, are stacked
  vertically in one column hanging from a trunk on its left with a stub into each box;
  more than ``stack_rows`` of them make ``ceil(k / stack_rows)`` columns, filled top to
  bottom then left to right (the tidy layout's compact span, without its threshold).
  The stack stands among the parent's other children where its first leaf stands in
  sibling order.
* *Items* of a parent: its children with visible children (each with its whole
  *block*, the bounding rectangle of its subtree) and its leaf stack, in sibling order.
  They stand side by side, top-aligned, ``sibling_gap`` apart when both are single
  boxes, ``tree_gap`` when either block spans three levels or more (the OPDs of a
  region) and ``subtree_gap`` otherwise, in one *row* under the parent, the parent
  centred over the first and last item. A row wider than ``wrap_width`` is *wrapped*
  into several rows, the number of rows chosen so that the parent's block is closest
  to ``wrap_ratio`` (width : height, a screen's shape); wrapped rows are left-aligned
  right of a vertical trunk that runs down their left side from the first row's
  connector, and each row hangs from a horizontal connector above it. The trees of a
  forest (several tops) are wrapped alike, ``tree_gap`` apart.
* Rows are local: unlike the tidy layout, boxes of one depth in different subtrees
  need not be top-aligned (a block is as tall as its own content).

Blocks are placed bottom-up by their bounding rectangles (no contours), then a top-down
pass turns offsets into positions: linear in the number of visible units, plus a
binary search over the number of rows of each wrapped row.
"""

from __future__ import annotations

import math
from itertools import repeat
from typing import TYPE_CHECKING

from rbdesk.layout.geometry import Box, Edge, Layout, Placement, Point, polyline

if TYPE_CHECKING:
    from rbdesk.layout.tidy import LayoutOptions, _Tree

# A wrapped row never breaks into more rows than this (a flat tree of thousands of
# subtrees still lays out in linear time).
_MAX_ROWS = 4096


class _Item:
    """One thing standing in a parent's rows: a child's block or the leaf stack."""

    __slots__ = ("node", "leaves", "width", "height", "anchor", "x", "y", "single", "deep")

    def __init__(self, node: int, leaves: list[int], width: float, height: float,
                 anchor: float, single: bool, deep: bool = False) -> None:  # fmt: skip
        self.node = node  # the child (-1 for the leaf stack)
        self.leaves = leaves  # the stacked leaves
        self.width = width
        self.height = height
        self.anchor = anchor  # x of the connector's end, relative to the item's left
        self.single = single  # one box, nothing below it
        self.deep = deep  # three levels or more (an OPD in the region's rows)
        self.x = 0.0
        self.y = 0.0


class CompactPlacer:
    """Blocks, rows and finally boxes and edges of a ``_Tree`` (see the module docstring)."""

    def __init__(self, tree: _Tree, options: LayoutOptions) -> None:
        self.t = tree
        self.o = options
        n = len(tree.uid)
        self.placement = [Placement.LINE] * n
        # per node with a block: its size and its own box's left x in the block
        self.bw = [0.0] * n
        self.bh = [0.0] * n
        self.box_x = [0.0] * n
        # per child: its block's origin (line) or its box's corner (side, stack), and
        # its connector, all relative to the parent's block origin
        self.off_x = [0.0] * n
        self.off_y = [0.0] * n
        self.edge: list[list[Point] | None] = [None] * n
        self.lo = [0.0] * n  # a block's left before it was moved to 0 (its edges')

    def run(self) -> Layout:
        t = self.t
        for node in range(len(t.uid) - 1, -1, -1):
            if self.placement[node] is Placement.LINE and t.all_kids[node]:
                self._block(node)
            elif self.placement[node] is Placement.LINE:
                self.bw[node] = t.width[node]
                self.bh[node] = t.height[node]
        return self._result()

    # -- one parent's block --------------------------------------------------------------
    def _block(self, node: int) -> None:
        t, o = self.t, self.o
        w, h = t.width[node], t.height[node]
        sides: list[int] = []
        line: list[int] = []
        for c in t.all_kids[node]:
            if t.kind[c] in o.side_kinds and not t.all_kids[c]:
                sides.append(c)
                self.placement[c] = Placement.SIDE
            else:
                line.append(c)
        leaves = [c for c in line if not t.all_kids[c]]
        stack = len(leaves) >= 2
        items: list[_Item] = []
        for c in line:
            if stack and not t.all_kids[c]:
                if c == leaves[0]:
                    items.append(self._stack_item(leaves))
                continue
            deep = any(t.all_kids[g] for g in t.all_kids[c])
            anchor = self.box_x[c] + t.width[c] / 2
            items.append(_Item(c, [], self.bw[c], self.bh[c], anchor, not t.all_kids[c], deep))
        # coordinates here: x of the parent's centre is px (fixed below), y down from
        # the parent's top; everything is shifted at the end so that the block's
        # left is 0
        lo, hi = -w / 2, w / 2
        bottom = h
        placed: list[tuple[int, float, float, list[Point]]] = []  # child, x, y, edge
        cursor = h
        for j in range(0, len(sides), 2):
            pair = sides[j : j + 2]
            top = cursor + (o.level_gap if j == 0 else o.stack_gap)
            row_h = max(t.height[c] for c in pair)
            for k, c in enumerate(pair):
                cw, ch = t.width[c], t.height[c]
                cy = top + ch / 2
                if k == 0:  # on the left of the trunk
                    x = -o.stub - cw
                    placed.append((c, x, top, [(0.0, h), (0.0, cy), (x + cw, cy)]))
                else:
                    x = o.stub
                    placed.append((c, x, top, [(0.0, h), (0.0, cy), (x, cy)]))
                lo, hi = min(lo, x), max(hi, x + cw)
            cursor = top + row_h
            bottom = max(bottom, cursor)
        if items:
            top = cursor + o.level_gap
            rows = self._rows(items, top, w)
            px, trunk = self._arrange(rows, top)
            # the parent's centre is px: move the parent's own parts there
            shift = px
            lo, hi = lo + shift, hi + shift
            placed = [(c, x + shift, y, [(a + shift, b) for a, b in pts])
                      for c, x, y, pts in placed]  # fmt: skip
            bus0 = top - o.level_gap / 2
            for r, row in enumerate(rows):
                bus = row[0].y - o.level_gap / 2
                head: list[Point] = [(px, h), (px, bus0)]
                if r > 0:
                    head += [(trunk, bus0), (trunk, bus)]
                for item in row:
                    lo, hi = min(lo, item.x), max(hi, item.x + item.width)
                    bottom = max(bottom, item.y + item.height)
                    if item.node >= 0:
                        ax = item.x + item.anchor
                        placed.append((item.node, item.x, item.y,
                                       [*head, (ax, bus), (ax, item.y)]))  # fmt: skip
                    else:
                        placed.extend(self._stack_edges(item, head, bus))
            if len(rows) > 1:
                lo = min(lo, trunk)
        else:
            px = 0.0
        self.bw[node] = hi - lo
        self.bh[node] = bottom
        self.box_x[node] = px - w / 2 - lo
        self.lo[node] = lo
        for c, x, y, pts in placed:
            self.off_x[c] = x - lo
            self.off_y[c] = y
            self.edge[c] = pts  # moved by -lo with the block (``_result``)

    def _stack_item(self, leaves: list[int]) -> _Item:
        """The leaves in columns; item-relative positions are kept in ``off_*``."""
        t, o = self.t, self.o
        k = len(leaves)
        if k <= o.stack_rows:  # one column: the common case, in one pass
            heights, off_x, off_y, placement = t.height, self.off_x, self.off_y, self.placement
            stack = Placement.STACK
            top = y = h = 0.0
            gap = o.stack_gap
            for c in leaves:
                placement[c] = stack
                off_x[c] = 0.0
                off_y[c] = top = y
                h = heights[c]
                if not h > 0.0:
                    h = 0.0  # max(0.0, h), as the general case below
                y = y + h + gap
            width = 0.0 + o.stub + max(0.0, *map(t.width.__getitem__, leaves))
            return _Item(-1, leaves, width, top + h, 0.0, False)
        columns = -(-k // o.stack_rows)
        per_column = -(-k // columns)
        col_w = [0.0] * columns
        row_h = [0.0] * per_column
        for n, c in enumerate(leaves):
            col, r = divmod(n, per_column)
            col_w[col] = max(col_w[col], t.width[c])
            row_h[r] = max(row_h[r], t.height[c])
        col_x = [0.0]
        for cw in col_w[:-1]:
            col_x.append(col_x[-1] + o.stub + cw + o.sibling_gap)
        row_y = [0.0]
        for rh in row_h[:-1]:
            row_y.append(row_y[-1] + rh + o.stack_gap)
        for n, c in enumerate(leaves):
            col, r = divmod(n, per_column)
            self.placement[c] = Placement.STACK
            self.off_x[c] = col_x[col]  # the trunk; the box is a stub to its right
            self.off_y[c] = row_y[r]
        width = col_x[-1] + o.stub + col_w[-1]
        height = row_y[-1] + row_h[-1]
        return _Item(-1, leaves, width, height, 0.0, False)

    def _stack_edges(
        self, item: _Item, head: list[Point], bus: float
    ) -> list[tuple[int, float, float, list[Point]]]:
        t, o = self.t, self.o
        out = []
        for c in item.leaves:
            trunk = item.x + self.off_x[c]
            y = item.y + self.off_y[c]
            x = trunk + o.stub
            cy = y + t.height[c] / 2
            out.append((c, x, y, [*head, (trunk, bus), (trunk, cy), (x, cy)]))
        return out

    # -- rows of items ---------------------------------------------------------------------
    def _gap(self, a: _Item, b: _Item) -> float:
        """Siblings' gap between two boxes, the subtrees' between blocks, and the trees'
        between blocks of three levels or more (OPDs side by side read apart)."""
        if a.single and b.single:
            return self.o.sibling_gap
        return self.o.tree_gap if a.deep or b.deep else self.o.subtree_gap

    def _rows(
        self, items: list[_Item], head: float, parent_w: float, gap: float | None = None
    ) -> list[list[_Item]]:
        """Items broken into rows (one row unless it is wider than ``wrap_width``);
        ``gap`` between any two items, else the gap of siblings or subtrees."""
        o = self.o
        gaps = [0.0] + [
            self._gap(a, b) if gap is None else gap for a, b in zip(items, items[1:], strict=False)
        ]
        one_row = sum(i.width for i in items) + sum(gaps)
        if len(items) < 2 or one_row <= o.wrap_width:
            return [items]

        def ratio(limit: float) -> tuple[float, list[list[_Item]]]:
            rows, width = _break(items, gaps, limit)
            if len(rows) > 1:
                width += o.stub
            height = head + sum(max(i.height for i in row) for row in rows)
            height += (len(rows) - 1) * o.level_gap
            return max(width, parent_w) / height, rows

        # more rows: narrower and taller; find the count closest to the wanted shape
        low, high = 1, min(len(items), _MAX_ROWS)
        while low < high:
            mid = (low + high) // 2
            if ratio(one_row / mid)[0] > o.wrap_ratio:
                low = mid + 1
            else:
                high = mid
        best = ratio(one_row / low)
        if low > 1:
            fewer = ratio(one_row / (low - 1))
            if abs(math.log(fewer[0] / o.wrap_ratio)) <= abs(math.log(best[0] / o.wrap_ratio)):
                best = fewer
        return best[1]

    def _arrange(self, rows: list[list[_Item]], top: float) -> tuple[float, float]:
        """Item positions (relative to x 0); the parent's centre x and the trunk's x."""
        o = self.o
        start = o.stub if len(rows) > 1 else 0.0
        y = top
        for row in rows:
            x = start
            prev: _Item | None = None
            for item in row:
                if prev is not None:
                    x += self._gap(prev, item)
                item.x, item.y = x, y
                x += item.width
                prev = item
            y += max(i.height for i in row) + o.level_gap
        first = rows[0]
        if len(first) == 1 and len(rows) == 1 and first[0].node < 0:
            px = first[0].x + first[0].width / 2  # a lone stack: centred under the parent
        else:
            a, b = first[0], first[-1]
            centre_a = a.x + (a.anchor if a.node >= 0 else a.width / 2)
            centre_b = b.x + (b.anchor if b.node >= 0 else b.width / 2)
            px = (centre_a + centre_b) / 2
        return px, 0.0

    # -- output ------------------------------------------------------------------------------
    def _result(self) -> Layout:
        t, o = self.t, self.o
        n = len(t.uid)
        # the tops, wrapped like the items of a parent with no box
        tops = [_Item(c, [], self.bw[c], self.bh[c], 0.0, True) for c in t.tops]
        rows = self._rows(tops, 0.0, 0.0, o.tree_gap) if tops else []
        y = 0.0
        for row in rows:
            x = 0.0
            for k, item in enumerate(row):
                if k:
                    x += o.tree_gap
                item.x, item.y = x, y
                x += item.width
            y += max(i.height for i in row) + o.tree_gap
        ox = [0.0] * n
        oy = [0.0] * n
        for item in tops:
            ox[item.node], oy[item.node] = item.x, item.y
        new = tuple.__new__
        edges: list[Edge] = []
        add_edge = edges.append
        xs: list[float] = []
        ys: list[float] = []
        parent, placement, uid = t.parent, self.placement, t.uid
        off_x, off_y, edge_of, lo, box_x = self.off_x, self.off_y, self.edge, self.lo, self.box_x
        line = Placement.LINE
        for node, (p, kind) in enumerate(zip(parent, placement, strict=True)):
            if p >= 0:
                bx, by = ox[p], oy[p]
                ox[node] = bx + off_x[node]
                oy[node] = by + off_y[node]
                pts = edge_of[node]
                assert pts is not None
                dx = bx - lo[p]
                moved = polyline([(x + dx, y + by) for x, y in pts])
                add_edge(new(Edge, (uid[p], uid[node], *moved)))
            xs.append(ox[node] + box_x[node] if kind is line else ox[node])
            ys.append(oy[node])
        boxes: dict[int, Box] = dict(zip(uid, map(new, repeat(Box), zip(
            uid, xs, ys, t.width, t.height, t.depth, t.hidden, placement, strict=True
        )), strict=True))  # fmt: skip
        right = max(0.0, max(map(float.__add__, xs, t.width), default=0.0))
        bottom = max(0.0, max(map(float.__add__, ys, t.height), default=0.0))
        return Layout(boxes, tuple(edges), right, bottom)


def _break(items: list[_Item], gaps: list[float], limit: float) -> tuple[list[list[_Item]], float]:
    """Items in rows of about ``limit`` wide (an item starts a new row when its middle
    would pass the limit; ``gaps[k]`` is the gap before item ``k``) and the widest row."""
    rows: list[list[_Item]] = [[]]
    width = widest = 0.0
    for k, item in enumerate(items):
        row = rows[-1]
        if row and width + gaps[k] + item.width / 2 > limit:
            rows.append([item])
            width = item.width
        else:
            width += (gaps[k] if row else 0.0) + item.width
            row.append(item)
        widest = max(widest, width)
    return rows, widest
