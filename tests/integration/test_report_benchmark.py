"""The report's benchmark section and a template's placeholders, read back from the PDF with pdftotext:

- the sample brewery with the beer template: the capacity class, the norm period, the norm and the
  facility's SEC of both periods exactly as `benchmark_assessment` gives them, in the report's
  number format, within/above in words, best practice and the norm's source (19/2016/TT-BCT);
- a seafood template assessment: one sentence saying no norm is known, no norm figures;
- a fresh template assessment: "no baseline data entered yet", a draft, no placeholder production
  ("1 hL") or 0-quantity flows printed as data, and `sxsh report` names what is missing in one line.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sxsh_desktop.domain.model import Period, Quantity
from sxsh_desktop.domain.numbers import format_number, format_percent
from sxsh_desktop.interchange.document import dumps, read_document, to_document
from sxsh_desktop.interchange.template_assessment import new_assessment_from_template
from sxsh_desktop.interchange.templates import benchmark_assessment, find_template
from sxsh_desktop.report import ReportError
from sxsh_desktop.services.documents import sample_path
from sxsh_desktop.services.reports import build_report
from sxsh_desktop.signing.identity import SignerSettings, new_identity

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")

PASS = b"mat-khau-dinh-muc"


def _text(pdf: Path, layout: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(pdf), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _flat(text: str) -> str:
    return " ".join(text.split())  # also folds the no-break spaces between a number and its unit


def _chapter(flat: str, start: str, end: str) -> str:
    """The body text from a chapter heading to the next one (the contents page is skipped)."""
    first = flat.index(start, flat.index(start) + 1)
    return flat[first : flat.index(end, first)]


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("benchmark")


@pytest.fixture(scope="module")
def brewery():
    """The sample with the beer template set (the shipped sample may still have none)."""
    return dataclasses.replace(read_document(sample_path()), template="beer")


@pytest.fixture(scope="module")
def fresh():
    return new_assessment_from_template(find_template("beer"), "Nhà máy Bia Sông Lam", "vi")


def _row(layout: str, first_cell: str, holding: str = "2021–2025") -> str:
    """A table row's first line (pdftotext -layout) that starts with `first_cell` and holds `holding`."""
    line = next((x for x in layout.splitlines() if x.strip().startswith(first_cell) and holding in x), None)
    assert line is not None, f"no table row starting with {first_cell!r}"
    return " ".join(line.split())


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_brewery_against_the_beer_norm(work: Path, brewery, lang: str) -> None:
    r = benchmark_assessment(brewery)
    assert r.status == "ok" and r.unit == "MJ/hL"
    b, rp = r.baseline, r.reporting
    assert b is not None and rp is not None
    # what the domain says for a brewery of 12 million L in 2022 (the norm of circular 19/2016)
    assert b.capacity_class is not None and b.capacity_class.vi == "Dưới 20 triệu lít/năm"
    assert b.norm_period == "2021_2025" and b.norm_value == 286 and b.within is False
    out = work / f"brewery-{lang}.pdf"
    result = build_report(brewery, out, lang)
    assert not result.missing
    layout, flat = _text(out, layout=True), _flat(_text(out))
    heading = "Benchmark against the energy norm" if lang == "en" else "So sánh với định mức tiêu hao năng lượng"
    section = _chapter(flat, heading, "Lượng tiết kiệm" if lang == "vi" else "8.3. Savings")
    # the rows, as the report prints them: period, class, norm period, norm, facility SEC, verdict
    for c, first in (
        (b, "Kỳ cơ sở 2022" if lang == "vi" else "Baseline period"),
        (rp, "Kỳ báo cáo 2024" if lang == "vi" else "Reporting period"),
    ):
        row = _row(layout, first)
        pct = format_percent(c.difference_percent, 1, lang)
        verdict = f"Vượt định mức {pct}" if lang == "vi" else f"Above the norm by {pct}"
        expected = " ".join(
            [
                c.capacity_class(lang),
                c.norm_period_label(lang),
                format_number(c.norm_value, 0, lang),
                format_number(c.sec, 0, lang),
                verdict,
            ]
        )
        assert expected in row, (expected, row)
        output = f"{format_number(c.annual_production, 0, lang)} {'L/năm' if lang == 'vi' else 'L/year'}"
        assert output in section
    if lang == "vi":
        assert "Dưới 20 triệu lít/năm 2021–2025 286 384 Vượt định mức 34,3 %" in _row(layout, "Kỳ cơ sở 2022")
        assert "12.000.000 L/năm" in section and "340 Vượt định mức 19,0 %" in section
        assert "19/2016/TT-BCT" in section and "2016; văn bản chính thức" in section
        assert "(MJ/hL)" in section
    else:
        assert "Below 20 million L/year 2021–2025 286 384 Above the norm by 34.3 %" in _row(layout, "Baseline period")
        assert "12,000,000 L/year" in section and "19/2016/TT-BCT" in section and "2016; official document" in section
    # best practice where known, with its scope and source (secondary)
    energy = next(x for x in r.best_practice if x.figure.what == "energy")
    assert energy.figure.value == 141 and energy.applies is False
    assert "141 MJ/hL" in section and "Campden BRI" in section
    assert format_percent(energy.gap_percent, 1, lang) in section
    assert ("nguồn thứ cấp" if lang == "vi" else "secondary source") in section
    assert ("cơ sở không thuộc phạm vi này" if lang == "vi" else "the facility is outside this scope") in section


def test_no_template_says_so(work: Path, brewery) -> None:
    out = work / "no-template.pdf"
    build_report(dataclasses.replace(brewery, template=None), out, "vi")
    section = _chapter(_flat(_text(out)), "So sánh với định mức tiêu hao năng lượng", "Lượng tiết kiệm")
    assert "Đánh giá này không tạo từ mẫu ngành nên chưa có định mức để so sánh." in section
    assert "Định mức (MJ/hL)" not in section and "19/2016" not in section


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_seafood_says_no_norm_is_known(work: Path, lang: str) -> None:
    a = new_assessment_from_template(find_template("seafood"), "Cơ sở Chế biến Thủy sản Mỹ Đức", lang)
    r = benchmark_assessment(a)
    assert r.status == "no_norms" and r.reason is not None
    out = work / f"seafood-{lang}.pdf"
    build_report(a, out, lang)
    flat = _flat(_text(out))
    heading = "So sánh với định mức tiêu hao năng lượng" if lang == "vi" else "Benchmark against the energy norm"
    end = "Thực hiện và duy trì sản xuất sạch hơn" if lang == "vi" else "Implementation and maintenance"
    section = _chapter(flat, heading, end)
    assert _flat(r.reason(lang)) in section
    assert "MJ/" not in section and "TT-BCT" not in section  # no norm figure, no borrowed document


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_fresh_template_assessment_has_no_baseline_yet(work: Path, fresh, identity: Path, lang: str) -> None:
    out = work / f"fresh-{lang}.pdf"
    result = build_report(fresh, out, lang)
    assert "no_baseline" in {code for code, _ in result.missing}
    flat = _flat(_text(out))
    if lang == "vi":
        assert "BẢN NHÁP" in flat and "Chưa nhập số liệu kỳ cơ sở." in flat
        assert "Kỳ cơ sở chưa nhập số liệu" in flat  # the cover and the scope, instead of the placeholder year
        production = _chapter(flat, "2. Sản xuất và các đầu vào chính", "3. Quy trình sản xuất")
        assert "Sản lượng theo kỳ" not in flat  # no production table at all
        assert "Chưa nhập sản lượng: chưa so được với định mức." in flat
        assert "chưa được đo, chưa nhập số liệu" in flat and "Các dòng của công đoạn Nghiền" not in flat
    else:
        assert "DRAFT" in flat and "No baseline data entered yet." in flat
        assert "Baseline period no data entered yet" in flat
        production = _chapter(flat, "2. Production and main inputs", "3. The process")
        assert "Production by period" not in flat
        assert "No production entered yet: the norm cannot be compared." in flat
        assert "are not measured yet" in flat
    year = int(fresh.baseline.start[:4])
    assert str(year) not in production and "1 hL" not in production
    assert not re.search(r"(?<![\d.,])0 (t|kg|tấn|m3|m³|kWh|GJ|hL|L)\b", flat)  # no placeholder flow as a 0
    # the placeholder year is printed nowhere as a period
    assert f"01/01/{year}" not in flat and f"1 January {year}" not in flat
    with pytest.raises(ReportError, match="cannot sign an incomplete assessment"):
        build_report(
            fresh, work / f"fresh-signed-{lang}.pdf", lang, signer=SignerSettings(identity=identity, passphrase=PASS)
        )


@pytest.fixture(scope="module")
def identity(work: Path) -> Path:
    path = work / "tu-van.p12"
    new_identity("Trần Minh Đức", "Trung tâm SXSH", path, PASS)
    return path


def test_entered_flows_are_shown_and_placeholders_named(work: Path, fresh) -> None:
    """A baseline entered and one flow measured: the flow is in its step's table, the others are named
    as not measured; the norm compares nothing yet for want of energy data, and says so."""
    steps = [dataclasses.replace(st, flows=list(st.flows)) for st in fresh.process_steps]
    milling = steps[0]
    malt = milling.flows[0]
    milling.flows[0] = dataclasses.replace(malt, quantity=Quantity(0.0165, "t"))  # entered: no longer a placeholder
    a = dataclasses.replace(
        fresh, baseline=Period("2024-01-01", "2024-12-31", Quantity(120000.0, "hL")), process_steps=steps
    )
    r = benchmark_assessment(a)
    assert r.status == "no_data" and r.reason is not None
    out = work / "partly.pdf"
    result = build_report(a, out, "vi")
    codes = {code for code, _ in result.missing}
    assert "no_baseline" not in codes and "no_reporting" in codes
    flat = _flat(_text(out))
    assert "Sản lượng theo kỳ" in flat and "120.000 hL" in flat
    assert f"Các dòng của công đoạn {milling.name} (cơ sở tính 1 hL)" in flat
    assert re.search(r"Chưa đo, chưa nhập số liệu cho \d+ dòng điển hình", flat)
    assert "Gạo (nguyên liệu thay thế)" in flat
    assert _flat(r.reason("vi")) in flat


def test_cli_draft_of_a_template_assessment_names_what_is_missing(work: Path, fresh) -> None:
    (work / "fresh.json").write_text(dumps(to_document(fresh)), encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "sxsh_desktop", "report", "--from-json", "fresh.json", "-o", "fresh-cli.pdf"],
        capture_output=True,
        text=True,
        cwd=work,
    )
    assert r.returncode == 0, r.stderr
    lines = [x for x in r.stderr.splitlines() if x.strip()]
    assert len(lines) == 1, r.stderr
    line = lines[0]
    assert line.startswith("sxsh: warning: ") and "bản nháp, còn thiếu" in line
    assert "kỳ cơ sở (sản lượng, thời gian)" in line and "kỳ báo cáo (sản lượng, thời gian)" in line
    assert (work / "fresh-cli.pdf").read_bytes().startswith(b"%PDF")
