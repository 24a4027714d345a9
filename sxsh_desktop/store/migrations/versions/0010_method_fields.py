"""The method choices out of the `extra` columns into typed columns.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02

Until now the app kept its method choices among the fields it does not know: the norm's sub-process
the facility is benchmarked against (assessment.extra["benchmark_process"]), the monitoring layout a
sector template suggested (assessment.extra["monitoring_layout"]), each resource's savings method and
the bounds of a valid regression (settings_extra "savings_methods", "regression_min_r2",
"regression_max_p_slope"). They move to columns of their own. A value of a shape the app never wrote (a
method that is not ratio or regression, a bound outside (0, 1], a layout without its five keys …) is left
where it was, so nothing is lost. The store is copied to the backups folder before (store/engine.py).

The checks here are written out rather than imported: a migration describes the data as it was when
it was written, whatever the app's code becomes later.
"""

from __future__ import annotations

import math
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

KEY_LENGTH = 64
METHODS = ("ratio", "regression")
LAYOUT = ("driver", "period", "resources", "drivers", "units")
THRESHOLDS = ("regression_min_r2", "regression_max_p_slope")

_assessment = sa.table(
    "assessment",
    sa.column("id", sa.String),
    sa.column("extra", sa.JSON),
    sa.column("settings_extra", sa.JSON),
    sa.column("benchmark_process", sa.String),
    sa.column("settings_savings_methods", sa.JSON),
    sa.column("settings_regression_min_r2", sa.Float),
    sa.column("settings_regression_max_p_slope", sa.Float),
    sa.column("monitoring_layout_extra", sa.JSON),
    sa.column("monitoring_driver", sa.Text),
    sa.column("monitoring_period", sa.String),
    sa.column("monitoring_resources", sa.JSON),
    sa.column("monitoring_drivers", sa.JSON),
    sa.column("monitoring_units", sa.JSON),
)


def _is_key(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip()) and len(value) <= KEY_LENGTH


def _is_bound(value: Any) -> bool:
    number = isinstance(value, int | float) and not isinstance(value, bool)
    return number and math.isfinite(value) and 0 < value <= 1


def _methods(value: Any) -> dict[str, str] | None:
    if not isinstance(value, dict):
        return None
    if all(_is_key(k) and v in METHODS for k, v in value.items()):
        return dict(value)
    return None


def _layout(value: Any) -> dict[str, Any] | None:
    """The columns of a layout as the app wrote it (its five keys, each of its shape), or None."""
    if not (isinstance(value, dict) and all(k in value for k in LAYOUT)):
        return None
    resources, drivers, units = value["resources"], value["drivers"], value["units"]
    if not (isinstance(value["driver"], str) and _is_key(value["period"])):
        return None
    if not (isinstance(resources, list) and all(_is_key(r) for r in resources) and len(set(resources)) == len(resources)):
        return None
    if not (isinstance(drivers, list) and all(isinstance(d, dict) and _is_key(d.get("key")) for d in drivers)):
        return None
    if len({d["key"] for d in drivers}) != len(drivers) or not all(isinstance(d.get("name", ""), str) for d in drivers):
        return None
    if not (isinstance(units, dict) and all(_is_key(k) and isinstance(v, str) for k, v in units.items())):
        return None
    return {
        "monitoring_driver": value["driver"],
        "monitoring_period": value["period"],
        "monitoring_resources": resources,
        "monitoring_drivers": drivers,
        "monitoring_units": units,
        "monitoring_layout_extra": {k: v for k, v in value.items() if k not in LAYOUT},
    }


def _move(bind: Any) -> None:
    rows = bind.execute(sa.select(_assessment.c.id, _assessment.c.extra, _assessment.c.settings_extra)).all()
    for aid, extra, settings in rows:
        extra = dict(extra) if isinstance(extra, dict) else extra
        settings = dict(settings) if isinstance(settings, dict) else settings
        values: dict[str, Any] = {}
        if isinstance(extra, dict):
            if _is_key(extra.get("benchmark_process")):
                values["benchmark_process"] = extra.pop("benchmark_process")
            layout = _layout(extra.get("monitoring_layout"))
            if layout is not None:
                del extra["monitoring_layout"]
                values.update(layout)
        if isinstance(settings, dict):
            methods = _methods(settings.get("savings_methods"))
            if methods is not None:
                del settings["savings_methods"]
                values["settings_savings_methods"] = methods
            for key in THRESHOLDS:
                if _is_bound(settings.get(key)):
                    values[f"settings_{key}"] = float(settings.pop(key))
        if values:
            bind.execute(
                _assessment.update().where(_assessment.c.id == aid).values(extra=extra, settings_extra=settings, **values)
            )


def upgrade() -> None:
    with op.batch_alter_table("assessment") as batch:
        batch.add_column(sa.Column("benchmark_process", sa.String(64), nullable=True))
        batch.add_column(sa.Column("settings_savings_methods", sa.JSON(), nullable=False, server_default="{}"))
        batch.add_column(sa.Column("settings_regression_min_r2", sa.Float(), nullable=True))
        batch.add_column(sa.Column("settings_regression_max_p_slope", sa.Float(), nullable=True))
        batch.add_column(sa.Column("monitoring_layout_extra", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("monitoring_driver", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("monitoring_period", sa.String(64), nullable=False, server_default="month"))
        batch.add_column(sa.Column("monitoring_resources", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("monitoring_drivers", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("monitoring_units", sa.JSON(), nullable=False, server_default="{}"))
    _move(op.get_bind())


def _number(v: float) -> float | int:
    return int(v) if float(v).is_integer() else v


def _back_into_extra(bind: Any) -> None:
    """Downgrade: the typed values go back where 0009 kept them."""
    for r in bind.execute(sa.select(_assessment)).all():
        extra, settings = dict(r.extra or {}), dict(r.settings_extra or {})
        if r.benchmark_process is not None:
            extra["benchmark_process"] = r.benchmark_process
        if r.monitoring_layout_extra is not None:
            extra["monitoring_layout"] = {
                "driver": r.monitoring_driver,
                "period": r.monitoring_period,
                "resources": r.monitoring_resources,
                "drivers": r.monitoring_drivers,
                "units": r.monitoring_units,
                **r.monitoring_layout_extra,
            }
        if r.settings_savings_methods:
            settings["savings_methods"] = r.settings_savings_methods
        for key in THRESHOLDS:
            value = getattr(r, f"settings_{key}")
            if value is not None:
                settings[key] = _number(value)
        bind.execute(_assessment.update().where(_assessment.c.id == r.id).values(extra=extra, settings_extra=settings))


def downgrade() -> None:
    _back_into_extra(op.get_bind())
    with op.batch_alter_table("assessment") as batch:
        for column in (
            "monitoring_units",
            "monitoring_drivers",
            "monitoring_resources",
            "monitoring_period",
            "monitoring_driver",
            "monitoring_layout_extra",
            "settings_regression_max_p_slope",
            "settings_regression_min_r2",
            "settings_savings_methods",
            "benchmark_process",
        ):
            batch.drop_column(column)
