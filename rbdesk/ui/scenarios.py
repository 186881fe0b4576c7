"""The scenarios of the open plan in the window: the scenario selector, new proposal,
rename and delete, and two promises to the planner:

- switching scenarios keeps what the planner opened in the tree (units of the same
  name stay expanded: a proposal is a copy of its baseline) and each scenario's undo
  history (the document keeps one per scenario);
- a scenario a proposal derives from is its baseline (every comparison measures
  against it): its first edit in a session asks first;
- the scenario last worked on in a plan is the one it reopens on.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

from rbdesk.domain.model import Scenario
from rbdesk.ui import plaintext
from rbdesk.ui.commands import push
from rbdesk.ui.document import Document
from rbdesk.ui.messages import said
from rbdesk.ui.models import StructureModel
from rbdesk.ui.scenario_commands import (
    CreateProposalCommand,
    DeleteScenarioCommand,
    RenameScenarioCommand,
)

if TYPE_CHECKING:
    from rbdesk.ui.mainwindow import MainWindow


def _plan_key(document: Document) -> str:
    """The settings key under which a plan's last scenario is kept."""
    path = str(document.path.resolve())
    return "lastScenario/" + hashlib.sha1(path.encode("utf-8")).hexdigest()[:16]


class ScenarioControl(QObject):
    """The window's handling of scenarios (see the module docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        #: Baselines the planner agreed to edit in this session.
        self._baselines_confirmed: set[int] = set()
        self._asking = False
        window.scenario_selector.activated.connect(self._scenario_chosen)
        window.act_new_proposal.triggered.connect(self.new_proposal_dialog)
        window.act_rename_scenario.triggered.connect(self.rename_scenario_dialog)
        window.act_delete_scenario.triggered.connect(self.delete_scenario_dialog)

    @property
    def document(self) -> Document | None:
        return self.window.document

    def set_document(self, document: Document) -> None:
        self._baselines_confirmed = set()
        document.edit_guard = self.may_edit
        document.scenarios_changed.connect(self.fill)
        document.scenario_reset.connect(self.fill)
        document.scenario_reset.connect(self._remember)
        document.scenarios_changed.connect(self._remember)  # a rename
        self.reopen_last(document)
        self.fill()

    # -- the selector -------------------------------------------------------------------------
    def fill(self) -> None:
        doc, selector = self.document, self.window.scenario_selector
        if doc is None:
            return
        selector.blockSignals(True)
        selector.clear()
        active = doc.scenario.id
        for scenario in doc.scenarios():
            label = scenario.name
            if scenario.role.value == "proposal":
                label = self.tr("{name} (proposal)").format(name=scenario.name)
            selector.addItem(label, scenario.id)
            if scenario.id == active:
                selector.setCurrentIndex(selector.count() - 1)
        selector.blockSignals(False)

    def _scenario_chosen(self, index: int) -> None:
        self.switch_to(self.window.scenario_selector.itemData(index))

    def switch_to(self, scenario_id: int) -> None:
        """Make a scenario active; the tree keeps what the planner opened: units of the
        same name stay expanded in the other scenario."""
        doc = self.document
        if doc is not None and scenario_id != doc.scenario.id:
            expanded = self.expanded_names()
            doc.switch_scenario(scenario_id)
            self.expand_names(expanded)

    def expanded_names(self) -> set[str]:
        window, doc = self.window, self.document
        if doc is None:
            return set()
        model, units, names = window.structure_model, doc.structure.units, set()
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop()
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                if window.tree.isExpanded(index):
                    unit = units.get(index.data(StructureModel.UnitIdRole))
                    if unit is not None:
                        names.add(unit.name)
                    pending.append(index)
        return names

    def expand_names(self, names: set[str]) -> None:
        window, doc = self.window, self.document
        if doc is None or not names:
            return
        for uid, unit in doc.structure.units.items():
            if unit.name in names:
                index = window.structure_model.index_of(uid)
                if index.isValid():
                    window.tree.expand(index)

    # -- the baseline ---------------------------------------------------------------------------
    def may_edit(self, scenario: Scenario) -> bool:
        """Asked by the document before an edit of a scenario a proposal derives from:
        the first time in a session, the planner confirms."""
        if scenario.id in self._baselines_confirmed:
            return True
        if self._asking:  # a second edit while the question is open (a focus change)
            return False
        doc = self.document
        names = ", ".join(s.name for s in doc.proposals_of(scenario.id)) if doc else ""
        self._asking = True
        try:
            answer = plaintext.question(
                self.window, self.tr("Edit the baseline"),
                self.tr("“{name}” is the baseline of {proposals}: every comparison and the "
                        "report measure the proposal against it. Edit it anyway?").format(
                    name=scenario.name, proposals=names),
            )  # fmt: skip
        finally:
            self._asking = False
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._baselines_confirmed.add(scenario.id)
        return True

    def allow_baseline_edits(self) -> None:
        """Take every baseline of the plan as confirmed for this session."""
        if self.document is not None:
            self._baselines_confirmed |= {s.id for s in self.document.scenarios()}

    # -- the last scenario -----------------------------------------------------------------------
    def _remember(self) -> None:
        doc = self.document
        if doc is not None:
            self.window.settings.setValue(_plan_key(doc), doc.scenario.name)

    def reopen_last(self, document: Document) -> None:
        """Make the scenario last worked on in this plan active (by name)."""
        name = self.window.settings.value(_plan_key(document))
        if not isinstance(name, str) or name == document.scenario.name:
            return
        for scenario in document.scenarios():
            if scenario.name == name:
                self.switch_to(scenario.id)  # the tree keeps what it has open
                return

    # -- new, rename, delete ---------------------------------------------------------------------
    def new_proposal_dialog(self) -> None:
        doc, window = self.document, self.window
        if doc is None:
            return
        name, ok = QInputDialog.getText(
            window, self.tr("New proposal"), self.tr("Name of the proposal:"),
            text=self.tr("Proposal {n}").format(n=len(doc.scenarios())),
        )  # fmt: skip
        if ok and name.strip():
            expanded = self.expanded_names()
            error = push(doc, CreateProposalCommand(doc, name.strip()))
            if error is not None:
                plaintext.warning(window, self.tr("Cannot create the proposal"), said(error))
            else:
                self.expand_names(expanded)  # the copy opens as its baseline was

    def rename_scenario_dialog(self) -> None:
        doc, window = self.document, self.window
        if doc is None:
            return
        scenario = doc.scenario
        name, ok = QInputDialog.getText(
            window, self.tr("Rename scenario"), self.tr("New name:"), text=scenario.name
        )
        if ok and name.strip():
            error = push(doc, RenameScenarioCommand(doc, scenario.id, name.strip()))
            if error is not None:
                plaintext.warning(window, self.tr("Cannot rename the scenario"), said(error))

    def delete_scenario_dialog(self) -> None:
        doc, window = self.document, self.window
        if doc is None:
            return
        scenario = doc.scenario
        answer = plaintext.question(
            window, self.tr("Delete scenario"),
            self.tr("Delete the scenario '{name}' and everything in it? (Edit → Undo "
                    "brings it back while the plan is open.)").format(name=scenario.name),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            error = push(doc, DeleteScenarioCommand(doc, scenario.id))
            if error is not None:
                plaintext.warning(window, self.tr("Cannot delete the scenario"), said(error))


__all__ = ["ScenarioControl"]
