"""The report prints the planning fields (each option's plan, the measures, the next focus, a step's basis
label) and the consultant's own summary and conclusions where given, the generated text otherwise."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import pytest

from sxsh_desktop.domain.model import Maintenance
from sxsh_desktop.interchange.document import read_document
from sxsh_desktop.services.documents import sample_path
from sxsh_desktop.services.reports import build_report

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")

SUMMARY = "Tóm tắt của chuyên gia: nhà máy giảm điện năng nhờ thu hồi nhiệt.\n\nĐoạn thứ hai <b>không</b> phải markup & $x^2$."
CONCLUSIONS = "Kết luận riêng: duy trì nhóm SXSH.\nKiến nghị riêng: lắp đồng hồ đo hơi."


def _flat(pdf: Path) -> str:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(text.stdout.split())


@pytest.fixture(scope="module")
def planned():
    a = read_document(sample_path())
    steps = list(a.process_steps)
    steps[1] = dataclasses.replace(steps[1], basis_label="một mẻ nấu")
    options = list(a.options)
    i = next(i for i, o in enumerate(options) if o.status in ("implemented", "selected"))
    options[i] = dataclasses.replace(options[i], responsible="Phạm Quốc Hưng", planned_date="2025-06-30")
    return dataclasses.replace(
        a,
        process_steps=steps,
        options=options,
        maintenance=Maintenance(["training", "team_meetings"], steps[2].id, "2025-12-31"),
    )


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_generated_summary_and_conclusions_when_the_consultant_wrote_none(tmp_path, planned, lang):
    out = tmp_path / f"r-{lang}.pdf"
    build_report(planned, out, lang)
    flat = _flat(out)
    assert "Phạm Quốc Hưng" in flat and ("30/06/2025" if lang == "vi" else "30 June 2025") in flat
    assert "một mẻ nấu (" in flat  # the step's basis with its label
    if lang == "vi":
        assert "công nhân vận hành và nhân viên mới được đào tạo; nhóm SXSH họp định kỳ" in flat
        assert f"Trọng tâm đánh giá tiếp theo: {planned.process_steps[2].name}." in flat
        assert "Ngày đánh giá lại: 31/12/2025." in flat
        assert "Đã xác định" in flat and "Kiến nghị" in flat  # the generated summary and recommendations
    else:
        assert "operators and new staff are trained; the CP team meets regularly" in flat
        assert "Next review: 31 December 2025." in flat
        assert "CP options were identified" in flat and "Recommendations" in flat


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_consultants_own_texts_replace_the_generated_ones(tmp_path, planned, lang):
    a = dataclasses.replace(planned, executive_summary=SUMMARY, conclusions=CONCLUSIONS)
    out = tmp_path / f"own-{lang}.pdf"
    build_report(a, out, lang)
    flat = _flat(out)
    assert "Tóm tắt của chuyên gia: nhà máy giảm điện năng nhờ thu hồi nhiệt." in flat
    assert "Đoạn thứ hai <b>không</b> phải markup & $x^2$." in flat  # literally: no markup, no mathtext
    assert "Kết luận riêng: duy trì nhóm SXSH. Kiến nghị riêng: lắp đồng hồ đo hơi." in flat
    generated = (
        ("Đã xác định", "Triển khai các cơ hội đã được chọn")
        if lang == "vi"
        else ("CP options were identified:", "Carry out the options selected")
    )
    assert not any(g in flat for g in generated)
    assert ("Xác nhận báo cáo" if lang == "vi" else "Sign-off") in flat  # the sign-off stays
