"""Event words named in passing: an agreement nobody made, the incident an act answered, a plot foiled.

Three readings of a sentence's event words that say the words tell no event of their own:

- an agreement's noun ("ceasefire", "accord", "هدنة") with no word of making it in its sentence ("pour imposer un
  cessez le feu", "talks to negotiate a ceasefire"), or told broken ("violated the truce");
- what an act answered ("fired rockets ... in retaliation for the killing of a commander in an Israeli strike");
- the attacks a plot would have been, and the foiling itself when the sentence tells the arrests that foiled it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .triggers import Hit

# A sentence's end (not an initial's stop: "U.S. forces", "on the I.I. Chundrigar road").
SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.;!?\n؛](?:\s|$)")


# How far a word of breaking may stand from the agreement it breaks ("violated the truce", "despite the ceasefire").
_BREAK_REACH = 40


def pacts_made(text: str, hits: list[Hit]) -> list[Hit]:
    """An agreement's noun ("ceasefire", "accord", "هدنة": ``@pact`` rows) is an Agreement when its sentence
    says it was made (``@pact_made``: "signed", "reached", "entré en vigueur", "التوصل") and nothing beside it
    says it was broken (``@pact_broken``: "violated", "despite"), which drops it. Otherwise it is named in passing
    ("pour imposer un cessez le feu", "talks to negotiate a ceasefire"): a cue, no event word."""
    made = [h for h in hits if h.label == "@pact_made"]
    broken = [h for h in hits if h.label == "@pact_broken"]
    out = []
    for h in hits:
        if h.label != "@pact" or h.kind != "trigger":
            out.append(h)
            continue
        lo, hi = sentence_bounds(text, h.start, h.end)
        if any(lo <= b.start and b.end <= hi and (0 <= h.start - b.end <= _BREAK_REACH or 0 <= b.start - h.end <= _BREAK_REACH)
               for b in broken):
            continue
        made_here = any(lo <= m.start and m.end <= hi for m in made)
        # (named in passing it stays a ``@pact`` cue: no event of its own, nor a reading of another event word in
        # its sentence ("Talks to negotiate a ceasefire"), but what the text is about — see classify.doc_scores)
        out.append(replace(h, label="Agreement") if made_here else replace(h, kind="cue"))
    return out


# How far back a sentence's start is looked for: reading from the document's start for every agreement word
# of a long report would cost its length each time ("accord" is common French).
_SENTENCE_LOOKBACK = 2000


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``text[start:end]`` (a run longer than ``_SENTENCE_LOOKBACK`` characters
    with no sentence end counts from that far back)."""
    lo = max(0, start - _SENTENCE_LOOKBACK)
    for m in SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    m = SENTENCE_END.search(text, end)
    return lo, (m.start() if m is not None else len(text))


_CLAUSE_COMMA = re.compile(r"[,;]")


def cause_spans(text: str, hits: list[Hit]) -> list[tuple[int, int]]:
    """Stretches of text that tell what an act answered ("fired rockets ... in retaliation for the killing of a
    commander in an Israeli strike", "en représailles à la mort ...", "ردا على"): an earlier incident, which the
    report does not tell as its own. A cause runs from its ``@retaliation`` marker to the end of the sentence, or
    to the first comma when it opens the sentence ("In retaliation for ..., Hezbollah fired"). Only causes in a
    sentence with an event word outside them count: otherwise the cause is all the sentence tells."""
    spans = []
    for c in (h for h in hits if h.label == "@retaliation"):
        lo, end = sentence_bounds(text, c.start, c.end)
        hi = end
        if not text[lo:c.start].strip(' "«“\'\n'):
            m = _CLAUSE_COMMA.search(text, c.end, end)
            hi = m.start() if m is not None else end
        if any(h.kind == "trigger" and lo <= h.start and h.end <= end and not c.start <= h.start < hi for h in hits):
            spans.append((c.end, hi))
    return spans


def earlier_incident_spans(text: str, hits: list[Hit]) -> list[tuple[int, int]]:
    """What a sentence's event came days after, told behind it ("The deadly bomb attack came days after terrorists,
    armed with heavy weapons and suicide vests, rampaged through Agriculture Training Institute in Peshawar"): from
    the ``since_event`` marker that follows an event word to the sentence's end."""
    spans = []
    for c in (h for h in hits if h.label == "since_event"):
        lo, end = sentence_bounds(text, c.start, c.end)
        if any(h.kind == "trigger" and lo <= h.start and h.end <= c.start for h in hits):
            spans.append((c.end, end))
    return spans


def without_causes(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop the event words and weapons of what an act answered (see :func:`cause_spans`), and the weapons of the
    earlier incident an event came days after (see :func:`earlier_incident_spans`: its event words stay, to tell
    the sentence's own event word a retelling)."""
    spans = cause_spans(text, hits)
    earlier = earlier_incident_spans(text, hits)
    return [h for h in hits if not (h.kind in ("trigger", "weapon") and any(s <= h.start and h.end <= e for s, e in spans))
            and not (h.kind == "weapon" and any(s <= h.start and h.end <= e for s, e in earlier))]


def plots_foiled_by_arrests(text: str, hits: list[Hit]) -> list[Hit]:
    """A plot foiled or a cell dismantled in a sentence that tells arrests ("عن إحباط عديد الهجمات ... واعتقال 52
    شخصا", "a démantelé une cellule terroriste et interpellé cinq suspects") was foiled by the arrests: the event
    words of the foiling (``@foiled`` rows) go, and the arrests are the event; so does a disruption word of the
    foiling in a sentence that tells a fight or a killing is the fight's ("thwarted a ... incursion ..., killing
    dozens")."""
    foiled = [h for h in hits if h.label == "@foiled"]
    if not foiled:
        return hits
    arrests = [h for h in hits if h.kind == "trigger" and h.label == "Arrests"]
    # (one foiled by killing is a fight: "a permis de neutraliser deux séparatistes et de démanteler un quartier
    # général", and ACLED codes an attack "thwarted ..., killing" fighters as an armed clash)
    fights = [h for h in hits if h.kind == "trigger" and h.label in ("Armed clash", "@kill")]
    drop: set[int] = set()
    fought: set[int] = set()
    for f in foiled:
        lo, hi = sentence_bounds(text, f.start, f.end)
        if any(lo <= a.start < hi for a in arrests):
            drop.update(id(h) for h in hits if h.kind == "trigger" and h.label != "Arrests"
                        and h.start < f.end and f.start < h.end)
        elif any(lo <= a.start < hi and not (a.start < f.end and f.start < a.end) for a in fights):
            # (an attack foiled with killing is a fight; anything else foiled there is no disruption of its own)
            attack_foiled = any(h.kind == "trigger" and h.label in _ATTACK_WORDS and f.end <= h.start < hi
                                and h.start - f.end <= _FOILED_ATTACK_REACH for h in hits)
            (fought if attack_foiled else drop).update(
                id(h) for h in hits if h.kind == "trigger" and h.label == "Disrupted weapons use"
                and h.start < f.end and f.start < h.end)
        # (the attacks foiled never happened: "إحباط عديد الهجمات", "déjouant un projet d'attentat")
        drop.update(id(h) for h in hits if h.kind == "trigger" and h.label in _PLOTTED and f.end <= h.start < hi
                    and h.start - f.end <= _PLOT_REACH)
    return [replace(h, label="Armed clash") if id(h) in fought else h for h in hits if id(h) not in drop]


# The words of a plot after a word of foiling (or of the base dismantled: "démanteler un quartier général"), and how
# far after it they may stand.
_PLOTTED = frozenset({"@attack", "@explosion", "Attack", "Suicide bomb", "Remote explosive/landmine/IED",
                      "Headquarters or base established"})
_PLOT_REACH = 30
_ATTACK_WORDS = _PLOTTED - {"Headquarters or base established"}
# How far after a word of foiling the attack foiled may be named ("thwarted a pro-Hadi and affiliated groups incursion").
_FOILED_ATTACK_REACH = 60
