"""*Berkas → Ekspor tabel…*: the plan's tables to XLSX or CSV, its structure to GraphML,
the whole plan (or the scenario shown) to the lossless JSON (issue 15 items 3 and 4).

It runs ``rbdesk export`` on the plan's file as a process of its own (as the PDF export
runs ``rbdesk report``: the window stays free, and the tables are the command line's
own), in the window's language; the file appears whole or not at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QProcess, QProcessEnvironment
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
)

from rbdesk.interchange.tables import WHAT
from rbdesk.ui.dialogs import FormDialog
from rbdesk.ui.export import report_command
from rbdesk.ui.messages import window_language

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
        self.process: QProcess | None = None
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
        if reason:
            self.error.setText(reason)
            return
        if self.process is not None:
            return  # already writing
        out, what, scenario = self.value()
        command = report_command()
        args = [*command[1:], "--lang", window_language(), "export",
                str(self.window_.document.path), f"--to={out}", f"--what={what}"]  # fmt: skip
        if scenario is not None:
            args.append(f"--scenario={scenario}")  # one argument: a name may start with "-"
        process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("PYTHONUTF8", "1")
        process.setProcessEnvironment(environment)
        process.finished.connect(lambda code, status: self._finished(out, code, status))
        process.errorOccurred.connect(self._failed_to_start)
        self.process = process
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.error.setText(self.tr("Writing {path}…").format(path=out.name))
        process.start(command[0], args)

    def _finished(self, out: Path, code: int, status: QProcess.ExitStatus) -> None:
        process, self.process = self.process, None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        if process is None:
            return
        stderr = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
        stdout = bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace")
        process.deleteLater()
        if status == QProcess.ExitStatus.NormalExit and code == 0:
            self.window_.statusBar().showMessage(stdout.strip(), 8000)
            self.error.clear()
            super(FormDialog, self).accept()
            return
        lines = [ln.removeprefix("rbdesk: ") for ln in stderr.strip().splitlines()]
        self.error.setText("\n".join(lines) or self.tr("The export failed."))

    def _failed_to_start(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self.process is not None:
            self.process = None
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
            self.error.setText(self.tr("The export could not be started."))


def open_export_tables_dialog(window: Any) -> ExportTablesDialog | None:
    if window.document is None:
        return None
    dialog = ExportTablesDialog(window)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    window.active_dialog = dialog
    return dialog
