"""The findings a restructuring step answers: which findings concern the units a
planner chose, and how they are stored with the step.

A finding *concerns* the chosen units when it names one of them, a unit below one of
them, or a unit above one of them other than the top of the scenario (an OPD's
overlap is answered by merging two of its bidang; a finding on the whole region is
not answered by one step). The window's *Pertimbangan* box and ``rbdesk op
--answers`` offer the same findings.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rbdesk.analysis.compare import finding_ref_of
from rbdesk.analysis.findings import Finding
from rbdesk.domain.model import Structure


def origins_of(structure: Structure) -> dict[int, tuple[int, ...]]:
    """Each proposal unit's origins in the scenario it derives from (sorted)."""
    out: dict[int, list[int]] = {}
    for link in structure.lineage:
        out.setdefault(link.unit_id, []).append(link.origin_id)
    return {uid: tuple(sorted(ids)) for uid, ids in out.items()}


def scope_of(structure: Structure, unit_ids: Iterable[int]) -> set[int]:
    """The units whose findings concern ``unit_ids`` (see the module docstring)."""
    chosen = [uid for uid in unit_ids if uid in structure.units]
    scope = set(structure.subtree(*chosen))
    for uid in chosen:
        scope |= {up for up in structure.ancestors(uid)
                  if structure.units[up].parent_id is not None}  # fmt: skip
    return scope


def findings_concerning(
    structure: Structure, findings: Iterable[Finding], unit_ids: Iterable[int]
) -> list[Finding]:
    """The findings that concern ``unit_ids``, in their order."""
    scope = scope_of(structure, unit_ids)
    return [f for f in findings if scope & set(f.units)]


def answered(
    structure: Structure, findings: Sequence[Finding], language: str
) -> tuple[str, str, tuple[str, ...]]:
    """What a step answering ``findings`` records by default: the reason (their
    messages), the basis (their legal bases) and their references."""
    reason = "\n".join(dict.fromkeys(f.text(language) for f in findings))
    basis = "; ".join(dict.fromkeys(f.basis for f in findings if f.basis))
    origins = origins_of(structure)
    refs = tuple(dict.fromkeys(finding_ref_of(f, origins) for f in findings))
    return reason, basis, refs


__all__ = ["answered", "findings_concerning", "origins_of", "scope_of"]
