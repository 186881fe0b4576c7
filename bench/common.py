"""What the benchmarks share: a median timer and the report of figures as milliseconds,
as ratios to the floor measured in the same run, and as the 100k/10k growth."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any


def timed(func: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median wall time of ``func`` in ms over ``repeat`` runs, and its last result."""
    times = []
    result = None
    for _ in range(repeat):
        result = None  # the last run's result is freed before, not inside, the timing
        gc.collect()
        start = time.perf_counter()
        result = func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def report(
    results: Mapping[int, Mapping[str, float]],
    steps: Sequence[str],
    width: int = 13,
    floor: str = "reading the unit rows from SQLite",
) -> None:
    """Print the three tables; ``steps`` must include ``floor``, which ``floor`` names."""
    header = f"{'units':>8} " + " ".join(f"{s:>{width}}" for s in steps)
    print("milliseconds (median)")
    print(header)
    for size, row in results.items():
        print(f"{size:>8} " + " ".join(f"{row[s]:>{width}.1f}" for s in steps))
    print(f"\nratio to the floor ({floor})")
    print(header)
    for size, row in results.items():
        print(f"{size:>8} " + " ".join(f"{row[s] / row['floor']:>{width}.2f}" for s in steps))
    if 10000 in results and 100000 in results:
        print("\n100k as a multiple of 10k (linear = 10x)")
        print(" ".join(f"{s}={results[100000][s] / results[10000][s]:.1f}x" for s in steps))
