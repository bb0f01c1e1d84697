"""Read queries of the REST API over the store's tables: filters, keyset pagination, statistics.

Every function takes an open SQLAlchemy connection and returns the typed records of ``records.py``.
Filters mean what they mean for ``sitrep events`` (a month-precision date overlaps each day of its
month; type and actor are substrings, any case; text is full-text search of the documents and notes),
plus a bounding box and a document. Costs are bounded by the callers' limits.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import astuple, dataclass, replace
from typing import Any, Iterator

from sqlalchemy import Connection, Select, and_, func, literal, null, or_, select, text, union_all

from ..store import StoredEvent
from ..store import schema
from ..store.api import reviews_of
from .evidence import event_fields
from .records import (ClaimRecord, DocumentDetail, DocumentInfo, EventDetail, EventPage, EventSummary, MapPoint,
                      MapPoints, Page, PlaceRecord, ReportRef, ReviewRecord, StatBucket, Stats, StatementRecord)

E, D = schema.events, schema.documents


class QueryError(ValueError):
    """A request the API cannot answer as asked (bad cursor, bad bounding box ...); the message says what to do."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters of the event endpoints; ``None`` means no filter. ``bbox`` is (west, south, east, north)."""

    since: str | None = None
    until: str | None = None
    country: tuple[str, ...] | None = None
    event_type: str | None = None
    actor: str | None = None
    text: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    document_id: int | None = None
    min_confidence: float | None = None

    def fingerprint(self) -> str:
        """A short hash of the filters, written into cursors so a cursor is not reused for another query."""
        return hashlib.sha256(repr(astuple(self)).encode()).hexdigest()[:12]


def _when() -> Any:
    return func.coalesce(E.c.event_date, D.c.published, "")


SORTS: dict[str, tuple[Any, bool]] = {
    "-date": (_when(), True), "date": (_when(), False),
    "-confidence": (E.c.confidence, True), "confidence": (E.c.confidence, False),
    "-fatalities": (func.coalesce(E.c.fatalities, -1), True), "fatalities": (func.coalesce(E.c.fatalities, -1), False),
    "-id": (E.c.id, True), "id": (E.c.id, False),
}
"""Sort orders of the event list: a key and whether it is descending; ties are broken by event id."""


def _text_match(conn: Connection, words: str) -> Any:
    like = f"%{words.lower()}%"
    if conn.dialect.name == "sqlite":
        phrase = '"' + words.replace('"', '""') + '"'
        ids = text("SELECT rowid FROM documents_fts WHERE documents_fts MATCH :q").bindparams(q=phrase)
        return or_(D.c.id.in_(ids), func.lower(E.c.notes).like(like))
    if conn.dialect.name == "postgresql":
        vector = func.to_tsvector("simple", func.coalesce(D.c.title, "") + " " + D.c.text)
        return or_(vector.op("@@")(func.plainto_tsquery("simple", words)), func.lower(E.c.notes).like(like))
    return or_(func.lower(D.c.text).like(like), func.lower(E.c.notes).like(like))


def _filtered(conn: Connection, query: Select[Any], q: EventQuery) -> Select[Any]:
    when = func.coalesce(E.c.event_date, D.c.published)
    if q.since:
        query = query.where(when >= func.substr(literal(q.since), 1, func.length(when)))
    if q.until:
        query = query.where(func.substr(when, 1, len(q.until)) <= q.until)
    if q.country:
        query = query.where(func.upper(E.c.country).in_([c.upper() for c in q.country]))
    if q.event_type:
        like = f"%{q.event_type.lower()}%"
        query = query.where(or_(func.lower(E.c.event_type).like(like), func.lower(E.c.sub_event_type).like(like)))
    if q.actor:
        like = f"%{q.actor.lower()}%"
        query = query.where(or_(func.lower(E.c.actor1).like(like), func.lower(E.c.actor2).like(like),
                                func.lower(E.c.claimed_by).like(like)))
    if q.text:
        query = query.where(_text_match(conn, q.text))
    if q.bbox:
        west, south, east, north = q.bbox
        lon = E.c.longitude.between(west, east) if west <= east else or_(E.c.longitude >= west, E.c.longitude <= east)
        query = query.where(E.c.latitude.between(south, north), lon)
    if q.document_id is not None:
        query = query.where(E.c.document_id == q.document_id)
    if q.min_confidence is not None:
        query = query.where(E.c.confidence >= q.min_confidence)
    return query


_SUMMARY_COLUMNS = (E.c.id, _when().label("when"), E.c.event_date, E.c.time_precision, E.c.event_type,
                    E.c.sub_event_type, E.c.actor1, E.c.actor2, E.c.claimed_by, E.c.location, E.c.country, E.c.admin1,
                    E.c.latitude, E.c.longitude, E.c.geo_precision, E.c.fatalities, E.c.injuries, E.c.event_count,
                    E.c.confidence, E.c.notes, E.c.document_id, D.c.doc_key, D.c.title, D.c.source, D.c.url,
                    D.c.published)


def _summary(row: Any) -> EventSummary:
    return EventSummary(
        id=row.id, date=row.event_date, time_precision=row.time_precision, event_type=row.event_type,
        sub_event_type=row.sub_event_type, actor1=row.actor1, actor2=row.actor2, claimed_by=row.claimed_by,
        location=row.location, country=row.country, admin1=row.admin1, latitude=row.latitude, longitude=row.longitude,
        geo_precision=row.geo_precision, fatalities=row.fatalities, injuries=row.injuries, count=row.event_count,
        confidence=row.confidence, notes=row.notes, document_id=row.document_id, document=row.doc_key,
        title=row.title, source=row.source, url=row.url, published=row.published,
    )


def encode_cursor(payload: dict[str, Any]) -> str:
    """An opaque cursor (URL-safe base64 of JSON)."""
    return base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> dict[str, Any]:
    """The payload of a cursor made by :func:`encode_cursor`; ``QueryError`` when it is not one."""
    try:
        payload = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise QueryError("invalid_cursor", "cursor is not one this API made — pass back next_cursor unchanged, "
                         "or leave cursor out to start from the first page") from exc
    if not isinstance(payload, dict):
        raise QueryError("invalid_cursor", "cursor is not one this API made — pass back next_cursor unchanged")
    return payload


def list_events(conn: Connection, q: EventQuery, sort: str = "-date", limit: int = 50,
                cursor: str | None = None) -> EventPage:
    """A page of events matching ``q`` in ``sort`` order, after ``cursor`` (keyset: stable under inserts)."""
    key, desc = SORTS[sort]
    query = _filtered(conn, select(*_SUMMARY_COLUMNS, key.label("sort_key")).join(D, D.c.id == E.c.document_id), q)
    total = int(conn.execute(_filtered(conn, select(func.count()).select_from(E).join(D, D.c.id == E.c.document_id), q))
                .scalar() or 0)
    if cursor:
        payload = decode_cursor(cursor)
        if payload.get("s") != sort or payload.get("f") != q.fingerprint() or not isinstance(payload.get("i"), int):
            raise QueryError("invalid_cursor", "this cursor belongs to another query (other filters or sort) — "
                             "start again without cursor")
        last_key, last_id = payload.get("k"), payload["i"]
        if desc:
            query = query.where(or_(key < last_key, and_(key == last_key, E.c.id < last_id)))
        else:
            query = query.where(or_(key > last_key, and_(key == last_key, E.c.id > last_id)))
    order = (key.desc(), E.c.id.desc()) if desc else (key.asc(), E.c.id.asc())
    rows = conn.execute(query.order_by(*order).limit(limit + 1)).all()
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        next_cursor = encode_cursor({"s": sort, "f": q.fingerprint(), "k": last.sort_key, "i": last.id})
    return EventPage([_summary(r) for r in rows], total, limit, sort, next_cursor)


def iter_stored_events(conn: Connection, q: EventQuery, limit: int) -> Iterator[StoredEvent]:
    """Events matching ``q`` (newest first, at most ``limit``) as the store's records, for the exporters."""
    query = select(E.c.id, E.c.document_id, E.c.data, D.c.doc_key, D.c.title, D.c.url, D.c.source, D.c.published)
    query = _filtered(conn, query.join(D, D.c.id == E.c.document_id), q).order_by(_when().desc(), E.c.id).limit(limit)
    for row in conn.execute(query):
        yield StoredEvent(row.id, row.document_id, row.doc_key, row.title, row.url, row.source, row.published,
                          json.loads(row.data))


def _document_info(conn: Connection, where: Any) -> list[DocumentInfo]:
    n_events = select(func.count()).select_from(E).where(E.c.document_id == D.c.id).scalar_subquery()
    rows = conn.execute(select(D.c.id, D.c.doc_key, D.c.title, D.c.url, D.c.source, D.c.published, D.c.lang,
                               D.c.primary_label, D.c.origin, D.c.ingested_at, n_events.label("n_events"))
                        .where(where).order_by(D.c.id))
    return [DocumentInfo(r.id, r.doc_key, r.title, r.url, r.source, r.published, r.lang, r.primary_label, r.origin,
                         r.ingested_at, int(r.n_events)) for r in rows]


def get_event(conn: Connection, event_id: int) -> EventDetail | None:
    """One event with its full record, each field's evidence in its document's text, sources and reviews."""
    row = conn.execute(select(*_SUMMARY_COLUMNS, E.c.data, D.c.text).join(D, D.c.id == E.c.document_id)
                       .where(E.c.id == event_id)).first()
    if row is None:
        return None
    record = json.loads(row.data)
    reviews = [ReviewRecord(r.id, r.event_id, r.status, r.note, r.author, r.created_at) for r in reviews_of(conn, event_id)]
    incident_id, reports = _incident_reports(conn, event_id)
    others = sorted({r.document_id for r in reports} - {row.document_id})
    sources = _document_info(conn, D.c.id == row.document_id)
    if others:
        sources += _document_info(conn, D.c.id.in_(others))
    return EventDetail(_summary(row), record, event_fields(record, row.text), sources, reviews, incident_id, reports)


def _incident_reports(conn: Connection, event_id: int) -> tuple[int | None, list[ReportRef]]:
    """The incident an event was merged into (cross-document merging), and its other reports."""
    from ..store.incidents import incident_reports as ir

    incident_id = conn.execute(select(ir.c.incident_id).where(ir.c.event_id == event_id, ir.c.role == "report")
                               .limit(1)).scalar()
    if incident_id is None:
        return None, []
    rows = conn.execute(select(E.c.id, E.c.document_id, D.c.doc_key, D.c.title, D.c.source, D.c.published)
                        .join(ir, ir.c.event_id == E.c.id).join(D, D.c.id == E.c.document_id)
                        .where(ir.c.incident_id == incident_id, ir.c.role == "report", E.c.id != event_id)
                        .order_by(E.c.id).limit(200))
    return int(incident_id), [ReportRef(r.id, r.document_id, r.doc_key, r.title, r.source, r.published) for r in rows]


def _after(cursor: str | None, kind: str) -> int:
    if not cursor:
        return 0
    payload = decode_cursor(cursor)
    if payload.get("t") != kind or not isinstance(payload.get("i"), int):
        raise QueryError("invalid_cursor", f"this cursor is not one of the {kind} list — start again without cursor")
    return int(payload["i"])


def _page(items: list[Any], limit: int, kind: str) -> Page:
    more = len(items) > limit
    items = items[:limit]
    return Page(items, limit, encode_cursor({"t": kind, "i": items[-1].id}) if more and items else None)


def list_documents(conn: Connection, limit: int, cursor: str | None = None, key: str | None = None) -> Page:
    """Documents in id order, ``limit`` a page; ``key`` picks one document by its key."""
    where = D.c.id > _after(cursor, "documents")
    if key is not None:
        where = and_(where, D.c.doc_key == key)
    ids = conn.execute(select(D.c.id).where(where).order_by(D.c.id).limit(limit + 1)).scalars().all()
    return _page(_document_info(conn, D.c.id.in_(ids)) if ids else [], limit, "documents")


def _excerpt(doc_text: str | None, start: int | None, end: int | None) -> str | None:
    if doc_text is None or start is None or end is None or not 0 <= start < end <= len(doc_text):
        return None
    return doc_text[start:end]


def _claims(conn: Connection, where: Any, limit: int, texts: dict[int, str] | None = None) -> list[ClaimRecord]:
    c = schema.claims
    rows = conn.execute(select(c, D.c.doc_key).join(D, D.c.id == c.c.document_id).where(where).order_by(c.c.id)
                        .limit(limit))
    texts = texts or {}
    return [ClaimRecord(r.id, r.document_id, r.doc_key, r.claimant, r.kind, r.medium, r.claimed, r.start, r.end,
                        r.confidence, _excerpt(texts.get(r.document_id), r.start, r.end), json.loads(r.data))
            for r in rows]


def _statements(conn: Connection, where: Any, limit: int, texts: dict[int, str] | None = None) -> list[StatementRecord]:
    s = schema.statements
    rows = conn.execute(select(s, D.c.doc_key).join(D, D.c.id == s.c.document_id).where(where).order_by(s.c.id)
                        .limit(limit))
    texts = texts or {}
    return [StatementRecord(r.id, r.document_id, r.doc_key, r.speaker, r.role, r.stance, r.quote, r.start, r.end,
                            r.confidence, _excerpt(texts.get(r.document_id), r.start, r.end), json.loads(r.data))
            for r in rows]


def _places(conn: Connection, where: Any, limit: int) -> list[PlaceRecord]:
    p = schema.places
    rows = conn.execute(select(p, D.c.doc_key).join(D, D.c.id == p.c.document_id).where(where).order_by(p.c.id)
                        .limit(limit))
    return [PlaceRecord(r.id, r.document_id, r.doc_key, r.text, r.start, r.end, r.name, r.latitude, r.longitude,
                        r.country, r.admin1, r.feature, r.geonameid, r.confidence) for r in rows]


def get_document(conn: Connection, document_id: int, max_children: int = 1000) -> DocumentDetail | None:
    """A document with its text, event ids, claims, statements and places (each list at most ``max_children``)."""
    info = _document_info(conn, D.c.id == document_id)
    if not info:
        return None
    doc_text = conn.execute(select(D.c.text).where(D.c.id == document_id)).scalar_one()
    texts = {document_id: doc_text}
    event_ids = conn.execute(select(E.c.id).where(E.c.document_id == document_id).order_by(E.c.seq)
                             .limit(max_children)).scalars().all()
    return DocumentDetail(
        info[0], doc_text, list(event_ids),
        _claims(conn, schema.claims.c.document_id == document_id, max_children, texts),
        _statements(conn, schema.statements.c.document_id == document_id, max_children, texts),
        _places(conn, schema.places.c.document_id == document_id, max_children),
    )


def _texts_of(conn: Connection, document_ids: set[int]) -> dict[int, str]:
    if not document_ids:
        return {}
    return {r.id: r.text for r in conn.execute(select(D.c.id, D.c.text).where(D.c.id.in_(document_ids)))}


def list_claims(conn: Connection, limit: int, cursor: str | None = None, document_id: int | None = None,
                claimant: str | None = None, document_ids: list[int] | None = None) -> Page:
    """Claims in id order; filters: one document, several documents, claimant (substring)."""
    c = schema.claims
    where = c.c.id > _after(cursor, "claims")
    if document_id is not None:
        where = and_(where, c.c.document_id == document_id)
    if document_ids is not None:
        where = and_(where, c.c.document_id.in_(document_ids))
    if claimant:
        where = and_(where, func.lower(c.c.claimant).like(f"%{claimant.lower()}%"))
    items = _claims(conn, where, limit + 1)
    texts = _texts_of(conn, {i.document_id for i in items})
    items = [replace(i, text=_excerpt(texts.get(i.document_id), i.start, i.end)) for i in items]
    return _page(items, limit, "claims")


def list_statements(conn: Connection, limit: int, cursor: str | None = None, document_id: int | None = None,
                    speaker: str | None = None, stance: str | None = None, document_ids: list[int] | None = None) -> Page:
    """Statements in id order; filters: one document, several documents, speaker (substring), stance."""
    s = schema.statements
    where = s.c.id > _after(cursor, "statements")
    if document_id is not None:
        where = and_(where, s.c.document_id == document_id)
    if document_ids is not None:
        where = and_(where, s.c.document_id.in_(document_ids))
    if speaker:
        where = and_(where, func.lower(s.c.speaker).like(f"%{speaker.lower()}%"))
    if stance:
        where = and_(where, s.c.stance == stance)
    items = _statements(conn, where, limit + 1)
    texts = _texts_of(conn, {i.document_id for i in items})
    items = [replace(i, text=_excerpt(texts.get(i.document_id), i.start, i.end)) for i in items]
    return _page(items, limit, "statements")


def list_places(conn: Connection, limit: int, cursor: str | None = None, document_id: int | None = None,
                country: str | None = None) -> Page:
    """Places in id order; filters: one document, a country (ISO 3166 alpha-2)."""
    p = schema.places
    where = p.c.id > _after(cursor, "places")
    if document_id is not None:
        where = and_(where, p.c.document_id == document_id)
    if country:
        where = and_(where, func.upper(p.c.country) == country.upper())
    return _page(_places(conn, where, limit + 1), limit, "places")


STAT_GROUPS = ("day", "month", "type", "event_type", "country", "actor")
"""What ``stats`` counts by: exact day, month, sub-event type, event type, country, actor (actor 1 or 2)."""


def stats(conn: Connection, q: EventQuery, group: str, max_buckets: int) -> Stats:
    """Counts and fatalities of the events matching ``q`` by ``group`` (see ``STAT_GROUPS``)."""
    base = select(E.c.id).join(D, D.c.id == E.c.document_id)
    total = int(conn.execute(select(func.count()).select_from(_filtered(conn, base, q).subquery())).scalar() or 0)
    when = func.coalesce(E.c.event_date, D.c.published)
    fat = func.coalesce(E.c.fatalities, 0)
    label: Any = null()
    if group == "actor":
        parts = [_filtered(conn, select(col.label("k"), fat.label("f")).join(D, D.c.id == E.c.document_id), q)
                 .where(col.is_not(None)) for col in (E.c.actor1, E.c.actor2)]
        sub = union_all(*parts).subquery()
        query = select(sub.c.k, func.count().label("n"), func.sum(sub.c.f).label("f"), null().label("label")) \
            .group_by(sub.c.k).order_by(func.count().desc(), sub.c.k)
        keyed = total  # an event counts once per actor
    else:
        if group == "day":
            key = func.substr(when, 1, 10)
            cond = func.length(when) == 10
        elif group == "month":
            key = func.substr(when, 1, 7)
            cond = func.length(when) >= 7
        elif group == "type":
            key, cond, label = E.c.sub_event_type, literal(True), func.min(E.c.event_type)
        elif group == "event_type":
            key, cond = E.c.event_type, literal(True)
        elif group == "country":
            key, cond = E.c.country, E.c.country.is_not(None)
        else:
            raise QueryError("invalid_parameter", f"group must be one of {', '.join(STAT_GROUPS)}")
        query = _filtered(conn, select(key.label("k"), func.count().label("n"), func.sum(fat).label("f"),
                                       label.label("label")).join(D, D.c.id == E.c.document_id), q).where(cond)
        query = query.group_by(key)
        query = query.order_by(key) if group in ("day", "month") else query.order_by(func.count().desc(), key)
        keyed = None
    rows = conn.execute(query.limit(max_buckets + 1)).all()
    buckets = [StatBucket(str(r.k), int(r.n), int(r.f or 0), r.label) for r in rows[:max_buckets]]
    if keyed is None:
        keyed = int(conn.execute(select(func.count()).select_from(
            _filtered(conn, select(E.c.id).join(D, D.c.id == E.c.document_id), q).where(cond).subquery())).scalar() or 0)
        other = total - keyed
    else:
        other = 0
    return Stats(group, total, buckets, other, len(rows) > max_buckets)


def map_points(conn: Connection, q: EventQuery, limit: int) -> MapPoints:
    """The placed events matching ``q`` (newest first, at most ``limit``) and how many have no coordinates."""
    joined = select(E.c.id, E.c.latitude, E.c.longitude, E.c.event_type, E.c.sub_event_type, _when().label("when"),
                    E.c.location, E.c.fatalities, E.c.geo_precision).join(D, D.c.id == E.c.document_id)
    placed = _filtered(conn, joined, q).where(E.c.latitude.is_not(None), E.c.longitude.is_not(None))
    rows = conn.execute(placed.order_by(_when().desc(), E.c.id).limit(limit + 1)).all()
    unplaced = int(conn.execute(select(func.count()).select_from(
        _filtered(conn, select(E.c.id).join(D, D.c.id == E.c.document_id), q)
        .where(or_(E.c.latitude.is_(None), E.c.longitude.is_(None))).subquery())).scalar() or 0)
    points = [MapPoint(r.id, r.latitude, r.longitude, r.event_type, r.sub_event_type, r.when or None, r.location,
                       r.fatalities, r.geo_precision) for r in rows[:limit]]
    return MapPoints(points, unplaced, len(rows) > limit)
