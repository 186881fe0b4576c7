"""Writing the proposal: paper, page templates, the analysis, and the atomic write.

:func:`write_report` checks and compares the scenarios of a :class:`ReportInputs`,
lays the sections out on portrait pages and the charts on landscape ones, and writes
the PDF to a temporary file beside the target, renamed into place once complete (the
file and then its folder synced, where the system allows it): a reader never sees half
a report, and a failed or cancelled report leaves the target as it was. What a killed
report left (``.OUT.pdf.PID-HEX.partial``, its process gone) is removed by the next
report written to that target. ``progress(done, total)`` is called on the calling
thread as the work advances; an exception raised from it cancels the report.
"""

from __future__ import annotations

import glob
import os
import re
import secrets
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak
from reportlab.platypus import PageTemplate as ReportlabPageTemplate

from rbdesk import __version__
from rbdesk.analysis.engine import Analyzer, bands_of, check_and_compare
from rbdesk.analysis.findings import sort_findings
from rbdesk.analysis.metrics import scenario_metrics
from rbdesk.domain.limits import MAX_NAME, shown
from rbdesk.i18n import LANGUAGES, labels
from rbdesk.paths import fsync
from rbdesk.perf import gc_paused
from rbdesk.report import chart_pages, sections
from rbdesk.report.chart_pages import EDITIONS
from rbdesk.report.fonts import REGULAR, register_fonts
from rbdesk.report.inputs import ReportError, ReportInputs
from rbdesk.report.pages import Footer, Marks, canvas_class
from rbdesk.rules.catalogue import default_catalogue
from rbdesk.rules.pack import load_pack

#: Paper sizes in points, portrait: F4 (folio) is 215 × 330 mm.
PAPERS: dict[str, tuple[float, float]] = {"A4": A4, "F4": (215 * mm, 330 * mm), "A3": A3}

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ReportOptions:
    """Paper (``A4``, ``F4`` or ``A3``), language (``id`` or ``en``), the date the
    report carries (default: today), the edition and which charts it prints
    (:mod:`rbdesk.report.chart_pages`)."""

    paper: str = "A4"
    lang: str = "id"
    day: date | None = None
    #: ``pengesahan`` (the clean document officials sign) or ``kerja`` (the working copy)
    edition: str = "pengesahan"
    #: Charts: only the region and the OPDs the proposal changes.
    only_changed: bool = False
    #: Charts (and units) of this one OPD only: its number or exact name.
    opd: str | None = None
    #: The chart pages alone.
    charts_only: bool = False

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            known = ", ".join(PAPERS)
            raise ReportError("report.paper", paper=self.paper, known=known)
        if self.edition not in EDITIONS:
            raise ReportError("report.edition", edition=self.edition, known=", ".join(EDITIONS))
        if self.lang not in LANGUAGES:
            raise ReportError("report.language", lang=self.lang, known=", ".join(LANGUAGES))


@dataclass(frozen=True)
class ReportResult:
    """What was written: the file, its number of pages, and how many boxes and strings
    were drawn (the benchmark's floor draws as many)."""

    path: Path
    pages: int
    boxes: int
    strings: int
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class _Geometry:
    portrait: tuple[float, float]
    margin: float
    landscape_margin: float
    bottom: float

    @property
    def landscape(self) -> tuple[float, float]:
        return landscape(self.portrait)

    def frame(self, size: tuple[float, float], margin: float) -> tuple[float, float, float, float]:
        """``(x, y, width, height)`` of the text frame on a page of ``size``."""
        return (margin, self.bottom, size[0] - 2 * margin, size[1] - margin * 0.8 - self.bottom)


def _geometry(paper: str) -> _Geometry:
    size = PAPERS[paper]
    margin = 20 * mm if paper != "A3" else 24 * mm
    return _Geometry(size, margin, 13 * mm, 17 * mm)


class _Progress:
    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress
        self.total = total
        self.done = 0
        self.reported = -1

    def step(self, count: int = 1) -> None:
        self.done = min(self.total, self.done + count)
        # Report at most about 200 times, and always the end.
        if self.progress is not None and (
            self.done == self.total or self.done - self.reported >= max(1, self.total // 200)
        ):
            self.reported = self.done
            self.progress(self.done, self.total)

    def poke(self) -> None:
        """Call the callback without advancing (it may cancel) during long steps."""
        if self.progress is not None:
            self.progress(self.done, self.total)


def analyse_inputs(inputs: ReportInputs, day: date) -> sections.Analysed:
    """Check the scenarios of ``inputs`` (and compare them when there is a proposal)."""
    catalogue = inputs.catalogue or default_catalogue()
    pack = inputs.pack or load_pack(catalogue=catalogue)
    region = inputs.region
    # the checks that rest on the scores (types, the splits of Pasal 73/90) as in the window
    values = inputs.pemetaan[0] if inputs.pemetaan else None
    if inputs.after is None:
        analyzer = Analyzer(region, catalogue=catalogue, pack=pack, pemetaan=values)
        findings = analyzer.run(inputs.before)
        assert analyzer.context is not None
        before_ctx = analyzer.context
        with gc_paused():
            metrics = scenario_metrics(before_ctx, findings, bands_of(pack))
        return sections.Analysed(
            region, inputs.fingerprint, catalogue, pack, before_ctx, findings, None, [],
            None, metrics, inputs.signatories, day,
        )  # fmt: skip
    comparison, before_ctx, after_ctx = check_and_compare(
        inputs.before, inputs.after, region, catalogue=catalogue, pack=pack, pemetaan=values
    )
    before_findings = sort_findings([*comparison.resolved, *(b for b, _ in comparison.persisting)])
    after_findings = [f for _, f in comparison.persisting] + list(comparison.introduced)
    return sections.Analysed(
        region, inputs.fingerprint, catalogue, pack, before_ctx, before_findings, after_ctx,
        after_findings, comparison, comparison.before_metrics, inputs.signatories, day,
    )  # fmt: skip


def build_story(
    a: sections.Analysed,
    story: sections.Story,
    geometry: _Geometry,
    tick: Callable[[], None] | None = None,
    options: ReportOptions | None = None,
) -> list[Flowable]:
    """Every flowable of the report, in order; ``tick`` is called between sections and
    charts (a long step for a large plan), so that the caller may cancel. With
    ``options.charts_only`` the chart pages alone (the first page's template is then
    the first chart's: see :func:`chart_pages.first_sheet`)."""
    tick = tick or (lambda: None)
    options = options or ReportOptions()
    choice = chart_pages.ChartChoice(options.edition, options.paper, options.only_changed,
                                     options.opd)  # fmt: skip
    if options.charts_only:
        return chart_pages.charts_section(a, story, geometry, PAPERS, choice, tick,
                                          numbered=False)  # fmt: skip
    portrait_frame = geometry.frame(geometry.portrait, geometry.margin)
    # the kajian's chapters (sections.front_matter), the charts, then the other annexes
    out: list[Flowable] = sections.front_matter(a, story, portrait_frame, tick)
    chart_flowables = chart_pages.charts_section(a, story, geometry, PAPERS, choice, tick,
                                                 numbered=False)  # fmt: skip
    if chart_flowables:
        out += [NextPageTemplate(chart_pages.first_sheet(chart_flowables) or "landscape"),
                PageBreak(), *chart_flowables]  # fmt: skip
    out += [NextPageTemplate("portrait"), PageBreak()]
    # one OPD's units and IKU with --opd
    listed = chart_pages.opd_view(a, options.opd) if options.opd is not None else a
    out += sections.annexes(listed, story, tick)
    return out


class _Document(BaseDocTemplate):
    def __init__(
        self, filename: str, on_flowable: Callable[[Flowable], None], **kwargs: Any
    ) -> None:
        super().__init__(filename, **kwargs)
        self._on_flowable = on_flowable

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        self._on_flowable(flowable)


def write_report(
    inputs: ReportInputs,
    out: Path,
    options: ReportOptions | None = None,
    progress: Progress | None = None,
) -> ReportResult:
    """Write the proposal of ``inputs`` to ``out`` (see the module docstring).

    Raises :class:`ReportError` when ``out`` cannot be written; the target is then
    left as it was."""
    options = options or ReportOptions()
    out = Path(out)
    if out.is_dir():
        raise ReportError("output.folder", path=out)
    if not out.parent.is_dir():
        raise ReportError("output.no_folder", folder=out.parent)
    register_fonts()
    words = labels(options.lang)
    day = options.day or date.today()
    tracker = _Progress(progress, 1000)
    a = analyse_inputs(inputs, day)
    sections.attach(a, inputs, options.edition)
    tracker.step(100)
    geometry = _geometry(options.paper)
    marks = Marks()
    story = sections.Story(words, marks)
    flowables = build_story(a, story, geometry, tracker.poke, options)
    tracker.step(100)
    # The rest of the count: one step per flowable, then the save.
    tracker.total = tracker.done + len(flowables) + 10
    counts = {"boxes": 0, "strings": 0, "pages": 0}
    footer = Footer(
        region=a.region.name, date=words.date(day), fingerprint=sections.document_code(a),
        page_of=words["footer.page_of"], fingerprint_label=words["footer.fingerprint"],
        margin=geometry.margin, landscape_margin=geometry.landscape_margin,
    )  # fmt: skip
    title = words["meta.title" if a.after is not None else "meta.title_current"]
    region = shown(a.region.name, MAX_NAME)  # in the file's properties
    # One step per flowable of the story; the parts a long table splits into are
    # not counted again (the bar would reach its end long before the save).
    story_ids = {id(f) for f in flowables}

    def on_flowable(flowable: Flowable) -> None:
        if id(flowable) in story_ids:
            story_ids.discard(id(flowable))
            tracker.step()
        else:
            tracker.poke()

    _tidy_partials(out)
    partial = out.with_name(f".{out.name}.{os.getpid()}-{secrets.token_hex(4)}.partial")
    try:
        # Created like any new file (the user's umask applies), never over another one.
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as exc:
        raise ReportError(
            "output.folder_unwritable", folder=out.parent, detail=exc.strerror or str(exc)
        ) from exc
    try:
        doc = _Document(
            str(partial), on_flowable, pagesize=geometry.portrait,
            title=title.format(region=region),
            author=shown(a.region.preparing_unit, MAX_NAME) or region,
            subject=words.fmt("meta.subject", region=region),
            keywords=words.fmt("meta.keywords", region=region),
            creator=f"rbdesk {__version__}", producer=f"rbdesk {__version__} (reportlab)",
            initialFontName=REGULAR, initialFontSize=10, lang=options.lang,
        )  # fmt: skip
        templates = [
            ("portrait", geometry.portrait, geometry.frame(geometry.portrait, geometry.margin)),
            ("landscape", geometry.landscape,
             geometry.frame(geometry.landscape, geometry.landscape_margin)),
            *chart_pages.page_templates(geometry, PAPERS),
        ]  # fmt: skip
        # The first template is the first page's: the first chart's when charts alone
        first = chart_pages.first_sheet(flowables) if options.charts_only else None
        templates.sort(key=lambda t: t[0] != first)
        for name, size, (x, y, w, h) in templates:
            frame = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0,
                          bottomPadding=0, id=name)  # fmt: skip
            doc.addPageTemplates([ReportlabPageTemplate(id=name, frames=[frame], pagesize=size)])
        with gc_paused():
            doc.build(flowables, canvasmaker=canvas_class(marks, footer, counts))
        # The last call before the file takes its place: a cancel here still leaves
        # nothing; after the rename no callback runs.
        tracker.step(tracker.total)
        fsync(partial)
        os.replace(partial, out)
        fsync(out.parent)  # the rename itself on disk, where the system allows it
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ReportError("output.unwritable", path=out, detail=exc.strerror or str(exc)) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return ReportResult(out, counts["pages"], counts["boxes"], counts["strings"], dict(counts))


#: ``.OUT.pdf.PID-HEX.partial``: the temporary file of a report being written.
_PARTIAL = re.compile(r"\.(?P<name>.+)\.(?P<pid>\d+)-[0-9a-f]{8}\.partial")


def _tidy_partials(out: Path) -> None:
    """Remove what killed reports left beside ``out``: their partial files, when the
    process that wrote one runs no more (on Windows, where a process cannot be asked
    safely, when it is a day old)."""
    try:
        candidates = list(out.parent.glob(f".{glob.escape(out.name)}.*.partial"))
    except OSError:
        return
    for leftover in candidates:
        match = _PARTIAL.fullmatch(leftover.name)
        if match is None or match["name"] != out.name or int(match["pid"]) == os.getpid():
            continue
        try:
            if sys.platform == "win32":
                if time.time() - leftover.stat().st_mtime < 86400:
                    continue
            else:
                try:
                    os.kill(int(match["pid"]), 0)
                    continue  # its report is still being written
                except ProcessLookupError:
                    pass
                except OSError:
                    continue
            leftover.unlink()
        except OSError:
            pass
