"""Staff and posts rolled up (issue 16 item 3): each box and the inspector show the
unit's own figures and those of it and everything below it, equal to the sums of the
plan on disk; an OPD shows its peta jabatan."""

from __future__ import annotations

from dataclasses import replace

from rbdesk.analysis.rollup import rollups
from rbdesk.domain.model import PositionCategory
from rbdesk.store import Store
from rbdesk.ui.commands import EditPositionCommand, EditUnitCommand, push
from rbdesk.ui.mainwindow import MainWindow
from tests.ui.test_editing import choose_in_tree

OPD = "Dinas Pertanian dan Pangan"


def _sums_on_disk(window: MainWindow, unit_id: int) -> tuple[tuple[int, int], dict, int]:
    """Staff, posts per category and units of a subtree, summed from the file."""
    with Store.open(window.document.path, read_only=True) as store:
        s = store.load(window.document.scenario.id)
    below, pending = set(), [unit_id]
    while pending:
        uid = pending.pop()
        below.add(uid)
        pending += [u.id for u in s.units.values() if u.parent_id == uid]
    staff = (sum(s.units[u].headcount_existing for u in below),
             sum(s.units[u].headcount_needed for u in below))  # fmt: skip
    posts = {c: (sum(p.existing for p in s.positions if p.unit_id in below and p.category == c),
                 sum(p.needed for p in s.positions if p.unit_id in below and p.category == c))
             for c in PositionCategory}  # fmt: skip
    return staff, posts, len(below)


def test_every_rollup_equals_the_sum_of_its_subtree(window: MainWindow) -> None:
    structure = window.document.structure
    totals = rollups(structure)
    children = structure.children()
    for uid in structure.units:
        below, pending = [], [uid]
        while pending:
            u = pending.pop()
            below.append(u)
            pending += children.get(u, [])
        unit_totals = totals[uid]
        assert unit_totals.units == len(below)
        assert unit_totals.staff == (
            sum(structure.units[u].headcount_existing for u in below),
            sum(structure.units[u].headcount_needed for u in below),
        )


def test_boxes_and_inspector_show_the_totals(qtbot, window: MainWindow) -> None:
    uid = choose_in_tree(qtbot, window, OPD)
    staff, posts, units = _sums_on_disk(window, uid)
    _lines, _detail, line = window.chart.item._texts(
        window.document.unit(uid), 0, 10_000, window.chart.catalogue
    )
    assert f"Σ {staff[0]}/{staff[1]}" in line
    summary = window.inspector.totals.summary.text()
    assert f"{units} units" in summary and f"staff {staff[0]} in post of {staff[1]}" in summary
    for category, name in ((PositionCategory.STRUCTURAL, "structural"),
                           (PositionCategory.FUNCTIONAL, "functional"),
                           (PositionCategory.PELAKSANA, "pelaksana")):  # fmt: skip
        assert f"{name} {posts[category][0]}/{posts[category][1]}" in summary
    table = window.inspector.totals.map
    assert table.isVisibleTo(window.inspector)
    assert table.rowCount() == sum(1 for p in window.document.structure.positions
                                   if p.unit_id in window.document.subtree_ids(uid))  # fmt: skip
    # an edit below the OPD reaches its totals and its box
    seksi = next(u for u in window.document.subtree_ids(uid)
                 if window.document.unit(u).kind == "seksi")  # fmt: skip
    post = window.document.positions_of(seksi)[0]
    assert push(window.document, EditPositionCommand(
        window.document, replace(post, needed=post.needed + 7))) is None  # fmt: skip
    _staff, posts_after, _units = _sums_on_disk(window, uid)
    assert posts_after[post.category][1] == posts[post.category][1] + 7
    expected = f"{post.category.value} {posts_after[post.category][0]}/"
    expected += f"{posts_after[post.category][1]}"
    qtbot.waitUntil(lambda: expected in window.inspector.totals.summary.text())


def test_a_bidang_has_totals_but_no_peta_jabatan(qtbot, window: MainWindow) -> None:
    choose_in_tree(qtbot, window, "Bidang Perkebunan")
    assert window.inspector.totals.summary.text()
    assert not window.inspector.totals.map.isVisibleTo(window.inspector)


def test_choosing_units_reads_the_plan_once_per_version(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    """The tree and posts by unit are made once per version of the plan, not at each
    unit chosen (on a 10,000-unit plan that was a stall at every click); an edit makes
    a new version, read again, and the figures follow it."""
    from rbdesk.ui import totals_view

    made: list[object] = []
    real = totals_view._Tree.of.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(totals_view._Tree, "of",
                        classmethod(lambda cls, s, last=None: (made.append(s),
                                                               real(cls, s, last))[1]))  # fmt: skip
    first = choose_in_tree(qtbot, window, OPD)
    choose_in_tree(qtbot, window, "Bidang Perkebunan")
    choose_in_tree(qtbot, window, OPD)
    assert len(made) == 1 and made[0] is window.document.structure
    staff, _posts, units = _sums_on_disk(window, first)
    assert f"{units} units" in window.inspector.totals.summary.text()
    unit = window.document.unit(first)
    assert push(window.document, EditUnitCommand(
        window.document, replace(unit, headcount_existing=unit.headcount_existing + 5)
    )) is None  # fmt: skip
    qtbot.waitUntil(
        lambda: f"staff {staff[0] + 5} in post" in window.inspector.totals.summary.text()
    )
    assert made[-1] is window.document.structure
