"""What a norm comparison gives (benchmark.py): per period, per best-practice figure, and as a whole;
plain JSON-able data through `to_dict` for the CLI and the report."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .methodology import Label
from .norms import BestPracticeFigure, Source


@dataclass(frozen=True)
class PeriodComparison:
    period: str  # "baseline" | "reporting"
    year: int
    annual_production: float | None  # in capacity_unit
    capacity_unit: str | None
    capacity_class: Label | None
    norm_period: str | None
    norm_period_label: Label | None
    norm_value: float | None  # in the result's unit
    sec: float | None  # the facility's final-energy SEC, in the result's unit
    within: bool | None  # sec <= norm_value
    difference_percent: float | None  # (sec − norm) / norm · 100; negative = below the norm
    notes: tuple[Label, ...] = ()
    # "in_force"; or why no norm applies: "not_yet", "replaced", "expired" (the document's dates),
    # "outside_periods" (the year in none of the norm's periods)
    norm_status: str = "in_force"

    def to_dict(self, language: str | None = None) -> dict[str, Any]:
        return {
            "period": self.period,
            "year": self.year,
            "annual_production": self.annual_production,
            "capacity_unit": self.capacity_unit,
            "capacity_class": _label(self.capacity_class, language),
            "norm_period": self.norm_period,
            "norm_period_label": _label(self.norm_period_label, language),
            "norm": self.norm_value,
            "sec": self.sec,
            "within": self.within,
            "difference_percent": self.difference_percent,
            "notes": [_label(n, language) for n in self.notes],
            "norm_status": self.norm_status,
        }


@dataclass(frozen=True)
class BestPracticeComparison:
    figure: BestPracticeFigure
    applies: bool | None  # does the figure's scope hold for this facility (None: not known)
    sec: float | None  # the facility's figure in the same unit (latest period)
    period: str | None
    gap_percent: float | None  # (sec − best) / best · 100

    def to_dict(self, language: str | None = None) -> dict[str, Any]:
        f = self.figure
        return {
            "key": f.key,
            "label": _label(f.label, language),
            "what": f.what,
            "value": f.value,
            "unit": f.unit,
            "scope": _label(f.scope, language),
            "applies": self.applies,
            "facility": self.sec,
            "period": self.period,
            "gap_percent": self.gap_percent,
            "source": _source(f.source),
            "basis": _label(f.basis, language),
        }


@dataclass(frozen=True)
class BenchmarkResult:
    """What the strip, the monitoring page and the report show.

    status: "ok" (at least one period compared), "no_template" (the assessment has none),
    "unknown_template", "no_norms" (the template knows no norm: `reason` says so),
    "choose_process" (the template has norms for several sub-processes: `processes` lists them),
    "no_data" (norms exist but the production or energy data are missing: `reason`).
    """

    status: str
    reason: Label | None = None
    template: str | None = None
    process: str | None = None
    process_label: Label | None = None
    unit: str | None = None
    basis: Label | None = None
    source: Source | None = None
    baseline: PeriodComparison | None = None
    reporting: PeriodComparison | None = None
    best_practice: tuple[BestPracticeComparison, ...] = ()
    processes: tuple[tuple[str, Label], ...] = ()
    notes: tuple[Label, ...] = ()

    @property
    def current(self) -> PeriodComparison | None:
        """The comparison to show first: the reporting period's where there is one."""
        if self.reporting is not None and self.reporting.sec is not None:
            return self.reporting
        return self.baseline or self.reporting

    def to_dict(self, language: str | None = None) -> dict[str, Any]:
        """Plain JSON-able data; texts as {"vi", "en"} or, with a language, as one string."""
        return {
            "status": self.status,
            "reason": _label(self.reason, language),
            "template": self.template,
            "process": self.process,
            "process_label": _label(self.process_label, language),
            "unit": self.unit,
            "basis": _label(self.basis, language),
            "source": _source(self.source),
            "baseline": self.baseline.to_dict(language) if self.baseline else None,
            "reporting": self.reporting.to_dict(language) if self.reporting else None,
            "best_practice": [b.to_dict(language) for b in self.best_practice],
            "processes": [{"key": k, "label": _label(lbl, language)} for k, lbl in self.processes],
            "notes": [_label(n, language) for n in self.notes],
        }


def _label(label: Label | None, language: str | None) -> Any:
    if label is None:
        return None
    if language is None:
        return {"vi": label.vi, "en": label.en}
    return label(language)


def _source(s: Source | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {"document": s.document, "year": s.year, "status": s.status, "note": s.note}
