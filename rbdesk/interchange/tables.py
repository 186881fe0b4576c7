"""A plan's tables for spreadsheets and graph tools (issue 15): the units with every
field, the positions as a *peta jabatan*, and writers that open safely.

A :class:`Table` is a named header row and rows of cells, each ``str`` (text) or ``int``
/ ``float`` (a number: a negative *selisih* stays a number). The writers:

* :func:`write_xlsx`: one sheet per table, a bold frozen header row, column widths and
  number formats; every text is a string cell, never a formula, and keeps its exact
  text (openpyxl would read ``=SUM(A1)`` as a formula: the cell's type is set to text);
* :func:`write_csv`: one table, UTF-8 with a byte-order mark (Excel needs it),
  ``;``-delimited in Indonesian and ``,`` in English; a text starting with ``=``, ``+``,
  ``-``, ``@``, a tab or a carriage return gets a leading ``'`` (OWASP CSV injection),
  which rbdesk's own import removes again (:func:`rbdesk.interchange.sheets.unescape`);
* :func:`write_graphml`: the structure as a directed graph for yEd and Gephi
  (networkx's writer): units as nodes with their fields, ``struktural`` edges from
  parent to child, ``koordinasi`` edges for the coordination links.

Every file appears whole or not at all: written beside the target, then renamed.

The units table is what :mod:`rbdesk.interchange.sheet_import` reads back to the same
plan (its headers are in :data:`rbdesk.interchange.mapping.SYNONYMS`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rbdesk.domain.model import PositionCategory, Structure, UrusanRole
from rbdesk.i18n import Labels
from rbdesk.interchange.sheets import FORMULA_STARTS

Cell = str | int | float

#: What ``rbdesk export --what`` names (and the window's export offers).
WHAT = ("units", "positions", "findings", "compare", "operations", "pemetaan", "all")


@dataclass
class Table:
    #: the sheet's name in a workbook
    name: str
    headers: list[str]
    rows: list[list[Cell]]


#: The units table's columns: (field, Indonesian header, English header).
UNIT_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("id", "ID", "ID"), ("parent_id", "ID Induk", "Parent ID"), ("name", "Nama Unit", "Unit"),
    ("parent", "Induk", "Parent"), ("kind", "Jenis", "Kind"),
    ("short_name", "Singkatan", "Short name"), ("type", "Tipe", "Type"),
    ("eselon", "Eselon", "Eselon"), ("urusan", "Urusan", "Urusan"),
    ("urusan_additional", "Urusan Tambahan", "Additional urusan"),
    ("headcount", "Pegawai", "Staff"), ("needed", "Kebutuhan", "Needed"),
    ("tugas", "Tugas", "Duties"), ("fungsi", "Fungsi", "Functions"),
    ("hospital_kind", "Jenis RS", "Hospital kind"), ("notes", "Catatan", "Notes"),
    ("sort_order", "Urutan", "Order"), ("workload_score", "Skor Beban Kerja", "Workload score"),
)  # fmt: skip


def units_table(structure: Structure, labels: Labels) -> Table:
    """Every unit with every field, parents before children (in the plan's id order)."""
    col = 1 if labels.lang == "id" else 2
    codes: dict[int, tuple[list[str], list[str]]] = {}
    for a in structure.assignments:
        main, other = codes.setdefault(a.unit_id, ([], []))
        (main if a.role is UrusanRole.MAIN else other).append(a.code)
    units = structure.units
    rows: list[list[Cell]] = []
    for uid in _parents_first(structure):
        u = units[uid]
        main, other = codes.get(uid, ([], []))
        parent = units.get(u.parent_id) if u.parent_id is not None else None
        rows.append([
            uid, "" if u.parent_id is None else u.parent_id, u.name,
            parent.name if parent else "", u.kind, u.short_name, u.unit_type or "",
            u.eselon or "", "; ".join(main), "; ".join(other), u.headcount_existing,
            u.headcount_needed, u.tugas, u.fungsi, u.hospital_kind or "", u.notes,
            u.sort_order, "" if u.workload_score is None else u.workload_score,
        ])  # fmt: skip
    return Table(labels["export.sheet.units"], [c[col] for c in UNIT_COLUMNS], rows)


def _parents_first(structure: Structure) -> list[int]:
    """Unit ids in id order, but a parent always before its children."""
    out: list[int] = []
    seen: set[int] = set()
    units = structure.units
    for uid in sorted(units):
        chain = []
        at: int | None = uid
        while at is not None and at not in seen and at in units:
            chain.append(at)
            seen.add(at)
            at = units[at].parent_id
        out.extend(reversed(chain))
    return out


def positions_table(structure: Structure, labels: Labels) -> Table:
    """The *peta jabatan*: unit, jabatan, kategori, eselon/kelas, ada, butuh, selisih
    (ada − butuh: a shortage is negative)."""
    category = {c: labels[f"export.category.{c.value}"] for c in PositionCategory}
    rank = {uid: n for n, uid in enumerate(_parents_first(structure))}
    rows: list[list[Cell]] = []
    for p in sorted(
        structure.positions, key=lambda p: (rank.get(p.unit_id, 0), p.sort_order, p.id)
    ):
        unit = structure.units.get(p.unit_id)
        rows.append([unit.name if unit else "", p.title, category[p.category], p.eselon or "",
                     p.existing, p.needed, p.existing - p.needed])  # fmt: skip
    columns = ("unit", "position", "category", "eselon", "existing", "needed", "difference")
    headers = [labels[f"export.col.{c}"] for c in columns]
    return Table(labels["export.sheet.positions"], headers, rows)


# -- writers ---------------------------------------------------------------------------------


def _atomic(path: Path, write: Callable[[Path], object]) -> None:
    partial = path.with_name(f".{path.name}.partial")
    try:
        write(partial)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def csv_safe(cell: Cell) -> Cell:
    """A text a spreadsheet would read as a formula, with a leading ``'``."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def write_csv(path: Path, table: Table, lang: str) -> None:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";" if lang == "id" else ",", lineterminator="\r\n")
    writer.writerow([csv_safe(h) for h in table.headers])
    for row in table.rows:
        writer.writerow([csv_safe(c) for c in row])
    text = out.getvalue()
    _atomic(path, lambda p: p.write_text(text, encoding="utf-8-sig", newline=""))


def write_xlsx(path: Path, tables: Sequence[Table]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    for table in tables:
        ws = book.create_sheet(_sheet_name(table.name))
        widths = [len(h) for h in table.headers]
        for row in table.rows[:500]:
            for i, cell in enumerate(row):
                widths[i] = max(widths[i], min(60, len(str(cell))))
        for i, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = max(8, width + 2)
        ws.freeze_panes = "A2"
        header = []
        for h in table.headers:
            cell = WriteOnlyCell(ws, value=h)
            cell.data_type = "s"
            cell.font = bold
            header.append(cell)
        ws.append(header)
        for row in table.rows:
            cells = []
            for value in row:
                cell = WriteOnlyCell(ws, value=value)
                if isinstance(value, str):
                    cell.data_type = "s"  # never a formula, whatever it starts with
                elif isinstance(value, int):
                    cell.number_format = "#,##0;-#,##0"
                cells.append(cell)
            ws.append(cells)
    _atomic(path, lambda p: book.save(p))


def _sheet_name(name: str) -> str:
    """A name Excel accepts for a sheet: at most 31 characters, none of ``[]:*?/\\``."""
    cleaned = "".join("_" if c in "[]:*?/\\" else c for c in name)
    return cleaned[:31] or "Sheet"


def write_graphml(path: Path, structure: Structure) -> None:
    import networkx as nx

    graph = nx.DiGraph()
    for uid, u in structure.units.items():
        attrs = {"name": u.name, "kind": u.kind, "type": u.unit_type or "",
                 "eselon": u.eselon or "", "headcount": u.headcount_existing,
                 "needed": u.headcount_needed, "short_name": u.short_name}  # fmt: skip
        graph.add_node(uid, **attrs)
    for uid, u in structure.units.items():
        if u.parent_id is not None and u.parent_id in structure.units:
            graph.add_edge(u.parent_id, uid, relation="struktural")
    for link in structure.links:
        graph.add_edge(link.from_id, link.to_id, relation="koordinasi", note=link.note)
    _atomic(path, lambda p: nx.write_graphml(graph, p))
