"""The start screen: the assessments in the store, searchable by facility, province or date;
open, new, import an assessment document, duplicate, delete (after asking)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..store.operations import AssessmentSummary
from .i18n import format_date
from .models.rows import Column, RowsModel
from .widgets.common import fit_columns

_SHOWN = object()  # the details panel shows the current selection


SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # what the search looks at


def _search_text(r: AssessmentSummary) -> str:
    return " ".join(
        (
            r.facility_name,
            r.province,
            r.tax_code,
            r.created_at[:10],
            r.updated_at[:10],
            format_date(r.created_at),
            format_date(r.updated_at),
        )
    ).casefold()


class AssessmentListModel(RowsModel):
    """The store's assessment summaries, most recently changed first (filled by reload(), which the view
    calls once built)."""

    def __init__(self, store: Any, parent: QObject | None = None):
        super().__init__(
            [],
            key=lambda r: r.id,
            parent=parent,
            source=lambda: store.list_assessments(),
            roles={Qt.ItemDataRole.UserRole: lambda r: r.id, SEARCH_ROLE: _search_text},
        )
        self.store = store

        def facility(r: AssessmentSummary) -> str:
            return r.facility_name or self.tr("(no name)")

        def column(header: Callable[[], str], text: Callable[[AssessmentSummary], str]) -> Column:
            return Column(header, text, tooltip=text)

        self.set_columns(
            [
                column(lambda: self.tr("Facility"), facility),
                column(lambda: self.tr("Province"), lambda r: r.province),
                column(lambda: self.tr("Product"), lambda r: r.product),
                column(lambda: self.tr("Consultant"), lambda r: r.consultant_name),
                column(lambda: self.tr("Last changed"), lambda r: format_date(r.updated_at)),
            ]
        )

    def reload(self) -> None:
        self.beginResetModel()  # the list is re-sorted by the store: rows move, the view starts again
        self.rows = list(self.store.list_assessments())
        self.endResetModel()


class _Search(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self.words = text.casefold().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.words = text.casefold().split()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.words:
            return True
        hay = self.sourceModel().index(row, 0, parent).data(SEARCH_ROLE) or ""
        return all(w in hay for w in self.words)


class StartView(QWidget):
    """The list of assessments. Emits `open_requested(id)`; new/import are done by the window."""

    open_requested = Signal(str)
    new_requested = Signal()
    import_requested = Signal()

    def __init__(self, store: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self._details_for: object = None
        self.model = AssessmentListModel(store, self)
        self.proxy = _Search(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        title = QLabel(self.tr("Cleaner production assessments"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by facility, province or date (e.g. 2024-03)"))
        self.search.setAccessibleName(self.tr("Search assessments"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Assessments"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        fit_columns(self.table, (), 0)
        self.table.activated.connect(lambda _i: self.open_selected())
        self.empty = QLabel(self.tr("No assessments yet. Make a new one or import an assessment document."), self)
        self.empty.setWordWrap(True)

        self.open_button = QPushButton(self.tr("&Open"), self)
        self.new_button = QPushButton(self.tr("&New assessment…"), self)
        self.import_button = QPushButton(self.tr("&Import document…"), self)
        self.duplicate_button = QPushButton(self.tr("D&uplicate"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.new_button.clicked.connect(lambda: self.new_requested.emit())
        self.import_button.clicked.connect(lambda: self.import_requested.emit())
        self.duplicate_button.clicked.connect(lambda: self.duplicate_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        for b in (self.open_button, self.new_button, self.import_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addLayout(top)
        self.details = QLabel(self)
        self.details.setObjectName("assessmentDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setStyleSheet(
            "#assessmentDetails { background: #f7f9fa; border: 1px solid #d0d7de; padding: 10px; }"
        )
        self.details.setFixedWidth(380)
        self.details.setAccessibleName(self.tr("Selected assessment"))
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addWidget(self.details)
        layout.addLayout(middle, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.open_button)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        keep = select or self.selected_id()
        self.model.reload()
        self.empty.setVisible(self.model.rowCount() == 0)
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and self.proxy.rowCount() > 0:
            self.table.selectRow(0)
        elif row >= 0:
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
            if proxy_index.isValid():
                self.table.selectRow(proxy_index.row())
        self._enable()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return rows[0].data(Qt.ItemDataRole.UserRole)

    def _enable(self, *_args: object) -> None:
        ident = self.selected_id()
        for b in (self.open_button, self.duplicate_button, self.delete_button):
            b.setEnabled(ident is not None)
        self._show_details(ident)

    def showEvent(self, event: QShowEvent) -> None:
        if isinstance(self._details_for, str) or self._details_for is None:
            self._show_details(self._details_for)
        super().showEvent(event)

    def _show_details(self, ident: str | None) -> None:
        """What the selected assessment holds, to recognise it before opening it. Read only when the
        list is on screen: at start-up the last assessment usually opens straight away."""
        if not self.isVisible():
            self._details_for = ident
            return
        self._details_for = _SHOWN
        from html import escape

        from ..domain.methodology import ASSESSMENT_TYPE_LABELS
        from ..store.errors import StoreError
        from .i18n import normalise

        if ident is None:
            self.details.setVisible(False)
            return
        try:
            a = self.store.get_assessment(ident)
        except StoreError:
            self.details.setVisible(False)
            return
        lang = normalise(self.property("language") or "vi")
        done = sum(1 for t in a.tasks if t.done)
        implemented = sum(1 for o in a.options if o.status == "implemented")
        rows = [
            (self.tr("Tax code"), a.facility.tax_code),
            (self.tr("Province"), a.facility.province),
            (self.tr("Sector"), a.facility.sector),
            (self.tr("Product"), f"{a.product.name} ({a.product.unit})" if a.product.unit else a.product.name),
            (self.tr("Consultant"), ", ".join(x for x in (a.consultant.name, a.consultant.organisation) if x)),
            (
                self.tr("Type"),
                ASSESSMENT_TYPE_LABELS[a.assessment_type](lang)
                if a.assessment_type in ASSESSMENT_TYPE_LABELS
                else a.assessment_type,
            ),
            (self.tr("Created"), format_date(a.created_at)),
            (self.tr("Last changed"), format_date(a.updated_at)),
            (self.tr("Revision"), str(a.revision)),
            (self.tr("Tasks done"), f"{done} / 18"),
            (self.tr("Process steps"), str(len(a.process_steps))),
            (self.tr("Options (implemented)"), f"{len(a.options)} ({implemented})"),
        ]
        html = f"<h3>{escape(a.facility.name or self.tr('(no name)'))}</h3><table cellspacing='3'>"
        html += "".join(f"<tr><td style='color:#555'>{escape(k)}</td><td>{escape(v or '–')}</td></tr>" for k, v in rows)
        self.details.setText(html + "</table>")
        self.details.setVisible(True)

    def open_selected(self) -> None:
        ident = self.selected_id()
        if ident:
            self.open_requested.emit(ident)

    def duplicate_selected(self) -> str | None:
        ident = self.selected_id()
        if not ident:
            return None
        new_id = self.store.duplicate_assessment(ident)
        self.reload(select=new_id)
        return new_id

    def delete_selected(self, confirm: bool = True) -> bool:
        ident = self.selected_id()
        if not ident:
            return False
        row = self.model.rows[self.model.row_of(ident)]
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete assessment"),
                self.tr(
                    "Delete the assessment of “%1”? This cannot be undone; export it first if you may need it again."
                ).replace("%1", row.facility_name or self.tr("(no name)")),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.store.delete_assessment(ident)
        self.reload()
        return True
