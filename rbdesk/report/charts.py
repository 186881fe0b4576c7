"""Organisation charts of the proposal, drawn as vectors on landscape pages.

The boxes stand where :func:`rbdesk.layout.layout_tree` puts them, the same tidy
layout the window draws with; this module measures each box for its text and draws.

Terms:

* A *chart* is one layout (the region at OPD level, or one OPD) with the texts of its
  boxes. Its *scale* is the largest at most 1 that fits the page's chart area; when
  that would set the smallest text below :data:`MIN_TEXT` points, the chart is drawn
  at the scale that gives exactly that size and split into *tiles*, one per page
  (:func:`rbdesk.layout.tiling.tile_in_gaps`: every cut falls between boxes, and a
  tile with no box is left out), each with marks naming the page that continues it on
  each side.
* A chart has several *shapes* (layout options, box width, name size), tried in
  order of preference: first the ordinary one scaled to fit, then more compact ones
  (leaf children stacked, tighter gaps, narrower boxes, names at the detail size),
  and only when no shape fits one page at :data:`MIN_TEXT` or more is it tiled, in
  the shape that needs the fewest pages. A chart on one page needs no band for the
  continuation marks and takes all of the page below its heading.
* A box is *marked* when the comparison lists a change for its unit: a tag under the
  unit's name says which (new, merged, moved ...), and its border takes the colour
  of the change.
* The *official form* (the charts of a Perda or Perbup annex): a *garis komando* (line of
  command) is solid, a *garis koordinasi* (line of coordination) dashed: a functional
  group's line to its parent, the plan's coordination links, the head of the region to
  the DPRD. The region's chart (:func:`region_form`) groups the OPDs by kind and puts
  the Sekretariat DPRD under a DPRD box beside the head; the wakil and the staf ahli
  hang beside the head's line. :mod:`rbdesk.report.chart_pages` chooses each chart's
  shape (:func:`opd_layouts`, :func:`region_layouts`) and page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from rbdesk.domain.limits import MAX_NAME
from rbdesk.domain.model import Structure, Unit
from rbdesk.i18n import Labels
from rbdesk.layout import Layout, LayoutOptions, Tile, layout_charts, layout_tree, tile
from rbdesk.layout.geometry import Box, Edge, Point
from rbdesk.layout.tiling import boxes_on_tiles, tile_in_gaps
from rbdesk.report.fonts import BOLD, REGULAR, text_width, wrap
from rbdesk.report.pages import ACCENT, INK, MUTED, Marks
from rbdesk.rules.catalogue import Catalogue

if TYPE_CHECKING:
    from rbdesk.report.chart_pages import Sheet

#: Smallest text size on a chart page, in points: charts are never shrunk below it.
MIN_TEXT = 6.0
NAME_SIZE = 8.0
DETAIL_SIZE = 7.0
BOX_WIDTH = 132.0
PAD = 4.0
#: Space around the chart area for the continuation marks.
MARK_BAND = 13.0
#: Height of the band above the chart: chapter and section headings, title, subtitle.
HEADER_BAND = 80.0
#: Space between the heading of a one-page chart and the chart.
HEADER_GAP = 4.0
#: Height kept free at the foot of a one-page chart for the legend.
LEGEND_BAND = 10.0
#: Lines of a unit's name in its box, and of its details and its change tag: a longer
#: text ends with an ellipsis, so that a box stays far smaller than a page.
NAME_LINES = 8
DETAIL_LINES = 3

OPTIONS = LayoutOptions(
    sibling_gap=12.0, subtree_gap=22.0, tree_gap=40.0, level_gap=26.0,
    stack_threshold=6, stack_rows=8, stack_gap=7.0, stub=10.0,
)  # fmt: skip

EDGE = colors.HexColor("#78909c")
FILL_OPD = colors.HexColor("#e3f2fd")
FILL_LINE = colors.white
FILL_SIDE = colors.HexColor("#f1f8e9")
FILL_GROUP = colors.HexColor("#eceff1")

#: Kinds of the boxes a chart draws that are no unit of the plan: the DPRD beside the
#: head of the region, and the heading of a group of OPDs of one kind (their names are
#: the label of the box; they have no details and no change tag).
DPRD_KIND = "rbdesk:dprd"
GROUP_KIND = "rbdesk:group"
PSEUDO_KINDS = frozenset({DPRD_KIND, GROUP_KIND})
#: Dash pattern of a garis koordinasi (a garis komando is solid).
DASH = (3.0, 2.0)

#: Colour of a change, by the first action of its label.
CHANGE_COLOURS: dict[str, Color] = {
    "Add": colors.HexColor("#2e7d32"),
    "Delete": colors.HexColor("#c62828"),
    "Merge": colors.HexColor("#6a1b9a"),
    "Split": colors.HexColor("#6a1b9a"),
    "Move": colors.HexColor("#e65100"),
    "Change": colors.HexColor("#e65100"),
}


#: Tighter spacing, for the compact shapes of a chart that does not fit otherwise.
COMPACT = replace(OPTIONS, sibling_gap=8.0, subtree_gap=14.0, level_gap=16.0, stack_gap=4.0,
                  stub=8.0)  # fmt: skip
TIGHTEST = replace(OPTIONS, sibling_gap=6.0, subtree_gap=12.0, level_gap=10.0, stack_gap=3.0,
                   stub=7.0)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Shape:
    """How a chart is laid out: the layout options, the width of a box and the size of
    the unit names (the details are always :data:`DETAIL_SIZE`)."""

    options: LayoutOptions
    box_width: float = BOX_WIDTH
    name_size: float = NAME_SIZE


_HYPHENATED = re.compile(r"\S+-\S+")


def at_hyphens(text: str, font: str, size: float, width: float) -> str:
    """``text`` with a space after the hyphens of each word too wide for ``width``, so
    that a line breaks there ("Perundang-" / "undangan"), not inside the word; the
    parts of such a word never meet on one line again (together they are too wide)."""
    if "-" not in text or len(text) > MAX_NAME:
        return text

    def spaced(match: re.Match[str]) -> str:
        word = match.group()
        if text_width(word, font, size) <= width:
            return word
        return re.sub(r"-(?=\S)", "- ", word)

    return _HYPHENATED.sub(spaced, text)


@dataclass(frozen=True, slots=True)
class BoxText:
    name: tuple[str, ...]
    detail: tuple[str, ...]
    tag: tuple[str, ...]
    action: str
    fill: Color
    height: float


class BoxTexts:
    """The texts of the boxes of one scenario, measured once: also the layout's
    ``measure``. ``tags`` maps unit ids to change labels (``Merge``, ``Move|Change``);
    with ``hidden_line`` every OPD box keeps a line for its count of hidden units.
    Boxes are ``box_width`` wide and names set at ``name_size`` points."""

    def __init__(
        self,
        structure: Structure,
        catalogue: Catalogue,
        labels: Labels,
        tags: Mapping[int, str],
        *,
        hidden_line: bool = False,
        box_width: float = BOX_WIDTH,
        name_size: float = NAME_SIZE,
    ) -> None:
        self.structure = structure
        self.catalogue = catalogue
        self.labels = labels
        self.tags = tags
        self.hidden_line = hidden_line
        self.box_width = box_width
        self.name_size = name_size
        self.texts: dict[int, BoxText] = {}
        self._variants: dict[tuple[float, float], BoxTexts] = {(box_width, name_size): self}

    @property
    def least_scale(self) -> float:
        """The smallest scale that keeps every text at :data:`MIN_TEXT` points or more."""
        return MIN_TEXT / min(self.name_size, DETAIL_SIZE)

    def variant(self, box_width: float, name_size: float) -> BoxTexts:
        """The same texts in boxes of another width or with names of another size
        (made once, shared)."""
        key = (box_width, name_size)
        found = self._variants.get(key)
        if found is None:
            found = BoxTexts(self.structure, self.catalogue, self.labels, self.tags,
                             hidden_line=self.hidden_line, box_width=box_width,
                             name_size=name_size)  # fmt: skip
            found._variants = self._variants
            self._variants[key] = found
        return found

    def _kind_name(self, kind: str) -> str:
        entry = self.catalogue.kinds.get(kind)
        if entry is None:
            return kind
        return entry.name_id if self.labels.lang == "id" else entry.name_en

    def text(self, unit: Unit) -> BoxText:
        found = self.texts.get(unit.id)
        if found is not None:
            return found
        inner = self.box_width - 2 * PAD
        name = tuple(wrap(at_hyphens(unit.name, BOLD, self.name_size, inner), BOLD,
                          self.name_size, inner, NAME_LINES))  # fmt: skip
        if unit.kind in PSEUDO_KINDS:
            fill = FILL_GROUP if unit.kind == GROUP_KIND else FILL_LINE
            height = len(name) * self.name_size * 1.18 + 2 * PAD + 1
            text = BoxText(name, (), (), "", fill, height)
            self.texts[unit.id] = text
            return text
        parts = [self._kind_name(unit.kind)]
        if unit.unit_type:
            parts.append(self.labels.fmt("chart.type", type=unit.unit_type))
        if unit.eselon:
            parts.append(self.labels.fmt("chart.eselon", eselon=unit.eselon))
        detail = tuple(wrap(" · ".join(parts), REGULAR, DETAIL_SIZE, inner, DETAIL_LINES))
        label = self.tags.get(unit.id, "")
        action = label.split("|")[0] if label else ""
        tag = (tuple(wrap(self.labels.action(label), BOLD, DETAIL_SIZE, inner, DETAIL_LINES))
               if label else ())  # fmt: skip
        kind = self.catalogue.kinds.get(unit.kind)
        fill = FILL_LINE
        if kind is not None and kind.opd:
            fill = FILL_OPD
        elif kind is not None and not kind.structural:
            fill = FILL_SIDE
        lines = len(name) * self.name_size * 1.18 + (len(detail) + len(tag)) * DETAIL_SIZE * 1.2
        if self.hidden_line and kind is not None and kind.opd:
            lines += DETAIL_SIZE * 1.2
        text = BoxText(name, detail, tag, action, fill, lines + 2 * PAD + 1)
        self.texts[unit.id] = text
        return text

    def measure(self, unit: Unit) -> tuple[float, float]:
        return self.box_width, self.text(unit).height


@dataclass
class Chart:
    """One chart ready to draw: its layout, texts, scale and tiles."""

    layout: Layout
    texts: BoxTexts
    title: str
    subtitle: str
    legend: bool = True
    scale: float = 1.0
    tiles: list[Tile] = field(default_factory=list)
    #: The page the chart is printed on; ``None`` for the report's landscape page.
    sheet: Sheet | None = None
    #: Children whose connector from their parent is a garis koordinasi (dashed).
    dashed: frozenset[int] = frozenset()
    #: More garis koordinasi, as polylines in the layout's coordinates: the plan's
    #: coordination links between two units of the chart, the head of the region to
    #: the DPRD.
    links: tuple[tuple[Point, ...], ...] = ()
    _on_tile: list[list[Box]] | None = field(default=None, repr=False)
    _too_large: frozenset[int] | None = field(default=None, repr=False)
    _edges_of: dict[int, list[int]] | None = field(default=None, repr=False)

    @property
    def pages(self) -> int:
        return max(1, len(self.tiles))

    @property
    def on_tile(self) -> list[list[Box]]:
        """The boxes each tile shares area with, by tile index (found once, when the
        chart is drawn: the shapes a chart does not take are never asked)."""
        if self._on_tile is None:
            if len(self.tiles) == 1:
                self._on_tile = [list(self.layout)]
            else:
                self._on_tile = boxes_on_tiles(self.layout, self.tiles)
        return self._on_tile

    @property
    def too_large(self) -> frozenset[int]:
        """Ids of the boxes whole on no tile (larger than a page): drawn cut on each
        tile."""
        if self._too_large is None:
            whole = {b.unit_id for t, on in zip(self.tiles, self.on_tile, strict=True)
                     for b in on if t.contains(b)}  # fmt: skip
            self._too_large = frozenset(uid for uid in self.layout.boxes if uid not in whole)
        return self._too_large

    def edges_at(self, unit_ids: Collection[int]) -> list[Edge]:
        """The edges to or from any of ``unit_ids``, in the layout's order: found
        through an index of the edges by unit, so a page costs its own boxes."""
        if self._edges_of is None:
            self._edges_of = {}
            for n, edge in enumerate(self.layout.edges):
                self._edges_of.setdefault(edge.parent_id, []).append(n)
                self._edges_of.setdefault(edge.child_id, []).append(n)
        found = {n for uid in unit_ids for n in self._edges_of.get(uid, ())}
        edges = self.layout.edges
        return [edges[n] for n in sorted(found)]


def fit(
    chart: Chart,
    area_width: float,
    area_height: float,
    whole: tuple[float, float] | None = None,
) -> Chart:
    """Choose the scale and the tiles of ``chart``: on one page when it fits the area
    ``whole`` (default: the chart area) with text of :data:`MIN_TEXT` points or more,
    else tiled at that size over chart areas of ``area_width`` × ``area_height``."""
    layout = chart.layout
    chart._on_tile = chart._too_large = None
    if not layout.boxes:
        chart.scale, chart.tiles = 1.0, []
        return chart
    least = chart.texts.least_scale
    one_w, one_h = whole if whole is not None else (area_width, area_height)
    scale = min(1.0, one_w / max(layout.width, 1.0), one_h / max(layout.height, 1.0))
    if scale >= least:
        chart.scale = scale
        chart.tiles = tile(layout, layout.width, layout.height)
        return chart
    chart.scale = least
    chart.tiles = tile_in_gaps(layout, area_width / least, area_height / least)
    return chart


def header_height(
    anchors: Sequence[tuple[int, str, str]], title: str, subtitle: str, width: float
) -> float:
    """Height of the heading of a chart page as :class:`ChartPage` prints it."""
    height = 0.0
    for level, _, _ in anchors:
        height += 22.0 if level == 0 else 13.0 if level == 1 else 0.0
    height += 13.0 * len(wrap(title, BOLD, 10.5, width, 2))
    height += 9.5 * len(wrap(subtitle, REGULAR, 7.5, width, 2))
    return height


def one_page_area(frame_width: float, frame_height: float, header: float) -> tuple[float, float]:
    """The chart area of a chart on one page under a heading ``header`` high."""
    return frame_width, frame_height - 0.5 - header - HEADER_GAP - LEGEND_BAND


def _outline(text: str, key: str, level: int, x: float, y: float) -> Callable[[Canvas], None]:
    def add(c: Canvas) -> None:
        c.bookmarkHorizontal(key, x, y)
        c.addOutlineEntry(text, key, level=level, closed=level > 0)

    return add


class ChartPage(Flowable):
    """One page of a chart: a tile of it with its title, the legend and the marks to
    the pages that continue it. Takes a whole landscape frame. ``anchors`` are
    ``(level, text, key)`` entries of the table of contents and the outline that start
    on this page; one of level 0 opens a chapter and is printed as its heading."""

    def __init__(
        self,
        chart: Chart,
        index: int,
        labels: Labels,
        marks: Marks,
        frame_height: float,
        anchors: Sequence[tuple[int, str, str]] = (),
    ) -> None:
        super().__init__()
        self.chart = chart
        self.index = index
        self.labels = labels
        self.marks = marks
        self.frame_height = frame_height
        self.anchors = list(anchors)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = self.frame_height - 0.5
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        page = canv.getPageNumber()
        top = self.height
        x, y = canv.absolutePosition(0, top)
        for level, text, key in self.anchors:
            if level == 0:
                canv.setFillColor(ACCENT)
                canv.setFont(BOLD, 15)
                canv.drawString(0, top - 13, text)
                top -= 22
            elif level == 1:
                canv.setFillColor(ACCENT)
                canv.setFont(BOLD, 9.5)
                canv.drawString(0, top - 9, text)
                top -= 13
            self.marks.pages[key] = page
            self.marks.defer(page, _outline(text, key, level, x, y))
        chart = self.chart
        count = len(chart.tiles)
        title = chart.title
        canv.setFillColor(INK)
        canv.setFont(BOLD, 10.5)
        for line in wrap(title, BOLD, 10.5, self.width, 2):
            canv.drawString(0, top - 10, line)
            top -= 13
        sub = chart.subtitle
        if count > 1:
            current = chart.tiles[self.index]
            sub += " · " + self.labels.fmt(
                "chart.tile", part=self.index + 1, parts=count, row=current.row + 1,
                column=current.column + 1,
            )  # fmt: skip
        canv.setFillColor(MUTED)
        canv.setFont(REGULAR, 7.5)
        for line in wrap(sub, REGULAR, 7.5, self.width, 2):
            canv.drawString(0, top - 9, line)
            top -= 9.5
        self._legend(2)
        if count == 1:
            # One page: no continuation marks, the chart takes all below the heading.
            area_top = top - HEADER_GAP
            area_left = 0.0
            area_width = self.width
            area_height = area_top - LEGEND_BAND
        else:
            area_top = self.height - HEADER_BAND - MARK_BAND
            area_left = MARK_BAND
            area_width = self.width - 2 * MARK_BAND
            # the mark below the chart stands above the legend
            area_height = area_top - MARK_BAND - LEGEND_BAND
        if not chart.tiles:
            canv.setFont(REGULAR, 9)
            canv.drawString(area_left, area_top - 12, self.labels["chart.empty"])
            return
        current = chart.tiles[self.index]
        self._draw_tile(current, area_left, area_top, area_width, area_height)
        self._continuations(current, page, area_left, area_top, area_width, area_height)

    def _legend(self, baseline: float) -> None:
        """The kinds of line, then (when the chart marks changes) the change colours."""
        canv = self.canv
        labels = self.labels
        x = 0.0
        canv.setFont(REGULAR, 7)
        canv.setLineWidth(0.8)
        canv.setStrokeColor(EDGE)
        for key, dash in (("legend.command", False), ("legend.coordination", True)):
            if dash:
                canv.setDash(*DASH)
            canv.line(x, baseline + 2.5, x + 18, baseline + 2.5)
            canv.setDash()
            x += 22
            canv.setFillColor(MUTED)
            canv.drawString(x, baseline, labels[key])
            x += canv.stringWidth(labels[key], REGULAR, 7) + 12
        if not self.chart.legend:
            return
        x += 6
        items = [(CHANGE_COLOURS[a], labels[f"legend.{a}"]) for a in ("Add", "Merge", "Move")]
        items.append((CHANGE_COLOURS["Delete"], labels["legend.Delete"]))
        canv.setFillColor(MUTED)
        canv.drawString(x, baseline, labels["legend.title"])
        x += canv.stringWidth(labels["legend.title"], REGULAR, 7) + 6
        for colour, text in items:
            canv.setStrokeColor(colour)
            canv.setFillColor(colors.white)
            canv.setLineWidth(1.6)
            canv.rect(x, baseline - 0.5, 7, 7, stroke=1, fill=1)
            x += 10
            canv.setFillColor(MUTED)
            canv.drawString(x, baseline, text)
            x += canv.stringWidth(text, REGULAR, 7) + 12

    def _draw_tile(
        self, current: Tile, left: float, top: float, width: float, height: float
    ) -> None:
        canv = self.canv
        chart = self.chart
        s = chart.scale
        layout = chart.layout
        # Centre a chart that fits on one page; a tile stands against the side where
        # it continues, next to the mark naming the page.
        spare_x = max(0.0, width - current.width * s)
        spare_y = max(0.0, height - current.height * s)
        if len(chart.tiles) == 1:
            dx = left + spare_x / 2
            top -= spare_y / 3
        else:
            right_only = current.right is not None and current.left is None
            dx = left + (spare_x if right_only else 0.0)
            if current.below is not None and current.above is None:
                top -= spare_y
        canv.saveState()
        canv.translate(dx - current.x * s, top + current.y * s)
        canv.scale(s, s)
        path = canv.beginPath()
        # A hair wider than the tile, so that the borders of the outermost boxes show.
        path.rect(current.x - 2, -(current.y + current.height + 2), current.width + 4,
                  current.height + 4)  # fmt: skip
        canv.clipPath(path, stroke=0, fill=0)
        canv.setStrokeColor(EDGE)
        canv.setLineWidth(0.7)
        x0, x1 = current.x, current.x + current.width
        y0, y1 = current.y, current.y + current.height
        # The boxes of this page: those whole on it (a box the page edge would cut is
        # drawn whole on a neighbouring tile), and any box larger than a page.
        drawn = [box for box in chart.on_tile[current.index]
                 if current.contains(box) or box.unit_id in chart.too_large]  # fmt: skip
        ids = {box.unit_id for box in drawn}
        # On a page of several, the connectors of its boxes (each is clipped to the
        # page); on a page of its own, all of them.
        edges = chart.edges_at(ids) if len(chart.tiles) > 1 else layout.edges
        dashed = chart.dashed
        # garis komando solid, then the garis koordinasi dashed over them
        lines = [(edge.points, edge.child_id in dashed) for edge in edges]
        lines += [(points, True) for points in chart.links]
        for points, dash in sorted(lines, key=lambda item: item[1]):
            xs = [p[0] for p in points]
            ys = [p[1] for p in points]
            if max(xs) < x0 or min(xs) > x1 or max(ys) < y0 or min(ys) > y1:
                continue
            if dash:
                canv.setDash(*DASH)
            line = canv.beginPath()
            line.moveTo(points[0][0], -points[0][1])
            for px, py in points[1:]:
                line.lineTo(px, -py)
            canv.drawPath(line, stroke=1, fill=0)
            if dash:
                canv.setDash()
        units = chart.texts.structure.units
        name_size = chart.texts.name_size
        for box in drawn:
            self._box(box.x, box.y, box.width, box.height, box.hidden_descendants,
                      chart.texts.text(units[box.unit_id]), name_size)  # fmt: skip
        canv.restoreState()

    def _box(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        hidden: int,
        text: BoxText,
        name_size: float = NAME_SIZE,
    ) -> None:
        canv = self.canv
        colour = CHANGE_COLOURS.get(text.action)
        canv.setFillColor(text.fill)
        if colour is not None:
            canv.setStrokeColor(colour)
            canv.setLineWidth(1.8)
            if text.action == "Delete":
                canv.setDash(3, 2)
        else:
            canv.setStrokeColor(EDGE)
            canv.setLineWidth(0.8)
        canv.roundRect(x, -(y + h), w, h, 3, stroke=1, fill=1)
        if text.action == "Delete":
            canv.setDash()
        cursor = -(y + PAD)
        canv.setFillColor(INK)
        canv.setFont(BOLD, name_size)
        for line in text.name:
            canv.drawString(x + PAD, cursor - name_size * 0.9, line)
            cursor -= name_size * 1.18
        canv.setFont(REGULAR, DETAIL_SIZE)
        canv.setFillColor(MUTED)
        for line in text.detail:
            canv.drawString(x + PAD, cursor - DETAIL_SIZE * 0.95, line)
            cursor -= DETAIL_SIZE * 1.2
        if text.tag and colour is not None:
            canv.setFont(BOLD, DETAIL_SIZE)
            canv.setFillColor(colour)
            for line in text.tag:
                canv.drawString(x + PAD, cursor - DETAIL_SIZE * 0.95, line)
                cursor -= DETAIL_SIZE * 1.2
        if hidden:
            canv.setFont(REGULAR, DETAIL_SIZE)
            canv.setFillColor(MUTED)
            count = self.labels.fmt("chart.hidden", count=self.labels.number(hidden))
            canv.drawString(x + PAD, cursor - DETAIL_SIZE * 0.95, count)

    def _continuations(
        self, current: Tile, page: int, left: float, top: float, width: float, height: float
    ) -> None:
        canv = self.canv
        labels = self.labels
        canv.setFont(BOLD, 7.5)
        canv.setFillColor(ACCENT)

        def page_of(index: int) -> str:
            return labels.number(page - current.index + index)

        if current.above is not None:
            canv.drawCentredString(
                left + width / 2, top + 4, labels.fmt("chart.above", page=page_of(current.above))
            )
        if current.below is not None:
            canv.drawCentredString(
                left + width / 2,
                top - height - 10,
                labels.fmt("chart.below", page=page_of(current.below)),
            )
        for side, index in (("left", current.left), ("right", current.right)):
            if index is None:
                continue
            canv.saveState()
            x = left - 4 if side == "left" else left + width + 9
            canv.translate(x, top - height / 2)
            canv.rotate(90)
            canv.drawCentredString(0, 0, labels.fmt(f"chart.{side}", page=page_of(index)))
            canv.restoreState()


#: Shapes tried for the charts of an OPD: leaf children side by side or stacked in
#: columns sooner; a wide, shallow OPD fits a landscape page better stacked.
CANDIDATES: tuple[LayoutOptions, ...] = (
    OPTIONS,
    replace(OPTIONS, stack_threshold=3, stack_rows=6),
    replace(OPTIONS, stack_threshold=1, stack_rows=5),
)

#: More compact shapes, tried for an OPD that none of :data:`CANDIDATES` puts on one
#: page: tighter gaps, then narrower boxes, then names at the detail size.
COMPACT_SHAPES: tuple[Shape, ...] = (
    Shape(replace(COMPACT, stack_threshold=1, stack_rows=6)),
    Shape(replace(COMPACT, stack_threshold=1, stack_rows=8), 112.0),
    Shape(replace(TIGHTEST, stack_threshold=1, stack_rows=10), 96.0),
    Shape(replace(TIGHTEST, stack_threshold=1, stack_rows=12), 96.0, DETAIL_SIZE),
)

#: Shapes of the region at OPD level, each tried with 3 to 14 OPD boxes per column.
REGION_SHAPES: tuple[Shape, ...] = (
    Shape(OPTIONS),
    Shape(COMPACT),
    Shape(TIGHTEST, BOX_WIDTH, DETAIL_SIZE),
    Shape(TIGHTEST, 112.0, DETAIL_SIZE),
    Shape(TIGHTEST, 104.0, DETAIL_SIZE),
)


#: More boxes than fit one chart page in any shape (a page holds about 170 boxes at
#: :data:`MIN_TEXT`).
MANY_BOXES = 400


# -- the official form: one page per chart, the region grouped by kind -----------------

#: A chart in one shape: the texts (box width, name size) and the layout.
Shaped = tuple[BoxTexts, Layout]
#: The one-page scale of a shaped chart on the report's own paper (its best
#: orientation): at least ``texts.least_scale`` when it fits with text of
#: :data:`MIN_TEXT` points or more.
FitScale = Callable[[BoxTexts, Layout], float]


def opd_layouts(
    structure: Structure,
    texts: BoxTexts,
    opds: Sequence[int],
    fit_scale: FitScale,
    wrap: tuple[float, float] | None = None,
) -> dict[int, list[Shaped]]:
    """Each OPD laid out in several shapes: with ``wrap`` (``(width, ratio)``: the
    report page's chart area) first the compact layout (leaves stacked under their
    parent, rows wrapped at that width, :mod:`rbdesk.layout.compact`), then the shapes
    of :data:`CANDIDATES`, each for the OPDs that the shapes before it do not put on a
    page (without ``wrap``: at full size); then, for an OPD that none puts on one page
    of the report's paper, the shapes of :data:`COMPACT_SHAPES` (compact first, then
    tidy). An OPD inside another stands in the other's chart as one box counting its
    units."""
    out: dict[int, list[Shaped]] = {opd: [] for opd in opds}
    best: dict[int, float] = dict.fromkeys(opds, 0.0)
    stops = frozenset(opds)

    def add(shaped: BoxTexts, wanted: Sequence[int], options: LayoutOptions) -> None:
        if not wanted:
            return
        layouts = layout_charts(structure, wanted, measure=shaped.measure, options=options,
                                stops=stops)  # fmt: skip
        for opd, layout in layouts.items():
            out[opd].append((shaped, layout))
            scale = fit_scale(shaped, layout)
            if scale >= shaped.least_scale - 1e-9:
                best[opd] = max(best[opd], scale)

    def compact(options: LayoutOptions) -> list[LayoutOptions]:
        if wrap is None:
            return []
        return [replace(options, compact=True, wrap_width=wrap[0], wrap_ratio=wrap[1])]

    for options in compact(OPTIONS):
        add(texts, opds, options)
    # the tidy shapes for an OPD the compact layout does not put on a page (without it,
    # for one not yet at full size)
    enough = texts.least_scale if wrap is not None else 1.0
    for options in CANDIDATES:
        add(texts, [opd for opd in opds if best[opd] < enough], options)
    for shape in COMPACT_SHAPES:
        shaped = texts.variant(shape.box_width, shape.name_size)
        for options in [*compact(shape.options), shape.options]:
            add(shaped, [opd for opd in opds if best[opd] == 0.0], options)
    return out


#: The order of the OPDs on the region's chart, by kind (PP 18/2016 Pasal 5 ayat (2):
#: "a. sekretariat Daerah; b. sekretariat DPRD; c. inspektorat; d. dinas; e. badan; dan
#: f. kecamatan"); the Sekretariat DPRD stands under the DPRD, apart from the others.
KIND_ORDER = ("sekretariat_daerah", "sekretariat_dprd", "inspektorat", "dinas", "badan",
              "kecamatan")  # fmt: skip
#: Kinds whose OPDs stand together under a heading naming the group.
GROUPED_KINDS = frozenset({"dinas", "badan", "kecamatan"})
DPRD_ID = -1


@dataclass(frozen=True)
class RegionForm:
    """The region's chart in the official form: ``structure`` is the plan's with the
    OPDs under the head of the region regrouped (the secretariat and the inspectorate
    on their own, the dinas, badan and kecamatan each under a heading box) and the
    Sekretariat DPRD under a DPRD box beside the head; ``links`` are the pairs joined
    by a garis koordinasi (the head and the DPRD)."""

    structure: Structure
    links: tuple[tuple[int, int], ...]
    #: The units below each OPD, which ``structure`` leaves out (every OPD's box
    #: counts them): laying the region out then costs its boxes, not the plan's units.
    hidden: Mapping[int, int] = field(default_factory=dict)


def outside_opds(
    structure: Structure, opds: Collection[int]
) -> tuple[dict[int, Unit], dict[int, int]]:
    """The units of ``structure`` not below an OPD of ``opds``, and the number of units
    below each OPD (one walk of the tree; a unit on a cycle is kept)."""
    units = structure.units
    children = structure.children()
    opd_set = set(opds)
    inside: set[int] = set()
    order: list[int] = []
    seen: set[int] = set()
    tops = [uid for uid, u in units.items() if u.parent_id is None or u.parent_id not in units]
    for top in tops:
        stack = [(top, False)]
        while stack:
            uid, under = stack.pop()
            if uid in seen:
                continue
            seen.add(uid)
            order.append(uid)
            if under:
                inside.add(uid)
            below = under or uid in opd_set
            stack.extend((child, below) for child in children.get(uid, ()))
    size = dict.fromkeys(order, 1)
    for uid in reversed(order):
        parent = units[uid].parent_id
        if parent is not None and parent in size and uid not in tops:
            size[parent] += size[uid]
    kept = {uid: u for uid, u in units.items() if uid not in inside}
    hidden = {uid: size[uid] - 1 for uid in opd_set if uid in kept and size.get(uid, 1) > 1}
    return kept, hidden


def region_form(
    structure: Structure,
    catalogue: Catalogue,
    labels: Labels,
    opds: Collection[int],
    *,
    grouped: bool = True,
) -> RegionForm:
    """See :class:`RegionForm`; without ``grouped`` the OPDs keep their order and
    stand in one block (only the Sekretariat DPRD moves under the DPRD). A plan
    without a head of the region (or whose OPDs stand elsewhere) keeps its own tree."""
    units, hidden = outside_opds(structure, opds)
    heads = [u for u in units.values() if u.parent_id is None and u.kind == "kepala_daerah"]
    under = []
    if heads:
        head = min(heads, key=lambda u: (u.sort_order, u.id))
        under = [uid for uid in opds if uid in units and units[uid].parent_id == head.id]
    if not under:
        own = Structure(structure.scenario, units, structure.assignments, structure.positions,
                        structure.links)  # fmt: skip
        return RegionForm(own, (), hidden)
    rank = {kind: n for n, kind in enumerate(KIND_ORDER)}
    base = max((u.sort_order for u in units.values()), default=0) + 1
    moved = dict(units)
    links: list[tuple[int, int]] = []
    next_id = -2
    groups: dict[str, int] = {}
    for uid in sorted(under, key=lambda u: (units[u].sort_order, u)):
        unit = units[uid]
        kind = unit.kind
        order = base * (1 + rank.get(kind, len(KIND_ORDER)))
        if kind == "sekretariat_dprd":
            if DPRD_ID not in moved:
                moved[DPRD_ID] = Unit(DPRD_ID, None, DPRD_KIND, labels["chart.dprd"],
                                      sort_order=head.sort_order + 1)  # fmt: skip
                links.append((head.id, DPRD_ID))
            moved[uid] = replace(unit, parent_id=DPRD_ID)
        elif not grouped:
            continue
        elif kind in GROUPED_KINDS:
            group = groups.get(kind)
            if group is None:
                group = groups[kind] = next_id
                next_id -= 1
                moved[group] = Unit(group, head.id, GROUP_KIND, labels[f"chart.group.{kind}"],
                                    sort_order=order)  # fmt: skip
            moved[uid] = replace(unit, parent_id=group)
        else:
            moved[uid] = replace(unit, sort_order=order + unit.sort_order)
    form = Structure(structure.scenario, moved, structure.assignments, structure.positions,
                     structure.links)  # fmt: skip
    return RegionForm(form, tuple(links), hidden)


def region_layouts(
    form: RegionForm, texts: BoxTexts, opds: Collection[int], fit_scale: FitScale
) -> list[Shaped]:
    """The region at OPD level in the shapes of :data:`REGION_SHAPES`, each with 3 to 14
    OPD boxes per column (6, 10 and 14 only for a chart of more than
    :data:`MANY_BOXES` boxes), until a shape puts it on one page of the report's paper
    at full size. Every unit below an OPD is hidden (counted in the OPD's box)."""
    out: list[Shaped] = []
    collapsed = set(opds)
    for shape in REGION_SHAPES:
        shaped = texts.variant(shape.box_width, shape.name_size)
        column_sizes = list(range(3, 15))
        k = 0
        while k < len(column_sizes):
            options = replace(shape.options, stack_rows=column_sizes[k], stack_threshold=1)
            k += 1
            layout = layout_tree(form.structure, measure=shaped.measure, options=options,
                                 collapsed=collapsed)  # fmt: skip
            out.append((shaped, _with_hidden(layout, form.hidden)))
            if len(layout.boxes) > MANY_BOXES and len(column_sizes) > 3:
                column_sizes, k = [6, 10, 14], 0
        if any(fit_scale(t, layout) >= 1.0 for t, layout in out):
            break
    return out


def _with_hidden(layout: Layout, hidden: Mapping[int, int]) -> Layout:
    """``layout`` with each OPD's box counting the units below it."""
    boxes = {uid: box._replace(hidden_descendants=hidden[uid]) if uid in hidden else box
             for uid, box in layout.boxes.items()}  # fmt: skip
    return Layout(boxes, layout.edges, layout.width, layout.height)


def dashed_children(layout: Layout, structure: Structure) -> frozenset[int]:
    """The boxes joined to their parent by a garis koordinasi: the functional groups
    (kelompok jabatan fungsional stand outside the line of command)."""
    units = structure.units
    return frozenset(
        uid for uid in layout.boxes if uid in units and units[uid].kind == "kelompok_fungsional"
    )


def coordination_lines(
    layout: Layout, pairs: Sequence[tuple[int, int]]
) -> tuple[tuple[Point, ...], ...]:
    """A garis koordinasi for each pair of units both on ``layout``: level between two
    boxes of one row (from the side of one to the side of the other), else straight
    between the middles of their facing sides."""
    out: list[tuple[Point, ...]] = []
    boxes = layout.boxes
    for a_id, b_id in pairs:
        a, b = boxes.get(a_id), boxes.get(b_id)
        if a is None or b is None or a_id == b_id:
            continue
        if b.center_x < a.center_x:
            a, b = b, a
        if a.y < b.bottom and b.y < a.bottom and a.right <= b.x:
            top, bottom = max(a.y, b.y), min(a.bottom, b.bottom)
            y = (top + bottom) / 2
            out.append(((a.right, y), (b.x, y)))
        elif a.bottom <= b.y or b.bottom <= a.y:
            upper, lower = (a, b) if a.bottom <= b.y else (b, a)
            out.append(((upper.center_x, upper.bottom), (lower.center_x, lower.y)))
        else:
            out.append(((a.right, a.y + a.height / 2), (b.x, b.y + b.height / 2)))
    return tuple(out)
