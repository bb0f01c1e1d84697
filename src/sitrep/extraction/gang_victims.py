"""Killings of alleged criminals, and their property seized, as ACLED's Latin America coders read them: "a man was
killed in a drive-by shooting by two armed men ... The victim had charges against him for several crimes, including
drug trafficking" is a clash between the killers and an unidentified gang the victim belonged to ("Unidentified Gang
(Brazil)"), not an attack on a civilian; the drugs, lab or airstrip the police seize or destroy are such a gang's.
The countries come from ``data/actors/gang_killings.tsv``; the words that call the victim a criminal, or the
property a gang's, are the ``@criminal_victim`` and ``@criminal_property`` cues of the event lexicons."""
from __future__ import annotations

import re
from dataclasses import replace
from importlib import resources
from pathlib import Path

from ..model import Actor, Event, Sentence
from ..resolve.countries import read_tsv
from .generic_actors import STATE_KINDS, local_generic, named_as_state_forces, with_country
from .triggers import Hit

__all__ = ["gang_countries", "clash_order", "as_gang_clash", "as_gang_killers", "as_gang_property", "as_gang_side",
           "as_police_operation", "order_state_side"]

# How many sentences after the killing may still describe its victim ("The victim had charges against him").
_REACH = 2


def gang_countries() -> frozenset[str]:
    """The ISO2 codes of ``gang_killings.tsv``."""
    path = Path(str(resources.files("sitrep") / "data" / "actors" / "gang_killings.tsv"))
    return frozenset(r["iso2"].strip().upper() for r in read_tsv(path, ("iso2", "source")) if r["iso2"].strip())


# Unnamed men, counted or not ("by 15 men", "two men", "armed individuals"): no community, no crowd.
_PLAIN_MEN = re.compile(r"(?:(?:a\s+group\s+of|about|around|some|several|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)*"
                        r"(?:armed\s+|unknown\s+|unidentified\s+)?(?:men|man|individuals|persons|subjects|assailants)",
                        re.IGNORECASE)


def as_gang_killers(ev: Event, countries: frozenset[str], country_name: str | None) -> None:
    """Recode as an attack by an unidentified armed group the mob violence of plain unnamed men ("a man was beaten
    to death ... by 15 men", "two men shot at people inside a store") in ``countries``: ACLED's Latin America
    coders read such killers as armed men of no known group, not a crowd (villagers, residents and locals who
    lynch a thief stay a mob)."""
    where = ev.location.country if ev.location is not None else None
    a1 = ev.actor1
    if ev.sub_event_type != "Mob violence" or where not in countries or a1 is None or not a1.text \
            or not _PLAIN_MEN.fullmatch(a1.text.strip()):
        return
    ev.sub_event_type, ev.event_type = "Attack", "Violence against civilians"
    ev.actor1 = with_country(replace(a1, name="Unidentified Armed Group", kind="unidentified"), country_name)
    if ev.actor2 is not None and ev.actor2.name == a1.name:
        ev.actor2 = None


def clash_order() -> dict[str, str]:
    """ISO2 -> "first" or "second": where the country's coders put the state's forces in a clash
    (``data/actors/clash_order.tsv``)."""
    path = Path(str(resources.files("sitrep") / "data" / "actors" / "clash_order.tsv"))
    return {r["iso2"].strip().upper(): r["state_side"].strip() for r in read_tsv(path, ("iso2", "state_side", "source"))}


def order_state_side(ev: Event, order: dict[str, str]) -> None:
    """Put the state's forces of a clash with a non-state side where the country's coders put them (Brazil's
    first, Mexico's second: ``clash_order.tsv``)."""
    where = ev.location.country if ev.location is not None else None
    side = order.get(where or "")
    if side is None or ev.sub_event_type != "Armed clash" or ev.actor1 is None or ev.actor2 is None:
        return
    first_state, second_state = named_as_state_forces(ev.actor1), named_as_state_forces(ev.actor2)
    if first_state == second_state or (side == "first") == first_state:
        return
    ev.actor1, ev.actor2 = ev.actor2, ev.actor1
    ev.assoc_actor1, ev.assoc_actor2 = ev.assoc_actor2, ev.assoc_actor1


def as_gang_clash(ev: Event, sidx: int, sentences: list[Sentence], hits: list[Hit], countries: frozenset[str],
                  country_name: str | None) -> None:
    """Recode ``ev`` (told in sentence ``sidx``) as a clash with an unidentified gang when it is an attack by
    unidentified men, in one of ``countries``, on a victim the report calls a criminal."""
    where = ev.location.country if ev.location is not None else None
    a1, a2 = ev.actor1, ev.actor2
    if ev.sub_event_type != "Attack" or where not in countries or a1 is None \
            or not (a1.kind == "unidentified" or (a1.name or "").startswith("Unidentified")) \
            or (a2 is not None and a2.kind != "civilians") or not sentences:
        return
    start = sentences[sidx].start
    end = sentences[min(sidx + _REACH, len(sentences) - 1)].end
    # (the killers' own words are no victim's: "Gang members killed at least 12 residents")
    authors = (a1.start, a1.end) if a1.start is not None and a1.end is not None else None
    cue = next((h for h in hits if h.label == "@criminal_victim" and start <= h.start < end
                and not (authors and authors[0] <= h.start < authors[1])), None)
    if cue is None:
        return
    ev.sub_event_type, ev.event_type = "Armed clash", "Battles"
    ev.actor2 = _gang(cue, where, country_name)


def as_gang_side(ev: Event, hits: list[Hit], countries: frozenset[str], country_name: str | None) -> None:
    """Name the unidentified side of a clash with state forces "Unidentified Gang (X)" when its own words call it
    criminal ("a drug trafficker was killed after exchanging fire with military police forces", "drug traffickers
    exchanged fire with civil police forces"), in ``countries``; the state forces come first, as ACLED's Latin
    America coders put them."""
    where = ev.location.country if ev.location is not None else None
    if ev.sub_event_type != "Armed clash" or where not in countries or ev.actor1 is None or ev.actor2 is None:
        return
    for side, other in ((ev.actor1, ev.actor2), (ev.actor2, ev.actor1)):
        if not (side.kind == "unidentified" or (side.name or "").startswith("Unidentified")) \
                or not named_as_state_forces(other):
            continue
        # (the side's own words, or where no words were kept for it, any such words but the forces')
        if side.start is not None and side.end is not None:
            cue = next((h for h in hits if h.label == "@criminal_victim" and side.start <= h.start < side.end), None)
        else:
            cue = next((h for h in hits if h.label == "@criminal_victim" and not (
                other.start is not None and other.end is not None and other.start <= h.start < other.end)), None)
        if cue is not None:
            ev.actor1, ev.actor2 = other, _gang(cue, where, country_name)
            return


def as_gang_property(ev: Event, sentence: Sentence, hits: list[Hit], countries: frozenset[str],
                     country_name: str | None) -> None:
    """Name the owner of the drugs, lab or airstrip state forces seized or destroyed (``@criminal_property`` cues
    in the event's ``sentence``) "Unidentified Gang (X)", as ACLED's Latin America coders do, in ``countries``."""
    where = ev.location.country if ev.location is not None else None
    a1, a2 = ev.actor1, ev.actor2
    if ev.sub_event_type != "Looting/property destruction" or where not in countries or a1 is None \
            or a1.kind not in ("state_military", "police", "state", "military") \
            or (a2 is not None and a2.kind != "civilians"):
        return
    cue = next((h for h in hits if h.label == "@criminal_property" and sentence.start <= h.start < sentence.end), None)
    if cue is None:
        return
    ev.actor2 = _gang(cue, where, country_name)


def _gang(cue: Hit, iso2: str | None, country_name: str | None) -> Actor:
    """ACLED's unidentified gang of the country, on the words that told of it."""
    name = f"Unidentified Gang ({country_name})" if country_name else "Unidentified Gang"
    return Actor(name, cue.text, cue.start, cue.end, 0.5, "unidentified", iso2)


# "the Military Police carried out an operation against drug trafficking in ...": a police raid on a gang's ground.
_POLICE_OPERATION = re.compile(r"\bPolice\s+(?:officers\s+)?(?:(?:carried\s+out|conducted|launched|performed)\s+an?\s+"
                               r"(?:\w+\s+)?operation\b|went\s+to\b)", re.IGNORECASE)
# Someone hit, or shots exchanged, in it.
_SHOTS = re.compile(r"\b(?:shot|shoot-?outs?|exchanged\s+fire|gunfire|injured|wounded|killed|died)\b", re.IGNORECASE)
_RECODED = frozenset({"Arrests", "Disrupted weapons use", "Attack", "Looting/property destruction"})


def as_police_operation(ev: Event, text: str, actors: list[Actor], table: object, countries: frozenset[str],
                        country_name: str | None) -> None:
    """Recode as a clash between the police and a gang a police operation in which someone was shot or hurt, in
    ``countries`` (ACLED's Brazil rows: "the Military Police carried out an operation against drug trafficking in
    Vila Ipiranga ... A suspect was shot and died. The Police arrested a suspect and seized two pistols", 6 of 6
    such notes in the 2020 samples coded Armed clash). The gang is the one the report names ("by the CV (Red
    Command)", "area controlled by the TCP"), else the country's unidentified gang."""
    where = ev.location.country if ev.location is not None else None
    # (a shoot-out the parse gave no side: "Military Police officers went to the Chumbada no Mutondo community ... An
    # intense shoot-out broke out and a suspect was shot and injured", ACLED's BRA14391)
    unsided = ev.sub_event_type == "Armed clash" and all(
        a is None or a.kind == "unidentified" and a.start is None for a in (ev.actor1, ev.actor2))
    if (ev.sub_event_type not in _RECODED and not unsided) or where not in countries \
            or not _POLICE_OPERATION.search(text) or not _SHOTS.search(text):
        return
    # (the force the operation's words name first: "the Military Police carried out", not "The Police arrested")
    police = next((a for a in actors if a.kind in STATE_KINDS and a.name and named_as_state_forces(a)), None) \
        or (ev.actor1 if named_as_state_forces(ev.actor1) else None)
    if police is None:
        return
    gang = next((a for a in actors if a.kind == "militia" and a.country == where and a.name), None)
    if gang is None:
        unknown = with_country(Actor("Unidentified Armed Group", None, None, None, 0.4, "unidentified", where), country_name)
        gang = local_generic(table, unknown, where, ev.date)
    ev.sub_event_type, ev.event_type = "Armed clash", "Battles"
    ev.actor1, ev.actor2 = police, gang
