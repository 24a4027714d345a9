"""The energy norms and best-practice figures of a sector, as a template gives them (domain words of
the MoIT circulars: a norm set per product or sub-process, its periods, its capacity classes).

Each norm set's `source` says when its document is in force (`in_force_from`, `in_force_until`) and
what replaced it (`replaced_by`): benchmark.py applies a norm only to periods that end while it is
in force and inside one of its periods.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .methodology import Label


@dataclass(frozen=True)
class Source:
    document: str
    year: int | None
    status: str  # "official" | "secondary"
    note: str = ""
    in_force_from: date | None = None  # None: not known (the norm is applied to any period)
    in_force_until: date | None = None  # the last day; None: still in force
    replaced_by: str | None = None  # the document that replaced it, e.g. "Thông tư 28/2024/TT-BCT"

    def in_force_on(self, day: date) -> str:
        """ "in_force", "not_yet" (before it took effect) or "replaced" / "expired" (after its last day)."""
        if self.in_force_from is not None and day < self.in_force_from:
            return "not_yet"
        if self.in_force_until is not None and day > self.in_force_until:
            return "replaced" if self.replaced_by else "expired"
        return "in_force"


@dataclass(frozen=True)
class NormPeriod:
    key: str  # e.g. "to_2020", "2021_2025"
    label: Label
    first_year: int | None  # None: open towards the past
    last_year: int | None  # None: open towards the future

    def holds(self, year: int) -> bool:
        return (self.first_year is None or year >= self.first_year) and (
            self.last_year is None or year <= self.last_year
        )

    def distance(self, year: int) -> int:
        if self.holds(year):
            return 0
        if self.first_year is not None and year < self.first_year:
            return self.first_year - year
        assert self.last_year is not None
        return year - self.last_year


@dataclass(frozen=True)
class CapacityClass:
    label: Label
    values: dict[str, float]  # norm period key -> norm value in the norm set's unit
    minimum: float | None = None  # in the norm set's capacity unit
    maximum: float | None = None
    min_inclusive: bool = True
    max_inclusive: bool = False

    def holds(self, capacity: float) -> bool:
        if self.minimum is not None:
            if capacity < self.minimum or (capacity == self.minimum and not self.min_inclusive):
                return False
        if self.maximum is not None:
            if capacity > self.maximum or (capacity == self.maximum and not self.max_inclusive):
                return False
        return True

    @property
    def unbounded(self) -> bool:
        return self.minimum is None and self.maximum is None


@dataclass(frozen=True)
class NormSet:
    """The norms of one product or sub-process (beer; EAF billet; hot rolling …) of one document."""

    key: str
    process: Label
    unit: str  # energy per product unit, e.g. "MJ/hL"
    energy_unit: str  # the numerator of `unit`, e.g. "MJ"
    product_unit: str  # the denominator of `unit`, e.g. "hL"
    capacity_unit: str | None  # e.g. "L/year"; None when the norm has a single class
    periods: tuple[NormPeriod, ...]
    classes: tuple[CapacityClass, ...]
    source: Source
    basis: Label  # what energy the figure covers, as the document says (or that it is not known)
    note: Label | None = None


@dataclass(frozen=True)
class BestPracticeFigure:
    key: str
    label: Label
    what: str  # "energy" | a resource key of the assessment ("water")
    value: float
    unit: str  # e.g. "MJ/hL", "hL/hL"
    source: Source
    basis: Label
    process: str | None = None  # the norm set it goes with; None: any
    capacity_unit: str | None = None
    min_capacity: float | None = None
    min_inclusive: bool = True
    scope: Label | None = None  # in words, e.g. "breweries above 0.5 million hL/year"

    def applies_at(self, capacity: float | None) -> bool | None:
        if self.min_capacity is None:
            return True
        if capacity is None:
            return None
        return capacity > self.min_capacity or (self.min_inclusive and capacity == self.min_capacity)
