"""The children of the crash soak (``tests/store/soak.py``): a zygote that imports
rbdesk and Qt once, then forks one child per run, and what each child does until it is
killed. A fork costs milliseconds where a new interpreter costs a second, so a soak of
a thousand kills spends its time in rbdesk's code, not in starting Python.

    python -m tests.store.soak_child

Requests come on stdin and answers go to stdout, one JSON line each::

    {"run": MODE, "path": PLAN, "seed": N, "records": FILE, "log": FILE,
     "extra": "module:function" or null, "slow": SECONDS}     ->  {"pid": PID}
    {"poll": PID}   ->  {"status": null while it runs, else its exit status}
    {"wait": PID}   ->  {"status": ...}   (negative: the signal that ended it)

A child writes its records to ``records``, one JSON line per ``write()`` (a line cut
short by the kill has no newline: it was never reported), and its stderr to ``log``.

Modes:

* ``store``: ``crash_writer.py``, edits through the ``Store`` (its own records).
* ``document``: :class:`DocumentWriter`, edits of the sample region's proposal through
  the ``Document`` and its undo stack: plain edits, multi-part steps
  (``GroupCommand``), undo, redo and restructuring operations (merge, split, abolish
  with re-homing, conversion to a functional group).
* ``migrate``: opens an old plan, which runs its pending migrations.
* ``build``: builds a new plan (``Store.build``: every migration from none, on a file
  that appears only when whole).

``extra`` names a function that registers more migrations (a test's throw-away
version, :func:`tests.store.soak.with_migrations`); ``slow`` makes SQLite sleep that
long every few hundred steps of its virtual machine while a migration does its own
work (not while it commits), so that a migration of a small file lasts long enough
for a kill to land inside it.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication  # noqa: E402

from rbdesk.domain.errors import RbdeskError  # noqa: E402
from rbdesk.domain.model import (  # noqa: E402
    Position,
    PositionCategory,
    ScenarioRole,
    Structure,
    UrusanAssignment,
    UrusanRole,
)
from rbdesk.domain.operations import (  # noqa: E402
    Motive,
    NewUnit,
    plan_abolish,
    plan_convert,
    plan_merge,
    plan_split,
)
from rbdesk.rules import default_catalogue  # noqa: E402
from rbdesk.rules.pack import load_pack  # noqa: E402
from rbdesk.store import Store, opening  # noqa: E402
from rbdesk.store import store as store_module  # noqa: E402
from rbdesk.ui.commands import (  # noqa: E402
    AddPositionCommand,
    AddUnitCommand,
    DeletePositionCommand,
    DeleteUnitCommand,
    DocumentCommand,
    EditUnitCommand,
    GroupCommand,
    MoveUnitCommand,
    RenameUnitCommand,
    SetAssignmentsCommand,
    push,
)
from rbdesk.ui.document import Document  # noqa: E402
from rbdesk.ui.opcommands import OperationCommand  # noqa: E402
from tests.store import crash_writer  # noqa: E402
from tests.store.soak import (  # noqa: E402
    BUILD_REGION,
    FIXED_NOW,
    build_structure,
    file_digest,
    same_structure,
    with_migrations,
)

#: Made once in the zygote; every child inherits them.
CATALOGUE = default_catalogue()
PACK = load_pack(catalogue=CATALOGUE)

Emit = Callable[[dict[str, Any]], None]


def _emitter(fd: int) -> Emit:
    def emit(record: dict[str, Any]) -> None:
        # when, on the clock every process shares (the soak times the phases with it)
        record = {**record, "t": time.monotonic()}
        os.write(fd, (json.dumps(record, ensure_ascii=False) + "\n").encode())

    return emit


# -- the document writer --------------------------------------------------------------------

MOTIVE = Motive("Uji ketahanan", "PP 18/2016", date="2027-01-01")
TEXTS = ["", "catatan", "<b>&amp;</b>", "“kutip”", "🏛️", "baris\nkedua"]
MIN_UNITS, MAX_UNITS = 300, 700


class WriterFailed(Exception):
    """The document refused an undo or redo, or its view left the file."""


@contextmanager
def _commits_reported(emit: Emit, *, digest: bool = True) -> Iterator[list[str | None]]:
    """Every outermost write transaction says so just before its COMMIT
    (``{"commit": DIGEST}``, the state the file holds if the kill comes after the
    commit; ``None`` without ``digest``): the soak aims some kills at commits. Yields
    the digests, for the writer to count them per step."""
    original = Store._write
    seen: list[str | None] = []

    @contextmanager
    def reporting(self: Store) -> Iterator[Any]:
        outermost = not self.db.conn.in_transaction
        with original(self) as db:
            yield db
            if outermost:
                state = file_digest(self.db.conn) if digest else None
                seen.append(state)
                emit({"commit": state})

    Store._write = reporting  # type: ignore[method-assign]
    try:
        yield seen
    finally:
        Store._write = original  # type: ignore[method-assign]


class DocumentWriter:
    """Random edits of the proposal through the document and its undo stack."""

    def __init__(self, path: str, seed: int, emit: Emit) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.emit = emit
        self.count = 0
        self.store = Store.open(path)
        proposal = next(s for s in self.store.scenarios() if s.role is ScenarioRole.PROPOSAL)
        self.doc = Document(self.store, scenario_id=proposal.id, catalogue=CATALOGUE,
                            pack=PACK, auto_analyse=False)  # fmt: skip
        self.failed: list[str] = []
        self.doc.edit_failed.connect(self.failed.append)
        self.codes = sorted({a.code for a in self.doc.structure.assignments})

    # -- helpers
    def token(self) -> str:
        self.count += 1
        return f"s{self.seed}-{self.count}"

    @property
    def s(self) -> Structure:
        return self.doc.structure

    def units(self, *, root: bool = False) -> list[int]:
        return sorted(u for u, x in self.s.units.items() if root or x.parent_id is not None)

    def pick(self, *, root: bool = False) -> int:
        return self.rng.choice(self.units(root=root))

    def siblings_of_a_kind(self) -> list[int]:
        """Two or more children of one parent with one kind, at random."""
        groups: dict[tuple[int | None, str], list[int]] = {}
        for uid in self.units():
            unit = self.s.units[uid]
            groups.setdefault((unit.parent_id, unit.kind), []).append(uid)
        many = [ids for _, ids in sorted(groups.items(), key=str) if len(ids) >= 2]
        if not many:
            return []
        ids = self.rng.choice(many)
        return self.rng.sample(ids, min(len(ids), self.rng.choice([2, 2, 3])))

    def small_subtree(self) -> int | None:
        for _ in range(10):
            uid = self.pick()
            if len(self.doc.subtree_ids(uid)) <= 12:
                return uid
        return None

    # -- the steps: each returns (kind, action) or None when it does not apply now;
    # the action returns None when done, or why it was refused
    def step(self) -> tuple[str, Callable[[], str | None]] | None:
        rng = self.rng
        n = len(self.s.units)
        stack = self.doc.undo_stack
        kinds = {
            "add_unit": 6 if n < MAX_UNITS else 0, "rename_unit": 5, "edit_unit": 5,
            "move_unit": 4, "delete_unit": 3 if n > MIN_UNITS else 0,
            "set_assignments": 3, "add_position": 3, "delete_position": 2, "group": 4,
            "merge": 3 if n > MIN_UNITS else 1, "split": 3 if n < MAX_UNITS else 0,
            "abolish_rehome": 3 if n > MIN_UNITS else 1, "to_functional": 3,
            "undo": 12 if stack.canUndo() else 0, "redo": 8 if stack.canRedo() else 0,
        }  # fmt: skip
        kind = rng.choices(list(kinds), list(kinds.values()))[0]
        if kind == "undo":
            return kind, lambda: self.undo_redo(stack.undo)
        if kind == "redo":
            return kind, lambda: self.undo_redo(stack.redo)
        if kind in ("merge", "split", "abolish_rehome", "to_functional"):
            return kind, lambda: self.operation(kind)
        command = self.command(kind)
        if command is None:
            return None
        return kind, lambda: self.push(command)

    def command(self, kind: str) -> DocumentCommand | None:
        rng, doc = self.rng, self.doc
        if kind == "add_unit":
            parent = self.pick(root=True)
            allowed = doc.allowed_child_kinds(parent)
            if not allowed:
                return None
            return AddUnitCommand(doc, parent, rng.choice(allowed), f"Unit {self.token()}",
                                  notes=rng.choice(TEXTS))  # fmt: skip
        if kind == "rename_unit":
            return RenameUnitCommand(doc, self.pick(), f"Nama {self.token()} {rng.choice(TEXTS)}")
        if kind == "edit_unit":
            unit = self.s.units[self.pick()]
            return EditUnitCommand(
                doc,
                replace(
                    unit,
                    notes=rng.choice(TEXTS) * rng.randint(0, 20),
                    tugas=f"tugas {self.token()}",
                    headcount_existing=rng.randint(0, 40),
                    headcount_needed=rng.randint(0, 40),
                ),
            )
        if kind == "move_unit":
            for _ in range(10):
                uid, parent = self.pick(), self.pick(root=True)
                if doc.can_move(uid, parent)[0]:
                    return MoveUnitCommand(doc, uid, parent, rng.choice([None, 0, 1, 3]))
            return None
        if kind == "delete_unit":
            top = self.small_subtree()
            return None if top is None else DeleteUnitCommand(doc, top)
        if kind == "set_assignments":
            uid = self.pick()
            codes = rng.sample(self.codes, min(len(self.codes), rng.randint(0, 3)))
            roles = [UrusanRole.MAIN, UrusanRole.SUPPORTING]
            return SetAssignmentsCommand(
                doc, uid, [UrusanAssignment(uid, c, rng.choice(roles)) for c in codes]
            )
        if kind == "add_position":
            category = rng.choice([PositionCategory.FUNCTIONAL, PositionCategory.PELAKSANA])
            return AddPositionCommand(doc, Position(0, self.pick(), f"Jabatan {self.token()}",
                                                    category, None, rng.randint(0, 9),
                                                    rng.randint(0, 9)))  # fmt: skip
        if kind == "delete_position":
            if not self.s.positions:
                return None
            return DeletePositionCommand(doc, rng.choice(self.s.positions).id)
        if kind == "group":
            # one gesture, several commands, one transaction: renames and edits
            parts: list[DocumentCommand] = []
            for uid in rng.sample(self.units(), rng.randint(2, 4)):
                if rng.random() < 0.5:
                    parts.append(RenameUnitCommand(doc, uid, f"Grup {self.token()}"))
                else:
                    unit = self.s.units[uid]
                    parts.append(EditUnitCommand(doc, replace(unit, notes=f"grup {self.token()}")))
            return GroupCommand(doc, "soak", parts)
        raise AssertionError(kind)

    def push(self, command: DocumentCommand) -> str | None:
        refused = push(self.doc, command)
        return None if refused is None else str(getattr(refused, "code", refused))

    def undo_redo(self, call: Callable[[], None]) -> str | None:
        call()
        if self.failed:
            raise WriterFailed(f"an undo or redo failed: {self.failed[-1]}")
        return None

    def operation(self, kind: str) -> str | None:
        rng, s = self.rng, self.s
        level = self.doc.level
        try:
            if kind == "merge":
                ids = self.siblings_of_a_kind()
                if len(ids) < 2:
                    return "none"
                into = NewUnit(f"Gabungan {self.token()}") if rng.random() < 0.4 else None
                plan = plan_merge(s, ids, MOTIVE, into=into, merge_children=rng.random() < 0.5,
                                  level=level, rules=CATALOGUE)  # fmt: skip
                taken = ids
            elif kind == "split":
                uid = self.pick()
                into_units = [NewUnit(f"Pecahan {self.token()}") for _ in range(rng.randint(2, 3))]
                plan = plan_split(s, uid, into_units, MOTIVE, level=level, rules=CATALOGUE)
                taken = [uid]
            elif kind == "abolish_rehome":
                ids = self.siblings_of_a_kind()
                if len(ids) < 2:
                    return "none"
                gone, home = ids[0], ids[1]
                plan = plan_abolish(s, [gone], MOTIVE, rehome_under=home, level=level,
                                    rules=CATALOGUE)  # fmt: skip
                taken = [gone]
            else:
                parents = sorted({p for u in self.units() if (p := s.units[u].parent_id)})
                parent = rng.choice(parents)
                kids = [u for u in self.units() if s.units[u].parent_id == parent]
                ids = rng.sample(kids, min(len(kids), rng.randint(1, 3)))
                plan = plan_convert(s, ids, MOTIVE, level=level, rules=CATALOGUE)
                taken = ids
        except RbdeskError as exc:
            return exc.code
        return self.push(OperationCommand(self.doc, plan, taken))

    def run(self) -> None:
        emit = self.emit
        with _commits_reported(emit) as commits:
            state = file_digest(self.store.db.conn)
            emit({"ready": state})
            while True:
                step = self.step()
                if step is None:
                    continue
                kind, action = step
                emit({"begin": kind})
                before = len(commits)
                why = action()
                made = commits[before:]
                if why is not None:
                    if made:
                        raise WriterFailed(f"{kind} was refused ({why}) but wrote {len(made)}")
                    emit({"refused": kind, "why": why})
                    continue
                # what the window shows is what the file holds (every other step: time)
                if self.rng.random() < 0.5 and not same_structure(
                    self.doc.structure, self.store.load(self.doc.scenario.id)
                ):
                    raise WriterFailed(f"after {kind} the window shows what the file lacks")
                if made:
                    state = made[-1] or state
                emit({"done": kind, "file": state, "commits": len(made)})


# -- migrations and new plans ---------------------------------------------------------------


@contextmanager
def _phases_reported(emit: Emit, slow: float) -> Iterator[None]:
    """Report each phase of opening or building a plan as it begins
    (``{"phase": NAME}``): the session id, the backup, each migration (inside its
    transaction), the rename of a new plan into place. ``slow``: see the module."""
    migrations = opening.migrations
    originals = list(migrations._migrations)
    slowing = [False]

    def marked(migration: Any) -> Any:
        def fn(db: Any) -> None:
            # expected_schema() runs the migrations on a database in memory too
            on_file = bool(db.execute("PRAGMA database_list").fetchone()[2])
            if on_file:
                emit({"phase": f"migrate {migration.name}"})
            slowing[0] = on_file
            try:
                migration.fn(db)
            finally:
                slowing[0] = False
            if on_file:  # what is left: its record, then the COMMIT
                emit({"phase": f"commit {migration.name}"})

        return replace(migration, fn=fn)

    def before(name: str, call: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            emit({"phase": name})
            return call(*args, **kwargs)

        return wrapped

    connect = sqlite3.connect

    def sleep() -> int:
        if slowing[0]:  # inside the migrations' own work only
            time.sleep(slow)
        return 0

    def slow_connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = connect(*args, **kwargs)
        if slow:
            conn.set_progress_handler(sleep, 200)
        return conn

    saved = (opening.begin_session, opening.backup_before_migration, store_module.replace_plan)
    migrations._migrations = [marked(m) for m in originals]
    opening.begin_session = before("session", saved[0])
    opening.backup_before_migration = before("backup", saved[1])
    store_module.replace_plan = before("replace", saved[2])
    sqlite3.connect = slow_connect  # type: ignore[assignment]
    try:
        yield
    finally:
        migrations._migrations = originals
        opening.begin_session, opening.backup_before_migration = saved[:2]
        store_module.replace_plan = saved[2]
        sqlite3.connect = connect


def migrate(path: str, emit: Emit, slow: float) -> None:
    with _phases_reported(emit, slow):
        emit({"phase": "start"})
        store = Store.open(path)
        # acknowledged: the window would now show the plan at the new schema
        emit({"done": store.schema_version()})
        emit({"phase": "close"})
        store.close()


def build(path: str, emit: Emit, slow: float) -> None:
    with _phases_reported(emit, slow):
        emit({"phase": "start"})
        store = Store.build(path, BUILD_REGION, [build_structure()])
        emit({"done": store.schema_version()})
        emit({"phase": "close"})
        store.close()


# -- the zygote -----------------------------------------------------------------------------


def _child(request: dict[str, Any]) -> int:
    records = os.open(request["records"], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    log = os.open(request["log"], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(records, 1)  # crash_writer prints its records
    os.dup2(log, 2)
    emit = _emitter(records)
    # Every timestamp rbdesk writes is this one: a plan migrated or built twice holds
    # the same rows.
    store_module._now = lambda: FIXED_NOW
    mode, path = request["run"], request["path"]
    with with_migrations(request.get("extra")):
        if mode == "store":
            with _commits_reported(emit, digest=False):
                crash_writer.main([path, str(request["seed"])])
        elif mode == "document":
            QCoreApplication.instance() or QCoreApplication([])
            DocumentWriter(path, request["seed"], emit).run()
        elif mode == "migrate":
            migrate(path, emit, request.get("slow", 0.0))
        elif mode == "build":
            build(path, emit, request.get("slow", 0.0))
        else:
            raise ValueError(mode)
    emit({"exit": 0})
    return 0


def _answer(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record) + "\n")
    sys.stdout.flush()


def _status(pid: int, flags: int) -> int | None:
    try:
        done, status = os.waitpid(pid, flags)
    except ChildProcessError:
        return None
    return None if done == 0 else os.waitstatus_to_exitcode(status)


def serve() -> None:
    for line in sys.stdin:
        request = json.loads(line)
        if "run" in request:
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                code = 3
                try:
                    code = _child(request)
                except BaseException:
                    traceback.print_exc()
                    sys.stderr.flush()
                finally:
                    os._exit(code)
            _answer({"pid": pid})
        elif "poll" in request:
            _answer({"status": _status(request["poll"], os.WNOHANG)})
        elif "wait" in request:
            _answer({"status": _status(request["wait"], 0)})


if __name__ == "__main__":
    serve()
