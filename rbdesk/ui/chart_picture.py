"""A chart as a picture for presentations (issue 15 item 5): the region or one OPD,
drawn as the window draws it, fully expanded, to PNG, SVG or a PDF page.

:func:`write_chart` draws a chart view's scene into the file; :func:`chart_of` makes a
read-only chart of a structure (one OPD's units when ``opd`` is given) without a
window, for ``rbdesk chart`` (which runs Qt offscreen: no display is needed). The
file appears whole or not at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from rbdesk.analysis.findings import Finding
from rbdesk.domain.model import Structure
from rbdesk.rules.catalogue import Catalogue
from rbdesk.ui.chart import ChartView

#: Formats by extension.
FORMATS = (".png", ".svg", ".pdf")
#: A PNG is drawn at twice the chart's size (sharp on a projector), but no side longer
#: than this many pixels.
PNG_SCALE = 2.0
MAX_PIXELS = 16000


def chart_of(structure: Structure, catalogue: Catalogue, opd: int | None = None,
             findings: list[Finding] | None = None) -> ChartView:  # fmt: skip
    """A read-only chart of ``structure`` (or of the OPD ``opd`` and its units), every
    unit shown."""
    if opd is not None:
        keep = set(structure.subtree(opd))
        units = {u: structure.units[u] for u in keep}
        units[opd] = _as_root(units[opd])
        from dataclasses import replace

        structure = replace(
            structure,
            units=units,
            assignments=[a for a in structure.assignments if a.unit_id in keep],
            positions=[p for p in structure.positions if p.unit_id in keep],
            links=[k for k in structure.links if k.from_id in keep and k.to_id in keep],
        )
    view = ChartView()
    view.resize(1600, 1000)
    view.show_structure(structure, findings or (), catalogue)
    view.expand_to_level(None, at_once=True)
    return view


def _as_root(unit):  # noqa: ANN001, ANN202
    from dataclasses import replace

    return replace(unit, parent_id=None)


def write_chart(view: ChartView, out: Path) -> None:
    """Draw the whole of ``view``'s chart into ``out`` (the format from its suffix)."""
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(suffix)
    source = view.item.mapRectToScene(view.item.boundingRect())
    partial = out.with_name(f".{out.name}.partial{suffix}")
    chosen = view.selected, view.selected_set
    view.selected, view.selected_set = None, set()  # a picture shows no selection
    try:
        if suffix == ".png":
            scale = min(PNG_SCALE, MAX_PIXELS / max(source.width(), source.height(), 1))
            size = QSize(max(1, int(source.width() * scale)), max(1, int(source.height() * scale)))
            image = QImage(size, QImage.Format.Format_ARGB32)
            image.fill(QColor("white"))
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            view.scene().render(painter, QRectF(0, 0, size.width(), size.height()), source)
            painter.end()
            if not image.save(str(partial)):  # PNG, by the suffix
                raise OSError(f"cannot write {out}")
        elif suffix == ".svg":
            svg = QSvgGenerator()
            svg.setFileName(str(partial))
            size = QSize(int(source.width()) + 1, int(source.height()) + 1)
            svg.setSize(size)
            svg.setViewBox(QRectF(0, 0, size.width(), size.height()))
            svg.setTitle(out.stem)
            painter = QPainter(svg)
            view.scene().render(painter, QRectF(0, 0, size.width(), size.height()), source)
            painter.end()
        else:
            pdf = QPdfWriter(str(partial))
            pdf.setResolution(72)  # one point per scene unit
            page = QPageSize(QSizeF(source.width() + 40, source.height() + 40),
                             QPageSize.Unit.Point, "chart")  # fmt: skip
            margins = QMarginsF(20, 20, 20, 20)
            portrait = QPageLayout.Orientation.Portrait
            pdf.setPageLayout(QPageLayout(page, portrait, margins, QPageLayout.Unit.Point))
            painter = QPainter(pdf)
            target = QRectF(0, 0, source.width(), source.height())
            view.scene().render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
            painter.end()
        if not partial.exists() or partial.stat().st_size == 0:
            raise OSError(f"cannot write {out}")
        partial.replace(out)
    finally:
        view.selected, view.selected_set = chosen  # the window keeps its own
        partial.unlink(missing_ok=True)


def picture(structure: Structure, catalogue: Catalogue, opd: int | None, out: Path,
            lang: str) -> None:  # fmt: skip
    """``rbdesk chart``: the chart of ``structure`` (or of ``opd``) into ``out``, its
    words in ``lang``; makes the application when there is none (no window is shown)."""
    from PySide6.QtWidgets import QApplication

    from rbdesk.ui.app import Translations
    from rbdesk.ui.messages import use_language, window_language

    app = QApplication.instance() or QApplication(["rbdesk"])
    before = window_language()
    translations = Translations(app)
    translations.use(lang)
    try:
        view = chart_of(structure, catalogue, opd)
        app.processEvents()
        write_chart(view, out)
        view.deleteLater()
    finally:  # an application that lives on (tests, a caller) gets its own words back
        for translator in translations.translators:
            app.removeTranslator(translator)
        use_language(before)


def export_chart_dialog(window: Any, path: Path | None = None) -> bool:
    """*Berkas → Ekspor bagan sebagai gambar…*: the chart as the window shows it (what is
    collapsed stays collapsed) to PNG, SVG or PDF."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog

    from rbdesk.ui import plaintext
    from rbdesk.ui.messages import said

    if path is None:
        start = window.document.path.with_suffix(".png") if window.document else Path.home()
        name, _ = QFileDialog.getSaveFileName(
            window, QCoreApplication.translate("ChartPicture", "Export the chart as a picture"),
            str(start),
            QCoreApplication.translate("ChartPicture", "Pictures (*.png *.svg *.pdf)"),
        )  # fmt: skip
        if not name:
            return False
        path = Path(name)
    if path.suffix.lower() not in FORMATS:
        path = path.with_suffix(".png")
    try:
        write_chart(window.chart, path)
    except OSError as exc:
        plaintext.warning(window, QCoreApplication.translate("ChartPicture", "Cannot export"),
                          said(exc))  # fmt: skip
        return False
    window.statusBar().showMessage(
        QCoreApplication.translate("ChartPicture", "Chart exported: {path}").format(path=path),
        8000,
    )
    return True
