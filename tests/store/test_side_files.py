"""Side files (issue 17 items 2, 3, 7 and the lock part of 4): the plan file is whole
between edits, a leftover journal is applied only to the plan it belongs to, the file
behind a symlink is the one inspected, and a plan open for editing elsewhere is never
written or replaced.

See ``rbdesk.store.sidefiles`` for the design these tests hold it to.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from rbdesk.domain.model import Unit
from rbdesk.store import LockedError, Store, known, read_lock, take_over_lock
from rbdesk.store.sidefiles import journal_page_one, lock_session, real_path
from tests.store.plans import file_state
from tests.store.sides import crash_mid_edit, die_before_commit


def _names(store: Store) -> set[str]:
    return {u.name for u in store.load(store.current_scenario().id).units.values()}


def _folder(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir()) if p.is_file()}


@pytest.mark.parametrize("first", [False, True], ids=["later-edit", "first-edit"])
def test_a_crash_in_the_middle_of_an_edit_is_rolled_back(plan: Path, first: bool) -> None:
    """A writer killed while its edit was half in the file: the next opening for
    editing rolls the edit back (the journal is the plan's own), keeps the edits
    committed before it, and says so."""
    crash_mid_edit(plan, first=first)
    with Store.open(plan) as store:
        names = _names(store)
        assert store.integrity_ok()
        assert not any(n.startswith("Unit setengah jadi") for n in names)
        assert ("Dinas Sebelum Crash" in names) is not first
        assert [n.key for n in store.notices] == ["notice.plan.recovered"]
    assert not Path(f"{plan}-journal").exists()
    assert not list(plan.parent.glob("*.orphan-*"))
    assert not Path(f"{plan}.lock").exists()


def _crash_in_the_first_commit(plan: Path) -> None:
    """A writer killed in the commit of its session's first edit, once page 1 (which
    SQLite writes first) had reached the file with the session's new id."""
    crash_mid_edit(plan, first=True)
    image = journal_page_one(Path(f"{plan}-journal"))
    assert image is not None
    (counter,) = struct.unpack(">I", image[24:28])
    session = lock_session(plan)
    assert session is not None
    with plan.open("r+b") as handle:
        for offset, value in ((24, counter + 1), (92, counter + 1), (60, session)):
            handle.seek(offset)
            handle.write(struct.pack(">I", value))


def _rolled_back(plan: Path) -> None:
    with Store.open(plan) as store:
        assert [n.key for n in store.notices] == ["notice.plan.recovered"]
        assert store.integrity_ok()
        assert not any(n.startswith("Unit setengah jadi") for n in _names(store))
    assert not list(plan.parent.glob("*.orphan-*"))


_DIES_AFTER_TAKING_THE_LOCK = r"""
import os, sys
from rbdesk.store import Store, opening
opening.leftovers = lambda *args: os._exit(0)  # killed before it rolls anything back
Store.open(sys.argv[1])
"""


def test_a_second_crash_before_the_rollback_keeps_the_journal_tied(plan: Path) -> None:
    """A crash in the first edit of a session, then a crash in the next start-up once
    it had taken the lock over (the crash soak found it: the journal was set aside and
    the edit half kept). The new lock names the sessions the old one did."""
    _crash_in_the_first_commit(plan)
    done = subprocess.run([sys.executable, "-c", _DIES_AFTER_TAKING_THE_LOCK, str(plan)],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    known.forget(real_path(plan))  # this machine's record lost, or another computer
    _rolled_back(plan)


def test_a_crash_in_the_first_edit_is_rolled_back_after_a_take_over(plan: Path) -> None:
    """The same crash on another computer: there the planner takes the lock over
    (rbdesk asks), and that computer's record knows nothing of the session."""
    import socket

    _crash_in_the_first_commit(plan)
    lock = Path(f"{plan}.lock")
    lines = lock.read_text(encoding="utf-8").splitlines()
    lines[2] = f"not-{socket.gethostname()}"
    lines[5] = ""  # a window's lock there (a command's would be waited for)
    lock.write_text("\n".join(lines) + "\n", encoding="utf-8")
    known.forget(real_path(plan))
    with pytest.raises(LockedError):
        Store.open(plan)
    take_over_lock(plan)
    _rolled_back(plan)


@pytest.mark.parametrize("read_only", [False, True], ids=["editing", "reading"])
def test_a_crash_in_a_commit_that_grew_the_plan_is_rolled_back(plan: Path, read_only: bool) -> None:
    """A kill in a commit that grew the plan, once page 1 (with the new size) was
    written and before the last page was: the file is shorter than its header says
    until the journal is rolled back. It was refused as truncated (the crash soak found
    it, killing a migration that added a table)."""
    crash_mid_edit(plan)
    image = journal_page_one(Path(f"{plan}-journal"))
    assert image is not None
    (counter,) = struct.unpack(">I", image[24:28])
    pages = plan.stat().st_size // 4096 + 3
    with plan.open("r+b") as handle:
        for offset, value in ((24, counter + 1), (92, counter + 1), (28, pages)):
            handle.seek(offset)
            handle.write(struct.pack(">I", value))
    with Store.open(plan, read_only=read_only) as store:
        keys = [n.key for n in store.notices]
        assert keys == [f"notice.plan.recovered{'_read' if read_only else ''}"]
        assert store.integrity_ok()
        assert not any(n.startswith("Unit setengah jadi") for n in _names(store))


def test_a_journal_of_an_edit_killed_before_its_commit_is_no_orphan(plan: Path) -> None:
    """A kill before SQLite completed the journal's header leaves the plan untouched
    and a journal SQLite never plays back: the plan's own, with nothing in it. It was
    set aside as a side file that "did not belong to the plan" (one kill in two of the
    crash soak); it is said nothing of, and opening for editing removes it."""
    with Store.open(plan, read_only=True) as store:
        before = store.fingerprint()
    die_before_commit(plan)
    folder = _folder(plan)
    with Store.open(plan, read_only=True) as store:
        assert store.notices == []
    assert _folder(plan) == folder  # a read changes nothing beside the plan
    with Store.open(plan) as store:
        assert store.notices == []
        assert store.integrity_ok()
        assert store.fingerprint() == before
    assert not Path(f"{plan}-journal").exists()
    assert not list(plan.parent.glob("*.orphan-*"))


def _journal_of(plan: Path, images: dict[int, bytes]) -> Path:
    """A journal as SQLite writes it, holding ``images`` (page number: before-image)."""
    nonce, size = 0x1234567, 4096
    pages = plan.stat().st_size // size
    magic = b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"
    header = magic + struct.pack(">IIIII", len(images), nonce, pages, 512, size)
    records = b""
    for pgno, image in images.items():
        check = nonce + sum(image[i] for i in range(size - 200, 0, -200))
        records += struct.pack(">I", pgno) + image + struct.pack(">I", check & 0xFFFFFFFF)
    journal = Path(f"{plan}-journal")
    journal.write_bytes(header.ljust(512, b"\x00") + records)
    return journal


@pytest.mark.parametrize("case", ["header-only", "nothing-written", "page-body", "other-page"])
def test_a_journal_that_can_change_a_header_only_is_no_orphan(plan: Path, case: str) -> None:
    """A crash in a transaction of the header alone (an old plan turned from WAL to
    the rollback journal at its first opening, a migration's session id) after page 1
    was written: the journal holds page 1 and differs from the plan only in the
    header. Or a crash once the journal was complete, before any page was written (on
    a plan whose session id is 0, a saved copy, nothing else ties it). Nothing can come
    of either (the crash soak met the first, and the planner was told a side file "did
    not belong"). A journal that would change a page's body is no such thing: set
    aside as before."""
    with Store.open(plan, read_only=True) as store:
        before = store.fingerprint()
    data = plan.read_bytes()
    page = data[:4096]
    image = bytearray(page)
    if case != "nothing-written":
        image[60:64] = struct.pack(">I", 4242)  # the session before
        image[24:28] = image[92:96] = struct.pack(">I", struct.unpack(">I", page[24:28])[0] - 1)
    if case == "page-body":
        image[200] ^= 0xFF
    images = {1: bytes(image), 3: data[8192:12288], 7: data[24576:28672]}
    if case == "other-page":
        images[7] = images[7][:100] + b"x" + images[7][101:]
    journal = _journal_of(plan, images)
    assert journal_page_one(journal) == bytes(image)
    body = case in ("page-body", "other-page")
    with Store.open(plan, read_only=True) as store:
        assert [n.key for n in store.notices] == (["notice.plan.orphan_ignored"] if body else [])
    assert journal.exists()
    with Store.open(plan) as store:
        assert [n.key for n in store.notices] == (["notice.plan.orphan"] if body else [])
        assert store.fingerprint() == before
    assert not journal.exists()
    assert bool(list(plan.parent.glob("*.orphan-*"))) is body


def test_a_read_shows_the_rolled_back_plan_and_changes_nothing(plan: Path) -> None:
    crash_mid_edit(plan)
    before = _folder(plan)
    with Store.open(plan, read_only=True) as store:
        names = _names(store)
        assert "Dinas Sebelum Crash" in names
        assert not any(n.startswith("Unit setengah jadi") for n in names)
        assert [n.key for n in store.notices] == ["notice.plan.recovered_read"]
    assert _folder(plan) == before


def _colleagues_plan(source: Path, folder: Path, *, edited: bool) -> tuple[Path, str]:
    """Another copy of the plan, edited elsewhere (a session of its own) or not."""
    other = folder / "kolega.rbd"
    shutil.copyfile(source, other)
    with Store.open(other) as store:
        if edited:
            store.set_region(replace(store.region(), name="Kabupaten Kolega"))
        fingerprint = store.fingerprint()
    return other, fingerprint


@pytest.mark.parametrize("edited", [True, False], ids=["edited", "untouched"])
def test_a_plan_copied_over_the_name_is_never_touched_by_the_old_journal(
    plan: Path, tmp_path: Path, sample_plan_source: Path, edited: bool
) -> None:
    """The stick was pulled in the middle of an edit; then a colleague's version is
    copied over the same name (issue 17 item 2). The old journal is set aside, never
    rolled into the colleague's plan, and the planner is told."""
    crash_mid_edit(plan)
    folder = tmp_path / "kolega"
    folder.mkdir()
    other, fingerprint = _colleagues_plan(sample_plan_source, folder, edited=edited)
    shutil.copyfile(other, plan)
    # a read first: it shows the colleague's plan and leaves everything as it was
    before = _folder(plan)
    with Store.open(plan, read_only=True) as store:
        assert store.fingerprint() == fingerprint
        assert [n.key for n in store.notices] == ["notice.plan.orphan_ignored"]
    assert _folder(plan) == before
    with Store.open(plan) as store:
        assert store.fingerprint() == fingerprint
        assert store.integrity_ok()
        assert [n.key for n in store.notices] == ["notice.plan.orphan"]
        moved = store.notices[0].params["moved"]
    assert not Path(f"{plan}-journal").exists()
    assert (plan.parent / str(moved)).read_bytes() == before[f"{plan.name}-journal"]
    assert str(moved).startswith("plan.rbd-journal.orphan-")


def test_a_log_of_an_older_rbdesk_is_set_aside_not_replayed(plan: Path, tmp_path: Path) -> None:
    """A -wal (older versions wrote in WAL mode) of another copy beside the plan."""
    other = tmp_path / "other.rbd"
    shutil.copyfile(plan, other)
    import sqlite3

    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE region SET name = 'Dari Log Lain'")
    conn.commit()
    wal = Path(f"{other}-wal").read_bytes()
    shutil.copyfile(other, tmp_path / "keep.rbd")  # (the connection keeps the log)
    conn.close()
    with Store.open(plan, read_only=True) as store:
        fingerprint = store.fingerprint()
    Path(f"{plan}-wal").write_bytes(wal)
    with Store.open(plan) as store:
        assert store.region().name != "Dari Log Lain"
        assert store.fingerprint() == fingerprint
        assert [n.key for n in store.notices] == ["notice.plan.orphan"]


def test_a_copy_taken_between_two_edits_is_the_current_plan(plan: Path, tmp_path: Path) -> None:
    """While the plan is open for editing, the .rbd file alone holds every edit
    (issue 17 item 3): a copy of it taken between two edits is the current plan, and
    nothing but the lock lies beside it."""
    copy = tmp_path / "salinan.rbd"
    with Store.open(plan) as store:
        current = store.current_scenario().id
        store.add_unit(current, Unit(0, None, "dinas", "Dinas Baru Sekali"))
        store.set_region(replace(store.region(), name="Kabupaten Disalin"))
        shutil.copyfile(plan, copy)
        fingerprint = store.fingerprint()
        assert sorted(p.name for p in plan.parent.iterdir() if p.name.startswith("plan")) == [
            "plan.rbd", "plan.rbd.lock"]  # fmt: skip
    with Store.open(copy, read_only=True) as copied:
        assert copied.fingerprint() == fingerprint
        assert copied.region().name == "Kabupaten Disalin"


def test_a_read_makes_no_side_file_while_the_plan_is_open_for_editing(plan: Path) -> None:
    with Store.open(plan) as store:
        store.set_region(replace(store.region(), name="Kabupaten Sedang Disunting"))
        before = file_state(plan)
        with Store.open(plan, read_only=True) as reader:
            assert reader.region().name == "Kabupaten Sedang Disunting"
        assert file_state(plan) == before


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_the_file_behind_a_symlink_is_the_one_inspected(plan: Path, tmp_path: Path) -> None:
    """A journal beside the symlink's target, not beside the link (issue 17 item 7):
    it is looked at, found not to belong, and set aside; nothing of it reaches the
    plan."""
    crashed = tmp_path / "lain" / "crashed.rbd"
    crashed.parent.mkdir()
    shutil.copyfile(plan, crashed)
    crash_mid_edit(crashed)
    target = tmp_path / "sasaran" / "rencana.rbd"
    target.parent.mkdir()
    with Store.open(plan) as store:  # a plan of its own session, edited once
        store.set_region(replace(store.region(), name="Kabupaten Sasaran"))
    shutil.copyfile(plan, target)
    with Store.open(target, read_only=True) as store:
        fingerprint = store.fingerprint()
    shutil.copyfile(f"{crashed}-journal", f"{target}-journal")
    link = tmp_path / "tautan.rbd"
    link.symlink_to(target)
    with Store.open(link, read_only=True) as store:
        assert store.fingerprint() == fingerprint
        assert [n.key for n in store.notices] == ["notice.plan.orphan_ignored"]
    with Store.open(link) as store:
        assert store.fingerprint() == fingerprint
        assert store.integrity_ok()
        store.set_region(replace(store.region(), name="Kabupaten Lewat Tautan"))
    assert not Path(f"{target}-journal").exists()
    assert list(target.parent.glob("rencana.rbd-journal.orphan-*"))
    with Store.open(target, read_only=True) as store:
        assert store.region().name == "Kabupaten Lewat Tautan"


_HOLDER = r"""
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1] + ".lock")
assert lock.tryLock(0)
print("held", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def window_lock(plan: Path):
    """A window of another process holding the plan's lock (Qt's QLockFile)."""
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(plan)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    yield holder
    holder.communicate("\n", timeout=30)


def test_a_plan_open_in_a_window_elsewhere_is_not_opened_for_editing(
    plan: Path, window_lock: subprocess.Popen[str], tmp_path: Path
) -> None:
    before = file_state(plan)
    with pytest.raises(LockedError) as refused:
        Store.open(plan)
    assert refused.value.params["pid"] == window_lock.pid
    holder = read_lock(plan)
    assert holder is not None and holder.live and not holder.command
    with Store.open(plan, read_only=True) as store:  # reading it is fine
        store.fingerprint()
    other = tmp_path / "other.rbd"
    shutil.copyfile(plan, other)
    with Store.open(other) as store, pytest.raises(LockedError):
        store.save_copy(plan)  # "save a copy" over a plan open elsewhere
    assert file_state(plan).data == before.data


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_two_names_of_one_plan_share_its_lock(plan: Path, tmp_path: Path) -> None:
    """Two windows reaching one plan through a symlink both wrote and lost each
    other's edits (issue 17 item 4): the lock is on the file itself."""
    link = tmp_path / "tautan.rbd"
    link.symlink_to(plan)
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(plan)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(LockedError):
            Store.open(link)
    finally:
        holder.communicate("\n", timeout=30)


def test_save_copy_onto_the_open_plan_itself_is_refused(plan: Path) -> None:
    with Store.open(plan) as store:
        before = plan.read_bytes()
        from rbdesk.domain.errors import RbdeskError

        with pytest.raises(RbdeskError, match="another name"):
            store.save_copy(plan)
        assert plan.read_bytes() == before


def test_a_stale_lock_of_this_machine_is_taken_over(plan: Path) -> None:
    """A lock whose process is gone (a crash), or an empty lock file, is taken over
    by the next opening for editing."""
    import socket

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    for content in (f"{gone.stdout.strip()}\npython3\n{socket.gethostname()}\n", ""):
        Path(f"{plan}.lock").write_text(content, encoding="utf-8")
        with Store.open(plan) as store:
            assert not store.read_only
        assert not Path(f"{plan}.lock").exists()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_a_log_with_a_trigger_beside_a_symlinks_target_never_reaches_the_plan(
    plan: Path, tmp_path: Path
) -> None:
    """The reproduction of issue 17 item 7: the inspection looked for ``-wal`` beside
    the link while the working connection used the target, so a log holding a trigger
    beside the target passed, and one edit deleted every unit."""
    import sqlite3

    other = tmp_path / "other.rbd"
    shutil.copyfile(plan, other)
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TRIGGER hapus AFTER UPDATE ON region BEGIN DELETE FROM unit; END")
    conn.commit()
    wal = Path(f"{other}-wal").read_bytes()
    conn.close()
    target = tmp_path / "sasaran" / "rencana.rbd"
    target.parent.mkdir()
    shutil.copyfile(plan, target)
    Path(f"{target}-wal").write_bytes(wal)
    link = tmp_path / "tautan.rbd"
    link.symlink_to(target)
    with Store.open(link) as store:
        units = store.unit_count(store.current_scenario().id)
        store.set_region(replace(store.region(), name="Kabupaten Lewat Tautan"))
        assert store.unit_count(store.current_scenario().id) == units > 0
        triggers = store.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        assert triggers.fetchall() == []
