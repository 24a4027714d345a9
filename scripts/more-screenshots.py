"""The dialogs the other screenshot scripts leave out (called by scripts/make-screenshots): the first-run
wizard's every page, Preferences' tabs, the review workspace's import dialog and Help › User guide, in Vietnamese
and English, each at its natural size drawn over the window at 1366×768.

    .venv/bin/python scripts/more-screenshots.py DB_URL OUT_FOLDER
"""

from __future__ import annotations

import sys
from pathlib import Path

from sxsh_desktop.gui import i18n
from sxsh_desktop.gui.app import make_app, screenshot, settle
from sxsh_desktop.gui.main_window import MainWindow
from sxsh_desktop.store.engine import open_store

SAMPLE = "6f1c2a4e-8b3d-4c7a-9e12-5d0b7f3a9c01"
# the first-run wizard's pages in the order a consultant meets them, each with its screenshot's name
WIZARD_PAGES = [
    ("language_page", "language"),
    ("role_page", "role"),
    ("profile_page", "profile"),
    ("identity_page", "identity"),
    ("folder_page", "folder"),
    ("sample_page", "sample"),
]
db, out = sys.argv[1], Path(sys.argv[2])


def main() -> None:
    from sxsh_desktop.gui.first_run import FirstRunDialog
    from sxsh_desktop.gui.preferences import PreferencesDialog
    from sxsh_desktop.gui.review.import_dialog import ImportDialog

    app = make_app()
    store = open_store(db)
    for lang in ("vi", "en"):
        i18n.install(lang)
        window = MainWindow(store, lang, remember=False)
        window.open_assessment(SAMPLE, 1)

        wizard = FirstRunDialog(window, language=lang, data_dir=Path("/home/nhung/SXSH"))
        for page, key in WIZARD_PAGES:  # screenshot() closes the wizard: shown again, it starts over
            wizard.show()
            settle(app)
            wizard.profile_page.name.setText("Nguyễn Thị Hồng Nhung")
            wizard.profile_page.organisation.setText("Trung tâm Sản xuất sạch hơn Việt Nam")
            while wizard.currentPage() is not getattr(wizard, page) and wizard.currentId() != -1:
                wizard.next()
                settle(app)
            shown = type(wizard.currentPage()).__name__
            assert wizard.currentPage() is getattr(wizard, page), f"the wizard is at {shown}, not its {page}"
            screenshot(window, str(out / f"first-run-{key}-{lang}.png"), dialog=wizard)

        prefs = PreferencesDialog(window)
        for i in range(prefs.tabs.count()):
            prefs.tabs.setCurrentIndex(i)
            screenshot(window, str(out / f"preferences-{i + 1}-{lang}.png"), dialog=prefs)
        prefs.close()

        guide = window.show_user_guide()
        screenshot(window, str(out / f"user-guide-{lang}.png"), dialog=guide)
        guide.close()

        review = window.show_review()
        dialog = ImportDialog(review.review, window)
        screenshot(window, str(out / f"review-import-{lang}.png"), dialog=dialog)
        dialog.close()
        window.show_consultant()
        window.close()
    store.close()


if __name__ == "__main__":  # the import dialog's checking workers import this file again
    main()
