"""What a report's later sentences make of its main event: an attack that only took people away is their abduction;
a grenade the forces answered with fire is a fight; looting told after a killing is a part of the killing; a militia's
violence is no mob's; forces that fired and hit only bystanders attacked civilians; two groups of one side that
clashed are both sides; a fight its author won ground in is the taking of it; rockets fired and then intercepted are
the firing; a killing by nobody named, in a report that calls it popular justice, is a mob's; arrests in a report of
a crowd's demonstration are a part of it; civilians who fought civilians are rioters; ground taken where the report
says nobody fought changed hands without a fight. Each reads the events
:func:`~sitrep.extraction.events.find_events` found, sorted by confidence, and recodes the main one in place."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Actor, Event
from .coref import PERSONAL_PRONOUNS
from .crowd_sides import as_rioters
from .generic_actors import STATE_KINDS

__all__ = ["recode_main_event"]


def recode_main_event(events: list[Event], text: str) -> None:
    """Apply each of this module's readings to ``events`` (sorted by confidence; they stay so) of a report ``text``."""
    abduction_first(events)
    grenade_met_with_fire(events, text)
    killing_before_looting(events)
    armed_men_are_no_mob(events)
    fire_that_hit_civilians(events, text)
    one_group_split(events, text)
    territory_won_in_fight(events)
    fire_before_interception(events, text)
    killing_by_a_mob(events)
    arrests_at_a_demonstration(events)
    civilians_who_fought(events)
    taken_without_fighting(events, text)


def _lead(events: list[Event], event: Event, main: Event) -> None:
    """Make ``event`` lead the report, just above the ``main`` event it takes over from; ``events`` stay sorted."""
    event.confidence = round(max(event.confidence, main.confidence + 0.01), 3)
    events.sort(key=lambda e: -e.confidence)


def _main(events: list[Event]) -> Event | None:
    """The main event: the most confident asserted one (``events`` is sorted by confidence)."""
    return next((e for e in events if e.modality == "asserted"), None)


def abduction_first(events: list[Event]) -> None:
    """An attack that hurt nobody and took people away is their abduction ("unidentified gunmen attacked Manini
    and Komo. 12 residents were abducted across the two locations", ACLED codebook 2023 §Abduction/forced
    disappearance): the abduction leads the report. ``events`` is sorted by confidence, and stays so."""
    main = _main(events)
    if main is None or main.sub_event_type != "Attack" or main.fatalities or main.injuries:
        return
    taken = next((e for e in events if e.modality == "asserted" and e.sub_event_type == "Abduction/forced disappearance"), None)
    if taken is not None:
        _lead(events, taken, main)


def killing_before_looting(events: list[Event]) -> None:
    """Looting told after a deadly attack or fight ("unidentified gunmen shot and killed 4 employees of a local bank
    in El Fasher. Bank property was looted.") is a part of that violence, which ACLED codes: the killing leads the
    report. ``events`` is sorted by confidence, and stays so."""
    main = _main(events)
    if main is None or main.sub_event_type != "Looting/property destruction" or main.trigger is None:
        return
    killing = next((e for e in events if e.modality == "asserted" and e.fatalities and e.trigger is not None
                    and e.trigger.start < main.trigger.start and e.sub_event_type in ("Attack", "Armed clash")), None)
    if killing is not None:
        _lead(events, killing, main)


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
    main = _main(events)
    if main is None or main.sub_event_type != "Grenade" or main.actor2 is None \
            or main.actor2.kind not in STATE_KINDS or not _FIRE_RETURNED.search(text):
        return
    main.sub_event_type, main.event_type = "Armed clash", "Battles"


_MILITIA_NAME = re.compile(r" Militia(?: \([^()]+\))?$")  # "Darfur Communal Militia (Sudan)", one with no country known


def armed_men_are_no_mob(events: list[Event]) -> None:
    """A mob the coder's words name as a militia ("pastoralists-militia (coded as Darfur communal militia) attacked
    civilians") is an armed group: its violence is an attack on civilians, or a fight with anyone else (ACLED
    codebook 2023 §Mob violence is the violence of rioters)."""
    for ev in events:
        if ev.sub_event_type == "Mob violence" and ev.actor1 is not None and ev.actor1.kind == "militia" \
                and _MILITIA_NAME.search(ev.actor1.name or ""):
            civilians = ev.actor2 is None or ev.actor2.kind == "civilians"
            ev.sub_event_type, ev.event_type = ("Attack", "Violence against civilians") if civilians else ("Armed clash", "Battles")


# Bystanders hit: "At least 1 civilian bystander was injured", "a civilian was killed by a stray bullet"; and any
# word of fire that answered (then it was a fight).
_BYSTANDERS_HIT = re.compile(r"\b(?:civilians?|bystanders?|passers-by|passer-by|pedestrians?)\b[^.;]{0,40}?\b(?:was|were)\s+"
                             r"(?:\w+\s+)?(?:injured|wounded|killed|hit|hurt)\b", re.IGNORECASE)
_FOUGHT_BACK = re.compile(r"\b(?:returned\s+fire|fired\s+back|exchanged\s+(?:gun)?fire|exchange\s+of\s+fire|clash\w*|"
                          r"gunfight|firefight|shoot-?out|gun\s+battle)\b", re.IGNORECASE)


def fire_that_hit_civilians(events: list[Event], text: str) -> None:
    """Forces that opened fire with nobody named firing back, hitting bystanders ("government security forces (SNA)
    convoy ... opened fire during a traffic jam ... At least 1 civilian bystander was injured"): an attack on
    civilians, as ACLED codes it, not a fight with an unknown side."""
    main = _main(events)
    if main is None or main.sub_event_type != "Armed clash" or main.actor1 is None or main.actor1.kind not in STATE_KINDS \
            or main.actor2 is None or main.actor2.start is not None or not (main.actor2.name or "").startswith("Unidentified") \
            or not _BYSTANDERS_HIT.search(text) or _FOUGHT_BACK.search(text):
        return
    country = (main.actor2.name or "").partition(" (")[2]
    main.actor2 = Actor(f"Civilians ({country}" if country else "Civilians", None, None, None, main.actor2.confidence,
                        "civilians")
    main.sub_event_type, main.event_type = "Attack", "Violence against civilians"


# "2 groups of Al Shabaab clashed", "rival factions of Chatra Dal (JCD) clashed": one group on both sides.
_SPLIT_GROUP = re.compile(r"\b(?:two|2|rival)\s+(?:groups|factions|wings|units)\s+(?:of|within)\s+(?:the\s+)?(?:\w+\s+){0,2}$",
                          re.IGNORECASE)


def one_group_split(events: list[Event], text: str) -> None:
    """A fight between two groups of one side is coded with that side as both actors (ACLED's 2025 Somalia rows:
    "2 groups of Al Shabaab clashed", Al Shabaab v Al Shabaab), not with civilians or unknown men as the other."""
    main = _main(events)
    if main is None or main.sub_event_type not in ("Armed clash", "Mob violence") or main.actor1 is None \
            or main.actor1.start is None or not _SPLIT_GROUP.search(text, max(0, main.actor1.start - 30), main.actor1.start):
        return
    if main.actor2 is None or main.actor2.start is None or main.actor2.kind == "civilians":
        main.actor2 = Actor(main.actor1.name, None, None, None, min(main.actor1.confidence, 0.6), main.actor1.kind,
                            main.actor1.country)


_TERRITORY = ("Non-state actor overtakes territory", "Government regains territory")


def territory_won_in_fight(events: list[Event]) -> None:
    """A fight after which its author took the place ("Al Shabaab clashed with AUSSOM BNDF troops in Xawaadleey
    village ... Al Shabaab took control of the village") is coded as the taking (ACLED codebook 2023 §Non-state
    actor overtakes territory, §Government regains territory: a battle in which the territory changed hands)."""
    main = _main(events)
    if main is None or main.sub_event_type != "Armed clash" or main.actor1 is None or not main.actor1.name:
        return
    # (told as control taken: "took control of the village"; not "people nearby captured them")
    taken = next((e for e in events if e is not main and e.modality == "asserted" and e.sub_event_type in _TERRITORY
                  and e.actor1 is not None and e.actor1.name == main.actor1.name and e.trigger is not None
                  and "control" in e.trigger.text.lower()), None)
    if taken is not None:
        main.sub_event_type = taken.sub_event_type


# Fire whose rounds may be intercepted: the attack an interception disrupts.
_INTERCEPTED_FIRE = ("Shelling/artillery/missile attack", "Air/drone strike")


# An interception of every round ("All were shot down by Ukrainian air defence"): the attack was disrupted.
_ALL_DOWNED = re.compile(r"\b(?<!not\s)(?:all|each|every\s+one)\s+(?:of\s+(?:them|the\s+\w+)\s+)?(?:were|was)\b|\bwere\s+all\b|"
                         r"\b(?:tous|toutes)\s+(?:ont\s+été|abattu|intercept)", re.IGNORECASE)


def fire_before_interception(events: list[Event], text: str) -> None:
    """Rockets, missiles or drones whose firing the report tells, then their interception ("Hamas militants fired
    several barrages of rockets toward Sderot. ... many were presumably intercepted by the iron dome"; "shrapnel from
    an intercepted missile, fired by Houthi militants, fell on a house"): ACLED codes the firing, by its author (its
    2023-2025 Israel rows), not the interception. The firing leads the report; an interception told first, whose
    interceptor is named ("Saudi air defences intercepted a ballistic missile fired by the Houthis"), stays the
    main event, and so does one that downed every round. ``events`` is sorted by confidence, and stays so."""
    main = _main(events)
    if main is None or main.sub_event_type != "Disrupted weapons use" or main.trigger is None:
        return
    # (every round downed: ACLED codes the disruption, its 2024 Ukraine rows "All were shot down")
    told = text[max(0, main.trigger.start - 120):main.trigger.end + 40]
    if _ALL_DOWNED.search(told):
        return
    for fire in events:
        if fire.modality != "asserted" or fire.sub_event_type not in _INTERCEPTED_FIRE or fire.actor1 is None \
                or not fire.actor1.name or fire.trigger is None:
            continue
        # (told first, or the interception's only named party is the one who fired)
        if fire.trigger.start < main.trigger.start or main.actor1 is not None and main.actor1.name == fire.actor1.name:
            _lead(events, fire, main)
            return




def killing_by_a_mob(events: list[Event]) -> None:
    """A killing whose author goes unnamed ("Un présumé voleur ... a été brûlé vif", "ils l'ont tabassé et brûlé
    vif"), in a report that also tells mob violence ("il y a eu justice populaire", "lynchages"): the crowd that did
    it is the author, ACLED's mob violence by rioters (its codebook 2023 §Mob violence: vigilante killings of
    suspected thieves). ``events`` is sorted by confidence, and stays so."""
    main = _main(events)
    if main is None or main.sub_event_type != "Attack":
        return
    author = main.actor1  # (unnamed: no words, or a pronoun, "ils l'ont tabassé et brûlé vif")
    if author is not None and (author.kind != "unidentified"
                               or author.text and author.text.lower() not in PERSONAL_PRONOUNS):
        return
    mob = next((e for e in events if e is not main and e.modality == "asserted" and e.sub_event_type == "Mob violence"
                and e.actor1 is not None and e.actor1.kind == "rioters"), None)
    if mob is None or main.location is not None and mob.location is not None \
            and main.location.country != mob.location.country:
        return
    main.sub_event_type, main.event_type = "Mob violence", "Riots"
    main.actor1 = replace(mob.actor1, text=author.text if author is not None else None,
                          start=author.start if author is not None else None, end=author.end if author is not None else None)


_CROWD_EVENTS = ("Protests", "Riots")


def arrests_at_a_demonstration(events: list[Event]) -> None:
    """Arrests told in a report of a demonstration at the same place on the same day ("Retraites: des tensions à Paris, 138
    personnes interpellées ... des centaines de manifestants ont tenté de partir en cortège"): a part of the crowd's
    event, which ACLED codes (its codebook 2023 §Protest with intervention: arrests of protesters are an
    intervention). The demonstration leads the report. ``events`` is sorted by confidence, and stays so."""
    main = _main(events)
    if main is None or main.sub_event_type != "Arrests":
        return
    # (the same place and day: arrests elsewhere, or of suspects of something else, stand as told)
    crowd = next((e for e in events if e.modality == "asserted" and e.event_type in _CROWD_EVENTS
                  and main.location is not None and e.location is not None and main.location.name == e.location.name
                  and main.date is not None and main.date == e.date), None)
    if crowd is not None:
        _lead(events, crowd, main)


def civilians_who_fought(events: list[Event]) -> None:
    """A fight whose two sides are both civilians ("two groups of locals clashed using local weapons ... over a
    long-standing dispute") is no battle between armed groups: ACLED codes it as mob violence between rioters (its
    codebook 2023 §Mob violence; its 2024 Bangladesh rows, Rioters (Bangladesh) against Rioters (Bangladesh))."""
    main = _main(events)
    if main is None or main.sub_event_type != "Armed clash" or main.actor1 is None or main.actor2 is None \
            or main.actor1.kind != "civilians" or main.actor2.kind != "civilians":
        return
    main.sub_event_type, main.event_type = "Mob violence", "Riots"
    main.actor1, main.actor2 = as_rioters(main.actor1), as_rioters(main.actor2)


# The coder's word that nobody fought for the ground: "There were no clashes." (ACLED's 2025 Somalia rows). (A
# withdrawal "sans combat" in a press report is left to the event words: the press may tell a side's retreat
# before an offensive.)
_NO_FIGHT = re.compile(r"\b(?:there\s+(?:were|was)\s+no\s+(?:clashes|fighting|resistance)|no\s+clashes\s+(?:were\s+)?"
                       r"(?:reported|took\s+place|occurred))\b", re.IGNORECASE)
_TAKINGS = ("Government regains territory", "Non-state actor overtakes territory")


def taken_without_fighting(events: list[Event], text: str) -> None:
    """Ground a side took where the report says there was no fighting ("Puntland Dervish Forces took control over
    Dhul Dheexad village ... from Islamic State Somalia Province ... There were no clashes.") changed hands without a
    fight: ACLED's Non-violent transfer of territory (codebook 2023), with its sides as they are."""
    main = _main(events)
    if main is None or main.sub_event_type not in _TAKINGS or main.trigger is None or main.fatalities:
        return
    # (the word of it in the taking's sentence or the two after it)
    stop = text.find(".", main.trigger.end)
    for _ in range(2):
        nxt = text.find(".", stop + 1) if stop >= 0 else -1
        stop = nxt if nxt >= 0 else len(text)
    if _NO_FIGHT.search(text, main.trigger.start, stop):
        main.sub_event_type, main.event_type = "Non-violent transfer of territory", "Strategic developments"
