"""The inspector: the fields of the selected unit, edited through undo commands.

A field is committed when editing finishes (Enter or leaving the field), as one
``EditUnitCommand``; invalid input is refused with an inline message under the form
and never written. The urusan assignments, positions and IKU of the unit are listed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rbdesk.domain.errors import RbdeskError
from rbdesk.domain.model import ESELON, UNIT_TYPES, Unit
from rbdesk.ui.commands import EditUnitCommand, push


class _TextBox(QPlainTextEdit):
    """A multi-line field that reports when it loses focus."""

    def __init__(self, on_done: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self._on_done()


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
        self.title = QLabel(body)
        self.title.setObjectName("inspectorTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        outer.addWidget(self.title)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        self.name = QLineEdit(body)
        self.name.setObjectName("inspectorName")
        self.short_name = QLineEdit(body)
        self.short_name.setObjectName("inspectorShortName")
        self.kind = QLabel(body)
        self.kind.setObjectName("inspectorKind")
        self.unit_type = QComboBox(body)
        self.unit_type.setObjectName("inspectorType")
        self.unit_type.addItem("—", None)
        for code in UNIT_TYPES:
            self.unit_type.addItem(code, code)
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
        self.positions = QListWidget(body)
        self.positions.setObjectName("inspectorPositions")
        self.iku = QListWidget(body)
        self.iku.setObjectName("inspectorIku")
        for lst in (self.urusan, self.positions, self.iku):
            lst.setFixedHeight(84)
        self.labels: dict[str, QLabel] = {}
        for key, widget in (
            ("name", self.name), ("short", self.short_name), ("kind", self.kind),
            ("type", self.unit_type), ("eselon", self.eselon), ("existing", self.existing),
            ("needed", self.needed), ("tugas", self.tugas), ("fungsi", self.fungsi),
            ("notes", self.notes), ("urusan", self.urusan), ("positions", self.positions),
            ("iku", self.iku),
        ):  # fmt: skip
            label = QLabel(body)
            self.labels[key] = label
            self.form.addRow(label, widget)
        self.error = QLabel(body)
        self.error.setObjectName("inspectorError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        outer.addWidget(self.error)
        outer.addStretch(1)
        self.name.editingFinished.connect(self._commit)
        self.short_name.editingFinished.connect(self._commit)
        self.unit_type.activated.connect(lambda _i: self._commit())
        self.eselon.activated.connect(lambda _i: self._commit())
        self.retranslate_ui()
        self._enable(False)

    def set_document(self, document: Any) -> None:
        self.document = document
        document.unit_changed.connect(self._refresh_if_shown)
        document.assignments_changed.connect(self._refresh_if_shown)
        document.positions_changed.connect(self._refresh_if_shown)
        document.iku_changed.connect(self._refresh_if_shown)
        document.unit_removed.connect(self._removed)
        document.scenario_reset.connect(self._cleared)
        document.read_only_changed.connect(self._read_only_changed)
        self.show_unit(None)

    def _cleared(self) -> None:
        self.show_unit(None)

    def _read_only_changed(self, _read_only: bool) -> None:
        self.show_unit(self.unit_id)

    def _enable(self, enabled: bool) -> None:
        for widget in (self.name, self.short_name, self.unit_type, self.eselon, self.existing,
                       self.needed, self.tugas, self.fungsi, self.notes):  # fmt: skip
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
        self.error.clear()
        self._enable(unit is not None and not doc.read_only)
        if unit is None:
            self.title.setText(self.tr("Select a unit in the tree or the chart"))
            for edit in (self.name, self.short_name):
                edit.clear()
            for text in (self.tugas, self.fungsi, self.notes):
                text.clear()
            for lst in (self.urusan, self.positions, self.iku):
                lst.clear()
            self.kind.clear()
            return
        kind = doc.catalogue.kinds.get(unit.kind)
        self.title.setText(unit.name)
        self.name.setText(unit.name)
        self.short_name.setText(unit.short_name)
        label = (kind.name_id if self.language == "id" else kind.name_en) if kind else unit.kind
        self.kind.setText(label)
        self.unit_type.setCurrentIndex(max(self.unit_type.findData(unit.unit_type), 0))
        self.eselon.setCurrentIndex(max(self.eselon.findData(unit.eselon), 0))
        self.existing.setValue(unit.headcount_existing)
        self.needed.setValue(unit.headcount_needed)
        for box, value in ((self.tugas, unit.tugas), (self.fungsi, unit.fungsi),
                           (self.notes, unit.notes)):  # fmt: skip
            if box.toPlainText() != value:
                box.setPlainText(value)
        self.urusan.clear()
        for a in doc.assignments_of(unit.id):
            role = self.tr("main") if a.role.value == "main" else self.tr("supporting")
            name = doc.catalogue.code_name(a.code)
            urusan = doc.catalogue.urusan_of(a.code) if doc.catalogue.has_code(a.code) else None
            rumpun = (
                " · " + self.tr("rumpun {id}").format(id=urusan.rumpun)
                if urusan and urusan.rumpun
                else ""
            )
            self.urusan.addItem(f"{a.code} {name} ({role}){rumpun}")
        self.positions.clear()
        for p in doc.positions_of(unit.id):
            eselon = f" {p.eselon}" if p.eselon else ""
            self.positions.addItem(f"{p.title}{eselon}: {p.existing}/{p.needed}")
        self.iku.clear()
        for i in doc.iku_of(unit.id):
            self.iku.addItem(f"{i.indicator}: {i.target} {i.measure}".strip())

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
        return replace(
            unit,
            name=name,
            short_name=self.short_name.text().strip(),
            unit_type=self.unit_type.currentData(),
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
        error = push(self.document, EditUnitCommand(self.document, edited))
        if isinstance(error, RbdeskError) or error is not None:
            self.error.setText(str(error))
        else:
            self.error.clear()

    def retranslate_ui(self) -> None:
        texts = {
            "name": self.tr("Name"), "short": self.tr("Short name"), "kind": self.tr("Kind"),
            "type": self.tr("Type"), "eselon": self.tr("Eselon"),
            "existing": self.tr("Staff now"), "needed": self.tr("Staff needed"),
            "tugas": self.tr("Tugas"), "fungsi": self.tr("Fungsi"), "notes": self.tr("Notes"),
            "urusan": self.tr("Urusan"), "positions": self.tr("Positions"),
            "iku": self.tr("IKU"),
        }  # fmt: skip
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.show_unit(self.unit_id)


__all__ = ["Inspector", "Qt"]
