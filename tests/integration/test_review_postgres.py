"""The review suite of tests/unit/test_review.py again, on PostgreSQL (a fresh database per test)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sxsh_desktop.store import open_store
from sxsh_desktop.store.review_ops import ReviewStore

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit"))
from test_review import (  # noqa: F401 - collected here again, with the fixture below
    test_aggregation_math,
    test_an_untrusted_signer_cannot_be_approved_until_trusted,
    test_comments_and_system_actor,
    test_consultants_are_read_from_the_newest_documents,
    test_csv_export_guards_against_formulas,
    test_empty_summary,
    test_revisions_supersede_and_older_ones_are_reported,
    test_states_follow_the_transitions_and_are_logged,
)

pytestmark = pytest.mark.postgres


@pytest.fixture
def review(pg_url):
    store = open_store(pg_url)
    yield ReviewStore(store)
    store.close()
