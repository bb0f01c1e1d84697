"""The context-free prior of a gazetteer entry: how likely a name is to mean it before the text is read."""
from __future__ import annotations

import math

from sitrep.resolve.gazetteer import Gazetteer

__all__ = ["CAPITAL_BONUS", "FEATURE_PRIOR", "prior_score"]

FEATURE_PRIOR = {"country": 12.0, "demonym": 12.0, "continent": 6.0, "region": 6.0, "admin1": 4.0,
                 "base": 6.0, "site": 6.0, "airport": 1.5, "city": 0.0, "admin2": 1.5}
CAPITAL_BONUS = 3.0


def prior_score(gaz: Gazetteer, i: int, capital: bool = False) -> float:
    """Context-free score of entry ``i``: feature prior, population (log), national capital."""
    feat = gaz.feature(i)
    pop = gaz.data.population[i]
    if feat == "admin1":
        s = 4.0 + 0.2 * math.log10(pop + 10)
    elif feat in ("city", "airport", "admin2"):
        s = FEATURE_PRIOR[feat] + 0.6 * math.log10(pop + 10)
    else:
        s = FEATURE_PRIOR.get(feat, 0.0)
    return s + (CAPITAL_BONUS if capital else 0.0)
