"""The *Dasar Hukum* of the kajian: the instruments the rule pack checks against, cited
in full with their Lembaran Negara (LN) and Tambahan Lembaran Negara (TLN) exactly as
the texts in ``reference/law/`` print them, the pasal the pack relies on at the plan's
level, and the other instruments the planner lists (none is invented here).

Where each citation is printed in the law texts themselves:

* UU 23/2014 and its amendments, as PP 18/2016 cites them in its *Mengingat* (angka 2):
  "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara
  Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia
  Nomor 5587) sebagaimana telah diubah beberapa kali, terakhir dengan Undang-Undang Nomor
  9 Tahun 2015 ... (Lembaran Negara Republik Indonesia Tahun 2015 Nomor 58, Tambahan
  Lembaran Negara Republik Indonesia Nomor 5679)";
* PP 18/2016, as PP 72/2019 cites it in its *Mengingat* (angka 3): "(Lembaran Negara
  Republik Indonesia Tahun 2016 Nomor 114, Tambahan Lembaran Negara Republik Indonesia
  Nomor 5887)";
* PP 72/2019, as its own promulgation prints it: "LEMBARAN NEGARA REPUBLIK INDONESIA
  TAHUN 2019 NOMOR 187" and "TAMBAHAN LEMBARAN NEGARA REPUBLIK INDONESIA NOMOR 6402".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rbdesk.domain.model import Level
from rbdesk.rules.citation import Basis, Citation, cite_text
from rbdesk.rules.pack import RulePack

_UU = (
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara "
    "Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia "
    "Nomor 5587) sebagaimana telah diubah beberapa kali, terakhir dengan Undang-Undang "
    "Nomor 9 Tahun 2015 tentang Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014 "
    "tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2015 Nomor 58, "
    "Tambahan Lembaran Negara Republik Indonesia Nomor 5679)"
)
_PP = (
    "Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah (Lembaran Negara "
    "Republik Indonesia Tahun 2016 Nomor 114, Tambahan Lembaran Negara Republik Indonesia "
    "Nomor 5887)"
)
_PP72 = (
    "Peraturan Pemerintah Nomor 72 Tahun 2019 tentang Perubahan atas Peraturan Pemerintah "
    "Nomor 18 Tahun 2016 tentang Perangkat Daerah (Lembaran Negara Republik Indonesia Tahun "
    "2019 Nomor 187, Tambahan Lembaran Negara Republik Indonesia Nomor 6402)"
)
_UU_EN = (
    "Law Number 23 of 2014 on Regional Government (State Gazette of the Republic of "
    "Indonesia of 2014 Number 244, Supplement to the State Gazette Number 5587), as amended "
    "several times, most recently by Law Number 9 of 2015 on the Second Amendment to Law "
    "Number 23 of 2014 on Regional Government (State Gazette of 2015 Number 58, Supplement "
    "to the State Gazette Number 5679)"
)
_PP_EN = (
    "Government Regulation Number 18 of 2016 on Regional Work Units (State Gazette of the "
    "Republic of Indonesia of 2016 Number 114, Supplement to the State Gazette Number 5887)"
)
_PP72_EN = (
    "Government Regulation Number 72 of 2019 amending Government Regulation Number 18 of "
    "2016 on Regional Work Units (State Gazette of the Republic of Indonesia of 2019 "
    "Number 187, Supplement to the State Gazette Number 6402)"
)

#: The instruments whose text is in ``reference/law/``, by the pack's regulation id, in
#: the order a *Dasar Hukum* lists them (the higher first): (Indonesian, English).
INSTRUMENTS: dict[str, tuple[str, str]] = {
    "UU 23/2014": (_UU, _UU_EN),
    "PP 18/2016": (_PP, _PP_EN),
    "PP 72/2019": (_PP72, _PP72_EN),
}
#: PP 72/2019 amends PP 18/2016: cited together as one instrument, as a Perda does.
_AMENDS = {"PP 72/2019": "PP 18/2016"}


def instruments(pack: RulePack, lang: str) -> list[str]:
    """The full citations of the instruments ``pack`` checks against whose text rbdesk
    knows, in order; PP 18/2016 with its amendment as one."""
    used = set(pack.regulations) if pack.regulations else set(INSTRUMENTS)
    out: list[str] = []
    for reg, (text_id, text_en) in INSTRUMENTS.items():
        if reg not in used or reg in _AMENDS:
            continue
        text = text_id if lang == "id" else text_en
        for amendment, amended in _AMENDS.items():
            if amended == reg and amendment in used:
                more = INSTRUMENTS[amendment]
                joint = " sebagaimana telah diubah dengan " if lang == "id" else ", as amended by "
                text += joint + (more[0] if lang == "id" else more[1])
        out.append(text)
    return out


def _bases(pack: RulePack) -> Iterable[Basis]:
    yield from (rule.basis for rule in pack.rules.values())
    yield from (cap.basis for cap in pack.caps)
    yield from (exc.basis for exc in pack.cap_exceptions)
    yield pack.layers_basis
    yield from pack.bases.values()


def _pasal_key(pasal: str) -> tuple[int, str]:
    match = re.match(r"(\d+)(.*)", pasal)
    return (int(match[1]), match[2]) if match else (10**6, pasal)


def pasal_cited(pack: RulePack, level: Level) -> list[Citation]:
    """The pasal of the known instruments that the pack's rules rest on at ``level`` (a
    provinsi or a kabupaten/kota), one citation per pasal, in the order of the
    instruments and the pasal."""
    rule_level = level.rule_level
    found: dict[str, set[str]] = {}
    cites: list[Citation] = [c for b in _bases(pack) for c in b.cites]
    cites += [c for c, _ in pack.grades.values()]
    for cite in cites:
        if cite.pasal is None or not cite.applies(rule_level, None):
            continue
        if cite.regulation not in INSTRUMENTS:
            continue
        found.setdefault(cite.regulation, set()).add(cite.pasal)
    out: list[Citation] = []
    for reg in INSTRUMENTS:
        for pasal in sorted(found.get(reg, ()), key=_pasal_key):
            out.append(Citation(reg, pasal))
    return out


def pasal_text(pack: RulePack, level: Level, lang: str) -> str:
    """The pasal of :func:`pasal_cited` in the legal form of ``lang``."""
    return cite_text(pasal_cited(pack, level), lang)
