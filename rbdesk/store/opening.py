"""Opening a plan file safely: the one way a connection to a plan is made.

A plan that arrives from someone else is untrusted. The path is resolved once (a
symlink leads to its target, and everything below looks at that one file). Before
anything is read from it through SQLite's schema, the file is inspected: its header,
its application id, its recorded migrations and its schema, which must equal the schema
that this program's own migrations produce (so a crafted file cannot bring triggers or
views of its own), and SQLite's quick check; a plan this machine has not seen as rbdesk
left it gets the full ``integrity_check`` too (:mod:`rbdesk.store.known`: a damaged
index passes the quick check), within a time bound. Only then is the working
connection opened, with ``trusted_schema`` off, foreign keys on, the rollback journal
(``journal_mode = DELETE``, never WAL: the ``.rbd`` is whole between edits), full sync,
and, for editing, the plan's lock held and a new session id in its header. Side files
beside the plan (a leftover journal or log, partial files of interrupted runs) are
dealt with as :mod:`rbdesk.store.sidefiles` describes: before SQLite may see them, and
only when opening for editing; a read changes nothing beside the plan. Nothing is
written to a file that fails the inspection.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import struct
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from rbdesk.domain.errors import RbdeskError
from rbdesk.i18n import Text, say
from rbdesk.store import known
from rbdesk.store.schema import APPLICATION_ID, MIGRATION_SET, known_versions, migrations
from rbdesk.store.sidefiles import (
    PlanLock,
    cold_journal,
    leftovers,
    link_count,
    lock_sessions,
    new_session_id,
    orphan_notice,
    read_lock,
    real_path,
    set_aside,
    sync_file,
    sync_folder,
    tidy_partials,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
#: The full integrity check may take this long, and this much more per 100 MB, before
#: it is stopped (``error.plan.check_slow``; the window then asks the planner).
CHECK_SECONDS = 10.0
CHECK_SECONDS_PER_100MB = 10.0
#: How many backup copies taken before migrations are kept beside a plan.
BACKUPS_KEPT = 3


class PlanFileError(RbdeskError):
    """A file that cannot be opened as a plan. The message names the file and the reason:
    ``code`` is the reason's (``error.plan.<code>`` in the catalogue), ``params`` its
    values; ``detail`` values are SQLite's or the system's own words."""

    def __init__(self, path: Path | str, code: str, /, **params: object) -> None:
        super().__init__(code, **params)
        self.path = Path(path)

    def reason_in(self, lang: str) -> str:
        """Why the file cannot be used, without the file's name."""
        return say(f"error.plan.{self.code}", lang, self.params)

    @property
    def reason(self) -> str:
        """The reason in English."""
        return self.reason_in("en")

    def _said(self, lang: str) -> str:
        return say("error.plan", lang, {"path": self.path, "reason": self.reason_in(lang)})


class CopyError(RbdeskError):
    """A copy of a plan that would replace the plan itself."""


class ReadOnlyError(RbdeskError):
    """A write to a plan that is open read-only."""


class WriteError(RbdeskError):
    """A write the disk refused (full, removed, failing): nothing of it was made."""


@dataclass(frozen=True)
class Inspection:
    """What the inspection of a plan file found."""

    applied: list[str]
    pending: list[str]
    writable: bool
    #: The full integrity check ran and passed.
    verified: bool = False


def _quiescent(path: Path) -> bool:
    """No write-ahead log or rollback journal beside the file: nothing that SQLite
    would replay into it, so it can be read as an immutable file."""
    return not any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-journal"))


def _wal_header(path: Path) -> bool:
    """The file's header says WAL (a plan written by an older rbdesk)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    return len(header) == 20 and header[18:20] == b"\x02\x02"


def _connect(path: Path, *, read_only: bool, immutable: bool = False) -> sqlite3.Connection:
    mode = "ro" if read_only else "rw"
    uri = f"{path.absolute().as_uri()}?mode={mode}"
    if read_only and immutable:
        # Without this a read-only connection to a WAL file creates -wal and -shm
        # beside it, which touches a file we may be about to refuse, and fails in a
        # folder the user cannot write.
        uri += "&immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    # Defensive settings before anything touches the schema of an untrusted file.
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    return conn


def _check_header(path: Path, shown: Path | None = None, *, journal_first: bool = False) -> None:
    """Refuse what is no SQLite file, or a truncated one. ``journal_first``: before a
    leftover journal is dealt with (a crash in a commit that grew the plan leaves it
    shorter than its header says until the journal is rolled back)."""
    shown = shown or path
    if not path.exists():
        raise PlanFileError(shown, "missing")
    if path.is_dir():
        raise PlanFileError(shown, "folder")
    if not path.is_file():
        # a FIFO, a device or a socket named like a plan: reading it would block or
        # never end (issue 17 item 14); refused before it is opened
        raise PlanFileError(shown, "not_regular")
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise PlanFileError(shown, "unreadable", detail=exc.strerror) from exc
    if size == 0:
        raise PlanFileError(shown, "empty")
    if not header.startswith(SQLITE_MAGIC):
        raise PlanFileError(shown, "not_sqlite")
    if len(header) < 100:
        raise PlanFileError(shown, "truncated_header")
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    wal = Path(f"{path}-wal")
    # With a non-empty WAL the main file may legitimately lag behind its pages
    # until recovery; otherwise a file shorter than its header says is truncated.
    wal_pending = wal.exists() and wal.stat().st_size > 0
    journal = Path(f"{path}-journal")
    journal_pending = journal_first and journal.is_file() and not cold_journal(journal)
    if (
        valid_for == change_counter
        and not (wal_pending or journal_pending)
        and size < page_count * page_size
    ):
        raise PlanFileError(shown, "truncated", size=size, expected=page_count * page_size)


def _schema_rows(conn: sqlite3.Connection) -> set[tuple[str, str, str]]:
    rows = conn.execute(
        # Only SQLite's own bookkeeping tables are left out: a LIKE pattern on the name
        # would let a trigger called 'sqlitex_...' slip through.
        "SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE NOT (type = 'table' "
        "AND name IN ('sqlite_sequence', 'sqlite_stat1', 'sqlite_stat4'))"
    ).fetchall()
    return {(t, n, " ".join(s.split())) for t, n, s in rows}


def expected_schema(applied: list[str]) -> set[tuple[str, str, str]]:
    """The schema that this program's migrations produce after ``applied``."""
    mem = Database(memory=True, execute_plugins=False)
    migrations.ensure_migrations_table(mem)
    by_name = {m.name: m for m in migrations._migrations}
    for name in applied:
        by_name[name].fn(mem)
    rows = _schema_rows(mem.conn)
    mem.close()
    return rows


#: typeof() values each column may hold; a crafted file could put text in a count.
_INT, _TEXT, _REAL = {"integer"}, {"text"}, {"integer", "real"}
_NULL = {"null"}
COLUMN_TYPES: dict[str, dict[str, set[str]]] = {
    "region": {"name": _TEXT, "level": _TEXT, "code": _TEXT, "geo_factor": _REAL,
               "preparing_unit": _TEXT},
    "scenario": {"id": _INT, "name": _TEXT, "role": _TEXT, "derived_from": _INT | _NULL,
                 "created": _TEXT},
    "unit": {"id": _INT, "scenario_id": _INT, "parent_id": _INT | _NULL, "kind": _TEXT,
             "name": _TEXT, "short_name": _TEXT, "unit_type": _TEXT | _NULL,
             "eselon": _TEXT | _NULL, "sort_order": _INT, "tugas": _TEXT, "fungsi": _TEXT,
             "headcount_existing": _INT, "headcount_needed": _INT,
             "workload_score": _REAL | _NULL, "notes": _TEXT, "hospital_kind": _TEXT | _NULL},
    "lineage": {"unit_id": _INT, "origin_id": _INT},
    "urusan_assignment": {"unit_id": _INT, "code": _TEXT, "role": _TEXT},
    "position": {"id": _INT, "unit_id": _INT, "title": _TEXT, "category": _TEXT,
                 "eselon": _TEXT | _NULL, "existing": _INT, "needed": _INT, "sort_order": _INT},
    "coordination_link": {"id": _INT, "scenario_id": _INT, "from_id": _INT, "to_id": _INT,
                          "note": _TEXT},
    "operation": {"id": _INT, "scenario_id": _INT, "kind": _TEXT, "justification": _TEXT,
                  "date": _TEXT, "sort_order": _INT, "basis": _TEXT, "findings": _TEXT},
    "operation_unit": {"operation_id": _INT, "side": _TEXT, "position": _INT, "unit_id": _INT},
    "iku": {"id": _INT, "unit_id": _INT, "indicator": _TEXT, "target": _TEXT, "measure": _TEXT,
            "sort_order": _INT},
    "pemetaan_value": {"kode": _TEXT, "no": _INT, "value": _TEXT},
    "pemetaan_source": {"id": _INT, "year": _INT | _NULL, "source": _TEXT},
}  # fmt: skip
OPERATION_KINDS = ("merge", "split", "move", "abolish", "create", "rename", "retype", "convert")


def _check_content(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse rows whose values have types or codes rbdesk never writes."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table, columns in COLUMN_TYPES.items():
        if table not in tables:
            continue
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        tests = [
            f"typeof({column}) NOT IN ({', '.join(repr(t) for t in sorted(kinds))})"
            for column, kinds in columns.items()
            if column in present
        ]
        bad = conn.execute(f"SELECT rowid FROM {table} WHERE {' OR '.join(tests)} LIMIT 1")
        row = bad.fetchone()
        if row is not None:
            raise PlanFileError(path, "wrong_type", table=table, row=row[0])
    _check_text(conn, path, tables)
    kinds = ", ".join(repr(k) for k in OPERATION_KINDS)
    row = conn.execute(
        f"SELECT id, kind FROM operation WHERE kind NOT IN ({kinds}) LIMIT 1"
    ).fetchone()
    if row is not None:
        raise PlanFileError(path, "operation_kind", operation=row[0])


def _integrity(conn: sqlite3.Connection, path: Path, budget: float | None) -> list[str]:
    """``PRAGMA integrity_check`` within ``budget`` seconds (``None``: unbounded)."""
    if budget is not None:
        deadline = time.monotonic() + budget
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 20000)
    try:
        rows = conn.execute("PRAGMA integrity_check(20)").fetchall()
    except sqlite3.OperationalError as exc:
        if budget is not None and "interrupt" in str(exc).lower():
            raise PlanFileError(path, "check_slow", seconds=round(budget)) from exc
        raise
    finally:
        conn.set_progress_handler(None, 0)
    return [str(row[0]) for row in rows]


def check_budget(path: Path) -> float:
    """How long the full integrity check of ``path`` may take."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return CHECK_SECONDS + CHECK_SECONDS_PER_100MB * size / 100e6


def _check_text(conn: sqlite3.Connection, path: Path, tables: set[str]) -> None:
    """Refuse text that is not UTF-8 (SQLite stores what it is given; Python cannot read
    it back): one pass over every text value, linear in the plan's size."""
    columns = {table: [c for c, kinds in cols.items() if kinds & _TEXT]
               for table, cols in COLUMN_TYPES.items()}  # fmt: skip
    columns["meta"] = ["key", "value"]
    for table in list(columns):
        if table not in tables:
            del columns[table]
            continue
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        columns[table] = [n for n in columns[table] if n in present]
    old_factory = conn.text_factory
    conn.text_factory = bytes
    try:
        for table, names in columns.items():
            if not names:
                continue
            picked = ", ".join(names)
            cursor = conn.execute(f"SELECT rowid, {picked} FROM {table}")
            while batch := cursor.fetchmany(2000):
                for row in batch:
                    for value in row[1:]:
                        if isinstance(value, bytes):
                            try:
                                value.decode("utf-8")
                            except UnicodeDecodeError:
                                raise PlanFileError(path, "not_utf8", table=table,
                                                    row=row[0]) from None  # fmt: skip
    finally:
        conn.text_factory = old_factory


def inspect_plan(
    path: Path,
    *,
    shown: Path | None = None,
    full_check: bool = False,
    budget: float | None = None,
    immutable: bool | None = None,
) -> Inspection:
    """Check that ``path`` is an intact plan this program can read; raise
    ``PlanFileError`` (naming ``shown``, default ``path``) otherwise. Reads only;
    never writes to the file nor beside it. ``full_check`` adds SQLite's full
    ``integrity_check`` (indexes against their tables), stopped after ``budget``
    seconds (``check_slow``). ``immutable`` reads the file as it is, ignoring any side
    file (default: when there is none)."""
    shown = shown or path
    _check_header(path, shown)
    if immutable is None:
        immutable = _quiescent(path)
    try:
        conn = _connect(path, read_only=True, immutable=immutable)
    except sqlite3.Error as exc:
        raise PlanFileError(shown, "cannot_open", detail=str(exc)) from exc
    try:
        return _inspect(conn, path, shown, full_check, budget)
    except (UnicodeDecodeError, RecursionError, MemoryError) as exc:
        # text in SQLite's own tables that is not UTF-8, a schema nested absurdly deep
        raise PlanFileError(shown, "corrupt", detail=str(exc)[:200]) from exc
    finally:
        conn.close()


def _inspect(conn: sqlite3.Connection, path: Path, shown: Path, full_check: bool,
             budget: float | None) -> Inspection:  # fmt: skip
    verified = False
    try:
        try:
            (app_id,) = conn.execute("PRAGMA application_id").fetchone()
            names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        except sqlite3.DatabaseError as exc:
            raise PlanFileError(shown, "corrupt", detail=str(exc)) from exc
        if app_id != APPLICATION_ID or "_sqlite_migrations" not in names:
            raise PlanFileError(shown, "foreign")
        try:
            applied = [
                row[0]
                for row in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
                    [MIGRATION_SET],
                )
            ]
        except sqlite3.DatabaseError as exc:
            raise PlanFileError(shown, "corrupt", detail=str(exc)) from exc
        known_names = known_versions()
        unknown = [name for name in applied if name not in known_names]
        if unknown:
            raise PlanFileError(shown, "newer", new=unknown[-1], known=known_names[-1])
        if not applied or applied != known_names[: len(applied)]:
            raise PlanFileError(shown, "history")
        try:
            found = _schema_rows(conn)
            check = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            raise PlanFileError(shown, "corrupt", detail=str(exc)) from exc
        expected = expected_schema(applied)
        if found != expected:
            extra = sorted(f"{t} '{n}'" for t, n, _ in found - expected)
            missing = sorted(f"{t} '{n}'" for t, n, _ in expected - found)
            parts = []
            if extra:
                parts.append(Text("error.plan.schema_extra", {"items": ", ".join(extra)}))
            if missing:
                parts.append(Text("error.plan.schema_missing", {"items": ", ".join(missing)}))
            raise PlanFileError(shown, "altered", detail=tuple(parts))
        if check != [("ok",)]:
            report = check[0][0].splitlines() if check else []
            first = next((line for line in report if not line.startswith("***")), "-")
            raise PlanFileError(shown, "corrupt", detail=first)
        if full_check:
            try:
                lines = _integrity(conn, shown, budget)
            except sqlite3.DatabaseError as exc:
                raise PlanFileError(shown, "damaged", detail=str(exc)[:200]) from exc
            if lines != ["ok"]:
                raise PlanFileError(shown, "damaged", detail=lines[0][:200] if lines else "-")
            verified = True
        try:
            _check_content(conn, shown)
        except sqlite3.DatabaseError as exc:
            raise PlanFileError(shown, "corrupt", detail=str(exc)) from exc
    finally:
        pass
    # os.access says yes to root for any file; the mode bits say what the user meant.
    writable = (
        os.access(path, os.W_OK)
        and os.access(path.parent, os.W_OK)
        and bool(path.stat().st_mode & 0o222)
    )
    return Inspection(applied, known_names[len(applied) :], writable, verified)


def backup_before_migration(conn: sqlite3.Connection, path: Path, version: str) -> Path:
    """Copy the plan aside (SQLite's backup API) and keep only the newest
    ``BACKUPS_KEPT`` such copies."""
    target = path.with_name(f"{path.name}.before-{version}.bak")
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
        dest.execute("PRAGMA user_version = 0")
    finally:
        dest.close()
    old = sorted(path.parent.glob(f"{path.name}.before-*.bak"), key=lambda p: p.stat().st_mtime)
    for stale in old[:-BACKUPS_KEPT]:
        stale.unlink(missing_ok=True)
    return target


def configure(conn: sqlite3.Connection, *, read_only: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if not read_only:
        # The rollback journal: every commit is in the .rbd itself (see sidefiles).
        conn.execute("PRAGMA journal_mode = DELETE")
        # FULL: a commit that returned is on disk, even if the machine loses power.
        conn.execute("PRAGMA synchronous = FULL")
        # No page reaches the file before page 1 is in the journal: a leftover
        # journal always carries the session id that ties it to its plan.
        conn.execute("PRAGMA cache_spill = OFF")


@dataclass
class Opened:
    """An open plan as :func:`open_database` leaves it."""

    db: Database
    read_only: bool
    #: The file itself (symlinks resolved).
    real: Path
    lock: PlanLock | None = None
    #: What the planner should be told (``Text``): side files set aside or ignored,
    #: an interrupted edit undone.
    notices: list[Text] = field(default_factory=list)
    #: The full integrity check ran and passed at this opening.
    verified: bool = False


def _roll_back(real: Path, shown: Path) -> None:
    """Let SQLite roll a tied journal (or replay a tied log) into the file."""
    try:
        conn = _connect(real, read_only=False)
        try:
            conn.execute("PRAGMA user_version").fetchone()
            if _wal_header(real):
                conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise PlanFileError(shown, "recover_failed", detail=str(exc)) from exc


def _recovered_copy(real: Path, tied: list[Path], shown: Path) -> Path:
    """A private copy of the plan with a tied journal rolled back into it (for a read,
    which changes nothing beside the plan)."""
    folder = Path(tempfile.mkdtemp(prefix="rbdesk-recover-"))
    copy = folder / "plan.rbd"
    try:
        shutil.copyfile(real, copy)
        for side in tied:
            shutil.copyfile(side, f"{copy}{side.name.removeprefix(real.name)}")
        _roll_back(copy, shown)
    except (OSError, PlanFileError):
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return copy


def _writable(path: Path) -> bool:
    try:
        return (
            os.access(path, os.W_OK)
            and os.access(path.parent, os.W_OK)
            and bool(path.stat().st_mode & 0o222)
        )
    except OSError:
        return False


def open_database(
    path: Path, *, read_only: bool = False, check: str = "auto", lock: PlanLock | None = None
) -> Opened:
    """Inspect, migrate when needed, and return the open plan (:class:`Opened`).

    ``check``: ``auto`` (the full integrity check unless this machine knows the file
    as rbdesk left it), ``full`` (always, unbounded in time: the planner agreed to
    wait) or ``quick``. ``lock``: the plan's lock, already taken by the caller."""
    shown = Path(path)
    real = real_path(path)
    _check_header(real, shown, journal_first=True)
    editing = not read_only and _writable(real)
    notices: list[Text] = []
    links = link_count(real)
    if editing and links > 1:
        # Another name of this very file (a hard link) has a lock and a journal of its
        # own, which this opening would not see: read it only (see sidefiles).
        editing = False
        notices.append(Text("notice.plan.hard_linked", {"links": links}))
    # Sessions that may have crashed in their first write, read before a stale lock
    # is taken over (see sidefiles.is_tied).
    sessions = {s for s in (*lock_sessions(real), known.session_of(real)) if s}
    if editing and lock is None:
        lock = PlanLock.acquire(real, shown=shown)
    if editing and lock is not None:
        # Carried into the new lock: a crash before the journal is rolled back below
        # must not lose what ties it to the plan (sidefiles).
        for session in sorted(sessions - set(lock_sessions(real))):
            lock.note_session(session)
    temp: Path | None = None
    try:
        holder = None if editing else read_lock(real)
        in_use = holder is not None and holder.live and not holder.ours
        found = [] if in_use else leftovers(real, APPLICATION_ID, sessions)
        ignore_sides = False
        if editing:
            tidy_partials(real)
            for left in found:
                if left.inert:  # nothing can come of it (sidefiles): said nothing of
                    with contextlib.suppress(OSError):
                        left.side.unlink()
                elif left.tied:
                    _roll_back(real, shown)
                    notices.append(Text("notice.plan.recovered", {"side": left.side.name}))
                else:
                    notices.append(orphan_notice(left.side, set_aside(left.side)))
        else:
            for left in found:
                if not left.tied:
                    if not left.inert:
                        notices.append(orphan_notice(left.side, None))
                    ignore_sides = True
            tied = [left.side for left in found if left.tied]
            if tied:
                temp = _recovered_copy(real, tied, shown)
                notices.append(Text("notice.plan.recovered_read", {}))
        source = temp or real
        unknown = temp is not None or not known.is_known(real)
        full = check == "full" or (check == "auto" and unknown)
        budget = None if check == "full" else check_budget(source)
        if temp is not None or ignore_sides:
            immutable = True
        elif _wal_header(source):
            immutable = _quiescent(source)
        else:
            immutable = False  # the rollback journal: read under SQLite's locks
        inspection = inspect_plan(source, shown=shown, full_check=full, budget=budget,
                                  immutable=immutable if not editing else None)  # fmt: skip
        read_only = not editing
        if inspection.pending and read_only:
            raise PlanFileError(shown, "upgrade_read_only")
        try:
            conn = _connect(source, read_only=read_only, immutable=read_only and immutable)
            configure(conn, read_only=read_only)
            if temp is not None:
                memory = sqlite3.connect(":memory:", isolation_level=None,
                                         check_same_thread=False)  # fmt: skip
                conn.backup(memory)
                conn.close()
                conn = memory
                configure(conn, read_only=True)
        except sqlite3.Error as exc:
            raise PlanFileError(shown, "cannot_open", detail=str(exc)) from exc
        if editing:
            Path(f"{real}-shm").unlink(missing_ok=True)  # of an old WAL session
        db = Database(conn, execute_plugins=False)
        if inspection.pending:
            # The session id first, in a transaction of its own: a crash in the
            # middle of a migration leaves a journal tied to the plan.
            try:
                begin_session(conn, real, lock)
            except sqlite3.Error as exc:
                conn.close()
                raise PlanFileError(shown, "cannot_open", detail=str(exc)) from exc
            try:
                backup_before_migration(conn, real, inspection.applied[-1])
            except (OSError, sqlite3.Error) as exc:
                conn.close()
                raise PlanFileError(shown, "backup", detail=str(exc)) from exc
            try:
                migrations.apply(db)
            except sqlite3.Error as exc:
                conn.close()
                raise PlanFileError(shown, "upgrade_failed", detail=str(exc)) from exc
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    finally:
        if temp is not None:
            shutil.rmtree(temp.parent, ignore_errors=True)
    return Opened(db, read_only, real, lock, notices, inspection.verified)


def begin_session(conn: sqlite3.Connection, real: Path, lock: PlanLock | None) -> int:
    """Give the plan a new session id (see sidefiles): noted in its lock and this
    machine's record first, then written into the header by the caller's transaction
    (or by a transaction of its own when none is open). Returns the id."""
    session = new_session_id()
    if lock is not None:
        lock.note_session(session)
    known.note_session(real, session)
    conn.execute(f"PRAGMA user_version = {session}")
    return session


def _target_lock(target: Path, shown: Path) -> PlanLock:
    """The lock of a file about to be replaced by a new plan or a copy: refused while a
    window or command elsewhere has it open."""
    return PlanLock.acquire(target, shown=shown)


def create_database(path: Path, *, overwrite: bool = False) -> Opened:
    """A new, empty plan file at ``path`` with the current schema. The file appears
    only when complete: it is built beside the target and renamed into place."""
    shown = Path(path)
    if shown.exists() and not overwrite:
        raise PlanFileError(shown, "exists")
    real = real_path(path)
    if real.is_dir():
        raise PlanFileError(shown, "folder")
    if real.exists() and not real.is_file():
        raise PlanFileError(shown, "not_regular")
    lock = _target_lock(real, shown)
    try:
        tidy_partials(real)
        partial = real.with_name(f".{real.name}.partial")
        try:
            conn = sqlite3.connect(partial, isolation_level=None)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = FULL")
            migrations.apply(Database(conn, execute_plugins=False))
            conn.close()
            _set_aside_sides(real)
            os.replace(partial, real)
            sync_folder(real.parent)
        except (OSError, sqlite3.Error) as exc:
            partial.unlink(missing_ok=True)
            raise PlanFileError(shown, "create", detail=str(exc)) from exc
        finally:
            tidy_partials(real)
        return open_database(shown, lock=lock)
    except BaseException:
        lock.release()
        raise


def _set_aside_sides(real: Path) -> list[Path]:
    """A journal or log of an earlier file of this name belongs to that file, never to
    the one that replaces it: set aside (a stale -shm removed)."""
    moved = []
    for suffix in ("-journal", "-wal"):
        side = Path(f"{real}{suffix}")
        if side.is_file():
            if side.stat().st_size:
                moved.append(set_aside(side))
            else:
                side.unlink(missing_ok=True)
    Path(f"{real}-shm").unlink(missing_ok=True)
    return moved


def replace_plan(partial: Path, target: Path, shown: Path) -> None:
    """Rename a finished plan file ``partial`` over ``target`` (its real path, whose lock
    the caller holds) and make it durable."""
    sync_file(partial)
    _set_aside_sides(target)
    os.replace(partial, target)
    sync_folder(target.parent)


def copy_plan(source: Database, source_path: Path, target: Path) -> None:
    """Write a consistent copy of an open plan to ``target`` (save a copy). Refused onto
    the plan itself and onto a plan open elsewhere."""
    shown = Path(target)
    real = real_path(target)
    if real == real_path(source_path) or (real.exists() and real.samefile(source_path)):
        raise CopyError("plan_copy.onto_itself", path=shown)
    if real.is_dir():
        raise PlanFileError(shown, "folder")
    lock = _target_lock(real, shown)
    try:
        tidy_partials(real)
        partial = real.with_name(f".{real.name}.partial")
        dest = sqlite3.connect(partial)
        try:
            source.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            dest.execute("PRAGMA user_version = 0")  # a copy is no session's
        finally:
            dest.close()
        replace_plan(partial, real, shown)
    finally:
        tidy_partials(real)
        lock.release()


def repair_plan(path: Path | str, target: Path | str) -> None:
    """Write a repaired copy of a plan whose indexes are damaged (``error.plan.damaged``)
    to ``target``: the file's pages copied as they are, its indexes rebuilt
    (``REINDEX``), then checked whole. The damaged plan is left as it was. Raises
    ``PlanFileError`` (``repair_failed``) when the damage is not in indexes only."""
    shown, out = Path(path), Path(target)
    real = real_path(path)
    _check_header(real, shown)
    out_real = real_path(out)
    if out_real == real:
        raise CopyError("plan_copy.onto_itself", path=out)
    if out.exists() or out.is_symlink():
        raise CopyError("plan_copy.exists", path=out)
    partial = out_real.with_name(f".{out_real.name}.partial")
    tidy_partials(out_real)
    try:
        src = _connect(real, read_only=True, immutable=True)
        dest = sqlite3.connect(partial, isolation_level=None)
        try:
            src.backup(dest)
        finally:
            src.close()
        try:
            dest.execute("PRAGMA journal_mode = DELETE")
            dest.execute("PRAGMA trusted_schema = OFF")
            dest.execute("PRAGMA user_version = 0")
            dest.execute("REINDEX")
            lines = [str(r[0]) for r in dest.execute("PRAGMA integrity_check(20)")]
        finally:
            dest.close()
    except (OSError, sqlite3.Error) as exc:
        tidy_partials(out_real)
        raise PlanFileError(shown, "repair_failed", detail=str(exc)[:200]) from exc
    if lines != ["ok"]:
        tidy_partials(out_real)
        raise PlanFileError(shown, "repair_failed", detail=lines[0][:200])
    try:
        inspect_plan(partial, shown=out, full_check=True)
    except PlanFileError:
        tidy_partials(out_real)
        raise
    sync_file(partial)
    os.replace(partial, out_real)
    sync_folder(out_real.parent)
