"""Which of the dates a text gives may date an event: not a date inside a quoted name ("the "April 6 Youth
Movement""), nor one that names a place ("July 7 neighbourhood", "rue du 18 Juin", "شارع 26 سبتمبر"), nor a part of
the day told right after its date ("On 7 February 2022, overnight ...": the night of that day, not the day before);
and which date only the report (a dateline's: "YAOUNDE, Aug. 10 (Xinhua) --"; a page's stamp: "2022-08-11 01:26:30")."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Sequence

from ..textnorm import in_a_quoted_name
from .geo_context import DATELINE_TOWN_BEFORE

if TYPE_CHECKING:  # pragma: no cover
    from .time import DateMention

__all__ = ["dates_that_date", "in_a_place_name", "in_a_stamp", "in_dateline", "names_an_occasion", "spoken_day"]


# A place named after a date: "July 7 neighbourhood", "26 September Street", "rue du 18 Juin", "شارع 26 سبتمبر".
# (or a movement: "March 23 Movement", "Mouvement du 23 mars (M23)", "حركة 23 مارس")
_PLACE_NOUN_AFTER_DATE = re.compile(r"[ \t]+(?:neighbou?rhood|district|street|square|avenue|bridge|road|quarter|"
                                    r"stadium|camp|roundabout|movement)\b", re.IGNORECASE)
_PLACE_NOUN_BEFORE_DATE = re.compile(r"(?:\b(?:rue|avenue|place|boulevard|pont|quartier|stade|camp|mouvement)\s+"
                                     r"(?:du\s+|de\s+la\s+)?|(?:شارع|ميدان|جسر|حي|دوار|مخيم|حركة)\s+)$", re.IGNORECASE)


# An occasion a date names: "materials for the 2020 November election", "ahead of the 12 June polls", "l'élection
# présidentielle du 27 décembre": the vote's day, not the event's.
_OCCASION_AFTER_DATE = re.compile(r"[ \t]+(?:(?:presidential|general|legislative|parliamentary|local|municipal)[ \t]+)?"
                                  r"(?:elections?|polls|vote|referendum)\b", re.IGNORECASE)
_OCCASION_BEFORE_DATE = re.compile(r"\b(?:élections?|scrutin|référendum)(?:\s+(?:présidentielle|législatives?|"
                                   r"municipales?|générales?|locales?))?\s+du\s+$", re.IGNORECASE)


def names_an_occasion(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is the day of a vote the text names, not of what it reports."""
    return bool(_OCCASION_AFTER_DATE.match(text, end) or _OCCASION_BEFORE_DATE.search(text, max(0, start - 40), start))


def in_a_place_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a date's words) names a place: "the Ad Dubyani area of July 7 neighbourhood",
    "rue du 18 Juin", "شارع 26 سبتمبر" date nothing."""
    # (a day and month name places, a weekday does not: "the Champs-Elysees boulevard Thursday night")
    return any(ch.isdigit() for ch in text[start:end]) and bool(
        _PLACE_NOUN_AFTER_DATE.match(text, end) or _PLACE_NOUN_BEFORE_DATE.search(text, max(0, start - 30), start))


# A dateline's town before the date, and the agency and dash after it: "YAOUNDE, Aug. 10 (Xinhua) --",
# "Bamako, 3 juin 2024 (AFP) -": the day the report was filed.
_DATELINE_AGENCY = re.compile(r"\s*(?:,?\s*\d{4})?\s*(?:\([^)]{1,30}\))?\s*[-—–]")


# The dateline written with the agency and the date in one bracket: "CAGAYAN DE ORO (MindaNews / 10 August) —".
_AGENCY_SLASH_BEFORE = re.compile(r"[^\W\d][^\n(]{0,40}\(\s*[^()/\n]{1,30}/\s*")
_BRACKET_DASH_AFTER = re.compile(r"\s*\)\s*[-—–]")


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is a dateline's: the report's day, not the event's."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:line_start + 1].isupper() and _AGENCY_SLASH_BEFORE.fullmatch(text, line_start, start) \
            and _BRACKET_DASH_AFTER.match(text, end, end + 10):
        return True
    return bool(DATELINE_TOWN_BEFORE.fullmatch(text, line_start, start)) and text[line_start].isupper() \
        and bool(_DATELINE_AGENCY.match(text, end, end + 40))


# A clock time right after a date, with no word between: a page's stamp ("Source: Xinhua| 2022-08-11 01:26:30|Editor").
_STAMP_TIME = re.compile(r"\s*(?:[|,-]\s*)?\d{1,2}:\d{2}(?::\d{2})?\b")


def in_a_stamp(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is a page's time stamp, the report's day: "2022-08-11 01:26:30"."""
    return any(ch.isdigit() for ch in text[start:end]) and bool(_STAMP_TIME.match(text, end))


# The word that opens what was said, right after a day written between a speaking verb and it: "وقال التنظيم في بيان
# نشره على مواقع إلكترونية تابعة له، الثلاثاء 20 ديسمبر/كانون الأول، إن 4 من عناصره ... شنوا هجوما", "the group said in a
# statement posted on its website on Tuesday that ...".
_THAT_AFTER = re.compile(r"[\s,،]*(?:that\b|que\b|qu['’]|(?:إن|أن|بأن)(?!\w))", re.IGNORECASE)
_SAID_REACH = 15  # words back from such a day to its speaking verb, within the sentence


def _speaking(t: Any) -> bool:
    return t.cat == "lex" and t.has("speech")


def spoken_day(toks: Sequence[Any], m: "DateMention", text: str) -> bool:
    """Whether the date ``m`` is the day something was said, not of what it tells: right after a speaking verb ("said
    Tuesday", "a revendiqué, le samedi 14 novembre, ..."), right before one ("Singh on Thursday announced that ...
    ambush ... on Saturday"), or between one and what was said (see ``_THAT_AFTER``). ``toks`` are the date scanner's
    tokens (``cat`` lex/digits/hard/soft/word; speaking verbs are the ``speech`` rows of ``dates.tsv``)."""
    k = next((j for j, t in enumerate(toks) if t.start >= m.start), len(toks))
    for j in range(k - 1, max(-1, k - 5), -1):
        t = toks[j]
        if t.cat in ("hard", "soft"):  # (but "a revendiqué, le samedi 14 novembre, l'une des ... attaques")
            if t.cat == "soft" and j > 0 and _speaking(toks[j - 1]):
                return True
            # (nor a speaking verb then its subject: "أفاد الجيش الاسرائيلي، اليوم الثلاثاء، بمقتل 5 جنود")
            if t.cat == "soft" and any(_speaking(toks[i]) and all(x.cat == "word" for x in toks[i + 1:j])
                                       for i in range(max(0, j - 4), j - 1)):
                return True
            break
        if _speaking(t):
            return True
    after = next((j for j, t in enumerate(toks) if t.start >= m.end), len(toks))
    if after < len(toks) and _speaking(toks[after]) and not text[m.end:toks[after].start].strip():
        return True
    if not _THAT_AFTER.match(text, m.end):
        return False
    for j in range(k - 1, max(-1, k - _SAID_REACH - 1), -1):
        if toks[j].cat == "hard":
            return False
        if _speaking(toks[j]):
            return True
    return False


def dates_that_date(text: str, found: list["DateMention"]) -> list["DateMention"]:
    """``found`` without the dates that date no event (see the module docstring)."""
    kept = [m for m in found if m.end > m.start and not in_a_quoted_name(text, m.start, m.end)
            and not in_a_place_name(text, m.start, m.end) and not names_an_occasion(text, m.start, m.end)]
    return [m for m in kept if not (m.kind == "relative" and any(
        o.kind == "absolute" and o.time_precision == 1 and 0 <= m.start - o.end <= 3 and not text[o.end:m.start].strip(" ,")
        for o in kept))]
