"""The main window assembles the start screen or the open assessment (navigator + pages + results
strip), the menus and the status bar. Work is done by the parts; the window only wires them."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QStackedWidget, QWidget

from ..services.settings import LAST_ASSESSMENT_KEY, MODE_KEY, UserSettings
from ..store.errors import StoreError
from . import i18n
from .assessment_view import AssessmentView
from .first_run import FirstRunDialog, profile
from .forms import error_text
from .start_view import StartView
from .workers import run_in_background
from .workspace import Workspace

log = logging.getLogger(__name__)
LAST_KEY = LAST_ASSESSMENT_KEY  # the settings service's keys (services/settings.py)
__all__ = ["LAST_KEY", "MODE_KEY", "MainWindow"]


class MainWindow(QMainWindow):
    def __init__(self, store, language: str = "vi", remember: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.language = i18n.normalise(language)
        self.remember = remember
        self.workspace: Workspace | None = None
        self.view: AssessmentView | None = None
        self.start: StartView | None = None
        self.review_view = None  # the Sở's review workspace (gui/review), made when first shown
        self._consultant_page: QWidget | None = None  # what the consultant's side showed last
        self.undo_group = QUndoGroup(self)
        self.pages = QStackedWidget(self)
        self.setCentralWidget(self.pages)
        self.pages.currentChanged.connect(lambda _i: self._mode_changed())
        self.saved_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.resize(1366, 768)
        self._build()

    # -- building (again after a change of language) ---------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(self.tr("SXSH Desktop"))
        self._build_menus()
        self.start = StartView(self.store, self.pages)
        self.start.setProperty("language", self.language)
        self.start.open_requested.connect(self.open_assessment)
        self.start.new_requested.connect(self.ask_new_assessment)
        self.start.import_requested.connect(self.import_document)
        self.pages.addWidget(self.start)
        self.saved_label.setText(self.tr("Every change is saved as you make it"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        self.list_action = self._action(file_menu, self.tr("&Assessments list"), self.show_start, "Ctrl+L")
        self.new_action = self._action(
            file_menu, self.tr("&New assessment…"), self.ask_new_assessment, QKeySequence.StandardKey.New
        )
        self.import_action = self._action(
            file_menu, self.tr("&Import assessment document…"), self.import_document, QKeySequence.StandardKey.Open
        )
        self.export_action = self._action(
            file_menu, self.tr("&Export assessment document…"), self.export_document, "Ctrl+Shift+E"
        )
        self.report_action = self._action(file_menu, self.tr("Export &report…"), self.export_report, "Ctrl+E")
        self.package_action = self._action(file_menu, self.tr("Export s&ync package…"), self.export_package)
        file_menu.addSeparator()
        self.backup_action = self._action(file_menu, self.tr("&Back up the database now"), self.backup_now)
        self.restore_action = self._action(file_menu, self.tr("Restore from bac&kup…"), self.restore_backup)
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.preferences_action = self._action(
            edit_menu, self.tr("&Preferences…"), self.preferences, QKeySequence.StandardKey.Preferences
        )

        mode_menu = bar.addMenu(self.tr("&View"))
        modes = QActionGroup(self)
        self.consultant_action = self._action(
            mode_menu, self.tr("&Consultant workspace"), self.show_consultant, "Ctrl+1"
        )
        self.review_action = self._action(mode_menu, self.tr("&Review workspace (Sở)"), self.show_review, "Ctrl+2")
        for action in (self.consultant_action, self.review_action):
            action.setCheckable(True)
            modes.addAction(action)
        self.review_action.setChecked(self.mode == "review")
        self.consultant_action.setChecked(self.mode != "review")
        mode_menu.addSeparator()
        self.trusted_action = self._action(mode_menu, self.tr("&Trusted signers…"), self.trusted_signers)
        self.trusted_action.setEnabled(self.mode == "review")

        view_menu = bar.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("vi", "Tiếng Việt"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.language)
            group.addAction(action)
            view_menu.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_actions[code] = action

        help_menu = bar.addMenu(self.tr("&Help"))
        self.guide_action = self._action(
            help_menu, self.tr("&Guide to this page"), self.show_guide, QKeySequence.StandardKey.HelpContents
        )
        self.user_guide_action = self._action(help_menu, self.tr("&User guide"), self.show_user_guide)
        self.log_folder_action = self._action(help_menu, self.tr("Open the &log folder"), self.open_log_folder)
        help_menu.addSeparator()
        self.about_action = self._action(help_menu, self.tr("&About SXSH Desktop"), self.about)
        self._enable_actions()

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        menu.addAction(action)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _enable_actions(self) -> None:
        has = self.workspace is not None
        for action in (self.export_action, self.report_action, self.package_action):
            action.setEnabled(has)
        self.backup_action.setEnabled(self.store.sqlite_path is not None)
        self.restore_action.setEnabled(self.store.sqlite_path is not None)

    # -- assessments ------------------------------------------------------------------------------

    def open_assessment(self, assessment_id: str, task: int | None = None) -> AssessmentView:
        if self.workspace is not None and self.workspace.assessment_id == assessment_id and self.view is not None:
            self.pages.setCurrentWidget(self.view)
            if task is not None:
                self.view.show_task(task)
            return self.view
        workspace = Workspace(self.store, assessment_id, self.language, self)
        try:
            workspace.assessment  # read once here: a StoreError if it is not there  # noqa: B018
        except StoreError:
            workspace.deleteLater()
            raise
        self._close_assessment()
        self.workspace = workspace
        self.undo_group.addStack(self.workspace.undo_stack)
        self.undo_group.setActiveStack(self.workspace.undo_stack)
        self.workspace.changed.connect(self._changed)
        self.workspace.refused.connect(self._undo_refused)
        self._make_view(task or 1)
        self._enable_actions()
        return self.view  # type: ignore[return-value]

    def _make_view(self, task: int) -> None:
        assert self.workspace is not None
        self.view = AssessmentView(self.workspace, self.pages)
        self.pages.addWidget(self.view)
        self.pages.setCurrentWidget(self.view)
        self.view.task_changed.connect(self._remember)
        self.view.show_task(task)
        self._remember()
        self._retitle()

    def _close_assessment(self) -> None:
        if self.view is not None:
            self.pages.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
        if self.workspace is not None:
            self.undo_group.removeStack(self.workspace.undo_stack)
            self.workspace.deleteLater()
            self.workspace = None

    def show_start(self) -> None:
        if self.view is not None:
            self.view.flush_edits()
        if self.start is not None:
            self.start.reload()
            self.pages.setCurrentWidget(self.start)
            self.start.table.setFocus()
        self._remember()

    def ask_new_assessment(self, dialog=None) -> str | None:
        """The "new assessment" dialog (facility name, template with a preview), then make it."""
        from .new_assessment_dialog import NewAssessmentDialog

        if dialog is None:
            dialog = NewAssessmentDialog(self.language, self)
            dialog.exec()
        if dialog.result() != NewAssessmentDialog.DialogCode.Accepted:
            return None
        try:
            return self.new_assessment(dialog.facility_name(), dialog.template())
        except (StoreError, ValueError) as exc:  # ValidationError and TemplateProblem are ValueErrors
            QMessageBox.warning(
                self,
                self.tr("New assessment"),
                self.tr("The assessment was not made: %1").replace("%1", error_text(exc)),
            )
            return None

    def new_assessment(self, facility_name: str | None = None, template=None) -> str:
        """Make, store and open a new assessment: blank, or laid out from a sector template (its key is
        kept in the document's `template`). The consultant is the one of the first-run profile."""
        from ..domain.model import Assessment, Consultant, Facility

        who = profile(self.store) or {}
        consultant = Consultant(name=who.get("name", ""), organisation=who.get("organisation", ""))
        if template is not None:
            from ..interchange.template_assessment import new_assessment_from_template

            a = new_assessment_from_template(
                template, facility_name or self.tr("New facility"), self.language, consultant
            )
        else:
            a = Assessment(
                id=str(uuid.uuid4()),
                language=self.language,
                facility=Facility(name=facility_name or self.tr("New facility")),
                consultant=consultant,
            )
        new_id = self.store.add_assessment(a)
        self.open_assessment(new_id, 1)
        focus = getattr(self.view.current_page if self.view else None, "focus_first_field", None)
        if callable(focus):
            focus()
        return new_id

    def import_document(self, path: str | None = None, wait: bool = False) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import an assessment document"),
                str(Path.home()),
                self.tr("Assessment documents (*.json);;All files (*)"),
            )
            if not path:
                return
        from ..services.documents import import_file

        def done(result) -> None:
            self.statusBar().showMessage(
                {
                    "imported": self.tr("Imported."),
                    "unchanged": self.tr("Already in the store, unchanged."),
                    "replaced": self.tr("Replaced."),
                }.get(result.status, ""),
                5000,
            )
            if self.start is not None:
                self.start.reload(select=result.assessment_id)
            self.open_assessment(result.assessment_id)

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(
                self, self.tr("Import"), self.tr("The document was not imported: %1").replace("%1", error_text(exc))
            )

        run_in_background(
            self,
            self.tr("Importing %1…").replace("%1", Path(path).name),
            lambda: import_file(self.store, path),
            done,
            failed,
        )

    def export_document(self, path: str | None = None) -> None:
        if self.workspace is None:
            return
        if path is None:
            name = (self.workspace.assessment.facility.name or "assessment").replace("/", "-") + ".json"
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the assessment document"),
                str(Path.home() / name),
                self.tr("Assessment documents (*.json)"),
            )
            if not path:
                return
        from ..services.documents import export_file

        try:
            export_file(self.store, self.workspace.assessment_id, path)
        except (OSError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("Export"), error_text(exc))
            return
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(path)), 8000)

    def export_report(self):
        """The report as a PDF, signed or not (gui/export_report_dialog.py)."""
        from .export_report_dialog import show_export_report

        return show_export_report(self)

    def export_package(self):
        """The assessment handed over as one signed .sxsh file (gui/export_package_dialog.py)."""
        from .export_package_dialog import show_export_package

        return show_export_package(self)

    def backup_now(self) -> None:
        from ..store import backup

        def done(target) -> None:
            self.statusBar().showMessage(self.tr("Backup written: %1").replace("%1", str(target)), 8000)

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(
                self, self.tr("Backup"), self.tr("No backup was made: %1").replace("%1", error_text(exc))
            )

        run_in_background(
            self, self.tr("Backing up the database…"), lambda: backup.backup_now(self.store), done, failed
        )

    def restore_backup(self, path: str | None = None, confirm=None) -> bool:
        """File › Restore from backup… (gui/restore_backup.py)."""
        from .restore_backup import choose_and_restore

        return choose_and_restore(self, path, confirm=confirm)

    def prepare_for_restore(self) -> None:
        """Let go of everything read from the store before its file is replaced."""
        if self.view is not None:
            self.view.flush_edits()
        if self.review_view is not None:
            self.review_view.close_workspace()
        for w in (self.view, self.review_view):
            if w is not None:
                self.pages.removeWidget(w)
                w.deleteLater()
        self.view = self.review_view = None
        self._close_assessment()
        self.show_start()

    def after_restore(self) -> None:
        """The start screen read again from the restored file."""
        if self.start is not None:
            self.start.reload()
            self.pages.setCurrentWidget(self.start)
        self._enable_actions()

    # -- first run, language, memory ---------------------------------------------------------------

    def first_run(self, dialog: FirstRunDialog | None = None) -> None:
        """The first-start wizard: language, profile, identity, data folder, sample (each skippable)."""
        from .first_run import apply_first_run

        if dialog is None:
            dialog = FirstRunDialog(self)
            dialog.exec()
        problems = apply_first_run(self, dialog)
        if problems:
            QMessageBox.warning(self, self.tr("Welcome to SXSH Desktop"), "\n".join(problems))

    def preferences(self) -> None:
        """Language, profile, identity and data folder, changed after the first start."""
        from .preferences import show_preferences

        show_preferences(self)

    def set_language(self, language: str) -> None:
        language = i18n.normalise(language)
        if language == self.language:
            return
        self.language = language
        i18n.install(language)
        if self.remember:
            i18n.remember_language(self.store, language)
        if self.view is not None:
            self.view.flush_edits()
        task = self.view.current_task if self.view is not None else None
        showing_view = self.view is not None and self.pages.currentWidget() is self.view
        showing_review = self.mode == "review"
        if self.review_view is not None:
            self.review_view.close_workspace()
        for w in (self.view, self.start, self.review_view):
            if w is not None:
                self.pages.removeWidget(w)
                w.deleteLater()
        self.view = self.start = self.review_view = None
        self._build()
        if self.workspace is not None:
            self.workspace.language = language
            self._make_view(task or 1)
            if not showing_view:
                self.show_start()
        if showing_review:
            self.show_review()
        self._enable_actions()

    def _remember(self, *_args) -> None:
        if not self.remember:
            return
        open_ = self.view is not None and self.pages.currentWidget() is self.view
        try:
            UserSettings(self.store).set_last_open(
                self.workspace.assessment_id if self.workspace else None,
                self.view.current_task if self.view else 1,
                open_,
            )
        except StoreError as exc:
            log.warning("could not remember the open assessment: %s", exc)

    def restore_last(self) -> bool:
        """Reopen the assessment that was open at the last quit, on its page, and the workspace shown then."""
        reopened = self._restore_assessment()
        if UserSettings(self.store).mode == "review":
            self.show_review()
        return reopened

    def _restore_assessment(self) -> bool:
        last = UserSettings(self.store).last_open
        if last is None:
            return False
        if self.start is not None:
            self.start.reload(select=last.assessment_id)
        if not last.open:
            return False
        try:
            self.open_assessment(last.assessment_id, last.task)
        except (StoreError, ValueError):
            return False
        return True

    # -- the two workspaces: the consultant's assessments, the Sở's review ---------------------------

    @property
    def mode(self) -> str:
        review = self.review_view is not None and self.pages.currentWidget() is self.review_view
        return "review" if review else "consultant"

    def set_mode(self, mode: str) -> None:
        if mode == "review":
            self.show_review()
        else:
            self.show_consultant()

    def show_review(self):
        """The Sở's review workspace (received packages, review, dashboard)."""
        if self.view is not None:
            self.view.flush_edits()
        if self.review_view is None:
            from .review.review_view import ReviewWorkspace

            self.review_view = ReviewWorkspace(self.store, self.pages)
            self.pages.addWidget(self.review_view)
        self.pages.setCurrentWidget(self.review_view)
        self._remember_mode()
        return self.review_view

    def trusted_signers(self):
        """View › Trusted signers… (in the review workspace): the certificates whose packages are taken."""
        if self.mode != "review" or self.review_view is None:
            return None
        return self.review_view.open_trusted_signers()

    def show_consultant(self) -> None:
        """Back to the consultant's screens as they were: the assessment open before, or the list."""
        if self._consultant_page is not None and self._consultant_page in (self.view, self.start):
            self.pages.setCurrentWidget(self._consultant_page)
        else:
            self.show_start()
        self._remember_mode()

    def _mode_changed(self) -> None:
        mode = self.mode
        if mode == "consultant":
            self._consultant_page = self.pages.currentWidget()
        if hasattr(self, "review_action"):
            self.review_action.setChecked(mode == "review")
            self.consultant_action.setChecked(mode != "review")
            self.trusted_action.setEnabled(mode == "review")
        if mode == "review":
            self.setWindowTitle(self.tr("Review workspace — SXSH Desktop"))
        else:
            self._retitle()

    def _remember_mode(self) -> None:
        if not self.remember:
            return
        mode = self.mode
        try:
            UserSettings(self.store).set_mode(mode)
        except StoreError as exc:
            log.warning("could not remember the workspace: %s", exc)

    def _changed(self) -> None:
        self._retitle()
        self.statusBar().showMessage(self.tr("Saved"), 2000)

    def _undo_refused(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
        QMessageBox.warning(self, self.tr("Undo"), message)

    def _retitle(self) -> None:
        if self.workspace is None:
            self.setWindowTitle(self.tr("SXSH Desktop"))
            return
        name = self.workspace.assessment.facility.name or self.tr("(no name)")
        self.setWindowTitle(self.tr("%1 — SXSH Desktop").replace("%1", name))

    def guide(self) -> tuple[str, str]:
        """(title, text) of the guide to what the window shows: the page's own guide (the text above it)."""
        page = self.view.current_page if self.view is not None and self.pages.currentWidget() is self.view else None
        if page is not None:
            return page.title(), page.guide()
        from .user_guide import review_guide, start_guide

        if self.review_view is not None and self.pages.currentWidget() is self.review_view:
            return review_guide()
        return start_guide()

    def show_guide(self) -> None:
        """F1: the guide to the page shown, in the screen's language."""
        title, text = self.guide()
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close, self)
        box.setObjectName("guideBox")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.guide_box = box
        box.open()

    def show_user_guide(self):
        """Help › User guide: every page's guide in one window, in the screen's language."""
        from .user_guide import UserGuideDialog

        if getattr(self, "user_guide", None) is not None:
            self.user_guide.close()
        self.user_guide = UserGuideDialog(self.language, self)
        self.user_guide.show()
        return self.user_guide

    def open_log_folder(self) -> Path:
        """The folder of the app's log and its error reports, in the file manager (made if need be)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from .error_report import log_folder

        folder = log_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Log folder"), str(exc))
            return folder
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            QMessageBox.information(
                self, self.tr("Log folder"), self.tr("The log and error reports are in %1").replace("%1", str(folder))
            )
        return folder

    def about(self) -> None:
        from .. import __version__

        QMessageBox.about(
            self,
            self.tr("About SXSH Desktop"),
            self.tr("SXSH Desktop %1: cleaner production assessments, offline.").replace("%1", str(__version__)),
        )

    def closeEvent(self, event) -> None:
        if self.view is not None:
            self.view.flush_edits()  # an entry being typed is saved, not lost
        self._remember()
        self._remember_mode()
        super().closeEvent(event)
