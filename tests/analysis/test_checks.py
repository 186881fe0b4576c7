"""Each check with a minimal case that triggers it and one that must not, including
each legal exception of regulation.md."""

from __future__ import annotations

import pytest

from rbdesk.analysis.findings import Family, Severity
from rbdesk.domain.model import Level
from tests.analysis.builders import Plan

# -- structure -------------------------------------------------------------------------


def test_clean_minimal_plan_has_no_errors() -> None:
    plan = Plan(partial=True)  # one dinas: the region's composition is not checked
    plan.dinas("pendidikan", ("1.01",), "B", bidang=3)
    errors = [f for f in plan.findings() if f.severity is Severity.ERROR]
    assert errors == []


def test_kelurahan_outside_a_kecamatan() -> None:
    plan = Plan()
    plan.dinas("d", ("1.01",), bidang=1)
    plan.add("kel", "d", "kelurahan", "Kelurahan Salah")
    found = plan.findings("structure.parent_kind")
    assert len(found) == 1 and set(found[0].units) == plan.unit_ids("kel", "d")
    assert "Kelurahan" in found[0].text("id") and found[0].severity is Severity.ERROR
    plan.add("kec", "kdh", "kecamatan", codes=("7.01",))
    plan.change("kel", parent_id=plan.ids["kec"])
    assert plan.findings("structure.parent_kind") == []


def test_anything_structural_below_a_seksi() -> None:
    plan = Plan()
    plan.dinas("d", ("1.01",), bidang=1)
    plan.add("s", "d.b0", "seksi")
    plan.add("x", "s", "subbagian")
    assert [f.units[0] for f in plan.findings("structure.parent_kind")] == [plan.ids["x"]]
    plan.change("x", kind="kelompok_fungsional")
    assert plan.findings("structure.parent_kind") == []


def test_cycle_orphan_roots() -> None:
    plan = Plan()
    plan.dinas("a", ("1.01",))
    plan.dinas("b", ("1.02",))
    assert plan.findings("structure.cycle") == []
    plan.change("a", parent_id=plan.ids["b.sek"])
    plan.change("b", parent_id=plan.ids["a.sek"])
    cycles = plan.findings("structure.cycle")
    assert len(cycles) == 1
    assert set(cycles[0].units) == plan.unit_ids("a", "a.sek", "b", "b.sek")
    plan2 = Plan()
    plan2.add("lost", "kdh", "dinas", codes=("1.01",))
    plan2.change("lost", parent_id=999)
    assert [f.units for f in plan2.findings("structure.orphan")] == [(plan2.ids["lost"],)]
    plan2.add("top2", None, "dinas", codes=("1.02",))
    assert plan2.findings("structure.several_roots")
    assert [f.units for f in plan2.findings("structure.root_kind")] == [(plan2.ids["top2"],)]


def test_kind_absent_at_level() -> None:
    plan = Plan(level=Level.PROVINSI)
    plan.add("kec", "kdh", "kecamatan")
    assert plan.findings("structure.kind_level")
    plan2 = Plan()
    plan2.add("kec", "kdh", "kecamatan")
    assert plan2.findings("structure.kind_level") == []


# -- caps ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit_type", "bidang", "over"),
    [("A", 4, False), ("A", 5, True), ("B", 3, False), ("B", 4, True), ("C", 3, True)],
)
def test_bidang_caps_by_type(unit_type: str, bidang: int, over: bool) -> None:
    plan = Plan()
    plan.dinas("d", ("1.01",), unit_type, bidang=bidang)
    found = plan.findings("caps.sub_units")
    assert bool(found) is over
    if over:
        assert found[0].params["max"] == {"A": 4, "B": 3, "C": 2}[unit_type]
        # one pasal, the one of its type: "Dinas Daerah kabupaten/kota tipe B terdiri atas
        # 1 (satu) sekretariat dan paling banyak 3 (tiga) bidang" (Pasal 82 ayat (1))
        pasal = {"A": "81", "B": "82", "C": "83"}[unit_type]
        assert found[0].basis_text("id") == f"Pasal {pasal} ayat (1) PP 18/2016"
        assert found[0].basis_text("en") == f"Article {pasal}(1) of PP 18/2016"


def test_pupr_tipe_a_with_6_bidang_is_lawful_pendidikan_is_not() -> None:
    plan = Plan()
    plan.dinas("pupr", ("1.03",), "A", bidang=6)
    plan.dinas("pendidikan", ("1.01",), "A", bidang=6)
    found = plan.findings("caps.sub_units")
    assert [f.units[0] for f in found] == [plan.ids["pendidikan"]]
    # A second PU dinas: "Dalam hal sudah dibentuk 2 (dua) dinas/badan ..., ketentuan
    # penambahan bidang sebagaimana dimaksud dalam Pasal 89 tidak berlaku" (Pasal 90
    # ayat (2)): both lose the 2 more bidang.
    plan.dinas("pupr7", ("1.03",), "A", bidang=7)
    assert {f.units[0] for f in plan.findings("caps.sub_units")} == plan.unit_ids(
        "pendidikan", "pupr", "pupr7"
    )


def test_merged_dinas_gets_one_more_bidang() -> None:
    plan = Plan()
    plan.dinas("kes", ("1.02", "2.14"), "B", bidang=4)
    assert plan.findings("caps.sub_units") == []
    plan.dinas("kes2", ("1.02", "2.14"), "B", bidang=5)
    assert len(plan.findings("caps.sub_units")) == 1


def test_setda_asisten_cap_depends_on_type() -> None:
    plan = Plan()
    plan.add("setda", "kdh", "sekretariat_daerah", codes=("4.01",), unit_type="B")
    for n in range(3):
        plan.add(f"as{n}", "setda", "asisten")
    assert plan.findings("caps.sub_units") == []
    plan.change("setda", unit_type="C")
    assert [f.units[0] for f in plan.findings("caps.sub_units")] == [plan.ids["setda"]]
    plan.change("setda", unit_type=None)
    assert plan.findings("caps.sub_units") == []
    assert plan.findings("caps.untyped")


def test_staf_ahli_at_most_three() -> None:
    plan = Plan()
    for n in range(3):
        plan.add(f"sa{n}", "kdh", "staf_ahli")
    assert plan.findings("caps.staf_ahli") == []
    plan.add("sa3", "kdh", "staf_ahli")
    assert len(plan.findings("caps.staf_ahli")) == 1
    assert plan.findings("caps.sub_units") == []  # counted once, region-wide


# -- layers ----------------------------------------------------------------------------


def test_seksi_under_bidang_after_2021() -> None:
    plan = Plan()
    plan.dinas("d", ("1.01",), bidang=1)
    plan.add("kjf", "d.b0", "kelompok_fungsional")
    assert plan.findings("layers.simplification") == []
    plan.add("s", "d.b0", "seksi", "Seksi Kurikulum")
    found = plan.findings("layers.simplification")
    assert len(found) == 1 and found[0].units[0] == plan.ids["s"]
    assert not found[0].confirmed and found[0].severity is Severity.WARNING


def test_simplification_exemptions() -> None:
    plan = Plan()
    plan.add("kec", "kdh", "kecamatan", codes=("7.01",))
    plan.add("kec.s", "kec", "seksi", "Seksi Pemerintahan")  # territorial: kept
    plan.dinas("kes", ("1.02",))
    plan.add("rs", "kes", "rumah_sakit", unit_type="C")
    plan.add("rs.b", "rs", "bidang", "Bidang Pelayanan Medik")
    plan.add("rs.s", "rs.b", "seksi", "Seksi Rawat Inap")  # inside a hospital: kept
    plan.dinas("pu", ("1.03",), bidang=0)
    plan.add("pbj", "pu", "bidang", "Bidang Pengadaan Barang dan Jasa Konstruksi")
    plan.add("pbj.s", "pbj", "seksi", "Seksi Pemilihan Penyedia")  # procurement: kept
    plan.add("bm", "pu", "bidang", "Bidang Bina Marga")
    plan.add("bm.s", "bm", "seksi", "Seksi Jalan")
    found = plan.findings("layers.simplification")
    assert [f.units[0] for f in found] == [plan.ids["bm.s"]]


def _setda(plan: Plan) -> None:
    plan.add("setda", "kdh", "sekretariat_daerah", "Sekretariat Daerah", eselon="IIa")
    plan.add("as", "setda", "asisten", "Asisten Administrasi Umum", eselon="IIb")


def test_setda_subbagian_after_2021() -> None:
    """Only the subbagian tata usaha (and procurement) of a Setda bagian keep their
    pengawas post after 2021; any other subbagian of a bagian is reported."""
    plan = Plan()
    _setda(plan)
    plan.add("umum", "as", "bagian", "Bagian Umum", eselon="IIIa")
    plan.add("tu", "umum", "subbagian", "Subbagian Tata Usaha Pimpinan")
    plan.add("pbj", "as", "bagian", "Bagian Pengadaan Barang dan Jasa", eselon="IIIa")
    plan.add("lpse", "pbj", "subbagian", "Subbagian Layanan Pengadaan Secara Elektronik")
    assert plan.findings("layers.simplification") == []
    plan.add("rt", "umum", "subbagian", "Subbagian Rumah Tangga")
    plan.add("org", "as", "bagian", "Bagian Organisasi", eselon="IIIa")
    plan.add("kel", "org", "subbagian", "Subbagian Kelembagaan")
    found = plan.findings("layers.simplification")
    assert [f.units for f in found] == [
        (plan.ids["rt"], plan.ids["umum"]),
        (plan.ids["kel"], plan.ids["org"]),
    ]
    assert all(not f.confirmed for f in found)
    # a subbagian holding a structural unit: that unit is an error of its own, and the
    # subbagian cannot become a functional group before it is settled
    plan.add("sub", "kel", "subbagian", "Subbagian di bawah subbagian")
    assert plan.ids["kel"] not in {f.units[0] for f in plan.findings("layers.simplification")}
    assert plan.findings("structure.parent_kind")


def test_setwan_subbagian_are_kept() -> None:
    """The Setwan is a sekretariat as a whole: its bagian keep their subbagian."""
    plan = Plan(level=Level.PROVINSI)
    plan.add("setwan", "kdh", "sekretariat_dprd", "Sekretariat DPRD", eselon="IIa")
    plan.add("bag", "setwan", "bagian", "Bagian Persidangan", eselon="IIIa")
    plan.add("sub", "bag", "subbagian", "Subbagian Risalah")
    assert plan.findings("layers.simplification") == []


def test_simplification_in_a_provinsi() -> None:
    """The provinsi is checked too: a seksi under a bidang and a subbagian under a bagian
    of a biro are reported, a seksi of a cabang dinas is not (territorial)."""
    plan = Plan(level=Level.PROVINSI)
    plan.dinas("d", ("1.01",), bidang=1)
    plan.add("s", "d.b0", "seksi", "Seksi Kurikulum")
    plan.add("cab", "d", "cabang_dinas", "Cabang Dinas Wilayah I", eselon="IIIa")
    plan.add("cab.s", "cab", "seksi", "Seksi Layanan")
    plan.add("setda", "kdh", "sekretariat_daerah", "Sekretariat Daerah", eselon="IIa")
    plan.add("as", "setda", "asisten", "Asisten Pemerintahan", eselon="IIa")
    plan.add("biro", "as", "biro", "Biro Hukum", eselon="IIb")
    plan.add("bag", "biro", "bagian", "Bagian Perundang-undangan", eselon="IIIa")
    plan.add("sub", "bag", "subbagian", "Subbagian Harmonisasi")
    found = plan.findings("layers.simplification")
    assert sorted(f.units[0] for f in found) == sorted(plan.unit_ids("s", "sub"))


def test_an_urusan_of_a_subbagian_keeps_it() -> None:
    """PP 18/2016 Pasal 40 ayat (10): an urusan that scores too little for a dinas or a
    bidang goes to the Setda as one more subbagian, which keeps its post; with a higher
    score, or none known, the subbagian is reported."""
    from decimal import Decimal

    from rbdesk.analysis.checks import layers
    from rbdesk.analysis.context import build_context
    from rbdesk.analysis.pemetaan import Pemetaan, UrusanScore
    from rbdesk.rules import default_catalogue
    from rbdesk.rules.pack import load_pack

    plan = Plan()
    _setda(plan)
    plan.add("eko", "as", "bagian", "Bagian Perekonomian", eselon="IIIa")
    plan.add("sub", "eko", "subbagian", "Subbagian Statistik", codes=("2.20",))
    catalogue = default_catalogue()
    pack = load_pack(catalogue=catalogue)

    def reported(skor: str | None) -> bool:
        pemetaan = None
        if skor is not None:
            score = UrusanScore("2.20", "Statistik", None, None, None, Decimal(1),
                                Decimal(skor), "seksi" if Decimal(skor) <= 300 else "bidang",
                                (), (), None)  # fmt: skip
            pemetaan = Pemetaan("kabkota", Decimal(1), (), (score,))
        ctx = build_context(plan.structure, plan.region, catalogue, pemetaan)
        found = layers.check(ctx, pack.at_level(ctx.rule_level))
        return any(f.rule == "layers.simplification" for f in found)

    assert not reported("300")
    assert reported("301")
    assert reported(None)


def test_layers_beyond_the_maximum() -> None:
    plan = Plan()
    plan.dinas("d", ("1.01",), bidang=1)
    plan.add("s", "d.b0", "seksi")
    assert plan.findings("layers.depth") == []
    plan.add("s2", "s", "seksi")  # illegal and too deep
    found = plan.findings("layers.depth")
    assert [f.units[0] for f in found] == [plan.ids["s2"]]
    assert found[0].params["max"] == 3


def test_hospital_counts_its_own_layers() -> None:
    plan = Plan()
    plan.dinas("kes", ("1.02",), bidang=0)
    plan.add("rs", "kes", "rumah_sakit", unit_type="B", codes=("1.02",))
    plan.add("wadir", "rs", "wakil_direktur")
    plan.add("bid", "wadir", "bidang")
    plan.add("sek", "bid", "seksi")
    assert plan.findings("layers.depth") == []


# -- spans -----------------------------------------------------------------------------


def test_one_over_one_and_chain() -> None:
    """A chain is two or more links of one unit over one other that could merge. The law
    fixes most links of a lawful chart (the Setda's, a hospital's, a kecamatan's), so the
    chain here runs through a seksi drawn under a seksi (an error of its own)."""
    plan = Plan()
    plan.dinas("other", ("1.01",), bidang=1)  # the bupati manages more than one unit
    plan.dinas("d", ("2.09",), bidang=2)
    plan.add("s1", "d.b0", "seksi", "Seksi Cadangan Pangan")
    plan.add("s2", "s1", "seksi", "Seksi Gudang")
    chain = plan.findings("spans.chain")
    assert len(chain) == 1 and chain[0].units == tuple(plan.ids[k] for k in ("d.b0", "s1", "s2"))
    assert plan.findings("spans.one_over_one") == []
    plan.add("s3", "s1", "seksi", "Seksi Distribusi")
    assert plan.findings("spans.chain") == []
    assert [f.units[0] for f in plan.findings("spans.one_over_one")] == [plan.ids["d.b0"]]
    # in a hospital the law sets what the hospital consists of (PP 72/2019 Pasal 84A): of
    # a hospital over one bidang over one seksi, only the bidang's link is one over one
    plan = Plan()
    plan.dinas("other", ("1.01",), bidang=2)
    plan.dinas("kes", ("1.02",), bidang=0)  # a sekretariat and the hospital
    plan.add("rs", "kes", "rumah_sakit", unit_type="C")
    plan.add("bid", "rs", "bidang", "Bidang Pelayanan")
    plan.add("sek1", "bid", "seksi", "Seksi Pelayanan Medik")
    assert plan.findings("spans.chain") == []
    assert [f.units for f in plan.findings("spans.one_over_one")] == [
        (plan.ids["bid"], plan.ids["sek1"])
    ]


def test_the_law_fixes_the_setda_layers() -> None:
    """A Sekretariat Daerah with one asisten, which has one bagian: no merge is advised.
    "Sekretariat Daerah kabupaten/kota tipe A terdiri atas paling banyak 3 (tiga) asisten.
    (2) Asisten ... terdiri atas paling banyak 4 (empat) bagian. (3) Bagian ... terdiri atas
    paling banyak 3 (tiga) subbagian." (Pasal 74): a bagian stands under an asisten only,
    a subbagian of the Setda under a bagian only."""
    plan = Plan()
    plan.dinas("other", ("1.01",), bidang=2)
    plan.add("setda", "kdh", "sekretariat_daerah", codes=("4.01",), unit_type="A")
    plan.add("as", "setda", "asisten")
    plan.add("bag", "as", "bagian", "Bagian Umum")
    plan.add("sub1", "bag", "subbagian", "Subbagian Tata Usaha")
    plan.add("sub2", "bag", "subbagian", "Subbagian Rumah Tangga")
    assert plan.findings("spans.chain") == [] and plan.findings("spans.one_over_one") == []
    plan.change("sub2", parent_id=plan.ids["other"])  # the bagian now has one subbagian
    plan.change("sub2", kind="bidang")
    assert [f.units for f in plan.findings("spans.one_over_one")] == [
        (plan.ids["bag"], plan.ids["sub1"])
    ]  # a bagian and its one subbagian may become one


def test_functional_groups_do_not_count_in_spans() -> None:
    plan = Plan()
    plan.dinas("d", ("1.01",), bidang=2)
    plan.add("k1", "d.b0", "kelompok_fungsional")
    plan.dinas("other", ("1.02",), bidang=2)
    assert plan.findings("spans.one_over_one") == []


def test_wide_span() -> None:
    plan = Plan()
    plan.dinas("d", ("1.01",), bidang=0)
    for n in range(17):
        plan.add(f"u{n}", "d", "upt", unit_type="B")
    assert [f.units[0] for f in plan.findings("spans.wide")] == [plan.ids["d"]]
    for n in range(20):
        plan.add(f"x{n}", "kdh", "dinas", codes=(f"2.{n + 7:02d}",) if n < 18 else ())
    assert len(plan.findings("spans.wide")) == 1  # the bupati is exempt


# -- grades ----------------------------------------------------------------------------


def test_grade_compression_and_mismatch() -> None:
    plan = Plan()
    plan.dinas("d", ("1.01",), bidang=1)
    assert plan.findings("grades.not_below_parent") == []
    assert plan.findings("grades.eselon_mismatch") == []
    plan.change("d.b0", eselon="IIb")
    assert [f.units[0] for f in plan.findings("grades.not_below_parent")] == [plan.ids["d.b0"]]
    mismatch = plan.findings("grades.eselon_mismatch")
    assert [f.units[0] for f in mismatch] == [plan.ids["d.b0"]]
    assert mismatch[0].params["expected"] == "IIIb"


def test_eselon_depends_on_level() -> None:
    plan = Plan(level=Level.PROVINSI)
    plan.dinas("d", ("1.01",), bidang=1)
    plan.change("d", eselon="IIa")
    plan.change("d.b0", eselon="IIIa")
    assert plan.findings("grades.eselon_mismatch") == []


# -- overlap ---------------------------------------------------------------------------


def test_urusan_held_by_two_dinas() -> None:
    plan = Plan()
    plan.dinas("a", ("1.01",))
    plan.dinas("b", ("1.01", "2.22"))
    found = plan.findings("overlap.urusan_shared")
    assert len(found) == 1 and found[0].codes == ("1.01",)
    assert set(found[0].units) == plan.unit_ids("a", "b")


@pytest.mark.parametrize(
    ("code", "kinds"),
    [("1.05", ("dinas", "badan")), ("5.02", ("badan", "badan")), ("1.03", ("dinas", "dinas"))],
)
def test_lawful_splits(code: str, kinds: tuple[str, str]) -> None:
    plan = Plan()
    plan.dinas("a", (code,), kind=kinds[0])
    plan.dinas("b", (code,), kind=kinds[1])
    assert plan.findings("overlap.urusan_shared") == []


def test_1_05_in_four_opds_without_parts_is_unclear() -> None:
    # 1.05 is split by sub-urusan (Pasal 37 ayat (7), 117), not by a count of holders:
    # four holders naming no part are each unclear (tests/analysis/test_law_checks.py)
    plan = Plan()
    for key in "abcd":
        plan.dinas(key, ("1.05",))
    found = plan.findings("overlap.split_part_unknown")
    assert len(found) == 1 and set(found[0].units) == plan.unit_ids(*"abcd")


def test_supporting_role_is_not_an_overlap() -> None:
    plan = Plan()
    plan.dinas("a", ("1.01",))
    plan.add("b", "kdh", "dinas", codes=("2.22",), supporting=("1.01",))
    assert plan.findings("overlap.urusan_shared") == []


def test_too_many_urusan_and_cross_rumpun() -> None:
    plan = Plan()
    plan.dinas("a", ("2.16", "2.20", "2.21"))
    assert plan.findings("overlap.too_many_urusan") == []
    assert plan.findings("overlap.cross_rumpun") == []
    plan.dinas("b", ("1.01", "2.22", "2.19", "3.26"))
    assert [f.units[0] for f in plan.findings("overlap.too_many_urusan")] == [plan.ids["b"]]
    plan.dinas("c", ("1.02", "3.27"))
    assert [f.units[0] for f in plan.findings("overlap.cross_rumpun")] == [plan.ids["c"]]


def test_badan_functions() -> None:
    plan = Plan()
    plan.dinas("bkpsdm", ("5.03", "5.04"), kind="badan")
    plan.dinas("bappeda", ("5.01", "5.05"), kind="badan")
    assert plan.findings("overlap.badan_functions") == []
    plan.dinas("x", ("5.01", "5.03"), kind="badan")
    plan.dinas("y", ("5.02", "5.05", "5.06"), kind="badan")
    assert {f.units[0] for f in plan.findings("overlap.badan_functions")} == plan.unit_ids("x", "y")


def test_sub_urusan_held_in_two_opds() -> None:
    plan = Plan()
    plan.dinas("a", ("1.01",), bidang=1)
    plan.dinas("b", ("2.22",), bidang=1)
    plan.add("s1", "a.b0", "kelompok_fungsional", codes=("1.01.2",))
    plan.add("s2", "a.b0", "kelompok_fungsional", codes=("1.01.2",))
    assert plan.findings("overlap.sub_urusan_shared") == []
    plan.add("s3", "b.b0", "kelompok_fungsional", codes=("1.01.2",))
    found = plan.findings("overlap.sub_urusan_shared")
    assert len(found) == 1 and found[0].codes == ("1.01.2",)


def test_mandatory_urusan_missing() -> None:
    plan = Plan()
    plan.dinas("a", ("1.01",))
    missing = {f.codes[0] for f in plan.findings("overlap.mandatory_missing")}
    assert "2.07" in missing and "1.01" not in missing and "3.27" not in missing
    assert all(f.family is Family.OVERLAP for f in plan.findings("overlap.mandatory_missing"))
    basic = {f.codes[0] for f in plan.findings("overlap.basic_service_missing")}
    assert "1.02" in basic and "1.02" not in missing  # Pasal 53 ayat (3): an error
    plan.add("x", "a", "kelompok_fungsional", codes=("1.02.1",))
    missing = {f.codes[0] for f in plan.findings("overlap.basic_service_missing")}
    assert "1.02" not in missing


# -- authority -------------------------------------------------------------------------


def test_sub_urusan_outside_the_level() -> None:
    plan = Plan()
    plan.dinas("d", ("1.01",), bidang=1)
    plan.add("x", "d.b0", "kelompok_fungsional", codes=("1.01.3",))  # akreditasi: pusat only
    found = plan.findings("authority.no_authority")
    assert [f.codes for f in found] == [("1.01.3",)]
    plan2 = Plan()
    plan2.dinas("d", ("1.01",), bidang=1)
    plan2.add("x", "d.b0", "kelompok_fungsional", codes=("1.01.1",))
    assert plan2.findings("authority.no_authority") == []


# -- typology --------------------------------------------------------------------------


def test_type_not_supported_by_score() -> None:
    plan = Plan()
    plan.dinas("d", ("2.16",), "A")
    plan.change("d", workload_score=700.0)
    found = plan.findings("typology.type_not_supported")
    assert len(found) == 1 and "B" in found[0].text("en")
    plan.change("d", unit_type="B")
    assert plan.findings("typology.type_not_supported") == []
    plan.change("d", unit_type="C")  # a lower type than the score supports is lawful
    assert plan.findings("typology.type_not_supported") == []


def test_geographic_factor_raises_the_score() -> None:
    plan = Plan(geo_factor=1.4)
    plan.dinas("d", ("2.16",), "A")
    plan.change("d", workload_score=600.0)  # 840 after the factor
    assert plan.findings("typology.type_not_supported") == []


def test_below_opd_threshold_except_basic_services() -> None:
    plan = Plan()
    plan.dinas("d", ("2.16",), "C")
    plan.change("d", workload_score=350.0)
    found = plan.findings("typology.below_opd")
    assert len(found) == 1 and "bidang" in found[0].text("id")
    plan.dinas("edu", ("1.01",), "C")
    plan.change("edu", workload_score=350.0)
    assert len(plan.findings("typology.below_opd")) == 1


# -- every finding is complete ------------------------------------------------------------


def test_findings_carry_everything() -> None:
    plan = Plan()
    plan.dinas("a", ("1.01",), "B", bidang=5)
    plan.dinas("b", ("1.01",))
    for f in plan.findings():
        assert f.rule.startswith(f.family.value + ".")
        assert f.message["id"] and f.message["en"] and f.fix["id"] and f.fix["en"]
        grounds = f.basis_text("id") + f.basis_text("en")
        assert grounds and "{" not in f.message["id"] + f.message["en"] + grounds
        assert f.basis == ("" if f.practice else f.basis_text("id"))


# -- the remaining rules: each fires on a minimal case and stays quiet otherwise -----------


def test_unknown_kind() -> None:
    plan = Plan()
    plan.dinas("d", ("1.01",))
    assert plan.findings("structure.unknown_kind") == []
    plan.add("x", "d", "direktorat_jenderal")
    found = plan.findings("structure.unknown_kind")
    assert [f.units for f in found] == [(plan.ids["x"],)]
    assert "direktorat_jenderal" in found[0].text("en")


def test_narrow_opd() -> None:
    plan = Plan()
    plan.dinas("d", ("1.01",), bidang=1)  # sekretariat + one bidang: span 2
    plan.dinas("e", ("1.02",), bidang=2)  # span 3, the whole of a lawful tipe C dinas
    found = plan.findings("spans.narrow")
    assert [f.units for f in found] == [(plan.ids["d"],)]
    assert found[0].severity is Severity.INFO


def test_unclear_authority_is_an_unconfirmed_warning() -> None:
    plan = Plan()
    plan.dinas("d", ("2.13",), bidang=1)
    plan.add("k", "d.b0", "kelompok_fungsional", codes=("2.13.3",))  # '?' for kab/kota
    found = plan.findings("authority.unclear")
    assert [f.codes for f in found] == [("2.13.3",)]
    assert found[0].severity is Severity.WARNING and not found[0].confirmed
    assert plan.findings("authority.no_authority") == []


TEXT_A = (
    "Melaksanakan perencanaan dan pengendalian pembangunan infrastruktur jalan dan "
    "jembatan kabupaten, termasuk pemeliharaan rutin dan berkala jalan kabupaten."
)
TEXT_B = (
    "Menyelenggarakan rencana serta kendali pembangunan jalan serta jembatan kabupaten "
    "dan pemeliharaan rutin serta berkala atas jalan kabupaten."
)
TEXT_C = "Melaksanakan pembinaan kurikulum sekolah dasar dan pendidikan anak usia dini."


def test_overlapping_tasks_across_opds_only() -> None:
    plan = Plan()
    plan.dinas("pu", ("1.03",), bidang=2)
    plan.dinas("hub", ("2.15",), bidang=1)
    plan.change("pu.b0", tugas=TEXT_A)
    plan.change("pu.b1", tugas=TEXT_B)  # same OPD: not an overlap of authority
    plan.change("hub.b0", tugas=TEXT_C)
    assert plan.findings("text.overlap") == []
    plan.change("hub.b0", tugas=TEXT_B)
    found = plan.findings("text.overlap")
    assert {frozenset(f.units) for f in found} == {
        frozenset(plan.unit_ids("pu.b0", "hub.b0")),
        frozenset(plan.unit_ids("pu.b1", "hub.b0")),
    }
    assert all(f.family.value == "text" and f.params["shared"] for f in found)


def test_templated_tasks_are_reported_once() -> None:
    plan = Plan()
    template = (
        "Membantu kepala dinas menyiapkan bahan perumusan kebijakan teknis, pengelolaan "
        "arsip dinamis, kepegawaian, keuangan dan perlengkapan sekretariat."
    )
    for n in range(6):
        plan.dinas(f"d{n}", (f"2.{n + 7:02d}",))
        plan.change(f"d{n}.sek", tugas=template)
    templates = plan.findings("text.template")
    assert len(templates) == 1 and len(templates[0].units) == 6
    assert plan.findings("text.overlap") == []
