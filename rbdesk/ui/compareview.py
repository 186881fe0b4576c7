"""The before/after view: a proposal beside the scenario it derives from.

Terms: the *baseline* is the scenario the active one derives from
(``document.scenario.derived_from``), the *proposal* the active scenario. The view
shows both charts side by side (static charts, zoomed and scrolled together), each
box marked with what happened to its unit (``rbdesk.analysis.marks``), a legend of
the marks, and below them, a tab each: the *sebelum / sesudah / selisih* table with the
report's row labels, the findings the proposal resolves and those it introduces. A
proposal opens at its first change (``show_first_change``), not at its top.

The view recomputes when it is shown and, while it is visible, shortly after each
change of the document (one single-shot timer gathers a burst of edits); a hidden
view does nothing. The baseline is loaded and checked once and kept: only an edit made
while the baseline was the active scenario, a reload or a switch (which re-reads it and
keeps the analysis when it is unchanged) or a change of the region's details makes it
be checked again; a large baseline is read and checked on a thread
(``rbdesk.ui.baseline_reader``) while the view says so. The proposal's findings are
the document's when they are up to date, else the view checks the proposal with an
analyzer of its own.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollBar,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rbdesk.analysis.compare import Comparison, compare
from rbdesk.analysis.context import build_context
from rbdesk.analysis.engine import Analyzer, bands_of
from rbdesk.analysis.findings import Finding
from rbdesk.analysis.marks import Mark, change_marks
from rbdesk.domain.errors import RbdeskError
from rbdesk.domain.model import Structure
from rbdesk.i18n import labels
from rbdesk.report.sections import METRIC_GROUPS, metric_indented, metric_name
from rbdesk.ui import baseline_reader
from rbdesk.ui.baseline_reader import Baseline, BaselineReader, read_baseline
from rbdesk.ui.chart import MARK_COLOURS, ChartView
from rbdesk.ui.messages import said
from rbdesk.ui.models import FindingsModel
from rbdesk.ui.plaintext import plain_label, plain_tooltip

# Delay after a change of the document before the view recomputes (a burst of edits,
# an undo macro, is one recomputation).
DEBOUNCE_MS = 150


class FindingsSide(QObject):
    """The findings of one side of the comparison, in the shape a ``FindingsModel``
    reads a document: ``structure`` names the units, ``findings()`` lists them."""

    findings_changed = Signal()
    scenario_reset = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.structure: Structure | None = None
        self._findings: list[Finding] = []

    def findings(self) -> list[Finding]:
        return self._findings

    def set(self, structure: Structure | None, findings: Iterable[Finding]) -> None:
        self.structure = structure
        self._findings = list(findings)
        self.findings_changed.emit()


class CompareView(QWidget):
    """The baseline and the active proposal side by side, with what changed."""

    # A unit of the proposal (the active scenario) was clicked in its chart.
    unit_selected = Signal(int)

    METRIC, BEFORE, AFTER, DELTA = range(4)
    # The tabs below the charts.
    MEASURES_TAB, RESOLVED_TAB, INTRODUCED_TAB = range(3)
    # The metric row id of a table row (``None`` for a group heading).
    RowIdRole = Qt.ItemDataRole.UserRole + 1
    # The number a cell of the table shows (``None`` when undefined).
    ValueRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self.document: Any = None
        self.language = "id"
        self.comparison: Comparison | None = None
        self.before_marks: dict[int, Mark] = {}
        self.after_marks: dict[int, Mark] = {}
        self.baseline: Baseline | None = None
        self._baseline_suspect = False
        self.reader = BaselineReader(self)
        self.reader.done.connect(self._baseline_read)
        self._analyzer: Analyzer | None = None
        self._shown: tuple[Any, ...] | None = None
        self._names: tuple[str, str] = ("", "")
        self._syncing = False
        self._sized = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)

        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        self.notice = plain_label(QLabel(self))
        self.notice.setObjectName("compareNotice")
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setMargin(24)
        layout.addWidget(self.notice, 1)

        self.body = QSplitter(Qt.Orientation.Vertical, self)
        self.body.setChildrenCollapsible(False)
        layout.addWidget(self.body, 1)

        top = QWidget(self.body)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(2)
        charts = QSplitter(Qt.Orientation.Horizontal, top)
        self.before_heading, self.before_chart = self._chart_pane(charts, "compareBefore")
        self.after_heading, self.after_chart = self._chart_pane(charts, "compareAfter")
        top_layout.addWidget(charts, 1)
        # The marks' legend: one label that wraps between its entries, so that a narrow
        # view (a laptop's, beside the tree and the inspector) takes two lines instead
        # of pushing the panels beside it narrower than their fields.
        self.legend = QLabel(top)
        self.legend.setObjectName("compareLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)  # our own words, escaped
        self.legend.setWordWrap(True)
        self.legend.setMinimumWidth(0)
        self.legend_title = ""
        self.legend_names: dict[Mark, str] = {}
        top_layout.addWidget(self.legend)
        self.body.addWidget(top)

        # The measures and the two lists of findings, one tab each: every one of them
        # gets the view's whole width (side by side, a laptop elided the measures' names
        # and showed two findings of each list).
        self.details = QTabWidget(self.body)
        self.details.setObjectName("compareDetails")
        self.details.setDocumentMode(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("compareTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        # a narrow column keeps both ends of a name: "Sekret…Daerah", "Sekret…DPRD"
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(20)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.METRIC, QHeaderView.ResizeMode.Stretch)
        for column in (self.BEFORE, self.AFTER, self.DELTA):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.details.addTab(self.table, "")
        self.resolved_side = FindingsSide(self)
        self.introduced_side = FindingsSide(self)
        self.resolved_model = FindingsModel(self.resolved_side, self)
        self.introduced_model = FindingsModel(self.introduced_side, self)
        self.resolved = self._findings_view(self.resolved_model, "resolvedFindings")
        self.details.addTab(self.resolved, "")
        self.introduced = self._findings_view(self.introduced_model, "introducedFindings")
        self.details.addTab(self.introduced, "")
        self.body.addWidget(self.details)
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(1, 2)

        self._link(self.before_chart, self.after_chart)
        self._link(self.after_chart, self.before_chart)
        self.before_chart.selection_changed.connect(self._before_chosen)
        self.after_chart.selection_changed.connect(self._after_chosen)
        self.after_chart.unit_selected.connect(self.unit_selected)
        self.retranslate_ui()
        self._show_notice("")

    # -- building ------------------------------------------------------------------------
    def _pane(self, parent: QSplitter) -> tuple[QVBoxLayout, QLabel]:
        """A titled pane of ``parent`` (a chart's): its layout (the heading on top) and
        heading."""
        pane = QWidget(parent)
        box = QVBoxLayout(pane)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        heading = plain_label(QLabel(pane))
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        box.addWidget(heading)
        parent.addWidget(pane)
        return box, heading

    def _chart_pane(self, parent: QSplitter, name: str) -> tuple[QLabel, ChartView]:
        box, heading = self._pane(parent)
        heading.setObjectName(f"{name}Heading")
        chart = ChartView()
        chart.first_totals_at_once = False  # the window is in use: no stall for them
        chart.setObjectName(name)
        chart.setMinimumSize(200, 120)
        box.addWidget(chart, 1)
        return heading, chart

    def _findings_view(self, model: FindingsModel, name: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(20)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FindingsModel.SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FindingsModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(FindingsModel.RULE, 150)
        header.resizeSection(FindingsModel.UNITS, 170)
        header.resizeSection(FindingsModel.BASIS, 150)
        # a comparison lists what the check found; the planner's decisions are the
        # findings panel's
        view.setColumnHidden(FindingsModel.STATUS, True)
        return view

    # -- the document ----------------------------------------------------------------------
    def set_document(self, document: Any) -> None:
        """Compare the active scenario of ``document`` from now on."""
        self.clear()
        self.document = document
        self._analyzer = None
        document.version_changed.connect(self._version_changed)
        document.scenario_reset.connect(self._scenario_reset)
        document.scenarios_changed.connect(self._scenarios_changed)
        document.region_changed.connect(self._region_changed)
        self._schedule()

    def clear(self) -> None:
        """Forget the document (the window is closing)."""
        self._timer.stop()
        if self.document is not None:
            for signal, slot in (
                (self.document.version_changed, self._version_changed),
                (self.document.scenario_reset, self._scenario_reset),
                (self.document.scenarios_changed, self._scenarios_changed),
                (self.document.region_changed, self._region_changed),
            ):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        self.reader.forget()
        self.document = None
        self.baseline = None
        self._analyzer = None
        self._shown = None
        self._show_comparison(None)
        self._show_notice("")

    def _version_changed(self, _version: int) -> None:
        if self.baseline is not None and self.document.scenario.id == self.baseline.scenario_id:
            self._baseline_suspect = True  # the baseline itself is being edited
        self._schedule()

    def _scenario_reset(self) -> None:
        self._baseline_suspect = True  # a reload, or a switch after editing the baseline
        self._schedule()

    def _scenarios_changed(self) -> None:
        self._baseline_suspect = True  # a scenario renamed or deleted
        self._shown = None
        self._schedule()

    def _region_changed(self) -> None:
        self.baseline = None  # the region's details feed the typology checks
        self._schedule()

    def _schedule(self) -> None:
        """Recompute soon if the view is visible; a hidden view waits to be shown."""
        if self.isVisible():
            self._timer.start(DEBOUNCE_MS)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True  # charts above, the rest below, whatever the hints say
            height = max(self.height(), 400)
            self.body.setSizes([round(height * 0.65), round(height * 0.35)])
        if self.document is not None and self._key() != self._shown:
            # once the splitters have their sizes, so that the charts fit their panes
            self._timer.start(0)

    def _key(self) -> tuple[Any, ...]:
        doc = self.document
        return (doc.scenario.id, doc.version, self.language, self._baseline_suspect)

    # -- computing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Compare the active scenario with its baseline now and show the result."""
        self._timer.stop()
        doc = self.document
        if doc is None:
            return
        source = doc.scenario.derived_from
        if source is None:
            self._show_comparison(None)
            self._show_notice(
                self.tr(
                    "“{name}” is not a proposal: it derives from no other scenario, so there "
                    "is nothing to compare it with. Choose a proposal in the scenario list, "
                    "or create one with Analysis → New proposal…"
                ).format(name=doc.scenario.name)
            )
            self._shown = self._key()
            return
        try:
            baseline = self._baseline(source)
        except RbdeskError as error:
            self._unreadable(error)
            return
        if baseline is None:  # being read and checked on the reader's thread
            self._show_comparison(None)
            names = {s.id: s.name for s in doc.scenarios()}
            self._show_notice(
                self.tr("Checking “{name}”, the scenario this proposal derives from…").format(
                    name=names.get(source, source))
            )  # fmt: skip
            self._shown = None
            return
        after = doc.structure
        if not doc.findings_stale:
            after_findings = list(doc.findings())
            after_context = build_context(after, doc.region, doc.catalogue)
        else:  # a worker is still checking: check it here rather than show stale findings
            if self._analyzer is None:
                self._analyzer = doc.new_analyzer()
            after_findings = self._analyzer.run(after)
            assert self._analyzer.context is not None
            after_context = self._analyzer.context
        comparison = compare(
            baseline.context, after_context, baseline.findings, after_findings,
            bands_of(doc.pack),
        )  # fmt: skip
        self.before_marks, self.after_marks = change_marks(comparison, after)
        self._names = (baseline.structure.scenario.name, after.scenario.name)
        if self.body.isHidden():  # the charts fit what they are given: lay them out first
            self.notice.hide()
            self.body.show()
            self._layout.activate()
        for chart, structure, findings, marks in (
            (self.before_chart, baseline.structure, baseline.findings, self.before_marks),
            (self.after_chart, after, after_findings, self.after_marks),
        ):
            chart.show_structure(structure, findings, doc.catalogue)
            chart.set_marks(marks)
        self._show_comparison(comparison, baseline.structure, after)
        self._show_notice("")
        self._align_charts()
        if self._shown is None or self._shown[0] != doc.scenario.id:
            # a proposal shown for the first time: where it changes, not its top
            self.show_first_change()
        self._shown = self._key()

    def _baseline(self, source: int) -> Baseline | None:
        """The baseline, checked; loaded and checked again only when it may have changed.
        ``None`` while the reader's thread checks it (a large plan's): the view is
        computed again when it is done (``_baseline_read``)."""
        cached = self.baseline
        doc = self.document
        if cached is not None and cached.scenario_id == source and not self._baseline_suspect:
            return cached
        if self.reader.reading == source and not self._baseline_suspect:
            return None  # asked for already
        self._baseline_suspect = False
        kept = cached if cached is not None and cached.scenario_id == source else None
        structure = doc.store.load(source)
        if len(structure.units) > baseline_reader.SYNC_UNITS:
            self.reader.start(structure, source, doc.new_analyzer(), kept)
            return None
        self.reader.cancel()  # (a check still running is for another version)
        return self._adopt(read_baseline(structure, source, doc.new_analyzer(), kept))

    def _adopt(self, found: Baseline) -> Baseline:
        """Keep ``found``; the same baseline as before (its analysis kept) stays the same
        object, with the structure read anew (a new name, maybe)."""
        cached = self.baseline
        if cached is not None and found.findings is cached.findings:
            cached.structure = found.structure
            found = cached
        self.baseline = found
        return found

    def _baseline_read(self, request: int, result: Baseline | Exception) -> None:
        if request != self.reader.request or self.document is None:
            return  # asked again since, or the view was cleared
        self.reader.reading = None
        if isinstance(result, Exception):
            raise result  # a fault: the window's handler reports it
        self._adopt(result)
        self._shown = None
        if self.isVisible():
            self.refresh()

    def _unreadable(self, error: RbdeskError) -> None:
        self._show_comparison(None)
        self._show_notice(
            self.tr("The scenario this proposal derives from cannot be read: {error}").format(
                error=said(error)
            )
        )
        self._shown = None

    # -- showing -----------------------------------------------------------------------------
    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text) or self.comparison is None)
        self.body.setVisible(not text and self.comparison is not None)

    def _show_comparison(
        self,
        comparison: Comparison | None,
        before: Structure | None = None,
        after: Structure | None = None,
    ) -> None:
        self.comparison = comparison
        if comparison is None:
            self.before_marks, self.after_marks = {}, {}
            self.before_chart.clear()
            self.after_chart.clear()
            self._names = ("", "")
            self.resolved_side.set(None, ())
            self.introduced_side.set(None, ())
            self.table.setRowCount(0)
        else:
            self.resolved_side.set(before, comparison.resolved)
            self.introduced_side.set(after, comparison.introduced)
            self._fill_table()
        self._headings()

    def _fill_table(self) -> None:
        """The *sebelum / sesudah / selisih* rows, labelled as the report labels them."""
        comparison = self.comparison
        doc = self.document
        self.table.clearSpans()
        if comparison is None or doc is None:
            self.table.setRowCount(0)
            return
        words = labels(self.language)
        rows: list[tuple[str | None, Sequence[Any]]] = []
        seen: set[str] = set()
        for row_id, b, a, d in comparison.metric_table(zeros=False):
            for prefix, key in METRIC_GROUPS.items():
                if row_id.startswith(prefix) and prefix not in seen:
                    seen.add(prefix)
                    rows.append((None, (words[key],)))
            rows.append((row_id, (b, a, d)))
        bold = QFont(self.table.font())
        bold.setBold(True)
        group_brush = QBrush(QColor("#eceff1"))
        self.table.setUpdatesEnabled(False)
        self.table.setRowCount(len(rows))
        for n, (shown_id, values) in enumerate(rows):
            if shown_id is None:
                item = QTableWidgetItem(str(values[0]))
                item.setFont(bold)
                item.setBackground(group_brush)
                item.setData(self.RowIdRole, None)
                self.table.setItem(n, self.METRIC, item)
                for column in (self.BEFORE, self.AFTER, self.DELTA):
                    filler = QTableWidgetItem("")
                    filler.setBackground(group_brush)
                    self.table.setItem(n, column, filler)
                self.table.setSpan(n, 0, 1, 4)
                continue
            row_id = shown_id
            name = metric_name(row_id, doc.catalogue, doc.pack, words)
            indented = metric_indented(row_id)
            item = QTableWidgetItem(("      " if indented else "") + name)
            item.setData(self.RowIdRole, row_id)
            item.setToolTip(plain_tooltip(name))
            strong = row_id in ("units", "opds", "structural_positions", "findings")
            if strong:
                item.setFont(bold)
            self.table.setItem(n, self.METRIC, item)
            b, a, d = values
            texts = (words.number(b), words.number(a), words.signed(d))
            for column, value, text in zip(
                (self.BEFORE, self.AFTER, self.DELTA), (b, a, d), texts, strict=True
            ):
                cell = QTableWidgetItem(text)
                cell.setData(self.ValueRole, value)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == self.DELTA and d:
                    cell.setFont(bold)
                    cell.setForeground(QBrush(QColor("#0d47a1")))
                elif strong:
                    cell.setFont(bold)
                self.table.setItem(n, column, cell)
        self.table.setUpdatesEnabled(True)

    def metric_rows(self) -> list[tuple[str, Any, Any, Any]]:
        """The table's metric rows as ``(row_id, before, after, delta)`` (no headings)."""
        out = []
        for n in range(self.table.rowCount()):
            row_id = _cell(self.table, n, self.METRIC).data(self.RowIdRole)
            if row_id is not None:
                values = [_cell(self.table, n, c).data(self.ValueRole) for c in (1, 2, 3)]
                out.append((row_id, *values))
        return out

    def _headings(self) -> None:
        before, after = self._names
        self.before_heading.setText(self.tr("Before: {name}").format(name=before))
        self.after_heading.setText(self.tr("After: {name}").format(name=after))
        self.details.setTabText(
            self.RESOLVED_TAB,
            self.tr("Findings resolved ({count})").format(count=self.resolved_model.rowCount()),
        )
        self.details.setTabText(
            self.INTRODUCED_TAB,
            self.tr("Findings introduced ({count})").format(count=self.introduced_model.rowCount()),
        )

    # -- language ----------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        self.language = language
        self.before_chart.language = language
        self.after_chart.language = language
        self.resolved_model.set_language(language)
        self.introduced_model.set_language(language)
        self.retranslate_ui()
        self._fill_table()
        self.before_chart.retranslate_ui()
        self.after_chart.retranslate_ui()
        if self.document is not None and self.comparison is None and self.isVisible():
            self.refresh()  # the notice is said in the language too

    def retranslate_ui(self) -> None:
        words = labels(self.language)
        self.legend_title = words["legend.title"]
        self.legend_names = {mark: words[f"mark.{mark}"] for mark in Mark}
        self.legend.setText(_legend_html(self.legend_title, self.legend_names))
        self.table.setHorizontalHeaderLabels(
            [words["table.metric"], words["table.before"], words["table.after"],
             words["table.delta"]]
        )  # fmt: skip
        self.details.setTabText(self.MEASURES_TAB, self.tr("Measures before and after"))
        self._headings()

    # -- the two charts together -------------------------------------------------------------
    def _link(self, source: ChartView, target: ChartView) -> None:
        """Zooming or scrolling ``source`` makes ``target`` follow."""
        source.zoomed.connect(lambda: self._follow(source, target))
        source.horizontalScrollBar().valueChanged.connect(lambda _v: self._follow(source, target))
        source.verticalScrollBar().valueChanged.connect(lambda _v: self._follow(source, target))

    def _follow(self, source: ChartView, target: ChartView) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            if target.transform() != source.transform():
                target.setTransform(source.transform())
            _mirror(source.horizontalScrollBar(), target.horizontalScrollBar())
            _mirror(source.verticalScrollBar(), target.verticalScrollBar())
        finally:
            self._syncing = False

    def _align_charts(self) -> None:
        """Give both charts the smaller of their two scales (each fits on its own at
        first) and the scroll position of the one that has it."""
        before, after = self.before_chart, self.after_chart
        if before.transform().m11() <= after.transform().m11():
            self._follow(before, after)
        else:
            self._follow(after, before)

    def show_first_change(self) -> None:
        """Scroll the proposal's chart to its first change: the topmost, then leftmost,
        box that is marked or hides a marked unit, unless it is in sight already; the
        baseline's chart follows. Nothing moves when nothing is marked."""
        chart = self.after_chart
        boxes = chart.item.layout.boxes
        marked = [
            box for uid, box in boxes.items() if uid in chart.marks or uid in chart.hidden_marks
        ]
        if not marked:
            return
        first = min(marked, key=lambda box: (box.y, box.x))
        rect = QRectF(first.x, first.y, first.width, first.height)
        if not chart.mapToScene(chart.viewport().rect()).boundingRect().contains(rect):
            chart.centerOn(rect.center())

    def _before_chosen(self, unit_ids: list[int]) -> None:
        """Units chosen in the baseline: their heirs are chosen in the proposal."""
        if self.comparison is None:
            return
        heirs = [h for uid in unit_ids for h in self.comparison.heirs.get(uid, ())]
        self.after_chart.set_selection(heirs)

    def _after_chosen(self, unit_ids: list[int]) -> None:
        """Units chosen in the proposal: their origins are chosen in the baseline."""
        if self.comparison is None:
            return
        origins = [o for uid in unit_ids for o in self.comparison.origins.get(uid, ())]
        self.before_chart.set_selection(origins)


def _legend_html(title: str, names: dict[Mark, str]) -> str:
    """The legend as rich text: the title, then each mark's swatch and name, kept
    together (the line breaks only between entries)."""
    entries = [
        f'<span style="background-color: {MARK_COLOURS[mark].name()}; color: '
        f'{MARK_COLOURS[mark].name()}">&#9632;&#9632;</span>&nbsp;'
        + html.escape(name).replace(" ", "&nbsp;")
        for mark, name in names.items()
    ]
    return html.escape(title).replace(" ", "&nbsp;") + " &nbsp; " + " &nbsp; ".join(entries)


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def _mirror(source: QScrollBar, target: QScrollBar) -> None:
    """Put ``target`` at the same fraction of its range as ``source``."""
    span = source.maximum() - source.minimum()
    fraction = (source.value() - source.minimum()) / span if span > 0 else 0.5
    target.setValue(target.minimum() + round(fraction * (target.maximum() - target.minimum())))
