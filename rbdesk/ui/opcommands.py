"""Undo commands of the restructuring operations of a proposal.

One operation of the planner (a merge, a split, a conversion to a functional group
...) is one ``OperationCommand``: its plan (``rbdesk.domain.operations``) is written
in one transaction, undone in one, and redone with the same ids. Editing the reason
of an operation afterwards is one ``OperationTextCommand``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from rbdesk.domain.operations import AppliedOperation, OperationPlan
from rbdesk.i18n import labels
from rbdesk.ui.commands import DocumentCommand
from rbdesk.ui.document import Document
from rbdesk.ui.messages import window_language

# How many unit names an undo step's text lists before it says "…".
NAMES_SHOWN = 3


def operation_title(document: Document, plan: OperationPlan, taken: Sequence[int]) -> str:
    """``Penggabungan: A, B → C``: the kind in the window's language, the units the
    planner chose (``taken``) and the units the operation leaves, as an undo step's
    text. Children that merged with a chosen unit are not listed."""
    units = {**document.structure.units, **{u.id: u for u in plan.added}}
    kind = labels(window_language()).operation(plan.operation.kind.value)

    def listed(ids: Sequence[int]) -> str:
        chosen = set(ids)
        top = [units[i].name for i in ids
               if i in units and units[i].parent_id not in chosen]  # fmt: skip
        return ", ".join(top[:NAMES_SHOWN]) + (", …" if len(top) > NAMES_SHOWN else "")

    before, after = listed(taken), listed(plan.operation.after)
    if before and after and before != after:
        return QCoreApplication.translate("OperationCommand", "{kind}: {before} → {after}").format(
            kind=kind, before=before, after=after
        )
    return f"{kind}: {before or after}"


class OperationCommand(DocumentCommand):
    """Apply a restructuring operation; undo takes it back, redo applies it again with
    the ids of its first application."""

    def __init__(self, document: Document, plan: OperationPlan, taken: Sequence[int]) -> None:
        super().__init__(document, operation_title(document, plan, taken))
        self.plan = plan
        self.applied: AppliedOperation | None = None

    def apply(self) -> None:
        if self.applied is None:
            self.applied = self.document.apply_operation(self.plan)
        else:
            self.applied = self.document.reapply_operation(self.applied)

    def revert(self) -> None:
        assert self.applied is not None
        self.document.revert_operation(self.applied)

    @property
    def operation_id(self) -> int:
        """The recorded operation's id, once the command has been pushed."""
        assert self.applied is not None
        return self.applied.operation.id

    def unit_id(self, uid: int) -> int:
        """The file id of a unit the plan names (new units have provisional ids)."""
        assert self.applied is not None
        return self.applied.unit_id(uid)


class OperationTextCommand(DocumentCommand):
    """Change the reason (*alasan*) and legal basis (*dasar hukum*) of an operation."""

    def __init__(self, document: Document, operation_id: int, reason: str, basis: str) -> None:
        super().__init__(
            document,
            QCoreApplication.translate("OperationTextCommand", "Edit the reason of a step"),
        )
        self.operation_id = operation_id
        self.reason = reason
        self.basis = basis
        self.old: tuple[str, str] | None = None

    def apply(self) -> None:
        old = self.document.set_operation_text(self.operation_id, self.reason, self.basis)
        if self.old is None:
            self.old = old

    def revert(self) -> None:
        assert self.old is not None
        self.document.set_operation_text(self.operation_id, *self.old)


__all__ = ["OperationCommand", "OperationTextCommand", "operation_title"]
