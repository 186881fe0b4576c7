"""The long run of the crash-safety soak (``tests/store/soak.py``).

Run by hand: ``python bench/soak_crash.py [--kills 1200] [--seed N] [--extra]``.

The kills are shared out over the modes (``--share store:1,document:1,migration:1``):
a writer editing through the store, a writer editing through the document and its
undo stack (plain edits, multi-part steps, undo, redo, merge, split, abolish with
re-homing, conversion to a functional group), and migrations of every historical plan
and new plans (every migration of ``rbdesk.store.schema``; with ``--extra``, two
throw-away migrations after them). After each kill the plan is checked: it opens,
passes the integrity and foreign-key checks, and holds every acknowledged edit.

Prints the figures as JSON: kills per mode and where they landed (with how many of
those left a journal that the next opening rolled back), acknowledged edits verified,
losses, integrity and foreign-key failures, hangs, and the time taken; then every
failure. Exit status 1 when anything failed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1200, help="kills in all (default 1200)")
    parser.add_argument("--share", default="store:1,document:1,migration:1",
                        help="how the kills are shared out over the modes")  # fmt: skip
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--extra", action="store_true",
                        help="soak two throw-away migrations after the real ones too")  # fmt: skip
    parser.add_argument("--keep", action="store_true", help="keep the working folder")
    parser.add_argument("--serial", action="store_true",
                        help="one mode after the other (default: side by side)")  # fmt: skip
    args = parser.parse_args()
    weights = {mode: float(w) for mode, w in (p.split(":") for p in args.share.split(","))}
    total = sum(weights.values())
    kills = {mode: round(args.kills * w / total) for mode, w in weights.items()}

    folder = Path(tempfile.mkdtemp(prefix="rbdesk-soak-"))
    # rbdesk's record of known plans and settings: this run's own, never the user's
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from tests.store.soak import THROWAWAY, soak

    tally, known = soak(folder / "work", kills, seed=args.seed,
                        extra=THROWAWAY if args.extra else None, parallel=not args.serial,
                        progress=lambda line: print(line, file=sys.stderr, flush=True))  # fmt: skip
    summary = tally.summary()
    summary["seed"] = args.seed
    summary["migrations"] = known
    print(json.dumps(summary, indent=1, ensure_ascii=False))
    for kind, message in tally.failures:
        print(f"FAIL {kind}: {message}")
    if args.keep or tally.failures:
        print(f"working folder: {folder}", file=sys.stderr)
    else:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    return 1 if tally.failures else 0


if __name__ == "__main__":
    sys.exit(main())
