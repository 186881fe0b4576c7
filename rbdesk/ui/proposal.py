"""The *Penataan* (restructure) menu: the operations of a proposal on the units the
planner chose in the tree or the chart.

Each action opens its dialog (``rbdesk.ui.opdialogs``) without blocking; OK pushes
one ``OperationCommand``. On a scenario that is not a proposal every action is
refused with the domain's explanation (operations belong in a proposal; plain edits
stay plain edits). After a merge, the surviving unit's tugas and fungsi still
describe one of the old units: the planner is offered to edit them at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from rbdesk.domain import operations as ops
from rbdesk.domain.errors import RbdeskError
from rbdesk.domain.model import OperationKind
from rbdesk.ui import plaintext
from rbdesk.ui.commands import push
from rbdesk.ui.messages import said
from rbdesk.ui.opcommands import OperationCommand
from rbdesk.ui.opdialogs import (
    AbolishDialog,
    ConvertDialog,
    CreateDialog,
    MergeDialog,
    MoveDialog,
    OperationDialog,
    RenameDialog,
    RetypeDialog,
    SplitDialog,
)

if TYPE_CHECKING:
    from rbdesk.ui.mainwindow import MainWindow

# action name → (fewest units, most units or None, the dialog's maker)
_Maker = Callable[[Any, Sequence[int], str, Any], OperationDialog]


def _one(cls: Any) -> _Maker:
    return lambda doc, ids, lang, parent: cls(doc, ids[0], lang, parent)


def _many(cls: Any) -> _Maker:
    return lambda doc, ids, lang, parent: cls(doc, ids, lang, parent)


ACTIONS: dict[str, tuple[int, int | None, _Maker]] = {
    "actionMerge": (2, None, _many(MergeDialog)),
    "actionSplit": (1, 1, _one(SplitDialog)),
    "actionMoveUnits": (1, None, _many(MoveDialog)),
    "actionCreateUnit": (1, 1, _one(CreateDialog)),
    "actionAbolish": (1, None, _many(AbolishDialog)),
    "actionRenameUnit": (1, 1, _one(RenameDialog)),
    "actionRetype": (1, 1, _one(RetypeDialog)),
    "actionToFunctional": (1, None, _many(ConvertDialog)),
}


class ProposalActions(QObject):
    """The actions of the restructure menu, enabled by how many units are chosen."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        for name in ACTIONS:
            action = window._action(name)
            action.triggered.connect(lambda _=False, n=name: self.run(n))
            self.actions[name] = action
        self.menu = QMenu(window)
        self.menu.setObjectName("menuRestructure")
        self.menu.addActions([self.actions[n] for n in ("actionMerge", "actionSplit",
                                                        "actionToFunctional")])  # fmt: skip
        self.menu.addSeparator()
        self.menu.addActions([self.actions[n] for n in ("actionMoveUnits", "actionCreateUnit",
                                                        "actionAbolish")])  # fmt: skip
        self.menu.addSeparator()
        self.menu.addActions([self.actions[n] for n in ("actionRenameUnit", "actionRetype")])
        self.update_enabled([])

    def retranslate_ui(self) -> None:
        self.menu.setTitle(self.tr("&Restructure"))
        texts = {
            "actionMerge": self.tr("Merge units…"),
            "actionSplit": self.tr("Split unit…"),
            "actionMoveUnits": self.tr("Move units…"),
            "actionCreateUnit": self.tr("Form a unit under…"),
            "actionAbolish": self.tr("Abolish units…"),
            "actionRenameUnit": self.tr("Change the name (nomenclature)…"),
            "actionRetype": self.tr("Change the type…"),
            "actionToFunctional": self.tr("Convert to a functional group…"),
        }
        for name, text in texts.items():
            self.actions[name].setText(text)

    def update_enabled(self, unit_ids: Sequence[int]) -> None:
        """Enable the actions that take as many units as are chosen."""
        doc = self.window.document
        writable = doc is not None and not doc.read_only
        for name, (least, most, _maker) in ACTIONS.items():
            fits = len(unit_ids) >= least and (most is None or len(unit_ids) <= most)
            self.actions[name].setEnabled(writable and fits)

    def context_menu(self, parent: QMenu) -> QMenu:
        """The restructure actions as a submenu of a context menu."""
        sub = parent.addMenu(self.menu.title())
        sub.setObjectName("menuRestructureContext")
        sub.addActions(self.menu.actions())
        return sub

    # -- running one ---------------------------------------------------------------------------
    def run(self, name: str) -> OperationDialog | None:
        """Open the dialog of an operation on the chosen units, or say why not."""
        window, doc = self.window, self.window.document
        if doc is None:
            return None
        ids = window.selected_units()
        least, most, maker = ACTIONS[name]
        if len(ids) < least or (most is not None and len(ids) > most):
            return None
        try:
            ops.check_proposal(doc.structure)
        except RbdeskError:
            plaintext.information(window, self.tr("Restructure"), self.tr(
                "“{name}” is the current condition: restructuring steps are made in a "
                "proposal, so that the comparison can show them. Create one with Analysis → "
                "New proposal… (or choose one in the scenario list) and make the step "
                "there.").format(name=doc.scenario.name))  # fmt: skip
            return None
        try:
            dialog = maker(doc, ids, window.language, window)
        except RbdeskError as exc:
            plaintext.warning(window, self.tr("Restructure"), said(exc))
            return None
        dialog.accepted.connect(lambda: self.commit(dialog, ids))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        window.active_dialog = dialog
        return dialog

    def commit(self, dialog: OperationDialog, taken: Sequence[int]) -> OperationCommand | None:
        """Push the accepted plan as one undo step and select what it left."""
        window, doc = self.window, self.window.document
        if doc is None or dialog.plan is None:
            return None
        command = OperationCommand(doc, dialog.plan, taken)
        error = push(doc, command)
        if error is not None:
            plaintext.warning(window, self.tr("Restructure"), str(error))
            return None
        if command.applied is None:  # pushed nothing: the step changed nothing
            return None
        left = [command.unit_id(u) for u in dialog.plan.operation.after]
        left = [u for u in left if u in doc.structure.units]
        if left:
            window.select_units(left)
        if dialog.plan.operation.kind is OperationKind.MERGE and left:
            self.offer_tasks(left[0])
        return command

    def offer_tasks(self, unit_id: int) -> bool:
        """After a merge: the tugas and fungsi of the unit that came out still say what
        one of the old units did. Offer to edit them now."""
        window, doc = self.window, self.window.document
        if doc is None:
            return False
        unit = doc.unit(unit_id)
        answer = plaintext.question(
            window, self.tr("Merge units"),
            self.tr("The tugas and fungsi of “{name}” still describe the units before the "
                    "merge. Edit them now?").format(name=unit.name),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return False
        window.select_unit(unit_id)
        window.edit_tasks()
        return True


__all__ = ["ACTIONS", "ProposalActions"]
