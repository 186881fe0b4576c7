"""Generated plans: exact size, deterministic for a seed, valid under the catalogue's
rules, with a proposal whose lineage and operations point at real units."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from rbdesk.domain.invariants import check_codes, check_fields, check_parent_kind, find_cycle
from rbdesk.interchange.synthetic import generate, write_generated
from rbdesk.rules import default_catalogue


@pytest.mark.parametrize("size", [1, 37, 1000, 10000])
def test_exact_size_and_valid(size: int) -> None:
    region, (current, proposal) = generate(size, seed=5)
    cat = default_catalogue()
    for structure in (current, proposal):
        units = structure.units
        assert find_cycle({u.id: u.parent_id for u in units.values()}) is None
        for unit in units.values():
            check_fields(unit)
            parent = units[unit.parent_id].kind if unit.parent_id else None
            check_parent_kind(unit.kind, parent, region.level, cat)
        check_codes((a.code for a in structure.assignments), cat)
    assert len(current.units) == size
    assert len(proposal.units) <= size


def test_shape_of_a_region() -> None:
    _, (current, _) = generate(10000, seed=2)
    kinds = Counter(u.kind for u in current.units.values())
    assert kinds["kepala_daerah"] == 1
    assert kinds["dinas"] == 20 and kinds["badan"] == 5
    assert kinds["kecamatan"] > 100 and kinds["kelurahan"] > 5 * kinds["kecamatan"]
    assert kinds["bidang"] > 40 and kinds["upt"] > 20 and kinds["kelompok_fungsional"] > 50
    heads = ("kepala_daerah", "wakil_kepala_daerah")
    assert all(u.tugas and u.fungsi for u in current.units.values() if u.kind not in heads)
    opds = [u for u in current.units.values() if u.kind in ("dinas", "badan")]
    assert all(current.assignments_of(u.id) for u in opds)


def test_same_seed_same_plan_other_seed_other_plan() -> None:
    a = generate(2000, seed=9)
    b = generate(2000, seed=9)
    c = generate(2000, seed=10)
    assert a == b
    assert a[1][0].units != c[1][0].units


def test_proposal_lineage_and_operations() -> None:
    _, (current, proposal) = generate(5000, seed=4)
    assert proposal.scenario.derived_from == current.scenario.id
    kinds = Counter(op.kind.value for op in proposal.operations)
    assert kinds["convert"] > 0 and kinds["merge"] > 0
    for link in proposal.lineage:
        assert link.unit_id in proposal.units and link.origin_id in current.units
    for op in proposal.operations:
        assert all(u in current.units for u in op.before)
        assert all(u in proposal.units for u in op.after)
        assert op.justification


def test_written_plan_opens_with_both_scenarios(tmp_path: Path) -> None:
    with write_generated(tmp_path / "g.rbd", 3000, seed=1) as store:
        current, proposal = store.scenarios()
        assert store.unit_count(current.id) == 3000
        loaded = store.load(proposal.id)
        assert loaded.operations and loaded.lineage
        assert store.integrity_ok()


def test_cli_sample_units(tmp_path: Path) -> None:
    from rbdesk.cli import run

    out = tmp_path / "g.rbd"
    assert run(["sample", "--units", "1500", "--seed", "3", "-o", str(out)]) == 0
    assert run(["sample", "--units", "0", "-o", str(tmp_path / "z.rbd")]) == 2
    assert not (tmp_path / "z.rbd").exists()
