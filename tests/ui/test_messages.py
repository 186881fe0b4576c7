"""The store's refusals to open a file, said in the window's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from rbdesk.store import PlanFileError, Store
from rbdesk.ui.app import Translations
from rbdesk.ui.messages import localised, said, window_language


@pytest.fixture
def indonesian(qtbot):
    translations = Translations(QApplication.instance())
    translations.use("id")
    yield
    translations.use("en")


def refusal(path: Path) -> PlanFileError:
    with pytest.raises(PlanFileError) as caught:
        Store.open(path)
    return caught.value


def test_reasons_to_refuse_a_file_are_said_in_indonesian(
    indonesian, tmp_path: Path, sukamaju_plan: Path
) -> None:
    empty = tmp_path / "kosong.rbd"
    empty.write_bytes(b"")
    noise = tmp_path / "acak.rbd"
    noise.write_bytes(b"bukan basis data" * 20)
    cut = tmp_path / "terpotong.rbd"
    cut.write_bytes(sukamaju_plan.read_bytes()[:8192])
    cases = {
        tmp_path / "tidak-ada.rbd": "berkasnya tidak ada",
        tmp_path: "itu sebuah folder",
        empty: "berkasnya kosong",
        noise: "bukan rencana rbdesk",
        cut: "berkasnya terpotong",
    }
    for path, words in cases.items():
        error = refusal(path)
        said = str(localised(error))
        assert said.startswith(f"'{path}' tidak dapat dibuka: "), said
        assert words in said, (said, error.reason)


def test_the_window_says_errors_in_its_language(qtbot) -> None:
    """English after switching to English, Indonesian after switching back; an error
    that is not rbdesk's (a system error) as it is."""
    translations = Translations(QApplication.instance())
    error = PlanFileError("/x/y.rbd", "empty")
    try:
        translations.use("en")
        assert window_language() == "en"
        assert said(error) == "cannot open '/x/y.rbd': the file is empty"
        translations.use("id")
        assert window_language() == "id"
        assert said(error) == "'/x/y.rbd' tidak dapat dibuka: berkasnya kosong"
        assert said(OSError("disk full")) == "disk full"
    finally:
        translations.use("en")


def test_the_command_line_reads_the_language_the_window_saved(qtbot) -> None:
    """The window keeps its language with QSettings; the command line reads the same
    file without Qt (rbdesk.i18n.saved_language)."""
    from rbdesk.i18n import chosen_language, saved_language, settings_file
    from rbdesk.ui.app import settings

    store = settings()
    assert store.fileName() == str(settings_file())
    try:
        store.setValue("ui/language", "en")
        store.sync()
        assert saved_language() == "en" and chosen_language() == "en"
        store.setValue("ui/language", "id")
        store.sync()
        assert saved_language() == "id" and chosen_language() == "id"
    finally:
        store.remove("ui/language")
        store.sync()
    assert saved_language() is None and chosen_language() == "id"
