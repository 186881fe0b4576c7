"""The inspector's totals of a unit and everything below it (staff, and posts by
category), and for an OPD its *peta jabatan*: every post of the OPD, unit by unit in
the order of the tree, with the number in post, the number needed and the gap.

The figures follow any edit below the unit (a change anywhere reaches them on the
next turn of the event loop); only the unit's subtree is summed, from the plan's tree
and posts by unit, made once per version of the plan: choosing a unit of a 10,000-unit
plan sorted the whole plan and summed every unit's figures twice, a 100 ms stall.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any, NamedTuple

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

from rbdesk.analysis.rollup import totals_of
from rbdesk.domain.model import Position, PositionCategory, Structure
from rbdesk.ui.plaintext import plain_label

_SORT_ORDER = attrgetter("sort_order")


class _Tree(NamedTuple):
    """A version of the plan as the view reads it: children in sibling order, and the
    posts of each unit in their order."""

    structure: Structure
    children: dict[int | None, list[int]]
    posts: dict[int, list[Position]]

    @classmethod
    def of(cls, structure: Structure, last: _Tree | None = None) -> _Tree:
        """The view of ``structure``, taking from ``last`` (the previous version) what an
        edit left as it was: an edit replaces only the lists it changes (a move, the
        units; a post edited, the posts)."""
        same_units = last is not None and last.structure.units is structure.units
        children = last.children if last is not None and same_units else structure.children()
        if last is not None and last.structure.positions is structure.positions:
            return cls(structure, children, last.posts)
        # one stable sort, then each unit's posts in their order (ties as they come)
        posts: dict[int, list[Position]] = {}
        for p in sorted(structure.positions, key=_SORT_ORDER):
            found = posts.get(p.unit_id)
            if found is None:
                posts[p.unit_id] = [p]
            else:
                found.append(p)
        return cls(structure, children, posts)

    def below(self, unit_id: int) -> list[int]:
        """The unit and every unit below it, parents first (``Structure.subtree``)."""
        return self.structure.subtree(unit_id, children=self.children)


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
        self._timer.timeout.connect(self._follow)
        self._tree: _Tree | None = None
        self._shown: tuple[Structure, int] | None = None  # what the figures are of
        self.retranslate_ui()

    def set_document(self, document: Any) -> None:
        self.document = document
        document.version_changed.connect(self._timer.start)
        self.show_unit(None)

    def show_unit(self, unit_id: int | None) -> None:
        self.unit_id = unit_id
        doc, shown = self.document, self._shown
        same = shown is not None and doc is not None and shown[0] is doc.structure
        if same and shown is not None and shown[1] == unit_id:
            return  # (the window and the tree both show the unit chosen)
        self.refresh()

    def _follow(self) -> None:
        """A new version of the plan: the figures again, unless shown for it already
        (the inspector shows an edited unit anew)."""
        self.show_unit(self.unit_id)

    def refresh(self) -> None:
        doc = self.document
        structure = doc.structure if doc is not None else None
        if structure is None or self.unit_id not in structure.units:
            self._shown = None
            self.hide()
            return
        assert self.unit_id is not None
        tree = self._tree
        if tree is None or tree.structure is not structure:
            tree = self._tree = _Tree.of(structure, tree)
        below = tree.below(self.unit_id)
        units, by_unit = structure.units, tree.posts
        totals = totals_of(map(units.__getitem__, below),
                           (p for uid in below for p in by_unit.get(uid, ())))  # fmt: skip
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
            self._fill_map(tree, below)
        self._shown = (structure, self.unit_id)
        self.show()

    def _fill_map(self, tree: _Tree, below: list[int]) -> None:
        """The peta jabatan: the posts of each unit of the OPD, in tree order."""
        units = tree.structure.units
        rows = [(units[uid].name, p) for uid in below for p in tree.posts.get(uid, ())]
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


__all__ = ["UnitTotals"]
