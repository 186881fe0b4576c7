"""Chart order and the one-chart-per-OPD helper, on a generated region."""

from __future__ import annotations

from rbdesk.interchange.synthetic import generate
from rbdesk.layout import chart_order, layout_charts, layout_tree, subtrees_by_opd
from rbdesk.rules import default_catalogue

from .trees import OPTIONS, check_geometry, fixed, tree


def _subtree(children: dict[int | None, list[int]], top: int) -> set[int]:
    out, stack = set(), [top]
    while stack:
        uid = stack.pop()
        out.add(uid)
        stack.extend(children.get(uid, ()))
    return out


def test_one_chart_per_opd() -> None:
    _, (current,) = generate(1500, seed=3, proposal=False)
    catalogue = default_catalogue()
    opds = subtrees_by_opd(current, catalogue)
    kinds = [current.units[uid].kind for uid in opds]
    assert kinds[:3] == ["sekretariat_daerah", "sekretariat_dprd", "inspektorat"]
    assert set(kinds) == {k.id for k in catalogue.kinds.values() if k.opd}
    assert len(opds) == sum(1 for u in current.units.values() if catalogue.kinds[u.kind].opd)
    children = current.children()
    charts = layout_charts(current, opds, measure=fixed(), options=OPTIONS)
    assert list(charts) == opds
    assert sum(len(lay) for lay in charts.values()) < len(current.units)
    for uid in opds[:5] + opds[-3:]:
        lay = layout_tree(current, measure=fixed(), options=OPTIONS, root=uid)
        assert set(lay.boxes) == _subtree(children, uid)
        assert lay.box(uid).y == 0
        assert charts[uid] == lay
        check_geometry(lay, current)
    # the whole region at OPD level: each OPD collapsed
    lay = layout_tree(current, measure=fixed(), options=OPTIONS, collapsed=set(opds))
    assert {b.unit_id for b in lay if b.depth == 1} >= set(opds)
    assert max(b.depth for b in lay) == 1
    check_geometry(lay, current)


def test_chart_order_is_preorder_with_orphans_and_cycles() -> None:
    s = tree((1, None), (3, 1), (2, 1), (4, 3), (9, 77), (5, 6), (6, 5))
    assert chart_order(s) == [1, 2, 3, 4, 9, 5, 6]
