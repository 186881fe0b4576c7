"""The limits of a plan's texts (issue 17 item 9, ``rbdesk.domain.limits``): every write
of the store and every domain check refuses a longer text with the field and the limit,
before anything changes; a plan file that another program filled with longer texts
opens, and the values check reports each as a finding; signatories kept as JSON that
nests deep or lists too many are refused as a plan error, never a ``RecursionError``."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from rbdesk.analysis.engine import analyse
from rbdesk.domain.errors import TextTooLongError
from rbdesk.domain.invariants import check_fields
from rbdesk.domain.limits import (
    LIMITS,
    MAX_NAME,
    MAX_SCENARIO_NAME,
    MAX_SIGNATORIES,
    MAX_SIGNATORY_FIELD,
    MAX_TEXT,
    check_text,
    shown,
)
from rbdesk.domain.model import Iku, Position, PositionCategory, Signatory, SignatoryRole
from rbdesk.store import PlanFileError, Store
from rbdesk.store.store import SIGNATORIES_KEY


def test_the_limits_fit_real_texts() -> None:
    longest_opd = (
        "Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan "
        "Perlindungan Anak"
    )
    assert len(longest_opd) * 3 < MAX_NAME
    assert MAX_SIGNATORIES == len(SignatoryRole)
    assert all(limit >= 32 for limit in LIMITS.values())


def test_the_refusal_names_field_count_and_limit() -> None:
    with pytest.raises(TextTooLongError) as caught:
        check_text("unit.name", "x" * (MAX_NAME + 1))
    assert caught.value.message("id") == (
        f"nama unit terlalu panjang: {MAX_NAME + 1} karakter, paling banyak {MAX_NAME}"
    )
    assert caught.value.message("en") == (
        f"unit name too long: {MAX_NAME + 1} characters, at most {MAX_NAME}"
    )
    check_text("unit.name", "x" * MAX_NAME)  # at the limit: accepted


def test_shown_cuts_once() -> None:
    cut = shown("Kesehatan " * 100, 50)
    assert len(cut) <= 50 and cut.endswith("…")
    assert shown(cut, 50) == cut


@pytest.mark.parametrize("field", ["name", "short_name", "tugas", "fungsi", "notes"])
def test_a_unit_text_over_its_limit_is_refused_and_nothing_changes(field: str, plan: Path) -> None:
    limit = LIMITS[f"unit.{field}"]
    with Store.open(plan) as store:
        structure = store.load(store.current_scenario().id)
        unit = next(u for u in structure.units.values() if u.parent_id is not None)
        long = replace(unit, **{field: "a" * (limit + 1)})
        with pytest.raises(TextTooLongError, match=str(limit)):
            check_fields(long)
        before = store.fingerprint()
        with pytest.raises(TextTooLongError):
            store.update_unit(long)
        with pytest.raises(TextTooLongError):
            store.add_unit(store.current_scenario().id, long)
        assert store.fingerprint() == before
        store.update_unit(replace(unit, **{field: "a" * limit}))  # at the limit: written


def test_other_texts_over_their_limits_are_refused(plan: Path) -> None:
    with Store.open(plan) as store:
        current = store.current_scenario()
        structure = store.load(current.id)
        uid = next(iter(structure.units))
        before = store.fingerprint()
        names = [s.name for s in store.scenarios()]
        long_name = "S" * (MAX_SCENARIO_NAME + 1)
        with pytest.raises(TextTooLongError, match="scenario name"):
            store.add_scenario(long_name)
        with pytest.raises(TextTooLongError):
            store.rename_scenario(current.id, long_name)
        with pytest.raises(TextTooLongError):
            store.copy_scenario(current.id, long_name)
        with pytest.raises(TextTooLongError, match="region name"):
            store.set_region(replace(store.region(), name="R" * (MAX_NAME + 1)))
        with pytest.raises(TextTooLongError, match="position title"):
            store.add_position(Position(0, uid, "J" * (MAX_NAME + 1), PositionCategory.STRUCTURAL))
        with pytest.raises(TextTooLongError, match="key performance indicator"):
            store.add_iku(Iku(0, uid, "I" * (MAX_TEXT + 1)))
        units = {k: replace(u, name="N" * (MAX_NAME + 1)) for k, u in structure.units.items()}
        copy = replace(structure, scenario=replace(structure.scenario, name="Salinan"), units=units)
        with pytest.raises(TextTooLongError, match="unit name"):
            store.insert_structure(copy)
        assert store.fingerprint() == before
        assert [s.name for s in store.scenarios()] == names


def test_signatory_fields_over_their_limit_are_refused(plan: Path) -> None:
    with pytest.raises(TextTooLongError, match="signatory name too long: 2400"):
        Signatory(SignatoryRole.PREPARED, "N" * 2400)
    with pytest.raises(TextTooLongError, match="signatory title"):
        Signatory(SignatoryRole.PREPARED, "", "", "T" * (MAX_SIGNATORY_FIELD + 1))
    with Store.open(plan) as store:
        with pytest.raises(TextTooLongError):
            store.update_signatory(SignatoryRole.CHECKED, {"name": "N" * 2400})
        assert store.signatories() == ()


def _write(plan: Path, sql: str, *params: object) -> None:
    conn = sqlite3.connect(plan)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def test_a_plan_holding_longer_texts_opens_and_they_are_findings(plan: Path) -> None:
    """Written by another program: the plan opens, ``check`` names each text."""
    _write(plan, "UPDATE unit SET name = ?, tugas = ? WHERE id = (SELECT min(id) FROM unit "
           "WHERE parent_id IS NOT NULL AND scenario_id = 1)",
           "Dinas Sejuta " + "x" * 1_000_000, "Tugas " * 5000)  # fmt: skip
    _write(plan, "UPDATE region SET preparing_unit = ?", "P" * 400)
    with Store.open(plan, read_only=True) as store:
        findings = analyse(store.load(1), store.region())
    found = [f for f in findings if f.rule == "values.text_length"]
    messages = sorted(f.message["en"] for f in found)
    assert len(found) == 3, messages
    assert any("unit name too long: 1000013 characters, at most 300" in m for m in messages)
    assert any("unit tasks (tugas) too long: 30000 characters" in m for m in messages)
    assert any("preparing unit too long: 400 characters" in m for m in messages)
    assert all(len(m) < 200 for m in messages)  # the name is quoted shortened


@pytest.mark.parametrize(
    ("value", "detail"),
    [
        pytest.param("[" * 30_000 + "]" * 30_000, "nested 30000 deep", id="deep"),
        pytest.param("[" * 100_000 + "]" * 100_000, "200000 characters", id="deeper-and-long"),
        pytest.param(
            json.dumps([{"role": "prepared", "name": f"N{n}"} for n in range(1000)]),
            "too many signatories: 1000, at most 3",
            id="many",
        ),
        pytest.param(
            json.dumps([{"role": "approved", "name": "N" * 2400}]),
            "signatory name too long",
            id="long",
        ),
        pytest.param('[{"role": "approved", "name": "[[[[[[[["}]', None, id="brackets-in-text"),
    ],
)
def test_crafted_signatories_are_a_plan_error(value: str, detail: str | None, plan: Path) -> None:
    _write(plan, "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", SIGNATORIES_KEY, value)
    with Store.open(plan, read_only=True) as store:
        if detail is None:
            assert store.signatories()[0].name == "[[[[[[[["
            return
        with pytest.raises(PlanFileError, match="signatories") as caught:
            store.signatories()
        assert detail in str(caught.value)
