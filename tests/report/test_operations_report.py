"""The report's *Langkah Penataan* chapter prints each operation made from the command
line with its reason and its legal basis."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from rbdesk.cli import run
from rbdesk.interchange.sample import write_sample

PROPOSAL = "Usulan Uji"
REASON = "Bidang melebihi batas tipe B; tugasnya telah dilaksanakan UPT"
BASIS = "PP 18/2016 Pasal 82 ayat (1)"


def _text(pdf: Path) -> str:
    """The PDF's text with every run of white space as one space (cells wrap)."""
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(pdf).pages))


def test_a_cli_operation_prints_with_its_reason_and_basis(tmp_path: Path) -> None:
    plan = tmp_path / "plan.rbd"
    write_sample(plan).close()
    assert run(["propose", str(plan), "--name", PROPOSAL]) == 0
    assert run(["op", str(plan), "--scenario", PROPOSAL, "abolish", "Bidang Pengujian Sarana",
                "--reason", REASON, "--basis", BASIS, "--date", "2027-02-03"]) == 0  # fmt: skip
    assert run(["op", str(plan), "--scenario", PROPOSAL, "rename", "Dinas Perhubungan",
                "--to", "Dinas Perhubungan Daerah", "--reason", "Nomenklatur"]) == 0  # fmt: skip
    out = tmp_path / "usulan.pdf"
    assert run(["report", str(plan), "-o", str(out), "--to", PROPOSAL]) == 0
    text = _text(out)
    assert "Usulan terdiri atas 2 langkah penataan" in text  # the summary
    assert "disusun melalui 2 langkah penataan" in text  # the chapter
    assert "Belum ada langkah penataan" not in text
    assert REASON in text
    assert f"Dasar hukum: {BASIS}" in text
    assert "3 Februari 2027" in text
    assert "Nomenklatur" in text

    english = tmp_path / "proposal.pdf"
    assert run(["report", str(plan), "-o", str(english), "--to", PROPOSAL, "--lang", "en"]) == 0
    assert f"Legal basis: {BASIS}" in _text(english)
