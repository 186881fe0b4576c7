"""``rbdesk pemetaan`` and ``rbdesk details --geo-factor``.

The region below is computed by hand from the Lampiran of PP 18/2016 (part II, the
kabupaten/kota tables), with values on class boundaries, a descending scale and a
factor of 1,1 (Langkah 3 huruf b):

Variabel umum (FAKTOR UMUM): penduduk 100.000 ("a. ≤ 100.000", scale 200, bobot 10:
20); luas 300 km² ("b. 151 – 300", 400 × 5 %: 20); APBD Rp750.000.000.000 ("c.
500.000.000.001 – 750.000.000.000", 600 × 5 %: 30). Umum = 70.

B. Kesehatan (1.02): penduduk 100.000 ("c. 50.001 – 250.000", 600 × 70 %: 420);
kepadatan 400 jiwa/km², a descending scale ("c. 251 – 400", 600 × 10 %: 60). Teknis
480, jumlah 550, × 1,1 = 605: tipe B (Langkah 4 huruf d, "601 sampai dengan 800").

L. Administrasi kependudukan (2.12): penduduk 100.000 ("c. 75.001 – 200.000", 600 × 35
%: 210); kecamatan 4 ("a. ≤ 4", 200 × 5 %: 10); desa 50 ("c. 21 – 50", 600 × 10 %: 60);
mobilitas 500 ("a. ≤500", 200 × 15 %: 30); kepadatan 200 ("e. ≤ 200", the top of a
descending scale, 1.000 × 15 %: 150). Teknis 460, jumlah 530, × 1,1 = 583: tipe C.

Persandian (2.21): every indicator at its class a (5, 250, 200, 100, 50: 200 × 16 % =
32 each). Teknis 160, jumlah 230; the factor does not apply (Pasal 107 ayat (4)): 230,
a seksi or subbidang (Langkah 4 huruf a).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from rbdesk.cli import run
from rbdesk.interchange.plan_json import create_plan
from rbdesk.store import Store

SHEET = """kode;no;nilai
umum;1;100.000
umum;2;300
umum;3;750.000.000.000
1.02;1;100000
1.02;2;400
2.12;1;100.000
2.12;2;4
2.12;3;50
2.12;4;500
2.12;5;200
2.21;1;5
2.21;2;250
2.21;3;200
2.21;4;100
2.21;5;50
"""

EXPECTED = {
    "1.02": {"umum": 70, "teknis": 480, "jumlah": 550, "skor": 605, "bentuk": "B"},
    "2.12": {"umum": 70, "teknis": 460, "jumlah": 530, "skor": 583, "bentuk": "C"},
    "2.21": {"umum": 70, "teknis": 160, "jumlah": 230, "skor": 230, "bentuk": "seksi"},
}


def document() -> dict[str, Any]:
    def dinas(key: str, name: str, code: str, unit_type: str | None) -> dict[str, Any]:
        entry = {"key": key, "parent": "kd", "kind": "dinas", "name": name, "eselon": "IIb",
                 "urusan": [{"code": code}]}  # fmt: skip
        if unit_type:
            entry["unit_type"] = unit_type
        return entry

    return {
        "format": "rbdesk-plan",
        "version": 1,
        "region": {"name": "Kabupaten Uji", "level": "kabupaten", "geo_factor": 1.1},
        "scenarios": [
            {
                "name": "Kini",
                "role": "current",
                "units": [
                    {"key": "kd", "parent": None, "kind": "kepala_daerah", "name": "Bupati"},
                    dinas("dinkes", "Dinas Kesehatan", "1.02", "B"),
                    dinas("dukcapil", "Dinas Kependudukan dan Pencatatan Sipil", "2.12", "B"),
                    dinas("sandi", "Dinas Persandian", "2.21", None),
                ],
            }
        ],
    }


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "uji.rbd"
    create_plan(path, document()).close()
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pemetaan_json(plan: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> Any:
    assert run(["pemetaan", str(plan), "--format", "json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_hand_computed_region(plan: Path, tmp_path: Path, capsys) -> None:
    sheet = tmp_path / "nilai.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    doc = pemetaan_json(plan, capsys, "--import", str(sheet), "--year", "2025",
                        "--source", "BPS Kabupaten Uji")  # fmt: skip
    assert (doc["year"], doc["source"], doc["values"]) == (2025, "BPS Kabupaten Uji", 15)
    found = {u["kode"]: u for u in doc["urusan"]}
    for kode, expected in EXPECTED.items():
        got = {k: found[kode][k] for k in expected}
        assert got == pytest.approx(expected), kode
    assert found["1.02"]["faktor"] == pytest.approx(1.1)
    assert found["2.21"]["exempt"] is True and found["1.02"]["exempt"] is False
    assert found["1.02"]["missing"] == []
    incomplete = found["1.01"]  # no value for pendidikan
    assert incomplete["bentuk"] is None and incomplete["missing"]
    opd = {o["unit"]: o for o in doc["opd"]}
    assert opd["Dinas Kesehatan"]["declared"] == "B" and opd["Dinas Kesehatan"]["computed"] == "B"
    assert opd["Dinas Kependudukan dan Pencatatan Sipil"]["computed"] == "C"
    assert opd["Dinas Persandian"]["computed"] is None
    # the values are the plan's now: read again without an import
    assert pemetaan_json(plan, capsys)["urusan"] == doc["urusan"]


def test_the_checks_read_the_scores(plan: Path, tmp_path: Path, capsys) -> None:
    sheet = tmp_path / "nilai.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    assert run(["pemetaan", str(plan), "--import", str(sheet)]) == 0
    capsys.readouterr()
    run(["check", str(plan), "--format", "json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    rules = {(f["rule"], f["units"][0]["name"]) for f in findings if f["rule"].startswith("typ")}
    assert rules == {
        ("typology.type_not_supported", "Dinas Kependudukan dan Pencatatan Sipil"),
        ("typology.urusan_as_dinas", "Dinas Persandian"),
    }


def test_the_text_report(plan: Path, tmp_path: Path, capsys) -> None:
    assert run(["pemetaan", str(plan), "--lang", "id"]) == 0
    out = capsys.readouterr().out
    assert "belum memuat nilai indikator" in out
    sheet = tmp_path / "nilai.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    assert run(["pemetaan", str(plan), "--import", str(sheet), "--lang", "id"]) == 0
    captured = capsys.readouterr()
    assert "15 nilai indikator" in captured.err
    line = next(x for x in captured.out.splitlines() if x.startswith("1.02"))
    assert line.split() == ["1.02", "70", "480", "550", "1,1", "605", "B"]
    assert "Dinas Kesehatan: B / B" in captured.out
    assert run(["pemetaan", str(plan), "--lang", "en"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("2.21"))
    assert line.split()[:7] == ["2.21", "70", "160", "230", "1*", "230", "seksi"] or (
        line.split()[5:7] == ["230", "seksi"]
    )


@pytest.mark.parametrize(
    ("sheet", "where"),
    [
        ("kode,no,nilai\numum,1,12a\n", "row 2, column nilai"),
        ("kode,no,nilai\numum,1,100\numum,x,5\n", "row 3, column no"),
        ("kode,no,nilai\numum,1,100\n9.99,1,5\n", "row 3, column kode"),
        ("kode,no,nilai\numum,1,100\numum,1,5\n", "row 3, column no"),
        ("kode,no,nilai\numum,1,1.234\n", "row 2, column nilai"),  # no style: ambiguous
        # a sheet mixing both styles tells nothing: 1.234 stays ambiguous
        ("kode;no;nilai\numum;1;1.234\numum;2;1,5\numum;3;2.5\n", "row 2, column nilai"),
        ("kode,no,nilai\numum,1,-4\n", "row 2, column nilai"),
        ("kode,nilai\numum,4\n", "no"),
    ],
)
def test_a_bad_sheet_is_refused_and_nothing_is_written(
    plan: Path, tmp_path: Path, capsys, sheet: str, where: str
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(sheet, encoding="utf-8")
    before = digest(plan)
    assert run(["pemetaan", str(plan), "--import", str(bad), "--year", "2025",
                "--lang", "en"]) == 2  # fmt: skip
    err = capsys.readouterr().err
    assert where in err and "Traceback" not in err
    assert digest(plan) == before


def test_bad_year_and_source_are_refused(plan: Path, capsys) -> None:
    before = digest(plan)
    assert run(["pemetaan", str(plan), "--year", "1800", "--lang", "en"]) == 2
    assert "1800" in capsys.readouterr().err
    assert run(["pemetaan", str(plan), "--source", "x" * 400, "--lang", "en"]) == 2
    assert "too long" in capsys.readouterr().err
    assert digest(plan) == before


def test_the_template_lists_every_indicator(plan: Path, tmp_path: Path, capsys) -> None:
    from rbdesk.rules.pemetaan import load_lampiran

    out = tmp_path / "template.csv"
    assert run(["pemetaan", str(plan), "--template", str(out)]) == 0
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0] == "kode,no,indikator,satuan,nilai"
    tables = load_lampiran().tables_of("kabupaten")
    # perhubungan is printed twice; a region not berciri kepulauan fills its own table
    count = sum(len(t.indicators) for t in tables if t.variant != "kepulauan")
    assert count == sum(len(t.indicators) for t in tables) - 15
    assert len(rows) == count + 1
    assert all(r.endswith(",") for r in rows[1:])  # nilai empty
    # an existing sheet is kept unless --force
    assert run(["pemetaan", str(plan), "--template", str(out)]) == 2
    # a filled-in template imports back
    filled = out.read_text(encoding="utf-8-sig").replace("umum,1,", "umum,1,", 1)
    lines = filled.splitlines()
    lines[1] = lines[1] + "1234"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run(["pemetaan", str(plan), "--import", str(out)]) == 0
    with Store.open(plan, read_only=True) as store:
        assert len(store.pemetaan().values) == 1


def test_details_sets_the_geographic_factor(plan: Path, capsys) -> None:
    assert run(["details", str(plan), "--geo-factor", "c", "--lang", "id"]) == 0
    out = capsys.readouterr().out
    assert "1,2" in out and "kategori Langkah 3: c" in out
    with Store.open(plan, read_only=True) as store:
        assert store.region().geo_factor == pytest.approx(1.2)
    assert run(["details", str(plan), "--geo-factor", "1,4"]) == 0
    assert "d, e, f" in capsys.readouterr().out
    before = digest(plan)
    assert run(["details", str(plan), "--geo-factor", "zero", "--lang", "en"]) == 2
    assert "category letter a to g" in capsys.readouterr().err
    assert digest(plan) == before


def test_a_region_berciri_kepulauan_fills_the_other_perhubungan_table(
    plan: Path, tmp_path: Path, capsys
) -> None:
    """Lampiran II prints perhubungan twice: for a kabupaten/kota berciri kepulauan (its
    indicator 1: bobot 2, "a. ≤ 20 200 4") and for the others (bobot 5, "a. ≤ 5"; the
    printed scores 2 … 10 are a misprint for 10 … 50). The value 3 of indicator 1 scores
    4 in the one and 10 in the other."""
    from rbdesk.interchange.plan_json import create_plan, export_document
    from rbdesk.rules.pemetaan import load_lampiran
    from rbdesk.store import Store

    sheet = tmp_path / "nilai.csv"
    sheet.write_text("kode;no;nilai\numum;1;100000\numum;2;300\numum;3;1\n2.15;1;3\n",
                     encoding="utf-8")  # fmt: skip
    daratan = pemetaan_json(plan, capsys, "--import", str(sheet))
    assert daratan["kepulauan"] is False
    with Store.open(plan, read_only=True) as store:
        before = store.fingerprint()
    assert {u["kode"]: u for u in daratan["urusan"]}["2.15"]["teknis"] == 10
    island = pemetaan_json(plan, capsys, "--kepulauan")
    assert island["kepulauan"] is True
    assert {u["kode"]: u for u in island["urusan"]}["2.15"]["teknis"] == 4
    with Store.open(plan, read_only=True) as store:
        assert store.fingerprint() != before
        doc = export_document(store)
    assert doc["pemetaan"]["kepulauan"] is True
    with create_plan(tmp_path / "again.rbd", doc) as again:
        assert again.pemetaan().kepulauan is True
    # the sheet names the region's own table
    out = tmp_path / "lembar.csv"
    assert run(["pemetaan", str(plan), "--template", str(out)]) == 0
    capsys.readouterr()
    import csv

    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    perhubungan = [r[2] for r in rows if r[0] == "2.15"]
    table = load_lampiran().table("kabupaten", "2.15", "kepulauan")
    assert perhubungan == [i.name for i in table.indicators]
    assert pemetaan_json(plan, capsys, "--bukan-kepulauan")["kepulauan"] is False
    with Store.open(plan, read_only=True) as store:
        assert store.fingerprint() == before


def test_the_values_sheet_as_xlsx(plan: Path, tmp_path: Path, capsys) -> None:
    """Issue 13 item 2: the template as an Excel workbook, filled in Excel and imported."""
    from openpyxl import load_workbook

    book = tmp_path / "lembar.xlsx"
    assert run(["pemetaan", str(plan), "--template", str(book)]) == 0
    capsys.readouterr()
    wb = load_workbook(book)
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]] == ["kode", "no", "indikator", "satuan", "nilai"]
    for row in ws.iter_rows(min_row=2):
        if row[0].value == "umum":
            row[4].value = {1: 100000, 2: 300, 3: 750_000_000_000}[row[1].value]
        elif row[0].value == "1.02":
            row[4].value = {1: 100000, 2: 400}[row[1].value]
    wb.save(book)
    doc = pemetaan_json(plan, capsys, "--import", str(book))
    assert doc["values"] == 5
    found = {u["kode"]: u for u in doc["urusan"]}
    assert (found["1.02"]["umum"], found["1.02"]["teknis"]) == (70, 480)
