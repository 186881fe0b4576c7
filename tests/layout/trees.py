"""Hand-built trees for layout tests, and the geometric checks every layout must pass."""

from __future__ import annotations

from collections.abc import Iterable

from rbdesk.domain.model import Scenario, ScenarioRole, Structure, Unit
from rbdesk.layout import Box, Layout, LayoutOptions, Measure

#: Round numbers so that expected positions can be worked out by hand.
OPTIONS = LayoutOptions(
    sibling_gap=20, subtree_gap=40, tree_gap=80, level_gap=40, stack_gap=10, stub=16
)


def tree(*units: tuple[int, int | None] | tuple[int, int | None, str]) -> Structure:
    """A structure from ``(id, parent)`` or ``(id, parent, kind)``; sibling order = id."""
    s = Structure(Scenario(1, "Uji", ScenarioRole.CURRENT))
    for spec in units:
        uid, parent = spec[0], spec[1]
        kind = spec[2] if len(spec) > 2 else "bidang"
        s.units[uid] = Unit(uid, parent, kind, f"U{uid}", sort_order=uid)
    return s


def fixed(width: float = 100, height: float = 40, **sizes: tuple[float, float]) -> Measure:
    """A measure giving every box ``width`` × ``height``, or ``sizes["u<id>"]``."""

    def measure(unit: Unit) -> tuple[float, float]:
        return sizes.get(f"u{unit.id}", (width, height))

    return measure


def overlapping_pairs(boxes: Iterable[Box], eps: float = 1e-6) -> list[tuple[int, int]]:
    """Pairs of boxes that share interior area, beyond rounding (a sweep over x: fast on
    real charts)."""
    ordered = sorted(boxes, key=lambda b: b.x)
    found = []
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b.x >= a.right - eps:
                break
            if _meets(b.x, b.right, a.x, a.right, eps) and _meets(
                b.y, b.bottom, a.y, a.bottom, eps
            ):
                found.append((a.unit_id, b.unit_id))
    return found


def check_geometry(layout: Layout, structure: Structure) -> None:
    """What holds for every layout: no overlap, inside the drawing, children below their
    parents, orthogonal connectors from the parent's bottom to the child's side."""
    assert overlapping_pairs(layout) == []
    eps = 1e-6
    for box in layout:
        assert -eps <= box.x and box.right <= layout.width + eps
        assert -eps <= box.y and box.bottom <= layout.height + eps
    for edge in layout.edges:
        parent, child = layout.box(edge.parent_id), layout.box(edge.child_id)
        assert structure.units[edge.child_id].parent_id == edge.parent_id
        assert child.y >= parent.bottom - eps
        points = edge.points
        assert len(points) >= 2
        assert abs(points[0][0] - parent.center_x) < eps
        assert abs(points[0][1] - parent.bottom) < eps
        for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
            assert abs(x1 - x2) < eps or abs(y1 - y2) < eps, edge
        x, y = points[-1]
        on_top = abs(y - child.y) < eps and child.x - eps <= x <= child.right + eps
        on_side = (abs(x - child.x) < eps or abs(x - child.right) < eps) and (
            child.y - eps <= y <= child.bottom + eps
        )
        assert on_top or on_side, edge
        for px, _ in points:
            assert -eps <= px <= layout.width + eps


def crossings(layout: Layout) -> list[tuple[int, int, int]]:
    """(parent, child, box) where a connector passes through another box's interior."""
    found = []
    boxes = list(layout)
    for edge in layout.edges:
        for (x1, y1), (x2, y2) in zip(edge.points, edge.points[1:], strict=False):
            for box in boxes:
                if box.unit_id in (edge.parent_id, edge.child_id):
                    continue
                if _meets(min(x1, x2), max(x1, x2), box.x, box.right) and _meets(
                    min(y1, y2), max(y1, y2), box.y, box.bottom
                ):
                    found.append((edge.parent_id, edge.child_id, box.unit_id))
    return found


def _meets(lo: float, hi: float, a: float, b: float, eps: float = 1e-6) -> bool:
    """True when [lo, hi] (possibly one point) reaches into the open interval (a, b)."""
    return lo < b - eps and hi > a + eps
