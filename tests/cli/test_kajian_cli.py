"""``rbdesk kajian``: the planner's parts of the kajian set from the command line and kept
in the plan (issue 14 item 5); a bad value is refused with exit 2, named in the run's
language, and nothing is written; the report prints what was set."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from rbdesk.interchange.sample import write_sample
from rbdesk.report import kajian as kj
from rbdesk.store import Store

PERDA = "Peraturan Daerah Kabupaten Sukamaju Nomor 5 Tahun 2016 tentang Perangkat Daerah"


def _rbdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "rbdesk", *args], capture_output=True,
                          text=True, timeout=300)  # fmt: skip


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.rbd"
    write_sample(path).close()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_set_values_and_read_them_back(plan: Path, tmp_path: Path) -> None:
    from PIL import Image

    emblem = tmp_path / "lambang.png"
    Image.new("RGB", (60, 70), (10, 80, 30)).save(emblem)
    done = _rbdesk("kajian", str(plan), "--set", "place=Soreang", "--set", "number=061/1/Org",
                   "--set", "year=2027", "--set", "rate.IV=540.000", "--set",
                   "reform.asn.sesudah=Fungsional", "--set", "pangkat.checked=Pembina (IV/a)",
                   "--instrument", PERDA, "--emblem", str(emblem), "--iku",
                   "Indeks Reformasi Birokrasi", "baseline=62", "--format", "json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout)
    assert shown["place"] == "Soreang" and shown["rates"] == {"IV": 540000}
    assert shown["instruments"] == [PERDA]
    assert shown["emblem_bytes"] == emblem.stat().st_size
    with Store.open(plan, read_only=True) as store:
        k = kj.load(store)
        code = kj.document_code(store.fingerprint(), k)
    assert (k.place, k.number, k.year) == ("Soreang", "061/1/Org", 2027)
    assert k.reform == {"asn": ("", "Fungsional")}
    assert k.pangkat == {"checked": "Pembina (IV/a)"}
    assert k.iku == {"Indeks Reformasi Birokrasi": {"baseline": "62"}}
    assert k.emblem == emblem.read_bytes()
    assert shown["document_code"] == code
    # an empty text clears; the report prints what is set
    assert _rbdesk("kajian", str(plan), "--set", "number=", "--no-emblem").returncode == 0
    out = tmp_path / "r.pdf"
    done = _rbdesk("report", str(plan), "-o", str(out), "--edition", "pengesahan")
    assert done.returncode == 0, done.stderr
    cover = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "PEMERINTAH KABUPATEN SUKAMAJU" in cover and "TAHUN 2027" in cover
    assert "Soreang," in cover and "Nomor:" not in cover


@pytest.mark.parametrize(("args", "lang", "message"), [
    (["--set", "rate.IV=banyak"], "id", "besaran tunjangan 'banyak' tidak dikenali"),
    (["--set", "year=20x7"], "en", "year '20x7' is not understood"),
    (["--set", "tempat=Soreang"], "en", "unknown field 'tempat'"),
    (["--set", "placeSoreang"], "en", "'placeSoreang' is not KEY=TEXT"),
    (["--iku", "Indeks", "target=1"], "en", "unknown field 'iku.target'"),
])  # fmt: skip
def test_bad_values_are_refused_and_nothing_written(
    plan: Path, args: list[str], lang: str, message: str
) -> None:
    before = _digest(plan)
    # a good value before the bad one is not kept either
    done = _rbdesk("kajian", str(plan), "--lang", lang, "--set", "place=Soreang", *args)
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert _digest(plan) == before


@pytest.mark.parametrize(("content", "message"), [
    (b"GIF89a not an emblem", "must be a PNG or JPEG"),
    (b"\x89PNG\r\n\x1a\n" + b"0" * (kj.MAX_EMBLEM + 10), "too large"),
    (b"\x89PNG\r\n\x1a\nbroken", "cannot be read"),
], ids=["gif", "too-large", "broken"])  # fmt: skip
def test_a_bad_emblem_is_refused(plan: Path, tmp_path: Path, content: bytes, message: str) -> None:
    image = tmp_path / "lambang.png"
    image.write_bytes(content)
    before = _digest(plan)
    done = _rbdesk("kajian", str(plan), "--lang", "en", "--emblem", str(image))
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr
    assert _digest(plan) == before


def test_a_missing_emblem_file_is_named(plan: Path, tmp_path: Path) -> None:
    done = _rbdesk("kajian", str(plan), "--lang", "en", "--emblem", str(tmp_path / "none.png"))
    assert done.returncode == 2
    assert "none.png" in done.stderr and "Traceback" not in done.stderr


def test_report_edition_option(plan: Path, tmp_path: Path) -> None:
    done = _rbdesk("report", str(plan), "-o", str(tmp_path / "x.pdf"), "--edition", "resmi")
    assert done.returncode == 2
    kerja = tmp_path / "k.pdf"
    assert _rbdesk("report", str(plan), "-o", str(kerja), "--edition", "kerja").returncode == 0
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(kerja).pages).split())
    assert "NASKAH KERJA" in text and "(dasar hukum belum terkonfirmasi)" in text
