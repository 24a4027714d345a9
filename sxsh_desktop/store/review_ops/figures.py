"""The dashboard's figures: totals across current revisions, grouped by province (current unit), VSIC, sector, year."""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, func, select, true, update
from sqlalchemy.orm import Session

from ...domain.provinces import current_province
from ..review_models import (
    REVIEW_STATES,
    ReceivedAssessmentRow,
    ReviewStateRow,
)
from .base import ReviewBase
from .types import (
    GROUPS,
    METHODS,
    ReviewError,
    not_one_of,
    sort_key,
)


class FigureOps(ReviewBase):
    """Mixed into ReviewStore: the dashboard's figures."""

    @staticmethod
    def _filtered(q: Any, province: str | None, year: int | None, vsic: str | None = None) -> Any:
        a = ReceivedAssessmentRow
        if province is not None:  # a former unit's name means the unit that holds it now
            q = q.where(a.province == current_province(province))
        if year is not None:
            q = q.where(a.year == year)
        if vsic is not None:
            q = q.where(a.vsic == vsic)
        return q

    @staticmethod
    def _totals() -> list[Any]:
        a = ReceivedAssessmentRow
        facility = case((a.tax_code != "", a.tax_code), else_=a.facility_name)
        return [
            func.count().label("assessments"),
            func.count(func.distinct(facility)).label("facilities"),
            func.coalesce(func.sum(a.energy_saving_toe), 0.0).label("energy_saving_toe"),
            func.coalesce(func.sum(a.saving_gj), 0.0).label("saving_gj"),
            func.coalesce(func.sum(a.water_saving_m3), 0.0).label("water_saving_m3"),
            func.coalesce(func.sum(a.co2_saving_t), 0.0).label("co2_saving_t"),
            func.coalesce(func.sum(a.cost_saving_vnd), 0.0).label("cost_saving_vnd"),
            func.coalesce(func.sum(case((a.met_target == true(), 1), else_=0)), 0).label("met_target"),
            *(
                func.coalesce(func.sum(case((a.method == method, 1), else_=0)), 0).label(f"method_{method}")
                for method in METHODS
            ),
        ]

    @staticmethod
    def _figures(row: Any) -> dict[str, Any]:
        return {
            "assessments": int(row.assessments),
            "facilities": int(row.facilities),
            "energy_saving_toe": float(row.energy_saving_toe),
            "saving_gj": float(row.saving_gj),
            "water_saving_m3": float(row.water_saving_m3),
            "co2_saving_t": float(row.co2_saving_t),
            "cost_saving_vnd": float(row.cost_saving_vnd),
            "met_target": int(row.met_target),
            "by_method": {method: int(getattr(row, f"method_{method}")) for method in METHODS},
        }

    def summary(
        self, *, province: str | None = None, year: int | None = None, vsic: str | None = None
    ) -> dict[str, Any]:
        """The summary across imported assessments (the spec's names), newest revisions only."""
        a = ReceivedAssessmentRow
        base = self._filtered(select(*self._totals()).where(a.current == true()), province, year, vsic)
        states = self._filtered(
            select(ReviewStateRow.state, func.count())
            .join(a, a.assessment_id == ReviewStateRow.assessment_id)
            .where(a.current == true())
            .group_by(ReviewStateRow.state),
            province,
            year,
            vsic,
        )
        with self._read() as s:
            totals = self._figures(s.execute(base).one())
            by_state = dict.fromkeys(REVIEW_STATES, 0)
            by_state.update({state: int(n) for state, n in s.execute(states)})
            provinces = self._grouped(s, "province", province, year, vsic)
        out: dict[str, Any] = {
            k: totals[k]
            for k in (
                "assessments",
                "facilities",
                "energy_saving_toe",
                "saving_gj",
                "co2_saving_t",
                "cost_saving_vnd",
                "met_target",
            )
        }
        out["water_saving_m3"] = totals["water_saving_m3"]
        out["by_method"] = totals["by_method"]
        out["by_review_state"] = by_state
        out["by_province"] = [
            {
                "province": g["province"],
                "assessments": g["assessments"],
                "facilities": g["facilities"],
                "energy_saving_toe": g["energy_saving_toe"],
                "saving_gj": g["saving_gj"],
                "water_saving_m3": g["water_saving_m3"],
                "co2_saving_t": g["co2_saving_t"],
                "cost_saving_vnd": g["cost_saving_vnd"],
                "met_target": g["met_target"],
                "by_method": g["by_method"],
            }
            for g in provinces
        ]
        out["filters"] = {"province": province, "year": year, "vsic": vsic}
        return out

    def _grouped(
        self, s: Session, by: str, province: str | None, year: int | None, vsic: str | None
    ) -> list[dict[str, Any]]:
        if by not in GROUPS:
            raise ReviewError(not_one_of("review.not_a_group", GROUPS, "group", by=by))
        a = ReceivedAssessmentRow
        key = getattr(a, by)
        q = self._filtered(select(key.label("key"), *self._totals()).where(a.current == true()), province, year, vsic)
        q = q.group_by(key)
        groups = [{by: row.key, **self._figures(row)} for row in s.execute(q)]
        # sorted here, not by the database: the same order on SQLite and PostgreSQL whatever their
        # collation, Vietnamese names by their letters (Hà Tĩnh before Huế), empty years last
        return sorted(groups, key=lambda g: sort_key(g[by]))

    def aggregate(
        self, by: str, *, province: str | None = None, year: int | None = None, vsic: str | None = None
    ) -> list[dict[str, Any]]:
        """Figures grouped by province, vsic, sector or year (newest revisions only)."""
        with self._read() as s:
            return self._grouped(s, by, province, year, vsic)

    def years(self) -> list[int]:
        a = ReceivedAssessmentRow
        with self._read() as s:
            return [
                y
                for y in s.scalars(
                    select(a.year).where(a.current == true(), a.year.is_not(None)).distinct().order_by(a.year)
                )
                if y is not None
            ]

    def provinces(self) -> list[str]:
        a = ReceivedAssessmentRow
        with self._read() as s:
            return list(s.scalars(select(a.province).where(a.current == true()).distinct().order_by(a.province)))

    # -- the method of each assessment's savings -----------------------------------------------------

    def without_method(self) -> list[tuple[int, dict[str, Any]]]:
        """Rows received before the method was kept and whose document has readings: (row, document)."""
        a = ReceivedAssessmentRow
        with self._read() as s:
            return [(r.id, r.document) for r in s.execute(select(a.id, a.document).where(a.method.is_(None)))]

    def set_methods(self, methods: dict[int, str]) -> None:
        """Keep the method worked out from each row's document (rows from without_method)."""
        if not methods:
            return
        if any(m not in METHODS for m in methods.values()):
            raise ReviewError(not_one_of("review.not_a_method", METHODS, "method"))
        a = ReceivedAssessmentRow
        with self._write() as s:
            for row_id, method in methods.items():
                s.execute(update(a).where(a.id == row_id, a.method.is_(None)).values(method=method))
