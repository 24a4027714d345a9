"""Shared set-up of the page tests (no tests here): a store on a temporary SQLite file, a workspace,
and driving table cells the way a consultant does (open the editor, type, press Enter)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit

from sxsh_desktop.domain.model import Assessment, ProcessStep, Product
from sxsh_desktop.domain.quantities import Quantity


def make_store(tmp_path):
    from sxsh_desktop.store import open_store

    return open_store(f"sqlite:///{tmp_path / 'test.db'}", auto_backup=False)


def sample_workspace(tmp_path, language="vi"):
    from sxsh_desktop.gui.workspace import Workspace
    from sxsh_desktop.services.documents import load_sample

    store = make_store(tmp_path)
    result = load_sample(store)
    return Workspace(store, result.assessment_id, language)


def fresh_workspace(tmp_path, language="vi"):
    from sxsh_desktop.gui.workspace import Workspace

    store = make_store(tmp_path)
    a = Assessment(
        id="a-test",
        product=Product("Bia", "hL"),
        process_steps=[ProcessStep("cook", "Nấu", 1, Quantity(100.0, "hL"), focus=True)],
    )
    store.add_assessment(a)
    return Workspace(store, a.id, language)


def show(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def _editor(view: QAbstractItemView):
    for cls in (QComboBox, QLineEdit):
        found = [w for w in view.viewport().findChildren(cls) if w.isVisible()]
        if found:
            return found[-1]
    raise AssertionError("no editor opened")


def edit_cell(qtbot, view: QAbstractItemView, row: int, column: int, text: str) -> None:
    """Open the cell's editor, type `text` (or choose it in a combo by label or key), press Enter."""
    index = view.model().index(row, column)
    assert index.flags() & Qt.ItemFlag.ItemIsEditable, f"cell {row},{column} is not editable"
    view.setCurrentIndex(index)
    view.edit(index)
    QApplication.processEvents()
    editor = _editor(view)
    if isinstance(editor, QComboBox):
        i = editor.findText(text)
        if i < 0:
            i = editor.findData(text)
        if i < 0 and editor.isEditable():
            editor.setEditText(text)
        else:
            assert i >= 0, f"{text!r} is not a choice"
            editor.setCurrentIndex(i)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    else:
        editor.selectAll()
        editor.setText(text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def type_into(qtbot, line_edit: QLineEdit, text: str) -> None:
    """Focus a line edit, replace its text and press Enter (editingFinished)."""
    line_edit.setFocus()
    line_edit.selectAll()
    line_edit.setText(text)
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)
    QApplication.processEvents()


@pytest.fixture
def no_chart_draw(monkeypatch):
    """Charts are drawn in their own tests; elsewhere skip matplotlib to keep the suite quick."""
    from sxsh_desktop.gui.widgets.canvas import ChartView

    monkeypatch.setattr(ChartView, "flush", lambda self: setattr(self, "_pending", False))
