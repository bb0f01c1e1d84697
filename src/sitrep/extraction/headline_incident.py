"""A headline and its lead told as two readings of one story ("Affrontements meurtriers entre Pila-Pila et Peuls"
over "Quatre personnes ont perdu la vie ... dans des affrontements intercommunautaires"): one incident."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Sentence
from .classify import PROTEST_OUTCOMES, SUB_EVENT_TYPES, TERRITORY
from .incidents import HEADLINE, absorb, compatible, drop_repeated_side
from .sequels import VIOLENT_TYPES

if TYPE_CHECKING:  # pragma: no cover
    from .mentions import EventMention

__all__ = ["join_headline"]

# Event types a headline and its lead may tell one incident under: the violence of a fight, a bombing or a riot
# ("Affrontements meurtriers" over "affrontements intercommunautaires"), a protest and its riot.
_ONE_STORY = (set(VIOLENT_TYPES) | {"Riots"}, {"Protests", "Riots"})


def join_headline(incidents: list[EventMention], text: str, sentences: list[Sentence]) -> list[EventMention]:
    """The headline's incident and the lead's, told under two readings of one story ("Affrontements
    meurtriers entre Pila-Pila et Peuls" over "Quatre personnes ont perdu la vie ... dans des affrontements
    intercommunautaires"), merged into the more confident of the two: the lead's toll and actors fill the
    headline's event. Events must carry their confidence."""
    first = sentences[0] if sentences else None
    line_end = text.find("\n", first.start) if first is not None else -1
    if first is None or line_end < 0 or not HEADLINE.match(text, first.start):
        return incidents
    # (the parser may cut the headline: "Donga :" | "huit morts dans des affrontements ...")
    in_head = {k for k, s in enumerate(sentences) if s.start < line_end}
    head = next((i for i in incidents if i.sidx in in_head and i.modality == "asserted" and not i.secondary), None)
    lead = min((i for i in incidents if i.sidx not in in_head and i.sidx <= max(in_head) + 2
                and i.modality == "asserted" and not i.secondary), key=lambda i: i.sidx, default=None)
    if head is None or lead is None or head.event is None or lead.event is None:
        return incidents
    types = {head.event.event_type, lead.event.event_type}
    subs = {head.event.sub_event_type, lead.event.sub_event_type}
    # arrests told in one and the demonstration in the other are the protest's intervention ("توقيف تسع نساء خلال
    # وقفة" over "فرقت السلطات الأمنية وقفة احتجاجية")
    # ("dénonce des arrestations arbitraires" is a crowd's motive, not arrests at its protest: the arrests'
    # own sentence must tell the demonstration)
    arrests_at_protest = "Arrests" in subs and len(subs - {"Arrests"}) == 1 and (subs - {"Arrests"}) <= set(PROTEST_OUTCOMES) \
        and any(h.label == "@protest" or h.kind == "trigger" and h.label in PROTEST_OUTCOMES
                for i in (head, lead) if i.event.sub_event_type == "Arrests" for h in i.hits)
    if not (len(types) == 1 or any(types <= story for story in _ONE_STORY) or arrests_at_protest):
        return incidents
    hl, ll = head.event.location, lead.event.location
    # the headline's town named in the lead, or the lead's in the headline, is one place however each was
    # resolved ("échanges de tirs ... à Bafut" over "à Bafut, localité de l'arrondissement de Bamenda")
    one_place = hl is not None and ll is not None and hl.country == ll.country and (
        bool(hl.text) and hl.text in text[lead.sentence.start:lead.sentence.end]
        or bool(ll.text) and ll.text in text[head.sentence.start:head.sentence.end])
    if not compatible(replace(head.event, location=None) if one_place else head.event, lead.event, loose_place=True,
                       text=text):
        return incidents
    main, other = (head, lead) if head.event.confidence >= lead.event.confidence else (lead, head)
    if other.event.sub_event_type in TERRITORY and main.event.sub_event_type == "Armed clash":
        main, other = other, main  # ground that changed hands in the fight is what ACLED codes ("... s'emparent de Bunagana")
    absorb(main, other)
    ev = main.event
    if arrests_at_protest:
        arrest, protest = (ev, other.event) if ev.sub_event_type == "Arrests" else (other.event, ev)
        sub = protest.sub_event_type if protest.sub_event_type != "Peaceful protest" else "Protest with intervention"
        # the crowd leads; those who arrested it are the force it met
        ev.actor1, ev.actor2 = protest.actor1, protest.actor2 or arrest.actor1
        ev.sub_event_type, ev.event_type = sub, SUB_EVENT_TYPES[sub]
    subs = (ev.sub_event_type, other.event.sub_event_type)
    if all(s in PROTEST_OUTCOMES for s in subs):
        # a sit-in in the headline, its dispersal in the lead: the worse of the two outcomes told
        ev.sub_event_type = max(subs, key=PROTEST_OUTCOMES.index)
        ev.event_type = other.event.event_type if ev.sub_event_type == subs[1] else ev.event_type
    drop_repeated_side(ev)  # (one side named in each: "Pila-Pila et Peuls", "des éleveurs peuls")
    return [i for i in incidents if i is not other]
