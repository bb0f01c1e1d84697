"""A place name the gazetteer reads only as a town abroad, in a text about another country: the local village the
gazetteer lacks, not its foreign namesake ("Moura" in a report on Mali, "San village ... in rural Idleb")."""
from __future__ import annotations

import re

from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.geo_coherence import RIVAL_POP, names_division
from sitrep.resolve.geo_context import force_attribute, peacekeepers_nationality
from sitrep.resolve.geo_lexicon import ARABIC_ARTICLE, LOCAL_FEATURES, SECOND_DIVISION_ENDS
from sitrep.resolve.geo_scan import _Mention
from sitrep.textnorm import key

_STRAY_POP = 20_000  # a foreign town smaller than this, in a text naming only other countries, is a namesake
# (a person's name may stand between: "Hamid Karzai International Airport")
_FACILITY_AFTER = re.compile(r"[ \t]+(?:[A-Za-z][\w'’-]+[ \t]+){0,2}(?i:Centre|Center|Mall|Hotel|Plaza|Tower|Towers|Building|"
                             r"Stadium|Market|Hall|Station|Bank|Airport|University|Hospital|Mosque|Church|College|Institute)\b")
_NAME_RUNS_ON = re.compile(r"[ \t]+[A-Z][a-z]+[-'’]?[A-Z]?[a-z]*[ \t]+[A-Z]")
# A capitalised word right before a name, not opening a sentence: the name ends a longer one ("Wakit Tama").
_NAME_BEFORE = re.compile(r"(?<![.!?:\n]\s)(?<![.!?:\n])\b(?-i:[A-Z])[a-zà-ÿ]+[ \t]+\Z")
_VILLAGE_AFTER = re.compile(r"[ \t]+(?:village|hamlet|settlement)\b", re.IGNORECASE)
_VILLAGE_BEFORE = re.compile(r"\b(?:village|hamlet)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# A transliterated Arabic article, and a final "h" of a feminine ending, that one spelling writes and another drops:
# "Raqqa" is GeoNames' "Ar Raqqah" under the same name, no other of its names.
_ARTICLE = re.compile(rf"^{ARABIC_ARTICLE}[ -]")


# A bracket of divisions after a place, as ACLED's notes write them: "(Thiou, Yatenga)", "(Dori, Seno)".
_DIVISIONS_OPEN = re.compile(r"[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3}[ \t]*\([^()\n]{0,40},[ \t]*$")
_LAST_IN_DIVISIONS = re.compile(r"[ \t]*\)")


def _spelling(name: str) -> str:
    k = _ARTICLE.sub("", key(name).replace("-", " "))
    return k[:-1] if k.endswith("h") else k


def stray(gaz: Gazetteer, capitals: frozenset[int], neighbours: dict[str, frozenset[str]], m: _Mention,
          named: dict[tuple[int, ...], set[str]], mentions: list[_Mention], text: str) -> bool:
    """A small town abroad in a text about another country: "Moura" (Portugal) in a report on Mali
    that names Mali, the Malians or a Malian region, and nothing in Portugal. The gazetteer lacks the
    local town of that name; a foreign namesake would misplace the event (and name its actors). So is
    a town of any size the text calls a village and names by another of its names ("Mushu village",
    in Plateau State, is not Muş in Turkey), or a town of twenty thousand or more it calls a village ("San
    village ... in rural Idleb"). So is a town written with a division of a country it has no
    reading in ("Valencia, Sangre Grande": Trinidad's, not Venezuela's)."""
    d = gaz.data
    if m.forced and all(gaz.feature(i) in LOCAL_FEATURES for i in m.entries) \
            and not {d.country[i] for i in m.entries} & {d.country[j] for j in m.forced}:
        return True  # (not a country or a continent before a comma: "Along with Russia, Iran backs ...")
    best = max(m.scores, key=m.scores.__getitem__)
    surface = text[m.start:m.end]
    renamed = _spelling(surface) != _spelling(d.name[best])
    # (a town the text calls a village is no town of twenty thousand: "shelled San village ... in rural Idleb" is not
    # San in Mali, "in the village of Sabha in the countryside of Deir ez Zor" not Sabha in Libya)
    called_village = bool(_VILLAGE_AFTER.match(text, m.end) or _VILLAGE_BEFORE.search(text, max(0, m.start - 20), m.start))
    village = called_village and (renamed or d.population[best] >= _STRAY_POP)
    # a town reached only through another of its Latin-script names ("Boni", one of Bonn's, in a report
    # on Mali) is a namesake too, unless a capital or a city of a million, whose exonyms travel
    # ("Moscou", "Pékin"), unless the name runs on into a longer one the gazetteer lacks ("Turan Jato-Aka Kwande
    # Local Government Area of Benue State" is no Da Nang); Arabic spellings are every local town's alternate names
    # and do not count
    # (not in a text that names only other countries, none bordering the city's: "Kali mandir" beside Faridpur and
    # Dhaka is the goddess's temple, not Cali in Colombia)
    named_others = set().union(*(c for k, c in named.items() if k != m.entries)) if named else set()
    elsewhere = bool(named_others) and d.country[best] not in named_others \
        and not named_others & neighbours.get(d.country[best], frozenset())
    # (a short form of the city's own name stays its name: "Rio" for Rio de Janeiro)
    short = key(d.name[best]).startswith(key(surface) + " ")
    exonym = (d.population[best] >= 1_000_000 or best in capitals) and not _NAME_RUNS_ON.match(text, m.end) \
        and not (elsewhere and not short)
    foreign_name = renamed and surface[:1] < "\u0600" and not exonym \
        and any(o.scores and names_division(gaz, o) and d.country[max(o.scores, key=o.scores.__getitem__)] != d.country[best]
                for o in mentions)
    # (a country or a division of another country named outright, not only a nationality: "Des hélicoptères
    # russes ... dans la province d'Idleb" keeps Idlib)
    # An Arabic spelling is a common word as often as a foreign town's name ("الكشف", disclosure, is
    # Kashaf in Iran; "بارا" read "ارا" is Arrah in India), and so is a name that begins a building's
    # ("Metro Centre"): abroad, below a city of a million and off the text's map, it is a namesake.
    # (only when the text names another country outright, by its name or a division, and none bordering
    # the town's: "خان يونس" in a report naming only the Israelis is Khan Younis)
    limit = _STRAY_POP
    if (surface[:1] >= "\u0600" or _FACILITY_AFTER.match(text, m.end)) and best not in capitals:
        # (a capital names its country as plainly: "Hamid Karzai International Airport in Kabul")
        outright = {d.country[i] for o in mentions if o.entries != m.entries and o.scores
                    for i in [max(o.scores, key=o.scores.__getitem__)]
                    if gaz.feature(i) in ("country", "admin1", "admin2") or i in capitals
                    or d.population[i] >= RIVAL_POP}
        if outright - {d.country[best]} and not outright & neighbours.get(d.country[best], frozenset()):
            limit, named = 1_000_000, {**named, (): outright}  # (a large town of the text's country names it)
    if limit == _STRAY_POP and surface[:1] < "\u0600" and best not in capitals and _NAME_BEFORE.search(
            text, max(0, m.start - 30), m.start):
        # the last word of a longer name, after a capitalised word that is no place ("la coalition Wakit Tama" in a
        # report on Chad is no Tama in Tokyo): abroad and off the text's map, it is a namesake below a city of millions
        outright = {d.country[i] for o in mentions if o.entries != m.entries and o.scores
                    for i in [max(o.scores, key=o.scores.__getitem__)]
                    if gaz.feature(i) in ("country", "admin1", "admin2") or i in capitals}
        if outright - {d.country[best]} and not outright & neighbours.get(d.country[best], frozenset()):
            limit, named = 1_000_000, {**named, (): outright}
    if gaz.feature(best) in ("admin1", "admin2") and _LAST_IN_DIVISIONS.match(text, m.end) \
            and _DIVISIONS_OPEN.search(text, max(0, m.start - 60), m.start):
        return False  # the division closing an ACLED note's bracket: "in the area of Thiou (Thiou, Yatenga)"
    if gaz.feature(best) not in LOCAL_FEATURES or (d.population[best] >= limit and not (village or foreign_name)) \
            or m.forced or gaz.feature(best) == "admin2" and SECOND_DIVISION_ENDS.search(surface) \
            or "divisions" in m.support or gaz.feature(best) in ("base", "site", "airport"):
        return False  # (a named base or site has no namesake: "قاعدة التنف" is al-Tanf wherever the text is)
    others = set().union(*(c for k, c in named.items() if k != m.entries)) if named else set()
    # (a neighbour named only as a force's nationality, "Turkish forces ... shelled Tell Abiad", says who struck,
    # not where; so does any peacekeepers' nationality: "deux casques bleus tchadiens ... près d'Aguelhok")
    borders = neighbours.get(d.country[best], frozenset())
    others -= {c for c in others if all(
        peacekeepers_nationality(text, o.start, o.end) for o in mentions if o.scores and o.entries != m.entries
        and d.country[max(o.scores, key=o.scores.__getitem__)] == c)}
    others -= {c for c in others & borders if all(
        force_attribute(text, o.start, o.end) for o in mentions if o.scores and o.entries != m.entries
        and d.country[max(o.scores, key=o.scores.__getitem__)] == c)}
    if not others or d.country[best] in others:
        return False
    # no other name of the text lies in the town's country either (for Arabic spellings, no name that is
    # not itself such a town: "الكيش" and "الكشف" both read as Iranian towns do not vouch for each other)
    def vouches(o: _Mention) -> bool:
        i = max(o.scores, key=o.scores.__getitem__)
        return d.country[i] == d.country[best] and (limit == _STRAY_POP or gaz.feature(i) not in LOCAL_FEATURES
                                                    or d.population[i] >= limit or i in capitals)
    return not any(vouches(o) for o in mentions if o.entries != m.entries and o.scores)
