"""Checks of meaning that a JSON Schema cannot make: units of the right kind, positive production,
periods in order, tax codes, references between records. Each problem names its field."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .limits import value_problems
from .methodology import TASKS
from .model import ASSESSMENT_TYPES, LANGUAGES, Assessment, Consumption, Flow, Option
from .quantities import PHYSICAL_KINDS, Quantity, UnitError, kind_of, parse_unit, require_kind, require_rate
from .readings import reading_problems
from .reference import carriers
from .regression import threshold_problems

TAX_CODE = re.compile(r"^[0-9]{10}(-[0-9]{3})?$")  # ASCII digits only: \d takes ٣ and ３ too


@dataclass(frozen=True)
class Problem:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(ValueError):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(str(problems[0]) if problems else "invalid")


def check_tax_code(value: str, field: str = "facility.tax_code") -> None:
    if value and not TAX_CODE.match(value):
        raise UnitError(f"{field}: '{value}' is not a tax code (10 digits, optionally '-NNN' for a branch)")


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


def _check(problems: list[Problem], field: str, fn, *args) -> bool:  # type: ignore[no-untyped-def]
    try:
        fn(*args)
        return True
    except UnitError as exc:
        text = str(exc)
        prefix = f"{field}: "
        problems.append(Problem(field, text[len(prefix) :] if text.startswith(prefix) else text))
        return False


def _price(problems: list[Problem], field: str, price: Quantity | None, per_unit: str, density: bool) -> None:
    if price is None:
        return
    if density:  # a fuel priced per t while metered in L is fine: the carrier has a density
        ok_kinds = ("mass", "volume", "energy")
        _check(problems, field, require_rate, price.unit, "currency", None, field, ok_kinds)
    else:
        _check(problems, field, require_rate, price.unit, "currency", per_unit, field)


def _consumption(problems: list[Problem], i: int, c: Consumption) -> None:
    field = f"consumption[{i}].quantity"
    key = c.carrier_key
    if c.carrier is not None and c.carrier not in carriers():
        problems.append(Problem(f"consumption[{i}].carrier", f"unknown energy carrier '{c.carrier}'"))
    kinds = resource_kinds(key)
    labelled = f"{field} ({c.resource})"
    if _check(problems, labelled, require_kind, c.quantity.unit, kinds, labelled):
        carrier = carriers().get(key)
        _price(
            problems,
            f"consumption[{i}].unit_price",
            c.unit_price,
            c.quantity.unit,
            bool(carrier and carrier.density_t_per_m3),
        )
    if c.quantity.value is not None and c.quantity.value < 0:  # None: not entered yet
        problems.append(Problem(field, "must not be negative"))


def _flow(problems: list[Problem], where: str, f: Flow) -> None:
    field = f"{where}.quantity"
    if _check(problems, field, parse_unit, f.quantity.unit, field):
        if kind_of(f.quantity.unit) not in PHYSICAL_KINDS:
            problems.append(Problem(field, f"'{f.quantity.unit}' is not a mass, volume, energy or count"))
        elif f.resource and not _check(
            problems,
            f"{field} ({f.resource})",
            require_kind,
            f.quantity.unit,
            resource_kinds(f.resource),
            f"{field} ({f.resource})",
        ):
            pass
        else:
            _price(problems, f"{where}.unit_price", f.unit_price, f.quantity.unit, False)
            _price(problems, f"{where}.treatment_cost", f.treatment_cost, f.quantity.unit, False)
    if f.quantity.value < 0:
        problems.append(Problem(field, "must not be negative"))


def _money(problems: list[Problem], field: str, q: Quantity | None, per_year: bool) -> None:
    if q is None:
        return
    if per_year:
        try:
            require_kind(q.unit, ("currency",), field)
        except UnitError:
            _check(problems, field, require_rate, q.unit, "currency", None, field, ("time",))
    else:
        _check(problems, field, require_kind, q.unit, ("currency",), field)


def _option(problems: list[Problem], i: int, o: Option, step_ids: set[str]) -> None:
    where = f"options[{i}]"
    if o.process_step is not None and o.process_step not in step_ids:
        problems.append(Problem(f"{where}.process_step", f"no process step with id '{o.process_step}'"))
    _money(problems, f"{where}.investment", o.investment, False)
    _money(problems, f"{where}.annual_saving", o.annual_saving, True)
    _money(problems, f"{where}.annual_operating_cost", o.annual_operating_cost, True)
    if o.lifetime_years is not None and o.lifetime_years <= 0:
        problems.append(Problem(f"{where}.lifetime_years", "must be more than 0 years"))
    for j, rs in enumerate(o.resource_savings):
        _check(
            problems,
            f"{where}.resource_savings[{j}].quantity",
            parse_unit,
            rs.quantity.unit,
            f"{where}.resource_savings[{j}].quantity",
        )


def _dates(problems: list[Problem], key: str, start: str, end: str) -> None:
    try:
        d_start, d_end = date.fromisoformat(start), date.fromisoformat(end)
    except ValueError:
        problems.append(Problem(f"periods.{key}", "dates must be YYYY-MM-DD"))
        return
    if d_end < d_start:
        problems.append(Problem(f"periods.{key}.end", f"{end} is before the start {start}"))


def validate_assessment(a: Assessment) -> list[Problem]:
    """Every problem of meaning in an assessment; empty when it is sound."""
    problems: list[Problem] = [Problem(f, msg) for f, msg in value_problems(a)]
    if a.assessment_type not in ASSESSMENT_TYPES:
        problems.append(
            Problem("assessment_type", f"'{a.assessment_type}' is not one of {', '.join(ASSESSMENT_TYPES)}")
        )
    if a.language not in LANGUAGES:
        problems.append(Problem("language", f"'{a.language}' is not one of {', '.join(LANGUAGES)}"))
    _check(problems, "facility.tax_code", check_tax_code, a.facility.tax_code)
    if a.facility.employees is not None and a.facility.employees < 0:
        problems.append(Problem("facility.employees", "must not be negative"))
    if a.facility.design_capacity is not None:
        _check(
            problems,
            "facility.design_capacity",
            parse_unit,
            a.facility.design_capacity.unit,
            "facility.design_capacity",
        )
    product_ok = True
    if a.product.unit:
        product_ok = _check(problems, "product.unit", require_kind, a.product.unit, PHYSICAL_KINDS, "product.unit")
    for key in ("baseline", "reporting"):
        period = a.period(key)
        if period is None:
            continue
        field = f"periods.{key}.production"
        _dates(problems, key, period.start, period.end)
        if period.production.value <= 0:
            problems.append(Problem(field, f"must be more than 0 (got {period.production.value:g})"))
        if _check(problems, field, parse_unit, period.production.unit, field) and a.product.unit and product_ok:
            try:
                require_kind(period.production.unit, (kind_of(a.product.unit) or "count",), field)
            except UnitError:
                problems.append(
                    Problem(
                        field, f"'{period.production.unit}' cannot be converted to the product unit '{a.product.unit}'"
                    )
                )
    for i, c in enumerate(a.consumption):
        if a.period(c.period) is None:
            problems.append(Problem(f"consumption[{i}].period", f"there is no {c.period} period"))
        _consumption(problems, i, c)
    step_ids: set[str] = set()
    for i, s in enumerate(a.process_steps):
        if s.id in step_ids:
            problems.append(Problem(f"process_steps[{i}].id", f"'{s.id}' is used twice"))
        step_ids.add(s.id)
        field = f"process_steps[{i}].basis"
        if s.basis.value <= 0:
            problems.append(Problem(field, "must be more than 0"))
        if _check(problems, field, parse_unit, s.basis.unit, field) and a.product.unit and product_ok:
            try:
                require_kind(s.basis.unit, (kind_of(a.product.unit) or "count",), field)
            except UnitError:
                problems.append(Problem(field, f"'{s.basis.unit}' is not in units of the product ({a.product.unit})"))
        flow_ids: set[str] = set()
        for j, f in enumerate(s.flows):
            if f.id in flow_ids:
                problems.append(Problem(f"process_steps[{i}].flows[{j}].id", f"'{f.id}' is used twice"))
            flow_ids.add(f.id)
            _flow(problems, f"process_steps[{i}].flows[{j}]", f)
    for i, o in enumerate(a.options):
        _option(problems, i, o, step_ids)
    seen_tasks: set[int] = set()
    for i, t in enumerate(a.tasks):
        if t.task not in TASKS:
            problems.append(Problem(f"tasks[{i}].task", f"{t.task} is not a task number (1 to 18)"))
        if t.task in seen_tasks:
            problems.append(Problem(f"tasks[{i}].task", f"task {t.task} is listed twice"))
        seen_tasks.add(t.task)
    if not 0 <= a.settings.balance_tolerance_percent <= 100:
        problems.append(Problem("settings.balance_tolerance_percent", "must be between 0 and 100"))
    if a.settings.discount_rate < 0:
        problems.append(Problem("settings.discount_rate", "must not be negative"))
    problems.extend(Problem(f, msg) for f, msg in reading_problems(a))
    problems.extend(Problem(f, msg) for f, msg in threshold_problems(a.settings))
    return problems
