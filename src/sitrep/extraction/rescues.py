"""Forces that free captives: a rescue, not the abduction it ends.

"L'armée camerounaise a libéré ... plusieurs otages détenus par les séparatistes", "troops rescued 20 hostages
kidnapped by bandits", "تحرير رهائن": the words of abduction after a verb of freeing describe who was freed —
an earlier abduction the report does not tell. They go, and the freeing is an event of its own: ACLED codes a
rescue with no fight as Strategic developments/Other ("92 civilians were freed by Afghan police ... from a
Taliban prison", ACLED 2020, AFG), and one won by fighting as the fight, which the fight's own words tell.
"""
from __future__ import annotations

import re

from .triggers import Hit

# What the freed were, told after the verb of freeing: the abduction, a detention ("détenus par"), or the
# swap-like "freed _ hostages" row, which is a rescue when forces free them.
_CAPTIVITY = frozenset({"Abduction/forced disappearance", "Arrests", "Agreement"})
# How far after the verb of freeing the captives' words may stand, and how far before it their noun.
_REACH = 70
_BEFORE = 50
# A rescue is weaker than a fight's own words in its sentence ("neutraliser 04 ambazoniens et de libérer 04 otages").
RESCUE_WEIGHT = 2.5
_CLAUSE_END = re.compile(r"[.;!?\n؛]")
# Captives named by a bare noun after a rescue are the freed ("l'un des otages a été grièvement blessé").
_CAPTIVE_NOUN = re.compile(r"(?:otages?|hostages?|captives?|رهائن|رهينة|الرهائن|المختطفين|مختطفين)", re.IGNORECASE)


def rescues(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` with the captivity words after each ``@rescue`` verb dropped and, for each rescue that dropped
    one, an ``Other`` trigger on its verb; captives named by a bare noun after the first rescue go too."""
    drop: set[int] = set()
    added: list[Hit] = []
    for r in (h for h in hits if h.label == "@rescue"):
        stop = _CLAUSE_END.search(text, r.end)
        hi = min(r.end + _REACH, stop.start() if stop is not None else len(text))
        stop_before = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, r.start - _BEFORE), r.start)),
                          default=max(0, r.start - _BEFORE))
        # (and the captives named just before the verb: "trois otages libérés", "trois otages retenus sur les lieux
        # ont été libérés ... par les forces spéciales")
        captive = [h for h in hits if h.kind == "trigger" and h.label in _CAPTIVITY and (
            r.start <= h.start < hi or stop_before <= h.start < r.start and _CAPTIVE_NOUN.fullmatch(h.text))]
        if not captive:
            continue
        drop.update(id(h) for h in captive)
        added.append(Hit(r.start, r.end, r.text, "Other", RESCUE_WEIGHT, "trigger", r.token, r.ntok))
    if not added:
        return hits
    first = min(a.start for a in added)
    drop.update(id(h) for h in hits if h.kind == "trigger" and h.label == "Abduction/forced disappearance"
                and h.start > first and _CAPTIVE_NOUN.fullmatch(h.text))
    out = [h for h in hits if id(h) not in drop] + added
    out.sort(key=lambda h: (h.start, -h.end))
    return out
