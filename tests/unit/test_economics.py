"""Payback, NPV and IRR against figures worked by hand."""

from __future__ import annotations

import pytest

from sxsh_desktop.domain.economics import irr, note_text, npv, option_economics
from sxsh_desktop.domain.model import Option
from sxsh_desktop.domain.quantities import Quantity as Q


def _option(investment=100e6, saving=40e6, operating=None, years=5):
    return Option(
        id="O1",
        title="t",
        category="good_housekeeping",
        cost_class="investment",
        investment=Q(investment, "VND") if investment is not None else None,
        annual_saving=Q(saving, "VND/year") if saving is not None else None,
        annual_operating_cost=Q(operating, "VND/year") if operating is not None else None,
        lifetime_years=years,
    )


def test_payback_npv_irr_by_hand():
    # I = 100 M, B = 40 − 10 = 30 M/yr, n = 5, r = 10 %
    # annuity factor (1 − 1.1^−5)/0.1 = 3.790786769; NPV = −100 + 30 × 3.790786769 = 13.72360 M
    # IRR: 30 × a(r, 5) = 100 → a = 3.3333 → r ≈ 15.2382 %
    e = option_economics(_option(operating=10e6), 0.10)
    assert e.net_annual_benefit_vnd == pytest.approx(30e6)
    assert e.payback_years == pytest.approx(100 / 30)
    assert e.npv_vnd == pytest.approx(13.7236031e6, rel=1e-6)
    assert e.irr == pytest.approx(0.152382, abs=1e-5)
    assert npv(100e6, 30e6, 5, e.irr) == pytest.approx(0, abs=1)


def test_money_in_millions_of_dong():
    e = option_economics(
        Option(
            id="O",
            title="t",
            category="input_change",
            cost_class="investment",
            investment=Q(100, "trđ"),
            annual_saving=Q(40, "triệu đồng/năm"),
            lifetime_years=5,
        ),
        0.0,
    )
    assert e.npv_vnd == pytest.approx(100e6)  # at 0 %: −100 + 5 × 40
    assert e.payback_years == pytest.approx(2.5)


def test_no_net_benefit_means_no_payback_and_no_irr_said_plainly():
    e = option_economics(_option(saving=10e6, operating=12e6), 0.10)
    assert e.payback_years is None and e.irr is None
    assert "no_net_benefit" in e.notes
    assert note_text("no_net_benefit", "en") == "Net annual benefit is not positive: no payback and no IRR."


def test_irr_can_be_negative_when_the_option_never_pays_back_in_its_life():
    # I = 100, B = 15, n = 5: Σ = 75 < 100, so the IRR is negative (≈ −9.4 %)
    r = irr(100, 15, 5)
    assert r is not None and r < 0
    assert npv(100, 15, 5, r) == pytest.approx(0, abs=1e-6)


def test_zero_investment_and_missing_figures():
    e = option_economics(_option(investment=0), 0.1)
    assert e.payback_years == 0 and e.irr is None and "zero_investment" in e.notes
    e = option_economics(_option(years=None), 0.1)
    assert e.npv_vnd is None and "no_lifetime" in e.notes
    e = option_economics(_option(saving=None), 0.1)
    assert e.payback_years is None and "no_saving" in e.notes
    assert irr(0, 10, 5) is None and irr(100, 0, 5) is None


def test_money_in_any_unit_of_the_registry():
    from sxsh_desktop.domain.economics import amount_vnd

    assert amount_vnd(Q(1.2, "tỷ đồng")) == pytest.approx(1.2e9)
    assert amount_vnd(Q(12, "triệu đồng")) == pytest.approx(12e6)
    assert amount_vnd(Q(12, "tr.đ")) == pytest.approx(12e6)
    assert amount_vnd(Q(500, "nghìn đồng")) == pytest.approx(5e5)
    for unit in ("VND", "VNĐ", "đồng", "vnđ"):
        assert amount_vnd(Q(7, unit)) == 7
    assert amount_vnd(Q(7, "kWh")) is None and amount_vnd(None) is None


def test_an_investment_in_ty_dong_and_a_saving_in_trieu_dong_per_year():
    # 1,2 tỷ đồng invested, 400 triệu đồng/năm saved: payback 1 200 / 400 = 3 years
    o = Option(
        "O1",
        "Thu hồi nước ngưng",
        "onsite_recovery",
        "investment",
        investment=Q(1.2, "tỷ đồng"),
        annual_saving=Q(400, "triệu đồng/năm"),
        lifetime_years=10,
    )
    e = option_economics(o, 0.10)
    assert e.investment_vnd == pytest.approx(1.2e9) and e.payback_years == pytest.approx(3.0)
