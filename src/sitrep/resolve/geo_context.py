"""What the words around a gazetteer match say of it: a dateline, a masthead, an apposition that calls
it a place, the word before it, the start of a sentence; and which neighbouring tokens may be words of
one name. Pure functions over the text, used by :class:`sitrep.resolve.geo.Geoparser`."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.model import Entity
from sitrep.resolve.geo_lexicon import (
    APPOSITION_ARTICLES, APPOSITION_FILLERS, APPOSITION_PLACE_NOUNS, DIRECTION_WORDS, DOLLAR_AFTER, DOLLAR_BEFORE, MEDIA_NOUNS,
)

if TYPE_CHECKING:  # pragma: no cover
    from sitrep.resolve.geo_scan import _Mention

# spaces, hyphens, apostrophes; or the elided "N'" the tokenizer drops inside a name ("Fada N'Gourma")
_GAP_OK = re.compile(r"^(?:[ \-']{1,3}| n['’])$")
_DOT_GAP = re.compile(r"^\. ?$")


def abbreviation(s: str) -> bool:
    """Whether ``s`` is written as initials with dots ("U.S.", "D.R.C.")."""
    return bool(re.fullmatch(r"(?:[A-Z]\.){2,}", s))


def may_join(ftext: str, a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    """Whether two neighbouring tokens may be words of one name (spaces, hyphens, initials' dots)."""
    gap = ftext[a[1]:b[0]]
    if gap == " " or _GAP_OK.match(gap) or (gap.isspace() and gap.count("\n") <= 1):
        return True
    return bool(_DOT_GAP.match(gap)) and len(a[2]) == 1


def inside_longer(m: _Mention, ents: list[Entity], label: str | frozenset[str]) -> bool:
    """Whether an NER entity with one of ``label`` strictly contains the match ``m``."""
    labels = {label} if isinstance(label, str) else label
    return any(e.label in labels and e.start <= m.start and m.end <= e.end and e.end - e.start > m.end - m.start
               for e in ents)


# What may stand between a dateline's place and its dash: a region in brackets, a state or a date after a
# comma, the agency ("EDMONTON, Ky. (WBKO) —", "Naplouse (Cisjordanie), 9 janvier 2024 -",
# "Bamako, 3 juin 2024 (AFP) -", "KYIV, June 12 (Reuters) -").
_DATELINE_DATE = r"\d{1,2}(?:er|st|nd|rd|th)?\s+[^\W\d]+\.?(?:\s+\d{4})?|[^\W\d]+\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
_DATELINE_TAIL = re.compile(r"\s*(?:\([^)]{1,30}\))?\s*(?:,\s*(?:" + _DATELINE_DATE + r"|[A-Z][\w.]*\.?(?:\s[A-Z][\w.]*)?))?"
                            r"\s*(?:\([^)]{1,30}\))?\s*[-—–]"
                            # "دبي، الإمارات العربية المتحدة (CNN)--": an Arabic dateline, its country after the comma
                            r"|\s*،\s*[\u0621-\u064A ]{2,40}?\s*\([^)]{1,30}\)\s*[-—–]")

# A dateline's town and its comma, before its country; the agency and the dash after the country.
DATELINE_TOWN_BEFORE = re.compile(r"\s*[^\W\d][^\n.!?:;,،]{0,30}[,،]\s*")
_AGENCY_DASH = re.compile(r"\s*\([^)]{1,30}\)\s*[-—–]")


def dateline(text: str, m: _Mention) -> bool:
    """"EDMONTON, Ky. (WBKO) —", "TORRINGTON —", "Bamako, 3 juin 2024 (AFP) -": a place name opening a
    line, then a dash or comma."""
    line_start = text.rfind("\n", 0, m.start) + 1
    if text[line_start:m.start].strip():
        # the country after the town ("دبي، الإمارات العربية المتحدة (CNN)--", "GAO, Mali (AP) —")
        return bool(DATELINE_TOWN_BEFORE.fullmatch(text, line_start, m.start)) \
            and bool(_AGENCY_DASH.match(text, m.end, m.end + 40))
    # (a town in capitals before a colon too, as South Asian papers write it: "BANGKOK: An airstrike ...",
    # "PESHAWAR: ...")
    return bool(_DATELINE_TAIL.match(text, m.end, m.end + 60)) or bool(re.match(r",\s*[A-Z]|\s*:\s", text[m.end:m.end + 3])
                                                                      and text[m.start:m.end].isupper())


def hyphened_syllable(text: str, start: int, end: int) -> bool:
    """Two letters hyphened to a word are its first syllable, no place: "Ol-moran" is not Norway's Ål."""
    return end - start <= 2 and end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha()


def sentence_initial(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence (capitals there say nothing of a name)."""
    j = start - 1
    while j >= 0 and text[j] in " \t\"'“‘«(":
        j -= 1
    return j < 0 or text[j] in ".!?\n:;"


def whole_word(text: str, start: int, end: int) -> str:
    """The word the match ``start:end`` lies in (with the proclitics the scan took off: "وزاريا" for "زاريا")."""
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end]


def prev_word(text: str, start: int) -> str:
    """The word before ``start``, lower-cased ("" when none)."""
    m = re.search(r"(\w+)['’]?\W{0,3}$", text[max(0, start - 40):start])
    return m.group(1).lower() if m else ""


def masthead(text: str, end: int) -> bool:
    """Whether a media noun follows the name ("the Sana news agency")."""
    m = re.match(r"[ \t]+([A-Za-z]+)", text[end:end + 20])
    return m is not None and m.group(1).lower() in MEDIA_NOUNS


# The names of the United States a dollar is qualified with.
_US_NAMES = frozenset({"us", "u.s", "usa", "united states", "america", "american", "américain", "américaine",
                       "americain", "americaine", "الأمريكي", "الأميركي", "الامريكي", "الاميركي"})


# A nationality or country that qualifies a force: "Turkish forces", "Israeli jets", "pro-Turkey factions",
# "Turkey-backed rebels", "forces turques", "القوات التركية".
_FORCE_AFTER = re.compile(r"(?:[ \t]+(?:military|army|armed|air|security|border|special|government|backed|"
                          r"allied|affiliated|supported))*[ \t-]+(?:forces?|troops?|army|military|soldiers?|jets?|"
                          r"warplanes?|aircraft|planes?|drones?|helicopters?|artillery|navy|police|gendarmerie|"
                          r"militias?|factions?|rebels?|fighters?|backed|led|affiliated|supported|proxies)\b", re.IGNORECASE)
_FORCE_BEFORE = re.compile(r"(?:\b(?:pro|anti)-|\b(?:forces|troupes|armée|soldats|militaires|avions|drones|milices|"
                           r"policiers|gendarmes)\s+)$|"
                           r"(?:القوات|الجيش|الطيران|الطائرات|المسيرات|الميليشيات)\s+$", re.IGNORECASE)


def force_attribute(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` (a nationality or a country) only says whose forces act: "Turkish
    forces", "pro-Turkey factions", "Turkey-backed rebels", "forces turques", "القوات التركية"."""
    return bool(_FORCE_AFTER.match(text, end) or _FORCE_BEFORE.search(text, max(0, start - 20), start))


_PEACEKEEPERS_BEFORE = re.compile(r"\b(?:casques\s+bleus|soldats\s+de\s+la\s+paix|peacekeepers)\s+$|"
                                  r"(?:قوات|جنود)\s+حفظ\s+السلام\s+$", re.IGNORECASE)
_PEACEKEEPERS_AFTER = re.compile(r"\s+(?:UN\s+)?peacekeepers?\b", re.IGNORECASE)


def peacekeepers_nationality(text: str, start: int, end: int) -> bool:
    """Whether the nationality at ``text[start:end]`` is that of UN peacekeepers ("casques bleus tchadiens",
    "Chadian peacekeepers"), who serve abroad."""
    return bool(_PEACEKEEPERS_AFTER.match(text, end) or _PEACEKEEPERS_BEFORE.search(text, max(0, start - 24), start))


def currency(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the name is the United States' in "the US dollar" (see ``DOLLAR_AFTER``): in English the noun
    comes after the name, in French and Arabic before the adjective ("le dollar américain", "الدولار الأمريكي")."""
    if text[start:end].lower().rstrip(".") not in _US_NAMES:
        return False
    if lang in ("fr", "ar"):
        return bool(DOLLAR_BEFORE.search(text, max(0, start - 12), start))
    return bool(DOLLAR_AFTER.match(text, end))


def cue_after(text: str, end: int) -> bool:
    """Whether an apposition right after the name calls it a place ("Zinjibar, chef-lieu de ...",
    "Dablo, une commune de ...", "Kidal, a town in ...")."""
    m = re.match(r"\s*,\s*((?:[\w'’-]+\s+){0,4}[\w'’-]+)", text[end:end + 60])
    if m is None:
        return False
    words = re.split(r"[\s'’]+", m.group(1).lower())
    if words[0] not in APPOSITION_ARTICLES and words[0] not in APPOSITION_PLACE_NOUNS:
        return False  # "..., Southern District of Ohio": a list, not an apposition
    for n, word in enumerate(words):
        if word in APPOSITION_PLACE_NOUNS:
            after = words[n + 1] if n + 1 < len(words) else ""
            return not after.startswith(("council", "hall", "official", "mayor", "crier", "elder", "chief"))
        if word not in APPOSITION_FILLERS:
            return False
    return False


# A part of the place named after a direction ("le Sud de la bande de Gaza", "the North of Mali").
DIRECTION_OF = re.compile(r"\s+(?:de\s+la|du|des|de\s+l['’]|d['’]|de|of\s+the|of)\s", re.IGNORECASE)


def direction_word(k: str) -> bool:
    """Whether the folded name ``k`` is a compass direction ("sud", "nord ouest" for "Nord-ouest")."""
    return k in DIRECTION_WORDS or k.replace(" ", "-") in DIRECTION_WORDS


def inside_bracket(e: Entity) -> Entity:
    """A label that opens a bracket it does not close ("Ouadda (Ouadda, Ouadda" ORG, "Fongba (Lokossa, Mono"
    WORK_OF_ART), NER's guess over ACLED's "Town (division, division)", kept for the names inside the bracket only:
    it says nothing of the town before it."""
    cut = e.text.find("(")
    if cut < 0 or e.text.count("(") <= e.text.count(")"):
        return e
    return Entity(e.start + cut + 1, e.end, e.label, e.text[cut + 1:])


# A capitalised name, its kind word perhaps, then the bracket a district opens in ("Marwahin (Tyr)", "the Hamoul valley
# and Ain Az Zarqa area (Tyr)").
_NAME_THEN_BRACKET = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:area|valley|village|town|outskirts|camp|plain|hills?|forest))?"
                                r"\s\($")


def district_in_bracket(text: str, start: int, end: int) -> bool:
    """Whether the name from ``start`` to ``end`` stands alone in a bracket right after a capitalised name, as ACLED
    writes the district of a village the gazetteer may lack ("an Israeli drone struck the outskirts of Marwahin
    (Tyr)")."""
    return bool(_NAME_THEN_BRACKET.search(text, max(0, start - 40), start)) and text[end:end + 1] == ")"


def ends_a_name(label: str, start: int, end: int, m_start: int, m_end: int, text: str) -> bool:
    """Whether the NER name at ``start:end`` (a person's, a firm's or a facility's, not a country's or a region's) ends
    with the match at ``m_start:m_end`` after two or more capitalised words: a full name whose last word the gazetteer
    knows as a town ("Gadidche Ladieh Omar", NER: FAC)."""
    if label in ("GPE", "LOC") or end != m_end or start >= m_start:
        return False
    words = text[start:m_start].split()
    return len(words) >= 2 and all(w[:1].isupper() and w[-1:].isalpha() for w in words)
