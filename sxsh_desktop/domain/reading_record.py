"""A reading as plain data: production and each resource's metered use over a month (or any sub-period).
The assessment holds them (model.py); what is done with them is readings.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .quantities import Quantity


@dataclass
class ReadingEntry:
    """One resource's metered use over a reading."""

    resource: str
    quantity: Quantity
    carrier: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Reading:
    period: str  # "baseline" | "reporting"
    start: str  # ISO date
    end: str
    production: Quantity | None
    consumption: list[ReadingEntry] = field(default_factory=list)
    drivers: dict[str, float] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def days(self) -> int:
        return (date.fromisoformat(self.end) - date.fromisoformat(self.start)).days + 1

    def entry(self, resource: str) -> ReadingEntry | None:
        return next((e for e in self.consumption if e.resource == resource), None)


def entered(q: Quantity | None) -> bool:
    """A quantity with a value (a null value is "not entered", never 0)."""
    return q is not None and q.value is not None
