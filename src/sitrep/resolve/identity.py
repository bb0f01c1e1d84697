"""Identity militias: armed men named by the ethnic or communal group they fight for.

ACLED codes them as identity militias named "{Group} Ethnic Militia ({Country})" ("Fulani Ethnic
Militia (Nigeria)", "Dogon Ethnic Militia (Mali)"). The groups and the words for them in French,
English and Arabic are the data file ``data/actors/identity_groups.tsv``; :class:`IdentityGroups`
looks a folded word up in it. The armed heads they attach to ("militia", "gunmen", "miliciens",
"ميليشيات") are the generic heads of ``generic.tsv``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from sitrep.textnorm import key

COLUMNS = ("term", "lang", "group", "countries", "source")
_ISO2 = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True, slots=True)
class IdentityGroup:
    """An ethnic or communal group: ACLED's English name for it and where its militias are coded."""

    name: str
    countries: tuple[str, ...]

    def militia(self, country_name: str | None, iso: str | None) -> tuple[str, str | None]:
        """ACLED's name for the group's militia in the event's country (``country_name``, ``iso``); without
        one, the group's only country when it has a single one, else no country."""
        if country_name:
            return f"{self.name} Ethnic Militia ({country_name})", iso
        if len(self.countries) == 1:
            return f"{self.name} Ethnic Militia", self.countries[0]
        return f"{self.name} Ethnic Militia", None


@dataclass(frozen=True, slots=True)
class IdentityGroups:
    """Folded word -> group, per language. Build with :meth:`load`."""

    by_lang: dict[str, dict[str, IdentityGroup]]

    @classmethod
    def load(cls, path: Path) -> "IdentityGroups":
        """Read the table; a malformed row raises ValueError naming the file and line."""
        by_lang: dict[str, dict[str, IdentityGroup]] = {"fr": {}, "en": {}, "ar": {}}
        header_seen = False
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if not header_seen:
                if tuple(cells[:len(COLUMNS)]) != COLUMNS:
                    raise ValueError(f"{path}:{lineno}: expected the header {' '.join(COLUMNS)}")
                header_seen = True
                continue
            if len(cells) != len(COLUMNS):
                raise ValueError(f"{path}:{lineno}: expected {len(COLUMNS)} tab-separated columns, found {len(cells)}")
            term, lang, group, countries, source = (c.strip() for c in cells)
            codes = tuple(countries.split())
            if lang not in by_lang or not term or not group or not source or not all(_ISO2.match(c) for c in codes):
                raise ValueError(f"{path}:{lineno}: needs a term, a lang (fr/en/ar), a group, ISO2 countries and a source")
            by_lang[lang][key(term)] = IdentityGroup(group, codes)
        return cls(by_lang)

    def find(self, word: str, lang: str) -> IdentityGroup | None:
        """The group a folded word names in ``lang`` ("peuls" -> Fulani), else None."""
        return self.by_lang.get(lang, {}).get(word)

    def next_to(self, toks: list[tuple[int, int, str]], first: int, last: int, lang: str,
                free: Callable[[int, int], bool]) -> tuple[IdentityGroup, int] | None:
        """The group a word names right before (English) or right after (French, Arabic) the words
        ``first``..``last`` of ``toks`` (start, end, folded word), with that word's index; ``free``
        says whether a token range is not already another actor."""
        side = first - 1 if lang == "en" else last + 1
        if not 0 <= side < len(toks) or not free(side, side):
            return None
        group = self.find(toks[side][2], lang)
        return (group, side) if group is not None else None
