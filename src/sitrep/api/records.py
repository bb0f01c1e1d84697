"""The typed records the REST API returns (plain dataclasses: FastAPI derives the OpenAPI schemas from them)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .evidence import FieldEvidence


@dataclass(frozen=True, slots=True)
class EventSummary:
    """One event in a list: what a table row or a map marker needs."""

    id: int
    date: str | None
    time_precision: int | None
    event_type: str
    sub_event_type: str
    actor1: str | None
    actor2: str | None
    claimed_by: str | None
    location: str | None
    country: str | None
    admin1: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int | None
    injuries: int | None
    count: int | None
    confidence: float
    notes: str | None
    document_id: int
    document: str
    title: str | None
    source: str | None
    url: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class EventPage:
    """A page of events; pass ``next_cursor`` back as ``cursor`` for the next page (``None``: last page)."""

    items: list[EventSummary]
    total: int
    limit: int
    sort: str
    next_cursor: str | None


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """A stored document, without its text."""

    id: int
    key: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None
    lang: str | None
    primary: str | None
    origin: str | None
    ingested_at: str
    events: int


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """A claim of responsibility (or denial, or attribution) found in a document, with its span."""

    id: int
    document_id: int
    document: str
    claimant: str | None
    kind: str | None
    medium: str | None
    claimed: str | None
    start: int | None
    end: int | None
    confidence: float | None
    text: str | None
    record: dict[str, Any]


@dataclass(frozen=True, slots=True)
class StatementRecord:
    """An official's or a group's statement found in a document, with its span."""

    id: int
    document_id: int
    document: str
    speaker: str | None
    role: str | None
    stance: str | None
    quote: str | None
    start: int | None
    end: int | None
    confidence: float | None
    text: str | None
    record: dict[str, Any]


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    """A toponym found in a document, resolved to coordinates where possible."""

    id: int
    document_id: int
    document: str
    text: str
    start: int
    end: int
    name: str | None
    latitude: float | None
    longitude: float | None
    country: str | None
    admin1: str | None
    feature: str | None
    geonameid: int | None
    confidence: float | None


@dataclass(frozen=True, slots=True)
class DocumentDetail:
    """A document with its text and everything extracted from it."""

    document: DocumentInfo
    text: str
    event_ids: list[int]
    claims: list[ClaimRecord]
    statements: list[StatementRecord]
    places: list[PlaceRecord]


@dataclass(frozen=True, slots=True)
class ReviewRecord:
    """An analyst's verdict on an event."""

    id: int
    event_id: int
    status: str
    note: str | None
    author: str
    created_at: str


@dataclass(frozen=True, slots=True)
class ReportRef:
    """Another report of the same incident: the event extracted from another document."""

    event_id: int
    document_id: int
    document: str
    title: str | None
    source: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class EventDetail:
    """One event: its summary, the full stored record, each field with its evidence, and its sources.

    ``sources`` lists the documents that report the event: its own first (offsets in ``fields`` index
    its text), then those of the other reports merged into the same incident (``reports``).
    """

    event: EventSummary
    record: dict[str, Any]
    fields: list[FieldEvidence]
    sources: list[DocumentInfo]
    reviews: list[ReviewRecord]
    incident_id: int | None = None
    reports: list[ReportRef] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Page:
    """A page of documents, claims, statements or places, oldest first; ``next_cursor`` as for events."""

    items: list[Any]
    limit: int
    next_cursor: str | None


@dataclass(frozen=True, slots=True)
class StatBucket:
    """Events (and their known fatalities) under one key: a day, a month, a type, a country, an actor."""

    key: str
    count: int
    fatalities: int
    label: str | None = None


@dataclass(frozen=True, slots=True)
class Stats:
    """Counts of the filtered events by ``group``; ``other`` counts events with no key (e.g. no exact day)."""

    group: str
    total: int
    buckets: list[StatBucket]
    other: int
    truncated: bool


@dataclass(frozen=True, slots=True)
class MapPoint:
    """A placed event for the map: as little as a marker needs."""

    id: int
    lat: float
    lon: float
    event_type: str
    sub_event_type: str
    date: str | None
    location: str | None
    fatalities: int | None
    geo_precision: int | None


@dataclass(frozen=True, slots=True)
class MapPoints:
    """The placed events of a query (at most ``limit``); ``unplaced`` counts those with no coordinates."""

    points: list[MapPoint]
    unplaced: int
    truncated: bool


@dataclass(frozen=True, slots=True)
class Health:
    """The server's state: version, rows per table, and whether writing needs a token."""

    status: str
    version: str
    database: str
    counts: dict[str, int] = field(default_factory=dict)
    writes: str = "token required"
