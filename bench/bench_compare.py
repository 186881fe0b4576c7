"""Time the metrics and the comparison on generated plans of 1k, 10k and 100k units.

    python bench/bench_compare.py [--sizes 1000 10000 100000] [--repeat 7]

The scenarios are the generated current structure and its proposal, with the
findings of the real analysis and the span bands of the shipped rule pack. Prints, per
size, the best and the median of ``--repeat`` runs in milliseconds of:
``build_context`` of one scenario (for scale: every analysis pays it), ``metrics`` of one
scenario, ``compare`` (both scenarios' metrics included) and ``diff`` (``compare`` given
both metrics, i.e. lineage, unit changes and findings matching alone). Then the ratio of
the largest size to the one ten times smaller: about 10 means linear, 100 quadratic.
It is a report, not a test: nothing fails when the numbers are high.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable

from rbdesk.analysis.compare import compare
from rbdesk.analysis.context import build_context
from rbdesk.analysis.engine import analyse
from rbdesk.analysis.metrics import scenario_metrics
from rbdesk.interchange.synthetic import generate
from rbdesk.rules.catalogue import default_catalogue
from rbdesk.rules.pack import load_pack

PACK = load_pack()
BANDS = [(band.id, band.min, band.max) for band in PACK.span_bands]


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Best and median wall time of ``fn`` in milliseconds."""
    runs = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000)
    return min(runs), statistics.median(runs)


def bench(size: int, repeat: int) -> dict[str, tuple[float, float]]:
    region, (current, proposal) = generate(size, seed=1)
    cat = default_catalogue()
    before = build_context(current, region, cat)
    after = build_context(proposal, region, cat)
    found_before = analyse(current, region, pack=PACK)  # untimed: the checks' own bench
    found_after = analyse(proposal, region, pack=PACK)
    m_before = scenario_metrics(before, found_before, BANDS)
    m_after = scenario_metrics(after, found_after, BANDS)
    result = compare(before, after, found_before, found_after, BANDS)
    print(
        f"{size:>7} units, {len(current.positions)} positions: {len(result.changes)} changes "
        f"{result.counts()}; findings {len(found_before)} -> {len(found_after)} "
        f"({len(result.resolved)} resolved, {len(result.introduced)} introduced)"
    )
    return {
        "build_context": timed(lambda: build_context(current, region, cat), repeat),
        "metrics": timed(lambda: scenario_metrics(before, found_before, BANDS), repeat),
        "compare": timed(lambda: compare(before, after, found_before, found_after, BANDS), repeat),
        "diff": timed(
            lambda: compare(
                before,
                after,
                found_before,
                found_after,
                BANDS,
                before_metrics=m_before,
                after_metrics=m_after,
            ),
            repeat,
        ),  # fmt: skip
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    results = {size: bench(size, args.repeat) for size in args.sizes}
    names = list(next(iter(results.values())))
    print()
    print(f"{'units':>7}  " + "  ".join(f"{n + ' best/median ms':>28}" for n in names))
    for size, row in results.items():
        cells = "  ".join(f"{best:>14.2f} /{median:>11.2f}" for best, median in row.values())
        print(f"{size:>7}  {cells}")
    sizes = sorted(results)
    if len(sizes) >= 2:
        big, small = sizes[-1], sizes[-2]
        print()
        print(f"ratio {big} / {small} units (best times; x{big / small:g} units):")
        for name in names:
            print(f"  {name:>14}: x{results[big][name][0] / results[small][name][0]:.1f}")


if __name__ == "__main__":
    main()
