"""Event location: which of a document's places is where an event happened, with ACLED precision.

Rules, in order of weight:

* a place in the event's sentence beats one outside it; among them, the most specific kind (site,
  base, town before division before country) and the one closest to the trigger;
* a place right after a preposition of place ("in", "à", "dans", "près de", "في", "ب-") is favoured;
* "near X", "outskirts of X", "X district", "30 km north of X" keep X's point with
  ``geo_precision`` 2; a division, region or country gives 3; a town, site or base gives 1;
* demonyms ("Iraqi bases", "l'armée française") place an event only in a country, at precision 3,
  and only when the document names no country, division or town: a demonym usually says whose
  forces or bases, not where — then the document's focus (counted without demonyms) wins;
* a place that is speaking ("a indiqué l'Élysée", "the Kremlin said") is an institution, not a
  location, and is passed over; so is a capital named for its rulers ("نظام دمشق", "the Damascus
  regime"), and a dateline's places when the report names only another country's (the newsroom:
  "دبي، الإمارات العربية المتحدة (CNN)--" over a report on Egypt);
* with nothing in or before the sentence, the document's focus country (the one its places name
  most) at precision 3.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from sitrep.model import Location, Place, Span
from sitrep.textnorm import fold
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.geo_context import dateline
from sitrep.resolve.geo_seat import capital_of
from sitrep.resolve.geo_lexicon import (DIRECTION_WORDS, DISTRICT_CUES, NEAR_CUES, PLACE_CUES, POLITICAL_VERBS_AFTER,
                                        SETTLEMENT_OF, SPEECH_CUES, STREET_NOUN_AFTER, STREET_NOUN_BEFORE)

_SPECIFIC = {"base": 3.0, "site": 3.0, "airport": 2.5, "city": 2.5, "admin1": 1.5, "region": 1.2,
             "country": 1.0, "continent": 0.0, "demonym": 0.3}
_AREAS = frozenset({"country", "admin1", "region"})
_POINTS = frozenset({"city", "base", "site", "airport", "admin2"})
_DISTANCE = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*(?:km|kilom[eè]tres?|kilometers?|kilometres?|miles?|كم|كيلومترا?)\s+"
    r"(?:\w+\s+){0,5}$",
    re.IGNORECASE,
)


# How far from a town an event may be told to be and still take the town's point, at precision 2 ("à environ 120 km au
# nord-ouest de Ndélé" still names the nearest known town); beyond, the town is a bearing ("à 500km de Bangui").
_FAR_KM = 150.0


def _far_from(p: Place, text: str) -> bool:
    """Whether the words before ``p`` put the event ``_FAR_KM`` or more from it ("à 500km de Bangui", "120 miles north
    of Khartoum")."""
    m = _DISTANCE.search(text[max(0, p.start - 60):p.start])
    if m is None:
        return False
    value = float(m.group(1).replace(",", "."))
    return value * (1.609 if re.match(r"miles?", m.group(0)[len(m.group(1)):].strip(), re.IGNORECASE) else 1.0) >= _FAR_KM


def _words_before(text: str, start: int, n: int = 4) -> list[str]:
    chunk = text[max(0, start - 60):start]
    return [w.lower() for w in re.findall(r"\w+", chunk)][-n:]


def _precision(p: Place, text: str) -> int:
    """ACLED geo_precision for an event placed at ``p``, from its kind and the words around it."""
    if p.feature in ("country", "admin1", "region", "continent", "demonym"):
        return 3
    if p.feature == "admin2":
        return 2  # a district placed at its seat ("coordinates for zonal capital of Negele used")
    before = _words_before(text, p.start)
    after = [w.lower() for w in re.findall(r"\w+", text[p.end:p.end + 30])][:2]
    # ("the southern Lebanese town of Bint Jbeil": the direction says where the town lies, not near it)
    directions = set() if SETTLEMENT_OF.search(text, max(0, p.start - 30), p.start) else DIRECTION_WORDS
    if set(before[-4:]) & (NEAR_CUES | directions) or set(after[:1]) & DISTRICT_CUES:
        return 2
    if set(before[-2:]) & DISTRICT_CUES:
        return 2
    if _DISTANCE.search(text[max(0, p.start - 60):p.start]):
        return 2
    if _UNKNOWN_TOWN_BEFORE.search(text[max(0, p.start - 60):p.start]):
        # "Bulo Marer (Marka, Lower Shabelle)" with Bulo Marer unknown: Marka is its district, the
        # area of the event, not the event's town (ACLED's precision 2).
        return 2
    return 1


def _score(p: Place, text: str, anchor: Span, sentence: Span) -> float:
    s = _SPECIFIC.get(p.feature or "", 0.5)
    if sentence.start <= p.start and p.end <= sentence.end:
        s += 4.0
        gap = p.start - anchor.end if p.start >= anchor.end else anchor.start - p.end
        s += 2.0 / (1.0 + max(gap, 0) / 40.0)
    else:
        s -= (sentence.start - p.end) / 400.0 if p.end <= sentence.start else 10.0
    before = _words_before(text, p.start, 2)
    if before and (before[-1] in PLACE_CUES["en"] | PLACE_CUES["fr"] | PLACE_CUES["ar"]):
        s += 1.0
    word_start = p.start
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    if text[word_start:p.start] in ("ب", "وب", "في"):
        s += 1.0
    elif _acting_state(p, text, anchor, sentence, before):
        s -= 2.5
    if _CODED_TO_BEFORE.search(text, max(0, p.start - 16), p.start):
        s += 5.0  # "abducted 2 civilians from Yola, coded to Kalale (Kalale, Borgou)": the coder's own placing
    if dateline(text, p):
        s -= 4.0  # "ABUJA, June 12 (Reuters) - Gunmen killed ... in Zamfara": where the report was filed
    if _ORIGIN_BEFORE.search(text, max(0, word_start - 50), word_start):
        s -= 3.0  # "a car coming from Mukalla ... reached al-Mahfad": where it came from is not where it was hit
    elif _TOWARDS_BEFORE.search(text, max(0, word_start - 30), word_start):
        s -= 2.0  # "the FARDC withdrew towards Bukavu": where they went is not where they fought
    return s + 0.5 * p.confidence


# The coder placing the event: "coded to Kalale", "(coded to Bambari, Bambari, Bambari)", "(coded as Mosul city".
_CODED_TO_BEFORE = re.compile(r"\bcoded\s+(?:to|as|in|at)\s+(?:the\s+)?$", re.IGNORECASE)


# Words that make the place after them an origin: "coming from", "en provenance de", "قادمة من".
# Fire launched from a place lands elsewhere, where ACLED codes it: "fired dozens of rockets from Lebanon at northern
# Israel", "des roquettes tirées depuis Gaza", "صواريخ أطلقت من لبنان". (Not "shot ... from": "shot dead three
# villagers from Kadisau" names where the victims lived.)
_ORIGIN_BEFORE = re.compile(
    r"(?:\b(?:coming|travell?ing|returning|heading back|fleeing)\s+from"
    r"|\b(?:fired|launched|lobbed)\s+(?:[\w-]+\s+){0,5}?from"
    r"|\b(?:rockets?|missiles?|mortars?|shells?|projectiles?|drones?)\s+from|\ben provenance\s+d[eu'’]"
    r"|\bvenant\s+d[eu'’]|\b(?:tirée?s?|lancée?s?)\s+(?:[\w'’-]+\s+){0,4}?depuis"
    r"|\b(?:roquettes?|missiles?|obus|drones?|projectiles?)\s+depuis"
    r"|(?:^|\s)(?:[وف]?(?:أطلق|أطلقت|أطلقها|أطلقوا|أطلقتها|انطلق|انطلقت|تنطلق|ينطلق|تطلق|يطلق)|صواريخ|صاروخ|قذائف|قذيفة|مسيرات|مسيرة)\s+من"
    r"|(?:ال)?قادم(?:ة|ين|ون)?\s+من)\s+(?:(?:the\s+)?(?:city|town|village)\s+of\s+|(?:la\s+)?(?:ville|localité)\s+d[eu'’]\s*"
    r"|مدينة\s+|بلدة\s+)?$", re.IGNORECASE)


# A capital that names its rulers: "نظام دمشق", "le régime de Damas", "the Kabul government".
_RULERS_BEFORE = re.compile(r"(?:\b(?:régime|gouvernement|pouvoir)\s+d[eu'’]\s*|(?:^|\s)[وفل]?(?:ل?نظام|حكومة|سلطات)\s+)$",
                            re.IGNORECASE)
_RULERS_AFTER = re.compile(r"(?:['’]s)?\s+(?:regime|government)\b", re.IGNORECASE)
_BORDER_BEFORE = re.compile(r"(?:\bfronti[eè]re\s+(?:avec|du|de\s+la|de\s+l['’]|des)\s*(?:le\s+|la\s+|l['’]|les\s+)?|"
                            r"\bborder\s+with\s+(?:the\s+)?|الحدود\s+مع\s+)$", re.IGNORECASE)
# A country the event is said to be near, not in: "à Buku dans le Nord-Ouest près du Nigeria" (Cameroon), "near Syria".
_NEAR_BEFORE = re.compile(r"(?:\bprès\s+(?:du|de\s+la|de\s+l['’]|des|d['’])\s*|\bnon\s+loin\s+(?:du|de\s+la|de\s+l['’]|d['’])\s*"
                          r"|\b(?:near|close\s+to)\s+(?:the\s+)?|قرب\s+|بالقرب\s+من\s+)$", re.IGNORECASE)
# Words that make the place after them a destination: "towards", "vers", "en direction de", "باتجاه".
_TOWARDS_BEFORE = re.compile(r"(?:\btowards?|\bvers|\ben direction d[eu'’]|باتجاه|نحو)\s+(?:the\s+(?:city|town)\s+of\s+|"
                             r"(?:la\s+)?ville\s+d[eu'’]\s*|مدينة\s+)?$", re.IGNORECASE)
# Words that make the place after them no place of the event at all: where people fled ("sending more than 30,000
# civilians fleeing into neighbouring Uganda") and whom a side blamed ("army blames Rwanda", "accuse le Rwanda").
_ELSEWHERE_BEFORE = re.compile(r"(?:\bfle(?:e|es|eing|d)\s+(?:in)?to\s+(?:neighbou?ring\s+)?|\bsought\s+refuge\s+in\s+|"
                               r"\bréfugi[ée]e?s?\s+(?:au|en|dans)\s+|"
                               r"\b(?:blames?|blamed|blaming|accus(?:es?|ed|ing|e|ent|ait))\s+(?:le\s+|la\s+|l['’])?|"
                               # (a neighbour that bears the place: "Moreh, bordering Myanmar", "frontalière du Niger")
                               r"\b(?:bordering|borders|frontali[èe]re?s?\s+(?:du|de\s+la|de\s+l['’]|des|avec\s+le|avec\s+la))\s*)$",
                               re.IGNORECASE)


def _acting_state(p: Place, text: str, anchor: Span, sentence: Span, before: list[str]) -> bool:
    """A country (or a seat of power) named without a place word, as the subject of the sentence's event
    ("Turkey launched air strikes on ... in northern Iraq", "La Turquie a lancé des raids"): the author, not the place."""
    if p.feature not in ("country", "site") or not (sentence.start <= p.start and p.end <= anchor.start):
        return False
    if before and before[-1] in PLACE_CUES["en"] | PLACE_CUES["fr"]:
        return False
    if p.feature == "site":
        # a seat of power that acts ("The Kremlin launched its air strikes", "le Pentagone a confirmé"): the
        # government, not the place; a site that undergoes ("the White House was evacuated") stays a place
        return re.match(r" +(?:a |has |have |had )?(?!été )[a-zà-ÿ]{3,}(?<!ed by)", text[p.end:p.end + 20]) is not None \
            and not re.match(r" +(?:was|were|is|are|été)\b", text[p.end:p.end + 20])
    return re.match(r" +(?:a |has |have |had |was |is )?[a-zà-ÿ]{3,}", text[p.end:p.end + 20]) is not None


# Words that put what follows in a place (not a seat of power's "de": "a déclaré le gouvernement de Kinshasa").
_LOCATIVE = frozenset({"in", "at", "near", "city", "town", "village", "dans", "à", "près", "ville", "localité", "في"})


def _speaking(p: Place, text: str) -> bool:
    """True when the place names an institution that speaks ("a indiqué l'Élysée", "Washington said")."""
    before = _words_before(text, p.start, 7)
    after = [w.lower() for w in re.findall(r"\w+", text[p.end:p.end + 25])][:2]
    if text[p.end:p.end + 3].lstrip().startswith((",", "،")):
        # "dans la région de l'Extrême-Nord, a indiqué une source": the speaker comes after the verb
        after = []
    if after and after[0] in ("avait", "a", "had", "has", "have", "ont", "avaient"):
        after = after[1:]  # "l'État-major des armées à Paris avait indiqué"
    # ("Around 7 May 2020 (as reported), in Santos": the coder's qualifier "as reported" has no speaker; "The police
    # force said the apartments in the city of Kramatorsk were hit": a place the words after the verb put the
    # event in is no speaker)
    # (but not a place right after the verb's addressee: "a indiqué à l'AFP une source à Bamako")
    spoken = any(w in SPEECH_CUES and not (i and before[i - 1] == "as") and not set(before[i + 3:]) & _LOCATIVE
                 for i, w in enumerate(before))
    return (p.feature in ("site", "city", "country") and spoken) \
        or bool(set(after[:1]) & (SPEECH_CUES | POLITICAL_VERBS_AFTER))


_CAPITAL = re.compile(r"\bcapital\b|\bcapitale\b|العاصمة", re.IGNORECASE)
# A capitalised name right before the parenthesis that opens with the place: the place is its division.
_UNKNOWN_TOWN_BEFORE = re.compile(r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}[ \t]*\($")
_DIVISIONS_OF = re.compile(r"[ \t]*\([^()\n]{0,60}")
# What stands between a town and the division the text places it in: "village of", "in", a comma and a word or two.
_PLACED_IN = re.compile(r"(?:\s+(?:village|town|area|locality)\s+(?:of|in)\s+|\s+in\s+|(?:\s+[A-Z][\w-]*){0,2},\s+)"
                        r"(?:the\s+)?")
_DIVISIONS_AFTER = re.compile(r"[ \t]*\([^()\n,]{2,40},[^()\n]{2,60}\)")


# Below this population a town abroad named in a report about another country is likely a namesake.
_NAMESAKE_POPULATION = 100_000
# From this population a town the event's own sentence names is no namesake that places in other sentences outvote.
_TOWN_OF_ITS_OWN = 50_000


def _outvoted(gazetteer: Gazetteer, best: Place, pool: list[Place], resolved: list[Place], sentence: Span) -> Place | None:
    """A place of the report's own country, in the event's sentence, instead of ``best`` when ``best`` lies in
    another country that nothing else names, and is a small town or was reached through another of its names
    ("Mahad-Allah area ... in Mogadishu - Yaqshid (Banadir)": not Mahād in India; "territoire de Mambasa
    (Ituri)": not Mombasa)."""
    if best.feature not in _POINTS or not best.country:
        return None
    votes = Counter(p.country for p in resolved if p.country and p.feature not in ("demonym", "continent"))
    top, n = votes.most_common(1)[0] if votes else (None, 0)
    if top is None or top == best.country or votes[best.country] > 1 or n * 2 <= sum(votes.values()):
        return None
    entry = next((c for c in gazetteer.candidates(best.name or best.text) if c.geonameid == best.geonameid), None)
    renamed = fold(best.text) != fold(best.name or best.text)
    if entry is not None and entry.population >= _NAMESAKE_POPULATION and not renamed:
        return None
    rivals = [p for p in resolved if p.country == top and p.feature not in ("demonym", "continent", "country")]
    own = sentence.start <= best.start and best.end <= sentence.end
    if own and entry is not None and entry.population >= _TOWN_OF_ITS_OWN and not renamed and not any(
            sentence.start <= p.start and p.end <= sentence.end for p in rivals):
        # a sizeable town the event's sentence names under its own name stands against places other sentences name
        # for another reason ("protesters took to the streets of Aqaba ... in support of people in Gaza and the West
        # Bank", ACLED's 2024 Jordan rows)
        return None
    # (one of the sentence's own first; else the nearest the report names: a headline's town is the lead's)
    return min(rivals, key=lambda p: (not (sentence.start <= p.start and p.end <= sentence.end),
                                      abs(p.start - best.start))) if rivals else None


def locate(gazetteer: Gazetteer, places: list[Place], text: str, anchor: Span, sentence: Span,
           capitals: frozenset[int] = frozenset()) -> Location | None:
    """The place where the event whose trigger is ``anchor`` happened, or the focus country, or None.

    ``capitals`` (gazetteer entries of national capitals) turn a country named as its capital ("dans la capitale
    somalienne", "the Afghan capital", "العاصمة الصومالية") into the capital itself."""
    loc = _located(gazetteer, places, text, anchor, sentence)
    if loc is not None and loc.geo_precision == 3 and loc.admin1 is None:
        return _capital_named(gazetteer, capitals, places, text, sentence, loc.country) \
            or _filed_from(places, text, sentence, loc.country) or loc
    return loc


# A preposition that puts the event in the country as a whole ("airstrikes ... inside Syria"); not a bare "in", which
# headlines use before the town is told ("Attack at a police station in Colombia").
_IN_THE_COUNTRY = re.compile(r"(?:\b(?:inside|across|throughout|partout\s+en|à\s+travers\s+(?:le|la|les|l['’]))|"
                             r"(?<!\w)(?:داخل|في\s+أنحاء|في\s+مختلف\s+أنحاء))\s*$", re.IGNORECASE)


def told_next(places: list[Place], text: str, sentence: Span, until: int, loc: Location) -> Location | None:
    """The town or division of the event's country that the next sentences (up to ``until``) name when the event's
    sentence placed it only in the country (``loc``, of precision 3 and no division), or a town of the division when
    it placed it only in a first-level division ("residents of a small town in central Mexico ... burned them to death. Police in Puebla state
    say the men ... had been detained in the township of Acatlan"): the nearest town, else division; not a place that
    speaks ("Washington said"), a bearing ("à environ 500km au nord de la capitale Bangui"), a dateline's town, or
    where something came from or went ("سيارة ... قادمة من مدينة المكلا"). A
    country the sentence puts the event across ("airstrikes ... inside Syria") is where it was told."""
    # (or only in a first-level division: then a town of it, "an attack ... in Khyber Pakhtunkhwa province. The bomb
    # killed four officers ... in Lakki Marwat, a town in Khyber Pakhtunkhwa province")
    division = loc.admin1 if loc.admin1 is not None and loc.name == loc.admin1 else None
    if loc.geo_precision != 3 or loc.admin1 is not None and division is None or loc.start is not None \
            and _IN_THE_COUNTRY.search(text, max(0, loc.start - 12), loc.start):
        return None
    after = [p for p in places if sentence.end <= p.start < until and p.country == loc.country and p.lat is not None
             and (p.feature in _POINTS and (division is None or p.admin1 == division)
                  or p.feature == "admin1" and division is None) and not _speaking(p, text)
             and not _far_from(p, text) and not dateline(text, p)
             and not _ORIGIN_BEFORE.search(text, max(0, p.start - 50), p.start)
             and not _TOWARDS_BEFORE.search(text, max(0, p.start - 30), p.start)]
    best = next((p for p in after if p.feature in _POINTS), None) or next(iter(after), None)
    if best is None:
        return None
    return Location(best.name, best.text, best.start, best.end, best.lat, best.lon, best.country, best.admin1,
                    _precision(best, text), min(best.confidence, 0.5))


def _headline_of(text: str, sentence: Span, town: Place) -> bool:
    """Whether ``sentence`` is the headline line right above the dateline that opens with ``town``."""
    return not text[sentence.end:town.start].strip(" \n.") and "\n" in text[sentence.start:town.start]


def _filed_from(places: list[Place], text: str, sentence: Span, iso: str | None) -> Location | None:
    """The dateline's town when it opens the event's sentence and the event is placed only in the town's country
    ("AL HOCEIMA, Maroc, 20 juillet (Reuters) - La police marocaine a tiré des gaz lacrymogènes ..."): a wire is
    filed from where it reports. (A headline's "Nigerian village" is left to the lead that names its state.)"""
    town = next((p for p in places if p.country == iso and iso and p.feature in _POINTS and p.lat is not None
                 and dateline(text, p)), None)
    if town is None or town.start < sentence.start or not (town.start < sentence.end or _headline_of(text, sentence, town)):
        return None
    lead_end = text.find(".", town.end)
    lead_end = len(text) if lead_end < 0 else lead_end
    if any(p is not town and town.end <= p.start < lead_end and (
            p.feature in _POINTS and p.name != town.name or p.feature == "admin1" and p.name != town.admin1)
           for p in places):
        return None  # the lead places it more precisely ("... in Nigeria's northwestern Zamfara state")
    if _ELSEWHERE_IN_THE_COUNTRY.search(text, town.end, lead_end):
        return None  # ("OUAGADOUGOU, Burkina Faso (AP) — ... an attack on the military in the country's east")
    return Location(name=town.name, text=town.text, start=town.start, end=town.end, lat=town.lat, lon=town.lon,
                    country=iso, admin1=town.admin1, geo_precision=_precision(town, text), confidence=0.5)


# A part of the country the lead names, not the dateline's town: "in the country's east", "in eastern Burkina Faso",
# "in northwest Mexico", "dans le nord du pays".
_ELSEWHERE_IN_THE_COUNTRY = re.compile(
    r"(?i:\bthe\s+country['’]s\s+(?:far\s+)?(?:north|south|east|west|centre|center|north-?east|north-?west|south-?east|"
    r"south-?west)\b)|(?i:\b(?:northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|"
    r"south-?western|north-?east|north-?west|south-?east|south-?west|central))\s+[A-Z]|(?i:\b(?:dans|à)\s+l['’]?(?:extrême[- ])?(?:nord|sud|est|ouest|centre)(?:-(?:est|ouest))?"
    r"\s+du\s+pays\b)")
# A capital named by its country ("la capitale somalienne", "the Somali capital", "العاصمة الصومالية"): the word, and
# how far from it the country's name or adjective may stand.
_CAPITAL_WORD = re.compile(r"\bcapitale?\b|العاصمة", re.IGNORECASE)
_CAPITAL_REACH = 16


def _capital_named(gazetteer: Gazetteer, capitals: frozenset[int], places: list[Place], text: str, sentence: Span,
                   iso: str | None) -> Location | None:
    """The capital of ``iso`` when the event's sentence names it by its country, else None."""
    if not iso:
        return None
    for m in _CAPITAL_WORD.finditer(text, sentence.start, sentence.end):
        named = any(p.country == iso and p.feature in ("country", "demonym")
                    and (0 <= p.start - m.end() <= _CAPITAL_REACH or 0 <= m.start() - p.end <= _CAPITAL_REACH)
                    for p in places)
        if not named:
            continue
        capital = capital_of(gazetteer, capitals, iso)
        if capital is None:
            return None
        c = gazetteer.candidate(capital)
        return Location(name=c.name, text=text[m.start():m.end()], start=m.start(), end=m.end(), lat=round(c.lat, 5),
                        lon=round(c.lon, 5), country=iso, admin1=c.admin1, geo_precision=1, confidence=0.6)
    return None


# A country's abbreviation written before a noun is its nationality, not a place: "U.S. missionaries", "US drone
# attack", "UK troops", "the DRC army" (but "in the U.S. on Sunday", "U.S. and Haitian officials").
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,4}")
_NOUN_AFTER = re.compile(r"[ \t]+(?!(?:and|or|on|in|at|to|of|for|from|by|with|after|before|since|is|was|has|had|have|"
                         r"are|were|said|says|et|ou|le|la|les|du|de|des|en|au|a|est|sont|ont)\b)[A-Za-z][a-z-]+")


def _as_nationality(p: Place, text: str) -> Place:
    """The place as a demonym when it is a country's abbreviation used before a noun."""
    if p.feature == "country" and _ABBREVIATION.fullmatch(p.text) and _NOUN_AFTER.match(text, p.end):
        return replace(p, feature="demonym")
    return p


def _located(gazetteer: Gazetteer, places: list[Place], text: str, anchor: Span, sentence: Span) -> Location | None:
    """:func:`locate` without the capital named by its country."""
    resolved = _without_newsroom([_as_nationality(p, text) for p in places if p.lat is not None and p.lon is not None
                                  and not _ELSEWHERE_BEFORE.search(text, max(0, p.start - 40), p.start)
                                  and not (p.feature == "country" and _MEDIUM_AFTER.match(text, p.end))], text)
    pool = [p for p in resolved if p.start < sentence.end and p.feature != "continent" and not _speaking(p, text)]
    pool = [p for p in pool if p.start >= sentence.start or sentence.start - p.end < 1500]
    # (nor is a capital that names its rulers: "نظام دمشق", "the Damascus regime")
    # (nor a place a militia is named after: "(coded as Darfur communal militia)", "Misrata militias")
    # (nor a demonym in a compound that describes an actor or a thing: "a Houthi-sponsored demonstration", "an
    # Israeli-backed militia", "Russian-made drones")
    pool = [p for p in pool if not (p.feature == "demonym" and _COMPOUND_AFTER.match(text, p.end))]
    # (nor a city that names a clock: "at 07:05am Sanaa time", "heure de Paris")
    pool = [p for p in pool if not _beside(p, text) and not _MILITIA_AFTER.match(text, p.end)
            and not _CLOCK_AFTER.match(text, p.end) and not _CLOCK_BEFORE.search(text, max(0, p.start - 12), p.start)
            and not (p.feature == "city" and (_RULERS_BEFORE.search(text, max(0, p.start - 24), p.start)
                                              or _RULERS_AFTER.match(text, p.end)))]
    # "shelled the village of Aziziyeh in the countryside of Tal Tamer in Al-Hasakeh": a town of a country the text
    # names nowhere else, placed by the sentence in another country's town or province, is a namesake abroad (Iraq's
    # Al 'Aziziyah); the place it is told to lie in is where.
    pool = [p for p in pool if not (p.feature == "city" and _placed_abroad(p, resolved, text))] or pool
    # "in Banga (Basse-Mambere, Berberati)": a town whose bracket of divisions names places of another country only
    # is a namesake abroad (the Philippines' Banga); what the bracket names is the place.
    pool = [p for p in pool if not (p.feature in _POINTS and _bracket_abroad(p, resolved, text))] or pool
    # "Taneka Beri (Donga, Copargo)": a division of the bracket read abroad (Nigeria's Donga) while another of it
    # lies in a division of that name (Benin's Copargo, in Donga department) is that division, not the town abroad
    pool = [p for p in pool if not _named_division_of_another(p, resolved, text)] or pool
    # "Nikopol (Nikopol, Dnipropetrovsk)": the divisions in the parenthesis say where the town is; the
    # town is the place.
    pool = [p for p in pool if not any(q.feature in _POINTS and _DIVISIONS_OF.fullmatch(text, q.end, p.start)
                                       for q in pool if q is not p and q.end <= p.start)] or pool
    # "Jerusalem village of Kirinyaga County", "Tana Selta, Tana River County": a town the text places in another
    # country's division is a namesake the gazetteer took for a foreign town; the division is the place.
    pool = [p for p in pool if not (p.feature == "city" and any(
        q.feature == "admin1" and q.country != p.country and _PLACED_IN.fullmatch(text, p.end, q.start)
        for q in resolved if q.start > p.end))] or pool
    # A town written with its divisions is where an ACLED note puts the event; another town of that country
    # in another division is a namesake ("Sokoto (Sokoto South, Sokoto): ... in the Sabon Gari area" is not
    # the Sabon Gari of Yobe).
    anchored = [q for q in pool if q.feature in _POINTS and q.admin1 and _agrees_with_divisions(q, resolved, text)]
    if anchored:
        pool = [p for p in pool if p in anchored or p.feature not in _POINTS or not p.admin1
                or not any(p.country == q.country and p.admin1 != q.admin1 for q in anchored)]
    if pool:
        best = max(pool, key=lambda p: _score(p, text, anchor, sentence))
        best = _outvoted(gazetteer, best, pool, resolved, sentence) or best
        if best.feature in _AREAS or best.feature == "demonym":
            # "Le camp de Boulkessi, dans le centre du Mali, ..." and later "Boulkessi, situé ... dans le
            # cercle de Douentza": a town the gazetteer lacks, placed by the text in a known district
            told = _unknown_town_placed(places, resolved, text, sentence, best)
            if told is not None:
                return told
        in_sentence = sentence.start <= best.start and best.end <= sentence.end
        if in_sentence and best.feature == "country":
            # "in Nigeria's northwestern Zamfara state": the province the sentence names within the country
            provinces = [p for p in pool if p.feature in ("admin1", "region") and p.country == best.country
                         and sentence.start <= p.start and p.end <= sentence.end]
            if provinces:
                best = max(provinces, key=lambda p: _score(p, text, anchor, sentence))
        if in_sentence and best.feature in _AREAS:
            # ACLED codes the most specific place: "fighting in southern Yemen ... to retake Zinjibar"
            # happened in Zinjibar. A town of the sentence inside the chosen area refines it.
            inside = [p for p in pool if p.feature in _POINTS and sentence.start <= p.start and p.end <= sentence.end
                      and p.country == best.country and (best.feature != "admin1" or p.admin1 == best.name)
                      and (not dateline(text, p) or _CAPITAL.search(text, sentence.start, sentence.end))]
            # (not "PORT-AU-PRINCE, Haiti (AP) - ... a town in central Haiti"; but "TRIPOLI (AP) - Clashes ... in
            # Libya's capital")
            if inside:
                best = max(inside, key=lambda p: _score(p, text, anchor, sentence))
        if best.feature == "demonym":
            # (a country named in the event's own sentence counts thrice: "Une frappe israélienne ... dans le
            # sud du Liban" happened in Lebanon, whatever else the article names)
            named = Counter()
            for p in resolved:
                if p.country and p.feature not in ("demonym", "continent") and not _speaking(p, text) \
                        and not (p.feature == "country" and _BORDER_BEFORE.search(text, max(0, p.start - 40), p.start)):
                    named[p.country] += 3 if sentence.start <= p.start and p.end <= sentence.end else 1
            iso = max(named, key=lambda c: (named[c], c == best.country)) if named else best.country
            # a place of that country the sentence names is where ("une frappe de drone israélienne ... à
            # Nabatiyé, dans le sud du Liban" struck Nabatieh, not Lebanon at large)
            within = [p for p in pool if p.country == iso and p.feature not in ("demonym", "country", "continent")
                      and sentence.start <= p.start and p.end <= sentence.end]
            if within:
                best = max(within, key=lambda p: _score(p, text, anchor, sentence))
                in_sentence = True
            elif iso != best.country:
                mention = next(p for p in resolved if p.country == iso and p.feature != "demonym")
                return country_location(gazetteer, iso, mention, 0.45 if in_sentence else 0.3)
            else:
                return country_location(gazetteer, best.country, best, 0.5 if in_sentence else 0.35)
        if best.feature in _POINTS and _far_from(best, text):
            # "13 civils tués dans une attaque à 500km de Bangui": a town the event is told to be hundreds of km from is
            # a bearing, not its place; the country is all the words say (a place another mention names refines it)
            return country_location(gazetteer, best.country, best, 0.4)
        admin1 = best.admin1
        if admin1 is None and best.feature in _POINTS:
            # A town the gazetteer knows no division for takes the one the text names next to it
            # ("Zinjibar, chef-lieu de la province d'Abyane", "Rafah, North Sinai").
            near = [p for p in resolved if p.feature == "admin1" and p.country == best.country
                    and abs(p.start - best.start) <= 200]
            if near:
                admin1 = min(near, key=lambda p: abs(p.start - best.start)).name
        return Location(
            name=best.name, text=best.text, start=best.start, end=best.end, lat=best.lat, lon=best.lon,
            country=best.country, admin1=admin1, geo_precision=_precision(best, text),
            confidence=round(min(0.95, best.confidence * (0.9 if in_sentence else 0.6)), 3),
        )
    counts = Counter(p.country for p in resolved if p.country)
    if not counts:
        return None
    iso = counts.most_common(1)[0][0]
    mention = next((p for p in resolved if p.country == iso), None)
    return country_location(gazetteer, iso, mention, 0.3)


# Words that place what comes before them: "situé dans le cercle de", "located in", "الواقعة في".
_SITUATED = re.compile(r"\b(?:situ[ée]e?s?|located|situated|lies|localit[ée]|commune|cercle|district|province|"
                       r"r[ée]gion|department|département|county|state|governorate|préfecture)\b|الواقع|التابع|بمحافظة|بولاية|"
                       r"بمنطقة|بقضاء", re.IGNORECASE)
# How far after the unknown name the district that places it may be named.
_PLACED_REACH = 150


# A country named as the first word of a medium's name ("Sudan Tribune", "Mali Actu", "الأردن اليوم :", Jordan Today):
# where the outlet is from, not where the event was.
_MEDIUM_AFTER = re.compile(r"\s+(?:Today|Times|Tribune|Observer|Post|Herald|Monitor|Direct|Actu|Matin|Info|Online|"
                           r"News(?:day)?|Independent|Express|Mirror|Daily)\b|\s+اليوم\s*[:：]")
_COMPOUND_AFTER = re.compile(r"-[a-z]{3,}")
_CLOCK_AFTER = re.compile(r"\s+(?:local\s+)?time\b", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(r"\bheure\s+(?:de\s+|d['’])$|بتوقيت\s+$", re.IGNORECASE)
# ("clashes ... between Afar and Issa groups": two peoples' armed men, not the region of Afar, DJI124)
_MILITIA_AFTER = re.compile(r"(?:\s+and\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:communal\s+|ethnic\s+|tribal\s+|clan\s+)?"
                            r"(?:militias?|militiamen|groups|clans|communities)\b", re.IGNORECASE)


def _placed_abroad(town: Place, places: list[Place], text: str) -> bool:
    """Whether ``town``'s country is named by no other place of the text while the words right after it place it
    ("in ...") in a town or division of another country."""
    if any(q is not town and q.country == town.country for q in places):
        return False
    return any(q.country and q.country != town.country and q.feature in ("city", "admin1", "admin2")
               and 0 < q.start - town.end <= _PLACED_ABROAD_REACH and _IN_WORD.search(text, town.end, q.start)
               and not _SENTENCE_BREAK.search(text, town.end, q.start) for q in places)


_PLACED_ABROAD_REACH = 80
_IN_WORD = re.compile(r"\bin\b|\bdans\b|\bà\b")
_SENTENCE_BREAK = re.compile(r"[.;!?\n]")


def _bracket_abroad(town: Place, places: list[Place], text: str) -> bool:
    """Whether the bracket of divisions right after ``town`` names places, none of them in ``town``'s country."""
    bracket = _DIVISIONS_AFTER.match(text, town.end)
    if bracket is None:
        return False
    inside = [q for q in places if town.end < q.start and q.end <= bracket.end() and q.country]
    return bool(inside) and all(q.country != town.country for q in inside)


def _named_division_of_another(p: Place, places: list[Place], text: str) -> bool:
    """Whether ``p``, inside a bracket, names the division another place of the same bracket lies in, in another
    country than ``p``'s reading ("(Donga, Copargo)": Kopargo lies in Benin's Donga; Nigeria's Donga is no place
    of it)."""
    opened, closed = text.rfind("(", 0, p.start), text.find(")", p.end)
    if opened < 0 or closed < 0 or "\n" in text[opened:closed] or ")" in text[opened:p.start] or "(" in text[p.end:closed]:
        return False
    name = fold(p.text)
    return any(q is not p and opened < q.start and q.end <= closed and q.country and q.country != p.country
               and q.admin1 and fold(q.admin1) == name for q in places)


def _beside(p: Place, text: str) -> bool:
    """A street or square named after the place ("place du Luxembourg" in Brussels, "شارع بغداد" in Damascus), or
    a country across a border ("près de la frontière avec le Burkina Faso"): beside the event, not where it was."""
    return bool(STREET_NOUN_BEFORE.search(text, max(0, p.start - 24), p.start) or STREET_NOUN_AFTER.match(text, p.end)
                or p.feature == "country" and (_BORDER_BEFORE.search(text, max(0, p.start - 40), p.start)
                                               or _NEAR_BEFORE.search(text, max(0, p.start - 20), p.start)))


def _without_newsroom(resolved: list[Place], text: str) -> list[Place]:
    """``resolved`` without the dateline's places when the report names only another country's: "دبي، الإمارات
    العربية المتحدة (CNN)--" opens every CNN Arabic report, whatever it tells of Egypt; a dateline of the
    country the report is about ("KABUL, Afghanistan (AP) —") may still be where it happened."""
    filed = [p for p in resolved if dateline(text, p)]
    if not filed:
        return resolved
    home = {p.country for p in filed}
    told = [p for p in resolved if p not in filed and p.country and p.feature not in ("continent", "region")
            and not _beside(p, text)]
    if not told or any(p.country in home for p in told):
        return resolved
    return [p for p in resolved if p not in filed]


def _agrees_with_divisions(town: Place, places: list[Place], text: str) -> bool:
    """Whether ``town`` is written with its divisions ("Sokoto (Sokoto South, Sokoto)") and lies in the
    first-level division they name, when they name one ("Manila - Ermita (Manila, Metropolitan Manila)" is
    not the Ermita of Western Visayas)."""
    after = _DIVISIONS_AFTER.match(text, town.end)
    if after is None:
        return False
    named = [p for p in places if p.feature == "admin1" and after.start() < p.start < after.end()]
    return not named or any(p.name == town.admin1 for p in named)


def _unknown_town_placed(places: list[Place], resolved: list[Place], text: str, sentence: Span,
                         area: Place) -> Location | None:
    """A name of the event's sentence that the gazetteer lacks, which another sentence places in a known
    town's district or a division ("Boulkessi, situé près de la frontière ... dans le cercle de Douentza"):
    the event is coded there, at ACLED's precision 2 (a town's district) or 3 (a division)."""
    unknown = [p for p in places if p.lat is None and sentence.start <= p.start < sentence.end and p.text[:1].isupper()]
    for u in unknown:
        for other in places:
            if other.lat is not None or other.start == u.start or other.text.split()[-1] != u.text.split()[-1]:
                continue
            stop = re.search(r"[.!?\n؛]\s", text[other.end:other.end + _PLACED_REACH])
            reach = other.end + (stop.start() if stop else _PLACED_REACH)
            for q in sorted(resolved, key=lambda q: q.start):
                if not (other.end < q.start <= reach) or q.feature not in ("city", "admin2", "admin1"):
                    continue
                if q.country != area.country or area.feature == "admin1" and q.admin1 != area.name:
                    break
                if not _SITUATED.search(text, other.end, q.start):
                    break
                return Location(name=q.name, text=q.text, start=q.start, end=q.end, lat=q.lat, lon=q.lon,
                                country=q.country, admin1=q.admin1 or (q.name if q.feature == "admin1" else None),
                                geo_precision=3 if q.feature == "admin1" else 2,
                                confidence=round(min(0.6, q.confidence * 0.6), 3))
    return None


def country_location(gazetteer: Gazetteer, iso: str | None, mention: Place | None, conf: float) -> Location | None:
    """The country ``iso`` as a location at precision 3, on its mention when there is one."""
    if not iso or iso not in gazetteer.countries.countries:
        return None
    c = gazetteer.countries.countries[iso]
    return Location(
        name=c.name, text=mention.text if mention else None, start=mention.start if mention else None,
        end=mention.end if mention else None, lat=c.lat, lon=c.lon, country=iso, admin1=None,
        geo_precision=3, confidence=conf,
    )
