"""Arithmetic on the ISO dates and months the records carry ("2023-04-12", "2023-04")."""

from __future__ import annotations

from datetime import date


def days_between(a: str, b: str) -> int | None:
    """Days from ISO date (or month) ``a`` to ``b``; ``None`` when either is not a date."""
    try:
        da = date.fromisoformat(a[:10] if len(a) >= 10 else a[:7] + "-01")
        db = date.fromisoformat(b[:10] if len(b) >= 10 else b[:7] + "-01")
    except ValueError:
        return None
    return (db - da).days
