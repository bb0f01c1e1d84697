"""Tolls a group claims: "Al-Shabaab claimed that it killed 17 people in the attack", "l'EI affirme avoir tué 20
soldats", "زعم التنظيم أنه قتل 17". ACLED codes the most conservative credible figure, and a perpetrator's boast is
not one when the police, a hospital or a monitor give their own: the incident keeps the figure the others told."""
from __future__ import annotations

import re

from ..model import Mention
from .mentions import EventMention

# A group's claim of the dead it made, up to the number: "claimed that it killed", "claims to have killed", "claimed its
# fighters killed", "affirme avoir tué", "revendique avoir tué", "زعم أنه قتل", "ادعى مقتل". ("said it killed" is left
# out: it is as often an army's own count of the militants it killed, which ACLED codes.)
_CLAIMED_KILLING = re.compile(
    r"\b(?:claim(?:ed|s|ing)?|boast(?:ed|s)?)\s+(?:that\s+)?(?:(?:it|they|its\s+\w+|their\s+\w+)\s+(?:had\s+|have\s+)?)?"
    r"(?:killed|kill)\b|\bclaim(?:ed|s)?\s+to\s+have\s+killed\b"
    r"|\b(?:affirm|revendiqu|prétend|dit|di[st]ent)\w*\s+avoir\s+tué\b"
    r"|(?:^|\s)[وف]?(?:زعم|زعمت|يزعم|تزعم|ادعى|ادعت|يدعي|تدعي)\s+(?:أنه\s+|أنها\s+|أن\s+\S+\s+)?(?:قتل|مقتل)",
    re.IGNORECASE)
# How far before the number the claim may stand ("claimed that it killed 17 people").
_REACH = 60


def _claimed(text: str, toll: Mention) -> bool:
    """Whether the toll's words (``killed 17``, ``17``) are the number a claim of killing gives."""
    start = toll.start or 0
    return _CLAIMED_KILLING.search(text, max(0, start - _REACH), toll.end or start) is not None


def others_toll(main: EventMention, text: str) -> None:
    """Give the incident of ``main`` the figure another of its mentions tells when its own is a group's claim
    ("claimed that it killed 17 people", then "According to police ... the attack killed four people")."""
    ev = main.event
    if ev is None or ev.fatalities_text is None or ev.fatalities_text.start is None \
            or not _claimed(text, ev.fatalities_text):
        return
    told = [m.event for m in main.members if m.event is not None and m.event.fatalities is not None
            and not m.event.fatalities_estimated and m.event.fatalities_text is not None
            and m.event.fatalities_text.start is not None and not _claimed(text, m.event.fatalities_text)]
    if told:
        # (the largest of the others: a part of the toll may follow, "three police officers were among those killed")
        other = max(told, key=lambda e: e.fatalities or 0)
        ev.fatalities, ev.fatalities_text = other.fatalities, other.fatalities_text
