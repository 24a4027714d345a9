"""Property: whatever document or package is thrown at the intake, it ends within its time limit with
imported / already imported / superseded / refused (a package) or a one-line refusal (a document),
and the store's totals stay finite.

Generated: the sample document with a few of its values replaced by hostile JSON (non-finite and huge
numbers, NUL, lone surrogates, long texts, unit expressions, deep lists, upper-case ids), signed by a
trusted or a stranger's identity, and sometimes cut, padded or with a byte flipped. Few examples in
CI (SXSH_HYPOTHESIS_EXAMPLES, 25 by default), each with a deadline."""

from __future__ import annotations

import copy
import json
import math
import os
import time
from datetime import timedelta

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from sxsh_desktop.domain.validation import ValidationError  # noqa: E402
from sxsh_desktop.interchange.document import DocumentError, dumps  # noqa: E402
from sxsh_desktop.services.documents import import_file  # noqa: E402
from sxsh_desktop.store import StoreError, open_store  # noqa: E402
from sxsh_desktop.store.review_ops import ReviewStore  # noqa: E402
from sxsh_desktop.sync.intake import ImportOptions, import_bytes  # noqa: E402

EXAMPLES = int(os.environ.get("SXSH_HYPOTHESIS_EXAMPLES", "25"))
TIME_LIMIT = 20.0
STATUSES = {"imported", "already_imported", "superseded", "refused"}

hostile_numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**60), max_value=10**60),
    st.just(2**31),
    st.just(-1),
    st.just(0),
)
hostile_texts = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "kg*10**10**10",
            "m**999",
            "(((((kg)))))",
            "VND/kWh",
            "degC",
            "\x00",
            "\ud800",
            "N" * 700,
            "URN:UUID:6F1C2A4E-8B3D-4C7A-9E12-5D0B7F3A9C01",
            "9999-99-99T99:99:99Z",
            "０１２３４５６７８９",
        ]
    ),
)
hostile_values = st.recursive(
    st.one_of(hostile_numbers, hostile_texts, st.booleans(), st.none()),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=8,
)


def _paths(doc, prefix=()):
    """Every path to a value in the document."""
    out = []
    if isinstance(doc, dict):
        for k, v in doc.items():
            out.append((*prefix, k))
            out.extend(_paths(v, (*prefix, k)))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out.append((*prefix, i))
            out.extend(_paths(v, (*prefix, i)))
    return out


@st.composite
def hostile_documents(draw, sample):
    doc = copy.deepcopy(sample)
    paths = _paths(doc)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        path = draw(st.sampled_from(paths))
        node = doc
        try:
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = draw(hostile_values)
        except (KeyError, IndexError, TypeError):
            pass
    return doc


def _json(doc) -> str:
    try:
        return dumps(doc)
    except (ValueError, TypeError):
        return json.dumps(doc, ensure_ascii=True)  # NaN, Infinity and lone surrogates written as Python does


def finite_totals(review: ReviewStore) -> None:
    def walk(v):
        if isinstance(v, float):
            assert math.isfinite(v), v
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list | tuple):
            for x in v:
                walk(x)

    walk(review.summary())
    json.dumps(review.summary(), allow_nan=False)


PROPERTY = settings(
    max_examples=EXAMPLES,
    deadline=timedelta(seconds=60),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
    derandomize=bool(os.environ.get("CI")),
)


@pytest.fixture(scope="module")
def so_store(tmp_path_factory):
    s = open_store(tmp_path_factory.mktemp("so") / "so.db", auto_backup=False)
    yield ReviewStore(s)
    s.close()


@PROPERTY
@given(data=st.data())
def test_packages_always_end_in_one_of_four_outcomes(data, so_store, packages, identities, sample_doc):
    doc = data.draw(hostile_documents(sample_doc))
    signer = data.draw(st.sampled_from(["consultant", "stranger"]))
    from sxsh_desktop.sync.package import build_package

    try:
        package = build_package(
            doc, _json(doc).encode("utf-8", "surrogatepass"), packages.pdfs[signer], packages.signer(signer)
        )
    except Exception:  # the builder refuses what it cannot write: the intake is not reached
        return
    damage = data.draw(st.sampled_from(["none", "none", "cut", "pad", "flip"]))
    if damage == "cut":
        # The package's length differs from run to run (its signing time), so the draw never depends on it:
        # Hypothesis replays a failing case only if each draw has the same bounds.
        package = package[: data.draw(st.integers(min_value=0, max_value=2**24)) % (len(package) + 1)]
    elif damage == "pad":
        package = data.draw(st.binary(max_size=64)) + package
    elif damage == "flip":
        i = data.draw(st.integers(min_value=0, max_value=2**24)) % len(package)
        package = package[:i] + bytes([package[i] ^ 0xFF]) + package[i + 1 :]
    t0 = time.monotonic()
    outcome = import_bytes(
        so_store, package, ImportOptions(trusted=[identities.cert_der("consultant")], time_limit=TIME_LIMIT)
    )
    assert time.monotonic() - t0 < TIME_LIMIT + 15
    assert outcome.status in STATUSES, outcome.line
    assert outcome.line and "\n" not in outcome.line
    finite_totals(so_store)


@PROPERTY
@given(data=st.data())
def test_documents_are_stored_or_refused_in_one_line(data, tmp_path_factory, sample_doc):
    doc = data.draw(hostile_documents(sample_doc))
    folder = tmp_path_factory.mktemp("doc")
    path = folder / "doc.json"
    path.write_bytes(_json(doc).encode("utf-8", "surrogatepass"))
    with open_store(folder / "s.db", auto_backup=False) as store:
        t0 = time.monotonic()
        try:
            result = import_file(store, path)
        except (DocumentError, ValidationError, StoreError) as exc:
            assert "\n" not in str(exc)
            assert store.list_assessments() == []
        else:
            assert result.status == "imported"
            stored = store.get_assessment(result.assessment_id)
            json.dumps(dumps_safe(stored), allow_nan=False)
        assert time.monotonic() - t0 < TIME_LIMIT


def dumps_safe(assessment):
    from sxsh_desktop.interchange.document import to_document

    return to_document(assessment)
