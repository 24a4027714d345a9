"""Errors of the store, in plain English, one line each (the GUI shows them as they are)."""

from __future__ import annotations


class StoreError(Exception):
    """Something the store cannot do: a missing assessment, a database from a newer app, …"""
