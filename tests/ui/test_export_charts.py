"""The export dialog's chart choices (issue 14 item 5): only the changed OPDs, one OPD,
the chart pages only, clicked through and the PDF on disk read back."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from rbdesk.ui.mainwindow import MainWindow


def _click_ok(qtbot, dialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _tick(qtbot, box) -> None:
    """Click a check box on its indicator (the box is as wide as the form's column)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _export(qtbot, window: MainWindow, out: Path, setup) -> list:
    window.act_export_pdf.trigger()
    dialog = window.active_dialog
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(out))
    dialog.lang.setCurrentIndex(dialog.lang.findData("id"))
    setup(dialog)
    written: list[str] = []
    failed: list[str] = []
    window.exporter.finished.connect(lambda path, _pages: written.append(path))
    window.exporter.failed.connect(failed.append)
    _click_ok(qtbot, dialog)
    assert window.export_bar.isVisible()
    qtbot.waitUntil(lambda: bool(written or failed), timeout=180000)
    assert written == [str(out)] and not failed, failed
    return [page.extract_text() for page in PdfReader(out).pages]


def test_the_dialog_offers_the_chart_choices(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.act_export_pdf.trigger()
    dialog = window.active_dialog
    names = [dialog.opd.itemText(n) for n in range(dialog.opd.count())]
    # "all" first, then the OPDs of the proposal (the sample's Dinas Sosial is new there)
    assert dialog.opd.currentData() is None and len(names) > 30
    assert "Dinas Sosial" in names and "Dinas Kesehatan" in names
    assert dialog.only_changed.isEnabled()
    # without a proposal there is nothing changed to choose
    dialog.after.setCurrentIndex(dialog.after.findData(None))
    assert not dialog.only_changed.isEnabled()
    assert "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak" in [
        dialog.opd.itemText(n) for n in range(dialog.opd.count())
    ]
    dialog.grab().save(str(tmp_path / "export.png"))
    dialog.reject()


def test_one_opd_chart_pages_only(qtbot, window: MainWindow, tmp_path: Path) -> None:
    def setup(dialog) -> None:
        dialog.opd.setCurrentIndex(dialog.opd.findText("Dinas Pertanian dan Pangan"))
        _tick(qtbot, dialog.charts_only)
        assert dialog.charts_only.isChecked()

    texts = _export(qtbot, window, tmp_path / "satu.pdf", setup)
    assert len(texts) == 2  # its current chart and its proposed one
    assert "Dinas Pertanian dan Pangan – kondisi saat ini" in texts[0]
    assert "Dinas Pertanian dan Pangan – usulan" in texts[1]


def test_only_the_changed_opds(qtbot, window: MainWindow, tmp_path: Path) -> None:
    whole = _export(qtbot, window, tmp_path / "semua.pdf", lambda dialog: None)

    def setup(dialog) -> None:
        _tick(qtbot, dialog.only_changed)
        assert dialog.only_changed.isChecked()

    changed = _export(qtbot, window, tmp_path / "berubah.pdf", setup)
    assert len(changed) < len(whole)
    text = "\n".join(changed)
    assert "Dinas Pertanian dan Pangan – usulan" in text
    assert "Dinas Kesehatan – usulan" not in text
    assert "Dinas Kesehatan – usulan" in "\n".join(whole)


def test_the_choices_speak_indonesian(
    qtbot, window: MainWindow, translations, tmp_path: Path
) -> None:
    from rbdesk.ui.export import ExportPdfDialog

    translations.use("id")
    dialog = ExportPdfDialog(window.document, "id", window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.charts_only.text() == "Hanya halaman bagan"
    assert dialog.only_changed.text() == "Hanya perangkat daerah yang diubah usulan"
    assert dialog.opd.itemText(0) == "Semua perangkat daerah"
    dialog.grab().save(str(tmp_path / "export_id.png"))
    dialog.reject()
