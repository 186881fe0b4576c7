"""The indicator catalogue of the Lampiran of PP 18/2016 (issue 13 item 1): the shipped file
is what its tool transcribes from the text in ``tests/data/law/``; every class's score is
scale × bobot / 100 (the Lampiran's own checksum) except the misprints listed as errata;
every table's weights add up to its printed total; the worked example of part V
reproduces; a damaged catalogue is refused with the table named."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from rbdesk.analysis.pemetaan import UMUM, UMUM_FUNGSI, evaluate, form_of
from rbdesk.paths import resource_path
from rbdesk.rules.catalogue import CatalogueError
from rbdesk.rules.pemetaan import (
    Indicator,
    IndicatorClass,
    load_lampiran,
    parse_lampiran,
    read_lampiran,
    validate,
)
from tools import lampiran_source

SHIPPED = resource_path("pemetaan", "pp18-2016-lampiran.json")
D = Decimal

#: Every printed table: (level, code) for the urusan of UU 23/2014 (1.05 split into its
#: printed sub-tables, perhubungan in its two variants), the fungsi penunjang of part III
#: and IV, the general variables and the kecamatan table.
URUSAN = [f"1.0{i}" for i in range(1, 7)] + ["1.05.2"]
URUSAN += [f"2.{i:02d}" for i in range(7, 25)] + [f"3.{i}" for i in range(25, 33)]
FUNGSI_PROV = ["umum_fungsi", "4.01", "4.02", "6.01", "5.01", "5.02", "5.03", "5.04", "5.05"]
FUNGSI_KAB = ["umum_fungsi", "4.01", "4.02", "6.01", "5.01", "5.02", "5.03", "5.05", "kecamatan"]


def test_shipped_file_is_what_the_tool_transcribes_from_the_text() -> None:
    assert SHIPPED.read_text(encoding="utf-8") == lampiran_source.render(
        lampiran_source.transcribe()
    )
    assert lampiran_source.PROBLEMS == []


def test_every_table_of_both_levels_is_there() -> None:
    cat = load_lampiran()
    for level, fungsi in (("provinsi", FUNGSI_PROV), ("kabupaten", FUNGSI_KAB)):
        codes = {(t.kode, t.variant) for t in cat.tables_of(level)}
        expected = {("umum", None)} | {(k, None) for k in URUSAN + fungsi if k != "2.15"}
        expected |= {("2.15", "kepulauan"), ("2.15", "daratan")}
        assert codes == expected, level
    assert len(cat.tables) == 88
    assert sum(len(t.indicators) for t in cat.tables) == 446


def test_every_class_score_is_scale_times_weight_except_the_listed_misprints() -> None:
    raw = json.loads(SHIPPED.read_text(encoding="utf-8"))
    misprinted = {
        (e["level"], e["kode"], e["no"], e["letter"])
        for e in raw["errata"]
        if e["field"] == "score"
    }
    cat = load_lampiran()
    checked = 0
    for t in cat.tables:
        for ind in t.indicators:
            assert [c.scale for c in ind.classes] == [200, 400, 600, 800, 1000]
            for c in ind.classes:
                assert c.score == D(c.scale) * ind.weight / 100, (t.kode, ind.no, c.letter)
                checked += 1
    assert checked == 446 * 5
    # each erratum's printed value is what the text prints, and differs from the corrected
    for e in raw["errata"]:
        assert e["printed"] != e["corrected"], e
    assert ("kabupaten", "4.01", 3, "e") in misprinted  # "e. > 37 1.000 120" with bobot 20
    assert ("provinsi", "5.05", 1, "d") in misprinted  # "d. 40 – 42 800 1200" with bobot 25


def test_printed_misprints_are_the_ones_the_text_has() -> None:
    text = (Path(lampiran_source.LAW)).read_text(encoding="utf-8")
    flat = " ".join(text.split())
    # the four single-score misprints, each as the text prints the class
    for printed in ("d. 40 – 42 800 1200", "e. > 37 1.000 120", "b. 6 – 10 400 14"):
        assert printed in flat, printed
    assert re.search(r"c\. [\d.]+ ?– ?[\d.]+ 600 3 28", flat)


def test_weights_add_up_to_the_printed_totals() -> None:
    cat = load_lampiran()
    for t in cat.tables:
        total = sum((i.weight for i in t.indicators), D(0))
        assert total == (D(20) if t.part == "umum" else D(80)), (t.level, t.kode, t.variant)


def test_hand_read_rows() -> None:
    """A few rows read by a person from the text, one of each printed layout."""
    cat = load_lampiran()

    def bounds(ind: Indicator) -> list[tuple[Decimal | None, Decimal | None]]:
        return [(c.lower, c.upper) for c in ind.classes]

    # row by row: "1 Jumlah penduduk (Jiwa) 10 a. ≤ 2.000.000 200 20 b. 2.000.001– 4.000.000 …"
    pop = cat.table("provinsi", "umum").indicator(1)
    assert (pop.name, pop.unit, pop.weight) == ("Jumlah penduduk", "Jiwa", D(10))
    assert bounds(pop)[:2] == [(None, D(2_000_000)), (D(2_000_001), D(4_000_000))]
    # column by column: "4 Jumlah seluruh Peraturan Daerah provinsi … a. ≤ 10 b. 11 – 30
    # c. 31 – 60 d. 61 – 90 e. >90 200 400 600 800 1.000 30 60 120 180 240 300"
    perda = cat.table("provinsi", "1.05").indicator(4)
    assert perda.weight == D(30)
    assert [c.score for c in perda.classes] == [D(60), D(120), D(180), D(240), D(300)]
    assert perda.classes[4].lower == D(90) and not perda.classes[4].lower_inclusive
    # a descending scale: "5 Tingkat kepadatan penduduk … a. > 15.000 200 … e. ≤ 200 1.000"
    dense = cat.table("kota", "2.12").indicator(5)
    assert dense.classify(D(20_000)).letter == "a"
    assert dense.classify(D(150)).letter == "e" and dense.classify(D(150)).scale == 1000
    # scales printed before the class letters (kabupaten/kota kepegawaian)
    jpt = cat.table("kabupaten", "5.03").indicator(1)
    assert jpt.weight == D(10) and bounds(jpt)[1] == (D(31), D(34))
    # percent values: "a. ≤ 5% … b. 6%-9%"
    rawan = cat.table("kabupaten", "2.09").indicator(3)
    assert rawan.unit == "%" and bounds(rawan)[1] == (D(6), D(9))
    # perhubungan: the printed bobot 5 stands (the table adds up to 80 with it)
    assert cat.table("kabupaten", "2.15", "daratan").indicator(1).weight == D(5)


def test_the_worked_example_of_part_v_reproduces() -> None:
    """Langkah 1: "Kabupaten Aceh Barat Daya pada Desember 2015 mempunyai 132
    kelurahan/desa … berada pada interval 4 (51-300) dengan skala nilai 800 dan bobot 10%
    … 800 x 10 % = 80"."""
    raw = json.loads(SHIPPED.read_text(encoding="utf-8"))
    example = raw["example"]
    table = parse_lampiran(
        {
            "version": "x",
            "tables": [
                {
                    "level": "kabupaten",
                    "kode": "2.12",
                    "part": "urusan",
                    "title": "contoh",
                    "total_weight": "10",
                    "indicators": [example["indicator"]],
                }
            ],
        }  # fmt: skip
    ).tables[0]
    found = table.indicators[0].classify(D(example["value"]))
    assert found is not None
    assert (found.letter, found.scale, found.score) == ("d", 800, D(80))
    assert (example["scale"], example["weight"], example["score"]) == ("800", "10", "80")
    # and through the scoring of Langkah 1–2: the example's one indicator
    scores = evaluate("kabupaten", {("2.12", 1): D(132)}, catalogue=parse_lampiran(
        {"version": "x", "tables": [{"level": "kabupaten", "kode": "2.12", "part": "urusan",
                                     "title": "contoh", "total_weight": "10",
                                     "indicators": [example["indicator"]]}]}))  # fmt: skip
    assert scores.score("2.12").teknis == D(80)


@pytest.mark.parametrize(
    ("skor", "bentuk"),
    [(D(300), "seksi"), (D(301), "bidang"), (D(400), "bidang"), (D(401), "C"),
     (D(600), "C"), (D(601), "B"), (D(800), "B"), (D(801), "A")],
)  # fmt: skip
def test_langkah_4_forms_on_the_boundaries(skor: Decimal, bentuk: str) -> None:
    assert form_of(skor) == bentuk


@pytest.mark.parametrize("kode", ["4.01", "4.02", "6.01", "5.01", "5.02"])
def test_the_setda_setwan_inspektorat_and_planning_and_finance_have_no_floor(kode: str) -> None:
    """Pasal 53 ayat (1) huruf c: the Setda, Setwan, inspektorat and the functions of
    perencanaan and keuangan are "tipe C apabila hasil perhitungan nilai variabel kurang
    dari atau sama dengan 600": never a bidang or a seksi, in the table the planner reads
    as in the checks."""
    assert form_of(D(0), no_floor=True) == "C" and form_of(D(601), no_floor=True) == "B"
    level = "kabupaten"
    table = load_lampiran().table(level, kode)
    assert table is not None
    values = {(kode, i.no): D(0) for i in table.indicators}
    for shared in (UMUM, UMUM_FUNGSI):
        umum = load_lampiran().table(level, shared)
        assert umum is not None
        values.update({(shared, i.no): D(0) for i in umum.indicators})
    score = evaluate(level, values).score(kode)
    assert score is not None and score.skor is not None and score.skor <= 400
    assert score.bentuk == "C"
    assert form_of(score.skor) in ("bidang", "seksi")  # an ordinary urusan's form


def test_class_intervals_on_their_printed_boundaries() -> None:
    ind = load_lampiran().table("kabupaten", "umum").indicator(1)  # ≤ 100.000, 100.001 – …
    assert ind.classify(D(100_000)).letter == "a"
    assert ind.classify(D(100_001)).letter == "b"
    assert ind.classify(D("100000.5")).letter == "a"  # between two printed whole numbers
    assert ind.classify(D(1_000_001)).letter == "e"


def _shipped() -> dict:
    return json.loads(SHIPPED.read_text(encoding="utf-8"))


def test_a_damaged_catalogue_is_refused_naming_the_table(tmp_path: Path) -> None:
    raw = _shipped()
    raw["tables"][3]["indicators"][0]["classes"][2]["score"] = "1"
    bad = tmp_path / "lampiran.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        read_lampiran(bad)
    assert "provinsi 1.03 no 1" in str(caught.value.params)

    raw = _shipped()
    raw["tables"][5]["indicators"][0]["weight"] = "99"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(CatalogueError):
        read_lampiran(bad)

    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(CatalogueError):
        read_lampiran(bad)


def test_validate_finds_overlapping_and_gapped_classes() -> None:
    def cls(letter: str, lo: int | None, hi: int | None, scale: int) -> IndicatorClass:
        return IndicatorClass(letter, None if lo is None else D(lo), None if hi is None else D(hi),
                              True, True, scale, D(scale) / 10)  # fmt: skip

    def top(lower: int) -> IndicatorClass:
        return IndicatorClass("e", D(lower), None, False, True, 1000, D(100))

    overlapping = Indicator(1, "x", "", D(10), (
        cls("a", None, 35, 200), cls("b", 35, 40, 400), cls("c", 41, 50, 600),
        cls("d", 51, 60, 800), top(60)))  # fmt: skip
    from rbdesk.rules.pemetaan import check_indicator

    assert any("overlap" in p for p in check_indicator(overlapping))
    gapped = Indicator(1, "x", "", D(10), (
        cls("a", None, 50, 200), cls("b", 60, 70, 400), cls("c", 71, 80, 600),
        cls("d", 81, 90, 800), top(90)))  # fmt: skip
    assert any("gap" in p for p in check_indicator(gapped))
    assert validate(load_lampiran()) == []
