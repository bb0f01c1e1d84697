"""Sub-commands of this feature (issue 6); see ``commands/__init__.py``.

- ``sitrep watch SOURCES.yaml``: follow feeds, pages, Telegram exports and folders, ingesting only
  what is new (``--once``: poll every source once and exit, e.g. from cron).
- ``sitrep sources``: the followed sources with their last success, last error and document
  counts; ``--items NAME`` the items seen in one; ``--copies`` the near-duplicates found.
"""
from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
from pathlib import Path
from typing import Any

_WATCH_HELP = """\
Follow sources listed in a YAML or TOML file, each with its own interval:

  interval: 30m
  sources:
    - name: france24-mo
      feed: https://www.france24.com/fr/moyen-orient/rss
      interval: 10m
    - telegram: ~/Downloads/Telegram Desktop/ChatExport_2023-10-20
      username: some_channel
    - page: https://www.example.org/article.html
    - folder: ~/news/incoming

Only what is new is ingested; a restart after a crash or a kill loses nothing and adds nothing
twice. Stop with Ctrl-C (or SIGTERM).
"""


def add_commands(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register ``sitrep watch`` and ``sitrep sources``."""
    p = sub.add_parser("watch", help="follow feeds, pages, Telegram exports and folders; ingest what is new",
                       description=_WATCH_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("sources", type=Path, help="sources file (.yaml, .yml or .toml)")
    p.add_argument("--db", default=None, help="SQLite file or database URL (default: the file's `database:`, $SITREP_DB or ./sitrep.db)")
    p.add_argument("--once", action="store_true", help="poll every source once, then exit (exit code 1 if one failed)")
    p.add_argument("--log", type=Path, default=None, help="append the log to this file too (default: standard error only)")
    p.add_argument("--aliases", type=Path, default=None, help="your own actor aliases (TSV)")
    p.add_argument("--max-mb", type=float, default=None, help="largest page or feed, in MB (default 20)")
    p.add_argument("--batch", type=int, default=8, help="items fetched and ingested together (default 8); "
                   "a stopped run redoes at most one batch")
    p.add_argument("--quiet", action="store_true", help="log only problems")
    p.set_defaults(func=cmd_watch)

    p = sub.add_parser("sources", help="list followed sources: last success, last error, documents")
    p.add_argument("--db", default=None, help="SQLite file or database URL (default: $SITREP_DB or ./sitrep.db)")
    p.add_argument("--json", action="store_true", help="JSON Lines instead of a table")
    p.add_argument("--items", metavar="NAME", help="list the items seen in source NAME")
    p.add_argument("--copies", action="store_true", help="list documents stored as near-duplicates of another")
    p.add_argument("--forget", metavar="NAME", help="forget source NAME and its seen items (documents stay)")
    p.add_argument("--reindex", action="store_true",
                   help="compute near-duplicate signatures of stored documents that lack one (stored before this feature)")
    p.set_defaults(func=cmd_sources)


def _db(args: argparse.Namespace, from_file: str | None = None) -> str:
    from ..config import default_db_path

    return args.db or from_file or str(default_db_path())


def _setup_logging(log_file: Path | None, quiet: bool) -> None:
    logger = logging.getLogger("sitrep.watch")
    logger.setLevel(logging.WARNING if quiet else logging.INFO)
    logger.propagate = False
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%Y-%m-%dT%H:%M:%S")
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    if log_file is not None:
        handlers.append(logging.FileHandler(log_file, encoding="utf-8"))
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    for handler in handlers:
        handler.setFormatter(formatter)
        logger.addHandler(handler)


def _terminate(_signum: int, _frame: Any) -> None:
    raise KeyboardInterrupt


def cmd_watch(args: argparse.Namespace) -> int:
    """Run the watcher (see ``sitrep watch --help``)."""
    import dataclasses

    from ..config import Config, Limits
    from ..ingest.fetch import FetchPolicy
    from ..ingest_run import default_hooks
    from ..pipeline import Pipeline
    from ..sources_file import load_sources
    from ..store import Store
    from ..watch import WatchOptions, Watcher

    sources_file = load_sources(args.sources)
    _setup_logging(args.log, args.quiet)
    limits = Limits() if not args.max_mb else dataclasses.replace(Limits(), max_file_bytes=int(args.max_mb * 1e6))
    options = WatchOptions(batch=max(1, args.batch), limits=limits, fetch=FetchPolicy(max_bytes=limits.max_file_bytes))
    db = _db(args, sources_file.db)
    store = Store.open(db)
    watcher = Watcher(store, Pipeline(Config(user_aliases=args.aliases, limits=limits)), sources_file.sources,
                      options, hooks=default_hooks())
    logger = logging.getLogger("sitrep.watch")
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        names = ", ".join(s.name for s in sources_file.sources)
        logger.info(f"watching {len(sources_file.sources)} source(s) into {db}: {names}")
        if args.once:
            reports = watcher.poll_all()
            return 1 if any(not r.ok for r in reports) else 0
        _follow(watcher, args.sources, logger)
    except KeyboardInterrupt:
        logger.info("stopped: everything stored so far is kept; run the same command to go on")
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)
        watcher.close()
        store.close()
    return 0


def _follow(watcher: Any, path: Path, logger: logging.Logger) -> None:
    """Run the watcher; when the sources file changes, read it again and go on with its sources
    (a file that no longer reads is reported, and the sources as they were are kept)."""
    from ..sources_file import SourcesFileError, load_sources

    def mark() -> tuple[int, int] | None:
        try:
            stat = path.stat()
        except OSError:
            return None
        return stat.st_mtime_ns, stat.st_size

    seen = mark()
    while True:
        watcher.run(stop=lambda: mark() != seen)
        seen = mark()
        try:
            watcher.sources = list(load_sources(path).sources)
        except SourcesFileError as exc:
            logger.error(f"{exc} (still watching the sources as they were)")
            continue
        logger.info(f"sources file changed: now watching {len(watcher.sources)} source(s): "
                    + ", ".join(s.name for s in watcher.sources))


def cmd_sources(args: argparse.Namespace) -> int:
    """List followed sources (or one source's items, or the near-duplicates)."""
    from ..store import Store
    from ..store.sources import SourceStore

    store = Store.open(_db(args))
    try:
        table = SourceStore(store.engine)
        if args.forget:
            if not table.remove(args.forget):
                print(f"error: no source named {args.forget!r} — see `sitrep sources` for the names", file=sys.stderr)
                return 1
            print(f"forgot source {args.forget!r} (its documents stay in the database)")
            return 0
        if args.reindex:
            from ..dedup import NearDuplicates

            print(f"{NearDuplicates(store).backfill()} document(s) indexed for near-duplicate detection")
            return 0
        if args.items:
            return _print_items(table, args.items, args.json)
        if args.copies:
            return _print_copies(store, args.json)
        states = table.all()
        if args.json:
            for s in states:
                print(json.dumps({k: getattr(s, k) for k in s.__slots__ if k not in ("etag", "last_modified")}, ensure_ascii=False))
            return 0
        if not states:
            print("(no sources yet: run `sitrep watch SOURCES.yaml`)")
            return 0
        columns = (("name", 28), ("kind", 8), ("every", 6), ("last success", 20), ("docs", 6), ("items", 6), ("last error", 60))
        print("  ".join(n.ljust(w) for n, w in columns))
        print("  ".join("-" * w for _, w in columns))
        for s in states:
            error = "" if not s.last_error or (s.last_success_at and s.last_error_at and s.last_error_at < s.last_success_at) \
                else f"{s.last_error_at}: {s.last_error}"
            cells = (s.name, s.kind, _every(s.interval_s), s.last_success_at or "never", str(s.documents), str(s.items_seen), error)
            print("  ".join(_cut(c, w) for c, (_, w) in zip(cells, columns)).rstrip())
    finally:
        store.close()
    return 0


def _print_items(table: Any, name: str, as_json: bool) -> int:
    if table.get(name) is None:
        print(f"error: no source named {name!r} — see `sitrep sources` for the names", file=sys.stderr)
        return 1
    for item in table.items(name):
        if as_json:
            print(json.dumps(item, ensure_ascii=False))
        else:
            extra = item["meta"].get("copy_of")
            print(f"{item['first_seen_at']}  {item['outcome']:<14}  {item['doc_key']}" + (f"  (copy of {extra})" if extra else ""))
    return 0


def _print_copies(store: Any, as_json: bool) -> int:
    from sqlalchemy import select

    from ..store.sources import near_duplicates as n

    with store.engine.connect() as conn:
        rows = list(conn.execute(select(n).order_by(n.c.original_key, n.c.doc_key)))
    for r in rows:
        if as_json:
            print(json.dumps(r._asdict(), ensure_ascii=False))
        else:
            print(f"{r.doc_key}  copy of  {r.original_key}  (similarity {r.similarity:.2f}, {r.containment:.0%} contained)")
    if not rows and not as_json:
        print("(no near-duplicates found)")
    return 0


def _every(seconds: int | None) -> str:
    if not seconds:
        return ""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def _cut(value: str, width: int) -> str:
    return value.ljust(width) if len(value) <= width else value[: width - 1] + "…"
