"""The method choices of the document both ways: the settings (discount rate, grid factor year, balance
tolerance, each resource's savings method, the bounds of a valid regression) and the monitoring layout
a sector template suggested. Older documents carry these under the same names, so they read into the
fields and write back with the same digest."""

from __future__ import annotations

from typing import Any

from ..domain.model import MonitoringDriver, MonitoringLayout, Settings
from .document_values import set_fields as _set
from .document_values import unknown_fields as _rest
from .document_values import with_extra as _with

SETTINGS_FIELDS = (
    "discount_rate",
    "grid_emission_factor_year",
    "balance_tolerance_percent",
    "savings_methods",
    "regression_min_r2",
    "regression_max_p_slope",
)
LAYOUT_FIELDS = ("driver", "period", "resources", "drivers", "units")
DRIVER_FIELDS = ("key", "name")


def settings(raw: dict[str, Any]) -> Settings:
    return Settings(
        discount_rate=raw.get("discount_rate", 0.10),
        grid_emission_factor_year=raw.get("grid_emission_factor_year"),
        balance_tolerance_percent=raw.get("balance_tolerance_percent", 5.0),
        savings_methods={str(k): v for k, v in raw.get("savings_methods", {}).items()},
        regression_min_r2=raw.get("regression_min_r2"),
        regression_max_p_slope=raw.get("regression_max_p_slope"),
        extra=_rest(raw, SETTINGS_FIELDS),
    )


def settings_doc(s: Settings) -> dict[str, Any]:
    known = {
        "discount_rate": s.discount_rate,
        "grid_emission_factor_year": s.grid_emission_factor_year,
        "balance_tolerance_percent": s.balance_tolerance_percent,
    }
    fields = _set(
        known,
        savings_methods=dict(s.savings_methods) or None,
        regression_min_r2=s.regression_min_r2,
        regression_max_p_slope=s.regression_max_p_slope,
    )
    return _with(s.extra, **fields)


def monitoring_layout(raw: dict[str, Any] | None) -> MonitoringLayout | None:
    if raw is None:
        return None
    return MonitoringLayout(
        driver=raw.get("driver", ""),
        period=raw.get("period", "month"),
        resources=list(raw.get("resources", [])),
        drivers=[
            MonitoringDriver(d["key"], d.get("name", ""), _rest(d, DRIVER_FIELDS)) for d in raw.get("drivers", [])
        ],
        units={str(k): v for k, v in raw.get("units", {}).items()},
        extra=_rest(raw, LAYOUT_FIELDS),
    )


def monitoring_layout_doc(m: MonitoringLayout | None) -> dict[str, Any] | None:
    """The layout as the app has always written it: the five fields, then any kept unknown ones."""
    if m is None:
        return None
    return _with(
        m.extra,
        driver=m.driver,
        period=m.period,
        resources=list(m.resources),
        drivers=[_with(d.extra, key=d.key, name=d.name) for d in m.drivers],
        units=dict(m.units),
    )
