"""The model the crash tests check a plan against: what the ``store`` writer
(``crash_writer.py``) reported as done, replayed edit by edit on a plain copy of the
plan's content (:class:`State`), independently of the store's own code.

``replay`` applies the edits reported as done and returns the one that had begun
without being reported; ``apply`` with ``found`` gives the ids the file chose for an
edit in flight, so that a file holding that edit can be checked to hold it whole.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace
from typing import Any

from rbdesk.domain.model import Position, PositionCategory, Unit
from rbdesk.store import Store
from tests.store.plans import CURRENT


@dataclass
class State:
    """What the test checks of the plan: the current scenario's units, urusan
    assignments and positions, and the unit names of every other scenario."""

    units: dict[int, Unit] = field(default_factory=dict)
    assignments: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    positions: dict[int, Position] = field(default_factory=dict)
    extra: dict[str, list[str]] = field(default_factory=dict)


def read_state(store: Store) -> State:
    current = store.scenario_by_name(CURRENT).id
    loaded = store.load(current)
    assignments: dict[int, list[tuple[str, str]]] = {}
    for a in loaded.assignments:
        assignments.setdefault(a.unit_id, []).append((a.code, a.role.value))
    return State(
        dict(loaded.units),
        {u: sorted(rows) for u, rows in assignments.items()},
        {p.id: p for p in loaded.positions},
        {
            s.name: sorted(u.name for u in store.load(s.id).units.values())
            for s in store.scenarios()
            if s.id != current
        },
    )


def _subtree(units: dict[int, Unit], root: int) -> set[int]:
    out, grew = {root}, True
    while grew:
        more = {u.id for u in units.values() if u.parent_id in out} - out
        grew = bool(more)
        out |= more
    return out


def _new_id(old: set[int], found: State | None, which: str) -> int:
    """The id a pending insert got in the file: the one id ``found`` has that the
    model does not."""
    assert found is not None
    (new,) = set(getattr(found, which)) - old
    return new


def apply(
    model: State, op: str, args: dict[str, Any], result: Any, found: State | None = None
) -> State:
    """``model`` after the edit ``op``. For an edit that was not reported as done,
    ``result`` is None and ids the file gave are taken from ``found``."""
    state = copy.deepcopy(model)
    if op == "add_unit":
        uid = result if result is not None else _new_id(set(state.units), found, "units")
        state.units[uid] = Unit(**{**args["unit"], "id": uid})
    elif op == "update_unit":
        unit = Unit(**args["unit"])
        state.units[unit.id] = unit
    elif op == "move_unit":
        old = state.units[args["id"]]
        order = old.sort_order if args["sort_order"] is None else args["sort_order"]
        state.units[old.id] = replace(old, parent_id=args["parent"], sort_order=order)
    elif op == "reorder_units":
        for uid, order in args["orders"]:
            state.units[uid] = replace(state.units[uid], sort_order=order)
    elif op == "set_assignments":
        rows = sorted((code, role) for code, role in args["assignments"])
        state.assignments.pop(args["id"], None)
        if rows:
            state.assignments[args["id"]] = rows
    elif op == "add_position":
        pid = result if result is not None else _new_id(set(state.positions), found, "positions")
        fields = {**args["position"], "id": pid}
        fields["category"] = PositionCategory(fields["category"])
        state.positions[pid] = Position(**fields)
    elif op == "delete_position":
        state.positions.pop(args["id"], None)
    elif op == "delete_unit":
        gone = _subtree(state.units, args["id"])
        state.units = {u: unit for u, unit in state.units.items() if u not in gone}
        state.assignments = {u: a for u, a in state.assignments.items() if u not in gone}
        state.positions = {p: x for p, x in state.positions.items() if x.unit_id not in gone}
    elif op == "copy_scenario":
        state.extra[args["name"]] = sorted(u.name for u in state.units.values())
    elif op == "insert_structure":
        state.extra[args["name"]] = args["names"]
    elif op == "delete_scenario":
        del state.extra[args["name"]]
    else:
        raise AssertionError(f"unknown edit {op}")
    return state


def replay(model: State, records: list[dict[str, Any]]) -> tuple[State, tuple[str, dict] | None]:
    """Apply the edits reported as done; return the model and the edit that had begun
    without being reported (None if there is none)."""
    pending: tuple[str, dict] | None = None
    for record in records:
        if "begin" in record:
            pending = (record["begin"], record["args"])
        elif "done" in record:
            assert pending == (record["done"], record["args"])
            model = apply(model, record["done"], record["args"], record["result"])
            pending = None
        elif "refused" in record:
            pending = None
    return model, pending


def diff(found: State, model: State) -> str:
    lines = []
    for name in ("units", "assignments", "positions", "extra"):
        a, b = getattr(found, name), getattr(model, name)
        for key in sorted(set(a) | set(b), key=str):
            if a.get(key) != b.get(key):
                lines.append(
                    f"{name}[{key}]: file={repr(a.get(key))[:300]} model={repr(b.get(key))[:300]}"
                )
    return "\n".join(lines[:12])
