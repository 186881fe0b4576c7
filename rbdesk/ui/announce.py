"""Tell the window what changed between two structures, with the document's fine
signals, for an edit that replaces the structure as a whole (a restructuring
operation, its undo and redo).

The order is one a tree model can follow row by row: new units parents first, then
units whose parent or sibling order changed in their new tree order (a unit moves
under a parent that is already there), then removed units children first (what they
held has moved away by then), then the units whose own fields changed, then the
units whose urusan, positions or IKU changed. Time: one pass over the units and
records by identity, the rest in the size of the change.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from rbdesk.domain.model import Structure, Unit


def tree_order(structure: Structure) -> list[int]:
    """Every unit id of ``structure``, parents first, siblings in order."""
    children = structure.children()
    out: list[int] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        uid = stack.pop()
        out.append(uid)
        stack.extend(reversed(children.get(uid, [])))
    # units under a missing parent (never in a valid plan) still get their signal
    if len(out) != len(structure.units):
        seen = set(out)
        out += [uid for uid in structure.units if uid not in seen]
    return out


def _depth(units: Mapping[int, Unit], uid: int) -> int:
    depth, seen = 0, {uid}
    parent = units[uid].parent_id
    while parent is not None and parent in units and parent not in seen:
        seen.add(parent)
        depth += 1
        parent = units[parent].parent_id
    return depth


def _touched_owners(old: Sequence[Any], new: Sequence[Any]) -> set[int]:
    """The units whose records differ: a record that is not the very same object in
    both lists (an edit builds new ones and shares the rest) is compared by value."""
    was = {id(r) for r in old}
    now = {id(r) for r in new}
    fresh = [r for r in new if id(r) not in was]
    stale = [r for r in old if id(r) not in now]
    common = set(fresh) & set(stale) if fresh and stale else set()
    return {r.unit_id for r in (*fresh, *stale) if r not in common}


def announce(document: Any, old: Structure, new: Structure) -> None:
    """Emit ``document``'s unit and record signals for the change from ``old`` to
    ``new`` (see the module docstring). The document already holds ``new``. Units
    and records the change did not touch are the same objects in both (as
    ``apply_plan`` and ``revert_plan`` build them), so the cost follows the change."""
    before, after = old.units, new.units
    added = list(after.keys() - before.keys())
    removed = list(before.keys() - after.keys())
    differ = [uid for uid, unit in after.items()
              if before.get(uid) is not unit and uid in before and before[uid] != unit]  # fmt: skip
    added.sort(key=lambda uid: (_depth(after, uid), after[uid].parent_id or 0,
                                after[uid].sort_order, uid))  # fmt: skip
    for uid in added:
        document.unit_added.emit(uid)
    moved = [uid for uid in differ
             if (before[uid].parent_id, before[uid].sort_order)
             != (after[uid].parent_id, after[uid].sort_order)]  # fmt: skip
    moved.sort(key=lambda uid: (_depth(after, uid), after[uid].parent_id or 0,
                                after[uid].sort_order, uid))  # fmt: skip
    for uid in moved:
        document.unit_moved.emit(uid)
    removed.sort(key=lambda uid: -_depth(before, uid))
    for uid in removed:
        document.unit_removed.emit(uid)
    for uid in differ:
        if _fields_differ(before[uid], after[uid]):
            document.unit_changed.emit(uid)
    # the rows above were placed one by one; siblings of a unit that came, went or
    # moved may still stand in another order than the document's: let views check
    parents = {after[u].parent_id for u in (*added, *moved)}
    parents |= {before[u].parent_id for u in (*removed, *moved)}
    document.siblings_changed.emit(sorted(parents, key=lambda p: -1 if p is None else p))
    alive = after.keys() & before.keys()
    for attr, signal in (("assignments", "assignments_changed"),
                         ("positions", "positions_changed"), ("iku", "iku_changed")):  # fmt: skip
        for uid in sorted(_touched_owners(getattr(old, attr), getattr(new, attr)) & alive):
            getattr(document, signal).emit(uid)


def _fields_differ(was: Unit, now: Unit) -> bool:
    """True when more than the unit's place changed."""
    return replace(was, parent_id=now.parent_id, sort_order=now.sort_order) != now


__all__ = ["announce", "tree_order"]
