"""The store: one write path for documents and their extractions, on SQLite or PostgreSQL.

Writes are transactional per document: a crash never leaves half a document's extraction, and a
re-run adds nothing already stored (documents are keyed by id and content hash).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Sequence

from sqlalchemy import Connection, create_engine, delete, event, func, literal, or_, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from ..errors import StoreError
from ..model import Document, Event, Extraction, to_jsonable
from . import schema
from .migrations import migrate

EXTRACTOR_VERSION = "0.1.0"
_EVIDENCE_FIELDS = ("trigger", "actor1", "actor2", "target", "location", "date_text", "fatalities_text",
                    "injuries_text", "casualties_text", "count_text", "claimed_by")


class SaveHook:
    """Work a feature does in the transaction that saves a document (e.g. merging its events into incidents).

    ``before_replace`` runs before an older version of the document is deleted (to detach rows that
    point at it); ``after_save`` runs once the new rows are written.
    """

    def before_replace(self, conn: Connection, document_id: int) -> None:
        """Called with the id of the stored version about to be replaced."""

    def after_save(self, conn: Connection, document_id: int, doc: Document, extraction: Extraction) -> None:
        """Called with the id of the document just written."""


@dataclass(frozen=True, slots=True)
class DocStatus:
    """What storing a document would do: ``new``, ``changed`` (replaces), ``unchanged`` or ``duplicate``."""

    kind: str
    document_id: int | None = None
    other_key: str | None = None


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters of ``sitrep events`` and the exports; ``None`` means no filter."""

    since: str | None = None
    until: str | None = None
    country: str | None = None
    event_type: str | None = None
    actor: str | None = None
    text: str | None = None
    documents: tuple[str, ...] | None = None  # document keys
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event as stored, with the document it came from."""

    id: int
    document_id: int
    doc_key: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None
    event: dict[str, Any]  # the event record as JSON (output contract), spans included


def database_url(db: str | Path) -> str:
    """A SQLAlchemy URL from ``--db``: a URL as is, a path as a SQLite file."""
    value = str(db)
    return value if "://" in value else f"sqlite:///{Path(value).expanduser()}"


def content_hash(doc: Document) -> str:
    """Hash of what the extraction depends on (text, publication date, language, title)."""
    payload = json.dumps([doc.text, doc.published, doc.lang, doc.title], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class Store:
    """A database of documents and what was extracted from them."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, db: str | Path) -> "Store":
        """Open (creating and migrating as needed) the database at a path or URL."""
        url = database_url(db)
        if url.startswith("sqlite:///"):
            path = Path(url[len("sqlite:///"):])
            if path.exists() and path.is_dir():
                raise StoreError(f"{path}: is a folder — give --db a file path such as {path / 'sitrep.db'}")
            if not path.parent.exists():
                raise StoreError(f"{path}: folder {path.parent} does not exist — create it or choose another --db path")
        try:
            engine = create_engine(url)
        except (SQLAlchemyError, ImportError) as exc:
            raise StoreError(f"{db}: cannot open database ({exc}) — check the --db URL (and install psycopg for PostgreSQL)") from exc
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        try:
            migrate(engine)
        except OperationalError as exc:
            raise StoreError(f"{db}: cannot use database ({exc.orig}) — check the path or URL and that it is a sitrep database") from exc
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    # -- writing ---------------------------------------------------------------------------------
    def status(self, doc: Document) -> DocStatus:
        """Whether ``doc`` is new, changed, already stored unchanged, or the same text as another document."""
        digest = content_hash(doc)
        d = schema.documents
        with self.engine.connect() as conn:
            row = conn.execute(select(d.c.id, d.c.content_hash).where(d.c.doc_key == doc.key())).first()
            if row is not None:
                return DocStatus("unchanged" if row.content_hash == digest else "changed", row.id)
            other = conn.execute(select(d.c.id, d.c.doc_key).where(d.c.content_hash == digest)).first()
            if other is not None:
                return DocStatus("duplicate", other.id, other.doc_key)
        return DocStatus("new")

    def save(self, doc: Document, extraction: Extraction, hooks: Sequence[SaveHook] = ()) -> int:
        """Store a document and its extraction in one transaction, replacing an older version of it.

        ``hooks`` run inside the same transaction after the rows are written (``before_delete`` hooks
        are the features' business: see ``SaveHook``), so a crash leaves either all or none of it.
        """
        with self.engine.begin() as conn:
            old = conn.execute(select(schema.documents.c.id).where(schema.documents.c.doc_key == doc.key())).scalar()
            if old is not None:
                for hook in hooks:
                    hook.before_replace(conn, old)
                _delete_document(conn, old)
            doc_id = conn.execute(schema.documents.insert().values(
                doc_key=doc.key(), external_id=doc.id, content_hash=content_hash(doc), title=doc.title, url=doc.url,
                source=doc.source, published=doc.published, lang=extraction.lang, origin=doc.origin, text=doc.text,
                primary_label=extraction.primary, primary_confidence=extraction.primary_confidence,
                extractor_version=EXTRACTOR_VERSION, ingested_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                meta=json.dumps(doc.meta, ensure_ascii=False) if doc.meta else None,
            )).inserted_primary_key[0]
            for seq, ev in enumerate(extraction.events):
                _insert_event(conn, doc_id, seq, ev)
            for seq, claim in enumerate(extraction.claims):
                conn.execute(schema.claims.insert().values(
                    document_id=doc_id, seq=seq, claimant=claim.claimant.name or claim.claimant.text, kind=claim.kind,
                    medium=claim.medium, claimed=claim.claimed, start=claim.start, end=claim.end,
                    confidence=claim.confidence, data=_json(claim),
                ))
            for seq, st in enumerate(extraction.statements):
                conn.execute(schema.statements.insert().values(
                    document_id=doc_id, seq=seq, speaker=st.speaker.name or st.speaker.text, role=st.speaker.role,
                    stance=st.stance, quote=st.quote, start=st.start, end=st.end, confidence=st.confidence, data=_json(st),
                ))
            if extraction.places:
                conn.execute(schema.places.insert(), [
                    dict(document_id=doc_id, seq=seq, text=p.text, start=p.start, end=p.end, name=p.name, latitude=p.lat,
                         longitude=p.lon, country=p.country, admin1=p.admin1, feature=p.feature, geonameid=p.geonameid,
                         confidence=p.confidence)
                    for seq, p in enumerate(extraction.places)
                ])
            for hook in hooks:
                hook.after_save(conn, int(doc_id), doc, extraction)
        return int(doc_id)

    # -- reading ---------------------------------------------------------------------------------
    def events(self, where: EventFilter = EventFilter()) -> list[StoredEvent]:
        """Stored events matching ``where``, newest first."""
        return list(self.iter_events(where))

    def iter_events(self, where: EventFilter = EventFilter()) -> Iterator[StoredEvent]:
        """Stream stored events matching ``where``, newest first (exports use this: bounded memory)."""
        e, d = schema.events, schema.documents
        query = select(e.c.id, e.c.document_id, e.c.data, d.c.doc_key, d.c.title, d.c.url, d.c.source, d.c.published)
        query = query.join(d, d.c.id == e.c.document_id)
        when = func.coalesce(e.c.event_date, d.c.published)
        # A date of month precision ("2023-10") overlaps any day of that month: compare at the coarser precision.
        if where.since:
            query = query.where(when >= func.substr(literal(where.since), 1, func.length(when)))
        if where.until:
            query = query.where(func.substr(when, 1, len(where.until)) <= where.until)
        if where.country:
            query = query.where(func.upper(e.c.country) == where.country.upper())
        if where.event_type:
            like = f"%{where.event_type.lower()}%"
            query = query.where(or_(func.lower(e.c.event_type).like(like), func.lower(e.c.sub_event_type).like(like)))
        if where.actor:
            like = f"%{where.actor.lower()}%"
            query = query.where(or_(func.lower(e.c.actor1).like(like), func.lower(e.c.actor2).like(like),
                                    func.lower(e.c.claimed_by).like(like)))
        if where.text:
            query = query.where(self._text_match(where.text))
        if where.documents is not None:
            query = query.where(d.c.doc_key.in_(where.documents))
        query = query.order_by(func.coalesce(e.c.event_date, d.c.published).desc(), e.c.id)
        if where.limit:
            query = query.limit(where.limit)
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield StoredEvent(row.id, row.document_id, row.doc_key, row.title, row.url, row.source, row.published,
                                  json.loads(row.data))

    def _text_match(self, words: str) -> Any:
        d, e = schema.documents, schema.events
        if self.engine.dialect.name == "sqlite":
            phrase = '"' + words.replace('"', '""') + '"'
            ids = text("SELECT rowid FROM documents_fts WHERE documents_fts MATCH :q").bindparams(q=phrase)
            return or_(d.c.id.in_(ids), func.lower(e.c.notes).like(f"%{words.lower()}%"))
        if self.engine.dialect.name == "postgresql":
            vector = func.to_tsvector("simple", func.coalesce(d.c.title, "") + " " + d.c.text)
            return or_(vector.op("@@")(func.plainto_tsquery("simple", words)), func.lower(e.c.notes).like(f"%{words.lower()}%"))
        return or_(func.lower(d.c.text).like(f"%{words.lower()}%"), func.lower(e.c.notes).like(f"%{words.lower()}%"))

    def counts(self) -> dict[str, int]:
        """Rows per table (documents, events, claims, statements, places)."""
        with self.engine.connect() as conn:
            return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
                    for t in (schema.documents, schema.events, schema.claims, schema.statements, schema.places)}

    def migrations(self) -> list[tuple[int, str, str]]:
        """The applied migrations: (version, name, when)."""
        m = schema.schema_migrations
        with self.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(select(m.c.version, m.c.name, m.c.applied_at).order_by(m.c.version))]


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _json(record: Any) -> str:
    return json.dumps(to_jsonable(record), ensure_ascii=False)


def _delete_document(conn: Connection, doc_id: int) -> None:
    event_ids = select(schema.events.c.id).where(schema.events.c.document_id == doc_id)
    conn.execute(delete(schema.evidence).where(schema.evidence.c.event_id.in_(event_ids)))
    for table in (schema.events, schema.claims, schema.statements, schema.places):
        conn.execute(delete(table).where(table.c.document_id == doc_id))
    conn.execute(delete(schema.documents).where(schema.documents.c.id == doc_id))


def _insert_event(conn: Connection, doc_id: int, seq: int, ev: Event) -> None:
    loc = ev.location
    event_id = conn.execute(schema.events.insert().values(
        document_id=doc_id, seq=seq, event_type=ev.event_type, sub_event_type=ev.sub_event_type, event_date=ev.date,
        time_precision=ev.time_precision, actor1=ev.actor1.name if ev.actor1 else None,
        actor2=ev.actor2.name if ev.actor2 else None, target=ev.target.text if ev.target else None,
        location=loc.name if loc else None, latitude=loc.lat if loc else None, longitude=loc.lon if loc else None,
        country=loc.country if loc else None, admin1=loc.admin1 if loc else None,
        geo_precision=loc.geo_precision if loc else None, fatalities=ev.fatalities, injuries=ev.injuries,
        event_count=ev.count, claimed_by=ev.claimed_by.name if ev.claimed_by else None, confidence=ev.confidence,
        modality=ev.modality, notes=ev.notes, data=_json(ev),
    )).inserted_primary_key[0]
    rows = []
    for name in _EVIDENCE_FIELDS:
        value = getattr(ev, name)
        if value is not None and getattr(value, "start", None) is not None:
            rows.append(dict(event_id=event_id, field=name, start=value.start, end=value.end, text=value.text,
                             value=getattr(value, "name", None), confidence=value.confidence))
    for w in ev.weapons:
        rows.append(dict(event_id=event_id, field="weapon", start=w.start, end=w.end, text=w.text, value=w.name,
                         confidence=w.confidence))
    for span in ev.evidence:
        rows.append(dict(event_id=event_id, field="evidence", start=span.start, end=span.end, text=None, value=None,
                         confidence=None))
    if rows:
        conn.execute(schema.evidence.insert(), rows)
