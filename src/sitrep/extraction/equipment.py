"""Weapons a group carries, named as its equipment ("armés des AK47, RPG 7 et des grenades", "armed with rifles and
grenades"): the words after an ``@armed_with`` marker, to the end of its clause, tell what the men had, not that
they used it, so the event words that are weapons there ("grenades" read as a grenade attack) go; the weapons stay,
for the weapons field. Event words that are not weapons ("attacked") stay."""
from __future__ import annotations

import re

from .triggers import Hit

__all__ = ["without_equipment_events"]

# Where the list of what the men carry ends: the clause's end or its verb ("... et des grenades ont été déployés").
# (not French "a", which is also the English article: "armed with a rifle and grenades")
_LIST_END = re.compile(r"[.;:!?\n]|\s(?:ont|sont|est|qui|pour|were|was|are|is|have|had|who|to|that|وقد|قد|ثم)\s",
                       re.IGNORECASE)
_LIST_REACH = 80


def without_equipment_events(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` without the weapons' event words listed after an ``@armed_with`` marker (see the module
    docstring)."""
    markers = [h for h in hits if h.label == "@armed_with"]
    if not markers:
        return hits
    spans = []
    for m in markers:
        stop = _LIST_END.search(text, m.end, min(len(text), m.end + _LIST_REACH))
        spans.append((m.end, stop.start() if stop is not None else min(len(text), m.end + _LIST_REACH)))
    weapons = {(h.start, h.end) for h in hits if h.kind == "weapon"}
    return [h for h in hits if not (h.kind == "trigger" and (h.start, h.end) in weapons
                                    and any(lo <= h.start and h.end <= hi for lo, hi in spans))]
