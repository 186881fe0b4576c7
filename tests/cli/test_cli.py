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


def test_import_and_info(test_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "m.rbd"
    done = rbdesk("import-csv", str(test_data / "mojokerto.csv"), "-o", str(out), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "65 units" in done.stdout
    assert "kota" in done.stderr
    info = rbdesk("info", str(out))
    assert info.returncode == 0
    assert "Kota Mojokerto" in info.stdout and "Kelurahan" in info.stdout
    assert "Faktor geografis:" in info.stdout and "1,10" in info.stdout
    data = json.loads(rbdesk("info", str(out), "--json").stdout)
    assert data["scenarios"][0]["units"] == 65
    assert data["scenarios"][0]["units_per_kind"]["kelurahan"] == 18
    assert len(data["fingerprint"]) == 12


def test_import_refuses_to_overwrite(test_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "m.rbd"
    out.write_bytes(b"keep me")
    done = rbdesk("import-csv", str(test_data / "mojokerto.csv"), "-o", str(out))
    assert done.returncode == 2
    assert "sudah ada; gunakan --force" in done.stderr
    assert out.read_bytes() == b"keep me"


def test_bad_csv_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("unit,parent_unit,unit_kind\nBupati X,,kepala_daerah\nA,Nobody,dinas\n")
    out = tmp_path / "x.rbd"
    done = rbdesk("import-csv", str(bad), "-o", str(out), "--lang", "en")
    assert done.returncode == 2
    assert "row 3, column parent_unit: unknown parent 'Nobody'" in done.stderr
    done = rbdesk("import-csv", str(bad), "-o", str(out))
    assert done.returncode == 2
    assert "baris 3" in done.stderr and "'Nobody'" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [bad]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "berkasnya kosong"),
        (b"just some text\n", "bukan rencana rbdesk"),
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
    assert run(["info", str(tmp_path / "none.rbd"), "--lang", "en"]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert run(["info", str(tmp_path / "none.rbd")]) == 2
    assert "berkasnya tidak ada" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        run(["import-csv", "x.csv", "-o", "y.rbd", "--level", "desa"])
    assert info.value.code == 2


def test_no_command_or_a_file_starts_the_window(monkeypatch) -> None:
    """Without a command rbdesk hands its arguments to the window (whose start-up is
    tested through --screenshot in tests/ui); commands never start it."""
    import rbdesk.cli as cli

    calls: list[list[str]] = []
    monkeypatch.setattr(cli, "run_window", lambda argv: calls.append(list(argv)) or 0)
    assert run([]) == 0
    assert run(["plan.rbd", "--screenshot", "x.png"]) == 0
    assert calls == [[], ["plan.rbd", "--screenshot", "x.png"]]
    with pytest.raises(SystemExit):
        run(["--help"])
    assert len(calls) == 2


@pytest.fixture(scope="module")
def sample_plan(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "s.rbd"
    assert run(["sample", "-o", str(path)]) == 0
    return path


def test_check_exit_status_and_formats(sample_plan: Path, test_data: Path, tmp_path) -> None:
    done = rbdesk("check", str(sample_plan))
    assert done.returncode == 1, done.stderr  # the sample has errors
    # caps.sub_units, and caps.own_rules on the Satpol PP, BPBD and Kesbangpol
    assert "Batas jumlah unit (2)" in done.stdout and "Galat" in done.stdout
    assert "Dasar:" in done.stdout and "caps.sub_units" in done.stdout
    english = rbdesk("check", str(sample_plan), "--lang", "en")
    assert english.returncode == 1
    assert "Caps on sub-units (2)" in english.stdout and "Basis:" in english.stdout
    data = json.loads(rbdesk("check", str(sample_plan), "--format", "json", "--lang", "en").stdout)
    rules = {f["rule"] for f in data["findings"]}
    assert {"caps.sub_units", "overlap.urusan_shared", "overlap.cross_rumpun"} <= rules
    assert data["counts"]["error"] >= 3
    proposal = rbdesk("check", str(sample_plan), "--scenario", "Usulan Penataan 2027")
    assert proposal.returncode == 0, proposal.stdout
    m = tmp_path / "m.rbd"
    assert run(["import-csv", str(test_data / "mojokerto.csv"), "-o", str(m)]) == 0
    assert rbdesk("check", str(m)).returncode == 0  # warnings only


def test_check_bad_input(sample_plan: Path, tmp_path: Path) -> None:
    done = rbdesk("check", str(sample_plan), "--scenario", "Nope", "--lang", "en")
    assert done.returncode == 2 and "no scenario named 'Nope'" in done.stderr
    done = rbdesk("check", str(sample_plan), "--scenario", "Nope")
    assert done.returncode == 2 and "tidak ada skenario bernama 'Nope'" in done.stderr
    bad_pack = tmp_path / "pack.json"
    bad_pack.write_text("{}", encoding="utf-8")
    done = rbdesk("check", str(sample_plan), "--rules", str(bad_pack))
    assert done.returncode == 2 and "paket aturan" in done.stderr
    assert "Traceback" not in done.stderr


def test_compare(sample_plan: Path) -> None:
    done = rbdesk("compare", str(sample_plan), "--to", "Usulan Penataan 2027")
    assert done.returncode == 0, done.stderr
    assert "Sebelum" in done.stdout and "Temuan yang terselesaikan" in done.stdout
    assert "Rata-rata lapis struktur" in done.stdout and "2,40" in done.stdout
    assert "span.band" not in done.stdout and "Move" not in done.stdout
    # without --to, the newest proposal derived from the current scenario, as report does
    assert rbdesk("compare", str(sample_plan)).stdout == done.stdout
    data = json.loads(
        rbdesk(
            "compare", str(sample_plan), "--to", "Usulan Penataan 2027", "--format", "json"
        ).stdout
    )
    resolved = {f["rule"] for f in data["resolved"]}
    assert {"caps.sub_units", "overlap.urusan_shared", "overlap.cross_rumpun"} <= resolved
    assert data["counts"]["Merge"] >= 2 and data["counts"]["Add"] >= 1
    wrong = rbdesk("compare", str(sample_plan), "--from", "Usulan Penataan 2027", "--to",
                   "Kondisi Saat Ini")  # fmt: skip
    assert wrong.returncode == 2 and "bukan turunan dari" in wrong.stderr


def test_an_internal_error_has_its_own_exit_status(monkeypatch, capsys) -> None:
    """A bug (not bad input, not findings) exits 70 with one line and no traceback."""
    import rbdesk.cli as cli

    def broken(args) -> int:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(cli, "cmd_info", broken)
    assert run(["info", "x.rbd", "--lang", "en"]) == cli.EXIT_INTERNAL == 70
    err = capsys.readouterr().err
    assert err.startswith("rbdesk: internal error: ZeroDivisionError")
    assert "RBDESK_DEBUG=1" in err and "Traceback" not in err
    assert len({cli.EXIT_OK, cli.EXIT_FINDINGS, cli.EXIT_BAD_INPUT, cli.EXIT_INTERNAL}) == 4


def test_help_shows_the_window_options_and_exit_statuses(capsys) -> None:
    with pytest.raises(SystemExit):
        run(["--help", "--lang", "en"])
    out = capsys.readouterr().out
    for option in ("--screenshot OUT.png", "--size WxH", "--lang", "Exit status", "70"):
        assert option in out, option
    with pytest.raises(SystemExit):
        run(["--help"])
    out = capsys.readouterr().out
    assert "penggunaan: rbdesk" in out and "--screenshot OUT.png" in out
    assert "Status keluar" in out


def test_sample_says_the_units_of_each_scenario(tmp_path: Path) -> None:
    done = rbdesk("sample", "-o", str(tmp_path / "s.rbd"), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "Kondisi Saat Ini: current, 505 units" in done.stdout
    assert "Usulan Penataan 2027: proposal, 497 units" in done.stdout
