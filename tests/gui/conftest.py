"""GUI tests start from the same state: each test that switches the language puts English back."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _english_after_each_test():
    yield
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        from sxsh_desktop.gui import i18n

        i18n.install("en")
