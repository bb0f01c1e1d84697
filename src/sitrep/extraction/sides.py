"""The two sides of events whose parties act on each other, and who lost ground that was taken.

ACLED codes both sides of a clash and both parties to an agreement as actor1 and actor2, and the
loser of a territorial change as actor2. These readings add to the roles :func:`parse_roles` found
for an event word, from prepositions the generic reading leaves alone: "clashed *with* the army",
"fighting *between* X and Y", "ont *opposé* X à Y", "took the town *from* the army".
"""
from __future__ import annotations

import re

from typing import Any

from .role_phrases import Roles, objects_of_preps
from .role_words import MUTUAL
from .triggers import Hit

# The other side of a fight: "clashed with the army", "affrontements avec l'armée", "fighting between X
# and Y". Only for clash words: elsewhere "with" is the means ("attacked with knives").
OPPONENT_PREPS = {"with", "avec", "against", "contre"}
BETWEEN_PREPS = {"between", "entre"}
# Where a fight was, not its sides: "between the cities of Sousa and Uirauna, Paraiba, armed men exchanged fire with
# military police forces", "entre les villages de X et Y".
_PLACES_BETWEEN = frozenset({"city", "town", "village", "locality", "area", "district", "province", "region", "road",
                             "ville", "village", "localité", "commune", "région", "route", "axe"})
# Verbs whose subject is a fight and whose object and complement are its sides ("ont opposé X à Y").
PITTING_VERBS = {"opposer", "pit"}
# French verbs whose "à" phrase is the other side: "se sont affrontés aux miliciens", "se heurter à l'armée".
CONFRONTING_VERBS = {"affronter", "heurter", "opposer"}
# Both sides named by "between X and Y", or by a fighting verb's subject and its "with", outrank the victims
# of a killing word of the sentence ("five people were killed in clashes between 3R fighters and the army":
# the five are the toll). (A side after the "with" of a fight noun does not: "six soldiers were killed in
# clashes with JNIM" names the dead as the other side.)
SIDE_CONFIDENCE = 0.75
TAKING = ("Government regains territory", "Non-state actor overtakes territory", "@capture")


def add_sides(doc: Any, anchor: Hit, roles: Roles, weapons: list[tuple[int, int]]) -> None:
    """Add to ``roles`` the sides of the event word ``anchor`` when it is a clash, an agreement or a
    taking of ground (a spaCy ``doc`` is needed)."""
    if anchor.label not in MUTUAL and anchor.label not in TAKING:
        return
    span = doc.char_span(anchor.start, anchor.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return
    tok = span.root
    if anchor.label in MUTUAL:
        _opponents(tok, doc, roles, weapons)
        return
    for prep, obj in objects_of_preps(tok):
        if prep == "from" and obj.pos_ in ("NOUN", "PROPN"):
            roles.add("patient", obj, doc, 0.6)  # "took Lalibela from the army": who lost it


_DAY_WORDS = frozenset("""lundi mardi mercredi jeudi vendredi samedi dimanche hier matin soir nuit week-end
    monday tuesday wednesday thursday friday saturday sunday yesterday weekend""".split())


_ONE_SIDE = re.compile(r"\b(?:on\s+one\s+side|d['’]une\s+part|d['’]un\s+côté)\s+(?:and|et)\b", re.IGNORECASE)


def _opponents(tok: Any, doc: Any, roles: Roles, weapons: list[tuple[int, int]]) -> None:
    """The sides of a clash: "X clashed with Y" (Y the other side), "clashes between X and Y" (X one side,
    its conjunct the other) — on the clash word or the light verb above it ("engaged in fighting with")."""
    if tok.dep_ in ("nsubj", "nsubj:pass") and tok.head.lemma_.lower() in PITTING_VERBS:
        # "des combats ont opposé l'armée aux jihadistes": the object is one side, "à" the other.
        # (the object may come as "des militaires" read as a prepositional argument)
        sides = [c for c in tok.head.children if c.pos_ in ("NOUN", "PROPN") and (c.dep_ in ("obj", "dobj") or (
            c.dep_ in ("obl:arg", "obl") and any(g.dep_ == "case" and g.lower_ in ("des", "de", "du") for g in c.children)))]
        # "ont opposé dimanche des combattants Wazalendo aux rebelles": the day read as the object holds the side
        sides = [next((g for g in c.children if g.dep_ == "nmod" and g.pos_ in ("NOUN", "PROPN")), c)
                 if c.lower_ in _DAY_WORDS else c for c in sides]
        for side in sides[:1]:
            roles.add("agent", side, doc, 0.6)
            # the sides a fight pits against each other come before any other candidate ("faisant quatre
            # morts parmi les assaillants" names the dead, not a side)
            roles.agents.sort(key=lambda r: r.head_start != side.idx)
        # The "à" phrase is often hung inside the first side ("les Forces de soutien rapide à l'armée").
        heads = [tok.head] + list(sides[0].subtree) if sides else [tok.head]
        for prep, obj in (po for h in heads for po in objects_of_preps(h)):
            if prep in ("à", "au", "aux", "against", "contre") and obj.pos_ in ("NOUN", "PROPN"):
                roles.add("patient", obj, doc, 0.6)
                break
    heads = [tok, tok.head] if tok.head.i != tok.i and tok.head.pos_ == "VERB" else [tok]
    if tok.pos_ == "VERB":
        # "exchanged fire with military police forces": the other side hangs on the verb's object
        heads += [c for c in tok.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"]
    for head in heads:
        for prep, obj in objects_of_preps(head):
            if any(s <= obj.idx < e for s, e in weapons) or not _side_word(obj):
                continue
            if prep in OPPONENT_PREPS or prep in ("à", "au", "aux") and head.lemma_.lower() in CONFRONTING_VERBS:
                # (a fighting verb with its subject names both sides: "police exchanged fire with gang members")
                # ("raided the favela and exchanged fire with ...": a verb joined to another shares its subject)
                verb = head.head if head.dep_ == "conj" and head.head.pos_ == "VERB" else head
                told = head.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in (*head.children, *verb.children))
                roles.add("patient", obj, doc, SIDE_CONFIDENCE if told else 0.6)
            elif prep in BETWEEN_PREPS and obj.lemma_.lower() not in _PLACES_BETWEEN:
                others = [c for c in obj.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")] \
                    or _conj_of_its_complement(obj)
                # (the second side is often hung on the fight word: "affrontements entre des combattants du
                # groupe armé 3R et les Forces armées")
                others = others or [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                                    and c.i > obj.i]
                # ("between pro-Hadi forces and Popular Resistance fighters on one side and pro-Houthi forces on the
                # other": the allies of the first side are listed before the marker, the other side after it)
                marker = _ONE_SIDE.search(doc.text, obj.idx)
                if marker is not None:
                    # (the parse may hang that side anywhere: the head noun of the words after the marker)
                    after = next((t for t in doc if t.idx >= marker.end() and t.pos_ in ("NOUN", "PROPN")
                                  and t.dep_ not in ("compound", "amod", "nummod", "poss", "nmod:poss")), None)
                    others = [after] if after is not None else others
                if others:
                    roles.add("agent", obj, doc, 0.6)
                    roles.add("patient", others[0], doc, SIDE_CONFIDENCE)
                    return
    # (the parse may hang "between X and Y" on a place after the verb: "Clashes broke out in the south of Yemen
    # between separatists and pro-government forces". English only: the French parse hangs a relative clause
    # there too, whose side ACLED's coders put first, "... entre séparatistes et forces alliées au gouvernement
    # qui ont tenté de reprendre Zinjibar")
    # (French: only where the parse hangs it on the verb or on a time word, "ont eu lieu ce matin entre les FARDC et
    # les terroristes du M23")
    verb = tok.head if tok.dep_ in ("nsubj", "nsubj:pass") and tok.head.pos_ == "VERB" else tok
    for case in verb.subtree:
        if case.lower_ not in BETWEEN_PREPS:
            continue
        # (French and UD hang the preposition on its noun, English spaCy the noun on the preposition)
        obj = case.head if case.dep_ == "case" else next((c for c in case.children if c.dep_ == "pobj"), case)
        if obj is case or not _side_word(obj) or any(s <= obj.idx < e for s, e in weapons) \
                or obj.lemma_.lower() in _PLACES_BETWEEN:
            continue
        if doc.lang_ != "en" and not (obj.head.i == verb.i or obj.head.lower_ in _DAY_WORDS):
            continue
        others = [c for c in obj.head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > obj.i] \
            or [c for c in obj.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")] or _conj_of_its_complement(obj)
        if others:
            roles.add("agent", obj, doc, 0.6)
            roles.add("patient", others[0], doc, SIDE_CONFIDENCE)
            return


def _side_word(tok: Any) -> bool:
    """A noun or name that can be a side; the parse tags some acronyms as pronouns ("entre les FARDC et le M23")."""
    return tok.pos_ in ("NOUN", "PROPN") or tok.pos_ == "PRON" and len(tok.text) >= 3 and tok.text.isupper()


def _conj_of_its_complement(side: Any) -> list[Any]:
    """The second side of "between X of Y and Z", which the parse hangs on Y ("between students of Dhaka University
    and police": the police, not a second university)."""
    # (spaCy makes a new token object at each access: tokens are compared by index, not identity)
    return [c for c in side.subtree if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.head.i != side.i
            and c.head.dep_ in ("pobj", "nmod") and (c.head.head.lower_ in ("of", "de", "du", "des") or c.head.head.i == side.i)]
