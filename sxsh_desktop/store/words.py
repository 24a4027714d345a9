"""Database failures in words, one line each: never the SQL, never a password or a full URL.

SQLAlchemy's messages quote the statement and its parameters ("[SQL: INSERT …]") and the DBAPI's
connection errors name the server, port and sometimes the user; what a person needs is what went
wrong and what to do. `database_error_in_words` reads the driver's own error (SQLite or psycopg)
and says it plainly; anything it does not recognise is cut to the driver's first line, with SQL and
credentials removed.
"""

from __future__ import annotations

import re

_SECRET = re.compile(r"(password|passwd|pwd)\s*=\s*\S+", re.IGNORECASE)
_URL_CREDENTIALS = re.compile(r"(\w+://)[^/@\s]+@")
_SQL_TAIL = re.compile(r"\s*(\[SQL:|\[parameters:|\(Background on this error).*", re.DOTALL)

# (words found in the driver's message, lower case) → what to tell the user
_KNOWN: tuple[tuple[tuple[str, ...], str], ...] = (
    (("disk is full", "no space left", "could not extend file"), "the disk is full; free some space and try again"),
    (
        ("malformed", "not a database", "file is encrypted", "corrupt"),
        "the database file is damaged; restore a backup (sxsh restore BACKUP)",
    ),
    (
        ("database is locked", "database table is locked"),
        "the database is busy (another program is writing to it); try again",
    ),
    (("readonly database", "read-only"), "the database file is read-only; it cannot be changed"),
    (("unable to open database file",), "the database file cannot be opened (missing folder or no permission)"),
    (("disk i/o error",), "the disk could not be read or written (disk I/O error)"),
    (
        ("password authentication failed", "authentication failed"),
        "the database server refused the user name or password",
    ),
    (("no pg_hba.conf entry",), "the database server does not accept connections from this computer and user"),
    (("connection refused",), "the database server cannot be reached (connection refused); is it running?"),
    (
        ("could not translate host name", "name or service not known", "nodename nor servname"),
        "the database server's host name is not known",
    ),
    (("timeout expired", "timed out"), "the database server did not answer in time"),
    (
        (
            "server closed the connection",
            "terminating connection",
            "connection is closed",
            "connection already closed",
            "ssl syscall",
        ),
        "the connection to the database server was lost; try again",
    ),
    (
        ("too many connections", "remaining connection slots"),
        "the database server has no free connections; try again later",
    ),
    (
        ("could not serialize", "deadlock detected"),
        "another import changed the same records at the same moment; try again",
    ),
    (
        ("no such table", "undefinedtable", "does not exist"),
        "the database lacks part of its schema (made by another app, or damaged)",
    ),
    (("unique constraint", "duplicate key", "unique violation"), "a record with the same key is already stored"),
    (("check constraint",), "a value is outside what the store accepts"),
    (("not null constraint", "null value in column"), "a required value is missing"),
    (("foreign key constraint", "violates foreign key"), "a record points at one that is not stored"),
    (
        ("out of range", "numeric field overflow", "integer overflow", "python int too large"),
        "a number is too large for the store",
    ),
    (
        ("character not in repertoire", "invalid byte sequence", "cannot contain nul", "nul (0x00)"),
        "a text holds characters the store cannot keep",
    ),
    (("value too long",), "a text is longer than the store keeps"),
)


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


def database_error_in_words(exc: BaseException) -> str:
    """What a database failure means, in one line."""
    orig = getattr(exc, "orig", None) or exc
    raw = str(orig)
    low = raw.lower()
    if re.search(r'database "[^"]*" does not exist', low):
        return "the database named in the URL does not exist on the server"
    if re.search(r'role "[^"]*" does not exist', low):
        return "the database server does not know this user"
    for needles, words in _KNOWN:
        if any(n in low for n in needles):
            if "constraint" in words or "outside what the store accepts" in words:
                name = _constraint(raw)
                if name:
                    return f"{words} ({name})"
            return words
    first = raw.strip().splitlines()[0] if raw.strip() else type(orig).__name__
    return clean(first) or type(orig).__name__
