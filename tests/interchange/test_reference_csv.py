"""Import of the reference CSV: the real Mojokerto file, Excel's dialects, and every
kind of bad row reported with its row and column, with nothing written."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from rbdesk.domain import Level
from rbdesk.interchange.reference_csv import CsvImportError, import_reference_csv
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


def _problems(tmp_path: Path, text: str | bytes) -> list[str]:
    with pytest.raises(CsvImportError) as info:
        _import(tmp_path, text)
    return info.value.problems


def test_mojokerto_loads_every_row(shared_data: Path, tmp_path: Path) -> None:
    source = shared_data / "mojokerto.csv"
    with source.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    result = import_reference_csv(source, default_catalogue())
    assert result.region.name == "Kota Mojokerto"
    assert result.region.level is Level.KOTA
    assert any("ignored: source" in n for n in result.notices)
    assert any("assumed kota" in n for n in result.notices)
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
    assert any("Windows-1252" in n for n in result.notices)
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
    ("change", "expected"),
    [
        (("Bidang SD,Dinas Pendidikan", "Bidang SD,Dinas Kesehatan"),
         "row 4, column parent_unit: unknown parent 'Dinas Kesehatan'"),
        (("Bidang SD,Dinas Pendidikan,bidang", "Bidang SD,Dinas Pendidikan,bidangg"),
         "row 4, column unit_kind: unknown kind 'bidangg'"),
        (("1.01;2.22", "1.01;2.99"), "row 3, column urusan_codes: unknown urusan code '2.99'"),
        (("Bidang SD,Dinas Pendidikan,bidang,IIIb", "Bidang SD,Dinas Pendidikan,bidang,IIIc"),
         "row 4, column eselon: unknown eselon 'IIIc'"),
        (("Kelurahan Pasar,Kecamatan Kota", "Kelurahan Pasar,Dinas Pendidikan"),
         "row 6, column parent_unit: a Kelurahan cannot stand under a Dinas"),
        (("Dinas Pendidikan,Bupati Contoh", "Dinas Pendidikan,"),
         "row 3, column unit_kind: a Dinas must stand under a parent unit"),
        (("Bidang SD,Dinas", ",Dinas"), "row 4, column unit: the unit name is empty"),
    ],
)  # fmt: skip
def test_each_bad_cell_is_named(tmp_path: Path, change, expected) -> None:
    old, new = change
    assert old in GOOD
    problems = _problems(tmp_path, GOOD.replace(old, new))
    assert any(p.startswith(expected) for p in problems), problems


def test_duplicate_name_under_one_parent(tmp_path: Path) -> None:
    text = GOOD + "Bidang SD,Dinas Pendidikan,bidang,IIIb,\n"
    problems = _problems(tmp_path, text)
    assert problems == [
        "row 7, column unit: duplicate name 'Bidang SD' under the same parent (first at row 4)"
    ]


def test_same_name_under_two_parents_is_fine_until_used_as_parent(tmp_path: Path) -> None:
    text = GOOD + "Kecamatan Baru,Bupati Contoh,kecamatan,IIIa,7.01\n"
    text += "Sekretariat,Kecamatan Kota,sekretariat,IIIb,\n"
    text += "Sekretariat,Kecamatan Baru,sekretariat,IIIb,\n"
    assert len(_import(tmp_path, text).structure.units) == 8
    problems = _problems(tmp_path, text + "Subbagian Umum,Sekretariat,subbagian,IVb,\n")
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
    assert any("cycle" in p and "(row 3)" in p and "(row 4)" in p for p in problems), problems


def test_every_problem_is_listed_not_just_the_first(tmp_path: Path) -> None:
    text = GOOD.replace("1.01;2.22", "1.77").replace("kelurahan,IVa", "kelurahann,IVa")
    assert len(_problems(tmp_path, text)) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "the file is empty"),
        ("nama,induk\nA,B\n", "row 1: missing column(s) unit, parent_unit, unit_kind"),
        (HEADER, "the file has a header but no units"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "not a text CSV file"),
        ("unit,unit,parent_unit,unit_kind\n", "row 1: column(s) unit appear more than once"),
    ],
)
def test_bad_files(tmp_path: Path, text, expected) -> None:
    problems = _problems(tmp_path, text)
    assert expected in problems[0]


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CsvImportError, match="cannot be read"):
        import_reference_csv(tmp_path / "nope.csv", default_catalogue())


def test_large_input_imports(tmp_path: Path) -> None:
    lines = [HEADER, "Bupati Besar,,kepala_daerah,,\n"]
    for k in range(200):
        lines.append(f"Kecamatan {k},Bupati Besar,kecamatan,IIIa,7.01\n")
        lines += [f"Kelurahan {k}-{j},Kecamatan {k},kelurahan,IVa,7.01\n" for j in range(49)]
    result = _import(tmp_path, "".join(lines))
    assert len(result.structure.units) == 1 + 200 * 50
