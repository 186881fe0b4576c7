"""Helpers of the side-file tests: a writer killed in the middle of an edit."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

#: Opens the plan for editing, begins an edit that adds many units and spills pages
#: into the file before it commits, and dies (as a pulled stick or a kill would) with
#: its journal and its lock left behind. ``first`` (argv 2): the crash is in the first
#: write of the session; otherwise one edit commits before.
_KILLED_WRITER = r"""
import os, sys
from rbdesk.domain.model import Unit
from rbdesk.store import Store
store = Store.open(sys.argv[1])
current = store.current_scenario().id
root = next(u.id for u in store.load(current).units.values() if u.parent_id is None)
if sys.argv[2] != "first":
    store.add_unit(current, Unit(0, root, "dinas", "Dinas Sebelum Crash"))
conn = store.db.conn
conn.execute("PRAGMA cache_spill = ON")
conn.execute("PRAGMA cache_size = 2")
with store._write():
    for n in range(3000):
        conn.execute(
            "INSERT INTO unit (scenario_id, parent_id, kind, name) VALUES (?, ?, 'dinas', ?)",
            [current, root, f"Unit setengah jadi {n} " + "x" * 200],
        )
    os._exit(0)
"""


def crash_mid_edit(plan: Path, *, first: bool = False) -> None:
    """Leave ``plan`` as a writer killed in the middle of an edit leaves it: pages of
    the edit in the file, the journal and the lock beside it."""
    done = subprocess.run(
        [sys.executable, "-c", _KILLED_WRITER, str(plan), "first" if first else "later"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert Path(f"{plan}-journal").stat().st_size > 0


#: Opens the plan for editing, begins an edit and dies before its commit: SQLite has
#: written the journal's header zeroed and the pages it keeps, and nothing to the plan.
_DIES_BEFORE_COMMIT = r"""
import os, sys
from rbdesk.domain.model import Unit
from rbdesk.store import Store
store = Store.open(sys.argv[1])
current = store.current_scenario().id
root = next(u.id for u in store.load(current).units.values() if u.parent_id is None)
with store._write():
    store.db.conn.execute(
        "INSERT INTO unit (scenario_id, parent_id, kind, name) VALUES (?, ?, 'dinas', 'X')",
        [current, root],
    )
    os._exit(0)
"""


def die_before_commit(plan: Path) -> None:
    """Leave ``plan`` as a writer killed in an edit before its commit leaves it: a
    journal whose header SQLite never completed, and the plan untouched."""
    done = subprocess.run([sys.executable, "-c", _DIES_BEFORE_COMMIT, str(plan)],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    journal = Path(f"{plan}-journal")
    assert journal.stat().st_size > 0 and journal.read_bytes()[:1] == b"\x00"
