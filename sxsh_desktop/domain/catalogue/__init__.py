"""The one catalogue of texts: every message code with its English and Vietnamese words, the kinds
of quantity, the periods, and the display names of the document's fields.

English is the words the CLI prints and other systems read; Vietnamese is what the desktop app and
the Vietnamese report show. Both are Python format templates over a message's parameters
(`domain/message.py` renders them: in Vietnamese, numbers the Vietnamese way).
"""

from __future__ import annotations

from .backups import BACKUPS
from .documents import DOCUMENTS, JSON_TYPES
from .fields import field_label
from .intake import INTAKE
from .kinds import KINDS, PERIODS
from .monitoring import MONITORING
from .packages import PACKAGES
from .refusals import NAMING_THEIR_SUBJECT, REFUSALS
from .review import REVIEW
from .signing import SIGNING, WRITING
from .store import DATABASE, STORE

TEXTS: dict[str, dict[str, str]] = {
    "text": {"en": "{words}", "vi": "{words}"},
    **REFUSALS,
    **PACKAGES,
    **INTAKE,
    **SIGNING,
    **REVIEW,
    **WRITING,
    **DATABASE,
    **STORE,
    **BACKUPS,
    **MONITORING,
    **DOCUMENTS,
}

__all__ = ["JSON_TYPES", "KINDS", "NAMING_THEIR_SUBJECT", "PERIODS", "TEXTS", "field_label"]
