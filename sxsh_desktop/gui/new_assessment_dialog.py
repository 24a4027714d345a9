"""“New assessment”: the facility's name and where to start from — a sector template (process
steps with their typical flows, typical options, the energy norms that apply) or a blank
assessment — with a preview of what the template lays out before anything is made.

The dialog only asks; the main window makes and stores the assessment. Templates that cannot be
used (a malformed file in the user's template folder) are listed greyed with their reason.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..interchange.templates import AssessmentTemplate, TemplateError
from ..services import templates as sector_templates
from .widgets.quantity import ERROR_PREFIX, ERROR_STYLE, format_value

_ROOT = QModelIndex()
BLANK = ""  # the key of the "blank assessment" row
KEY_ROLE = Qt.ItemDataRole.UserRole


class TemplateListModel(QAbstractListModel):
    """The blank assessment, the templates (name, sector, VSIC) and the files that cannot be used."""

    def __init__(self, templates: list[AssessmentTemplate], errors: list[TemplateError], language: str, parent=None):
        super().__init__(parent)
        self.language = language
        self.rows: list[tuple[str, Any]] = [("blank", None)]
        self.rows += [("template", t) for t in templates]
        self.rows += [("error", e) for e in errors]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid() or self.rows[index.row()][0] == "error":
            return Qt.ItemFlag.NoItemFlags  # greyed, cannot be chosen
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        kind, item = self.rows[index.row()]
        lang = self.language
        if role == Qt.ItemDataRole.DisplayRole:
            if kind == "blank":
                return self.tr("Blank assessment") + "\n" + self.tr("No template: enter the steps yourself")
            if kind == "template":
                second = item.sector(lang) + (f" · VSIC {', '.join(item.vsic)}" if item.vsic else "")
                if item.origin == "user":
                    second += " · " + self.tr("your template")
                return f"{item.name(lang)}\n{second}"
            return self.tr("%1 — cannot be used").replace("%1", item.file.name) + "\n" + item.reason
        if role == Qt.ItemDataRole.ToolTipRole:
            if kind == "template":
                return item.description(lang)
            if kind == "error":
                return self.tr("This template file cannot be used: %1").replace("%1", str(item))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and kind == "error":
            return QColor("#8a8f96")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index).replace("\n", ", ")
        if role == KEY_ROLE:
            return BLANK if kind == "blank" else (item.key if kind == "template" else None)
        return None

    def template(self, row: int) -> AssessmentTemplate | None:
        kind, item = self.rows[row] if 0 <= row < len(self.rows) else ("", None)
        return item if kind == "template" else None

    def row_of(self, key: str) -> int:
        for i in range(len(self.rows)):
            if self.data(self.index(i), KEY_ROLE) == key:
                return i
        return -1


class NewAssessmentDialog(QDialog):
    """Asks for the facility's name and the template; `facility_name()` and `template()` after accept."""

    def __init__(self, language: str = "vi", parent: QWidget | None = None, reload: bool = True):
        super().__init__(parent)
        self.language = language
        self.setWindowTitle(self.tr("New assessment"))
        templates, errors = sector_templates.loaded(reload=reload)
        self.errors = errors

        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Facility name"))
        self.name.setPlaceholderText(self.tr("e.g. Công ty CP Bia Sông Lam"))
        self.name.textEdited.connect(lambda _t: self._check_name())
        name_label = QLabel(self.tr("&Facility name:"), self)
        name_label.setBuddy(self.name)
        self.name_message = QLabel(self)
        self.name_message.setStyleSheet(ERROR_STYLE)
        self.name_message.hide()

        self.model = TemplateListModel(templates, errors, language, self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Start from"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(1)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.selectionModel().currentChanged.connect(lambda _c, _p: self._preview())
        self.list.activated.connect(lambda _i: self.accept())
        list_label = QLabel(self.tr("&Start from:"), self)
        list_label.setBuddy(self.list)
        self.errors_label = QLabel(self)
        self.errors_label.setWordWrap(True)
        self.errors_label.setStyleSheet("color: #8a5a00;")
        if errors:
            self.errors_label.setText(
                self.tr("%n template file(s) cannot be used (greyed in the list); the others can.", "", len(errors))
            )
        self.errors_label.setVisible(bool(errors))

        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Preview of the template"))
        self.preview.setOpenLinks(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("&Create"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        name_row = QHBoxLayout()
        name_row.addWidget(name_label)
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.name_message)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(list_label)
        ll.addWidget(self.list, 1)
        ll.addWidget(self.errors_label)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        preview_label = QLabel(self.tr("Preview"), self)
        rl.addWidget(preview_label)
        rl.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([340, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(name_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.name, self.list)
        self.setTabOrder(self.list, self.preview)
        self.resize(960, 620)
        self.select(BLANK)
        self.name.setFocus()

    def sizeHint(self) -> QSize:
        return QSize(960, 620)

    # -- what was chosen -----------------------------------------------------------------------

    def facility_name(self) -> str:
        return self.name.text().strip()

    def template(self) -> AssessmentTemplate | None:
        """The chosen template; None for a blank assessment."""
        return self.model.template(self.list.currentIndex().row())

    def select(self, key: str) -> bool:
        """Choose the template with this key ("" for a blank assessment)."""
        row = self.model.row_of(key)
        if row < 0:
            return False
        self.list.setCurrentIndex(self.model.index(row))
        self._preview()
        return True

    def accept(self) -> None:
        if not self._check_name(required=True):
            self.name.setFocus()
            return
        if not self.list.currentIndex().isValid():
            return
        super().accept()

    def _check_name(self, required: bool = False) -> bool:
        empty = not self.facility_name()
        shown = empty and (required or self.name_message.isVisible() or self.name.isModified())
        self.name_message.setText(ERROR_PREFIX + self.tr("Enter the facility's name") if shown else "")
        self.name_message.setVisible(shown)
        self.name.setAccessibleDescription(self.name_message.text())
        return not empty

    # -- the preview ---------------------------------------------------------------------------

    def _preview(self) -> None:
        t = self.template()
        if t is None:
            self.preview.setHtml(self._blank_html())
        else:
            self.preview.setHtml(self.preview_html(t))

    def _blank_html(self) -> str:
        title = self.tr("Blank assessment")
        text = self.tr(
            "An assessment with no process steps, flows or options: you enter them yourself. Without "
            "a sector template there is no energy norm to compare the facility with."
        )
        return f"<h3>{escape(title)}</h3><p>{escape(text)}</p>"

    def _status(self, status: str) -> str:
        return {"official": self.tr("official document"), "secondary": self.tr("secondary source")}.get(status, status)

    def preview_html(self, t: AssessmentTemplate) -> str:
        """Product, sector, typical options, the norms with their source (or the template's statement
        that none is known), best practice, the process steps with their inputs and outputs."""
        lang = self.language
        p = t.preview(lang)
        e = escape
        # the words, translated outside the f-strings (lupdate does not look inside them)
        product, sector, options = self.tr("Product"), self.tr("Sector"), self.tr("Typical options")
        norms_title, capacity_class, source = self.tr("Energy norms"), self.tr("Capacity class"), self.tr("Source")
        best_title, steps_title = self.tr("Best practice"), self.tr("Process steps (%1)")
        inputs, outputs = self.tr("In:"), self.tr("Out:")
        vsic = " — VSIC " + ", ".join(p["vsic"]) if p["vsic"] else ""
        out = [
            f"<h3 style='margin-bottom:2px'>{e(p['name'])}</h3>",
            f"<p style='color:#555'>{e(p['description'])}</p>",
            "<table cellspacing='0' cellpadding='2'>",
            f"<tr><td style='color:#555'>{e(product)}</td>"
            f"<td>{e(p['product']['name'])} ({e(p['product']['unit'])})</td></tr>",
            f"<tr><td style='color:#555'>{e(sector)}</td><td>{e(p['sector'] + vsic)}</td></tr>",
            f"<tr><td style='color:#555'>{e(options)}</td><td>{p['options']}</td></tr>",
            "</table>",
        ]
        # the norms first: what the consultant most needs to know before choosing
        out.append(f"<h4 style='margin-bottom:2px'>{e(norms_title)}</h4>")
        if p["norms"]:
            for n in p["norms"]:
                periods = n["periods"]
                out.append(f"<p style='margin-bottom:2px'><b>{e(n['process'])}</b> ({e(n['unit'])})</p>")
                out.append(
                    "<table cellspacing='0' cellpadding='3' border='1' style='border-color:#ccc'>"
                    f"<tr><th align='left'>{e(capacity_class)}</th>"
                    + "".join(f"<th>{e(x['label'])}</th>" for x in periods)
                    + "</tr>"
                )
                for c in n["classes"]:
                    cells = "".join(
                        f"<td align='right'>{e(format_value(c['values'][x['key']], lang))}</td>"
                        if x["key"] in c["values"]
                        else "<td align='center'>–</td>"
                        for x in periods
                    )
                    out.append(f"<tr><td>{e(c['label'])}</td>{cells}</tr>")
                out.append("</table>")
                out.append(
                    f"<p style='color:#555; margin-top:2px'>{e(source)}: {e(n['document'])} "
                    f"({e(self._status(n['status']))})</p>"
                )
        else:
            note = p["norms_note"] or self.tr("No energy norm is known for this sector.")
            out.append(f"<p>{e(note)}</p>")
        if p["benchmarks"]:
            out.append(f"<p style='margin-bottom:2px'><b>{e(best_title)}</b></p><ul>")
            for b in p["benchmarks"]:
                out.append(
                    f"<li>{e(b['label'])}: {e(format_value(b['value'], lang))} {e(b['unit'])} — "
                    f"{e(b['document'])} ({e(self._status(b['status']))})</li>"
                )
            out.append("</ul>")
        out.append(f"<h4 style='margin-bottom:2px'>{e(steps_title.replace('%1', str(len(p['steps']))))}</h4><ol>")
        for s in p["steps"]:
            ins = ", ".join(s["inputs"]) or "–"
            outs = ", ".join(s["outputs"]) or "–"
            out.append(
                f"<li><b>{e(s['name'])}</b><br><span style='color:#2e5e8a'>{e(inputs)}</span> "
                f"{e(ins)}<br><span style='color:#8a5a00'>{e(outputs)}</span> {e(outs)}</li>"
            )
        out.append("</ol>")
        quantities = self.tr(
            "The template gives no quantities: each flow starts at 0 until you enter what was measured, "
            "and the baseline is a placeholder (last year, 1 %1) until you enter the real period."
        )
        out.append(f"<p style='color:#555'>{e(quantities.replace('%1', p['product']['unit']))}</p>")
        if p["origin"] == "user":
            mine = self.tr("Your template: %1").replace("%1", p["file"])
            out.append(f"<p style='color:#555'>{e(mine)}</p>")
        return "".join(out)
