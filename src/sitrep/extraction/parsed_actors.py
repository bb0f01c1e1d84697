"""Who the parse says did it and to whom, for one event mention: the role phrases :func:`.arguments.parse_roles`
finds for the event word, with the misparses of news prose mended (a state's name read as the agent of a verb it
only qualifies, a verb with no subject), named as ACLED actors. :mod:`.participants` builds on this reading."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..model import Actor, Event, Mention, Sentence
from .arguments import parse_roles
from .role_phrases import MANNER_NOUNS, Role, Roles, full_extent
from .generic_actors import REMOTE_VIOLENCE, STATE_KINDS, VAC, actors_in
from .phrase_actors import name_coordination, state_test, weapon_owner
from .classify import FEATURE_FAMILY, VIOLENT
from .context import DocContext
from .coref import antecedent
from .role_words import AGENT_NOUNS, MUTUAL, TOLL_NOUNS
from .role_cues import (
    ARMED_TARGETS, BY_AGENT, MEMBERS_OF, OPPONENT_BEFORE, RELATIVE, SAID_AFTER, SOURCE_BEFORE, COUNT_ONLY, two_armed_sides,
    demonym_after, reduced_passive_subject, without_dateline,
)
from .crowd_sides import CROWD_NAME, PROTEST_INTERVENED
from .note_prefixes import clause_after_heading
from .sides import add_sides
from .subjects import NON_STATE_ARMED, named_subject, whole_coordination
from .triggers import Hit
from .weapon_means import NOT_WEAPONS

# Between two verbs of one deed: "shot and killed".
AND_THEN = re.compile(r"\s*(?:and|et)?\s*")
# The crowd's own events: what its motive names is no side of them.
CROWD_SUBS = frozenset({*CROWD_NAME, *PROTEST_INTERVENED})

# Places that name the country itself (not a town read into it): "السورية" in "مدينة عفرين السورية".
NAMES_A_COUNTRY = ("country", "demonym", "admin1")


REMOTE_AUTHORED = ("Air/drone strike", "Shelling/artillery/missile attack")
ARMED_DEEDS = VAC | REMOTE_VIOLENCE | {"Armed clash"}

_NEXT_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_DEVICE_LAID_BY = re.compile(r"\b(?:device|bomb|IED|mine|landmine|explosives?)s?\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?"
                             r"(?:planted|laid|placed)\s+by\s+(?:the\s+)?(?:suspected\s+|presumed\s+|alleged\s+)?"
                             # ("recovered and defused two cane bombs ..., suspected to be planted by Maoists")
                             # ("struck an IED likely planted by JNIM militants", ACLED's 2022 Benin row)
                             r"|\b(?:(?:suspected|believed|thought|said)\s+to\s+(?:be|have\s+been)\s+|allegedly\s+|reportedly\s+"
                             r"|likely\s+|probably\s+|presumably\s+)"
                             r"(?:planted|laid|placed)\s+by\s+(?:the\s+)?",
                             re.IGNORECASE)
_HYPHENED = re.compile(r"-(?:[a-z]+\s+)?")
# How far after a passive verb its "by"/"par" agent may be named: near it always, farther with no punctuation between.
_BY_REACH, _BY_REACH_UNBROKEN = 80, 160
_CLAUSE_MARK = re.compile(r"[,;:()\[\]،]")
_MEMBERS_OF = re.compile(r"(?:éléments|membres|hommes|combattants|elements|members|fighters|militants)\s+"
                         r"(?:de\s+(?:la\s+|l['’]\s*)?|d['’]\s*|du\s+|des\s+|of\s+(?:the\s+)?)", re.IGNORECASE)
_DURING = re.compile(r"\b(?:during|in)\s+(?:an?\s+|the\s+)?(?:joint\s+)?$", re.IGNORECASE)
_AFTER_A_COMMA = re.compile(r",\s*(?:the\s+|les?\s+|la\s+)?$", re.IGNORECASE)  # a clause of its own after the event's
_OPERATION_AFTER = re.compile(r"\s+(?:security\s+|military\s+|clearance\s+)?(?:operations?|raids?|offensives?)\b", re.IGNORECASE)
_DIVISIONS_AFTER = re.compile(r"\s*\([^()\n]{2,80}\)")
# A border or a territory before the word the parse made the subject: its nationality names a place, not forces.
_BORDER_BEFORE = re.compile(r"\b(?:frontières?|borders?|territoire|territory)\s+$", re.IGNORECASE)
# An operation the parse made the subject, and the words that name who led it: "Une opération menée vendredi à l'aube
# par le 3e Bataillon d'Intervention Rapide (BIR) du Cameroun a permis de neutraliser deux séparatistes", "an operation
# conducted by the army killed".
_OPERATION_NOUNS = frozenset({"opération", "operation", "raid", "offensive", "assaut", "assault", "ratissage", "sweep",
                              "opérations", "operations", "raids", "offensives", "assauts", "assaults", "ratissages",
                              "sweeps"})
_LED_BY = re.compile(r"[^.;:!?()]{0,40}?\b(?:men[ée]e?s?|conduite?s?|lanc[ée]e?s?|effectu[ée]e?s?|r[ée]alis[ée]e?s?|"
                     r"carried\s+out|conducted|launched|mounted|led)\b[^.;:!?()]{0,40}?\b(?:par|by)\s+", re.IGNORECASE)

# Nouns that end a place's name, never an actor's ("Kyaukkyi township", "Mone village tract").
_PLACE_NOUNS = frozenset({"township", "tract", "village", "district", "region", "town", "city", "province", "county",
                          "commune", "cercle", "lga", "woreda", "kebele", "upazila", "tehsil", "localité", "ville"})


def _event_roles(ctx: DocContext, countries: Any, sub: str, anchor: Hit, sentence: Sentence, hits: list[Hit]) -> Roles:
    """Agent and patient candidates of the anchor, then of the sentence's other triggers of the event."""
    weapons = [(h.start, h.end) for h in hits if h.kind == "weapon" and h.text.lower() not in NOT_WEAPONS]
    armed = [(a.start, a.end) for a in ctx.actors if a.start is not None and a.end is not None
             and sentence.start <= a.start < sentence.end and a.kind not in ("civilians", "protesters")]
    groups = [(a.start, a.end) for a in ctx.actors if a.start is not None and a.end is not None
              and sentence.start <= a.start < sentence.end and a.kind in NON_STATE_ARMED]
    is_state = state_test(countries)

    def roles_of(h: Hit) -> Roles:
        found = parse_roles(ctx.parsed, h, weapons, armed, is_state, groups)
        add_sides(ctx.parsed, h, found, weapons)
        return found

    # ("Security measures: On 9 May 2020, the governorship announced ...": the heading's roles are the note's, and
    # the heading's own words play none: "Movement of forces")
    clause = clause_after_heading(ctx.text, ctx.parsed, anchor)
    roles = roles_of(clause or anchor)
    # (a subject the parse took from the place before the actors is none: "in Mone village tract, Kyaukkyi township
    # (Taungoo district, Bago Region), Myanmar military and KNU clashed", ACLED's Myanmar row)
    agent = roles.agent
    # (not a dateline the parse made the subject: "MOGADISHU, Sept 26 (Reuters) - Somali government forces backed by
    # local clan militias recaptured", whose forces the apposition names)
    placed = agent is not None and not any(a.start is not None and a.end is not None and a.start < agent.end
                                           and agent.start < a.end for a in ctx.actors) \
        and agent.text.split()[-1].lower() in _PLACE_NOUNS
    if (agent is None or placed) and ctx.lang in ("en", "fr"):
        named_subject(ctx, anchor, roles)
    if agent is not None and roles.agents and (not placed or roles.agent is not agent):
        whole_coordination(ctx, roles)
    violent = sub in VIOLENT
    for h in hits:
        if h is anchor or h.kind != "trigger" or clause is not None and h.start < anchor.end or not (
                h.label == sub or sub in FEATURE_FAMILY.get(h.label, ()) or violent and h.label in VIOLENT):
            continue
        roles.merge(roles_of(h))
    if not roles.patients and violent and ctx.parsed is not None:
        _hurt_before_the_attack(ctx.parsed, anchor, roles)
    if not roles.agents and violent and ctx.parsed is not None and anchor.text.lower() in TOLL_NOUNS:
        # ("pro-Houthi forces reportedly fired 14.5mm ... machine guns ..., with no report of fatalities": the only
        # event word is the toll denied; the armed subject of the sentence's main verb did it)
        span = ctx.parsed.char_span(sentence.start, sentence.end, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None) \
            if root is not None and root.pos_ == "VERB" else None
        if subj is not None and any(s <= subj.idx < e for s, e in armed):
            roles.add("agent", subj, ctx.parsed, 0.5)
    return roles


# The prepositions that put an attack after the harm it did: "2 soldiers were wounded following an ambush by ...".
_AFTER_PREPS = frozenset({"following", "after", "in", "during", "après", "lors", "suite"})
_HARM_VERBS = frozenset({"wound", "injure", "kill", "hurt", "blesser", "tuer"})


def _hurt_before_the_attack(doc: Any, anchor: Hit, roles: Roles) -> None:
    """The subject of a passive of harm the attack word hangs on through "following"/"after"/"in" ("2 'Arbakis' were
    wounded following an ambush by Taliban militants", ACLED's 2020 Afghanistan notes): those hurt are its patient."""
    span = doc.char_span(anchor.start, anchor.end, alignment_mode="expand")
    if span is None or not len(span):
        return
    tok = span.root
    prep = tok.head if tok.dep_ in ("pobj", "obl", "nmod") else None
    if prep is not None and prep.dep_ == "prep" and prep.lower_ in _AFTER_PREPS:
        verb = prep.head
    elif prep is not None and any(c.dep_ == "case" and c.lower_ in _AFTER_PREPS for c in tok.children):
        verb = prep
    else:
        return
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _HARM_VERBS:
        return
    subj = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj:pass")), None)
    if subj is not None:
        roles.add("patient", subj, doc, 0.55)


def _misparsed_agent(ctx: DocContext, r: Role, hits: list[Hit], is_state: Any = None) -> str | None:
    """Why a candidate author is not one: ``"weapon"`` ("a car bomb struck"; its modifiers may still
    name the author), ``"event"`` ("the blast killed"), unless it names one ("a suicide bomber",
    "gunmen attacked"), ``"place"`` (a town no actor is named after), ``"manner"`` ("par erreur"); ``None`` when it may be the author."""
    word = ctx.text[r.head_start:r.head_end].lower()
    if word in MANNER_NOUNS:
        return "manner"  # ("l'armée bombarde « par erreur » un village": how it was done, not who did it)
    if _BORDER_BEFORE.search(ctx.text, max(0, r.head_start - 24), r.head_start) and any(
            p.feature == "demonym" and p.start <= r.head_start < p.end for p in ctx.places):
        return "place"  # ("l'opération, menée ... près de la frontière algérienne, avait pour objectif de neutraliser")
    inside = [h for h in hits if h.start <= r.head_start < h.end]
    if word not in AGENT_NOUNS and any(h.kind == "weapon" for h in inside):
        return "weapon"  # "a Russian missile struck": the projectile, even inside the event phrase
    if is_state is not None and is_state(ctx.text[r.head_start:r.head_end]):
        return None  # "une frappe américaine": the state named inside the event phrase is its author
    divisions = _DIVISIONS_AFTER.match(ctx.text, r.head_end)
    if not _actor_at(ctx, r.head_start) and (
            any(p.start <= r.head_start < p.end and p.feature in ("city", "admin2") for p in ctx.places)
            or divisions is not None and any(divisions.start() <= p.start < divisions.end() for p in ctx.places)):
        # ("attacked Nacutuco (Mucojo, Cabo Delgado), beheaded 1 person": the town the parse made a subject,
        # known to the gazetteer or followed by its divisions)
        return "place"
    for h in inside:
        if h.kind == "trigger":
            # "Viv Ansanm gangs attacked": a group named in the phrase makes its event word its members
            named = any(a.start is not None and (a.start <= r.head_start < (a.end or 0) or a.kind not in (
                "civilians", "unidentified") and r.mention.start <= a.start < r.mention.end)
                for a in ctx.actors)
            if word not in AGENT_NOUNS and not named:
                return "event"
    return None


def _operation_owner(ctx: DocContext, start: int) -> Actor | None:
    """Who carried out the operation whose noun starts at ``start``, as the subject of the verb it is the object of
    ("popular mobilization forces carried out an ambush operation which lead to the arrest of an IS leader"), or None."""
    if ctx.parsed is None:
        return None
    span = ctx.parsed.char_span(start, start + 1, alignment_mode="expand")
    tok = span.root if span is not None and len(span) else None
    if tok is None or tok.dep_ not in ("dobj", "obj") or tok.head.pos_ != "VERB":
        return None
    subject = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is None:
        return None
    return next((replace(a, confidence=min(a.confidence, 0.65)) for a in ctx.actors if a.start is not None and a.name
                 and a.start <= subject.idx < (a.end or 0) and not a.name.startswith("Unidentified")), None)


def _subjectless_verb(ctx: DocContext, anchor: Hit) -> bool:
    """Whether the event word is an active verb the parse gave no subject (French and English)."""
    span = ctx.parsed.char_span(anchor.start, anchor.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok = span.root
    return tok.pos_ == "VERB" and tok.dep_ in ("ROOT", "conj") and not any(
        c.dep_ in ("nsubj", "nsubj:pass", "aux:pass", "auxpass", "csubj", "expl", "expl:pass") for c in tok.children)


def _actor_at(ctx: DocContext, start: int) -> bool:
    return any(a.start is not None and a.start <= start < (a.end or 0) for a in ctx.actors)


def parsed_actors(ctx: DocContext, countries: Any, sub: str, anchor: Hit, sentence: Sentence, hits: list[Hit],
                   ev: Event, country: str | None) -> tuple[Actor | None, Actor | None]:
    roles = _event_roles(ctx, countries, sub, anchor, sentence, hits)
    agent: Actor | None = None
    agent_heads: set[int] = set()
    first: Role | None = None
    unnamed_pronoun: Role | None = None
    is_state = state_test(countries)
    without_dateline(ctx, roles)
    for r in roles.agents[:4]:
        why = _misparsed_agent(ctx, r, hits, is_state)
        if why == "weapon":
            owner = weapon_owner(ctx, r, country, countries, hits)
            if owner is None or first is not None:
                continue
            first, agent, agent_heads = r, owner, {r.head_start}
            continue
        if why is not None or SOURCE_BEFORE.search(ctx.text, max(0, r.mention.start - 30), r.mention.start):
            continue  # ("a annoncé le gouvernement nigérien": who tells it)
        if first is not None and r.group != first.group:
            break
        if r.pronoun:
            named, assoc = antecedent(ctx, r.head_start, r.head_end, "agent"), []
            if named is None:
                unnamed_pronoun = unnamed_pronoun or r
                continue
        else:
            named, assoc = name_coordination(ctx, r, country, countries, None)
            # (a role the parse cut inside a longer name is that name's: "Brazilian" of "Brazilian police raid")
            named = next((a for a in ctx.actors if a.start is not None and a.end is not None and a.name
                          and a.start <= r.mention.start and r.mention.end <= a.end
                          and a.end - a.start > r.mention.end - r.mention.start), named)
        if first is None:
            first = r
            agent = named or Actor(None, r.mention.text, r.mention.start, r.mention.end, 0.3)
            agent_heads = {r.head_start}
            ev.assoc_actor1 = assoc
        elif named is not None and named.kind != "unidentified" and agent is not None \
                and (agent.name is None or agent.kind == "unidentified"):
            agent, agent_heads = named, {r.head_start}  # "Taliban gunmen" before "suicide bombers"
            ev.assoc_actor1 = assoc
            break
    if first is not None and agent is not None \
            and (agent.name is None or agent.kind == "unidentified" or agent.name.startswith("Unidentified")) \
            and ctx.text[first.head_start:first.head_end].lower() in _OPERATION_NOUNS:
        led = _LED_BY.match(ctx.text, first.head_end)
        leader = next((a for a in ctx.actors if led is not None and a.start is not None and a.name
                       and led.end() <= a.start <= led.end() + 25 and a.start < sentence.end), None)
        leader = leader or _operation_owner(ctx, first.head_start)
        if leader is not None:
            agent = replace(leader, confidence=min(leader.confidence, 0.7))
    if agent is None:
        # "a Taliban-planted bomb", "an IS-claimed attack": the name joined to the event word by a hyphen (with
        # the participle before it: "a Taliban-planted landmine")
        agent = next((replace(a, confidence=min(a.confidence, 0.7)) for a in ctx.actors if a.end is not None and a.name
                      and a.end < anchor.start and _HYPHENED.fullmatch(ctx.text, a.end, anchor.start)), None)
    if agent is None and sub == "Remote explosive/landmine/IED":
        # "... the explosion of an IED that struck the cart. The device was likely planted by JNIM militants."
        agent = device_layer(ctx)
    if agent is None and sub in REMOTE_AUTHORED:
        # "une frappe de drone de l'armée malienne": the forces inside the strike's own noun phrase
        # (the parse often hangs them on the weapon) carried it out.
        _, end = full_extent(ctx.parsed, Mention(anchor.text, anchor.start, anchor.end))
        inside = [a for a in ctx.actors if a.start is not None and anchor.start <= a.start < max(end, anchor.end)
                  and a.kind in STATE_KINDS and (a.end or 0) > anchor.end]
        if inside:
            a = inside[0]
            # the words after the strike's own ("drones ukrainiens" -> "ukrainiens") name its author
            start = a.start if a.start >= anchor.end else anchor.end + len(ctx.text[anchor.end:a.end]) \
                - len(ctx.text[anchor.end:a.end].lstrip())
            agent = replace(a, text=ctx.text[start:a.end], start=start, confidence=min(a.confidence, 0.6))
        else:
            # "une frappe de drone israélienne", "des tirs d'artillerie russes": the nationality of the strike
            agent = demonym_after(ctx, countries, anchor)
    if agent is None:
        # "tués par des présumés ADF", "killed by suspected Boko Haram militants": a passive's agent the
        # parse hung elsewhere ("présumés" read as a noun under "machette")
        for by in BY_AGENT.finditer(ctx.text, anchor.end, min(sentence.end, anchor.end + _BY_REACH_UNBROKEN)):
            if RELATIVE.search(ctx.text, anchor.end, by.start()):
                break  # "killings in Deir ez-Zor, which is controlled by the SDF": another clause's agent
            if by.start() - anchor.end > _BY_REACH and _CLAUSE_MARK.search(ctx.text, anchor.end, by.start()):
                break  # (farther off, only with no comma between: "a été attaquée dans la nuit du mercredi 4 au jeudi
                # 5 août à Tchoukoutalia dans la province du Lac Tchad par des éléments de Boko Haram")
            # (residents who lynch are a mob: "lynchés et brûlés vifs par des habitants"; protesters are a crowd)
            # (or the group its members are told of: "par des éléments de Boko Haram")
            members = _MEMBERS_OF.match(ctx.text, by.end())
            named_at = {by.end(), members.end() if members is not None else by.end()}
            found = next((a for a in ctx.actors if a.start in named_at and a.kind != "protesters"
                          and (a.kind != "civilians" or sub in VAC)), None)
            if found is None and ctx.actor_table is not None:
                # a weak head the table finds only with a demonym, sure enough as a passive's agent ("tués par
                # des militaires", "killed by soldiers")
                word = _NEXT_WORD.match(ctx.text, by.end())
                weak = ctx.actor_table.resolve(word.group(), ctx.lang, country) if word is not None else None
                if weak is not None and weak.kind in STATE_KINDS + ("unidentified",):
                    found = replace(weak, text=word.group(), start=by.end(), end=word.end())
            if found is not None:
                agent = replace(found, confidence=min(found.confidence, 0.6))
                break
    if agent is None:
        # "7 Taliban militants were killed ... during General Command of Police Special Units operations": the
        # forces whose operation it was
        agent = next((replace(a, confidence=min(a.confidence, 0.6)) for a in ctx.actors if a.start is not None
                      and a.end is not None and sentence.start <= a.start < sentence.end and a.kind in STATE_KINDS
                      and _DURING.search(ctx.text, max(0, a.start - 16), a.start)
                      and _OPERATION_AFTER.match(ctx.text, a.end)), None)
    # ("pro-Houthi forces reportedly fired RPG grenades": the parse took the weapon for the subject)
    weapons_only = bool(roles.agents) and all(_misparsed_agent(ctx, r, hits, is_state) == "weapon" for r in roles.agents)
    if agent is None and (not roles.agents and _subjectless_verb(ctx, anchor) or weapons_only):
        # the parse lost the subject ("des membres des Volontaires pour la défense de la patrie (VDP),
        # supplétifs civils de l'armée, ont tué ...", read as hung on "Selon Human Rights Watch"): the first
        # armed actor of the sentence before the verb did it
        end = min([anchor.start] + [r.mention.start for r in roles.agents])
        # (not the victims a participle describes: "deux séparatistes tués", "quelques dizaines de jihadistes tués")
        first = next((a for a in actors_in(ctx, sentence.start, end)
                      if a.name and a.kind not in ("civilians", "protesters", "government") and not any(
                          r.mention.start <= (a.start or -1) < r.mention.end for r in roles.patients)), None)
        if first is not None:
            agent = replace(first, confidence=min(first.confidence, 0.5))
    if agent is None and unnamed_pronoun is not None:
        m = unnamed_pronoun.mention
        agent, agent_heads = Actor(None, m.text, m.start, m.end, 0.25), {unnamed_pronoun.head_start}
    patient: Actor | None = None
    patients = sorted((r for r in roles.patients if r.head_start not in agent_heads), key=lambda r: -r.mention.confidence)[:5]
    for r in patients:
        if agent is None and sub != "Disrupted weapons use" and _misparsed_agent(ctx, r, hits) == "weapon":
            # "Des drones ukrainiens ont été lancés sur Belgorod": the weapon launched is its owner's act
            owner = weapon_owner(ctx, r, country, countries, hits)
            if owner is not None:
                agent, agent_heads = owner, {r.head_start}
                continue
        if SOURCE_BEFORE.search(ctx.text, max(0, r.mention.start - 30), r.mention.start) \
                or _AFTER_A_COMMA.search(ctx.text, max(0, r.mention.start - 8), r.mention.start) \
                and SAID_AFTER.match(ctx.text, r.mention.end):
            continue  # "44 civils tués ..., selon le gouvernement", "..., the rebel group and activists said": a source
        if r.pronoun:
            named, assoc = antecedent(ctx, r.head_start, r.head_end, "patient"), []
        elif r.mention.confidence < 0.55:
            continue  # "outside the ministry": where, not whom
        else:
            named, assoc = name_coordination(ctx, r, country, countries, full_extent(ctx.parsed, r.mention))
            if named is None and COUNT_ONLY.fullmatch(r.mention.text):
                # "the PMF killed 2 IS militants": the parse took the count for the object ("IS" read as a
                # verb); the actor named right after the count is the victim
                named = next((a for a in ctx.actors if a.start is not None and a.name
                              and 0 <= a.start - r.mention.end <= 2), None)
            if named is None and r.person and MEMBERS_OF.match(ctx.text, r.mention.end):
                # "killed 1 fighter from the 41st brigade (Asaib ahl al Haq) of the PMF": the words, for the group
                # they belong to to name (see named_for_generic)
                named = Actor(None, r.mention.text, r.mention.start, r.mention.end, 0.5)
        if named is not None and not (agent is not None and agent.name and named.name == agent.name
                                      and not two_armed_sides(agent, named, sub)):
            patient = named
            ev.assoc_actor2 = [a for a in assoc if agent is None or a.name != agent.name]
            break
    if agent is None and patient is not None and sub in MUTUAL:
        # "six soldiers were killed in clashes with JNIM", "lors d'un accrochage avec les FARDC": the dead
        # are one side, whom they fought the other
        for r in patients:
            if not OPPONENT_BEFORE.search(ctx.text, max(0, r.mention.start - 12), r.mention.start):
                continue
            named, _ = name_coordination(ctx, r, country, countries, None)
            if named is not None and named.name and named.name != patient.name and named.kind not in ("civilians",):
                agent, agent_heads = named, {r.head_start}
                break
    if (agent is None or not agent.name) and anchor.label != "@protest":
        # "the Iron Dome system intercepted": the event word names its own author (not a crowd's: "threw
        # stones at police" names whom it stoned)
        own = next((a for a in ctx.actors if a.start is not None and a.name and a.start < anchor.end
                    and anchor.start < (a.end or 0) and a.kind in STATE_KINDS + ARMED_TARGETS), None)
        if own is not None:
            agent = replace(own, confidence=min(own.confidence, 0.6))
    if patients:
        # The target: what was hit (a checkpoint, a market, a base), else the victims' words.
        things = [r for r in patients if not r.person and not _actor_at(ctx, r.head_start)]
        ev.target = (things or patients)[0].mention
    return agent, patient or reduced_passive_subject(ctx, anchor)


# The layer written as a compound before the device: "hit a Taliban-planted IED".
_LAID_DEVICE = re.compile(r"-(?:planted|laid|placed|made|rigged)\s+(?:roadside\s+)?(?:IED|bomb|mine|landmine|explosive)",
                          re.IGNORECASE)


def device_layer(ctx: DocContext) -> Actor | None:
    """Who the report says laid the device ("The device was likely planted by JNIM militants", "a Taliban-planted
    IED"), or None."""
    after = next((replace(a, confidence=min(a.confidence, 0.6)) for m in _DEVICE_LAID_BY.finditer(ctx.text)
                  for a in ctx.actors if a.start == m.end() and a.name), None)
    return after or next((replace(a, confidence=min(a.confidence, 0.6)) for m in _LAID_DEVICE.finditer(ctx.text)
                          for a in ctx.actors if a.end == m.start() and a.name), None)


def local_actor(ctx: DocContext, actor: Actor | None, country: str | None, date: str | None) -> Actor | None:
    """A copy of ``actor`` under the name (and kind) ACLED gives it in the event's country at the event's
    date (the document's actor mentions are shared by every event and stay as found)."""
    if actor is None or not actor.name or ctx.actor_table is None or not country:
        return actor
    # the words first ("SNA" in Somalia is its army, whatever the general reading of "SNA" is), then the name
    words = [actor.text] + [w for w in actor.text.split() if w.isupper() and len(w) > 1] if actor.text else []
    reading = next((r for r in (ctx.actor_table.local_reading(w, country, date) for w in words) if r is not None),
                   None) or ctx.actor_table.local_reading(actor.name, country, date)
    if reading is None or reading.canonical == actor.name:
        return actor
    return replace(actor, name=reading.canonical, kind=reading.kind)


# Remote violence whose author may sit inside its own noun phrase ("frappe de drone de l'armée").
