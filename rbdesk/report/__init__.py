"""The PDF restructuring proposal (reportlab; no Qt, no SQL).

    from rbdesk.report import ReportOptions, gather, write_report
    inputs = gather(store)                      # reads the plan (any PlanSource)
    result = write_report(inputs, Path("usulan.pdf"), ReportOptions(paper="F4"))
    result.pages

``gather`` only reads; ``write_report`` analyses, lays out and writes, and may run on a
worker thread (its ``progress(done, total)`` is called on that thread).
"""

from rbdesk.report.inputs import PlanSource, ReportError, ReportInputs, choose_scenarios, gather
from rbdesk.report.writer import PAPERS, ReportOptions, ReportResult, write_report

__all__ = [
    "PAPERS",
    "PlanSource",
    "ReportError",
    "ReportInputs",
    "ReportOptions",
    "ReportResult",
    "choose_scenarios",
    "gather",
    "write_report",
]
