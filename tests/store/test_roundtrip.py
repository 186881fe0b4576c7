"""Round trip: a structure built in memory, written with ``Store.insert_structure`` and
read back with ``Store.load`` after closing and reopening the file, is equal in every
field of every entity (once provisional ids are mapped through the returned id map).

Hypothesis draws a current scenario and a proposal derived from it, with text that
mixes markup characters, quotes, emoji, control characters and Indonesian names.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rbdesk.domain.model import (
    ESELON,
    HOSPITAL_KINDS,
    UNIT_TYPES,
    CoordinationLink,
    Iku,
    Level,
    Lineage,
    Operation,
    OperationKind,
    Position,
    PositionCategory,
    Region,
    Scenario,
    ScenarioRole,
    Structure,
    Unit,
    UrusanAssignment,
    UrusanRole,
)
from rbdesk.store import Store
from tests.examples import examples

INT64 = st.integers(-(2**63), 2**63 - 1)
COUNTS = st.one_of(st.integers(0, 5000), INT64)
FLOATS = st.floats(allow_nan=False)  # infinities and -0.0 included; NaN has no SQLite REAL

SPECIAL_TEXT = [
    "<b>Dinas</b>", "A & B", 'Bidang "Khusus"', "Seksi 'Umum'", "</script><script>x</script>",
    "=SUM(A1:A9)", "🏛️ Kantor 👩🏽‍💼", "Dinas Pekerjaan Umum dan Penataan Ruang",
    "Badan Kesatuan Bangsa dan Politik", "Sub Bagian Tata Usaha", "Kecamatan Bojonegoro\n",
    "a\x00b", "\u200b", "\t", "Ñandú — ‘curly’ “quotes”", "مكتب", "事務所", " leading space",
]  # fmt: skip
TEXT = st.one_of(st.sampled_from(SPECIAL_TEXT), st.text(max_size=30))
NAMES = st.one_of(st.sampled_from(SPECIAL_TEXT), st.text(min_size=1, max_size=30)).filter(
    lambda s: bool(s.strip())
)
KINDS = st.one_of(st.sampled_from(["dinas", "badan", "bidang", "seksi", "upt"]), TEXT)
ESELONS = st.none() | st.sampled_from(ESELON)
CODES = st.sampled_from(["1.01", "1.02", "1.03", "2.13", "2.22", "3.26", "1.01.1", "X"]) | TEXT


@st.composite
def units(draw: st.DrawFn, first_id: int) -> dict[int, Unit]:
    """A forest of units with provisional ids from ``first_id``, in shuffled order
    (children may come before their parents)."""
    count = draw(st.integers(0, 14))
    ids = list(range(first_id, first_id + count))
    out: list[Unit] = []
    for index, uid in enumerate(ids):
        parent = draw(st.none() | st.sampled_from(ids[:index])) if index else None
        out.append(
            Unit(
                id=uid,
                parent_id=parent,
                kind=draw(KINDS),
                name=draw(TEXT),
                short_name=draw(TEXT),
                unit_type=draw(st.none() | st.sampled_from(UNIT_TYPES)),
                eselon=draw(ESELONS),
                sort_order=draw(INT64),
                tugas=draw(TEXT),
                fungsi=draw(TEXT),
                headcount_existing=draw(COUNTS),
                headcount_needed=draw(COUNTS),
                workload_score=draw(st.none() | FLOATS),
                notes=draw(TEXT),
                hospital_kind=draw(st.none() | st.sampled_from(HOSPITAL_KINDS) | TEXT),
            )
        )
    out = draw(st.permutations(out))
    return {u.id: u for u in out}


@st.composite
def contents(draw: st.DrawFn, scenario: Scenario, first_id: int, origins: list[int]) -> Structure:
    """A structure for ``scenario``; lineage and operations ``before`` point at
    ``origins`` (provisional ids of the scenario it derives from)."""
    unit_map = draw(units(first_id))
    ids = sorted(unit_map)
    some_unit = st.sampled_from(ids) if ids else st.nothing()
    some_origin = st.sampled_from(origins) if origins else st.nothing()
    assignments = draw(
        st.lists(
            st.builds(UrusanAssignment, some_unit, CODES, st.sampled_from(UrusanRole)),
            max_size=10 if ids else 0,
            unique_by=lambda a: (a.unit_id, a.code),
        )
    )
    positions = draw(
        st.lists(
            st.builds(Position, st.just(0), some_unit, TEXT, st.sampled_from(PositionCategory),
                      ESELONS, COUNTS, COUNTS, INT64),
            max_size=8 if ids else 0,
        )
    )  # fmt: skip
    links = draw(
        st.lists(
            st.builds(CoordinationLink, st.just(0), some_unit, some_unit, TEXT),
            max_size=5 if ids else 0,
        )
    )
    ikus = draw(
        st.lists(
            st.builds(Iku, st.just(0), some_unit, TEXT, TEXT, TEXT, INT64),
            max_size=6 if ids else 0,
        )
    )
    sides = st.lists(some_origin, max_size=3) if origins else st.just([])
    operations = draw(
        st.lists(
            st.builds(
                Operation, st.just(0), st.sampled_from(OperationKind),
                sides.map(tuple),
                (st.lists(some_unit, max_size=3) if ids else st.just([])).map(tuple),
                TEXT, TEXT, st.integers(-5, 5),
            ),
            max_size=5,
        )
    )  # fmt: skip
    lineage = draw(
        st.lists(
            st.builds(Lineage, some_unit, some_origin),
            max_size=12 if ids and origins else 0,
            unique_by=lambda x: (x.unit_id, x.origin_id),
        )
    )
    return Structure(scenario, unit_map, assignments, positions, links, operations, ikus, lineage)


REGIONS = st.builds(Region, NAMES, st.sampled_from(Level), TEXT, FLOATS, TEXT)
CREATED = st.sampled_from(["", "2026-01-05T08:00:00+07:00"]) | st.text(max_size=20)


def _without_id(item: object) -> object:
    return replace(item, id=0)  # type: ignore[type-var]


def _assert_same(expected: Structure, loaded: Structure, id_map: dict[int, int],
                 origin_map: dict[int, int]) -> None:  # fmt: skip
    """Every field of every entity of ``loaded``, mapped back to provisional ids,
    equals ``expected``."""
    back = {file_id: provisional for provisional, file_id in id_map.items()}
    back_origin = {file_id: provisional for provisional, file_id in origin_map.items()}
    assert set(id_map) == set(expected.units)
    assert len(set(id_map.values())) == len(id_map)

    def unit_back(file_id: int) -> int:
        return back[file_id]

    mapped_units = {
        back[u.id]: replace(
            u, id=back[u.id], parent_id=None if u.parent_id is None else back[u.parent_id]
        )
        for u in loaded.units.values()
    }
    assert mapped_units == expected.units
    assert Counter(replace(a, unit_id=unit_back(a.unit_id)) for a in loaded.assignments) == (
        Counter(expected.assignments)
    )
    assert Counter(
        _without_id(replace(p, unit_id=unit_back(p.unit_id))) for p in loaded.positions
    ) == Counter(_without_id(p) for p in expected.positions)
    assert Counter(
        _without_id(replace(x, from_id=unit_back(x.from_id), to_id=unit_back(x.to_id)))
        for x in loaded.links
    ) == Counter(_without_id(x) for x in expected.links)
    assert Counter(
        _without_id(replace(i, unit_id=unit_back(i.unit_id))) for i in loaded.iku
    ) == Counter(_without_id(i) for i in expected.iku)
    assert Counter(
        Lineage(back[x.unit_id], back_origin[x.origin_id]) for x in loaded.lineage
    ) == Counter(expected.lineage)
    # Operations come back ordered by sort_order, ties in the order they were written;
    # before/after keep their order.
    assert [
        _without_id(
            replace(
                o,
                before=tuple(back_origin[u] for u in o.before),
                after=tuple(unit_back(u) for u in o.after),
            )
        )
        for o in loaded.operations
    ] == [_without_id(o) for o in sorted(expected.operations, key=lambda o: o.sort_order)]
    assert all(loaded.units[u.parent_id] for u in loaded.units.values() if u.parent_id)


@settings(
    max_examples=examples(60),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data(), region=REGIONS)
def test_structures_round_trip(data: st.DataObject, region: Region) -> None:
    names = data.draw(st.lists(NAMES, min_size=2, max_size=2, unique=True), label="names")
    current = data.draw(
        contents(Scenario(0, names[0], ScenarioRole.CURRENT, None, data.draw(CREATED)), 1, []),
        label="current",
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.rbd"
        with Store.create(path, region) as store:
            current_map = store.insert_structure(current)
            current_id = store.scenario_by_name(names[0]).id
        proposal = data.draw(
            contents(
                Scenario(0, names[1], ScenarioRole.PROPOSAL, current_id, data.draw(CREATED)),
                1000,
                sorted(current.units),
            ),
            label="proposal",
        )
        with Store.open(path) as store:
            proposal_map = store.insert_structure(proposal, origin_map=current_map)

        with Store.open(path) as store:
            assert store.region() == region
            scenarios = {s.name: s for s in store.scenarios()}
            assert set(scenarios) == set(names)
            loaded_current = store.load(scenarios[names[0]].id)
            loaded_proposal = store.load(scenarios[names[1]].id)
            assert store.integrity_ok()
            assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []

    for expected, loaded in ((current, loaded_current), (proposal, loaded_proposal)):
        assert loaded.scenario.name == expected.scenario.name
        assert loaded.scenario.role == expected.scenario.role
        if expected.scenario.created:
            assert loaded.scenario.created == expected.scenario.created
        else:
            assert loaded.scenario.created  # stamped on insert
    assert loaded_current.scenario.derived_from is None
    assert loaded_proposal.scenario.derived_from == loaded_current.scenario.id
    _assert_same(current, loaded_current, current_map, {})
    _assert_same(proposal, loaded_proposal, proposal_map, current_map)


def test_a_child_listed_before_its_parent_is_written(tmp_path: Path) -> None:
    structure = Structure(
        Scenario(0, "s", ScenarioRole.CURRENT),
        {
            3: Unit(3, 2, "seksi", "Seksi"),
            2: Unit(2, 1, "bidang", "Bidang"),
            1: Unit(1, None, "dinas", "Dinas"),
        },
    )
    with Store.create(tmp_path / "p.rbd", Region("R", Level.KOTA)) as store:
        id_map = store.insert_structure(structure)
        loaded = store.load(store.scenario_by_name("s").id)
    assert loaded.units[id_map[3]].parent_id == id_map[2]
    assert loaded.units[id_map[2]].parent_id == id_map[1]
