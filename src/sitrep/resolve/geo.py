"""Geoparsing: find every toponym of a text, resolve it to coordinates, and place events.

Recognition joins two sources: a longest-match scan (:mod:`geo_scan`) of the text against the
gazetteer's folded names (countries, demonyms, divisions, towns, bases, regions) and the NER spans spaCy gives for
French and English. A gazetteer match stands as a place only with support: an NER label, a
capital letter where the language has them, a cue word ("in", "à", "في", "province"), a known
country or division, or a large population; names inside a person's name are not places.

Disambiguation scores each candidate with a feature prior (countries and divisions before towns),
the population, the document's country focus (countries, divisions and towns resolved with
confidence elsewhere in the text), "Town, State" and "Town, Country" patterns, and cue words
("Idlib province" -> the division). Event location lives in :mod:`geo_locate`.
"""
from __future__ import annotations

import math
import re
from collections import Counter

from sitrep.model import Entity, Location, Place, Span
from sitrep.resolve.gazetteer import Gazetteer, km
from sitrep.resolve.geo_context import (
    DIRECTION_OF, direction_word, district_in_bracket, ends_a_name, inside_bracket,
    cue_after, currency, dateline, hyphened_syllable, inside_longer, masthead, prev_word, sentence_initial, whole_word,
)
from sitrep.resolve.geo_coherence import (
    RIVAL_POP, country_facts, named_elsewhere, named_or_bordering, near_bonus,
)
from sitrep.resolve.geo_strays import stray
from sitrep.resolve.geo_abbreviations import Abbreviations
from sitrep.resolve.geo_bracket_names import DivisionNames, bracket_divisions
from sitrep.resolve.geo_divisions import (
    DIVISION_NOUN_AFTER, division_readings, towns_with_divisions, towns_with_state,
)
from sitrep.resolve.geo_prior import CAPITAL_BONUS, prior_score
from sitrep.resolve.geo_transliterate import ArabicTownReader
from sitrep.resolve.geo_fragments import NameFragments, noun_of_a_street, without_stray_fragments
from sitrep.resolve.geo_namesakes import Namesakes
from sitrep.resolve.geo_country_nouns import CountryNouns
from sitrep.resolve.geo_scan import _Mention, scan
from sitrep.resolve.geo_locate import locate
from sitrep.resolve.geo_seat import national_seat
from sitrep.resolve.geo_lexicon import (
    AREA_AFTER_EN, ARABIC_ARTICLE, DIVISION_NAMED, DIRECTED_DIVISION, SECOND_DIVISION_AFTER, SECOND_DIVISION_ENDS,
    HYPHENATED, CAPTURE_VERBS_EN, LOCATIVE_EN, PART_OF_PLACE_EN, STRIKE_VERBS_EN, NAME_PARTICLES, SETTLEMENT_AFTER,
    SETTLEMENT_OF, ADMIN_CUES, WEAPON_NAMED_AFTER, WEAPON_NAMED_BEFORE, AR_SETTLEMENT_NOUNS, AR_TOWN_NOUNS,
    LOCAL_FEATURES, PLACE_CUES, STOPWORDS,
)
from sitrep.resolve.geo_persons import FULL_NAME, TITLED_NAME, in_persons_name, named_after_a_town
from sitrep.textnorm import arabic_stems, key

# A town named by another of its names loses this much prior (tenfold people) to one bearing the name with a third of its.
_ALTERNATE_NAME_PENALTY, _ALTERNATE_NAME_RATIO, _LETTERS = 0.6, 3, re.compile(r"[\W_]+")
AREA_FEATURES = frozenset({"country", "demonym", "admin1", "region", "continent"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PERSON_LABELS = frozenset({"PER", "PERSON"})
# A first-level division this many times smaller than a city of its name abroad (of at least _BIG_CITY people) is
# read with a town's prior, its population's log times this, not a division's.
_DWARF_RATIO = 50
_BIG_CITY = 100_000
_DWARFED_PRIOR_PER_DECADE = 0.6
_SPEECH_AFTER = re.compile(r"[’']?s?\s+(?:said|says|told|added|explained|noted|wrote|continued|continues|"
                           r"asked|recalled|a\s+(?:déclaré|dit|affirmé|ajouté|expliqué|précisé))\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|added|explained|noted|asked|recalled)\s+$")
# A town's noun right before a name ("la ville de Kidal", "the town of Kidal", "مدينة كيدال"): the town, not the division.
_TOWN_NOUN_BEFORE = re.compile(r"(?:\b(?:ville|cité|localité|town|city)\s+(?:de\s+|d['’]\s*|of\s+)|مدينة\s+)$", re.IGNORECASE)
# an article before a name ("the Sahel", "la Bekaa", "al-Qaim"): a whole word, not "Le" of "Lebanon"
_LEADING = re.compile(r"^(?:(?:the|la|le|les)\s+|(?:l'|l’|al-|el-)\s*)", re.IGNORECASE)
# An attack or a taking, then "على" (on): "غارة على", "هجوم على", "قصف على", "سيطرت على".
_AR_STRUCK_ON = re.compile(r"(?:غار(?:ة|ات)|هجوم|هجمات|قصف|سيطر\w*|استولى|استولت)\s+على\s+$")

# A direction word before "of": "le Sud de la bande de Gaza" is a part of the place after it.


class Geoparser:
    """Find and resolve the toponyms of a text (see module docstring); holds no per-text state."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.max_words = min(gazetteer.max_words, 7)
        self._capitals, self._neighbours = country_facts(gazetteer)
        self._fragments = NameFragments(gazetteer)
        self._stop = {lang: frozenset(key(w) for w in words) for lang, words in STOPWORDS.items()}
        self._cues = {lang: frozenset(key(w) for w in words) for lang, words in PLACE_CUES.items()}
        self._ar_settlement = frozenset(key(w) for w in AR_SETTLEMENT_NOUNS)
        self._ar_town = frozenset(key(w) for w in AR_TOWN_NOUNS)
        self._admin1_by_name: dict[tuple[str, str], int] = {}
        d = gazetteer.data
        self._admin1_by_key: dict[str, list[int]] = {}
        for i in d.admin1_code:
            self._admin1_by_name[(d.country[i], key(d.name[i]))] = i
            self._admin1_by_key.setdefault(key(d.name[i]), []).append(i)
        self._abbreviations = Abbreviations(gazetteer, self._admin1_by_name)
        self._division_names = DivisionNames(gazetteer, self._admin1_by_key)
        self._namesakes = Namesakes.load()
        self._country_nouns = CountryNouns.load()
        self._arabic_towns = ArabicTownReader(gazetteer)


    # -- recognition -----------------------------------------------------------------------------
    def _accept(self, m: _Mention, text: str, lang: str, ents: list[Entity], persons: set[str]) -> bool:
        """Decide whether a gazetteer match is a toponym here (see module docstring); a town's name before
        "road" or "square" names the street instead (reported unresolved), and a town's name that may be a
        word of a longer name is marked a fragment (see geo_fragments: ``without_stray_fragments``)."""
        if not self._accept_match(m, text, lang, ents, persons):
            return False
        if lang in ("en", "fr"):
            if self._fragments.street(text, m.start, m.end, m.entries):
                m.street = True
                return False  # "Murree road", "Armas square": the street's name, not the town
            m.fragment = self._fragments.fragment(text, m.start, m.end, m.entries)
        return True

    def _accept_match(self, m: _Mention, text: str, lang: str, ents: list[Entity], persons: set[str]) -> bool:
        """Whether a gazetteer match is a toponym here, by its support (see module docstring)."""
        surface = text[m.start:m.end]
        k = key(surface)
        feats = {self.gaz.feature(i) for i in m.entries}
        joined_to = HYPHENATED.search(text[max(0, m.start - 20):m.start])
        if lang in ("en", "fr") and joined_to is not None and key(joined_to.group(1)) not in NAME_PARTICLES \
                and not feats & {"country", "demonym", "continent", "region"} \
                and not self._notable(key(joined_to.group(1))):
            # the end of a longer name the gazetteer lacks: "Tin-Hama" is not Hama ("Middlesex-London"
            # joins two places)
            return False
        single = " " not in k
        if lang in ("en", "fr") and direction_word(k) and DIRECTION_OF.match(text, m.end):
            # "dans le Sud de la bande de Gaza", "the North of Mali": a part of the place after it ("au Nord-ouest du
            # pays" is no Cameroon's Nord-Ouest region)
            return False
        if lang in ("en", "fr") and single and len(k) <= 3 and not surface.replace(".", "").isupper() and "country" in feats:
            # "Car bombs" is no CAR: a country's short name is an acronym, written in capitals
            m.entries = tuple(i for i in m.entries if self.gaz.feature(i) != "country")
            if not m.entries:
                return False
            feats = {self.gaz.feature(i) for i in m.entries}
        pop = max(self.gaz.data.population[i] for i in m.entries)
        if lang in ("en", "fr") and surface[:1].isupper() and feats <= {"admin1", "admin2"} \
                and (DIVISION_NOUN_AFTER.match(text, m.end) or "listed" in m.support):
            return True  # "Niger State", "Donetsk region": the noun says what the name is (NER: PERSON, ORG)
        if lang == "en" and pop >= 50_000 and surface[:1].isupper() and district_in_bracket(text, m.start, m.end):
            return True  # "Ain Az Zarqa area (Tyr)": ACLED's district of a place the gazetteer lacks (NER: PERSON)
        person = False
        for e in ents:
            if e.start < m.end and m.start < e.end:
                if e.label in PERSON_LABELS:
                    person = True
                    noun = SETTLEMENT_AFTER.match(text, m.end) if lang == "en" else None
                    # (not a town's kind word NER took in: "8 KM west of Ain al Arab city" (NER: PERSON))
                    kind_word = noun is not None and e.start >= m.start and e.end <= noun.end()
                    if e.end - e.start > m.end - m.start + 1 and "demonym" not in feats and not kind_word:
                        return False  # part of a person's name ("Paris Hilton")
                elif m.ner is None:
                    m.ner = e.label
        if lang in ("en", "fr") and pop < 100_000 and not feats & (AREA_FEATURES | {"base", "site", "admin2"}) \
                and any(self._runs_on(e, m, text, lang) or e.label == "ORG" and single
                        and named_after_a_town(e.start, e.end, m.start, m.end, text) for e in ents):
            return False  # a longer place name the gazetteer lacks ("Bulo | Burde" is no Bulu), or a firm ("Papa Jones")
        if lang in ("en", "fr") and pop < 100_000 and not feats & AREA_FEATURES \
                and any(ends_a_name(e.label, e.start, e.end, m.start, m.end, text) for e in ents):
            return False  # "Gadidche Ladieh Omar was tortured" (NER: FAC): the last word of a person's name, no 'Omer
        if lang == "en" and not feats & AREA_FEATURES and masthead(text, m.end):
            return False  # "the Sana news agency": a news outlet named after its town
        if WEAPON_NAMED_AFTER.match(text, m.end) or lang == "fr" and WEAPON_NAMED_BEFORE.search(text, max(0, m.start - 20), m.start):
            return False  # "a Molotov cocktail" (Perm was once Molotov), "un cocktail Molotov": a weapon's name
        if lang in ("en", "fr") and surface[:1].isupper() and SETTLEMENT_OF.search(text, max(0, m.start - 30), m.start):
            return True  # "the southern Lebanese town of Bint Jbeil" (NER: PERSON): the noun says it is a place
        if lang in ("en", "fr") and pop >= 1_000 and surface[:1].isupper() and cue_after(text, m.end):
            return True  # the apposition says it is a place, whatever NER made of the name
        if lang == "en" and surface[:1].isupper() and feats & LOCAL_FEATURES and SETTLEMENT_AFTER.match(text, m.end):
            return True  # "Kidal town", "Mangu village", "Lagos city" (ACLED's notes write places so)
        if "admin2" in feats and surface[:1].isupper() and (SECOND_DIVISION_ENDS.search(surface)
                                                            or SECOND_DIVISION_AFTER.match(text, m.end)):
            return True  # "Horo Guduru welega zone" (NER: PERSON): a division told with its kind word
        if lang in ("en", "fr") and in_persons_name(text, m.start, m.end, persons):
            return False  # "Marcos Cesar Feres Braga" after "Mr Braga": a word of that person's full name, no Cesar
        if single and k in persons and (m.ner not in PLACE_LABELS or not (
                self._cue_before(text, m.start, lang) or dateline(text, m))):
            return False  # the document uses this word as (part of) a person's name ("Georgia Stevens")
        if currency(text, m.start, m.end, lang):
            return False  # "the US dollar exchange rate": money, not where anything happened
        if single and not feats & AREA_FEATURES and self._speaker(text, m.start, m.end, lang):
            return False  # "Logan said", "said Bingham."
        if self._locative_town(m, text, lang, ents):
            return True
        if person and not (feats & AREA_FEATURES) and pop < 100_000:
            return False
        # "al-Harir", "el-Fasher": the capital comes after a transliterated Arabic article.
        upper = re.sub(rf"^{ARABIC_ARTICLE}-", "", surface)[:1].isupper() \
            or bool(DIVISION_NAMED.fullmatch(surface))
        allcaps = surface.replace(".", "").isupper() and len(surface.replace(".", "")) >= 2
        if lang in ("en", "fr") and single and k in self._stop[lang] and not (allcaps and feats & AREA_FEATURES):
            return False
        if lang == "ar":
            # a name after a settlement noun is a town, however small ("بمدينة بعلبك", "مدينة صور": a common
            # word too, "pictures"); so is the place that opens a dateline ("صور - استشهد ...")
            before = arabic_stems(prev_word(text, m.start))
            town_noun = any(key(st) in self._ar_town for st in before)
            if feats & LOCAL_FEATURES and (town_noun or dateline(text, m) and pop >= 20_000):
                return True
        if lang == "ar" and single and (k in self._stop["ar"] or any(st in self._stop["ar"] for st in arabic_stems(k))
                                        or key(whole_word(text, m.start, m.end)) in self._stop["ar"]):
            return False  # (the whole word too: "وزاريا", ministerial, is no "و" + Zaria)
        if lang in ("en", "fr") and not upper and not single and surface.split()[-1][:1].isupper() and feats <= AREA_FEATURES \
                and len(k.split()[0]) >= 4 and k.split()[0] not in self._stop[lang]:
            return True  # "la bande de Gaza", "le plateau du Golan": a region's name opens with its common noun
        if "admin2" in feats and not upper and DIRECTED_DIVISION.fullmatch(surface):
            return True  # "In east Hararge zone, Chinaksen woreda": a division's direction written in lower case
        if lang in ("en", "fr") and not upper:
            # French demonyms and country adjectives are lower case; nothing else is a name.
            return lang == "fr" and "demonym" in feats and m.ner not in PERSON_LABELS
        only_small = not feats & (AREA_FEATURES | {"base", "site", "admin2"})
        if lang in ("en", "fr") and only_small and (len(k) <= 3 or (allcaps and len(k) <= 4)):
            # "Ur", "CNN": short names need an NER place label, or a town of 50,000 after "in" ("in Jos")
            # (or alone in a bracket after a name, as ACLED writes a village's district: "Marwahin (Tyr)")
            return m.ner in PLACE_LABELS or (not allcaps and pop >= 50_000 and m.ner is None
                                             and prev_word(text, m.start) in LOCATIVE_EN | {"à"}) \
                or not allcaps and pop >= 50_000 and district_in_bracket(text, m.start, m.end)
        if m.ner in PLACE_LABELS or (m.ner in ("NORP", "MISC") and "demonym" in feats):
            return True
        if not only_small:
            return True
        if m.ner is not None:
            # NER calls it something else (ORG, DATE...), often wrongly for towns ("Toronto" ORG):
            # a sizeable town under its own main name stands; an alternate name does not ("Hamas").
            main = any(key(self.gaz.data.name[i]) == k and self.gaz.data.population[i] >= 20_000
                       for i in m.entries)
            if feats & {"airport", "base"} and not sentence_initial(text, m.start):
                return True  # "Heathrow", "Gatwick": airports are often labelled ORG
            if m.ner != "PERSON" and SETTLEMENT_OF.search(text, max(0, m.start - 30), m.start):
                return True  # "the town of Harardhere" (ORG to NER): the noun says it is a place
            area = AREA_AFTER_EN.match(text, m.end) if lang == "en" and m.ner != "PERSON" else None
            if area and (area.group(1) or feats & AREA_FEATURES):
                return True  # "the northern Lattakia countryside" (ORG to NER): so does the noun after
            if lang == "en" and m.ner == "ORG" and pop >= 2_000 and prev_word(text, m.start) in CAPTURE_VERBS_EN:
                return True  # "captured Harardhere" (ORG to NER): what is captured by name is a town
            return main or (pop >= 20_000 and inside_longer(m, ents, "ORG"))
        # Towns only: need a large population, a place cue right before, or a dateline.
        called = bool(SETTLEMENT_OF.search(text, max(0, m.start - 30), m.start))
        if called and lang in ("en", "fr") and upper:
            return True  # "the southern Lebanese town of Bint Jbeil": the noun says it is a place, however small
        cue = self._cue_before(text, m.start, lang) or called
        if lang == "ar":
            settlement = any(key(st) in self._ar_settlement for st in arabic_stems(prev_word(text, m.start)))
            return pop >= 100_000 or (cue and pop >= 5_000) or bool(settlement and feats & LOCAL_FEATURES) \
                or bool(dateline(text, m) and pop >= 1_000)
        if dateline(text, m):
            return True
        initial = sentence_initial(text, m.start)
        if cue and pop >= 1_000:
            return True
        if "airport" in feats and not initial:
            return True
        return pop >= (300_000 if initial else 100_000)

    def _notable(self, k: str) -> bool:
        """Whether the name ``k`` is a place of note on its own: a division, a country or a town of 50,000."""
        d = self.gaz.data
        return any(self.gaz.feature(i) != "city" or d.population[i] >= 50_000 for i in self.gaz.entries_for_key(k) or ())

    def _locative_town(self, m: _Mention, text: str, lang: str, ents: list[Entity]) -> bool:
        """"killed 4 farmers in Bokkos on Sunday", "in Jilib on Monday": a town under its own main name
        (5,000 people or more) right after "in", "near" or "outside", or one of 50,000 right after a verb of
        attack ("shelling hit Kherson"), which NER tagged as a person or an organisation of exactly that word. NER guesses so on names it has not seen; the preposition
        and the name's ending where the tag ends say it is a place ("in Trump's" or "near Hamas
        positions" are not)."""
        before = prev_word(text, m.start)
        if before == "of" and prev_word(text, text.rfind("of", 0, m.start)) in PART_OF_PLACE_EN:
            before = "in"  # "the centre of Kherson" says as much as "in Kherson"
        if lang == "fr" and (before == "à" or before == "de" and prev_word(text, text.rfind("de", 0, m.start)) == "près"):
            before = "in"  # "à Afgoye", "près de Bouar" (NER: PER)
        elif lang != "en" or before not in LOCATIVE_EN and before not in STRIKE_VERBS_EN and before not in CAPTURE_VERBS_EN:
            return False
        d = self.gaz.data
        k = key(text[m.start:m.end])
        least = 5_000 if before in LOCATIVE_EN else (2_000 if before in CAPTURE_VERBS_EN else 50_000)
        # under its own main name, or a spelling of a town of 20,000 ("Afgoye" for GeoNames' Afgooye)
        if not any((key(d.name[i]) == k and d.population[i] >= least or d.population[i] >= 20_000)
                   and self.gaz.feature(i) == "city" for i in m.entries):
            return False
        tags = [e for e in ents if e.start < m.end and m.start < e.end]
        if len(tags) != 1 or (tags[0].start, tags[0].end) != (m.start, m.end) \
                or tags[0].label not in PERSON_LABELS | {"ORG"}:
            return False
        return not re.match(r"[’']s\b|\s+(?:[A-Z]|positions?\b|fighters?\b|members?\b|militants?\b)", text[m.end:m.end + 12])

    def _runs_on(self, e: Entity, m: _Mention, text: str, lang: str) -> bool:
        """Whether the NER place ``e`` is the match ``m`` followed by more words of a proper name
        ("Bulo Burde"), not by a common noun that makes it a street, a valley or a county ("Seaton
        Street", "Peace River Valley", which name the place they start with)."""
        if e.label not in ("GPE", "LOC") or e.start > m.start or e.end <= m.end + 1:
            return False
        rest = text[m.end:e.end]
        words = re.findall(r"\w+", rest)
        return bool(re.match(r"[ -]\w", rest)) and bool(words) and all(
            w[:1].isupper() and key(w) not in self._stop[lang] for w in words)

    def _speaker(self, text: str, start: int, end: int, lang: str) -> bool:
        """Whether the name at ``start:end`` is someone speaking: "Logan said", "said Bingham."
        (not "a resident of Tabriz told")."""
        if self._cue_before(text, start, lang):
            return False
        if _SPEECH_AFTER.match(text, end):
            return True
        return bool(_SPEECH_BEFORE.search(text[max(0, start - 12):start])) and bool(
            re.match(r"\s*(?:[.,;]|$)", text[end:end + 2]))

    def _cue_before(self, text: str, start: int, lang: str) -> bool:
        prev = prev_word(text, start)
        if lang == "ar":
            word_start = start
            while word_start > 0 and not text[word_start - 1].isspace():
                word_start -= 1
            attached = text[word_start:start]
            if (attached and attached[-1] in "بل") or attached in ("في", "وفي"):
                return True
            if _AR_STRUCK_ON.search(text, max(0, word_start - 30), word_start):
                return True  # "غارة على بعلبك", "سيطرت على بارا": what is struck or taken is a place
        return key(prev) in self._cues.get(lang, frozenset()) or (lang == "en" and prev in CAPTURE_VERBS_EN)

    # -- public API ------------------------------------------------------------------------------
    def parse(self, text: str, lang: str, entities: list[Entity]) -> list[Place]:
        """Every toponym of ``text``, resolved where possible, sorted by start.

        ``entities`` are the NER spans (spaCy labels for fr/en; empty for Arabic). Offsets are
        offsets into ``text`` exactly as given (runs of spaces from masked boilerplate are fine).
        """
        lang = (lang or "en")[:2]
        # "the US dollar" (GPE to NER) is money, not a place the text names
        ents = sorted((inside_bracket(e) for e in entities
                       if not (e.label in PLACE_LABELS and currency(text, e.start, e.end, lang))), key=lambda e: e.start)
        # Words of full names ("Georgia Stevens"; not a mislabelled "Trump - Wisconsin").
        persons = {key(w) for e in ents if e.label in PERSON_LABELS and FULL_NAME.fullmatch(e.text.strip())
                   for w in e.text.split()}
        if lang in ("en", "fr"):
            persons |= {key(t.group(1)) for t in TITLED_NAME.finditer(text)}
        scanned = scan(self.gaz, self.max_words, text)
        # ("Seaton Street, Edmonton": the noun is no town, even before a division; the street stays unresolved)
        nouns = [m for m in scanned if lang in ("en", "fr") and noun_of_a_street(text, m.start, m.end)]
        scanned = [m for m in scanned if m not in nouns]
        if lang in ("en", "fr"):
            # ("Koko (Bante, Collines)": a division the scan takes only with its kind word, named in a bracket)
            scanned = sorted(scanned + bracket_divisions(self.gaz, self._division_names, text, scanned),
                             key=lambda m: m.start)
        division_readings(self.gaz, self._admin1_by_key, text, scanned)
        mentions = [m for m in scanned if self._accept(m, text, lang, ents, persons)]
        mentions = self._prefer_entities(mentions, ents, text, lang, persons)
        abbreviations = self._abbreviations.mentions(text, mentions)
        mentions.extend(abbreviations)
        # ("Hyderabad city (Hyderabad, TS)": an abbreviation in the parenthesis is a division too)
        towns_with_divisions(self.gaz, text, scanned + abbreviations, mentions)
        mentions.sort(key=lambda m: m.start)
        towns_with_state(self.gaz, text, mentions)
        # ("Barangay San Luis I" is no San Luis of Argentina: the noun says the country)
        foreign = self._country_nouns.keep_in_country(self.gaz, text, mentions)
        for m in mentions:
            m.admin_cue = self._admin_cue(text, m)
        # "Bir Basha ... Taizz": a word of a longer name, not Beed in India, unless near the text's other places
        mentions, dropped = without_stray_fragments(self.gaz, mentions, self._score)
        covered = [(m.start, m.end) for m in mentions]
        unresolved = [Place(text=text[m.start:m.end], start=m.start, end=m.end, confidence=0.3) for m in foreign]
        for e in ents:
            if e.label not in PLACE_LABELS or any(s < e.end and e.start < t for s, t in covered):
                continue
            if e.label in ("GPE", "LOC") and not self._person_like(e, text, lang, persons):
                unresolved.append(Place(text=e.text, start=e.start, end=e.end, confidence=0.3))
        # "Hertford Road", "Bir Basha": still places the text names, unresolved (no person's name: "Mae Mitchell-Smith")
        taken = covered + [(e.start, e.end) for e in ents if e.label in PERSON_LABELS]
        unresolved.extend(self._fragments.unresolved(text, [m for m in scanned if m.street] + nouns, dropped, taken,
                                                     unresolved))
        named = self._score(mentions)
        self._namesakes.prefer(self.gaz, text, mentions)
        self._town_over_division(mentions, text)
        strays = [m for m in mentions if stray(self.gaz, self._capitals, self._neighbours, m, named, mentions, text)]
        # one name, one place in a text: "ward of Turan" further down is the same Nigerian ward, no Da Nang (a name
        # the gazetteer reads only as another of a foreign town's names; a town's own name may be a namesake in
        # one place only, "Churachandpur police station")
        stray_names = {(key(text[m.start:m.end]), m.entries) for m in strays
                       if key(text[m.start:m.end]) != key(self.gaz.data.name[max(m.scores, key=m.scores.__getitem__)])}
        strays += [m for m in mentions if m not in strays and (key(text[m.start:m.end]), m.entries) in stray_names]
        for m in strays:
            mentions.remove(m)
            unresolved.append(Place(text=text[m.start:m.end], start=m.start, end=m.end, confidence=0.3))
        places = [self._place(m, text) for m in mentions]
        places.extend(unresolved)
        if lang == "ar":
            places.extend(self._arabic_towns.places(text, places))  # "مدينة موبي": Mubi, known only in Latin
        places.sort(key=lambda p: (p.start, p.end))
        return places

    def _person_like(self, e: Entity, text: str, lang: str, persons: set[str]) -> bool:
        """An NER place span of one word that the text uses as a person's name: a word of a
        person's full name ("Georgia" after "Georgia Stevens") with no place cue before it, or a
        speaker ("Oudshoorn said")."""
        k = key(text[e.start:e.end])
        if " " in k:
            return False
        if self._cue_before(text, e.start, lang):
            return False
        return k in persons or self._speaker(text, e.start, e.end, lang)

    def _prefer_entities(self, mentions: list[_Mention], ents: list[Entity], text: str, lang: str,
                         persons: set[str]) -> list[_Mention]:
        """An NER place span longer than the matches inside it ("San Francisco" vs "San"): if the
        gazetteer knows the whole span (articles and possessives off), it replaces them."""
        out = list(mentions)
        for e in ents:
            if e.label not in PLACE_LABELS or self._person_like(e, text, lang, persons):
                continue
            inside = [m for m in out if e.start <= m.start and m.end <= e.end]
            if inside and all(m.end - m.start >= e.end - e.start - 3 for m in inside):
                continue
            if any(m.start < e.end and e.start < m.end and not (e.start <= m.start and m.end <= e.end) for m in out):
                continue
            surface = text[e.start:e.end]
            trimmed = re.sub(r"['’]s$", "", surface)
            lead = _LEADING.match(trimmed)
            offset = lead.end() if lead else 0
            trimmed = trimmed[offset:]
            ids = self.gaz.entries(trimmed)
            start, end = e.start + offset, e.start + offset + len(trimmed)
            if hyphened_syllable(text, start, end):
                continue
            if ids and lang in ("en", "fr") and self._fragments.street(text, start, end, ids):
                continue  # "Armas square" (LOC to NER): the square's name, not the town
            if direction_word(key(trimmed)) and DIRECTION_OF.match(text, end):
                continue  # "le Sud de la bande de Gaza" (LOC to NER): a direction, not Haiti's Sud
            if ids:
                out = [m for m in out if m not in inside]
                out.append(_Mention(start, end, ids, ner=e.label,
                                    fragment=lang in ("en", "fr") and self._fragments.fragment(text, start, end, ids)))
        return out

    def _admin_cue(self, text: str, m: _Mention) -> bool:
        after = re.match(r"[\s-]*(\w+)", text[m.end:m.end + 20])
        words = {prev_word(text, m.start)}
        if after:
            words.add(after.group(1).lower())
        return bool(words & ADMIN_CUES)

    # -- disambiguation --------------------------------------------------------------------------
    def _prior(self, i: int, m: _Mention) -> float:
        s = prior_score(self.gaz, i, i in self._capitals)
        if self._renamed(i, m):
            s -= _ALTERNATE_NAME_PENALTY
        if m.admin_cue and self.gaz.feature(i) in ("admin1", "admin2"):
            s += 3.0
        elif self.gaz.feature(i) == "admin1" and self._dwarfed(i, m):
            # a tiny division named like a big city abroad is that city's namesake: Malta's council of Safi
            # (2,280 people) is no reading of "Safi" beside Morocco's port of 337,000
            s = _DWARFED_PRIOR_PER_DECADE * math.log10(self.gaz.data.population[i] + 10)
        return s

    def _renamed(self, i: int, m: _Mention) -> bool:
        """Whether town ``i`` bears the name only as another (a spelling is none: "Dara" is Dar‘ā) while a town near its
        size bears it as its own ("Southport": England's 91,703, not Kenosha, once Southport, 99,858; once per name)."""
        d, gaz, own = self.gaz.data, self.gaz, _LETTERS.sub("", m.key)
        if not own or gaz.feature(i) != "city" or _LETTERS.sub("", key(d.name[i])) == own:
            return False
        if m.own_name_population is None:
            m.own_name_population = max((d.population[j] for j in m.entries if gaz.feature(j) == "city"
                                         and _LETTERS.sub("", key(d.name[j])) == own), default=-1)
        return m.own_name_population >= 0 and m.own_name_population * _ALTERNATE_NAME_RATIO >= d.population[i]

    def _dwarfed(self, i: int, m: _Mention) -> bool:
        d = self.gaz.data
        return any(d.country[j] != d.country[i] and self.gaz.feature(j) == "city" and d.population[j] >= _BIG_CITY
                   and d.population[j] >= _DWARF_RATIO * max(d.population[i], 1) for j in m.entries)

    def _score(self, mentions: list[_Mention]) -> dict[tuple[int, ...], set[str]]:
        """Score each mention's readings (in place); returns, per name, the countries it names outright
        (a country, a demonym, a first-level division) or places confidently."""
        d = self.gaz.data
        gaz = self.gaz
        # Pass 1: priors; the confident winners make the document's focus.
        focus_c: Counter[str] = Counter()
        focus_a: Counter[int] = Counter()
        named_c: Counter[str] = Counter()  # countries named outright (country, demonym, division)
        own: dict[tuple[int, ...], tuple[Counter[str], Counter[int]]] = {}  # each name's share
        named_by: dict[tuple[int, ...], set[str]] = {}  # countries each name names outright
        for m in mentions:
            m.scores = {i: self._prior(i, m) for i in m.entries}
            if m.forced:
                for i in m.forced:
                    if gaz.feature(i) == "admin1":
                        focus_a[i] += 2
                    focus_c[d.country[i]] += 1
            best = max(m.scores, key=m.scores.__getitem__)
            second = max((v for j, v in m.scores.items() if d.country[j] != d.country[best]), default=-99.0)
            feat = gaz.feature(best)
            # Areas named outright count fully; a town only when it clearly beats its homonyms abroad.
            if feat in AREA_FEATURES and m.scores[best] - second >= 1.5:
                weight = 1.0
            elif m.scores[best] - second >= 1.5 and d.population[best] >= 10_000:
                weight = 0.5
            else:
                weight = 0.0
            if weight and d.country[best]:
                own_c, own_a = own.setdefault(m.entries, (Counter(), Counter()))
                focus_c[d.country[best]] += weight
                own_c[d.country[best]] += weight
                if feat in ("country", "demonym", "admin1"):
                    named_c[d.country[best]] += 1
                    named_by.setdefault(m.entries, set()).add(d.country[best])
                if feat == "admin1":
                    focus_a[best] += 1
                    own_a[best] += 1
                elif d.admin1[best] >= 0 and feat not in ("country", "demonym"):
                    focus_a[d.admin1[best]] += 1
                    own_a[d.admin1[best]] += 1
        near = near_bonus(self.gaz, mentions)
        for m in mentions:
            # A name's own readings are no evidence for themselves: "London" four times is not a
            # British focus that then picks London, England.
            own_c, own_a = own.get(m.entries, (Counter(), Counter()))
            total = sum(focus_c.values()) - sum(own_c.values()) + 2.0  # two pseudo-mentions
            for i in m.entries:
                cc = d.country[i]
                feat = gaz.feature(i)
                s = (m.scores[i] + 5.0 * (focus_c.get(cc, 0) - own_c.get(cc, 0)) / total
                     + near.get((id(m), i), 0.0))
                if i in self._capitals and not named_c.get(cc) and any(
                        named_c.get(d.country[j]) and d.population[j] >= RIVAL_POP
                        for j in m.entries if j != i and gaz.feature(j) == "city"):
                    # "London" in a text that names Canada, never Britain: the capital's bonus goes.
                    s -= CAPITAL_BONUS
                if feat in ("country", "admin1") and not named_elsewhere(cc, m, mentions, named_c, named_by) and any(
                        gaz.feature(j) == "city" and d.population[j] >= RIVAL_POP
                        and named_or_bordering(d.country[j], m, mentions, named_c, named_by, self._neighbours)
                        for j in m.entries if j != i):
                    # "عمان" beside "الأردنية": Amman, not Oman — the text names the city's country only;
                    # "Gaza" beside "Israeli": the city next door, not Mozambique's province
                    s -= CAPITAL_BONUS + 3.0
                adm = d.admin1[i]
                if adm >= 0 and feat not in ("country", "demonym") and focus_a.get(adm, 0) - own_a.get(adm, 0) > 0:
                    s += 2.5
                if m.forced:
                    for area in m.forced:
                        if gaz.feature(area) == "admin1" and adm == area:
                            s += 10.0
                        elif gaz.feature(area) in ("country", "demonym") and cc == d.country[area]:
                            s += 6.0
                m.scores[i] = s
        # One sense per name and document: mentions of one name share their summed scores.
        by_key: dict[tuple[int, ...], dict[int, float]] = {}
        for m in mentions:
            acc = by_key.setdefault(m.entries, {})
            for i, v in m.scores.items():
                acc[i] = acc.get(i, 0.0) + v
        forced_sense = {m.entries: max(m.scores, key=m.scores.__getitem__) for m in mentions if m.forced}
        for m in mentions:
            if m.forced:
                continue
            if m.entries in forced_sense:  # "London, Ky." once: every "London" of the text
                m.scores[forced_sense[m.entries]] = max(m.scores.values()) + 5.0
                continue
            total_scores = by_key[m.entries]
            n = sum(1 for o in mentions if o.entries == m.entries)
            m.scores = {i: v / n for i, v in total_scores.items()}
        return named_by

    def _town_over_division(self, mentions: list[_Mention], text: str) -> None:
        """"Erbil", "Kirkuk": a division and its main town share the name and lie close together;
        without a division cue the town is the more precise reading. Far apart ("Quebec", "New
        York"), the scores stand. A small town counts when a town's noun names it ("la ville de Kidal")."""
        d = self.gaz.data
        for m in mentions:
            best = max(m.scores, key=m.scores.__getitem__)
            if m.admin_cue or self.gaz.feature(best) != "admin1":
                continue
            # (a division's centroid may lie far from its town: Kidal region's is 118 km from Kidal)
            named_town = bool(_TOWN_NOUN_BEFORE.search(text, max(0, m.start - 24), m.start))
            # "in Sao Paulo, Sao Paulo", "Rio de Janeiro, Rio de Janeiro": a name written before its own division's
            # is the town (ACLED's notes give every town its division so)
            named_town = named_town or bool(re.match(r",[ \t]*" + re.escape(text[m.start:m.end]) + r"\b",
                                                     text[m.end:m.end + 2 + (m.end - m.start) + 2]))
            towns = [j for j in m.entries if self.gaz.feature(j) == "city" and (
                named_town and d.country[j] == d.country[best]
                or d.population[j] >= 50_000 and km(d.lat[j], d.lon[j], d.lat[best], d.lon[best]) <= 100.0)]
            if towns:
                town = max(towns, key=lambda j: d.population[j])
                m.scores[town] = m.scores[best] + 0.5

    def _place(self, m: _Mention, text: str) -> Place:
        best = max(m.scores, key=m.scores.__getitem__)
        ranked = sorted(m.scores.values(), reverse=True)
        margin = ranked[0] - ranked[1] if len(ranked) > 1 else 3.0
        c = self.gaz.candidate(best)
        conf = 1.0 / (1.0 + math.exp(-(margin - 0.5)))
        if m.ner in PLACE_LABELS or c.feature in AREA_FEATURES:
            conf = min(1.0, conf + 0.1)
        return Place(text=text[m.start:m.end], start=m.start, end=m.end, name=c.name, lat=round(c.lat, 5),
                     lon=round(c.lon, 5), country=c.country, admin1=c.admin1, feature=c.feature,
                     geonameid=c.geonameid, confidence=round(min(conf, 0.99), 3),
                     geo_precision=3 if c.feature in AREA_FEATURES else (2 if c.feature == "admin2" else 1))

    def locate(self, places: list[Place], text: str, anchor: Span, sentence: Span) -> Location | None:
        """Where the event whose trigger is ``anchor`` (inside ``sentence``) happened (see geo_locate)."""
        return locate(self.gaz, places, text, anchor, sentence, self._capitals)

    def seat(self, event_type: str | None, loc: Location | None) -> Location | None:
        """The national capital for an event of national politics placed only in its country (see geo_seat)."""
        return national_seat(self.gaz, self._capitals, event_type, loc)
