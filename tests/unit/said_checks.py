"""What the refusal tests check of a message: the English exactly as the CLI printed it, the Vietnamese
exactly, and no English word of the sentence left in the Vietnamese (only what it quotes: a path, an id,
the operating system's or a library's own words)."""

from __future__ import annotations

import re

from sxsh_desktop.domain.catalogue import TEXTS
from sxsh_desktop.domain.message import FieldMessage, Message

_WORD = re.compile(r"[^\W\d_]{2,}")  # whole words, Vietnamese letters included
_PLACEHOLDER = re.compile(r"\{\w+(?::[^}]*)?\}")
_NAMES = {"sxsh", "desktop", "sqlite", "utf", "pin", "pkcs", "vsic", "nul", "id", "json"}


def _own_words(said: Message) -> set[str]:
    """The English words of a message's own sentence and of the messages it holds (not what it quotes)."""
    words = {w.lower() for w in _WORD.findall(_PLACEHOLDER.sub(" ", TEXTS[said.code]["en"]))}
    for value in said.params.values():
        inner = value.message if isinstance(value, FieldMessage) else value
        if isinstance(inner, Message):
            words |= _own_words(inner)
    return words - _NAMES


def english_words_left(said: Message, *quoted: str) -> set[str]:
    """The words of the English sentence that the Vietnamese still has, apart from `quoted` (what the
    message quotes from elsewhere: a library's words)."""
    vi = said.text("vi")
    for q in sorted(quoted, key=len, reverse=True):
        vi = vi.replace(q, " ")
    return _own_words(said) & {w.lower() for w in _WORD.findall(vi) if w.isascii()}


def assert_said(exc: BaseException, en: str, vi: str, *quoted: str) -> None:
    """`exc` carries a message of the catalogue: `str(exc)` is `en`, its Vietnamese `vi`, said whole."""
    said = getattr(exc, "said", None)
    assert isinstance(said, Message), f"{type(exc).__name__} carries no message: {exc}"
    assert str(exc) == en
    assert said.text("vi") == vi
    assert said.untranslated() == []
    assert english_words_left(said, *quoted) == set(), said.text("vi")
