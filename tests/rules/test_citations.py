"""Every citation of the rule pack and the catalogue, read back against the primary texts
of the law (``tests/data/law/``): the pasal exists in that regulation, the ayat in that
pasal, the huruf in that ayat; a pasal PP 72/2019 amended or inserted is cited as
amended; a pasal of one level of region (BAB III, V and VI of PP 18/2016 have a part
for the provinsi and one for the kabupaten/kota) is cited for that level only. Every rule
says whether it is law (``hukum``) or practice (``praktik``); a practice is never
confirmed and never shown as law; a rule resting on an instrument whose text is not in
``law/`` is not confirmed either. The dates of the ``regulations`` are those the texts
were promulgated on. And the legal form: Indonesian in Indonesian output, English in
English, one pasal where one applies."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from rbdesk.analysis.findings import Finding
from rbdesk.paths import resource_path
from rbdesk.rules.catalogue import default_catalogue
from rbdesk.rules.citation import (
    LAW,
    PRACTICE,
    Basis,
    Citation,
    basis_text,
    cite_text,
    read_citation,
)
from rbdesk.rules.pack import load_pack
from tests.analysis.builders import Plan
from tests.rules.lawtext import LAW as LAW_FOLDER
from tests.rules.lawtext import regulations

PACK_FILE = resource_path("rules", "pp18-2016.json")
KINDS_FILE = resource_path("catalogue", "unit_kinds.json")
LEVELS = ("provinsi", "kabkota")


def _pack_data() -> dict[str, Any]:
    return json.loads(PACK_FILE.read_text(encoding="utf-8"))


def _cited(node: Any, where: str, level: str | None = None) -> Iterator[tuple[str, Citation]]:
    """Every citation in a pack or catalogue file, with its place and the level its row
    holds at (a cap row's ``level``) when the citation names none."""
    if isinstance(node, dict):
        row_level = node.get("level") if node.get("level") in LEVELS else level
        cites = node.get("cite")
        for n, item in enumerate(cites if isinstance(cites, list) else []):
            cite = read_citation(item)
            if cite.level is None and row_level is not None:
                cite = Citation(cite.regulation, cite.pasal, cite.ayat, cite.huruf, cite.part,
                                cite.amended_by, row_level, cite.unit_type)  # fmt: skip
            yield f"{where}.cite[{n}]", cite
        for key, value in node.items():
            if key != "cite":
                yield from _cited(value, f"{where}.{key}", row_level)
    elif isinstance(node, list):
        for n, item in enumerate(node):
            yield from _cited(item, f"{where}[{n}]", level)


def _all_citations() -> list[tuple[str, Citation]]:
    kinds = json.loads(KINDS_FILE.read_text(encoding="utf-8"))
    return [*_cited(_pack_data(), "pack"), *_cited(kinds, "unit_kinds")]


# -- what the texts say -------------------------------------------------------------------


def _pp18_levels() -> dict[str, str]:
    """The level of each pasal of PP 18/2016 that belongs to one: BAB III (kedudukan),
    V (susunan organisasi) and VI (jabatan) each have a "Bagian ... Provinsi" and a
    "Bagian ... Kabupaten/Kota"."""
    text = (
        (LAW_FOLDER / "pp-18-2016.md").read_text(encoding="utf-8").partition("PENJELASAN ATAS")[0]
    )
    levels: dict[str, str] = {}
    level: str | None = None
    for line in text.splitlines():
        if line.startswith("BAB "):
            level = None
        heading = re.match(r"Bagian \w+ ([^P]*?Perangkat Daerah ?(Provinsi|Kabupaten/Kota)?)", line)
        if heading:
            level = {"Provinsi": "provinsi", "Kabupaten/Kota": "kabkota"}.get(
                heading.group(2) or ""
            )
        pasal = re.fullmatch(r"Pasal (\d+)\s*", line)
        if pasal and level:
            levels[pasal.group(1)] = level
    # Pasal 96 and 97 close "Bagian Kedua Jabatan Perangkat Daerah Kabupaten/Kota" but
    # speak of both levels: "Selain jabatan sebagaimana dimaksud dalam Pasal 94 dan Pasal
    # 95, pada Perangkat Daerah terdapat jabatan pelaksana dan jabatan fungsional."
    for both in ("96", "97"):
        del levels[both]
    return levels


def _pp72_amended() -> tuple[set[str], dict[str, set[str]], dict[str, set[str]]]:
    """What PP 72/2019 changed in PP 18/2016, read from its items ("Ketentuan Pasal 60
    diubah", "Ketentuan ayat (2) sampai dengan ayat (6) Pasal 94 diubah dan ayat (9)
    Pasal 94 dihapus", "disisipkan 2 (dua) pasal, yakni Pasal 65A dan 65B"): the pasal
    amended whole, the ayat amended of the others, the ayat deleted."""
    text = (
        (LAW_FOLDER / "pp-72-2019.md").read_text(encoding="utf-8").partition("PENJELASAN ATAS")[0]
    )
    text = text.replace("^", "").replace("ciengan", "dengan").replace("Pasai", "Pasal")
    whole: set[str] = set()
    ayat: dict[str, set[str]] = {}
    gone: dict[str, set[str]] = {}
    items = r"Ketentuan (.{0,260}?) diubah(?:,| dan (ayat \(\d+\) Pasal \d+) dihapus)"
    for item in re.finditer(items, text):
        what = re.sub(r"^.*Ketentuan ", "", item.group(1))  # "5. Ketentuan 5 Ketentuan ..."
        if what.startswith("Pasal "):
            whole.add(what.split()[1])
            continue
        span = re.match(r"ayat \((\d+)\)(?: sampai dengan ayat \((\d+)\))? Pasal (\d+)", what)
        assert span, what
        low, high, pasal = span.group(1), span.group(2) or span.group(1), span.group(3)
        if "substansi tetap" not in what:  # "ayat (4) Pasal 33 substansi tetap"
            ayat.setdefault(pasal, set()).update(str(n) for n in range(int(low), int(high) + 1))
        later = re.search(r"serta ayat \((\d+)\) Pasal (\d+)", what)  # Pasal 33 ayat (5)
        if later:
            ayat.setdefault(later.group(2), set()).add(later.group(1))
        if item.group(2):
            dropped = re.match(r"ayat \((\d+)\) Pasal (\d+)", item.group(2))
            assert dropped
            gone.setdefault(dropped.group(2), set()).add(dropped.group(1))
    return whole, ayat, gone


def test_the_texts_are_read_as_they_are() -> None:
    """The index holds what the texts hold: 126 pasal in PP 18/2016, 411 in UU 23/2014,
    the pasal PP 72/2019 amends and inserts, and the levels of BAB III, V and VI."""
    laws = regulations()
    assert len(laws["PP 18/2016"].pasal) == 126 and len(laws["UU 23/2014"].pasal) == 411
    pp72 = laws["PP 72/2019"].pasal
    assert {"60", "65A", "65B", "79", "84A", "84B", "94", "95"} <= set(pp72)
    assert len(pp72["65A"].ayat) == 13 and len(pp72["84B"].ayat) == 7
    whole, ayat, gone = _pp72_amended()
    assert whole == {"21", "43", "44", "60", "79"}
    assert ayat == {"11": {"5"}, "33": {"5"}, "94": set("23456"), "95": set("2345")}
    assert gone == {"94": {"9"}, "95": {"8"}}
    levels = _pp18_levels()
    assert (levels["13"], levels["35"], levels["82"], levels["94"], levels["95"]) == (
        "provinsi", "kabkota", "kabkota", "provinsi", "kabkota",
    )  # fmt: skip
    assert "5" not in levels and "53" not in levels and "102" not in levels
    # Pasal 2: "e. pembagian habis tugas; f. rentang kendali"
    assert {"e", "f"} <= laws["PP 18/2016"].pasal["2"].huruf()
    assert {"a", "b"} <= laws["PP 18/2016"].pasal["37"].huruf("7")


# -- every citation read back ---------------------------------------------------------------


CITATIONS = _all_citations()


def test_there_are_citations_to_read() -> None:
    assert len(CITATIONS) > 300
    assert {c.regulation for _, c in CITATIONS} >= {"PP 18/2016", "UU 23/2014"}


@pytest.mark.parametrize(("where", "cite"), CITATIONS, ids=[w for w, _ in CITATIONS])
def test_the_cited_pasal_ayat_and_huruf_exist(where: str, cite: Citation) -> None:
    laws = regulations()
    pack_regs = {r["id"]: r for r in _pack_data()["regulations"]}
    assert cite.regulation in pack_regs, f"{where}: {cite.regulation} is not in 'regulations'"
    if cite.regulation not in laws:
        # an instrument not in law/ (the 2021 simplification): no pasal to read back
        assert "text" not in pack_regs[cite.regulation] and cite.pasal is None, where
        return
    law = laws[cite.amended_by] if cite.amended_by else laws[cite.regulation]
    if cite.pasal is None:
        assert cite.part and cite.part.startswith("Lampiran I"), where
        assert "I. MATRIKS PEMBAGIAN URUSAN PEMERINTAHAN KONKUREN" in law.annex, where
        return
    assert cite.pasal in law.pasal, f"{where}: {law.id} has no Pasal {cite.pasal}"
    pasal = law.pasal[cite.pasal]
    for ayat in cite.ayat:
        assert ayat in pasal.ayat, f"{where}: {law.id} Pasal {cite.pasal} has no ayat ({ayat})"
    for huruf in cite.huruf:
        if cite.ayat:
            assert all(huruf in pasal.huruf(a) for a in cite.ayat), where
        else:
            assert huruf in pasal.huruf(), f"{where}: Pasal {cite.pasal} has no huruf {huruf}"


@pytest.mark.parametrize(("where", "cite"), CITATIONS, ids=[w for w, _ in CITATIONS])
def test_amended_pasal_are_cited_as_amended_and_at_their_level(where: str, cite: Citation
                                                               ) -> None:  # fmt: skip
    if cite.regulation != "PP 18/2016" or cite.pasal is None:
        return
    whole, ayat, gone = _pp72_amended()
    inserted = {p for p in regulations()["PP 72/2019"].pasal if p[-1].isalpha()}
    changed = cite.pasal in whole | inserted or bool(set(cite.ayat) & ayat.get(cite.pasal, set()))
    if changed:
        assert cite.amended_by == "PP 72/2019", f"{where}: Pasal {cite.pasal} as PP 72/2019 has it"
    assert not set(cite.ayat) & gone.get(cite.pasal, set()), f"{where}: a deleted ayat"
    number = re.match(r"\d+", cite.pasal)
    assert number
    level = _pp18_levels().get(number.group())
    if level is not None:
        assert cite.level == level, f"{where}: Pasal {cite.pasal} is of the {level} only"


def test_every_rule_says_law_or_practice_and_cites() -> None:
    """Done when: every rule names its pasal and ayat, its level and whether it is law."""
    data = _pack_data()
    pack = load_pack()
    for rule_id, spec in data["rules"].items():
        assert spec.get("law") in (LAW, PRACTICE), rule_id
        basis = pack.rule(rule_id).basis
        assert not basis.legacy, f"{rule_id}: a plain-text basis, not a citation"
        if basis.is_practice:
            # a practice is never confirmed law; it cites at most a principle (Pasal 2)
            assert spec["confirmed"] != "C", rule_id
            assert all((c.regulation, c.pasal) == ("PP 18/2016", "2") for c in basis.cites)
            continue
        if basis.source:
            continue  # a finding cites its own limit row, read back above
        for level in LEVELS:
            said = basis_text(basis, "id", level=level)
            assert said, f"{rule_id} cites nothing at the {level} level"
    practice = {r for r, s in data["rules"].items() if s.get("law") == PRACTICE}
    assert {"spans.one_over_one", "spans.chain", "spans.narrow", "spans.wide"} <= practice


def test_rules_resting_on_texts_not_in_law_are_not_confirmed() -> None:
    """The 2021 simplification rests on PermenPANRB 25/2021 and the Mendagri letter,
    neither of which is in law/: a secondary reading, never confirmed."""
    data = _pack_data()
    outside = {r["id"] for r in data["regulations"] if "text" not in r}
    assert outside == {"PermenPANRB 25/2021", "Surat Mendagri 800/2603/OTDA"}
    for rule_id, spec in data["rules"].items():
        if any(c["regulation"] in outside for c in spec.get("cite", [])):
            assert spec["confirmed"] != "C", rule_id
    assert "PermenPANRB 17/2021" not in PACK_FILE.read_text(encoding="utf-8")


MONTHS = ("Januari Februari Maret April Mei Juni Juli Agustus September Oktober November "
          "Desember").split()  # fmt: skip


def test_regulations_take_effect_on_the_day_the_text_says() -> None:
    """PP 18/2016 "Diundangkan di Jakarta pada tanggal 19 Juni 2016", PP 72/2019 on 15
    October 2019, UU 23/2014 on 2 October 2014; each "mulai berlaku pada tanggal
    diundangkan" (Pasal 126, Pasal II, Pasal 411)."""
    for reg in _pack_data()["regulations"]:
        if "text" not in reg:
            continue
        text = (LAW_FOLDER / reg["text"]).read_text(encoding="utf-8").replace("^", "")
        said = re.search(r"Diundangkan di Jakarta pada tanggal (\d+) (\w+) (\S{4})", text)
        assert said, reg["id"]
        year = said.group(3).replace("O", "0").replace("o", "0").replace("l", "1")
        day = date(int(year), MONTHS.index(said.group(2)) + 1, int(said.group(1)))
        assert reg["effective"] == day.isoformat(), reg["id"]
        assert re.search(r"mulai berlaku pada tanggal\s+diundangkan", text), reg["id"]


# -- the legal form -----------------------------------------------------------------------

ENGLISH = re.compile(r"\b(Article|Articles|Annex|of|as amended|derived|Practice|principle)\b")
INDONESIAN = re.compile(r"\b(Pasal|ayat|huruf|Lampiran|sebagaimana|diubah|dan|serta|"
                        r"diturunkan|Praktik|asasnya)\b")  # fmt: skip


def _every_basis() -> Iterator[tuple[str, Basis]]:
    pack = load_pack()
    for rule_id, rule in pack.rules.items():
        yield rule_id, rule.basis
    for n, cap in enumerate(pack.caps):
        yield f"caps[{n}]", cap.basis
    for n, exc in enumerate(pack.cap_exceptions):
        yield f"cap_exceptions[{n}]", exc.basis
    yield from pack.bases.items()
    for kind in default_catalogue().kinds.values():
        yield kind.id, Basis(LAW, kind.cites)


@pytest.mark.parametrize("level", LEVELS)
def test_each_language_its_own_legal_form(level: str) -> None:
    for where, basis in _every_basis():
        for unit_type in (None, "A", "B", "C"):
            said_id = basis_text(basis, "id", level=level, unit_type=unit_type)
            said_en = basis_text(basis, "en", level=level, unit_type=unit_type)
            if basis.legacy:
                continue
            assert not ENGLISH.search(said_id), (where, said_id)
            assert not INDONESIAN.search(said_en), (where, said_en)


def test_the_legal_form_of_both_languages() -> None:
    c = Citation
    cites = [c("PP 18/2016", "18", ("4", "5"), level="provinsi"),
             c("PP 18/2016", "40", ("4", "5"), level="kabkota"),
             c("PP 18/2016", "79", ("1",), amended_by="PP 72/2019", level="kabkota"),
             c("PP 18/2016", "37", ("7",), ("a",), level="kabkota")]  # fmt: skip
    assert cite_text(cites[:1], "id") == "Pasal 18 ayat (4) dan ayat (5) PP 18/2016"
    assert cite_text(cites[:1], "en") == "Article 18(4) and (5) of PP 18/2016"
    assert cite_text(cites, "id", level="kabkota") == (
        "Pasal 40 ayat (4) dan ayat (5) serta Pasal 37 ayat (7) huruf a PP 18/2016; "
        "Pasal 79 ayat (1) PP 18/2016 sebagaimana telah diubah dengan PP 72/2019"
    )
    assert cite_text(cites, "en", level="kabkota") == (
        "Article 40(4) and (5); Article 37(7)(a) of PP 18/2016; "
        "Article 79(1) of PP 18/2016, as amended by PP 72/2019"
    )
    three = [c("PP 18/2016", "60", ("1", "3", "5"))]
    assert cite_text(three, "id") == "Pasal 60 ayat (1), ayat (3), dan ayat (5) PP 18/2016"
    assert cite_text([c("UU 23/2014", part="Lampiran I")], "id") == "Lampiran I UU 23/2014"


# -- what findings cite ---------------------------------------------------------------------


def _finding(plan: Plan, rule: str) -> Finding:
    found = plan.findings(rule)
    assert found, rule
    return found[0]


def test_a_kabupaten_finding_cites_the_kabupaten_pasal_only() -> None:
    """ "Pasal 37(6) and 90 in a kabupaten, not 15(6), 37(6), 73, 90"."""
    plan = Plan()
    plan.dinas("a", ("2.08",))
    plan.dinas("b", ("2.08",))
    f = _finding(plan, "overlap.urusan_shared")
    assert f.basis_text("id") == "Pasal 37 ayat (6) dan Pasal 90 ayat (1) PP 18/2016"
    assert f.basis_text("en") == "Articles 37(6) and 90(1) of PP 18/2016"
    assert {c.pasal for c in f.citations} == {"37", "90"}
    province = Plan(level=Plan.level.__class__("provinsi"))
    province.dinas("a", ("2.08",))
    province.dinas("b", ("2.08",))
    assert _finding(province, "overlap.urusan_shared").basis_text("id") == (
        "Pasal 15 ayat (6) dan Pasal 73 ayat (1) PP 18/2016"
    )


def test_a_finding_cites_the_pasal_of_its_type_and_the_exception() -> None:
    """A tipe B dinas of a kabupaten: Pasal 82, not "81-83"; a merged dinas with one
    bidang too many cites the +1 bidang of Pasal 40 ayat (6) beside it."""
    plan = Plan()
    plan.dinas("d", ("2.07",), "B", bidang=4)
    f = _finding(plan, "caps.sub_units")
    assert f.basis_text("id") == "Pasal 82 ayat (1) PP 18/2016"
    plan = Plan()
    plan.dinas("d", ("2.07", "3.31"), "B", bidang=5)
    f = _finding(plan, "caps.sub_units")
    assert f.basis_text("id") == "Pasal 82 ayat (1) dan Pasal 40 ayat (6) PP 18/2016"
    assert "Pasal 40 ayat (6) PP 18/2016" in f.text("id")
    assert "Article 40(6) of PP 18/2016" in f.text("en")


def test_hierarchy_is_cited_by_kedudukan_not_pasal_5() -> None:
    """A dinas under an asisten: "dinas ... berkedudukan di bawah dan bertanggung jawab
    kepada bupati/wali kota melalui sekretaris Daerah" (Pasal 35 ayat (2))."""
    plan = Plan()
    plan.add("setda", "kdh", "sekretariat_daerah", unit_type="A")
    plan.add("as", "setda", "asisten")
    plan.add("d", "as", "dinas", codes=("2.07",), unit_type="B")
    f = _finding(plan, "structure.parent_kind")
    assert f.basis_text("id") == "Pasal 35 ayat (2) PP 18/2016"
    assert "Pasal 5" not in f.basis_text("id")


def test_a_misplaced_sub_unit_cites_where_its_kind_belongs() -> None:
    """A subbagian under a bidang of a tipe B dinas: a subbagian of a dinas stands in its
    sekretariat ("Sekretariat ... terdiri atas 2 (dua) subbagian", Pasal 82 ayat (2)) or in
    a UPT kelas A (Pasal 84 ayat (1), 88 ayat (1)); not Pasal 81 or 83, of other types,
    nor Pasal 84 ayat (2), a kelas B UPT, which has none."""
    plan = Plan()
    plan.dinas("d", ("2.07",), "B", bidang=1)
    plan.add("x", "d.b0", "subbagian")
    f = _finding(plan, "structure.parent_kind")
    assert (
        f.basis_text("id")
        == "Pasal 84 ayat (1), Pasal 88 ayat (1), dan Pasal 82 ayat (2) PP 18/2016"
    )
    assert f.basis_text("en") == "Articles 84(1), 88(1) and 82(2) of PP 18/2016"


def test_the_eselon_finding_cites_the_ayat_of_the_eselon() -> None:
    """ "Kepala bidang pada dinas dan badan ... merupakan jabatan eselon III.b" (Pasal 95
    ayat (4) as PP 72/2019 worded it)."""
    plan = Plan()
    plan.dinas("d", ("2.07",), "B", bidang=1)
    plan.change("d.b0", eselon="IIIa")
    f = _finding(plan, "grades.eselon_mismatch")
    assert f.basis_text("id") == (
        "Pasal 95 ayat (4) PP 18/2016 sebagaimana telah diubah dengan PP 72/2019"
    )
    assert f.basis_text("en") == "Article 95(4) of PP 18/2016, as amended by PP 72/2019"


def test_the_depth_limit_says_it_is_derived() -> None:
    plan = Plan()
    plan.dinas("d", ("2.07",), "B", bidang=1)
    plan.add("s", "d.b0", "seksi")
    plan.add("x", "s", "subbagian")
    f = _finding(plan, "layers.depth")
    assert f.basis_text("id").startswith("diturunkan dari Pasal 95 ")
    assert f.basis_text("en").startswith("derived from Article 95 ")


def test_practice_is_never_law_nor_confirmed() -> None:
    plan = Plan()
    plan.dinas("other", ("2.07",), bidang=2)
    plan.dinas("d", ("3.30",), "B", bidang=1)
    plan.add("s", "d.b0", "seksi")
    f = _finding(plan, "spans.one_over_one")
    assert f.practice and not f.confirmed and f.basis == ""
    assert f.basis_text("id").startswith("Praktik: ")
    assert f.basis_text("en").startswith("Practice: ")
    assert f.basis_text("id").endswith("asasnya: Pasal 2 huruf f PP 18/2016")
    law = _finding(plan, "layers.simplification")
    assert not law.practice and not law.confirmed and law.basis == law.basis_text("id")


def test_text_overlap_rests_on_pembagian_habis_tugas() -> None:
    """Pasal 2 huruf e: "pembagian habis tugas" ("tidak terdapat suatu tugas dan fungsi
    yang dibebankan pada lebih dari satu Perangkat Daerah"), not Pasal 4 (the Perkada)."""
    rule = load_pack().rule("text.overlap")
    assert rule.basis.cites == (Citation("PP 18/2016", "2", huruf=("e",)),)
    assert not rule.basis.is_practice
