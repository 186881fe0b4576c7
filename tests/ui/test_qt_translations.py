"""Qt's own buttons and dialogs speak Indonesian in the Indonesian window.

Qt ships no Indonesian catalogue, so ``resources/i18n/qtbase_id.ts`` holds rbdesk's: the
stock buttons (context ``QPlatformTheme``), message boxes, the non-native file dialog,
the line edits' context menu, the undo view. The exact (context, source) pairs are the
ones this Qt asks for: a translator that logs every question checks them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QUndoView,
)

from rbdesk.paths import resource_path
from rbdesk.ui.app import Translations
from tools.translations import messages, unfinished

TS = resource_path("i18n", "qtbase_id.ts")

Button = QMessageBox.StandardButton
Box = QDialogButtonBox.StandardButton
#: Every standard button, by name (the same names in QMessageBox and QDialogButtonBox).
STANDARD = (
    "Ok", "Save", "SaveAll", "Open", "Yes", "YesToAll", "No", "NoToAll", "Abort", "Retry",
    "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset", "RestoreDefaults",
)  # fmt: skip


def plain(text: str) -> str:
    """A widget's text without its mnemonic marker: ``&Ya`` -> ``Ya``."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def message_box_texts() -> dict[Button, str]:
    box = QMessageBox(QMessageBox.Icon.Question, "t", "?", Button.Yes | Button.No)
    texts = {b: plain(box.button(b).text()) for b in (Button.Yes, Button.No)}
    box.deleteLater()
    return texts


def button_box_texts(*buttons: Box) -> list[str]:
    box = QDialogButtonBox()
    for button in buttons:
        box.addButton(button)
    texts = [plain(box.button(b).text()) for b in buttons]
    box.deleteLater()
    return texts


def file_dialog(qtbot, mode: QFileDialog.AcceptMode, tmp_path) -> QFileDialog:
    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    return dialog


def labels(dialog: QFileDialog) -> dict[str, str]:
    return {
        name: plain(dialog.findChild(QLabel, name).text())
        for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel")
    }


def accept_text(dialog: QFileDialog) -> str:
    buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
    accept = buttons.button(Box.Save) or buttons.button(Box.Open)
    return plain(accept.text())


def test_the_stock_buttons_speak_indonesian(translations: Translations) -> None:
    assert translations.use("id")
    assert message_box_texts() == {Button.Yes: "Ya", Button.No: "Tidak"}
    assert button_box_texts(Box.Ok, Box.Cancel) == ["OK", "Batal"]
    assert button_box_texts(Box.Save, Box.Close, Box.Apply, Box.Discard, Box.Help) == [
        "Simpan", "Tutup", "Terapkan", "Buang", "Bantuan",
    ]  # fmt: skip
    translations.use("en")
    assert message_box_texts() == {Button.Yes: "Yes", Button.No: "No"}
    assert button_box_texts(Box.Ok, Box.Cancel) == ["OK", "Cancel"]


def test_the_file_dialog_speaks_indonesian(qtbot, translations: Translations, tmp_path) -> None:
    translations.use("id")
    save = file_dialog(qtbot, QFileDialog.AcceptMode.AcceptSave, tmp_path)
    assert accept_text(save) == "Simpan"
    assert labels(save) == {
        "lookInLabel": "Lihat di:",
        "fileNameLabel": "Nama berkas:",
        "fileTypeLabel": "Jenis berkas:",
    }
    assert accept_text(file_dialog(qtbot, QFileDialog.AcceptMode.AcceptOpen, tmp_path)) == "Buka"
    translations.use("en")
    english = file_dialog(qtbot, QFileDialog.AcceptMode.AcceptSave, tmp_path)
    assert accept_text(english) == "Save"
    assert labels(english)["fileNameLabel"] == "File name:"


def test_context_menus_and_the_undo_view(qtbot, translations: Translations) -> None:
    translations.use("id")
    edit = QLineEdit("teks")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = [plain(a.text()).split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Batalkan", "Ulangi", "Potong", "Salin", "Tempel", "Hapus", "Pilih Semua"]
    notes = QPlainTextEdit("teks")
    qtbot.addWidget(notes)
    notes_menu = notes.createStandardContextMenu()
    assert "Salin" in [plain(a.text()).split("\t")[0] for a in notes_menu.actions()]
    view = QUndoView(QUndoStack())
    qtbot.addWidget(view)
    assert view.emptyLabel() == "<kosong>"
    # a comment Qt adds to a source finds the translation without one
    translate = QCoreApplication.translate
    assert translate("QUndoStack", "Undo", "Default text for undo action") == "Batalkan"
    assert translate("QFileSystemModel", "Type", "All other platforms") == "Tipe"


def test_every_message_is_translated() -> None:
    found = messages(TS)
    assert len(found) > 100
    assert unfinished(TS) == []


class Asked(QTranslator):
    """A translator that knows nothing and writes down every question."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source))
        return ""

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


def test_the_catalogue_answers_what_this_qt_asks(qtbot, tmp_path) -> None:
    """Every string Qt asks for in a context of qtbase_id.ts is there: a Qt upgrade that
    changes one of them fails here, not silently in the window."""
    app = QApplication.instance()
    asked = Asked()
    app.installTranslator(asked)
    try:
        box = QMessageBox()
        box.setDetailedText("rincian")
        buttons = QDialogButtonBox()
        for name in STANDARD:
            box.addButton(getattr(Button, name))
            buttons.addButton(getattr(Box, name))
        for mode in (QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen):
            dialog = file_dialog(qtbot, mode, tmp_path)
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        edit = QLineEdit("x")
        edit.createStandardContextMenu()
        QPlainTextEdit("x").createStandardContextMenu()
        view = QUndoView(QUndoStack())
        for widget in (box, buttons, edit, view):
            widget.deleteLater()
    finally:
        app.removeTranslator(asked)
    known = {(context, source) for context, source, _ in messages(TS)}
    contexts = {context for context, _ in known}
    relevant = {(c, s) for c, s in asked.asked if c in contexts}
    assert {c for c, _ in relevant} >= {"QPlatformTheme", "QFileDialog", "QLineEdit"}
    assert sorted(relevant - known) == []
