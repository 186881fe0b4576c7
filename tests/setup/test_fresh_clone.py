"""README's quick start on a fresh clone (``tests/setup/fresh_clone.sh``): the
repository alone installs, runs and passes its light tests, needing nothing beside it.

Slow (a fresh virtual environment and the light test set, a few minutes): it runs in
``bash .ci/run``, not in the light set it runs itself."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent.parent
SCRIPT = REPO / "tests" / "setup" / "fresh_clone.sh"


@pytest.mark.slow
def test_a_fresh_clone_installs_runs_and_passes() -> None:
    if shutil.which("git") is None:
        pytest.fail("git is needed to clone the repository (README step 2 installs it)")
    # Outside pytest's root-only tmp_path: the clone's own tests open a plan as the
    # nobody user (tests/store/test_read_only.py), who must be able to read the clone.
    base = Path(tempfile.mkdtemp(prefix="rbdesk-clone-"))
    base.chmod(0o755)
    work = base / "empty"
    try:
        done = subprocess.run(
            ["bash", str(SCRIPT), str(REPO), str(work)],
            capture_output=True, text=True, timeout=1800,
        )  # fmt: skip
    finally:
        shutil.rmtree(base, ignore_errors=True)
    log = done.stdout[-6000:] + done.stderr[-4000:]
    assert done.returncode == 0, log
    assert "fresh clone: every step passed" in done.stdout
    assert "window.png: 1366x768" in done.stdout
    assert " passed" in done.stdout and " failed" not in done.stdout
    assert not (work / "shared").exists()
