"""Import of the reference CSV: one row per unit, parents named by unit name.

Columns: ``unit``, ``parent_unit``, ``unit_kind`` (required), ``eselon`` and
``urusan_codes`` (optional; codes separated by ``;`` or ``,``). Other columns are
ignored with a notice. The file may be comma- or semicolon-delimited, with or without
a UTF-8 byte-order mark, with CRLF or LF line ends, as Excel in an Indonesian locale
saves it; a file that is not UTF-8 is read as Windows-1252 with a notice.

Every problem is collected with its row number (the header is row 1) and column, and
the import fails as a whole: a caller writes nothing unless ``problems`` is empty.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from rbdesk.domain.errors import DomainError, RbdeskError
from rbdesk.domain.invariants import check_parent_kind, find_cycle
from rbdesk.domain.model import (
    ESELON,
    Level,
    Region,
    Scenario,
    ScenarioRole,
    Structure,
    Unit,
    UrusanAssignment,
    UrusanRole,
)
from rbdesk.rules.catalogue import Catalogue

REQUIRED = ("unit", "parent_unit", "unit_kind")
OPTIONAL = ("eselon", "urusan_codes")
#: Refuse files larger than this before reading them (a plan of a whole province
#: with UPTs and kelurahan is ~10,000 rows of ~200 bytes).
MAX_BYTES = 200 * 1024 * 1024
CURRENT_SCENARIO = "Kondisi Saat Ini"

_ROOT_TITLES = (
    ("walikota", Level.KOTA, "Kota"),
    ("wali kota", Level.KOTA, "Kota"),
    ("bupati", Level.KABUPATEN, "Kabupaten"),
    ("gubernur", Level.PROVINSI, "Provinsi"),
)


class CsvImportError(RbdeskError):
    """The file cannot be imported; ``problems`` lists every problem found."""

    def __init__(self, source: str, problems: list[str]) -> None:
        shown = problems[:50]
        more = f"\n... and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(
            f"cannot import '{source}': {len(problems)} problem(s)\n" + "\n".join(shown) + more
        )
        self.problems = problems


@dataclass
class ImportResult:
    region: Region
    structure: Structure
    notices: list[str] = field(default_factory=list)


@dataclass
class _Row:
    number: int
    name: str
    parent: str
    kind: str
    eselon: str
    codes: list[str]


def _decode(raw: bytes, notices: list[str]) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        notices.append("the file is not UTF-8; it was read as Windows-1252 (Excel's ANSI)")
        return raw.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    return ";" if header.count(";") > header.count(",") else ","


def read_rows(source: str, raw: bytes) -> tuple[list[_Row], list[str], list[str]]:
    """Parse the file into rows; returns ``(rows, problems, notices)``."""
    notices: list[str] = []
    problems: list[str] = []
    text = _decode(raw, notices)
    if not text.strip():
        return [], ["the file is empty"], notices
    if "\x00" in text:
        return [], ["the file is not a text CSV file (it contains NUL bytes)"], notices
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except csv.Error as exc:
        return [], [f"row 1: not a readable CSV header ({exc})"], notices
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        return (
            [],
            [
                f"row 1: missing column(s) {', '.join(missing)}; found: "
                f"{', '.join(h for h in header if h) or 'none'}"
            ],
            notices,
        )
    duplicated = sorted({h for h in header if h and header.count(h) > 1})
    if duplicated:
        return [], [f"row 1: column(s) {', '.join(duplicated)} appear more than once"], notices
    ignored = [h for h in header if h and h not in REQUIRED + OPTIONAL]
    if ignored:
        notices.append(f"column(s) ignored: {', '.join(ignored)}")
    index = {name: header.index(name) for name in REQUIRED + OPTIONAL if name in header}
    rows: list[_Row] = []
    try:
        for number, cells in enumerate(reader, start=2):
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
                problems.append(f"row {number}: more cells than columns in the header")
                continue

            def cell(column: str, cells: list[str] = cells) -> str:
                at = index.get(column)
                return cells[at].strip() if at is not None and at < len(cells) else ""

            codes = [c.strip() for c in re.split(r"[;,]", cell("urusan_codes")) if c.strip()]
            rows.append(
                _Row(number, cell("unit"), cell("parent_unit"), cell("unit_kind"),
                     cell("eselon"), codes)
            )  # fmt: skip
    except csv.Error as exc:
        problems.append(f"row {reader.line_num}: not readable as CSV ({exc})")
    if not rows and not problems:
        problems.append("the file has a header but no units")
    return rows, problems, notices


def infer_region(rows: list[_Row], source: str) -> tuple[str, Level | None]:
    """Region name and level from the root's title (``Walikota Mojokerto`` means
    ``Kota Mojokerto``), else from the kinds used, else ``(file stem, None)``."""
    for row in rows:
        if not row.parent and row.kind == "kepala_daerah":
            lowered = row.name.lower()
            for title, level, prefix in _ROOT_TITLES:
                if lowered.startswith(title):
                    place = row.name[len(title) :].strip()
                    return (f"{prefix} {place}" if place else row.name), level
    kinds = {row.kind for row in rows}
    stem = Path(source).stem.replace("_", " ").strip().title() or "Daerah"
    if kinds & {"biro", "cabang_dinas", "badan_penghubung"}:
        return stem, Level.PROVINSI
    if kinds & {"kecamatan", "kelurahan", "puskesmas"}:
        return stem, Level.KABUPATEN
    return stem, None


def build_structure(
    rows: list[_Row], level: Level, catalogue: Catalogue
) -> tuple[Structure, list[str]]:
    """Check every row and build the current scenario; returns ``(structure, problems)``."""
    problems: list[str] = []
    by_name: dict[str, list[_Row]] = {}
    for row in rows:
        by_name.setdefault(row.name, []).append(row)
    ids = {id(row): n for n, row in enumerate(rows, start=1)}
    seen_under: dict[tuple[str, str], int] = {}
    parents: dict[int, int | None] = {}
    structure = Structure(Scenario(0, CURRENT_SCENARIO, ScenarioRole.CURRENT))
    for row in rows:
        where = f"row {row.number}"
        unit_id = ids[id(row)]
        if not row.name:
            problems.append(f"{where}, column unit: the unit name is empty")
            continue
        key = (row.parent, row.name)
        if key in seen_under:
            problems.append(
                f"{where}, column unit: duplicate name '{row.name}' under the same parent "
                f"(first at row {seen_under[key]})"
            )
            continue
        seen_under[key] = row.number
        parent_id: int | None = None
        parent_kind: str | None = None
        if row.parent:
            candidates = by_name.get(row.parent, [])
            if not candidates:
                problems.append(f"{where}, column parent_unit: unknown parent '{row.parent}'")
            elif len(candidates) > 1:
                lines = ", ".join(str(c.number) for c in candidates)
                problems.append(
                    f"{where}, column parent_unit: parent '{row.parent}' is ambiguous "
                    f"(rows {lines} have that name)"
                )
            else:
                parent_id = ids[id(candidates[0])]
                parent_kind = candidates[0].kind
        kind_ok = True
        if not row.kind:
            problems.append(f"{where}, column unit_kind: the kind is empty")
            kind_ok = False
        elif not catalogue.has_kind(row.kind):
            problems.append(
                f"{where}, column unit_kind: unknown kind '{row.kind}' "
                f"(known: {', '.join(sorted(catalogue.kinds))})"
            )
            kind_ok = False
        elif not catalogue.kind_exists_at(row.kind, level):
            problems.append(
                f"{where}, column unit_kind: a {catalogue.kind_label(row.kind)} does not exist "
                f"in a {level.value}"
            )
            kind_ok = False
        if (
            kind_ok
            and (parent_kind is None or catalogue.has_kind(parent_kind))
            and (parent_id is not None or not row.parent)
        ):
            try:
                check_parent_kind(row.kind, parent_kind, level, catalogue)
            except DomainError as exc:
                column = "parent_unit" if row.parent else "unit_kind"
                problems.append(f"{where}, column {column}: {exc}")
        if row.eselon and row.eselon not in ESELON:
            problems.append(
                f"{where}, column eselon: unknown eselon '{row.eselon}' "
                f"(known: {', '.join(ESELON)})"
            )
        seen_codes: set[str] = set()
        for code in row.codes:
            if not catalogue.has_code(code):
                problems.append(f"{where}, column urusan_codes: unknown urusan code '{code}'")
            elif code in seen_codes:
                problems.append(f"{where}, column urusan_codes: code '{code}' given twice")
            else:
                seen_codes.add(code)
                # Every urusan a unit lists is one it holds: a merged dinas holds each
                # of its urusan as a main one.
                structure.assignments.append(UrusanAssignment(unit_id, code, UrusanRole.MAIN))
        parents[unit_id] = parent_id
        structure.units[unit_id] = Unit(
            unit_id,
            parent_id,
            row.kind,
            row.name,
            eselon=row.eselon or None,
            sort_order=row.number,
        )
    cycle = find_cycle(parents)
    if cycle:
        by_id = {ids[id(r)]: r for r in rows}
        names = " -> ".join(f"'{by_id[i].name}' (row {by_id[i].number})" for i in cycle)
        problems.append(f"column parent_unit: the parents form a cycle: {names}")
    return structure, problems


def import_reference_csv(
    path: Path,
    catalogue: Catalogue,
    *,
    region_name: str | None = None,
    level: Level | None = None,
) -> ImportResult:
    """Read and check a reference CSV; raise ``CsvImportError`` listing every problem."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CsvImportError(source, [f"the file is too large ({size} bytes)"])
        raw = path.read_bytes()
    except OSError as exc:
        raise CsvImportError(source, [f"the file cannot be read ({exc.strerror})"]) from exc
    rows, problems, notices = read_rows(source, raw)
    if problems:
        raise CsvImportError(source, problems)
    inferred_name, inferred_level = infer_region(rows, source)
    if level is None:
        if inferred_level is None:
            level = Level.KABUPATEN
            notices.append("level: nothing in the file tells it; assumed kabupaten")
        else:
            level = inferred_level
            notices.append(f"level: assumed {level.value} from the file")
    if region_name is None:
        region_name = inferred_name
        notices.append(f"region name: assumed '{region_name}'")
    structure, problems = build_structure(rows, level, catalogue)
    if problems:
        raise CsvImportError(source, problems)
    geo = 1.1 if level is Level.KOTA else 1.0
    if level is Level.KOTA:
        notices.append("geographic factor: 1.1, the factor of every kota (PP 18/2016 Pasal 107)")
    return ImportResult(Region(region_name, level, geo_factor=geo), structure, notices)
