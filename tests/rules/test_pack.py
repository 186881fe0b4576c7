"""The rule pack: shipped file valid and up to date with its source, every rule cited,
bad packs refused with the place named, and a planner's edited copy takes effect."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rbdesk.analysis.engine import analyse
from rbdesk.analysis.findings import Family
from rbdesk.paths import resource_path
from rbdesk.rules.pack import FAMILIES, PackError, load_pack
from tests.analysis.builders import Plan
from tools import pack_source

SHIPPED = resource_path("rules", "pp18-2016.json")


def test_shipped_pack_is_what_its_source_writes() -> None:
    assert SHIPPED.read_text(encoding="utf-8") == pack_source.render()


def test_every_rule_has_basis_date_and_both_languages() -> None:
    pack = load_pack()
    assert pack.id == "pp18-2016" and pack.version
    for rule in pack.rules.values():
        assert rule.basis.cites or rule.basis.source, rule.id
        assert rule.title["id"] and rule.title["en"]
        assert rule.family in FAMILIES
        if not rule.basis.is_practice:  # practice rests on no dated law
            assert rule.effective, rule.id
    assert {f.value for f in Family} == set(FAMILIES)
    assert {r.family for r in pack.rules.values()} == set(FAMILIES)
    assert all(c.regulation == "PP 18/2016" for cap in pack.caps for c in cap.basis.cites)
    assert all(cap.basis.cites and cap.effective >= "2016-06-19" for cap in pack.caps)
    # PP 72/2019: "Diundangkan di Jakarta pada tanggal 15 Oktober 2019", in force that day
    amended = [c for c in pack.caps if any(x.amended_by for x in c.basis.cites)]
    assert amended and all(c.effective == "2019-10-15" for c in amended)
    assert all(e.effective and e.basis.cites for e in pack.cap_exceptions)


def _write(tmp_path: Path, change) -> Path:
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "pack.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "expected", "code", "said"),
    [
        (lambda d: d["rules"]["caps.sub_units"].update(severity="fatal"),
         "rule 'caps.sub_units': 'severity' must be one of: error, warning, info",
         "pack.severity", "aturan 'caps.sub_units': 'severity' harus salah satu dari: "
         "error, warning, info"),
        (lambda d: d["rules"]["caps.sub_units"]["message"].pop("en"),
         "rule 'caps.sub_units': 'message' needs a non-empty 'en' text", "pack.text_missing",
         "aturan 'caps.sub_units': 'message' memerlukan teks 'en' yang tidak kosong"),
        (lambda d: d["rules"]["caps.sub_units"].update(family="caps2"),
         "rule 'caps.sub_units': unknown family 'caps2' (known: structure, caps,",
         "pack.family", "kelompok aturan 'caps2' tidak dikenal"),
        (lambda d: d["limits"]["caps"][0].update(parent="kerajaan"),
         "limits.caps[0]: unknown parent kind 'kerajaan'", "kind.parent_unknown",
         "limits.caps[0]: jenis unit atasan 'kerajaan' tidak dikenal"),
        (lambda d: d["limits"]["caps"][3].update(max=-1),
         "limits.caps[3]: 'max' must be a whole number of at least 0", "pack.whole_number",
         "limits.caps[3]: 'max' harus berupa bilangan bulat paling kecil 0"),
        (lambda d: d["limits"]["caps"].__setitem__(2, "dinas"),
         "limits.caps[2]: expected an object", "pack.object",
         "limits.caps[2]: harus berupa objek"),
        (lambda d: d["limits"]["overlap"]["lawful_splits"].update({"1.99": 2}),
         "limits.overlap.lawful_splits: unknown urusan code '1.99'", "urusan.unknown",
         "limits.overlap.lawful_splits: kode urusan '1.99' tidak dikenal"),
        (lambda d: d["limits"]["text"].update(threshold=1.5),
         "limits.text: 'threshold' must be a number in (0, 1]", "pack.threshold",
         "limits.text: 'threshold' harus berupa angka lebih dari 0 dan paling besar 1"),
        (lambda d: d.pop("limits"), "top level: 'limits' must be an object", "pack.not_object",
         "tingkat teratas: 'limits' harus berupa objek"),
        (lambda d: d["limits"]["caps"][5].pop("effective"),
         "limits.caps[5]: 'effective' must be a date YYYY-MM-DD", "pack.effective_date",
         "limits.caps[5]: 'effective' harus berupa tanggal dengan format TTTT-BB-HH"),
        (lambda d: d["limits"]["simplification"].update(effective="30-06-2021"),
         "limits.simplification: 'effective' must be a date YYYY-MM-DD", "pack.effective_date",
         "limits.simplification: 'effective' harus berupa tanggal"),
        (lambda d: d["limits"]["spans"]["bands"][1].update(min=1),
         "limits.spans.bands: bands 'one' and 'narrow' overlap", "pack.bands_overlap",
         "limits.spans.bands: rentang kendali 'one' dan 'narrow' saling tumpang tindih"),
        (lambda d: d["limits"]["spans"]["bands"][2].update(id="narrow"),
         "limits.spans.bands[2]: band 'narrow' is given twice", "pack.band_twice",
         "limits.spans.bands[2]: rentang kendali 'narrow' tercantum dua kali"),
        (lambda d: d["rules"]["spans.wide"].update(confirmed="C"),
         "rule 'spans.wide': a practice rule is not law and is never confirmed",
         "pack.practice_confirmed", "aturan 'spans.wide': aturan praktik bukan hukum"),
        (lambda d: d["rules"]["caps.untyped"].update(law="adat"),
         "rule 'caps.untyped': 'law' must be one of: hukum, praktik", "pack.law",
         "aturan 'caps.untyped': 'law' harus salah satu dari: hukum, praktik"),
        (lambda d: d["limits"]["caps"][0]["cite"][0].update(regulation="PP 99/2099"),
         "limits.caps[0]: a citation names 'PP 99/2099', which 'regulations' does not list",
         "pack.cite_regulation", "limits.caps[0]: rujukan menyebut 'PP 99/2099'"),
        (lambda d: d["limits"]["caps"][0]["cite"][0].update(ayat=[""]),
         "limits.caps[0]: 'ayat' of a citation must be a non-empty text", "pack.cite_field",
         "limits.caps[0]: 'ayat' pada rujukan harus berupa teks yang tidak kosong"),
        (lambda d: d["limits"]["cap_exceptions"][2].update(min_urusan="dua"),
         "limits.cap_exceptions[2]: 'min_urusan' must be a whole number of at least 0",
         "pack.whole_number", "limits.cap_exceptions[2]: 'min_urusan' harus berupa bilangan"),
    ],
)  # fmt: skip
def test_bad_pack_is_refused_with_its_place(
    tmp_path: Path, change, expected: str, code: str, said: str
) -> None:
    path = _write(tmp_path, change)
    with pytest.raises(PackError) as info:
        load_pack(path)
    error = info.value
    assert error.code == code and error.params["source"] == str(path)
    assert str(error).startswith(f"rule pack '{path}', ")
    assert expected in str(error)
    assert error.message("id").startswith(f"paket aturan '{path}', ")
    assert said in error.message("id")


def test_not_json(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(PackError, match="not valid JSON") as info:
        load_pack(path)
    error = info.value
    assert error.code == "pack.not_json" and error.params["where"] is None
    assert str(error).startswith(f"rule pack '{path}': not valid JSON (")
    assert error.message("id").startswith(f"paket aturan '{path}': bukan JSON yang sah (")


def test_an_edited_copy_changes_a_limit_without_code(tmp_path: Path) -> None:
    """A regulation raises the tipe B dinas cap to 4 bidang: edit a copy, re-check."""

    def raise_cap(data) -> None:
        for cap in data["limits"]["caps"]:
            if cap["parent"] == "dinas" and cap["type"] == "B" and cap["level"] == "kabkota":
                cap["max"] = 4
        data["version"] = "2027.1"

    plan = Plan()
    plan.dinas("d", ("1.01",), "B", bidang=4)
    shipped = [f for f in analyse(plan.structure, plan.region) if f.rule == "caps.sub_units"]
    edited = load_pack(_write(tmp_path, raise_cap))
    assert edited.version == "2027.1"
    after = [
        f for f in analyse(plan.structure, plan.region, pack=edited) if f.rule == "caps.sub_units"
    ]
    assert len(shipped) == 1 and after == []


def test_wording_lives_in_the_pack(tmp_path: Path) -> None:
    def reword(data) -> None:
        data["rules"]["overlap.urusan_shared"]["message"]["id"] = "Tumpang tindih {code}!"

    plan = Plan()
    plan.dinas("a", ("1.01",))
    plan.dinas("b", ("1.01",))
    pack = load_pack(_write(tmp_path, reword))
    found = [f for f in analyse(plan.structure, plan.region, pack=pack)
             if f.rule == "overlap.urusan_shared"]  # fmt: skip
    assert found[0].text("id") == "Tumpang tindih 1.01!"
