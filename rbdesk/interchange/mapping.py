"""Which column of a planner's sheet holds which field of a unit, and the values as people
write them (issue 15).

:func:`propose` maps a sheet's headers to rbdesk's :data:`FIELDS` by the names offices
and the org-chart tools use, Indonesian and English (:data:`SYNONYMS`, compared without
case, spaces, ``_``, ``-``, ``.`` or ``/``); a planner's choice is remembered on the
machine for the same header row (:func:`remember`, :func:`remembered`).

The values: :func:`kind_of` reads a kind as written (``Dinas``, ``DINAS``, ``Sub
Bagian``, the catalogue's own key or name); :func:`kind_from_name` infers it from a
unit's name by the Indonesian nomenclature (``Dinas Kesehatan`` is a dinas,
``Kecamatan Sukamaju`` a kecamatan, ``Bupati Sukamaju`` the kepala daerah);
:func:`eselon_of` reads ``II.b``, ``II/b``, ``IIb``, ``2b`` or ``2.b`` as ``IIb``;
:func:`type_of` reads ``Tipe A`` as ``A``; :func:`whole_number` reads ``1.234`` (the
Indonesian thousands dot) as 1234; :func:`urusan_of_code` reads the Permendagri 90/2019
organisation code ``a.bb.c.dd.e.ff.NN.SSSS`` (the unit's main urusan ``a.bb``, and the
urusan it also holds ``c.dd`` and ``e.ff`` unless ``0.00``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from rbdesk.domain.model import ESELON, UNIT_TYPES

#: The fields a column may hold, in the order a mapping is shown.
FIELDS: tuple[str, ...] = (
    "name", "parent", "id", "parent_id", "kind", "short_name", "type", "eselon", "code",
    "urusan", "urusan_additional", "headcount", "needed", "title", "tugas", "fungsi",
    "hospital_kind", "notes", "sort_order", "workload_score",
)  # fmt: skip

#: Headers that name each field (compared by :func:`normal`).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("nama unit", "unit", "unit kerja", "nama unit kerja", "nama jabatan", "nama",
             "name", "nama opd", "perangkat daerah", "nama perangkat daerah", "label",
             "unit name", "organisasi"),
    "parent": ("induk", "atasan", "unit induk", "nama induk", "reports to", "parent",
               "parent name", "atasan langsung", "manager", "parent unit", "parent_unit"),
    "id": ("id", "kode unit", "no", "nomor", "unit id", "key"),
    "parent_id": ("id induk", "parent id", "parentid", "refs", "parent ref", "manager id",
                  "id atasan", "reports to id"),
    "kind": ("jenis", "jenis unit", "kind", "unit kind", "unit_kind", "bentuk", "tipe unit"),
    "short_name": ("singkatan", "nama singkat", "short name", "akronim"),
    "type": ("tipe", "type", "tipelogi", "tipologi", "kelas", "tipe opd"),
    "eselon": ("eselon", "eselonering", "echelon", "grade"),
    "code": ("kode", "kode organisasi", "kode opd", "kode unit organisasi", "code",
             "kode sipd", "organisation code", "organization code"),
    "urusan": ("urusan", "kode urusan", "urusan utama", "urusan codes", "urusan_codes"),
    "urusan_additional": ("urusan tambahan", "additional urusan", "urusan lain"),
    "headcount": ("pegawai", "jumlah pegawai", "bezetting", "staff", "headcount",
                  "pegawai saat ini", "existing"),
    "needed": ("kebutuhan", "abk", "kebutuhan pegawai", "needed", "kebutuhan abk"),
    "title": ("title", "jabatan", "nama jabatan kepala", "jabatan kepala", "position"),
    "tugas": ("tugas", "tugas pokok", "duties", "tasks"),
    "fungsi": ("fungsi", "functions", "function"),
    "hospital_kind": ("jenis rs", "hospital kind", "jenis_rs"),
    "notes": ("catatan", "keterangan", "notes", "department", "departemen", "bagian dari"),
    "sort_order": ("urutan", "order", "sort order"),
    "workload_score": ("skor beban kerja", "workload score", "skor", "nilai beban kerja"),
}  # fmt: skip


def normal(header: str) -> str:
    """``Reports_To`` → ``reports to``: lower case, separators as single spaces."""
    return " ".join(re.sub(r"[_\-./]+", " ", header.lower()).split())


_LOOKUP = {normal(s): f for f, names in SYNONYMS.items() for s in names}


def known_header(header: str) -> str | None:
    """The field a header names, if rbdesk knows it."""
    return _LOOKUP.get(normal(header))


def propose(headers: Sequence[str]) -> dict[str, int]:
    """Field → column index for the headers rbdesk recognises (each field once, the first
    column that names it)."""
    out: dict[str, int] = {}
    for index, header in enumerate(headers):
        found = known_header(header)
        if found and found not in out:
            out[found] = index
    # a Visio sheet: Name is the unit, Reports_To names the parent by name
    return out


def apply_overrides(mapping: dict[str, int], headers: Sequence[str],
                    overrides: Mapping[str, str]) -> dict[str, int]:  # fmt: skip
    """``--map FIELD=COLUMN``: the column by its header (or 1-based number); raises
    ``KeyError`` naming what is unknown."""
    out = dict(mapping)
    for field_name, column in overrides.items():
        if field_name not in FIELDS:
            raise KeyError(("field", field_name))
        if column == "":
            out.pop(field_name, None)
            continue
        wanted = normal(column)
        index = next((i for i, h in enumerate(headers) if normal(h) == wanted), None)
        if index is None and column.isdigit() and 1 <= int(column) <= len(headers):
            index = int(column) - 1
        if index is None:
            raise KeyError(("column", column))
        for other, at in list(out.items()):
            if at == index:
                del out[other]
        out[field_name] = index
    return out


# -- the mapping remembered -----------------------------------------------------------------


def memory_file() -> Path:
    """Where mappings are remembered: beside the window's settings."""
    from rbdesk.i18n import settings_file

    return settings_file().with_name("import-mappings.json")


def _key(headers: Sequence[str]) -> str:
    return "\x1f".join(normal(h) for h in headers)


def remembered(headers: Sequence[str], path: Path | None = None) -> dict[str, int] | None:
    """The mapping chosen last time for this header row, if any (and still valid)."""
    try:
        data = json.loads((path or memory_file()).read_text(encoding="utf-8"))
        found = data.get(_key(headers))
    except (OSError, ValueError, AttributeError):
        return None
    if not isinstance(found, dict):
        return None
    out = {f: i for f, i in found.items()
           if f in FIELDS and isinstance(i, int) and 0 <= i < len(headers)}  # fmt: skip
    return out or None


def remember(headers: Sequence[str], mapping: Mapping[str, int], path: Path | None = None) -> None:
    """Keep ``mapping`` for the next sheet with these headers (at most 200 layouts); a
    settings folder that cannot be written is not an error of the import."""
    target = path or memory_file()
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    data.pop(_key(headers), None)
    data[_key(headers)] = dict(mapping)
    while len(data) > 200:
        data.pop(next(iter(data)))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        partial.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        partial.replace(target)
    except OSError:
        pass


# -- values as people write them -----------------------------------------------------------

#: The Indonesian nomenclature: the start of a unit's name (lower case) and its kind, the
#: longest first (``sekretariat daerah`` before ``sekretariat``).
NAME_PREFIXES: tuple[tuple[str, str], ...] = tuple(sorted((
    ("bupati", "kepala_daerah"), ("wali kota", "kepala_daerah"),
    ("walikota", "kepala_daerah"), ("gubernur", "kepala_daerah"),
    ("wakil bupati", "wakil_kepala_daerah"), ("wakil wali kota", "wakil_kepala_daerah"),
    ("wakil walikota", "wakil_kepala_daerah"), ("wakil gubernur", "wakil_kepala_daerah"),
    ("staf ahli", "staf_ahli"),
    ("sekretariat daerah", "sekretariat_daerah"), ("setda", "sekretariat_daerah"),
    ("sekretariat dprd", "sekretariat_dprd"), ("sekretariat dewan", "sekretariat_dprd"),
    ("setwan", "sekretariat_dprd"), ("sekretariat", "sekretariat"),
    ("inspektorat", "inspektorat"), ("inspektur pembantu", "inspektur_pembantu"),
    ("irban", "inspektur_pembantu"),
    ("dinas", "dinas"), ("badan", "badan"), ("satuan polisi pamong praja", "dinas"),
    ("satpol pp", "dinas"), ("kantor kesatuan bangsa", "badan"),
    ("asisten", "asisten"), ("biro", "biro"), ("bagian", "bagian"),
    ("subbagian", "subbagian"), ("sub bagian", "subbagian"), ("subbag", "subbagian"),
    ("bidang", "bidang"), ("subbidang", "subbidang"), ("sub bidang", "subbidang"),
    ("seksi", "seksi"), ("uptd", "upt"), ("upt", "upt"),
    ("unit pelaksana teknis", "upt"), ("cabang dinas", "cabang_dinas"),
    ("kecamatan", "kecamatan"), ("kelurahan", "kelurahan"),
    ("rsud", "rumah_sakit"), ("rumah sakit", "rumah_sakit"),
    ("wakil direktur", "wakil_direktur"), ("puskesmas", "puskesmas"),
    ("kelompok jabatan fungsional", "kelompok_fungsional"),
    ("kelompok fungsional", "kelompok_fungsional"),
), key=lambda p: -len(p[0])))  # fmt: skip


def kind_from_name(name: str) -> str | None:
    """The kind a unit's name says by the Indonesian nomenclature, if it says one."""
    lowered = " ".join(name.lower().split())
    for prefix, kind in NAME_PREFIXES:
        if lowered == prefix or lowered.startswith(prefix + " "):
            return kind
    return None


def kind_of(text: str, names: Mapping[str, tuple[str, str]]) -> str | None:
    """The kind ``text`` names: a catalogue key (``sekretariat_daerah``), its
    Indonesian or English name (``names``: key → (id, en)), or a word of the
    nomenclature (``Dinas``, ``SUB BAGIAN``), in any case."""
    wanted = normal(text)
    if not wanted:
        return None
    for key, (name_id, name_en) in names.items():
        if wanted in (normal(key), normal(name_id), normal(name_en)):
            return key
        if "(" in name_en and wanted == normal(name_en.split("(")[1].rstrip(")")):
            return key
    return kind_from_name(wanted)


_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V"}
_ESELON = re.compile(r"^(I{1,3}|IV|V|[1-5])\s*[./\- ]?\s*([ab])$", re.IGNORECASE)


def eselon_of(text: str) -> str | None:
    """``II.b``, ``II/b``, ``IIb``, ``2b``, ``Eselon II.b`` → ``IIb``; None if not one."""
    cleaned = re.sub(r"^eselon\s*", "", text.strip(), flags=re.IGNORECASE)
    m = _ESELON.match(cleaned)
    if not m:
        return None
    roman = _ROMAN.get(m.group(1), m.group(1).upper())
    found = f"{roman}{m.group(2).lower()}"
    return found if found in ESELON else None


def type_of(text: str) -> str | None:
    """``Tipe A``, ``type b``, ``A`` → ``A``; None if not one."""
    cleaned = re.sub(r"^(tipe|type|kelas|class)\s*", "", text.strip(), flags=re.IGNORECASE)
    found = cleaned.upper()
    return found if found in UNIT_TYPES else None


def whole_number(text: str) -> int | None:
    """``1.234``, ``1,234``, ``1234``, ``1234.0`` → 1234; None if not a whole number."""
    cleaned = text.strip().replace(" ", "")
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+", cleaned):
        return int(re.sub(r"[.,]", "", cleaned))
    if re.fullmatch(r"\d+([.,]0+)?", cleaned):
        return int(re.split(r"[.,]", cleaned)[0])
    return None


_ORG_CODE = re.compile(r"^(\d)\.(\d{2})\.(\d)\.(\d{2})\.(\d)\.(\d{2})\.(\d{2})\.(\d{4})$")


def urusan_of_code(code: str) -> tuple[str, list[str]] | None:
    """The main urusan and the others of a Permendagri 90/2019 organisation code
    (``2.09.3.27.0.00.01.0000``: pangan 2.09, also pertanian 3.27); None if ``code`` is
    not one."""
    m = _ORG_CODE.match(code.strip())
    if not m:
        return None
    g = m.groups()
    main = f"{g[0]}.{g[1]}"
    others = [f"{a}.{b}" for a, b in ((g[2], g[3]), (g[4], g[5])) if f"{a}.{b}" != "0.00"]
    return main, others
