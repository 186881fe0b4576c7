"""The analyzer's re-check after an edit gives the findings a fresh analysis gives."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rbdesk.analysis.checks.text import SHARED_GROUP
from rbdesk.analysis.engine import Analyzer, analyse
from rbdesk.domain.model import UrusanAssignment
from rbdesk.interchange.plan_json import read_document
from rbdesk.interchange.sample import sample_document


@pytest.fixture
def sample():
    region, (current, _) = read_document(sample_document())
    return region, current


def keys(findings) -> set:
    return {f.key() for f in findings}


def by_name(structure, name: str) -> int:
    return next(uid for uid, u in structure.units.items() if u.name == name)


def test_edits_match_a_fresh_analysis(sample) -> None:
    region, s = sample
    analyzer = Analyzer(region)
    assert keys(analyzer.run(s)) == keys(analyse(s, region))

    # 1. a text edit: a bidang of the Dinas Pendidikan copies the tugas of a Dishub bidang
    dishub_bidang = next(
        u for u in s.units.values() if u.kind == "bidang" and u.tugas and "Lalu Lintas" in u.name
    )
    edu = next(
        u for u in s.units.values()
        if u.kind == "bidang" and u.tugas and "Pendidikan" in s.units[u.parent_id].name
    )  # fmt: skip
    s.units[edu.id] = replace(edu, tugas=dishub_bidang.tugas, fungsi=dishub_bidang.fungsi)
    after_text = analyzer.run(s)
    assert any(
        f.rule == "text.overlap" and set(f.units) == {edu.id, dishub_bidang.id} for f in after_text
    )
    assert keys(after_text) == keys(analyse(s, region))

    # 2. a move (the tree changes)
    bidang = next(
        u for u in s.units.values() if u.kind == "bidang" and u.parent_id != edu.parent_id
    )
    s.units[bidang.id] = replace(bidang, parent_id=edu.parent_id)
    assert keys(analyzer.run(s)) == keys(analyse(s, region))

    # 3. an urusan assignment only
    s.assignments.append(UrusanAssignment(edu.parent_id, "2.15"))
    found = analyzer.run(s)
    assert any(f.rule == "overlap.urusan_shared" and "2.15" in f.codes for f in found)
    assert keys(found) == keys(analyse(s, region))

    # 4. a deletion and a rename
    leaf = next(u for u in s.units.values() if u.kind == "kelompok_fungsional")
    del s.units[leaf.id]
    s.units[edu.id] = replace(s.units[edu.id], name="Bidang Baru")
    found = analyzer.run(s)
    assert keys(found) == keys(analyse(s, region))
    assert any("Bidang Baru" in f.text("id") for f in found)


def test_full_run_forces_recomputation(sample) -> None:
    region, s = sample
    analyzer = Analyzer(region)
    first = analyzer.run(s)
    assert keys(analyzer.run(s, full=True)) == keys(first)


def test_the_entries_of_a_whole_scenario_are_each_units_entry(sample) -> None:
    """A whole scenario's text entries are made in one pass (``TextCheck._entries``),
    one unit's after an edit (``_entry``): both say the same of every unit, the kecamatan
    sharing one group and the units above every OPD each their own."""
    region, s = sample
    kecamatan = [u for u in s.units.values() if u.kind == "kecamatan"][:2]
    assert len(kecamatan) == 2
    for unit in kecamatan:
        s.units[unit.id] = replace(unit, tugas=f"Camat {unit.name}: pelayanan masyarakat.")
    analyzer = Analyzer(region)
    analyzer.run(s)
    ctx = analyzer.context
    assert ctx is not None
    shared = set(analyzer.pack.text["shared_group_kinds"])
    assert shared
    text = analyzer.text
    whole = text._entries(ctx, shared)
    one_by_one = {uid: e for uid in ctx.units if (e := text._entry(ctx, uid, shared=shared))}
    assert whole == one_by_one
    groups = {group for group, *_ in whole.values()}
    assert SHARED_GROUP in groups  # the kecamatan
    assert any(group < 0 and group != SHARED_GROUP for group in groups)  # above every OPD
    assert text.indexed == whole
