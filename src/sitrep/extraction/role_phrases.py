"""Role phrases: the records of who did what to whom as the parse gives them (:class:`Role`, :class:`Roles`), and the
noun phrases they stand on — a head word's phrase cut at clauses and brackets, the word a pronoun or relative stands
for, the prepositional objects and conjuncts of a word. :mod:`.arguments` reads the roles of an event word with them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Mention
from .coref import is_pronoun
from .role_words import MAX_PHRASE_TOKENS, REFLEXIVES, RELATIVES, TIME_WORDS


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
        m = Mention(tok.text, tok.idx, tok.idx + len(tok.text)) if pronoun else phrase_of(tok, doc)
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


def is_time(tok: Any) -> bool:
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
    if low in RELATIVES and tok.head.dep_ in ("relcl", "acl:relcl") and tok.head.head.i != tok.head.i:
        tok = tok.head.head
        low = tok.lower_
    if tok.lower_ in _PLACE_NOUNS and tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass"):
        # "In Mirab welega zone, Gimbi town, unidentified armed group carried out attack": the place an ACLED note
        # sets before its subject read as the subject, the subject as its apposition
        tok = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and c.i > tok.i), tok)
        low = tok.lower_
    if tok.pos_ == "PROPN" and _after_place(tok):
        # "in Juina, Mato Grosso, a drug trafficker was killed": the division after the town read as the
        # subject, the subject as its apposition
        tok = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > tok.i), tok)
        low = tok.lower_
    said_to_be = _said_to_be(tok)
    if said_to_be is not None:
        tok, low = said_to_be, said_to_be.lower_
    if tok.pos_ == "PRON" and is_pronoun(low) and not is_time(tok):
        return tok
    if tok.pos_ in ("PRON", "ADP") and len(tok.text) >= 2 and tok.text.isupper() and tok.is_alpha \
            and (tok.pos_ == "PRON" or tok.dep_ in ("nsubj", "nsubjpass") and len(tok.text) > 3):
        # an acronym the tagger took for a pronoun ("Les FARDC ont attaqué"), or a dateline's town in capitals
        # for a preposition ("TUGUEGARAO CITY, Philippines – Suspected members of the NPA burned")
        return tok
    if is_time(tok) or low in REFLEXIVES or tok.pos_ in ("PRON", "PUNCT", "SPACE", "DET", "ADP", "CCONJ", "SCONJ", "AUX"):
        return None
    return tok


# Participles that say who unnamed men were thought to be ("men suspected to be Al shabaab militants").
_THOUGHT_TO_BE = frozenset({"suspect", "believe", "think", "say", "report", "presume", "understand"})


def _said_to_be(tok: Any) -> Any | None:
    """The words ``tok``'s men are said to be ("men suspected to be Al shabaab militants" -> "militants"), or None.

    ACLED codes the group a report suspects; the phrase the parse hangs on "men" is who they were thought to be.
    """
    for acl in tok.children:
        if acl.dep_ != "acl" or acl.lemma_.lower() not in _THOUGHT_TO_BE or acl.i < tok.i:
            continue
        for be in acl.children:
            if be.dep_ == "xcomp" and be.lemma_ == "be":
                attr = next((c for c in be.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)
                if attr is not None:
                    return attr
    return None


# The kind words of a place ("Gimbi town", "Chinaksen woreda").
_PLACE_NOUNS = frozenset({"town", "village", "city", "woreda", "kebele", "zone", "district", "county", "province", "region",
                          "locality", "area", "municipality", "commune", "sub-county", "neighbourhood", "neighborhood"})


def _after_place(tok: Any) -> bool:
    """Whether the name ``tok`` follows "in <town>," (where the division of an ACLED note's place stands)."""
    first = tok.left_edge.i
    if first < 2 or tok.doc[first - 1].text != ",":
        return False
    town = tok.doc[first - 2]
    # ("in Aguililla municipality, Michoacan, members of the CJNG clashed": the town's kind word closes it)
    return (town.pos_ == "PROPN" or town.lower_ in _PLACE_NOUNS) and town.dep_ == "pobj" \
        and town.head.lower_ in ("in", "near")


def phrase_of(tok: Any, doc: Any) -> Mention:
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
        elif child.i > tok.i and tok.pos_ == "NOUN" and _where(child):
            # "abducted by intelligence officers in Ipekyolu town of Van": where they acted is no part of who they
            # are (a named group's own "in": "Islamic Resistance in Iraq", is a proper noun's)
            right = min(right, child.left_edge.i - 1)
        elif child.i > tok.i and any(is_time(t) for t in child.subtree) and child.dep_ not in ("conj", "compound", "amod", "nummod"):
            right = min(right, child.left_edge.i - 1)  # "a checkpoint on Monday", "un poste lundi"
    right = max(right, tok.i)
    if right - left + 1 > MAX_PHRASE_TOKENS:
        right = min(right, tok.i + 6)
        left = max(left, tok.i - 6)
    while left < tok.i and (doc[left].pos_ in ("DET", "ADP", "PUNCT", "CCONJ", "SCONJ", "PRON") and doc[left].dep_ != "poss"
                            or is_time(doc[left])) and not _opens_bound(doc, left):
        left += 1
    while right > tok.i and (doc[right].pos_ in ("PUNCT", "CCONJ", "ADP", "DET", "SCONJ", "PRON", "AUX")
                             and not _closes_bracket(doc, left, right) or doc[right].is_space):
        right -= 1  # (and the blank a coder's aside left: "projectiles (coded as drones ...)", see nlp.for_the_parser)
    span = doc[left:right + 1]
    return Mention(span.text, span.start_char, span.end_char, 0.7)


# Prepositions of where a phrase's people acted ("officers in Van", "des soldats à Gao").
_WHERE_PREPS = frozenset({"in", "at", "near", "à", "dans", "près"})


def _where(child: Any) -> bool:
    """Whether ``child`` is a prepositional phrase of place: "in Ipekyolu town of Van", "à Gao"."""
    if child.dep_ != "prep" or child.lower_ not in _WHERE_PREPS:
        return False
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") or t.lower_ in _PLACE_NOUNS for t in child.subtree)


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


def prep_of(tok: Any) -> str | None:
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
            prep = prep_of(child)
            if prep:
                out.append((prep, child))
        elif child.dep_ in ("acl", "advcl") and child.lower_ in ("targeting", "visant"):
            out.extend(("on", g) for g in child.children if g.dep_ in ("dobj", "obj"))
    return out


def _conjuncts(tok: Any) -> list[Any]:
    """``tok`` and the words coordinated with it ("attacked and killed")."""
    out = [tok]
    while tok.dep_ == "conj" and tok.head.i != tok.i and len(out) < 4:
        tok = tok.head
        out.append(tok)
    return out
