"""Layout that fits, in both languages: every field of the first-run wizard and of Preferences is at least
as tall as its font on every page (the identity page scrolls when the screen is short instead of
squeezing its fields), and the balance page shows every flow of the step."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QComboBox, QLineEdit

from sxsh_desktop.gui import i18n


def _fields_fit(page) -> list[str]:
    short = []
    for w in [*page.findChildren(QLineEdit), *page.findChildren(QComboBox)]:
        if w.isVisibleTo(page) and w.height() < w.fontMetrics().height() + 4:
            short.append(
                f"{type(page).__name__}: {w.accessibleName() or w.objectName() or type(w).__name__} {w.height()} px"
            )
    return short


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_wizard_page_has_room_for_its_fields(qtbot, lang):
    from sxsh_desktop.gui.first_run import FirstRunDialog

    i18n.install(lang)
    wizard = FirstRunDialog(None, language=lang)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    short = []
    for _ in range(len(wizard.pageIds())):
        qtbot.wait(1)
        page = wizard.currentPage()
        short += _fields_fit(page)
        content = getattr(page, "content", None)
        if content is None:  # a page that does not scroll must fit as it is
            assert page.height() >= page.minimumSizeHint().height(), type(page).__name__
        wizard.next()
    assert not short, short


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_preferences_tabs_have_room_for_their_fields(qtbot, lang, _private_data_dir):
    from sxsh_desktop.gui.main_window import MainWindow
    from sxsh_desktop.gui.preferences import PreferencesDialog
    from sxsh_desktop.store.engine import open_store

    i18n.install(lang)
    store = open_store(f"sqlite:///{_private_data_dir / 'prefs.db'}", auto_backup=False)
    window = MainWindow(store, lang, remember=False)
    qtbot.addWidget(window)
    dialog = PreferencesDialog(window)
    dialog.show()
    short = []
    for i in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(i)
        qtbot.wait(1)
        short += _fields_fit(dialog.tabs.currentWidget())
    dialog.close()
    store.close()
    assert not short, short


def test_the_balance_table_shows_every_flow_of_the_step(qtbot, tmp_path):
    from test_pages_support import sample_workspace, show

    from sxsh_desktop.gui.pages.balance import BalancePage

    ws = sample_workspace(tmp_path, "vi")
    page = show(qtbot, BalancePage(ws))
    t = page.table
    rows = page.model.rowCount()
    assert 6 <= rows <= 12
    visible = t.rowAt(t.viewport().height() - 2)
    assert visible == -1 or visible == rows - 1, f"{visible + 1} of {rows} rows in view"
