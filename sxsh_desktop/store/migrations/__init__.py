"""Alembic migrations of the store, run in code by `store.engine` (no alembic.ini)."""
