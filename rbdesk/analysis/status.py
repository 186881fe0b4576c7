"""What the planner decided about a finding: still *open*, *accepted* (known and
answered elsewhere, or to be answered later; it stays counted) or *exempted* with a
reason (it does not apply to this region; it leaves the counts and the report says why).

A status is kept per scenario under the finding's reference
(:func:`rbdesk.analysis.compare.finding_ref_of`: its rule, codes and units by their
origins), so it follows the finding across edits that keep those, and lapses when the
finding changes into another one. Statuses are stored as JSON; an entry that cannot be
read is left out (a plan from elsewhere never stops the window).

>>> s = FindingStatus("spans.narrow||41", Status.EXEMPTED, "UPT khusus")
>>> parse_statuses(dump_statuses({s.ref: s}))[s.ref].reason
'UPT khusus'
>>> parse_statuses("not json")
{}
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from rbdesk.analysis.compare import finding_ref_of
from rbdesk.analysis.findings import Finding


class Status(StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    EXEMPTED = "exempted"


@dataclass(frozen=True, slots=True)
class FindingStatus:
    ref: str
    status: Status
    reason: str = ""
    date: str = ""


#: How long a reason may be (it is printed in the report).
MAX_REASON = 2000


def meta_key(scenario_id: int) -> str:
    """The plan's meta entry holding one scenario's statuses."""
    return f"finding_status/{scenario_id}"


def parse_statuses(text: str | None) -> dict[str, FindingStatus]:
    """The statuses stored in ``text`` (JSON); what cannot be read is left out."""
    try:
        rows = json.loads(text or "[]")
    except (ValueError, RecursionError):
        return {}
    out: dict[str, FindingStatus] = {}
    if not isinstance(rows, list):
        return out
    for row in rows:
        if not isinstance(row, dict):
            continue
        ref, status = row.get("ref"), row.get("status")
        reason, date = row.get("reason", ""), row.get("date", "")
        if not (isinstance(ref, str) and status in set(Status) and isinstance(reason, str)
                and isinstance(date, str)):  # fmt: skip
            continue
        out[ref] = FindingStatus(ref, Status(status), reason[:MAX_REASON], date[:32])
    return out


def dump_statuses(statuses: Mapping[str, FindingStatus]) -> str:
    """Statuses as stored: open ones are not kept."""
    rows = [{"ref": s.ref, "status": s.status.value, "reason": s.reason, "date": s.date}
            for s in statuses.values() if s.status is not Status.OPEN]  # fmt: skip
    return json.dumps(rows, ensure_ascii=False)


def status_of(
    finding: Finding,
    statuses: Mapping[str, FindingStatus],
    origins: Mapping[int, tuple[int, ...]] | None = None,
) -> FindingStatus:
    """The planner's decision on ``finding`` (open when there is none)."""
    ref = finding_ref_of(finding, origins)
    return statuses.get(ref) or FindingStatus(ref, Status.OPEN)


def counted(
    findings: Iterable[Finding],
    statuses: Mapping[str, FindingStatus],
    origins: Mapping[int, tuple[int, ...]] | None = None,
) -> list[Finding]:
    """The findings that count: all but the exempted."""
    return [f for f in findings
            if status_of(f, statuses, origins).status is not Status.EXEMPTED]  # fmt: skip


__all__ = [
    "FindingStatus",
    "Status",
    "counted",
    "dump_statuses",
    "meta_key",
    "parse_statuses",
    "status_of",
]
