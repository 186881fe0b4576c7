"""Who holds what in one scenario: worked out once per run, read by several checks.

* The *main holders* of an urusan are the units of the overlap's holder kinds (Setda,
  Setwan, Inspektorat, dinas, badan) that hold it as a main urusan.
* The *parts* an OPD runs of the urusan the law splits by sub-urusan (1.05: PP 18/2016
  Pasal 15 ayat (7) and Pasal 37 ayat (7), Pasal 117): ``tramtib`` (ketenteraman dan
  ketertiban umum), ``bencana`` and ``kebakaran``. An OPD runs a part when one of its
  units holds that sub-urusan in any role, or, for an OPD holding the urusan, when its
  name (or, failing that, a name inside it) says so ("Satuan Polisi Pamong Praja",
  "Penanggulangan Bencana", "Pemadam Kebakaran"): imported structures seldom record
  sub-urusan. The words and codes are the pack's (``limits.overlap.parts``).
* The OPDs with *organisation rules of their own* (``limits.overlap.own_rules``): the
  Satuan Polisi Pamong Praja (the OPD running ``tramtib``; PP 18/2016 Pasal 16, 38),
  the BPBD (running ``bencana``; Pasal 117) and the Kesbangpol (holding 8.01 or so
  named; Pasal 122). PP 18/2016 does not type or cap them as it does an ordinary dinas
  or badan.

All of it is linear in the scenario's size: one pass over the assignments, and a pass
over the units only when a holder of 1.05 neither records a sub-urusan nor names one.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from rbdesk.analysis.context import Context
from rbdesk.domain.model import UrusanRole
from rbdesk.rules.pack import RulePack


@dataclass(frozen=True)
class Holding:
    #: urusan code -> ids of the units of a holder kind holding it as main, in id order
    main: dict[str, list[int]]
    #: OPD id -> the parts of the split urusan it runs (only OPDs that run any)
    parts: dict[int, frozenset[str]]
    #: part -> sub-urusan code, in the pack's order
    part_codes: dict[str, str]
    #: OPD id -> the id of the pack's ``own_rules`` entry it falls under
    own_rules: dict[int, str]
    #: whether any unit holds, or any OPD's name names, the part ``kebakaran``
    kebakaran_seen: bool


def _words_in(name: str, words: list[str]) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in words)


def holding(ctx: Context, pack: RulePack) -> Holding:
    """The holding of ``ctx``'s scenario (computed once per context)."""
    found = ctx.memo.get("holding")
    if found is None:
        found = ctx.memo["holding"] = _holding(ctx, pack)
    assert isinstance(found, Holding)
    return found


def _holding(ctx: Context, pack: RulePack) -> Holding:
    rules = pack.overlap
    holder_kinds = set(rules["holder_kinds"])
    split: dict[str, Any] = rules.get("parts", {})
    split_code = split.get("urusan", "")
    roles: list[dict[str, Any]] = split.get("roles", [])
    part_of_code = {role["sub_urusan"]: role["id"] for role in roles}
    units = ctx.units
    main: dict[str, list[int]] = defaultdict(list)
    parts: dict[int, set[str]] = defaultdict(set)
    kebakaran_code = next((r["sub_urusan"] for r in roles if r["id"] == "kebakaran"), None)
    kebakaran_seen = False
    for uid, assignments in ctx.assignments.items():
        unit = units.get(uid)
        if unit is None:
            continue
        for a in assignments:
            if a.role is UrusanRole.MAIN and unit.kind in holder_kinds:
                main[a.code].append(uid)
            part = part_of_code.get(a.code)
            if part is not None:
                opd = ctx.opd_of.get(uid)
                if opd is not None:
                    parts[opd].add(part)
                kebakaran_seen = kebakaran_seen or a.code == kebakaran_code
    for holders in main.values():
        holders.sort()
    # A holder of the split urusan that records no sub-urusan: read the names.
    unread = [uid for uid in main.get(split_code, []) if uid not in parts]
    for uid in unread:
        for role in roles:
            if _words_in(units[uid].name, role["words"]):
                parts[uid].add(role["id"])
    unread = [uid for uid in unread if uid not in parts]
    if unread:
        wanted = set(unread)
        for uid, unit in units.items():
            opd = ctx.opd_of.get(uid)
            if opd in wanted and uid != opd:
                for role in roles:
                    if _words_in(unit.name, role["words"]):
                        parts[opd].add(role["id"])
    opds = [uid for uid, unit in units.items() if unit.kind in ctx.opd_kinds]
    if not kebakaran_seen:
        kebakaran_seen = any("kebakaran" in p for p in parts.values())
    if not kebakaran_seen:
        words: list[str] = next((r["words"] for r in roles if r["id"] == "kebakaran"), [])
        kebakaran_seen = any(_words_in(units[uid].name, words) for uid in opds)
    own: dict[int, str] = {}
    for entry in rules.get("own_rules", []):
        part = entry.get("part")
        if part is not None:
            for opd, held in parts.items():
                if part in held and opd not in own and units[opd].kind in holder_kinds:
                    own[opd] = entry["id"]
        for code in entry.get("urusan", []):
            for uid in main.get(code, []):
                own.setdefault(uid, entry["id"])
        if entry.get("words"):
            for uid in opds:
                if uid not in own and _words_in(units[uid].name, entry["words"]):
                    own[uid] = entry["id"]
    return Holding(
        dict(main), {k: frozenset(v) for k, v in parts.items()},
        {role["id"]: role["sub_urusan"] for role in roles}, own, kebakaran_seen,
    )  # fmt: skip
