"""Issue 11's bug: a seksi turned into a functional group through the inspector's kind
list kept its eselon IVa, and the report printed a "Kelompok Jabatan Fungsional,
eselon IVa". A functional group has no eselon: the change clears it, in one undo step."""

from __future__ import annotations

from rbdesk.store import Store
from rbdesk.ui.mainwindow import MainWindow
from tests.ui.test_editing import choose_in_tree


def test_a_seksi_made_a_functional_group_loses_its_eselon(qtbot, window: MainWindow) -> None:
    doc = window.document
    uid = choose_in_tree(qtbot, window, "Seksi Pembangunan Jalan dan Jembatan")
    assert doc.unit(uid).eselon == "IVa"
    combo = window.inspector.kind
    kinds = [combo.itemData(i) for i in range(combo.count())]
    assert kinds[0] == "seksi" and "kelompok_fungsional" in kinds
    # picked from the list as a planner clicks it in the open popup
    index = kinds.index("kelompok_fungsional")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    with Store.open(doc.path, read_only=True) as store:
        unit = store.unit(uid)
        assert (unit.kind, unit.eselon) == ("kelompok_fungsional", None)
    assert window.inspector.eselon.currentData() is None  # the form shows it too
    window.act_undo.trigger()  # one step brings back kind and eselon together
    with Store.open(doc.path, read_only=True) as store:
        unit = store.unit(uid)
        assert (unit.kind, unit.eselon) == ("seksi", "IVa")
    window.act_redo.trigger()
    with Store.open(doc.path, read_only=True) as store:
        assert store.unit(uid).eselon is None
