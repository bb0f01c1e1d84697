"""What a report's later sentences make of its main event: an attack that only took people away is their abduction;
a grenade the forces answered with fire is a fight; looting told after a killing is a part of the killing. Both read the events :func:`~sitrep.extraction.events.find_events`
found, sorted by confidence, and recode the main one in place."""
from __future__ import annotations

import re

from ..model import Event
from .generic_actors import STATE_KINDS

__all__ = ["abduction_first", "grenade_met_with_fire", "killing_before_looting"]


def abduction_first(events: list[Event]) -> None:
    """An attack that hurt nobody and took people away is their abduction ("unidentified gunmen attacked Manini
    and Komo. 12 residents were abducted across the two locations", ACLED codebook 2023 §Abduction/forced
    disappearance): the abduction leads the report. ``events`` is sorted by confidence, and stays so."""
    main = next((e for e in events if e.modality == "asserted"), None)
    if main is None or main.sub_event_type != "Attack" or main.fatalities or main.injuries:
        return
    taken = next((e for e in events if e.modality == "asserted" and e.sub_event_type == "Abduction/forced disappearance"), None)
    if taken is not None:
        taken.confidence = round(max(taken.confidence, main.confidence + 0.01), 3)
        events.sort(key=lambda e: -e.confidence)


def killing_before_looting(events: list[Event]) -> None:
    """Looting told after a deadly attack or fight ("unidentified gunmen shot and killed 4 employees of a local bank
    in El Fasher. Bank property was looted.") is a part of that violence, which ACLED codes: the killing leads the
    report. ``events`` is sorted by confidence, and stays so."""
    main = next((e for e in events if e.modality == "asserted"), None)
    if main is None or main.sub_event_type != "Looting/property destruction" or main.trigger is None:
        return
    killing = next((e for e in events if e.modality == "asserted" and e.fatalities and e.trigger is not None
                    and e.trigger.start < main.trigger.start and e.sub_event_type in ("Attack", "Armed clash")), None)
    if killing is not None:
        killing.confidence = round(max(killing.confidence, main.confidence + 0.01), 3)
        events.sort(key=lambda e: -e.confidence)


# Forces that fire back ("Government forces opened gunfire after the explosion", "Soldiers reacted with gunfire
# towards the attackers' general direction").
_FIRE_RETURNED = re.compile(r"\b(?:opened\s+(?:gun)?fire|(?:reacted|responded|retaliated)\s+with\s+(?:gun)?fire|"
                            r"returned\s+fire|fired\s+back|"
                            # (or the note tells the fight itself: "suspected Al Shabaab clashed with government
                            # soldiers at a checkpoint, after the militants threw a hand grenade", "ambushed ... and
                            # engaged them in an armed clash ... after the militants threw a hand grenade")
                            r"clashed\s+with|engaged\s+\w+\s+in\s+(?:an\s+)?armed\s+clash|exchanged\s+(?:gun)?fire)\b",
                            re.IGNORECASE)


def grenade_met_with_fire(events: list[Event], text: str) -> None:
    """A grenade thrown at the forces, who fired back or fought the throwers, is a fight (ACLED's Somalia rows: 'a
    hand grenade was thrown at a Govt forces checkpoint ... Soldiers reacted with gunfire', coded Armed clash)."""
    main = next((e for e in events if e.modality == "asserted"), None)
    if main is None or main.sub_event_type != "Grenade" or main.actor2 is None \
            or main.actor2.kind not in STATE_KINDS or not _FIRE_RETURNED.search(text):
        return
    main.sub_event_type, main.event_type = "Armed clash", "Battles"
