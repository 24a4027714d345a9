"""The desktop app started from a terminal, as a user starts it: on a first start the terminal shows no
log chatter (the migration's steps), while the log file in the data folder keeps them."""

from __future__ import annotations

import os
import subprocess
import sys
import time


def test_a_first_start_leaves_the_terminal_quiet_and_the_log_file_full(tmp_path):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        SXSH_DATA_DIR=str(tmp_path / "data"),
        SXSH_CONFIG_DIR=str(tmp_path / "config"),
        SXSH_CACHE_DIR=str(tmp_path / "cache"),
    )
    log = tmp_path / "data" / "logs" / "sxsh-desktop.log"
    app = subprocess.Popen(
        [sys.executable, "-m", "sxsh_desktop.gui.app"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    try:
        deadline = time.monotonic() + 120  # a budget for a slow machine, not a measurement
        while time.monotonic() < deadline and app.poll() is None:
            if log.exists() and "Running upgrade" in log.read_text(encoding="utf-8"):
                break
            time.sleep(0.2)
        assert app.poll() is None, app.communicate()  # the window (and its first-start wizard) is up
        assert "Running upgrade" in log.read_text(encoding="utf-8")
    finally:
        app.terminate()
        _, err = app.communicate(timeout=60)
    assert "alembic" not in err and "INFO" not in err, err
