"""Caps: more sub-units than an OPD's kind, type and level allow (PP 18/2016 Pasal
55-93), with the legal exceptions: +2 bidang for the dinas of 1.03 and 3.27 and the
badan of 5.02 (Pasal 72, 89), +1 bidang for a merged dinas (Pasal 18(6), 40(6)) unless
it took the other route of that ayat, a type one level above its score
(``typology.raised``), and for a tipe C PM-PTSP dinas whose score is below 401 (Pasal
17(5), 39(5): "memperoleh nilai kurang dari 401"; without a score the extra is not
counted and the finding says why). When several exceptions apply, the largest allowance
counts, not their sum.

The staf ahli are counted over the whole region, wherever the chart places them
(``caps.staf_ahli``, Pasal 102 ayat (3)); one placed under another unit than the head of
the region is ``structure.staf_ahli_placement`` (ayat (2)).

The +2 bidang lapse once the urusan is split between two OPDs: "Dalam hal sudah
dibentuk 2 (dua) dinas/badan sebagaimana dimaksud pada ayat (1), ketentuan penambahan
bidang sebagaimana dimaksud dalam Pasal 89 tidak berlaku" (Pasal 90 ayat (2); provinsi
Pasal 73 ayat (2)); the exception row says so with ``unless_split``.

The type that selects a cap is the type of the OPD holding the unit (``type_of =
"opd"``), or the unit's own kelas for UPT and cabang dinas (``"parent"``). Without it no
cap is checked: one information finding (``caps.untyped``) counts the OPDs without a
type and, where the sub-units decide it, says which type they require ("4 bidang
requires tipe A", the lowest type whose cap they fit).

The OPDs organised under rules of their own (Satpol PP, BPBD, Kesbangpol:
``rbdesk.analysis.holders``) are not capped as an ordinary dinas or badan;
``caps.own_rules`` says so."""

from __future__ import annotations

from collections import defaultdict
from itertools import chain

from rbdesk.analysis.checks import hospital, typology
from rbdesk.analysis.checks.base import emit, functional_route, kind_text, kinds_text, names
from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import LANGUAGES, Finding
from rbdesk.analysis.holders import holding
from rbdesk.domain.model import UNIT_TYPES
from rbdesk.rules.citation import Basis, basis_text, combine
from rbdesk.rules.pack import Cap, CapException, RulePack

#: The fix's functional-group route, offered where ``functional_route`` allows it.
JF_ADVICE = {
    "id": ", atau alihkan tugasnya ke kelompok jabatan fungsional",
    "en": ", or move their work to a functional group",
}


def _caps_by_parent(ctx: Context, pack: RulePack) -> dict[str, list[Cap]]:
    level = ctx.level.rule_level
    out: dict[str, list[Cap]] = defaultdict(list)
    for cap in pack.caps:
        if cap.level == level:
            out[cap.parent].append(cap)
    return out


def _allowance(
    ctx: Context, pack: RulePack, uid: int, children: frozenset[str]
) -> tuple[int, Basis | None]:
    best, basis, _ = _allowances(ctx, pack, uid, children)
    return best, basis


def _allowances(
    ctx: Context, pack: RulePack, uid: int, children: frozenset[str]
) -> tuple[int, Basis | None, CapException | None]:
    """The largest extra the exceptions give, its basis, and an exception that would
    give more but for the score (``below_score``: the PM-PTSP dinas, Pasal 39 ayat (5),
    only "kurang dari 401"), for the finding to say why it was not counted."""
    unit = ctx.units[uid]
    codes = {c for c in ctx.codes_of(uid) if c in ctx.catalogue.urusan}
    best: int = 0
    basis: Basis | None = None
    held: CapException | None = None
    for exc in pack.cap_exceptions:
        if unit.kind not in exc.parents or not (exc.children & children):
            continue
        if exc.urusan and not (exc.urusan & codes):
            continue
        if exc.unit_type and unit.unit_type != exc.unit_type:
            continue
        if exc.min_urusan and len(codes) < exc.min_urusan:
            continue
        if exc.min_urusan and typology.raised(ctx, pack, uid):
            continue  # raised one type instead (Pasal 18 ayat (6), 40 ayat (6): "atau")
        if exc.unless_split and _split(ctx, pack, exc.urusan & codes):
            continue
        if exc.below_score is not None:
            found = typology.typed(ctx, pack, uid)
            if found is None or found.score >= exc.below_score:
                if exc.extra > best and (held is None or exc.extra > held.extra):
                    held = exc
                continue
        if exc.extra > best:
            best, basis = exc.extra, exc.basis
    return best, basis, held if held is not None and held.extra > best else None


def _held_text(ctx: Context, pack: RulePack, uid: int, held: CapException) -> dict[str, str]:
    """Why the extra of ``held`` was not counted: the score it needs."""
    found = typology.typed(ctx, pack, uid)
    said = {lang: basis_text(held.basis, lang, level=pack.level) for lang in LANGUAGES}
    below = f"{held.below_score:.0f}"
    if found is None:
        score = {"id": "skornya belum dicatat", "en": "no score is recorded"}
    else:
        score = {"id": f"skornya {found.score:.0f}", "en": f"the score is {found.score:.0f}"}
    return {
        "id": f" (tambahan {held.extra} menurut {said['id']} hanya berlaku bila skor kurang "
              f"dari {below}; {score['id']})",
        "en": f" ({held.extra} more under {said['en']} only at a score below {below}; "
              f"{score['en']})",
    }  # fmt: skip


def _split(ctx: Context, pack: RulePack, codes: frozenset[str]) -> bool:
    """Whether one of ``codes`` is held as main by more than one OPD."""
    main = holding(ctx, pack).main
    return any(len(main.get(code, ())) > 1 for code in codes)


#: the lowest type first: the one a count must fit to need no more
_LOWEST_FIRST = tuple(reversed(UNIT_TYPES))


def _required(ctx: Context, pack: RulePack, uid: int, children: frozenset[str],
              typed: list[Cap], count: int) -> tuple[str, Cap] | None:  # fmt: skip
    """The lowest type whose cap ``count`` fits (``"-"``: none) with the cap that decides
    it (the highest type's for ``"-"``), or ``None`` when the lowest type of ``typed``
    already fits it."""
    by_type = {c.unit_type: c for c in typed}
    order = [t for t in _LOWEST_FIRST if t in by_type]
    extra = _allowance(ctx, pack, uid, children)[0]
    for index, unit_type in enumerate(order):
        if count <= by_type[unit_type].max + extra:
            return None if index == 0 else (unit_type, by_type[unit_type])
    return "-", by_type[order[-1]]


#: required type, count, children, type_of, parent, and the basis of the cap that decides
Need = tuple[str, int, frozenset[str], str, int, Basis]


def _rank(required: str) -> int:
    return len(_LOWEST_FIRST) if required == "-" else _LOWEST_FIRST.index(required)


def _untyped(ctx: Context, pack: RulePack, own: dict[int, str],
             needs: dict[int, list[Need]]) -> list[Finding]:  # fmt: skip
    """One finding: the OPDs without a type, and what their sub-units require (for each
    OPD or UPT the most its sub-units require)."""
    opds = chain.from_iterable(ctx.by_kind.get(kind, ()) for kind in ctx.opd_kinds)
    units = sorted(
        {uid for uid in opds if ctx.units[uid].unit_type is None and uid not in own} | set(needs)
    )
    if not units:
        return []
    said: dict[str, list[str]] = {lang: [] for lang in LANGUAGES}
    bases: list[Basis] = []  # the caps that decide, cited beside Pasal 53
    for source in sorted(needs):
        required, count, children, type_of, parent, basis = max(
            needs[source], key=lambda n: _rank(n[0])
        )
        if basis not in bases:
            bases.append(basis)
        kids = kinds_text(ctx, children)
        where = {"id": "", "en": ""}
        if parent != source:
            where = {"id": f" di bawah {ctx.name(parent)}", "en": f" under {ctx.name(parent)}"}
        word = {"id": "kelas", "en": "class"} if type_of == "parent" else {
            "id": "tipe", "en": "type"}  # fmt: skip
        for lang in LANGUAGES:
            head = f"{ctx.name(source)} ({count} {kids[lang]}{where[lang]})"
            if required == "-":
                top = _LOWEST_FIRST[-1]
                said[lang].append(
                    f"{head} melebihi batas {word[lang]} {top} sekalipun"
                    if lang == "id"
                    else f"{head} exceeds even {word[lang]} {top}"
                )
            else:
                said[lang].append(
                    f"{head} memerlukan {word[lang]} {required}"
                    if lang == "id"
                    else f"{head} requires {word[lang]} {required}"
                )
    required_text = {
        "id": f" Menurut jumlah sub-unitnya: {'; '.join(said['id'])}." if needs else "",
        "en": f" Their sub-units decide: {'; '.join(said['en'])}." if needs else "",
    }
    cite = combine(pack.rule("caps.untyped").basis, *bases) if bases else None
    return [emit(pack, "caps.untyped", units, count=len(units), names=names(ctx, units),
                 required=required_text, cite=cite)]  # fmt: skip


#: The kind of the staf ahli, counted over the whole region (``caps.staf_ahli``).
STAF_AHLI = "staf_ahli"


def _staf_ahli(ctx: Context, pack: RulePack, rows: list[Cap]) -> list[Finding]:
    """Pasal 102 ayat (3): "Staf ahli ... berjumlah paling banyak 3 (tiga) staf ahli":
    every staf ahli counts, those a chart places under the Sekretariat Daerah too; ayat
    (2): they stand "di bawah dan bertanggungjawab kepada gubernur atau bupati/wali kota"
    and the Sekda only coordinates them administratively, so any other parent is a
    finding (``structure.staf_ahli_placement``). ``rows``: the cap rows of the staf ahli
    at this level (the kepala daerah's, ``limits.caps``)."""
    out: list[Finding] = []
    staff = ctx.by_kind.get(STAF_AHLI, [])
    if not staff:
        return out
    row = rows[0] if rows else None
    if row is not None and len(staff) > row.max:
        out.append(emit(pack, "caps.staf_ahli", staff, count=len(staff),
                        names=names(ctx, staff), max=row.max, over=len(staff) - row.max,
                        cite=row.basis))  # fmt: skip
    if "structure.staf_ahli_placement" not in pack.rules:
        return out
    homes = {r.parent for r in rows} or {"kepala_daerah"}
    for uid in staff:
        parent = ctx.units.get(ctx.units[uid].parent_id or -1)
        if parent is None or parent.kind in homes:
            continue
        out.append(emit(pack, "structure.staf_ahli_placement", [uid, parent.id],
                        name=ctx.name(uid), parent=parent.name,
                        parent_kind=kind_text(ctx, parent.kind)))  # fmt: skip
    return out


def check(ctx: Context, pack: RulePack) -> list[Finding]:
    out: list[Finding] = []
    caps = _caps_by_parent(ctx, pack)
    if "caps.staf_ahli" in pack.rules:  # the staf ahli are counted region-wide below
        staf_rows = [c for rows in caps.values() for c in rows if STAF_AHLI in c.children]
        caps = {parent: [c for c in rows if STAF_AHLI not in c.children]
                for parent, rows in caps.items()}  # fmt: skip
        out.extend(_staf_ahli(ctx, pack, staf_rows))
    # (kind, OPD kind) -> the caps that apply, grouped by the kinds they count
    grouped: dict[tuple[str, str | None], list[tuple[frozenset[str], list[Cap], list[Cap]]]] = {}
    own = holding(ctx, pack).own_rules if "score_splits" in pack.overlap else {}
    # a rumah sakit's sub-units have caps of their own (checks.hospital)
    in_hospital = hospital.within(ctx) if pack.hospital else {}
    needs: dict[int, list[Need]] = {}
    units, opd_of, children_of = ctx.units, ctx.opd_of, ctx.children
    for uid, unit in units.items():
        rows = caps.get(unit.kind)
        if not rows or uid in in_hospital:
            continue
        kids = children_of.get(uid)
        if not kids:
            continue
        opd = opd_of.get(uid)
        if opd in own:  # organised under rules of its own: caps.own_rules
            continue
        opd_kind = units[opd].kind if opd is not None else None
        groups = grouped.get((unit.kind, opd_kind))
        if groups is None:
            by_children: dict[frozenset[str], list[Cap]] = defaultdict(list)
            for cap in rows:
                if cap.within is None or opd_kind in cap.within:
                    by_children[cap.children].append(cap)
            groups = grouped[(unit.kind, opd_kind)] = [
                (children, group, [c for c in group if c.unit_type is not None])
                for children, group in by_children.items()
            ]
        kinds = [units[c].kind for c in kids]
        for children, group, typed in groups:
            count = sum(map(children.__contains__, kinds))
            if count == 0:
                continue
            source = units[opd] if group[0].type_of == "opd" and opd is not None else unit
            if typed:
                chosen = [c for c in typed if c.unit_type == source.unit_type]
                if not chosen:
                    found = _required(ctx, pack, uid, children, typed, count)
                    if found is not None:
                        required, row = found
                        needs.setdefault(source.id, []).append(
                            (required, count, children, group[0].type_of, uid, row.basis)
                        )
                    continue
                cap = chosen[0]
            else:
                cap = group[0]
            if count <= cap.max:
                continue
            extra, extra_basis, held = _allowances(ctx, pack, uid, children)
            limit = cap.max + extra
            if count <= limit:
                continue
            extra_text: dict[str, str] | str = ""
            if held is not None:
                extra_text = _held_text(ctx, pack, uid, held)
            elif extra and extra_basis is not None:
                said = {lang: basis_text(extra_basis, lang, level=pack.level)
                        for lang in ("id", "en")}  # fmt: skip
                extra_text = {"id": f" (termasuk tambahan {extra} menurut {said['id']})",
                              "en": f" (including {extra} more under {said['en']})"}  # fmt: skip
            basis = combine(cap.basis, extra_basis) if extra and extra_basis else cap.basis
            involved = [c for c in kids if ctx.units[c].kind in children]
            # a functional group only where the law lets one take the work
            jf = JF_ADVICE if functional_route(ctx, pack, involved) else ""
            out.append(
                emit(pack, "caps.sub_units", [uid, *involved], name=unit.name,
                     kind=kind_text(ctx, unit.kind), type=source.unit_type or "-",
                     count=count, children=kinds_text(ctx, children), max=limit,
                     extra=extra_text, over=count - limit, cite=basis,
                     cite_type=source.unit_type, jf=jf)
            )  # fmt: skip
    out.extend(_untyped(ctx, pack, own, needs))
    return out
