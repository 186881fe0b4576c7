"""Import of the reference CSV: one row per unit, parents named by unit name.

Columns: ``unit``, ``parent_unit``, ``unit_kind`` (required), ``eselon`` and
``urusan_codes`` (optional; codes separated by ``;`` or ``,``), and for a rumah sakit
``kelas_rs`` (its kelas, A to D: the unit's type) and ``jenis_rs`` (``umum`` or
``khusus``), optional and on rumah sakit rows only. Other columns are ignored with a
notice. The file may be comma-, semicolon- or tab-delimited, with or
without a UTF-8 byte-order mark, with CRLF or LF line ends, as Excel in an Indonesian
locale saves it; Excel's "Unicode text" (UTF-16, tabs) is read as such. A file that is
UTF-8 as a whole but for a few damaged bytes has each reported with its row and
column; only a file with no UTF-8 in it is read as Windows-1252, with a notice. The
causes Excel users meet are named: a row separated by another delimiter than the
header, a header mixing them, a quote never closed, a parent that differs from a unit's
name only by a non-breaking space.

Every problem is collected with its row number (the header is row 1) and column, and
the import fails as a whole: a caller writes nothing unless ``problems`` is empty.
Problems and notices are codes with values (:class:`CsvProblem`, ``rbdesk.i18n.Text``),
said in the run's language from the catalogue (``error.csv.*``, ``notice.csv.*``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rbdesk.domain.errors import DomainError, RbdeskError, one_line
from rbdesk.domain.invariants import check_parent_kind, find_cycle
from rbdesk.domain.limits import check_text, too_long
from rbdesk.domain.model import (
    ESELON,
    HOSPITAL_KINDS,
    UNIT_TYPES,
    Level,
    Region,
    Scenario,
    ScenarioRole,
    Structure,
    Unit,
    UrusanAssignment,
    UrusanRole,
)
from rbdesk.i18n import Text, say
from rbdesk.rules.catalogue import Catalogue

REQUIRED = ("unit", "parent_unit", "unit_kind")
OPTIONAL = ("eselon", "urusan_codes", "kelas_rs", "jenis_rs")
#: The kind whose rows may give ``kelas_rs`` and ``jenis_rs``.
HOSPITAL = "rumah_sakit"
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


#: How many problems the message of a failed import lists; the rest are counted.
SHOWN_PROBLEMS = 50


@dataclass(frozen=True)
class CsvProblem:
    """One problem of the file: what (``error.<code>`` of the catalogue with ``params``)
    and where (``row``, the header being row 1, and ``column``; either may be unknown).
    Problems the domain finds (a parent kind the law does not allow) keep the domain's
    code; ``detail`` values are Python's or the csv module's own words."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)
    row: int | None = None
    column: str | None = None

    def what(self, lang: str = "en") -> str:
        """The problem without its place."""
        return say(f"error.{self.code}", lang, self.params)

    def said(self, lang: str = "en") -> str:
        """``row 4, column unit_kind: ...`` in ``lang``."""
        what = self.what(lang)
        place = {"row": self.row, "column": self.column, "problem": what}
        if self.row is not None and self.column:
            return say("error.csv.at_cell", lang, place)
        if self.row is not None:
            return say("error.csv.at_row", lang, place)
        if self.column:
            return say("error.csv.at_column", lang, place)
        return what

    def __str__(self) -> str:
        return self.said("en")


def _problem(
    code: str, row: int | None = None, column: str | None = None, /, **params: object
) -> CsvProblem:
    return CsvProblem(code, params, row, column)


@dataclass(frozen=True)
class _Chain:
    """Units on a cycle, ``'A' (row 3) -> 'B' (row 4)``, said in a language."""

    links: tuple[Text, ...]

    def said(self, lang: str) -> str:
        return " -> ".join(link.said(lang) for link in self.links)


class CsvImportError(RbdeskError):
    """The file cannot be imported; ``problems`` lists every problem found.

    ``message(lang)`` is the whole report, one line each: the file and the number of
    problems, then the first ``SHOWN_PROBLEMS`` problems, then how many more there are."""

    def __init__(self, source: str, problems: Sequence[CsvProblem]) -> None:
        super().__init__("csv.import", source=source, count=len(problems))
        self.source = source
        self.problems = list(problems)

    def message(self, lang: str = "en") -> str:
        lines = [say("error.csv.import", lang, self.params)]
        lines += [problem.said(lang) for problem in self.problems[:SHOWN_PROBLEMS]]
        if len(self.problems) > SHOWN_PROBLEMS:
            more = len(self.problems) - SHOWN_PROBLEMS
            lines.append(say("error.csv.more", lang, {"count": more}))
        return "\n".join(map(one_line, lines))  # a cell may hold a line break


@dataclass
class ImportResult:
    region: Region
    structure: Structure
    #: What the import assumed or left out, to tell the planner (``notice.said(lang)``).
    notices: list[Text] = field(default_factory=list)


@dataclass
class _Row:
    number: int
    name: str
    parent: str
    kind: str
    eselon: str
    codes: list[str]
    #: a rumah sakit's kelas (``kelas_rs``) and jenis (``jenis_rs``), "" when not given
    hospital_class: str = ""
    hospital_kind: str = ""


def _notice(name: str, /, **params: object) -> Text:
    return Text(f"notice.csv.{name}", params)


def _decode(raw: bytes, notices: list[Text]) -> str:
    """The file's text. UTF-16 (Excel's "Unicode text") is read as such; UTF-8 with a
    few damaged bytes keeps them as surrogates (``\udc80``-``\udcff``), which the
    parse reports with their row and column; only a file with no UTF-8 in it at all
    is read as Windows-1252."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(raw):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
        else:
            notices.append(_notice("utf16"))
            return text
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = raw.decode("utf-8-sig", errors="surrogateescape")
    if any(ord(c) > 0x7F and not 0xDC80 <= ord(c) <= 0xDCFF for c in text):
        return text  # UTF-8 as a whole: the bad bytes are problems of their cells
    notices.append(_notice("cp1252"))
    return raw.decode("cp1252", errors="replace")


def _looks_utf16(raw: bytes) -> bool:
    """UTF-16 without a byte-order mark: every other byte of the start is NUL."""
    head = raw[:200]
    return len(head) >= 8 and (head[1::2].count(0) > len(head) // 3
                               or head[0::2].count(0) > len(head) // 3)  # fmt: skip


#: The separators a header may use, most common first.
DELIMITERS = (",", ";", "\t")


def _delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    return max(DELIMITERS, key=lambda d: (header.count(d), -DELIMITERS.index(d)))


def _bad_bytes(text: str) -> str:
    """The damaged bytes a cell holds (kept as surrogates by ``_decode``), in hex."""
    return " ".join(f"0x{ord(c) - 0xDC00:02X}" for c in text if 0xDC80 <= ord(c) <= 0xDCFF)


def _unclosed_quote(text: str, delimiter: str) -> int | None:
    """The line where a quote opens that is never closed, if one does (the csv module
    then reads every later row as part of one cell)."""
    opened: int | None = None
    starts = re.compile(rf'(^|{re.escape(delimiter)})\s*"')
    for number, line in enumerate(text.splitlines(), start=1):
        if line.count('"') % 2:
            # only a quote at the start of a cell opens one (elsewhere it is text)
            if opened is None and starts.search(line):
                opened = number
            elif opened is not None:
                opened = None
    return opened


def read_rows(source: str, raw: bytes) -> tuple[list[_Row], list[CsvProblem], list[Text]]:
    """Parse the file into rows; returns ``(rows, problems, notices)``."""
    notices: list[Text] = []
    problems: list[CsvProblem] = []
    text = _decode(raw, notices)
    if not text.strip():
        return [], [_problem("csv.empty")], notices
    if "\x00" in text:
        return [], [_problem("csv.binary")], notices
    delimiter = _delimiter(text)
    if delimiter == "\t":
        notices.append(_notice("tabs"))
    unclosed = _unclosed_quote(text, delimiter)
    if unclosed is not None:
        return [], [_problem("csv.quote_unbalanced", unclosed)], notices
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except csv.Error as exc:
        return [], [_problem("csv.header_unreadable", 1, detail=str(exc))], notices
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        others = [d for d in DELIMITERS if d != delimiter and any(d in h for h in header)]
        if others:
            shown = ", ".join(repr(d) for d in (delimiter, *others))
            return [], [_problem("csv.header_mixed", 1, delimiters=shown)], notices
        found = tuple(h for h in header if h)
        if found:
            problem = _problem("csv.columns_missing", 1, missing=tuple(missing), found=found)
        else:
            problem = _problem("csv.columns_missing_none", 1, missing=tuple(missing))
        return [], [problem], notices
    duplicated = sorted({h for h in header if h and header.count(h) > 1})
    if duplicated:
        return [], [_problem("csv.columns_repeated", 1, columns=tuple(duplicated))], notices
    ignored = [h for h in header if h and h not in REQUIRED + OPTIONAL]
    if ignored:
        notices.append(_notice("ignored", columns=tuple(ignored)))
    index = {name: header.index(name) for name in REQUIRED + OPTIONAL if name in header}
    rows: list[_Row] = []
    try:
        for number, cells in enumerate(reader, start=2):
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
                problems.append(_problem("csv.cells_extra", number))
                continue
            if len(cells) == 1 and len(header) > 1:
                stray = [d for d in DELIMITERS if d != delimiter and d in cells[0]]
                if stray:
                    problems.append(_problem("csv.row_delimiter", number, found=repr(stray[0]),
                                             expected=repr(delimiter)))  # fmt: skip
                    continue
            damaged = [(header[n] if n < len(header) else None, _bad_bytes(c))
                       for n, c in enumerate(cells) if _bad_bytes(c)]  # fmt: skip
            if damaged:
                problems.extend(_problem("csv.bad_byte", number, column, bytes=hexes)
                                for column, hexes in damaged)  # fmt: skip
                continue

            def cell(column: str, cells: list[str] = cells) -> str:
                at = index.get(column)
                return cells[at].strip() if at is not None and at < len(cells) else ""

            codes = [c.strip() for c in re.split(r"[;,]", cell("urusan_codes")) if c.strip()]
            rows.append(
                _Row(number, cell("unit"), cell("parent_unit"), cell("unit_kind"),
                     cell("eselon"), codes, cell("kelas_rs").upper(), cell("jenis_rs").lower())
            )  # fmt: skip
    except csv.Error as exc:
        problems.append(_problem("csv.row_unreadable", reader.line_num, detail=str(exc)))
    if not rows and not problems:
        problems.append(_problem("csv.no_units"))
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


def _spaced(name: str) -> str:
    """A name with every kind of space (a non-breaking one pasted from a web page or
    Word, a tab, a run of them) as one plain space: names equal so look the same."""
    return " ".join(name.split())


def build_structure(
    rows: list[_Row], level: Level, catalogue: Catalogue
) -> tuple[Structure, list[CsvProblem]]:
    """Check every row and build the current scenario; returns ``(structure, problems)``."""
    problems: list[CsvProblem] = []
    by_name: dict[str, list[_Row]] = {}
    for row in rows:
        by_name.setdefault(row.name, []).append(row)
    ids = {id(row): n for n, row in enumerate(rows, start=1)}
    seen_under: dict[tuple[str, str], int] = {}
    parents: dict[int, int | None] = {}
    structure = Structure(Scenario(0, CURRENT_SCENARIO, ScenarioRole.CURRENT))
    for row in rows:
        at = row.number
        unit_id = ids[id(row)]
        if not row.name:
            problems.append(_problem("csv.name_empty", at, "unit"))
            continue
        long = [(column, text) for column, text in (("unit", row.name), ("parent_unit", row.parent))
                if too_long("unit.name", text)]  # fmt: skip
        if long:  # its other problems would quote the whole text
            for column, text in long:
                try:
                    check_text("unit.name", text)
                except DomainError as exc:
                    problems.append(CsvProblem(exc.code, exc.params, at, column))
            continue
        key = (row.parent, row.name)
        if key in seen_under:
            problems.append(
                _problem("csv.name_twice", at, "unit", name=row.name, first=seen_under[key])
            )
            continue
        seen_under[key] = row.number
        parent_id: int | None = None
        parent_kind: str | None = None
        if row.parent:
            candidates = by_name.get(row.parent, [])
            if not candidates:
                alike = [r for r in rows if _spaced(r.name) == _spaced(row.parent)]
                if alike:
                    problems.append(
                        _problem("csv.parent_spaces", at, "parent_unit", parent=row.parent,
                                 name=alike[0].name, row=alike[0].number)
                    )  # fmt: skip
                else:
                    problems.append(
                        _problem("csv.parent_unknown", at, "parent_unit", parent=row.parent)
                    )
            elif len(candidates) > 1:
                problems.append(
                    _problem("csv.parent_ambiguous", at, "parent_unit", parent=row.parent,
                             rows=tuple(c.number for c in candidates))
                )  # fmt: skip
            else:
                parent_id = ids[id(candidates[0])]
                parent_kind = candidates[0].kind
        kind_ok = True
        if not row.kind:
            problems.append(_problem("csv.kind_empty", at, "unit_kind"))
            kind_ok = False
        elif not catalogue.has_kind(row.kind):
            problems.append(
                _problem("csv.kind_unknown", at, "unit_kind", kind=row.kind,
                         known=tuple(sorted(catalogue.kinds)))
            )  # fmt: skip
            kind_ok = False
        elif not catalogue.kind_exists_at(row.kind, level):
            problems.append(
                _problem("kind.level", at, "unit_kind", kind=row.kind,
                         kind_name=catalogue.kind_words(row.kind), level=level.value)
            )  # fmt: skip
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
                problems.append(CsvProblem(exc.code, exc.params, at, column))
        if row.eselon and row.eselon not in ESELON:
            problems.append(
                _problem("unit.eselon_unknown", at, "eselon", value=row.eselon, known=ESELON)
            )
        for column, value in (("kelas_rs", row.hospital_class), ("jenis_rs", row.hospital_kind)):
            if value and row.kind != HOSPITAL:
                problems.append(_problem("csv.hospital_only", at, column, kind=row.kind))
        if row.hospital_class and row.hospital_class not in UNIT_TYPES:
            problems.append(_problem("unit.type_unknown", at, "kelas_rs",
                                     value=row.hospital_class, known=UNIT_TYPES))  # fmt: skip
        if row.hospital_kind and row.hospital_kind not in HOSPITAL_KINDS:
            problems.append(_problem("unit.hospital_kind_unknown", at, "jenis_rs",
                                     value=row.hospital_kind, known=HOSPITAL_KINDS))  # fmt: skip
        seen_codes: set[str] = set()
        for code in row.codes:
            if not catalogue.has_code(code):
                problems.append(_problem("urusan.unknown", at, "urusan_codes", code=code))
            elif code in seen_codes:
                problems.append(_problem("csv.code_twice", at, "urusan_codes", code=code))
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
            unit_type=row.hospital_class or None,
            hospital_kind=row.hospital_kind or None,
        )
    cycle = find_cycle(parents)
    if cycle:
        by_id = {ids[id(r)]: r for r in rows}
        links = tuple(
            Text("error.csv.cycle_unit", {"name": by_id[i].name, "row": by_id[i].number})
            for i in cycle
        )
        problems.append(_problem("csv.cycle", None, "parent_unit", units=_Chain(links)))
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
            raise CsvImportError(source, [_problem("csv.too_large", size=size, limit=MAX_BYTES)])
        raw = path.read_bytes()
    except OSError as exc:
        problem = _problem("csv.unreadable", detail=exc.strerror or str(exc))
        raise CsvImportError(source, [problem]) from exc
    rows, problems, notices = read_rows(source, raw)
    if problems:
        raise CsvImportError(source, problems)
    inferred_name, inferred_level = infer_region(rows, source)
    if level is None:
        if inferred_level is None:
            level = Level.KABUPATEN
            notices.append(_notice("level_assumed", level=level.value))
        else:
            level = inferred_level
            notices.append(_notice("level_inferred", level=level.value))
    if region_name is None:
        region_name = inferred_name
        notices.append(_notice("region_name", name=region_name))
    structure, problems = build_structure(rows, level, catalogue)
    if problems:
        raise CsvImportError(source, problems)
    geo = 1.1 if level is Level.KOTA else 1.0
    if level is Level.KOTA:
        notices.append(_notice("geo_factor", factor=geo))
    return ImportResult(Region(region_name, level, geo_factor=geo), structure, notices)
