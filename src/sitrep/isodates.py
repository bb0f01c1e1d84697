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


def is_monday(iso: str) -> bool:
    """Whether ISO date ``iso`` is a Monday, the day a week told ("this week", "في نهاية الأسبوع") is written as."""
    gap = days_between("2000-01-03", iso)  # (a Monday)
    return gap is not None and len(iso) >= 10 and gap % 7 == 0
