"""One language at a time: every command says everything in the run's language.

The language is ``--lang``, else ``RBDESK_LANG``, else the one the planner chose in the
window (its settings file), else Indonesian, never the system locale. Indonesian
output holds no English word of :data:`ENGLISH` and English output no Indonesian word
of :data:`INDONESIAN`, once the plan's own text (names of the region, scenarios and
units) and the legal citations (which stay as the law writes them) are taken out.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rbdesk.i18n import chosen_language, settings_file
from rbdesk.rules.pack import load_pack
from rbdesk.store import Store

TESTS = Path(__file__).resolve().parent.parent

#: English words that must not appear in Indonesian output.
ENGLISH = {
    "the", "and", "of", "error", "errors", "warning", "warnings", "units", "wrote",
    "scenario", "scenarios", "before", "after", "change", "changes", "changed", "findings",
    "resolved", "introduced", "basis", "fix", "region", "plan", "derived", "from", "cannot",
    "does", "not", "exist", "exists", "already", "pages", "page", "proposal", "current",
    "level", "add", "move", "moved", "delete", "merge", "merged", "split", "none", "rule",
    "pack", "file", "folder", "missing", "unknown", "needs", "must", "with", "kind", "usage",
    "required", "arguments", "invalid", "choice", "options", "show", "help", "exit", "empty",
    "prepared", "checked", "approved", "cancelled", "fingerprint", "schema", "name",
}  # fmt: skip
#: Indonesian words that must not appear in English output.
INDONESIAN = {
    "dan", "yang", "tidak", "dengan", "ditulis", "temuan", "galat", "peringatan", "saran",
    "dasar", "sebelum", "sesudah", "selisih", "skenario", "halaman", "berkas", "kesalahan",
    "rencana", "daerah", "tingkat", "baru", "dihapus", "dipindah", "diubah", "digabung",
    "dipecah", "penggunaan", "pilihan", "bantuan", "disiapkan", "diperiksa", "disetujui",
    "sudah", "ada", "jenis", "atasan", "pegawai", "kondisi", "terselesaikan", "perubahan",
}  # fmt: skip

WORD = re.compile(r"[^\W\d_]+")


def rbdesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "rbdesk", *args], capture_output=True,
                          text=True, timeout=600, env=env)  # fmt: skip


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lang") / "s.rbd"
    assert rbdesk("sample", "-o", str(path)).returncode == 0
    return path


def _plan_text(*paths: Path) -> list[str]:
    """The plans' own words (names, the reasons and legal basis of operations), longest
    first. The law's citations are no exception: each language has its own legal form
    ("Pasal 82 ayat (1)" / "Article 82(1)")."""
    texts: set[str] = set()
    for path in paths:
        texts.update(_own_words(path))
    pack = load_pack()
    texts.add(OP_REASON)
    texts.update(pack.title.values())
    return sorted((t for t in texts if t), key=len, reverse=True)


def _own_words(path: Path) -> set[str]:
    texts: set[str] = set()
    with Store.open(path, read_only=True) as store:
        texts.add(store.region().name)
        for scenario in store.scenarios():
            texts.add(scenario.name)
            structure = store.load(scenario.id)
            texts.update(u.name for u in structure.units.values())
            texts.update(u.short_name for u in structure.units.values() if u.short_name)
            texts.update(p.title for p in structure.positions)
            texts.update(o.justification for o in structure.operations)
            texts.update(o.basis for o in structure.operations if o.basis)
    return texts


#: The reason given to the operations the test makes (the plan's own words).
OP_REASON = "Urusan serumpun diwadahi satu dinas"
DINSOS = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
DP2KB = "Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan " + (
    "Perlindungan Anak"
)


def _foreign(text: str, words: set[str], plan_text: list[str]) -> set[str]:
    for own in plan_text:
        text = text.replace(own, " ")
    # paths, options, rule ids and codes are identifiers, not words
    text = re.sub(r"\S*[/\\.=_-]\S*|--\S+|'[^']*'|\{[^}]*\}", " ", text)
    return {w for w in WORD.findall(text) if w.lower() in words}


def _outputs(plan: Path, tmp: Path, lang: str) -> dict[str, str]:
    """What every command prints, in ``lang`` (``--lang``), good input and bad."""
    ops = tmp / f"ops-{lang}.rbd"
    ops.write_bytes(plan.read_bytes())
    new = "Usulan Baru"
    op = ["op", str(ops), "--scenario", new]
    runs = {
        "sample": ["sample", "-o", str(tmp / f"new-{lang}.rbd")],
        "info": ["info", str(plan)],
        "check": ["check", str(plan)],
        "compare": ["compare", str(plan)],
        "report": ["report", str(plan), "-o", str(tmp / f"r-{lang}.pdf")],
        "sign": ["sign", str(plan)],
        "help": ["--help"],
        "missing file": ["info", str(tmp / "none.rbd")],
        "empty file": ["check", str(tmp / "empty.rbd")],
        "bad choice": ["report", str(plan), "-o", str(tmp / "x.pdf"), "--paper", "B5"],
        "missing argument": ["report", str(plan)],
        "unknown scenario": ["compare", str(plan), "--to", "Tidak Ada"],
        "bad nip": ["sign", str(tmp / "copy.rbd"), "--role", "prepared", "--nip", "12"],
        "bad csv": ["import-csv", str(tmp / "bad.csv"), "-o", str(tmp / f"c-{lang}.rbd")],
        "csv": ["import-csv", str(TESTS / "data" / "mojokerto.csv"), "-o",
                str(tmp / f"m-{lang}.rbd")],
        "propose": ["propose", str(ops), "--name", new],
        "op merge": [*op, "merge", DINSOS, DP2KB, "--into", DP2KB, "--merge-children",
                     "--reason", OP_REASON, "--basis", "PP 18/2016 Pasal 40"],
        "op abolish": [*op, "abolish", "Bidang Pengujian Sarana", "--reason", OP_REASON],
        "op current": ["op", str(ops), "--scenario", "Kondisi Saat Ini", "rename", DP2KB,
                       "--to", "X", "--reason", OP_REASON],
        "op ambiguous": [*op, "rename", "Sekretariat", "--to", "X", "--reason", OP_REASON],
        "op unknown": [*op, "rename", "Dinas Rekaan", "--to", "X", "--reason", OP_REASON],
        "op no reason": [*op, "rename", DP2KB, "--to", "X"],
        "op merge too few": [*op, "merge", DP2KB, "--into", "X", "--reason", OP_REASON],
        "ops": ["ops", str(ops), "--scenario", new],
        "ops shipped": ["ops", str(plan)],
        "compare ops": ["compare", str(ops), "--to", new],
    }  # fmt: skip
    runs["repair"] = ["repair", str(plan), "-o", str(tmp / f"repaired-{lang}.rbd")]
    for command in ("sample", "import-csv", "info", "check", "compare", "report", "sign",
                    "propose", "op", "ops", "repair"):  # fmt: skip
        runs[f"help {command}"] = [command, "--help"]
    for operation in ("merge", "split", "move", "create", "abolish", "rename", "retype",
                      "to-functional"):  # fmt: skip
        runs[f"help op {operation}"] = ["op", str(ops), "--scenario", new, operation, "--help"]
    out = {}
    for name, args in runs.items():
        done = rbdesk(*args, "--lang", lang)
        assert "Traceback" not in done.stderr, (name, done.stderr)
        out[name] = done.stdout + done.stderr
    return out


@pytest.fixture(scope="module")
def outputs(plan: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, str]]:
    tmp = tmp_path_factory.mktemp("outputs")
    (tmp / "empty.rbd").write_bytes(b"")
    (tmp / "copy.rbd").write_bytes(plan.read_bytes())
    (tmp / "bad.csv").write_text(
        "unit,parent_unit,unit_kind,eselon\nBupati X,,kepala_daerah,\nA,Nobody,dinas,II.z\n"
        "B,Bupati X,kerajaan,\n",
        encoding="utf-8",
    )
    said = {lang: _outputs(plan, tmp, lang) for lang in ("id", "en")}
    return {**said, "plans": {lang: str(tmp / f"ops-{lang}.rbd") for lang in ("id", "en")}}


def _written(outputs: dict[str, dict[str, str]]) -> list[Path]:
    """The plans the runs wrote operations into."""
    return [Path(path) for path in outputs["plans"].values()]


#: The names of ``rbdesk op``'s operations: commands, like ``import-csv``, not words.
OPERATIONS = ["merge", "split", "move"]


def test_indonesian_output_has_no_english(plan: Path, outputs) -> None:
    own = _plan_text(plan, *_written(outputs))
    leaks = {
        name: _foreign(text, ENGLISH, own + OPERATIONS * name.startswith("help op"))
        for name, text in outputs["id"].items()
    }
    assert {name: words for name, words in leaks.items() if words} == {}


def test_english_output_has_no_indonesian(plan: Path, outputs) -> None:
    own = _plan_text(plan, *_written(outputs))
    leaks = {name: _foreign(text, INDONESIAN, own) for name, text in outputs["en"].items()}
    assert {name: words for name, words in leaks.items() if words} == {}


def test_the_word_lists_can_catch_a_leak(plan: Path) -> None:
    own = _plan_text(plan)
    assert _foreign("wrote 3 units of Kabupaten Sukamaju", ENGLISH, own) == {"wrote", "units", "of"}
    assert _foreign("3 galat dan 2 peringatan", INDONESIAN, own) == {"galat", "dan", "peringatan"}
    assert _foreign("Dinas Perhubungan", INDONESIAN, own) == set()  # the plan's own text


def test_each_output_is_what_its_language_says(outputs) -> None:
    """The runs did what they should, so the scans above looked at real output."""
    ids, ens = outputs["id"], outputs["en"]
    assert "Galat" in ids["check"] and "Errors" not in ids["check"]
    assert "Sebelum" in ids["compare"] and "Before" in ens["compare"] or "before" in ens["compare"]
    assert "berkasnya tidak ada" in ids["missing file"]
    assert "does not exist" in ens["missing file"]
    assert "pilihan tidak sah" in ids["bad choice"] and "invalid choice" in ens["bad choice"]
    assert "wajib diberikan" in ids["missing argument"]
    assert "baris 3" in ids["bad csv"] and "row 3" in ens["bad csv"]
    assert "kesalahan internal" not in ids["bad csv"]
    assert "penggunaan:" in ids["help"] and "usage:" in ens["help"]
    assert "Status keluar" in ids["help"] and "Exit status" in ens["help"]
    assert "Langkah penataan dicatat" in ids["op merge"] and "Operation recorded" in ens["op merge"]
    assert "jabatan yang hilang" in ids["op abolish"] and "positions that go" in ens["op abolish"]
    assert "skenario usulan" in ids["op current"] and "in a proposal only" in ens["op current"]
    assert "sebut unitnya" in ids["op ambiguous"] and "by its number" in ens["op ambiguous"]
    assert "dasar hukum: PP 18/2016 Pasal 40" in ids["ops"] and "legal basis" in ens["ops"]
    assert "Langkah penataan (2):" in ids["compare ops"]


def _env(**changes: str | None) -> dict[str, str]:
    env = dict(os.environ)
    for key, value in changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def test_the_language_follows_flag_variable_window_else_indonesian(
    plan: Path, tmp_path: Path
) -> None:
    config = tmp_path / "config"
    base = {"XDG_CONFIG_HOME": str(config), "RBDESK_LANG": None, "LANG": "en_US.UTF-8",
            "LC_ALL": "en_US.UTF-8", "LANGUAGE": "en"}  # fmt: skip

    def heading(**changes: str | None) -> str:
        done = rbdesk("info", str(plan), env=_env(**{**base, **changes}))
        assert done.returncode == 0, done.stderr
        return done.stdout.splitlines()[1]

    # an English system locale is not the planner's choice
    assert heading().startswith("Daerah:")
    ini = config / "rbdesk" / "rbdesk.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)  # (rbdesk keeps known-plans.json there)
    ini.write_text("[ui]\nlanguage=en\n", encoding="utf-8")  # as the window writes it
    assert heading().startswith("Region:")
    assert heading(RBDESK_LANG="id").startswith("Daerah:")
    done = rbdesk("info", str(plan), "--lang", "id", env=_env(**{**base, "RBDESK_LANG": "en"}))
    assert done.stdout.splitlines()[1].startswith("Daerah:")
    ini.write_bytes(b"\xff\xfe not an ini [")  # a damaged settings file is ignored
    assert heading().startswith("Daerah:")


def test_chosen_language_in_process(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.delenv("RBDESK_LANG", raising=False)
    assert settings_file() == tmp_path / "rbdesk" / "rbdesk.ini"
    assert chosen_language() == "id"
    assert chosen_language("en") == "en"
    monkeypatch.setenv("RBDESK_LANG", "EN ")
    assert chosen_language() == "en"
    monkeypatch.setenv("RBDESK_LANG", "fr")
    assert chosen_language() == "id"
