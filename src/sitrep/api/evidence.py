"""Each field of an event next to the words that support it (used by the API, the web UI and the report).

Reads the stored event record (the output contract's JSON, spans included) and lists, field by field,
the value shown to the analyst and the spans of the source text behind it. No web framework here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class SpanRef:
    """A range of the document text (Python ``str`` indices, i.e. code points) and the words there."""

    start: int
    end: int
    text: str | None = None


@dataclass(frozen=True, slots=True)
class FieldEvidence:
    """One field of an event: a label, the value as shown, and its supporting spans (maybe none)."""

    field: str
    label: str
    value: str | None
    spans: list[SpanRef] = field(default_factory=list)


_PRECISION = {1: "day", 2: "week", 3: "month"}
_GEO_PRECISION = {1: "town or site", 2: "district or near a town", 3: "province or country"}


def _span(value: Any, text: str | None) -> list[SpanRef]:
    if not isinstance(value, dict):
        return []
    start, end = value.get("start"), value.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or end <= start:
        return []
    if text is not None and not (0 <= start < end <= len(text)):
        return []  # a span outside the text is not evidence: drop it rather than highlight garbage
    words = text[start:end] if text is not None else value.get("text")
    return [SpanRef(start, end, words)]


def _number(value: Any) -> str | None:
    return None if value is None else str(value)


def event_fields(event: dict[str, Any], text: str | None = None) -> list[FieldEvidence]:
    """The fields of ``event`` (a stored event record) with their evidence in ``text`` when given.

    Unknown values stay ``None``; fields with neither a value nor evidence are left out, except the
    type, date, actors, location and fatalities, which an analyst always wants to see.
    """
    ev = event
    out: list[FieldEvidence] = []

    def add(name: str, label: str, value: str | None, spans: list[SpanRef], always: bool = False) -> None:
        if always or value is not None or spans:
            out.append(FieldEvidence(name, label, value, spans))

    kind = " / ".join(v for v in (ev.get("event_type"), ev.get("sub_event_type")) if v) or None
    add("event_type", "Event type", kind, _span(ev.get("trigger"), text), always=True)
    date = ev.get("date")
    if date and ev.get("time_precision") in _PRECISION:
        date = f"{date} (precision: {_PRECISION[ev['time_precision']]})"
    add("date", "Date", date, _span(ev.get("date_text"), text), always=True)
    for name, label in (("actor1", "Actor 1"), ("actor2", "Actor 2"), ("claimed_by", "Claimed by")):
        actor = ev.get(name) or {}
        add(name, label, actor.get("name") or actor.get("text"), _span(actor, text), always=name != "claimed_by")
    target = ev.get("target") or {}
    add("target", "Target", target.get("text"), _span(target, text))
    loc = ev.get("location") or {}
    where = loc.get("name")
    if where:
        extra = [v for v in (loc.get("admin1"), loc.get("country")) if v]
        if extra:
            where += f" ({', '.join(extra)})"
        if loc.get("lat") is not None and loc.get("lon") is not None:
            where += f" — {loc['lat']:.4f}, {loc['lon']:.4f}"
        if loc.get("geo_precision") in _GEO_PRECISION:
            where += f"; precision: {_GEO_PRECISION[loc['geo_precision']]}"
    add("location", "Location", where, _span(loc, text), always=True)
    weapons = [w for w in ev.get("weapons") or [] if isinstance(w, dict)]
    add("weapons", "Weapons", ", ".join(str(w.get("name") or w.get("text")) for w in weapons) or None,
        [s for w in weapons for s in _span(w, text)])
    add("fatalities", "Fatalities", _number(ev.get("fatalities")), _span(ev.get("fatalities_text"), text), always=True)
    add("injuries", "Injuries", _number(ev.get("injuries")), _span(ev.get("injuries_text"), text))
    casualties = ev.get("casualties_text") or {}
    add("casualties_text", "Casualties (as written)", casualties.get("text"), _span(casualties, text))
    add("count", "Number of events", _number(ev.get("count")), _span(ev.get("count_text"), text))
    spans = [s for span in ev.get("evidence") or [] for s in _span(span, text)]
    add("evidence", "Evidence", None, spans)
    if ev.get("modality") and ev.get("modality") != "asserted":
        add("modality", "Modality", str(ev["modality"]), [])
    add("confidence", "Confidence", None if ev.get("confidence") is None else f"{float(ev['confidence']):.2f}", [])
    add("notes", "Notes", ev.get("notes"), [])
    return out
