"""The checks of the law as written, the rest of issue 12 (items 4, 5, 7, 14, 16): each
with a case that fires and one that must not, the exception named. The pasal each
encodes is quoted where it is tested; the texts are ../shared/reference/law/
pp-18-2016.md and pp-72-2019.md (the latter OCR: its numbers read against the
structure of PP 18)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rbdesk.analysis.findings import Finding, Severity
from rbdesk.cli import run
from rbdesk.domain.model import Level
from rbdesk.interchange.plan_json import (
    PlanDocumentError,
    create_plan,
    export_document,
    read_document,
)
from rbdesk.interchange.sample import sample_document
from tests.analysis.builders import Plan


def whole(level: Level = Level.KABUPATEN, **fields) -> Plan:
    """A region with the OPDs every region has (Pasal 5)."""
    plan = Plan(level=level, **fields)
    plan.add("setda", "kdh", "sekretariat_daerah", "Sekretariat Daerah", codes=("4.01",))
    plan.add("setwan", "kdh", "sekretariat_dprd", "Sekretariat DPRD", codes=("4.02",))
    plan.add("insp", "kdh", "inspektorat", "Inspektorat", codes=("6.01",))
    if level is not Level.PROVINSI:
        plan.add("kec", "kdh", "kecamatan", "Kecamatan Kota", codes=("7.01",))
    return plan


def rules(found: list[Finding]) -> set[str]:
    return {f.rule for f in found}


# -- item 4: staf ahli (Pasal 102) ---------------------------------------------------------


def test_staf_ahli_under_the_setda_count_towards_the_cap_of_three() -> None:
    # Pasal 102 ayat (3): "Staf ahli ... berjumlah paling banyak 3 (tiga) staf ahli."
    plan = whole()
    for n in range(3):
        plan.add(f"sa{n}", "kdh", "staf_ahli", f"Staf Ahli {n}")
    assert plan.findings("caps.staf_ahli") == []
    plan.add("sa3", "setda", "staf_ahli", "Staf Ahli Bidang Hukum")
    found = plan.findings("caps.staf_ahli")
    assert len(found) == 1 and found[0].severity is Severity.ERROR
    assert set(found[0].units) == plan.unit_ids("sa0", "sa1", "sa2", "sa3")
    assert found[0].params["count"] == 4 and found[0].params["max"] == 3
    assert found[0].basis_text("id") == "Pasal 102 ayat (3) PP 18/2016"
    assert plan.findings("caps.sub_units") == []  # counted once, not per parent


def test_staf_ahli_placed_under_the_setda_is_a_finding() -> None:
    # Pasal 102 ayat (2): "Staf ahli berada di bawah dan bertanggungjawab kepada gubernur
    # atau bupati/wali kota dan secara administratif dikoordinasikan oleh sekretaris
    # Daerah."
    plan = whole()
    plan.add("sa0", "kdh", "staf_ahli", "Staf Ahli Bidang Ekonomi")
    plan.add("sa1", "setda", "staf_ahli", "Staf Ahli Bidang Hukum")
    assert plan.findings("caps.staf_ahli") == []  # two in all
    found = plan.findings("structure.staf_ahli_placement")
    assert [f.units for f in found] == [(plan.ids["sa1"], plan.ids["setda"])]
    assert found[0].severity is Severity.WARNING
    assert found[0].basis_text("id") == "Pasal 102 ayat (2) PP 18/2016"
    assert "Sekretariat Daerah" in found[0].text("id")
    plan.change("sa1", parent_id=plan.ids["kdh"])
    assert plan.findings("structure.staf_ahli_placement") == []


# -- item 7: typology ------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["setda", "setwan", "insp"])
def test_the_bodies_that_always_exist_are_tipe_c_at_a_score_of_zero(key: str) -> None:
    # Pasal 53 ayat (1) huruf c: "sekretariat Daerah, sekretariat DPRD, dan inspektorat
    # ... tipe C apabila hasil perhitungan nilai variabel kurang dari atau sama dengan 600"
    plan = whole()
    plan.change(key, unit_type="C", workload_score=0.0)
    found = [f for f in plan.findings() if f.rule.startswith("typology.")]
    assert found == []
    plan.change(key, unit_type="B")  # tipe B needs more than 600
    found = [f for f in plan.findings() if f.rule.startswith("typology.")]
    assert [f.rule for f in found] == ["typology.type_not_supported"]
    assert "tipe C" in found[0].text("id")


def test_a_kecamatan_is_tipe_b_at_a_score_of_zero() -> None:
    # Pasal 53 ayat (4) huruf b: "kecamatan tipe B apabila hasil perhitungan nilai
    # variabel kurang dari atau sama dengan 600"
    plan = whole()
    plan.change("kec", unit_type="B", workload_score=0.0)
    assert [f for f in plan.findings() if f.rule.startswith("typology.")] == []
    plan.change("kec", unit_type="A")
    assert rules(plan.findings()) & {"typology.type_not_supported"}


def test_a_merged_dinas_may_be_raised_one_type() -> None:
    # Pasal 40 ayat (6): "Tipelogi dinas hasil penggabungan Urusan Pemerintahan ... dapat
    # dinaikkan 1 (satu) tingkat lebih tinggi atau mendapat tambahan 1 (satu) bidang"
    plan = whole()
    plan.dinas("merged", ("3.30", "3.31"), "A")
    plan.change("merged", workload_score=650.0)  # supports tipe B
    assert plan.findings("typology.type_not_supported") == []
    plan.dinas("single", ("2.07",), "A")
    plan.change("single", workload_score=650.0)
    found = plan.findings("typology.type_not_supported")
    assert [f.units for f in found] == [(plan.ids["single"],)]
    plan.change("merged", workload_score=500.0)  # supports tipe C: two types up
    assert {f.units[0] for f in plan.findings("typology.type_not_supported")} == plan.unit_ids(
        "merged", "single"
    )


def test_a_raised_merged_dinas_takes_no_extra_bidang() -> None:
    # Pasal 40 ayat (6): raised one type "atau" one bidang more, not both
    plan = whole()
    plan.dinas("merged", ("3.30", "3.31"), "B", bidang=4)  # tipe B: 3 bidang, +1 merged
    plan.change("merged", workload_score=650.0)
    assert plan.findings("caps.sub_units") == []
    plan.change("merged", unit_type="A")  # raised: tipe A's 4 bidang, no more
    for n in range(4, 5):
        plan.add(f"merged.b{n}", "merged", "bidang", f"Bidang {n}")
    found = plan.findings("caps.sub_units")
    assert [f.units[0] for f in found] == [plan.ids["merged"]]
    assert found[0].params["max"] == 4


def test_the_geographic_exemption_is_of_the_exempt_urusan_only() -> None:
    # Pasal 107 ayat (4): the factor "tidak berlaku bagi sekretariat DPRD, Urusan
    # Pemerintahan ... bidang kearsipan dan persandian ..."
    plan = whole(geo_factor=1.4)
    plan.dinas("arsip", ("2.24",), "B")
    plan.change("arsip", workload_score=500.0)  # not multiplied: tipe C only
    plan.dinas("pustaka", ("2.23", "2.24"), "B")
    plan.change("pustaka", workload_score=500.0)  # 2.23 is not exempt: 700, tipe B
    found = plan.findings("typology.type_not_supported")
    assert [f.units for f in found] == [(plan.ids["arsip"],)]
    assert "Pasal 107 ayat (1) dan ayat (4)" in found[0].basis_text("id")
    assert "500" in found[0].text("id")


def test_the_pm_ptsp_dinas_has_three_bidang_only_below_401() -> None:
    # Pasal 39 ayat (5): "Dalam hal ... penanaman modal memperoleh nilai kurang dari 401
    # (empat ratus satu), diwadahi dalam dinas penanaman modal dan pelayanan terpadu
    # satu pintu tipe C yang membawahi paling banyak 3 (tiga) bidang."
    plan = whole()
    plan.dinas("dpmptsp", ("2.18",), "C", bidang=3)
    plan.change("dpmptsp", workload_score=380.0)
    found = plan.findings()
    assert not rules(found) & {"caps.sub_units", "typology.below_opd"}  # a tipe C dinas
    plan.change("dpmptsp", workload_score=450.0)
    found = plan.findings("caps.sub_units")
    assert len(found) == 1 and found[0].params["max"] == 2
    assert "kurang dari 401; skornya 450" in found[0].text("id")
    assert "Pasal 39 ayat (5)" in found[0].text("id")
    plan.change("dpmptsp", workload_score=None)
    found = plan.findings("caps.sub_units")
    assert len(found) == 1 and "skornya belum dicatat" in found[0].text("id")
    assert "no score is recorded" in found[0].text("en")


# -- item 16: the partial flag travels with the plan -----------------------------------------


def test_the_partial_flag_round_trips_through_the_plan_document(tmp_path: Path) -> None:
    doc = sample_document()
    doc["region"]["partial"] = True
    region, _ = read_document(doc)
    assert region.partial
    with create_plan(tmp_path / "p.rbd", doc) as store:
        assert store.region().partial
        out = export_document(store)
    assert out["region"]["partial"] is True
    del doc["region"]["partial"]
    with create_plan(tmp_path / "w.rbd", doc) as store:
        assert not store.region().partial
        assert "partial" not in export_document(store)["region"]
    doc["region"]["partial"] = "yes"
    with pytest.raises(PlanDocumentError, match="true or false"):
        read_document(doc)


def test_rbdesk_info_shows_the_scope(tmp_path: Path, capsys) -> None:
    doc = sample_document()
    doc["region"]["partial"] = True
    create_plan(tmp_path / "p.rbd", doc).close()
    assert run(["info", str(tmp_path / "p.rbd"), "--lang", "en"]) == 0
    assert "partial (some OPDs only" in capsys.readouterr().out
    assert run(["info", str(tmp_path / "p.rbd"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["region"]["partial"] is True


# -- items 5 and 14: the rumah sakit Daerah (PP 72/2019) --------------------------------------


def hospital(plan: Plan, kelas: str | None, jenis: str | None, **fields) -> None:
    """A dinas kesehatan with one rumah sakit ``rs`` under it."""
    plan.dinas("dinkes", ("1.02",), "A")
    if plan.level is Level.PROVINSI:  # a kepala dinas of a provinsi: II.a (Pasal 94 (2))
        plan.change("dinkes", eselon="IIa")
    plan.add("rs", "dinkes", "rumah_sakit", "RSUD Contoh", unit_type=kelas,
             hospital_kind=jenis, **fields)  # fmt: skip


def grades(plan: Plan) -> list[Finding]:
    return [f for f in plan.findings() if f.rule.startswith("grades.")]


def test_the_bagian_and_bidang_of_a_kabupaten_hospital_are_iiib() -> None:
    # Pasal 95 ayat (4) as PP 72/2019 worded it: "kepala bagian dan kepala bidang pada rumah
    # sakit umum Daerah kabupaten/kota kelas A, kelas B, dan kelas C, dan rumah sakit
    # khusus Daerah kabupaten/kota kelas A dan kelas B merupakan jabatan eselon III.b";
    # ayat (2): the director of kelas B "eselon II.b"; ayat (3): "wakil direktur rumah sakit
    # umum Daerah kabupaten/kota kelas A dan kelas B ... eselon III.a"
    plan = whole()
    hospital(plan, "B", "umum", eselon="IIb")
    plan.add("wd", "rs", "wakil_direktur", "Wakil Direktur Umum", eselon="IIIa")
    plan.add("bag", "wd", "bagian", "Bagian Keuangan", eselon="IIIb")
    plan.add("bid", "wd", "bidang", "Bidang Pelayanan", eselon="IIIb")
    plan.add("sb", "bag", "subbagian", "Subbagian Anggaran", eselon="IVa")
    assert grades(plan) == []
    plan.change("bag", eselon="IIIa")  # what a Setda's kepala bagian is
    found = [f for f in grades(plan) if f.rule != "grades.not_below_parent"]  # (its wakil)
    assert [(f.rule, f.units) for f in found] == [("grades.rs_class", (plan.ids["bag"],))]
    assert found[0].params["expected"] == "IIIb"
    assert "rumah sakit umum kelas B" in found[0].text("id")
    assert found[0].basis_text("id") == (
        "Pasal 95 ayat (4) PP 18/2016 sebagaimana telah diubah dengan PP 72/2019"
    )


@pytest.mark.parametrize(
    ("level", "kelas", "jenis", "kind", "right", "wrong", "ayat"),
    [
        # Pasal 94 ayat (3): "wakil direktur rumah sakit umum Daerah provinsi kelas A ...
        # eselon II.b"; ayat (4): "wakil direktur rumah sakit umum Daerah provinsi kelas B,
        # dan wakil direktur rumah sakit khusus Daerah provinsi kelas A ... eselon III.a"
        (Level.PROVINSI, "A", "umum", "wakil_direktur", "IIb", "IIIa", "Pasal 94 ayat (3)"),
        (Level.PROVINSI, "B", "umum", "wakil_direktur", "IIIa", "IIb", "Pasal 94 ayat (4)"),
        (Level.PROVINSI, "A", "khusus", "wakil_direktur", "IIIa", "IIb", "Pasal 94 ayat (4)"),
        # ayat (5): "kepala bagian dan kepala bidang pada rumah sakit umum Daerah provinsi
        # kelas A, kelas B, dan kelas C ... eselon III.b" (a dinas's bidang: III.a)
        (Level.PROVINSI, "C", "umum", "bidang", "IIIb", "IIIa", "Pasal 94 ayat (5)"),
        # Pasal 95 ayat (3): "wakil direktur rumah sakit khusus Daerah kabupaten/kota kelas A"
        (Level.KABUPATEN, "A", "khusus", "wakil_direktur", "IIIa", "IIb", "Pasal 95 ayat (3)"),
    ],
)  # fmt: skip
def test_the_posts_of_a_hospital_by_level_class_and_kind(level, kelas, jenis, kind, right,
                                                         wrong, ayat) -> None:  # fmt: skip
    plan = whole(level)
    hospital(plan, kelas, jenis)
    plan.add("post", "rs", kind, "Jabatan", eselon=right)
    assert grades(plan) == []
    plan.change("post", eselon=wrong)
    found = grades(plan)
    assert [(f.rule, f.params["expected"]) for f in found] == [("grades.rs_class", right)]
    assert found[0].basis_text("id").startswith(ayat)


def test_the_director_depends_on_the_kind_of_hospital() -> None:
    # Pasal 95 ayat (2): "direktur rumah sakit umum Daerah kabupaten/kota kelas A dan kelas
    # B, dan direktur rumah sakit khusus Daerah kabupaten/kota kelas A ... eselon II.b";
    # ayat (3): "direktur rumah sakit khusus Daerah kabupaten/kota kelas B ... III.a"
    plan = whole()
    hospital(plan, "B", "khusus", eselon="IIIa")
    assert grades(plan) == []
    plan.change("rs", eselon="IIb")  # right for an umum hospital of kelas B only
    found = grades(plan)
    assert [f.rule for f in found] == ["grades.rs_class"]
    assert found[0].params["expected"] == "IIIa" and "direktur" in found[0].text("id")
    assert "Pasal 95 ayat (3)" in found[0].basis_text("id")
    plan.change("rs", hospital_kind="umum")
    assert grades(plan) == []


def test_without_class_or_kind_the_finding_says_so_and_does_not_guess() -> None:
    plan = whole()
    hospital(plan, None, None, eselon="IIb")
    plan.add("bid", "rs", "bidang", "Bidang Pelayanan", eselon="IIIb")
    found = grades(plan)
    assert [(f.rule, f.severity) for f in found] == [("grades.rs_class_unknown", Severity.INFO)]
    assert "kelas dan jenis rumah sakit tidak tercatat" in found[0].text("id")
    assert "Pasal 44E" in found[0].basis_text("id")
    # an eselon no class and kind allows is reported all the same
    plan.change("bid", eselon="IVa")
    found = {f.rule: f for f in grades(plan)}
    assert found["grades.rs_class"].params["expected"] == "IIIb"
    assert "kelas dan jenisnya tidak tercatat" in found["grades.rs_class"].text("id")
    # kelas A: the jenis decides the director (II.b either way in a kabupaten) and caps
    plan.change("rs", unit_type="A")
    found = {f.rule: f for f in grades(plan)}
    assert "jenis rumah sakit (umum atau khusus) tidak tercatat" in found[
        "grades.rs_class_unknown"].text("id")  # fmt: skip
    # kelas C is umum whatever is recorded: nothing unknown
    plan.change("rs", unit_type="C", eselon="IIIa")
    plan.change("bid", eselon="IIIb")
    assert grades(plan) == []
    plan.change("rs", hospital_kind="khusus")  # a khusus hospital has kelas A or B only
    found = grades(plan)
    assert [f.rule for f in found] == ["grades.rs_class_unknown"]
    assert "A atau B; tercatat C" in found[0].text("id")


def test_the_sub_units_of_a_hospital_have_the_caps_of_pasal_84a_and_84b() -> None:
    # Pasal 84A ayat (10): "Rumah sakit umum Daerah kabupaten/kota kelas C terdiri atas 1
    # (satu) bagian dan paling banyak 3 (tiga) bidang"; ayat (12): "Bidang ... terdiri atas
    # paling banyak 2 (dua) seksi" (a dinas's bidang: 3, Pasal 81-83)
    plan = whole()
    hospital(plan, "C", None)
    for n in range(3):
        plan.add(f"bid{n}", "rs", "bidang", f"Bidang {n}")
    for n in range(2):
        plan.add(f"sek{n}", "bid0", "seksi", f"Seksi {n}")
    assert plan.findings("caps.sub_units") == []
    plan.add("bid3", "rs", "bidang", "Bidang 3")
    plan.add("sek2", "bid0", "seksi", "Seksi 2")
    plan.add("wd", "rs", "wakil_direktur", "Wakil Direktur")  # none in kelas C
    found = {(f.units[0], f.params["max"]): f for f in plan.findings("caps.sub_units")}
    assert set(found) == {(plan.ids["rs"], 3), (plan.ids["bid0"], 2), (plan.ids["rs"], 0)}
    assert found[(plan.ids["rs"], 3)].basis_text("id") == (
        "Pasal 84A ayat (10) PP 18/2016 sebagaimana telah diubah dengan PP 72/2019"
    )
    assert "Pasal 84A ayat (12)" in found[(plan.ids["bid0"], 2)].basis_text("id")


@pytest.mark.parametrize(
    ("level", "kelas", "jenis", "parent", "child", "lawful", "cited"),
    [
        # Pasal 84A ayat (1) and (3): kelas A "paling banyak 4 (empat) wakil direktur"; the
        # wakil direktur for administration "paling banyak 4 (empat) bagian"
        (Level.KABUPATEN, "A", "umum", "rs", "wakil_direktur", 4, "Pasal 84A ayat (1)"),
        (Level.KABUPATEN, "A", "umum", "wd", "bagian", 4, "Pasal 84A ayat (3)"),
        (Level.KABUPATEN, "A", "umum", "wd", "bidang", 3, "Pasal 84A ayat (2)"),
        # Pasal 84B ayat (5): a khusus kelas B "1 (satu) bagian dan paling banyak 2 (dua)
        # bidang"
        (Level.KABUPATEN, "B", "khusus", "rs", "bidang", 2, "Pasal 84B ayat (5)"),
        # Pasal 65A ayat (6) and (7): provinsi, umum kelas B
        (Level.PROVINSI, "B", "umum", "rs", "wakil_direktur", 3, "Pasal 65A ayat (6)"),
        (Level.PROVINSI, "B", "umum", "wd", "bidang", 3, "Pasal 65A ayat (7)"),
    ],
)  # fmt: skip
def test_hospital_caps_by_level_class_and_kind(level, kelas, jenis, parent, child, lawful,
                                               cited) -> None:  # fmt: skip
    plan = whole(level)
    hospital(plan, kelas, jenis)
    if parent == "wd":
        plan.add("wd", "rs", "wakil_direktur", "Wakil Direktur")
    for n in range(lawful):
        plan.add(f"c{n}", parent, child, f"{child} {n}")
    assert plan.findings("caps.sub_units") == []
    plan.add("extra", parent, child, f"{child} lagi")
    found = plan.findings("caps.sub_units")
    assert [(f.units[0], f.params["max"]) for f in found] == [(plan.ids[parent], lawful)]
    assert found[0].basis_text("id").startswith(cited)


@pytest.mark.parametrize(
    ("level", "kelas", "jenis", "cited"),
    [
        # Pasal 84A ayat (2): "Wakil direktur ... terdiri atas paling banyak 3 (tiga) bidang";
        # the bidang of a kelas A hospital are its wakil direktur's, not the director's
        (Level.KABUPATEN, "A", "umum", "Pasal 84A ayat (2)"),
        # ayat (7): kelas B likewise
        (Level.KABUPATEN, "B", "umum", "Pasal 84A ayat (7)"),
        # Pasal 65B ayat (2): a provinsi's khusus kelas A
        (Level.PROVINSI, "A", "khusus", "Pasal 65B ayat (2)"),
    ],
)  # fmt: skip
def test_a_bidang_straight_under_the_director_of_a_class_with_deputies(level, kelas, jenis,
                                                                      cited) -> None:  # fmt: skip
    plan = whole(level)
    hospital(plan, kelas, jenis)
    plan.add("wd", "rs", "wakil_direktur", "Wakil Direktur Pelayanan")
    plan.add("bid", "wd", "bidang", "Bidang Pelayanan Medik")
    assert plan.findings("caps.rs_deputy") == []
    plan.add("bag", "rs", "bagian", "Bagian Umum")  # under the director: no wakil between
    assert plan.findings("caps.sub_units") == []
    found = plan.findings("caps.rs_deputy")
    assert [f.units for f in found] == [(plan.ids["rs"], plan.ids["bag"])]
    assert found[0].basis_text("id").startswith(cited)
    assert f"kelas {kelas}" in found[0].text("id") and "wakil direktur" in found[0].text("id")
    assert "wakil direktur" in found[0].fix["id"]


def test_the_hospital_kind_travels_through_plan_file_document_and_sheet(tmp_path: Path) -> None:
    from rbdesk.interchange.reference_csv import CsvImportError, import_reference_csv
    from rbdesk.rules import default_catalogue

    doc = sample_document()
    rs = next(u for u in doc["scenarios"][0]["units"] if u["kind"] == "rumah_sakit")
    rs["hospital_kind"] = "umum"
    with create_plan(tmp_path / "p.rbd", doc) as store:
        before = store.fingerprint()
        structure = store.load(store.current_scenario().id)
        unit = next(u for u in structure.units.values() if u.kind == "rumah_sakit")
        assert (unit.unit_type, unit.hospital_kind) == ("C", "umum")
        out = export_document(store)
        from dataclasses import replace

        store.update_unit(replace(unit, hospital_kind=None))
        without = store.fingerprint()
        store.update_unit(replace(unit, hospital_kind="umum"))
        assert store.fingerprint() == before != without  # hashed only where given
    exported = next(u for u in out["scenarios"][0]["units"] if u["kind"] == "rumah_sakit")
    assert exported["hospital_kind"] == "umum"
    rs["hospital_kind"] = "swasta"
    with pytest.raises(PlanDocumentError, match="swasta"):
        read_document(doc)

    sheet = tmp_path / "rs.csv"
    sheet.write_text(
        "unit,parent_unit,unit_kind,eselon,urusan_codes,kelas_rs,jenis_rs\n"
        "Bupati Contoh,,kepala_daerah,,,,\n"
        "Dinas Kesehatan,Bupati Contoh,dinas,IIb,1.02,,\n"
        "RSUD Contoh,Dinas Kesehatan,rumah_sakit,IIb,,b,Khusus\n",
        encoding="utf-8",
    )
    result = import_reference_csv(sheet, default_catalogue())
    unit = next(u for u in result.structure.units.values() if u.kind == "rumah_sakit")
    assert (unit.unit_type, unit.hospital_kind) == ("B", "khusus")
    sheet.write_text(
        "unit,parent_unit,unit_kind,kelas_rs,jenis_rs\n"
        "Bupati Contoh,,kepala_daerah,,\n"
        "Dinas Kesehatan,Bupati Contoh,dinas,A,\n"
        "RSUD Contoh,Dinas Kesehatan,rumah_sakit,E,swasta\n",
        encoding="utf-8",
    )
    with pytest.raises(CsvImportError) as info:
        import_reference_csv(sheet, default_catalogue())
    said = [(p.row, p.column, p.code) for p in info.value.problems]
    assert said == [(3, "kelas_rs", "csv.hospital_only"), (4, "kelas_rs", "unit.type_unknown"),
                    (4, "jenis_rs", "unit.hospital_kind_unknown")]  # fmt: skip


def test_names_that_hold_the_conjunction_stay_apart() -> None:
    """OPD names hold "dan" ("Badan Kesatuan Bangsa dan Politik"): a list of them sets
    the last one off with a semicolon too, so that no two names read as one; names
    without it read as before."""
    from rbdesk.analysis.checks.base import names
    from rbdesk.analysis.context import build_context
    from rbdesk.rules import default_catalogue

    plan = Plan()
    plan.add("satpol", "kdh", "dinas", "Satuan Polisi Pamong Praja")
    plan.add("kesbang", "kdh", "badan", "Badan Kesatuan Bangsa dan Politik")
    plan.add("bpbd", "kdh", "badan", "Badan Penanggulangan Bencana Daerah")
    plan.add("a", "kdh", "dinas", "Dinas Kesehatan")
    plan.add("b", "kdh", "dinas", "Dinas Sosial")
    ctx = build_context(plan.structure, plan.region, default_catalogue())
    said = names(ctx, [plan.ids[k] for k in ("satpol", "kesbang", "bpbd")])
    assert said["id"] == (
        "Satuan Polisi Pamong Praja; Badan Kesatuan Bangsa dan Politik; dan "
        "Badan Penanggulangan Bencana Daerah"
    )
    assert said["en"].endswith("Bangsa dan Politik and Badan Penanggulangan Bencana Daerah")
    plain = names(ctx, [plan.ids["a"], plan.ids["b"]])
    assert plain == {"id": "Dinas Kesehatan dan Dinas Sosial",
                     "en": "Dinas Kesehatan and Dinas Sosial"}  # fmt: skip
