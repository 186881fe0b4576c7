"""Commands that read, only read: ``info``, ``check``, ``compare``, ``report`` and ``ops`` leave
the plan file's bytes and its folder exactly as they were: no ``-wal``/``-shm`` created
or left behind, nothing recorded in the plan, and nothing tidied away either (a
leftover beside a plan is for opening the plan for editing to deal with)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rbdesk.store import Store

READERS = (
    ["info"],
    ["info", "--json"],
    ["check"],
    ["check", "--format", "json", "--scenario", "Usulan Penataan 2027"],
    ["compare"],
    ["compare", "--format", "json"],
    ["report", "-o", "{out}"],
    ["ops"],
    ["ops", "--format", "json", "--scenario", "Usulan Penataan 2027"],
)


def rbdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "rbdesk", *args], capture_output=True,
                          text=True, timeout=600)  # fmt: skip


def folder_state(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file of ``folder``: its content hash and modification time."""
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.iterdir())
    }


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("source") / "s.rbd"
    assert rbdesk("sample", "-o", str(path)).returncode == 0
    return path


@pytest.mark.parametrize("command", READERS, ids=lambda c: " ".join(c))
def test_a_reading_command_leaves_plan_and_folder_as_they_were(
    command: list[str], source: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    plan = folder / "sukamaju.rbd"
    plan.write_bytes(source.read_bytes())
    os.utime(plan, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    before = folder_state(folder)
    out = tmp_path / "usulan.pdf"
    args = [a.format(out=out) for a in command]
    done = rbdesk(args[0], str(plan), *args[1:])
    assert done.returncode in (0, 1), done.stderr  # check exits 1 for the sample's errors
    assert done.stdout
    assert folder_state(folder) == before


def test_a_leftover_log_is_neither_applied_nor_tidied(source: Path, tmp_path: Path) -> None:
    """A plan with an empty -wal and -shm left beside it (as a crash leaves them): the
    reading commands read it and leave the leftovers alone."""
    plan = tmp_path / "s.rbd"
    plan.write_bytes(source.read_bytes())
    Path(f"{plan}-wal").write_bytes(b"")
    Path(f"{plan}-shm").write_bytes(b"")
    before = folder_state(tmp_path)
    for command in (["info"], ["check"], ["compare"]):
        done = rbdesk(command[0], str(plan))
        assert done.returncode in (0, 1), done.stderr
    after = folder_state(tmp_path)
    assert after.keys() == before.keys()
    assert after[plan.name] == before[plan.name]


def test_reading_a_plan_open_for_editing_sees_its_edits(source: Path, tmp_path: Path) -> None:
    """While the window has the plan open, every edit is in the .rbd file itself (issue
    17 item 3): a reading command sees it, and changes nothing of the plan nor beside
    it (no -wal, no -shm: the plan is in rollback-journal mode)."""
    plan = tmp_path / "s.rbd"
    plan.write_bytes(source.read_bytes())
    with Store.open(plan) as store:
        from dataclasses import replace

        store.set_region(replace(store.region(), name="Kabupaten Sukamaju Raya"))
        names_before = sorted(p.name for p in tmp_path.iterdir())
        assert names_before == ["s.rbd", "s.rbd.lock"]
        data_before = plan.read_bytes()
        done = rbdesk("info", str(plan), "--json")
        assert done.returncode == 0, done.stderr
        assert '"name": "Kabupaten Sukamaju Raya"' in done.stdout
        assert sorted(p.name for p in tmp_path.iterdir()) == names_before
        assert plan.read_bytes() == data_before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_pipe_named_like_a_plan_is_refused_at_once(tmp_path: Path) -> None:
    """A FIFO named like a plan hung every command (issue 17 item 14): refused before
    anything reads it, in one line, and nothing appears beside it."""
    pipe = tmp_path / "plan.rbd"
    os.mkfifo(pipe)
    for command in (["info"], ["check"], ["report", "-o", str(tmp_path / "r.pdf")]):
        done = rbdesk(command[0], str(pipe), *command[1:])  # would block: timeout 600
        assert done.returncode == 2, done.stderr
        assert "bukan berkas biasa" in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.rbd"]
