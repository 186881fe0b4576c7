"""What interrupted runs leave (issue 17 item 14): the next run that writes there
tidies it; a read leaves it (and everything else beside the plan) alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from rbdesk.store import Store


def _leave_partials(target: Path) -> list[Path]:
    """What a killed save-a-copy (or a killed ``sample``) leaves beside ``target``; a
    new plan is built in ``.NAME.building``, itself made as ``..NAME.building.partial``
    under a lock of its own (a kill there was left for good: the crash soak)."""
    left = [target.with_name(f".{target.name}.partial"),
            target.with_name(f".{target.name}.partial-journal"),
            target.with_name(f".{target.name}.building"),
            target.with_name(f"..{target.name}.building.partial"),
            target.with_name(f"..{target.name}.building.partial-journal"),
            target.with_name(f".{target.name}.building.lock")]  # fmt: skip
    for path in left:
        path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84)
    return left


def test_a_save_a_copy_tidies_what_a_killed_one_left(plan: Path, tmp_path: Path) -> None:
    copy = tmp_path / "salinan.rbd"
    left = _leave_partials(copy)
    with Store.open(plan) as store:
        store.save_copy(copy)
    assert not any(p.exists() for p in left)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.rbd", "salinan.rbd"]


def test_opening_for_editing_tidies_the_plans_own_leftovers(plan: Path) -> None:
    left = _leave_partials(plan)
    with Store.open(plan, read_only=True):
        pass
    assert all(p.exists() for p in left)  # a read changes nothing beside the plan
    done = subprocess.run([sys.executable, "-m", "rbdesk", "info", str(plan)],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert all(p.exists() for p in left)
    with Store.open(plan):
        pass
    assert not any(p.exists() for p in left)


def test_a_new_plan_tidies_what_a_killed_one_left(tmp_path: Path) -> None:
    from rbdesk.interchange.sample import write_sample

    target = tmp_path / "baru.rbd"
    left = _leave_partials(target)
    write_sample(target).close()
    assert not any(p.exists() for p in left)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["baru.rbd"]


def test_the_record_of_known_plans_tidies_what_a_killed_program_left(plan: Path) -> None:
    """A program killed while it rewrote this machine's record of plans
    (``rbdesk.store.known``) left its partial file in the settings folder for good."""
    from rbdesk.store import known

    folder = known.registry_file().parent
    folder.mkdir(parents=True, exist_ok=True)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    dead = folder / f".{known.FILE_NAME}.{gone.stdout.strip()}-0badf00d"
    dead.write_text("{", encoding="utf-8")
    mine = folder / f".{known.FILE_NAME}.{os.getpid()}-c0ffee00"  # one being written
    mine.write_text("{", encoding="utf-8")
    with Store.open(plan):
        pass  # closing remembers the plan
    assert not dead.exists()
    assert mine.exists()
    mine.unlink()
