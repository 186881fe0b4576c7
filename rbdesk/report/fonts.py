"""The report's fonts and text measurement.

The proposal prints in DejaVu Sans, regular and bold, shipped in ``resources/fonts/``
with its licence and embedded (as subsets) in every PDF, so a page looks the same on
every machine and no PDF reader substitutes a font. Nothing in the report uses the
fourteen standard PDF fonts, which are never embedded.

:func:`wrap` breaks a text into lines that fit a width, at spaces, and inside a word
only when the word alone is wider than the line: nothing a planner typed is cut off.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from rbdesk.paths import resource_path

REGULAR = "RbdeskSans"
BOLD = "RbdeskSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


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


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (at least one line, maybe
    empty). Line breaks in the text are kept; runs of spaces become one."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        lines.extend(_wrap_paragraph(paragraph, font, size, width))
    return lines


def _wrap_paragraph(text: str, font: str, size: float, width: float) -> list[str]:
    words = text.split()
    if not words:
        return [""]
    space = text_width(" ", font, size)
    lines: list[str] = []
    current = ""
    current_w = 0.0
    for word in words:
        w = text_width(word, font, size)
        if current and current_w + space + w <= width:
            current += " " + word
            current_w += space + w
            continue
        if current:
            lines.append(current)
        if w <= width:
            current, current_w = word, w
            continue
        # A word wider than the line (a long code or a name without spaces): break it.
        pieces = _break_word(word, font, size, width)
        lines.extend(pieces[:-1])
        current = pieces[-1]
        current_w = text_width(current, font, size)
    lines.append(current)
    return lines


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and text_width(current + char, font, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    pieces.append(current)
    return pieces
