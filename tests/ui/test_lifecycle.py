"""Opening plan after plan in one window (issue 16 item 7): each plan's models, checker
and connections go with it, the views answer a click once, the inspector shows the
current unit's values and choices, and every check runs on the worker."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent, Qt

from rbdesk.ui.mainwindow import MainWindow
from rbdesk.ui.models import FindingsModel, StructureModel
from rbdesk.ui.worker import AnalysisRunner
from tests.ui.test_editing import choose_in_tree


def _flush() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def test_five_plans_leave_one_of_each(qtbot, window: MainWindow, tmp_path: Path) -> None:
    source = window.document.path
    for n in range(5):
        copy = tmp_path / f"plan{n}.rbd"
        shutil.copyfile(source, copy)
        assert window.open_path(copy)
        _flush()
    assert window.document.path == tmp_path / "plan4.rbd"
    for kind in (StructureModel, FindingsModel, AnalysisRunner):
        assert (
            len(window.findChildren(kind, options=Qt.FindChildOption.FindDirectChildrenOnly)) == 1
        ), kind
    # one receiver each: a click in the chart is handled once
    assert window.chart.receivers(SIGNAL("unit_selected(int)")) == 1
    assert window.chart.receivers(SIGNAL("selection_changed(QVariantList)")) == 1
    calls: list[int] = []
    window.chart.unit_selected.connect(calls.append)
    uid = next(iter(window.chart.item.layout.boxes))
    window.chart.unit_selected.emit(uid)
    assert calls == [uid] and window.inspector.unit_id == uid


def test_the_inspector_follows_a_move_and_a_new_plan(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    doc = window.document
    uid = choose_in_tree(qtbot, window, "Bidang Transmigrasi")
    kinds_before = {window.inspector.kind.itemData(i) for i in range(window.inspector.kind.count())}
    badan = next(u.id for u in doc.structure.units.values() if u.kind == "badan")
    assert window.chart.drop(uid, badan)  # a drag in the chart onto a badan
    kinds_after = {window.inspector.kind.itemData(i) for i in range(window.inspector.kind.count())}
    assert kinds_after == set(doc.possible_kinds(uid))  # those the new parent allows
    assert kinds_after != kinds_before
    copy = tmp_path / "other.rbd"
    shutil.copyfile(doc.path, copy)
    assert window.open_path(copy)
    assert window.inspector.unit_id is None and window.inspector.name.text() == ""


def test_f5_checks_on_the_worker(qtbot, window: MainWindow, monkeypatch) -> None:
    qtbot.waitUntil(lambda: not window.document.findings_stale, timeout=20_000)
    threads: list[bool] = []
    analyzer = window.document.analyzer
    run = analyzer.run

    def spy(structure):
        threads.append(threading.current_thread() is threading.main_thread())
        return run(structure)

    monkeypatch.setattr(analyzer, "run", spy)
    window.act_check.trigger()
    qtbot.waitUntil(lambda: bool(threads), timeout=20_000)
    assert threads == [False]


def test_the_delete_key_removes_the_chosen_units_in_one_step(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from rbdesk.store import Store
    from rbdesk.ui import plaintext
    from tests.ui.test_operations import click_units

    doc = window.document
    names = ["Bidang Transmigrasi", "UPT Balai Benih Pertanian"]
    ids = click_units(qtbot, window, names)
    before = len(doc.structure.units)
    gone = sum(len(doc.subtree_ids(u)) for u in ids)
    monkeypatch.setattr(plaintext, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Delete)
    assert len(doc.structure.units) == before - gone
    with Store.open(doc.path, read_only=True) as store:
        assert not set(ids) & set(store.load(doc.scenario.id).units)
    window.act_undo.trigger()  # one step brings both back
    assert len(doc.structure.units) == before
    # in a text field the key edits the text and deletes no unit
    choose_in_tree(qtbot, window, "Dinas Tenaga Kerja")
    field = window.inspector.name
    field.setFocus()
    field.setCursorPosition(0)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert len(doc.structure.units) == before


def test_the_inspector_keeps_no_value_of_a_unit_no_longer_shown(qtbot, window: MainWindow) -> None:
    """Switching scenario leaves no unit chosen: every field of the inspector is empty,
    the type, eselon and staff counts too (they kept the last unit's values)."""
    inspector = window.inspector
    uid = choose_in_tree(qtbot, window, "Dinas Perhubungan")
    unit = window.document.structure.units[uid]
    assert unit.unit_type and unit.eselon and unit.headcount_existing
    assert inspector.unit_type.currentData() == unit.unit_type
    assert inspector.existing.value() == unit.headcount_existing
    selector = window.scenario_selector
    other = next(i for i in range(selector.count()) if i != selector.currentIndex())
    selector.setCurrentIndex(other)
    selector.activated.emit(other)  # as a choice in the list does
    assert window.document.scenario.id == selector.itemData(other)
    assert inspector.unit_id is None and inspector.name.text() == ""
    assert inspector.unit_type.currentData() is None and inspector.eselon.currentData() is None
    assert inspector.existing.value() == 0 and inspector.needed.value() == 0
    assert not inspector.unit_type.isEnabled()


def test_a_long_name_shows_its_start(qtbot, window: MainWindow) -> None:
    choose_in_tree(qtbot, window, "Seksi Kesehatan Hewan dan Kesehatan Masyarakat Veteriner")
    assert window.inspector.name.cursorPosition() == 0


def test_a_coloured_unit_says_why_in_its_tooltip(qtbot, window: MainWindow) -> None:
    """A unit the tree colours names its findings and their fixes when pointed at, in the
    window's language; a unit without findings shows its name and kind only."""
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(lambda: not window.document.findings_stale, timeout=20_000)
    doc, model = window.document, window.structure_model
    uid = next(u.id for u in doc.structure.units.values() if u.name == "Dinas Perhubungan")
    tip = model.index_of(uid).data(Qt.ItemDataRole.ToolTipRole)
    finding = next(f for f in doc.findings() if uid in f.units)
    assert "Department (Dinas)" in tip  # the English window: the kind in English
    assert finding.message["en"] in tip and finding.fix["en"] in tip
    quiet = next(u.id for u in doc.structure.units.values()
                 if not any(u.id in f.units for f in doc.findings()))  # fmt: skip
    assert model.index_of(quiet).data(Qt.ItemDataRole.ToolTipRole).count("<br>") == 1
    window.set_language("id")
    QApplication.processEvents()
    tip = model.index_of(uid).data(Qt.ItemDataRole.ToolTipRole)
    assert "Dinas" in tip and finding.message["id"] in tip and finding.fix["id"] in tip
