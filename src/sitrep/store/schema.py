"""Tables of the store (SQLAlchemy Core): one definition for SQLite and PostgreSQL.

Every extracted value keeps its evidence: flat columns for querying, plus the full record as JSON
(``data``) so nothing of the extraction is lost, spans included.
"""
from __future__ import annotations

from sqlalchemy import Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations", metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("applied_at", String(40), nullable=False),
)

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_key", Text, nullable=False, unique=True),
    Column("external_id", Text, nullable=False),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("title", Text),
    Column("url", Text),
    Column("source", Text),
    Column("published", String(10)),
    Column("lang", String(8)),
    Column("origin", Text),
    Column("text", Text, nullable=False),
    Column("primary_label", String(80)),
    Column("primary_confidence", Float),
    Column("extractor_version", String(40)),
    Column("ingested_at", String(40), nullable=False),
    Column("meta", Text),  # JSON: what the source adds (author, channel, forwarded-from, views ...); migration 3
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("seq", Integer, nullable=False),
    Column("event_type", String(80), nullable=False),
    Column("sub_event_type", String(80), nullable=False),
    Column("event_date", String(10)),
    Column("time_precision", Integer),
    Column("actor1", Text),
    Column("actor2", Text),
    Column("target", Text),
    Column("location", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("country", String(2)),
    Column("admin1", Text),
    Column("geo_precision", Integer),
    Column("fatalities", Integer),
    Column("injuries", Integer),
    Column("event_count", Integer),
    Column("claimed_by", Text),
    Column("confidence", Float, nullable=False),
    Column("modality", String(20)),
    Column("notes", Text),
    Column("data", Text, nullable=False),
    Index("ix_events_date", "event_date"),
    Index("ix_events_country", "country"),
    Index("ix_events_type", "event_type", "sub_event_type"),
)

evidence = Table(
    "evidence", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("field", String(40), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text),
    Column("value", Text),
    Column("confidence", Float),
)

claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("seq", Integer, nullable=False),
    Column("claimant", Text),
    Column("kind", String(20)),
    Column("medium", Text),
    Column("claimed", Text),
    Column("start", Integer),
    Column("end", Integer),
    Column("confidence", Float),
    Column("data", Text, nullable=False),
)

statements = Table(
    "statements", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("seq", Integer, nullable=False),
    Column("speaker", Text),
    Column("role", Text),
    Column("stance", String(20)),
    Column("quote", Text),
    Column("start", Integer),
    Column("end", Integer),
    Column("confidence", Float),
    Column("data", Text, nullable=False),
)

places = Table(
    "places", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("seq", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("name", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("country", String(2)),
    Column("admin1", Text),
    Column("feature", String(20)),
    Column("geonameid", Integer),
    Column("confidence", Float),
)

CHILD_TABLES = (evidence, events, claims, statements, places)
