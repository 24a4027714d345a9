"""Small pieces the task pages share: the message line, table set-up, new ids, the number formats."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ...domain.numbers import format_money, format_percent, format_significant
from .quantity import ERROR_PREFIX, ERROR_STYLE

OK_STYLE = "color: #2e7d4f; font-weight: 600;"
MUTED_STYLE = "color: #6b7785;"


class MessageLabel(QLabel):
    """One line under a table or form: why the last entry was refused (empty and hidden when fine)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        if text:
            self.setText(ERROR_PREFIX + text)
            self.setAccessibleDescription(text)
            self.show()
        else:
            self.clear()
            self.setAccessibleDescription("")
            self.hide()


def setup_table(view: QTableView, name: str) -> QTableView:
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def delete_key(view: QAbstractItemView, text: str, delete: Callable[[], object]) -> QAction:
    """The Delete key on the table itself (not in an open cell editor, where it deletes a character) runs
    `delete`, as the page's delete button does."""
    action = QAction(text, view)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(lambda: delete())
    view.addAction(action)
    return action


def set_widths(view: QTableView, widths: Iterable[int], stretch: int | None = None) -> None:
    """Column widths (after the model is set, and again after it changes its columns): each width is the
    least a column gets; a column whose header or widest cell needs more gets that (the table then scrolls
    sideways rather than eliding), and `stretch` (or the last column) takes the room left over."""
    fit_columns(view, widths, stretch)


def fit_columns(
    view: QTableView, widths: Iterable[int] = (), stretch: int | None = None, wrap: Iterable[int] = ()
) -> None:
    """Keep `view`'s columns as wide as their header and their widest cell (at least `widths`), from now
    on: again whenever the model's rows, data or headers change and when the view is resized.

    `wrap`: columns of long text (a reason, a signer's name and organisation) that, when the columns'
    needs are more than the view's width, share what the others leave and wrap their text, the rows as
    tall as their lines, so that every word is read without scrolling sideways."""
    fitter = getattr(view, "_column_fitter", None)
    if fitter is None:
        fitter = _ColumnFitter(view)
        view._column_fitter = fitter  # type: ignore[attr-defined]
    fitter.configure(list(widths), stretch, tuple(wrap))


class _ColumnFitter(QObject):
    MAX_ROWS = 1000  # rows measured per column (beyond that the first thousand stand for the rest)

    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view
        self.widths: list[int] = []
        self.stretch: int | None = None
        self.wrap: tuple[int, ...] = ()
        self.model: QAbstractItemModel | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        view.viewport().installEventFilter(self)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def configure(self, widths: list[int], stretch: int | None, wrap: tuple[int, ...] = ()) -> None:
        self.widths, self.stretch, self.wrap = widths, stretch, wrap
        if wrap:
            self.view.setWordWrap(True)
        model = self.view.model()
        if model is not self.model:
            self.model = model
            if model is not None:
                for signal in (
                    model.modelReset,
                    model.layoutChanged,
                    model.rowsInserted,
                    model.rowsRemoved,
                    model.columnsInserted,
                    model.columnsRemoved,
                    model.dataChanged,
                    model.headerDataChanged,
                ):
                    signal.connect(self.schedule)
        header = self.view.horizontalHeader()
        for i in range(header.count()):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
        self.fit()

    def schedule(self, *_args: object) -> None:
        self._timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.schedule()
        return False

    def needs(self) -> list[int]:
        view, model = self.view, self.view.model()
        header = view.horizontalHeader()
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        out = []
        rows = min(model.rowCount(), self.MAX_ROWS) if model is not None else 0
        grid = 1 if view.showGrid() else 0  # the grid line takes a pixel of each cell
        # only what returns a value is asked from Python here: index.data() on an empty cell (and any call
        # that returns None) costs None a reference in PySide6 6.12, which a table measured often runs out of
        for c in range(header.count()):
            need = max(self.widths[c] if c < len(self.widths) else 0, header.sectionSizeHint(c))
            for r in range(rows):
                index = model.index(r, c)
                need = max(need, view.itemDelegateForIndex(index).sizeHint(option, index).width() + grid)
            out.append(need)
        return out

    def fit(self) -> None:
        view = self.view
        if view.model() is None:
            return
        header = view.horizontalHeader()
        needs = self.needs()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not shown:
            return
        room = view.viewport().width()
        wrapping = [c for c in self.wrap if c in shown]
        if wrapping and sum(needs[c] for c in shown) > room:
            self._share(needs, shown, wrapping, room)
        spare = room - sum(needs[c] for c in shown)
        grow = self.stretch if self.stretch in shown else shown[-1]
        for c in shown:
            width = needs[c] + (spare if c == grow and spare > 0 else 0)
            if header.sectionSize(c) != width:
                header.resizeSection(c, width)
        if wrapping:
            view.resizeRowsToContents()

    def _share(self, needs: list[int], shown: list[int], wrapping: list[int], room: int) -> None:
        """The wrapping columns share the room the others leave, each in proportion to its need, none
        narrower than its header or twelve average letters (then the view scrolls sideways after all)."""
        header = self.view.horizontalHeader()
        left = room - sum(needs[c] for c in shown if c not in wrapping)
        wanted = sum(needs[c] for c in wrapping)
        least = 12 * self.view.fontMetrics().averageCharWidth()
        for c in wrapping:
            floor = min(needs[c], max(header.sectionSizeHint(c), least))
            needs[c] = max(floor, left * needs[c] // max(wanted, 1))


def new_id(prefix: str, existing: Iterable[str]) -> str:
    taken = set(existing)
    n = 1
    while f"{prefix}{n}" in taken:
        n += 1
    return f"{prefix}{n}"


# A table cell's numbers, in the page's language (an empty cell when missing): the formats of domain/numbers.py.


def money(value: float | None, language: str) -> str:
    """VND, whole đồng, grouped."""
    return format_money(value, language)


def sig(value: float | None, language: str, digits: int = 3) -> str:
    return format_significant(value, digits, language, missing="")


def percent(value: float | None, language: str, decimals: int = 1) -> str:
    return format_percent(value, decimals, language, missing="")


def format_date(iso: str | None, language: str) -> str:
    """YYYY-MM-DD shown as 31/12/2024 in Vietnamese, kept as 2024-12-31 in English."""
    if not iso:
        return ""
    if language == "vi" and len(iso) == 10 and iso[4] == "-" and iso[7] == "-":
        return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"
    return iso


def parse_date(text: str, field: str) -> str | None:
    """Read 2024-12-31 or 31/12/2024 (31.12.2024) into ISO; empty gives None. Raises UnitError."""
    import re
    from datetime import date

    from ...domain.quantities import UnitError

    s = text.strip()
    if not s:
        return None
    try:
        m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", s)
        d = date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else date.fromisoformat(s)
    except ValueError:
        raise UnitError(f"{field}: '{text}' is not a date (31/12/2024 or 2024-12-31)") from None
    return d.isoformat()
