"""Tables of sources followed over time: feeds, Telegram exports, watch state (issue 6), and the
document signatures of near-duplicate detection.

``MIGRATIONS`` lists this feature's schema migrations (see ``store/migrations.py`` for the version ranges).

- ``sources``: one row per followed source: where it is, its interval, its last success and last
  error, documents stored, its HTTP validators (ETag / Last-Modified) and per-source state (JSON:
  e.g. the fingerprints of the export files already read).
- ``source_items``: every item seen in a source (feed guid, Telegram message, file) with its
  fingerprint (to know what is new or edited), the document it became and its metadata (JSON:
  author, site, forwarded-from, views, edit time ...).
- ``doc_signatures`` / ``doc_signature_bands``: MinHash signatures of stored documents and their
  LSH band buckets (see ``sitrep.dedup``); ``near_duplicates``: documents stored as copies of another.

Rows refer to documents by ``doc_key`` (the store's document identity), not by row id: a document
replaced by a newer version keeps its key.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterable, Sequence

from sqlalchemy import (BigInteger, Column, Connection, Float, ForeignKey, Index, Integer, LargeBinary, MetaData,
                        String, Table, Text, UniqueConstraint, delete, func, select, update)
from sqlalchemy.engine import Engine

from .migrations import Migration

metadata = MetaData()

sources = Table(
    "sources", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("kind", String(20), nullable=False),  # feed, page, telegram, folder
    Column("location", Text, nullable=False),
    Column("interval_s", Integer),
    Column("added_at", String(40), nullable=False),
    Column("last_attempt_at", String(40)),
    Column("last_success_at", String(40)),
    Column("last_error", Text),
    Column("last_error_at", String(40)),
    Column("failures", Integer, nullable=False, default=0),  # consecutive failed polls
    Column("documents", Integer, nullable=False, default=0),  # unused: counted live from source_items (see SourceStore)
    Column("items_seen", Integer, nullable=False, default=0),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("next_due_at", Float),  # Unix time of the next poll
    Column("state", Text),  # JSON, per kind
)

source_items = Table(
    "source_items", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
    Column("item_id", Text, nullable=False),
    Column("fingerprint", String(64), nullable=False),
    Column("doc_key", Text, nullable=False),
    Column("outcome", String(20), nullable=False),  # new, changed, unchanged, duplicate, near-duplicate
    Column("first_seen_at", String(40), nullable=False),
    Column("last_seen_at", String(40), nullable=False),
    Column("meta", Text),
    UniqueConstraint("source_id", "item_id", name="uq_source_items_item"),
    Index("ix_source_items_doc_key", "doc_key"),
)

doc_signatures = Table(
    "doc_signatures", metadata,
    Column("doc_key", Text, primary_key=True),
    Column("shingles", Integer, nullable=False),
    Column("signature", LargeBinary, nullable=False),
    Column("created_at", String(40), nullable=False),
)

doc_signature_bands = Table(
    "doc_signature_bands", metadata,
    Column("band", Integer, nullable=False),
    Column("bucket", BigInteger, nullable=False),
    Column("doc_key", Text, nullable=False),
    Index("ix_doc_signature_bands_bucket", "band", "bucket"),
    Index("ix_doc_signature_bands_doc", "doc_key"),
)

near_duplicates = Table(
    "near_duplicates", metadata,
    Column("doc_key", Text, primary_key=True),
    Column("original_key", Text, nullable=False, index=True),
    Column("similarity", Float, nullable=False),  # estimated Jaccard similarity of word 5-shingles
    Column("containment", Float, nullable=False),  # estimated share of this document found in the original
    Column("detected_at", String(40), nullable=False),
)


def _create(*tables: Table) -> Any:
    def apply(conn: Connection) -> None:
        metadata.create_all(conn, tables=list(tables))
    return apply


MIGRATIONS: tuple[Migration, ...] = (
    Migration(200, "sources followed over time and the items seen in them", _create(sources, source_items)),
    Migration(201, "near-duplicate detection: document signatures, LSH bands, copies linked to originals",
              _create(doc_signatures, doc_signature_bands, near_duplicates)),
)


def now_iso() -> str:
    """The current UTC time as stored in these tables."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class SourceState:
    """A followed source as stored."""

    id: int
    name: str
    kind: str
    location: str
    interval_s: int | None
    added_at: str
    last_attempt_at: str | None
    last_success_at: str | None
    last_error: str | None
    last_error_at: str | None
    failures: int
    documents: int  # documents in the store that came from this source
    items_seen: int
    etag: str | None
    last_modified: str | None
    next_due_at: float | None
    state: dict[str, Any]


@dataclass(frozen=True, slots=True)
class SeenItem:
    """An item to record as seen: its id in the source, fingerprint, document, outcome and metadata."""

    item_id: str
    fingerprint: str
    doc_key: str
    outcome: str
    meta: dict[str, Any]


class SourceStore:
    """Reads and writes the sources tables of a store's database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def ensure(self, name: str, kind: str, location: str, interval_s: int | None) -> SourceState:
        """The source named ``name``, created or updated to the given kind, location and interval."""
        s = sources
        with self.engine.begin() as conn:
            row = conn.execute(select(s.c.id, s.c.kind, s.c.location).where(s.c.name == name)).first()
            if row is None:
                conn.execute(s.insert().values(name=name, kind=kind, location=location, interval_s=interval_s,
                                               added_at=now_iso(), failures=0, documents=0, items_seen=0))
            else:
                values: dict[str, Any] = {"interval_s": interval_s}
                if (row.kind, row.location) != (kind, location):  # a different source under the old name: start over
                    values.update(kind=kind, location=location, etag=None, last_modified=None, state=None, next_due_at=None)
                conn.execute(update(s).where(s.c.id == row.id).values(**values))
        state = self.get(name)
        assert state is not None
        return state

    def get(self, name: str) -> SourceState | None:
        """The stored state of one source, or ``None``."""
        with self.engine.connect() as conn:
            row = conn.execute(_with_counts().where(sources.c.name == name)).first()
        return _state(row) if row is not None else None

    def all(self) -> list[SourceState]:
        """Every stored source, by name."""
        with self.engine.connect() as conn:
            return [_state(r) for r in conn.execute(_with_counts().order_by(sources.c.name))]

    def fingerprints(self, source_id: int, item_ids: Sequence[str]) -> dict[str, str]:
        """Fingerprints of the items of ``item_ids`` already seen in the source."""
        found: dict[str, str] = {}
        i = source_items
        with self.engine.connect() as conn:
            for start in range(0, len(item_ids), 500):
                chunk = list(item_ids[start:start + 500])
                query = select(i.c.item_id, i.c.fingerprint).where(i.c.source_id == source_id, i.c.item_id.in_(chunk))
                found.update((r.item_id, r.fingerprint) for r in conn.execute(query))
        return found

    def record_items(self, source_id: int, items: Iterable[SeenItem]) -> int:
        """Record items as seen (insert or update), in one transaction; returns how many were new."""
        i = source_items
        when = now_iso()
        added = 0
        with self.engine.begin() as conn:
            for item in items:
                meta = json.dumps(item.meta, ensure_ascii=False, default=str) if item.meta else None
                found = conn.execute(select(i.c.id).where(i.c.source_id == source_id, i.c.item_id == item.item_id)).scalar()
                if found is None:
                    conn.execute(i.insert().values(source_id=source_id, item_id=item.item_id, fingerprint=item.fingerprint,
                                                   doc_key=item.doc_key, outcome=item.outcome, first_seen_at=when,
                                                   last_seen_at=when, meta=meta))
                    added += 1
                else:
                    conn.execute(update(i).where(i.c.id == found).values(fingerprint=item.fingerprint, doc_key=item.doc_key,
                                                                         outcome=item.outcome, last_seen_at=when, meta=meta))
            if added:
                conn.execute(update(sources).where(sources.c.id == source_id)
                             .values(items_seen=sources.c.items_seen + added))
        return added

    def succeeded(self, source_id: int, next_due_at: float | None, *, etag: str | None = None,
                  last_modified: str | None = None, state: dict[str, Any] | None = None, keep_validators: bool = False) -> None:
        """Record a successful poll (and the validators and state to use next time)."""
        values: dict[str, Any] = dict(last_attempt_at=now_iso(), last_success_at=now_iso(), failures=0, next_due_at=next_due_at)
        if not keep_validators:
            values.update(etag=etag, last_modified=last_modified)
        if state is not None:
            values["state"] = json.dumps(state, ensure_ascii=False)
        with self.engine.begin() as conn:
            conn.execute(update(sources).where(sources.c.id == source_id).values(**values))

    def save_state(self, source_id: int, state: dict[str, Any]) -> None:
        """Store the source's own state (JSON) as soon as part of a poll is done."""
        with self.engine.begin() as conn:
            conn.execute(update(sources).where(sources.c.id == source_id).values(state=json.dumps(state, ensure_ascii=False)))

    def failed(self, source_id: int, error: str, next_due_at: float | None) -> None:
        """Record a failed poll: its error message and when to try again."""
        when = now_iso()
        with self.engine.begin() as conn:
            conn.execute(update(sources).where(sources.c.id == source_id).values(
                last_attempt_at=when, last_error=error, last_error_at=when, failures=sources.c.failures + 1,
                next_due_at=next_due_at))

    def remove(self, name: str) -> bool:
        """Forget a source and the items seen in it (documents stay); ``False`` when unknown."""
        with self.engine.begin() as conn:
            source_id = conn.execute(select(sources.c.id).where(sources.c.name == name)).scalar()
            if source_id is None:
                return False
            conn.execute(delete(source_items).where(source_items.c.source_id == source_id))
            conn.execute(delete(sources).where(sources.c.id == source_id))
        return True

    def items(self, name: str) -> list[dict[str, Any]]:
        """The items seen in a source, oldest first, with their metadata."""
        i, s = source_items, sources
        query = (select(i.c.item_id, i.c.fingerprint, i.c.doc_key, i.c.outcome, i.c.first_seen_at, i.c.last_seen_at, i.c.meta)
                 .join(s, s.c.id == i.c.source_id).where(s.c.name == name).order_by(i.c.id))
        with self.engine.connect() as conn:
            return [{**r._asdict(), "meta": json.loads(r.meta) if r.meta else {}} for r in conn.execute(query)]


def _with_counts() -> Any:
    """The sources table with ``stored``: the documents of the store that came from each source
    (counted live, so that a poll killed half-way still counts what it stored)."""
    from .schema import documents

    i = source_items
    stored = (select(func.count(func.distinct(i.c.doc_key)))
              .where(i.c.source_id == sources.c.id, i.c.doc_key.in_(select(documents.c.doc_key)))
              .scalar_subquery().label("stored"))
    return select(sources, stored)


def _state(row: Any) -> SourceState:
    return SourceState(
        id=row.id, name=row.name, kind=row.kind, location=row.location, interval_s=row.interval_s, added_at=row.added_at,
        last_attempt_at=row.last_attempt_at, last_success_at=row.last_success_at, last_error=row.last_error,
        last_error_at=row.last_error_at, failures=row.failures or 0, documents=row.stored or 0,
        items_seen=row.items_seen or 0, etag=row.etag, last_modified=row.last_modified, next_due_at=row.next_due_at,
        state=json.loads(row.state) if row.state else {},
    )
