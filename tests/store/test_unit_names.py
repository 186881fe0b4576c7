"""``Store.unit_names``: a scenario's unit names read alone (the window's look for
placeholder names before a report), and the placeholder look over them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from rbdesk.analysis.placeholders import placeholder_ids, placeholder_units
from rbdesk.rules import default_catalogue
from rbdesk.store import Store


def test_the_names_are_the_loaded_scenarios(plan: Path) -> None:
    with Store.open(plan, read_only=True) as store:
        for scenario in store.scenarios():
            structure = store.load(scenario.id)
            names = store.unit_names(scenario.id)
            assert names == {uid: u.name for uid, u in structure.units.items()}
            assert list(names) == sorted(names)  # in id order
            catalogue = default_catalogue()
            assert placeholder_ids(names, catalogue) == placeholder_units(structure, catalogue)
        assert store.unit_names(10**9) == {}  # no such scenario: no units


def test_a_placeholder_as_a_file_holds_it(plan: Path) -> None:
    """Spaces and case as typed in another program: still the placeholder."""
    with sqlite3.connect(plan) as db:
        (first,) = db.execute("SELECT min(id) FROM unit").fetchone()
        db.execute("UPDATE unit SET name = ? WHERE id = ?", ["  BIDANG   Baru ", first])
    db.close()
    with Store.open(plan, read_only=True) as store:
        scenario = next(s for s in store.scenarios() if first in store.unit_names(s.id))
        names = store.unit_names(scenario.id)
    assert names[first] == "  BIDANG   Baru "
    assert placeholder_ids(names, default_catalogue()) == [first]
