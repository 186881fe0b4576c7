"""A plan of 100,000 units inserts, opens and loads. A sanity check, not a benchmark:
nothing here is timed (the benchmark lives in ``bench/``); the print shows the times."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from rbdesk.store import Store
from tests.store.plans import CURRENT, REGION, large_structure

UNITS = 100_000


@pytest.mark.slow
def test_a_plan_of_100k_units_inserts_and_loads(tmp_path: Path) -> None:
    structure = large_structure(UNITS, seed=5)
    path = tmp_path / "besar.rbd"

    started = time.perf_counter()
    with Store.create(path, REGION) as store:
        id_map = store.insert_structure(structure)
    inserted = time.perf_counter()
    with Store.open(path) as store:
        opened = time.perf_counter()
        loaded = store.load(store.scenario_by_name(CURRENT).id)
        done = time.perf_counter()
        assert store.unit_count() == UNITS

    print(
        f"\n100k units: insert {inserted - started:.2f} s, open (inspect + quick_check) "
        f"{opened - inserted:.2f} s, load {done - opened:.2f} s, file {path.stat().st_size:,} B"
    )
    assert len(loaded.units) == UNITS
    assert len(loaded.positions) == UNITS
    assert len(id_map) == UNITS
    back = {new: old for old, new in id_map.items()}
    for uid in (1, 2, UNITS // 2, UNITS):
        unit = loaded.units[id_map[uid]]
        assert unit.name == structure.units[uid].name
        parent = structure.units[uid].parent_id
        assert (None if unit.parent_id is None else back[unit.parent_id]) == parent
