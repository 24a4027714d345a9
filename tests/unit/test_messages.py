"""Refusals shown beside a field: no field path, and in Vietnamese for a Vietnamese screen."""

from __future__ import annotations

import pytest

from sxsh_desktop.domain.messages import for_person, strip_field
from sxsh_desktop.domain.quantities import UnitError, parse_quantity, require_kind, require_rate


def _message(fn, *args):
    with pytest.raises(UnitError) as err:
        fn(*args)
    return str(err.value)


@pytest.mark.parametrize(
    ("message", "vi"),
    [
        (
            _message(require_kind, "kg", ("energy",), "consumption[0].quantity (electricity)"),
            "'kg' không phải là năng lượng (kWh, MWh, GJ, TOE)",
        ),
        (_message(require_rate, "VND/t", "currency", "kWh", "price"), "'VND/t' không phải là số tiền trên kWh"),
        (_message(parse_quantity, "12 bao", "flows[0].quantity"), "không hiểu đơn vị 'bao'"),
        (_message(parse_quantity, "12", "x"), "'12' chưa có đơn vị; ghi đơn vị sau số, ví dụ '12,5 tấn'"),
        (_message(parse_quantity, "abc", "x"), "'abc' cần là một số và đơn vị, ví dụ '12,5 tấn'"),
        ("periods.baseline.production: must be more than 0 (got 0)", "phải lớn hơn 0 (đang là 0)"),
        (
            "periods.reporting.end: 2023-12-31 is before the start 2024-01-01",
            "2023-12-31 trước ngày bắt đầu 2024-01-01",
        ),
        (
            "facility.tax_code: '123' is not a tax code (10 digits, optionally '-NNN' for a branch)",
            "'123' không phải mã số thuế (10 chữ số, có thể thêm '-NNN' cho chi nhánh)",
        ),
        ("consumption[3].period: there is no reporting period", "chưa có kỳ báo cáo"),
        (
            "product.unit: 'VND' is not a mass (kg, t, tấn) or a volume (L, lít, hL, m³)",
            "'VND' không phải là khối lượng (kg, t, tấn) hoặc thể tích (L, lít, hL, m³)",
        ),
    ],
)
def test_vietnamese_for_a_person(message, vi):
    assert for_person(message, "vi") == vi


def test_english_keeps_the_words_and_drops_the_path():
    assert for_person("options[0].lifetime_years: must be more than 0 years", "en") == "must be more than 0 years"
    assert strip_field("a sentence: with a colon") == "a sentence: with a colon"
    assert for_person("something new the table does not know", "vi") == "something new the table does not know"
