"""The day of an incident told in several mentions: which mention's date words date it. Read by
:func:`sitrep.extraction.incidents.absorb` (mentions of one incident) and
:func:`sitrep.extraction.sequels.fold_sequel` (a sentence that goes on with it: "The suicide bombing occurred ... on
Wednesday")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..isodates import days_between

if TYPE_CHECKING:  # pragma: no cover
    from .mentions import EventMention

__all__ = ["DATE_CHARS", "DATE_SENTENCES", "SPOKEN_AFTER", "date_from"]

# How far (sentences) from the incident's leading mention another mention may stand and still date it,
# and how close (characters) a farther mention's date words must stand to its own trigger.
DATE_SENTENCES = 2
DATE_CHARS = 40
SPOKEN_AFTER = 3  # days a report may come after the incident it tells
DATE_LEAD_CHARS = 200  # how soon after a mention dated only by the report another may date it, in characters


def _dates_incident(main: EventMention, other: EventMention) -> bool:
    """Whether ``other``'s date may date the incident led by ``main``: a mention close to the lead, or one
    whose date words stand right at its own trigger ("the attack happened on Tuesday"). A date found
    far off in a background sentence ("captured the town in March 2019, but insurgents continue to
    ambush ...") dates that sentence's story, not the incident."""
    if abs(other.sidx - main.sidx) <= DATE_SENTENCES:
        return True
    if main.date_reported and 0 <= other.sentence.start - main.sentence.end <= DATE_LEAD_CHARS:
        # (a headline dated only by the report, then its lead, however the parser cut it: "Tunisie : Un militaire tué
        # dans l'explosion d'une mine au Mont Chaanbi" over "Alger, Algérie (ADV) – Au moins un militaire a été tué ...
        # le mercredi 03 octobre")
        return True
    dt, a = other.event.date_text if other.event is not None else None, other.anchor
    if dt is None or dt.start is None or dt.end is None:
        return False
    gap = a.start - dt.end if dt.end <= a.start else dt.start - a.end if dt.start >= a.end else 0
    return gap <= DATE_CHARS


def _told_its_own_day(main: EventMention, other: EventMention) -> bool:
    """Whether ``other``, a mention of ``main``'s incident, tells the day it happened while ``main``'s date is only
    the report's (a speaking verb's day or the publication's), a day or a few before it."""
    ev, ov = main.event, other.event
    if ev is None or ov is None or not main.date_reported or other.date_reported or other.modality != "asserted" \
            or not ev.date or not ov.date or len(ov.date) < 10 or ov.date_text is None \
            or (ov.time_precision or 9) > (ev.time_precision or 9) or not _dates_incident(main, other):
        return False
    gap = days_between(ov.date, ev.date)
    return gap is not None and 0 < gap <= SPOKEN_AFTER


def _reported_earlier(main: EventMention, other: EventMention) -> bool:
    """Whether ``main`` and ``other`` are both dated only by the day each was reported, and ``other`` names an earlier
    day, a few days before: the incident happened by the first report of it."""
    ev, ov = main.event, other.event
    if ev is None or ov is None or not (main.date_reported and other.date_reported) or ov.date_text is None \
            or other.modality != "asserted" or not ev.date or not ov.date or len(ov.date) < 10 \
            or (ov.time_precision or 9) > (ev.time_precision or 9) or not _dates_incident(main, other):
        return False
    gap = days_between(ov.date, ev.date)
    return gap is not None and 0 < gap <= SPOKEN_AFTER


def date_from(main: EventMention, other: EventMention) -> None:
    """Date ``main``'s incident by ``other``, another mention of it, where ``other`` tells the day more precisely
    or tells the day it happened while ``main`` has only the report's."""
    ev, ov = main.event, other.event
    if ev is None or ov is None:
        return
    if (ev.time_precision or 9) > (ov.time_precision or 9) and ov.date and _dates_incident(main, other) \
            and not (other.date_reported and ov.date_text is None and ev.date_text is not None):
        # (a mention with no date words of its own, dated only by the report, tells no day: "depuis ce dimanche 2
        # juillet" stays the fighting's day though "ces accrochages" later in the report is dated by the report)
        ev.date, ev.time_precision, ev.date_text = ov.date, ov.time_precision, ov.date_text
        # (the day now comes from that mention: reported or told as the incident's, as it was there; a day told there
        # is not overridden by an earlier day a third mention tells, "after two separate roadside bombs on Wednesday")
        main.date_reported = other.date_reported
    elif _reported_earlier(main, other):
        # ("أفاد الجيش الاسرائيلي، اليوم الثلاثاء، بمقتل 5 جنود", then "وكانت وسائل إعلام عبرية قد أفادت الاثنين، أن خمسة
        # جنود إسرائيليين قُتلوا": an incident reported on Monday happened by Monday)
        ev.date, ev.time_precision, ev.date_text = ov.date, ov.time_precision, ov.date_text
    elif _told_its_own_day(main, other):
        # "killed in a clash ..., the military said on Friday (Feb 15)", then "the clash took place around 9.40pm
        # on Thursday night": the day the incident is told to have happened, not the day it was spoken of
        ev.date, ev.time_precision, ev.date_text = ov.date, ov.time_precision, ov.date_text
        main.date_reported = False
