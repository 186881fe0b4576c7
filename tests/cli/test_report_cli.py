"""``rbdesk report`` and ``rbdesk sign``: the proposal from the command line, the
signatories kept in the plan, and bad input ending in one line and exit status 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from rbdesk.store import Store


def rbdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "rbdesk", *args], capture_output=True,
                          text=True, timeout=600)  # fmt: skip


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli_report") / "sukamaju.rbd"
    assert rbdesk("sample", "-o", str(path)).returncode == 0
    return path


def test_report_with_defaults_and_choices(plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "usulan.pdf"
    done = rbdesk("report", str(plan), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "(Kondisi Saat Ini → Usulan Penataan 2027, A4)" in done.stdout
    assert "halaman" in done.stdout  # Indonesian unless asked otherwise
    reader = PdfReader(out)
    assert f"Halaman 1 dari {len(reader.pages)}" in reader.pages[0].extract_text()
    assert list(tmp_path.iterdir()) == [out]

    out_en = tmp_path / "proposal-f4.pdf"
    done = rbdesk("report", str(plan), "-o", str(out_en), "--paper", "F4", "--lang", "en",
                  "--from", "Kondisi Saat Ini", "--to", "Usulan Penataan 2027")  # fmt: skip
    assert done.returncode == 0, done.stderr
    first = PdfReader(out_en).pages[0]
    assert round(float(first.mediabox.height) / 72 * 25.4) == 330
    assert "Page 1 of" in first.extract_text()
    assert "pages" in done.stdout


def test_report_of_one_scenario(plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "kajian.pdf"
    done = rbdesk("report", str(plan), "-o", str(out), "--from", "Usulan Penataan 2027")
    assert done.returncode == 0, done.stderr
    assert "→" not in done.stdout
    assert "KAJIAN PERANGKAT DAERAH" in PdfReader(out).pages[0].extract_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--to", "Tidak Ada"], "tidak ada skenario bernama 'Tidak Ada'"),
        (["--to", "Tidak Ada", "--lang", "en"], "no scenario named 'Tidak Ada'"),
        (["--from", "Usulan Penataan 2027", "--to", "Kondisi Saat Ini"], "bukan turunan"),
        (["--paper", "Letter"], "pilihan tidak sah: 'Letter'"),
        (["--paper", "Letter", "--lang", "en"], "invalid choice: 'Letter'"),
    ],
)
def test_report_bad_input(plan: Path, tmp_path: Path, args: list[str], message: str) -> None:
    out = tmp_path / "x.pdf"
    done = rbdesk("report", str(plan), "-o", str(out), *args)
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_report_bad_files(plan: Path, tmp_path: Path) -> None:
    existing = tmp_path / "old.pdf"
    existing.write_bytes(b"keep")
    for args, message in (
        ([str(plan), "-o", str(existing)], "sudah ada; gunakan --force"),
        ([str(tmp_path / "none.rbd"), "-o", str(tmp_path / "a.pdf")], "berkasnya tidak ada"),
        ([str(plan), "-o", str(tmp_path / "no" / "a.pdf")], "tidak ada"),
        ([str(existing), "-o", str(tmp_path / "b.pdf")], "bukan basis data SQLite"),
        ([str(plan), "-o", str(tmp_path / "a.txt")], "berakhiran .pdf"),
        ([str(plan), "-o", str(tmp_path / "a.txt"), "--lang", "en"], "name it with .pdf"),
    ):
        done = rbdesk("report", *args)
        assert done.returncode == 2, args
        assert message in done.stderr, (args, done.stderr)
        assert len(done.stderr.strip().splitlines()) == 1
    assert existing.read_bytes() == b"keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.pdf"]


def test_sign_sets_shows_and_clears(plan: Path, tmp_path: Path) -> None:
    done = rbdesk(
        "sign",
        str(plan),
        "--role",
        "disiapkan",
        "--name",
        "Dra. Sri <W> & Co",
        "--nip",
        "19700101 199003 2 001",
        "--title",
        "Kepala Bagian Organisasi",
    )
    assert done.returncode == 0, done.stderr
    assert (
        "Disiapkan oleh: Dra. Sri <W> & Co (Kepala Bagian Organisasi), NIP 19700101 199003 2 001"
        in done.stdout
    )
    done = rbdesk("sign", str(plan), "--role", "prepared", "--title", "Kabag Organisasi")
    assert "Dra. Sri <W> & Co (Kabag Organisasi)" in done.stdout
    done = rbdesk("sign", str(plan), "--role", "checked", "--nip", "123")
    assert done.returncode == 2 and "berisi 3 angka" in done.stderr
    done = rbdesk("sign", str(plan), "--role", "checked", "--nip", "123", "--lang", "en")
    assert done.returncode == 2 and "has 3 digits" in done.stderr
    assert "Traceback" not in done.stderr
    with Store.open(plan, read_only=True) as store:
        assert [s.role.value for s in store.signatories()] == ["prepared"]
    out = tmp_path / "r.pdf"
    assert rbdesk("report", str(plan), "-o", str(out)).returncode == 0
    last = PdfReader(out).pages[1].extract_text()  # the lembar pengesahan (issue 14)
    assert "Dra. Sri <W> & Co" in last and "NIP 19700101 199003 2 001" in last
    assert rbdesk("sign", str(plan), "--role", "prepared", "--clear").returncode == 0
    listing = rbdesk("sign", str(plan), "--lang", "en").stdout
    assert listing.splitlines()[0].split() == ["Prepared", "by:", "–"]
    done = rbdesk("sign", str(plan), "--role", "approved")
    assert done.returncode == 2 and "--name" in done.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--name", "Budi"], "--name memerlukan --role"),
        (["--name", "Budi", "--lang", "en"], "--name needs --role"),
        (["--nip", "19700101 199003 1 001", "--title", "Sekda"], "--nip, --title memerlukan"),
        (["--role", "approved", "--clear", "--name", "Budi"], "digabung dengan --name"),
        (["--clear"], "--clear memerlukan --role"),
    ],
)
def test_sign_refuses_fields_it_would_ignore(plan: Path, args: list[str], message: str) -> None:
    with Store.open(plan, read_only=True) as store:
        before = store.signatories()
    done = rbdesk("sign", str(plan), *args)
    assert done.returncode == 2 and message in done.stderr, done.stderr
    with Store.open(plan, read_only=True) as store:
        assert store.signatories() == before


def test_report_for_the_window_progress_and_cancel(plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "jendela.pdf"
    cancel = tmp_path / "batal"
    done = rbdesk("report", str(plan), "-o", str(out), "--progress", "--cancel-file",
                  str(cancel), "--to=Usulan Penataan 2027")  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    steps = [tuple(map(int, ln.split()[1:])) for ln in lines if ln.startswith("progress ")]
    assert steps[0] == (0, 1) and steps[-1][0] == steps[-1][1]
    assert f"pages {len(PdfReader(out).pages)}" in lines
    cancel.touch()
    stopped = tmp_path / "batal.pdf"
    done = rbdesk("report", str(plan), "-o", str(stopped), "--cancel-file", str(cancel))
    assert done.returncode == 3 and "dibatalkan" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["batal", "jendela.pdf"]
