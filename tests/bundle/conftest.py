"""The bundle, built once per test session from ``build.spec`` and copied away from the
checkout, and the sandboxes its programs run in."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.bundle.sandbox import REPO, Sandbox, check_tools, required, say


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    """``pyinstaller build.spec`` into a temporary folder; the built ``rbdesk/`` folder
    copied to a folder of its own, the build removed."""
    required(sys.platform.startswith("linux"), "the bundle test runs on Linux")
    required(
        importlib.util.find_spec("PyInstaller") is not None,
        "PyInstaller is not installed (python3 -m pip install -e '.[test]')",
    )
    required(
        shutil.which("patchelf") is not None,
        "patchelf is not installed (apt-get install patchelf); build.spec needs it to keep "
        "the libraries from searching the Python installation",
    )
    check_tools(tmp_path_factory.mktemp("probe") / "hidden")
    build = tmp_path_factory.mktemp("build")
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(build / "dist"), "--workpath", str(build / "work"),
         str(REPO / "build.spec")],
        cwd=build, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    seconds = time.monotonic() - started
    assert done.returncode == 0, f"{done.stdout[-5000:]}\n{done.stderr[-5000:]}"
    say(request.config, f"pyinstaller build.spec took {seconds:.0f} s")
    folder = tmp_path_factory.mktemp("offline") / "rbdesk"
    shutil.copytree(build / "dist" / "rbdesk", folder, symlinks=True)
    shutil.rmtree(build)
    return folder


@pytest.fixture(scope="module")
def sandbox(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Sandbox:
    """A sandbox shared by a module's tests (its plans and settings carry over)."""
    return Sandbox(bundle, tmp_path_factory.mktemp("sandbox"))


@pytest.fixture
def fresh_sandbox(bundle: Path, tmp_path: Path) -> Sandbox:
    """A sandbox of its own: an empty home, as on a first run."""
    return Sandbox(bundle, tmp_path)
