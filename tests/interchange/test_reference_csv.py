"""Import of the reference CSV: the real Mojokerto file, Excel's dialects, and every
kind of bad row reported with its row and column, with nothing written."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from rbdesk.domain import Level
from rbdesk.i18n import Text, Words
from rbdesk.interchange.reference_csv import (
    SHOWN_PROBLEMS,
    CsvImportError,
    CsvProblem,
    import_reference_csv,
)
from rbdesk.rules import default_catalogue
from rbdesk.store import Store

HEADER = "unit,parent_unit,unit_kind,eselon,urusan_codes\n"
GOOD = (
    HEADER
    + "Bupati Contoh,,kepala_daerah,,\n"
    + "Dinas Pendidikan,Bupati Contoh,dinas,IIb,1.01;2.22\n"
    + "Bidang SD,Dinas Pendidikan,bidang,IIIb,1.01.1\n"
    + "Kecamatan Kota,Bupati Contoh,kecamatan,IIIa,7.01\n"
    + "Kelurahan Pasar,Kecamatan Kota,kelurahan,IVa,7.01\n"
)


def _import(tmp_path: Path, text: str | bytes, **kw):
    path = tmp_path / "in.csv"
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8", newline="")
    else:
        path.write_bytes(text)
    return import_reference_csv(path, default_catalogue(), **kw)


def _error(tmp_path: Path, text: str | bytes) -> CsvImportError:
    with pytest.raises(CsvImportError) as info:
        _import(tmp_path, text)
    return info.value


def _problems(tmp_path: Path, text: str | bytes) -> list[CsvProblem]:
    return _error(tmp_path, text).problems


def _lines(tmp_path: Path, text: str | bytes) -> list[str]:
    """The problems as the English lines of the message."""
    return [str(p) for p in _problems(tmp_path, text)]


def test_mojokerto_loads_every_row(test_data: Path, tmp_path: Path) -> None:
    source = test_data / "mojokerto.csv"
    with source.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    result = import_reference_csv(source, default_catalogue())
    assert result.region.name == "Kota Mojokerto"
    assert result.region.level is Level.KOTA
    assert result.notices == [
        Text("notice.csv.ignored", {"columns": ("source",)}),
        Text("notice.csv.level_inferred", {"level": "kota"}),
        Text("notice.csv.region_name", {"name": "Kota Mojokerto"}),
        Text("notice.csv.geo_factor", {"factor": 1.1}),
    ]
    said = [n.said("en") for n in result.notices]
    assert said[0] == "column(s) ignored: source" and "assumed kota" in said[1]
    assert said[3].startswith("geographic factor: 1.10 ")
    said = [n.said("id") for n in result.notices]
    assert said[0] == "kolom yang diabaikan: source"
    assert said[1] == "tingkat pemerintahan: dianggap kota berdasarkan isi berkas"
    assert said[2] == "nama daerah: dianggap 'Kota Mojokerto'"
    assert said[3].startswith("faktor geografis: 1,10 ")
    assert len(result.structure.units) == len(rows) == 65
    names = {u.name: u for u in result.structure.units.values()}
    for row in rows:
        unit = names[row["unit"]]
        assert unit.kind == row["unit_kind"]
        assert (unit.eselon or "") == row["eselon"]
        parent = result.structure.units.get(unit.parent_id) if unit.parent_id else None
        assert (parent.name if parent else "") == row["parent_unit"]
        codes = sorted(a.code for a in result.structure.assignments_of(unit.id))
        assert codes == sorted(c for c in row["urusan_codes"].split(";") if c)
    out = tmp_path / "m.rbd"
    with Store.build(out, result.region, [result.structure]) as store:
        assert store.unit_count() == 65


def test_excel_indonesian_dialect(tmp_path: Path) -> None:
    """Semicolon delimiter, UTF-8 BOM, CRLF line ends, quoted code list."""
    text = GOOD.replace(",", ";").replace(";1.01;2.22", ';"1.01;2.22"')
    data = ("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8")
    result = _import(tmp_path, data)
    assert len(result.structure.units) == 5
    dinas = next(u for u in result.structure.units.values() if u.kind == "dinas")
    assert sorted(a.code for a in result.structure.assignments_of(dinas.id)) == ["1.01", "2.22"]


def test_windows_1252_is_read_with_a_notice(tmp_path: Path) -> None:
    text = GOOD.replace("Kelurahan Pasar", "Kelurahan Pasar Café")
    result = _import(tmp_path, text.encode("cp1252"))
    assert result.notices[0] == Text("notice.csv.cp1252", {})
    assert "Windows-1252" in str(result.notices[0])
    assert "Windows-1252" in result.notices[0].said("id")
    assert any(u.name == "Kelurahan Pasar Café" for u in result.structure.units.values())


def test_unicode_names_stay_literal(tmp_path: Path) -> None:
    text = GOOD.replace("Bidang SD", "Bidang <Litbang> & Inovasi “Ñusantara” 🏛")
    result = _import(tmp_path, text)
    assert any(u.name == "Bidang <Litbang> & Inovasi “Ñusantara” 🏛"
               for u in result.structure.units.values())  # fmt: skip


def test_options_override_inference(tmp_path: Path) -> None:
    result = _import(tmp_path, GOOD, region_name="Kabupaten Uji", level=Level.KABUPATEN)
    assert result.region == result.region.__class__("Kabupaten Uji", Level.KABUPATEN)


def test_level_inferred_from_bupati(tmp_path: Path) -> None:
    result = _import(tmp_path, GOOD)
    assert result.region.level is Level.KABUPATEN
    assert result.region.name == "Kabupaten Contoh"


@pytest.mark.parametrize(
    ("change", "expected", "code", "params"),
    [
        (("Bidang SD,Dinas Pendidikan", "Bidang SD,Dinas Kesehatan"),
         "row 4, column parent_unit: unknown parent 'Dinas Kesehatan'",
         "csv.parent_unknown", {"parent": "Dinas Kesehatan"}),
        (("Bidang SD,Dinas Pendidikan,bidang", "Bidang SD,Dinas Pendidikan,bidangg"),
         "row 4, column unit_kind: unknown kind 'bidangg'", "csv.kind_unknown",
         {"kind": "bidangg"}),
        (("1.01;2.22", "1.01;2.99"), "row 3, column urusan_codes: unknown urusan code '2.99'",
         "urusan.unknown", {"code": "2.99"}),
        (("Bidang SD,Dinas Pendidikan,bidang,IIIb", "Bidang SD,Dinas Pendidikan,bidang,IIIc"),
         "row 4, column eselon: unknown eselon 'IIIc'", "unit.eselon_unknown", {"value": "IIIc"}),
        (("Kelurahan Pasar,Kecamatan Kota", "Kelurahan Pasar,Dinas Pendidikan"),
         "row 6, column parent_unit: ", "kind.parent",
         {"kind": "kelurahan", "parent_kind": "dinas"}),
        (("Dinas Pendidikan,Bupati Contoh", "Dinas Pendidikan,"),
         "row 3, column unit_kind: ", "kind.needs_parent", {"kind": "dinas"}),
        (("Bidang SD,Dinas", ",Dinas"), "row 4, column unit: the unit name is empty",
         "csv.name_empty", {}),
        (("Kecamatan Kota,Bupati Contoh,kecamatan", "Kecamatan Kota,Bupati Contoh,biro"),
         "row 5, column unit_kind: ", "kind.level", {"kind": "biro", "level": "kabupaten"}),
    ],
)  # fmt: skip
def test_each_bad_cell_is_named(tmp_path: Path, change, expected, code, params) -> None:
    old, new = change
    assert old in GOOD
    problems = _problems(tmp_path, GOOD.replace(old, new))
    found = [p for p in problems if p.code == code]
    assert found, problems
    problem = found[0]
    assert str(problem).startswith(expected), problem
    assert params.items() <= problem.params.items()
    row, column = expected.split(": ", 1)[0].removeprefix("row ").split(", column ")
    assert (problem.row, problem.column) == (int(row), column)
    assert problem.said("id").startswith(f"baris {row}, kolom {column}: ")


def test_kinds_are_named_in_the_language(tmp_path: Path) -> None:
    """A problem about kinds names them as the catalogue does, in each language."""
    text = GOOD.replace("Kelurahan Pasar,Kecamatan Kota", "Kelurahan Pasar,Dinas Pendidikan")
    (problem,) = _problems(tmp_path, text)
    cat = default_catalogue()
    kelurahan, dinas = cat.kind_words("kelurahan"), cat.kind_words("dinas")
    assert problem.params["kind_name"] == kelurahan and isinstance(kelurahan, Words)
    assert problem.params["parent_name"] == dinas
    assert kelurahan.id in problem.said("id") and dinas.id in problem.said("id")
    assert kelurahan.en in problem.said("en") and dinas.en in problem.said("en")
    assert "cannot stand under" in problem.said("en")


def test_duplicate_name_under_one_parent(tmp_path: Path) -> None:
    text = GOOD + "Bidang SD,Dinas Pendidikan,bidang,IIIb,\n"
    problems = _problems(tmp_path, text)
    assert problems == [CsvProblem("csv.name_twice", {"name": "Bidang SD", "first": 4}, 7, "unit")]
    assert [str(p) for p in problems] == [
        "row 7, column unit: duplicate name 'Bidang SD' under the same parent (first at row 4)"
    ]
    assert problems[0].said("id") == (
        "baris 7, kolom unit: nama 'Bidang SD' sudah dipakai di bawah unit atasan yang sama "
        "(pertama kali pada baris 4)"
    )


def test_same_name_under_two_parents_is_fine_until_used_as_parent(tmp_path: Path) -> None:
    text = GOOD + "Kecamatan Baru,Bupati Contoh,kecamatan,IIIa,7.01\n"
    text += "Sekretariat,Kecamatan Kota,sekretariat,IIIb,\n"
    text += "Sekretariat,Kecamatan Baru,sekretariat,IIIb,\n"
    assert len(_import(tmp_path, text).structure.units) == 8
    problems = _lines(tmp_path, text + "Subbagian Umum,Sekretariat,subbagian,IVb,\n")
    assert problems == [
        "row 10, column parent_unit: parent 'Sekretariat' is ambiguous (rows 8, 9 have that name)"
    ]


def test_a_cycle_is_reported_with_its_rows(tmp_path: Path) -> None:
    text = (
        HEADER
        + "Bupati Contoh,,kepala_daerah,,\n"
        + "Bidang A,Bidang B,bidang,,\n"
        + "Bidang B,Bidang A,bidang,,\n"
    )
    problems = _problems(tmp_path, text)
    (cycle,) = [p for p in problems if p.code == "csv.cycle"]
    assert (cycle.row, cycle.column) == (None, "parent_unit")
    english, indonesian = cycle.said("en"), cycle.said("id")
    assert english.startswith("column parent_unit: the parents form a cycle: ")
    assert "'Bidang A' (row 3)" in english and "'Bidang B' (row 4)" in english
    assert indonesian.startswith("kolom parent_unit: ")
    assert "'Bidang A' (baris 3)" in indonesian and "'Bidang B' (baris 4)" in indonesian


def test_every_problem_is_listed_not_just_the_first(tmp_path: Path) -> None:
    text = GOOD.replace("1.01;2.22", "1.77").replace("kelurahan,IVa", "kelurahann,IVa")
    problems = _problems(tmp_path, text)
    assert [(p.row, p.column, p.code) for p in problems] == [
        (3, "urusan_codes", "urusan.unknown"),
        (6, "unit_kind", "csv.kind_unknown"),
    ]


def test_the_whole_message_in_each_language(tmp_path: Path) -> None:
    text = (
        GOOD.replace("1.01;2.22", "1.77")
        .replace("kelurahan,IVa", "kelurahann,IVa")
        .replace("Bidang SD,Dinas Pendidikan", "Bidang SD,Dinas Kesehatan")
    )
    error = _error(tmp_path, text)
    source = str(tmp_path / "in.csv")
    assert error.code == "csv.import" and error.params == {"source": source, "count": 3}
    assert error.message("en") == "\n".join([
        f"cannot import '{source}': 3 problem(s)",
        "row 3, column urusan_codes: unknown urusan code '1.77'",
        "row 4, column parent_unit: unknown parent 'Dinas Kesehatan'",
        "row 6, column unit_kind: unknown kind 'kelurahann' (known: "
        + ", ".join(sorted(default_catalogue().kinds)) + ")",
    ])  # fmt: skip
    assert error.message("id") == "\n".join([
        f"'{source}' tidak dapat diimpor: 3 masalah",
        "baris 3, kolom urusan_codes: kode urusan '1.77' tidak dikenal",
        "baris 4, kolom parent_unit: unit atasan 'Dinas Kesehatan' tidak ditemukan dalam berkas",
        "baris 6, kolom unit_kind: jenis unit 'kelurahann' tidak dikenal (yang dikenal: "
        + ", ".join(sorted(default_catalogue().kinds)) + ")",
    ])  # fmt: skip
    assert str(error) == error.message("en")


def test_a_long_list_is_cut_short_in_each_language(tmp_path: Path) -> None:
    extra = SHOWN_PROBLEMS + 7
    text = GOOD + "".join(f"Unit {k},Nobody,dinas,,\n" for k in range(extra))
    error = _error(tmp_path, text)
    assert len(error.problems) == extra
    english, indonesian = error.message("en").split("\n"), error.message("id").split("\n")
    assert len(english) == len(indonesian) == 1 + SHOWN_PROBLEMS + 1
    assert english[0].endswith(f": {extra} problem(s)")
    assert indonesian[0].endswith(f": {extra} masalah")
    assert english[1] == "row 7, column parent_unit: unknown parent 'Nobody'"
    assert indonesian[1].startswith("baris 7, kolom parent_unit: ")
    assert english[-1] == "... and 7 more"
    assert indonesian[-1] == "... dan 7 masalah lainnya"


@pytest.mark.parametrize(
    ("text", "expected", "code", "said"),
    [
        ("", "the file is empty", "csv.empty", "berkas ini kosong"),
        ("nama,induk\nA,B\n", "row 1: missing column(s) unit, parent_unit, unit_kind; "
         "found: nama, induk", "csv.columns_missing",
         "baris 1: kolom unit, parent_unit, unit_kind tidak ada; kolom yang ditemukan: "
         "nama, induk"),
        (",\nA,B\n", "row 1: missing column(s) unit, parent_unit, unit_kind; found: none",
         "csv.columns_missing_none", "baris 1: kolom unit, parent_unit, unit_kind tidak ada"),
        (HEADER, "the file has a header but no units", "csv.no_units", "tanpa unit"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "not a text CSV file", "csv.binary",
         "bukan berkas teks CSV"),
        ("unit,unit,parent_unit,unit_kind\n", "row 1: column(s) unit appear more than once",
         "csv.columns_repeated", "baris 1: kolom unit muncul lebih dari sekali"),
        (GOOD + "Lagi,Bupati Contoh,dinas,,,surplus\n", "row 7: more cells than columns",
         "csv.cells_extra", "baris 7: jumlah sel lebih banyak"),
    ],
)  # fmt: skip
def test_bad_files(tmp_path: Path, text, expected, code, said) -> None:
    problems = _problems(tmp_path, text)
    assert problems[0].code == code
    assert expected in str(problems[0])
    assert said in problems[0].said("id")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CsvImportError, match="cannot be read") as info:
        import_reference_csv(tmp_path / "nope.csv", default_catalogue())
    (problem,) = info.value.problems
    assert problem.code == "csv.unreadable" and problem.params["detail"]
    assert "berkas ini tidak dapat dibaca" in info.value.message("id")


def test_large_input_imports(tmp_path: Path) -> None:
    lines = [HEADER, "Bupati Besar,,kepala_daerah,,\n"]
    for k in range(200):
        lines.append(f"Kecamatan {k},Bupati Besar,kecamatan,IIIa,7.01\n")
        lines += [f"Kelurahan {k}-{j},Kecamatan {k},kelurahan,IVa,7.01\n" for j in range(49)]
    result = _import(tmp_path, "".join(lines))
    assert len(result.structure.units) == 1 + 200 * 50
