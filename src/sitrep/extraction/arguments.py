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

from dataclasses import dataclass, field
from typing import Any

from ..model import Mention
from .coref import is_pronoun
from .triggers import Hit
from .role_words import (
    AGENT_NOUNS, AGENT_PREPS, AIM_PREPS, ARMED_OF_AUTHORS, AUTHORED_NOUNS, DEATH_VERBS, FIRE_PREPS, INSTRUMENT_PREPS,
    LABEL_PARTICIPLES, LIGHT_OBJECTS, LIGHT_VERBS, MAX_PHRASE_TOKENS, NEAR_PREPS, OCCURRED, OF_PREPS, REFLEXIVES,
    RELATIVES, REMAINS, SETTING_PREPS, TIME_WORDS, TOLL_NOUNS,
)


# Nouns of manner after "par"/"by" ("par erreur", "by mistake", "par accident"): how a thing was done, no agent.
MANNER_NOUNS = frozenset({"erreur", "mégarde", "inadvertance", "hasard", "accident", "mistake", "error", "chance"})


@dataclass(slots=True)
class Role:
    """One candidate phrase for a role: its words, and the character span of its head word."""

    mention: Mention
    head_start: int
    head_end: int
    group: int = 0  # which trigger's parse found it (0: the mention's anchor)
    person: bool = False  # the phrase names people ("five people", "a woman", "soldiers"), not a thing or a place
    pronoun: bool = False  # a personal pronoun ("they", "it", "ils"): named after its antecedent, if any


@dataclass(slots=True)
class Roles:
    """Raw role phrases of one event mention (words of the text, before naming).

    ``agent`` / ``patient`` are the best candidates; ``agents`` / ``patients`` every candidate found, best
    first (the object of the verb, then "on"/"against" phrases, the victims of a killing verb, ...).
    """

    agent: Mention | None = None
    patient: Mention | None = None
    agents: list[Role] = field(default_factory=list)
    patients: list[Role] = field(default_factory=list)

    def add(self, role: str, tok: Any, doc: Any, confidence: float = 0.7) -> None:
        """Add the phrase headed by ``tok`` as a candidate for ``role`` (``agent`` or ``patient``)."""
        tok = _referent(tok)
        if tok is None or "Ord" in tok.morph.get("NumType"):
            return  # ("Trois frappes ... : la première est tombée": an ordinal stands for a strike, not an actor)
        if tok.lower_ in MANNER_NOUNS:
            return  # ("l'armée reconnaît avoir bombardé « par erreur » un village": how it was done, not who did it)
        bucket = self.agents if role == "agent" else self.patients
        if any(r.head_start == tok.idx for r in bucket):
            return
        pronoun = tok.pos_ == "PRON" and is_pronoun(tok.text)
        m = Mention(tok.text, tok.idx, tok.idx + len(tok.text)) if pronoun else _phrase(tok, doc)
        m.confidence = round(confidence * 0.7, 3) if pronoun else confidence
        bucket.append(Role(m, tok.idx, tok.idx + len(tok.text), person=pronoun or _is_person(tok), pronoun=pronoun))
        if role == "agent" and self.agent is None:
            self.agent = m
        elif role == "patient" and self.patient is None:
            self.patient = m

    def merge(self, other: "Roles") -> None:
        group = 1 + max((r.group for r in self.agents + self.patients), default=0)
        for r in other.agents + other.patients:
            r.group = group
        for r in other.agents:
            if all(r.head_start != x.head_start for x in self.agents):
                self.agents.append(r)
        for r in other.patients:
            if all(r.head_start != x.head_start for x in self.patients):
                self.patients.append(r)
        self.agent = self.agent or other.agent
        self.patient = self.patient or other.patient


_CUT_DEPS = {"relcl", "acl:relcl", "appos", "acl", "advcl", "parataxis"}


def _is_time(tok: Any) -> bool:
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in TIME_WORDS or tok.like_num and tok.head.lower_ in TIME_WORDS


# Nouns of people (victims, bystanders): a phrase they head says whom, not what, was hit.
PERSON_NOUNS = {
    "people", "person", "persons", "man", "men", "woman", "women", "child", "children", "boy", "boys", "girl", "girls",
    "civilian", "civilians", "resident", "residents", "villager", "villagers", "worker", "workers", "passenger",
    "passengers", "student", "students", "pilgrim", "pilgrims", "worshipper", "worshippers", "soldier", "soldiers",
    "officer", "officers", "policeman", "policemen", "member", "members", "fighter", "fighters", "victim", "victims",
    "journalist", "journalists", "family", "farmer", "farmers", "herder", "herders", "refugee", "refugees", "teacher",
    "personne", "personnes", "homme", "hommes", "femme", "femmes", "enfant", "enfants", "civil", "civils", "habitant",
    "habitants", "villageois", "soldat", "soldats", "policier", "policiers", "gendarme", "gendarmes", "militaire",
    "militaires", "membre", "membres", "combattant", "combattants", "victime", "victimes", "fidèle", "fidèles",
    "élève", "élèves", "passager", "passagers", "agent", "agents", "berger", "bergers", "paysan", "paysans",
}


def _is_person(tok: Any) -> bool:
    return (tok.lower_ in PERSON_NOUNS or tok.lemma_.lower() in PERSON_NOUNS or tok.ent_type_ in ("PERSON", "PER", "NORP")
            or tok.like_num or any(c.dep_ == "nummod" for c in tok.children))


def _referent(tok: Any) -> Any | None:
    """The word a role phrase stands for: a relative pronoun's antecedent ("militants who attacked"),
    a personal pronoun itself (named later after the actor it stands for); ``None`` for words that
    cannot name a participant (times, reflexive, indefinite and demonstrative pronouns)."""
    low = tok.lower_
    if low in RELATIVES and tok.head.dep_ in ("relcl", "acl:relcl") and tok.head.head is not tok.head:
        tok = tok.head.head
        low = tok.lower_
    if tok.pos_ == "PROPN" and _after_place(tok):
        # "in Juina, Mato Grosso, a drug trafficker was killed": the division after the town read as the
        # subject, the subject as its apposition
        tok = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > tok.i), tok)
        low = tok.lower_
    if tok.pos_ == "PRON" and is_pronoun(low) and not _is_time(tok):
        return tok
    if tok.pos_ == "PRON" and len(tok.text) >= 2 and tok.text.isupper() and tok.is_alpha:
        return tok  # an acronym the tagger took for a pronoun ("Les FARDC ont attaqué")
    if _is_time(tok) or low in REFLEXIVES or tok.pos_ in ("PRON", "PUNCT", "SPACE", "DET", "ADP", "CCONJ", "SCONJ", "AUX"):
        return None
    return tok


def _after_place(tok: Any) -> bool:
    """Whether the name ``tok`` follows "in <town>," (where the division of an ACLED note's place stands)."""
    first = tok.left_edge.i
    if first < 2 or tok.doc[first - 1].text != ",":
        return False
    town = tok.doc[first - 2]
    return town.pos_ == "PROPN" and town.dep_ == "pobj" and town.head.lower_ in ("in", "near")


def _phrase(tok: Any, doc: Any) -> Mention:
    """The words of the noun phrase headed by ``tok``: relative clauses, appositions, times and long
    tails cut.

    The Mention's ``confidence`` is 0.7; its full extent (relative clause included, where the actor
    hosted by a target is often named: "bases où sont déployées des troupes américaines") is given by
    :func:`full_extent`.
    """
    left, right = tok.left_edge.i, tok.right_edge.i
    for child in tok.children:
        if child.i > tok.i and (child.dep_ in _CUT_DEPS or child.dep_ == "punct"):
            right = min(right, child.left_edge.i - 1)
        elif child.i > tok.i and any(_is_time(t) for t in child.subtree) and child.dep_ not in ("conj", "compound", "amod", "nummod"):
            right = min(right, child.left_edge.i - 1)  # "a checkpoint on Monday", "un poste lundi"
    right = max(right, tok.i)
    if right - left + 1 > MAX_PHRASE_TOKENS:
        right = min(right, tok.i + 6)
        left = max(left, tok.i - 6)
    while left < tok.i and (doc[left].pos_ in ("DET", "ADP", "PUNCT", "CCONJ", "SCONJ", "PRON") and doc[left].dep_ != "poss"
                            or _is_time(doc[left])) and not _opens_bound(doc, left):
        left += 1
    while right > tok.i and doc[right].pos_ in ("PUNCT", "CCONJ", "ADP", "DET", "SCONJ", "PRON", "AUX") \
            and not _closes_bracket(doc, left, right):
        right -= 1
    span = doc[left:right + 1]
    return Mention(span.text, span.start_char, span.end_char, 0.7)


def _opens_bound(doc: Any, i: int) -> bool:
    """Whether token ``i`` opens a bound on a number ("at least 20 members"), kept with the phrase it counts."""
    return doc[i].lower_ == "at" and i + 1 < len(doc) and doc[i + 1].lower_ in ("least", "most")


def _closes_bracket(doc: Any, left: int, right: int) -> bool:
    """Whether token ``right`` closes a bracket opened within the phrase ("members of Chhatra League (BCL)")."""
    return doc[right].text == ")" and doc[left:right].text.count("(") > doc[left:right].text.count(")")


def full_extent(doc: Any, mention: Mention) -> tuple[int, int]:
    """Character extent of the whole subtree of the phrase's head (relative clauses included)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return mention.start, mention.end
    root = span.root
    return doc[root.left_edge.i].idx, doc[root.right_edge.i].idx + len(doc[root.right_edge.i].text)


def _prep_of(tok: Any) -> str | None:
    """The preposition introducing ``tok`` (English ``prep``→``pobj``, UD ``case`` child)."""
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent"):
        return tok.head.lower_
    for child in tok.children:
        if child.dep_ == "case":
            return child.lower_
    return None


def objects_of_preps(tok: Any) -> list[tuple[str, Any]]:
    """(preposition, object) pairs attached to ``tok``."""
    out = []
    for child in tok.children:
        if child.dep_ in ("prep", "agent"):
            for g in child.children:
                if g.dep_ == "pobj":
                    out.append((child.lower_, g))
                elif g.dep_ == "pcomp" and g.lower_ in ("targeting", "visant"):
                    out.extend(("on", gg) for gg in g.children if gg.dep_ in ("dobj", "obj"))
        elif child.dep_ in ("nmod", "obl", "obl:arg", "obl:mod", "obl:agent"):
            prep = _prep_of(child)
            if prep:
                out.append((prep, child))
        elif child.dep_ in ("acl", "advcl") and child.lower_ in ("targeting", "visant"):
            out.extend(("on", g) for g in child.children if g.dep_ in ("dobj", "obj"))
    return out


def _conjuncts(tok: Any) -> list[Any]:
    """``tok`` and the words coordinated with it ("attacked and killed")."""
    out = [tok]
    while tok.dep_ == "conj" and tok.head is not tok and len(out) < 4:
        tok = tok.head
        out.append(tok)
    return out


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
        if cur.dep_ in ("conj", "xcomp", "advcl") and cur.head is not cur:
            cur = cur.head
        else:
            break
    return None, False


# French intransitive verbs conjugated with "être" (Grevisse, Le Bon Usage §811): never passives.
ETRE_MOTION_VERBS = {"entrer", "rentrer", "arriver", "venir", "revenir", "parvenir", "retourner", "partir", "repartir",
                     "intervenir", "tomber", "sortir"}


def _is_weapon(tok: Any, weapons: list[tuple[int, int]]) -> bool:
    return any(s <= tok.idx < e for s, e in weapons)


def _verbal_roles(tok: Any, doc: Any, roles: Roles, weapons: list[tuple[int, int]]) -> None:
    # "l'armée est entrée dans Anéfis": French verbs of motion take "être" and the parser reads them as
    # passives; their subject is who moved.
    moved = tok.lemma_.lower() in ETRE_MOTION_VERBS
    passive = not moved and any(c.dep_ in ("nsubjpass", "nsubj:pass", "auxpass", "aux:pass") for c in tok.children)
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if not objects and not passive:
        # "targeted and wounded two policemen", "beat up and injured a journalist": coordinated verbs share the
        # object the parse hangs on the last one
        objects = [o for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
                   for o in c.children if o.dep_ in ("dobj", "obj")][:1]
    died = tok.lemma_.lower() in DEATH_VERBS
    for child in tok.children:
        if died and child.dep_ == "nsubj":
            roles.add("patient", child, doc)  # "Two people died of gunshot wounds": who died was hit
        elif child.dep_ in ("nsubj", "csubj") or moved and child.dep_ == "nsubj:pass":
            roles.add("agent", child, doc)
        elif child.dep_ in ("nsubjpass", "nsubj:pass"):
            roles.add("patient", child, doc)
    for obj in objects:
        if obj.lower_ in LIGHT_OBJECTS or _is_weapon(obj, weapons):
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
    if not roles.agents:
        if tok.dep_ in ("xcomp", "advcl", "conj") and tok.head is not tok:
            subj, was_passive = _subject(tok.head)
            if subj is not None:
                # "were attacked and killed" (shared passive), "are said to have been killed" (the
                # raised subject of a passive infinitive): the subject is the victim.
                victim = passive or was_passive and tok.dep_ == "conj"
                if was_passive and not victim:
                    # "The building was shattered by an explosion, killing 168 people": what the main
                    # clause's subject underwent is where the act struck, not its author.
                    roles.add("patient", subj, doc, 0.5)
                    for prep, obj in objects_of_preps(tok.head):
                        if prep in AGENT_PREPS:
                            roles.add("agent", obj, doc, 0.6)
                else:
                    roles.add("patient" if victim else "agent", subj, doc)
        elif tok.dep_ == "acl" and tok.head is not tok and tok.head.pos_ in ("NOUN", "PROPN"):
            # Reduced relatives: "gunmen wearing masks opened fire" (author), "civilians killed by" (victim).
            if tok.tag_ == "VBG" or tok.morph.get("VerbForm") == ["Ger"]:
                if not _is_weapon(tok.head, weapons):
                    roles.add("agent", tok.head, doc, 0.6)
            elif tok.tag_ == "VBN" or "Part" in tok.morph.get("VerbForm"):
                roles.add("patient", tok.head, doc, 0.6)


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


def _nominal_roles(tok: Any, doc: Any, roles: Roles, weapons: list[tuple[int, int]],
                   actor_spans: list[tuple[int, int]], is_state: Any, own: tuple[int, int],
                   author_spans: list[tuple[int, int]] = ()) -> None:
    if tok.lower_ in AGENT_NOUNS or tok.lemma_.lower() in AGENT_NOUNS:
        top = tok
        while top.dep_ == "conj" and top.head is not top:
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
    for child in tok.children:
        if child.dep_ in ("poss", "nmod:poss"):
            roles.add("agent", child, doc)
        elif child.dep_ in ("compound", "amod") and child.pos_ in ("PROPN", "ADJ") and child.i < tok.i and not roles.agents:
            if child.ent_type_ in ("GPE", "LOC", "FAC") and not (is_state is not None and is_state(child.text)):
                roles.add("patient", child, doc, 0.5)  # "the Paris attacks", "the Nagasaki blast": where, what was hit
            elif child.ent_type_ in ("NORP", "GPE", "ORG") or child.pos_ == "PROPN":
                roles.agents.append(Role(Mention(child.text, child.idx, child.idx + len(child.text), 0.5), child.idx, child.idx + len(child.text)))
                roles.agent = roles.agent or roles.agents[-1].mention
        elif child.dep_ == "compound" and child.pos_ == "NOUN" and child.i < tok.i and not roles.agents \
                and any(s <= child.idx < e for s, e in actor_spans):
            roles.add("agent", child, doc, 0.55)  # "a junta airstrike": an armed actor's own attack
        elif child.dep_ == "compound" and child.pos_ == "NOUN" and child.i < tok.i and not own[0] <= child.idx < own[1] \
                and not _is_weapon(child, weapons) and not _is_time(child) and not _says_how(child):
            roles.add("patient", child, doc, 0.55)  # "the hospital attacks", "a checkpoint ambush": what was hit
        elif child.dep_ == "amod" and child.i > tok.i and child.pos_ == "ADJ" and not roles.agents:
            # French post-nominal nationality: "frappes israéliennes", "raid aérien turc".
            if is_state is not None and is_state(child.text) or is_state is None and child.ent_type_:
                roles.agents.append(Role(Mention(child.text, child.idx, child.idx + len(child.text), 0.45), child.idx, child.idx + len(child.text)))
                roles.agent = roles.agent or roles.agents[-1].mention
    if not roles.agents and is_state is not None:
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
    preps = objects_of_preps(tok)
    aimed = [(p, o) for p, o in preps if p in AIM_PREPS and o.pos_ in ("NOUN", "PROPN", "PRON", "NUM")]
    for prep, obj in preps:
        if prep in AGENT_PREPS and (not roles.agents or roles.agents[0].mention.confidence < 0.6):
            roles.agents.insert(0, Role(_phrase(obj, doc), obj.idx, obj.idx + len(obj.text)))
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
    if head is tok:
        return
    if not roles.agents or not roles.patients:
        # ("attacks by helicopter gunships were conducted against Islamist militants": the author is the
        # noun's own, its target the light verb's)
        _light_verb_author(tok, doc, roles, author=not roles.agents)
    prep = _prep_of(tok)
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
        if cur.head is cur:
            return
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("acl", "acl:relcl"):
            break  # ("munitions containing chloropicrin": a participle is passed on the way up)
    if cur.pos_ != "VERB" or cur.lemma_.lower() not in LIGHT_VERBS or cur is tok:
        return
    subj, passive = _subject(cur)
    if author and subj is not None and not passive:
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
            described = tok.dep_ == "acl" and (tok.tag_ == "VBN" or "Part" in tok.morph.get("VerbForm"))
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
    if described and all(r.head_start == tok.head.idx for r in roles.agents):
        # "dropped chlorine-filled barrels": the event word describes a munition; the munition's roles are its
        own = Roles()
        _nominal_roles(tok.head, doc, own, weapons, actor_spans or [], is_state, (anchor.start, anchor.end), author_spans)
        if own.agents or not roles.agents:
            roles.agents, roles.agent = own.agents, own.agent
        if not roles.patients:
            roles.patients, roles.patient = own.patients, own.patient
    return roles
