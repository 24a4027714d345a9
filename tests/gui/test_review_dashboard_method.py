"""The Sở's dashboard shows how many received assessments used a regression on monthly readings and how
many the ratio, in total and per group, in Vietnamese and English."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from sxsh_desktop.gui import i18n
from sxsh_desktop.gui.main_window import MainWindow
from sxsh_desktop.store.engine import open_store
from sxsh_desktop.store.review_ops import ReviewStore
from tests.unit.test_review import _incoming


def _received(aid: str, method: str, **kw):
    item = _incoming(aid, **kw)
    return dataclasses.replace(item, figures=dataclasses.replace(item.figures, method=method))


@pytest.fixture
def store(tmp_path):
    s = open_store(f"sqlite:///{tmp_path / 'so.db'}", auto_backup=False)
    review = ReviewStore(s)
    review.record_import(_received("a", "regression", province="Nghệ An"))
    review.record_import(_received("b", "ratio", province="Nghệ An", tax="0100000002"))
    review.record_import(_received("c", "ratio", province="Hà Tĩnh", tax="0100000003"))
    yield s
    s.close()


@pytest.mark.parametrize(
    ("language", "caption", "column"),
    [
        ("en", "By method: regression / ratio", "Regression / ratio"),
        ("vi", "Theo phương pháp: hồi quy / tỷ số", "Hồi quy / tỷ số"),
    ],
)
def test_the_dashboard_counts_assessments_by_method(qtbot, store, language, caption, column):
    i18n.install(language)
    w = MainWindow(store, language, remember=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    ws = w.show_review()
    ws.tabs.setCurrentWidget(ws.dashboard)
    board = ws.dashboard
    card = board.cards["by_method"]
    assert card.isVisible() and card.text() == "1 / 2"
    assert card.accessibleName() == caption
    assert any(label.text() == caption and label.isVisible() for label in board.findChildren(QLabel))
    model = board.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[-1] == column
    rows = {model.index(r, 0).data(): model.index(r, model.columnCount() - 1).data() for r in range(model.rowCount())}
    assert rows == {"Hà Tĩnh": "0 / 1", "Nghệ An": "1 / 1"}
    board.set_filters(province="Hà Tĩnh")
    assert card.text() == "0 / 1"
    w.close()
