"""The sections of the proposal as reportlab flowables (DESIGN.md section 6).

Each ``*_section`` function takes the analysed plan (:class:`Analysed`) and returns the
flowables of one section; :class:`Story` numbers the headings and collects the
entries of the table of contents. Texts of the plan reach the page either through
``drawString`` (tables, charts, cover, signatures), which prints them as typed, or
escaped inside a ``Paragraph`` (see :func:`esc`), never as markup. A text longer than
its limit (``rbdesk.domain.limits``), which only a plan written by another program can
hold, prints up to the limit and an ellipsis; the cover, the signatures and the
headings of charts give each text a few lines at most.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer

from rbdesk.analysis.compare import Comparison
from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import Family, Finding, Severity
from rbdesk.analysis.metrics import Metrics, Value, metric_rows
from rbdesk.domain.limits import MAX_NAME, shown
from rbdesk.domain.model import Region, Signatory, SignatoryRole, format_nip
from rbdesk.i18n import Labels
from rbdesk.layout import forest
from rbdesk.report import charts
from rbdesk.report.fonts import BOLD, REGULAR, text_width, wrap
from rbdesk.report.pages import ACCENT, INK, MUTED, Contents, Heading, Marks
from rbdesk.report.tables import Column, Row, RowTable
from rbdesk.rules.catalogue import Catalogue
from rbdesk.rules.pack import RulePack

BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13.5, spaceAfter=6,
                      textColor=INK)  # fmt: skip
NOTE = ParagraphStyle("note", parent=BODY, fontSize=8, leading=11, textColor=MUTED)
OVERLAP_FILL = colors.HexColor("#ffcdd2")
MISSING_FILL = colors.HexColor("#ffe0b2")


def esc(text: str, limit: int = MAX_NAME) -> str:
    """A plan text made safe inside ``Paragraph`` markup: it prints as typed, up to
    ``limit`` characters."""
    return escape(shown(text, limit))


def _name(text: str) -> str:
    """A unit's name as tables and the outline print it (see the module docstring)."""
    return shown(text, MAX_NAME)


@dataclass
class Analysed:
    """A plan analysed for its report: the scenarios with their contexts and findings,
    and the comparison when there is a proposal."""

    region: Region
    fingerprint: str
    catalogue: Catalogue
    pack: RulePack
    before: Context
    before_findings: list[Finding]
    after: Context | None
    after_findings: list[Finding]
    comparison: Comparison | None
    before_metrics: Metrics
    signatories: tuple[Signatory, ...]
    day: date

    @property
    def shown(self) -> Context:
        """The scenario the appendix and the matrix describe: the proposal if any."""
        return self.after if self.after is not None else self.before

    @property
    def shown_findings(self) -> list[Finding]:
        return self.after_findings if self.after is not None else self.before_findings


@dataclass
class Story:
    """Numbering of headings and the entries of the table of contents."""

    labels: Labels
    marks: Marks
    entries: list[tuple[int, str, str]] = field(default_factory=list)
    chapter: int = 0
    sub: int = 0

    def chapter_heading(self, title: str, *, numbered: bool = True) -> Heading:
        if numbered:
            self.chapter += 1
            self.sub = 0
            text = f"{self.chapter}  {title}"
        else:
            text = title
        key = f"s{len(self.entries)}"
        self.entries.append((0, text, key))
        return Heading(text, 0, key, self.marks)

    def anchor(self, text: str, level: int) -> str:
        """A table of contents entry whose page a flowable other than a heading marks
        (a chart page); returns its key."""
        key = f"s{len(self.entries)}"
        self.entries.append((level, text, key))
        return key

    def sub_heading(self, title: str) -> Heading:
        self.sub += 1
        text = f"{self.chapter}.{self.sub}  {title}" if self.chapter else title
        key = f"s{len(self.entries)}"
        self.entries.append((1, text, key))
        return Heading(text, 1, key, self.marks)

    def para(self, markup: str, style: ParagraphStyle = BODY) -> Paragraph:
        return Paragraph(markup, style)


def kind_name(catalogue: Catalogue, labels: Labels, kind: str) -> str:
    entry = catalogue.kinds.get(kind)
    if entry is None:
        return kind
    return entry.name_id if labels.lang == "id" else entry.name_en


def urusan_name(catalogue: Catalogue, labels: Labels, code: str) -> str:
    entry = catalogue.urusan.get(code)
    if entry is not None:
        return entry.name if labels.lang == "id" else entry.name_en
    return catalogue.code_name(code)


def _date_text(labels: Labels, text: str) -> str:
    try:
        return labels.date(date.fromisoformat(text[:10]))
    except ValueError:
        return text


# -- cover and contents ---------------------------------------------------------------


class Cover(Flowable):
    """The cover page: region, title, year, scenarios, preparing unit, date."""

    #: Lines a text of the cover takes at most (a longer one ends with an ellipsis).
    MAX_LINES = 3

    def __init__(self, a: Analysed, labels: Labels, frame_height: float) -> None:
        super().__init__()
        self.a = a
        self.labels = labels
        self.frame_height = frame_height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = self.frame_height - 0.5
        return self.width, self.height

    def _centred(self, text: str, font: str, size: float, y: float, colour: object) -> float:
        canv = self.canv
        canv.setFont(font, size)
        canv.setFillColor(colour)
        for line in wrap(text, font, size, self.width * 0.9, self.MAX_LINES):
            canv.drawCentredString(self.width / 2, y, line)
            y -= size * 1.3
        return y

    def draw(self) -> None:
        a, labels = self.a, self.labels
        canv = self.canv
        mid = self.width / 2
        y = self.height - 40
        y = self._centred(labels["cover.government"], BOLD, 11, y, MUTED)
        y = self._centred(a.region.name, BOLD, 14, y - 2, INK)
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(1.5)
        canv.line(mid - 90, y + 2, mid + 90, y + 2)
        y -= self.height * 0.16
        key = "cover.title" if a.after is not None else "cover.title_current"
        y = self._centred(labels[key], BOLD, 22, y, ACCENT)
        y = self._centred(a.region.name, REGULAR, 15, y - 6, INK)
        y = self._centred(labels.fmt("cover.year", year=a.day.year), REGULAR, 13, y - 2, INK)
        y -= self.height * 0.09
        rows = [(labels["cover.current"], a.before.structure.scenario.name)]
        if a.after is not None:
            rows.append((labels["cover.proposal"], a.after.structure.scenario.name))
        rows += [
            (labels["cover.rules"], a.pack.title.get(labels.lang) or a.pack.id),
            (labels["cover.date"], labels.date(a.day)),
            (labels["cover.fingerprint"], a.fingerprint),
        ]
        key_w = max(text_width(k, BOLD, 9) for k, _ in rows) + 10
        left = self.width * 0.12
        value_w = self.width * 0.76 - key_w
        for name, value in rows:
            canv.setFont(BOLD, 9)
            canv.setFillColor(MUTED)
            canv.drawString(left, y, name)
            canv.setFont(REGULAR, 9)
            canv.setFillColor(INK)
            for line in wrap(value, REGULAR, 9, value_w, self.MAX_LINES):
                canv.drawString(left + key_w, y, line)
                y -= 12.5
            y -= 3
        bottom = 60.0
        if a.region.preparing_unit:
            lines = wrap(a.region.preparing_unit, BOLD, 11, self.width * 0.9, self.MAX_LINES)
            by = bottom + 14 * len(lines)
            self._centred(labels["cover.prepared_by"], REGULAR, 9, by + 14, MUTED)
            self._centred(a.region.preparing_unit, BOLD, 11, by, INK)
        self._centred(labels.date(a.day), REGULAR, 10, bottom - 10, INK)


def contents_section(story: Story) -> list[Flowable]:
    labels = story.labels
    title = Heading(labels["toc.title"], 0, "toc", story.marks)
    return [title, Spacer(1, 6), Contents(story.entries, story.marks)]


# -- summary and the comparison table -------------------------------------------------


def _counts_text(labels: Labels, counts: dict[str, int], prefix: str) -> str:
    parts = [
        labels.fmt(f"{prefix}.{key}", count=labels.number(value))
        for key, value in counts.items()
        if value
    ]
    return ", ".join(parts) if parts else labels["summary.none"]


def summary_section(a: Analysed, story: Story) -> list[Flowable]:
    labels = story.labels
    out: list[Flowable] = [story.chapter_heading(labels["section.summary"])]
    n = labels.number
    before = a.before_metrics
    severities = before.findings_by_severity
    if a.comparison is None or a.after is None:
        out.append(story.para(labels.fmt(
            "summary.current", region=esc(a.region.name),
            scenario=esc(a.before.structure.scenario.name), opds=n(before.opds),
            units=n(before.units), positions=n(before.structural_positions),
            groups=n(before.functional_groups), layers=n(before.max_layers),
        )))  # fmt: skip
        out.append(story.para(labels.fmt(
            "summary.findings_current", findings=n(before.findings),
            errors=n(severities.get("error", 0)), warnings=n(severities.get("warning", 0)),
            pack=esc(a.pack.title.get(labels.lang) or a.pack.id),
        )))  # fmt: skip
        out.append(story.para(labels["summary.no_proposal"]))
        return out
    comparison = a.comparison
    after = comparison.after_metrics

    def change(b: Value, x: Value) -> str:
        if b == x:
            return labels.fmt("summary.same", value=n(b))
        return labels.fmt("summary.change", before=n(b), after=n(x), delta=labels.signed(
            None if b is None or x is None else x - b))  # fmt: skip

    out.append(story.para(labels.fmt(
        "summary.proposal", region=esc(a.region.name),
        before=esc(a.before.structure.scenario.name), after=esc(a.after.structure.scenario.name),
        opds=change(before.opds, after.opds), units=change(before.units, after.units),
        positions=change(before.structural_positions, after.structural_positions),
        groups=change(before.functional_groups, after.functional_groups),
    )))  # fmt: skip
    out.append(story.para(labels.fmt(
        "summary.findings", before=n(before.findings), errors=n(severities.get("error", 0)),
        resolved=n(len(comparison.resolved)), persisting=n(len(comparison.persisting)),
        introduced=n(len(comparison.introduced)), after=n(after.findings),
        pack=esc(a.pack.title.get(labels.lang) or a.pack.id),
    )))  # fmt: skip
    operations: dict[str, int] = {}
    for op in a.after.structure.operations:
        operations[op.kind.value] = operations.get(op.kind.value, 0) + 1
    out.append(story.para(labels.fmt(
        "summary.operations", count=n(len(a.after.structure.operations)),
        kinds=_counts_text(labels, operations, "count.operation"),
        changes=_counts_text(labels, comparison.counts(), "count.action"),
    )))  # fmt: skip
    return out


def metric_name(row_id: str, catalogue: Catalogue, pack: RulePack, labels: Labels) -> str:
    """The words for a metric row of the *sebelum / sesudah* table (the report's and the
    command line's): a unit kind by its catalogue name, a span band with its range."""
    head, _, rest = row_id.partition(".")
    if head in ("opds", "kinds") and rest:
        return kind_name(catalogue, labels, rest)
    return labels.metric(row_id, [(b.id, b.min, b.max) for b in pack.span_bands])


def metric_indented(row_id: str) -> bool:
    """A row that breaks down the one above it (an OPD kind, an eselon, a band ...)."""
    head, _, rest = row_id.partition(".")
    if head in ("opds", "kinds") and rest:
        return True
    return head == "eselon" or row_id.startswith(("span.band.", "findings."))


def _metric_label(row_id: str, a: Analysed, labels: Labels) -> tuple[str, float, str]:
    """(label, indent, row kind) of a metric row."""
    name = metric_name(row_id, a.catalogue, a.pack, labels)
    if metric_indented(row_id):
        return name, 12.0, "body"
    strong = row_id in ("units", "opds", "structural_positions", "findings")
    return name, 0.0, "strong" if strong else "body"


#: Row id prefixes before whose first row a group heading (a catalogue key) stands.
METRIC_GROUPS = {
    "kinds.": "group.kinds",
    "span.band.": "group.span_bands",
    "findings.family.": "group.families",
    "findings.severity.": "group.severities",
}


def comparison_section(a: Analysed, story: Story) -> list[Flowable]:
    labels = story.labels
    title = labels["section.table" if a.comparison is not None else "section.table_current"]
    out: list[Flowable] = [CondPageBreak(160), story.chapter_heading(title)]
    rows: list[Row] = []
    seen: set[str] = set()

    def group_row(row_id: str) -> None:
        for prefix, key in METRIC_GROUPS.items():
            if row_id.startswith(prefix) and prefix not in seen:
                seen.add(prefix)
                rows.append(Row((labels[key],), "group"))

    if a.comparison is None:
        out.append(
            story.para(
                labels.fmt("table.intro_current", scenario=esc(a.before.structure.scenario.name))
            )
        )
        for row_id, value in metric_rows(a.before_metrics, zeros=False):
            group_row(row_id)
            label, indent, kind = _metric_label(row_id, a, labels)
            rows.append(Row((label, labels.number(value)), kind, indent))
        header: tuple[str, ...] = (labels["table.metric"], labels["table.value"])
        columns = [Column(5.0), Column(1.2, "right")]
    else:
        assert a.after is not None
        out.append(story.para(labels.fmt(
            "table.intro", before=esc(a.before.structure.scenario.name),
            after=esc(a.after.structure.scenario.name))))  # fmt: skip
        for row_id, b, x, d in a.comparison.metric_table(zeros=False):
            group_row(row_id)
            label, indent, kind = _metric_label(row_id, a, labels)
            cells = (label, labels.number(b), labels.number(x), labels.signed(d))
            rows.append(Row(cells, kind, indent))
        header = (labels["table.metric"], labels["table.before"], labels["table.after"],
                  labels["table.delta"])  # fmt: skip
        columns = [Column(4.2), Column(1.0, "right"), Column(1.0, "right"), Column(1.0, "right")]
    out.append(RowTable(columns, rows, header, size=8.5))
    out.append(Spacer(1, 4))
    out.append(story.para(labels["table.note"], NOTE))
    return out


# -- findings and the urusan matrix ------------------------------------------------------


def _finding_rows(
    findings: Sequence[Finding], labels: Labels, ctx: Context, status: Callable[[Finding], str]
) -> list[Row]:
    rows = []
    for number, f in enumerate(findings, start=1):
        message = f.text(labels.lang)
        fix = f.fix.get(labels.lang) or f.fix.get("en", "")
        text = message + (f"\n{labels['findings.fix']}: {fix}" if fix else "")
        # the law in this language's legal form, or "Praktik: ..." (never shown as law)
        unconfirmed = not f.confirmed and not f.practice
        basis = f.basis_text(labels.lang) + (
            f"\n{labels['findings.unconfirmed']}" if unconfirmed else ""
        )
        cells = [str(number), labels.severity(f.severity.value), text, basis]
        state = status(f)
        if state:
            cells.append(state)
        rows.append(Row(tuple(cells)))
    return rows


def findings_section(a: Analysed, story: Story, frame_width: float) -> list[Flowable]:
    labels = story.labels
    out: list[Flowable] = [CondPageBreak(200), story.chapter_heading(labels["section.findings"])]
    comparison = a.comparison
    resolved = {id(f) for f in comparison.resolved} if comparison else set()
    header = [labels["findings.no"], labels["findings.severity"], labels["findings.finding"],
              labels["findings.basis"]]  # fmt: skip
    columns = [Column(0.35, "right"), Column(0.9), Column(4.4), Column(1.8)]
    if comparison is not None:
        header.append(labels["findings.status"])
        columns.append(Column(1.0))

        def status(f: Finding) -> str:
            return labels["findings.resolved" if id(f) in resolved else "findings.persists"]

        out.append(story.para(labels.fmt(
            "findings.intro", scenario=esc(a.before.structure.scenario.name),
            count=labels.number(len(a.before_findings)))))  # fmt: skip
    else:

        def status(f: Finding) -> str:
            return ""

        out.append(story.para(labels.fmt(
            "findings.intro_current", scenario=esc(a.before.structure.scenario.name),
            count=labels.number(len(a.before_findings)))))  # fmt: skip
    by_family: dict[Family, list[Finding]] = {}
    for f in a.before_findings:
        by_family.setdefault(f.family, []).append(f)
    if not by_family:
        out.append(story.para(labels["findings.none"]))
    for family in Family:
        found = by_family.get(family)
        if not found:
            continue
        out.append(CondPageBreak(90))
        out.append(story.sub_heading(
            labels.fmt("findings.family_heading", family=labels.family(family.value),
                       count=labels.number(len(found)))))  # fmt: skip
        out.append(RowTable(columns, _finding_rows(found, labels, a.before, status), header))
    if comparison is not None and a.after is not None:
        out.append(CondPageBreak(90))
        out.append(story.sub_heading(labels["findings.introduced"]))
        if comparison.introduced:
            out.append(RowTable(columns[:4], _finding_rows(
                comparison.introduced, labels, a.after, lambda f: ""), header[:4]))  # fmt: skip
        else:
            out.append(story.para(labels["findings.none_introduced"]))
    out += matrix_section(a, story, frame_width)
    return out


#: The findings that mark the urusan × OPD matrix: an urusan held unlawfully by more
#: than one OPD, and an urusan wajib nobody holds.
SHARED_RULES = frozenset({"overlap.urusan_shared", "overlap.split_score"})
MISSING_RULES = frozenset({"overlap.mandatory_missing", "overlap.basic_service_missing"})


def matrix_marks(
    findings: Sequence[Finding], ctx: Context, catalogue: Catalogue
) -> tuple[set[tuple[int, str]], dict[str, int], set[str]]:
    """What the matrix marks, read from the findings: the (OPD, urusan) cells of an
    unlawful sharing (errors), the urusan whose sharing a finding names with the number
    of OPDs, and the urusan wajib a finding says nobody holds."""
    over: set[tuple[int, str]] = set()
    sharing: dict[str, set[int]] = {}
    missing: set[str] = set()
    for finding in findings:
        codes = {catalogue.sub_urusan[c].urusan_code
                 if c not in catalogue.urusan and c in catalogue.sub_urusan else c
                 for c in finding.codes}  # fmt: skip
        if finding.rule in MISSING_RULES:
            missing |= codes
        elif finding.rule in SHARED_RULES:
            opds = {ctx.opd_of.get(u) or u for u in finding.units}
            for code in codes:
                sharing.setdefault(code, set()).update(opds)
                if finding.severity is Severity.ERROR:
                    over |= {(opd, code) for opd in opds}
    return over, {code: len(opds) for code, opds in sharing.items()}, missing


def matrix_section(a: Analysed, story: Story, frame_width: float) -> list[Flowable]:
    labels = story.labels
    ctx = a.shown
    catalogue = a.catalogue
    out: list[Flowable] = [CondPageBreak(150), story.sub_heading(labels["matrix.title"])]
    opds = forest.subtrees_by_opd(ctx.structure, catalogue)
    held: dict[int, dict[str, str]] = {}
    for uid, assignments in ctx.assignments.items():
        opd = ctx.opd_of.get(uid)
        if opd is None:
            continue
        for assignment in assignments:
            code = assignment.code
            if code not in catalogue.urusan and code in catalogue.sub_urusan:
                code = catalogue.sub_urusan[code].urusan_code
            cells = held.setdefault(opd, {})
            if assignment.role.value == "main" or cells.get(code) != "main":
                cells[code] = assignment.role.value
    mandatory = set(a.pack.overlap.get("mandatory_classes", ()))
    codes = sorted(
        {c for cells in held.values() for c in cells}
        | {u.code for u in catalogue.urusan.values() if u.urusan_class in mandatory}
    )
    rows_opds = [o for o in opds if held.get(o)]
    main_count = {c: sum(held[o].get(c) == "main" for o in rows_opds) for c in codes}
    # The marks are the findings' own (one source: the overlap checks decide what is
    # shared unlawfully or missing, and this table shows it)
    over, shared, missing = matrix_marks(a.shown_findings, ctx, catalogue)
    out.append(story.para(labels.fmt(
        "matrix.intro", scenario=esc(ctx.structure.scenario.name),
        opds=labels.number(len(rows_opds)), others=labels.number(len(opds) - len(rows_opds)),
    )))  # fmt: skip
    mark = {"main": labels["matrix.main"], "supporting": labels["matrix.supporting"]}
    name_w = min(170.0, frame_width * 0.34)
    code_w = max(text_width(c, BOLD, 6.5) for c in codes) + 6 if codes else 20.0
    per_group = max(1, int((frame_width - name_w) // code_w))
    for start in range(0, len(codes), per_group):
        group = codes[start : start + per_group]
        columns = [Column(frame_width - code_w * len(group), limit=MAX_NAME)]
        columns += [Column(code_w, "center")] * len(group)
        rows = []
        for opd in rows_opds:
            row_cells = [ctx.name(opd)]
            fills: list[colors.Color | None] = [None]
            for code in group:
                role = held[opd].get(code)
                row_cells.append(mark.get(role, "") if role else "")
                fills.append(OVERLAP_FILL if role and (opd, code) in over else None)
            rows.append(Row(tuple(row_cells), fills=tuple(fills)))
        gaps = [MISSING_FILL if c in missing else None for c in group]
        rows.append(Row((labels["matrix.holders"], *[labels.number(main_count[c])
                         for c in group]), "strong", fills=(None, *gaps)))  # fmt: skip
        out.append(RowTable(columns, rows, [labels["matrix.opd"], *group], size=6.5, pad=2))
        out.append(Spacer(1, 8))
    out.append(story.para(labels["matrix.legend"], NOTE))
    # The codes in words, with who holds each.
    legend_rows = []
    for code in codes:
        holders = [_name(ctx.name(o)) for o in rows_opds if held[o].get(code) == "main"]
        note = ""
        if code in missing:
            note = labels["matrix.missing"]
        elif code in shared:
            note = labels.fmt("matrix.shared", count=labels.number(shared[code]))
        legend_rows.append(Row((code, urusan_name(catalogue, labels, code),
                                "\n".join(holders) or "–", note)))  # fmt: skip
    out.append(RowTable(
        [Column(0.55), Column(2.2), Column(3.2), Column(1.3)], legend_rows,
        [labels["matrix.code"], labels["matrix.urusan"], labels["matrix.main_holder"],
         labels["matrix.note"]], size=7.5))  # fmt: skip
    return out


# -- operations -----------------------------------------------------------------------------


def operations_section(a: Analysed, story: Story) -> list[Flowable]:
    labels = story.labels
    assert a.after is not None
    after = a.after
    before = a.before
    ops = after.structure.operations
    out: list[Flowable] = [CondPageBreak(160), story.chapter_heading(labels["section.operations"])]
    if not ops:
        out.append(story.para(labels["operations.none"]))
        return out
    out.append(story.para(labels.fmt(
        "operations.intro", count=labels.number(len(ops)),
        scenario=esc(after.structure.scenario.name))))  # fmt: skip
    rows = []
    for number, op in enumerate(ops, start=1):
        old = _unit_list([_path(before, u) for u in op.before])
        new = _unit_list([_path(after, u) for u in op.after])
        rows.append(
            Row(
                (
                    str(number),
                    labels.operation(op.kind.value),
                    old,
                    new,
                    _reason_text(labels, op.justification, op.basis),
                    _date_text(labels, op.date) or "–",
                )
            )
        )
    out.append(RowTable(
        [Column(0.3, "right"), Column(0.8), Column(1.9), Column(1.9), Column(3.4), Column(0.9)],
        rows,
        [labels["operations.no"], labels["operations.kind"], labels["operations.before"],
         labels["operations.after"], labels["operations.justification"],
         labels["operations.date"]],
    ))  # fmt: skip
    return out


def _reason_text(labels: Labels, reason: str, basis: str) -> str:
    """An operation's reason, then its legal basis on a line of its own."""
    lines = [reason.strip() or "–"]
    if basis.strip():
        lines.append(labels.fmt("operations.basis_line", basis=basis.strip()))
    return "\n".join(lines)


def _path(ctx: Context, unit_id: int) -> str:
    """``Bidang Y (Dinas X)``: :meth:`Context.path_names` with each name shortened to its
    limit."""
    opd = ctx.opd_of.get(unit_id)
    if opd is None or opd == unit_id:
        return _name(ctx.name(unit_id))
    return f"{_name(ctx.name(unit_id))} ({_name(ctx.name(opd))})"


def _unit_list(names: list[str]) -> str:
    """Unit names one per line, bulleted when there are several."""
    if not names:
        return "–"
    if len(names) == 1:
        return names[0]
    return "\n".join(f"• {name}" for name in names)


# -- appendix and signatures ------------------------------------------------------------------


def units_appendix(a: Analysed, story: Story) -> list[Flowable]:
    labels = story.labels
    ctx = a.shown
    structure = ctx.structure
    out: list[Flowable] = [story.chapter_heading(labels["appendix.units"], numbered=False)]
    out.append(story.para(labels.fmt(
        "appendix.units_intro", scenario=esc(structure.scenario.name),
        count=labels.number(len(structure.units)))))  # fmt: skip
    order = forest.chart_order(structure)
    depth: dict[int, int] = {}
    rows: list[Row] = []
    current_group: object = object()
    supporting = labels["appendix.supporting"]
    for number, uid in enumerate(order, start=1):
        unit = structure.units[uid]
        opd = ctx.opd_of.get(uid)
        parent = unit.parent_id
        depth[uid] = depth.get(parent, -1) + 1 if parent is not None else 0
        if opd != current_group:
            current_group = opd
            title = labels["appendix.leaders"] if opd is None else ctx.name(opd)
            rows.append(Row((title,), "group"))
        base = depth.get(opd, 0) if opd is not None else 0
        codes = ", ".join(
            x.code + ("" if x.role.value == "main" else f" ({supporting})")
            for x in ctx.assignments.get(uid, [])
        )
        rows.append(Row(
            (str(number), unit.name, kind_name(a.catalogue, labels, unit.kind),
             unit.unit_type or "–", unit.eselon or "–", codes or "–"),
            indent=8.0 * max(0, depth[uid] - base),
        ))  # fmt: skip
    out.append(RowTable(
        [Column(0.45, "right"), Column(3.6, limit=MAX_NAME), Column(1.5, limit=MAX_NAME),
         Column(0.5, "center", MAX_NAME), Column(0.6, "center", MAX_NAME), Column(1.3)],
        rows,
        [labels["appendix.no"], labels["appendix.unit"], labels["appendix.kind"],
         labels["appendix.type"], labels["appendix.eselon"], labels["appendix.urusan"]],
        size=7.5,
    ))  # fmt: skip
    return out


def iku_appendix(a: Analysed, story: Story) -> list[Flowable]:
    labels = story.labels
    ctx = a.shown
    out: list[Flowable] = [
        CondPageBreak(160),
        story.chapter_heading(labels["appendix.iku"], numbered=False),
    ]
    items = ctx.structure.iku
    if not items:
        out.append(story.para(labels["appendix.iku_none"]))
        return out
    rank = {uid: i for i, uid in enumerate(forest.chart_order(ctx.structure))}
    ordered = sorted(
        items,
        key=lambda i: (
            rank.get(ctx.opd_of.get(i.unit_id) or i.unit_id, 0),
            rank.get(i.unit_id, 0),
            i.sort_order,
            i.id,
        ),
    )
    rows: list[Row] = []
    current: object = object()
    number = 0
    for item in ordered:
        opd = ctx.opd_of.get(item.unit_id) or item.unit_id
        if opd != current:
            current = opd
            rows.append(Row((ctx.name(opd),), "group"))
        number += 1
        unit = "" if item.unit_id == opd else f"{ctx.name(item.unit_id)}: "
        rows.append(Row((str(number), unit + item.indicator, item.target or "–",
                         item.measure or "–")))  # fmt: skip
    out.append(RowTable(
        [Column(0.4, "right"), Column(4.6), Column(1.0, "right"), Column(1.2)], rows,
        [labels["appendix.no"], labels["iku.indicator"], labels["iku.target"],
         labels["iku.measure"]]))  # fmt: skip
    return out


class SignatureBlock(Flowable):
    """Three columns: prepared, checked, approved; title, room to sign, name, NIP.
    A role without a signatory gets blank lines to fill in by hand."""

    SIGN_ROOM = 56.0
    #: Lines a title or a name takes at most: one at its limit (``MAX_SIGNATORY_FIELD``)
    #: prints whole, a longer one ends with an ellipsis, and the block stays on one page.
    MAX_LINES = 16

    def __init__(self, signatories: Sequence[Signatory], labels: Labels) -> None:
        super().__init__()
        self.by_role = {s.role: s for s in signatories}
        self.labels = labels
        self._columns: list[tuple[str, list[str], list[str], str]] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        labels = self.labels
        col = avail_width / 3 - 12
        self._columns = []
        tallest = 0
        for role in SignatoryRole:
            s = self.by_role.get(role)
            title = wrap(s.title, REGULAR, 9, col, self.MAX_LINES) if s and s.title else []
            name = wrap(s.name, BOLD, 9.5, col, self.MAX_LINES) if s and s.name else []
            nip = format_nip(s.nip) if s and s.nip else ""
            self._columns.append((labels[f"sign.{role.value}"], title, name, nip))
            tallest = max(tallest, max(len(title), 1) + max(len(name), 1))
        self.width = avail_width
        self.height = 16 + tallest * 12.5 + self.SIGN_ROOM + 16
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        labels = self.labels
        col_w = self.width / 3
        blank = "." * 40
        max_title = max(max(len(c[1]), 1) for c in self._columns)
        for i, (role, title, name, nip) in enumerate(self._columns):
            x = i * col_w + 6
            y = self.height - 10
            canv.setFillColor(INK)
            canv.setFont(BOLD, 9.5)
            canv.drawString(x, y, role)
            y -= 14
            canv.setFont(REGULAR, 9)
            for line in title or [blank]:
                canv.drawString(x, y, line)
                y -= 12.5
            y = self.height - 24 - max_title * 12.5 - self.SIGN_ROOM
            canv.setFont(BOLD, 9.5)
            if name:
                for line in name:
                    canv.drawString(x, y, line)
                    y -= 12.5
            else:
                canv.setFont(REGULAR, 9)
                canv.drawString(x, y, f"({blank})")
                y -= 12.5
            canv.setFont(REGULAR, 9)
            canv.drawString(x, y, f"{labels['sign.nip']} {nip or blank}")


def signature_section(a: Analysed, story: Story) -> list[Flowable]:
    labels = story.labels
    out: list[Flowable] = [
        # the sheet officials sign stands on a page of its own
        PageBreak(),
        story.chapter_heading(labels["section.signatures"], numbered=False),
    ]
    key = "sign.statement" if a.after is not None else "sign.statement_current"
    scenario = (a.after or a.before).structure.scenario.name
    out.append(story.para(labels.fmt(key, region=esc(a.region.name), scenario=esc(scenario),
                                     fingerprint=esc(a.fingerprint))))  # fmt: skip
    out.append(story.para(labels.fmt("sign.place_date", date=labels.date(a.day))))
    out.append(Spacer(1, 10))
    out.append(SignatureBlock(a.signatories, labels))
    return out


# -- organisation charts ----------------------------------------------------------------


def _before_tags(comparison: Comparison | None) -> dict[int, str]:
    """Before unit id → the labels of the changes that take it away or change it."""
    tags: dict[int, list[str]] = {}
    if comparison is not None:
        for change in comparison.changes:
            for uid in change.before:
                tags.setdefault(uid, []).append(change.label)
    return {uid: "|".join(dict.fromkeys(labels)) for uid, labels in tags.items()}


def charts_section(
    a: Analysed,
    story: Story,
    frame_width: float,
    frame_height: float,
    tick: Callable[[], None] | None = None,
) -> list[Flowable]:
    """Chart pages: the region at OPD level (current, then proposed), then per OPD of
    the proposal its current chart(s) when it changed and its proposed chart; an OPD
    that did not change is drawn once. OPDs the proposal removes come last."""
    labels = story.labels
    catalogue = a.catalogue
    area_w = frame_width - 2 * charts.MARK_BAND
    area_h = frame_height - charts.HEADER_BAND - 2 * charts.MARK_BAND
    story.chapter += 1
    story.sub = 0
    chapter = f"{story.chapter}  {labels['section.charts']}"
    pending: list[tuple[int, str, str]] = [(0, chapter, story.anchor(chapter, 0))]
    comparison = a.comparison
    after_tags = comparison.highlights() if comparison else {}
    before_tags = _before_tags(comparison)
    pages: list[Flowable] = []

    area = (area_w, area_h)
    # The heading of an OPD's chart on one page: at most a section heading, a title and
    # a subtitle of two lines each.
    opd_whole = charts.one_page_area(frame_width, frame_height, 13.0 + 2 * 13.0 + 2 * 9.5)

    def emit(chart: charts.Chart, extra: Sequence[tuple[int, str, str]] = ()) -> None:
        if tick is not None:
            tick()
        pending.extend(extra)
        for index in range(max(1, len(chart.tiles))):
            anchors = list(pending) if index == 0 else []
            if index == 0:
                pending.clear()
            pages.append(charts.ChartPage(chart, index, labels, story.marks, frame_height,
                                          anchors))  # fmt: skip

    def sub_anchor(title: str) -> tuple[int, str, str]:
        story.sub += 1
        text = f"{story.chapter}.{story.sub}  {title}"
        return (1, text, story.anchor(text, 1))

    sides: list[tuple[Context, dict[int, str], str]] = [(a.before, before_tags, "current")]
    if a.after is not None:
        sides.append((a.after, after_tags, "proposal"))
    region_anchor = [sub_anchor(labels["charts.region"])]
    for ctx, tags, role in sides:
        opds = forest.subtrees_by_opd(ctx.structure, catalogue)
        texts = charts.BoxTexts(ctx.structure, catalogue, labels, tags, hidden_line=True)
        title = labels.fmt(f"charts.region_{role}", scenario=_name(ctx.structure.scenario.name))
        sub = labels.fmt("charts.region_sub", opds=labels.number(len(opds)),
                         units=labels.number(len(ctx.structure.units)))  # fmt: skip
        heading = charts.header_height([*pending, *region_anchor], title, sub, frame_width)
        whole = charts.one_page_area(frame_width, frame_height, heading)
        chart = charts.region_chart(ctx.structure, texts, opds, title, sub, area, whole)
        chart.legend = comparison is not None
        emit(chart, region_anchor)
        region_anchor = []

    opd_anchor = [sub_anchor(labels["charts.per_opd"])]
    before = a.before
    before_opds = forest.subtrees_by_opd(before.structure, catalogue)
    before_texts = charts.BoxTexts(before.structure, catalogue, labels, before_tags)
    before_charts = charts.opd_charts(before.structure, before_texts, before_opds, area,
                                      opd_whole)  # fmt: skip

    def named(chart: charts.Chart, ctx: Context, opd: int, key: str, changed: int) -> charts.Chart:
        unit = ctx.units[opd]
        chart.title = labels.fmt(key, name=_name(unit.name),
                                 scenario=_name(ctx.structure.scenario.name))  # fmt: skip
        chart.subtitle = labels.fmt("charts.opd_sub", kind=kind_name(catalogue, labels, unit.kind),
                                    units=labels.number(len(chart.layout.boxes)))  # fmt: skip
        if a.after is not None:
            chart.subtitle += " · " + (labels.fmt("charts.changed", count=labels.number(changed))
                                       if changed else labels["charts.unchanged"])  # fmt: skip
        chart.legend = a.after is not None
        return chart

    if a.after is None:
        for opd in before_opds:
            entry = (2, _name(before.name(opd)), story.anchor(_name(before.name(opd)), 2))
            emit(named(before_charts[opd], before, opd, "charts.opd", 0), [*opd_anchor, entry])
            opd_anchor = []
        return pages

    after = a.after
    assert comparison is not None
    after_opds = forest.subtrees_by_opd(after.structure, catalogue)
    after_texts = charts.BoxTexts(after.structure, catalogue, labels, after_tags)
    after_charts = charts.opd_charts(after.structure, after_texts, after_opds, area, opd_whole)
    before_set = set(before_opds)
    drawn: set[int] = set()
    for opd in after_opds:
        chart = after_charts[opd]
        origins = [b for b in comparison.origins.get(opd, ()) if b in before_set]
        changed_after = sum(uid in after_tags for uid in chart.layout.boxes)
        changed_before = sum(
            uid in before_tags for b in origins for uid in before_charts[b].layout.boxes
        )
        name = _name(after.name(opd))
        old_names = [_name(before.name(b)) for b in origins if _name(before.name(b)) != name]
        if changed_after or changed_before:
            for old_name in old_names:
                name = labels.fmt("charts.renamed", name=name, old=old_name)
        entry = (2, name, story.anchor(name, 2))
        anchors = [*opd_anchor, entry]
        opd_anchor = []
        changed = max(changed_after, changed_before)
        # each OPD current, then proposed (DESIGN.md section 6), also when nothing in it
        # changes: the subtitle then says so
        for b in origins:
            emit(named(before_charts[b], before, b, "charts.opd_current", changed_before),
                 anchors)  # fmt: skip
            anchors = []
            drawn.add(b)
        emit(named(chart, after, opd, "charts.opd_proposal", changed), anchors)
    for b in before_opds:
        if b in drawn:
            continue
        entry = (2, _name(before.name(b)), story.anchor(_name(before.name(b)), 2))
        removed = sum(uid in before_tags for uid in before_charts[b].layout.boxes)
        emit(named(before_charts[b], before, b, "charts.opd_removed", removed),
             [*opd_anchor, entry])  # fmt: skip
        opd_anchor = []
    return pages
