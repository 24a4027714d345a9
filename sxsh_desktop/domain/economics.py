"""Economic feasibility of an option: simple payback, NPV and IRR (DESIGN §3).

Net annual benefit B = annual saving − annual operating cost. Payback = I / B.
NPV = −I + Σ_{t=1..n} B / (1 + r)^t. IRR is the rate where NPV = 0; with a constant benefit NPV
falls monotonically with the rate, so the root, when it exists, is unique and is found by
bisection. Where a figure cannot be computed the result says why, in words.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Option
from .quantities import Quantity, UnitError, magnitude_in


@dataclass(frozen=True)
class Economics:
    investment_vnd: float | None
    net_annual_benefit_vnd: float | None
    payback_years: float | None
    npv_vnd: float | None
    irr: float | None  # a fraction per year (0.25 = 25 %)
    notes: tuple[str, ...]  # codes of what could not be computed, see NOTE_TEXT


NOTE_TEXT = {
    "no_investment": ("Chưa nhập vốn đầu tư.", "No investment entered."),
    "no_saving": ("Chưa nhập lợi ích hằng năm.", "No annual saving entered."),
    "no_lifetime": ("Chưa nhập tuổi thọ (năm): không tính NPV, IRR.", "No lifetime in years: no NPV or IRR."),
    "no_net_benefit": (
        "Lợi ích ròng hằng năm không dương: không hoàn vốn, không có IRR.",
        "Net annual benefit is not positive: no payback and no IRR.",
    ),
    "zero_investment": (
        "Không cần đầu tư: hoàn vốn ngay, IRR không xác định.",
        "No investment needed: pays back at once; IRR is not defined.",
    ),
    "no_irr_root": ("NPV không bằng 0 ở lãi suất nào: không có IRR.", "NPV has no root: no IRR."),
}


def note_text(code: str, language: str) -> str:
    vi, en = NOTE_TEXT[code]
    return vi if language == "vi" else en


def npv(investment: float, net_benefit: float, years: int, rate: float) -> float:
    if rate == 0:
        return -investment + net_benefit * years
    annuity = (1.0 - (1.0 + rate) ** -years) / rate
    return -investment + net_benefit * annuity


def irr(investment: float, net_benefit: float, years: int) -> float | None:
    """The rate where NPV is zero, or None when there is none (searched over −99 % … 10 000 %)."""
    if investment <= 0 or net_benefit <= 0 or years <= 0:
        return None
    low, high = -0.99, 100.0
    f_low, f_high = npv(investment, net_benefit, years, low), npv(investment, net_benefit, years, high)
    if f_low < 0 or f_high > 0:
        return None
    for _ in range(200):
        mid = (low + high) / 2.0
        if npv(investment, net_benefit, years, mid) > 0:
            low = mid
        else:
            high = mid
        if high - low < 1e-12:
            break
    return (low + high) / 2.0


def amount_vnd(q: Quantity | None) -> float | None:
    """An amount of money in VND through the unit registry (VND, VNĐ, đồng, nghìn/triệu/tỷ đồng, tr.đ);
    None when there is none or its unit is not money."""
    if q is None or q.value is None:
        return None
    try:
        return magnitude_in(q, "VND")
    except UnitError:
        return None


def _vnd(q, per_year: bool) -> float | None:  # type: ignore[no-untyped-def]
    if q is None:
        return None
    try:
        return magnitude_in(q, "VND/year" if per_year else "VND")
    except UnitError:
        if per_year:
            return magnitude_in(q, "VND")  # a plain amount is read as per year
        raise


def option_economics(option: Option, discount_rate: float) -> Economics:
    notes: list[str] = []
    investment = _vnd(option.investment, per_year=False)
    saving = _vnd(option.annual_saving, per_year=True)
    operating = _vnd(option.annual_operating_cost, per_year=True) or 0.0
    if investment is None:
        notes.append("no_investment")
    if saving is None:
        notes.append("no_saving")
        return Economics(investment, None, None, None, None, tuple(notes))
    benefit = saving - operating
    payback: float | None = None
    if benefit <= 0:
        notes.append("no_net_benefit")
    elif investment is not None:
        payback = investment / benefit
        if investment == 0:
            notes.append("zero_investment")
    npv_value: float | None = None
    irr_value: float | None = None
    years = option.lifetime_years
    if years is None or years <= 0:
        notes.append("no_lifetime")
    elif investment is not None:
        n = int(round(years))
        npv_value = npv(investment, benefit, n, discount_rate)
        if investment > 0 and benefit > 0:
            irr_value = irr(investment, benefit, n)
            if irr_value is None:
                notes.append("no_irr_root")
    return Economics(investment, benefit, payback, npv_value, irr_value, tuple(notes))
