"""The REST API of ``sitrep serve`` (FastAPI over the store) and its read queries.

``create_app(db)`` builds the ASGI application; ``evidence.event_fields`` pairs each field of an
event with its evidence (shared with the UI and the report).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import ApiSettings, create_app

__all__ = ["ApiSettings", "create_app"]


def __getattr__(name: str) -> Any:
    # Lazy: importing sitrep.api.evidence (the report does) does not load the web framework.
    if name in __all__:
        from . import app

        return getattr(app, name)
    raise AttributeError(f"module 'sitrep.api' has no attribute {name!r}")
