"""One event per place: "1,440 people were injured in military action in Istanbul and Ankara", "protests
in Kinshasa and Lubumbashi", "the coalition bombing IS in Iraq and Syria".

ACLED codes an event at one location; what a report tells of several coordinated places of the same kind
is one event at each (the codebook's rule, which its notes show: "fatalities ... spread between 3
locations"). The event keeps the first place; each other place gets a copy of it, a little less
confident, whose toll is left unknown: the report gives one figure for all places, and the first event
carries it, so nothing is counted twice (a toll of none is every place's).

Not a route or a span between two places ("the road between Kabul and Jalalabad", "from Aleppo to
Idlib"), and not a town with the division or country it lies in ("Kidal, Mali": one place, written
with its divisions).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Event, Location, Place
from .context import DocContext
from .notes import event_notes

# Between two coordinated places: a comma, "and"/"et", Arabic و (written on the next word); not "or" (one place,
# uncertain which).
_JOINER = re.compile(r"\s*,\s*(?:(?:and|et)\s+)?|\s+(?:and|et)\s+|\s+و\s*")
# Words before the first place that make the pair one route or span, not two events.
_ROUTE_BEFORE = re.compile(r"(?:\b(?:between|entre|from|linking|connecting|reliant|road|route|highway|axis|axe)"
                           r"|بين|طريق)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?(?:(?:towns?|cities|villes?|"
                           r"provinces?|regions?)\s+(?:of\s+|de\s+)?)?$", re.IGNORECASE)
# Kinds of place that stand for the same precision.
_CLASS = {"city": "point", "admin2": "point", "base": "point", "site": "point", "airport": "point",
          "admin1": "admin1", "country": "country"}
# How many places one coordination may list.
_MAX_PLACES = 6
# How much less confident the copy at another place is than the event it copies.
_COPY_PENALTY = 0.1


def one_event_per_place(ctx: DocContext, events: list[Event]) -> list[Event]:
    """Copies of the asserted ``events`` at the other places coordinated with their location (see module
    doc), for places no event of the same type already stands at."""
    out: list[Event] = []
    resolved = sorted((p for p in ctx.places if p.lat is not None and p.feature in _CLASS), key=lambda p: p.start)
    for ev in events:
        loc = ev.location
        if ev.modality != "asserted" or loc is None or loc.start is None or (ev.count or 1) > 1:
            continue  # (an aggregate, "at least five attacks in Mopti and Ségou", is not split by guess)
        first = next((p for p in resolved if p.start == loc.start), None)
        if first is None:
            continue
        for other in _coordinated(ctx.text, first, resolved):
            taken = any(e.location is not None and e.location.name == other.name and e.sub_event_type == ev.sub_event_type
                        for e in (*events, *out))
            if taken:
                continue
            where = Location(other.name, other.text, other.start, other.end, other.lat, other.lon, other.country,
                             other.admin1 or (other.name if other.feature == "admin1" else None),
                             other.geo_precision, round(other.confidence * 0.9, 3))
            # (a toll of none stands at every place; a toll of some stays with the first)
            none_killed = ev.fatalities == 0
            copy = replace(ev, location=where, fatalities=0 if none_killed else None,
                           fatalities_text=ev.fatalities_text if none_killed else None,
                           fatalities_estimated=ev.fatalities_estimated if none_killed else False,
                           injuries=None, injuries_text=None, casualties_text=None,
                           confidence=round(max(0.05, ev.confidence - _COPY_PENALTY), 3),
                           evidence=list(ev.evidence), weapons=list(ev.weapons),
                           assoc_actor1=list(ev.assoc_actor1), assoc_actor2=list(ev.assoc_actor2))
            copy.notes = event_notes(copy, ctx)
            out.append(copy)
    return out


def _coordinated(text: str, first: Place, resolved: list[Place]) -> list[Place]:
    """The places listed with ``first`` ("in Istanbul and Ankara"), in text order, without ``first``; empty
    unless the list ends with a conjunction and its places are of one kind (so that none is a division
    or the country another lies in)."""
    kind = _CLASS[first.feature or ""]
    chain = [first]
    # walk back to the list's first place, then forward to its last
    while len(chain) < _MAX_PLACES:
        before = next((p for p in reversed(resolved) if p.end <= chain[0].start
                       and _JOINER.fullmatch(text, p.end, chain[0].start)), None)
        if before is None:
            break
        chain.insert(0, before)
    while len(chain) < _MAX_PLACES:
        after = next((p for p in resolved if p.start >= chain[-1].end and _JOINER.fullmatch(text, chain[-1].end, p.start)), None)
        if after is None:
            break
        chain.append(after)
    if len(chain) < 2 or not re.search(r"\b(?:and|et)\b|و", text[chain[-2].end:chain[-1].start]):
        return []
    if any(_CLASS.get(p.feature or "") != kind for p in chain):
        return []
    if len({p.name for p in chain}) < len(chain):
        return []  # one place named twice
    if _ROUTE_BEFORE.search(text, max(0, chain[0].start - 40), chain[0].start):
        return []
    return [p for p in chain if p is not first]
