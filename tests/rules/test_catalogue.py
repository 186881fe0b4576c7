"""The reference catalogues load, validate, and say what regulation.md says."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from rbdesk.domain.model import Level
from rbdesk.paths import resource_path
from rbdesk.rules.catalogue import CatalogueError, load_catalogue

#: The sub-urusan as the reference distilled them from UU 23/2014, independently of
#: rbdesk's own catalogue (tests/data/SOURCES.md).
REFERENCE_SUB_URUSAN = Path(__file__).resolve().parents[1] / "data" / "sub_urusan.csv"


@pytest.fixture(scope="module")
def cat():
    return load_catalogue()


def test_all_urusan_codes_with_class_and_rumpun(cat) -> None:
    concurrent = [u for u in cat.urusan.values() if u.concurrent]
    assert len(concurrent) == 32
    assert sum(u.urusan_class == "wajib_pelayanan_dasar" for u in concurrent) == 6
    assert sum(u.urusan_class == "wajib_non_pelayanan_dasar" for u in concurrent) == 18
    assert sum(u.urusan_class == "pilihan" for u in concurrent) == 8
    # every concurrent urusan belongs to a dinas rumpun (PP 18/2016 Pasal 40(4))
    assert all(u.rumpun in "abcdefg" for u in concurrent)
    assert cat.urusan["1.02"].rumpun == cat.urusan["2.14"].rumpun == "b"
    assert cat.urusan["5.03"].rumpun == cat.urusan["5.04"].rumpun == "pa"
    for code in ("4.01", "4.02", "5.01", "5.02", "6.01", "7.01", "8.01", "9.03"):
        assert code in cat.urusan
    assert all(u.source for u in cat.urusan.values())
    assert cat.urusan["5.06"].confirmed == "U"


def test_all_sub_urusan_with_authority(cat) -> None:
    with REFERENCE_SUB_URUSAN.open(encoding="utf-8") as handle:
        reference = list(csv.DictReader(handle))
    assert len(cat.sub_urusan) == len(reference) == 166
    for row in reference:
        sub = cat.sub_urusan[row["sub_code"]]
        assert (sub.pusat, sub.provinsi, sub.kabkota) == (
            row["pusat"], row["provinsi"], row["kabkota"]
        )  # fmt: skip
    # pendidikan menengah is provincial; a kabupaten has no authority in akreditasi
    assert cat.sub_urusan["1.01.3"].authority(Level.KABUPATEN) == "no"
    assert sum(s.kabkota == "no" for s in cat.sub_urusan.values()) == 32


def test_kinds_of_mojokerto_and_design_exist(cat, test_data: Path) -> None:
    with (test_data / "mojokerto.csv").open(encoding="utf-8") as handle:
        used = {row["unit_kind"] for row in csv.DictReader(handle)}
    design = {
        "kepala_daerah", "wakil_kepala_daerah", "staf_ahli", "sekretariat_daerah",
        "sekretariat_dprd", "inspektorat", "dinas", "badan", "kecamatan", "asisten", "biro",
        "bagian", "subbagian", "sekretariat", "bidang", "subbidang", "seksi",
        "inspektur_pembantu", "upt", "cabang_dinas", "kelurahan", "rumah_sakit", "puskesmas",
        "kelompok_fungsional",
    }  # fmt: skip
    assert used | design <= set(cat.kinds)
    assert all(k.source for k in cat.kinds.values())


def test_parent_rules_follow_the_law(cat) -> None:
    kab, prov = Level.KABUPATEN, Level.PROVINSI
    assert cat.allowed_parents("kelurahan", kab) == {"kecamatan"}
    assert not cat.kind_exists_at("kecamatan", prov)
    assert not cat.kind_exists_at("biro", kab)
    assert cat.may_be_root("kepala_daerah", kab) and not cat.may_be_root("dinas", kab)
    # nothing structural stands below a seksi, subbagian or subbidang
    for low in ("seksi", "subbagian", "subbidang"):
        assert cat.allowed_child_kinds(low, kab) == ["kelompok_fungsional"]
    assert "rumah_sakit" in cat.allowed_child_kinds("dinas", kab)


def test_head_eselon_per_kind_and_level(cat) -> None:
    kab, prov = Level.KABUPATEN, Level.PROVINSI

    def eselon(kind, level, **facts):
        return cat.head_eselon(kind, level, **facts)[0].eselon

    assert eselon("sekretariat_daerah", prov) == "Ib"
    assert eselon("sekretariat_daerah", kab) == "IIa"
    assert eselon("dinas", prov) == "IIa"
    assert eselon("dinas", kab) == "IIb"
    assert eselon("bidang", kab) == "IIIb"
    assert eselon("bidang", prov) == "IIIa"
    assert eselon("upt", kab, unit_type="A") == "IVa"
    assert eselon("upt", kab, unit_type="B") == "IVb"
    assert eselon("sekretariat", kab, parent_kind="kecamatan", parent_type="B") == "IVa"
    assert eselon("kelurahan", kab) == "IVa"
    assert cat.head_eselon("puskesmas", kab) == []


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "catalogue"
    shutil.copytree(resource_path("catalogue"), folder)
    return folder


def test_a_broken_urusan_row_is_named(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    path = folder / "urusan.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace("wajib_pelayanan_dasar", "wajib_semua", 1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(
        CatalogueError, match=r"urusan.csv row 4: unknown class 'wajib_semua'"
    ) as info:
        load_catalogue(folder)
    error = info.value
    assert error.code == "catalogue.class_unknown" and error.params["value"] == "wajib_semua"
    assert error.message("id").startswith("urusan.csv baris 4: kelas 'wajib_semua' tidak dikenal")


def test_an_unknown_parent_kind_is_named(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    path = folder / "unit_kinds.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["kinds"][-1]["parents"]["kabkota"].append("kerajaan")
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CatalogueError, match="unknown parent kind 'kerajaan'") as info:
        load_catalogue(folder)
    kind = data["kinds"][-1]["id"]
    assert str(info.value) == f"unit_kinds.json kind '{kind}': unknown parent kind 'kerajaan'"
    assert info.value.code == "kind.parent_unknown"
    assert info.value.message("id") == (
        f"unit_kinds.json jenis '{kind}': jenis unit atasan 'kerajaan' tidak dikenal"
    )


def test_a_missing_source_is_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    path = folder / "eselon.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["rows"][0]["source"] = " "
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CatalogueError, match="eselon.json entry #1: source is empty") as info:
        load_catalogue(folder)
    assert info.value.code == "catalogue.source_empty"
    assert info.value.message("id") == "eselon.json butir ke-1: source (sumber hukum) kosong"


def test_not_json_is_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "unit_kinds.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(CatalogueError, match="unit_kinds.json: not valid JSON") as info:
        load_catalogue(folder)
    assert info.value.code == "catalogue.not_json" and info.value.params["detail"]
    assert info.value.message("id").startswith("unit_kinds.json: bukan JSON yang sah (")
