"""The planner's parts of the *kajian penataan perangkat daerah*: the chapter texts, the
place of signing, the document number and year, the region's emblem, the other legal
instruments, the tunjangan rates per eselon, the reform comparison rows, the pangkat and
golongan of the signatories and the IKU details the plan's tables do not hold.

They are kept in the plan's ``meta`` table under namespaced keys with JSON values
(:data:`KEY`, and :data:`EMBLEM_KEY` for the image, base64), so no schema change is
needed. Reading never fails: an entry that cannot be read is left out (a plan from
elsewhere never stops a report). Setting validates and raises :class:`KajianError`
naming what is wrong; nothing is written then.

A chapter text left empty prints the draft generated from the plan's facts
(:mod:`rbdesk.report.chapters`); no rate, instrument or reform text is ever invented.

>>> k = Kajian(place="Soreang", rates={"II": 3250000})
>>> parse(dump(k)).place, parse(dump(k)).rates
('Soreang', {'II': 3250000})
>>> parse("not json") == Kajian()
True
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from rbdesk.analysis.metrics import ESELON_LEVELS
from rbdesk.domain.errors import RbdeskError
from rbdesk.domain.limits import MAX_NAME, MAX_TEXT
from rbdesk.domain.model import Level, Region, SignatoryRole

#: The plan's meta entry holding everything but the emblem, and the emblem's.
KEY = "kajian/texts"
EMBLEM_KEY = "kajian/emblem"

#: The chapter texts a planner writes (an empty one prints its generated draft).
TEXT_KEYS = ("latar_belakang", "maksud_tujuan", "metode", "kesimpulan", "rekomendasi")
#: The rows of the reform comparison a planner fills in (the structure row is computed).
REFORM_ASPECTS = ("asn", "teknologi", "budaya_kerja", "pelayanan_publik")
#: The IKU details the plan's IKU table does not hold.
IKU_FIELDS = ("baseline", "year", "definition", "source")
#: Limits of what the planner keeps here.
MAX_INSTRUMENTS = 50
MAX_RATE = 1_000_000_000
MAX_EMBLEM = 1_000_000  # bytes
MAX_EMBLEM_SIDE = 4000  # pixels
MAX_IKU = 5000


class KajianError(RbdeskError):
    """A value of the kajian that cannot be kept (too long, not a number, not an
    image ...); nothing was changed."""


@dataclass(frozen=True)
class Kajian:
    texts: Mapping[str, str] = field(default_factory=dict)
    place: str = ""
    number: str = ""
    year: int | None = None
    instruments: tuple[str, ...] = ()
    #: tunjangan jabatan struktural per month, in rupiah, by eselon level (I … V)
    rates: Mapping[str, int] = field(default_factory=dict)
    #: aspect → (sebelum, sesudah)
    reform: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    #: signatory role → pangkat and golongan ("Pembina Utama Muda (IV/c)")
    pangkat: Mapping[str, str] = field(default_factory=dict)
    #: IKU indicator text → {baseline, year, definition, source}
    iku: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    emblem: bytes | None = None

    def text(self, key: str) -> str:
        return self.texts.get(key, "").strip()

    @property
    def empty(self) -> bool:
        return self == Kajian()


# -- reading and writing -------------------------------------------------------------------------


def _str(value: Any, limit: int) -> str:
    return value[:limit] if isinstance(value, str) else ""


def parse(text: str | None, emblem: str | None = None) -> Kajian:
    """The kajian stored in ``text`` (JSON) and ``emblem`` (base64); what cannot be
    read is left out."""
    try:
        data = json.loads(text or "{}")
    except (ValueError, RecursionError):
        data = {}
    if not isinstance(data, dict):
        data = {}

    def obj(key: str) -> dict[str, Any]:
        value = data.get(key)
        return value if isinstance(value, dict) else {}

    texts = {k: _str(v, MAX_TEXT) for k, v in obj("texts").items() if k in TEXT_KEYS}
    year = data.get("year")
    rates = {
        k: v
        for k, v in obj("rates").items()
        if k in ESELON_LEVELS
        and isinstance(v, int)
        and not isinstance(v, bool)
        and 0 <= v <= MAX_RATE
    }
    reform: dict[str, tuple[str, str]] = {}
    for k, v in obj("reform").items():
        if k in REFORM_ASPECTS and isinstance(v, list) and len(v) == 2:
            reform[k] = (_str(v[0], MAX_TEXT), _str(v[1], MAX_TEXT))
    roles = {r.value for r in SignatoryRole}
    pangkat = {k: _str(v, MAX_NAME) for k, v in obj("pangkat").items() if k in roles}
    iku: dict[str, dict[str, str]] = {}
    for k, v in list(obj("iku").items())[:MAX_IKU]:
        if isinstance(v, dict):
            iku[k] = {f: _str(v.get(f), MAX_NAME) for f in IKU_FIELDS if v.get(f)}
    instruments = data.get("instruments")
    picture: bytes | None = None
    if emblem:
        try:
            picture = base64.b64decode(emblem, validate=True)
            check_emblem(picture)
        except (ValueError, KajianError):
            picture = None
    return Kajian(
        texts={k: v for k, v in texts.items() if v.strip()},
        place=_str(data.get("place"), MAX_NAME),
        number=_str(data.get("number"), MAX_NAME),
        year=year
        if isinstance(year, int) and not isinstance(year, bool) and 1900 <= year <= 2200
        else None,
        instruments=tuple(
            _str(i, MAX_TEXT)
            for i in instruments[:MAX_INSTRUMENTS]
            if isinstance(i, str) and i.strip()
        )
        if isinstance(instruments, list)
        else (),
        rates=rates,
        reform={k: v for k, v in reform.items() if any(x.strip() for x in v)},
        pangkat={k: v for k, v in pangkat.items() if v.strip()},
        iku={k: v for k, v in iku.items() if v},
        emblem=picture,
    )


def dump(kajian: Kajian) -> str:
    """The kajian as stored under :data:`KEY` (the emblem apart)."""
    data = {
        "texts": dict(kajian.texts),
        "place": kajian.place,
        "number": kajian.number,
        "year": kajian.year,
        "instruments": list(kajian.instruments),
        "rates": dict(kajian.rates),
        "reform": {k: list(v) for k, v in kajian.reform.items()},
        "pangkat": dict(kajian.pangkat),
        "iku": {k: dict(v) for k, v in kajian.iku.items()},
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def dump_emblem(kajian: Kajian) -> str:
    return base64.b64encode(kajian.emblem).decode("ascii") if kajian.emblem else ""


class MetaSource(Protocol):
    def meta(self, key: str) -> str | None: ...


class MetaStore(MetaSource, Protocol):
    def set_meta(self, key: str, value: str) -> None: ...


def load(store: object) -> Kajian:
    """The kajian of a plan (``Kajian()`` for a source without a meta table)."""
    meta = getattr(store, "meta", None)
    if meta is None:
        return Kajian()
    return parse(meta(KEY), meta(EMBLEM_KEY))


def save(store: MetaStore, kajian: Kajian) -> None:
    """Keep ``kajian`` in the plan after checking it (:func:`check`)."""
    check(kajian)
    store.set_meta(KEY, dump(kajian))
    store.set_meta(EMBLEM_KEY, dump_emblem(kajian))


# -- checking ------------------------------------------------------------------------------------


def _limit(what: str, text: str, limit: int) -> None:
    if len(text) > limit:
        raise KajianError("kajian.too_long", what=what, count=len(text), limit=limit)


def check(kajian: Kajian) -> None:
    """Raise :class:`KajianError` for a value that cannot be kept."""
    for key, text in kajian.texts.items():
        if key not in TEXT_KEYS:
            raise KajianError("kajian.unknown_key", key=key, known=", ".join(all_keys()))
        _limit(key, text, MAX_TEXT)
    _limit("place", kajian.place, MAX_NAME)
    _limit("number", kajian.number, MAX_NAME)
    if kajian.year is not None and not 1900 <= kajian.year <= 2200:
        raise KajianError("kajian.year", value=kajian.year)
    if len(kajian.instruments) > MAX_INSTRUMENTS:
        raise KajianError("kajian.too_many", count=len(kajian.instruments), limit=MAX_INSTRUMENTS)
    for text in kajian.instruments:
        _limit("instrument", text, MAX_TEXT)
    for level, rate in kajian.rates.items():
        if level not in ESELON_LEVELS:
            raise KajianError(
                "kajian.unknown_key", key=f"rate.{level}", known=", ".join(all_keys())
            )
        if not 0 <= rate <= MAX_RATE:
            raise KajianError("kajian.rate", value=rate, limit=MAX_RATE)
    for aspect, pair in kajian.reform.items():
        if aspect not in REFORM_ASPECTS:
            raise KajianError(
                "kajian.unknown_key", key=f"reform.{aspect}", known=", ".join(all_keys())
            )
        for text in pair:
            _limit(f"reform.{aspect}", text, MAX_TEXT)
    for text in kajian.pangkat.values():
        _limit("pangkat", text, MAX_NAME)
    for values in kajian.iku.values():
        for text in values.values():
            _limit("iku", text, MAX_NAME)
    if kajian.emblem is not None:
        check_emblem(kajian.emblem)


def check_emblem(data: bytes) -> tuple[int, int]:
    """The pixel size of an emblem image; raises :class:`KajianError` unless it is a
    PNG or JPEG of at most :data:`MAX_EMBLEM` bytes and :data:`MAX_EMBLEM_SIDE` pixels a
    side that the report can draw."""
    if len(data) > MAX_EMBLEM:
        raise KajianError("kajian.emblem_size", size=len(data), limit=MAX_EMBLEM)
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        raise KajianError("kajian.emblem_kind")
    from io import BytesIO

    from reportlab.lib.utils import ImageReader

    try:
        width, height = ImageReader(BytesIO(data)).getSize()
    except Exception as exc:  # noqa: BLE001 - any failure to decode is a bad image
        raise KajianError("kajian.emblem_unreadable", detail=str(exc)[:200]) from exc
    if not (0 < width <= MAX_EMBLEM_SIDE and 0 < height <= MAX_EMBLEM_SIDE):
        raise KajianError("kajian.emblem_pixels", width=width, height=height, limit=MAX_EMBLEM_SIDE)
    return int(width), int(height)


# -- keys of the command line --------------------------------------------------------------------


def all_keys() -> list[str]:
    """The keys ``rbdesk kajian --set KEY=TEXT`` knows."""
    keys = [f"text.{k}" for k in TEXT_KEYS] + ["place", "number", "year"]
    keys += [f"rate.{level}" for level in ESELON_LEVELS]
    keys += [f"reform.{a}.{side}" for a in REFORM_ASPECTS for side in ("sebelum", "sesudah")]
    keys += [f"pangkat.{r.value}" for r in SignatoryRole]
    return keys


def with_value(kajian: Kajian, key: str, value: str) -> Kajian:
    """``kajian`` with ``key`` (one of :func:`all_keys`) set to ``value`` (empty:
    cleared). Raises :class:`KajianError` for an unknown key or a bad value."""
    value = value.strip()
    head, _, rest = key.partition(".")
    if head == "text" and rest in TEXT_KEYS:
        texts = {**kajian.texts, rest: value}
        return replace(kajian, texts={k: v for k, v in texts.items() if v})
    if key == "place":
        return replace(kajian, place=" ".join(value.split()))
    if key == "number":
        return replace(kajian, number=" ".join(value.split()))
    if key == "year":
        if not value:
            return replace(kajian, year=None)
        if not value.isdigit() or not 1900 <= int(value) <= 2200:
            raise KajianError("kajian.year", value=value)
        return replace(kajian, year=int(value))
    if head == "rate" and rest in ESELON_LEVELS:
        rates = dict(kajian.rates)
        if not value:
            rates.pop(rest, None)
            return replace(kajian, rates=rates)
        digits = value.replace(".", "").replace(",", "").replace(" ", "")
        if not digits.isdigit() or int(digits) > MAX_RATE:
            raise KajianError("kajian.rate", value=value, limit=MAX_RATE)
        rates[rest] = int(digits)
        return replace(kajian, rates=rates)
    if head == "reform":
        aspect, _, side = rest.rpartition(".")
        if aspect in REFORM_ASPECTS and side in ("sebelum", "sesudah"):
            before, after = kajian.reform.get(aspect, ("", ""))
            pair = (value, after) if side == "sebelum" else (before, value)
            reform = {**kajian.reform, aspect: pair}
            return replace(kajian, reform={k: v for k, v in reform.items() if any(v)})
    if head == "pangkat" and rest in {r.value for r in SignatoryRole}:
        pangkat = {**kajian.pangkat, rest: " ".join(value.split())}
        return replace(kajian, pangkat={k: v for k, v in pangkat.items() if v})
    raise KajianError("kajian.unknown_key", key=key, known=", ".join(all_keys()))


def with_iku(kajian: Kajian, indicator: str, name: str, value: str) -> Kajian:
    """``kajian`` with the IKU detail ``name`` (:data:`IKU_FIELDS`) of ``indicator`` set."""
    if name not in IKU_FIELDS:
        raise KajianError("kajian.unknown_key", key=f"iku.{name}", known=", ".join(IKU_FIELDS))
    _limit(f"iku.{name}", value, MAX_NAME)
    entry = {**kajian.iku.get(indicator, {}), name: value.strip()}
    iku = {**kajian.iku, indicator: {k: v for k, v in entry.items() if v}}
    return replace(kajian, iku={k: v for k, v in iku.items() if v})


# -- the region in the official form -------------------------------------------------------------

#: The word a region's level is named by, and its head's title.
LEVEL_WORDS = {Level.PROVINSI: "Provinsi", Level.KABUPATEN: "Kabupaten", Level.KOTA: "Kota"}
HEAD_TITLES = {Level.PROVINSI: "Gubernur", Level.KABUPATEN: "Bupati", Level.KOTA: "Wali Kota"}


def bare_name(region: Region) -> str:
    """The region's name without its level word: ``Kabupaten Sukamaju`` → ``Sukamaju``."""
    name = " ".join(region.name.split())
    for word in (LEVEL_WORDS[region.level], "Kab.", "Kotamadya", "Prov."):
        if name.casefold().startswith(word.casefold() + " "):
            return name[len(word) + 1 :].strip()
    return name


def government(region: Region) -> str:
    """``PEMERINTAH KABUPATEN SUKAMAJU`` (level and name in capitals)."""
    return f"PEMERINTAH {LEVEL_WORDS[region.level].upper()} {bare_name(region).upper()}"


def head_title(region: Region) -> str:
    """``Bupati Sukamaju``: the title of the kepala daerah."""
    return f"{HEAD_TITLES[region.level]} {bare_name(region)}"


def place_of(kajian: Kajian, region: Region) -> str:
    """Where the document is signed: the plan's place, else the region's name."""
    return kajian.place or bare_name(region)


def document_code(fingerprint: str, kajian: Kajian) -> str:
    """The *kode dokumen* a page prints: the plan's content fingerprint in groups of
    four, and four characters of the kajian's own texts when the planner wrote any, so a
    printed page still identifies the file (``rbdesk kajian FILE`` prints it)."""
    code = fingerprint.upper()
    text = "-".join(code[i : i + 4] for i in range(0, len(code), 4))
    if not kajian.empty:
        digest = hashlib.sha256((dump(kajian) + dump_emblem(kajian)).encode("utf-8"))
        text += "-" + digest.hexdigest()[:4].upper()
    return text
