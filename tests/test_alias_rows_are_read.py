"""Every row of the built-in alias table can be read in running text.

A row nothing can match is silent dead data: until stop 48 the alias index stopped at seven (then ten) folded
words, and 36 rows (the JNIM's, the FARDC's and ISWAP's full French names among them) had never matched anything.
"""
from __future__ import annotations

import re

import pytest

from sitrep.resolve.actor_tables import NOT_AN_ACTOR, data_file, read_aliases
from sitrep.resolve.actors import ActorTable

_ROWS = read_aliases(data_file("aliases.tsv"))


@pytest.fixture(scope="module")
def table() -> ActorTable:
    return ActorTable.load()


def _covers(start: int, end: int, alias: str) -> bool:
    # a bracketed qualifier's closing bracket is no word ("Islamic State (Iraq)" is read up to "Iraq"), nor is an
    # elided article ("l'occupant" is read from "occupant")
    return re.fullmatch(r"(?:[ldLD]['’])?", alias[:start]) is not None and end >= len(alias.rstrip(").]"))


def test_every_alias_row_is_found_by_the_alias_index(table: ActorTable) -> None:
    unread = [e.alias for e in _ROWS if not any(_covers(m.start, m.end, e.alias) for m in table.alias_index.find(e.alias))]
    assert unread == []


def test_the_longest_official_names_are_read_in_a_sentence(table: ActorTable) -> None:
    # ten words and more once folded: the limit of stop 48 still dropped these
    text = ("Peacekeepers of the United Nations Multidimensional Integrated Stabilization Mission in the Central "
            "African Republic were attacked near Bangassou on Sunday.")
    found = [(a.name, a.text) for a in table.find(text, "en", "CF")]
    assert found == [("MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African "
                      "Republic", text[:text.index(" were")])]


def test_every_unconditional_alias_row_names_its_canonical(table: ActorTable) -> None:
    """A row that applies in every period names its own canonical when its alias is the whole text (in the row's
    own country, or the first country of its ``where`` column)."""
    wrong = []
    for e in _ROWS:
        if e.canonical == NOT_AN_ACTOR or e.periods:
            continue
        country = min(e.where) if e.where else e.country
        lang = e.lang if e.lang in ("fr", "en", "ar") else "en"
        found = [a.name for a in table.find(e.alias, lang, country, weak=True, doc_country=country)]
        if e.canonical not in found:
            wrong.append((e.alias, e.canonical, found))
    assert wrong == []
