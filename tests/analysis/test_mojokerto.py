"""The checks on a real city: Kota Mojokerto as imported from tests/data/mojokerto.csv."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from rbdesk.analysis.engine import analyse
from rbdesk.analysis.findings import Severity
from rbdesk.interchange.reference_csv import import_reference_csv
from rbdesk.rules import default_catalogue


@pytest.fixture
def mojokerto(test_data: Path):
    return import_reference_csv(test_data / "mojokerto.csv", default_catalogue())


def _setda(result) -> int:
    return next(u.id for u in result.structure.units.values() if u.kind == "sekretariat_daerah")


def test_checks_run_and_the_lawful_1_05_split_is_no_error(mojokerto) -> None:
    findings = analyse(mojokerto.structure, mojokerto.region)
    assert not [f for f in findings if f.severity is Severity.ERROR]
    holders = [
        u.name
        for u in mojokerto.structure.units.values()
        if "1.05" in [a.code for a in mojokerto.structure.assignments_of(u.id)]
    ]
    assert sorted(holders) == ["Badan Penanggulangan Bencana Daerah", "Satuan Polisi Pamong Praja"]
    assert not [f for f in findings if f.rule == "overlap.urusan_shared"]


def test_the_urusan_nobody_holds_are_reported(mojokerto) -> None:
    findings = analyse(mojokerto.structure, mojokerto.region)
    missing = sorted(f.codes[0] for f in findings if f.rule == "overlap.mandatory_missing")
    assert missing == ["2.07", "2.10", "2.13", "2.20", "2.21"]


@pytest.mark.parametrize(("setda_type", "over"), [("A", False), ("B", False), ("C", True)])
def test_setda_asisten_over_the_cap_only_when_typed_c(mojokerto, setda_type, over) -> None:
    structure = mojokerto.structure
    setda = _setda(mojokerto)
    structure.units[setda] = replace(structure.units[setda], unit_type=setda_type)
    caps = [f for f in analyse(structure, mojokerto.region) if f.rule == "caps.sub_units"]
    assert [f.units[0] for f in caps] == ([setda] if over else [])
    if over:
        assert caps[0].params["count"] == 3 and caps[0].params["max"] == 2
