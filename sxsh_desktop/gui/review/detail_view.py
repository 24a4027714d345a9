"""One received assessment, read-only: who and what (facility, periods, consultant, signer and the
verdict), its savings as the savings summary computes them, its options, its revisions, the comments
and the audit log; the signed report opens in the system's PDF viewer. Nothing here edits what was
imported: the only changes a reviewer makes are review steps and comments (review_panel.py)."""

from __future__ import annotations

import logging
import tempfile
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.display import unit_label
from ...domain.methodology import COST_CLASS_LABELS, OPTION_CATEGORY_LABELS, OPTION_STATUS_LABELS
from ...store.review_ops import ReceivedDetail, ReviewError, ReviewStore
from ..forms import current_language, error_text
from ..i18n import format_date, format_number, format_significant
from .labels import action_label, audit_detail, state_label, verdict_label
from .received_model import VERDICT_COLOURS
from .review_panel import ReviewPanel
from .rows_model import TextRowsModel, read_only_table

log = logging.getLogger(__name__)


def _quantity(q: Any) -> str:
    from ..i18n import format_quantity

    return format_quantity(q) if q is not None else "–"


class DetailView(QWidget):
    """`show_assessment(id)`; `trust_requested(id)` when the reviewer asks to trust its signer."""

    trust_requested = Signal(str)

    def __init__(self, review: ReviewStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.review = review
        self.detail: ReceivedDetail | None = None
        self.assessment = None
        self.report_path: Path | None = None

        self.header = QLabel(self)
        self.header.setObjectName("receivedHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setAccessibleName(self.tr("Received assessment"))
        self.header.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        header_scroll = QScrollArea(self)
        header_scroll.setWidget(self.header)
        header_scroll.setWidgetResizable(True)
        header_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        header_scroll.setStyleSheet(
            "QScrollArea { background: #f7f9fa; } #receivedHeader { background: #f7f9fa; padding: 6px; }"
        )

        self.report_button = QPushButton(self.tr("Open the signed &report"), self)
        self.report_button.clicked.connect(lambda: self.open_report())
        self.trust_button = QPushButton(self.tr("&Trust this signer…"), self)
        self.trust_button.clicked.connect(
            lambda: self.detail and self.trust_requested.emit(self.detail.summary.assessment_id)
        )
        self.panel = ReviewPanel(review, self)

        self.savings_model, self.options_model = TextRowsModel(self), TextRowsModel(self)
        self.revisions_model, self.comments_model, self.audit_model = (
            TextRowsModel(self),
            TextRowsModel(self),
            TextRowsModel(self),
        )
        self.savings_note = QLabel(self)
        self.savings_note.setWordWrap(True)
        self.savings_note.setTextFormat(Qt.TextFormat.RichText)
        savings_page = QWidget(self)
        sl = QVBoxLayout(savings_page)
        sl.setContentsMargins(4, 4, 4, 4)
        sl.addWidget(self.savings_note)
        self.savings_table = read_only_table(savings_page, self.savings_model, self.tr("Savings"), stretch=0)
        sl.addWidget(self.savings_table, 1)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(savings_page, self.tr("Savings"))
        self.options_table = read_only_table(self, self.options_model, self.tr("Options"), stretch=0)
        self.tabs.addTab(self.options_table, self.tr("Options"))
        self.revisions_table = read_only_table(self, self.revisions_model, self.tr("Revisions"), stretch=3)
        self.tabs.addTab(self.revisions_table, self.tr("Revisions"))
        self.comments_table = read_only_table(self, self.comments_model, self.tr("Comments"), stretch=2, wrap=(2,))
        self.comments_table.setWordWrap(True)
        self.tabs.addTab(self.comments_table, self.tr("Comments"))
        self.audit_table = read_only_table(self, self.audit_model, self.tr("Audit log"), stretch=3, wrap=(3,))
        self.tabs.addTab(self.audit_table, self.tr("Audit log"))

        corner = QWidget(self)
        buttons = QHBoxLayout(corner)
        buttons.setContentsMargins(0, 0, 0, 2)
        buttons.addWidget(self.trust_button)
        buttons.addWidget(self.report_button)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(header_scroll, 1)
        left.addWidget(self.panel)
        left_box = QWidget(self)
        left_box.setLayout(left)
        left_box.setFixedWidth(450)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(left_box)
        layout.addWidget(self.tabs, 1)
        self.panel.changed.connect(self.show_assessment)
        self.show_assessment(None)

    # -- showing ---------------------------------------------------------------------------------

    def show_assessment(self, assessment_id: str | None) -> None:
        self.detail = self.assessment = None
        if assessment_id is not None:
            try:
                self.detail = self.review.received(assessment_id)
            except ReviewError as exc:
                log.info("received assessment not shown: %s", exc)
        d = self.detail
        self.setEnabled(d is not None)
        if d is None:
            self.header.setText(self.tr("Choose a received assessment in the list."))
            self.panel.show_state(None, None)
            self.trust_button.hide()
            for m in (
                self.savings_model,
                self.options_model,
                self.revisions_model,
                self.comments_model,
                self.audit_model,
            ):
                m.set_rows([], [])
            self.savings_note.clear()
            return
        from ...interchange.document import DocumentError, parse_document

        try:
            self.assessment = parse_document(d.document)
        except (DocumentError, ValueError) as exc:  # checked at import; a newer schema could still differ
            log.warning("received document not readable: %s", exc)
        s = d.summary
        self.panel.show_state(s.assessment_id, s.state, s.verdict, d.state_updated_by, d.state_updated_at)
        trusted_now = s.verdict == "trusted" or any(
            t.fingerprint == s.signer_fingerprint for t in self.review.trusted_signers()
        )
        self.trust_button.setVisible(not trusted_now)
        self._header(d)
        self._savings()
        self._options()
        self._history(d)

    def _header(self, d: ReceivedDetail) -> None:
        s, a = d.summary, self.assessment
        consultant = ""
        periods = ""
        product = ""
        if a is not None:
            consultant = ", ".join(x for x in (a.consultant.name, a.consultant.organisation) if x)
            product = f"{a.product.name} ({a.product.unit})" if a.product.unit else a.product.name
            parts = []
            for label, p in ((self.tr("baseline"), a.baseline), (self.tr("reporting"), a.reporting)):
                if p is not None:
                    parts.append(f"{label} {format_date(p.start)}–{format_date(p.end)}: {_quantity(p.production)}")
            periods = "; ".join(parts)
        verdict = f"<b style='color:{VERDICT_COLOURS.get(s.verdict, '#1f2d3a')}'>{escape(verdict_label(s.verdict))}</b>"
        if s.verdict != "trusted" and self.trust_button.isHidden():
            verdict += " " + escape(self.tr("(the signer is trusted now)"))
        rows = [
            (self.tr("Tax code"), escape(s.tax_code or "–")),
            (self.tr("Province"), escape(self._province(a, s.province) or "–")),
            (self.tr("Sector (VSIC)"), escape(f"{s.vsic} {s.sector}".strip() or "–")),
            (self.tr("Product"), escape(product or "–")),
            (self.tr("Periods"), escape(periods or "–")),
            (self.tr("Consultant"), escape(consultant or "–")),
            (self.tr("Signed by"), escape(f"{s.signer_name} ({s.signer_organisation or '–'})")),
            (self.tr("Signature"), verdict),
            (
                self.tr("Revision"),
                escape(
                    self.tr("%1 (%2 received), on %3")
                    .replace("%1", str(s.revision))
                    .replace("%2", str(len(d.revisions)))
                    .replace("%3", format_date(s.received_at))
                ),
            ),
        ]
        html = f"<h3 style='margin:0 0 4px 0'>{escape(s.facility_name or self.tr('(no name)'))}</h3>"
        html += "<table cellspacing='2'>" + "".join(
            f"<tr><td style='color:#555; padding-right:8px'>{escape(k)}</td><td>{v}</td></tr>" for k, v in rows
        )
        self.header.setText(html + "</table>")

    def _province(self, a: Any, counted_as: str) -> str:
        """The province as the document has it; a former unit with the one it is counted under now."""
        from ...domain.provinces import provinces

        typed = a.facility.province if a is not None else counted_as
        m = provinces().match(typed)
        if m.current is not None and m.merged:
            return self.tr("%1 → %2 since 1/7/2025").replace("%1", m.former or typed).replace("%2", m.current.name)
        return typed or counted_as

    def _savings(self) -> None:
        headers = [
            self.tr("Resource"),
            self.tr("Before (per unit)"),
            self.tr("After (per unit)"),
            self.tr("Unit"),
            self.tr("Saving"),
            self.tr("Saving %"),
            self.tr("Saving, VND"),
            self.tr("Method"),
        ]
        if self.assessment is None:
            self.savings_model.set_rows(headers, [])
            self.savings_note.setText(self.tr("The document cannot be read by this version of the app."))
            return
        from ...domain.message import on_screen
        from ...domain.reference import resource_name
        from ...domain.savings import compute_savings

        lang = current_language()
        s = compute_savings(self.assessment, lang)
        rows, colours = [], {}
        for r in s["resources"]:
            b, p, sav = r.get("baseline"), r.get("reporting"), r.get("saving")
            pct = sav.get("percent") if sav else None
            rows.append(
                [
                    resource_name(r["resource"], lang, r.get("carrier")),
                    format_significant(b["specific"]) if b and b.get("specific") else "–",
                    format_significant(p["specific"]) if p and p.get("specific") else "–",
                    unit_label(r["specific_unit"], lang),
                    f"{format_significant(sav['quantity'])} {unit_label(r['unit'], lang)}" if sav else "–",
                    format_number(pct, 1) if pct is not None else "–",
                    format_number(r["cost_saving_vnd"]) if r.get("cost_saving_vnd") is not None else "–",
                    # each assessment's own method: a regression on its monthly readings, or the ratio
                    self.tr("regression") if r.get("method") == "regression" else self.tr("ratio"),
                ]
            )
            if pct is not None:
                colours[(len(rows) - 1, 5)] = "#2e7d4f" if pct >= 0 else "#b23b3b"
        self.savings_model.set_rows(headers, rows, right=(1, 2, 4, 5, 6), colours=colours)
        e = s.get("energy") or {}
        chosen = s.get("target_in_force") or {}
        band = chosen if chosen.get("in_force") else None
        met = (self.tr("met") if band["met"] else self.tr("not met")) if band else "–"
        band_text = (
            f"{chosen['programme']} {'–'.join(str(v) for v in chosen['band_percent'])} %" if band else self.tr("none")
        )
        parts = [
            self.tr("Energy: %1 TOE (%2 GJ), %3 % per unit product")
            .replace("%1", format_number(e.get("saving_toe"), 1))
            .replace("%2", format_number(e.get("saving_gj")))
            .replace("%3", format_number(e.get("saving_percent"), 1)),
            self.tr("CO₂: %1 t").replace("%1", format_number((s.get("co2") or {}).get("saving_t"), 1)),
            self.tr("Cost: %1 VND/year").replace("%1", format_number(s.get("cost_saving_vnd"))),
            self.tr("Target in force %1: %2").replace("%1", band_text).replace("%2", met),
        ]
        note = "<b>" + escape(self.tr("Savings after the changes")) + "</b> — " + " · ".join(escape(p) for p in parts)
        if s["warnings"]:
            note += (
                "<br><span style='color:#a15c00'>"
                + escape(" ".join(on_screen(w, lang) for w in s["warnings"]))
                + "</span>"
            )
        self.savings_note.setText(note)

    def _options(self) -> None:
        lang = current_language()
        headers = [
            self.tr("Option"),
            self.tr("Category"),
            self.tr("Cost"),
            self.tr("Status"),
            self.tr("Investment"),
            self.tr("Saving per year"),
        ]
        rows = []
        for o in self.assessment.options if self.assessment is not None else []:
            rows.append(
                [
                    o.title,
                    OPTION_CATEGORY_LABELS[o.category](lang) if o.category in OPTION_CATEGORY_LABELS else o.category,
                    COST_CLASS_LABELS[o.cost_class](lang) if o.cost_class in COST_CLASS_LABELS else o.cost_class,
                    OPTION_STATUS_LABELS[o.status](lang) if o.status in OPTION_STATUS_LABELS else o.status,
                    _quantity(o.investment),
                    _quantity(o.annual_saving),
                ]
            )
        self.options_model.set_rows(headers, rows, right=(4, 5))

    def _history(self, d: ReceivedDetail) -> None:
        self.revisions_model.set_rows(
            [self.tr("Rev."), self.tr("State"), self.tr("Received"), self.tr("Signed by")],
            [[str(r.revision), state_label(r.state), format_date(r.received_at), r.signer_name] for r in d.revisions],
            right=(0,),
        )
        self.comments_model.set_rows(
            [self.tr("When"), self.tr("Who"), self.tr("Comment"), self.tr("Rev.")],
            [[_when(c.created_at), c.author, c.text, str(c.revision)] for c in reversed(d.comments)],
            right=(3,),
        )
        entries = self.review.audit_log(d.summary.assessment_id)
        self.audit_model.set_rows(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Detail")],
            [[_when(e.at), e.who, action_label(e.action), audit_detail(e)] for e in entries],
            tooltips={(i, 3): e.detail for i, e in enumerate(entries)},
        )
        self.tabs.setTabText(
            self.tabs.indexOf(self.comments_table), self.tr("Comments (%1)").replace("%1", str(len(d.comments)))
        )

    # -- the report ------------------------------------------------------------------------------

    def write_report(self) -> Path | None:
        """The signed report of the revision shown, written to a temporary file (the viewer reads it)."""
        if self.detail is None:
            return None
        from ...services.received import report_pdf

        s = self.detail.summary
        data = report_pdf(self.review, s.assessment_id, s.revision)
        folder = Path(tempfile.gettempdir()) / "sxsh-review-reports"
        folder.mkdir(mode=0o700, exist_ok=True)
        path = folder / f"{s.assessment_id[:8]}-r{s.revision}.pdf"
        path.write_bytes(data)
        self.report_path = path
        return path

    def open_report(self) -> None:
        try:
            path = self.write_report()
        except (ReviewError, OSError, ValueError) as exc:
            QMessageBox.warning(
                self, self.tr("Report"), self.tr("The report cannot be opened: %1").replace("%1", error_text(exc))
            )
            return
        if path is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                self,
                self.tr("Report"),
                self.tr("The report was written to %1; open it with a PDF viewer.").replace("%1", str(path)),
            )


def _when(iso: str) -> str:
    """A stored UTC timestamp as the local date and time."""
    from PySide6.QtCore import QDateTime, QLocale, QTimeZone

    from ..i18n import date_format

    t = QDateTime.fromString(iso[:19], "yyyy-MM-ddTHH:mm:ss")
    if not t.isValid():
        return iso
    t.setTimeZone(QTimeZone.utc())
    return QLocale().toString(t.toLocalTime(), date_format() + " HH:mm")
