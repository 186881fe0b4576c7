"""The chart pages (issue 14 items 4, 5 and 6's first error): one page per OPD chart in
the pengesahan edition on the paper each chart needs, the refusal of an OPD too large
for A3, the kerja edition's tiles, the official lines, and the options that print only
what is needed (``--only-changed``, ``--opd``, ``--charts-only``), read back from the PDF."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.units import mm

from rbdesk.domain.model import Unit
from rbdesk.i18n import labels
from rbdesk.interchange.sample import write_sample
from rbdesk.layout import subtrees_by_opd
from rbdesk.report import ReportInputs, ReportOptions, gather, write_report, writer
from rbdesk.report import charts as charts_module
from rbdesk.report.chart_pages import ChartChoice, chart_tags, charts_section, opd_view
from rbdesk.report.charts import ChartPage
from rbdesk.report.inputs import ReportError
from rbdesk.report.pages import Marks
from rbdesk.report.sections import Story
from rbdesk.rules import default_catalogue
from rbdesk.store import Store
from tests.report.conftest import DAY
from tests.report.test_chart_tiles import assert_cut_between_boxes

F4 = (215 * mm, 330 * mm)
SIZES = {(round(w), round(h)) for paper in (A4, F4, A3) for w, h in (paper, (paper[1], paper[0]))}
TITLE = re.compile(r"^(.+?) – (usulan|kondisi saat ini) \(", re.M)


def _size(page: object) -> tuple[int, int]:
    box = page.mediabox  # type: ignore[attr-defined]
    return round(float(box.width)), round(float(box.height))


def _chart_pages(path: Path) -> list[tuple[int, tuple[int, int], str]]:
    """(page number, page size, text) of each chart page: the pages whose legend
    names the garis komando."""
    out = []
    for n, page in enumerate(PdfReader(path).pages, start=1):
        text = page.extract_text()
        if "garis komando" in text or "line of command" in text:
            out.append((n, _size(page), text))
    return out


def _report(inputs: ReportInputs, out: Path, **options: object) -> Path:
    write_report(inputs, out, ReportOptions(day=DAY, **options))  # type: ignore[arg-type]
    return out


@pytest.fixture(scope="module")
def pengesahan(sample_inputs: ReportInputs, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _report(sample_inputs, tmp_path_factory.mktemp("p") / "p.pdf")


@pytest.fixture(scope="module")
def kerja(sample_inputs: ReportInputs, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _report(sample_inputs, tmp_path_factory.mktemp("k") / "k.pdf", edition="kerja")


def _opd_names(inputs: ReportInputs) -> list[str]:
    assert inputs.after is not None
    return [inputs.after.units[u].name for u in subtrees_by_opd(inputs.after, default_catalogue())]


def test_each_opd_chart_is_on_one_page_in_the_pengesahan_edition(
    pengesahan: Path, sample_inputs: ReportInputs
) -> None:
    pages = _chart_pages(pengesahan)
    for name in _opd_names(sample_inputs):
        title = f"{name} – usulan (Usulan Penataan 2027)"
        # a long title wraps: compare without line breaks
        found = [n for n, _, text in pages if title in text.replace("\n", " ")]
        assert len(found) == 1, (name, found)
    # no page continues another: no tile marks
    assert not any("bersambung" in text or "bagian 1 dari" in text for _, _, text in pages)
    # no change colours' legend in the pengesahan edition
    assert not any("Tanda perubahan" in text for _, _, text in pages)


def test_each_chart_takes_the_paper_it_needs(pengesahan: Path, kerja: Path) -> None:
    sizes = [size for _, size, _ in _chart_pages(pengesahan)]
    assert set(sizes) <= SIZES
    a4_landscape = (round(A4[1]), round(A4[0]))
    # most OPDs fit A4; the region's chart, grouped by kind, needs a larger sheet
    assert sizes.count(a4_landscape) > len(sizes) / 2
    assert len(set(sizes)) > 1, sizes
    assert max(w * h for w, h in sizes) > A4[0] * A4[1] + 1
    # the working copy keeps to the report's paper
    assert {size for _, size, _ in _chart_pages(kerja)} <= {
        a4_landscape,
        (round(A4[0]), round(A4[1])),
    }


def test_an_f4_report_prints_charts_on_f4_or_larger(
    sample_inputs: ReportInputs, tmp_path: Path
) -> None:
    path = _report(sample_inputs, tmp_path / "f4.pdf", paper="F4", charts_only=True, lang="en")
    pages = PdfReader(path).pages
    sizes = {_size(p) for p in pages}
    f4 = (round(F4[1]), round(F4[0]))
    a3 = (round(A3[1]), round(A3[0]))
    assert sizes <= {f4, f4[::-1], a3, a3[::-1]}, sizes
    assert f4 in sizes
    # English text, every page a chart page
    assert all("line of command" in p.extract_text() for p in pages)


def _charts(inputs: ReportInputs, choice: ChartChoice) -> list[charts_module.Chart]:
    a = writer.analyse_inputs(inputs, DAY)
    geometry = writer._geometry(choice.paper)
    story = Story(labels("id"), Marks())
    flowables = charts_section(a, story, geometry, writer.PAPERS, choice)
    return [f.chart for f in flowables if isinstance(f, ChartPage) and f.index == 0]


def test_no_chart_text_is_set_below_six_points(sample_inputs: ReportInputs) -> None:
    for edition in ("pengesahan", "kerja"):
        for chart in _charts(sample_inputs, ChartChoice(edition=edition)):
            smallest = min(chart.texts.name_size, charts_module.DETAIL_SIZE) * chart.scale
            assert smallest >= 6 - 1e-9, (edition, chart.title, smallest)
            # no box over another
            boxes = sorted(chart.layout, key=lambda b: b.x)
            for n, box in enumerate(boxes):
                for other in boxes[n + 1 :]:
                    if other.x >= box.right:
                        break
                    assert not box.overlaps(other), (chart.title, box, other)
            # every box inside the page's chart area
            sheet = chart.sheet
            if len(chart.tiles) == 1:
                assert chart.layout.width * chart.scale <= sheet.width + 1e-6
                assert chart.layout.height * chart.scale <= sheet.height


def test_the_region_chart_is_grouped_by_kind_with_the_dprd(sample_inputs: ReportInputs) -> None:
    region = _charts(sample_inputs, ChartChoice())[1]  # the proposal's
    structure = region.texts.structure
    names = {structure.units[b.unit_id].name: b for b in region.layout}
    for group in ("Dinas Daerah", "Badan Daerah", "Kecamatan", "DPRD"):
        assert group in names
    # every dinas stands under the heading "Dinas Daerah", every badan under its own
    dinas = [b for b in region.layout if structure.units[b.unit_id].kind == "dinas"]
    assert dinas and all(
        structure.units[structure.units[b.unit_id].parent_id].name == "Dinas Daerah"  # type: ignore[index]
        for b in dinas
    )
    # the Setwan under the DPRD, the DPRD beside the head on its row, joined by a dash
    setwan = next(b for b in region.layout if structure.units[b.unit_id].kind == "sekretariat_dprd")
    assert structure.units[setwan.unit_id].parent_id == charts_module.DPRD_ID
    head = next(b for b in region.layout if structure.units[b.unit_id].kind == "kepala_daerah")
    dprd = names["DPRD"]
    assert dprd.y == head.y and dprd.x > head.right
    assert any(line[0][0] == head.right and line[-1][0] == dprd.x for line in region.links)
    # each OPD's box counts the units below it (the layout leaves them out)
    after = sample_inputs.after
    assert after is not None
    for box in region.layout:
        unit = after.units.get(box.unit_id)
        if unit is not None and unit.kind in {"dinas", "badan", "kecamatan", "inspektorat"}:
            below = [u for u in after.units.values() if u.id != unit.id and unit.id in
                     set(after.ancestors(u.id))]  # fmt: skip
            assert box.hidden_descendants == len(below), unit.name
    # the wakil and the staf ahli beside the head's line, not under it in a row
    for kind in ("wakil_kepala_daerah", "staf_ahli"):
        for b in (b for b in region.layout if structure.units[b.unit_id].kind == kind):
            assert b.placement == "side"
            assert b.right <= head.center_x or b.x >= head.center_x


def test_functional_groups_and_links_are_dashed(sample_inputs: ReportInputs) -> None:
    found = _charts(sample_inputs, ChartChoice())
    dashed = [c for c in found if c.dashed]
    assert dashed
    for chart in dashed:
        units = chart.texts.structure.units
        assert all(units[uid].kind == "kelompok_fungsional" for uid in chart.dashed)
    # the plan's coordination links between two units of one chart are drawn (the
    # sample's join OPDs: on the region's chart, with the head to the DPRD)
    region = found[1]
    plan_links = [
        x
        for x in region.texts.structure.links
        if x.from_id in region.layout and x.to_id in region.layout
    ]
    assert plan_links
    assert len(region.links) == 1 + len(plan_links)


def test_a_change_of_the_note_alone_is_not_marked(sample_plan: Path, tmp_path: Path) -> None:
    plan = tmp_path / "note.rbd"
    plan.write_bytes(sample_plan.read_bytes())
    with Store.open(plan) as store:
        proposal = store.scenarios()[1]
        structure = store.load(proposal.id)
        # an OPD the proposal leaves as it is: the Dinas Kesehatan
        opd = next(u for u in structure.units.values() if u.name == "Dinas Kesehatan")
        unit = next(u for u in structure.units.values() if u.parent_id == opd.id)
        store.update_unit(replace(unit, notes="catatan baru untuk rapat"))
    with Store.open(plan, read_only=True) as store:
        inputs = gather(store)
    a = writer.analyse_inputs(inputs, DAY)
    assert a.comparison is not None
    # the comparison does list the note ...
    assert any(
        unit.id in c.after and [f.field for f in c.fields] == ["notes"]
        for c in a.comparison.changes
    )
    after_tags, _ = chart_tags(a.comparison)
    assert unit.id not in after_tags  # ... the chart does not mark it
    out = _report(inputs, tmp_path / "k.pdf", edition="kerja", opd="Dinas Kesehatan",
                  charts_only=True)  # fmt: skip
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Diubah" not in text
    assert "tidak berubah dari kondisi saat ini" in text


def test_only_changed_prints_the_region_and_the_changed_opds(
    sample_inputs: ReportInputs, pengesahan: Path, tmp_path: Path
) -> None:
    out = _report(sample_inputs, tmp_path / "c.pdf", only_changed=True)
    all_pages = _chart_pages(pengesahan)
    pages = _chart_pages(out)
    assert 2 < len(pages) < len(all_pages)
    titles = {m.group(1) for _, _, t in pages for m in TITLE.finditer(t.replace("\n", " "))}
    assert "Dinas Pertanian dan Pangan" in titles  # changed
    assert "Dinas Kesehatan" not in titles and "Inspektorat" not in titles  # unchanged
    assert sum("Bagan perangkat daerah" in t for _, _, t in pages) == 2  # the region
    # the other pages as in the whole report (the contents may take a page less)
    others = len(PdfReader(pengesahan).pages) - len(all_pages)
    assert others - 1 <= len(PdfReader(out).pages) - len(pages) <= others


def test_one_opd_and_charts_only(sample_inputs: ReportInputs, tmp_path: Path) -> None:
    out = _report(sample_inputs, tmp_path / "o.pdf", opd="Dinas Pertanian dan Pangan",
                  charts_only=True)  # fmt: skip
    reader = PdfReader(out)
    texts = [p.extract_text() for p in reader.pages]
    # its current chart and its proposed chart, nothing else
    assert len(texts) == 2
    assert "Dinas Pertanian dan Pangan – kondisi saat ini" in texts[0]
    assert "Dinas Pertanian dan Pangan – usulan" in texts[1]
    assert all("Daftar Isi" not in t and "Lembar Pengesahan" not in t for t in texts)
    # charts only: as many pages as the chart pages of the whole report
    full = _report(sample_inputs, tmp_path / "f.pdf")
    only = _report(sample_inputs, tmp_path / "co.pdf", charts_only=True)
    assert len(PdfReader(only).pages) == len(_chart_pages(full)) == len(_chart_pages(only))
    # an OPD in the whole report: fewer pages than the whole, its charts inside
    one = _report(sample_inputs, tmp_path / "one.pdf", opd="Inspektorat")
    charts = _chart_pages(one)
    assert len(charts) == 1 and "Inspektorat – usulan" in charts[0][2]
    assert len(PdfReader(one).pages) < len(PdfReader(full).pages)
    # ... and its units alone in the annexes of units and IKU (what they list)
    a = writer.analyse_inputs(sample_inputs, DAY)
    listed = opd_view(a, "Inspektorat").shown
    after = a.after
    assert after is not None
    inspektorat = next(u for u in after.units.values() if u.kind == "inspektorat")
    below = {u.id for u in after.units.values() if after.opd_of.get(u.id) == inspektorat.id}
    assert set(listed.units) == below and len(below) == 12
    assert listed.structure.units[inspektorat.id].parent_id is None
    assert {i.unit_id for i in listed.structure.iku} <= below
    assert {x.unit_id for x in listed.structure.assignments} <= below


def test_names_that_are_no_opd_or_ambiguous_are_refused(
    sample_inputs: ReportInputs, sample_plan: Path, tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(ReportError) as caught:
        _report(sample_inputs, out, opd="Bagian Umum")
    assert caught.value.code == "report.not_opd"
    assert not out.exists()
    # two OPDs of one name: refused with both numbers
    plan = tmp_path / "twice.rbd"
    plan.write_bytes(sample_plan.read_bytes())
    with Store.open(plan) as store:
        proposal = store.scenarios()[1]
        structure = store.load(proposal.id)
        inspektorat = next(u for u in structure.units.values() if u.kind == "inspektorat")
        other = next(u for u in structure.units.values() if u.kind == "badan")
        store.update_unit(replace(other, name=inspektorat.name))
    result = subprocess.run(
        [sys.executable, "-m", "rbdesk", "report", str(plan), "-o", str(out), "--opd",
         inspektorat.name],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert str(inspektorat.id) in result.stderr and str(other.id) in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


@pytest.fixture(scope="module")
def huge_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample with a Dinas Kesehatan of 30 bidang of 24 seksi each in the proposal:
    more than an A3 page holds at 6 pt."""
    path = tmp_path_factory.mktemp("huge") / "huge.rbd"
    with write_sample(path) as store:
        proposal = store.scenarios()[1]
        structure = store.load(proposal.id)
        dinas = next(u for u in structure.units.values() if u.name == "Dinas Kesehatan")
        with store.transaction():
            for b in range(30):
                bidang = Unit(0, dinas.id, "bidang", f"Bidang Uji {b + 1}", sort_order=100 + b)
                bidang_id = store.add_unit(proposal.id, bidang)
                for k in range(24):
                    seksi = Unit(0, bidang_id, "seksi", f"Seksi Uji {b + 1}.{k + 1}", sort_order=k)
                    store.add_unit(proposal.id, seksi)
    return path


def test_an_opd_too_large_for_a3_refuses_the_pengesahan_edition(
    huge_plan: Path, tmp_path: Path
) -> None:
    out = tmp_path / "p.pdf"
    with Store.open(huge_plan, read_only=True) as store:
        inputs = gather(store)
    with pytest.raises(ReportError) as caught:
        _report(inputs, out)
    assert caught.value.code == "report.opd_too_large"
    assert "Dinas Kesehatan" in caught.value.message("id")
    assert list(tmp_path.iterdir()) == []  # nothing written, not even a partial file
    # the command line: exit 2, the OPD named, no traceback, nothing written
    result = subprocess.run(
        [sys.executable, "-m", "rbdesk", "report", str(huge_plan), "-o", str(out)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 2 and "Dinas Kesehatan" in result.stderr
    assert "A3" in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []
    # the working copy tiles it on the report's paper
    kerja = _report(inputs, tmp_path / "k.pdf", edition="kerja", opd="Dinas Kesehatan",
                    charts_only=True)  # fmt: skip
    pages = PdfReader(kerja).pages
    proposal = [p for p in pages if "Dinas Kesehatan – usulan" in p.extract_text()]
    assert len(proposal) > 1
    assert "bagian 1 dari" in proposal[0].extract_text()
    assert {_size(p) for p in pages} == {(round(A4[1]), round(A4[0]))}
    tiled = [c for c in _charts(inputs, ChartChoice(edition="kerja", opd="Dinas Kesehatan"))
             if len(c.tiles) > 1]  # fmt: skip
    assert tiled
    for chart in tiled:
        assert_cut_between_boxes(chart)


def test_a_tiled_chart_says_where_it_continues(huge_plan: Path, tmp_path: Path) -> None:
    with Store.open(huge_plan, read_only=True) as store:
        inputs = gather(store)
    out = _report(inputs, tmp_path / "k.pdf", edition="kerja")
    texts = [p.extract_text() for p in PdfReader(out).pages]
    marks = [(n, m) for n, t in enumerate(texts, start=1)
             for m in re.findall(r"bersambung ke halaman (\d+)", t)]  # fmt: skip
    assert marks
    for page, target in marks:
        assert int(target) > page
        assert re.search(r"sambungan dari halaman " + str(page), texts[int(target) - 1])


def test_a_hyphenated_name_breaks_at_its_hyphen() -> None:
    from rbdesk.report.charts import at_hyphens
    from rbdesk.report.fonts import BOLD, register_fonts, wrap

    register_fonts()
    name = "Subbagian Perundang-undangan"
    assert wrap(name, BOLD, 8, 88) == ["Subbagian", "Perundang-undang", "an"]  # inside a word
    assert wrap(at_hyphens(name, BOLD, 8, 88), BOLD, 8, 88) == ["Subbagian", "Perundang-",
                                                                 "undangan"]  # fmt: skip
    assert at_hyphens(name, BOLD, 8, 300) == name  # a word that fits keeps its hyphen joined


def test_a_tall_chart_takes_a_portrait_page_and_a_large_one_a_larger_paper() -> None:
    from rbdesk.domain.model import Scenario, ScenarioRole, Structure
    from rbdesk.layout import Box, Layout
    from rbdesk.report.chart_pages import _Placer, all_sheets

    structure = Structure(Scenario(1, "S", ScenarioRole.CURRENT))
    texts = charts_module.BoxTexts(structure, default_catalogue(), labels("id"), {})
    geometry = writer._geometry("A4")
    placer = _Placer(all_sheets(geometry, writer.PAPERS), ChartChoice())

    def chart(width: float, height: float) -> charts_module.Chart:
        layout = Layout({1: Box(1, 0, 0, width, height, 0)}, (), width, height)
        found = placer.place([(texts, layout)], "Judul", "", [], may_tile=False)
        assert found is not None
        return found

    tall = chart(400, 700)
    assert (tall.sheet.paper, tall.sheet.landscape) == ("A4", False) and tall.scale == 1.0
    wide = chart(700, 400)
    assert (wide.sheet.paper, wide.sheet.landscape) == ("A4", True) and wide.scale == 1.0
    # too large for A4 at 6 pt, not for F4 (330 mm long)
    longer = chart(1000, 480)
    assert (longer.sheet.paper, longer.sheet.landscape) == ("F4", True)
    assert longer.scale * charts_module.DETAIL_SIZE >= 6 - 1e-9
    assert chart(1300, 800).sheet.paper == "A3"
    # beyond A3 at 6 pt: no page
    layout = Layout({1: Box(1, 0, 0, 2000, 2000, 0)}, (), 2000, 2000)
    assert placer.place([(texts, layout)], "Judul", "", [], may_tile=False) is None
