"""Benchmark of the PDF proposal on generated plans of 1k and 10k units.

Run by hand: ``python bench/bench_report.py [--sizes 1000 10000] [--repeat 3]``.

For each size it writes a generated plan (current scenario and a derived proposal)
and times, as the median of ``--repeat`` runs:

* floor: reportlab alone drawing as many boxes and strings as the proposal does, on as
  many pages, in the same embedded font, with no layout, no analysis and no tables:
  the cost of the drawing itself;
* gather: reading the plan for the report (``rbdesk.report.gather``);
* report: ``write_report`` of the proposal (analysis, layout, drawing, the file).

Each figure is printed in milliseconds and as a ratio to the floor measured in the same
run, so the numbers mean the same on any machine; then the pages, boxes and strings of
the proposal and the peak memory of the process. Targets (issue 5): the 10k proposal
within 20 s and within 5x the floor, memory below 1 GB.

Then the shapes a plan written by another program may hold (issue 17 item 9), each
reported once, wall and CPU seconds and pages: a generated plan made one chain
``--chain`` units deep (OPDs inside OPDs), one whose ``--siblings`` units all stand
under the head of the region, and the sample region with an OPD name of a million
characters. ``--chain 0 --siblings 0`` leaves them out. Before issue 17 the chain of
5,000 took 95 s, the 50,000 siblings over 120 s and the long name raised LayoutError.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import report, timed  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from rbdesk.domain.model import Region, Structure  # noqa: E402
from rbdesk.interchange.sample import write_sample  # noqa: E402
from rbdesk.interchange.synthetic import generate, write_generated  # noqa: E402
from rbdesk.report import (  # noqa: E402
    ReportInputs,
    ReportOptions,
    ReportResult,
    gather,
    write_report,
)
from rbdesk.report.fonts import BOLD, REGULAR, register_fonts  # noqa: E402

STEPS = ("floor", "gather", "report")
TEXT = "Subbagian Tata Usaha dan Kepegawaian"


def floor(path: Path, pages: int, boxes: int, strings: int) -> None:
    """Draw ``boxes`` rectangles and ``strings`` strings over ``pages`` pages."""
    register_fonts()
    canvas = Canvas(str(path), pagesize=A4, initialFontName=REGULAR)
    per_page_boxes = -(-boxes // pages)
    per_page_strings = -(-strings // pages)
    drawn_boxes = drawn_strings = 0
    for _ in range(pages):
        for n in range(min(per_page_boxes, boxes - drawn_boxes)):
            canvas.rect(40 + (n % 6) * 85, 60 + (n // 6 % 40) * 18, 80, 16, stroke=1, fill=0)
        drawn_boxes += min(per_page_boxes, boxes - drawn_boxes)
        for n in range(min(per_page_strings, strings - drawn_strings)):
            canvas.setFont(BOLD if n % 3 == 0 else REGULAR, 8)
            canvas.drawString(42 + (n % 3) * 170, 780 - (n // 3 % 70) * 10, f"{TEXT} {n}")
        drawn_strings += min(per_page_strings, strings - drawn_strings)
        canvas.showPage()
    canvas.save()


def measure(size: int, folder: Path, repeat: int) -> tuple[dict[str, float], ReportResult]:
    store = write_generated(folder / f"plan-{size}.rbd", size, seed=1)
    out: dict[str, float] = {}
    out["gather"], inputs = timed(lambda: gather(store), repeat)
    store.close()
    pdf = folder / f"report-{size}.pdf"
    out["report"], result = timed(
        lambda: write_report(inputs, pdf, ReportOptions(paper="A4", lang="id")), repeat
    )
    out["floor"], _ = timed(
        lambda: floor(folder / f"floor-{size}.pdf", result.pages, result.boxes, result.strings),
        repeat,
    )
    return out, result


def chain(units: int) -> tuple[Region, Structure]:
    """A generated region whose units form one chain, each under the one before."""
    region, (structure,) = generate(units, seed=3, proposal=False)
    ids = sorted(structure.units)
    for parent, uid in zip(ids, ids[1:], strict=False):
        structure.units[uid] = replace(structure.units[uid], parent_id=parent)
    return region, structure


def siblings(units: int) -> tuple[Region, Structure]:
    """A generated region whose units all stand under its head."""
    region, (structure,) = generate(units, seed=4, proposal=False)
    top = min(structure.units)
    for uid, unit in structure.units.items():
        if uid != top:
            structure.units[uid] = replace(unit, parent_id=top)
    return region, structure


def long_name(folder: Path) -> ReportInputs:
    """The sample region with its first dinas named with a million characters."""
    with write_sample(folder / "long-name.rbd") as store:
        inputs = gather(store)
    structure = inputs.before
    first = min(u.id for u in structure.units.values() if u.kind == "dinas")
    unit = structure.units[first]
    structure.units[first] = replace(unit, name="Dinas " + "Kesehatan " * 100_000)
    return inputs


def shapes(folder: Path, depth: int, wide: int) -> None:
    """Report the chain, the siblings and the long name once each; print the times."""

    def alone(made: tuple[Region, Structure]) -> ReportInputs:
        return ReportInputs(made[0], "0" * 16, made[1], None)

    cases: list[tuple[str, Callable[[], ReportInputs]]] = []
    if depth:
        cases.append((f"chain {depth:,} deep", lambda: alone(chain(depth))))
    if wide:
        cases.append((f"{wide:,} siblings", lambda: alone(siblings(wide))))
    cases.append(("OPD name of 1,000,000 characters", lambda: long_name(folder)))
    print(f"\n{'plan':<34} {'wall s':>8} {'CPU s':>8} {'pages':>7}")
    for label, make in cases:
        inputs = make()
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        # the working copy: the pengesahan edition refuses an OPD no A3 page holds
        options = ReportOptions(paper="A4", lang="id", edition="kerja")
        result = write_report(inputs, folder / "shape.pdf", options)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(f"{label:<34} {wall:>8.1f} {cpu:>8.1f} {result.pages:>7}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--chain", type=int, default=5000, help="units of the chain (0: none)")
    parser.add_argument("--siblings", type=int, default=50000,
                        help="units beside each other (0: none)")  # fmt: skip
    args = parser.parse_args(argv)
    results: dict[int, dict[str, float]] = {}
    drawn: dict[int, ReportResult] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            results[size], drawn[size] = measure(size, Path(tmp), args.repeat)
            print(f"measured {size} units", file=sys.stderr, flush=True)
    report(results, STEPS, width=10,
           floor="reportlab drawing as many boxes and strings, no layout")  # fmt: skip
    print(f"\n{'units':>8} {'pages':>7} {'boxes':>8} {'strings':>8}")
    for size, result in drawn.items():
        print(f"{size:>8} {result.pages:>7} {result.boxes:>8} {result.strings:>8}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory of the process: {peak:.0f} MB")
    with tempfile.TemporaryDirectory() as tmp:
        shapes(Path(tmp), args.chain, args.siblings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
