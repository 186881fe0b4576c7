"""Undo commands for the plan's scenarios: a proposal created, a scenario renamed or
deleted. They go on the plan's own stack (``DocumentCommand.plan_level``), which the
window undoes in turn with the active scenario's (``rbdesk.ui.history``).

A deletion keeps what it took out of the file (a ``ScenarioSnapshot``): undo puts the
scenario back with every id it had, so the commands of its own undo history, and later
plan commands naming it, still hold. Redo of a creation is such a restore too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rbdesk.domain.model import ScenarioSnapshot
from rbdesk.ui.commands import DocumentCommand
from rbdesk.ui.document import Document


class _ScenarioCommand(DocumentCommand):
    scenario_edit = False  # the baseline's guard is about its units, not its name
    plan_level = True

    def made_change(self, version_before: int) -> bool:
        return True  # apply() raised if it could not be done


class CreateProposalCommand(_ScenarioCommand):
    """Copy a scenario into a new proposal and make it active; undo deletes it (and
    returns to the scenario that was active), redo puts the same proposal back."""

    def __init__(self, document: Document, name: str, source_id: int | None = None) -> None:
        super().__init__(
            document,
            QCoreApplication.translate("CreateProposalCommand", "New proposal “{name}”").format(
                name=name
            ),
        )
        self.name = name
        self.source_id = document.scenario.id if source_id is None else source_id
        self.previous_id = document.scenario.id
        self.scenario_id: int | None = None
        self.snapshot: ScenarioSnapshot | None = None

    def apply(self) -> None:
        if self.snapshot is None:
            self.scenario_id = self.document.create_proposal(self.name, source_id=self.source_id).id
        else:
            self.document.restore_scenario(self.snapshot)
            self.snapshot = None

    def revert(self) -> None:
        assert self.scenario_id is not None
        self.snapshot = self.document.delete_scenario(self.scenario_id)
        if self.document.scenario.id != self.previous_id:
            self.document.switch_scenario(self.previous_id)


class RenameScenarioCommand(_ScenarioCommand):
    def __init__(self, document: Document, scenario_id: int, name: str) -> None:
        super().__init__(
            document,
            QCoreApplication.translate(
                "RenameScenarioCommand", "Rename scenario to “{name}”"
            ).format(name=name),
        )
        self.scenario_id = scenario_id
        self.old = next(s.name for s in document.scenarios() if s.id == scenario_id)
        self.new = name

    def made_change(self, version_before: int) -> bool:
        return self.old != self.new

    def apply(self) -> None:
        self.document.rename_scenario(self.scenario_id, self.new)

    def revert(self) -> None:
        self.document.rename_scenario(self.scenario_id, self.old)


class DeleteScenarioCommand(_ScenarioCommand):
    """Delete a scenario with all it holds; undo puts it back with its ids and its
    undo history, and makes it active again if it was."""

    def __init__(self, document: Document, scenario_id: int) -> None:
        name = next(s.name for s in document.scenarios() if s.id == scenario_id)
        super().__init__(
            document,
            QCoreApplication.translate("DeleteScenarioCommand", "Delete scenario “{name}”").format(
                name=name
            ),
        )
        self.scenario_id = scenario_id
        self.was_active = document.scenario.id == scenario_id
        self.snapshot: ScenarioSnapshot | None = None

    def apply(self) -> None:
        self.snapshot = self.document.delete_scenario(self.scenario_id)

    def revert(self) -> None:
        assert self.snapshot is not None
        self.document.restore_scenario(self.snapshot, switch=self.was_active)
        self.snapshot = None


__all__ = ["CreateProposalCommand", "DeleteScenarioCommand", "RenameScenarioCommand"]
