"""The sides of crowd events: what a crowd is called by what it does, the order ACLED gives a crowd and
the force that met it, and the force named beside a riot."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..model import Actor, Event, Sentence
from .generic_actors import STATE_KINDS, actors_in, country_name, with_country
from .context import DocContext

# Protests something was done to: ACLED names the protesters first and the force that stepped in second, whether it
# dispersed them or used excessive force (its rows: Kenya 2017, Ethiopia 2020, Sudan 2022, Yemen 2025 name the
# protesters first in "Excessive force against protesters"; one Djibouti row of five names the police first).
PROTEST_INTERVENED = ("Protest with intervention", "Excessive force against protesters")


# A crowd is coded by what it does: people who demonstrate are protesters, people who riot are rioters.
CROWD_NAME = {"Peaceful protest": "Protesters", "Violent demonstration": "Rioters", "Mob violence": "Rioters"}


def as_rioters(crowd: Actor) -> Actor:
    """A crowd renamed for the riot it turned to: "Protesters (Kenya)" or "Civilians (Bangladesh)" becomes "Rioters
    (Kenya)", "Rioters (Bangladesh)" (ACLED names a crowd by what it did)."""
    name = re.sub(r"^(?:Protesters|Civilians)\b", "Rioters", crowd.name or "Rioters", count=1)
    return replace(crowd, name=name, kind="rioters")


def riot_read_as_clash(ev: Event) -> None:
    """Recode as the rioters' violent demonstration a clash whose sides are rioters or protesters and the state's forces
    ("مما دفع قوات الأمن إلى مواجهة المشاغبين", the security forces confronted the rioters): a crowd is no armed,
    organised side (ACLED codebook 2023 §Armed clash, §Violent demonstration)."""
    if ev.sub_event_type != "Armed clash" or ev.actor1 is None or ev.actor2 is None:
        return
    sides = (ev.actor1, ev.actor2)
    crowd = next((a for a in sides if a.kind in ("rioters", "protesters")), None)
    force = next((a for a in sides if a.kind in STATE_KINDS), None)
    if crowd is not None and force is not None:
        ev.sub_event_type, ev.event_type = "Violent demonstration", "Riots"
        ev.actor1, ev.actor2 = as_rioters(crowd), force


# A crowd in a clash's sentence ("Des heurts ont éclaté ..., où des jeunes ont pris pour cible la police"), and words of
# armed men that would make it a fight of armed groups instead.
_CROWD_WORDS = re.compile(r"\b(?:jeunes|manifestants|protestataires|émeutiers|casseurs|youths|protesters|demonstrators|"
                          r"rioters)\b|المتظاهرين|المحتجين|المتظاهرون|المحتجون|شبان", re.IGNORECASE)
_ARMED_IN_SENTENCE = re.compile(r"\b(?:hommes\s+armés|jihadistes|djihadistes|terroristes|rebelles|miliciens|assaillants|"
                                r"gunmen|militants|militiamen|rebels|insurgents|jihadists|fighters)\b|مسلحين|مسلحون",
                                re.IGNORECASE)


def faceless_clash_of_a_crowd(ctx: DocContext, ev: Event, countries: Any) -> None:
    """Recode as a violent demonstration a clash whose sides the words did not name when its sentence tells of a
    crowd and the state's force, and of no armed men: "Des heurts ont éclaté pour la quatrième nuit consécutive dans
    plusieurs villes de Tunisie, où des jeunes ont pris pour cible la police" (the youths riot, the police is the other
    side; ACLED codebook 2023 §Violent demonstration)."""
    if ev.sub_event_type != "Armed clash" or any(a is not None and a.start is not None for a in (ev.actor1, ev.actor2)):
        return
    sentence = ctx.sentence_of(ev.trigger.start)
    start, end = sentence.start, sentence.end
    lead = next((x for x in ctx.sentences if x.start >= end), None) if start == 0 else None
    if lead is not None:
        end = lead.end  # (a headline's clash, "Tunisie : heurts nocturnes dans plusieurs villes": its lead tells who)
    words = ctx.text[start:end]
    force = next((a for a in actors_in(ctx, start, end) if a.kind in STATE_KINDS), None)
    if force is None or not _CROWD_WORDS.search(words) or _ARMED_IN_SENTENCE.search(words):
        return
    cname = country_name(countries, ev.location.country if ev.location is not None else None)
    ev.sub_event_type, ev.event_type = "Violent demonstration", "Riots"
    ev.actor1 = with_country(Actor("Rioters", None, confidence=0.4, kind="rioters"), cname)
    ev.actor2 = with_country(replace(force, confidence=min(force.confidence, 0.6)), cname)


# Two undescribed groups of people that fight each other ("two communities including the Ravidassia clashed and
# pelted stones at each other", "two groups of migrant laborers clashed"), with no arms named, brawl: ACLED codes
# mob violence between rioters, not an armed clash (codebook 2023 §Mob violence).
_GROUPS_OF_PEOPLE = re.compile(r"(?:two|rival|both|the\s+two)\s+(?:[\w-]+\s+){0,2}?(?:groups?|communities|families|"
                               r"factions|sides)\b|\b(?:villagers|residents|locals|youths|students|workers|laborers|"
                               r"labourers|neighbours|neighbors|supporters|members)\b", re.IGNORECASE)
_ARMED_WORDS = re.compile(r"\b(?:armed|gunmen|militants?|militias?|militiamen|rebels?|criminal|cartels?|gangs?|"
                          r"jihadists?|insurgents?|fighters|tribal|tribesmen|clans?|herders|bandits)\b", re.IGNORECASE)
# Weapons a brawl may be fought with (anything else, a gun or a machete, makes it a fight of armed men).
_BRAWL_WEAPONS = frozenset({"blunt object"})


# Words of gunfire: a fight with shots in it is no brawl, whatever weapon goes unnamed ("members from B-18 approached
# and started shooting").
# (what set the fight off is told after these words: "two groups clashed ..., after a border police officer fired
# shots at villagers")
_SPARK = re.compile(r"\b(?:after|following|in\s+the\s+wake\s+of)\b", re.IGNORECASE)
_GUNFIRE = re.compile(r"\b(?:shoot\w*|shot|shots|fired|firing|gunfire|gunshots?|gunmen|opened\s+fire)\b", re.IGNORECASE)


def no_arms_told(actor_text: str, sentence_text: str) -> bool:
    """Whether neither the author's words (``actor_text``: "gunmen", "armed men", "militants") nor its sentence,
    up to what set the violence off, tell of arms or shots ("members of BCL assaulted", not "shot dead")."""
    return not _ARMED_WORDS.search(actor_text) and not _GUNFIRE.search(_SPARK.split(sentence_text, maxsplit=1)[0])


def groups_brawl(ev: Event, sentence_text: str = "") -> bool:
    """Whether an armed clash told in ``sentence_text`` is two groups of people fighting with no arms named and no
    shot fired (see ``_GROUPS_OF_PEOPLE``)."""
    a1 = ev.actor1
    if ev.sub_event_type != "Armed clash" or a1 is None or not a1.text or a1.kind not in ("unidentified", "civilians"):
        return False
    if ev.actor2 is not None and ev.actor2.kind not in ("unidentified", "civilians"):
        return False
    # ("young members of the presidential UDPS party clashed with members of the opposition UNAFEC party")
    return bool(_GROUPS_OF_PEOPLE.search(a1.text)) and no_arms_told(a1.text, sentence_text) \
        and all(w.name in _BRAWL_WEAPONS for w in ev.weapons)


# A named group and another party's supporters: "Imbonerakure and CNL supporters fought one another".
_AND_SUPPORTERS = re.compile(r"\s+and\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:supporters|members|militants|activists)\b")


def party_brawl(ev: Event, text: str, sentence_end: int) -> bool:
    """Whether an armed clash is a party's youth wing or militia brawling with another party's supporters, no
    arms named and no shot fired ("Imbonerakure and CNL supporters fought one another"): a mob's violence, which
    ACLED codes with the supporters as rioters and the named group as the other side. ``text`` is the
    document's, ``sentence_end`` where the clash's sentence ends."""
    a1 = ev.actor1
    if ev.sub_event_type != "Armed clash" or ev.actor2 is not None or a1 is None or a1.kind not in ("militia", "political") \
            or a1.end is None or not _AND_SUPPORTERS.match(text, a1.end):
        return False
    tail = text[a1.end:sentence_end]
    return not _GUNFIRE.search(_SPARK.split(tail, maxsplit=1)[0]) and all(w.name in _BRAWL_WEAPONS for w in ev.weapons)


# Two crowds of party members or supporters at blows: "members of BNP clashed with members of Awami League", "members
# of Chhatra League (BCL) and Swechchasebak League (ASL) clashed over seating arrangement", "members of Awami League
# engaged in a factional clash" (ACLED's Bangladesh notes, 2023).
# ("a brawl took place between two groups at a food market": ACLED's 2024 Jordan rows, Rioters (Jordan) on both sides)
_RIVAL_CROWDS = re.compile(r"\b(?:members|supporters|activists|workers)\s+of\b[^.;]{0,90}?\b(?:clashed|lashed|fought|"
                           r"engaged\s+in\s+an?\s+(?:factional\s+)?clash)\b"
                           r"|\bbrawls?\b[^.;]{0,30}?\bbetween\s+(?:two|rival)\s+(?:groups|families|clans|sides)\b"
                           r"|\b(?:rixe|bagarre)s?\b[^.;]{0,30}?\bentre\s+deux\s+(?:groupes|familles|clans)\b"
                           r"|مشاجرة\s+(?:جماعية|بين\s+(?:عائلتين|مجموعتين))", re.IGNORECASE)


def rival_crowds(ev: Event, sentence_text: str) -> bool:
    """Whether a riot with no other side named is two crowds of members or supporters fighting each other (see
    ``_RIVAL_CROWDS``): ACLED names both sides rioters."""
    a1 = ev.actor1
    # (the civilians a mob is given by default, no words of the text, are no side named)
    unnamed = ev.actor2 is None or ev.actor2.kind == "civilians" and ev.actor2.start is None
    return ev.sub_event_type in ("Violent demonstration", "Mob violence") and unnamed and a1 is not None \
        and a1.kind == "rioters" and _RIVAL_CROWDS.search(_SPARK.split(sentence_text, maxsplit=1)[0]) is not None \
        and no_arms_told("", sentence_text)


def name_the_crowd(sub: str, ev: Event, cname: str | None) -> None:
    """Name a crowd by what it does (protesters, rioters), in the event's country ``cname``."""
    a1 = ev.actor1
    if a1 is not None and sub == "Peaceful protest" and a1.kind in (*STATE_KINDS, "government"):
        a1 = None  # "للمطالبة بإسقاط النظام": the regime a crowd wants gone is its grievance, not the crowd
    if a1 is not None and sub == "Violent demonstration" and a1.kind in STATE_KINDS:
        # "des heurts avec les forces de l'ordre ont émaillé la manifestation": the force a riot fought is its other
        # side; the rioters come first (ACLED codebook 2023 §Riots)
        ev.actor2 = ev.actor2 if ev.actor2 is not None and ev.actor2.kind in STATE_KINDS else a1
        a1 = None
    if a1 is None or a1.kind in ("civilians", "protesters", "rioters") or a1.kind == "unidentified" and a1.start is None:
        words = a1 if a1 is not None and a1.kind in ("civilians", "protesters", "rioters") else None
        crowd = Actor(CROWD_NAME[sub], words.text if words else None, words.start if words else None,
                      words.end if words else None, min(words.confidence, 0.6) if words else 0.5,
                      CROWD_NAME[sub].lower())
        ev.actor1 = with_country(crowd, cname)
    if sub == "Peaceful protest":
        # Whom a peaceful crowd protests against is its grievance, not a party to the event (ACLED).
        ev.actor2, ev.assoc_actor2 = None, []


def order_protest_sides(ctx: DocContext, sub: str, sentence: Sentence, ev: Event, cname: str | None) -> None:
    """The crowd and the force that met it, in ACLED's order for ``sub`` (see ``PROTEST_INTERVENED``)."""
    sides = [a for a in (ev.actor1, ev.actor2) if a is not None]
    crowd = next((a for a in sides if a.kind == "protesters"), None)

    def a_force(a: Actor) -> bool:
        # "Palestinian protesters": the nationality of the crowd is not a force facing it.
        inside = crowd is not None and crowd.start is not None and a.start is not None \
            and crowd.start <= a.start < (crowd.end or 0)
        return a.kind in STATE_KINDS and not inside

    force = next((a for a in sides if a_force(a)), None)
    if force is None:
        # "Soldiers attacked the protesters": the event hangs on the protest word, the force is in the sentence.
        found = next((a for a in actors_in(ctx, sentence.start, sentence.end) if a_force(a)), None)
        force = with_country(replace(found, confidence=min(found.confidence, 0.6)), cname) if found is not None else None
    if crowd is None or crowd.start is None:
        named = next((a for a in actors_in(ctx, sentence.start, sentence.end) if a.kind == "protesters"), None)
        crowd = with_country(replace(named), cname) if named is not None else crowd
    if crowd is None:
        crowd = next((a for a in sides if a is not force and a.kind not in STATE_KINDS), None) \
            or with_country(Actor("Protesters", None, confidence=0.5, kind="protesters"), cname)
    if crowd.kind == "civilians" or not crowd.name:
        # "students", "workers", "farmers" demonstrating are ACLED's protesters, not civilians; so are those no
        # table names ("police used tear gas to disperse MPs who had gathered", KEN7203)
        crowd = with_country(replace(crowd, name="Protesters", kind="protesters"), cname) or crowd
    if force is None and sub in PROTEST_INTERVENED:
        # deaths at a protest, or protesters arrested or dispersed, with nobody named as doing it: ACLED's usual
        # force, the police (every protest with intervention of ACLED's 2020-25 notes in our sets names a force,
        # the police in all but one)
        force = with_country(Actor("Police Forces", None, confidence=0.3, kind="police"), cname)
    ev.actor1, ev.actor2 = crowd, force



def force_in(ctx: DocContext, start: int, end: int, cname: str | None) -> Actor | None:
    """The first state force named in ``text[start:end]``, as a side of an event in country ``cname``
    (country filled in, confidence at most 0.6), else ``None``."""
    force = next((a for a in actors_in(ctx, start, end) if a.kind in STATE_KINDS), None)
    return with_country(replace(force, confidence=min(force.confidence, 0.6)), cname) if force else None


# Singular nouns that still name a group of people: a crowd or a village that attacks is a mob, a gang or a
# cell is no lone attacker.
_COLLECTIVE = {"crowd", "mob", "group", "population", "community", "family", "village", "gang", "cell", "unit",
               "commando", "staff", "personnel", "foule", "groupe", "communauté", "famille", "bande", "cellule", "unité"}


def singular_person_head(ctx: DocContext, actor: Actor) -> Any | None:
    """The parse token heading ``actor``'s words when it names one person (its head noun singular and not
    a collective: "a man", "gunman", "une personne"), else None. French and English; Arabic has no parse
    here."""
    if actor.start is None or ctx.parsed is None:
        return None
    span = ctx.parsed.char_span(actor.start, actor.end or actor.start, alignment_mode="expand")
    nouns = [t for t in span or () if t.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return None
    # (a head with its group after "of" is the phrase's: "supporters of the ANC" are many, whatever the last noun)
    root = span.root if span is not None else None
    head = root if root is not None and root.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ in ("of", "from", "de", "du", "des") for c in root.children) else nouns[-1]
    number = head.morph.get("Number")
    singular = number == ["Sing"] if number else head.tag_ == "NN"
    return head if singular and head.lemma_.lower() not in _COLLECTIVE else None


def lone_person(ctx: DocContext, actor: Actor | None) -> bool:
    """Whether ``actor`` is one unnamed individual ("a man", "une personne", "an unidentified person").

    One person who throws a grenade or shoots people is no crowd: ACLED codes a perpetrator nobody
    named as an unidentified armed group, keeping rioters for mobs.
    """
    return actor is not None and actor.kind == "civilians" and singular_person_head(ctx, actor) is not None


def counter_crowd(ev: Event, hits: list[Any]) -> None:
    """A crowd met by a counter-protest (an ``@counter_crowd`` cue of the report: "A counterprotest ... was also
    organized soon after by the SNS") has the counter-protesters, a crowd of its own kind, as its actor2 (ACLED)."""
    a1 = ev.actor1
    if ev.actor2 is not None or a1 is None or a1.kind not in ("protesters", "rioters") or not a1.name:
        return
    cue = next((h for h in hits if h.label == "@counter_crowd"), None)
    if cue is not None:
        ev.actor2 = Actor(a1.name, cue.text, cue.start, cue.end, 0.5, a1.kind, a1.country)


# The report's own word for a crowd that fights ("Palestinian rioters", "Israeli settler rioters"): ACLED's notes call
# a crowd so when it rioted without demonstrating.
_RIOTERS_WORD = re.compile(r"\b(?:(?P<demonym>[A-Z][a-z]+)\s+)?(?:settler\s+)?rioters\b")
# Words of a demonstration, or of the grievance or spark that makes one ("rioters burned tires and blocked a road ...
# following the killing of a local civilian": ACLED's violent demonstration).
_DEMONSTRATED_OR_SPARKED = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march\w*|sit-in|strikes?|"
                                      r"blockade\w*|after|following|over|against|demand\w*|denounc\w*|in\s+response)\b",
                                      re.IGNORECASE)


def mob_of_rioters(ev: Event, text: str, countries: Any, country_name: str | None) -> None:
    """Recode as mob violence the violent demonstration of a crowd the report calls "rioters" when it tells no
    demonstration, grievance or spark: "Palestinian rioters clashed with Israeli forces in Bani Naim", "Israeli settler
    rioters beat up a Palestinian" (ACLED's 2024 West Bank rows: Mob violence, the crowd named for its nationality).
    A crowd's fight told in other words stays a violent demonstration ("Opposition supporters clashed with police",
    as ACLED's rows code it)."""
    a1 = ev.actor1
    if ev.sub_event_type != "Violent demonstration" or ev.modality != "asserted" or a1 is None or not a1.text:
        return
    # (the words before the span too: "Israeli settler | rioters")
    start = a1.start if a1.start is not None else text.find(a1.text)
    word = next((m for m in _RIOTERS_WORD.finditer(text, max(0, start - 30), start + len(a1.text))
                 if m.end() == start + len(a1.text)), None) if start >= 0 else None
    if word is None or _DEMONSTRATED_OR_SPARKED.search(text):
        return
    ev.event_type, ev.sub_event_type = "Riots", "Mob violence"
    demonym = getattr(countries, "country_for_demonym", None)
    iso = demonym(word.group("demonym")) if demonym is not None and word.group("demonym") else None
    name = countries.country_name(iso) if iso else country_name
    if name and (a1.name or "").startswith("Rioters"):
        ev.actor1 = replace(a1, name=f"Rioters ({name})", country=iso or a1.country)


# How far after a mob's event word the thing it hit may be named, in characters ("threw Molotov cocktails at an Israeli
# settler vehicle").
_VICTIM_REACH = 80


def mob_victims(ev: Event, places: list[Any], countries: Any, cname: str | None) -> None:
    """The civilians a mob's violence hit when no side was named ("a mob burnt down the Kpandolou neighborhood of
    Taneka Beri", "Palestinian rioters threw Molotov cocktails at an Israeli settler vehicle"): mob violence always has
    a target, which ACLED codes as civilians (its codebook 2023 §Mob violence; its rows: 'Civilians (Benin)',
    'Civilians (Israel)'), of the nation its target's words name, else of the event's country. The target's words, when
    told, are the evidence."""
    if ev.sub_event_type != "Mob violence" or ev.actor2 is not None or ev.modality != "asserted":
        return
    target = ev.target
    if target is not None and any(w.start is not None and target.start <= w.start < target.end for w in ev.weapons):
        target = None  # ("threw Molotov cocktails at ...": the thing thrown is no target)
    # (the nation of the thing hit, in the words after the event's: "at an Israeli settler vehicle")
    lo, hi = (target.start, target.end) if target is not None else (
        (ev.trigger.end, ev.trigger.end + _VICTIM_REACH) if ev.trigger is not None else (0, 0))
    a1 = ev.actor1
    own = (a1.start, a1.end or a1.start) if a1 is not None and a1.start is not None else (-1, -1)
    nation = next((p.country for p in places if p.feature == "demonym" and lo <= p.start < hi
                   and not own[0] <= p.start < own[1]), None)
    name = country_name(countries, nation) if nation else cname
    if not name:
        return
    ev.actor2 = Actor(f"Civilians ({name})", target.text if target else None, target.start if target else None,
                      target.end if target else None, 0.3, "civilians", nation)


# Crowd events whose crowd ACLED names first: the rioters of a riot, the protesters of a protest met by the forces.
_CROWD_FIRST = frozenset({"Violent demonstration", "Protest with intervention", "Peaceful protest"})


def crowd_first(ev: Event) -> None:
    """Put the crowd of a riot or of a protest the forces met first when the incident's mentions ended with the force
    as actor1 ("إصابة 15 متظاهرا بتفريق محتجين": the headline's dispersal read force first, the incident a riot)."""
    a1, a2 = ev.actor1, ev.actor2
    if ev.sub_event_type in _CROWD_FIRST and a1 is not None and a2 is not None and a1.kind in STATE_KINDS \
            and a2.kind in ("protesters", "rioters"):
        crowd = as_rioters(a2) if ev.sub_event_type == "Violent demonstration" else a2
        ev.actor1, ev.actor2 = crowd, a1
        ev.assoc_actor1, ev.assoc_actor2 = ev.assoc_actor2, ev.assoc_actor1

