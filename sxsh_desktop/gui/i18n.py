"""Languages of the GUI: Vietnamese first, English second.

Source strings in the code are English (`self.tr("…")`); the Vietnamese and English catalogues
(`resources/translations/sxsh_vi.qm`, `sxsh_en.qm`) are installed as one QTranslator. The choice
is remembered through the settings service (services/settings.py: the store's `app meta` key
"language"); numbers and dates follow a QLocale of the same language, set as the default locale.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ..domain import display, numbers
from ..paths import resources_dir
from ..services.settings import DEFAULT_LANGUAGE, LANGUAGE_KEY, LANGUAGES, UserSettings, normalise_language
from .forms import current_language

if TYPE_CHECKING:  # pragma: no cover
    from ..domain.quantities import Quantity

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "META_KEY",
    "date_format",
    "format_date",
    "format_number",
    "format_quantity",
    "format_significant",
    "format_value",
    "install",
    "locale_for",
    "normalise",
    "remember_language",
    "stored_language",
    "translations_dir",
]
META_KEY = LANGUAGE_KEY

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resources_dir() / "translations"


def normalise(language: str | None) -> str:
    return normalise_language(language)


def locale_for(language: str) -> QLocale:
    if language == "vi":
        return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def install(language: str) -> bool:
    """Install the catalogue of `language` (replacing the ones installed before) and its locale:
    the app's own strings, and for Vietnamese Qt's standard ones too (OK, Cancel, the wizard's
    Next and Back, a text field's menu), which Qt does not ship in Vietnamese.

    Returns False when the app's catalogue file is missing (the English source strings are shown)."""
    global _installed
    app = QCoreApplication.instance()
    language = normalise(language)
    QLocale.setDefault(locale_for(language))
    if app is None:
        return False
    for old in _installed:
        app.removeTranslator(old)
    _installed = []
    found = False
    for name in (f"sxsh_{language}.qm", f"qt_{language}.qm"):
        translator = QTranslator(app)
        path = translations_dir() / name
        if not path.exists() or not translator.load(str(path)):
            if name.startswith("sxsh_"):
                log.info("no translation catalogue at %s", path)
            continue
        app.installTranslator(translator)
        _installed.append(translator)
        found = found or name.startswith("sxsh_")
    return found


def stored_language(store: Any) -> str:
    return UserSettings(store).language  # an unreadable value reads as the default


def remember_language(store: Any, language: str) -> None:
    UserSettings(store).set_language(normalise(language))


# The numbers of the screens that have no page's language at hand, in the current one; each is the one
# format of domain/numbers.py (a missing value "–").


def format_number(value: float | None, decimals: int = 0) -> str:
    """A number in the current language (1.234,5 in Vietnamese), '–' when missing."""
    return numbers.format_number(value, decimals, current_language())


def format_significant(value: float | None, digits: int = 3) -> str:
    return numbers.format_significant(value, digits, current_language())


def format_date(iso: str) -> str:
    """An ISO date or timestamp (YYYY-MM-DD…) shown in the current locale's short date format."""
    from PySide6.QtCore import QDate

    d = QDate.fromString(iso[:10], "yyyy-MM-dd")
    if not d.isValid():
        return iso
    return QLocale().toString(d, date_format())


def date_format() -> str:
    """The locale's short date format with a four-digit year (31/12/2025)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def format_value(value: float) -> str:
    """A typed value shown back without noise: up to 6 decimals, trailing zeros dropped."""
    return numbers.format_value(value, current_language())


def format_quantity(q: Quantity | None) -> str:
    """'12,5 tấn' from Quantity(12.5, 'tấn'); '' for None or a value not entered (never 0)."""
    return display.format_quantity(q, current_language())
