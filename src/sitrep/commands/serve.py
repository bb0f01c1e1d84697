"""``sitrep serve`` (REST API and browser UI), ``sitrep report`` (HTML/PDF situation report) and
``sitrep token`` (write tokens of the API). Thin: parse, call the library, print, return an exit code."""
from __future__ import annotations

import argparse
import ipaddress
import sys
from datetime import date
from pathlib import Path

from ..config import default_db_path
from ..errors import SitrepError


def add_commands(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register ``serve``, ``report`` and ``token``."""
    p = sub.add_parser("serve", help="serve the REST API and the browser UI (map, timeline, evidence)")
    _db_arg(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--log-level", default="warning", choices=("critical", "error", "warning", "info", "debug"))
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("report", help="write a self-contained HTML situation report (and --pdf)")
    _db_arg(p)
    p.add_argument("--since", required=True, help="events on or after this date (YYYY-MM-DD)")
    p.add_argument("--until", help="events on or before this date (YYYY-MM-DD; default: no end)")
    p.add_argument("--country", help="ISO 3166 alpha-2 code(s), comma-separated, e.g. IQ or IQ,SY")
    p.add_argument("--title", help="the report's title (default: from the dates and countries)")
    p.add_argument("-o", "--output", default="report.html", help="HTML file to write (default report.html)")
    p.add_argument("--pdf", action="store_true", help="also write a PDF beside it (needs Chromium: apt-get install chromium)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("token", help="make, list or revoke API write tokens (the API is read-only without one)")
    _db_arg(p)
    p.add_argument("action", choices=("create", "list", "revoke"))
    p.add_argument("name", nargs="?", help="the token's name (create, revoke), e.g. your initials")
    p.set_defaults(func=cmd_token)


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=None, help="SQLite file or database URL (default: $SITREP_DB or ./sitrep.db)")


def _existing_db(value: str | None) -> str:
    db = value or str(default_db_path())
    if "://" not in db and not Path(db).expanduser().exists():
        raise SitrepError(f"{db}: no database there — run `sitrep ingest samples/*.txt samples/*.jsonl` first "
                          "(it writes ./sitrep.db), or give --db PATH")
    return db


def _check_date(value: str | None, name: str) -> None:
    if value is None:
        return
    try:
        date.fromisoformat(value if len(value) == 10 else f"{value}-01" if len(value) == 7 else f"{value}-01-01")
    except ValueError as exc:
        raise SitrepError(f"--{name} {value}: not a date — write YYYY-MM-DD, e.g. 2023-10-18") from exc


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the API and the UI until interrupted."""
    import uvicorn

    from ..api import create_app

    db = _existing_db(args.db)
    if not 0 < args.port < 65536:
        raise SitrepError(f"--port {args.port}: choose a port between 1 and 65535, e.g. 8000")
    app = create_app(db)
    shown = f"[{args.host}]" if ":" in args.host else args.host
    print(f"sitrep: serving {db} at http://{shown}:{args.port}/ (API description: /api/openapi.json); Ctrl-C stops it",
          file=sys.stderr)
    if not _is_loopback(args.host):
        print(f"warning: listening on {args.host}: anyone who reaches this address can read the database "
              "(writing still needs a token)", file=sys.stderr)
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)
    except OSError as exc:
        raise SitrepError(f"cannot listen on {args.host}:{args.port} ({exc}) — choose another --port") from exc
    return 0


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def cmd_report(args: argparse.Namespace) -> int:
    """Write the situation report (HTML, and PDF with --pdf)."""
    from ..report import ReportOptions, html_to_pdf, write_report
    from ..store import Store

    _check_date(args.since, "since")
    _check_date(args.until, "until")
    countries = tuple(c.strip().upper() for c in args.country.split(",") if c.strip()) if args.country else None
    for code in countries or ():
        if len(code) != 2 or not code.isalpha():
            raise SitrepError(f"--country {code}: give ISO 3166 alpha-2 codes, comma-separated, e.g. IQ or IQ,SY")
    store = Store.open(_existing_db(args.db))
    try:
        out = Path(args.output)
        summary = write_report(store, ReportOptions(since=args.since, until=args.until, countries=countries,
                                                    title=args.title), out)
    finally:
        store.close()
    print(f"{summary.events} event(s) from {summary.documents} document(s): {out}", file=sys.stderr)
    if args.pdf:
        pdf = out.with_suffix(".pdf")
        html_to_pdf(out, pdf)
        print(f"PDF: {pdf}", file=sys.stderr)
    return 0


def cmd_token(args: argparse.Namespace) -> int:
    """Create, list or revoke write tokens."""
    from ..store import Store
    from ..store import api as tokens

    if args.action in ("create", "revoke") and not args.name:
        raise SitrepError(f"sitrep token {args.action} needs a NAME, e.g. `sitrep token {args.action} alice`")
    store = Store.open(_existing_db(args.db))
    try:
        if args.action == "create":
            try:
                token = tokens.create_token(store.engine, args.name)
            except ValueError as exc:
                raise SitrepError(str(exc)) from exc
            print(token)
            print(f"token {args.name!r} made: send it as 'Authorization: Bearer TOKEN'; it is not shown again",
                  file=sys.stderr)
        elif args.action == "revoke":
            if not tokens.revoke_token(store.engine, args.name):
                raise SitrepError(f"no live token called {args.name!r} — see `sitrep token list`")
            print(f"token {args.name!r} revoked", file=sys.stderr)
        else:
            for t in tokens.list_tokens(store.engine):
                print(f"{t.name}\tmade {t.created_at}\t{'revoked ' + t.revoked_at if t.revoked_at else 'live'}")
    finally:
        store.close()
    return 0
