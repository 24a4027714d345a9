"""Help › User guide: the whole guide in the screen's language, made of the very texts F1 shows — the
start list's, each page's (its heading and the guide above it) in the order of the method with the
tasks it covers, and the review workspace's. One text, two places: a page's guide changed is changed here.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..domain.methodology import STEPS, TASKS
from .pages import registry


def start_guide() -> tuple[str, str]:
    """What F1 says on the list of assessments."""
    return QCoreApplication.translate("MainWindow", "Assessments"), QCoreApplication.translate(
        "MainWindow",
        "Open an assessment from the list, make a new one (blank or from a sector template) or import an "
        "assessment document. Each assessment follows the 18 tasks of the method in the navigator on the "
        "left; every change is saved as you make it.",
    )


def review_guide() -> tuple[str, str]:
    """What F1 says in the Sở's review workspace."""
    return QCoreApplication.translate("MainWindow", "Review workspace"), QCoreApplication.translate(
        "MainWindow",
        "Import the packages consultants send (Import packages…, or drop .sxsh files on the list). Each "
        "is checked: intact, who signed it, whether this office trusts the signer. Choose one to read it, "
        "add comments and take a review step; the dashboard sums the figures; export the figures as CSV "
        "or the approved packages for the ministry.",
    )


class _Texts:
    """Stands for a page when its title and guide are read without making the page (they are tr() alone)."""

    def __init__(self, context: str):
        self.context = context

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(self.context, text)


def page_guides() -> list[tuple[tuple[int, ...], str, str]]:
    """(tasks, title, guide) of each page, in the order of the method (a page that cannot load is left out)."""
    out = []
    for entry in registry.PAGES:
        cls = registry.load(entry)
        if cls is None:
            continue
        texts = _Texts(cls.__name__)
        out.append((tuple(cls.tasks) or entry.tasks, cls.title(texts), cls.guide(texts)))
    return out


def guide_html(language: str) -> str:
    """The user guide as HTML, in `language` (the screen's: the texts come through its catalogue)."""
    heading = QCoreApplication.translate("UserGuide", "SXSH Desktop user guide")
    parts = [f"<h1>{escape(heading)}</h1>"]
    title, text = start_guide()
    parts.append(f"<h2>{escape(title)}</h2><p>{escape(text)}</p>")
    pages = page_guides()
    for step in STEPS:
        parts.append(f"<h2>{step.number}. {escape(step.name(language))}</h2>")
        for tasks, page_title, page_text in pages:
            if tasks[0] not in {t.number for t in step.tasks}:
                continue
            names = "; ".join(f"{t}. {escape(TASKS[t].name(language))}" for t in tasks)
            parts.append(f"<h3>{escape(page_title)}</h3><p><i>{names}</i></p><p>{escape(page_text)}</p>")
    title, text = review_guide()
    parts.append(f"<h2>{escape(title)}</h2><p>{escape(text)}</p>")
    f1 = QCoreApplication.translate("UserGuide", "On any page, F1 shows the part of this guide about it.")
    parts.append(f"<p><i>{escape(f1)}</i></p>")
    return "\n".join(parts)


class UserGuideDialog(QDialog):
    """The user guide in a window that can stay open beside the work (not modal)."""

    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("User guide"))
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("User guide"))
        self.text.setOpenLinks(False)
        self.text.setHtml(guide_html(language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)
