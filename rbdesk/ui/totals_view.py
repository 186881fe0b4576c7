"""The inspector's totals of a unit and everything below it (staff, and posts by
category), and for an OPD its *peta jabatan*: every post of the OPD, unit by unit in
the order of the tree, with the number in post, the number needed and the gap.

The figures follow any edit below the unit (a change anywhere reaches them on the
next turn of the event loop); only the unit's subtree is summed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rbdesk.analysis.rollup import rollups
from rbdesk.domain.model import PositionCategory, Structure
from rbdesk.ui.plaintext import plain_label


def subtree(structure: Structure, unit_id: int) -> Structure:
    """The unit and everything below it, as a structure of its own."""
    keep: dict[int, Any] = {uid: structure.units[uid] for uid in structure.subtree(unit_id)}
    keep[unit_id] = replace(structure.units[unit_id], parent_id=None)  # its top
    positions = [p for p in structure.positions if p.unit_id in keep]
    return Structure(structure.scenario, keep, [], positions)


class UnitTotals(QWidget):
    """See the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: Any = None
        self.unit_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.heading = plain_label(QLabel(self))
        self.heading.setStyleSheet("font-weight: bold;")
        self.summary = plain_label(QLabel(self))
        self.summary.setObjectName("inspectorTotals")
        self.summary.setWordWrap(True)
        self.map_heading = plain_label(QLabel(self))
        self.map_heading.setStyleSheet("font-weight: bold;")
        self.map = QTableWidget(0, 5, self)
        self.map.setObjectName("inspectorPetaJabatan")
        self.map.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.map.verticalHeader().hide()
        self.map.setMinimumHeight(160)
        header = self.map.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for widget in (self.heading, self.summary, self.map_heading, self.map):
            layout.addWidget(widget)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self.retranslate_ui()

    def set_document(self, document: Any) -> None:
        self.document = document
        document.version_changed.connect(self._timer.start)
        self.show_unit(None)

    def show_unit(self, unit_id: int | None) -> None:
        self.unit_id = unit_id
        self.refresh()

    def refresh(self) -> None:
        doc = self.document
        structure = doc.structure if doc is not None else None
        if structure is None or self.unit_id not in structure.units:
            self.hide()
            return
        assert self.unit_id is not None
        part = subtree(structure, self.unit_id)
        totals = rollups(part)[self.unit_id]
        posts = [(self.tr("structural"), totals.post(PositionCategory.STRUCTURAL)),
                 (self.tr("functional"), totals.post(PositionCategory.FUNCTIONAL)),
                 (self.tr("pelaksana"), totals.post(PositionCategory.PELAKSANA))]  # fmt: skip
        self.summary.setText(
            self.tr("{units} units; staff {existing} in post of {needed} needed; posts "
                    "(in post/needed): {posts}").format(
                units=totals.units, existing=totals.staff[0], needed=totals.staff[1],
                posts=", ".join(f"{name} {e}/{n}" for name, (e, n) in posts))
        )  # fmt: skip
        kind = doc.catalogue.kinds.get(structure.units[self.unit_id].kind)
        is_opd = bool(kind and kind.opd)
        self.map_heading.setVisible(is_opd)
        self.map.setVisible(is_opd)
        if is_opd:
            self._fill_map(part)
        self.show()

    def _fill_map(self, part: Structure) -> None:
        """The peta jabatan: the posts of each unit of the OPD, in tree order."""
        order = part.subtree(self.unit_id) if self.unit_id is not None else []
        by_unit: dict[int, list[Any]] = {}
        for p in part.positions:
            by_unit.setdefault(p.unit_id, []).append(p)
        rows = [(part.units[uid].name, p) for uid in order
                for p in sorted(by_unit.get(uid, []), key=lambda p: p.sort_order)]  # fmt: skip
        self.map.setRowCount(len(rows))
        for row, (unit_name, p) in enumerate(rows):
            values = (unit_name, p.title, str(p.existing), str(p.needed),
                      f"{p.existing - p.needed:+d}")  # fmt: skip
            for column, value in enumerate(values):
                self.map.setItem(row, column, QTableWidgetItem(value))

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("This unit and all below it"))
        self.map_heading.setText(self.tr("Peta jabatan of the OPD"))
        self.map.setHorizontalHeaderLabels(
            [
                self.tr("Unit"),
                self.tr("Post"),
                self.tr("In post"),
                self.tr("Needed"),
                self.tr("Gap"),
            ]  # fmt: skip
        )
        if self.document is not None:
            self.refresh()


__all__ = ["UnitTotals", "subtree"]
