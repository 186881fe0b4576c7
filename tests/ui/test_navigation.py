"""Finding one's way (issue 16 item 1): a unit chosen anywhere is revealed in the chart,
"fit" fits any chart and never enlarges it, the overview of a large chart moves the
view, the legend explains the chart, Ctrl+F goes to the search."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRectF, QSettings, Qt
from PySide6.QtWidgets import QApplication

from rbdesk.domain.model import Level, Region
from rbdesk.ui.document import Document
from rbdesk.ui.legend import legend_texts
from rbdesk.ui.mainwindow import MainWindow
from tests.ui.test_editing import choose_in_tree


def _box_on_screen(window: MainWindow, unit_id: int) -> bool:
    chart = window.chart
    box = chart.item.layout.boxes.get(unit_id)
    if box is None:
        return False
    shown = chart.mapToScene(chart.viewport().rect()).boundingRect()
    return shown.contains(QRectF(box.x, box.y, box.width, box.height))


def _seksi(window: MainWindow) -> int:
    units = window.document.structure.units
    return next(uid for uid, u in sorted(units.items()) if u.kind == "seksi")


def test_a_seksi_chosen_in_the_tree_is_revealed_in_the_chart(qtbot, window: MainWindow) -> None:
    uid = _seksi(window)
    assert uid not in window.chart.item.layout.boxes  # the chart opens at OPD level
    opds_before = set(window.chart.item.layout.boxes)
    choose_in_tree(qtbot, window, window.document.unit(uid).name)
    assert _box_on_screen(window, uid)
    assert window.chart.selected == uid
    # only the way down to it opened: every OPD is still there, other OPDs stay closed
    boxes = window.chart.item.layout.boxes
    assert opds_before <= set(boxes)
    assert len(boxes) < len(window.document.structure.units) / 3


def test_double_clicking_a_finding_on_a_seksi_reveals_it(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.findings_filter.rowCount() > 0, timeout=20_000)
    model, units = window.findings_filter, window.document.structure.units
    row = next(r for r in range(model.rowCount())
               if units[window.findings_model.finding(model.mapToSource(model.index(r, 0)).row())
                        .units[0]].kind == "seksi")  # fmt: skip
    finding = window.findings_model.finding(model.mapToSource(model.index(row, 0)).row())
    view = window.findings
    view.scrollTo(model.index(row, 0))
    point = view.visualRect(model.index(row, 3)).center()
    # a double click is a press, a release and a second press (Qt checks the first)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.chart.selected == finding.units[0]
    assert _box_on_screen(window, finding.units[0])


def test_fit_fits_any_chart_and_never_enlarges(qtbot, window: MainWindow, tmp_path: Path) -> None:
    chart = window.chart
    chart.expand_to_level(None)  # the whole sample: a very wide chart
    window.act_fit.trigger()
    scene = chart.mapFromScene(chart.sceneRect()).boundingRect()
    assert chart.viewport().rect().adjusted(-8, -8, 8, 8).contains(scene)  # fitInView's margin
    assert chart.transform().m11() <= 1
    # a plan of one unit is shown at its actual size, not blown up
    doc = Document.new(tmp_path / "kecil.rbd", Region("Kota Kecil", Level.KOTA))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    small = MainWindow(doc, settings, "en")
    qtbot.addWidget(small)
    small.resize(1000, 700)
    small.show()
    qtbot.waitExposed(small)
    small.act_fit.trigger()
    assert small.chart.transform().m11() == 1
    small.close()


def test_the_overview_of_a_large_chart_moves_the_view(qtbot, window: MainWindow) -> None:
    chart, overview = window.chart, window.navigation.overview
    chart.expand_to_level(2)
    chart.actual_size()
    qtbot.waitUntil(overview.isVisible, timeout=5_000)
    qtbot.waitUntil(lambda: overview.source == chart.item.boundingRect(), timeout=5_000)
    target = QPoint(int(overview.width() * 0.9), int(overview.height() * 0.5))
    qtbot.mouseClick(overview, Qt.MouseButton.LeftButton, pos=target)
    centre = chart.mapToScene(chart.viewport().rect().center())
    wanted = overview.to_scene(target.toPointF())
    assert abs(centre.x() - wanted.x()) < chart.viewport().width()  # the view went there
    assert centre.x() > chart.item.boundingRect().center().x()  # to the right half of the chart
    outline = overview.outline()
    assert outline.contains(target.toPointF()) or outline.width() < 4
    window.act_fit.trigger()  # the whole chart in view: no overview
    qtbot.waitUntil(lambda: not overview.isVisible(), timeout=5_000)


def test_the_overview_never_hides_the_last_boxes(qtbot, window: MainWindow) -> None:
    """Scrolled to its bottom right corner, a large chart's last boxes are clear of the
    overview floating over that corner, at any zoom."""
    chart, overview = window.chart, window.navigation.overview
    chart.expand_to_level(None)
    for zoom in (1.0, 0.5):
        chart.actual_size()
        chart.zoom(zoom)
        qtbot.waitUntil(overview.isVisible, timeout=5_000)
        chart.horizontalScrollBar().setValue(chart.horizontalScrollBar().maximum())
        chart.verticalScrollBar().setValue(chart.verticalScrollBar().maximum())
        qtbot.wait(10)
        covered = overview.geometry().translated(-chart.viewport().pos())  # in the viewport
        boxes = [chart.mapFromScene(QRectF(b.x, b.y, b.width, b.height)).boundingRect()
                 for b in chart.item.layout]  # fmt: skip
        assert not [r for r in boxes if r.intersects(covered)], zoom
        # the chart's own corner is left of and above the overview, in each direction
        # in which the chart is larger than the view
        corner = chart.mapFromScene(chart.item.boundingRect().bottomRight())
        assert chart.horizontalScrollBar().maximum() > 0, zoom
        assert corner.x() <= covered.left() + 1, zoom
        bar = chart.verticalScrollBar()
        if bar.maximum() > 0:
            assert corner.y() <= covered.top() + 1, zoom
    window.act_fit.trigger()  # fitted: no overview, no space kept
    qtbot.waitUntil(lambda: not overview.isVisible(), timeout=5_000)
    assert chart.sceneRect() == chart.item.boundingRect()


def test_the_legend_explains_the_chart_and_is_remembered(
    qtbot, window: MainWindow, translations
) -> None:
    legend = window.navigation.legend
    assert not legend.isVisible()
    # a button on the toolbar, where a new planner sees it
    button = window.toolbar.widgetForAction(window.navigation.act_legend)
    assert button is not None and button.isVisible() and button.text() == "Legend"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert legend.isVisible() and button.isChecked()
    # above the chart, not over it: the chart's head stays in sight
    viewport = window.chart.viewport()
    shown_at = viewport.geometry()  # in the chart view's coordinates, as the legend's
    assert not legend.geometry().intersects(shown_at)
    assert legend.geometry().bottom() < shown_at.top()
    assert window.chart.rect().contains(legend.geometry())
    texts = legend_texts(legend)
    assert "Coordination link" in texts and any("in post / needed" in t for t in texts)
    assert window.settings.value("chart/legend") in (True, "true")
    translations.use("id")  # the legend speaks the window's language
    window.retranslate_ui()
    assert "Hubungan koordinasi" in legend_texts(window.navigation.legend)
    assert not legend.geometry().intersects(viewport.geometry())  # its new size kept free
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # hidden: the chart has it all
    assert not legend.isVisible()
    assert viewport.geometry().top() < shown_at.top() - legend.height()


def test_ctrl_f_goes_to_the_search(qtbot, window: MainWindow) -> None:
    window.chart.setFocus()
    qtbot.keyClick(window.chart, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search


def test_a_screenshot_with_a_unit_selected(tmp_path: Path, sukamaju_plan: Path) -> None:
    """``--select NAME``: the window as after clicking the unit; one JSON line says where
    its box is; an ambiguous name is refused with the candidates (exit 2)."""
    import json
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), RBDESK_LANG="en")  # fmt: skip
    base = [sys.executable, "-m", "rbdesk", str(sukamaju_plan), "--size", "1366x768"]
    out = tmp_path / "seksi.png"
    done = subprocess.run([*base, "--screenshot", str(out), "--select",
                           "Seksi Perlindungan Tanaman"], capture_output=True, text=True,
                          env=env, timeout=180)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    where = json.loads(done.stdout.strip().splitlines()[-1])
    box, viewport = where["box"], where["viewport"]
    assert box is not None and where["scale"] > 0
    assert 0 <= box["x"] and box["x"] + box["width"] <= viewport["width"]
    assert 0 <= box["y"] and box["y"] + box["height"] <= viewport["height"]
    wrong = subprocess.run([*base, "--screenshot", str(tmp_path / "x.png"), "--select",
                            "Sekretariat"], capture_output=True, text=True, env=env,
                           timeout=180)  # fmt: skip
    assert wrong.returncode == 2
    assert "units are named 'Sekretariat'" in wrong.stderr and "(Dinas Kesehatan)" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    assert not (tmp_path / "x.png").exists()


def test_a_panel_closed_with_its_cross_comes_back_from_the_view_menu(
    qtbot, window: MainWindow, translations
) -> None:
    from PySide6.QtWidgets import QDockWidget

    window.show()
    qtbot.waitExposed(window)
    dock = next(d for d in window.findChildren(QDockWidget) if window.findings in
                d.findChildren(type(window.findings)))  # fmt: skip
    dock.close()  # its × in the title bar
    assert not dock.isVisible()
    menu = window.navigation.menu_panels
    assert menu.menuAction() in window.menu_view.actions()
    menu.aboutToShow.emit()  # as opening View → Panels does
    titles = {a.text() for a in menu.actions()}
    docks = window.findChildren(QDockWidget)
    assert titles == {d.windowTitle() for d in docks} and len(menu.actions()) == len(docks)
    action = next(a for a in menu.actions() if a.text() == dock.windowTitle())
    assert not action.isChecked()
    action.trigger()
    assert dock.isVisible() and action.isChecked()
    assert window.navigation.menu_panels.title() == "Panels"
    translations.use("id")
    window.retranslate_ui()
    assert window.navigation.menu_panels.title() == "Panel"


def test_the_chart_opens_readable_on_a_laptop(qtbot, window: MainWindow) -> None:
    """The first view is fitted only when its text can be read; else it opens at the
    readable scale from the top, the top unit in sight and no box cut at the left edge."""
    from rbdesk.ui.chart import READABLE

    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    chart = window.chart
    chart.first_view()
    assert chart.transform().m11() >= READABLE
    view = chart.mapToScene(chart.viewport().rect()).boundingRect()
    boxes = chart.item.layout.boxes.values()
    top = min(boxes, key=lambda b: b.y)
    assert view.left() <= top.x and top.x + top.width <= view.right()  # the top unit
    assert view.top() <= top.y
    cut = [b for b in boxes if b.x < view.left() < b.x + b.width]
    assert cut == []  # no box cut at the left edge
    chart.fit()  # "fit" fits the whole chart, however small
    assert chart.transform().m11() < READABLE
