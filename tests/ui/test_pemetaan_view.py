"""The *Pemetaan urusan* view: type values into the indicator table, see the scores and
the types follow, undo, reopen the file and find the values; the year and source; the
import of a sheet; the geographic factor's categories in the plan details."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from rbdesk.store import Store
from rbdesk.ui.mainwindow import MainWindow
from rbdesk.ui.pemetaan_view import MISSING, VALUE_COLUMN, PemetaanView
from tests.cli.test_pemetaan_cli import SHEET

SHOTS = Path(os.environ.get("RBDESK_SHOTS", "/tmp/pemetaan_shots"))


def show(window: MainWindow, qtbot) -> PemetaanView:
    dock = window.dock_pemetaan
    dock.show()
    dock.raise_()
    view = window.pemetaan_view
    qtbot.waitUntil(view.isVisible)
    qtbot.waitUntil(lambda: view.urusan.rowCount() > 3)
    return view


def with_values(window: MainWindow, qtbot, tmp_path: Path) -> PemetaanView:
    """The view over the sample with the values of the hand-computed region of
    ``tests/cli/test_pemetaan_cli.py`` imported (one undo step)."""
    view = show(window, qtbot)
    sheet = tmp_path / "hand.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    assert view.import_values(str(sheet)), view.status.text()
    # the sample has values of its own: wait for the sheet's (umum 70, teknis 480)
    qtbot.waitUntil(lambda: row_of(view, "1.02")[2:4] == ["70", "480"])
    return view


def choose(view: PemetaanView, kode: str) -> None:
    for row in range(view.urusan.rowCount()):
        if view.urusan.item(row, 0).text() == kode:
            view.urusan.selectRow(row)
            return
    raise AssertionError(kode)


def row_of(view: PemetaanView, kode: str) -> list[str]:
    for row in range(view.urusan.rowCount()):
        if view.urusan.item(row, 0).text() == kode:
            return [view.urusan.item(row, c).text() for c in range(view.urusan.columnCount())]
    raise AssertionError(kode)


def type_value(qtbot, view: PemetaanView, no: int, text: str) -> None:
    """Double-click the value cell of indicator ``no`` and type ``text``, Enter."""
    table = view.indicators
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == str(no))
    index = table.model().index(row, VALUE_COLUMN)
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
    editor = table.focusWidget()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def disk_values(path: Path) -> dict[tuple[str, int], Decimal]:
    with Store.open(path, read_only=True) as store:
        return dict(store.pemetaan().values)


def test_typing_values_updates_scores_and_types_and_undoes(window, qtbot, tmp_path) -> None:
    path = window.document.path
    view = with_values(window, qtbot, tmp_path)
    before = disk_values(path)
    choose(view, "1.02")
    kes = row_of(view, "1.02")
    assert kes[2:8] == ["70", "480", "550", "1", "550", "Type C"]  # the sample's factor 1
    # the region's factor as ``rbdesk info`` writes it, two decimals (in the numbers'
    # language, which the tests keep Indonesian)
    assert view.factor.text() == "Geographic factor: 1,00"
    # the population of the kesehatan table up to class e: 70 × 1000 / 100 = 700
    type_value(qtbot, view, 1, "2000000")
    qtbot.waitUntil(lambda: row_of(view, "1.02") != kes)
    assert disk_values(path)[("1.02", 1)] == Decimal(2000000)
    after = row_of(view, "1.02")
    assert after[2:8] == ["70", "760", "830", "1", "830", "Type A"]
    kes_low = kes
    view.tabs.setCurrentIndex(1)
    opd = view.opd
    names = [opd.item(r, 0).text() for r in range(opd.rowCount())]
    row = names.index("Dinas Kesehatan")
    assert (opd.item(row, 2).text(), opd.item(row, 3).text()) == ("A", "A")
    # one undo step puts it back, on disk too: tipe A is now more than the scores allow
    window.document.plan_stack.undo()
    qtbot.waitUntil(lambda: row_of(view, "1.02") == kes_low)
    assert disk_values(path) == before
    qtbot.waitUntil(lambda: opd.item(row, 3).text() == "C")
    window.document.analyse()
    hits = [f for f in window.document.findings() if f.rule == "typology.type_not_supported"]
    assert any(window.document.structure.units[f.units[0]].name == "Dinas Kesehatan"
               for f in hits)  # fmt: skip
    window.document.plan_stack.redo()
    qtbot.waitUntil(lambda: row_of(view, "1.02") == after)


def test_a_bad_value_is_refused_and_removing_one_marks_it_missing(window, qtbot, tmp_path) -> None:
    path = window.document.path
    view = with_values(window, qtbot, tmp_path)
    choose(view, "2.12")
    before = disk_values(path)
    type_value(qtbot, view, 1, "banyak")
    qtbot.waitUntil(lambda: "banyak" in view.status.text())
    assert disk_values(path) == before
    type_value(qtbot, view, 1, "")
    qtbot.waitUntil(lambda: ("2.12", 1) not in disk_values(path))
    qtbot.waitUntil(lambda: row_of(view, "2.12")[8] == "1")
    assert row_of(view, "2.12")[7] == "–"  # no form while a value is missing
    item = view.indicators.item(0, VALUE_COLUMN)
    assert item.text() == "" and item.background().color() == MISSING
    assert view.indicators.item(0, 4).text() in ("missing", "belum diisi")


def test_year_and_source_and_reopen(window, qtbot, tmp_path: Path) -> None:
    path = window.document.path
    view = with_values(window, qtbot, tmp_path)
    view.year.setFocus()
    view.year.selectAll()
    qtbot.keyClicks(view.year, "2024")
    view.source.setFocus()
    view.source.selectAll()
    qtbot.keyClicks(view.source, "BPS 2024")
    qtbot.keyClick(view.source, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _source(path) == (2024, "BPS 2024"))
    window.document.plan_stack.undo()
    qtbot.waitUntil(lambda: _source(path) != (2024, "BPS 2024"))
    window.document.plan_stack.redo()
    values = disk_values(path)
    window.close()
    from PySide6.QtCore import QSettings

    from rbdesk.ui.document import Document

    again = Document.open(path)
    settings = QSettings(str(tmp_path / "s2.ini"), QSettings.Format.IniFormat)
    win = MainWindow(again, settings, "en")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    view2 = show(win, qtbot)
    assert view2.year.value() == 2024 and view2.source.text() == "BPS 2024"
    assert view2.source.cursorPosition() == 0  # a long source would show its start
    assert again.pemetaan().values == values
    win.close()


def _source(path: Path) -> tuple[int | None, str]:
    with Store.open(path, read_only=True) as store:
        data = store.pemetaan()
    return data.year, data.source


def test_import_a_sheet_in_one_step(window, qtbot, tmp_path: Path) -> None:
    path = window.document.path
    view = with_values(window, qtbot, tmp_path)
    before = disk_values(path)
    bad = tmp_path / "bad.csv"
    bad.write_text("kode;no;nilai\numum;1;abc\n", encoding="utf-8")
    assert not view.import_values(str(bad))
    assert "2, " in view.status.text() and "nilai" in view.status.text()
    assert disk_values(path) == before
    sheet = tmp_path / "v.csv"
    assert view.write_template(str(sheet))
    text = sheet.read_text(encoding="utf-8-sig").replace("umum,1,", "umum,1,")
    lines = text.splitlines()
    lines = [lines[0]] + [ln for ln in lines[1:] if ln.startswith("umum,")]
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert view.import_values(str(sheet))
    assert set(disk_values(path)) == {k for k in before if k[0] == "umum"}
    window.document.plan_stack.undo()
    assert disk_values(path) == before


def test_berciri_kepulauan_is_one_undo_step_and_scores_the_other_table(
    window, qtbot, tmp_path: Path
) -> None:
    path = window.document.path
    view = show(window, qtbot)
    assert not view.kepulauan.isChecked()
    before = row_of(view, "2.15")
    qtbot.mouseClick(view.kepulauan, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row_of(view, "2.15") != before)
    with Store.open(path, read_only=True) as store:
        assert store.pemetaan().kepulauan is True
    # the indicators shown are the kepulauan table's
    from rbdesk.rules.pemetaan import load_lampiran

    choose(view, "2.15")
    table = load_lampiran().table("kabupaten", "2.15", "kepulauan")
    names = [view.indicators.item(r, 1).text() for r in range(view.indicators.rowCount())]
    assert names == [i.name for i in table.indicators]
    window.document.plan_stack.undo()
    qtbot.waitUntil(lambda: row_of(view, "2.15") == before)
    assert not view.kepulauan.isChecked()
    with Store.open(path, read_only=True) as store:
        assert store.pemetaan().kepulauan is False


def test_geo_factor_categories_in_the_plan_details(window, qtbot) -> None:
    from rbdesk.ui.dialogs import PlanDetailsDialog

    dialog = PlanDetailsDialog(window.document.region, (), lambda *_: None, window)
    qtbot.addWidget(dialog)
    box = dialog.findChild(object, "geoFactorCategory")
    assert box is not None and box.count() == 8
    assert box.currentData() == "a"  # the sample: Jawa Tengah, 1
    box.setCurrentIndex(box.findData("g"))
    box.activated.emit(box.currentIndex())
    assert dialog.geo_factor.value() == pytest.approx(1.5)
    dialog.geo_factor.setValue(1.4)
    assert box.currentData() == "d"
    dialog.geo_factor.setValue(1.33)
    assert box.currentData() == ""


@pytest.mark.parametrize("lang", ["id", "en"])
def test_screenshots(qtbot, sukamaju_plan: Path, tmp_path: Path, translations, lang) -> None:
    from PySide6.QtCore import QSettings

    from rbdesk.ui.document import Document

    translations.use(lang)
    document = Document.open(sukamaju_plan)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(document, settings, lang)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    view = with_values(win, qtbot, tmp_path)
    choose(view, "2.12")
    SHOTS.mkdir(parents=True, exist_ok=True)
    win.grab().save(str(SHOTS / f"window_{lang}.png"))
    view.window().grab()
    win.dock_pemetaan.grab().save(str(SHOTS / f"pemetaan_{lang}.png"))
    view.tabs.setCurrentIndex(1)
    win.dock_pemetaan.grab().save(str(SHOTS / f"opd_{lang}.png"))
    if lang == "id":
        headers = [view.urusan.horizontalHeaderItem(c).text() for c in range(9)]
        assert "Skor" in headers and "Bentuk" in headers
    win.close()
    document.close()
