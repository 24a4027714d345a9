"""The one way numbers are written (domain/numbers.py, display.format_quantity): Vietnamese 1.234,5,
English 1,234.5, for a number, a quantity with its unit, a percentage and money; a missing value as
the caller asks (the report's "–", a cell's ""), never "-0", "nan" or scientific notation."""

from __future__ import annotations

import math

import pytest

from sxsh_desktop.domain.display import format_quantity
from sxsh_desktop.domain.numbers import (
    format_exact,
    format_millions,
    format_money,
    format_number,
    format_percent,
    format_rounded,
    format_significant,
    format_value,
)
from sxsh_desktop.domain.quantities import Quantity
from sxsh_desktop.report.pdf.format import Fmt


@pytest.mark.parametrize(
    "call, vi, en",
    [
        (lambda lang: format_number(1234.5, 1, lang), "1.234,5", "1,234.5"),
        (lambda lang: format_number(1234567.891, 2, lang), "1.234.567,89", "1,234,567.89"),
        (lambda lang: format_number(-0.04, 1, lang), "0,0", "0.0"),  # never "-0,0"
        (lambda lang: format_number(-1234.5, 0, lang), "-1.234", "-1,234"),  # Python rounds half to even
        (lambda lang: format_significant(0.0012345, 3, lang), "0,00123", "0.00123"),
        (lambda lang: format_significant(123456.0, 3, lang), "123.456", "123,456"),
        (lambda lang: format_value(12.5, lang), "12,5", "12.5"),
        (lambda lang: format_value(0.1 + 0.2, lang), "0,3", "0.3"),
        (lambda lang: format_value(1.00001, lang, 4), "1", "1"),
        (lambda lang: format_value(1234.0, lang), "1.234", "1,234"),
        (lambda lang: format_rounded(1.0, 4, lang), "1", "1"),  # not "1,000": a thousand to an English eye
        (lambda lang: format_rounded(12.3456, 4, lang), "12,35", "12.35"),
        (lambda lang: format_exact(0.0001543, lang), "0,0001543", "0.0001543"),
        (lambda lang: format_exact(98300, lang), "98.300", "98,300"),
        (lambda lang: format_percent(12.345, 1, lang), "12,3 %", "12.3 %"),
        (lambda lang: format_money(1250000.4, lang), "1.250.000", "1,250,000"),
        (lambda lang: format_millions(1250000, 1, lang), "1,2", "1.2"),  # half to even: 1.25 -> 1.2
        (lambda lang: format_quantity(Quantity(1234.5, "m3"), lang), "1.234,5 m³", "1,234.5 m³"),
        (
            lambda lang: format_quantity(Quantity(210e6, "VND/year"), lang),
            "210.000.000 VND/năm",
            "210,000,000 VND/year",
        ),
        (lambda lang: format_quantity(Quantity(1.0, "hL"), lang, significant=4), "1 hL", "1 hL"),
    ],
)
def test_each_format_in_both_languages(call, vi, en):
    assert (call("vi"), call("en")) == (vi, en)


@pytest.mark.parametrize("missing", [None, math.nan, math.inf])
def test_a_missing_value_is_what_the_caller_shows(missing):
    assert format_number(missing, 1, "vi") == "–" and format_number(missing, 1, "vi", missing="") == ""
    assert format_percent(missing) == "–" and format_significant(missing) == "–"
    assert format_value(missing) == "" and format_money(missing) == "" and format_millions(missing) == "–"
    assert format_quantity(Quantity(None, "kWh")) == "" and format_quantity(None, missing="–") == "–"  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_report_writes_the_one_format(lang):
    f = Fmt(lang)
    for value in (0.0, 0.004, 1.5, 12.3456, 999.95, 1234.5, 98765.4321, -42.0):
        assert f.n(value, 1) == format_number(value, 1, lang)
        assert f.sig(value, 3) == format_significant(value, 3, lang)
        assert f.pct(value) == format_percent(value, 1, lang)
        assert f.money_m(value * 1e6) == format_millions(value * 1e6, 1, lang)
        assert f.q(Quantity(value, "kWh")) == format_quantity(Quantity(value, "kWh"), lang, significant=4)
