"""What "the layout fits" means, widget by widget (no tests here; test_layout_every_screen.py uses it).

A problem is a line naming the widget and what does not fit:
- a table's header text wider than its section, or a cell's text wider than its column (Qt elides both);
- in a view that wraps its text (the navigator's tree of tasks), a cell whose wrapped lines need more
  height than its row has, or a word wider than the cell (Qt elides or clips both);
- a field shorter than its font, or a field's text wider than the field (the start of "2024-12-31" scrolls
  out of a narrow line edit; a combo box elides its current text) — except a long free text that shows
  its start and is whole in the field's tooltip;
- a label, a button, a radio button or a check box narrower than its text, a wrapping label shorter than its lines (Qt clips them);
- tabs that do not all fit their bar (the rest hide behind scroll arrows).
Only what is visible is looked at; rows of a table are looked at up to MAX_ROWS."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

MAX_ROWS = 200


def _name(w: QWidget) -> str:
    parts = []
    p = w
    while p is not None and len(parts) < 3:
        label = p.accessibleName() or p.objectName()
        if label and not label.startswith("qt_"):
            parts.append(label)
        elif not type(p).__module__.startswith("PySide6"):
            parts.append(type(p).__name__)
        p = p.parentWidget()
    return " < ".join(parts) or type(w).__name__


def _shown(w: QWidget, root: QWidget) -> bool:
    return w.isVisible() and w.isVisibleTo(root) and w.width() > 0


def _header_problems(view: QTableView) -> list[str]:
    out = []
    header: QHeaderView = view.horizontalHeader()
    if not header.isVisible():
        return out
    model = view.model()
    for c in range(header.count()):
        if header.isSectionHidden(c):
            continue
        need = header.sectionSizeHint(c)
        if header.sectionSize(c) < need:
            text = str(model.headerData(c, header.orientation()) or "")
            out.append(f"{_name(view)}: header {text!r} needs {need} px, has {header.sectionSize(c)}")
    return out


def _cell_problems(view: QAbstractItemView) -> list[str]:
    out = []
    model = view.model()
    if model is None:
        return out
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    is_table = isinstance(view, QTableView)
    grid = 1 if is_table and view.showGrid() else 0  # the grid line takes a pixel of each cell
    is_tree = isinstance(view, QTreeView)
    if not (is_table or is_tree or isinstance(view, QListView)):
        return out
    if view.wordWrap():
        return _wrapped_problems(view)
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps columnCount to itself: one column
        columns = 1
    for c in range(columns):
        if (is_table or is_tree) and view.isColumnHidden(c):
            continue
        width = view.columnWidth(c) if is_table or is_tree else view.viewport().width()
        for r in range(min(model.rowCount(QModelIndex()), MAX_ROWS)):
            index = model.index(r, c)
            need = view.itemDelegateForIndex(index).sizeHint(option, index).width() + grid
            if need <= width or is_table and view.columnSpan(r, c) > 1:
                continue
            text = index.data()  # asked only of a cell too narrow (see _in_item_view on why)
            if text is None or str(text) == "" or view.indexWidget(index) is not None:
                continue
            if need > width:
                out.append(f"{_name(view)}: cell {r},{c} {str(text)!r} needs {need} px, has {width}")
                break  # one line per column is enough
    return out


def _visible_indexes(view: QAbstractItemView):
    """The indexes of a view's first column(s) that are shown: a tree's expanded rows, a table's rows."""
    model = view.model()
    is_tree = isinstance(view, QTreeView)

    def rows(parent: QModelIndex, depth: int):
        for r in range(min(model.rowCount(parent), MAX_ROWS)):
            index = model.index(r, 0, parent)
            yield index
            if is_tree and depth < 3 and view.isExpanded(index):
                yield from rows(index, depth + 1)

    columns = 1 if isinstance(view, QListView) else model.columnCount(QModelIndex())
    for first in rows(QModelIndex(), 0):
        for c in range(columns):
            if isinstance(view, QTableView | QTreeView) and view.isColumnHidden(c):
                continue
            yield first.siblingAtColumn(c)


def _wrapped_problems(view: QAbstractItemView) -> list[str]:
    """A wrapping view's cells: the wrapped text must fit the cell's text rectangle, as the style lays it
    out (the check box, the icon and the indentation taken off) less the margins the style draws it in."""
    out = []
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    viewport = view.viewport().rect()
    for index in _visible_indexes(view):
        rect = view.visualRect(index)
        if rect.isEmpty() or not rect.intersects(viewport):
            continue
        delegate = view.itemDelegateForIndex(index)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = rect
        delegate.initStyleOption(option, index)
        text = option.text
        if not text:
            continue
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        width = area.width() - 2 * margin
        metrics = QFontMetrics(option.font)
        need = metrics.boundingRect(QRect(0, 0, max(width, 1), 100000), int(Qt.TextFlag.TextWordWrap), text)
        if need.width() > width or need.height() > area.height():
            out.append(
                f"{_name(view)}: wrapped cell {text!r} needs {need.width()}×{need.height()} px, "
                f"has {width}×{area.height()}"
            )
    return out


def _line_edit_problems(w: QLineEdit) -> list[str]:
    out = []
    if w.height() < w.fontMetrics().height() + 4:
        out.append(f"{_name(w)}: {w.height()} px tall for a {w.fontMetrics().height()} px font")
    text = w.displayText()
    if text:
        option = QStyleOptionFrame()
        w.initStyleOption(option)
        rect = w.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, w)
        margins = w.textMargins()
        room = rect.width() - margins.left() - margins.right() - 4  # QLineEdit keeps 2 px each side
        need = w.fontMetrics().horizontalAdvance(text)
        # shown from its start (the cursor there, with the focus or without: QWizard puts it in a page's
        # first field) and whole in its tooltip
        free_text = w.toolTip() == text and w.cursorPosition() == 0
        if need > room and not free_text:  # a long free text may show its start, whole in its tooltip
            out.append(f"{_name(w)}: text {text!r} needs {need} px, has {room}")
    return out


def _combo_problems(w: QComboBox) -> list[str]:
    out = []
    if w.height() < w.fontMetrics().height() + 4:
        out.append(f"{_name(w)}: {w.height()} px tall for a {w.fontMetrics().height()} px font")
    text = w.currentText()
    if text and not w.isEditable():
        option = QStyleOptionComboBox()
        w.initStyleOption(option)
        rect = w.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, w
        )
        need = w.fontMetrics().horizontalAdvance(text)
        if not w.itemIcon(w.currentIndex()).isNull():
            need += w.iconSize().width() + 4
        if need > rect.width():
            out.append(f"{_name(w)}: choice {text!r} needs {need} px, has {rect.width()}")
    return out


def _label_problems(w: QLabel) -> list[str]:
    if not w.text() or w.pixmap() is not None and not w.pixmap().isNull():
        return []
    if w.wordWrap():  # its widest word (or run of words joined by no-break spaces), and its lines' height
        wide, tall = w.minimumSizeHint().width(), w.heightForWidth(w.width())
        if w.width() < wide:
            return [f"{_name(w)}: wrapped label {w.text()[:60]!r} needs {wide} px wide, has {w.width()}"]
        if tall > w.height() + 1:
            return [f"{_name(w)}: wrapped label {w.text()[:60]!r} needs {tall} px tall, has {w.height()}"]
        return []
    need = w.minimumSizeHint().width()
    if w.width() < need:
        return [f"{_name(w)}: label {w.text()[:60]!r} needs {need} px, has {w.width()}"]
    return []


def _button_problems(w: QPushButton) -> list[str]:
    if not w.text():
        return []
    need = w.fontMetrics().horizontalAdvance(w.text().replace("&", "")) + 8
    if w.width() < need:
        return [f"{_name(w)}: button {w.text()!r} needs {need} px, has {w.width()}"]
    return []


def _choice_problems(w: QAbstractButton) -> list[str]:
    """A radio button or a check box: its indicator and its text (which it cannot wrap) whole."""
    need = w.sizeHint().width()
    if w.text() and w.width() < need:
        return [f"{_name(w)}: {type(w).__name__} {w.text()!r} needs {need} px, has {w.width()}"]
    return []


def _tab_problems(bar: QTabBar) -> list[str]:
    if bar.count() == 0:
        return []
    right = max(bar.tabRect(i).right() for i in range(bar.count()))
    if right > bar.width() or bar.tabRect(0).left() < 0:
        return [f"{_name(bar.parentWidget() or bar)}: tabs need {right + 1} px, bar has {bar.width()}"]
    return []


def problems(root: QWidget) -> list[str]:
    """What does not fit in `root` as it is shown now."""
    out: list[str] = []
    _views[:] = root.findChildren(QAbstractItemView)
    for view in root.findChildren(QAbstractItemView):
        if not _shown(view, root) or isinstance(view.parentWidget(), QComboBox) or view.window() is not root.window():
            continue
        if isinstance(view, QTableView):
            out += _header_problems(view)
        if getattr(view, "layout_checked_cells", True):
            out += _cell_problems(view)
    for w in root.findChildren(QLineEdit):
        if _shown(w, root) and not isinstance(w.parentWidget(), QComboBox) and not _in_item_view(w):
            out += _line_edit_problems(w)
    for w in root.findChildren(QComboBox):
        if _shown(w, root) and not _in_item_view(w):
            out += _combo_problems(w)
    for w in root.findChildren(QLabel):
        if _shown(w, root):
            out += _label_problems(w)
    for w in root.findChildren(QPushButton):
        if _shown(w, root):
            out += _button_problems(w)
    for w in [*root.findChildren(QRadioButton), *root.findChildren(QCheckBox)]:
        if _shown(w, root) and not _in_item_view(w):
            out += _choice_problems(w)
    for bar in root.findChildren(QTabBar):
        if _shown(bar, root):
            out += _tab_problems(bar)
    return out


_views: list[QAbstractItemView] = []


def _in_item_view(w: QWidget) -> bool:
    # asked of the views rather than by walking up to a None parent: in PySide6 6.12 every call that returns
    # None takes a reference from None, and thousands of walks per screen wore it out (the run crashed)
    return any(v.isAncestorOf(w) for v in _views)


def problems_in_every_tab(root: QWidget, where: str) -> list[str]:
    """`problems(root)` with each tab of each tab widget in front in turn (nested ones too)."""
    out = [f"{where}: {p}" for p in problems(root)]
    seen: set[int] = set()

    def walk(container: QWidget, label: str) -> None:
        for tabs in container.findChildren(QTabWidget):
            if id(tabs) in seen or not _shown(tabs, root):
                continue
            seen.add(id(tabs))
            before = tabs.currentIndex()
            for i in range(tabs.count()):
                if i == before:
                    continue
                tabs.setCurrentIndex(i)
                settle()
                here = f"{label} › {tabs.tabText(i)}"
                out.extend(f"{here}: {p}" for p in problems(tabs.widget(i)))
                walk(tabs.widget(i), here)
            tabs.setCurrentIndex(before)
            settle()

    walk(root, where)
    return sorted(set(out), key=out.index)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
