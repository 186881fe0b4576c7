"""The command line and plans open elsewhere or damaged (issue 17 items 4 and 8):
``sample --force``, ``import-csv --force`` and ``sign`` onto a plan a window holds
open refuse with exit 2 and change nothing; a plan whose index is damaged is refused
with a message naming the way out, and ``rbdesk repair`` writes a repaired copy."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from rbdesk.store import Store
from tests.conftest import DATA

_WINDOW = r"""
import sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1] + ".lock")
lock.setStaleLockTime(0)
assert lock.tryLock(0)
print("held", flush=True)
sys.stdin.readline()
"""


def rbdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "rbdesk", *args, "--lang", "en"],
                          capture_output=True, text=True, timeout=300)  # fmt: skip


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("source") / "s.rbd"
    assert rbdesk("sample", "-o", str(path)).returncode == 0
    return path


def _folder(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize(
    "command",
    [
        ["sample", "-o", "{plan}", "--force"],
        ["sample", "-o", "{plan}", "--force", "--units", "40"],
        ["import-csv", str(DATA / "mojokerto.csv"), "-o", "{plan}", "--force"],
        ["sign", "{plan}", "--role", "prepared", "--name", "Ani"],
        ["sign", "{plan}", "--role", "approved", "--clear"],
    ],
    ids=lambda c: " ".join(c[:1] + c[3:4]),
)
def test_a_plan_open_in_a_window_is_not_replaced_nor_signed(
    command: list[str], source: Path, tmp_path: Path
) -> None:
    plan = tmp_path / "plan.rbd"
    shutil.copyfile(source, plan)
    window = subprocess.Popen([sys.executable, "-c", _WINDOW, str(plan)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert window.stdout is not None and window.stdout.readline().strip() == "held"
        before = _folder(tmp_path)
        done = rbdesk(*[a.format(plan=plan) for a in command])
        assert done.returncode == 2, done.stderr
        assert "is open for editing in the" in done.stderr
        assert "Traceback" not in done.stderr
        assert _folder(tmp_path) == before
    finally:
        window.communicate("\n", timeout=30)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_a_plan_open_through_another_name_is_refused_too(source: Path, tmp_path: Path) -> None:
    plan = tmp_path / "plan.rbd"
    shutil.copyfile(source, plan)
    link = tmp_path / "tautan.rbd"
    link.symlink_to(plan)
    window = subprocess.Popen([sys.executable, "-c", _WINDOW, str(plan)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert window.stdout is not None and window.stdout.readline().strip() == "held"
        done = rbdesk("sign", str(link), "--role", "prepared", "--name", "Ani")
        assert done.returncode == 2, done.stderr
    finally:
        window.communicate("\n", timeout=30)


def _damage_an_index(plan: Path) -> None:
    """Take some units out of the index on ``unit.parent_id`` behind SQLite's back: the
    table holds every row as before, the index misses some (as a torn write can leave
    it). The units are deleted (their index entries go) and put back while the index
    is declared partial with a WHERE that no row meets, then the declaration is
    restored."""
    real = "CREATE INDEX unit_parent ON unit(parent_id)"
    conn = sqlite3.connect(plan, isolation_level=None)
    rows = conn.execute("SELECT * FROM unit WHERE parent_id IS NOT NULL LIMIT 5").fetchall()
    conn.execute(f"DELETE FROM unit WHERE id IN ({','.join(str(r[0]) for r in rows)})")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'unit_parent'",
                 [real + " WHERE 0"])  # fmt: skip
    conn.close()
    conn = sqlite3.connect(plan, isolation_level=None)
    marks = ",".join("?" * len(rows[0]))
    conn.executemany(f"INSERT INTO unit VALUES ({marks})", rows)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'unit_parent'", [real])
    conn.close()


def test_a_damaged_index_is_refused_and_repaired_into_a_copy(source: Path, tmp_path: Path) -> None:
    """Damaged indexes passed the quick check (issue 17 item 8): rbdesk showed part of
    the units under the intact plan's fingerprint and accepted edits. A plan this
    machine has not seen as rbdesk left it gets the full integrity check."""
    plan = tmp_path / "rusak.rbd"
    shutil.copyfile(source, plan)
    with Store.open(plan, read_only=True) as store:
        fingerprint = store.fingerprint()
    _damage_an_index(plan)
    quick = sqlite3.connect(plan).execute("PRAGMA quick_check").fetchall()
    assert quick == [("ok",)]  # what the inspection relied on
    before = _folder(tmp_path)
    for command in (["info", str(plan)], ["check", str(plan)],
                    ["sign", str(plan), "--role", "prepared", "--name", "Ani"]):  # fmt: skip
        done = rbdesk(*command)
        assert done.returncode == 2, done.stdout
        assert "damaged" in done.stderr and "rbdesk repair" in done.stderr, done.stderr
        assert "Traceback" not in done.stderr
    assert _folder(tmp_path) == before
    copy = tmp_path / "diperbaiki.rbd"
    done = rbdesk("repair", str(plan), "-o", str(copy))
    assert done.returncode == 0, done.stderr
    assert fingerprint in done.stdout
    assert _folder(tmp_path) == {**before, copy.name: copy.read_bytes()}
    with Store.open(copy, check="full") as repaired:
        assert repaired.fingerprint() == fingerprint
        assert repaired.integrity_ok()
    assert rbdesk("repair", str(plan), "-o", str(copy)).returncode == 2  # never over a file


def test_a_plan_as_rbdesk_left_it_gets_the_quick_check_only(source: Path, tmp_path: Path) -> None:
    """The full check runs once per new or changed file: this machine remembers the
    plans it wrote or checked whole (size, time, fingerprint)."""
    from rbdesk.store import known

    plan = tmp_path / "plan.rbd"
    shutil.copyfile(source, plan)
    real = Path(os.path.realpath(plan))
    assert not known.is_known(real)
    with Store.open(plan, read_only=True) as store:
        assert store._verified
    assert known.is_known(real)
    with Store.open(plan, read_only=True) as store:
        assert not store._verified
    with Store.open(plan) as store:
        store.set_meta("x", "y")
    assert known.is_known(real)
    os.utime(plan, ns=(1, 1))  # changed behind rbdesk's back (a copy over it, ...)
    with Store.open(plan, read_only=True) as store:
        assert store._verified


def test_a_full_check_that_takes_too_long_is_stopped(source: Path, tmp_path: Path,
                                                    monkeypatch) -> None:  # fmt: skip
    from rbdesk.store import PlanFileError, opening

    plan = tmp_path / "plan.rbd"
    shutil.copyfile(source, plan)
    monkeypatch.setattr(opening, "check_budget", lambda path: 0.0)
    with pytest.raises(PlanFileError) as refused:
        Store.open(plan, read_only=True)
    assert refused.value.code == "check_slow"
    with Store.open(plan, read_only=True, check="full") as store:  # the planner agreed
        assert store._verified
