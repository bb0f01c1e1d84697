"""Victims and detainees told as people or a cell, who belong to a named armed group: ACLED codes the group.

A strike's victims told as people, among whom a named armed group's man: ACLED codes the group as the target.

"Deux personnes, dont un responsable du Hezbollah, ont été tuées dans une frappe de drone israélien": the strike's
actor2 is Hezbollah, not "Civilians (Lebanon)" (ACLED codebook 2023, §Actors: a target is coded by the most
specific identity reported; an armed group's member killed with civilians makes the group the target, the
civilians its associates). The member is told right after the victims ("dont", "including", "بينهم") or in the
next sentence ("parmi les victimes figurait", "among the dead was").

A group that mourns its dead in the strike's sentence is its target: "نعى حزب الله ثلاثة عناصر قتلوا ... جراء ضربة
اسرائيلية" (Hezbollah mourned three members killed in an Israeli strike: ACLED's actor2 is Hezbollah), "Hezbollah mourned
three fighters killed in an Israeli strike"; the army that mourns its soldiers likewise.

Weapons seized told as a named group's ("arms ... belonging to a militant of People's Revolutionary Party of
Kangleipak-progressive (PREPAK-pro)", "des armes appartenant à", "أسلحة تابعة لتنظيم داعش") make the group the seizure's
actor2, as ACLED codes it.

A named armed group's men killed "during an attack on" a police station or a base nobody else is said to have made
were its attackers: the group is actor1, the site's forces actor2 ("Three NPA rebels were killed during an attack on a
police station", ACLED's Philippines rows).

A cell dismantled is its members arrested; a cell told as a group's ("une cellule terroriste pro-Daech", "a Hasm cell",
"خلية تابعة لتنظيم داعش") makes the group the arrests' actor2, as ACLED codes Moroccan and Egyptian cell arrests.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Actor, Event, Sentence
from .context import DocContext
from .generic_actors import STATE_KINDS, UNIDENTIFIED, actors_in, with_country
from .other_side import forces_of_site

if TYPE_CHECKING:  # pragma: no cover
    from .triggers import Hit

# The member named right after the victims: "Deux personnes, dont un responsable du Hezbollah,".
_AMONG_AFTER = re.compile(
    r"[\s,(]*(?:dont|parmi\s+(?:eux|elles|lesquels|lesquelles)|y\s+compris|including|among\s+(?:them|whom)|"
    r"من\s+بينهم|بينهم|بينهما)\b",
    re.IGNORECASE,
)
# The member named in a sentence of its own about the dead: "parmi les victimes figurait un responsable",
# "among the dead was a commander", "وكان بين القتلى قيادي".
_AMONG_THE_DEAD = re.compile(
    r"\bparmi\s+(?:les|ces)\s+(?:victimes|morts|tués|personnes\s+tuées)\b|\bamong\s+(?:the|those)\s+(?:dead|killed|victims)\b|"
    r"\b(?:بين|من\s+بين)\s+(?:القتلى|الضحايا)",
    re.IGNORECASE,
)
# The word for a cell, after which its group is named ("cellule terroriste pro-Daech", "cell affiliated with IS").
_CELL = re.compile(r"\b(?:cellules?|cells?|خلي(?:ة|ه|ات))\b", re.IGNORECASE)
_CELL_REACH = 45
_REACH = 90  # how far after the victims the member's phrase may run
_GROUP_KINDS = frozenset({"rebel", "islamist", "militia", "political"})
_STRIKES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                      "Suicide bomb", "Grenade"})


def group_among_victims(ctx: DocContext, sub: str, ev: Event, sentence: Sentence) -> None:
    """Make a strike's civilian actor2 the armed group one of its victims is said to belong to."""
    victims = ev.actor2
    if sub not in _STRIKES or victims is None or victims.kind != "civilians" or victims.end is None:
        return
    group = None
    after = _AMONG_AFTER.match(ctx.text, victims.end, min(sentence.end, victims.end + _REACH))
    if after is not None:
        group = _group_in(ctx, after.end(), min(sentence.end, after.end() + _REACH))
    next_sentence = next((s for s in ctx.sentences if s.start >= sentence.end), None)
    if group is None and next_sentence is not None:
        told = _AMONG_THE_DEAD.search(ctx.text, next_sentence.start, next_sentence.end)
        if told is not None:
            group = _group_in(ctx, told.end(), min(next_sentence.end, told.end() + _REACH))
    if group is not None:
        ev.actor2, ev.assoc_actor2 = replace(group, confidence=min(group.confidence, 0.7)), [victims, *ev.assoc_actor2]


def _group_in(ctx: DocContext, start: int, end: int) -> Actor | None:
    return next((a for a in actors_in(ctx, start, end) if a.kind in _GROUP_KINDS
                 and not (a.name or "").startswith(("Unidentified", "Civilians"))), None)


def group_of_the_cell(ctx: DocContext, sub: str, ev: Event, sentence: Sentence) -> None:
    """Make the arrests of a cell told as a named armed group's ("cellule terroriste pro-Daech") that group's."""
    if sub != "Arrests" or ev.actor2 is not None and ev.actor2.kind != "civilians":
        return
    for cell in _CELL.finditer(ctx.text, sentence.start, sentence.end):
        group = _group_in(ctx, cell.end(), min(sentence.end, cell.end() + _CELL_REACH))
        if group is not None:
            prior = [ev.actor2] if ev.actor2 is not None else []
            ev.actor2, ev.assoc_actor2 = replace(group, confidence=min(group.confidence, 0.6)), [*prior, *ev.assoc_actor2]
            return
    # (and so are the arrests of a group's counted members: "Syrian regime police arrested three QDW members",
    # ACLED's 2024 Syria rows, actor2 QDW: National Defence Forces)
    for a in actors_in(ctx, sentence.start, sentence.end):
        if a.kind in _GROUP_KINDS and a.end is not None and _MEMBERS_AFTER.match(ctx.text, a.end) \
                and _COUNTED_BEFORE.search(ctx.text, max(sentence.start, (a.start or 0) - 14), a.start or 0):
            prior = [ev.actor2] if ev.actor2 is not None else []
            ev.actor2, ev.assoc_actor2 = replace(a, confidence=min(a.confidence, 0.6)), [*prior, *ev.assoc_actor2]
            return


# A group's men right after its name, and a count right before it ("three QDW members", "12 Hamas operatives").
_MEMBERS_AFTER = re.compile(r"\s+(?:members|militants|fighters|operatives|elements|affiliates|suspects)\b", re.IGNORECASE)
_COUNTED_BEFORE = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens|some|a\s+number\s+of)"
                             r"\s+(?:suspected\s+|alleged\s+)?$", re.IGNORECASE)


# Whose the weapons were: "belonging to (a militant of) X", "used by X", "appartenant à X", "تابعة ل X".
_BELONGING_TO = re.compile(r"\b(?:belong(?:ing|ed|s)?\s+to|owned\s+by|used\s+by|appartenant\s+(?:à|au|aux)|utilisées?\s+par)\b"
                           r"|(?:^|\s)(?:تابعة|التابعة|تابع|يملكها|تعود)\s+(?:إلى\s+|الى\s+)?(?=\S)", re.IGNORECASE)
# (as far as "belonging to the Western Mindanao Regional Party Committee (WMRPC) of the New People's Army (NPA)")
_OWNER_REACH = 100


def owner_of_the_arms(ctx: DocContext, sub: str, ev: Event, sentence: Sentence, cname: str | None) -> None:
    """Make the armed group the seized weapons are told to belong to the actor2 of their seizure (unnamed men under
    ACLED's unidentified name: "a drone belonging to unknown militants", ACLED's 2024 Iraq row)."""
    if sub != "Disrupted weapons use" or ev.actor2 is not None:
        return
    for told in _BELONGING_TO.finditer(ctx.text, sentence.start, sentence.end):
        end = min(sentence.end, told.end() + _OWNER_REACH)
        group = _group_in(ctx, told.end(), end) or next(
            (with_country(replace(a, confidence=min(a.confidence, 0.6)), cname) for a in actors_in(ctx, told.end(), end)
             if a.kind == "unidentified"
             or a.kind == "rebel" and (a.name or "").startswith(UNIDENTIFIED)), None)
        if group is not None and (ev.actor1 is None or ev.actor1.name != group.name):
            ev.actor2 = replace(group, confidence=min(group.confidence, 0.6))
            return


# A verb of mourning the dead, in Arabic (perfect and imperfect, either gender) or English: "نعى", "ينعى", "نعت", "mourned".
_MOURNS = re.compile(r"(?:^|(?<=\s))[وف]?(?:نعى|ينعى|نعت|تنعى|تنعي|ينعي)(?=\s)|\bmourn(?:s|ed|ing)?\b", re.IGNORECASE)
# How far the mourner's name may stand from the verb: right after it ("نعى حزب الله"), or right before it in a headline
# ("حزب الله ينعى ثلاثة عناصر").
_MOURNER_REACH = 4
_NOT_A_MOURNER = ("Unidentified", "Civilians", "Protesters", "Rioters")


def group_mourning_its_dead(ctx: DocContext, sub: str, ev: Event, sentence: Sentence) -> None:
    """Make a strike's civilian (or missing) actor2 the group or army the sentence tells mourning its dead."""
    victims = ev.actor2
    if sub not in _STRIKES or victims is not None and victims.kind != "civilians":
        return
    for verb in _MOURNS.finditer(ctx.text, sentence.start, sentence.end):
        near = [a for a in actors_in(ctx, max(sentence.start, verb.start() - 40), min(sentence.end, verb.end() + 40))
                if a.start is not None and a.end is not None and a.name and not a.name.startswith(_NOT_A_MOURNER)
                and (0 <= a.start - verb.end() <= _MOURNER_REACH or 0 <= verb.start() - a.end <= _MOURNER_REACH)]
        mourner = next(iter(near), None)
        if mourner is None or ev.actor1 is not None and ev.actor1.name == mourner.name:
            continue
        prior = [victims] if victims is not None else []
        ev.actor2, ev.assoc_actor2 = replace(mourner, confidence=min(mourner.confidence, 0.6)), [*prior, *ev.assoc_actor2]
        return


# "killed during an attack on a police station", "tués lors d'une attaque contre un poste": the dead fell attacking.
_DURING_ATTACK_ON = re.compile(r"\b(?:during|in)\s+(?:an?|the)\s+(?:attack|assault|raid)\s+(?:on|against)\b|"
                               r"\blors\s+d['’](?:une|un)\s+(?:attaque|assaut)\s+contre\b", re.IGNORECASE)


def attackers_killed_at_the_site(ctx: DocContext, sub: str, ev: Event, sentence: Sentence, hits: list["Hit"],
                                 cname: str | None) -> None:
    """Make a named armed group whose men died "during an attack on" a state site the clash's attacker, when no author
    is named (see the module docstring); the site's forces are the other side."""
    a1, a2 = ev.actor1, ev.actor2
    if sub != "Armed clash" or a2 is None or not a2.name or a2.kind not in ("rebel", "islamist", "militia", "ethnic") \
            or a1 is not None and (a1.start is not None or not (a1.name or "").startswith(UNIDENTIFIED)) \
            or not _DURING_ATTACK_ON.search(ctx.text, sentence.start, sentence.end):
        return
    held = [a for a in actors_in(ctx, ev.target.start, ev.target.end) if a.kind in STATE_KINDS] \
        if ev.target is not None else []
    forces = with_country(held[0], cname) if held else forces_of_site(ctx, ev.target, hits, cname)
    if forces is not None:  # ("a police station": the police)
        ev.actor1, ev.actor2 = a2, forces
