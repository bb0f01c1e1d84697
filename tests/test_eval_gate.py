"""The evaluation gate: every dev set of ../shared/eval/dev scored end to end, against pinned floors.

Runs the real scorer on the real `sitrep extract` command. A figure below its floor in
eval_floors.json fails the suite (raise floors as the system improves; never lower one silently).
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

EVAL = ROOT.parent / "shared" / "eval"
FLOORS = json.loads((Path(__file__).parent / "eval_floors.json").read_text(encoding="utf-8"))
DATASETS = sorted(k for k in FLOORS if not k.startswith("_"))

pytestmark = pytest.mark.slow


def score(dataset: str) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), "run", str(EVAL / "dev" / dataset), "--cmd", f"{sys.executable} -m sitrep extract"],
        capture_output=True, text=True, timeout=1800, cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    print(proc.stdout)
    return {m.group(1): float(m.group(2)) for m in re.finditer(r"^(\w+): ([0-9.]+)", proc.stdout, re.MULTILINE)}


@pytest.mark.parametrize("dataset", DATASETS)
def test_dev_set_above_floor(dataset):
    if not (EVAL / "dev" / dataset).exists():
        pytest.fail(f"{EVAL / 'dev' / dataset} not found: the shared evaluation folder must sit beside the repository")
    figures = score(dataset)
    below = {k: (figures.get(k), floor) for k, floor in FLOORS[dataset].items() if figures.get(k, -1.0) < floor}
    assert not below, f"{dataset}: below the pinned floor (got, floor): {below}"
