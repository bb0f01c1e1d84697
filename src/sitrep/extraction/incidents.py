"""Mentions of one incident within a document, merged into one event.

A sentence that only tells the toll of what came before ("Dozens were killed.") joins it; mentions of
one incident (same place and day, compatible types: "a planted bomb" and "the suicide bomber") merge,
the more specific mention's fields winning and each figure kept at its best.
"""
from __future__ import annotations

import re

from dataclasses import replace
from typing import TYPE_CHECKING

from ..isodates import days_between, is_monday
from ..model import Actor, Event, Location, Sentence
from ..resolve.gazetteer import km
from ..resolve.actors import GENERIC_NAME, PEACEKEEPERS
from .classify import PROTEST_OUTCOMES, TERRITORY
from .generic_actors import STATE_KINDS, UNIDENTIFIED, actors_in
from .crowd_incidents import as_force_on, force_on_crowd, restated_motive
from .crowd_sides import as_rioters
from .incident_dates import date_from
from .incident_types import told_since
from .role_cues import ARMED_TARGETS
from .sequels import (ONE_BOMB, VIOLENT_TYPES, by_its_bomb, died_in_custody, fold_sequel, refers_back,
                      told_of_the_same_men)
from .weapon_means import merge_weapons

if TYPE_CHECKING:  # pragma: no cover
    from .context import DocContext
    from .mentions import EventMention


_TOLD_EARLIER = 7  # days a told date may stand before an untold one (the publication's) of the same incident
_TERRITORY = TERRITORY + ("Non-violent transfer of territory",)
_WEEK_REACH = 4  # days a week told ("ce week-end", "this week") may stand from a day of the same incident


def compatible(a: Event, b: Event, loose_place: bool = False, text: str = "") -> bool:
    # (a date read off the publication, not told, says nothing against the incident's own)
    if a.date and b.date and len(a.date) >= 10 and len(b.date) >= 10 and a.date_text is not None and b.date_text is not None:
        gap = days_between(a.date, b.date)
        # (a week told, "au cours du week-end", holds the days near it: "vendredi et samedi"; not last week's)
        reach = 1 if (a.time_precision or 1) == 1 and (b.time_precision or 1) == 1 else _WEEK_REACH
        week, day = (a, b) if a.time_precision == 2 else (b, a)
        if gap is not None and week.time_precision == 2 and day.time_precision == 1 and is_monday(week.date):
            # (a week is written as its Monday: "في نهاية الأسبوع" holds "السبت"; a Monday report's weekend lies before)
            gap = days_between(week.date, day.date)
            if gap is not None and not -reach <= gap <= 7:
                return False
        elif gap is not None and abs(gap) > reach:
            return False
    elif a.date and b.date and len(a.date) >= 10 and len(b.date) >= 10 and (a.date_text is None) != (b.date_text is None):
        # (but a day told more than a week before the one read off the publication is another story's: "On
        # February 15, fighters ... seized the town ..., killing eight soldiers" in a report of its recapture;
        # not a day a movement goes on "since")
        told = a.date_text or b.date_text
        gap = days_between(a.date, b.date)
        if gap is not None and abs(gap) > _TOLD_EARLIER and not (told is not None and told.start is not None
                                                                   and told_since(text, told.start)):
            return False
    la, lb = a.location, b.location
    if la and lb and la.country and lb.country and la.admin1 and lb.admin1 and (
            la.country != lb.country or la.admin1 != lb.admin1):
        # ("Le même jour, des militants ont attaqué ... dans la province de Middle Shabelle": another
        # province is another incident, however vaguely told)
        return False
    if loose_place and (lb is None or (lb.geo_precision or 3) >= 2):
        return a.modality == b.modality or "background" not in (a.modality, b.modality)
    if la and lb and la.country and lb.country and la.country != lb.country:
        return False
    for role in ("actor1",) if not loose_place else ():
        x, y = getattr(a, role), getattr(b, role)
        if x is not None and y is not None and x.name and y.name and not _one_party(x, y) and _identified(x, y) \
                and x.confidence >= 0.45 and y.confidence >= 0.45 and not _seen_from_both_sides(a, b):
            return False  # two named, different actors: two incidents
    x, y = a.actor2, b.actor2
    if not loose_place and x is not None and y is not None and x.name and y.name and not _one_party(x, y) \
            and _identified(x, y) and x.confidence >= 0.5 and y.confidence >= 0.5 \
            and not (a.actor1 is not None and a.actor1.name == y.name) and not (b.actor1 is not None and b.actor1.name == x.name):
        return False  # different named victims, not a clash seen from both sides: two incidents
    if la and lb and la.geo_precision == 1 and lb.geo_precision == 1 and la.name and lb.name and la.name != lb.name:
        return False
    return a.modality == b.modality or "background" not in (a.modality, b.modality)


def _seen_from_both_sides(a: Event, b: Event) -> bool:
    """Whether two battles name the same side in turned roles ("قوات الحزام الأمني تصدت لهجوم شنه تنظيم القاعدة ... ارتقى
    12 شهيدًا من جنود الحزام الأمني": the Security Belt is the attacked side in one sentence, the side that fought in
    the next): one fight told from each side."""
    if a.sub_event_type != "Armed clash" or b.sub_event_type != "Armed clash":
        return False
    return any(p is not None and q is not None and p.name and p.name == q.name
               for p, q in ((a.actor1, b.actor2), (a.actor2, b.actor1)))


def _one_party(x: Actor, y: Actor) -> bool:
    """Whether two actors are one: the same name, or peacekeepers not yet named by their mission beside the mission
    ("UN peacekeepers" in the headline, "Seven MINUSMA peacekeepers" in the lead)."""
    return x.name == y.name or PEACEKEEPERS in (x.name, y.name) and x.kind == y.kind


def _identified(*actors: Actor) -> bool:
    """Whether every actor is named as a group ("terroristes" read as an islamist kind is still an
    "Unidentified Armed Group")."""
    return all(a.kind != "unidentified" and not (a.name or "").startswith(UNIDENTIFIED) for a in actors)


def _victims_only(ev: Event) -> bool:
    """The event's target is the words of its actor2 (the victims), not a place or thing hit."""
    t, a = ev.target, ev.actor2
    return t is not None and a is not None and a.start is not None and a.end is not None and t.start < a.end and a.start < t.end


def _better_actor(mine: Actor, theirs: Actor) -> bool:
    """Whether another mention's actor should replace the incident's: a named actor over an unidentified
    one, or the same actor told in better words ("the Russian army" over "Russian" in "Russian war planes";
    words over none)."""
    if not theirs.name:
        return False
    if mine.name is None:
        # words no table names ("Five killed, 22 wounded by Houthi missile": the count read as the agent) yield to a
        # named group
        return _identified(theirs)
    if mine.kind == "unidentified" and theirs.kind != "unidentified":
        return True
    if mine.name.startswith(UNIDENTIFIED) and not theirs.name.startswith(UNIDENTIFIED) \
            and (mine.kind == theirs.kind or mine.kind in ARMED_TARGETS and theirs.kind in ARMED_TARGETS):
        # ("Congo rebels seize ... town" in the headline, "M23 rebels ... have seized" in the lead; "An attack by
        # Ugandan rebels", then "an attack by the Allied Democratic Forces (ADF)")
        return True
    if mine.kind == theirs.kind and mine.name != theirs.name and mine.name.split(" (")[0] == theirs.name.split(" (")[0] \
            and mine.text and theirs.text and len(theirs.text) > len(mine.text) and mine.text.lower() in theirs.text.lower():
        # the same words told with their nationality ("missionaries" in the lead, "US missionaries" in the headline)
        return True
    if mine.name == theirs.name and mine.text and theirs.text and len(theirs.text) > len(mine.text) \
            and re.search(rf"\b{re.escape(mine.text)}\b", theirs.text):
        # the same group told in more words, its unit's: "the IRA's Belfast brigade had detonated ..." after "IRA"
        return True
    return mine.name == theirs.name and bool(theirs.text) and (not mine.text or theirs.confidence > mine.confidence)


def _the_other_side(ev: Event, name: str, theirs: Actor) -> bool:
    """Whether ``theirs``, a later mention's actor2, is the incident's actor1: "deux policiers et deux ravisseurs"
    killed in a shoot-out between the police and kidnappers name both sides, not the police twice. (An actor1 told
    as the other's is left to the later readings: a headline may name the sides the other way round.)"""
    return name == "actor2" and ev.actor1 is not None and ev.actor1.name == theirs.name


def absorb(main: EventMention, other: EventMention) -> None:
    """Merge ``other`` (a later or weaker mention of the same incident) into ``main``."""
    ev, ov = main.event, other.event
    assert ev is not None and ov is not None
    main.members.append(other)
    ev.evidence.extend(s for s in ov.evidence if all(not s.overlaps(e) for e in ev.evidence))
    faceless_clash = ev.sub_event_type == "Armed clash" and not any(a is not None and a.text for a in (ev.actor1, ev.actor2))
    # "Two people died of gunshot wounds" after a riot: its dead are the toll, not a side (the civilians a
    # shelling killed are its actor2, as ACLED codes them)
    toll_only = ev.event_type in ("Protests", "Riots") and _faceless(ov)
    # (those hurt by stray bullets in a later sentence are the fight's collateral, not its sides)
    collateral = other.sidx > main.sidx and any(h.label == "@followup" for h in other.hits)
    for name in ("actor1", "actor2", "target", "location", "fatalities_text", "injuries_text", "casualties_text", "count_text"):
        mine, theirs = getattr(ev, name), getattr(ov, name)
        if theirs is None or (toll_only or collateral and mine is not None) and name in ("actor1", "actor2", "target"):
            continue
        if name == "actor2" and ev.sub_event_type == "Peaceful protest" and theirs.kind in STATE_KINDS:
            continue  # (a peaceful protest met no force: the police that slogans condemned are no side of it)
        if mine is None:
            setattr(ev, name, theirs)
            if name in ("actor1", "actor2"):
                setattr(ev, f"assoc_{name}", getattr(ov, f"assoc_{name}"))
        elif name == "target" and _victims_only(ev) and not _victims_only(ov):
            setattr(ev, name, theirs)  # what was hit ("two hospitals") beside the victims already named
        elif name == "actor1" and not other.specific and theirs.kind in STATE_KINDS and ev.actor2 is not None \
                and ev.actor2.kind in STATE_KINDS:
            continue  # state forces named in a vague sentence after an attack on state forces responded to it
        elif name in ("actor1", "actor2") and _better_actor(mine, theirs) and not _the_other_side(ev, name, theirs) \
                and not (name == "actor1" and not other.specific and ev.actor2 is not None and theirs.kind == ev.actor2.kind
                         and theirs.name != ev.actor2.name and theirs.kind not in ("unidentified", *STATE_KINDS)):
            # (a vague sentence names no author of the victims' own kind: "the UN has suffered most of its
            # fatalities" after "Roadside bomb explosion kills UN peacekeepers")
            setattr(ev, name, theirs)
            setattr(ev, f"assoc_{name}", getattr(ov, f"assoc_{name}"))
        elif name == "location" and mine.country in (None, theirs.country) and (
                mine.admin1 is None and (mine.geo_precision or 3) >= 3 and (theirs.geo_precision or 3) < 3
                and (ov.sub_event_type == ev.sub_event_type
                     or (other.specific or abs(other.sidx - main.sidx) <= 1)
                     and ov.event_type in VIOLENT_TYPES and ev.event_type in VIOLENT_TYPES)
                or ov.sub_event_type == ev.sub_event_type and (other.specific and (mine.geo_precision or 9) > (theirs.geo_precision or 9)
                     or mine.geo_precision == theirs.geo_precision and mine.admin1 is None and theirs.admin1 is not None)):
            # (a country alone, as a headline gives it — "Burkina Faso : ..." — yields to a town of it the
            # report names, in a mention of its own kind, a specific one, or the sentence next to it)
            # the more precise place; at one precision, a province over its country ("Nigerian village" in the
            # headline, "in Nigeria's Zamfara state" in the lead)
            setattr(ev, name, theirs)
        elif name == "location" and _suburb_of(mine, theirs) and ov.sub_event_type == ev.sub_event_type:
            setattr(ev, name, theirs)
    a1, a2, oa2 = ev.actor1, ev.actor2, ov.actor2
    if a1 is not None and a2 is not None and a1.name and a1.name == a2.name and oa2 is not None and oa2.name \
            and oa2.name != a1.name and not toll_only and oa2.start is not None and not collateral:
        # the sides as the other mention told them ("échanges de tirs entre l'armée et des séparatistes" read
        # the army as the target; the lead names both): its author now leads, so its target follows (a target
        # only a fallback named, "Civilians" of a faceless toll, tells nothing)
        ev.actor2, ev.assoc_actor2 = oa2, ov.assoc_actor2
    elif ev.sub_event_type == "Armed clash" and a1 is not None and a1.start is None and a1.kind == "unidentified" \
            and a2 is not None and a2.start is not None and oa2 is not None and oa2.start is not None and oa2.name \
            and oa2.name != a2.name and oa2.kind not in ("civilians", "unidentified") and not toll_only and not collateral:
        # a fight's faceless side is the one another mention names ("Two alleged members of the New People's Army were
        # killed ... in a series of encounters", then "the 68th Infantry Battalion ... encountered about 10 NPAs")
        ev.actor1, ev.assoc_actor1 = oa2, ov.assoc_actor2
    elif a1 is not None and oa2 is not None and a1.name and a1.name == oa2.name and ov.actor1 is not None \
            and ov.actor1.name and ov.actor1.name != a1.name and ov.actor1.kind not in ("civilians", "unidentified") \
            and not ov.actor1.name.startswith("Unidentified") and ov.sub_event_type == ev.sub_event_type \
            and (a2 is None or a2.kind == "civilians") and not toll_only and not collateral:
        # the side one mention made the author is the other's named victim, struck by a named author in the same kind
        # of event: the other's reading holds ("Drone strike kills two Kataib Hezbollah leaders" read Kataib Hezbollah
        # as the striker of civilians; the lead: "Two Kataib Hezbollah leaders were reportedly killed ... in a
        # suspected U.S. drone strike")
        ev.actor1, ev.assoc_actor1, ev.actor2, ev.assoc_actor2 = ov.actor1, ov.assoc_actor1, oa2, ov.assoc_actor2
    _fire_returned_second(main, other)
    # a toll told without a figure ("several were killed") is not replaced by another mention's coded 0
    absent_zero = ov.fatalities == 0 and ov.fatalities_estimated and ev.casualties_text is not None
    # (a lead's toll counts what a later sentence tells in part: "Two ... were killed ... in a series of encounters")
    lead_total = other.sidx < min(main.sidx, 2) and not ov.fatalities_estimated and not ev.fatalities_estimated \
        and (ov.fatalities or 0) > (ev.fatalities or 0)
    if ov.fatalities is not None and not absent_zero and (lead_total or ev.fatalities is None or ev.fatalities_estimated and (
            not ov.fatalities_estimated or ev.fatalities == 0 < ov.fatalities)):
        ev.fatalities, ev.fatalities_estimated, ev.fatalities_text = ov.fatalities, ov.fatalities_estimated, ov.fatalities_text
    if ev.injuries is None and ov.injuries is not None:
        ev.injuries = ov.injuries
    if ev.count is None and ov.count is not None and not main.secondary:
        ev.count, ev.count_text = ov.count, ov.count_text
    date_from(main, other)
    ev.weapons = merge_weapons(ev.weapons, ov.weapons)
    if _fire_both_ways(main, other):
        # the monitor saw the fire go both ways: the shelling told first was one side's share of a battle
        ev.event_type, ev.sub_event_type = "Battles", "Armed clash"
    by_its_bomb(ev, ov, other.modality)
    if faceless_clash and ov.event_type == "Riots" and other.modality == "asserted":
        # "Clashes break out between police, students" (sides the parse lost), then "Clashes have broken out between
        # students of Dhaka University and police": a crowd's fight with the police is a riot
        ev.event_type, ev.sub_event_type = ov.event_type, ov.sub_event_type
    if ev.sub_event_type == "Remote explosive/landmine/IED" and ov.sub_event_type == "Suicide bomb" \
            and other.modality == "asserted":
        # "un véhicule piégé" told first, "une attaque-suicide", "le kamikaze" later: the bomber died with
        # the bomb, which ACLED codes as a suicide bomb.
        ev.sub_event_type = "Suicide bomb"
    if ev.sub_event_type in _CROWD_OUTCOMES and ov.sub_event_type in _CROWD_OUTCOMES and other.modality == "asserted" \
            and other.told_as is not None and _CROWD_OUTCOMES.index(ov.sub_event_type) > _CROWD_OUTCOMES.index(ev.sub_event_type):
        # "Taxi drivers held a protest. Protesters blocked the traffic. Police fired shots in the air to disperse
        # the crowd.": the outcome the sentence after a later mention tells is the protest's (ACLED codes a
        # protest by its outcome); not a crowd's own words of another day ("They demanded the release of
        # demonstrators detained during the rally")
        ev.sub_event_type, ev.event_type = ov.sub_event_type, ov.event_type


_SUBURB_KM = 40  # how far from the town of "au sud du Caire" a later sentence's "à Helwan" may lie


def _fire_returned_second(main: EventMention, other: EventMention) -> None:
    """The side that "returned fire" or "shot back" in one mention was fired on by the side another mention tells
    opening fire ("police officers were patrolling ... when alleged gang members approached and started shooting. The
    police shot back."): the shooter leads, the side that answered is actor2, whichever mention was the stronger."""
    ev, ov = main.event, other.event
    assert ev is not None and ov is not None
    if ev.sub_event_type != "Armed clash":
        return
    main_returned = any(h.label == "@fire_returned" for h in main.hits)
    other_returned = any(h.label == "@fire_returned" for h in other.hits)
    if main_returned == other_returned:
        return
    returner, shooter = (ev.actor1, ov.actor1) if main_returned else (ov.actor1, ev.actor1)
    if returner is None or shooter is None or returner.start is None or shooter.start is None \
            or returner.name == shooter.name or (ev.actor2 is not None and ev.actor2.start is not None
                                                  and ev.actor2.name not in (returner.name, shooter.name)):
        return
    ev.actor1, ev.actor2 = shooter, returner


def _suburb_of(mine: Location, theirs: Location) -> bool:
    """Whether ``theirs`` is the exact town of ``mine``, an event placed near a town or in one of its directions."""
    if mine.geo_precision != 2 or theirs.geo_precision != 1 or mine.country != theirs.country or mine.name == theirs.name \
            or None in (mine.lat, mine.lon, theirs.lat, theirs.lon):
        return False
    return km(mine.lat, mine.lon, theirs.lat, theirs.lon) <= _SUBURB_KM


# Incidents whose toll a faceless killing that follows them tells ("A mob lynched a man ... One person was
# killed."); a faceless killing of another kind of incident is one of its own only when nothing precedes it.
_TOLL_HOSTS = ("Battles", "Riots", "Protests", "Explosions/Remote violence")

# How many sentences from a fight, bombing, riot or protest a faceless killing may stand and still be its toll
# (not the lead's killing joined to the intercommunal violence a background paragraph mentions).
_TOLL_REACH = 3

# A planted bomb and a suicide bombing told of one incident ("un véhicule piégé" ... "le kamikaze").
# An air strike and a shelling in one report, one of them told only with a word that names no means ("قصف",
# "bombardement", "une frappe présumée russe", "strikes"), are one incident: the other says how it was done.
_REMOTE_PAIR = {"Air/drone strike", "Shelling/artillery/missile attack"}
_ANY_MEANS = re.compile(r"(?:ال)?قصف[اَت]?|(?:ال)?ضرب(?:ة|ات)|bombardements?|bombardée?s?|bombardments?|bombarded"
                        r"|strikes?|frappes?(?: (?:présumée|probable|supposée)s?)?"
                        r"(?: (?:russe|israélienne|américaine|turque|ukrainienne)s?)?", re.IGNORECASE)
# A protest's outcomes, from the mildest ("Peaceful protest") to the worst.
_CROWD_OUTCOMES = PROTEST_OUTCOMES[:3]


def toll_only(ctx: DocContext, sent: Sentence, mentions: list[EventMention]) -> bool:
    """Whether a sentence only tells the toll of what came before: no event word of its own, or only
    generic ones with no group named ("No casualties were reported.", "Dozens were killed.", "1 soldier
    was killed.")."""
    if not mentions:
        return True
    # the dead may be named generically ("1 soldier was killed.", "Two civilians died."), not by group
    return all(not m.specific for m in mentions) and all(
        a.name is None or GENERIC_NAME.match(a.name) for a in actors_in(ctx, sent.start, sent.end))


def _faceless(ev: Event) -> bool:
    """A killing told with neither author nor victims named ("Dozens were killed."): the toll of the
    incident around it, not an attack of its own."""
    a1, a2, t = ev.actor1, ev.actor2, ev.target
    toll = ev.fatalities_text or ev.casualties_text

    def in_toll(start: int | None, end: int | None) -> bool:
        # the victims named only as the subject of the toll: "Several militants were also killed"
        return toll is not None and start is not None and end is not None and toll.start <= start and end <= toll.end

    return (a1 is None or a1.kind == "unidentified" and a1.start is None) \
        and (a2 is None or a2.start is None or in_toll(a2.start, a2.end)) and (t is None or in_toll(t.start, t.end))


def merge_incidents(mentions: list[EventMention], text: str = "") -> list[EventMention]:
    """Mentions of one incident merged into one event (see the module docstring); ``text`` is the
    document's, to read the determiner before a detail's author ("The militants looted shops")."""
    incidents: list[EventMention] = []
    for m in sorted(mentions, key=lambda m: (not m.specific, m.sidx)):
        ev = m.event
        assert ev is not None
        home = None
        # (a headline's vague mention the lead tells too is the lead's incident, not one told past the lead: "Seven
        # Afghan Soldiers Killed in Taliban Attack" is the lead's attack, not a soldier "killed in combat" the day
        # before, told last)
        leads = _told_in_the_lead(m, mentions) if _vague_headline(m, text) else []
        for idx, inc in enumerate(incidents):
            if inc.sidx > _LEAD_SENTENCES and _another_day(inc, leads):
                continue
            iev = inc.event
            assert iev is not None
            if restated_motive(inc, m, text):
                home = m  # (dropped: the crowd's motive told again is no incident of its own)
                break
            if restated_motive(m, inc, text):
                incidents[idx] = home = m
                break
            if force_on_crowd(inc, m):
                home = inc
                m.event = as_force_on(inc, m)
                break
            if refers_back(inc, m, text):
                fold_sequel(inc, m)
                home = m  # (already folded in)
                break
            # the later, less specific mention leads the incident the earlier one is part of: the force's
            # sentence told after the crowd's, the attack after its details, the lead after its sequel
            force_first = force_on_crowd(m, inc)
            fold = absorb if force_first or told_of_the_same_men(m, inc, text) or died_in_custody(inc, m, text) \
                else fold_sequel if refers_back(m, inc, text) else None
            if fold is not None:
                if force_first:
                    inc.event = as_force_on(m, inc)
                incidents[idx] = m
                fold(m, inc)
                home = m
                break
            if not compatible(iev, ev, loose_place=not m.specific, text=text):
                continue
            if {iev.sub_event_type, ev.sub_event_type} in _PROTEST_AND_ITS_RIOT and abs(inc.sidx - m.sidx) <= _CROWD_REACH:
                # a demonstration and the violence at it, told a sentence or two apart, are one event, the riot ("En
                # marge de la manifestation ..., divers débordements ont éclatés ... dispersé"): ACLED codes the
                # worse outcome, with the force that met the crowd as its other side
                riot, protest = (m, inc) if ev.sub_event_type == "Violent demonstration" else (inc, m)
                if riot is m:
                    incidents[idx] = m
                absorb(riot, protest)
                _crowd_first(riot.event, protest.event)
                home = riot
                break
            if _means_told_by(inc, m):
                incidents[idx] = home = m  # the means told lead, the bare strike joins them
                absorb(m, inc)
                break
            same = (iev.sub_event_type == ev.sub_event_type or {iev.sub_event_type, ev.sub_event_type} == ONE_BOMB
                    or _means_told_by(m, inc)) and inc.secondary == m.secondary
            # a vague mention joins the incident it may be a part of; ground changing hands never is a
            # part of a bombing ("militias captured IS' last territory in March 2019")
            joins = not m.specific and ev.sub_event_type not in _TERRITORY and (
                iev.event_type == ev.event_type or iev.event_type == "Explosions/Remote violence"
                and ev.event_type in ("Battles", "Violence against civilians")
                or iev.event_type in _TOLL_HOSTS and ev.event_type in ("Battles", "Violence against civilians")
                and _faceless(ev) and abs(inc.sidx - m.sidx) <= _TOLL_REACH
            )
            # "Les vecteurs aériens ont frappé un regroupement de terroristes. Une trentaine de terroristes ont
            # été neutralisés.": a fight word with no author, right after a strike, tells the strike's toll
            toll_of_strike = iev.event_type == "Explosions/Remote violence" and ev.sub_event_type == "Armed clash" \
                and 0 < m.sidx - inc.sidx <= 2 and _faceless(ev)
            if same or joins or toll_of_strike or _fire_both_ways(inc, m) or told_of_the_same_men(inc, m, text):
                home = inc
                break
        if home is None:
            incidents.append(m)
        elif home is not m:
            absorb(home, m)
    _owners_of_the_downed(incidents)
    return incidents


_CROWD_REACH = 2


_LEAD_SENTENCES = 3


def _vague_headline(m: EventMention, text: str) -> bool:
    """Whether ``m`` is a mention of the headline (a first line with no final punctuation) told by no specific
    word."""
    return not m.specific and m.sidx == 0 and bool(HEADLINE.match(text, m.sentence.start))


def _told_in_the_lead(head: EventMention, mentions: list[EventMention]) -> list[EventMention]:
    """The lead's asserted mentions (in the sentences after the headline) of the headline's event type."""
    ev = head.event
    return [] if ev is None else [
        o for o in mentions if o is not head and o.event is not None and 0 < o.sidx <= _LEAD_SENTENCES
        and o.modality == "asserted" and o.event.event_type == ev.event_type]


def _another_day(inc: EventMention, leads: list[EventMention]) -> bool:
    """Whether ``inc`` is told with a day other than the one the lead's mentions tell."""
    ev = inc.event
    return ev is not None and ev.date_text is not None and any(
        o.event is not None and o.event.date_text is not None and o.event.date != ev.date for o in leads)


def _means_told_by(vague: EventMention, exact: EventMention) -> bool:
    """Whether ``vague`` is a strike or a bombardment told with a word that names no means, and ``exact`` the
    air strike or shelling of the other kind that says the means (see ``_REMOTE_PAIR``)."""
    v, x = vague.event, exact.event
    if v is None or x is None or {v.sub_event_type, x.sub_event_type} != _REMOTE_PAIR or vague.secondary:
        return False
    # (a toll of its own, "حملة القصف ... 709 قتلى منذ", counts a campaign; another author's rockets, "un tir de
    # roquettes depuis le Liban-Sud" beside "la frappe israélienne", are another incident)
    same_author = x.actor1 is None or x.actor1.kind == "unidentified" or v.actor1 is None \
        or v.actor1.name == x.actor1.name
    return v.fatalities_text is None and same_author and _ANY_MEANS.fullmatch(vague.anchor.text) is not None \
        and _ANY_MEANS.fullmatch(exact.anchor.text) is None


def _crowd_first(riot: Event | None, protest: Event | None) -> None:
    """A riot told force first ("كر وفر بين قوات الأمن وعدد من المحتجين") names the crowd first and the force second
    (ACLED), the crowd as rioters under the protest's name for it."""
    if riot is None or riot.actor1 is None or riot.actor1.kind not in STATE_KINDS:
        return
    crowd = protest.actor1 if protest is not None and protest.actor1 is not None \
        and protest.actor1.kind in ("protesters", "rioters") else None
    force = riot.actor1
    if crowd is None:
        return
    riot.actor1 = as_rioters(crowd)
    if riot.actor2 is None or riot.actor2.kind not in STATE_KINDS:
        riot.actor2 = force


_PROTEST_AND_ITS_RIOT = ({"Violent demonstration", "Protest with intervention"}, {"Violent demonstration", "Peaceful protest"})
_BOTH_WAYS = re.compile(r"\bboth\s+directions\b", re.IGNORECASE)
_SMALL_ARMS = re.compile(r"\bsmall\s+arms\b|\barmes\s+légères\b|أسلحة\s+خفيفة", re.IGNORECASE)


def _fire_both_ways(inc: EventMention, m: EventMention) -> bool:
    """Whether ``m`` is a ceasefire monitor's fire "in both directions of the frontline" after the shelling
    ``inc`` told ("the Ukrainian Forces fired 82mm mortars at the positions of ... near Zolote-5. The OSCE SMM
    observed a total of 18 explosions ... in both directions of the frontline near Zolote-5"): one incident,
    which ACLED codes as an armed clash (26 of 26 such notes in the 2020 samples)."""
    if inc.sub != "Shelling/artillery/missile attack" or m.sub != "Armed clash" or m.sidx <= inc.sidx:
        return False
    if any(h.label == "Armed clash" and _BOTH_WAYS.search(h.text) for h in m.hits):
        return True
    # (or its small-arms fire near the place the shelling hit: "fired 120mm mortars at the governmental positions
    # near Krymske. The OSCE SMM observed a total of 7 shots involving small arms near Krymske")
    ev, ov = inc.event, m.event
    same_place = ev is not None and ov is not None and ev.location is not None and ov.location is not None \
        and ev.location.name is not None and ev.location.name == ov.location.name
    return same_place and m.sidx == inc.sidx + 1 and any(_SMALL_ARMS.search(h.text) for h in m.hits)


_LAUNCHED = ("Air/drone strike", "Shelling/artillery/missile attack")


def outranked_by_violence(inc: EventMention, incidents: list[EventMention]) -> bool:
    """Whether ``inc`` is an arrest told after a violent incident of the same report ("the army opened fire on
    refugees ... a number of people were injured and others were arrested", "Police clashed with the gang.
    Three were arrested."), property destroyed in a report of a deadly fight, or weapons seized after a fight that
    hurt people: ACLED codes the violence; the arrests, the raid and the seizure are part of it or what framed it."""
    ev = inc.event
    if ev is None or ev.sub_event_type not in ("Arrests", "Looting/property destruction", "Disrupted weapons use") \
            or ev.modality != "asserted":
        return False
    if ev.sub_event_type == "Disrupted weapons use":
        # "Two suspects were shot and injured. The Police seized a pistol, drugs and a radio.": the weapons seized
        # after a fight that hurt people are a part of it
        return any(o.event is not None and o.event.event_type in VIOLENT_TYPES and o.event.modality == "asserted"
                   and (o.event.fatalities or o.event.injuries) and o.sidx < inc.sidx for o in incidents if o is not inc)
    if ev.sub_event_type == "Looting/property destruction":
        # "civil police forces dismantled a crack lab. Two armed men exchanged fire with the police agents ..., and
        # one of the men was killed": the deadly fight is the report's event, told before or after
        return any(o.event is not None and o.event.event_type in VIOLENT_TYPES and o.event.modality == "asserted"
                   and (o.event.fatalities or o.event.injuries) for o in incidents if o is not inc)
    # (a riot's arrests too: "the workers attacked the officers ... two people were arrested")
    return any(o.event is not None and o.event.event_type in VIOLENT_TYPES + ("Riots",) and o.event.modality == "asserted"
               and o.sidx < inc.sidx for o in incidents if o is not inc)


def _owners_of_the_downed(incidents: list[EventMention]) -> None:
    """"Russian forces launched 12 drones at Odesa. All were shot down by Ukrainian air defence.": whose
    weapons were downed is the author of the strike told just before (ACLED's actor2 of the disruption)."""
    for m in incidents:
        ev = m.event
        if ev is None or ev.sub_event_type != "Disrupted weapons use" or ev.actor2 is not None:
            continue
        strike = next((s for s in incidents if s.event is not None and s.event.sub_event_type in _LAUNCHED
                       and 0 <= m.sidx - s.sidx <= 1 and s.event.actor1 is not None and s.event.actor1.name), None)
        if strike is not None and strike.event is not None and strike.event.actor1 is not None \
                and (ev.actor1 is None or ev.actor1.name != strike.event.actor1.name):
            ev.actor2 = replace(strike.event.actor1, confidence=min(strike.event.actor1.confidence, 0.5))


# A headline: the document's first line, with no sentence-final punctuation ("Affrontements meurtriers entre
# Pila-Pila et Peuls à Onklou", "مقتل جندي مصري برصاص قناص غرب رفح").
HEADLINE = re.compile(r"[^\n]*[^\s.!?؟…:][ \t]*\n")


# A group's factions fighting each other: "between two MNLF factions" (the group is both sides).
_FACTIONS = re.compile(r"\bfactions\b", re.IGNORECASE)


def drop_repeated_side(ev: Event) -> None:
    """Clear actor2 when merged mentions made it actor1 again ("frappe israélienne", "Israël a ..."); rioters
    who fight rioters ("two communities clashed") are both sides of a mob's violence, and unknown men (or gang members) who
    fight unknown men, or a group's factions that fight each other, both sides of a clash, as ACLED codes them."""
    if ev.actor1 is not None and ev.actor2 is not None and ev.actor1.name and ev.actor1.name == ev.actor2.name \
            and not (ev.sub_event_type == "Mob violence" and ev.actor1.kind == "rioters") \
            and not (ev.sub_event_type == "Armed clash" and ev.actor1.name.startswith(UNIDENTIFIED)) \
            and not (ev.sub_event_type == "Armed clash" and _FACTIONS.search(ev.actor2.text or "")):
        ev.actor2 = None
