"""Deaths a flood, a storm or a collapse caused, told in a report about the disaster: "des pluies torrentielles qui
ont tué au moins 44 personnes", "presque tous les décès sont dus à l'effondrement des maisons". Death words with no
one who did it, no attack word and no weapon, in a report whose disaster words outweigh every event type but the
deaths' own, are the disaster's toll, not an attack (the issue's "separate an attack from a disaster")."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .classify import SUB_EVENT_TYPES

if TYPE_CHECKING:  # pragma: no cover
    from .mentions import EventMention

__all__ = ["disaster_toll"]

_DISASTERS = ("Natural disaster", "Man-made disaster")
# How strongly the report's words must tell a disaster: one disaster word that reports it ("intempéries",
# "pluies torrentielles", "inondations") scores 4.
_MIN_DISASTER = 4.0
# Words of violence that have an author, whatever else the sentence says.
_VIOLENT_WORDS = ("@attack", "@beat", "@armed", "@explosion")
# The events death words alone are read as.
_TOLL_TYPES = ("Attack", "Armed clash")
# The missing a flood leaves ("causant plusieurs morts et disparus") are its toll too, not people taken.
_MISSING = re.compile(r"disparu|missing|مفقود", re.IGNORECASE)
# A violent verb a disaster word governs is the disaster's doing ("فيضانات اجتاحت ولايتين", "floods that swept
# the valley", "des crues qui ont ravagé"): this many characters at most between the two.
_DISASTER_VERB_GAP = 12


def disaster_toll(m: "EventMention", labels: dict[str, float]) -> bool:
    """Whether the mention ``m`` is a disaster's toll (see the module docstring); ``labels`` are the report's
    scores (:func:`~sitrep.extraction.classify.doc_scores`)."""
    ev = m.event
    missing = m.sub == "Abduction/forced disappearance" and _MISSING.search(m.anchor.text) is not None
    if ev is None or not (m.sub in _TOLL_TYPES or missing):
        return False
    disaster = max(labels.get(k, 0.0) for k in _DISASTERS)
    others = max((v for k, v in labels.items() if k in SUB_EVENT_TYPES and k not in _TOLL_TYPES and k != m.sub),
                 default=0.0)
    if disaster < _MIN_DISASTER or disaster <= others:
        return False
    disaster_ends = [h.end for h in m.hits if h.label in _DISASTERS]
    if any(h.kind == "weapon" or h.label in _VIOLENT_WORDS and not _disaster_did(h.start, disaster_ends)
           for h in m.hits):
        return False
    # (nobody named did it: an author the text names is an attacker, whatever killed the others; a generic
    # "Unidentified Armed Group" read off a bare subject, "La province du Pendjab déplore deux nouveaux décès",
    # names nobody)
    return ev.actor1 is None or not ev.actor1.text or ev.actor1.kind == "unidentified"


def _disaster_did(start: int, disaster_ends: list[int]) -> bool:
    """Whether a disaster word ends just before ``start``: the violent verb there is the disaster's."""
    return any(0 <= start - end <= _DISASTER_VERB_GAP for end in disaster_ends)
