"""Who lost the ground a taking took: ACLED codes the side that held it as actor2. Where the taking's own words name
no such side ("La cité de Bunagana est tombée entre les mains des terroristes du M23"), the fight told beside it
does ("après des violents combats ... entre les Forces armées de la RDC (FARDC) et les terroristes du M23")."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from ..model import Event
from .context import DocContext

__all__ = ["taken_from_the_foe"]

_TAKINGS = ("Non-state actor overtakes territory", "Government regains territory")
# How many sentences apart the taking and the fight may be told (the fight often in the next one).
_REACH = 2


def taken_from_the_foe(ctx: DocContext, events: list[Event]) -> None:
    """Give each taking with no named loser the other side of a clash told within two sentences whose one side is
    the taker; the clash's sides must both be named (a fight against an unidentified group says nothing of who
    held the place)."""
    starts = [s.start for s in ctx.sentences]
    for ev in events:
        a1, a2 = ev.actor1, ev.actor2
        if ev.sub_event_type not in _TAKINGS or a1 is None or not a1.name or ev.trigger is None \
                or a2 is not None and a2.start is not None:
            continue
        told = bisect_right(starts, ev.trigger.start)
        for fight in events:
            if fight.sub_event_type != "Armed clash" or fight.trigger is None \
                    or abs(bisect_right(starts, fight.trigger.start) - told) > _REACH:
                continue
            sides = [a for a in (fight.actor1, fight.actor2) if a is not None and a.name and a.start is not None]
            names = [a.name for a in sides]
            if len(sides) == 2 and a1.name in names and names[0] != names[1]:
                ev.actor2 = replace(sides[1 - names.index(a1.name)])
                break
