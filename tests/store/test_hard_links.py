"""A plan with more than one name through hard links (issue 17 item 4): two windows
reaching it by two names were both writable and lost each other's edits.

A lock beside each name cannot see the other name, and SQLite names its rollback
journal after the name it was given: an edit cut short by a crash through one name
would not be rolled back when the plan is next opened through another (SQLite's
"How to corrupt" §2.5). So a plan whose file has several links opens read-only,
and the planner is told why and what to do (``notice.plan.hard_linked``).
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from rbdesk.store import ReadOnlyError, Store
from tests.store.plans import CURRENT

pytestmark = pytest.mark.skipif(not hasattr(os, "link"), reason="no hard links here")


def _linked(plan: Path) -> Path:
    other = plan.with_name("nama-lain.rbd")
    os.link(plan, other)
    assert plan.stat().st_nlink == 2
    return other


def test_a_hard_linked_plan_opens_read_only_and_says_why(plan: Path) -> None:
    other = _linked(plan)
    before = plan.read_bytes()
    for name in (plan, other):
        with Store.open(name) as store:
            assert store.read_only
            assert [n.key for n in store.notices] == ["notice.plan.hard_linked"]
            (notice,) = store.notices
            assert notice.params == {"links": 2}
            assert "hard links" in notice.said("en") and "read-only" in notice.said("en")
            assert "tautan keras" in notice.said("id") and "hanya-baca" in notice.said("id")
            current = store.current_scenario().id
            unit = next(iter(store.load(current).units.values()))
            with pytest.raises(ReadOnlyError):
                store.update_unit(replace(unit, name="Tidak boleh"))
    assert plan.read_bytes() == before
    assert not Path(f"{plan}.lock").exists() and not Path(f"{other}.lock").exists()
    # An opening that asked for reading only has nothing to be told.
    with Store.open(other, read_only=True) as store:
        assert store.notices == []


def test_the_way_out_a_copy_or_one_name_is_editable_again(plan: Path) -> None:
    other = _linked(plan)
    copy = plan.with_name("salinan.rbd")
    with Store.open(other) as store:
        store.save_copy(copy)  # Berkas → Simpan salinan, as the notice says
    with Store.open(copy) as store:
        assert not store.read_only and store.notices == []
    other.unlink()
    with Store.open(plan) as store:
        assert not store.read_only and store.notices == []


def test_two_windows_on_two_names_lose_no_edit(plan: Path, qapp: object) -> None:
    """The reproduction of the issue: window 1 renames a unit, window 2 (whose view is
    older) changes another field of the same unit, writing every field, and so puts
    the old name back. Neither can write now; the file keeps what it had."""
    from rbdesk.ui.commands import EditUnitCommand, RenameUnitCommand, push
    from rbdesk.ui.document import Document

    other = _linked(plan)
    before = plan.read_bytes()
    first = Document.open(plan, auto_analyse=False)
    second = Document.open(other, auto_analyse=False)
    try:
        unit = next(u for u in first.structure.units.values() if u.parent_id is not None)
        renamed = push(first, RenameUnitCommand(first, unit.id, "Nama Baru Jendela 1"))
        stale = replace(second.unit(unit.id), notes="catatan jendela 2")
        noted = push(second, EditUnitCommand(second, stale))
        with Store.open(plan, read_only=True) as store:
            found = store.load(store.scenario_by_name(CURRENT).id).units[unit.id]
        # An edit either window accepted is in the file (before: the rename was lost).
        if renamed is None:
            assert found.name == "Nama Baru Jendela 1", "window 1's rename was lost"
        if noted is None:
            assert found.notes == "catatan jendela 2", "window 2's edit was lost"
        assert first.read_only and second.read_only
        assert renamed is not None and noted is not None  # both refused, and said why
    finally:
        first.close()
        second.close()
    assert found == unit
    assert plan.read_bytes() == before


def test_a_command_that_writes_says_why_it_cannot(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from rbdesk.cli import run

    other = _linked(plan)
    before = plan.read_bytes()
    status = run(["sign", str(other), "--role", "prepared", "--name", "Ani", "--lang", "en"])
    err = capsys.readouterr().err
    assert status == 2, err
    assert "hard links" in err and "Traceback" not in err
    assert plan.read_bytes() == before
