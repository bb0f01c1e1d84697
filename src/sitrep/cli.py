"""The ``sitrep`` command: a thin layer over the library (argument parsing, printing, exit codes)."""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import IO, Iterable, Iterator, Sequence

from . import __version__
from .config import Config, Limits, default_db_path
from .errors import InputProblem, SitrepError
from .export import WRITERS
from .ingest import read_inputs
from .model import Document, Extraction
from .pipeline import Pipeline, run_parallel
from .store import EventFilter, Store, StoredEvent

EXIT_OK, EXIT_INPUT_ERRORS, EXIT_USAGE = 0, 1, 2


class Problems:
    """Counts and prints input problems (one line each, on standard error)."""

    def __init__(self, err: IO[str]) -> None:
        self.err = err
        self.errors = 0

    def report(self, problem: InputProblem) -> None:
        if problem.severity == "error":
            self.errors += 1
        print(problem.message(), file=self.err)

    def documents(self, items: Iterable[Document | InputProblem]) -> Iterator[Document]:
        """The documents of ``items``; problems are reported as they come."""
        for item in items:
            if isinstance(item, InputProblem):
                self.report(item)
            else:
                yield item


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``sitrep`` command; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.func(args) or 0)
    except SitrepError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERRORS
    except KeyboardInterrupt:
        print("interrupted: documents already stored are kept; run the same command again to continue", file=sys.stderr)
        return 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sitrep", description="Evidence-linked conflict events from news and channel posts.")
    parser.add_argument("--version", action="version", version=f"sitrep {__version__}")
    sub = parser.add_subparsers(metavar="COMMAND")

    p = sub.add_parser("extract", help="extract events from documents to JSON Lines (the output contract)")
    _input_args(p)
    p.add_argument("-o", "--output", default="-", help="output JSON Lines file (default: standard output)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("ingest", help="extract and store documents in the database")
    _input_args(p)
    _db_arg(p)
    p.add_argument("--quiet", action="store_true", help="print no table of events")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="show a progress bar (default: when standard error is a terminal)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("events", help="list stored events")
    _db_arg(p)
    _filter_args(p)
    p.add_argument("--json", action="store_true", help="JSON Lines instead of a table")
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("export", help="export stored events (ACLED-column CSV, GeoJSON, JSON Lines)")
    _db_arg(p)
    _filter_args(p)
    p.add_argument("--format", choices=sorted(WRITERS), default="csv")
    p.add_argument("--view", choices=("incidents", "reports"), default="incidents",
                   help="incidents: one row per incident (reports of it merged, sources listed; default); reports: one row per report")
    p.add_argument("-o", "--output", default="-", help="output file (default: standard output)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("geocode", help="look a place name up in the gazetteer, showing candidates and why one won")
    p.add_argument("name")
    p.add_argument("--country", help="ISO 3166 alpha-2 code of the expected country")
    p.add_argument("-n", "--limit", type=int, default=5)
    p.set_defaults(func=cmd_geocode)

    import importlib

    from .commands import FEATURES

    for feature in FEATURES:
        importlib.import_module(f".commands.{feature}", __package__).add_commands(sub)
    return parser


def _input_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".jsonl, .txt or .html files, or - for standard input")
    p.add_argument("--encoding", default="utf-8", help="text encoding of the inputs (default utf-8)")
    p.add_argument("--max-mb", type=float, default=None, help="largest single .txt/.html document, in MB (default 20)")
    p.add_argument("--aliases", type=Path, default=None, help="your own actor aliases (TSV, see data/actors/README.md)")


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=None, help="SQLite file or database URL (default: $SITREP_DB or ./sitrep.db)")


def _filter_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--since", help="events on or after this date (YYYY-MM-DD)")
    p.add_argument("--until", help="events on or before this date (YYYY-MM-DD, or YYYY-MM)")
    p.add_argument("--country", help="ISO 3166 alpha-2 code, e.g. IQ")
    p.add_argument("--type", dest="event_type", help="event type or sub-event type (substring, any case)")
    p.add_argument("--actor", help="actor name (substring, any case)")
    p.add_argument("--text", help="words in the source documents (full-text search) or the notes")
    p.add_argument("--limit", type=int, default=None)


def _config(args: argparse.Namespace) -> Config:
    config = Config(user_aliases=getattr(args, "aliases", None))
    if getattr(args, "max_mb", None):
        config = dataclasses.replace(config, limits=dataclasses.replace(Limits(), max_file_bytes=int(args.max_mb * 1e6)))
    return config


def _open(path: str, mode: str = "w") -> IO[str]:
    return sys.stdout if path == "-" else open(path, mode, encoding="utf-8")


def _db(args: argparse.Namespace) -> str:
    return args.db or str(default_db_path())


# -- commands ---------------------------------------------------------------------------------------
def cmd_extract(args: argparse.Namespace) -> int:
    config = _config(args)
    problems = Problems(sys.stderr)
    docs = problems.documents(read_inputs(args.inputs, config.limits, args.encoding))
    results: Iterator[Extraction]
    if args.workers > 1:
        results = run_parallel(docs, config, workers=args.workers)
    else:
        results = Pipeline(config).pipe(docs)
    out = _open(args.output)
    try:
        for result in results:
            for warning in result.warnings:
                print(f"warning: {warning}", file=sys.stderr)
            out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            out.flush()
    finally:
        if out is not sys.stdout:
            out.close()
    return EXIT_INPUT_ERRORS if problems.errors else EXIT_OK


def cmd_ingest(args: argparse.Namespace) -> int:
    config = _config(args)
    problems = Problems(sys.stderr)
    store = Store.open(_db(args))
    try:
        docs = problems.documents(read_inputs(args.inputs, config.limits, args.encoding))
        progress = sys.stderr.isatty() if args.progress is None else args.progress
        from .dedup import ingest_with_dedup  # wire copies linked to their original, not extracted twice
        from .ingest_run import default_hooks

        result = ingest_with_dedup(store, Pipeline(config), docs, progress=progress, warn=lambda m: print(f"warning: {m}", file=sys.stderr),
                                   hooks=default_hooks())
        summary = result.summary
        if not args.quiet:
            print_table(store.events(EventFilter(documents=tuple(summary.keys))), sys.stdout)
        copies = f", {len(result.copies)} near-duplicate(s) linked to their original" if result.copies else ""
        print(f"\n{summary.describe()}{copies}; database: {Path(_db(args)).resolve() if '://' not in _db(args) else _db(args)}")
    finally:
        store.close()
    if problems.errors:
        print(f"{problems.errors} input(s) could not be read (see the messages above)", file=sys.stderr)
    return EXIT_INPUT_ERRORS if problems.errors else EXIT_OK


def _filter(args: argparse.Namespace) -> EventFilter:
    return EventFilter(since=args.since, until=args.until, country=args.country, event_type=args.event_type,
                       actor=args.actor, text=args.text, limit=args.limit)


def cmd_events(args: argparse.Namespace) -> int:
    store = Store.open(_db(args))
    try:
        events = store.events(_filter(args))
        if args.json:
            WRITERS["jsonl"](events, sys.stdout)
        else:
            print_table(events, sys.stdout)
    finally:
        store.close()
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from .export import IncidentView, merged, per_report
    from .store.incidents import incident_headlines, incident_of_events

    store = Store.open(_db(args))
    out = _open(args.output)
    try:
        view = IncidentView(incident_of_events(store), incident_headlines(store))
        events = store.iter_events(_filter(args))
        events = iter(merged(events, view)) if args.view == "incidents" else per_report(events, view)
        n = WRITERS[args.format](events, out)
    finally:
        store.close()
        if out is not sys.stdout:
            out.close()
    unit = "incidents" if args.view == "incidents" else "reports"
    print(f"{n} {unit} written" + (f" to {args.output}" if args.output != "-" else ""), file=sys.stderr)
    return EXIT_OK


def cmd_geocode(args: argparse.Namespace) -> int:
    from .resolve.gazetteer import Gazetteer
    from .resolve.geo_lookup import geocode

    gazetteer = Gazetteer.load(Config().cache_dir)
    ranked = geocode(gazetteer, args.name, args.country)
    if not ranked:
        print(f"{args.name}: not in the gazetteer")
        return EXIT_INPUT_ERRORS
    for i, (cand, score, why) in enumerate(ranked[: args.limit]):
        mark = "*" if i == 0 else " "
        print(f"{mark} {score:5.2f}  {cand.name} ({cand.feature}, {cand.country or '?'}"
              f"{', ' + cand.admin1 if cand.admin1 else ''})  {cand.lat:.4f}, {cand.lon:.4f}"
              f"{'  geonameid ' + str(cand.geonameid) if cand.geonameid else ''}\n         {why}")
    return EXIT_OK


# -- printing ---------------------------------------------------------------------------------------
_COLUMNS = (("id", 4), ("date", 10), ("type", 28), ("place", 18), ("actor1", 26), ("actor2", 26), ("fat.", 4), ("claimed by", 24))


def print_table(events: Sequence[StoredEvent], out: IO[str]) -> None:
    """A readable table of events: type, date, place, actors, fatalities, claimed by."""
    if not events:
        print("(no events)", file=out)
        return
    print("  ".join(name.ljust(width) for name, width in _COLUMNS), file=out)
    print("  ".join("-" * width for _, width in _COLUMNS), file=out)
    for stored in events:
        ev = stored.event
        loc = ev.get("location") or {}
        place = loc.get("name") or ""
        if loc.get("geo_precision"):
            place = f"{place} ({loc['geo_precision']})"
        count = f" x{ev['count']}" if ev.get("count") else ""
        cells = (
            str(stored.id), ev.get("date") or "", (ev.get("sub_event_type") or "") + count, place,
            (ev.get("actor1") or {}).get("name") or "", (ev.get("actor2") or {}).get("name") or "",
            "" if ev.get("fatalities") is None else str(ev["fatalities"]), (ev.get("claimed_by") or {}).get("name") or "",
        )
        print("  ".join(_cut(c, w) for c, (_, w) in zip(cells, _COLUMNS)), file=out)


def _cut(value: str, width: int) -> str:
    return value.ljust(width) if len(value) <= width else value[: width - 1] + "…"
