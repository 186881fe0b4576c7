"""The planner's own sheets, read as a table of text: CSV as Excel writes it, XLSX, the
org-chart tools' exports and d3-style JSON (issue 15).

:func:`read_sheet` returns a :class:`Sheet`: the header row, the rows below it with the
row number each has in the file (the header of a CSV is row 1 unless title rows stand
above it; an XLSX row is its row in the workbook), and the format recognised:

* ``csv``: any delimiter Excel writes, UTF-8 with or without BOM, UTF-16 "Unicode
  text", Windows-1252 (the decoding of :mod:`rbdesk.interchange.reference_csv`);
* ``xlsx``: openpyxl in read-only mode, the cached values, never the formulas; the
  sheet named, or the first;
* ``drawio``: draw.io's CSV org chart, its ``## `` configuration lines skipped;
* ``json``: d3-style JSON, a list of objects (``id``, ``parentId``) or one object with
  nested ``children`` (each given an ``id`` and its parent's as ``parentId``).

Title rows above the header (a merged "DAFTAR UNIT KERJA ..." line) and empty rows
are skipped: the header is the first row, among the first :data:`HEADER_SEARCH`, where
most filled cells are headers rbdesk knows (:mod:`rbdesk.interchange.mapping`). Text
cells keep their exact text, but for the one leading ``'`` an rbdesk CSV export puts
before a text that a spreadsheet would read as a formula (OWASP), which is removed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rbdesk.i18n import Text
from rbdesk.interchange.reference_csv import (
    MAX_BYTES,
    CsvImportError,
    CsvProblem,
    _decode,
    _delimiter,
)

#: How many rows from the top may stand above the header.
HEADER_SEARCH = 20
#: What a spreadsheet reads as the start of a formula (OWASP CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: The most rows a sheet may have (a province with its UPTs and kelurahan is ~10,000;
#: a tenfold margin).
MAX_ROWS = 200_000


@dataclass
class Sheet:
    source: str
    format: str
    headers: tuple[str, ...]
    #: (row number in the file, cells) of every non-empty row below the header
    rows: list[tuple[int, tuple[str, ...]]]
    #: the header's row number
    header_row: int = 1
    #: the workbook's sheets (XLSX), the one read first
    sheet_names: tuple[str, ...] = ()
    notices: list[Text] = field(default_factory=list)


def _fail(source: str, code: str, row: int | None = None, /, **params: object) -> CsvImportError:
    return CsvImportError(source, [CsvProblem(code, params, row, None)])


def unescape(text: str) -> str:
    """A cell's text without the ``'`` an rbdesk export put before a formula-like text."""
    if len(text) > 1 and text[0] == "'" and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def cell_text(value: object) -> str:
    """A spreadsheet value as text: whole numbers without ``.0``, dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


def read_sheet(path: Path | str, sheet: str | None = None) -> Sheet:
    """The table in ``path``; raises ``CsvImportError`` (with the problem's row) for a
    file that cannot be read as one."""
    path = Path(path)
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _fail(source, "csv.too_large", size=size, limit=MAX_BYTES)
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise _fail(source, "csv.unreadable", detail=exc.strerror or str(exc)) from exc
    if head.startswith(b"PK\x03\x04"):
        return _read_xlsx(path, sheet)
    raw = path.read_bytes()
    if path.suffix.lower() == ".json" or raw.lstrip()[:1] in (b"[", b"{"):
        return _read_json(source, raw)
    return _read_csv(source, raw)


def _read_csv(source: str, raw: bytes) -> Sheet:
    notices: list[Text] = []
    text = _decode(raw, notices)
    if not text.strip():
        raise _fail(source, "csv.empty")
    if "\x00" in text:
        raise _fail(source, "csv.binary")
    lines = text.splitlines(keepends=True)
    skipped = 0
    fmt = "csv"
    while skipped < len(lines) and lines[skipped].startswith("##"):
        skipped += 1  # draw.io's configuration lines
    if skipped:
        fmt = "drawio"
    body = "".join(lines[skipped:])
    if not body.strip():
        raise _fail(source, "csv.empty")
    delimiter = _delimiter(_first_filled(body.splitlines()))
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=delimiter)
    try:
        rows = [(n + skipped, tuple(c.strip() for c in cells))
                for n, cells in enumerate(reader, start=1)]  # fmt: skip
    except csv.Error as exc:
        line = reader.line_num + skipped
        raise _fail(source, "csv.row_unreadable", line, detail=str(exc)) from exc
    return _table(source, fmt, rows, notices)


def _first_filled(lines: Sequence[str]) -> str:
    """The line a delimiter is guessed from: the one with most separators among the first
    (title rows above a header have none)."""
    head = [ln for ln in lines[:HEADER_SEARCH] if ln.strip()]
    return max(head, key=lambda ln: max(ln.count(d) for d in (",", ";", "\t")), default="")


def _read_xlsx(path: Path, sheet: str | None) -> Sheet:
    import zipfile

    from openpyxl import load_workbook

    source = str(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise _fail(source, "sheet.xlsx_unreadable", detail=str(exc) or type(exc).__name__) from exc
    try:
        names = tuple(book.sheetnames)
        if sheet is not None and sheet not in names:
            raise _fail(source, "sheet.unknown", name=sheet, known=names)
        ws = book[sheet] if sheet is not None else book[names[0]]
        rows: list[tuple[int, tuple[str, ...]]] = []
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            if number > MAX_ROWS + HEADER_SEARCH:
                raise _fail(source, "sheet.too_many_rows", limit=MAX_ROWS)
            rows.append((number, tuple(cell_text(v).strip() for v in values)))
    finally:
        book.close()
    found = _table(source, "xlsx", rows, [])
    found.sheet_names = names
    return found


def _read_json(source: str, raw: bytes) -> Sheet:
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _fail(source, "sheet.json_unreadable", detail=str(exc)) from exc
    if isinstance(data, dict) and data.get("format") == "rbdesk-plan":
        raise _fail(source, "sheet.plan_json")  # the caller reads it as a whole plan
    items: list[dict[str, object]] = []
    if isinstance(data, dict):
        _flatten(data, None, items, [0])
    elif isinstance(data, list) and all(isinstance(x, dict) for x in data):
        for entry in data:
            if isinstance(entry.get("children"), list):
                _flatten(entry, entry.get("parentId"), items, [len(items)])
            else:
                items.append(entry)
    else:
        raise _fail(source, "sheet.json_shape")
    headers: list[str] = []
    for item in items:
        headers += [k for k in item if k != "children" and k not in headers]
    rows = [(n, tuple(_json_text(item.get(h)) for h in headers))
            for n, item in enumerate(items, start=2)]  # fmt: skip
    return Sheet(source, "json", tuple(headers), rows)


def _json_text(value: object) -> str:
    if isinstance(value, list):
        return "; ".join(_json_text(v) for v in value)
    return cell_text(value).strip()


def _flatten(node: dict[str, object], parent: object, out: list[dict[str, object]],
             counter: list[int]) -> None:  # fmt: skip
    """A nested ``children`` tree as rows with ``id`` and ``parentId``."""
    counter[0] += 1
    own = {k: v for k, v in node.items() if k != "children"}
    own.setdefault("id", f"n{counter[0]}")
    if parent is not None:
        own["parentId"] = parent
    out.append(own)
    children = node.get("children")
    if isinstance(children, list):
        for child in children:
            if isinstance(child, dict):
                _flatten(child, own["id"], out, counter)


def _table(source: str, fmt: str, rows: Iterable[tuple[int, tuple[str, ...]]],
           notices: list[Text]) -> Sheet:  # fmt: skip
    from rbdesk.interchange.mapping import known_header

    filled = [(n, cells) for n, cells in rows if any(cells)]
    if not filled:
        raise _fail(source, "csv.empty")
    if len(filled) > MAX_ROWS + HEADER_SEARCH:
        raise _fail(source, "sheet.too_many_rows", limit=MAX_ROWS)
    best = 0
    best_score = -1.0
    for i, (_n, cells) in enumerate(filled[:HEADER_SEARCH]):
        texts = [c for c in cells if c]
        if len(texts) < 2 and len(filled) > 1:
            continue  # a title row
        known = sum(1 for c in texts if known_header(c))
        score = known + (0.5 if len(texts) >= 2 else 0)
        if score > best_score:
            best, best_score = i, score
        if known >= 2:
            break
    header_row, headers = filled[best]
    width = max(i + 1 for i, c in enumerate(headers) if c) if any(headers) else 0
    headers = headers[:width]
    body = []
    for number, cells in filled[best + 1 :]:
        cells = tuple(unescape(c) for c in cells[:width]) + ("",) * max(0, width - len(cells))
        body.append((number, cells))
    return Sheet(source, fmt, headers, body, header_row, notices=notices)
