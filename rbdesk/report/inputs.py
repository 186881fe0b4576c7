"""What a report is made from, gathered from an open plan.

:func:`gather` reads everything the proposal needs from a plan source (the ``Store``,
or anything with the same reading methods: :class:`PlanSource`) into a
:class:`ReportInputs` of plain domain objects. It only reads; the analysis and the
drawing happen in :func:`rbdesk.report.write_report`, which may run on another thread.

Which scenarios: ``from_name`` defaults to the current scenario, ``to_name`` to the
newest proposal derived from it (by creation time, then id). A plan without such a
proposal gets a report of the one scenario alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from rbdesk.analysis.status import FindingStatus, meta_key, parse_statuses
from rbdesk.domain.errors import RbdeskError
from rbdesk.domain.model import Region, Scenario, ScenarioRole, Signatory, Structure
from rbdesk.report import kajian as kj
from rbdesk.report.kajian import Kajian
from rbdesk.rules.catalogue import Catalogue
from rbdesk.rules.pack import RulePack


class ReportError(RbdeskError):
    """A report that cannot be made (an unknown scenario, an output that cannot be
    written)."""


class PlanSource(Protocol):
    """The reading methods of ``rbdesk.store.Store`` that a report needs."""

    def region(self) -> Region: ...

    def fingerprint(self) -> str: ...

    def scenarios(self) -> Sequence[Scenario]: ...

    def load(self, scenario_id: int) -> Structure: ...

    def signatories(self) -> tuple[Signatory, ...]: ...


@dataclass(frozen=True)
class ReportInputs:
    """Everything a report is drawn from. ``after`` is ``None`` for a report of one
    scenario (a plan with no proposal yet). ``catalogue`` and ``pack`` default to the
    shipped ones."""

    region: Region
    fingerprint: str
    before: Structure
    after: Structure | None
    signatories: tuple[Signatory, ...] = ()
    catalogue: Catalogue | None = None
    pack: RulePack | None = None
    #: the planner's parts of the kajian (chapter texts, place, number, rates ...)
    kajian: Kajian = field(default_factory=Kajian)
    #: the planner's decisions on the findings of each scenario (ref → status)
    statuses_before: Mapping[str, FindingStatus] = field(default_factory=dict)
    statuses_after: Mapping[str, FindingStatus] = field(default_factory=dict)
    #: the pemetaan results when the plan holds its values (issue 13), else ``None``
    pemetaan: Any = None


def _named(scenarios: Sequence[Scenario], name: str) -> Scenario:
    for scenario in scenarios:
        if scenario.name == name:
            return scenario
    names = ", ".join(f"'{s.name}'" for s in scenarios) or "-"
    raise ReportError("scenario.unknown", name=name, names=names)


def choose_scenarios(
    scenarios: Sequence[Scenario], from_name: str | None = None, to_name: str | None = None
) -> tuple[Scenario, Scenario | None]:
    """The ``(before, after)`` scenarios of a report (see the module docstring)."""
    if from_name is not None:
        before = _named(scenarios, from_name)
    else:
        current = [s for s in scenarios if s.role is ScenarioRole.CURRENT]
        if not current:
            raise ReportError("scenario.none_current")
        before = current[0]
    if to_name is None:
        derived = [
            s for s in scenarios if s.role is ScenarioRole.PROPOSAL and s.derived_from == before.id
        ]
        newest = max(derived, key=lambda s: (s.created, s.id), default=None)
        return before, newest
    after = _named(scenarios, to_name)
    if after.id == before.id:
        raise ReportError("scenario.self", name=after.name)
    if after.derived_from != before.id:
        raise ReportError("scenario.not_derived", name=after.name, source=before.name)
    return before, after


def gather(
    store: PlanSource,
    from_name: str | None = None,
    to_name: str | None = None,
    *,
    catalogue: Catalogue | None = None,
    pack: RulePack | None = None,
) -> ReportInputs:
    """Read what the report of ``store`` needs (see the module docstring). Raises
    :class:`ReportError` for an unknown scenario name or a pair that lineage does not
    connect."""
    scenarios = list(store.scenarios())
    before, after = choose_scenarios(scenarios, from_name, to_name)
    meta = getattr(store, "meta", None)

    def statuses(scenario_id: int) -> dict[str, FindingStatus]:
        return parse_statuses(meta(meta_key(scenario_id))) if meta is not None else {}

    return ReportInputs(
        region=store.region(),
        fingerprint=store.fingerprint(),
        before=store.load(before.id),
        after=None if after is None else store.load(after.id),
        signatories=tuple(store.signatories()),
        catalogue=catalogue,
        pack=pack,
        kajian=kj.load(store),
        statuses_before=statuses(before.id),
        statuses_after={} if after is None else statuses(after.id),
        pemetaan=pemetaan_of(store, after or before),
    )


def pemetaan_of(store: object, scenario: Scenario) -> Any:
    """``(values, scores)``: the plan's pemetaan values (``rbdesk.domain.pemetaan``) and
    their scores (issue 13) when the plan holds values; ``(values, None)`` when rbdesk
    cannot score them yet; ``None`` without values."""
    read = getattr(store, "pemetaan", None)
    if read is None:
        return None
    try:
        data = read()
    except Exception:  # noqa: BLE001 - another part's data never stops the report
        return None
    if data is None or not getattr(data, "values", None):
        return None
    try:
        from rbdesk.analysis.engine import scores_of

        scores = scores_of(store.region(), data)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - the scoring module may not be there yet
        scores = None
    return (data, scores)
