"""Ground a foreign state's forces take abroad: ACLED codes it a non-state actor's taking ("Non-state actor overtakes
territory: ... or a foreign state actor", codebook 2023), not the government's regaining, unless those forces fight
beside the country's own or take the ground from an armed group, as its allies do. (``participants.fill_actors`` reads a
mention so where its text names the host country; this reads the event once its place is known, whatever it names.)"""
from __future__ import annotations

from typing import Any

from ..model import Event
from .classify import SUB_EVENT_TYPES
from .context import DocContext
from .generic_actors import STATE_KINDS, state_forces

__all__ = ["taken_abroad"]


def taken_abroad(ctx: DocContext, countries: Any, ev: Event) -> None:
    """Recode as a taking the regaining ``ev`` of a foreign state's forces that took ground from no one named, from
    civilians or from the country's own forces, with no force of the country beside them in the sentence ("Russian
    forces took the village of Lozova, Kharkiv", ACLED's 2022 Ukraine rows); the country's forces are the other side
    when none is named. Foreign troops who take ground from an armed group, or beside the country's forces, fight as
    the government's allies and regain it ("Rwandan troops recaptured Mocimboa da Praia from insurgents", "Rwandan
    and Mozambican troops recaptured")."""
    a1, a2, where = ev.actor1, ev.actor2, ev.location.country if ev.location is not None else None
    if ev.sub_event_type != "Government regains territory" or a1 is None or a1.kind not in STATE_KINDS \
            or not a1.country or not where or a1.country == where or ev.trigger is None:
        return
    unnamed = a2 is None or a2.kind == "civilians"  # (the village's people are no side of a taking)
    if not unnamed and not (a2.kind in STATE_KINDS and a2.country == where):
        return
    sentence = ctx.sentence_of(ev.trigger.start)
    held = (a2.start, a2.end) if a2 is not None else None  # (the forces it was taken from are no allies)
    if any(a.kind in STATE_KINDS and a.country == where and a.start is not None and (a.start, a.end) != held
           and sentence.start <= a.start < sentence.end for a in ctx.actors):
        return
    ev.sub_event_type = "Non-state actor overtakes territory"
    ev.event_type = SUB_EVENT_TYPES[ev.sub_event_type]
    if unnamed:
        ev.actor2 = state_forces(countries, where, None, None, None, 0.4)
