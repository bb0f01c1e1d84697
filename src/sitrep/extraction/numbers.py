"""Numbers, casualty figures and event counts in French, English and Arabic.

Language resources are data files (``data/lexicons/numbers.tsv``, ``numbers_cues.tsv``, month names
from ``dates.tsv``); this module holds the number grammar and the scanner, :mod:`.casualty_links` ties
figures to casualty words, :mod:`.number_records` holds the records. Everything compiled lives in a
:class:`NumberReader` built once by :meth:`NumberReader.load`; the module-level functions are thin
wrappers that take an optional reader. A ``numbers_cues.tsv`` row of kind ``name`` is a proper name whose
words would otherwise read as casualty words ("ميدان الشهداء", Martyrs' Square): matched first as the
longer phrase, it counts nobody.

ACLED rules implemented (ACLED codebook, "Reported fatalities", and the ACLED fatalities FAQ, 2023):

- a range or a floor is coded at its lower bound: "between 5 and 7" -> 5, "at least 12" -> 12,
  "more than 20" -> 20 (``value`` is the lower bound, ``approx`` is set);
- vague figures are not invented into numbers: ``fatalities`` stays ``None`` and the phrase is kept in
  ``casualties_text``; the value ACLED would code ("tens" 10, "dozens" 12, "hundreds" 100; "several",
  "a few", "many" 3) is given separately in ``fatalities_acled`` with a low confidence;
- all deaths count, perpetrators included: an attacker's death stated explicitly ("le kamikaze a
  trouvé la mort") is added to the victims' toll and also reported in ``attacker_fatalities``; an
  implicit one ("s'est fait exploser") is not counted;
- "no casualties" gives 0; killed and wounded are told apart; a figure in a cumulative clause ("18
  soldiers killed since 2013") or a background clause ("which had killed 24") is kept in
  ``statements`` but not used when the window has a figure of its own.

When a window restates a toll (headline and lead), the largest explicit figure is used: restatements
and partial counts ("8 soldiers ... 2 fighters") do not exceed the total.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Iterable

from ..textnorm import arabic_stems, fold, fold_with_offsets
from .casualty_links import link, summarise
from .toll_tiers import tier
from .casualty_sides import SideReader, incident_total
from .number_records import Casualties, CasualtyStatement, CountMention, Element, Entry, NumberMention

__all__ = ["Casualties", "CasualtyStatement", "CountMention", "NumberMention", "NumberReader", "default_reader",
           "find_casualties", "find_count", "incident_fatalities", "parse_number"]

_NUMBER_KINDS = {"card", "mult", "article", "approx_noun", "vague", "mod_min", "mod_max", "mod_approx",
                 "range_start", "range_mid"}
_HARD = set(".!?;\n؛")
_SOFT = set(",،:")
_IGNORED = set("'\"()[]«»/*-–—")
_RANGE_WORDS = {"a", "au", "to", "ou", "or", "الى", "او"}
# Auxiliaries a manner adverb may follow before the participle ("ont été tragiquement tués", "were brutally killed",
# "were reportedly killed"): the adverb is skipped, so the passive reads as the lexicon writes it.
_AUXILIARIES = {"fr": frozenset("ete ont a sont est avaient avait etaient etait".split()),
                "en": frozenset("were was been are is be".split())}
_MANNER = {"fr": re.compile(r"\w{3,}ment"), "en": re.compile(r"\w{4,}ly")}
# (adverbs that say how bad: "fatally wounded" is a death the lexicon reads, "mortellement blessés" too)
_KEPT_ADVERBS = frozenset("mortellement fatally mortally family weekly monthly yearly rally".split())
# words before "N residents" that make it a population ("a town of 20,000 residents", "compte 5 000 habitants")
_POPULATION_BEFORE = {"of", "de", "d", "to", "has", "with", "compte", "avec", "environ", "about", "some", "nearly"}


_CLASSES = (("zero", "zero"), ("negation", "negation"), ("cue", "fatal"), ("cue", "injury"), ("cue", "casualty"), ("attacker", "attacker"),
            ("person", "person"), ("event", "event_noun"), ("subset", "subset"), ("other", "other"),
            ("since", "since"), ("background", "background"), ("earlier", "earlier"), ("unit", "unit"), ("month", "month"),
            ("modmin", "mod_min"), ("conj", "conj"), ("rival", "rival"), ("superlative", "superlative"))


def _rows(path) -> list[list[str]]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if n == 0 or not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) >= 4:
            out.append(parts)
    return out


# Letters right before digits, or letters and a hyphen: the digits are part of a name or a model.
# (Latin letters only: Arabic writes "و3 جنود", "and 3 soldiers", with the conjunction joined)
_NAME_CODE = re.compile(r"(?:[A-Za-z]|[A-Za-z]{1,3}-)$")
# The hours' mark written onto the digits of a time of day ("22H15", "18h00", "14h").
_CLOCK_AFTER = re.compile(r"[hH](?:\d{2})?\b")


# A parent's children counted: "father of four", "mère de trois enfants", "أب لأربعة".
_PARENT_OF = re.compile(r"(?:\b(?:father|mother|parent|dad|mum|mom)\s+of|\b(?:père|mère)\s+de|(?:أب|أم)\s+ل)\s*$",
                        re.IGNORECASE)


# Arabic singular and dual nouns of the dead count one and two when no figure is told with them ("شهيد وإصابات في
# قمع الاحتلال", a martyr and wounded; "سقوط قتيلين", two killed).
_AR_COUNTED_DEAD = {"شهيد": 1, "قتيل": 1, "شهيدان": 2, "شهيدين": 2, "قتيلان": 2, "قتيلين": 2}


def _without_manner_adverbs(raw: list[tuple[str, int, int]], lang: str) -> list[tuple[str, int, int]]:
    """The tokens less a manner adverb right after an auxiliary (see ``_AUXILIARIES``)."""
    aux, manner = _AUXILIARIES.get(lang), _MANNER.get(lang)
    if aux is None or manner is None:
        return raw
    return [t for k, t in enumerate(raw) if not (k and raw[k - 1][0] in aux and t[0] not in _KEPT_ADVERBS
                                                  and manner.fullmatch(t[0]))]


def _arabic_counted_nouns(text: str, els: list[Element]) -> list[Element]:
    """The elements with a figure understood before a singular or dual noun of the dead that has none."""
    out: list[Element] = []
    for k, el in enumerate(els):
        value = _AR_COUNTED_DEAD.get(text[el.start:el.end]) if el.cat == "cue" and el.kind == "fatal" else None
        if value is not None and not any(x.cat == "num" for x in els[max(0, k - 2):k + 2] if x is not el):
            out.append(Element("num", el.start, el.start, value=value, num=NumberMention(
                "", el.start, el.start, value, value, value, False, 0.6)))
        out.append(el)
    return out


# A family counted by its members: "killed a family of eight", "une famille de huit", "عائلة من ثمانية".
_FAMILY_OF = re.compile(r"(?:\b(?:an?|the|his|her|their|une|la|sa|leur)\s+)?(?:\bfamily\s+of|\bfamille\s+de|"
                        r"(?:عائلة|أسرة|اسرة)\s+(?:من|مكونة\s+من))\s*$", re.IGNORECASE)


def _family_counted(text: str, els: list[Element]) -> list[Element]:
    """The elements with a family's count read as its people: "killed a family of eight" killed eight (the words
    "a family of" give way, and a person word is understood after the count when none is written)."""
    out: list[Element] = []
    for k, el in enumerate(els):
        told = _FAMILY_OF.search(text, max(0, el.start - 30), el.start) if el.cat == "num" else None
        if told is not None:
            while out and out[-1].start >= told.start():
                out.pop()
        out.append(el)
        nxt = els[k + 1] if k + 1 < len(els) else None
        if told is not None and (nxt is None or nxt.cat not in ("person", "attacker")):
            out.append(Element("person", el.end, el.end, entries=[Entry("person", "pl", 0)], kind="person",
                               roles=frozenset({"pl"}), value=0, kset=frozenset({"person"})))
    return out


class _Grammar:
    """Number grammar over scanned elements (a mixin of :class:`NumberReader`)."""

    def numbers(self, text: str, els: list[Element], lang: str) -> list[Element]:
        """Replace number phrases in ``els`` by ``num`` elements, then classify the rest."""
        out: list[Element] = []
        i = 0
        while i < len(els):
            el = els[i]
            numeric = el.cat == "digits" or (el.cat == "lex" and not el.kset.isdisjoint(_NUMBER_KINDS))
            hit = self._parse_at(text, els, i, lang) if numeric else None
            if hit is None:
                out.append(els[i])
                i += 1
                continue
            num, j = hit
            out.append(Element("num", num.start, num.end, num=num, value=num.value, wa=els[i].wa))
            i = j
        for k, el in enumerate(out):
            if el.cat == "num":
                nxt = out[k + 1] if k + 1 < len(out) else None
                prv = out[k - 1] if k else None
                if _blocked(el, nxt, prv, out[k + 2] if k + 2 < len(out) else None) \
                        or _PARENT_OF.search(text, max(0, el.start - 24), el.start):
                    el.cat = "word"  # (nor children: "The 58-year-old father of four died from shrapnel wounds")
            elif el.cat == "lex":
                for cat, kind in _CLASSES:
                    if el.has(kind):
                        el.cat, el.kind = cat, kind
                        el.roles = frozenset(e.role for e in el.entries if e.kind == kind)
                        el.value = el.val(kind)
                        break
                else:
                    el.cat = "word"
        return _family_counted(text, _arabic_counted_nouns(text, out) if lang == "ar" else out)

    def _parse_at(self, text: str, els: list[Element], i: int, lang: str) -> tuple[NumberMention, int] | None:
        el = els[i]
        mod = None
        j = i
        if el.cat == "lex" and el.has("mod_min", "mod_max", "mod_approx", "range_start"):
            mod = next(e.kind for e in el.entries if e.kind in ("mod_min", "mod_max", "mod_approx", "range_start"))
            j += 1
        core = self._core(text, els, j, lang)
        if core is None:
            return None
        value, approx, vague, acled, article, jend, conf = core
        low = high = value
        if value is not None and jend < len(els) - 1 and not vague:
            nxt = els[jend]
            gap = text[els[jend - 1].end:nxt.start].strip()
            dash = gap in ("-", "–", "—") and nxt.cat == "digits"
            joined = nxt.cat == "lex" and nxt.has("range_mid") and (mod == "range_start" or nxt.word in _RANGE_WORDS)
            if dash or joined:
                core2 = self._core(text, els, jend if dash else jend + 1, lang)
                if core2 and core2[0] is not None and core2[0] > value and not core2[2]:
                    high, jend, approx = core2[0], core2[5], True
        if mod == "range_start" and high == value:
            mod = None
            j = i + 1
            if els[i].word not in ("entre", "between", "بين"):
                return None  # "de", "from", "من" alone are not part of the number
        if mod == "mod_min":
            high, approx = None, True
        elif mod == "mod_max":
            low, approx, conf = None, True, conf * 0.8
        elif mod == "mod_approx":
            approx = True
        start = els[i].start if mod else els[j].start
        num = NumberMention(text[start:els[jend - 1].end], start, els[jend - 1].end, low if low is not None else value,
                            low, high, approx or vague, conf, vague=vague, acled=acled, article=article)
        return num, jend

    def _core(self, text: str, els: list[Element], j: int, lang: str):
        """(value, approx, vague, acled, article, end index, confidence) of the number at ``els[j]``."""
        if j >= len(els):
            return None
        el = els[j]
        if el.cat == "digits":
            value, k = _digits(text, els, j)
            if k < len(els) and els[k].cat == "lex" and els[k].has("mult"):
                m = els[k].val("mult") or 1
                return (int(round(value * m)) if value is not None else None, False, False, None, False, k + 1, 0.95)
            if value is None or value != int(value):
                return None
            return (int(value), False, False, None, False, k, 0.95)
        if el.cat != "lex":
            return None
        if el.has("vague"):
            return (None, True, True, el.val("vague"), False, j + 1, 0.4)
        if el.has("article"):
            nxt = els[j + 1] if j + 1 < len(els) else None
            if nxt is not None and nxt.cat == "lex" and nxt.has("approx_noun"):
                return (nxt.val("approx_noun"), True, False, None, False, j + 2, 0.8)
            if nxt is not None and nxt.cat == "lex" and nxt.has("mult"):
                return self._chain(els, j + 1, lang, start_value=1)
            if nxt is not None and nxt.cat == "lex" and nxt.has("card") and lang != "en":
                return self._chain(els, j, lang)
            return (1, False, False, None, True, j + 1, 0.6)
        if el.has("approx_noun"):
            return (el.val("approx_noun"), True, False, None, False, j + 1, 0.75)
        if el.has("card", "mult"):
            return self._chain(els, j, lang)
        return None

    @staticmethod
    def _chain(els: list[Element], j: int, lang: str, start_value: int = 0):
        total, cur, last = 0, start_value, start_value or None
        k = j
        while k < len(els):
            el = els[k]
            if el.cat != "lex":
                break
            if el.has("conj", "range_mid") and not el.has("card", "mult") and last is not None:
                nxt = els[k + 1] if k + 1 < len(els) else None
                if nxt is not None and nxt.cat == "lex" and nxt.has("card", "article") \
                        and (nxt.val("card") or nxt.val("article") or 0) < (last or 0) \
                        and el.word in ("et", "and", "و"):
                    k += 1
                    continue
                break
            if el.has("mult") and (last is not None or not el.has("vague")):
                m = el.val("mult") or 1
                if m >= 1000:
                    total += max(cur, 1) * m
                    cur = 0
                else:
                    cur = max(cur, 1) * m
                last = m
            elif el.has("card", "article"):
                v = el.val("card") if el.has("card") else el.val("article")
                if v is None:
                    break
                if last is None or cur == 0 and total == 0:
                    cur += v
                elif lang == "fr" and last == 4 and v == 20:
                    cur += 76
                elif v < last or (lang == "ar" and last < 10 and v % 10 == 0):
                    cur += v
                else:
                    break
                last = v
            else:
                break
            k += 1
        if k == j:
            return None
        return (total + cur, False, False, None, False, k, 0.9)


def _digits(text: str, els: list[Element], j: int) -> tuple[float | None, int]:
    """The value of a digit token (thousands grouped by ',', '.' or a space), and the next index."""
    raw = els[j].word
    k = j + 1
    # "2 500": groups of three digits after a single space
    while (len(raw) <= 3 or re.fullmatch(r"\d{1,3}(?: \d{3})+", raw)) and k < len(els) and els[k].cat == "digits" \
            and len(els[k].word) == 3 and text[els[k - 1].end:els[k].start] in (" ", "\u00a0", "\u202f", "\u2009"):
        raw = raw + " " + els[k].word
        k += 1
    raw = raw.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", raw):
        return float(int(re.sub(r"[.,]", "", raw))), k
    if re.fullmatch(r"\d+", raw):
        return float(int(raw)), k
    if re.fullmatch(r"\d+[.,]\d+", raw):
        return float(raw.replace(",", ".")), k
    return None, k


# The word before a passive's agent: the number after it counts the authors ("killed by two armed men").
_AGENT_BEFORE = frozenset({"by", "par"})


def _blocked(el: Element, nxt: Element | None, prv: Element | None, nxt2: Element | None) -> bool:
    """Numbers that are not counts: measures, ages, times, days of the month, years."""
    if nxt is not None and nxt.cat == "lex" and nxt.has("unit") and nxt.has("person"):
        # "a town of 20,000 residents" is a population; "killed 12 residents" a toll
        return prv is not None and prv.word in _POPULATION_BEFORE
    if nxt is not None and nxt.cat == "lex" and nxt.has("unit", "month"):
        return True
    # (the element before was classified already in the same pass: "14 نوفمبر 2024 – قُتل" is a date)
    if prv is not None and (prv.cat == "month" or prv.cat == "lex" and prv.has("month")):
        return True
    if prv is not None and prv.word in _AGENT_BEFORE and nxt is not None and nxt.cat == "lex" and nxt.has("person"):
        # "a man was abducted by four men and stabbed to death": a passive's agents are the authors, not victims
        return True
    num = el.num
    if num is not None and num.year_like:
        return not (nxt is not None and nxt.cat == "lex" and nxt.has("person", "fatal", "injury", "event_noun"))
    if num is not None and num.article:
        near = [x for x in (nxt, nxt2) if x is not None and x.cat == "lex"]
        return not any(x.has("person", "attacker") for x in near[:2]) and not (
            nxt is not None and nxt.word in ("des", "d", "of", "entre")) \
            and not (nxt is not None and nxt.cat == "lex" and nxt.has("fatal", "injury"))  # "a fait un mort"
    return False


class NumberReader(_Grammar):
    """Compiled number and casualty lexicons for fr/en/ar. Build once with :meth:`load`."""

    def __init__(self, rows: Iterable[tuple[str, str, str, str, str]],
                 sides: dict[str, SideReader] | None = None) -> None:
        self._sides = sides or {}
        self._tok = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|\n|[^\w\s]")
        self._lex: dict[str, dict[tuple[str, ...], list[Entry]]] = {}
        self._first: dict[str, set[str]] = {}
        self._maxlen = 1
        self._lens: dict[str, dict[str, list[int]]] = {}  # phrase lengths by first word, longest first
        self._fold_table: dict[int, str] = {}  # a memo of textnorm.fold per character (grows to the alphabet)
        for lang, phrase, kind, role, value in rows:
            toks = tuple(w for w in self._tok.findall(fold_with_offsets(phrase)[0]) if w not in _IGNORED)
            if not toks:
                continue
            v = value.strip()
            self._lex.setdefault(lang, {}).setdefault(toks, []).append(
                Entry(kind, role, int(v) if v.lstrip("-").isdigit() else None))
            self._first.setdefault(lang, set()).add(toks[0])
            lens = self._lens.setdefault(lang, {}).setdefault(toks[0], [])
            if len(toks) not in lens:
                lens.append(len(toks))
                lens.sort(reverse=True)
            self._maxlen = max(self._maxlen, len(toks))

    @classmethod
    def load(cls) -> "NumberReader":
        """Read the lexicons shipped in ``sitrep/data/lexicons`` (numbers, cues, month names)."""
        base = resources.files("sitrep") / "data" / "lexicons"
        rows: list[tuple[str, str, str, str, str]] = []
        rows += [(r[0], r[1], r[2], "", r[3]) for r in _rows(base / "numbers.tsv")]
        rows += [(r[0], r[1], r[2], r[3], r[4]) for r in _rows(base / "numbers_cues.tsv")]
        rows += [(r[0], r[1], r[2], "", r[3]) for r in _rows(base / "dates.tsv") if r[2] in ("month", "superlative")]
        return cls(rows, {lang: SideReader.load(lang) for lang in ("fr", "en", "ar")})

    def scan(self, text: str, lang: str, start: int = 0, end: int | None = None) -> list[Element]:
        """The elements of ``text[start:end]``: numbers parsed and lexicon phrases classified."""
        end = len(text) if end is None else min(end, len(text))
        start = max(0, start)
        chunk = text[start:end]
        folded, origin = self._fold(chunk)
        raw = [(m.group(), m.start(), m.end()) for m in self._tok.finditer(folded) if m.group() not in _IGNORED]
        raw = _without_manner_adverbs(raw, lang)
        lex = self._lex.get(lang, {})
        first = self._first.get(lang, set())
        lens = self._lens.get(lang, {})
        els: list[Element] = []
        i = 0
        while i < len(raw):
            w, s, e = raw[i]
            o_s, o_e = origin[s] + start, origin[e - 1] + 1 + start
            if w[0].isdigit() and _NAME_CODE.search(text, max(0, o_s - 4), o_s):
                # digits written onto letters name something ("M23", "F-16", "AK-47", "BM-21"): no figure,
                # and one word with its letters
                if els and o_s - els[-1].end <= 1:
                    prev = els.pop()
                    els.append(Element("word", prev.start, o_e, word=(prev.word or "") + w))
                else:
                    els.append(Element("word", o_s, o_e, word=w))
                i += 1
                continue
            if w[0].isdigit() and _CLOCK_AFTER.match(text, o_e):
                # a time of day ("à 22H15", "vers 18h00", "at 14h"): no figure
                els.append(Element("word", o_s, o_e, word=w))
                i += 1
                continue
            if w[0].isdigit():
                els.append(Element("digits", o_s, o_e, word=w))
                i += 1
                continue
            if w in _HARD or w in _SOFT:
                els.append(Element("hard" if w in _HARD else "soft", o_s, o_e, word=w))
                i += 1
                continue
            hit = self._match(raw, i, lex, first, lens)
            if hit is None:
                els.append(Element("word", o_s, o_e, word=w))
                i += 1
                continue
            n, entries, cut = hit
            o_s = origin[s + cut] + start
            o_e = origin[raw[i + n - 1][2] - 1] + 1 + start
            els.append(Element("lex", o_s, o_e, word=w[cut:], entries=entries, wa=w[:cut] == "و",
                           kset=frozenset(x.kind for x in entries)))
            i += n
        return self.numbers(text, els, lang)

    def _fold(self, text: str) -> tuple[str, "list[int] | range"]:
        """:func:`fold_with_offsets`, with a fast path when every character folds to one character."""
        table = self._fold_table
        for ch in set(text):
            if ord(ch) not in table:
                table[ord(ch)] = fold(ch)
        folded = text.translate(table)
        if len(folded) == len(text) and all(len(table[ord(c)]) == 1 for c in set(text)):
            return folded, range(len(text))
        return fold_with_offsets(text)

    def _match(self, raw: list[tuple[str, int, int]], i: int, lex: dict, first: set, lens: dict):
        w0 = raw[i][0]
        if w0 not in first and not ("\u0600" <= w0[0] <= "\u06ff"):
            return None
        stems = [(f, len(w0) - len(f)) for f in arabic_stems(w0)] if w0[0] >= "\u0600" else [(w0, 0)]
        if not any(f in first for f, _ in stems):
            return None
        limit = min(self._maxlen, len(raw) - i)
        words = [raw[j][0] for j in range(i, i + limit)]
        for n in range(limit, 0, -1):
            for f, cut in stems:
                if n not in lens.get(f, ()):
                    continue
                entries = lex.get((f, *words[1:n]))
                if not entries:
                    continue
                if cut:  # a stripped proclitic: number words only take the conjunction wa-
                    entries = [x for x in entries if x.kind not in _NUMBER_KINDS or raw[i][0][:cut] == "و"]
                    if not entries:
                        continue
                return n, entries, cut
        return None

    # ------------------------------------------------------------------------------ public readers
    def parse(self, words: str, lang: str) -> NumberMention | None:
        """The first quantity in ``words`` ("douze", "at least 5", "عشرات", "une vingtaine")."""
        els = self.scan(words, lang)
        for el in els:
            if el.cat == "num" and el.num is not None:
                return el.num
        for el in els:  # an article alone ("un", "a") still reads as one when asked directly
            if el.num is not None and el.num.article:
                return NumberMention(words[el.start:el.end], el.start, el.end, 1, 1, 1, False, 0.5, article=True)
        return None

    def casualties(self, text: str, lang: str, start: int = 0, end: int | None = None) -> Casualties:
        """Fatalities and injuries stated in ``text[start:end]`` (see the module docstring)."""
        els = self.scan(text, lang, start, end)
        return summarise(text, link(els, lang))

    def incident_fatalities(self, text: str, lang: str, told: list[list[CasualtyStatement]]) -> int | None:
        """Every side's dead over one incident's casualty windows (see :func:`.casualty_sides.incident_total`)."""
        sides = self._sides.get(lang)
        return None if sides is None else incident_total(text, told, sides)

    def count(self, text: str, lang: str, start: int = 0, end: int | None = None) -> CountMention | None:
        """The aggregate count of events in ``text[start:end]`` ("au moins cinq attaques" -> 5)."""
        els = self.scan(text, lang, start, end)
        found: list[CountMention] = []
        for k, el in enumerate(els):
            if el.cat != "event":
                continue
            num_k = next((j for j in range(k - 1, max(-1, k - 4), -1) if els[j].cat == "num"), None)
            between = [] if num_k is None else els[num_k + 1:k]
            if num_k is not None and all(x.cat in ("word", "other") for x in between):
                num = els[num_k].num
                assert num is not None
                if num.article or (num.value is not None and num.value < 2):
                    continue
                s, e = num.start, el.end
                found.append(CountMention(num.value, text[s:e], s, e, num.approx, num.confidence * 0.9,
                                          vague=num.vague, cumulative=tier(els, k) == "cumulative"))
            elif el.value == 2:
                found.append(CountMention(2, text[el.start:el.end], el.start, el.end, False, 0.8,
                                          cumulative=tier(els, k) == "cumulative"))
        current = [c for c in found if not c.cumulative]
        return (current or found or [None])[0]

@lru_cache(maxsize=1)
def default_reader() -> NumberReader:
    """The shipped lexicons, loaded once (an immutable resource, not state)."""
    return NumberReader.load()


def parse_number(words: str, lang: str, reader: NumberReader | None = None) -> NumberMention | None:
    """The first quantity in ``words``: "douze", "a dozen", "at least 5", "2 500", "خمسة", "٣", "عشرات"."""
    return (reader or default_reader()).parse(words, lang)


def find_casualties(text: str, lang: str, start: int = 0, end: int | None = None,
                    reader: NumberReader | None = None) -> Casualties:
    """Fatalities and injuries reported in ``text[start:end]``, following ACLED's conservative rules."""
    return (reader or default_reader()).casualties(text, lang, start, end)


def find_count(text: str, lang: str, start: int = 0, end: int | None = None,
               reader: NumberReader | None = None) -> CountMention | None:
    """The number of events an aggregate mention covers ("au moins cinq attaques", "خمس هجمات")."""
    return (reader or default_reader()).count(text, lang, start, end)


def incident_fatalities(text: str, lang: str, told: list[list[CasualtyStatement]],
                        reader: NumberReader | None = None) -> int | None:
    """The deaths of every side an incident's mentions tell, added up; None when fewer than two sides are named."""
    return (reader or default_reader()).incident_fatalities(text, lang, told)
