"""The store: SQLAlchemy models, engine set-up (SQLite by default, PostgreSQL by URL), Alembic
migrations, backups, and the operations that are the only way to change data."""

from .engine import default_database_path, open_store
from .errors import StoreError
from .operations import AssessmentSummary, Change, Store

__all__ = ["AssessmentSummary", "Change", "Store", "StoreError", "default_database_path", "open_store"]
