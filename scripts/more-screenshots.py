"""The dialogs the other screenshot scripts leave out (called by scripts/make-screenshots): the first-run
wizard's first page, Preferences' tabs, the review workspace's import dialog and Help › User guide, in Vietnamese
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
db, out = sys.argv[1], Path(sys.argv[2])


def main() -> None:
    from sxsh_desktop.gui.first_run import FirstRunDialog, PreferencesDialog
    from sxsh_desktop.gui.review.import_dialog import ImportDialog

    app = make_app()
    store = open_store(db)
    for lang in ("vi", "en"):
        i18n.install(lang)
        window = MainWindow(store, lang, remember=False)
        window.open_assessment(SAMPLE, 1)

        wizard = FirstRunDialog(window, language=lang)
        wizard.show()
        settle(app)
        screenshot(window, str(out / f"first-run-language-{lang}.png"), dialog=wizard)
        wizard.close()

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
