"""The fuzzing harness for plan files and sheets (issue 17).

Inputs are made from a valid plan and a valid reference CSV, with a seeded
``random.Random``:

* byte-level mutations of the plan file (bytes flipped, runs overwritten with zeros
  or 0xFF, a page duplicated over another, the file cut short or grown);
* crafted schema objects put in with SQLite itself: triggers, views, an index on an
  expression, a virtual table, an ``sqlite_master`` entry altered with
  ``writable_schema``;
* markup and huge texts in the text fields (names, tugas, signatories, region) and
  values outside their sets (eselon, urusan codes, deep signatories JSON);
* byte-level mutations of the CSV, and CSVs in other encodings and delimiters.

Each input runs through the command line in this process (``info``, ``check`` and,
when asked, ``report``; ``import-csv`` for sheets). An outcome is a failure when the
command shows a traceback or exits 70 (an internal error), takes longer than
``SECONDS_PER_MB`` per MB of input plus ``SECONDS_BASE``, or changes anything in
the input's folder (reads never do; a refused file is left exactly as it was).

``tests/fuzz/test_fuzz.py`` runs a short, fixed-seed set; ``bench/fuzz_plans.py``
runs as many as asked and prints the figures.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import random
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rbdesk import cli

SECONDS_BASE = 20.0
SECONDS_PER_MB = 5.0

MARKUP = ['<img src="/dev/zero">', "<font size=80 color=red>X</font>", "<b>", "&amp;<>\"'",
          "<a href='file:///etc/passwd'>x</a>", "\u202eevil", "\x00\x01", "<para>"]  # fmt: skip


@dataclass
class Outcome:
    case: str
    command: str
    exit: int
    seconds: float
    size: int
    problem: str | None = None


@dataclass
class Tally:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.problem]

    def summary(self) -> dict[str, object]:
        exits: dict[int, int] = {}
        for o in self.outcomes:
            exits[o.exit] = exits.get(o.exit, 0) + 1
        worst = max(self.outcomes, key=lambda o: o.seconds / max(o.size / 1e6, 0.1),
                    default=None)  # fmt: skip
        return {
            "runs": len(self.outcomes),
            "failures": len(self.failures),
            "exits": exits,
            "slowest_s": round(max((o.seconds for o in self.outcomes), default=0.0), 2),
            "worst_s_per_mb": round(worst.seconds / max(worst.size / 1e6, 0.1), 2) if worst else 0,
        }


def folder_state(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}  # fmt: skip


def run_cli(args: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.run([*args, "--lang", "en"])
    return code, out.getvalue() + err.getvalue()


def run_case(tally: Tally, case: str, path: Path, commands: list[list[str]]) -> None:
    """Run each command on ``path`` (``{path}``, ``{out}`` in its arguments)."""
    size = path.stat().st_size if path.exists() else 0
    for command in commands:
        folder = path.parent
        before = folder_state(folder)
        out = folder.parent / f"{folder.name}-out.pdf"
        args = [a.format(path=path, out=out) for a in command]
        start = time.perf_counter()
        code, said = run_cli(args)
        seconds = time.perf_counter() - start
        problem = None
        if code == cli.EXIT_INTERNAL or "Traceback" in said:
            problem = f"internal error: {said[-500:]}"
        elif seconds > SECONDS_BASE + SECONDS_PER_MB * size / 1e6:
            problem = f"too slow: {seconds:.1f} s for {size} bytes"
        elif folder_state(folder) != before:
            problem = "the input's folder changed"
        out.unlink(missing_ok=True)
        tally.outcomes.append(Outcome(case, command[0], code, seconds, size, problem))


# -- plans ---------------------------------------------------------------------------------


def mutate_bytes(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    buf = bytearray(data)
    kind = rng.choice(["flip", "zeros", "ones", "page", "cut", "grow", "header"])
    if kind == "flip":
        for _ in range(rng.randint(1, 20)):
            buf[rng.randrange(len(buf))] ^= 1 << rng.randrange(8)
    elif kind in ("zeros", "ones"):
        start = rng.randrange(len(buf))
        length = rng.randint(1, 4096)
        buf[start : start + length] = (b"\x00" if kind == "zeros" else b"\xff") * len(
            buf[start : start + length]
        )
    elif kind == "page":
        page = 4096
        pages = max(1, len(buf) // page)
        src, dst = rng.randrange(pages), rng.randrange(pages)
        buf[dst * page : (dst + 1) * page] = buf[src * page : (src + 1) * page]
    elif kind == "cut":
        del buf[rng.randrange(100, len(buf)) :]
    elif kind == "grow":
        buf += bytes(rng.randrange(256) for _ in range(rng.randint(1, 8192)))
    else:  # the 100-byte header
        at = rng.randrange(100)
        buf[at] = rng.randrange(256)
    return f"bytes:{kind}", bytes(buf)


CRAFTED_SQL = {
    "trigger": ["CREATE TRIGGER t AFTER UPDATE ON region BEGIN DELETE FROM unit; END"],
    "view": ["CREATE VIEW v AS SELECT * FROM unit"],
    "expression_index": ["CREATE INDEX e ON unit(lower(name))"],
    "virtual_table": ["CREATE VIRTUAL TABLE vt USING rtree(id, a, b)"],
    "altered_master": ["PRAGMA writable_schema = ON",
                       "UPDATE sqlite_master SET sql = replace(sql, 'name TEXT NOT NULL', "
                       "'name TEXT NOT NULL DEFAULT (random())') WHERE name = 'unit'"],
    "dropped_index": ["DROP INDEX unit_parent"],
}  # fmt: skip


def _content_sql(rng: random.Random) -> tuple[str, list[tuple[str, list[object]]]]:
    """A crafted content change: markup, a huge text, a value outside its set."""
    choice = rng.choice(["markup_name", "huge_name", "huge_tugas", "eselon", "urusan",
                         "signatories_deep", "signatories_markup", "region_markup",
                         "signatories_many", "deep_chain"])  # fmt: skip
    mark = rng.choice(MARKUP)
    if choice == "markup_name":
        return choice, [("UPDATE unit SET name = ? || name WHERE id % 3 = 0", [mark])]
    if choice == "huge_name":
        size = rng.choice([10_000, 100_000, 1_000_000])
        return choice, [("UPDATE unit SET name = ? WHERE id = (SELECT max(id) FROM unit)",
                         [(mark + "Dinas ") * (size // 20)])]  # fmt: skip
    if choice == "huge_tugas":
        return choice, [("UPDATE unit SET tugas = ?", ["Tugas panjang " * 5000])]
    if choice == "eselon":
        return choice, [("UPDATE unit SET eselon = ? WHERE id % 2 = 0", [mark])]
    if choice == "urusan":
        return choice, [
            (
                "INSERT OR IGNORE INTO urusan_assignment SELECT id, ?, 'main' FROM unit "
                "WHERE id % 4 = 0",
                [rng.choice(["9.99", "<b>x", "", "1.01" * 500])],
            )
        ]
    if choice == "signatories_deep":
        deep = "[" * 100_000 + "]" * 100_000
        return choice, [("INSERT OR REPLACE INTO meta VALUES ('signatories', ?)", [deep])]
    if choice == "signatories_many":
        many = [{"role": "prepared", "name": f"N{n}"} for n in range(20_000)]
        return choice, [("INSERT OR REPLACE INTO meta VALUES ('signatories', ?)",
                         [json.dumps(many)])]  # fmt: skip
    if choice == "signatories_markup":
        one = [{"role": "approved", "name": mark * 300, "nip": mark, "title": "x" * 2400}]
        return choice, [("INSERT OR REPLACE INTO meta VALUES ('signatories', ?)",
                         [json.dumps(one)])]  # fmt: skip
    if choice == "deep_chain":
        return choice, [("UPDATE unit SET parent_id = id - 1 WHERE id > (SELECT min(id) FROM "
                         "unit WHERE parent_id IS NULL AND scenario_id = 1) AND scenario_id = 1",
                         [])]  # fmt: skip
    return choice, [("UPDATE region SET name = ?, preparing_unit = ?", [mark * 50, mark])]


def plan_cases(
    base: Path, folder: Path, rng: random.Random, count: int
) -> Iterator[tuple[str, Path]]:
    """``count`` fuzzed plans, each alone in a folder of its own under ``folder``."""
    data = base.read_bytes()
    for n in range(count):
        where = folder / f"case{n}"
        where.mkdir()
        path = where / "plan.rbd"
        pick = rng.random()
        if pick < 0.45:
            name, mutated = mutate_bytes(data, rng)
            path.write_bytes(mutated)
        else:
            shutil.copyfile(base, path)
            conn = sqlite3.connect(path)
            try:
                if pick < 0.6:
                    name = rng.choice(list(CRAFTED_SQL))
                    statements: list[tuple[str, list[object]]] = [
                        (sql, []) for sql in CRAFTED_SQL[name]
                    ]
                else:
                    name, statements = _content_sql(rng)
                for sql, params in statements:
                    conn.execute(sql, params)
                conn.commit()
            except sqlite3.Error:
                pass
            finally:
                conn.close()
            name = f"sql:{name}"
        yield f"{n}:{name}", path


# -- sheets --------------------------------------------------------------------------------


def csv_cases(
    base: bytes, folder: Path, rng: random.Random, count: int
) -> Iterator[tuple[str, Path]]:
    text = base.decode("utf-8")
    for n in range(count):
        where = folder / f"csv{n}"
        where.mkdir()
        path = where / "opd.csv"
        pick = rng.choice(["bytes", "utf16", "cp1252", "tabs", "markup", "huge", "quote",
                           "nbsp", "lines"])  # fmt: skip
        if pick == "bytes":
            _, raw = mutate_bytes(base, rng)
        elif pick == "utf16":
            raw = text.replace(",", "\t").encode("utf-16")
        elif pick == "cp1252":
            raw = text.encode("cp1252", errors="replace")
        elif pick == "tabs":
            raw = text.replace(",", "\t", rng.randint(1, 50)).encode()
        elif pick == "markup":
            raw = text.replace("Dinas", rng.choice(MARKUP), rng.randint(1, 5)).encode()
        elif pick == "huge":
            raw = text.replace("Dinas", "Dinas " * rng.choice([1000, 20_000]), 1).encode()
        elif pick == "quote":
            raw = text.replace(",", ',"', rng.randint(1, 3)).encode()
        elif pick == "nbsp":
            raw = text.replace(" ", "\u00a0", rng.randint(1, 10)).encode()
        else:
            lines = text.splitlines(keepends=True)
            rng.shuffle(lines)
            raw = "".join(lines).encode()
        path.write_bytes(raw)
        yield f"{n}:{pick}", path


PLAN_COMMANDS: list[list[str]] = [["info", "{path}"], ["check", "{path}"]]
REPORT_COMMAND: list[str] = ["report", "{path}", "-o", "{out}"]


def fuzz(
    base_plan: Path,
    base_csv: bytes,
    folder: Path,
    *,
    seed: int,
    plans: int,
    sheets: int,
    reports_every: int = 0,
    on_case: Callable[[str], None] | None = None,
) -> Tally:
    """Run ``plans`` fuzzed plans and ``sheets`` fuzzed sheets; a report every
    ``reports_every``-th plan (0: none)."""
    rng = random.Random(seed)
    tally = Tally()
    for n, (case, path) in enumerate(plan_cases(base_plan, folder, rng, plans)):
        if on_case:
            on_case(case)
        commands = list(PLAN_COMMANDS)
        if reports_every and n % reports_every == 0:
            commands.append(REPORT_COMMAND)
        run_case(tally, case, path, commands)
    for case, path in csv_cases(base_csv, folder, rng, sheets):
        if on_case:
            on_case(case)
        out = path.parent.parent / f"{path.parent.name}.rbd"
        run_case(tally, case, path, [["import-csv", "{path}", "-o", str(out)]])
        out.unlink(missing_ok=True)
    return tally
