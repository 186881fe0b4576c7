"""A rumah sakit's jenis in the inspector (issue 12 item 5): shown beside its kelas (the
unit's type) for a rumah sakit only, written to the plan as one undoable edit."""

from __future__ import annotations

from rbdesk.ui.mainwindow import MainWindow
from tests.ui.helpers import assert_synced, unit_named

RSUD = "Rumah Sakit Umum Daerah Sukamaju"


def test_the_hospital_kind_is_shown_and_edited_for_a_rumah_sakit_only(window: MainWindow) -> None:
    doc = window.document
    inspector = window.inspector
    window.select_unit(unit_named(doc, "Dinas Kesehatan"))
    assert not inspector.hospital_kind.isVisibleTo(inspector)
    type_label = inspector.labels["type"].text()
    rs = unit_named(doc, RSUD)
    window.select_unit(rs)
    assert inspector.hospital_kind.isVisibleTo(inspector)
    assert inspector.labels["type"].text() != type_label  # its type is its kelas
    assert inspector.unit_type.currentData() == "C"
    assert inspector.hospital_kind.currentData() is None
    before = assert_synced(doc)
    index = inspector.hospital_kind.findData("umum")
    inspector.hospital_kind.setCurrentIndex(index)
    inspector.hospital_kind.activated.emit(index)
    after = assert_synced(doc)
    assert after.units[rs].hospital_kind == "umum"
    assert after.units[rs].unit_type == "C"
    doc.undo_stack.undo()
    assert assert_synced(doc) == before
    assert inspector.hospital_kind.currentData() is None
