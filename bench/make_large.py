"""A large assessment document for the benchmarks: the sample with N process steps of M flows each."""

from __future__ import annotations

import copy
import json
import uuid
from pathlib import Path

from sxsh_desktop.paths import resources_dir


def large_document(steps: int = 200, flows_per_step: int = 10, seed_id: str | None = None) -> dict:
    sample = json.loads((resources_dir() / "samples" / "brewery-sample.json").read_text(encoding="utf-8"))
    doc = copy.deepcopy(sample)
    doc["id"] = seed_id or str(uuid.UUID(int=0x5A5A))
    templates = [f for s in sample["process_steps"] for f in s["flows"]]
    doc["process_steps"] = []
    for i in range(steps):
        flows = []
        for j in range(flows_per_step):
            f = copy.deepcopy(templates[(i * flows_per_step + j) % len(templates)])
            f["id"] = f"s{i}-f{j}"
            flows.append(f)
        doc["process_steps"].append(
            {
                "id": f"step-{i}",
                "name": f"Công đoạn {i + 1}",
                "order": i + 1,
                "focus": i % 50 == 0,
                "basis": {"value": 100, "unit": "hL"},
                "flows": flows,
            }
        )
    for o in doc["options"]:
        o["process_step"] = "step-0"
    return doc


def write_large(path: Path, steps: int = 200, flows_per_step: int = 10) -> Path:
    path.write_text(json.dumps(large_document(steps, flows_per_step), ensure_ascii=False), encoding="utf-8")
    return path
