"""Issue 11's bugs in switching scenarios: the undo history of each scenario survives a
switch (it was emptied), and the tree keeps the units the planner opened."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rbdesk.store import Store
from rbdesk.ui.mainwindow import MainWindow
from tests.ui.test_editing import choose_in_tree


def _choose_scenario(window: MainWindow, name: str) -> None:
    """Pick a scenario in the toolbar's list, as a planner does."""
    box = window.scenario_selector
    index = next(i for i in range(box.count()) if box.itemText(i).startswith(name))
    box.setCurrentIndex(index)
    box.activated.emit(index)
    assert window.document.scenario.name == name


def _rename(qtbot, window: MainWindow, unit: str, new: str) -> int:
    uid = choose_in_tree(qtbot, window, unit)
    field = window.inspector.name
    field.selectAll()
    qtbot.keyClicks(field, new)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    return uid


def _name_on_disk(window: MainWindow, uid: int) -> str:
    with Store.open(window.document.path, read_only=True) as store:
        return store.unit(uid).name


def test_each_scenario_keeps_its_undo_history(qtbot, window: MainWindow) -> None:
    current = _rename(qtbot, window, "Dinas Perhubungan", "Dinas Perhubungan Darat")
    assert _name_on_disk(window, current) == "Dinas Perhubungan Darat"
    _choose_scenario(window, "Usulan Penataan 2027")
    assert not window.act_undo.isEnabled()  # the proposal's own history is empty
    proposal = _rename(qtbot, window, "Dinas Sosial", "Dinas Sosial Terpadu")
    assert window.act_undo.isEnabled()
    _choose_scenario(window, "Kondisi Saat Ini")
    assert window.act_undo.isEnabled()  # the rename made before the switch
    window.act_undo.trigger()
    assert _name_on_disk(window, current) == "Dinas Perhubungan"
    assert _name_on_disk(window, proposal) == "Dinas Sosial Terpadu"  # untouched
    _choose_scenario(window, "Usulan Penataan 2027")
    window.act_undo.trigger()
    assert _name_on_disk(window, proposal) == "Dinas Sosial"
    window.act_redo.trigger()
    assert _name_on_disk(window, proposal) == "Dinas Sosial Terpadu"
    assert window.undo_view.stack() is window.document.undo_stack


def test_the_tree_keeps_its_expansion_across_a_switch(qtbot, window: MainWindow) -> None:
    doc = window.document
    uid = choose_in_tree(qtbot, window, "Dinas Pekerjaan Umum dan Penataan Ruang")
    window.tree.expand(window.structure_model.index_of(uid))
    _choose_scenario(window, "Usulan Penataan 2027")
    same = next(u.id for u in doc.structure.units.values()
                if u.name == "Dinas Pekerjaan Umum dan Penataan Ruang")  # fmt: skip
    assert window.tree.isExpanded(window.structure_model.index_of(same))
    other = next(u.id for u in doc.structure.units.values() if u.name == "Dinas Kesehatan")
    assert not window.tree.isExpanded(window.structure_model.index_of(other))
