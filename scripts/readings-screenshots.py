"""The monitoring page's monthly readings and regression view (called by scripts/make-screenshots): the
brewery sample read by month in both periods, at 1366×768, in Vietnamese and English; and the page's
warnings, the sample read by month with what the savings warn of (tests/monthly.with_warnings).

    .venv/bin/python scripts/readings-screenshots.py OUT_FOLDER
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from sxsh_desktop.gui import i18n
from sxsh_desktop.gui.app import make_app, screenshot, settle
from sxsh_desktop.store.engine import open_store

out = Path(sys.argv[1])
work = Path(tempfile.mkdtemp(prefix="sxsh-readings-shots-"))
ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from sxsh_desktop.gui.main_window import MainWindow
    from sxsh_desktop.interchange.document import read_document
    from sxsh_desktop.services.documents import sample_path
    from tests.monthly import with_monthly_readings, with_warnings

    app = make_app()
    monthly = with_monthly_readings(read_document(sample_path()))
    warned = with_warnings(read_document(sample_path()))
    warned.id = "5a0c0000-0000-4000-8000-0000000000aa"
    with open_store(f"sqlite:///{work / 'shots.db'}", auto_backup=False) as store:
        store.add_assessment(monthly)
        store.add_assessment(warned)
        for lang in ("vi", "en"):
            i18n.install(lang)
            window = MainWindow(store, lang, remember=False)
            view = window.open_assessment(monthly.id, 16)
            page = view.page_for(16)
            page.left_tabs.setCurrentIndex(2)
            page.right_tabs.setCurrentIndex(2)
            settle(app)
            screenshot(window, str(out / f"monitoring-readings-{lang}.png"))
            page.readings_panel.set_period("reporting")
            page.mv_panel.resource_combo.setCurrentIndex(page.mv_panel.resource_combo.findData("coal"))
            page.mv_panel.show_resource()
            settle(app)
            screenshot(window, str(out / f"monitoring-readings-reporting-{lang}.png"))
            view = window.open_assessment(warned.id, 16)
            page = view.page_for(16)
            page.left_tabs.setCurrentIndex(0)
            page.right_tabs.setCurrentIndex(0)
            settle(app)
            screenshot(window, str(out / f"monitoring-warnings-{lang}.png"))
            window.close()


try:
    main()
finally:
    shutil.rmtree(work, ignore_errors=True)
