"""Update and compile the window's translations: ``python tools/translations.py``.

The ``.ts`` files in ``resources/i18n`` are the translators' source, edited in Qt
Linguist (``pyside6-linguist``) or by hand:

- ``rbdesk_id.ts``: the window's own strings. This script brings it up to date with
  ``rbdesk/ui/*.py`` (``pyside6-lupdate -no-obsolete``: new strings arrive unfinished,
  removed ones go, every translation already made stays);
- ``qtbase_id.ts``: Qt's own stock buttons and dialogs, which Qt does not translate into
  Indonesian. Kept by hand; lupdate never touches it.

It then compiles both to ``.qm`` (``pyside6-lrelease``) and lists every message that has
no finished translation: exit status 1 if there is any, so a new string is noticed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
#: The .ts files lupdate keeps up to date, with the source folder they translate.
SCANNED = {I18N / "rbdesk_id.ts": ROOT / "rbdesk" / "ui"}
#: Every .ts file compiled to a .qm beside it.
TRANSLATIONS = [I18N / "rbdesk_id.ts", I18N / "qtbase_id.ts"]


def tool(name: str) -> Path:
    """A Qt tool PySide6 ships (``lupdate``, ``lrelease``): ``pyside6-<name>`` beside the
    Python that runs this (the PySide6 it imports, so the ``.qm`` it writes is the one the
    tests expect), else on the PATH, else the binary in the PySide6 package."""
    exe = ".exe" if sys.platform == "win32" else ""
    scripts = Path(sys.executable).parent
    for folder in (scripts, scripts / "Scripts", scripts / "bin"):
        candidate = folder / f"pyside6-{name}{exe}"
        if candidate.is_file():
            return candidate
    found = shutil.which(f"pyside6-{name}")
    if found:
        return Path(found)
    import PySide6

    package = Path(PySide6.__file__ or "").resolve().parent
    candidate = package / f"{name}{exe}"
    if candidate.is_file():
        return candidate
    raise FileNotFoundError(f"pyside6-{name} not found: is PySide6 installed?")


def _run(command: list[str | os.PathLike[str]]) -> None:
    done = subprocess.run(
        [str(c) for c in command], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, command))} failed:\n{done.stdout}{done.stderr}")


def update(ts: Path, sources: Path) -> None:
    """Bring ``ts`` up to date with the ``*.py`` files of ``sources`` (lupdate)."""
    files = sorted(os.path.relpath(p, ROOT) for p in sources.glob("*.py"))
    _run([tool("lupdate"), *files, "-ts", ts, "-no-obsolete", "-locations", "absolute"])


def release(ts: Path, qm: Path | None = None) -> Path:
    """Compile ``ts`` to ``qm`` (default: beside it) with lrelease."""
    qm = qm or ts.with_suffix(".qm")
    _run([tool("lrelease"), ts, "-qm", qm])
    return qm


def messages(ts: Path) -> dict[tuple[str, str, str], tuple[str, str]]:
    """Every message of ``ts``: (context, source, comment) -> (translation, its type:
    ``""`` when finished, else ``unfinished``, ``vanished``, ``obsolete``)."""
    found: dict[tuple[str, str, str], tuple[str, str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "" if translation is None else (translation.text or "")
            kind = "unfinished" if translation is None else translation.get("type", "")
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = (text, kind)
    return found


def unfinished(ts: Path) -> list[tuple[str, str, str]]:
    """The messages of ``ts`` without a finished, non-empty translation."""
    return sorted(k for k, (text, kind) in messages(ts).items() if kind or not text.strip())


def main() -> int:
    for ts, sources in SCANNED.items():
        update(ts, sources)
    gaps = []
    for ts in TRANSLATIONS:
        release(ts)
        gaps += [(ts.name, *key) for key in unfinished(ts)]
    for name, context, source, comment in gaps:
        note = f" ({comment})" if comment else ""
        print(f"{name}: {context}: no translation for {source!r}{note}", file=sys.stderr)
    return 1 if gaps else 0


if __name__ == "__main__":
    sys.exit(main())
