"""Budget: start-up of `sxsh-desktop` to the main window shown with an assessment open, against a
bare Qt window (QApplication + QMainWindow) in the same run. Goal: within 2× the bare window.

Both are measured in fresh subprocesses (interpreter start included), median of --repeat runs;
each child leaves as soon as its window has been shown and the first events processed. The app's
store is a fresh SQLite file with the sample assessment, reopened where it was left (--page).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup_bench.py [--repeat 5] [--page 1]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import os
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1366, 768)
w.show()
QTimer.singleShot(0, lambda: (app.processEvents(), os._exit(0)))
app.exec()
"""

APP = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
QTimer.singleShot(0, lambda: (app.processEvents(), os._exit(0)))
from sxsh_desktop.gui.app import main
main(["--db", sys.argv[1]])
"""


def prepare(folder: Path, page: int) -> str:
    from sxsh_desktop.services.documents import load_sample
    from sxsh_desktop.store.engine import open_store

    url = f"sqlite:///{folder / 'bench.db'}"
    store = open_store(url)
    try:
        ident = load_sample(store).assessment_id
        store.set_meta("consultant_profile", {"name": "Bench", "organisation": "Bench"})
        store.set_meta("last_assessment", {"id": ident, "task": page, "open": True})
    finally:
        store.close()
    return url


def run(code: str, *args: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code, *args], check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - start


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--page", type=int, default=1, help="the task page the assessment was left on")
    args = p.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        env["SXSH_DATA_DIR"] = tmp
        url = prepare(Path(tmp), args.page)
        run(APP, url, env=env)  # warm the file cache and __pycache__ once
        bare = [run(BARE, env=env) for _ in range(args.repeat)]
        app = [run(APP, url, env=env) for _ in range(args.repeat)]
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare Qt window:            {b * 1000:7.0f} ms (median of {args.repeat})")
    print(f"sxsh-desktop, page {args.page:<2}:     {a * 1000:7.0f} ms (median of {args.repeat})")
    print(f"ratio: {a / b:.2f}× (goal ≤ 2×) {'OK' if a / b <= 2 else 'OVER BUDGET'}")
    return 0 if a / b <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
