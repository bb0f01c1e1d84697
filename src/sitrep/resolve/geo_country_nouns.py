"""Names a settlement noun ties to one country (``data/places/country_nouns.tsv``): "Barangay San Luis I" is a
Philippine barangay, not San Luis in Argentina; "Kuajiena payam" lies in South Sudan. The readings of such a name in
other countries go; a name with none left is a place the gazetteer lacks (reported unresolved)."""
from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.resolve.countries import read_tsv

if TYPE_CHECKING:  # pragma: no cover
    from sitrep.resolve.gazetteer import Gazetteer
    from sitrep.resolve.geo_scan import _Mention

__all__ = ["CountryNouns"]


class CountryNouns:
    """The noun rows as two patterns (before and after the name), each noun with its countries; no per-text state."""

    def __init__(self, before: dict[str, frozenset[str]], after: dict[str, frozenset[str]]) -> None:
        self._before, self._after = before, after
        self._before_re = re.compile(r"\b(" + "|".join(re.escape(n) for n in before) + r")[ \t]+$") if before else None
        self._after_re = re.compile(r"[ \t]+(" + "|".join(re.escape(n) for n in after) + r")\b", re.IGNORECASE) \
            if after else None

    @classmethod
    def load(cls) -> "CountryNouns":
        """Read ``country_nouns.tsv``."""
        path = Path(str(resources.files("sitrep") / "data" / "places" / "country_nouns.tsv"))
        before: dict[str, frozenset[str]] = {}
        after: dict[str, frozenset[str]] = {}
        for r in read_tsv(path, ("noun", "position", "countries", "source")):
            side = before if r["position"].strip() == "before" else after
            # (a noun before the name is written with its capital, "Barangay San Luis"; one after it in lower case)
            side[r["noun"].strip() if side is before else r["noun"].strip().lower()] = frozenset(
                r["countries"].upper().split())
        return cls(before, after)

    def countries_of(self, text: str, m: "_Mention") -> frozenset[str] | None:
        """The countries a settlement noun right before or after the name ``m`` ties it to, or None."""
        if self._before_re is not None and (b := self._before_re.search(text, max(0, m.start - 12), m.start)):
            return self._before[b.group(1)]
        if self._after_re is not None and (a := self._after_re.match(text, m.end)):
            return self._after[a.group(1).lower()]
        return None

    def keep_in_country(self, gaz: "Gazetteer", text: str, mentions: list["_Mention"]) -> list["_Mention"]:
        """``mentions`` with each name a noun ties to a country read only there; those with no reading there are
        returned apart, to be reported unresolved."""
        dropped: list["_Mention"] = []
        for m in list(mentions):
            countries = self.countries_of(text, m)
            if countries is None:
                continue
            kept = tuple(i for i in m.entries if gaz.data.country[i] in countries)
            if kept:
                m.entries = kept
            else:
                mentions.remove(m)
                dropped.append(m)
        return dropped
