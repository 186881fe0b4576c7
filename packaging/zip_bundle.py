"""Zip the built bundle to copy onto a USB stick.

``python packaging/zip_bundle.py [FOLDER] [-o OUT.zip]`` zips ``dist/rbdesk`` (the folder
``pyinstaller build.spec`` writes) into ``dist/rbdesk-VERSION-PLATFORM.zip``, the folder
``rbdesk/`` at the top of the archive.

Symbolic links stay links: on Linux PyInstaller links Qt's libraries into ``_internal/``,
and an archiver that follows them stores each library twice. ``unzip`` on Linux restores
them; a Windows bundle has none.
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
import sysconfig
import zipfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def default_name() -> str:
    """``rbdesk-0.1.0-linux-x86_64.zip``, the version of the checkout beside this file."""
    sys.path.insert(0, str(ROOT))
    from rbdesk import __version__

    platform = sysconfig.get_platform().replace("-", "_").replace(".", "_")
    return f"rbdesk-{__version__}-{platform}.zip"


def zip_folder(folder: Path, out: Path) -> int:
    """Write ``folder`` into the archive ``out`` under its own name; return the archive's
    size in bytes."""
    folder = folder.resolve()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(folder.rglob("*")):
            name = str(Path(folder.name) / path.relative_to(folder))
            if path.is_symlink():
                info = zipfile.ZipInfo(name)
                info.create_system = 3  # Unix: external_attr holds the mode
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                archive.writestr(info, os.readlink(path))
            elif path.is_file() or path.is_dir():
                archive.write(path, name)
    return out.stat().st_size


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folder", nargs="?", default=str(ROOT / "dist" / "rbdesk"), help="the built bundle"
    )
    parser.add_argument("-o", "--output", help="the zip to write (default: beside FOLDER)")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    if not (folder / "_internal").is_dir():
        parser.error(f"{folder} is not a bundle built by 'pyinstaller build.spec'")
    out = Path(args.output) if args.output else folder.parent / default_name()
    size = zip_folder(folder, out)
    print(f"wrote {out}: {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
