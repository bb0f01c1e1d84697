"""Shared fixtures: the bundled samples, and one pipeline per test session (models load once)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
REFERENCE = SAMPLES / "fr-iraq-bases-2023-10.txt"


def sample_docs(name: str) -> dict[str, dict]:
    """The documents of a bundled JSON Lines sample, by id."""
    with (SAMPLES / name).open(encoding="utf-8") as f:
        return {d["id"]: d for d in map(json.loads, f)}


@pytest.fixture(scope="session")
def pipeline():
    from sitrep import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def reference_result(pipeline):
    from sitrep.ingest import read_inputs

    (doc,) = list(read_inputs([str(REFERENCE)]))
    return doc, pipeline.process(doc)
