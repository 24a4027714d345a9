"""The Sở's workspace: the received assessments (searchable, filtered by province, year and review
state) with the one chosen shown read-only beside its review steps; the dashboard; importing packages
(buttons, or files dropped on the list) and the exports. The window shows it instead of the consultant's
screens (main_window.py: View > Review workspace)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...review.service import open_review
from ...store.review_ops import REVIEW_STATES, ReviewChange
from ..widgets.common import fit_columns
from .dashboard import DashboardView
from .detail_view import DetailView
from .exports import export_approved_packages, export_figures
from .import_dialog import ImportDialog, confirm_trust, trusted_signer_of
from .labels import state_label
from .received_model import ID_ROLE, ReceivedFilter, ReceivedModel
from .review_panel import reviewer_name

log = logging.getLogger(__name__)


class _Changes(QObject):
    """Review operations tell their subscribers in the thread that made them (an import runs in a pool
    thread): the workspace hears of them on the GUI thread, through a queued signal."""

    changed = Signal(object)


class ReviewWorkspace(QWidget):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.review = open_review(store)
        self._changes = _Changes(self)
        self._changes.changed.connect(self._changed, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = self.review.subscribe(self._changes.changed.emit)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        # imports made elsewhere (the sxsh command, another window on the same file) are not told to this
        # store's subscribers: the database file is looked at every 2 s while the workspace is shown
        self._file_stamp = self._stamp()
        self._watch = QTimer(self)
        self._watch.setInterval(2000)
        self._watch.timeout.connect(self._look_at_the_file)
        self.import_dialog: ImportDialog | None = None
        self.trusted_dialog = None
        self._dashboard_stale = False
        self.setAcceptDrops(True)

        title = QLabel(self.tr("Review workspace — received assessments"), self)
        self.count = QLabel(self)
        self.count.setStyleSheet("color: #5f6b77;")
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.import_button = QPushButton(self.tr("&Import packages…"), self)
        self.import_button.clicked.connect(lambda: self.open_import())
        self.trust_button = QPushButton(self.tr("&Trusted signers…"), self)
        self.trust_button.setToolTip(self.tr("The certificates whose packages this office imports"))
        self.trust_button.clicked.connect(lambda: self.open_trusted_signers())
        self.csv_button = QPushButton(self.tr("Export figures (&CSV)…"), self)
        self.csv_button.clicked.connect(lambda: self.export_figures())
        self.approved_button = QPushButton(self.tr("Export &approved packages…"), self)
        self.approved_button.clicked.connect(lambda: export_approved_packages(self, self.review))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.count, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        for b in (self.import_button, self.trust_button, self.csv_button, self.approved_button):
            top.addWidget(b)

        self.model = ReceivedModel(self.review, self)
        self.proxy = ReceivedFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Facility, tax code, consultant or signer"))
        self.search.setAccessibleName(self.tr("Search received assessments"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda t: self._filter(text=t))
        self.province = QComboBox(self)
        self.province.setAccessibleName(self.tr("Province"))
        self.province.setMinimumWidth(150)
        self.year = QComboBox(self)
        self.year.setAccessibleName(self.tr("Year"))
        self.state = QComboBox(self)
        self.state.setAccessibleName(self.tr("Review state"))
        self.state.addItem(self.tr("All states"), None)
        for s in REVIEW_STATES:
            self.state.addItem(state_label(s), s)
        self.province.currentIndexChanged.connect(lambda _i: self._filter(province=self.province.currentData()))
        self.year.currentIndexChanged.connect(lambda _i: self._filter(year=self.year.currentData()))
        self.state.currentIndexChanged.connect(lambda _i: self._filter(state=self.state.currentData()))
        filters = QHBoxLayout()
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 1)
        for text, combo in (
            (self.tr("Province:"), self.province),
            (self.tr("Year:"), self.year),
            (self.tr("State:"), self.state),
        ):
            filters.addSpacing(8)
            filters.addWidget(QLabel(text, self))
            filters.addWidget(combo)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Received assessments"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        fit_columns(self.table)  # long sector names and signers whole: the list scrolls sideways
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.empty = QLabel(
            self.tr(
                "No packages received yet. Import packages (.sxsh) with “Import packages…”, or "
                "drop package files or a folder of them here."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #5f6b77; padding: 16px;")

        self.detail = DetailView(self.review, self)
        self.detail.trust_requested.connect(self.trust_signer_of)
        self.detail.panel.changed.connect(lambda _id: self.reload())
        list_box = QWidget(self)
        lb = QVBoxLayout(list_box)
        lb.setContentsMargins(0, 0, 0, 0)
        lb.addLayout(filters)
        lb.addWidget(self.table, 1)
        lb.addWidget(self.empty)
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.addWidget(list_box)
        self.split.addWidget(self.detail)
        self.split.setChildrenCollapsible(False)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        self.split.setSizes([255, 375])

        self.dashboard = DashboardView(self.review, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.split, self.tr("Received assessments"))
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 8)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.reload()

    # -- the list ----------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        keep = select or self.selected_id()
        self.model.reload()
        for combo, values, everything in (
            (self.province, self.review.provinces(), self.tr("All provinces")),
            (self.year, self.review.years(), self.tr("All years")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for v in values:
                combo.addItem(str(v), v)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)
        self.proxy.set_filter(province=self.province.currentData(), year=self.year.currentData())
        self.empty.setVisible(self.model.rowCount() == 0)
        self.table.setVisible(self.model.rowCount() > 0)
        self.select(keep)
        self._count()
        if self.tabs.currentWidget() is self.dashboard:
            self.dashboard.reload()
        else:
            self._dashboard_stale = True

    def _stamp(self) -> tuple:
        path = self.store.sqlite_path
        if path is None:
            return ()
        stamps = []
        for p in (path, path.with_name(path.name + "-wal")):
            try:
                st = p.stat()
            except OSError:
                stamps.append(None)
                continue
            stamps.append((st.st_mtime_ns, st.st_size))
        return tuple(stamps)

    def _look_at_the_file(self) -> None:
        stamp = self._stamp()
        if stamp != self._file_stamp:
            self._file_stamp = stamp
            self._reload_timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._look_at_the_file()
        self._watch.start()

    def hideEvent(self, event) -> None:
        self._watch.stop()
        super().hideEvent(event)

    def _tab_changed(self) -> None:
        if self.tabs.currentWidget() is self.dashboard and self._dashboard_stale:
            self._dashboard_stale = False
            self.dashboard.reload()

    def _filter(self, **changes) -> None:
        keep = self.selected_id()
        self.proxy.set_filter(**changes)
        self.select(keep)
        self._count()

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(
            self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
            if shown != total
            else self.tr("%n assessment(s)", "", total)
        )

    def select(self, assessment_id: str | None) -> None:
        row = self.model.row_of(assessment_id) if assessment_id else -1
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        if index is not None and index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)
        elif self.proxy.rowCount() > 0:
            self.table.selectRow(0)
        else:
            self.table.clearSelection()
        self._selected()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(ID_ROLE) if rows else None

    def _selected(self) -> None:
        ident = self.selected_id()
        if ident != (self.detail.detail.summary.assessment_id if self.detail.detail else None):
            self.detail.show_assessment(ident)

    def _changed(self, change: ReviewChange) -> None:
        """A review operation was committed (here or by an import in the background): show it, once."""
        log.debug("review change: %s", change.what)
        self._reload_timer.start()

    # -- importing ---------------------------------------------------------------------------------

    def open_import(self, paths: list[str | Path] | None = None, start: bool = False) -> ImportDialog:
        """The import dialog (one at a time), the paths given added to its list."""
        if self.import_dialog is None:
            self.import_dialog = ImportDialog(self.review, self)
            self.import_dialog.imported.connect(self._imported)
            self.import_dialog.finished.connect(self._import_closed)
        if paths:
            self.import_dialog.add_paths(paths)
        self.import_dialog.open()
        if start:
            self.import_dialog.start()
        return self.import_dialog

    def _import_closed(self, _result: int) -> None:
        dialog = self.import_dialog
        if dialog is None:
            return
        if dialog.running:  # closed while the packages are checked: let go of it once the import has ended
            dialog.import_ended.connect(lambda _end: self._let_go(dialog), Qt.ConnectionType.SingleShotConnection)
            return
        self._let_go(dialog)

    def _let_go(self, dialog: ImportDialog) -> None:
        if self.import_dialog is dialog and not dialog.isVisible():  # not opened again meanwhile
            dialog.deleteLater()
            self.import_dialog = None

    def _imported(self, ids: list[str]) -> None:
        self.reload(select=ids[-1] if ids else None)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_import(paths)

    # -- trust and exports ------------------------------------------------------------------------------

    def open_trusted_signers(self):
        """The trusted signers dialog (one at a time; the list shown again when it closes)."""
        from .trusted_signers_dialog import TrustedSignersDialog

        if self.trusted_dialog is None:
            self.trusted_dialog = TrustedSignersDialog(self.review, self)
            self.trusted_dialog.finished.connect(self._trusted_closed)
        self.trusted_dialog.open()
        return self.trusted_dialog

    def _trusted_closed(self, _result: int) -> None:
        if self.trusted_dialog is not None:
            self.trusted_dialog.deleteLater()
            self.trusted_dialog = None
        self.detail.show_assessment(self.selected_id())  # "trust this signer" shown or hidden again

    def trust_signer_of(self, assessment_id: str, confirm: bool = True) -> bool:
        """Trust the signer of a received assessment that came from an unknown signer (after asking)."""
        from ...sync.package import check_package

        check = check_package(self.review.package_bytes(assessment_id))
        if check.signer_certificate is None:
            QMessageBox.warning(self, self.tr("Trust this signer"), self.tr("The signer's certificate cannot be read."))
            return False
        signer = trusted_signer_of(check.signer_certificate)
        if confirm and not confirm_trust(self, signer):
            return False
        self.review.add_trusted_signer(signer, by=reviewer_name(self.store) or None)
        self.detail.show_assessment(assessment_id)
        return True

    def export_figures(self, path: str | Path | None = None) -> int | None:
        """The figures of the assessments the list shows (its province, year and state filters)."""
        return export_figures(
            self, self.review, path, province=self.proxy.province, year=self.proxy.year, state=self.proxy.state
        )

    def close_workspace(self) -> None:
        self._unsubscribe()
