"""Checks of meaning that a JSON Schema cannot make: units of the right kind, positive production,
periods in order, tax codes, references between records. Each problem names its field."""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as _field
from datetime import date
from typing import Any

from .limits import value_problems
from .message import Message, free_text, with_field
from .method_checks import method_problems
from .methodology import TASKS
from .model import ASSESSMENT_TYPES, LANGUAGES, Assessment, Consumption, Flow, Option
from .planning import planning_problems
from .quantities import PHYSICAL_KINDS, Quantity, UnitError, kind_of, parse_unit, require_kind, require_rate
from .readings import reading_problems
from .reference import carriers
from .reference import resource_kinds as resource_kinds  # imported from here by the screens

TAX_CODE = re.compile(r"^[0-9]{10}(-[0-9]{3})?$")  # ASCII digits only: \d takes ٣ and ３ too


@dataclass(frozen=True, init=False)
class Problem:
    """A refusal of one field: its path, the English words (what the CLI prints) and the message they
    were said from (`text(language)` says it again in another language)."""

    field: str
    message: str
    said: Message = _field(compare=False, repr=False)

    def __init__(self, field: str, message: str | Message) -> None:
        said = message if isinstance(message, Message) else free_text(message)
        object.__setattr__(self, "field", field)
        object.__setattr__(self, "message", said.text("en"))
        object.__setattr__(self, "said", said)

    @classmethod
    def of(cls, field: str, code: str, **params: Any) -> Problem:
        return cls(field, Message(code, params))

    def text(self, language: str = "en", *, screen: bool = False) -> str:
        """The refusal in `language`, the field by its path (the CLI) or its display name (`screen`)."""
        return with_field(self.field, self.said, language, screen=screen)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(ValueError):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(str(problems[0]) if problems else "invalid")


def check_tax_code(value: str, field: str = "facility.tax_code") -> None:
    if value and not TAX_CODE.match(value):
        raise UnitError.of(field, "value.tax_code", value=value)


def _check(problems: list[Problem], field: str, fn, *args) -> bool:  # type: ignore[no-untyped-def]
    try:
        fn(*args)
        return True
    except UnitError as exc:
        problems.append(Problem(field, exc.said))
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
        problems.append(Problem.of(f"consumption[{i}].carrier", "resource.unknown_carrier", carrier=c.carrier))
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
        problems.append(Problem.of(field, "value.not_negative"))


def _flow(problems: list[Problem], where: str, f: Flow) -> None:
    field = f"{where}.quantity"
    if _check(problems, field, parse_unit, f.quantity.unit, field):
        if kind_of(f.quantity.unit) not in PHYSICAL_KINDS:
            problems.append(Problem.of(field, "unit.not_physical", unit=f.quantity.unit))
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
        problems.append(Problem.of(field, "value.not_negative"))


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
        problems.append(Problem.of(f"{where}.process_step", "id.no_step", step=o.process_step))
    _money(problems, f"{where}.investment", o.investment, False)
    _money(problems, f"{where}.annual_saving", o.annual_saving, True)
    _money(problems, f"{where}.annual_operating_cost", o.annual_operating_cost, True)
    if o.lifetime_years is not None and o.lifetime_years <= 0:
        problems.append(Problem.of(f"{where}.lifetime_years", "value.positive_years"))
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
        problems.append(Problem.of(f"periods.{key}", "date.iso"))
        return
    if d_end < d_start:
        problems.append(Problem.of(f"periods.{key}.end", "date.end_before_start", end=d_end, start=d_start))


def validate_assessment(a: Assessment) -> list[Problem]:
    """Every problem of meaning in an assessment; empty when it is sound."""
    problems: list[Problem] = [Problem(f, said) for f, said in value_problems(a)]
    if a.assessment_type not in ASSESSMENT_TYPES:
        problems.append(
            Problem.of("assessment_type", "value.not_one_of", value=a.assessment_type, choices=ASSESSMENT_TYPES)
        )
    if a.language not in LANGUAGES:
        problems.append(Problem.of("language", "value.not_one_of", value=a.language, choices=LANGUAGES))
    _check(problems, "facility.tax_code", check_tax_code, a.facility.tax_code)
    if a.facility.employees is not None and a.facility.employees < 0:
        problems.append(Problem.of("facility.employees", "value.not_negative"))
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
            problems.append(Problem.of(field, "value.positive_got", value=period.production.value))
        if _check(problems, field, parse_unit, period.production.unit, field) and a.product.unit and product_ok:
            try:
                require_kind(period.production.unit, (kind_of(a.product.unit) or "count",), field)
            except UnitError:
                problems.append(
                    Problem.of(field, "unit.not_product", unit=period.production.unit, product=a.product.unit)
                )
    for i, c in enumerate(a.consumption):
        if a.period(c.period) is None:
            problems.append(Problem.of(f"consumption[{i}].period", "period.missing", period=c.period))
        _consumption(problems, i, c)
    step_ids: set[str] = set()
    for i, s in enumerate(a.process_steps):
        if s.id in step_ids:
            problems.append(Problem.of(f"process_steps[{i}].id", "id.used_twice", id=s.id))
        step_ids.add(s.id)
        field = f"process_steps[{i}].basis"
        if s.basis.value <= 0:
            problems.append(Problem.of(field, "value.positive"))
        if _check(problems, field, parse_unit, s.basis.unit, field) and a.product.unit and product_ok:
            try:
                require_kind(s.basis.unit, (kind_of(a.product.unit) or "count",), field)
            except UnitError:
                problems.append(Problem.of(field, "unit.not_of_product", unit=s.basis.unit, product=a.product.unit))
        flow_ids: set[str] = set()
        for j, f in enumerate(s.flows):
            if f.id in flow_ids:
                problems.append(Problem.of(f"process_steps[{i}].flows[{j}].id", "id.used_twice", id=f.id))
            flow_ids.add(f.id)
            _flow(problems, f"process_steps[{i}].flows[{j}]", f)
    for i, o in enumerate(a.options):
        _option(problems, i, o, step_ids)
    seen_tasks: set[int] = set()
    for i, t in enumerate(a.tasks):
        if t.task not in TASKS:
            problems.append(Problem.of(f"tasks[{i}].task", "value.task", task=str(t.task)))
        if t.task in seen_tasks:
            problems.append(Problem.of(f"tasks[{i}].task", "value.task_twice", task=str(t.task)))
        seen_tasks.add(t.task)
    if not 0 <= a.settings.balance_tolerance_percent <= 100:
        problems.append(Problem.of("settings.balance_tolerance_percent", "value.percent"))
    if a.settings.discount_rate < 0:
        problems.append(Problem.of("settings.discount_rate", "value.not_negative"))
    problems.extend(Problem(f, said) for f, said in reading_problems(a))
    problems.extend(Problem(f, said) for f, said in method_problems(a))
    problems.extend(Problem(f, said) for f, said in planning_problems(a))
    return problems
