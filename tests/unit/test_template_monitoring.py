"""Sector templates suggest the driver of consumption and the monthly layout; a new assessment keeps them."""

from __future__ import annotations

import pytest
from test_templates import GOOD_USER_TEMPLATE, _write

from sxsh_desktop.interchange.document import parse_document, to_document
from sxsh_desktop.interchange.template_assessment import new_assessment_from_template
from sxsh_desktop.interchange.templates import (
    TemplateProblem,
    load_templates,
    read_template,
    shipped_templates_dir,
)


def test_every_shipped_template_suggests_a_driver_and_a_monthly_layout():
    templates, errors = load_templates([shipped_templates_dir()])
    assert errors == []
    for t in templates:
        assert t.monitoring is not None, t.key
        assert t.monitoring.period == "month"
        assert t.monitoring.resources[0] == "electricity" and "water" in t.monitoring.resources
        flows = {f.resource for s in t.steps for f in s.flows if f.resource}
        assert set(t.monitoring.resources) <= flows | {"electricity", "water"}, t.key  # what the process uses
        assert t.product_unit in t.monitoring.driver("en") or "(t)" in t.monitoring.driver("en")
    by_key = {t.key: t for t in templates}
    assert [k for k, _ in by_key["seafood"].monitoring.drivers] == ["cdd"]
    assert by_key["seafood"].preview("vi")["monitoring"]["driver"].startswith("Sản lượng thành phẩm đông lạnh")


def test_a_new_assessment_keeps_the_layout_through_its_document():
    templates, _ = load_templates([shipped_templates_dir()])
    seafood = next(t for t in templates if t.key == "seafood")
    a = new_assessment_from_template(seafood, "Công ty Thủy sản Cà Mau", "vi")
    layout = a.monitoring_layout
    assert layout is not None and "monitoring_layout" not in a.extra
    assert layout.resources == ["electricity", "water", "ice"]
    assert layout.units == {"water": "m3", "ice": "t", "electricity": "kWh"}
    assert [(d.key, d.name) for d in layout.drivers] == [("cdd", "Độ-ngày làm mát (CDD, nền 18 °C)")]
    doc = to_document(a)
    assert doc["monitoring_layout"]["drivers"] == [{"key": "cdd", "name": "Độ-ngày làm mát (CDD, nền 18 °C)"}]
    assert parse_document(doc).monitoring_layout == layout


def test_a_bad_monitoring_table_is_refused_naming_the_field(tmp_path):
    steps = """
[[steps]]
key = "press"
name = { vi = "Ép", en = "Pressing" }
flows = [ { direction = "input", kind = "energy", name = { vi = "Điện", en = "Power" }, resource = "electricity", unit = "kWh" } ]
"""
    base = GOOD_USER_TEMPLATE.split("[[steps]]")[0]
    good = base + '[monitoring]\ndriver = { vi = "Sản lượng", en = "Output" }\nresources = ["electricity"]\n' + steps
    assert read_template(_write(tmp_path, "ok.toml", good)).monitoring.resources == ("electricity",)
    twice = good.replace('resources = ["electricity"]', 'resources = ["electricity", "electricity"]')
    with pytest.raises(TemplateProblem, match=r"monitoring.resources\[1\]: 'electricity' is listed twice"):
        read_template(_write(tmp_path, "twice.toml", twice))
    no_driver = good.replace('driver = { vi = "Sản lượng", en = "Output" }\n', "")
    with pytest.raises(TemplateProblem, match="monitoring"):
        read_template(_write(tmp_path, "nodriver.toml", no_driver))


def test_a_templates_placeholder_baseline_read_month_by_month_is_data():
    from datetime import date

    from sxsh_desktop.domain.model import Consumption, Period
    from sxsh_desktop.domain.quantities import Quantity as Q
    from sxsh_desktop.domain.readings import Reading, ReadingEntry, monthly_spans
    from sxsh_desktop.domain.savings import compute_savings
    from sxsh_desktop.interchange.templates import benchmark_assessment
    from sxsh_desktop.report.pdf.content import missing_items, report_view

    templates, _ = load_templates([shipped_templates_dir()])
    beer = next(t for t in templates if t.key == "beer")
    a = new_assessment_from_template(beer, "Nhà máy bia Vinh", "en", today=date(2025, 3, 1))
    assert a.baseline.start == "2024-01-01"  # the placeholder: last year, 1 hL
    a.reporting = Period("2025-01-01", "2025-12-31", Q(1, "hL"))
    a.consumption = [Consumption("electricity", k, Q(1, "kWh")) for k in ("baseline", "reporting")]
    for key, year, factor in (("baseline", 2024, 1.0), ("reporting", 2025, 0.95)):
        for i, (s, e) in enumerate(monthly_spans(f"{year}-01-01", f"{year}-12-31")):
            p = 10000 + 500 * (i % 4)
            a.readings.append(
                Reading(key, s, e, Q(p, "hL"), [ReadingEntry("electricity", Q(factor * (60000 + 9 * p), "kWh"))])
            )
    summary = compute_savings(a)
    assert summary["production"]["baseline"]["value"] == sum(10000 + 500 * (i % 4) for i in range(12))
    assert not any("placeholder" in w or "No baseline data" in w for w in summary["warnings"])
    assert next(r for r in summary["resources"] if r["resource"] == "electricity")["method"] == "regression"
    assert "no_baseline" not in [code for code, _ in missing_items(a, "en")]
    view, placeholder, _ = report_view(a)
    assert placeholder is False and view.baseline.production.value == summary["production"]["baseline"]["value"]
    result = benchmark_assessment(a, templates)
    assert result.baseline is not None  # the norm comparison has the baseline read by month
