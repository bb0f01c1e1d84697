"""Where an event of national politics told only by its country is coded: at the national capital.

ACLED codes an event whose report names only a larger region at that region's capital, with
``geo_precision`` 3 (codebook, "Spatial precision codes"). An arrest, a government decision, a protest or
a riot that a report places only in its country is coded the same way, at the seat of the government
and of the crowds that address it. Fighting, bombings and attacks on civilians keep the country's point:
they happen where the armed groups are, which the capital says nothing about.
"""
from __future__ import annotations

from sitrep.model import Location
from sitrep.resolve.gazetteer import Gazetteer

__all__ = ["NATIONAL_EVENT_TYPES", "capital_of", "national_seat"]

NATIONAL_EVENT_TYPES = frozenset({"Strategic developments", "Protests", "Riots"})


def capital_of(gazetteer: Gazetteer, capitals: frozenset[int], iso: str | None) -> int | None:
    """The gazetteer entry of the national capital of ``iso`` among ``capitals``, or None."""
    return next((i for i in capitals if gazetteer.data.country[i] == iso), None) if iso else None


def national_seat(gazetteer: Gazetteer, capitals: frozenset[int], event_type: str | None,
                  loc: Location | None) -> Location | None:
    """The national capital, at precision 3 and on the country's words, for an event of ``event_type`` that
    ``loc`` places only in its country; None for any other event or location."""
    if event_type not in NATIONAL_EVENT_TYPES or loc is None or loc.geo_precision != 3 or loc.admin1 is not None:
        return None
    country = gazetteer.countries.countries.get(loc.country or "")
    if country is None or loc.name != country.name:
        return None
    capital = capital_of(gazetteer, capitals, loc.country)
    if capital is None:
        return None
    c = gazetteer.candidate(capital)
    return Location(name=c.name, text=loc.text, start=loc.start, end=loc.end, lat=round(c.lat, 5),
                    lon=round(c.lon, 5), country=loc.country, admin1=c.admin1, geo_precision=3,
                    confidence=round(min(loc.confidence or 0.4, 0.4), 3))
