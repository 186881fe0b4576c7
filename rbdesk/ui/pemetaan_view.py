"""The *Pemetaan urusan* view: the region's indicator values and what they score.

Per urusan and function of the plan's level (PP 18/2016 Lampiran), the upper table
shows the variabel umum part, the technical part, their sum, the geographic factor, the
score and the form it calls for (Lampiran V Langkah 4), and how many values are still
missing. Choosing a row lists its indicators below: number, name, unit, the value
(editable: plain ``1234.5`` or Indonesian ``1.234,5``; empty removes it), the class
found, its scale and its score; a missing value is marked. A second tab lists each
OPD with its declared type and the type its scores call for
(``rbdesk.analysis.opd_types``). The year and the source of the data are fields above.
Every edit is an undo step (``rbdesk.ui.pemetaan_commands``); a values sheet imports in
one step and the template sheet is written from here too (``rbdesk.interchange
.pemetaan_csv``, shared with ``rbdesk pemetaan``). The geographic factor is the plan's
(*Plan details*).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rbdesk.domain.errors import RbdeskError
from rbdesk.domain.limits import MAX_NAME
from rbdesk.domain.pemetaan import Key, PemetaanData, lampiran_level, parse_number, shown_number
from rbdesk.i18n import labels
from rbdesk.rules.pemetaan import table_name
from rbdesk.ui.messages import localised, window_language
from rbdesk.ui.navigation import TallWhileShown
from rbdesk.ui.plaintext import plain_label

MISSING = QColor(255, 236, 200)
#: The columns of the urusan table and of the indicator table.
URUSAN_COLUMNS = 9
INDICATOR_COLUMNS = 7
VALUE_COLUMN = 3
NO_YEAR = 1899  #: the year box's "none"


def _item(text: str, *, number: bool = False, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    return item


class PemetaanView(QWidget):
    """The view; ``set_document`` gives it a plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pemetaanView")
        self.document: Any = None
        self._scores: Any = None
        self._kode: str | None = None
        self._filling = False
        self._pending = False
        self._stale = True
        self._scored: tuple[object, ...] | None = None

        self.year_label = plain_label(QLabel(self))
        self.year = QSpinBox(self)
        self.year.setObjectName("pemetaanYear")
        self.year.setRange(NO_YEAR, 2200)
        self.year.setSpecialValueText("–")
        self.year.setValue(NO_YEAR)
        self.source_label = plain_label(QLabel(self))
        self.source = QLineEdit(self)
        self.source.setObjectName("pemetaanSource")
        self.source.setMaxLength(MAX_NAME)
        self.factor = plain_label(QLabel(self))
        self.factor.setObjectName("pemetaanFactor")
        self.kepulauan = QCheckBox(self)
        self.kepulauan.setObjectName("pemetaanKepulauan")
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("pemetaanImport")
        self.template_button = QPushButton(self)
        self.template_button.setObjectName("pemetaanTemplate")
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addWidget(self.source_label)
        top.addWidget(self.source, 1)
        top.addWidget(self.factor)
        top.addWidget(self.kepulauan)
        top.addWidget(self.import_button)
        top.addWidget(self.template_button)

        self.urusan = QTableWidget(0, URUSAN_COLUMNS, self)
        self.urusan.setObjectName("pemetaanUrusan")
        self.indicators = QTableWidget(0, INDICATOR_COLUMNS, self)
        self.indicators.setObjectName("pemetaanIndicators")
        self.opd = QTableWidget(0, 5, self)
        self.opd.setObjectName("pemetaanOpd")
        for table in (self.urusan, self.indicators, self.opd):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.verticalHeader().hide()
            table.setWordWrap(False)
            table.horizontalHeader().setStretchLastSection(False)
            # compact rows: the dock is low at 1366 × 768
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        self.urusan.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.indicators.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.opd.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.urusan.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("pemetaanTabs")
        self.tabs.addTab(self.indicators, "")
        self.tabs.addTab(self.opd, "")
        # side by side: a bottom dock is wide and low, and both tables want rows
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("pemetaanSplitter")
        splitter.addWidget(self.urusan)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        self.status = plain_label(QLabel(self))
        self.status.setObjectName("pemetaanStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        self.urusan.itemSelectionChanged.connect(self._urusan_chosen)
        self.indicators.itemChanged.connect(self._value_edited)
        self.year.editingFinished.connect(self._source_edited)
        self.source.editingFinished.connect(self._source_edited)
        self.kepulauan.clicked.connect(self._kepulauan_clicked)
        self.import_button.clicked.connect(lambda: self.import_values())
        self.template_button.clicked.connect(lambda: self.write_template())
        self.retranslate_ui()

    # -- the plan --------------------------------------------------------------------------
    def set_document(self, document: Any) -> None:
        if self.document is not None:
            try:
                self.document.version_changed.disconnect(self._refresh_later)
            except (RuntimeError, TypeError):
                pass
        self.document = document
        self._kode = None
        self._scored = None
        # every change of the plan moves the version: values, the factor, the OPDs
        document.version_changed.connect(self._refresh_later)
        self.refresh()

    def _refresh_later(self, *_args: object) -> None:
        # not inside the signal of the cell being edited: its item is replaced
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._refresh_now)

    def _refresh_now(self) -> None:
        self._pending = False
        self.refresh()

    def data(self) -> PemetaanData:
        return PemetaanData() if self.document is None else self.document.pemetaan()

    def scores(self) -> Any:
        """The scores of the plan's values (every table, values missing or not)."""
        from rbdesk.analysis.pemetaan import evaluate

        region = self.document.region
        faktor = Decimal(repr(float(region.geo_factor)))
        data = self.data()
        return evaluate(lampiran_level(region.level.value), data.values, faktor,
                        kepulauan=data.kepulauan)  # fmt: skip

    def refresh(self) -> None:
        if self.document is None:
            return
        if not self.isVisible():
            self._stale = True  # filled when shown: nothing to compute behind a tab
            return
        self._stale = False
        data = self.data()
        lang = window_language()
        region = self.document.region
        # the urusan's scores follow the values, the factor and the table chosen: an edit
        # of the units (most edits) leaves them, and their tables, as they are
        key = (tuple(sorted(data.values.items())), data.kepulauan, region.geo_factor,
               region.level, lang)  # fmt: skip
        same = key == self._scored and self._scores is not None
        if not same:
            try:
                self._scores = self.scores()
            except RbdeskError as exc:  # the catalogue unreadable: say so, show nothing
                self.status.setText(str(localised(exc)))
                return
            self._scored = key
        read_only = bool(self.document.read_only)
        with QSignalBlocker(self.year), QSignalBlocker(self.source):
            self.year.setValue(data.year or NO_YEAR)
            self.source.setText(data.source)
            self.source.setCursorPosition(0)  # a long source shows its start
        self.kepulauan.setChecked(data.kepulauan)
        for widget in (self.year, self.source, self.kepulauan, self.import_button):
            widget.setEnabled(not read_only)
        self.factor.setText(  # as ``rbdesk info`` and ``rbdesk pemetaan`` write it
            self.tr("Geographic factor: %1").replace(
                "%1", labels(lang).number(float(region.geo_factor))
            )
        )
        if not same:
            self._fill_urusan(lang)
            self._fill_indicators(lang)
        self._fill_opd(lang)  # the OPDs and their types follow the structure

    def _n(self, value: Decimal | None, lang: str) -> str:
        return "–" if value is None else shown_number(value, lang)

    def _rows(self) -> list[tuple[str, str, Any]]:
        """``(kode, title, score or None)`` of every row of the upper table: the
        variabel umum first."""
        scores = self._scores
        rows: list[tuple[str, str, Any]] = [("umum", self.tr("Variabel umum"), None)]
        if getattr(scores, "umum_fungsi", ()):  # the "FAKTOR UMUM" of the functions
            rows.append(("umum_fungsi", self.tr("General factor of the functions"), None))
        rows += [(s.kode, self._title(s.kode, s.title), s) for s in scores.urusan]
        return rows

    def _title(self, kode: str, printed: str) -> str:
        """The urusan's name as the catalogue has it, in the window's language (the
        Lampiran prints titles in capitals); the printed title where it has none."""
        return table_name(self.document.catalogue, kode, printed, window_language())

    def _fill_urusan(self, lang: str) -> None:
        rows = self._rows()
        keep = self._kode
        with QSignalBlocker(self.urusan):
            self.urusan.setRowCount(len(rows))
            for r, (kode, title, s) in enumerate(rows):
                if s is None:
                    umum = self._shared(kode)
                    gaps = sum(1 for i in umum if i.value is None)
                    total = sum((i.score for i in umum if i.score is not None), Decimal(0))
                    cells = [kode, title, self._n(total, lang), "", "", "", "", "",
                             str(gaps) if gaps else ""]  # fmt: skip
                else:
                    factor = self._n(s.faktor, lang) + ("*" if s.exempt else "")
                    missing = str(len(s.missing)) if s.missing else ""
                    cells = [
                        kode, title, self._n(s.umum, lang), self._n(s.teknis, lang),
                        self._n(s.jumlah, lang), factor, self._n(s.skor, lang),
                        self._form(s.bentuk or "–"), missing,
                    ]  # fmt: skip
                for c, text in enumerate(cells):
                    item = _item(text, number=c >= 2 and c != 7)
                    if c == 8 and text:
                        item.setBackground(QBrush(MISSING))
                        item.setToolTip(self.tr("Values still missing"))
                    if c == 5 and s is not None and s.exempt:
                        item.setToolTip(
                            self.tr("The geographic factor does not apply (Pasal 107 ayat (4))")
                        )
                    if c == 0:
                        item.setData(Qt.ItemDataRole.UserRole, kode)
                    self.urusan.setItem(r, c, item)
            row = next((r for r, (k, _t, _s) in enumerate(rows) if k == keep), 0)
            self.urusan.selectRow(row)
            self._kode = rows[row][0] if rows else None
        self.urusan.resizeColumnsToContents()
        self.urusan.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _form(self, form: str) -> str:
        if form in ("A", "B", "C"):
            return self.tr("Type %1").replace("%1", form)
        if form == "bidang":
            return self.tr("Bidang")
        if form == "seksi":
            return self.tr("Seksi/subbidang")
        return form

    def _indicator_scores(self) -> list[Any]:
        if self._kode is None or self._scores is None:
            return []
        if self._kode in ("umum", "umum_fungsi"):
            return list(self._shared(self._kode))
        found = self._scores.score(self._kode)
        return [] if found is None else list(found.indicators)

    def _shared(self, kode: str) -> tuple[Any, ...]:
        """The indicator scores of a shared table: ``umum`` or ``umum_fungsi``."""
        return tuple(self._scores.umum if kode == "umum" else
                     getattr(self._scores, "umum_fungsi", ()))  # fmt: skip

    def _fill_indicators(self, lang: str) -> None:
        rows = self._indicator_scores()
        editable = self.document is not None and not self.document.read_only
        self._filling = True
        try:
            self.indicators.setRowCount(len(rows))
            for r, ind in enumerate(rows):
                value = "" if ind.value is None else shown_number(ind.value, lang)
                cells = [str(ind.no), ind.name, ind.unit, value,
                         (ind.letter or "") if ind.value is not None else self.tr("missing"),
                         "" if ind.scale is None else str(ind.scale),
                         self._n(ind.score, lang) if ind.score is not None else ""]  # fmt: skip
                for c, text in enumerate(cells):
                    item = _item(text, number=c in (0, 3, 5, 6), tip=ind.name if c == 1 else "")
                    if c == VALUE_COLUMN:
                        item.setData(Qt.ItemDataRole.UserRole, (self._kode, ind.no))
                        if editable:
                            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                    if ind.value is None and c in (VALUE_COLUMN, 4):
                        item.setBackground(QBrush(MISSING))
                    self.indicators.setItem(r, c, item)
        finally:
            self._filling = False
        self.indicators.resizeColumnsToContents()
        header = self.indicators.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.indicators.setColumnWidth(VALUE_COLUMN, max(self.indicators.columnWidth(3), 120))

    def _fill_opd(self, lang: str) -> None:
        from rbdesk.analysis.context import build_context
        from rbdesk.analysis.opd_types import opd_types

        doc = self.document
        structure = doc.structure
        types = {}
        if self.data().values:
            ctx = build_context(structure, doc.region, doc.catalogue, self._scores)
            types = opd_types(ctx)
        ordered = sorted(types.items(), key=lambda x: (structure.units[x[0]].sort_order, x[0]))
        self.opd.setRowCount(len(ordered))
        for r, (uid, o) in enumerate(ordered):
            computed = o.computed or self._form(o.form or "")
            if o.highest and o.highest != o.computed:
                computed += " " + self.tr("(up to %1 lawful)").replace("%1", o.highest)
            differs = (o.declared or None) != o.computed
            cells = [structure.units[uid].name, ", ".join(o.codes), o.declared or "–",
                     computed, self._n(o.score, lang)]  # fmt: skip
            for c, text in enumerate(cells):
                item = _item(text, number=c == 4)
                if c in (2, 3) and differs:
                    item.setBackground(QBrush(MISSING))
                item.setData(Qt.ItemDataRole.UserRole, uid)
                self.opd.setItem(r, c, item)
        self.opd.resizeColumnsToContents()
        self.opd.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    # -- edits ---------------------------------------------------------------------------
    def _urusan_chosen(self) -> None:
        rows = self.urusan.selectionModel().selectedRows()
        if not rows:
            return
        item = self.urusan.item(rows[0].row(), 0)
        kode = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if kode != self._kode:
            self._kode = kode
            self._fill_indicators(window_language())

    def _kepulauan_clicked(self, checked: bool) -> None:
        """Berciri kepulauan or not (Lampiran V Langkah 3 huruf e): which perhubungan
        table scores the values; one undo step."""
        if self.document is not None and not self.document.read_only:
            self._push({}, kepulauan=checked)

    def _push(
        self,
        changes: dict[Key, Decimal | None],
        source: tuple[int | None, str] | None = None,
        text: str | None = None,
        kepulauan: bool | None = None,
    ) -> bool:
        from rbdesk.ui.commands import push
        from rbdesk.ui.pemetaan_commands import SetPemetaanCommand

        try:
            command = SetPemetaanCommand(self.document, changes, source, text, kepulauan)
        except RbdeskError as exc:
            self.status.setText(str(localised(exc)))
            return False
        error = push(self.document, command)
        if error is not None:
            self.status.setText(str(error))
            self.refresh()
            return False
        self.status.clear()
        return True

    def set_value(self, kode: str, no: int, text: str) -> bool:
        """Enter ``text`` as the value of indicator ``no`` of ``kode`` (empty removes
        it); a refusal is shown under the tables and nothing changes."""
        try:
            value = parse_number(text, self._style()) if text.strip() else None
        except RbdeskError as exc:
            self.status.setText(str(localised(exc)))
            self.refresh()
            return False
        return self._push({(kode, no): value})

    def _style(self) -> str:
        """Numbers as the window's language writes them: ``100.000`` is a hundred
        thousand in Indonesian, a hundred in English."""
        return "id" if window_language() == "id" else "plain"

    def _value_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != VALUE_COLUMN:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        if not key:
            return
        kode, no = key
        self.set_value(kode, int(no), item.text())

    def _source_edited(self) -> None:
        if self.document is None or self.document.read_only:
            return
        year = None if self.year.value() == NO_YEAR else self.year.value()
        source = self.source.text().strip()
        data = self.data()
        if (year, source) != (data.year, data.source):
            self._push({}, (year, source))

    def import_values(self, path: str | None = None) -> bool:
        """Make the values of a sheet the plan's (one undo step); every problem of a bad
        sheet is shown and nothing changes."""
        from rbdesk.interchange.pemetaan_csv import read_values

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import indicator values"),
                "",
                self.tr("Sheets (*.csv *.xlsx)"),
            )
            if not path:
                return False
        try:
            values = read_values(path, self.document.level.value)
        except RbdeskError as exc:
            self.status.setText(localised(exc).message(window_language()))
            return False
        current = self.data().values
        changes: dict[Key, Decimal | None] = {k: None for k in current if k not in values}
        changes.update(values)
        done = self._push(changes, None, self.tr("Import indicator values"))
        if done:
            self.status.setText(
                self.tr("%1 indicator values imported from %2.")
                .replace("%1", str(len(values)))
                .replace("%2", Path(path).name)
            )
        return done

    def write_template(self, path: str | None = None) -> bool:
        """Write the template sheet of every indicator, with the plan's values."""
        from rbdesk.interchange.pemetaan_csv import write_template, write_template_xlsx

        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the values sheet"), "pemetaan.xlsx",
                self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
            )  # fmt: skip
            if not path:
                return False
        try:
            data = self.data()
            write = write_template_xlsx if path.lower().endswith(".xlsx") else write_template
            rows = write(path, self.document.level.value, data.values, kepulauan=data.kepulauan)
        except OSError as exc:
            self.status.setText(exc.strerror or str(exc))
            return False
        self.status.setText(
            self.tr("Sheet of %1 indicators saved to %2.")
            .replace("%1", str(rows))
            .replace("%2", Path(path).name)
        )
        return True

    # -- language ----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.year_label.setText(self.tr("Year of data"))
        self.source_label.setText(self.tr("Source"))
        self.source.setPlaceholderText(self.tr("e.g. BPS, Dukcapil, APBD"))
        self.import_button.setText(self.tr("Import values…"))
        self.template_button.setText(self.tr("Save values sheet…"))
        self.kepulauan.setText(self.tr("Archipelagic region"))
        self.kepulauan.setToolTip(
            self.tr("The region is berciri kepulauan (archipelagic): its perhubungan values "
                    "are scored by the Lampiran's table for such regions.")
        )  # fmt: skip
        self.urusan.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Urusan or function"), self.tr("General"),
            self.tr("Technical"), self.tr("Sum"), self.tr("Factor"), self.tr("Score"),
            self.tr("Form"), self.tr("Missing"),
        ])  # fmt: skip
        self.indicators.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Indicator"), self.tr("Unit"), self.tr("Value"),
            self.tr("Class"), self.tr("Scale"), self.tr("Score"),
        ])  # fmt: skip
        self.opd.setHorizontalHeaderLabels([
            self.tr("OPD"), self.tr("Urusan"), self.tr("Declared type"),
            self.tr("Type from the scores"), self.tr("Score"),
        ])  # fmt: skip
        self.tabs.setTabText(0, self.tr("Indicators"))
        self.tabs.setTabText(1, self.tr("OPD types"))
        dock = self.parent()
        if isinstance(dock, QDockWidget):
            dock.setWindowTitle(self.tr("Pemetaan urusan"))
        if self.document is not None:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def add_pemetaan_dock(window: QMainWindow, beside: QDockWidget | None = None) -> PemetaanView:
    """The view in a dock of ``window`` (tabbed with ``beside``); the window gives it
    its document (``PemetaanView.set_document``)."""
    view = PemetaanView(window)
    dock = QDockWidget(window)
    dock.setObjectName("pemetaanDock")
    dock.setWidget(view)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    if beside is not None:
        window.tabifyDockWidget(beside, dock)
        beside.raise_()
    TallWhileShown(window, dock, TALL_SHARE)
    view.retranslate_ui()
    return view


#: The share of the window's height the pemetaan's dock takes while it is in front: the
#: values of some 30 urusan are typed in here, which a laptop's findings strip (four
#: rows) makes a chore.
TALL_SHARE = 0.5
