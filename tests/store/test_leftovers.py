"""What interrupted runs leave (issue 17 item 14): the next run that writes there
tidies it; a read leaves it (and everything else beside the plan) alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from rbdesk.store import Store


def _leave_partials(target: Path) -> list[Path]:
    """What a killed save-a-copy (or a killed ``sample``) leaves beside ``target``."""
    left = [target.with_name(f".{target.name}.partial"),
            target.with_name(f".{target.name}.partial-journal"),
            target.with_name(f".{target.name}.building")]  # fmt: skip
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
