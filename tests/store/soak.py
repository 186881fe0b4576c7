"""The crash-safety soak (issue 17): rbdesk killed with SIGKILL at random moments,
over and over, while it edits a plan through the store, through the document and its
undo stack (multi-part steps and restructuring operations included), and while it
migrates a plan of every historical schema or builds a new one. After every kill the
plan, as it was left (its journal and lock copied along), is opened the way rbdesk
opens it, in a folder of its own, and checked:

* it opens (for editing), passes ``PRAGMA integrity_check`` and ``PRAGMA
  foreign_key_check``, and the journal of the crash, if any, was the plan's (rolled
  back, or dropped when nothing could come of it), never set aside as an orphan;
* it holds every acknowledged edit (reported as done after its commit returned), and
  the edit in flight either whole or not at all;
* a migrated plan holds the current schema, every migration recorded, and the same
  rows and schema as a migration of the same file that nobody killed.

The killed plan itself, not the checked copy, is the next writer's plan: a kill may
also land in the recovery of the one before (a migration's plan is killed again, or
started afresh, at random). The kills come from one seed. The children are forked
from a zygote (``soak_child.py``) that has imported rbdesk once; the three modes run
side by side, each with a zygote and a folder of its own.

**When.** A writer is killed in its start-up, at a random moment among its edits, or
at a random moment of a commit it has just announced. A migration or a new plan is
first run once without a kill, which times its phases as the child reports them
(inspection, session id, backup, each migration's own work, each migration's commit,
the rename of a new plan, closing); the kills are then aimed at each phase in turn,
at a random moment within it.

**Every migration, today's and tomorrow's.** The migrations are read from
``rbdesk.store.schema`` when the soak runs, and the plans from ``tests/data``
(``plan_schema_*.rbd``, one per historical version, which ``test_migrations`` requires):
each plan's pending migrations are whatever the schema has beyond what the plan
recorded, so a new migration is soaked without a change here. A new plan
(``Store.build``) runs every migration from none. ``extra`` (``module:function``)
registers throw-away migrations in the children and here (:func:`with_migrations`);
``test_soak`` soaks :func:`throwaway_migrations` to prove it.

``bench/soak_crash.py`` runs the long soak and prints its figures.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from rbdesk.domain.model import Structure
from rbdesk.store import Store, opening, schema
from rbdesk.store.sidefiles import partial_names
from tests.store.crash_model import State, apply, diff, read_state, replay
from tests.store.plans import REGION, current_structure, large_structure

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data"
#: Every timestamp the children write (``rbdesk.store.store._now``).
FIXED_NOW = "2027-01-01T00:00:00+00:00"
BUILD_REGION = REGION
MODES = ("store", "document", "migration")
#: Of 100 kills of a writer, how many land in its start-up (opening the plan, which
#: may be rolling back the last crash), and how many are aimed at a commit (they come
#: at a random moment of about the time a commit takes, once a transaction has said it
#: is about to commit); the rest come at a random moment among the edits.
KILLS_DURING_STARTUP = 15
KILLS_AT_A_COMMIT = 25
#: A kill among the edits comes once this many steps are reported (at random), then
#: up to two steps' time later.
STEPS_BEFORE_KILL = {"store": (3, 40), "document": (2, 16)}
#: A run that reports nothing for this long, or a check that takes longer, hangs.
HANG_SECONDS = 60.0
#: How long SQLite sleeps every 200 steps of its virtual machine in a migrating
#: child: a migration of a small plan then lasts long enough to be killed inside.
SLOW = 0.0005

T = TypeVar("T")


def build_structure() -> Structure:
    """What a new plan of the soak holds (every kind of row)."""
    return current_structure()


def historical_plans() -> list[Path]:
    """The plans of every historical schema, oldest first."""
    return sorted(DATA.glob("plan_schema_*.rbd"))


# -- digests ----------------------------------------------------------------------------------

#: Columns whose values differ between two runs of the same work.
_VOLATILE = {"_sqlite_migrations": {"applied_at"}}


def file_digest(conn: sqlite3.Connection) -> str:
    """A hash of every row of every table of the plan (``_sqlite_migrations`` without
    the time each migration ran), whatever its schema version."""
    digest = hashlib.sha256()
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]  # fmt: skip
    for table in tables:
        skip = _VOLATILE.get(table, set())
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[1] not in skip]
        digest.update(f"\x1e{table}\x1f{columns}\n".encode())
        listed = ", ".join(f'"{c}"' for c in columns)
        cursor = conn.execute(f'SELECT {listed} FROM "{table}" ORDER BY rowid')
        while rows := cursor.fetchmany(5000):
            digest.update(repr(rows).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]


def schema_rows(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    rows = conn.execute("SELECT type, name, coalesce(sql, '') FROM sqlite_master")
    return sorted((t, n, " ".join(s.split())) for t, n, s in rows)


def same_structure(a: Structure, b: Structure) -> bool:
    """Do two scenarios hold the same rows (in whatever order)?"""
    for f in fields(a):
        x, y = getattr(a, f.name), getattr(b, f.name)
        if isinstance(x, dict):
            x, y = x.values(), y.values()
        if isinstance(x, list | tuple | type({}.values())):
            # rows are unique (ids, keys): as sets, in whatever order
            if len(x) != len(y) or set(x) != set(y):
                return False
        elif x != y:
            return False
    return True


def applied_in(path: Path) -> list[str]:
    """The migrations ``path`` records, read as the file is (no journal applied)."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    finally:
        conn.close()


# -- migrations -------------------------------------------------------------------------------


@contextmanager
def with_migrations(extra: str | None) -> Iterator[list[str]]:
    """rbdesk's migrations, and those ``extra`` (``module:function``, given a copy of
    the ``Migrations``) registers after them, patched into the two modules that read
    them (as ``test_migrations`` does); yields every migration's name, oldest first."""
    if not extra:
        yield schema.known_versions()
        return
    module, name = extra.split(":")
    patched = Migrations(schema.MIGRATION_SET)
    patched._migrations = list(schema.migrations._migrations)
    getattr(importlib.import_module(module), name)(patched)
    saved = schema.migrations, opening.migrations
    schema.migrations = opening.migrations = patched
    try:
        yield schema.known_versions()
    finally:
        schema.migrations, opening.migrations = saved


THROWAWAY = "tests.store.soak:throwaway_migrations"


def throwaway_migrations(migrations: Migrations) -> None:
    """A schema version that will never ship, in two steps that copy data: a new table
    filled from every unit, and the IKU table rebuilt (``transform``) with a new column
    filled from two others."""

    @migrations(name="9001_soak_unit_note")
    def add_unit_note(db: Database) -> None:
        db.execute(
            "CREATE TABLE soak_unit_note (unit_id INTEGER PRIMARY KEY REFERENCES unit(id) "
            "ON DELETE CASCADE, note TEXT NOT NULL DEFAULT '')"
        )
        db.execute(
            "INSERT INTO soak_unit_note (unit_id, note) "
            "SELECT id, name || ' | ' || kind || ' | ' || notes FROM unit ORDER BY id"
        )

    @migrations(name="9002_soak_iku_label")
    def rebuild_iku(db: Database) -> None:
        db.execute("ALTER TABLE iku ADD COLUMN label TEXT NOT NULL DEFAULT ''")
        db.execute("UPDATE iku SET label = indicator || ' → ' || target")
        db.table("iku").transform(column_order=["id", "label"])


# -- the children -----------------------------------------------------------------------------


class Zygote:
    """The process the children are forked from (``soak_child.py``)."""

    def __init__(self, folder: Path) -> None:
        env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
        self.log = folder / "zygote.log"
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.store.soak_child"], cwd=REPO, env=env,
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, text=True,
            )  # fmt: skip
        self._lock = threading.Lock()

    def ask(self, request: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            assert self.process.stdin is not None and self.process.stdout is not None
            self.process.stdin.write(json.dumps(request) + "\n")
            self.process.stdin.flush()
            line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the zygote ended: {self.log.read_text()[-3000:]}")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()

    def __enter__(self) -> Zygote:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Child:
    """One forked run and the records it has written so far."""

    def __init__(self, zygote: Zygote, folder: Path, request: dict[str, Any]) -> None:
        self.zygote = zygote
        self.records_path = folder / "records.jsonl"
        self.log = folder / "child.log"
        self.records_path.write_bytes(b"")
        self.log.write_bytes(b"")
        self._reader = self.records_path.open("rb")
        self._rest = b""
        self.records: list[dict[str, Any]] = []
        self.steps = 0
        self.commits = 0
        #: from a commit's report to the end of its step (the commit takes most of it)
        self.commit_times: list[float] = []
        self._commit_at: float | None = None
        self.phase = ""
        self.ready_after: float | None = None
        self.status: int | None = None
        self.killed = False
        self.started = time.monotonic()
        self.last_news = self.started
        answer = zygote.ask({**request, "records": str(self.records_path), "log": str(self.log)})
        self.pid: int = answer["pid"]

    def read(self) -> None:
        data = self._rest + self._reader.read()
        *lines, self._rest = data.split(b"\n")
        for line in lines:
            record = json.loads(line)
            self.records.append(record)
            self.last_news = time.monotonic()
            if "ready" in record:
                self.ready_after = self.last_news - self.started
            elif "done" in record or "refused" in record:
                self.steps += 1
                if self._commit_at is not None:
                    self.commit_times.append(self.last_news - self._commit_at)
                self._commit_at = None
            elif "commit" in record:
                self.commits += 1
                self._commit_at = self.last_news
            elif "phase" in record:
                self.phase = record["phase"]

    def wait_for(self, wanted: Callable[[], bool], *, hang: float = HANG_SECONDS) -> str:
        """Read records until ``wanted()``: ``"wanted"``, ``"ended"`` (the child ended
        by itself) or ``"hang"`` (nothing new for ``hang`` seconds)."""
        polled = 0.0
        while True:
            self.read()
            if wanted():
                return "wanted"
            now = time.monotonic()
            if now - polled > 0.02:
                polled = now
                self.status = self.zygote.ask({"poll": self.pid})["status"]
                if self.status is not None:
                    self.read()
                    return "ended"
            if now - self.last_news > hang:
                return "hang"
            time.sleep(0.0005)

    def kill(self) -> None:
        """SIGKILL, unless it ended already; then wait for it and read the rest."""
        if self.status is None:
            os.kill(self.pid, signal.SIGKILL)
            self.killed = True
            self.status = self.zygote.ask({"wait": self.pid})["status"]
        self.read()
        self._reader.close()

    def log_tail(self) -> str:
        return self.log.read_text(errors="replace")[-3000:]


# -- the tally --------------------------------------------------------------------------------

FAILURE_KINDS = ("loss", "integrity", "foreign_key", "orphan", "mismatch", "non_atomic", "hang",
                 "error")  # fmt: skip


@dataclass
class Tally:
    """What a soak did and found."""

    kills: Counter[str] = field(default_factory=Counter)
    #: where the kills landed: the step in flight or the phase of a migration
    landed: Counter[str] = field(default_factory=Counter)
    #: edits (or migrations, new plans) acknowledged and found in the plan afterwards
    acknowledged: Counter[str] = field(default_factory=Counter)
    #: acknowledged steps by mode and kind (``document: merge``)
    acknowledged_kinds: Counter[str] = field(default_factory=Counter)
    #: steps the domain refused (nothing written), by mode
    refused: Counter[str] = field(default_factory=Counter)
    #: edits in flight (not acknowledged) found committed, whole
    in_flight_committed: int = 0
    #: kills that left a journal the opening rolled back, by where they landed
    rolled_back: Counter[str] = field(default_factory=Counter)
    #: runs that ended before their kill came (a migration finished first)
    missed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    seconds_per_mode: dict[str, float] = field(default_factory=dict)

    def merge(self, other: Tally) -> None:
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if isinstance(mine, Counter | list):
                mine += theirs
            elif isinstance(mine, dict):
                for key, value in theirs.items():
                    mine[key] = mine.get(key, 0.0) + value
            elif f.name != "seconds":
                setattr(self, f.name, mine + theirs)

    def fail(self, kind: str, message: str) -> None:
        assert kind in FAILURE_KINDS, kind
        self.failures.append((kind, message))

    def count(self, kind: str) -> int:
        return sum(1 for k, _ in self.failures if k == kind)

    def summary(self) -> dict[str, Any]:
        return {
            "kills": sum(self.kills.values()),
            "kills_per_mode": dict(self.kills),
            "acknowledged_verified": sum(self.acknowledged.values()),
            "acknowledged_per_mode": dict(self.acknowledged),
            "acknowledged_per_kind": dict(sorted(self.acknowledged_kinds.items())),
            "in_flight_found_committed_whole": self.in_flight_committed,
            "journals_rolled_back": sum(self.rolled_back.values()),
            "orphaned_journals": self.count("orphan"),
            "refused_steps": dict(self.refused),
            "finished_before_the_kill": self.missed,
            "losses": self.count("loss"),
            "integrity_failures": self.count("integrity"),
            "foreign_key_failures": self.count("foreign_key"),
            "migration_mismatches": self.count("mismatch"),
            "non_atomic_steps": self.count("non_atomic"),
            "hangs": self.count("hang"),
            "errors": self.count("error"),
            "landed": {k: [n, self.rolled_back[k]] for k, n in sorted(self.landed.items())},
            "seconds": round(self.seconds, 1),
            "seconds_per_mode": {m: round(t, 1) for m, t in self.seconds_per_mode.items()},
        }


# -- the soak ---------------------------------------------------------------------------------


def _snapshot(plan: Path, folder: Path) -> Path:
    """A copy of ``plan``'s folder as a crash left it (the plan, its journal and lock,
    backups, partial files) in an emptied ``folder``; the copy of ``plan``."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for source in plan.parent.iterdir():
        if source.is_file() and source.name != "records.jsonl" and source.suffix != ".log":
            shutil.copyfile(source, folder / source.name)
    return folder / plan.name


def _whole(path: Path) -> bool:
    """Does ``path`` (read as it is) pass the integrity check?"""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def soak(folder: Path, kills: Mapping[str, int], *, seed: int = 1, extra: str | None = None,
         slow: float = SLOW, parallel: bool = True,
         progress: Callable[[str], None] | None = None) -> tuple[Tally, list[str]]:  # fmt: skip
    """Kill ``kills[mode]`` times in each mode of :data:`MODES`, in ``folder`` (the modes
    side by side when ``parallel``); the tally and the migrations soaked."""
    started = time.monotonic()
    tally = Tally()
    with with_migrations(extra) as known:
        lanes = [Soak(folder / mode, mode, seed * 10 + n, known, extra=extra, slow=slow,
                      progress=progress)
                 for n, mode in enumerate(MODES) if kills.get(mode)]  # fmt: skip
        threads = [threading.Thread(target=lane.run, args=(kills[lane.mode],)) for lane in lanes]
        for thread in threads:
            thread.start()
            if not parallel:
                thread.join()
        for thread in threads:
            thread.join()
    for lane in lanes:
        tally.merge(lane.tally)
    tally.seconds = time.monotonic() - started
    return tally, known


class Soak:
    """The kills of one mode, with a zygote and a folder of its own."""

    def __init__(self, folder: Path, mode: str, seed: int, known: list[str], *,
                 extra: str | None = None, slow: float = SLOW,
                 progress: Callable[[str], None] | None = None) -> None:  # fmt: skip
        self.folder = folder
        self.mode = mode
        self.rng = random.Random(seed)
        self.seed = seed
        self.known = known
        self.extra = extra
        self.slow = slow
        self.progress = progress or (lambda line: None)
        self.tally = Tally()
        self.zygote: Zygote | None = None
        self.runs = 0
        self.landing = ""
        self.startup = {"store": 0.3, "document": 0.3}
        self.step_time = {"store": 0.01, "document": 0.03}
        self.commit_time = {"store": 0.02, "document": 0.02}

    def run(self, kills: int) -> None:
        started = time.monotonic()
        self.folder.mkdir(parents=True)
        try:
            with Zygote(self.folder) as zygote:
                self.zygote = zygote
                getattr(self, f"_soak_{self.mode}")(kills)
        except Exception:  # noqa: BLE001 - the soak reports, the test fails on it
            import traceback

            self.tally.fail("error", f"{self.mode}: {traceback.format_exc()}")
        self.tally.seconds_per_mode[self.mode] = time.monotonic() - started

    def _child(self, mode: str, plan: Path, lane: Path) -> Child:
        assert self.zygote is not None
        self.runs += 1
        request = {"run": mode, "path": str(plan), "seed": self.seed * 100_000 + self.runs,
                   "extra": self.extra, "slow": self.slow}  # fmt: skip
        return Child(self.zygote, lane, request)

    def _check(self, plan: Path, mode: str, read: Callable[[Store], T]) -> T | None:
        """Open a copy of ``plan`` as the crash left it, as rbdesk would, and check it;
        ``read`` it. ``None`` (and a failure) when it cannot be opened."""
        copy = _snapshot(plan, self.folder / "check")
        started = time.monotonic()
        failures = len(self.tally.failures)
        try:
            store = Store.open(copy)
        except Exception as exc:  # noqa: BLE001 - any refusal is the finding
            self.tally.fail("error", f"{mode}: the plan does not open after a kill: {exc!r}")
            self._keep(plan)
            return None
        try:
            keys = [n.key for n in store.notices]
            if "notice.plan.recovered" in keys:
                self.tally.rolled_back[self.landing] += 1
            if any(k.startswith("notice.plan.orphan") for k in keys):
                # the plan's own journal, which only it (or nothing) can be rolled into
                self.tally.fail("orphan", f"{mode}: the journal of the crash was set aside "
                                          f"as not the plan's ({self.landing})")  # fmt: skip
            if store.read_only:
                self.tally.fail("error", f"{mode}: the plan opened read-only after a kill")
            check = [r[0] for r in store.db.execute("PRAGMA integrity_check").fetchall()]
            if check != ["ok"]:
                self.tally.fail("integrity", f"{mode}: {check[:3]}")
            keys_bad = store.db.execute("PRAGMA foreign_key_check").fetchall()
            if keys_bad:
                self.tally.fail("foreign_key", f"{mode}: {keys_bad[:3]}")
            return read(store)
        finally:
            store.close()
            if time.monotonic() - started > HANG_SECONDS:
                self.tally.fail("hang", f"{mode}: the check took {time.monotonic() - started} s")
            if len(self.tally.failures) > failures:
                self._keep(plan)

    def _keep(self, plan: Path) -> None:
        """Keep the plan's folder as the kill left it, for the failure's report."""
        kept = self.folder / "failures" / str(len(self.tally.failures))
        _snapshot(plan, kept)
        self.tally.failures[-1] = (self.tally.failures[-1][0],
                                   f"{self.tally.failures[-1][1]} [kept: {kept}]")  # fmt: skip

    def _say(self, mode: str, done: int, total: int) -> None:
        if done % 25 == 0 or done == total:
            self.progress(f"{mode}: {done}/{total} kills, {len(self.tally.failures)} failures")

    # -- writers ------------------------------------------------------------------------------
    def _kill_writer(self, mode: str, plan: Path, lane: Path) -> Child | None:
        """Start a writer and kill it in its start-up or after some steps; ``None``
        (and a failure) when it ended by itself or hung."""
        rng = self.rng
        child = self._child(mode, plan, lane)
        how = rng.randrange(100)
        if how < KILLS_DURING_STARTUP:
            delay = rng.uniform(0.0, self.startup[mode])
            outcome = child.wait_for(lambda: time.monotonic() - child.started >= delay)
        else:
            wanted = rng.randint(*STEPS_BEFORE_KILL[mode])
            outcome = child.wait_for(lambda: child.steps >= wanted)
            if outcome == "wanted" and how < KILLS_DURING_STARTUP + KILLS_AT_A_COMMIT:
                commits = child.commits
                outcome = child.wait_for(lambda: child.commits > commits)
                window = self.commit_time[mode]
            else:
                window = 2 * self.step_time[mode]
            if outcome == "wanted":
                jitter = time.monotonic() + rng.uniform(0.0, window)
                outcome = child.wait_for(lambda: time.monotonic() >= jitter)
                run_time = time.monotonic() - child.started - (child.ready_after or 0.0)
                self.step_time[mode] = run_time / max(child.steps, 1)
        if child.ready_after is not None:
            self.startup[mode] = 0.8 * self.startup[mode] + 0.2 * child.ready_after
        child.kill()
        if child.commit_times:
            self.commit_time[mode] = sum(child.commit_times) / len(child.commit_times)
        if outcome == "hang":
            self.tally.fail("hang", f"{mode}: no record for {HANG_SECONDS} s: {child.log_tail()}")
            return None
        if not child.killed or child.status != -signal.SIGKILL:
            self.tally.fail("error", f"{mode}: the writer ended by itself ({child.status}): "
                                     f"{child.log_tail()}")  # fmt: skip
            return None
        self.tally.kills[mode] += 1
        in_flight = [r["begin"] for r in child.records if "begin" in r]
        ended = sum(1 for r in child.records if "done" in r or "refused" in r)
        self.landing = f"{mode}: " + (in_flight[-1] if len(in_flight) > ended else
                                      "start-up" if child.ready_after is None
                                      else "between steps")  # fmt: skip
        self.tally.landed[self.landing] += 1
        return child

    def _soak_store(self, kills: int) -> None:
        lane = self.folder / "lane"
        lane.mkdir()
        plan = lane / "plan.rbd"
        with Store.create(plan, REGION) as store:
            store.insert_structure(large_structure(60, seed=3))
            model = read_state(store)
        for done in range(1, kills + 1):
            child = self._kill_writer("store", plan, lane)
            if child is None:
                return
            self.tally.refused["store"] += sum(1 for r in child.records if "refused" in r)
            model = self._check_store(plan, child.records, model)
            self._say("store", done, kills)

    def _check_store(self, plan: Path, records: list[dict[str, Any]], model: State) -> State:
        try:
            expected, pending = replay(model, records)
        except AssertionError as exc:
            self.tally.fail("error", f"store: the records do not replay: {exc}")
            return model
        found = self._check(plan, "store", read_state)
        if found is None:
            return model
        if found != expected:
            if pending is None:
                self.tally.fail("loss", f"store: the plan lacks reported edits:\n"
                                        f"{diff(found, expected)}")  # fmt: skip
            else:
                whole: State | None = None
                try:
                    whole = apply(expected, *pending, None, found=found)
                except (ValueError, KeyError, AssertionError) as exc:
                    detail = repr(exc)
                else:
                    detail = diff(found, whole)
                if whole != found:
                    self.tally.fail("loss", f"store: neither before nor after the edit in "
                                            f"flight ({pending[0]}):\n{detail}")  # fmt: skip
                else:
                    self.tally.in_flight_committed += 1
        done = [r["done"] for r in records if "done" in r]
        self.tally.acknowledged["store"] += len(done)
        self.tally.acknowledged_kinds.update(f"store: {kind}" for kind in done)
        return found

    def _soak_document(self, kills: int) -> None:
        from rbdesk.interchange.sample import write_sample

        lane = self.folder / "lane"
        lane.mkdir()
        plan = lane / "plan.rbd"
        store = write_sample(plan)
        state = file_digest(store.db.conn)
        store.close()
        for done in range(1, kills + 1):
            child = self._kill_writer("document", plan, lane)
            if child is None:
                return
            self.tally.refused["document"] += sum(1 for r in child.records if "refused" in r)
            state = self._check_document(plan, child.records, state)
            self._say("document", done, kills)

    def _check_document(self, plan: Path, records: list[dict[str, Any]], state: str) -> str:
        fail = self.tally.fail
        current = state
        ready = [r["ready"] for r in records if "ready" in r]
        if ready and ready[0] != state:
            fail("loss", "document: the writer opened another plan than the check found")
            current = ready[0]
        pending: list[str] | None = None
        kind = ""
        acknowledged: list[str] = []
        for record in records:
            if "begin" in record:
                pending, kind = [], record["begin"]
            elif "commit" in record:
                assert pending is not None
                pending.append(record["commit"])
            elif "done" in record:
                assert pending is not None
                if len(pending) > 1:
                    fail("non_atomic", f"document: {kind} committed {len(pending)} times")
                if record["file"] != (pending[-1] if pending else current):
                    fail("error", f"document: after {kind} the file is not its commit")
                current = record["file"]
                acknowledged.append(kind)
                pending = None
            elif "refused" in record:
                pending = None
        allowed = {current}
        if pending:
            allowed.add(pending[-1])
            if len(pending) > 1:
                fail("non_atomic", f"document: {kind} (in flight) committed {len(pending)} times")
        found = self._check(plan, "document", lambda store: file_digest(store.db.conn))
        if found is None:
            return current
        if found not in allowed:
            fail("loss", f"document: the plan is neither the last acknowledged state nor "
                         f"the edit in flight ({kind or '-'}) whole")  # fmt: skip
        elif found != current:
            self.tally.in_flight_committed += 1
        self.tally.acknowledged["document"] += len(acknowledged)
        self.tally.acknowledged_kinds.update(f"document: {kind}" for kind in acknowledged)
        return found

    # -- migrations ---------------------------------------------------------------------------
    def _soak_migration(self, kills: int) -> None:
        lane = self.folder / "lane"
        sources: list[tuple[str, Path | None]] = [("build", None)]
        sources += [("migrate", p) for p in historical_plans()]
        targets: list[tuple[str, Path | None, str, float]] = []
        self.references: dict[str, tuple[str, list[tuple[str, str, str]]]] = {}
        covered: set[str] = set()
        for mode, source in sources:
            label = "new plan" if source is None else source.name
            times = self._reference(mode, source, label, lane)
            if times is None:
                return
            phases = [p for p, _ in times]
            covered |= {p.removeprefix("migrate ") for p in phases if p.startswith("migrate ")}
            for (phase, at), (_, until) in zip(times, times[1:], strict=False):
                targets.append((mode, source, phase, until - at))
        missing = set(self.known) - covered
        if missing:
            self.tally.fail("error", f"migration: no source runs {sorted(missing)}")
        done = missed = 0
        # A chain: the next kill lands in the next run on the same killed plan.
        chain: Path | None = None
        chained: Path | None = None
        while done < kills:
            mode, source, phase, length = targets[done % len(targets)]
            if chain is None or chained != source or self.rng.random() < 0.5:
                chain, chained = self._fresh(lane, source), source
            landed = self._kill_migration(mode, source, chain, phase, length)
            if landed is None:
                if self.tally.failures:
                    return
                chain = None
                continue
            if landed == "finished":
                missed += 1
                if missed > 50:
                    self.tally.fail("error", f"migration: {phase} never comes ({source})")
                    return
            else:
                done, missed = done + 1, 0
                self._say("migration", done, kills)
            if landed in ("close", "finished") or not self._unfinished(mode, chain):
                chain = None

    def _unfinished(self, mode: str, plan: Path) -> bool:
        """Is there work left for the next run on ``plan`` to be killed in?"""
        if mode == "build":
            return not plan.exists()
        return Path(f"{plan}-journal").exists() or applied_in(plan) != self.known

    def _fresh(self, lane: Path, source: Path | None) -> Path:
        folder = lane / "plan"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        plan = folder / "plan.rbd"
        if source is not None:
            shutil.copyfile(source, plan)
        return plan

    def _reference(self, mode: str, source: Path | None, label: str,
                   lane: Path) -> list[tuple[str, float]] | None:  # fmt: skip
        """Migrate (or build) without a kill: the rows and schema every killed run must
        end with, and when each phase began."""
        plan = self._fresh(lane, source)
        child = self._child(mode, plan, lane)
        outcome = child.wait_for(lambda: False)
        child.kill()
        if outcome != "ended" or child.status != 0:
            why = f"({outcome}, {child.status}): {child.log_tail()}"
            self.tally.fail("error", f"migration: the reference run of {label} failed {why}")
            return None
        times = [(r["phase"], r["t"]) for r in child.records if "phase" in r]
        times += [("end", r["t"]) for r in child.records if "exit" in r]
        with Store.open(plan) as store:
            applied = [r[0] for r in store.db.execute(
                "SELECT name FROM _sqlite_migrations ORDER BY rowid")]  # fmt: skip
            if applied != self.known:
                self.tally.fail("mismatch", f"migration: reference {label} ran {applied}")
            self.references[label] = (file_digest(store.db.conn), schema_rows(store.db.conn))
        lengths = ", ".join(f"{p} {1000 * (b - a):.0f} ms"
                            for (p, a), (_, b) in zip(times, times[1:], strict=False))  # fmt: skip
        self.progress(f"migration: {label}: {lengths}")
        return times

    def _kill_migration(self, mode: str, source: Path | None, plan: Path, phase: str,
                        length: float) -> str | None:  # fmt: skip
        """Run a migration (or a build) and kill it ``length`` seconds or less into
        ``phase``, then check; return the phase the kill landed in ("finished" when
        the run ended first), ``None`` when it failed."""
        label = "new plan" if source is None else source.name
        child = self._child(mode, plan, plan.parent.parent)
        outcome = child.wait_for(lambda: any(r.get("phase") == phase for r in child.records))
        if outcome == "wanted":
            until = time.monotonic() + self.rng.uniform(0.0, length)
            outcome = child.wait_for(lambda: time.monotonic() >= until)
        child.kill()
        if outcome == "hang":
            self.tally.fail("hang", f"migration {label}: nothing for {HANG_SECONDS} s")
            return None
        if not child.killed:
            if child.status != 0:
                self.tally.fail("error", f"migration {label}: the run failed ({child.status}): "
                                         f"{child.log_tail()}")  # fmt: skip
                return None
            self.tally.missed += 1
        else:
            self.tally.kills["migration"] += 1
            self.landing = f"migration {label}: {child.phase or 'start'}"
            self.tally.landed[self.landing] += 1
        acknowledged = any("done" in r for r in child.records)
        self._check_migration(plan, label, acknowledged)
        return child.phase if child.killed else "finished"

    def _check_migration(self, plan: Path, label: str, acknowledged: bool) -> None:
        fail = self.tally.fail
        if not plan.exists():
            if acknowledged:
                fail("loss", f"migration {label}: the acknowledged new plan is not there")
            # a new plan killed before it was whole: only its partial files and lock
            left = {p.name for p in plan.parent.iterdir()} - {"records.jsonl", "child.log"}
            allowed = {f"{plan.name}.lock", *partial_names(plan)}
            if left - allowed:
                fail("error", f"migration {label}: a killed build left {sorted(left - allowed)}")
            return
        copy = _snapshot(plan, self.folder / "check")
        if acknowledged and not Path(f"{copy}-journal").exists():
            if applied_in(copy) != self.known:
                fail("loss", f"migration {label}: acknowledged, the plan records "
                             f"{applied_in(copy)}")  # fmt: skip

        def read(store: Store) -> tuple[list[str], str, list[tuple[str, str, str]]]:
            names = [r[0] for r in store.db.execute(
                "SELECT name FROM _sqlite_migrations ORDER BY rowid")]  # fmt: skip
            return names, file_digest(store.db.conn), schema_rows(store.db.conn)

        found = self._check(plan, f"migration {label}", read)
        if found is None:
            return
        names, digest, rows = found
        reference_digest, reference_rows = self.references[label]
        if names != self.known:
            fail("mismatch", f"migration {label}: ran {names}, not {self.known}")
        elif (digest, rows) != (reference_digest, reference_rows):
            fail("mismatch", f"migration {label}: the rows or schema differ from the reference")
        else:
            self.tally.acknowledged["migration"] += int(acknowledged)
        check = self.folder / "check"
        for backup in check.glob("*.bak"):
            if not _whole(backup) or Path(f"{backup}-journal").exists():
                fail("integrity", f"migration {label}: backup {backup.name} is not whole")
        tidied = [p.name for p in check.iterdir() if "partial" in p.name or "building" in p.name]
        if tidied:
            fail("error", f"migration {label}: leftovers after opening: {tidied}")
