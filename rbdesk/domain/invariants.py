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
from rbdesk.domain.model import ESELON, UNIT_TYPES, Level, Structure, Unit


class KindRules(Protocol):
    """What the invariants need to know from the reference catalogue."""

    def has_kind(self, kind: str) -> bool: ...

    def kind_exists_at(self, kind: str, level: Level) -> bool: ...

    def may_be_root(self, kind: str, level: Level) -> bool: ...

    def allowed_parents(self, kind: str, level: Level) -> frozenset[str]: ...

    def has_code(self, code: str) -> bool: ...

    def kind_label(self, kind: str) -> str: ...


def check_kind(kind: str, level: Level, rules: KindRules) -> None:
    if not rules.has_kind(kind):
        raise UnknownKindError(f"unknown unit kind '{kind}'")
    if not rules.kind_exists_at(kind, level):
        raise KindLevelError(
            f"a {rules.kind_label(kind)} does not exist in a {level.value}",
            kind=kind,
            level=level.value,
        )


def check_parent_kind(kind: str, parent_kind: str | None, level: Level, rules: KindRules) -> None:
    """Raise unless a unit of ``kind`` may stand under a unit of ``parent_kind``."""
    if parent_kind is None:
        if not rules.may_be_root(kind, level):
            raise RootKindError(
                f"a {rules.kind_label(kind)} must stand under a parent unit", kind=kind
            )
        return
    allowed = rules.allowed_parents(kind, level)
    if parent_kind not in allowed:
        names = ", ".join(sorted(rules.kind_label(k) for k in allowed)) or "no parent"
        raise ParentKindError(
            f"a {rules.kind_label(kind)} cannot stand under a {rules.kind_label(parent_kind)}"
            f" (allowed: {names})",
            kind=kind,
            parent_kind=parent_kind,
            allowed=tuple(sorted(allowed)),
        )


def check_fields(unit: Unit) -> None:
    """Field values that are wrong whatever the structure around them."""
    if not unit.name.strip():
        raise InvalidValueError("a unit needs a name")
    if unit.eselon is not None and unit.eselon not in ESELON:
        raise InvalidValueError(f"unknown eselon '{unit.eselon}' (known: {', '.join(ESELON)})")
    if unit.unit_type is not None and unit.unit_type not in UNIT_TYPES:
        raise InvalidValueError(f"unknown type '{unit.unit_type}' (known: A, B, C, D)")
    if unit.headcount_existing < 0 or unit.headcount_needed < 0:
        raise InvalidValueError("a headcount cannot be negative")
    if unit.workload_score is not None and unit.workload_score < 0:
        raise InvalidValueError("a workload score cannot be negative")


def check_unit(structure: Structure, unit: Unit, level: Level, rules: KindRules) -> None:
    """Check a new or changed unit against the structure it is going into."""
    check_fields(unit)
    check_kind(unit.kind, level, rules)
    parent_kind = None
    if unit.parent_id is not None:
        parent = structure.units.get(unit.parent_id)
        if parent is None:
            raise UnknownUnitError(f"parent unit {unit.parent_id} does not exist")
        parent_kind = parent.kind
        if unit.id in structure.units and (
            unit.parent_id == unit.id or unit.id in structure.ancestors(unit.parent_id)
        ):
            raise CycleError(
                f"'{unit.name}' cannot be placed under its own descendant", name=unit.name
            )
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
        raise UnknownUnitError(f"unit {unit_id} does not exist")
    if new_parent_id is not None:
        if new_parent_id not in structure.units:
            raise UnknownUnitError(f"unit {new_parent_id} does not exist")
        if new_parent_id == unit_id or unit_id in structure.ancestors(new_parent_id):
            raise CycleError(
                f"'{unit.name}' cannot be moved under "
                f"'{structure.units[new_parent_id].name}', which lies below it",
                name=unit.name,
                target=structure.units[new_parent_id].name,
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
            raise UnknownCodeError(f"unknown urusan code '{code}'")


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
