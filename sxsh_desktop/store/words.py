"""Database failures in words, one line each: never the SQL, never a password or a full URL.

SQLAlchemy's messages quote the statement and its parameters ("[SQL: INSERT …]") and the DBAPI's
connection errors name the server, port and sometimes the user; what a person needs is what went
wrong and what to do. `database_error_in_words` reads the driver's own error (SQLite or psycopg)
and says it plainly; anything it does not recognise is cut to the driver's first line, with SQL and
credentials removed.
"""

from __future__ import annotations

import re

from ..domain.message import Message

_SECRET = re.compile(r"(password|passwd|pwd)\s*=\s*\S+", re.IGNORECASE)
_URL_CREDENTIALS = re.compile(r"(\w+://)[^/@\s]+@")
_SQL_TAIL = re.compile(r"\s*(\[SQL:|\[parameters:|\(Background on this error).*", re.DOTALL)

# (words found in the driver's message, lower case) → what to tell the user (a code of the catalogue)
_KNOWN: tuple[tuple[tuple[str, ...], str], ...] = (
    (("disk is full", "no space left", "could not extend file"), "database.disk_full"),
    (
        ("malformed", "not a database", "file is encrypted", "corrupt"),
        "database.damaged",
    ),
    (
        ("database is locked", "database table is locked"),
        "database.busy",
    ),
    (("readonly database", "read-only"), "database.read_only"),
    (("unable to open database file",), "database.cannot_open"),
    (("disk i/o error",), "database.disk_io"),
    (
        ("password authentication failed", "authentication failed"),
        "database.authentication",
    ),
    (("no pg_hba.conf entry",), "database.not_allowed"),
    (("connection refused",), "database.refused"),
    (
        ("could not translate host name", "name or service not known", "nodename nor servname"),
        "database.unknown_host",
    ),
    (("timeout expired", "timed out"), "database.timeout"),
    (
        (
            "server closed the connection",
            "terminating connection",
            "connection is closed",
            "connection already closed",
            "ssl syscall",
        ),
        "database.connection_lost",
    ),
    (
        ("too many connections", "remaining connection slots"),
        "database.no_connections",
    ),
    (
        ("could not serialize", "deadlock detected"),
        "database.conflict",
    ),
    (
        ("no such table", "undefinedtable", "does not exist"),
        "database.schema",
    ),
    (("unique constraint", "duplicate key", "unique violation"), "database.duplicate"),
    (("check constraint",), "database.check"),
    (("not null constraint", "null value in column"), "database.required"),
    (("foreign key constraint", "violates foreign key"), "database.dangling"),
    (
        ("out of range", "numeric field overflow", "integer overflow", "python int too large"),
        "database.too_large",
    ),
    (
        ("character not in repertoire", "invalid byte sequence", "cannot contain nul", "nul (0x00)"),
        "database.characters",
    ),
    (("value too long",), "database.too_long"),
)


# a constraint's refusal names the constraint when the driver says it
_NAMED = {"database.check": "database.check_named"}


def _constraint(message: str) -> str | None:
    m = re.search(r'constraint "?([\w.]+)"?', message, re.IGNORECASE) or re.search(
        r"CHECK constraint failed: ([\w.]+)", message
    )
    return m.group(1) if m else None


def clean(message: str, limit: int | None = 240) -> str:
    """One line, without SQL, parameters or credentials (cut to `limit` characters)."""
    message = _SQL_TAIL.sub("", message)
    message = _URL_CREDENTIALS.sub(r"\1…@", message)
    message = _SECRET.sub(r"\1=…", message)
    line = " ".join(message.split())
    return line if limit is None else line[:limit]


def database_error_in_words(exc: BaseException) -> Message:
    """What a database failure means, in one line: a message of the catalogue (domain/catalogue/store.py),
    its English what `sxsh` prints; a failure no words here know is the driver's first line, cleaned."""
    orig = getattr(exc, "orig", None) or exc
    raw = str(orig)
    low = raw.lower()
    if re.search(r'database "[^"]*" does not exist', low):
        return Message("database.no_database")
    if re.search(r'role "[^"]*" does not exist', low):
        return Message("database.no_role")
    for needles, code in _KNOWN:
        if any(n in low for n in needles):
            if code in _NAMED:
                name = _constraint(raw)
                if name:
                    return Message(_NAMED[code], {"detail": name})
            return Message(code)
    first = raw.strip().splitlines()[0] if raw.strip() else type(orig).__name__
    return Message("database.other", {"detail": clean(first) or type(orig).__name__})
