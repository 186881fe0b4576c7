"""The geographic factor with the categories of Lampiran V Langkah 3 (PP 18/2016 Pasal
107 ayat (2)) to choose from, beside the number itself: choosing a category sets the
number; a number that no category has shows "another factor"."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QWidget

from rbdesk.domain.pemetaan import GEO_CATEGORIES, shown_number
from rbdesk.ui.messages import window_language

#: What each category of Langkah 3 covers, by letter, in short (the box) and as the
#: text lists them (its tooltip).
CATEGORY_SHORT = {
    "a": QT_TRANSLATE_NOOP("GeoFactor", "a. Java and Bali"),
    "b": QT_TRANSLATE_NOOP("GeoFactor", "b. Sumatra, Kalimantan, Sulawesi; cities"),
    "c": QT_TRANSLATE_NOOP("GeoFactor", "c. Nusa Tenggara and Maluku"),
    "d": QT_TRANSLATE_NOOP("GeoFactor", "d. Papua"),
    "e": QT_TRANSLATE_NOOP("GeoFactor", "e. Archipelagic region"),
    "f": QT_TRANSLATE_NOOP("GeoFactor", "f. Land border of the state"),
    "g": QT_TRANSLATE_NOOP("GeoFactor", "g. Outermost islands at the border"),
}
CATEGORY_TEXTS = {
    "a": QT_TRANSLATE_NOOP("GeoFactor", "a. Province or regency in Java or Bali"),
    "b": QT_TRANSLATE_NOOP(
        "GeoFactor", "b. Province or regency in Sumatra, Kalimantan or Sulawesi; any city"
    ),
    "c": QT_TRANSLATE_NOOP("GeoFactor", "c. Province or regency in Nusa Tenggara or Maluku"),
    "d": QT_TRANSLATE_NOOP("GeoFactor", "d. Province or regency in Papua"),
    "e": QT_TRANSLATE_NOOP("GeoFactor", "e. Archipelagic region"),
    "f": QT_TRANSLATE_NOOP("GeoFactor", "f. Regency on the state's land border"),
    "g": QT_TRANSLATE_NOOP("GeoFactor", "g. Outermost islands in a border region"),
}


def category_text(letter: str, short: bool = True) -> str:
    """The category and its factor, as the window's language writes numbers."""
    factor = shown_number(dict(GEO_CATEGORIES)[letter], window_language())
    texts = CATEGORY_SHORT if short else CATEGORY_TEXTS
    words = QCoreApplication.translate("GeoFactor", str(texts[letter]))
    shown = QCoreApplication.translate("GeoFactor", "%1 (factor %2)")
    return shown.replace("%1", words).replace("%2", factor)


class GeoFactorRow(QWidget):
    """The factor's spin box and the categories' combo box, kept in step."""

    def __init__(self, spin: QDoubleSpinBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spin = spin
        self.categories = QComboBox(self)
        self.categories.setObjectName("geoFactorCategory")
        self.categories.addItem(QCoreApplication.translate("GeoFactor", "Another factor"), "")
        for letter, _factor in GEO_CATEGORIES:
            self.categories.addItem(category_text(letter), letter)
            self.categories.setItemData(
                self.categories.count() - 1, category_text(letter, short=False),
                Qt.ItemDataRole.ToolTipRole,
            )  # fmt: skip
        self.categories.setToolTip(
            QCoreApplication.translate(
                "GeoFactor",
                "PP 18/2016 Lampiran V, step 3 (Pasal 107 ayat (2)); a region in two or "
                "more categories may take the largest factor (ayat (3)).",
            )
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(spin)
        layout.addWidget(self.categories, 1)
        self.categories.activated.connect(self._chosen)
        spin.valueChanged.connect(self._typed)
        self._typed(spin.value())

    def _chosen(self, index: int) -> None:
        letter = self.categories.itemData(index)
        if letter:
            self.spin.setValue(float(dict(GEO_CATEGORIES)[letter]))

    def _typed(self, value: float) -> None:
        current = self.categories.currentData()
        factors = dict(GEO_CATEGORIES)
        if current and float(factors[current]) == round(value, 3):
            return  # d, e and f share 1.4: keep the one chosen
        letter = next((x for x, f in GEO_CATEGORIES if float(f) == round(value, 3)), "")
        with QSignalBlocker(self.categories):
            self.categories.setCurrentIndex(max(self.categories.findData(letter), 0))
