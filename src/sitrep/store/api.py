"""Tables of the REST API's write tokens and analysts' event reviews (issue 5).

``MIGRATIONS`` lists this feature's schema migrations (see ``store/migrations.py`` for the version ranges).
The API is read-only unless a request carries a token made by ``sitrep token create NAME``; only a
hash of each token is stored.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Column, Connection, Float, ForeignKey, Integer, MetaData, String, Table, Text, select, update
from sqlalchemy.engine import Engine

from . import schema
from .migrations import Migration

metadata = MetaData()

api_tokens = Table(
    "api_tokens", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", String(40), nullable=False),
    Column("revoked_at", String(40)),
)

event_reviews = Table(
    "event_reviews", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    # Re-extracting a document replaces its events; their reviews go with them.
    Column("event_id", Integer, ForeignKey(schema.events.c.id, ondelete="CASCADE"), nullable=False, index=True),
    Column("status", String(20), nullable=False),
    Column("note", Text),
    Column("author", String(100), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("confidence", Float),
)

REVIEW_STATUSES = ("confirmed", "rejected", "needs_review")
"""What an analyst can say about an event."""


def _create_tables(conn: Connection) -> None:
    metadata.create_all(conn, tables=[api_tokens, event_reviews])


MIGRATIONS: tuple[Migration, ...] = (
    Migration(300, "API write tokens and analysts' event reviews", _create_tables),
)


@dataclass(frozen=True, slots=True)
class TokenInfo:
    """A write token as listed (never the token itself: only its hash is stored)."""

    name: str
    created_at: str
    revoked_at: str | None


@dataclass(frozen=True, slots=True)
class Review:
    """An analyst's verdict on an event."""

    id: int
    event_id: int
    status: str
    note: str | None
    author: str
    created_at: str


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(engine: Engine, name: str) -> str:
    """Make a new write token called ``name`` and return it (shown once; only its hash is kept)."""
    name = name.strip()
    if not name or len(name) > 100:
        raise ValueError("a token name is 1 to 100 characters, e.g. your initials")
    token = "sitrep_" + secrets.token_urlsafe(32)
    with engine.begin() as conn:
        if conn.execute(select(api_tokens.c.id).where(api_tokens.c.name == name)).first() is not None:
            raise ValueError(f"a token called {name!r} exists — revoke it first or choose another name")
        conn.execute(api_tokens.insert().values(name=name, token_hash=_hash(token), created_at=_now()))
    return token


def check_token(engine: Engine, token: str) -> str | None:
    """The name of the live token ``token``, or ``None`` when it is unknown or revoked."""
    with engine.connect() as conn:
        row = conn.execute(select(api_tokens.c.name).where(
            api_tokens.c.token_hash == _hash(token), api_tokens.c.revoked_at.is_(None))).first()
    return None if row is None else str(row.name)


def revoke_token(engine: Engine, name: str) -> bool:
    """Revoke the token called ``name``; ``False`` when there is no live token of that name."""
    with engine.begin() as conn:
        result = conn.execute(update(api_tokens).where(api_tokens.c.name == name, api_tokens.c.revoked_at.is_(None))
                              .values(revoked_at=_now()))
    return bool(result.rowcount)


def list_tokens(engine: Engine) -> list[TokenInfo]:
    """Every token made, live or revoked, oldest first."""
    t = api_tokens
    with engine.connect() as conn:
        rows = conn.execute(select(t.c.name, t.c.created_at, t.c.revoked_at).order_by(t.c.id))
        return [TokenInfo(r.name, r.created_at, r.revoked_at) for r in rows]


def add_review(engine: Engine, event_id: int, status: str, note: str | None, author: str) -> Review:
    """Record an analyst's review of an event; raises ``LookupError`` when the event does not exist."""
    if status not in REVIEW_STATUSES:
        raise ValueError(f"status must be one of {', '.join(REVIEW_STATUSES)}")
    with engine.begin() as conn:
        if conn.execute(select(schema.events.c.id).where(schema.events.c.id == event_id)).first() is None:
            raise LookupError(f"no event {event_id}")
        created = _now()
        review_id = conn.execute(event_reviews.insert().values(
            event_id=event_id, status=status, note=note, author=author, created_at=created)).inserted_primary_key[0]
    return Review(int(review_id), event_id, status, note, author, created)


def reviews_of(conn: Connection, event_id: int) -> list[Review]:
    """The reviews of one event, oldest first."""
    r = event_reviews
    rows = conn.execute(select(r.c.id, r.c.event_id, r.c.status, r.c.note, r.c.author, r.c.created_at)
                        .where(r.c.event_id == event_id).order_by(r.c.id))
    return [Review(row.id, row.event_id, row.status, row.note, row.author, row.created_at) for row in rows]
