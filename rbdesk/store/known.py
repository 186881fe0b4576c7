"""Plans this machine knows to be whole: when a full integrity check can be skipped.

SQLite's ``quick_check`` does not compare indexes with their tables, so a plan with a
damaged index passes it and shows a part of its units. ``PRAGMA integrity_check`` does,
at the cost of reading every index. rbdesk remembers, per plan (its real path), the
size, modification time and fingerprint of the file as rbdesk last wrote it or checked
it whole, in ``known-plans.json`` beside the window's settings
(``$XDG_CONFIG_HOME/rbdesk/``, ``%APPDATA%\\rbdesk\\``). A plan opened on this machine
for the first time, or changed since (another program, a copy over it, a crash in the
middle of a write), gets the full check; a plan as rbdesk left it gets the quick one.

The file is a cache: unreadable or lost, every plan simply gets the full check once.
It keeps the newest ``KEPT`` entries and is replaced whole (a rename), so two programs
writing it at once lose at most an entry.
"""

from __future__ import annotations

import json
import os
import secrets
import sys
import time
from pathlib import Path
from typing import Any

from rbdesk.i18n import settings_file

KEPT = 200
FILE_NAME = "known-plans.json"


def registry_file() -> Path:
    return settings_file().parent / FILE_NAME


def _load() -> dict[str, Any]:
    try:
        data = json.loads(registry_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _state(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def is_known(path: Path) -> bool:
    """Is ``path`` (a real path) as rbdesk last wrote or checked it?"""
    entry = _load().get(str(path))
    state = _state(path)
    if not isinstance(entry, dict) or state is None:
        return False
    return [entry.get("size"), entry.get("mtime_ns")] == list(state)


def remember(path: Path, fingerprint: str) -> None:
    """Record ``path`` (a real path) as it is now: whole, with ``fingerprint``."""
    state = _state(path)
    if state is None:
        return
    data = _load()
    old = data.pop(str(path), None)
    entry = {"size": state[0], "mtime_ns": state[1], "fingerprint": fingerprint}
    if isinstance(old, dict) and isinstance(old.get("session"), int):
        entry["session"] = old["session"]
    data[str(path)] = entry
    _save(data)


def _save(data: dict[str, Any]) -> None:
    while len(data) > KEPT:
        data.pop(next(iter(data)))
    target = registry_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}")
        partial.write_text(json.dumps(data, indent=1), encoding="utf-8")
        os.replace(partial, target)
    except OSError:
        pass  # a cache: the next opening checks the plan whole
    _tidy(target)


def _tidy(target: Path) -> None:
    """Remove what a program killed while writing the record left of it (a partial file
    named after a process that is gone, or older than an hour)."""
    now = time.time()
    try:
        leftovers = list(target.parent.glob(f".{target.name}.*-*"))
    except OSError:
        return  # a folder this user may not read: a cache, left as it is
    for leftover in leftovers:
        pid = leftover.name.removeprefix(f".{target.name}.").split("-")[0]
        try:
            stale = now - leftover.stat().st_mtime > 3600 or (
                pid.isdigit() and int(pid) != os.getpid() and not _runs(int(pid))
            )
            if stale:
                leftover.unlink()
        except OSError:
            pass


def _runs(pid: int) -> bool:
    if sys.platform == "win32":
        return True  # not asked there: the hour decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def forget(path: Path) -> None:
    """Drop ``path`` from the record (its next opening gets the full check)."""
    data = _load()
    if data.pop(str(path), None) is not None:
        _save(data)


def session_of(path: Path) -> int | None:
    """The session id rbdesk last began editing ``path`` (a real path) with here."""
    entry = _load().get(str(path))
    value = entry.get("session") if isinstance(entry, dict) else None
    return value if isinstance(value, int) else None


def note_session(path: Path, session: int) -> None:
    """Record that ``path`` is being edited here in ``session`` (before its first
    write: a crash in that write is then still tied to the plan)."""
    data = _load()
    entry = data.get(str(path))
    entry = dict(entry) if isinstance(entry, dict) else {}
    entry["session"] = session
    data[str(path)] = entry
    _save(data)
