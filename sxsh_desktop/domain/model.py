"""The assessment as plain data: what the store keeps, the document carries and the numbers use.

Each record keeps the fields it does not know in `extra`, so that a document from a newer or
different system goes through import and export unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .quantities import Quantity
from .reading_record import Reading

ASSESSMENT_TYPES = ("rapid", "detailed")
LANGUAGES = ("vi", "en")
PERIOD_KEYS = ("baseline", "reporting")
FLOW_DIRECTIONS = ("input", "output")
FLOW_KINDS = (
    "raw_material",
    "auxiliary",
    "water",
    "energy",
    "product",
    "by_product",
    "solid_waste",
    "wastewater",
    "emission",
    "loss",
)
WASTE_KINDS = ("solid_waste", "wastewater", "emission", "loss")
OPTION_CATEGORIES = (
    "good_housekeeping",
    "input_change",
    "process_control",
    "equipment_modification",
    "technology_change",
    "onsite_recovery",
    "by_product",
    "product_modification",
)
COST_CLASSES = ("no_low_cost", "investment")
SCREENINGS = ("implement_now", "further_study", "rejected")
OPTION_STATUSES = ("proposed", "selected", "implemented", "rejected")

MAINTENANCE_MEASURES = (
    "responsibilities",
    "procedures",
    "training",
    "monitoring",
    "management_system",
    "incentives",
    "team_meetings",
)
MAX_FOCUS_SCORE = 5  # a step is scored against each criterion from 0 (not at all) to 5 (very much)

DEFAULT_DISCOUNT_RATE = 0.10
DEFAULT_BALANCE_TOLERANCE_PERCENT = 5.0


@dataclass
class Facility:
    name: str = ""
    tax_code: str = ""
    province: str = ""
    address: str = ""
    vsic: str = ""
    sector: str = ""
    employees: int = 0
    design_capacity: Quantity | None = None
    products: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Consultant:
    name: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class TeamMember:
    name: str = ""
    position: str = ""
    role: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Product:
    name: str = ""
    unit: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Period:
    start: str  # ISO date, YYYY-MM-DD
    end: str
    production: Quantity
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Consumption:
    resource: str
    period: str  # "baseline" | "reporting"
    quantity: Quantity
    carrier: str | None = None
    unit_price: Quantity | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def carrier_key(self) -> str:
        """The key to look up in the carrier table: the refinement if given, else the resource."""
        return self.carrier or self.resource


@dataclass
class Flow:
    id: str
    direction: str
    kind: str
    name: str
    quantity: Quantity
    resource: str | None = None
    unit_price: Quantity | None = None
    treatment_cost: Quantity | None = None
    causes: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def density_t_per_m3(self) -> float | None:
        """A density the user gave for this flow (field `density`, t/m³), if any."""
        density = self.extra.get("density")
        if isinstance(density, dict) and isinstance(density.get("value"), (int, float)):
            from .quantities import magnitude_in

            return magnitude_in(Quantity(float(density["value"]), str(density.get("unit", ""))), "t/m**3")
        return None


@dataclass
class ProcessStep:
    id: str
    name: str
    order: int
    basis: Quantity
    focus: bool = False
    flows: list[Flow] = field(default_factory=list)
    basis_label: str = field(default="", kw_only=True)  # the basis in words ("one brew", "a day")
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class ResourceSaving:
    resource: str
    quantity: Quantity
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Option:
    id: str
    title: str
    category: str
    cost_class: str
    status: str = "proposed"
    process_step: str | None = None
    screening: str | None = None
    investment: Quantity | None = None
    annual_operating_cost: Quantity | None = None
    annual_saving: Quantity | None = None
    lifetime_years: float | None = None
    resource_savings: list[ResourceSaving] = field(default_factory=list)
    technical: str = ""
    environmental: str = ""
    # the implementation plan (task 14): who carries the option out, by when, and when it was done
    # (keyword-only: the positional order of the older fields, `extra` last, stays as it was)
    responsible: str = field(default="", kw_only=True)
    planned_date: str | None = field(default=None, kw_only=True)  # ISO date, YYYY-MM-DD
    done_date: str | None = field(default=None, kw_only=True)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class FocusCriterion:
    """A criterion of the focus matrix (task 3) and its weight."""

    id: str
    name: str
    weight: float = 1.0
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class FocusMatrix:
    """The weighted scoring that suggests the audit focus (task 3): criteria, and each process step's
    score (0 to MAX_FOCUS_SCORE) per criterion, by step id then criterion id."""

    criteria: list[FocusCriterion] = field(default_factory=list)
    scores: dict[str, dict[str, int]] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def totals(self, step_ids: list[str]) -> dict[str, float]:
        """Each step's weighted total: the sum over the criteria of weight × score (no score: 0)."""
        return {
            sid: sum(float(c.weight) * float((self.scores.get(sid) or {}).get(c.id, 0)) for c in self.criteria)
            for sid in step_ids
        }


@dataclass
class Maintenance:
    """How cleaner production is kept going (task 17) and the next audit focus (task 18): the measures
    in place (keys of MAINTENANCE_MEASURES), the step chosen next and the date of the next review."""

    measures: list[str] = field(default_factory=list)
    next_focus: str = ""  # a process step id, "" not chosen yet
    review_date: str | None = None  # ISO date
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not (self.measures or self.next_focus or self.review_date or self.extra)


@dataclass
class TaskProgress:
    task: int
    done: bool = False
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class MonitoringDriver:
    """A further driver of consumption the monthly readings carry (cooling degree days …)."""

    key: str
    name: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class MonitoringLayout:
    """The layout of the monthly readings a sector template suggested when the assessment was made: the
    driver in words (production of the reference product), the reading period, the resources read and
    their units, the further drivers. The monitoring page lays its monthly table out from it."""

    driver: str = ""
    period: str = "month"
    resources: list[str] = field(default_factory=list)
    drivers: list[MonitoringDriver] = field(default_factory=list)
    units: dict[str, str] = field(default_factory=dict)  # resource key -> the unit its flows have
    extra: dict[str, Any] = field(default_factory=dict)


SAVINGS_METHODS = ("ratio", "regression")


@dataclass
class Settings:
    discount_rate: float = DEFAULT_DISCOUNT_RATE
    grid_emission_factor_year: int | None = None
    balance_tolerance_percent: float = DEFAULT_BALANCE_TOLERANCE_PERCENT
    # the method each resource's saving is reckoned by, where the consultant chose one (resource key ->
    # one of SAVINGS_METHODS; "ratio" keeps a resource off a possible regression); none: the app decides
    savings_methods: dict[str, str] = field(default_factory=dict, kw_only=True)
    # the bounds of a valid regression baseline; None: the spec's (R² at least 0.75, p of the slope at most 0.10)
    regression_min_r2: float | None = field(default=None, kw_only=True)
    regression_max_p_slope: float | None = field(default=None, kw_only=True)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def discount_fraction(self) -> float:
        """The discount rate as a fraction; a value above 1 was written in percent (10 → 10 %)."""
        return self.discount_rate / 100.0 if self.discount_rate > 1 else self.discount_rate


@dataclass
class Assessment:
    id: str
    revision: int = 1
    created_at: str = ""
    updated_at: str = ""
    language: str = "vi"
    assessment_type: str = "rapid"
    template: str | None = None
    facility: Facility = field(default_factory=Facility)
    consultant: Consultant = field(default_factory=Consultant)
    team: list[TeamMember] = field(default_factory=list)
    product: Product = field(default_factory=Product)
    baseline: Period | None = None
    reporting: Period | None = None
    consumption: list[Consumption] = field(default_factory=list)
    process_steps: list[ProcessStep] = field(default_factory=list)
    options: list[Option] = field(default_factory=list)
    tasks: list[TaskProgress] = field(default_factory=list)
    settings: Settings = field(default_factory=Settings)
    focus_matrix: FocusMatrix | None = field(default=None, kw_only=True)
    maintenance: Maintenance = field(default_factory=Maintenance, kw_only=True)
    # the consultant's own words for the report; empty: the report writes its own from the figures
    executive_summary: str = field(default="", kw_only=True)
    conclusions: str = field(default="", kw_only=True)  # the conclusions and recommendations (kết luận và kiến nghị)
    # the norm's sub-process the facility is benchmarked against, when its template has several (steel: EAF
    # billet, hot rolling …); None: the only one, or not chosen yet
    benchmark_process: str | None = field(default=None, kw_only=True)
    monitoring_layout: MonitoringLayout | None = field(default=None, kw_only=True)  # from the sector template
    extra: dict[str, Any] = field(default_factory=dict)
    periods_extra: dict[str, Any] = field(default_factory=dict)
    readings: list[Reading] = field(default_factory=list)

    def period(self, key: str) -> Period | None:
        return self.baseline if key == "baseline" else self.reporting

    def step(self, step_id: str) -> ProcessStep | None:
        return next((s for s in self.process_steps if s.id == step_id), None)

    @property
    def product_unit(self) -> str:
        """The unit of the reference product: the product's own, else the unit its production is given in
        (the baseline's, else the reporting period's); "" when none is known. The one rule for it."""
        if self.product.unit:
            return self.product.unit
        period = self.baseline or self.reporting
        return period.production.unit if period else ""

    @property
    def focus_steps(self) -> list[ProcessStep]:
        return [s for s in self.process_steps if s.focus]
