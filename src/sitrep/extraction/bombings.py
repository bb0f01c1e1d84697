"""Who bombed decides how: "Israel bombed Gaza", "Russian forces have been bombing Idlib" (a state's
forces bomb from the air: ACLED's Air/drone strike) against "militants bombed a market in Kabul" (an armed
group's bomb is a device it set off: Remote explosive/landmine/IED).

The bare verb "bomb" names no sub-event type on its own (``@explosion``, too weak for an event); its author,
read from the parse, does. The author is the verb's subject (or the agent of its passive); for the noun
"bombing", its possessor, a state's adjective before it ("the Russian bombing of Aleppo") or its "by" phrase.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Callable

from ..model import Actor, Event
from .context import DocContext
from .generic_actors import STATE_KINDS
from .subjects import NON_STATE_ARMED
from .triggers import Hit

# The forms of the verb (and its gerund) whose author decides the type; not "bomb attack", "bomb blast":
# a device named is a device's event.
_BOMB_WORD = re.compile(r"bomb(?:ed|ing|s)?", re.IGNORECASE)
# Authors that bomb from the air though the actor table does not name them: a regime or a coalition (the
# forces of states at war), and aircraft.
_AIRBORNE = frozenset({"regime", "coalition", "jet", "warplane", "plane", "aircraft", "bomber", "helicopter"})
_AIR = "Air/drone strike"
_DEVICE = "Remote explosive/landmine/IED"


def authored_bombings(ctx: DocContext, hits: list[Hit], is_state: Callable[[str], bool] | None) -> list[Hit]:
    """A sub-event trigger for each bare "bomb(ed/ing)" whose author the parse names: an air strike for a
    state's forces, a remote explosive for an armed group. Hits for other words are left alone."""
    doc = ctx.parsed
    if doc is None or ctx.lang != "en":
        return []
    out: list[Hit] = []
    for h in hits:
        if h.kind != "trigger" or h.label != "@explosion" or not _BOMB_WORD.fullmatch(h.text):
            continue
        span = doc.char_span(h.start, h.end, alignment_mode="expand")
        if span is None or len(span) != 1:
            continue
        author = _author(span.root)
        if author is None:
            continue
        sub = _sub_of_author(ctx, author, is_state)
        if sub is not None:
            out.append(replace(h, label=sub, weight=3.0))
    return out


def _author(tok: Any) -> Any | None:
    """The word naming who bombed: subject or passive agent of the verb, owner of the noun."""
    if tok.pos_ in ("VERB", "AUX") and not (tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "dobj", "pobj")):
        for child in tok.children:
            if child.dep_ == "nsubj":
                return child
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
            # "shelled and bombed": the first verb's subject
            return next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        return None
    for child in tok.children:
        if child.dep_ in ("poss", "amod", "compound") and child.i < tok.i:
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _sub_of_author(ctx: DocContext, author: Any, is_state: Callable[[str], bool] | None) -> str | None:
    lo, hi = author.left_edge.idx, author.right_edge.idx + len(author.right_edge.text)
    named = next((a for a in ctx.actors if a.start is not None and a.end is not None
                  and a.start < hi and lo < a.end), None)
    if named is not None:
        if named.kind in STATE_KINDS or named.kind == "external":
            return _AIR
        if named.kind in NON_STATE_ARMED:
            return _DEVICE  # (armed groups set off bombs rather than drop them)
        return None
    if is_state is not None and any(t.pos_ in ("PROPN", "ADJ") and is_state(t.text) for t in author.subtree):
        return _AIR  # "Israel", "US", "the Russian bombing"
    if author.lower_ in _AIRBORNE or author.lemma_.lower() in _AIRBORNE:
        return _AIR  # "the regime", "coalition jets"
    return None


def unexploded_that_went_off(ev: Event, hits: list[Hit], cname: str | None) -> None:
    """An unexploded device found, then set off and killing or hurting people ("an unexploded bomb was found near the
    village ... Villagers accidentally detonated it. The explosion killed a woman"): ACLED codes the explosion, a
    remote explosive laid by an unidentified armed group, with the people it hit as civilians (its 2021 Myanmar rows,
    MMR10969, MMR11103), not the find (codebook 2023 §Remote explosive/landmine/IED)."""
    if ev.sub_event_type != "Disrupted weapons use" or not (ev.fatalities or ev.injuries) \
            or not any(h.label == "@uxo" for h in hits):
        return
    ev.sub_event_type, ev.event_type = _DEVICE, "Explosions/Remote violence"
    if ev.actor1 is None or ev.actor1.kind in ("civilians", None) or not ev.actor1.name:
        ev.actor1 = Actor(f"Unidentified Armed Group ({cname})" if cname else "Unidentified Armed Group", None, None,
                          None, 0.3, "unidentified")
    if ev.actor2 is None and cname:
        ev.actor2 = Actor(f"Civilians ({cname})", None, None, None, 0.3, "civilians")
