"""The screens and the report write the same value the same way: the table cells (widgets/common.py,
widgets/quantity.py), the screens that follow the current locale (i18n.py) and the report (report/pdf/
format.py) all go through domain/numbers.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from sxsh_desktop.domain.quantities import Quantity
from sxsh_desktop.gui import i18n
from sxsh_desktop.gui.widgets.common import money, percent, sig
from sxsh_desktop.gui.widgets.quantity import format_quantity, format_value
from sxsh_desktop.report.pdf.format import Fmt

VALUES = (0.0, 0.004, 1.5, 12.3456, 999.95, 1234.5, 98765.4321, 1250000.0, -42.0)


@pytest.fixture
def locale_of():
    before = QLocale()

    def set_to(language: str) -> None:
        QLocale.setDefault(i18n.locale_for(language))

    yield set_to
    QLocale.setDefault(before)


@pytest.mark.parametrize("lang, thousand", [("vi", "1.234,5"), ("en", "1,234.5")])
def test_a_cell_a_locale_screen_and_the_report_print_the_same(lang, thousand, locale_of):
    locale_of(lang)
    f = Fmt(lang)
    assert i18n.format_number(1234.5, 1) == f.n(1234.5, 1) == thousand
    for v in VALUES:
        assert i18n.format_number(v, 1) == f.n(v, 1)
        assert i18n.format_significant(v, 3) == sig(v, lang, 3) == f.sig(v, 3)
        assert percent(v, lang) == f.pct(v)
        assert money(v, lang) == f.n(v, 0)
        assert i18n.format_value(v) == format_value(v, lang)
        q = Quantity(v, "m3")
        assert i18n.format_quantity(q) == format_quantity(q, lang)
    assert format_quantity(Quantity(1234.5, "m3"), lang) == f"{thousand} m³"
    # the report rounds an entered quantity to 4 significant figures (the screen shows it as typed)
    assert f.q(Quantity(1234.5, "m3")) == format_quantity(Quantity(1234.5, "m3"), lang, significant=4)
    assert f.q(Quantity(12.5, "m3")) == format_quantity(Quantity(12.5, "m3"), lang)
    # missing: the report's dash, an empty cell
    assert (f.pct(None), percent(None, lang), money(None, lang), sig(None, lang)) == ("–", "", "", "")
