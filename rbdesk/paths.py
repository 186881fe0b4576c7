"""The one place that finds files shipped with rbdesk, from source or frozen."""

from __future__ import annotations

import sys
from pathlib import Path

#: Where ``build.spec`` puts the contents of ``resources/`` inside the bundle, relative
#: to the folder PyInstaller unpacks the program into (``sys._MEIPASS``).
BUNDLED_RESOURCES = "resources"


def resource_root() -> Path:
    """The ``resources/`` folder: inside the bundle that PyInstaller unpacks
    (``sys._MEIPASS``) when frozen; otherwise beside the modules in an install
    (``rbdesk/resources``), or beside the package in a source checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / BUNDLED_RESOURCES
    here = Path(__file__).resolve().parent
    packaged = here / "resources"
    if packaged.is_dir():
        return packaged
    return here.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a shipped file, e.g. ``resource_path("catalogue", "urusan.csv")``."""
    return resource_root().joinpath(*parts)
