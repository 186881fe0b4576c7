"""Restructuring operations made through the window: units chosen with clicks in the
tree, the Restructure menu, the operation dialogs typed into, OK clicked; then the
recorded operation and its reason are read back from the file on disk, and undo and
redo go through the window's actions."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from rbdesk.domain.model import OperationKind, PositionCategory, ScenarioRole
from rbdesk.store import Store
from rbdesk.ui import plaintext
from rbdesk.ui.document import Document
from rbdesk.ui.mainwindow import MainWindow
from rbdesk.ui.opdialogs import (
    AbolishDialog,
    ConvertDialog,
    CreateDialog,
    MergeDialog,
    MoveDialog,
    RenameDialog,
    RetypeDialog,
    SplitDialog,
)
from tests.ui.helpers import assert_synced, on_disk

PROPOSAL = "Usulan Uji"


@pytest.fixture
def proposal(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The window on a fresh proposal made from the sample's current scenario with the
    window's own New proposal action."""
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (PROPOSAL, True))
    current = next(s for s in window.document.scenarios() if s.role is ScenarioRole.CURRENT)
    window.scenarios.switch_to(current.id)
    window.act_new_proposal.trigger()
    assert window.document.scenario.name == PROPOSAL
    return window


def named(window: MainWindow, name: str) -> int:
    (found,) = [u.id for u in window.document.structure.units.values() if u.name == name]
    return found


def click_units(qtbot, window: MainWindow, names: Sequence[str]) -> list[int]:
    """Click the first unit in the tree, Ctrl-click the others."""
    return click_ids(qtbot, window, [named(window, n) for n in names])


def click_ids(qtbot, window: MainWindow, ids: Sequence[int]) -> list[int]:
    """:func:`click_units` for units given by id (names repeat: "Sekretariat")."""
    tree = window.tree
    for n, uid in enumerate(ids):
        index = window.structure_model.index_of(uid)
        parent = index.parent()
        while parent.isValid():
            tree.expand(parent)
            parent = parent.parent()
        tree.scrollTo(index)
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, modifier,
                         tree.visualRect(index).center())  # fmt: skip
    assert sorted(window.selected_units()) == sorted(ids)
    return list(ids)


def run(window: MainWindow, action: str, kind: type) -> object:
    window.proposal.actions[action].trigger()
    dialog = window.active_dialog
    assert isinstance(dialog, kind) and dialog.isVisible()
    return dialog


def type_reason(qtbot, dialog: object, reason: str, basis: str = "") -> None:
    box = dialog.motive  # type: ignore[attr-defined]
    box.reason.clear()
    append(qtbot, box.reason, reason)
    if basis:
        box.basis.clear()
        qtbot.keyClicks(box.basis, basis)


def append(qtbot, edit: QPlainTextEdit, text: str) -> None:
    """Type at the end of a text box, as a planner who clicks after its text."""
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, text)


def click_ok(qtbot, dialog: QWidget) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def last_operation(window: MainWindow):
    with Store.open(window.document.path, read_only=True) as store:
        ops = store.operations(window.document.scenario.id)
    return ops[-1] if ops else None


def tree_follows(window: MainWindow) -> None:
    """The tree shows the document's units, each under its parent in sibling order
    (the window followed the step unit by unit, without a reset)."""
    model = window.structure_model
    children = window.document.structure.children()
    assert {p: model._children.get(p, []) for p in children} == children
    assert set(model._parent) == set(window.document.structure.units)


def undo_redo(window: MainWindow, count: int) -> None:
    """Undo in the window takes the step out of the file, redo brings it back; the
    tree follows each."""
    after = assert_synced(window.document)
    tree_follows(window)
    window.act_undo.trigger()
    before = assert_synced(window.document)
    tree_follows(window)
    assert len(before.operations) == count - 1 and before != after
    window.act_redo.trigger()
    assert assert_synced(window.document) == after
    tree_follows(window)


# -- each operation ------------------------------------------------------------------------
def test_merge_two_units_with_a_finding_as_motive(
    qtbot, proposal: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = proposal
    asked: list[str] = []
    monkeypatch.setattr(plaintext, "question", lambda _p, _t, text: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])  # fmt: skip
    ppa, ppa2 = (
        "Bidang Pemberdayaan Perempuan dan Perlindungan Anak",
        "Bidang Perlindungan Perempuan dan Anak",
    )
    ids = click_units(qtbot, window, [ppa, ppa2])
    dialog = run(window, "actionMerge", MergeDialog)
    assert isinstance(dialog, MergeDialog)
    dialog.survivor.setCurrentIndex(dialog.survivor.findData(named(window, ppa2)))
    findings = dialog.motive.findings
    overlap = [n for n, f in enumerate(findings) if "2.08" in f.codes]
    assert overlap, [f.rule for f in findings]
    item = dialog.motive.finding_list.item(overlap[0])
    item.setCheckState(Qt.CheckState.Checked)  # ticking fills the reason and the basis
    assert dialog.motive.reason.toPlainText() == findings[overlap[0]].text("en")
    assert dialog.motive.basis.text() == findings[overlap[0]].basis
    append(qtbot, dialog.motive.reason, " Satu urusan, satu perangkat daerah.")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    op = last_operation(window)
    assert op.kind is OperationKind.MERGE
    assert op.justification.endswith("Satu urusan, satu perangkat daerah.")
    assert op.basis == findings[overlap[0]].basis and op.findings
    disk = on_disk(window.document)
    assert ids[1] in disk.units and ids[0] not in disk.units  # the first merged away
    # the survivor's tugas are offered for editing, and it is the unit shown
    assert asked and ppa2 in asked[0]
    assert window.inspector.unit_id == ids[1]
    undo_redo(window, 1)


def test_split_hands_out_children_and_headcount(qtbot, proposal: MainWindow) -> None:
    window = proposal
    doc = window.document
    bidang = "Bidang Tanaman Pangan dan Hortikultura"
    (uid,) = click_units(qtbot, window, [bidang])
    seksi = doc.child_ids(uid)
    dialog = run(window, "actionSplit", SplitDialog)
    assert isinstance(dialog, SplitDialog)
    table = dialog.names_table
    for column, name in enumerate(("Bidang Tanaman Pangan", "Bidang Hortikultura")):
        table.setCurrentCell(0, column)
        qtbot.keyClick(table, Qt.Key.Key_F2)  # edit the cell, as F2 does
        (editor,) = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
        qtbot.keyClicks(editor, name)
    table.setCurrentCell(0, 0)  # leaving the cell ends its editing
    assert dialog.piece_names() == ["Bidang Tanaman Pangan", "Bidang Hortikultura"]
    header = dialog.table.horizontalHeaderItem(2).text()
    assert header == "Bidang Hortikultura"
    # the second seksi goes to the second new unit: a click on its cell
    row = next(r for r, (_t, key) in enumerate(dialog.items) if key == ("children", seksi[1]))
    dialog.table.setCurrentCell(row, 2)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.target(row) == 1
    spin = dialog.spins[1][0]
    spin.clear()
    qtbot.keyClicks(spin, "1")  # the bidang's one employee goes to the second
    assert dialog.spins[0][0].value() == 0  # the first keeps the rest
    type_reason(qtbot, dialog, "Beban kerja hortikultura tumbuh.")
    click_ok(qtbot, dialog)
    op = last_operation(window)
    assert op.kind is OperationKind.SPLIT and op.justification == "Beban kerja hortikultura tumbuh."
    disk = on_disk(doc)
    pangan, horti = (next(u for u in disk.units.values() if u.name == n)
                     for n in ("Bidang Tanaman Pangan", "Bidang Hortikultura"))  # fmt: skip
    assert uid not in disk.units
    assert disk.units[seksi[1]].parent_id == horti.id
    assert disk.units[seksi[0]].parent_id == pangan.id
    assert (horti.headcount_existing, pangan.headcount_existing) == (1, 0)
    undo_redo(window, 1)


def test_convert_three_seksi_to_a_functional_group(qtbot, proposal: MainWindow) -> None:
    window = proposal
    names = ["Seksi Produksi Tanaman Pangan", "Seksi Produksi Hortikultura",
             "Seksi Perlindungan Tanaman"]  # fmt: skip
    ids = click_units(qtbot, window, names)
    dialog = run(window, "actionToFunctional", ConvertDialog)
    assert isinstance(dialog, ConvertDialog)
    assert dialog.name.text().startswith("Kelompok Jabatan Fungsional")
    assert dialog.posts.count() >= 3 and "Ahli Muda" in dialog.posts.item(0).text()
    type_reason(qtbot, dialog, "Penyederhanaan birokrasi.", "PermenPANRB 17/2021")
    click_ok(qtbot, dialog)
    op = last_operation(window)
    assert op.kind is OperationKind.CONVERT and op.basis == "PermenPANRB 17/2021"
    disk = on_disk(window.document)
    group = disk.units[ids[0]]
    assert group.kind == "kelompok_fungsional" and group.eselon is None
    assert not set(ids[1:]) & disk.units.keys()
    heads = [p for p in disk.positions if p.unit_id == group.id and "Ahli Muda" in p.title]
    assert heads and all(p.category is PositionCategory.FUNCTIONAL for p in heads)
    undo_redo(window, 1)


def test_abolish_rehomes_children_and_lists_the_positions_that_go(
    qtbot, proposal: MainWindow
) -> None:
    window = proposal
    doc = window.document
    (uid,) = click_units(qtbot, window, ["Bidang Pengujian Sarana"])
    children = doc.child_ids(uid)
    dialog = run(window, "actionAbolish", AbolishDialog)
    assert isinstance(dialog, AbolishDialog)
    before = dialog.affected.count()
    assert before >= 1  # the bidang's own posts and those of the units under it
    # a radio button answers a click on its circle or its words, not its empty right
    qtbot.mouseClick(dialog.rehome, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, dialog.rehome.height() // 2))  # fmt: skip
    assert dialog.rehome.isChecked() and dialog.home.isEnabled()
    assert dialog.home.chosen() == named(window, "Dinas Perhubungan")
    type_reason(qtbot, dialog, "Melebihi batas bidang.")
    click_ok(qtbot, dialog)
    op = last_operation(window)
    assert op.kind is OperationKind.ABOLISH
    disk = on_disk(doc)
    assert uid not in disk.units
    assert all(disk.units[c].parent_id == named(window, "Dinas Perhubungan") for c in children)
    undo_redo(window, 1)


def test_move_create_rename_and_retype(qtbot, proposal: MainWindow) -> None:
    window = proposal
    doc = window.document
    (uid,) = click_units(qtbot, window, ["Bidang Transmigrasi"])
    dialog = run(window, "actionMoveUnits", MoveDialog)
    qtbot.keyClicks(dialog.target.filter, "Dinas Tenaga Kerja")
    visible = [dialog.target.list.item(r) for r in range(dialog.target.list.count())
               if not dialog.target.list.item(r).isHidden()]  # fmt: skip
    assert [i.text().strip() for i in visible] == ["Dinas Tenaga Kerja"]
    dialog.target.list.setCurrentItem(visible[0])
    type_reason(qtbot, dialog, "Serumpun.")
    click_ok(qtbot, dialog)
    assert on_disk(doc).units[uid].parent_id == named(window, "Dinas Tenaga Kerja")

    click_units(qtbot, window, ["Dinas Tenaga Kerja"])
    dialog = run(window, "actionRenameUnit", RenameDialog)
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Dinas Tenaga Kerja dan Transmigrasi")
    type_reason(qtbot, dialog, "Nomenklatur mengikuti urusan.")
    click_ok(qtbot, dialog)
    assert on_disk(doc).units[named(window, "Dinas Tenaga Kerja dan Transmigrasi")]

    click_units(qtbot, window, ["Dinas Perumahan dan Kawasan Permukiman"])
    dialog = run(window, "actionCreateUnit", CreateDialog)
    qtbot.keyClicks(dialog.fields.name, "Bidang Pertanahan")
    dialog.fields.kind.setCurrentIndex(dialog.fields.kind.findData("bidang"))
    type_reason(qtbot, dialog, "Urusan pertanahan belum diwadahi.")
    click_ok(qtbot, dialog)
    new = on_disk(doc).units[named(window, "Bidang Pertanahan")]
    assert new.kind == "bidang" and new.eselon == "IIIb"

    click_units(qtbot, window, ["Dinas Perhubungan"])
    dialog = run(window, "actionRetype", RetypeDialog)
    dialog.unit_type.setCurrentIndex(dialog.unit_type.findData("A"))
    assert dialog.effect.text()  # says what the new type does to the eselons
    type_reason(qtbot, dialog, "Beban kerja tipe A.")
    click_ok(qtbot, dialog)
    assert on_disk(doc).units[named(window, "Dinas Perhubungan")].unit_type == "A"
    kinds = [op.kind for op in on_disk(doc).operations]
    assert kinds == [OperationKind.MOVE, OperationKind.RENAME, OperationKind.CREATE,
                     OperationKind.RETYPE]  # fmt: skip
    undo_redo(window, 4)


def test_a_refusal_shows_inside_the_dialog(qtbot, proposal: MainWindow) -> None:
    window = proposal
    click_units(qtbot, window, ["Dinas Perhubungan"])
    dialog = run(window, "actionRenameUnit", RenameDialog)
    type_reason(qtbot, dialog, "Tidak berubah.")
    click_ok(qtbot, dialog)  # the same name: the domain refuses
    assert dialog.isVisible() and dialog.error.text()
    assert last_operation(window) is None


def test_operations_are_refused_on_the_current_scenario(
    qtbot, window: MainWindow, no_modal_message_box: list[str]
) -> None:
    current = next(s for s in window.document.scenarios() if s.role is ScenarioRole.CURRENT)
    window.scenarios.switch_to(current.id)
    click_units(qtbot, window, ["Dinas Perhubungan"])
    before = on_disk(window.document)
    window.proposal.actions["actionRenameUnit"].trigger()
    assert not isinstance(window.active_dialog, RenameDialog)
    assert no_modal_message_box and "proposal" in no_modal_message_box[-1]
    assert on_disk(window.document) == before


def test_the_actions_follow_how_many_units_are_chosen(qtbot, proposal: MainWindow) -> None:
    window = proposal
    actions = window.proposal.actions
    click_units(qtbot, window, ["Dinas Perhubungan"])
    assert actions["actionSplit"].isEnabled() and not actions["actionMerge"].isEnabled()
    click_units(qtbot, window, ["Dinas Perhubungan", "Dinas Tenaga Kerja"])
    assert actions["actionMerge"].isEnabled() and not actions["actionSplit"].isEnabled()


# -- the operations panel ----------------------------------------------------------------------
def test_the_panel_lists_steps_shows_their_units_and_edits_the_reason(
    qtbot, proposal: MainWindow
) -> None:
    window = proposal
    panel = window.findChild(QWidget, "operationsPanel").widget()
    assert panel is window.operations and panel.table.rowCount() == 0
    names = ["Seksi Produksi Tanaman Pangan", "Seksi Produksi Hortikultura"]
    click_units(qtbot, window, names)
    dialog = run(window, "actionToFunctional", ConvertDialog)
    type_reason(qtbot, dialog, "Penyederhanaan.")
    click_ok(qtbot, dialog)
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, panel.REASON).text() == "Penyederhanaan."
    group = last_operation(window).after
    window.tree.clearSelection()
    rect = panel.table.visualItemRect(panel.table.item(0, panel.KIND))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selected_units() == list(group)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    reason = panel.active_dialog
    assert reason is not None and reason.isVisible()
    reason.reason.clear()
    qtbot.keyClicks(reason.reason, "Alasan yang diperbaiki.")
    qtbot.mouseClick(reason.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert last_operation(window).justification == "Alasan yang diperbaiki."
    assert panel.table.item(0, panel.REASON).text() == "Alasan yang diperbaiki."
    window.act_undo.trigger()  # the edit of the reason is one step
    assert last_operation(window).justification == "Penyederhanaan."
    assert panel.table.item(0, panel.REASON).text() == "Penyederhanaan."


def test_the_panel_names_the_units_before_without_loading_the_baseline(
    qtbot, proposal: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Switching to a proposal, the panel names each step's units before from the
    scenario the proposal came from, reading only their names: the whole baseline
    loaded on the window's thread stalled each switch on a large plan."""
    window = proposal
    panel = window.operations
    names = ["Seksi Produksi Tanaman Pangan", "Seksi Produksi Hortikultura"]
    click_units(qtbot, window, names)
    dialog = run(window, "actionToFunctional", ConvertDialog)
    type_reason(qtbot, dialog, "Penyederhanaan.")
    click_ok(qtbot, dialog)
    shown = window.document.scenario
    assert shown.derived_from is not None
    window.scenarios.switch_to(shown.derived_from)
    assert panel.table.rowCount() == 0  # the baseline has no steps of its own
    loaded: list[int] = []
    real_load = window.document.store.load
    monkeypatch.setattr(window.document.store, "load",
                        lambda sid: (loaded.append(sid), real_load(sid))[1])  # fmt: skip
    window.scenarios.switch_to(shown.id)
    assert loaded == [shown.id]  # the proposal shown; not its baseline
    assert panel.table.rowCount() == 1
    before = panel.table.item(0, panel.BEFORE)
    assert all(name in before.toolTip() for name in names)
    assert "#" not in before.text()


# -- the baseline and the last scenario ----------------------------------------------------
def _window(qtbot, path: Path, settings: Path) -> MainWindow:
    win = MainWindow(Document.open(path), QSettings(str(settings), QSettings.Format.IniFormat),
                     "en")  # fmt: skip
    qtbot.addWidget(win)
    win.show()
    return win


def test_an_edit_of_a_baseline_asks_first(qtbot, sukamaju_plan: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    win = _window(qtbot, sukamaju_plan, tmp_path / "s.ini")
    doc = win.document
    assert doc.scenario.role is ScenarioRole.CURRENT and doc.proposals_of(doc.scenario.id)
    uid = named(win, "Dinas Perhubungan")
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    asked: list[str] = []
    monkeypatch.setattr(plaintext, "question", lambda _p, _t, text: (
        asked.append(text), next(answers))[1])  # fmt: skip
    assert not win._rename(uid, "Dinas Perhubungan Baru")
    assert on_disk(doc).units[uid].name == "Dinas Perhubungan" and len(asked) == 1
    assert "baseline" in asked[0]
    assert win._rename(uid, "Dinas Perhubungan Baru")
    assert win._rename(uid, "Dinas Perhubungan Lagi")  # asked once per session
    assert len(asked) == 2 and on_disk(doc).units[uid].name == "Dinas Perhubungan Lagi"
    win.close()


def test_the_last_scenario_is_reopened(qtbot, sukamaju_plan: Path, tmp_path: Path) -> None:
    win = _window(qtbot, sukamaju_plan, tmp_path / "s.ini")
    proposal = next(s for s in win.document.scenarios() if s.role is ScenarioRole.PROPOSAL)
    win.scenarios.switch_to(proposal.id)
    win.close()
    again = _window(qtbot, sukamaju_plan, tmp_path / "s.ini")
    assert again.document.scenario.id == proposal.id
    assert again.scenario_selector.currentData() == proposal.id
    again.close()


# -- the chart, the report, the command line -------------------------------------------------
def test_units_chosen_in_the_chart_feed_the_restructure_menu(qtbot, proposal: MainWindow) -> None:
    window = proposal
    chart = window.chart
    ids = [named(window, "Dinas Perhubungan"), named(window, "Dinas Tenaga Kerja")]
    chart.expand_to_level(1)
    qtbot.waitUntil(lambda: all(u in chart.item.layout.boxes for u in ids))
    for n, uid in enumerate(ids):
        box = chart.item.layout.boxes[uid]
        chart.centerOn(box.x + box.width / 2, box.y + box.height / 2)
        point = chart.mapFromScene(box.x + box.width / 2, box.y + box.height / 2)
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, modifier, point)
    assert sorted(window.selected_units()) == sorted(ids)
    assert window.proposal.actions["actionMerge"].isEnabled()


def test_a_placeholder_name_is_flagged_before_the_report(
    qtbot, proposal: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rbdesk.ui.export import ExportRequest

    window = proposal
    dinas = named(window, "Dinas Perhubungan")
    new = window.add_child(dinas, "bidang")  # "New <kind>" until the planner types over
    assert new is not None
    name = window.document.unit(new).name
    assert name.startswith("New ")
    asked: list[str] = []
    monkeypatch.setattr(plaintext, "question", lambda _p, _t, text: (
        asked.append(text), QMessageBox.StandardButton.No)[1])  # fmt: skip
    request = ExportRequest(tmp_path / "u.pdf", "A4", "id", None, PROPOSAL)
    assert not window.export_pdf(request)
    assert asked and f"{PROPOSAL}: {name}" in asked[0]
    assert not (tmp_path / "u.pdf").exists() and not window.exporter.busy


def test_a_placeholder_name_in_a_scenario_not_shown_is_flagged(
    qtbot, proposal: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The proposal printed is not the scenario shown: its names are read from the file
    (not the whole scenario loaded at "Export") and its placeholder is still found."""
    from rbdesk.ui.export import ExportRequest

    window = proposal
    new = window.add_child(named(window, "Dinas Perhubungan"), "bidang")
    assert new is not None
    name = window.document.unit(new).name
    current = next(s for s in window.document.scenarios() if s.role is ScenarioRole.CURRENT)
    window.scenarios.switch_to(current.id)
    assert window.document.scenario.id == current.id
    loaded: list[int] = []
    real_load = window.document.store.load
    monkeypatch.setattr(window.document.store, "load",
                        lambda sid: (loaded.append(sid), real_load(sid))[1])  # fmt: skip
    asked: list[str] = []
    monkeypatch.setattr(plaintext, "question", lambda _p, _t, text: (
        asked.append(text), QMessageBox.StandardButton.No)[1])  # fmt: skip
    request = ExportRequest(tmp_path / "u.pdf", "A4", "id", current.name, PROPOSAL)
    assert not window.export_pdf(request)
    assert asked and f"{PROPOSAL}: {name}" in asked[0]
    assert f"{current.name}:" not in asked[0]  # the baseline has none
    assert not loaded  # no scenario loaded on the window's thread
    assert not (tmp_path / "u.pdf").exists() and not window.exporter.busy


def test_a_screenshot_of_a_scenario_and_a_view(tmp_path: Path, sukamaju_plan: Path) -> None:
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), RBDESK_LANG="en")  # fmt: skip
    out = tmp_path / "compare.png"
    base = [sys.executable, "-m", "rbdesk", str(sukamaju_plan), "--size", "1366x768"]
    done = subprocess.run([*base, "--screenshot", str(out), "--scenario", "Usulan Penataan 2027",
                           "--view", "compare"], capture_output=True, text=True, env=env,
                          timeout=180)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    wrong = subprocess.run([*base, "--screenshot", str(tmp_path / "x.png"), "--scenario",
                            "Tidak Ada"], capture_output=True, text=True, env=env,
                           timeout=180)  # fmt: skip
    assert wrong.returncode == 2
    assert "Tidak Ada" in wrong.stderr and "Usulan Penataan 2027" in wrong.stderr
    assert not (tmp_path / "x.png").exists()
