"""The planner's own sheets (issue 15 item 1 and 2): CSV and XLSX as Indonesian offices
write them, the org-chart tools' formats, values as people write them, problems with
their row and column, and the mapping remembered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from rbdesk.domain.model import Level, PositionCategory, UrusanRole
from rbdesk.interchange import mapping as mp
from rbdesk.interchange.reference_csv import CsvImportError
from rbdesk.interchange.sheet_import import build, import_sheet, proposed_mapping
from rbdesk.interchange.sheets import read_sheet
from rbdesk.rules import default_catalogue

CAT = default_catalogue()

#: As a Bagian Organisasi keeps it: a title over two rows, ';', Indonesian headers,
#: an empty row inside, eselon and kind written every which way, organisation codes.
OFFICE_ROWS = [
    ["DAFTAR UNIT KERJA PEMERINTAH KABUPATEN CONTOH", "", "", "", "", ""],
    ["Keadaan 1 Januari 2026", "", "", "", "", ""],
    ["Nama Unit", "Induk", "Jenis", "Eselon", "Kode", "Pegawai"],
    ["Bupati Contoh", "", "Kepala Daerah", "", "", ""],
    ["Sekretariat Daerah", "Bupati Contoh", "Sekretariat Daerah", "II.a",
     "4.01.0.00.0.00.01.0000", "120"],
    ["", "", "", "", "", ""],
    ["Dinas Kesehatan", "Bupati Contoh", "DINAS", "II/b", "1.02.0.00.0.00.01.0000", "1.234"],
    ["Bidang Pelayanan Kesehatan", "Dinas Kesehatan", "Bidang", "IIIb", "", "12"],
    ["Dinas Pertanian dan Pangan", "Bupati Contoh", "dinas", "2b", "2.09.3.27.0.00.01.0000", "80"],
]  # fmt: skip


def office_csv(tmp_path: Path, encoding: str = "utf-8-sig") -> Path:
    path = tmp_path / "unit.csv"
    path.write_text("\r\n".join(";".join(r) for r in OFFICE_ROWS) + "\r\n", encoding=encoding)
    return path


def office_xlsx(tmp_path: Path) -> Path:
    book = Workbook()
    ws = book.active
    ws.title = "Unit Kerja"
    for row in OFFICE_ROWS:
        ws.append([int(c) if c.isdigit() else c for c in row])
    ws.merge_cells("A1:F1")  # the title over the table, as offices merge it
    ws.merge_cells("A2:F2")
    ws["F5"] = "=100+20"  # a formula: its cached value is read, never the formula
    book.create_sheet("Catatan").append(["bukan tabel unit"])
    path = tmp_path / "unit.xlsx"
    book.save(path)
    return path


def check_office(result, inferred) -> None:  # noqa: ANN001
    units = {u.name: u for u in result.structure.units.values()}
    assert result.region.name == "Kabupaten Contoh" and result.region.level is Level.KABUPATEN
    assert units["Dinas Kesehatan"].kind == "dinas" and units["Dinas Kesehatan"].eselon == "IIb"
    assert units["Sekretariat Daerah"].eselon == "IIa"
    assert units["Dinas Pertanian dan Pangan"].eselon == "IIb"
    assert units["Dinas Kesehatan"].headcount_existing == 1234
    bidang = units["Bidang Pelayanan Kesehatan"]
    assert bidang.parent_id == units["Dinas Kesehatan"].id and bidang.eselon == "IIIb"
    roles = {(a.unit_id, a.code): a.role for a in result.structure.assignments}
    pangan = units["Dinas Pertanian dan Pangan"].id
    assert roles[(pangan, "2.09")] is UrusanRole.MAIN
    assert roles[(pangan, "3.27")] is UrusanRole.SUPPORTING
    assert inferred == {}


def test_an_office_csv_with_title_rows_and_an_empty_row(tmp_path: Path) -> None:
    sheet = read_sheet(office_csv(tmp_path))
    assert (sheet.format, sheet.header_row) == ("csv", 3)
    mapping, remembered = proposed_mapping(sheet, tmp_path / "m.json")
    assert not remembered
    assert {f: sheet.headers[i] for f, i in mapping.items()} == {
        "name": "Nama Unit", "parent": "Induk", "kind": "Jenis", "eselon": "Eselon",
        "code": "Kode", "headcount": "Pegawai"}  # fmt: skip
    built = build(sheet, mapping, CAT)
    assert built.problems == []
    check_office(built.result, built.inferred)
    assert built.rows[3] == 7  # the rows as the file numbers them


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252", "utf-8"])
def test_the_encodings_excel_writes(tmp_path: Path, encoding: str) -> None:
    sheet = read_sheet(office_csv(tmp_path, encoding))
    built = build(sheet, proposed_mapping(sheet, tmp_path / "m.json")[0], CAT)
    assert built.problems == []
    check_office(built.result, built.inferred)


def test_an_xlsx_with_merged_title_rows_and_a_formula(tmp_path: Path) -> None:
    path = office_xlsx(tmp_path)
    sheet = read_sheet(path)
    assert (sheet.format, sheet.header_row, sheet.sheet_names) == (
        "xlsx",
        3,
        ("Unit Kerja", "Catatan"),
    )
    _, mapping, result = import_sheet(path, CAT, memory=tmp_path / "m.json")
    check_office(result, {})
    with pytest.raises(CsvImportError) as caught:
        import_sheet(path, CAT, sheet_name="Lain", memory=tmp_path / "m.json")
    assert "Catatan" in caught.value.message("id")


def test_kinds_inferred_from_names_and_corrected(tmp_path: Path) -> None:
    path = tmp_path / "nama.csv"
    path.write_text(
        "Nama Unit;Induk\nWALI KOTA CONTOH;\nSekretariat Dewan Perwakilan Rakyat Daerah;WALI KOTA "
        "CONTOH\nSatuan Polisi Pamong Praja;WALI KOTA CONTOH\nKecamatan Kota;WALI KOTA CONTOH\n"
        "Kelurahan Satu;Kecamatan Kota\nDinas Kesehatan;WALI KOTA CONTOH\nRSUD Kota Contoh;Dinas "
        "Kesehatan\nKantor Arsip;WALI KOTA CONTOH\n", encoding="utf-8")  # fmt: skip
    sheet = read_sheet(path)
    built = build(sheet, mp.propose(sheet.headers), CAT)
    # the one name the nomenclature does not tell: its row and the name column
    (problem,) = built.problems
    assert (problem.code, problem.row, problem.column) == ("sheet.kind_not_inferred", 9,
                                                           "Nama Unit")  # fmt: skip
    fixed = build(sheet, mp.propose(sheet.headers), CAT, kinds={9: "badan"})
    assert fixed.problems == []
    units = {u.name: u for u in fixed.result.structure.units.values()}
    assert units["WALI KOTA CONTOH"].kind == "kepala_daerah"
    assert units["Sekretariat Dewan Perwakilan Rakyat Daerah"].kind == "sekretariat_dprd"
    assert units["Kelurahan Satu"].kind == "kelurahan"
    assert units["RSUD Kota Contoh"].kind == "rumah_sakit"
    assert fixed.result.region.level is Level.KOTA
    assert set(fixed.inferred.values()) >= {"kepala_daerah", "kecamatan"}
    assert units["Kantor Arsip"].id not in fixed.inferred  # the planner's, not inferred


def test_every_bad_row_with_its_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "salah.csv"
    path.write_text(
        "Nama Unit,Induk,Jenis,Eselon,Tipe,Pegawai\nBupati Contoh,,Kepala Daerah,,,\n"
        "Dinas Sosial,Bupati Contoh,Dinas,II.z,Tipe Q,banyak\n"
        "Bidang X,Dinas Tidak Ada,Bidang,,,\nDinas Y,Bupati Contoh,Kantor,,,\n",
        encoding="utf-8")  # fmt: skip
    sheet = read_sheet(path)
    built = build(sheet, mp.propose(sheet.headers), CAT)
    found = {(p.code, p.row, p.column) for p in built.problems}
    assert found == {
        ("unit.eselon_unknown", 3, "Eselon"), ("unit.type_unknown", 3, "Tipe"),
        ("sheet.not_number", 3, "Pegawai"), ("csv.parent_unknown", 4, "Induk"),
        ("csv.kind_unknown", 5, "Jenis"),
    }  # fmt: skip
    assert built.result is None
    with pytest.raises(CsvImportError) as caught:
        import_sheet(path, CAT, memory=tmp_path / "m.json")
    message = caught.value.message("id")
    assert "baris 3, kolom Eselon" in message and "II.z" in message


def test_a_cycle_and_a_too_long_name_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "siklus.csv"
    long = "Dinas " + "x" * 300
    path.write_text(f"ID;ID Induk;Nama Unit\n1;;Bupati A\n2;3;Dinas B\n3;2;Dinas C\n4;1;{long}\n",
                    encoding="utf-8")  # fmt: skip
    sheet = read_sheet(path)
    built = build(sheet, mp.propose(sheet.headers), CAT)
    codes = {(p.code, p.row) for p in built.problems}
    assert ("sheet.cycle", 3) in codes or ("sheet.cycle", 4) in codes
    assert ("text.too_long", 5) in codes


@pytest.mark.parametrize(
    ("text", "eselon"),
    [("II.b", "IIb"), ("II/b", "IIb"), ("IIb", "IIb"), ("2b", "IIb"), ("2.b", "IIb"),
     ("Eselon III.a", "IIIa"), ("iv.b", "IVb"), ("II.z", None), ("", None)],
)  # fmt: skip
def test_eselon_as_people_write_it(text: str, eselon: str | None) -> None:
    assert mp.eselon_of(text) == eselon


def test_values_as_people_write_them() -> None:
    names = {k: (v.name_id, v.name_en) for k, v in CAT.kinds.items()}
    assert mp.kind_of("DINAS", names) == "dinas"
    assert mp.kind_of("Sub Bagian", names) == "subbagian"
    assert mp.kind_of("sekretariat_daerah", names) == "sekretariat_daerah"
    assert mp.kind_of("Kantor", names) is None
    assert mp.type_of("Tipe A") == "A" and mp.type_of("b") == "B" and mp.type_of("E") is None
    assert mp.whole_number("1.234") == 1234 and mp.whole_number("12") == 12
    assert mp.whole_number("1,5") is None
    assert mp.urusan_of_code("2.09.3.27.0.00.01.0000") == ("2.09", ["3.27"])
    assert mp.urusan_of_code("1.02.0.00.0.00.01.0000") == ("1.02", [])
    assert mp.urusan_of_code("1.02") is None


def test_the_org_chart_tools_formats(tmp_path: Path) -> None:
    visio = tmp_path / "visio.csv"
    visio.write_text("Name,Title,Reports_To,Department\nBupati Sukamaju,Bupati,,Pemda\n"
                     "Dinas Kesehatan,Kepala Dinas Kesehatan,Bupati Sukamaju,Dinkes\n",
                     encoding="utf-8")  # fmt: skip
    _, mapping, result = import_sheet(visio, CAT, memory=tmp_path / "m.json")
    assert set(mapping) == {"name", "title", "parent", "notes"}
    (post,) = [p for p in result.structure.positions if p.title == "Kepala Dinas Kesehatan"]
    assert post.category is PositionCategory.STRUCTURAL
    drawio = tmp_path / "drawio.csv"
    drawio.write_text(
        '## Example\n## label: %name%\n## connect: {"from": "manager", "to": "id"}\n'
        "id,name,position,manager,fill\n1,Wali Kota Contoh,Wali Kota,,#fff\n"
        "2,Kecamatan Kota,Camat,1,#fff\n3,Kelurahan Satu,Lurah,2,#fff\n",
        encoding="utf-8",
    )
    sheet, mapping, result = import_sheet(drawio, CAT, memory=tmp_path / "m.json")
    assert sheet.format == "drawio" and "parent_id" in mapping and "parent" not in mapping
    assert result.region.level is Level.KOTA and len(result.structure.units) == 3
    orgvue = tmp_path / "orgvue.csv"
    orgvue.write_text(
        "ID,Parent ID,Name\nG,,Gubernur Contoh\nS,G,Sekretariat Daerah\n"
        "A,S,Asisten Pemerintahan\nB,A,Biro Organisasi\n",
        encoding="utf-8",
    )
    _, _, result = import_sheet(orgvue, CAT, memory=tmp_path / "m.json")
    assert result.region.level is Level.PROVINSI
    assert {u.kind for u in result.structure.units.values()} >= {"biro", "asisten"}
    nested = tmp_path / "d3.json"
    nested.write_text(json.dumps({"name": "Bupati Contoh", "children": [
        {"name": "Dinas Sosial", "children": [{"name": "Bidang Rehabilitasi Sosial"}]}]}),
        encoding="utf-8")  # fmt: skip
    _, _, result = import_sheet(nested, CAT, memory=tmp_path / "m.json")
    units = {u.name: u for u in result.structure.units.values()}
    assert units["Bidang Rehabilitasi Sosial"].parent_id == units["Dinas Sosial"].id
    flat = tmp_path / "flat.json"
    flat.write_text(json.dumps([{"id": "a", "name": "Bupati Contoh"},
                                {"id": "b", "parentId": "a", "name": "Inspektorat"}]),
                    encoding="utf-8")  # fmt: skip
    _, _, result = import_sheet(flat, CAT, memory=tmp_path / "m.json")
    assert len(result.structure.units) == 2


def test_the_mapping_is_remembered_for_the_same_header_row(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("Unit Kerja;Atasan;Kolom Lain\nBupati Contoh;;x\nDinas Sosial;Bupati Contoh;"
                    "y\n", encoding="utf-8")  # fmt: skip
    memory = tmp_path / "m.json"
    _, mapping, _ = import_sheet(path, CAT, memory=memory, overrides={"notes": "Kolom Lain"})
    assert mapping["notes"] == 2
    sheet = read_sheet(path)
    again, remembered = proposed_mapping(sheet, memory)
    assert remembered and again == mapping
    other = tmp_path / "b.csv"
    other.write_text("Unit Kerja;Atasan\nBupati Contoh;\n", encoding="utf-8")
    assert proposed_mapping(read_sheet(other), memory)[1] is False


def test_injection_looking_names_come_back_as_the_same_text(tmp_path: Path) -> None:
    path = tmp_path / "aneh.csv"
    path.write_text(
        "Nama Unit,Induk,Jenis,Catatan\nBupati Contoh,,Kepala Daerah,\n"
        "Dinas Sosial,Bupati Contoh,Dinas,'=SUM(A1)\n"
        "Dinas Kesehatan,Bupati Contoh,Dinas,+62 812 345\n",
        encoding="utf-8",
    )
    _, _, result = import_sheet(path, CAT, memory=tmp_path / "m.json")
    notes = {u.name: u.notes for u in result.structure.units.values()}
    assert notes["Dinas Sosial"] == "=SUM(A1)"  # rbdesk's own escape taken off
    assert notes["Dinas Kesehatan"] == "+62 812 345"


def test_unreadable_files_are_named_not_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(CsvImportError) as caught:
        read_sheet(bad)
    assert "XLSX" in caught.value.message("id")
    empty = tmp_path / "kosong.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(CsvImportError):
        read_sheet(empty)
    nothing = tmp_path / "tanpa.csv"
    nothing.write_text("Kolom A;Kolom B\nx;y\n", encoding="utf-8")
    sheet = read_sheet(nothing)
    built = build(sheet, mp.propose(sheet.headers), CAT)
    assert [p.code for p in built.problems] == ["sheet.no_name_column"]


def test_more_bad_inputs_are_named_never_a_traceback(tmp_path: Path) -> None:
    own = tmp_path / "sendiri.csv"
    own.write_text("ID;ID Induk;Nama Unit\n1;1;Bupati A\n", encoding="utf-8")
    sheet = read_sheet(own)
    assert [p.code for p in build(sheet, mp.propose(sheet.headers), CAT).problems] == [
        "sheet.cycle"
    ]
    odd = tmp_path / "aneh.json"
    odd.write_text("[1, 2, 3]", encoding="utf-8")
    with pytest.raises(CsvImportError) as caught:
        read_sheet(odd)
    assert caught.value.problems[0].code == "sheet.json_shape"
    binary = tmp_path / "gambar.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    with pytest.raises(CsvImportError):
        read_sheet(binary)
    header_only = tmp_path / "kosong.csv"
    header_only.write_text("Nama Unit;Induk\n", encoding="utf-8")
    sheet = read_sheet(header_only)
    assert [p.code for p in build(sheet, mp.propose(sheet.headers), CAT).problems] == [
        "csv.no_units"
    ]
    names = tmp_path / "unicode.csv"
    names.write_text("Nama Unit;Induk\nBupati Contoh;\nDinas Kebudayaan 🎭 dan Pariwisata;"
                     "Bupati Contoh\n", encoding="utf-8")  # fmt: skip
    sheet = read_sheet(names)
    built = build(sheet, mp.propose(sheet.headers), CAT)
    assert built.problems == [] and any(
        "🎭" in u.name for u in built.result.structure.units.values()
    )
