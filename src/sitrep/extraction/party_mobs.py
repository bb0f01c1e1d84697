"""Party men's and unnamed assailants' violence as ACLED's Bangladesh coders read it since late 2022: "members of
Chhatra League (BCL) assaulted and injured a journalist", "unidentified assailants stabbed and killed a former
leader of BCL", "masked assailants vandalized and set fire to the office of BNP" are mob violence by rioters, not
an attack by an armed group; and a crowd's violence told with no demonstration ("supporters of a defeated candidate
vandalized the car of executive magistrate, and clashed with police") is a mob's, not a violent demonstration. The
countries and the dates come from ``data/actors/party_mobs.tsv``.

Shots and bombs are left alone when unnamed men use them (an armed group's gunmen are not a crowd), not when party
men do: "two factions of Chhatra League (BCL) clashed using batons and cocktail bombs" (BGD26911) and "supporters of
winning and losing candidates ... clashed using fire arms, stones, and bricks" (BGD24905) are mob violence too."""
from __future__ import annotations

import re
from dataclasses import replace
from importlib import resources
from pathlib import Path

from ..model import Actor, Event
from ..resolve.countries import read_tsv
from .crowd_sides import no_arms_told
from .generic_actors import STATE_KINDS, with_country

__all__ = ["party_mob_since", "as_party_mob"]

# What a crowd fights with; any other weapon (a gun, a bomb) is an armed group's.
_CROWD_WEAPONS = frozenset({"blunt object", "knife", "acid", "incendiary"})
# Events a crowd's violence may have been read as, and the authors that may have been a crowd.
_RECODED = ("Attack", "Armed clash", "Looting/property destruction")
_CROWD_KINDS = ("unidentified", "civilians", "political", "rioters")
# Words that name a party's men, whose fights are a mob's whatever they fight with.
_PARTY_MEN = re.compile(r"\b(?:supporters|activists|members|factions|followers|workers|cadres|loyalists)\s+of\b",
                        re.IGNORECASE)
# Words that tell a demonstration or call it a riot, whose violence stays a violent demonstration.
_DEMONSTRATION = re.compile(r"\b(?:protest\w*|demonstrat\w*|riot\w*|rall(?:y|ies|ied)|procession\w*|blockade\w*|hartal\w*|"
                            r"strikes?|march\w*|human\s+chain|sit-in)\b", re.IGNORECASE)


def party_mob_since() -> dict[str, str]:
    """ISO2 -> the ISO date from which ``party_mobs.tsv`` says the country's crowds' violence is mob violence."""
    path = Path(str(resources.files("sitrep") / "data" / "actors" / "party_mobs.tsv"))
    return {r["iso2"].strip().upper(): r["since"].strip() for r in read_tsv(path, ("iso2", "since", "source"))}


def _rioters(actor: Actor, country_name: str | None) -> Actor:
    rioters = replace(actor, name="Rioters", kind="rioters")
    return with_country(rioters, country_name) or rioters


def as_party_mob(ev: Event, since: dict[str, str], country_name: str | None, sentence_text: str) -> None:
    """Recode as mob violence an attack, clash or destruction by unnamed or party men in a country and period of
    ``since``, told in ``sentence_text`` with no gun or bomb: the author becomes the country's rioters, an unnamed
    other side too (civilians and state forces stay what they are)."""
    where = ev.location.country if ev.location is not None else None
    first = since.get(where or "")
    a1 = ev.actor1
    if first is not None and ev.date and ev.date[:10] >= first and ev.sub_event_type == "Violent demonstration" \
            and ev.modality == "asserted" and not _DEMONSTRATION.search(sentence_text):
        # ("supporters of a defeated candidate ... vandalized the car of executive magistrate, and clashed with police
        # forces": a crowd's violence with no demonstration told is a mob's, ACLED's 2022-2024 Bangladesh rows)
        ev.event_type, ev.sub_event_type = "Riots", "Mob violence"
        return
    if first is None or not ev.date or ev.date[:10] < first or ev.sub_event_type not in _RECODED \
            or a1 is None or a1.kind not in _CROWD_KINDS or ev.modality != "asserted":
        return
    if not _PARTY_MEN.search(a1.text or "") and (any(w.name not in _CROWD_WEAPONS for w in ev.weapons)
                                                 or not no_arms_told(a1.text or "", sentence_text)):
        return
    if ev.sub_event_type == "Looting/property destruction" and a1.kind != "unidentified":
        return  # (civilians who loot are coded as looters elsewhere; the rows seen are unnamed men's arson)
    ev.event_type, ev.sub_event_type = "Riots", "Mob violence"
    ev.actor1 = _rioters(a1, country_name)
    a2 = ev.actor2
    if a2 is not None and a2.kind not in STATE_KINDS and a2.kind != "civilians":
        ev.actor2 = _rioters(a2, country_name)

