"""Restructuring from the command line: ``propose``, ``op`` and ``ops``. Each operation
on a fresh proposal of the sample region, the file checked afterwards; refusals leave
the plan's bytes as they were; ``compare`` then shows merges and splits as such."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rbdesk.cli import run
from rbdesk.domain.model import OperationKind, Structure
from rbdesk.interchange.sample import CURRENT_NAME, PROPOSAL_NAME, write_sample
from rbdesk.store import Store

PROPOSAL = "Usulan Uji"
DINSOS = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
DP2KB = "Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan " + (
    "Perlindungan Anak"
)
DISKOP = "Dinas Koperasi, Usaha Kecil dan Menengah, Perdagangan dan Perindustrian"
BID_TPH = "Bidang Tanaman Pangan dan Hortikultura"


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample region and a proposal made by ``rbdesk propose``."""
    path = tmp_path_factory.mktemp("ops") / "sample.rbd"
    write_sample(path).close()
    assert run(["propose", str(path), "--name", PROPOSAL]) == 0
    return path


@pytest.fixture
def plan(tmp_path: Path, source: Path) -> Path:
    path = tmp_path / "plan.rbd"
    shutil.copyfile(source, path)
    return path


def cli(*args: str) -> int:
    """The exit status of a command run in this process (argparse's refusals exit)."""
    try:
        return run(list(args))
    except SystemExit as exc:
        return int(exc.code or 0)


def op(plan: Path, *args: str, scenario: str = PROPOSAL) -> int:
    return cli("op", str(plan), "--scenario", scenario, *args)


def load(plan: Path, scenario: str = PROPOSAL) -> tuple[Structure, Structure]:
    """``(baseline, proposal)``."""
    with Store.open(plan, read_only=True) as store:
        proposal = store.scenario_by_name(scenario)
        assert proposal.derived_from is not None
        return store.load(proposal.derived_from), store.load(proposal.id)


def named(s: Structure, name: str) -> int:
    (found,) = [uid for uid, u in s.units.items() if u.name == name]
    return found


def origin_names(base: Structure, s: Structure, uid: int) -> set[str]:
    return {base.units[x.origin_id].name for x in s.lineage if x.unit_id == uid}


def recorded(base: Structure, s: Structure) -> dict[str, Any]:
    """The last operation, with names for ids."""
    last = s.operations[-1]
    return {
        "kind": last.kind,
        "before": [base.units[u].name for u in last.before],
        "after": [s.units[u].name for u in last.after],
        "reason": last.justification,
        "basis": last.basis,
    }


def test_propose_copies_the_current_scenario_with_lineage(source: Path) -> None:
    base, s = load(source)
    assert len(s.units) == len(base.units) and s.operations == []
    origin = {x.unit_id: x.origin_id for x in s.lineage}
    assert len(origin) == len(s.lineage) == len(s.units)  # one origin each
    for uid, unit in s.units.items():
        old = base.units[origin[uid]]
        assert (unit.name, unit.kind, unit.eselon) == (old.name, old.kind, old.eselon)
        assert (unit.parent_id is None) == (old.parent_id is None)
        if unit.parent_id is not None:
            assert origin[unit.parent_id] == old.parent_id


def test_propose_from_a_named_scenario_and_refusals(plan: Path, capsys) -> None:
    assert run(["propose", str(plan), "--name", "Usulan B", "--from", PROPOSAL_NAME]) == 0
    assert "Usulan B" in capsys.readouterr().out
    with Store.open(plan, read_only=True) as store:
        b = store.scenario_by_name("Usulan B")
        assert b.derived_from == store.scenario_by_name(PROPOSAL_NAME).id
    data = plan.read_bytes()
    assert run(["propose", str(plan), "--name", PROPOSAL]) == 2  # the name is taken
    assert run(["propose", str(plan), "--name", "X", "--from", "Tidak Ada"]) == 2
    assert plan.read_bytes() == data


def test_merge(plan: Path, capsys) -> None:
    assert op(plan, "merge", DINSOS, DP2KB, "--into", "Dinas Sosial dan PPKB", "--merge-children",
              "--reason", "Serumpun (rumpun b)", "--basis", "PP 18/2016 Pasal 40") == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "Penggabungan" in out and "Serumpun (rumpun b)" in out
    base, s = load(plan)
    new = named(s, "Dinas Sosial dan PPKB")
    assert origin_names(base, s, new) == {DINSOS, DP2KB}
    sekretariat = [u for u in s.units.values() if u.parent_id == new and u.kind == "sekretariat"]
    assert len(sekretariat) == 1
    assert len(origin_names(base, s, sekretariat[0].id)) == 1  # both named "Sekretariat"
    assert len([x for x in s.lineage if x.unit_id == sekretariat[0].id]) == 2
    assert recorded(base, s) | {"before": None} == {
        "kind": OperationKind.MERGE, "before": None,
        "after": ["Dinas Sosial dan PPKB", "Sekretariat", "Subbagian Umum dan Kepegawaian",
                  "Subbagian Perencanaan dan Keuangan"],
        "reason": "Serumpun (rumpun b)", "basis": "PP 18/2016 Pasal 40",
    }  # fmt: skip
    assert recorded(base, s)["before"][:2] == [DINSOS, DP2KB]


def test_merge_into_one_of_the_units(plan: Path) -> None:
    assert op(plan, "merge", DINSOS, DP2KB, "--into", DP2KB, "--reason", "r") == 0
    base, s = load(plan)
    assert origin_names(base, s, named(s, DP2KB)) == {DINSOS, DP2KB}
    assert DINSOS not in {u.name for u in s.units.values()}


def test_split(plan: Path) -> None:
    assert op(plan, "split", DISKOP, "--into", "Dinas Koperasi dan UKM",
              "Dinas Perdagangan dan Perindustrian", "--assign", "3.30=2", "--assign",
              "3.31=Dinas Perdagangan dan Perindustrian", "--assign", "Bidang Perdagangan=2",
              "--reason", "Beban kerja") == 0  # fmt: skip
    base, s = load(plan)
    first, second = (
        named(s, "Dinas Koperasi dan UKM"),
        named(s, "Dinas Perdagangan dan Perindustrian"),
    )
    assert origin_names(base, s, first) == origin_names(base, s, second) == {DISKOP}
    assert {a.code for a in s.assignments if a.unit_id == second} == {"3.30", "3.31"}
    assert {a.code for a in s.assignments if a.unit_id == first} == {"2.17"}
    assert s.units[named(s, "Bidang Perdagangan")].parent_id == second
    assert s.units[named(s, "Bidang Perindustrian")].parent_id == first
    assert recorded(base, s)["before"] == [DISKOP]
    assert recorded(base, s)["kind"] is OperationKind.SPLIT


def test_move_create_rename_retype(plan: Path) -> None:
    assert op(plan, "move", "Bidang Transmigrasi", "--under", "Dinas Tenaga Kerja",
              "--reason", "Serumpun") == 0  # fmt: skip
    assert op(plan, "create", "Bidang Pertanahan", "--kind", "bidang", "--under",
              "Dinas Perumahan dan Kawasan Permukiman", "--reason", "Urusan 2.10") == 0  # fmt: skip
    assert op(plan, "rename", DINSOS, "--to", "Dinas Sosial", "--reason", "Nomenklatur",
              "--date", "2027-03-01") == 0  # fmt: skip
    assert op(plan, "retype", "UPT Pengujian Kendaraan Bermotor", "--type", "A",
              "--reason", "Beban kerja") == 0  # fmt: skip
    base, s = load(plan)
    kinds = [o.kind.value for o in s.operations]
    assert kinds == ["move", "create", "rename", "retype"]
    transmigrasi = named(s, "Bidang Transmigrasi")
    assert s.units[s.units[transmigrasi].parent_id].name == "Dinas Tenaga Kerja"
    pertanahan = named(s, "Bidang Pertanahan")
    assert (s.units[pertanahan].eselon, origin_names(base, s, pertanahan)) == ("IIIb", set())
    assert origin_names(base, s, named(s, "Dinas Sosial")) == {DINSOS}
    assert s.operations[2].date == "2027-03-01"
    upt = s.units[named(s, "UPT Pengujian Kendaraan Bermotor")]
    assert (upt.unit_type, upt.eselon) == ("A", "IVa")  # kelas A of a kabupaten: IVa


def test_abolish_lists_the_positions_that_go(plan: Path, capsys) -> None:
    assert op(plan, "abolish", "Bidang Pengujian Sarana", "--reason", "Melebihi batas bidang",
              "--basis", "PP 18/2016 Pasal 82") == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "jabatan yang hilang" in out and "Kepala Bidang Pengujian Sarana" in out
    base, s = load(plan)
    assert "Bidang Pengujian Sarana" not in {u.name for u in s.units.values()}
    assert recorded(base, s)["before"][0] == "Bidang Pengujian Sarana"
    assert recorded(base, s)["after"] == []


def test_abolish_rehoming_the_children(plan: Path) -> None:
    _, before = load(plan)
    kids = {u.name for u in before.units.values()
            if u.parent_id == named(before, "Bidang Pengujian Sarana")}  # fmt: skip
    assert op(plan, "abolish", "Bidang Pengujian Sarana", "--rehome-under",
              "UPT Pengujian Kendaraan Bermotor", "--reason", "r") == 0  # fmt: skip
    _, s = load(plan)
    upt = named(s, "UPT Pengujian Kendaraan Bermotor")
    assert kids and kids <= {u.name for u in s.units.values() if u.parent_id == upt}


def test_to_functional_clears_the_eselon(plan: Path) -> None:
    _, before = load(plan)
    bidang = named(before, BID_TPH)
    seksi = sorted(str(u.id) for u in before.units.values() if u.parent_id == bidang)
    assert op(plan, "to-functional", *seksi, "--post", "Pengendali Organisme Pengganggu Tumbuhan",
              "--reason", "Penyederhanaan birokrasi") == 0  # fmt: skip
    base, s = load(plan)
    (group,) = [u for u in s.units.values() if u.parent_id == bidang]
    assert group.kind == "kelompok_fungsional" and group.eselon is None
    assert group.name == "Kelompok Jabatan Fungsional Tanaman Pangan dan Hortikultura"
    assert len(origin_names(base, s, group.id)) == 3
    titles = {p.title for p in s.positions if p.unit_id == group.id}
    assert "Pengendali Organisme Pengganggu Tumbuhan Ahli Muda" in titles
    assert recorded(base, s)["kind"] is OperationKind.CONVERT


# -- refusals ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--scenario", CURRENT_NAME, "rename", DINSOS, "--to", "X", "--reason", "r"],
         "hanya dibuat pada skenario usulan"),
        (["--scenario", PROPOSAL, "rename", "Sekretariat", "--to", "X", "--reason", "r"],
         "sebut unitnya dengan nomornya"),
        (["--scenario", PROPOSAL, "rename", DINSOS, "--to", "X"], "--reason"),
        (["--scenario", PROPOSAL, "rename", "Dinas Rekaan", "--to", "X", "--reason", "r"],
         "tidak ada unit bernama atau bernomor 'Dinas Rekaan'"),
        (["--scenario", PROPOSAL, "rename", DINSOS, "--to", "X", "--reason", " "],
         "alasan langkah penataan wajib diisi"),
        (["--scenario", PROPOSAL, "merge", DINSOS, "--into", "X", "--reason", "r"],
         "sekurang-kurangnya dua unit"),
        (["--scenario", PROPOSAL, "split", DINSOS, "--into", "A", "B", "--assign", "9.99=1",
          "--reason", "r"], "bukan unit bawahan, kode urusan, atau jabatan"),
        (["--scenario", PROPOSAL, "move", "Bidang Transmigrasi", "--under", DINSOS, "--under",
          "Kecamatan Rekaan", "--reason", "r"], "Kecamatan Rekaan"),
        (["--scenario", "Tidak Ada", "rename", DINSOS, "--to", "X", "--reason", "r"],
         "Tidak Ada"),
    ],
)  # fmt: skip
def test_refusals_leave_the_plan_as_it_was(
    plan: Path, capsys, args: list[str], message: str
) -> None:
    data = plan.read_bytes()
    assert cli("op", str(plan), *args) == 2
    err = capsys.readouterr().err
    assert message in err, err
    assert "Traceback" not in err
    assert plan.read_bytes() == data
    assert not Path(f"{plan}-wal").exists()


def test_an_ambiguous_name_lists_the_candidates_with_their_opd(plan: Path, capsys) -> None:
    assert op(plan, "rename", "Sekretariat", "--to", "X", "--reason", "r") == 2
    err = capsys.readouterr().err
    _, s = load(plan)
    sekretariat = [u.id for u in s.units.values() if u.name == "Sekretariat"]
    assert f"{len(sekretariat)} unit bernama 'Sekretariat'" in err
    dinsos = named(s, DINSOS)
    (mine,) = [u for u in sekretariat if s.units[u].parent_id == dinsos]
    assert f"{mine} ({DINSOS})" in err
    # by its number it is found
    assert op(plan, "rename", str(mine), "--to", "Sekretariat Dinas Sosial", "--reason", "r") == 0


def _lock(plan: Path, pid: int, host: str) -> None:
    Path(f"{plan}.lock").write_text(f"{pid}\nrbdesk\n{host}\n", encoding="utf-8")


def test_a_plan_open_in_the_window_is_refused(plan: Path, capsys) -> None:
    data = plan.read_bytes()
    _lock(plan, os.getpid(), socket.gethostname())  # a live process holds it
    assert op(plan, "rename", DINSOS, "--to", "X", "--reason", "r") == 2
    assert run(["propose", str(plan), "--name", "Usulan B"]) == 2
    err = capsys.readouterr().err
    assert "sedang dibuka untuk disunting di jendela" in err and f"{plan}.lock" in err
    assert plan.read_bytes() == data
    _lock(plan, 1, "komputer-lain")  # another computer's: it may be live
    assert op(plan, "rename", DINSOS, "--to", "X", "--reason", "r") == 2
    # a lock left by a window that is gone is stale, as Qt itself treats it
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    _lock(plan, gone.pid, socket.gethostname())
    assert op(plan, "rename", DINSOS, "--to", "X", "--reason", "r") == 0
    assert run(["ops", str(plan), "--scenario", PROPOSAL]) == 0  # reading is never refused


def test_a_real_qt_lock_is_seen(plan: Path, capsys) -> None:
    """The lock the window takes (QLockFile, in this process) refuses a command run
    in another process, which reads it without Qt."""
    from PySide6.QtCore import QLockFile

    lock = QLockFile(f"{plan}.lock")
    lock.setStaleLockTime(0)
    assert lock.tryLock(0)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "rbdesk", "op", str(plan), "--scenario", PROPOSAL, "rename",
             DINSOS, "--to", "X", "--reason", "r", "--lang", "en"],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
    finally:
        lock.unlock()
    assert done.returncode == 2, done.stderr
    assert "open for editing in the rbdesk window" in done.stderr


# -- listing and comparing -----------------------------------------------------------------


@pytest.fixture
def worked(plan: Path) -> Iterator[Path]:
    """A proposal with a merge and a split made by ``op``."""
    assert op(plan, "merge", DINSOS, DP2KB, "--into", "Dinas Sosial dan PPKB",
              "--reason", "Serumpun", "--basis", "PP 18/2016 Pasal 40") == 0  # fmt: skip
    assert op(plan, "split", DISKOP, "--into", "Dinas Koperasi dan UKM",
              "Dinas Perdagangan dan Perindustrian", "--reason", "Beban kerja") == 0  # fmt: skip
    yield plan


def test_ops_lists_the_operations(worked: Path, capsys) -> None:
    capsys.readouterr()
    data = worked.read_bytes()
    assert run(["ops", str(worked), "--scenario", PROPOSAL, "--format", "json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [(i["kind"], i["reason"], i["basis"]) for i in items] == [
        ("merge", "Serumpun", "PP 18/2016 Pasal 40"), ("split", "Beban kerja", "")]  # fmt: skip
    assert items[0]["before"] == [DINSOS, DP2KB]
    assert items[0]["after"] == ["Dinas Sosial dan PPKB"]
    assert items[1]["after"] == ["Dinas Koperasi dan UKM", "Dinas Perdagangan dan Perindustrian"]
    assert all(set(i) >= {"kind", "before", "after", "reason", "basis", "date"} for i in items)
    assert run(["ops", str(worked), "--scenario", PROPOSAL, "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert "2 restructuring operations" in text and "legal basis: PP 18/2016 Pasal 40" in text
    assert worked.read_bytes() == data
    # without --scenario: the newest proposal of the current scenario
    assert run(["ops", str(worked), "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_ops_of_the_shipped_proposal(plan: Path, capsys) -> None:
    assert run(["ops", str(plan), "--scenario", PROPOSAL_NAME, "--format", "json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert len(items) >= 8 and all(i["reason"] for i in items)


def test_compare_shows_merge_and_split_with_the_operations(worked: Path, capsys) -> None:
    capsys.readouterr()
    assert run(["compare", str(worked), "--to", PROPOSAL, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    actions = {c["name"]: c["Action"] for c in data["changes"]}
    assert actions[f"{DINSOS} + {DP2KB}|Dinas Sosial dan PPKB"] == "Merge"
    split = [c for c in data["changes"] if c["Action"] == "Split"]
    assert len(split) == 1 and split[0]["name"].startswith(DISKOP + "|")
    assert data["counts"]["Add"] == 0 and data["counts"]["Delete"] == 0
    assert [o["reason"] for o in data["operations"]] == ["Serumpun", "Beban kerja"]
    assert set(data) >= {"counts", "changes", "operations"}
    assert run(["compare", str(worked), "--to", PROPOSAL]) == 0
    text = capsys.readouterr().out
    assert "Langkah penataan (2):" in text and "alasan: Serumpun" in text
    assert "Digabung" in text and "Dipecah" in text


def test_the_operations_answer_to_their_indonesian_names(plan: Path) -> None:
    """``gabungkan``, ``ubah-nomenklatur`` ... do what ``merge``, ``rename`` ... do."""
    assert (
        op(plan, "ubah-nomenklatur", DINSOS, "--to", "Dinas Sosial", "--reason", "Nomenklatur") == 0
    )
    base, s = load(plan)
    assert recorded(base, s)["kind"].value == "rename"
    assert named(s, "Dinas Sosial")


def test_answers_records_the_findings_and_their_basis(plan: Path, capsys) -> None:
    """``--answers RULE`` records the findings of that rule on the named units, as the
    window's Pertimbangan box does, and their basis when no --basis is given."""
    assert op(plan, "merge", DINSOS, DP2KB, "--into", "Dinas Sosial dan PPKB", "--answers",
              "overlap.urusan_shared", "--reason", "Tumpang tindih 2.08") == 0  # fmt: skip
    base, s = load(plan)
    last = s.operations[-1]
    assert last.findings and all(r.startswith("overlap.urusan_shared|") for r in last.findings)
    assert any("2.08" in r for r in last.findings)
    assert "Pasal" in last.basis
    # the same reference the comparison matches against the baseline's finding
    capsys.readouterr()
    assert cli("compare", str(plan), "--to", PROPOSAL, "--format", "json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["operations"][-1]["reason"] == "Tumpang tindih 2.08"


def test_answers_of_a_rule_with_no_finding_there_is_refused(plan: Path, capsys) -> None:
    data = plan.read_bytes()
    assert op(plan, "rename", DINSOS, "--to", "X", "--answers", "spans.wide",
              "--reason", "r") == 2  # fmt: skip
    err = capsys.readouterr().err
    assert "spans.wide" in err and "overlap.urusan_shared" in err and "Traceback" not in err
    assert plan.read_bytes() == data


def test_split_hands_out_the_headcount(plan: Path, capsys) -> None:
    _base, s = load(plan)
    unit = s.units[named(s, DISKOP)]
    assert unit.headcount_existing >= 1 and unit.headcount_needed >= 1
    give = (unit.headcount_existing, 0)
    assert op(plan, "split", DISKOP, "--into", "Dinas Koperasi dan UKM",
              "Dinas Perdagangan dan Perindustrian", "--headcount", f"2={give[0]}",
              "--reason", "Beban kerja") == 0  # fmt: skip
    _base, s = load(plan)
    second = s.units[named(s, "Dinas Perdagangan dan Perindustrian")]
    first = s.units[named(s, "Dinas Koperasi dan UKM")]
    assert (second.headcount_existing, second.headcount_needed) == give
    assert first.headcount_existing == unit.headcount_existing - give[0]
    assert first.headcount_needed == unit.headcount_needed - give[1]
    data = plan.read_bytes()
    assert op(plan, "split", "Dinas Koperasi dan UKM", "--into", "A", "B",
              "--headcount", "B=banyak", "--reason", "r") == 2  # fmt: skip
    assert "--headcount 'B=banyak'" in capsys.readouterr().err
    assert op(plan, "split", "Dinas Koperasi dan UKM", "--into", "A", "B",
              "--headcount", "B=99999", "--reason", "r") == 2  # fmt: skip
    assert "melebihi" in capsys.readouterr().err
    assert plan.read_bytes() == data
