"""The actor tables as typed records: reading and checking ``aliases.tsv`` and ``generic.tsv``.

:mod:`sitrep.resolve.actors` builds its indexes from these records; the table formats are documented
in ``sitrep/data/actors/README.md``. Every reading error names the file and the line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable

from sitrep.textnorm import PhraseIndex, PhraseMatch, fold, key, tokens

LANGS = ("fr", "en", "ar", "any")
KINDS = frozenset({
    "state_military", "police", "government", "rebel", "islamist", "militia", "political", "ethnic",
    "civilians", "protesters", "rioters", "unidentified", "external", "other",
})
ALIAS_COLUMNS = ("alias", "lang", "canonical", "kind", "country", "source")
GENERIC_COLUMNS = ("term", "lang", "kind", "template", "confidence")
NOT_AN_ACTOR = "-"

WORD = re.compile(r"\w+(?:'\w+)?", re.UNICODE)
_ISO2 = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """One reading of an alias: the ACLED-style name it stands for, and where the reading applies."""

    alias: str
    lang: str
    canonical: str
    kind: str
    country: str | None
    source: str
    where: frozenset[str] = frozenset()
    caps: tuple[int, ...] = ()  # indices of the alias's words that must be upper case in the text
    user: bool = False
    confidence: float = 0.9  # long or multi-word names 0.95, acronyms and short words 0.85
    short: bool = False  # one word of fewer than 5 characters
    # (country, since, until) of a dated reading ("AF@2021-08-15/"): ISO dates, "" for open; since
    # inclusive, until exclusive. A dated reading only renames an actor already found, for events in
    # that country and period (ACLED renames actors when regimes or affiliations change).
    periods: tuple[tuple[str, str, str], ...] = ()

    def applies(self, country: str, date: str | None) -> bool:
        """Whether this dated reading applies to an event in ``country`` on ``date`` (an ISO date or
        month). With no date nothing is guessed: the name found in the text stands."""
        return date is not None and any(
            code == country and (not since or date[:10] >= since) and (not until or date[:10] < until)
            for code, since, until in self.periods)


@dataclass(frozen=True, slots=True)
class GenericTerm:
    """A head noun of a generic actor ("civils"), a modifier ("inconnus") or a link word ("du")."""

    term: str
    lang: str
    kind: str
    template: str
    confidence: float


def data_file(name: str) -> Path:
    return Path(str(resources.files("sitrep") / "data" / "actors" / name))


def _rows(path: Path, columns: tuple[str, ...]) -> Iterable[tuple[int, list[str]]]:
    """Rows of a TSV table (comments and blank lines skipped, header checked); errors name file and line."""
    with open(path, encoding="utf-8", newline="") as f:
        for lineno, line in enumerate(f, start=1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if cells[0] == columns[0]:  # header
                if tuple(cells[: len(columns)]) != columns:
                    raise ValueError(f"{path}:{lineno}: header must start with {', '.join(columns)}")
                continue
            if len(cells) < len(columns):
                raise ValueError(f"{path}:{lineno}: expected {len(columns)} tab-separated columns, got {len(cells)}")
            cells += [""] * (len(columns) + 1 - len(cells))
            yield lineno, cells


class _FoldTable(dict):
    """A ``str.translate`` table that folds each character with :func:`sitrep.textnorm.fold`, once."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold(chr(code))
        return folded


class Keyer:
    """:func:`sitrep.textnorm.key` with English possessives split off (as the actor index reads text), with the
    folding of each character remembered (fast table loads)."""

    def __init__(self) -> None:
        self._table = _FoldTable()
        self._cache: dict[str, str] = {}

    def __call__(self, phrase: str) -> str:
        k = self._cache.get(phrase)
        if k is None:
            k = self._cache[phrase] = " ".join(t for _, _, t in tokens(phrase.translate(self._table), possessive=True))
        return k


def actor_key(phrase: str) -> str:
    """The key the actor table files a name under (aliases and canonicals alike; possessives split off)."""
    return key(phrase, possessive=True)


_POSSESSIVE = re.compile(r"['’]s\b")
_STATE_OWNERS = frozenset({"state_military", "police", "government"})
# A named group's unit told with its possessive ("the IRA's Belfast brigade", "Hezbollah's Radwan Force"): the
# group, in the words of its unit.
POSSESSED_UNIT = re.compile(r"['’]s\s+(?:(?-i:[A-Z])[\w-]*\s+){0,3}(?:brigades?|battalions?|forces?|wing|units?|"
                             r"division|regiment|cells?|fighters|militants|members|commanders?)\b", re.IGNORECASE)


def bare_state_possessive(text: str, end: int, kind: str | None) -> bool:
    """Whether a state's name ending at ``end`` is a possessive with no unit after it ("the regime's side of the
    Euphrates"): it names no forces (a named group's possessive always names the group: "Hezbollah's")."""
    return kind in _STATE_OWNERS and bool(_POSSESSIVE.match(text, end)) and not POSSESSED_UNIT.match(text, end)


# A force's word that only qualifies a group's own people after a possessive ("two of its military leaders", "their
# military commander", "ses chefs militaires"): the owner's leaders, not a state's forces.
_OWNED_QUALIFIER = re.compile(r"(?:\b(?:its|their|his|her)|['’]s)\s+$", re.IGNORECASE)
_QUALIFIED_PEOPLE = re.compile(r"\s+(?:leaders?|leadership|commanders?|chiefs?|officials?|wing|council|spokesm[ae]n|"
                               r"advis[eo]rs?)\b", re.IGNORECASE)


def owned_qualifier(text: str, start: int | None, end: int | None) -> bool:
    """Whether the word from ``start`` to ``end`` ("military") only qualifies the people a possessive gives another
    owner ("Kataib Hezbollah also confirmed reports that two of its military leaders were killed")."""
    return start is not None and end is not None and bool(_OWNED_QUALIFIER.search(text, max(0, start - 8), start)) \
        and bool(_QUALIFIED_PEOPLE.match(text, end))


_CLAUSE_END = re.compile(r"[;!?؛]")


class KeyedIndex(PhraseIndex[str]):
    """A phrase index whose phrases are already keys (saves folding every alias twice)."""

    possessive = True  # "Hezbollah's Radwan Force" names Hezbollah (the keyer splits aliases alike)

    def __init__(self, keyer: Keyer) -> None:
        # No limit on an alias's length: a fixed one silently dropped every longer row (the press writes full names,
        # "le Groupe de soutien à l'islam et aux musulmans"), and the scan already stops where no alias's leading
        # words match, so a long alias costs nothing where its first words are absent.
        super().__init__()
        self._keyer = keyer

    def find(self, text: str, folded: tuple[str, list[int]] | None = None) -> list[PhraseMatch[str]]:
        """Matches that run across no clause's end: "abducted in Haiti; police blame" names no "Haiti's police"."""
        return [m for m in super().find(text, folded) if not _CLAUSE_END.search(text, m.start, m.end)]

    def add(self, phrase: str, value: str) -> None:  # noqa: D102 - same contract as PhraseIndex.add
        k = self._keyer(phrase)
        if k:
            self.max_words = max(self.max_words, k.count(" ") + 1)
            bucket = self._index.setdefault(k, [])
            if value not in bucket:
                bucket.append(value)


def _caps(alias: str) -> tuple[int, ...]:
    """Indices of the acronym words of an alias ("EI", "IS", "US") that must match in upper case."""
    return tuple(i for i, w in enumerate(WORD.findall(alias)) if 2 <= len(w) <= 5 and w.isupper() and w.isalpha())


def read_aliases(path: Path, user: bool = False, keyer: "Keyer | None" = None) -> list[AliasEntry]:
    """Read an alias TSV (``alias lang canonical kind country source [where]``); ValueError names file and line."""
    keyer = keyer or Keyer()
    out = []
    for lineno, c in _rows(path, ALIAS_COLUMNS):
        alias, lang, canonical, kind, country, source, where = c[:7]
        where_set = frozenset(w for w in where.split() if "@" not in w)
        periods = tuple(_period(path, lineno, w) for w in where.split() if "@" in w)
        if not alias or not canonical:
            raise ValueError(f"{path}:{lineno}: alias and canonical must not be empty")
        if lang not in LANGS:
            raise ValueError(f"{path}:{lineno}: lang {lang!r} is not one of {', '.join(LANGS)}")
        if canonical != NOT_AN_ACTOR and kind not in KINDS:
            raise ValueError(f"{path}:{lineno}: kind {kind!r} is not one of {', '.join(sorted(KINDS))}")
        for code in ([country] if country else []) + sorted(where_set):
            if not _ISO2.match(code):
                raise ValueError(f"{path}:{lineno}: {code!r} is not an ISO 3166-1 alpha-2 code")
        k, caps = keyer(alias), _caps(alias)
        long = " " in k or len(k) >= 5
        out.append(AliasEntry(alias, lang, canonical, kind or "other", country or None, source, where_set,
                              caps, user, 0.95 if long and not caps else 0.85, " " not in k and len(k) < 5,
                              periods))
    return out


_DATE = re.compile(r"^(?:\d{4}-\d{2}-\d{2})?$")


def _period(path: Path, lineno: int, token: str) -> tuple[str, str, str]:
    """``CC@since/until`` of the ``where`` column ("AF@2021-08-15/", "ML@/2019-03-01") as a tuple."""
    code, _, span = token.partition("@")
    since, _, until = span.partition("/")
    if not _ISO2.match(code) or not _DATE.match(since) or not _DATE.match(until) or "/" not in span:
        raise ValueError(f"{path}:{lineno}: {token!r} is not COUNTRY@YYYY-MM-DD/YYYY-MM-DD (either date may be empty)")
    return code, since, until


def read_generic(path: Path) -> list[GenericTerm]:
    """Read the generic-terms TSV (``term lang kind template confidence``)."""
    out = []
    for lineno, c in _rows(path, GENERIC_COLUMNS):
        term, lang, kind, template, conf = c[:5]
        if kind not in ("modifier", "link"):
            if kind not in KINDS or not template:
                raise ValueError(f"{path}:{lineno}: a head needs a known kind and a template")
            try:
                confidence = float(conf)
            except ValueError:
                raise ValueError(f"{path}:{lineno}: confidence {conf!r} is not a number") from None
        else:
            confidence = 0.0
        out.append(GenericTerm(term, lang, kind, template, confidence))
    return out


# A weak head written as part of a proper name: "near Man San village" (Myanmar), "Men Hpang": capitalised inside a
# sentence and followed by another capitalised word, it is a place's or a person's name, not "a man".
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:\n\"“«]\s*)$")


def in_proper_name(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` is capitalised inside its sentence and followed by another
    capitalised word, i.e. part of a name."""
    return text[start:start + 1].isupper() and _SENTENCE_OPENS.search(text, max(0, start - 3), start) is None \
        and _NAME_GOES_ON.match(text, end) is not None
