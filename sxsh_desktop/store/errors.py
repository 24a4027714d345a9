"""Errors of the store, one line each: `str()` in plain English (the CLI's words); a message of the
catalogue, when given one, kept as `said` for the GUI to say in the screen's language."""

from __future__ import annotations

from ..domain.message import Message, free_text


class StoreError(Exception):
    """Something the store cannot do: a missing assessment, a database from a newer app, …"""

    def __init__(self, said: Message | str) -> None:
        self.said = said if isinstance(said, Message) else free_text(said)
        super().__init__(self.said.text("en"))
