"""Translations of the window: the ``.ts`` files are the translators' source
(``tools/translations.py`` updates and compiles them). Every string of ``rbdesk/ui`` is
in ``rbdesk_id.ts`` with a finished Indonesian translation, and each shipped ``.qm`` is
what lrelease makes of its ``.ts``. The PySide6 tools always run: they come with PySide6."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rbdesk.paths import resource_path
from tools.translations import SCANNED, TRANSLATIONS, messages, release, tool, unfinished, update

TS = resource_path("i18n", "rbdesk_id.ts")
QM = resource_path("i18n", "rbdesk_id.qm")
UI = Path(__file__).resolve().parents[2] / "rbdesk" / "ui"


def test_the_tools_are_found() -> None:
    assert tool("lupdate").is_file()
    assert tool("lrelease").is_file()


def test_the_script_covers_the_shipped_files() -> None:
    assert SCANNED == {TS: UI}
    assert TS in TRANSLATIONS and resource_path("i18n", "qtbase_id.ts") in TRANSLATIONS


def test_every_string_is_translated() -> None:
    assert messages(TS), "no message read"
    assert unfinished(TS) == []


def test_the_ts_file_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    """lupdate into a copy changes no message: no new string, none gone."""
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    update(copy, UI)
    before, after = messages(TS), messages(copy)
    assert sorted(after.keys() - before.keys()) == [], "new strings: run tools/translations.py"
    assert sorted(before.keys() - after.keys()) == [], "strings gone: run tools/translations.py"
    assert after == before


@pytest.mark.parametrize("ts", TRANSLATIONS, ids=lambda p: p.name)
def test_the_qm_file_is_compiled_from_the_ts(ts: Path, tmp_path: Path) -> None:
    out = release(ts, tmp_path / "x.qm")
    assert out.read_bytes() == ts.with_suffix(".qm").read_bytes()
