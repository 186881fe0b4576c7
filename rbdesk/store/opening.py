"""Opening a plan file safely: the one way a connection to a plan is made.

A plan that arrives from someone else is untrusted. Before anything is read from it
through SQLite's schema, the file is inspected: its header, its application id, its
recorded migrations and its schema, which must equal the schema that this program's
own migrations produce (so a crafted file cannot bring triggers or views of its own),
and SQLite's quick check. Only then is the working connection opened, with
``trusted_schema`` off, foreign keys on, WAL and full sync. Nothing is written to a
file that fails the inspection.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from rbdesk.domain.errors import RbdeskError
from rbdesk.i18n import Text, say
from rbdesk.store.schema import APPLICATION_ID, MIGRATION_SET, known_versions, migrations

SQLITE_MAGIC = b"SQLite format 3\x00"
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

    def message(self, lang: str = "en") -> str:
        return say("error.plan", lang, {"path": self.path, "reason": self.reason_in(lang)})


class ReadOnlyError(RbdeskError):
    """A write to a plan that is open read-only."""


@dataclass(frozen=True)
class Inspection:
    """What the inspection of a plan file found."""

    applied: list[str]
    pending: list[str]
    writable: bool


def _quiescent(path: Path) -> bool:
    """No write-ahead log or rollback journal beside the file: nothing that SQLite
    would replay into it, so it can be read as an immutable file."""
    return not any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-journal"))


def _connect(path: Path, *, read_only: bool, immutable: bool = False) -> sqlite3.Connection:
    mode = "ro" if read_only else "rw"
    uri = f"{path.resolve().as_uri()}?mode={mode}"
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


def _check_header(path: Path) -> None:
    if not path.exists():
        raise PlanFileError(path, "missing")
    if path.is_dir():
        raise PlanFileError(path, "folder")
    if not path.is_file():
        # a FIFO, a device or a socket named like a plan: reading it would block or
        # never end (issue 17 item 14); refused before it is opened
        raise PlanFileError(path, "not_regular")
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise PlanFileError(path, "unreadable", detail=exc.strerror) from exc
    if size == 0:
        raise PlanFileError(path, "empty")
    if not header.startswith(SQLITE_MAGIC):
        raise PlanFileError(path, "not_sqlite")
    if len(header) < 100:
        raise PlanFileError(path, "truncated_header")
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    wal = Path(f"{path}-wal")
    # With a non-empty WAL the main file may legitimately lag behind its pages
    # until recovery; otherwise a file shorter than its header says is truncated.
    wal_pending = wal.exists() and wal.stat().st_size > 0
    if valid_for == change_counter and not wal_pending and size < page_count * page_size:
        raise PlanFileError(path, "truncated", size=size, expected=page_count * page_size)


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
             "workload_score": _REAL | _NULL, "notes": _TEXT},
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
    kinds = ", ".join(repr(k) for k in OPERATION_KINDS)
    row = conn.execute(
        f"SELECT id, kind FROM operation WHERE kind NOT IN ({kinds}) LIMIT 1"
    ).fetchone()
    if row is not None:
        raise PlanFileError(path, "operation_kind", operation=row[0])


def inspect_plan(path: Path) -> Inspection:
    """Check that ``path`` is an intact plan this program can read; raise
    ``PlanFileError`` otherwise. Reads only; never writes to the file."""
    _check_header(path)
    try:
        conn = _connect(path, read_only=True, immutable=_quiescent(path))
    except sqlite3.Error as exc:
        raise PlanFileError(path, "cannot_open", detail=str(exc)) from exc
    try:
        try:
            (app_id,) = conn.execute("PRAGMA application_id").fetchone()
            names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        except sqlite3.DatabaseError as exc:
            raise PlanFileError(path, "corrupt", detail=str(exc)) from exc
        if app_id != APPLICATION_ID or "_sqlite_migrations" not in names:
            raise PlanFileError(path, "foreign")
        try:
            applied = [
                row[0]
                for row in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
                    [MIGRATION_SET],
                )
            ]
        except sqlite3.DatabaseError as exc:
            raise PlanFileError(path, "corrupt", detail=str(exc)) from exc
        known = known_versions()
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise PlanFileError(
                path,
                "newer",
                new=unknown[-1],
                known=known[-1],
            )
        if not applied or applied != known[: len(applied)]:
            raise PlanFileError(path, "history")
        try:
            found = _schema_rows(conn)
            check = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            raise PlanFileError(path, "corrupt", detail=str(exc)) from exc
        expected = expected_schema(applied)
        if found != expected:
            extra = sorted(f"{t} '{n}'" for t, n, _ in found - expected)
            missing = sorted(f"{t} '{n}'" for t, n, _ in expected - found)
            parts = []
            if extra:
                parts.append(Text("error.plan.schema_extra", {"items": ", ".join(extra)}))
            if missing:
                parts.append(Text("error.plan.schema_missing", {"items": ", ".join(missing)}))
            raise PlanFileError(path, "altered", detail=tuple(parts))
        if check != [("ok",)]:
            report = check[0][0].splitlines() if check else []
            first = next((line for line in report if not line.startswith("***")), "-")
            raise PlanFileError(path, "corrupt", detail=first)
        try:
            _check_content(conn, path)
        except sqlite3.DatabaseError as exc:
            raise PlanFileError(path, "corrupt", detail=str(exc)) from exc
    finally:
        conn.close()
    # os.access says yes to root for any file; the mode bits say what the user meant.
    writable = (
        os.access(path, os.W_OK)
        and os.access(path.parent, os.W_OK)
        and bool(path.stat().st_mode & 0o222)
    )
    return Inspection(applied, known[len(applied) :], writable)


def backup_before_migration(conn: sqlite3.Connection, path: Path, version: str) -> Path:
    """Copy the plan aside (SQLite's backup API, consistent under WAL) and keep only
    the newest ``BACKUPS_KEPT`` such copies."""
    target = path.with_name(f"{path.name}.before-{version}.bak")
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
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
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit that returned is on disk, even if the machine loses power.
        conn.execute("PRAGMA synchronous = FULL")


def open_database(path: Path, *, read_only: bool = False) -> tuple[Database, bool]:
    """Inspect, migrate when needed, and return ``(database, read_only)``."""
    inspection = inspect_plan(path)
    read_only = read_only or not inspection.writable
    if inspection.pending and read_only:
        raise PlanFileError(path, "upgrade_read_only")
    try:
        # A quiescent file read by a command that only reads is opened immutable: a
        # read-only connection to a WAL file otherwise creates -wal and -shm beside it
        # (info, check, compare and report leave plan and folder as they were). With a
        # log beside it, the plan is open elsewhere and is read through the log.
        immutable = read_only and _quiescent(path)
        conn = _connect(path, read_only=read_only, immutable=immutable)
        configure(conn, read_only=read_only)
    except sqlite3.Error as exc:
        raise PlanFileError(path, "cannot_open", detail=str(exc)) from exc
    db = Database(conn, execute_plugins=False)
    if inspection.pending:
        try:
            backup_before_migration(conn, path, inspection.applied[-1])
        except (OSError, sqlite3.Error) as exc:
            conn.close()
            raise PlanFileError(path, "backup", detail=str(exc)) from exc
        try:
            migrations.apply(db)
        except sqlite3.Error as exc:
            conn.close()
            raise PlanFileError(path, "upgrade_failed", detail=str(exc)) from exc
    return db, read_only


def create_database(path: Path, *, overwrite: bool = False) -> Database:
    """A new, empty plan file at ``path`` with the current schema. The file appears
    only when complete: it is built beside the target and renamed into place."""
    if path.exists() and not overwrite:
        raise PlanFileError(path, "exists")
    if path.is_dir():
        raise PlanFileError(path, "folder")
    partial = path.with_name(f".{path.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(partial, isolation_level=None)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA foreign_keys = ON")
        migrations.apply(Database(conn, execute_plugins=False))
        conn.execute("PRAGMA journal_mode = WAL")
        conn.close()
        for suffix in ("-wal", "-shm"):
            # A stale log of an overwritten plan would be replayed onto the new one.
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(partial, path)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise PlanFileError(path, "create", detail=str(exc)) from exc
    finally:
        for suffix in ("-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
    db, _ = open_database(path)
    return db


def copy_plan(source: Database, target: Path) -> None:
    """Write a consistent copy of an open plan to ``target`` (save a copy)."""
    partial = target.with_name(f".{target.name}.partial")
    dest = sqlite3.connect(partial)
    try:
        source.conn.backup(dest)
    finally:
        dest.close()
    for suffix in ("-wal", "-shm"):
        # A stale log of an earlier file of that name would be replayed onto the copy.
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    os.replace(partial, target)
