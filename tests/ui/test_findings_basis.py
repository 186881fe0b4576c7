"""The window's findings list: the basis column is headed "Dasar" / "Basis", not "Dasar
hukum", cites the law in the window's language and marks practice "Praktik:" /
"Practice:"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rbdesk.ui.models import FindingsModel


def test_the_basis_column_marks_practice_and_speaks_the_language(qtbot, sukamaju) -> None:
    model = FindingsModel(sukamaju)
    for lang, heading, practice, law in (
        ("id", "Dasar", "Praktik: ", "Pasal 82 ayat (1) PP 18/2016"),
        ("en", "Basis", "Practice: ", "Article 82(1) of PP 18/2016"),
    ):
        model.set_language(lang)
        assert model.headerData(FindingsModel.BASIS, Qt.Orientation.Horizontal) == heading
        shown = {
            model.finding(r).rule: model.data(model.index(r, FindingsModel.BASIS))
            for r in range(model.rowCount())
        }
        assert shown["spans.one_over_one"].startswith(practice)
        assert shown["caps.sub_units"] == law
        assert not [rule for rule, text in shown.items()
                    if not rule.startswith("spans.") and text.startswith(practice)
                    and rule != "text.template"]  # fmt: skip
