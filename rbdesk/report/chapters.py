"""The chapters of the *kajian penataan perangkat daerah* (issue 14): the cover in the
official form, the *lembar pengesahan*, Pendahuluan, Dasar Hukum, the parts of the
Evaluasi and the Usulan this module adds (the pemetaan results, the reform comparison),
Implikasi, Penutup and the annexes of the *susunan organisasi*, the IKU and the
pemetaan values.

A chapter text the planner wrote (:mod:`rbdesk.report.kajian`) prints as typed; an
empty one prints the draft :func:`draft` generates from the plan's facts, which the
window offers as the text to start from. Nothing here invents a fact the plan does not
hold: no rate, no instrument, no reform text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from io import BytesIO
from typing import Any

from reportlab.lib.utils import ImageReader
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import Finding, Severity
from rbdesk.analysis.metrics import ESELON_LEVELS
from rbdesk.analysis.motives import origins_of
from rbdesk.analysis.status import FindingStatus, Status, status_of
from rbdesk.domain.limits import MAX_NAME, MAX_TEXT, shown
from rbdesk.domain.model import PositionCategory, Signatory, SignatoryRole, format_nip
from rbdesk.domain.operations import FUNCTIONAL_GROUP
from rbdesk.i18n import Labels
from rbdesk.layout import forest
from rbdesk.report import kajian as kj
from rbdesk.report import legal
from rbdesk.report.fonts import BOLD, REGULAR, wrap
from rbdesk.report.pages import ACCENT, INK, MUTED
from rbdesk.report.tables import Column, Row, RowTable
from rbdesk.rules.pemetaan import table_name

if False:  # pragma: no cover - for the type checker only (no import cycle at run time)
    from rbdesk.report.sections import Analysed, Story

#: The words a pengesahan edition never prints (the register of software).
SOFTWARE_WORDS = ("galat", "info", "sidik jari", "fingerprint", "error", "warning", "rbdesk")


def esc(text: str, limit: int = MAX_TEXT) -> str:
    from xml.sax.saxutils import escape

    return escape(shown(text, limit))


def para_text(text: str) -> str:
    """A planner's text as paragraph markup: escaped, its line breaks kept."""
    return "<br/>".join(esc(line, MAX_TEXT) for line in text.strip().splitlines())


def plural(labels: Labels, key: str, count: int, **values: Any) -> str:
    """``Labels.plural``: "1 finding", not "1 findings"."""
    return labels.plural(key, count, **values)


def official(a: Analysed) -> bool:
    return a.edition != "kerja"


def severity_word(labels: Labels, severity: str) -> str:
    """The register of an official document: *ketidaksesuaian*, *perlu perhatian*,
    *catatan* (never "galat" or "info")."""
    return labels.get(f"kajian.severity.{severity}", severity)


# -- findings as each edition prints them --------------------------------------------------------


def statuses_for(
    a: Analysed, after: bool
) -> tuple[dict[str, FindingStatus], dict[int, tuple[int, ...]] | None]:
    if after and a.after is not None:
        return dict(a.statuses_after), origins_of(a.after.structure)
    return dict(a.statuses_before), None


def status_map(a: Analysed, findings: Sequence[Finding], after: bool) -> dict[int, FindingStatus]:
    """id(finding) → its status."""
    statuses, origins = statuses_for(a, after)
    return {id(f): status_of(f, statuses, origins) for f in findings}


def printable(a: Analysed, f: Finding, state: FindingStatus) -> bool:
    """Whether a finding that is not exempted prints in ``a``'s edition: the pengesahan
    edition prints those whose basis is the law, confirmed; the kerja edition all."""
    if state.status is Status.EXEMPTED:
        return False
    return not official(a) or (f.confirmed and not f.practice)


def finding_message(f: Finding, ctx: Context | None, labels: Labels) -> str:
    """A finding's message; the text-overlap finding says which tasks overlap, quoting
    the part of each unit's tugas that shares the terms, instead of a similarity score."""
    if f.rule == "text.overlap" and len(f.units) >= 2 and ctx is not None:
        terms = [t.strip() for t in str(f.params.get("shared", "")).split(",") if t.strip()]
        a_id, b_id = f.units[0], f.units[1]
        return labels.fmt(
            "kajian.overlap",
            name_a=ctx.path_names(a_id) if a_id in ctx.units else "–",
            name_b=ctx.path_names(b_id) if b_id in ctx.units else "–",
            task_a=_clause(ctx, a_id, terms),
            task_b=_clause(ctx, b_id, terms),
            terms=", ".join(terms) or "–",
        )
    return f.text(labels.lang)


def _clause(ctx: Context, unit_id: int, terms: Sequence[str]) -> str:
    """The first clause of a unit's tugas that holds one of ``terms``."""
    unit = ctx.units.get(unit_id)
    tugas = getattr(unit, "tugas", "") or ""
    clauses = [c.strip() for c in re.split(r"[;.\n]", tugas) if c.strip()]
    for clause in clauses:
        low = clause.casefold()
        if any(t.casefold() in low for t in terms):
            return shown(clause, 160)
    return shown(clauses[0], 160) if clauses else "–"


# -- cover ---------------------------------------------------------------------------------------


class KajianCover(Flowable):
    """The cover in the official form: the government, the emblem, the title, the
    region, the proposal's year, the document number, the place and date."""

    MAX_LINES = 3

    def __init__(self, a: Analysed, labels: Labels, frame_height: float) -> None:
        super().__init__()
        self.a = a
        self.labels = labels
        self.frame_height = frame_height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = self.frame_height - 0.5
        return self.width, self.height

    def _centred(self, text: str, font: str, size: float, y: float, colour: object) -> float:
        canv = self.canv
        canv.setFont(font, size)
        canv.setFillColor(colour)
        for line in wrap(text, font, size, self.width * 0.9, self.MAX_LINES):
            canv.drawCentredString(self.width / 2, y, line)
            y -= size * 1.35
        return y

    def draw(self) -> None:
        a, labels = self.a, self.labels
        k = a.kajian
        canv = self.canv
        y = self.height - 30
        y = self._centred(kj.government(a.region), BOLD, 15, y, INK)
        y -= 16
        if k.emblem:
            try:
                image = ImageReader(BytesIO(k.emblem))
                w, h = image.getSize()
                side = 110.0
                scale = side / max(w, h)
                dw, dh = w * scale, h * scale
                canv.drawImage(image, (self.width - dw) / 2, y - dh, dw, dh, mask="auto")
                y -= dh + 24
            except Exception:  # noqa: BLE001 - a stored image was checked; never fail the cover
                y -= 10
        else:
            y -= self.height * 0.06
        key = "kajian.cover_title" if a.after is not None else "kajian.cover_title_current"
        y = self._centred(labels[key], BOLD, 20, y, ACCENT)
        y = self._centred(a.region.name.upper(), BOLD, 15, y - 4, INK)
        year = k.year or a.day.year
        y = self._centred(labels.fmt("kajian.cover_year", year=year), REGULAR, 13, y - 4, INK)
        if k.number:
            y = self._centred(
                labels.fmt("kajian.cover_number", number=k.number), REGULAR, 10.5, y - 10, INK
            )
        if not official(a):
            y = self._centred(labels["kajian.edition_kerja"], BOLD, 10.5, y - 14, MUTED)
        bottom = 70.0
        if a.region.preparing_unit:
            lines = wrap(a.region.preparing_unit, BOLD, 11, self.width * 0.9, self.MAX_LINES)
            by = bottom + 16 + 14 * len(lines)
            self._centred(labels["kajian.prepared_by"], REGULAR, 9.5, by + 14, MUTED)
            self._centred(a.region.preparing_unit, BOLD, 11, by, INK)
        place = kj.place_of(k, a.region)
        self._centred(f"{place}, {labels.date(a.day)}", REGULAR, 10.5, bottom, INK)


# -- lembar pengesahan ---------------------------------------------------------------------------


class ApprovalSheet(Flowable):
    """The signatures: the prepared and checked officials side by side, the kepala
    daerah approving below them; each with jabatan, room to sign and for the stamp,
    name, pangkat and golongan, and NIP (none for the kepala daerah)."""

    SIGN_ROOM = 64.0
    #: a name or title at its limit (``MAX_SIGNATORY_FIELD``) prints whole
    MAX_LINES = 16

    def __init__(self, a: Analysed, labels: Labels) -> None:
        super().__init__()
        self.a = a
        self.labels = labels
        self.by_role = {s.role: s for s in a.signatories}

    def _block(
        self, role: SignatoryRole, col: float, most: int = MAX_LINES
    ) -> list[tuple[str, float, str]]:
        """(font, size, text) lines of one signatory, with ``""`` the signing room."""
        labels, a = self.labels, self.a
        s: Signatory | None = self.by_role.get(role)
        blank = "." * 36
        lines: list[tuple[str, float, str]] = [(REGULAR, 9.5, labels[f"kajian.sign.{role.value}"])]
        title = s.title if s and s.title else ""
        if role is SignatoryRole.APPROVED and not title:
            title = kj.head_title(a.region)
        for line in wrap(title or blank, REGULAR, 9.5, col, most):
            lines.append((BOLD, 9.5, line.upper() if role is SignatoryRole.APPROVED else line))
        lines.append(("", 0, ""))
        name = s.name if s and s.name else f"({blank})"
        for line in wrap(name, BOLD, 9.5, col, most):
            lines.append((BOLD, 9.5, line))
        pangkat = a.kajian.pangkat.get(role.value, "")
        head = role is SignatoryRole.APPROVED
        if pangkat:
            for line in wrap(pangkat, REGULAR, 9, col, 2):
                lines.append((REGULAR, 9, line))
        elif not head:
            lines.append((REGULAR, 9, blank))
        nip = format_nip(s.nip) if s and s.nip else ""
        if nip or not head:
            lines.append((REGULAR, 9, f"{labels['sign.nip']} {nip or blank}"))
        return lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        col = avail_width / 2 - 20
        self.width = avail_width
        # texts longer than a plan holds are shortened until the sheet fits its page
        for most in range(self.MAX_LINES, 0, -1):
            self._top = [
                self._block(SignatoryRole.PREPARED, col, most),
                self._block(SignatoryRole.CHECKED, col, most),
            ]
            self._bottom = self._block(SignatoryRole.APPROVED, col, most)
            self.height = self._tall(max(self._top, key=len)) + 28 + self._tall(self._bottom)
            if self.height <= avail_height:
                break
        return self.width, self.height

    def _tall(self, block: list[tuple[str, float, str]]) -> float:
        return sum(self.SIGN_ROOM if not font else 13.0 for font, _, _ in block)

    def _draw(self, block: list[tuple[str, float, str]], x: float, y: float) -> None:
        canv = self.canv
        canv.setFillColor(INK)
        for font, size, text in block:
            if not font:
                y -= self.SIGN_ROOM
                continue
            canv.setFont(font, size)
            canv.drawCentredString(x, y, text)
            y -= 13.0

    def draw(self) -> None:
        top = self.height - 10
        half = self.width / 2
        self._draw(self._top[0], half / 2, top)
        self._draw(self._top[1], half + half / 2, top)
        y = top - self._tall(max(self._top, key=len)) - 28
        self._draw(self._bottom, half, y)


def approval_section(a: Analysed, story: Story) -> list[Flowable]:
    labels = story.labels
    out: list[Flowable] = [story.chapter_heading(labels["kajian.approval"], numbered=False)]
    key = "kajian.approval_text" if a.after is not None else "kajian.approval_text_current"
    out.append(
        story.para(
            labels.fmt(
                key,
                region=esc(a.region.name, MAX_NAME),
                code=kj.document_code(a.fingerprint, a.kajian),
            )
        )
    )
    if a.kajian.number:
        out.append(story.para(labels.fmt("kajian.cover_number", number=esc(a.kajian.number))))
    place = kj.place_of(a.kajian, a.region)
    out.append(story.para(f"{esc(place, MAX_NAME)}, {labels.date(a.day)}"))
    out.append(Spacer(1, 8))
    out.append(ApprovalSheet(a, labels))
    return out


# -- drafts of the chapter texts -----------------------------------------------------------------


def draft(a: Analysed, labels: Labels, key: str) -> str:
    """The generated draft of chapter text ``key`` (:data:`kajian.TEXT_KEYS`) from the
    plan's facts, in ``labels``' language."""
    n = labels.number
    region = a.region.name
    before = a.before_metrics
    after = a.comparison.after_metrics if a.comparison is not None else None
    findings = before.findings
    law = sum(1 for f in a.before_findings if f.confirmed and not f.practice)
    if key == "latar_belakang":
        text = labels.fmt(
            "kajian.draft.latar",
            region=region,
            opds=n(before.opds),
            units=n(before.units),
            positions=n(before.structural_positions),
        )
        text += " " + labels.fmt("kajian.draft.latar_findings", findings=n(findings), law=n(law))
        return text
    if key == "maksud_tujuan":
        return labels.fmt("kajian.draft.maksud", region=region, head=kj.head_title(a.region))
    if key == "metode":
        return labels.fmt("kajian.draft.metode", pack=a.pack.title.get(labels.lang) or a.pack.id)
    if key == "kesimpulan":
        if a.comparison is None or after is None:
            return labels.fmt("kajian.draft.kesimpulan_current", findings=n(findings))
        return labels.fmt(
            "kajian.draft.kesimpulan",
            opds_before=n(before.opds),
            opds_after=n(after.opds),
            posts_before=n(before.structural_positions),
            posts_after=n(after.structural_positions),
            resolved=n(len(a.comparison.resolved)),
            remaining=n(after.findings),
        )
    if key == "rekomendasi":
        return labels.fmt("kajian.draft.rekomendasi", head=kj.head_title(a.region), region=region)
    raise KeyError(key)


def chapter_text(a: Analysed, labels: Labels, key: str) -> str:
    return a.kajian.text(key) or draft(a, labels, key)


def _paras(story: Story, text: str) -> list[Flowable]:
    return [story.para(para_text(p)) for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


# -- Pendahuluan, Dasar Hukum --------------------------------------------------------------------


def pendahuluan_section(a: Analysed, story: Story) -> list[Flowable]:
    labels = story.labels
    out: list[Flowable] = [story.chapter_heading(labels["kajian.ch.pendahuluan"])]
    for key, title in (
        ("latar_belakang", "kajian.sub.latar"),
        ("maksud_tujuan", "kajian.sub.maksud"),
        ("metode", "kajian.sub.metode"),
    ):
        out.append(story.sub_heading(labels[title]))
        out += _paras(story, chapter_text(a, labels, key))
    return out


def dasar_hukum_section(a: Analysed, story: Story) -> list[Flowable]:
    labels = story.labels
    out: list[Flowable] = [CondPageBreak(200), story.chapter_heading(labels["kajian.ch.dasar"])]
    out.append(story.para(labels["kajian.dasar_intro"]))
    items = legal.instruments(a.pack, labels.lang) + list(a.kajian.instruments)
    rows = [Row((f"{i}.", text)) for i, text in enumerate(items, start=1)]
    out.append(RowTable([Column(0.35, "right"), Column(6.6)], rows, None, size=9, pad=3))
    out.append(Spacer(1, 6))
    level = labels[f"kajian.level.{a.region.level.value}"]
    out.append(
        story.para(
            labels.fmt(
                "kajian.dasar_pasal",
                level=level,
                pasal=esc(legal.pasal_text(a.pack, a.region.level, labels.lang)),
            )
        )
    )
    if not a.kajian.instruments:
        out.append(story.para(labels["kajian.dasar_other_none"], _note()))
    return out


def _note() -> Any:
    from rbdesk.report.sections import NOTE

    return NOTE


# -- pemetaan ------------------------------------------------------------------------------------


def _pemetaan(a: Analysed) -> tuple[Any, Any] | None:
    """``(values, scores)`` of the plan (see ``rbdesk.report.inputs.pemetaan_of``)."""
    found = a.pemetaan
    return found if isinstance(found, tuple) and len(found) == 2 else None


def _num(labels: Labels, value: Any) -> str:
    if value is None:
        return "–"
    try:
        number = float(value)
        return labels.number(number, 0 if number == int(number) else 2)
    except (TypeError, ValueError, OverflowError):
        return str(value)


def pemetaan_section(a: Analysed, story: Story) -> list[Flowable]:
    """The *Hasil Pemetaan Urusan*: per urusan its scores and the form they call for,
    and per OPD the type its urusan call for beside the type it has."""
    labels = story.labels
    out: list[Flowable] = [CondPageBreak(120), story.sub_heading(labels["kajian.pemetaan"])]
    found = _pemetaan(a)
    if found is None:
        out.append(story.para(labels["kajian.pemetaan_none"]))
        return out
    data, scores = found
    if scores is None or not getattr(scores, "urusan", None):
        out.append(
            story.para(
                labels.fmt("kajian.pemetaan_unscored", count=labels.number(len(data.values)))
            )
        )
        return out
    out.append(story.para(labels["kajian.pemetaan_intro"]))
    rows = []
    for score in scores.urusan:
        rows.append(
            Row(
                (
                    str(score.kode),
                    shown(table_name(a.catalogue, score.kode, score.title, labels.lang), MAX_NAME),
                    _num(labels, score.umum),
                    _num(labels, score.teknis),
                    _num(labels, score.jumlah),
                    _num(labels, score.faktor),
                    _num(labels, score.skor),
                    str(score.bentuk or "–"),
                )
            )
        )
    out.append(
        RowTable(
            [
                Column(0.6),
                Column(2.4),
                Column(0.7, "right"),
                Column(0.7, "right"),
                Column(0.7, "right"),
                Column(0.6, "right"),
                Column(0.7, "right"),
                Column(0.9),
            ],
            rows,
            [
                labels["matrix.code"],
                labels["matrix.urusan"],
                labels["kajian.pem.umum"],
                labels["kajian.pem.teknis"],
                labels["kajian.pem.jumlah"],
                labels["kajian.pem.faktor"],
                labels["kajian.pem.skor"],
                labels["kajian.pem.bentuk"],
            ],
            size=7.5,
        )
    )
    types = _opd_types(a, scores)
    if types:
        out.append(Spacer(1, 6))
        out.append(story.para(labels["kajian.pemetaan_opd"]))
        ctx = a.shown
        rows = [
            Row(
                (
                    shown(ctx.name(uid), MAX_NAME),
                    str(t.declared or "–"),
                    str(t.computed or "–"),
                    _num(labels, t.score),
                )
            )
            for uid, t in types
        ]
        out.append(
            RowTable(
                [Column(3.6), Column(1.1, "center"), Column(1.3, "center"), Column(0.9, "right")],
                rows,
                [
                    labels["matrix.opd"],
                    labels["kajian.pem.declared_proposal" if a.after else "kajian.pem.declared"],
                    labels["kajian.pem.proposed"],
                    labels["kajian.pem.skor"],
                ],
                size=7.5,
            )
        )
    return out


def _opd_types(a: Analysed, scores: Any) -> list[tuple[int, Any]]:
    """Per OPD of the shown scenario (the proposal when there is one) the type its scores
    call for (``rbdesk.analysis.opd_types``)."""
    from rbdesk.analysis.context import build_context
    from rbdesk.analysis.opd_types import opd_types

    ctx = a.shown
    found = opd_types(build_context(ctx.structure, a.region, a.catalogue, scores), a.pack)
    order = {uid: i for i, uid in enumerate(forest.chart_order(a.shown.structure))}
    return sorted(found.items(), key=lambda x: order.get(x[0], 0))


def pemetaan_annex(a: Analysed, story: Story) -> list[Flowable]:
    """The indicator values the pemetaan rests on, with their year and source."""
    labels = story.labels
    out: list[Flowable] = [
        CondPageBreak(160),
        story.chapter_heading(labels["kajian.annex.pemetaan"], numbered=False),
    ]
    found = _pemetaan(a)
    if found is None:
        out.append(story.para(labels["kajian.pemetaan_none"]))
        return out
    data, scores = found
    out.append(
        story.para(
            labels.fmt(
                "kajian.pemetaan_source",
                year=data.year or "–",
                source=esc(data.source or "–", MAX_NAME),
            )
        )
    )
    rows: list[Row] = []
    if scores is not None and getattr(scores, "urusan", None):
        # the indicators of each table, named as the Lampiran names them
        groups = [(labels["kajian.pem.umum"], getattr(scores, "umum", ()))]
        for u in scores.urusan:
            name = table_name(a.catalogue, u.kode, u.title, labels.lang)
            groups.append((f"{u.kode} {shown(name, MAX_NAME)}", u.indicators))
        for title, indicators in groups:
            if not indicators:
                continue
            rows.append(Row((title,), "group"))
            for ind in indicators:
                name = f"{ind.no}. {shown(str(ind.name), MAX_NAME)}"
                value = _num(labels, ind.value) + (f" {ind.unit}" if ind.unit else "")
                rows.append(Row((name, value if ind.value is not None else "–",
                                 ind.letter or "–", _num(labels, ind.score))))  # fmt: skip
    else:
        current = None
        ordered = sorted(data.values.items(), key=lambda kv: (_code_key(kv[0][0]), kv[0][1]))
        for (kode, no), value in ordered:
            if kode != current:
                current = kode
                rows.append(Row((str(kode),), "group"))
            rows.append(Row((str(no), _num(labels, value), "–", "–")))
    # the year and source are the plan's, said once above the table
    out.append(
        RowTable(
            [Column(4.2), Column(1.6, "right"), Column(0.6, "center"), Column(0.8, "right")],
            rows,
            [labels["kajian.pem.indicator"], labels["kajian.pem.value"],
             labels["kajian.pem.class"], labels["kajian.pem.skor"]],
            size=7.5,
        )
    )  # fmt: skip
    return out


def _code_key(kode: str) -> tuple[Any, ...]:
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in str(kode).split("."))


# -- Usulan: the reform comparison ---------------------------------------------------------------


def reform_section(a: Analysed, story: Story) -> list[Flowable]:
    labels = story.labels
    n = labels.number
    out: list[Flowable] = [CondPageBreak(150), story.sub_heading(labels["kajian.reform"])]
    before = a.before_metrics
    after = a.comparison.after_metrics if a.comparison is not None else before
    structure = (
        labels.fmt(
            "kajian.reform.structure_value",
            opds=n(before.opds),
            posts=n(before.structural_positions),
        ),
        labels.fmt(
            "kajian.reform.structure_value", opds=n(after.opds), posts=n(after.structural_positions)
        ),
    )
    rows = [Row((labels["kajian.reform.structure"], *structure))]
    missing = labels["kajian.reform.unfilled"]
    for aspect in kj.REFORM_ASPECTS:
        sebelum, sesudah = a.kajian.reform.get(aspect, ("", ""))
        rows.append(
            Row(
                (
                    labels[f"kajian.reform.{aspect}"],
                    sebelum.strip() or missing,
                    sesudah.strip() or missing,
                )
            )
        )
    out.append(
        RowTable(
            [Column(1.6), Column(2.7), Column(2.7)],
            rows,
            [labels["kajian.reform.aspect"], labels["table.before"], labels["table.after"]],
            size=8.5,
        )
    )
    return out


# -- Implikasi -----------------------------------------------------------------------------------


def _level_of(eselon: str | None) -> str | None:
    if not eselon:
        return None
    level = eselon.rstrip("ab")
    return level if level in ESELON_LEVELS else None


def posts_by_unit(ctx: Context) -> dict[int, Counter[str]]:
    """Structural posts of each unit by eselon level, counted as the metrics count them:
    each structural position by its eselon (else its unit's), and one post for a unit
    with an eselon and no structural position."""
    out: dict[int, Counter[str]] = {}
    with_position: set[int] = set()
    for p in ctx.structure.positions:
        if p.category is not PositionCategory.STRUCTURAL or p.unit_id not in ctx.units:
            continue
        with_position.add(p.unit_id)
        level = _level_of(p.eselon or ctx.units[p.unit_id].eselon)
        if level:
            out.setdefault(p.unit_id, Counter())[level] += 1
    for uid, unit in ctx.units.items():
        if uid not in with_position:
            level = _level_of(unit.eselon)
            if level:
                out.setdefault(uid, Counter())[level] += 1
    return out


def post_changes(a: Analysed) -> dict[str, tuple[int, int, int, int]]:
    """Eselon level → (before, abolished, created, after): a post of a unit is kept
    when an heir of the unit holds a post of that level not yet claimed by another;
    ``before − abolished + created = after`` always holds."""
    assert a.after is not None and a.comparison is not None
    before = posts_by_unit(a.before)
    after = posts_by_unit(a.after)
    heirs = a.comparison.heirs
    free = {uid: Counter(c) for uid, c in after.items()}
    kept: Counter[str] = Counter()
    for uid in sorted(before):
        for level, count in before[uid].items():
            for heir in heirs.get(uid, ()):
                room = free.get(heir, Counter())[level]
                take = min(room, count)
                if take:
                    free[heir][level] -= take
                    kept[level] += take
                    count -= take
                if not count:
                    break
    total_b = Counter(dict.fromkeys(ESELON_LEVELS, 0))
    total_a = Counter(dict.fromkeys(ESELON_LEVELS, 0))
    for c in before.values():
        total_b.update(c)
    for c in after.values():
        total_a.update(c)
    return {
        lv: (total_b[lv], total_b[lv] - kept[lv], total_a[lv] - kept[lv], total_a[lv])
        for lv in ESELON_LEVELS
    }


def alignments(a: Analysed) -> list[tuple[str, str, str]]:
    """(abolished structural post, its eselon, the functional post it is aligned to) for
    each structural post of a unit the proposal turns into a functional group
    (*penyetaraan*, the operations' functional title)."""
    assert a.after is not None
    out: list[tuple[str, str, str]] = []
    after = a.after
    for op in after.structure.operations:
        if op.kind.value != "convert":
            continue
        target = next((u for u in op.after if u in after.units), None)
        functional = [
            p
            for p in after.structure.positions
            if p.unit_id == target and p.category is PositionCategory.FUNCTIONAL
        ]
        for uid in op.before:
            unit = a.before.units.get(uid)
            if unit is None:
                continue
            posts = [
                p
                for p in a.before.structure.positions
                if p.unit_id == uid and p.category is PositionCategory.STRUCTURAL
            ]
            titles = [(p.title, p.eselon or unit.eselon or "") for p in posts] or [
                (a.before.name(uid), unit.eselon or "")
            ]
            for title, eselon in titles:
                match = next((p.title for p in functional if p.id in {q.id for q in posts}), None)
                if match is None and functional:
                    match = functional[0].title
                out.append((title, eselon, match or "–"))
    if not out:
        # units the proposal makes functional groups without a recorded operation
        groups = {uid for uid, u in after.units.items() if u.kind == FUNCTIONAL_GROUP}
        origins = a.comparison.origins if a.comparison is not None else {}
        for uid in sorted(groups):
            for origin in origins.get(uid, ()):
                unit = a.before.units.get(origin)
                if unit is not None and unit.kind != FUNCTIONAL_GROUP and unit.eselon:
                    names = [
                        p.title
                        for p in after.structure.positions
                        if p.unit_id == uid and p.category is PositionCategory.FUNCTIONAL
                    ]
                    out.append((a.before.name(origin), unit.eselon, names[0] if names else "–"))
    return out


def rupiah(labels: Labels, value: int) -> str:
    sign = "−" if value < 0 else ""
    return f"{sign}Rp{labels.number(abs(value))}"


def implikasi_section(a: Analysed, story: Story) -> list[Flowable]:
    labels = story.labels
    n = labels.number
    out: list[Flowable] = [CondPageBreak(200), story.chapter_heading(labels["kajian.ch.implikasi"])]
    if a.after is None or a.comparison is None:
        out.append(story.para(labels["kajian.implikasi_none"]))
        return out
    changes = post_changes(a)
    out.append(story.sub_heading(labels["kajian.impl.posts"]))
    total_b = sum(c[0] for c in changes.values())
    total_a = sum(c[3] for c in changes.values())
    out.append(
        story.para(
            labels.fmt(
                "kajian.impl.posts_intro",
                before=n(total_b),
                after=n(total_a),
                delta=labels.signed(total_a - total_b),
            )
        )
    )
    rows = []
    for level, (b, gone, new, x) in changes.items():
        rows.append(
            Row(
                (
                    labels.fmt("kajian.impl.eselon", level=level),
                    n(b),
                    n(gone),
                    n(new),
                    n(x),
                    labels.signed(x - b),
                )
            )
        )
    rows.append(
        Row(
            (
                labels["kajian.impl.total"],
                n(total_b),
                n(sum(c[1] for c in changes.values())),
                n(sum(c[2] for c in changes.values())),
                n(total_a),
                labels.signed(total_a - total_b),
            ),
            "strong",
        )
    )
    out.append(
        RowTable(
            [
                Column(1.6),
                Column(1.0, "right"),
                Column(1.0, "right"),
                Column(1.0, "right"),
                Column(1.0, "right"),
                Column(0.9, "right"),
            ],
            rows,
            [
                labels["kajian.impl.level"],
                labels["table.before"],
                labels["kajian.impl.abolished"],
                labels["kajian.impl.created"],
                labels["table.after"],
                labels["table.delta"],
            ],
            size=8.5,
        )
    )
    # penyetaraan
    out.append(CondPageBreak(120))
    out.append(story.sub_heading(labels["kajian.impl.alignment"]))
    aligned = alignments(a)
    if aligned:
        out.append(story.para(labels["kajian.impl.alignment_intro"]))
        out.append(
            RowTable(
                [
                    Column(0.35, "right"),
                    Column(3.3, limit=MAX_NAME),
                    Column(0.7, "center"),
                    Column(2.8, limit=MAX_NAME),
                ],
                [Row((str(i), t, e or "–", f)) for i, (t, e, f) in enumerate(aligned, start=1)],
                [
                    labels["appendix.no"],
                    labels["kajian.impl.post"],
                    labels["appendix.eselon"],
                    labels["kajian.impl.functional"],
                ],
                size=8.5,
            )
        )
    else:
        out.append(story.para(labels["kajian.impl.alignment_none"]))
    # budget
    out.append(CondPageBreak(140))
    out.append(story.sub_heading(labels["kajian.impl.budget"]))
    rates = a.kajian.rates
    if not rates:
        out.append(story.para(labels["kajian.impl.no_rates"]))
        return out
    rows = []
    monthly = 0
    for level, (b, _gone, _new, x) in changes.items():
        rate = rates.get(level)
        if rate is None:
            rows.append(
                Row((labels.fmt("kajian.impl.eselon", level=level), labels.signed(x - b), "–", "–"))
            )
            continue
        delta = (x - b) * rate
        monthly += delta
        rows.append(
            Row(
                (
                    labels.fmt("kajian.impl.eselon", level=level),
                    labels.signed(x - b),
                    rupiah(labels, rate),
                    rupiah(labels, delta),
                )
            )
        )
    rows.append(Row((labels["kajian.impl.total_month"], "", "", rupiah(labels, monthly)), "strong"))
    rows.append(
        Row((labels["kajian.impl.total_year"], "", "", rupiah(labels, monthly * 12)), "strong")
    )
    out.append(story.para(labels["kajian.impl.budget_intro"]))
    out.append(
        RowTable(
            [Column(1.8), Column(1.1, "right"), Column(1.7, "right"), Column(2.0, "right")],
            rows,
            [
                labels["kajian.impl.level"],
                labels["kajian.impl.change"],
                labels["kajian.impl.rate"],
                labels["kajian.impl.amount"],
            ],
            size=8.5,
        )
    )
    unpriced = [lv for lv, c in changes.items() if c[0] != c[3] and lv not in rates]
    if unpriced:
        out.append(
            story.para(labels.fmt("kajian.impl.unpriced", levels=", ".join(unpriced)), _note())
        )
    return out


# -- Penutup -------------------------------------------------------------------------------------


def penutup_section(a: Analysed, story: Story) -> list[Flowable]:
    labels = story.labels
    out: list[Flowable] = [CondPageBreak(200), story.chapter_heading(labels["kajian.ch.penutup"])]
    out.append(story.sub_heading(labels["kajian.sub.kesimpulan"]))
    out += _paras(story, chapter_text(a, labels, "kesimpulan"))
    out.append(story.sub_heading(labels["kajian.sub.rekomendasi"]))
    out += _paras(story, chapter_text(a, labels, "rekomendasi"))
    return out


# -- annex: susunan organisasi in the form of a Perda --------------------------------------------


_MARKERS: tuple[Callable[[int], str], ...] = (
    lambda i: f"{chr(ord('a') + i) if i < 26 else i + 1}.",
    lambda i: f"{i + 1}.",
    lambda i: f"{chr(ord('a') + i) if i < 26 else i + 1})",
    lambda i: f"{i + 1})",
)


def susunan_lines(ctx: Context, opd: int, labels: Labels) -> list[tuple[int, str]]:
    """(depth, text) lines of an OPD's *susunan organisasi* as a Perda writes it: the
    OPD ("Dinas X tipe A terdiri atas:"), then its units lettered a., b. …, each unit
    with units below it "membawahkan:" them numbered 1., 2. …, and deeper a), 1)."""
    unit = ctx.units[opd]
    head = shown(unit.name, MAX_NAME)
    if unit.unit_type:
        head += " " + labels.fmt("kajian.susunan.type", type=unit.unit_type)
    lines = [(0, labels.fmt("kajian.susunan.head", name=head))]

    # depth first without recursion: a chain may be thousands of units deep
    stack: list[tuple[int, int, int, int]] = []  # (unit, depth, index, siblings)
    top = ctx.children.get(opd, [])
    stack.extend((kid, 0, i, len(top)) for i, kid in reversed(list(enumerate(top))))
    while stack:
        kid, depth, i, count = stack.pop()
        marker = _MARKERS[min(depth, len(_MARKERS) - 1)](i)
        name = shown(ctx.units[kid].name, MAX_NAME)
        below = ctx.children.get(kid, [])
        last = i == count - 1
        end = labels["kajian.susunan.under"] if below else ("." if last and depth == 0 else ";")
        lines.append((depth + 1, f"{marker} {name}{end}"))
        stack.extend((c, depth + 1, j, len(below)) for j, c in reversed(list(enumerate(below))))
    return lines


def susunan_annex(a: Analysed, story: Story, opds: Sequence[int] | None = None) -> list[Flowable]:
    labels = story.labels
    ctx = a.shown
    out: list[Flowable] = [
        CondPageBreak(160),
        story.chapter_heading(labels["kajian.annex.susunan"], numbered=False),
    ]
    out.append(story.para(labels["kajian.susunan.intro"]))
    chosen = opds if opds is not None else forest.subtrees_by_opd(ctx.structure, a.catalogue)
    for opd in chosen:
        rows = []
        for depth, text in susunan_lines(ctx, opd, labels):
            rows.append(Row((text,), "strong" if depth == 0 else "body", 14.0 * depth))
        out.append(CondPageBreak(60))
        out.append(RowTable([Column(7.0, limit=MAX_NAME + 20)], rows, None, size=8.5, pad=2))
        out.append(Spacer(1, 6))
    return out


# -- annex: IKU with its details -----------------------------------------------------------------


def iku_annex(a: Analysed, story: Story) -> list[Flowable]:
    labels = story.labels
    ctx = a.shown
    out: list[Flowable] = [
        CondPageBreak(160),
        story.chapter_heading(labels["kajian.annex.iku"], numbered=False),
    ]
    items = ctx.structure.iku
    if not items:
        out.append(story.para(labels["appendix.iku_none"]))
        return out
    rank = {uid: i for i, uid in enumerate(forest.chart_order(ctx.structure))}
    ordered = sorted(
        items,
        key=lambda i: (
            rank.get(ctx.opd_of.get(i.unit_id) or i.unit_id, 0),
            rank.get(i.unit_id, 0),
            i.sort_order,
            i.id,
        ),
    )
    rows: list[Row] = []
    current: object = object()
    for number, item in enumerate(ordered, start=1):
        opd = ctx.opd_of.get(item.unit_id) or item.unit_id
        if opd != current:
            current = opd
            rows.append(Row((ctx.name(opd),), "group"))
        extra = a.kajian.iku.get(item.indicator, {})
        unit = "" if item.unit_id == opd else f"{ctx.name(item.unit_id)}: "
        target = item.target or "–"
        if item.measure:
            target += f" {item.measure}" if item.target else ""
        rows.append(
            Row(
                (
                    str(number),
                    unit + item.indicator,
                    extra.get("definition", "–"),
                    extra.get("baseline", "–"),
                    target,
                    extra.get("year", "–"),
                    extra.get("source", "–"),
                )
            )
        )
    out.append(
        RowTable(
            [
                Column(0.35, "right"),
                Column(2.3),
                Column(1.9),
                Column(0.8),
                Column(0.8),
                Column(0.55),
                Column(1.3),
            ],
            rows,
            [
                labels["appendix.no"],
                labels["iku.indicator"],
                labels["kajian.iku.definition"],
                labels["kajian.iku.baseline"],
                labels["iku.target"],
                labels["kajian.iku.year"],
                labels["kajian.iku.source"],
            ],
            size=7.5,
        )
    )
    return out


def annex_divider(story: Story) -> list[Flowable]:
    return [PageBreak(), story.chapter_heading(story.labels["kajian.annexes"], numbered=False)]


def severity_counts(findings: Sequence[Finding]) -> dict[str, int]:
    counts = Counter(f.severity.value for f in findings)
    return {s.value: counts.get(s.value, 0) for s in Severity}
