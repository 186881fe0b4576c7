"""The pemetaan values in the plan (schema 0004): written and read back exactly, each
write whole or not at all, part of the fingerprint and of the JSON plan document, and
old plans opening with none."""

from __future__ import annotations

import json
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from rbdesk.domain.errors import InvalidValueError, TextTooLongError
from rbdesk.domain.pemetaan import (
    PemetaanData,
    canonical,
    number_style,
    parse_number,
    shown_number,
)
from rbdesk.interchange.plan_json import (
    PlanDocumentError,
    create_plan,
    export_document,
    read_pemetaan,
)
from rbdesk.store import PlanFileError, Store
from tests.interchange.test_plan_json import small_document

DATA = Path(__file__).resolve().parent.parent / "data"

VALUES = {
    ("umum", 1): Decimal("1090000"),
    ("umum", 2): Decimal("969.36"),
    ("2.12", 1): Decimal("304"),
    ("5.02", 3): Decimal("0.000001"),
}


def test_values_year_and_source_read_back_exactly(plan: Path) -> None:
    with Store.open(plan) as store:
        assert store.pemetaan().values == {}
        before = store.fingerprint()
        store.set_pemetaan(PemetaanData(VALUES, 2025, 'BPS 2025 & "Dukcapil" <x>'))
        after = store.fingerprint()
    assert after != before
    with Store.open(plan, read_only=True) as store:
        data = store.pemetaan()
        assert data.values == VALUES
        assert data.year == 2025
        assert data.source == 'BPS 2025 & "Dukcapil" <x>'
        assert data.faktor == Decimal("1.15")  # the region's factor (tests.store.plans)
        assert store.fingerprint() == after
        stored = store.db.execute("SELECT value FROM pemetaan_value ORDER BY kode, no")
        assert [r[0] for r in stored] == ["304", "0.000001", "1090000", "969.36"]


def test_edits_and_removals_of_single_values(plan: Path) -> None:
    with Store.open(plan) as store:
        store.set_pemetaan(PemetaanData(VALUES, 2024, "BPS"))
        store.set_pemetaan_values({("umum", 1): Decimal("1100000.50"), ("2.12", 1): None})
        store.set_pemetaan_source(2025, "Dukcapil")
        data = store.pemetaan()
    assert data.values[("umum", 1)] == Decimal("1100000.5")
    assert ("2.12", 1) not in data.values
    assert (data.year, data.source) == (2025, "Dukcapil")


def test_a_plan_without_values_keeps_its_fingerprint(plan: Path) -> None:
    with Store.open(plan) as store:
        before = store.fingerprint()
        store.set_pemetaan(PemetaanData(VALUES, 2025, "BPS"))
        assert store.fingerprint() != before
        store.set_pemetaan(PemetaanData({}, None, ""))
        assert store.fingerprint() == before
        store.set_pemetaan_source(2025, "")
        assert store.fingerprint() != before


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (PemetaanData({("umum", 1): Decimal("-1")}), InvalidValueError),
        (PemetaanData({("umum", 1): Decimal("NaN")}), InvalidValueError),
        (PemetaanData({("umum", 1): Decimal("1e19")}), InvalidValueError),
        (PemetaanData({("umum", 1): Decimal("0.0000001")}), InvalidValueError),
        (PemetaanData({("bogus", 1): Decimal("1")}), InvalidValueError),
        (PemetaanData({("2.12", 0): Decimal("1")}), InvalidValueError),
        (PemetaanData({}, 1800, ""), InvalidValueError),
        (PemetaanData({}, None, "x" * 301), TextTooLongError),
        (PemetaanData({}, None, "a\x00b"), InvalidValueError),
    ],
)
def test_bad_data_is_refused_and_nothing_is_written(
    plan: Path, data: PemetaanData, error: type[Exception]
) -> None:
    with Store.open(plan) as store:
        store.set_pemetaan(PemetaanData(VALUES, 2025, "BPS"))
        before = store.fingerprint()
        with pytest.raises(error):
            store.set_pemetaan(data)
        if data.values:
            with pytest.raises(error):
                store.set_pemetaan_values(dict(data.values))
        assert store.fingerprint() == before
        assert store.pemetaan().values == VALUES


def test_a_crafted_value_is_refused_on_reading(plan: Path) -> None:
    with Store.open(plan) as store:
        store.set_pemetaan(PemetaanData(VALUES))
    conn = sqlite3.connect(plan)
    conn.execute("UPDATE pemetaan_value SET value = '1e5' WHERE kode = 'umum' AND no = 1")
    conn.commit()
    conn.close()
    with pytest.raises(PlanFileError), Store.open(plan, read_only=True, check="quick") as store:
        store.pemetaan()


def test_a_value_of_the_wrong_type_is_refused_on_opening(plan: Path) -> None:
    with Store.open(plan) as store:
        store.set_pemetaan(PemetaanData(VALUES))
    conn = sqlite3.connect(plan)
    conn.execute("UPDATE pemetaan_value SET value = x'35' WHERE kode = 'umum' AND no = 1")
    conn.commit()
    conn.close()
    with pytest.raises(PlanFileError):
        Store.open(plan, read_only=True).close()


def test_the_frozen_0004_plan_holds_its_values(tmp_path: Path) -> None:
    path = tmp_path / "p.rbd"
    shutil.copyfile(DATA / "plan_schema_0004.rbd", path)
    expected = json.loads((DATA / "plan_schema_0004.json").read_text("utf-8"))["pemetaan"]
    with Store.open(path, read_only=True) as store:
        data = store.pemetaan()
    assert [[k, n, canonical(v)] for (k, n), v in sorted(data.values.items())] == expected["values"]
    assert (data.year, data.source) == (expected["year"], expected["source"])


def test_an_older_plan_opens_with_no_values(tmp_path: Path) -> None:
    path = tmp_path / "p.rbd"
    shutil.copyfile(DATA / "plan_schema_0003.rbd", path)
    with Store.open(path) as store:
        assert store.schema_version() == "0004_pemetaan"
        assert store.pemetaan().values == {}
        assert store.pemetaan().year is None


def test_the_plan_document_carries_the_values(tmp_path: Path) -> None:
    with create_plan(tmp_path / "p.rbd", small_document()) as store:
        assert "pemetaan" not in export_document(store)
        store.set_pemetaan(PemetaanData(VALUES, 2025, "BPS"))
        doc = export_document(store)
        fingerprint = store.fingerprint()
    assert doc["pemetaan"]["values"][0] == {"kode": "2.12", "no": 1, "nilai": "304"}
    copy = tmp_path / "copy.rbd"
    with create_plan(copy, json.loads(json.dumps(doc))) as store:
        assert store.pemetaan().values == VALUES
        assert store.pemetaan().year == 2025
        assert store.fingerprint() == fingerprint


@pytest.mark.parametrize(
    ("pemetaan", "code"),
    [
        ({"values": [{"kode": "umum", "no": 1, "nilai": "abc"}]}, "document.decimal"),
        ({"values": [{"kode": "umum", "no": 1, "nilai": True}]}, "document.decimal"),
        ({"values": [{"kode": "umum", "no": "1", "nilai": "1"}]}, "document.whole_number"),
        ({"values": [{"kode": "umum", "no": 1, "nilai": "-3"}]}, "pemetaan.value"),
        ({"values": [{"kode": "nope", "no": 1, "nilai": "3"}]}, "pemetaan.key"),
        ({"values": [{"kode": "umum", "no": 1, "nilai": 3}] * 2}, "document.pemetaan_twice"),
        ({"year": "2025"}, "document.whole_number"),
        ({"source": "x" * 400}, "text.too_long"),
    ],
)
def test_a_bad_pemetaan_in_a_document_is_refused(pemetaan: object, code: str) -> None:
    with pytest.raises(PlanDocumentError) as caught:
        read_pemetaan({"pemetaan": pemetaan})
    assert caught.value.code == code
    assert "pemetaan" in caught.value.message("id")


def test_numbers_as_people_type_them() -> None:
    assert parse_number("1.234,5") == Decimal("1234.5")
    assert parse_number("1.234.567") == Decimal("1234567")
    assert parse_number(" 12,75 ") == Decimal("12.75")
    assert parse_number("1234.5") == Decimal("1234.5")
    assert parse_number("1 234 567") == Decimal("1234567")
    for bad in ("1.234", "12a", "", "1,2,3", "-5", "1e5", "1.23.4"):
        with pytest.raises(InvalidValueError):
            parse_number(bad)
    assert parse_number("100.000", "id") == Decimal(100000)
    assert parse_number("100.000", "plain") == Decimal(100)
    assert number_style("1.234,5") == "id" and number_style("969.36") == "plain"
    assert number_style("1.234") is None and number_style("1234") is None
    assert shown_number(Decimal("1234567.5")) == "1.234.567,5"
    assert shown_number(Decimal("1234567.5"), "en") == "1,234,567.5"
