"""The main window driven like a person: keys, clicks and drags, then the widgets and
the file on disk checked."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QTreeView,
)

from rbdesk.store import Store
from rbdesk.ui import plaintext
from rbdesk.ui.app import Translations, connect_language
from rbdesk.ui.document import Document
from rbdesk.ui.mainwindow import MainWindow
from tests.ui.helpers import unit_named


def on_disk(path: Path, unit_id: int):
    with Store.open(path, read_only=True) as store:
        return store.unit(unit_id)


def test_the_main_areas_are_there(window: MainWindow) -> None:
    assert isinstance(window.findChild(QTreeView, "structureTree"), QTreeView)
    assert window.findChild(QTableView, "findingsTable").model().rowCount() > 0
    assert isinstance(window.findChild(QComboBox, "scenarioSelector"), QComboBox)
    assert window.findChild(object, "chartView") is window.chart
    assert window.findChild(object, "inspector") is window.inspector
    assert window.chart.item.layout.boxes  # the chart is drawn


def test_rename_in_the_tree_with_the_keyboard(qtbot, window: MainWindow) -> None:
    doc = window.document
    uid = unit_named(doc, "Dinas Perhubungan")
    window.select_unit(uid)
    tree = window.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = tree.viewport().findChild(QLineEdit)
    assert editor is not None, "F2 opened no editor"
    editor.selectAll()
    qtbot.keyClicks(editor, "Dinas Perhubungan dan Angkutan")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits once the key event has been processed
    qtbot.waitUntil(lambda: doc.unit(uid).name == "Dinas Perhubungan dan Angkutan")
    assert on_disk(doc.path, uid).name == "Dinas Perhubungan dan Angkutan"
    window.act_undo.trigger()
    assert on_disk(doc.path, uid).name == "Dinas Perhubungan"
    window.act_redo.trigger()
    assert on_disk(doc.path, uid).name == "Dinas Perhubungan dan Angkutan"


def test_edit_in_the_inspector(qtbot, window: MainWindow) -> None:
    doc = window.document
    uid = unit_named(doc, "Dinas Perhubungan")
    window.select_unit(uid)
    field = window.inspector.needed
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "42")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert on_disk(doc.path, uid).headcount_needed == 42
    name = window.inspector.name
    name.setFocus()
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert "name" in window.inspector.error.text()
    assert on_disk(doc.path, uid).name == "Dinas Perhubungan"  # refused, not written


def _drag(qtbot, window: MainWindow, source: int, target: int) -> None:
    chart = window.chart
    chart.expand_to_level(None)
    boxes = chart.item.layout.boxes

    def at(uid: int) -> QPoint:
        box = boxes[uid]
        chart.centerOn(box.x + box.width / 2, box.y + box.height / 2)
        return chart.mapFromScene(box.x + box.width / 2, box.y + box.height / 2)

    start = at(source)
    qtbot.mousePress(chart.viewport(), Qt.MouseButton.LeftButton, pos=start)
    end = at(target)
    # the view may have scrolled: the press point is where the source box was
    qtbot.mouseMove(chart.viewport(), pos=start + QPoint(20, 20))
    qtbot.mouseMove(chart.viewport(), pos=end)
    qtbot.mouseRelease(chart.viewport(), Qt.MouseButton.LeftButton, pos=end)


def test_drag_a_box_onto_another_moves_the_unit(qtbot, window: MainWindow) -> None:
    doc = window.document
    bidang = unit_named(doc, "Bidang Lalu Lintas")
    target = unit_named(doc, "Dinas Pekerjaan Umum dan Penataan Ruang")
    window.chart.expand_to_level(None)
    assert window.chart.drop(bidang, target)
    assert on_disk(doc.path, bidang).parent_id == target
    window.act_undo.trigger()
    assert on_disk(doc.path, bidang).parent_id == unit_named(doc, "Dinas Perhubungan")
    window.act_redo.trigger()
    assert on_disk(doc.path, bidang).parent_id == target


def test_mouse_drag_in_the_chart(qtbot, window: MainWindow) -> None:
    doc = window.document
    bidang = unit_named(doc, "Bidang Lalu Lintas")
    target = unit_named(doc, "Dinas Pekerjaan Umum dan Penataan Ruang")
    _drag(qtbot, window, bidang, target)
    assert on_disk(doc.path, bidang).parent_id == target
    window.act_undo.trigger()
    assert on_disk(doc.path, bidang).parent_id == unit_named(doc, "Dinas Perhubungan")
    window.act_redo.trigger()
    assert on_disk(doc.path, bidang).parent_id == target


def test_a_refused_move_says_why_and_changes_nothing(qtbot, window: MainWindow) -> None:
    doc = window.document
    kelurahan = next(u for u in doc.structure.units.values() if u.kind == "kelurahan")
    dinas = unit_named(doc, "Dinas Perhubungan")
    assert not window.chart.drop(kelurahan.id, dinas)
    assert "Kelurahan" in window.statusBar().currentMessage()
    assert on_disk(doc.path, kelurahan.id).parent_id == kelurahan.parent_id
    dishub = doc.unit(dinas)
    sekretariat = doc.child_ids(dinas)[0]
    assert not window.chart.drop(dishub.id, sekretariat)  # a cycle
    assert on_disk(doc.path, dinas).parent_id == dishub.parent_id


def test_switch_language_at_run_time(qtbot, window: MainWindow, tmp_path: Path) -> None:
    app = QApplication.instance()
    translations = Translations(app)
    connect_language(window, translations, window.settings)
    window.act_lang_id.trigger()
    assert window.menu_file.title() == "&Berkas"
    assert window.dock_findings.windowTitle() == "Temuan"
    assert window.findings_model.headerData(3, Qt.Orientation.Horizontal) == "Temuan"
    window.act_lang_en.trigger()
    assert window.menu_file.title() == "&File"
    assert window.settings.value("ui/language") == "en"


def test_create_a_proposal(qtbot, window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Usulan Uji", True))
    window.act_new_proposal.trigger()
    doc = window.document
    assert doc.scenario.name == "Usulan Uji"
    assert window.scenario_selector.currentText().startswith("Usulan Uji")
    with Store.open(doc.path, read_only=True) as store:
        assert store.scenario_by_name("Usulan Uji").derived_from is not None


def test_screenshot_from_the_command_line(tmp_path: Path, sukamaju_plan: Path) -> None:
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"))  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "rbdesk", str(sukamaju_plan), "--screenshot", str(out),
         "--size", "1200x800"], capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_first_run_copies_the_sample_to_documents(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DOCUMENTS_DIR=str(tmp_path / "Dokumen"))  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "rbdesk", "--screenshot", str(out)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    plans = list(tmp_path.rglob("*.rbd"))
    assert len(plans) == 1 and "Sukamaju" in plans[0].name
    assert str(plans[0]).startswith(str(tmp_path))


def test_context_menu_adds_a_child_of_an_allowed_kind(qtbot, window: MainWindow) -> None:
    doc = window.document
    kecamatan = next(u for u in doc.structure.units.values() if u.kind == "kecamatan")
    menu = window.tree_menu_for(kecamatan.id)
    add = menu.findChild(QMenu, "menuAddChild")
    kinds = [a.data() for a in add.actions()]
    assert "kelurahan" in kinds and "dinas" not in kinds
    next(a for a in add.actions() if a.data() == "kelurahan").trigger()
    new = next(u for u in doc.structure.units.values()
               if u.parent_id == kecamatan.id and u.name.startswith("New"))  # fmt: skip
    assert new.kind == "kelurahan"
    assert on_disk(doc.path, new.id).kind == "kelurahan"
    window.act_undo.trigger()
    assert new.id not in doc.structure.units
    with Store.open(doc.path, read_only=True) as store:
        assert new.id not in store.load(doc.scenario.id).units
    window.act_redo.trigger()
    assert on_disk(doc.path, new.id).parent_id == kecamatan.id


def test_context_menu_deletes_with_confirmation(qtbot, window: MainWindow, monkeypatch) -> None:
    doc = window.document
    dinas = unit_named(doc, "Dinas Perhubungan")
    below = doc.subtree_ids(dinas)
    monkeypatch.setattr(plaintext, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.tree_menu_for(dinas).findChild(QAction, "actionDeleteUnit").trigger()
    assert dinas in doc.structure.units  # declined
    monkeypatch.setattr(plaintext, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.tree_menu_for(dinas).findChild(QAction, "actionDeleteUnit").trigger()
    with Store.open(doc.path, read_only=True) as store:
        units = store.load(doc.scenario.id).units
    assert not set(below) & set(units)
    window.act_undo.trigger()
    with Store.open(doc.path, read_only=True) as store:
        assert set(below) <= set(store.load(doc.scenario.id).units)
    window.act_redo.trigger()
    with Store.open(doc.path, read_only=True) as store:
        assert not set(below) & set(store.load(doc.scenario.id).units)


def _drop(window: MainWindow, unit_id: int, parent_id: int, row: int = -1) -> bool:
    """What the tree does on a drop: ask the model, then hand it the data."""
    model = window.structure_model
    data = model.mimeData([model.index_of(unit_id)])
    parent = model.index_of(parent_id)
    if not model.canDropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent):
        return False
    model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)
    return True


def test_tree_drop_moves_and_reorders(qtbot, qtmodeltester, window: MainWindow) -> None:
    doc = window.document
    bidang = unit_named(doc, "Bidang Lalu Lintas")
    dishub = doc.unit(bidang).parent_id
    pupr = unit_named(doc, "Dinas Pekerjaan Umum dan Penataan Ruang")
    assert _drop(window, bidang, pupr, 0)
    assert on_disk(doc.path, bidang).parent_id == pupr
    assert doc.child_ids(pupr)[0] == bidang
    # reorder among siblings: to the end
    assert _drop(window, bidang, pupr, len(doc.child_ids(pupr)))
    assert doc.child_ids(pupr)[-1] == bidang
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert on_disk(doc.path, bidang).parent_id == dishub
    window.act_redo.trigger()
    assert on_disk(doc.path, bidang).parent_id == pupr
    qtmodeltester.check(window.structure_model)


def test_tree_refuses_a_drop_that_breaks_the_rules(qtbot, window: MainWindow) -> None:
    doc = window.document
    dinas = unit_named(doc, "Dinas Perhubungan")
    child = doc.child_ids(dinas)[0]
    assert not _drop(window, dinas, child)  # a cycle
    kelurahan = next(u for u in doc.structure.units.values() if u.kind == "kelurahan")
    assert not _drop(window, kelurahan.id, dinas)  # a kelurahan outside a kecamatan
    assert on_disk(doc.path, kelurahan.id).parent_id == kelurahan.parent_id


def test_findings_follow_edits_from_a_worker_thread(qtbot, window: MainWindow) -> None:
    """The window checks off the UI thread; the findings table catches up with an edit
    and only the newest result is shown."""
    from rbdesk.domain.model import UrusanAssignment
    from rbdesk.ui.commands import SetAssignmentsCommand, push

    doc = window.document
    assert not doc.auto_analyse
    kes = unit_named(doc, "Dinas Kesehatan")
    codes = [*doc.assignments_of(kes), UrusanAssignment(kes, "2.15")]
    assert push(doc, SetAssignmentsCommand(doc, kes, codes)) is None

    def shown() -> bool:
        model = window.findings_model
        rules = [(model.finding(r).rule, model.finding(r).codes) for r in range(model.rowCount())]
        return ("overlap.urusan_shared", ("2.15",)) in rules

    qtbot.waitUntil(shown, timeout=10000)
    assert not doc.findings_stale
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: not shown() and not doc.findings_stale, timeout=10000)


def test_search_as_you_type_reveals_and_enter_goes_to_the_next(qtbot, window: MainWindow) -> None:
    doc = window.document
    qtbot.keyClicks(window.search, "bidang lalu")
    first = window.tree.currentIndex().internalId()
    assert doc.unit(first).name == "Bidang Lalu Lintas"
    parent = window.tree.currentIndex().parent()
    assert window.tree.isExpanded(parent)  # revealed: its dinas was opened
    assert window.inspector.unit_id == first
    window.search.clear()
    qtbot.keyClicks(window.search, "kecamatan")
    hits = [u for u in doc.structure.units.values() if "kecamatan" in u.name.lower()]
    seen = {window.tree.currentIndex().internalId()}
    for _ in range(len(hits) - 1):
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
        seen.add(window.tree.currentIndex().internalId())
    assert seen == {u.id for u in hits}
    window.search.clear()
    qtbot.keyClicks(window.search, "tidak ada unit seperti ini")
    assert "No unit" in window.statusBar().currentMessage()


def test_a_file_that_cannot_be_opened_says_why(qtbot, window: MainWindow, tmp_path: Path,
                                               monkeypatch) -> None:  # fmt: skip
    bad = tmp_path / "rusak.rbd"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 80 + b"not a plan")
    before = bad.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(plaintext, "warning", lambda _parent, _title, text: shown.append(text))
    old = window.document.path
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(bad), "")
    )
    window.act_open.trigger()
    assert len(shown) == 1 and "rusak.rbd" in shown[0]
    assert window.document.path == old  # the open plan stays
    assert bad.read_bytes() == before  # the bad file is left as it was


def test_a_second_window_on_the_same_plan_is_read_only(qtbot, window: MainWindow,
                                                       tmp_path: Path) -> None:  # fmt: skip
    doc = window.document
    second = MainWindow(
        Document.open(doc.path),
        QSettings(str(tmp_path / "second.ini"), QSettings.Format.IniFormat), "en",
    )  # fmt: skip
    qtbot.addWidget(second)
    second.show()
    try:
        assert second.document.read_only and not doc.read_only
        assert "Read-only" in second.read_only_label.text()
        assert "[read-only]" in second.windowTitle()
        uid = unit_named(second.document, "Dinas Perhubungan")
        second.select_unit(uid)
        assert not second.inspector.name.isEnabled()
        assert not second.inspector.urusan_add.isEnabled()
        assert not second.structure_model.flags(second.structure_model.index_of(uid)) & (
            Qt.ItemFlag.ItemIsEditable
        )
    finally:
        second.close()


def test_a_refusal_is_said_in_indonesian(qtbot, window: MainWindow) -> None:
    app = QApplication.instance()
    translations = Translations(app)
    connect_language(window, translations, window.settings)
    window.act_lang_id.trigger()
    try:
        doc = window.document
        kelurahan = next(u for u in doc.structure.units.values() if u.kind == "kelurahan")
        dinas = unit_named(doc, "Dinas Perhubungan")
        assert not window.chart.drop(kelurahan.id, dinas)
        message = window.statusBar().currentMessage()
        assert "tidak dapat berada di bawah Dinas" in message, message
        assert "cannot" not in message
        sekretariat = doc.child_ids(dinas)[0]
        assert not window.chart.drop(dinas, sekretariat)  # a cycle
        assert "yang berada di bawahnya" in window.statusBar().currentMessage()
    finally:
        window.act_lang_en.trigger()
