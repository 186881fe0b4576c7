"""Undo commands: every user edit of a plan is one ``QUndoCommand``.

A command holds ids and old/new values, never widgets. Its ``redo()`` and ``undo()``
each call one method of the ``Document``, which checks the change, writes it through
to the file and emits the signals. One gesture is one command: a ``GroupCommand``
joins several changes made by one gesture (a drag of several boxes), and consecutive
renames of one unit merge into one step.

``push(document, command)`` does the command's first redo itself, in plain Python,
before the command goes onto the stack: an edit the domain refuses raises its typed
error there, changes nothing and never enters the stack. (An exception raised inside
``QUndoStack.push`` would leave the command on the stack.) Should a later undo or
redo fail after all (the disk refused a write), the command asks the document to
recover: it reloads the file and drops the history.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from rbdesk.domain.errors import InvalidValueError, RbdeskError
from rbdesk.domain.model import (
    Iku,
    Position,
    Region,
    RemovedRecords,
    Signatory,
    Unit,
    UrusanAssignment,
)
from rbdesk.store import ReadOnlyError
from rbdesk.ui.document import Document, Place
from rbdesk.ui.messages import localised

log = logging.getLogger(__name__)

#: ``QUndoCommand.id()`` of the commands that merge.
RENAME_UNIT_ID = 1

#: Numbers the commands in the order they were made, across all stacks.
_SEQUENCE = itertools.count(1)


def _applied(record_id: int | None) -> int:
    if record_id is None:
        raise RuntimeError("the command has not been applied yet")
    return record_id


def _unit_name(document: Document, unit_id: int) -> str:
    unit = document.structure.units.get(unit_id)
    return unit.name if unit is not None else f"#{unit_id}"


class DocumentCommand(QUndoCommand):
    """Base of the commands: ``apply`` makes the change, ``revert`` takes it back."""

    # The command changes the active scenario (not the plan's own details): on a
    #: scenario a proposal derives from, the document's ``edit_guard`` is asked first.
    scenario_edit = True
    #: The command changes the plan rather than one scenario (a scenario created,
    #: renamed or deleted, the plan's details): it goes on the plan's own stack.
    plan_level = False

    def __init__(self, document: Document, text: str = "") -> None:
        super().__init__(text)
        self.document = document
        self._done_by_push = False
        #: When it was made, relative to every other command (``rbdesk.ui.history``).
        self.sequence = next(_SEQUENCE)

    def made_change(self, version_before: int) -> bool:
        """After ``apply``: whether anything changed (else it is not pushed)."""
        return self.document.version != version_before

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._done_by_push:
            # push() has just applied it; this is the stack's call that follows.
            self._done_by_push = False
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except Exception as exc:
            # Raising into Qt would leave the stack pointing past a change that did not
            # happen. The file rolled the write back: drop this command, let the
            # document reload and report.
            log.exception("%s failed", self.text())
            self.setObsolete(True)
            self.document.recover(exc)


def push(document: Document, command: DocumentCommand) -> RbdeskError | None:
    """Apply ``command`` and put it on the document's undo stack. Returns ``None``
    when done, or the typed error that refused it (its message is fit to show), in
    which case nothing changed and nothing was pushed. A command that turns out to
    change nothing is not pushed either."""
    if command.document is not document:
        raise ValueError("the command was made for another document")
    if document.closed:  # an editor committing while the window closes
        return None
    if document.read_only:
        return localised(ReadOnlyError("store.read_only", path=document.path))
    scenario = document.scenario
    guard = document.edit_guard
    if (
        guard is not None
        and command.scenario_edit
        and document.proposals_of(scenario.id)
        and not guard(scenario)
    ):
        return localised(InvalidValueError("window.baseline_kept", name=scenario.name))
    version = document.version
    try:
        command.apply()
    except RbdeskError as exc:
        return localised(exc)
    if not command.made_change(version):
        return None
    command._done_by_push = True
    (document.plan_stack if command.plan_level else document.undo_stack).push(command)
    return None


# -- units --------------------------------------------------------------------------------
class AddUnitCommand(DocumentCommand):
    """Add a unit; undo deletes it, redo puts it back with the same id."""

    def __init__(
        self,
        document: Document,
        parent_id: int | None,
        kind: str,
        name: str,
        **unit_fields: Any,
    ) -> None:
        super().__init__(
            document, QCoreApplication.translate("AddUnitCommand", "Add “{name}”").format(name=name)
        )
        self.parent_id = parent_id
        self.kind = kind
        self.name = name
        self.unit_fields = unit_fields
        self._unit_id: int | None = None
        self._removed: RemovedRecords | None = None

    @property
    def unit_id(self) -> int:
        """The new unit's id, once the command has been pushed."""
        return _applied(self._unit_id)

    def apply(self) -> None:
        if self._removed is None:
            self._unit_id = self.document.add_unit(
                self.parent_id, self.kind, self.name, **self.unit_fields
            )
        else:
            self.document.restore(self._removed)

    def revert(self) -> None:
        self._removed = self.document.delete_unit(self.unit_id)


class RenameUnitCommand(DocumentCommand):
    """Rename a unit. Consecutive renames of one unit merge into one undo step."""

    def __init__(self, document: Document, unit_id: int, name: str) -> None:
        super().__init__(document)
        self.unit_id = unit_id
        self.new_name = name
        self.old_name: str | None = None
        self._set_text()

    def _set_text(self) -> None:
        self.setText(
            QCoreApplication.translate("RenameUnitCommand", "Rename to “{name}”").format(
                name=self.new_name
            )
        )

    def apply(self) -> None:
        unit = self.document.unit(self.unit_id)
        if self.old_name is None:
            self.old_name = unit.name
        self.document.update_unit(replace(unit, name=self.new_name))

    def revert(self) -> None:
        assert self.old_name is not None
        unit = self.document.unit(self.unit_id)
        self.document.update_unit(replace(unit, name=self.old_name), check=False)

    def id(self) -> int:
        return RENAME_UNIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, RenameUnitCommand) or other.unit_id != self.unit_id:
            return False
        self.new_name = other.new_name
        self._set_text()
        # Renamed back to where it started: the step does nothing and leaves the stack.
        self.setObsolete(self.new_name == self.old_name)
        return True


class EditUnitCommand(DocumentCommand):
    """Change any fields of a unit: holds the old and the new ``Unit``."""

    def __init__(self, document: Document, unit: Unit) -> None:
        super().__init__(
            document,
            QCoreApplication.translate("EditUnitCommand", "Edit “{name}”").format(name=unit.name),
        )
        self.new = unit
        self.old: Unit | None = None

    def apply(self) -> None:
        if self.old is None:
            self.old = self.document.unit(self.new.id)
        self.document.update_unit(self.new)

    def revert(self) -> None:
        assert self.old is not None
        self.document.update_unit(self.old, check=False)


class MoveUnitCommand(DocumentCommand):
    """Move a unit under another parent (or elsewhere among its siblings). Remembers
    the old parent and the sibling order it changed, so undo restores both."""

    def __init__(
        self,
        document: Document,
        unit_id: int,
        new_parent_id: int | None,
        position: int | None = None,
    ) -> None:
        super().__init__(
            document,
            QCoreApplication.translate("MoveUnitCommand", "Move “{name}”").format(
                name=_unit_name(document, unit_id)
            ),
        )
        self.unit_id = unit_id
        self.new_parent_id = new_parent_id
        self.position = position
        self.old_places: dict[int, Place] | None = None
        self.new_places: dict[int, Place] = {}

    def apply(self) -> None:
        if self.old_places is None:
            self.old_places = self.document.move_unit(
                self.unit_id, self.new_parent_id, self.position
            )
            units = self.document.structure.units
            self.new_places = {
                uid: (units[uid].parent_id, units[uid].sort_order) for uid in self.old_places
            }
        else:
            self.document.set_places(self.new_places)

    def revert(self) -> None:
        assert self.old_places is not None
        self.document.set_places(self.old_places, check=False)


class DeleteUnitCommand(DocumentCommand):
    """Delete a unit with its subtree and everything attached; undo puts all of it
    back with the same ids and sibling order."""

    def __init__(self, document: Document, unit_id: int) -> None:
        super().__init__(
            document,
            QCoreApplication.translate("DeleteUnitCommand", "Delete “{name}”").format(
                name=_unit_name(document, unit_id)
            ),
        )
        self.unit_id = unit_id
        self.removed: RemovedRecords | None = None

    def apply(self) -> None:
        self.removed = self.document.delete_unit(self.unit_id)

    def revert(self) -> None:
        assert self.removed is not None
        self.document.restore(self.removed)


class SetAssignmentsCommand(DocumentCommand):
    """Replace the urusan assignments of a unit."""

    def __init__(
        self, document: Document, unit_id: int, assignments: Iterable[UrusanAssignment]
    ) -> None:
        super().__init__(
            document,
            QCoreApplication.translate(
                "SetAssignmentsCommand", "Set the urusan of “{name}”"
            ).format(name=_unit_name(document, unit_id)),
        )
        self.unit_id = unit_id
        self.new = tuple(assignments)
        self.old: tuple[UrusanAssignment, ...] | None = None

    def apply(self) -> None:
        if self.old is None:
            self.old = tuple(self.document.assignments_of(self.unit_id))
        self.document.set_assignments(self.unit_id, self.new)

    def revert(self) -> None:
        assert self.old is not None
        self.document.set_assignments(self.unit_id, self.old, check=False)


# -- positions ------------------------------------------------------------------------------
class AddPositionCommand(DocumentCommand):
    """Add a position; redo after undo puts it back with the same id."""

    def __init__(self, document: Document, position: Position) -> None:
        super().__init__(
            document,
            QCoreApplication.translate("AddPositionCommand", "Add position “{title}”").format(
                title=position.title
            ),
        )
        self.new = position
        self._position_id: int | None = None
        self._added: Position | None = None

    @property
    def position_id(self) -> int:
        """The new position's id, once the command has been pushed."""
        return _applied(self._position_id)

    def apply(self) -> None:
        if self._added is None:
            self._position_id = self.document.add_position(self.new)
            self._added = self.document.position(self._position_id)
        else:
            self.document.restore_position(self._added)

    def revert(self) -> None:
        self.document.delete_position(self.position_id)


class EditPositionCommand(DocumentCommand):
    def __init__(self, document: Document, position: Position) -> None:
        super().__init__(
            document,
            QCoreApplication.translate("EditPositionCommand", "Edit position “{title}”").format(
                title=position.title
            ),
        )
        self.new = position
        self.old: Position | None = None

    def apply(self) -> None:
        if self.old is None:
            self.old = self.document.position(self.new.id)
        self.document.update_position(self.new)

    def revert(self) -> None:
        assert self.old is not None
        self.document.update_position(self.old, check=False)


class DeletePositionCommand(DocumentCommand):
    def __init__(self, document: Document, position_id: int) -> None:
        super().__init__(
            document, QCoreApplication.translate("DeletePositionCommand", "Delete position")
        )
        self.position_id = position_id
        self.old: Position | None = None

    def apply(self) -> None:
        self.old = self.document.delete_position(self.position_id)
        self.setText(
            QCoreApplication.translate("DeletePositionCommand", "Delete position “{title}”").format(
                title=self.old.title
            )
        )

    def revert(self) -> None:
        assert self.old is not None
        self.document.restore_position(self.old)


# -- IKU ------------------------------------------------------------------------------------
class AddIkuCommand(DocumentCommand):
    """Add a key performance indicator; redo after undo puts it back with the same id."""

    def __init__(self, document: Document, iku: Iku) -> None:
        super().__init__(
            document,
            QCoreApplication.translate("AddIkuCommand", "Add IKU “{name}”").format(
                name=iku.indicator
            ),
        )
        self.new = iku
        self._iku_id: int | None = None
        self._added: Iku | None = None

    @property
    def iku_id(self) -> int:
        """The new IKU's id, once the command has been pushed."""
        return _applied(self._iku_id)

    def apply(self) -> None:
        if self._added is None:
            self._iku_id = self.document.add_iku(self.new)
            self._added = self.document.iku(self._iku_id)
        else:
            self.document.restore_iku(self._added)

    def revert(self) -> None:
        self.document.delete_iku(self.iku_id)


class EditIkuCommand(DocumentCommand):
    def __init__(self, document: Document, iku: Iku) -> None:
        super().__init__(
            document,
            QCoreApplication.translate("EditIkuCommand", "Edit IKU “{name}”").format(
                name=iku.indicator
            ),
        )
        self.new = iku
        self.old: Iku | None = None

    def apply(self) -> None:
        if self.old is None:
            self.old = self.document.iku(self.new.id)
        self.document.update_iku(self.new)

    def revert(self) -> None:
        assert self.old is not None
        self.document.update_iku(self.old, check=False)


class DeleteIkuCommand(DocumentCommand):
    def __init__(self, document: Document, iku_id: int) -> None:
        super().__init__(document, QCoreApplication.translate("DeleteIkuCommand", "Delete IKU"))
        self.iku_id = iku_id
        self.old: Iku | None = None

    def apply(self) -> None:
        self.old = self.document.delete_iku(self.iku_id)
        self.setText(
            QCoreApplication.translate("DeleteIkuCommand", "Delete IKU “{name}”").format(
                name=self.old.indicator
            )
        )

    def revert(self) -> None:
        assert self.old is not None
        self.document.restore_iku(self.old)


# -- gestures of several changes ----------------------------------------------------------
class SetPlanDetailsCommand(DocumentCommand):
    """Change the region's details and the signatories of the proposal."""

    scenario_edit = False
    plan_level = True

    def __init__(
        self, document: Document, region: Region, signatories: Iterable[Signatory]
    ) -> None:
        super().__init__(
            document, QCoreApplication.translate("SetPlanDetailsCommand", "Edit the plan details")
        )
        self.new = (region, tuple(signatories))
        self.old = (document.region, document.signatories())

    def apply(self) -> None:
        self.document.set_plan_details(*self.new)

    def revert(self) -> None:
        self.document.set_plan_details(*self.old)


class GroupCommand(DocumentCommand):
    """Several commands made by one gesture, undone and redone as one step (a drag of
    several boxes, a delete of a selection). If one of them is refused, those already
    applied are taken back and the error is raised: all or nothing."""

    def __init__(self, document: Document, text: str, commands: Sequence[DocumentCommand]) -> None:
        super().__init__(document, text)
        if any(c.document is not document for c in commands):
            raise ValueError("every command of a group must be for the same document")
        # Plain Python list, not Qt children: the group calls apply/revert itself.
        self.commands = list(commands)

    def apply(self) -> None:
        # one transaction: a crash half-way leaves the file as it was before the step
        with self.document.store.transaction():
            done: list[DocumentCommand] = []
            try:
                for command in self.commands:
                    command.apply()
                    done.append(command)
            except BaseException:
                for command in reversed(done):
                    command.revert()
                raise

    def revert(self) -> None:
        with self.document.store.transaction():
            for command in reversed(self.commands):
                command.revert()


__all__ = [
    "AddIkuCommand",
    "AddPositionCommand",
    "AddUnitCommand",
    "DeleteIkuCommand",
    "DeletePositionCommand",
    "DeleteUnitCommand",
    "DocumentCommand",
    "EditIkuCommand",
    "EditPositionCommand",
    "EditUnitCommand",
    "GroupCommand",
    "MoveUnitCommand",
    "RenameUnitCommand",
    "SetAssignmentsCommand",
    "SetPlanDetailsCommand",
    "push",
]
