"""The files beside a plan: its lock, a leftover rollback journal or write-ahead log,
and the partial files of interrupted runs.

**The plan file is whole between edits.** rbdesk writes a plan in SQLite's rollback
journal mode (``journal_mode = DELETE``, ``synchronous = FULL``): a commit writes the
pages into the ``.rbd`` itself and then deletes ``NAME.rbd-journal``, so a copy of the
``.rbd`` taken between two edits is the whole current plan, and a connection that only
reads makes no side file at all (WAL would keep the edits in ``-wal`` until the window
closes, and every reader would make ``-wal`` and ``-shm``). Plans written by older
versions in WAL mode are turned to the rollback journal the first time they are opened
for editing.

**A leftover side file is tied to its plan before SQLite may use it.** The first
write of each opening for editing gives the plan a random *session id* in its header
(``PRAGMA user_version``; nothing else of rbdesk uses it, and a saved copy gets 0),
in the same transaction as that write, after noting the id in the plan's lock and in
this machine's record of the plan (:mod:`rbdesk.store.known`); a migration first gets
one in a transaction of its own. Every write transaction journals page 1 first (the
header is touched at its start, and ``cache_spill`` is off so no page reaches the file
before page 1 is in the journal; SQLite writes page 1 first at commit), so a journal
left by a crash holds the header as it was before that transaction. A journal beside
a plan is *tied* to it when the plan, read without the journal, has a non-zero session
id that the journal's page 1 image also has, or that the stale lock or this machine's
record names (a crash in the session's first write, after page 1 reached the file),
and the plan's change counter is the image's or one more. So that a second crash
cannot lose those ids before the journal is rolled back, an opening that takes a
stale lock over writes the ids the old lock named into its own first, and taking over
a lock from another computer (:func:`take_over_lock`) notes them in this machine's
record. Anything else is *untied*:
a journal of another copy that once had this name (a stick pulled while the plan was
open, then a colleague's version copied over it), of another session or program. A
``-wal`` is never tied: rbdesk writes no log any more, and a log holds pages *after*
its transactions, which only the very file it continues may receive. An untied side
file is never replayed: opening for editing sets it aside as
``NAME.rbd-journal.orphan-YYYYMMDD-HHMMSS`` (``-wal`` alike) and the plan opens as it
is; a read ignores it (reads change nothing beside the plan); the planner is told
either way (``Store.notices``). A tied journal with no live writer is a crash in the
middle of an edit: opening for editing lets SQLite roll it back into the file; a read
rolls it back in a private copy and shows that. A journal from which nothing but a
header can come (:func:`inert_journal`: SQLite never completed it, or it holds the
plan's pages as they are, page 1 perhaps but for its header: a crash before the plan
was written, or in a transaction of the header alone) is no leftover at all: nothing
is said, opening for editing removes it, and a read ignores it.

**The lock.** The window holds ``NAME.rbd.lock`` (Qt's ``QLockFile``: process id,
program, host name, machine and boot ids, one per line, under an ``flock``); a command
that writes holds the same kind of lock, written here without Qt, with a sixth line
``rbdesk-command`` so that other commands wait for it (a command's write is short)
instead of refusing as they do for a window. While a live process other than this one
holds the lock, a side file beside the plan may be in use and is never touched. A lock
whose process is gone (the ``flock`` is free, or the process id runs no more on this
host) is stale and is taken over. A lock from another host counts as live;
:func:`take_over_lock` lets the window take it over once the planner agrees. The lock
is taken on the plan's real path (symlinks resolved), so two names of one plan share it.

**Hard links.** A file with several names through hard links (``st_nlink`` above 1)
cannot be made safe by a lock beside it: each name has a lock of its own, and SQLite
names its rollback journal after the name it was given, so an edit a crash cut short
through one name is not rolled back when the plan is opened through another (SQLite's
"How To Corrupt An SQLite Database File", section 2.5). Such a plan opens read-only,
whichever name is used, with ``notice.plan.hard_linked`` saying why and the way out:
save a copy (one name) and edit that, or delete the other names. A planner meets hard
links rarely (``cp -l``, ``ln``, some backup and sync tools); that one name edits and
the other silently changes with it would surprise them more than a read-only window.

**Partial files.** New plans, saved copies and reports are written as hidden
``.NAME.partial`` (``.NAME.building``, ``.NAME.PID-HEX.partial``) files beside the
target and renamed into place, then the folder is synced (:func:`sync_folder`). What a
killed run left of them is removed by the next run that writes that target, or by
opening the plan for editing (:func:`tidy_partials`).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import socket
import struct
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from rbdesk.domain.errors import RbdeskError
from rbdesk.i18n import Text
from rbdesk.store import known

#: The sixth line of a lock a command (not the window) holds.
COMMAND_MARK = "rbdesk-command"
#: How long a command waits for another command's lock before it gives up.
COMMAND_WAIT = 15.0
SIDE_SUFFIXES = ("-journal", "-wal")
_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
_SQLITE_MAGIC = b"SQLite format 3\x00"

try:  # POSIX: the lock is held with flock(), as Qt holds it
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class LockedError(RbdeskError):
    """The plan is open for editing in another process (``error.plan_lock.in_use``)."""


# -- the lock ------------------------------------------------------------------------------


def lock_path(plan: Path) -> Path:
    """The lock file of the plan (give the real path: :func:`real_path`)."""
    return Path(f"{plan}.lock")


def link_count(path: Path) -> int:
    """How many names (hard links) the file ``path`` has; 1 when it cannot be asked."""
    try:
        return max(os.stat(path).st_nlink, 1)
    except (OSError, AttributeError):
        return 1


def real_path(path: Path | str) -> Path:
    """The file a path leads to, symlinks resolved, once: every check and the
    connection use this same path."""
    return Path(os.path.realpath(path))


@dataclass(frozen=True)
class LockHolder:
    """Who holds a plan's lock, as its lock file says."""

    pid: int | None
    host: str
    since: datetime | None
    #: A command of rbdesk (which writes briefly), not a window.
    command: bool
    #: This very process (the window opened the plan after taking the lock).
    ours: bool
    #: Still held: the process runs (or cannot be asked: another host, Windows).
    live: bool


def _process_name() -> str:
    try:
        return os.path.basename(os.readlink("/proc/self/exe"))
    except OSError:
        return os.path.basename(sys.executable)


def _first_line(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.readline().strip()
    except OSError:
        return ""


def _flock_free(lock: Path) -> bool | None:
    """Could an exclusive flock on ``lock`` be had (nobody holds it)? ``None`` where
    flock is not available or the file cannot be opened."""
    if fcntl is None:
        return None
    try:
        fd = os.open(lock, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return None
    finally:
        os.close(fd)  # closing releases the flock that was had
    return True


def _pid_runs(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it runs, as another user
    return True


#: How long a reader waits for the lines of a lock being written this instant.
LOCK_WRITTEN_WITHIN = 0.5


def read_lock(plan: Path) -> LockHolder | None:
    """The holder of ``plan``'s lock, ``None`` when there is no lock file."""
    lock = lock_path(plan)
    deadline = time.monotonic() + LOCK_WRITTEN_WITHIN
    while True:
        try:
            raw = lock.read_bytes()
            since = datetime.fromtimestamp(lock.stat().st_mtime)
        except FileNotFoundError:
            return None
        except OSError:
            return LockHolder(None, "", None, False, False, True)
        # A lock is made (and its flock taken) before its lines are written: one that
        # is held and has none yet is being written this instant. (Empty and not held,
        # it is what a crash left: stale, below.)
        if raw.strip() or time.monotonic() > deadline or _flock_free(lock) is not False:
            break
        time.sleep(0.005)
    lines = raw.decode("utf-8", "replace").splitlines()
    pid = int(lines[0]) if lines and lines[0].strip().isdigit() else None
    host = lines[2].strip() if len(lines) > 2 else ""
    command = len(lines) > 5 and lines[5].strip() == COMMAND_MARK
    here = socket.gethostname()
    ours = pid == os.getpid() and host == here
    if ours:
        return LockHolder(pid, host, since, command, True, True)
    free = _flock_free(lock)
    if host and host != here:
        live = True  # another computer's: it may be live (the window lets the planner decide)
    elif free is not None:
        live = not free  # Qt and rbdesk hold the flock as long as the lock is theirs
    elif pid is None:
        live = True
    elif sys.platform == "win32":
        live = True  # a process cannot be asked whether it runs without risk
    else:
        live = _pid_runs(pid)
    return LockHolder(pid, host, since, command, False, live)


def lock_sessions(plan: Path) -> list[int]:
    """The session ids a lock file of ``plan`` names (lines ``session N``), oldest
    first: ids carried over from a lock it took over, then its own."""
    try:
        lines = lock_path(plan).read_bytes().decode("utf-8", "replace").splitlines()
    except OSError:
        return []
    found = []
    for line in lines[5:]:
        word, _, value = line.partition(" ")
        if word == "session" and value.strip().isdigit():
            found.append(int(value))
    return found


def lock_session(plan: Path) -> int | None:
    """The newest session id a lock file of ``plan`` names, if any."""
    found = lock_sessions(plan)
    return found[-1] if found else None


def _remove_stale(lock: Path) -> None:
    """Remove a stale lock file, under its flock so that two programs taking it over
    at once do not remove each other's new lock."""
    if fcntl is None:
        lock.unlink(missing_ok=True)
        return
    try:
        fd = os.open(lock, os.O_RDONLY)
    except FileNotFoundError:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        lock.unlink(missing_ok=True)
    except OSError:
        pass
    finally:
        os.close(fd)


def take_over_lock(plan: Path | str) -> None:
    """Remove the lock of ``plan`` whatever holds it (for the window, once the planner
    has agreed that the holder named, e.g. a crashed session on another computer, is
    gone). A lock this machine's live process holds is refused."""
    real = real_path(plan)
    holder = read_lock(real)
    if holder is None:
        return
    if holder.live and not holder.ours and holder.host in ("", socket.gethostname()):
        if holder.pid is not None and _pid_runs(holder.pid):
            raise _in_use(plan, holder)
    # The session that crashed there may have left a journal only its id ties to the
    # plan: this machine's record keeps the id once the lock is gone.
    session = lock_session(real)
    if session is not None:
        known.note_session(real, session)
    lock_path(real).unlink(missing_ok=True)


def _in_use(plan: Path | str, holder: LockHolder) -> LockedError:
    since = holder.since.strftime("%Y-%m-%d %H:%M") if holder.since else "?"
    return LockedError(
        "plan_lock.in_use", path=plan, pid=holder.pid or "?", host=holder.host or "?", since=since
    )


class PlanLock:
    """A held lock of a plan (see the module's notes); ``release`` it when done."""

    def __init__(self, plan: Path, fd: int | None) -> None:
        self.plan = plan
        self._fd = fd

    @property
    def owned(self) -> bool:
        """Taken by this object (else this process held it already: the window)."""
        return self._fd is not None

    @classmethod
    def acquire(cls, plan: Path, *, shown: Path | str | None = None,
                wait: float = COMMAND_WAIT, command: bool = True) -> PlanLock:  # fmt: skip
        """Take the lock of ``plan`` (its real path), waiting up to ``wait`` seconds
        for a command that holds it; raise ``LockedError`` for a live window's (or
        another computer's) lock. ``command``: marked as a command's lock, which other
        commands wait for (the default; a window's lock is not marked)."""
        lock = lock_path(plan)
        deadline = time.monotonic() + wait
        while True:
            try:
                fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = read_lock(plan)
                if holder is None:
                    continue
                if holder.ours:
                    return cls(plan, None)
                if not holder.live and time.monotonic() < deadline:
                    _remove_stale(lock)  # (bounded: a lock that cannot be removed is refused)
                    continue
                # a command's lock, or one being written this instant (no process id
                # yet, its flock held): short, so wait for it
                if (holder.command or holder.pid is None) and time.monotonic() < deadline:
                    time.sleep(0.02 + secrets.randbelow(30) / 1000)
                    continue
                raise _in_use(shown or plan, holder) from None
            try:
                if fcntl is not None:
                    with contextlib.suppress(OSError):
                        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                ids = [_first_line("/etc/machine-id"),
                       _first_line("/proc/sys/kernel/random/boot_id")]  # fmt: skip
                content = [str(os.getpid()), _process_name(), socket.gethostname(), *ids,
                           COMMAND_MARK if command else ""]  # fmt: skip
                os.write(fd, ("\n".join(content) + "\n").encode())
            except OSError:
                os.close(fd)
                lock.unlink(missing_ok=True)
                raise
            return cls(plan, fd)

    def note_session(self, session: int) -> None:
        """Write the session id of the plan's editing into the lock (a line ``session
        N`` after the lines Qt reads): a crash in the session's first transaction is
        then still tied to the plan."""
        line = f"session {session}\n".encode()
        try:
            if self._fd is not None:
                os.write(self._fd, line)
            else:  # the window's QLockFile, held by this process
                with lock_path(self.plan).open("ab") as handle:
                    handle.write(line)
        except OSError:
            pass

    def release(self) -> None:
        if self._fd is None:
            return
        lock_path(self.plan).unlink(missing_ok=True)
        os.close(self._fd)
        self._fd = None


# -- leftover journals and logs ------------------------------------------------------------


def _header(data: bytes) -> tuple[int, int, int] | None:
    """``(change counter, session id, application id)`` of a database header."""
    if len(data) < 100 or not data.startswith(_SQLITE_MAGIC):
        return None
    (counter,) = struct.unpack(">I", data[24:28])
    (session,) = struct.unpack(">i", data[60:64])
    (app,) = struct.unpack(">I", data[68:72])
    return counter, session, app


def journal_records(journal: Path) -> tuple[int, list[tuple[int, bytes]]] | None:
    """What a rollback journal would put back: the plan's size in pages before the
    transaction, and the page images SQLite would play back (page number, bytes), in
    order, up to the first it would not (a bad checksum, a short record). ``None``
    when it is not a journal with a complete header (:func:`cold_journal`)."""
    try:
        with journal.open("rb") as handle:
            data = handle.read(64 * 1024 * 1024)
    except OSError:
        return None
    records: list[tuple[int, bytes]] = []
    initial: int | None = None
    offset = 0
    while offset + 28 <= len(data) and data[offset : offset + 8] == _JOURNAL_MAGIC:
        n_rec, nonce, pages, sector, page_size = struct.unpack(
            ">IIIII", data[offset + 8 : offset + 28]
        )
        if not 512 <= sector <= 65536 or not 512 <= page_size <= 65536:
            return None
        initial = pages if initial is None else initial
        record = page_size + 8
        start = offset + sector
        if n_rec == 0xFFFFFFFF:
            n_rec = (len(data) - start) // record
        for n in range(n_rec):
            at = start + n * record
            if at + record > len(data):
                return initial, records
            (pgno,) = struct.unpack(">I", data[at : at + 4])
            page = data[at + 4 : at + 4 + page_size]
            (stored,) = struct.unpack(">I", data[at + 4 + page_size : at + record])
            check = nonce
            i = page_size - 200
            while i > 0:
                check = (check + page[i]) & 0xFFFFFFFF
                i -= 200
            if check != stored:
                return initial, records  # SQLite stops its rollback here too
            records.append((pgno, page))
        if n_rec == 0:
            break
        end = start + n_rec * record
        offset = -(-end // sector) * sector
    return None if initial is None else (initial, records)


def journal_page_one(journal: Path) -> bytes | None:
    """The image of page 1 a rollback journal holds (the first one, with a valid
    checksum), ``None`` when it holds none or is not a journal."""
    found = journal_records(journal)
    if found is None:
        return None
    return next((page for pgno, page in found[1] if pgno == 1), None)


#: Header bytes a transaction that changes the header alone may change: the file
#: format (WAL or not), the change counter, the session id, the version-valid-for.
_HEADER_ONLY = {18, 19, *range(24, 28), *range(60, 64), *range(92, 96)}


def inert_journal(plan: Path, side: Path) -> bool:
    """Can nothing come of the journal ``side`` but a header? Either SQLite never
    completed it (:func:`cold_journal`), or rolling it back would change nothing but
    header fields of page 1 that a transaction of the header alone changes: every page
    it holds is the plan's page as it is (SQLite writes page 1 first, so a crash after
    the journal was complete and before page 1 was written leaves them all so), page 1
    perhaps but for those fields (a crash while a session id was given, or while an old
    plan was turned from WAL to the rollback journal), and the plan has the size it
    had. Rolled back or not, the plan holds the same rows: no one's leftover."""
    if cold_journal(side):
        return True
    if not side.name.endswith("-journal"):
        return False
    found = journal_records(side)
    if found is None or not found[1]:
        return False
    initial, records = found
    size = len(records[0][1])
    try:
        if plan.stat().st_size != initial * size:
            return False
        with plan.open("rb") as handle:
            for pgno, image in records:
                handle.seek((pgno - 1) * size)
                page = handle.read(size)
                if pgno != 1 and page != image:
                    return False
                if pgno == 1 and (
                    page[100:] != image[100:]
                    or any(page[i] != image[i] for i in range(100) if i not in _HEADER_ONLY)
                ):
                    return False
    except OSError:
        return False
    return True


def is_tied(
    plan: Path, side: Path, application_id: int, sessions: set[int] | frozenset[int] = frozenset()
) -> bool:
    """Does the journal or log ``side`` belong to ``plan`` (see the module's notes)?
    ``sessions``: ids of sessions that may have crashed in their first transaction
    (the stale lock's, this machine's record of the plan)."""
    try:
        with plan.open("rb") as handle:
            main = _header(handle.read(100))
    except OSError:
        return False
    if not side.name.endswith("-journal"):
        # A log holds the pages *after* its transactions: replaying it is right only
        # for the very file it continues, which nothing in it proves. rbdesk writes
        # no log since it uses the rollback journal; one beside a plan is an older
        # version's or another program's, and is never replayed.
        return False
    old = _header(journal_page_one(side) or b"")
    if main is None or old is None:
        return False
    counter, session, app = main
    old_counter, old_session, old_app = old
    if app != application_id or old_app != application_id or session == 0:
        return False
    if old_session != session and session not in sessions:
        return False
    return counter in (old_counter, (old_counter + 1) & 0xFFFFFFFF)


def cold_journal(side: Path) -> bool:
    """Is ``side`` a rollback journal whose header was never completed (its first byte
    is zero)? SQLite writes a journal's header zeroed, and completes it only once the
    pages it keeps are on disk, before any page of the plan is written: a crash before
    that leaves such a journal, and the plan untouched. SQLite never plays it back
    (a journal is hot only when its first byte is not zero), so it belongs to no plan
    and holds nothing a plan lacks."""
    if not side.name.endswith("-journal"):
        return False
    try:
        with side.open("rb") as handle:
            first = handle.read(1)
    except OSError:
        return False
    return first == b"\x00"


@dataclass(frozen=True)
class Leftover:
    """A journal or log found beside a plan with no live writer."""

    side: Path
    tied: bool
    #: nothing can come of it but a header (:func:`inert_journal`)
    inert: bool = False


def leftovers(
    plan: Path, application_id: int, sessions: set[int] | frozenset[int] = frozenset()
) -> list[Leftover]:
    """The non-empty journal and log beside ``plan`` (its real path)."""
    found = []
    for suffix in SIDE_SUFFIXES:
        side = Path(f"{plan}{suffix}")
        try:
            if side.stat().st_size == 0:
                continue
        except OSError:
            continue
        if inert_journal(plan, side):
            found.append(Leftover(side, False, inert=True))
        else:
            found.append(Leftover(side, is_tied(plan, side, application_id, sessions)))
    return found


def set_aside(side: Path) -> Path:
    """Rename a side file that does not belong to its plan out of SQLite's way:
    ``NAME.rbd-journal.orphan-YYYYMMDD-HHMMSS`` (a number added if that exists)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = side.with_name(f"{side.name}.orphan-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = side.with_name(f"{side.name}.orphan-{stamp}-{n}")
    os.replace(side, target)
    return target


def orphan_notice(side: Path, moved: Path | None) -> Text:
    if moved is None:
        return Text("notice.plan.orphan_ignored", {"side": side.name})
    return Text("notice.plan.orphan", {"side": side.name, "moved": moved.name})


def new_session_id() -> int:
    """A random non-zero session id for ``PRAGMA user_version``."""
    return secrets.randbelow(2**31 - 2) + 1


# -- partial files and durability ----------------------------------------------------------


def partial_names(target: Path) -> list[str]:
    """The names of what writing ``target`` (a plan, a copy) leaves while it runs: the
    partial file and its journal, and what building a new plan in ``.NAME.building``
    leaves of its own (its partial file and its lock; the lock of ``target`` itself,
    held by whoever tidies, guards them all)."""
    base = f".{target.name}"
    building = f"{base}.building"
    names = [f"{base}.partial", building, f".{building}.partial"]
    return [f"{n}{s}" for n in names for s in ("", "-journal", "-wal", "-shm")] + [
        f"{building}.lock"
    ]


def tidy_partials(target: Path) -> list[Path]:
    """Remove what an interrupted run left of writing ``target``: the partial plan or
    copy and its journal. Returns what was removed."""
    removed = []
    for name in partial_names(target):
        leftover = target.with_name(name)
        try:
            if leftover.is_file() and not leftover.is_symlink():
                leftover.unlink()
                removed.append(leftover)
        except OSError:
            pass
    return removed


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (fsync of the folder), where the operating
    system allows it (not on Windows, where a folder cannot be opened)."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def sync_file(path: Path) -> None:
    """fsync a file written by other means than SQLite (a copy) before it is renamed."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
