"""Tell the window what changed between two structures, with the document's fine
signals, for an edit that replaces the structure as a whole (a restructuring
operation, its undo and redo).

The order is one a tree model can follow row by row: new units parents first, then
units whose parent or sibling order changed in their new tree order (a unit moves
under a parent that is already there), then removed units children first (what they
held has moved away by then), then the units whose own fields changed, then the
units whose urusan, positions or IKU changed. Time is linear in the structure.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
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


def _by_unit(records: Iterable[Any], key: Callable[[Any], Hashable]) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = {}
    for record in records:
        out.setdefault(record.unit_id, []).append(key(record))
    return out


def _differing(old: dict[int, list[Any]], new: dict[int, list[Any]], alive: Any) -> list[int]:
    return sorted(uid for uid in old.keys() | new.keys()
                  if uid in alive and old.get(uid) != new.get(uid))  # fmt: skip


def announce(document: Any, old: Structure, new: Structure) -> None:
    """Emit ``document``'s unit and record signals for the change from ``old`` to
    ``new`` (see the module docstring). The document already holds ``new``."""
    order = tree_order(new)
    before, after = old.units, new.units
    for uid in order:
        if uid not in before:
            document.unit_added.emit(uid)
    for uid in order:
        was = before.get(uid)
        if was is not None:
            now = after[uid]
            if (was.parent_id, was.sort_order) != (now.parent_id, now.sort_order):
                document.unit_moved.emit(uid)
    for uid in reversed(tree_order(old)):
        if uid not in after:
            document.unit_removed.emit(uid)
    for uid in order:
        was = before.get(uid)
        if was is not None and was != after[uid] and _fields_differ(was, after[uid]):
            document.unit_changed.emit(uid)
    alive = after.keys() & before.keys()
    records: tuple[tuple[str, str, Callable[[Any], Hashable]], ...] = (
        ("assignments", "assignments_changed", lambda a: a),
        ("positions", "positions_changed", lambda p: p),
        ("iku", "iku_changed", lambda i: i),
    )
    for attr, signal, key in records:
        changed = _differing(
            _by_unit(getattr(old, attr), key), _by_unit(getattr(new, attr), key), alive
        )
        for uid in changed:
            getattr(document, signal).emit(uid)


def _fields_differ(was: Unit, now: Unit) -> bool:
    """True when more than the unit's place changed."""
    return replace(was, parent_id=now.parent_id, sort_order=now.sort_order) != now


__all__ = ["announce", "tree_order"]
