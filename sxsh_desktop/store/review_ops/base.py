"""The plumbing every part of ReviewStore shares: sessions, listeners, the audit entry."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from ...domain.message import Message, to_json
from ..operations import Store, utc_now
from ..review_models import (
    AuditLogRow,
)
from .types import (
    ReviewChange,
)


class ReviewBase:
    """The store, its sessions and the listeners."""

    def __init__(self, store: Store):
        self.store = store
        self._listeners: list[Callable[[ReviewChange], None]] = []

    # -- plumbing ----------------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[Session]:
        with self.store._write_sessions() as s, s.begin():
            yield s

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self.store.sessions() as s, s.begin():
            yield s

    def subscribe(self, listener: Callable[[ReviewChange], None]) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _done(self, change: ReviewChange) -> ReviewChange:
        for listener in list(self._listeners):
            listener(change)
        return change

    @staticmethod
    def _audit(
        s: Session,
        who: str,
        action: str,
        detail: str | Message = "",
        assessment_id: str | None = None,
        revision: int | None = None,
    ) -> None:
        """An audit entry: its detail in English (`detail`) and, when it is a message, its code and
        parameters too, for a screen to say in its language. A text (a comment) is kept as written."""
        said = detail if isinstance(detail, Message) else None
        s.add(
            AuditLogRow(
                at=utc_now(),
                who=who,
                action=action,
                assessment_id=assessment_id,
                revision=revision,
                detail=str(detail),
                detail_code=said.code if said else None,
                detail_params=to_json(said) if said else None,
            )
        )

    # -- intake ------------------------------------------------------------------------------------
