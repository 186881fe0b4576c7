"""A killed report leaves its partial file; the next report to that target removes it
(issue 17 item 14), and a report in progress elsewhere keeps its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_the_next_report_tidies_what_killed_ones_left(tmp_path: Path) -> None:
    plan = tmp_path / "s.rbd"
    run = [sys.executable, "-m", "rbdesk"]
    assert subprocess.run([*run, "sample", "-o", str(plan)], capture_output=True,
                          timeout=120).returncode == 0  # fmt: skip
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    out = tmp_path / "usulan.pdf"
    killed = [tmp_path / f".usulan.pdf.{gone}-0123abcd.partial",
              tmp_path / f".usulan.pdf.{gone}-89abcdef.partial"]  # fmt: skip
    for path in killed:
        path.write_bytes(b"")
    running = tmp_path / f".usulan.pdf.{os.getpid()}-deadbeef.partial"  # a live process's
    running.write_bytes(b"%PDF")
    other = tmp_path / f".lain.pdf.{gone}-0123abcd.partial"  # another target's
    other.write_bytes(b"")
    done = subprocess.run([*run, "report", str(plan), "-o", str(out)], capture_output=True,
                          text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert out.exists()
    assert not any(p.exists() for p in killed)
    assert running.exists() and other.exists()
