"""Places written with the divisions they lie in: "Jos (Plateau)", "Bulo Marer (Marka, Lower Shabelle)".

ACLED's notes and many wires write a town so. Where some reading of the name lies in some reading of
every division in the parenthesis, the name is a place (short or small as it may be) and both keep
only the readings that agree; where none lies even in their country, the gazetteer lacks the town.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..textnorm import key
from .gazetteer import km
from .geo_lexicon import LOCAL_FEATURES

if TYPE_CHECKING:  # pragma: no cover
    from .gazetteer import Gazetteer
    from .geo_scan import _Mention

_AREAS = ("admin1", "admin2", "country", "demonym")
# "Town (District, Province)": the parenthesis after a name, and what may sit in it besides names.
_PARENTHESIS = re.compile(r"\(([^()\n]{2,80})\)")
# What may stand between the town and its parenthesis: "Nasir county (Upper Nile)", "Debre Markos town (...)".
# ("Naushera sector area (Rajouri district, J&K)": ACLED's India notes name a stretch of the Line of Control so)
_SETTLEMENT_NOUN = re.compile(r"[ \t]*(?:(?:town|village|city|county|district|sector[ \t]+area|sector|area|locality|commune|municipality|"
                              r"township|village tract|tehsil|woreda|kebele|LGA|sub-?district|"
                              r"ville|localité|secteur)[ \t]*)?")
# A division named after a town: ", dans le cercle de", ", dans la province du", ", in the ... district of".
_DIVISION_PHRASE = re.compile(
    # a village told as one of a division: "Siéna, un village du département de Yaba dans la province du Nayala",
    # "Kouré, une localité de la région de Tillabéri"
    r",\s*(?:un|une)\s+(?:village|localité|commune|bourgade|hameau)\s+(?:situé\w*\s+)?(?:(?:du|de\s+la)\s+(?:département|"
    r"commune)\s+d[eu']\s*[\w'’-]+\s+)?(?:(?:dans|en)\s+(?:le|la|l['’])\s*|d[eu]\s+|de\s+la\s+|de\s+l['’])(?P<noun>cercle|région|"
    r"province|département|commune|préfecture|territoire|district|wilaya|gouvernorat)\s+(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|"
    r"des\s+|d['’])"
    # a part of a country or province: ", dans le centre du Mali", ", in northern Nigeria", ", in the north of"
    r"|,\s*dans\s+l[e'’]\s*(?:centre|nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest|extrême[- ]nord)"
    r"\s+(?:du\s+|de\s+la\s+|de\s+l['’]|des\s+|d['’])"
    r"|,\s*in\s+(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)ern|central)\s+"
    r"|,\s*in\s+the\s+(?:north|south|east|west|centre|center|northeast|northwest|southeast|southwest)\s+of\s+"
    # a division by its noun: ", dans le cercle de Nara", ", in the district of Bama"
    r"|,?\s*(?:(?:dans|en)\s+(?:le|la|l['’])\s*(?:(?:cercle|région|province|département|commune|préfecture|"
    r"territoire|district|wilaya|gouvernorat)\s+(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+|d['’]))?"
    r"|in\s+(?:the\s+)?(?:district|province|region|county|state|governorate|department|prefecture|territory)"
    r"\s+of\s+)", re.IGNORECASE)
# "Kani township, Sagaing Region", "Eastleigh, Nairobi": a town, maybe its noun, a comma.
_COMMA_AFTER = re.compile(r"(?:[ \t]+(town|village|city|township|village tract|tehsil|woreda|kebele|LGA|"
                          r"sub-?district|locality|commune|ville|localité|secteur))?[ \t]*,[ \t]*")
# "à une quinzaine de kilomètres de", "à 20 km au nord de", ", 70 km from", "some 30 kilometres north of"
_DISTANCE_FROM = re.compile(
    r",?[ \t]+(?:(?:à|a|située?s?[ \t]+à|some|about|around)[ \t]+)?(?:(?:une|un|environ|près[ \t]+de|plus[ \t]+de|moins[ \t]+de)[ \t]+)?"
    r"(?:\d+(?:[.,]\d+)?|[a-zéè]+aine[ \t]+de)[ \t]*(?:km|kilom[eè]tres?|kilometers?|kilometres?|miles?)[ \t]+"
    r"(?:(?:au|à[ \t]+l['’]|north|south|east|west|northeast|northwest|southeast|southwest)[ \t]*(?:nord|sud|est|ouest|nord-est|"
    r"nord-ouest|sud-est|sud-ouest)?[ \t]*)?(?:de|d['’]|du|des|of|from)[ \t]*", re.IGNORECASE)
# How far a town told by its distance from another may lie from it (the distances told are tens of km).
_NEAR_KM = 150.0
_LONGER_NAME_COMMA = re.compile(r"(?:[ \t]+(?-i:[A-Z])[\w'’-]+){1,2}[ \t]+(town|village|city|township|district)"
                                r"[ \t]*,[ \t]*"
                                # (or a Spanish or French name's particle and last words: "San Juan de los Cerritos, San
                                # Luis de Potosi", ACLED's Mexico row; the town is no San Juan of Puerto Rico)
                                r"|[ \t]+(de(?:[ \t]+l[ao]s?|l)?|du|des)[ \t]+(?-i:[A-Z])[\w'’-]+[ \t]*,[ \t]*")
_UNKNOWN_NAME = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
_DIVISION_WORD = (r"\b(?:state|province|region|district|governorate|county|municipality|department|prefecture|"
                  r"oblast|division|township|wilaya|région|département|préfecture|cercle|commune|"
                  r"regency|woreda|upazila|payam|tehsil|LGA)\b")
_DIVISION_FILLER = re.compile(rf"(?:[\s,]|{_DIVISION_WORD})*", re.IGNORECASE)
_DIVISION_WORDS = re.compile(_DIVISION_WORD, re.IGNORECASE)
_DIVISION_AFTER = re.compile(r"[ \t]+" + _DIVISION_WORD, re.IGNORECASE)

# ACLED's "in Town, Division," (the note's place, then its first-level division) and what may end the division.
_AFTER_TOWN = re.compile(r"\b(?:in|near|at)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3},\s*$")
_DIVISION_END = re.compile(r"\s*[,.;)]")
# A list of places goes on after the name ("Paris, Belgium and Germany"); a bracketed list of divisions ends.
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*|\s+(?:and|et)\s+)(?-i:[A-Z])")
_CLOSES_LIST = re.compile(r"[ \t]*\)")
# Kinds of division only one country has (Nigeria's local government areas, Ethiopia's woredas and kebeles,
# Bangladesh's upazilas, South Sudan's payams): one named in a bracket says whose division ends it ("(Muya LGA,
# Niger)" is Nigeria's Niger State, not the country Niger; ACLED's Nigeria rows)
_ONE_COUNTRYS_KIND = {"lga": "NG", "woreda": "ET", "kebele": "ET", "upazila": "BD", "payam": "SS"}
_KIND_WORD = re.compile(r"\b(" + "|".join(_ONE_COUNTRYS_KIND) + r")\b", re.IGNORECASE)
_OPENS_ITEM = re.compile(r"[(,][ \t]*\Z")
# A first-level division by its noun: "Donetsk region", "Niger State", "la région de Kayes", "ولاية الجزيرة".
DIVISION_NOUN_AFTER = re.compile(r"[ \t]+(?:region|oblast|province|state|governorate|prefecture)\b", re.IGNORECASE)
_DIVISION_NOUN_BEFORE = re.compile(r"\b(?:(?:la\s+)?(?:région|province|préfecture|wilaya)\s+(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+|d['’])"
                                   r"|(?:the\s+)?(?:region|province|state|governorate)\s+of\s+"
                                   r"|(?:ولاية|محافظة|إقليم)\s+)$", re.IGNORECASE)


def towns_with_divisions(gaz: "Gazetteer", text: str, scanned: list["_Mention"], mentions: list["_Mention"]) -> None:
    """"Jos (Plateau)", "Bulo Marer (Marka, Lower Shabelle)", "Kyauk Kar village (Kani, Sagaing)": a name
    followed by the divisions it lies in, the way ACLED's notes and many wires write it; inside the
    parenthesis, each division lies in the ones after it. Where some reading of a name lies in some
    reading of every division after it, the name is a place (short or small as it may be) and both keep
    only the readings that agree. Where no reading of the name even lies in the divisions' country, the
    name is a town the gazetteer lacks and its readings are dropped."""
    by_start = {m.start: m for m in mentions}
    for paren in _PARENTHESIS.finditer(text):
        _drop_fragments_inside(gaz, text, *paren.span(1), by_start, mentions)
        inner = _divisions_inside(text, *paren.span(1), scanned)
        if not inner:
            continue
        town = next((m for m in scanned if m.end <= paren.start()
                     and _SETTLEMENT_NOUN.fullmatch(text, m.end, paren.start())), None)
        chain = ([town] if town is not None else []) + inner
        for k in reversed(range(len(chain) - 1)):  # innermost first: "Douentza, Mopti" before "Boni"
            _place_in(gaz, text, by_start, mentions, chain[k], chain[k + 1:])
    starts = {m.start: m for m in scanned}
    for town in scanned:
        # "Kani township, Sagaing Region", "Eastleigh, Nairobi": a comma and the division the town lies in
        # (also after a longer name the gazetteer knows only the start of, with its settlement noun: "Puli Alam
        # city, Logar" is no Puli in Taiwan)
        gap = _COMMA_AFTER.match(text, town.end) or _LONGER_NAME_COMMA.match(text, town.end)
        division = starts.get(gap.end()) if gap is not None else None
        metropolis = division is not None and any(gaz.feature(j) == "city" and gaz.data.population[j] >= 1_000_000
                                                  for j in division.entries)
        if division is None or division is town or not (metropolis or any(gaz.feature(j) in _AREAS
                                                                          for j in division.entries)) \
                or not any(gaz.feature(i) in LOCAL_FEATURES for i in town.entries):
            continue  # (a division before its country, "Helmand Province, Afghanistan", is no town)
        called = bool(_DIVISION_AFTER.match(text, division.end) or _DIVISION_WORDS.search(text, division.start, division.end))
        # (a list of towns is no town and its division: "Paris, Brussels"; a big town under its own name
        # stands on its own, so only a settlement noun, a division's noun or a small town reads so; a
        # small town before a city of millions is a district of it: "Eastleigh, Nairobi")
        if gap.group(1) or gap.lastindex == 2 or called or not _sizeable(gaz, town, text):
            _place_in(gaz, text, by_start, mentions, town, [division], named=called or metropolis)
    for town in scanned:
        # "la mairie de Boni à une quinzaine de kilomètres de Houndé (Tuy)", "Bama, 70 km from Maiduguri": a town
        # told by its distance from another lies near it; its readings far from every reading of the other go, all
        # of them where none is near (the gazetteer lacks the town: Boni is no Bonn)
        gap = _DISTANCE_FROM.match(text, town.end)
        other = starts.get(gap.end()) if gap is not None else None
        if other is not None and other is not town:
            _near(gaz, by_start, mentions, town, other)
    for town in scanned:
        # "Welingara, dans le cercle de Nara", "Seytenga, dans la province du Séno", "Bama, in the district
        # of Bama": the noun names the division, whatever the gazetteer makes of its name
        phrase = _DIVISION_PHRASE.match(text, town.end)
        division = starts.get(phrase.end()) if phrase is not None else None
        if division is None and phrase is not None and phrase.group("noun"):
            division = starts.get(phrase.start("noun"))  # ("province du Nayala", the gazetteer's whole name)
        if division is not None and division is not town:
            _place_in(gaz, text, by_start, mentions, town, [division], named=True)


def division_readings(gaz: "Gazetteer", admin1_by_key: dict[str, list[int]], text: str,
                      scanned: list["_Mention"]) -> None:
    """"Donetsk region", "Niger State", "province de Kayes": a name the text calls a division reads
    as the first-level division of that name (``admin1_by_key``: folded name -> admin1 entries), which
    the gazetteer may list under a longer name ("Donetsk Oblast") than the town it shares a name with."""
    for m in scanned:
        kind_country = _kind_country(text, m.start, m.end)
        if kind_country is not None:
            own = tuple(i for i in (*m.entries, *admin1_by_key.get(key(text[m.start:m.end]), ()))
                        if gaz.feature(i) in ("admin1", "admin2") and gaz.data.country[i] == kind_country)
            if own:
                m.entries = tuple(dict.fromkeys(own))
                m.support.append("listed")
                continue
        after = DIVISION_NOUN_AFTER.match(text, m.end)
        if not (after or _DIVISION_NOUN_BEFORE.search(text, max(0, m.start - 30), m.start)):
            divisions = tuple(i for i in m.entries if gaz.feature(i) in ("admin1", "admin2"))
            listed = ends_division_list(text, m.start, m.end)
            if listed:
                # "(Ketou, Plateau)": Benin's Plateau Department, where Kétou lies, beside Nigeria's Plateau State (a
                # division named by a common word is found under its bare name only so)
                divisions += tuple(i for i in admin1_by_key.get(key(text[m.start:m.end]), ())
                                   if i not in divisions and _town_before_in(gaz, text, m, i, scanned))
            if divisions and listed \
                    and _town_may_lie_in(gaz, text, m, divisions, scanned):
                # "(Oshimili North LGA, Delta)": the last name of a list of divisions is a division, not a
                # town of that name abroad (Delta, British Columbia) nor a common word
                m.entries = divisions
                m.support.append("listed")
            elif _AFTER_TOWN.search(text, max(0, m.start - 60), m.start) and _DIVISION_END.match(text, m.end):
                # "in Acatlan, Hidalgo, ...": the name after a town and its comma may be the town's division,
                # which the gazetteer lists under a longer name ("Hidalgo State"); both readings stand
                m.entries = tuple(m.entries) + tuple(i for i in admin1_by_key.get(key(text[m.start:m.end]), ())
                                                     if i not in m.entries)
            continue
        extra = [i for i in admin1_by_key.get(key(text[m.start:m.end]), ()) if i not in m.entries]
        entries = tuple(m.entries) + tuple(extra)
        divisions = tuple(i for i in entries if gaz.feature(i) in ("admin1", "admin2"))
        # "Niger State" is no country: the noun after the name says which reading it is
        m.entries = divisions if after and divisions else entries


def _town_may_lie_in(gaz: "Gazetteer", text: str, m: "_Mention", divisions: tuple[int, ...],
                     scanned: list["_Mention"]) -> bool:
    """Whether the known town written before the bracket ("Mirebalais (Centre)") has a reading in a country of
    the ``divisions``: a division reading that would place it nowhere is not the one meant. True when the
    bracket follows no known town."""
    opening = text.rfind("(", 0, m.start)
    town = next((t for t in scanned if t.entries and _SETTLEMENT_NOUN.fullmatch(text, t.end, opening)), None)
    if town is None:
        return True
    countries = {gaz.data.country[j] for j in divisions}
    return any(gaz.data.country[i] in countries for i in town.entries)


def _town_before_in(gaz: "Gazetteer", text: str, m: "_Mention", division: int, scanned: list["_Mention"]) -> bool:
    """Whether a known place written before the bracket that ``m`` closes, or before ``m`` inside it ("(Ketou,
    Plateau)"), has a reading in ``division``'s country."""
    opening = text.rfind("(", 0, m.start)
    return any(gaz.data.country[i] == gaz.data.country[division] for t in scanned
               if t.entries and (opening < t.start and t.end <= m.start
                                 or t.end <= opening and _SETTLEMENT_NOUN.fullmatch(text, t.end, opening))
               for i in t.entries)


def _kind_country(text: str, start: int, end: int) -> str | None:
    """The country whose own kind of division an earlier item of the bracket that ``text[start:end]`` closes names
    ("(Muya LGA, Niger)": Nigeria), else None."""
    if not ends_division_list(text, start, end):
        return None
    opening = text.rfind("(", max(0, start - 80), start)
    kind = _KIND_WORD.search(text, opening + 1, start)
    return _ONE_COUNTRYS_KIND[kind.group(1).lower()] if kind is not None else None


def ends_division_list(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` closes a parenthesised list of divisions: "(Oshimili North LGA, Delta)",
    "(Delta)" — right before the closing bracket, after the opening one or a comma inside it."""
    if not _CLOSES_LIST.match(text, end):
        return False
    opening = text.rfind("(", max(0, start - 80), start)
    return opening >= 0 and ")" not in text[opening:start] and bool(_OPENS_ITEM.search(text, opening, start))


def _segments(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The comma-separated items of the bracket ``text[lo:hi]``: their spans and their words without a division's
    noun ("Kani township" -> "Kani")."""
    spans = [(lo + seg.start(), lo + seg.end()) for seg in re.finditer(r"[^,]+", text[lo:hi])]
    return [(a, b, _DIVISION_WORDS.sub(" ", text[a:b]).strip()) for a, b in spans]


def _divisions_inside(text: str, lo: int, hi: int, scanned: list["_Mention"]) -> list["_Mention"]:
    """The known places named in ``text[lo:hi]`` when it lists divisions, comma by comma ("Marka, Lower
    Shabelle", "Kani township, Sagaing region"); [] when it is something else ("CNN", "file photo").
    A district the gazetteer lacks says nothing and is skipped ("North Waziristan, Khyber Pakhtunkhwa"),
    so long as the last one is known."""
    found: list["_Mention"] = []
    last_known = False
    for a, b, core in _segments(text, lo, hi):
        whole = [m for m in scanned if a <= m.start and m.end <= b and m.entries
                 and _DIVISION_FILLER.fullmatch(text[a:m.start] + " " + text[m.end:b])]
        if whole:
            found.append(whole[0])
            last_known = True
        elif core and _UNKNOWN_NAME.fullmatch(core):
            last_known = False
        elif core:
            return []
    return found if last_known else []


def _drop_fragments_inside(gaz: "Gazetteer", text: str, lo: int, hi: int, by_start: dict[int, "_Mention"],
                           mentions: list["_Mention"]) -> None:
    """In a bracket of divisions, "(Kapsoya, Ainabkoi, Uasin Gushu)", a town's name that is only the last word
    of one division's longer name the gazetteer lacks is no town: "Gushu" (China) of a misspelt "Uasin Gishu".
    Only town readings go: a region's name keeps its word ("North Waziristan")."""
    if "," not in text[lo:hi]:
        return
    for a, b, core in _segments(text, lo, hi):
        if not core or not _UNKNOWN_NAME.fullmatch(core):
            continue
        name = re.search(re.escape(core.split()[0]) + r".*" + re.escape(core.split()[-1]), text[a:b])
        if name is None:
            continue
        for m in [m for m in mentions if a + name.start() < m.start and m.end == a + name.end()]:
            # (the name's first word stands: "Jos North LGA" is Jos's district)
            if m.entries and all(gaz.feature(i) in LOCAL_FEATURES for i in m.entries):
                mentions.remove(m)
                if by_start.get(m.start) is m:
                    by_start.pop(m.start)


def _place_in(gaz: "Gazetteer", text: str, by_start: dict[int, "_Mention"], mentions: list["_Mention"], town: "_Mention",
              inner: list["_Mention"], named: bool = False) -> None:
    """Read ``town`` as lying in each of the divisions ``inner`` (see :func:`towns_with_divisions`);
    ``named``: the text calls the last one a division ("le cercle de Nara"), so any reading of it counts."""
    d = gaz.data
    fits = {i for i in town.entries if gaz.feature(i) in LOCAL_FEATURES}
    if not fits:
        return  # a division itself ("Nabatiyé, dans le sud du Liban": the governorate), read as it is
    towns = set(fits)
    agreeing: list[tuple[_Mention, tuple[int, ...]]] = []
    for div in inner:
        # "X (X)": a division named like the town says only where the town is as a division; read as a
        # town, it would be the town itself ("Buenos Aires (Buenos Aires)" is no Buenos Aires in another)
        areas_only = key(text[div.start:div.end]) == key(text[town.start:town.end])
        if areas_only and not any(gaz.feature(j) in _AREAS for j in div.entries):
            # "Bama (Bama, Houet)": the department named after its seat, which the gazetteer lacks, says no more
            # than the divisions after it (ACLED's Burkina Faso notes)
            continue
        ok = tuple(j for j in div.entries if (not areas_only or gaz.feature(j) in _AREAS)
                   and any(_lies_in(gaz, i, j) for i in fits))
        if any(gaz.feature(j) in _AREAS for j in ok):
            # a division read as a division beats a town standing for its district: "Los Angeles (Los
            # Angeles, California)" lies in the state, not beside the hamlet California in Durango
            ok = tuple(j for j in ok if gaz.feature(j) in _AREAS)
        else:
            # a name the gazetteer knows as a division or a country means it, not a village of that name
            # abroad that happens to lie near a namesake of the town: "La Matanza (Buenos Aires)" is the
            # Argentine partido, not La Matanza beside the hamlet Buenos Aires in Piura, Peru
            area_countries = {d.country[j] for j in div.entries if gaz.feature(j) in _AREAS}
            if area_countries:
                ok = tuple(j for j in ok if d.country[j] in area_countries)
        if not ok:
            break
        fits = {i for i in fits if any(_lies_in(gaz, i, j) for j in ok)}
        agreeing.append((div, ok))
    else:
        if fits:
            _keep_agreeing(by_start, mentions, town, fits, agreeing)
        return
    # places the text names, the last one a division (not "(CNN)" read as some airport); a district may
    # be written by its seat's name ("Boni (Douentza, Mopti)"): then its readings in the division's country
    last = {d.country[j] for j in inner[-1].entries if named or gaz.feature(j) in _AREAS}
    # (an inner name already found missing, "Kani (Kani, Sagaing)", no longer stands in by_start)
    divisions = bool(last) and by_start.get(inner[-1].start) is inner[-1]
    areas = [tuple(j for j in div.entries if gaz.feature(j) in _AREAS)
             or tuple(j for j in div.entries if d.country[j] in last) for div in inner]
    # (nor, where the text calls the division one, in that division: "near Hryhorivka, Kharkiv region" is none of the
    # Hryhorivkas of Kherson or Zaporizhia; the gazetteer lacks Kharkiv's)
    # (nor near the seat of the curated district it is put in: "Bama (Bama, Houet)" is none of the Bamas of Borno or
    # of Boucle du Mouhoun, 96 km from Houet's seat; the gazetteer lacks the Bama of Houet)
    elsewhere = bool(areas[-1]) and (named and all(gaz.feature(j) == "admin1" for j in areas[-1])
                                     or all(gaz.feature(j) == "admin2" for j in areas[-1])) \
        and not any(_lies_in(gaz, i, j) for j in areas[-1] for i in towns)
    if divisions and (elsewhere or not any(d.country[i] == d.country[j] for div_areas in areas for j in div_areas
                                           for i in towns)):
        # "Boni (Mopti)" read as Bonn, "Kani, Sagaing" as Japan, "Imo (Imo)" as Zemio: no town reading of
        # the name lies in the country the writer puts it in, so the gazetteer lacks this town; its
        # divisions, read as divisions, place it.
        kept = by_start.pop(town.start, None)
        if kept is not None and kept.end == town.end and kept in mentions:
            mentions.remove(kept)
        for div, div_areas in zip(inner, areas):
            div.entries = div_areas


def _near(gaz: "Gazetteer", by_start: dict[int, "_Mention"], mentions: list["_Mention"], town: "_Mention",
          other: "_Mention") -> None:
    """Keep the readings of ``town`` within ``_NEAR_KM`` of a reading of ``other``; none near: drop the town (see
    :func:`towns_with_divisions`)."""
    d = gaz.data
    local = [i for i in town.entries if gaz.feature(i) in LOCAL_FEATURES]
    if not local or not other.entries:
        return
    near = tuple(i for i in local if any(km(d.lat[i], d.lon[i], d.lat[j], d.lon[j]) <= _NEAR_KM for j in other.entries))
    if near:
        town.entries = near
        return
    for m in [m for m in mentions if m.entries == town.entries]:
        # every mention of the name read the same way goes ("La mairie de Boni incendiée" in the headline too)
        mentions.remove(m)
        if by_start.get(m.start) is m:
            by_start.pop(m.start)


def _keep_agreeing(by_start: dict[int, "_Mention"], mentions: list["_Mention"], town: "_Mention", fits: set[int],
                   agreeing: list[tuple["_Mention", tuple[int, ...]]]) -> None:
    """Keep, for the town and each of its divisions, only the readings that agree with each other."""
    for m, entries in [(town, tuple(i for i in town.entries if i in fits)), *agreeing]:
        kept = by_start.get(m.start)
        if kept is None or kept.end != m.end:
            if kept is not None:
                mentions.remove(kept)
            kept = by_start[m.start] = m
            mentions.append(m)
        kept.entries = entries
        kept.support.append("divisions")


def _sizeable(gaz: "Gazetteer", town: "_Mention", text: str) -> bool:
    """Whether some reading of ``town`` is a town of 100,000 under its own main name ("Paris")."""
    k = key(text[town.start:town.end])
    d = gaz.data
    return any(key(d.name[i]) == k and d.population[i] >= 100_000 for i in town.entries)


def _lies_in(gaz: "Gazetteer", place: int, area: int) -> bool:
    """Whether reading ``place`` of a name lies in reading ``area`` of the division written after it. A
    name is not its own division ("Imo (Imo)" is not Zemio in Zemio), nor is another town of the same
    name: a district named after its seat is the seat ("Buenos Aires (Buenos Aires)" is not one Mexican
    Buenos Aires beside another)."""
    d = gaz.data
    if area == place or (gaz.feature(area) not in _AREAS and key(d.name[area]) == key(d.name[place])):
        return False
    return _contains(gaz, area, place)


def _contains(gaz: "Gazetteer", area: int, place: int) -> bool:
    """Whether gazetteer entry ``place`` lies in ``area`` (a country, a first-level division, or a
    district or town named as the district: same first-level division)."""
    d = gaz.data
    feat = gaz.feature(area)
    if feat in ("country", "demonym"):
        return d.country[area] == d.country[place]
    if feat == "admin1":
        return d.admin1[place] == area
    return d.country[area] == d.country[place] and d.admin1[area] >= 0 and d.admin1[area] == d.admin1[place]


def towns_with_state(gaz: "Gazetteer", text: str, mentions: list["_Mention"]) -> None:
    """"Paris, Texas", "London, Ky.", "Tripoli, Lebanon": the first is in the second (its ``forced`` areas;
    a town with no reading in them is a namesake abroad, see :func:`sitrep.resolve.geo_strays.stray`)."""
    for a, b in zip(mentions, mentions[1:]):
        if not re.fullmatch(r",\s*", text[a.end:b.start]):
            continue
        areas = [i for i in b.entries if gaz.feature(i) in ("admin1", "country", "demonym")]
        if not areas or not any(gaz.feature(i) in ("city", "admin2", "base", "airport") for i in a.entries):
            continue
        countries = {gaz.data.country[j] for j in areas}
        if _LIST_GOES_ON.match(text, b.end) and not any(gaz.data.country[i] in countries for i in a.entries):
            continue  # "attacks in Paris, Belgium and Germany": a list of places, not a town and its division
        a.forced = tuple(areas)
