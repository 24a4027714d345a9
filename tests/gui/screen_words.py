"""What a Vietnamese screen must not show: a resource key, a step id where the step has a name, a unit
in English (year, m3), or a message in English. `visible_texts` walks every visible text of a widget
tree (labels, buttons, titles, tabs, combo items, fields and their placeholders, tooltips, table
headers and cells, the charts' words); `leaks` says which of them are wrong."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
_VIETNAMESE = set("ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")
# words of an English sentence that no Vietnamese sentence of the app uses
_ENGLISH = frozenset(
    "the is are not must should cannot there was were be been which this that with of and or per for from "
    "has have no yet unknown invalid required expected".split()
)
_ENGLISH_UNIT = re.compile(r"(?<![\w])(?:year|years|month|months|day|days|week)(?![\w])|(?<![\w.])(?:N?m[23])(?![\w])")
_KEY = re.compile(r"(?<![\w])([a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?![\w])")


ID_HEADERS = {"Mã", "Code"}  # a column where the id is what is edited (the steps' codes): shown as it is


def _item_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None or isinstance(view, QHeaderView):  # a header view's cells are its table's
        return []
    try:
        model.columnCount(QModelIndex())
    except TypeError:  # a model of Qt's own whose counts are not public (a list view's): no texts of ours
        return []
    out = []
    ids = {
        c
        for c in range(model.columnCount(QModelIndex()))
        if model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) in ID_HEADERS
    }
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = (
            model.columnCount(QModelIndex())
            if orientation == Qt.Orientation.Horizontal
            else model.rowCount(QModelIndex())
        )
        for i in range(min(count, 200)):
            for role in ROLES:
                value = model.headerData(i, orientation, role)
                if isinstance(value, str):
                    out.append(value)
    root = view.rootIndex()

    def walk(parent, depth=0):
        for r in range(min(model.rowCount(parent), 300)):
            for c in range(model.columnCount(parent)):
                if c in ids:
                    continue
                index = model.index(r, c, parent)
                for role in ROLES:
                    value = index.data(role)
                    if isinstance(value, str):
                        out.append(value)
                if c == 0 and depth < 3 and model.rowCount(index) > 0:
                    walk(index, depth + 1)

    walk(root)
    return out


def _figure_texts(widget: QWidget) -> list[str]:
    figure = getattr(widget, "figure", None)
    if figure is None or not hasattr(figure, "findobj"):
        return []
    from matplotlib.text import Text

    return [t.get_text() for t in figure.findobj(Text) if t.get_visible() and t.get_text()]


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a person can see (or hover) in `root` and its visible children."""
    out: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w is not root and not w.isVisibleTo(root):
            continue
        where = f"{type(w).__name__} {w.objectName() or w.accessibleName()}".strip()
        texts: list[str] = []
        if w.toolTip():
            texts.append(w.toolTip())
        if isinstance(w, QLabel):
            texts.append(w.text())
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            texts += [w.text(), w.placeholderText()]
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            texts.append(w.placeholderText())
        if isinstance(w, QAbstractItemView) and not isinstance(w, QComboBox):
            texts += _item_texts(w)
        if isinstance(w, QGraphicsView) and w.scene() is not None:
            for item in w.scene().items():
                if isinstance(item, QGraphicsSimpleTextItem):
                    texts.append(item.text())
                elif isinstance(item, QGraphicsTextItem):
                    texts.append(item.toPlainText())
        texts += _figure_texts(w)
        out += [(where, t) for t in texts if t and t.strip()]
    return out


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ")


def leaks(texts: list[tuple[str, str]], keys: set[str], step_ids: dict[str, str], typed: set[str]) -> list[str]:
    """The texts a Vietnamese screen must not show. `keys`: resource keys (and carriers) of the app and
    of the assessment; `step_ids`: id → name of the steps; `typed`: texts the user typed (a name of
    their own, a unit as typed), shown back as they are."""
    found = []
    for where, raw in texts:
        text = _plain(raw).strip()
        if text in typed:
            continue
        words = re.findall(r"[A-Za-z]+", text.lower())
        problems = []
        if text in keys or any(k in keys for k in _KEY.findall(text)):
            problems.append("a resource key")
        if text in step_ids and step_ids[text] != text:
            problems.append(f"a step id (the step is named {step_ids[text]!r})")
        if _ENGLISH_UNIT.search(text):
            problems.append("a unit in English")
        english = {w for w in words if w in _ENGLISH}
        if len(english) >= 2 and not any(c in _VIETNAMESE for c in text.lower()):
            problems.append(f"English ({', '.join(sorted(english))})")
        if problems:
            found.append(f"{where}: {text!r} — {'; '.join(problems)}")
    return found
