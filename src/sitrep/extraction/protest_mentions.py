"""Protest mentions read across their sentence and the next: the outcome told after a protest, and arrests
made ahead of a protest that has not happened."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..model import Sentence
from .classify import worse_protest_outcome
from .triggers import Hit

if TYPE_CHECKING:  # pragma: no cover
    from .mentions import EventMention

PROTESTS = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters")


def protest_outcome_told_after(i: int, sents: list[Sentence], by_sent: list[list[Hit]],
                                per_sentence: list[list[EventMention]], text: str) -> None:
    """"Students protested in Dhaka. Police fired rubber bullets and tear gas; 27 people were killed.": what
    the next sentence (with no event of its own), or the one after a sentence with no event at all, tells of
    the police or the crowd is the outcome of the protest of sentence ``i``; its mention takes that outcome
    and spans the sentences."""
    if any(m.specific for m in per_sentence[i + 1]):
        return
    if _another_year(sents[i], sents[i + 1], text):
        # ("people protested ... against the possible arrest of activist Serhiy Sternenko ... Sternenko stabbed a man
        # in self-defence during the third attack on him in Odessa on 24 May 2018": what the next sentence dates to
        # another year is the story behind the protest, not its outcome)
        return
    # ("The group parked their cars and tried to talk with a Minister. The police officers tried to disperse
    # them": a sentence with no event of its own may stand between the protest and its outcome)
    # (nor is its arrests' event another: "The group demands job security. Police dispersed the group and
    # arrested 5 people")
    last = i + 2 if i + 2 < len(sents) and not per_sentence[i + 1] and not any(
        m.specific and m.sub != "Arrests" for m in per_sentence[i + 2]) else i + 1
    for m in per_sentence[i]:
        if m.sub in ("Violent demonstration", "Mob violence") \
                and any(h.label in ("@intervene", "@lethal") for h in by_sent[i + 1]):
            m.met_by = sents[i + 1]
            continue
        for j in range(i + 1, last + 1):
            if j > i + 1 and _another_year(sents[i], sents[j], text):
                break  # (the sentence after the one between: "It marks the day in 1990 that violent protests broke out")
            # (each sentence's motive is its own: "The group demands job security." leaves the next sentence's
            # "Police dispersed the group" an outcome)
            after = [h for k in range(i + 1, j + 1) for h in _before_motive(by_sent[k])]
            outcome = worse_protest_outcome(m.sub, by_sent[i], after)
            if outcome is not None:
                m.told_as, m.sub, m.hits = m.sub, outcome, by_sent[i] + after
                m.sentence = Sentence(sents[i].start, sents[j].end)
                break


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _another_year(protest: Sentence, after: Sentence, text: str) -> bool:
    """Whether the sentence ``after`` names a year and none that ``protest`` names."""
    told = set(_YEAR.findall(text, after.start, after.end))
    return bool(told) and not told & set(_YEAR.findall(text, protest.start, protest.end))


def _before_motive(hits: list[Hit]) -> list[Hit]:
    """A sentence's hits before its first grievance or spark marker (see ``worse_protest_outcome``)."""
    cut = next((h.start for h in hits if h.label in ("@grievance", "@spark")), None)
    return hits if cut is None else [h for h in hits if h.start < cut]


def arrests_before_a_protest(sub: str, anchor: Hit, hits: list[Hit]) -> Hit | None:
    """The arrest word told before a protest that is still to come ("police arrested more than 500 members of
    CHADEMA ahead of a banned rally"): the arrests happened, and are the sentence's event; else None.
    ``anchor`` is the protest word of a mention of ``sub``, ``hits`` its sentence's lexicon hits."""
    if sub not in PROTESTS:
        return None
    return next((h for h in hits if h.kind == "trigger" and h.label == "Arrests" and h.end <= anchor.start), None)


# Dependency labels of the one an arrest verb or noun is done to, in spaCy's English and French models
# ("protesters were arrested": nsubjpass / nsubj:pass; "police arrested protesters": dobj / obj; "the arrest
# of protesters": the object of "of"/"de").
_PATIENT_DEPS = frozenset({"nsubjpass", "nsubj:pass", "dobj", "obj"})
_PARTICIPLE_DEPS = frozenset({"acl", "amod", "acl:relcl"})
# Arabic has no parse here: an arrest noun followed within this many words by the crowd's word
# ("اعتقال عدد من المتظاهرين") arrested that crowd.
_AR_ARREST_GAP_WORDS = 3


def protesters_arrested(ctx: Any, hits: list[Hit]) -> list[Hit]:
    """An intervention cue on each arrest word whose arrested are the protesters ("Plusieurs manifestants ont
    été arrêtés", "des manifestants contre la vie chère arrêtés à Dakar", "اعتقال عدد من المتظاهرين"): arresting
    a crowd is intervening in its protest (ACLED codebook 2023 §Protest with intervention), though no police
    force is named. Arrests told as the crowd's grievance ("protest against the arrest of their leader") are
    of others, and get none."""
    crowd = [h for h in hits if h.kind == "trigger" and h.label == "@protest"]
    arrests = [h for h in hits if h.kind == "trigger" and h.label == "Arrests"]
    if not crowd or not arrests:
        return []
    out: list[Hit] = []
    for h in arrests:
        if _arrested_are_crowd(ctx, h, crowd):
            out.append(Hit(h.start, h.end, h.text, "@intervene", 2.5, "cue", h.token, h.ntok))
    return out


def _arrested_are_crowd(ctx: Any, arrest: Hit, crowd: list[Hit]) -> bool:
    doc = ctx.parsed
    if doc is None:
        if ctx.lang != "ar":
            return False
        return any(0 < c.token - (arrest.token + arrest.ntok) + 1 <= _AR_ARREST_GAP_WORDS for c in crowd)
    span = doc.char_span(arrest.start, arrest.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    patients = [c for c in tok.children if c.dep_ in _PATIENT_DEPS]
    if tok.dep_ in _PARTICIPLE_DEPS and tok.pos_ in ("VERB", "ADJ"):
        patients.append(tok.head)
    for c in tok.children:  # "the arrest of protesters", "l'arrestation de manifestants"
        if c.dep_ in ("prep", "nmod") and c.lower_ in ("of", "de", "des", "d'"):
            patients.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in ("de", "des", "d'") for g in c.children):
            patients.append(c)
    return any(c.start <= p.idx < c.end for p in patients for c in crowd)
