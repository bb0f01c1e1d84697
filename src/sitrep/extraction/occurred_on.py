"""The day an incident is told to have happened in words that name no event: "Les faits se sont produits dimanche
matin", "The incident took place on Thursday night", "وقعت الحادثة مساء الأحد", or that retell it with its day ("lors de
l'attaque de dimanche"). Such a sentence follows the report's
lead ("un homme a été lapidé à mort ..., a indiqué lundi la police") and dates what the lead told; the lead's own day
is then only the day it was reported. The phrases are the ``@occurred`` rows of ``events_{lang}.tsv``; the bare verbs
(``@took_place``: "took place", "a eu lieu") count only with the incident named again as their subject ("The assault,
which used drones and explosive devices, took place Thursday night")."""
from __future__ import annotations

import re

from ..isodates import days_between
from ..model import Mention, Sentence
from ..resolve.time import DateMention
from .incident_dates import SPOKEN_AFTER
from .incident_types import told_since
from .mentions import EventMention
from .triggers import Hit

__all__ = ["day_in_the_lead", "day_of_the_story", "day_told_occurred"]

# Only a definite article before the sentence's first event word: the incident named again ("The assault", "L'attaque").
_THE_SAME = re.compile(r"\W*(?:the|this|that|l['’]\s*|la|le|cette|cet|ce|هذا|هذه)\s*", re.IGNORECASE)
# How far from the phrase its day may be written, in characters ("Les faits se sont produits dimanche matin",
# "The incident took place in the early hours of Thursday").
_DAY_REACH = 60


def day_told_occurred(incident: EventMention, hits: list[Hit], dates: list[DateMention],
                      sentences: list[Sentence], text: str = "") -> None:
    """Give ``incident``, whose date is only the report's, the day an ``@occurred`` phrase of a later sentence tells
    (a day or a few before), when the phrase's clause tells no event of its own. ``dates`` are the document's
    resolved date expressions."""
    ev = incident.event
    if ev is None or not incident.date_reported or not ev.date or len(ev.date) < 10:
        return
    for cue in (h for h in hits if h.label in ("@occurred", "@took_place")):
        sentence = next((s for s in sentences if s.start <= cue.start < s.end), None)
        if sentence is None or sentence.start < _sentence_end(incident, sentences):
            continue
        day = next((d for d in dates if d.time_precision == 1 and d.date and len(d.date) == 10 and not d.report
                    and sentence.start <= d.start < sentence.end and d.end > d.start
                    and -_DAY_REACH <= d.start - cue.end <= _DAY_REACH), None)
        # (a phrase that retells the incident with its own event word, "lors de l'attaque de dimanche", is no other
        # event)
        retold = any(h.kind == "trigger" and cue.start <= h.start < cue.end for h in hits)
        # (and so does a sentence whose subject is the incident named again, a clause between: "The assault, which used
        # drones and explosive devices, took place Thursday night in Aguachica")
        first = next((h for h in hits if h.kind == "trigger" and sentence.start <= h.start < cue.start), None)
        named_again = first is not None and bool(_THE_SAME.fullmatch(text, sentence.start, first.start))
        if cue.label == "@took_place" and not named_again:
            continue  # (the bare verb dates only the incident named again as its subject)
        retold = retold or named_again
        if day is None or not retold and any(h.kind == "trigger" and sentence.start <= h.start < max(day.end, cue.end)
                                             for h in hits):
            continue  # (the clause tells an event of its own, whose day it is; one told after it is another's: "Les
            # faits se sont produits dimanche matin, trois jours après une affaire similaire ...")
        gap = days_between(day.date, ev.date)
        if gap is not None and 0 < gap <= SPOKEN_AFTER:
            ev.date, ev.time_precision = day.date, 1
            ev.date_text = Mention(day.text, day.start, day.end, day.confidence)
            incident.date_reported = False
            return


# How many sentences after the lead incident's own may tell its day ("Some gunmen have abducted six persons on the
# Kaduna-Abuja highway. / Confirming the incident in a statement on Monday, ... said the sad event took place on
# Sunday evening.").
_LEAD_SENTENCES = 2


def day_in_the_lead(incident: EventMention, hits: list[Hit], dates: list[DateMention], sentences: list[Sentence],
                    text: str = "") -> None:
    """Give the lead ``incident``, told with no day words and so dated by the report, the day the next sentences of
    the lead tell, a day or a few before the report, when they tell no other event: the earliest such day of the
    first sentence that tells one ("were discovered Sunday in Tudela", "had gone to the township ... on Monday")."""
    ev = incident.event
    if ev is None or ev.date_text is not None or not incident.date_reported or incident.modality != "asserted" \
            or not ev.date or len(ev.date) < 10:
        return
    own = {m.anchor.start for m in (incident, *incident.members)}
    for sentence in sentences[incident.sidx + 1:incident.sidx + 1 + _LEAD_SENTENCES]:
        if any(h.kind == "trigger" and sentence.start <= h.start < sentence.end and h.start not in own for h in hits):
            return  # (the lead goes on with another event, whose day it would be)
        days = [d for d in dates if d.time_precision == 1 and d.date and len(d.date) == 10 and not d.report
                and sentence.start <= d.start < sentence.end and d.end > d.start and not told_since(text, d.start)
                and 0 < (days_between(d.date, ev.date) or 0) <= SPOKEN_AFTER]
        if days:
            day = min(days, key=lambda d: d.date)
            ev.date, ev.time_precision = day.date, 1
            ev.date_text = Mention(day.text, day.start, day.end, day.confidence)
            incident.date_reported = False
            return


def _sentence_end(incident: EventMention, sentences: list[Sentence]) -> int:
    """Where the sentence of ``incident``'s event word ends."""
    return sentences[incident.sidx].end if 0 <= incident.sidx < len(sentences) else 0


def day_of_the_story(incidents: list[EventMention]) -> None:
    """Give an incident whose date is only the report's the day an incident told before it gives, when that one
    happened in the same place with the same named actor a day or a few earlier: the story's sentences tell one day
    ("Baloch militants on Wednesday forcibly entered the Gwadar Port Authority Complex and opened fire ... Security
    forces foiled the attack ... and killed the eight attackers")."""
    for inc in incidents:
        ev = inc.event
        if ev is None or not inc.date_reported or inc.modality != "asserted" or not ev.date or len(ev.date) < 10 \
                or ev.location is None:
            continue
        sides = {a.name for a in (ev.actor1, ev.actor2) if a is not None and a.name and a.start is not None}
        for other in incidents:
            o = other.event
            if o is None or other.date_reported or other.modality != "asserted" or other.sidx >= inc.sidx \
                    or not o.date or len(o.date) < 10 or o.location is None or o.location.name != ev.location.name \
                    or not sides & {a.name for a in (o.actor1, o.actor2) if a is not None and a.name and a.start is not None}:
                continue
            gap = days_between(o.date, ev.date)
            if gap is not None and 0 < gap <= SPOKEN_AFTER:
                ev.date, ev.time_precision, ev.date_text = o.date, o.time_precision, o.date_text
                inc.date_reported = False
                break
