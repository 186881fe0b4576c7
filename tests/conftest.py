"""Test set-up shared by every test: headless Qt before any Qt import, and paths."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture
def shared_data() -> Path:
    """``../shared/data`` beside the checkout (CI lays it there too)."""
    path = SHARED / "data"
    if not path.is_dir():
        pytest.fail(f"shared data folder missing: {path}")
    return path
