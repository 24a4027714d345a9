"""The figures of a report whose worker makes and draws them (pdf/figures_ahead.py), so that this
process never makes one (nor imports matplotlib).

Each `Report.figure` call is kept (how to make the figure, its caption, its height limit) and a
`PendingFigure` stands where it goes in the story. When the layout reaches the first one, the worker's
first message says, call by call, whether the figure exists and its size; when its captions are this
story's, in order, every pending figure becomes the blocks the in-process report has in its place (the
room, the caption numbered among the figures that exist), before reportlab looks at it or at what it
is kept with. Otherwise (the worker failed, died, or wrote another story) the figures are made here
from the calls kept. Once laid out, the worker's drawing (its second message) is placed; without it
the figures are made here and, when their sizes are not the ones the layout kept, the report is laid
out again in this process (builder.render_report). Either way the PDF is the in-process one.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from .figures import FigureBlock, Figures, MakeFigure, size_of

if TYPE_CHECKING:  # pragma: no cover
    from .figures_ahead import FiguresAhead

log = logging.getLogger(__name__)

Size = tuple[float, float] | None  # a figure's width and height in inches; None: no figure


class FigureCall(NamedTuple):
    """One `Report.figure` call of the story."""

    make: MakeFigure
    caption: str
    max_height: float | None


class PendingFigures(Figures):
    """The figures of a report while a worker makes them: sizes from its first message, the drawing
    from its second, or made here when the worker's figures are not the story's."""

    def __init__(self, block: FigureBlock, ahead: FiguresAhead) -> None:
        super().__init__(block)
        self.ahead: FiguresAhead | None = ahead
        self.calls: list[FigureCall] = []
        self.sizes: list[Size] | None = None  # per call, once the layout needs them
        self._blocks: list[list[Any]] | None = None
        self._worker_replaced: dict[str, int] = {}

    def figure(self, make: MakeFigure, caption: str, max_height: float | None) -> list[Any]:
        self.calls.append(FigureCall(make, caption, max_height))
        return [_pending_class()(self, len(self.calls) - 1)]

    def blocks(self, index: int) -> list[Any]:
        """What goes in the story for call `index`: every call's blocks are made the first time, in
        order, so the figures are numbered as the in-process report numbers them."""
        if self._blocks is None:
            sizes = self._sizes()
            self._blocks = [
                self._block(size, c.caption, c.max_height) for c, size in zip(self.calls, sizes, strict=True)
            ]
        return self._blocks[index]

    def _sizes(self) -> list[Size]:
        first = self.ahead.sizes() if self.ahead is not None else None
        if first is not None:
            listed, replaced = first
            if [caption for caption, _ in listed] == [c.caption for c in self.calls]:
                self.sizes = [size for _, size in listed]
                self._worker_replaced = replaced
                return self.sizes
            log.info("the figures are made in this process (the worker's figures are not the story's)")
        self._give_up()
        self.sizes = self._make_here()
        return self.sizes

    def _make_here(self) -> list[Size]:
        made = [c.make() for c in self.calls]
        self.figures = [fig for fig in made if fig is not None]
        return [None if fig is None else size_of(fig) for fig in made]

    def _give_up(self) -> None:
        if self.ahead is not None:
            self.ahead.stop()
            self.ahead = None

    def finish(self) -> bool:
        """Once the layout is done: the worker's drawing, or the figures made here; False when those
        are not the sizes the layout kept room for (the report is then laid out again)."""
        if self.ahead is None:  # made here already
            return True
        if self.sizes is None:  # the layout met no figure
            self._give_up()
            return not self.calls
        drawn = self.ahead.drawn()
        self.ahead = None
        if drawn is not None:
            self.drawn = drawn
            self.replaced = self._worker_replaced
            return True
        return self._make_here() == self.sizes


def put_in_place(flowables: list[Any]) -> None:
    """The pending figures at the front of the layout's `flowables` (the next flowable and every one
    kept with it) replaced by their blocks, so that what reportlab handles next, keepWithNext included,
    is what the in-process report has there (BaseDocTemplate.filterFlowables)."""
    pending = _pending_class()
    i = 0
    while i < len(flowables):
        f = flowables[i]
        if isinstance(f, pending):
            flowables[i : i + 1] = f.blocks()
            continue
        if not f.getKeepWithNext():
            break
        i += 1
    if not flowables:
        flowables.append(None)  # reportlab discards a None at the front


@lru_cache(maxsize=1)
def _pending_class() -> type[Any]:
    from reportlab.platypus import Flowable

    class PendingFigure(Flowable):
        """Where a figure goes in the story until the layout reaches it (put_in_place)."""

        def __init__(self, owner: PendingFigures, index: int) -> None:
            super().__init__()
            self.owner, self.index = owner, index

        def blocks(self) -> list[Any]:
            return self.owner.blocks(self.index)

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            raise RuntimeError("a figure's blocks go into the story itself, not inside another flowable")

    return PendingFigure
