"""The type checks fed by the pemetaan urusan: where the plan has scores, the urusan's
computed score decides (``rbdesk.analysis.opd_types``); the new rules of
``rbdesk.analysis.checks.scores`` each fire where they should and only there.

The scores here are given directly (a stand-in with the fields of
``rbdesk.analysis.pemetaan.UrusanScore``), so these tests pin the typing rules of Pasal
40, 53 and 54 whatever the indicator values; ``test_pemetaan_cli`` computes scores
from values."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from rbdesk.analysis.engine import Analyzer
from rbdesk.analysis.findings import Finding
from rbdesk.analysis.opd_types import opd_types, type_of_score
from tests.analysis.builders import Plan


@dataclass(frozen=True)
class Score:
    kode: str
    jumlah: Decimal
    faktor: Decimal = Decimal(1)
    exempt: str | None = None
    title: str = ""
    umum: Decimal | None = None
    teknis: Decimal | None = None
    missing: tuple[int, ...] = ()
    indicators: tuple[object, ...] = ()

    @property
    def skor(self) -> Decimal:
        return self.jumlah * (Decimal(1) if self.exempt else self.faktor)

    @property
    def bentuk(self) -> str:
        s = self.skor
        return "A" if s > 800 else "B" if s > 600 else "C" if s > 400 else (
            "bidang" if s > 300 else "seksi")  # fmt: skip


@dataclass(frozen=True)
class Incomplete(Score):
    """A table with a value missing: no score, no form."""

    jumlah: Decimal = Decimal(0)

    @property
    def skor(self) -> None:  # type: ignore[override]
        return None

    @property
    def bentuk(self) -> None:  # type: ignore[override]
        return None


@dataclass
class Scores:
    level: str = "kabupaten"
    faktor: Decimal = Decimal(1)
    umum: tuple[object, ...] = ()
    urusan: list[Score] = field(default_factory=list)

    def score(self, kode: str) -> Score | None:
        return next((s for s in self.urusan if s.kode == kode), None)


def run(plan: Plan, *scores: tuple[str, float], factor: str = "1") -> list[Finding]:
    analyzer = Analyzer(plan.region)
    analyzer.pemetaan = Scores(  # type: ignore[assignment]
        faktor=Decimal(factor),
        urusan=[Score(k, Decimal(str(v)), Decimal(factor)) for k, v in scores],
    )
    return analyzer.run(plan.structure)


def rules(found: list[Finding], prefix: str = "typology.") -> list[str]:
    return sorted(f.rule for f in found if f.rule.startswith(prefix))


def test_scores_by_pasal_53() -> None:
    assert [type_of_score(Decimal(s), False) for s in (801, 800, 601, 600, 401, 400)] == [
        "A", "B", "B", "C", "C", None,
    ]  # fmt: skip
    assert type_of_score(Decimal(100), True) == "C"  # ayat (1) huruf c: no floor


def test_the_computed_score_decides_over_the_recorded_one() -> None:
    plan = Plan()
    plan.dinas("d", ("2.16",), "A")
    plan.change("d", workload_score=900.0)  # the recorded score would allow tipe A
    found = run(plan, ("2.16", 700))
    assert rules(found) == ["typology.type_not_supported"]
    assert "700" in found[0].text("en") or "700" in next(
        f for f in found if f.rule == "typology.type_not_supported"
    ).text("en")
    # without a complete score for its urusan, the recorded one decides as before
    assert rules(run(plan, ("2.17", 700))) == []
    # and so it does while one of its several urusan is unscored
    plan.dinas("m", ("2.22", "2.19"), "A")
    plan.change("m", workload_score=900.0)
    analyzer = Analyzer(plan.region)
    analyzer.pemetaan = Scores(urusan=[Score("2.22", Decimal(350)), Incomplete("2.19")])  # type: ignore[assignment]
    assert "typology.urusan_as_dinas" not in rules(analyzer.run(plan.structure))


def test_declared_below_the_scores_is_information_citing_pasal_54() -> None:
    plan = Plan()
    plan.dinas("d", ("2.16",), "C")
    found = [f for f in run(plan, ("2.16", 850)) if f.rule.startswith("typology.")]
    assert [f.rule for f in found] == ["typology.type_below"]
    assert found[0].severity.value == "info"
    assert "Pasal 54 ayat (1)" in found[0].basis_text("id")
    assert "tipe A" in found[0].text("id")
    plan.change("d", unit_type="A")
    assert rules(run(plan, ("2.16", 850))) == []


def test_an_opd_with_a_score_and_no_type_is_told_its_type() -> None:
    plan = Plan()
    plan.dinas("d", ("2.16",), "B")
    plan.change("d", unit_type=None)
    found = [f for f in run(plan, ("2.16", 650)) if f.rule == "typology.type_missing"]
    assert len(found) == 1 and "tipe B" in found[0].text("id")
    plan.change("d", unit_type="B")
    assert rules(run(plan, ("2.16", 650))) == []


def test_an_urusan_of_bidang_size_held_as_a_dinas() -> None:
    plan = Plan()
    plan.dinas("d", ("2.16",), "C")
    found = run(plan, ("2.16", 350))
    assert rules(found) == ["typology.urusan_as_dinas"]  # not below_opd as well
    text = next(f for f in found if f.rule == "typology.urusan_as_dinas").text("id")
    assert "2.16" in text and "bidang" in text
    seksi = run(plan, ("2.16", 250))
    assert "seksi" in next(f for f in seksi if f.rule == "typology.urusan_as_dinas").text("id")


def test_pelayanan_dasar_and_penanaman_modal_stay_tipe_c() -> None:
    plan = Plan()
    plan.dinas("edu", ("1.01",), "C")  # Pasal 53 ayat (3)
    plan.dinas("pm", ("2.18",), "C")  # Pasal 39 ayat (5)
    found = run(plan, ("1.01", 350), ("2.18", 390))
    assert rules(found) == []
    types = {o.kode: (o.computed, o.reason) for o in _types(plan, ("1.01", 350), ("2.18", 390))}
    assert types == {"1.01": ("C", "53.3"), "2.18": ("C", "39.5")}


def test_two_bidang_urusan_merged_make_a_tipe_c_pasal_40_ayat_8() -> None:
    plan = Plan()
    plan.dinas("d", ("2.22", "2.19"), "C")
    assert rules(run(plan, ("2.22", 350), ("2.19", 320))) == []
    (found,) = _types(plan, ("2.22", 350), ("2.19", 320))
    assert (found.computed, found.reason) == ("C", "40.8")


def test_a_merged_dinas_may_be_one_type_higher_pasal_40_ayat_6() -> None:
    plan = Plan()
    plan.dinas("d", ("2.22", "2.19"), "B")  # a tipe C urusan with a bidang merged in
    assert rules(run(plan, ("2.22", 550), ("2.19", 350))) == []
    (found,) = _types(plan, ("2.22", 550), ("2.19", 350))
    assert (found.computed, found.highest) == ("C", "B")
    plan.change("d", unit_type="A")  # two above: not lawful
    assert rules(run(plan, ("2.22", 550), ("2.19", 350))) == ["typology.type_not_supported"]


def test_two_small_tipe_c_merged_may_be_tipe_b_pasal_54_ayat_2() -> None:
    plan = Plan()
    plan.dinas("d", ("2.22", "2.19"), "B")
    (found,) = _types(plan, ("2.22", 480), ("2.19", 450))
    assert (found.computed, found.highest) == ("C", "B")


def test_the_factor_applies_except_for_exempt_urusan() -> None:
    plan = Plan(geo_factor=1.4)
    plan.dinas("d", ("2.16",), "A")
    assert rules(run(plan, ("2.16", 600), factor="1.4")) == []  # 840 after the factor


def test_the_split_of_keuangan_is_decided_by_the_score() -> None:
    plan = Plan()
    plan.dinas("bpkad", ("5.02",), "A", kind="badan")
    plan.dinas("bapenda", ("5.02",), "A", kind="badan")
    assert rules(run(plan, ("5.02", 980)), "overlap.split_score") == []
    found = [f for f in run(plan, ("5.02", 960)) if f.rule == "overlap.split_score"]
    assert len(found) == 1 and found[0].severity.value == "error"  # 951-975: tipe B
    assert "960" in found[0].text("id")
    plan.change("bpkad", unit_type="B")
    plan.change("bapenda", unit_type="B")
    assert rules(run(plan, ("5.02", 960)), "overlap.split_score") == []
    assert len(rules(run(plan, ("5.02", 900)), "overlap.split_score")) == 1  # no split


def test_penanaman_modal_below_401_keeps_its_bidang_cap_from_the_score() -> None:
    plan = Plan()
    plan.dinas("pm", ("2.18",), "C", bidang=3)
    assert rules(run(plan, ("2.18", 380)), "caps.") == []  # Pasal 39 ayat (5): 3 bidang
    assert rules(run(plan, ("2.18", 450)), "caps.") == ["caps.sub_units"]


def _types(plan: Plan, *scores: tuple[str, float]) -> list:  # type: ignore[type-arg]
    analyzer = Analyzer(plan.region)
    analyzer.pemetaan = Scores(  # type: ignore[assignment]
        urusan=[Score(k, Decimal(str(v))) for k, v in scores]
    )
    analyzer.run(plan.structure)
    assert analyzer.context is not None
    return list(opd_types(analyzer.context).values())
