"""The pemetaan values sheet: a template of every indicator, and the import of values.

The sheet has the columns ``kode`` (the Lampiran table: an urusan code such as ``2.12``,
a function code such as ``5.02``, ``umum`` for the variabel umum, ``kecamatan`` for the
kecamatan table), ``no`` (the indicator's number in that table) and ``nilai`` (the
region's value, plain ``1234.5`` or Indonesian ``1.234,5``; ``100.000`` is read as the
sheet's other values write numbers, and refused where none tells); the template adds
``indikator`` and ``satuan`` for the reader, which the import ignores, as it ignores
any other column. A row with an empty ``nilai`` is skipped (an indicator not yet
known). The file may be comma-, semicolon- or tab-delimited, with or without a UTF-8
byte-order mark, as Excel saves it.

Every problem is collected with its row (the header is row 1) and column and the
import fails as a whole (:class:`~rbdesk.interchange.reference_csv.CsvImportError`):
a caller writes nothing unless it returns. Shared by ``rbdesk pemetaan`` and the
window's *Pemetaan urusan* view.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from decimal import Decimal
from pathlib import Path

from rbdesk.domain.errors import DomainError
from rbdesk.domain.pemetaan import Key, canonical, lampiran_level, number_style, parse_number
from rbdesk.interchange.reference_csv import (
    CsvImportError,
    CsvProblem,
    _decode,
    _delimiter,
)
from rbdesk.rules.pemetaan import LampiranCatalogue, Table, load_lampiran

COLUMNS = ("kode", "no", "indikator", "satuan", "nilai")
REQUIRED = ("kode", "no", "nilai")
#: Refuse larger files before reading them (the Lampiran has a few hundred indicators).
MAX_BYTES = 5 * 1024 * 1024


def sheet_tables(
    level: str, catalogue: LampiranCatalogue | None = None, kepulauan: bool = False
) -> list[Table]:
    """The tables of ``level`` (a plan's level) a sheet lists, in the Lampiran's order:
    of the perhubungan table printed twice, the one of a region berciri ``kepulauan`` or
    the other (both number their indicators alike: a sheet's keys fit either)."""
    lampiran = catalogue or load_lampiran()
    variant = "kepulauan" if kepulauan else "daratan"
    return [t for t in lampiran.tables_of(lampiran_level(level)) if t.variant in (None, variant)]


def indicator_keys(level: str, catalogue: LampiranCatalogue | None = None) -> dict[Key, str]:
    """Every indicator of ``level`` (a plan's level), ``(kode, no)`` to its name, in
    the Lampiran's order."""
    return {
        (table.kode, ind.no): ind.name
        for table in sheet_tables(level, catalogue)
        for ind in table.indicators
    }


def template_text(
    level: str,
    values: Mapping[Key, Decimal] | None = None,
    catalogue: LampiranCatalogue | None = None,
    kepulauan: bool = False,
) -> str:
    """The template sheet of ``level``: one row per indicator, in the Lampiran's order,
    with ``nilai`` empty or holding ``values`` (plain decimal text)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for kode, no, name, unit, value in template_rows(level, values, catalogue, kepulauan):
        writer.writerow([kode, no, name, unit, "" if value is None else canonical(value)])
    return out.getvalue()


def template_rows(
    level: str,
    values: Mapping[Key, Decimal] | None,
    catalogue: LampiranCatalogue | None,
    kepulauan: bool,
) -> Iterator[tuple[str, int, str, str, Decimal | None]]:
    """``(kode, no, name, unit, value or None)`` of every indicator of the sheet."""
    for table in sheet_tables(level, catalogue, kepulauan):
        for ind in table.indicators:
            yield table.kode, ind.no, ind.name, ind.unit, (values or {}).get((table.kode, ind.no))


def write_template(
    path: Path | str,
    level: str,
    values: Mapping[Key, Decimal] | None = None,
    catalogue: LampiranCatalogue | None = None,
    kepulauan: bool = False,
) -> int:
    """Write the template sheet to ``path`` (UTF-8 with a byte-order mark, which Excel
    needs to read it as UTF-8); returns the number of indicator rows. The file appears
    whole or not at all (written beside it, then renamed)."""
    text = template_text(level, values, catalogue, kepulauan)
    target = Path(path)
    partial = target.with_name(f".{target.name}.partial")
    try:
        partial.write_text(text, encoding="utf-8-sig", newline="")
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return text.count("\r\n") - 1


def _problem(code: str, row: int | None = None, column: str | None = None,
             /, **params: object) -> CsvProblem:  # fmt: skip
    return CsvProblem(code, params, row, column)


def parse_values(
    source: str, raw: bytes, level: str, catalogue: LampiranCatalogue | None = None
) -> dict[Key, Decimal]:
    """The values of a sheet's bytes (``source`` names it in messages), checked against
    the indicators of ``level``. Raises ``CsvImportError`` listing every problem."""
    if len(raw) > MAX_BYTES:
        raise CsvImportError(source, [_problem("csv.too_large", size=len(raw), limit=MAX_BYTES)])
    notices: list[object] = []
    text = _decode(raw, notices)  # type: ignore[arg-type]
    if not text.strip():
        raise CsvImportError(source, [_problem("csv.empty")])
    if "\x00" in text:
        raise CsvImportError(source, [_problem("csv.binary")])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise CsvImportError(source, [_problem("csv.row_unreadable", detail=str(exc))]) from exc
    header = [cell.strip().lower() for cell in rows[0]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise CsvImportError(
            source,
            [_problem("csv.columns_missing", 1, None, missing=", ".join(missing),
                      found=", ".join(h for h in header if h) or "-")],
        )  # fmt: skip
    col = {name: header.index(name) for name in REQUIRED}
    known = indicator_keys(level, catalogue)
    problems: list[CsvProblem] = []
    values: dict[Key, Decimal] = {}
    seen: dict[Key, int] = {}
    # the sheet's number style, where its values tell: 100.000 is a hundred thousand in
    # a sheet that writes 1.234,5 elsewhere
    index = col["nilai"]
    styles = {number_style(r[index]) for r in rows[1:] if index < len(r)} - {None}
    style = styles.pop() if len(styles) == 1 else None
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue

        def cell(name: str, row: list[str] = row) -> str:
            index = col[name]
            return row[index].strip() if index < len(row) else ""

        kode, no_text, nilai = cell("kode"), cell("no"), cell("nilai")
        if not kode:
            problems.append(_problem("pemetaan_csv.kode_empty", number, "kode"))
            continue
        try:
            no = int(no_text)
        except ValueError:
            problems.append(_problem("pemetaan_csv.no", number, "no", value=no_text[:40]))
            continue
        key = (kode, no)
        if key not in known:
            problems.append(_problem("pemetaan_csv.unknown", number, "kode", kode=kode[:40], no=no))
            continue
        if key in seen:
            problems.append(
                _problem("pemetaan_csv.twice", number, "no", kode=kode, no=no, row=seen[key])
            )
            continue
        seen[key] = number
        if not nilai:
            continue
        try:
            values[key] = parse_number(nilai, style)
        except DomainError as exc:
            problems.append(CsvProblem(exc.code, exc.params, number, "nilai"))
    if problems:
        raise CsvImportError(source, problems)
    return values


def read_values(
    path: Path | str, level: str, catalogue: LampiranCatalogue | None = None
) -> dict[Key, Decimal]:
    """The values of the sheet at ``path``; ``CsvImportError`` listing every problem
    (an unreadable file too)."""
    path = Path(path)
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CsvImportError(source, [_problem("csv.too_large", size=size, limit=MAX_BYTES)])
        raw = path.read_bytes()
    except OSError as exc:
        detail = exc.strerror or str(exc)
        raise CsvImportError(source, [_problem("csv.unreadable", detail=detail)]) from exc
    if raw.startswith(b"PK\x03\x04"):  # an XLSX workbook: its first sheet, as CSV text
        raw = _xlsx_as_csv(path)
    return parse_values(source, raw, level, catalogue)


def _xlsx_as_csv(path: Path) -> bytes:
    """The table of an XLSX values sheet as the CSV it would be (title rows above the
    header left out: a problem's row counts from the header; empty rows inside kept)."""
    from rbdesk.interchange.sheets import read_sheet

    sheet = read_sheet(path)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(sheet.headers)
    line = sheet.header_row
    for number, cells in sheet.rows:
        while line + 1 < number:  # so that a problem's row is the workbook's
            writer.writerow([])
            line += 1
        writer.writerow(cells)
        line = number
    return out.getvalue().encode("utf-8")


def write_template_xlsx(
    path: Path | str,
    level: str,
    values: Mapping[Key, Decimal] | None = None,
    catalogue: LampiranCatalogue | None = None,
    kepulauan: bool = False,
) -> int:
    """The template sheet as an XLSX workbook (one sheet, the same columns); returns the
    number of indicator rows."""
    from rbdesk.interchange.tables import Table, write_xlsx

    rows: list[list[str | int | float]] = []
    for kode, no, name, unit, value in template_rows(level, values, catalogue, kepulauan):
        nilai: str | int | float = "" if value is None else (
            int(value) if value == value.to_integral_value() else float(value))  # fmt: skip
        rows.append([kode, no, name, unit, nilai])
    write_xlsx(Path(path), [Table("pemetaan", list(COLUMNS), rows)])
    return len(rows)
