"""One word of a longer name the gazetteer lacks, and towns that only name a street.

The gazetteer knows "Wadi" (a town in India), "Bir" (Beed, India), "Al" (Halle, Belgium) and "Libano"
(Líbano, Colombia), but not "Wadi al Washka" (Libya), "Bir Basha" (Yemen), "Al-msabha" (Libya) or the
"Banque Libano-Francaise" (Beirut). The longest-match scan then finds one word of the longer name and,
once the word is accepted, the event lands on another continent. The rules here spot such words:

* a word that opens many names followed by more of the name ("Wadi al Washka", "Bir Basha");
* a word right after such an opener ("Shah Wali Kot", "Cano Limon");
* a word joined by a hyphen to a word that is no place ("Al-msabha", "Libano-Francaise"; not
  "Khulna-Jessore", which joins two towns);
* a word followed by a number ("Mine 6/7": a numbered mine, not Mine in Japan).

Only one-word matches that read as small towns (or divisions) are concerned: never a country, a region
or a nationality, nor a town of 100,000 people under its own main name. Such a *fragment* may still be
the place meant, or near it ("Ras Kamboni" is Kaambooni, Somalia, which GeoNames writes without "Ras";
"Champs" of "Champs-Elysees" finds Champs-sur-Marne, 20 km from Paris), so it is not dropped outright:
it keeps only its readings that lie near the text's other places (:func:`vouched`); one left with none
is reported unresolved, over the whole name's span.

Separately, a small town's name right before "road" or "square" names the street, not the town
(:meth:`NameFragments.street`); the street is reported unresolved.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from sitrep.model import Place
from sitrep.resolve.gazetteer import km
from sitrep.resolve.geo_lexicon import (
    DIRECTION_WORDS, LOCAL_FEATURES, NAME_ARTICLES, NAME_ELEMENTS, NEIGHBOURHOOD_AFTER, NEIGHBOURHOOD_OPENERS,
    OF_TOWN_NOUNS, STOPWORDS, STREET_AFTER_ANY_CASE, STREET_AFTER_CAPITALISED, STREET_NAME_RUN,
    STREET_NOUN_OF_NAME, STREET_NOUNS,
)
from sitrep.textnorm import key

if TYPE_CHECKING:  # pragma: no cover
    from sitrep.resolve.gazetteer import Gazetteer
    from sitrep.resolve.geo_scan import _Mention

# A word that opens this many names of several words in the gazetteer is a generic name element ("Wadi"
# opens 71, "Bani" 48, "Shah" 26, "Villa" 600), not a name on its own; a town's name rarely opens 20
# ("Kandahar" opens 2, "Tarhuna" none).
OPENER_NAMES = 20
# A reading of a fragment this close to a town the text names is that neighbourhood's, not a namesake.
VOUCH_KM = 100.0
# A town this large under its own main name is not mistaken for a word of another name ("Kano Emirate").
LARGE_TOWN = 100_000
# Features of a town-level reading: a country, a region or a nationality is named on purpose.
_TOWN_FEATURES = frozenset({"city", "airport"})
# A fragment may also read as a division ("Cano Limon": Limón is a Costa Rican province too); the text's
# countries then judge it (see :func:`vouched`).
_FRAGMENT_FEATURES = _TOWN_FEATURES | {"admin1", "admin2"}
# Readings that make the word after a hyphen a place ("Khulna-Jessore"): not a nationality ("Libano-Francaise").
_NOT_PLACES = frozenset({"demonym", "continent"})

_WORD = r"[^\W\d_][\w'’]*"
# "-msabha", "-Francaise", "-Barkin Ladi": the word after a hyphen, and up to two more after spaces.
_HYPHEN_WORD = re.compile(rf"-({_WORD})((?:[ \t]+{_WORD}){{0,2}})")
# " al Washka", " Basha": the next word of the name, maybe after an article ("Wadi al Washka", "Bab al-Hawa").
_NEXT_WORD = re.compile(rf"[ \t]+(?:([a-z]{{1,3}})[ \t-]+)?({_WORD})")
# "Shah " before "Wali": the word right before, spaces only between (no comma, no line break).
_PREV_WORD = re.compile(rf"({_WORD})[ \t]+$")
# "Mine 6/7", "Sector 3": a number ends the name (then punctuation, the end, or a preposition), unlike
# "Gao 3 soldiers" or "Bamako 12 May".
_NUMBERED = re.compile(r"[ \t]+\d{1,3}(?:/\d{1,3})?(?=[ \t]*(?:[.,;:)]|$)|[ \t]+(?:in|near|of|on|at|and)\b)")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# The rest of a name after one of its words: a capitalised word after a space (maybe after an article),
# any word after a hyphen ("Al-msabha"), or a number ("Mine 6/7").
_REST = re.compile(rf"(?:[ \t]+(?:(?:{'|'.join(sorted(NAME_ARTICLES))})[ \t-]+)?(?=[A-ZÀ-Ý])|-)({_WORD})"
                   r"|[ \t]+\d{1,3}(?:/\d{1,3})?\b")


def name_openers(gaz: Gazetteer) -> frozenset[str]:
    """Folded words that open at least ``OPENER_NAMES`` multi-word names of the gazetteer, and the generic
    name elements of :data:`NAME_ELEMENTS` (which GeoNames' towns under-represent: "Caño")."""
    counts = Counter(k.split(" ", 1)[0] for k in gaz.data.index if " " in k)
    derived = {w for w, n in counts.items() if n >= OPENER_NAMES}
    return frozenset(derived | {key(w) for w in NAME_ELEMENTS})


class NameFragments:
    """Tell a small town's name from one word of a longer name (see module docstring); no per-text state."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.openers = name_openers(gaz)
        self._common = frozenset(key(w) for lang in ("en", "fr") for w in STOPWORDS[lang]) | OF_TOWN_NOUNS

    def small_town(self, entries: Iterable[int], surface: str, features: frozenset[str] = _TOWN_FEATURES) -> bool:
        """Whether every reading has one of ``features`` and none is a town of ``LARGE_TOWN`` under its own
        main name: "Wali" is Warri (910,000 people) only through an alternate name, and no more a city's
        name than "Bir" is Beed's."""
        d = self.gaz.data
        k = key(surface)
        ids = tuple(entries)
        return bool(ids) and all(self.gaz.feature(i) in features for i in ids) and not any(
            d.population[i] >= LARGE_TOWN and key(d.name[i]) == k and self.gaz.feature(i) == "city" for i in ids)

    def fragment(self, text: str, start: int, end: int, entries: Iterable[int]) -> bool:
        """Whether the one-word, capitalised match ``text[start:end]``, a small town's name (or a division's),
        is a word of a longer name the gazetteer lacks: before a hyphen and a word that is no place, an
        opener before more of the name, the word after an opener, or a name before a number."""
        surface = text[start:end]
        if not surface or not surface[:1].isupper() or re.search(r"[\s-]", surface):
            return False
        ids = tuple(entries)
        if ids and all(self.gaz.feature(i) in _FRAGMENT_FEATURES for i in ids) and (
                self._second_word_of_a_division(text, start, end) or self._in_a_neighbourhood(text, start, end)):
            return True  # (however large the town: "Pur Chaman district" is no more Chaman's)
        if not self.small_town(ids, surface, _FRAGMENT_FEATURES):
            return False
        return (self._hyphen_after(text, end, key(surface)) or self._opens_name(text, end, key(surface))
                or self._after_opener(text, start) or bool(_NUMBERED.match(text, end)))

    def street(self, text: str, start: int, end: int, entries: Iterable[int]) -> bool:
        """"Murree road", "Armas square": a small town's name before a street noun names the street (which
        may lie in any town: the Murree road runs through Rawalpindi); so does one that opens a neighbourhood's
        name ("Jardim Oasis neighborhood"). Not a pair of towns a road joins
        ("the Khulna-Jessore road" names two places)."""
        surface = text[start:end]
        if not surface[:1].isupper():
            return False
        if noun_of_a_street(text, start, end):
            return True  # "Seaton Street": the noun is no town (Street, Somerset)
        if street_run(text, start, end) is not None:
            return True  # "Rue Victor Hugo": a word of a street's name that opens with its noun
        if text[start - 1:start] == "-":
            return False
        if STREET_AFTER_CAPITALISED.match(text, end):
            return True  # "Oxford Street", however large the town
        named = STREET_AFTER_ANY_CASE.match(text, end) or NEIGHBOURHOOD_AFTER.match(text, end)
        return named is not None and self.small_town(entries, surface)

    def unresolved(self, text: str, streets: list[_Mention], dropped: list[_Mention], taken: list[tuple[int, int]],
                   places: list[Place]) -> list[Place]:
        """Unresolved places (no point) for the streets named after towns ("Hertford Road") and for the
        longer names of the dropped fragments ("Bir Basha", "Shah Wali Kot"): the text names a place there,
        which the gazetteer lacks. Each keeps clear of ``taken`` spans and of ``places``; where the whole
        name runs into another place ("Libano-Francaise"), the match alone stands."""
        spans = [(street_extent(text, m.start, m.end), m) for m in streets]
        spans += [(self.name_extent(text, m.start, m.end), m) for m in dropped]
        out: list[Place] = []
        for (start, end), m in sorted(spans, key=lambda x: x[0]):
            busy = taken + [(p.start, p.end) for p in (*places, *out)]
            for a, b in ((start, end), (m.start, m.end)):
                if not any(s < b and a < t for s, t in busy):
                    out.append(Place(text=text[a:b], start=a, end=b, confidence=0.3))
                    break
        return out

    def name_extent(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The span of the whole name a fragment belongs to, as far as the text shows it: "Shah Wali Kot",
        "Wadi al Washka", "Al-msabha", "Cano Limon-Covenas", "Mine 6/7" (at most five more words)."""
        prev = _PREV_WORD.search(text, max(0, start - 40), start)
        if prev is not None and self._after_opener(text, start):
            start = prev.start()
        for _ in range(5):
            m = _REST.match(text, end)
            word = m.group(1) if m is not None else None
            if m is None or word is not None and (len(word) < 2 or key(word) in self._common):
                break
            end = m.end()
        return start, end

    def _hyphen_after(self, text: str, end: int, k: str) -> bool:
        """"Al-msabha", "Libano-Francaise": a hyphen, then a word that is no place, so the match is the
        first word of a compound name; "Khulna-Jessore", "Turmero-Maracay" join two places and stand.
        After an ordinary town a lower-case word makes an adjective ("Gao-based"), which still names the
        town; after a name element it is the name's next word ("Al-msabha")."""
        m = _HYPHEN_WORD.match(text, end)
        if m is None:
            return False
        word = m.group(1)
        if word[:1].islower() and k not in self.openers or _ACRONYM.fullmatch(word):
            return False  # (nor does an acronym continue a name: "Tigray-TPLF")
        more = m.group(2).split()
        for n in range(len(more), -1, -1):
            ids = self.gaz.entries_for_key(key(" ".join([word, *more[:n]])))
            if any(self.gaz.feature(i) not in _NOT_PLACES for i in ids):
                return False  # "Khulna-Jessore", "Bokkos-Barkin Ladi"
        return True

    def _opens_name(self, text: str, end: int, k: str) -> bool:
        """"Wadi al Washka", "Bani Siyah", "Bir Basha": a word that opens many names, then another
        capitalised word (maybe after an article). Not before a noun that makes an office or a division of
        the town ("Dover Police", "Bagh District", "Mangu LGA") nor before an acronym (an actor's)."""
        if k not in self.openers:
            return False
        m = _NEXT_WORD.match(text, end)
        if m is None or (m.group(1) and m.group(1) not in NAME_ARTICLES):
            return False
        word = m.group(2)
        return word[:1].isupper() and not _ACRONYM.fullmatch(word) and key(word) not in self._common

    def _in_a_neighbourhood(self, text: str, start: int, end: int) -> bool:
        """"Colonia Alamar", "Ejido Enrique Gonzalez Pedrero": the word after a neighbourhood opener
        (:data:`NEIGHBOURHOOD_OPENERS`), or the opener itself before a capitalised word."""
        before = _PREV_WORD.search(text, max(0, start - 40), start)
        if before is not None and key(before.group(1)) in NEIGHBOURHOOD_OPENERS and before.group(1)[:1].isupper():
            return True
        after = _NEXT_WORD.match(text, end)
        return key(text[start:end]) in NEIGHBOURHOOD_OPENERS and after is not None and after.group(2)[:1].isupper()

    def _after_opener(self, text: str, start: int) -> bool:
        """"Shah Wali Kot", "Cano Limon": right after a word that opens many names, the match is that
        name's next word (the gazetteer lacks the whole). Not after an article ("al Qaim" is Qaim), a
        direction ("North Gao") or a common word; a hyphen before is left to the geoparser's own rule."""
        m = _PREV_WORD.search(text, max(0, start - 40), start)
        if m is None:
            return False
        word = m.group(1)
        kp = key(word)
        return (word[:1].isupper() and kp in self.openers and kp not in NAME_ARTICLES
                and kp not in DIRECTION_WORDS and kp not in self._common)

    def _second_word_of_a_division(self, text: str, start: int, end: int) -> bool:
        """"in Pur Chaman district, Farah": before a division noun, a capitalised word that is no place, no
        direction and no common word opens the division's name with the match (Chaman is a Pakistani town;
        the district is Afghanistan's Pur Chaman)."""
        if not _DIVISION_AFTER.match(text, end):
            return False
        m = _PREV_WORD.search(text, max(0, start - 40), start)
        if m is None or not m.group(1)[:1].isupper() or _ACRONYM.fullmatch(m.group(1)):
            return False
        kp = key(m.group(1))
        before = text[max(0, m.start() - 3):m.start()]
        return (kp not in NAME_ARTICLES and kp not in DIRECTION_WORDS and kp not in self._common
                and kp not in self.gaz.data.index and not re.search(r"[.!?:]\s*$|^\s*$", before))


# "district", "province": the noun that closes a division's name ("Pur Chaman district").
_DIVISION_AFTER = re.compile(r"[ \t]+(?:district|sub-?district|province|county|subdivision|prefecture|"
                             r"municipality|commune|department|governorate)\b", re.IGNORECASE)


def vouched(gaz: Gazetteer, fragments: list[_Mention], others: list[_Mention],
            best: Callable[[_Mention], int | None]) -> list[_Mention]:
    """The fragments the rest of the text vouches for, each keeping only its readings that lie near another
    name of the text (``best``: a mention's chosen reading, or None): within ``VOUCH_KM`` of a town or in
    a division the text names. "the Champs-Elysees ... Paris" keeps Champs-sur-Marne (20 km from Paris,
    near enough for a map); "Bir Basha ... Taizz" drops Beed (India), "Shah Wali Kot ... Kandahar" drops
    Warri (Nigeria), "Colonia Tierra Blanca ... Culiacan" drops El Venado (Hidalgo), a village GeoNames
    also calls Colonia. A country alone vouches for nothing: most of the namesakes a word of a longer name
    finds lie in the text's country too ("Colonia" has several in Mexico)."""
    d = gaz.data
    chosen = [j for j in map(best, others) if j is not None]
    towns = [j for j in chosen if gaz.feature(j) in LOCAL_FEATURES]
    divisions = {j for j in chosen if gaz.feature(j) == "admin1"} | {d.admin1[j] for j in towns if d.admin1[j] >= 0}

    def near(i: int) -> bool:
        return d.admin1[i] in divisions or any(km(d.lat[i], d.lon[i], d.lat[j], d.lon[j]) <= VOUCH_KM for j in towns)

    kept = []
    for m in fragments:
        entries = tuple(i for i in m.entries if near(i))
        if entries:
            m.entries = entries
            kept.append(m)
    return kept


def street_run(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the street name opening with its noun ("Rue Victor Hugo") that holds ``start:end``."""
    for m in STREET_NAME_RUN.finditer(text, max(0, start - 80), min(len(text), end + 80)):
        if m.start() <= start and end <= m.end():
            return m.span()
    return None


def street_extent(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a street named after a town: "Murree road", "Armas square", "Jardim Oasis neighborhood",
    or of one whose name opens with its noun, "Rue Victor Hugo"."""
    run = street_run(text, start, end)
    if run is not None:
        return run
    if noun_of_a_street(text, start, end):
        words = _STREET_NAME_BEFORE.search(text, max(0, start - 60), start)
        return (words.start() if words is not None else start), end
    m = STREET_AFTER_CAPITALISED.match(text, end) or STREET_AFTER_ANY_CASE.match(text, end) \
        or NEIGHBOURHOOD_AFTER.match(text, end)
    return start, m.end() if m is not None else end


# The capitalised words before a street's noun, at most three ("Rest Acres Road", "Fore Street").
_STREET_NAME_BEFORE = re.compile(r"(?:(?<![\w'’-])(?-i:[A-Z])[\w'’-]*[ \t]+){1,3}$")


def noun_of_a_street(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the capitalised noun of a street's name ("Seaton Street", "Hertford Road")."""
    return key(text[start:end]) in STREET_NOUNS and text[start:start + 1].isupper() \
        and STREET_NOUN_OF_NAME.search(text, max(0, start - 40), start) is not None


def without_stray_fragments(gaz: Gazetteer, mentions: list[_Mention], score: Callable[[list[_Mention]], object]
                            ) -> tuple[list[_Mention], list[_Mention]]:
    """The mentions without the fragments that no other name of the text vouches for (see
    :func:`vouched`), and those dropped. ``score`` scores mentions in place (the geoparser's), to choose
    the other names' readings. A fragment placed by the divisions written after it ("Town (District,
    Province)") or by "Town, State" stands as it is: the text places it."""
    doubtful = [m for m in mentions if m.fragment and "divisions" not in m.support and not m.forced]
    if not doubtful:
        return mentions, []
    others = [m for m in mentions if not any(m is f for f in doubtful)]
    score(others)  # (the geoparser scores all the kept names afresh afterwards)
    kept = vouched(gaz, doubtful, others, lambda m: max(m.scores, key=m.scores.__getitem__) if m.scores else None)
    dropped = [m for m in doubtful if not any(m is k for k in kept)]
    return sorted(others + kept, key=lambda m: m.start), dropped
