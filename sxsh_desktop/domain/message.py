"""A message for a person, kept as a code and its parameters and said in words only when shown.

The domain (and the layers above it) raise refusals as a `Message`: a code from the one catalogue
(`domain/catalogue/`) and the parameters it speaks of — the value typed, the unit, the kinds
expected, a number. `text("en")` is the English the CLI prints and other systems read (exactly
the words these refusals always had); `text("vi")` is the same message in Vietnamese, numbers in
the Vietnamese way (-60.000; 12,5) and the field named by its display name rather than its path.

An exception that carries a message (`Refusal`, and through it `UnitError`) keeps `str(exc)`
English, with the field's path in front, as before. A warning kept in a list of words is a `Said`: a
str in the language it was said in, its message kept to say it again on a screen (`on_screen`), where a
resource or a unit (a `Named` parameter) is called by its display name in the screen's language, and
a number (a `Figure`) is written the Vietnamese way in Vietnamese.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .catalogue import JSON_TYPES, KINDS, NAMING_THEIR_SUBJECT, PERIODS, TEXTS, field_label
from .numbers import format_number

LANGUAGES = ("en", "vi")
FREE_TEXT = "text"  # a message not yet in the catalogue: its English words, said alike in both languages


@dataclass(frozen=True)
class Message:
    """A code of the catalogue and its parameters."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.code not in TEXTS:
            raise KeyError(f"no text for the message code {self.code!r}")

    def text(self, language: str = "en", *, screen: bool = False) -> str:
        """The message's words in `language` ("vi" or "en"; anything else is English). In English a `Named`
        parameter is its key (the CLI's words) unless the words are for a `screen`, which shows its name."""
        lang = "vi" if language == "vi" else "en"
        template = TEXTS[self.code][lang]
        if lang == "en":
            return template.format(**{k: _english(k, v, screen) for k, v in self.params.items()})
        return template.format(**{k: _vietnamese(k, v) for k, v in self.params.items()})

    @property
    def translated(self) -> bool:
        """Whether the catalogue says this message in Vietnamese (a free text is English only)."""
        return self.code != FREE_TEXT

    def untranslated(self) -> list[str]:
        """The English words in this message, or in a message it quotes, that no code of the catalogue
        says in Vietnamese (empty when the whole message is said in Vietnamese)."""
        if not self.translated:
            return [self.text("en")]
        out: list[str] = []
        for value in self.params.values():
            inner = value.message if isinstance(value, FieldMessage) else value
            if isinstance(inner, Message):
                out += inner.untranslated()
        return out

    def __str__(self) -> str:
        return self.text("en")


@dataclass(frozen=True)
class Named:
    """A parameter the CLI calls by its key and a person by its name: a resource ('coal_fines_3_4', "Than
    cám 3, 4"), a unit ('m3', "m³"). Made by `reference.resource_named` and `display.unit_named`."""

    key: str
    vi: str
    en: str

    def text(self, language: str = "en", *, screen: bool = False) -> str:
        if language == "vi":
            return self.vi
        return self.en if screen else self.key


@dataclass(frozen=True)
class Figure:
    """A number written to a format of its own: `spec` as Python writes it in English (',.6g', '.2f',
    '+.1%'; '~4' is about 4 significant figures, grouped, a larger number whole), the same digits the
    Vietnamese way in Vietnamese (1.234,5; +1,2 %)."""

    value: float
    spec: str = ""

    def text(self, language: str = "en") -> str:
        if self.spec.startswith("~"):
            digits = int(self.spec[1:])
            english = f"{self.value:,.{digits}g}" if abs(self.value) < 10**digits else f"{self.value:,.0f}"
        else:
            english = format(self.value, self.spec)
        if language != "vi":
            return english
        if "e" in english or "inf" in english or "nan" in english:
            return vietnamese_number(self.value)
        text = english.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
        return text[:-1] + " %" if text.endswith("%") else text


class Said(str):
    """A message's words in one language, as a str (where a list of warnings always held words), with the
    message kept (`said`) to be said again: `on_screen(words, language)`."""

    said: Message
    language: str

    def __new__(cls, said: Message, language: str = "en") -> Said:
        words = super().__new__(cls, said.text(language))
        words.said, words.language = said, language
        return words

    def __reduce__(self) -> tuple[Any, ...]:
        return (Said, (self.said, self.language))

    def text(self, language: str = "en", *, screen: bool = False) -> str:
        return self.said.text(language, screen=screen)


def on_screen(words: str, language: str) -> str:
    """Words of a list of warnings as a screen says them: a `Said` said again in `language`, resources and
    units by their names; other words as they are."""
    return words.said.text(language, screen=True) if isinstance(words, Said) else words


def free_text(words: str) -> Message:
    """A message given as English words only (said as written in both languages)."""
    return Message(FREE_TEXT, {"words": words})


def with_field(field_path: str, message: Message, language: str = "en", *, screen: bool = False) -> str:
    """'field: message'. For the CLI (English, not `screen`) the field is its path, as it always was;
    on a screen it is the field's display name in the screen's language, and a path the catalogue
    does not know is left out rather than shown, as is the field of a message that names its subject."""
    body = message.text(language, screen=screen)
    if not field_path:
        return body
    if language != "vi" and not screen:
        return f"{field_path}: {body}"
    if message.code in NAMING_THEIR_SUBJECT:
        return body
    label = field_label(field_path, "vi" if language == "vi" else "en")
    return f"{label}: {body}" if label else body


@dataclass(frozen=True)
class FieldMessage:
    """A refusal of one field as a parameter of another message ('assessment.json: <the refusal>'):
    said with its field, by its path in English (the CLI's words) and by its display name in Vietnamese."""

    field_path: str
    message: Message

    def text(self, language: str = "en") -> str:
        return with_field(self.field_path, self.message, language)

    @classmethod
    def of(cls, exc: BaseException) -> FieldMessage | Message:
        """What an exception says, as a parameter: a Refusal's field and message, else its words as written."""
        if isinstance(exc, Refusal):
            return cls(exc.field, exc.said)
        said = getattr(exc, "said", None)
        if isinstance(said, Message):
            return said
        return free_text(str(exc) or type(exc).__name__)


def to_json(message: Message) -> dict[str, Any]:
    """The message's parameters as JSON a store can keep (a message inside one, a field's message, a date,
    a list); `from_json(code, params)` makes the message again."""
    return {k: _json_value(v) for k, v in message.params.items()}


def from_json(code: str, params: Mapping[str, Any] | None) -> Message:
    """The message kept by `to_json`. KeyError for a code this app does not know (kept by a newer one)."""
    return Message(code, {k: _from_json_value(v) for k, v in (params or {}).items()})


def _json_value(value: Any) -> Any:
    if isinstance(value, Message):
        return {"$message": value.code, "params": to_json(value)}
    if isinstance(value, FieldMessage):
        return {"$field": value.field_path, "message": _json_value(value.message)}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, Named):
        return {"$named": [value.key, value.vi, value.en]}
    if isinstance(value, Figure):
        return {"$figure": [value.value, value.spec]}
    if isinstance(value, (list, tuple)):
        return [_json_value(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"a message parameter of type {type(value).__name__} cannot be kept")


def _from_json_value(value: Any) -> Any:
    if isinstance(value, dict) and "$message" in value:
        return from_json(value["$message"], value.get("params"))
    if isinstance(value, dict) and "$field" in value:
        return FieldMessage(value["$field"], _from_json_value(value["message"]))
    if isinstance(value, dict) and "$date" in value:
        return dt.date.fromisoformat(value["$date"])
    if isinstance(value, dict) and "$named" in value:
        return Named(*value["$named"])
    if isinstance(value, dict) and "$figure" in value:
        return Figure(*value["$figure"])
    if isinstance(value, list):
        return tuple(_from_json_value(v) for v in value)
    return value


def byte_size(n: int, language: str = "en") -> str:
    """A size as a package's refusal says it: '51.0 MB' or '1,234 bytes'; in Vietnamese '51,0 MB', '1.234 byte'."""
    if language == "vi":
        if n >= 1024 * 1024:
            return f"{format_number(n / (1024 * 1024), 1, 'vi')} MB"
        return f"{format_number(float(n), 0, 'vi')} byte"
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


def vietnamese_number(value: float) -> str:
    """A number the Vietnamese way, without noise: -60.000, 12,5, 0,0015."""
    if isinstance(value, int):  # every digit of a whole number, however long (a float would round it)
        return f"{value:,}".replace(",", ".")
    if math.isfinite(value) and float(value).is_integer() and abs(value) < 1e15:
        return format_number(float(value), 0, "vi")
    if not math.isfinite(value):
        return str(value)
    magnitude = math.floor(math.log10(abs(value))) if value else 0
    text = format_number(value, max(0, 5 - magnitude), "vi")
    return text.rstrip("0").rstrip(",") if "," in text else text


# a list is joined by commas, but for whole clauses; and the Vietnamese names of carriers hold commas
_JOINS = {"reasons": {"en": "; ", "vi": "; "}, "examples": {"en": ", ", "vi": "; "}}


def _join(name: str, language: str) -> str:
    return _JOINS.get(name, {}).get(language, ", ")


def _english(name: str, value: Any, screen: bool = False) -> Any:
    if name.endswith("_bytes"):
        return byte_size(value, "en")
    if name == "kinds":
        return " or ".join(KINDS[k]["en"] for k in value)
    if name == "per_kinds":
        return " or ".join(f"{KINDS[k]['vi_short']}/{k}" for k in value)
    if name == "kind":
        return KINDS[value]["en_short"]
    if name == "choices":
        return ", ".join(value)
    if name == "json_types":
        return " or ".join(JSON_TYPES.get(t, {}).get("en", t) for t in value)
    if isinstance(value, (Message, Named, Said)):
        return value.text("en", screen=screen)
    if hasattr(value, "text"):  # a name with its words in both languages (a step), a figure
        return value.text("en")
    if isinstance(value, (list, tuple)):
        return _join(name, "en").join(str(_english(name, v, screen)) for v in value)
    return value


def _vietnamese(name: str, value: Any) -> Any:
    if name.endswith("_bytes"):
        return byte_size(value, "vi")
    if name == "kinds":
        return " hoặc ".join(KINDS[k]["vi"] for k in value)
    if name == "per_kinds":
        return " hoặc ".join(KINDS[k]["vi_short"] for k in value)
    if name == "kind":
        return KINDS[value]["vi_short"]
    if name == "choices":
        return ", ".join(value)
    if name == "json_types":
        return " hoặc ".join(JSON_TYPES.get(t, {}).get("vi", t) for t in value)
    if name == "period":
        return PERIODS.get(value, value)
    if hasattr(value, "text"):
        return value.text("vi")
    if isinstance(value, (list, tuple)):
        return _join(name, "vi").join(str(_vietnamese(name, v)) for v in value)
    if isinstance(value, bool):
        return value
    if isinstance(value, dt.date):
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    if isinstance(value, (int, float)):
        return vietnamese_number(value)
    return value


class Refusal(ValueError):
    """An input refused: the field's path (may be empty) and the message. `str()` is the English line."""

    def __init__(self, said: Message | str, field_path: str = "") -> None:
        if isinstance(said, str):  # words not yet in the catalogue: kept, said in English
            said = free_text(said)
        self.said = said
        self.field = field_path
        super().__init__(with_field(field_path, said, "en"))

    def text(self, language: str = "en", *, screen: bool = False) -> str:
        """The refusal in `language`, the field named (by its path for the CLI, its display name on a screen)."""
        return with_field(self.field, self.said, language, screen=screen)


def refusal_text(exc: BaseException, language: str) -> str:
    """What to tell a person on a screen about a refused input: a Refusal in their language, the field by
    its display name; anything else as written."""
    problems = getattr(exc, "problems", None)
    if problems and all(hasattr(p, "field") for p in problems):  # a document's rules (not a file's check)
        return "; ".join(p.text(language, screen=True) for p in problems)
    if isinstance(exc, Refusal):
        return exc.text(language, screen=True)
    said = getattr(exc, "said", None)
    if isinstance(said, Message):
        return said.text(language)
    return str(exc)


__all__ = [
    "FieldMessage",
    "Figure",
    "Message",
    "Named",
    "Refusal",
    "Said",
    "byte_size",
    "free_text",
    "from_json",
    "on_screen",
    "refusal_text",
    "to_json",
    "vietnamese_number",
    "with_field",
]
