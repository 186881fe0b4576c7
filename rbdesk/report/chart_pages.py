"""The chart pages of the proposal: which charts are printed, on which paper, and how.

Terms:

* The *editions* (``ReportOptions.edition``): the *naskah pengesahan*, the clean
  document officials sign, prints every chart on one page without change colours; the
  *naskah kerja*, the planner's working copy, marks the changes and tiles a chart too
  large for a page of the report's paper (:mod:`rbdesk.report.charts`).
* A *sheet* is a page a chart may be printed on: a paper (A4, F4 = 215 × 330 mm, A3)
  in an orientation, with its text frame; each is a page template of the document
  (:func:`page_templates`). In the pengesahan edition each chart takes the first paper,
  from the report's own upward (A4, F4, A3), on which some shape of it fits one page
  with text of :data:`charts.MIN_TEXT` points or more, in the orientation (and shape)
  that sets its text largest; an OPD that even A3 cannot hold so refuses the edition
  (``error.report.opd_too_large``) before anything is written. The region's chart is
  tiled on the report's paper when no paper holds it. The kerja edition keeps to the
  report's paper, in the better orientation, and tiles what does not fit.
* The *choice* of charts: every chart by default (the region at OPD level, current and
  proposed; per OPD its current chart when the proposal changes it, then its proposed
  one; an unchanged OPD once; OPDs the proposal removes last); ``only_changed``: the
  region and the OPDs the proposal changes; ``opd``: one OPD's charts (named by number
  or exact name, in the proposal or else the current structure; an ambiguous name is
  refused with the candidates).
* A unit whose only change is its note is not marked as changed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from reportlab.platypus import Flowable, NextPageTemplate

from rbdesk.analysis.compare import UNMARKED_FIELDS, Comparison, marked_actions
from rbdesk.analysis.context import Context, build_context
from rbdesk.domain.errors import InvalidValueError
from rbdesk.domain.limits import MAX_NAME, shown
from rbdesk.domain.lookup import unit_named
from rbdesk.domain.model import Structure
from rbdesk.layout import Layout, forest, tile
from rbdesk.report import chapters, charts
from rbdesk.report.inputs import ReportError
from rbdesk.report.sections import Analysed, Story, kind_name

EDITIONS = ("pengesahan", "kerja")
#: Papers from the smallest up: a chart of the pengesahan edition takes the first one,
#: from the report's own, that holds it on one page.
PAPER_ORDER = ("A4", "F4", "A3")
#: The heading of an OPD's chart at its largest: the chapter and section headings, a
#: title and a subtitle of two lines each (used to choose shapes before the heading is
#: known; the page itself is chosen for the heading it prints).
OPD_HEADER = 22.0 + 13.0 + 2 * 13.0 + 2 * 9.5

Anchor = tuple[int, str, str]


class Frames(Protocol):
    """The report's page geometry (``rbdesk.report.writer._Geometry``)."""

    @property
    def margin(self) -> float: ...

    @property
    def landscape_margin(self) -> float: ...

    def frame(self, size: tuple[float, float], margin: float) -> tuple[float, float, float, float]:
        """``(x, y, width, height)`` of the text frame on a page of ``size``."""
        ...


@dataclass(frozen=True)
class Sheet:
    """A page a chart may be printed on (see the module docstring)."""

    paper: str
    landscape: bool
    size: tuple[float, float]
    frame: tuple[float, float, float, float]

    @property
    def id(self) -> str:
        """The id of its page template."""
        return f"chart-{self.paper}-{'landscape' if self.landscape else 'portrait'}"

    @property
    def width(self) -> float:
        return self.frame[2]

    @property
    def height(self) -> float:
        return self.frame[3]

    @property
    def tile_area(self) -> tuple[float, float]:
        """The chart area of one tile of a chart on several pages."""
        bands = charts.HEADER_BAND + 2 * charts.MARK_BAND + charts.LEGEND_BAND
        return self.width - 2 * charts.MARK_BAND, self.height - bands


def all_sheets(frames: Frames, papers: Mapping[str, tuple[float, float]]) -> list[Sheet]:
    """Every sheet, per paper landscape then portrait; the frame of a landscape page
    has the landscape margin, of a portrait page the report's margin (the footer's)."""
    out: list[Sheet] = []
    for paper in PAPER_ORDER:
        width, height = papers[paper]
        portrait = (min(width, height), max(width, height))
        for landscape in (True, False):
            size = (portrait[1], portrait[0]) if landscape else portrait
            margin = frames.landscape_margin if landscape else frames.margin
            out.append(Sheet(paper, landscape, size, frames.frame(size, margin)))
    return out


def page_templates(
    frames: Frames, papers: Mapping[str, tuple[float, float]]
) -> list[tuple[str, tuple[float, float], tuple[float, float, float, float]]]:
    """``(id, page size, frame)`` of each sheet, for the document's page templates."""
    return [(s.id, s.size, s.frame) for s in all_sheets(frames, papers)]


@dataclass(frozen=True)
class ChartChoice:
    """Which charts, and how: see the module docstring."""

    edition: str = "pengesahan"
    paper: str = "A4"
    only_changed: bool = False
    opd: str | None = None

    @property
    def official(self) -> bool:
        return self.edition != "kerja"


def chart_tags(comparison: Comparison | None) -> tuple[dict[int, str], dict[int, str]]:
    """``(after, before)``: unit id → the labels of its changes (``Add``,
    ``Move|Change`` …) in each scenario; a Change of the note alone is left out (and a
    Move whose only other change is the note is a Move)."""
    after: dict[int, list[str]] = {}
    before: dict[int, list[str]] = {}
    if comparison is None:
        return {}, {}
    for change in comparison.changes:
        actions = marked_actions(change, UNMARKED_FIELDS)
        if not actions:
            continue
        label = "|".join(x.value for x in actions)
        for uid in change.after:
            after.setdefault(uid, []).append(label)
        for uid in change.before:
            before.setdefault(uid, []).append(label)

    def joined(tags: dict[int, list[str]]) -> dict[int, str]:
        return {uid: "|".join(dict.fromkeys(labels)) for uid, labels in tags.items()}

    return joined(after), joined(before)


def resolve_opd(
    text: str, after: Context | None, before: Context, is_opd: Callable[[str], bool]
) -> tuple[str, int]:
    """``("after" | "before", unit id)`` of the OPD ``text`` names: in the proposal if
    any, else in the current structure. Raises ``lookup.ambiguous`` (with the
    candidates), ``lookup.unknown`` or ``report.not_opd``."""
    sides = [("after", after), ("before", before)] if after is not None else [("before", before)]
    name = text.strip()
    for side, ctx in sides:
        assert ctx is not None
        units = ctx.structure.units
        # an OPD of that name before any other unit of that name
        hits = sorted(uid for uid, u in units.items() if u.name == name and is_opd(u.kind))
        if len(hits) > 1:
            raise InvalidValueError("lookup.ambiguous", name=name, count=len(hits),
                                    candidates=tuple(f"{uid} ({units[uid].name})"
                                                     for uid in hits))  # fmt: skip
        if hits and not (name.isdigit() and int(name) in units):
            return side, hits[0]
    for n, (side, ctx) in enumerate(sides):
        assert ctx is not None
        try:
            uid = unit_named(ctx.structure, text, is_opd)
        except InvalidValueError as exc:
            if exc.code == "lookup.unknown" and n + 1 < len(sides):
                continue
            if exc.code == "lookup.ambiguous":  # units of that name, none an OPD
                raise ReportError("report.not_opd", name=shown(name, MAX_NAME),
                                  scenario=ctx.structure.scenario.name) from exc  # fmt: skip
            raise
        unit = ctx.structure.units[uid]
        if not is_opd(unit.kind):
            raise ReportError("report.not_opd", name=shown(unit.name, MAX_NAME),
                              scenario=ctx.structure.scenario.name)  # fmt: skip
        return side, uid
    raise AssertionError("unreachable")


def _name(text: str) -> str:
    return shown(text, MAX_NAME)


class _Placer:
    """Puts each chart on its sheet (see the module docstring)."""

    def __init__(self, sheets: list[Sheet], choice: ChartChoice) -> None:
        own = PAPER_ORDER.index(choice.paper)
        papers = PAPER_ORDER[own:] if choice.official else PAPER_ORDER[own : own + 1]
        self.groups = [[s for s in sheets if s.paper == p] for p in papers]
        self.home = next(s for s in sheets if s.paper == choice.paper and s.landscape)

    @property
    def wrap(self) -> tuple[float, float]:
        """Width and shape of the chart area of an OPD on the report's own paper."""
        width, height = charts.one_page_area(self.home.width, self.home.height, OPD_HEADER)
        return width, width / max(height, 1.0)

    def fit_scale(self, texts: charts.BoxTexts, layout: Layout) -> float:
        """The best one-page scale on the report's own paper under the largest
        heading of an OPD chart."""
        return max(self._scale(layout, s, OPD_HEADER) for s in self.groups[0])

    @staticmethod
    def _scale(layout: Layout, sheet: Sheet, header: float) -> float:
        w, h = charts.one_page_area(sheet.width, sheet.height, header)
        if w <= 0 or h <= 0:
            return 0.0
        return min(1.0, w / max(layout.width, 1.0), h / max(layout.height, 1.0))

    def place(
        self,
        shapes: Sequence[charts.Shaped],
        title: str,
        subtitle: str,
        anchors: Sequence[Anchor],
        *,
        may_tile: bool,
    ) -> charts.Chart | None:
        """The chart on the first paper that holds it on one page (largest text, then
        the earlier shape and sheet); else tiled on the report's own paper when
        ``may_tile``; else ``None``."""
        for group in self.groups:
            best: tuple[float, charts.Shaped, Sheet, float] | None = None
            for shaped in shapes:
                texts, layout = shaped
                smallest = min(texts.name_size, charts.DETAIL_SIZE)
                for sheet in group:
                    header = charts.header_height(anchors, title, subtitle, sheet.width)
                    scale = self._scale(layout, sheet, header)
                    if scale < texts.least_scale - 1e-9:
                        continue
                    size = scale * smallest
                    if best is None or size > best[0] + 1e-9:
                        best = (size, shaped, sheet, scale)
            if best is not None:
                _, (texts, layout), sheet, scale = best
                chart = charts.Chart(layout, texts, title, subtitle, scale=scale,
                                     tiles=tile(layout, layout.width, layout.height))  # fmt: skip
                chart.sheet = sheet
                return chart
        if not may_tile:
            return None
        home = self.home
        header = charts.header_height(anchors, title, subtitle, home.width)
        whole = charts.one_page_area(home.width, home.height, header)
        found: charts.Chart | None = None
        for texts, layout in shapes:
            chart = charts.fit(charts.Chart(layout, texts, title, subtitle), *home.tile_area, whole)
            if found is None or (chart.pages, -chart.scale) < (found.pages, -found.scale):
                found = chart
        assert found is not None
        found.sheet = home
        return found


def charts_section(
    a: Analysed,
    story: Story,
    frames: Frames,
    papers: Mapping[str, tuple[float, float]],
    choice: ChartChoice,
    tick: Callable[[], None] | None = None,
    *,
    numbered: bool = True,
    title: str | None = None,
) -> list[Flowable]:
    """The chart pages of ``a`` (a ``sections.Analysed``) as ``choice`` says, each
    preceded by the template of its sheet: the caller breaks the page before the first
    (or makes its template the document's first). ``story`` (a ``sections.Story``)
    numbers the chapter (``numbered``) and collects the contents' entries; ``title``
    is the chapter's heading (default: the label ``section.charts``)."""
    labels = story.labels
    catalogue = a.catalogue
    placer = _Placer(all_sheets(frames, papers), choice)
    official = choice.official
    comparison = a.comparison
    after_tags, before_tags = chart_tags(comparison)
    # the pengesahan edition marks no change
    after_marks = {} if official else after_tags
    before_marks = {} if official else before_tags
    kinds = catalogue.kinds

    def is_opd(kind: str) -> bool:
        entry = kinds.get(kind)
        return entry is not None and entry.opd

    wanted: tuple[str, int] | None = None
    if choice.opd is not None:
        wanted = resolve_opd(choice.opd, a.after, a.before, is_opd)

    title_text = title if title is not None else labels["section.charts"]
    if numbered:
        story.chapter += 1
        title_text = f"{story.chapter}  {title_text}"
    story.sub = 0
    pending: list[Anchor] = [(0, title_text, story.anchor(title_text, 0))]
    pages: list[Flowable] = []

    def emit(chart: charts.Chart, extra: Sequence[Anchor] = ()) -> None:
        if tick is not None:
            tick()
        pending.extend(extra)
        sheet = chart.sheet
        assert sheet is not None
        for index in range(max(1, len(chart.tiles))):
            anchors = list(pending) if index == 0 else []
            if index == 0:
                pending.clear()
            pages.append(NextPageTemplate(sheet.id))
            pages.append(charts.ChartPage(chart, index, labels, story.marks, sheet.height,
                                          anchors))  # fmt: skip

    def sub_anchor(title: str) -> Anchor:
        story.sub += 1
        text = f"{story.chapter}.{story.sub}  {title}" if numbered else title
        return (1, text, story.anchor(text, 1))

    def plan_links(ctx: Context) -> list[tuple[int, int]]:
        return [(link.from_id, link.to_id) for link in ctx.structure.links]

    def styled(chart: charts.Chart, ctx: Context, extra: Sequence[tuple[int, int]] = ()) -> None:
        chart.dashed = charts.dashed_children(chart.layout, ctx.structure)
        chart.links = charts.coordination_lines(chart.layout, [*extra, *plan_links(ctx)])

    # -- the region at OPD level ---------------------------------------------------------
    sides: list[tuple[Context, dict[int, str], str]] = [(a.before, before_marks, "current")]
    if a.after is not None:
        sides.append((a.after, after_marks, "proposal"))
    if wanted is None:
        region_anchor = [sub_anchor(labels["charts.region"])]
        for ctx, marks, role in sides:
            opds = forest.subtrees_by_opd(ctx.structure, catalogue)
            title = labels.fmt(f"charts.region_{role}", scenario=_name(ctx.structure.scenario.name))
            sub = labels.fmt("charts.region_sub", opds=labels.number(len(opds)),
                             units=labels.number(len(ctx.structure.units)))  # fmt: skip
            heading = [*pending, *region_anchor]
            # grouped by kind; in one block when only that fits a page
            chart = None
            for grouped in (True, False):
                form = charts.region_form(ctx.structure, catalogue, labels, opds,
                                          grouped=grouped)  # fmt: skip
                texts = charts.BoxTexts(form.structure, catalogue, labels, marks,
                                        hidden_line=True)  # fmt: skip
                shapes = charts.region_layouts(form, texts, opds, placer.fit_scale)
                # more boxes than any page holds: tiled as it is
                many = len(shapes[0][1].boxes) > charts.MANY_BOXES
                chart = placer.place(shapes, title, sub, heading, may_tile=many or not grouped)
                if chart is not None:
                    break
            assert chart is not None
            chart.legend = comparison is not None and not official
            styled(chart, ctx, form.links)
            emit(chart, region_anchor)
            region_anchor = []

    # -- one chart per OPD -------------------------------------------------------------------
    opd_anchor = [sub_anchor(labels["charts.per_opd"])]
    before = a.before
    after = a.after
    before_opds = forest.subtrees_by_opd(before.structure, catalogue)
    after_opds = forest.subtrees_by_opd(after.structure, catalogue) if after is not None else []
    # which OPDs: (scenario role, OPD, its origins printed before it)
    plan: list[tuple[str, int, list[int]]] = []
    if after is None:
        plan = [("before", opd, []) for opd in before_opds]
        if choice.only_changed:
            plan = []
    else:
        assert comparison is not None
        before_set = set(before_opds)
        subtree = _subtrees(after, after_opds)
        before_subtree = _subtrees(before, before_opds)
        drawn: set[int] = set()
        for opd in after_opds:
            origins = [b for b in comparison.origins.get(opd, ()) if b in before_set]
            changed = any(uid in after_tags for uid in subtree[opd]) or any(
                uid in before_tags for b in origins for uid in before_subtree[b]
            )
            drawn.update(origins)
            if choice.only_changed and not changed:
                continue
            plan.append(("after", opd, origins if changed else []))
        for b in before_opds:
            if b not in drawn:
                plan.append(("removed", b, []))
    if wanted is not None:
        side, uid = wanted
        if side == "after":
            plan = [p for p in plan if p[0] == "after" and p[1] == uid]
            if not plan:  # the OPD itself, also when --only-changed left it out
                plan = [("after", uid, [])]
        else:
            plan = [p for p in plan if (p[0] != "after" and p[1] == uid) or uid in p[2]]
            if not plan:
                plan = [("removed", uid, [])]

    needed_before = {b for role, opd, origins in plan for b in
                     ([opd] if role != "after" else origins)}  # fmt: skip
    needed_after = [opd for role, opd, _ in plan if role == "after"]
    if not plan:
        return pages
    before_texts = charts.BoxTexts(before.structure, catalogue, labels, before_marks)
    before_shapes = charts.opd_layouts(before.structure, before_texts,
                                       [b for b in before_opds if b in needed_before],
                                       placer.fit_scale, placer.wrap)  # fmt: skip
    after_shapes: dict[int, list[charts.Shaped]] = {}
    if after is not None:
        after_texts = charts.BoxTexts(after.structure, catalogue, labels, after_marks)
        after_shapes = charts.opd_layouts(after.structure, after_texts,
                                          [o for o in after_opds if o in set(needed_after)],
                                          placer.fit_scale, placer.wrap)  # fmt: skip

    charts_out: list[tuple[list[Anchor], charts.Chart]] = []

    def chart_of(ctx: Context, opd: int, shapes: list[charts.Shaped], key: str, name: str,
                 note: str, anchors: Sequence[Anchor]) -> charts.Chart:  # fmt: skip
        unit = ctx.units[opd]
        title = labels.fmt(key, name=name, scenario=_name(ctx.structure.scenario.name))
        count = len(shapes[0][1].boxes) if shapes else 0
        sub = labels.fmt("charts.opd_sub", kind=kind_name(catalogue, labels, unit.kind),
                         units=labels.number(count))  # fmt: skip
        if note and not official:
            sub += " · " + note
        lead = list(pending) if not charts_out else []
        chart = placer.place(shapes, title, sub, [*lead, *anchors], may_tile=not official)
        if chart is None:
            raise ReportError("report.opd_too_large", name=_name(unit.name),
                              scenario=_name(ctx.structure.scenario.name))  # fmt: skip
        chart.legend = a.after is not None and not official
        styled(chart, ctx)
        return chart

    def note(count: int) -> str:
        if a.after is None:
            return ""
        if count:
            return chapters.plural(labels, "charts.changed", count)
        return labels["charts.unchanged"]

    def changed_in(shapes: list[charts.Shaped], tags: Mapping[int, str]) -> int:
        return sum(uid in tags for uid in shapes[0][1].boxes) if shapes else 0

    # Every chart is placed before any is emitted: an OPD too large is refused before
    # the pages of the others are made.
    for role, opd, origins in plan:
        if role == "before":
            name = _name(before.name(opd))
            entry = (2, name, story.anchor(name, 2))
            chart = chart_of(before, opd, before_shapes[opd], "charts.opd", name, "",
                             [*opd_anchor, entry])  # fmt: skip
            charts_out.append(([*opd_anchor, entry], chart))
        elif role == "removed":
            name = _name(before.name(opd))
            entry = (2, name, story.anchor(name, 2))
            removed = changed_in(before_shapes[opd], before_tags)
            chart = chart_of(before, opd, before_shapes[opd], "charts.opd_removed", name,
                             note(removed), [*opd_anchor, entry])  # fmt: skip
            charts_out.append(([*opd_anchor, entry], chart))
        else:
            assert after is not None
            shapes = after_shapes[opd]
            changed_after = changed_in(shapes, after_tags)
            changed_before = sum(changed_in(before_shapes[b], before_tags) for b in origins)
            name = _name(after.name(opd))
            if origins:
                for old_name in [_name(before.name(b)) for b in origins]:
                    if old_name != _name(after.name(opd)):
                        name = labels.fmt("charts.renamed", name=name, old=old_name)
            entry = (2, name, story.anchor(name, 2))
            anchors: list[Anchor] = [*opd_anchor, entry]
            count = max(changed_after, changed_before)
            for b in origins:
                chart = chart_of(before, b, before_shapes[b], "charts.opd_current",
                                 _name(before.name(b)), note(changed_before), anchors)  # fmt: skip
                charts_out.append((anchors, chart))
                anchors = []
            chart = chart_of(after, opd, shapes, "charts.opd_proposal", _name(after.name(opd)),
                             note(count), anchors)  # fmt: skip
            charts_out.append((anchors, chart))
        opd_anchor = []
    for anchors, chart in charts_out:
        emit(chart, anchors)
    return pages


def opd_view(a: Analysed, text: str) -> Analysed:
    """``a`` whose shown scenario (the proposal, else the current structure) holds only
    the OPD ``text`` names and what stands under it: the appendices of units and IKU
    of ``--opd`` list that OPD's alone (resolved as :func:`resolve_opd`)."""
    kinds = a.catalogue.kinds

    def is_opd(kind: str) -> bool:
        entry = kinds.get(kind)
        return entry is not None and entry.opd

    side, uid = resolve_opd(text, a.after, a.before, is_opd)
    ctx = a.after if side == "after" and a.after is not None else a.before
    structure = ctx.structure
    children = structure.children()
    ids = {uid}
    stack = list(children.get(uid, ()))
    while stack:
        unit = stack.pop()
        if unit not in ids:
            ids.add(unit)
            stack.extend(children.get(unit, ()))
    units = {u: replace(structure.units[u], parent_id=None) if u == uid else structure.units[u]
             for u in sorted(ids)}  # fmt: skip
    part = Structure(
        structure.scenario,
        units,
        [x for x in structure.assignments if x.unit_id in ids],
        [x for x in structure.positions if x.unit_id in ids],
        [x for x in structure.links if x.from_id in ids and x.to_id in ids],
        [],
        [x for x in structure.iku if x.unit_id in ids],
        [x for x in structure.lineage if x.unit_id in ids],
    )
    shown_ctx = build_context(part, ctx.region, ctx.catalogue)
    if side == "after":
        return replace(a, after=shown_ctx)
    return replace(a, after=None, before=shown_ctx)


def _subtrees(ctx: Context, opds: Sequence[int]) -> dict[int, list[int]]:
    """The units of each OPD's chart: the OPD and what stands under it, down to (not
    into) another OPD (one walk of the tree)."""
    children = ctx.structure.children()
    stops = set(opds)
    out: dict[int, list[int]] = {}
    for opd in opds:
        found = [opd]
        stack = list(children.get(opd, ()))
        while stack:
            uid = stack.pop()
            found.append(uid)
            if uid not in stops:
                stack.extend(children.get(uid, ()))
        out[opd] = found
    return out


def first_sheet(flowables: Sequence[Flowable]) -> str | None:
    """The template of the first chart page of ``flowables`` (None: no chart page)."""
    for flowable in flowables:
        if isinstance(flowable, charts.ChartPage):
            sheet = flowable.chart.sheet
            return sheet.id if sheet is not None else None
    return None


__all__ = [
    "EDITIONS",
    "ChartChoice",
    "Sheet",
    "all_sheets",
    "chart_tags",
    "charts_section",
    "first_sheet",
    "opd_view",
    "page_templates",
    "resolve_opd",
]
