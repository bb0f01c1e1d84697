"""Towns an Arabic report names in Arabic letters that GeoNames knows only by their Latin name ("مدينة موبي"
is Mubi, in Nigeria's Adamawa state; GeoNames gives Mubi no Arabic name). Both spellings are reduced to the
same consonant skeleton, and a town of the report's own country with that skeleton, after a settlement noun
("مدينة", "بلدة", "قرية"), is read as that town.

Only the consonants count: Arabic writes few vowels, and Latin transliterations disagree on them ("Mubi",
"Moubi"). Letters that transliterations render alike share a class (ق, ك, خ, غ and k, q, g, kh, gh are one
velar class); ح, ه, ع and Latin h, w, y carry too little to compare and are dropped.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

from sitrep.model import Place
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.geo_lexicon import AR_TOWN_NOUNS

__all__ = ["ArabicTownReader", "arabic_skeleton", "latin_skeleton"]

_ARABIC_CLASS = {
    "ب": "B", "پ": "B", "ت": "T", "ط": "T", "ث": "T", "ج": "J", "خ": "K", "د": "D", "ض": "D", "ذ": "Z",
    "ر": "R", "ز": "Z", "ظ": "Z", "س": "S", "ص": "S", "ش": "X", "چ": "X", "غ": "K", "ق": "K", "ك": "K",
    "گ": "K", "ف": "F", "ڤ": "F", "ل": "L", "م": "M", "ن": "N",
}
# Latin letter groups, longest first, and the class each stands for ("" drops it).
_LATIN_GROUPS = [("sch", "X"), ("sh", "X"), ("ch", "X"), ("kh", "K"), ("gh", "K"), ("th", "T"), ("dh", "Z"),
                 ("dj", "J"), ("zh", "J"), ("ts", "S"), ("ph", "F"), ("ck", "K"), ("qu", "K")]
_LATIN_CLASS = {"b": "B", "p": "B", "t": "T", "d": "D", "j": "J", "g": "K", "k": "K", "q": "K", "c": "K",
                "x": "K", "f": "F", "v": "F", "l": "L", "m": "M", "n": "N", "r": "R", "s": "S", "z": "Z"}
# The Arabic article as Latin names write it ("Al Miqdadiyah", "Ad-Dawr", "El Fasher").
_LATIN_ARTICLE = re.compile(r"^(?:a[lnrstdz]|el|ash|ath)[\s'’-]+", re.IGNORECASE)
_ARABIC_ARTICLE = re.compile(r"^ال")

# A town noun (with its proclitics) and the name after it: one or two Arabic words.
_SETTLEMENT_NAME = re.compile(r"(?:^|(?<=\s))[وفبل]{0,2}(?:ال)?(?:" + "|".join(sorted(AR_TOWN_NOUNS)) + r")\s+"
                              r"([\u0621-\u064A]{2,})(?:\s+([\u0621-\u064A]{2,}))?")

# The fewest people a town of a two- or of a longer consonant skeleton must have to be read this way: a short
# skeleton fits many small places.
_MIN_POPULATION = {2: 20_000, 3: 2_000}
# How many times more people the town read must have than the next one of the same skeleton.
_CLEAR_LEAD = 5
_CONFIDENCE = 0.45


def _collapse(classes: list[str]) -> str:
    out: list[str] = []
    for c in classes:
        if c and (not out or out[-1] != c):
            out.append(c)
    return "".join(out)


def arabic_skeleton(word: str) -> str:
    """The consonant classes of an Arabic name, article off ("موبي" -> "MB")."""
    return _collapse([_ARABIC_CLASS.get(ch, "") for ch in _ARABIC_ARTICLE.sub("", word.strip())])


def latin_skeleton(name: str) -> str:
    """The consonant classes of a Latin name, diacritics and article off ("Mubi" -> "MB", "Khān Yūnis" -> "KNNS")."""
    folded = unicodedata.normalize("NFKD", _LATIN_ARTICLE.sub("", name.strip()))
    s = "".join(ch for ch in folded if ch.isascii() and ch.isalpha()).lower()
    classes: list[str] = []
    i = 0
    while i < len(s):
        group = next((g for g in _LATIN_GROUPS if s.startswith(g[0], i)), None)
        if group is not None:
            classes.append(group[1])
            i += len(group[0])
            continue
        classes.append(_LATIN_CLASS.get(s[i], ""))
        i += 1
    return _collapse(classes)


class ArabicTownReader:
    """Reads the towns an Arabic report names after a settlement noun that the gazetteer does not know in Arabic,
    against the Latin names of the report's own country's towns. Per-country indexes are built on first use."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self._by_country: dict[str, dict[str, list[int]]] = {}

    def _index(self, country: str) -> dict[str, list[int]]:
        index = self._by_country.get(country)
        if index is None:
            d = self.gaz.data
            index = {}
            for i, cc in enumerate(d.country):
                if cc == country and self.gaz.feature(i) == "city":
                    index.setdefault(latin_skeleton(d.name[i]), []).append(i)
            self._by_country[country] = index
        return index

    def _town(self, country: str, words: str) -> int | None:
        skeleton = arabic_skeleton(words.replace(" ", ""))
        if len(skeleton) < 2:
            return None
        found = sorted(self._index(country).get(skeleton, ()), key=lambda i: -self.gaz.data.population[i])
        if not found:
            return None
        pop = self.gaz.data.population
        need = _MIN_POPULATION[min(len(skeleton), 3)]
        if pop[found[0]] < need or len(found) > 1 and pop[found[0]] < _CLEAR_LEAD * pop[found[1]]:
            return None
        return found[0]

    def places(self, text: str, known: list[Place]) -> list[Place]:
        """Places for the unknown names after settlement nouns, in the country the report's places name most."""
        counts = Counter(p.country for p in known if p.country and p.lat is not None
                         and p.feature not in ("demonym", "continent"))
        if not counts:
            return []
        country = counts.most_common(1)[0][0]
        out: list[Place] = []
        for m in _SETTLEMENT_NAME.finditer(text):
            start = m.start(1)
            if any(p.start < m.end() and start < p.end and p.lat is not None for p in known + out):
                continue
            for end in ([m.end(2), m.end(1)] if m.group(2) else [m.end(1)]):
                entry = self._town(country, text[start:end])
                if entry is None:
                    continue
                c = self.gaz.candidate(entry)
                out.append(Place(text=text[start:end], start=start, end=end, name=c.name, lat=round(c.lat, 5),
                                 lon=round(c.lon, 5), country=c.country, admin1=c.admin1, feature=c.feature,
                                 geonameid=c.geonameid, confidence=_CONFIDENCE, geo_precision=1))
                break
        return out
