"""A chart as a picture (issue 15 item 5): ``rbdesk chart`` draws the region or one OPD
to PNG, SVG or PDF without a display, in the run's language; a name that is not one
unit is refused with the candidates; the window exports the chart it shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from rbdesk.cli import run
from rbdesk.interchange.sample import write_sample


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("chart") / "sukamaju.rbd"
    write_sample(path).close()
    return path


def test_one_opd_as_png_svg_and_pdf(qapp, sample: Path, tmp_path: Path, capsys) -> None:
    from PySide6.QtGui import QImage

    png = tmp_path / "dinkes.png"
    assert run(["chart", str(sample), "--opd", "Sekretariat DPRD", "-o", str(png)]) == 0
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 800 and image.height() > 500
    svg = tmp_path / "dinkes.svg"
    assert run(["chart", str(sample), "--opd", "Sekretariat DPRD", "-o", str(svg)]) == 0
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "Subbagian Keuangan" in text and "pegawai" in text
    pdf = tmp_path / "dinkes.pdf"
    assert run(["chart", str(sample), "--opd", "Sekretariat DPRD", "-o", str(pdf)]) == 0
    page = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "Bagian Umum dan" in page and "Subbagian Keuangan" in page
    assert "Dinas Kesehatan" not in page  # one OPD only
    capsys.readouterr()
    assert run(["--lang", "en", "chart", str(sample), "--opd", "Sekretariat DPRD", "-o",
                str(tmp_path / "en.svg")]) == 0  # fmt: skip
    assert "staff" in (tmp_path / "en.svg").read_text(encoding="utf-8")


def test_the_whole_region(qapp, sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "daerah.pdf"
    assert run(["chart", str(sample), "-o", str(out)]) == 0
    page = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Bupati Sukamaju" in page and "Kecamatan" in page


def test_refusals(qapp, sample: Path, tmp_path: Path, capsys) -> None:
    assert run(["chart", str(sample), "--opd", "Sekretariat", "-o", str(tmp_path / "a.png")]) == 2
    err = capsys.readouterr().err
    assert "Sekretariat" in err and "(" in err  # the candidates, each with its OPD
    assert run(["chart", str(sample), "-o", str(tmp_path / "a.gif")]) == 2
    assert run(["chart", str(sample), "--opd", "Tidak Ada", "-o", str(tmp_path / "b.png")]) == 2
    assert list(tmp_path.iterdir()) == []


def test_the_window_exports_the_chart_it_shows(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QImage

    from rbdesk.ui.chart_picture import export_chart_dialog
    from rbdesk.ui.document import Document
    from rbdesk.ui.mainwindow import MainWindow

    plan = tmp_path / "p.rbd"
    write_sample(plan).close()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Document.open(plan), settings, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    out = tmp_path / "bagan.png"
    assert export_chart_dialog(window, out)
    assert not QImage(str(out)).isNull()
    assert "bagan.png" in window.statusBar().currentMessage()
    window.close()
