"""The report read page by page, as poppler gives it, over three cases (the brewery sample, the tapioca
starch factory, a paper mill just laid out from its sector template) in Vietnamese and English:
every sentence of the Vietnamese report is Vietnamese (no English phrase of the reference data or of
the report's own words), and no table leaves a single row alone at the foot or the top of a page."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from sxsh_desktop.interchange.document import read_document
from sxsh_desktop.interchange.template_assessment import new_assessment_from_template
from sxsh_desktop.interchange.templates import find_template
from sxsh_desktop.report.pdf import document as report_document
from sxsh_desktop.report.pdf import render_report
from sxsh_desktop.services.documents import sample_path

ROOT = Path(__file__).resolve().parents[2]
CASES = ("brewery", "tapioca", "paper")
ENGLISH_IN_VI = [
    "MoIT",
    "letter",
    "Guidelines",
    "Inventories",
    "as cited",
    "in force",
    "Ministry of",
    "Department of",
    "anthracite",
    "diesel oil",
    "fuel oil",
    "primary-energy",
    "final energy",
    "secondary sources",
    "used unless stated",
    "reference notes",
    "/year",
    "per 1,000",
    "Table 1.",
    "Vol. 2",
]

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) is not installed")


def _assessment(case: str):
    if case == "brewery":
        return read_document(sample_path())
    if case == "tapioca":
        return read_document(ROOT / "tests" / "data" / "tapioca-starch.json")
    template = find_template("paper_packaging")
    assert template is not None
    return new_assessment_from_template(template, "Công ty CP Giấy Bao Bì Phú Thọ", today=dt.date(2026, 3, 1))


@pytest.fixture(scope="module")
def reports(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[tuple[str, str], tuple[Path, list[tuple[str, list[str]]]]]:
    """Each case and language: the PDF and its tables as laid out (caption, first cell of each row)."""
    work = tmp_path_factory.mktemp("pages")
    out = {}
    original = report_document.Report.table
    for case in CASES:
        a = _assessment(case)
        for lang in ("vi", "en"):
            tables: list[tuple[str, list[str]]] = []

            def recording(self, caption, headers, rows, *args, _tables=tables, **kwargs):
                made = original(self, caption, headers, rows, *args, **kwargs)
                if caption:  # found by its numbered caption ("Bảng 7. …"), as printed
                    _tables.append((self.s["table"].format(n=self.table_no, text=caption), [str(r[0]) for r in rows]))
                return made

            report_document.Report.table = recording
            try:
                rendered = render_report(a, lang, today=dt.date(2026, 12, 2))
            finally:
                report_document.Report.table = original
            pdf = work / f"{case}-{lang}.pdf"
            pdf.write_bytes(rendered.pdf)
            out[(case, lang)] = (pdf, tables)
    return out


def _pages(pdf: Path, layout: bool = False) -> list[str]:
    """The text of each page; with `layout`, in the page's physical lines (a table's rows top to bottom)."""
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(pdf), "-"]
    text = subprocess.run(args, capture_output=True, text=True, check=True)
    pages = text.stdout.split("\f")
    # the running head and foot (title, facility, reference, page number) are no part of any table
    furniture = re.compile(r"^(Trang|Page) \d+/\d+$|^(Mã đánh giá|Assessment) .* · .*$")
    return [" ".join(line for line in page.splitlines() if not furniture.match(line.strip())) for page in pages]


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("case", CASES)
def test_every_sentence_of_the_vietnamese_report_is_vietnamese(reports, case: str) -> None:
    pdf, _ = reports[(case, "vi")]
    text = _flat(" ".join(_pages(pdf)))
    found = [phrase for phrase in ENGLISH_IN_VI if phrase in text]
    assert not found, found
    english, _ = reports[(case, "en")]
    assert "Guidelines for National GHG Inventories" in _flat(" ".join(_pages(english))) or case == "paper"


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("case", CASES)
def test_no_table_leaves_a_single_row_alone_on_a_page(reports, case: str, lang: str) -> None:
    pdf, tables = reports[(case, lang)]
    pages = [_flat(p) for p in _pages(pdf, layout=True)]
    # the whole text with the page of each character, to find each row (its first cell) in reading order
    offsets, whole = [], ""
    for number, page in enumerate(pages):
        offsets.append((len(whole), number))
        whole += page + " "

    def page_at(position: int) -> int:
        return max(number for start, number in offsets if start <= position)

    split_tables = 0
    for caption, first_cells in tables:
        at = whole.find(_flat(caption))
        assert at >= 0, caption
        row_pages = []
        for cell in first_cells:
            cell = _flat(cell).split(" ")[0]  # a cell's first word: its lines interleave with the next cells'
            match = re.compile(r"(?<!\S)" + re.escape(cell) + r"(?!\S)").search(whole, at) if cell else None
            if match is None:
                row_pages.append(row_pages[-1] if row_pages else page_at(at))
                continue
            at = match.end()
            row_pages.append(page_at(match.start()))
        counts = {p: row_pages.count(p) for p in dict.fromkeys(row_pages)}
        if len(counts) > 1:
            split_tables += 1
            lonely = [p + 1 for p, n in counts.items() if n < 2]
            assert not lonely, f"{caption}: a single row alone on page(s) {lonely} ({counts})"
    assert tables  # the check saw the report's tables
