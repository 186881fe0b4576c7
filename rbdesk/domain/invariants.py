"""Invariants checked before any change to a plan.

The rules that depend on the law (which kinds exist at a level, which parent kinds
a kind may stand under, which urusan codes exist) come from the reference catalogue,
which the domain sees only through the ``KindRules`` protocol, so the domain stays
free of files and formats. Every check raises a typed ``DomainError`` and changes
nothing; ``can_*`` helpers answer with the reason instead of raising.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from rbdesk.domain.errors import (
    CycleError,
    DomainError,
    InvalidValueError,
    KindLevelError,
    ParentKindError,
    RootKindError,
    UnknownCodeError,
    UnknownKindError,
    UnknownUnitError,
)
from rbdesk.domain.limits import UNIT_FIELDS, check_text, check_texts
from rbdesk.domain.model import (
    ESELON,
    HOSPITAL_KINDS,
    UNIT_TYPES,
    CoordinationLink,
    Iku,
    Level,
    Operation,
    Position,
    Region,
    Structure,
    Unit,
)
from rbdesk.i18n import Words


class KindRules(Protocol):
    """What the invariants need to know from the reference catalogue."""

    def has_kind(self, kind: str) -> bool: ...

    def kind_exists_at(self, kind: str, level: Level) -> bool: ...

    def may_be_root(self, kind: str, level: Level) -> bool: ...

    def allowed_parents(self, kind: str, level: Level) -> frozenset[str]: ...

    def has_code(self, code: str) -> bool: ...

    def kind_words(self, kind: str) -> Words:
        """The kind's name in each language (the id itself for an unknown kind)."""
        ...


def check_kind(kind: str, level: Level, rules: KindRules) -> None:
    if not rules.has_kind(kind):
        raise UnknownKindError("kind.unknown", kind=kind)
    if not rules.kind_exists_at(kind, level):
        raise KindLevelError(
            "kind.level", kind=kind, kind_name=rules.kind_words(kind), level=level.value
        )


def check_parent_kind(kind: str, parent_kind: str | None, level: Level, rules: KindRules) -> None:
    """Raise unless a unit of ``kind`` may stand under a unit of ``parent_kind``."""
    if parent_kind is None:
        if not rules.may_be_root(kind, level):
            raise RootKindError("kind.needs_parent", kind=kind, kind_name=rules.kind_words(kind))
        return
    allowed = rules.allowed_parents(kind, level)
    if parent_kind not in allowed:
        names = sorted((rules.kind_words(k) for k in allowed), key=lambda w: w.id)
        raise ParentKindError(
            "kind.parent" if names else "kind.parent_none",
            kind=kind,
            parent_kind=parent_kind,
            kind_name=rules.kind_words(kind),
            parent_name=rules.kind_words(parent_kind),
            allowed=tuple(names),
        )


def check_fields(unit: Unit) -> None:
    """Field values that are wrong whatever the structure around them."""
    if not unit.name.strip():
        raise InvalidValueError("unit.name_missing")
    check_unit_texts(unit)
    if unit.eselon is not None and unit.eselon not in ESELON:
        raise InvalidValueError("unit.eselon_unknown", value=unit.eselon, known=tuple(ESELON))
    if unit.unit_type is not None and unit.unit_type not in UNIT_TYPES:
        raise InvalidValueError("unit.type_unknown", value=unit.unit_type, known=tuple(UNIT_TYPES))
    if unit.headcount_existing < 0 or unit.headcount_needed < 0:
        raise InvalidValueError("unit.headcount_negative")
    if unit.workload_score is not None and unit.workload_score < 0:
        raise InvalidValueError("unit.score_negative")
    if unit.hospital_kind is not None and unit.hospital_kind not in HOSPITAL_KINDS:
        raise InvalidValueError(
            "unit.hospital_kind_unknown", value=unit.hospital_kind, known=HOSPITAL_KINDS
        )


def check_unit_texts(unit: Unit) -> None:
    """Raise ``TextTooLongError`` for the first text of ``unit`` longer than its limit
    (``rbdesk.domain.limits``)."""
    for attribute, field in UNIT_FIELDS:
        check_text(field, getattr(unit, attribute))


def check_region_texts(region: Region) -> None:
    """Raise ``TextTooLongError`` for a text of ``region`` longer than its limit."""
    check_texts(("region.name", region.name), ("region.code", region.code),
                ("region.preparing_unit", region.preparing_unit))  # fmt: skip


def check_record_texts(record: Position | Iku | CoordinationLink | Operation) -> None:
    """Raise ``TextTooLongError`` for a text of a position, IKU, coordination link or
    operation longer than its limit."""
    if isinstance(record, Position):
        check_text("position.title", record.title)
    elif isinstance(record, Iku):
        check_texts(("iku.indicator", record.indicator), ("iku.target", record.target),
                    ("iku.measure", record.measure))  # fmt: skip
    elif isinstance(record, CoordinationLink):
        check_text("link.note", record.note)
    else:
        check_texts(("operation.reason", record.justification),
                    ("operation.basis", record.basis))  # fmt: skip


def check_structure_texts(structure: Structure) -> None:
    """Raise ``TextTooLongError`` for the first text of ``structure`` (its scenario's
    name, a unit, position, IKU, link or operation) longer than its limit: a structure
    built elsewhere (a plan document, a sheet) before it is written."""
    check_text("scenario.name", structure.scenario.name)
    for unit in structure.units.values():
        check_unit_texts(unit)
    records: list[Position | Iku | CoordinationLink | Operation] = [
        *structure.positions, *structure.iku, *structure.links, *structure.operations,
    ]  # fmt: skip
    for record in records:
        check_record_texts(record)


def check_unit(structure: Structure, unit: Unit, level: Level, rules: KindRules) -> None:
    """Check a new or changed unit against the structure it is going into."""
    check_fields(unit)
    check_kind(unit.kind, level, rules)
    parent_kind = None
    if unit.parent_id is not None:
        parent = structure.units.get(unit.parent_id)
        if parent is None:
            raise UnknownUnitError("unit.parent_missing", id=unit.parent_id)
        parent_kind = parent.kind
        if unit.id in structure.units and (
            unit.parent_id == unit.id or unit.id in structure.ancestors(unit.parent_id)
        ):
            raise CycleError("unit.cycle", name=unit.name)
    check_parent_kind(unit.kind, parent_kind, level, rules)
    for child in structure.units.values():
        if child.parent_id == unit.id and child.id != unit.id:
            check_parent_kind(child.kind, unit.kind, level, rules)


def check_move(
    structure: Structure, unit_id: int, new_parent_id: int | None, level: Level, rules: KindRules
) -> None:
    """Raise unless ``unit_id`` may be moved under ``new_parent_id``."""
    unit = structure.units.get(unit_id)
    if unit is None:
        raise UnknownUnitError("unit.missing", id=unit_id)
    if new_parent_id is not None:
        if new_parent_id not in structure.units:
            raise UnknownUnitError("unit.missing", id=new_parent_id)
        if new_parent_id == unit_id or unit_id in structure.ancestors(new_parent_id):
            raise CycleError(
                "unit.cycle_move", name=unit.name, target=structure.units[new_parent_id].name
            )
        parent_kind: str | None = structure.units[new_parent_id].kind
    else:
        parent_kind = None
    check_parent_kind(unit.kind, parent_kind, level, rules)


def can_move(
    structure: Structure, unit_id: int, new_parent_id: int | None, level: Level, rules: KindRules
) -> tuple[bool, str]:
    """``(True, "")`` when the move is allowed, else ``(False, reason)``."""
    try:
        check_move(structure, unit_id, new_parent_id, level, rules)
    except DomainError as exc:
        return False, str(exc)
    return True, ""


def check_codes(codes: Iterable[str], rules: KindRules) -> None:
    for code in codes:
        if not rules.has_code(code):
            raise UnknownCodeError("urusan.unknown", code=code)


def find_cycle(parents: dict[int, int | None]) -> list[int] | None:
    """A cycle in a parent map, as the list of ids on it, or ``None``.

    >>> find_cycle({1: None, 2: 1, 3: 4, 4: 3})
    [3, 4]
    """
    state: dict[int, int] = {}  # 1 = on the current path, 2 = done
    for start in parents:
        path: list[int] = []
        node: int | None = start
        while node is not None and node in parents and state.get(node) is None:
            state[node] = 1
            path.append(node)
            node = parents[node]
        if node is not None and state.get(node) == 1:
            return path[path.index(node) :]
        for n in path:
            state[n] = 2
    return None
