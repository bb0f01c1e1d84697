"""Storage: SQLite by default, PostgreSQL by URL; migrations recorded in the database."""
from .database import DocStatus, EventFilter, SaveHook, StoredEvent, Store, content_hash, database_url

__all__ = ["DocStatus", "EventFilter", "SaveHook", "Store", "StoredEvent", "content_hash", "database_url"]
