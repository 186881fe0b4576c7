"""The checks of the law as written (issue 12): each with a case that fires and one
that must not, the exception named. The pasal each encodes is quoted where it is
tested; the texts are ../shared/reference/law/pp-18-2016.md, pp-72-2019.md and
uu-23-2014.md."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from rbdesk.analysis.engine import analyse
from rbdesk.analysis.findings import Finding, Severity
from rbdesk.cli import run
from rbdesk.domain.model import Level
from rbdesk.interchange.plan_json import read_document
from rbdesk.interchange.reference_csv import import_reference_csv
from rbdesk.interchange.sample import sample_document, write_sample
from rbdesk.rules import default_catalogue
from tests.analysis.builders import Plan


def whole(level: Level = Level.KABUPATEN, **fields) -> Plan:
    """A region with the OPDs every region has (Pasal 5): Setda, Setwan, Inspektorat
    and, in a kabupaten/kota, a kecamatan."""
    plan = Plan(level=level, **fields)
    plan.add("setda", "kdh", "sekretariat_daerah", "Sekretariat Daerah", codes=("4.01",))
    plan.add("setwan", "kdh", "sekretariat_dprd", "Sekretariat DPRD", codes=("4.02",))
    plan.add("insp", "kdh", "inspektorat", "Inspektorat", codes=("6.01",))
    if level is not Level.PROVINSI:
        plan.add("kec", "kdh", "kecamatan", "Kecamatan Kota", codes=("7.01",))
    return plan


def subbagian(plan: Plan, sekretariat: str, count: int) -> None:
    for n in range(count):
        plan.add(f"{sekretariat}.sb{n}", sekretariat, "subbagian", f"Subbagian {n}")


def rules(found: list[Finding]) -> set[str]:
    return {f.rule for f in found}


# -- item 11: composition (Pasal 5, the "terdiri atas" of each sekretariat) -------------


def test_a_region_without_setwan_or_kecamatan_is_incomplete() -> None:
    # Pasal 5 ayat (2): "Perangkat Daerah kabupaten/kota terdiri atas: a. sekretariat
    # Daerah; b. sekretariat DPRD; c. inspektorat; d. dinas; e. badan; dan f. kecamatan."
    plan = Plan()
    plan.add("setda", "kdh", "sekretariat_daerah", "Sekretariat Daerah")
    plan.add("insp", "kdh", "inspektorat", "Inspektorat")
    found = plan.findings("structure.composition")
    assert len(found) == 2 and all(f.severity is Severity.ERROR for f in found)
    said = " ".join(f.text("id") for f in found)
    assert "tidak ada Sekretariat DPRD" in said and "tidak ada Kecamatan" in said
    assert {f.basis_text("id") for f in found} == {"Pasal 5 ayat (2) PP 18/2016"}
    assert whole().findings("structure.composition") == []


def test_a_provinsi_needs_no_kecamatan() -> None:
    # Pasal 5 ayat (1): a provinsi consists of Setda, Setwan, Inspektorat, dinas, badan
    assert whole(Level.PROVINSI).findings("structure.composition") == []
    plan = Plan(level=Level.PROVINSI)
    found = plan.findings("structure.composition")
    assert len(found) == 3
    assert {f.basis_text("en") for f in found} == {"Article 5(1) of PP 18/2016"}


@pytest.mark.parametrize(
    ("kind", "unit_type", "have", "short", "pasal"),
    [
        # "Sekretariat ... terdiri atas 2 (dua) subbagian" (Pasal 82 ayat (2))
        ("dinas", "B", 1, True, "Pasal 82 ayat (2) PP 18/2016"),
        ("dinas", "B", 2, False, ""),
        # Pasal 81 ayat (2): "paling banyak 3 (tiga) subbagian": a cap, no count
        ("dinas", "A", 1, False, ""),
        ("dinas", None, 0, False, ""),  # tipe A has no count, so no type falls short
        ("badan", "A", 2, True, "Pasal 85 ayat (2) PP 18/2016"),
        ("badan", None, 1, True, "Pasal 85 ayat (2), Pasal 86 ayat (2), dan Pasal 87"),
        ("inspektorat", "C", 1, True,
         "Pasal 79 ayat (6) PP 18/2016 sebagaimana telah diubah dengan PP 72/2019"),
    ],
)  # fmt: skip
def test_a_sekretariat_has_the_subbagian_the_law_lists(
    kind: str, unit_type: str | None, have: int, short: bool, pasal: str
) -> None:
    plan = whole()
    plan.add(
        "o",
        "kdh",
        kind,
        f"{kind.title()} Contoh",
        unit_type=unit_type,
        codes=("2.16",) if kind == "dinas" else ("5.03",) if kind == "badan" else (),
    )
    plan.add("o.sek", "o", "sekretariat", "Sekretariat")
    subbagian(plan, "o.sek", have)
    found = [f for f in plan.findings("structure.composition") if f.units]
    assert bool(found) is short
    if short:
        assert found[0].units == (plan.ids["o.sek"],)
        assert found[0].severity is Severity.WARNING
        assert pasal in found[0].basis_text("id")
        assert f"memiliki {have} subbagian" in found[0].text("id")


def test_the_sekretariat_of_an_opd_with_rules_of_its_own_is_not_counted() -> None:
    # The BPBD is organised under the disaster-management law (Pasal 117)
    plan = whole()
    plan.add(
        "bpbd",
        "kdh",
        "badan",
        "Badan Penanggulangan Bencana Daerah",
        unit_type="B",
        codes=("1.05",),
    )
    plan.add("bpbd.sek", "bpbd", "sekretariat", "Sekretariat")
    assert [f for f in plan.findings("structure.composition") if f.units] == []


# -- item 16: a partial plan -----------------------------------------------------------


def test_a_partial_plan_leaves_the_region_wide_checks_out_and_says_so_once() -> None:
    plan = Plan(partial=True)
    plan.dinas("dinkes", ("1.02",), "B", bidang=2)
    found = plan.findings()
    gone = {"structure.composition", "overlap.mandatory_missing",
            "overlap.basic_service_missing", "overlap.kebakaran_missing"}  # fmt: skip
    # what each OPD consists of is still checked: only the region's composition goes
    found = [f for f in found if f.rule != "structure.composition" or not f.units]
    assert not rules(found) & gone
    notes = [f for f in found if f.rule == "structure.partial_plan"]
    assert len(notes) == 1 and notes[0].severity is Severity.INFO
    assert "Pasal 5 ayat (2)" in notes[0].basis_text("id")
    # the same plan marked whole: the checks are back, the note gone
    plan.partial = False
    found = plan.findings()
    assert gone - {"overlap.kebakaran_missing"} <= rules(found)
    assert "structure.partial_plan" not in rules(found)


def test_the_scope_is_kept_in_the_plan_and_set_with_rbdesk_details(tmp_path: Path, capsys) -> None:
    path = tmp_path / "sample.rbd"
    write_sample(path).close()
    assert run(["details", str(path), "--lang", "en"]) == 0
    assert "the whole region" in capsys.readouterr().out
    assert run(["details", str(path), "--partial", "--lang", "en"]) == 0
    assert "partial" in capsys.readouterr().out
    assert run(["check", str(path), "--format", "json"]) in (0, 1)
    out = capsys.readouterr().out
    assert "structure.partial_plan" in out and "overlap.mandatory_missing" not in out
    assert run(["details", str(path), "--whole"]) == 0
    capsys.readouterr()
    run(["check", str(path), "--format", "json"])
    out = capsys.readouterr().out
    assert "structure.partial_plan" not in out and "overlap.mandatory_missing" in out


# -- item 17: OPDs without a type --------------------------------------------------------


def test_one_finding_counts_the_untyped_opds_and_says_what_the_sub_units_require() -> None:
    plan = whole()
    plan.dinas("a", ("1.01",), None, bidang=4)  # Pasal 81-83: only tipe A has 4 bidang
    plan.dinas("b", ("1.02",), None, bidang=3)  # tipe B
    plan.dinas("c", ("1.06",), None, bidang=2)  # any type
    plan.dinas("d", ("2.07",), None, bidang=5)  # no type
    plan.dinas("typed", ("1.04",), "B", bidang=1)
    found = plan.findings("caps.untyped")
    assert len(found) == 1 and found[0].severity is Severity.INFO
    untyped = plan.unit_ids("setda", "setwan", "insp", "kec", "a", "b", "c", "d")
    assert set(found[0].units) == untyped and found[0].params["count"] == len(untyped)
    said = found[0].text("en")
    assert "Dinas a (4 Division (Bidang)) requires type A" in said
    assert "Dinas b (3 Division (Bidang)) requires type B" in said
    assert "Dinas c" not in said.split("decide:")[1]
    assert "Dinas d (5 Division (Bidang)) exceeds even type A" in said
    assert "memerlukan tipe A" in found[0].text("id")
    # the type of an OPD follows from its score (Pasal 53); what its sub-units require
    # from the caps of the types (Pasal 81 tipe A, 82 tipe B: 4 and 3 bidang)
    basis = found[0].basis_text("id")
    assert basis.startswith("Pasal 53 ayat (1), ayat (2), dan ayat (4)"), basis
    assert "Pasal 81 ayat (1)" in basis and "Pasal 82 ayat (1)" in basis, basis
    assert plan.findings("caps.sub_units") == []


def test_no_untyped_finding_when_every_opd_is_typed() -> None:
    plan = Plan()
    plan.dinas("a", ("1.01",), "A", bidang=4)
    assert plan.findings("caps.untyped") == []
    # an OPD organised under rules of its own is not typed by PP 18/2016: not counted
    plan.add("bpbd", "kdh", "badan", "Badan Penanggulangan Bencana Daerah", codes=("1.05",))
    assert plan.findings("caps.untyped") == []


# -- item 12: kind and function ------------------------------------------------------------


def test_a_badan_holding_a_concurrent_urusan_is_an_error() -> None:
    # Pasal 37 ayat (6): "Masing-masing Urusan Pemerintahan ... diwadahi dalam bentuk dinas"
    plan = Plan()
    plan.dinas("x", ("1.02",), kind="badan")
    found = plan.findings("overlap.kind_function")
    assert [f.units for f in found] == [(plan.ids["x"],)]
    assert found[0].severity is Severity.ERROR and found[0].codes == ("1.02",)
    cited = found[0].basis_text("id")
    for pasal in ("Pasal 35 ayat (1)", "Pasal 37 ayat (6)", "Pasal 46 ayat (1) dan ayat (5)"):
        assert pasal in cited
    assert "Pasal 15" not in cited and "Pasal 24" not in cited  # the provinsi's pasal
    plan.change("x", kind="dinas")
    assert plan.findings("overlap.kind_function") == []


def test_a_dinas_holding_a_support_function_is_an_error() -> None:
    # Pasal 46 ayat (1) dan (5): a badan is "unsur penunjang" (perencanaan, keuangan, ...)
    plan = Plan(level=Level.PROVINSI)
    plan.dinas("x", ("5.01",))
    found = plan.findings("overlap.kind_function")
    assert len(found) == 1 and "Pasal 24 ayat (1) dan ayat (5)" in found[0].basis_text("id")
    plan.change("x", kind="badan")
    assert plan.findings("overlap.kind_function") == []


def test_bpbd_and_kesbangpol_are_no_wrong_kind() -> None:
    # Pasal 117 ayat (1): the OPD running sub-urusan bencana follows the disaster law;
    # Pasal 122: the kesatuan bangsa dan politik units carry on (8.01 is no konkuren urusan)
    plan = Plan()
    plan.add("bpbd", "kdh", "badan", "Badan Penanggulangan Bencana Daerah", codes=("1.05",))
    plan.add("kesbang", "kdh", "badan", "Badan Kesatuan Bangsa dan Politik", codes=("8.01",))
    plan.add("kesbang2", "kdh", "dinas", "Kantor Kesbangpol", codes=("8.01",))
    assert plan.findings("overlap.kind_function") == []


def test_a_badan_running_fire_services_or_public_order_is_an_error() -> None:
    # Pasal 37 ayat (7): 1.05 is run by "a. dinas ... sub urusan ketenteraman dan
    # ketertiban umum; dan b. dinas ... sub urusan kebakaran"
    plan = Plan()
    plan.add("bpbd", "kdh", "badan", "Badan Penanggulangan Bencana Daerah", codes=("1.05",))
    plan.add("bpbd.b", "bpbd", "bidang", "Bidang Pemadaman", codes=("1.05.3",))
    found = plan.findings("overlap.kind_function")
    assert len(found) == 1 and found[0].codes == ("1.05.3",)
    assert "Pasal 37 ayat (6) dan ayat (7)" in found[0].basis_text("id")
    assert "Pasal 38" in found[0].basis_text("id")


def test_opds_with_rules_of_their_own_are_not_typed_or_capped_as_ordinary_ones() -> None:
    plan = whole()
    plan.dinas("satpol", ("1.05",), "C", bidang=5)
    plan.change("satpol", name="Satuan Polisi Pamong Praja", workload_score=350.0)
    plan.dinas("ordinary", ("1.01",), "C", bidang=5)
    plan.change("ordinary", workload_score=350.0)
    capped = {f.units[0] for f in plan.findings("caps.sub_units")}
    assert capped == plan.unit_ids("ordinary")
    typed = {f.units[0] for f in plan.findings() if f.rule.startswith("typology.")}
    assert plan.ids["satpol"] not in typed
    found = plan.findings("caps.own_rules")
    assert len(found) == 1 and found[0].units == (plan.ids["satpol"],)
    assert found[0].severity is Severity.INFO
    # its own rules: "Ketentuan lebih lanjut mengenai satuan polisi pamong praja diatur
    # dengan peraturan pemerintah" (UU 23/2014 Pasal 256 ayat (7)); PP 18/2016 Pasal 38
    # only names the dinas of tramtib so
    assert found[0].basis_text("id") == "Pasal 256 ayat (7) UU 23/2014"
    assert "peraturan tentang satuan polisi pamong praja" in found[0].text("id")


# -- item 1: the split of 1.03, 3.27 and 5.02 (Pasal 73, 90) -----------------------------


def _two(
    code: str,
    types: tuple[str | None, str | None],
    scores: tuple[float | None, float | None] = (None, None),
    *,
    kind: str = "dinas",
    level: Level = Level.KABUPATEN,
    geo: float = 1.0,
) -> Plan:
    plan = Plan(level=level, geo_factor=geo)
    for key, unit_type, score in zip("ab", types, scores, strict=True):
        plan.dinas(key, (code,), unit_type, kind=kind)
        plan.change(key, workload_score=score)
    return plan


@pytest.mark.parametrize(
    ("types", "scores", "severity"),
    [
        (("A", "A"), (None, None), Severity.WARNING),  # no score: lawful only at ...
        (("B", "B"), (960.0, 960.0), None),  # 951-975: both tipe B
        (("B", "B"), (951.0, None), None),  # the score recorded on one of them
        (("A", "B"), (960.0, 960.0), Severity.ERROR),
        (("A", "A"), (976.0, 976.0), None),  # above 975: both tipe A
        (("A", "A"), (975.0, 975.0), Severity.ERROR),  # 975 is tipe B
        (("B", "B"), (950.0, 950.0), Severity.ERROR),  # below 951: no split at all
        (("B", None), (960.0, 960.0), Severity.WARNING),  # one type unknown
    ],
)
def test_a_split_is_lawful_only_at_the_scores_of_pasal_90(types, scores, severity) -> None:
    # Pasal 90 ayat (1): "memperoleh nilai 951 ... sampai dengan 975 ... dapat diwadahi
    # dalam 2 (dua) dinas/badan tipe B, dan dalam hal memperoleh nilai di atas 975 ...
    # dalam 2 (dua) dinas/badan tipe A"
    plan = _two("1.03", types, scores)
    found = plan.findings("overlap.split_score")
    assert [f.severity for f in found] == ([severity] if severity else [])
    if found:
        assert set(found[0].units) == plan.unit_ids("a", "b")
        assert found[0].basis_text("id") == "Pasal 90 ayat (1) dan ayat (2) PP 18/2016"
        assert "951 sampai dengan 975" in found[0].text("id")
        assert "Pasal 89" in found[0].fix["id"]
        said = found[0].text("id")
        assert "-/" not in said and "/-" not in said
        if None in types:
            assert "tipe B/belum ditetapkan" in said and "types B/not set" in found[0].text("en")
    assert plan.findings("overlap.urusan_shared") == []


def test_the_split_score_is_taken_after_the_geographic_factor_and_cites_pasal_73() -> None:
    # Pasal 107 ayat (1): the mapping's result "setelah dikalikan dengan faktor kesulitan
    # geografis"; a provinsi splits under Pasal 73
    plan = _two("5.02", ("B", "B"), (880.0, 880.0), kind="badan", level=Level.PROVINSI,
                geo=1.1)  # fmt: skip
    assert plan.findings("overlap.split_score") == []  # 968
    plan = _two("3.27", ("B", "B"), (880.0, 880.0), level=Level.PROVINSI)
    found = plan.findings("overlap.split_score")
    assert len(found) == 1 and found[0].severity is Severity.ERROR
    assert found[0].basis_text("id") == "Pasal 73 ayat (1) dan ayat (2) PP 18/2016"


def test_a_split_urusan_loses_the_two_more_bidang() -> None:
    # Pasal 89: 2 bidang more for the dinas of PU and pertanian and the badan keuangan;
    # Pasal 90 ayat (2): "Dalam hal sudah dibentuk 2 (dua) dinas/badan ..., ketentuan
    # penambahan bidang sebagaimana dimaksud dalam Pasal 89 tidak berlaku."
    plan = Plan()
    plan.dinas("a", ("3.27",), "A", bidang=6)
    assert plan.findings("caps.sub_units") == []
    plan.dinas("b", ("3.27",), "A", bidang=4)
    plan.change("a", workload_score=990.0)
    plan.change("b", workload_score=990.0)
    assert plan.findings("overlap.split_score") == []
    assert [f.units[0] for f in plan.findings("caps.sub_units")] == [plan.ids["a"]]


def test_three_holders_of_a_split_urusan_are_too_many() -> None:
    plan = Plan()
    for key in "abc":
        plan.dinas(key, ("1.03",), "A")
    assert len(plan.findings("overlap.urusan_shared")) == 1
    assert plan.findings("overlap.split_score") == []


def test_the_sample_splits_keuangan_lawfully_and_not_when_bapenda_is_tipe_b() -> None:
    region, (current, _) = read_document(sample_document())
    assert [f for f in analyse(current, region) if f.rule == "overlap.split_score"] == []
    bapenda = next(u for u in current.units.values() if u.name == "Badan Pendapatan Daerah")
    assert bapenda.unit_type == "A" and bapenda.workload_score is not None
    assert bapenda.workload_score > 975
    current.units[bapenda.id] = replace(bapenda, unit_type="B")
    found = [f for f in analyse(current, region) if f.rule == "overlap.split_score"]
    assert len(found) == 1 and found[0].severity is Severity.ERROR


# -- item 2: 1.05 split by sub-urusan ------------------------------------------------------


def _tramtib(plan: Plan, *, kebakaran: str = "dinas") -> None:
    plan.add("satpol", "kdh", "dinas", "Satuan Polisi Pamong Praja", codes=("1.05",))
    plan.add("bpbd", "kdh", "badan", "Badan Penanggulangan Bencana Daerah", codes=("1.05",))
    if kebakaran == "dinas":
        plan.add("damkar", "kdh", "dinas", "Dinas Pemadam Kebakaran", codes=("1.05",))


def test_1_05_split_by_its_parts_is_lawful() -> None:
    # Pasal 37 ayat (7) huruf a and b (Satpol PP, Pasal 38; kebakaran) and Pasal 117
    plan = whole()
    _tramtib(plan)
    found = plan.findings()
    assert not rules(found) & {
        "overlap.urusan_shared",
        "overlap.split_part_unknown",
        "overlap.kebakaran_missing",
        "overlap.kind_function",
    }


def test_two_opds_running_the_same_part_of_1_05_share_it() -> None:
    plan = whole()
    _tramtib(plan)
    plan.add("satpol2", "kdh", "dinas", "Satpol PP Wilayah Timur", codes=("1.05",))
    found = plan.findings("overlap.urusan_shared")
    assert len(found) == 1 and found[0].codes == ("1.05.1",)
    assert set(found[0].units) == plan.unit_ids("satpol", "satpol2")


def test_holders_of_1_05_whose_part_nothing_tells() -> None:
    plan = whole()
    _tramtib(plan)
    plan.add("x", "kdh", "dinas", "Dinas Ketertiban", codes=("1.05",))
    found = plan.findings("overlap.split_part_unknown")
    assert [f.units for f in found] == [(plan.ids["x"],)]
    assert found[0].severity is Severity.WARNING
    # recording the sub-urusan on one of its units tells it
    plan.add("x.b", "x", "bidang", "Bidang Operasi", codes=("1.05.3",))
    assert plan.findings("overlap.split_part_unknown") == []


def test_nobody_running_fire_services_is_reported_in_a_whole_plan() -> None:
    plan = whole()
    _tramtib(plan, kebakaran="none")
    found = plan.findings("overlap.kebakaran_missing")
    assert len(found) == 1 and found[0].codes == ("1.05.3",)
    assert found[0].severity is Severity.WARNING
    cited = found[0].basis_text("id")
    assert "Pasal 37 ayat (7) huruf b" in cited and "Pasal 40 ayat (4) huruf c" in cited
    # the Satpol PP holds the whole of 1.05 and may run kebakaran too: named, with what to
    # record; the BPBD (bencana, Pasal 117) is not of that rumpun and is not named
    assert found[0].units == (plan.ids["satpol"],)
    said = found[0].text("id")
    assert "Satuan Polisi Pamong Praja memegang urusan 1.05 secara utuh" in said
    assert "Badan Penanggulangan" not in said
    # merged in the Satpol PP (rumpun c, Pasal 40 ayat (4) huruf c): a bidang says so
    plan.add("satpol.b", "satpol", "bidang", "Bidang Pemadam Kebakaran")
    plan.add("satpol.kf", "satpol.b", "kelompok_fungsional", "Pemadam", codes=("1.05.3",))
    assert plan.findings("overlap.kebakaran_missing") == []


def test_a_satpol_named_for_fire_services_runs_them() -> None:
    plan = whole()
    _tramtib(plan, kebakaran="none")
    plan.change("satpol", name="Satuan Polisi Pamong Praja dan Pemadam Kebakaran")
    assert plan.findings("overlap.kebakaran_missing") == []


# -- item 3: a missing basic-service urusan ----------------------------------------------


def test_a_missing_basic_service_urusan_is_an_error_without_a_score_escape() -> None:
    # Pasal 53 ayat (3): "... Urusan Pemerintahan tersebut tetap dibentuk sebagai dinas
    # tipe C"
    plan = whole()
    plan.dinas("a", ("1.01",))
    found = {f.codes[0]: f for f in plan.findings("overlap.basic_service_missing")}
    assert set(found) == {"1.02", "1.03", "1.04", "1.05", "1.06"}
    assert all(f.severity is Severity.ERROR for f in found.values())
    assert "nol" not in found["1.02"].fix["id"] and "zero" not in found["1.02"].fix["en"]
    cited = found["1.02"].basis_text("id")
    assert "Pasal 37 ayat (3) dan ayat (6)" in cited and "Pasal 53 ayat (3)" in cited
    assert "Pasal 15" not in cited


def test_a_missing_other_wajib_urusan_offers_the_setda_route() -> None:
    # Pasal 40 ayat (10): "fungsi tersebut dilaksanakan oleh sekretariat Daerah dengan
    # menambah 1 (satu) subbagian"; a provinsi: Pasal 18 ayat (10)
    plan = whole()
    found = [f for f in plan.findings("overlap.mandatory_missing") if f.codes == ("2.10",)]
    assert found and found[0].severity is Severity.WARNING
    assert "Pasal 40 ayat (10)" in found[0].fix["id"] and "Pasal 40 ayat (2)" in found[0].fix["id"]
    found = [f for f in whole(Level.PROVINSI).findings("overlap.mandatory_missing")
             if f.codes == ("2.10",)]  # fmt: skip
    assert "Article 18(10)" in found[0].fix["en"] and "Pasal" not in found[0].fix["en"]
    # the Setda holding the function (a subbagian with 2.10) holds it
    plan.add("setda.sb", "setda", "subbagian", "Subbagian Pertanahan", codes=("2.10",))
    assert not [f for f in plan.findings("overlap.mandatory_missing") if f.codes == ("2.10",)]


def test_a_missing_other_wajib_urusan_rests_on_the_law_and_spares_a_score_of_zero() -> None:
    """The urusan wajib not of pelayanan dasar are those of UU 23/2014 Pasal 12 ayat (2)
    (ayat (1) lists the pelayanan dasar); the law is plain, so the finding is confirmed.
    A technical score of 0 leaves the urusan "tidak diwadahi" (Pasal 40 ayat (2)): then
    no finding."""
    from decimal import Decimal

    from rbdesk.analysis.checks import overlap
    from rbdesk.analysis.context import build_context
    from rbdesk.analysis.pemetaan import Pemetaan, UrusanScore
    from rbdesk.rules import default_catalogue
    from rbdesk.rules.pack import load_pack

    plan = whole()
    found = [f for f in plan.findings("overlap.mandatory_missing") if f.codes == ("2.10",)]
    assert found[0].confirmed
    cited = found[0].basis_text("id")
    assert cited.startswith("Pasal 12 ayat (2) UU 23/2014;"), cited
    catalogue = default_catalogue()
    pack = load_pack(catalogue=catalogue)

    def missing(teknis: str, gaps: tuple[int, ...] = ()) -> bool:
        score = UrusanScore("2.10", "Pertanahan", Decimal(0), Decimal(teknis), Decimal(teknis),
                            Decimal(1), Decimal(teknis), "seksi", gaps, (), None)  # fmt: skip
        ctx = build_context(plan.structure, plan.region, catalogue,
                            Pemetaan("kabkota", Decimal(1), (), (score,)))  # fmt: skip
        found = overlap.check(ctx, pack.at_level(ctx.rule_level))
        return any(f.rule == "overlap.mandatory_missing" and f.codes == ("2.10",) for f in found)

    assert not missing("0")
    assert missing("0", gaps=(3,))  # a value not given: the score says nothing yet
    assert missing("40")


# -- item 13: an urusan the kab/kota level barely has ------------------------------------


def test_a_kabupaten_dinas_holding_kehutanan_whole_is_reported() -> None:
    # UU 23/2014 Pasal 14 ayat (1): "Penyelenggaraan Urusan Pemerintahan bidang kehutanan,
    # kelautan, serta energi dan sumber daya mineral dibagi antara Pemerintah Pusat dan
    # Daerah provinsi"; ayat (2): only the "taman hutan raya kabupaten/kota" is left
    plan = Plan()
    plan.dinas("hut", ("3.28",))
    plan.dinas("esdm", ("3.29",))
    found = {f.codes[0]: f for f in plan.findings("authority.urusan_level")}
    assert set(found) == {"3.28", "3.29"}
    assert found["3.28"].severity is Severity.WARNING
    said = found["3.28"].text("id")
    assert "TAHURA" in said and ".." not in said
    # a later law is named where there is one on the urusan: mining (3.29), not forests
    assert "UU 3/2020" not in said and "may have changed" in found["3.28"].text("en")
    assert "UU 3/2020" in found["3.29"].text("en") and "UU 3/2020" in found["3.29"].text("id")
    assert found["3.28"].basis_text("id").startswith("Pasal 14 ayat (1) dan ayat (2)")
    assert "Lampiran I UU 23/2014" in found["3.28"].basis_text("id")
    assert "Article 14(1) and (4)" in found["3.29"].basis_text("en")
    assert "panas bumi" in found["3.29"].text("id")


def test_a_provinsi_or_a_sub_urusan_held_is_not_reported() -> None:
    plan = Plan(level=Level.PROVINSI)
    plan.dinas("hut", ("3.28",))
    assert plan.findings("authority.urusan_level") == []
    plan = Plan()
    plan.dinas("lh", ("2.11",), bidang=1)
    plan.add("tahura", "lh.b0", "kelompok_fungsional", "Pengelola TAHURA", codes=("3.28.3",))
    assert plan.findings("authority.urusan_level") == []
    assert plan.findings("authority.no_authority") == []


# -- a real city: Kota Mojokerto ---------------------------------------------------------


def test_mojokerto_gets_no_wrong_finding_of_these_checks(test_data: Path) -> None:
    result = import_reference_csv(test_data / "mojokerto.csv", default_catalogue())
    found = analyse(result.structure, result.region)
    assert not rules(found) & {
        "structure.composition",
        "overlap.kind_function",
        "overlap.split_score",
        "overlap.split_part_unknown",
        "overlap.basic_service_missing",
        "authority.urusan_level",
    }
    # no OPD carries the kebakaran part of 1.05 (regulation.md section 5): a warning
    assert [f.severity for f in found if f.rule == "overlap.kebakaran_missing"] == [
        Severity.WARNING
    ]
    own = next(f for f in found if f.rule == "caps.own_rules")
    named = {result.structure.units[u].name for u in own.units}
    assert named == {"Satuan Polisi Pamong Praja", "Badan Penanggulangan Bencana Daerah",
                     "Badan Kesatuan Bangsa dan Politik"}  # fmt: skip
