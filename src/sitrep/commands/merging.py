"""Sub-commands of cross-document merging (issue 7): ``incidents``, ``merges``, ``split``, ``merge``.

Thin: parse, call ``sitrep.store.incidents``, print, return an exit code.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import IO, Any, Sequence

from ..config import default_db_path


def add_commands(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register ``sitrep incidents``, ``sitrep merges``, ``sitrep split`` and ``sitrep merge``."""
    p = sub.add_parser("incidents", help="list incidents (reports of several documents merged), with their sources")
    _db_arg(p)
    p.add_argument("incident", nargs="?", type=int, help="show one incident: every report side by side")
    p.add_argument("--since", help="incidents on or after this date (YYYY-MM-DD)")
    p.add_argument("--until", help="incidents on or before this date (YYYY-MM-DD or YYYY-MM)")
    p.add_argument("--country", help="ISO 3166 alpha-2 code, e.g. IQ")
    p.add_argument("--min-sources", type=int, default=1, help="only incidents reported by at least N documents")
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--json", action="store_true", help="JSON Lines instead of a table")
    p.add_argument("--rebuild", action="store_true",
                   help="merge every stored document again (oldest first); analysts' corrections are kept")
    p.set_defaults(func=cmd_incidents)

    p = sub.add_parser("merges", help="list merge decisions and why they were made")
    _db_arg(p)
    p.add_argument("--incident", type=int, help="decisions about one incident")
    p.add_argument("--doc", help="decisions about one document (its id)")
    p.add_argument("--limit", type=int, default=50, help="newest N decisions (default 50; 0 for all)")
    p.add_argument("--json", action="store_true", help="JSON Lines instead of a table")
    p.set_defaults(func=cmd_merges)

    p = sub.add_parser("split", help="take a document's report out of an incident (survives re-ingestion)")
    _db_arg(p)
    p.add_argument("incident", type=int, metavar="EVENT", help="incident id (see `sitrep incidents`)")
    p.add_argument("doc", metavar="DOC", help="document id whose report is split off")
    p.add_argument("--note", help="why (kept with the correction)")
    p.set_defaults(func=cmd_split)

    p = sub.add_parser("merge", help="merge two incidents into one (survives re-ingestion)")
    _db_arg(p)
    p.add_argument("first", type=int, metavar="EVENT", help="incident id that is kept")
    p.add_argument("second", type=int, metavar="EVENT", help="incident id merged into the first")
    p.add_argument("--note", help="why (kept with the correction)")
    p.set_defaults(func=cmd_merge)


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=None, help="SQLite file or database URL (default: $SITREP_DB or ./sitrep.db)")


def _open(args: argparse.Namespace) -> Any:
    from ..store import Store

    return Store.open(args.db or str(default_db_path()))


def cmd_incidents(args: argparse.Namespace) -> int:
    from ..store import incidents as inc

    store = _open(args)
    try:
        if args.rebuild:
            n = inc.rebuild(store)
            print(f"{n} incident(s) after merging every stored document again", file=sys.stderr)
        if args.incident is not None:
            reports = inc.incident_reports_view(store, args.incident)
            rows = inc.list_incidents(store)
            row = next(r for r in rows if r.id == args.incident)
            if args.json:
                print(json.dumps({"incident": _jsonable(row), "reports": [_jsonable(r) for r in reports]},
                                 ensure_ascii=False))
            else:
                print_incident(row, reports, sys.stdout)
            return 0
        rows = inc.list_incidents(store, args.since, args.until, args.country, args.min_sources, args.limit)
        if args.json:
            for row in rows:
                print(json.dumps(_jsonable(row), ensure_ascii=False))
        else:
            print_incidents(rows, sys.stdout)
    finally:
        store.close()
    return 0


def cmd_merges(args: argparse.Namespace) -> int:
    from ..store import incidents as inc

    store = _open(args)
    try:
        rows = inc.list_decisions(store, args.incident, args.doc, args.limit or None)
    finally:
        store.close()
    if args.json:
        for row in rows:
            print(json.dumps(_jsonable(row), ensure_ascii=False))
        return 0
    if not rows:
        print("(no merge decisions)")
        return 0
    for r in rows:
        score = "" if r.score is None else f"{r.score:.2f}"
        fields = " ".join(f"{k}={v:g}" for k, v in r.fields.items())
        target = f"incident {r.incident_id}" if r.incident_id is not None else "-"
        print(f"#{r.id} {r.at} {r.by:8} {r.decision:9} {score:5} {r.report_key} -> {target}"
              + (f" (matched {r.matched_key})" if r.matched_key else ""))
        if fields:
            print(f"    fields: {fields}; {r.candidates or 0} candidate incident(s)")
        for why in r.reasons:
            print(f"    - {why}")
    return 0


def cmd_split(args: argparse.Namespace) -> int:
    from ..store import incidents as inc

    store = _open(args)
    try:
        new_id = inc.split(store, args.incident, args.doc, args.note)
    finally:
        store.close()
    print(f"document {args.doc!r} split from incident {args.incident} into incident {new_id}; "
          "re-ingesting either document keeps them apart")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from ..store import incidents as inc

    store = _open(args)
    try:
        kept = inc.join(store, args.first, args.second, args.note)
    finally:
        store.close()
    print(f"incident {args.second} merged into incident {kept}; re-ingesting their documents keeps them together")
    return 0


# -- printing ---------------------------------------------------------------------------------------
def _jsonable(value: Any) -> Any:
    from dataclasses import asdict, is_dataclass

    return asdict(value) if is_dataclass(value) and not isinstance(value, type) else value


_COLUMNS = (("id", 5), ("date", 10), ("type", 30), ("place", 20), ("fat.", 5), ("claimed by", 22), ("docs", 4),
            ("sources", 40))


def _cut(value: str, width: int) -> str:
    return value.ljust(width) if len(value) <= width else value[: width - 1] + "…"


def print_incidents(rows: Sequence[Any], out: IO[str]) -> None:
    """A table of incidents: headline values, number of documents and their sources; '!' marks disagreements."""
    if not rows:
        print("(no incidents)", file=out)
        return
    print("  ".join(n.ljust(w) for n, w in _COLUMNS), file=out)
    print("  ".join("-" * w for _, w in _COLUMNS), file=out)
    for r in rows:
        disagree = r.summary.get("disagreements") or {}
        fat = "" if r.fatalities is None else str(r.fatalities)
        if "fatalities" in disagree:
            fat += "!"
        kind = (r.sub_event_type or "") + (" (aggregate)" if r.kind == "aggregate" else "")
        cells = (str(r.id), r.date or "", kind, r.location or r.country or "", fat, r.claimed_by or "",
                 str(r.n_documents), ", ".join(r.summary.get("sources") or ()))
        print("  ".join(_cut(c, w) for c, (_, w) in zip(cells, _COLUMNS)), file=out)


def print_incident(row: Any, reports: Sequence[Any], out: IO[str]) -> None:
    """One incident: its headline values, then each report's own values, and the fields sources disagree on."""
    s = row.summary
    print(f"incident {row.id} ({row.kind}): {row.sub_event_type} on {row.date or '?'} at {row.location or '?'}"
          f" — {row.n_reports} report(s) from {row.n_documents} document(s)", file=out)
    print(f"  headline: actor1={s.get('actor1')} actor2={s.get('actor2')} claimed_by={s.get('claimed_by')} "
          f"fatalities={s.get('fatalities')} injuries={s.get('injuries')}", file=out)
    print(f"  rule: {s.get('rule')}", file=out)
    for fld, values in (s.get("disagreements") or {}).items():
        shown = "; ".join(f"{v['value']} ({v['doc_key']}"
                          + (f": \"{v['evidence']['text']}\"" if v.get("evidence") and v["evidence"].get("text") else "")
                          + ")" for v in values)
        print(f"  sources disagree on {fld}: {shown}", file=out)
    for r in reports:
        rep = r.report
        print(f"  - [{r.role}] {r.doc_key} ({rep.get('lang') or '?'}, published {rep.get('published') or '?'}"
              f"{', ' + rep['source'] if rep.get('source') else ''}) score={'' if r.score is None else f'{r.score:.2f}'}",
              file=out)
        print(f"      {rep.get('sub_event_type')} {rep.get('date') or '?'} at {rep.get('location') or '?'}; "
              f"actor1={rep.get('actor1')} actor2={rep.get('actor2')} claimed_by={rep.get('claimed_by')} "
              f"fatalities={rep.get('fatalities')} count={rep.get('count')}", file=out)
