"""Bad files are refused: ``Store.open`` raises ``PlanFileError`` with one line naming the
file and the reason, and the file is left exactly as it was: same bytes, same mtime,
nothing new beside it (no ``-wal``, ``-shm`` or backup).

Each case builds its bad file from scratch or from a closed copy of a real plan.
"""

from __future__ import annotations

import random
import re
import shutil
import sqlite3
import struct
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from rbdesk.store import PlanFileError, Store
from tests.store.plans import CURRENT, file_state, unit_id

PNG_HEADER = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
)

#: b-tree page types (first byte of a page's header).
TABLE_LEAF = 0x0D
INDEX_LEAF = 0x0A


@dataclass(frozen=True)
class Sources:
    sample: Path
    large: Path


Build = Callable[[Path, Sources], Path]


def _write(data: bytes) -> Build:
    def build(tmp: Path, _: Sources) -> Path:
        path = tmp / "plan.rbd"
        path.write_bytes(data)
        return path

    return build


def _copy(source: Path, tmp: Path) -> Path:
    path = tmp / "plan.rbd"
    shutil.copyfile(source, path)
    return path


def _sql(path: Path, *statements: str) -> None:
    """Run ``statements`` on ``path`` with plain sqlite3 (as a crafted file would be made)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def _altered(*statements: str) -> Build:
    def build(tmp: Path, sources: Sources) -> Path:
        path = _copy(sources.sample, tmp)
        _sql(path, *statements)
        return path

    return build


def _other_sqlite(tmp: Path, _: Sources) -> Path:
    path = tmp / "plan.rbd"
    _sql(
        path,
        "CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, nama TEXT)",
        "INSERT INTO pelanggan (nama) VALUES ('Budi'), ('Siti')",
    )
    return path


def _truncated(tmp: Path, sources: Sources) -> Path:
    path = _copy(sources.large, tmp)
    data = path.read_bytes()
    assert len(data) > 500_000, "the large plan should span hundreds of pages"
    path.write_bytes(data[: len(data) // 2])
    return path


def _truncated_mid_page(tmp: Path, sources: Sources) -> Path:
    path = _copy(sources.large, tmp)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 1234])
    return path


def _pages(data: bytes, page_type: int) -> list[int]:
    """Numbers (1-based) of the pages whose b-tree header says ``page_type``."""
    (page_size,) = struct.unpack(">H", data[16:18])
    count = len(data) // page_size
    return [
        n
        for n in range(2, count + 1)  # page 1 holds the schema; leave it intact
        if data[(n - 1) * page_size] == page_type
    ]


def _garbage_in_page(page_type: int, seed: int) -> Build:
    """Overwrite 128 bytes in the middle of the middle page of ``page_type`` with
    seeded random bytes."""

    def build(tmp: Path, sources: Sources) -> Path:
        path = _copy(sources.large, tmp)
        data = bytearray(path.read_bytes())
        (page_size,) = struct.unpack(">H", data[16:18])
        pages = _pages(bytes(data), page_type)
        assert len(pages) > 20
        page = pages[len(pages) // 2]
        start = (page - 1) * page_size + page_size // 2 - 64
        data[start : start + 128] = random.Random(seed).randbytes(128)
        path.write_bytes(bytes(data))
        return path

    return build


def _directory(tmp: Path, _: Sources) -> Path:
    path = tmp / "plan.rbd"
    path.mkdir()
    return path


def _missing(tmp: Path, _: Sources) -> Path:
    return tmp / "no-such-plan.rbd"


@dataclass(frozen=True)
class Case:
    id: str
    build: Build
    #: A regular expression the reason must match.
    reason: str
    #: The file is an SQLite file in WAL mode that gets as far as SQLite (see
    #: test_refusal_creates_no_sidecar_files).
    wal_mode: bool = False
    #: SQLite's quick_check reports the damage over several lines.
    multi_line_report: bool = False


CASES = [
    Case("empty", _write(b""), "empty"),
    Case("text", _write(b"Nama Unit,Induk\nDinas Pendidikan,\n"), "not an SQLite"),
    Case("png", _write(PNG_HEADER + bytes(200)), "not an SQLite"),
    Case("random-bytes", _write(random.Random(7).randbytes(8192)), "not an SQLite"),
    Case(
        "sqlite-magic-then-garbage",
        _write(b"SQLite format 3\x00" + random.Random(8).randbytes(8192 - 16)),
        "corrupt|not an rbdesk plan|cannot be opened|truncated",
    ),
    Case("header-only", _write(b"SQLite format 3\x00" + bytes(40)), "truncated"),
    Case("other-sqlite", _other_sqlite, "not an rbdesk plan"),
    Case(
        "wrong-application-id",
        _altered("PRAGMA application_id = 1179403647"),
        "not an rbdesk plan",
        wal_mode=True,
    ),
    Case(
        "newer-version",
        _altered(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('rbdesk', '9999_future', '2031-01-01 00:00:00+00:00')"
        ),
        "newer version of rbdesk .*9999_future",
        wal_mode=True,
    ),
    Case(
        "migration-record-missing",
        _altered("DELETE FROM _sqlite_migrations"),
        "schema history",
        wal_mode=True,
    ),
    Case("truncated", _truncated, "truncated"),
    Case("truncated-mid-page", _truncated_mid_page, "truncated"),
    Case(
        "garbage-in-table-page",
        _garbage_in_page(TABLE_LEAF, seed=1),
        "corrupt",
        wal_mode=True,
        multi_line_report=True,
    ),
    Case(
        "garbage-in-index-page",
        _garbage_in_page(INDEX_LEAF, seed=2),
        "corrupt",
        wal_mode=True,
        multi_line_report=True,
    ),
    Case(
        "trigger-added",
        _altered("CREATE TRIGGER wipe AFTER UPDATE ON unit BEGIN DELETE FROM unit; END"),
        "altered .*trigger 'wipe'",
        wal_mode=True,
    ),
    Case(
        "trigger-on-migrations",
        _altered(
            "CREATE TRIGGER on_upgrade AFTER INSERT ON _sqlite_migrations "
            "BEGIN DELETE FROM unit; END"
        ),
        "altered .*trigger 'on_upgrade'",
        wal_mode=True,
    ),
    Case(
        "view-added",
        _altered("CREATE VIEW unit_names AS SELECT name FROM unit"),
        "altered .*view 'unit_names'",
        wal_mode=True,
    ),
    Case(
        "column-added",
        _altered("ALTER TABLE unit ADD COLUMN extra TEXT"),
        "altered .*table 'unit'",
        wal_mode=True,
    ),
    Case(
        "index-dropped",
        _altered("DROP INDEX unit_parent"),
        "altered .*index 'unit_parent'",
        wal_mode=True,
    ),
    Case(
        "table-replaced-by-view",
        _altered(
            "ALTER TABLE iku RENAME TO iku_old",
            "CREATE VIEW iku AS SELECT * FROM iku_old",
        ),
        "altered",
        wal_mode=True,
    ),
    Case("directory", _directory, "folder"),
    Case("missing", _missing, "does not exist"),
]


def _param(case: Case) -> object:
    return pytest.param(case, id=case.id)


@pytest.fixture
def sources(sample_plan_source: Path, large_plan_source: Path) -> Sources:
    return Sources(sample_plan_source, large_plan_source)


def _refuse(case: Case, tmp_path: Path, sources: Sources) -> tuple[Path, PlanFileError]:
    path = case.build(tmp_path, sources)
    with pytest.raises(PlanFileError) as caught:
        Store.open(path).close()
    return path, caught.value


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_bad_file_is_refused_and_left_alone(case: Case, tmp_path: Path, sources: Sources) -> None:
    path = case.build(tmp_path, sources)
    before = file_state(path)
    assert not any(n.endswith(("-wal", "-shm", ".bak")) for n in before.neighbours)

    with pytest.raises(PlanFileError) as caught:
        Store.open(path).close()

    error = caught.value
    assert error.path == path
    assert str(path) in str(error)
    assert error.reason and error.reason in str(error)
    assert re.search(case.reason, error.reason), error.reason
    after = file_state(path)
    assert after.data == before.data, "the refused file's bytes changed"
    assert after.mtime_ns == before.mtime_ns, "the refused file's mtime changed"
    sidecars = {n for n in after.neighbours - before.neighbours if n.endswith(("-wal", "-shm"))}
    # -wal/-shm are checked on their own (test_refusal_creates_no_sidecar_files).
    assert after.neighbours - before.neighbours - sidecars == set(), "files appeared beside it"
    assert not path.with_name(f"{path.name}.partial").exists()


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_refusal_creates_no_sidecar_files(case: Case, tmp_path: Path, sources: Sources) -> None:
    path = case.build(tmp_path, sources)
    before = file_state(path)
    with pytest.raises(PlanFileError):
        Store.open(path).close()
    assert file_state(path).neighbours == before.neighbours


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_refusal_message_is_one_line(case: Case, tmp_path: Path, sources: Sources) -> None:
    _, error = _refuse(case, tmp_path, sources)
    message = str(error)
    assert "\n" not in message and "\r" not in message, message
    assert len(message) < 400, message


def _create_trigger_via_writable_schema(path: Path, name: str, sql: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) "
            "VALUES ('trigger', ?, 'unit', 0, ?)",
            [name, sql],
        )
    finally:
        conn.close()


@pytest.mark.parametrize("name", ["sqlitex_wipe", "SQLITE1wipe", "sqlite_wipe"])
def test_trigger_hidden_by_its_name_is_refused(name: str, plan: Path) -> None:
    sql = f"CREATE TRIGGER {name} AFTER UPDATE ON unit BEGIN DELETE FROM unit; END"
    if name.lower().startswith("sqlite_"):
        # SQLite refuses to create such a name; a crafted file writes it directly.
        _create_trigger_via_writable_schema(plan, name, sql)
    else:
        _sql(plan, sql)
    before = file_state(plan)

    with pytest.raises(PlanFileError, match="altered"):
        store = Store.open(plan)
        # Only reached when the file was accepted: show what its trigger does.
        with store:
            units = store.unit_count()
            uid = unit_id(store, CURRENT, "Dinas Pariwisata")
            store.update_unit(replace(store.unit(uid), notes="satu suntingan"))
            left = store.unit_count()
        pytest.fail(f"accepted; after one edit the file's trigger left {left} of {units} units")
    assert file_state(plan).data == before.data


def test_refused_trigger_did_not_run(plan: Path) -> None:
    """The trigger of an altered file never runs: not on opening, and the file's units
    are all still there afterwards (read with plain sqlite3, immutably)."""
    _sql(
        plan,
        "CREATE TRIGGER wipe_meta AFTER INSERT ON meta BEGIN DELETE FROM unit; END",
        "CREATE TRIGGER wipe_region AFTER UPDATE ON region BEGIN DELETE FROM unit; END",
    )
    conn = sqlite3.connect(f"{plan.as_uri()}?mode=ro&immutable=1", uri=True)
    (units_before,) = conn.execute("SELECT count(*) FROM unit").fetchone()
    conn.close()
    assert units_before > 10

    with pytest.raises(PlanFileError, match="altered"):
        Store.open(plan)

    conn = sqlite3.connect(f"{plan.as_uri()}?mode=ro&immutable=1", uri=True)
    (units_after,) = conn.execute("SELECT count(*) FROM unit").fetchone()
    conn.close()
    assert units_after == units_before


def test_a_good_plan_is_accepted(plan: Path) -> None:
    """The refusal cases above start from this file: it must itself open."""
    with Store.open(plan) as store:
        assert store.integrity_ok()
        assert [s.name for s in store.scenarios()] == [CURRENT, "Usulan 2026 🏛️"]


def test_the_large_plan_is_accepted(tmp_path: Path, large_plan_source: Path) -> None:
    path = _copy(large_plan_source, tmp_path)
    with Store.open(path) as store:
        assert store.unit_count() == 5000


def test_a_file_name_with_a_line_break_keeps_the_message_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "usulan\nbaru.rbd"  # a POSIX name may hold a line break
    path.write_bytes(PNG_HEADER)
    with pytest.raises(PlanFileError) as caught:
        Store.open(path)
    for said in (str(caught.value), caught.value.message("id")):
        assert "\n" not in said and "usulan\ufffdbaru.rbd" in said
