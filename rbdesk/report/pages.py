"""Pages of the proposal: the canvas that numbers them, the footer, headings and the
table of contents.

"Page X of Y" and the table of contents need numbers known only once every page is
laid out. Instead of laying the document out twice, the report's canvas keeps each
finished page aside and draws, when the document is saved, what waited for the count:
the footer of every page, the page numbers of the table of contents and the PDF
outline. :class:`Marks` is where headings leave their page and where those deferred
drawings wait, keyed by page.

The canvas also counts the boxes and strings it draws: the benchmark's floor draws as
many with no layout.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from rbdesk.report.fonts import BOLD, REGULAR, text_width, wrap

MUTED = colors.HexColor("#546e7a")
INK = colors.HexColor("#212121")
ACCENT = colors.HexColor("#0d47a1")

Action = Callable[[Canvas], None]


@dataclass
class Marks:
    """Page numbers of the headings (by key) and drawings deferred to the save, by page."""

    pages: dict[str, int] = field(default_factory=dict)
    later: dict[int, list[Action]] = field(default_factory=dict)

    def defer(self, page: int, action: Action) -> None:
        self.later.setdefault(page, []).append(action)


@dataclass(frozen=True)
class Footer:
    """What every page carries at its foot: region, page X of Y, date, fingerprint."""

    region: str
    date: str
    fingerprint: str
    page_of: str  # template with {page} and {pages}
    fingerprint_label: str
    margin: float
    landscape_margin: float

    def draw(self, canv: Canvas, page: int, pages: int) -> None:
        width, height = canv._pagesize
        margin = self.landscape_margin if width > height else self.margin
        left, right = margin, width - margin
        canv.saveState()
        canv.setStrokeColor(colors.HexColor("#b0bec5"))
        canv.setLineWidth(0.5)
        y = 34.0  # below the frame, which ends 17 mm above the edge
        canv.line(left, y + 9, right, y + 9)
        canv.setFillColor(MUTED)
        canv.setFont(REGULAR, 7)
        canv.drawString(left, y, wrap(self.region, REGULAR, 7, (right - left) * 0.6, 1)[0])
        canv.drawRightString(right, y, self.page_of.format(page=page, pages=pages))
        canv.drawString(left, y - 9, self.date)
        canv.drawRightString(right, y - 9, f"{self.fingerprint_label} {self.fingerprint}")
        canv.restoreState()


def canvas_class(marks: Marks, footer: Footer, counts: dict[str, int]) -> type[Canvas]:
    """A canvas class for ``doc.build(canvasmaker=...)`` (see the module docstring);
    ``counts`` receives the number of ``boxes``, ``strings`` and ``pages`` drawn."""

    class ReportCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._finished: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._finished.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            finished, self._finished = self._finished, []
            total = len(finished)
            for number, state in enumerate(finished, start=1):
                self.__dict__.update(state)
                for action in marks.later.pop(number, ()):
                    action(self)
                footer.draw(self, number, total)
                Canvas.showPage(self)
                state.clear()  # the page is written: let its content go
            counts["pages"] = total
            Canvas.save(self)

        # -- counting --------------------------------------------------------------
        def drawString(self, *args: Any, **kwargs: Any) -> None:  # noqa: N802
            counts["strings"] += 1
            super().drawString(*args, **kwargs)

        def drawRightString(self, *args: Any, **kwargs: Any) -> None:  # noqa: N802
            counts["strings"] += 1
            super().drawRightString(*args, **kwargs)

        def drawCentredString(self, *args: Any, **kwargs: Any) -> None:  # noqa: N802
            counts["strings"] += 1
            super().drawCentredString(*args, **kwargs)

        def rect(self, *args: Any, **kwargs: Any) -> None:
            counts["boxes"] += 1
            super().rect(*args, **kwargs)

        def roundRect(self, *args: Any, **kwargs: Any) -> None:  # noqa: N802
            counts["boxes"] += 1
            super().roundRect(*args, **kwargs)

    return ReportCanvas


class Heading(Flowable):
    """A section heading: its page goes into :class:`Marks` (for the table of
    contents) and it becomes an entry of the PDF outline. The text prints as given."""

    SIZES = {0: 15.0, 1: 12.0, 2: 10.0}
    #: A longer heading ends with an ellipsis: a heading stays far smaller than a page.
    MAX_LINES = 4

    def __init__(self, text: str, level: int, key: str, marks: Marks) -> None:
        super().__init__()
        self.text = text
        self.level = level
        self.key = key
        self.marks = marks
        self.size = self.SIZES.get(level, 10.0)
        self.leading = self.size * 1.25
        self.space_before = self.size * (0.9 if level else 0.2)
        self.space_after = self.size * 0.5
        self._lines: list[str] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._lines = wrap(self.text, BOLD, self.size, avail_width, self.MAX_LINES)
        self.width = avail_width
        self.height = self.space_before + len(self._lines) * self.leading + self.space_after
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.setFillColor(ACCENT if self.level == 0 else INK)
        canv.setFont(BOLD, self.size)
        y = self.height - self.space_before - self.size * 0.85
        for line in self._lines:
            canv.drawString(0, y, line)
            y -= self.leading
        page = canv.getPageNumber()
        self.marks.pages[self.key] = page
        x, top = canv.absolutePosition(0, self.height)
        text, key, level = self.text, self.key, self.level

        def outline(c: Canvas) -> None:
            c.bookmarkHorizontal(key, x, top)
            c.addOutlineEntry(text, key, level=level, closed=level > 0)

        self.marks.defer(page, outline)


class Contents(Flowable):
    """The table of contents: one line per ``(level, text, key)`` entry with a dotted
    leader; the page numbers are drawn when the document is saved."""

    #: A longer entry (the name of an OPD) ends with an ellipsis.
    MAX_LINES = 3

    def __init__(self, entries: Sequence[tuple[int, str, str]], marks: Marks) -> None:
        super().__init__()
        # The list itself, not a copy: the sections after the contents add to it while
        # the story is assembled, before anything is laid out.
        self.entries = entries
        self.marks = marks
        self.number_width = 28.0
        self._laid: list[tuple[int, str, str, list[str], float]] = []
        self._width = -1.0
        self._total = 0.0

    def _size(self, level: int) -> tuple[str, float]:
        return (BOLD, 9.5) if level == 0 else (REGULAR, 8.5 if level == 1 else 8.0)

    def _layout(self, width: float) -> None:
        """Wrap every entry once per width (a split keeps the lines of its parts)."""
        if width == self._width and len(self._laid) == len(self.entries):
            return
        self._laid = []
        for level, text, key in self.entries:
            font, size = self._size(level)
            indent = 14.0 * level
            lines = wrap(text, font, size, width - indent - self.number_width - 12,
                         self.MAX_LINES)  # fmt: skip
            gap = 5.0 if level == 0 else 1.0
            self._laid.append((level, text, key, lines, gap + len(lines) * size * 1.25))
        self._width = width
        self._total = sum(x[4] for x in self._laid)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._layout(avail_width)
        self.width = avail_width
        self.height = self._total
        return self.width, self.height

    def _part(self, start: int, end: int, total: float) -> Contents:
        part = Contents(self.entries[start:end], self.marks)
        part._laid = self._laid[start:end]
        part._width = self._width
        part._total = total
        return part

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self._layout(avail_width)
        used = 0.0
        k = 0
        while k < len(self._laid) and used + self._laid[k][4] <= avail_height:
            used += self._laid[k][4]
            k += 1
        if k == len(self._laid):
            return [self]
        if k == 0:
            return []
        end = len(self._laid)
        return [self._part(0, k, used), self._part(k, end, self._total - used)]

    def draw(self) -> None:
        canv = self.canv
        y = self.height
        right = self.width
        page = canv.getPageNumber()
        canv.setFillColor(INK)
        for level, _text, key, lines, height in self._laid:
            font, size = self._size(level)
            indent = 14.0 * level
            canv.setFont(font, size)
            baseline = y - (height - len(lines) * size * 1.25) - size
            for line in lines:
                canv.drawString(indent, baseline, line)
                baseline -= size * 1.25
            last = baseline + size * 1.25
            start = indent + text_width(lines[-1], font, size) + 4
            dots = right - self.number_width - 4
            if dots > start:
                canv.setDash(0.5, 2.5)
                canv.setLineWidth(0.6)
                canv.setStrokeColor(MUTED)
                canv.line(start, last + 1, dots, last + 1)
                canv.setDash()
            ax, ay = canv.absolutePosition(right, last)
            lx, ly = canv.absolutePosition(indent, last - 2)
            self.marks.defer(page, _toc_number(self.marks, key, font, size, ax, ay, lx, ly))
            y -= height


def _toc_number(
    marks: Marks, key: str, font: str, size: float, x: float, y: float, lx: float, ly: float
) -> Action:
    def draw(c: Canvas) -> None:
        number = marks.pages.get(key)
        if number is None:
            return
        c.saveState()
        c.setFillColor(INK)
        c.setFont(font, size)
        c.drawRightString(x, y, str(number))
        c.restoreState()
        c.linkRect("", key, (lx, ly, x, y + size), name=f"toc-{key}", relative=0, thickness=0)

    return draw
