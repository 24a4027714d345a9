"""The assessment document, format 1: the JSON contract with the ministry's database.

`read_document` / `parse_document` turn a file or a decoded object into an Assessment, after
the JSON Schema and the unit and meaning checks; `to_document` gives the object back. Fields
this app does not know are kept in each record's `extra` and written out again unchanged.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from ..domain.message import Message
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
    TaskProgress,
    TeamMember,
)
from ..domain.validation import validate_assessment
from .document_schema import FORMAT, FORMAT_VERSION, DocumentError, check_document
from .document_schema import SCHEMA_FILE as SCHEMA_FILE  # importable from here, as before
from .document_schema import schema as schema
from .document_schema import schema_bytes as schema_bytes
from .document_values import quantity as _q
from .document_values import quantity_doc as _qd
from .document_values import required_quantity as _qq
from .document_values import set_fields as _set
from .document_values import unknown_fields as _rest
from .document_values import unvalued_quantity as _reading_q
from .document_values import unvalued_quantity_doc as _reading_qd
from .document_values import with_extra as _with
from .method_document import monitoring_layout as _monitoring_layout
from .method_document import monitoring_layout_doc as _monitoring_layout_doc
from .method_document import settings as _settings
from .method_document import settings_doc as _settings_doc
from .planning_document import focus_matrix as _focus_matrix
from .planning_document import focus_matrix_doc as _focus_matrix_doc
from .planning_document import maintenance as _maintenance
from .planning_document import maintenance_doc as _maintenance_doc
from .readings_document import reading as _reading
from .readings_document import readings_document

_FACILITY = ("name", "tax_code", "province", "address", "vsic", "sector", "employees", "design_capacity", "products")
_CONSULTANT = ("name", "organisation", "email", "phone")
_MEMBER = ("name", "position", "role")
_PERIOD = ("start", "end", "production")
_CONSUMPTION = ("resource", "carrier", "period", "quantity", "unit_price")
_STEP = ("id", "name", "order", "focus", "basis", "flows", "basis_label")
_FLOW = ("id", "direction", "kind", "name", "resource", "quantity", "unit_price", "treatment_cost", "causes")
_OPTION = (
    "id",
    "title",
    "category",
    "process_step",
    "cost_class",
    "screening",
    "status",
    "investment",
    "annual_operating_cost",
    "annual_saving",
    "lifetime_years",
    "resource_savings",
    "technical",
    "environmental",
    "responsible",
    "planned_date",
    "done_date",
)
_TOP = (
    "format",
    "format_version",
    "id",
    "revision",
    "created_at",
    "updated_at",
    "language",
    "assessment_type",
    "template",
    "facility",
    "consultant",
    "team",
    "product",
    "periods",
    "consumption",
    "process_steps",
    "options",
    "tasks",
    "settings",
    "readings",
    "focus_matrix",
    "maintenance",
    "executive_summary",
    "conclusions",
    "benchmark_process",
    "monitoring_layout",
)


def _period(raw: dict[str, Any] | None) -> Period | None:
    if raw is None:
        return None
    return Period(raw["start"], raw["end"], _qq(raw["production"]), _rest(raw, _PERIOD))


def _flow(raw: dict[str, Any]) -> Flow:
    return Flow(
        id=raw["id"],
        direction=raw["direction"],
        kind=raw["kind"],
        name=raw["name"],
        quantity=_qq(raw["quantity"]),
        resource=raw.get("resource"),
        unit_price=_q(raw.get("unit_price")),
        treatment_cost=_q(raw.get("treatment_cost")),
        causes=list(raw.get("causes", [])),
        extra=_rest(raw, _FLOW),
    )


def _option(raw: dict[str, Any]) -> Option:
    return Option(
        id=raw["id"],
        title=raw["title"],
        category=raw["category"],
        cost_class=raw["cost_class"],
        status=raw["status"],
        process_step=raw.get("process_step"),
        screening=raw.get("screening"),
        investment=_q(raw.get("investment")),
        annual_operating_cost=_q(raw.get("annual_operating_cost")),
        annual_saving=_q(raw.get("annual_saving")),
        lifetime_years=raw.get("lifetime_years"),
        resource_savings=[
            ResourceSaving(r["resource"], _qq(r["quantity"]), _rest(r, ("resource", "quantity")))
            for r in raw.get("resource_savings", [])
        ],
        technical=raw.get("technical", ""),
        environmental=raw.get("environmental", ""),
        responsible=raw.get("responsible", ""),
        planned_date=raw.get("planned_date") or None,
        done_date=raw.get("done_date") or None,
        extra=_rest(raw, _OPTION),
    )


def from_document(doc: dict[str, Any]) -> Assessment:
    """An Assessment from a document already checked against the schema."""
    fac = doc["facility"]
    cons = doc.get("consultant", {})
    periods = doc["periods"]
    return Assessment(
        id=str(doc["id"]).lower(),  # one spelling: an upper-case copy is the same assessment
        revision=doc.get("revision", 1),
        created_at=doc.get("created_at", ""),
        updated_at=doc.get("updated_at", ""),
        language=doc.get("language", "vi"),
        assessment_type=doc.get("assessment_type", "rapid"),
        template=doc.get("template"),
        facility=Facility(
            name=fac["name"],
            tax_code=fac.get("tax_code", ""),
            province=fac.get("province", ""),
            address=fac.get("address", ""),
            vsic=fac.get("vsic", ""),
            sector=fac.get("sector", ""),
            employees=fac.get("employees", 0),
            design_capacity=_q(fac.get("design_capacity")),
            products=list(fac.get("products", [])),
            extra=_rest(fac, _FACILITY),
        ),
        consultant=Consultant(
            cons.get("name", ""),
            cons.get("organisation", ""),
            cons.get("email", ""),
            cons.get("phone", ""),
            _rest(cons, _CONSULTANT),
        ),
        team=[
            TeamMember(m["name"], m.get("position", ""), m.get("role", ""), _rest(m, _MEMBER))
            for m in doc.get("team", [])
        ],
        product=Product(doc["product"]["name"], doc["product"]["unit"], _rest(doc["product"], ("name", "unit"))),
        baseline=_period(periods.get("baseline")),
        reporting=_period(periods.get("reporting")),
        periods_extra=_rest(periods, ("baseline", "reporting")),
        consumption=[
            Consumption(
                resource=c["resource"],
                period=c["period"],
                quantity=_reading_q(c["quantity"]),  # type: ignore[arg-type]  # a null value: not entered
                carrier=c.get("carrier"),
                unit_price=_q(c.get("unit_price")),
                extra=_rest(c, _CONSUMPTION),
            )
            for c in doc["consumption"]
        ],
        process_steps=[
            ProcessStep(
                id=s["id"],
                name=s["name"],
                order=s["order"],
                basis=_qq(s["basis"]),
                focus=s.get("focus", False),
                flows=[_flow(f) for f in s["flows"]],
                basis_label=s.get("basis_label", ""),
                extra=_rest(s, _STEP),
            )
            for s in doc["process_steps"]
        ],
        options=[_option(o) for o in doc["options"]],
        tasks=[
            TaskProgress(t["task"], t["done"], t.get("notes", ""), _rest(t, ("task", "done", "notes")))
            for t in doc.get("tasks", [])
        ],
        settings=_settings(doc.get("settings", {})),
        focus_matrix=_focus_matrix(doc.get("focus_matrix")),
        maintenance=_maintenance(doc.get("maintenance")),
        executive_summary=doc.get("executive_summary", ""),
        conclusions=doc.get("conclusions", ""),
        benchmark_process=doc.get("benchmark_process"),
        monitoring_layout=_monitoring_layout(doc.get("monitoring_layout")),
        extra=_rest(doc, _TOP),
        readings=[_reading(r) for r in doc.get("readings", [])],
    )


def to_document(a: Assessment) -> dict[str, Any]:
    """The document of an assessment, in the spec's order, with every kept unknown field."""
    f = a.facility
    doc: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "id": a.id,
        "revision": a.revision,
        "created_at": a.created_at,
        "updated_at": a.updated_at,
        "language": a.language,
        "assessment_type": a.assessment_type,
        "template": a.template,
        "facility": _with(
            f.extra,
            name=f.name,
            tax_code=f.tax_code,
            province=f.province,
            address=f.address,
            vsic=f.vsic,
            sector=f.sector,
            employees=f.employees,
            design_capacity=_qd(f.design_capacity),
            products=list(f.products),
        ),
        "consultant": _with(
            a.consultant.extra,
            name=a.consultant.name,
            organisation=a.consultant.organisation,
            email=a.consultant.email,
            phone=a.consultant.phone,
        ),
        "team": [_with(m.extra, name=m.name, position=m.position, role=m.role) for m in a.team],
        "product": _with(a.product.extra, name=a.product.name, unit=a.product.unit),
        "periods": _with(a.periods_extra, baseline=_period_doc(a.baseline), reporting=_period_doc(a.reporting)),
        "consumption": [
            _with(
                c.extra,
                resource=c.resource,
                carrier=c.carrier,
                period=c.period,
                quantity=_reading_qd(c.quantity),
                unit_price=_qd(c.unit_price),
            )
            for c in a.consumption
        ],
        "process_steps": [
            _with(
                s.extra,
                **_set({"id": s.id, "name": s.name, "order": s.order, "focus": s.focus}, basis_label=s.basis_label),
                basis=_qd(s.basis),
                flows=[
                    _with(
                        fl.extra,
                        id=fl.id,
                        direction=fl.direction,
                        kind=fl.kind,
                        name=fl.name,
                        resource=fl.resource,
                        quantity=_qd(fl.quantity),
                        unit_price=_qd(fl.unit_price),
                        treatment_cost=_qd(fl.treatment_cost),
                        causes=list(fl.causes),
                    )
                    for fl in s.flows
                ],
            )
            for s in a.process_steps
        ],
        "options": [
            _with(
                o.extra,
                id=o.id,
                title=o.title,
                category=o.category,
                process_step=o.process_step,
                cost_class=o.cost_class,
                screening=o.screening,
                status=o.status,
                investment=_qd(o.investment),
                annual_operating_cost=_qd(o.annual_operating_cost),
                annual_saving=_qd(o.annual_saving),
                lifetime_years=o.lifetime_years,
                resource_savings=[
                    _with(r.extra, resource=r.resource, quantity=_qd(r.quantity)) for r in o.resource_savings
                ],
                **_set(
                    {"technical": o.technical, "environmental": o.environmental},
                    responsible=o.responsible,
                    planned_date=o.planned_date,
                    done_date=o.done_date,
                ),
            )
            for o in a.options
        ],
        "tasks": [_with(t.extra, task=t.task, done=t.done, notes=t.notes) for t in a.tasks],
        "settings": _settings_doc(a.settings),
    }
    if a.readings:  # a document without readings stays as it was (and keeps its digest)
        doc["readings"] = readings_document(a.readings)
    doc.update(
        _set(
            {},
            focus_matrix=_focus_matrix_doc(a.focus_matrix),
            maintenance=_maintenance_doc(a.maintenance),
            executive_summary=a.executive_summary,
            conclusions=a.conclusions,
            benchmark_process=a.benchmark_process,
            monitoring_layout=_monitoring_layout_doc(a.monitoring_layout),
        )
    )
    doc.update(a.extra)
    return doc


def _period_doc(p: Period | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return _with(p.extra, start=p.start, end=p.end, production=_qd(p.production))


def parse_document(doc: Any) -> Assessment:
    """A checked Assessment from a decoded JSON object, or DocumentError."""
    from .bounded_json import JSONLimitError, check_tree

    try:
        check_tree(doc)
    except JSONLimitError as exc:
        raise DocumentError(exc.said, "document") from None
    check_document(doc)
    assessment = from_document(doc)
    problems = validate_assessment(assessment)
    if problems:
        raise DocumentError(problems[0].said, problems[0].field)
    return assessment


def read_document(path: str | Path) -> Assessment:
    from .bounded_json import MAX_DOCUMENT_BYTES

    p = Path(path)
    try:
        with p.open("rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > MAX_DOCUMENT_BYTES:
                raise _refused("document.too_large", path=str(p), size=size, limit=MAX_DOCUMENT_BYTES)
            raw = fh.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as exc:
        raise _refused("document.cannot_read", path=str(p), error=str(exc.strerror or exc)) from None
    return parse_document(loads(raw, str(p)))


def loads(raw: bytes, name: str = "document") -> Any:
    """JSON within bounds (size, depth, number size, finite numbers, keys once, texts a database keeps)."""
    from .bounded_json import JSONLimitError, loads_bounded

    try:
        return loads_bounded(raw)
    except JSONLimitError as exc:
        raise _refused("document.bounds", path=name, problem=exc.said) from None
    except UnicodeDecodeError:
        raise _refused("document.not_utf8", path=name) from None
    except json.JSONDecodeError as exc:
        raise _refused("document.not_json", path=name, line=exc.lineno, column=exc.colno, error=exc.msg) from None


def _refused(code: str, **params: Any) -> DocumentError:
    """A file refused as a whole: the message names the file (a screen shows it too, not only the CLI)."""
    return DocumentError(Message(code, params))


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _canonical(value: Any) -> Any:
    """Numbers by value, not by spelling: 5, 5.0 and 5e0 are the same figure."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, dict):
        return {k: _canonical(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_canonical(v) for v in value]
    return value


def content_digest(doc: dict[str, Any]) -> str:
    """A digest of what the document says, leaving out its revision and time stamps."""
    body = {k: _canonical(v) for k, v in doc.items() if k not in ("revision", "updated_at", "created_at")}
    canonical = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
