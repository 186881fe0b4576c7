"""The JSON plan document: reading validates everything and names the scenario and
unit of the first problem; writing and exporting round-trip a plan."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rbdesk.domain.model import (
    Level,
    OperationKind,
    PositionCategory,
    ScenarioRole,
    Structure,
    UrusanRole,
)
from rbdesk.interchange.plan_json import (
    PlanDocumentError,
    create_plan,
    dump_document,
    export_document,
    load_document,
    read_document,
)
from rbdesk.interchange.sample import sample_document, write_sample
from tests.examples import examples


def small_document() -> dict[str, Any]:
    """A valid two-scenario document that each test breaks in one place."""
    return {
        "format": "rbdesk-plan",
        "version": 1,
        "region": {"name": "Kabupaten Contoh", "level": "kabupaten", "code": "33.98"},
        "scenarios": [
            {
                "name": "Kini",
                "role": "current",
                "derived_from": None,
                "created": "2026-01-01",
                "units": [
                    {"key": "kd", "parent": None, "kind": "kepala_daerah", "name": "Bupati"},
                    {"key": "dinkes", "parent": "kd", "kind": "dinas", "name": "Dinas Kesehatan",
                     "unit_type": "B", "eselon": "IIb", "workload_score": 700,
                     "urusan": [{"code": "1.02"}],
                     "positions": [{"title": "Kepala Dinas", "category": "structural",
                                    "eselon": "IIb", "existing": 1, "needed": 1}],
                     "iku": [{"indicator": "Angka kematian ibu", "target": "65"}]},
                    {"key": "bid", "parent": "dinkes", "kind": "bidang", "name": "Bidang P2P",
                     "urusan": [{"code": "1.02.1", "role": "main"}]},
                    {"key": "bapenda", "parent": "kd", "kind": "badan", "name": "Bapenda",
                     "urusan": [{"code": "5.02"}]},
                ],
                "links": [{"from": "dinkes", "to": "bapenda", "note": "retribusi"}],
            },
            {
                "name": "Usulan",
                "role": "proposal",
                "derived_from": "Kini",
                "units": [
                    {"key": "kd", "parent": None, "kind": "kepala_daerah", "name": "Bupati",
                     "origins": ["kd"]},
                    {"key": "dinkes", "parent": "kd", "kind": "dinas", "name": "Dinas Kesehatan",
                     "origins": ["dinkes", "bapenda"]},
                    {"key": "kjf", "parent": "dinkes", "kind": "kelompok_fungsional",
                     "name": "Kelompok Jabatan Fungsional", "origins": ["bid"]},
                ],
                "operations": [
                    {"kind": "convert", "before": ["bid"], "after": ["kjf"],
                     "justification": "Penyederhanaan birokrasi", "date": "2026-02-01"},
                    {"kind": "merge", "before": ["dinkes", "bapenda"], "after": ["dinkes"]},
                ],
            },
        ],
    }  # fmt: skip


def units(doc: dict[str, Any], scenario: int = 0) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = doc["scenarios"][scenario]["units"]
    return result


def unit(doc: dict[str, Any], key: str, scenario: int = 0) -> dict[str, Any]:
    return next(u for u in units(doc, scenario) if u["key"] == key)


def rejects(doc: object, *fragments: str, code: str | None = None) -> str:
    """The English message of the refusal of ``doc``, which holds every fragment; the
    error has ``code`` if given, and says itself in Indonesian too."""
    with pytest.raises(PlanDocumentError) as caught:
        read_document(doc)
    error = caught.value
    message = str(error)
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message, message
    if code is not None:
        assert error.code == code, error.code
    said = error.message("id")
    assert "\n" not in said and "error." not in said and said != message, said
    return message


# -- reading -----------------------------------------------------------------------------


def test_reads_a_valid_document() -> None:
    region, (now, proposal) = read_document(small_document())
    assert region.name == "Kabupaten Contoh" and region.level is Level.KABUPATEN
    assert region.geo_factor == 1.0 and region.preparing_unit == ""
    assert (now.scenario.id, now.scenario.role, now.scenario.derived_from) == (
        1,
        ScenarioRole.CURRENT,
        None,
    )
    assert proposal.scenario.derived_from == 1 and proposal.scenario.created == ""
    by_name = {u.name: u for u in now.units.values()}
    dinkes = by_name["Dinas Kesehatan"]
    assert dinkes.parent_id == by_name["Bupati"].id
    assert dinkes.workload_score == 700.0 and dinkes.unit_type == "B"
    assert by_name["Bapenda"].unit_type is None and by_name["Bapenda"].tugas == ""
    roles = {(a.code, a.role) for a in now.assignments}
    assert ("1.02", UrusanRole.MAIN) in roles and ("1.02.1", UrusanRole.MAIN) in roles
    (position,) = now.positions
    assert position.category is PositionCategory.STRUCTURAL and position.unit_id == dinkes.id
    assert [i.indicator for i in now.iku] == ["Angka kematian ibu"]
    assert [(x.from_id, x.to_id) for x in now.links] == [(dinkes.id, by_name["Bapenda"].id)]
    # lineage and operations point at the derived-from scenario's ids
    assert {u.id for u in proposal.units.values()}.isdisjoint(now.units)
    origins = {o.origin_id for o in proposal.lineage}
    assert origins == set(now.units)
    convert, merge = proposal.operations
    assert convert.kind is OperationKind.CONVERT and convert.before == (by_name["Bidang P2P"].id,)
    assert set(convert.after) <= set(proposal.units)
    assert merge.justification == "" and merge.sort_order == 1


def test_rejects_wrong_format_tag() -> None:
    doc = small_document()
    doc["format"] = "d3-org-chart"
    rejects(doc, "not an rbdesk plan document", "d3-org-chart", code="document.format")
    rejects({"version": 1}, "not an rbdesk plan document")
    rejects([1, 2], "the plan document: expected a JSON object", code="document.object")


def test_rejects_unsupported_version() -> None:
    doc = small_document()
    doc["version"] = 2
    rejects(doc, "version 2 is not supported", code="document.version")


def test_rejects_unknown_kind() -> None:
    doc = small_document()
    unit(doc, "bid")["kind"] = "direktorat"
    rejects(doc, "scenario 'Kini', unit 'bid': unknown unit kind 'direktorat'", code="kind.unknown")


def test_a_refusal_is_said_in_indonesian_with_its_place() -> None:
    doc = small_document()
    unit(doc, "bid")["kind"] = "direktorat"
    with pytest.raises(PlanDocumentError) as caught:
        read_document(doc)
    error = caught.value
    assert error.params["kind"] == "direktorat"
    assert (
        error.message("id") == "skenario 'Kini', unit 'bid': jenis unit 'direktorat' tidak dikenal"
    )
    assert error.reason("id") == "jenis unit 'direktorat' tidak dikenal"
    doc = small_document()
    doc["scenarios"][1]["operations"][1]["before"] = ["kjf"]
    with pytest.raises(PlanDocumentError) as caught:
        read_document(doc)
    assert caught.value.code == "document.unit_not_origin"
    assert caught.value.message("id") == (
        "skenario 'Usulan', langkah penataan ke-2: 'before' menyebut 'kjf', yang bukan unit "
        "dalam skenario asal"
    )


def test_rejects_kind_of_another_level() -> None:
    doc = small_document()
    unit(doc, "bid")["kind"] = "biro"
    rejects(
        doc,
        "unit 'bid'",
        "does not exist at this level of government (kabupaten)",
        code="kind.level",
    )


def test_rejects_unknown_code() -> None:
    doc = small_document()
    unit(doc, "bid")["urusan"] = [{"code": "1.99"}]
    rejects(
        doc, "scenario 'Kini'", "unit 'bid'", "unknown urusan code '1.99'", code="urusan.unknown"
    )


def test_rejects_cycle() -> None:
    doc = small_document()
    unit(doc, "dinkes")["parent"] = "bid"
    message = rejects(doc, "scenario 'Kini'", "loops back", code="document.cycle")
    assert "dinkes → bid → dinkes" in message or "bid → dinkes → bid" in message


def test_rejects_duplicate_key() -> None:
    doc = small_document()
    units(doc).append({"key": "bid", "parent": "dinkes", "kind": "bidang", "name": "Lagi"})
    rejects(doc, "scenario 'Kini'", "unit 'bid'", "duplicate key", code="document.key_twice")


def test_rejects_unknown_parent_key() -> None:
    doc = small_document()
    unit(doc, "bid")["parent"] = "dinsos"
    rejects(
        doc, "scenario 'Kini'", "unit 'bid'", "parent 'dinsos' is not a unit",
        code="document.parent_unknown",
    )  # fmt: skip


def test_rejects_parent_kind_the_law_does_not_allow() -> None:
    doc = small_document()
    units(doc).append({"key": "kel", "parent": "dinkes", "kind": "kelurahan", "name": "Kauman"})
    rejects(doc, "unit 'kel'", "cannot stand under", code="kind.parent")
    doc = small_document()
    unit(doc, "dinkes")["parent"] = None
    rejects(doc, "unit 'dinkes'", "must stand under a parent", code="kind.needs_parent")


@pytest.mark.parametrize("derived", ["Usulan", "Tidak Ada"])
def test_rejects_bad_derived_from(derived: str) -> None:
    doc = small_document()
    doc["scenarios"][1]["derived_from"] = derived
    rejects(
        doc,
        "scenario 'Usulan'",
        f"derived_from '{derived}' names no earlier scenario",
        code="document.derived_unknown",
    )


def test_rejects_lineage_without_derived_from_or_origin() -> None:
    doc = small_document()
    doc["scenarios"][1]["derived_from"] = None
    rejects(
        doc, "scenario 'Usulan'", "unit 'kd'", "not derived from another",
        code="document.origins_underived",
    )  # fmt: skip
    doc = small_document()
    unit(doc, "kjf", 1)["origins"] = ["kjf"]
    rejects(
        doc,
        "unit 'kjf'",
        "origin 'kjf' is not a unit of the derived-from scenario",
        code="document.origin_unknown",
    )


def test_rejects_operations_naming_unknown_units() -> None:
    doc = small_document()
    doc["scenarios"][1]["operations"][0]["after"] = ["bid"]
    rejects(
        doc, "scenario 'Usulan', operation #1", "'after' names 'bid'", "this scenario",
        code="document.unit_not_here",
    )  # fmt: skip
    doc = small_document()
    doc["scenarios"][1]["operations"][1]["before"] = ["kjf"]
    rejects(
        doc, "operation #2", "'before' names 'kjf'", "derived-from scenario",
        code="document.unit_not_origin",
    )  # fmt: skip
    doc = small_document()
    doc["scenarios"][1]["operations"][1]["kind"] = "outsource"
    rejects(doc, "operation #2", "unknown kind 'outsource'", code="document.operation_kind")


@pytest.mark.parametrize(
    ("field", "value", "fragment"),
    [
        ("eselon", "IIc", "unknown eselon 'IIc'"),
        ("unit_type", "E", "unknown type 'E'"),
        ("headcount_existing", -1, "cannot be negative"),
        ("headcount_needed", "5", "must be a whole number"),
        ("workload_score", "tinggi", "must be a number"),
        ("name", " ", "'name' is missing or empty"),
        ("nama", "typo", "unknown field(s) nama"),
        ("urusan", [{"code": "1.02", "role": "utama"}], "unknown role 'utama'"),
        ("urusan", [{"code": "1.02"}, {"code": "1.02"}], "listed twice"),
        ("positions", [{"title": "Staf", "category": "honorer"}], "unknown category"),
        ("positions", [{"title": "Staf", "category": "pelaksana", "existing": -2}], "negative"),
        ("iku", [{"target": "90"}], "'indicator' is missing"),
    ],
)
def test_rejects_bad_field_values(field: str, value: object, fragment: str) -> None:
    doc = small_document()
    unit(doc, "dinkes")[field] = value
    rejects(doc, "scenario 'Kini'", "unit 'dinkes'", fragment)


def test_rejects_bad_region_and_scenarios() -> None:
    doc = small_document()
    doc["region"]["level"] = "negara"
    rejects(doc, "region: unknown level 'negara'", code="document.level")
    doc = small_document()
    doc["scenarios"][1]["name"] = "Kini"
    rejects(doc, "scenario 'Kini'", "comes earlier in the document", code="document.scenario_twice")
    doc = small_document()
    doc["scenarios"][0]["role"] = "draft"
    rejects(doc, "scenario 'Kini'", "unknown role 'draft'", code="document.role")
    doc = small_document()
    doc["scenarios"] = []
    rejects(doc, "the plan document: it holds no scenario", code="document.no_scenario")
    doc = small_document()
    doc["scenarios"][0]["links"][0]["to"] = "dinkes"
    rejects(doc, "scenario 'Kini', link #1", "two different units", code="document.link_self")


def test_load_document_reports_bad_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(PlanDocumentError, match="not a valid UTF-8 JSON file") as caught:
        load_document(bad)
    assert caught.value.code == "document.not_json" and str(bad) in str(caught.value)
    assert "bukan berkas JSON UTF-8 yang sah" in caught.value.message("id")
    with pytest.raises(PlanDocumentError, match="cannot read") as caught:
        load_document(tmp_path / "missing.json")
    assert caught.value.code == "document.unreadable"
    assert caught.value.params["detail"]
    good = tmp_path / "good.json"
    good.write_text(dump_document(small_document()), encoding="utf-8")
    assert load_document(good) == small_document()


# -- writing -----------------------------------------------------------------------------


def test_create_plan_writes_scenarios_lineage_and_operations(tmp_path: Path) -> None:
    with create_plan(tmp_path / "p.rbd", small_document()) as store:
        now, proposal = store.scenarios()
        assert proposal.derived_from == now.id
        old = store.load(now.id)
        new = store.load(proposal.id)
        names = {u.id: u.name for u in old.units.values()}
        merged = next(u for u in new.units.values() if u.name == "Dinas Kesehatan")
        origins = {names[x.origin_id] for x in new.lineage if x.unit_id == merged.id}
        assert origins == {"Dinas Kesehatan", "Bapenda"}
        convert = new.operations[0]
        assert [names[i] for i in convert.before] == ["Bidang P2P"]
        assert [new.units[i].kind for i in convert.after] == ["kelompok_fungsional"]


def test_create_plan_leaves_nothing_for_a_bad_document(tmp_path: Path) -> None:
    doc = small_document()
    unit(doc, "bid", 0)["kind"] = "direktorat"
    target = tmp_path / "p.rbd"
    with pytest.raises(PlanDocumentError):
        create_plan(target, doc)
    assert list(tmp_path.iterdir()) == []


# -- exporting and the round trip ------------------------------------------------------


def normalised(structure: Structure) -> Structure:
    """The structure with its order-free lists sorted, for comparison."""
    return replace(
        structure,
        assignments=sorted(structure.assignments, key=lambda a: (a.unit_id, a.code)),
        lineage=sorted(structure.lineage, key=lambda x: (x.unit_id, x.origin_id)),
    )


def test_sample_round_trips_through_json(tmp_path: Path) -> None:
    with write_sample(tmp_path / "a.rbd") as store:
        exported = export_document(store)
        fingerprint = store.fingerprint()
    text = dump_document(exported)
    assert json.loads(text) == exported
    region_a, structures_a = read_document(sample_document())
    region_b, structures_b = read_document(json.loads(text))
    assert region_a == region_b
    assert len(structures_a) == len(structures_b) == 2
    for a, b in zip(structures_a, structures_b, strict=True):
        assert normalised(a) == normalised(b)
    # the same content written again gives the same plan, row for row
    with create_plan(tmp_path / "b.rbd", json.loads(text)) as again:
        assert again.fingerprint() == fingerprint


def test_export_follows_edits(tmp_path: Path) -> None:
    with create_plan(tmp_path / "p.rbd", small_document()) as store:
        copy_of = store.copy_scenario(store.current_scenario().id, "Salinan")
        exported = export_document(store)
    names = [s["name"] for s in exported["scenarios"]]
    assert names == ["Kini", "Usulan", "Salinan"]
    copied = exported["scenarios"][2]
    assert copied["derived_from"] == "Kini" and copied["role"] == "proposal"
    assert all(len(u["origins"]) == 1 for u in copied["units"])
    _, structures = read_document(copy.deepcopy(exported))
    assert len(structures[2].units) == 4 and copy_of.name == "Salinan"


def test_dump_document_puts_one_unit_on_a_line() -> None:
    doc = small_document()
    text = dump_document(doc)
    assert json.loads(text) == doc
    lines = text.splitlines()
    assert lines[0] == "{" and lines[1] == ' "format": "rbdesk-plan",'
    unit_lines = [line for line in lines if line.lstrip().startswith('{"key": ')]
    assert len(unit_lines) == sum(len(s["units"]) for s in doc["scenarios"])


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 3)
    | st.floats(allow_nan=False)
    | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=6,
)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value where another value could stand."""
    out = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            out += paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out += paths(item, (*prefix, index))
    return out


@pytest.mark.parametrize(
    ("field", "value", "shown"),
    [
        ("kind", "0\n", "'0\ufffd'"),  # found by the test below
        ("parent", "\n", "'\ufffd'"),
        ("link", "dinkes\r\nx", "'dinkes\\r\\nx'"),  # a key is quoted escaped
        ("kind", "a\u2028b\x00", "'a\ufffdb\ufffd'"),
    ],
)
def test_a_line_break_in_a_value_stays_out_of_the_one_line_message(
    field: str, value: str, shown: str
) -> None:
    doc = small_document()
    unit = doc["scenarios"][0]["units"][1]
    if field == "link":  # a link from a unit the scenario does not hold
        doc["scenarios"][0]["links"][0]["from"] = value
    else:
        unit[field] = value
    with pytest.raises(PlanDocumentError) as caught:
        read_document(doc)
    for said in (str(caught.value), caught.value.message("id"), caught.value.message("en")):
        assert "\n" not in said and "\r" not in said and "\u2028" not in said
        assert "\x00" not in said and shown in said


@settings(max_examples=examples(300), deadline=None)
@given(data=st.data(), replacement=JSON_VALUES)
def test_any_damage_gives_a_clear_error_or_a_valid_plan(
    data: st.DataObject, replacement: Any
) -> None:
    doc = small_document()
    place = data.draw(st.sampled_from(paths(doc)[1:]))
    target = doc
    for step in place[:-1]:
        target = target[step]
    target[place[-1]] = replacement
    try:
        read_document(doc)
    except PlanDocumentError as exc:
        assert str(exc) and "\n" not in str(exc)
        said = exc.message("id")
        assert said and "\n" not in said and "error." not in said
