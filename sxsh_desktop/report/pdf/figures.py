"""The report's figures as vector drawings with real text.

A chapter hands `Report.figure` a callable that makes its matplotlib Figure (or None: no figure). The
layout keeps a box of the figure's size where it goes (`FigureSpace`, a flowable that notes the page
and position it was drawn at). Once the layout is done, matplotlib's PDF backend draws every figure of
the report, one page each, into one PDF (TrueType text, so every letter can be searched and copied;
hatches as PDF patterns; the fonts subset once for all figures), and each of its pages is placed into
its box as a form XObject (pyHanko) in the same update that binds the report to its assessment, before
it is signed. The figures are the same matplotlib Figures the screen draws.

Where a worker makes and draws the figures (pdf/figures_ahead.py), this process never makes them: a
`PendingFigure` stands in the story for each call, and when the layout reaches the first one the
worker's first message says which figures there are and their sizes (pdf/figures_pending.py).
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter


@dataclass
class Placement:
    """Where the layout put a figure: page index (0-based), lower-left corner, size, in points."""

    page: int
    x: float
    y: float
    width: float
    height: float


def size_of(fig: Figure) -> tuple[float, float]:
    """A figure's width and height in inches."""
    w_in, h_in = fig.get_size_inches()
    return float(w_in), float(h_in)


MakeFigure = Callable[[], "Figure | None"]  # a chart function with its arguments (functools.partial)
FigureBlock = Callable[[tuple[float, float] | None, str, float | None], list[Any]]  # Report.figure_block


@dataclass
class Figures:
    """The figures of one report, in order, and where the last layout pass placed each. Made in this
    process as the story is written (pdf/figures_pending.py: by a worker)."""

    figures: list[Figure]  # made in this process, in order
    placements: dict[int, Placement]
    drawn: bytes | None  # the figures already drawn (one PDF page each, in order: pdf/figures_ahead.py)
    replaced: dict[str, int]  # characters replaced in figures made elsewhere (report/text.py collecting)

    def __init__(self, block: FigureBlock) -> None:
        self.figures = []
        self.placements = {}
        self.drawn = None
        self.replaced = {}
        self._block = block
        self._spaces = 0

    def figure(self, make: MakeFigure, caption: str, max_height: float | None) -> list[Any]:
        """The blocks of a figure in the story: its room and its numbered caption (`block`), nothing
        when `make` gives no figure."""
        fig = make()
        if fig is None:
            return []
        self.figures.append(fig)
        return self._block(size_of(fig), caption, max_height)

    def space(self, width: float, height: float) -> Any:
        """A flowable of `width` × `height` points that keeps the room for the next figure."""
        self._spaces += 1
        return _space_class()(self, self._spaces - 1, width, height)

    def finish(self) -> bool:
        """Once the layout is done: whether the figures are the ones it kept room for (always, when they
        are made as the story is written)."""
        return True

    def place(self, writer: IncrementalPdfFileWriter) -> None:
        """Draw every placed figure into its box on its page (nothing when there are none)."""
        if not self.placements:
            return
        from pyhanko.pdf_utils import generic
        from pyhanko.pdf_utils.reader import PdfFileReader

        drawn = self.drawn if self.drawn is not None else figures_pdf(self.figures)
        reader = PdfFileReader(io.BytesIO(drawn), strict=False)
        forms = _import_forms(writer, reader, sorted(self.placements))
        by_page: dict[int, list[tuple[int, Placement]]] = {}
        for index, placement in sorted(self.placements.items()):
            by_page.setdefault(placement.page, []).append((index, placement))
        for page, items in by_page.items():
            xobjects = generic.DictionaryObject()
            ops = [b"Q"]  # closes the q put before the page's own content
            for index, p in items:
                name = f"/SXSHFigure{index}"
                form, (w_pt, h_pt) = forms[index]
                xobjects[generic.NameObject(name)] = form
                ops.append(
                    f"q {p.width / w_pt:.6f} 0 0 {p.height / h_pt:.6f} {p.x:.3f} {p.y:.3f} cm {name} Do Q".encode()
                )
            resources = generic.DictionaryObject({generic.NameObject("/XObject"): xobjects})
            # the page's content in q … Q, so that no state it leaves behind can move the figures
            writer.add_stream_to_page(page, writer.add_object(generic.StreamObject(stream_data=b"q\n")), prepend=True)
            stream = generic.StreamObject(stream_data=b"\n".join(ops) + b"\n")
            writer.add_stream_to_page(page, writer.add_object(stream), resources=resources)


def _import_forms(writer: Any, reader: Any, indices: list[int]) -> dict[int, tuple[Any, tuple[float, float]]]:
    """Pages of `reader` as form XObjects of `writer`, imported in one go so that the fonts and
    patterns the pages share are copied once (pyHanko's import_page_as_xobject copies them per page)."""
    from pyhanko.pdf_utils import generic

    bundle = generic.ArrayObject()
    boxes = []
    for index in indices:
        page_ref, resources = reader.find_page_for_modification(index)
        page = page_ref.get_object()
        contents = page.raw_get("/Contents")
        if isinstance(contents, generic.ArrayObject) or not isinstance(contents.get_object(), generic.StreamObject):
            raise ValueError("a figure page with several content streams")  # matplotlib writes one
        box = page["/MediaBox"]
        boxes.append(box)
        bundle.append(generic.ArrayObject([contents, resources]))
    bundle.container_ref = reader.root.container_ref  # what the importer reads the references from
    imported = writer.import_object(bundle)
    forms = {}
    for index, box, (contents_ref, resources) in zip(indices, boxes, imported, strict=True):
        form = contents_ref.get_object()
        form[generic.NameObject("/Type")] = generic.NameObject("/XObject")
        form[generic.NameObject("/Subtype")] = generic.NameObject("/Form")
        form[generic.NameObject("/BBox")] = generic.ArrayObject(generic.FloatObject(float(v)) for v in box)
        form[generic.NameObject("/Resources")] = resources
        size = (float(box[2]) - float(box[0]), float(box[3]) - float(box[1]))
        forms[index] = (contents_ref, size)
    return forms


def figures_pdf(figures: list[Figure]) -> bytes:
    """All `figures`, one PDF page each at its own size, text as TrueType text (never outlines)."""
    import matplotlib
    from matplotlib.backends.backend_pdf import FigureCanvasPdf, PdfPages

    buf = io.BytesIO()
    with (
        matplotlib.rc_context({"pdf.fonttype": 42, "pdf.compression": 6}),
        _subsets_without_layout_tables(),
        PdfPages(buf) as pages,
    ):
        for fig in figures:
            canvas = fig.canvas
            FigureCanvasPdf(fig)
            pages.savefig(fig, facecolor="white")
            fig.set_canvas(canvas)  # the figure keeps the canvas it had (Agg on the screen)
    return buf.getvalue()


_SUBSETTING = threading.Lock()
LAYOUT_TABLES = ("GSUB", "GPOS", "GDEF")


@contextmanager
def _subsets_without_layout_tables() -> Iterator[None]:
    """While the figures' PDF is written, matplotlib's subsets of the chart faces leave out the
    OpenType layout tables (GSUB, GPOS, GDEF). The text is shaped before it is written (each glyph is
    placed by the content stream) and the subset is made of the glyphs drawn, so a PDF reader never
    uses those tables; reading them and following their substitutions was most of the subset's cost
    (~0.1 s a face). matplotlib calls fontTools' subset module for it (backends/_backend_pdf_ps.py);
    if that ever changes, its own subsetting is used unchanged."""
    from fontTools import subset
    from matplotlib.backends import _backend_pdf_ps

    if getattr(_backend_pdf_ps, "subset", None) is not subset:
        yield
        return

    class Options(subset.Options):  # type: ignore[misc]  # fontTools is untyped
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.drop_tables += list(LAYOUT_TABLES)

    class Subsetting:
        """fontTools.subset as matplotlib sees it here, with those options."""

        def __getattr__(self, name: str) -> Any:
            return Options if name == "Options" else getattr(subset, name)

    with _SUBSETTING:
        _backend_pdf_ps.subset = Subsetting()
        try:
            yield
        finally:
            _backend_pdf_ps.subset = subset


@lru_cache(maxsize=1)
def _space_class() -> type:
    from reportlab.platypus import Flowable

    class FigureSpace(Flowable):
        """Room for a figure; notes the page and position it is drawn at (the last layout pass wins)."""

        def __init__(self, owner: Figures, index: int, width: float, height: float) -> None:
            super().__init__()
            self.owner, self.index = owner, index
            self.width, self.height = width, height
            self.hAlign = "CENTER"

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            x, y = self.canv.absolutePosition(0, 0)
            page = self.canv.getPageNumber() - 1
            self.owner.placements[self.index] = Placement(page, x, y, self.width, self.height)

    return FigureSpace
