"""Sector assessment templates: one TOML file per sector (process steps, typical flows, norms with
their source, typical options), checked against assessment_templates/template.schema.json.

`load_templates()` reads the shipped folder and the user's `<data dir>/templates/`; a file that
cannot be taken becomes a `TemplateError` (file, one-line reason) and never stops the others.
`template_assessment.new_assessment_from_template()` makes a new Assessment from a template. No Qt here.

What a new assessment gets, and why (the template gives no quantities, and none are invented):
- the assessment document requires a baseline period with a production above 0, so the new
  assessment has a *placeholder* baseline: the last calendar year, production 1 product unit, and
  in the period's extra fields `"placeholder": {"start", "end", "production"}` recording what was
  made. `domain.benchmark.is_placeholder(period)` is true while the period still has exactly those
  values, so any edit of the dates or the production makes it real data even when the editor
  carries the extra fields over (a view may drop the key when it writes the period);
- each process step has a basis of 1 product unit (its flows are then per unit product);
- each typical flow is created with the value 0 in the template's unit (the document requires a
  quantity) and `"placeholder": true` in its extra fields, so that a view or the report can show
  "not measured yet" instead of 0 until the user enters a value
  (`domain.benchmark.flow_is_placeholder(flow)`: marked and still 0);
- each typical option is "proposed", not screened, with its one-line explanation in `technical`.
"""

from __future__ import annotations

import json
import logging
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..domain.benchmark import (
    BenchmarkResult,
    BestPracticeFigure,
    CapacityClass,
    NormPeriod,
    NormSet,
    Source,
    compare,
)
from ..domain.methodology import Label
from ..domain.model import (
    Assessment,
)
from ..domain.quantities import PHYSICAL_KINDS, UnitError, kind_of, parse_unit, require_kind
from ..domain.validation import resource_kinds
from ..paths import templates_dir
from .template_monitoring import TemplateMonitoring, parse_monitoring

log = logging.getLogger(__name__)

FORMAT = "sxsh-assessment-template"
SCHEMA_FILE = "template.schema.json"
USER_TEMPLATES_FOLDER = "templates"
MAX_TEMPLATE_BYTES = 1_000_000


class TemplateProblem(ValueError):
    """A template that cannot be taken; the message is one line naming the field."""


@dataclass(frozen=True)
class TemplateFlow:
    direction: str
    kind: str
    name: Label
    unit: str
    resource: str | None = None


@dataclass(frozen=True)
class TemplateStep:
    key: str
    name: Label
    flows: tuple[TemplateFlow, ...]


@dataclass(frozen=True)
class TemplateOption:
    category: str
    cost_class: str
    title: Label
    explanation: Label
    step: str | None = None


@dataclass(frozen=True)
class AssessmentTemplate:
    key: str
    name: Label
    description: Label
    vsic: tuple[str, ...]
    sector: Label
    product_name: Label
    product_unit: str
    steps: tuple[TemplateStep, ...]
    options: tuple[TemplateOption, ...]
    norms: tuple[NormSet, ...]
    benchmarks: tuple[BestPracticeFigure, ...]
    norms_note: Label | None
    path: Path
    origin: str  # "shipped" | "user"
    raw: dict[str, Any] = field(repr=False, compare=False, default_factory=dict)
    monitoring: TemplateMonitoring | None = None

    @property
    def has_norms(self) -> bool:
        return bool(self.norms)

    def preview(self, language: str = "vi") -> dict[str, Any]:
        """What a "new from template" dialog shows before anything is created (plain data)."""
        return {
            "key": self.key,
            "name": self.name(language),
            "description": self.description(language),
            "vsic": list(self.vsic),
            "sector": self.sector(language),
            "product": {"name": self.product_name(language), "unit": self.product_unit},
            "steps": [
                {
                    "key": s.key,
                    "name": s.name(language),
                    "inputs": [f.name(language) for f in s.flows if f.direction == "input"],
                    "outputs": [f.name(language) for f in s.flows if f.direction == "output"],
                }
                for s in self.steps
            ],
            "options": len(self.options),
            "norms": [
                {
                    "key": n.key,
                    "process": n.process(language),
                    "unit": n.unit,
                    "document": n.source.document,
                    "status": n.source.status,
                    "classes": [{"label": c.label(language), "values": dict(c.values)} for c in n.classes],
                    "periods": [{"key": p.key, "label": p.label(language)} for p in n.periods],
                }
                for n in self.norms
            ],
            "norms_note": self.norms_note(language) if self.norms_note else None,
            "benchmarks": [
                {
                    "key": b.key,
                    "label": b.label(language),
                    "value": b.value,
                    "unit": b.unit,
                    "document": b.source.document,
                    "status": b.source.status,
                }
                for b in self.benchmarks
            ],
            "monitoring": self.monitoring.layout(language) if self.monitoring else None,
            "origin": self.origin,
            "file": str(self.path),
        }


@dataclass(frozen=True)
class TemplateError:
    file: Path
    reason: str  # one line

    def __str__(self) -> str:
        return f"{self.file.name}: {self.reason}"


# -- where -------------------------------------------------------------------------------------


def shipped_templates_dir() -> Path:
    return templates_dir()


def user_templates_dir() -> Path:
    """`<data dir>/templates/`: where a user or a Sở drops its own template files."""
    from ..config import data_dir  # the one definition of the data folder

    return data_dir() / USER_TEMPLATES_FOLDER


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((shipped_templates_dir() / SCHEMA_FILE).read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema())


# -- reading -----------------------------------------------------------------------------------


def _where(parts: Any) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "template"


def _schema_message(error: Any) -> str:
    where = _where(error.absolute_path)
    if error.validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return f"{where}: the required field '{missing}' is missing"
    if error.validator == "additionalProperties":
        return f"{where}: {error.message}"
    if error.validator == "enum":
        return f"{where}: '{error.instance}' is not one of {', '.join(map(str, error.validator_value))}"
    if error.validator == "pattern":
        hint = error.schema.get("description", error.validator_value)
        return f"{where}: '{error.instance}' is not valid ({hint})"
    return f"{where}: {error.message}"


def _label(raw: dict[str, Any]) -> Label:
    return Label(raw["vi"], raw["en"])


def _opt_label(raw: dict[str, Any] | None) -> Label | None:
    return _label(raw) if raw else None


def _check_unit(field: str, unit: str, kinds: tuple[str, ...] | None = None) -> None:
    try:
        parse_unit(unit, field)
        if kinds is not None:
            require_kind(unit, kinds, field)
    except UnitError as exc:
        raise TemplateProblem(str(exc)) from None


def _split_rate(field: str, unit: str) -> tuple[str, str]:
    numerator, sep, denominator = unit.partition("/")
    if not sep or not numerator.strip() or not denominator.strip():
        raise TemplateProblem(f"{field}: '{unit}' should be an amount per unit, like 'MJ/hL'")
    return numerator.strip(), denominator.strip().strip("()")


def parse_template(data: Any, path: Path, origin: str = "shipped") -> AssessmentTemplate:
    """A checked template from a parsed TOML table, or TemplateProblem (one line)."""
    if not isinstance(data, dict):
        raise TemplateProblem("the file does not hold a table")
    if data.get("format") != FORMAT:
        raise TemplateProblem(f"format: should be '{FORMAT}'")
    errors = list(_validator().iter_errors(data))
    if errors:
        from jsonschema.exceptions import best_match

        raise TemplateProblem(_schema_message(best_match(errors)))

    product_unit = data["product"]["unit"]
    _check_unit("product.unit", product_unit, PHYSICAL_KINDS)

    steps: list[TemplateStep] = []
    step_keys: set[str] = set()
    for i, s in enumerate(data["steps"]):
        if s["key"] in step_keys:
            raise TemplateProblem(f"steps[{i}].key: '{s['key']}' is used twice")
        step_keys.add(s["key"])
        flows = []
        for j, f in enumerate(s["flows"]):
            where = f"steps[{i}].flows[{j}].unit"
            resource = f.get("resource")
            _check_unit(where, f["unit"], resource_kinds(resource) if resource else PHYSICAL_KINDS)
            flows.append(TemplateFlow(f["direction"], f["kind"], _label(f["name"]), f["unit"], resource))
        steps.append(TemplateStep(s["key"], _label(s["name"]), tuple(flows)))

    options = []
    for i, o in enumerate(data["options"]):
        if o.get("step") is not None and o["step"] not in step_keys:
            raise TemplateProblem(f"options[{i}].step: no step with key '{o['step']}'")
        options.append(
            TemplateOption(o["category"], o["cost_class"], _label(o["title"]), _label(o["explanation"]), o.get("step"))
        )

    sources = {
        k: Source(
            v["document"],
            v.get("year"),
            v["status"],
            v.get("note", ""),
            in_force_from=_day(v.get("in_force_from"), f"sources.{k}.in_force_from"),
            in_force_until=_day(v.get("in_force_until"), f"sources.{k}.in_force_until"),
            replaced_by=v.get("replaced_by"),
        )
        for k, v in data.get("sources", {}).items()
    }

    def source(field: str, key: str) -> Source:
        if key not in sources:
            raise TemplateProblem(f"{field}: no source '{key}' in [sources]")
        return sources[key]

    norms: list[NormSet] = []
    for i, n in enumerate(data["norms"]):
        where = f"norms[{i}]"
        if any(x.key == n["key"] for x in norms):
            raise TemplateProblem(f"{where}.key: '{n['key']}' is used twice")
        energy_unit, per_unit = _split_rate(f"{where}.unit", n["unit"])
        _check_unit(f"{where}.unit", energy_unit, ("energy",))
        _check_unit(f"{where}.unit", per_unit, (kind_of(product_unit) or "count",))
        periods = tuple(
            NormPeriod(p["key"], _label(p["label"]), p.get("first_year"), p.get("last_year")) for p in n["periods"]
        )
        period_keys = {p.key for p in periods}
        if len(period_keys) != len(periods):
            raise TemplateProblem(f"{where}.periods: a period key is used twice")
        capacity_unit = n.get("capacity_unit")
        if capacity_unit is not None:
            amount, _ = _split_rate(f"{where}.capacity_unit", capacity_unit)
            _check_unit(f"{where}.capacity_unit", amount, (kind_of(product_unit) or "count",))
        classes = []
        for j, c in enumerate(n["classes"]):
            cw = f"{where}.classes[{j}]"
            unknown = set(c["values"]) - period_keys
            if unknown:
                raise TemplateProblem(f"{cw}.values: '{sorted(unknown)[0]}' is not a period of this norm")
            bounded = "min" in c or "max" in c
            if bounded and capacity_unit is None:
                raise TemplateProblem(f"{where}.capacity_unit: needed, since a class has bounds")
            if "min" in c and "max" in c and c["min"] >= c["max"]:
                raise TemplateProblem(f"{cw}: min should be below max")
            classes.append(
                CapacityClass(
                    _label(c["label"]),
                    {k: float(v) for k, v in c["values"].items()},
                    c.get("min"),
                    c.get("max"),
                    c.get("min_inclusive", True),
                    c.get("max_inclusive", False),
                )
            )
        if len(classes) > 1 and any(c.unbounded for c in classes):
            raise TemplateProblem(f"{where}.classes: with several classes, each needs a min or a max")
        norms.append(
            NormSet(
                key=n["key"],
                process=_label(n["process"]),
                unit=n["unit"],
                energy_unit=energy_unit,
                product_unit=per_unit,
                capacity_unit=capacity_unit,
                periods=periods,
                classes=tuple(classes),
                source=source(f"{where}.source", n["source"]),
                basis=_label(n["basis"]),
                note=_opt_label(n.get("note")),
            )
        )

    benchmarks = []
    norm_keys = {n.key for n in norms}
    for i, b in enumerate(data.get("benchmarks", [])):
        where = f"benchmarks[{i}]"
        if b.get("process") is not None and b["process"] not in norm_keys:
            raise TemplateProblem(f"{where}.process: no norm with key '{b['process']}'")
        numerator, per_unit = _split_rate(f"{where}.unit", b["unit"])
        _check_unit(f"{where}.unit", numerator, ("energy",) if b["what"] == "energy" else None)
        _check_unit(f"{where}.unit", per_unit, (kind_of(product_unit) or "count",))
        if "min_capacity" in b and "capacity_unit" not in b:
            raise TemplateProblem(f"{where}.capacity_unit: needed with min_capacity")
        benchmarks.append(
            BestPracticeFigure(
                key=b["key"],
                label=_label(b["label"]),
                what=b["what"],
                value=float(b["value"]),
                unit=b["unit"],
                source=source(f"{where}.source", b["source"]),
                basis=_label(b["basis"]),
                process=b.get("process"),
                capacity_unit=b.get("capacity_unit"),
                min_capacity=b.get("min_capacity"),
                min_inclusive=b.get("min_inclusive", True),
                scope=_opt_label(b.get("scope")),
            )
        )

    return AssessmentTemplate(
        key=data["key"],
        name=_label(data["name"]),
        description=_label(data["description"]),
        vsic=tuple(data["vsic"]),
        sector=_label(data["sector"]),
        product_name=_label(data["product"]["name"]),
        product_unit=product_unit,
        steps=tuple(steps),
        options=tuple(options),
        norms=tuple(norms),
        benchmarks=tuple(benchmarks),
        norms_note=_opt_label(data.get("norms_note")),
        path=path,
        origin=origin,
        raw=data,
        monitoring=parse_monitoring(data.get("monitoring"), TemplateProblem),
    )


def read_template(path: str | Path, origin: str = "shipped") -> AssessmentTemplate:
    """One template file, or TemplateProblem with a one-line reason."""
    p = Path(path)
    try:
        if p.stat().st_size > MAX_TEMPLATE_BYTES:
            raise TemplateProblem(f"the file is larger than {MAX_TEMPLATE_BYTES // 1000} kB")
        text = p.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise TemplateProblem(f"cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise TemplateProblem("is not a text file in UTF-8") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateProblem(f"is not valid TOML ({' '.join(str(exc).split())})") from None
    return parse_template(data, p, origin)


def default_dirs() -> list[tuple[Path, str]]:
    return [(shipped_templates_dir(), "shipped"), (user_templates_dir(), "user")]


def load_templates(
    dirs: Sequence[Path | tuple[Path, str]] | None = None,
) -> tuple[list[AssessmentTemplate], list[TemplateError]]:
    """Every template of the folders (default: the shipped one, then the user's), and an error
    entry for each file that cannot be taken. Never raises. A key already taken by an earlier
    folder (a shipped template) is an error for the later file: a dropped file cannot replace
    the shipped norms silently. Templates come sorted by key, with "general" last."""
    folders: list[tuple[Path, str]] = []
    for i, d in enumerate(default_dirs() if dirs is None else dirs):
        folders.append(d if isinstance(d, tuple) else (Path(d), "shipped" if i == 0 else "user"))
    templates: dict[str, AssessmentTemplate] = {}
    errors: list[TemplateError] = []
    for folder, origin in folders:
        try:
            files = sorted(p for p in folder.glob("*.toml") if p.is_file())
        except OSError as exc:
            errors.append(TemplateError(folder, f"the folder cannot be read ({exc.strerror or exc})"))
            continue
        for path in files:
            try:
                t = read_template(path, origin)
            except TemplateProblem as exc:
                errors.append(TemplateError(path, " ".join(str(exc).split())))
                continue
            except Exception as exc:  # a dropped file must never stop the app
                errors.append(TemplateError(path, f"cannot be read ({type(exc).__name__}: {exc})"))
                continue
            if t.key in templates:
                errors.append(TemplateError(path, f"key '{t.key}' is already used by {templates[t.key].path.name}"))
                continue
            templates[t.key] = t
    ordered = sorted(templates.values(), key=lambda t: (t.key == "general", t.key))
    return ordered, errors


def find_template(key: str, templates: Sequence[AssessmentTemplate] | None = None) -> AssessmentTemplate | None:
    """The template of that key; without a list, the shipped file named after the key is read alone
    (a report or the CLI need one template, not every file checked)."""
    if templates is None:
        shipped = shipped_templates_dir() / f"{key}.toml"
        if shipped.is_file():
            try:
                t = read_template(shipped, "shipped")
            except Exception:  # fall back to the full scan, which reports what is wrong with the file (logged)
                log.debug("the template %s could not be read alone", shipped, exc_info=True)
                t = None
            if t is not None and t.key == key:
                return t
        templates, _ = load_templates()
    return next((t for t in templates if t.key == key), None)


# -- the benchmark of an assessment ------------------------------------------------------------


def benchmark_assessment(
    assessment: Assessment,
    templates: Sequence[AssessmentTemplate] | None = None,
    process: str | None = None,
) -> BenchmarkResult:
    """The facility against the norms of the template it was made from (domain.benchmark.compare)."""
    from ..domain.benchmark import REASONS

    key = assessment.template
    if not key:
        return BenchmarkResult(status="no_template", reason=REASONS["no_template"])
    t = find_template(key, templates)
    if t is None:
        r = REASONS["unknown_template"]
        return BenchmarkResult(
            status="unknown_template", template=key, reason=Label(r.vi.format(key=key), r.en.format(key=key))
        )
    from ..domain.readings import with_reading_totals

    effective = with_reading_totals(assessment)[0]  # a period with readings has their sums as its totals
    return compare(effective, t.norms, t.benchmarks, process=process, template=t.key, norms_note=t.norms_note)


def _day(text: str | None, field: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise TemplateProblem(f"{field}: '{text}' is not a date (YYYY-MM-DD)") from None
