"""Schema migrations, applied in order and recorded in ``schema_migrations``.

Each migration is a numbered function of a connection. Add new ones at the end; never edit one
that has shipped.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from sqlalchemy import Connection, Engine, inspect, select, text

from . import schema


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Connection], None]


def _initial(conn: Connection) -> None:
    tables = [t for t in schema.metadata.sorted_tables if t.name != "schema_migrations"]
    schema.metadata.create_all(conn, tables=tables)


def _document_meta(conn: Connection) -> None:
    columns = {c["name"] for c in inspect(conn).get_columns("documents")}
    if "meta" not in columns:  # databases created before the column was in the table definition
        conn.execute(text("ALTER TABLE documents ADD COLUMN meta TEXT"))


def _fulltext(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(text(
            "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
            "title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
        ))
        conn.execute(text(
            "CREATE TRIGGER IF NOT EXISTS documents_fts_insert AFTER INSERT ON documents BEGIN "
            "INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END"
        ))
        conn.execute(text(
            "CREATE TRIGGER IF NOT EXISTS documents_fts_delete AFTER DELETE ON documents BEGIN "
            "INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END"
        ))
    elif conn.dialect.name == "postgresql":
        conn.execute(text(
            "CREATE INDEX IF NOT EXISTS ix_documents_fts ON documents "
            "USING gin (to_tsvector('simple', coalesce(title, '') || ' ' || text))"
        ))


CORE: tuple[Migration, ...] = (
    Migration(1, "initial tables: documents, events, evidence, claims, statements, places", _initial),
    Migration(2, "full-text search over documents (SQLite FTS5 / PostgreSQL tsvector)", _fulltext),
    Migration(3, "documents.meta: source metadata (author, channel, forwarded-from, views) as JSON", _document_meta),
)

# Features that own tables of their own declare their migrations in their own module
# (``sitrep.store.<name>``, attribute ``MIGRATIONS``); versions are unique across all of them:
# 1-99 core, 100-199 incidents (cross-document merging), 200-299 sources (feeds, Telegram, watch),
# 300-399 the API (tokens).
FEATURE_MODULES = ("incidents", "sources", "api")


def all_migrations() -> list[Migration]:
    """Every migration of the core and the feature modules, in version order."""
    import importlib

    found = list(CORE)
    for name in FEATURE_MODULES:
        module = importlib.import_module(f"{__package__}.{name}")
        found.extend(getattr(module, "MIGRATIONS", ()))
    versions = [m.version for m in found]
    if len(versions) != len(set(versions)):
        raise RuntimeError(f"duplicate migration versions: {sorted(v for v in versions if versions.count(v) > 1)}")
    return sorted(found, key=lambda m: m.version)


def migrate(engine: Engine) -> list[Migration]:
    """Apply the migrations this database lacks, each in its own transaction; returns those applied."""
    with engine.begin() as conn:
        if not inspect(conn).has_table("schema_migrations"):
            schema.schema_migrations.create(conn)
    with engine.connect() as conn:
        done = set(conn.execute(select(schema.schema_migrations.c.version)).scalars())
    applied = []
    for migration in all_migrations():
        if migration.version in done:
            continue
        with engine.begin() as conn:
            migration.apply(conn)
            conn.execute(schema.schema_migrations.insert().values(
                version=migration.version, name=migration.name,
                applied_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            ))
        applied.append(migration)
    return applied
