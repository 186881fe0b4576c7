"""The real cause of a CSV that does not import (issue 17 item 11): a damaged byte in a
UTF-8 file is reported where it is instead of the whole file being read as
Windows-1252; UTF-16 ("Unicode text" from Excel) and tabs are read; a row with the
other delimiter, a header mixing them, a quote never closed and a parent that differs
from a unit only by a non-breaking space are named."""

from __future__ import annotations

from pathlib import Path

import pytest

from rbdesk.i18n import Text
from rbdesk.interchange.reference_csv import CsvImportError, import_reference_csv
from rbdesk.rules import default_catalogue

ROWS = [
    ("unit", "parent_unit", "unit_kind"),
    ("Bupati Contoh", "", "kepala_daerah"),
    ("Sekretariat Daerah", "Bupati Contoh", "sekretariat_daerah"),
    ("Dinas Pendidikan – Kebudayaan", "Bupati Contoh", "dinas"),
    ("Dinas Kesehatan", "Bupati Contoh", "dinas"),
]


def _csv(rows=ROWS, sep: str = ",") -> str:
    return "".join(sep.join(r) + "\r\n" for r in rows)


def _import(tmp_path: Path, raw: bytes):
    path = tmp_path / "opd.csv"
    path.write_bytes(raw)
    return import_reference_csv(path, default_catalogue())


def _problems(tmp_path: Path, raw: bytes) -> list[str]:
    with pytest.raises(CsvImportError) as failed:
        _import(tmp_path, raw)
    return [p.said("en") for p in failed.value.problems]


def test_one_bad_byte_in_utf8_is_reported_at_its_cell(tmp_path: Path) -> None:
    raw = _csv().encode("utf-8").replace(b"Kesehatan", b"Kese\xe9hatan")
    problems = _problems(tmp_path, raw)
    assert problems == [
        "row 5, column unit: byte 0xE9 is not UTF-8 while the rest of the file is "
        "(that byte was damaged or pasted from another program); fix this cell"
    ]


def test_a_file_with_no_utf8_is_read_as_windows_1252(tmp_path: Path) -> None:
    result = _import(tmp_path, _csv().encode("cp1252"))
    assert Text("notice.csv.cp1252", {}) in result.notices
    assert "Dinas Pendidikan – Kebudayaan" in {u.name for u in result.structure.units.values()}


def test_utf16_unicode_text_from_excel_is_read(tmp_path: Path) -> None:
    result = _import(tmp_path, _csv(sep="\t").encode("utf-16"))
    assert Text("notice.csv.utf16", {}) in result.notices
    assert Text("notice.csv.tabs", {}) in result.notices
    assert "Dinas Pendidikan – Kebudayaan" in {u.name for u in result.structure.units.values()}


def test_a_row_with_the_other_delimiter_is_named(tmp_path: Path) -> None:
    text = _csv(sep=";").replace("Dinas Kesehatan;Bupati Contoh;dinas",
                                 "Dinas Kesehatan,Bupati Contoh,dinas")  # fmt: skip
    problems = _problems(tmp_path, text.encode())
    assert problems == ["row 5: this row separates its cells with ',' while the header uses ';'"]


def test_a_header_mixing_delimiters_is_named(tmp_path: Path) -> None:
    text = _csv().replace("unit,parent_unit,unit_kind", "unit;parent_unit,unit_kind", 1)
    problems = _problems(tmp_path, text.encode())
    assert len(problems) == 1 and "mixes the separators" in problems[0]


def test_a_quote_never_closed_is_named_where_it_opens(tmp_path: Path) -> None:
    text = _csv().replace("Dinas Pendidikan", '"Dinas Pendidikan', 1)
    problems = _problems(tmp_path, text.encode())
    assert problems == ['row 4: a quote (") opened on this row is never closed, so every row '
                        "after it would read as one cell"]  # fmt: skip


def test_a_quote_inside_a_cell_is_text(tmp_path: Path) -> None:
    text = _csv().replace("Dinas Kesehatan", 'Dinas Kesehatan 5"', 2)
    result = _import(tmp_path, text.encode())
    assert 'Dinas Kesehatan 5"' in {u.name for u in result.structure.units.values()}


def test_a_parent_differing_by_a_non_breaking_space_is_named(tmp_path: Path) -> None:
    rows = [*ROWS, ("Bidang Anggaran", "Sekretariat\u00a0Daerah", "bidang")]
    problems = _problems(tmp_path, _csv(rows).encode())
    assert problems == [
        "row 6, column parent_unit: parent 'Sekretariat\u00a0Daerah' differs from unit "
        "'Sekretariat Daerah' (row 3) only in its spaces: one of them holds a non-breaking "
        "or a double space"
    ]


def test_a_line_break_inside_a_quoted_cell_keeps_each_problem_on_its_line(
    tmp_path: Path,
) -> None:
    text = _csv() + 'Dinas X,Bupati Contoh,"din\nas"\r\n'  # a kind the catalogue lacks
    with pytest.raises(CsvImportError) as failed:
        _import(tmp_path, text.encode())
    for lang in ("en", "id"):
        lines = failed.value.message(lang).splitlines()
        assert len(lines) == 1 + len(failed.value.problems)
        assert any("din\ufffdas" in line for line in lines)
