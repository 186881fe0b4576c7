"""The kajian's texts and details in the window (issue 14 item 5) and the edition in the
export dialog (item 3): typed and clicked through, the plan on disk read back, undone
and redone; a bad value named in the dialog with nothing written."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPlainTextEdit

from rbdesk.report import kajian as kj
from rbdesk.store import Store
from rbdesk.ui.mainwindow import MainWindow

SHOTS = Path("/tmp/kajian-shots")


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)  # fmt: skip


def _type(qtbot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def _stored(window: MainWindow) -> kj.Kajian:
    with Store.open(window.document.path, read_only=True) as store:
        return kj.load(store)


def test_typing_the_kajian_keeps_it_in_the_plan(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.act_kajian.trigger()
    dialog = window.active_dialog
    assert dialog is not None and dialog.isVisible()
    # the chapter texts start from the generated draft
    background = dialog.findChild(QPlainTextEdit, "kajianText_latar_belakang")
    assert "Kabupaten Sukamaju" in background.toPlainText()
    _type(qtbot, dialog.findChild(QLineEdit, "kajianPlace"), "Soreang")
    _type(qtbot, dialog.findChild(QLineEdit, "kajianNumber"), "061/7/Org")
    _type(qtbot, dialog.findChild(QLineEdit, "kajianYear"), "2027")
    _type(qtbot, dialog.findChild(QLineEdit, "kajianRate_IV"), "540000")
    _type(qtbot, dialog.findChild(QLineEdit, "kajianReform_asn_sesudah"), "Fungsional")
    _type(qtbot, dialog.findChild(QLineEdit, "kajianPangkat_checked"), "Pembina (IV/a)")
    conclusion = dialog.findChild(QPlainTextEdit, "kajianText_kesimpulan")
    conclusion.clear()
    qtbot.keyClicks(conclusion, "Penataan ini layak ditetapkan.")
    instruments = dialog.findChild(QPlainTextEdit, "kajianInstruments")
    qtbot.keyClicks(instruments, "Peraturan Daerah Nomor 5 Tahun 2016")
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "kajian-document.png"))
    dialog.tabs.setCurrentIndex(1)
    dialog.grab().save(str(SHOTS / "kajian-texts.png"))
    dialog.tabs.setCurrentIndex(3)
    dialog.grab().save(str(SHOTS / "kajian-implications.png"))
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    stored = _stored(window)
    assert (stored.place, stored.number, stored.year) == ("Soreang", "061/7/Org", 2027)
    assert stored.rates == {"IV": 540000}
    assert stored.reform == {"asn": ("", "Fungsional")}
    assert stored.pangkat == {"checked": "Pembina (IV/a)"}
    assert stored.instruments == ("Peraturan Daerah Nomor 5 Tahun 2016",)
    # a text left as its draft is not kept (the report's draft follows the plan)
    assert stored.texts == {"kesimpulan": "Penataan ini layak ditetapkan."}
    # one step of the plan's history
    window.history.undo()
    assert _stored(window) == kj.Kajian()
    window.history.redo()
    assert _stored(window).place == "Soreang"


def test_a_bad_value_is_named_and_nothing_written(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    window.act_kajian.trigger()
    dialog = window.active_dialog
    _type(qtbot, dialog.findChild(QLineEdit, "kajianPlace"), "Soreang")
    _type(qtbot, dialog.findChild(QLineEdit, "kajianRate_II"), "tiga juta")
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "tiga juta" in dialog.error.text()
    assert _stored(window) == kj.Kajian()
    # an emblem that is not an image is refused in the dialog
    bad = tmp_path / "lambang.png"
    bad.write_bytes(b"GIF89a")
    assert not dialog.set_emblem_file(bad)
    assert "PNG" in dialog.error.text()
    from PIL import Image

    good = tmp_path / "good.png"
    Image.new("RGB", (30, 40), (0, 90, 0)).save(good)
    assert dialog.set_emblem_file(good)
    _type(qtbot, dialog.findChild(QLineEdit, "kajianRate_II"), "3250000")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert _stored(window).emblem == good.read_bytes()
    assert _stored(window).rates == {"II": 3250000}


def test_the_export_dialog_offers_the_editions(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.act_export_pdf.trigger()
    dialog = window.active_dialog
    assert dialog.edition.currentData() == "pengesahan"
    out = tmp_path / "kerja.pdf"
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(out))
    dialog.lang.setCurrentIndex(dialog.lang.findData("id"))
    dialog.edition.setCurrentIndex(dialog.edition.findData("kerja"))
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "export-edition.png"))
    assert dialog.value().edition == "kerja"
    written: list[str] = []
    failed: list[str] = []
    window.exporter.finished.connect(lambda path, _pages: written.append(path))
    window.exporter.failed.connect(failed.append)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(written or failed), timeout=180000)
    assert written == [str(out)] and not failed, failed
    cover = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "NASKAH KERJA" in cover


def test_the_iku_details_are_typed_in_their_tab(qtbot, window: MainWindow) -> None:
    """Issue 14 item 1: the IKU annex prints baseline, year, definition and data source;
    the planner types them beside each indicator of the plan."""
    from PySide6.QtWidgets import QAbstractItemView, QTableWidget

    window.act_kajian.trigger()
    dialog = window.active_dialog
    table = dialog.findChild(QTableWidget, "kajianIku")
    indicators = list(dict.fromkeys(i.indicator for i in window.document.structure.iku))
    assert table.rowCount() == len(indicators) > 10
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == indicators
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
    qtbot.waitUntil(table.isVisible)
    for column, text in ((1, "62,5"), (2, "2027"), (4, "BPS Kabupaten Sukamaju")):
        index = table.model().index(0, column)
        table.scrollTo(index)
        rect = table.visualRect(index)
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
        qtbot.keyClicks(table.focusWidget(), text)
        if column < 4:  # the last is still being typed when OK is pressed: it counts
            qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Return)
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "kajian-iku.png"))
    # the indicator itself is the plan's (edited with its unit), not the dialog's
    assert not table.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert _stored(window).iku == {
        indicators[0]: {"baseline": "62,5", "year": "2027", "source": "BPS Kabupaten Sukamaju"}
    }
    window.history.undo()
    assert _stored(window).iku == {}
