"""The report's figures are vector drawings with real text: words that are printed only inside a chart
(a flow's label with its quantity, a Sankey's title, an axis label) come out of `pdftotext` on the
page of their caption, in Vietnamese and English; no raster image is embedded; the signed report
still verifies in pyHanko and poppler."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from sxsh_desktop.interchange.document import read_document
from sxsh_desktop.services.documents import sample_path
from sxsh_desktop.services.reports import build_report
from sxsh_desktop.signing.identity import SignerSettings, new_identity

PASS = b"mat-khau-hinh-ve"

pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in ("pdftotext", "pdfimages", "pdfsig")),
    reason="poppler-utils (pdftotext, pdfimages, pdfsig) is not installed",
)


def _page_texts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True)
    return [" ".join(page.split()) for page in out.stdout.split("\f")]


def _page_of(pages: list[str], pattern: str) -> str:
    found = [p for p in pages if re.search(pattern, p)]
    assert len(found) == 1, pattern
    return found[0]


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    work = tmp_path_factory.mktemp("figures")
    identity = work / "id.p12"
    new_identity("Trần Văn Hình", "Trung tâm SXSH", identity, PASS)
    a = read_document(sample_path())
    out = {}
    for lang in ("vi", "en"):
        out[lang] = work / f"{lang}.pdf"
        build_report(a, out[lang], lang, signer=SignerSettings(identity=identity, passphrase=PASS))
    return out


def test_chart_text_is_text_on_the_page_of_its_caption(reports: dict[str, Path]) -> None:
    vi, en = _page_texts(reports["vi"]), _page_texts(reports["en"])
    # the flow chart: each flow labelled with its quantity, the focus tag (words only the chart prints)
    flow_page = _page_of(vi, r"Hình \d+\. Sơ đồ công nghệ")
    for label in ("Malt (1,60 t)", "Gạo (550 kg)", "Than cám 4 (1,15 t)", "TRỌNG TÂM"):
        assert label in flow_page, label
    assert "Malt (1.60 t)" in _page_of(en, r"Figure \d+\. Process flow chart")
    # a Sankey: its title and key; the Pareto: the cumulative axis; the options: the count axis
    assert "Cân bằng vật liệu — Nấu, đường hóa, lọc bã, đun hoa (cho 100 hL)" in " ".join(vi)
    assert "Tích lũy (%)" in _page_of(vi, r"Hình \d+\. Biểu đồ Pareto")
    assert "Cumulative (%)" in _page_of(en, r"Figure \d+\. Pareto")
    assert "Số cơ hội" in _page_of(vi, r"Hình \d+\. Số cơ hội SXSH theo nhóm")


def test_no_raster_image_and_the_signature_holds(reports: dict[str, Path]) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    for pdf in reports.values():
        listed = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True)
        assert listed.stdout.strip().splitlines()[2:] == [], listed.stdout  # only the two heading lines
        assert "Signature is Valid." in subprocess.run(["pdfsig", str(pdf)], capture_output=True, text=True).stdout
        with pdf.open("rb") as fh:
            reader = PdfFileReader(fh, strict=False)
            status = validate_pdf_signature(
                reader.embedded_signatures[0],
                signer_validation_context=ValidationContext(trust_roots=[], allow_fetching=False),
            )
            assert status.intact and status.valid
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        rows = fonts.strip().splitlines()[2:]
        assert rows and all(" yes yes yes " in row for row in rows), fonts  # embedded, subset, ToUnicode


def test_figures_keep_their_canvas_for_the_screen() -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from sxsh_desktop.domain.waste import waste_costs
    from sxsh_desktop.report.charts import pareto_figure
    from sxsh_desktop.report.pdf.figures import figures_pdf

    fig = pareto_figure(waste_costs(read_document(sample_path())), "vi", "VND/hL")
    import io

    from pyhanko.pdf_utils.reader import PdfFileReader

    pdf = figures_pdf([fig, fig])
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    assert int(reader.root["/Pages"]["/Count"]) == 2
    assert isinstance(fig.canvas, FigureCanvasAgg)  # the screen goes on drawing it with Agg


def test_the_figures_fonts_are_subset_without_layout_tables() -> None:
    """The faces embedded for the figures carry the glyphs drawn and no OpenType layout tables (a PDF
    reader places glyphs as the content stream says); the text still comes out of pdftotext; and
    matplotlib's own subsetting is back once the figures are written."""
    import io

    from fontTools import subset
    from fontTools.ttLib import TTFont
    from matplotlib.backends import _backend_pdf_ps
    from pyhanko.pdf_utils.reader import PdfFileReader

    from sxsh_desktop.domain.waste import waste_costs
    from sxsh_desktop.report.charts import pareto_figure
    from sxsh_desktop.report.pdf.figures import LAYOUT_TABLES, figures_pdf

    fig = pareto_figure(waste_costs(read_document(sample_path())), "vi", "VND/hL")
    pdf = figures_pdf([fig])
    assert _backend_pdf_ps.subset is subset
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    faces = []
    for font in reader.root["/Pages"]["/Kids"][0]["/Resources"]["/Font"].values():
        descriptor = font.get_object()["/DescendantFonts"][0]["/FontDescriptor"]
        faces.append(TTFont(io.BytesIO(descriptor["/FontFile2"].data)))
    assert faces
    for face in faces:
        assert not set(LAYOUT_TABLES) & set(face.keys())
        assert {"glyf", "cmap", "hmtx"} <= set(face.keys())
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True)
    assert "Tích lũy (%)" in out.stdout.decode("utf-8")
