"""The one place that finds files shipped with rbdesk, from source or frozen."""

from __future__ import annotations

import os
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


def fsync(path: Path) -> None:
    """Flush a file, or a folder (which makes a rename in it durable), to the disk,
    where the operating system allows it (a folder cannot be opened on Windows).
    A failure is ignored: the write itself succeeded, only its durability is weaker."""
    folder = path.is_dir()
    if folder and sys.platform == "win32":
        return
    try:
        fd = os.open(path, os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if folder else 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
