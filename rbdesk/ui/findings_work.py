"""Findings as work (issue 16 item 4): the suggested fix shown for the chosen finding,
sorting by any column, a search, a filter by status, and the planner's decisions —
accept a finding, exempt it with a reason, reopen it — each one undo step, kept in the
plan (``rbdesk.analysis.status``). Exempted findings leave the counts. Choosing a unit
(tree, chart, search) chooses the findings listed that concern it, the first one shown
with its fix (``follow_unit``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rbdesk.analysis.findings import Finding, Severity
from rbdesk.analysis.motives import origins_of
from rbdesk.analysis.status import FindingStatus, Status, counted
from rbdesk.ui import plaintext
from rbdesk.ui.commands import DocumentCommand, push
from rbdesk.ui.document import Document
from rbdesk.ui.messages import said
from rbdesk.ui.models import FindingsModel
from rbdesk.ui.plaintext import plain_label

if TYPE_CHECKING:
    from rbdesk.ui.mainwindow import MainWindow

_VERBS = {
    Status.ACCEPTED: QT_TRANSLATE_NOOP("SetFindingStatusCommand", "Accept a finding"),
    Status.EXEMPTED: QT_TRANSLATE_NOOP("SetFindingStatusCommand", "Exempt a finding"),
    Status.OPEN: QT_TRANSLATE_NOOP("SetFindingStatusCommand", "Reopen a finding"),
}


#: From this width of the findings panel on, the chosen finding is shown beside the table.
WIDE_PANEL = 1000


class SetFindingStatusCommand(DocumentCommand):
    """Record the planner's decision on a finding; undo restores the one before."""

    scenario_edit = False  # a decision about a finding, not a change of the structure

    def __init__(self, document: Document, status: FindingStatus) -> None:
        super().__init__(
            document,
            QCoreApplication.translate("SetFindingStatusCommand", str(_VERBS[status.status])),
        )
        self.new = status
        self.old: FindingStatus | None = None

    def made_change(self, version_before: int) -> bool:
        return self.old is not None and self.old != self.new

    def apply(self) -> None:
        self.old = self.document.set_finding_status(self.new)

    def revert(self) -> None:
        assert self.old is not None
        self.document.set_finding_status(self.old)


class FindingsWork(QObject):
    """See the module docstring."""

    def __init__(self, window: MainWindow, layout: QVBoxLayout, row: QHBoxLayout) -> None:
        """Build into the findings panel: ``layout`` holds the filters' ``row`` and the
        table."""
        super().__init__(window)
        self.window = window
        panel = window.findings.parentWidget()
        assert panel is not None
        # on the filters' row (a laptop's findings panel is short)
        self.search = QLineEdit(panel)
        self.search.setObjectName("findingsSearch")
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(panel)
        self.status_filter.setObjectName("findingsStatusFilter")
        self.accept = QPushButton(panel)
        self.accept.setObjectName("findingAccept")
        self.exempt = QPushButton(panel)
        self.exempt.setObjectName("findingExempt")
        self.reopen = QPushButton(panel)
        self.reopen.setObjectName("findingReopen")
        for n, widget in enumerate((self.search, self.status_filter)):
            row.insertWidget(2 + n, widget, 1 if widget is self.search else 0)
        for n, button in enumerate((self.accept, self.exempt, self.reopen)):
            row.insertWidget(4 + n, button)
        # the chosen finding's text, fix and basis beside the table
        self.detail = plain_label(QLabel(panel))  # a finding quotes the plan's names
        self.detail.setObjectName("findingDetail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_area = scroll = QScrollArea(panel)
        scroll.setObjectName("findingDetailArea")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        scroll.setMinimumWidth(220)
        index = layout.indexOf(window.findings)
        layout.removeWidget(window.findings)
        side = QHBoxLayout()
        side.addWidget(window.findings, 3)
        side.addWidget(scroll, 1)
        layout.insertLayout(index, side, 1)
        panel.installEventFilter(self)
        window.findings.setSortingEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.status_filter.currentIndexChanged.connect(self._filter)
        self.accept.clicked.connect(lambda: self.decide(Status.ACCEPTED))
        self.exempt.clicked.connect(self.exempt_dialog)
        self.reopen.clicked.connect(lambda: self.decide(Status.OPEN))
        self.retranslate_ui()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            # a narrow panel keeps its width for the table (the fix is in its tooltip)
            self.detail_area.setVisible(watched.width() >= WIDE_PANEL)
        return False

    def set_document(self, document: Document) -> None:
        """Follow the new plan's findings table (its model is new with the plan)."""
        view = self.window.findings
        view.selectionModel().currentChanged.connect(self._current_changed)
        document.statuses_changed.connect(self._show_detail)
        document.statuses_changed.connect(self.window._update_counts)
        self._filter()
        self._show_detail()

    # -- the chosen finding -------------------------------------------------------------------
    def current(self) -> tuple[Finding, FindingStatus] | None:
        window = self.window
        index = window.findings.currentIndex()
        if not index.isValid():
            return None
        row = window.findings_filter.mapToSource(index).row()
        return window.findings_model.finding(row), window.findings_model.status(row)

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        chosen = self.current()
        writable = self.window.document is not None and not self.window.document.read_only
        for button in (self.accept, self.exempt, self.reopen):
            button.setEnabled(chosen is not None and writable)
        if chosen is None:
            self.detail.setText(self.tr("Choose a finding to see the suggested fix."))
            return
        finding, status = chosen
        language = self.window.language
        lines = [finding.text(language)]
        fix = finding.fix.get(language, "")
        if fix:
            lines.append(self.tr("Suggested fix: {fix}").format(fix=fix))
        basis = finding.basis_text(language)
        if basis:
            lines.append(self.tr("Basis: {basis}").format(basis=basis))
        if status.status is Status.EXEMPTED:
            lines.append(self.tr("Exempted: {reason}").format(reason=status.reason))
        elif status.status is Status.ACCEPTED:
            lines.append(self.tr("Accepted"))
        self.detail.setText("\n\n".join(lines))  # a blank line between the parts
        self.accept.setEnabled(writable and status.status is not Status.ACCEPTED)
        self.reopen.setEnabled(writable and status.status is not Status.OPEN)

    def follow_unit(self, unit_id: int) -> None:
        """Choose the listed findings that concern ``unit_id``, the first in the list's
        order current (its fix shown) and scrolled to; none chosen when no listed finding
        concerns it. A current finding that concerns the unit stays current (a finding
        double-clicked chooses its unit, which must not move the list)."""
        window = self.window
        view, proxy, model = window.findings, window.findings_filter, window.findings_model
        chosen = self.current()
        if chosen is not None and unit_id in chosen[0].units:
            return
        rows = sorted(
            index.row()
            for row in range(model.rowCount())
            if unit_id in model.finding(row).units
            and (index := proxy.mapFromSource(model.index(row, 0))).isValid()
        )
        selection_model = view.selectionModel()
        if not rows:
            selection_model.clear()
            return
        last = proxy.columnCount() - 1
        selection = QItemSelection()
        for row in rows:
            selection.select(proxy.index(row, 0), proxy.index(row, last))
        first = proxy.index(rows[0], FindingsModel.MESSAGE)
        flags = QItemSelectionModel.SelectionFlag
        selection_model.setCurrentIndex(first, flags.NoUpdate)
        selection_model.select(selection, flags.ClearAndSelect)
        view.scrollTo(first)

    # -- decisions ------------------------------------------------------------------------------
    def decide(self, status: Status, reason: str = "") -> bool:
        chosen, doc = self.current(), self.window.document
        if chosen is None or doc is None:
            return False
        _finding, old = chosen
        new = FindingStatus(old.ref, status, reason.strip())
        error = push(doc, SetFindingStatusCommand(doc, new))
        if error is not None:
            plaintext.warning(self.window, self.tr("The finding was not changed"), said(error))
            return False
        return True

    def exempt_dialog(self) -> bool:
        """Ask why the finding does not apply, then exempt it."""
        if self.current() is None:
            return False
        reason, ok = QInputDialog.getMultiLineText(
            self.window, self.tr("Exempt a finding"),
            self.tr("Why does this finding not apply to the region? (printed in the report)"),
        )  # fmt: skip
        if not ok:
            return False
        if not reason.strip():
            plaintext.warning(self.window, self.tr("The finding was not changed"),
                              self.tr("An exemption needs its reason."))  # fmt: skip
            return False
        return self.decide(Status.EXEMPTED, reason)

    # -- the list -------------------------------------------------------------------------------
    def _filter(self, *_args: object) -> None:
        chosen = self.status_filter.currentData()
        statuses = set(chosen.split(",")) if chosen else set()
        self.window.findings_filter.set_search(self.search.text(), statuses)

    def count_text(self) -> str:
        """The counts shown above the findings: exempted findings are left out."""
        doc = self.window.document
        if doc is None:
            return ""
        findings = doc.findings()
        statuses = doc.finding_statuses()
        kept = counted(findings, statuses, origins_of(doc.structure)) if statuses else findings
        errors = sum(f.severity is Severity.ERROR for f in kept)
        warnings = sum(f.severity is Severity.WARNING for f in kept)
        text = self.tr("{errors} errors, {warnings} warnings, {total} findings").format(
            errors=errors, warnings=warnings, total=len(kept)
        )
        if len(kept) != len(findings):
            text += self.tr(" ({n} exempted)").format(n=len(findings) - len(kept))
        return text

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search findings…"))
        self.accept.setText(self.tr("Accept"))
        self.accept.setToolTip(self.tr("Known and answered: the finding stays counted"))
        self.exempt.setText(self.tr("Exempt…"))
        self.exempt.setToolTip(self.tr("Does not apply here, for a reason the report prints"))
        self.reopen.setText(self.tr("Reopen"))
        current = self.status_filter.currentIndex()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        choices = (
            ("open,accepted", self.tr("Open and accepted")),
            ("open", self.tr("Open")),
            ("accepted", self.tr("Accepted")),
            ("exempted", self.tr("Exempted")),
            ("", self.tr("All statuses")),
        )
        for data, label in choices:
            self.status_filter.addItem(label, data)
        self.status_filter.setCurrentIndex(max(current, 0))
        self.status_filter.blockSignals(False)
        self._show_detail()


__all__ = ["FindingsWork", "SetFindingStatusCommand"]
