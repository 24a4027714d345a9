"""The report's measurement-and-verification part: there with readings (the method in the savings table,
each model's statistics, the adjusted baseline, the monthly data, the charts), absent without them."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from sxsh_desktop.domain.savings import compute_savings
from sxsh_desktop.interchange.document import read_document
from sxsh_desktop.report.pdf import render_report
from sxsh_desktop.services.documents import sample_path
from tests.monthly import with_monthly_readings

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


def _text(pdf: bytes, tmp_path, name: str) -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True)
    return re.sub(r"\s+", " ", out.stdout)


def test_the_report_shows_measurement_and_verification(tmp_path):
    a = with_monthly_readings(read_document(sample_path()))
    summary = compute_savings(a, "en")
    electricity = next(r for r in summary["resources"] if r["resource"] == "electricity")
    en = _text(render_report(a, "en").pdf, tmp_path, "en.pdf")
    assert "Measurement and verification (IPMVP, Option C)" in en
    assert "Table 17. Savings in the reporting period Input Method Saving" in en
    assert "Electricity regression 109,519 kWh" in en
    assert "Diesel oil (DO) ratio" in en or "ratio 2,750 L" in en
    assert "E = 75,381 + 7.900·P + 5.881·cdd kWh" in en
    assert "R² 0.998" in en and "n 12" in en
    assert f"{electricity['adjusted_baseline']:,.0f} kWh" in en
    assert "Monthly readings: Baseline period 2022" in en and "Monthly readings: Reporting period 2024" in en
    assert "cumulative saving (CUSUM)" in en
    vi = _text(render_report(a, "vi").pdf, tmp_path, "vi.pdf")
    assert "Đo lường và kiểm chứng (IPMVP, phương án C)" in vi and "Điện hồi quy 109.519 kWh" in vi
    assert "Mô hình đường cơ sở và phương pháp tính tiết kiệm" in vi


def test_a_report_without_readings_has_no_such_part(tmp_path):
    en = _text(render_report(read_document(sample_path()), "en").pdf, tmp_path, "plain.pdf")
    assert "Measurement and verification" not in en and "Method" not in en.split("Savings in the reporting")[1][:60]
