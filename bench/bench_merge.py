"""Cost of merging one more document into incidents, as the store grows: the 10th vs the 10,000th document.

    python bench/bench_merge.py                 # 10,000 synthetic documents into a temporary SQLite file
    python bench/bench_merge.py --docs 2000     # fewer

The documents are synthetic (a stream of about 40 documents a day over 20 countries, each incident
reported by one to three documents, some aggregates); what is measured is the merge hook's time
inside each document's transaction (blocking by (day, country) cells keeps it flat), and the whole
save for comparison. Single process, one core.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sitrep.model import Actor, Document, Event, Extraction, Location, Mention
from sitrep.store import Store
from sitrep.store.incidents import IncidentMerger

TYPES = (("Explosions/Remote violence", "Suicide bomb"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Battles", "Armed clash"), ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"))
COUNTRIES = ("IQ", "SY", "YE", "AF", "ML", "BF", "NG", "SO", "EG", "LY", "TR", "PK", "CD", "SD", "ET", "MZ", "NE", "UA",
             "IL", "LB")


class TimedMerger(IncidentMerger):
    """The real merge hook, timed."""

    def __init__(self) -> None:
        super().__init__()
        self.seconds: list[float] = []

    def after_save(self, conn, document_id, doc, extraction):  # type: ignore[override]
        started = time.perf_counter()
        super().after_save(conn, document_id, doc, extraction)
        self.seconds.append(time.perf_counter() - started)


def synthetic_documents(n: int, seed: int = 7, per_day: int = 40):
    """``n`` documents reporting incidents; about ``per_day`` documents a day, so the store covers n/per_day days."""
    rng = random.Random(seed)
    start = date(2020, 1, 1)
    made, incident = 0, 0
    while made < n:
        incident += 1
        day = start + timedelta(days=made // per_day)
        country = rng.choice(COUNTRIES)
        lat, lon = rng.uniform(-30, 50), rng.uniform(-20, 70)
        etype, sub = rng.choice(TYPES)
        perpetrator = rng.choice((None, f"Group {rng.randint(1, 50)}"))
        for k in range(rng.choice((1, 1, 2, 3))):
            if made >= n:
                break
            made += 1
            loc = Location(f"Town {incident}", lat=lat + rng.uniform(-0.05, 0.05), lon=lon + rng.uniform(-0.05, 0.05),
                           country=country, geo_precision=1)
            events = [Event(etype, sub, Mention("x", 0, 1), date=day.isoformat(), time_precision=1, location=loc,
                            actor1=Actor(perpetrator) if perpetrator else None, fatalities=rng.randint(0, 30) + k)]
            if rng.random() < 0.05:  # an aggregate mention ("several attacks this week")
                events.append(Event(etype, sub, Mention("x", 0, 1), date=day.isoformat(), time_precision=2,
                                    location=Location(country, country=country, geo_precision=3), count=rng.randint(2, 6)))
            key = f"syn-{made}"
            yield (Document(key, f"synthetic report {made} of incident {incident}", published=day.isoformat(),
                            source=f"outlet {k}"),
                   Extraction(key, "en", day.isoformat(), sub, events))


def run(n: int) -> dict:
    """Ingest ``n`` synthetic documents; return per-document merge and save times at checkpoints (ms)."""
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "bench.db")
        hook = TimedMerger()
        saves: list[float] = []
        try:
            for doc, extraction in synthetic_documents(n):
                started = time.perf_counter()
                store.save(doc, extraction, [hook])
                saves.append(time.perf_counter() - started)
            from sqlalchemy import func, select

            from sitrep.store.incidents import incidents

            with store.engine.connect() as conn:
                n_incidents = conn.execute(select(func.count()).select_from(incidents)).scalar()
        finally:
            store.close()

    def window(values: list[float], end: int) -> float:
        chunk = values[max(0, end - 10): end] if end <= 100 else values[end - 100: end]
        return 1000 * statistics.median(chunk)

    checkpoints = [c for c in (10, 100, 1000, 10000, 100000) if c <= n]
    return {
        "documents": n, "incidents": n_incidents,
        "merge_ms": {c: round(window(hook.seconds, c), 2) for c in checkpoints},
        "save_ms": {c: round(window(saves, c), 2) for c in checkpoints},
        "merge_ms_last_100": round(1000 * statistics.median(hook.seconds[-100:]), 2),
        "merge_ms_first_100": round(1000 * statistics.median(hook.seconds[:100]), 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10000)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    figures = run(args.docs)
    print(f"{figures['documents']} documents -> {figures['incidents']} incidents in {time.perf_counter() - started:.0f} s")
    print("document #   merge hook (median ms of the 10, or 100, documents ending there)   whole save (ms)")
    for c, ms in figures["merge_ms"].items():
        print(f"{c:>10}   {ms:>10.2f}                                   {figures['save_ms'][c]:>8.2f}")
    ratio = figures["merge_ms_last_100"] / figures["merge_ms_first_100"] if figures["merge_ms_first_100"] else float("nan")
    print(f"median merge cost, first 100 documents {figures['merge_ms_first_100']:.2f} ms, last 100 "
          f"{figures['merge_ms_last_100']:.2f} ms (ratio {ratio:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
