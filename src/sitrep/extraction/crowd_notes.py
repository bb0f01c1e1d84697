"""ACLED's crowd-size tag: a note that ends "[size=no report]", "[size=hundreds]", "[size=at least 10]" is a
crowd event, a protest or a riot, in 829 of the 838 such notes of four 2020 samples (the other nine are attacks
on civilians by a crowd, an explosion, a decree). The tag is the coder's; it settles what the words leave open
(a "clash" between two groups of villagers is a brawl, not a battle), and whether the crowd demonstrated or rioted
is told by its words. (The clean step masks the tag as the coder's metadata; it is read here from the masked
ranges of the original text, and nowhere else.)"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..model import Actor, CleanDocument, Event, Mention
from .classify import SUB_EVENT_TYPES
from .generic_actors import STATE_KINDS, country_name, named_as_state_forces, with_country
from .motives import denounced, motive_spans
from .triggers import Hit

SIZE_TAG = re.compile(r"\[size\s*=\s*[^\]]{0,60}\]", re.IGNORECASE)
CROWD_TYPES = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters",
               "Violent demonstration", "Mob violence")
# A crowd that demonstrated, not only rioted: what it demanded or opposed is told, or the word for it.
# (burning tyres and blocking roads is how a demonstration turns violent in ACLED's notes: "residents burned tires
# to reject constant power cuts", "cut off roads and burned tires in response to the deterioration of services")
_DEMONSTRATED = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march\w*|sit-?ins?|demand\w*|"
                           r"denounc\w*|reject\w*|strik(?:e|es|ing)|picket\w*|slogans?|chant\w*|tyres|tires|"
                           r"barricad\w*|(?:blocked|blocking|cut\s+off|closed)\s+(?:the\s+|a\s+)?(?:main\s+)?roads?)\b",
                           re.IGNORECASE)
_TYRES_BURNED = re.compile(r"\b(?:burn\w*|lit|set\s+fire\s+to)\s+(?:[\w-]+\s+){0,2}?(?:tyres|tires)\b", re.IGNORECASE)
# Hits that tell violence by the crowd, and hits that tell the authorities stepping in.
# ("looted funds" a crowd demands back is no violence of its own)
_VIOLENT = frozenset({"@kill", "@injure", "@attack", "@beat", "@riot", "@fire", "@destroy", "Armed clash", "Attack",
                      "Mob violence", "Violent demonstration"})
_INTERVENED = frozenset({"@intervene", "@lethal", "Arrests", "Protest with intervention"})
# The words that name a crowd ("residents", "a mob of around 15 people"): the evidence for its side.
_CROWD_WORDS = re.compile(r"\b(?:(?:a\s+)?(?:mob|crowd|group)\s+of\s+(?:[\w,-]+\s+){0,3}?\w+|protesters|demonstrators|"
                          r"rioters|residents|villagers|locals|youths?|people|(?:[\w-]+\s+)?(?:workers|laborers|labourers|"
                          r"employees|drivers|teachers|doctors|nurses|students|traders|vendors|shopkeepers|farmers|"
                          r"fishermen|miners|migrants|refugees|inmates|prisoners|patients|activists|journalists|lawyers|"
                          r"supporters|members|families|relatives|parents|women|citizens|owners))\b", re.IGNORECASE)
_RIOTS = ("Violent demonstration", "Mob violence")
# A lone assailant ("[size=1]") and people of a caste, clan or tribe attack; unnamed others who do are a mob.
_LONE = re.compile(r"size\s*=\s*1\s*\]")
_KIN_GROUP = re.compile(r"\b(?:castes?|clans?|tribes?|tribesmen|militia\w*)\b", re.IGNORECASE)
# Two crowds that fought each other ("two mobs clashed with each other"), and what a mob attacks that someone owns.
_EACH_OTHER = re.compile(r"\b(?:each\s+other|one\s+another|two\s+(?:mobs|groups|crowds|communities|families)|"
                         r"rival\s+(?:mobs|groups|crowds))\b", re.IGNORECASE)
_PROPERTY = re.compile(r"\b(?:bank|church|mosque|temple|shop|store|supermarket|market|house|home|office|vehicle|"
                       r"car|school|hospital|building)s?\b", re.IGNORECASE)


def size_tag(clean: CleanDocument) -> Mention | None:
    """The note's crowd-size tag, among the ranges the clean step masked; ``None`` when it has none."""
    raw = clean.document.text
    for span in clean.boilerplate:
        m = SIZE_TAG.search(raw, span.start, span.end)
        if m is not None:
            return Mention(m.group(0), m.start(), m.end())
    return None


def crowd_hit(clean: CleanDocument, text: str, hits: list[Hit]) -> Hit | None:
    """A protest trigger on the words naming the crowd of a size-tagged note no event word was found in
    ("employees of Al-Fayhaa Hospital in front of its building ... demanding salaries. [size=no report]"): the
    tag says a crowd gathered, its words what it did (:func:`crowd_note_type`). ``None`` otherwise."""
    tag = size_tag(clean)
    if tag is None or _LONE.search(tag.text) or any(h.kind == "trigger" for h in hits):
        return None
    words = _crowd_words(text, None)
    if words is None:
        return None
    told = crowd_note_type(text, hits)
    return Hit(words.start, words.end, words.text, told, 3.0, "trigger", 0, len(words.text.split()))


def crowd_note_type(text: str, hits: list[Hit]) -> str:
    """The crowd type a size-tagged note's words (``text``, its tag masked) and their ``hits`` tell."""
    labels = {h.label for h in hits}
    if labels & _VIOLENT or _TYRES_BURNED.search(text):
        return "Violent demonstration" if _DEMONSTRATED.search(text) else "Mob violence"
    return "Protest with intervention" if labels & _INTERVENED else "Peaceful protest"


def as_crowd_note(clean: CleanDocument, text: str, events: list[Event], hits: list[Hit], countries: Any,
                  actors: list[Actor]) -> None:
    """Make a size-tagged note's main event the crowd event it is: a crowd event already found that agrees
    with the note's words (a riot with violence told, a protest without) comes first; failing one, the main
    event is retyped. A rioting crowd's type (a demonstration turned violent, or a mob) follows its words (see
    :func:`crowd_note_type`), and a riot names the crowd first. Left alone: a bomb or grenade a crowd's man threw
    (coded by its weapon), and an attack by named or armed men on people (a militia's, a caste's). A crowd event
    with no second side takes the one the note's ``actors`` tell (see :func:`_other_side`)."""
    tag = size_tag(clean)
    asserted = sorted((e for e in events if e.modality == "asserted"), key=lambda e: -e.confidence)
    if tag is None or not asserted or asserted[0].event_type == "Explosions/Remote violence":
        return
    told = crowd_note_type(text, hits)
    motives = motive_spans(text, hits)
    rioting = told in _RIOTS
    crowd = next((e for e in asserted if e.sub_event_type in CROWD_TYPES
                  and (e.sub_event_type in _RIOTS + ("Excessive force against protesters",)) == rioting), None)
    main = asserted[0]
    if crowd is None and main.sub_event_type in CROWD_TYPES:
        # (a crowd event the words' hits read otherwise keeps its own reading: violence named in a protest's motive
        # is not the crowd's, "protested against the killing of ...")
        crowd = main
    if crowd is not None:
        if crowd.actor1 is not None and crowd.actor1.start is None and (crowd.actor1.name or "").startswith(("Rioters", "Protesters")):
            # (the crowd named only by the tag's type: the words naming it are its evidence)
            words = _crowd_words(text, tag)
            crowd.actor1 = replace(crowd.actor1, text=words.text, start=words.start, end=words.end)
        if crowd is not main:
            crowd.confidence = round(max(crowd.confidence, main.confidence + 0.01), 3)
        if crowd.sub_event_type == "Peaceful protest" and told == "Protest with intervention" and any(
                h.label == "@intervene" and not any(a <= h.start < b for a, b in motives) for h in hits):
            # ("Indonesian police dispersed several commemorations ... The police claimed that the protests violated
            # coronavirus health protocol. [size=no report]": the note's one crowd is the one the police dispersed; not
            # an arrest the crowd protested, told again: "He was arrested in connection with an accountability case")
            crowd.sub_event_type, crowd.event_type = told, SUB_EVENT_TYPES[told]
        if crowd.sub_event_type in _RIOTS and rioting:
            crowd.sub_event_type = told
            if crowd.actor1 is None or not (crowd.actor1.name or "").startswith("Rioters"):
                crowd.actor1, crowd.actor2 = _crowd_sides(text, tag, crowd, told, _country_of(crowd, countries))
        _other_side(crowd, text, actors, _country_of(crowd, countries), motives)
        return
    if main.sub_event_type == "Attack" and not _crowd_attack(main.actor1, tag):
        return
    main.sub_event_type, main.event_type = told, SUB_EVENT_TYPES[told]
    main.actor1, main.actor2 = _crowd_sides(text, tag, main, told, _country_of(main, countries))
    _other_side(main, text, actors, _country_of(main, countries), motives)


def _other_side(ev: Event, text: str, actors: list[Actor], cname: str | None,
                motives: list[tuple[int, int]]) -> None:
    """The second side of a crowd event that has none: the police or army the note names (who dispersed, met or
    were stoned by the crowd), for a riot or a protest the authorities stepped in at; for a mob, the other mob
    ("two mobs clashed with each other"), or the owners of what it attacked (civilians, as ACLED codes them)."""
    if ev.actor2 is not None or ev.sub_event_type not in _RIOTS + ("Protest with intervention",):
        return
    crowd = ev.actor1
    # (not a force the crowd denounces: "to demonstrate against the death of an adolescent during a military police
    # intervention", ACLED's 2020 Brazil rows, BRA14108: no second side)
    state = _met_force([a for a in actors if a.start is not None and not (
        crowd is not None and crowd.start is not None and crowd.start <= a.start < (crowd.end or 0))
        and not denounced(text, a.start, motives)])
    if state is not None:
        ev.actor2 = with_country(replace(state, confidence=min(state.confidence, 0.6)), cname)
    elif ev.sub_event_type == "Mob violence" and (m := _EACH_OTHER.search(text) or _PROPERTY.search(text)) is not None:
        name = "Rioters" if _EACH_OTHER.match(text, m.start()) else "Civilians"
        ev.actor2 = with_country(Actor(name, m.group(0), m.start(), m.end(), 0.4, name.lower()), cname)


def _crowd_attack(author: Actor | None, tag: Mention) -> bool:
    """Whether an attack in a size-tagged note was a crowd's: by people no name or arms tell apart."""
    if _LONE.search(tag.text):
        return False
    if author is None or not author.name:
        return True
    if author.name.startswith(("Rioters", "Protesters", "Civilians")):
        return True
    return author.name.startswith("Unidentified Armed Group") and not _KIN_GROUP.search(author.text or "")


def _country_of(ev: Event, countries: Any) -> str | None:
    return country_name(countries, ev.location.country if ev.location is not None else None)


def _crowd_sides(text: str, tag: Mention, ev: Event, told: str, cname: str | None) -> tuple[Actor | None, Actor | None]:
    """The crowd first, then the force that met it or the people it turned on."""
    word = "Protesters" if told in ("Peaceful protest", "Protest with intervention") else "Rioters"
    sides = [a for a in (ev.actor1, ev.actor2) if a is not None and a.name]
    # (unnamed men who brawl in a crowd's event are of the crowd: "a clash took place between two groups")
    crowds = [a for a in sides if a.name.startswith(("Rioters", "Protesters", "Unidentified Armed Group"))]
    others = [a for a in sides if a not in crowds]
    if crowds:
        crowd = replace(crowds[0], name=word, kind=word.lower())
    else:
        words = _crowd_words(text, tag)
        crowd = Actor(word, words.text, words.start, words.end, 0.5, word.lower())
    crowd = with_country(crowd, cname)
    if word == "Rioters" and len(crowds) > 1 and told == "Mob violence":
        return crowd, with_country(replace(crowds[1], name="Rioters", kind="rioters"), cname)
    state = _met_force(others)
    if word == "Protesters":
        return crowd, state if told == "Protest with intervention" else None
    return crowd, state or next(iter(others), None)


def _crowd_words(text: str, tag: Mention | None) -> Mention | None:
    """The first words that name the crowd ("residents", "a mob of around 15 people"); failing any, ``tag`` (the
    coder's tag is then the evidence)."""
    m = _CROWD_WORDS.search(text)
    return Mention(m.group(0), m.start(), m.end()) if m is not None else tag


def _met_force(actors: list[Actor]) -> Actor | None:
    """The state force among ``actors`` that met a crowd: the police first, before any army (a demonym may have
    been read as one: "Chinese demonstrators and Nepal Police")."""
    forces = [a for a in actors if a.name and (a.kind in STATE_KINDS or named_as_state_forces(a))]
    return next((a for a in forces if a.name.startswith("Police Forces")), None) or next(iter(forces), None)
