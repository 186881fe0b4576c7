"""The undo commands: each one, pushed, writes its change to memory and to the file and
emits its signal; undo takes both back; redo brings the change again. Refused edits
raise typed errors, push nothing and leave the file alone."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import SignalInstance
from pytestqt.qtbot import QtBot, SignalBlocker

from rbdesk.domain.errors import (
    CycleError,
    InvalidValueError,
    ParentKindError,
    UnknownCodeError,
    UnknownKindError,
)
from rbdesk.domain.model import Iku, Position, PositionCategory, UrusanAssignment, UrusanRole
from rbdesk.store import ReadOnlyError, Store
from rbdesk.ui.commands import (
    AddIkuCommand,
    AddPositionCommand,
    AddUnitCommand,
    DeleteIkuCommand,
    DeletePositionCommand,
    DeleteUnitCommand,
    EditIkuCommand,
    EditPositionCommand,
    EditUnitCommand,
    GroupCommand,
    MoveUnitCommand,
    RenameUnitCommand,
    SetAssignmentsCommand,
    push,
)
from rbdesk.ui.document import Document
from tests.ui.helpers import assert_synced, fingerprint, on_disk, undo_redo, unit_named

DINKES = "Dinas Kesehatan"
DISDIK = "Dinas Pendidikan dan Kebudayaan"
BIDANG = "Bidang Pendidikan Dasar & Menengah"
SEKSI = "Seksi Kurikulum 'SD'"
KELURAHAN = "Kelurahan Sukamaju"


def signalled(qtbot: QtBot, signal: SignalInstance, expected: int) -> SignalBlocker:
    """Wait for ``signal`` carrying ``expected`` (it fires synchronously)."""
    return qtbot.waitSignal(signal, timeout=1000, check_params_cb=lambda uid: uid == expected)


# -- units --------------------------------------------------------------------------------
def test_add_unit(qtbot: QtBot, doc: Document) -> None:
    before = assert_synced(doc)
    dinkes = unit_named(doc, DINKES)
    command = AddUnitCommand(doc, dinkes, "bidang", "Bidang Pelayanan Kesehatan", eselon="IIIb")
    with qtbot.waitSignal(doc.unit_added, timeout=1000) as added:
        assert push(doc, command) is None
    new_id = command.unit_id
    assert added.args == [new_id]
    unit = doc.unit(new_id)
    assert (unit.parent_id, unit.kind, unit.eselon) == (dinkes, "bidang", "IIIb")
    # Last among its siblings.
    assert doc.child_ids(dinkes)[-1] == new_id
    assert on_disk(doc).units[new_id] == unit

    with signalled(qtbot, doc.unit_removed, new_id):
        doc.undo_stack.undo()
    assert assert_synced(doc) == before
    with signalled(qtbot, doc.unit_added, new_id):
        doc.undo_stack.redo()
    assert on_disk(doc).units[new_id] == unit  # the same id again
    undo_redo(doc, before)


def test_add_unit_refused(doc: Document) -> None:
    before = fingerprint(doc.path)
    dinkes = unit_named(doc, DINKES)
    error = push(doc, AddUnitCommand(doc, dinkes, "kelurahan", "Kelurahan Baru"))
    assert isinstance(error, ParentKindError)
    assert str(error) == "Kelurahan tidak dapat berada di bawah Dinas (yang dibolehkan: Kecamatan)"
    assert isinstance(push(doc, AddUnitCommand(doc, dinkes, "kantor", "X")), UnknownKindError)
    assert isinstance(push(doc, AddUnitCommand(doc, dinkes, "bidang", "  ")), InvalidValueError)
    assert doc.undo_stack.count() == 0
    assert fingerprint(doc.path) == before


def test_rename_unit(qtbot: QtBot, doc: Document) -> None:
    before = assert_synced(doc)
    dinkes = unit_named(doc, DINKES)
    with signalled(qtbot, doc.unit_changed, dinkes):
        assert push(doc, RenameUnitCommand(doc, dinkes, "Dinas Kesehatan dan KB")) is None
    assert on_disk(doc).units[dinkes].name == "Dinas Kesehatan dan KB"
    with signalled(qtbot, doc.unit_changed, dinkes):
        doc.undo_stack.undo()
    assert on_disk(doc).units[dinkes].name == DINKES
    doc.undo_stack.redo()
    undo_redo(doc, before)


def test_consecutive_renames_of_one_unit_are_one_step(doc: Document) -> None:
    before = assert_synced(doc)
    dinkes = unit_named(doc, DINKES)
    for name in ("D", "Di", "Dinas Kesehatan Daerah"):
        assert push(doc, RenameUnitCommand(doc, dinkes, name)) is None
    assert doc.undo_stack.count() == 1
    assert on_disk(doc).units[dinkes].name == "Dinas Kesehatan Daerah"
    undo_redo(doc, before)
    doc.undo_stack.undo()
    assert on_disk(doc).units[dinkes].name == DINKES

    # A rename of another unit is a step of its own.
    doc.undo_stack.redo()
    assert push(doc, RenameUnitCommand(doc, unit_named(doc, DISDIK), "Disdikbud")) is None
    assert doc.undo_stack.count() == 2


def test_renaming_back_leaves_no_step(doc: Document) -> None:
    dinkes = unit_named(doc, DINKES)
    assert push(doc, RenameUnitCommand(doc, dinkes, "Dinkes")) is None
    assert push(doc, RenameUnitCommand(doc, dinkes, DINKES)) is None
    assert doc.undo_stack.count() == 0
    assert on_disk(doc).units[dinkes].name == DINKES
    # Renaming to the name it has is no step either.
    assert push(doc, RenameUnitCommand(doc, dinkes, DINKES)) is None
    assert doc.undo_stack.count() == 0


def test_edit_unit(qtbot: QtBot, doc: Document) -> None:
    before = assert_synced(doc)
    dinkes = unit_named(doc, DINKES)
    new = replace(
        doc.unit(dinkes), unit_type="A", tugas="Melaksanakan urusan kesehatan", headcount_needed=99
    )
    with signalled(qtbot, doc.unit_changed, dinkes):
        assert push(doc, EditUnitCommand(doc, new)) is None
    assert on_disk(doc).units[dinkes] == new
    with signalled(qtbot, doc.unit_changed, dinkes):
        doc.undo_stack.undo()
    assert on_disk(doc).units[dinkes] == before.units[dinkes]
    doc.undo_stack.redo()
    undo_redo(doc, before)


def test_edit_unit_refused(doc: Document) -> None:
    before = fingerprint(doc.path)
    bidang = unit_named(doc, BIDANG)
    # A bidang turned into a kelurahan would stand under a dinas.
    error = push(doc, EditUnitCommand(doc, replace(doc.unit(bidang), kind="kelurahan")))
    assert isinstance(error, ParentKindError)
    error = push(doc, EditUnitCommand(doc, replace(doc.unit(bidang), eselon="IIc")))
    assert isinstance(error, InvalidValueError)
    assert "IIc" in str(error)
    assert doc.undo_stack.count() == 0
    assert fingerprint(doc.path) == before


def test_move_unit(qtbot: QtBot, doc: Document) -> None:
    before = assert_synced(doc)
    bidang, dinkes = unit_named(doc, BIDANG), unit_named(doc, DINKES)
    upt = unit_named(doc, "UPT Puskesmas Mojosari")
    assert doc.child_ids(dinkes) == [upt]
    moved: list[int] = []
    doc.unit_moved.connect(moved.append)
    assert push(doc, MoveUnitCommand(doc, bidang, dinkes, 0)) is None
    # The moved unit first, then the sibling it pushed down.
    assert moved == [bidang, upt]
    assert doc.child_ids(dinkes) == [bidang, upt]
    disk = on_disk(doc)
    assert disk.units[bidang].parent_id == dinkes
    assert [disk.units[bidang].sort_order, disk.units[upt].sort_order] == [0, 1]
    # The seksi went with its bidang.
    assert disk.units[unit_named(doc, SEKSI)].parent_id == bidang

    moved.clear()
    doc.undo_stack.undo()
    assert set(moved) == {bidang, upt}
    assert assert_synced(doc) == before
    doc.undo_stack.redo()
    undo_redo(doc, before)


def test_reorder_siblings(doc: Document) -> None:
    before = assert_synced(doc)
    root = doc.structure.roots()[0]
    kids = doc.child_ids(root)
    last = kids[-1]
    assert push(doc, MoveUnitCommand(doc, last, root, 0)) is None
    assert doc.child_ids(root) == [last, *kids[:-1]]
    assert doc.undo_stack.count() == 1
    undo_redo(doc, before)
    # Dropping a unit where it already is changes nothing and leaves no step.
    doc.undo_stack.undo()
    assert push(doc, MoveUnitCommand(doc, kids[0], root, 0)) is None
    assert doc.undo_stack.count() == 1  # the earlier move, still to redo
    assert doc.undo_stack.index() == 0


def test_a_move_into_a_gap_leaves_the_siblings_alone(doc: Document) -> None:
    root = doc.structure.roots()[0]
    kids = doc.child_ids(root)
    orders = [doc.unit(k).sort_order for k in kids]
    assert orders[:2] == [0, 2]  # the small plan leaves a gap after the Setda
    moved: list[int] = []
    doc.unit_moved.connect(moved.append)
    assert push(doc, MoveUnitCommand(doc, kids[-1], root, 1)) is None
    assert moved == [kids[-1]]
    assert doc.unit(kids[-1]).sort_order == 1
    assert doc.child_ids(root) == [kids[0], kids[-1], *kids[1:-1]]
    assert_synced(doc)


def test_refused_move_into_own_subtree(doc: Document) -> None:
    before_file = fingerprint(doc.path)
    before = doc.structure
    disdik, seksi = unit_named(doc, DISDIK), unit_named(doc, SEKSI)
    error = push(doc, MoveUnitCommand(doc, disdik, seksi))
    assert isinstance(error, CycleError)
    # refusals are said in the window's language, Indonesian unless English was chosen
    assert str(error) == (
        f"'{DISDIK}' tidak dapat dipindahkan ke bawah '{SEKSI}', yang berada di bawahnya"
    )
    assert error.message("en") == f"'{DISDIK}' cannot be moved under '{SEKSI}', which lies below it"
    assert doc.undo_stack.count() == 0
    assert doc.structure is before
    assert fingerprint(doc.path) == before_file
    # The document method raises the same error itself.
    with pytest.raises(CycleError):
        doc.move_unit(disdik, seksi)
    assert fingerprint(doc.path) == before_file


def test_refused_move_kelurahan_under_dinas(doc: Document) -> None:
    before_file = fingerprint(doc.path)
    kelurahan, dinkes = unit_named(doc, KELURAHAN), unit_named(doc, DINKES)
    assert doc.can_move(kelurahan, dinkes) == (
        False,
        "Kelurahan tidak dapat berada di bawah Dinas (yang dibolehkan: Kecamatan)",
    )
    error = push(doc, MoveUnitCommand(doc, kelurahan, dinkes))
    assert isinstance(error, ParentKindError)
    assert str(error) == "Kelurahan tidak dapat berada di bawah Dinas (yang dibolehkan: Kecamatan)"
    assert doc.undo_stack.count() == 0
    assert fingerprint(doc.path) == before_file


# -- delete and restore -------------------------------------------------------------------
def _whole_file(doc: Document) -> dict[int, object]:
    return {s.id: on_disk(doc, s.id) for s in doc.scenarios()}


@pytest.mark.parametrize("name", [DISDIK, BIDANG, "Kecamatan Sukamaju", DINKES])
def test_delete_subtree_and_undo_restore_it_exactly(qtbot: QtBot, doc: Document, name: str) -> None:
    uid = unit_named(doc, name)
    subtree = doc.subtree_ids(uid)
    before_fp = fingerprint(doc.path)
    before = _whole_file(doc)
    removed: list[int] = []
    doc.unit_removed.connect(removed.append)
    assert push(doc, DeleteUnitCommand(doc, uid)) is None
    assert removed == subtree[::-1]  # children before their parent
    assert not set(subtree) & doc.structure.units.keys()
    after_fp = fingerprint(doc.path)
    assert after_fp != before_fp
    assert_synced(doc)

    added: list[int] = []
    doc.unit_added.connect(added.append)
    doc.undo_stack.undo()
    assert added == subtree  # parents before their children
    # Every row of every table is back, ids included: units, assignments, positions,
    # IKU, links, lineage of the proposal and its operations.
    assert fingerprint(doc.path) == before_fp
    assert _whole_file(doc) == before
    assert_synced(doc)
    doc.undo_stack.redo()
    assert fingerprint(doc.path) == after_fp
    doc.undo_stack.undo()
    assert fingerprint(doc.path) == before_fp


def test_delete_in_a_proposal_restores_its_operations(doc: Document) -> None:
    proposal = [s for s in doc.scenarios() if s.derived_from is not None][0]
    doc.switch_scenario(proposal.id)
    uid = unit_named(doc, "Dinas Pendidikan, Kebudayaan dan Pariwisata")
    assert any(uid in op.after for op in doc.structure.operations)
    before_fp = fingerprint(doc.path)
    before = assert_synced(doc)
    assert push(doc, DeleteUnitCommand(doc, uid)) is None
    assert not any(uid in op.after for op in doc.structure.operations)
    undo_redo(doc, before)
    doc.undo_stack.undo()
    assert fingerprint(doc.path) == before_fp


def test_delete_a_region_of_the_sample_and_undo(sukamaju: Document) -> None:
    doc = sukamaju
    uid = unit_named(doc, "Dinas Pendidikan dan Kebudayaan")
    assert len(doc.subtree_ids(uid)) > 10
    before_fp = fingerprint(doc.path)
    before = assert_synced(doc)
    assert push(doc, DeleteUnitCommand(doc, uid)) is None
    undo_redo(doc, before)
    doc.undo_stack.undo()
    assert fingerprint(doc.path) == before_fp


def test_history_keeps_its_ids_through_delete_and_restore(doc: Document) -> None:
    """Commands further down the stack name units and positions by id; after a delete
    and its undo those ids must still be the same records."""
    before_fp = fingerprint(doc.path)
    before = assert_synced(doc)
    dinkes = unit_named(doc, DINKES)
    add_bidang = AddUnitCommand(doc, dinkes, "bidang", "Bidang Baru")
    assert push(doc, add_bidang) is None
    add_position = AddPositionCommand(
        doc, Position(0, add_bidang.unit_id, "Kepala Bidang", PositionCategory.STRUCTURAL, "IIIb")
    )
    assert push(doc, add_position) is None
    assert push(doc, RenameUnitCommand(doc, add_bidang.unit_id, "Bidang Lama")) is None
    assert push(doc, DeleteUnitCommand(doc, dinkes)) is None
    after = assert_synced(doc)
    for _ in range(4):
        doc.undo_stack.undo()
    assert fingerprint(doc.path) == before_fp
    assert assert_synced(doc) == before
    for _ in range(4):
        doc.undo_stack.redo()
    assert assert_synced(doc) == after
    doc.undo_stack.undo()
    assert doc.unit(add_bidang.unit_id).name == "Bidang Lama"
    assert doc.position(add_position.position_id).unit_id == add_bidang.unit_id


# -- urusan -------------------------------------------------------------------------------
def test_set_assignments(qtbot: QtBot, doc: Document) -> None:
    before = assert_synced(doc)
    dinkes = unit_named(doc, DINKES)
    new = [
        UrusanAssignment(dinkes, "1.02", UrusanRole.MAIN),
        UrusanAssignment(dinkes, "2.14", UrusanRole.MAIN),
    ]
    with signalled(qtbot, doc.assignments_changed, dinkes):
        assert push(doc, SetAssignmentsCommand(doc, dinkes, new)) is None
    assert on_disk(doc).assignments_of(dinkes) == new
    with signalled(qtbot, doc.assignments_changed, dinkes):
        doc.undo_stack.undo()
    assert on_disk(doc).assignments_of(dinkes) == before.assignments_of(dinkes)
    doc.undo_stack.redo()
    undo_redo(doc, before)


def test_set_assignments_refused(doc: Document) -> None:
    before = fingerprint(doc.path)
    dinkes = unit_named(doc, DINKES)
    error = push(doc, SetAssignmentsCommand(doc, dinkes, [UrusanAssignment(dinkes, "9.99")]))
    assert isinstance(error, UnknownCodeError)
    twice = [UrusanAssignment(dinkes, "1.02"), UrusanAssignment(dinkes, "1.02")]
    assert isinstance(push(doc, SetAssignmentsCommand(doc, dinkes, twice)), InvalidValueError)
    assert doc.undo_stack.count() == 0
    assert fingerprint(doc.path) == before


def test_findings_follow_an_edit_and_its_undo(qtbot: QtBot, sukamaju: Document) -> None:
    doc = sukamaju
    holder = unit_named(doc, "Dinas Pendidikan dan Kebudayaan")
    assert UrusanAssignment(holder, "1.01", UrusanRole.MAIN) in doc.assignments_of(holder)
    dinkes = unit_named(doc, "Dinas Kesehatan")

    def shared() -> list[tuple[int, ...]]:
        return [
            f.units
            for f in doc.findings()
            if f.rule == "overlap.urusan_shared" and f.codes == ("1.01",)
        ]

    assert shared() == []
    new = [*doc.assignments_of(dinkes), UrusanAssignment(dinkes, "1.01", UrusanRole.MAIN)]
    with qtbot.waitSignal(doc.findings_changed, timeout=1000):
        assert push(doc, SetAssignmentsCommand(doc, dinkes, new)) is None
    assert shared() == [tuple(sorted((holder, dinkes)))]
    assert not doc.findings_stale
    with qtbot.waitSignal(doc.findings_changed, timeout=1000):
        doc.undo_stack.undo()
    assert shared() == []


# -- positions and IKU --------------------------------------------------------------------
def test_position_commands(qtbot: QtBot, doc: Document) -> None:
    before = assert_synced(doc)
    dinkes = unit_named(doc, DINKES)
    add = AddPositionCommand(
        doc, Position(0, dinkes, "Kepala Dinas", PositionCategory.STRUCTURAL, "IIb", 1, 1)
    )
    with signalled(qtbot, doc.positions_changed, dinkes):
        assert push(doc, add) is None
    position = doc.position(add.position_id)
    assert position in on_disk(doc).positions
    with signalled(qtbot, doc.positions_changed, dinkes):
        doc.undo_stack.undo()
    assert assert_synced(doc) == before
    doc.undo_stack.redo()
    assert doc.position(add.position_id) == position  # same id again
    added = undo_redo(doc, before)

    edited = replace(position, title="Kepala Dinas Kesehatan", needed=2)
    with signalled(qtbot, doc.positions_changed, dinkes):
        assert push(doc, EditPositionCommand(doc, edited)) is None
    assert edited in on_disk(doc).positions
    undo_redo(doc, added)

    with signalled(qtbot, doc.positions_changed, dinkes):
        assert push(doc, DeletePositionCommand(doc, position.id)) is None
    assert all(p.id != position.id for p in on_disk(doc).positions)
    doc.undo_stack.undo()
    assert edited in on_disk(doc).positions
    doc.undo_stack.redo()
    assert doc.undo_stack.count() == 3


def test_position_refused(doc: Document) -> None:
    before = fingerprint(doc.path)
    dinkes = unit_named(doc, DINKES)
    bad = [
        Position(0, dinkes, "", PositionCategory.STRUCTURAL),
        Position(0, dinkes, "Kepala", PositionCategory.STRUCTURAL, "X"),
        Position(0, dinkes, "Kepala", PositionCategory.FUNCTIONAL, None, -1),
        Position(0, 9999, "Kepala", PositionCategory.FUNCTIONAL),
    ]
    for position in bad:
        assert push(doc, AddPositionCommand(doc, position)) is not None
    assert push(doc, DeletePositionCommand(doc, 9999)) is not None
    assert doc.undo_stack.count() == 0
    assert fingerprint(doc.path) == before


def test_iku_commands(qtbot: QtBot, doc: Document) -> None:
    before = assert_synced(doc)
    dinkes = unit_named(doc, DINKES)
    add = AddIkuCommand(doc, Iku(0, dinkes, "Usia harapan hidup", "72", "tahun", 1))
    with signalled(qtbot, doc.iku_changed, dinkes):
        assert push(doc, add) is None
    iku = doc.iku(add.iku_id)
    assert iku in on_disk(doc).iku
    added = undo_redo(doc, before)
    assert doc.iku(add.iku_id) == iku

    edited = replace(iku, target="73,5")
    with signalled(qtbot, doc.iku_changed, dinkes):
        assert push(doc, EditIkuCommand(doc, edited)) is None
    assert edited in on_disk(doc).iku
    undo_redo(doc, added)

    with signalled(qtbot, doc.iku_changed, dinkes):
        assert push(doc, DeleteIkuCommand(doc, iku.id)) is None
    assert all(i.id != iku.id for i in on_disk(doc).iku)
    doc.undo_stack.undo()
    assert edited in on_disk(doc).iku
    assert isinstance(push(doc, AddIkuCommand(doc, Iku(0, dinkes, " "))), InvalidValueError)


# -- gestures, read-only, failures --------------------------------------------------------
def test_group_is_one_step(doc: Document) -> None:
    before = assert_synced(doc)
    root = doc.structure.roots()[0]
    dinkes = unit_named(doc, DINKES)
    bidang, upt = unit_named(doc, BIDANG), unit_named(doc, "UPT Puskesmas Mojosari")
    group = GroupCommand(
        doc,
        "Move 2 units",
        [MoveUnitCommand(doc, bidang, dinkes), MoveUnitCommand(doc, upt, unit_named(doc, DISDIK))],
    )
    assert push(doc, group) is None
    assert doc.undo_stack.count() == 1
    assert doc.unit(bidang).parent_id == dinkes
    undo_redo(doc, before)

    # One refused member refuses the whole gesture.
    doc.undo_stack.undo()
    before_fp = fingerprint(doc.path)
    refused = GroupCommand(
        doc,
        "Move 2 units",
        [
            MoveUnitCommand(doc, bidang, root),
            MoveUnitCommand(doc, unit_named(doc, KELURAHAN), dinkes),
        ],
    )
    assert isinstance(push(doc, refused), ParentKindError)
    assert fingerprint(doc.path) == before_fp
    assert assert_synced(doc) == before


def test_a_group_reaches_the_file_in_one_transaction(doc: Document) -> None:
    """Another reader sees none of a group's parts until all of them are made (a crash
    half-way leaves the plan as it was: issue 17 item 15)."""
    bidang, upt = unit_named(doc, BIDANG), unit_named(doc, "UPT Puskesmas Mojosari")
    dinkes, disdik = unit_named(doc, DINKES), unit_named(doc, DISDIK)
    before = on_disk(doc)
    seen: list[tuple[int | None, int | None]] = []

    class Peek(MoveUnitCommand):
        def apply(self) -> None:  # between the two moves: what the file holds now
            disk = on_disk(doc)
            seen.append((disk.units[bidang].parent_id, disk.units[upt].parent_id))
            super().apply()

    group = GroupCommand(
        doc, "Move 2 units", [MoveUnitCommand(doc, bidang, dinkes), Peek(doc, upt, disdik)]
    )
    assert push(doc, group) is None
    assert seen == [(before.units[bidang].parent_id, before.units[upt].parent_id)]
    after = assert_synced(doc)
    assert (after.units[bidang].parent_id, after.units[upt].parent_id) == (dinkes, disdik)


def test_read_only_document_refuses_edits(qtbot: QtBot, small_plan: Path) -> None:
    doc = Document.open(small_plan, read_only=True)
    try:
        before = fingerprint(small_plan)
        dinkes = unit_named(doc, DINKES)
        error = push(doc, RenameUnitCommand(doc, dinkes, "X"))
        assert isinstance(error, ReadOnlyError)
        assert "dibuka hanya-baca; perubahan tidak dibuat" in str(error)
        assert isinstance(push(doc, DeleteUnitCommand(doc, dinkes)), ReadOnlyError)
        with pytest.raises(ReadOnlyError):
            doc.delete_unit(dinkes)
        with pytest.raises(ReadOnlyError):
            doc.add_unit(dinkes, "bidang", "Bidang X")
        assert doc.can_move(unit_named(doc, BIDANG), dinkes)[0] is False
        assert doc.undo_stack.count() == 0
        assert doc.unit(dinkes).name == DINKES
        assert fingerprint(small_plan) == before
    finally:
        doc.close()


def test_a_failed_undo_reloads_and_drops_the_history(
    qtbot: QtBot, doc: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    dinkes = unit_named(doc, DINKES)
    assert push(doc, RenameUnitCommand(doc, dinkes, "Dinkes")) is None
    assert push(doc, RenameUnitCommand(doc, unit_named(doc, DISDIK), "Disdik")) is None

    def disk_full(*args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(doc.store, "update_unit", disk_full)
    with qtbot.waitSignal(doc.edit_failed, timeout=1000) as failed:
        doc.undo_stack.undo()
    assert failed.args == ["database or disk is full"]
    assert assert_synced(doc).units[dinkes].name == "Dinkes"
    qtbot.waitUntil(lambda: doc.undo_stack.count() == 0, timeout=1000)


def test_undo_puts_back_a_state_that_breaks_a_rule(qtbot: QtBot, small_plan: Path) -> None:
    """An imported plan may hold a unit where the law does not allow it (the analysis
    reports it). Such a unit can still be renamed, and undoing a fix puts it back."""
    with Store.open(small_plan) as store:
        structure = store.load(store.current_scenario().id)
        (kelurahan,) = [u.id for u in structure.units.values() if u.name == KELURAHAN]
        (dinkes,) = [u.id for u in structure.units.values() if u.name == DINKES]
        store.move_unit(kelurahan, dinkes)
    doc = Document.open(small_plan)
    try:
        assert any(kelurahan in f.units for f in doc.findings() if f.family == "structure")
        before = assert_synced(doc)
        assert push(doc, RenameUnitCommand(doc, kelurahan, "Kelurahan Baru")) is None
        fixed = replace(doc.unit(kelurahan), kind="bidang", name="Bidang Baru")
        assert push(doc, EditUnitCommand(doc, fixed)) is None
        assert not any(kelurahan in f.units for f in doc.findings() if f.family == "structure")
        doc.undo_stack.undo()
        doc.undo_stack.undo()
        assert assert_synced(doc) == before
        assert doc.undo_stack.count() == 2  # no failure dropped the history
    finally:
        doc.close()
