"""Protest mentions read across their sentence and the next: the outcome told after a protest, and arrests
made ahead of a protest that has not happened."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Sentence
from .classify import worse_protest_outcome
from .triggers import Hit

if TYPE_CHECKING:  # pragma: no cover
    from .mentions import EventMention

PROTESTS = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters")


def protest_outcome_told_after(i: int, sents: list[Sentence], by_sent: list[list[Hit]],
                                per_sentence: list[list[EventMention]]) -> None:
    """"Students protested in Dhaka. Police fired rubber bullets and tear gas; 27 people were killed.": what
    the next sentence (with no event of its own), or the one after a sentence with no event at all, tells of
    the police or the crowd is the outcome of the protest of sentence ``i``; its mention takes that outcome
    and spans the sentences."""
    if any(m.specific for m in per_sentence[i + 1]):
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
            # (each sentence's motive is its own: "The group demands job security." leaves the next sentence's
            # "Police dispersed the group" an outcome)
            after = [h for k in range(i + 1, j + 1) for h in _before_motive(by_sent[k])]
            outcome = worse_protest_outcome(m.sub, by_sent[i], after)
            if outcome is not None:
                m.told_as, m.sub, m.hits = m.sub, outcome, by_sent[i] + after
                m.sentence = Sentence(sents[i].start, sents[j].end)
                break


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
