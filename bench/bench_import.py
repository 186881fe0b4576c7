"""Benchmark of ``rbdesk import`` of a large XLSX sheet (issue 15: a 100k-row sheet
imports within 10x the time of reading it with openpyxl alone, in less than 1 GB).

Run by hand: ``python bench/bench_import.py [--rows 100000] [--repeat 3]``.

It writes a generated sheet of the sample's form (a Bupati, dinas, bidang, seksi
under them by name, Indonesian headers, ``II.b``-style eselon) once, then times as the
median of ``--repeat`` runs:

* floor: reading every row of the workbook with openpyxl in read-only mode (values),
  nothing else;
* read: :func:`rbdesk.interchange.sheets.read_sheet` (header found, rows as text);
* import: :func:`rbdesk.interchange.sheet_import.import_sheet` (read, map, check, build
  the structure), without writing the plan;
* write: ``Store.build`` of the result (the plan file written).

and the peak memory of the import (``tracemalloc``, Python's allocations). It is a
report, not a test: nothing fails when the numbers are high.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def make_sheet(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    ws = book.create_sheet("Unit Kerja")
    ws.append(["DAFTAR UNIT KERJA PEMERINTAH KABUPATEN UJI"])
    ws.append(["Nama Unit", "Induk", "Jenis", "Eselon", "Pegawai"])
    ws.append(["Bupati Uji", "", "Kepala Daerah", "", ""])
    written = 1
    n = 0
    while written < rows:
        n += 1
        dinas = f"Dinas Uji {n}"
        ws.append([dinas, "Bupati Uji", "Dinas", "II.b", 40])
        written += 1
        for b in range(1, 4):
            bidang = f"Bidang {b} Dinas Uji {n}"
            ws.append([bidang, dinas, "Bidang", "III.a", 12])
            written += 1
            for s in range(1, 4):
                if written >= rows:
                    break
                ws.append([f"Seksi {s} Bidang {b} Dinas Uji {n}", bidang, "Seksi", "IV.a", 4])
                written += 1
    book.save(path)


def timed(fn, repeat: int) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from openpyxl import load_workbook

    from rbdesk.domain.model import Level
    from rbdesk.interchange.sheet_import import import_sheet
    from rbdesk.interchange.sheets import read_sheet
    from rbdesk.rules import default_catalogue
    from rbdesk.store import Store

    catalogue = default_catalogue()
    with tempfile.TemporaryDirectory() as folder:
        sheet = Path(folder) / "unit.xlsx"
        make_sheet(sheet, args.rows)
        memory = Path(folder) / "m.json"

        def floor() -> None:
            book = load_workbook(sheet, read_only=True, data_only=True)
            for _row in book.worksheets[0].iter_rows(values_only=True):
                pass
            book.close()

        def imported() -> object:
            return import_sheet(sheet, catalogue, level=Level.KABUPATEN, memory=memory)

        base = timed(floor, args.repeat)
        read = timed(lambda: read_sheet(sheet), args.repeat)
        whole = timed(imported, args.repeat)
        _, _, result = imported()
        plan = Path(folder) / "p.rbd"

        def write() -> None:
            plan.unlink(missing_ok=True)
            Store.build(plan, result.region, [result.structure]).close()

        written = timed(write, args.repeat)
        tracemalloc.start()
        imported()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    units = len(result.structure.units)
    print(f"rows {args.rows} ({units} units), median of {args.repeat}")
    print(f"  floor (openpyxl read)  {base:9.0f} ms   1.0x")
    print(f"  read_sheet             {read:9.0f} ms  {read / base:4.1f}x")
    print(f"  import (no write)      {whole:9.0f} ms  {whole / base:4.1f}x   target <= 10x")
    print(f"  plan written           {written:9.0f} ms  {written / base:4.1f}x")
    print(f"  peak memory of import  {peak / 2**20:9.0f} MB           target < 1024 MB")


if __name__ == "__main__":
    main()
