"""The operations panel: the restructuring steps of the active proposal in their
order, with kind, units and reason. Choosing a step shows its units in the chart and
the tree; its reason and legal basis can be edited (one undo step)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rbdesk.domain.model import Operation
from rbdesk.i18n import labels
from rbdesk.ui.commands import push
from rbdesk.ui.opcommands import OperationTextCommand
from rbdesk.ui.opdialogs import ReasonDialog
from rbdesk.ui.plaintext import plain_label, plain_tooltip

# How many unit names a cell lists before it says how many more.
NAMES_SHOWN = 4


class OperationsPanel(QWidget):
    """The steps of the active scenario (a proposal) as a table."""

    # The proposal units of the chosen step (to select in the chart and the tree).
    units_chosen = Signal(list)

    NUMBER, KIND, BEFORE, AFTER, REASON, BASIS = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operationsList")
        self.document: Any = None
        self.language = "id"
        self._shown: tuple[Any, ...] = ()
        self._baseline: tuple[int | None, dict[int, str]] = (None, {})
        self.active_dialog: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.notice = plain_label(QLabel(self))
        self.notice.setObjectName("operationsNotice")
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("operationsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (self.NUMBER, self.KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((self.BEFORE, 220), (self.AFTER, 220), (self.BASIS, 180)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(self.REASON, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.count = plain_label(QLabel(self))
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editStepReason")
        self.edit_button.setEnabled(False)
        row.addWidget(self.count, 1)
        row.addWidget(self.edit_button)
        layout.addLayout(row)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.edit_reason())
        self.edit_button.clicked.connect(self.edit_reason)
        self.retranslate_ui()

    def set_document(self, document: Any) -> None:
        self.document = document
        self._shown = ()
        self._baseline = (None, {})
        document.version_changed.connect(self._version_changed)
        document.scenario_reset.connect(self._scenario_reset)
        self.refresh()

    def _version_changed(self, _version: int) -> None:
        self.refresh()

    def _scenario_reset(self) -> None:
        self._baseline = (None, {})  # the baseline may have been edited meanwhile
        self.refresh(force=True)

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate_ui()
        self.refresh(force=True)

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Step"), self.tr("Units before"), self.tr("Units after"),
            self.tr("Reason"), self.tr("Legal basis"),
        ])  # fmt: skip
        self.edit_button.setText(self.tr("Edit the reason…"))

    # -- contents ------------------------------------------------------------------------
    def operations(self) -> list[Operation]:
        return [] if self.document is None else list(self.document.structure.operations)

    def _baseline_names(self) -> dict[int, str]:
        """Unit id -> name in the scenario the proposal was derived from: only the names
        are read (``Store.unit_names``), not the whole scenario, which on a plan of
        10,000 units stalled each switch to a proposal by 150 ms."""
        source = self.document.scenario.derived_from
        if source is None:
            return {}
        if self._baseline[0] != source:
            try:
                names = self.document.store.unit_names(source)
            except Exception:  # noqa: BLE001 - the names are a courtesy; ids stand in
                names = {}
            self._baseline = (source, names)
        return self._baseline[1]

    def refresh(self, *, force: bool = False) -> None:
        if self.document is None:
            return
        operations = self.operations()
        key = (self.document.scenario.id, self.language, tuple(operations))
        if key == self._shown and not force:
            return
        self._shown = key
        chosen = self.chosen_operation()
        proposal = self.document.scenario.derived_from is not None
        self.notice.setVisible(not proposal)
        self.notice.setText(
            self.tr(
                "Restructuring steps are made in a proposal. This scenario is the current "
                "condition: create a proposal from it (Analysis → New proposal…)."
            )
        )
        words = labels(self.language)
        before_names = self._baseline_names() if operations else {}
        after_names = self.document.structure.units
        self.table.setUpdatesEnabled(False)
        self.table.blockSignals(True)
        self.table.setRowCount(len(operations))
        for row, op in enumerate(operations):
            before = [before_names.get(u, f"#{u}") for u in op.before]
            after = [after_names[u].name for u in op.after if u in after_names]
            cells = (str(row + 1), words.operation(op.kind.value), _listed(before),
                     _listed(after), op.justification, op.basis)  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(" ".join(text.split()))
                item.setData(Qt.ItemDataRole.UserRole, op.id)
                if column in (self.BEFORE, self.AFTER, self.REASON, self.BASIS) and text:
                    full = (
                        "\n".join(before if column == self.BEFORE else after)
                        if column in (self.BEFORE, self.AFTER)
                        else text
                    )
                    item.setToolTip(plain_tooltip(full))
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.table.setUpdatesEnabled(True)
        self.count.setText(self.tr("{n} steps").format(n=len(operations)))
        if chosen is not None:
            self.choose(chosen)
        self.edit_button.setEnabled(self.chosen_operation() is not None
                                    and not self.document.read_only)  # fmt: skip

    def chosen_operation(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def choose(self, operation_id: int) -> bool:
        """Select the row of an operation (which shows its units)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == operation_id:
                self.table.selectRow(row)
                return True
        return False

    def _chosen(self) -> None:
        op_id = self.chosen_operation()
        self.edit_button.setEnabled(op_id is not None and self.document is not None
                                    and not self.document.read_only)  # fmt: skip
        if op_id is None or self.document is None:
            return
        op = next((o for o in self.operations() if o.id == op_id), None)
        if op is not None:
            units = self.document.structure.units
            self.units_chosen.emit([u for u in op.after if u in units])

    # -- the reason ---------------------------------------------------------------------------
    def edit_reason(self) -> ReasonDialog | None:
        """Open the reason of the chosen step for editing (non-blocking)."""
        doc = self.document
        op_id = self.chosen_operation()
        if doc is None or op_id is None or doc.read_only:
            return None
        op = next(o for o in self.operations() if o.id == op_id)

        def submit(reason: str, basis: str) -> str | None:
            if reason.strip() == op.justification and basis.strip() == op.basis:
                return None
            error = push(doc, OperationTextCommand(doc, op_id, reason, basis))
            return None if error is None else str(error)

        dialog = ReasonDialog(op.justification, op.basis, submit, self)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        self.active_dialog = dialog
        return dialog


def _listed(names: list[str]) -> str:
    if len(names) <= NAMES_SHOWN:
        return "; ".join(names)
    return "; ".join(names[:NAMES_SHOWN]) + f" (+{len(names) - NAMES_SHOWN})"


__all__ = ["OperationsPanel"]
