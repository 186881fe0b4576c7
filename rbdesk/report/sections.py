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

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer

from rbdesk.analysis.compare import UNMARKED_FIELDS, Comparison
from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import Family, Finding, Severity
from rbdesk.analysis.metrics import Metrics, Value, metric_rows
from rbdesk.analysis.status import FindingStatus, Status
from rbdesk.domain.limits import MAX_NAME, shown
from rbdesk.domain.model import Region, Signatory
from rbdesk.i18n import Labels
from rbdesk.layout import forest
from rbdesk.report import chapters
from rbdesk.report.fonts import BOLD, REGULAR, text_width
from rbdesk.report.kajian import Kajian
from rbdesk.report.pages import INK, MUTED, Contents, Heading, Marks
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
    #: the planner's parts of the kajian (:mod:`rbdesk.report.kajian`)
    kajian: Kajian = field(default_factory=Kajian)
    #: the planner's decisions on the findings of each scenario (ref → status)
    statuses_before: Mapping[str, FindingStatus] = field(default_factory=dict)
    statuses_after: Mapping[str, FindingStatus] = field(default_factory=dict)
    #: ``pengesahan`` or ``kerja``
    edition: str = "pengesahan"
    #: the pemetaan results when the plan holds the values (issue 13)
    pemetaan: Any = None

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


def contents_section(story: Story) -> list[Flowable]:
    labels = story.labels
    title = Heading(labels["toc.title"], 0, "toc", story.marks)
    return [title, Spacer(1, 6), Contents(story.entries, story.marks)]


# -- summary and the comparison table -------------------------------------------------


def _counts_text(labels: Labels, counts: dict[str, int], prefix: str) -> str:
    parts = [chapters.plural(labels, f"{prefix}.{key}", value)
             for key, value in counts.items() if value]  # fmt: skip
    return ", ".join(parts) if parts else labels["summary.none"]


def summary_section(a: Analysed, story: Story) -> list[Flowable]:
    labels = story.labels
    out: list[Flowable] = [story.sub_heading(labels["section.summary"])]
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
            infos=n(severities.get("info", 0)),
            pack=esc(a.pack.title.get(labels.lang) or a.pack.id),
        )))  # fmt: skip
        out += _printed_summary(a, story)
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
    out += _printed_summary(a, story)
    operations: dict[str, int] = {}
    for op in a.after.structure.operations:
        operations[op.kind.value] = operations.get(op.kind.value, 0) + 1
    out.append(story.para(chapters.plural(
        labels, "summary.operations", len(a.after.structure.operations),
        kinds=_counts_text(labels, operations, "count.operation"),
        # a unit whose only change is its note is not counted (nor marked on its chart)
        changes=_counts_text(labels, comparison.counts(UNMARKED_FIELDS), "count.action"),
    )))  # fmt: skip
    return out


def _printed_summary(a: Analysed, story: Story) -> list[Flowable]:
    """In the pengesahan edition, how many of the current findings it sets out (those
    resting on confirmed law) and how many were exempted."""
    if not chapters.official(a):
        return []
    states = chapters.status_map(a, a.before_findings, after=False)
    printed = sum(chapters.printable(a, f, states[id(f)]) for f in a.before_findings)
    exempted = sum(states[id(f)].status is Status.EXEMPTED for f in a.before_findings)
    n = story.labels.number
    return [
        story.para(
            story.labels.fmt(
                "kajian.summary_printed",
                printed=n(printed),
                exempted=n(exempted),
                others=n(len(a.before_findings) - printed - exempted),
            )
        )
    ]


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
    if row_id.startswith("findings.severity."):  # in the register of an official document
        name = chapters.severity_word(labels, row_id.removeprefix("findings.severity."))
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
    out: list[Flowable] = [CondPageBreak(160), story.sub_heading(title)]
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
    findings: Sequence[Finding],
    labels: Labels,
    ctx: Context,
    status: Callable[[Finding], str],
    official: bool = False,
) -> list[Row]:
    rows = []
    for number, f in enumerate(findings, start=1):
        message = chapters.finding_message(f, ctx, labels)
        fix = f.fix.get(labels.lang) or f.fix.get("en", "")
        text = message + (f"\n{labels['findings.fix']}: {fix}" if fix else "")
        # the law in this language's legal form, or "Praktik: ..." (never shown as law);
        # the working edition marks a basis not yet confirmed
        unconfirmed = not f.confirmed and not f.practice and not official
        basis = f.basis_text(labels.lang) + (
            f"\n{labels['findings.unconfirmed']}" if unconfirmed else ""
        )
        cells = [str(number), chapters.severity_word(labels, f.severity.value), text, basis]
        state = status(f)
        if state:
            cells.append(state)
        rows.append(Row(tuple(cells)))
    return rows


def findings_section(a: Analysed, story: Story, frame_width: float) -> list[Flowable]:
    """The findings of the current structure by family, as the edition prints them
    (:func:`chapters.printable`), those of the proposal that are new, and the exempted
    ones with their reasons."""
    labels = story.labels
    official = chapters.official(a)
    out: list[Flowable] = [CondPageBreak(200), story.sub_heading(labels["section.findings"])]
    comparison = a.comparison
    resolved = {id(f) for f in comparison.resolved} if comparison else set()
    states = chapters.status_map(a, a.before_findings, after=False)
    shown_findings = [f for f in a.before_findings if chapters.printable(a, f, states[id(f)])]
    exempted = [f for f in a.before_findings if states[id(f)].status is Status.EXEMPTED]
    header = [labels["findings.no"], labels["findings.severity"], labels["findings.finding"],
              labels["findings.basis"]]  # fmt: skip
    columns = [Column(0.35, "right"), Column(0.9), Column(4.4), Column(1.8)]
    accepted = labels["kajian.status.accepted"]

    def state_word(f: Finding) -> str:
        return accepted if states[id(f)].status is Status.ACCEPTED else ""

    if comparison is not None:
        header.append(labels["findings.status"])
        columns.append(Column(1.0))

        def status(f: Finding) -> str:
            word = labels["findings.resolved" if id(f) in resolved else "findings.persists"]
            extra = state_word(f)
            return f"{word}\n{extra}" if extra else word

        intro = "findings.intro"
    else:

        def status(f: Finding) -> str:
            return state_word(f)

        if any(state_word(f) for f in shown_findings):
            header.append(labels["kajian.status"])
            columns.append(Column(1.0))
        intro = "findings.intro_current"
    scenario = esc(a.before.structure.scenario.name)
    out.append(story.para(chapters.plural(labels, intro, len(shown_findings), scenario=scenario)))
    if official and len(shown_findings) + len(exempted) < len(a.before_findings):
        out.append(story.para(labels["kajian.findings_official"], NOTE))
    by_family: dict[Family, list[Finding]] = {}
    for f in shown_findings:
        by_family.setdefault(f.family, []).append(f)
    if not by_family:
        out.append(story.para(labels["findings.none"]))
    for family in Family:
        found = by_family.get(family)
        if not found:
            continue
        out.append(CondPageBreak(90))
        out.append(story.para(
            "<b>" + labels.fmt("findings.family_heading", family=labels.family(family.value),
                               count=labels.number(len(found))) + "</b>"))  # fmt: skip
        out.append(RowTable(columns, _finding_rows(found, labels, a.before, status, official),
                            header))  # fmt: skip
    if comparison is not None and a.after is not None:
        out.append(CondPageBreak(90))
        out.append(story.para("<b>" + labels["findings.introduced"] + "</b>"))
        after_states = chapters.status_map(a, comparison.introduced, after=True)
        introduced = [f for f in comparison.introduced
                      if chapters.printable(a, f, after_states[id(f)])]  # fmt: skip
        exempted += [f for f in comparison.introduced
                     if after_states[id(f)].status is Status.EXEMPTED]  # fmt: skip
        states.update(after_states)
        if introduced:
            out.append(RowTable(columns[:4], _finding_rows(
                introduced, labels, a.after, lambda f: "", official), header[:4]))  # fmt: skip
        else:
            out.append(story.para(labels["findings.none_introduced"]))
    if exempted:
        out.append(CondPageBreak(90))
        out.append(story.para("<b>" + labels["kajian.exempted"] + "</b>"))
        rows = []
        for number, f in enumerate(exempted, start=1):
            ctx = a.before if id(f) in {id(x) for x in a.before_findings} else (a.after or a.before)
            rows.append(Row((str(number), chapters.finding_message(f, ctx, labels),
                             states[id(f)].reason.strip() or "–")))  # fmt: skip
        out.append(RowTable([Column(0.35, "right"), Column(4.3), Column(2.8)], rows,
                            [labels["findings.no"], labels["findings.finding"],
                             labels["kajian.exempt_reason"]]))  # fmt: skip
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
    others = len(opds) - len(rows_opds)
    out.append(story.para(labels.fmt(
        "matrix.intro" if others else "matrix.intro_all", scenario=esc(ctx.structure.scenario.name),
        opds=labels.number(len(rows_opds)), others=labels.number(others),
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
    out: list[Flowable] = [CondPageBreak(160), story.sub_heading(labels["section.operations"])]
    if not ops:
        out.append(story.para(labels["operations.none"]))
        return out
    scenario = esc(after.structure.scenario.name)
    out.append(story.para(chapters.plural(labels, "operations.intro", len(ops), scenario=scenario)))
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


# -- the kajian in order (issue 14) --------------------------------------------------------------


def front_matter(
    a: Analysed,
    story: Story,
    frame: tuple[float, float, float, float],
    tick: Callable[[], None] | None = None,
) -> list[Flowable]:
    """The kajian up to its annexes: the cover, the lembar pengesahan, the contents, and
    the chapters Pendahuluan, Dasar Hukum, Evaluasi Kondisi Saat Ini, Usulan Penataan,
    Implikasi and Penutup; then the heading of the annexes."""
    tick = tick or (lambda: None)
    labels = story.labels
    out: list[Flowable] = [chapters.KajianCover(a, labels, frame[3]), PageBreak()]
    out += chapters.approval_section(a, story)
    out.append(PageBreak())
    out += contents_section(story)
    out.append(PageBreak())
    out += chapters.pendahuluan_section(a, story)
    out += chapters.dasar_hukum_section(a, story)
    out += [CondPageBreak(200), story.chapter_heading(labels["kajian.ch.evaluasi"])]
    out += summary_section(a, story)
    if a.comparison is None:
        out += comparison_section(a, story)
    tick()
    out += findings_section(a, story, frame[2])
    out += chapters.pemetaan_section(a, story)
    tick()
    out += [CondPageBreak(200), story.chapter_heading(labels["kajian.ch.usulan"])]
    if a.after is not None:
        out += operations_section(a, story)
        out += comparison_section(a, story)
        out += chapters.reform_section(a, story)
    else:
        out.append(story.para(labels["summary.no_proposal"]))
    out += chapters.implikasi_section(a, story)
    out += chapters.penutup_section(a, story)
    out += chapters.annex_divider(story)
    return out


def annexes(a: Analysed, story: Story, tick: Callable[[], None] | None = None) -> list[Flowable]:
    """The annexes after the charts: the susunan organisasi, the IKU, the pemetaan
    values; the working edition adds the list of units."""
    out = chapters.susunan_annex(a, story)
    if tick is not None:
        tick()
    out += chapters.iku_annex(a, story)
    out += chapters.pemetaan_annex(a, story)
    if not chapters.official(a):
        out += units_appendix(a, story)
    return out


def attach(a: Analysed, inputs: Any, edition: str) -> None:
    """Give ``a`` what the kajian adds to the analysis: the planner's texts, the
    findings' statuses and the pemetaan of ``inputs`` (a ``ReportInputs``), and the
    edition."""
    a.kajian = getattr(inputs, "kajian", None) or Kajian()
    a.statuses_before = dict(getattr(inputs, "statuses_before", {}) or {})
    a.statuses_after = dict(getattr(inputs, "statuses_after", {}) or {})
    a.pemetaan = getattr(inputs, "pemetaan", None)
    a.edition = edition


def document_code(a: Analysed) -> str:
    """The *kode dokumen* the footer prints (:func:`rbdesk.report.kajian.document_code`)."""
    from rbdesk.report.kajian import document_code as code

    return code(a.fingerprint, a.kajian)
