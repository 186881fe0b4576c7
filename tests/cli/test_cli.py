"""The command line: help for every command, clear errors and exit codes, no
traceback, and files left untouched on bad input."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from rbdesk.cli import build_parser, run


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rbdesk(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real command in a subprocess, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "rbdesk", *args],
        capture_output=True, text=True, cwd=cwd, timeout=600,
    )  # fmt: skip


def test_every_command_has_help() -> None:
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert set(commands) >= {"sample", "import-csv", "info"}
    for name, sub in commands.items():
        assert sub.description, name
        for action in sub._actions:
            assert action.help, f"{name} {action.dest} has no help"


def test_import_and_info(shared_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "m.rbd"
    done = rbdesk("import-csv", str(shared_data / "mojokerto.csv"), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "65 units" in done.stdout
    assert "assumed kota" in done.stderr
    info = rbdesk("info", str(out))
    assert info.returncode == 0
    assert "Kota Mojokerto" in info.stdout and "kelurahan" in info.stdout
    data = json.loads(rbdesk("info", str(out), "--json").stdout)
    assert data["scenarios"][0]["units"] == 65
    assert data["scenarios"][0]["units_per_kind"]["kelurahan"] == 18
    assert len(data["fingerprint"]) == 12


def test_import_refuses_to_overwrite(shared_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "m.rbd"
    out.write_bytes(b"keep me")
    done = rbdesk("import-csv", str(shared_data / "mojokerto.csv"), "-o", str(out))
    assert done.returncode == 2
    assert "already exists" in done.stderr
    assert out.read_bytes() == b"keep me"


def test_bad_csv_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("unit,parent_unit,unit_kind\nBupati X,,kepala_daerah\nA,Nobody,dinas\n")
    out = tmp_path / "x.rbd"
    done = rbdesk("import-csv", str(bad), "-o", str(out))
    assert done.returncode == 2
    assert "row 3, column parent_unit: unknown parent 'Nobody'" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [bad]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "the file is empty"),
        (b"just some text\n", "not an rbdesk plan"),
    ],
)
def test_info_on_bad_files(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.rbd"
    path.write_bytes(content)
    before = _digest(path)
    done = rbdesk("info", str(path))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and reason in lines[0]
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.rbd"]


def test_missing_file_and_bad_arguments(tmp_path: Path, capsys) -> None:
    assert run(["info", str(tmp_path / "none.rbd")]) == 2
    assert "does not exist" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        run(["import-csv", "x.csv", "-o", "y.rbd", "--level", "desa"])
    assert info.value.code == 2


def test_no_command_says_the_gui_is_not_built_yet(capsys) -> None:
    assert run([]) == 2
    assert "not built yet" in capsys.readouterr().err
