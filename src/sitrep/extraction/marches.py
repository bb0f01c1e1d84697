"""Arabic "مسيرة": a march or a drone.

The one word names both a demonstration's march and a drone (short for "طائرة مسيرة"). The lexicon reads the bare
word as a drone, and its phrases read the march where the word's modifier says so ("مسيرة سلمية", "مسيرات حاشدة").
This module reads the rest from the sentence: a bare "مسيرة" in a sentence that tells a crowd's demand or its
gathering ("شارك آلاف المواطنين في مسيرة ... للتنديد بغلاء الأسعار") and no strike, shelling or attack is a march.
"""
from __future__ import annotations

import re

from .classify import EXPLOSIVE
from .passing_events import sentence_bounds
from .triggers import Hit

# The bare word, with the clitics it may carry ("بمسيرة", "والمسيرات"); "مسيرتين"/"مسيرتان" are duals.
_MARCH_WORD = re.compile(r"(?:[وفب]?(?:ال)?|[وف]?لل?)مسير(?:ة|ات|تين|تان)")
# Words of the sentence that keep the drone: strikes, shelling and attacks, their interception, weapons.
_DRONE_CONTEXT = frozenset(EXPLOSIVE) | {"@attack", "@explosion", "Disrupted weapons use", "Attack", "Armed clash"}
# Words that tell a crowd: its demand ("للتنديد", "للمطالبة"), a protest word, or its gathering (``@march`` rows:
# "شارك", "نظم", "خرج").
_CROWD_SIGNS = frozenset({"@protest", "@grievance", "@march"})


def marches(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` with each bare Arabic "مسيرة" that its sentence tells as a crowd's march read as a protest word:
    its drone weapon and strike trigger go, and a protest trigger stands on it unless a protest phrase already
    covers it."""
    words = [h for h in hits if h.weapon == "drone" and _MARCH_WORD.fullmatch(h.text)]
    if not words:
        return hits
    drop: set[int] = set()
    added: list[Hit] = []
    for w in words:
        lo, hi = sentence_bounds(text, w.start, w.end)
        others = [h for h in hits if lo <= h.start < hi and not (h.start == w.start and h.end == w.end)]
        if not any(h.label in _CROWD_SIGNS for h in others) \
                or any(h.label in _DRONE_CONTEXT or h.kind == "weapon" for h in others if not _covers(h, w)):
            continue
        drop |= {id(h) for h in hits if h.start == w.start and h.end == w.end and h.label != "@protest"}
        if not any(h.label == "@protest" and h.kind == "trigger" and _covers(h, w) for h in hits):
            added.append(Hit(w.start, w.end, w.text, "@protest", 3.0, "trigger", w.token, w.ntok))
    if not drop and not added:
        return hits
    out = [h for h in hits if id(h) not in drop] + added
    out.sort(key=lambda h: (h.start, -h.end))
    return out


def _covers(outer: Hit, inner: Hit) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end
