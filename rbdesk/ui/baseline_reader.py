"""The before/after view's baseline, checked on a thread of its own.

A large plan's baseline took the window's thread 230 ms to check each time the view
opened on a proposal, or came back to one after a switch (bench/bench_gui.py, 10,000
units), on top of loading it: the window did not answer meanwhile. The view loads the
scenario (with the document's connection, which belongs to the window's thread) and the
reader checks it with an analyzer made for it, handing the :class:`Baseline` back
through a queued signal. A smaller baseline (``SYNC_UNITS`` units or fewer) is checked
at once, where a thread would only make the view flicker.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QThreadPool, Signal

from rbdesk.analysis.context import Context
from rbdesk.analysis.engine import Analyzer
from rbdesk.analysis.findings import Finding
from rbdesk.domain.model import Structure

#: A baseline of at most this many units is checked on the window's thread.
SYNC_UNITS = 2000


@dataclass
class Baseline:
    """The baseline as checked once: its structure, findings and analysis context."""

    scenario_id: int
    structure: Structure
    findings: list[Finding]
    context: Context


def read_baseline(
    structure: Structure, source: int, analyzer: Analyzer, kept: Baseline | None
) -> Baseline:
    """``structure`` (scenario ``source``, just read) as a checked baseline: ``kept``'s
    analysis when it is the same scenario unchanged but for its name, else checked
    with ``analyzer`` (one made for it)."""
    if kept is not None and kept.scenario_id == source:
        if replace(structure, scenario=kept.structure.scenario) == kept.structure:
            return Baseline(source, structure, kept.findings, kept.context)
    findings = analyzer.run(structure)
    assert analyzer.context is not None
    return Baseline(source, structure, findings, analyzer.context)


class BaselineReader(QObject):
    """Checks one baseline at a time on its thread; ``done`` gives the request's number
    and the :class:`Baseline`, or the exception that stopped it. A request made while
    another runs supersedes it: the older one's answer still comes, with its number."""

    done = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.request = 0
        #: The scenario being checked for the latest request (``None``: none running).
        self.reading: int | None = None

    def start(
        self, structure: Structure, source: int, analyzer: Analyzer, kept: Baseline | None
    ) -> int:
        """Check ``structure``, scenario ``source`` just loaded (``read_baseline``); the
        request's number."""
        self.request += 1
        request, done = self.request, self.done
        self.reading = source

        def work() -> None:
            try:
                result: Baseline | Exception = read_baseline(structure, source, analyzer, kept)
            except Exception as error:  # raised on the window's thread
                result = error
            done.emit(request, result)

        self.pool.start(work)
        return request

    def cancel(self) -> None:
        """Let the running check's answer be ignored (it is for another version)."""
        self.request += 1
        self.reading = None

    def forget(self) -> None:
        """``cancel``, and wait for the running check to end."""
        self.cancel()
        self.pool.waitForDone()


__all__ = ["SYNC_UNITS", "Baseline", "BaselineReader", "read_baseline"]
