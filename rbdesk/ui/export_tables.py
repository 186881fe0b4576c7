"""*Berkas → Ekspor tabel…*: the plan's tables to XLSX or CSV, its structure to GraphML,
the whole plan (or the scenario shown) to the lossless JSON (issue 15 items 3 and 4).

It runs the command line's export (:func:`rbdesk.cli_export.export`) on the plan's file,
in the window's language; the file appears whole or not at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLineEdit, QPushButton

from rbdesk.cli_export import WHAT, export
from rbdesk.domain.errors import RbdeskError
from rbdesk.ui.dialogs import FormDialog
from rbdesk.ui.messages import said, window_language

TABLE_NAMES = {
    "units": QT_TRANSLATE_NOOP("ExportTablesDialog", "Units (every field)"),
    "positions": QT_TRANSLATE_NOOP("ExportTablesDialog", "Positions (peta jabatan)"),
    "findings": QT_TRANSLATE_NOOP("ExportTablesDialog", "Findings"),
    "compare": QT_TRANSLATE_NOOP("ExportTablesDialog", "Before and after, and the change sheet"),
    "operations": QT_TRANSLATE_NOOP("ExportTablesDialog", "Restructuring steps"),
    "pemetaan": QT_TRANSLATE_NOOP("ExportTablesDialog", "Pemetaan urusan"),
    "all": QT_TRANSLATE_NOOP("ExportTablesDialog", "Every table (XLSX)"),
}
FORMATS = {
    ".xlsx": QT_TRANSLATE_NOOP("ExportTablesDialog", "Excel workbook (.xlsx)"),
    ".csv": QT_TRANSLATE_NOOP("ExportTablesDialog", "CSV (.csv)"),
    ".graphml": QT_TRANSLATE_NOOP("ExportTablesDialog", "GraphML for yEd and Gephi (.graphml)"),
    ".json": QT_TRANSLATE_NOOP("ExportTablesDialog", "The whole plan, lossless (.json)"),
}


class ExportTablesDialog(FormDialog):
    """See the module docstring."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("exportTablesDialog")
        self.setWindowTitle(self.tr("Export tables"))
        self.window_ = window
        document = window.document
        self.what = QComboBox(self)
        self.what.setObjectName("exportWhat")
        for key in WHAT:
            name = QCoreApplication.translate("ExportTablesDialog", str(TABLE_NAMES[key]))
            self.what.addItem(name, key)
        self.format = QComboBox(self)
        self.format.setObjectName("exportFormat")
        for suffix, label in FORMATS.items():
            shown = QCoreApplication.translate("ExportTablesDialog", str(label))
            self.format.addItem(shown, suffix)
        self.shown_only = QCheckBox(self.tr("The scenario shown ({name}) only").format(
            name=document.scenario.name), self)  # fmt: skip
        self.shown_only.setObjectName("exportShownOnly")
        self.shown_only.setChecked(True)
        self.path = QLineEdit(str(document.path.with_suffix(".xlsx")), self)
        self.path.setObjectName("exportPath")
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.form.addRow(self.tr("Table"), self.what)
        self.form.addRow(self.tr("Format"), self.format)
        self.form.addRow("", self.shown_only)
        self.form.addRow(self.tr("File"), row)
        self.format.currentIndexChanged.connect(self._format_chosen)
        self.what.currentIndexChanged.connect(self._format_chosen)
        self.finish_layout()
        self.resize(560, 230)
        self._format_chosen()

    def _format_chosen(self) -> None:
        suffix = self.format.currentData()
        path = Path(self.path.text().strip() or "tabel")
        self.path.setText(str(path.with_suffix(suffix)))
        whole = suffix in (".graphml", ".json")
        self.what.setEnabled(not whole)
        # the JSON is the whole plan unless the scenario shown alone is asked for
        self.shown_only.setVisible(suffix == ".json")

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text())
        if name:
            self.path.setText(name)

    def value(self) -> tuple[Path, str, str | None]:
        suffix = self.format.currentData()
        what = "units" if suffix in (".graphml", ".json") else self.what.currentData()
        scenario = self.window_.document.scenario.name
        if suffix == ".json" and not self.shown_only.isChecked():
            scenario = None
        return Path(self.path.text().strip()), what, scenario

    def validate(self) -> str | None:
        out, what, _scenario = self.value()
        if out.suffix.lower() != self.format.currentData():
            return self.tr("The file must end in {suffix}.").format(
                suffix=self.format.currentData()
            )
        if out.suffix.lower() == ".csv" and what == "all":
            return self.tr("A CSV file holds one table: choose one, or Excel.")
        if out.exists():
            return self.tr("{path} exists: choose another file.").format(path=out)
        if not out.parent.is_dir():
            return self.tr("The folder {path} does not exist.").format(path=out.parent)
        return None

    def accept(self) -> None:
        reason = self.validate()
        if reason is None:
            out, what, scenario = self.value()
            document = self.window_.document
            try:
                written = export(document.store, out, what, scenario, window_language())
            except (RbdeskError, OSError) as exc:
                reason = said(exc)
            else:
                self.window_.statusBar().showMessage(
                    self.tr("Exported to {path}: {what}").format(path=out, what=written), 8000
                )
        if reason:
            self.error.setText(reason)
            return
        self.error.clear()
        super(FormDialog, self).accept()


def open_export_tables_dialog(window: Any) -> ExportTablesDialog | None:
    if window.document is None:
        return None
    dialog = ExportTablesDialog(window)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    window.active_dialog = dialog
    return dialog
