"""Scenarios created, renamed and deleted in the window are undone and redone like any
edit (issue 11 item 4, issue 16): the plan's own history, taken back in the order the
steps were made together with the active scenario's."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox, QToolButton

from rbdesk.store import Store
from rbdesk.ui import plaintext
from rbdesk.ui.mainwindow import MainWindow
from tests.ui.test_scenario_switch import _choose_scenario, _name_on_disk, _rename

PROPOSAL = "Usulan Penataan 2027"
CURRENT = "Kondisi Saat Ini"


def _scenarios_on_disk(path: Path) -> dict[str, int]:
    with Store.open(path, read_only=True) as store:
        return {s.name: s.id for s in store.scenarios()}


def _rows(path: Path) -> dict[str, list[str]]:
    """Every row of every table but ``meta`` (the session id), in a stable order."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'meta'"
            )
        ]
        return {t: sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"'))) for t in tables}
    finally:
        conn.close()


def _type_name(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (name, True))


def _answer_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plaintext, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def test_a_new_proposal_and_an_edit_in_it_are_undone_in_turn(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = window.document.path
    _choose_scenario(window, CURRENT)
    _type_name(monkeypatch, "Usulan B")
    window.act_new_proposal.trigger()
    created = _scenarios_on_disk(path)["Usulan B"]
    assert window.document.scenario.id == created
    uid = _rename(qtbot, window, "Dinas Perhubungan", "Dinas Perhubungan Darat")
    assert "Dinas Perhubungan Darat" in window.act_undo.text()

    window.act_undo.trigger()  # the edit first
    assert _name_on_disk(window, uid) == "Dinas Perhubungan"
    assert "New proposal" in window.act_undo.text()
    window.act_undo.trigger()  # then the proposal
    assert "Usulan B" not in _scenarios_on_disk(path)
    assert window.document.scenario.name == CURRENT
    assert all("Usulan B" not in window.scenario_selector.itemText(i)
               for i in range(window.scenario_selector.count()))  # fmt: skip

    window.act_redo.trigger()  # the proposal comes back with its id, and is active
    assert _scenarios_on_disk(path)["Usulan B"] == created
    assert window.document.scenario.id == created
    window.act_redo.trigger()  # and so does the edit in it
    assert _name_on_disk(window, uid) == "Dinas Perhubungan Darat"
    assert not window.act_redo.isEnabled()


def test_a_deleted_proposal_comes_back_whole_with_its_history(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = window.document.path
    _choose_scenario(window, PROPOSAL)
    uid = _rename(qtbot, window, "Dinas Sosial", "Dinas Sosial Terpadu")
    before = _rows(path)
    proposal_id = window.document.scenario.id
    operations = len(window.document.structure.operations)
    assert operations > 0

    _answer_yes(monkeypatch)
    window.act_delete_scenario.trigger()
    assert PROPOSAL not in _scenarios_on_disk(path)
    assert window.document.scenario.name == CURRENT  # its baseline
    assert "Delete scenario" in window.act_undo.text()

    window.act_undo.trigger()
    assert _rows(path) == before  # every unit, lineage row, step and reference
    assert window.document.scenario.id == proposal_id
    assert len(window.document.structure.operations) == operations
    assert window.operations.table.rowCount() == operations
    window.act_undo.trigger()  # the rename made before the deletion, in its own history
    assert _name_on_disk(window, uid) == "Dinas Sosial"
    window.act_redo.trigger()
    window.act_redo.trigger()  # the deletion again
    assert PROPOSAL not in _scenarios_on_disk(path)


def test_deleting_a_baseline_is_undone_with_the_lineage_of_its_proposal(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = window.document.path
    before = _rows(path)
    _choose_scenario(window, CURRENT)
    _answer_yes(monkeypatch)
    window.act_delete_scenario.trigger()
    after = _rows(path)
    assert len(after["lineage"]) < len(before["lineage"])  # the proposal's went with it
    window.act_undo.trigger()
    assert _rows(path) == before
    assert window.document.scenario.name == CURRENT
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_a_rename_is_undone_and_a_refused_one_is_not_a_step(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, no_modal_message_box: list[str]
) -> None:
    path = window.document.path
    _choose_scenario(window, PROPOSAL)
    _type_name(monkeypatch, "Usulan Final")
    window.act_rename_scenario.trigger()
    assert "Usulan Final" in _scenarios_on_disk(path)
    assert window.scenario_selector.currentText().startswith("Usulan Final")
    _type_name(monkeypatch, CURRENT)  # taken: refused with a message, nothing pushed
    window.act_rename_scenario.trigger()
    assert no_modal_message_box and CURRENT in no_modal_message_box[-1]
    window.act_undo.trigger()
    assert PROPOSAL in _scenarios_on_disk(path)
    assert window.scenario_selector.currentText().startswith(PROPOSAL)
    assert not window.act_undo.isEnabled()


def test_the_toolbar_button_keeps_its_short_text(qtbot, window: MainWindow) -> None:
    long = "Dinas " + "Sangat Panjang " * 20
    _rename(qtbot, window, "Dinas Perhubungan", long)
    button = window.toolbar.widgetForAction(window.act_undo)
    assert isinstance(button, QToolButton)
    assert button.text() == "Undo"
    assert window.act_undo.text().startswith("Undo") and long[:30] in window.act_undo.text()
    assert button.sizeHint().width() < 200
