"""Units and numbers as Vietnamese consultants type them."""

from __future__ import annotations

import pytest

from sxsh_desktop.domain.quantities import (
    Quantity,
    UnitError,
    factor,
    kind_of,
    magnitude_in,
    parse_number,
    parse_quantity,
    require_kind,
    require_rate,
)


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("12,5 tấn", 12.5, "tấn", "mass"),
        ("3.600 kWh", 3600.0, "kWh", "energy"),
        ("1.234,5 m³", 1234.5, "m³", "volume"),
        ("1 234,5 m3", 1234.5, "m3", "volume"),
        ("3.6 MWh", 3.6, "MWh", "energy"),
        ("150 Nm3", 150.0, "Nm3", "volume"),
        ("0,5 TOE", 0.5, "TOE", "energy"),
        ("250 lít", 250.0, "lít", "volume"),
        ("12 hL", 12.0, "hL", "volume"),
        ("3 khối", 3.0, "khối", "volume"),
        ("2 triệu đồng", 2.0, "triệu đồng", "currency"),
        ("24 chai", 24.0, "chai", "count"),
        ("12 triệu lít", 12.0, "triệu lít", "volume"),
        ("1.250 tấn sản phẩm", 1250.0, "tấn sản phẩm", "mass"),
        ("40 sp", 40.0, "sp", "count"),
        ("3,5 nghìn m³", 3.5, "nghìn m³", "volume"),
        ("-2,5 kg", -2.5, "kg", "mass"),
    ],
)
def test_typed_quantities_are_understood(text, value, unit, kind):
    q = parse_quantity(text)
    assert q == Quantity(value, unit)
    assert kind_of(q.unit) == kind


def test_vietnamese_and_english_number_conventions():
    assert parse_number("1.234.567") == 1234567
    assert parse_number("1.234.567,89") == pytest.approx(1234567.89)
    assert parse_number("0,75") == 0.75
    assert parse_number("1,234.5", locale="en") == 1234.5
    assert parse_number("1,234", locale="en") == 1234
    assert parse_number("1.5", locale="en") == 1.5


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("tấn", "kg", 1000),
        ("MWh", "kWh", 1000),
        ("TOE", "GJ", 41.868),
        ("hL", "L", 100),
        ("m³", "lít", 1000),
        ("trđ", "VND", 1e6),
        ("tạ", "kg", 100),
        ("kWh", "MJ", 3.6),
        ("triệu lít", "hL", 10000),
        ("nghìn m3", "m³", 1000),
        ("kWh/tấn SP", "kWh/t", 1),
        ("triệu lít/năm", "hL/year", 10000),
    ],
)
def test_conversions(a, b, expected):
    assert factor(a, b) == pytest.approx(expected)


def test_volume_to_mass_through_a_density():
    assert magnitude_in(Quantity(2, "m³"), "t", 1.0) == pytest.approx(2.0)
    assert magnitude_in(Quantity(1000, "L"), "kg", 0.85) == pytest.approx(850)
    with pytest.raises(UnitError):
        magnitude_in(Quantity(2, "m³"), "t")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("abc", "should be a number followed by a unit"),
        ("12", "has no unit"),
        ("12 furlongs/fortnight²x", "unknown unit"),
        ("kWh", "should be a number"),
        ("", "should be a number"),
    ],
)
def test_bad_typed_quantities_say_what_is_expected(text, fragment):
    with pytest.raises(UnitError) as err:
        parse_quantity(text, "flows[2].quantity")
    assert str(err.value).startswith("flows[2].quantity: ")
    assert fragment in str(err.value)


def test_wrong_kind_names_the_field_and_the_expected_kind():
    with pytest.raises(UnitError) as err:
        require_kind("kg", ("energy",), "consumption[0].quantity (electricity)")
    assert str(err.value) == "consumption[0].quantity (electricity): 'kg' is not an energy (kWh, MWh, GJ, TOE)"


def test_rates():
    require_rate("VND/kWh", "currency", "MWh", "price")
    require_rate("đồng/m3", "currency", "lít", "price")
    require_rate("VND/năm", "currency", None, "saving", ("time",))
    with pytest.raises(UnitError, match="price: 'VND/t' is not an amount of money per kWh"):
        require_rate("VND/t", "currency", "kWh", "price")
