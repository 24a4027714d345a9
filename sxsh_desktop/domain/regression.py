"""The baseline model of a resource: ordinary least squares on the baseline readings (ISO 50006, IPMVP Option C).

E_i = intercept·s_i + slope·P_i + Σ coefficient_k·driver_k,i. For readings of about the average length d̄
(within 10 %: calendar months of 28 to 31 days) s_i = 1, the spec's E = intercept + slope·P; a reading of
another length (a two-month bill, a half month, a whole period) has s_i = d_i / d̄, so that its fixed load
is counted for the days it ran. `intercept` is the fixed use of an average-length reading.

Statistics as the spec names them: R², adjusted R², CV(RMSE) = √(SSE/(n−p))/Ē·100, NMBE =
Σ(E−Ê)/((n−p)·Ē)·100, p-values from Student's t (scipy, loaded only when a model is fitted).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .message import Figure, Message, Said

if TYPE_CHECKING:  # pragma: no cover
    from .model import Settings

MIN_READINGS = 12
DEFAULT_MIN_R2 = 0.75
DEFAULT_MAX_P_SLOPE = 0.10


def thresholds(settings: Settings) -> tuple[float, float]:
    """(minimum R², maximum p of the slope) of an assessment: settings.regression_min_r2 and
    settings.regression_max_p_slope, else the spec's 0.75 and 0.10."""
    r2, p = settings.regression_min_r2, settings.regression_max_p_slope
    return float(DEFAULT_MIN_R2 if r2 is None else r2), float(DEFAULT_MAX_P_SLOPE if p is None else p)


@dataclass
class Observation:
    """One reading as the model sees it: the resource's use, production, days and further drivers."""

    consumption: float
    production: float
    days: int
    drivers: dict[str, float] = field(default_factory=dict)


@dataclass
class Fit:
    intercept: float
    slope: float
    coefficients: dict[str, float]
    r2: float
    adj_r2: float
    cv_rmse_percent: float
    nmbe_percent: float
    n: int
    p_slope: float
    p_values: dict[str, float]
    mean_days: float
    drivers: tuple[str, ...]
    ranges: dict[str, tuple[float, float]]  # production and each driver, per average-length reading
    fitted: list[float]
    driver_means: dict[str, float] = field(default_factory=dict)
    valid: bool = False
    warnings: list[str] = field(default_factory=list)

    def predict(self, production: float, days: int, drivers: dict[str, float]) -> float:
        value = self.intercept * length_scale(days, self.mean_days) + self.slope * production
        for name in self.drivers:
            value += self.coefficients[name] * drivers[name]
        return value

    def to_dict(self) -> dict[str, Any]:
        return {
            "intercept": self.intercept,
            "slope": self.slope,
            "coefficients": dict(self.coefficients),
            "r2": self.r2,
            "adj_r2": self.adj_r2,
            "cv_rmse_percent": self.cv_rmse_percent,
            "nmbe_percent": self.nmbe_percent,
            "n": self.n,
            "p_slope": self.p_slope,
            "p_values": dict(self.p_values),
            "valid": self.valid,
            "warnings": list(self.warnings),
            "reading_days": self.mean_days,
            "range": {k: list(v) for k, v in self.ranges.items()},
            "driver_means": dict(self.driver_means),
        }


def length_scale(days: int, mean_days: float) -> float:
    """How many average-length readings a reading counts for: 1 within 10 % of the mean length (calendar
    months), else days / mean. Its production and drivers divided by it compare with the baseline's range."""
    return 1.0 if abs(days - mean_days) <= 0.1 * mean_days else days / mean_days


class ModelError(ValueError):
    """No model can be fitted (too few readings, production that never changes …): `said` says why,
    `str()` in English."""

    def __init__(self, said: Message) -> None:
        self.said = said
        super().__init__(said.text("en"))


def message(code: str, language: str, **params: Any) -> Said:
    """A word on the model (its texts: domain/catalogue/monitoring.py), said in `language`."""
    return Said(Message(f"model.{code}", params), language)


def _sig(x: float) -> Figure:
    return Figure(x, ".4g")


def fit(
    observations: Sequence[Observation],
    drivers: Sequence[str] = (),
    *,
    min_r2: float = DEFAULT_MIN_R2,
    max_p_slope: float = DEFAULT_MAX_P_SLOPE,
    min_readings: int = MIN_READINGS,
    language: str = "en",
) -> Fit:
    """The OLS model of the baseline observations, its statistics and whether it may be used."""
    import numpy as np

    n = len(observations)
    if n < min_readings:
        raise ModelError(Message("model.too_few", {"n": n, "need": min_readings}))
    names = tuple(drivers)
    p = 2 + len(names)
    if n <= p:
        raise ModelError(Message("model.no_dof", {"p": p}))
    mean_days = sum(o.days for o in observations) / n
    scale = [length_scale(o.days, mean_days) for o in observations]
    x = np.array([[s, o.production, *(o.drivers[k] for k in names)] for s, o in zip(scale, observations, strict=True)])
    e = np.array([o.consumption for o in observations], dtype=float)
    beta, _, rank, _ = np.linalg.lstsq(x, e, rcond=None)
    if rank < p:
        raise ModelError(Message("model.singular"))
    fitted = x @ beta
    resid = e - fitted
    sse = float(resid @ resid)
    mean_e = float(e.mean())
    sst = float(((e - mean_e) ** 2).sum())
    dof = n - p
    r2 = 1.0 - sse / sst if sst > 0 else 0.0
    adj_r2 = 1.0 - (1.0 - r2) * (n - 1) / dof
    cv = math.sqrt(sse / dof) / mean_e * 100.0 if mean_e else math.inf
    nmbe = float(resid.sum()) / (dof * mean_e) * 100.0 if mean_e else math.inf
    cov = (sse / dof) * np.linalg.inv(x.T @ x)
    se = np.sqrt(np.clip(np.diag(cov), 0.0, None))
    p_values = _two_sided_p(beta, se, dof)
    labels = ("intercept", "production", *names)
    per_reading = x[:, 1:] / x[:, :1]  # production and drivers per average-length reading
    ranges = {
        label: (low, high)
        for label, low, high in zip(
            labels[1:], per_reading.min(axis=0).tolist(), per_reading.max(axis=0).tolist(), strict=True
        )
    }
    b = beta.tolist()
    model = Fit(
        intercept=b[0],
        slope=b[1],
        coefficients={k: b[2 + i] for i, k in enumerate(names)},
        r2=r2,
        adj_r2=adj_r2,
        cv_rmse_percent=cv,
        nmbe_percent=nmbe,
        n=n,
        p_slope=p_values[1],
        p_values=dict(zip(labels, p_values, strict=True)),
        mean_days=mean_days,
        drivers=names,
        ranges=ranges,
        fitted=fitted.tolist(),
        driver_means={k: float(v) for k, v in zip(names, x[:, 2:].mean(axis=0).tolist(), strict=True)},
    )
    reasons: list[str] = []
    if r2 < min_r2:
        reasons.append(message("r2_low", language, r2=Figure(r2, ".2f"), min=Figure(min_r2, ".2f")))
    if model.p_slope > max_p_slope:
        reasons.append(message("p_high", language, p=Figure(model.p_slope, ".3f"), max=Figure(max_p_slope, ".2f")))
    if model.slope <= 0:
        reasons.append(message("slope_not_positive", language, slope=_sig(model.slope)))
    model.valid = not reasons
    model.warnings = reasons
    if model.intercept < 0:
        model.warnings.append(message("negative_intercept", language, value=_sig(model.intercept)))
    for k, v in model.coefficients.items():
        if v < 0:
            model.warnings.append(message("negative_coefficient", language, name=k, value=_sig(v)))
    return model


def _two_sided_p(beta: Any, se: Any, dof: int) -> list[float]:
    import numpy as np
    from scipy.special import stdtr  # Student's t distribution function

    t = np.abs(beta) / np.where(se == 0, 1.0, se)
    p = 2.0 * stdtr(dof, -t)
    # a coefficient known exactly (se 0): p 0 when it is not zero, 1 when it is
    p = np.where(se == 0, np.where(beta != 0, 0.0, 1.0), p)
    return [float(v) for v in p]
