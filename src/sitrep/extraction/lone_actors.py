"""One attacker acting alone: ACLED's "Sole Perpetrator (Country)".

ACLED names an individual who commits political violence on his own "Sole Perpetrator" (its US data:
"a 20-year old man stabbed one police officer and shot two others"; "an armed attacker tried to speed
through the security gate"); one attacker it cannot tell from an armed group stays an "Unidentified
Armed Group" ("a man threw a grenade into a bar in Bujumbura"). The report tells the lone actor apart by
describing the person ("an 18-year-old gunman", "un homme de 25 ans", "a lone attacker") or his lone
motive or deed (``@lone_actor`` rows: "white supremacist", "anti-Muslim hatred", "acted alone", "mass
shooting").
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Actor
from .context import DocContext
from .crowd_sides import singular_person_head
from .triggers import Hit

SOLE_PERPETRATOR = "Sole Perpetrator"
_UNIDENTIFIED = "Unidentified Armed Group"
# An age given to the person: "an 18-year-old gunman", "un homme âgé de 25 ans", "un adolescent de 17 ans".
_AGE = re.compile(r"\b\d{1,2}[\s-]year[\s-]old\b|\b(?:âgé\s+)?de\s+\d{1,2}\s+ans\b", re.IGNORECASE)


def sole_perpetrator(ctx: DocContext, actor: Actor | None, hits: list[Hit]) -> Actor | None:
    """``actor`` renamed "Sole Perpetrator (Country)" when it is one unnamed attacker (an unidentified
    armed group found on a singular noun: "gunman", "a man", "un tireur") whom the report describes as an
    individual acting alone; otherwise None. ``hits`` are the document's lexicon hits. French and English
    (read from the parse; Arabic has none here)."""
    if actor is None or actor.kind != "unidentified" or not (actor.name or "").startswith(_UNIDENTIFIED):
        return None
    head = singular_person_head(ctx, actor)
    if head is None:
        return None
    start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
    described = bool(_AGE.search(ctx.text, start, end)) or any(h.label == "@lone_actor" for h in hits)
    if not described:
        return None
    return replace(actor, name=SOLE_PERPETRATOR + actor.name[len(_UNIDENTIFIED):], confidence=min(actor.confidence, 0.6))
