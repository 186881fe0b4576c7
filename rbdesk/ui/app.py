"""Starting the desktop program.

``rbdesk`` opens the last plan, or on the first run copies the sample region to a new
plan in the user's documents folder (nothing is ever written inside the program's own
folder); ``rbdesk FILE`` opens FILE; ``rbdesk FILE --screenshot OUT.png [--size WxH]``
opens, lays out, renders the main window to a PNG and exits.

The interface is in Indonesian unless the user chose English (remembered in the
settings); translations are Qt ``.qm`` files in ``resources/i18n``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QStandardPaths, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from rbdesk.domain.errors import RbdeskError
from rbdesk.paths import resource_path
from rbdesk.ui.document import Document
from rbdesk.ui.mainwindow import MainWindow
from rbdesk.ui.messages import localised

SAMPLE_FILE = "Kabupaten Sukamaju (contoh).rbd"


class Translations:
    """The installed translator; switching language swaps it and retranslates."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.translator: QTranslator | None = None

    def use(self, language: str) -> bool:
        if self.translator is not None:
            self.app.removeTranslator(self.translator)
            self.translator = None
        # numbers in fields follow the language: 1,25 in Indonesian, 1.25 in English
        QLocale.setDefault(
            QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
            if language == "id"
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        )
        if language == "en":
            return True  # the source strings are English
        translator = QTranslator(self.app)
        if not translator.load(str(resource_path("i18n", f"rbdesk_{language}.qm"))):
            return False
        self.app.installTranslator(translator)
        self.translator = translator
        return True


def connect_language(window: MainWindow, translations: Translations, store: QSettings) -> None:
    """Switch the language when the window asks, and remember the choice."""

    def switch(code: str) -> None:
        translations.use(code)
        store.setValue("ui/language", code)
        window.set_language(code)

    window.language_requested.connect(switch)


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "rbdesk", "rbdesk")


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location or Path.home()) / "rbdesk"


def first_document(path: str | None, store: QSettings) -> Document:
    """The plan to open: FILE, else the last one, else a fresh copy of the sample."""
    if path:
        return Document.open(Path(path))
    last = store.value("files/last")
    if isinstance(last, str) and Path(last).is_file():
        try:
            return Document.open(Path(last))
        except RbdeskError:
            pass  # the last plan went bad or away: fall back to the sample
    folder = documents_folder()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / SAMPLE_FILE
    if target.is_file():
        try:
            return Document.open(target)
        except RbdeskError:
            pass
    return Document.from_sample(target, overwrite=True)


def parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="rbdesk", description="The rbdesk desktop window.")
    parser.add_argument("file", nargs="?", help="plan file to open")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the window and exit")
    parser.add_argument("--size", default="1600x1000", metavar="WxH", help="window size")
    parser.add_argument("--lang", choices=["id", "en"], help="interface language")
    return parser.parse_args(list(argv))


def run_gui(argv: Sequence[str]) -> int:
    args = parse(argv)
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        print(f"rbdesk: error: --size must be WxH, not '{args.size}'", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(["rbdesk"])
    assert isinstance(app, QApplication)
    app.setApplicationName("rbdesk")
    # The report's font ships with rbdesk: the window can always draw every character
    # of a plan, even on a machine with few fonts installed.
    for face in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resource_path("fonts", face)))
    store = settings()
    language = args.lang or str(store.value("ui/language", "id"))
    translations = Translations(app)
    translations.use(language)
    try:
        document = first_document(args.file, store)
    except RbdeskError as exc:
        if args.screenshot:
            print(f"rbdesk: error: {exc}", file=sys.stderr)
            return 2
        QMessageBox.critical(None, QCoreApplication.translate("app", "Cannot open the plan"),
                             str(localised(exc)))  # fmt: skip
        return 2
    window = MainWindow(document, store, language)
    connect_language(window, translations, store)
    window.resize(width, height)
    window.show()
    if args.screenshot:
        for _ in range(5):
            app.processEvents()
        window.chart.fit()
        app.processEvents()
        ok = window.grab().save(args.screenshot)
        window.close()
        app.processEvents()
        if not ok:
            print(f"rbdesk: error: cannot write '{args.screenshot}'", file=sys.stderr)
            return 2
        return 0
    code = app.exec()
    return int(code)
