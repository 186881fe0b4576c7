"""The proposal as a *kajian penataan perangkat daerah* (issue 14, items 1-3 and 6), read
back from the PDF with pypdf: the chapters in order, the Dasar Hukum of each level,
the cover and the lembar pengesahan in the official form, the register of an official
document, the two editions, the susunan organisasi and the figures of the Implikasi."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from rbdesk.analysis.compare import finding_ref_of
from rbdesk.analysis.status import FindingStatus, Status, dump_statuses, meta_key
from rbdesk.domain.model import Level, Signatory, SignatoryRole
from rbdesk.i18n import labels
from rbdesk.interchange.sample import write_sample
from rbdesk.layout import forest
from rbdesk.report import ReportInputs, ReportOptions, chapters, gather, legal, write_report
from rbdesk.report import kajian as kj
from rbdesk.report.writer import analyse_inputs
from rbdesk.rules import default_catalogue
from rbdesk.rules.pack import load_pack
from rbdesk.store import Store

DAY = date(2026, 12, 4)
LAW = Path(__file__).resolve().parents[3] / "shared" / "reference" / "law"
PERDA = (
    "Peraturan Daerah Kabupaten Sukamaju Nomor 5 Tahun 2016 tentang Pembentukan dan "
    "Susunan Perangkat Daerah"
)
RATES = {"III": 1_260_000, "IV": 540_000}
EXEMPT_REASON = "Satuan ini dibentuk dengan Peraturan Daerah khusus"
#: Words of software that the pengesahan edition never prints.
SOFTWARE = ("galat", "info", "sidik jari", "fingerprint", "error", "warning", "rbdesk")


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def body_of(texts: list[str]) -> str:
    """The text from the first chapter on (the contents name every heading too)."""
    for i, text in enumerate(texts):
        if re.match(r"\s*1\s+Pendahuluan|\s*1\s+Introduction", text):
            return flat("\n".join(texts[i:]))
    raise AssertionError("no first chapter")


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample region with the kajian filled in: place, number, year, a Perda, rates
    for eselon III and IV, a reform row, pangkat; signatories; one finding accepted
    and one exempted."""
    path = tmp_path_factory.mktemp("kajian") / "sukamaju.rbd"
    with write_sample(path) as store:
        k = kj.Kajian(place="Soreang", number="061/123/Org", year=2027, instruments=(PERDA,),
                      rates=RATES, reform={"asn": ("Pengawas 235", "Ahli muda 10")},
                      pangkat={"prepared": "Pembina (IV/a)"})  # fmt: skip
        kj.save(store, k)
        store.set_signatories([
            Signatory(SignatoryRole.PREPARED, "Dra. Sri Wahyuni, M.Si.", "19700101 199003 2 001",
                      "Kepala Bagian Organisasi"),
            Signatory(SignatoryRole.APPROVED, "H. Ahmad Sudrajat, S.H."),
        ])  # fmt: skip
        inputs = gather(store)
        a = analyse_inputs(inputs, DAY)
        law = [f for f in a.before_findings if f.confirmed and not f.practice]
        accepted, exempted = law[0], law[1]
        statuses = {
            finding_ref_of(accepted): FindingStatus(finding_ref_of(accepted), Status.ACCEPTED),
            finding_ref_of(exempted): FindingStatus(finding_ref_of(exempted), Status.EXEMPTED,
                                                    EXEMPT_REASON),
        }  # fmt: skip
        store.set_meta(meta_key(store.scenarios()[0].id), dump_statuses(statuses))
    return path


@pytest.fixture(scope="module")
def inputs(plan: Path) -> ReportInputs:
    with Store.open(plan, read_only=True) as store:
        return gather(store)


def _write(inputs: ReportInputs, out: Path, **options: object) -> list[str]:
    write_report(inputs, out, ReportOptions(day=DAY, **options))  # type: ignore[arg-type]
    return page_texts(out)


@pytest.fixture(scope="module")
def official(inputs: ReportInputs, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return _write(inputs, tmp_path_factory.mktemp("r") / "p.pdf")


@pytest.fixture(scope="module")
def working(inputs: ReportInputs, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return _write(inputs, tmp_path_factory.mktemp("r") / "k.pdf", edition="kerja", paper="F4")


def test_chapters_stand_in_order(official: list[str]) -> None:
    body = body_of(official)
    words = labels("id")
    headings = [f"{n} {words[k]}" for n, k in enumerate(
        ("kajian.ch.pendahuluan", "kajian.ch.dasar", "kajian.ch.evaluasi", "kajian.ch.usulan",
         "kajian.ch.implikasi", "kajian.ch.penutup"), start=1)]  # fmt: skip
    headings += [words["kajian.annexes"], words["section.charts"], words["kajian.annex.susunan"],
                 words["kajian.annex.iku"], words["kajian.annex.pemetaan"]]  # fmt: skip
    places = [body.find(h) for h in headings]
    assert -1 not in places, [h for h, p in zip(headings, places, strict=True) if p < 0]
    assert places == sorted(places)
    # the sub-parts the issue names, each in its chapter
    for sub, chapter in (("kajian.sub.latar", 0), ("kajian.sub.metode", 0),
                         ("section.findings", 2), ("matrix.title", 2), ("kajian.pemetaan", 2),
                         ("section.operations", 3), ("section.table", 3), ("kajian.reform", 3),
                         ("kajian.impl.posts", 4), ("kajian.impl.alignment", 4),
                         ("kajian.impl.budget", 4), ("kajian.sub.kesimpulan", 5),
                         ("kajian.sub.rekomendasi", 5)):  # fmt: skip
        where = body.find(words[sub], places[chapter])
        assert places[chapter] < where < places[chapter + 1], sub


def test_cover_and_approval_sheet_are_in_the_official_form(official: list[str]) -> None:
    cover = flat(official[0])
    assert cover.startswith("PEMERINTAH KABUPATEN SUKAMAJU")
    assert "KAJIAN PENATAAN PERANGKAT DAERAH" in cover
    assert "TAHUN 2027" in cover  # the proposal's year, not the printing year
    assert "Nomor: 061/123/Org" in cover
    assert "Soreang, 4 Desember 2026" in cover
    sheet = flat(official[1])
    assert sheet.startswith("LEMBAR PENGESAHAN")
    assert "Soreang, 4 Desember 2026" in sheet
    assert "Pembina (IV/a)" in sheet and "NIP 19700101 199003 2 001" in sheet
    # the kepala daerah: his title, his name, and no NIP line under it
    head = sheet[sheet.index("Disetujui oleh") :]
    assert "BUPATI SUKAMAJU" in head and "H. Ahmad Sudrajat, S.H." in head
    assert "NIP" not in head
    # the kode dokumen in every footer, derived from the plan's fingerprint
    with_code = [t for t in official if re.search(r"Kode dokumen [0-9A-F]{4}-[0-9A-F]{4}", t)]
    assert len(with_code) == len(official)


def test_no_software_words_in_the_pengesahan_edition(official: list[str]) -> None:
    text = "\n".join(official)
    for word in SOFTWARE:
        found = re.findall(rf"\b{word}\b", text, re.I)
        assert not found, word
    assert "Usulan Usulan" not in flat(text)
    assert "kemiripan 0" not in text


def test_dasar_hukum_cites_the_instruments_with_ln_and_tln(official: list[str]) -> None:
    body = body_of(official)
    pack = load_pack()
    for text in legal.instruments(pack, "id"):
        assert flat(text) in body
    assert PERDA in body  # the planner's own instrument
    assert flat(legal.pasal_text(pack, Level.KABUPATEN, "id")) in body
    assert "Pasal 37" in legal.pasal_text(pack, Level.KABUPATEN, "id")


@pytest.mark.skipif(not LAW.is_dir(), reason="the law texts are not beside the project")
def test_ln_and_tln_are_as_the_law_texts_print_them() -> None:
    texts = {f.name: flat(f.read_text(encoding="utf-8").replace("^", "")) for f in LAW.glob("*.md")}
    pp18 = texts["pp-18-2016.md"]
    pp72 = texts["pp-72-2019.md"]
    uu = legal.INSTRUMENTS["UU 23/2014"][0]
    assert uu[uu.index("(Lembaran") :] in pp18  # as PP 18/2016 cites it
    pp = legal.INSTRUMENTS["PP 18/2016"][0]
    assert pp[pp.index("(Lembaran") :] in pp72  # as PP 72/2019 cites it
    assert "TAMBAHAN LEMBARAN NEGARA REPUBLIK INDONESIA NOMOR 6402" in pp72
    assert "NOMOR 187" in pp72


@pytest.mark.parametrize(("level", "name", "government", "head"), [
    (Level.KOTA, "Kota Sukamaju", "PEMERINTAH KOTA SUKAMAJU", "WALI KOTA SUKAMAJU"),
    (Level.PROVINSI, "Provinsi Jawa Tengah", "PEMERINTAH PROVINSI JAWA TENGAH",
     "GUBERNUR JAWA TENGAH"),
])  # fmt: skip
def test_each_level_gets_its_own_form_and_citations(
    inputs: ReportInputs, tmp_path: Path, level: Level, name: str, government: str, head: str
) -> None:
    region = replace(inputs.region, level=level, name=name)
    texts = _write(replace(inputs, region=region, kajian=kj.Kajian()), tmp_path / "l.pdf")
    assert flat(texts[0]).startswith(government)
    assert head in flat(texts[1])
    body = body_of(texts)
    pack = load_pack()
    own = flat(legal.pasal_text(pack, level, "id"))
    assert own in body
    other = Level.KABUPATEN if level is Level.PROVINSI else Level.PROVINSI
    assert flat(legal.pasal_text(pack, other, "id")) not in body
    assert f"{region.name.split()[-1]}, 4 Desember 2026" in flat(texts[0])  # default place


def test_susunan_organisasi_of_each_opd_matches_the_plan(
    official: list[str], inputs: ReportInputs
) -> None:
    body = body_of(official)
    words = labels("id")
    annex = body[body.index(words["kajian.annex.susunan"], body.index(words["kajian.annexes"])) :]
    structure = inputs.after
    assert structure is not None
    children = structure.children()
    opds = forest.subtrees_by_opd(structure, default_catalogue())
    assert opds
    heads = []
    at = 0
    for opd in opds:  # each OPD's "... terdiri atas:", in the plan's order
        unit = structure.units[opd]
        head = unit.name + (f" tipe {unit.unit_type}" if unit.unit_type else "") + " terdiri atas:"
        at = annex.index(head, at)
        heads.append((opd, at + len(head)))
    ends = [start for _, start in heads[1:]] + [len(annex)]
    for (opd, here), end in zip(heads, ends, strict=True):
        order: list[int] = []
        stack = list(reversed(children.get(opd, [])))
        while stack:
            uid = stack.pop()
            order.append(uid)
            stack.extend(reversed(children.get(uid, [])))
        for uid in order:  # every unit of the OPD, in the plan's order, under its head
            here = annex.index(structure.units[uid].name, here)
            assert here < end, structure.units[uid].name


def test_post_and_budget_figures_match_the_plan(official: list[str], inputs: ReportInputs) -> None:
    a = analyse_inputs(inputs, DAY)
    assert a.comparison is not None
    changes = chapters.post_changes(a)
    before = a.before_metrics.structural_by_eselon
    after = a.comparison.after_metrics.structural_by_eselon
    words = labels("id")
    for level, (b, gone, new, x) in changes.items():
        assert (b, x) == (before[level], after[level])
        assert b - gone + new == x
    body = body_of(official)
    table = body[body.index(words["kajian.impl.posts"], body.index("5 Implikasi")) :]
    n = words.number
    for level, (b, gone, new, x) in changes.items():
        row = f"Eselon {level} {n(b)} {n(gone)} {n(new)} {n(x)} {words.signed(x - b)}"
        assert row in table, row
    monthly = sum((changes[lv][3] - changes[lv][0]) * rate for lv, rate in RATES.items())
    assert monthly != 0
    assert chapters.rupiah(words, monthly) in table
    assert chapters.rupiah(words, monthly * 12) in table
    for level, rate in RATES.items():
        assert chapters.rupiah(words, (changes[level][3] - changes[level][0]) * rate) in table


def test_without_rates_the_budget_shows_counts_only(inputs: ReportInputs, tmp_path: Path) -> None:
    texts = _write(replace(inputs, kajian=kj.Kajian()), tmp_path / "n.pdf")
    body = body_of(texts)
    assert flat(labels("id")["kajian.impl.no_rates"]) in body
    implikasi = body[body.index("5 Implikasi") : body.index("6 Penutup")]
    assert "Rp" not in implikasi


def test_the_editions_print_the_findings_as_the_issue_says(
    official: list[str], working: list[str], inputs: ReportInputs
) -> None:
    a = analyse_inputs(inputs, DAY)
    words = labels("id")
    body = body_of(official)
    work = body_of(working)
    unconfirmed = [f for f in a.before_findings if not f.confirmed and not f.practice]
    practice = [f for f in a.before_findings if f.practice]
    assert unconfirmed and practice
    findings = body[: body.index("3.3 ")]
    for f in unconfirmed + practice:
        message = flat(chapters.finding_message(f, a.before, words))[:60]
        assert message not in findings
        assert message in work
    assert flat(words["findings.unconfirmed"]) not in body
    assert flat(words["findings.unconfirmed"]) in work
    # the exempted one with its reason in both; the accepted one marked
    assert EXEMPT_REASON in body and EXEMPT_REASON in work
    assert words["kajian.exempted"] in body
    assert words["kajian.status.accepted"] in findings


def test_english_edition_reads_in_english(inputs: ReportInputs, tmp_path: Path) -> None:
    texts = _write(inputs, tmp_path / "en.pdf", lang="en", edition="kerja")
    text = flat("\n".join(texts))
    assert "1 Introduction" in text and "2 Legal Basis" in text
    assert "Law Number 23 of 2014" in text
    chapters_text = body_of(texts)
    chapters_text = chapters_text[: chapters_text.index("ANNEXES")]
    assert not re.search(r"\b1 (findings|units|steps|merges)\b", chapters_text)
    assert "APPROVAL SHEET" in text


# -- item 6 ------------------------------------------------------------------------------------


def test_summary_counts_every_severity(official: list[str], inputs: ReportInputs) -> None:
    a = analyse_inputs(replace(inputs, after=None), DAY)
    words = labels("id")
    severities = a.before_metrics.findings_by_severity
    text = words.fmt("summary.findings_current", pack="P", findings=1, errors=2, warnings=3,
                     infos=severities.get("info", 0))  # fmt: skip
    assert "catatan" in text
    assert "galat" not in words["summary.findings"]


def test_plural_forms_in_english() -> None:
    en = labels("en")
    assert chapters.plural(en, "count.action.Add", 1) == "1 unit added"
    assert chapters.plural(en, "count.action.Add", 2) == "2 units added"
    assert "1 finding)" in chapters.plural(en, "findings.intro_current", 1, scenario="S")
    assert chapters.plural(labels("id"), "count.action.Add", 1) == "1 unit baru"


def test_matrix_sentence_without_other_opds() -> None:
    words = labels("id")
    assert "0 perangkat daerah lain" not in words.fmt("matrix.intro_all", opds=3, scenario="S",
                                                      others=0)  # fmt: skip
    assert "pendukung" not in words["matrix.legend"].lower()


def test_overlap_finding_names_the_tasks(inputs: ReportInputs) -> None:
    a = analyse_inputs(inputs, DAY)
    overlaps = [f for f in a.before_findings if f.rule == "text.overlap"]
    assert overlaps
    words = labels("id")
    text = chapters.finding_message(overlaps[0], a.before, words)
    assert "kemiripan" not in text and "kata kunci" not in text
    tugas = a.before.units[overlaps[0].units[0]].tugas
    assert text.count('"') >= 4  # each task quoted
    assert any(part.strip()[:30] in tugas for part in text.split('"')[1::2])


# -- the kajian kept in the plan ----------------------------------------------------------------


def test_kajian_round_trip_and_refusals(tmp_path: Path) -> None:
    k = kj.with_value(kj.Kajian(), "rate.IV", "540.000")
    assert k.rates == {"IV": 540000}
    k = kj.with_value(k, "reform.asn.sesudah", "Fungsional")
    assert k.reform == {"asn": ("", "Fungsional")}
    assert kj.parse(kj.dump(k)) == k
    for key, value, code in (("rate.IV", "lima", "kajian.rate"), ("year", "20x6", "kajian.year"),
                             ("rate.VI", "1", "kajian.unknown_key"),
                             ("text.pendahuluan", "x", "kajian.unknown_key")):  # fmt: skip
        with pytest.raises(kj.KajianError) as caught:
            kj.with_value(k, key, value)
        assert caught.value.code == code
    with pytest.raises(kj.KajianError) as caught:
        kj.check_emblem(b"GIF89a....")
    assert caught.value.code == "kajian.emblem_kind"
    with pytest.raises(kj.KajianError) as caught:
        kj.check_emblem(b"\x89PNG\r\n\x1a\n" + b"0" * (kj.MAX_EMBLEM + 1))
    assert caught.value.code == "kajian.emblem_size"
    with pytest.raises(kj.KajianError) as caught:
        kj.check_emblem(b"\x89PNG\r\n\x1a\nnot really a png")
    assert caught.value.code == "kajian.emblem_unreadable"
    # a stored entry that cannot be read is left out, never an error
    assert kj.parse('{"rates": {"IV": "x"}, "year": "soon"}', "!!") == kj.Kajian()


def test_emblem_prints_on_the_cover(inputs: ReportInputs, tmp_path: Path) -> None:
    from PIL import Image

    image = tmp_path / "lambang.png"
    Image.new("RGB", (40, 50), (20, 90, 40)).save(image)
    data = image.read_bytes()
    assert kj.check_emblem(data) == (40, 50)
    out = tmp_path / "e.pdf"
    write_report(replace(inputs, kajian=replace(inputs.kajian, emblem=data)), out,
                 ReportOptions(day=DAY))  # fmt: skip
    cover = PdfReader(out).pages[0]
    assert len(cover.images) == 1


def test_document_code_follows_the_fingerprint_and_texts() -> None:
    assert kj.document_code("016b12ba79c0", kj.Kajian()) == "016B-12BA-79C0"
    one = kj.document_code("016b12ba79c0", kj.Kajian(place="Soreang"))
    two = kj.document_code("016b12ba79c0", kj.Kajian(place="Soreang "[:-1] + "x"))
    assert one.startswith("016B-12BA-79C0-") and one != two


def test_pemetaan_values_print_with_their_source(plan: Path, tmp_path: Path) -> None:
    from decimal import Decimal

    from rbdesk.domain.pemetaan import PemetaanData

    copy = tmp_path / "pemetaan.rbd"
    copy.write_bytes(plan.read_bytes())
    with Store.open(copy) as store:
        store.set_pemetaan(PemetaanData({("1.01", 1): Decimal("1234"), ("1.01", 2): Decimal("7")},
                                        2025, "BPS Kabupaten Sukamaju"))  # fmt: skip
        inputs = gather(store)
    assert inputs.pemetaan is not None
    texts = _write(inputs, tmp_path / "pem.pdf")
    body = body_of(texts)
    words = labels("id")
    annex = body[body.rindex(words["kajian.annex.pemetaan"]) :]
    assert "BPS Kabupaten Sukamaju" in annex and "2025" in annex
    assert "1.01" in annex and "1.234" in annex
    assert words["kajian.pemetaan_none"] not in body


def test_hasil_pemetaan_per_urusan_and_per_opd(tmp_path: Path) -> None:
    """With pemetaan scores (of the Lampiran's catalogue), Evaluasi prints each
    urusan's scores and form, and each OPD's type beside the type the scores call for;
    the annex names each indicator with its value and source."""
    from decimal import Decimal

    from rbdesk.analysis.pemetaan import evaluate
    from rbdesk.domain.pemetaan import PemetaanData, lampiran_level

    path = tmp_path / "p.rbd"
    values = {("umum", 1): Decimal("100000"), ("umum", 2): Decimal("300"),
              ("umum", 3): Decimal("750000000000"), ("1.02", 1): Decimal("100000"),
              ("1.02", 2): Decimal("400")}  # fmt: skip
    with write_sample(path) as store:
        store.set_pemetaan(PemetaanData(values, 2025, "BPS"))
        inputs = gather(store)
    assert inputs.pemetaan is not None and inputs.pemetaan[0].values == values
    scores = evaluate(lampiran_level("kabupaten"), values, Decimal("1"))
    inputs = replace(inputs, pemetaan=(inputs.pemetaan[0], scores))
    texts = _write(inputs, tmp_path / "s.pdf")
    body = body_of(texts)
    words = labels("id")
    section = body[body.index("3.4 " + words["kajian.pemetaan"]) : body.index("4 Usulan")]
    health = next(u for u in scores.urusan if u.kode == "1.02")
    assert health.skor is not None and health.bentuk
    skor = float(health.skor)
    assert words.number(skor, 0 if skor == int(skor) else 2) in section
    assert f" {health.bentuk}" in section
    assert words["kajian.pem.proposed"] in section and "Dinas Kesehatan" in section
    annex = body[body.rindex(words["kajian.annex.pemetaan"]) :]
    assert "BPS" in annex and "2025" in annex
    for ind in health.indicators:
        assert str(ind.name)[:25] in annex


def test_the_pemetaan_chapter_prints_the_scores_of_rbdesk_pemetaan(
    plan: Path, official: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The sample holds indicator values: its chapter *Hasil Pemetaan Urusan* prints, for
    every urusan, the numbers ``rbdesk pemetaan --format json`` gives (issue 13 item 6),
    row by row, and each OPD's computed type."""
    import json

    from rbdesk.cli import run

    with Store.open(plan, read_only=True) as store:
        proposal = store.scenarios()[-1].name  # the OPDs' types are the proposal's
    assert run(["pemetaan", str(plan), "--format", "json", "--scenario", proposal]) == 0
    doc = json.loads(capsys.readouterr().out)
    words = labels("id")
    body = body_of(official)
    section = body[body.index("3.4 " + words["kajian.pemetaan"]) : body.index("4 Usulan")]
    scored = [u for u in doc["urusan"] if u["skor"] is not None]
    assert len(scored) >= 35
    starts = [section.index(f" {u['kode']} ") for u in scored]
    assert starts == sorted(starts)  # in the Lampiran's order
    ends = starts[1:] + [len(section)]
    for u, start, end in zip(scored, starts, ends, strict=True):
        row = section[start:end]
        for key in ("umum", "teknis", "jumlah", "skor"):
            value = u[key]
            shown = words.number(value, 0 if value == int(value) else 2)
            assert f" {shown} " in f"{row} ", (u["kode"], key, shown, row)
        assert f" {u['bentuk']}" in row, (u["kode"], row)
    opds = section[section.index(words["kajian.pemetaan_opd"]) :]
    assert words["kajian.pem.declared_proposal"] in opds
    computed = [o for o in doc["opd"] if o["computed"]]
    assert len(computed) > 20
    for opd in computed:
        at = opds.index(opd["unit"][:30])
        row = opds[at : at + 160]
        shown = words.number(opd["skor"], 0 if opd["skor"] == int(opd["skor"]) else 2)
        assert f" {opd['declared']} {opd['computed']} {shown}" in row, (opd, row)
