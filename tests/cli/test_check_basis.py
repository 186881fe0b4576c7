"""``rbdesk check`` says what each finding rests on in the output's language: the law in
its legal form, with the structured citations in JSON, or "Praktik:" / "Practice:"."""

from __future__ import annotations

import json
from pathlib import Path

from rbdesk.cli import run
from tests.cli.test_cli import rbdesk


def test_check_prints_the_basis_in_the_language(tmp_path: Path) -> None:
    plan = tmp_path / "s.rbd"
    assert run(["sample", "-o", str(plan)]) == 0
    data = json.loads(rbdesk("check", str(plan), "--format", "json", "--lang", "en").stdout)
    by_rule = {f["rule"]: f for f in data["findings"]}
    caps = by_rule["caps.sub_units"]
    assert caps["basis"] == "Article 82(1) of PP 18/2016" and not caps["practice"]
    assert caps["citations"] == [
        {"regulation": "PP 18/2016", "pasal": "82", "ayat": ["1"], "level": "kabkota",
         "type": "B"}
    ]  # fmt: skip
    span = by_rule["spans.one_over_one"]
    assert span["practice"] and not span["confirmed"] and span["basis"].startswith("Practice: ")
    text = rbdesk("check", str(plan)).stdout
    assert "Dasar: Pasal 82 ayat (1) PP 18/2016" in text
    assert "Dasar: Praktik: rentang kendali" in text
    assert "Article" not in text and "Practice" not in text
