"""Is an event mention reported as happening — or threatened, denied, planned, hypothetical, history?

Modality cues come from the ``modality`` rows of ``events_{lang}.tsv``. A cue governs a trigger when it
stands close before it in the same sentence (windows below, in words), or — for French and English —
when the parse attaches a negation to the trigger or to the verb it depends on. History is read from
cues anywhere in the sentence and, by the caller, from an event date well before publication.
"""
from __future__ import annotations

import re
from typing import Any

from ..textnorm import enclosing_bracket
from .triggers import Hit

# How many words before the trigger a cue may stand and still govern it.
WINDOWS = {"negation": 2, "denial": 8, "threat": 5, "plan": 5, "future": 5, "hypothetical": 5,
           # a day to come named before the event word puts it ahead, however far back in its clause ("ينظم غدا
           # السبت المجلس الجهوي ... وقفة احتجاجية", the protest is tomorrow's)
           "future_day": 12,
           # the event a time is counted from ("Au lendemain du double attentat-suicide ..., les Etats-Unis ont mené une
           # frappe de drone"): background to the sentence's own event told after it
           "since_event": 4}
# Labels read as another's.
_SAME_AS = {"future_day": "future"}
# Precedence when several cues govern one trigger.
ORDER = ("denial", "negation", "threat", "plan", "hypothetical", "future")
NEG_DEPS = {"neg"}
NEG_LEMMAS = {"pas", "jamais", "aucun", "aucune", "not", "never", "no"}
# (an attempt is no plan: "tried to storm the base", "attempted to march on Parliament" happened, and
# ACLED codes attempted attacks and dispersed marches)
PLAN_LEMMAS = {
    "threaten", "plan", "plot", "vow", "intend", "prepare", "seek", "warn",
    "menacer", "projeter", "prévoir", "planifier", "préparer", "vouloir", "promettre", "jurer",
}
# Verbs that call for what they govern: the called-for protest or strike has not happened ("called on the public not
# to accept the coup and to protest", "appelle la population à manifester"); "call" only through its "on ... to"
# or "for" (one "calls the attack cowardly").
URGE_LEMMAS = {"urge", "exhort", "incite", "encourage", "appeal", "call",
               "exhorter", "inciter", "appeler", "inviter", "encourager"}
MODAL_OF_LEMMA = {
    "threaten": "threat", "vow": "threat", "warn": "threat", "menacer": "threat", "promettre": "threat", "jurer": "threat",
    "deny": "denial", "démentir": "denial", "nier": "denial",
}


_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "qui"})
_PLUPERFECT_AUX = frozenset({"had", "avait", "avaient"})
# A conditional followed by "en train de" (Grevisse, Le Bon Usage §Conditionnel: the conditional of uncertain
# information, "serait en train de tomber").
_UNDER_WAY = re.compile(r"\s+(?:\w+\s+)?en\s+train\s+d", re.IGNORECASE)


def modality_of(anchor: Hit, sentence_hits: list[Hit], parsed: Any = None, next_hits: tuple[Hit, ...] = ()) -> str:
    """The modality of the event mention whose trigger is ``anchor``.

    ``sentence_hits`` are the lexicon hits of the anchor's sentence (modality rows included);
    ``parsed`` is the spaCy ``Doc`` when there is one. Returns ``asserted``, ``negation``,
    ``denial``, ``threat``, ``plan``, ``hypothetical``, ``future`` or ``background`` (history, or what
    a group habitually does, told in the present tense of a relative clause, or the event a time is counted from).
    ``next_hits`` are the next sentence's (the parse may end a sentence at the comma after "Au lendemain du ...").
    """
    found: set[str] = set()
    history = False
    for h in sentence_hits:
        if h.kind != "modality":
            continue
        if h.label == "history":
            # ("people who previously worked for the factory held a protest": the history of who they are, told
            # in a relative clause, is not the protest's)
            # (nor the coder's reasoning in a bracket: "an unknown armed group (likely Al Shabaab due to similar
            # attacks by the group) threw a hand grenade")
            # (nor an adverb of a noun's participle: "clashed ... over previously stolen sheep")
            # (but a reminder governs all it introduces: "Rappelons que l'un des manifestants ... est mort, hier soir")
            history = history or h.text.lower().startswith("rappel") or not (_in_other_relative_clause(h, anchor, parsed)
                                      or _in_other_bracket(h, anchor, parsed.text if parsed is not None else None)
                                      or _of_a_nouns_participle(h, parsed))
            continue
        gap = anchor.token - (h.token + h.ntok)
        if h.label == "hypothetical" and parsed is not None and _UNDER_WAY.match(parsed.text, h.end):
            continue  # "la ville de Goma serait finalement en train de tomber aux mains du M23": a report not yet
            # confirmed of what is under way (the conditional of uncertain information), no hypothesis
        if h.label == "negation" and h.text.lower() == "non" and gap > 0:
            continue  # "des hommes armés non identifiés ont abattu": "non" makes "unidentified", it denies nothing
        window = WINDOWS.get(h.label)
        if window is not None and 0 <= gap < window:
            found.add(_SAME_AS.get(h.label, h.label))
    if "since_event" in found and not any(h.kind == "trigger" and h.start > anchor.end and h.label != anchor.label
                                          and (not h.label.startswith("@") or h.label == "@protest")
                                          for h in (*sentence_hits, *next_hits)):
        # (the sentence tells no other kind of event: "a day after the attack, its toll rose", "Au lendemain des
        # frappes de drones ..., l'armée a déclaré ... ces frappes")
        found.discard("since_event")
    if parsed is not None:
        found |= _parse_modality(anchor, parsed)
    for label in ORDER:
        if label in found:
            return "denied" if label in ("denial", "negation") else ("planned" if label == "plan" else label)
    return "background" if history or "habitual" in found or "since_event" in found else "asserted"


def _of_a_nouns_participle(cue: Hit, doc: Any) -> bool:
    """Whether the cue is an adverb of a participle that describes a noun ("previously stolen sheep")."""
    if doc is None:
        return False
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span.root
    return tok.dep_ == "advmod" and tok.head.dep_ in ("amod", "acl") and tok.head.tag_ == "VBN"


def _in_other_bracket(cue: Hit, anchor: Hit, text: str | None) -> bool:
    """Whether the cue sits in a bracket that does not hold the anchor."""
    bracket = enclosing_bracket(text, cue.start, cue.end) if text is not None else None
    return bracket is not None and not bracket[0] < anchor.start < bracket[1]


def _in_other_relative_clause(cue: Hit, anchor: Hit, doc: Any) -> bool:
    """Whether the cue sits in a relative clause ("who previously worked") that does not hold the anchor."""
    if doc is None:
        return False
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok = span.root
    clause = tok if tok.dep_ in ("relcl", "acl:relcl") else tok.head
    if clause.dep_ not in ("relcl", "acl:relcl"):
        return False
    left, right = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    return not left <= anchor.start < right


# French present-tense verbs that end like an imperfect ("il fait", "il paraît").
_PRESENT_LIKE_IMPERFECT = frozenset("fait plait plaît nait naît connait connaît parait paraît tait".split())


def _french_imperfect(word: str) -> bool:
    """Whether a verb the French model tagged present is an imperfect ("des enseignants qui manifestaient": what
    they were doing when the police came, not what they habitually do)."""
    return word.endswith(("aient", "ait")) and word not in _PRESENT_LIKE_IMPERFECT


def _habitual_passive(tok: Any) -> bool:
    """Whether the anchor's clause is an English present passive with an uncounted subject: what habitually
    happens ("Scores of Afghan civilians are also killed in the crossfire or by roadside bombs"), no reported
    event (a counted one, "Two people are killed", may be a report told in the present)."""
    verb = tok
    while verb.pos_ != "VERB" and verb.head.i != verb.i and verb.dep_ in ("pobj", "prep", "conj", "compound", "amod"):
        verb = verb.head
    if verb.tag_ != "VBN":
        return False
    present = any(c.dep_ == "auxpass" and c.tag_ in ("VBP", "VBZ") for c in verb.children)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return present and subject is not None and subject.tag_ == "NNS" and not any(
        c.dep_ == "nummod" or c.like_num for c in subject.subtree)


# French negative pronouns that make "ne" deny without "pas": "Personne n'a encore été interpellé".
_NOBODY = frozenset({"personne", "rien", "nul", "nulle"})


def _nobody_did(tok: Any) -> bool:
    """Whether the verb is denied by "ne" and a bare negative pronoun ("Personne n'a encore été interpellé"), not a
    person who did it ("une personne a été interpellée": the pronoun has no determiner)."""
    kids = list(tok.children)
    return any(c.lower_ in ("ne", "n'", "n’") for c in kids) and any(
        c.lower_ in _NOBODY and not any(g.dep_ == "det" for g in c.children) for c in kids)


def _parse_modality(anchor: Hit, doc: Any) -> set[str]:
    """Negation or a governing threat/plan/denial verb read from the dependency parse."""
    span = doc.char_span(anchor.start, anchor.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return set()
    tok = span.root
    out: set[str] = set()
    if tok.pos_ == "VERB" and tok.dep_ in ("relcl", "acl:relcl") and (
            tok.tag_ in ("VBP", "VBZ") or "Tense=Pres" in str(tok.morph) and "VerbForm=Fin" in str(tok.morph)
            and not _french_imperfect(tok.lower_)) \
            and any(c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in _RELATIVE_PRONOUNS for c in tok.children):
        # "armed gangs ... who kidnap for ransom and raid villages", "des groupes qui enlèvent": what a
        # group habitually does, told in the present of a relative clause, is no reported event (a summary
        # in the present, "a church where he kills six", tells the event itself)
        out.add("habitual")
    if _habitual_passive(tok):
        out.add("habitual")
    if tok.dep_ in ("relcl", "acl:relcl") and any(c.dep_ == "aux" and c.lower_ in _PLUPERFECT_AUX
                                                  for c in tok.children):
        # "the father of a pastoralist youth who had been killed by the farmer in a dispute on 5 September": what a
        # relative clause tells in the pluperfect came before the sentence's event (ACLED's Burkina Faso row codes
        # the revenge killing of 7 September, not the death told of the youth)
        out.add("habitual")
    if tok.pos_ in ("VERB", "AUX"):
        for child in tok.children:
            if child.dep_ in NEG_DEPS or (child.dep_ == "advmod" and child.lemma_.lower() in NEG_LEMMAS):
                out.add("negation")
        if _nobody_did(tok):
            out.add("negation")
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i and head.pos_ == head.head.pos_:
        head = head.head  # (a verb coordinated with a governed one is governed alike: "not to accept the coup and to protest")
    for _ in range(3):
        if head.head.i == head.i:
            break
        if head.dep_ not in ("xcomp", "ccomp", "obj", "dobj", "obl", "advcl", "pobj", "prep", "nmod", "case", "mark") \
                and not (head.dep_ == "pcomp" and head.head.lower_ == "against"):
            break  # ("warned Maduro's government against arresting Guaidó": what one is warned against is no event)
        via = head
        head = head.head
        lemma = head.lemma_.lower()
        if lemma in URGE_LEMMAS and (lemma != "call" or via.dep_ == "xcomp" or via.lower_ in ("for", "on")):
            out.add("plan")
            break
        if lemma in MODAL_OF_LEMMA:
            out.add(MODAL_OF_LEMMA[lemma])
            break
        if lemma in PLAN_LEMMAS:
            out.add("plan")
            break
    return out
