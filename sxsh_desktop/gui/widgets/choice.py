"""A combo-box delegate for cells holding one key out of a list (direction, kind, status …)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Choices = list[tuple[Any, str]]  # (key, label); a key of None is an empty choice


class ChoiceDelegate(QStyledItemDelegate):
    def __init__(
        self,
        choices: Callable[[QModelIndex], Choices],
        name: Callable[[QModelIndex], str],
        parent: Any = None,
        editable: bool = False,
    ):
        super().__init__(parent)
        self._choices, self._name, self.editable = choices, name, editable

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(self.editable)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setAccessibleName(self._name(index))
        for key, label in self._choices(index):
            combo.addItem(label, key)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        # the list that drops down as wide as its longest choice, whatever the column's width
        combo.view().setMinimumWidth(
            combo.view().sizeHintForColumn(0) + combo.view().verticalScrollBar().sizeHint().width()
        )
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        key = index.data(Qt.ItemDataRole.EditRole)
        i = editor.findData(key)
        if i < 0 and self.editable and key:
            editor.setEditText(str(key))
        else:
            editor.setCurrentIndex(max(i, 0))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        key = editor.currentData()
        if self.editable:  # a label of the list, a key typed as such, or a new free text
            text = editor.currentText().strip()
            i = editor.findText(text)
            if i < 0:
                i = editor.findData(text)
            key = editor.itemData(i) if i >= 0 else (text or None)
        if key != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, key, Qt.ItemDataRole.EditRole)
