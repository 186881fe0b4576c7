"""The tidy tree layout of a scenario: where each box of the organisation chart goes.

Terms (see also :mod:`rbdesk.layout.geometry` and :mod:`rbdesk.layout.contour`):

* The laid-out *forest* is the tree of one unit (``root=``) or, by default, every root
  of the scenario and every orphan (a unit whose parent is not in the scenario), side
  by side from left to right in sibling order (``sort_order``, then id), each tree in a
  column of its own (``tree_gap`` between their bounding boxes). A unit caught
  in a cycle (an invalid plan, which the analysis reports) is drawn as one more root,
  so a broken plan still draws.
* The *depth* of a unit is its number of ancestors within the laid-out tree (the root
  has depth 0). ``max_depth=N`` shows the units of depth N or less ("expand to level
  N"); ``collapsed`` holds units whose descendants are hidden, and ``stops`` units
  whose descendants are hidden unless the unit is the laid-out root (one chart per OPD
  stops at an OPD inside it, which has a chart of its own). A visible unit whose
  children are hidden counts them all in ``hidden_descendants``.
* A *side branch* is a visible child whose kind is in ``LayoutOptions.side_kinds`` and
  which has no visible children of its own (the wakil and the staf ahli of the head of
  the region, orgdesign row 8). Side boxes hang off the parent's vertical connector in
  rows of their own between the parent and its other children, the first on the left,
  the second on the right, and so on; they never form a level of the tree. A side-kind
  unit with visible children is laid out as an ordinary child.
* A *compact span* (orgdesign row 5): when a parent has more than ``stack_threshold``
  ordinary children and none of them has visible children (a collapsed box counts as
  a leaf, so the whole region at OPD level prints as a compact grid), they are laid out in
  ``columns = ceil(k / stack_rows)`` columns of ``ceil(k / columns)`` boxes, filled top
  to bottom then left to right (a single vertical stack when k <= ``stack_rows``). Each
  column hangs from a vertical trunk on its left with a short stub into every box; the
  block is centred under the parent. The same rule applies on screen and in the PDF.
* *Rows*: a root stands in row 0; the side boxes of a parent in row ``r`` fill rows
  ``r+1 .. r+s`` (two per row) and its other children stand in row ``r+s+1``. All
  boxes of a row are top-aligned; a row is as tall as its tallest box and rows are
  ``level_gap`` apart. A compact block starts in its children's row and runs down as
  far as its boxes need, over the rows below.

Algorithm: the subtrees are placed bottom-up by merging their contours (layered
Reingold-Tilford with Walker's spreading of small subtrees, in linear time), each
parent centred over its first and last ordinary child; a compact block or a side
branch is one more shape in its parent's contour. A final top-down pass turns relative
offsets into positions. Every step is linear in the number of visible units (plus the
rows a compact block spans); 100,000 units lay out in about 0.4 s (bench_layout.py).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import repeat
from operator import add

from rbdesk.domain.errors import UnknownUnitError
from rbdesk.domain.model import Structure, Unit
from rbdesk.layout.compact import CompactPlacer
from rbdesk.layout.contour import Contour, place_siblings
from rbdesk.layout.forest import cycle_entry, forest_tops
from rbdesk.layout.geometry import Box, Edge, Layout, Placement, polyline
from rbdesk.perf import gc_paused

#: Gives a unit's box size ``(width, height)`` in the layout's units (points).
Measure = Callable[[Unit], tuple[float, float]]

# The children list of a node that has none, shared (never appended to).
_EMPTY: list[int] = []

#: Kinds drawn as a side branch by default: the deputy head and the staf ahli.
DEFAULT_SIDE_KINDS: frozenset[str] = frozenset({"wakil_kepala_daerah", "staf_ahli"})


@dataclass(frozen=True, slots=True)
class LayoutOptions:
    """Spacing and the compact and side-branch rules, in the units of ``measure``.

    * ``sibling_gap``: between the boxes of two siblings, and between compact columns;
    * ``subtree_gap``: between any two other boxes in one row (cousins and beyond);
    * ``tree_gap``: between the trees of a forest (each tree keeps a column of its own);
    * ``level_gap``: between two rows;
    * ``stack_threshold``: a parent with more leaf children than this lays them out
      compactly (``None``: never); ``stack_rows``: at most this many boxes per column;
    * ``stack_gap``: vertical gap between stacked boxes;
    * ``stub``: horizontal distance from a trunk to a stacked or side box;
    * ``side_kinds``: unit kinds drawn as a side branch;
    * ``compact``: the compact layout of :mod:`rbdesk.layout.compact` instead of the
      tidy one (leaves stacked under their parent whatever ``stack_threshold`` says,
      rows of subtrees wider than ``wrap_width`` wrapped into rows so that the block is
      about ``wrap_ratio`` wide to one high).
    """

    sibling_gap: float = 20.0
    subtree_gap: float = 40.0
    tree_gap: float = 80.0
    level_gap: float = 40.0
    stack_threshold: int | None = 6
    stack_rows: int = 8
    stack_gap: float = 10.0
    stub: float = 16.0
    side_kinds: frozenset[str] = DEFAULT_SIDE_KINDS
    compact: bool = False
    wrap_width: float = 1200.0
    wrap_ratio: float = 1.6

    def __post_init__(self) -> None:
        for name in (
            "sibling_gap", "subtree_gap", "tree_gap", "level_gap", "stack_gap", "stub",
            "wrap_width",
        ):  # fmt: skip
            value = getattr(self, name)
            if not (math.isfinite(value) and value >= 0):
                raise ValueError(f"LayoutOptions.{name} must be a finite number >= 0: {value}")
        if self.stack_threshold is not None and self.stack_threshold < 1:
            raise ValueError(f"LayoutOptions.stack_threshold must be >= 1: {self.stack_threshold}")
        if self.stack_rows < 1:
            raise ValueError(f"LayoutOptions.stack_rows must be >= 1: {self.stack_rows}")
        if not (math.isfinite(self.wrap_ratio) and self.wrap_ratio > 0):
            raise ValueError(f"LayoutOptions.wrap_ratio must be a finite number > 0: "
                             f"{self.wrap_ratio}")  # fmt: skip


#: The compact layout with the tidy layout's spacing (``replace(options, compact=True)``
#: makes any options compact).
COMPACT = LayoutOptions(compact=True)


def layout_tree(
    structure: Structure,
    *,
    measure: Measure,
    options: LayoutOptions = LayoutOptions(),  # noqa: B008 - frozen, shared safely
    collapsed: Collection[int] = frozenset(),
    max_depth: int | None = None,
    root: int | None = None,
    stops: Collection[int] = frozenset(),
) -> Layout:
    """Lay out the visible units of ``structure`` (see the module docstring).

    ``measure`` is called once per visible unit. Raises ``UnknownUnitError`` when
    ``root`` is not a unit of the scenario, ``ValueError`` for a negative or infinite
    size or a negative ``max_depth``.
    """
    return _layouts(structure, [root], measure, options, collapsed, max_depth, stops)[0]


def layout_compact(
    structure: Structure,
    *,
    measure: Measure,
    options: LayoutOptions = COMPACT,
    collapsed: Collection[int] = frozenset(),
    max_depth: int | None = None,
    root: int | None = None,
    stops: Collection[int] = frozenset(),
) -> Layout:
    """``layout_tree`` with ``options`` made compact (:mod:`rbdesk.layout.compact`):
    leaves stacked under their parent and wide rows of subtrees wrapped. The same
    inputs, errors and result; ``layout_charts(..., options=replace(o, compact=True))``
    lays out several charts compactly at once."""
    if not options.compact:
        options = replace(options, compact=True)
    return _layouts(structure, [root], measure, options, collapsed, max_depth, stops)[0]


def layout_charts(
    structure: Structure,
    roots: Iterable[int],
    *,
    measure: Measure,
    options: LayoutOptions = LayoutOptions(),  # noqa: B008 - frozen, shared safely
    collapsed: Collection[int] = frozenset(),
    max_depth: int | None = None,
    stops: Collection[int] = frozenset(),
) -> dict[int, Layout]:
    """One layout per unit of ``roots`` (``layout_tree(..., root=r)`` each), sharing the
    work that does not depend on the root: the PDF's one chart per OPD costs the size of
    the OPDs, not their number times the plan's size (with the OPDs as ``stops``, also
    when OPDs stand inside each other)."""
    wanted = list(roots)
    layouts = _layouts(structure, wanted, measure, options, collapsed, max_depth, stops)
    return dict(zip(wanted, layouts, strict=True))


def _layouts(
    structure: Structure,
    roots: Sequence[int | None],
    measure: Measure,
    options: LayoutOptions,
    collapsed: Collection[int],
    max_depth: int | None,
    stops: Collection[int] = frozenset(),
) -> list[Layout]:
    """A layout per root (``None``: the whole forest)."""
    for root in roots:
        if root is not None and root not in structure.units:
            raise UnknownUnitError("unit.not_in_structure", id=root)
    if max_depth is not None and max_depth < 0:
        raise ValueError(f"max_depth must be >= 0: {max_depth}")
    hide = frozenset(collapsed)
    stop = frozenset(stops)
    out: list[Layout] = []
    with gc_paused():  # the GC's passes made 100k units twice as slow
        children = structure.children()
        # Hidden units are counted from the subtree sizes, computed once (when a unit
        # is first hidden): counting each hidden subtree anew costs the square of the
        # depth when OPDs stand inside each other down a long chain.
        found: list[dict[int, int]] = []

        def sizes() -> dict[int, int]:
            if not found:
                found.append(_subtree_sizes(structure, children))
            return found[0]

        for root in roots:
            tree = _Tree(structure, children, measure, hide, max_depth, root, stop, sizes)
            placer = CompactPlacer(tree, options) if options.compact else _Placer(tree, options)
            out.append(placer.run() if tree.uid else Layout())
    return out


class _Tree:
    """The visible forest as parallel lists indexed by node number in pre-order (a
    parent's number is below its children's)."""

    def __init__(
        self,
        structure: Structure,
        children: dict[int | None, list[int]],
        measure: Measure,
        collapsed: frozenset[int],
        max_depth: int | None,
        root: int | None,
        stops: frozenset[int] = frozenset(),
        sizes: Callable[[], dict[int, int]] = dict,
    ) -> None:
        self.uid: list[int] = []
        self.depth: list[int] = []
        self.parent: list[int] = []
        self.width: list[float] = []
        self.height: list[float] = []
        self.hidden: list[int] = []
        self.kind: list[str] = []
        self.all_kids: list[list[int]] = []
        self.tops: list[int] = []
        self.parents: list[int] = []  # the nodes with children, in pre-order
        units = structure.units
        # Units visited (or about to be), kept only while a walk may meet a unit twice
        # (see ``visit``): a dictionary of every unit and a filtered copy of every
        # children list made the whole 100k layout about 7% slower.
        visited: set[int] = set()
        hidden_seen: set[int] = set()
        hidden_total = 0
        reached: dict[int, int] = {}  # subtree sizes of the units a top reaches, once needed
        uids, depths, parents, all_kids, tops = (
            self.uid,
            self.depth,
            self.parent,
            self.all_kids,
            self.tops,
        )
        uid_append, depth_append, parent_append = uids.append, depths.append, parents.append
        has_kids = self.parents.append
        kids_append = all_kids.append
        hidden = self.hidden
        limited = max_depth is not None
        limit = max_depth if max_depth is not None else 0
        hiding = bool(collapsed or stops)
        get_children = children.get

        def visit(top: int, checked: bool) -> None:
            # Pre-order: a stack of (the children still to visit, their parent, their
            # depth, where their node numbers go); a leaf costs no stack entry.
            # A unit is the child of one parent only, so a walk down from a top of the
            # forest meets every unit once and needs no check; a walk from a given root
            # or a cycle's entry may come back to a unit (``checked``): then ``visited``
            # holds every unit met so far and the children met already are left out.
            nonlocal hidden_total
            if checked:
                visited.add(top)
            stack: list[tuple[Iterator[int], int, int, Callable[[int], None]]] = [
                (iter((top,)), -1, 0, tops.append)
            ]
            push, pop = stack.append, stack.pop
            while stack:
                todo, parent, depth, add = stack[-1]
                for uid in todo:
                    # never met before: ``kids`` below leaves out the units met already,
                    # and a unit is the child of one parent only, so nothing else can
                    # reach it in between
                    node = len(uids)
                    uid_append(uid)
                    depth_append(depth)
                    parent_append(parent)
                    kids_append(_EMPTY)
                    add(node)
                    below = get_children(uid)
                    if not below:
                        continue
                    kids = [c for c in below if c not in visited] if checked else below
                    if not kids:
                        continue
                    if (
                        (hiding and (uid in collapsed or (parent >= 0 and uid in stops)))
                        or (limited and depth >= limit)
                    ):  # fmt: skip
                        if not reached:
                            reached.update(sizes())
                        hidden.extend([0] * (node + 1 - len(hidden)))
                        if all(c in reached for c in kids):
                            hidden[node] = sum(reached[c] for c in kids)
                        else:  # on or under a cycle
                            hidden[node] = _count(kids, children, visited, hidden_seen)
                        hidden_total += hidden[node]
                        continue
                    mine: list[int] = []
                    all_kids[node] = mine
                    has_kids(node)
                    if checked:
                        visited.update(kids)
                    push((iter(kids), node, depth + 1, mine.append))
                    break
                else:
                    pop()

        if root is not None:
            visit(root, True)
        else:
            for top in forest_tops(structure, children):
                visit(top, False)
            if len(uids) + hidden_total < len(units):
                # Units no top reaches (``reached`` holds every unit a top reaches).
                visited.update(uids)
                for uid in sorted(units, key=lambda u: (units[u].sort_order, u)):
                    if uid not in visited and uid not in hidden_seen and uid not in reached:
                        visit(cycle_entry(structure, uid,
                                          lambda u: u in visited or u in hidden_seen),
                              True)  # fmt: skip
        hidden.extend([0] * (len(uids) - len(hidden)))  # a count for every node
        # The units' kinds and sizes in one pass (``measure`` in pre-order). Each size
        # is unpacked as soon as it is made, so that the next call reuses its tuple:
        # keeping them all (``list(map(measure, ...))``) took 5.6 MB of fresh memory
        # at 100k units, made anew on every layout.
        kinds: list[str] = []
        ws: list[float] = []
        hs: list[float] = []
        add_kind, add_w, add_h = kinds.append, ws.append, hs.append
        for unit in map(units.__getitem__, uids):
            add_kind(unit.kind)
            w, h = measure(unit)
            add_w(w)
            add_h(h)
        self.kind = kinds
        if uids:
            try:
                valid = (
                    math.isfinite(sum(ws) + sum(hs)) and min(ws) >= 0 and min(hs) >= 0
                )  # NaN or infinity make the sum so
            except TypeError:
                valid = False
            if not valid:
                for uid, w, h in zip(uids, ws, hs, strict=True):
                    if not (0 <= w < math.inf and 0 <= h < math.inf):  # NaN fails too
                        raise ValueError(f"measure gave an invalid size for unit {uid}: {(w, h)}")
            self.width = list(map(float, ws))
            self.height = list(map(float, hs))


def _subtree_sizes(structure: Structure, children: dict[int | None, list[int]]) -> dict[int, int]:
    """Unit id -> the number of units in its subtree (itself included), for every unit
    reached from a top of the forest (a unit on or under a cycle has none).

    The units are listed parent before children (a unit has one parent, so a walk down
    from the tops meets each once), then each size is added to its parent's from the
    end of the list: no stack entry per unit and visit, 3.5 times faster than a walk in
    post-order (7 ms on 10,000 units, met when the window first hides a level)."""
    order: list[int] = []
    met, get = order.append, children.get
    for top in forest_tops(structure, children):
        stack = [top]
        pop, extend = stack.pop, stack.extend
        while stack:
            uid = pop()
            met(uid)
            if kids := get(uid):
                extend(kids)
    sizes = dict.fromkeys(order, 1)
    units = structure.units
    for uid in reversed(order):
        # a top's parent is none or outside the scenario, so never in ``sizes``
        if (parent := units[uid].parent_id) in sizes:
            sizes[parent] += sizes[uid]
    return sizes


def _count(
    kids: list[int], children: dict[int | None, list[int]], visited: set[int],
    seen: set[int],
) -> int:  # fmt: skip
    """Number of units in the subtrees of ``kids`` not yet counted or laid out."""
    total = 0
    stack = list(kids)
    while stack:
        uid = stack.pop()
        if uid in seen or uid in visited:
            continue
        seen.add(uid)
        total += 1
        stack.extend(children.get(uid, ()))
    return total


class _Placer:
    """Rows, compact blocks, contours and finally boxes and edges of a ``_Tree``."""

    def __init__(self, tree: _Tree, options: LayoutOptions) -> None:
        self.t = tree
        self.o = options
        n = len(tree.uid)
        self.placement = [Placement.LINE] * n
        # ordinary (line) children; one shared empty list for the nodes that have none
        # (most are leaves), never appended to
        self.kids: list[list[int]] = [_EMPTY] * n
        # The few nodes with side children or a compact block are kept apart, not in
        # lists as long as the tree: each such list costs a pass over every node.
        self.sides: dict[int, list[int]] = {}  # node: its side children
        self.side_left: dict[int, bool] = {}  # side box: on the left of the trunk
        self.stacked: list[int] = []  # nodes whose children form a compact block
        self.row = [0] * n
        # centre x of line nodes: relative to the parent's centre while the contours
        # are merged, absolute after (one list and one float per node, not two)
        self.cx = [0.0] * n
        # compact items: left x relative to the parent's centre, top y, trunk x
        self.item_dx: dict[int, float] = {}
        self.item_y: dict[int, float] = {}
        self.trunk_dx: dict[int, float] = {}
        # stacked node: (last row, width) of its block
        self.block_rows: dict[int, tuple[int, float]] = {}

    def run(self) -> Layout:
        self._classify()
        top_y = self._rows()
        self._blocks(top_y)
        self._contours()
        return self._result(top_y)

    # -- structure of the drawing ------------------------------------------------------
    def _classify(self) -> None:
        t, o = self.t, self.o
        side_kinds, kinds = o.side_kinds, t.kind
        threshold = o.stack_threshold
        kind_of, kids_of = kinds.__getitem__, t.all_kids.__getitem__
        for node in t.parents:
            all_kids = kids_of(node)
            if not side_kinds.isdisjoint(map(kind_of, all_kids)):
                line: list[int] = []
                sides: list[int] = []
                for c in all_kids:
                    if kinds[c] in side_kinds and not t.all_kids[c]:
                        self.side_left[c] = len(sides) % 2 == 0
                        sides.append(c)
                        self.placement[c] = Placement.SIDE
                    else:
                        line.append(c)
                if sides:
                    self.sides[node] = sides
            else:
                line = all_kids  # the tree's list, read only from here on
            self.kids[node] = line
            if threshold is not None and len(line) > threshold and not any(map(kids_of, line)):
                self.stacked.append(node)
                for c in line:
                    self.placement[c] = Placement.STACK

    def _rows(self) -> list[float]:
        """Rows of every node and the top y of each row (one extra row at the end stands
        for everything below the last row of boxes, where compact blocks may reach)."""
        t, row = self.t, self.row
        sides_of = self.sides
        kids_of = self.kids
        for node in t.parents:  # pre-order: a parent's row is set first
            kids, sides = kids_of[node], sides_of.get(node, _EMPTY)
            r = row[node]
            for j, c in enumerate(sides):
                row[c] = r + 1 + j // 2
            below = r + 1 + (len(sides) + 1) // 2
            for c in kids:
                row[c] = below
        heights = [0.0] * (max(row, default=0) + 1)
        stack = Placement.STACK
        for r, h, placement in zip(row, t.height, self.placement, strict=True):
            if h > heights[r] and placement is not stack:
                heights[r] = h
        gap = self.o.level_gap
        top_y = [0.0]
        for h in heights:
            top_y.append(top_y[-1] + h + gap)
        return top_y

    def _blocks(self, top_y: list[float]) -> None:
        """Columns of every compact block: item positions and the rows it spans."""
        t, o = self.t, self.o
        last = len(top_y) - 1
        for node in self.stacked:
            items = self.kids[node]
            k = len(items)
            columns = -(-k // o.stack_rows)
            per_column = -(-k // columns)
            col_w = [0.0] * columns
            row_h = [0.0] * per_column
            for n, c in enumerate(items):
                col, r = divmod(n, per_column)
                col_w[col] = max(col_w[col], t.width[c])
                row_h[r] = max(row_h[r], t.height[c])
            col_w = [o.stub + w for w in col_w]
            total_w = sum(col_w) + (columns - 1) * o.sibling_gap
            col_x = [-total_w / 2]
            for w in col_w[:-1]:
                col_x.append(col_x[-1] + w + o.sibling_gap)
            first = self.row[items[0]]
            row_y = [top_y[first]]
            for h in row_h[:-1]:
                row_y.append(row_y[-1] + h + o.stack_gap)
            for n, c in enumerate(items):
                col, r = divmod(n, per_column)
                self.trunk_dx[c] = col_x[col]
                self.item_dx[c] = col_x[col] + o.stub
                self.item_y[c] = row_y[r]
            bottom = row_y[-1] + row_h[-1]
            end = first
            while end < last and top_y[end + 1] < bottom + o.level_gap:
                end += 1
            self.block_rows[node] = (end, total_w)

    # -- horizontal placement ------------------------------------------------------------
    def _contours(self) -> None:
        t, o = self.t, self.o
        n = len(t.uid)
        kids_of, sides_of, blocks = self.kids, self.sides, self.block_rows
        row, width, all_kids = self.row, t.width, t.all_kids
        rel = self.cx  # relative centres first, made absolute at the end
        gap = o.sibling_gap
        # A leaf's contour is one row; it is made only when a parent needs it.
        contours: list[Contour | None] = [None] * n

        def contour_of(node: int) -> Contour:
            contour = contours[node]
            if contour is None:
                r, half = row[node], width[node] / 2
                return Contour({r: -half}, 0.0, {r: half}, 0.0, r)
            contours[node] = None  # consumed by the parent; let it go
            return contour

        has_kids = all_kids.__getitem__
        stub = o.stub
        # children before their parent (a node with children is always a line node)
        for node in reversed(t.parents):
            kids = kids_of[node]
            if node in blocks:
                end, total_w = blocks[node]
                contour = Contour.empty()
                for r in range(row[kids[0]], end + 1):
                    contour.put(r, -total_w / 2, total_w / 2)
            elif kids and not any(map(has_kids, kids)):
                # leaves side by side in their row (place_siblings' result, at once)
                first = kids[0]
                prev = first_half = width[first] / 2
                x = 0.0
                pos = [0.0]
                for c in kids[1:]:
                    half = width[c] / 2
                    x += prev + gap + half
                    pos.append(x)
                    prev = half
                mid = x / 2
                for c, at in zip(kids, pos, strict=True):
                    rel[c] = at - mid
                r = row[first]
                contour = Contour({r: -first_half - mid}, 0.0, {r: x + prev - mid}, 0.0, r)
            elif kids:
                group = [contour_of(c) for c in kids]
                pos, contour = place_siblings(group, row[kids[0]], gap, o.subtree_gap)
                mid = (pos[0] + pos[-1]) / 2
                for c, at in zip(kids, pos, strict=True):
                    rel[c] = at - mid
                contour.shift(-mid)
            else:
                contour = Contour.empty()
            r = row[node]
            half = width[node] / 2
            contour.left[r] = -half - contour.loff  # contour.put(r, -half, half), inline
            contour.right[r] = half - contour.roff
            if r > contour.bottom:
                contour.bottom = r
            sides = sides_of.get(node, _EMPTY)
            for j in range(0, len(sides), 2):
                lo = -(stub + width[sides[j]])
                hi = stub + width[sides[j + 1]] if j + 1 < len(sides) else 0.0
                contour.put(r + 1 + j // 2, lo, hi)
            contours[node] = contour
        # the trees of a forest stand side by side, each in a column of its own
        cx = self.cx
        edge = 0.0
        for c in t.tops:
            contour = contour_of(c)
            lo = min(v + contour.loff for v in contour.left.values())
            hi = max(v + contour.roff for v in contour.right.values())
            cx[c] = edge - lo
            edge += hi - lo + o.tree_gap
        for p in t.parents:  # pre-order: a parent's centre is set before its children's
            if p not in blocks:  # a stacked box is placed by its block
                base = cx[p]
                for c in kids_of[p]:
                    cx[c] = base + cx[c]  # relative to the parent until now

    # -- output ------------------------------------------------------------------------------
    def _result(self, top_y: list[float]) -> Layout:
        t, o = self.t, self.o
        placement, cx, row, parent = self.placement, self.cx, self.row, t.parent
        widths, heights, uids = t.width, t.height, t.uid
        # positions first (a line box under its centre, in its row; the few side and
        # stacked boxes after), then the drawing is moved right by its leftmost point
        # (the trunk of a compact column stands left of its boxes)
        xs = [x - w / 2 for x, w in zip(cx, widths, strict=True)]
        ys = [top_y[r] for r in row]
        for node, left in self.side_left.items():
            px = cx[parent[node]]
            xs[node] = px - o.stub - widths[node] if left else px + o.stub
        for node, dx in self.item_dx.items():
            xs[node] = cx[parent[node]] + dx
            ys[node] = self.item_y[node]
        trunks = (cx[parent[c]] + dx for c, dx in self.trunk_dx.items())
        min_x = min(min(xs), min(trunks, default=math.inf))
        shifted = cx
        if min_x:
            xs = [x - min_x for x in xs]
            shifted = [x - min_x for x in cx]
        new = tuple.__new__
        made = map(new, repeat(Box), zip(
            uids, xs, ys, widths, heights, t.depth, t.hidden, placement, strict=True
        ))  # fmt: skip
        boxes: dict[int, Box] = dict(zip(uids, made, strict=True))
        half_gap = o.level_gap / 2
        bus_y = [y - half_gap for y in top_y]
        # The connector into each node, made parent by parent and kept at the child's
        # node number so that the edges come out in pre-order of their child; a top
        # has none.
        edges: list[Edge | None] = [None] * len(uids)
        edge = self._edge
        kids_of, sides_of, blocks = self.kids, self.sides, self.block_rows
        for p in t.parents:
            kids = kids_of[p]
            if kids and half_gap > 0 and p not in blocks:
                # A line child's connector: down from the parent, along the bus between
                # the two rows, down into the child (no repeated points: the bus lies
                # between the boxes; straight down when the child is under the parent).
                # The parent's end, the bus and the children's top are the same for all
                # the children of a parent.
                px, pb, puid = shifted[p], ys[p] + heights[p], uids[p]
                bus, y = bus_y[row[kids[0]]], ys[kids[0]]
                for c in kids:
                    x = shifted[c]
                    edges[c] = new(Edge, (
                        (puid, uids[c], px, pb, px, bus, x, bus, x, y) if x != px
                        else (puid, uids[c], px, pb, px, bus, x, y)
                    ))  # fmt: skip
            else:
                for c in kids:
                    edges[c] = edge(c, xs, ys, shifted, bus_y)
        for sides in sides_of.values():
            for c in sides:
                edges[c] = edge(c, xs, ys, shifted, bus_y)
        # (``operator.add`` is a C function; ``float.__add__`` through ``map`` is a slot
        # wrapper called with a tuple of arguments, twice as slow)
        right = max(map(add, xs, widths))
        bottom = max(map(add, ys, heights))
        # ``filter(None, ...)`` drops the tops' ``None``: an edge is a non-empty tuple
        return Layout(boxes, tuple(filter(None, edges)), max(right, 0.0), max(bottom, 0.0))

    def _edge(
        self, node: int, xs: list[float], ys: list[float], cx: list[float], bus_y: list[float]
    ) -> Edge:
        """The connector into ``node`` (``xs``, ``ys`` and ``cx`` moved already)."""
        t = self.t
        p = t.parent[node]
        px = cx[p]
        pb = ys[p] + t.height[p]
        kind = self.placement[node]
        if kind is Placement.LINE:
            bus = bus_y[self.row[node]]
            x = cx[node]
            points = [(px, pb), (px, bus), (x, bus), (x, ys[node])]
        elif kind is Placement.SIDE:
            cy = ys[node] + t.height[node] / 2
            edge_x = xs[node] + t.width[node] if self.side_left[node] else xs[node]
            points = [(px, pb), (px, cy), (edge_x, cy)]
        else:
            bus = bus_y[self.row[node]]
            trunk = px + self.trunk_dx[node]
            cy = ys[node] + t.height[node] / 2
            points = [(px, pb), (px, bus), (trunk, bus), (trunk, cy), (xs[node], cy)]
        return Edge(t.uid[p], t.uid[node], polyline(points))
