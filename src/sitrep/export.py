"""Exports of stored events: ACLED-column CSV, GeoJSON, JSON Lines.

The CSV keeps ACLED's column names and order so existing ACLED workflows read it unchanged; our
own columns (injuries, claimed_by, confidence, evidence, document) follow them.
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from typing import IO, Any, Iterable, Iterator

from .store import StoredEvent

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
SITREP_COLUMNS = ("injuries", "event_count", "claimed_by", "confidence", "evidence", "document_id", "url",
                  "incident_id", "source_count", "sources")

_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
# ACLED's interaction codes (inter1/inter2) by actor kind.
_INTER = {
    "state_military": 1, "police": 1, "government": 1, "rebel": 2, "islamist": 2, "political": 3, "militia": 4,
    "ethnic": 4, "rioters": 5, "protesters": 6, "civilians": 7, "external": 8, "other": 8, "unidentified": 3,
}


def acled_row(stored: StoredEvent) -> dict[str, Any]:
    """One ACLED-column row (plus sitrep columns) for a stored event."""
    from .resolve.countries import country_name

    ev = stored.event
    loc = ev.get("location") or {}
    date = ev.get("date") or stored.published
    iso2 = loc.get("country")
    iso3, numeric = _iso_codes(iso2)
    a1, a2 = ev.get("actor1") or {}, ev.get("actor2") or {}
    inter1, inter2 = _INTER.get(a1.get("kind") or "", 0) if a1 else 0, _INTER.get(a2.get("kind") or "", 0) if a2 else 0
    evidence = [{"field": f, "start": v["start"], "end": v["end"], "text": v.get("text")}
                for f, v in ((f, ev.get(f)) for f in ("trigger", "actor1", "actor2", "target", "location", "casualties_text"))
                if isinstance(v, dict) and v.get("start") is not None]
    return {
        "event_id_cnty": f"{iso3 or 'XXX'}{stored.id}",
        "event_date": _full_date(date),
        "year": (date or "")[:4] or None,
        "time_precision": ev.get("time_precision"),
        "disorder_type": _DISORDER.get(ev.get("event_type") or ""),
        "event_type": ev.get("event_type"),
        "sub_event_type": ev.get("sub_event_type"),
        "actor1": a1.get("name"),
        "assoc_actor_1": _assoc(ev.get("assoc_actor1")),
        "inter1": inter1 or None,
        "actor2": a2.get("name"),
        "assoc_actor_2": _assoc(ev.get("assoc_actor2")),
        "inter2": inter2 or None,
        "interaction": int(f"{min(inter1, inter2)}{max(inter1, inter2)}") if inter1 and inter2 else (inter1 * 10 if inter1 else None),
        "civilian_targeting": "Civilian targeting" if a2.get("kind") == "civilians" else None,
        "iso": numeric,
        "region": None,
        "country": country_name(iso2) if iso2 else None,
        "admin1": loc.get("admin1"),
        "admin2": None,
        "admin3": None,
        "location": loc.get("name"),
        "latitude": loc.get("lat"),
        "longitude": loc.get("lon"),
        "geo_precision": loc.get("geo_precision"),
        "source": stored.source or stored.url or stored.doc_key,
        "source_scale": None,
        "notes": ev.get("notes"),
        "fatalities": ev.get("fatalities") if ev.get("fatalities") is not None else 0,
        "tags": "; ".join(t for t in (f"injuries={ev['injuries']}" if ev.get("injuries") is not None else "",
                                      f"claimed by {ev['claimed_by']['name']}" if (ev.get("claimed_by") or {}).get("name") else "") if t) or None,
        "timestamp": None,
        "injuries": ev.get("injuries"),
        "event_count": ev.get("count"),
        "claimed_by": (ev.get("claimed_by") or {}).get("name"),
        "confidence": ev.get("confidence"),
        "evidence": json.dumps(evidence, ensure_ascii=False),
        "document_id": stored.doc_key,
        "url": stored.url,
        "incident_id": (ev.get("_incident") or {}).get("id"),
        "source_count": (ev.get("_incident") or {}).get("source_count"),
        "sources": "; ".join((ev.get("_incident") or {}).get("sources") or []) or None,
    }


@dataclass(frozen=True, slots=True)
class IncidentView:
    """How stored events group into incidents (cross-document merging), for the merged export view."""

    incident_of: dict[int, int]  # event id -> incident id
    headlines: dict[int, Any]  # incident id -> IncidentRow (headline fatalities, counts)


def merged(events: Iterable[StoredEvent], view: IncidentView) -> list[StoredEvent]:
    """One event per incident: its most confident report, carrying the incident's headline values and
    every source; events in no incident stay as they are. Order follows the input's first reports."""
    groups: dict[Any, list[StoredEvent]] = {}
    for stored in events:
        groups.setdefault(view.incident_of.get(stored.id, ("event", stored.id)), []).append(stored)
    out = []
    for incident_id, reports in groups.items():
        best = max(reports, key=lambda s: s.event.get("confidence") or 0.0)
        head = view.headlines.get(incident_id) if isinstance(incident_id, int) else None
        event = dict(best.event)
        sources = sorted({r.url or r.source or r.doc_key for r in reports})
        event["_incident"] = {"id": incident_id if head else None, "sources": sources,
                              "source_count": head.n_documents if head else len({r.doc_key for r in reports})}
        if head is not None and head.fatalities is not None:
            event["fatalities"] = head.fatalities
        out.append(StoredEvent(best.id, best.document_id, best.doc_key, best.title, best.url, best.source, best.published, event))
    return out


def per_report(events: Iterable[StoredEvent], view: IncidentView) -> Iterator[StoredEvent]:
    """Every report as stored, tagged with the incident it belongs to (the per-report export view)."""
    for stored in events:
        incident_id = view.incident_of.get(stored.id)
        head = view.headlines.get(incident_id) if incident_id is not None else None
        event = {**stored.event, "_incident": {"id": incident_id, "sources": None,
                                               "source_count": head.n_documents if head else None}}
        yield StoredEvent(stored.id, stored.document_id, stored.doc_key, stored.title, stored.url, stored.source,
                          stored.published, event)


def write_csv(events: Iterable[StoredEvent], out: IO[str]) -> int:
    """ACLED-column CSV; returns the number of rows written."""
    writer = csv.DictWriter(out, fieldnames=[*ACLED_COLUMNS, *SITREP_COLUMNS])
    writer.writeheader()
    n = 0
    for stored in events:
        writer.writerow(acled_row(stored))
        n += 1
    return n


def write_geojson(events: Iterable[StoredEvent], out: IO[str]) -> int:
    """A GeoJSON FeatureCollection of the events that have coordinates (others are counted, not placed)."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for stored in events:
        row = acled_row(stored)
        if row["latitude"] is None or row["longitude"] is None:
            continue
        feature = {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
            "properties": {k: v for k, v in row.items() if k not in ("latitude", "longitude")},
        }
        out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


def write_jsonl(events: Iterable[StoredEvent], out: IO[str]) -> int:
    """One JSON object per event: the full event record with its document's id, title, source and URL."""
    n = 0
    for stored in events:
        event = dict(stored.event)
        incident = event.pop("_incident", None)
        record = {"event_id": stored.id, "document": stored.doc_key, "title": stored.title, "source": stored.source,
                  "url": stored.url, "published": stored.published, **event}
        if incident is not None:
            record["incident"] = incident
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


WRITERS = {"csv": write_csv, "geojson": write_geojson, "jsonl": write_jsonl}


def _assoc(actors: Any) -> str | None:
    """ACLED's associated-actor cell: the names, separated by "; "."""
    names = [a.get("name") for a in actors or () if isinstance(a, dict) and a.get("name")]
    return "; ".join(names) or None


def _iso_codes(iso2: str | None) -> tuple[str | None, int | None]:
    if not iso2:
        return None, None
    import pycountry

    country = pycountry.countries.get(alpha_2=iso2.upper())
    if country is None:
        return None, None
    return country.alpha_3, int(country.numeric)


def _full_date(date: str | None) -> str | None:
    """ACLED's event_date is a day: a month-precision date is written as the month's first day
    (``time_precision`` 3 says it stands for the whole month)."""
    if not date:
        return None
    if len(date) == 7:
        return f"{date}-01"
    if len(date) == 4:
        return f"{date}-01-01"
    return date
