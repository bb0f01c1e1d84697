"""Who disrupted the weapons of an interception: ACLED's notes open with "Interception:" and tell first who fired
("Interception: On 1 January 2024, Hamas militants fired a barrage of about 27 rockets toward southern and central
Israel ... The iron dome intercepted 18 rockets"); the event's actor1 is who intercepted, actor2 who launched (ACLED
codebook 2023, §Disrupted weapons use; ACLED's 2024 Israel row: actor1 'Military Forces of Israel (2022-)', actor2
'Hamas Movement'). The subject of the first sentence is the launcher, not the side that disrupted the weapons."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Event
from .context import DocContext

__all__ = ["interceptor_first"]

# A launching verb right after its subject ("Hamas militants fired", "Russian forces launched Shahed drones").
_LAUNCHED = re.compile(r"\s+(?:\w+\s+){0,2}?(?:fired|launched|sent|lobbed|shot|fires|launches|tirent|ont\s+tiré|ont\s+lancé)\b",
                       re.IGNORECASE)
# A verb of interception right after the interceptor ("The iron dome intercepted", "air defence shot down").
_INTERCEPTED = re.compile(r"\s+(?:\w+\s+){0,2}?(?:intercepted|shot\s+down|downed|destroyed|neutrali[sz]ed|intercepts|"
                          r"a\s+intercepté|ont\s+intercepté|a\s+abattu|ont\s+abattu)\b", re.IGNORECASE)


def interceptor_first(ctx: DocContext, ev: Event) -> None:
    """Make the side that intercepted the weapons actor1 of a disruption whose actor1 is the subject that launched them,
    and the launcher actor2; nothing changes when no interceptor is named."""
    launcher = ev.actor1
    if ev.sub_event_type != "Disrupted weapons use" or launcher is None or launcher.end is None \
            or not _LAUNCHED.match(ctx.text, launcher.end):
        return
    interceptor = next((a for a in ctx.actors if a.end is not None and a.name and a.name != launcher.name
                        and _INTERCEPTED.match(ctx.text, a.end)), None)
    if interceptor is None:
        return
    ev.actor1, ev.actor2 = replace(interceptor, confidence=min(interceptor.confidence, 0.6)), launcher
