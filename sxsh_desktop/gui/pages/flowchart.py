"""Task 4: the flow chart of the process, drawn from the data: each process step a box in the
order of production, its inputs as labelled arrows coming in from the left, its outputs going out
to the right; focus steps stand out. Exportable as PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QImageWriter,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.methodology import FLOW_KIND_LABELS
from ...domain.model import ProcessStep
from ..i18n import format_quantity
from ..workspace import Workspace
from .base import Page

LABEL_W, ARROW, BOX_W, ROW, GAP, TOP = 330.0, 70.0, 250.0, 30.0, 46.0, 64.0
KIND_COLOURS = {
    "raw_material": "#5d4037",
    "auxiliary": "#8d6e63",
    "water": "#1e88e5",
    "energy": "#ef6c00",
    "product": "#2e7d32",
    "by_product": "#7cb342",
    "solid_waste": "#6d4c41",
    "wastewater": "#00838f",
    "emission": "#757575",
    "loss": "#c62828",
}


class FlowchartScene(QGraphicsScene):
    """The drawing of an assessment's process steps and flows (made anew on each change)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackgroundBrush(QBrush(QColor("white")))

    def draw(self, steps: list[ProcessStep], language: str, title: str, focus_label: str, per_label: str) -> None:
        self.clear()
        font = QFont()
        font.setPointSizeF(9.5)
        small = QFont(font)
        small.setPointSizeF(8.5)
        bold = QFont(font)
        bold.setBold(True)
        fm = QFontMetricsF(small)
        bx = LABEL_W + ARROW
        heading = self.addSimpleText(title, bold)
        heading.setPos(0, 0)
        self._legend(language, small, 22)
        y = TOP
        previous_bottom = None
        for step in steps:
            ins = [f for f in step.flows if f.direction == "input"]
            outs = [f for f in step.flows if f.direction == "output"]
            h = max(len(ins), len(outs), 2) * ROW + 12
            if previous_bottom is not None:
                self._arrow(
                    QPointF(bx + BOX_W / 2, previous_bottom), QPointF(bx + BOX_W / 2, y), QColor("#333333"), 2.5
                )
            pen = QPen(QColor("#2e7d32" if step.focus else "#455a64"), 3 if step.focus else 1.5)
            brush = QBrush(QColor("#e8f5e9" if step.focus else "#eceff1"))
            path = QPainterPath()
            path.addRoundedRect(QRectF(bx, y, BOX_W, h), 8, 8)
            self.addPath(path, pen, brush)
            name = self.addText(f"{step.order}. {step.name}", bold)
            name.setTextWidth(BOX_W - 12)
            basis = self.addSimpleText(per_label.replace("%1", format_quantity(step.basis)), small)
            block = name.boundingRect().height() + basis.boundingRect().height() + (14 if step.focus else 0)
            ty = y + max(4.0, (h - block) / 2)
            if step.focus:
                tag = self.addSimpleText(focus_label, small)
                tag.setBrush(QBrush(QColor("#2e7d32")))
                tag.setPos(bx + 8, ty)
                ty += 14
            name.setPos(bx + 6, ty)
            basis.setPos(bx + 8, ty + name.boundingRect().height())
            for i, f in enumerate(ins):
                fy = y + h * (i + 1) / (len(ins) + 1)
                colour = QColor(KIND_COLOURS.get(f.kind, "#333333"))
                self._arrow(QPointF(bx - ARROW, fy), QPointF(bx, fy), colour)
                self._label(
                    f"{f.name}: {format_quantity(f.quantity)}", small, fm, colour, fy, right_edge=bx - ARROW - 6
                )
            for i, f in enumerate(outs):
                fy = y + h * (i + 1) / (len(outs) + 1)
                colour = QColor(KIND_COLOURS.get(f.kind, "#333333"))
                self._arrow(QPointF(bx + BOX_W, fy), QPointF(bx + BOX_W + ARROW, fy), colour)
                self._label(
                    f"{f.name}: {format_quantity(f.quantity)}", small, fm, colour, fy, left_edge=bx + BOX_W + ARROW + 6
                )
            previous_bottom = y + h
            y += h + GAP
        self.setSceneRect(QRectF(-10, -10, 2 * LABEL_W + 2 * ARROW + BOX_W + 20, max(y, TOP + 40) + 10 - GAP))

    def _legend(self, language: str, font: QFont, y: float) -> None:
        x = 0.0
        for kind, colour in KIND_COLOURS.items():
            self.addRect(QRectF(x, y + 3, 10, 10), QPen(Qt.PenStyle.NoPen), QBrush(QColor(colour)))
            text = self.addSimpleText(FLOW_KIND_LABELS[kind](language), font)
            text.setPos(x + 13, y)
            x += 13 + text.boundingRect().width() + 12

    def _label(
        self,
        text: str,
        font: QFont,
        fm: QFontMetricsF,
        colour: QColor,
        y: float,
        right_edge: float | None = None,
        left_edge: float | None = None,
    ) -> None:
        shown = fm.elidedText(text, Qt.TextElideMode.ElideMiddle, LABEL_W - 10)
        item = self.addSimpleText(shown, font)
        item.setBrush(QBrush(colour.darker(120)))
        item.setToolTip(text)
        w, h = item.boundingRect().width(), item.boundingRect().height()
        x = (right_edge - w) if right_edge is not None else (left_edge or 0.0)
        item.setPos(x, y - h / 2)

    def _arrow(self, a: QPointF, b: QPointF, colour: QColor, width: float = 1.8) -> None:
        pen = QPen(colour, width)
        self.addLine(a.x(), a.y(), b.x(), b.y(), pen)
        d = b - a
        length = (d.x() ** 2 + d.y() ** 2) ** 0.5 or 1.0
        ux, uy = d.x() / length, d.y() / length
        size = 8.0
        left = QPointF(b.x() - ux * size - uy * size * 0.5, b.y() - uy * size + ux * size * 0.5)
        right = QPointF(b.x() - ux * size + uy * size * 0.5, b.y() - uy * size - ux * size * 0.5)
        self.addPolygon(QPolygonF([b, left, right]), QPen(colour, 1), QBrush(colour))

    def to_image(self, scale: float = 2.0) -> QImage:
        rect = self.sceneRect()
        image = QImage(int(rect.width() * scale), int(rect.height() * scale), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.render(painter, QRectF(image.rect()), rect)
        painter.end()
        return image


class FlowchartPage(Page):
    tasks = (4,)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.scene = FlowchartScene(self)
        self.view = QGraphicsView(self.scene, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setAccessibleName(self.tr("Flow chart of the process"))
        self.view.setMinimumHeight(380)
        self.view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.focus_only = QCheckBox(self.tr("&Focus steps only"), self)
        self.focus_only.toggled.connect(lambda _on: self.refresh())
        self.zoom_out_button = zoom_out = QPushButton(self.tr("Zoom &out"), self)
        self.zoom_in_button = zoom_in = QPushButton(self.tr("Zoom &in"), self)
        self.fit_button = fit = QPushButton(self.tr("Fit &width"), self)
        self.export_button = export = QPushButton(self.tr("&Export PNG…"), self)
        zoom_out.clicked.connect(lambda: self.view.scale(1 / 1.2, 1 / 1.2))
        zoom_in.clicked.connect(lambda: self.view.scale(1.2, 1.2))
        fit.clicked.connect(lambda: self.fit_width())
        export.clicked.connect(lambda: self.export_png())
        self.empty = QLabel(
            self.tr(
                "No process steps yet: list them on the page of task 2, then record their "
                "inputs and outputs in the balance (task 5)."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.focus_only)
        bar.addStretch(1)
        for b in (zoom_out, zoom_in, fit, export):
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        self._fitted = False

    def title(self) -> str:
        return self.tr("Flow chart of the process")

    def guide(self) -> str:
        return self.tr(
            "Task 4. The chart is drawn from the process steps and their flows: inputs come in from "
            "the left, outputs (product, by-products, waste, losses) leave on the right, per the "
            "amount of product each step is recorded for. Check that every input and output is "
            "there; add missing ones in the balance (task 5). Export it as PNG for the report."
        )

    def steps(self) -> list[ProcessStep]:
        steps = sorted(self.workspace.assessment.process_steps, key=lambda s: s.order)
        if self.focus_only.isChecked():
            steps = [s for s in steps if s.focus]
        return steps

    def refresh(self) -> None:
        a = self.workspace.assessment
        steps = self.steps()
        self.empty.setVisible(not a.process_steps)
        self.scene.draw(
            steps,
            self.language,
            self.tr("Process flow chart: %1").replace("%1", a.facility.name),
            self.tr("AUDIT FOCUS"),
            self.tr("flows per %1"),
        )
        if not self._fitted and self.view.isVisible():
            self._fitted = True
            self.fit_width()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.fit_width()

    def fit_width(self) -> None:
        rect = self.scene.sceneRect()
        if rect.width() <= 0:
            return
        available = max(200, self.view.viewport().width() - 4)
        factor = min(1.0, available / rect.width())
        self.view.resetTransform()
        self.view.scale(factor, factor)

    def export_png(self, path: str | None = None) -> Path | None:
        if path is None:
            name = (self.workspace.assessment.facility.name or "flowchart").replace("/", "-") + ".png"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the flow chart"), str(Path.home() / name), self.tr("PNG images (*.png)")
            )
            if not path:
                return None
        # QImageWriter with the format named: a path without ".png" is a PNG too (the binding's stub of
        # QImage.save types the format as bytes, which the binding itself refuses)
        if not QImageWriter(str(path), b"png").write(self.scene.to_image()):
            return None
        return Path(path)
