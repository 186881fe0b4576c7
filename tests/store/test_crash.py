"""Crash safety: a writer process editing a plan is killed with SIGKILL at random
moments, over and over, on the same file. After every kill the file must open with
``Store.open``, pass ``PRAGMA integrity_check``, and hold every edit the writer had
reported as done; the only difference allowed is the one edit that had begun and not
been reported (it may or may not have committed), and then it must be whole.

The writer (``crash_writer.py``) prints a JSON line before and after each Store write;
the test replays the reported edits on its own model of the plan and compares the
model with what the file holds. When to kill comes from a seeded generator: most kills
wait for a number of edits reported (not for a time, so that a busy machine still has
the kills land among real work), a few land during the writer's start-up.
"""

from __future__ import annotations

import copy
import json
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest

from rbdesk.domain.model import Position, PositionCategory, Unit
from rbdesk.store import Store
from tests.store.plans import CURRENT, REGION, large_structure

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 60
SEED = 20260101
#: Out of 100 kills, how many land at a random moment of the writer's start-up
#: (opening the plan) rather than during its edits.
KILLS_DURING_STARTUP = 15
#: A kill during the edits comes once this many edits are reported (drawn at random),
#: then at a random moment up to KILL_JITTER seconds later: it lands in an edit in
#: proportion to the edit's time, most often in a large transaction.
EDITS_BEFORE_KILL = (10, 200)
KILL_JITTER = 0.15


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


def _diff(found: State, model: State) -> str:
    lines = []
    for name in ("units", "assignments", "positions", "extra"):
        a, b = getattr(found, name), getattr(model, name)
        for key in sorted(set(a) | set(b), key=str):
            if a.get(key) != b.get(key):
                lines.append(
                    f"{name}[{key}]: file={repr(a.get(key))[:300]} model={repr(b.get(key))[:300]}"
                )
    return "\n".join(lines[:12])


@dataclass
class Run:
    """One writer process and what it printed."""

    process: subprocess.Popen[bytes]
    #: How many reported edits set ``enough``.
    wanted: int = 0
    lines: list[bytes] = field(default_factory=list)
    ready: threading.Event = field(default_factory=threading.Event)
    enough: threading.Event = field(default_factory=threading.Event)
    done: int = 0

    def drain(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line)
            if line.startswith(b'{"ready"'):
                self.ready.set()
            elif line.startswith(b'{"done"') and line.endswith(b"\n"):
                self.done += 1
                if self.done >= self.wanted:
                    self.enough.set()
        # The writer ended: whoever waits must not wait for more.
        self.ready.set()
        self.enough.set()

    def records(self) -> list[dict[str, Any]]:
        # A line cut short by the kill has no newline: it was never fully reported.
        return [json.loads(line) for line in self.lines if line.endswith(b"\n")]


def _run_and_kill(path: Path, seed: int, rng: random.Random, log: Path) -> Run:
    during_startup = rng.randrange(100) < KILLS_DURING_STARTUP
    wanted = 0 if during_startup else rng.randint(*EDITS_BEFORE_KILL)
    with log.open("wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, str(WRITER), str(path), str(seed)],
            stdout=subprocess.PIPE,
            stderr=stderr,
        )
        run = Run(process, wanted)
        reader = threading.Thread(target=run.drain, daemon=True)
        reader.start()
        if during_startup:
            time.sleep(rng.uniform(0.0, 0.4))
        else:
            # Generous: about 1,500 edits a second on an idle machine.
            if not run.enough.wait(timeout=300):
                process.kill()
                pytest.fail(
                    f"the writer reported {run.done} of {wanted} edits in 300 s: "
                    f"{log.read_text()[-2000:]}"
                )
            time.sleep(rng.uniform(0.0, KILL_JITTER))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        reader.join(timeout=60)
    assert process.returncode == -signal.SIGKILL, (
        f"the writer ended by itself ({process.returncode}): {log.read_text()[-3000:]}"
    )
    return run


@pytest.mark.slow
def test_killed_writer_never_loses_a_reported_edit(tmp_path: Path) -> None:
    path = tmp_path / "plan.rbd"
    with Store.create(path, REGION) as store:
        store.insert_structure(large_structure(60, seed=3))
        model = read_state(store)
    rng = random.Random(SEED)
    done: Counter[str] = Counter()
    wanted = 0
    landed_unreported = 0
    started = time.monotonic()

    for kill in range(KILLS):
        run = _run_and_kill(path, SEED * 1000 + kill, rng, tmp_path / "writer.log")
        wanted += run.wanted
        records = run.records()
        done.update(r["done"] for r in records if "done" in r)
        model, pending = replay(model, records)

        with Store.open(path) as store:
            assert store.integrity_ok(), f"kill {kill}: integrity check failed"
            assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
            found = read_state(store)
        if found != model:
            assert pending is not None, (
                f"kill {kill}: the file lacks reported edits:\n{_diff(found, model)}"
            )
            with_pending = apply(model, *pending, None, found=found)
            whole = found == with_pending  # (kept out of the assert: States are large)
            assert whole, (
                f"kill {kill}: the file is neither before nor after the edit in flight "
                f"({pending[0]}):\n{_diff(found, with_pending)}"
            )
            landed_unreported += 1
        model = found

    elapsed = time.monotonic() - started
    print(
        f"\ncrash test: {KILLS} kills in {elapsed:.1f} s, {sum(done.values())} reported "
        f"edits, {landed_unreported} unreported edits found committed; {dict(done)}"
    )
    # The kills must have landed among real work, and every kind of edit must have run.
    assert wanted >= 10 * KILLS
    assert sum(done.values()) >= wanted
    assert set(done) >= {
        "add_unit", "update_unit", "move_unit", "set_assignments", "add_position",
        "delete_position", "delete_unit", "reorder_units", "copy_scenario",
        "insert_structure", "delete_scenario",
    }  # fmt: skip


def test_replay_catches_a_lost_edit() -> None:
    """The check above can fail: a model with a reported edit that the file lacks is
    not accepted, nor is a half-applied edit in flight."""
    unit = Unit(1, None, "dinas", "Dinas")
    base = State(units={1: unit})
    renamed = {"unit": {**_asdict(unit), "name": "Baru"}}
    records = [
        {"begin": "update_unit", "args": renamed},
        {"done": "update_unit", "args": renamed, "result": None},
        {"begin": "delete_unit", "args": {"id": 1}},
    ]
    model, pending = replay(base, records)
    assert model.units[1].name == "Baru"
    assert pending == ("delete_unit", {"id": 1})
    assert base != model  # the file without the reported rename would be caught
    assert apply(model, *pending, None, found=State()) == State()


def _asdict(unit: Unit) -> dict[str, Any]:
    return {f: getattr(unit, f) for f in unit.__dataclass_fields__}
