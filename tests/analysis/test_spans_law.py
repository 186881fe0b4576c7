"""The span rules are practice, and never advise what the law forbids: no merge of an
asisten with its bagian (PP 18/2016 Pasal 74 to 76), of a kecamatan with its only
kelurahan (perangkat kecamatan, Pasal 52 ayat (1)), of the head of the region with an
OPD, of a dinas kesehatan whose only sub-units are rumah sakit (units of a special kind,
PP 72/2019); no "merge with a sibling" for an OPD the law keeps on its own. Each case
has one that fires beside it."""

from __future__ import annotations

from rbdesk.domain.model import Level
from tests.analysis.builders import Plan


def _spans(plan: Plan) -> list[tuple[str, tuple[int, ...]]]:
    return [(f.rule, f.units) for f in plan.findings() if f.family.value == "spans"]


def test_a_kecamatan_and_its_only_kelurahan_are_not_merged() -> None:
    plan = Plan()
    plan.dinas("other", ("2.07",), bidang=2)
    plan.add("kec", "kdh", "kecamatan", unit_type="B")
    plan.add("kel", "kec", "kelurahan")
    plan.add("kel.sek", "kel", "sekretariat")
    plan.add("kel.s1", "kel", "seksi")
    assert _spans(plan) == []
    # a kecamatan whose one sub-unit is a seksi may take its work back: fires
    plan.change("kel", kind="seksi")
    plan.change("kel.sek", parent_id=plan.ids["other"], kind="bidang")
    plan.change("kel.s1", parent_id=plan.ids["other"], kind="bidang")
    assert _spans(plan) == [("spans.one_over_one", (plan.ids["kec"], plan.ids["kel"]))]


def test_the_head_of_a_partial_plan_over_one_opd_is_no_one_over_one() -> None:
    plan = Plan()
    plan.dinas("d", ("2.07",), bidang=2)
    assert _spans(plan) == []


def test_a_dinas_kesehatan_over_its_hospitals_only() -> None:
    """ "Pada Urusan Pemerintahan di bidang kesehatan, ... terdapat rumah sakit Daerah
    kabupaten/kota sebagai unit organisasi bersifat khusus" (Pasal 43 ayat (1) as PP
    72/2019 worded it): neither merged with its one hospital nor told to merge with a
    sibling because its only sub-units are hospitals."""
    plan = Plan()
    plan.dinas("other", ("2.07",), bidang=2)
    plan.add("kes", "kdh", "dinas", "Dinas Kesehatan", codes=("1.02",), unit_type="B")
    plan.add("rs1", "kes", "rumah_sakit", "RSUD Kota", unit_type="B")
    assert _spans(plan) == []
    plan.add("rs2", "kes", "rumah_sakit", "RSUD Pratama", unit_type="D")
    assert _spans(plan) == []
    # a sekretariat beside one hospital: two sub-units, not all hospitals: narrow fires
    plan.change("rs2", kind="sekretariat", unit_type=None)
    assert _spans(plan) == [("spans.narrow", (plan.ids["kes"],))]


def test_narrow_only_for_an_opd_the_law_lets_merge() -> None:
    """A Sekretariat DPRD with two bagian is lawful (tipe C: "paling banyak 3 (tiga)
    bagian", Pasal 78 ayat (5)) and always stands on its own (Pasal 5); a dinas may merge
    within its rumpun (Pasal 40)."""
    plan = Plan()
    plan.dinas("other", ("2.07",), bidang=2)
    plan.add("dprd", "kdh", "sekretariat_dprd", codes=("4.02",), unit_type="C")
    plan.add("b1", "dprd", "bagian")
    plan.add("b2", "dprd", "bagian")
    assert _spans(plan) == []
    plan.dinas("small", ("3.30",), "C", bidang=1)  # a sekretariat and one bidang
    assert _spans(plan) == [("spans.narrow", (plan.ids["small"],))]


def test_a_sekretariat_and_a_upt_keep_the_subbagian_the_law_gives_them() -> None:
    plan = Plan()
    plan.dinas("d", ("2.07",), bidang=2)
    plan.dinas("e", ("3.30",), bidang=2)
    plan.add("sub", "d.sek", "subbagian")  # "terdiri atas 2 (dua) subbagian" (82(2))
    plan.add("upt", "e", "upt", unit_type="A")
    plan.add("tu", "upt", "subbagian", "Subbagian Tata Usaha")  # Pasal 84 ayat (1)
    assert _spans(plan) == []
    plan.change("tu", kind="seksi")  # a UPT has no seksi in a kab/kota: no law fixes that
    assert ("spans.one_over_one", (plan.ids["upt"], plan.ids["tu"])) in _spans(plan)


def test_a_provincial_biro_and_its_bagian() -> None:
    """ "Biro ... terdiri atas paling banyak 3 (tiga) bagian. (4) Bagian ... terdiri atas
    paling banyak 3 (tiga) subbagian." (Pasal 55): a biro and its one bagian stay two."""
    plan = Plan(level=Level.PROVINSI)
    plan.dinas("other", ("2.07",), bidang=2)
    plan.add("setda", "kdh", "sekretariat_daerah", codes=("4.01",), unit_type="A")
    plan.add("as1", "setda", "asisten")
    plan.add("as2", "setda", "asisten")
    plan.add("biro", "as1", "biro")
    plan.add("biro2", "as2", "biro")
    plan.add("biro3", "as2", "biro")
    plan.add("bag", "biro", "bagian")
    plan.add("sub1", "bag", "subbagian")
    plan.add("sub2", "bag", "subbagian")
    assert _spans(plan) == []
    plan.change("sub2", parent_id=plan.ids["biro2"], kind="bagian")
    assert _spans(plan) == [("spans.one_over_one", (plan.ids["bag"], plan.ids["sub1"]))]


def test_span_findings_are_practice() -> None:
    plan = Plan()
    plan.dinas("d", ("2.07",), bidang=0)
    for n in range(17):
        plan.add(f"u{n}", "d", "upt", unit_type="B")
    plan.dinas("e", ("3.30",), bidang=2)
    found = plan.findings("spans.wide")
    assert found and all(f.practice and not f.confirmed and not f.basis for f in found)
    assert found[0].basis_text("id").startswith("Praktik: rentang kendali")


def test_a_hospital_and_its_wakil_direktur_keep_what_pp_72_gives_them() -> None:
    """ "Rumah sakit umum Daerah kabupaten/kota kelas C terdiri atas 1 (satu) bagian dan
    paling banyak 3 (tiga) bidang" (Pasal 84A ayat (10) as PP 72/2019 inserted it): a
    hospital over one sub-unit, or a wakil direktur over one bidang, is not merged with
    it; a bidang of a dinas over one seksi still is."""
    plan = Plan()
    plan.dinas("other", ("2.07",), bidang=2)
    plan.add("kes", "kdh", "dinas", "Dinas Kesehatan", codes=("1.02",), unit_type="B")
    plan.add("kes.sek", "kes", "sekretariat")
    plan.add("kes.b", "kes", "bidang", "Bidang Pelayanan Kesehatan")
    plan.add("rs", "kes", "rumah_sakit", "RSUD Kota", unit_type="C")
    plan.add("rs.bag", "rs", "bagian", "Bagian Umum")
    plan.add("rs.bag.sub", "rs.bag", "subbagian", "Subbagian Tata Usaha")
    plan.add("rs.bag.sub2", "rs.bag", "subbagian", "Subbagian Keuangan")
    assert _spans(plan) == []
    plan.change("rs", unit_type="A")
    plan.change("rs.bag", kind="wakil_direktur", name="Wakil Direktur Pelayanan")
    plan.change("rs.bag.sub", kind="bidang", name="Bidang Pelayanan Medik")
    plan.change("rs.bag.sub2", parent_id=plan.ids["kes.b"], kind="seksi", name="Seksi Rujukan")
    assert _spans(plan) == [("spans.one_over_one", (plan.ids["kes.b"], plan.ids["rs.bag.sub2"]))]
