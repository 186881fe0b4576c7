"""Fixtures of the document-layer tests: plans built once per session and copied, so
every test edits a fresh file of its own under ``tmp_path``."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from rbdesk.interchange.sample import write_sample
from rbdesk.ui.document import Document
from tests.store.plans import write_sample_plan


@pytest.fixture(scope="session")
def small_plan_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store tests' small plan: every entity type, a proposal with lineage and
    operations pointing into the current scenario."""
    path = tmp_path_factory.mktemp("small") / "small.rbd"
    write_sample_plan(path)
    return path


@pytest.fixture(scope="session")
def sukamaju_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built-in sample region (about 500 units per scenario)."""
    path = tmp_path_factory.mktemp("sukamaju") / "sukamaju.rbd"
    write_sample(path).close()
    return path


def _copy(source: Path, target: Path) -> Path:
    assert not Path(f"{source}-wal").exists()
    shutil.copyfile(source, target)
    return target


@pytest.fixture
def small_plan(tmp_path: Path, small_plan_source: Path) -> Path:
    return _copy(small_plan_source, tmp_path / "small.rbd")


@pytest.fixture
def sukamaju_plan(tmp_path: Path, sukamaju_source: Path) -> Path:
    return _copy(sukamaju_source, tmp_path / "sukamaju.rbd")


@pytest.fixture
def doc(qtbot: object, small_plan: Path) -> Iterator[Document]:
    """The small plan open on its current scenario."""
    document = Document.open(small_plan)
    yield document
    document.close()


@pytest.fixture
def sukamaju(qtbot: object, sukamaju_plan: Path) -> Iterator[Document]:
    """The sample region open on its current scenario."""
    document = Document.open(sukamaju_plan)
    yield document
    document.close()


@pytest.fixture
def window(qtbot, sukamaju_plan: Path, tmp_path: Path):
    """The main window over a fresh copy of the sample region, in English."""
    from PySide6.QtCore import QSettings

    from rbdesk.ui.mainwindow import MainWindow

    document = Document.open(sukamaju_plan)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(document, settings, "en")
    # the tests edit the sample's current scenario, the baseline of its proposal:
    # the question that asks first has its own tests (test_operations.py)
    win.scenarios.allow_baseline_edits()
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture(autouse=True)
def no_modal_message_box(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A message box nobody answers would hang the run: answer No (else OK) at once
    and keep its text. A test that needs another answer patches ``plaintext``."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        no = QMessageBox.StandardButton.No
        chosen = no if box.button(no) is not None else QMessageBox.StandardButton.Ok
        return int(chosen.value)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return shown


@pytest.fixture
def translations(qtbot):
    """The window's translators, installed for the test and taken out after it."""
    from PySide6.QtWidgets import QApplication

    from rbdesk.ui.app import Translations

    app = QApplication.instance()
    assert app is not None
    translations = Translations(app)
    yield translations
    translations.use("en")
    for translator in translations.translators:
        app.removeTranslator(translator)


@pytest.fixture(autouse=True)
def window_speaks_indonesian():
    """Each test starts with the window's messages in Indonesian, as a fresh window
    does, whatever language an earlier test switched to."""
    from rbdesk.ui import messages

    messages.use_language("id")
    yield
    messages.use_language("id")
