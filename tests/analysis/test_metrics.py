"""Metrics of one scenario on a hand-built kabupaten whose every number is counted
by hand below, and on a generated plan."""

from __future__ import annotations

import json

import pytest

from rbdesk.analysis.context import build_context
from rbdesk.analysis.findings import Family, Finding, Severity
from rbdesk.analysis.metrics import (
    Metrics,
    band_of,
    check_bands,
    metric_rows,
    scenario_metrics,
    side_by_side,
)
from rbdesk.domain.model import (
    Level,
    Position,
    PositionCategory,
    Region,
    Scenario,
    ScenarioRole,
    Structure,
    Unit,
)
from rbdesk.interchange.synthetic import generate
from rbdesk.rules.catalogue import default_catalogue

BANDS = [
    ("one", 1, 1),
    ("narrow", 2, 3),
    ("below", 4, 7),
    ("target", 8, 12),
    ("above", 13, 16),
    ("excessive", 17, None),
]
REGION = Region("Kabupaten Contoh", Level.KABUPATEN)
S, F, P = PositionCategory.STRUCTURAL, PositionCategory.FUNCTIONAL, PositionCategory.PELAKSANA


def chart() -> Structure:
    """Bupati (1)
    ├─ Dinas A (2, IIb)                 layer 1, span 3
    │  ├─ Sekretariat (3, IIIa)         layer 2, span 1
    │  │  └─ Subbagian Umum (11, IVa)   layer 3
    │  ├─ Bidang P (4, IIIb)            layer 2, span 2
    │  │  ├─ Seksi P1 (5, IVa)          layer 3
    │  │  └─ Seksi P2 (6, IVa)          layer 3
    │  └─ Bidang Q (7, IIIb)            layer 2, no line child
    │     └─ Kelompok Fungsional (8)    beside the line
    ├─ Dinas B (9, IIb)                 layer 1, span 1
    │  └─ Bidang R (10, IIIb)           layer 2
    └─ Staf Ahli (12, IIb)              beside the line
    The Bupati has span 2 (the two dinas; the staf ahli is beside the line).
    """
    rows = [
        (1, None, "kepala_daerah", None, 0, 0),
        (2, 1, "dinas", "IIb", 10, 12),
        (3, 2, "sekretariat", "IIIa", 5, 5),
        (4, 2, "bidang", "IIIb", 4, 6),
        (5, 4, "seksi", "IVa", 3, 2),
        (6, 4, "seksi", "IVa", 2, 2),
        (7, 2, "bidang", "IIIb", 4, 4),
        (8, 7, "kelompok_fungsional", None, 6, 9),
        (9, 1, "dinas", "IIb", 8, 8),
        (10, 9, "bidang", "IIIb", 3, 3),
        (11, 3, "subbagian", "IVa", 2, 3),
        (12, 1, "staf_ahli", "IIb", 1, 1),
    ]
    s = Structure(Scenario(1, "Kondisi Saat Ini", ScenarioRole.CURRENT))
    for uid, parent, kind, eselon, have, need in rows:
        s.units[uid] = Unit(
            uid, parent, kind, f"{kind} {uid}", eselon=eselon, sort_order=uid,
            headcount_existing=have, headcount_needed=need,
        )  # fmt: skip
    s.positions = [
        Position(1, 2, "Kepala Dinas A", S, "IIb", 1, 1),
        Position(2, 4, "Kepala Bidang P", S, None, 0, 1),  # eselon from the unit: IIIb
        Position(3, 5, "Analis P1", F, None, 3, 4),  # no structural post: head from unit
        Position(4, 8, "Pranata Komputer", F, None, 6, 9),
        Position(5, 9, "Pengadministrasi", P, None, 2, 2),
    ]
    return s


def findings() -> list[Finding]:
    def f(rule: str, family: Family, severity: Severity, *units: int) -> Finding:
        return Finding(rule, family, severity, units, (), {}, {}, "")

    return [
        f("spans.one_over_one", Family.SPANS, Severity.WARNING, 3, 11),
        f("spans.one_over_one", Family.SPANS, Severity.WARNING, 9, 10),
        f("grades.order", Family.GRADES, Severity.ERROR, 12),
        f("overlap.main", Family.OVERLAP, Severity.INFO, 2, 9),
    ]


@pytest.fixture
def metrics() -> Metrics:
    ctx = build_context(chart(), REGION, default_catalogue())
    return scenario_metrics(ctx, findings(), BANDS)


def test_counts(metrics: Metrics) -> None:
    assert metrics.units == 12
    assert metrics.opds == 2
    assert metrics.opds_by_kind["dinas"] == 2
    assert metrics.opds_by_kind["kecamatan"] == 0  # a kabupaten may have them: a row of 0
    assert sum(metrics.opds_by_kind.values()) == 2
    assert "bidang" not in metrics.opds_by_kind
    assert metrics.units_by_kind["bidang"] == 3
    assert metrics.units_by_kind["seksi"] == 2
    assert "biro" not in metrics.units_by_kind  # provinsi only
    assert sum(metrics.units_by_kind.values()) == 12
    assert metrics.functional_groups == 1


def test_layers(metrics: Metrics) -> None:
    # Line units below the root: 2, 3, 4, 5, 6, 7, 9, 10, 11 with layers
    # 1, 2, 2, 3, 3, 2, 1, 2, 3; the functional group and the staf ahli are left out.
    assert metrics.line_units == 9
    assert metrics.max_layers == 3
    assert metrics.mean_layers == pytest.approx(19 / 9)


def test_spans(metrics: Metrics) -> None:
    # Managers: Bupati 2, Dinas A 3, Sekretariat 1, Bidang P 2, Dinas B 1. Bidang Q has
    # only a functional group under it and is no manager.
    assert metrics.managers == 5
    assert metrics.mean_span == pytest.approx(9 / 5)
    assert metrics.one_over_one == 2
    assert metrics.span_bands == {
        "one": 2, "narrow": 3, "below": 0, "target": 0, "above": 0, "excessive": 0,
    }  # fmt: skip


def test_structural_positions_by_eselon(metrics: Metrics) -> None:
    # II: Dinas A (position), Dinas B and the staf ahli (unit eselon, no position).
    # III: Sekretariat, Bidang Q, Bidang R (unit), Bidang P (position without eselon).
    # IV: Seksi P1 (only a functional position), Seksi P2, Subbagian (unit).
    assert metrics.structural_by_eselon == {"I": 0, "II": 3, "III": 4, "IV": 3, "V": 0}
    assert metrics.structural_positions == 10


def test_headcount_positions_and_findings(metrics: Metrics) -> None:
    assert metrics.headcount_existing == 48
    assert metrics.headcount_needed == 55
    assert metrics.positions_existing == 12
    assert metrics.positions_needed == 17
    assert metrics.findings == 4
    assert metrics.findings_by_family["spans"] == 2
    assert metrics.findings_by_family["caps"] == 0
    assert set(metrics.findings_by_family) == {f.value for f in Family}
    assert metrics.findings_by_severity == {"error": 1, "warning": 2, "info": 1}


def test_to_dict_is_json(metrics: Metrics) -> None:
    data = json.loads(json.dumps(metrics.to_dict()))
    assert data["span_bands"]["one"] == 2
    assert data["mean_layers"] == pytest.approx(19 / 9)


def test_rows_in_order_with_stable_ids(metrics: Metrics) -> None:
    rows = metric_rows(metrics)
    ids = [row_id for row_id, _ in rows]
    assert ids[:3] == ["units", "opds", "opds.sekretariat_daerah"]
    assert ids.index("layers.max") < ids.index("span.band.one") < ids.index("findings")
    assert dict(rows)["eselon.III"] == 4
    assert dict(rows)["span.band.narrow"] == 3
    assert dict(rows)["findings.family.grades"] == 1
    assert ids[-1] == "positions.needed"
    short = dict(metric_rows(metrics, zeros=False))
    assert "opds.kecamatan" not in short and "eselon.I" not in short
    assert short["findings"] == 4 and "units" in short


def test_empty_scenario() -> None:
    s = Structure(Scenario(1, "Kosong", ScenarioRole.CURRENT))
    m = scenario_metrics(build_context(s, REGION, default_catalogue()), [], BANDS)
    assert m.units == 0 and m.max_layers == 0
    assert m.mean_layers is None and m.mean_span is None and m.managers == 0


def test_side_by_side_and_delta(metrics: Metrics) -> None:
    s = chart()
    del s.units[6]
    after = scenario_metrics(build_context(s, REGION, default_catalogue()), [], BANDS)
    rows = {r[0]: r[1:] for r in side_by_side(metrics, after)}
    assert rows["units"] == (12, 11, -1)
    assert rows["span.band.one"] == (2, 3, 1)  # Bidang P now has one seksi
    assert rows["findings"] == (4, 0, -4)
    assert rows["layers.mean"][2] == pytest.approx(16 / 8 - 19 / 9)
    short = [r[0] for r in side_by_side(metrics, after, zeros=False)]
    assert "eselon.I" not in short and "findings.family.grades" in short


def test_bands_are_checked() -> None:
    assert band_of(17, check_bands(BANDS)) == "excessive"
    assert band_of(0, BANDS) is None
    with pytest.raises(ValueError, match="overlap"):
        check_bands([("a", 1, 3), ("b", 3, None)])
    with pytest.raises(ValueError, match="overlap"):
        check_bands([("a", 1, None), ("b", 5, 9)])
    with pytest.raises(ValueError, match="bounds"):
        check_bands([("a", 4, 2)])
    with pytest.raises(ValueError, match="duplicate"):
        check_bands([("a", 1, 1), ("a", 2, 2)])


def test_generated_plan_adds_up() -> None:
    region, (current, _) = generate(3000, seed=3)
    ctx = build_context(current, region, default_catalogue())
    m = scenario_metrics(ctx, [], BANDS)
    assert m.units == 3000 == sum(m.units_by_kind.values())
    assert m.opds == sum(m.opds_by_kind.values()) > 20
    assert sum(m.span_bands.values()) == m.managers  # the bands cover every span >= 1
    assert m.one_over_one == m.span_bands["one"]
    assert m.max_layers >= 3
    assert m.headcount_existing == sum(u.headcount_existing for u in current.units.values())
