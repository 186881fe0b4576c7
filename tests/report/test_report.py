"""The PDF proposal, read back with pypdf and poppler: its sections, its numbers, its
pages, its font, and the plan's own texts printed as typed."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader

from rbdesk.analysis.engine import compare_scenarios
from rbdesk.analysis.metrics import metric_rows, scenario_metrics
from rbdesk.domain.model import format_nip, normalise_nip
from rbdesk.i18n import labels
from rbdesk.interchange.synthetic import write_generated
from rbdesk.report import (
    ReportError,
    ReportInputs,
    ReportOptions,
    ReportResult,
    gather,
    write_report,
)
from rbdesk.report.kajian import Kajian, document_code
from rbdesk.rules import default_catalogue
from rbdesk.rules.pack import load_pack
from rbdesk.store import Store
from tests.report.conftest import DAY, LITBANG, PREPARED, run_tool

Report = tuple[Path, ReportResult]


def page_texts(path: Path) -> list[str]:
    return list(_page_texts(path, path.stat().st_mtime_ns))


@cache
def _page_texts(path: Path, _mtime: int) -> tuple[str, ...]:
    return tuple(page.extract_text() for page in PdfReader(path).pages)


def flat(texts: list[str]) -> str:
    """All text with every run of white space made one space (lines wrap anywhere)."""
    return " ".join(" ".join(texts).split())


def lines_of(texts: list[str]) -> list[str]:
    return [line.strip() for text in texts for line in text.splitlines()]


def parse_number(text: str, lang: str) -> float | None:
    """A number as the report prints it: ``1.234`` / ``2,40`` / ``−3`` / ``+2`` (id)."""
    if text == "–":
        return None
    text = text.replace("−", "-").replace("+", "")
    if lang == "id":
        text = text.replace(".", "").replace(",", ".")
    else:
        text = text.replace(",", "")
    return float(text)


# -- structure of the document ------------------------------------------------------------


def test_sections_and_headings_are_there(sample_report: Report) -> None:
    path, result = sample_report
    texts = page_texts(path)
    assert len(texts) == result.pages
    words = labels("id")
    everything = "\n".join(texts)
    # numbered parts of the kajian's chapters (issue 14); the annexes are not numbered
    for key in ("section.summary", "section.table", "section.findings", "section.operations",
                "kajian.ch.evaluasi", "kajian.ch.usulan"):  # fmt: skip
        assert re.search(rf"^\d+(\.\d+)?\s+{re.escape(words[key])}$", everything, re.M), key
    joined = flat(texts)
    for key in ("toc.title", "kajian.cover_title", "kajian.annex.susunan", "kajian.annex.iku",
                "kajian.approval", "matrix.title", "findings.introduced", "section.charts",
                "charts.region", "charts.per_opd"):  # fmt: skip
        assert " ".join(words[key].split()) in joined, key
    # The contents list every entry of the outline with the page it points to; the
    # numbers are drawn last on the page, so they come last in its text.
    reader = PdfReader(path)
    outline: list[tuple[str, int]] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                outline.append((item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline)
    entries = [(title, page) for title, page in outline if title != words["toc.title"]]
    assert len(entries) > 40
    toc_pages = [t for t in texts[1:4] if words["toc.title"] in t or "Halaman" in t][:1]
    printed = []
    for text in texts[1 : 1 + len(toc_pages) + 2]:
        body = text.split("Kabupaten Sukamaju\nHalaman")[0]
        printed += [int(line) for line in body.splitlines() if line.strip().isdigit()]
        if len(printed) >= len(entries):
            break
    assert printed[: len(entries)] == [page for _, page in entries]
    for title, page in entries:
        # A renamed OPD's entry gives both names; its first page may show either.
        names = [n for n in re.split(r" \(semula |\)$", " ".join(title.split())) if n]
        assert any(n in flat([texts[page - 1]]) for n in names), (title, page)


def test_every_page_carries_region_date_fingerprint_and_page_x_of_y(
    sample_report: Report, sample_plan: Path
) -> None:
    path, result = sample_report
    with Store.open(sample_plan, read_only=True) as store:
        fingerprint = store.fingerprint()
    # the kode dokumen: the fingerprint in groups of four (issue 14)
    code = document_code(fingerprint, Kajian())
    assert code.replace("-", "").lower() == fingerprint
    texts = page_texts(path)
    for number, text in enumerate(texts, start=1):
        assert f"Halaman {number} dari {result.pages}" in text, number
        assert f"Kode dokumen {code}" in text, number
        assert "Kabupaten Sukamaju" in text, number
        assert "27 November 2026" in text, number


def test_before_after_numbers_equal_the_comparison(
    sample_report: Report, sample_inputs: ReportInputs
) -> None:
    path, _ = sample_report
    assert sample_inputs.after is not None
    pack = load_pack()
    catalogue = default_catalogue()
    comparison = compare_scenarios(sample_inputs.before, sample_inputs.after,
                                   sample_inputs.region, pack=pack)  # fmt: skip
    words = labels("id")
    bands = [(b.id, b.min, b.max) for b in pack.span_bands]
    texts = page_texts(path)
    units = words.metric("units")
    start = next(i for i, t in enumerate(texts)
                 if words["table.before"] in t and units in lines_of([t]))  # fmt: skip
    lines = lines_of(texts[start : start + 4])
    position = 0
    checked = 0
    for row_id, before, after, delta in comparison.metric_table(zeros=False):
        head, _, rest = row_id.partition(".")
        if head in ("opds", "kinds") and rest:
            label = catalogue.kinds[rest].name_id
        elif row_id.startswith("findings.severity."):  # the official register (issue 14)
            label = words[f"kajian.severity.{row_id.rsplit('.', 1)[1]}"]
        else:
            label = words.metric(row_id, bands)
        position = lines.index(label, position)
        cells = lines[position + 1 : position + 4]
        assert [parse_number(c, "id") for c in cells] == [
            pytest.approx(before, abs=0.005), pytest.approx(after, abs=0.005),
            pytest.approx(delta, abs=0.011),
        ], row_id  # fmt: skip
        checked += 1
    assert checked > 30
    assert comparison.delta("units") == -8  # the sample's proposal removes 8 units


def test_the_font_is_shipped_and_embedded_everywhere(sample_report: Report) -> None:
    path, _ = sample_report
    reader = PdfReader(path)
    names = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            names.add(str(font["/BaseFont"]).split("+")[-1])
    assert names == {"DejaVuSans", "DejaVuSans-Bold"}
    done = run_tool("pdffonts", str(path))
    rows = done.stdout.splitlines()[2:]
    assert rows
    for row in rows:
        assert "Helvetica" not in row
        assert row.split()[-5] == "yes", row  # the "emb" column


def test_plan_texts_print_literally(sample_report: Report) -> None:
    path, _ = sample_report
    texts = page_texts(path)
    everything = "\n".join(texts)
    assert LITBANG in everything  # on one line in the appendix, the charts, the tables
    assert "&amp;" not in everything and "&lt;" not in everything
    assert PREPARED.name in flat(texts)
    assert f"NIP {format_nip(PREPARED.nip)}" in everything


def test_signature_block_leaves_blank_lines_for_unnamed_roles(sample_report: Report) -> None:
    path, _ = sample_report
    sheet = page_texts(path)[1]  # the lembar pengesahan follows the cover (issue 14)
    words = labels("id")
    for role in ("prepared", "checked", "approved"):
        assert words[f"kajian.sign.{role}"] in sheet
    assert PREPARED.title in sheet
    # the checked role unnamed; the kepala daerah has no NIP
    assert sheet.count("NIP ....") == 1
    assert "NIP" not in sheet[sheet.index(words["kajian.sign.approved"]) :]


def test_metadata(sample_report: Report) -> None:
    path, _ = sample_report
    meta = PdfReader(path).metadata
    assert meta is not None
    assert meta.title == "Usulan Penataan Perangkat Daerah Kabupaten Sukamaju"
    assert meta.author == "Bagian Organisasi Sekretariat Daerah Kabupaten Sukamaju"
    assert "Kabupaten Sukamaju" in (meta.subject or "")
    assert "penataan perangkat daerah" in str(meta.get("/Keywords", ""))


def test_qpdf_finds_no_error(sample_report: Report, english_report: Report) -> None:
    for path, _ in (sample_report, english_report):
        done = run_tool("qpdf", "--check", str(path))
        assert done.returncode == 0, done.stdout + done.stderr
        assert "No syntax or stream encoding errors" in done.stdout


def _pgm_pixels(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and pixels of a binary PGM image (``P5``)."""
    fields = []
    pos = 0
    while len(fields) < 4:
        while data[pos : pos + 1].isspace():
            pos += 1
        if data[pos : pos + 1] == b"#":
            pos = data.index(b"\n", pos)
            continue
        end = pos
        while not data[end : end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    assert fields[0] == b"P5"
    return int(fields[1]), int(fields[2]), data[pos + 1 :]


def test_no_page_is_blank(sample_report: Report, tmp_path: Path) -> None:
    """Every page rendered: its body (above the footer) has ink."""
    path, result = sample_report
    done = run_tool("pdftoppm", "-gray", "-r", "20", str(path), str(tmp_path / "p"))
    assert done.returncode == 0, done.stderr
    images = sorted(tmp_path.glob("p-*.pgm"))
    assert len(images) == result.pages
    for image in images:
        width, height, pixels = _pgm_pixels(image.read_bytes())
        body = pixels[: width * int(height * 0.88)]
        inked = sum(1 for value in body if value < 160)
        assert inked > 20, f"{image.name} is blank"


def test_the_blank_page_check_can_fail(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    blank = tmp_path / "blank.pdf"
    canvas = Canvas(str(blank))
    canvas.drawString(50, 20, "footer only")
    canvas.showPage()
    canvas.save()
    done = run_tool("pdftoppm", "-gray", "-r", "20", str(blank), str(tmp_path / "b"))
    assert done.returncode == 0
    width, height, pixels = _pgm_pixels(next(tmp_path.glob("b-*.pgm")).read_bytes())
    assert sum(1 for value in pixels[: width * int(height * 0.88)] if value < 160) <= 20


# -- languages, papers, scale ---------------------------------------------------------------


def test_english_on_request(english_report: Report) -> None:
    path, result = english_report
    texts = page_texts(path)
    words = labels("en")
    assert f"Page 1 of {result.pages}" in texts[0]
    everything = flat(texts)
    for key in ("section.summary", "section.findings", "section.charts", "kajian.annex.susunan"):
        assert " ".join(words[key].split()) in everything
    assert "Halaman" not in everything and "Ringkasan" not in everything


def test_no_english_in_the_indonesian_report(sample_report: Report) -> None:
    path, _ = sample_report
    everything = "\n".join(page_texts(path))
    words_en = labels("en")
    for key in ("section.summary", "section.findings", "section.operations", "section.charts",
                "toc.title", "footer.fingerprint", "findings.basis", "table.before",
                "legend.title", "appendix.leaders", "sign.approved"):  # fmt: skip
        assert words_en[key] not in everything, key
    assert not re.search(r"\bPage \d+ of\b", everything)


def test_paper_sizes_and_landscape_charts(sample_report: Report, english_report: Report) -> None:
    reader = PdfReader(sample_report[0])
    first = reader.pages[0].mediabox
    assert (round(float(first.width)), round(float(first.height))) == (595, 842)  # A4
    words = labels("id")
    chart_pages = [p for p in reader.pages if words["legend.command"] in p.extract_text()]
    assert chart_pages
    # each chart on the paper it needs, A4 and up (tests/report/test_chart_pages.py)
    sizes = ((595, 842), (842, 595), (609.4, 935.4), (935.4, 609.4), (842, 1191), (1191, 842))
    sheets = {(round(w), round(h)) for w, h in sizes}
    for page in chart_pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) in sheets
    assert sum(float(p.mediabox.width) > float(p.mediabox.height) for p in chart_pages) > len(
        chart_pages) / 2  # fmt: skip
    f4 = PdfReader(english_report[0]).pages[0].mediabox
    assert (round(float(f4.width) / 72 * 25.4), round(float(f4.height) / 72 * 25.4)) == (
        215, 330)  # fmt: skip


def test_numbers_and_dates_by_language() -> None:
    id_, en = labels("id"), labels("en")
    assert id_.number(1234) == "1.234" and en.number(1234) == "1,234"
    assert id_.number(2.4) == "2,40" and en.number(2.4) == "2.40"
    assert id_.signed(-3) == "−3" and id_.signed(1234567) == "+1.234.567"
    assert id_.date(DAY) == "27 November 2026"
    assert id_.date(DAY.replace(month=8)) == "27 Agustus 2026"
    assert en.date(DAY.replace(month=8)) == "27 August 2026"


def test_both_catalogues_have_the_same_keys() -> None:
    assert set(labels("id").texts) == set(labels("en").texts)
    assert all(text.strip() for text in labels("id").texts.values())


def test_every_metric_row_has_words(sample_inputs: ReportInputs) -> None:
    from rbdesk.analysis.context import build_context

    pack = load_pack()
    catalogue = default_catalogue()
    ctx = build_context(sample_inputs.before, sample_inputs.region, catalogue)
    bands = [(b.id, b.min, b.max) for b in pack.span_bands]
    metrics = scenario_metrics(ctx, [], bands)
    for lang in ("id", "en"):
        words = labels(lang)
        for row_id, _ in metric_rows(metrics):
            if row_id.startswith(("opds.", "kinds.")):
                continue  # named from the catalogue of unit kinds
            assert words.metric(row_id, bands) != row_id, (lang, row_id)
    assert labels("id").metric("eselon.IV") == "Eselon IV (jabatan pengawas)"


def test_charts_are_tiled_never_shrunk_below_6pt(tmp_path: Path) -> None:
    from rbdesk.layout import layout_tree
    from rbdesk.report import charts

    with write_generated(tmp_path / "g.rbd", 600, seed=3) as store:
        structure = store.load(store.scenarios()[0].id)
    texts = charts.BoxTexts(structure, default_catalogue(), labels("id"), {})
    layout = layout_tree(structure, measure=texts.measure, options=charts.OPTIONS)
    chart = charts.fit(charts.Chart(layout, texts, "", ""), 760, 420)
    assert len(chart.tiles) > 1
    assert min(charts.NAME_SIZE, charts.DETAIL_SIZE) * chart.scale >= charts.MIN_TEXT - 1e-9
    dinas = next(u.id for u in structure.units.values() if u.kind == "dinas")
    small = layout_tree(structure, measure=texts.measure, options=charts.OPTIONS, root=dinas,
                        max_depth=1)  # fmt: skip
    one = charts.fit(charts.Chart(small, texts, "", ""), 760, 420)
    assert len(one.tiles) == 1 and one.scale <= 1.0


def test_every_opd_is_charted_current_and_proposed(
    sample_report: Report, sample_inputs: ReportInputs
) -> None:
    """Each OPD of the proposal has a chart page of its proposal, and one of its
    current structure when the proposal changes it (an unchanged OPD is drawn once)."""
    from rbdesk.layout.forest import subtrees_by_opd
    from rbdesk.rules.catalogue import default_catalogue

    path, _ = sample_report
    text = flat(page_texts(path))
    after = sample_inputs.after
    assert after is not None
    names = [after.units[opd].name for opd in subtrees_by_opd(after, default_catalogue())]
    assert len(names) > 30
    for name in names:
        assert f"{name} – usulan" in text, name
    current = [n for n in names if f"{n} – kondisi saat ini" in text]
    assert 0 < len(current) < len(names) / 2
    assert "Dinas Pertanian dan Pangan" in current  # changed
    assert "Dinas Kesehatan" not in current  # unchanged


def test_page_count_grows_with_the_plan(tmp_path: Path) -> None:
    pages = []
    for size in (150, 900):
        with write_generated(tmp_path / f"g{size}.rbd", size, seed=2) as store:
            inputs = gather(store)
        result = write_report(inputs, tmp_path / f"g{size}.pdf", ReportOptions(day=DAY))
        assert len(PdfReader(tmp_path / f"g{size}.pdf").pages) == result.pages
        pages.append(result.pages)
    assert pages[1] > pages[0] * 2


# -- plans without a proposal, bad input, atomic writing -----------------------------------


def test_a_plan_without_a_proposal_gets_a_report_of_its_structure(
    sample_plan: Path, tmp_path: Path
) -> None:
    with Store.open(sample_plan, read_only=True) as store:
        inputs = gather(store)
    only_current = ReportInputs(inputs.region, inputs.fingerprint, inputs.before, None)
    out = tmp_path / "kajian.pdf"
    result = write_report(only_current, out, ReportOptions(day=DAY))
    everything = flat(page_texts(out))
    words = labels("id")
    assert words["kajian.cover_title_current"] in everything
    assert words["section.findings"] in everything and words["section.charts"] in everything
    assert words["section.operations"] not in everything
    assert words["section.table_current"] in everything
    assert words["table.before"] not in everything
    assert result.pages > 20


def test_scenario_choice(sample_plan: Path) -> None:
    with Store.open(sample_plan, read_only=True) as store:
        current, proposal = store.scenarios()
        default = gather(store)
        assert default.before.scenario.id == current.id
        assert default.after is not None and default.after.scenario.id == proposal.id
        alone = gather(store, from_name=proposal.name)
        assert alone.before.scenario.id == proposal.id and alone.after is None
        with pytest.raises(ReportError) as raised:
            gather(store, to_name="Tidak Ada")
        assert "Tidak Ada" in str(raised.value)
        assert "tidak ada skenario" in raised.value.message("id")
        with pytest.raises(ReportError, match="not derived"):
            gather(store, from_name=proposal.name, to_name=current.name)


def test_bad_options_are_report_errors() -> None:
    with pytest.raises(ReportError, match="paper"):
        ReportOptions(paper="Letter")
    with pytest.raises(ReportError, match="language"):
        ReportOptions(lang="fr")


def test_a_failed_report_leaves_the_target_as_it_was(
    sample_inputs: ReportInputs, tmp_path: Path
) -> None:
    out = tmp_path / "usulan.pdf"
    out.write_bytes(b"the previous report")
    calls: list[tuple[int, int]] = []

    def cancel(done: int, total: int) -> None:
        calls.append((done, total))
        if len(calls) > 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_report(sample_inputs, out, ReportOptions(day=DAY), progress=cancel)
    assert out.read_bytes() == b"the previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["usulan.pdf"]
    with pytest.raises(ReportError, match="does not exist"):
        write_report(sample_inputs, tmp_path / "nope" / "x.pdf")


def test_a_cancel_at_the_last_step_still_leaves_the_target(
    sample_inputs: ReportInputs, tmp_path: Path
) -> None:
    """The last progress call comes before the file takes its place: stopping there
    leaves the old file, and no call follows the rename."""
    out = tmp_path / "usulan.pdf"
    out.write_bytes(b"the previous report")

    def cancel_at_the_end(done: int, total: int) -> None:
        if done >= total:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_report(sample_inputs, out, ReportOptions(day=DAY), progress=cancel_at_the_end)
    assert out.read_bytes() == b"the previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["usulan.pdf"]


def test_progress_runs_to_the_end(sample_inputs: ReportInputs, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    record: Callable[[int, int], None] = lambda d, t: calls.append((d, t))  # noqa: E731
    result = write_report(sample_inputs, tmp_path / "r.pdf", ReportOptions(paper="A3"),
                          progress=record)  # fmt: skip
    assert calls and calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert result.pages > 0
    page = PdfReader(tmp_path / "r.pdf").pages[0].mediabox
    assert round(float(page.height)) == 1191  # A3


def test_nip_normalisation() -> None:
    assert normalise_nip("19700101 199003 2 001") == "197001011990032001"
    assert format_nip("197001011990032001") == "19700101 199003 2 001"
