"""The province field of the facility page: an editable choice of the 34 provincial units (and the 63
former ones), with completion as one types; what is typed is matched forgiving accents, case and the
"Tỉnh"/"TP." prefixes, a former unit is kept and shown with the unit that holds it now."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QWidget

from ...domain.provinces import provinces
from ..forms import Field


class ProvinceField(Field):
    """A Field whose line edit sits in an editable combo box of the provincial units."""

    def __init__(self, commit: Callable[[str], object], accessible_name: str = "", parent: QWidget | None = None):
        super().__init__(self._matched(commit), accessible_name=accessible_name, parent=parent)
        table = provinces()
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMaxVisibleItems(16)
        self.combo.setLineEdit(self.edit)  # the Field's own line edit: the same saving and Esc rules
        if accessible_name:
            self.combo.setAccessibleName(accessible_name)
        for name in table.names():
            self.combo.addItem(name)
        self.combo.insertSeparator(self.combo.count())
        for name in table.former_names():
            self.combo.addItem(name)
        completer = QCompleter([*table.names(), *table.former_names()], self.combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.combo.setCompleter(completer)
        self.combo.setCurrentIndex(-1)
        self.combo.activated.connect(lambda _i: self._finished())
        completer.activated.connect(lambda _t: self._finished())
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.hint.hide()
        layout = self.layout()
        layout.insertWidget(0, self.combo)  # type: ignore[attr-defined]
        layout.addWidget(self.hint)
        self.setFocusProxy(self.combo)

    def _matched(self, commit: Callable[[str], object]) -> Callable[[str], object]:
        def save(text: str) -> object:
            m = provinces().match(text)
            if m.current is not None:  # the data's spelling of the unit typed (a former one stays former)
                text = m.former or m.current.name
                self.edit.setText(text)
            return commit(text)

        return save

    def set_value(self, text: str) -> None:
        super().set_value(text)
        self.show_hint(text)

    def _finished(self) -> None:
        super()._finished()
        self.show_hint(self.edit.text())

    def show_hint(self, text: str) -> None:
        if not text.strip():
            self.hint.hide()
            return
        m = provinces().match(text)
        if m.current is None:
            self.hint.setText(self.tr("Not one of the 34 provincial units since 1/7/2025; kept as typed."))
        elif m.merged:
            assert m.current is not None
            self.hint.setText(
                self.tr("%1 → %2 since 1/7/2025").replace("%1", m.former or text.strip()).replace("%2", m.current.name)
            )
        else:
            self.hint.hide()
            return
        self.hint.show()
