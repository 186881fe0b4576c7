"""The dialogs of the restructuring operations: gabungkan, pecah, pindahkan, bentuk,
hapus, ubah nomenklatur, ubah tipe, alihkan ke jabatan fungsional.

Each dialog asks for what its operation needs and for the motive: the findings the
operation answers (ticking one fills the reason and the legal basis from it), the
reason (*alasan*, required) and the basis (*dasar hukum*). OK works the plan out with
``rbdesk.domain.operations``; a refusal is shown inside the dialog, which stays open.
``plan`` holds the accepted plan; the window pushes it as one undo step. The rules
are the domain's: a dialog only gathers choices and previews what the plan would do.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rbdesk.analysis.findings import Finding
from rbdesk.analysis.motives import answered, findings_concerning
from rbdesk.domain import operations as ops
from rbdesk.domain.errors import RbdeskError
from rbdesk.domain.limits import MAX_NAME, MAX_TEXT
from rbdesk.domain.model import ESELON, UNIT_TYPES, PositionCategory, Structure
from rbdesk.perf import gc_paused
from rbdesk.ui.announce import tree_order
from rbdesk.ui.document import Document
from rbdesk.ui.messages import said
from rbdesk.ui.models import SEVERITY_LABELS
from rbdesk.ui.plaintext import plain_label

# The most new units a split makes in one step.
MAX_PIECES = 8


def kind_name(document: Document, kind: str, language: str) -> str:
    entry = document.catalogue.kinds.get(kind)
    if entry is None:
        return kind
    return entry.name_id if language == "id" else entry.name_en


def _ids_below(document: Document, unit_ids: Sequence[int]) -> set[int]:
    """``unit_ids`` and every unit under them."""
    return {uid for unit_id in unit_ids for uid in document.subtree_ids(unit_id)}


def current_findings(document: Document) -> list[Finding]:
    """The findings of the active scenario as it is now: the shown ones, or, while the
    worker has not caught up with the last change, a check made here (with an
    analyzer of its own: the document's may be busy on the worker)."""
    if not document.findings_stale:
        return document.findings()
    snapshot = document.snapshot()
    return document.new_analyzer().run(snapshot.structure)


class MotiveBox(QGroupBox):
    """Why: the findings answered, the reason and the legal basis."""

    changed = Signal()

    def __init__(self, document: Document, unit_ids: Sequence[int], language: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("motiveBox")
        self.setTitle(self.tr("Why"))
        self.document = document
        self.language = language
        # findings on the units, on what is under them, and on the units above them
        # (an OPD's overlap is answered by merging two of its bidang); not the region's
        self.findings: list[Finding] = findings_concerning(
            document.structure, current_findings(document), unit_ids
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                QLabel(
                    self.tr(
                        "Findings this step answers (ticking one fills the reason and the basis):"
                    )
                )
            )
        )
        self.finding_list = QListWidget(self)
        self.finding_list.setObjectName("motiveFindings")
        self.finding_list.setWordWrap(True)
        self.finding_list.setMaximumHeight(96)
        labels = SEVERITY_LABELS["en" if language == "en" else "id"]
        for finding in self.findings:
            item = QListWidgetItem(f"{labels[finding.severity]}: {finding.text(language)}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(finding.basis_text(language))
            self.finding_list.addItem(item)
        self.no_findings = plain_label(QLabel(self.tr("No finding concerns the chosen units.")))
        self.no_findings.setEnabled(False)
        layout.addWidget(self.finding_list)
        layout.addWidget(self.no_findings)
        self.finding_list.setVisible(bool(self.findings))
        self.no_findings.setVisible(not self.findings)
        form = QFormLayout()
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("motiveReason")
        self.reason.setPlaceholderText(self.tr("Why this step is proposed (required)"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(64)
        self.basis = QLineEdit(self)
        self.basis.setObjectName("motiveBasis")
        self.basis.setMaxLength(MAX_TEXT)
        self.basis.setPlaceholderText(self.tr("e.g. PP 18/2016 Pasal 54 ayat (1)"))
        form.addRow(plain_label(QLabel(self.tr("Reason:"))), self.reason)
        form.addRow(plain_label(QLabel(self.tr("Legal basis:"))), self.basis)
        layout.addLayout(form)
        self._filled = ("", "")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.finding_list.itemChanged.connect(self._prefill)
        self.reason.textChanged.connect(self.changed)

    def checked(self) -> list[Finding]:
        return [
            f
            for n, f in enumerate(self.findings)
            if self.finding_list.item(n).checkState() == Qt.CheckState.Checked
        ]

    def _prefill(self, _item: QListWidgetItem) -> None:
        """Fill the reason and the basis from the ticked findings, unless the planner
        has written their own."""
        reason, basis, _refs = answered(self.document.structure, self.checked(), self.language)
        if self.reason.toPlainText() in ("", self._filled[0]):
            self.reason.setPlainText(reason)
        if self.basis.text() in ("", self._filled[1]):
            self.basis.setText(basis)
        self._filled = (reason, basis)

    def ready(self) -> bool:
        return bool(self.reason.toPlainText().strip())

    def motive(self) -> ops.Motive:
        _reason, _basis, refs = answered(self.document.structure, self.checked(), self.language)
        return ops.Motive(self.reason.toPlainText().strip(), self.basis.text().strip(), refs)


class OperationDialog(QDialog):
    """What every operation dialog has: its own part, the motive, an error line, OK and
    Cancel. ``build(motive)`` makes the plan; ``plan`` holds it once accepted."""

    def __init__(self, document: Document, unit_ids: Sequence[int], language: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.document = document
        self.unit_ids = list(unit_ids)
        self.language = language
        self.plan: ops.OperationPlan | None = None
        self.setMinimumWidth(560)
        self.body = QVBoxLayout(self)
        self.head = plain_label(QLabel(self))
        self.head.setWordWrap(True)
        self.body.addWidget(self.head)
        self.content = QVBoxLayout()
        self.body.addLayout(self.content, 1)
        self.motive = MotiveBox(document, unit_ids, language, self)
        self.body.addWidget(self.motive)
        self.error = plain_label(QLabel(self))
        self.error.setObjectName("operationError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.body.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body.addWidget(self.buttons)
        self.motive.changed.connect(self.update_ok)

    # for the subclasses
    def build(self, motive: ops.Motive) -> ops.OperationPlan:
        raise NotImplementedError

    def valid(self) -> bool:
        return True

    @property
    def rules(self) -> dict[str, Any]:
        return {"level": self.document.level, "rules": self.document.catalogue}

    def names(self, unit_ids: Sequence[int]) -> str:
        units = self.document.structure.units
        return ", ".join(units[u].name for u in unit_ids if u in units)

    def update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.motive.ready() and self.valid())

    def preview(self) -> ops.OperationPlan | None:
        """The plan with a stand-in reason, to show what it would do (``None`` and the
        refusal on the error line when the domain refuses it)."""
        try:
            plan = self.build(ops.Motive("-"))
        except RbdeskError as exc:
            self.error.setText(said(exc))
            return None
        self.error.clear()
        return plan

    def accept(self) -> None:
        if not self.motive.ready():
            self.error.setText(self.tr("Write the reason for this step."))
            return
        try:
            with gc_paused():
                self.plan = self.build(self.motive.motive())
        except RbdeskError as exc:
            self.error.setText(said(exc))
            return
        super().accept()


def _combo(parent: QWidget, name: str, items: Sequence[tuple[str, Any]]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for text, data in items:
        combo.addItem(text, data)
    return combo


class NewUnitFields(QWidget):
    """Name, kind, type and eselon of a unit an operation makes."""

    def __init__(self, dialog: OperationDialog, kinds: Sequence[str], template: Any) -> None:
        super().__init__(dialog)
        doc, lang = dialog.document, dialog.language
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit(self)
        self.name.setObjectName("newUnitName")
        self.name.setMaxLength(MAX_NAME)
        self.kind = _combo(self, "newUnitKind", [(kind_name(doc, k, lang), k) for k in kinds])
        self.kind.setCurrentIndex(max(self.kind.findData(template.kind), 0))
        self.unit_type = _combo(self, "newUnitType", [("—", ""), *((t, t) for t in UNIT_TYPES)])
        self.unit_type.setCurrentIndex(max(self.unit_type.findData(template.unit_type or ""), 0))
        eselons = [(self.tr("as the catalogue gives"), None), ("—", "")]
        self.eselon = _combo(self, "newUnitEselon", [*eselons, *((e, e) for e in ESELON)])
        form.addRow(plain_label(QLabel(self.tr("Name:"))), self.name)
        form.addRow(plain_label(QLabel(self.tr("Kind:"))), self.kind)
        form.addRow(plain_label(QLabel(self.tr("Type:"))), self.unit_type)
        form.addRow(plain_label(QLabel(self.tr("Eselon:"))), self.eselon)

    def value(self) -> ops.NewUnit:
        return ops.NewUnit(
            " ".join(self.name.text().split()),
            self.kind.currentData(),
            self.unit_type.currentData() or None,
            self.eselon.currentData(),
        )


# -- gabungkan --------------------------------------------------------------------------------
class MergeDialog(OperationDialog):
    """Merge two or more units: into one of them, or into a new unit."""

    def __init__(self, document: Document, unit_ids: Sequence[int], language: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(document, unit_ids, language, parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge units"))
        units = document.structure.units
        self.head.setText(self.tr("Merge {n} units: {names}.").format(
            n=len(unit_ids), names=self.names(unit_ids)))  # fmt: skip
        box = QGroupBox(self.tr("What comes out"), self)
        grid = QVBoxLayout(box)
        self.keep = QRadioButton(self.tr("Keep one of them:"), box)
        self.keep.setObjectName("mergeKeep")
        self.survivor = _combo(box, "mergeSurvivor", [(units[u].name, u) for u in unit_ids])
        self.new = QRadioButton(self.tr("A new unit:"), box)
        self.new.setObjectName("mergeNew")
        group = QButtonGroup(self)
        group.addButton(self.keep)
        group.addButton(self.new)
        self.keep.setChecked(True)
        first = units[unit_ids[0]]
        self.fields = NewUnitFields(self, document.allowed_child_kinds(first.parent_id), first)
        self.fields.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.keep)
        row.addWidget(self.survivor, 1)
        grid.addLayout(row)
        grid.addWidget(self.new)
        grid.addWidget(self.fields)
        self.merge_children = QCheckBox(
            self.tr(
                "Also merge their sekretariat, their functional groups, and subunits "
                "of the same name and kind"
            ),
            box,
        )
        self.merge_children.setObjectName("mergeChildren")
        kinds = [[units[c].kind for c in document.child_ids(u)] for u in unit_ids]
        self.merge_children.setChecked(
            any(sum(kind in k for k in kinds) >= 2
                for kind in (ops.SECRETARIAT, ops.FUNCTIONAL_GROUP))
        )  # fmt: skip
        grid.addWidget(self.merge_children)
        self.content.addWidget(box)
        self.new.toggled.connect(self.fields.setEnabled)
        for signal in (self.new.toggled, self.fields.name.textChanged):
            signal.connect(self.update_ok)
        self.update_ok()

    def valid(self) -> bool:
        return self.keep.isChecked() or bool(self.fields.name.text().strip())

    def build(self, motive: ops.Motive) -> ops.OperationPlan:
        into: int | ops.NewUnit = (
            self.survivor.currentData() if self.keep.isChecked() else self.fields.value()
        )
        alike = self.merge_children.isChecked()
        return ops.plan_merge(self.document.structure, self.unit_ids, motive, into=into,
                              merge_children=alike, **self.rules)  # fmt: skip


# -- pecah ------------------------------------------------------------------------------------
class SplitDialog(OperationDialog):
    """Split a unit: the new units are columns, what the unit holds (its child units,
    urusan, positions and IKU) rows; each row goes to one new unit. The headcount of
    the second and later units is given; the first keeps the rest."""

    def __init__(self, document: Document, unit_id: int, language: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(document, [unit_id], language, parent)
        self.setObjectName("splitDialog")
        self.setWindowTitle(self.tr("Split a unit"))
        self.unit = document.unit(unit_id)
        self.head.setText(self.tr("Split “{name}” into new units and hand out what it holds."
                                  ).format(name=self.unit.name))  # fmt: skip
        top = QHBoxLayout()
        top.addWidget(plain_label(QLabel(self.tr("Number of new units:"))))
        self.count = QSpinBox(self)
        self.count.setObjectName("splitCount")
        self.count.setRange(2, MAX_PIECES)
        top.addWidget(self.count)
        top.addStretch(1)
        self.content.addLayout(top)
        self.names_table = QTableWidget(1, 2, self)
        self.names_table.setObjectName("splitNames")
        self.names_table.setVerticalHeaderLabels([self.tr("Name")])
        self.names_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header_height = self.names_table.horizontalHeader().sizeHint().height()
        self.names_table.setFixedHeight(header_height + self.names_table.rowHeight(0) + 4)
        self.content.addWidget(self.names_table)
        self.items: list[tuple[str, Any]] = self._items()
        self.table = QTableWidget(len(self.items) + 2, 3, self)
        self.table.setObjectName("splitTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.content.addWidget(self.table, 1)
        self.left = plain_label(QLabel(self))
        self.left.setObjectName("splitLeft")
        self.content.addWidget(self.left)
        self.spins: list[tuple[QSpinBox, QSpinBox]] = []
        self._building = False
        self._set_count(2)
        self.count.valueChanged.connect(self._set_count)
        self.names_table.itemChanged.connect(self._names_changed)
        self.table.itemChanged.connect(self._ticked)
        self.table.setMinimumHeight(220)
        self.resize(780, 660)

    def _items(self) -> list[tuple[str, Any]]:
        doc, uid = self.document, self.unit.id
        units = doc.structure.units
        items: list[tuple[str, Any]] = []
        for child in doc.child_ids(uid):
            kind = kind_name(doc, units[child].kind, self.language)
            items.append((f"{units[child].name} ({kind})", ("children", child)))
        for a in doc.assignments_of(uid):
            items.append((self.tr("Urusan {code}").format(code=a.code), ("urusan", a.code)))
        for p in doc.positions_of(uid):
            items.append((self.tr("Position: {title}").format(title=p.title), ("positions", p.id)))
        for i in doc.iku_of(uid):
            items.append((self.tr("IKU: {text}").format(text=i.indicator), ("iku", i.id)))
        return items

    def piece_names(self) -> list[str]:
        out = []
        for column in range(self.names_table.columnCount()):
            item = self.names_table.item(0, column)
            out.append(" ".join(item.text().split()) if item is not None else "")
        return out

    def _set_count(self, count: int) -> None:
        self._building = True
        names = self.piece_names() if self.names_table.columnCount() else []
        ticks = [self.target(row) for row in range(len(self.items))] if self.spins else []
        self.names_table.setColumnCount(count)
        self.table.setColumnCount(count + 1)
        for column in range(count):
            text = names[column] if column < len(names) else ""
            self.names_table.setItem(0, column, QTableWidgetItem(text))
        self.names_table.setHorizontalHeaderLabels(
            [self.tr("New unit {n}").format(n=n + 1) for n in range(count)]
        )
        for row, (text, _key) in enumerate(self.items):
            self.table.setItem(row, 0, QTableWidgetItem(text))
            was = ticks[row] if row < len(ticks) and ticks[row] < count else 0
            for column in range(count):
                cell = QTableWidgetItem()
                cell.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                cell.setCheckState(Qt.CheckState.Checked if column == was
                                   else Qt.CheckState.Unchecked)  # fmt: skip
                self.table.setItem(row, column + 1, cell)
        base = len(self.items)
        old = [(a.value(), b.value()) for a, b in self.spins]
        self.spins = []
        for offset, text in enumerate((self.tr("Employees (existing)"),
                                       self.tr("Employees (needed)"))):  # fmt: skip
            self.table.setItem(base + offset, 0, QTableWidgetItem(text))
        for column in range(count):
            pair = []
            for offset, total in enumerate((self.unit.headcount_existing,
                                            self.unit.headcount_needed)):  # fmt: skip
                spin = QSpinBox(self.table)
                spin.setObjectName(f"splitHeadcount{offset}_{column}")
                spin.setRange(0, total)
                if column < len(old):
                    spin.setValue(old[column][offset])
                spin.setEnabled(column > 0)  # the first new unit keeps what is left
                spin.valueChanged.connect(self._headcounts_changed)
                self.table.setCellWidget(base + offset, column + 1, spin)
                pair.append(spin)
            self.spins.append((pair[0], pair[1]))
        self._building = False
        self._names_changed()
        self._headcounts_changed()
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _names_changed(self, *_args: object) -> None:
        if self._building:
            return
        labels = [self.tr("Item")]
        for n, name in enumerate(self.piece_names()):
            labels.append(name or self.tr("New unit {n}").format(n=n + 1))
        self.table.setHorizontalHeaderLabels(labels)
        self.update_ok()

    def _ticked(self, item: QTableWidgetItem) -> None:
        """One new unit per row: ticking a cell unticks the others of its row; the
        last tick of a row stays."""
        if self._building or item.column() == 0 or item.row() >= len(self.items):
            return
        row = item.row()
        self._building = True
        if item.checkState() == Qt.CheckState.Checked:
            for column in range(1, self.table.columnCount()):
                other = self.table.item(row, column)
                if other is not item and other is not None:
                    other.setCheckState(Qt.CheckState.Unchecked)
        elif self.target(row) < 0:
            item.setCheckState(Qt.CheckState.Checked)
        self._building = False

    def target(self, row: int) -> int:
        """The new unit (0-based) a row goes to, -1 when none is ticked."""
        for column in range(1, self.table.columnCount()):
            cell = self.table.item(row, column)
            if cell is not None and cell.checkState() == Qt.CheckState.Checked:
                return column - 1
        return -1

    def give(self, row: int, piece: int) -> None:
        """Hand a row to a new unit, as a tick in its cell does."""
        cell = self.table.item(row, piece + 1)
        assert cell is not None
        cell.setCheckState(Qt.CheckState.Checked)

    def headcounts(self) -> dict[int, tuple[int, int]]:
        return {n: (a.value(), b.value()) for n, (a, b) in enumerate(self.spins) if n > 0}

    def _headcounts_changed(self, *_args: object) -> None:
        if self._building:
            return
        given = self.headcounts().values()
        existing = self.unit.headcount_existing - sum(e for e, _ in given)
        needed = self.unit.headcount_needed - sum(n for _, n in given)
        if self.spins:
            first = self.spins[0]
            for spin, value in zip(first, (existing, needed), strict=True):
                spin.blockSignals(True)
                spin.setMaximum(max(value, 0))
                spin.setValue(max(value, 0))
                spin.blockSignals(False)
        self.left.setText(self.tr("The first new unit keeps {e} existing and {n} needed "
                                  "employees.").format(e=existing, n=needed))  # fmt: skip
        self.update_ok()

    def valid(self) -> bool:
        if not hasattr(self, "spins"):
            return False
        names = self.piece_names()
        given = self.headcounts().values()
        return (
            all(names)
            and len(set(names)) == len(names)
            and sum(e for e, _ in given) <= self.unit.headcount_existing
            and sum(n for _, n in given) <= self.unit.headcount_needed
        )

    def build(self, motive: ops.Motive) -> ops.OperationPlan:
        shares: dict[str, dict[Any, int]] = {"children": {}, "urusan": {}, "positions": {},
                                             "iku": {}}  # fmt: skip
        for row, (_text, (what, key)) in enumerate(self.items):
            shares[what][key] = max(self.target(row), 0)
        plan_shares = ops.Shares(headcounts=self.headcounts(), **shares)
        pieces = [ops.NewUnit(name) for name in self.piece_names()]
        return ops.plan_split(self.document.structure, self.unit.id, pieces, motive,
                              shares=plan_shares, **self.rules)  # fmt: skip


# -- pindahkan, bentuk, hapus ---------------------------------------------------------------------
class UnitChooser(QWidget):
    """A unit of the scenario chosen from a filtered list (names indented by depth)."""

    changed = Signal()

    def __init__(self, document: Document, allowed: Callable[[int], bool],
                 parent: QWidget | None = None, name: str = "unitChooser") -> None:  # fmt: skip
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit(self)
        self.filter.setObjectName(f"{name}Filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Type to filter"))
        self.list = QListWidget(self)
        self.list.setObjectName(name)
        structure = document.structure
        depth: dict[int, int] = {}
        for uid in tree_order(structure):
            parent_id = structure.units[uid].parent_id
            depth[uid] = depth.get(parent_id, -1) + 1 if parent_id is not None else 0
            if allowed(uid):
                item = QListWidgetItem("    " * depth[uid] + structure.units[uid].name)
                item.setData(Qt.ItemDataRole.UserRole, uid)
                self.list.addItem(item)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.filter.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(lambda *_: self.changed.emit())

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def choose(self, unit_id: int) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == unit_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))


def _can_hold(document: Document, unit_ids: Sequence[int]) -> Callable[[int], bool]:
    """Whether a unit may take ``unit_ids`` as children (by kind; not one of them or
    below them)."""
    structure = document.structure
    inside = _ids_below(document, unit_ids)
    kinds = {structure.units[u].kind for u in unit_ids}
    allowed: dict[str, bool] = {}

    def ok(uid: int) -> bool:
        if uid in inside:
            return False
        kind = structure.units[uid].kind
        if kind not in allowed:
            children = set(document.catalogue.allowed_child_kinds(kind, document.level))
            allowed[kind] = kinds <= children
        return allowed[kind]

    return ok


class MoveDialog(OperationDialog):
    """Move one or several units under another."""

    def __init__(self, document: Document, unit_ids: Sequence[int], language: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(document, unit_ids, language, parent)
        self.setObjectName("moveDialog")
        self.setWindowTitle(self.tr("Move units"))
        self.head.setText(self.tr("Move {names} under:").format(names=self.names(unit_ids)))
        self.target = UnitChooser(document, _can_hold(document, unit_ids), self, "moveTarget")
        self.content.addWidget(self.target, 1)
        self.target.changed.connect(self.update_ok)
        self.resize(600, 620)
        self.update_ok()

    def valid(self) -> bool:
        return self.target.chosen() is not None

    def build(self, motive: ops.Motive) -> ops.OperationPlan:
        under = self.target.chosen()
        assert under is not None
        return ops.plan_move(self.document.structure, self.unit_ids, under, motive, **self.rules)


class CreateDialog(OperationDialog):
    """Form (*bentuk*) a new unit under the chosen one."""

    def __init__(self, document: Document, parent_id: int, language: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(document, [parent_id], language, parent)
        self.setObjectName("createDialog")
        self.setWindowTitle(self.tr("Form a unit"))
        self.parent_id = parent_id
        owner = document.unit(parent_id)
        self.head.setText(self.tr("A new unit under “{name}”.").format(name=owner.name))
        kinds = document.allowed_child_kinds(parent_id)
        template = type("Template", (), {"kind": kinds[0] if kinds else "", "unit_type": None})
        self.fields = NewUnitFields(self, kinds, template)
        self.content.addWidget(self.fields)
        self.fields.name.textChanged.connect(self.update_ok)
        self.update_ok()

    def valid(self) -> bool:
        return bool(self.fields.name.text().strip()) and self.fields.kind.count() > 0

    def build(self, motive: ops.Motive) -> ops.OperationPlan:
        return ops.plan_create(self.document.structure, self.fields.value(), self.parent_id,
                               motive, **self.rules)  # fmt: skip


class AbolishDialog(OperationDialog):
    """Abolish one or several units: the units under them go too, or move under
    another unit; the positions that go are listed."""

    def __init__(self, document: Document, unit_ids: Sequence[int], language: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(document, unit_ids, language, parent)
        self.setObjectName("abolishDialog")
        self.setWindowTitle(self.tr("Abolish units"))
        self.head.setText(self.tr("Abolish {names}.").format(names=self.names(unit_ids)))
        structure = document.structure
        below = {c for u in unit_ids for c in document.child_ids(u)} - set(unit_ids)
        self.drop = QRadioButton(self.tr("Abolish the units under them too"), self)
        self.drop.setObjectName("abolishChildren")
        self.rehome = QRadioButton(self.tr("Move the units under them to:"), self)
        self.rehome.setObjectName("abolishRehome")
        group = QButtonGroup(self)
        group.addButton(self.drop)
        group.addButton(self.rehome)
        self.drop.setChecked(True)
        children = sorted(below)
        self.home = UnitChooser(
            document,
            _can_hold(document, [*unit_ids, *children]) if children else lambda _u: False,
            self,
            "abolishHome",
        )
        self.home.setEnabled(False)
        parent_id = structure.units[unit_ids[0]].parent_id
        if parent_id is not None:
            self.home.choose(parent_id)
        for widget in (self.drop, self.rehome):
            widget.setEnabled(bool(children))
        self.content.addWidget(self.drop)
        self.content.addWidget(self.rehome)
        self.content.addWidget(self.home, 1)
        self.content.addWidget(plain_label(QLabel(self.tr("Positions that go:"))))
        self.affected = QListWidget(self)
        self.affected.setObjectName("affectedPositions")
        self.affected.setMaximumHeight(140)
        self.content.addWidget(self.affected)
        self.rehome.toggled.connect(self.home.setEnabled)
        self.rehome.toggled.connect(self._refresh)
        self.home.changed.connect(self._refresh)
        self.resize(620, 720)
        self._refresh()

    def _home(self) -> int | None:
        return self.home.chosen() if self.rehome.isChecked() else None

    def valid(self) -> bool:
        return not self.rehome.isChecked() or self.home.chosen() is not None

    def _refresh(self, *_args: object) -> None:
        self.affected.clear()
        plan = self.preview() if self.valid() else None
        units = self.document.structure.units
        if plan is not None:
            for p in plan.affected_positions:
                owner = units[p.unit_id].name if p.unit_id in units else ""
                self.affected.addItem(self.tr("{title} ({unit}): {existing} existing, {needed} "
                                              "needed").format(title=p.title, unit=owner,
                                                               existing=p.existing,
                                                               needed=p.needed))  # fmt: skip
            if not plan.affected_positions:
                self.affected.addItem(self.tr("No position goes."))
        self.update_ok()

    def build(self, motive: ops.Motive) -> ops.OperationPlan:
        return ops.plan_abolish(self.document.structure, self.unit_ids, motive,
                                rehome_under=self._home(), **self.rules)  # fmt: skip


# -- ubah nomenklatur, ubah tipe, alihkan ke JF ------------------------------------------------
class RenameDialog(OperationDialog):
    def __init__(self, document: Document, unit_id: int, language: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(document, [unit_id], language, parent)
        self.setObjectName("renameDialog")
        self.setWindowTitle(self.tr("Change the name (nomenclature)"))
        unit = document.unit(unit_id)
        self.head.setText(self.tr("New name of “{name}”:").format(name=unit.name))
        self.name = QLineEdit(unit.name, self)
        self.name.setObjectName("renameTo")
        self.name.setMaxLength(MAX_NAME)
        self.content.addWidget(self.name)
        self.name.textChanged.connect(self.update_ok)
        self.update_ok()

    def valid(self) -> bool:
        return bool(self.name.text().strip())

    def build(self, motive: ops.Motive) -> ops.OperationPlan:
        return ops.plan_rename(self.document.structure, self.unit_ids[0], self.name.text(),
                               motive, **self.rules)  # fmt: skip


def _eselon_changes(plan: ops.OperationPlan, structure: Structure) -> list[tuple[str, str, str]]:
    """``(name, old eselon, new eselon)`` of each unit whose eselon the plan changes."""
    out = []
    for unit in plan.changed:
        was = structure.units.get(unit.id)
        if was is not None and (was.eselon or "") != (unit.eselon or ""):
            out.append((unit.name, was.eselon or "—", unit.eselon or "—"))
    return out


class RetypeDialog(OperationDialog):
    """Change the type; the eselons the law ties to the type follow (previewed)."""

    def __init__(self, document: Document, unit_id: int, language: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(document, [unit_id], language, parent)
        self.setObjectName("retypeDialog")
        self.setWindowTitle(self.tr("Change the type"))
        unit = document.unit(unit_id)
        self.head.setText(self.tr("“{name}” is of type {type}. New type:").format(
            name=unit.name, type=unit.unit_type or "—"))  # fmt: skip
        self.unit_type = _combo(self, "retypeTo", [(t, t) for t in UNIT_TYPES
                                                   if t != unit.unit_type])  # fmt: skip
        self.content.addWidget(self.unit_type)
        self.effect = plain_label(QLabel(self))
        self.effect.setObjectName("retypeEffect")
        self.effect.setWordWrap(True)
        self.content.addWidget(self.effect)
        self.unit_type.currentIndexChanged.connect(self._refresh)
        self._refresh()

    def _refresh(self, *_args: object) -> None:
        plan = self.preview()
        if plan is None:
            self.effect.clear()
        else:
            changes = _eselon_changes(plan, self.document.structure)
            lines = [self.tr("Eselon of {name}: {old} → {new}").format(name=n, old=o, new=e)
                     for n, o, e in changes]  # fmt: skip
            self.effect.setText(
                "\n".join(lines)
                or self.tr("No eselon depends on this type (PP 18/2016 Pasal 94–95).")
            )
        self.update_ok()

    def build(self, motive: ops.Motive) -> ops.OperationPlan:
        return ops.plan_retype(self.document.structure, self.unit_ids[0],
                               self.unit_type.currentData(), motive, **self.rules)  # fmt: skip


class ConvertDialog(OperationDialog):
    """Turn units of one parent into one functional group (the 2021 simplification):
    the group's name, the functional post the structural heads take, and a preview of
    the posts that change."""

    def __init__(self, document: Document, unit_ids: Sequence[int], language: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(document, unit_ids, language, parent)
        self.setObjectName("convertDialog")
        self.setWindowTitle(self.tr("Convert to a functional group"))
        self.head.setText(self.tr("{names} become one functional group; the eselon is "
                                  "cleared and each structural head takes a functional "
                                  "post.").format(names=self.names(unit_ids)))  # fmt: skip
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName("convertName")
        self.name.setMaxLength(MAX_NAME)
        self.post = QLineEdit(ops.DEFAULT_POST, self)
        self.post.setObjectName("convertPost")
        self.post.setMaxLength(MAX_NAME)
        form.addRow(plain_label(QLabel(self.tr("Name of the group:"))), self.name)
        form.addRow(plain_label(QLabel(self.tr("Functional post of the heads:"))), self.post)
        self.content.addLayout(form)
        self.content.addWidget(plain_label(QLabel(self.tr("Posts that change:"))))
        self.posts = QListWidget(self)
        self.posts.setObjectName("convertPosts")
        self.posts.setMaximumHeight(140)
        self.content.addWidget(self.posts)
        plan = self.preview()
        if plan is not None:
            group = next((u for u in plan.changed if u.kind == ops.FUNCTIONAL_GROUP), None)
            if group is not None:
                self.name.setText(group.name)
        self.name.textChanged.connect(self._refresh)
        self.post.textChanged.connect(self._refresh)
        self._refresh()

    def _refresh(self, *_args: object) -> None:
        self.posts.clear()
        plan = self.preview() if self.valid() else None
        if plan is not None:
            units = self.document.structure.units
            for uid in self.unit_ids:
                for p in self.document.positions_of(uid):
                    if p.category is PositionCategory.STRUCTURAL:
                        new = ops.functional_title(p, units[uid], self.post.text())
                        self.posts.addItem(f"{p.title} → {new}")
            if not self.posts.count():
                self.posts.addItem(self.tr("No structural post in these units."))
        self.update_ok()

    def valid(self) -> bool:
        return bool(self.name.text().strip()) and bool(self.post.text().strip())

    def build(self, motive: ops.Motive) -> ops.OperationPlan:
        return ops.plan_convert(self.document.structure, self.unit_ids, motive,
                                name=self.name.text(), post=self.post.text(),
                                **self.rules)  # fmt: skip


class ReasonDialog(QDialog):
    """Edit the reason and legal basis of a recorded step."""

    def __init__(self, reason: str, basis: str, submit: Callable[[str, str], str | None],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(self.tr("Reason of the step"))
        self.submit = submit
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.reason = QPlainTextEdit(reason, self)
        self.reason.setObjectName("stepReason")
        self.reason.setTabChangesFocus(True)
        self.basis = QLineEdit(basis, self)
        self.basis.setObjectName("stepBasis")
        self.basis.setMaxLength(MAX_TEXT)
        form.addRow(plain_label(QLabel(self.tr("Reason:"))), self.reason)
        form.addRow(plain_label(QLabel(self.tr("Legal basis:"))), self.basis)
        layout.addLayout(form)
        self.error = plain_label(QLabel(self))
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, 300)

    def accept(self) -> None:
        error = self.submit(self.reason.toPlainText(), self.basis.text())
        if error:
            self.error.setText(error)
            return
        super().accept()


__all__ = [
    "AbolishDialog",
    "ConvertDialog",
    "CreateDialog",
    "MergeDialog",
    "MotiveBox",
    "MoveDialog",
    "OperationDialog",
    "ReasonDialog",
    "RenameDialog",
    "RetypeDialog",
    "SplitDialog",
    "UnitChooser",
]
