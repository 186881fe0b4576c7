"""The inspector: the fields of the selected unit, edited through undo commands.

A field is committed when editing finishes (Enter or leaving the field), as one
``EditUnitCommand``; invalid input is refused with an inline message under the form
and never written. The urusan and sub-urusan assignments are added through a picker
searching the catalogue (code, name, rumpun), removed, or switched between main and
supporting; positions and, for an OPD, its IKU are tables edited through small
dialogs. Each of these gestures is one undo step.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rbdesk.domain.limits import MAX_NAME, MAX_SHORT_NAME, shown
from rbdesk.domain.model import (
    ESELON,
    HOSPITAL_KINDS,
    UNIT_TYPES,
    Iku,
    Position,
    PositionCategory,
    Unit,
    UrusanAssignment,
    UrusanRole,
)
from rbdesk.ui.commands import (
    AddIkuCommand,
    AddPositionCommand,
    DeleteIkuCommand,
    DeletePositionCommand,
    DocumentCommand,
    EditIkuCommand,
    EditPositionCommand,
    EditUnitCommand,
    SetAssignmentsCommand,
    push,
)
from rbdesk.ui.dialogs import IkuDialog, PositionDialog, UrusanPicker
from rbdesk.ui.plaintext import plain_label, plain_tooltip
from rbdesk.ui.totals_view import UnitTotals


def _typed(edit: QLineEdit, value: str) -> str | None:
    """``value`` when ``edit`` shows only its start because ``value`` is longer than the
    field holds (a plan written by another program): it is left as it is, and the
    domain refuses the edit with the limit, instead of it being cut silently."""
    if len(value) > edit.maxLength() and edit.text() == value[: edit.maxLength()]:
        return value
    return None


class _TextBox(QPlainTextEdit):
    """A multi-line field that reports when it loses focus."""

    def __init__(self, on_done: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self._on_done()


#: The kind of a rumah sakit Daerah, which shows its jenis beside its kelas.
HOSPITAL = "rumah_sakit"


class Inspector(QScrollArea):
    """Every field of the selected unit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: Any = None
        self.language = "id"
        self.unit_id: int | None = None
        self.setWidgetResizable(True)
        body = QWidget(self)
        self.setWidget(body)
        outer = QVBoxLayout(body)
        self.title = plain_label(QLabel(body))  # the unit's name, from the file
        self.title.setObjectName("inspectorTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        outer.addWidget(self.title)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        self.name = QLineEdit(body)
        self.name.setObjectName("inspectorName")
        self.name.setMaxLength(MAX_NAME)
        self.short_name = QLineEdit(body)
        self.short_name.setObjectName("inspectorShortName")
        self.short_name.setMaxLength(MAX_SHORT_NAME)
        self.kind = QComboBox(body)
        self.kind.setObjectName("inspectorKind")
        self.kind.setToolTip(
            self.tr("Only kinds the law allows under this unit's parent and over its children")
        )
        self.unit_type = QComboBox(body)
        self.unit_type.setObjectName("inspectorType")
        self.unit_type.addItem("—", None)
        for code in UNIT_TYPES:
            self.unit_type.addItem(code, code)
        # a rumah sakit's jenis (PP 72/2019: Pasal 21F, 44E); its kelas is the type above
        self.hospital_kind = QComboBox(body)
        self.hospital_kind.setObjectName("inspectorHospitalKind")
        self.hospital_kind.addItem("—", None)
        for code in HOSPITAL_KINDS:
            self.hospital_kind.addItem(code, code)
        self.eselon = QComboBox(body)
        self.eselon.setObjectName("inspectorEselon")
        self.eselon.addItem("—", None)
        for code in ESELON:
            self.eselon.addItem(code, code)
        self.existing = QSpinBox(body)
        self.existing.setObjectName("inspectorExisting")
        self.needed = QSpinBox(body)
        self.needed.setObjectName("inspectorNeeded")
        for spin in (self.existing, self.needed):
            spin.setRange(0, 100000)
            spin.editingFinished.connect(self._commit)
        self.tugas = _TextBox(self._commit, body)
        self.tugas.setObjectName("inspectorTugas")
        self.fungsi = _TextBox(self._commit, body)
        self.fungsi.setObjectName("inspectorFungsi")
        self.notes = _TextBox(self._commit, body)
        self.notes.setObjectName("inspectorNotes")
        for text in (self.tugas, self.fungsi, self.notes):
            text.setFixedHeight(72)
        self.urusan = QListWidget(body)
        self.urusan.setObjectName("inspectorUrusan")
        self.urusan.setFixedHeight(96)
        self.positions = self._table(body, "inspectorPositions", 5)
        self.iku = self._table(body, "inspectorIku", 3)
        self.urusan_add = self._button(body, "urusanAdd", self.pick_urusan)
        self.urusan_role = self._button(body, "urusanToggleRole", self.toggle_urusan_role)
        self.urusan_remove = self._button(body, "urusanRemove", self.remove_urusan)
        self.position_add = self._button(body, "positionAdd", self.add_position)
        self.position_edit = self._button(body, "positionEdit", self.edit_position)
        self.position_remove = self._button(body, "positionRemove", self.remove_position)
        self.iku_add = self._button(body, "ikuAdd", self.add_iku)
        self.iku_edit = self._button(body, "ikuEdit", self.edit_iku)
        self.iku_remove = self._button(body, "ikuRemove", self.remove_iku)
        self.positions.itemDoubleClicked.connect(lambda _item: self.edit_position())
        self.iku.itemDoubleClicked.connect(lambda _item: self.edit_iku())
        self.active_dialog: Any = None
        self.labels: dict[str, QLabel] = {}
        for key, widget in (
            ("name", self.name), ("short", self.short_name), ("kind", self.kind),
            ("type", self.unit_type), ("hospital", self.hospital_kind), ("eselon", self.eselon),
            ("existing", self.existing),
            ("needed", self.needed), ("tugas", self.tugas), ("fungsi", self.fungsi),
            ("notes", self.notes),
        ):  # fmt: skip
            label = plain_label(QLabel(body))
            self.labels[key] = label
            self.form.addRow(label, widget)
        self.sections: dict[str, QWidget] = {}
        sections: tuple[tuple[str, QWidget, tuple[QPushButton, ...]], ...] = (
            ("urusan", self.urusan, (self.urusan_add, self.urusan_role, self.urusan_remove)),
            ("positions", self.positions,
             (self.position_add, self.position_edit, self.position_remove)),
            ("iku", self.iku, (self.iku_add, self.iku_edit, self.iku_remove)),
        )  # fmt: skip
        for key, listing, buttons in sections:
            section = QWidget(body)
            box = QVBoxLayout(section)
            box.setContentsMargins(0, 6, 0, 0)
            label = plain_label(QLabel(section))
            label.setStyleSheet("font-weight: bold;")
            self.labels[key] = label
            box.addWidget(label)
            box.addWidget(listing)
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            box.addLayout(row)
            outer.addWidget(section)
            self.sections[key] = section
        self.totals = UnitTotals(body)
        outer.addWidget(self.totals)
        self.error = plain_label(QLabel(body))  # refusals quote names
        self.error.setObjectName("inspectorError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        outer.addWidget(self.error)
        outer.addStretch(1)
        self.name.editingFinished.connect(self._commit)
        self.short_name.editingFinished.connect(self._commit)
        self.unit_type.activated.connect(lambda _i: self._commit())
        self.hospital_kind.activated.connect(lambda _i: self._commit())
        self.kind.activated.connect(lambda _i: self._commit())
        self.eselon.activated.connect(lambda _i: self._commit())
        self.retranslate_ui()
        self._enable(False)

    def set_document(self, document: Any) -> None:
        self.document = document
        document.unit_changed.connect(self._refresh_if_shown)
        document.unit_moved.connect(self._refresh_if_shown)  # the kinds its parent allows
        document.assignments_changed.connect(self._refresh_if_shown)
        document.positions_changed.connect(self._refresh_if_shown)
        document.iku_changed.connect(self._refresh_if_shown)
        document.unit_removed.connect(self._removed)
        self.totals.set_document(document)
        document.scenario_reset.connect(self._cleared)
        document.read_only_changed.connect(self._read_only_changed)
        self.show_unit(None)

    def _cleared(self) -> None:
        self.show_unit(None)

    def _read_only_changed(self, _read_only: bool) -> None:
        self.show_unit(self.unit_id)

    @staticmethod
    def _table(parent: QWidget, name: str, columns: int) -> QTableWidget:
        table = QTableWidget(0, columns, parent)
        table.setObjectName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, columns):
            table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        table.setFixedHeight(120)
        return table

    @staticmethod
    def _button(parent: QWidget, name: str, slot: Any) -> QPushButton:
        button = QPushButton(parent)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _enable(self, enabled: bool) -> None:
        for widget in (self.name, self.short_name, self.kind, self.unit_type,
                       self.hospital_kind, self.eselon,
                       self.existing, self.needed, self.tugas, self.fungsi, self.notes,
                       self.urusan_add, self.urusan_role, self.urusan_remove, self.position_add,
                       self.position_edit, self.position_remove, self.iku_add, self.iku_edit,
                       self.iku_remove):  # fmt: skip
            widget.setEnabled(enabled)

    def _removed(self, unit_id: int) -> None:
        if unit_id == self.unit_id:
            self.show_unit(None)

    def _refresh_if_shown(self, unit_id: int) -> None:
        if unit_id == self.unit_id:
            self.show_unit(unit_id)

    def show_unit(self, unit_id: int | None) -> None:
        doc = self.document
        unit = doc.structure.units.get(unit_id) if doc is not None and unit_id else None
        self.unit_id = unit.id if unit else None
        self.totals.show_unit(self.unit_id)
        self.error.clear()
        self._enable(unit is not None and not doc.read_only)
        if unit is None:
            self.title.setText(self.tr("Select a unit in the tree or the chart"))
            for edit in (self.name, self.short_name):
                edit.clear()
            for text in (self.tugas, self.fungsi, self.notes):
                text.clear()
            self.urusan.clear()
            self.positions.setRowCount(0)
            self.iku.setRowCount(0)
            self.kind.clear()
            # no value of the last unit stays on show (a scenario switched, a unit gone)
            for combo in (self.unit_type, self.eselon, self.hospital_kind):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            for spin in (self.existing, self.needed):
                spin.blockSignals(True)
                spin.setValue(0)
                spin.blockSignals(False)
            self.form.setRowVisible(self.hospital_kind, False)
            return
        kind = doc.catalogue.kinds.get(unit.kind)
        self.title.setText(shown(unit.name, MAX_NAME))  # a label of a million characters stalls
        self.name.setText(unit.name)
        self.short_name.setText(unit.short_name)
        for edit in (self.name, self.short_name):
            edit.setCursorPosition(0)  # a long name shows its start ("Seksi ..."), not its end
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind_id in doc.possible_kinds(unit.id):
            entry = doc.catalogue.kinds.get(kind_id)
            text = (entry.name_id if self.language == "id" else entry.name_en) if entry else kind_id
            self.kind.addItem(text, kind_id)
        self.kind.setCurrentIndex(0)
        self.kind.blockSignals(False)
        self.unit_type.setCurrentIndex(max(self.unit_type.findData(unit.unit_type), 0))
        # a rumah sakit's type is its kelas, beside its jenis (umum or khusus)
        hospital = unit.kind == HOSPITAL
        self.labels["type"].setText(self.tr("Class") if hospital else self.tr("Type"))
        self.form.setRowVisible(self.hospital_kind, hospital)
        self.hospital_kind.setCurrentIndex(
            max(self.hospital_kind.findData(unit.hospital_kind), 0) if hospital else 0
        )
        self.eselon.setCurrentIndex(max(self.eselon.findData(unit.eselon), 0))
        self.existing.setValue(unit.headcount_existing)
        self.needed.setValue(unit.headcount_needed)
        for box, value in ((self.tugas, unit.tugas), (self.fungsi, unit.fungsi),
                           (self.notes, unit.notes)):  # fmt: skip
            if box.toPlainText() != value:
                box.setPlainText(value)
        self.urusan.clear()
        for a in doc.assignments_of(unit.id):
            role = self.tr("main") if a.role is UrusanRole.MAIN else self.tr("supporting")
            name = doc.catalogue.code_name(a.code)
            if self.language == "en" and a.code in doc.catalogue.urusan:
                name = doc.catalogue.urusan[a.code].name_en  # sub-urusan: Indonesian only
            urusan = doc.catalogue.urusan_of(a.code) if doc.catalogue.has_code(a.code) else None
            rumpun = (
                " · " + self.tr("rumpun {id}").format(id=urusan.rumpun)
                if urusan and urusan.rumpun
                else ""
            )
            item = QListWidgetItem(f"{a.code} {name} ({role}){rumpun}")
            item.setData(Qt.ItemDataRole.UserRole, a.code)
            item.setToolTip(plain_tooltip(item.text()))
            self.urusan.addItem(item)
        categories = {
            PositionCategory.STRUCTURAL: self.tr("structural"),
            PositionCategory.FUNCTIONAL: self.tr("functional"),
            PositionCategory.PELAKSANA: self.tr("pelaksana"),
        }
        self._fill(
            self.positions,
            [(p.id, (p.title, categories[p.category], p.eselon or "—", str(p.existing),
                     str(p.needed))) for p in doc.positions_of(unit.id)],
        )  # fmt: skip
        self._fill(
            self.iku, [(i.id, (i.indicator, i.target, i.measure)) for i in doc.iku_of(unit.id)]
        )
        self.sections["iku"].setVisible(bool(kind and kind.opd) or bool(doc.iku_of(unit.id)))

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[int, tuple[str, ...]]]) -> None:
        table.setRowCount(len(rows))
        for r, (record_id, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, record_id)
                item.setToolTip(plain_tooltip(text))
                table.setItem(r, c, item)

    def edited_unit(self) -> Unit | None:
        """The unit as the form shows it, or ``None`` with the reason shown inline."""
        doc = self.document
        if doc is None or self.unit_id is None or self.unit_id not in doc.structure.units:
            return None
        name = self.name.text().strip()
        if not name:
            self.error.setText(self.tr("A unit needs a name; the change was not saved."))
            return None
        unit = doc.structure.units[self.unit_id]
        kind = self.kind.currentData() or unit.kind
        return replace(
            unit,
            name=_typed(self.name, unit.name) or name,
            short_name=_typed(self.short_name, unit.short_name) or self.short_name.text().strip(),
            kind=kind,
            unit_type=self.unit_type.currentData(),
            hospital_kind=self.hospital_kind.currentData() if kind == HOSPITAL else None,
            eselon=self.eselon.currentData(),
            headcount_existing=self.existing.value(),
            headcount_needed=self.needed.value(),
            tugas=self.tugas.toPlainText(),
            fungsi=self.fungsi.toPlainText(),
            notes=self.notes.toPlainText(),
        )

    def _commit(self) -> None:
        if self.document is None or self.unit_id is None or self.document.read_only:
            return
        edited = self.edited_unit()
        if edited is None:
            return
        if edited == self.document.structure.units.get(self.unit_id):
            return
        self._push(EditUnitCommand(self.document, edited))

    def _push(self, command: DocumentCommand) -> str | None:
        """Push an edit; a refusal is shown inline and returned."""
        error = push(self.document, command)
        if error is not None:
            self.error.setText(str(error))
            return str(error)
        self.error.clear()
        return None

    def _writable_unit(self) -> int | None:
        doc = self.document
        if doc is None or doc.read_only or self.unit_id not in doc.structure.units:
            return None
        return self.unit_id

    # -- urusan ---------------------------------------------------------------------------
    def _set_assignments(self, unit_id: int, assignments: list[UrusanAssignment]) -> str | None:
        return self._push(SetAssignmentsCommand(self.document, unit_id, assignments))

    def pick_urusan(self) -> UrusanPicker | None:
        """Open the picker; choosing an entry assigns it to the unit (one undo step)."""
        unit_id = self._writable_unit()
        if unit_id is None:
            return None
        current = list(self.document.assignments_of(unit_id))

        def submit(value: tuple[str, UrusanRole]) -> str | None:
            code, role = value
            return self._set_assignments(unit_id, [*current, UrusanAssignment(unit_id, code, role)])

        dialog = UrusanPicker(
            self.document.catalogue, self.language, submit, {a.code for a in current}, self
        )
        return self._open(dialog)

    def _selected_code(self) -> str | None:
        item = self.urusan.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def remove_urusan(self) -> None:
        unit_id, code = self._writable_unit(), self._selected_code()
        if unit_id is None or code is None:
            return
        kept = [a for a in self.document.assignments_of(unit_id) if a.code != code]
        self._set_assignments(unit_id, kept)

    def toggle_urusan_role(self) -> None:
        unit_id, code = self._writable_unit(), self._selected_code()
        if unit_id is None or code is None:
            return
        flip = {UrusanRole.MAIN: UrusanRole.SUPPORTING, UrusanRole.SUPPORTING: UrusanRole.MAIN}
        changed = [
            replace(a, role=flip[a.role]) if a.code == code else a
            for a in self.document.assignments_of(unit_id)
        ]
        self._set_assignments(unit_id, changed)
        for row in range(self.urusan.count()):
            if self.urusan.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.urusan.setCurrentRow(row)

    # -- positions and IKU -----------------------------------------------------------------
    def _open(self, dialog: Any) -> Any:
        """Show a dialog window-modal without blocking (tests and people type into it)."""
        self.active_dialog = dialog
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    @staticmethod
    def _selected_id(table: QTableWidget) -> int | None:
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def add_position(self) -> PositionDialog | None:
        unit_id = self._writable_unit()
        if unit_id is None:
            return None
        order = max((p.sort_order for p in self.document.positions_of(unit_id)), default=-1) + 1
        blank = Position(0, unit_id, "", PositionCategory.STRUCTURAL, sort_order=order)
        return self._open(PositionDialog(
            blank, lambda p: self._push(AddPositionCommand(self.document, p)), self))  # fmt: skip

    def edit_position(self) -> PositionDialog | None:
        position_id = self._selected_id(self.positions)
        if self._writable_unit() is None or position_id is None:
            return None
        position = self.document.position(position_id)
        submit = lambda p: self._push(EditPositionCommand(self.document, p))  # noqa: E731
        return self._open(PositionDialog(position, submit, self))

    def remove_position(self) -> None:
        position_id = self._selected_id(self.positions)
        if self._writable_unit() is not None and position_id is not None:
            self._push(DeletePositionCommand(self.document, position_id))

    def add_iku(self) -> IkuDialog | None:
        unit_id = self._writable_unit()
        if unit_id is None:
            return None
        order = max((i.sort_order for i in self.document.iku_of(unit_id)), default=-1) + 1
        blank = Iku(0, unit_id, "", sort_order=order)
        return self._open(IkuDialog(
            blank, lambda i: self._push(AddIkuCommand(self.document, i)), self))  # fmt: skip

    def edit_iku(self) -> IkuDialog | None:
        iku_id = self._selected_id(self.iku)
        if self._writable_unit() is None or iku_id is None:
            return None
        return self._open(IkuDialog(
            self.document.iku(iku_id),
            lambda i: self._push(EditIkuCommand(self.document, i)), self))  # fmt: skip

    def remove_iku(self) -> None:
        iku_id = self._selected_id(self.iku)
        if self._writable_unit() is not None and iku_id is not None:
            self._push(DeleteIkuCommand(self.document, iku_id))

    def retranslate_ui(self) -> None:
        if hasattr(self, "totals"):
            self.totals.retranslate_ui()
        texts = {
            "name": self.tr("Name"), "short": self.tr("Short name"), "kind": self.tr("Kind"),
            "type": self.tr("Type"), "hospital": self.tr("Hospital kind"),
            "eselon": self.tr("Eselon"),
            "existing": self.tr("Staff now"), "needed": self.tr("Staff needed"),
            "tugas": self.tr("Tasks (tugas)"), "fungsi": self.tr("Functions (fungsi)"),
            "notes": self.tr("Notes"),
            "urusan": self.tr("Urusan"), "positions": self.tr("Positions"),
            "iku": self.tr("IKU"),
        }  # fmt: skip
        for key, label in self.labels.items():
            label.setText(texts[key])
        for button, text in (
            (self.urusan_add, self.tr("Assign…")), (self.urusan_role, self.tr("Main/supporting")),
            (self.urusan_remove, self.tr("Remove")), (self.position_add, self.tr("Add…")),
            (self.position_edit, self.tr("Edit…")), (self.position_remove, self.tr("Remove")),
            (self.iku_add, self.tr("Add…")), (self.iku_edit, self.tr("Edit…")),
            (self.iku_remove, self.tr("Remove")),
        ):  # fmt: skip
            button.setText(text)
        self.positions.setHorizontalHeaderLabels([
            self.tr("Title"), self.tr("Category"), self.tr("Eselon"), self.tr("Now"),
            self.tr("Needed")])  # fmt: skip
        self.iku.setHorizontalHeaderLabels(
            [self.tr("Indicator"), self.tr("Target"), self.tr("Measure")]
        )
        self.hospital_kind.setItemText(1, self.tr("general (umum)"))
        self.hospital_kind.setItemText(2, self.tr("special (khusus)"))
        self.hospital_kind.setToolTip(
            self.tr("A regional hospital is general (umum) or special (khusus); with its "
                    "class it sets the eselon of its posts and its sub-units (PP 72/2019)")
        )  # fmt: skip
        self.show_unit(self.unit_id)


__all__ = ["Inspector", "Qt"]
