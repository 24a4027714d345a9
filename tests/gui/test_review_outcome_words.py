"""What happened to an imported package, in words, from the outcome's own fields (no English line
read back): a revision that replaces an older one, an older revision that is not applied."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sxsh_desktop.gui import i18n
from sxsh_desktop.gui.review.labels import outcome_text
from sxsh_desktop.sync.intake import ImportOutcome


@pytest.mark.parametrize(
    ("language", "replaced", "older"),
    [
        ("vi", "Đã nhập; thay cho phiên bản 2", "Phiên bản 1 cũ hơn phiên bản 3"),
        ("en", "Imported; replaces revision 2, which stays in the history", "Revision 1 is older than revision 3"),
    ],
)
def test_outcomes_in_words(qapp, language, replaced, older):
    i18n.install(language)
    imported = ImportOutcome("a.sxsh", "imported", "imported (supersedes revision 2)", superseded_revision=2)
    stale = ImportOutcome("b.sxsh", "superseded", "", revision=1, newer_revision=3)
    assert outcome_text(imported).startswith(replaced), outcome_text(imported)
    assert outcome_text(stale).startswith(older), outcome_text(stale)
    assert outcome_text(ImportOutcome("c.sxsh", "imported", "imported")) in ("Imported", "Đã nhập")
