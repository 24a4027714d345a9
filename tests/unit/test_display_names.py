"""Units, resources and steps as a person reads them, in both languages: powers as superscripts, words
of time in the language (through the unit registry), resource keys by their names."""

from __future__ import annotations

import pytest

from sxsh_desktop.domain.display import unit_label
from sxsh_desktop.domain.reference import carriers, resource_name


@pytest.mark.parametrize(
    ("unit", "vi", "en"),
    [
        ("m3", "m³", "m³"),
        ("m**3/h", "m³/h", "m³/h"),
        ("km2", "km²", "km²"),
        ("Nm3", "Nm³", "Nm³"),
        ("VND/year", "VND/năm", "VND/year"),
        ("hL/year", "hL/năm", "hL/year"),
        ("t/năm", "t/năm", "t/year"),
        ("VND/nam", "VND/năm", "VND/year"),
        ("pcs/day", "pcs/ngày", "pcs/day"),
        ("kWh/month", "kWh/tháng", "kWh/month"),
        ("triệu đồng/năm", "triệu đồng/năm", "triệu đồng/year"),
        ("kg*m^2", "kg·m²", "kg·m²"),
        ("VND/kWh", "VND/kWh", "VND/kWh"),
        ("kWh/h", "kWh/h", "kWh/h"),  # a symbol stays a symbol
        ("VND/a", "VND/a", "VND/a"),
        ("hL", "hL", "hL"),
        ("tấn", "tấn", "tấn"),
        ("", "", ""),
        ("not a unit ###", "not a unit ###", "not a unit ###"),  # shown as typed
    ],
)
def test_a_unit_as_a_person_reads_it(unit, vi, en):
    assert unit_label(unit, "vi") == vi
    assert unit_label(unit, "en") == en


def test_a_unit_as_shown_reads_back_as_the_same_unit():
    """What a field shows can be typed back (the consultant edits the number and keeps the unit)."""
    from sxsh_desktop.domain.quantities import factor

    for unit in ("m3", "VND/year", "hL/year", "kWh/month", "Nm3", "km2"):
        for language in ("vi", "en"):
            shown = unit_label(unit, language)
            assert factor(shown, unit) == pytest.approx(1.0), (unit, shown)


def test_every_carrier_and_utility_has_a_name_in_both_languages():
    for key in ["electricity", "water", *carriers()]:
        vi, en = resource_name(key, "vi"), resource_name(key, "en")
        assert vi and en and vi != key, key
        assert "_" not in vi and "_" not in en, (key, vi, en)
