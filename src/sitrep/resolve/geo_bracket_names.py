"""Divisions a bracket names by a word the scan does not take alone: "Koko (Bante, Collines)", "Piega
(Matiacoali, Gourma)".

The gazetteer indexes a division named by a common word ("Collines", hills) or one name several places
share ("Gourma": Burkina Faso's province, Mali's Gourma-Rharous) only with its kind word ("Gourma
Province"), so that "the hills" or a bare "Gourma" read as nothing. ACLED's notes, and the wires that
write places the same way, put a town's divisions in a bracket after it with no kind word. There, the
last item of a list of names is the division the town lies in: this module reads it so, when the name
points to divisions of one country, or to one country that the bracket's other names or the town before
it share.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..textnorm import key
from .geo_scan import _Mention

if TYPE_CHECKING:  # pragma: no cover
    from .gazetteer import Gazetteer

__all__ = ["DivisionNames", "bracket_divisions"]

_PARENTHESIS = re.compile(r"\(([^()\n]{2,80})\)")
# A town written before the bracket: a capitalised name, maybe with its settlement noun ("Koko",
# "Kuchi village", "Piega"); the bracket after a word in lower case is some other aside.
_TOWN_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’.-]*(?:[ \t]+(?:town|village|city|locality|area|commune|"
                          r"ville|localité|secteur))?[ \t]*\Z")
# Every item a name: "Bante, Collines", "Matiacoali, Gourma" (no "file photo", no "AFP/Getty").
_NAME_ITEM = re.compile(r"[ \t]*(?-i:[A-Z])[\w'’.-]*(?:[ \t]+(?:(?-i:[A-Z])[\w'’.-]*|de|du|des|la|el|al))*[ \t]*")
# The kind word a curated second-level division's name ends with ("Gourma Province", "Muya LGA").
_KIND_AT_END = re.compile(r"[ \t]+(?:province|provincia|LGA|cercle|township|district|zone|department|"
                          r"département|territory|county|regency|prefecture|préfecture|municipality|commune|"
                          r"woreda|upazila|payam|tehsil|division)\Z", re.IGNORECASE)


class DivisionNames:
    """First- and second-level divisions by their bare folded name (``"gourma"`` -> Gourma Province), built
    once per gazetteer from its first-level divisions and its curated second-level ones."""

    def __init__(self, gaz: "Gazetteer", admin1_by_key: dict[str, list[int]]) -> None:
        d = gaz.data
        by_key: dict[str, list[int]] = {k: list(v) for k, v in admin1_by_key.items()}
        for i in d.source:  # the curated entries, among them every second-level division
            if gaz.feature(i) != "admin2":
                continue
            bare = _KIND_AT_END.sub("", d.name[i])
            by_key.setdefault(key(bare), []).append(i)
        self._by_key = by_key

    def get(self, folded: str) -> tuple[int, ...]:
        """The divisions named ``folded`` (a folded name without its kind word), or ()."""
        return tuple(self._by_key.get(folded, ()))


def bracket_divisions(gaz: "Gazetteer", names: DivisionNames, text: str, scanned: list[_Mention]) -> list[_Mention]:
    """New mentions for the last item of each bracket of names after a town that the scan left unread and that
    names divisions of one country ("Koko (Bante, Collines)": Benin's Collines); they carry the "listed"
    support, so the divisions step reads the town before them as lying in them."""
    d = gaz.data
    found: list[_Mention] = []
    for paren in _PARENTHESIS.finditer(text):
        lo, hi = paren.span(1)
        if not _TOWN_BEFORE.search(text, max(0, paren.start() - 60), paren.start()):
            continue
        items = [(lo + m.start(), lo + m.end()) for m in re.finditer(r"[^,]+", text[lo:hi])]
        if not items or not all(_NAME_ITEM.fullmatch(text, a, b) for a, b in items):
            continue
        a, b = items[-1]
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if any(m.start < b and a < m.end for m in scanned):
            continue  # the scan read it already
        entries = names.get(key(text[a:b]))
        if not entries:
            continue
        countries = {d.country[i] for i in entries}
        if len(countries) > 1:
            # a name several countries' divisions share says which only with the places around it
            around = {d.country[i] for m in scanned if paren.start() - 60 <= m.start < a for i in m.entries}
            entries = tuple(i for i in entries if d.country[i] in around)
            if len({d.country[i] for i in entries}) != 1:
                continue
        found.append(_Mention(a, b, entries, support=["listed"], key=key(text[a:b])))
    return found
