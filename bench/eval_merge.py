"""Pairwise precision and recall of cross-document merging on the real-article fixture set.

    python bench/eval_merge.py                       # ingest tests/fixtures/merge/docs.jsonl into a temp DB
    python bench/eval_merge.py --db merged.db        # or measure an existing database

Gold: ``tests/fixtures/merge/gold.json`` (which documents report the same incident, by reading them).
Predicted: two documents are merged when one incident holds a report of each.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "merge"


def measure(db: str | None = None, docs: Path = FIXTURES / "docs.jsonl", gold: Path = FIXTURES / "gold.json") -> dict:
    """Ingest (unless ``db`` is given) and score; returns the figures as a dict."""
    from sitrep import Pipeline
    from sitrep.config import Config
    from sitrep.ingest import read_inputs
    from sitrep.ingest_run import ingest_documents
    from sitrep.merge import pairwise_score
    from sitrep.store import Store
    from sitrep.store.incidents import IncidentMerger, incident_of_documents

    gold_data = json.loads(gold.read_text(encoding="utf-8"))
    gold_groups = list(gold_data["incidents"].values())
    all_docs = {d for g in gold_groups for d in g} | set(gold_data["singletons"])
    tmp = None
    if db is None:
        tmp = tempfile.TemporaryDirectory()
        db = str(Path(tmp.name) / "merge.db")
        store = Store.open(db)
        config = Config()
        started = time.perf_counter()
        items = [d for d in read_inputs([str(docs)], config.limits, "utf-8") if hasattr(d, "text")]
        ingest_documents(store, Pipeline(config), items, hooks=[IncidentMerger()])
        seconds = time.perf_counter() - started
    else:
        store = Store.open(db)
        seconds = None
    try:
        by_incident: dict[int, set[str]] = {}
        for doc_key, incs in incident_of_documents(store).items():
            for inc in incs:
                by_incident.setdefault(inc, set()).add(doc_key)
        score = pairwise_score(gold_groups, by_incident.values(), all_docs)
    finally:
        store.close()
        if tmp is not None:
            tmp.cleanup()
    return {"documents": len(all_docs), "gold_pairs": score.true_pairs, "predicted_pairs": score.predicted_pairs,
            "correct_pairs": score.correct_pairs, "precision": score.precision, "recall": score.recall, "f1": score.f1,
            "false_positives": [list(p) for p in score.false_positives],
            "false_negatives": [list(p) for p in score.false_negatives], "ingest_seconds": seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="measure this database instead of ingesting the fixtures")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    figures = measure(args.db)
    if args.json:
        print(json.dumps(figures))
        return 0
    print(f"documents {figures['documents']}; gold pairs {figures['gold_pairs']}; predicted pairs "
          f"{figures['predicted_pairs']}; correct {figures['correct_pairs']}")
    print(f"pairwise precision {figures['precision']:.3f}  recall {figures['recall']:.3f}  F1 {figures['f1']:.3f}")
    for a, b in figures["false_positives"]:
        print(f"  wrongly merged: {a} + {b}")
    for a, b in figures["false_negatives"]:
        print(f"  missed:         {a} + {b}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
