"""The received assessments as a table (newest revision of each, from `ReviewStore.list_received`) and
a filter over it: search words (facility, tax code, consultant, signer), province, year, review state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from ...store.review_ops import ReceivedSummary, ReviewStore, sort_key
from ..i18n import format_date
from .labels import state_label, verdict_label

_ROOT = QModelIndex()
ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

VERDICT_COLOURS = {"trusted": "#2e7d4f", "unknown_signer": "#a15c00", "tampered": "#b23b3b", "invalid": "#b23b3b"}
STATE_COLOURS = {"received": "#1f6f8b", "has_issues": "#a15c00", "approved": "#2e7d4f", "rejected": "#b23b3b"}


class ReceivedModel(QAbstractTableModel):
    """One row per received assessment; the consultant is the one its document names."""

    COLUMNS = (
        "facility",
        "province",
        "sector",
        "year",
        "consultant",
        "signer",
        "verdict",
        "revision",
        "state",
        "received",
    )

    def __init__(self, review: ReviewStore, parent=None):
        super().__init__(parent)
        self.review = review
        self.rows: list[ReceivedSummary] = []
        self.consultants: dict[str, str] = {}
        self.reload()

    def reload(self) -> None:
        from ...review.service import consultants

        self.beginResetModel()
        self.rows = self.review.list_received()
        self.consultants = consultants(self.review)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Facility"),
                self.tr("Province"),
                self.tr("Sector (VSIC)"),
                self.tr("Year"),
                self.tr("Consultant"),
                self.tr("Signed by"),
                self.tr("Signature"),
                self.tr("Rev."),
                self.tr("Review state"),
                self.tr("Received"),
            )[section]
        return None

    def text(self, r: ReceivedSummary, col: str) -> str:
        if col == "facility":
            return r.facility_name or self.tr("(no name)")
        if col == "province":
            return r.province
        if col == "sector":
            return f"{r.vsic} {r.sector}".strip()
        if col == "year":
            return "" if r.year is None else str(r.year)
        if col == "consultant":
            return self.consultants.get(r.assessment_id, "")
        if col == "signer":
            return f"{r.signer_name} ({r.signer_organisation})" if r.signer_organisation else r.signer_name
        if col == "verdict":
            return verdict_label(r.verdict)
        if col == "revision":
            return str(r.revision)
        if col == "state":
            return state_label(r.state)
        return format_date(r.received_at)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and col == "verdict":
                return self.tr("Certificate SHA-256: %1").replace("%1", r.signer_fingerprint)
            return self.text(r, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = (
                VERDICT_COLOURS.get(r.verdict)
                if col == "verdict"
                else (STATE_COLOURS.get(r.state) if col == "state" else None)
            )
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("year", "revision"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return r.assessment_id
        if role == SEARCH_ROLE:
            return " ".join(
                (
                    r.facility_name,
                    r.tax_code,
                    r.province,
                    r.vsic,
                    r.sector,
                    r.signer_name,
                    r.signer_organisation,
                    self.consultants.get(r.assessment_id, ""),
                )
            ).casefold()
        if role == SORT_ROLE:
            if col == "year":
                return sort_key(r.year)
            if col == "revision":
                return (r.revision,)
            if col == "received":
                return (r.received_at,)
            return sort_key(self.text(r, col))
        return None

    def row_of(self, assessment_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.assessment_id == assessment_id), -1)

    def summary(self, assessment_id: str) -> ReceivedSummary | None:
        i = self.row_of(assessment_id)
        return self.rows[i] if i >= 0 else None


class ReceivedFilter(QSortFilterProxyModel):
    """Words to search for, and a province, year and review state (None: any)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.words: list[str] = []
        self.province: str | None = None
        self.year: int | None = None
        self.state: str | None = None
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        return left.data(SORT_ROLE) < right.data(SORT_ROLE)

    def set_filter(
        self,
        *,
        text: str | None = None,
        province: str | None | bool = False,
        year: int | None | bool = False,
        state: str | None | bool = False,
    ) -> None:
        """Change what is given (False: leave as it is)."""

        def change() -> None:
            if text is not None:
                self.words = text.casefold().split()
            if province is not False:
                self.province = province  # type: ignore[assignment]
            if year is not False:
                self.year = year  # type: ignore[assignment]
            if state is not False:
                self.state = state  # type: ignore[assignment]

        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ReceivedModel)
        r = model.rows[row]
        if self.province is not None and r.province != self.province:
            return False
        if self.year is not None and r.year != self.year:
            return False
        if self.state is not None and r.state != self.state:
            return False
        if not self.words:
            return True
        hay = model.index(row, 0, parent).data(SEARCH_ROLE) or ""
        return all(w in hay for w in self.words)
