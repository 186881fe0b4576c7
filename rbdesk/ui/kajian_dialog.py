"""The kajian's texts and details in the window (issue 14): the chapter texts with the
generated draft to start from, the place of signing, the document number and year, the
emblem, the pangkat of the signatories, the other instruments of the Dasar Hukum, the
tunjangan rates per eselon and the reform comparison rows.

OK checks everything (``rbdesk.report.kajian.check``) and keeps it in the plan as one
step of the plan's undo history (:class:`SetKajianCommand`); a bad value is named in
the dialog and nothing is written. A chapter text left as its generated draft is kept
empty, so the report's draft follows the plan's facts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rbdesk.analysis.metrics import ESELON_LEVELS
from rbdesk.domain.errors import RbdeskError
from rbdesk.domain.model import SignatoryRole
from rbdesk.i18n import labels as catalogue_labels
from rbdesk.report import kajian as kj
from rbdesk.ui.commands import DocumentCommand, push
from rbdesk.ui.dialogs import FormDialog
from rbdesk.ui.messages import said

#: The chapter texts as the dialog names them.
TEXT_TITLES = {
    "latar_belakang": QT_TRANSLATE_NOOP("KajianDialog", "Background"),
    "maksud_tujuan": QT_TRANSLATE_NOOP("KajianDialog", "Purpose and objectives"),
    "metode": QT_TRANSLATE_NOOP("KajianDialog", "Method"),
    "kesimpulan": QT_TRANSLATE_NOOP("KajianDialog", "Conclusions"),
    "rekomendasi": QT_TRANSLATE_NOOP("KajianDialog", "Recommendations"),
}
REFORM_TITLES = {
    "asn": QT_TRANSLATE_NOOP("KajianDialog", "Civil service management"),
    "teknologi": QT_TRANSLATE_NOOP("KajianDialog", "Information technology"),
    "budaya_kerja": QT_TRANSLATE_NOOP("KajianDialog", "Work culture"),
    "pelayanan_publik": QT_TRANSLATE_NOOP("KajianDialog", "Public service"),
}
ROLE_TITLES = {
    "prepared": QT_TRANSLATE_NOOP("KajianDialog", "Pangkat and golongan of who prepares"),
    "checked": QT_TRANSLATE_NOOP("KajianDialog", "Pangkat and golongan of who checks"),
    "approved": QT_TRANSLATE_NOOP("KajianDialog", "Pangkat and golongan of who approves"),
}


class SetKajianCommand(DocumentCommand):
    """Keep the kajian's texts and details in the plan (one step of the plan's history)."""

    scenario_edit = False
    plan_level = True

    def __init__(self, document: Any, new: kj.Kajian) -> None:
        super().__init__(
            document, QCoreApplication.translate("SetKajianCommand", "Edit the kajian texts")
        )
        self.new = new
        self.old = kj.load(document.store)

    def made_change(self, version_before: int) -> bool:
        return self.new != self.old

    def apply(self) -> None:
        kj.save(self.document.store, self.new)

    def revert(self) -> None:
        kj.save(self.document.store, self.old)


def drafts_of(document: Any, lang: str) -> dict[str, str]:
    """The generated drafts of the chapter texts for the plan open in ``document``."""
    from rbdesk.report import chapters
    from rbdesk.report.inputs import gather
    from rbdesk.report.writer import analyse_inputs

    try:
        a = analyse_inputs(gather(document.store), date.today())
    except RbdeskError:
        return {}
    words = catalogue_labels(lang)
    return {key: chapters.draft(a, words, key) for key in kj.TEXT_KEYS}


class KajianDialog(FormDialog):
    """See the module docstring."""

    def __init__(
        self,
        kajian: kj.Kajian,
        drafts: dict[str, str],
        submit: Callable[[kj.Kajian], str | None],
        parent: QWidget | None = None,
        indicators: tuple[str, ...] = (),
    ) -> None:
        super().__init__(parent, submit)
        self.setObjectName("kajianDialog")
        self.setWindowTitle(self.tr("Kajian texts and details"))
        self.kajian = kajian
        self.drafts = drafts
        self.emblem: bytes | None = kajian.emblem
        self.tabs = QTabWidget(self)
        self.layout_.insertWidget(0, self.tabs)
        # -- the document
        page = QWidget(self.tabs)
        form = QFormLayout(page)
        self.place = QLineEdit(kajian.place, page)
        self.place.setObjectName("kajianPlace")
        self.number = QLineEdit(kajian.number, page)
        self.number.setObjectName("kajianNumber")
        self.year = QLineEdit("" if kajian.year is None else str(kajian.year), page)
        self.year.setObjectName("kajianYear")
        self.emblem_state = QLabel(page)
        self.emblem_state.setObjectName("kajianEmblemState")
        self.emblem_choose = QPushButton(self.tr("Choose…"), page)
        self.emblem_choose.setObjectName("kajianEmblemChoose")
        self.emblem_remove = QPushButton(self.tr("Remove"), page)
        self.emblem_remove.setObjectName("kajianEmblemRemove")
        row = QHBoxLayout()
        row.addWidget(self.emblem_state, 1)
        row.addWidget(self.emblem_choose)
        row.addWidget(self.emblem_remove)
        self.emblem_choose.clicked.connect(self._choose_emblem)
        self.emblem_remove.clicked.connect(self._remove_emblem)
        form.addRow(self.tr("Place of signing"), self.place)
        form.addRow(self.tr("Document number"), self.number)
        form.addRow(self.tr("Year of the proposal"), self.year)
        form.addRow(self.tr("Emblem"), row)
        self.pangkat: dict[str, QLineEdit] = {}
        for role in SignatoryRole:
            edit = QLineEdit(kajian.pangkat.get(role.value, ""), page)
            edit.setObjectName(f"kajianPangkat_{role.value}")
            edit.setPlaceholderText(self.tr("e.g. Pembina Utama Muda (IV/c)"))
            self.pangkat[role.value] = edit
            form.addRow(
                QCoreApplication.translate("KajianDialog", str(ROLE_TITLES[role.value])), edit
            )
        self.place.setPlaceholderText(self.tr("The seat of government, e.g. Soreang"))
        self.year.setPlaceholderText(self.tr("The year of printing"))
        self.tabs.addTab(page, self.tr("Document"))
        # -- chapter texts
        page = QWidget(self.tabs)
        layout = QVBoxLayout(page)
        self.texts: dict[str, QPlainTextEdit] = {}
        inner = QTabWidget(page)
        inner.setObjectName("kajianTextTabs")
        for key in kj.TEXT_KEYS:
            box = QWidget(inner)
            box_layout = QVBoxLayout(box)
            text_edit = QPlainTextEdit(box)
            text_edit.setObjectName(f"kajianText_{key}")
            text_edit.setPlainText(kajian.text(key) or drafts.get(key, ""))
            reset = QPushButton(self.tr("Start again from the generated draft"), box)
            reset.setObjectName(f"kajianDraft_{key}")
            reset.setEnabled(key in drafts)
            reset.clicked.connect(
                lambda _=False, k=key: self.texts[k].setPlainText(self.drafts.get(k, ""))
            )
            box_layout.addWidget(text_edit)
            box_layout.addWidget(reset)
            self.texts[key] = text_edit
            inner.addTab(box, QCoreApplication.translate("KajianDialog", str(TEXT_TITLES[key])))
        layout.addWidget(inner)
        self.tabs.addTab(page, self.tr("Chapter texts"))
        # -- dasar hukum
        page = QWidget(self.tabs)
        layout = QVBoxLayout(page)
        note = QLabel(
            self.tr(
                "Other instruments of the legal basis, one per line, cited in "
                "full (e.g. the region's Perda on its work units). The laws "
                "the rules rest on are listed by rbdesk."
            ),
            page,
        )
        note.setWordWrap(True)
        self.instruments = QPlainTextEdit("\n".join(kajian.instruments), page)
        self.instruments.setObjectName("kajianInstruments")
        layout.addWidget(note)
        layout.addWidget(self.instruments)
        self.tabs.addTab(page, self.tr("Legal basis"))
        # -- implications
        page = QWidget(self.tabs)
        form = QFormLayout(page)
        self.rates: dict[str, QLineEdit] = {}
        for level in ESELON_LEVELS:
            edit = QLineEdit("" if level not in kajian.rates else str(kajian.rates[level]), page)
            edit.setObjectName(f"kajianRate_{level}")
            edit.setPlaceholderText(self.tr("rupiah per month; empty: not counted"))
            self.rates[level] = edit
            form.addRow(self.tr("Allowance, eselon {level}").format(level=level), edit)
        self.reform: dict[str, tuple[QLineEdit, QLineEdit]] = {}
        for aspect in kj.REFORM_ASPECTS:
            before, after = kajian.reform.get(aspect, ("", ""))
            pair = (QLineEdit(before, page), QLineEdit(after, page))
            pair[0].setObjectName(f"kajianReform_{aspect}_sebelum")
            pair[1].setObjectName(f"kajianReform_{aspect}_sesudah")
            pair[0].setPlaceholderText(self.tr("before"))
            pair[1].setPlaceholderText(self.tr("after"))
            row = QHBoxLayout()
            row.addWidget(pair[0])
            row.addWidget(pair[1])
            self.reform[aspect] = pair
            form.addRow(QCoreApplication.translate("KajianDialog", str(REFORM_TITLES[aspect])), row)
        self.tabs.addTab(page, self.tr("Implications and reform"))
        # -- IKU: what the annex prints beside each indicator the plan holds
        page = QWidget(self.tabs)
        layout = QVBoxLayout(page)
        note = QLabel(
            self.tr(
                "For each key performance indicator (IKU) of the plan: its baseline, the "
                "year of the target, its definition and the source of its data, as the "
                "IKU annex prints them. The indicators and targets are edited with the units."
            ),
            page,
        )
        note.setWordWrap(True)
        self.iku = QTableWidget(len(indicators), 1 + len(kj.IKU_FIELDS), page)
        self.iku.setObjectName("kajianIku")
        self.iku.setHorizontalHeaderLabels([
            self.tr("Indicator"), self.tr("Baseline"), self.tr("Year"), self.tr("Definition"),
            self.tr("Data source"),
        ])  # fmt: skip
        self.iku.verticalHeader().hide()
        for number, indicator in enumerate(indicators):
            name = QTableWidgetItem(indicator)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.iku.setItem(number, 0, name)
            known = kajian.iku.get(indicator, {})
            for column, field in enumerate(kj.IKU_FIELDS, start=1):
                self.iku.setItem(number, column, QTableWidgetItem(known.get(field, "")))
        self.iku.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 1 + len(kj.IKU_FIELDS)):
            self.iku.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Interactive
            )
        layout.addWidget(note)
        layout.addWidget(self.iku)
        self.tabs.addTab(page, self.tr("IKU"))
        self._show_emblem()
        self.finish_layout()
        self.resize(760, 560)

    # -- the emblem -----------------------------------------------------------------------
    def _show_emblem(self) -> None:
        if self.emblem:
            self.emblem_state.setText(
                self.tr("An image of {size} bytes").format(size=len(self.emblem))
            )
        else:
            self.emblem_state.setText(self.tr("None"))
        self.emblem_remove.setEnabled(self.emblem is not None)

    def set_emblem_file(self, path: Path) -> bool:
        """Take the image at ``path`` as the emblem; a bad one is named in the dialog and
        the emblem stays as it was."""
        try:
            if path.stat().st_size > kj.MAX_EMBLEM:
                raise kj.KajianError(
                    "kajian.emblem_size", size=path.stat().st_size, limit=kj.MAX_EMBLEM
                )
            data = path.read_bytes()
            kj.check_emblem(data)
        except RbdeskError as exc:
            self.error.setText(said(exc))
            return False
        except OSError as exc:
            self.error.setText(
                self.tr("Cannot read {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                )
            )
            return False
        self.error.setText("")
        self.emblem = data
        self._show_emblem()
        return True

    def _choose_emblem(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Emblem of the region"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.set_emblem_file(Path(name))

    def _remove_emblem(self) -> None:
        self.emblem = None
        self._show_emblem()

    # -- the value ----------------------------------------------------------------------------
    def value(self) -> kj.Kajian:
        """The kajian as the dialog holds it; raises ``KajianError`` for a bad value."""
        new = self.kajian
        for key in ("place", "number", "year"):
            new = kj.with_value(new, key, getattr(self, key).text())
        texts = {}
        for key, text_edit in self.texts.items():
            text = text_edit.toPlainText().strip()
            if text and text != self.drafts.get(key, "").strip():
                texts[key] = text
        new = replace(new, texts=texts, emblem=self.emblem)
        instruments = tuple(
            " ".join(line.split())
            for line in self.instruments.toPlainText().splitlines()
            if line.strip()
        )
        new = replace(new, instruments=instruments)
        for level, edit in self.rates.items():
            new = kj.with_value(new, f"rate.{level}", edit.text())
        for aspect, (before, after) in self.reform.items():
            new = kj.with_value(new, f"reform.{aspect}.sebelum", before.text())
            new = kj.with_value(new, f"reform.{aspect}.sesudah", after.text())
        for role, edit in self.pangkat.items():
            new = kj.with_value(new, f"pangkat.{role}", edit.text())
        self._commit_iku_editor()
        for row in range(self.iku.rowCount()):
            head = self.iku.item(row, 0)
            if head is None:
                continue
            indicator = head.text()
            for column, field in enumerate(kj.IKU_FIELDS, start=1):
                cell = self.iku.item(row, column)
                new = kj.with_iku(new, indicator, field, cell.text() if cell else "")
        kj.check(new)
        return new

    def _commit_iku_editor(self) -> None:
        """A cell still being typed in when OK is pressed counts, as in a form."""
        editor = self.iku.focusWidget()  # the last of its children with the focus
        if self.iku.state() == QAbstractItemView.State.EditingState and editor is not None:
            self.iku.commitData(editor)
            self.iku.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def accept(self) -> None:
        try:
            value = self.value()
        except RbdeskError as exc:
            self.error.setText(said(exc))
            return
        error = self._submit(value) if self._submit is not None else None
        if error:
            self.error.setText(error)
            return
        super(FormDialog, self).accept()


def open_kajian_dialog(window: Any) -> KajianDialog | None:
    """Open the dialog for the window's plan (``None`` without one)."""
    doc = window.document
    if doc is None:
        return None

    def submit(value: kj.Kajian) -> str | None:
        error = push(doc, SetKajianCommand(doc, value))
        return None if error is None else str(error)

    # the indicators of the scenario shown, each once, in the order the plan holds them
    indicators = tuple(dict.fromkeys(i.indicator for i in doc.structure.iku))
    dialog = KajianDialog(kj.load(doc.store), drafts_of(doc, window.language), submit, window,
                          indicators)  # fmt: skip
    if doc.read_only:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).setEnabled(False)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    window.active_dialog = dialog
    return dialog
