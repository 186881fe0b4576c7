"""Copy and paste of a subtree (issue 16 item 6): Ctrl+C / Ctrl+V on the tree and the
chart and the tree's context menu; new units with their fields, positions, urusan,
IKU and children; a refusal by the domain's rules; one undo step; between scenarios."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import Qt

from rbdesk.domain.model import Structure

from .helpers import assert_synced, fingerprint, on_disk, unit_named

SOURCE = "Dinas Lingkungan Hidup"


def shape(structure: Structure, top: int) -> list[tuple]:
    """The subtree of ``top`` as values only (no ids): each unit's fields, its depth,
    urusan, positions and IKU, in order."""
    units = structure.units
    out = []
    depth = {top: 0}
    for uid in structure.subtree(top):
        unit = units[uid]
        if uid != top:
            depth[uid] = depth[unit.parent_id] + 1
        skip = ("id", "parent_id", "sort_order") if uid == top else ("id", "parent_id")
        fields = {k: v for k, v in asdict(unit).items() if k not in skip}
        out.append((
            depth[uid],
            tuple(sorted(fields.items())),
            tuple(sorted((a.code, str(a.role)) for a in structure.assignments if a.unit_id == uid)),
            tuple((p.title, p.category, p.eselon, p.existing, p.needed, p.sort_order)
                  for p in structure.positions if p.unit_id == uid),
            tuple((i.indicator, i.target, i.measure, i.sort_order)
                  for i in structure.iku if i.unit_id == uid),
        ))  # fmt: skip
    return out


def choose(window, qtbot, name: str) -> int:
    uid = unit_named(window.document, name)
    window.select_unit(uid)
    window.tree.setFocus()
    qtbot.waitUntil(lambda: window.chart.selected == uid)
    return uid


def new_tops(before: Structure, after: Structure, parent: int) -> list[int]:
    return [u.id for u in after.units.values()
            if u.parent_id == parent and u.id not in before.units]  # fmt: skip


def test_ctrl_c_ctrl_v_pastes_a_copy_with_everything_below_one_undo_step(window, qtbot):
    doc = window.document
    source = choose(window, qtbot, SOURCE)
    qtbot.keyClick(window.tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert "Copied 11 units" in window.statusBar().currentMessage()
    assert window.clipboard.act_paste.isEnabled()
    before = assert_synced(doc)
    root = choose(window, qtbot, "Bupati Sukamaju")
    steps = doc.undo_stack.count()
    qtbot.keyClick(window.tree, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    after = assert_synced(doc)  # the file holds what the window shows
    (pasted,) = new_tops(before, after, root)
    assert len(after.units) == len(before.units) + 11
    assert shape(after, pasted) == shape(before, source)  # fields, urusan, posts, IKU
    assert set(after.subtree(pasted)).isdisjoint(before.units)  # new ids throughout
    # last among the region's units; the source untouched
    assert after.units[pasted].sort_order > max(
        u.sort_order for u in before.units.values() if u.parent_id == root
    )
    assert shape(after, source) == shape(before, source)
    # the new unit is chosen, in the tree and the chart
    assert window.chart.selected == pasted
    qtbot.waitUntil(lambda: pasted in window.chart.item.layout.boxes)
    assert doc.undo_stack.count() == steps + 1
    assert doc.undo_stack.undoText() == f"Paste “{SOURCE}”"
    doc.undo_stack.undo()
    assert assert_synced(doc) == before
    doc.undo_stack.redo()
    again = assert_synced(doc)
    assert again == after  # the same ids again


def test_paste_of_a_kind_not_allowed_under_the_target_is_refused(window, qtbot):
    doc = window.document
    seksi = next(u for u in doc.structure.units.values() if u.kind == "seksi")
    window.select_unit(seksi.id)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    choose(window, qtbot, "Bupati Sukamaju")
    file_before = fingerprint(doc.path)
    structure, steps = doc.structure, doc.undo_stack.count()
    qtbot.keyClick(window.tree, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    message = window.statusBar().currentMessage()
    assert message.startswith("Cannot paste:") and seksi.name in message
    assert doc.structure == structure
    assert doc.undo_stack.count() == steps
    assert fingerprint(doc.path) == file_before  # nothing written


def test_a_refusal_half_way_writes_nothing(window, qtbot, monkeypatch):
    """A unit refused after others were written (here: the file refuses an IKU) takes
    everything back: memory, file and history as before."""
    doc = window.document
    choose(window, qtbot, SOURCE)
    window.clipboard.copy_chosen()
    root = choose(window, qtbot, "Bupati Sukamaju")
    file_before = fingerprint(doc.path)
    structure, steps = doc.structure, doc.undo_stack.count()
    from rbdesk.domain.errors import InvalidValueError

    def refuse(_iku):
        raise InvalidValueError("window.paste_empty")

    monkeypatch.setattr(doc, "add_iku", refuse)
    assert not window.clipboard.paste(root)
    assert "Cannot paste" in window.statusBar().currentMessage()
    assert doc.structure == structure
    assert doc.undo_stack.count() == steps
    assert fingerprint(doc.path) == file_before


def test_paste_into_another_scenario_through_the_context_menu(window, qtbot):
    doc = window.document
    current = doc.scenario
    source = unit_named(doc, SOURCE)
    menu = window.tree_menu_for(source)
    menu.findChild(type(window.clipboard.act_copy), "menuCopyUnits").trigger()
    copied = shape(doc.structure, source)
    current_before = on_disk(doc)
    # the proposal, chosen in the toolbar's scenario list
    selector = window.scenario_selector
    proposal = next(s for s in doc.scenarios() if s.id != current.id)
    index = selector.findData(proposal.id)
    selector.setCurrentIndex(index)
    selector.activated.emit(index)
    assert doc.scenario.id == proposal.id
    before = assert_synced(doc)
    root = unit_named(doc, "Bupati Sukamaju")
    menu = window.tree_menu_for(root)
    paste = menu.findChild(type(window.clipboard.act_copy), "menuPasteUnits")
    assert paste.isEnabled()
    paste.trigger()
    after = assert_synced(doc)
    (pasted,) = new_tops(before, after, root)
    assert shape(after, pasted) == copied
    assert on_disk(doc, current.id) == current_before  # the source scenario untouched
    doc.undo_stack.undo()
    assert assert_synced(doc) == before


def test_ctrl_c_in_a_text_field_copies_text_not_units(window, qtbot, monkeypatch):
    from rbdesk.ui import clipboard

    monkeypatch.setattr(clipboard._Held, "copies", ())  # nothing held from other tests
    choose(window, qtbot, SOURCE)
    field = window.inspector.name
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert window.clipboard.copies == ()
    assert clipboard.QGuiApplication.clipboard().text() == SOURCE  # the field's text


def test_the_chart_copies_and_pastes_too(window, qtbot, monkeypatch):
    from rbdesk.ui import clipboard

    monkeypatch.setattr(clipboard._Held, "copies", ())
    doc = window.document
    choose(window, qtbot, SOURCE)
    window.chart.setFocus()
    qtbot.keyClick(window.chart, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert window.clipboard.copies and window.clipboard.copies[0].top.name == SOURCE
    root = choose(window, qtbot, "Bupati Sukamaju")
    before = doc.structure
    window.chart.setFocus()
    qtbot.keyClick(window.chart, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(new_tops(before, doc.structure, root)) == 1
