"""The order in which the trees of a scenario are drawn, and the OPD charts of the PDF.

Terms:

* The *tops* of a scenario are its roots and its orphans (units whose parent is not in
  the scenario), in sibling order: ``sort_order``, then id. They are drawn side by side,
  left to right.
* A unit reached from no top sits on a cycle or below one (an invalid plan, which the
  analysis reports); the layout draws the cycle from its *entry*, the first unit met
  twice when walking up the parents, as one more tree, so a broken plan still draws.
* *Chart order* is the pre-order of that forest: a unit, then the subtrees of its
  children in sibling order.
"""

from __future__ import annotations

from collections.abc import Callable

from rbdesk.domain.model import Structure
from rbdesk.rules.catalogue import Catalogue


def forest_tops(structure: Structure, children: dict[int | None, list[int]]) -> list[int]:
    """The roots and orphans of ``structure`` in sibling order (``sort_order``, then id);
    ``children`` is ``structure.children()``."""
    units = structure.units
    tops = list(children.get(None, ()))
    for parent, kids in children.items():
        if parent is not None and parent not in units:
            tops.extend(kids)
    return sorted(tops, key=lambda uid: (units[uid].sort_order, uid))


def cycle_entry(structure: Structure, uid: int, seen: Callable[[int], bool]) -> int:
    """For a unit reached from no top: the first unit met twice when walking up its
    parents (a unit of the cycle above it), or the last unit before one already ``seen``."""
    units = structure.units
    walked: set[int] = set()
    current = uid
    while True:
        walked.add(current)
        parent = units[current].parent_id
        if parent is None or parent not in units or seen(parent):
            return current
        if parent in walked:
            return parent
        current = parent


def chart_order(structure: Structure) -> list[int]:
    """Every unit of ``structure`` once, in chart order (see the module docstring)."""
    units = structure.units
    children = structure.children()
    order: list[int] = []
    done: set[int] = set()

    def walk(top: int) -> None:
        stack = [top]
        while stack:
            uid = stack.pop()
            if uid in done:
                continue
            done.add(uid)
            order.append(uid)
            stack.extend(reversed(children.get(uid, ())))

    for top in forest_tops(structure, children):
        walk(top)
    if len(done) < len(units):
        for uid in sorted(units, key=lambda u: (units[u].sort_order, u)):
            if uid not in done:
                walk(cycle_entry(structure, uid, done.__contains__))
    return order


def subtrees_by_opd(structure: Structure, catalogue: Catalogue) -> list[int]:
    """The units to lay out one chart each for the PDF (``layout_tree(..., root=id)``):
    every unit whose kind is an OPD kind in the catalogue, in chart order.

    An OPD inside another (not allowed, but a plan may hold one) gets its own chart;
    pass these ids as ``stops`` and it stands in the other's chart as one box. To draw
    the whole region at OPD level, pass them as ``collapsed``.
    """
    kinds = catalogue.kinds
    units = structure.units
    return [
        uid
        for uid in chart_order(structure)
        if (kind := kinds.get(units[uid].kind)) is not None and kind.opd
    ]
