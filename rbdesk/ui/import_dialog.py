"""*Berkas → Impor…*: a planner's sheet made into a plan or a new scenario, with a mapping
step (issue 15 item 1).

The dialog shows the columns found, each with a few of its values and the field rbdesk
reads it as (the mapping remembered for the same header row, else rbdesk's proposal),
the tree the sheet makes with that mapping (kinds inferred from names marked, and
correctable), and every problem with its row and column. Nothing is written until the
planner accepts, and OK stays disabled while there is a problem. The import makes a new
plan (the window then opens it) or adds the structure to the open plan as a new
scenario (one undo step of the plan's history).

The reading and checking are :mod:`rbdesk.interchange.sheet_import`'s, the same as
``rbdesk import``'s.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rbdesk.domain.errors import RbdeskError
from rbdesk.domain.model import Level, Scenario, ScenarioRole, Structure
from rbdesk.interchange import mapping as mp
from rbdesk.interchange.reference_csv import CsvImportError
from rbdesk.interchange.sheet_import import Built, build, proposed_mapping
from rbdesk.interchange.sheets import Sheet, read_sheet
from rbdesk.rules.catalogue import Catalogue
from rbdesk.ui.commands import DocumentCommand, push
from rbdesk.ui.messages import said, window_language
from rbdesk.ui.plaintext import plain_label

#: The sample values shown per column.
SAMPLES = 3


class ImportScenarioCommand(DocumentCommand):
    """Add an imported structure as a scenario; undo deletes it, redo puts it back."""

    scenario_edit = False
    plan_level = True

    def __init__(self, document: Any, structure: Structure) -> None:
        super().__init__(
            document,
            QCoreApplication.translate("ImportScenarioCommand", "Import scenario “{name}”").format(
                name=structure.scenario.name
            ),
        )
        self.structure = structure
        self.scenario_id: int | None = None
        self.snapshot: Any = None

    def made_change(self, version_before: int) -> bool:
        return True

    def apply(self) -> None:
        if self.snapshot is None:
            self.scenario_id = self.document.insert_scenario(self.structure).id
        else:
            self.document.restore_scenario(self.snapshot, switch=False)
            self.snapshot = None

    def revert(self) -> None:
        assert self.scenario_id is not None
        self.snapshot = self.document.delete_scenario(self.scenario_id)


class ImportDialog(QDialog):
    """See the module docstring."""

    def __init__(self, path: Path, catalogue: Catalogue, window: Any,
                 memory: Path | None = None) -> None:  # fmt: skip
        super().__init__(window)
        self.setObjectName("importDialog")
        self.window_ = window
        self.catalogue = catalogue
        self.memory = memory
        self.path = path
        self.sheet: Sheet | None = None
        self.built: Built | None = None
        self.kinds: dict[int, str] = {}  # row → the planner's kind
        self.combos: list[QComboBox] = []
        self.setWindowTitle(self.tr("Import a sheet"))
        layout = QVBoxLayout(self)
        self.source = plain_label(QLabel(self))
        self.source.setObjectName("importSource")
        self.source.setWordWrap(True)
        self.sheet_choice = QComboBox(self)
        self.sheet_choice.setObjectName("importSheet")
        top = QHBoxLayout()
        top.addWidget(self.source, 1)
        top.addWidget(self.sheet_choice)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.columns = QTableWidget(0, 3, splitter)
        self.columns.setObjectName("importColumns")
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Values"), self.tr("Read as")]
        )
        self.columns.verticalHeader().hide()
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.preview = QTreeWidget(right)
        self.preview.setObjectName("importPreview")
        self.preview.setHeaderLabels(
            [self.tr("Unit"), self.tr("Kind"), self.tr("Eselon"), self.tr("Type"), self.tr("Row")]
        )
        self.preview.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.preview.header().setStretchLastSection(False)
        self.preview.setColumnWidth(1, 190)  # a kind's box: "Sekretariat Daerah" whole
        self.problems = QListWidget(right)
        self.problems.setObjectName("importProblems")
        self.problems.itemClicked.connect(self._problem_clicked)
        self.problems.itemDoubleClicked.connect(self._problem_activated)
        right_layout.addWidget(self.preview, 3)
        right_layout.addWidget(self.problems, 1)
        splitter.addWidget(self.columns)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        # -- where it goes
        target = QGroupBox(self.tr("Import into"), self)
        form = QFormLayout(target)
        self.as_plan = QRadioButton(self.tr("A new plan"), target)
        self.as_plan.setObjectName("importAsPlan")
        self.as_scenario = QRadioButton(self.tr("A new scenario of the open plan"), target)
        self.as_scenario.setObjectName("importAsScenario")
        group = QButtonGroup(self)
        group.addButton(self.as_plan)
        group.addButton(self.as_scenario)
        self.plan_path = QLineEdit(str(path.with_suffix(".rbd")), target)
        self.plan_path.setObjectName("importPlanPath")
        self.region = QLineEdit(target)
        self.region.setObjectName("importRegion")
        self.level = QComboBox(target)
        self.level.setObjectName("importLevel")
        for lv in Level:
            self.level.addItem(lv.value.capitalize(), lv.value)
        self.scenario_name = QLineEdit(path.stem, target)
        self.scenario_name.setObjectName("importScenarioName")
        form.addRow(self.as_plan)
        form.addRow(self.tr("File"), self.plan_path)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.as_scenario)
        form.addRow(self.tr("Scenario name"), self.scenario_name)
        layout.addWidget(target)
        self.error = plain_label(QLabel(self))
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        has_plan = getattr(window, "document", None) is not None
        self.as_scenario.setEnabled(has_plan and not window.document.read_only)
        self.as_plan.setChecked(True)
        for widget in (self.as_plan, self.as_scenario):
            widget.toggled.connect(self._target_changed)
        self.sheet_choice.currentIndexChanged.connect(self._sheet_chosen)
        self.level.activated.connect(lambda _=0: self.choose_level(Level(self.level.currentData())))
        self.region.editingFinished.connect(self.rebuild)
        self.resize(1180, 660)  # fits 1280 × 720
        self._read(None)
        self._target_changed()

    # -- reading ---------------------------------------------------------------------------
    def _read(self, sheet_name: str | None) -> None:
        try:
            self.sheet = read_sheet(self.path, sheet_name)
        except CsvImportError as exc:
            self.sheet = None
            self.error.setText(said(exc))
            self._show(None)
            return
        sheet = self.sheet
        if sheet_name is None and sheet.sheet_names:
            self.sheet_choice.blockSignals(True)
            self.sheet_choice.addItems(list(sheet.sheet_names))
            self.sheet_choice.blockSignals(False)
        self.sheet_choice.setVisible(len(sheet.sheet_names) > 1)
        self.source.setText(
            self.tr("{file}: a {format} sheet, {rows} rows; the header is row {header}.").format(
                file=self.path.name, format=sheet.format, rows=len(sheet.rows),
                header=sheet.header_row)
        )  # fmt: skip
        mapping, remembered = proposed_mapping(sheet, self.memory)
        if remembered:
            self.source.setText(
                self.source.text() + " " + self.tr("The mapping chosen last time is applied.")
            )
        self._fill_columns(sheet, mapping)
        self.rebuild()

    def _sheet_chosen(self, index: int) -> None:
        if index >= 0:
            self.kinds.clear()
            self._read(self.sheet_choice.itemText(index))

    def _fill_columns(self, sheet: Sheet, mapping: dict[str, int]) -> None:
        by_column = {i: f for f, i in mapping.items()}
        self.columns.setRowCount(len(sheet.headers))
        self.combos = []
        for i, header in enumerate(sheet.headers):
            name = QTableWidgetItem(header)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            samples = [cells[i] for _, cells in sheet.rows[:20] if i < len(cells) and cells[i]]
            values = QTableWidgetItem(", ".join(samples[:SAMPLES]))
            values.setFlags(values.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.columns.setItem(i, 0, name)
            self.columns.setItem(i, 1, values)
            combo = QComboBox(self.columns)
            combo.setObjectName(f"importField{i}")
            combo.addItem(self.tr("(left out)"), "")
            for f in mp.FIELDS:
                combo.addItem(QCoreApplication.translate("ImportDialog", str(FIELD_NAMES[f])), f)
            combo.setCurrentIndex(max(0, combo.findData(by_column.get(i, ""))))
            combo.currentIndexChanged.connect(lambda _=0, at=i: self._field_chosen(at))
            self.columns.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        self.columns.resizeColumnToContents(0)
        self.columns.resizeColumnToContents(2)

    def _field_chosen(self, at: int) -> None:
        field = self.combos[at].currentData()
        if field:  # a field is read from one column: another that had it lets go
            for i, combo in enumerate(self.combos):
                if i != at and combo.currentData() == field:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self.rebuild()

    def mapping(self) -> dict[str, int]:
        return {c.currentData(): i for i, c in enumerate(self.combos) if c.currentData()}

    def set_field(self, column: str, field: str) -> None:
        """Read the column headed ``column`` as ``field`` (as choosing it in its box)."""
        assert self.sheet is not None
        at = self.sheet.headers.index(column)
        self.combos[at].setCurrentIndex(self.combos[at].findData(field))

    def rebuild(self) -> None:
        """Build again with the mapping shown and the kinds corrected; show the result."""
        if self.sheet is None:
            return
        level = None if self.level.property("touched") is None else Level(self.level.currentData())
        self.built = build(self.sheet, self.mapping(), self.catalogue, level=level,
                           region_name=self.region.text().strip() or None,
                           kinds=self.kinds)  # fmt: skip
        self._show(self.built)

    def _show(self, built: Built | None) -> None:
        self.preview.clear()
        self.problems.clear()
        if built is None:
            self._update_ok()
            return
        lang = window_language()
        for problem in built.problems:
            item = QListWidgetItem(problem.said(lang))
            item.setData(Qt.ItemDataRole.UserRole, problem.row)
            item.setData(Qt.ItemDataRole.UserRole + 1, problem.code)
            if problem.code == "sheet.kind_not_inferred":
                item.setToolTip(self.tr("Double-click to choose its kind"))
            item.setForeground(Qt.GlobalColor.darkRed)
            self.problems.addItem(item)
        if built.result is not None and not self.region.text():
            self.region.setPlaceholderText(built.result.region.name)
        if built.level is not None and self.level.property("touched") is None:
            self.level.blockSignals(True)
            self.level.setCurrentIndex(self.level.findData(built.level.value))
            self.level.blockSignals(False)
        if built.structure is not None:  # the units read well, problems or not
            self._fill_tree(built.structure, built)
        self.problems.setVisible(bool(built.problems))
        self._update_ok()

    def _fill_tree(self, structure: Structure, built: Built) -> None:
        items: dict[int, QTreeWidgetItem] = {}
        children: dict[int | None, list[int]] = {}
        for uid, unit in structure.units.items():
            children.setdefault(unit.parent_id, []).append(uid)
        words = window_language()
        stack: list[tuple[int | None, int]] = []
        stack += [(None, u) for u in reversed(children.get(None, []))]
        while stack:
            parent, uid = stack.pop()
            unit = structure.units[uid]
            kind = self.catalogue.kind_words(unit.kind)
            text = kind.id if words == "id" else kind.en
            item = QTreeWidgetItem([unit.name, text, unit.eselon or "", unit.unit_type or "",
                                    str(built.rows.get(uid, ""))])  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, uid)
            if parent is None:
                self.preview.addTopLevelItem(item)
            else:
                items[parent].addChild(item)
            items[uid] = item
            if uid in built.inferred or built.rows.get(uid) in self.kinds:
                self._kind_box(item, unit.kind, built.rows[uid])
            stack += [(uid, c) for c in reversed(children.get(uid, []))]
        self.preview.expandToDepth(1)

    def _kind_box(self, item: QTreeWidgetItem, kind: str, row: int) -> None:
        """An inferred kind, correctable: a box in the preview."""
        box = QComboBox(self.preview)
        box.setObjectName(f"importKind{row}")
        words = window_language()
        for key in self.catalogue.kinds:
            w = self.catalogue.kind_words(key)
            box.addItem(w.id if words == "id" else w.en, key)
        box.setCurrentIndex(box.findData(kind))
        box.setToolTip(self.tr("Inferred from the name: check it"))
        box.currentIndexChanged.connect(lambda _=0, r=row, b=box: self._kind_chosen(r, b))
        self.preview.setItemWidget(item, 1, box)

    def _kind_chosen(self, row: int, box: QComboBox) -> None:
        self.set_kind(row, box.currentData())

    def set_kind(self, row: int, kind: str) -> None:
        """The kind of the unit of ``row``, as the planner says (its name did not)."""
        self.kinds[row] = kind
        self.rebuild()

    def _problem_activated(self, item: QListWidgetItem) -> None:
        """Double-click on a unit whose kind its name does not tell: choose it."""
        code = item.data(Qt.ItemDataRole.UserRole + 1)
        row = item.data(Qt.ItemDataRole.UserRole)
        if code != "sheet.kind_not_inferred" or row is None:
            return
        words = window_language()
        keys = list(self.catalogue.kinds)
        names = [getattr(self.catalogue.kind_words(k), words) for k in keys]
        chosen, ok = QInputDialog.getItem(self, self.tr("Kind of the unit"),
                                          item.text(), names, 0, False)  # fmt: skip
        if ok and chosen in names:
            self.set_kind(row, keys[names.index(chosen)])

    def _problem_clicked(self, item: QListWidgetItem) -> None:
        row = item.data(Qt.ItemDataRole.UserRole)
        if row is None or self.built is None:
            return
        for uid, number in self.built.rows.items():
            if number == row:
                found = self._item_of(uid)
                if found is not None:
                    self.preview.setCurrentItem(found)
                return

    def _item_of(self, uid: int) -> QTreeWidgetItem | None:
        root = self.preview.invisibleRootItem()
        pending = [root.child(i) for i in range(root.childCount())]
        while pending:
            item = pending.pop()
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == uid:
                return item
            if item is not None:
                pending += [item.child(i) for i in range(item.childCount())]
        return None

    # -- the target ------------------------------------------------------------------------
    def _target_changed(self) -> None:
        new_plan = self.as_plan.isChecked()
        for widget in (self.plan_path, self.region, self.level):
            widget.setEnabled(new_plan)
        self.scenario_name.setEnabled(not new_plan)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.built is not None and self.built.result is not None and not self.built.problems
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def choose_level(self, level: Level) -> None:
        self.level.setProperty("touched", True)
        self.level.setCurrentIndex(self.level.findData(level.value))
        self.rebuild()

    def accept(self) -> None:
        self.rebuild()
        if self.built is None or self.built.result is None or self.built.problems:
            return
        result = self.built.result
        try:
            if self.as_scenario.isChecked():
                name = self.scenario_name.text().strip()
                structure = replace(result.structure,
                                    scenario=Scenario(0, name, ScenarioRole.CURRENT))  # fmt: skip
                error = push(self.window_.document, ImportScenarioCommand(self.window_.document,
                                                                          structure))  # fmt: skip
                if error is not None:
                    self.error.setText(str(error))
                    return
            else:
                from rbdesk.store import Store

                target = Path(self.plan_path.text().strip())
                if target.exists():
                    self.error.setText(self.tr("{path} exists: choose another file.").format(
                        path=target))  # fmt: skip
                    return
                with Store.build(target, result.region, [result.structure]):
                    pass
                self.window_.open_path(target)
        except (RbdeskError, OSError) as exc:
            self.error.setText(said(exc))
            return
        assert self.sheet is not None
        mp.remember(self.sheet.headers, self.mapping(), self.memory)
        super().accept()


#: The fields' names in the mapping boxes.
FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("ImportDialog", "Unit name"),
    "parent": QT_TRANSLATE_NOOP("ImportDialog", "Parent (name)"),
    "id": QT_TRANSLATE_NOOP("ImportDialog", "ID"),
    "parent_id": QT_TRANSLATE_NOOP("ImportDialog", "Parent ID"),
    "kind": QT_TRANSLATE_NOOP("ImportDialog", "Kind"),
    "short_name": QT_TRANSLATE_NOOP("ImportDialog", "Short name"),
    "type": QT_TRANSLATE_NOOP("ImportDialog", "Type"),
    "eselon": QT_TRANSLATE_NOOP("ImportDialog", "Eselon"),
    "code": QT_TRANSLATE_NOOP("ImportDialog", "Organisation code"),
    "urusan": QT_TRANSLATE_NOOP("ImportDialog", "Urusan"),
    "urusan_additional": QT_TRANSLATE_NOOP("ImportDialog", "Additional urusan"),
    "headcount": QT_TRANSLATE_NOOP("ImportDialog", "Staff"),
    "needed": QT_TRANSLATE_NOOP("ImportDialog", "Needed"),
    "title": QT_TRANSLATE_NOOP("ImportDialog", "Head's post"),
    "tugas": QT_TRANSLATE_NOOP("ImportDialog", "Duties"),
    "fungsi": QT_TRANSLATE_NOOP("ImportDialog", "Functions"),
    "hospital_kind": QT_TRANSLATE_NOOP("ImportDialog", "Hospital kind"),
    "notes": QT_TRANSLATE_NOOP("ImportDialog", "Notes"),
    "sort_order": QT_TRANSLATE_NOOP("ImportDialog", "Order"),
    "workload_score": QT_TRANSLATE_NOOP("ImportDialog", "Workload score"),
}


def import_plan_json(window: Any, path: Path, target: Path | None = None) -> bool:
    """A plan JSON (the lossless exchange of :mod:`rbdesk.interchange.plan_json`) made
    into a new plan whole, which the window then opens: there are no columns to map."""
    from rbdesk.interchange.plan_json import create_plan
    from rbdesk.ui import plaintext

    if target is None:
        name, _ = QFileDialog.getSaveFileName(
            window, QCoreApplication.translate("ImportDialog", "Save the plan as"),
            str(path.with_suffix(".rbd")),
            QCoreApplication.translate("ImportDialog", "rbdesk plans (*.rbd)"),
        )  # fmt: skip
        if not name:
            return False
        target = Path(name)
    title = QCoreApplication.translate("ImportDialog", "Cannot import the plan")
    if target.exists():
        plaintext.warning(window, title, QCoreApplication.translate(
            "ImportDialog", "{path} exists: choose another file.").format(path=target))  # fmt: skip
        return False
    try:
        import json

        doc = json.loads(path.read_text(encoding="utf-8-sig"))
        create_plan(target, doc).close()
    except (RbdeskError, OSError, ValueError) as exc:
        plaintext.warning(window, title, said(exc) if isinstance(exc, RbdeskError) else str(exc))
        return False
    return bool(window.open_path(target))


def _is_plan_json(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return b'"rbdesk-plan"' in handle.read(4096)
    except OSError:
        return False


def open_import_dialog(window: Any, path: Path | None = None) -> ImportDialog | None:
    """Choose a file (unless ``path``), then open the dialog for it (a plan JSON is made
    into a plan at once: :func:`import_plan_json`)."""
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            window, QCoreApplication.translate("ImportDialog", "Import a sheet"), str(Path.home()),
            QCoreApplication.translate("ImportDialog",
                                       "Sheets (*.xlsx *.csv *.txt *.json);;All files (*)"),
        )  # fmt: skip
        if not name:
            return None
        path = Path(name)
    if _is_plan_json(path):
        import_plan_json(window, path)
        return None
    catalogue = window.document.catalogue if window.document is not None else None
    if catalogue is None:
        from rbdesk.rules import default_catalogue

        catalogue = default_catalogue()
    dialog = ImportDialog(path, catalogue, window)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    window.active_dialog = dialog
    return dialog
