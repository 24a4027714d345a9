"""The balance page's closure box: mass and energy in and out of a step for its basis (or per unit of
product), the closure error against the tolerance, and the flows left out of the balance with why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QVBoxLayout, QWidget

from ...domain.balance import Side, StepBalance
from ...domain.display import unit_label
from ...domain.model import ProcessStep
from ..widgets.common import MUTED_STYLE, OK_STYLE, percent, sig
from ..widgets.quantity import ERROR_PREFIX, ERROR_STYLE, format_value


def reason_text(reason: str) -> str:
    """Why a flow is not in the balance, in the screen's language."""
    known = {
        "unknown unit": QCoreApplication.translate("ClosureBox", "unknown unit"),
        "volume without a density": QCoreApplication.translate(
            "ClosureBox", "a volume without a density (give the density)"
        ),
        "no calorific value": QCoreApplication.translate("ClosureBox", "no calorific value for this fuel"),
        "not entered": QCoreApplication.translate("ClosureBox", "no quantity entered yet"),
        "count is not a mass or an energy": QCoreApplication.translate(
            "ClosureBox", "a count is not a mass or an energy"
        ),
    }
    return known.get(reason, reason)


def basis_text(step: ProcessStep, lang: str) -> str:
    text = f"{format_value(step.basis.value, lang)} {unit_label(step.basis.unit, lang)}"
    label = step.basis_label
    return f"{label} ({text})" if label else text


class ClosureBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.mass_title, self.mass_text, self.mass_flag = QLabel(self), QLabel(self), QLabel(self)
        self.energy_title, self.energy_text, self.energy_flag = QLabel(self), QLabel(self), QLabel(self)
        self.excluded_title, self.excluded_text = QLabel(self), QLabel(self)
        for w in (self.mass_text, self.mass_flag, self.energy_text, self.energy_flag, self.excluded_text):
            w.setWordWrap(True)
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for w in (self.mass_title, self.energy_title, self.excluded_title):
            w.setStyleSheet("font-weight: 600;")
        layout = QVBoxLayout(self)
        for w in (
            self.mass_title,
            self.mass_text,
            self.mass_flag,
            self.energy_title,
            self.energy_text,
            self.energy_flag,
        ):
            layout.addWidget(w)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        layout.addWidget(self.excluded_title)
        layout.addWidget(self.excluded_text)
        layout.addStretch(1)
        self.setMinimumWidth(300)
        self.setMaximumWidth(420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Closure"))
        self.mass_title.setText(self.tr("Mass"))
        self.energy_title.setText(self.tr("Energy"))
        self.excluded_title.setText(self.tr("Not in the balance"))
        self.mass_flag.setAccessibleName(self.tr("Mass closure"))
        self.energy_flag.setAccessibleName(self.tr("Energy closure"))

    def show_empty(self, text: str) -> None:
        self.mass_text.setText(text)
        for w in (self.mass_flag, self.energy_text, self.energy_flag, self.excluded_text):
            w.clear()

    def show_balance(self, b: StepBalance, lang: str, unit: str, per_unit_asked: bool) -> None:
        per_unit = per_unit_asked and b.basis_in_product_units
        scale = 1.0 / b.basis_in_product_units if per_unit and b.basis_in_product_units else 1.0
        where = (
            self.tr("per {unit} of product").format(unit=unit)
            if per_unit
            else self.tr("per {basis}").format(basis=basis_text(b.step, lang))
        )
        tol = b.tolerance_percent
        for side, unit_text, text_label, flag_label, flagged in (
            (b.mass, "t", self.mass_text, self.mass_flag, b.mass_flagged),
            (b.energy, "GJ", self.energy_text, self.energy_flag, b.energy_flagged),
        ):
            text_label.setText(self._side_text(side, unit_text, scale, lang, where))
            closure = side.closure_percent
            if closure is None:
                flag_label.setText(self.tr("No closure: it needs inputs and outputs."))
                flag_label.setStyleSheet(MUTED_STYLE)
            elif flagged:
                flag_label.setText(
                    ERROR_PREFIX
                    + self.tr(
                        "Closure error {closure} is above the tolerance of {tol}: look for a missing or "
                        "mis-measured flow."
                    ).format(closure=percent(closure, lang), tol=percent(tol, lang, 0))
                )
                flag_label.setStyleSheet(ERROR_STYLE)
            else:
                flag_label.setText(
                    "\u2713 "
                    + self.tr("Closure error {closure}, within the tolerance of {tol}.").format(
                        closure=percent(closure, lang), tol=percent(tol, lang, 0)
                    )
                )
                flag_label.setStyleSheet(OK_STYLE)
        reasons = [f"• {am.flow.name}: {reason_text(am.reason)}" for am in b.excluded]
        self.excluded_text.setText("\n".join(reasons) if reasons else self.tr("Every flow is in the balance."))
        self.excluded_text.setStyleSheet("" if reasons else MUTED_STYLE)

    def _side_text(self, side: Side, unit: str, scale: float, lang: str, where: str) -> str:
        if side.input_count == 0 and side.output_count == 0:
            return self.tr("No flows.")
        return self.tr("In {inp} · out {out} · difference {diff} {unit} {where}").format(
            inp=sig(side.inputs * scale, lang, 4),
            out=sig(side.outputs * scale, lang, 4),
            diff=sig(side.difference * scale, lang, 3),
            unit=unit,
            where=where,
        )
