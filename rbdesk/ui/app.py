"""Starting the desktop program.

``rbdesk`` opens the last plan, or on the first run copies the sample region to a new
plan in the user's documents folder (nothing is ever written inside the program's own
folder); ``rbdesk FILE`` opens FILE; ``rbdesk FILE --screenshot OUT.png [--size WxH]``
opens, lays out, renders the main window to a PNG and exits.

The interface is in Indonesian unless the user chose English (remembered in the
settings); translations are Qt ``.qm`` files in ``resources/i18n``: ``rbdesk_<lang>`` for
the window's own words and ``qtbase_<lang>`` for Qt's stock buttons and dialogs (Qt ships
no Indonesian for them).

Without a display the window cannot start: ``rbdesk`` says so in one line and exits with
status 2 (see :mod:`rbdesk.ui.display`) instead of letting Qt abort; ``--screenshot``
needs no display (Qt's ``offscreen`` platform unless ``QT_QPA_PLATFORM`` says otherwise).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QRectF,
    QSettings,
    QStandardPaths,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from rbdesk.domain.errors import RbdeskError
from rbdesk.domain.lookup import unit_named
from rbdesk.i18n import chosen_language, language_in, localise_argparse, say
from rbdesk.paths import resource_path
from rbdesk.ui import plaintext
from rbdesk.ui.display import display_problem
from rbdesk.ui.document import Document
from rbdesk.ui.mainwindow import MainWindow
from rbdesk.ui.messages import localised, use_language

SAMPLE_FILE = "Kabupaten Sukamaju (contoh).rbd"

#: How long, in seconds, a thread may hold the interpreter lock while another waits for
#: it (``sys.setswitchinterval``; Python's default is 5 ms). The analysis and a large
#: chart's layout run on threads; meanwhile the window's thread needs the lock for every
#: call into Python that repainting makes (a tree model's ``parent``, a chart item's
#: ``paint``, each slot), hundreds per repaint, and waited up to the interval for each.
#: A move on the expanded 10k plan stalled the window (the longest gap of a 5 ms timer,
#: median of 8 moves, bench/bench_gui.py): 164 ms at 1 ms, 52 ms at 0.2 ms, 32 ms at
#: 0.05 ms, where the rest is the window's own work of showing the new layout. The
#: threads' own work took as long at every interval: the lock changes hands only while
#: another thread waits for it, and a hand-over costs microseconds.
SWITCH_INTERVAL = 0.00005


class Translations:
    """The installed translators; switching language swaps them and retranslates.

    For Indonesian: Qt's own catalogue of the language if PySide6 ships one (it has none
    for Indonesian), rbdesk's ``qtbase_id.qm`` for Qt's stock buttons and dialogs, and
    ``rbdesk_id.qm`` for the window's own words, searched in the reverse order. English
    is the source language of both: nothing but Qt's own ``qtbase_en.qm``."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.translators: list[QTranslator] = []

    def _install(self, path: Path) -> bool:
        translator = QTranslator(self.app)
        # checked first: load() would otherwise fall back to 'qtbase.qm', 'qtbase'...
        if not path.is_file() or not translator.load(str(path)):
            return False
        self.app.installTranslator(translator)
        self.translators.append(translator)
        return True

    def use(self, language: str) -> bool:
        """Install the translations of ``language``; ``False`` when rbdesk's are missing."""
        for translator in self.translators:
            self.app.removeTranslator(translator)
        self.translators = []
        use_language(language)  # errors are said in it
        # numbers in fields follow the language: 1,25 in Indonesian, 1.25 in English
        QLocale.setDefault(
            QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
            if language == "id"
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        )
        qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        self._install(qt_folder / f"qtbase_{language}.qm")  # Qt's own, if it has one
        if language == "en":
            return True  # the source strings are English
        stock = self._install(resource_path("i18n", f"qtbase_{language}.qm"))
        own = self._install(resource_path("i18n", f"rbdesk_{language}.qm"))
        return stock and own


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


def first_document(path: str | None, store: QSettings) -> tuple[Document, list[RbdeskError]]:
    """The plan to open: FILE, else the last one, else the copy of the sample in the
    documents folder, else a new copy of the sample; with the refusals met on the way,
    for the window to explain. A plan that cannot be opened is left as it is: the
    sample is never written over a planner's file (a new copy takes a free name)."""
    if path:
        return Document.open(Path(path)), []
    refused: list[RbdeskError] = []
    last = store.value("files/last")
    if isinstance(last, str) and Path(last).is_file():
        try:
            return Document.open(Path(last)), refused
        except RbdeskError as exc:
            refused.append(exc)  # the last plan went bad: say so, fall back to the sample
    folder = documents_folder()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / SAMPLE_FILE
    if target.exists() and Path(str(last or "")) != target:
        try:
            return Document.open(target), refused
        except RbdeskError as exc:
            refused.append(exc)
    number = 1
    while target.exists() or Path(f"{target}.lock").exists():
        number += 1
        target = folder / f"{Path(SAMPLE_FILE).stem} {number}.rbd"
    return Document.from_sample(target), refused


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """The window's options, with help and refusals in the run's language."""
    lang = chosen_language(language_in(argv))
    localise_argparse(lang)

    def t(key: str) -> str:
        return say(key, lang)

    parser = argparse.ArgumentParser(prog="rbdesk", description=t("cli.window.description"))
    parser.add_argument("file", nargs="?", metavar=t("cli.metavar.file"), help=t("cli.window.file"))
    parser.add_argument("--screenshot", metavar="OUT.png", help=t("cli.window.screenshot"))
    parser.add_argument("--size", default="1600x1000", metavar=t("cli.window.size_metavar"),
                        help=t("cli.window.size"))  # fmt: skip
    parser.add_argument("--scenario", metavar=t("cli.metavar.scenario"),
                        help=t("cli.window.scenario"))  # fmt: skip
    parser.add_argument(
        "--view", choices=["compare", "operations", "pemetaan"], help=t("cli.window.view")
    )
    parser.add_argument("--select", metavar=t("cli.metavar.unit_name"), help=t("cli.window.select"))
    parser.add_argument("--lang", choices=["id", "en"], help=t("cli.arg.lang"))
    return parser.parse_args(list(argv))


def run_gui(argv: Sequence[str]) -> int:
    args = parse(argv)
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        lang = chosen_language(args.lang)
        refusal = say("cli.window.bad_size", lang, {"size": args.size})
        print(f"rbdesk: {say('cli.error', lang)}: {refusal}", file=sys.stderr)
        return 2
    if QApplication.instance() is None:
        if args.screenshot:
            if not os.environ.get("QT_QPA_PLATFORM"):
                os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a picture needs no display
        else:
            problem = display_problem()
            if problem is not None:
                message = say(problem.key, chosen_language(args.lang), problem.params)
                print(f"rbdesk: {message}", file=sys.stderr)
                return 2
    app = QApplication.instance() or QApplication(["rbdesk"])
    assert isinstance(app, QApplication)
    app.setApplicationName("rbdesk")
    sys.setswitchinterval(SWITCH_INTERVAL)
    # The report's font ships with rbdesk: the window can always draw every character
    # of a plan, even on a machine with few fonts installed.
    for face in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resource_path("fonts", face)))
    store = settings()
    # --lang, RBDESK_LANG, the choice kept in the settings, else Indonesian: the same
    # order as the command line's (the settings file is the one QSettings writes)
    language = chosen_language(args.lang)
    translations = Translations(app)
    translations.use(language)
    try:
        document, refused = first_document(args.file, store)
    except RbdeskError as exc:
        if args.screenshot:
            print(f"rbdesk: {say('cli.error', language)}: {exc.message(language)}",
                  file=sys.stderr)  # fmt: skip
            return 2
        # the refusal quotes the file's own names (a trigger's, a table's): plain text
        plaintext.critical(None, QCoreApplication.translate("app", "Cannot open the plan"),
                           str(localised(exc)))  # fmt: skip
        return 2
    window = MainWindow(document, store, language)
    connect_language(window, translations, store)
    window.resize(width, height)
    if args.scenario is not None:
        chosen = [s for s in document.scenarios() if s.name == args.scenario]
        if not chosen:
            names = "; ".join(s.name for s in document.scenarios())
            missing = say("cli.window.no_scenario", language, {"name": args.scenario,
                                                              "names": names})  # fmt: skip
            print(f"rbdesk: {say('cli.error', language)}: {missing}", file=sys.stderr)
            window.close()
            return 2
        window.scenarios.switch_to(chosen[0].id)
    selected: int | None = None
    if args.select is not None:
        kinds = document.catalogue.kinds
        try:
            selected = unit_named(document.structure, args.select,
                                  lambda kind: bool((k := kinds.get(kind)) and k.opd))  # fmt: skip
        except RbdeskError as exc:
            print(f"rbdesk: {say('cli.error', language)}: {exc.message(language)}",
                  file=sys.stderr)  # fmt: skip
            window.close()
            return 2
    window.show()
    if args.view is not None:
        # after the first arrangement of the panels (made as the window shows, and once
        # more right after), which puts the findings in front
        view = args.view
        QTimer.singleShot(0, window, lambda: window.show_view(view))
    for not_opened in refused:  # why the plan of last time is not the one open
        if args.screenshot:
            print(f"rbdesk: {not_opened.message(language)}", file=sys.stderr)
        else:
            plaintext.warning(window, QCoreApplication.translate("app", "Cannot open the plan"),
                              str(localised(not_opened)))  # fmt: skip
    if args.screenshot:
        for _ in range(5):
            app.processEvents()
        # the picture shows the scenario's own findings: wait for the check (bounded)
        deadline = time.monotonic() + 60
        while document.findings_stale and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        for _ in range(20):  # the views that follow the findings (the comparison's timer)
            app.processEvents()
            time.sleep(0.01)
        if selected is None:  # as a person sees the window open
            window.chart.first_view()
        else:  # as a person sees it after clicking the unit
            window.select_unit(selected)
        app.processEvents()
        ok = window.grab().save(args.screenshot)
        if ok and selected is not None:
            print(json.dumps(_unit_on_screen(window, selected)))
        window.close()
        app.processEvents()
        if not ok:
            unwritable = say("error.output.unwritable", language,
                             {"path": args.screenshot, "detail": "PNG"})  # fmt: skip
            print(f"rbdesk: {say('cli.error', language)}: {unwritable}", file=sys.stderr)
            return 2
        return 0
    if selected is not None:
        window.select_unit(selected)
    code = app.exec()
    return int(code)


def _unit_on_screen(window: MainWindow, unit_id: int) -> dict[str, object]:
    """Where the chart shows a unit: its box in the view's viewport, the viewport's
    size and the zoom (``--select`` with ``--screenshot``)."""
    chart = window.chart
    box = chart.item.layout.boxes.get(unit_id)
    viewport = chart.viewport()
    found: dict[str, object] = {"unit": unit_id, "box": None,
                                "viewport": {"width": viewport.width(),
                                             "height": viewport.height()},
                                "scale": round(chart.transform().m11(), 4)}  # fmt: skip
    if box is not None:
        rect = chart.mapFromScene(QRectF(box.x, box.y, box.width, box.height)).boundingRect()
        found["box"] = {"x": rect.x(), "y": rect.y(), "width": rect.width(),
                        "height": rect.height()}  # fmt: skip
    return found
