"""Sides the dependency parse missed, cut or left generic: a named actor right before its verb ("Boko Haram/IS
attacked Debiro"), the whole of a coordination whose last member alone the parse kept ("dahalo and gendarmerie
and fokonolona clashed"), a joint force named by its first unit ("security forces comprising Rashtriya Rifles
and CRPF"), the attackers of an attack fought off ("thwarted an attack of pro-Houthi forces"), and the sides of
an attack repelled ("Ukrainian forces repelled the attack": the attacker leads), and the group a generic side
belongs to ("fighters from the People's Defence Force")."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Actor, Mention, Sentence
from .arguments import headline_passive
from .role_phrases import Role, Roles
from .context import DocContext
from .generic_actors import STATE_KINDS, UNIDENTIFIED, actors_in, named_as_state_forces
from .role_cues import ARMED_TARGETS, DEFINITE_BEFORE, MEMBERS_OF, copula_subject
from .triggers import Hit

__all__ = ["NON_STATE_ARMED", "attackers_fought_off", "composed_force", "named_for_generic", "named_subject",
           "repelled_sides", "whole_coordination"]

# Kinds of armed actor that are not a state's forces.
NON_STATE_ARMED = ("rebel", "islamist", "militia", "ethnic", "unidentified", "political")


# Between a subject and its verb: nothing, or an adverb of report ("Boko Haram/IS reportedly attacked").
_NAMED_IN_BRACKET = re.compile(r"\s*\(\s*")
_KIN_GROUP = re.compile(r"\b(?:clans?|famil(?:y|ies)|tribes?|sub-?clans?)\b", re.IGNORECASE)
_SUBJECT_GAP = re.compile(r"\s+(?:(?:reportedly|allegedly|reportedly also|also|then|later|again|aurait|auraient)\s+)?")


def named_subject(ctx: DocContext, anchor: Hit, roles: Roles) -> None:
    """Make a named armed actor written right before the event verb its agent when the parse found none
    ("Boko Haram/IS attacked Debiro": the slash's "IS" read as a verb leaves the group the object); a
    name the actor table knows, then the verb, is a subject whatever the parse made of the name."""
    before = next((a for a in ctx.actors if a.end is not None and a.start is not None and a.name
                   and a.kind not in ("civilians", "protesters", "rioters", "unidentified")
                   and _SUBJECT_GAP.fullmatch(ctx.text, a.end, anchor.start)), None)
    if before is None or ctx.parsed is None:
        return
    span = ctx.parsed.char_span(anchor.start, anchor.end, alignment_mode="expand")
    if span is None or span.root.pos_ != "VERB":
        return  # "a pro-Houthi attack": a name before an event noun modifies it
    verb = span.root
    if headline_passive(verb, ctx.parsed):
        return  # "Soldiers attacked in northern Mali": a headline's passive
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    # (not one with a direct object, which no participle describing its victims takes: "Afghan military commandos
    # killed at least 8 Taliban militants", parsed as a noun and its participle; ACLED's Afghanistan row)
    if (verb.tag_ == "VBN" or "VerbForm=Part" in str(verb.morph)) and (
            after is None or after.pos_ in ("ADP", "PUNCT", "CCONJ") or verb.dep_ == "acl") \
            and not any(c.dep_ in ("dobj", "obj") for c in verb.children):
        # "dix soldats tués dans une embuscade", "deux séparatistes tués et trois otages libérés": a participle with
        # no object describes its victims
        return
    mention = Mention(ctx.text[before.start:before.end], before.start, before.end, 0.6)
    roles.patients = [r for r in roles.patients if not (before.start <= r.head_start < before.end)]
    if roles.patient is not None and before.start <= roles.patient.start < before.end:
        roles.patient = roles.patients[0].mention if roles.patients else None
    roles.agents.insert(0, Role(mention, before.start, before.end))
    roles.agent = mention


_AND = re.compile(r"\s*(?:,\s*(?:and\s+|et\s+)?|and\s+|et\s+)")


def whole_coordination(ctx: DocContext, roles: Roles) -> None:
    """Widen an agent the parse cut to the last of several actors joined by "and" or commas ("dahalo and
    gendarmerie and fokonolona clashed": the parse keeps "fokonolona"), so that the first is actor1 and the
    others its associates or, in a clash, its opponents."""
    first = roles.agents[0]
    if first.mention is not roles.agent:
        return
    start = roles.agent.start
    while True:
        prev = next((a for a in ctx.actors if a.start is not None and a.end is not None and a.end < start
                     and _AND.fullmatch(ctx.text, a.end, start)), None)
        if prev is None:
            break
        start = prev.start
    if start < roles.agent.start:
        roles.agent = Mention(ctx.text[start:roles.agent.end], start, roles.agent.end, roles.agent.confidence)
        first.mention = roles.agent


# "security forces comprising RR, CRPF and SoG", "joint forces including the army's 5th Brigade"
_COMPOSED_OF = re.compile(r"\s*,?\s*(?:comprising|comprised\s+of|including|consisting\s+of|made\s+up\s+of|composed\s+of|"
                          r"composées?\s+de|comprenant)\s+(?:the\s+|les?\s+|la\s+)?", re.IGNORECASE)


def composed_force(ctx: DocContext, actor: Actor | None) -> Actor | None:
    """A force named only generically, then by its units ("security forces comprising RR, CRPF and SoG"): the
    first unit named, as an ACLED coder codes the joint force; ``actor`` unchanged otherwise."""
    if actor is None or actor.end is None or actor.kind not in ("state_military", "police") \
            or not named_as_state_forces(actor):
        return actor
    m = _COMPOSED_OF.match(ctx.text, actor.end)
    if m is None:
        return actor
    unit = next((a for a in ctx.actors if a.start == m.end() and a.name and a.name != actor.name
                 and a.kind in ("state_military", "police")), None)
    return replace(unit, confidence=min(unit.confidence, 0.7)) if unit is not None else actor


_FOUGHT_OFF = re.compile(r"(?:thwart|foil)\w*", re.IGNORECASE)
# "thwarted an attack of pro-Houthi forces", "foiled an assault by Boko Haram"
_ATTACK_OF = re.compile(r"\s*(?:of|by|from)\s+(?:the\s+)?(?:pro-)?", re.IGNORECASE)


def attackers_fought_off(ctx: DocContext, anchor: Hit, author: Actor | None) -> Actor | None:
    """The armed side whose attack the event word says was fought off ("thwarted a Houthi attack", "thwarted an
    attack of pro-Houthi forces"): the other side of that battle, or None."""
    if not _FOUGHT_OFF.match(anchor.text):
        return None
    for a in ctx.actors:
        if a.start is None or a.end is None or not a.name or (author is not None and a.name == author.name) \
                or a.kind in ("civilians", "protesters", "rioters"):
            continue
        if anchor.start < a.start < anchor.end or a.start >= anchor.end and _ATTACK_OF.fullmatch(ctx.text, anchor.end, a.start):
            return replace(a, confidence=min(a.confidence, 0.6))
    return None


# Verbs whose subject fought off an attack rather than made it.
# (not "thwarted", "foiled", "déjoué": an attack foiled is often one that never came, the foiler's disrupted weapons
# use, whose actor1 ACLED makes the foiler; tried on ACLED's May 2020 notes, where "thwarted a Houthi attack" gained
# one row and foiled attacks lost three)
_REPELLED = re.compile(r"(?:repell?(?:ed|s)?|repuls(?:ed|es)?|fought\s+off|fended\s+off|beat\s+back|"
                       r"repouss(?:é|ée|és|ées|ent|ait|aient)|ont\s+repouss[ée]s?|a\s+repouss[ée])", re.IGNORECASE)
# "were repelled", "avant d'être repoussés": the subject is the attacker, already actor1.
_PASSIVE_BEFORE = re.compile(r"\b(?:were|was|been|being|be|être|été|étaient|était|sont|fut|furent)\s+$", re.IGNORECASE)


def repelled_sides(ctx: DocContext, anchor: Hit, sentence: Sentence, agent: Actor | None,
                   patient: Actor | None) -> tuple[Actor | None, Actor | None]:
    """The sides of a battle told by the verb that fought it off ("Ukrainian forces repelled the attack", "les
    FAMa ont repoussé une attaque"): who repelled it was attacked (actor2); the attacker, named in the attack
    or another mention of it, is actor1. Other battles keep ``agent`` and ``patient``."""
    if ctx.lang == "ar" and _REPELLED_AR.match(anchor.text):
        return _repelled_in_arabic(ctx, anchor, sentence, agent, patient)
    if not _REPELLED.match(anchor.text) or agent is None or agent.start is None or agent.start >= anchor.start \
            or _PASSIVE_BEFORE.search(ctx.text, max(0, anchor.start - 16), anchor.start):
        return agent, patient
    forces = (*STATE_KINDS, *ARMED_TARGETS)
    # "repelled an IS attack", "repelled an attack by IS fighters": the attack's own author, named, before the
    # victims of the fighting the parse may offer ("repelled a Taliban attack ..., at least 21 militants")
    attacker = next((a for a in actors_in(ctx, anchor.start, min(sentence.end, anchor.end + 30))
                     if a.name and a.name != agent.name and a.kind in forces and a.confidence >= 0.8), None)
    if attacker is None and patient is not None and patient.kind not in ("civilians", "protesters"):
        attacker = patient
    if attacker is None:
        # "Russian forces attempted an assault on ...; Ukrainian forces repelled the attack": the force the
        # sentence names before, making the attack
        attacker = next((a for a in actors_in(ctx, sentence.start, agent.start)
                         if a.name and a.name != agent.name and a.kind in forces), None)
    return attacker, agent


# The Arabic verbs of fighting an attack off, before their subject ("تصدى الجيش السوداني لهجوم من قبل قوات الدعم
# السريع"), and the attack's word whose author follows it.
_REPELLED_AR = re.compile(r"(?:و|ف)?(?:تصدى|تصدت|يتصدى|تتصدى|صد|صدت|يصد|تصد)$")
_ATTACK_AR = re.compile(r"هجوم\w*|لهجوم\w*|هجمات|لهجمات")


def _repelled_in_arabic(ctx: DocContext, anchor: Hit, sentence: Sentence, agent: Actor | None,
                        patient: Actor | None) -> tuple[Actor | None, Actor | None]:
    """"تصدى الجيش السوداني لهجوم من قبل قوات الدعم السريع": the force named right after the verb was attacked
    (actor2); the one named after the attack's word attacked (actor1). Else ``agent`` and ``patient`` as they are."""
    forces = (*STATE_KINDS, *ARMED_TARGETS)
    defender = next((a for a in actors_in(ctx, anchor.end, min(sentence.end, anchor.end + 40))
                     if a.name and a.kind in forces), None)
    attack = _ATTACK_AR.search(ctx.text, anchor.end, sentence.end)
    if defender is None or attack is None:
        return agent, patient
    attacker = next((a for a in actors_in(ctx, attack.end(), min(sentence.end, attack.end() + 40))
                     if a.name and a.name != defender.name and a.kind in forces), None)
    return (attacker, defender) if attacker is not None else (agent, patient)


def _before_the_verb(ctx: DocContext, start: int, end: int) -> int:
    """Where the noun phrase that starts at ``start`` ends at the latest: before the first verb of ``text[start:end]``
    ("members of an Islamist militia | ambushed Wagner Group mercenaries": the group after the verb is its object)."""
    if ctx.parsed is None:
        return end
    span = ctx.parsed.char_span(start, end, alignment_mode="contract")
    verb = next((t for t in span if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound", "acl")), None) \
        if span is not None else None
    return verb.idx if verb is not None else end


def named_for_generic(ctx: DocContext, sentence: Sentence, agent: Actor | None,
                       patient: Actor | None) -> tuple[Actor | None, Actor | None]:
    """A side named only generically ("killing 15 insurgents") when the sentence names one armed group that
    is neither side ("an attack by Boko Haram insurgents"): that group, as an ACLED coder reads it."""
    def generic(a: Actor | None) -> bool:
        # words of the text ("insurgents"), not the fallback for an author nobody named
        return a is not None and a.start is not None and (a.name or "").startswith(UNIDENTIFIED) \
            and a.kind in NON_STATE_ARMED

    def unnamed(a: Actor | None) -> bool:
        # words the table names no one by ("des membres des VDP", "elements of the SNA")
        return a is not None and a.start is not None and not a.name and bool(a.text)

    side = agent if generic(agent) or unnamed(agent) else (patient if generic(patient) or unnamed(patient) else None)
    if side is None or not side.text:
        return agent, patient
    # "fighters from the People's Defence Force", "militants of the banned TTP", "des combattants du M23"
    link = MEMBERS_OF.match(ctx.text, side.end or 0)
    # (the group's name may take in its kind word: "combattants du groupe armé 3R")
    group = next((a for a in ctx.actors if a.start is not None and link.start() < a.start <= link.end()
                  and a.kind in NON_STATE_ARMED and a.name and not a.name.startswith("Unidentified")), None) \
        if link is not None else None
    if group is None and link is not None:
        # "1 fighter from the 41st brigade (Asaib ahl al Haq) of the PMF": the unit's words first, then the group
        # (the last named, the force the unit belongs to), in the same clause
        clause = re.match(r"[^,.;:\n]{0,80}", ctx.text[link.end():])
        end = _before_the_verb(ctx, link.end(), link.end() + (clause.end() if clause else 0))
        inside = [a for a in ctx.actors if a.start is not None and link.end() < a.start < end and a.name
                  and a.kind in NON_STATE_ARMED and not a.name.startswith("Unidentified")]
        group = inside[-1] if inside else None
        if group is not None and _KIN_GROUP.search(ctx.text, link.end(), group.start or link.end()):
            # ("suspected militiamen linked to a clan associated with the MILF": the clan's militia, ACLED's
            # Philippines row codes an Unidentified Clan Militia, not the group the clan is associated with)
            group = None
    bracket = _NAMED_IN_BRACKET.match(ctx.text, side.end or 0)
    if group is None and bracket is not None:
        # "volunteer fighters (Volunteers for the Defense of the Homeland)": the bracket names the side's group
        group = next((a for a in ctx.actors if a.start == bracket.end() and a.end is not None
                      and ctx.text.startswith(")", a.end) and a.kind in NON_STATE_ARMED and a.name
                      and not a.name.startswith(UNIDENTIFIED)), None)
    group = group or copula_subject(ctx, side)  # ("Dyck Advisory Group are the suspected attackers")
    if group is not None:
        named = replace(group, confidence=min(group.confidence, 0.7))
        return (named, patient) if side is agent else (agent, named)
    if ctx.parsed is not None and side.start is not None:
        # "an Islamic State Khorasan Province (ISKP) suicide bomber": the group inside the side's own noun phrase
        span = ctx.parsed.char_span(side.start, side.end or side.start, alignment_mode="expand")
        top = span.root if span is not None and len(span) else None
        while top is not None and top.dep_ in ("appos", "compound") and top.head.i != top.i:
            top = top.head  # (the parse may hang the bomber on the group's name: "... Province (ISKP) suicide bomber")
        left = top.left_edge.idx if top is not None else side.start
        inside = {a.name: a for a in actors_in(ctx, left, side.start) if a.kind in NON_STATE_ARMED and a.name
                  and not a.name.startswith(UNIDENTIFIED)}
        # (two groups named as alternatives, "presumed JNIM or ISGS militants": the first, less sure)
        if inside:
            named = replace(next(iter(inside.values())), confidence=min(side.confidence, 0.6 if len(inside) == 1 else 0.45))
            return (named, patient) if side is agent else (agent, named)
    head = side.text.split()[-1].lower()
    taken = {a.name for a in (agent, patient) if a is not None and a.name}
    # the same noun names the group earlier or later in the sentence ("Boko Haram insurgents" ... "insurgents")
    groups = {a.name: a for a in actors_in(ctx, sentence.start, sentence.end)
              if a.kind in ("rebel", "islamist", "militia") and a.name and not a.name.startswith("Unidentified")
              and a.name not in taken and (a.text or "").lower().split()[-1:] == [head]}
    if not groups and DEFINITE_BEFORE.search(ctx.text, max(0, (side.start or 0) - 8), side.start or 0):
        # "Les assaillants ont également incendié ...", "the rebels then withdrew": a definite generic
        # refers back to the one armed group the report named before (the words stay this sentence's), in an
        # earlier sentence or earlier in this one ("suspected Al Shabaab clashed with soldiers, after the militants
        # threw a hand grenade")
        earlier = {a.name: a for a in actors_in(ctx, 0, side.start or sentence.start)
                   if a.kind in ("rebel", "islamist", "militia") and a.name and not a.name.startswith("Unidentified")
                   and a.name not in taken}
        if len(earlier) == 1:
            group = next(iter(earlier.values()))
            named = replace(side, name=group.name, kind=group.kind, country=group.country,
                            confidence=min(side.confidence, 0.5))
            return (named, patient) if side is agent else (agent, named)
    if len(groups) != 1:
        return agent, patient
    named = next(iter(groups.values()))
    named = Actor(named.name, named.text, named.start, named.end, min(named.confidence, 0.5), named.kind, named.country)
    return (named, patient) if side is agent else (agent, named)
