"""Test set-up shared by every test: headless Qt and settings of the session's own before
any Qt import, the property tests' profile, and paths.

Nothing of the developer's own set-up reaches a test: the window's settings file (where
the planner's language is kept, read by :func:`rbdesk.i18n.chosen_language` too) is
looked for in a fresh folder of this session, and ``RBDESK_LANG`` is unset. Programs the
tests start inherit both.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
CONFIG = Path(tempfile.mkdtemp(prefix="rbdesk-tests-config-"))
atexit.register(shutil.rmtree, CONFIG, ignore_errors=True)
os.environ["XDG_CONFIG_HOME"] = str(CONFIG)  # Linux and other Unix (rbdesk.i18n, Qt)
os.environ["APPDATA"] = str(CONFIG)  # Windows (rbdesk.i18n; for Qt see below)
os.environ.pop("RBDESK_LANG", None)

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from tests.examples import profile  # noqa: E402 - registers the profiles

# The property tests' profile (tests/examples.py): before any test module is imported,
# so that their @settings start from it.
settings.load_profile(profile())

REPO = Path(__file__).resolve().parent.parent
#: The files tests read, all inside the repository (their sources: SOURCES.md there).
DATA = REPO / "tests" / "data"


@pytest.fixture(scope="session", autouse=True)
def _qt_settings_of_the_session() -> None:
    """Qt's user-scope INI settings in the session's folder on Windows too, where Qt
    finds the roaming folder without looking at ``APPDATA`` (elsewhere Qt follows
    ``XDG_CONFIG_HOME``, and a session of non-window tests needs no Qt)."""
    if sys.platform != "win32":
        return
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(CONFIG))


@pytest.fixture
def test_data() -> Path:
    """``tests/data``: the copied reference files and the plans of old schemas."""
    return DATA
