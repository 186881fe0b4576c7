"""Translations: every visible string of the window has an Indonesian translation, the
shipped .qm is compiled from the .ts, and the lupdate scan finds no new string."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from rbdesk.paths import resource_path
from tools import translations_id

TS = resource_path("i18n", "rbdesk_id.ts")
QM = resource_path("i18n", "rbdesk_id.qm")
UI = Path(__file__).resolve().parents[2] / "rbdesk" / "ui"


def test_every_string_is_translated() -> None:
    assert translations_id.missing(TS) == []
    for message in ET.parse(TS).iter("message"):
        translation = message.find("translation")
        assert translation is not None and (translation.text or "").strip(), message.findtext(
            "source"
        )
        assert translation.get("type") not in ("unfinished", "obsolete")


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="needs PySide6 tools")
def test_the_ts_file_holds_every_string_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in UI.glob("*.py"))
    subprocess.run(["pyside6-lupdate", *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)  # fmt: skip
    found = {m.findtext("source") for m in ET.parse(fresh).iter("message")}
    shipped = {m.findtext("source") for m in ET.parse(TS).iter("message")}
    assert found <= shipped, sorted(found - shipped)


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None, reason="needs PySide6 tools")
def test_the_qm_file_is_compiled_from_the_ts(tmp_path: Path) -> None:
    out = tmp_path / "x.qm"
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(out)], check=True,
                   capture_output=True)  # fmt: skip
    assert out.read_bytes() == QM.read_bytes()
