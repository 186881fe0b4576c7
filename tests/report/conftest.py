"""Plans and reports shared by the report tests: the sample region with a unit whose
name holds markup characters and with signatories, written once per session."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from rbdesk.domain.model import Signatory, SignatoryRole
from rbdesk.interchange.sample import write_sample
from rbdesk.report import ReportInputs, ReportOptions, ReportResult, gather, write_report
from rbdesk.store import Store

LITBANG = "Bidang <Litbang> & Inovasi"
DAY = date(2026, 11, 27)
PREPARED = Signatory(SignatoryRole.PREPARED, "Dra. Sri <Wahyuni> & Rekan, M.Si.",
                     "19700101 199003 2 001", "Kepala Bagian Organisasi")  # fmt: skip


def _require(tool: str) -> None:
    """A missing PDF tool skips the test on a developer's machine and fails it in CI
    (the environment variable ``CI`` set, as CI services do), where ``.ci/run``
    installs poppler-utils and qpdf."""
    if shutil.which(tool) is not None:
        return
    reason = f"{tool} is not installed (apt-get install poppler-utils qpdf)"
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        pytest.fail(f"{reason}; CI requires it")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def sample_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample region; in the proposal a bidang of the Bappeda renamed to LITBANG;
    the 'prepared' signatory named, the two others left blank."""
    path = tmp_path_factory.mktemp("plan") / "sukamaju.rbd"
    with write_sample(path) as store:
        proposal = store.scenarios()[1]
        structure = store.load(proposal.id)
        bappeda = next(u for u in structure.units.values() if "Penelitian" in u.name)
        bidang = next(u for u in structure.units.values()
                      if u.parent_id == bappeda.id and u.kind == "bidang")  # fmt: skip
        store.update_unit(replace(bidang, name=LITBANG))
        store.set_signatories([PREPARED])
    return path


@pytest.fixture(scope="session")
def sample_inputs(sample_plan: Path) -> ReportInputs:
    with Store.open(sample_plan, read_only=True) as store:
        return gather(store)


@pytest.fixture(scope="session")
def sample_report(
    sample_inputs: ReportInputs, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, ReportResult]:
    out = tmp_path_factory.mktemp("report") / "usulan.pdf"
    return out, write_report(sample_inputs, out, ReportOptions(day=DAY))


@pytest.fixture(scope="session")
def english_report(
    sample_inputs: ReportInputs, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, ReportResult]:
    out = tmp_path_factory.mktemp("report_en") / "proposal.pdf"
    return out, write_report(sample_inputs, out, ReportOptions(lang="en", paper="F4", day=DAY))


def run_tool(*args: str) -> subprocess.CompletedProcess[str]:
    _require(args[0])
    return subprocess.run(list(args), capture_output=True, text=True, timeout=600)
