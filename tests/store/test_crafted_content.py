"""A plan whose schema is intact but whose rows were crafted (or damaged) outside rbdesk:
reading it must end in a typed rbdesk error naming the file, never a raw ``sqlite3`` or
``ValueError`` traceback (DESIGN.md section 8: bad input never crashes the program).

The schema check cannot see these: the values are legal for SQLite's flexible typing
and ``quick_check`` does not validate text encoding.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from rbdesk.domain.errors import RbdeskError
from rbdesk.store import Store
from tests.store.plans import CURRENT


@pytest.mark.parametrize(
    "statement",
    [
        pytest.param(
            "UPDATE unit SET name = CAST(X'C328414200' AS TEXT) WHERE name = 'Dinas Kesehatan'",
            id="invalid-utf8-name",
        ),
        pytest.param("UPDATE operation SET kind = 'teleport'", id="unknown-operation-kind"),
        pytest.param("UPDATE unit SET sort_order = 'pertama'", id="text-in-integer-column"),
    ],
)
def test_crafted_rows_end_in_a_typed_error(statement: str, plan: Path) -> None:
    conn = sqlite3.connect(plan, isolation_level=None)
    conn.execute(statement)
    conn.close()

    with pytest.raises(RbdeskError) as caught:
        with Store.open(plan) as store:
            for scenario in store.scenarios():
                structure = store.load(scenario.id)
                for unit in structure.units.values():
                    if not isinstance(unit.sort_order, int):
                        raise AssertionError(f"sort_order {unit.sort_order!r} read as is")
    assert str(plan) in str(caught.value)


def test_untouched_sample_loads(plan: Path) -> None:
    """The starting point of the tests above is a plan that loads cleanly."""
    with Store.open(plan) as store:
        assert len(store.load(store.scenario_by_name(CURRENT).id).units) == 12
