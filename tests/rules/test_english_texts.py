"""No Indonesian citation inside an English text of the pack (issue 12 item 10): an
English title, message or fix cites "Article 18(10)", never "Pasal 18 ayat (10)"."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from rbdesk.paths import resource_path

INDONESIAN = re.compile(r"\b(Pasal|ayat|huruf)\b")


def _english(node: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "en" and isinstance(value, str):
                yield path, value
            else:
                yield from _english(value, f"{path}.{key}")
    elif isinstance(node, list):
        for n, value in enumerate(node):
            yield from _english(value, f"{path}[{n}]")


def test_english_texts_cite_in_english() -> None:
    pack = json.loads(resource_path("rules", "pp18-2016.json").read_text(encoding="utf-8"))
    wrong = [(path, text) for path, text in _english(pack) if INDONESIAN.search(text)]
    assert not wrong, wrong


def test_the_check_catches_an_indonesian_citation() -> None:
    assert list(_english({"fix": {"en": "see Pasal 5"}})) == [(".fix", "see Pasal 5")]
    assert INDONESIAN.search("see Pasal 5") and not INDONESIAN.search("see Article 5(2)")
