"""Who did it and to whom, for one event mention: the parse's reading (:mod:`.parsed_actors`: role phrases from
:mod:`.arguments` named as ACLED actors by :mod:`.phrase_actors`), then sides set by cue words (:mod:`.role_cues`,
:mod:`.sides`, :mod:`.crowd_sides`, :mod:`.other_side`).

- a phrase is named by the actor table, else by a state's demonym, else by an actor named inside it;
- a coordination names each member: the first is the actor, the others its associates ("the United
  States and France" → Military Forces of the United States, with Military Forces of France as ACLED's
  ``assoc_actor_1``);
- a weapon as the subject says who used it through its modifiers ("Russian and Syrian government planes
  began bombarding", "des avions russes ont frappé"): the planes are the means, their owner the author;
- a personal pronoun is named after the actor it stands for (:mod:`.coref`);
- what is left unnamed takes ACLED's generic actors (``Unidentified Armed Group (X)``, ``Civilians (X)``).
"""
from __future__ import annotations

import re

from dataclasses import replace
from typing import Any

from ..model import Actor, Event, Mention, Sentence
from .generic_actors import ARMED_KINDS, REMOTE_VIOLENCE, STATE_KINDS, UNIDENTIFIED, VAC, actors_in, country_name, generic_actor, with_country
from .arabic_roles import arabic_roles, arabic_site_owner, arabic_state_author
from .phrase_actors import intercepted_owner
from .other_side import (
    armed_dead, coordinated_foe, coordinated_group, coordinated_state, forces_hit_after, forces_of_foreign_site, forces_of_site,
    named_pair_between, object_after_anchor, owner_of_sites, war_enemy,
)
from .classify import TERRITORY
from .coded_as import coded_as, victim_told_armed
from .armed_victims import attackers_killed_at_the_site, group_among_victims, group_mourning_its_dead, group_of_the_cell, owner_of_the_arms
from .local_militias import (farmers_against_herders, fight_between_kin, identity_militia, identity_subject,
                             named_militia, tribal_pair)
from .context import DocContext
from .role_cues import (
    ARMED_TARGETS, AUTHORITIES, SUPPORTERS, SUPPORTERS_OF, armed_side, first_force, two_armed_sides, home_country,
    passive_taker, transfer_sides, who_left,
)
from .crowd_sides import (
    CROWD_NAME, PROTEST_INTERVENED, force_in, groups_brawl, lone_person, name_the_crowd, order_protest_sides,
    party_brawl,
)
from .motives import denounced, motive_spans
from .sides import TAKING
from .subjects import NON_STATE_ARMED, attackers_fought_off, composed_force, named_for_generic, repelled_sides
from .triggers import Hit
from .parsed_actors import ARMED_DEEDS, AND_THEN, CROWD_SUBS, NAMES_A_COUNTRY, device_layer, local_actor, parsed_actors

# How far after the word of taking the side it was taken from may be named, in characters ("took control over Dhul
# Dheexad village near Balade village (Bossaso, Bari) from Islamic State Somalia Province").
_TAKEN_FROM_REACH = 130


# Looting told as such: civilians who loot are a crowd (ACLED's rioters), not an armed group.
_LOOTED = re.compile(r"(?i)\b(?:loot|pill|ransack)|نهب")

_PROTEST_WORD = re.compile(r"protest|manifest|احتجاج|تظاهر", re.IGNORECASE)
# A coordinated clause's own subject between an actor and a verb told of its subject: "and 5 soldiers", "et trois".
_ANOTHER_SUBJECT = re.compile(r"\s(?:and|et)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|"
                              r"the|a|an|les|des|un|une|several|many)\b|;", re.IGNORECASE)


def fill_actors(ctx: DocContext, countries: Any, sub: str, anchor: Hit, sentence: Sentence, hits: list[Hit],
                ev: Event) -> None:
    """Set ``actor1``, ``actor2`` (with their associates), and ``target`` of the event ``ev`` of sub-event type
    ``sub``, mentioned by ``anchor`` in ``sentence`` (whose lexicon hits are ``hits``)."""
    country = ev.location.country if ev.location else home_country(ctx, sentence)
    cname = country_name(countries, country)
    if ctx.parsed is not None:
        agent, patient = parsed_actors(ctx, countries, sub, anchor, sentence, hits, ev, country)
        taking = next((h for h in hits if h.label in TAKING and h is not anchor
                       and sentence.start <= h.start < sentence.end), None) \
            if sub == "Non-violent transfer of territory" else None
        if taking is not None:
            # "troops took control of Kidal after MNLA fighters withdrew": who took it is actor1 (as for the
            # other territory types), who left it actor2.
            taker, _ = parsed_actors(ctx, countries, sub, taking, sentence, hits, ev, country)
            if taker is not None and (taker.name or taker.text):
                left = agent if agent is not None and agent.name != taker.name else None
                agent, patient = taker, left or patient
    else:
        agent, patient = arabic_roles(ctx, anchor, sentence, hits)
        # (whose aircraft was downed is the other side: "إسقاط طائرة أمريكية")
        state = arabic_state_author(ctx, countries, anchor, sentence) if sub != "Disrupted weapons use" else None
        if state is not None and agent is not None and agent.start is not None and state.start is not None \
                and agent.start <= state.start < (agent.end or 0):
            state = None  # "اعتقلت السلطات المصرية": the nisba is the subject's own, not the act's
        if state is not None and (agent is None or agent.kind not in STATE_KINDS or agent is patient
                                  or (patient is not None and agent.name == patient.name)):
            if patient is None and agent is not None and (agent.start or 0) > anchor.end and agent.name != state.name:
                patient = agent  # "طائرة مسيرة أمريكية ... عناصر من تنظيم القاعدة": the group was the target
            agent = state
        if patient is None and sub not in ("Disrupted weapons use", "Agreement"):
            site = arabic_site_owner(ctx, countries, anchor, sentence)
            patient = site if site is not None and (agent is None or agent.name != site.name) else None
        if patient is not None and patient.text:
            ev.target = Mention(patient.text, patient.start or 0, patient.end or 0, 0.5)
    if sub == "Disrupted weapons use" and agent is not None and patient is not None and patient.start is not None \
            and patient.start <= anchor.start < (patient.end or 0):
        # the defence whose words are the event's ("رصدت قوات الدفاع الجوي الملكي السعودي إطلاق صاروخ باليستي من
        # قبل الميليشيا الحوثية") stopped the weapon: it is actor1, the launcher actor2 (ACLED codebook 2023
        # §Disrupted weapons use)
        agent, patient = patient, agent
    agent, patient = named_for_generic(ctx, sentence, agent, patient)
    agent, patient = composed_force(ctx, agent), composed_force(ctx, patient)
    if sub == "Armed clash":
        agent, patient = repelled_sides(ctx, anchor, sentence, agent, patient)
    if sub in CROWD_SUBS:
        # "أهالي المعتقلين الذين اختطفهم مسلحون نظموا وقفة": who took the crowd's relatives, or whom it
        # denounces, is no side of its protest
        motives = motive_spans(ctx.text, hits)
        agent, patient = (None if a is not None and a.start is not None and any(s <= a.start < e for s, e in motives)
                          else a for a in (agent, patient))
    # (not the subject of a clause of its own: "was attacked by Al Shabaab and 5 soldiers died")
    struck = next((h for h in hits if h.label == "@victim_subject" and agent is not None and agent.end is not None
                   and 0 <= h.start - agent.end <= 40 and not _ANOTHER_SUBJECT.search(ctx.text, agent.end, h.start)),
                  None)
    if struck is not None and agent is not None:
        # "un véhicule de la Minusma a sauté sur un engin explosif", "a patrol hit a mine": who drove onto
        # the device was hit by it; whoever laid it is unnamed.
        agent, patient = device_layer(ctx) if sub == "Remote explosive/landmine/IED" else None, patient or agent
    if sub == "Disrupted weapons use" and (patient is None or patient.kind == "civilians"):
        # (the civilians a stopped drone was aimed at are no side: "اعتراض وتدمير طائرة مسيرة ... أطلقتها ميليشيا
        # الحوثي ... لاستهداف المدنيين", the launcher is)
        patient = intercepted_owner(ctx, anchor, sentence, hits, country, countries) or patient
    if sub in ("Armed clash", "Agreement") and ev.assoc_actor1 and (patient is None or (
            sub == "Armed clash" and patient.kind == "civilians")):
        # (the families a fight between two groups displaced are no side of it)
        # "Hamas fighters and Israeli forces clashed", "X and Y signed a truce": the two sides are actor1
        # and actor2, not allies.
        patient, ev.assoc_actor1 = ev.assoc_actor1[0], ev.assoc_actor1[1:]
    if ctx.actor_table is not None and country:
        agent, patient = local_actor(ctx, agent, country, ev.date), local_actor(ctx, patient, country, ev.date)
        ev.assoc_actor1 = [a for a in (local_actor(ctx, a, country, ev.date) for a in ev.assoc_actor1) if a is not None]
        ev.assoc_actor2 = [a for a in (local_actor(ctx, a, country, ev.date) for a in ev.assoc_actor2) if a is not None]
    if sub in ARMED_DEEDS and lone_person(ctx, agent):
        # "a man threw a grenade into a bar", "an unidentified person shot two traders": one attacker
        # nobody named is an unidentified armed group (ACLED), not the civilians he attacked nor a mob.
        agent = Actor("Unidentified Armed Group", agent.text, agent.start, agent.end, min(agent.confidence, 0.5),
                      "unidentified")
    if agent is not None and patient is not None and agent.name and agent.name == patient.name \
            and not two_armed_sides(agent, patient, sub):
        patient = None
    toll = ev.fatalities_text or ev.injuries_text
    if sub == "Armed clash" and patient is not None and patient.kind == "civilians" and toll is not None \
            and patient.start is not None and toll.start <= patient.start < toll.end \
            and not (toll.start <= anchor.start < toll.end or AND_THEN.fullmatch(ctx.text, anchor.end, toll.start)):
        # "two gangs clashed, killing 6 people": the dead of a battle are its toll, not a side (but whom the
        # event's own verb killed is its victim: "Gunmen killed an off-duty policeman", "shot and killed")
        patient = None
    ev.actor1 = with_country(agent, cname) if agent is not None and (agent.name or agent.text) else None
    ev.actor2 = with_country(patient, cname)
    if (ev.actor1 is None or ev.actor1.name is None) and sub == "Change to group/activity":
        # ("Movement of forces: On 8 May 2020, Global Coalition forces brought in ...": the forces that move;
        # the prefix's own "forces" are nobody)
        ev.actor1 = with_country(local_actor(ctx, first_force(ctx, sentence), country, ev.date), cname) or ev.actor1
        # ("government security forces (SNA) were deployed": the forces and their acronym are one side)
        if patient is not None and patient.start is not None and anchor.start <= patient.start < anchor.end \
                or ev.actor2 is not None and ev.actor1 is not None and ev.actor2.name == ev.actor1.name:
            ev.actor2 = None
    if ev.actor1 is None or ev.actor1.name is None:
        fallback = generic_actor("actor1", sub, hits, cname)
        if fallback is not None and ev.actor1 is not None and ev.actor1.text:
            fallback.text, fallback.start, fallback.end = ev.actor1.text, ev.actor1.start, ev.actor1.end
        ev.actor1 = fallback or ev.actor1
    toll = ev.fatalities_text or ev.injuries_text
    if (ev.actor2 is None or not ev.actor2.name) and toll is not None and sub in ARMED_DEEDS:
        # ("un Casque bleu burundais tué dans une embuscade": the dead the toll names are the side hit, before the
        # owner of the place hit: "2 'Arbakis' were wounded following an attack by Taliban militants on a check point")
        ev.actor2 = armed_dead(ctx, ev, cname, ev.actor1) or ev.actor2
    if ev.actor2 is None and sub == "Disrupted weapons use":
        # ("police ... recovered and defused two cane bombs ..., suspected to be planted by Maoists": the group whose
        # device it was is the other side, ACLED's India rows)
        layer = device_layer(ctx)
        if layer is not None and (ev.actor1 is None or layer.name != ev.actor1.name):
            ev.actor2 = with_country(local_actor(ctx, layer, country, ev.date) if country else layer, cname)
    if (ev.actor2 is None or not ev.actor2.name) and sub in ARMED_DEEDS and ctx.lang != "ar":
        owner = owner_of_sites(ctx, anchor, sentence, ev.actor1) or (
            forces_hit_after(ctx, anchor, sentence, ev.actor1) if sub not in VAC else None) \
            or war_enemy(ctx, sentence, ev.actor1)
        if owner is not None and ctx.actor_table is not None and country:
            owner = local_actor(ctx, owner, country, ev.date)
        ev.actor2 = with_country(owner, cname) if owner is not None else ev.actor2
    if sub in TERRITORY and (ev.actor2 is None or ev.actor2.start is None):
        # ("took control of it following clashes with regime forces": the side it was taken from)
        fought = war_enemy(ctx, sentence, ev.actor1)
        ev.actor2 = with_country(fought, cname) if fought is not None else ev.actor2
    if ev.actor2 is None or ev.actor2.start is None:
        foreign = forces_of_foreign_site(countries, ev.target or object_after_anchor(ctx.text, anchor, sentence))
        if foreign is not None and ev.actor1 is not None and foreign.name == ev.actor1.name:
            foreign = None  # (the author's own forces named after the act are no target)
        ev.actor2 = foreign or forces_of_site(ctx, ev.target, hits, cname) or ev.actor2
    if (ev.actor2 is None or not ev.actor2.name) and ctx.parsed is None and sub not in ("Disrupted weapons use", "Agreement"):
        # (the author named twice, as the speaker too: "قال سلاح الجو النيجيري إن غارات ... على معسكر لتنظيم
        # داعش": the site's owner is the other side)
        site = arabic_site_owner(ctx, countries, anchor, sentence)
        if site is not None and country:
            site = local_actor(ctx, site, country, ev.date)
        if site is not None and (ev.actor1 is None or site.name != ev.actor1.name):
            ev.actor2 = with_country(site, cname)
    if ev.actor2 is None or not ev.actor2.name:
        # ("a bus struck a landmine, killing 11 passengers": the bus names no one; its passengers are civilians)
        ev.actor2 = generic_actor("actor2", sub, hits, cname) or (ev.actor2 if ev.actor2 is not None and ev.actor2.text else None)
    if sub == "Armed clash" and ev.actor2 is None and ev.actor1 is not None and ev.actor1.kind in STATE_KINDS:
        # "military forces of India and Pakistan exchanged fire": the country coordinated with the first names
        # the other side's forces
        ev.actor2 = coordinated_state(ctx, countries, ev.actor1)
    if sub == "Armed clash" and (ev.actor2 is None or ev.actor2.start is None and ev.actor2.kind == "unidentified") \
            and ev.actor1 is not None and (before := coordinated_group(ctx, ev.actor1)) is not None:
        ev.actor1, ev.actor2 = with_country(before, cname), ev.actor1  # ("GNA and LNA forces reportedly clashed")
    elif sub == "Armed clash" and (ev.actor2 is None or ev.actor2.start is None and ev.actor2.kind == "unidentified") \
            and ev.actor1 is not None and (foe := coordinated_foe(ctx, ev.actor1)) is not None:
        ev.actor2 = with_country(foe, cname)  # ("Myanmar military and Northern Alliance group clashed")
    if sub == "Armed clash" and (ev.actor1 is None or not ev.actor1.name or ev.actor1.name.startswith(UNIDENTIFIED)):
        # ("a clash between GNA and LNA forces ... was reported": the parse found neither side; "armed clashes took
        # place between the Syrian army and QSD forces ..., killing three army soldiers": only the dead of one)
        pair = named_pair_between(ctx, sentence.start, sentence.end)
        a2 = ev.actor2
        if pair is not None and (a2 is None or not a2.name or a2.name.startswith(UNIDENTIFIED)
                                 or a2.name in {a.name for a in pair}):
            ev.actor1, ev.actor2 = (with_country(a, cname) for a in pair)
    if sub == "Armed clash" and ev.actor2 is None and ev.actor1 is not None and ev.actor1.kind in STATE_KINDS:
        # "the FDS repelled a terrorist attack": a battle has two sides; the one nobody named is ACLED's
        # unidentified armed group.
        ev.actor2 = with_country(Actor("Unidentified Armed Group", None, confidence=0.3, kind="unidentified"), cname)
    if sub == "Headquarters or base established" and ev.actor2 is not None:
        # a base set up is one actor's doing: ACLED codes it with actor1 alone ("Turkish forces established a
        # new base near Bamarni as part of their operations against the PKK": the PKK is no side of it)
        ev.actor2, ev.assoc_actor2 = None, []
    sides = {a.name for a in (ev.actor1, ev.actor2) if a is not None and a.name}
    for assoc in ("assoc_actor1", "assoc_actor2"):
        # "between the army and the jihadists": the other side is actor2, not an ally of actor1.
        kept = [with_country(replace(a), cname) for a in getattr(ev, assoc)]
        setattr(ev, assoc, [a for a in kept if a is not None and a.name not in sides])
    a1 = ev.actor1
    a2 = ev.actor2
    if sub == "Armed clash" and a1 is not None and a2 is not None and a1.start is not None and {a1.kind, a2.kind} & {
            "civilians", "protesters"} and {a1.kind, a2.kind} & {"police", "state", "state_military", "military"} \
            and (a1.kind in ("civilians", "protesters") or any(h.kind == "trigger" and h.label == "Armed clash" for h in hits)) \
            and not any(h.label == "@armed" for h in hits):
        # "residents clashed with police": a crowd fighting the police riots (ACLED); it is the riot's actor1 (not
        # villagers that gunmen killed "before being repelled by government troops")
        crowd, force = (a1, a2) if a1.kind in ("civilians", "protesters") else (a2, a1)
        sub, ev.sub_event_type, ev.event_type = "Violent demonstration", "Violent demonstration", "Riots"
        ev.actor1 = with_country(replace(crowd, name="Rioters", kind="rioters"), cname)
        ev.actor2 = force
        a1 = ev.actor1
    elif groups_brawl(ev, ctx.text[sentence.start:sentence.end]) and a1 is not None:
        # "two communities clashed and pelted stones at each other": rioters on both sides (ACLED)
        sub, ev.sub_event_type, ev.event_type = "Mob violence", "Mob violence", "Riots"
        ev.actor1 = a1 = with_country(replace(a1, name="Rioters", kind="rioters"), cname)
        ev.actor2 = a1
    elif party_brawl(ev, ctx.text, sentence.end) and a1 is not None:  # ("Imbonerakure and CNL supporters fought one another")
        sub, ev.sub_event_type, ev.event_type = "Mob violence", "Mob violence", "Riots"
        ev.actor1, ev.actor2 = with_country(Actor("Rioters", None, confidence=0.5, kind="rioters"), cname), a1
    militia = identity_militia(ctx, a1, country, cname) if sub in ARMED_DEEDS else None
    if militia is None and sub in ARMED_DEEDS and (a1 is None or a1.start is None or a1.kind == "unidentified"):
        militia = identity_subject(ctx, sentence.start, anchor.start, country, cname)
    if militia is None and sub in ("Attack", "Mob violence") and a1 is not None and a1.kind in ("civilians", "rioters"):
        militia = farmers_against_herders(ctx.text, a1, cname)
        if militia is not None and sub == "Mob violence":
            # ("A group of armed nomads attacked Fallata and Fur returnees": no mob, their community's militia; ACLED's
            # Sudan rows, an Attack by 'Unidentified Communal Militia (Sudan)')
            sub, ev.sub_event_type, ev.event_type = "Attack", "Attack", "Violence against civilians"
    if militia is not None:
        # "Suspected Fulani herders attacked Yelwata": armed men of an ethnic group are its militia (ACLED)
        ev.actor1 = a1 = militia
    elif sub == "Attack" and a1 is not None and a1.kind in ("civilians", "rioters") and a1.start is not None \
            and not any(h.label == "@armed" for h in hits):
        # civilians are never ACLED's perpetrators: villagers who beat suspected thieves to death are a mob, and so
        # is a crowd named as one ("un homme a été lapidé à mort par une foule"); where the sentence names armed men,
        # the civilians the parse made the author are their victims ("armed men on motorcycle shot three motor taxi
        # drivers")
        sub, ev.sub_event_type, ev.event_type = "Mob violence", "Mob violence", "Riots"
    elif sub == "Mob violence" and a1 is not None and a1.kind in STATE_KINDS and any(h.label == "@angry_crowd" for h in hits):
        # the force that tells of it is the source ("أعلنت الشرطة في بنجلادش أمس أن سكان القرى الغاضبين ضربوا ما لا يقل عن
        # خمسة لصوص حتى الموت"): the angry crowd did it (ACLED's Rioters)
        ev.actor1 = a1 = with_country(Actor("Rioters", None, confidence=0.5, kind="rioters"), cname)
    elif sub in REMOTE_VIOLENCE and a1 is not None and a1.kind == "civilians" and a1.start is not None:
        # "Sudan: 13 civilians killed in paramilitary forces shelling" (the parse makes the victims the shelling's
        # subject): civilians fire no shells; the author is left to the report's other words (ACLED)
        ev.actor1 = a1 = with_country(Actor("Unidentified Armed Group", None, confidence=0.3, kind="unidentified"), cname)
    elif sub == "Looting/property destruction" and a1 is not None and a1.kind == "civilians" and a1.start is not None \
            and not _LOOTED.search(ev.trigger.text if ev.trigger else ""):
        # "around 100 people ... destroyed rubber plantations belonging to the local people": civilians are never
        # ACLED's perpetrators; men nobody identifies who destroy property are an armed group, its owners civilians
        # (ACLED's 2020 India rows, IND74241)
        ev.actor1 = a1 = with_country(replace(a1, name="Unidentified Armed Group", kind="unidentified"), cname)
        if ev.actor2 is None:
            ev.actor2 = with_country(Actor("Civilians", None, confidence=0.3, kind="civilians"), cname)
    elif sub == "Abduction/forced disappearance" and a1 is not None and a1.kind == "civilians" and a1.start is not None:
        # "a man was abducted by four men": who takes people away is an armed group nobody identified (ACLED)
        ev.actor1 = a1 = with_country(replace(a1, name="Unidentified Armed Group", kind="unidentified"), cname)
    if sub == "Arrests" and a1 is not None and a1.kind == "government" and a1.start is not None \
            and AUTHORITIES.fullmatch(ctx.text, a1.start, a1.end):
        # "authorities detained an opposition activist": those who make arrests are the police (ACLED)
        ev.actor1 = a1 = with_country(replace(a1, name="Police Forces", kind="police"), cname)
    a2 = ev.actor2
    if sub == "Arrests" and a2 is not None and a2.start is not None and a2.kind == "political" and (
            SUPPORTERS.match(ctx.text, a2.end or a2.start) or SUPPORTERS_OF.search(ctx.text, max(0, a2.start - 25), a2.start)):
        # "police arrested 15 NUP supporters": a party's supporters are civilians (ACLED), the party their associate
        ev.actor2 = with_country(Actor("Civilians", a2.text, a2.start, a2.end, min(a2.confidence, 0.6), "civilians"), cname)
        ev.assoc_actor2 = [with_country(replace(a2), cname), *ev.assoc_actor2]
    if (sub in ("Attack", "Armed clash") or sub in REMOTE_VIOLENCE) and a2 is not None and a2.start is not None \
            and a2.kind in ARMED_TARGETS and SUPPORTERS.match(ctx.text, a2.end or a2.start) \
            and (a1 is None or a1.name != a2.name):
        # "shoots and kills a ONLF sympathising shopkeeper": a group's sympathiser is a civilian (ACLED), the group
        # no side
        ev.actor2 = with_country(Actor("Civilians", a2.text, a2.start, a2.end, min(a2.confidence, 0.6), "civilians"),
                                 cname)
        if sub == "Armed clash":
            ev.sub_event_type, ev.event_type = "Attack", "Violence against civilians"
    if sub == "Peaceful protest" and (a1 is None or a1.start is None or a1.kind != "protesters"):
        # the armed group named before the "blockade" is its author ("JNIM announced a blockade of ...")
        a1 = next((a for a in actors_in(ctx, sentence.start, anchor.start) if a.kind in ARMED_TARGETS), a1)
    supporters = a1 is not None and a1.start is not None and (
        SUPPORTERS.match(ctx.text, a1.end or a1.start) or SUPPORTERS_OF.search(ctx.text, max(0, a1.start - 25), a1.start))
    if sub == "Peaceful protest" and supporters and a1 is not None and a1.kind in ARMED_TARGETS:
        # "thousands of Houthi supporters rallied": a group's supporters are a crowd, the group its associate
        ev.actor1 = with_country(Actor("Protesters", a1.text, a1.start, a1.end, min(a1.confidence, 0.6), "protesters"),
                                 cname)
        ev.assoc_actor1 = [with_country(replace(a1), cname)]
    elif sub == "Peaceful protest" and a1 is not None and a1.start is not None and a1.kind in ARMED_TARGETS \
            and not _PROTEST_WORD.match(anchor.text):
        # "JNIM announced a blockade of Timbuktu": an armed group's blockade is no demonstration; ACLED
        # codes such moves as other strategic developments (not one told as a protest: "clan militia blocked the
        # main entrance roads ... in protest against the increased vehicle taxes", ACLED's Somalia row)
        ev.sub_event_type, ev.event_type = "Other", "Strategic developments"
        ev.actor1 = with_country(replace(a1, confidence=min(a1.confidence, 0.6)), cname)
    elif sub in PROTEST_INTERVENED:
        order_protest_sides(ctx, sub, sentence, ev, cname)
    elif sub in CROWD_NAME:
        if sub == "Violent demonstration" and ev.actor1 is not None and ev.actor1.kind in STATE_KINDS \
                and ev.actor2 is not None and ev.actor2.kind in ("protesters", "rioters", "civilians"):
            # "قوات الأمن ... المحتجين" told force first: a riot's crowd is its actor1, the force it met actor2
            ev.actor1, ev.actor2 = ev.actor2, ev.actor1
            ev.assoc_actor1, ev.assoc_actor2 = ev.assoc_actor2, ev.assoc_actor1
        name_the_crowd(sub, ev, cname)
        if sub == "Violent demonstration" and ev.actor2 is None:
            # "des affrontements ont opposé des militants du PASTEF aux forces de l'ordre": the force a
            # riot fought is its other side
            force = force_in(ctx, sentence.start, sentence.end, cname)
            # (not the force a crowd denounces: "to demonstrate against the death of an adolescent during a military
            # police intervention")
            if force is not None and not denounced(ctx.text, force.start or 0, motive_spans(ctx.text, hits)):
                ev.actor2 = force
        rioter = ev.actor1
        if sub == "Violent demonstration" and rioter is not None and rioter.start is not None \
                and rioter.kind in ("rebel", "militia", "islamist") and not (rioter.name or "").startswith(UNIDENTIFIED) \
                and ev.actor2 is not None and ev.actor2.kind in STATE_KINDS:
            # "Les membres du puissant Gang Viv Ansanm ont pris d'assaut ... une prison ... après avoir incendié un
            # poste de police": a named armed group's assault on the forces is a battle, not a riot (ACLED codebook
            # 2023 §Riots: rioters are unorganised)
            ev.sub_event_type, ev.event_type = "Armed clash", "Battles"
    # an ACLED note's "(coded as Darfur communal militia)" names the actor as the coder did
    bounds = (sentence.start, sentence.end)
    armed_victim = ev.actor2 is not None and ev.actor2.kind in ARMED_KINDS
    ev.actor1, ev.actor2 = (coded_as(ctx, ev.actor1, cname, bounds, country),
                            coded_as(ctx, ev.actor2, cname, bounds, country))
    victim_told_armed(ctx.text, ev, cname)
    group_among_victims(ctx, sub, ev, sentence)
    group_mourning_its_dead(ctx, sub, ev, sentence)
    group_of_the_cell(ctx, sub, ev, sentence)
    owner_of_the_arms(ctx, sub, ev, sentence, cname)
    attackers_killed_at_the_site(ctx, sub, ev, sentence, hits, cname)
    if sub == "Armed clash" and armed_victim and ev.actor2 is not None and ev.actor2.kind == "civilians":
        ev.sub_event_type, ev.event_type = "Attack", "Violence against civilians"  # ("(assumed off-duty)")
    if sub == "Armed clash" and (ev.actor2 is None or ev.actor2.kind in ("civilians", "unidentified")
                                 or (ev.actor2.name or "").startswith(UNIDENTIFIED)):
        # ("thwarted an attack of pro-Houthi forces, killing a number of fighters": not civilians)
        fought_off = attackers_fought_off(ctx, anchor, ev.actor1)
        if fought_off is not None and ctx.actor_table is not None and country:
            fought_off = local_actor(ctx, fought_off, country, ev.date)
        ev.actor2 = with_country(fought_off, cname) if fought_off is not None else ev.actor2
    # (a tribe's or a home place's militia, named after them: "Al Bujayri tribes", "militias from Yagaba";
    # both tribes of "clashes between Bani Ali and Al Badi tribesmen")
    if sub == "Attack" and fight_between_kin(ctx.text, bounds):
        sub = ev.sub_event_type = "Armed clash"  # ("clashes took place between two families ..., killing a civilian")
        ev.event_type = "Battles"
    pair = tribal_pair(ctx, bounds, cname, ev.actor1, ev.actor2) if sub == "Armed clash" else None
    ev.actor1, ev.actor2 = pair if pair is not None else (named_militia(ctx, ev.actor1, cname, bounds, ev.actor2),
                                                          named_militia(ctx, ev.actor2, cname, bounds, ev.actor1))
    if sub in TERRITORY and (ev.actor1 is None or not ev.actor1.name):
        # ("Kidal fell to the Malian army": the passive's agent took it; the place the parse made its subject
        # is no side)
        ev.actor1 = with_country(passive_taker(ctx, hits, sentence), cname) or (
            ev.actor1 if ev.actor1 is not None and ev.actor1.name else None)
    a1 = ev.actor1
    if sub == "Non-violent transfer of territory":
        transfer_sides(ctx, sentence, ev, cname)
        a1 = ev.actor1
    if sub in TERRITORY and a1 is not None and a1.start is not None and a1.name:
        # Who took it decides the sub-event type (ACLED): the state regains, anyone else overtakes.
        where = ev.location.country if ev.location is not None else None
        if a1.kind in STATE_KINDS and a1.country and where and a1.country != where and not any(
                a.kind in STATE_KINDS and a.country == where for a in actors_in(ctx, sentence.start, sentence.end)) \
                and any(p.country == where and p.feature in NAMES_A_COUNTRY for p in ctx.places):
            # a foreign state's forces overtake it (ACLED codebook: "or foreign state actors"): Turkey's in Afrin;
            # not those fighting beside the host's ("in support of Nigerian forces, recaptured the town")
            ev.sub_event_type = "Non-state actor overtakes territory"
        elif a1.kind in STATE_KINDS:
            ev.sub_event_type = "Government regains territory"
        elif a1.kind in NON_STATE_ARMED:
            ev.sub_event_type = "Non-state actor overtakes territory"
        if ev.actor2 is None:
            # "after government troops fled", "بعد انسحاب الجيش السوداني منها": who left the place lost it
            ev.actor2 = who_left(ctx, sentence, a1, cname)
        if ev.actor2 is None:
            # "captured Buthidaung after weeks of fighting with the military": the side it was taken from,
            # named in the words that follow the taking
            ev.actor2 = next((with_country(a, cname) for a in actors_in(ctx, anchor.end, min(sentence.end, anchor.end + _TAKEN_FROM_REACH))
                              if a.name and a.name != a1.name and (a.kind in ARMED_TARGETS or a.kind in STATE_KINDS)
                              and (a.kind in STATE_KINDS) != (a1.kind in STATE_KINDS)), None)
    if sub in VAC and ev.actor2 is not None and (ev.actor2.kind in STATE_KINDS or sub == "Attack" and (
            ev.actor2.kind == "external" and ev.actor2.start is not None or armed_side(ev.actor2))):
        # An attack on state forces or on an armed group (a militia, the VDP) is a battle, not violence
        # against civilians (ACLED).
        ev.sub_event_type, ev.event_type = "Armed clash", "Battles"
    elif sub == "Armed clash" and not any(h.kind == "trigger" and h.label == "Armed clash" for h in hits) \
            and ev.actor2 is not None and ev.actor2.kind == "civilians" and ev.actor2.start is not None \
            and ev.actor1 is not None and ev.actor1.start is not None \
            and ev.actor1.kind in STATE_KINDS + ARMED_TARGETS + ("unidentified",):
        # "junta soldiers killed four villagers": no fighting told, armed men and their civilian victims
        ev.sub_event_type, ev.event_type = "Attack", "Violence against civilians"
