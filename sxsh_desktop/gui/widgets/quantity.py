"""Typing quantities the way a consultant writes them: "12,5 tấn", "3.600 kWh", "1.850 VND/kWh".

The text is read with the domain's parser (Vietnamese decimal comma and thousands dot; English
when the language is en) and the unit is checked against what the field expects. A wrong entry
is reported in words beside the field or cell, and what is stored does not change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ...domain.display import format_quantity as format_quantity  # the screens import them from here too
from ...domain.display import unit_label
from ...domain.numbers import format_value as format_value
from ...domain.quantities import Quantity, UnitError, parse_number, parse_quantity, require_kind
from ..forms import StoredLineEdit, error_text  # the one wording of refusals, shared with the forms

ERROR_STYLE = "color: #b00020; font-weight: 600;"
ERROR_PREFIX = "\u26a0 "  # a warning sign, so the message does not rely on colour alone


def example_text(example: str, language: str) -> str:
    """An example quantity ("210.000.000 VND/year") with its unit as the language reads it (VND/năm)."""
    number, _, unit = example.rpartition(" ")
    return f"{number} {unit_label(unit, language)}" if number and unit else example


def read_quantity(
    text: str,
    language: str,
    *,
    field: str,
    previous: Quantity | None = None,
    kinds: Sequence[str] | None = None,
    optional: bool = False,
) -> Quantity | None:
    """Parse a typed quantity; a bare number keeps the previous unit. Raises UnitError."""
    text = text.strip()
    if not text:
        if optional:
            return None
        raise UnitError.of(field, "quantity.required")
    try:
        q = parse_quantity(text, field, language)
    except UnitError:
        if previous is None:
            raise
        try:
            q = Quantity(parse_number(text, field, language), previous.unit)
        except UnitError:
            raise UnitError.of(field, "quantity.not_quantity", text=text) from None
    if kinds:
        require_kind(q.unit, tuple(kinds), field)
    return q


class QuantityEdit(QWidget):
    """A line edit for one quantity with its message beside it; emits `committed` with a valid value."""

    committed = Signal(object)  # Quantity | None

    def __init__(
        self,
        language: Callable[[], str],
        field: str,
        *,
        kinds: Sequence[str] | None = None,
        optional: bool = False,
        placeholder: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._language, self.field, self.kinds, self.optional = language, field, kinds, optional
        self._value: Quantity | None = None
        self.edit = StoredLineEdit(self, unchanged=self._unchanged)  # Ctrl+Z once saved: the window's Undo
        self.edit.setPlaceholderText(example_text(placeholder, language()))
        self.edit.setAccessibleName(field)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message, 1)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self._finish)
        self.edit.escaped.connect(self.revert)

    def value(self) -> Quantity | None:
        return self._value

    def setValue(self, q: Quantity | None) -> None:
        self._value = q
        if not self.edit.hasFocus() or self.message.isHidden():
            self.edit.setText(format_quantity(q, self._language()))

    def revert(self) -> None:
        """What is stored back in the field (Escape), the message of a refusal taken off."""
        self.show_error("")
        self.edit.setText(format_quantity(self._value, self._language()))

    def _unchanged(self) -> bool:
        """The field shows what is stored: nothing new typed in it."""
        return self.edit.text().strip() == format_quantity(self._value, self._language()).strip()

    def refuse(self, why: BaseException | str, *, names_field: bool = False) -> None:
        """An entry refused (by the parser or by the store): why, with what was typed, beside the field;
        the field shows the stored value again."""
        from ..forms import refused

        typed = self.edit.text()
        reason = why if isinstance(why, str) else error_text(why)
        if self.field and not names_field and not reason.startswith(self.field):  # the message names its field
            reason = f"{self.field}: {reason}"
        self.show_error(refused(typed, reason) if typed.strip() else reason)
        self.edit.setText(format_quantity(self._value, self._language()))
        self.edit.setCursorPosition(0)

    def show_error(self, text: str) -> None:
        if text:
            self.message.setText(ERROR_PREFIX + text)
            self.message.setToolTip(text)
            self.message.show()
            self.edit.setStyleSheet("border: 2px solid #b00020;")
            self.edit.setAccessibleDescription(text)
        else:
            self.message.hide()
            self.message.clear()
            self.edit.setStyleSheet("")
            self.edit.setAccessibleDescription("")

    def parsed(self) -> Quantity | None:
        """The typed value; raises UnitError."""
        return read_quantity(
            self.edit.text(),
            self._language(),
            field=self.field,
            previous=self._value,
            kinds=self.kinds,
            optional=self.optional,
        )

    def _finish(self) -> None:
        if self._unchanged():
            return  # nothing new typed (a refusal's message stays until the next entry)
        try:
            q = self.parsed()
        except UnitError as exc:
            self.refuse(exc)
            return
        self.show_error("")
        self.committed.emit(q)


def _plain(index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
    """The cell's QModelIndex (a delegate may be given a persistent one)."""
    if isinstance(index, QModelIndex):
        return index
    return index.model().index(index.row(), index.column(), index.parent())


class QuantityDelegate(QStyledItemDelegate):
    """Edits a cell holding a Quantity (EditRole) as text; a bad entry emits `problem` and is not set.

    `kinds(index)` gives the kinds of unit the cell accepts (None: any); `field(index)` names it in
    messages. The model's setData receives a Quantity (or None when optional and left empty).
    """

    problem = Signal(str)

    def __init__(
        self,
        language: Callable[[], str],
        field: Callable[[QModelIndex], str],
        *,
        kinds: Callable[[QModelIndex], Sequence[str] | None] | None = None,
        optional: bool = False,
        placeholder: str = "",
        parent: Any = None,
    ):
        super().__init__(parent)
        self._language, self._field, self._kinds = language, field, kinds
        self.optional, self.placeholder = optional, placeholder

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setPlaceholderText(self.placeholder)
        editor.setAccessibleName(self._field(_plain(index)))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        q = index.data(Qt.ItemDataRole.EditRole)
        assert isinstance(editor, QLineEdit)
        editor.setText(format_quantity(q, self._language()) if isinstance(q, Quantity) else str(q or ""))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        previous = index.data(Qt.ItemDataRole.EditRole)
        previous = previous if isinstance(previous, Quantity) else None
        if editor.text().strip() == format_quantity(previous, self._language()).strip():
            return
        try:
            q = read_quantity(
                editor.text(),
                self._language(),
                field=self._field(_plain(index)),
                previous=previous,
                kinds=self._kinds(_plain(index)) if self._kinds else None,
                optional=self.optional,
            )
        except UnitError as exc:
            self.problem.emit(error_text(exc))
            return
        model.setData(index, q, Qt.ItemDataRole.EditRole)
