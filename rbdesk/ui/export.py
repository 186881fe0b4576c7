"""Berkas → Ekspor PDF: the dialog with the report's choices, and the export running
as ``rbdesk report`` in a process of its own with progress, so the window stays
responsive while it writes (see ``PdfExporter``). A cancelled or failed export leaves
nothing behind.
"""

from __future__ import annotations

import glob
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from rbdesk.domain.model import ScenarioRole
from rbdesk.i18n import LANGUAGES, say
from rbdesk.ui.dialogs import FormDialog

#: Exit status of ``rbdesk report`` stopped through its cancel file (``rbdesk.cli``).
EXIT_CANCELLED = 3

PAPERS = ("A4", "F4", "A3")


@dataclass(frozen=True, slots=True)
class ExportRequest:
    path: Path
    paper: str
    lang: str
    from_name: str | None
    to_name: str | None
    #: charts of the region and the OPDs the proposal changes only
    only_changed: bool = False
    #: one OPD's charts and units: its number in the scenario the report charts
    opd: str | None = None
    #: the chart pages alone
    charts_only: bool = False
    #: ``pengesahan`` (the clean document officials sign) or ``kerja`` (the working copy)
    edition: str = "pengesahan"


def placeholder_names_in(document: Any, request: ExportRequest) -> list[str]:
    """The units of the report's scenarios still named as the window names a unit it
    adds ("Bidang baru"), as ``scenario: unit`` (empty when the scenarios cannot be
    chosen: the report says why itself). Another scenario's names are read alone, not
    the scenario: loading 10,000 units stalled the window 180 ms at "Export"."""
    from rbdesk.analysis.placeholders import placeholder_ids
    from rbdesk.domain.errors import RbdeskError
    from rbdesk.report.inputs import choose_scenarios

    try:
        chosen = choose_scenarios(document.scenarios(), request.from_name, request.to_name)
    except RbdeskError:
        return []
    out: list[str] = []
    for scenario in (s for s in chosen if s is not None):
        if scenario.id == document.scenario.id:
            names = {uid: u.name for uid, u in document.structure.units.items()}
        else:
            names = document.store.unit_names(scenario.id)
        for uid in placeholder_ids(names, document.catalogue):
            out.append(f"{scenario.name}: {names[uid]}")
    return out


class ExportPdfDialog(FormDialog):
    """Where to write the PDF, the paper, the language and the two scenarios."""

    def __init__(self, document: Any, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportPdfDialog")
        self.setWindowTitle(self.tr("Export PDF"))
        self.document = document
        scenarios = document.scenarios()
        self.path = QLineEdit(self)
        self.path.setObjectName("exportPath")
        stem = document.path.stem
        self.path.setText(str(document.path.with_name(f"{stem}-usulan.pdf")))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.setObjectName("exportBrowse")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.paper = QComboBox(self)
        self.paper.setObjectName("exportPaper")
        labels = {"A4": self.tr("A4 (210 × 297 mm)"), "F4": self.tr("F4 (215 × 330 mm)"),
                  "A3": self.tr("A3 (297 × 420 mm)")}  # fmt: skip
        for paper in PAPERS:
            self.paper.addItem(labels[paper], paper)
        self.lang = QComboBox(self)
        self.lang.setObjectName("exportLanguage")
        self.lang.addItem("Bahasa Indonesia", "id")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(self.lang.findData(language))
        self.before = QComboBox(self)
        self.before.setObjectName("exportFrom")
        self.after = QComboBox(self)
        self.after.setObjectName("exportTo")
        for scenario in scenarios:
            self.before.addItem(scenario.name, scenario.name)
        current = next((s for s in scenarios if s.role is ScenarioRole.CURRENT), scenarios[0])
        self.before.setCurrentIndex(self.before.findData(current.name))
        self.before.currentIndexChanged.connect(self._fill_after)
        self.only_changed = QCheckBox(self.tr("Only the work units the proposal changes"), self)
        self.only_changed.setObjectName("exportOnlyChanged")
        self.opd = QComboBox(self)
        self.opd.setObjectName("exportOpd")
        # long OPD names must not widen the dialog past its labels
        self.opd.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.opd.setMinimumContentsLength(24)
        self.charts_only = QCheckBox(self.tr("Chart pages only"), self)
        self.charts_only.setObjectName("exportChartsOnly")
        self.after.currentIndexChanged.connect(self._fill_opds)
        self._fill_after()
        self.form.addRow(self.tr("File"), row)
        self.form.addRow(self.tr("Paper"), self.paper)
        self.edition = QComboBox(self)
        self.edition.setObjectName("exportEdition")
        self.edition.addItem(self.tr("Approval edition (to be signed)"), "pengesahan")
        self.edition.addItem(self.tr("Working edition (changes and notes marked)"), "kerja")
        self.form.addRow(self.tr("Edition"), self.edition)
        self.form.addRow(self.tr("Language"), self.lang)
        self.form.addRow(self.tr("Current structure"), self.before)
        self.form.addRow(self.tr("Proposal"), self.after)
        self.form.addRow(self.tr("Charts"), self.only_changed)
        self.form.addRow(self.tr("Work unit"), self.opd)
        self.form.addRow("", self.charts_only)
        self.finish_layout()
        self.setMinimumWidth(560)

    def _fill_after(self) -> None:
        """The proposals derived from the chosen scenario, newest first; or none."""
        scenarios = self.document.scenarios()
        base = next((s for s in scenarios if s.name == self.before.currentData()), None)
        self.after.clear()
        derived = [s for s in scenarios if base is not None and s.derived_from == base.id]
        for scenario in sorted(derived, key=lambda s: -s.id):
            self.after.addItem(scenario.name, scenario.name)
        self.after.addItem(self.tr("(none: the current structure and its findings)"), None)
        self.after.setCurrentIndex(0)

    def _fill_opds(self) -> None:
        """The work units of the scenario the report charts (the proposal, else the
        current structure), for printing one of them; "all" first."""
        from rbdesk.layout import subtrees_by_opd

        name = self.after.currentData() or self.before.currentData()
        scenario = next((s for s in self.document.scenarios() if s.name == name), None)
        chosen = self.opd.currentData()
        self.opd.clear()
        self.opd.addItem(self.tr("All work units"), None)
        self.only_changed.setEnabled(self.after.currentData() is not None)
        if scenario is None:
            return
        if scenario.id == self.document.scenario.id:
            structure = self.document.structure
        else:
            structure = self.document.store.load(scenario.id)
        for uid in subtrees_by_opd(structure, self.document.catalogue):
            self.opd.addItem(structure.units[uid].name, str(uid))
        self.opd.setCurrentIndex(max(0, self.opd.findData(chosen)))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), self.path.text(), self.tr("PDF documents (*.pdf)")
        )
        if name:
            self.path.setText(name)

    def validate(self) -> str | None:
        text = self.path.text().strip()
        if not text:
            return self.tr("Name the PDF file to write.")
        folder = Path(text).expanduser().parent
        if not folder.is_dir():
            return self.tr("The folder '{folder}' does not exist.").format(folder=folder)
        return None

    def value(self) -> ExportRequest:
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return ExportRequest(
            path=path,
            paper=str(self.paper.currentData()),
            lang=str(self.lang.currentData()),
            from_name=self.before.currentData(),
            to_name=self.after.currentData(),
            only_changed=self.only_changed.isEnabled() and self.only_changed.isChecked(),
            opd=self.opd.currentData(),
            charts_only=self.charts_only.isChecked(),
            edition=str(self.edition.currentData()),
        )


def report_command() -> list[str]:
    """How to run ``rbdesk report``: this Python with ``-m rbdesk`` from source; in the
    bundle, ``rbdesk-cli`` beside the program (the window program has no console)."""
    if getattr(sys, "frozen", False):
        program = Path(sys.executable)
        cli = program.with_name(f"rbdesk-cli{program.suffix}")
        return [str(cli if cli.exists() else program)]
    return [sys.executable, "-m", "rbdesk"]


class PdfExporter(QObject):
    """Writes one PDF at a time, as ``rbdesk report`` in a process of its own.

    A thread would share the interpreter lock with the window: the report's heavy
    Python work (and the collector's passes over its objects) stalled the window for
    hundreds of milliseconds on a 10k-unit plan. A process shares nothing; it reads the
    plan through its own read-only connection, writes the PDF to a temporary file
    renamed into place, and stops (leaving nothing) when its cancel file appears."""

    progress = Signal(int, int)  #: steps done, of total
    finished = Signal(str, int)  #: the PDF written and its number of pages
    failed = Signal(str)  #: the reason, fit to show; "" when cancelled

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.process: QProcess | None = None
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self._request: ExportRequest | None = None
        self._pages = 0
        self._buffer = b""

    @property
    def busy(self) -> bool:
        return self.process is not None

    def start(self, plan: Path, request: ExportRequest, messages_lang: str = "id") -> bool:
        """Start writing; ``messages_lang`` is the window's language, for a refusal."""
        if self.busy:
            return False
        self._folder = tempfile.TemporaryDirectory(prefix="rbdesk-export-")
        self._request = request
        self._pages = 0
        self._buffer = b""
        command = report_command()
        args = [*command[1:], "report", str(plan), "-o", str(request.path), "--paper",
                request.paper, "--lang", request.lang, "--force", "--progress",
                "--cancel-file", str(self._cancel_file()),
                "--messages-lang", messages_lang]  # fmt: skip
        # one argument each: a scenario name may start with "-"
        if request.from_name:
            args.append(f"--from={request.from_name}")
        if request.to_name:
            args.append(f"--to={request.to_name}")
        if request.only_changed:
            args.append("--only-changed")
        if request.opd:
            args.append(f"--opd={request.opd}")
        if request.charts_only:
            args.append("--charts-only")
        args.append(f"--edition={request.edition}")
        process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("PYTHONUTF8", "1")
        process.setProcessEnvironment(environment)
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._error)
        self.process = process
        process.start(command[0], args)
        return True

    def _cancel_file(self) -> Path:
        assert self._folder is not None
        return Path(self._folder.name) / "cancel"

    def _read(self) -> None:
        if self.process is None:
            return
        self._buffer += bytes(self.process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            words = line.decode("utf-8", "replace").split()
            if len(words) == 3 and words[0] == "progress":
                self.progress.emit(int(words[1]), int(words[2]))
            elif len(words) == 2 and words[0] == "pages":
                self._pages = int(words[1])

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        process = self.process
        if process is None:
            return
        self._read()
        error = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
        self._end()
        request = self._request
        assert request is not None
        if status == QProcess.ExitStatus.NormalExit and code == 0:
            self.finished.emit(str(request.path), self._pages)
        elif status == QProcess.ExitStatus.NormalExit and code == EXIT_CANCELLED:
            self.failed.emit("")
        else:
            self.failed.emit(self._reason(error))

    def _reason(self, stderr: str) -> str:
        """The report's last line of complaint, in the window's language when it is a
        plan the store refused (the report says its own refusals in that language)."""
        prefixes = "|".join(re.escape(say("cli.error", lang)) for lang in LANGUAGES)
        lines = [
            re.sub(rf"^rbdesk( report)?: ({prefixes}): ", "", line).strip()
            for line in stderr.splitlines()
        ]
        lines = [line for line in lines if line]
        if not lines:
            return self.tr("the report stopped unexpectedly")
        return lines[-1]

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self.process is not None:
            self._end()
            self.failed.emit(self.tr("the report program could not be started"))

    def _end(self) -> None:
        if self.process is not None:
            self.process.deleteLater()
        self.process = None
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None

    def cancel(self) -> None:
        """Ask the report to stop; it removes what it began writing."""
        if self._folder is not None:
            self._cancel_file().touch()

    def wait(self) -> None:
        """Stop a running export quietly (the window is closing): ask it to cancel, and
        after a moment kill it and remove the file it had begun."""
        process = self.process
        if process is None:
            return
        for signal in (process.finished, process.errorOccurred, process.readyReadStandardOutput):
            signal.disconnect()
        self.cancel()
        if not process.waitForFinished(3000):
            pid = process.processId()
            process.kill()
            process.waitForFinished(2000)
            if self._request is not None:
                target = self._request.path
                for partial in target.parent.glob(f".{glob.escape(target.name)}.{pid}-*.partial"):
                    partial.unlink(missing_ok=True)
        self._end()


__all__ = ["ExportPdfDialog", "ExportRequest", "PdfExporter"]
