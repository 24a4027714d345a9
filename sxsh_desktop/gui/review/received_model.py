"""The received assessments as a table (newest revision of each, from `ReviewStore.list_received`) and
a filter over it: search words (facility, tax code, consultant, signer), province, year, review state."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ...store.review_ops import ReceivedSummary, ReviewStore, sort_key
from ..i18n import format_date
from ..models.rows import SORT_ROLE as _COLUMN_SORT_ROLE
from ..models.rows import Column, RowsModel
from .labels import state_label, verdict_label

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_ROLE = _COLUMN_SORT_ROLE  # each column's own sort key

VERDICT_COLOURS = {"trusted": "#2e7d4f", "unknown_signer": "#a15c00", "tampered": "#b23b3b", "invalid": "#b23b3b"}
STATE_COLOURS = {"received": "#1f6f8b", "has_issues": "#a15c00", "approved": "#2e7d4f", "rejected": "#b23b3b"}


def _search_text(r: ReceivedSummary, consultants: dict[str, str]) -> str:
    return " ".join(
        (
            r.facility_name,
            r.tax_code,
            r.province,
            r.vsic,
            r.sector,
            r.signer_name,
            r.signer_organisation,
            consultants.get(r.assessment_id, ""),
        )
    ).casefold()


class ReceivedModel(RowsModel):
    """One row per received assessment; the consultant is the one its document names."""

    def __init__(self, review: ReviewStore, parent: QObject | None = None):
        super().__init__(
            [],
            key=lambda r: r.assessment_id,
            parent=parent,
            roles={ID_ROLE: lambda r: r.assessment_id, SEARCH_ROLE: lambda r: _search_text(r, self.consultants)},
        )
        self.review = review
        self.consultants: dict[str, str] = {}
        self.set_columns(self._columns())
        self.reload()

    def _columns(self) -> list[Column]:
        def column(header: Callable[[], str], text: Callable[[ReceivedSummary], str], **more: Any) -> Column:
            more.setdefault("tooltip", text)
            more.setdefault("sort", lambda r: sort_key(text(r)))
            return Column(header, text, **more)

        def signer(r: ReceivedSummary) -> str:
            return f"{r.signer_name} ({r.signer_organisation})" if r.signer_organisation else r.signer_name

        return [
            column(lambda: self.tr("Facility"), lambda r: r.facility_name or self.tr("(no name)")),
            column(lambda: self.tr("Province"), lambda r: r.province),
            column(lambda: self.tr("Sector (VSIC)"), lambda r: f"{r.vsic} {r.sector}".strip()),
            column(
                lambda: self.tr("Year"),
                lambda r: "" if r.year is None else str(r.year),
                numeric=True,
                sort=lambda r: sort_key(r.year),
            ),
            column(lambda: self.tr("Consultant"), lambda r: self.consultants.get(r.assessment_id, "")),
            column(lambda: self.tr("Signed by"), signer),
            column(
                lambda: self.tr("Signature"),
                lambda r: verdict_label(r.verdict),
                tooltip=lambda r: self.tr("Certificate SHA-256: %1").replace("%1", r.signer_fingerprint),
                colour=lambda r: VERDICT_COLOURS.get(r.verdict),
            ),
            column(lambda: self.tr("Rev."), lambda r: str(r.revision), numeric=True, sort=lambda r: (r.revision,)),
            column(
                lambda: self.tr("Review state"),
                lambda r: state_label(r.state),
                colour=lambda r: STATE_COLOURS.get(r.state),
            ),
            column(lambda: self.tr("Received"), lambda r: format_date(r.received_at), sort=lambda r: (r.received_at,)),
        ]

    def reload(self) -> None:
        from ...review.service import consultants

        self.beginResetModel()
        self.rows = self.review.list_received()
        self.consultants = consultants(self.review)
        self.endResetModel()

    def summary(self, assessment_id: str) -> ReceivedSummary | None:
        i = self.row_of(assessment_id)
        return self.rows[i] if i >= 0 else None


class ReceivedFilter(QSortFilterProxyModel):
    """Words to search for, and a province, year and review state (None: any)."""

    def __init__(self, parent: QObject | None = None):
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
                self.province = province if isinstance(province, str) else None
            if year is not False:
                self.year = None if isinstance(year, bool) else year
            if state is not False:
                self.state = state if isinstance(state, str) else None

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
