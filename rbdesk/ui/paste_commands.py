"""Copy and paste of subtrees (issue 16 item 6): what a copy holds and the undo command
that pastes it.

A *copy* (:class:`Subtree`) is a snapshot of a unit and every unit below it with what
is attached to each: the urusan assignments, the positions (*jabatan*) and the IKU. It
holds values, never ids of the plan that stay meaningful: it may be pasted into the
scenario it came from or another one, after the source changed or is gone.

Pasting makes new units (new ids) with the same fields, attached records and sibling
order, the copied top last among the target's children. The domain's rules decide
whether a kind may stand under the target (``Document.can_add_unit``; the same check
runs again for each unit as it is written): a refused paste writes nothing. One paste
of several copies is one undo step; undo deletes the pasted units with all that is
attached, redo puts them back with the same ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from rbdesk.domain.errors import InvalidValueError
from rbdesk.domain.model import Iku, Position, RemovedRecords, Structure, Unit, UrusanAssignment
from rbdesk.ui.commands import DocumentCommand
from rbdesk.ui.document import Document

#: The unit fields a pasted unit takes over (its id and place are new).
_COPIED = tuple(f.name for f in fields(Unit) if f.name not in ("id", "parent_id", "kind", "name"))


@dataclass(frozen=True)
class Subtree:
    """A copied unit with everything below it: ``units[0]`` is the top, each unit after
    its parent, siblings in order."""

    units: tuple[Unit, ...]
    assignments: tuple[UrusanAssignment, ...] = ()
    positions: tuple[Position, ...] = ()
    iku: tuple[Iku, ...] = ()

    @property
    def top(self) -> Unit:
        return self.units[0]


def copy_subtrees(structure: Structure, unit_ids: Sequence[int]) -> tuple[Subtree, ...]:
    """Snapshots of ``unit_ids`` with their subtrees (a unit under another one given is
    copied with it, not twice)."""
    out: list[Subtree] = []
    taken: set[int] = set()
    for top in unit_ids:
        if top in taken or top not in structure.units:
            continue
        ids = structure.subtree(top)
        taken.update(ids)
        mine = set(ids)
        out.append(
            Subtree(
                tuple(structure.units[u] for u in ids),
                tuple(a for a in structure.assignments if a.unit_id in mine),
                tuple(p for p in structure.positions if p.unit_id in mine),
                tuple(i for i in structure.iku if i.unit_id in mine),
            )
        )
    return tuple(out)


class PasteSubtreeCommand(DocumentCommand):
    """Paste copies under ``parent_id`` (``None``: as roots); see the module docstring."""

    def __init__(
        self, document: Document, copies: Sequence[Subtree], parent_id: int | None
    ) -> None:
        if len(copies) == 1:
            text = QCoreApplication.translate("PasteSubtreeCommand", "Paste “{name}”").format(
                name=copies[0].top.name
            )
        else:
            text = QCoreApplication.translate("PasteSubtreeCommand", "Paste {n} units").format(
                n=len(copies)
            )
        super().__init__(document, text)
        self.copies = tuple(copies)
        self.parent_id = parent_id
        #: The new tops, once pasted.
        self.new_tops: list[int] = []
        self._removed: list[RemovedRecords] | None = None

    def check(self) -> None:
        """Raise the domain's error when a copied top may not stand under the target."""
        doc = self.document
        if not self.copies:
            raise InvalidValueError("window.paste_empty")
        for copy in self.copies:
            ok, reason = doc.can_add_unit(self.parent_id, copy.top.kind)
            if not ok:
                raise InvalidValueError("window.paste_refused", name=copy.top.name, reason=reason)

    def apply(self) -> None:
        doc = self.document
        if self._removed is not None:  # redo: the same units again
            with doc.store.transaction():
                for removed in self._removed:
                    doc.restore(removed)
            return
        self.check()
        # one transaction: a refusal half-way takes back what was written, in the file
        # (the transaction) and in memory (the deletes)
        with doc.store.transaction():
            made: list[int] = []
            try:
                for copy in self.copies:
                    made.append(self._paste(copy))
            except BaseException:
                for top in reversed(made):
                    doc.delete_unit(top)
                raise
        self.new_tops = made

    def _paste(self, copy: Subtree) -> int:
        doc = self.document
        new_ids: dict[int, int] = {}
        top: int | None = None
        try:
            for unit in copy.units:
                values: dict[str, Any] = {f: getattr(unit, f) for f in _COPIED}
                if top is None:
                    del values["sort_order"]  # last among the target's children
                    parent = self.parent_id
                else:
                    parent = new_ids[unit.parent_id]  # type: ignore[index]
                new_ids[unit.id] = doc.add_unit(parent, unit.kind, unit.name, **values)
                if top is None:
                    top = new_ids[unit.id]
            for old, new in new_ids.items():
                mine = [a for a in copy.assignments if a.unit_id == old]
                if mine:
                    doc.set_assignments(new, [replace(a, unit_id=new) for a in mine])
            for position in copy.positions:
                doc.add_position(replace(position, id=0, unit_id=new_ids[position.unit_id]))
            for iku in copy.iku:
                doc.add_iku(replace(iku, id=0, unit_id=new_ids[iku.unit_id]))
        except BaseException:
            if top is not None:
                doc.delete_unit(top)
            raise
        assert top is not None
        return top

    def revert(self) -> None:
        doc = self.document
        with doc.store.transaction():
            removed = [doc.delete_unit(top) for top in reversed(self.new_tops)]
        self._removed = list(reversed(removed))


__all__ = ["PasteSubtreeCommand", "Subtree", "copy_subtrees"]
