"""The window's chart uses the compact layout (issue 16 item 2), a View option kept in
the settings; it lays out again only when the tree's shape changes, a large plan's
on a thread (item 8)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from rbdesk.layout import layout_tree
from rbdesk.ui import chart as chart_module
from rbdesk.ui.chart import COMPACT_OPTIONS, OPTIONS, measure
from rbdesk.ui.commands import EditUnitCommand, MoveUnitCommand, RenameUnitCommand, push
from rbdesk.ui.document import Document
from rbdesk.ui.layout_choice import COMPACT_KEY
from rbdesk.ui.mainwindow import MainWindow

from .helpers import unit_named


def action(window, name):
    (found,) = [a for a in window.menu_view.actions() if a.objectName() == name]
    return found


def test_expanded_chart_is_compact_and_the_choice_is_kept(window, qtbot, tmp_path):
    chart = window.chart
    chart.expand_to_level(None)
    structure = window.document.structure
    compact = layout_tree(structure, measure=measure, options=COMPACT_OPTIONS)
    tidy = layout_tree(structure, measure=measure, options=OPTIONS)
    assert chart.item.layout == compact
    assert chart.item.layout.width < tidy.width / 5
    # View -> Compact layout, off: the tidy layout, the chosen unit still in sight
    toggle = action(window, "actionCompactLayout")
    assert toggle.isChecked()
    uid = unit_named(window.document, "Dinas Kesehatan")
    window.select_unit(uid)
    toggle.trigger()
    assert not toggle.isChecked()
    assert chart.item.layout == tidy
    box = chart.item.layout.box(uid)
    shown = chart.mapToScene(chart.viewport().rect()).boundingRect()
    assert shown.contains(box.center_x, box.y + box.height / 2)
    window.settings.sync()
    assert window.settings.value(COMPACT_KEY) in (False, "false")
    # a new window with these settings starts with the tidy layout
    settings = QSettings(window.settings.fileName(), QSettings.Format.IniFormat)
    other = MainWindow(Document.open(window.document.path, read_only=True), settings, "en")
    qtbot.addWidget(other)
    assert not action(other, "actionCompactLayout").isChecked()
    assert not other.chart.compact
    other.close()
    toggle.trigger()
    assert chart.item.layout == compact


def test_a_rename_repaints_without_laying_out(window, qtbot):
    chart, doc = window.chart, window.document
    chart.expand_to_level(None)
    layout = chart.item.layout
    uid = unit_named(doc, "Dinas Kesehatan")
    assert push(doc, RenameUnitCommand(doc, uid, "Dinas Kesehatan Daerah")) is None
    qtbot.wait(20)
    assert chart.item.layout is layout  # the same boxes
    lines, _details, _staff = chart.item._texts(doc.unit(uid), 0, 164.0, doc.catalogue)
    assert " ".join(lines) == "Dinas Kesehatan Daerah"  # the box shows the new name


def test_a_kind_change_out_of_a_side_branch_lays_out(window, qtbot):
    from dataclasses import replace

    chart, doc = window.chart, window.document
    chart.expand_to_level(None)
    layout = chart.item.layout
    staf = next(u for u in doc.structure.units.values() if u.kind == "staf_ahli")
    assert layout.box(staf.id).placement == "side"
    kind = next(k for k in doc.possible_kinds(staf.id) if k not in COMPACT_OPTIONS.side_kinds)
    assert push(doc, EditUnitCommand(doc, replace(staf, kind=kind))) is None
    qtbot.waitUntil(lambda: chart.item.layout is not layout)
    assert chart.item.layout.box(staf.id).placement != "side"
    assert chart.item.layout == layout_tree(doc.structure, measure=measure,
                                            options=COMPACT_OPTIONS)  # fmt: skip


def test_a_large_plans_move_is_laid_out_on_a_thread(window, qtbot, monkeypatch):
    monkeypatch.setattr(chart_module, "SYNC_LAYOUT", 0)
    chart, doc = window.chart, window.document
    chart.expand_to_level(None, at_once=True)
    layout = chart.item.layout
    bidang = next(u for u in doc.structure.units.values() if u.kind == "bidang")
    target = next(u for u in doc.structure.units.values()
                  if u.kind == "dinas" and u.id != bidang.parent_id)  # fmt: skip
    calls = []
    monkeypatch.setattr(chart, "relayout", lambda: calls.append(1))  # not on the UI thread
    assert push(doc, MoveUnitCommand(doc, bidang.id, target.id)) is None
    qtbot.waitUntil(lambda: chart.item.layout is not layout, timeout=10000)
    assert calls == []
    expected = layout_tree(doc.structure, measure=measure, options=COMPACT_OPTIONS)
    assert chart.item.layout == expected
    assert chart.item.layout.edges[0] is not None
    # the grid made on the thread finds the moved box
    box = chart.item.layout.box(bidang.id)
    from PySide6.QtCore import QPointF

    assert chart.item.box_at(QPointF(box.x + 5, box.y + 5)) == bidang.id


def test_a_layout_from_a_thread_older_than_the_last_is_dropped(window, qtbot, monkeypatch):
    monkeypatch.setattr(chart_module, "SYNC_LAYOUT", 0)
    chart, doc = window.chart, window.document
    chart.expand_to_level(None, at_once=True)
    bidang = next(u for u in doc.structure.units.values() if u.kind == "bidang")
    target = next(u for u in doc.structure.units.values()
                  if u.kind == "dinas" and u.id != bidang.parent_id)  # fmt: skip
    assert push(doc, MoveUnitCommand(doc, bidang.id, target.id)) is None
    chart._relayout_timer.stop()
    shown = []
    show = chart._show_layout
    monkeypatch.setattr(chart, "_show_layout",
                        lambda *args: (shown.append(args[1]), show(*args)))  # fmt: skip
    chart._relayout_in_background()  # on the thread now
    chart.expand_to_level(1)  # the user asks for another view meanwhile: a thread too
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    chart._totals_pool.waitForDone()
    qtbot.wait(50)
    assert len(shown) == 1  # the older layout from the thread was dropped
    assert chart.item.layout is shown[0]
    assert all(b.depth <= 1 for b in shown[0])


def test_a_large_plan_is_expanded_and_collapsed_on_a_thread(window, qtbot, monkeypatch):
    """Expand all on 10,000 units cost the UI thread 270 ms at once: a large plan's
    chart is laid out on a thread, the window answering meanwhile."""
    monkeypatch.setattr(chart_module, "SYNC_LAYOUT", 0)
    chart, doc = window.chart, window.document
    calls = []
    monkeypatch.setattr(chart, "relayout", lambda: calls.append(1))  # not on the UI thread
    before = chart.item.layout
    chart.expand_to_level(None)
    assert chart.item.layout is before  # the old chart until the new one comes
    qtbot.waitUntil(lambda: chart.item.layout is not before, timeout=10000)
    expanded = chart.item.layout
    assert expanded == layout_tree(doc.structure, measure=measure, options=COMPACT_OPTIONS)
    dinas = next(u.id for u in doc.structure.units.values() if u.kind == "dinas")
    chart.toggle_collapsed(dinas)  # a double click on its box
    qtbot.waitUntil(lambda: chart.item.layout is not expanded, timeout=10000)
    assert calls == []
    assert chart.item.layout == layout_tree(doc.structure, measure=measure,
                                            options=COMPACT_OPTIONS, collapsed={dinas})  # fmt: skip
    assert len(chart.item.layout) < len(expanded)
