"""Cue lexicons and the matcher that finds their phrases in a document.

The language resources live in ``sitrep/data/lexicons`` as TSV files, one row per phrase, each with a
``source``:

- ``events_{lang}.tsv`` — ``phrase  label  weight  kind  source``. ``kind`` is ``trigger`` (a word that
  reports an event by itself: "airstrike", "enlèvement", "اشتباكات"), ``cue`` (context that shifts the
  reading of a trigger: "tear gas", "civilians", "accident") or ``modality`` (negation, threat, future,
  plan, hypothetical, history, denial). ``label`` is an ACLED sub-event type, one of the five context
  labels, a feature tag written ``@name`` (see :mod:`sitrep.extraction.classify`), or the modality name
  (``asserted`` for a longer phrase that hides a modal word inside it: "feared dead" reports deaths).
- ``weapons.tsv`` — ``lang  phrase  weapon  sub_event_type  weight  source``: weapon words, their
  canonical name and the sub-event type they imply (empty when they imply none, e.g. a rifle).

Phrase syntax: words are matched on folded text (:func:`sitrep.textnorm.fold`: lower case, no accents,
Arabic letter variants unified, proclitics و/ب/ل/ال stripped). A word ending in ``*`` matches any word
it begins (``airstrike*`` matches "airstrikes"); a word ending in ``+`` matches the word or its plural
(``camp+`` matches "camp" and "camps" but not "campaign"; ``-s``, ``-es`` and ``-x`` endings), for
stems whose longer words mean something else; ``_`` matches any one word; ``~`` matches a gap of
zero to three words ("set up ~ base*" matches "set up a new military base").
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..textnorm import _fold_char, arabic_stems, fold, tokens

LANGS = ("en", "fr", "ar")
KINDS = ("trigger", "cue", "modality", "weapon")
_MIN_PREFIX = 3
GAP = "~"
_GAP_MAX = 3


class LexiconError(ValueError):
    """A lexicon file has a malformed row (the message names the file and line)."""


@dataclass(frozen=True, slots=True)
class Pattern:
    """One compiled lexicon row."""

    words: tuple[str, ...]  # folded words; a trailing "*" marks a prefix, "+" the word or its plural, "_" any word
    label: str
    weight: float
    kind: str
    source: str
    weapon: str | None = None  # canonical weapon name (weapons.tsv rows only)


@dataclass(frozen=True, slots=True)
class Hit:
    """A lexicon phrase found in a text: ``start``/``end`` index the original text."""

    start: int
    end: int
    text: str
    label: str
    weight: float
    kind: str
    token: int  # index of its first word among the document's word tokens
    ntok: int
    weapon: str | None = None


@dataclass(slots=True)
class Token:
    start: int  # offsets into the original text
    end: int
    forms: tuple[str, ...]  # folded form, then variants (Arabic proclitics stripped, English 's dropped)


def word_tokens(text: str) -> list[Token]:
    """Word tokens of ``text`` with their folded forms and original offsets."""
    table = {c: _fold_char(c) for c in set(text)}  # fold each distinct character once
    parts: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        f = table[ch]
        if f:
            parts.append(f)
            origin.extend([i] * len(f))
    folded = "".join(parts)
    out: list[Token] = []
    for fs, fe, word in tokens(folded):
        forms = list(arabic_stems(word))
        if word.endswith("'s") and len(word) > 2:
            forms.append(word[:-2])
        start = origin[fs] if fs < len(origin) else len(text)
        end = origin[fe - 1] + 1 if fe - 1 < len(origin) else len(text)
        out.append(Token(start, end, tuple(forms)))
    return out


def _match_end(words: tuple[str, ...], toks: list["Token"], i: int) -> int | None:
    """End token index of ``words`` matched from token ``i`` (shortest gaps first), or None."""
    j = i
    for k, w in enumerate(words):
        if w == GAP:
            rest = words[k + 1:]
            if not rest:
                return j
            for skip in range(_GAP_MAX + 1):
                if j + skip >= len(toks):
                    break
                end = _match_end(rest, toks, j + skip)
                if end is not None:
                    return end
            return None
        if j >= len(toks) or not _word_matches(w, toks[j].forms):
            return None
        j += 1
    return j


_PLURAL_ENDINGS = ("", "s", "es", "x")


def _plural_forms(word: str) -> tuple[str, ...]:
    return tuple(word + e for e in _PLURAL_ENDINGS)


def _word_matches(pat: str, forms: tuple[str, ...]) -> bool:
    if pat == "_":
        return True
    if pat.endswith("+"):
        return any(f in _plural_forms(pat[:-1]) for f in forms)
    if pat.endswith("*"):
        stem = pat[:-1]
        return any(f.startswith(stem) for f in forms)
    return pat in forms


@dataclass(slots=True)
class Matcher:
    """Finds lexicon phrases in a token list; longest match wins, nested shorter matches are dropped."""

    exact: dict[str, list[Pattern]] = field(default_factory=dict)
    prefix: dict[str, list[Pattern]] = field(default_factory=dict)
    prefix_lengths: tuple[int, ...] = ()
    size: int = 0

    def add(self, pattern: Pattern) -> None:
        first = pattern.words[0]
        if first.endswith("*"):
            self.prefix.setdefault(first[:-1], []).append(pattern)
            self.prefix_lengths = tuple(sorted({*self.prefix_lengths, len(first) - 1}))
        elif first.endswith("+"):
            for form in _plural_forms(first[:-1]):
                self.exact.setdefault(form, []).append(pattern)
        else:
            self.exact.setdefault(first, []).append(pattern)
        self.size += 1

    def _candidates(self, tok: Token) -> list[Pattern]:
        out: list[Pattern] = []
        for form in tok.forms:
            out.extend(self.exact.get(form, ()))
            for k in self.prefix_lengths:
                if k > len(form):
                    break
                out.extend(self.prefix.get(form[:k], ()))
        return out

    def find(self, toks: list[Token], text: str) -> list[Hit]:
        """All matches over ``toks`` (tokens of ``text``), as :class:`Hit` records in text order."""
        raw: list[tuple[int, int, Pattern]] = []
        for i, tok in enumerate(toks):
            seen: set[int] = set()
            for pat in self._candidates(tok):
                if id(pat) in seen:
                    continue
                seen.add(id(pat))
                if GAP in pat.words:
                    end = _match_end(pat.words, toks, i)
                    if end is not None:
                        raw.append((i, end, pat))
                    continue
                n = len(pat.words)
                if i + n > len(toks):
                    continue
                if all(_word_matches(w, toks[i + j].forms) for j, w in enumerate(pat.words[1:], 1)):
                    raw.append((i, i + n, pat))
        # Drop a match strictly inside a longer one of the same kind ("tear gas" hides "gas"), or a
        # cue inside a trigger ("suicide bomber" hides "bomber"); a cue never hides a trigger, and
        # modality cues and weapons are separate layers.
        raw.sort(key=lambda r: (r[0], -(r[1] - r[0])))
        kept: list[tuple[int, int, Pattern]] = []
        cover: dict[tuple[str, int], tuple[int, int]] = {}  # (kind, token) -> widest kept span over it
        for i, j, pat in raw:
            # (a weightless marker cue, "منازل" of "احراق منازل" as civilian property, scores nothing and stays;
            # only a longer marker of its own label hides it: "families of" is the crowd's kin inside the
            # "families of hostages" that is no abduction)
            layer = pat.kind if pat.kind != "cue" or pat.weight > 0 else "marker:" + pat.label
            outer_kinds = [layer] + (["trigger"] if pat.kind == "cue" and pat.weight > 0 else [])
            if any((o := cover.get((k, i))) is not None and o[1] >= j and (o[1] - o[0]) > (j - i) for k in outer_kinds):
                continue
            kept.append((i, j, pat))
            for t in range(i, j):
                o = cover.get((layer, t))
                if o is None or j - i > o[1] - o[0]:
                    cover[(layer, t)] = (i, j)
        best: dict[tuple[int, int, str, str], tuple[int, int, Pattern]] = {}
        for i, j, pat in kept:  # one hit per span and label: the heaviest row
            k = (i, j, pat.label, pat.kind)
            if k not in best or pat.weight > best[k][2].weight:
                best[k] = (i, j, pat)
        hits = []
        for i, j, pat in best.values():
            start, end = toks[i].start, toks[j - 1].end
            hits.append(Hit(start, end, text[start:end], pat.label, pat.weight, pat.kind, i, j - i, pat.weapon))
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits


def _compile_words(phrase: str) -> tuple[str, ...]:
    words = []
    for raw in phrase.split():
        if raw in ("_", GAP):
            words.append(raw)
            continue
        mark = raw[-1] if raw[-1] in "*+" and len(raw) > 1 else ""
        folded = " ".join(t for _, _, t in tokens(fold(raw[:-1] if mark else raw)))
        if not folded:
            continue
        parts = folded.split(" ")
        parts[-1] += mark
        words.extend(parts)
    return tuple(words)


def _rows(path: Path | str, text: str, ncols: int) -> list[tuple[int, list[str]]]:
    out = []
    reader = csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    header_seen = False
    for lineno, row in enumerate(reader, 1):
        if not row or not row[0].strip() or row[0].startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        if len(row) != ncols:
            raise LexiconError(f"{path}:{lineno}: expected {ncols} tab-separated columns, found {len(row)}")
        out.append((lineno, [c.strip() for c in row]))
    return out


def _read(name: str) -> tuple[str, str]:
    ref = resources.files("sitrep") / "data" / "lexicons" / name
    return str(ref), ref.read_text(encoding="utf-8")


def _checked_row(path: Path | str, lineno: int, phrase: str, weight: str, source: str) -> tuple[tuple[str, ...], float]:
    """The compiled words and numeric weight of one lexicon row; LexiconError naming the line if bad."""
    if not source:
        raise LexiconError(f"{path}:{lineno}: every row needs a source")
    try:
        w = float(weight)
    except ValueError as exc:
        raise LexiconError(f"{path}:{lineno}: weight {weight!r} is not a number") from exc
    words = _compile_words(phrase)
    if not words:
        raise LexiconError(f"{path}:{lineno}: empty phrase")
    return words, w


def load_event_lexicon(lang: str) -> tuple[Matcher, int]:
    """Compile ``events_{lang}.tsv`` (triggers, cues, modality cues) into a matcher."""
    path, text = _read(f"events_{lang}.tsv")
    matcher = Matcher()
    for lineno, (phrase, label, weight, kind, source) in _rows(path, text, 5):
        if kind not in KINDS:
            raise LexiconError(f"{path}:{lineno}: unknown kind {kind!r} (one of {', '.join(KINDS)})")
        words, w = _checked_row(path, lineno, phrase, weight, source)
        matcher.add(Pattern(words, label, w, kind, source))
    return matcher, matcher.size


def load_weapons() -> dict[str, Matcher]:
    """Compile ``weapons.tsv`` into one matcher per language (hits have ``kind == 'weapon'``)."""
    path, text = _read("weapons.tsv")
    out = {lang: Matcher() for lang in LANGS}
    for lineno, (lang, phrase, weapon, sub, weight, source) in _rows(path, text, 6):
        if lang not in out:
            raise LexiconError(f"{path}:{lineno}: unknown language {lang!r}")
        words, w = _checked_row(path, lineno, phrase, weight, source)
        out[lang].add(Pattern(words, sub, w, "weapon", source, weapon=weapon))
    return out
