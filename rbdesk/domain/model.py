"""The plan as plain data: region, scenarios and everything a scenario holds.

Terms (DESIGN.md section 2):

* A *region* is the provinsi, kabupaten or kota the plan is for.
* A *scenario* is one version of the whole structure: the current one or a proposal
  derived from another scenario.
* A *unit* is one box of the chart; ``parent_id`` is the structural reporting line.
* *Lineage* links a unit to the units of the derived-from scenario it comes from.
* A ``Structure`` is one scenario with all it holds, the object the analysis reads.

Ids are integers. Inside a ``Structure`` built in memory (by an importer or a
generator) they are provisional; the store assigns the file's own ids on insert.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from rbdesk.domain.errors import InvalidValueError
from rbdesk.domain.limits import check_texts


class Level(StrEnum):
    PROVINSI = "provinsi"
    KABUPATEN = "kabupaten"
    KOTA = "kota"

    @property
    def rule_level(self) -> str:
        """Kabupaten and kota follow the same rules; the catalogue keys them ``kabkota``."""
        return "provinsi" if self is Level.PROVINSI else "kabkota"


class ScenarioRole(StrEnum):
    CURRENT = "current"
    PROPOSAL = "proposal"


class UrusanRole(StrEnum):
    MAIN = "main"
    SUPPORTING = "supporting"


class PositionCategory(StrEnum):
    STRUCTURAL = "structural"
    FUNCTIONAL = "functional"
    PELAKSANA = "pelaksana"


class OperationKind(StrEnum):
    MERGE = "merge"
    SPLIT = "split"
    MOVE = "move"
    ABOLISH = "abolish"
    CREATE = "create"
    RENAME = "rename"
    RETYPE = "retype"
    CONVERT = "convert"  # a structural unit turned into a functional group


#: Eselon codes from highest to lowest; a lower index is a higher grade.
ESELON: tuple[str, ...] = ("Ia", "Ib", "IIa", "IIb", "IIIa", "IIIb", "IVa", "IVb", "V")

#: Tipe of an OPD (A/B/C) or kelas of a UPT, cabang dinas or rumah sakit (A-D).
UNIT_TYPES: tuple[str, ...] = ("A", "B", "C", "D")

#: The jenis of a rumah sakit Daerah: "Jenis rumah sakit Daerah kabupaten/kota terdiri
#: atas rumah sakit umum dan rumah sakit khusus" (PP 18/2016 Pasal 44E ayat (1), for a
#: provinsi Pasal 21F ayat (1), both inserted by PP 72/2019). Its kelas (A-D, Pasal 44E
#: ayat (3) and (4)) is the unit's ``unit_type``.
HOSPITAL_KINDS: tuple[str, ...] = ("umum", "khusus")


def eselon_rank(eselon: str) -> int:
    """Position of ``eselon`` in :data:`ESELON` (0 = Ia, the highest)."""
    return ESELON.index(eselon)


@dataclass(frozen=True, slots=True)
class Region:
    """The region a plan is for. ``partial`` marks a plan of one or a few OPDs (an
    office's own structure) rather than of the whole region: the analysis then leaves
    out the region-wide completeness checks and says so once."""

    name: str
    level: Level
    code: str = ""
    geo_factor: float = 1.0
    preparing_unit: str = ""
    partial: bool = False


@dataclass(frozen=True, slots=True)
class Scenario:
    id: int
    name: str
    role: ScenarioRole
    derived_from: int | None = None
    created: str = ""


@dataclass(frozen=True, slots=True)
class Unit:
    id: int
    parent_id: int | None
    kind: str
    name: str
    short_name: str = ""
    unit_type: str | None = None
    eselon: str | None = None
    sort_order: int = 0
    tugas: str = ""
    fungsi: str = ""
    headcount_existing: int = 0
    headcount_needed: int = 0
    workload_score: float | None = None
    notes: str = ""
    #: a rumah sakit's jenis (:data:`HOSPITAL_KINDS`), ``None``: not recorded
    hospital_kind: str | None = None


@dataclass(frozen=True, slots=True)
class Lineage:
    unit_id: int
    origin_id: int


@dataclass(frozen=True, slots=True)
class UrusanAssignment:
    unit_id: int
    code: str
    role: UrusanRole = UrusanRole.MAIN


@dataclass(frozen=True, slots=True)
class Position:
    id: int
    unit_id: int
    title: str
    category: PositionCategory
    eselon: str | None = None
    existing: int = 0
    needed: int = 0
    sort_order: int = 0


@dataclass(frozen=True, slots=True)
class CoordinationLink:
    id: int
    from_id: int
    to_id: int
    note: str = ""


@dataclass(frozen=True, slots=True)
class Operation:
    """A restructuring step of a proposal (*langkah penataan*). ``before`` holds unit
    ids of the derived-from scenario, ``after`` unit ids of the proposal itself.

    ``justification`` is the step's reason (*alasan*), ``basis`` its legal basis
    (*dasar hukum*), ``findings`` the findings it answers, each as a reference string
    (see ``rbdesk.domain.operations.finding_ref``)."""

    id: int
    kind: OperationKind
    before: tuple[int, ...]
    after: tuple[int, ...]
    justification: str
    date: str = ""
    sort_order: int = 0
    basis: str = ""
    findings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Iku:
    """A key performance indicator (indikator kinerja utama) of an OPD."""

    id: int
    unit_id: int
    indicator: str
    target: str = ""
    measure: str = ""
    sort_order: int = 0


@dataclass
class Structure:
    """One scenario and everything it holds."""

    scenario: Scenario
    units: dict[int, Unit] = field(default_factory=dict)
    assignments: list[UrusanAssignment] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    links: list[CoordinationLink] = field(default_factory=list)
    operations: list[Operation] = field(default_factory=list)
    iku: list[Iku] = field(default_factory=list)
    lineage: list[Lineage] = field(default_factory=list)

    def children(self) -> dict[int | None, list[int]]:
        """Map of parent id (``None`` for roots) to child ids in sibling order."""
        out: dict[int | None, list[int]] = {}
        for unit in sorted(self.units.values(), key=lambda u: (u.sort_order, u.id)):
            out.setdefault(unit.parent_id, []).append(unit.id)
        return out

    def roots(self) -> list[int]:
        return self.children().get(None, [])

    def subtree(
        self, *unit_ids: int, children: Mapping[int | None, list[int]] | None = None
    ) -> list[int]:
        """``unit_ids`` and every unit below them, each after its parent, siblings in
        order (depth first). Unknown ids are skipped; a unit met again (a cycle, or a
        start below another start) is listed once. ``children``: :meth:`children`, when
        the caller keeps it (a look at many subtrees of one version)."""
        if children is None:
            children = self.children()
        order: list[int] = []
        seen: set[int] = set()
        for start in unit_ids:
            stack = [start]
            while stack:
                uid = stack.pop()
                if uid in seen or uid not in self.units:
                    continue
                seen.add(uid)
                order.append(uid)
                stack.extend(reversed(children.get(uid, ())))
        return order

    def ancestors(self, unit_id: int) -> Iterator[int]:
        """Ids above ``unit_id``, nearest first. Stops at a cycle instead of looping."""
        seen = {unit_id}
        parent = self.units[unit_id].parent_id
        while parent is not None and parent not in seen and parent in self.units:
            yield parent
            seen.add(parent)
            parent = self.units[parent].parent_id

    def assignments_of(self, unit_id: int) -> list[UrusanAssignment]:
        return [a for a in self.assignments if a.unit_id == unit_id]

    def next_id(self) -> int:
        """A provisional id not yet used by any entity of this structure."""
        used = [0, *self.units]
        used += [p.id for p in self.positions]
        used += [x.id for x in self.links]
        used += [o.id for o in self.operations]
        used += [i.id for i in self.iku]
        return max(used) + 1


class SignatoryRole(StrEnum):
    """Who signs the proposal, in the order the signature block lists them."""

    PREPARED = "prepared"  # disiapkan oleh
    CHECKED = "checked"  # diperiksa oleh
    APPROVED = "approved"  # disetujui oleh


#: Number of digits of a civil servant's NIP (nomor induk pegawai).
NIP_DIGITS = 18


def normalise_nip(text: str) -> str:
    """A NIP as stored: its 18 digits without the spaces people type between the parts
    (``19700101 199003 1 001``); ``""`` for no NIP. Raises ``InvalidValueError`` for
    anything else, naming what is wrong.

    The parts are the birth date (YYYYMMDD), the year and month of appointment
    (YYYYMM), the sex (1 or 2) and a serial number.

    >>> normalise_nip(" 19700101 199003 1 001 ")
    '197001011990031001'
    """
    digits = "".join(text.split())
    if not digits:
        return ""
    if not digits.isascii() or not digits.isdigit():
        raise InvalidValueError("nip.digits", nip=text.strip())
    if len(digits) != NIP_DIGITS:
        raise InvalidValueError(
            "nip.length", nip=text.strip(), count=len(digits), needed=NIP_DIGITS
        )
    try:
        date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise InvalidValueError("nip.birth", nip=text.strip()) from None
    if not 1 <= int(digits[12:14]) <= 12:
        raise InvalidValueError("nip.appointment", nip=text.strip())
    if digits[14] not in "12":
        raise InvalidValueError("nip.sex", nip=text.strip())
    return digits


def format_nip(nip: str) -> str:
    """A stored NIP written in its four parts: ``19700101 199003 1 001``."""
    if len(nip) != NIP_DIGITS:
        return nip
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"


@dataclass(frozen=True, slots=True)
class Signatory:
    """An official who signs the proposal: role, name, NIP and title (jabatan).

    The NIP is normalised on creation (see :func:`normalise_nip`); an invalid one
    raises ``InvalidValueError``, so a ``Signatory`` always holds a valid NIP or none.
    A name or title longer than its limit (``rbdesk.domain.limits``) raises
    ``TextTooLongError``."""

    role: SignatoryRole
    name: str = ""
    nip: str = ""
    title: str = ""

    def __post_init__(self) -> None:
        try:
            role = SignatoryRole(self.role)
        except ValueError:
            known = ", ".join(r.value for r in SignatoryRole)
            raise InvalidValueError("signatory.role", role=self.role, known=known) from None
        object.__setattr__(self, "role", role)
        object.__setattr__(self, "name", self.name.strip())
        object.__setattr__(self, "title", self.title.strip())
        object.__setattr__(self, "nip", normalise_nip(self.nip))
        check_texts(("signatory.name", self.name), ("signatory.title", self.title))

    @property
    def empty(self) -> bool:
        return not (self.name or self.nip or self.title)


@dataclass(frozen=True, slots=True)
class OperationRef:
    """One unit's place in a restructuring operation (a row of ``operation_unit``)."""

    operation_id: int
    side: str  # "before" or "after"
    position: int
    unit_id: int


@dataclass(frozen=True, slots=True)
class ScenarioSnapshot:
    """A deleted scenario as the file held it, so that ``Store.restore_scenario`` can
    put it back with every id it had (undo of a scenario's deletion, redo of its
    creation).

    ``rows`` is every row the deletion took out, table by table (the scenario's own
    row first), each with its column names: whatever the schema version holds.
    ``detached`` names the rows the deletion only changed (a proposal whose
    ``derived_from`` pointed at the scenario): table, column, rowid, old value."""

    scenario_id: int
    name: str
    rows: tuple[tuple[str, tuple[str, ...], tuple[tuple[object, ...], ...]], ...]
    detached: tuple[tuple[str, str, int, object], ...] = ()


@dataclass(frozen=True, slots=True)
class RemovedRecords:
    """Everything a deletion took out of the file, with the original ids, so that
    ``Store.restore`` can put it back exactly.

    ``units`` come parents first. ``lineage`` holds every row naming a removed unit on
    either side (rows of proposals derived from this scenario included), and
    ``operation_refs`` every place a removed unit held in an operation of any scenario.
    ``operations`` is the active scenario's list of operations as it was before the
    removal when the removal touched one of them (``None`` otherwise): the copy in
    memory takes it back as it was."""

    scenario_id: int
    units: tuple[Unit, ...] = ()
    assignments: tuple[UrusanAssignment, ...] = ()
    positions: tuple[Position, ...] = ()
    iku: tuple[Iku, ...] = ()
    links: tuple[CoordinationLink, ...] = ()
    lineage: tuple[Lineage, ...] = ()
    operation_refs: tuple[OperationRef, ...] = ()
    operations: tuple[Operation, ...] | None = None

    @property
    def root_id(self) -> int | None:
        """The top unit of a removed subtree, if units were removed."""
        return self.units[0].id if self.units else None
