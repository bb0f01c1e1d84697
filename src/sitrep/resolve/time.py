"""Event dates: date expressions in fr/en/ar resolved against the publication date, ACLED precision.

Words (month and weekday names, "hier", "la semaine dernière", "منذ", "dernier", reporting verbs ...)
live in ``data/lexicons/dates.tsv``; this module holds the grammar and the calendar arithmetic. The
compiled lexicon lives in a :class:`TimeResolver` built once with :meth:`TimeResolver.load`; the
module-level :func:`find_dates` and :func:`event_date` are thin wrappers.

Rules:

- a weekday is the most recent past occurrence relative to publication, the day itself included
  ("jeudi" in a Friday paper is the day before); "mercredi dernier" excludes the day itself;
  "lundi prochain" / "next Monday" is kind ``future`` (planned, not reported);
- "hier jeudi", "اليوم الثلاثاء": the weekday named wins over the publication stamp when the two are one or
  two days apart (a report stamped after midnight: "مساء اليوم الثلاثاء" stamped Wednesday is Tuesday);
- "depuis mercredi" / "since Wednesday" / "منذ الأربعاء" is kind ``since``: the event is on or after
  ``date`` and on or before ``range_end`` (the publication), with precision 1, 2 or 3 by the span;
- "dans la nuit de vendredi à samedi" gives the later day (kind ``night``);
- "la semaine dernière" gives the Monday of that week, precision 2; "le mois dernier", "au début du
  mois", "mi-juin" give ``YYYY-MM``, precision 3; "l'an dernier", "en 2013" give ``YYYY``, no ACLED
  precision (``None``);
- when publication is only ``YYYY-MM``, a weekday or "hier" cannot be a day: ``YYYY-MM``, precision 3;
- a date next to a reporting verb ("a indiqué vendredi", "said on Friday", "أعلن أمس") has
  ``report=True``: it dates the report and is used for the event only when nothing else is found.

dateparser is not needed on this path: the grammar below covers the forms news use and is faster;
malformed or impossible dates ("31 février") give ``date=None`` and never raise.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..extraction.numbers import NumberReader
from ..textnorm import arabic_stems, fold_with_offsets
from .date_filters import dates_that_date, in_a_stamp, in_dateline, spoken_day

_HARD = set(".!?;\n؛")
_SOFT = set(",،:")
_IGNORED = set("'\"()[]«»/*-–—")
_SUFFIX = {"er", "e", "eme", "st", "nd", "rd", "th"}
_OF = {"de", "du", "of", "من", "the"}
_AR_CONTEXT_ONLY = {"الاثنين", "اثنين", "الاحد"}  # also "the two", "the one"
# ... unless a clause goes on after them as after a date ("تظاهر آلاف الروس الاثنين في شوارع موسكو", "في شمال غزة
# الأحد،", "الإثنين الماضي"), and no "كلا" / "بين" makes them a number ("كلا الاثنين", both of them)
_AR_AFTER_WEEKDAY = re.compile(r"\s*(?:[،,.؛:]|(?:في|قرب|بعد|إثر|اثر|خلال|عند|حين|عندما|وفق|بحسب|حسب|ما|مما|الماضي|المقبل|القادم|"
                               r"الفائت)(?![\u0621-\u064A]))")
_AR_TWO_BEFORE = re.compile(r"(?:كلا|بين|هذين|هاتين)\s+$")
_EN_AMBIGUOUS_MONTHS = {"may", "march"}
_EN_MONTH_PREP = {"in", "of", "since", "early", "late", "mid", "last", "next", "until", "by", "from", "on", "this"}


@dataclass(slots=True)
class DateMention:
    """A date expression and what it resolves to (``date`` is ISO ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``).

    ``time_precision`` follows ACLED (1 day, 2 week, 3 month; ``None`` for a year or unresolved).
    ``kind``: absolute, weekday, relative, since, night, month, week, year, ago, future, report
    (see the module docstring); an empty span (``start == end``) means the value comes from the
    publication date, not from the text.
    """

    text: str
    start: int
    end: int
    date: str | None
    time_precision: int | None
    kind: str
    confidence: float
    range_end: str | None = None
    report: bool = False


@dataclass(slots=True)
class _Tok:
    cat: str  # lex, digits, hard, soft, word
    start: int
    end: int
    word: str
    entries: tuple[tuple[str, str], ...] = ()

    def get(self, kind: str) -> str | None:
        return next((v for k, v in self.entries if k == kind), None)

    def has(self, *kinds: str) -> bool:
        return any(k in kinds for k, _ in self.entries)


@dataclass(slots=True)
class _Pub:
    year: int
    month: int
    day: int | None

    @property
    def date(self) -> dt.date | None:
        return dt.date(self.year, self.month, self.day) if self.day else None

    @property
    def iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")


def _pub(published: str | None) -> _Pub | None:
    """The publication date, or ``None`` when absent or malformed."""
    if not published:
        return None
    m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ].*)?\s*", published)
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None
    try:
        dt.date(y, mo, d or 1)
    except ValueError:
        return None
    return _Pub(y, mo, d)


class TimeResolver:
    """Compiled date lexicon for fr/en/ar. Build once with :meth:`load`."""

    def __init__(self, rows: list[list[str]], numbers: NumberReader) -> None:
        self._tok = re.compile(r"\d+|[^\W\d_]+|\n|[^\w\s]")
        self._numeric = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})\b|(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b")
        self._lex: dict[str, dict[tuple[str, ...], list[tuple[str, str]]]] = {}
        self._first: dict[str, set[str]] = {}
        self._maxlen = 1
        self._numbers = numbers
        self._cache: dict[tuple[str, str, str | None], list[DateMention]] = {}
        for lang, phrase, kind, value, *_ in rows:
            toks = tuple(w for w in self._tok.findall(fold_with_offsets(phrase)[0]) if w not in _IGNORED)
            if toks:
                self._lex.setdefault(lang, {}).setdefault(toks, []).append((kind, value))
                self._first.setdefault(lang, set()).add(toks[0])
                self._maxlen = max(self._maxlen, len(toks))

    @classmethod
    def load(cls, numbers: NumberReader | None = None) -> "TimeResolver":
        """Read ``sitrep/data/lexicons/dates.tsv`` (and the number lexicons for "il y a trois jours")."""
        path = resources.files("sitrep") / "data" / "lexicons" / "dates.tsv"
        rows = [line.split("\t") for n, line in enumerate(path.read_text(encoding="utf-8").splitlines())
                if n and line.strip() and not line.startswith("#")]
        return cls([r for r in rows if len(r) >= 4], numbers or NumberReader.load())

    # ------------------------------------------------------------------------------------ scanning
    def _scan(self, text: str, lang: str) -> list[_Tok]:
        folded, origin = fold_with_offsets(text)
        raw = [(m.group(), m.start(), m.end()) for m in self._tok.finditer(folded) if m.group() not in _IGNORED]
        lex, first = self._lex.get(lang, {}), self._first.get(lang, set())
        out: list[_Tok] = []
        i = 0
        while i < len(raw):
            w, s, e = raw[i]
            o_s, o_e = origin[s], origin[e - 1] + 1
            cat = "digits" if w[0].isdigit() else "hard" if w in _HARD else "soft" if w in _SOFT else "word"
            if cat == "word":
                stems = [(f, len(w) - len(f)) for f in arabic_stems(w)]
                if any(f in first for f, _ in stems):
                    hit = self._longest(raw, i, lex, stems)
                    if hit:
                        n, entries, cut = hit
                        out.append(_Tok("lex", origin[s + cut], origin[raw[i + n - 1][2] - 1] + 1, w[cut:], tuple(entries)))
                        i += n
                        continue
            out.append(_Tok(cat, o_s, o_e, w))
            i += 1
        return out

    def _longest(self, raw, i, lex, stems):
        limit = min(self._maxlen, len(raw) - i)
        words = [raw[j][0] for j in range(i, i + limit)]
        for n in range(limit, 0, -1):
            for f, cut in stems:
                entries = lex.get((f, *words[1:n]))
                if entries:
                    return n, entries, cut
        return None

    # ------------------------------------------------------------------------------------- finding
    def find(self, text: str, lang: str, published: str | None) -> list[DateMention]:
        """Every date expression in ``text``, resolved against ``published``."""
        key = (text, lang, published)
        if key in self._cache:
            return self._cache[key]
        pub = _pub(published)
        toks = self._scan(text, lang)
        out: list[DateMention] = []
        i = 0
        while i < len(toks):
            hit = None
            try:
                hit = self._at(text, toks, i, lang, pub)
            except (ValueError, OverflowError):  # an impossible date never stops the scan
                hit = None
            if hit is None:
                i += 1
                continue
            mention, i = hit
            if mention.kind == "since" and self._compared(toks, text, mention):
                continue  # "the heaviest shelling since February": the base of a comparison, not the event's date
            out.append(mention)
        for m in out:
            m.report = spoken_day(toks, m, text) or in_dateline(text, m.start, m.end) or in_a_stamp(text, m.start, m.end)
        _year_from_context(text, out)
        _acled_qualifiers(text, out)
        if len(self._cache) > 8:
            self._cache.clear()
        self._cache[key] = out
        return out

    @staticmethod
    def _compared(toks: list[_Tok], text: str, m: DateMention) -> bool:
        """Whether a superlative stands a few words before "since ..." in its clause ("the heaviest shelling
        since February", "le bombardement le plus violent depuis février", "أعنف قصف ... منذ فبراير")."""
        k = next((j for j, t in enumerate(toks) if t.start >= m.start), len(toks))
        return any(t.has("superlative") and m.start - t.end <= 60 and not re.search(r"[.;!?]", text[t.end:m.start])
                   for t in toks[max(0, k - 6):k])

    def _at(self, text: str, toks: list[_Tok], i: int, lang: str, pub: _Pub | None):
        t = toks[i]
        for u in ((i + 1, i + 2) if t.cat in ("digits", "word", "lex") else ()):
            if u + 1 < len(toks) and toks[u].has("unit") and toks[u + 1].has("ago_post"):
                return self._ago(text, toks, i, i, pub, lang)
        if t.cat == "digits":
            m = self._numeric.match(text, t.start)
            if m:
                if m.group(1):
                    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
                else:
                    d, mo, y = int(m.group(4)), int(m.group(5)), int(m.group(6))
                    if lang == "en" and mo > 12 >= d:
                        d, mo = mo, d
                    y += 2000 if y < 100 else 0
                j = next((k for k in range(i, len(toks)) if toks[k].start >= m.end()), len(toks))
                return self._absolute(text, t.start, m.end(), y, mo, d, pub), j
            return self._day_month(text, toks, i, i, lang, pub)
        if t.cat != "lex":
            return None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.has("since") and nxt is not None:
            inner = self._at(text, toks, i + 1, lang, pub)
            if inner is not None:
                m, j = inner
                if m.kind in ("ago",):
                    return m, j
                return self._since(text, t.start, m, pub), j
            if nxt.has("unit_dual"):
                return self._ago(text, toks, i, i + 1, pub, lang)
            return None
        if t.has("night") and nxt is not None:
            hit = self._night(text, toks, i, lang, pub)
            if hit:
                return hit
        if t.has("ago_pre"):
            return self._ago(text, toks, i, i + 1, pub, lang)
        if t.has("ordinal") or t.has("ordinal_tens"):
            return self._day_month(text, toks, i, i, lang, pub)
        if t.has("part") and nxt is not None and nxt.has("month"):
            return self._month(text, toks, i + 1, lang, pub, start=t.start)
        if (t.has("wd_past") or t.has("wd_future")) and nxt is not None and nxt.has("weekday") and lang == "en":
            return self._weekday(text, toks, i + 1, lang, pub, start=t.start, mode="last" if t.has("wd_past") else "next")
        if t.has("wd_this") and nxt is not None and nxt.has("weekday"):
            return self._weekday(text, toks, i + 1, lang, pub, start=t.start, context=True)
        if t.has("weekday"):
            return self._weekday(text, toks, i, lang, pub)
        if t.has("month"):
            return self._month(text, toks, i, lang, pub)
        for kind in ("rel_day", "rel_week", "rel_month", "rel_year"):
            if t.has(kind):
                return self._relative(text, toks, i, kind, int(t.get(kind) or 0), pub)
        if t.has("yearmark") and nxt is not None and nxt.cat == "digits" and len(nxt.word) == 4 \
                and 1900 <= int(nxt.word) <= 2100:
            after = toks[i + 2] if i + 2 < len(toks) else None
            if after is None or not after.has("unit"):
                return DateMention(text[nxt.start:nxt.end], nxt.start, nxt.end, nxt.word, None, "year", 0.7), i + 2
        return None

    # ---------------------------------------------------------------------------------- patterns
    def _absolute(self, text: str, s: int, e: int, y: int | None, mo: int, d: int, pub: _Pub | None) -> DateMention:
        conf = 0.95
        if y is None:
            if pub is None:
                return DateMention(text[s:e], s, e, None, 1, "absolute", 0.3)
            y, conf = pub.year, 0.85
            if pub.day and _safe(y, mo, d) and _safe(y, mo, d) > pub.date + dt.timedelta(days=7):  # type: ignore[operator]
                y -= 1
            elif not pub.day and mo > pub.month:
                y -= 1
        day = _safe(y, mo, d)
        if day is None:
            return DateMention(text[s:e], s, e, None, None, "absolute", 0.2)
        return DateMention(text[s:e], s, e, day.isoformat(), 1, "absolute", conf)

    def _day_month(self, text: str, toks: list[_Tok], i: int, s_i: int, lang: str, pub: _Pub | None, start: int | None = None):
        t = toks[i]
        if t.cat == "digits" and len(t.word) <= 2:
            d, j = int(t.word), i + 1
        elif t.cat == "lex" and t.has("ordinal"):
            d, j = int(t.get("ordinal") or 0), i + 1
            if j < len(toks) and toks[j].has("ordinal_teen"):
                d, j = d + 10, j + 1
            elif j < len(toks) and toks[j].has("ordinal_tens"):
                d, j = d + int(toks[j].get("ordinal_tens") or 0), j + 1
        else:
            return None
        if not 1 <= d <= 31:
            return None
        if j < len(toks) and toks[j].word in _SUFFIX:
            j += 1
        if j < len(toks) and toks[j].word in _OF and j + 1 < len(toks) and toks[j + 1].has("month"):
            j += 1
        if j >= len(toks) or not toks[j].has("month") or not self._month_ok(text, toks, j, lang, after_day=True):
            return None
        mo, j = int(toks[j].get("month") or 0), self._skip_alt(toks, j)
        y = None
        k = j + 1 if j < len(toks) and toks[j].cat == "soft" else j
        if k < len(toks) and toks[k].cat == "digits" and len(toks[k].word) == 4:
            y, j = int(toks[k].word), k + 1
        s = toks[s_i].start if start is None else start
        return self._absolute(text, s, toks[j - 1].end, y, mo, d, pub), j

    @staticmethod
    def _skip_alt(toks: list[_Tok], j: int) -> int:
        """Index after the month at ``j`` and an alternative name of the same month ("يوليو (تموز)")."""
        mo = toks[j].get("month")
        j += 1
        if j < len(toks) and toks[j].get("month") == mo:
            j += 1
        return j

    @staticmethod
    def _month_ok(text: str, toks: list[_Tok], j: int, lang: str, after_day: bool = False) -> bool:
        if lang != "en":
            return True
        t = toks[j]
        if not text[t.start].isupper():
            return False
        if t.word in _EN_MONTH_PREP or t.word not in _EN_AMBIGUOUS_MONTHS or after_day:
            return True
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        prv = toks[j - 1] if j else None
        return (nxt is not None and nxt.cat == "digits") or (prv is not None and prv.word in _EN_MONTH_PREP)

    def _month(self, text: str, toks: list[_Tok], i: int, lang: str, pub: _Pub | None, start: int | None = None):
        if not self._month_ok(text, toks, i, lang):
            return None
        mo, j = int(toks[i].get("month") or 0), self._skip_alt(toks, i)
        s = toks[i].start if start is None else start
        if lang == "en" and j + 1 < len(toks) and toks[j].word == "." and len(toks[i].word) <= 4 \
                and toks[j + 1].cat == "digits":
            j += 1  # "Jan. 11"
        if lang == "en" and start is None and j < len(toks) and toks[j].cat == "digits" and len(toks[j].word) <= 2:
            d, k = int(toks[j].word), j + 1
            if k < len(toks) and toks[k].word in _SUFFIX:
                k += 1
            y = None
            m = k + 1 if k < len(toks) and toks[k].cat == "soft" else k
            if m < len(toks) and toks[m].cat == "digits" and len(toks[m].word) == 4:
                y, k = int(toks[m].word), m + 1
            return self._absolute(text, s, toks[k - 1].end, y, mo, d, pub), k
        y = None
        if j < len(toks) and toks[j].cat == "digits" and len(toks[j].word) == 4:
            y, j = int(toks[j].word), j + 1
        conf = 0.8
        if y is None:
            if pub is None:
                return DateMention(text[s:toks[j - 1].end], s, toks[j - 1].end, None, 3, "month", 0.3), j
            y, conf = (pub.year if mo <= pub.month else pub.year - 1), 0.7
        return DateMention(text[s:toks[j - 1].end], s, toks[j - 1].end, f"{y:04d}-{mo:02d}", 3, "month", conf), j

    def _weekday(self, text: str, toks: list[_Tok], i: int, lang: str, pub: _Pub | None, start: int | None = None,
                 mode: str = "this", context: bool = False):
        t = toks[i]
        prv = toks[i - 1] if i else None
        context = context or (prv is not None and prv.has("since", "rel_day", "night", "wd_this", "night_to", "ago_pre"))
        if lang == "ar" and t.word in _AR_CONTEXT_ONLY and not context and not (
                _AR_AFTER_WEEKDAY.match(text, t.end) and not _AR_TWO_BEFORE.search(text, max(0, t.start - 8), t.start)):
            return None
        if lang == "en" and not text[t.start].isupper():
            return None
        wd = int(t.get("weekday") or 0)
        s = t.start if start is None else start
        j = i + 1
        if j < len(toks) and (toks[j].cat == "digits" or toks[j].has("ordinal")):
            hit = self._day_month(text, toks, j, j, lang, pub, start=s)
            if hit is not None:
                return hit
        if j < len(toks) and toks[j].has("wd_past") and lang != "en":
            mode, j = "last", j + 1
        elif j < len(toks) and toks[j].has("wd_future") and lang != "en":
            mode, j = "next", j + 1
        e = toks[j - 1].end
        kind = "future" if mode == "next" else "weekday"
        if pub is None:
            return DateMention(text[s:e], s, e, None, None, kind, 0.3), j
        if pub.day is None:
            return DateMention(text[s:e], s, e, pub.iso, 3, kind, 0.35), j
        base = pub.date
        assert base is not None
        if mode == "next":
            day = base + dt.timedelta(days=((wd - base.weekday()) % 7) or 7)
        else:
            back = (base.weekday() - wd) % 7
            day = base - dt.timedelta(days=back or (7 if mode == "last" else 0))
        return DateMention(text[s:e], s, e, day.isoformat(), 1, kind, 0.8), j

    def _relative(self, text: str, toks: list[_Tok], i: int, kind: str, off: int, pub: _Pub | None):
        t = toks[i]
        j, e = i + 1, t.end
        named_wd = None
        if kind == "rel_day" and j < len(toks) and toks[j].has("weekday"):
            named_wd = int(toks[j].get("weekday") or 0)
            e, j = toks[j].end, j + 1  # "أمس الخميس", "hier jeudi"
        s = t.start
        name = {"rel_day": "relative", "rel_week": "week", "rel_month": "month", "rel_year": "year"}[kind]
        if off > 0:
            name = "future"
        if pub is None:
            return DateMention(text[s:e], s, e, None, None, name, 0.3), j
        if kind == "rel_year":
            return DateMention(text[s:e], s, e, f"{pub.year + off:04d}", None, name, 0.8), j
        if kind == "rel_month" or pub.day is None:
            y, m = _shift_month(pub.year, pub.month, off if kind == "rel_month" else 0)
            conf = 0.8 if kind == "rel_month" else 0.4
            return DateMention(text[s:e], s, e, f"{y:04d}-{m:02d}", 3, name, conf), j
        base = pub.date
        assert base is not None
        if kind == "rel_week":
            monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=off)
            return DateMention(text[s:e], s, e, monday.isoformat(), 2, name, 0.7), j
        day = base + dt.timedelta(days=off)
        if named_wd is not None and off <= 0 and (day.weekday() - named_wd) % 7 in (1, 2):
            # the weekday named beside it outweighs a publication stamp a day or two later (a report written on the
            # evening it tells, stamped after midnight or in another time zone): "مساء اليوم الثلاثاء" stamped
            # Wednesday 03:04 is Tuesday
            day -= dt.timedelta(days=(day.weekday() - named_wd) % 7)
            return DateMention(text[s:e], s, e, day.isoformat(), 1, name, 0.75), j
        return DateMention(text[s:e], s, e, day.isoformat(), 1, name, 0.85), j

    def _since(self, text: str, start: int, m: DateMention, pub: _Pub | None) -> DateMention:
        prec = m.time_precision
        if m.date and len(m.date) == 10 and pub is not None and pub.day:
            days = (pub.date - dt.date.fromisoformat(m.date)).days  # type: ignore[operator]
            prec = 1 if days <= 0 else 2 if days <= 6 else 3
        return DateMention(text[start:m.end], start, m.end, m.date, prec, "since", round(m.confidence * 0.8, 3),
                           range_end=pub.iso if pub else None)

    def _night(self, text: str, toks: list[_Tok], i: int, lang: str, pub: _Pub | None):
        j = i + 1
        while j < len(toks) and toks[j].has("wd_this") and not toks[j].has("weekday"):
            j += 1
        if j >= len(toks) or not toks[j].has("weekday"):
            return None
        k = j + 1
        if k < len(toks) and toks[k].has("night_to") and not toks[k].has("weekday"):
            k += 1
        if k >= len(toks) or not toks[k].has("weekday"):
            return None
        hit = self._weekday(text, toks, k, lang, pub, context=True)
        if hit is None:
            return None
        m, end = hit
        return DateMention(text[toks[i].start:m.end], toks[i].start, m.end, m.date, m.time_precision, "night",
                           m.confidence), end

    def _ago(self, text: str, toks: list[_Tok], i: int, k: int, pub: _Pub | None, lang: str = ""):
        """"il y a trois jours", "قبل يومين", "three days ago"; ``k`` is where the number starts."""
        if k >= len(toks):
            return None
        if toks[k].has("unit_dual"):
            n, unit, u = 2, int(toks[k].get("unit_dual") or 1), k
        else:
            u = next((x for x in range(k + 1, min(k + 4, len(toks))) if toks[x].has("unit")), None)
            if u is None:
                return None
            num = self._numbers.parse(text[toks[k].start:toks[u].start], lang or "fr")
            if num is None or num.value is None or num.vague:
                return None
            n, unit = num.value, int(toks[u].get("unit") or 1)
        j = u + 1
        if j < len(toks) and toks[j].has("ago_post"):
            j += 1
        s, e = toks[i].start, toks[j - 1].end
        if pub is None:
            return DateMention(text[s:e], s, e, None, None, "ago", 0.3), j
        if unit >= 365:
            return DateMention(text[s:e], s, e, f"{pub.year - n:04d}", None, "ago", 0.6), j
        if unit >= 30 or pub.day is None:
            y, m = _shift_month(pub.year, pub.month, -n if unit >= 30 else 0)
            return DateMention(text[s:e], s, e, f"{y:04d}-{m:02d}", 3, "ago", 0.6), j
        day = pub.date - dt.timedelta(days=n * unit)  # type: ignore[operator]
        return DateMention(text[s:e], s, e, day.isoformat(), 1 if unit == 1 else 2, "ago", 0.75), j

    # --------------------------------------------------------------------------------- the event
    def event_date(self, text: str, lang: str, published: str | None, anchor_start: int, anchor_end: int,
                   sentence_start: int, sentence_end: int) -> DateMention | None:
        """The date governing the event whose trigger is at ``[anchor_start, anchor_end)``.

        The closest date in the sentence; else the last date of the previous sentences of the same
        paragraph; else a reporting date in the sentence ("a indiqué vendredi"); else the publication
        month when ``published`` is ``YYYY-MM``; else the publication day only when the text reports
        same-day ("aujourd'hui", "today", "ce matin"); else ``None``.
        """
        found = dates_that_date(text, self.find(text, lang, published))

        def dist(m: DateMention) -> int:
            if m.start < anchor_end and anchor_start < m.end:
                return 0
            return min(abs(m.start - anchor_end), abs(anchor_start - m.end))

        in_sent = [m for m in found if m.start >= sentence_start and m.end <= sentence_end and m.kind != "year"]
        direct = [m for m in in_sent if not m.report]
        if direct:
            return min(direct, key=lambda m: dist(m) + (60 if m.kind == "future" else 0))
        para = text.rfind("\n", 0, sentence_start) + 1
        before = [m for m in found if para <= m.start and m.end <= sentence_start and not m.report
                  and m.kind not in ("future", "year")]
        if before:
            m = before[-1]
            return DateMention(m.text, m.start, m.end, m.date, m.time_precision, m.kind, round(m.confidence * 0.8, 3),
                               m.range_end)
        reports = [m for m in in_sent if m.report]
        if reports:
            m = min(reports, key=dist)
            return DateMention(m.text, m.start, m.end, m.date, m.time_precision, m.kind, round(m.confidence * 0.6, 3),
                               m.range_end, report=True)
        pub = _pub(published)
        if pub is None:
            return None
        if pub.day is None:
            return DateMention("", sentence_start, sentence_start, pub.iso, 3, "published", 0.3)
        if any(m.kind == "relative" and m.date == pub.iso for m in found):
            return DateMention("", sentence_start, sentence_start, pub.iso, 1, "published", 0.5)
        return None


_YEAR = re.compile(r"\b\d{4}\b")
# ACLED's notes qualify a date they cannot pin to the day: "Around 1 February 2024 (month of)".
_QUALIFIER = re.compile(r"[ \t]*\((month|week) of\)", re.IGNORECASE)


def _year_from_context(text: str, found: list[DateMention]) -> None:
    """A day and month without a year right after a full date take its year, not one guessed from the
    publication date: "On 5 March 2023 (between 3 and 5 March)"."""
    for prev, m in zip(found, found[1:]):
        if m.kind != "absolute" or not m.date or _YEAR.search(m.text) or prev.kind != "absolute" or not prev.date \
                or not _YEAR.search(prev.text) or m.start - prev.end > 40 or "\n" in text[prev.end:m.start]:
            continue
        day = _safe(int(prev.date[:4]), int(m.date[5:7]), int(m.date[8:10])) if len(m.date) == 10 else None
        if day is not None:
            m.date, m.confidence = day.isoformat(), max(m.confidence, 0.9)


def _acled_qualifiers(text: str, found: list[DateMention]) -> None:
    for m in found:
        q = _QUALIFIER.match(text, m.end)
        if q is not None and m.date:
            m.time_precision = 3 if q.group(1).lower() == "month" else 2


def _safe(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _shift_month(y: int, m: int, off: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + off
    return n // 12, n % 12 + 1


@lru_cache(maxsize=1)
def default_resolver() -> TimeResolver:
    """The shipped date lexicon, loaded once (an immutable resource; its result cache is bounded)."""
    return TimeResolver.load()


def find_dates(text: str, lang: str, published: str | None, resolver: TimeResolver | None = None) -> list[DateMention]:
    """Every date expression in ``text`` resolved against the publication date (``YYYY-MM-DD``, ``YYYY-MM`` or None)."""
    return (resolver or default_resolver()).find(text, lang, published)


def event_date(text: str, lang: str, published: str | None, anchor_start: int, anchor_end: int,
               sentence_start: int, sentence_end: int, resolver: TimeResolver | None = None) -> DateMention | None:
    """The date of the event whose trigger is at ``[anchor_start, anchor_end)`` (see :meth:`TimeResolver.event_date`)."""
    return (resolver or default_resolver()).event_date(text, lang, published, anchor_start, anchor_end,
                                                       sentence_start, sentence_end)
