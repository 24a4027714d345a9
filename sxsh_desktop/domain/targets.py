"""The national savings targets and the band in force for an assessment (the spec's "Targets: the band in force").

The programmes (Decision 1419/QĐ-TTg, then 889/QĐ-TTg) live in resources/reference/targets.json,
each band with its period, document and source. The band in force is the one whose period holds
the year the reporting period ends in; a year before the first programme has none (the first band
is shown for reference only), and so has a year after the last band of the data. Where a programme
names sectors and the facility's VSIC code is not among them, its bands are indicative.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..paths import resources_dir
from .methodology import Label


@dataclass(frozen=True)
class Sector:
    key: str
    name: Label
    vsic: tuple[str, ...]


@dataclass(frozen=True)
class TargetBand:
    programme: str  # e.g. "889/QĐ-TTg"
    document: str
    date: str
    period: str  # e.g. "2026-2030"
    first_year: int
    last_year: int
    low: float
    high: float
    sectors: tuple[Sector, ...] | None  # None: the programme names no sectors
    status: str  # "official" | "secondary"
    source: str

    def holds(self, year: int) -> bool:
        return self.first_year <= year <= self.last_year

    def names_sector(self, vsic: str) -> bool | None:
        """Whether the facility's VSIC code is in a sector the programme names (None: it names none
        or the code is not known)."""
        if self.sectors is None:
            return None
        code = vsic_digits(vsic)
        if not code:
            return None
        return any(code.startswith(prefix) for s in self.sectors for prefix in s.vsic)

    @property
    def band_text(self) -> str:
        return f"{_num(self.low)}–{_num(self.high)} %"


@dataclass(frozen=True)
class BandInForce:
    """Which band an assessment is held against, and why (in words)."""

    status: str  # "in_force" | "before_programmes" | "after_programmes" | "no_reporting"
    year: int | None
    band: TargetBand | None  # the band in force, or the one shown for reference only
    indicative: bool
    reason: Label

    @property
    def in_force(self) -> bool:
        return self.status == "in_force"


def vsic_digits(vsic: str | None) -> str:
    """The digits of a VSIC code as typed ("C1103", "1103 ", "11030")."""
    return re.sub(r"\D", "", vsic or "")


@lru_cache(maxsize=1)
def target_bands() -> tuple[TargetBand, ...]:
    path = resources_dir() / "reference" / "targets.json"
    with path.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    bands: list[TargetBand] = []
    for p in data["programmes"]:
        sectors = None
        if p.get("sectors") is not None:
            sectors = tuple(
                Sector(s["key"], Label(s["name"]["vi"], s["name"]["en"]), tuple(s["vsic"])) for s in p["sectors"]
            )
        for b in p["bands"]:
            bands.append(
                TargetBand(
                    programme=p["programme"],
                    document=p["document"],
                    date=p["date"],
                    period=b["period"],
                    first_year=int(b["first_year"]),
                    last_year=int(b["last_year"]),
                    low=float(b["band_percent"][0]),
                    high=float(b["band_percent"][1]),
                    sectors=sectors,
                    status=p.get("status", ""),
                    source=p.get("source", ""),
                )
            )
    return tuple(sorted(bands, key=lambda b: b.first_year))


_REASONS = {
    "in_force": Label(
        "Kỳ báo cáo kết thúc năm {year}: áp dụng mức {band} giai đoạn {period} của Quyết định {programme}.",
        "The reporting period ends in {year}: the {band} band of {period} of Decision {programme} is in force.",
    ),
    "indicative": Label(
        " Ngành của cơ sở (VSIC {vsic}) không thuộc các ngành Quyết định nêu tên ({sectors}): mức này chỉ để tham khảo.",
        " The facility's sector (VSIC {vsic}) is not among the sectors the decision names ({sectors}): "
        "the band is indicative.",
    ),
    "before_programmes": Label(
        "Kỳ báo cáo kết thúc năm {year}, trước chương trình đầu tiên (Quyết định {programme}, từ {first}): "
        "chưa có mục tiêu nào có hiệu lực; mức {band} chỉ để tham khảo.",
        "The reporting period ends in {year}, before the first programme (Decision {programme}, from {first}): "
        "no target was in force; the {band} band is shown for reference only.",
    ),
    "after_programmes": Label(
        "Kỳ báo cáo kết thúc năm {year}, sau giai đoạn cuối có trong dữ liệu tham chiếu ({period}, Quyết định "
        "{programme}): chưa có mục tiêu có hiệu lực trong dữ liệu; mức {band} chỉ để tham khảo.",
        "The reporting period ends in {year}, after the last period in the reference data ({period}, Decision "
        "{programme}): no target in force is known; the {band} band is shown for reference only.",
    ),
    "no_reporting": Label(
        "Chưa có kỳ báo cáo: chưa xác định được mục tiêu có hiệu lực.",
        "No reporting period yet: the target in force cannot be chosen.",
    ),
}


def _fmt(label: Label, **params: Any) -> Label:
    return Label(label.vi.format(**params), label.en.format(**params))


def band_in_force(year: int | None, vsic: str = "") -> BandInForce:
    """The band an assessment whose reporting period ends in `year` is held against."""
    bands = target_bands()
    if year is None:
        return BandInForce("no_reporting", None, None, False, _REASONS["no_reporting"])
    band = next((b for b in bands if b.holds(year)), None)
    if band is not None:
        reason = _fmt(
            _REASONS["in_force"], year=year, band=band.band_text, period=_period(band), programme=band.programme
        )
        named = band.names_sector(vsic)
        indicative = named is False
        if indicative:
            assert band.sectors is not None
            sectors_vi = ", ".join(s.name.vi.lower() for s in band.sectors)
            sectors_en = ", ".join(s.name.en.lower() for s in band.sectors)
            extra = _REASONS["indicative"]
            code = vsic_digits(vsic)
            reason = Label(
                reason.vi + extra.vi.format(vsic=code, sectors=sectors_vi),
                reason.en + extra.en.format(vsic=code, sectors=sectors_en),
            )
        return BandInForce("in_force", year, band, indicative, reason)
    if year < bands[0].first_year:
        first = bands[0]
        reason = _fmt(
            _REASONS["before_programmes"],
            year=year,
            programme=first.programme,
            first=first.first_year,
            band=first.band_text,
        )
        return BandInForce("before_programmes", year, first, False, reason)
    last = bands[-1]
    reason = _fmt(
        _REASONS["after_programmes"], year=year, period=_period(last), programme=last.programme, band=last.band_text
    )
    return BandInForce("after_programmes", year, last, False, reason)


def reaches(percent: float | None, lower_bound: float) -> bool:
    """A saving meets a band when it reaches its lower bound; 7 % typed as 100 → 93 is 6.999… in binary
    floating point, so the comparison forgives a rounding far below any figure shown."""
    return bool(percent is not None and float(percent) >= lower_bound - 1e-9)


def target_entries(year: int | None, vsic: str, energy_percent: float | None) -> list[dict[str, Any]]:
    """The savings summary's `targets`: every band, with `in_force` and `indicative` (spec)."""
    chosen = band_in_force(year, vsic)
    out = []
    for band in target_bands():
        in_force = chosen.in_force and chosen.band == band
        out.append(
            {
                "period": band.period,
                "band_percent": [_num(band.low), _num(band.high)],
                "met": reaches(energy_percent, band.low),
                "document": band.document,
                "programme": band.programme,
                "in_force": in_force,
                "indicative": bool(band.names_sector(vsic) is False),
            }
        )
    return out


def in_force_summary(year: int | None, vsic: str, energy_percent: float | None, language: str) -> dict[str, Any]:
    """The summary's `target_in_force`: the band held against (or shown for reference), and why."""
    chosen = band_in_force(year, vsic)
    band = chosen.band
    return {
        "status": chosen.status,
        "year": chosen.year,
        "in_force": chosen.in_force,
        "indicative": chosen.indicative,
        "programme": band.programme if band else None,
        "document": band.document if band else None,
        "period": band.period if band else None,
        "band_percent": [_num(band.low), _num(band.high)] if band else None,
        "met": bool(band is not None and reaches(energy_percent, band.low)),
        "reason": chosen.reason(language),
    }


def met_in_force(targets: list[dict[str, Any]]) -> bool:
    """Whether the band in force (not indicative) is met, from a summary's `targets`; a summary made
    before `in_force` existed is read as before: the 8–13 % band."""
    if any("in_force" in t for t in targets):
        return any(t.get("in_force") and t.get("met") and not t.get("indicative") for t in targets)
    return any(list(t.get("band_percent", [])) == [8, 13] and t.get("met") for t in targets)


def _period(band: TargetBand) -> str:
    return band.period.replace("-", "–")


def _num(x: float) -> float | int:
    return int(x) if float(x).is_integer() else x
