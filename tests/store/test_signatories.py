"""Signatories of the proposal: kept in the plan, validated, part of the fingerprint
once named, and carried by the JSON plan document."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from rbdesk.domain.errors import InvalidValueError
from rbdesk.domain.model import Signatory, SignatoryRole, normalise_nip
from rbdesk.interchange.plan_json import (
    PlanDocumentError,
    create_plan,
    export_document,
    read_signatories,
)
from rbdesk.interchange.sample import write_sample
from rbdesk.store import PlanFileError, ReadOnlyError, Store
from rbdesk.store.store import SIGNATORIES_KEY

PREPARED = Signatory(SignatoryRole.PREPARED, "Ir. Bambang <B> & Co", "19651231 199203 1 004",
                     "Kepala Bagian Organisasi")  # fmt: skip
APPROVED = Signatory(SignatoryRole.APPROVED, "Drs. H. Sutrisno, M.M.", "196805151990101002",
                     "Sekretaris Daerah")  # fmt: skip


def test_a_plan_has_none_until_named(plan: Path) -> None:
    with Store.open(plan) as store:
        assert store.signatories() == ()


def test_set_and_read_back_in_role_order(plan: Path) -> None:
    with Store.open(plan) as store:
        store.set_signatories([APPROVED, PREPARED])
    with Store.open(plan, read_only=True) as store:
        assert store.signatories() == (PREPARED, APPROVED)
        assert store.signatories()[0].nip == "196512311992031004"


def test_replacing_drops_roles_not_given_and_empty_ones(plan: Path) -> None:
    with Store.open(plan) as store:
        store.set_signatories([PREPARED, APPROVED])
        store.set_signatories([APPROVED, Signatory(SignatoryRole.CHECKED)])
        assert store.signatories() == (APPROVED,)
        store.set_signatories([])
        assert store.signatories() == ()
        assert store.meta(SIGNATORIES_KEY) is None


def test_two_for_one_role_are_refused(plan: Path) -> None:
    with Store.open(plan) as store:
        store.set_signatories([PREPARED])
        with pytest.raises(InvalidValueError, match="two signatories"):
            store.set_signatories([APPROVED, APPROVED])
        assert store.signatories() == (PREPARED,)


@pytest.mark.parametrize(
    ("nip", "reason"),
    [
        ("1970010119900310", "has 16 digits"),
        ("19700101 199003 1 0011", "has 19 digits"),
        ("19700101-199003-1-001", "only digits and spaces"),
        ("19701301 199003 1 001", "birth date"),
        ("19700101 199013 1 001", "year and month"),
        ("19700101 199003 3 001", "must be 1 or 2"),
    ],
)
def test_a_bad_nip_is_refused_with_the_reason(nip: str, reason: str) -> None:
    with pytest.raises(InvalidValueError, match=reason):
        Signatory(SignatoryRole.CHECKED, "Nama", nip)


def test_nip_with_spaces_is_stored_as_digits() -> None:
    assert normalise_nip(" 19700101  199003 1 001 ") == "197001011990031001"
    assert normalise_nip("   ") == ""
    with pytest.raises(InvalidValueError, match="unknown signatory role"):
        Signatory("mengetahui")  # type: ignore[arg-type]


def test_the_fingerprint_covers_named_signatories_only(plan: Path) -> None:
    with Store.open(plan) as store:
        before = store.fingerprint()
        store.set_signatories([PREPARED])
        named = store.fingerprint()
        store.set_signatories([APPROVED])
        other = store.fingerprint()
        store.set_signatories([])
        assert store.fingerprint() == before
    assert len({before, named, other}) == 3


def test_a_read_only_plan_refuses_and_a_crafted_value_is_a_plan_error(plan: Path) -> None:
    with Store.open(plan) as store:
        store.set_meta(SIGNATORIES_KEY, json.dumps([{"role": "prepared", "nip": "12"}]))
    with Store.open(plan, read_only=True) as store:
        with pytest.raises(PlanFileError, match="signatories"):
            store.signatories()
        with pytest.raises(ReadOnlyError):
            store.set_signatories([PREPARED])


def test_the_plan_document_carries_them(tmp_path: Path) -> None:
    with write_sample(tmp_path / "sample.rbd") as store:
        store.set_signatories([PREPARED, APPROVED])
        doc = export_document(store)
    assert doc["signatories"][0] == {
        "role": "prepared",
        "name": PREPARED.name,
        "nip": "196512311992031004",
        "title": PREPARED.title,
    }
    with create_plan(tmp_path / "copy.rbd", doc) as copy:
        assert copy.signatories() == (PREPARED, APPROVED)
    del doc["signatories"]
    with create_plan(tmp_path / "none.rbd", doc) as copy:
        assert copy.signatories() == ()


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([{"role": "boss"}], "signatory 1: unknown role"),
        (
            [{"role": "checked"}, {"role": "checked"}],
            "signatory 2: two signatories for the role 'checked'",
        ),
        ([{"role": "checked", "nip": "123"}], "signatory 1: NIP '123' has 3 digits"),
        ([{"role": "checked", "name": 5}], "'name' must be a text"),
        ("x", "'signatories' must be a list"),
    ],
)
def test_bad_signatories_in_a_document_name_the_entry(entries: object, message: str) -> None:
    with pytest.raises(PlanDocumentError, match=message):
        read_signatories({"signatories": entries})


def test_concurrent_signs_lose_no_update(tmp_path: Path) -> None:
    """Three `rbdesk sign` at once, each for its own role (issue 17 item 12: 3 of 15
    such races lost an update when reading and writing were two transactions)."""
    import subprocess
    import sys

    plan = tmp_path / "s.rbd"
    write_sample(plan).close()
    names = {"prepared": "Ani", "checked": "Budi", "approved": "Citra"}
    for round_ in range(5):
        runs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "rbdesk",
                    "sign",
                    str(plan),
                    "--role",
                    role,
                    "--name",
                    f"{name} {round_}",
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )  # fmt: skip
            for role, name in names.items()
        ]
        for run in runs:
            _, err = run.communicate(timeout=120)
            assert run.returncode == 0, err
        with Store.open(plan, read_only=True) as store:
            found = {s.role.value: s.name for s in store.signatories()}
        assert found == {role: f"{name} {round_}" for role, name in names.items()}


def test_the_fingerprint_covers_a_partial_plan(plan: Path) -> None:
    """Marking a plan partial turns its region-wide checks off, so the proposal printed
    from it differs: the fingerprint says so, and returns when the mark is taken off."""
    with Store.open(plan) as store:
        before = store.fingerprint()
        region = store.region()
        store.set_region(replace(region, partial=True))
        marked = store.fingerprint()
        store.set_region(replace(region, partial=False))
        assert store.fingerprint() == before
    assert marked != before
