"""The long run of the fuzzing harness (``tests/fuzz/harness.py``).

Run by hand: ``python bench/fuzz_plans.py [--plans 500] [--sheets 300] [--reports-every 10]
[--seed N] [--units N]``.

Fuzzed plans (byte mutations of a valid plan, crafted schema objects, markup, huge texts
and values outside their sets) go through ``rbdesk info``, ``check`` and every
``--reports-every``-th through ``report``; fuzzed sheets through ``import-csv``. It
prints how many inputs were tried, how the commands ended (exit statuses), the slowest
run, the worst seconds per MB, and every failure: a traceback or internal error, a run
over the time bound, or a change in the input's folder. Exit status 1 when any failed.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rbdesk.interchange.sample import write_sample  # noqa: E402
from rbdesk.interchange.synthetic import write_generated  # noqa: E402
from tests.fuzz.harness import fuzz  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=500)
    parser.add_argument("--sheets", type=int, default=300)
    parser.add_argument("--reports-every", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--units",
        type=int,
        default=0,
        help="fuzz a generated plan of this many units instead of the sample",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rbdesk-fuzz-") as tmp:
        folder = Path(tmp)
        base = folder / "base.rbd"
        store = write_generated(base, args.units) if args.units else write_sample(base)
        store.close()
        cases = folder / "cases"
        cases.mkdir()
        start = time.perf_counter()
        tally = fuzz(base, (ROOT / "tests" / "data" / "mojokerto.csv").read_bytes(), cases,
                     seed=args.seed, plans=args.plans, sheets=args.sheets,
                     reports_every=args.reports_every)  # fmt: skip
        summary = tally.summary()
        summary["base_bytes"] = base.stat().st_size
        summary["wall_s"] = round(time.perf_counter() - start, 1)
    print(json.dumps(summary, indent=1))
    for failure in tally.failures:
        print(f"FAIL {failure.case} {failure.command}: {failure.problem}")
    return 1 if tally.failures else 0


if __name__ == "__main__":
    sys.exit(main())
