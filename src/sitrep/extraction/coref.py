"""Pronouns that stand for an actor: "they opened fire", "it claimed the attack", "ils ont attaqué".

A report names the group once and then refers back to it. A pronoun that is the author or the victim
of an event is named after the actor it stands for: the nearest actor mention of a compatible kind
before it, no more than ``WINDOW_SENTENCES`` sentences back. The event keeps the pronoun as its
evidence (``text``) and quotes the antecedent in ``refers_to``.

This is deliberately narrow. First and second person ("we", "you", "nous") are speakers, not
antecedents in the text; "he"/"she" stand for people, whom ACLED does not code as actors; a pronoun
with no actor mention nearby is left unnamed (the event falls back to ACLED's generic actor).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..model import Actor, Mention

if TYPE_CHECKING:
    from .context import DocContext

# Personal pronouns a role phrase may be (en, fr); possessives that name an author ("its massacre").
PERSONAL_PRONOUNS = frozenset({
    "he", "she", "it", "they", "we", "you", "him", "her", "them", "us", "its", "their", "his",
    "il", "elle", "ils", "elles", "eux", "lui", "nous", "vous",
})
# Pronouns that may stand for a group, a state or its forces (French "il"/"elle" for "le groupe",
# "l'organisation", "l'armée"; English "it" for an organisation or a state).
GROUP_PRONOUNS = frozenset({"it", "its", "they", "them", "their", "il", "elle", "ils", "elles", "eux", "lui"})
# Possessive determiners a group's members are named with ("its fighters", "ses combattants", "leurs hommes").
GROUP_POSSESSIVES = frozenset({"its", "their", "son", "sa", "ses", "leur", "leurs"})
# Nouns of what a group feels or voices ("manifester leur mécontentement", "voiced their anger"): no group's members.
FELT_NOUNS = frozenset({
    "mécontentement", "colère", "indignation", "frustration", "ras-le-bol", "désaccord", "opposition", "soutien",
    "solidarité", "inquiétude", "refus", "rejet", "exaspération",
    "anger", "discontent", "displeasure", "frustration", "outrage", "indignation", "opposition", "support",
    "solidarity", "grievance", "concern", "dissatisfaction", "rejection", "fury",
})
# Plural pronouns, which cannot stand for one office-holder ("the Prime Minister", "le président").
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "ils", "elles", "eux", "leur", "leurs"})
ONE_OFFICE = re.compile(r"(?i)^(?:the\s+|le\s+|la\s+|l['’]\s*)?(?:\w+\s+){0,2}?(?:prime\s+minister|president|minister|governor|"
                        r"mayor|king|queen|premier|chancellor|emir|sultan|premier\s+ministre|président|ministre|"
                        r"gouverneur|maire|roi|reine)$")
# A name joined after "anti-"/"pro-"/"contre-" tells a stance ("anti-government"), not a group the text names.
_HYPHENED_TO = re.compile(r"(?i)\b(?:anti|pro|contre)[-‐]\s*$")
WINDOW_SENTENCES = 2
# The antecedent is reported, not certain: a pronoun's reading never outranks a name in the sentence.
MAX_CONFIDENCE = 0.5
# Kinds that cannot be the author of violence a pronoun stands for.
NOT_AUTHORS = frozenset({"civilians"})


def is_pronoun(word: str) -> bool:
    """Whether ``word`` is a personal pronoun a role may be filled with."""
    return word.lower() in PERSONAL_PRONOUNS


def antecedent(ctx: "DocContext", start: int, end: int, role: str) -> Actor | None:
    """The actor the pronoun at ``start:end`` stands for, as an Actor quoting the pronoun; ``None`` when
    the pronoun is not one a group is referred to by, or no compatible actor is named close before it.

    ``role`` is ``"agent"`` or ``"patient"``: civilians are never read as the author.
    """
    word = ctx.text[start:end].lower()
    if word not in GROUP_PRONOUNS and word not in GROUP_POSSESSIVES:
        return None
    window_start = _window_start(ctx, start)
    best: Actor | None = None
    for a in ctx.actors:
        if a.start is None or a.end is None or not a.name or a.end > start or a.start < window_start:
            continue
        if role == "agent" and a.kind in NOT_AUTHORS:
            continue
        if _HYPHENED_TO.search(ctx.text, max(0, a.start - 6), a.start):
            continue  # ("anti-government demonstrations ... They also vandalized": a stance, no group named)
        if word in PLURAL_PRONOUNS and ONE_OFFICE.search(a.text or ""):
            continue  # ("after the resignation of the Prime Minister ... They also vandalized": not the Prime Minister)
        if best is None or a.start > (best.start or 0):
            best = a
    if best is None:
        return None
    return Actor(best.name, ctx.text[start:end], start, end, round(min(best.confidence, MAX_CONFIDENCE), 3), best.kind,
                 best.country, refers_to=Mention(best.text or best.name, best.start or 0, best.end or 0, best.confidence))


def possessor(ctx: "DocContext", head: Any, phrase: Mention, role: str) -> Actor | None:
    """The group whose members a phrase names through a possessive ("its fighters", "leurs hommes"):
    the antecedent of the possessive, with the whole phrase as its words; ``None`` without one, or when the
    head names what a group feels or voices ("leur mécontentement", "their anger"), not its members or things."""
    if head.lemma_.lower() in FELT_NOUNS or head.lower_ in FELT_NOUNS:
        return None
    for child in head.children:
        if child.i < head.i and child.lower_ in GROUP_POSSESSIVES and (
                child.dep_ in ("poss", "nmod:poss") or child.dep_ == "det" and "Yes" in child.morph.get("Poss")):
            found = antecedent(ctx, child.idx, child.idx + len(child.text), role)
            if found is not None:
                found.text, found.start, found.end = phrase.text, phrase.start, phrase.end
                return found
    return None


def _window_start(ctx: "DocContext", offset: int) -> int:
    sents = ctx.sentences
    for i, s in enumerate(sents):
        if s.start <= offset < max(s.end, s.start + 1) or (i + 1 < len(sents) and offset < sents[i + 1].start):
            return sents[max(0, i - WINDOW_SENTENCES)].start
    return sents[max(0, len(sents) - 1 - WINDOW_SENTENCES)].start if sents else 0
