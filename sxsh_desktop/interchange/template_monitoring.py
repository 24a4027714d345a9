"""A sector template's monitoring suggestion: the driver of consumption (production of the reference
product) and the layout of the monthly readings (the resources read, further drivers such as cooling
degree days). A new assessment keeps it as its `monitoring_layout`; the monitoring page lays its
monthly table out from it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..domain.methodology import Label
from ..domain.model import MonitoringDriver, MonitoringLayout


@dataclass(frozen=True)
class TemplateMonitoring:
    """The monthly layout a sector suggests: the driver (production of the reference product), the
    resources read each month, further drivers (cooling degree days …)."""

    driver: Label
    period: str = "month"
    resources: tuple[str, ...] = ()
    drivers: tuple[tuple[str, Label], ...] = ()

    def layout(self, language: str) -> dict[str, Any]:
        """As the template describes it: plain data in the assessment's language."""
        return {
            "driver": self.driver(language),
            "period": self.period,
            "resources": list(self.resources),
            "drivers": [{"key": k, "name": name(language)} for k, name in self.drivers],
        }


def parse_monitoring(raw: dict[str, Any] | None, problem: type[Exception] = ValueError) -> TemplateMonitoring | None:
    """The template's `monitoring` table (already checked by the schema), or None; `problem` is raised
    with one line for what the schema cannot check."""
    if raw is None:
        return None
    for i, key in enumerate(raw.get("resources", [])):
        if key in raw.get("resources", [])[:i]:
            raise problem(f"monitoring.resources[{i}]: '{key}' is listed twice")
    return TemplateMonitoring(
        driver=_text(raw["driver"]),
        period=raw.get("period", "month"),
        resources=tuple(raw.get("resources", [])),
        drivers=tuple((d["key"], _text(d["name"])) for d in raw.get("drivers", [])),
    )


def _text(raw: dict[str, Any]) -> Label:
    return Label(raw["vi"], raw["en"])


def layout_for(monitoring: TemplateMonitoring, steps: Any, language: str) -> MonitoringLayout:
    """The layout a new assessment keeps, with each resource's unit as the template's flows have it."""
    units: dict[str, str] = {}
    for s in steps:
        for f in s.flows:
            if f.resource in monitoring.resources:
                units.setdefault(f.resource, f.unit)
    return MonitoringLayout(
        driver=monitoring.driver(language),
        period=monitoring.period,
        resources=list(monitoring.resources),
        drivers=[MonitoringDriver(k, name(language)) for k, name in monitoring.drivers],
        units=units,
    )
