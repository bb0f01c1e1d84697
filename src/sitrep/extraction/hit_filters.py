"""Lexicon hits that the words around them show to be misread, dropped before classification.

Two readings the matcher cannot see on its own: a capitalised cue word beside a number is a month, not a
modal ("On 4 May 2023" is not "may"); and what a protest is against ("against police brutality",
"contre les violences policières") is its grievance, not something done to the crowd.
"""
from __future__ import annotations

import re

from .triggers import Hit


def without_misreadings(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` (in text order) without month names read as modals and intervention cues inside a
    protest's grievance."""
    hits = [h for h in hits if not (h.kind == "modality" and _date_word(text, h))]
    return _without_grievances(text, hits)


# Cues that say the authorities acted on a crowd; inside what a protest is against they say nothing.
_INTERVENTION_CUES = {"@lethal", "@intervene", "@security"}
_CLAUSE_END = re.compile(r"[.;,!?\n،؛]")


def _without_grievances(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop intervention cues in the grievance of a protest: "protested against police brutality",
    "manifesté contre les violences policières" tell what the crowd denounced, not what was done to it.
    A grievance runs from its marker (``@grievance`` rows) to the end of the clause; it counts only
    within 80 characters after a protest word."""
    protests = [h.end for h in hits if h.label == "@protest"]
    spans = []
    for g in hits:
        if g.label == "@grievance" and any(0 <= g.start - end <= 80 for end in protests):
            stop = _CLAUSE_END.search(text, g.end)
            spans.append((g.end, stop.start() if stop else len(text)))
    if not spans:
        return hits
    return [h for h in hits if not (h.kind == "cue" and h.label in _INTERVENTION_CUES
                                    and any(s <= h.start < e for s, e in spans))]


_NEXT_TO_NUMBER = re.compile(r"(\d[\s,.]{0,2}$)|(^[\s,.]{0,2}\d)")


def _date_word(text: str, h: Hit) -> bool:
    """A capitalised cue word beside a number is a month, not a modal: "On 4 May 2023", "May 4"."""
    return h.text[:1].isupper() and bool(_NEXT_TO_NUMBER.search(text[max(0, h.start - 4):h.start])
                                         or _NEXT_TO_NUMBER.search(text[h.end:h.end + 4]))
