"""The item models: valid by qtmodeltester, and in step with every kind of edit."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from rbdesk.domain.model import UrusanAssignment
from rbdesk.ui.commands import (
    AddUnitCommand,
    DeleteUnitCommand,
    MoveUnitCommand,
    RenameUnitCommand,
    SetAssignmentsCommand,
    push,
)
from rbdesk.ui.document import Document
from rbdesk.ui.models import FindingsFilter, FindingsModel, StructureModel
from tests.ui.helpers import unit_named


def tree_of(model: StructureModel, parent: QModelIndex | None = None) -> dict:
    """The model's tree as nested {unit id: children}, read through the Qt API."""
    parent = parent or QModelIndex()
    out = {}
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        out[model.data(index, StructureModel.UnitIdRole)] = tree_of(model, index)
    return out


def tree_of_document(doc: Document, parent: int | None = None) -> dict:
    return {uid: tree_of_document(doc, uid) for uid in doc.child_ids(parent)}


def test_structure_model_is_valid_and_follows_edits(qtbot, qtmodeltester, sukamaju) -> None:
    doc = sukamaju
    model = StructureModel(doc)
    qtmodeltester.check(model)
    assert tree_of(model) == tree_of_document(doc)
    dinas = unit_named(doc, "Dinas Perhubungan")
    other = unit_named(doc, "Dinas Kesehatan")

    add = AddUnitCommand(doc, dinas, "bidang", "Bidang Baru Uji")
    assert push(doc, add) is None
    new_id = add.unit_id
    assert model.index_of(new_id).isValid()
    assert model.data(model.index_of(new_id)) == "Bidang Baru Uji"
    assert push(doc, RenameUnitCommand(doc, new_id, "Bidang Nama Lain")) is None
    assert model.data(model.index_of(new_id)) == "Bidang Nama Lain"
    assert push(doc, MoveUnitCommand(doc, new_id, other, 0)) is None
    assert model.parent(model.index_of(new_id)).internalId() == other
    assert model.index_of(new_id).row() == 0
    assert push(doc, DeleteUnitCommand(doc, dinas)) is None
    assert not model.index_of(dinas).isValid()
    assert tree_of(model) == tree_of_document(doc)
    for _ in range(4):
        doc.undo_stack.undo()
        assert tree_of(model) == tree_of_document(doc)
    for _ in range(4):
        doc.undo_stack.redo()
        assert tree_of(model) == tree_of_document(doc)
    qtmodeltester.check(model)


def test_structure_model_resets_on_scenario_switch(qtbot, qtmodeltester, sukamaju) -> None:
    doc = sukamaju
    model = StructureModel(doc)
    proposal = next(s for s in doc.scenarios() if s.role.value == "proposal")
    with qtbot.waitSignal(model.modelReset):
        doc.switch_scenario(proposal.id)
    assert tree_of(model) == tree_of_document(doc)
    qtmodeltester.check(model)


def test_findings_model_filters_and_follows(qtbot, qtmodeltester, sukamaju) -> None:
    doc = sukamaju
    model = FindingsModel(doc)
    proxy = FindingsFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    rules = {model.finding(r).rule for r in range(model.rowCount())}
    assert "caps.sub_units" in rules and "text.overlap" in rules
    proxy.set_filter({"caps"}, set())
    assert proxy.rowCount() == 2  # caps.sub_units; caps.own_rules (Satpol PP, BPBD, ...)
    proxy.set_filter(set(), {"error"})
    assert proxy.rowCount() == sum(
        model.finding(r).severity.value == "error" for r in range(model.rowCount())
    )
    # an urusan another OPD holds as main brings a new overlap finding
    kes = unit_named(doc, "Dinas Kesehatan")
    codes = [*doc.assignments_of(kes), UrusanAssignment(kes, "2.15")]
    assert push(doc, SetAssignmentsCommand(doc, kes, codes)) is None
    found = [model.finding(r) for r in range(model.rowCount())]
    assert any(f.rule == "overlap.urusan_shared" and "2.15" in f.codes for f in found)
    model.set_language("en")
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Finding"
    doc.undo_stack.undo()
    found = [model.finding(r) for r in range(model.rowCount())]
    assert not any(f.rule == "overlap.urusan_shared" and "2.15" in f.codes for f in found)


def test_an_edit_changes_the_rows_it_concerns_not_the_whole_model(
    qtbot, qtmodeltester, sukamaju
) -> None:
    """Issue 16 item 8: new findings arrive as rows inserted and removed, so the view
    keeps its sort and selection and nothing is laid out again."""
    doc = sukamaju
    model = FindingsModel(doc)
    proxy = FindingsFilter()
    proxy.setSourceModel(model)
    proxy.sort(FindingsModel.MESSAGE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    signals: list[str] = []
    model.modelReset.connect(lambda: signals.append("reset"))
    model.rowsInserted.connect(lambda *_: signals.append("inserted"))
    model.rowsRemoved.connect(lambda *_: signals.append("removed"))
    kept = next(r for r in range(model.rowCount()) if model.finding(r).rule == "caps.sub_units")
    persistent = QPersistentModelIndex(proxy.mapFromSource(model.index(kept, 0)))
    before = model.rowCount()
    kes = unit_named(doc, "Dinas Kesehatan")
    codes = [*doc.assignments_of(kes), UrusanAssignment(kes, "2.15")]
    assert push(doc, SetAssignmentsCommand(doc, kes, codes)) is None
    assert "reset" not in signals and "inserted" in signals
    assert model.rowCount() > before
    assert persistent.isValid()
    assert proxy.data(proxy.index(persistent.row(), 1), Qt.ItemDataRole.ToolTipRole) == (
        "caps.sub_units"
    )  # the rule's id, under its title
    messages = [proxy.data(proxy.index(r, FindingsModel.MESSAGE)) for r in range(proxy.rowCount())]
    assert messages == sorted(messages, reverse=True)  # the sort holds
    assert [model.finding(r) for r in range(model.rowCount())] == list(doc.findings())
    doc.undo_stack.undo()
    assert "removed" in signals and "reset" not in signals
    assert model.rowCount() == before
    assert [model.finding(r) for r in range(model.rowCount())] == list(doc.findings())
    qtmodeltester.check(model)
