"""Throughput and memory of the whole extraction pipeline (what `sitrep extract` does).

    python bench/bench_extract.py [INPUT.jsonl ...] [--workers N] [--repeat K]

Defaults to the bundled samples plus, when present, ../shared/eval/dev/case2021-dev (311 short
news snippets). Prints model-load time, documents/s, characters/s and peak resident memory.
Not a test: numbers depend on the machine; quote them with the machine they came from.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    from sitrep import Config, Pipeline
    from sitrep.ingest import read_inputs
    from sitrep.model import Document
    from sitrep.pipeline import run_parallel
    from sitrep.resolve.actors import ActorTable

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    inputs = args.inputs or [str(p) for p in sorted((ROOT / "samples").glob("*.jsonl"))]
    case = ROOT.parent / "shared" / "eval" / "dev" / "case2021-dev" / "input.jsonl"
    if not args.inputs and case.exists():
        inputs.append(str(case))
    docs = [d for d in read_inputs(inputs) if isinstance(d, Document)] * args.repeat
    chars = sum(len(d.text) for d in docs)

    t0 = time.perf_counter()
    ActorTable.load()
    actor_table_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    if args.workers > 1:
        results = list(run_parallel(docs, Config(), workers=args.workers))
        load = float("nan")
    else:
        pipeline = Pipeline()
        pipeline.warm_up()
        load = time.perf_counter() - t0
        t0 = time.perf_counter()
        results = list(pipeline.pipe(docs))
    wall = time.perf_counter() - t0
    events = sum(len(r.events) for r in results)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"machine: {os.cpu_count()} cpus, python {sys.version.split()[0]}")
    print(f"inputs: {', '.join(Path(i).name for i in inputs)}")
    print(f"documents: {len(docs)}  characters: {chars}  events: {events}  workers: {args.workers}")
    print(f"load_s: {load:.2f}  actor_table_load_s: {actor_table_s:.2f}")
    print(f"process_s: {wall:.2f}  docs_per_s: {len(docs) / wall:.1f}  chars_per_s: {chars / wall:.0f}")
    print(f"peak_rss_mb: {peak_mb:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
