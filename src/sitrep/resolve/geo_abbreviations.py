"""Abbreviations of first-level divisions: "B.C.", "Calif.", "(Coimbatore, TN)", "(Rajouri district, J&K)".

The table (``data/places/admin1_abbreviations.tsv``) may give one abbreviation several readings ("TN" is Tennessee
and Tamil Nadu); each is a division of the gazetteer, and the town written before the abbreviation picks the one it
lies in (``geo_divisions``).
"""
from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from sitrep.resolve.countries import read_tsv
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.geo_scan import _Mention
from sitrep.textnorm import key

# A division's abbreviation: "B.C.", "Calif.", "TN", "KPK", "J&K".
_ABBREVIATION = re.compile(r"(?<![\w.&])((?:[A-Z][a-z]{0,4}\.){1,3}|[A-Z]{2,3}\b|[A-Z]&[A-Z]\b)")


def admin1_abbreviations() -> dict[str, tuple[tuple[tuple[str, str], ...], bool]]:
    """``data/places/admin1_abbreviations.tsv``: abbreviation -> ((iso2, division name), ...), standalone."""
    path = Path(str(resources.files("sitrep") / "data" / "places" / "admin1_abbreviations.tsv"))
    out: dict[str, tuple[tuple[tuple[str, str], ...], bool]] = {}
    for row in read_tsv(path, ("abbr", "iso2", "admin1", "standalone", "source")):
        readings, standalone = out.get(row["abbr"], ((), False))
        out[row["abbr"]] = (readings + ((row["iso2"], row["admin1"]),), standalone or row["standalone"] == "yes")
    return out


class Abbreviations:
    """The division abbreviations of a text, read as mentions of the divisions they stand for."""

    def __init__(self, gazetteer: Gazetteer, admin1_by_name: dict[tuple[str, str], int]) -> None:
        self._gaz = gazetteer
        self._admin1_by_name = admin1_by_name
        self._table = admin1_abbreviations()

    def mentions(self, text: str, mentions: list[_Mention]) -> list[_Mention]:
        """State/province abbreviations (``admin1_abbreviations.tsv``): standalone ones ("B.C.") anywhere,
        others after "Town, " ("(Coimbatore, TN)"); each reads as every division it abbreviates, and the town
        before it picks the one it lies in."""
        extra = []
        for mt in _ABBREVIATION.finditer(text):
            abbr = mt.group(1)
            if abbr not in self._table:
                continue
            after_town = re.search(r"\w,\s*$", text[max(0, mt.start() - 3):mt.start()]) is not None
            clash = [m for m in mentions if m.start < mt.end() and mt.start() < m.end]
            if clash and not (after_town and all(self._gaz.feature(i) == "city" for m in clash for i in m.entries)):
                continue
            for m in clash:
                mentions.remove(m)
            readings, standalone = self._table[abbr]
            if not (after_town or standalone and not (abbr.isupper() and "." not in abbr)):
                continue
            divisions = tuple(a for a in (self._admin1_by_name.get((cc, key(state))) for cc, state in readings) if a is not None)
            if divisions:
                extra.append(_Mention(mt.start(), mt.start() + len(abbr), divisions, support=["abbreviation"]))
        return extra
