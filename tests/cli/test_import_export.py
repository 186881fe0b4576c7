"""``rbdesk import`` and ``rbdesk export`` (issue 15): the mapping printed, a bad sheet
refused with nothing written, a sheet added as a scenario, every table in every format,
exports that open safely (text never a formula), and round trips that keep the plan's
fingerprint."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from openpyxl import load_workbook

from rbdesk.cli import run
from rbdesk.interchange.sample import write_sample
from rbdesk.store import Store

INJECTION = ("=SUM(A1)", "+62 812 3456", "-x", "@cmd", "\tTab")


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sukamaju.rbd"
    write_sample(path).close()
    return path


def fingerprint(path: Path) -> str:
    with Store.open(path, read_only=True) as store:
        return store.fingerprint()


def test_import_prints_the_mapping_and_writes_the_plan(tmp_path: Path, capsys) -> None:
    sheet = tmp_path / "unit.csv"
    sheet.write_text("DAFTAR UNIT KERJA;;\nNama Unit;Induk;Eselon\nBupati Contoh;;\n"
                     "Dinas Sosial;Bupati Contoh;II.b\n", encoding="utf-8")  # fmt: skip
    out = tmp_path / "p.rbd"
    assert run(["import", str(sheet), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "baris kepala 2" in printed and "Nama Unit → Nama unit" in printed
    with Store.open(out, read_only=True) as store:
        units = store.load(store.current_scenario().id).units.values()
        assert {(u.name, u.kind, u.eselon) for u in units} == {
            ("Bupati Contoh", "kepala_daerah", None), ("Dinas Sosial", "dinas", "IIb")}  # fmt: skip
    # the same file refuses to be replaced without --force
    assert run(["import", str(sheet), "-o", str(out)]) == 2


def test_a_bad_sheet_writes_nothing_and_names_row_and_column(tmp_path: Path, capsys) -> None:
    sheet = tmp_path / "salah.csv"
    sheet.write_text("Nama Unit;Induk;Jenis\nBupati Contoh;;Kepala Daerah\n"
                     "Dinas X;Bupati Contoh;Kantor\n", encoding="utf-8")  # fmt: skip
    out = tmp_path / "p.rbd"
    assert run(["import", str(sheet), "-o", str(out)]) == 2
    assert "baris 3, kolom Jenis" in capsys.readouterr().err
    assert not out.exists() and list(tmp_path.iterdir()) == [sheet]


def test_map_overrides_and_bad_map(tmp_path: Path, capsys) -> None:
    sheet = tmp_path / "a.csv"
    sheet.write_text("Unit;Atasan;Ket\nBupati Contoh;;\nDinas Sosial;Bupati Contoh;lama\n",
                     encoding="utf-8")  # fmt: skip
    out = tmp_path / "p.rbd"
    assert run(["import", str(sheet), "-o", str(out), "--map", "notes=Ket"]) == 0
    assert "Ket → Catatan" in capsys.readouterr().out
    assert run(["import", str(sheet), "-o", str(out), "--force", "--map", "warna=Ket"]) == 2
    assert "warna" in capsys.readouterr().err
    assert run(["import", str(sheet), "-o", str(out), "--force", "--map", "notes"]) == 2


def test_a_sheet_becomes_a_new_scenario_of_a_plan(sample: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "2027.csv"
    sheet.write_text("Nama Unit;Induk\nBupati Sukamaju;\nDinas Kesehatan;Bupati Sukamaju\n",
                     encoding="utf-8")  # fmt: skip
    assert run(["import", str(sheet), "-o", str(sample), "--scenario", "Struktur 2027"]) == 0
    with Store.open(sample, read_only=True) as store:
        added = store.scenario_by_name("Struktur 2027")
        assert store.unit_count(added.id) == 2
        assert len(store.scenarios()) == 3
    # a name already used is refused, nothing added
    assert run(["import", str(sheet), "-o", str(sample), "--scenario", "Struktur 2027"]) == 2
    with Store.open(sample, read_only=True) as store:
        assert len(store.scenarios()) == 3


@pytest.mark.parametrize("what", ["units", "positions", "findings", "compare", "operations",
                                  "pemetaan"])  # fmt: skip
def test_every_table_to_xlsx_and_csv(sample: Path, tmp_path: Path, what: str) -> None:
    book = tmp_path / f"{what}.xlsx"
    assert run(["export", str(sample), "--what", what, "--to", str(book)]) == 0
    wb = load_workbook(book)
    ws = wb.worksheets[0]
    assert ws.freeze_panes == "A2" and ws.max_row > 1
    assert ws["A1"].font.bold
    sheet = tmp_path / f"{what}.csv"
    assert run(["export", str(sample), "--what", what, "--to", str(sheet)]) == 0
    rows = list(csv.reader(sheet.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows) > 1 and len({len(r) for r in rows}) == 1
    if what == "compare":
        assert [w.title for w in wb.worksheets] == ["Sebelum dan Sesudah", "Daftar Perubahan"]
        assert rows[0][0] == "Action"  # the CSV is the change sheet


def test_positions_keep_negative_differences_as_numbers(sample: Path, tmp_path: Path) -> None:
    book = tmp_path / "peta.xlsx"
    assert run(["export", str(sample), "--what", "positions", "--to", str(book)]) == 0
    ws = load_workbook(book).worksheets[0]
    assert [c.value for c in ws[1]] == ["Unit Kerja", "Jabatan", "Kategori", "Eselon/Kelas",
                                        "Ada", "Butuh", "Selisih"]  # fmt: skip
    selisih = [row[6] for row in ws.iter_rows(min_row=2)]
    assert any(c.value < 0 for c in selisih)
    assert all(c.data_type == "n" for c in selisih)
    for row in ws.iter_rows(min_row=2, max_row=50):
        assert row[4].value - row[5].value == row[6].value


def _with_injection(sample: Path) -> None:
    with Store.open(sample) as store:
        scenario = store.current_scenario()
        structure = store.load(scenario.id)
        from dataclasses import replace

        targets = [u for u in structure.units.values() if u.kind == "bidang"][: len(INJECTION)]
        for unit, text in zip(targets, INJECTION, strict=True):
            store.update_unit(replace(unit, name=f"{text} {unit.id}", notes=text))


def test_injection_looking_texts_stay_text(sample: Path, tmp_path: Path) -> None:
    _with_injection(sample)
    book = tmp_path / "u.xlsx"
    assert run(["export", str(sample), "--to", str(book)]) == 0
    ws = load_workbook(book).worksheets[0]  # not read-only: the cell types are kept
    header = [c.value for c in ws[1]]
    notes = header.index("Catatan")
    found = {row[notes].value: row[notes].data_type for row in ws.iter_rows(min_row=2)
             if row[notes].value in INJECTION}  # fmt: skip
    assert set(found) == set(INJECTION) and set(found.values()) == {"s"}
    sheet = tmp_path / "u.csv"
    assert run(["export", str(sample), "--to", str(sheet)]) == 0
    rows = list(csv.reader(sheet.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    cells = {c for r in rows for c in r}
    assert {f"'{t}" for t in INJECTION if t != "\tTab"} <= cells
    assert not any(c.startswith(("=", "+", "@")) for c in cells)


def test_units_round_trip_through_xlsx_and_csv(tmp_path: Path, monkeypatch) -> None:
    """A plan made from a sheet, exported and imported again, is the same plan."""
    from rbdesk.store import store as store_module

    monkeypatch.setattr(store_module, "_now", lambda: "2026-12-05T00:00:00+00:00")
    source = tmp_path / "asal.rbd"
    sample = tmp_path / "contoh.rbd"
    write_sample(sample).close()
    _with_injection(sample)
    units = tmp_path / "units.xlsx"
    assert run(["export", str(sample), "--to", str(units)]) == 0
    assert run(["import", str(units), "-o", str(source), "--region", "Kabupaten Sukamaju",
                "--level", "kabupaten"]) == 0  # fmt: skip
    for suffix in (".xlsx", ".csv"):
        out = tmp_path / f"lagi{suffix}"
        back = tmp_path / f"lagi{suffix}.rbd"
        assert run(["export", str(source), "--to", str(out)]) == 0
        assert run(["import", str(out), "-o", str(back), "--region", "Kabupaten Sukamaju",
                    "--level", "kabupaten"]) == 0  # fmt: skip
        assert fingerprint(back) == fingerprint(source), suffix
    with Store.open(source, read_only=True) as store:
        imported = store.load(store.current_scenario().id).units.values()
        names = {u.name for u in imported}
    with Store.open(sample, read_only=True) as store:
        original = store.load(store.current_scenario().id).units.values()
    # every field of the units table travels: the workload scores too
    assert sorted(u.workload_score or 0 for u in imported) == sorted(
        u.workload_score or 0 for u in original
    )
    assert {n for n in names if n.startswith(INJECTION)} and len(names) > 300


def test_the_plan_json_round_trip_keeps_the_fingerprint(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "rencana.json"
    assert run(["export", str(sample), "--to", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "rbdesk-plan" and len(doc["scenarios"]) == 2
    back = tmp_path / "kembali.rbd"
    assert run(["import", str(out), "-o", str(back)]) == 0
    assert fingerprint(back) == fingerprint(sample)
    one = tmp_path / "satu.json"
    assert run(["export", str(sample), "--to", str(one), "--scenario", "Kondisi Saat Ini"]) == 0
    assert run(["import", str(one), "-o", str(tmp_path / "satu.rbd")]) == 0
    with Store.open(tmp_path / "satu.rbd", read_only=True) as store:
        assert [s.name for s in store.scenarios()] == ["Kondisi Saat Ini"]


def test_graphml_for_yed_and_gephi(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "bagan.graphml"
    assert run(["export", str(sample), "--to", str(out)]) == 0
    graph = nx.read_graphml(out)
    with Store.open(sample, read_only=True) as store:
        structure = store.load(store.current_scenario().id)
    assert graph.number_of_nodes() == len(structure.units)
    unit = next(u for u in structure.units.values() if u.kind == "dinas")
    node = graph.nodes[str(unit.id)]
    assert (node["name"], node["kind"]) == (unit.name, "dinas")
    relations = {d["relation"] for _, _, d in graph.edges(data=True)}
    assert relations == {"struktural", "koordinasi"}
    assert graph.has_edge(str(unit.parent_id), str(unit.id))


@pytest.mark.parametrize(
    "args",
    [["--to", "x.pdf"], ["--what", "findings", "--to", "x.graphml"], ["--what", "all", "--to",
     "x.csv"], ["--to", "x.xlsx", "--scenario", "Tidak Ada"]],
)  # fmt: skip
def test_refusals_write_nothing(sample: Path, tmp_path: Path, args: list[str], capsys) -> None:
    args = [a if not a.startswith("x.") else str(tmp_path / a) for a in args]
    before = set(tmp_path.iterdir())
    assert run(["export", str(sample), *args]) == 2
    assert set(tmp_path.iterdir()) == before
    assert "Traceback" not in capsys.readouterr().err


def test_an_existing_file_is_kept_without_force(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "u.xlsx"
    out.write_bytes(b"milik saya")
    assert run(["export", str(sample), "--to", str(out)]) == 2
    assert out.read_bytes() == b"milik saya"
    assert run(["export", str(sample), "--to", str(out), "--force"]) == 0


def test_the_english_tables(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "u.csv"
    assert run(["--lang", "en", "export", str(sample), "--to", str(out)]) == 0
    header = out.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("ID,Parent ID,Unit,Parent,Kind")


def test_findings_carry_the_planners_status(sample: Path, tmp_path: Path) -> None:
    from rbdesk.analysis.compare import finding_ref_of
    from rbdesk.analysis.engine import analyse
    from rbdesk.analysis.motives import origins_of
    from rbdesk.analysis.status import FindingStatus, Status, dump_statuses, meta_key

    with Store.open(sample) as store:
        scenario = store.current_scenario()
        structure = store.load(scenario.id)
        first = analyse(structure, store.region(), pemetaan=store.pemetaan())[0]
        ref = finding_ref_of(first, origins_of(structure))  # as the window keeps it
        exempted = FindingStatus(ref, Status.EXEMPTED, "=tidak berlaku di daerah ini")
        store.set_meta(meta_key(scenario.id), dump_statuses({ref: exempted}))
    out = tmp_path / "temuan.xlsx"
    assert run(["export", str(sample), "--what", "findings", "--to", str(out)]) == 0
    ws = load_workbook(out).worksheets[0]
    header = [c.value for c in ws[1]]
    assert header[-2:] == ["Status", "Alasan"]
    rows = list(ws.iter_rows(min_row=2))
    assert rows[0][1].value == first.rule
    assert (rows[0][-2].value, rows[0][-1].value) == (
        "Dikecualikan",
        "=tidak berlaku di daerah ini",
    )
    assert rows[0][-1].data_type == "s"
    assert {r[-2].value for r in rows[1:]} == {"Terbuka"}
