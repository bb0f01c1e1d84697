"""The situation report: one self-contained HTML file (map, charts, events with sources, claims, statements).

It has no script and loads nothing: the map and charts are inline SVG, the styles inline, so it opens
offline in any browser and prints as it shows. Every value from the database is escaped. ``html_to_pdf``
prints it to PDF with headless Chromium.
"""
from __future__ import annotations

import html
import math
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Sequence

from . import __version__
from .config import default_cache_dir
from .errors import SitrepError
from .isodates import days_between
from .store import Store

TYPE_COLORS = {
    "Battles": "#c0392b", "Explosions/Remote violence": "#e67e22", "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9", "Riots": "#16a085", "Strategic developments": "#7f8c8d",
}
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync")
"""Flags for a headless Chromium that makes no connection of its own."""


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """What the report covers, and how much of it is listed."""

    since: str
    until: str | None = None
    countries: tuple[str, ...] | None = None
    title: str | None = None
    max_events: int = 500
    max_claims: int = 30
    max_statements: int = 30
    cache_dir: Path | None = None  # where the basemap is cached (default: the sitrep cache)


@dataclass(frozen=True, slots=True)
class ReportSummary:
    """What went into a report."""

    events: int
    shown: int
    documents: int
    claims: int
    statements: int


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _safe_url(url: str | None) -> str | None:
    return url if url and url.lower().startswith(("http://", "https://")) else None


def build_report(store: Store, options: ReportOptions, now: datetime | None = None) -> tuple[str, ReportSummary]:
    """The report's HTML and a summary of what it holds."""
    from .api.queries import EventQuery, list_claims, list_events, list_statements, stats

    q = EventQuery(since=options.since, until=options.until, country=options.countries)
    with store.engine.connect() as conn:
        page = list_events(conn, q, "date", options.max_events)
        events = page.items
        doc_ids = sorted({e.document_id for e in events})
        claims = list_claims(conn, options.max_claims, document_ids=doc_ids).items if doc_ids else []
        statements = list_statements(conn, options.max_statements, document_ids=doc_ids).items if doc_ids else []
        by_type = stats(conn, q, "type", 40)
        by_day = stats(conn, q, "day", 2000)
        unit = "day"
        if by_day.buckets and (days_between(by_day.buckets[0].key, by_day.buckets[-1].key) or 0) > 120:
            by_day, unit = stats(conn, q, "month", 600), "month"
    title = options.title or _default_title(options)
    generated = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%d %H:%M UTC")
    fatalities = sum(e.fatalities or 0 for e in events)
    summary = ReportSummary(page.total, len(events), len(doc_ids), len(claims), len(statements))
    parts = [
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">{_e(_period(options))} · generated {_e(generated)} by sitrep {_e(__version__)} · '
        f"{page.total} event(s) from {len(doc_ids)} source document(s) · {fatalities} reported fatalities</p>",
        '<section class="summary"><h2>Overview</h2><div class="grid">',
        f'<figure><figcaption>Where (numbers refer to the events table)</figcaption>{_map_svg(events, options)}</figure>',
        '<div>',
        f"<figure><figcaption>Events per {unit}</figcaption>{_bar_chart(by_day.buckets, unit)}"
        + (f'<p class="note">{by_day.other} event(s) undated or dated less precisely than a {unit} are not in this '
           "chart.</p>" if by_day.other else "")
        + "</figure>",
        f"<figure><figcaption>Events by type</figcaption>{_type_chart(by_type.buckets)}</figure>",
        "</div></div></section>",
        _events_table(events, page.total),
        _claims_section(claims),
        _statements_section(statements),
        '<footer><p>Each event is coded from the words of its source; open <code>sitrep serve</code> to see every field '
        "next to its evidence. Countries: Natural Earth (public domain).</p></footer>",
    ]
    return _page(title, "\n".join(parts)), summary


def write_report(store: Store, options: ReportOptions, path: Path) -> ReportSummary:
    """Write the report to ``path`` (HTML) and return its summary."""
    text, summary = build_report(store, options)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise SitrepError(f"{path}: cannot write the report ({exc.strerror}) — choose another -o path") from exc
    return summary


def find_chromium() -> str:
    """The Chromium executable: ``$SITREP_CHROMIUM``, else chromium / chromium-browser / google-chrome on PATH."""
    env = os.environ.get("SITREP_CHROMIUM")
    if env:
        return env
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    raise SitrepError("no Chromium found for --pdf — install it (Debian/Ubuntu: `apt-get install chromium`) or set "
                      "$SITREP_CHROMIUM to its path; the HTML report is written and prints from any browser")


def html_to_pdf(html_path: Path, pdf_path: Path, chromium: str | None = None, timeout: float = 120) -> None:
    """Print an HTML file to PDF with headless Chromium (no network: the report loads nothing)."""
    exe = chromium or find_chromium()
    with tempfile.TemporaryDirectory(prefix="sitrep-chromium-") as profile:
        cmd = [exe, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--no-pdf-header-footer",
               f"--print-to-pdf={pdf_path.resolve()}", html_path.resolve().as_uri()]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            raise SitrepError(f"Chromium did not finish printing {html_path} in {timeout:.0f} s — try again, or print "
                              "the HTML from a browser") from exc
        except OSError as exc:
            raise SitrepError(f"cannot run {exe} ({exc.strerror}) — check $SITREP_CHROMIUM or install chromium") from exc
    if not pdf_path.exists() or pdf_path.read_bytes()[:4] != b"%PDF":
        tail = (done.stderr or "").strip().splitlines()[-3:]
        raise SitrepError(f"Chromium wrote no PDF for {html_path} (exit {done.returncode}: {' | '.join(tail)}) — "
                          "print the HTML from a browser instead")


# -- pieces -----------------------------------------------------------------------------------------
def _period(options: ReportOptions) -> str:
    where = ", ".join(options.countries) if options.countries else "all countries"
    return f"{options.since} to {options.until or 'now'} · {where}"


def _default_title(options: ReportOptions) -> str:
    where = ", ".join(options.countries) if options.countries else "all countries"
    return f"Situation report — {where}, {options.since} to {options.until or 'now'}"


def _map_svg(events: Sequence[Any], options: ReportOptions, width: int = 640) -> str:
    placed = [(i, e) for i, e in enumerate(events, 1) if e.latitude is not None and e.longitude is not None]
    if not placed:
        return '<p class="note">No event of this period has coordinates.</p>'
    lats = [e.latitude for _, e in placed]
    lons = [e.longitude for _, e in placed]
    span = max(8.0, (max(lats) - min(lats)) * 1.4, (max(lons) - min(lons)) * 1.4)
    clat, clon = (max(lats) + min(lats)) / 2, (max(lons) + min(lons)) / 2
    kx = math.cos(math.radians(max(-70.0, min(70.0, clat))))
    west, east = clon - span / 2 / kx, clon + span / 2 / kx
    south, north = max(-85.0, clat - span / 2), min(85.0, clat + span / 2)
    height = int(width * (north - south) / ((east - west) * kx))

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (lon - west) / (east - west) * width, (north - lat) / (north - south) * height

    shapes, note = [], ""
    try:
        from .web.basemap import Basemap, BasemapError

        countries = Basemap(options.cache_dir or default_cache_dir()).geojson()["features"]
    except (BasemapError, OSError, ValueError) as exc:
        countries, note = [], f'<p class="note">Country outlines unavailable: {_e(exc)}</p>'
    for feature in countries:
        geom = feature["geometry"]
        polygons = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        for polygon in polygons:
            ring = polygon[0]
            xs = [p[0] for p in ring]
            ys = [p[1] for p in ring]
            if max(xs) < west or min(xs) > east or max(ys) < south or min(ys) > north:
                continue
            d = " ".join(filter(None, (_ring_path([xy(p[0], p[1]) for p in r]) for r in polygon)))
            if d:
                shapes.append(f'<path d="{d}"/>')
    dots = []
    for i, e in sorted(placed, key=lambda p: -(p[1].fatalities or 0)):
        x, y = xy(e.longitude, e.latitude)
        r = 4 + min(10.0, math.sqrt(e.fatalities or 0) * 1.2)
        color = TYPE_COLORS.get(e.event_type, "#555")
        dots.append(f'<g><circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{color}"><title>{_e(i)}. '
                    f'{_e(e.sub_event_type)} — {_e(e.location)} ({_e(e.date)})</title></circle>'
                    f'<text x="{x + r + 1:.1f}" y="{y + 3:.1f}">{i}</text></g>')
    return (f'<svg class="map" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg" role="img" '
            f'aria-label="map of the events"><rect width="{width}" height="{height}" class="sea"/>'
            f'<g class="land">{"".join(shapes)}</g><g class="dots">{"".join(dots)}</g></svg>{note}')


def _ring_path(points: list[tuple[float, float]], tolerance: float = 0.8) -> str:
    """An SVG path of a ring, leaving out points closer than ``tolerance`` pixels and rings under 2 pixels."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    if max(xs) - min(xs) < 2 and max(ys) - min(ys) < 2:
        return ""
    kept = [points[0]]
    for x, y in points[1:]:
        if abs(x - kept[-1][0]) + abs(y - kept[-1][1]) >= tolerance:
            kept.append((x, y))
    return "M" + " L".join(f"{x:.1f} {y:.1f}" for x, y in kept) + "Z"


def _bar_chart(buckets: Sequence[Any], unit: str, width: int = 520, height: int = 140) -> str:
    if not buckets:
        return '<p class="note">No dated event.</p>'
    keys = _period_keys(buckets[0].key, buckets[-1].key, unit)
    counts = {b.key: b.count for b in buckets}
    top = max(counts.values())
    step = width / max(1, len(keys))
    bars = []
    for i, key in enumerate(keys):
        n = counts.get(key)
        if not n:
            continue
        h = max(2.0, (height - 30) * n / top)
        bars.append(f'<rect x="{i * step + step * 0.1:.1f}" y="{height - 18 - h:.1f}" width="{max(1.0, step * 0.8):.1f}" '
                    f'height="{h:.1f}"><title>{_e(key)}: {n}</title></rect>')
    return (f'<svg class="chart" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg" role="img">'
            f'{"".join(bars)}<text x="0" y="{height - 4}">{_e(keys[0])}</text>'
            f'<text x="{width}" y="{height - 4}" text-anchor="end">{_e(keys[-1])}</text>'
            f'<text x="0" y="10">max {top}</text></svg>')


def _period_keys(first: str, last: str, unit: str) -> list[str]:
    try:
        start = date.fromisoformat(first + ("-01" if unit == "month" else ""))
        end = date.fromisoformat(last + ("-01" if unit == "month" else ""))
    except ValueError:
        return [first, last]
    keys, d = [], start
    while d <= end and len(keys) < 4000:
        keys.append(d.isoformat()[: 7 if unit == "month" else 10])
        d = date(d.year + (d.month == 12), d.month % 12 + 1, 1) if unit == "month" else date.fromordinal(d.toordinal() + 1)
    return keys


def _type_chart(buckets: Sequence[Any], width: int = 520) -> str:
    if not buckets:
        return '<p class="note">No event.</p>'
    top = max(b.count for b in buckets)
    rows = []
    for i, b in enumerate(buckets[:15]):
        w = max(2.0, 250 * b.count / top)
        color = TYPE_COLORS.get(b.label or "", "#555")
        label = b.key if len(b.key) <= 34 else b.key[:33] + "…"
        rows.append(f'<text x="0" y="{i * 18 + 13}"><title>{_e(b.key)}</title>{_e(label)}</text>'
                    f'<rect x="200" y="{i * 18 + 3}" width="{w:.1f}" height="12" fill="{color}"/>'
                    f'<text x="{206 + w:.1f}" y="{i * 18 + 13}">{b.count}</text>')
    height = min(15, len(buckets)) * 18 + 4
    return (f'<svg class="chart" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg" role="img">'
            f'{"".join(rows)}</svg>')


def _source_cell(e: Any) -> str:
    url = _safe_url(e.url)
    name = _e(e.title or e.document)
    link = f'<a href="{_e(url)}" rel="noopener noreferrer">{name}</a>' if url else name
    return f"{link}<br><span class=\"muted\">{_e(' · '.join(v for v in (e.source, e.published) if v))}</span>"


def _events_table(events: Sequence[Any], total: int) -> str:
    if not events:
        return '<section><h2>Events</h2><p>No event in this period.</p></section>'
    rows = []
    for i, e in enumerate(events, 1):
        actors = " vs ".join(_e(a) for a in (e.actor1, e.actor2) if a) or '<span class="muted">unknown</span>'
        place = _e(e.location or "unknown") + (f" ({_e(e.country)})" if e.country else "")
        fat = "" if e.fatalities is None else _e(e.fatalities)
        rows.append(
            f"<tr><td>{i}</td><td>{_e(e.date or e.published or '')}</td>"
            f'<td><span class="dot" style="background:{TYPE_COLORS.get(e.event_type, "#555")}"></span>{_e(e.sub_event_type)}'
            f'<br><span class="muted">{_e(e.event_type)}</span></td><td>{place}</td><td>{actors}</td><td>{fat}</td>'
            f"<td>{_e(e.claimed_by or '')}</td><td>{_source_cell(e)}</td>"
            f'<td class="notes">{_e(e.notes or "")}</td></tr>')
    more = f'<p class="note">Showing {len(events)} of {total} events (the earliest first).</p>' if total > len(events) else ""
    return ('<section><h2>Events</h2>' + more + '<table class="events"><thead><tr><th>#</th><th>Date</th><th>Type</th>'
            "<th>Location</th><th>Actors</th><th>Fatalities</th><th>Claimed by</th><th>Source</th><th>Notes</th></tr>"
            f'</thead><tbody>{"".join(rows)}</tbody></table></section>')


def _claims_section(claims: Sequence[Any]) -> str:
    if not claims:
        return "<section><h2>Key claims</h2><p class=\"note\">No claim of responsibility in these sources.</p></section>"
    ranked = sorted(claims, key=lambda c: -(c.confidence or 0))
    items = "".join(
        f"<li><strong>{_e(c.claimant or 'unknown claimant')}</strong> ({_e(c.kind or 'claim')}"
        f"{', via ' + _e(c.medium) if c.medium else ''}){': ' + _e(c.claimed) if c.claimed else ''}"
        + (f"<blockquote>{_e(c.text)}</blockquote>" if c.text else "")
        + f'<span class="muted">{_e(c.document)}</span></li>' for c in ranked)
    return f"<section><h2>Key claims</h2><ul class=\"quotes\">{items}</ul></section>"


def _statements_section(statements: Sequence[Any]) -> str:
    if not statements:
        return "<section><h2>Statements</h2><p class=\"note\">No statement in these sources.</p></section>"
    ranked = sorted(statements, key=lambda s: -(s.confidence or 0))
    items = "".join(
        f"<li><strong>{_e(s.speaker or 'unknown speaker')}</strong>{' (' + _e(s.role) + ')' if s.role else ''}"
        f"{' — ' + _e(s.stance) if s.stance else ''}"
        + (f"<blockquote>{_e(s.quote or s.text)}</blockquote>" if (s.quote or s.text) else "")
        + f'<span class="muted">{_e(s.document)}</span></li>' for s in ranked)
    return f"<section><h2>Statements</h2><ul class=\"quotes\">{items}</ul></section>"


_STYLE = """
body{font:13px/1.45 system-ui,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",sans-serif;color:#1d2430;margin:1.5rem auto;max-width:1100px;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .3rem}h2{font-size:1.1rem;border-bottom:2px solid #1d2430;padding-bottom:.2rem;margin-top:1.6rem}
.meta,.muted,.note{color:#5c6675}.note{font-size:.85rem}
.grid{display:grid;grid-template-columns:minmax(0,11fr) minmax(0,10fr);gap:1rem;align-items:start}
figure{margin:0 0 .8rem}figcaption{font-weight:600;margin-bottom:.3rem}
svg.map{width:100%;height:auto;border:1px solid #c8ccd2}svg.map .sea{fill:#cfe0ec}
svg.map .land path{fill:#f3efe4;stroke:#a9a191;stroke-width:.6}
svg.map circle{stroke:#fff;stroke-width:1;fill-opacity:.85}svg.map text{font-size:10px;fill:#1d2430}
svg.chart{width:100%;height:auto}svg.chart rect{fill:#9b2c2c}svg.chart text{font-size:10px;fill:#33404f}
table.events{border-collapse:collapse;width:100%;font-size:12px}
table.events th,table.events td{border-bottom:1px solid #d8dde4;text-align:left;vertical-align:top;padding:.3rem .35rem}
table.events th{background:#eef1f5}table.events td{overflow-wrap:anywhere}table.events tr{page-break-inside:avoid}td.notes{max-width:22rem}
.dot{display:inline-block;width:.6rem;height:.6rem;border-radius:50%;margin-right:.3rem}
ul.quotes{padding-left:1.1rem}ul.quotes li{margin:.5rem 0;page-break-inside:avoid}
blockquote{margin:.2rem 0 .2rem .5rem;padding-left:.6rem;border-left:3px solid #c8ccd2;unicode-bidi:plaintext}
footer{margin-top:2rem;color:#5c6675;font-size:.8rem}
@media print{body{margin:0;max-width:none}a{color:inherit}}
@page{size:A4;margin:12mm}
"""


def _page(title: str, body: str) -> str:
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="sitrep {_e(__version__)}">
<title>{_e(title)}</title>
<style>{_STYLE}</style>
</head>
<body>
{body}
</body>
</html>
"""
