"""Reference data: energy carriers (TOE, NCV, CO2 factors) and grid emission factors (targets: targets.py).

The data live in resources/reference/*.json; every value carries its year, document and source
so that a report can name the factors it used.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..paths import resources_dir
from .message import Named
from .quantities import PHYSICAL_KINDS, Quantity, UnitError, magnitude_in


@dataclass(frozen=True)
class Factor:
    value: float
    unit: str
    year: int | None
    source: str
    status: str


@dataclass(frozen=True)
class Carrier:
    key: str
    name_vi: str
    name_en: str
    type: str
    toe: tuple[tuple[str, Factor], ...]  # (per unit, factor)
    final_energy_gj: tuple[str, Factor] | None
    ncv: Factor | None  # GJ/t
    co2: Factor | None  # kg CO2/TJ
    density_t_per_m3: float | None
    biogenic: bool

    @property
    def is_electricity(self) -> bool:
        return self.type == "electricity"

    def name(self, language: str) -> str:
        return self.name_vi if language == "vi" else self.name_en

    def toe_of(self, q: Quantity) -> tuple[float, Factor]:
        """TOE of a quantity with the official factor whose basis matches its dimension."""
        for per, fac in self.toe:
            try:
                return _amount_per(q, per) * fac.value, fac
            except UnitError:
                continue
        per, fac = self.toe[0]
        try:  # a fuel recorded directly as energy (GJ, TOE): physical conversion
            return magnitude_in(q, "TOE"), Factor(1.0, "TOE/TOE", None, "1 TOE = 41.868 GJ", "definition")
        except UnitError:
            pass
        return _amount_per(q, per, self.density_t_per_m3) * fac.value, fac

    def tonnes(self, q: Quantity) -> float:
        return magnitude_in(q, "t", self.density_t_per_m3)

    def gj_of(self, q: Quantity) -> float:
        """Final energy in GJ: electricity at 3.6 MJ/kWh, fuels by their NCV; GJ or TOE as given."""
        try:
            return magnitude_in(q, "GJ")
        except UnitError:
            pass
        if self.final_energy_gj is not None:
            per, fac = self.final_energy_gj
            return _amount_per(q, per) * fac.value
        if self.ncv is None:
            raise UnitError.of("", "resource.no_ncv", carrier=self.key)
        return self.tonnes(q) * self.ncv.value

    def co2_t_of(self, q: Quantity, grid: Factor | None) -> float:
        if self.is_electricity:
            if grid is None:
                return 0.0
            return magnitude_in(q, "MWh") * grid.value
        if self.co2 is None:
            return 0.0
        return self.gj_of(q) * self.co2.value / 1e6


def _amount_per(q: Quantity, per: str, density_t_per_m3: float | None = None) -> float:
    """How many `per` (a unit, or a scaled unit such as "1000 L") are in q."""
    scale_text, _, unit = per.partition(" ")
    if unit:
        return magnitude_in(q, unit, density_t_per_m3) / float(scale_text)
    return magnitude_in(q, per, density_t_per_m3)


def _read(name: str) -> dict[str, Any]:
    path: Path = resources_dir() / "reference" / name
    with path.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def _factor(raw: dict[str, Any], docs: dict[str, Any], unit: str) -> Factor:
    doc = docs.get(raw.get("doc", ""), {})
    source = raw.get("source") or doc.get("document", "")
    if raw.get("note"):
        source = f"{source} ({raw['note']})" if source else raw["note"]
    return Factor(
        value=float(raw["value"]),
        unit=raw.get("unit", unit),
        year=doc.get("year"),
        source=source,
        status=raw.get("status") or doc.get("status", ""),
    )


@lru_cache(maxsize=1)
def carriers() -> dict[str, Carrier]:
    data = _read("carriers.json")
    docs = data["documents"]
    table: dict[str, Carrier] = {}
    for raw in data["carriers"]:
        toe = tuple((t["per"], _factor(t, docs, f"TOE/{t['per']}")) for t in raw["toe"])
        final = raw.get("final_energy_gj")
        table[raw["key"]] = Carrier(
            key=raw["key"],
            name_vi=raw["name"]["vi"],
            name_en=raw["name"]["en"],
            type=raw["type"],
            toe=toe,
            final_energy_gj=(final["per"], _factor(final, docs, f"GJ/{final['per']}")) if final else None,
            ncv=_factor(raw["ncv"], docs, "GJ/t") if "ncv" in raw else None,
            co2=_factor(raw["co2"], docs, "kgCO2/TJ") if "co2" in raw else None,
            density_t_per_m3=float(raw["density"]["value"]) if "density" in raw else None,
            biogenic=bool(raw.get("biogenic", False)),
        )
    return table


@dataclass(frozen=True)
class GridFactors:
    by_year: dict[int, Factor]

    def for_year(self, year: int | None) -> Factor | None:
        """The factor of that year, or of the latest official year before it (None: the latest)."""
        if not self.by_year:
            return None
        years = sorted(self.by_year)
        if year is None:
            return self.by_year[years[-1]]
        earlier = [y for y in years if y <= year]
        return self.by_year[earlier[-1] if earlier else years[0]]


@lru_cache(maxsize=1)
def grid_factors() -> GridFactors:
    data = _read("grid_emission_factors.json")
    by_year = {}
    for raw in data["factors"]:
        source = data["source"] + (f", {raw['document']}" if raw.get("document") else "")
        by_year[int(raw["year"])] = Factor(
            value=float(raw["value"]), unit=data["unit"], year=int(raw["year"]), source=source, status=raw["status"]
        )
    return GridFactors(by_year)


_RESOURCE_NAMES = {
    "water": ("Nước", "Water"),
    "steam": ("Hơi nước", "Steam"),
    "compressed_air": ("Khí nén", "Compressed air"),
    # keys people use for what has no carrier of its own (the sample's among them)
    "coal": ("Than", "Coal"),
    "do": ("Dầu DO", "Diesel oil (DO)"),
    "fo": ("Dầu FO", "Fuel oil (FO)"),
    "lpg": ("Khí hóa lỏng (LPG)", "Liquefied petroleum gas (LPG)"),
    "malt": ("Malt", "Malt"),
    "rice": ("Gạo", "Rice"),
    # the sector templates' materials (assessment_templates/)
    "cassava_root": ("Củ sắn tươi", "Fresh cassava roots"),
    "tapioca_starch": ("Tinh bột sắn", "Tapioca starch"),
    "hops": ("Hoa houblon", "Hops"),
    "kieselguhr": ("Bột trợ lọc (diatomit)", "Kieselguhr (diatomaceous earth)"),
    "co2": ("Khí CO₂", "CO₂ gas"),
    "ice": ("Nước đá", "Ice"),
    "raw_fish": ("Cá nguyên liệu", "Raw fish"),
    "packaging": ("Bao bì", "Packaging"),
    "greige_fabric": ("Vải mộc", "Greige fabric"),
    "dyes": ("Thuốc nhuộm", "Dyes"),
    "naoh": ("Xút (NaOH)", "Caustic soda (NaOH)"),
    "h2o2": ("Hydro peroxit (H₂O₂)", "Hydrogen peroxide (H₂O₂)"),
    "recovered_paper": ("Giấy thu hồi", "Recovered paper"),
    "steel_scrap": ("Thép phế liệu", "Steel scrap"),
    "pig_iron": ("Gang thỏi", "Pig iron"),
    "ferroalloys": ("Hợp kim fero", "Ferroalloys"),
    "electrodes": ("Điện cực", "Electrodes"),
    "lime": ("Vôi", "Lime"),
    "oxygen": ("Khí oxy", "Oxygen"),
}


def resource_name(key: str, language: str = "vi", carrier_key: str | None = None) -> str:
    """A resource key as people read it: carriers and common utilities by name, other keys as given;
    a key of the user's own refined by a known carrier ("coal" as coal fines 3–4) takes the carrier's name."""
    carrier = carriers().get(key) or carriers().get(carrier_key or "")
    if carrier is not None:
        return carrier.name(language)
    names = _RESOURCE_NAMES.get(key)
    if names:
        return names[0] if language == "vi" else names[1]
    return key.replace("_", " ")


def resource_named(key: str, carrier_key: str | None = None, *, cli_name: bool = False) -> Named:
    """A resource as a message's parameter: its key in the CLI's English (its English name where
    `cli_name`, as that message always said it), its name on a screen and in Vietnamese."""
    en = resource_name(key, "en", carrier_key)
    return Named(en if cli_name else key, resource_name(key, "vi", carrier_key), en)


def resource_kinds(resource: str) -> tuple[str, ...]:
    """The kinds of quantity a resource may be measured in."""
    if resource == "electricity":
        return ("energy",)
    if resource == "water":
        return ("volume", "mass")
    carrier = carriers().get(resource)
    if carrier is not None:
        return ("mass", "volume", "energy")
    return PHYSICAL_KINDS
