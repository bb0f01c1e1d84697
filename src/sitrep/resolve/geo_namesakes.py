"""Towns read as a smaller namesake unless the text names the larger one's country (``data/places/namesakes.tsv``):
"protesters gathered outside the Seray in Tripoli" is Lebanon's Tripoli; "GNA forces ... in Ain Zara (Tripoli)"
Libya's. The gazetteer alone prefers the larger town."""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.resolve.countries import read_tsv
from sitrep.textnorm import key

if TYPE_CHECKING:  # pragma: no cover
    from sitrep.resolve.gazetteer import Gazetteer
    from sitrep.resolve.geo_scan import _Mention

__all__ = ["Namesakes"]


@dataclass(frozen=True, slots=True)
class _Namesake:
    prefer: str
    unless: re.Pattern[str]


class Namesakes:
    """The namesake rows, keyed by folded name; no per-text state."""

    def __init__(self, rows: dict[str, _Namesake]) -> None:
        self.rows = rows

    @classmethod
    def load(cls) -> "Namesakes":
        """Read ``namesakes.tsv``."""
        path = Path(str(resources.files("sitrep") / "data" / "places" / "namesakes.tsv"))
        rows = read_tsv(path, ("name", "prefer", "unless", "source"))
        return cls({key(r["name"]): _Namesake(r["prefer"].strip().upper(), re.compile(r["unless"], re.IGNORECASE))
                    for r in rows})

    def prefer(self, gaz: Gazetteer, text: str, mentions: list[_Mention]) -> None:
        """Raise, in each mention of a namesake's name, the score of the reading the row prefers, unless ``text``
        names the other country."""
        for m in mentions:
            row = self.rows.get(key(text[m.start:m.end]))
            if row is None or not m.scores or row.unless.search(text):
                continue
            chosen = next((i for i in m.scores if gaz.candidate(i).country == row.prefer), None)
            if chosen is not None:
                m.scores[chosen] = max(m.scores.values()) + 1.0
