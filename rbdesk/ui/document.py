"""The open plan as the editor sees it: the ``Document``.

The document owns one open ``Store``, the reference ``Catalogue``, the region, a
``QUndoStack`` and the ``Structure`` of the active scenario, kept equal to the file.
It is the only thing the window edits through. Every edit method

1. checks the domain invariants and raises the typed error (``CycleError``,
   ``ParentKindError`` ...) before anything changes,
2. writes the change to the file in one transaction,
3. updates the structure in memory, and only then
4. emits a past-tense signal carrying ids,

so an edit the screen shows is an edit on disk. The undo commands of
``rbdesk.ui.commands`` call these methods. Each scenario has its own undo history;
creating, renaming and deleting scenarios and the plan's details are undone on the
plan's own stack (``rbdesk.ui.history`` puts the two in the order they were made).

The structure in memory is never changed in place: each edit builds a new
``Structure`` that shares what did not change, so ``snapshot()`` can hand the current
one to a worker thread for analysis without copying it.

Terms: a *place* is a unit's ``(parent_id, sort_order)``. ``RemovedRecords`` is
everything a deletion took out of the file, so that undo can put it back with the
same ids.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

from rbdesk.analysis.engine import Analyzer
from rbdesk.analysis.findings import Finding
from rbdesk.analysis.status import (
    FindingStatus,
    Status,
    dump_statuses,
    meta_key,
    parse_statuses,
)
from rbdesk.domain.errors import (
    InvalidValueError,
    RbdeskError,
    UnknownUnitError,
)
from rbdesk.domain.invariants import (
    check_codes,
    check_fields,
    check_move,
    check_unit,
)
from rbdesk.domain.model import (
    ESELON,
    Iku,
    Level,
    Lineage,
    OperationRef,
    Position,
    PositionCategory,
    Region,
    RemovedRecords,
    Scenario,
    ScenarioRole,
    ScenarioSnapshot,
    Signatory,
    Structure,
    Unit,
    UrusanAssignment,
    UrusanRole,
)
from rbdesk.domain.operations import (
    FUNCTIONAL_GROUP,
    AppliedOperation,
    OperationPlan,
    apply_plan,
    revert_plan,
)
from rbdesk.domain.pemetaan import PemetaanData
from rbdesk.interchange.sample import CURRENT_NAME, write_sample
from rbdesk.interchange.template import root_name, standard_structure
from rbdesk.perf import gc_paused
from rbdesk.rules.catalogue import Catalogue, default_catalogue
from rbdesk.rules.pack import RulePack, load_pack
from rbdesk.store import LockedError, ReadOnlyError, Store
from rbdesk.store.sidefiles import real_path
from rbdesk.ui.announce import announce
from rbdesk.ui.messages import localised, said

#: A unit's place in the tree: ``(parent_id, sort_order)``.
Place = tuple[int | None, int]

_R = TypeVar("_R", Position, Iku)


# The orders in which ``Store.load`` returns the lists of a structure; the copy in
# memory keeps them so that it compares equal to a fresh load.
def _assignment_order(a: UrusanAssignment) -> tuple[int, str]:
    return (a.unit_id, a.code)


def _record_order(r: Position | Iku) -> tuple[int, int, int]:
    return (r.unit_id, r.sort_order, r.id)


def _lineage_order(x: Lineage) -> tuple[int, int]:
    return (x.unit_id, x.origin_id)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The active scenario at one version, to analyse off the UI thread. The document
    never changes a structure it has handed out."""

    version: int
    structure: Structure


class Document(QObject):
    """One open plan, edited through undoable commands, written through to the file."""

    unit_added = Signal(int)  #: the unit and everything attached to it are new
    unit_changed = Signal(int)  #: a field of the unit changed (name, kind, type, eselon ...)
    unit_removed = Signal(int)  #: the unit and everything attached to it are gone
    unit_moved = Signal(int)  #: the unit's parent or sibling order changed
    assignments_changed = Signal(int)  #: the urusan assignments of the unit changed
    positions_changed = Signal(int)  #: a position of the unit was added, changed or removed
    iku_changed = Signal(int)  #: an IKU of the unit was added, changed or removed
    scenario_reset = Signal()  #: the whole structure was replaced (switch or reload)
    scenarios_changed = Signal()  #: the list of scenarios or their names changed
    read_only_changed = Signal(bool)
    version_changed = Signal(int)  #: after every change, with the new version number
    findings_changed = Signal()
    statuses_changed = Signal()  #: a finding was accepted, exempted or reopened
    edit_failed = Signal(str)  #: an undo or redo failed; the document was reloaded
    region_changed = Signal()  #: the region's details or the signatories changed
    pemetaan_changed = Signal()  #: an indicator value, or their year or source, changed
    #: The children of these parents (``None``: the roots) may stand in a new order
    #: (after a restructuring operation, its undo or redo).
    siblings_changed = Signal(list)

    def __init__(
        self,
        store: Store,
        *,
        scenario_id: int | None = None,
        catalogue: Catalogue | None = None,
        pack: RulePack | None = None,
        auto_analyse: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._lock: QLockFile | None = None
        #: True when the plan opened read-only because another window had it open.
        self.opened_elsewhere = False
        #: True once closed: an edit still on its way (an editor that commits as the
        #: window closes) is dropped.
        self.closed = False
        self._store = store
        self.catalogue = catalogue or default_catalogue()
        self.pack = pack or load_pack(catalogue=self.catalogue)
        self._region = store.region()
        #: One undo history per scenario while the plan is open: switching scenarios
        #: keeps each (its commands name units of that scenario only); the group's
        #: active stack is the active scenario's.
        self.undo_group = QUndoGroup(self)
        self._stacks: dict[int, QUndoStack] = {}
        #: The histories of deleted scenarios, back with them when a deletion is undone.
        self._put_aside: dict[int, QUndoStack] = {}
        #: The plan's own history: scenarios created, renamed and deleted, the plan's
        #: details (``rbdesk.ui.history`` undoes it and the active scenario's in the
        #: order they were made).
        self.plan_stack = QUndoStack(self)
        self._version = 0
        self._auto_analyse = auto_analyse
        self._findings: list[Finding] = []
        self._statuses: tuple[str, dict[str, FindingStatus]] | None = None
        self._findings_version = -1
        #: Asked before the first edit of a scenario that a proposal derives from
        #: (the window asks the planner); returning False cancels the edit.
        self.edit_guard: Callable[[Scenario], bool] | None = None
        if scenario_id is None:
            scenario_id = self._default_scenario_id()
        self._structure = store.load(scenario_id)
        self.undo_group.setActiveStack(self.undo_stack)
        self._analyzer = self._new_analyzer()
        if auto_analyse:
            self.analyse()

    # -- opening and closing ---------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        read_only: bool = False,
        auto_analyse: bool = True,
        parent: QObject | None = None,
    ) -> Document:
        """Open an existing plan on its current scenario (``PlanFileError`` if it
        cannot be opened). A file the user may not write opens read-only, and so does a
        plan another window or program has open (``opened_elsewhere`` says so)."""
        lock: QLockFile | None = None
        elsewhere = False
        if not read_only:
            # the lock of the file itself: two windows that reach one plan through a
            # link take the same lock
            lock = QLockFile(f"{real_path(path)}.lock")
            lock.setStaleLockTime(0)  # a lock whose process died is taken over
            if not lock.tryLock(0):
                lock, elsewhere, read_only = None, True, True
        try:
            try:
                store = Store.open(path, read_only=read_only)
            except LockedError:  # a program holds it (a command writing, another computer)
                store = Store.open(path, read_only=True)
                if lock is not None:
                    lock.unlock()
                lock, elsewhere = None, True
        except BaseException:
            if lock is not None:
                lock.unlock()
            raise
        try:
            document = cls(store, auto_analyse=auto_analyse, parent=parent)
        except BaseException:
            store.close()
            if lock is not None:
                lock.unlock()
            raise
        document._lock = lock
        document.opened_elsewhere = elsewhere
        return document

    @classmethod
    def new(
        cls,
        path: Path | str,
        region: Region,
        *,
        scenario_name: str = CURRENT_NAME,
        overwrite: bool = False,
        auto_analyse: bool = True,
        parent: QObject | None = None,
        template: bool = False,
    ) -> Document:
        """A new plan for ``region``: one current scenario holding the head of the
        region, or with ``template`` the standard perangkat daerah of its level
        (``rbdesk.interchange.template``). The window passes the scenario name in the
        user's language."""
        if overwrite and Path(path).exists():
            # never replace a plan another window or program has open
            lock = QLockFile(f"{real_path(path)}.lock")
            lock.setStaleLockTime(0)
            if not lock.tryLock(0):
                raise ReadOnlyError("window.open_elsewhere", path=path)
            lock.unlock()
        store = Store.create(path, region, overwrite=overwrite)
        try:
            if template:
                start = standard_structure(region, scenario_name, default_catalogue())
                store.insert_structure(start)
                scenario = store.scenario_by_name(scenario_name)
            else:
                scenario = store.add_scenario(scenario_name, ScenarioRole.CURRENT)
                name, title = root_name(region)
                store.add_unit(scenario.id, Unit(0, None, "kepala_daerah", name, short_name=title))
            document = cls(store, scenario_id=scenario.id, auto_analyse=auto_analyse, parent=parent)
            document._take_lock()
            return document
        except BaseException:
            store.close()
            raise

    @classmethod
    def from_sample(
        cls,
        path: Path | str,
        *,
        overwrite: bool = False,
        auto_analyse: bool = True,
        parent: QObject | None = None,
    ) -> Document:
        """A new plan at ``path`` holding the built-in sample region."""
        store = write_sample(Path(path), overwrite=overwrite)
        try:
            document = cls(store, auto_analyse=auto_analyse, parent=parent)
            document._take_lock()
            return document
        except BaseException:
            store.close()
            raise

    def _take_lock(self) -> None:
        """Hold the lock of a plan this document just created."""
        lock = QLockFile(f"{real_path(self.path)}.lock")
        lock.setStaleLockTime(0)
        if lock.tryLock(0):
            self._lock = lock

    @property
    def undo_stack(self) -> QUndoStack:
        """The undo history of the active scenario."""
        return self._stack_of(self._structure.scenario.id)

    def _stack_of(self, scenario_id: int) -> QUndoStack:
        stack = self._stacks.get(scenario_id)
        if stack is None:
            stack = self._stacks[scenario_id] = QUndoStack(self)
            self.undo_group.addStack(stack)
        return stack

    def _forget_history(self, scenario_ids: Iterable[int] | None = None) -> None:
        """Drop the undo history of ``scenario_ids`` (default: every scenario's)."""
        for scenario_id in list(self._stacks) if scenario_ids is None else scenario_ids:
            stack = self._stacks.pop(scenario_id, None)
            if stack is not None:
                stack.clear()
                self.undo_group.removeStack(stack)
                stack.deleteLater()
        if scenario_ids is None:
            self.plan_stack.clear()
            for stack in self._put_aside.values():
                stack.clear()
                stack.deleteLater()
            self._put_aside.clear()

    def close(self) -> None:
        """Close the file. The document cannot be used afterwards."""
        self.closed = True
        self._forget_history()
        self._store.close()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _default_scenario_id(self) -> int:
        scenarios = self._store.scenarios()
        if not scenarios:
            if self._store.read_only:
                raise InvalidValueError("window.no_scenario", path=self._store.path)
            return self._store.add_scenario(CURRENT_NAME, ScenarioRole.CURRENT).id
        current = [s for s in scenarios if s.role is ScenarioRole.CURRENT]
        return (current or scenarios)[0].id

    # -- what the window reads --------------------------------------------------------
    @property
    def store(self) -> Store:
        return self._store

    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def region(self) -> Region:
        return self._region

    @property
    def level(self) -> Level:
        return self._region.level

    @property
    def structure(self) -> Structure:
        """The active scenario as it is in the file. Read it, never change it."""
        return self._structure

    @property
    def scenario(self) -> Scenario:
        return self._structure.scenario

    def scenarios(self) -> list[Scenario]:
        return self._store.scenarios()

    @property
    def read_only(self) -> bool:
        return self._store.read_only

    @property
    def version(self) -> int:
        """Grows with every change; findings carry the version they were made from."""
        return self._version

    def unit(self, unit_id: int) -> Unit:
        try:
            return self._structure.units[unit_id]
        except KeyError:
            raise UnknownUnitError("window.unit_missing", id=unit_id) from None

    def child_ids(self, unit_id: int | None) -> list[int]:
        """Children of ``unit_id`` (``None``: the roots) in sibling order."""
        kids = [u for u in self._structure.units.values() if u.parent_id == unit_id]
        return [u.id for u in sorted(kids, key=lambda u: (u.sort_order, u.id))]

    def subtree_ids(self, unit_id: int) -> list[int]:
        """``unit_id`` and every unit below it, parents first, siblings in order."""
        self.unit(unit_id)
        return self._structure.subtree(unit_id)

    def assignments_of(self, unit_id: int) -> list[UrusanAssignment]:
        return self._structure.assignments_of(unit_id)

    def positions_of(self, unit_id: int) -> list[Position]:
        return [p for p in self._structure.positions if p.unit_id == unit_id]

    def iku_of(self, unit_id: int) -> list[Iku]:
        return [i for i in self._structure.iku if i.unit_id == unit_id]

    def position(self, position_id: int) -> Position:
        return self._record(self._structure.positions, position_id, "position")

    def iku(self, iku_id: int) -> Iku:
        return self._record(self._structure.iku, iku_id, "iku")

    def _record(self, records: Iterable[_R], record_id: int, what: str) -> _R:
        for record in records:
            if record.id == record_id:
                return record
        raise InvalidValueError(f"window.{what}_missing", id=record_id)

    def allowed_child_kinds(self, parent_id: int | None) -> list[str]:
        """Kinds that may be added under ``parent_id`` (``None``: as a root)."""
        if parent_id is None:
            return [
                k.id
                for k in self.catalogue.kinds.values()
                if k.root and self.catalogue.kind_exists_at(k.id, self.level)
            ]
        return self.catalogue.allowed_child_kinds(self.unit(parent_id).kind, self.level)

    def possible_kinds(self, unit_id: int) -> list[str]:
        """Kinds ``unit_id`` may take where it stands: allowed under its parent and
        allowing each of its children (its own kind first)."""
        unit = self.unit(unit_id)
        children = {self._structure.units[c].kind for c in self.child_ids(unit_id)}
        kinds = [
            kind
            for kind in self.allowed_child_kinds(unit.parent_id)
            if all(kind in self.catalogue.allowed_parents(c, self.level) for c in children)
        ]
        return [unit.kind, *(k for k in kinds if k != unit.kind)]

    def can_move(self, unit_id: int, new_parent_id: int | None) -> tuple[bool, str]:
        """``(True, "")`` when ``unit_id`` may be dropped under ``new_parent_id``,
        else ``(False, reason)``: for the window to refuse a drop and say why."""
        try:
            self._require_writable()
            self._check_move(unit_id, new_parent_id)
        except RbdeskError as exc:
            return False, str(localised(exc))
        return True, ""

    def can_add_unit(self, parent_id: int | None, kind: str) -> tuple[bool, str]:
        """Whether a unit of ``kind`` may be added under ``parent_id``, and if not why."""
        try:
            self._require_writable()
            self._new_unit(parent_id, kind, "-", {})
        except RbdeskError as exc:
            return False, str(localised(exc))
        return True, ""

    # -- units --------------------------------------------------------------------------
    def add_unit(self, parent_id: int | None, kind: str, name: str, **unit_fields: Any) -> int:
        """Add a unit under ``parent_id``, last among its siblings unless ``sort_order``
        is given; return its id."""
        self._require_writable()
        unit = self._new_unit(parent_id, kind, name, unit_fields)
        unit_id = self._store.add_unit(self.scenario.id, unit)
        unit = replace(unit, id=unit_id)
        self._set(units={**self._structure.units, unit_id: unit})
        self.unit_added.emit(unit_id)
        self._changed()
        return unit_id

    def _new_unit(
        self, parent_id: int | None, kind: str, name: str, unit_fields: Mapping[str, Any]
    ) -> Unit:
        if "sort_order" not in unit_fields:
            siblings = [
                u.sort_order for u in self._structure.units.values() if u.parent_id == parent_id
            ]
            unit_fields = {**unit_fields, "sort_order": max(siblings, default=-1) + 1}
        # Id 0 is never a unit's: the new unit cannot be mistaken for one in the file.
        unit = Unit(0, parent_id, kind, name, **unit_fields)
        check_unit(self._structure, unit, self.level, self.catalogue)
        return unit

    def update_unit(self, unit: Unit, *, check: bool = True) -> None:
        """Write every field of ``unit`` (its parent and sibling order included).
        Undo passes ``check=False``: it puts back a state the file held before, which
        may break a rule (an imported plan) and must come back all the same."""
        self._require_writable()
        old = self.unit(unit.id)
        if check and unit.kind != old.kind and unit.kind == FUNCTIONAL_GROUP:
            # A functional group is no structural unit: it has no eselon (the 2021
            # simplification turns the seksi's pengawas into functional posts).
            unit = replace(unit, eselon=None)
        if unit == old:
            return
        if check:
            check_fields(unit)
        if check and (unit.kind, unit.parent_id) != (old.kind, old.parent_id):
            # Only a change of kind or parent is checked against the tree, so that a
            # unit an imported plan placed wrongly can still be renamed.
            check_unit(self._structure, unit, self.level, self.catalogue)
        self._store.update_unit(unit)
        self._set(units={**self._structure.units, unit.id: unit})
        if any(getattr(unit, f) != getattr(old, f) for f in _FIELD_NAMES):
            self.unit_changed.emit(unit.id)
        if (unit.parent_id, unit.sort_order) != (old.parent_id, old.sort_order):
            self.unit_moved.emit(unit.id)
        self._changed()

    def move_unit(
        self, unit_id: int, new_parent_id: int | None, position: int | None = None
    ) -> dict[int, Place]:
        """Move ``unit_id`` under ``new_parent_id`` to index ``position`` among its new
        siblings (``None``: last); the siblings after it shift down. Returns the old
        places of every unit whose place changed, for undo (empty: nothing moved)."""
        self._require_writable()
        self._check_move(unit_id, new_parent_id)
        siblings = [c for c in self.child_ids(new_parent_id) if c != unit_id]
        if position is None or position > len(siblings):
            position = len(siblings)
        if position < 0:
            raise InvalidValueError("window.sibling_negative")
        units = self._structure.units
        orders = _sibling_orders([units[c].sort_order for c in siblings], position)
        if orders is None:
            # No room between the neighbours: number the siblings afresh.
            siblings.insert(position, unit_id)
            wanted = dict(zip(siblings, range(len(siblings)), strict=True))
        else:
            wanted = {unit_id: orders}
        unit = units[unit_id]
        if unit.parent_id == new_parent_id and orders is not None:
            # Already between the neighbours: keep its own order (a drop in place).
            lo = units[siblings[position - 1]].sort_order if position > 0 else None
            hi = units[siblings[position]].sort_order if position < len(siblings) else None
            if (lo is None or lo < unit.sort_order) and (hi is None or unit.sort_order < hi):
                wanted = {}
        places = {
            uid: (new_parent_id, order)
            for uid, order in wanted.items()
            if (units[uid].parent_id, units[uid].sort_order) != (new_parent_id, order)
        }
        # The moved unit first: listeners see the move before the shifts it caused.
        if unit_id in places:
            places = {unit_id: places.pop(unit_id), **places}
        return self._write_places(places)

    def set_places(self, places: Mapping[int, Place], *, check: bool = True) -> dict[int, Place]:
        """Put several units at the given places in one transaction (undo and redo of
        a move); returns their old places."""
        self._require_writable()
        work = self._structure
        for uid, (parent_id, _) in places.items():
            unit = self.unit(uid)
            if check and parent_id != work.units[uid].parent_id:
                check_move(work, uid, parent_id, self.level, self.catalogue)
                moved = replace(unit, parent_id=parent_id)
                work = replace(work, units={**work.units, uid: moved})
        return self._write_places(places)

    def _check_move(self, unit_id: int, new_parent_id: int | None) -> None:
        check_move(self._structure, unit_id, new_parent_id, self.level, self.catalogue)

    def _write_places(self, places: Mapping[int, Place]) -> dict[int, Place]:
        units = self._structure.units
        old = {uid: (units[uid].parent_id, units[uid].sort_order) for uid in places}
        if not places:
            return old
        self._store.place_units(places)
        new_units = dict(units)
        for uid, (parent_id, order) in places.items():
            new_units[uid] = replace(units[uid], parent_id=parent_id, sort_order=order)
        self._set(units=new_units)
        for uid in places:
            self.unit_moved.emit(uid)
        self._changed()
        return old

    def delete_unit(self, unit_id: int) -> RemovedRecords:
        """Delete ``unit_id`` with its subtree and everything attached to them (the
        file deletes by cascade). Returns what ``restore`` needs to put it all back."""
        self._require_writable()
        order = self.subtree_ids(unit_id)
        removed = self._store.subtree(unit_id)
        gone = set(order)
        s = self._structure
        touched = {op.id for op in s.operations if gone & {*op.before, *op.after}}
        if touched:
            removed = replace(removed, operations=tuple(s.operations))
        self._store.delete_unit(unit_id)
        self._set(
            units={uid: u for uid, u in s.units.items() if uid not in gone},
            assignments=[a for a in s.assignments if a.unit_id not in gone],
            positions=[p for p in s.positions if p.unit_id not in gone],
            iku=[i for i in s.iku if i.unit_id not in gone],
            links=[x for x in s.links if x.from_id not in gone and x.to_id not in gone],
            lineage=[x for x in s.lineage if x.unit_id not in gone and x.origin_id not in gone],
            operations=[
                replace(
                    op,
                    before=tuple(u for u in op.before if u not in gone),
                    after=tuple(u for u in op.after if u not in gone),
                )
                if op.id in touched
                else op
                for op in s.operations
            ],
        )
        for uid in reversed(order):
            self.unit_removed.emit(uid)
        self._changed()
        return removed

    def insert_unit(self, unit: Unit) -> None:
        """Put back one unit with its own id and place (undo of an add)."""
        self.restore(RemovedRecords(self.scenario.id, units=(unit,)))

    def restore(self, removed: RemovedRecords) -> None:
        """Put back what ``delete_unit`` (or a delete of a position or IKU) removed,
        with the same ids, in one transaction."""
        self._require_writable()
        s = self._structure
        if removed.scenario_id != s.scenario.id:
            raise InvalidValueError("window.other_scenario")
        ids = {u.id for u in removed.units}
        for unit in removed.units:
            if unit.id in s.units:
                raise InvalidValueError("window.unit_exists", id=unit.id)
            if unit.parent_id is not None and unit.parent_id not in s.units.keys() | ids:
                raise UnknownUnitError("unit.parent_missing", id=unit.parent_id)
        owners = {a.unit_id for a in removed.assignments}
        owners |= {p.unit_id for p in removed.positions} | {i.unit_id for i in removed.iku}
        missing = sorted(owners - s.units.keys() - ids)
        if missing:
            raise UnknownUnitError("window.unit_missing", id=missing[0])
        self._store.restore(removed)
        units = dict(s.units)
        units.update((u.id, u) for u in removed.units)
        mine = units.keys()
        self._set(
            units=units,
            assignments=sorted([*s.assignments, *removed.assignments], key=_assignment_order),
            positions=sorted([*s.positions, *removed.positions], key=_record_order),
            iku=sorted([*s.iku, *removed.iku], key=_record_order),
            links=sorted([*s.links, *removed.links], key=lambda x: x.id),
            lineage=sorted(
                [*s.lineage, *(x for x in removed.lineage if x.unit_id in mine)],
                key=_lineage_order,
            ),
            operations=list(removed.operations) if removed.operations is not None else s.operations,
        )
        for unit in removed.units:
            self.unit_added.emit(unit.id)
        for uid in sorted({r.unit_id for r in removed.positions} - ids):
            self.positions_changed.emit(uid)
        for uid in sorted({r.unit_id for r in removed.iku} - ids):
            self.iku_changed.emit(uid)
        for uid in sorted({r.unit_id for r in removed.assignments} - ids):
            self.assignments_changed.emit(uid)
        self._changed()

    # -- urusan assignments ---------------------------------------------------------------
    def set_assignments(
        self, unit_id: int, assignments: Iterable[UrusanAssignment], *, check: bool = True
    ) -> None:
        """Replace the urusan assignments of ``unit_id`` (each assignment's own
        ``unit_id`` is ignored). ``check=False``: see ``update_unit``."""
        self._require_writable()
        self.unit(unit_id)
        new = [UrusanAssignment(unit_id, a.code, a.role) for a in assignments]
        codes = [a.code for a in new]
        twice = sorted({c for c in codes if codes.count(c) > 1})
        if twice:
            raise InvalidValueError("window.urusan_twice", codes=tuple(twice))
        for a in new:
            if not isinstance(a.role, UrusanRole):
                raise InvalidValueError("window.urusan_role", role=a.role)
        if check:
            check_codes(codes, self.catalogue)
        if sorted(new, key=_assignment_order) == self.assignments_of(unit_id):
            return
        self._store.set_assignments(unit_id, new)
        s = self._structure
        self._set(
            assignments=sorted(
                [a for a in s.assignments if a.unit_id != unit_id] + new, key=_assignment_order
            )
        )
        self.assignments_changed.emit(unit_id)
        self._changed()

    # -- positions --------------------------------------------------------------------------
    def add_position(self, position: Position) -> int:
        """Add a position (its id is ignored); return its id."""
        self._require_writable()
        self._check_position(position)
        position_id = self._store.add_position(position)
        position = replace(position, id=position_id)
        self._set(positions=sorted([*self._structure.positions, position], key=_record_order))
        self.positions_changed.emit(position.unit_id)
        self._changed()
        return position_id

    def update_position(self, position: Position, *, check: bool = True) -> None:
        self._require_writable()
        old = self.position(position.id)
        self.unit(position.unit_id)
        if check:
            self._check_position(position)
        if position == old:
            return
        self._store.update_position(position)
        self._set(positions=_replaced(self._structure.positions, position))
        for uid in dict.fromkeys((old.unit_id, position.unit_id)):
            self.positions_changed.emit(uid)
        self._changed()

    def delete_position(self, position_id: int) -> Position:
        """Delete a position and return it, for undo."""
        self._require_writable()
        old = self.position(position_id)
        self._store.delete_position(position_id)
        self._set(positions=[p for p in self._structure.positions if p.id != position_id])
        self.positions_changed.emit(old.unit_id)
        self._changed()
        return old

    def restore_position(self, position: Position) -> None:
        """Put back a deleted position with its own id."""
        self.restore(RemovedRecords(self.scenario.id, positions=(position,)))

    def _check_position(self, position: Position) -> None:
        self.unit(position.unit_id)
        if not position.title.strip():
            raise InvalidValueError("window.position_title")
        if not isinstance(position.category, PositionCategory):
            raise InvalidValueError("window.position_category", category=position.category)
        if position.eselon is not None and position.eselon not in ESELON:
            raise InvalidValueError(
                "unit.eselon_unknown", value=position.eselon, known=tuple(ESELON)
            )
        if position.existing < 0 or position.needed < 0:
            raise InvalidValueError("window.positions_negative")

    # -- IKU --------------------------------------------------------------------------------
    def add_iku(self, iku: Iku) -> int:
        """Add a key performance indicator (its id is ignored); return its id."""
        self._require_writable()
        self._check_iku(iku)
        iku_id = self._store.add_iku(iku)
        iku = replace(iku, id=iku_id)
        self._set(iku=sorted([*self._structure.iku, iku], key=_record_order))
        self.iku_changed.emit(iku.unit_id)
        self._changed()
        return iku_id

    def update_iku(self, iku: Iku, *, check: bool = True) -> None:
        self._require_writable()
        old = self.iku(iku.id)
        self.unit(iku.unit_id)
        if check:
            self._check_iku(iku)
        if iku == old:
            return
        self._store.update_iku(iku)
        self._set(iku=_replaced(self._structure.iku, iku))
        for uid in dict.fromkeys((old.unit_id, iku.unit_id)):
            self.iku_changed.emit(uid)
        self._changed()

    def delete_iku(self, iku_id: int) -> Iku:
        """Delete an IKU and return it, for undo."""
        self._require_writable()
        old = self.iku(iku_id)
        self._store.delete_iku(iku_id)
        self._set(iku=[i for i in self._structure.iku if i.id != iku_id])
        self.iku_changed.emit(old.unit_id)
        self._changed()
        return old

    def restore_iku(self, iku: Iku) -> None:
        """Put back a deleted IKU with its own id."""
        self.restore(RemovedRecords(self.scenario.id, iku=(iku,)))

    def _check_iku(self, iku: Iku) -> None:
        self.unit(iku.unit_id)
        if not iku.indicator.strip():
            raise InvalidValueError("window.iku_indicator")

    # -- plan details ---------------------------------------------------------------------
    def signatories(self) -> tuple[Signatory, ...]:
        """The officials who sign the proposal (prepared, checked, approved)."""
        return self._store.signatories()

    def set_plan_details(self, region: Region, signatories: Iterable[Signatory]) -> None:
        """Replace the region's details and the signatories. The level of government
        is fixed when the plan is made (the rules of the whole structure follow it)."""
        self._require_writable()
        signatories = tuple(signatories)
        if region.level is not self._region.level:
            raise InvalidValueError("window.level_fixed")
        if not region.name.strip():
            raise InvalidValueError("region.name_missing")
        if region == self._region and signatories == self.signatories():
            return
        self._store.set_plan_details(region, signatories)
        self._region = region
        # the geographic factor feeds the typology: check again with a fresh analyzer
        self._analyzer = self._new_analyzer()
        self._version += 1
        self.region_changed.emit()
        self._changed()

    # -- restructuring operations ----------------------------------------------------------
    def apply_operation(self, plan: OperationPlan) -> AppliedOperation:
        """Write an operation's plan (``rbdesk.domain.operations``) in one transaction
        and show its effect; what ``revert_operation`` and ``reapply_operation`` need
        comes back."""
        self._require_writable()
        if plan.scenario_id != self.scenario.id:
            raise InvalidValueError("window.other_scenario")
        with gc_paused():  # many short-lived objects: no full collection half-way
            applied = self._store.apply_operation(plan.scenario_id, plan)
            self._replace(apply_plan(self._structure, applied))
        return applied

    def reapply_operation(self, applied: AppliedOperation) -> AppliedOperation:
        """Apply a reverted operation again with the same ids (a redo)."""
        self._require_writable()
        with gc_paused():
            again = self._store.reapply_operation(applied)
            self._replace(apply_plan(self._structure, again))
        return again

    def revert_operation(self, applied: AppliedOperation) -> None:
        """Take an applied operation back in one transaction (an undo)."""
        self._require_writable()
        with gc_paused():
            self._store.revert_operation(applied)
            self._replace(revert_plan(self._structure, applied))

    def set_operation_text(self, operation_id: int, reason: str, basis: str) -> tuple[str, str]:
        """Set the reason and legal basis of an operation of the active scenario;
        returns the ones it had."""
        self._require_writable()
        ops = self._structure.operations
        old = next((op for op in ops if op.id == operation_id), None)
        if old is None:
            raise InvalidValueError("window.operation_missing", id=operation_id)
        self._store.set_operation_text(operation_id, reason, basis)
        new = replace(old, justification=reason.strip(), basis=basis.strip())
        self._set(operations=[new if op.id == operation_id else op for op in ops])
        self._changed()
        return old.justification, old.basis

    def proposals_of(self, scenario_id: int) -> list[Scenario]:
        """The scenarios derived from ``scenario_id`` (it is their baseline)."""
        return [s for s in self._store.scenarios() if s.derived_from == scenario_id]

    def _replace(self, structure: Structure) -> None:
        old = self._structure
        self._structure = structure
        self._version += 1
        announce(self, old, structure)
        self._changed()

    # -- scenarios ------------------------------------------------------------------------
    def switch_scenario(self, scenario_id: int) -> None:
        """Make ``scenario_id`` the active scenario. Each scenario keeps its own undo
        history: coming back to one, its edits can still be undone."""
        structure = self._store.load(scenario_id)
        self._reset(structure, keep_history=True)

    def create_proposal(
        self, name: str, *, source_id: int | None = None, switch: bool = True
    ) -> Scenario:
        """Copy a scenario (default: the active one) into a new proposal derived from
        it, and make the proposal active unless ``switch`` is false."""
        self._require_writable()
        scenario = self._store.copy_scenario(
            self.scenario.id if source_id is None else source_id, name
        )
        self.scenarios_changed.emit()
        if switch:
            self.switch_scenario(scenario.id)
        return scenario

    def rename_scenario(self, scenario_id: int, name: str) -> None:
        self._require_writable()
        self._store.scenario(scenario_id)
        self._store.rename_scenario(scenario_id, name)
        if scenario_id == self.scenario.id:
            # Not a new version: the analysis does not read the scenario's name.
            self._structure = replace(self._structure, scenario=self._store.scenario(scenario_id))
        self.scenarios_changed.emit()

    def delete_scenario(self, scenario_id: int) -> ScenarioSnapshot:
        """Delete a scenario and all it holds, and return what went (for undo).
        Deleting the active one makes the scenario it derives from (else the current
        one) active. The last scenario of a plan cannot be deleted. The scenario's
        own undo history is put aside for ``restore_scenario``; the histories of the
        proposals derived from it are dropped (undoing there could need lineage into
        the deleted units)."""
        self._require_writable()
        doomed = self._store.scenario(scenario_id)
        others = [s for s in self._store.scenarios() if s.id != scenario_id]
        if not others:
            raise InvalidValueError("window.last_scenario")
        active = self.scenario.id
        if active == scenario_id:
            by_id = {s.id: s for s in others}
            current = [s for s in others if s.role is ScenarioRole.CURRENT]
            if doomed.derived_from in by_id:
                active = doomed.derived_from
            else:
                active = (current or others)[0].id
        derived = [s.id for s in others if s.derived_from == scenario_id]
        snapshot = self._store.delete_scenario(scenario_id)
        stack = self._stacks.pop(scenario_id, None)
        if stack is not None:
            self.undo_group.removeStack(stack)
            self._put_aside[scenario_id] = stack
        self._forget_history(derived)
        # Lineage and operations of the active scenario may have gone with it.
        self._reset(self._store.load(active), keep_history=True)
        self.scenarios_changed.emit()
        return snapshot

    def insert_scenario(self, structure: Structure) -> Scenario:
        """Add ``structure`` (an imported sheet) as a new scenario; the active one stays."""
        self._require_writable()
        self._store.insert_structure(structure)
        self.scenarios_changed.emit()
        return self._store.scenario_by_name(structure.scenario.name)

    def restore_scenario(self, snapshot: ScenarioSnapshot, *, switch: bool = True) -> Scenario:
        """Put a deleted scenario back as it was, with its undo history, and make it
        active unless ``switch`` is false."""
        self._require_writable()
        scenario = self._store.restore_scenario(snapshot)
        stack = self._put_aside.pop(scenario.id, None)
        if stack is not None:
            self._stacks[scenario.id] = stack
            self.undo_group.addStack(stack)
        self.scenarios_changed.emit()
        # The active scenario's lineage into it is back as well: read it again.
        self._reset(self._store.load(scenario.id if switch else self.scenario.id),
                    keep_history=True)  # fmt: skip
        return scenario

    def reload(self) -> None:
        """Read the active scenario from the file again (clears the undo stack)."""
        self._reset(self._store.load(self.scenario.id))

    def set_read_only(self, read_only: bool) -> None:
        """Reopen the file read-only or writable. A file the user may not write stays
        read-only; ``read_only_changed`` says what it became."""
        was = self.read_only
        path = self.path
        scenario_id = self.scenario.id
        self._store.close()
        try:
            self._store = Store.open(path, read_only=read_only)
        except RbdeskError:
            self._store = Store.open(path, read_only=True)
        self._reset(self._store.load(scenario_id))
        if self.read_only != was:
            self.read_only_changed.emit(self.read_only)

    def _reset(self, structure: Structure, *, keep_history: bool = False) -> None:
        if not keep_history:
            self._forget_history()
        self._structure = structure
        self.undo_group.setActiveStack(self.undo_stack)
        self._analyzer = self._new_analyzer()
        self._version += 1
        self.scenario_reset.emit()
        self._changed()

    # -- analysis ---------------------------------------------------------------------------
    @property
    def auto_analyse(self) -> bool:
        """Re-check synchronously after every change (the default). A window that
        runs the analysis on a worker turns this off and listens to ``version_changed``."""
        return self._auto_analyse

    @auto_analyse.setter
    def auto_analyse(self, value: bool) -> None:
        self._auto_analyse = value

    @property
    def analyzer(self) -> Analyzer:
        """The analyzer of the active scenario. It keeps caches between runs: run it
        on one thread at a time."""
        return self._analyzer

    def findings(self) -> list[Finding]:
        """The latest findings shown."""
        return self._findings

    # -- the planner's decisions on findings ------------------------------------------------
    def finding_statuses(self) -> dict[str, FindingStatus]:
        """The active scenario's finding statuses (``rbdesk.analysis.status``)."""
        key = meta_key(self.scenario.id)
        if self._statuses is None or self._statuses[0] != key:
            self._statuses = (key, parse_statuses(self._store.meta(key)))
        return dict(self._statuses[1])

    def set_finding_status(self, status: FindingStatus) -> FindingStatus:
        """Record a decision on a finding (one transaction) and return the one before."""
        self._require_writable()
        if status.status is Status.EXEMPTED and not status.reason.strip():
            raise InvalidValueError("finding.exempt_reason")
        statuses = self.finding_statuses()
        old = statuses.get(status.ref) or FindingStatus(status.ref, Status.OPEN)
        statuses[status.ref] = status
        key = meta_key(self.scenario.id)
        self._store.set_meta(key, dump_statuses(statuses))
        self._statuses = (key, statuses)
        self.statuses_changed.emit()
        return old

    @property
    def findings_stale(self) -> bool:
        """True when the findings were made from an older version than the current."""
        return self._findings_version != self._version

    def analyse(self) -> None:
        """Check the active scenario now, on this thread."""
        self.apply_findings(self._version, self._analyzer.run(self._structure))

    def snapshot(self) -> Snapshot:
        """The active scenario at the current version, to analyse on a worker thread:
        ``doc.apply_findings(snap.version, doc.analyzer.run(snap.structure))``."""
        return Snapshot(self._version, self._structure)

    def apply_findings(self, version: int, findings: Sequence[Finding]) -> bool:
        """Show ``findings`` made from ``version``; results from before the newest
        change are dropped (returns False), so only the newest result is shown."""
        if version != self._version:
            return False
        self._findings = list(findings)
        self._findings_version = version
        self.findings_changed.emit()
        return True

    def new_analyzer(self) -> Analyzer:
        """An analyzer of the plan's region and rules, for a check of its own."""
        return self._new_analyzer()

    def _new_analyzer(self) -> Analyzer:
        return Analyzer(self._region, catalogue=self.catalogue, pack=self.pack,
                        pemetaan=self._store.pemetaan())  # fmt: skip

    # -- pemetaan urusan ---------------------------------------------------------------------
    def pemetaan(self) -> PemetaanData:
        """The plan's indicator values, their year and source (``Store.pemetaan``)."""
        return self._store.pemetaan()

    def set_pemetaan(
        self,
        changes: Mapping[tuple[str, int], Decimal | None],
        source: tuple[int | None, str] | None = None,
        kepulauan: bool | None = None,
    ) -> None:
        """Set some indicator values (``None`` removes one) and, with ``source``, the year
        and source of the data, with ``kepulauan`` whether the region is berciri
        kepulauan, in one transaction; the scores feed the type checks."""
        self._require_writable()
        with self._store.transaction():
            if changes:
                self._store.set_pemetaan_values(changes)
            if source is not None:
                self._store.set_pemetaan_source(*source)
            if kepulauan is not None:
                self._store.set_pemetaan_kepulauan(kepulauan)
        self._analyzer = self._new_analyzer()
        self._version += 1
        self.pemetaan_changed.emit()
        self._changed()

    # -- plumbing ---------------------------------------------------------------------------
    def _require_writable(self) -> None:
        if self._store.read_only:
            raise ReadOnlyError("store.read_only", path=self.path)

    def _set(self, **changes: Any) -> None:
        # A new Structure each time: a snapshot handed out is never changed under it.
        # The version moves with it, before any signal, so that a listener that takes
        # a snapshot gets the version that goes with it.
        self._structure = replace(self._structure, **changes)
        self._version += 1

    def _changed(self) -> None:
        self.version_changed.emit(self._version)
        if self._auto_analyse:
            self.analyse()

    def recover(self, error: BaseException) -> None:
        """An undo or redo failed after its command was on the stack (the file refused
        a write: a disk error, a lock). The file rolled the write back; read it again
        so the screen shows the file, drop the history that no longer matches it, and
        report the error."""
        try:
            self._structure = self._store.load(self.scenario.id)
        except RbdeskError:
            pass
        self._analyzer = self._new_analyzer()
        self._version += 1
        # The stack is inside undo()/redo() of one of its commands: clear it afterwards.
        QTimer.singleShot(0, self, self.undo_stack.clear)
        self.scenario_reset.emit()
        self._changed()
        self.edit_failed.emit(said(error))


#: Fields of a unit whose change is a ``unit_changed`` (the rest make a ``unit_moved``).
_FIELD_NAMES = tuple(
    f.name for f in fields(Unit) if f.name not in ("id", "parent_id", "sort_order")
)


def _sibling_orders(orders: list[int], index: int) -> int | None:
    """A sort order that puts a unit at ``index`` among siblings holding ``orders``
    (in sibling order) without renumbering them, or ``None`` when there is no room.

    >>> _sibling_orders([0, 2, 3], 1), _sibling_orders([0, 1], 1), _sibling_orders([4], 1)
    (1, None, 5)
    """
    if any(a >= b for a, b in zip(orders, orders[1:], strict=False)):
        return None
    lo = orders[index - 1] if index > 0 else None
    hi = orders[index] if index < len(orders) else None
    if lo is None:
        return 0 if hi is None else (hi - 1 if hi >= 1 else None)
    if hi is None or hi - lo >= 2:
        return lo + 1
    return None


def _replaced(records: list[_R], record: _R) -> list[_R]:
    """``records`` with the one of ``record``'s id replaced by it, in load order."""
    return sorted([record if r.id == record.id else r for r in records], key=_record_order)


__all__ = [
    "Document",
    "OperationRef",
    "Place",
    "RemovedRecords",
    "Snapshot",
]
