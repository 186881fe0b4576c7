"""A plain, fast table that flows over pages: the report's lists and matrices.

reportlab's ``Table`` re-measures every remaining row each time it splits over a page
and wraps cell text only through ``Paragraph`` markup, which would take a plan's own
texts as markup (``<Litbang> & Inovasi``). A :class:`RowTable` wraps each cell once, with
:func:`rbdesk.report.fonts.wrap`, draws the lines with ``drawString`` (the text prints
exactly as typed), repeats its header on every page and splits in time linear in the
rows it places. A row taller than the space left is split between its lines, so no
text within its limit is ever cut off: a cell prints at most its column's ``limit`` of
characters (``rbdesk.domain.limits``; a group row those of a name), the rest of a
longer text, which only a plan written by another program can hold, as an ellipsis.
A first cell's indent takes at most a third of its column.

Row kinds: ``body`` (one cell per column), ``group`` (one bold cell across the table,
shaded; never left alone at the foot of a page) and ``strong`` (a body row in bold).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from rbdesk.domain.limits import MAX_NAME, MAX_TEXT, shown
from rbdesk.report.fonts import BOLD, REGULAR, text_width, wrap

GRID = colors.HexColor("#b0bec5")
HEADER_FILL = colors.HexColor("#e3eaf0")
GROUP_FILL = colors.HexColor("#f1f4f7")
TEXT = colors.HexColor("#212121")


@dataclass(frozen=True, slots=True)
class Column:
    """A column: its share of the table's width, how its text aligns, and how many
    characters of a text it prints (see the module docstring)."""

    share: float
    align: str = "left"  # left, right or center
    limit: int = MAX_TEXT


@dataclass(frozen=True, slots=True)
class Row:
    """One row: texts per column (one text for a group row), its kind, an indent of
    the first cell in points, and an optional fill per cell."""

    cells: tuple[str, ...]
    kind: str = "body"
    indent: float = 0.0
    fills: tuple[Color | None, ...] | None = None


@dataclass(frozen=True, slots=True)
class _Laid:
    """A row wrapped at one width: lines per cell and the row's height."""

    row: Row
    lines: tuple[tuple[str, ...], ...]
    height: float


class RowTable(Flowable):
    """A table of ``rows`` under an optional ``header`` (see the module docstring)."""

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Sequence[Row],
        header: Sequence[str] | None = None,
        *,
        size: float = 8.0,
        leading: float | None = None,
        pad: float = 3.0,
    ) -> None:
        super().__init__()
        self.columns = tuple(columns)
        self._rows: list[Row] | None = [self._clipped(row) for row in rows]
        self.header = None if header is None else tuple(header)
        self.size = size
        self.leading = leading or size * 1.22
        self.pad = pad
        self._width = -1.0
        self._laid: list[_Laid] = []
        self._total = 0.0  # the height of the laid rows, the header left out
        self._head: _Laid | None = None
        self._widths: list[float] = []

    @property
    def rows(self) -> list[Row]:
        """The rows of the table (of a part of a split table: those it holds)."""
        if self._rows is None:
            self._rows = [x.row for x in self._laid]
        return self._rows

    def _clipped(self, row: Row) -> Row:
        """``row`` with each text cut to its column's limit (see the module docstring)."""
        if row.kind == "group":
            limits = [MAX_NAME]
        else:
            limits = [c.limit for c in self.columns]
        if all(len(t) <= n for t, n in zip(row.cells, limits, strict=False)):
            return row
        cells = tuple(shown(t, n) for t, n in zip(row.cells, limits, strict=False))
        return replace(row, cells=cells + row.cells[len(cells) :])

    def _indent(self, row: Row, width: float) -> float:
        """The indent of the first cell of ``row`` in a column ``width`` wide."""
        return min(row.indent, max(0.0, width - 2 * self.pad) / 3)

    # -- measuring ----------------------------------------------------------------------
    def _layout(self, width: float) -> None:
        if width == self._width:
            return
        self._widths = self._column_widths(width)
        self._laid = [self._lay(row) for row in self.rows]
        self._total = sum(x.height for x in self._laid)
        self._head = None if self.header is None else self._lay(Row(self.header, "strong"))
        self._width = width

    def _column_widths(self, width: float) -> list[float]:
        """Widths by share, widened where the longest word of a column (its heading
        included) would not fit, so that words break only when they must; the other
        columns give up the room in proportion to their shares."""
        n = len(self.columns)
        need = [0.0] * n
        seen: dict[tuple[str, str], float] = {}
        rows = [r for r in self.rows if r.kind != "group"]
        if self.header is not None:
            rows.append(Row(self.header, "strong"))
        for row in rows:
            font = BOLD if row.kind == "strong" else REGULAR
            for i, text in enumerate(row.cells[:n]):
                for word in text.split():
                    w = seen.get((font, word))
                    if w is None:
                        w = seen[(font, word)] = text_width(word, font, self.size)
                    extra = row.indent if i == 0 else 0.0
                    if w + extra > need[i]:
                        need[i] = w + extra
        need = [min(w + 2 * self.pad + 0.5, width * 0.4) for w in need]
        shares = [c.share for c in self.columns]
        fixed: set[int] = set()
        widths = [0.0] * n
        for _ in range(n):
            free = width - sum(need[i] for i in fixed)
            total = sum(shares[i] for i in range(n) if i not in fixed) or 1.0
            widths = [need[i] if i in fixed else shares[i] / total * free for i in range(n)]
            short = {i for i in range(n) if i not in fixed and widths[i] < need[i]}
            if not short:
                break
            fixed |= short
        return widths

    def _lay(self, row: Row) -> _Laid:
        pad = self.pad
        if row.kind == "group":
            inner = sum(self._widths) - 2 * pad - self._indent(row, sum(self._widths))
            lines: tuple[tuple[str, ...], ...] = (
                tuple(wrap(row.cells[0], BOLD, self.size, inner)),
            )
        else:
            font = BOLD if row.kind == "strong" else REGULAR
            widths = [w - 2 * pad for w in self._widths]
            widths[0] -= self._indent(row, self._widths[0])
            lines = tuple(
                tuple(wrap(text, font, self.size, w))
                for text, w in zip(row.cells, widths, strict=True)
            )
        count = max(len(cell) for cell in lines)
        return _Laid(row, lines, count * self.leading + 2 * pad)

    def _child(self, laid: list[_Laid], total: float) -> RowTable:
        """A part of this table holding ``laid``, ``total`` high: its rows are neither
        copied nor measured again (a table of many pages splits once per page)."""
        table = RowTable(self.columns, (), self.header, size=self.size,
                         leading=self.leading, pad=self.pad)  # fmt: skip
        table._rows = None
        table._width = self._width
        table._widths = self._widths
        table._laid = laid
        table._total = total
        table._head = self._head
        return table

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._layout(avail_width)
        head = self._head.height if self._head else 0.0
        self.width = avail_width
        self.height = head + self._total
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self._layout(avail_width)
        room = avail_height - (self._head.height if self._head else 0.0)
        laid = self._laid
        used = 0.0
        k = 0
        while k < len(laid) and used + laid[k].height <= room + 1e-6:
            used += laid[k].height
            k += 1
        if k == len(laid):
            return [self]
        # The first row that does not fit: split it between its lines if that leaves
        # at least two lines on this page.
        fit = int((room - used - 2 * self.pad) // self.leading)
        row = laid[k]
        if row.row.kind != "group" and fit >= 2 and max(map(len, row.lines)) > fit:
            top = _Laid(row.row, tuple(c[:fit] for c in row.lines), fit * self.leading
                        + 2 * self.pad)  # fmt: skip
            rest_lines = tuple(c[fit:] for c in row.lines)
            rest = _Laid(
                row.row, rest_lines, max(map(len, rest_lines)) * self.leading + 2 * self.pad
            )
            return [
                self._child([*laid[:k], top], used + top.height),
                self._child([rest, *laid[k + 1 :]], self._total - used - row.height + rest.height),
            ]
        while k > 0 and laid[k - 1].row.kind == "group":
            k -= 1
            used -= laid[k].height
        if k == 0:
            return []
        return [self._child(laid[:k], used), self._child(laid[k:], self._total - used)]

    # -- drawing ------------------------------------------------------------------------
    def draw(self) -> None:
        canv = self.canv
        y = self.height
        canv.saveState()
        canv.setLineWidth(0.4)
        canv.setStrokeColor(GRID)
        if self._head is not None:
            y = self._draw_row(self._head, y, HEADER_FILL)
        for laid in self._laid:
            fill = GROUP_FILL if laid.row.kind == "group" else None
            y = self._draw_row(laid, y, fill)
        canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        canv.restoreState()

    def _draw_row(self, laid: _Laid, top: float, fill: Color | None) -> float:
        canv = self.canv
        pad, size, leading = self.pad, self.size, self.leading
        bottom = top - laid.height
        row = laid.row
        if fill is not None:
            canv.setFillColor(fill)
            canv.rect(0, bottom, self.width, laid.height, stroke=0, fill=1)
        if row.kind == "group":
            spans: list[tuple[float, float, str]] = [(0.0, self.width, "left")]
            font = BOLD
        else:
            spans = []
            x = 0.0
            for w, col in zip(self._widths, self.columns, strict=True):
                spans.append((x, w, col.align))
                x += w
            font = BOLD if row.kind == "strong" else REGULAR
            if row.fills:
                for (x0, w, _), cell_fill in zip(spans, row.fills, strict=False):
                    if cell_fill is not None:
                        canv.setFillColor(cell_fill)
                        canv.rect(x0, bottom, w, laid.height, stroke=0, fill=1)
        canv.setFillColor(TEXT)
        canv.setFont(font, size)
        ascent = size * 0.78
        for i, ((x0, w, align), lines) in enumerate(zip(spans, laid.lines, strict=False)):
            indent = self._indent(row, w) if i == 0 else 0.0
            baseline = top - pad - ascent
            for line in lines:
                if line:
                    if align == "right":
                        canv.drawRightString(x0 + w - pad, baseline, line)
                    elif align == "center":
                        canv.drawCentredString(x0 + w / 2, baseline, line)
                    else:
                        canv.drawString(x0 + pad + indent, baseline, line)
                baseline -= leading
            if i > 0 and row.kind != "group":
                canv.line(x0, bottom, x0, top)
        canv.line(0, bottom, self.width, bottom)
        return bottom
