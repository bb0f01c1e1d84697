"""Event arguments: who did it (actor1), to whom (actor2 / target), with what (weapons).

For French and English the roles are read from spaCy's dependency parse around the trigger (subject /
agent / "by"-phrase / possessor → actor1; object / passive subject / "on"/"against"/"contre"-phrase →
target). Arabic has no parse here: its roles come from word order and cue words (see
:mod:`sitrep.extraction.arabic_roles`). Phrases
are turned into ACLED actor names by the actor table; when it cannot name them, ACLED's generic
actors apply (``Civilians (X)``, ``Unidentified Armed Group (X)``, ``Protesters (X)``, ``Rioters (X)``:
see :mod:`sitrep.extraction.generic_actors`).
"""
from __future__ import annotations

from typing import Any

from ..model import Mention
from .triggers import Hit
from .role_words import (
    AGENT_NOUNS, AGENT_PREPS, AIM_PREPS, ARMED_OF_AUTHORS, AUTHORED_NOUNS, DEATH_VERBS, FIRE_PREPS, INSTRUMENT_PREPS,
    LABEL_PARTICIPLES, LIGHT_OBJECTS, LIGHT_VERBS, NEAR_PREPS, OCCURRED, OF_PREPS, REMAINS, SETTING_PREPS, TOLL_NOUNS,
)
from .role_phrases import Role, Roles, is_time, objects_of_preps, phrase_of, prep_of


def _subject(verb: Any) -> tuple[Any | None, bool]:
    """The subject of ``verb`` (climbing coordinated, adverbial and open-complement clauses), and
    whether it is a passive subject."""
    cur = verb
    for _ in range(3):
        for child in cur.children:
            if child.dep_ in ("nsubj", "csubj"):
                return child, False
            if child.dep_ in ("nsubjpass", "nsubj:pass"):
                return child, True
        bracketed = _bracketed_subject(cur)
        if bracketed is not None:
            return bracketed, False
        if cur.dep_ in ("conj", "xcomp", "advcl") and cur.head.i != cur.i:
            cur = cur.head
        else:
            break
    return None, False


# Verbs that report what someone else did: a deed the parse hangs on one as its conjunct belongs to the reported clause.
_REPORTING = frozenset("confirm say report announce state tell claim reveal indicate add affirmer confirmer annoncer "
                       "déclarer indiquer rapporter préciser".split())


# Verbs whose passive raises the subject of the infinitive after them: "were reported to have beaten".
_RAISING = frozenset("report say believe allege suspect think know understand claim".split())


def _reported_subject(tok: Any) -> Any | None:
    """The subject of the clause a reporting verb reports, when the parse made the deed that clause's verb the reporting
    verb's conjunct ("The Mozambican police ... confirmed that unidentified criminals, believed to be islamic
    fundamentalists, decapitated ten people": the criminals did it, not the police)."""
    if tok.dep_ != "conj" or tok.head.i == tok.i or tok.head.lemma_.lower() not in _REPORTING:
        return None
    clause = next((c for c in tok.head.children if c.dep_ == "ccomp" and c.i < tok.i), None)
    if clause is None or not any(c.dep_ == "mark" for c in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj"), None)


# French intransitive verbs conjugated with "être" (Grevisse, Le Bon Usage §811): never passives.
ETRE_MOTION_VERBS = {"entrer", "rentrer", "arriver", "venir", "revenir", "parvenir", "retourner", "partir", "repartir",
                     "intervenir", "tomber", "sortir"}


def _placed_by_country(tok: Any) -> bool:
    """Whether a country's name before ``tok`` tells where it happened, not who did it (see ``_PLACED_NOUNS``)."""
    return tok.lower_ in _PLACED_NOUNS and not any(c.dep_ == "prep" and c.lower_ in ("on", "of", "against", "by")
                                                   for c in tok.children)


def _is_weapon(tok: Any, weapons: list[tuple[int, int]]) -> bool:
    return any(s <= tok.idx < e for s, e in weapons)


def headline_passive(tok: Any, doc: Any) -> bool:
    """Whether ``tok`` is an English headline's past participle with no object and no auxiliary, which headlines
    write for a passive ("Soldiers attacked in northern Mali", "State police ambushed in Taxco"; the active is told
    in the present: "Gunmen attack village")."""
    if tok.tag_ not in ("VBD", "VBN") or tok.sent.start != 0:
        return False
    line_end = doc.text.find("\n") % (len(doc.text) + 1)  # (a text of one line is its own headline)
    if tok.idx > line_end or doc.text[:line_end].rstrip().endswith((".", "!", "?", "…")):
        return False
    return not any(c.dep_ in ("dobj", "obj", "aux", "auxpass", "ccomp", "xcomp") for c in tok.children) \
        and any(c.dep_ == "nsubj" for c in tok.children)


def _verbal_roles(tok: Any, doc: Any, roles: Roles, weapons: list[tuple[int, int]]) -> None:
    # "l'armée est entrée dans Anéfis": French verbs of motion take "être" and the parser reads them as
    # passives; their subject is who moved.
    moved = tok.lemma_.lower() in ETRE_MOTION_VERBS
    told_passive = headline_passive(tok, doc)
    passive = not moved and (told_passive or any(c.dep_ in ("nsubjpass", "nsubj:pass", "auxpass", "aux:pass")
                                                     for c in tok.children))
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if not objects and not passive:
        # "targeted and wounded two policemen", "beat up and injured a journalist": coordinated verbs share the
        # object the parse hangs on the last one
        objects = [o for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
                   for o in c.children if o.dep_ in ("dobj", "obj")][:1]
    died = tok.lemma_.lower() in DEATH_VERBS
    # "armed men on motorcycle shot three motor taxi drivers": a second subject the parse hangs after the verb, beside
    # one before it, is the object
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    misread = {c.i for c in subjects if c.i > tok.i} if any(c.i < tok.i for c in subjects) else set()
    for child in tok.children:
        if (died or told_passive) and child.dep_ == "nsubj" or child.i in misread:
            roles.add("patient", child, doc)  # "Two people died of gunshot wounds": who died was hit
        elif child.dep_ in ("nsubj", "csubj") or moved and child.dep_ == "nsubj:pass":
            roles.add("agent", child, doc)
        elif child.dep_ in ("nsubjpass", "nsubj:pass"):
            roles.add("patient", child, doc)
    for obj in objects:
        if obj.lower_ in LIGHT_OBJECTS or _is_weapon(obj, weapons) or (tok.lemma_.lower(), obj.lower_) in OCCURRED:
            continue  # "opened fire on", "fired rockets at": the target is in the prepositional phrase
        roles.add("patient", obj, doc)
    for prep, obj in objects_of_preps(tok):
        if prep in AGENT_PREPS and (passive or prep == "by"):
            if not _labelled_by(obj, tok, doc):
                roles.add("agent", obj, doc)
        elif prep in AIM_PREPS and not _is_weapon(obj, weapons):
            roles.add("patient", obj, doc, 0.6)
        elif prep in NEAR_PREPS and obj.ent_type_ not in ("GPE", "LOC") and obj.pos_ == "NOUN" and not _is_weapon(obj, weapons):
            roles.add("patient", obj, doc, 0.45)
    if passive and not any(prep in AGENT_PREPS for prep, _ in objects_of_preps(tok)):
        # "was killed or wounded by a Taliban sniper": coordinated passives share the agent the parse hangs on the last
        for c in (c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            for prep, obj in objects_of_preps(c):
                if prep in AGENT_PREPS:
                    roles.add("agent", obj, doc, 0.6)
    for obj in objects:  # "opened fire on X": the prepositions of the object
        if obj.lower_ in LIGHT_OBJECTS:
            for prep, o in objects_of_preps(obj):
                if prep in AIM_PREPS:
                    roles.add("patient", o, doc, 0.6)
    if not roles.patients and any(o.lower_ in LIGHT_OBJECTS for o in objects):
        # "opened fire, and threw explosives, at Israeli forces": the aim the parse hangs on the coordinated verb
        for c in (c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            for prep, o in objects_of_preps(c):
                if prep in AIM_PREPS and not _is_weapon(o, weapons):
                    roles.add("patient", o, doc, 0.55)
    if not died:
        # "was attacked by JNIM and 5 soldiers died": who died in the coordinated clause was hit (not the author's men)
        for c in (c for c in tok.children if c.dep_ == "conj" and c.lemma_.lower() in DEATH_VERBS):
            for subj in (s for s in c.children if s.dep_ == "nsubj"):
                roles.add("patient", subj, doc, 0.6)
    if not roles.agents:
        bracketed = _bracketed_subject(tok)
        if bracketed is not None:
            roles.add("agent", bracketed, doc)
    if not roles.agents:
        reported = _reported_subject(tok)
        if reported is not None:
            roles.add("agent", reported, doc, 0.6)
        elif tok.dep_ in ("xcomp", "advcl", "conj") and tok.head.i != tok.i:
            subj, was_passive = _subject(tok.head)
            if subj is not None:
                # "were attacked and killed" (shared passive), "are said to have been killed" (the
                # raised subject of a passive infinitive): the subject is the victim.
                victim = passive or was_passive and tok.dep_ == "conj"
                if was_passive and not victim and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _RAISING:
                    # "police and NSS personnel were reported to have beaten IDPs" (ACLED's South Sudan row): the
                    # raised subject of an active infinitive did it
                    roles.add("agent", subj, doc)
                elif was_passive and not victim:
                    # "The building was shattered by an explosion, killing 168 people": what the main
                    # clause's subject underwent is where the act struck, not its author.
                    roles.add("patient", subj, doc, 0.5)
                    for prep, obj in objects_of_preps(tok.head):
                        if prep in AGENT_PREPS:
                            roles.add("agent", obj, doc, 0.6)
                else:
                    roles.add("patient" if victim else "agent", subj, doc)
        elif tok.dep_ == "acl" and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
            # Reduced relatives: "gunmen wearing masks opened fire" (author), "civilians killed by" (victim).
            if tok.tag_ == "VBG" or tok.morph.get("VerbForm") == ["Ger"]:
                if not _is_weapon(tok.head, weapons):
                    roles.add("agent", tok.head, doc, 0.6)
            elif tok.tag_ == "VBN" or "Part" in tok.morph.get("VerbForm"):
                roles.add("patient", tok.head, doc, 0.6)


def _bracketed_subject(verb: Any) -> Any | None:
    """The subject the parse hangs on a bracket before ``verb`` ("Hazamiyah Resistance fighters (coded as Southern
    Resistance) reportedly launched an attack": "fighters" read as the subject of "coded")."""
    for coded in verb.children:
        if coded.dep_ == "advcl" and coded.i < verb.i and coded.lower_ in CODER_VERBS \
                and coded.i > 0 and verb.doc[coded.i - 1].text == "(":
            return next((c for c in coded.children if c.dep_ == "nsubj" and c.i < coded.i), None)
    return None


# Verbs of a coder's or a reporter's bracket after an actor's words ("(coded as ...)", "(described as ...)").
# (the participle's own form: the lemmatiser gives "coded" as "cod")
CODER_VERBS = frozenset({"coded", "described", "identified", "believed", "suspected"})
# Participles that name a fight's sides after its noun: "a battle involving NAS rebels against SSPDF".
_INVOLVING = frozenset({"involve", "impliquer", "opposer"})
# Nouns that modify an event noun to say how, why or by whom, not what was hit ("a revenge attack",
# "a terror attack", "a truck attack", "a mob attack").
HOW_NOUNS = {
    "terror", "terrorist", "revenge", "retaliation", "reprisal", "suicide", "arson", "acid", "insurgent", "rebel",
    "jihadist", "militant", "mob", "gang", "copycat", "hit", "knife", "gun", "machete", "bomb", "car", "truck",
    "vehicle", "lorry", "grenade", "rocket", "mortar", "missile", "drone", "air", "artillery", "tank", "sniper", "hate",
    "surprise", "chemical", "gas", "cyber", "ransomware", "heart", "panic", "firearm", "bus", "van",
}


def _says_how(tok: Any) -> bool:
    return tok.lower_ in HOW_NOUNS or tok.lemma_.lower() in HOW_NOUNS or tok.lower_ in AGENT_NOUNS


def _labelled_by(obj: Any, verb: Any, doc: Any) -> bool:
    """Whether the "by" phrase ``obj`` the parse hangs on ``verb`` follows a participle that names the agent
    before it ("tuées par des hommes armés, qualifiés de « terroristes » par les autorités": the authorities
    called them so, they killed no one)."""
    return any(t.lower_ in LABEL_PARTICIPLES and t.head.i < t.i for t in doc[verb.i + 1:obj.i])


# Nouns of people held, whose modifiers say who they are, not who holds them.
_HELD_NOUNS = frozenset({"hostage", "hostages", "captive", "captives", "otage", "otages"})
# Headline nouns a country's name before them places rather than authors ("Mexico ambush kills 10", "Pakistan blast
# kills 5"): states strike, shell and raid ("Israel strike", "US raid"), and their forces fight clashes, but an ambush,
# a blast or a massacre named after a country happened there; a noun with its own target or author ("US bombing of
# ...") is left be.
_PLACED_NOUNS = frozenset({"ambush", "ambushes", "blast", "blasts", "bombing", "bombings", "explosion", "explosions",
                           "massacre", "massacres", "shooting", "shootings", "kidnapping", "kidnappings", "unrest",
                           "riot", "riots"})


# An arrest a force announces is its own ("The Revolutionary Guards announced ... the arrest of twelve people", "Les
# Gardiens de la Révolution ... ont annoncé mardi l'arrestation de douze personnes"): ACLED's actor1 of the Arrests.
_ARREST_NOUNS = frozenset({"arrest", "arrests", "arrestation", "arrestations", "interpellation", "interpellations",
                           "detention", "capture"})
_ANNOUNCING = frozenset({"announce", "confirm", "report", "annoncer", "confirmer", "revendiquer"})


def _announcer(tok: Any, actor_spans: list[tuple[int, int]]) -> Any | None:
    """The named actor that announces the arrest ``tok`` names, as the subject of the announcing verb."""
    if tok.lower_ not in _ARREST_NOUNS or tok.dep_ not in ("dobj", "obj") or tok.head.lemma_.lower() not in _ANNOUNCING:
        return None
    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and any(s <= subj.idx < e for s, e in actor_spans) else None


def _nominal_roles(tok: Any, doc: Any, roles: Roles, weapons: list[tuple[int, int]],
                   actor_spans: list[tuple[int, int]], is_state: Any, own: tuple[int, int],
                   author_spans: list[tuple[int, int]] = ()) -> None:
    if tok.lower_ in AGENT_NOUNS or tok.lemma_.lower() in AGENT_NOUNS:
        top = tok
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head  # "Taliban gunmen and suicide bombers": the whole coordination
        roles.add("agent", top, doc, 0.6)  # "a suicide bomber", "un kamikaze"
    for child in tok.children:
        if child.dep_ == "acl" and child.lemma_.lower() in _INVOLVING:
            # "a two day battle involving NAS rebels against SSPDF": the sides the fight involved
            # (armed actors only, not the weapons of "92 shots involving cannons")
            for obj in (c for c in child.children if c.dep_ in ("dobj", "obj")
                        and any(s <= c.idx < e for s, e in actor_spans)):
                roles.add("agent", obj, doc, 0.6)
                for prep, o in objects_of_preps(obj) + objects_of_preps(child):
                    if prep in ("against", "contre", "with", "avec"):
                        roles.add("patient", o, doc, 0.6)
    if tok.lower_ in TOLL_NOUNS:
        # "resulting in 2 Hezbollah deaths", "Palestinian casualties": whose toll it is, the side that was hit
        for child in (c for c in tok.children if c.dep_ in ("poss", "nmod:poss", "compound", "amod")
                      and c.pos_ in ("PROPN", "ADJ", "NOUN") and c.i < tok.i):
            roles.add("patient", child, doc, 0.5)
        return
    held = tok.lemma_.lower() in _HELD_NOUNS or tok.lower_ in _HELD_NOUNS
    if (announcer := _announcer(tok, actor_spans)) is not None:
        roles.add("agent", announcer, doc, 0.55)
    for child in tok.children:
        if child.dep_ in ("poss", "nmod:poss"):
            roles.add("agent", child, doc)
        elif held and child.dep_ in ("compound", "amod") and child.i < tok.i:
            # ("take two more Indonesian hostages": the nationality of those held, not of who holds them)
            roles.add("patient", child, doc, 0.5)
        elif child.dep_ in ("compound", "amod") and child.pos_ in ("PROPN", "ADJ") and child.i < tok.i and not roles.agents:
            state = is_state is not None and is_state(child.text)
            if child.ent_type_ in ("GPE", "LOC", "FAC") and not state or state and _placed_by_country(tok):
                roles.add("patient", child, doc, 0.5)  # "the Paris attacks", "the Nagasaki blast": where, what was hit
            elif child.ent_type_ in ("NORP", "GPE", "ORG") or child.pos_ == "PROPN":
                roles.agents.append(Role(Mention(child.text, child.idx, child.idx + len(child.text), 0.5), child.idx, child.idx + len(child.text)))
                roles.agent = roles.agent or roles.agents[-1].mention
        elif child.dep_ == "compound" and child.pos_ == "NOUN" and child.i < tok.i and not roles.agents \
                and any(s <= child.idx < e for s, e in actor_spans):
            roles.add("agent", child, doc, 0.55)  # "a junta airstrike": an armed actor's own attack
        elif child.dep_ == "compound" and child.pos_ == "NOUN" and child.i < tok.i and not roles.agents \
                and _is_weapon(tok, weapons) and not _is_weapon(child, weapons) and not is_time(child):
            roles.add("agent", child, doc, 0.5)  # "Coalition drones", "army helicopters": whose weapons struck
        elif child.dep_ == "compound" and child.pos_ == "NOUN" and child.i < tok.i and not own[0] <= child.idx < own[1] \
                and not _is_weapon(child, weapons) and not is_time(child) and not _says_how(child):
            roles.add("patient", child, doc, 0.55)  # "the hospital attacks", "a checkpoint ambush": what was hit
        elif child.dep_ == "amod" and child.i > tok.i and child.pos_ == "ADJ" and not roles.agents:
            # French post-nominal nationality: "frappes israéliennes", "raid aérien turc".
            if is_state is not None and is_state(child.text) or is_state is None and child.ent_type_:
                roles.agents.append(Role(Mention(child.text, child.idx, child.idx + len(child.text), 0.45), child.idx, child.idx + len(child.text)))
                roles.agent = roles.agent or roles.agents[-1].mention
    if not roles.agents and is_state is not None and not held and not _placed_by_country(tok):
        # "US drone strikes", "Russian air raids": the state sits deeper in the noun phrase's modifiers.
        for t in doc[tok.left_edge.i:tok.i]:
            if t.dep_ in ("compound", "amod", "nmod") and t.pos_ in ("PROPN", "ADJ") and is_state(t.text):
                roles.agents.append(Role(Mention(t.text, t.idx, t.idx + len(t.text), 0.5), t.idx, t.idx + len(t.text)))
                roles.agent = roles.agents[-1].mention
                break
    for acl in (c for c in tok.children if c.dep_ in ("acl", "acl:relcl") and c.pos_ == "VERB"):
        # "the bomb planted by ISWAP", "l'attaque menée par des jihadistes": the participle's agent
        for prep, obj in objects_of_preps(acl):
            if prep in AGENT_PREPS and obj.pos_ in ("NOUN", "PROPN"):
                roles.add("agent", obj, doc, 0.65)
    # (and those of a bare participle right after it, which the parser hangs them on: "Les assauts répétés d'un gang
    # contre les habitants")
    preps = objects_of_preps(tok) + [pair for c in tok.children if c.dep_ == "acl" and c.pos_ == "VERB"
                                     and c.i == tok.i + 1 and not any(p in AGENT_PREPS for p, _ in objects_of_preps(c))
                                     for pair in objects_of_preps(c)]
    aimed = [(p, o) for p, o in preps if p in AIM_PREPS and o.pos_ in ("NOUN", "PROPN", "PRON", "NUM")]
    for prep, obj in preps:
        if prep in AGENT_PREPS and (not roles.agents or roles.agents[0].mention.confidence < 0.6):
            roles.agents.insert(0, Role(phrase_of(obj, doc), obj.idx, obj.idx + len(obj.text)))
            roles.agent = roles.agents[0].mention
    for prep, obj in aimed:
        if not _is_weapon(obj, weapons):
            roles.add("patient", obj, doc)
    for prep, obj in preps:
        if prep in OF_PREPS and obj.pos_ in ("NOUN", "PROPN") and not _is_weapon(obj, weapons):
            armed = any(s <= obj.idx < e for s, e in actor_spans)
            phrase_end = obj.right_edge.idx + len(obj.right_edge.text)
            group = any(obj.idx <= s < phrase_end or s <= obj.idx < e for s, e in author_spans)
            if tok.lemma_.lower() in REMAINS:
                roles.add("patient", obj, doc, 0.55)  # "the corpses of thirty ISGS militants": the dead
            elif armed and aimed or obj.lower_ in ARMED_OF_AUTHORS or group and tok.lower_ in AUTHORED_NOUNS:
                # (an armed group's ambush is its own: "une embuscade d'un groupe anti-balaka")
                # ("une attaque des rebelles ADF", "l'attaque du gang Gran Grif": the group attacked)
                roles.add("agent", obj, doc, 0.55)  # "l'attaque des jihadistes contre la base"
            else:
                roles.add("patient", obj, doc, 0.55)
    head = tok.head
    if head.i == tok.i:
        return
    if not roles.agents or not roles.patients:
        # ("attacks by helicopter gunships were conducted against Islamist militants": the author is the
        # noun's own, its target the light verb's)
        _light_verb_author(tok, doc, roles, author=not roles.agents)
    prep = prep_of(tok)
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
    elif tok.dep_ in ("obl", "obl:arg", "obl:mod", "nmod"):
        verb = head
    else:
        verb = None
    if tok.dep_ in ("dobj", "obj") and head.lemma_.lower() in LIGHT_VERBS:
        subj, passive = _subject(head)
        if subj is not None and not passive:
            roles.add("agent", subj, doc)
            named = [r for r in roles.agents if not r.pronoun]
            if named and roles.agents[0].pronoun and named[0].head_start == subj.idx:
                # "The Kremlin launched its air strikes": the light verb's subject, named, before the possessive
                # that stands for it
                roles.agents.remove(named[0])
                roles.agents.insert(0, named[0])
                roles.agent = named[0].mention
        for p, obj in objects_of_preps(head):
            if p in AIM_PREPS and not _is_weapon(obj, weapons):
                roles.add("patient", obj, doc, 0.6)
        if head.dep_ == "advcl" and head.head.pos_ == "VERB" and not roles.patients:
            _struck_object(head.head, doc, roles, weapons)  # "destroyed a regime vehicle, using an ATGM"
    elif verb is not None and prep in INSTRUMENT_PREPS and verb.pos_ == "VERB" and _is_weapon(tok, weapons):
        # "destroyed a Russian tank with a Javelin missile": the weapon's user is the verb's subject
        subj, passive = _subject(verb)
        if subj is not None and not passive:
            roles.add("agent", subj, doc, 0.55)
        _struck_object(verb, doc, roles, weapons)
    elif tok.dep_ in ("nsubj",):
        for child in head.children:
            if child.dep_ in ("dobj", "obj") and child.lower_ in LIGHT_OBJECTS:
                # "set fire to a police station", "mis le feu à l'école": what was set on fire
                for p, o in objects_of_preps(child) + objects_of_preps(head):
                    if p in AIM_PREPS | FIRE_PREPS and not _is_weapon(o, weapons):
                        roles.add("patient", o, doc, 0.6)
            elif child.dep_ in ("dobj", "obj") and not _is_weapon(child, weapons) \
                    and (head.lemma_.lower(), child.lower_) not in OCCURRED:
                roles.add("patient", child, doc, 0.6)
        for p, obj in objects_of_preps(head):
            if p in AIM_PREPS and not _is_weapon(obj, weapons):
                roles.add("patient", obj, doc, 0.55)
    elif tok.dep_ in ("nsubjpass", "nsubj:pass"):
        for p, obj in objects_of_preps(head):
            if p in AGENT_PREPS:
                roles.add("agent", obj, doc)
    elif verb is not None and prep in SETTING_PREPS and verb.pos_ in ("VERB", "AUX"):
        # "three soldiers were killed in an attack", "came under fire", "tués dans une frappe".
        subj, passive = _subject(verb)
        lemma = verb.lemma_.lower()
        if subj is None and verb.dep_ == "acl" and lemma in _TAKING_PART:
            subj = _noun_sentence_head(verb)  # "two groups of villagers engaged in clashes ..." (see there)
        if subj is not None and (passive or lemma in ("die", "come", "mourir", "périr", "succomber", "be", "être")):
            roles.add("patient", subj, doc, 0.6)
        elif subj is not None and lemma not in _BYSTANDER_VERBS:
            # "government troops have occupied three hill posts in an offensive": who acted in it led it
            roles.add("agent", subj, doc, 0.45)
    elif verb is not None and prep in AIM_PREPS and verb.pos_ in ("VERB", "AUX"):
        # "police opened fire on protesters": the event noun is the target, the verb's subject its author.
        subj, passive = _subject(verb)
        if subj is not None and not passive:
            roles.add("agent", subj, doc, 0.6)
            if tok.pos_ in ("NOUN", "PROPN"):
                roles.add("patient", tok, doc, 0.6)


def _struck_object(verb: Any, doc: Any, roles: Roles, weapons: list[tuple[int, int]]) -> None:
    """What a verb of destruction a weapon was used for struck: its object, unless that is a weapon too."""
    for child in verb.children:
        if child.dep_ in ("dobj", "obj") and child.pos_ in ("NOUN", "PROPN") and not _is_weapon(child, weapons):
            roles.add("patient", child, doc, 0.55)


# Verbs of taking part, whose participle hung on a noun names that noun as a side ("groups engaged in clashes").
_TAKING_PART = frozenset({"engage", "participate", "indulge"})


def _noun_sentence_head(verb: Any) -> Any | None:
    """The noun a sentence with no main verb is parsed as headed by, when ``verb`` hangs on it or on a noun
    within it: "two groups of villagers engaged in clashes at Chitlapara" is read as a noun phrase ("groups",
    the root) with "engaged" a participle of it, though the writer made "engaged" the main verb."""
    cur = verb.head
    for _ in range(4):
        if cur.dep_ == "ROOT":
            return cur if cur.pos_ in ("NOUN", "PROPN") else None
        if cur.dep_ not in ("pobj", "prep", "nmod", "compound"):
            return None
        cur = cur.head
    return None


# Verbs whose subject lives through an event rather than carrying it out ("fled in the attack").
_BYSTANDER_VERBS = frozenset({"flee", "escape", "survive", "hide", "live", "stay", "remain", "say", "report", "tell",
                              "fuir", "échapper", "survivre", "rester", "dire", "raconter", "have", "avoir"})


def _light_verb_author(tok: Any, doc: Any, roles: Roles, author: bool = True) -> None:
    """The author of an event noun a few words below a light verb: "Israël a mené une série d'attaques
    aériennes", "la Turquie a lancé dimanche des raids" (often parsed as hanging off "série", "dimanche"),
    and its target ("conducted against ...", "dropped munitions ... on ..."); ``author=False``: the target only."""
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            return
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("acl", "acl:relcl"):
            break  # ("munitions containing chloropicrin": a participle is passed on the way up)
    # ("TNLA troops detained a woman ... and demanded a ransom": who demands the ransom holds the hostage)
    ransom = tok.lemma_.lower() in ("ransom", "rançon") and cur.lemma_.lower() in ("demand", "exiger", "réclamer")
    if cur.pos_ != "VERB" or cur.lemma_.lower() not in LIGHT_VERBS and not ransom or cur.i == tok.i:
        return
    subj, passive = _subject(cur)
    # ("pastoralist militias were reported to have engaged in a spate of attacks": the raised subject took part)
    raised = passive and cur.dep_ == "xcomp" and cur.head.lemma_.lower() in _RAISING
    if author and subj is not None and (not passive or raised):
        roles.add("agent", subj, doc, 0.55)
    for prep, obj in objects_of_preps(cur):
        if prep in AIM_PREPS and obj.pos_ in ("NOUN", "PROPN"):
            roles.add("patient", obj, doc, 0.55)  # "dropped munitions ... on Ukrainian positions"


def _resulting_state(tok: Any) -> Any | None:
    """The verb an adjective of state is the result of ("found dead", "left two people dead", parsed as a
    complement, or as the object's modifier: "leaving 2 militants dead"), else ``None``."""
    if tok.pos_ == "NOUN" and tok.dep_ == "xcomp" and tok.head.pos_ == "VERB":
        return tok.head  # ("ont été retrouvés morts": the French parse reads the state as a noun)
    if tok.pos_ != "ADJ":
        return None
    if tok.dep_ in ("oprd", "acomp", "xcomp") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    noun = tok.head
    if tok.dep_ == "amod" and noun.dep_ in ("dobj", "obj") and tok.i > noun.i and noun.head.pos_ == "VERB":
        return noun.head
    return None


def parse_roles(doc: Any, anchor: Hit, weapons: list[tuple[int, int]] | None = None,
                actor_spans: list[tuple[int, int]] | None = None, is_state: Any = None,
                author_spans: list[tuple[int, int]] = ()) -> Roles:
    """Agent and patient phrases of the trigger ``anchor`` from a spaCy dependency parse.

    ``weapons`` (character spans of weapon words) keeps weapons out of the roles ("fired rockets at
    the airport": the airport is the target); ``actor_spans`` (armed actors named in the text) reads
    "l'attaque des jihadistes" as the jihadists' attack, and ``author_spans`` (the non-state armed actors among
    them) "une embuscade d'un groupe anti-balaka" as the group's; ``is_state`` (a country's name or demonym) tells
    "israélienne" from "aérienne" and "US strikes" (an author) from "the Paris attacks" (a target).
    """
    span = doc.char_span(anchor.start, anchor.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return Roles()
    tok = span.root
    roles = Roles()
    weapons = weapons or []
    # a gerund standing as a noun ("RSF shelling hit the camp") has a noun's modifiers, not a verb's roles
    gerund_noun = tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    if (tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT" and tok.pos_ not in ("NOUN", "PROPN")) and not gerund_noun:
        _verbal_roles(tok, doc, roles, weapons)
        if tok.tag_ == "VBG" and span.start > 0 and not any(c.dep_ in ("nsubj", "dobj") for c in tok.children):
            # a gerund read as a verb with no subject or object of its own is the noun of its author's adjective
            # ("likely from Israeli shelling on south Lebanon": not the subject of the clause the parse climbs to)
            prev = doc[span.start - 1]
            if prev.pos_ in ("ADJ", "PROPN") and (any(s <= prev.idx < e for s, e in actor_spans or [])
                                                  or is_state is not None and is_state(prev.text)):
                mention = Mention(prev.text, prev.idx, prev.idx + len(prev.text), 0.6)
                roles.agents = [Role(mention, prev.idx, prev.idx + len(prev.text))] + roles.agents
                roles.agent = mention
        subject = next((c for c in tok.children if c.dep_ == "nsubj" and span.start <= c.i < span.end), None)
        if subject is not None:
            # the event word is the verb's subject ("RSF shelling hit the camp"): its author modifies it
            own = Roles()
            _nominal_roles(subject, doc, own, weapons, actor_spans or [], is_state, (anchor.start, anchor.end), author_spans)
            if own.agents:
                roles.agents = own.agents + [r for r in roles.agents if r.head_start != subject.idx]
                roles.agent = own.agents[0].mention
        elif not roles.agents and span.start > 0:
            # the parser lost the noun ("Russian shelling hit Kherson" read "shelling" as an auxiliary):
            # a state's adjective or an armed actor's name right before the event phrase is its author
            prev = doc[span.start - 1]
            # (not the noun a participle describes: "dix soldats tués dans une embuscade" were the victims)
            described = tok.dep_ == "acl" and (tok.tag_ == "VBN" or "Part" in tok.morph.get("VerbForm")) \
                or headline_passive(tok, doc)
            if prev.pos_ in ("ADJ", "PROPN", "NOUN") and not described and (
                    any(s <= prev.idx < e for s, e in actor_spans or []) or is_state is not None and is_state(prev.text)):
                roles.agents.append(Role(Mention(prev.text, prev.idx, prev.idx + len(prev.text), 0.5), prev.idx,
                                         prev.idx + len(prev.text)))
                roles.agent = roles.agents[0].mention
    elif (verb := _resulting_state(tok)) is not None:
        # "two fighters were found dead", "gunmen left two people dead", "..., leaving 2 IS militants dead":
        # the state names whom the verb left in it (its object, else its subject); who did it is the active
        # verb's subject, or the main clause's for a participle ("carried out an operation ..., leaving")
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")), None)
        if obj is not None:
            roles.add("patient", obj, doc)
            if subj is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
                subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.dep_ == "nsubj":
                roles.add("agent", subj, doc)
        elif subj is not None:
            roles.add("patient", subj, doc)
    else:
        _nominal_roles(tok, doc, roles, weapons, actor_spans or [], is_state, (anchor.start, anchor.end), author_spans)
    # (or names its kind: "a remote controlled IED device planted by Al Shabaab")
    described = (tok.dep_ in ("amod", "acl") or tok.dep_ == "compound" and tok.pos_ in ("NOUN", "PROPN")) \
        and tok.head.pos_ in ("NOUN", "PROPN")
    # (but a noun a participle names as its victims keeps its modifiers to itself: "2 CRPF jawans killed in IED
    # blast", the CRPF's own men)
    victims = any(r.head_start == tok.head.idx for r in roles.patients)
    if described and not victims and all(r.head_start == tok.head.idx for r in roles.agents):
        # "dropped chlorine-filled barrels": the event word describes a munition; the munition's roles are its
        own = Roles()
        _nominal_roles(tok.head, doc, own, weapons, actor_spans or [], is_state, (anchor.start, anchor.end), author_spans)
        if own.agents or not roles.agents:
            roles.agents, roles.agent = own.agents, own.agent
        if not roles.patients:
            roles.patients, roles.patient = own.patients, own.patient
    return roles
