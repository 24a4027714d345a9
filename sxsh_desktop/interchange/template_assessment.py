"""A new assessment laid out from a sector template: its steps with the template's typical flows (each a
placeholder at zero), its options proposed, and a placeholder baseline (the last calendar year, production
1 product unit) that the report and the savings name as a placeholder until the consultant enters the real one."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from ..domain.model import Assessment, Consultant, Facility, Flow, Option, Period, ProcessStep, Product
from ..domain.quantities import Quantity
from .template_monitoring import layout_for
from .templates import AssessmentTemplate, TemplateProblem


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def placeholder_baseline(unit: str, today: date | None = None) -> Period:
    """The last calendar year, production 1 product unit, marked as a placeholder (see the module doc)."""
    year = (today or date.today()).year - 1
    start, end = f"{year}-01-01", f"{year}-12-31"
    marker = {"start": start, "end": end, "production": {"value": 1, "unit": unit}}
    return Period(start, end, Quantity(1.0, unit), {"placeholder": marker})


def new_assessment_from_template(
    template: AssessmentTemplate,
    facility_name: str,
    language: str = "vi",
    consultant: Consultant | None = None,
    *,
    today: date | None = None,
) -> Assessment:
    """A new assessment (new id) laid out from a template; nothing is stored here."""
    name = facility_name.strip()
    if not name:
        raise TemplateProblem("facility: the facility name is empty")
    if language not in ("vi", "en"):
        raise TemplateProblem(f"language: '{language}' is not vi or en")
    now = _now()
    unit = template.product_unit
    steps = []
    for order, s in enumerate(template.steps, start=1):
        flows = []
        counters = {"input": 0, "output": 0}
        for f in s.flows:
            counters[f.direction] += 1
            prefix = "in" if f.direction == "input" else "out"
            flows.append(
                Flow(
                    id=f"{s.key}-{prefix}-{counters[f.direction]}",
                    direction=f.direction,
                    kind=f.kind,
                    name=f.name(language),
                    quantity=Quantity(0.0, f.unit),
                    resource=f.resource,
                    extra={"placeholder": True},
                )
            )
        steps.append(ProcessStep(id=s.key, name=s.name(language), order=order, basis=Quantity(1.0, unit), flows=flows))
    options = [
        Option(
            id=f"T{i}",
            title=o.title(language),
            category=o.category,
            cost_class=o.cost_class,
            status="proposed",
            process_step=o.step,
            screening=None,
            technical=o.explanation(language),
        )
        for i, o in enumerate(template.options, start=1)
    ]
    return Assessment(
        id=str(uuid.uuid4()),
        created_at=now,
        updated_at=now,
        language=language,
        template=template.key,
        facility=Facility(name=name, vsic=template.vsic[0] if template.vsic else "", sector=template.sector(language)),
        consultant=consultant or Consultant(),
        product=Product(template.product_name(language), unit),
        baseline=placeholder_baseline(unit, today),
        process_steps=steps,
        options=options,
        monitoring_layout=layout_for(template.monitoring, template.steps, language) if template.monitoring else None,
    )
