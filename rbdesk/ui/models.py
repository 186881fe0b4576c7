"""Qt item models over the document: the structure tree and the findings table.

``StructureModel`` mirrors the document's tree (parent -> child ids in sibling order)
so that it can tell views where a unit was before a change the document reports after
the fact, and updates incrementally: rows inserted, removed and moved one unit at a
time; a full reset only when the document replaces the whole scenario.

``FindingsModel`` shows the latest findings; ``FindingsFilter`` filters them by family
and severity.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from rbdesk.analysis.findings import Finding, Severity
from rbdesk.analysis.motives import origins_of
from rbdesk.analysis.status import FindingStatus, Status, status_of
from rbdesk.rules.pack import RulePack, load_pack
from rbdesk.ui.plaintext import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

#: Colours of the three severities, shared by the tree, the chart and the findings.
SEVERITY_COLOURS = {
    Severity.ERROR: QColor("#c62828"),
    Severity.WARNING: QColor("#ef8f00"),
    Severity.INFO: QColor("#1565c0"),
}


class StructureModel(QAbstractItemModel):
    """The units of the active scenario as a tree; the internal id of an index is the
    unit id."""

    UnitIdRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2
    SeverityRole = Qt.ItemDataRole.UserRole + 3

    COLUMNS = 1

    def __init__(self, document: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self._children: dict[int | None, list[int]] = {}
        self._parent: dict[int, int | None] = {}
        self._worst: dict[int, Severity] = {}
        self.language = "id"  # of the tooltips (the window's; set_language)
        self.rename_handler: Any = None
        self.move_handler: Any = None
        self._rebuild()
        document.scenario_reset.connect(self._reset)
        document.unit_added.connect(self._added)
        document.unit_removed.connect(self._removed)
        document.unit_moved.connect(self._moved)
        document.unit_changed.connect(self._changed)
        document.siblings_changed.connect(self._reorder)
        document.findings_changed.connect(self._findings)

    def set_language(self, language: str) -> None:
        self.language = language

    def _findings_text(self, unit_id: int) -> str:
        """Why a unit is coloured: the findings that name it, worst first (at most
        ``TIP_FINDINGS``), each with its suggested fix."""
        if unit_id not in self._worst:
            return ""
        mine = sorted((f for f in self.document.findings() if unit_id in f.units),
                      key=lambda f: f.severity.rank)  # fmt: skip
        lines = [
            f"\n• {f.message.get(self.language, '')}\n  → {f.fix.get(self.language, '')}"
            for f in mine[:TIP_FINDINGS]
        ]
        if len(mine) > TIP_FINDINGS:
            more = len(mine) - TIP_FINDINGS
            lines.append("\n" + MORE_FINDINGS[self.language].format(count=more))
        return "\n" + "".join(lines)

    # -- mirror ------------------------------------------------------------------------
    def _rebuild(self) -> None:
        structure = self.document.structure
        self._children = {k: list(v) for k, v in structure.children().items()}
        self._parent = {uid: u.parent_id for uid, u in structure.units.items()}
        self._worst = worst_severity(self.document.findings())

    def _reset(self) -> None:
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    def _index_of(self, unit_id: int | None) -> QModelIndex:
        if unit_id is None or unit_id not in self._parent:
            return QModelIndex()
        siblings = self._children.get(self._parent[unit_id], [])
        return self.createIndex(siblings.index(unit_id), 0, unit_id)

    def index_of(self, unit_id: int) -> QModelIndex:
        """The index of a unit (invalid when the scenario has no such unit)."""
        return self._index_of(unit_id)

    def in_tree_order(self, unit_ids: list[int]) -> list[int]:
        """``unit_ids`` as the tree shows them, top to bottom."""

        def path(uid: int) -> list[int]:
            out: list[int] = []
            while uid in self._parent:
                parent = self._parent[uid]
                out.append(self._children[parent].index(uid))
                if parent is None:
                    break
                uid = parent
            return out[::-1]

        return sorted(unit_ids, key=path)

    def _doc_row(self, unit_id: int) -> tuple[int | None, int]:
        parent = self.document.unit(unit_id).parent_id
        return parent, self.document.child_ids(parent).index(unit_id)

    def _added(self, unit_id: int) -> None:
        if unit_id in self._parent:
            return
        parent, row = self._doc_row(unit_id)
        self.beginInsertRows(self._index_of(parent), row, row)
        self._children.setdefault(parent, []).insert(row, unit_id)
        self._parent[unit_id] = parent
        self.endInsertRows()
        for child in self.document.child_ids(unit_id):  # a restored subtree
            self._added(child)

    def _removed(self, unit_id: int) -> None:
        if unit_id not in self._parent:
            return
        parent = self._parent[unit_id]
        row = self._children[parent].index(unit_id)
        self.beginRemoveRows(self._index_of(parent), row, row)
        self._children[parent].pop(row)
        stack = [unit_id]
        while stack:
            uid = stack.pop()
            self._parent.pop(uid, None)
            stack.extend(self._children.pop(uid, []))
        self.endRemoveRows()

    def _moved(self, unit_id: int) -> None:
        if unit_id not in self._parent:
            return
        old_parent = self._parent[unit_id]
        old_row = self._children[old_parent].index(unit_id)
        new_parent, new_row = self._doc_row(unit_id)
        if old_parent == new_parent and old_row == new_row:
            return
        # Qt's destination row counts the rows before the move.
        dest = new_row + 1 if old_parent == new_parent and new_row > old_row else new_row
        if self.beginMoveRows(
            self._index_of(old_parent), old_row, old_row, self._index_of(new_parent), dest
        ):
            self._children[old_parent].pop(old_row)
            self._children.setdefault(new_parent, []).insert(new_row, unit_id)
            self._parent[unit_id] = new_parent
            self.endMoveRows()
        else:  # pragma: no cover - only when Qt refuses a move, which ours never are
            self._reset()

    def _reorder(self, parents: list[int | None]) -> None:
        """Put the children of ``parents`` in the document's order where a change
        placed them otherwise (one layout change; selections and expansions follow
        their units)."""
        if not parents:
            return
        wanted = set(parents)
        groups: dict[int | None, list[Any]] = {p: [] for p in wanted}
        for unit in self.document.structure.units.values():  # one pass, no sort of all
            if unit.parent_id in wanted:
                groups[unit.parent_id].append(unit)
        children = {
            p: [u.id for u in sorted(g, key=lambda u: (u.sort_order, u.id))]
            for p, g in groups.items()
        }
        wrong = [p for p in parents if self._children.get(p, []) != children.get(p, [])]
        if not wrong:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        units = [i.internalId() if i.isValid() else None for i in old]
        for parent in wrong:
            self._children[parent] = list(children.get(parent, []))
            for uid in self._children[parent]:
                self._parent[uid] = parent
        self.changePersistentIndexList(
            old,
            [self._index_of(u) if u is not None else QModelIndex() for u in units],
        )
        self.layoutChanged.emit()

    def _changed(self, unit_id: int) -> None:
        index = self._index_of(unit_id)
        if index.isValid():
            self.dataChanged.emit(index, index)

    def _findings(self) -> None:
        old = self._worst
        self._worst = worst_severity(self.document.findings())
        for uid in old.keys() | self._worst.keys():
            if old.get(uid) != self._worst.get(uid):
                self._changed(uid)

    # -- QAbstractItemModel ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        parent_id = parent.internalId() if parent.isValid() else None
        siblings = self._children.get(parent_id, [])
        if row >= len(siblings):
            return QModelIndex()
        return self.createIndex(row, 0, siblings[row])

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        return self._index_of(self._parent.get(index.internalId()))

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(parent.internalId() if parent.isValid() else None, []))

    def columnCount(self, parent: Index = _ROOT) -> int:
        return self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        unit_id = index.internalId()
        unit = self.document.structure.units.get(unit_id)
        if unit is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return unit.name
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = self.document.catalogue.kinds.get(unit.kind)
            label = (kind.name_id if self.language == "id" else kind.name_en) if kind else unit.kind
            # a tooltip is rich text when it looks like it: names come from the file
            text = f"{unit.name}\n{label}" + (f" · {unit.eselon}" if unit.eselon else "")
            return plain_tooltip(text + self._findings_text(unit_id))
        if role == Qt.ItemDataRole.ForegroundRole:
            severity = self._worst.get(unit_id)
            return QBrush(SEVERITY_COLOURS[severity]) if severity else None
        if role == self.UnitIdRole:
            return unit_id
        if role == self.KindRole:
            return unit.kind
        if role == self.SeverityRole:
            severity = self._worst.get(unit_id)
            return severity.value if severity else None
        return None

    # -- drag and drop: move a unit under another, or between siblings ---------------------
    MIME = "application/x-rbdesk-unit"

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [self.MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        ids = [i.internalId() for i in indexes if i.isValid()]
        if ids:
            data.setData(self.MIME, QByteArray(str(ids[0]).encode("ascii")))
        return data

    def _dragged(self, data: QMimeData) -> int | None:
        if not data.hasFormat(self.MIME):
            return None
        try:
            unit_id = int(bytes(data.data(self.MIME).data()).decode("ascii"))
        except ValueError:
            return None
        return unit_id if unit_id in self._parent else None

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        unit_id = self._dragged(data)
        if unit_id is None or self.document.read_only:
            return False
        target = parent.internalId() if parent.isValid() else None
        return bool(self.document.can_move(unit_id, target)[0])

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Hand the move to ``move_handler`` (the window pushes one undo command). The
        rows then change through the document's signals, so this returns False and
        the view removes nothing itself."""
        unit_id = self._dragged(data)
        if unit_id is None or self.move_handler is None:
            return False
        target = parent.internalId() if parent.isValid() else None
        position: int | None = None
        if row >= 0:
            position = row
            siblings = self._children.get(target, [])
            if unit_id in siblings and siblings.index(unit_id) < row:
                position = row - 1  # counted without the unit itself
        self.move_handler(unit_id, target, position)
        return False

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Rename in place: handed to ``rename_handler`` (the window pushes an undo
        command), which says whether the rename was made."""
        if int(role) != int(Qt.ItemDataRole.EditRole) or not index.isValid():
            return False
        if self.rename_handler is None:
            return False
        return bool(self.rename_handler(index.internalId(), str(value)))

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Views ask for the flags of every row they lay out: constants, not enum
        # arithmetic (Python's Flag.__or__ made this the slowest part of a move).
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return _READ_ONLY_FLAGS if self.document.read_only else _EDIT_FLAGS


_READ_ONLY_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDIT_FLAGS = (
    _READ_ONLY_FLAGS
    | Qt.ItemFlag.ItemIsEditable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemIsDropEnabled
)


#: How many of a unit's findings its tooltip in the tree names, and what it says of the
#: others.
TIP_FINDINGS = 3
MORE_FINDINGS = {"id": "(+{count} temuan lain)", "en": "(+{count} more)"}


def worst_severity(findings: list[Finding]) -> dict[int, Severity]:
    """For each unit, the worst severity among the findings that name it."""
    worst: dict[int, Severity] = {}
    for finding in findings:
        for uid in finding.units:
            current = worst.get(uid)
            if current is None or finding.severity.rank < current.rank:
                worst[uid] = finding.severity
    return worst


class FindingsModel(QAbstractTableModel):
    """The latest findings, one row each."""

    SEVERITY, RULE, UNITS, MESSAGE, BASIS, STATUS = range(6)
    COLUMNS = 6
    FindingRole = Qt.ItemDataRole.UserRole + 1
    FamilyRole = Qt.ItemDataRole.UserRole + 2
    SeverityRole = Qt.ItemDataRole.UserRole + 3
    #: the planner's decision (``rbdesk.analysis.status.Status`` value)
    StatusRole = Qt.ItemDataRole.UserRole + 4
    #: what a column sorts by (severity by rank, not by its label)
    SortRole = Qt.ItemDataRole.UserRole + 5

    def __init__(self, document: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self.language = "id"
        self._rows: list[Finding] = list(document.findings())
        self._statuses: list[FindingStatus] = []
        self._count_statuses()
        document.findings_changed.connect(self.refresh)
        document.scenario_reset.connect(self.refresh)
        if hasattr(document, "statuses_changed"):  # a plan's (not a comparison's side)
            document.statuses_changed.connect(self._statuses_changed)

    def refresh(self) -> None:
        """The document's findings now: rows inserted, removed and changed where they
        differ (an edit changes a few; the view keeps its sort, filter and selection),
        a reset when most differ or the scenario changed."""
        new = list(self.document.findings())
        old = self._rows
        opcodes = _row_changes(old, new) if old and new else None
        if opcodes is None:
            self.beginResetModel()
            self._rows = new
            self._count_statuses()
            self.endResetModel()
            return
        statuses = self._statuses
        for tag, i1, i2, j1, j2 in reversed(opcodes):
            if tag in ("delete", "replace"):
                self.beginRemoveRows(_ROOT, i1, i2 - 1)
                del self._rows[i1:i2]
                del statuses[i1:i2]
                self.endRemoveRows()
            if tag in ("insert", "replace"):
                self.beginInsertRows(_ROOT, i1, i1 + (j2 - j1) - 1)
                self._rows[i1:i1] = new[j1:j2]
                statuses[i1:i1] = [UNDECIDED] * (j2 - j1)
                self.endInsertRows()
        changed = [j for tag, _i1, _i2, j1, j2 in opcodes if tag == "equal"
                   for j in range(j1, j2) if old_row_differs(self._rows[j], new[j])]  # fmt: skip
        self._rows = new
        before = list(self._statuses)
        self._count_statuses()
        changed += [j for j, (a, b) in enumerate(zip(before, self._statuses, strict=True))
                    if a != b]  # fmt: skip
        for j in sorted(set(changed)):
            self.dataChanged.emit(self.index(j, 0), self.index(j, self.COLUMNS - 1))

    def _count_statuses(self) -> None:
        read = getattr(self.document, "finding_statuses", None)
        statuses = read() if read is not None else {}
        if not statuses:  # every finding open: its reference is worked out when asked
            self._statuses = [UNDECIDED] * len(self._rows)
            return
        origins = origins_of(self.document.structure)
        self._statuses = [status_of(f, statuses, origins) for f in self._rows]

    def _statuses_changed(self) -> None:
        self._count_statuses()
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(last, self.COLUMNS - 1))

    def status(self, row: int) -> FindingStatus:
        """The planner's decision on the finding of ``row``."""
        found = self._statuses[row]
        if found is UNDECIDED:
            return status_of(self._rows[row], {}, origins_of(self.document.structure))
        return found

    def set_language(self, language: str) -> None:
        self.language = language
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(last, self.COLUMNS - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    def finding(self, row: int) -> Finding:
        return self._rows[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def _rule_title(self, finding: Finding) -> str:
        """The title of the finding's rule in the pack the plan is checked with (a side of
        the comparison: the shipped pack), or its id when the pack lacks it."""
        pack = getattr(self.document, "pack", None) or _shipped_pack()
        rule = pack.rules.get(finding.rule)
        return rule.title.get(self.language, finding.rule) if rule is not None else finding.rule

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            # the law or, marked "Praktik:", organisation-design practice
            "id": ("Tingkat", "Aturan", "Unit", "Temuan", "Dasar", "Status"),
            "en": ("Severity", "Rule", "Units", "Finding", "Basis", "Status"),
        }[self.language]
        return titles[section] if 0 <= section < self.COLUMNS else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        finding = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SEVERITY:
                return SEVERITY_LABELS[self.language][finding.severity]
            if column == self.RULE:  # its title in the window's language; the id as a tip
                return self._rule_title(finding)
            if column == self.UNITS:
                units = self.document.structure.units
                names = [units[u].name for u in finding.units if u in units]
                return "; ".join(names[:3]) + (f" (+{len(names) - 3})" if len(names) > 3 else "")
            if column == self.MESSAGE:
                return finding.message.get(self.language, "")
            if column == self.BASIS:
                return finding.basis_text(self.language)
            if column == self.STATUS:
                status = self._statuses[index.row()]
                label = STATUS_LABELS[self.language][status.status]
                return f"{label}: {status.reason}" if status.reason else label
        if role == self.SortRole:
            if column == self.SEVERITY:
                return SEVERITY_RANK[finding.severity]
            if column == self.STATUS:
                return self._statuses[index.row()].status.value
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == self.StatusRole:
            return self._statuses[index.row()].status.value
        if role == Qt.ItemDataRole.ToolTipRole and column == self.RULE:
            return finding.rule
        if role == Qt.ItemDataRole.ToolTipRole and column == self.MESSAGE:
            message = finding.message.get(self.language, "")
            return plain_tooltip(f"{message}\n\n{finding.fix.get(self.language, '')}")
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SEVERITY:
            return QBrush(SEVERITY_COLOURS[finding.severity])
        if role == self.FindingRole:
            return finding
        if role == self.FamilyRole:
            return finding.family.value
        if role == self.SeverityRole:
            return finding.severity.value
        return None


@lru_cache(maxsize=1)
def _shipped_pack() -> RulePack:
    return load_pack()


#: The status of a finding of a plan that records none (open; its reference unworked).
UNDECIDED = FindingStatus("", Status.OPEN)
#: Above this many changed stretches a refresh resets the model (cheaper than the rows).
MAX_ROW_CHANGES = 64


def _finding_row_key(finding: Finding) -> tuple[object, ...]:
    return (finding.rule, finding.units, finding.codes, finding.severity)


def _row_changes(
    old: list[Finding], new: list[Finding]
) -> list[tuple[str, int, int, int, int]] | None:
    """The opcodes that turn the rows ``old`` into ``new`` (findings matched by rule,
    units, codes and severity); ``None`` when a reset is cheaper."""
    from difflib import SequenceMatcher

    matcher = SequenceMatcher(None, [_finding_row_key(f) for f in old],
                              [_finding_row_key(f) for f in new], autojunk=False)  # fmt: skip
    opcodes = matcher.get_opcodes()
    if len(opcodes) > MAX_ROW_CHANGES:
        return None
    return [(str(tag), i1, i2, j1, j2) for tag, i1, i2, j1, j2 in opcodes]


def old_row_differs(old: Finding, new: Finding) -> bool:
    """Whether a finding matched across a refresh reads differently (a renamed unit)."""
    return old is not new and (
        old.message != new.message or old.fix != new.fix or old.grounds != new.grounds
    )


SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
STATUS_LABELS = {
    "id": {Status.OPEN: "Terbuka", Status.ACCEPTED: "Diterima", Status.EXEMPTED: "Dikecualikan"},
    "en": {Status.OPEN: "Open", Status.ACCEPTED: "Accepted", Status.EXEMPTED: "Exempted"},
}
SEVERITY_LABELS = {
    "id": {Severity.ERROR: "Galat", Severity.WARNING: "Peringatan", Severity.INFO: "Info"},
    "en": {Severity.ERROR: "Error", Severity.WARNING: "Warning", Severity.INFO: "Info"},
}


class FindingsFilter(QSortFilterProxyModel):
    """Findings of the chosen families, severities and statuses (all when nothing is
    chosen) whose rule, units, message or basis hold the searched text; sorted by any
    column (severity by rank)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.families: set[str] = set()
        self.severities: set[str] = set()
        self.statuses: set[str] = set()
        self.search = ""
        self.setSortRole(FindingsModel.SortRole)

    def set_search(self, text: str, statuses: set[str]) -> None:
        self.beginFilterChange()
        self.search = " ".join(text.split()).casefold()
        self.statuses = set(statuses)
        self.endFilterChange()

    def set_filter(self, families: set[str], severities: set[str]) -> None:
        self.beginFilterChange()
        self.families = set(families)
        self.severities = set(severities)
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        family = model.data(index, FindingsModel.FamilyRole)
        severity = model.data(index, FindingsModel.SeverityRole)
        if not ((not self.families or family in self.families)
                and (not self.severities or severity in self.severities)):  # fmt: skip
            return False
        if self.statuses and model.data(index, FindingsModel.StatusRole) not in self.statuses:
            return False
        if self.search:
            texts = (model.data(model.index(source_row, column, source_parent))
                     for column in range(FindingsModel.COLUMNS))  # fmt: skip
            return any(self.search in str(text or "").casefold() for text in texts)
        return True
