"""Event arguments: who did it (actor1), to whom (actor2 / target), with what (weapons).

For French and English the roles are read from spaCy's dependency parse around the trigger (subject /
agent / "by"-phrase / possessor → actor1; object / passive subject / "on"/"against"/"contre"-phrase →
target). Arabic has no parse here: roles come from word order and cue words (the actor named before a
trigger is its author; one named right after a killing word, or after على/ضد, is its victim). Phrases
are turned into ACLED actor names by the actor table; when it cannot name them, ACLED's generic
actors apply (``Civilians (X)``, ``Unidentified Armed Group (X)``, ``Protesters (X)``, ``Rioters (X)``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..model import Actor, Mention, Sentence, Weapon
from .triggers import Hit

if TYPE_CHECKING:
    from .context import DocContext

AGENT_DEPS = {"nsubj", "agent", "obl:agent", "csubj"}
PATIENT_DEPS = {"dobj", "obj", "nsubjpass", "nsubj:pass", "iobj"}
AGENT_PREPS = {"by", "par"}
PATIENT_PREPS = {"on", "against", "at", "targeting", "upon", "into", "contre", "sur", "visant", "vers", "of", "de", "d'", "du", "des", "à"}
# Verbs whose object is an event noun and whose subject is its author ("X carried out an attack").
LIGHT_VERBS = {
    "carry", "launch", "conduct", "stage", "mount", "perpetrate", "commit", "claim", "execute", "lead", "make", "unleash",
    "mener", "lancer", "perpétrer", "commettre", "revendiquer", "effectuer", "conduire", "organiser", "réaliser",
}
MAX_PHRASE_TOKENS = 14
VAC = {"Attack", "Abduction/forced disappearance", "Sexual violence"}


@dataclass(slots=True)
class Roles:
    """Raw role phrases of one event mention (words of the text, before naming)."""

    agent: Mention | None = None
    patient: Mention | None = None


_CUT_DEPS = {"relcl", "acl:relcl", "appos", "acl", "advcl", "parataxis"}


def _phrase(tok: Any, doc: Any) -> Mention:
    """The words of the noun phrase headed by ``tok``: relative clauses, appositions and long tails cut.

    The Mention's ``confidence`` is 0.7; its full extent (relative clause included, where the actor
    hosted by a target is often named: "bases où sont déployées des troupes américaines") is given by
    :func:`full_extent`.
    """
    left, right = tok.left_edge.i, tok.right_edge.i
    for child in tok.children:
        if child.i > tok.i and (child.dep_ in _CUT_DEPS or child.dep_ == "punct"):
            right = min(right, child.left_edge.i - 1)
    right = max(right, tok.i)
    if right - left + 1 > MAX_PHRASE_TOKENS:
        right = min(right, tok.i + 6)
        left = max(left, tok.i - 6)
    while left < tok.i and doc[left].pos_ in ("DET", "ADP", "PUNCT", "CCONJ", "SCONJ", "PRON") and doc[left].dep_ != "poss":
        left += 1
    while right > tok.i and doc[right].pos_ in ("PUNCT", "CCONJ", "ADP", "DET", "SCONJ", "PRON", "AUX"):
        right -= 1
    span = doc[left:right + 1]
    return Mention(span.text, span.start_char, span.end_char, 0.7)


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


def _objects_of_preps(tok: Any) -> list[tuple[str, Any]]:
    """(preposition, object) pairs attached to ``tok``."""
    out = []
    for child in tok.children:
        if child.dep_ in ("prep", "agent"):
            for g in child.children:
                if g.dep_ == "pobj":
                    out.append((child.lower_, g))
        elif child.dep_ in ("nmod", "obl", "obl:arg", "obl:mod", "obl:agent"):
            prep = _prep_of(child)
            if prep:
                out.append((prep, child))
    return out


def parse_roles(doc: Any, anchor: Hit) -> Roles:
    """Agent and patient phrases of the trigger ``anchor`` from a spaCy dependency parse."""
    span = doc.char_span(anchor.start, anchor.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return Roles()
    tok = span.root
    roles = Roles()
    if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT" and tok.pos_ != "NOUN":
        for child in tok.children:
            if child.dep_ in AGENT_DEPS and roles.agent is None and child.dep_ != "agent":
                roles.agent = _phrase(child, doc)
            elif child.dep_ in PATIENT_DEPS and roles.patient is None:
                roles.patient = _phrase(child, doc)
        for prep, obj in _objects_of_preps(tok):
            if prep in AGENT_PREPS and roles.agent is None:
                roles.agent = _phrase(obj, doc)
            elif prep in ("on", "against", "at", "contre", "sur", "upon") and roles.patient is None:
                roles.patient = _phrase(obj, doc)
        if roles.agent is None and tok.dep_ in ("xcomp", "advcl", "conj", "acl") and tok.head is not tok:
            for child in tok.head.children:
                if child.dep_ in ("nsubj", "nsubjpass" if tok.dep_ == "conj" else "nsubj"):
                    roles.agent = _phrase(child, doc)
                    break
        return roles
    # A nominal trigger: "an attack on X by Y", "Y's attack", "l'attaque de X contre Y".
    for child in tok.children:
        if child.dep_ in ("poss", "nmod:poss") and roles.agent is None:
            roles.agent = _phrase(child, doc)
        elif child.dep_ in ("compound", "amod") and child.pos_ in ("PROPN", "ADJ") and child.i < tok.i and roles.agent is None:
            if child.ent_type_ in ("NORP", "GPE", "ORG") or child.pos_ == "PROPN":
                roles.agent = Mention(child.text, child.idx, child.idx + len(child.text), 0.5)
        elif child.dep_ == "amod" and child.i > tok.i and child.pos_ == "ADJ" and roles.agent is None:
            # French post-nominal nationality: "frappes israéliennes", "raid aérien turc".
            if child.ent_type_ or child.text[:1].islower() and child.lower_.endswith(("ien", "ienne", "iens", "iennes", "ais", "aise", "aises", "ain", "aine", "ains", "aines", "c", "que", "ques", "ois", "oise", "ois")):
                roles.agent = Mention(child.text, child.idx, child.idx + len(child.text), 0.45)
    for prep, obj in _objects_of_preps(tok):
        if prep in AGENT_PREPS and (roles.agent is None or roles.agent.confidence < 0.6):
            roles.agent = _phrase(obj, doc)
        elif prep in PATIENT_PREPS and roles.patient is None and obj.pos_ in ("NOUN", "PROPN", "PRON"):
            roles.patient = _phrase(obj, doc)
    head = tok.head
    if head is not tok:
        if tok.dep_ in ("dobj", "obj") and head.lemma_.lower() in LIGHT_VERBS and roles.agent is None:
            for child in head.children:
                if child.dep_ in ("nsubj",):
                    roles.agent = _phrase(child, doc)
        if tok.dep_ in ("nsubj",) and roles.patient is None:
            for child in head.children:
                if child.dep_ in ("dobj", "obj"):
                    roles.patient = _phrase(child, doc)
            for prep, obj in _objects_of_preps(head):
                if prep in ("on", "against", "at", "contre", "sur", "par") and roles.patient is None and prep not in AGENT_PREPS:
                    roles.patient = _phrase(obj, doc)
        if tok.dep_ in ("nsubjpass", "nsubj:pass") and roles.agent is None:
            for prep, obj in _objects_of_preps(head):
                if prep in AGENT_PREPS:
                    roles.agent = _phrase(obj, doc)
    return roles


def actors_in(ctx: "DocContext", start: int, end: int) -> list[Actor]:
    """Actor mentions found by the actor table between ``start`` and ``end``."""
    return [a for a in ctx.actors if a.start is not None and start <= a.start and (a.end or a.start) <= end]


def name_phrase(ctx: "DocContext", phrase: Mention, country: str | None,
                extent: tuple[int, int] | None = None, countries: Any = None) -> Actor | None:
    """An ACLED-named actor for a phrase: an actor mention inside it, the actor table's reading of it,
    a state's forces for a bare demonym ("israéliennes", "Israeli"), else an actor mention in its
    ``extent`` (the phrase with its relative clause)."""
    inside = [a for a in ctx.actors if a.start is not None and phrase.start <= a.start and (a.end or 0) <= phrase.end]
    if inside:
        a = inside[0]
        return Actor(a.name, a.text, a.start, a.end, min(a.confidence, 0.9), a.kind, a.country)
    if ctx.actor_table is not None:
        found = ctx.actor_table.resolve(phrase.text, ctx.lang, country)
        if found is not None:
            return Actor(found.name, phrase.text, phrase.start, phrase.end, min(found.confidence, 0.8), found.kind, found.country)
    if countries is not None and len(phrase.text.split()) <= 2:
        iso = countries.country_for_demonym(phrase.text.split()[-1])
        if iso:
            name = countries.country_name(iso)
            if name:
                return Actor(f"Military Forces of {name}", phrase.text, phrase.start, phrase.end, 0.45, "state_military", iso)
    if extent is not None:
        wider = [a for a in ctx.actors if a.start is not None and extent[0] <= a.start and (a.end or 0) <= extent[1]]
        if wider:
            a = wider[0]
            return Actor(a.name, a.text, a.start, a.end, min(a.confidence, 0.6), a.kind, a.country)
    return None


def arabic_roles(ctx: "DocContext", anchor: Hit, sentence: Sentence, hits: list[Hit]) -> tuple[Actor | None, Actor | None]:
    """Actor1 and actor2 of an Arabic event mention from word order and cue words."""
    cands = actors_in(ctx, sentence.start, sentence.end)
    if not cands:
        return None, None
    victim_cues = [h for h in hits if h.label in ("@kill", "@injure") or h.label == "@civilian"]
    agent = None
    patient = None
    for a in cands:
        after_kill = any(0 <= (a.start or 0) - h.end <= 25 for h in victim_cues if h.label != "@civilian")
        if after_kill or a.kind == "civilians":
            patient = patient or a
        elif (a.start or 0) < anchor.start:
            agent = a if agent is None or (a.start or 0) > (agent.start or 0) else agent
        elif agent is None and (a.start or 0) - anchor.end < 40:
            agent = a
    return agent, patient


def weapons_of(hits: list[Hit]) -> list[Weapon]:
    """Weapons named in an event mention's sentence, one per canonical name."""
    out: dict[str, Weapon] = {}
    for h in hits:
        if h.kind == "weapon" and h.weapon and h.weapon not in out:
            out[h.weapon] = Weapon(h.weapon, h.text, h.start, h.end, 0.8 if h.label else 0.6)
    return list(out.values())


def generic_actor(role: str, sub: str, hits: list[Hit], country_name: str | None) -> Actor | None:
    """ACLED's generic actor for a role left unnamed, from the event type and the cues present."""
    where = f" ({country_name})" if country_name else ""
    feats = {h.label for h in hits}
    event_type = sub
    if role == "actor1":
        if event_type in ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"):
            return None if event_type != "Peaceful protest" else Actor(f"Protesters{where}", None, confidence=0.5, kind="protesters")
        if event_type in ("Violent demonstration", "Mob violence"):
            return Actor(f"Rioters{where}", None, confidence=0.4, kind="rioters")
        if event_type in ("Arrests",) and "@security" in feats:
            return Actor(f"Police Forces of {country_name}" if country_name else None, None, confidence=0.3, kind="police")
        if event_type in VAC or event_type in (
            "Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Armed clash", "Looting/property destruction",
        ):
            return Actor(f"Unidentified Armed Group{where}", None, confidence=0.35, kind="unidentified")
        return None
    if event_type in VAC and "@civilian" in feats:
        return Actor(f"Civilians{where}", None, confidence=0.45, kind="civilians")
    if event_type in ("Protest with intervention", "Excessive force against protesters"):
        return Actor(f"Protesters{where}", None, confidence=0.5, kind="protesters")
    return None


def with_country(actor: Actor | None, country_name: str | None) -> Actor | None:
    """Give a generic actor name without a country the event's country (``Civilians`` → ``Civilians (Iraq)``)."""
    if actor is None or not actor.name or not country_name:
        return actor
    if actor.name in ("Civilians", "Protesters", "Rioters", "Unidentified Armed Group"):
        actor.name = f"{actor.name} ({country_name})"
    return actor
