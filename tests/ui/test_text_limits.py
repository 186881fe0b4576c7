"""The window's fields hold no more than a text's limit (issue 17 item 9), and a unit
whose name in the file is longer (written by another program) is not cut silently: an
edit of it is refused with the limit, and the file keeps the name until the planner
shortens it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from rbdesk.domain.limits import MAX_NAME, MAX_SHORT_NAME
from rbdesk.store import Store
from rbdesk.ui.mainwindow import MainWindow
from tests.ui.helpers import unit_named

LONG = "Dinas Panjang " + "Kesehatan " * 1000


@pytest.fixture
def sukamaju_plan(sukamaju_plan: Path) -> Path:
    """The sample with the name of its Dinas Perhubungan made ten thousand characters
    long, as another program could write it."""
    conn = sqlite3.connect(sukamaju_plan)
    conn.execute("UPDATE unit SET name = ? WHERE name = 'Dinas Perhubungan' AND scenario_id = 1",
                 [LONG])  # fmt: skip
    conn.commit()
    conn.close()
    return sukamaju_plan


def test_the_inspector_fields_hold_the_limit(qtbot, window: MainWindow) -> None:
    inspector = window.inspector
    assert inspector.name.maxLength() == MAX_NAME
    assert inspector.short_name.maxLength() == MAX_SHORT_NAME
    window.select_unit(unit_named(window.document, "Dinas Kesehatan"))
    inspector.name.setFocus()
    inspector.name.selectAll()
    qtbot.keyClicks(inspector.name, "Dinas " + "x" * (MAX_NAME + 20))
    assert len(inspector.name.text()) == MAX_NAME


def test_a_longer_name_from_the_file_is_refused_not_cut(qtbot, window: MainWindow) -> None:
    doc = window.document
    uid = unit_named(doc, LONG)
    window.select_unit(uid)
    inspector = window.inspector
    assert inspector.name.text() == LONG[:MAX_NAME]
    assert len(inspector.title.text()) <= MAX_NAME  # the heading is shortened too
    # another field changes: the name is not cut behind the planner's back
    inspector.eselon.setCurrentIndex(inspector.eselon.findData("IIIa"))
    inspector.eselon.activated.emit(inspector.eselon.currentIndex())
    refusal = inspector.error.text()
    assert str(MAX_NAME) in refusal
    assert "unit name too long" in refusal or "nama unit terlalu panjang" in refusal
    with Store.open(doc.path, read_only=True) as store:
        assert store.load(doc.scenario.id).units[uid].name == LONG
    # the planner shortens it: saved
    inspector.name.setFocus()
    inspector.name.selectAll()
    qtbot.keyClicks(inspector.name, "Dinas Perhubungan")
    qtbot.keyClick(inspector.name, Qt.Key.Key_Return)
    with Store.open(doc.path, read_only=True) as store:
        assert store.load(doc.scenario.id).units[uid].name == "Dinas Perhubungan"
