"""The first-start wizard and Preferences: language, profile, identity (created or imported, the
passphrase never stored), data folder (remembered in the config file, honoured at the next start,
the database copied along), sample — each skippable, each changeable later."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QMessageBox

from sxsh_desktop import config
from sxsh_desktop.config import data_dir
from sxsh_desktop.gui import first_run as fr
from sxsh_desktop.gui import i18n
from sxsh_desktop.gui.main_window import MainWindow
from sxsh_desktop.gui.preferences import PreferencesDialog
from sxsh_desktop.signing.identity import load_pkcs12, new_identity
from sxsh_desktop.store.engine import open_store

PASS = "mật khẩu dài 123"


@pytest.fixture
def store(_private_data_dir):
    s = open_store(_private_data_dir / "sxsh.db")
    yield s
    s.close()


@pytest.fixture
def window(qtbot, store):
    i18n.install("vi")
    w = MainWindow(store, "vi", remember=True)
    qtbot.addWidget(w)
    yield w
    w.close()
    i18n.install("vi")


@pytest.fixture(autouse=True)
def _no_restart(monkeypatch):
    asked = []
    monkeypatch.setattr(fr, "ask_restart", lambda window, folder: asked.append(folder))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    return asked


def test_every_page_filled_in(qtbot, window, store, tmp_path, _no_restart, monkeypatch):
    dialog = fr.FirstRunDialog(window)
    qtbot.addWidget(dialog)
    dialog.language_page.en.setChecked(True)  # the wizard speaks English from here on
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Welcome to SXSH Desktop")  # LanguageChange is posted
    dialog.name.setText("Lê Văn An")
    dialog.organisation.setText("Trung tâm SXSH")
    page = dialog.identity_page
    page.create.setChecked(True)
    page.passphrase.setText(PASS)
    page.repeat.setText(PASS + "x")
    assert page.problem() == "The two passphrases differ."
    page.repeat.setText(PASS)
    assert page.problem() is None
    elsewhere = tmp_path / "D" / "sxsh-data"
    dialog.folder_page.folder.setText(str(elsewhere))
    dialog.sample.setChecked(False)
    dialog.accept()

    assert fr.apply_first_run(window, dialog) == []
    assert store.get_meta(fr.PROFILE_KEY) == {"name": "Lê Văn An", "organisation": "Trung tâm SXSH"}
    assert window.language == "en" and i18n.stored_language(store) == "en"
    ident = store.get_meta(fr.IDENTITY_KEY)
    assert ident["name"] == "Lê Văn An" and ident["self_issued"]
    p12 = load_pkcs12(ident["path"], PASS.encode())  # made with the passphrase typed …
    assert p12.certificate.subject.rfc4514_string().startswith("C=VN,O=Trung tâm SXSH,CN=Lê Văn An")
    assert PASS.encode() not in store.sqlite_path.read_bytes()  # … which is stored nowhere
    assert all(not f.text() for f in (page.passphrase, page.repeat))
    assert window.workspace is None  # no sample asked for

    # the data folder: remembered in the config file, the database copied there, used at the next start
    assert _no_restart == [elsewhere.absolute()]
    assert config.read_config()["data_dir"] == str(elsewhere.absolute())
    assert (elsewhere / "sxsh.db").exists()
    monkeypatch.delenv("SXSH_DATA_DIR")
    assert data_dir() == elsewhere.absolute()
    with open_store(None) as moved:
        assert moved.get_meta(fr.PROFILE_KEY)["name"] == "Lê Văn An"
        assert moved.get_meta(fr.IDENTITY_KEY)["fingerprint"] == ident["fingerprint"]


def test_skip_all_keeps_nothing_but_an_empty_profile(qtbot, window, store):
    dialog = fr.FirstRunDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language_page.en.setChecked(True)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard

    qtbot.mouseClick(dialog.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)  # Skip all
    assert dialog.result() == fr.QDialog.DialogCode.Rejected
    window.first_run(dialog)
    assert store.get_meta(fr.PROFILE_KEY) == {"name": "", "organisation": ""}  # not asked again
    assert store.get_meta(fr.IDENTITY_KEY) is None
    assert window.language == "vi" and window.tr("&File") != "&File"  # the language tried was undone
    assert config.read_config() == {}
    assert window.workspace is None


def test_finish_without_touching_a_page_opens_the_sample(qtbot, window, store):
    dialog = fr.FirstRunDialog(window)
    qtbot.addWidget(dialog)
    dialog.accept()
    window.first_run(dialog)
    assert store.get_meta(fr.IDENTITY_KEY) is None
    assert config.read_config() == {}
    assert window.workspace is not None and window.workspace.assessment_id.startswith("6f1c")


def test_identity_from_a_file_is_checked_with_its_passphrase(qtbot, window, store, tmp_path):
    p12 = tmp_path / "ca-issued.p12"
    new_identity("Trần Thị Bình", "Sở Công Thương Huế", p12, PASS.encode())
    dialog = fr.FirstRunDialog(window)
    qtbot.addWidget(dialog)
    page = dialog.identity_page
    page.import_.setChecked(True)
    page.file.setText(str(p12))
    page.file_passphrase.setText("wrong passphrase")
    dialog.sample.setChecked(False)
    dialog.accept()
    problems = fr.apply_first_run(window, dialog)
    assert problems == [f"Sai mật khẩu của tệp chứng thư {p12}. Chưa ghi tệp nào; hãy thử lại"]  # the screen's words
    assert store.get_meta(fr.IDENTITY_KEY) is None

    page.file_passphrase.setText(PASS)
    assert fr._apply_identity(page, store) == []
    assert store.get_meta(fr.IDENTITY_KEY)["path"] == str(p12)


def test_preferences_change_what_the_first_start_set(qtbot, window, store, tmp_path, _no_restart):
    store.set_meta(fr.PROFILE_KEY, {"name": "A", "organisation": "B"})
    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Ngôn ngữ",
        "Hồ sơ chuyên gia tư vấn",
        "Chứng thư ký số",
        "Thư mục dữ liệu",
    ]
    assert dialog.profile_page.name.text() == "A"
    dialog.profile_page.name.setText("Nguyễn Văn C")
    dialog.language_page.en.setChecked(True)
    qtbot.waitUntil(lambda: dialog.tabs.tabText(0) == "Language")
    dialog.folder_page.folder.setText(str(tmp_path / "other"))
    dialog.accept()
    assert dialog.apply() == []
    assert store.get_meta(fr.PROFILE_KEY) == {"name": "Nguyễn Văn C", "organisation": "B"}
    assert window.language == "en"
    assert _no_restart == [(tmp_path / "other").absolute()]

    # back to the default folder: the config forgets the choice
    again = PreferencesDialog(window)
    qtbot.addWidget(again)
    again.folder_page.current = tmp_path / "other"
    again.folder_page.default_button.click()
    again.accept()
    again.apply()
    assert "data_dir" not in config.read_config()


def test_preferences_is_in_the_edit_menu(window):
    assert window.preferences_action.text() == window.tr("&Preferences…")
    assert window.preferences_action.isEnabled()


def test_a_reviewer_is_asked_only_what_a_reviewer_needs(qtbot, window, store):
    """Vietnamese, by the mouse: the role page, then name and folder; no identity, no sample; the window
    opens on the review workspace."""
    from gui_support import type_text
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard

    dialog = fr.FirstRunDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    left = Qt.MouseButton.LeftButton
    seen = []

    def next_page():
        seen.append(type(dialog.currentPage()).__name__)
        qtbot.mouseClick(dialog.button(QWizard.WizardButton.NextButton), left)

    next_page()  # language
    assert dialog.currentPage() is dialog.role_page
    qtbot.mouseClick(dialog.role_page.reviewer, left)
    assert dialog.role_page.role() == "reviewer"
    next_page()
    assert dialog.currentPage().title() == "Hồ sơ cán bộ thẩm định"  # not the consultant's profile
    assert "thẩm định" in dialog.profile_page.intro.text()
    type_text(dialog.name, "Trần Bình")
    type_text(dialog.organisation, "Sở Công Thương Nghệ An")
    qtbot.mouseClick(dialog.button(QWizard.WizardButton.BackButton), left)  # a look back, then on again
    assert dialog.currentPage() is dialog.role_page
    next_page()
    next_page()  # profile
    assert dialog.currentPage() is dialog.folder_page
    assert dialog.button(QWizard.WizardButton.FinishButton).isVisible()
    seen.append(type(dialog.currentPage()).__name__)
    qtbot.mouseClick(dialog.button(QWizard.WizardButton.FinishButton), left)
    assert seen == ["LanguagePage", "RolePage", "RolePage", "ProfilePage", "DataFolderPage"]
    window.first_run(dialog)
    assert store.get_meta(fr.ROLE_KEY) == "reviewer"
    assert store.get_meta(fr.PROFILE_KEY) == {"name": "Trần Bình", "organisation": "Sở Công Thương Nghệ An"}
    assert store.get_meta(fr.IDENTITY_KEY) is None and store.list_assessments() == []
    assert window.mode == "review" and window.pages.currentWidget() is window.review_view


def test_preferences_by_the_buttons(qtbot, window, store, tmp_path, _no_restart, monkeypatch):
    """Edit › Preferences: the data folder chosen with Choose…, put back with Default, Cancel keeps
    nothing; then a name typed and OK keeps it."""
    from gui_support import type_text
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

    left = Qt.MouseButton.LeftButton
    seen = {}
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "khac"))

    def cancel_after_choosing():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, cancel_after_choosing)
            return
        page = dialog.folder_page
        qtbot.mouseClick(page.browse, left)
        seen["chosen"] = page.folder.text()
        qtbot.mouseClick(page.default_button, left)
        seen["default"] = page.folder.text()
        qtbot.mouseClick(page.browse, left)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), left)

    QTimer.singleShot(0, cancel_after_choosing)
    window.preferences_action.trigger()
    assert seen["chosen"] == str(tmp_path / "khac") and seen["default"] == str(fr.default_data_dir())
    assert config.read_config() == {} and _no_restart == []  # Cancel: nothing kept

    def ok_with_a_name():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, ok_with_a_name)
            return
        dialog.profile_page.name.clear()
        type_text(dialog.profile_page.name, "Phạm Thu Hà")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), left)

    QTimer.singleShot(0, ok_with_a_name)
    window.preferences_action.trigger()
    assert (fr.profile(store) or {}).get("name") == "Phạm Thu Hà"


def test_a_long_data_folder_shows_its_start_and_is_whole_in_its_tooltip(qtbot, tmp_path):
    """A path longer than the field (a temporary folder's name grew past it and the layout check failed
    on it): the field shows the path's start, and the whole path is its tooltip, also after Default."""
    import layout_checks
    from PySide6.QtCore import Qt

    long = tmp_path / ("thư-mục-dữ-liệu-của-trung-tâm-tư-vấn-sản-xuất-sạch-hơn-" * 3)
    page = fr.DataFolderPage(long)
    qtbot.addWidget(page)
    page.resize(560, 300)
    page.show()
    qtbot.waitExposed(page)
    assert page.folder.toolTip() == str(long) and page.folder.cursorPosition() == 0
    assert layout_checks.problems(page) == []
    page.folder.setFocus()  # as QWizard gives it when the page is reached: still its start shown
    assert layout_checks.problems(page) == []
    qtbot.mouseClick(page.default_button, Qt.MouseButton.LeftButton)
    assert page.folder.toolTip() == page.folder.text() and page.folder.cursorPosition() == 0
