"""A unit name longer than its limit in a reference CSV (issue 17 item 9) is a problem
of its row and column, said with the limit; the row's other problems are not listed
(they would quote the whole name), and a child naming it as parent is told the same.
A name at the limit imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from rbdesk.domain.limits import MAX_NAME
from rbdesk.interchange.reference_csv import CsvImportError, import_reference_csv
from rbdesk.rules import default_catalogue

LONG = "Dinas " + "Kesehatan " * 1000


def _csv(tmp_path: Path, *rows: tuple[str, str, str]) -> Path:
    path = tmp_path / "opd.csv"
    lines = [("unit", "parent_unit", "unit_kind"), ("Bupati Contoh", "", "kepala_daerah"), *rows]
    path.write_text("".join(",".join(r) + "\r\n" for r in lines), encoding="utf-8")
    return path


def test_a_long_name_is_a_problem_of_its_row_and_column(tmp_path: Path) -> None:
    path = _csv(tmp_path, (LONG, "Bupati Contoh", "dinas"), ("Bidang Umum", LONG, "bidang"),
                ("Dinas Sosial", "Bupati Contoh", "dinas"))  # fmt: skip
    with pytest.raises(CsvImportError) as failed:
        import_reference_csv(path, default_catalogue())
    said = [p.said("en") for p in failed.value.problems]
    assert said == [
        f"row 3, column unit: unit name too long: {len(LONG.strip())} characters, at most 300",
        f"row 4, column parent_unit: unit name too long: {len(LONG.strip())} characters, "
        "at most 300",
    ]
    indonesian = failed.value.problems[0].said("id")
    assert indonesian.startswith("baris 3, kolom unit: nama unit terlalu panjang")


def test_a_name_at_the_limit_imports(tmp_path: Path) -> None:
    name = ("Dinas " + "Kesehatan " * 40)[: MAX_NAME - 1] + "X"
    result = import_reference_csv(_csv(tmp_path, (name, "Bupati Contoh", "dinas")),
                                  default_catalogue())  # fmt: skip
    assert name in {u.name for u in result.structure.units.values()}


def test_the_command_refuses_and_writes_nothing(tmp_path: Path) -> None:
    path = _csv(tmp_path, (LONG, "Bupati Contoh", "dinas"))
    out = tmp_path / "plan.rbd"
    done = subprocess.run(
        [sys.executable, "-m", "rbdesk", "import-csv", str(path), "-o", str(out), "--lang", "en"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "row 3, column unit: unit name too long" in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr) < 2000  # the name is not quoted
    assert not out.exists()
