"""A crowd's event and what the next sentence tells of it: the state force used on the crowd ("Police opened
fire, killing 5") is part of the protest or riot, not an incident of its own; the arrest a protest was against,
told again ("He was arrested in connection with ..."), is the crowd's motive, not a second event.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from ..isodates import days_between
from ..model import Actor, Event, Sentence
from .crowd_sides import as_rioters
from .generic_actors import STATE_KINDS
from .motives import motive_spans

if TYPE_CHECKING:  # pragma: no cover
    from .triggers import Hit
    from .mentions import EventMention


_MET_WITH_FORCE = ("Excessive force against protesters", "Protest with intervention", "Attack", "Arrests")


# Words of an arrest, in a crowd's motive ("against the illegal arrest of the editor", "contre l'arrestation de",
# "احتجاجا على اعتقال").
_ARREST_WORD = re.compile(r"\b(?:arrest\w*|detention|detain\w*|imprison\w*|jail\w*|arrestation\w*|interpellation\w*|"
                          r"détention|incarcération|emprisonnement)|اعتقال|توقيف|احتجاز|سجن", re.IGNORECASE)


_ONE_PERSON = frozenset({"he", "she", "him", "her", "il", "elle", "lui"})


def restated_motive(crowd: EventMention, m: EventMention, text: str) -> bool:
    """Whether ``m`` is the arrest a protest told just before was against ("held a protest against the illegal
    arrest of the editor ... He was arrested in connection with an accountability case"): told again as the
    story behind the crowd, unless the crowd itself was arrested."""
    ev, rv = m.event, crowd.event
    if rv is None or ev is None or rv.event_type != "Protests" or ev.sub_event_type != "Arrests" \
            or not 0 < m.sidx - crowd.sidx <= 1:
        return False
    # the crowd's motive must be an arrest ("held a protest against the illegal arrest of the editor")
    motives = [(s, e) for s, e in motive_spans(text, crowd.hits) if s >= crowd.sentence.start]
    if not any(_ARREST_WORD.search(text, s, e) for s, e in motives):
        return False
    # the one the crowd stands for, told again: "He was arrested ...", "the blogger was detained"; not "At least
    # 15 people ... were arrested by the police", the crowd's own arrest
    held = ev.actor2.text if ev.actor2 is not None and ev.actor2.text else ""
    head = held.split()[-1].lower() if held else ""
    # (a passive subject may be left out of the roles: the sentence's first word then says who was held)
    opening = text[m.sentence.start:m.anchor.start].split()[:1]
    told = " ".join(text[s:e].lower() for s, e in motives)
    return head in _ONE_PERSON or (len(head) > 3 and head in told) \
        or not held and bool(opening) and opening[0].lower() in _ONE_PERSON


def force_on_crowd(crowd: EventMention, m: EventMention) -> bool:
    """"Protesters stormed the parliament. Police opened fire, killing 5.", "Des centaines de personnes ont
    manifesté ... Les forces de l'ordre ont tiré à balles réelles, faisant trois morts.": state force
    used in the next sentence on a protest or a riot is that event's, not an incident of its own."""
    ev, rv = m.event, crowd.event
    if rv is None or ev is None or rv.event_type not in ("Protests", "Riots") \
            or ev.sub_event_type not in _MET_WITH_FORCE and not _clash_with_force(ev) \
            or not 0 <= m.sidx - crowd.sidx <= (2 if _clash_with_force(ev) else 1) or _force(ev) is None:
        return False
    if rv.date and ev.date and len(rv.date) >= 10 and len(ev.date) >= 10 and abs(days_between(rv.date, ev.date) or 0) > 1:
        return False
    la, lb = rv.location, ev.location
    return not (la and lb and la.country and lb.country and la.country != lb.country) and m.modality == crowd.modality


def _clash_with_force(ev: Event) -> bool:
    """A clash told with only the state's side named ("De violents affrontements ont éclaté avec les forces de
    l'ordre"): after a crowd's protest, the crowd's own fight."""
    a1, a2 = ev.actor1, ev.actor2
    return ev.sub_event_type == "Armed clash" and (a1 is None or a1.start is None) \
        and a2 is not None and a2.kind in STATE_KINDS


def _force(ev: Event) -> Actor | None:
    """The state force ``ev`` used on a crowd: its author, the force that used excessive force on protesters (named
    second, see crowd_sides.PROTEST_INTERVENED), or the one named side of a clash."""
    if ev.actor1 is not None and ev.actor1.kind in STATE_KINDS:
        return ev.actor1
    met = ev.sub_event_type == "Excessive force against protesters" and ev.actor2 is not None \
        and ev.actor2.kind in STATE_KINDS
    return ev.actor2 if met or _clash_with_force(ev) else None


def as_force_on(crowd: EventMention, m: EventMention) -> Event:
    """``m``'s event recast as part of the crowd event ``crowd``: a riot takes the force as its actor2 (ACLED
    codes a violent demonstration met with force so); a protest met with deaths becomes excessive force,
    the crowd its actor1 and the force its actor2."""
    ev, rv = m.event, crowd.event
    assert ev is not None and rv is not None
    force = _force(ev)
    if _clash_with_force(ev) and rv.event_type == "Protests":
        # "Mobilisation qui a rassemblé 30 000 personnes ... De violents affrontements ont éclaté avec les forces de
        # l'ordre": the crowd fought the force, a violent demonstration (ACLED)
        crowd_side = rv.actor1 if rv.actor1 is not None and rv.actor1.kind == "protesters" else rv.actor2
        crowd.told_as = crowd.told_as or rv.sub_event_type
        rv.sub_event_type, rv.event_type = "Violent demonstration", "Riots"
        rv.actor1, rv.actor2 = as_rioters(crowd_side) if crowd_side is not None else rv.actor1, force
        return replace(ev, actor1=None, actor2=None, assoc_actor1=[], assoc_actor2=[], target=None)
    if rv.sub_event_type == "Violent demonstration":
        return replace(ev, actor1=None, actor2=force, assoc_actor1=[], assoc_actor2=ev.assoc_actor1, target=None)
    if rv.sub_event_type == "Mob violence":
        # (the police who arrest members of a mob after its fight are no side of it, nor make it a protest:
        # "4 CNL and 2 Imbonerakure were injured, and 3 CNL members were later arrested")
        return replace(ev, actor1=None, actor2=None, assoc_actor1=[], assoc_actor2=[], target=None)
    if rv.sub_event_type != "Excessive force against protesters" and (ev.fatalities or ev.sub_event_type != "Attack"):
        lethal = bool(ev.fatalities) or ev.sub_event_type == "Excessive force against protesters"
        crowd_side = rv.actor1 if rv.actor1 is not None and rv.actor1.kind == "protesters" else rv.actor2
        crowd.told_as = crowd.told_as or rv.sub_event_type
        rv.sub_event_type = "Excessive force against protesters" if lethal else "Protest with intervention"
        if lethal and crowd_side is not None:
            rv.actor1 = crowd_side  # (the protesters first, as for an intervention: see crowd_sides.PROTEST_INTERVENED)
        rv.actor2 = force
        if rv.fatalities_estimated and not ev.fatalities:
            rv.fatalities = None  # the protest's coded 0 no longer holds by definition
    return replace(ev, actor1=None, actor2=None, assoc_actor1=[], assoc_actor2=[], target=None)


_TOLD_AS_PROTEST = ("Peaceful protest", "Protest with intervention")
# A riot word strong enough to tell the crowd's violence by itself ("forcer un barrage de police", "lancent des pétards
# sur les policiers", "jets de pierres"), not a weak one that may be anyone's ("brûlé", "heurts").
_STRONG_RIOT = 3.0
_RIOT_WORDS_APART = 2


def riot_told_apart(events: list[Event], hits: list[Hit], sentences: list[Sentence]) -> None:
    """A demonstration whose violence the report tells in sentences of their own ("Des agriculteurs ont réussi à
    forcer un barrage de police ... certains agriculteurs lancent des pétards et des oranges sur les policiers ...
    les agriculteurs venus manifester à Bruxelles"): ACLED codes the day's crowd by its worst conduct, a violent
    demonstration, with the force that met it as the other side. Needs two strong riot words outside the sentences of
    the report's other asserted events, so one stray word of an earlier riot does not recode a march. ``events`` is
    sorted by confidence; the main one is recoded in place."""
    main = next((e for e in events if e.modality == "asserted"), None)
    if main is None or main.sub_event_type not in _TOLD_AS_PROTEST:
        return
    starts = [s.start for s in sentences]
    others = {bisect_right(starts, e.trigger.start) for e in events
              if e is not main and e.trigger is not None and e.event_type not in ("Protests", "Riots")}
    riot = [h for h in hits if h.label == "@riot" and h.weight >= _STRONG_RIOT and bisect_right(starts, h.start) not in others]
    if len({(h.start, h.end) for h in riot}) < _RIOT_WORDS_APART:
        return
    crowd = main.actor1 if main.actor1 is not None and main.actor1.kind == "protesters" else None
    main.sub_event_type, main.event_type = "Violent demonstration", "Riots"
    if crowd is not None:
        main.actor1 = as_rioters(crowd)


def force_told_apart(events: list[Event]) -> None:
    """Give the main riot that names no force the state force another riot of the same day and place told apart meets
    ("Les « gilets jaunes » taguent l'Arc de Triomphe" in the headline, "de violents heurts ... entre forces de l'ordre
    et manifestants" in the body: one riot, the police its other side, as ACLED codes it). ``events`` is sorted by
    confidence."""
    main = next((e for e in events if e.modality == "asserted"), None)
    if main is None or main.sub_event_type != "Violent demonstration" or main.actor2 is not None:
        return
    twin = next((e for e in events if e is not main and e.modality == "asserted" and e.sub_event_type == main.sub_event_type
                 and e.actor2 is not None and e.actor2.kind in STATE_KINDS and e.date == main.date
                 and e.location is not None and main.location is not None and e.location.name == main.location.name), None)
    if twin is not None and twin.actor2 is not None:
        main.actor2 = replace(twin.actor2, confidence=min(twin.actor2.confidence, 0.6))


def shot_while_rioting(events: list[Event]) -> None:
    """A crowd shot by the forces that the report also tells rioting the same day in the same place ("At least four
    people were killed ... after police fired rubber bullets at protesters", then the police's own words: "to disperse
    them as they entered a police station and carried out extensive vandalism"): ACLED codes a demonstration by its
    crowd's conduct, so the deaths are a violent demonstration's, the force its other side. ``events`` is sorted by
    confidence; the main one is recoded in place."""
    main = next((e for e in events if e.modality == "asserted"), None)
    if main is None or main.sub_event_type != "Excessive force against protesters" or main.location is None:
        return
    riot = next((e for e in events if e is not main and e.modality == "asserted"
                 and e.sub_event_type == "Violent demonstration" and e.date == main.date
                 and e.location is not None and e.location.name == main.location.name), None)
    if riot is None:
        return
    sides = [a for a in (main.actor1, main.actor2) if a is not None]
    force = next((a for a in sides if a.kind in STATE_KINDS), None)
    crowd = next((a for a in sides if a.kind == "protesters"), None)
    main.sub_event_type, main.event_type = "Violent demonstration", "Riots"
    main.actor1 = as_rioters(crowd) if crowd is not None else riot.actor1
    main.actor2 = force or riot.actor2
