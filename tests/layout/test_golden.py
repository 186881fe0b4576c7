"""The layouts are exactly those of the layout before its speed-up (issue 16 item 8).

``tests/data/layout_golden.json`` holds, for each case below, a SHA-256 of every box and
connector of the layout (every coordinate's exact ``repr``, boxes in their order),
written by ``python tests/layout/test_golden.py --write`` with the layout of commit
a91661d (the last one before the speed-up). A faster layout must give the very same
floats: the cases mix seeded random forests (orphans, cycles, side kinds, odd box
sizes, collapsed units, depth limits, OPDs inside OPDs as stops), generated plans, the
tidy and the compact layout, and the per-OPD charts of the PDF.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from rbdesk.domain.model import Scenario, ScenarioRole, Structure, Unit
from rbdesk.layout import (
    COMPACT,
    Layout,
    LayoutOptions,
    layout_charts,
    layout_compact,
    layout_tree,
    subtrees_by_opd,
)

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "layout_golden.json"
KINDS = ("bidang", "bidang", "seksi", "kelompok_fungsional", "staf_ahli", "wakil_kepala_daerah")
TIGHT = LayoutOptions(sibling_gap=7.5, subtree_gap=13.25, tree_gap=0, level_gap=9.5,
                      stack_threshold=2, stack_rows=3, stack_gap=0.75, stub=3.3)  # fmt: skip
WIDE_STACKS = LayoutOptions(stack_threshold=None, level_gap=0)


def digest(*layouts: Layout) -> str:
    """SHA-256 of every box and connector of ``layouts``, floats by their exact ``repr``."""
    h = hashlib.sha256()
    for layout in layouts:
        for box in layout:
            h.update(repr(tuple(box)).encode())
        for edge in layout.edges:
            h.update(repr((edge.parent_id, edge.child_id, edge.points)).encode())
        h.update(repr((layout.width, layout.height)).encode())
    return h.hexdigest()


def random_forest(
    seed: int, n: int, shape: str
) -> tuple[Structure, Callable[[Unit], tuple[float, float]]]:
    rng = random.Random(seed)
    s = Structure(Scenario(1, "acak", ScenarioRole.CURRENT))
    for uid in range(1, n + 1):
        if uid == 1 or rng.random() < 0.02:
            parent: int | None = None if rng.random() < 0.5 else 10 * n + uid  # root or orphan
        elif shape == "deep":
            parent = rng.randint(max(1, uid - 3), uid - 1)
        elif shape == "flat":
            parent = 1 if rng.random() < 0.6 else rng.randint(1, uid - 1)
        elif shape == "cycles" and rng.random() < 0.05:
            parent = rng.randint(1, n)  # may close a cycle
        else:
            parent = rng.randint(max(1, uid - 40), uid - 1)
        s.units[uid] = Unit(uid, parent, rng.choice(KINDS), f"U{uid}", sort_order=rng.randint(0, 3))
    sizes = {uid: (rng.uniform(0.3, 230), rng.uniform(0.3, 90)) for uid in s.units}
    return s, lambda u: sizes[u.id]


def generated(units: int, seed: int) -> tuple[Structure, Callable[[Unit], tuple[float, float]]]:
    from rbdesk.interchange.synthetic import generate

    _region, structures = generate(units, seed=seed)
    return structures[-1], lambda u: (90.0 + min(len(u.name), 40) * 2.5, 36.0 + len(u.kind) % 3)


def cases() -> Iterator[tuple[str, Callable[[], list[list[Layout]]]]]:
    """(name, a function giving the case's layouts)."""
    forests = [(seed, n, shape) for seed, (n, shape) in enumerate(
        [(1, "bushy"), (2, "flat"), (40, "bushy"), (300, "bushy"), (300, "deep"),
         (300, "flat"), (300, "cycles"), (1500, "bushy"), (1500, "cycles"), (800, "deep")]
    )]  # fmt: skip
    for seed, n, shape in forests:
        for options_name, options in (("tidy", LayoutOptions()), ("tight", TIGHT),
                                      ("widestacks", WIDE_STACKS)):  # fmt: skip

            def run(seed: int = seed, n: int = n, shape: str = shape,
                    options: LayoutOptions = options) -> list[list[Layout]]:  # fmt: skip
                s, measure = random_forest(seed, n, shape)
                rng = random.Random(seed + 1000)
                ids = sorted(s.units)
                hidden = frozenset(rng.sample(ids, min(len(ids), 3)))
                stops = frozenset(rng.sample(ids, min(len(ids), n // 20)))
                compact = replace(options, compact=True)
                out = [
                    [layout_tree(s, measure=measure, options=options)],
                    [layout_tree(s, measure=measure, options=options, collapsed=hidden)],
                    [layout_tree(s, measure=measure, options=options, max_depth=2)],
                    [layout_tree(s, measure=measure, options=options, root=ids[len(ids) // 3])],
                    [layout_tree(s, measure=measure, options=compact)],
                    [
                        layout_tree(
                            s, measure=measure, options=compact, collapsed=hidden, max_depth=4
                        )
                    ],
                ]
                charts = layout_charts(s, sorted(stops | {ids[0]}), measure=measure,
                                       options=options, stops=stops)  # fmt: skip
                charts_compact = layout_charts(s, sorted(stops), measure=measure,
                                               options=compact, stops=stops)  # fmt: skip
                return [*out, list(charts.values()), list(charts_compact.values())]

            yield f"{shape}-{n}-seed{seed}-{options_name}", run
    for units, seed in ((200, 3), (3000, 5)):

        def plan(units: int = units, seed: int = seed) -> list[list[Layout]]:
            from rbdesk.rules import default_catalogue

            s, measure = generated(units, seed)
            opds = subtrees_by_opd(s, default_catalogue())
            return [
                [layout_tree(s, measure=measure)],
                [layout_tree(s, measure=measure, max_depth=2)],
                [layout_tree(s, measure=measure, collapsed=frozenset(opds[::3]))],
                [layout_compact(s, measure=measure)],
                [layout_compact(s, measure=measure, options=replace(COMPACT, wrap_width=500))],
                list(layout_charts(s, opds, measure=measure, stops=opds).values()),
                list(layout_charts(s, opds, measure=measure, stops=opds, options=COMPACT).values()),
            ]

        yield f"plan-{units}-seed{seed}", plan


def fingerprints() -> dict[str, list[str]]:
    return {name: [digest(*group) for group in run()] for name, run in cases()}


@pytest.mark.parametrize(("name", "run"), list(cases()), ids=[name for name, _ in cases()])
def test_layout_is_unchanged(name: str, run: Callable[[], list[list[Layout]]]) -> None:
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))[name]
    got = [digest(*group) for group in run()]
    assert len(got) == len(expected)
    changed = [i for i, (a, b) in enumerate(zip(got, expected, strict=True)) if a != b]
    assert changed == [], f"{name}: layouts number {changed} differ from before the speed-up"


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    GOLDEN.write_text(json.dumps(fingerprints(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
