"""Checks off the UI thread: the window never freezes while the analysis runs.

After each change the ``AnalysisRunner`` hands a snapshot of the active scenario (an
immutable ``Structure`` and its version) to one worker thread. While a run is busy,
further changes only mark that another run is due; when the run ends, its findings
are shown if no change came since (``Document.apply_findings`` drops stale ones) and
the next run starts from the newest snapshot. So only the newest result is shown and
the analyzer, which keeps caches, is never used by two threads at once.

A run starts a short moment (``DELAY_MS``) after the change, once the window has
redrawn the tree and the chart: Python threads share one interpreter lock, so checks
running while the window repaints would stretch the repaint into a visible stall.
Typing in a field or dragging several boxes also makes one run, not many.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)

#: Milliseconds between a change and the start of its check.
DELAY_MS = 120


class AnalysisRunner(QObject):
    """Runs a document's analysis on a worker thread after each change."""

    #: ``(version, findings or None)``, emitted on the worker, delivered on the UI thread.
    result = Signal(int, object)

    def __init__(self, document: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        document.auto_analyse = False
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.busy = False
        self.pending = False
        self.stopped = False
        self.result.connect(self._done)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.schedule)
        document.version_changed.connect(self._changed)

    def _changed(self, *_args: Any) -> None:
        if not self.stopped:
            self.timer.start()

    def schedule(self, *_args: Any) -> None:
        """Start a run now (or mark one due when a run is busy)."""
        if self.stopped:
            return
        if self.busy:
            self.pending = True
            return
        snapshot = self.document.snapshot()
        analyzer = self.document.analyzer
        self.busy = True

        def work() -> None:
            try:
                findings = analyzer.run(snapshot.structure)
            except Exception:  # a bug in a check must not take the window down
                log.exception("analysis failed")
                findings = None
            self.result.emit(snapshot.version, findings)

        self.pool.start(work)

    def _done(self, version: int, findings: Any) -> None:
        self.busy = False
        if self.stopped:
            return
        if findings is not None:
            self.document.apply_findings(version, findings)
        if self.pending:
            self.pending = False
            self.schedule()

    def stop(self) -> None:
        """Wait for a running check and start no other (before the document closes)."""
        self.stopped = True
        self.timer.stop()
        self.pool.waitForDone()
