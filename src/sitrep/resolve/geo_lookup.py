"""``sitrep geocode``: the gazetteer's ranked readings of one name, with the reasons for each score."""
from __future__ import annotations

from sitrep.resolve.gazetteer import Candidate, Gazetteer
from sitrep.resolve.geo import Geoparser, _Mention
from sitrep.resolve.geo_prior import FEATURE_PRIOR


def geocode(gazetteer: Gazetteer, name: str, country: str | None = None) -> list[tuple[Candidate, float, str]]:
    """Ranked candidates for ``name`` with a score and a human-readable reason (``sitrep geocode``).

    ``country`` (ISO2 or a country name in any language) restricts and favours that country.
    """
    iso = None
    if country:
        iso = country.upper() if len(country) == 2 and country.upper() in gazetteer.countries.countries \
            else gazetteer.countries.country_iso2(country)
        if iso is None:
            raise ValueError(f"unknown country: {country!r}")
    parser = Geoparser(gazetteer)
    d = gazetteer.data
    ids = tuple(i for i in gazetteer.entries(name) if not iso or d.country[i] == iso)
    if not ids:
        return []
    m = _Mention(0, len(name), ids)
    m.scores = {i: parser._prior(i, m) for i in ids}
    parser._town_over_division([m], name)
    out = []
    for i in ids:
        feat = gazetteer.feature(i)
        c = gazetteer.candidate(i)
        why = (f"{feat} (prior {FEATURE_PRIOR.get(feat, 0.0):.1f}), population {d.population[i]:,}"
               f"{', national capital' if i in parser._capitals else ''} ({c.why or 'GeoNames'})")
        out.append((c, round(m.scores[i], 3), why))
    out.sort(key=lambda t: -t[1])
    return out
