"""ACLED's generic actors and state forces: the names an event's sides get when the text does not name them
("Civilians (Mali)", "Unidentified Armed Group (Nigeria)", "Military Forces of Israel"), and the actor
mentions of a stretch of the document."""
from __future__ import annotations

import re

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..model import Actor
from ..resolve.actors import of_country
from .triggers import Hit

if TYPE_CHECKING:
    from .context import DocContext

VAC = {"Attack", "Abduction/forced disappearance", "Sexual violence"}
UNKNOWN_AIR_FORCE = "Unidentified Military Forces"  # ACLED's author of a strike by an aircraft nobody could name
REMOTE_VIOLENCE = {"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Suicide bomb",
                   "Grenade", "Chemical weapon"}


def actors_in(ctx: "DocContext", start: int, end: int) -> list[Actor]:
    """Actor mentions found by the actor table between ``start`` and ``end``."""
    return [a for a in ctx.actors if a.start is not None and start <= a.start and (a.end or a.start) <= end]


def country_name(countries: Any, iso2: str | None) -> str | None:
    """ACLED's name of a country from its ISO code, when the country table is installed."""
    if not iso2 or countries is None or not hasattr(countries, "country_name"):
        return None
    return countries.country_name(iso2)


def state_forces(countries: Any, iso2: str | None, text: str | None, start: int | None, end: int | None,
                 confidence: float) -> Actor | None:
    """ACLED's "Military Forces of X" for the state ``iso2``, on the words that name it ("israélienne",
    "الأمريكية", "Israeli"), or None when the country table does not know it."""
    name = country_name(countries, iso2)
    if not name:
        return None
    if iso2 == "PS":
        # (ACLED codes no military forces of Palestine: the Palestinian Authority's are its police, "Palestinian security
        # forces used excessive force against protesters in Ramallah", CASE 2021 dev set, doc 325)
        return Actor("Police Forces of Palestine", text, start, end, confidence, "police", iso2)
    return Actor(f"Military Forces of {of_country(name)}", text, start, end, confidence, "state_military", iso2)


# ACLED's names for authors nobody identified: "Unidentified Armed Group (X)", "Unidentified Gang (X)".
UNIDENTIFIED = "Unidentified "
# ACLED's state forces, as the actor table's kinds name them.
STATE_KINDS = ("state", "state_military", "police", "military")
# Everyone who bears arms: state forces, armed groups of every kind, unnamed gunmen and foreign forces.
ARMED_KINDS = frozenset((*STATE_KINDS, "rebel", "islamist", "militia", "ethnic", "unidentified", "political", "external"))


def named_as_state_forces(actor: Actor | None) -> bool:
    """Whether ACLED's name for ``actor`` is a state's forces ("Military Forces of Yemen Supreme Political
    Council" is, whatever kind the table gives the Houthis)."""
    return actor is not None and (actor.name or "").startswith(("Military Forces", "Police Forces"))


def generic_actor(role: str, sub: str, hits: list[Hit], country_name: str | None) -> Actor | None:
    """ACLED's generic actor for a role left unnamed, from the event type and the cues present."""
    where = f" ({country_name})" if country_name else ""
    feats = {h.label for h in hits}
    event_type = sub
    if role == "actor1":
        if event_type in ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"):
            return None if event_type != "Peaceful protest" else Actor(f"Protesters{where}", None, confidence=0.5, kind="protesters")
        if event_type in ("Violent demonstration", "Mob violence"):
            return Actor(f"Rioters{where}", None, confidence=0.4, kind="rioters")
        if event_type == "Arrests":
            # "five journalists were arrested in Harare", "the authorities detained an activist": arrests nobody
            # else is said to have made are the police's (ACLED's actor1 for them)
            return Actor(f"Police Forces of {of_country(country_name)}" if country_name else None, None, confidence=0.3, kind="police")
        if event_type in VAC or event_type in (
            "Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Armed clash", "Looting/property destruction",
            # (shells nobody is said to have fired: "six artillery shells landed in the village", "mortar shells ...
            # one landed on my neighbour"; ACLED's Myanmar and Somalia rows code their author unidentified)
            "Shelling/artillery/missile attack",
        ):
            return Actor(f"Unidentified Armed Group{where}", None, confidence=0.35, kind="unidentified")
        if event_type == "Other" and any(h.label == "Other" and _DISPLACED.search(h.text) for h in hits):
            # people displaced by fighting are ACLED's Civilians (its 2020 Philippines rows)
            return Actor(f"Civilians{where}", None, confidence=0.4, kind="civilians")
        if event_type == "Other" and any(h.label == "Other" and _ON_STRIKE.search(h.text) for h in hits):
            # strikers, hunger strikers included, are ACLED's Protesters (its 2024 Bahrain rows: "more than 400
            # political detainees started a hunger strike" is Other, actor1 Protesters (Bahrain))
            return Actor(f"Protesters{where}", None, confidence=0.4, kind="protesters")
        return None
    if (event_type in VAC or event_type in REMOTE_VIOLENCE) and "@civilian" in feats:
        # Civilians hit by a bomb, a shell or a strike are its target too (ACLED codes them as actor2).
        return Actor(f"Civilians{where}", None, confidence=0.45 if event_type in VAC else 0.4, kind="civilians")
    if event_type in VAC:
        # Violence against civilians names its victims civilians by definition, even "a suspected thief".
        return Actor(f"Civilians{where}", None, confidence=0.35, kind="civilians")
    if event_type in ("Protest with intervention", "Excessive force against protesters"):
        return Actor(f"Protesters{where}", None, confidence=0.5, kind="protesters")
    if event_type == "Mob violence" and ({"@civilian", "@victim", "@kill", "@injure"} & feats):
        # whom a mob beats or lynches ("un présumé voleur") is a civilian in ACLED's coding
        return Actor(f"Civilians{where}", None, confidence=0.35, kind="civilians")
    if event_type == "Arrests":
        # whom the police arrest, unnamed as a group ("lawyer Sonia Dahmani", "15 NUP supporters"), is coded
        # a civilian by ACLED
        return Actor(f"Civilians{where}", None, confidence=0.3, kind="civilians")
    if event_type == "Looting/property destruction":
        # Houses, shops, crops looted or destroyed: their owners, civilians, are the target (ACLED), and so are
        # the owners of a site or equipment nobody names ("destroyed equipment ... used to construct the road",
        # "an arson attack targeting a chemical plant": Civilians in ACLED's rows)
        told = "@civilian_property" in feats or "@civilian" in feats
        return Actor(f"Civilians{where}", None, confidence=0.4 if told else 0.3, kind="civilians")
    return None


_DISPLACED = re.compile(r"\b(?:displace|evacuat|flee|fled)", re.IGNORECASE)
_ON_STRIKE = re.compile(r"strike|grève|إضراب|اضراب", re.IGNORECASE)


def local_generic(table: Any, actor: Actor | None, country: str | None, date: str | None) -> Actor | None:
    """An unidentified author under the name ACLED gives such authors in ``country`` at ``date``, where the
    actor table has a dated reading for it ("Unidentified Armed Group (Brazil)" -> "Unidentified Gang and/or
    Police Militia"); ``actor`` itself otherwise."""
    if actor is None or not actor.name or not actor.name.startswith(UNIDENTIFIED) or table is None or not country:
        return actor
    reading = table.local_reading(actor.name, country, date)
    if reading is None or not reading.periods or reading.canonical == actor.name:
        return actor
    return replace(actor, name=reading.canonical, kind=reading.kind)


# Territories whose unnamed soldiers are another state's (ACLED's actor list has no "Military Forces of Palestine"; its
# rows code the soldiers in the West Bank and Gaza as Military Forces of Israel).
_SOLDIERS_OF = {"Palestine": "Israel"}


def with_country(actor: Actor | None, country_name: str | None) -> Actor | None:
    """Give a generic actor name without a country the event's country (``Civilians`` → ``Civilians (Iraq)``,
    ``Military Forces`` → ``Military Forces of Iraq``, ``Unidentified Communal Militia`` → ``Unidentified Communal
    Militia (Sudan)``)."""
    if actor is None or not actor.name or not country_name:
        return actor
    if actor.name in ("Civilians", "Protesters", "Rioters", "Unidentified Armed Group", "Unidentified Gang",
                      "Private Security Forces", "Smugglers", "Unidentified Communal Militia") \
            or actor.name.endswith(" Ethnic Militia"):
        actor.name = f"{actor.name} ({country_name})"
    elif actor.name in ("Military Forces", "Police Forces", "Government"):
        # "the army", "الجيش", "les policiers", "الحكومة" with no country named: the country it happens in (the soldiers
        # of the West Bank and Gaza are Israel's: ACLED codes no military forces of Palestine)
        home = _SOLDIERS_OF.get(country_name, country_name) if actor.name == "Military Forces" else country_name
        actor.name = f"{actor.name} of {of_country(home)}"
        actor.confidence = min(actor.confidence, 0.5)
    elif actor.name.startswith(("Military Forces ", "Police Forces ")) and not actor.name.startswith(
            ("Military Forces of ", "Police Forces of ")):
        # a unit with no country named ("prison guards": "Police Forces Prison Guards"): its country's unit
        kind, _, unit = actor.name.partition(" Forces ")
        actor.name = f"{kind} Forces of {of_country(country_name)} {unit}"
        actor.confidence = min(actor.confidence, 0.5)
    return actor
