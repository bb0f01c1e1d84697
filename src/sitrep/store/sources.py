"""Tables of sources followed over time: feeds, Telegram exports, watch state (issue 6).

``MIGRATIONS`` lists this feature's schema migrations (see ``store/migrations.py`` for the version ranges).
"""
from __future__ import annotations

from .migrations import Migration

MIGRATIONS: tuple[Migration, ...] = ()
