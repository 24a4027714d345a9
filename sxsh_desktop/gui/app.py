"""`sxsh-desktop`: the desktop application.

    sxsh-desktop [--db URL] [--open ID] [--page TASK] [--lang vi|en] [--screenshot FILE.png]

With --screenshot the window is rendered (offscreen works: QT_QPA_PLATFORM=offscreen) at
1366×768, written as PNG, and the program exits. `--selftest` checks the installation end to end
(store, sample, savings, the window) and prints a one-line verdict.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

log = logging.getLogger(__name__)
SCREEN_SIZE = (1366, 768)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="sxsh-desktop", description="SXSH Desktop: cleaner production assessments.")
    p.add_argument("--db", metavar="URL", help="database URL (default: the app's SQLite file in the data folder)")
    p.add_argument("--open", metavar="ID", help="open this assessment")
    p.add_argument("--page", metavar="TASK", type=int, choices=range(1, 19),
                   help="show the page of this task (1–18)")
    p.add_argument("--lang", choices=("vi", "en"), help="language of the window (default: the last one chosen)")
    p.add_argument("--screenshot", metavar="FILE.png", help="render the window to a PNG file and exit")
    p.add_argument("--size", metavar="WxH", default=f"{SCREEN_SIZE[0]}x{SCREEN_SIZE[1]}", help="window size for --screenshot")
    p.add_argument("--selftest", action="store_true", help="check the installation and print a verdict")
    return p


def _fonts() -> None:
    """Noto Sans (shipped) as the application font: every Vietnamese letter, on every machine."""
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from ..paths import resources_dir

    family = None
    for path in sorted((resources_dir() / "fonts").glob("NotoSans-*.ttf")):
        fid = QFontDatabase.addApplicationFont(str(path))
        if fid >= 0 and family is None:
            families = QFontDatabase.applicationFontFamilies(fid)
            family = families[0] if families else None
    if family:
        font = QFont(family)
        font.setPointSize(10)
        QApplication.setFont(font)


def make_app():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "sxsh-desktop"])
    app.setApplicationName("SXSH Desktop")
    app.setOrganizationName("SXSH")
    _fonts()
    return app


def settle(app, rounds: int = 5) -> None:
    """Let queued work (page refreshes, the results strip) run before a picture is taken."""
    for _ in range(rounds):
        app.processEvents()


def screenshot(window, path: str, size: tuple[int, int] = SCREEN_SIZE) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    window.resize(*size)
    window.show()
    settle(app)
    if window.view is not None:
        window.view.strip.refresh_now()
    settle(app)
    if not window.grab().save(path):
        raise OSError(f"{path}: the picture could not be written")


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise SystemExit(f"sxsh-desktop: --size {text!r} should be WIDTHxHEIGHT, like 1366x768") from None
    return w, h


def selftest() -> int:
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..domain.savings import compute_savings
    from ..services.documents import load_sample
    from ..store.engine import open_store
    from .main_window import MainWindow

    try:
        app = make_app()
        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(f"sqlite:///{tmp}/selftest.db")
            try:
                ident = load_sample(store).assessment_id
                summary = compute_savings(store.get_assessment(ident), "vi")
                window = MainWindow(store, "vi", remember=False)
                window.open_assessment(ident, 5)
                screenshot(window, f"{tmp}/selftest.png")
                window.close()
            finally:
                store.close()
        del app
    except Exception as exc:  # the verdict names what failed
        print(f"sxsh-desktop selftest: FAILED: {type(exc).__name__}: {exc}")
        return 1
    energy = summary.get("energy") or {}
    print(f"sxsh-desktop selftest: OK (store, sample, savings {energy.get('saving_percent', 0):.1f} % energy, window)")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.screenshot is None else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if args.selftest:
        return selftest()
    size = _size(args.size)
    app = make_app()

    from ..store.engine import open_store
    from ..store.errors import StoreError
    from . import i18n
    from .first_run import profile
    from .main_window import MainWindow

    try:
        store = open_store(args.db)
    except StoreError as exc:
        print(f"sxsh-desktop: {exc}", file=sys.stderr)
        if args.screenshot is None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, "SXSH Desktop", str(exc))
        return 2
    try:
        language = args.lang or i18n.stored_language(store)
        i18n.install(language)
        window = MainWindow(store, language, remember=args.screenshot is None)
        if args.open:
            try:
                window.open_assessment(args.open, args.page)
            except StoreError as exc:
                print(f"sxsh-desktop: {exc}", file=sys.stderr)
                return 2
        else:
            window.restore_last()
            if args.page and window.view is not None:
                window.view.show_task(args.page)
        if args.screenshot:
            screenshot(window, args.screenshot, size)
            window.close()
            return 0
        window.show()
        if profile(store) is None:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, window.first_run)
        return app.exec()
    finally:
        store.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
