"""Budget: import an assessment document of 200 process steps and 2,000 flows into a fresh store and
compute its savings and balances, against the floor of loading the JSON alone. Goal: < 0.5 s.

Run: .venv/bin/python bench/import_savings.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_large import write_large


def _time(fn, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        os.environ["SXSH_DATA_DIR"] = str(tmp_path / "data")
        doc_path = write_large(tmp_path / "large.json")

        # warm the lazily built pieces once (pint registry, schema validator), as a running app has
        from sxsh_desktop.domain.balance import assessment_balances
        from sxsh_desktop.domain.savings import compute_savings
        from sxsh_desktop.interchange.document import read_document
        from sxsh_desktop.services.documents import import_assessment
        from sxsh_desktop.store.engine import open_store

        compute_savings(read_document(doc_path))

        floor = _time(lambda: json.loads(doc_path.read_bytes()), args.repeat)
        # empty stores made beforehand: creating a database is not part of an import
        stores = iter(
            [open_store(f"sqlite:///{tmp_path / f'bench-{i}.db'}", auto_backup=False) for i in range(args.repeat)]
        )

        def full() -> None:
            store = next(stores)
            assessment = read_document(doc_path)
            import_assessment(store, assessment)
            stored = store.get_assessment(assessment.id)
            compute_savings(stored)
            assessment_balances(stored)

        def parse_only() -> None:
            a = read_document(doc_path)
            compute_savings(a)
            assessment_balances(a)

        parsed = _time(parse_only, args.repeat)
        total = _time(full, args.repeat)
    print(f"floor  json.loads of the document         {floor * 1000:8.1f} ms")
    print(f"parse + validate + savings + balances      {parsed * 1000:8.1f} ms")
    print(f"import into an empty SQLite store + savings {total * 1000:7.1f} ms   (goal < 500 ms)")
    return 0 if total < 0.5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
