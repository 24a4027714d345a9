"""Domain records <-> table rows. Exact in both directions: `extra` dicts, None optional
quantities and the order of every list survive a round trip.

The per-record functions (`fill_*`, `*_from_row`) are used both for whole documents and by the
fine-grained operations, which change one row at a time.
"""

from __future__ import annotations

from typing import Any

from ..domain.model import (
    Assessment,
    Consultant,
    Consumption,
    Facility,
    Flow,
    Option,
    Period,
    ProcessStep,
    Product,
    ResourceSaving,
    Settings,
    TaskProgress,
    TeamMember,
)
from ..domain.quantities import Quantity
from ..domain.readings import Reading, ReadingEntry
from .mapping_planning import (
    fill_focus_matrix,
    fill_maintenance,
    fill_monitoring_layout,
    focus_matrix_from_row,
    maintenance_from_row,
    monitoring_layout_from_row,
)
from .mapping_values import plain_number as _number
from .mapping_values import private_copy as _x
from .mapping_values import quantity as _q
from .mapping_values import quantity_values as _qv
from .models import (
    AssessmentRow,
    ConsumptionRow,
    FacilityRow,
    FlowRow,
    OptionRow,
    PeriodRow,
    ProcessStepRow,
    ReadingRow,
    TaskProgressRow,
    TeamMemberRow,
)

# -- assessment header (product, consultant, settings live in the assessment row) ----------------


def fill_assessment(row: AssessmentRow, a: Assessment) -> AssessmentRow:
    row.id = a.id
    row.revision = a.revision
    row.created_at = a.created_at
    row.updated_at = a.updated_at
    row.language = a.language
    row.assessment_type = a.assessment_type
    row.template = a.template
    row.extra = _x(a.extra)
    row.periods_extra = _x(a.periods_extra)
    fill_product(row, a.product)
    fill_consultant(row, a.consultant)
    fill_settings(row, a.settings)
    fill_maintenance(row, a.maintenance)
    fill_focus_matrix(row, a.focus_matrix)
    row.executive_summary, row.conclusions = a.executive_summary, a.conclusions
    row.benchmark_process = a.benchmark_process
    fill_monitoring_layout(row, a.monitoring_layout)
    return row


def fill_product(row: AssessmentRow, p: Product) -> None:
    row.product_name, row.product_unit, row.product_extra = p.name, p.unit, _x(p.extra)


def fill_consultant(row: AssessmentRow, c: Consultant) -> None:
    row.consultant_name = c.name
    row.consultant_organisation = c.organisation
    row.consultant_email = c.email
    row.consultant_phone = c.phone
    row.consultant_extra = _x(c.extra)


def fill_settings(row: AssessmentRow, s: Settings) -> None:
    row.discount_rate = s.discount_rate
    row.grid_emission_factor_year = s.grid_emission_factor_year
    row.balance_tolerance_percent = s.balance_tolerance_percent
    row.settings_savings_methods = dict(s.savings_methods)
    row.settings_regression_min_r2 = s.regression_min_r2
    row.settings_regression_max_p_slope = s.regression_max_p_slope
    row.settings_extra = _x(s.extra)


def product_from_row(row: AssessmentRow) -> Product:
    return Product(row.product_name, row.product_unit, _x(row.product_extra))


def consultant_from_row(row: AssessmentRow) -> Consultant:
    return Consultant(
        row.consultant_name,
        row.consultant_organisation,
        row.consultant_email,
        row.consultant_phone,
        _x(row.consultant_extra),
    )


def settings_from_row(row: AssessmentRow) -> Settings:
    return Settings(
        row.discount_rate,
        row.grid_emission_factor_year,
        row.balance_tolerance_percent,
        savings_methods=dict(row.settings_savings_methods or {}),
        regression_min_r2=_number(row.settings_regression_min_r2),
        regression_max_p_slope=_number(row.settings_regression_max_p_slope),
        extra=_x(row.settings_extra),
    )


# -- facility ------------------------------------------------------------------------------------


def fill_facility(row: FacilityRow, f: Facility) -> FacilityRow:
    row.name, row.tax_code, row.province = f.name, f.tax_code, f.province
    row.address, row.vsic, row.sector, row.employees = f.address, f.vsic, f.sector, f.employees
    row.design_capacity_value, row.design_capacity_unit = _qv(f.design_capacity)
    row.products = list(f.products)
    row.extra = _x(f.extra)
    return row


def facility_from_row(row: FacilityRow | None) -> Facility:
    if row is None:
        return Facility()
    return Facility(
        row.name,
        row.tax_code,
        row.province,
        row.address,
        row.vsic,
        row.sector,
        row.employees,  # type: ignore[arg-type]  # None is kept as None
        _q(row.design_capacity_value, row.design_capacity_unit),
        list(row.products or []),
        _x(row.extra),
    )


# -- lists ---------------------------------------------------------------------------------------


def fill_team_member(row: TeamMemberRow, m: TeamMember, position: int) -> TeamMemberRow:
    row.position, row.name, row.job_position, row.role = position, m.name, m.position, m.role
    row.extra = _x(m.extra)
    return row


def team_member_from_row(row: TeamMemberRow) -> TeamMember:
    return TeamMember(row.name, row.job_position, row.role, _x(row.extra))


def fill_period(row: PeriodRow, key: str, p: Period) -> PeriodRow:
    row.key, row.start, row.end = key, p.start, p.end
    row.production_value, row.production_unit = float(p.production.value), p.production.unit
    row.extra = _x(p.extra)
    return row


def period_from_row(row: PeriodRow) -> Period:
    return Period(row.start, row.end, Quantity(row.production_value, row.production_unit), _x(row.extra))


def fill_consumption(row: ConsumptionRow, c: Consumption, position: int) -> ConsumptionRow:
    row.position, row.resource, row.carrier, row.period = position, c.resource, c.carrier, c.period
    value = c.quantity.value
    row.quantity_value, row.quantity_unit = (None if value is None else float(value)), c.quantity.unit
    row.unit_price_value, row.unit_price_unit = _qv(c.unit_price)
    row.extra = _x(c.extra)
    return row


def consumption_from_row(row: ConsumptionRow) -> Consumption:
    return Consumption(
        row.resource,
        row.period,
        Quantity(row.quantity_value, row.quantity_unit),  # type: ignore[arg-type]  # None: not entered
        row.carrier,
        _q(row.unit_price_value, row.unit_price_unit),
        _x(row.extra),
    )


def fill_process_step(row: ProcessStepRow, s: ProcessStep, position: int) -> ProcessStepRow:
    """The step's own columns; its flows are filled separately (see `step_to_row`)."""
    row.step_id, row.position, row.name, row.order, row.focus = s.id, position, s.name, s.order, s.focus
    row.basis_value, row.basis_unit = float(s.basis.value), s.basis.unit
    row.basis_label = s.basis_label
    row.extra = _x(s.extra)
    return row


def process_step_from_row(row: ProcessStepRow, flows: list[Flow] | None = None) -> ProcessStep:
    return ProcessStep(
        row.step_id,
        row.name,
        row.order,
        Quantity(row.basis_value, row.basis_unit),
        row.focus,
        flows if flows is not None else [],
        basis_label=row.basis_label or "",
        extra=_x(row.extra),
    )


def fill_flow(row: FlowRow, f: Flow, position: int) -> FlowRow:
    row.flow_id, row.position, row.direction, row.kind = f.id, position, f.direction, f.kind
    row.name, row.resource = f.name, f.resource
    row.quantity_value, row.quantity_unit = float(f.quantity.value), f.quantity.unit
    row.unit_price_value, row.unit_price_unit = _qv(f.unit_price)
    row.treatment_cost_value, row.treatment_cost_unit = _qv(f.treatment_cost)
    row.causes = list(f.causes)
    row.extra = _x(f.extra)
    return row


def flow_from_row(row: Any) -> Flow:
    """A Flow from a FlowRow or a Core row of the flow table (same names)."""
    return Flow(
        row.flow_id,
        row.direction,
        row.kind,
        row.name,
        Quantity(row.quantity_value, row.quantity_unit),
        row.resource,
        _q(row.unit_price_value, row.unit_price_unit),
        _q(row.treatment_cost_value, row.treatment_cost_unit),
        list(row.causes or []),
        _x(row.extra),
    )


def _saving_to_json(rs: ResourceSaving) -> dict[str, Any]:
    return {
        "resource": rs.resource,
        "quantity": {"value": float(rs.quantity.value), "unit": rs.quantity.unit},
        "extra": _x(rs.extra),
    }


def _saving_from_json(d: dict[str, Any]) -> ResourceSaving:
    q = d["quantity"]
    return ResourceSaving(d["resource"], Quantity(q["value"], q["unit"]), _x(d.get("extra")))


def fill_option(row: OptionRow, o: Option, position: int) -> OptionRow:
    row.option_id, row.position, row.title, row.category = o.id, position, o.title, o.category
    row.cost_class, row.status, row.process_step, row.screening = o.cost_class, o.status, o.process_step, o.screening
    row.investment_value, row.investment_unit = _qv(o.investment)
    row.annual_operating_cost_value, row.annual_operating_cost_unit = _qv(o.annual_operating_cost)
    row.annual_saving_value, row.annual_saving_unit = _qv(o.annual_saving)
    row.lifetime_years = o.lifetime_years
    row.resource_savings = [_saving_to_json(rs) for rs in o.resource_savings]
    row.technical, row.environmental = o.technical, o.environmental
    row.responsible, row.planned_date, row.done_date = o.responsible, o.planned_date, o.done_date
    row.extra = _x(o.extra)
    return row


def option_from_row(row: OptionRow) -> Option:
    return Option(
        row.option_id,
        row.title,
        row.category,
        row.cost_class,
        row.status,
        row.process_step,
        row.screening,
        _q(row.investment_value, row.investment_unit),
        _q(row.annual_operating_cost_value, row.annual_operating_cost_unit),
        _q(row.annual_saving_value, row.annual_saving_unit),
        _number(row.lifetime_years),
        [_saving_from_json(d) for d in row.resource_savings or []],
        row.technical,
        row.environmental,
        responsible=row.responsible or "",
        planned_date=row.planned_date,
        done_date=row.done_date,
        extra=_x(row.extra),
    )


def fill_task(row: TaskProgressRow, t: TaskProgress, position: int) -> TaskProgressRow:
    row.task, row.position, row.done, row.notes, row.extra = t.task, position, t.done, t.notes, _x(t.extra)
    return row


def task_from_row(row: TaskProgressRow) -> TaskProgress:
    return TaskProgress(row.task, row.done, row.notes, _x(row.extra))


def _reading_q(value: float | None, unit: str | None) -> Quantity | None:
    """A reading's quantity: None when there is no unit; a null value with a unit is "not entered"."""
    return None if unit is None else Quantity(value, unit)  # type: ignore[arg-type]


def _entry_to_json(e: ReadingEntry) -> dict[str, Any]:
    value = None if e.quantity.value is None else float(e.quantity.value)
    return {
        "resource": e.resource,
        "carrier": e.carrier,
        "quantity": {"value": value, "unit": e.quantity.unit},
        "extra": _x(e.extra),
    }


def _entry_from_json(d: dict[str, Any]) -> ReadingEntry:
    q = d["quantity"]
    return ReadingEntry(d["resource"], Quantity(q["value"], q["unit"]), d.get("carrier"), _x(d.get("extra")))


def fill_reading(row: ReadingRow, r: Reading, position: int) -> ReadingRow:
    row.position, row.period, row.start, row.end = position, r.period, r.start, r.end
    if r.production is None:
        row.production_value, row.production_unit = None, None
    else:
        value = r.production.value
        row.production_value, row.production_unit = (None if value is None else float(value)), r.production.unit
    row.consumption = [_entry_to_json(e) for e in r.consumption]
    row.drivers = {k: (None if v is None else float(v)) for k, v in r.drivers.items()}
    row.extra = _x(r.extra)
    return row


def reading_from_row(row: ReadingRow) -> Reading:
    return Reading(
        row.period,
        row.start,
        row.end,
        _reading_q(row.production_value, row.production_unit),
        [_entry_from_json(d) for d in row.consumption or []],
        {k: _number(v) for k, v in (row.drivers or {}).items()},  # type: ignore[misc]
        _x(row.extra),
    )


# -- whole documents -----------------------------------------------------------------------------


def step_to_row(s: ProcessStep, position: int, with_flows: bool = True) -> ProcessStepRow:
    row = fill_process_step(ProcessStepRow(), s, position)
    if with_flows:
        row.flows = [fill_flow(FlowRow(), f, j) for j, f in enumerate(s.flows)]
    return row


def flow_values(f: Flow, position: int, process_step_id: int) -> dict[str, Any]:
    """The columns of a flow row, for a bulk insert (the same values fill_flow sets)."""
    price_value, price_unit = _qv(f.unit_price)
    cost_value, cost_unit = _qv(f.treatment_cost)
    return {
        "process_step_id": process_step_id,
        "flow_id": f.id,
        "position": position,
        "direction": f.direction,
        "kind": f.kind,
        "name": f.name,
        "resource": f.resource,
        "quantity_value": float(f.quantity.value),
        "quantity_unit": f.quantity.unit,
        "unit_price_value": price_value,
        "unit_price_unit": price_unit,
        "treatment_cost_value": cost_value,
        "treatment_cost_unit": cost_unit,
        "causes": list(f.causes),
        "extra": _x(f.extra),
    }


def assessment_to_rows(a: Assessment, with_flows: bool = True) -> AssessmentRow:
    """A new, transient AssessmentRow with every child row attached (add it to a session).
    Without flows, the steps come bare: insert their flows in bulk after a flush (`flow_values`)."""
    row = fill_assessment(AssessmentRow(), a)
    row.facility = fill_facility(FacilityRow(assessment_id=a.id), a.facility)
    row.team = [fill_team_member(TeamMemberRow(), m, i) for i, m in enumerate(a.team)]
    row.periods = [
        fill_period(PeriodRow(), key, p)
        for key, p in (("baseline", a.baseline), ("reporting", a.reporting))
        if p is not None
    ]
    row.consumption = [fill_consumption(ConsumptionRow(), c, i) for i, c in enumerate(a.consumption)]
    row.process_steps = [step_to_row(s, i, with_flows) for i, s in enumerate(a.process_steps)]
    row.options = [fill_option(OptionRow(), o, i) for i, o in enumerate(a.options)]
    row.tasks = [fill_task(TaskProgressRow(), t, i) for i, t in enumerate(a.tasks)]
    row.readings = [fill_reading(ReadingRow(), r, i) for i, r in enumerate(a.readings)]
    return row


def rows_to_assessment(
    row: AssessmentRow, *, with_flows: bool = True, flows: dict[int, list[Flow]] | None = None
) -> Assessment:
    """The domain Assessment of a loaded row. Without flows, each step's `flows` is empty
    (used by operations that do not need them); `flows` may give them by process_step row id,
    already in order (loaded in bulk, see Store.get_assessment)."""
    periods = {p.key: period_from_row(p) for p in row.periods}

    def step_flows(s: ProcessStepRow) -> list[Flow] | None:
        if not with_flows:
            return None
        if flows is not None:
            return flows.get(s.id, [])
        return [flow_from_row(f) for f in sorted(s.flows, key=lambda r: r.position)]

    return Assessment(
        id=row.id,
        revision=row.revision,
        created_at=row.created_at,
        updated_at=row.updated_at,
        language=row.language,
        assessment_type=row.assessment_type,
        template=row.template,
        facility=facility_from_row(row.facility),
        consultant=consultant_from_row(row),
        team=[team_member_from_row(m) for m in sorted(row.team, key=lambda r: r.position)],
        product=product_from_row(row),
        baseline=periods.get("baseline"),
        reporting=periods.get("reporting"),
        consumption=[consumption_from_row(c) for c in sorted(row.consumption, key=lambda r: r.position)],
        process_steps=[
            process_step_from_row(s, step_flows(s)) for s in sorted(row.process_steps, key=lambda r: r.position)
        ],
        options=[option_from_row(o) for o in sorted(row.options, key=lambda r: r.position)],
        tasks=[task_from_row(t) for t in sorted(row.tasks, key=lambda r: r.position)],
        settings=settings_from_row(row),
        focus_matrix=focus_matrix_from_row(row),
        maintenance=maintenance_from_row(row),
        executive_summary=row.executive_summary or "",
        conclusions=row.conclusions or "",
        benchmark_process=row.benchmark_process,
        monitoring_layout=monitoring_layout_from_row(row),
        extra=_x(row.extra),
        periods_extra=_x(row.periods_extra),
        readings=[reading_from_row(r) for r in sorted(row.readings, key=lambda r: r.position)],
    )
