"""Conversion of extractions to pandas DataFrames (pandas is optional)."""
from __future__ import annotations

from typing import Any, Iterable

from .model import Extraction


def event_rows(results: Iterable[Extraction]) -> list[dict[str, Any]]:
    """One flat dict per event: document id, the coded fields, names and spans of its arguments."""
    rows = []
    for result in results:
        for ev in result.events:
            loc = ev.location
            rows.append({
                "document": result.id, "lang": result.lang, "event_type": ev.event_type,
                "sub_event_type": ev.sub_event_type, "date": ev.date, "time_precision": ev.time_precision,
                "actor1": ev.actor1.name if ev.actor1 else None, "actor2": ev.actor2.name if ev.actor2 else None,
                "target": ev.target.text if ev.target else None, "location": loc.name if loc else None,
                "latitude": loc.lat if loc else None, "longitude": loc.lon if loc else None,
                "country": loc.country if loc else None, "geo_precision": loc.geo_precision if loc else None,
                "weapons": ", ".join(w.name for w in ev.weapons) or None, "fatalities": ev.fatalities,
                "injuries": ev.injuries, "count": ev.count,
                "claimed_by": ev.claimed_by.name if ev.claimed_by else None, "confidence": ev.confidence,
                "trigger": ev.trigger.text, "trigger_start": ev.trigger.start, "trigger_end": ev.trigger.end,
                "notes": ev.notes,
            })
    return rows


def to_frame(results: Iterable[Extraction]) -> Any:
    """A pandas DataFrame with one row per event (requires pandas: ``pip install 'sitrep[pandas]'``)."""
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError("to_frame needs pandas: pip install pandas") from exc
    return pd.DataFrame(event_rows(results))
