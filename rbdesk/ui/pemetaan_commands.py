"""Undo commands of the *Pemetaan urusan* view: indicator values, and the year and
source of the data. They change the plan, not one scenario, so they go on the plan's
own stack (``DocumentCommand.plan_level``), like the plan's details."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from rbdesk.domain.pemetaan import Key
from rbdesk.ui.commands import DocumentCommand
from rbdesk.ui.document import Document


class SetPemetaanCommand(DocumentCommand):
    """Set indicator values (``None`` removes one) and, with ``source``, the year and
    source of the data; undo puts the old ones back."""

    scenario_edit = False
    plan_level = True

    def __init__(
        self,
        document: Document,
        changes: Mapping[Key, Decimal | None],
        source: tuple[int | None, str] | None = None,
        text: str | None = None,
        kepulauan: bool | None = None,
    ) -> None:
        if text is None and kepulauan is True:
            text = QCoreApplication.translate(
                "SetPemetaanCommand", "Mark the region berciri kepulauan"
            )
        elif text is None and kepulauan is False:
            text = QCoreApplication.translate(
                "SetPemetaanCommand", "Mark the region not berciri kepulauan"
            )
        if text is None:
            if source is not None and not changes:
                text = QCoreApplication.translate(
                    "SetPemetaanCommand", "Edit the year and source of the pemetaan data"
                )
            elif len(changes) == 1:
                (kode, no), _ = next(iter(changes.items()))
                text = (
                    QCoreApplication.translate("SetPemetaanCommand", "Edit indicator %1 no. %2")
                    .replace("%1", kode)
                    .replace("%2", str(no))
                )
            else:
                text = QCoreApplication.translate(
                    "SetPemetaanCommand", "Set %1 indicator values"
                ).replace("%1", str(len(changes)))
        super().__init__(document, text)
        current = document.pemetaan()
        self.new_values = dict(changes)
        self.old_values = {key: current.values.get(key) for key in changes}
        self.new_source = source
        self.old_source = (current.year, current.source) if source is not None else None
        self.new_kepulauan = kepulauan
        self.old_kepulauan = current.kepulauan if kepulauan is not None else None

    def made_change(self, version_before: int) -> bool:
        return (
            self.new_values != self.old_values
            or self.new_source != self.old_source
            or self.new_kepulauan != self.old_kepulauan
        )

    def apply(self) -> None:
        if self.made_change(0):
            self.document.set_pemetaan(self.new_values, self.new_source, self.new_kepulauan)

    def revert(self) -> None:
        self.document.set_pemetaan(self.old_values, self.old_source, self.old_kepulauan)
