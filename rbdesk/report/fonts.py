"""The report's fonts and text measurement.

The proposal prints in DejaVu Sans, regular and bold, shipped in ``resources/fonts/``
with its licence and embedded (as subsets) in every PDF, so a page looks the same on
every machine and no PDF reader substitutes a font. Nothing in the report uses the
fourteen standard PDF fonts, which are never embedded.

:func:`wrap` breaks a text into lines that fit a width, at spaces, and inside a word
only when the word alone is wider than the line: nothing a planner typed is cut off.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from rbdesk.paths import resource_path

REGULAR = "RbdeskSans"
BOLD = "RbdeskSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
ELLIPSIS = "…"


@cache
def register_fonts() -> None:
    """Register the shipped fonts with reportlab (once per process)."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)  # fmt: skip


@cache
def _widths(font: str) -> tuple[dict[int, float], float]:
    """Advance widths per code point (in 1/1000 em) and the default width of ``font``."""
    register_fonts()
    face = pdfmetrics.getFont(font).face
    return dict(face.charWidths), float(face.defaultWidth)


def text_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` in points, set in ``font`` at ``size``."""
    widths, default = _widths(font)
    get = widths.get
    return sum(get(ord(c), default) for c in text) * size / 1000.0


def wrap(
    text: str, font: str, size: float, width: float, max_lines: int | None = None
) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (at least one line, maybe
    empty). Line breaks in the text are kept; runs of spaces become one.

    With ``max_lines``, at most that many lines: the last line of a text that needs
    more ends with an ellipsis, and the rest of the text is not read, so a text of a
    million characters costs what a few lines cost.

    >>> wrap("Dinas Kesehatan", REGULAR, 10, 60)
    ['Dinas', 'Kesehatan']
    >>> wrap("Dinas Kesehatan Hewan", REGULAR, 10, 60, max_lines=2)
    ['Dinas', 'Kesehata…']
    """
    lines: list[str] = []
    for paragraph in _paragraphs(text):
        for line in _wrap_paragraph(paragraph, font, size, width):
            if max_lines is not None and len(lines) == max_lines:
                lines[-1] = _with_ellipsis(lines[-1], font, size, width)
                return lines
            lines.append(line)
    return lines or [""]


def _paragraphs(text: str) -> Iterator[str]:
    """The lines of ``text`` one by one (``str.splitlines`` would copy all of them)."""
    if len(text) < 4096:
        yield from text.splitlines() or [""]
        return
    start = 0
    for match in _LINE_BREAK.finditer(text):
        yield text[start : match.start()]
        start = match.end()
    if start < len(text) or start == 0:
        yield text[start:]


#: What ``str.splitlines`` breaks lines at.
_LINE_BREAK = re.compile("\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def _with_ellipsis(line: str, font: str, size: float, width: float) -> str:
    """``line`` ended with an ellipsis, shortened until both fit ``width``."""
    line = line.rstrip()
    while line and text_width(line + ELLIPSIS, font, size) > width:
        line = line[:-1].rstrip()
    return line + ELLIPSIS


def _wrap_paragraph(text: str, font: str, size: float, width: float) -> Iterator[str]:
    words = (match.group() for match in _WORD.finditer(text))
    space = text_width(" ", font, size)
    current = ""
    current_w = 0.0
    empty = True
    for word in words:
        empty = False
        w = text_width(word, font, size)
        if current and current_w + space + w <= width:
            current += " " + word
            current_w += space + w
            continue
        if current:
            yield current
        if w <= width:
            current, current_w = word, w
            continue
        # A word wider than the line (a long code or a name without spaces): break it.
        pieces = _break_word(word, font, size, width)
        current = next(pieces)
        for piece in pieces:
            yield current
            current = piece
        current_w = text_width(current, font, size)
    if empty:
        yield ""
        return
    yield current


#: A word: what ``str.split()`` keeps between runs of white space.
_WORD = re.compile(r"\S+")


def _break_word(word: str, font: str, size: float, width: float) -> Iterator[str]:
    """``word`` in pieces no wider than ``width`` (a piece holds one character at least),
    measured as it grows: linear in the word's length."""
    widths, default = _widths(font)
    get = widths.get
    scale = size / 1000.0
    start = 0
    total = 0.0
    for index, char in enumerate(word):
        advance = get(ord(char), default)
        if index > start and (total + advance) * scale > width:
            yield word[start:index]
            start, total = index, 0.0
        total += advance
    yield word[start:]
