"""The store's refusals to open a file, said in Indonesian in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from rbdesk.store import PlanFileError, Store
from rbdesk.ui.app import Translations
from rbdesk.ui.messages import _REASONS, localised


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
        tmp_path / "tidak-ada.rbd": "berkas tidak ada",
        tmp_path: "itu sebuah folder",
        empty: "berkas kosong",
        noise: "bukan rencana rbdesk",
        cut: "berkas terpotong",
    }
    for path, words in cases.items():
        error = refusal(path)
        said = str(localised(error))
        assert said.startswith(f"'{path}' tidak dapat dibuka: "), said
        assert words in said, (said, error.reason)


def test_every_reason_pattern_is_translated(indonesian) -> None:
    """Each reason the window knows has an Indonesian text (not the English one)."""
    for _pattern, template in _REASONS:
        said = QApplication.translate("Messages", template)
        assert said and said != template, template


def _reasons_in_the_store() -> list[str]:
    """Every reason the store gives a PlanFileError, details filled with 'x'."""
    import ast

    import rbdesk.store.opening as opening
    import rbdesk.store.store as store_module

    found = []
    for module in (opening, store_module):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "PlanFileError"):
                continue
            reason = node.args[1]
            if isinstance(reason, ast.Constant):
                found.append(reason.value)
            elif isinstance(reason, ast.JoinedStr):
                found.append("".join(v.value if isinstance(v, ast.Constant) else "x"
                                     for v in reason.values))  # fmt: skip
    return found


def test_every_reason_of_the_store_is_matched(indonesian) -> None:
    from rbdesk.ui.messages import _reason

    reasons = _reasons_in_the_store()
    assert len(reasons) > 15
    untranslated = [r for r in reasons if _reason(r) == r]
    assert not untranslated
