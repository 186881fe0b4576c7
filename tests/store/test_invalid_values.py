"""Invalid values inside a plan (issue 17 item 13): an urusan code ``9.99`` or
``<b>x``, an eselon ``<garbage>``, a unit type ``Z``. The CSV import refuses them; in
a plan they are findings of ``check`` (the same validations, the same messages), shown
in the report as text, never silent."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from rbdesk.analysis.engine import analyse
from rbdesk.store import Store


def _spoil(plan: Path) -> None:
    conn = sqlite3.connect(plan)
    ids = [r[0] for r in conn.execute("SELECT id FROM unit WHERE parent_id IS NOT NULL "
                                      "AND scenario_id = 1 ORDER BY id LIMIT 3")]  # fmt: skip
    conn.execute("UPDATE unit SET eselon = '<garbage>' WHERE id = ?", [ids[0]])
    conn.execute("UPDATE unit SET unit_type = 'Z' WHERE id = ?", [ids[1]])
    conn.execute("INSERT INTO urusan_assignment VALUES (?, '9.99', 'main')", [ids[1]])
    conn.execute("INSERT INTO urusan_assignment VALUES (?, '<b>x', 'main')", [ids[2]])
    conn.commit()
    conn.close()


def test_invalid_values_are_findings(plan: Path) -> None:
    _spoil(plan)
    with Store.open(plan, read_only=True) as store:
        scenario = store.scenario(1)
        findings = analyse(store.load(scenario.id), store.region())
    found = {(f.rule, f.codes) for f in findings if f.rule.startswith("values.")}
    assert found == {
        ("values.eselon", ()),
        ("values.unit_type", ()),
        ("values.urusan_code", ("9.99",)),
        ("values.urusan_code", ("<b>x",)),
    }
    messages = [f.message["en"] for f in findings if f.rule.startswith("values.")]
    assert any("unknown eselon '<garbage>'" in m for m in messages)
    assert any("unknown urusan code '9.99'" in m for m in messages)


def test_check_and_the_report_show_them(plan: Path, tmp_path: Path) -> None:
    _spoil(plan)
    run = [sys.executable, "-m", "rbdesk"]
    done = subprocess.run(
        [*run, "check", str(plan), "--scenario", "Kondisi saat ini", "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1, done.stderr
    assert "values.urusan_code" in done.stdout and "'<b>x'" in done.stdout
    pdf = tmp_path / "r.pdf"
    done = subprocess.run([*run, "report", str(plan), "-o", str(pdf)], capture_output=True,
                          text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    pdftotext = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True)
    if pdftotext.returncode != 0:
        pytest.skip("pdftotext is not installed")
    text = " ".join(pdftotext.stdout.split())
    assert "<garbage>" in text  # printed as text (the markup is not interpreted)
    assert "9.99" in text


def test_text_that_is_not_utf8_is_refused_with_its_place(plan: Path) -> None:
    """Found by the fuzzing harness: a damaged byte inside a unit's tugas made ``info``
    end in an internal error (Python cannot read the text back)."""
    from rbdesk.store import PlanFileError

    conn = sqlite3.connect(plan)
    conn.execute("UPDATE unit SET tugas = CAST(x'41ff42' AS TEXT) WHERE id = 3")
    conn.commit()
    conn.close()
    with pytest.raises(PlanFileError, match="table unit, row 3 holds text that is not UTF-8"):
        Store.open(plan, read_only=True)
