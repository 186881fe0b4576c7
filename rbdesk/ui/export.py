"""Berkas → Ekspor PDF: the dialog with the report's choices, and the export running
on a worker thread with progress, so the window stays responsive while it writes.

The worker opens its own read-only connection to the plan (SQLite connections stay on
the thread that made them; WAL lets it read beside the window's writer), reads the two
scenarios and writes the PDF through ``rbdesk.report``, which writes to a temporary
file and renames it into place: a cancelled or failed export leaves nothing behind.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from rbdesk.domain.errors import RbdeskError
from rbdesk.domain.model import ScenarioRole
from rbdesk.report import ReportError, ReportOptions, gather, write_report
from rbdesk.store import Store
from rbdesk.ui.dialogs import FormDialog

log = logging.getLogger(__name__)

PAPERS = ("A4", "F4", "A3")


@dataclass(frozen=True, slots=True)
class ExportRequest:
    path: Path
    paper: str
    lang: str
    from_name: str | None
    to_name: str | None


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
        self._fill_after()
        self.form.addRow(self.tr("File"), row)
        self.form.addRow(self.tr("Paper"), self.paper)
        self.form.addRow(self.tr("Language"), self.lang)
        self.form.addRow(self.tr("Current structure"), self.before)
        self.form.addRow(self.tr("Proposal"), self.after)
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
        )


class _Cancelled(Exception):
    """Raised from the progress callback to stop a report being written."""


class PdfExporter(QObject):
    """Writes one PDF at a time on a worker thread."""

    progress = Signal(int, int)  #: pages or steps done, of total
    finished = Signal(str, int)  #: the PDF written and its number of pages
    failed = Signal(str)  #: the reason, fit to show; "" when cancelled

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.busy = False
        self._cancel = threading.Event()

    def start(self, plan: Path, request: ExportRequest) -> bool:
        if self.busy:
            return False
        self.busy = True
        self._cancel.clear()

        def step(done: int, total: int) -> None:
            if self._cancel.is_set():
                raise _Cancelled
            self.progress.emit(done, total)

        def work() -> None:
            try:
                with Store.open(plan, read_only=True) as store:
                    inputs = gather(store, request.from_name, request.to_name)
                options = ReportOptions(paper=request.paper, lang=request.lang)
                result = write_report(inputs, request.path, options, progress=step)
            except _Cancelled:
                self._done(None, "")
            except ReportError as exc:
                self._done(None, exc.message(request.lang))
            except (RbdeskError, OSError) as exc:
                self._done(None, str(exc))
            except Exception as exc:  # a bug must not take the window down
                log.exception("PDF export failed")
                self._done(None, f"{type(exc).__name__}: {exc}")
            else:
                self._done((str(request.path), int(result.pages)), "")

        self.pool.start(work)
        return True

    def _done(self, written: tuple[str, int] | None, error: str) -> None:
        self.busy = False
        if written is not None:
            self.finished.emit(*written)
        else:
            self.failed.emit(error)

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self) -> None:
        """Stop a running export and wait for its thread (the window is closing)."""
        self.cancel()
        self.pool.waitForDone()


__all__ = ["ExportPdfDialog", "ExportRequest", "PdfExporter"]
