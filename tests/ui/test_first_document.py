"""Start-up without a file (issue 17 item 5): the last plan, else the copy of the
sample; a plan that cannot be opened is explained and left alone — the sample is never
written over a planner's file, a new copy takes a free name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from rbdesk.store import PlanFileError
from rbdesk.ui import app
from rbdesk.ui.document import Document


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    documents = tmp_path / "Documents" / "rbdesk"
    monkeypatch.setattr(app, "documents_folder", lambda: documents)
    return documents


def _settings(tmp_path: Path, last: Path | None) -> QSettings:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    if last is not None:
        store.setValue("files/last", str(last))
    return store


def test_a_broken_sample_based_plan_is_left_alone(qtbot, tmp_path: Path, folder: Path) -> None:
    folder.mkdir(parents=True)
    mine = folder / app.SAMPLE_FILE  # the planner worked in the sample's copy ...
    mine.write_bytes(b"SQLite format 3\x00" + b"\x07" * 200)  # ... and it went bad
    document, refused = app.first_document(None, _settings(tmp_path, mine))
    try:
        assert mine.read_bytes() == b"SQLite format 3\x00" + b"\x07" * 200  # untouched
        assert document.path == folder / "Kabupaten Sukamaju (contoh) 2.rbd"
        assert len(refused) == 1 and isinstance(refused[0], PlanFileError)
        assert refused[0].path == mine
    finally:
        document.close()


def test_the_last_plan_that_cannot_be_opened_is_explained(
    qtbot, tmp_path: Path, folder: Path
) -> None:
    last = tmp_path / "kota.rbd"
    last.write_bytes(b"")
    first, refused = app.first_document(None, _settings(tmp_path, None))
    first.close()  # the first start wrote the sample's copy
    assert first.path == folder / app.SAMPLE_FILE
    assert refused == []
    document, refused = app.first_document(None, _settings(tmp_path, last))
    try:
        assert document.path == folder / app.SAMPLE_FILE  # the existing copy, opened
        assert [e.code for e in refused] == ["empty"]
        assert last.read_bytes() == b""
        assert "berkasnya kosong" in refused[0].message("id")
    finally:
        document.close()


def test_a_file_given_is_opened_or_refused(qtbot, tmp_path: Path, folder: Path) -> None:
    plan = tmp_path / "s.rbd"
    Document.from_sample(plan).close()
    document, refused = app.first_document(str(plan), _settings(tmp_path, None))
    document.close()
    assert refused == []
    with pytest.raises(PlanFileError):
        app.first_document(str(tmp_path / "none.rbd"), _settings(tmp_path, None))
