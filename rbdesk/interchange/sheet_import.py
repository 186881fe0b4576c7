"""A planner's sheet made into a plan's structure (issue 15): the rows of a
:class:`~rbdesk.interchange.sheets.Sheet`, read through a column mapping
(:mod:`rbdesk.interchange.mapping`), checked as the plan file checks them.

:func:`build` never raises for a bad row: it returns a :class:`Built` with every
problem (its row and the column's header, as :class:`CsvProblem`), the units whose kind
was inferred from their name, and the structure when there is no problem. A parent is
found by its ``parent_id`` when the sheet has ids (Orgvue, draw.io, d3, rbdesk's own
export), else by its name. The caller writes nothing unless ``problems`` is empty.

:func:`import_sheet` is the whole import of the command line: read, propose (or the
remembered mapping, ``--map`` on top), build; it raises ``CsvImportError`` listing every
problem.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from rbdesk.domain.errors import DomainError
from rbdesk.domain.invariants import check_parent_kind, find_cycle
from rbdesk.domain.limits import check_text
from rbdesk.domain.model import (
    HOSPITAL_KINDS,
    Level,
    Position,
    PositionCategory,
    Region,
    Scenario,
    ScenarioRole,
    Structure,
    Unit,
    UrusanAssignment,
    UrusanRole,
)
from rbdesk.i18n import Text
from rbdesk.interchange import mapping as mp
from rbdesk.interchange.reference_csv import (
    _ROOT_TITLES,
    CURRENT_SCENARIO,
    CsvImportError,
    CsvProblem,
    ImportResult,
)
from rbdesk.interchange.sheets import Sheet, read_sheet
from rbdesk.rules.catalogue import Catalogue


@dataclass
class Built:
    """What a sheet makes with a mapping."""

    result: ImportResult | None
    problems: list[CsvProblem] = field(default_factory=list)
    #: unit id → its kind, where inferred from the name (for the planner to check)
    inferred: dict[int, str] = field(default_factory=dict)
    #: unit id → its row in the file
    rows: dict[int, int] = field(default_factory=dict)
    #: the mapping as read (a parent column holding ids is read as ``parent_id``)
    mapping: dict[str, int] = field(default_factory=dict)
    #: the units read well, also when others have problems (for a preview)
    structure: Structure | None = None
    #: the level chosen or inferred
    level: Level | None = None


def kind_names(catalogue: Catalogue) -> dict[str, tuple[str, str]]:
    return {k: (v.name_id, v.name_en) for k, v in catalogue.kinds.items()}


def _codes(text: str) -> list[str]:
    return [c.strip() for c in re.split(r"[;,]", text) if c.strip()]


def build(
    sheet: Sheet,
    mapping: Mapping[str, int],
    catalogue: Catalogue,
    *,
    level: Level | None = None,
    region_name: str | None = None,
    kinds: Mapping[int, str] | None = None,
) -> Built:
    """The structure ``sheet`` makes with ``mapping`` (field → column index); ``kinds``:
    row number → kind, the planner's corrections of inferred kinds."""
    problems: list[CsvProblem] = []
    mapping = dict(mapping)
    headers = sheet.headers
    notices: list[Text] = list(sheet.notices)

    def column(name: str) -> str | None:
        at = mapping.get(name)
        return headers[at] if at is not None and at < len(headers) else None

    if "name" not in mapping:
        found = tuple(h for h in headers if h)
        problems.append(CsvProblem("sheet.no_name_column", {"found": found}, sheet.header_row))
        return Built(None, problems)
    names = kind_names(catalogue)
    by_id: dict[str, int] = {}
    by_name: dict[str, list[int]] = {}
    records: list[tuple[int, int, dict[str, str]]] = []  # unit id, row, fields
    for uid, (number, cells) in enumerate(sheet.rows, start=1):
        values = {f: (cells[i] if i < len(cells) else "") for f, i in mapping.items()}
        records.append((uid, number, values))
        if values.get("id"):
            if values["id"] in by_id:
                problems.append(CsvProblem("sheet.id_twice", {"id": values["id"]}, number,
                                           column("id")))  # fmt: skip
            by_id[values["id"]] = uid
        by_name.setdefault(values.get("name", ""), []).append(uid)
    if "parent" in mapping and "parent_id" not in mapping and "id" in mapping:
        # a parent column that holds ids (draw.io's "manager" or "refs"): read as such
        refs = [v["parent"] for _, _, v in records if v.get("parent")]
        if refs and all(r in by_id for r in refs) and not all(r in by_name for r in refs):
            mapping = {**mapping, "parent_id": mapping["parent"]}
            del mapping["parent"]
            for _, _, v in records:
                v["parent_id"] = v.pop("parent", "")
    use_ids = "parent_id" in mapping and "id" in mapping
    rows = {uid: number for uid, number, _ in records}
    kinds_found: dict[int, str] = {}
    inferred: dict[int, str] = {}
    parents: dict[int, int | None] = {}
    structure = Structure(Scenario(0, CURRENT_SCENARIO, ScenarioRole.CURRENT))
    for uid, number, values in records:
        name = " ".join(values.get("name", "").split())
        if not name:
            problems.append(CsvProblem("csv.name_empty", {}, number, column("name")))
            continue
        # the kind: as written, else from the name, else the planner's correction
        kind: str | None = (kinds or {}).get(number)
        written = values.get("kind", "")
        if kind is None and written:
            kind = mp.kind_of(written, names)
            if kind is None:
                problems.append(CsvProblem("csv.kind_unknown", {"kind": written,
                                "known": tuple(sorted(catalogue.kinds))}, number,
                                column("kind")))  # fmt: skip
                continue
        if kind is None:
            kind = mp.kind_from_name(name)
            if kind is None:
                problems.append(CsvProblem("sheet.kind_not_inferred", {"name": name}, number,
                                           column("name")))  # fmt: skip
                continue
            inferred[uid] = kind
        kinds_found[uid] = kind
    for uid, number, values in records:
        if uid not in kinds_found:
            continue
        kind = kinds_found[uid]
        name = " ".join(values.get("name", "").split())
        parent_id: int | None = None
        if use_ids and values.get("parent_id"):
            parent_id = by_id.get(values["parent_id"])
            if parent_id is None:
                problems.append(CsvProblem("csv.parent_unknown", {"parent": values["parent_id"]},
                                           number, column("parent_id")))  # fmt: skip
                continue
        elif not use_ids and values.get("parent"):
            holders = by_name.get(values["parent"]) or by_name.get(
                " ".join(values["parent"].split()), []
            )
            if not holders:
                problems.append(CsvProblem("csv.parent_unknown", {"parent": values["parent"]},
                                           number, column("parent")))  # fmt: skip
                continue
            if len(holders) > 1:
                problems.append(CsvProblem(
                    "csv.parent_ambiguous", {"parent": values["parent"],
                                             "rows": tuple(rows[u] for u in holders)},
                    number, column("parent")))  # fmt: skip
                continue
            parent_id = holders[0]
        parents[uid] = parent_id
        texts = [("unit.name", name, "name")]
        texts += [(f"unit.{f}", values.get(f, ""), f) for f in ("short_name", "tugas", "fungsi",
                                                              "notes")]  # fmt: skip
        texts.append(("position.title", values.get("title", ""), "title"))
        bad = False
        for limit, text, where in texts:
            try:
                check_text(limit, text)
            except DomainError as exc:
                problems.append(CsvProblem(exc.code, exc.params, number, column(where)))
                bad = True
        eselon: str | None = None
        if values.get("eselon"):
            eselon = mp.eselon_of(values["eselon"])
            if eselon is None:
                problems.append(CsvProblem("unit.eselon_unknown", {"value": values["eselon"],
                                "known": ("IIa", "IIb", "IIIa", "…")}, number,
                                column("eselon")))  # fmt: skip
                bad = True
        unit_type: str | None = None
        if values.get("type"):
            unit_type = mp.type_of(values["type"])
            if unit_type is None:
                problems.append(CsvProblem("unit.type_unknown", {"value": values["type"],
                                "known": ("A", "B", "C", "D")}, number,
                                column("type")))  # fmt: skip
                bad = True
        hospital_kind = values.get("hospital_kind", "").lower() or None
        if hospital_kind and hospital_kind not in HOSPITAL_KINDS:
            problems.append(CsvProblem("unit.hospital_kind_unknown", {"value": hospital_kind,
                            "known": HOSPITAL_KINDS}, number, column("hospital_kind")))  # fmt: skip
            bad = True
        numbers: dict[str, int] = {}
        for f in ("headcount", "needed", "sort_order"):
            if values.get(f):
                found_n = mp.whole_number(values[f])
                if found_n is None:
                    problems.append(CsvProblem("sheet.not_number", {"value": values[f]}, number,
                                               column(f)))  # fmt: skip
                    bad = True
                else:
                    numbers[f] = found_n
        workload: float | None = None
        if values.get("workload_score"):
            try:
                workload = float(values["workload_score"].replace(",", "."))
            except ValueError:
                problems.append(CsvProblem("sheet.not_number", {"value": values["workload_score"]},
                                           number, column("workload_score")))  # fmt: skip
                bad = True
        main: list[str] = []
        others: list[str] = []
        if values.get("code"):
            parsed = mp.urusan_of_code(values["code"])
            if parsed is None:
                problems.append(CsvProblem("sheet.org_code", {"value": values["code"]}, number,
                                           column("code")))  # fmt: skip
                bad = True
            else:
                main.append(parsed[0])
                others += parsed[1]
        main += _codes(values.get("urusan", ""))
        others += _codes(values.get("urusan_additional", ""))
        seen: set[str] = set()
        for code, role, where in [*((c, UrusanRole.MAIN, "urusan") for c in main),
                                  *((c, UrusanRole.SUPPORTING, "urusan_additional")
                                    for c in others)]:  # fmt: skip
            if not catalogue.has_code(code):
                problems.append(CsvProblem("urusan.unknown", {"code": code}, number,
                                           column(where) or column("code")))  # fmt: skip
                bad = True
            elif code not in seen:
                seen.add(code)
                structure.assignments.append(UrusanAssignment(uid, code, role))
        if bad:
            continue
        structure.units[uid] = Unit(
            uid, parent_id, kind, name,
            short_name=values.get("short_name", ""), unit_type=unit_type, eselon=eselon,
            sort_order=numbers.get("sort_order", number), tugas=values.get("tugas", ""),
            fungsi=values.get("fungsi", ""), headcount_existing=numbers.get("headcount", 0),
            headcount_needed=numbers.get("needed", 0), notes=values.get("notes", ""),
            hospital_kind=hospital_kind, workload_score=workload,
        )  # fmt: skip
        if values.get("title"):
            structure.positions.append(
                Position(
                    len(structure.positions) + 1,
                    uid,
                    values["title"],
                    PositionCategory.STRUCTURAL,
                    eselon,
                    1,
                    1,
                )  # fmt: skip
            )
    cycle = find_cycle(parents)
    if cycle:
        linked = column("parent_id") if use_ids else column("parent")
        problems.append(CsvProblem("sheet.cycle", {"rows": tuple(rows[u] for u in cycle)},
                                   rows[cycle[0]], linked))  # fmt: skip
    roots = [u for u, p in parents.items() if p is None]
    name, inferred_level = _region_of(structure, roots, sheet.source)
    chosen_level = level or inferred_level or Level.KABUPATEN
    if level is None:
        said = "notice.csv.level_inferred" if inferred_level else "notice.csv.level_assumed"
        notices.append(Text(said, {"level": chosen_level.value}))
    if not problems:
        for uid, unit in structure.units.items():
            parent = structure.units.get(unit.parent_id) if unit.parent_id else None
            try:
                check_parent_kind(unit.kind, parent.kind if parent else None, chosen_level,
                                  catalogue)  # fmt: skip
            except DomainError as exc:
                where = "kind" if "kind" in mapping else "name"
                problems.append(CsvProblem(exc.code, exc.params, rows[uid], column(where)))
    if problems:
        return Built(None, problems, inferred, rows, mapping, structure, chosen_level)
    if not structure.units:
        return Built(None, [CsvProblem("csv.no_units")], inferred, rows, mapping)
    region = Region(region_name or name, chosen_level,
                    geo_factor=1.1 if chosen_level is Level.KOTA else 1.0)  # fmt: skip
    if region_name is None:
        notices.append(Text("notice.csv.region_name", {"name": region.name}))
    try:
        check_text("region.name", region.name)
    except DomainError as exc:
        return Built(None, [CsvProblem(exc.code, exc.params)], inferred, rows, mapping)
    return Built(ImportResult(region, structure, notices), [], inferred, rows, mapping,
                 structure, chosen_level)  # fmt: skip


def _region_of(structure: Structure, roots: list[int], source: str) -> tuple[str, Level | None]:
    """The region's name and level from the root's title (``Bupati Sukamaju``), else the
    file's name and the kinds used."""
    for uid in roots:
        unit = structure.units.get(uid)
        if unit is None:
            continue
        lowered = unit.name.lower()
        for title, lv, prefix in _ROOT_TITLES:
            if lowered.startswith(title):
                place = unit.name[len(title) :].strip()
                return (f"{prefix} {place}" if place else unit.name), lv
    kinds = {u.kind for u in structure.units.values()}
    stem = Path(source).stem.replace("_", " ").strip().title() or "Daerah"
    if kinds & {"biro", "cabang_dinas", "badan_penghubung"}:
        return stem, Level.PROVINSI
    if kinds & {"kecamatan", "kelurahan", "puskesmas"}:
        return stem, Level.KABUPATEN
    return stem, None


def proposed_mapping(sheet: Sheet, memory: Path | None = None) -> tuple[dict[str, int], bool]:
    """The mapping to start from: the one remembered for this header row, else the one
    rbdesk proposes; and whether it was remembered."""
    found = mp.remembered(sheet.headers, memory)
    if found is not None:
        return found, True
    return mp.propose(sheet.headers), False


def import_sheet(
    path: Path,
    catalogue: Catalogue,
    *,
    sheet_name: str | None = None,
    overrides: Mapping[str, str] | None = None,
    level: Level | None = None,
    region_name: str | None = None,
    memory: Path | None = None,
) -> tuple[Sheet, dict[str, int], ImportResult]:
    """Read, map and build; raises ``CsvImportError`` listing every problem."""
    sheet = read_sheet(path, sheet_name)
    source = str(path)
    mapping, _ = proposed_mapping(sheet, memory)
    if overrides:
        try:
            mapping = mp.apply_overrides(mapping, sheet.headers, overrides)
        except KeyError as exc:
            what, value = exc.args[0]
            code = "sheet.map_field" if what == "field" else "sheet.map_column"
            params = {"value": value, "fields": mp.FIELDS, "columns": sheet.headers}
            raise CsvImportError(source, [CsvProblem(code, params)]) from None
    built = build(sheet, mapping, catalogue, level=level, region_name=region_name)
    if built.result is None:
        raise CsvImportError(source, built.problems)
    mp.remember(sheet.headers, mapping, memory)
    return sheet, built.mapping, built.result
