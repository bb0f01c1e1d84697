"""Text folding for matching, with a map back to original offsets, and a phrase index.

Matching happens on *folded* text (lower case, accents removed, Arabic diacritics, tatweel and
letter variants unified, typographic quotes made plain) so that "Etat islamique", "État islamique"
and "ETAT ISLAMIQUE" match the same alias, and "أربيل" matches "اربيل". Folding can drop
characters, so :func:`fold_with_offsets` also returns, for each folded character, the index of the
original character it came from: a match in folded text maps back to a span of the original.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Generic, Iterable, Iterator, TypeVar

T = TypeVar("T")

_ARABIC_DIACRITICS = set(range(0x064B, 0x0653)) | {0x0670, 0x0640}  # harakat, superscript alef, tatweel
_ARABIC_LETTERS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه",
    "گ": "ك", "ک": "ك", "ی": "ي", "ڤ": "ف", "پ": "ب", "چ": "ج",
}
_PUNCT = {
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "ʻ": "'",
    "“": '"', "”": '"', "«": '"', "»": '"', "„": '"',
    "‐": "-", "‑": "-", "–": "-", "—": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
}


def _fold_char(ch: str) -> str:
    """Fold one character to zero, one or more characters."""
    code = ord(ch)
    if code in _ARABIC_DIACRITICS:
        return ""
    if ch in _ARABIC_LETTERS:
        return _ARABIC_LETTERS[ch]
    if ch in _PUNCT:
        return _PUNCT[ch]
    if code < 128:
        return ch.lower()
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    if ch == "ß":
        return "ss"
    if ch in "œŒ":
        return "oe"
    if ch in "æÆ":
        return "ae"
    return base.lower()


def fold(text: str) -> str:
    """Fold text for comparison (see module docstring)."""
    return "".join(_fold_char(c) for c in text)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` and return, for each folded character, the index of its source character."""
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        out.append(folded)
        origin.extend([i] * len(folded))
    return "".join(out), origin


_TOKEN = re.compile(r"\w+(?:'\w+)?", re.UNICODE)
_APOS_PREFIX = re.compile(r"^(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)'", re.UNICODE)
# Arabic proclitics that attach to nouns: conjunction wa-, fa-, prepositions bi-, li-, ka-, and the
# article al-, alone or combined ("wal-", "bil-", "lil-").
_AR_PREFIXES = ("وبال", "وال", "بال", "كال", "فال", "لل", "ال", "وب", "ول", "و", "ب", "ل", "ف", "ك")
_ARABIC = re.compile(r"[\u0600-\u06FF]")


def has_arabic(text: str) -> bool:
    """Whether ``text`` holds an Arabic letter."""
    return bool(_ARABIC.search(text))


def tokens(folded: str, possessive: bool = False) -> list[tuple[int, int, str]]:
    """Word tokens of folded text as (start, end, token), French elided articles split off (and, with
    ``possessive``, an English possessive's "'s": names of owners, as actors are)."""
    out = []
    for m in _TOKEN.finditer(folded):
        start, word = m.start(), m.group()
        elided = _APOS_PREFIX.match(word)
        if elided and len(word) > elided.end():
            start += elided.end()
            word = word[elided.end():]
        end = m.end()
        if possessive and word.endswith("'s") and len(word) > 4:
            # an English possessive names its owner: "Hezbollah's Radwan Force" (not "Ra's", a name's own word)
            word, end = word[:-2], end - 2
        out.append((start, end, word))
    return out


def arabic_stems(token: str) -> list[str]:
    """The token and its forms with Arabic proclitics removed (longest stem first).

    A preposition fused with the article keeps the article: "للجيش" (li-l-jaysh) also gives
    "الجيش", "بالموصل" gives "الموصل", so aliases written with the article match.
    """
    return [form for form, _ in arabic_forms(token)]


def arabic_forms(token: str) -> list[tuple[str, int]]:
    """Like :func:`arabic_stems`, with the number of leading characters of ``token`` each form drops."""
    forms = [(token, 0)]
    if _ARABIC.match(token):
        for prefix in _AR_PREFIXES:
            if token.startswith(prefix) and len(token) - len(prefix) >= 3:
                stem = token[len(prefix):]
                forms.append((stem, len(prefix)))
                if prefix.endswith("لل") and not stem.startswith("ال"):
                    forms.append(("ال" + stem, len(prefix)))
    seen: set[str] = set()
    return [(f, n) for f, n in forms if not (f in seen or seen.add(f))]


def key(phrase: str, possessive: bool = False) -> str:
    """The lookup key of a phrase: its folded tokens (see :func:`tokens`) joined by single spaces."""
    return " ".join(t for _, _, t in tokens(fold(phrase), possessive))


@dataclass(slots=True)
class PhraseMatch(Generic[T]):
    start: int  # offsets into the ORIGINAL text
    end: int
    key: str
    values: list[T]


class PhraseIndex(Generic[T]):
    """Longest-match lookup of multi-word phrases over folded tokens.

    Built from (phrase, value) pairs; :meth:`find` scans a text once and returns non-overlapping
    longest matches. Arabic tokens also match with their proclitics stripped ("وبغداد" → "بغداد").
    Lookup is a dict access per candidate n-gram, so cost grows with text length, not index size.
    """

    possessive = False  # split an English possessive's "'s" off its word (see :func:`tokens`)

    def __init__(self, pairs: Iterable[tuple[str, T]] = (), max_words: int = 8) -> None:
        self._index: dict[str, list[T]] = {}
        self._prefixes: set[str] = set()  # every leading run of words of a key, to stop scanning early
        self._prefixed_keys = 0  # how many keys _prefixes was built from
        self.max_words = 1
        self._limit = max_words
        for phrase, value in pairs:
            self.add(phrase, value)

    def add(self, phrase: str, value: T) -> None:
        k = key(phrase)
        if not k:
            return
        n = k.count(" ") + 1
        if n > self._limit:
            return
        self.max_words = max(self.max_words, n)
        bucket = self._index.setdefault(k, [])
        if value not in bucket:
            bucket.append(value)

    def get(self, phrase: str) -> list[T]:
        return self._index.get(key(phrase), [])

    def __contains__(self, phrase: str) -> bool:
        return key(phrase) in self._index

    def __len__(self) -> int:
        return len(self._index)

    def find(self, text: str, folded: tuple[str, list[int]] | None = None) -> list[PhraseMatch[T]]:
        """All longest, non-overlapping matches in ``text``, left to right."""
        ftext, origin = folded or fold_with_offsets(text)
        toks = tokens(ftext, self.possessive)
        if self._prefixed_keys != len(self._index):
            self._build_prefixes()
        out: list[PhraseMatch[T]] = []
        i = 0
        while i < len(toks):
            hit = self._longest_at(toks, i)
            if hit is None:
                i += 1
                continue
            n, k, values, dropped = hit
            # A stripped Arabic proclitic is not part of the name.
            start = origin[toks[i][0] + dropped]
            end = origin[toks[i + n - 1][1] - 1] + 1
            out.append(PhraseMatch(start, end, k, values))
            i += n
        return out

    def _build_prefixes(self) -> None:
        prefixes: set[str] = set()
        for k in self._index:
            words = k.split(" ")
            for i in range(1, len(words) + 1):
                prefixes.add(" ".join(words[:i]))
        self._prefixes = prefixes
        self._prefixed_keys = len(self._index)

    def _longest_at(self, toks: list[tuple[int, int, str]], i: int) -> tuple[int, str, list[T], int] | None:
        limit = min(self.max_words, len(toks) - i)
        best: tuple[int, str, list[T], int] | None = None
        for first, dropped in arabic_forms(toks[i][2]):
            k = first
            n = 1
            while k in self._prefixes:
                values = self._index.get(k)
                if values and (best is None or n > best[0]):
                    best = (n, k, values, dropped)
                if n >= limit:
                    break
                k = f"{k} {toks[i + n][2]}"
                n += 1
        return best

    def items(self) -> Iterator[tuple[str, list[T]]]:
        return iter(self._index.items())


def enclosing_bracket(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The offsets of the "(" and ")" of the bracket that holds ``text[start:end]``, or None when no bracket does."""
    opened = text.rfind("(", 0, start)
    if opened < 0 or ")" in text[opened:start]:
        return None
    closed = text.find(")", end)
    return (opened, closed) if closed >= 0 else None


_OPEN_QUOTES, _CLOSE_QUOTES = "«\"“„", "»\"”"
_QUOTED_NAME_REACH = 40  # characters a quoted name may run on either side of the words asked about
_QUOTED_NAME_WORDS = 5  # words a quoted name holds at most


def in_a_quoted_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a word of a quoted name, on one line with other words ("مناهضة لـ"قرارات 25
    أكتوبر"", "the "April 6 Youth Movement""): a date there names the decisions or the movement, and dates nothing."""
    before = text[max(0, start - _QUOTED_NAME_REACH):start]
    after = text[end:end + _QUOTED_NAME_REACH]
    opened = max(before.rfind(q) for q in _OPEN_QUOTES)
    if opened < 0 or "\n" in before[opened:] or any(q in before[opened + 1:] for q in "»”"):
        return False
    closes = [i for i in (after.find(q) for q in _CLOSE_QUOTES) if i >= 0]
    if not closes or "\n" in after[:min(closes)]:
        return False
    around = before[opened + 1:] + " " + after[:min(closes)]
    # (a name is a few words inside a sentence, not a quoted saying: '"Un berger a été tué jeudi", a affirmé')
    opener = before[:opened].rstrip(" \t")
    said = not opener or opener[-1] in ":\n" or len(around.split()) + len(text[start:end].split()) > _QUOTED_NAME_WORDS
    return not said and any(ch.isalpha() for ch in around)
