"""The results strip: always visible under the pages, it shows what the numbers say so far.

Specific consumption before → after and the saving in percent for the main resources
(electricity, water and the largest fuel), energy in TOE with its percent, whether the target band
in force in the reporting year (domain/targets.py) is met, the facility against the energy norm of its
sector template (the norm, met or exceeded; class, period and source as tooltip; nothing when the template knows no norm), and the
warnings of the savings computation (count; the list as tooltip). The figures are computed on each
change of the assessment, after the event loop has drawn the window (the unit registry and the
sector templates load in a pool thread on first use).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ..domain.display import unit_label
from ..domain.message import on_screen
from .i18n import format_number, format_significant
from .workspace import Workspace

CHIP = "QLabel {{ border-radius: 8px; padding: 2px 8px; color: white; background: {bg}; font-weight: bold; }}"
GREEN, RED, GREY, AMBER = "#2e7d32", "#c62828", "#757575", "#b26a00"


def main_resources(summary: dict[str, Any]) -> list[dict[str, Any]]:
    """Electricity, water and the largest fuel (by baseline TOE) of a savings summary, in that order."""
    rows = summary.get("resources") or []
    by_key = {r["resource"]: r for r in rows}
    chosen = [r for key in ("electricity", "water") if (r := by_key.get(key)) is not None]
    fuels = [
        r for r in rows if r.get("carrier") and r.get("carrier") != "electricity" and r["resource"] != "electricity"
    ]
    if fuels:
        chosen.append(max(fuels, key=lambda r: (r.get("toe") or {}).get("baseline") or 0.0))
    return chosen


class _Warmup:
    """Loads the unit registry (pint, ~0.5 s) in a pool thread once, so the window appears first."""

    def __init__(self) -> None:
        self.ready = False
        self.started = False
        self.waiting: list = []

    def when_ready(self, callback) -> None:
        self.waiting.append(callback)
        if self.started:
            return
        self.started = True
        from .workers import Job

        def load() -> None:
            from ..domain.quantities import registry
            from ..domain.reference import carriers
            from ..services.templates import loaded

            registry()
            carriers()
            loaded()

        job = Job(load)
        job.signals.finished.connect(lambda _r: self._done(), Qt.ConnectionType.QueuedConnection)
        job.signals.failed.connect(lambda _e: self._done(), Qt.ConnectionType.QueuedConnection)
        self._job = job
        QThreadPool.globalInstance().start(job)

    def _done(self) -> None:
        self.ready = True
        waiting, self.waiting = self.waiting, []
        for callback in waiting:
            try:
                callback()
            except RuntimeError:  # the strip was closed meanwhile
                pass


_warm = _Warmup()


class ResultsStrip(QFrame):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.summary: dict[str, Any] | None = None
        self.benchmark: Any = None  # domain.benchmark.BenchmarkResult, or None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("resultsStrip")
        self.setStyleSheet("#resultsStrip { background: #f4f6f8; }")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        self.setAccessibleName(self.tr("Results"))
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.setSpacing(14)
        self.heading = QLabel(self.tr("Results:"), self)
        self.heading.setStyleSheet("font-weight: bold;")
        self.resources_label = QLabel(self)
        self.resources_label.setTextFormat(Qt.TextFormat.RichText)
        self.resources_label.setWordWrap(True)
        self.resources_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.energy_label = QLabel(self)
        self.energy_label.setTextFormat(Qt.TextFormat.RichText)
        self.norm_chip = QLabel(self)
        self.norm_chip.setObjectName("normChip")
        self.norm_chip.hide()
        self.band_chip = QLabel(self)
        self.warnings_chip = QLabel(self)
        for w in (self.resources_label, self.energy_label, self.norm_chip, self.band_chip, self.warnings_chip):
            w.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        for w in (self.energy_label, self.norm_chip, self.band_chip, self.warnings_chip):
            w.setWordWrap(True)  # on a narrow screen (1280 px at 150 %) they share the width, on two lines
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.resources_label, 1)
        self._layout.addWidget(self.energy_label)
        self._layout.addWidget(self.norm_chip)
        self._layout.addWidget(self.band_chip)
        self._layout.addWidget(self.warnings_chip)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh_now)
        workspace.changed.connect(self.refresh)
        self.resources_label.setText(self.tr("computing…"))
        self.refresh()

    def refresh(self) -> None:
        if _warm.ready:
            self._timer.start()
        else:
            _warm.when_ready(self._timer.start)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def refresh_now(self) -> None:
        from ..domain.balance import balance_warnings
        from ..domain.savings import compute_savings
        from ..services.templates import benchmark

        self._timer.stop()
        lang = self.workspace.language
        self.benchmark = benchmark(self.workspace.assessment)
        self._show_benchmark(self.benchmark)
        try:
            self.summary = compute_savings(self.workspace.assessment, lang)
            self.summary["warnings"] = self.summary["warnings"] + balance_warnings(self.workspace.assessment, lang)
        except Exception as exc:  # a half-entered assessment must not break the strip
            self.summary = None
            self.resources_label.setText(self.tr("The results cannot be computed: %1").replace("%1", str(exc)))
            self.energy_label.clear()
            self._chip(self.band_chip, "–", GREY, "")
            self._chip(self.warnings_chip, "", GREY, "")
            return
        self._show(self.summary)

    # -- drawing --------------------------------------------------------------------------------

    def _resource_name(self, row: dict[str, Any]) -> str:
        from ..domain.reference import carriers

        key = row["resource"]
        if key == "water":
            return self.tr("Water")
        table = carriers()
        carrier = table.get(key) or table.get(row.get("carrier") or "")
        return carrier.name(self.workspace.language) if carrier is not None else key

    @staticmethod
    def _delta(percent: float | None) -> str:
        if percent is None:
            return "–"
        colour = GREEN if percent > 0 else (RED if percent < 0 else GREY)
        arrow = "▼" if percent > 0 else ("▲" if percent < 0 else "")
        from .i18n import format_number

        return f"<span style='color:{colour}'>{arrow}&nbsp;{format_number(abs(percent), 1)}&nbsp;%</span>"

    def _show(self, s: dict[str, Any]) -> None:
        parts = []
        for row in main_resources(s):
            base, rep = row.get("baseline"), row.get("reporting")
            sec_b = format_significant(base["specific"]) if base and base.get("specific") is not None else "–"
            sec_r = format_significant(rep["specific"]) if rep and rep.get("specific") is not None else "–"
            percent = (row.get("saving") or {}).get("percent")
            unit = unit_label(row.get("specific_unit", ""), self.workspace.language)
            parts.append(
                # a narrow strip may break a line after the name and before the change, never inside a figure
                f"<b>{self._resource_name(row).replace(' ', '&nbsp;')}</b> {sec_b}&nbsp;→&nbsp;{sec_r}"
                f"&nbsp;{unit} {self._delta(percent)}"
            )
        self.resources_label.setText(
            "&nbsp; · ".join(parts) if parts else self.tr("No consumption entered for both periods yet")
        )
        self.resources_label.setToolTip(self.tr("Specific consumption (per unit product): baseline → reporting"))
        self.resources_label.setMinimumWidth(self.resources_label.minimumSizeHint().width())  # its widest figure
        energy = s.get("energy")
        if energy:
            self.energy_label.setText(
                self.tr("<b>Energy</b> %1 → %2 TOE/%3 %4")
                .replace("%1", format_significant(energy["specific_baseline_toe"]))
                .replace("%2", format_significant(energy["specific_reporting_toe"]))
                .replace(
                    "%3",
                    (s.get("production") or {}).get("baseline", {}).get("unit", "")
                    if (s.get("production") or {}).get("baseline")
                    else "",
                )
                .replace("%4", self._delta(energy.get("saving_percent")))
            )
            self.energy_label.setToolTip(
                self.tr("Energy saving: %1 TOE (%2 GJ) normalised to reporting output")
                .replace("%1", format_significant(energy.get("saving_toe")))
                .replace("%2", format_significant(energy.get("saving_gj")))
            )
        else:
            self.energy_label.setText(self.tr("<b>Energy</b> –"))
            self.energy_label.setToolTip("")
        self._show_target(s.get("target_in_force"), energy)
        warnings = [on_screen(w, self.workspace.language) for w in s.get("warnings") or []]
        if warnings:
            text = self.tr("%n warning(s)", "", len(warnings))
            self._chip(self.warnings_chip, "⚠ " + text, AMBER, "\n".join("• " + w for w in warnings))
            self.warnings_chip.setAccessibleDescription("\n".join(warnings))
        else:
            self._chip(self.warnings_chip, self.tr("No warnings"), GREEN, "")

    def _show_target(self, chosen: dict[str, Any] | None, energy: dict[str, Any] | None) -> None:
        """The target chip: the band in force in the reporting year (or the one shown for reference
        only, said so), met or not; the tooltip says which decision and why."""
        if not chosen or not chosen.get("band_percent"):
            self._chip(self.band_chip, self.tr("Target: no reporting period"), GREY, (chosen or {}).get("reason", ""))
            return
        low, high = chosen["band_percent"]
        band_text = (
            f"{_band_number(low)}–{_band_number(high)} % ({chosen['programme']}, {chosen['period'].replace('-', '–')})"
        )
        tip = chosen.get("reason", "") + "\n" + (chosen.get("document") or "")
        if not chosen.get("in_force"):
            text = self.tr("Target %1: none in force (%2 for reference)").replace("%1", str(chosen.get("year")))
            self._chip(self.band_chip, text.replace("%2", f"{_band_number(low)}–{_band_number(high)} %"), GREY, tip)
            return
        if chosen.get("indicative"):
            band_text += " " + self.tr("indicative")
        if not energy or energy.get("saving_percent") is None:
            self._chip(self.band_chip, self.tr("Target %1: no data").replace("%1", band_text), GREY, tip)
        elif chosen["met"]:
            colour = GREY if chosen.get("indicative") else GREEN
            self._chip(self.band_chip, self.tr("Target %1: met").replace("%1", band_text), colour, tip)
        else:
            colour = GREY if chosen.get("indicative") else RED
            self._chip(self.band_chip, self.tr("Target %1: not met").replace("%1", band_text), colour, tip)

    def _show_benchmark(self, r: Any) -> None:
        """The norm chip: the facility's SEC against the norm of its class and period. Nothing when the
        assessment has no template or its template knows no norm: no range is ever made up."""
        if r is None or r.status not in ("ok", "no_data", "choose_process"):
            self.norm_chip.clear()
            self.norm_chip.setToolTip("")
            self.norm_chip.hide()
            return
        lang = self.workspace.language
        lines: list[str] = []
        c = r.current
        norm = (
            f"{format_significant(c.norm_value)} {unit_label(r.unit, lang)}"
            if c is not None and c.norm_value is not None
            else None
        )
        if r.status == "choose_process":
            text, colour = self.tr("Norm: choose the sub-process"), GREY
        elif c is not None and c.norm_status != "in_force":
            # a norm out of its period (replaced, not yet in force, outside its periods): no verdict
            text, colour = self.tr("Norm %1: no verdict").replace("%1", str(c.year)), GREY
            lines.extend(n(lang) for n in c.notes[:1])
        elif r.status == "ok" and c is not None and c.within is not None and norm is not None:
            if c.within:
                text, colour = self.tr("Norm: %1 — within").replace("%1", norm), GREEN
            else:
                excess = format_significant(abs(c.difference_percent or 0.0), 2)
                text, colour = self.tr("Norm: %1 — exceeded by %2 %").replace("%1", norm).replace("%2", excess), RED
        else:
            text = self.tr("Norm: %1 — no data yet").replace("%1", norm) if norm else self.tr("Norm: no data yet")
            colour = GREY
        if r.reason is not None:
            lines.append(r.reason(lang))
        if c is not None and c.sec is not None:
            period = self.tr("reporting period") if c.period == "reporting" else self.tr("baseline")
            lines.append(
                self.tr("Facility: %1 %2 (%3, %4)")
                .replace("%1", format_significant(c.sec))
                .replace("%2", unit_label(r.unit or "", lang))
                .replace("%3", period)
                .replace("%4", str(c.year))
            )
        if c is not None and norm is not None:
            lines.append(
                self.tr("Norm: %1 for the capacity class “%2”, period %3")
                .replace("%1", norm)
                .replace("%2", c.capacity_class(lang) if c.capacity_class else "–")
                .replace("%3", c.norm_period_label(lang) if c.norm_period_label else "–")
            )
        if r.source is not None:
            status = self.tr("official") if r.source.status == "official" else self.tr("secondary source")
            lines.append(self.tr("Source: %1 (%2)").replace("%1", r.source.document).replace("%2", status))
        lines.append(self.tr("Details on the monitoring page (task 16)."))
        from html import escape

        # rich text, so that Qt wraps the long name of the source document
        self._chip(self.norm_chip, text, colour, "<qt>" + "<br>".join(escape(x) for x in lines) + "</qt>")
        self.norm_chip.setAccessibleDescription("\n".join(lines))

    @staticmethod
    def _chip(label: QLabel, text: str, colour: str, tooltip: str) -> None:
        label.setText(text)
        label.setStyleSheet(CHIP.format(bg=colour))
        label.setToolTip(tooltip)
        label.setAccessibleName(text)
        label.setVisible(bool(text))


def _band_number(v: float) -> str:
    return format_number(v, 0 if float(v).is_integer() else 1)
