"""The writer of the crash test: opens a plan and edits it in a loop until it is killed.

    python crash_writer.py PLAN SEED

Each edit is one call of a public write method of the ``Store``. Around each call it
prints one JSON line and flushes it:

* ``{"begin": OP, "args": {...}}`` just before the call, and
* ``{"done": OP, "args": {...}, "result": ...}`` right after the call returned (the
  edit is committed: this is what "the screen has shown as done" means).

A call refused with a typed error prints ``{"refused": OP, ...}`` instead of
``done``. The first line, ``{"ready": true}``, comes once the plan is open. The crash
soak (``soak.py``, its ``store`` mode, run forked from ``soak_child.py``) kills this
writer with SIGKILL at random moments and checks that the file holds every ``done``
edit, and at most the one edit that had begun (``crash_model.py``).
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import asdict
from typing import Any

from rbdesk.domain.errors import CycleError
from rbdesk.domain.model import (
    ESELON,
    Position,
    PositionCategory,
    Scenario,
    ScenarioRole,
    Structure,
    Unit,
    UrusanAssignment,
    UrusanRole,
)
from rbdesk.store import Store

CURRENT = "Kondisi saat ini"
CODES = ["1.01", "1.02", "1.03", "1.04", "2.13", "2.22", "3.26", "1.01.1", "1.02.3"]
TEXTS = ["", "catatan", "<b>&amp;</b>", "“kutip”", "🏛️", "baris\nkedua", "Kecamatan Mojosari"]
MIN_UNITS, MAX_UNITS = 30, 160


def emit(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    sys.stdout.flush()


class Writer:
    def __init__(self, store: Store, rng: random.Random, seed: int) -> None:
        self.store = store
        self.rng = rng
        self.seed = seed
        self.count = 0
        self.current = store.scenario_by_name(CURRENT).id
        loaded = store.load(self.current)
        self.units = set(loaded.units)
        self.parents = {u.id: u.parent_id for u in loaded.units.values()}
        self.positions = {p.id for p in loaded.positions}
        self.extra = {s.name: s.id for s in store.scenarios() if s.id != self.current}

    def token(self) -> str:
        self.count += 1
        return f"s{self.seed}-{self.count}"

    def random_unit(self) -> Unit:
        rng = self.rng
        return Unit(
            0,
            rng.choice(sorted(self.units)),
            rng.choice(["dinas", "bidang", "seksi", "upt"]),
            f"Unit {self.token()} {rng.choice(TEXTS)}",
            rng.choice(TEXTS),
            rng.choice([None, "A", "B", "C"]),
            rng.choice([None, *ESELON]),
            rng.randint(-5, 50),
            rng.choice(TEXTS) * rng.randint(0, 30),
            rng.choice(TEXTS),
            rng.randint(0, 500),
            rng.randint(0, 500),
            rng.choice([None, rng.random() * 1000]),
            rng.choice(TEXTS),
        )

    def non_root(self) -> int | None:
        candidates = sorted(u for u in self.units if self.parents[u] is not None)
        return self.rng.choice(candidates) if candidates else None

    def subtree(self, root: int) -> set[int]:
        out, grew = {root}, True
        while grew:
            more = {u for u, p in self.parents.items() if p in out} - out
            grew = bool(more)
            out |= more
        return out

    # Each step returns (op, args, call) or None when it does not apply now.
    def step(self) -> tuple[str, dict[str, Any], Any] | None:
        rng = self.rng
        n = len(self.units)
        ops = ["add_unit", "update_unit", "move_unit", "set_assignments", "add_position",
               "delete_position", "delete_unit", "reorder_units", "copy_scenario",
               "insert_structure", "delete_scenario"]  # fmt: skip
        weights = [
            8 if n < MAX_UNITS else 1, 8, 6, 6, 5, 3,
            6 if n > MIN_UNITS else 0, 2, 1 if len(self.extra) < 2 else 0,
            1 if len(self.extra) < 2 else 0, 2 if self.extra else 0,
        ]  # fmt: skip
        op = rng.choices(ops, weights)[0]
        store = self.store
        if op == "add_unit":
            unit = self.random_unit()
            return op, {"unit": asdict(unit)}, lambda: store.add_unit(self.current, unit)
        if op == "update_unit":
            uid = self.non_root()
            if uid is None:
                return None
            new = self.random_unit()
            # Keep the parent: a new parent is move_unit's business (and may be a cycle).
            unit = Unit(uid, self.parents[uid], *list(asdict(new).values())[2:])
            return op, {"unit": asdict(unit)}, lambda: store.update_unit(unit)
        if op == "move_unit":
            uid = self.non_root()
            if uid is None:
                return None
            parent = rng.choice(sorted(self.units))
            order = rng.choice([None, rng.randint(0, 20)])
            args = {"id": uid, "parent": parent, "sort_order": order}
            return op, args, lambda: store.move_unit(uid, parent, order)
        if op == "set_assignments":
            uid = rng.choice(sorted(self.units))
            codes = rng.sample(CODES, rng.randint(0, 4))
            rows = [[c, rng.choice(["main", "supporting"])] for c in codes]
            assignments = [UrusanAssignment(uid, c, UrusanRole(r)) for c, r in rows]
            args = {"id": uid, "assignments": rows}
            return op, args, lambda: store.set_assignments(uid, assignments)
        if op == "add_position":
            position = Position(
                0, rng.choice(sorted(self.units)), f"Jabatan {self.token()}",
                rng.choice(list(PositionCategory)), rng.choice([None, "IVa"]),
                rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9),
            )  # fmt: skip
            return op, {"position": asdict(position)}, lambda: store.add_position(position)
        if op == "delete_position":
            if not self.positions:
                return None
            pid = rng.choice(sorted(self.positions))
            return op, {"id": pid}, lambda: store.delete_position(pid)
        if op == "delete_unit":
            uid = self.non_root()
            if uid is None or len(self.subtree(uid)) > n - MIN_UNITS // 2:
                return None
            return op, {"id": uid}, lambda: store.delete_unit(uid)
        if op == "reorder_units":
            orders = {u: rng.randint(0, 99) for u in rng.sample(sorted(self.units), 5)}
            args = {"orders": [[u, o] for u, o in orders.items()]}
            return op, args, lambda: store.reorder_units(orders)
        if op == "copy_scenario":
            name = f"Salinan {self.token()}"
            return op, {"name": name}, lambda: store.copy_scenario(self.current, name).id
        if op == "insert_structure":
            # A large transaction: a few hundred units in one commit.
            name = f"Impor {self.token()}"
            units = {1: Unit(1, None, "kepala_daerah", f"Akar {name}")}
            for uid in range(2, rng.randint(150, 400)):
                units[uid] = Unit(uid, rng.randint(1, uid - 1), "seksi", f"{name} / {uid}",
                                  tugas="t" * rng.randint(0, 200))  # fmt: skip
            structure = Structure(Scenario(0, name, ScenarioRole.PROPOSAL), units)
            args = {"name": name, "names": sorted(u.name for u in units.values())}
            return op, args, lambda: store.insert_structure(structure) and None
        if op == "delete_scenario":
            name = rng.choice(sorted(self.extra))
            sid = self.extra[name]
            # (what it returns is for undo; the writer reports no result)
            return op, {"id": sid, "name": name}, lambda: store.delete_scenario(sid) and None
        raise AssertionError(op)

    def applied(self, op: str, args: dict[str, Any], result: Any) -> None:
        """Follow the edit in this writer's own view of the plan."""
        if op == "add_unit":
            self.units.add(result)
            self.parents[result] = args["unit"]["parent_id"]
        elif op == "move_unit":
            self.parents[args["id"]] = args["parent"]
        elif op == "add_position":
            self.positions.add(result)
        elif op == "delete_position":
            self.positions.discard(args["id"])
        elif op == "delete_unit":
            for uid in self.subtree(args["id"]):
                self.units.discard(uid)
                del self.parents[uid]
            loaded = self.store.load(self.current)
            self.positions = {p.id for p in loaded.positions}
        elif op == "copy_scenario":
            self.extra[args["name"]] = result
        elif op == "insert_structure":
            self.extra[args["name"]] = self.store.scenario_by_name(args["name"]).id
        elif op == "delete_scenario":
            del self.extra[args["name"]]


def main(argv: list[str]) -> int:
    path, seed = argv[0], int(argv[1])
    rng = random.Random(seed)
    store = Store.open(path)
    writer = Writer(store, rng, seed)
    emit({"ready": True})
    while True:
        step = writer.step()
        if step is None:
            continue
        op, args, call = step
        emit({"begin": op, "args": args})
        try:
            result = call()
        except CycleError as exc:
            emit({"refused": op, "args": args, "error": str(exc)})
            continue
        emit({"done": op, "args": args, "result": result})
        writer.applied(op, args, result)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
