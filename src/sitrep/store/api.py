"""Tables of the REST API's write tokens (issue 5).

``MIGRATIONS`` lists this feature's schema migrations (see ``store/migrations.py`` for the version ranges).
"""
from __future__ import annotations

from .migrations import Migration

MIGRATIONS: tuple[Migration, ...] = ()
