"""Operations in the plan document: their legal basis and the findings they answer go
through reading, writing and exporting; a document without them reads as before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rbdesk.domain.operations import parse_finding_ref
from rbdesk.interchange.plan_json import (
    PlanDocumentError,
    create_plan,
    export_document,
    read_document,
)
from tests.interchange.test_plan_json import small_document


def with_findings() -> dict[str, Any]:
    doc = small_document()
    convert, merge = doc["scenarios"][1]["operations"]
    convert["basis"] = "Surat Mendagri 800/2603/OTDA"
    convert["findings"] = [
        {"rule": "layers.simplification", "codes": [], "units": [["bid"]]},
        {"rule": "overlap.urusan_shared", "codes": ["1.02", "5.02"],
         "units": [["dinkes", "bapenda"]], "added": ["kjf"]},
    ]  # fmt: skip
    return doc


def test_basis_and_findings_are_read() -> None:
    _, (now, proposal) = read_document(with_findings())
    convert, merge = proposal.operations
    assert convert.basis == "Surat Mendagri 800/2603/OTDA"
    assert (merge.basis, merge.findings) == ("", ())
    by_name = {u.name: u.id for u in now.units.values()}
    (kjf,) = [u.id for u in proposal.units.values() if u.kind == "kelompok_fungsional"]
    assert [parse_finding_ref(f) for f in convert.findings] == [
        ("layers.simplification", (), ((by_name["Bidang P2P"],),)),
        ("overlap.urusan_shared", ("1.02", "5.02"),
         ((0, kjf), tuple(sorted((by_name["Dinas Kesehatan"], by_name["Bapenda"]))))),
    ]  # fmt: skip


def test_a_plan_round_trips_with_basis_and_findings(tmp_path: Path) -> None:
    doc = with_findings()
    with create_plan(tmp_path / "a.rbd", doc) as store:
        exported = export_document(store)
    (convert, merge) = exported["scenarios"][1]["operations"]
    assert convert["basis"] == "Surat Mendagri 800/2603/OTDA"
    assert convert["findings"][0] == {"rule": "layers.simplification", "codes": [],
                                      "units": [["bidang-p2p"]]}  # fmt: skip
    assert convert["findings"][1]["added"] == ["kelompok-jabatan-fungsional"]
    assert "basis" not in merge and "findings" not in merge  # left out when empty
    with create_plan(tmp_path / "b.rbd", exported) as again:
        assert export_document(again) == exported


@pytest.mark.parametrize(
    ("finding", "code"),
    [
        ({"codes": [], "units": []}, "document.required"),
        ({"rule": "spans.narrow", "units": ["bid"]}, "document.finding_unit"),
        ({"rule": "spans.narrow", "units": [[]]}, "document.finding_unit"),
        ({"rule": "spans.narrow", "units": [["kjf"]]}, "document.unit_not_origin"),
        ({"rule": "spans.narrow", "added": ["bid"]}, "document.unit_not_here"),
        ({"rule": "spans narrow"}, "operation.finding_ref"),
        ({"rule": "spans.narrow", "codes": "1.02"}, "document.list"),
    ],
)
def test_bad_findings_are_refused(finding: dict[str, Any], code: str) -> None:
    doc = small_document()
    doc["scenarios"][1]["operations"][0]["findings"] = [finding]
    with pytest.raises(PlanDocumentError) as refused:
        read_document(doc)
    assert refused.value.code == code
    assert "finding #1" in str(refused.value)
