"""Small dialogs of the window: a new plan, the urusan picker, a position and an IKU.

A dialog that edits the plan takes a ``submit`` callback that tries the change (through
an undo command) and returns the refusal's message, or ``None`` when it was made. The
dialog closes only on success; a refusal is shown inline under the form and nothing is
written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rbdesk.domain.errors import InvalidValueError
from rbdesk.domain.limits import MAX_NAME, MAX_SIGNATORY_FIELD, MAX_TEXT
from rbdesk.domain.model import (
    ESELON,
    Iku,
    Level,
    Position,
    PositionCategory,
    Region,
    Signatory,
    SignatoryRole,
    UrusanRole,
    normalise_nip,
)
from rbdesk.rules.catalogue import Catalogue
from rbdesk.ui.geo_factor import GeoFactorRow
from rbdesk.ui.plaintext import escaped, plain_label, plain_tooltip

#: Item data marking an urusan the unit already holds.
TAKEN_ROLE = Qt.ItemDataRole.UserRole + 1

#: Tries a change; returns the reason it was refused, or ``None`` when it was made.
Submit = Callable[[Any], str | None]


def limit_length(edit: QLineEdit, limit: int) -> None:
    """Let ``edit`` hold at most ``limit`` characters (``rbdesk.domain.limits``), unless
    it already shows a longer text from the file: Qt would cut that silently, and the
    domain refuses it with the limit instead."""
    if len(edit.text()) <= limit:
        edit.setMaxLength(limit)


class FormDialog(QDialog):
    """A form with OK/Cancel and an inline error line; OK asks ``submit``."""

    def __init__(self, parent: QWidget | None, submit: Submit | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = plain_label(QLabel(self))  # refusals quote names from the file
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def value(self) -> Any:
        raise NotImplementedError

    def validate(self) -> str | None:
        """A refusal found by the form itself, before ``submit`` is asked."""
        return None

    def accept(self) -> None:
        reason = self.validate()
        if reason is None and self._submit is not None:
            reason = self._submit(self.value())
        if reason:
            self.error.setText(reason)
            return
        self.error.clear()
        super().accept()


def _eselon_combo(parent: QWidget, name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.addItem("—", None)
    for code in ESELON:
        combo.addItem(code, code)
    return combo


# -- new plan ------------------------------------------------------------------------------
class NewPlanDialog(FormDialog):
    """Region name, level, code and geographic factor of a new plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPlanDialog")
        self.setWindowTitle(self.tr("New plan"))
        self.region_name = QLineEdit(self)
        self.region_name.setObjectName("newPlanName")
        self.region_name.setMaxLength(MAX_NAME)
        self.region_name.setPlaceholderText(self.tr("e.g. Kabupaten Sukamaju"))
        self.level = QComboBox(self)
        self.level.setObjectName("newPlanLevel")
        for level, label in (
            (Level.PROVINSI, self.tr("Province")),
            (Level.KABUPATEN, self.tr("Regency (kabupaten)")),
            (Level.KOTA, self.tr("City (kota)")),
        ):
            self.level.addItem(label, level.value)
        self.level.setCurrentIndex(1)
        self.code = QLineEdit(self)
        self.code.setObjectName("newPlanCode")
        self.code.setMaxLength(MAX_NAME)
        self.code.setPlaceholderText(self.tr("e.g. 35.16"))
        self.geo_factor = QDoubleSpinBox(self)
        self.geo_factor.setObjectName("newPlanGeoFactor")
        self.geo_factor.setRange(1.0, 3.0)
        self.geo_factor.setSingleStep(0.1)
        self.geo_factor.setDecimals(2)
        self.geo_factor.setValue(1.0)
        self.geo_factor.setToolTip(
            self.tr("Geographic difficulty factor used by the typology (1.0 when none applies)")
        )
        self.preparing_unit = QLineEdit(self)
        self.preparing_unit.setObjectName("newPlanPreparingUnit")
        self.preparing_unit.setMaxLength(MAX_NAME)
        self.preparing_unit.setPlaceholderText(self.tr("e.g. Bagian Organisasi Setda"))
        self.form.addRow(self.tr("Region name"), self.region_name)
        self.form.addRow(self.tr("Level"), self.level)
        self.form.addRow(self.tr("Region code"), self.code)
        self.form.addRow(self.tr("Geographic factor"), self.geo_factor)
        self.start = QComboBox(self)
        self.start.setObjectName("newPlanStart")
        self.start.addItem(self.tr("The standard perangkat daerah of its level"), True)
        self.start.addItem(self.tr("The head of the region only"), False)
        self.start.setToolTip(self.tr(
            "The standard set: Sekretariat Daerah with its asisten, Sekretariat DPRD, "
            "Inspektorat, a dinas for each urusan wajib and, in a kabupaten or kota, a "
            "kecamatan to name. Merge, rename and type them to your region."))  # fmt: skip
        self.form.addRow(self.tr("Preparing unit"), self.preparing_unit)
        self.form.addRow(self.tr("Start from"), self.start)
        self.finish_layout()
        self.setMinimumWidth(420)

    def template(self) -> bool:
        """Whether the plan starts from the standard perangkat daerah of its level."""
        return bool(self.start.currentData())

    def validate(self) -> str | None:
        name = self.region_name.text().strip()
        if not name:
            return self.tr("A plan needs the name of its region.")
        code = self.code.text().strip()
        if code and not all(part.isdigit() for part in code.split(".")):
            return self.tr("A region code is digits separated by dots, such as 35.16.")
        return None

    def value(self) -> Region:
        return Region(
            name=self.region_name.text().strip(),
            level=Level(self.level.currentData()),
            code=self.code.text().strip(),
            geo_factor=round(self.geo_factor.value(), 2),
            preparing_unit=self.preparing_unit.text().strip(),
        )


# -- plan details ----------------------------------------------------------------------
class PlanDetailsDialog(FormDialog):
    """The region's name, code, geographic factor and preparing unit, and the officials
    who sign the proposal (name, NIP, title), as the PDF prints them."""

    def __init__(
        self,
        region: Region,
        signatories: tuple[Signatory, ...],
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, submit)
        self.setObjectName("planDetailsDialog")
        self.setWindowTitle(self.tr("Plan details"))
        self.region = region
        self.region_name = QLineEdit(region.name, self)
        self.region_name.setObjectName("planRegionName")
        limit_length(self.region_name, MAX_NAME)
        levels = {Level.PROVINSI: self.tr("Province"),
                  Level.KABUPATEN: self.tr("Regency (kabupaten)"),
                  Level.KOTA: self.tr("City (kota)")}  # fmt: skip
        self.level = plain_label(QLabel(self), levels[region.level])
        self.code = QLineEdit(region.code, self)
        self.code.setObjectName("planRegionCode")
        limit_length(self.code, MAX_NAME)
        self.geo_factor = QDoubleSpinBox(self)
        self.geo_factor.setObjectName("planGeoFactor")
        self.geo_factor.setRange(0.01, 99.99)  # what a plan file may hold (any positive)
        self.geo_factor.setSingleStep(0.1)
        self.geo_factor.setDecimals(3)
        self.geo_factor.setValue(region.geo_factor)
        self._geo_shown = self.geo_factor.value()
        self.preparing_unit = QLineEdit(region.preparing_unit, self)
        self.preparing_unit.setObjectName("planPreparingUnit")
        limit_length(self.preparing_unit, MAX_NAME)
        self.form.addRow(self.tr("Region name"), self.region_name)
        self.form.addRow(self.tr("Level"), self.level)
        self.form.addRow(self.tr("Region code"), self.code)
        self.form.addRow(self.tr("Geographic factor"), GeoFactorRow(self.geo_factor, self))
        self.form.addRow(self.tr("Preparing unit"), self.preparing_unit)
        group = QGroupBox(self.tr("Signatures on the proposal"), self)
        grid = QGridLayout(group)
        for column, heading in enumerate(
            ("", self.tr("Name"), self.tr("NIP (18 digits)"), self.tr("Title (jabatan)"))
        ):
            bold = QLabel(f"<b>{escaped(heading)}</b>" if heading else "", group)
            bold.setTextFormat(Qt.TextFormat.RichText)  # our own words, escaped
            grid.addWidget(bold, 0, column)
        roles = {SignatoryRole.PREPARED: self.tr("Prepared by"),
                 SignatoryRole.CHECKED: self.tr("Checked by"),
                 SignatoryRole.APPROVED: self.tr("Approved by")}  # fmt: skip
        held = {s.role: s for s in signatories}
        self.signatory_fields: dict[SignatoryRole, tuple[QLineEdit, QLineEdit, QLineEdit]] = {}
        for row, role in enumerate(SignatoryRole, start=1):
            current = held.get(role, Signatory(role))
            edits = (QLineEdit(current.name, group), QLineEdit(current.nip, group),
                     QLineEdit(current.title, group))  # fmt: skip
            for column, (edit, key) in enumerate(zip(edits, ("Name", "Nip", "Title"),
                                                     strict=True), start=1):  # fmt: skip
                edit.setObjectName(f"signatory{role.value.title()}{key}")
                grid.addWidget(edit, row, column)
            limit_length(edits[0], MAX_SIGNATORY_FIELD)
            limit_length(edits[2], MAX_SIGNATORY_FIELD)
            edits[1].setPlaceholderText("19700101 199003 1 001")
            edits[1].setMinimumWidth(
                edits[1].fontMetrics().horizontalAdvance("19700101 199003 1 001") + 24
            )
            grid.addWidget(plain_label(QLabel(group), roles[role]), row, 0)
            self.signatory_fields[role] = edits
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(3, 3)
        self.layout_.addWidget(group)
        self.finish_layout()
        self.setMinimumWidth(760)

    def validate(self) -> str | None:
        if not self.region_name.text().strip():
            return self.tr("A plan needs the name of its region.")
        code = self.code.text().strip()
        if code and not all(part.isdigit() for part in code.split(".")):
            return self.tr("A region code is digits separated by dots, such as 35.16.")
        for _name, nip, _title in self.signatory_fields.values():
            try:
                normalise_nip(nip.text())
            except InvalidValueError:
                return self.tr(
                    "NIP '{nip}' is not valid: a NIP has 18 digits, the birth date "
                    "(YYYYMMDD), the month of appointment (YYYYMM), the sex (1 or 2) and a "
                    "serial number."
                ).format(nip=nip.text().strip())
        return None

    def value(self) -> tuple[Region, tuple[Signatory, ...]]:
        region = Region(
            name=self.region_name.text().strip(),
            level=self.region.level,
            code=self.code.text().strip(),
            # the stored value stays unless the field was changed (the box rounds it)
            geo_factor=self.region.geo_factor
            if self.geo_factor.value() == self._geo_shown
            else round(self.geo_factor.value(), 3),
            preparing_unit=self.preparing_unit.text().strip(),
            partial=self.region.partial,  # set with ``rbdesk details``
        )
        signatories = tuple(
            Signatory(role, name.text().strip(), nip.text(), title.text().strip())
            for role, (name, nip, title) in self.signatory_fields.items()
        )
        return region, tuple(s for s in signatories if not s.empty)


# -- urusan picker -----------------------------------------------------------------------
class UrusanPicker(FormDialog):
    """Search the catalogue's urusan and sub-urusan by code or name; the rumpun shows."""

    def __init__(
        self,
        catalogue: Catalogue,
        language: str,
        submit: Submit,
        taken: set[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, submit)
        self.setObjectName("urusanPicker")
        self.setWindowTitle(self.tr("Assign an urusan"))
        self.catalogue = catalogue
        self.search = QLineEdit(self)
        self.search.setObjectName("urusanSearch")
        self.search.setPlaceholderText(self.tr("Search by code or name, e.g. 2.08 or pangan"))
        self.search.setClearButtonEnabled(True)
        self.list = QTreeWidget(self)
        self.list.setObjectName("urusanList")
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Rumpun")])
        self.list.setRootIsDecorated(True)
        self.list.setUniformRowHeights(True)
        self.role = QComboBox(self)
        self.role.setObjectName("urusanRole")
        self.role.addItem(self.tr("main"), UrusanRole.MAIN.value)
        self.role.addItem(self.tr("supporting"), UrusanRole.SUPPORTING.value)
        self.layout_.insertWidget(0, self.search)
        self.layout_.insertWidget(1, self.list, 1)
        self.form.addRow(self.tr("Role"), self.role)
        self.finish_layout()
        taken = taken or set()
        subs: dict[str, list[str]] = {}
        for code, sub in catalogue.sub_urusan.items():
            subs.setdefault(sub.urusan_code, []).append(code)
        self.items: dict[str, QTreeWidgetItem] = {}
        for code, urusan in catalogue.urusan.items():
            rumpun = catalogue.rumpun.get(urusan.rumpun) if urusan.rumpun else None
            rumpun_text = ""
            if rumpun is not None:
                rumpun_name = rumpun.name if language == "id" else rumpun.name_en
                rumpun_text = f"{rumpun.id}: {rumpun_name}"
            name = urusan.name if language == "id" else urusan.name_en
            top = QTreeWidgetItem(self.list, [code, name, rumpun_text])
            # searched in both languages, whichever the window shows
            top.setData(1, Qt.ItemDataRole.UserRole, f"{urusan.name}\n{urusan.name_en}".lower())
            self.items[code] = top
            for sub_code in subs.get(code, []):
                sub_name = catalogue.sub_urusan[sub_code].name
                child = QTreeWidgetItem(top, [sub_code, sub_name, rumpun_text])
                child.setData(1, Qt.ItemDataRole.UserRole, sub_name.lower())
                self.items[sub_code] = child
        for code, item in self.items.items():
            item.setData(0, Qt.ItemDataRole.UserRole, code)
            item.setToolTip(1, plain_tooltip(item.text(1)))
            item.setToolTip(2, plain_tooltip(item.text(2)))
            if code in taken:  # shown greyed, refused when chosen
                item.setData(0, TAKEN_ROLE, True)
                for column in range(3):
                    item.setForeground(column, QBrush(QColor("#9e9e9e")))
                    item.setToolTip(column, plain_tooltip(self.tr("Already assigned to this unit")))
        self.list.header().resizeSection(0, 90)
        self.list.header().resizeSection(1, 330)
        self.search.textChanged.connect(self.filter)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        self.resize(720, 520)

    def filter(self, text: str) -> None:
        """Show entries whose code starts with, or whose Indonesian or English name
        contains, the text; a matching sub-urusan shows its urusan too. The best match
        is selected: the exact code, then a code prefix, a name starting with the text,
        an urusan whose name contains it, a sub-urusan whose name contains it."""
        needle = text.strip().lower()
        best: tuple[int, int, QTreeWidgetItem] | None = None
        order = 0
        for i in range(self.list.topLevelItemCount()):
            top = self.list.topLevelItem(i)
            assert top is not None
            top_rank = self._rank(top, needle, sub=False)
            order += 1
            if top_rank is not None and (best is None or (top_rank, order) < best[:2]):
                best = (top_rank, order, top)
            any_child = False
            for j in range(top.childCount()):
                child = top.child(j)
                assert child is not None
                rank = self._rank(child, needle, sub=True)
                child.setHidden(top_rank is None and rank is None)
                order += 1
                if rank is not None:
                    any_child = True
                    if best is None or (rank, order) < best[:2]:
                        best = (rank, order, child)
            top.setHidden(top_rank is None and not any_child)
            top.setExpanded(bool(needle) and any_child and top_rank is None)
        if best is not None and needle:
            self.list.setCurrentItem(best[2])
            self.list.scrollToItem(best[2])

    @staticmethod
    def _rank(item: QTreeWidgetItem, needle: str, *, sub: bool) -> int | None:
        """How well an entry matches (lower is better), or ``None``."""
        if not needle:
            return 5
        code = item.text(0)
        names = str(item.data(1, Qt.ItemDataRole.UserRole))
        if code == needle:
            return 0
        if code.startswith(needle):
            return 1
        if any(name.startswith(needle) for name in names.split("\n")):
            return 2
        if needle in names:
            return 4 if sub else 3
        return None

    def validate(self) -> str | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return self.tr("Choose an urusan or sub-urusan from the list.")
        if item.data(0, TAKEN_ROLE):
            return self.tr("This urusan is already assigned to the unit.")
        return None

    def value(self) -> tuple[str, UrusanRole]:
        item = self.list.currentItem()
        assert item is not None
        return str(item.data(0, Qt.ItemDataRole.UserRole)), UrusanRole(self.role.currentData())


# -- positions and IKU -------------------------------------------------------------------
class PositionDialog(FormDialog):
    """Title, category, eselon and the numbers of one position."""

    def __init__(self, position: Position, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent, submit)
        self.setObjectName("positionDialog")
        self.setWindowTitle(self.tr("Position"))
        self.position = position
        self.title = QLineEdit(position.title, self)
        self.title.setObjectName("positionTitle")
        limit_length(self.title, MAX_NAME)
        self.category = QComboBox(self)
        self.category.setObjectName("positionCategory")
        for category, label in (
            (PositionCategory.STRUCTURAL, self.tr("structural")),
            (PositionCategory.FUNCTIONAL, self.tr("functional")),
            (PositionCategory.PELAKSANA, self.tr("pelaksana")),
        ):
            self.category.addItem(label, category.value)
        self.category.setCurrentIndex(max(self.category.findData(position.category.value), 0))
        self.eselon = _eselon_combo(self, "positionEselon")
        self.eselon.setCurrentIndex(max(self.eselon.findData(position.eselon), 0))
        self.existing = QSpinBox(self)
        self.existing.setObjectName("positionExisting")
        self.needed = QSpinBox(self)
        self.needed.setObjectName("positionNeeded")
        for spin, number in ((self.existing, position.existing), (self.needed, position.needed)):
            spin.setRange(0, 100000)
            spin.setValue(number)
        self.form.addRow(self.tr("Title"), self.title)
        self.form.addRow(self.tr("Category"), self.category)
        self.form.addRow(self.tr("Eselon"), self.eselon)
        self.form.addRow(self.tr("Staff now"), self.existing)
        self.form.addRow(self.tr("Staff needed"), self.needed)
        self.finish_layout()
        self.setMinimumWidth(380)

    def validate(self) -> str | None:
        if not self.title.text().strip():
            return self.tr("A position needs a title; nothing was saved.")
        return None

    def value(self) -> Position:
        return Position(
            id=self.position.id,
            unit_id=self.position.unit_id,
            title=self.title.text().strip(),
            category=PositionCategory(self.category.currentData()),
            eselon=self.eselon.currentData(),
            existing=self.existing.value(),
            needed=self.needed.value(),
            sort_order=self.position.sort_order,
        )


class IkuDialog(FormDialog):
    """Indicator, target and measure of one IKU."""

    def __init__(self, iku: Iku, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent, submit)
        self.setObjectName("ikuDialog")
        self.setWindowTitle(self.tr("Key performance indicator (IKU)"))
        self.iku = iku
        self.indicator = QLineEdit(iku.indicator, self)
        self.indicator.setObjectName("ikuIndicator")
        limit_length(self.indicator, MAX_TEXT)
        self.target = QLineEdit(iku.target, self)
        self.target.setObjectName("ikuTarget")
        limit_length(self.target, MAX_NAME)
        self.measure = QLineEdit(iku.measure, self)
        self.measure.setObjectName("ikuMeasure")
        limit_length(self.measure, MAX_NAME)
        self.form.addRow(self.tr("Indicator"), self.indicator)
        self.form.addRow(self.tr("Target"), self.target)
        self.form.addRow(self.tr("Unit of measure"), self.measure)
        self.finish_layout()
        self.setMinimumWidth(460)

    def validate(self) -> str | None:
        if not self.indicator.text().strip():
            return self.tr("An IKU needs an indicator; nothing was saved.")
        return None

    def value(self) -> Iku:
        return Iku(
            id=self.iku.id,
            unit_id=self.iku.unit_id,
            indicator=self.indicator.text().strip(),
            target=self.target.text().strip(),
            measure=self.measure.text().strip(),
            sort_order=self.iku.sort_order,
        )


__all__ = ["IkuDialog", "NewPlanDialog", "PlanDetailsDialog", "PositionDialog", "UrusanPicker"]
