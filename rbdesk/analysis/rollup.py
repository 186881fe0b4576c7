"""Staff and posts rolled up the tree: for each unit, its own figures and those of the
unit and everything below it.

Terms (as :mod:`rbdesk.analysis.metrics` uses them): *staff* is a unit's
``headcount_existing`` / ``headcount_needed`` (ASN in post, and the need from workload
analysis); *posts* are the ``existing`` / ``needed`` counts of its positions, by
category (structural, functional, pelaksana). A *total* is the sum over the unit and
all units below it. A unit on a cycle is counted once, at the first place reached.

>>> from rbdesk.domain.model import Scenario, ScenarioRole, Structure, Unit
>>> s = Structure(Scenario(1, "a", ScenarioRole.CURRENT), {
...     1: Unit(1, None, "dinas", "D", headcount_existing=1, headcount_needed=1),
...     2: Unit(2, 1, "bidang", "B", headcount_existing=4, headcount_needed=6)})
>>> rollups(s)[1].staff
(5, 7)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rbdesk.domain.model import Position, PositionCategory, Structure, Unit
from rbdesk.perf import gc_paused

#: The order of a :class:`Totals`' figures: staff, then posts by category, each as
#: in post and needed.
CATEGORIES = (PositionCategory.STRUCTURAL, PositionCategory.FUNCTIONAL, PositionCategory.PELAKSANA)
#: Where each category's "in post" figure stands in a :class:`Totals` (needed: after it).
_COLUMN = {c: 2 + 2 * n for n, c in enumerate(CATEGORIES)}


@dataclass(frozen=True, slots=True)
class Totals:
    """A unit's figures summed over it and everything below it: ``figures`` holds the
    staff in post and needed, then for each of :data:`CATEGORIES` the posts in post and
    needed; ``units`` counts the unit and those below it."""

    figures: tuple[int, ...] = (0,) * 8
    units: int = 1

    @property
    def staff(self) -> tuple[int, int]:
        return (self.figures[0], self.figures[1])

    def post(self, category: PositionCategory) -> tuple[int, int]:
        at = _COLUMN[category]
        return (self.figures[at], self.figures[at + 1])


def totals_of(units: Iterable[Unit], positions: Iterable[Position]) -> Totals:
    """The figures of ``units`` (a unit and everything below it, each once) and of
    ``positions`` (theirs) summed: one unit's :class:`Totals` without those of every
    unit of the plan (the inspector's, at each choice of a unit)."""
    figures = [0] * 8
    count = 0
    for unit in units:
        figures[0] += unit.headcount_existing
        figures[1] += unit.headcount_needed
        count += 1
    column = _COLUMN
    for p in positions:
        at = column[p.category]
        figures[at] += p.existing
        figures[at + 1] += p.needed
    return Totals(tuple(figures), count)


def rollups(structure: Structure) -> dict[int, Totals]:
    """Each unit's :class:`Totals`, in one walk of the tree (children before parents)."""
    with gc_paused():
        return _rollups(structure)


def _rollups(structure: Structure) -> dict[int, Totals]:
    units = structure.units
    sums: dict[int, list[int]] = {
        uid: [u.headcount_existing, u.headcount_needed, 0, 0, 0, 0, 0, 0, 1]
        for uid, u in units.items()
    }
    column = _COLUMN
    for p in structure.positions:
        row = sums.get(p.unit_id)
        if row is not None:
            at = column[p.category]
            row[at] += p.existing
            row[at + 1] += p.needed
    starts = [u for u, unit in units.items()
              if unit.parent_id is None or unit.parent_id not in units]  # fmt: skip
    # every unit after its parent: the roots, then what a cycle kept from them
    order = structure.subtree(*starts, *units)
    placed = set()
    for uid in reversed(order):  # every child before its parent
        placed.add(uid)
        parent = units[uid].parent_id
        if parent is not None and parent in sums and parent not in placed:
            below, above = sums[uid], sums[parent]
            for n in range(9):
                above[n] += below[n]
    return {uid: Totals(tuple(row[:8]), row[8]) for uid, row in sums.items()}


__all__ = ["CATEGORIES", "Totals", "rollups", "totals_of"]
