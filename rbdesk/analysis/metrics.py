"""Metrics of one scenario: the rows of the "sebelum / sesudah" comparison table.

Terms (DESIGN.md section 4; reference/orgdesign.md section 4):

* A *line unit* is a unit whose kind is structural in the catalogue (see
  :mod:`rbdesk.analysis.context`). The deputy head, staf ahli and functional groups
  stand beside the line.
* The *layer* of a unit is ``ctx.layer``: the number of line units on its path from
  the root, the root excluded, so **an OPD is layer 1**, its bidang layer 2, a seksi of
  that bidang layer 3 (Orgvue's ``_Depth`` convention minus the root). *Maximum* and
  *mean layers* are taken over the line units below the root (the head of the region
  has layer 0 and is left out, as are units on a cycle, which have no layer).
* The *span* of a line unit is its number of line children. A *manager* is a line unit
  with at least one line child; spans are left undefined for everyone else, so the
  *mean span* is over managers only (Orgvue). A *one-over-one* is a manager of span 1.
* A *span band* is ``(band_id, min, max)``, ``max`` ``None`` for open-ended, both
  inclusive: the rule pack supplies them, e.g. Orgvue's ``one 1``, ``narrow 2-3``,
  ``below 4-7``, ``target 8-12``, ``above 13-16``, ``excessive 17+``. The *span
  distribution* counts managers per band; a span in no band is counted in none.
* A *structural position* is one post (jabatan) of category structural: each such
  position row counts once, whether filled or vacant, at the eselon *level* of its grade
  (``Ia``/``Ib`` → ``I`` … ``IVa``/``IVb`` → ``IV``, ``V``); a position without an eselon
  takes its unit's. A unit that has an eselon but no structural position row (a plan
  drawn as boxes only) counts one post for its head at the unit's eselon, so the table
  does not depend on whether positions were entered. Line units and the staf ahli beside
  the line are treated alike here: an eselon on a unit always means a graded head.
* A *functional group* is a unit of kind ``kelompok_fungsional``.
* *Headcount* is the sum of the units' ``headcount_existing`` / ``headcount_needed``
  (ASN in post and the need from workload analysis); *positions existing / needed* sum
  the ``existing`` / ``needed`` counts of every position, of every category.

:func:`scenario_metrics` is pure: it reads a :class:`~rbdesk.analysis.context.Context`
and the findings of the same scenario and returns a frozen :class:`Metrics` of plain
values. :func:`metric_rows` lays a Metrics out as ordered ``(row_id, value)`` rows;
row ids are stable codes, translated by the report and the GUI, never here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from itertools import compress, repeat
from operator import attrgetter, is_
from typing import Any

from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import Family, Finding, Severity
from rbdesk.domain.model import ESELON, PositionCategory

#: The kind of a functional group (kelompok jabatan fungsional).
FUNCTIONAL_GROUP = "kelompok_fungsional"

#: Eselon levels in order, as the comparison table lists them.
ESELON_LEVELS: tuple[str, ...] = ("I", "II", "III", "IV", "V")

#: Eselon grade to its level: ``IIIb`` → ``III``.
_LEVEL_OF: dict[str, str] = {e: e.rstrip("ab") for e in ESELON}

#: A span band: ``(band_id, min, max)``, inclusive; ``max`` ``None`` is open-ended.
Band = tuple[str, int, int | None]

#: A value in a metric row: a count, a mean (``None`` when undefined).
Value = int | float | None


@dataclass(frozen=True, slots=True)
class Metrics:
    """The metrics of one scenario (see the module docstring for each term).

    Breakdown dictionaries have a fixed key set for a given catalogue, region level,
    band list and finding families, zeros included, so two scenarios of one plan line
    up row by row; kinds that the catalogue does not know but the scenario uses are
    appended after the catalogue's, sorted.
    """

    units: int
    opds: int
    opds_by_kind: dict[str, int]
    units_by_kind: dict[str, int]
    structural_positions: int
    structural_by_eselon: dict[str, int]
    functional_groups: int
    line_units: int
    max_layers: int
    mean_layers: float | None
    managers: int
    mean_span: float | None
    span_bands: dict[str, int]
    one_over_one: int
    findings: int
    findings_by_family: dict[str, int]
    findings_by_severity: dict[str, int]
    headcount_existing: int
    headcount_needed: int
    positions_existing: int
    positions_needed: int

    def to_dict(self) -> dict[str, Any]:
        """Plain dictionaries and numbers, ready for ``json.dumps``."""
        return asdict(self)


def check_bands(bands: Sequence[Band]) -> list[Band]:
    """``bands`` sorted by their minimum, after checking they are well formed.

    Raises ``ValueError`` for a duplicate id, a minimum below 0, a maximum below its
    minimum or two bands that overlap.

    >>> check_bands([("wide", 4, None), ("narrow", 1, 3)])
    [('narrow', 1, 3), ('wide', 4, None)]
    """
    ids = [b[0] for b in bands]
    if len(set(ids)) != len(ids):
        raise ValueError(f"span bands: duplicate band id in {ids}")
    ordered = sorted(bands, key=lambda b: b[1])
    previous: Band | None = None
    for band in ordered:
        band_id, low, high = band
        if low < 0 or (high is not None and high < low):
            raise ValueError(f"span band '{band_id}': bad bounds {low}..{high}")
        if previous is not None and (previous[2] is None or previous[2] >= low):
            raise ValueError(f"span bands '{previous[0]}' and '{band_id}' overlap")
        previous = band
    return ordered


def band_of(span: int, bands: Sequence[Band]) -> str | None:
    """The id of the band holding ``span``, or ``None`` when no band does.

    >>> band_of(9, [("narrow", 1, 3), ("target", 8, 12)])
    'target'
    """
    for band_id, low, high in bands:
        if span >= low and (high is None or span <= high):
            return band_id
    return None


def _kind_keys(ctx: Context, present: Iterable[str], *, opd_only: bool) -> list[str]:
    """Catalogue kinds that exist at the region's level (OPD kinds only if asked), in
    catalogue order, then any other kind the scenario uses, sorted."""
    level = ctx.region.level.rule_level
    keys = [
        k.id for k in ctx.catalogue.kinds.values() if level in k.levels and (k.opd or not opd_only)
    ]
    known = set(keys)
    extra = sorted({k for k in present if k not in known})
    if opd_only:
        extra = [k for k in extra if (kind := ctx.catalogue.kinds.get(k)) and kind.opd]
    return keys + extra


def scenario_metrics(ctx: Context, findings: Sequence[Finding], bands: Sequence[Band]) -> Metrics:
    """The metrics of the scenario of ``ctx`` with its ``findings``, spans grouped in
    ``bands``. Reads only.

    The per-unit and per-position passes run through ``map``/``compress`` over
    ``attrgetter`` rather than Python loops: the metrics of a 10,000-unit plan then take
    a few milliseconds of the analysis' 100.
    """
    ordered_bands = check_bands(bands)
    kinds = ctx.catalogue.kinds
    units = ctx.units
    unit_list = list(units.values())
    opd_kinds = {k.id for k in kinds.values() if k.opd}

    by_kind = Counter(map(_kind, unit_list))
    kind_keys = _kind_keys(ctx, by_kind, opd_only=False)
    opd_keys = _kind_keys(ctx, by_kind, opd_only=True)

    # Layers over line units below the root: a line root has layer 0 and a unit on a
    # cycle none, and filter(None) drops both.
    line_ids = ctx.line
    layers = list(filter(None, map(ctx.layer.get, line_ids)))

    # Spans over managers: line units with at least one line child.
    line_children = ctx.line_children
    spans = Counter(
        map(len, compress(line_children.values(), map(line_ids.__contains__, line_children)))
    )
    spans.pop(0, None)
    managers = sum(spans.values())
    span_total = sum(span * count for span, count in spans.items())
    span_bands = dict.fromkeys((b[0] for b in bands), 0)
    for span, count in spans.items():
        band = band_of(span, ordered_bands)
        if band is not None:
            span_bands[band] += count

    # Positions of units the scenario holds (all of them, unless the data is broken).
    positions = ctx.structure.positions
    if not units.keys() >= set(map(_unit_id, positions)):
        positions = [p for p in positions if p.unit_id in units]
    structural = list(
        compress(positions, map(PositionCategory.STRUCTURAL.__eq__, map(_category, positions)))
    )
    # Structural posts by eselon level: the position's eselon, else its unit's ...
    grades = Counter(map(_eselon, structural))
    for p in compress(structural, map(is_, map(_eselon, structural), repeat(None))):
        grades[units[p.unit_id].eselon] += 1
    # ... and one post for each unit with an eselon but no structural position.
    for uid in units.keys() - set(map(_unit_id, structural)):
        grades[units[uid].eselon] += 1
    eselon_counts = dict.fromkeys(ESELON_LEVELS, 0)
    for grade, count in grades.items():
        if grade in _LEVEL_OF:
            eselon_counts[_LEVEL_OF[grade]] += count

    families = Counter(f.family.value for f in findings)
    severities = Counter(f.severity.value for f in findings)
    return Metrics(
        units=len(units),
        opds=sum(by_kind[k] for k in opd_kinds),
        opds_by_kind={k: by_kind[k] for k in opd_keys},
        units_by_kind={k: by_kind[k] for k in kind_keys},
        structural_positions=sum(eselon_counts.values()),
        structural_by_eselon=eselon_counts,
        functional_groups=by_kind[FUNCTIONAL_GROUP],
        line_units=len(layers),
        max_layers=max(layers, default=0),
        mean_layers=sum(layers) / len(layers) if layers else None,
        managers=managers,
        mean_span=span_total / managers if managers else None,
        span_bands=span_bands,
        one_over_one=spans[1],
        findings=len(findings),
        findings_by_family={f.value: families[f.value] for f in Family},
        findings_by_severity={s.value: severities[s.value] for s in Severity},
        headcount_existing=sum(map(_headcount_existing, unit_list)),
        headcount_needed=sum(map(_headcount_needed, unit_list)),
        positions_existing=sum(map(_existing, positions)),
        positions_needed=sum(map(_needed, positions)),
    )


_kind = attrgetter("kind")
_unit_id = attrgetter("unit_id")
_category = attrgetter("category")
_eselon = attrgetter("eselon")
_existing = attrgetter("existing")
_needed = attrgetter("needed")
_headcount_existing = attrgetter("headcount_existing")
_headcount_needed = attrgetter("headcount_needed")


#: Table layout: (row id or prefix, Metrics field, is a breakdown). A breakdown's rows
#: are ``prefix.key`` for each key of the field's dictionary.
_LAYOUT: tuple[tuple[str, str, bool], ...] = (
    ("units", "units", False),
    ("opds", "opds", False),
    ("opds", "opds_by_kind", True),
    ("kinds", "units_by_kind", True),
    ("structural_positions", "structural_positions", False),
    ("eselon", "structural_by_eselon", True),
    ("functional_groups", "functional_groups", False),
    ("layers.max", "max_layers", False),
    ("layers.mean", "mean_layers", False),
    ("managers", "managers", False),
    ("span.mean", "mean_span", False),
    ("span.band", "span_bands", True),
    ("one_over_one", "one_over_one", False),
    ("findings", "findings", False),
    ("findings.family", "findings_by_family", True),
    ("findings.severity", "findings_by_severity", True),
    ("headcount.existing", "headcount_existing", False),
    ("headcount.needed", "headcount_needed", False),
    ("positions.existing", "positions_existing", False),
    ("positions.needed", "positions_needed", False),
)


def metric_rows(metrics: Metrics, *, zeros: bool = True) -> list[tuple[str, Value]]:
    """The rows of a metrics table in order, as ``(row_id, value)``.

    Row ids: ``units``, ``opds``, ``opds.<kind>``, ``kinds.<kind>`` (units per kind),
    ``structural_positions``, ``eselon.<I..V>``, ``functional_groups``, ``layers.max``,
    ``layers.mean``, ``managers``, ``span.mean``, ``span.band.<band_id>``,
    ``one_over_one``, ``findings``, ``findings.family.<family>``,
    ``findings.severity.<severity>``, ``headcount.existing``, ``headcount.needed``,
    ``positions.existing``, ``positions.needed``. With ``zeros=False`` the breakdown
    rows (those with a key) that are 0 are left out; totals always stay.
    """
    rows: list[tuple[str, Value]] = []
    for row_id, name, breakdown in _LAYOUT:
        value = getattr(metrics, name)
        if not breakdown:
            rows.append((row_id, value))
            continue
        assert isinstance(value, Mapping)
        rows += [(f"{row_id}.{key}", v) for key, v in value.items() if zeros or v]
    return rows


def delta(before: Value, after: Value) -> Value:
    """``after - before``, or ``None`` when either side is undefined."""
    if before is None or after is None:
        return None
    return after - before


def side_by_side(
    before: Metrics, after: Metrics, *, zeros: bool = True
) -> list[tuple[str, Value, Value, Value]]:
    """Rows ``(row_id, before, after, delta)`` of two scenarios' metrics, in table
    order. A breakdown key found on one side only (a kind used in one scenario but
    unknown to the catalogue) reads 0 on the other. With ``zeros=False`` breakdown
    rows that are 0 on both sides are left out."""
    left = dict(metric_rows(before))
    right = dict(metric_rows(after))
    order = list(left) + [k for k in right if k not in left]
    rows: list[tuple[str, Value, Value, Value]] = []
    for row_id in order:
        b = left.get(row_id, 0)
        a = right.get(row_id, 0)
        if not zeros and not b and not a and _is_breakdown(row_id):
            continue
        rows.append((row_id, b, a, delta(b, a)))
    return rows


_SCALAR_ROWS = frozenset(row_id for row_id, _, breakdown in _LAYOUT if not breakdown)


def _is_breakdown(row_id: str) -> bool:
    return row_id not in _SCALAR_ROWS
