"""Shared machinery of the claims and statements extractors: lexicon files, token views, parse helpers.

A lexicon is a TSV file (``lang``, ``type``, ``phrase``, ``value``, ``weight``, ``source``) read by
:func:`read_lexicon`; a :class:`Lexicon` finds its phrases over a :class:`TokenView` of the document
(spaCy tokens with surface and lemma forms for French and English, folded tokens with Arabic
proclitics stripped otherwise). The helpers below read spaCy's dependency parse: subjects, compact
noun phrases, and the actor a phrase names.
"""
from __future__ import annotations

import bisect
import csv
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from ..model import Actor
from ..textnorm import arabic_stems, fold, tokens
from .context import DocContext

_COLUMNS = ("lang", "type", "phrase", "value", "weight", "source")
_SUBJ = {"nsubj", "nsubj:pass", "nsubjpass", "expl:subj"}
_PASS_SUBJ = {"nsubj:pass", "nsubjpass"}
SUBJ_CUT = frozenset({"acl:relcl", "relcl", "parataxis", "conj", "cc", "advcl", "dep"})
_CUT = {"acl:relcl", "relcl", "parataxis", "conj", "cc", "punct", "appos", "acl", "advcl", "dep"}

def lexicon_dir() -> Path:
    """The folder of the curated lexicons (``sitrep/data/lexicons``)."""
    return Path(str(resources.files("sitrep") / "data" / "lexicons"))


@dataclass(frozen=True, slots=True)
class LexEntry:
    """One row of a lexicon TSV; ``words`` is the folded phrase split into tokens."""

    lang: str
    type: str
    phrase: str
    value: str
    weight: float
    source: str
    words: tuple[str, ...]


@dataclass(slots=True)
class Tok:
    """A word of the document: offsets, folded forms (surface, lemma, Arabic stems), sentence, spaCy token."""

    i: int
    start: int
    end: int
    forms: tuple[str, ...]
    sent: int
    sp: Any = None


@dataclass(slots=True)
class LexMatch:
    first: int  # index of the first Tok
    last: int  # index of the last Tok (inclusive)
    entry: LexEntry


def read_lexicon(path: Path) -> list[LexEntry]:
    """Read a lexicon TSV (``#`` lines are comments); errors name the file and line."""
    out: list[LexEntry] = []
    with open(path, encoding="utf-8", newline="") as f:
        lines = [(n, line) for n, line in enumerate(f, start=1) if line.strip() and not line.startswith("#")]
    reader = csv.reader((line for _, line in lines), delimiter="\t", quoting=csv.QUOTE_NONE)
    header: list[str] | None = None
    for (lineno, _), row in zip(lines, reader):
        if header is None:
            header = row
            if tuple(header) != _COLUMNS:
                raise ValueError(f"{path}:{lineno}: expected columns {_COLUMNS}, got {tuple(header)}")
            continue
        if len(row) != len(_COLUMNS):
            raise ValueError(f"{path}:{lineno}: expected {len(_COLUMNS)} tab-separated columns, got {len(row)}")
        lang, typ, phrase, value, weight, source = row
        try:
            w = float(weight) if weight else 1.0
        except ValueError as err:
            raise ValueError(f"{path}:{lineno}: weight {weight!r} is not a number") from err
        words = tuple(t for _, _, t in tokens(fold(phrase)))
        if not words:
            raise ValueError(f"{path}:{lineno}: empty phrase")
        out.append(LexEntry(lang, typ, phrase, value, w, source, words))
    return out


class Lexicon:
    """Phrase lookup over a :class:`TokenView`: longest match per start token, per language."""

    def __init__(self, entries: Iterable[LexEntry]) -> None:
        self._index: dict[str, dict[str, list[LexEntry]]] = {}
        for e in entries:
            bucket = self._index.setdefault(e.lang, {}).setdefault(e.words[0], [])
            if e not in bucket:
                bucket.append(e)

    def _tables(self, lang: str) -> list[dict[str, list[LexEntry]]]:
        return [t for t in (self._index.get(lang), self._index.get("*")) if t]

    def match(self, toks: list[Tok], lang: str, types: set[str] | None = None) -> list[LexMatch]:
        """Every start token's longest matches (entries of every type that match at that length)."""
        tables = self._tables(lang)
        out: list[LexMatch] = []
        n = len(toks)
        for k, tok in enumerate(toks):
            best: list[LexEntry] = []
            best_len = 0
            for table in tables:
                for form in tok.forms:
                    if form not in table:
                        continue
                    for e in table[form]:
                        if types is not None and e.type not in types:
                            continue
                        m = len(e.words)
                        if m < best_len or k + m > n:
                            continue
                        if all(e.words[j] in toks[k + j].forms for j in range(1, m)):
                            if m > best_len:
                                best, best_len = [], m
                            if e not in best:
                                best.append(e)
            if best:
                out.extend(LexMatch(k, k + best_len - 1, e) for e in best)
        return out


class Folder:
    """Folds words with a bounded cache (the same words recur in every document)."""

    def __init__(self, limit: int = 50_000) -> None:
        self._cache: dict[str, tuple[str, ...]] = {}
        self.pairs: dict[tuple[str, str], tuple[str, ...]] = {}
        self._limit = limit

    def forms(self, text: str, lemma: str) -> tuple[str, ...]:
        """Match forms of a parsed token: (surface, lemma) for one word; ("", "", *words) for a compound."""
        subs = self.words(text)
        if len(subs) > 1:
            value: tuple[str, ...] = ("", "", *subs)
        elif not subs:
            value = ()
        else:
            lem = self.words(lemma) if lemma else ()
            value = subs + (lem[0],) if len(lem) == 1 and lem[0] != subs[0] else subs
        if len(self.pairs) < self._limit:
            self.pairs[(text, lemma)] = value
        return value

    def words(self, text: str) -> tuple[str, ...]:
        """The folded sub-words of ``text`` ("porte-parole" → porte, parole)."""
        hit = self._cache.get(text)
        if hit is not None:
            return hit
        if text.isascii() and text.isalnum():
            value: tuple[str, ...] = (text.lower(),)
        else:
            value = tuple(t for _, _, t in tokens(fold(text)))
        if len(self._cache) < self._limit:
            self._cache[text] = value
        return value


@dataclass(slots=True)
class TokenView:
    """The document as a list of :class:`Tok`, built once and shared by claims and statements."""

    toks: list[Tok]
    by_sp: dict[int, list[int]] = field(default_factory=dict)  # spaCy token index -> Tok indexes

    @classmethod
    def build(cls, ctx: DocContext, folder: Folder) -> "TokenView":
        """Tokens from spaCy's parse (surface and lemma forms) or, without a parse, from the folded text."""
        starts = [s.start for s in ctx.sentences] or [0]
        toks: list[Tok] = []
        by_sp: dict[int, list[int]] = {}
        if ctx.parsed is not None:
            doc = ctx.parsed
            cache = folder.pairs
            s = 0
            nxt = starts[1] if len(starts) > 1 else None
            for t in doc:
                text, idx = t.text, t.idx
                while nxt is not None and idx >= nxt:
                    s += 1
                    nxt = starts[s + 1] if s + 1 < len(starts) else None
                pair = (text, t.lemma_)
                forms = cache.get(pair)
                if forms is None:
                    forms = folder.forms(*pair)
                if not forms:
                    continue
                if len(forms) == 1 or forms[1:2] != ("",):
                    by_sp[t.i] = [len(toks)]
                    toks.append(Tok(len(toks), idx, idx + len(text), forms, s, t))
                    continue
                # a token made of several words ("porte-parole", "d'"inacceptables"): offsets are the token's
                by_sp[t.i] = []
                for w in forms[2:]:
                    by_sp[t.i].append(len(toks))
                    toks.append(Tok(len(toks), idx, idx + len(text), (w,), s, t))
        else:
            from ..textnorm import fold_with_offsets

            ftext, origin = fold_with_offsets(ctx.text)
            for a, b, w in tokens(ftext):
                start, end = origin[a], origin[b - 1] + 1
                sent = bisect.bisect_right(starts, start) - 1
                toks.append(Tok(len(toks), start, end, tuple(arabic_stems(w)), sent))
        return cls(toks, by_sp)

    def at(self, sp_i: int) -> list[int]:
        return self.by_sp.get(sp_i, [])



def subject_of(v: Any, depth: int = 0) -> Any | None:
    """The subject token of verb ``v`` (inherited through xcomp/conj chains and relative pronouns)."""
    for c in v.children:
        if c.dep_ in _SUBJ and c.dep_ not in _PASS_SUBJ:
            if c.lower_ in {"qui", "who", "which", "that"} and v.dep_ in {"acl:relcl", "relcl"}:
                return v.head
            return c
    if depth < 3 and v.dep_ in {"xcomp", "conj", "advcl", "ccomp"} and v.head.i != v.i:
        if v.dep_ == "ccomp":
            return None
        return subject_of(v.head, depth + 1)
    return None


def same_line(subj: Any | None, v: Any) -> Any | None:
    """``subj`` unless a line break separates it from ``v`` (a headline parsed into the next sentence):
    then the first noun of ``v``'s own line before it."""
    if subj is None:
        return None
    doc = v.doc
    a, b = sorted((subj.i, v.i))
    if not any("\n" in doc[i].text or "\n" in doc[i].whitespace_ for i in range(a, b)):
        return subj
    i = v.i - 1
    start = v.i
    while i >= 0 and "\n" not in doc[i].text and "\n" not in doc[i].whitespace_:
        start = i
        i -= 1
    return next((doc[j] for j in range(start, v.i) if doc[j].pos_ in {"NOUN", "PROPN"}), None)


def phrase_tokens(head: Any, cut: frozenset[str] | set[str] = frozenset(_CUT), stop: set[int] | None = None) -> list[Any]:
    """The compact phrase of ``head``: its subtree without the ``cut`` relations, trimmed at the edges.

    Stops before the first token of ``stop`` after the head (e.g. a medium: "the attack | via Twitter").
    """
    keep: list[Any] = [head]
    todo = [c for c in head.children if c.dep_ not in cut or c.dep_ == "punct" or (c.dep_ == "appos" and c.i > head.i)]
    while todo:
        c = todo.pop()
        keep.append(c)
        todo.extend(g for g in c.children if g.dep_ not in {"acl:relcl", "relcl", "parataxis", "advcl"})
    keep.sort(key=lambda t: t.i)
    lo = hi = next(k for k, t in enumerate(keep) if t.i == head.i)
    while lo > 0 and keep[lo - 1].i == keep[lo].i - 1 and not _breaks(keep[lo - 1]):
        lo -= 1
    while (hi + 1 < len(keep) and keep[hi + 1].i == keep[hi].i + 1 and not (stop and keep[hi + 1].i in stop)
           and not _breaks(keep[hi]) and not keep[hi + 1].is_space):
        hi += 1
    run = keep[lo:hi + 1]
    while run and (run[0].is_punct or run[0].pos_ in {"ADP", "CCONJ"}) and run[0].i != head.i:
        run = run[1:]
    while run and (run[-1].is_punct or run[-1].pos_ in {"ADP", "CCONJ", "DET"}) and run[-1].i != head.i:
        run = run[:-1]
    return run


def _breaks(tok: Any) -> bool:
    """A line break after (or inside) this token: phrases never run across lines."""
    return "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text)


def span_of(toks: list[Any]) -> tuple[int, int]:
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def actor_in(ctx: DocContext, start: int, end: int, head: tuple[int, int] | None = None) -> Actor | None:
    """The actor found by the actor table inside [start, end): the one on the head word, else the first."""
    inside = [a for a in ctx.actors if a.start is not None and a.end is not None and a.start < end and start < a.end
              and (a.confidence >= 0.6 or (head is not None and a.start <= head[0] < a.end))]
    if not inside:
        return None
    if head is not None:
        for a in inside:
            if a.start <= head[0] < a.end:  # type: ignore[operator]
                return a
    return inside[0]


def resolve_phrase(ctx: DocContext, text: str, start: int, end: int, head: tuple[int, int] | None = None) -> Actor | None:
    """An actor for the words ``text`` at [start, end): found actor, then the table, then an entity."""
    found = actor_in(ctx, start, end, head)
    if found is not None:
        return Actor(found.name, found.text, found.start, found.end, found.confidence, found.kind, found.country)
    table = ctx.actor_table
    if table is not None and text.strip():
        try:
            hit = table.resolve(text, ctx.lang, None)
        except (ValueError, KeyError, TypeError, AttributeError):
            hit = None
        if isinstance(hit, Actor) and hit.name and hit.confidence >= 0.6:
            a, b = (start + hit.start, start + hit.end) if hit.start is not None and hit.end is not None else (start, end)
            return Actor(hit.name, ctx.text[a:b], a, b, min(hit.confidence, 0.8), hit.kind, hit.country)
    for e in ctx.entities:
        if head is not None and not (e.start <= head[0] < e.end):
            continue
        if e.start < end and start < e.end and e.label in {"ORG", "PER", "PERSON", "MISC", "NORP", "GPE"}:
            return Actor(e.text, e.text, e.start, e.end, 0.45)
    return None


def previous_actor(ctx: DocContext, before: int, prefer: list[Actor] | None = None, fallback: bool = True) -> Actor | None:
    """The antecedent of a pronoun or "the group": the last claimant/actor named before ``before``."""
    cands = [a for a in (prefer or []) if a.start is not None and a.start < before and a.name]
    if prefer is None or (not cands and fallback):
        cands += [a for a in ctx.actors if a.start is not None and a.start < before and a.kind not in {"civilians", "protesters"}
                  and a.confidence >= 0.6]
    if not cands:
        return None
    a = max(cands, key=lambda x: x.start or 0)
    return Actor(a.name, a.text, a.start, a.end, min(a.confidence, 0.6), a.kind, a.country)
