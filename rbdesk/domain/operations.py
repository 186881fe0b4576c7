"""Restructuring operations on a proposal (*langkah penataan*): their rules and their
effect on a structure, as plain data.

Terms:

* An *operation* is one action of the planner on a proposal scenario: merge
  (*gabungkan*), split (*pecah*), move (*pindahkan*), create (*bentuk*), abolish
  (*hapus*), rename (*ubah nomenklatur*), retype (*ubah tipe*) and convert to a
  functional group (*alihkan ke jabatan fungsional*). One action is one recorded
  ``Operation``, however many units it touches (a merge that also merges the two
  sekretariat is one merge).
* A :class:`Motive` says why: the reason (*alasan*, required), the legal basis
  (*dasar hukum*), the findings the operation answers (:func:`finding_ref`) and its
  date.
* A *plan* (:class:`OperationPlan`) is the whole effect of one operation, computed
  without changing anything: units added (with *provisional* ids, negative, so they
  never meet an id of the file), existing units as they become, units removed, the
  new urusan set and lineage of each unit whose ones change, positions, IKU and
  coordination links as they become or that go, and the operation record. The store
  writes a plan in one transaction (``Store.apply_operation``), which returns an
  :class:`AppliedOperation`; :func:`apply_plan` and :func:`revert_plan` give the
  structure after and before it, for a window that keeps the structure in memory.
* The *origins* of a proposal unit are the units of the derived-from scenario it comes
  from (its lineage). An operation's ``before`` lists the origins of the units it
  takes, its ``after`` the proposal units it leaves; lineage, not the record, is what
  the comparison reads.
* The *touched* units of a plan are the existing units whose rows, or rows attached
  to them (urusan, positions, IKU, links, lineage), the plan changes or removes. The
  store keeps those rows as they were, so an undo puts back every row exactly.

Every ``plan_*`` function checks everything first and raises a typed error
(:class:`~rbdesk.domain.errors.OperationError`, or the invariants' own) before it
returns; none changes the structure it is given. Operations belong to a proposal: on
the current scenario every one is refused.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date as _date
from typing import Protocol

from rbdesk.domain.errors import InvalidValueError, OperationError, UnknownUnitError
from rbdesk.domain.invariants import (
    KindRules,
    check_fields,
    check_kind,
    check_move,
    check_parent_kind,
)
from rbdesk.domain.limits import check_text, check_texts
from rbdesk.domain.model import (
    ESELON,
    UNIT_TYPES,
    CoordinationLink,
    Iku,
    Level,
    Lineage,
    Operation,
    OperationKind,
    Position,
    PositionCategory,
    RemovedRecords,
    ScenarioRole,
    Structure,
    Unit,
    UrusanAssignment,
    UrusanRole,
)
from rbdesk.perf import gc_paused

#: The catalogue's kind of a functional group (*kelompok jabatan fungsional*).
FUNCTIONAL_GROUP = "kelompok_fungsional"
#: The catalogue's kind of the sekretariat of a dinas, badan, kecamatan ...
SECRETARIAT = "sekretariat"
#: The start of a functional group's name; the topic follows.
FUNCTIONAL_GROUP_NAME = "Kelompok Jabatan Fungsional"
#: The functional post a structural head becomes when the caller names none.
DEFAULT_POST = "Pejabat Fungsional"
#: The grade (*jenjang*) of the functional post a structural post becomes, by the
#: eselon's level: administrator (III) → ahli madya, pengawas (IV) → ahli muda,
#: pelaksana eselon V → ahli pertama (PermenPANRB 17/2021; regulation.md §2).
GRADE_BY_ESELON = {"III": "Ahli Madya", "IV": "Ahli Muda", "V": "Ahli Pertama"}


# -- references to findings ------------------------------------------------------------


def finding_ref(rule: str, codes: Iterable[str], units: Iterable[Sequence[int]]) -> str:
    """The stored form of a finding an operation answers: its rule, its codes and its
    units, each unit as the sorted ids of its origins in the derived-from scenario
    (``(0, id)`` for a unit the proposal added), as ``rbdesk.analysis.compare``'s
    ``finding_key`` gives them. Codes and units are sorted, so the form is stable.

    >>> finding_ref("overlap.urusan_shared", ["2.08"], [(12,), (7, 9)])
    'overlap.urusan_shared|2.08|7+9,12'
    """
    parts = sorted(tuple(int(i) for i in unit) for unit in units)
    text = ",".join("+".join(map(str, unit)) for unit in parts)
    return f"{rule}|{','.join(sorted(codes))}|{text}"


def parse_finding_ref(text: str) -> tuple[str, tuple[str, ...], tuple[tuple[int, ...], ...]]:
    """``(rule, codes, units)`` of a reference made by :func:`finding_ref`.

    >>> parse_finding_ref("spans.narrow||0+41")
    ('spans.narrow', (), ((0, 41),))
    """
    pieces = text.split("|")
    if len(pieces) != 3 or not pieces[0].strip() or any(" " in p for p in pieces):
        raise OperationError("operation.finding_ref", ref=text)
    rule, codes, units = pieces
    try:
        parsed = tuple(tuple(int(i) for i in unit.split("+")) for unit in units.split(",") if unit)
    except ValueError:
        raise OperationError("operation.finding_ref", ref=text) from None
    return rule, tuple(c for c in codes.split(",") if c), parsed


def map_finding_ref(text: str, origin: Callable[[int], int], unit: Callable[[int], int]) -> str:
    """The reference with each origin id passed through ``origin`` and each added
    unit's id (``(0, id)``) through ``unit``: for copying a plan to other ids."""
    rule, codes, units = parse_finding_ref(text)
    mapped = [
        (0, unit(u[1])) if len(u) == 2 and u[0] == 0 else tuple(origin(i) for i in u) for u in units
    ]
    return finding_ref(rule, codes, mapped)


# -- what an operation is given and what it gives -----------------------------------------


class EselonRow(Protocol):
    """One row of the catalogue's eselon table, as an operation reads it."""

    @property
    def eselon(self) -> str: ...

    @property
    def when(self) -> Mapping[str, tuple[str, ...]]: ...


class OperationRules(KindRules, Protocol):
    """What the operations need from the reference catalogue: the kinds (as the
    invariants) and the eselon of a unit's head (PP 18/2016 Pasal 94-95)."""

    def head_eselon(
        self,
        kind: str,
        level: Level,
        *,
        unit_type: str | None = None,
        parent_kind: str | None = None,
        parent_type: str | None = None,
        opd_kind: str | None = None,
    ) -> Sequence[EselonRow]: ...


@dataclass(frozen=True, slots=True)
class Motive:
    """Why an operation is made: its reason (*alasan*, required), legal basis (*dasar
    hukum*), the findings it answers (:func:`finding_ref` strings) and its date (ISO;
    empty for today)."""

    reason: str
    basis: str = ""
    findings: tuple[str, ...] = ()
    date: str = ""


@dataclass(frozen=True, slots=True)
class NewUnit:
    """A unit an operation makes: its name, and its kind, type and eselon where they
    differ from the default (``None``: the default; ``""``: none)."""

    name: str
    kind: str | None = None
    unit_type: str | None = None
    eselon: str | None = None


@dataclass(frozen=True, slots=True)
class Shares:
    """How a split hands out the unit's contents, each to the index of a new unit:
    child units and positions by id, urusan by code, IKU by id; ``headcounts`` gives
    ``(existing, needed)`` per index. What is not handed out goes to the first new
    unit, and so does the headcount no index is given (when the first is given one of
    its own, what is left over is not kept)."""

    children: Mapping[int, int] = field(default_factory=dict)
    urusan: Mapping[str, int] = field(default_factory=dict)
    positions: Mapping[int, int] = field(default_factory=dict)
    iku: Mapping[int, int] = field(default_factory=dict)
    headcounts: Mapping[int, tuple[int, int]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class OperationPlan:
    """The effect of one operation on a scenario (see the module docstring).

    Ids below zero are provisional: units the operation adds, in ``added`` (parents
    first) and wherever they are named (a parent, a position's unit, ``assignments``
    and ``lineage`` keys, the operation's ``after``). ``assignments`` and ``lineage``
    hold the whole new set of each unit named. Positions, IKU and links of removed
    units that no entry moves away go with them; ``affected_positions`` lists the
    positions that go, for a caller to show. ``touched`` holds the touched units."""

    scenario_id: int
    operation: Operation
    added: tuple[Unit, ...] = ()
    changed: tuple[Unit, ...] = ()
    removed: tuple[int, ...] = ()
    assignments: Mapping[int, tuple[UrusanAssignment, ...]] = field(default_factory=dict)
    positions: tuple[Position, ...] = ()
    removed_positions: tuple[int, ...] = ()
    iku: tuple[Iku, ...] = ()
    links: tuple[CoordinationLink, ...] = ()
    removed_links: tuple[int, ...] = ()
    lineage: Mapping[int, tuple[int, ...]] = field(default_factory=dict)
    affected_positions: tuple[Position, ...] = ()
    touched: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class AppliedOperation:
    """A plan as the store wrote it: ``ids`` maps each provisional id to the unit's id
    in the file, ``operation`` is the record as written (its id, sort order and file
    ids), ``touched`` every row of the touched units (and every reference of an
    operation naming one) as it was before. What an undo command keeps: the store
    reverts and re-applies it with the same ids."""

    plan: OperationPlan
    ids: Mapping[int, int]
    operation: Operation
    touched: RemovedRecords

    def unit_id(self, uid: int) -> int:
        """The file id of a unit the plan names (provisional or not)."""
        return self.ids[uid] if uid < 0 else uid


# -- the draft: the structure as the operation leaves it so far -----------------------------


class _Draft:
    """An operation's effect being worked out over a structure that is never changed.
    Indexes are built once per operation, in time linear in the structure."""

    def __init__(self, structure: Structure, level: Level, rules: OperationRules) -> None:
        self.structure = structure
        self.level = level
        self.rules = rules
        self.units: dict[int, Unit] = {}  # changed and added units, latest version
        self.added: list[int] = []
        self.removed: list[int] = []
        self.gone: set[int] = set()
        self.touched: set[int] = set()
        self.kids: dict[int | None, list[int]] = structure.children()
        self.positions: dict[int, Position] = {}
        self.position_ids: dict[int, list[int]] = {}
        for p in structure.positions:
            self.positions[p.id] = p
            self.position_ids.setdefault(p.unit_id, []).append(p.id)
        self.changed_positions: set[int] = set()
        self.dropped_positions: set[int] = set()
        self.iku: dict[int, Iku] = {}
        self.iku_ids: dict[int, list[int]] = {}
        for i in structure.iku:
            self.iku[i.id] = i
            self.iku_ids.setdefault(i.unit_id, []).append(i.id)
        self.changed_iku: set[int] = set()
        self.links: dict[int, CoordinationLink] = {x.id: x for x in structure.links}
        self.link_ids: dict[int, list[int]] = {}
        for x in structure.links:
            self.link_ids.setdefault(x.from_id, []).append(x.id)
            self.link_ids.setdefault(x.to_id, []).append(x.id)
        self.changed_links: set[int] = set()
        self.dropped_links: set[int] = set()
        self.urusan: dict[int, tuple[UrusanAssignment, ...]] = {}
        for a in structure.assignments:
            self.urusan[a.unit_id] = (*self.urusan.get(a.unit_id, ()), a)
        self.changed_urusan: set[int] = set()
        self.lineage: dict[int, tuple[int, ...]] = {}
        for row in structure.lineage:
            self.lineage[row.unit_id] = (*self.lineage.get(row.unit_id, ()), row.origin_id)
        self.changed_lineage: set[int] = set()
        self.first_origins = dict(self.lineage)  # before the operation

    # -- units ------------------------------------------------------------------------
    def unit(self, uid: int) -> Unit:
        unit = self.units.get(uid) or self.structure.units.get(uid)
        if unit is None or uid in self.gone:
            raise UnknownUnitError("unit.missing", id=uid)
        return unit

    def children(self, uid: int) -> list[Unit]:
        kids = [self.unit(k) for k in self.kids.get(uid, ()) if k not in self.gone]
        return sorted(kids, key=lambda u: (u.sort_order, u.id))

    def next_order(self, parent_id: int | None) -> int:
        kids = self.children(parent_id) if parent_id is not None else []
        return max((u.sort_order for u in kids), default=-1) + 1

    def put(self, unit: Unit) -> Unit:
        old = self.units.get(unit.id) or self.structure.units.get(unit.id)
        if old is not None and old.parent_id != unit.parent_id:
            self.kids[old.parent_id] = [k for k in self.kids.get(old.parent_id, []) if k != unit.id]
            self.kids.setdefault(unit.parent_id, []).append(unit.id)
        self.units[unit.id] = unit
        if unit.id > 0:
            self.touched.add(unit.id)
        return unit

    def add(self, unit: Unit) -> Unit:
        uid = -(len(self.added) + 1)
        self.added.append(uid)
        new = replace(unit, id=uid)
        self.units[uid] = new
        self.kids.setdefault(new.parent_id, []).append(uid)
        return new

    def remove(self, uid: int) -> None:
        self.removed.append(uid)
        self.gone.add(uid)
        self.touched.add(uid)

    # -- what is attached to units --------------------------------------------------------
    def positions_of(self, uid: int) -> list[Position]:
        found = [self.positions[p] for p in dict.fromkeys(self.position_ids.get(uid, ()))]
        return sorted(
            (p for p in found if p.unit_id == uid and p.id not in self.dropped_positions),
            key=lambda p: (p.sort_order, p.id),
        )

    def put_position(self, position: Position) -> None:
        old = self.positions[position.id]
        self.touched.update(u for u in (old.unit_id, position.unit_id) if u > 0)
        self.positions[position.id] = position
        self.position_ids.setdefault(position.unit_id, []).append(position.id)
        self.changed_positions.add(position.id)

    def drop_position(self, position_id: int) -> None:
        owner = self.positions[position_id].unit_id
        if owner > 0:
            self.touched.add(owner)
        self.dropped_positions.add(position_id)
        self.changed_positions.discard(position_id)

    def iku_of(self, uid: int) -> list[Iku]:
        found = [self.iku[i] for i in dict.fromkeys(self.iku_ids.get(uid, ()))]
        return sorted((i for i in found if i.unit_id == uid), key=lambda i: (i.sort_order, i.id))

    def put_iku(self, iku: Iku) -> None:
        self.touched.update(u for u in (self.iku[iku.id].unit_id, iku.unit_id) if u > 0)
        self.iku[iku.id] = iku
        self.iku_ids.setdefault(iku.unit_id, []).append(iku.id)
        self.changed_iku.add(iku.id)

    def links_of(self, uid: int) -> list[CoordinationLink]:
        found = [self.links[x] for x in dict.fromkeys(self.link_ids.get(uid, ()))]
        return [x for x in found if uid in (x.from_id, x.to_id) and x.id not in self.dropped_links]

    def put_link(self, link: CoordinationLink) -> None:
        old = self.links[link.id]
        ends = {old.from_id, old.to_id, link.from_id, link.to_id}
        self.touched.update(u for u in ends if u > 0)
        if link.from_id == link.to_id:  # a link of two merged units: nothing to link
            self.dropped_links.add(link.id)
            self.changed_links.discard(link.id)
            return
        self.links[link.id] = link
        for end in (link.from_id, link.to_id):
            self.link_ids.setdefault(end, []).append(link.id)
        self.changed_links.add(link.id)

    def assignments_of(self, uid: int) -> tuple[UrusanAssignment, ...]:
        return self.urusan.get(uid, ())

    def set_assignments(self, uid: int, assignments: Iterable[UrusanAssignment]) -> None:
        self.urusan[uid] = tuple(
            sorted((replace(a, unit_id=uid) for a in assignments), key=lambda a: a.code)
        )
        self.changed_urusan.add(uid)
        if uid > 0:
            self.touched.add(uid)

    def origins(self, uid: int) -> tuple[int, ...]:
        return self.lineage.get(uid, ())

    def set_origins(self, uid: int, origins: Iterable[int]) -> None:
        self.lineage[uid] = tuple(sorted(set(origins)))
        self.changed_lineage.add(uid)
        if uid > 0:
            self.touched.add(uid)

    # -- the result -------------------------------------------------------------------------
    def plan(
        self, kind: OperationKind, taken: Iterable[int], after: Iterable[int], motive: Motive
    ) -> OperationPlan:
        """The plan, with the operation's ``before`` the origins of the ``taken``
        units (in their order, each unit's sorted) and its ``after`` the units left."""
        before: dict[int, None] = {}
        for uid in taken:
            before.update(dict.fromkeys(sorted(self.first_origins.get(uid, ()))))
        removed = set(self.removed)
        affected = [p for uid in self.removed for p in self.positions_of(uid)]
        operation = Operation(
            0,
            kind,
            tuple(before),
            tuple(dict.fromkeys(after)),
            motive.reason.strip(),
            motive.date or _date.today().isoformat(),
            0,
            motive.basis.strip(),
            tuple(motive.findings),
        )
        return OperationPlan(
            scenario_id=self.structure.scenario.id,
            operation=operation,
            added=tuple(self.units[u] for u in self.added),
            changed=tuple(self.units[u] for u in sorted(self.units) if u > 0 and u not in removed),
            removed=tuple(self.removed),
            assignments={
                u: self.urusan.get(u, ()) for u in sorted(self.changed_urusan) if u not in removed
            },
            positions=tuple(
                self.positions[p]
                for p in sorted(self.changed_positions)
                if self.positions[p].unit_id not in removed
            ),
            removed_positions=tuple(sorted(self.dropped_positions)),
            iku=tuple(
                self.iku[i] for i in sorted(self.changed_iku) if self.iku[i].unit_id not in removed
            ),
            links=tuple(self.links[x] for x in sorted(self.changed_links)),
            removed_links=tuple(sorted(self.dropped_links)),
            lineage={u: self.lineage[u] for u in sorted(self.changed_lineage) if u not in removed},
            affected_positions=tuple(affected),
            touched=frozenset(self.touched),
        )


# -- checks shared by every operation ----------------------------------------------------


def check_proposal(structure: Structure) -> None:
    """Refuse any operation on a scenario that is not a proposal."""
    if structure.scenario.role is not ScenarioRole.PROPOSAL:
        raise OperationError("operation.current_scenario", name=structure.scenario.name)


def _begin(structure: Structure, motive: Motive, level: Level, rules: OperationRules) -> _Draft:
    """Refuse an operation outside a proposal or without a reason; the draft."""
    check_proposal(structure)
    if not motive.reason.strip():
        raise OperationError("operation.reason_missing")
    check_texts(("operation.reason", motive.reason.strip()),
                ("operation.basis", motive.basis.strip()))  # fmt: skip
    for ref in motive.findings:
        parse_finding_ref(ref)
    if motive.date:
        try:
            _date.fromisoformat(motive.date)
        except ValueError:
            raise InvalidValueError("operation.date", value=motive.date) from None
    with gc_paused():  # its indexes are many small objects, none of them cyclic
        return _Draft(structure, level, rules)


def _unit(structure: Structure, unit_id: int) -> Unit:
    unit = structure.units.get(unit_id)
    if unit is None:
        raise UnknownUnitError("unit.missing", id=unit_id)
    return unit


def _unit_ids(structure: Structure, unit_ids: Iterable[int]) -> list[int]:
    """The units named, each once, in the order given; all of the scenario."""
    ids = list(dict.fromkeys(unit_ids))
    if not ids:
        raise OperationError("operation.no_units")
    for uid in ids:
        _unit(structure, uid)
    return ids


def _pick(value: str | None, default: str | None) -> str | None:
    """``None``: the default; ``""``: none; anything else: itself."""
    if value is None:
        return default
    return value or None


def _new_unit(
    d: _Draft, spec: NewUnit, template: Unit, parent_id: int | None, sort_order: int
) -> Unit:
    """Add a unit made after ``spec`` (defaults from ``template``) under ``parent_id``,
    checked like any new unit."""
    kind = spec.kind or template.kind
    unit = Unit(
        0,
        parent_id,
        kind,
        spec.name.strip(),
        unit_type=_pick(spec.unit_type, template.unit_type),
        eselon=_pick(spec.eselon, template.eselon),
        sort_order=sort_order,
    )
    check_fields(unit)
    check_kind(kind, d.level, d.rules)
    parent_kind = d.unit(parent_id).kind if parent_id is not None else None
    check_parent_kind(kind, parent_kind, d.level, d.rules)
    return d.add(unit)


def _union(assignments: Iterable[UrusanAssignment]) -> list[UrusanAssignment]:
    """One assignment per code; a code held as main anywhere stays main."""
    roles: dict[str, UrusanRole] = {}
    for a in assignments:
        if roles.get(a.code) is not UrusanRole.MAIN:
            roles[a.code] = a.role
    return [UrusanAssignment(0, code, role) for code, role in roles.items()]


def _pool_position(d: _Draft, unit_id: int, position: Position) -> None:
    """Move ``position`` to ``unit_id``; a staff post (functional or pelaksana) joins a
    post of the same title, category and eselon there, adding its counts. Structural
    posts stay apart: each names the head of a unit."""
    if position.category is not PositionCategory.STRUCTURAL:
        same = (position.title, position.category, position.eselon)
        for other in d.positions_of(unit_id):
            if other.id != position.id and (other.title, other.category, other.eselon) == same:
                d.put_position(
                    replace(
                        other,
                        existing=other.existing + position.existing,
                        needed=other.needed + position.needed,
                    )
                )
                d.drop_position(position.id)
                return
    if position.unit_id != unit_id:
        order = max((p.sort_order for p in d.positions_of(unit_id)), default=-1) + 1
        d.put_position(replace(position, unit_id=unit_id, sort_order=order))


def _absorb(d: _Draft, survivor_id: int, other_id: int, *, groups_join: bool = False) -> None:
    """Merge ``other_id`` into ``survivor_id``: its children, positions, IKU, links,
    urusan, headcount and origins go over, and it goes. With ``groups_join`` its
    functional groups may come under a survivor that is one (to join it next)."""
    survivor, other = d.unit(survivor_id), d.unit(other_id)
    order = d.next_order(survivor_id)
    for child in d.children(other_id):
        if not (groups_join and child.kind == FUNCTIONAL_GROUP):
            check_parent_kind(child.kind, survivor.kind, d.level, d.rules)
        d.put(replace(child, parent_id=survivor_id, sort_order=order))
        order += 1
    for position in d.positions_of(other_id):
        _pool_position(d, survivor_id, position)
    order = max((i.sort_order for i in d.iku_of(survivor_id)), default=-1) + 1
    for n, iku in enumerate(d.iku_of(other_id)):
        d.put_iku(replace(iku, unit_id=survivor_id, sort_order=order + n))
    for link in d.links_of(other_id):
        d.put_link(
            replace(
                link,
                from_id=survivor_id if link.from_id == other_id else link.from_id,
                to_id=survivor_id if link.to_id == other_id else link.to_id,
            )
        )
    if d.assignments_of(other_id):
        held = [*d.assignments_of(survivor_id), *d.assignments_of(other_id)]
        d.set_assignments(survivor_id, _union(held))
    if d.origins(other_id):
        d.set_origins(survivor_id, [*d.origins(survivor_id), *d.origins(other_id)])
    survivor = d.unit(survivor_id)
    d.put(
        replace(
            survivor,
            headcount_existing=survivor.headcount_existing + other.headcount_existing,
            headcount_needed=survivor.headcount_needed + other.headcount_needed,
        )
    )
    d.remove(other_id)


def _same_job(unit: Unit) -> tuple[str, ...]:
    """Children of a merged unit that merge too: every sekretariat, every functional
    group (a unit has one *kelompok jabatan fungsional*, whatever each was called),
    else units of one kind and one name (spaces and case aside)."""
    if unit.kind in (SECRETARIAT, FUNCTIONAL_GROUP):
        return (unit.kind,)
    return (unit.kind, " ".join(unit.name.split()).casefold())


def _merge_alike(d: _Draft, unit_id: int) -> tuple[list[int], list[int]]:
    """Merge the children of ``unit_id`` that do the same job (:func:`_same_job`), and
    theirs in turn; ``(units taken, units kept)``. The first in sibling order stays:
    the unit's own child before the ones it received."""
    groups: dict[tuple[str, ...], list[Unit]] = {}
    for child in d.children(unit_id):
        groups.setdefault(_same_job(child), []).append(child)
    taken: list[int] = []
    kept: list[int] = []
    for members in groups.values():
        if len(members) < 2:
            continue
        keep = members[0]
        for other in members[1:]:
            _absorb(d, keep.id, other.id)
        taken += [m.id for m in members]
        kept.append(keep.id)
        more_taken, more_kept = _merge_alike(d, keep.id)
        taken += more_taken
        kept += more_kept
    return taken, kept


def _expected_eselon(
    rules: OperationRules, level: Level, kind: str, unit_type: str | None, parent: Unit | None
) -> str | None:
    """The eselon the catalogue gives the head of such a unit, if it gives one."""
    rows = rules.head_eselon(
        kind,
        level,
        unit_type=unit_type,
        parent_kind=parent.kind if parent else None,
        parent_type=parent.unit_type if parent else None,
    )
    if not rows:
        return None
    top = len(rows[0].when)
    best = {r.eselon for r in rows if len(r.when) == top}
    return best.pop() if len(best) == 1 else None


def _regrade_head(d: _Draft, unit: Unit, eselon: str | None) -> None:
    """The head's structural post follows the unit's new eselon."""
    if unit.eselon == eselon:
        return
    for p in d.positions_of(unit.id):
        if p.category is PositionCategory.STRUCTURAL and p.eselon == unit.eselon:
            d.put_position(replace(p, eselon=eselon))


def functional_title(position: Position, unit: Unit, post: str | None = None) -> str:
    """The title a structural post of ``unit`` takes when the unit becomes a
    functional group: the functional post (``post``, else :data:`DEFAULT_POST`) with
    the grade of its eselon.

    >>> head = Position(1, 7, "Kepala Seksi Irigasi", PositionCategory.STRUCTURAL, "IVa")
    >>> functional_title(head, Unit(7, 3, "seksi", "Seksi Irigasi"))
    'Pejabat Fungsional Ahli Muda'
    """
    post = " ".join((post or DEFAULT_POST).split())
    return f"{post} {_grade(position.eselon or unit.eselon)}"


def _grade(eselon: str | None) -> str:
    """The functional grade a structural post of ``eselon`` becomes."""
    level = (eselon or "IV").rstrip("ab")
    return GRADE_BY_ESELON.get(level, GRADE_BY_ESELON["IV"])


def _topic(parent: Unit, rules: KindRules) -> str:
    """A parent's name without its kind word: ``Bidang Bina Marga`` → ``Bina Marga``."""
    word = rules.kind_words(parent.kind).id
    name = " ".join(parent.name.split())
    if name.casefold().startswith(word.casefold() + " "):
        return name[len(word) + 1 :]
    return name


def _subtree(d: _Draft, unit_id: int) -> list[int]:
    """``unit_id`` and every unit below it, parents first."""
    out: list[int] = []
    stack = [unit_id]
    while stack:
        uid = stack.pop()
        out.append(uid)
        stack.extend(reversed([c.id for c in d.children(uid)]))
    return out


# -- the operations --------------------------------------------------------------------------


def plan_merge(
    structure: Structure,
    unit_ids: Sequence[int],
    motive: Motive,
    *,
    level: Level,
    rules: OperationRules,
    into: int | NewUnit | None = None,
    merge_children: bool = False,
) -> OperationPlan:
    """Merge (*gabungkan*) two or more units into one: ``into`` one of them (the first
    by default), which survives, or into a new unit (:class:`NewUnit`: kind, type and
    eselon default to the first unit's) standing where the first one stood.

    Children, positions, IKU and coordination links move to the survivor (a staff post
    joins one of the same title); the survivor holds the union of the urusan (a code
    held as main by any stays main), the sum of the headcounts and the union of the
    origins. With ``merge_children``, children that do the same job merge too, inside
    the same operation: the sekretariat of each merged unit into one, then units of one
    kind and name (two *Subbagian Umum dan Kepegawaian*), down the tree.

    Refused: fewer than two units, a unit merged with its own ancestor, a survivor not
    among the units, a child whose kind may not stand under the survivor's."""
    d = _begin(structure, motive, level, rules)
    ids = _unit_ids(structure, unit_ids)
    if len(ids) < 2:
        raise OperationError("operation.merge_too_few")
    chosen = set(ids)
    for uid in ids:
        for up in structure.ancestors(uid):
            if up in chosen:
                raise OperationError(
                    "operation.merge_ancestor",
                    name=structure.units[uid].name,
                    ancestor=structure.units[up].name,
                )
    first = structure.units[ids[0]]
    if into is None or isinstance(into, int):
        survivor = ids[0] if into is None else into
        if survivor not in chosen:
            raise OperationError("operation.merge_into", id=survivor)
        others = [u for u in ids if u != survivor]
    else:
        survivor = _new_unit(d, into, first, first.parent_id, first.sort_order).id
        others = ids
    for other in others:
        _absorb(d, survivor, other)
    taken, kept = _merge_alike(d, survivor) if merge_children else ([], [])
    return d.plan(OperationKind.MERGE, [*ids, *taken], [survivor, *kept], motive)


def plan_split(
    structure: Structure,
    unit_id: int,
    into: Sequence[NewUnit],
    motive: Motive,
    *,
    level: Level,
    rules: OperationRules,
    shares: Shares | None = None,
) -> OperationPlan:
    """Split (*pecah*) a unit into two or more new units standing where it stood (kind,
    type and eselon default to its own). ``shares`` hands out its children, urusan,
    positions, IKU and headcount (:class:`Shares`); links go to the first new unit.
    Each new unit comes from the unit's origins; the unit goes.

    Refused: fewer than two new units, the top of the scenario, two new units of one
    name, a share of something the unit does not hold or for a new unit that is not
    there, more headcount handed out than the unit has, a child whose kind may not
    stand under the new unit it is given to."""
    d = _begin(structure, motive, level, rules)
    unit = _unit(structure, unit_id)
    shares = shares or Shares()
    if len(into) < 2:
        raise OperationError("operation.split_too_few")
    if unit.parent_id is None:
        raise OperationError("operation.split_root", name=unit.name)
    names = [" ".join(spec.name.split()) for spec in into]
    for name in names:
        if names.count(name) > 1:
            raise OperationError("operation.split_same_name", name=name)
    count = len(into)

    def index(value: int) -> int:
        if not 0 <= value < count:
            raise OperationError("operation.split_index", number=value + 1, count=count)
        return value

    children = d.children(unit_id)
    held: dict[str, set[int] | set[str]] = {
        "children": {c.id for c in children},
        "urusan": {a.code for a in d.assignments_of(unit_id)},
        "positions": {p.id for p in d.positions_of(unit_id)},
        "iku": {i.id for i in d.iku_of(unit_id)},
    }
    handed: tuple[tuple[str, Mapping[int, int] | Mapping[str, int]], ...] = (
        ("children", shares.children),
        ("urusan", shares.urusan),
        ("positions", shares.positions),
        ("iku", shares.iku),
    )
    for what, share in handed:
        for key, value in share.items():
            if key not in held[what]:
                raise OperationError(f"operation.split_not_{what}", item=key, name=unit.name)
            index(value)
    for value, (existing, needed) in shares.headcounts.items():
        index(value)
        if existing < 0 or needed < 0:
            raise InvalidValueError("unit.headcount_negative")
    counts = {i: shares.headcounts.get(i, (0, 0)) for i in range(count)}
    if 0 not in shares.headcounts:
        counts[0] = (
            unit.headcount_existing - sum(e for i, (e, _) in counts.items() if i),
            unit.headcount_needed - sum(n for i, (_, n) in counts.items() if i),
        )
        if min(counts[0]) < 0:
            raise OperationError("operation.split_headcount", name=unit.name)

    pieces = [
        _new_unit(d, spec, unit, unit.parent_id, unit.sort_order + n) for n, spec in enumerate(into)
    ]
    for n, piece in enumerate(pieces):
        existing, needed = counts[n]
        d.put(replace(piece, headcount_existing=existing, headcount_needed=needed))
        if d.origins(unit_id):
            d.set_origins(piece.id, d.origins(unit_id))
    for child in children:
        target = pieces[shares.children.get(child.id, 0)]
        check_parent_kind(child.kind, target.kind, level, rules)
        d.put(replace(child, parent_id=target.id, sort_order=d.next_order(target.id)))
    by_piece: dict[int, list[UrusanAssignment]] = {}
    for a in d.assignments_of(unit_id):
        by_piece.setdefault(shares.urusan.get(a.code, 0), []).append(a)
    for n, assignments in by_piece.items():
        d.set_assignments(pieces[n].id, assignments)
    for position in d.positions_of(unit_id):
        target = pieces[shares.positions.get(position.id, 0)]
        d.put_position(replace(position, unit_id=target.id))
    for iku in d.iku_of(unit_id):
        d.put_iku(replace(iku, unit_id=pieces[shares.iku.get(iku.id, 0)].id))
    for link in d.links_of(unit_id):
        d.put_link(
            replace(
                link,
                from_id=pieces[0].id if link.from_id == unit_id else link.from_id,
                to_id=pieces[0].id if link.to_id == unit_id else link.to_id,
            )
        )
    d.remove(unit_id)
    return d.plan(OperationKind.SPLIT, [unit_id], [p.id for p in pieces], motive)


def plan_move(
    structure: Structure,
    unit_ids: Sequence[int],
    under: int,
    motive: Motive,
    *,
    level: Level,
    rules: OperationRules,
) -> OperationPlan:
    """Move (*pindahkan*) one or several units, each with what it holds and its
    subtree, under another unit, after its children. Refused: a unit already there, a
    move that makes a cycle or breaks a parent-kind rule (``check_move``)."""
    d = _begin(structure, motive, level, rules)
    ids = _unit_ids(structure, unit_ids)
    target = _unit(structure, under)
    for uid in ids:
        unit = structure.units[uid]
        if unit.parent_id == under:
            raise OperationError("operation.move_same_parent", name=unit.name, parent=target.name)
        check_move(structure, uid, under, level, rules)
    order = d.next_order(under)
    for n, uid in enumerate(ids):
        d.put(replace(structure.units[uid], parent_id=under, sort_order=order + n))
    return d.plan(OperationKind.MOVE, ids, ids, motive)


def plan_create(
    structure: Structure,
    new: NewUnit,
    under: int,
    motive: Motive,
    *,
    level: Level,
    rules: OperationRules,
) -> OperationPlan:
    """Create (*bentuk*) a unit of a kind under a parent, after its children. Without
    an eselon it takes the one the catalogue gives its head, when it gives one. The new
    unit has no origins (the comparison shows it as added)."""
    d = _begin(structure, motive, level, rules)
    parent = _unit(structure, under)
    if not new.kind:
        raise OperationError("operation.kind_missing")
    check_kind(new.kind, level, rules)
    eselon = new.eselon
    if eselon is None:
        eselon = _expected_eselon(rules, level, new.kind, new.unit_type or None, parent) or ""
    template = Unit(0, under, new.kind, new.name)
    unit = _new_unit(d, replace(new, eselon=eselon), template, under, d.next_order(under))
    return d.plan(OperationKind.CREATE, [], [unit.id], motive)


def plan_abolish(
    structure: Structure,
    unit_ids: Sequence[int],
    motive: Motive,
    *,
    level: Level,
    rules: OperationRules,
    rehome_under: int | None = None,
) -> OperationPlan:
    """Abolish (*hapus*) one or several units. Their children go with them, unless
    ``rehome_under`` names a unit they move under instead (after its children). The
    positions that go are the plan's ``affected_positions``. Refused: the top of the
    scenario, a new home inside what is abolished, a child whose kind may not stand
    under the new home."""
    d = _begin(structure, motive, level, rules)
    ids = _unit_ids(structure, unit_ids)
    for uid in ids:
        if structure.units[uid].parent_id is None:
            raise OperationError("operation.abolish_root", name=structure.units[uid].name)
    chosen = set(ids)
    if rehome_under is None:
        gone: list[int] = []
        for uid in ids:
            if not chosen & set(structure.ancestors(uid)):
                gone += _subtree(d, uid)
    else:
        home = _unit(structure, rehome_under)
        if rehome_under in chosen or chosen & set(structure.ancestors(rehome_under)):
            raise OperationError("operation.rehome_inside", name=home.name)
        order = d.next_order(rehome_under)
        for uid in ids:
            for child in d.children(uid):
                if child.id in chosen:
                    continue
                check_parent_kind(child.kind, home.kind, level, rules)
                d.put(replace(child, parent_id=rehome_under, sort_order=order))
                order += 1
        gone = ids
    for uid in gone:
        d.remove(uid)
    return d.plan(OperationKind.ABOLISH, gone, [], motive)


def plan_rename(
    structure: Structure,
    unit_id: int,
    name: str,
    motive: Motive,
    *,
    level: Level,
    rules: OperationRules,
) -> OperationPlan:
    """Rename (*ubah nomenklatur*) a unit. A structural post whose title ends with the
    old name (``Kepala Dinas Sosial``) is renamed with it."""
    d = _begin(structure, motive, level, rules)
    unit = _unit(structure, unit_id)
    name = " ".join(name.split())
    if not name:
        raise InvalidValueError("unit.name_missing")
    check_text("unit.name", name)
    if name == unit.name:
        raise OperationError("operation.rename_same", name=name)
    d.put(replace(unit, name=name))
    for p in d.positions_of(unit_id):
        if p.category is PositionCategory.STRUCTURAL and p.title.endswith(unit.name):
            d.put_position(replace(p, title=p.title[: -len(unit.name)] + name))
    return d.plan(OperationKind.RENAME, [unit_id], [unit_id], motive)


def plan_retype(
    structure: Structure,
    unit_id: int,
    unit_type: str,
    motive: Motive,
    *,
    level: Level,
    rules: OperationRules,
) -> OperationPlan:
    """Change the type (*ubah tipe*, A/B/C; kelas A-D of a UPT, cabang dinas or rumah
    sakit) of a unit.

    The eselon follows only where the law ties it to the type or class. PP 18/2016
    Pasal 94-95 (as amended by PP 72/2019 for the rumah sakit) give the eselon of each
    head by post and level; they name a type or class only for the head of a UPT and
    of a cabang dinas (provinsi kelas A IIIb, kelas B IVa; kab/kota kelas A IVa,
    kelas B IVb), the direktur of a rumah sakit daerah (by its kelas), the sekretaris
    of a kecamatan (tipe A IIIb, tipe B IVa: Pasal 95(4)-(5)) and the kepala subbagian
    of a provinsi UPT or cabang dinas kelas B (IVb, Pasal 94(7)). The head of a dinas
    or badan is IIa (provinsi) or IIb (kab/kota) whatever its type, and a camat IIIa
    whatever the kecamatan's. The catalogue's eselon table encodes this (rows with a
    ``unit_type`` or ``parent_type`` condition), so: the unit's eselon changes when
    the table gives another one for the new type than for the old, and so does the
    eselon of each child whose row depends on its parent's type; their heads'
    structural posts follow. Every other eselon stays as it is."""
    d = _begin(structure, motive, level, rules)
    unit = _unit(structure, unit_id)
    if unit_type not in UNIT_TYPES:
        raise InvalidValueError("unit.type_unknown", value=unit_type, known=tuple(UNIT_TYPES))
    if unit_type == unit.unit_type:
        raise OperationError("operation.retype_same", name=unit.name, type=unit_type)
    parent = structure.units.get(unit.parent_id) if unit.parent_id is not None else None
    old = _expected_eselon(rules, level, unit.kind, unit.unit_type, parent)
    new = _expected_eselon(rules, level, unit.kind, unit_type, parent)
    eselon = new if new is not None and new != old else unit.eselon
    retyped = d.put(replace(unit, unit_type=unit_type, eselon=eselon))
    _regrade_head(d, unit, eselon)
    for child in d.children(unit_id):
        was = _expected_eselon(rules, level, child.kind, child.unit_type, unit)
        now = _expected_eselon(rules, level, child.kind, child.unit_type, retyped)
        if now is not None and now != was and child.eselon != now:
            d.put(replace(child, eselon=now))
            _regrade_head(d, child, now)
    return d.plan(OperationKind.RETYPE, [unit_id], [unit_id], motive)


def plan_convert(
    structure: Structure,
    unit_ids: Sequence[int],
    motive: Motive,
    *,
    level: Level,
    rules: OperationRules,
    name: str | None = None,
    post: str | None = None,
) -> OperationPlan:
    """Turn one or several units of one parent into one functional group (*alihkan ke
    jabatan fungsional*, the 2021 simplification of the bureaucracy).

    The first unit becomes the group (the others merge into it as in
    :func:`plan_merge`): kind ``kelompok_fungsional``, no eselon and no type, named
    ``name`` or *Kelompok Jabatan Fungsional* and the parent's name without its kind
    word. Each structural post becomes the matching functional post, ``post`` (else
    :data:`DEFAULT_POST`) with the grade of its eselon (:data:`GRADE_BY_ESELON`:
    administrator → Ahli Madya, pengawas → Ahli Muda); staff posts stay. Headcount,
    urusan, IKU and origins are pooled. A functional group the units held (the
    group under a bidang) joins the new group: one group comes out.

    Refused: units of several parents, a unit that is a functional group already, a
    JPT post (eselon I or II), a group where the parent's kind does not allow one, a
    child whose kind may not stand under a functional group."""
    d = _begin(structure, motive, level, rules)
    ids = _unit_ids(structure, unit_ids)
    parents = {structure.units[uid].parent_id for uid in ids}
    if len(parents) != 1:
        raise OperationError("operation.convert_parents")
    parent_id = parents.pop()
    for uid in ids:
        unit = structure.units[uid]
        if unit.kind == FUNCTIONAL_GROUP:
            raise OperationError("operation.convert_functional", name=unit.name)
        if unit.eselon in ESELON and ESELON.index(unit.eselon) < ESELON.index("IIIa"):
            raise OperationError("operation.convert_jpt", name=unit.name, eselon=unit.eselon)
    check_kind(FUNCTIONAL_GROUP, level, rules)
    parent = d.unit(parent_id) if parent_id is not None else None
    check_parent_kind(FUNCTIONAL_GROUP, parent.kind if parent else None, level, rules)
    topic = _topic(parent, rules) if parent else ""
    title = " ".join((name or f"{FUNCTIONAL_GROUP_NAME} {topic}").split())
    if not title:
        raise InvalidValueError("unit.name_missing")
    post = " ".join((post or DEFAULT_POST).split())
    check_texts(("unit.name", title), ("position.title", post))
    first = structure.units[ids[0]]
    for child in d.children(first.id):
        if child.kind != FUNCTIONAL_GROUP:
            check_parent_kind(child.kind, FUNCTIONAL_GROUP, level, rules)
    for uid in ids:
        unit = structure.units[uid]
        for p in d.positions_of(uid):
            if p.category is PositionCategory.STRUCTURAL:
                d.put_position(
                    replace(
                        p,
                        title=functional_title(p, unit, post),
                        category=PositionCategory.FUNCTIONAL,
                        eselon=None,
                    )  # fmt: skip
                )
    d.put(
        replace(first, kind=FUNCTIONAL_GROUP, name=title, short_name="", unit_type=None,
                eselon=None)
    )  # fmt: skip
    for uid in ids[1:]:
        _absorb(d, first.id, uid, groups_join=True)
    groups = [c.id for c in d.children(first.id) if c.kind == FUNCTIONAL_GROUP]
    for group in groups:
        _absorb(d, first.id, group)
    return d.plan(OperationKind.CONVERT, [*ids, *groups], [first.id], motive)


# -- the structure after and before an applied plan -----------------------------------------


def _by_unit_order(x: Position | Iku) -> tuple[int, int, int]:
    return (x.unit_id, x.sort_order, x.id)


def _finish(structure: Structure, **parts: object) -> Structure:
    """A structure with its lists in the order ``Store.load`` gives them."""
    s = replace(structure, **parts)  # type: ignore[arg-type]
    s.assignments.sort(key=lambda a: (a.unit_id, a.code))
    s.positions.sort(key=_by_unit_order)
    s.iku.sort(key=_by_unit_order)
    s.links.sort(key=lambda x: x.id)
    s.lineage.sort(key=lambda x: (x.unit_id, x.origin_id))
    s.operations.sort(key=lambda o: (o.sort_order, o.id))
    return s


def apply_plan(structure: Structure, applied: AppliedOperation) -> Structure:
    """The structure as ``applied`` leaves it: what ``Store.load`` reads after
    ``Store.apply_operation``, without reading the file. ``structure`` is not
    changed; the result shares what the operation did not touch."""
    plan, real = applied.plan, applied.unit_id
    gone = set(plan.removed)

    def placed(unit: Unit) -> Unit:
        parent = None if unit.parent_id is None else real(unit.parent_id)
        return replace(unit, id=real(unit.id), parent_id=parent)

    units = {uid: u for uid, u in structure.units.items() if uid not in gone}
    units.update((real(u.id), placed(u)) for u in (*plan.changed, *plan.added))
    sets = {real(uid): held for uid, held in plan.assignments.items()}
    moved = {p.id: replace(p, unit_id=real(p.unit_id)) for p in plan.positions}
    dropped = set(plan.removed_positions)
    iku = {i.id: replace(i, unit_id=real(i.unit_id)) for i in plan.iku}
    links = {x.id: replace(x, from_id=real(x.from_id), to_id=real(x.to_id)) for x in plan.links}
    unlinked = set(plan.removed_links)
    origins = {real(uid): held for uid, held in plan.lineage.items()}
    kept_sets = units.keys() - sets.keys()
    kept_origins = units.keys() - origins.keys()
    return _finish(
        structure,
        units=units,
        assignments=[a for a in structure.assignments if a.unit_id in kept_sets]
        + [replace(a, unit_id=uid) for uid, held in sets.items() for a in held],
        positions=[
            p
            for p in (moved.get(p.id, p) for p in structure.positions if p.id not in dropped)
            if p.unit_id in units
        ],
        iku=[i for i in (iku.get(i.id, i) for i in structure.iku) if i.unit_id in units],
        links=[
            x
            for x in (links.get(x.id, x) for x in structure.links if x.id not in unlinked)
            if x.from_id in units and x.to_id in units
        ],
        lineage=[x for x in structure.lineage if x.unit_id in kept_origins]
        + [Lineage(uid, o) for uid, held in origins.items() for o in held],
        operations=[
            replace(op, after=tuple(u for u in op.after if u not in gone))
            if gone.intersection(op.after)
            else op
            for op in structure.operations
        ]
        + [applied.operation],
    )


def revert_plan(structure: Structure, applied: AppliedOperation) -> Structure:
    """The structure as it was before ``applied``, from the structure after it: what
    ``Store.load`` reads after ``Store.revert_operation``."""
    was = applied.touched
    new = set(applied.ids.values())
    out = set(applied.plan.touched) | new
    units = {uid: u for uid, u in structure.units.items() if uid not in new}
    units.update((u.id, u) for u in was.units)
    position_ids = {p.id for p in was.positions}
    iku_ids = {i.id for i in was.iku}
    link_ids = {x.id for x in was.links}
    refs: dict[int, dict[str, list[tuple[int, int]]]] = {}
    for r in was.operation_refs:
        refs.setdefault(r.operation_id, {"before": [], "after": []})[r.side].append(
            (r.position, r.unit_id)
        )

    def restored(op: Operation) -> Operation:
        sides = refs.get(op.id)
        if sides is None:
            return op
        before, after = (tuple(u for _, u in sorted(sides[s])) for s in ("before", "after"))
        return replace(op, before=before, after=after)

    return _finish(
        structure,
        units=units,
        assignments=[a for a in structure.assignments if a.unit_id not in out]
        + list(was.assignments),
        positions=[
            p for p in structure.positions if p.unit_id not in out and p.id not in position_ids
        ]
        + list(was.positions),
        iku=[i for i in structure.iku if i.unit_id not in out and i.id not in iku_ids]
        + list(was.iku),
        links=[
            x
            for x in structure.links
            if x.id not in link_ids and x.from_id not in out and x.to_id not in out
        ]
        + list(was.links),
        lineage=[x for x in structure.lineage if x.unit_id not in out]
        + [x for x in was.lineage if x.unit_id in units],
        operations=[restored(op) for op in structure.operations if op.id != applied.operation.id],
    )
