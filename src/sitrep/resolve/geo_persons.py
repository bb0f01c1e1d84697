"""Names of people a place name may stand in: a run of capitalised words ending in a name the text gives a person
elsewhere ("Marcos Cesar Feres Braga", with "Mr Braga" further on), read by the geoparser before it takes a word for a
town."""
from __future__ import annotations

import re

from sitrep.textnorm import key

__all__ = ["FULL_NAME", "TITLED_NAME", "in_persons_name", "named_after_a_town"]

# A courtesy title before a name: the name is a person's, there and wherever else the text uses it alone
# ("Mr Braga is trained in jiu-jitsu ... Braga acted quickly" is no Braga in Portugal).
TITLED_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Mme|Mlle|Madame|Monsieur|M)\.?[ \t]+([A-Z][\w'’-]+)")
_NAME_WORD = r"[A-Z][\w'’.-]*"


def in_persons_name(text: str, start: int, end: int, persons: set[str]) -> bool:
    """Whether ``start:end`` is one of three or more capitalised words in a row (on one line) whose last word
    the text uses as a person's name elsewhere ("Marcos Cesar Feres Braga", with "Mr Braga" further on)."""
    before = re.search(rf"(?:{_NAME_WORD}[ \t])+$", text[max(0, start - 60):start])
    after = re.match(rf"(?:[ \t]{_NAME_WORD})+", text[end:end + 60])
    run = ((before.group(0) if before else "") + text[start:end] + (after.group(0) if after else "")).split()
    # (a place opening the run names an office or a unit, not a person: "Kano State Governor Abdullahi Ganduje")
    return len(run) >= 3 and before is not None and key(run[-1]) in persons and key(text[start:end]) != key(run[-1]) \
        and not any(_TITLE_WORD.fullmatch(w) for w in run)


# Words of an office, a rank or a unit that a run of capitalised words before a person's name may hold.
_TITLE_WORD = re.compile(r"(?i:state|province|region|district|county|city|governor|president|minister|senator|mayor|"
                         r"general|colonel|major|captain|commander|chief|police|army|commissioner|judge|bishop|"
                         r"imam|sheikh|king|prince|emir|sultan|deputy|secretary|spokesman|spokesperson)")


# A full name as NER gives a person: two or more capitalised words.
FULL_NAME = re.compile(r"[A-Z][\w'’.]*(?: [A-Z][\w'’.]*)+")


# Words that make an organisation named after a town an institution of that town ("Mosul University", "Aleppo
# Media Center", "Misrata Brigades"): the town is still where things happen.
_INSTITUTION_WORD = re.compile(
    r"(?i:universit\w*|college|school|academy|hospital|clinic|bank|council|ministry|police|airport|airbase|dam|prison|"
    r"jail|camp|base|brigades?|battalions?|regiment|front|command|municipality|governorate|province|district|club|fc|"
    r"united|city|news|times|post|tribune|radio|tv|media|cent(?:er|re)|mosque|church|cathedral|market|stadium|port|"
    r"refinery|court|assembly|committee|authority|office|directorate|operations|military|army|revolutionaries|shura|"
    r"security|health|chamber|mall|hotel|station|field|plant|factory|company|corporation|group|forces?|"
    r"militia|movement|party|union|association|federation|institute|observatory|network|agency|press|daily)")


def named_after_a_town(org_start: int, org_end: int, start: int, end: int, text: str) -> bool:
    """Whether the organisation NER read at ``org_start:org_end`` opens with the town name at ``start:end`` and goes on
    with capitalised words that name no institution of the town ("Chinese capital and Papa Jones" is no Pápa in
    Hungary; "Mosul University" stays Mosul's)."""
    if org_start != start or org_end <= end + 1:
        return False
    words = re.findall(r"[\w'’-]+", text[end:org_end])
    return bool(words) and all(w[:1].isupper() and not _INSTITUTION_WORD.fullmatch(w) for w in words)
