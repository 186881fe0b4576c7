"""``rbdesk sign`` with a name or title longer than its limit (issue 17 item 9): exit 2,
the field and the limit said in the run's language, nothing written; at the limit it
signs."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from rbdesk.domain.limits import MAX_SIGNATORY_FIELD
from rbdesk.interchange.sample import write_sample
from rbdesk.store import Store


def _rbdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "rbdesk", *args], capture_output=True,
                          text=True, timeout=300)  # fmt: skip


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.rbd"
    write_sample(path).close()
    return path


@pytest.mark.parametrize(
    ("option", "lang", "message"),
    [
        ("--name", "en", "signatory name too long: 2400 characters, at most 200"),
        (
            "--title",
            "id",
            "jabatan penanda tangan terlalu panjang: 2400 karakter, paling banyak 200",
        ),
    ],
)
def test_a_long_field_is_refused_and_nothing_written(
    option: str, lang: str, message: str, plan: Path
) -> None:
    before = hashlib.sha256(plan.read_bytes()).hexdigest()
    done = _rbdesk("sign", str(plan), "--role", "approved", option, "N" * 2400, "--lang", lang)
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert hashlib.sha256(plan.read_bytes()).hexdigest() == before


def test_at_the_limit_it_signs(plan: Path) -> None:
    name = "N" * MAX_SIGNATORY_FIELD
    done = _rbdesk("sign", str(plan), "--role", "approved", "--name", name, "--lang", "en")
    assert done.returncode == 0, done.stderr
    with Store.open(plan, read_only=True) as store:
        assert store.signatories()[0].name == name
