"""The first start: who the consultant is (the default consultant of new assessments) and an offer
to open the sample assessment."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

PROFILE_KEY = "consultant_profile"


def profile(store) -> dict | None:
    value = store.get_meta(PROFILE_KEY)
    return value if isinstance(value, dict) else None


class FirstRunDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to SXSH Desktop"))
        intro = QLabel(self.tr("Your name and organisation are filled in as the consultant of each new "
                               "assessment. You can change them in every assessment."), self)
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Consultant's name"))
        self.organisation = QLineEdit(self)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.sample = QCheckBox(self.tr("Open the &sample assessment (a brewery) to look around"), self)
        self.sample.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.sample)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def values(self) -> dict:
        return {"name": self.name.text().strip(), "organisation": self.organisation.text().strip()}
