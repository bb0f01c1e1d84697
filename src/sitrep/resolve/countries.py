"""Countries: ISO 3166-1 alpha-2 codes, ACLED English names, centroids, names and demonyms in fr/en/ar.

The data lives in ``sitrep/data/places`` (see its README): ``countries.tsv`` (ACLED name, French and
Arabic names, a representative point), ``country_aliases.tsv`` (abbreviations and other usual names)
and ``demonyms.tsv`` (adjectives and nouns of nationality, every gender and number). pycountry adds
the ISO names and, through gettext, their French and Arabic translations.

Use a :class:`CountryTable` you hold (``CountryTable.load()``), or the module-level functions, which
read one shared, read-only table loaded on first use.
"""
from __future__ import annotations

import csv
import functools
import gettext
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from sitrep.textnorm import arabic_stems, key

_FIELDS_COUNTRIES = ("iso2", "name", "name_fr", "name_ar", "lat", "lon", "geonameid", "source")


def data_dir() -> Path:
    """The folder of the curated place tables (``sitrep/data/places``)."""
    return Path(str(resources.files("sitrep") / "data" / "places"))


def read_tsv(path: Path, required: tuple[str, ...]) -> list[dict[str, str]]:
    """Read a curated TSV table, checking its header; lines starting with ``#`` are comments; errors name the
    file and line."""
    with open(path, encoding="utf-8", newline="") as f:
        numbered = [(n, line) for n, line in enumerate(f, start=1) if not line.startswith("#")]
    reader = csv.DictReader((line for _, line in numbered), delimiter="\t", quoting=csv.QUOTE_NONE)
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        raise ValueError(f"{path}: missing columns {missing}")
    rows = []
    for (lineno, _), row in zip(numbered[1:], reader):
        if any(row.get(c) is None for c in required):
            raise ValueError(f"{path}:{lineno}: too few columns")
        rows.append(row)
    return rows


@dataclass(frozen=True, slots=True)
class Country:
    """One country: ISO code, ACLED English name, names in French and Arabic, a representative point."""

    iso2: str
    name: str
    name_fr: str
    name_ar: str
    lat: float
    lon: float
    geonameid: int | None
    source: str


@dataclass(frozen=True, slots=True)
class CountryTable:
    """Read-only lookup tables for countries; every lookup is a dict access on folded keys."""

    countries: Mapping[str, Country]
    names: Mapping[str, str]  # folded name -> iso2
    demonyms: Mapping[str, str]  # folded demonym -> iso2
    name_rows: tuple[tuple[str, str, str], ...]  # (name, lang, iso2), every known name
    demonym_rows: tuple[tuple[str, str, str], ...]  # (word, lang, iso2)
    # folded demonym -> every country it names, for the few that name two ("congolais": the DRC or the Republic of
    # Congo); the first row of demonyms.tsv is the reading when the text does not tell which
    shared_demonyms: Mapping[str, frozenset[str]]

    @classmethod
    def load(cls, folder: Path | None = None) -> "CountryTable":
        """Read the curated tables (and pycountry's names) into a table."""
        folder = folder or data_dir()
        countries: dict[str, Country] = {}
        for row in read_tsv(folder / "countries.tsv", _FIELDS_COUNTRIES):
            lat, lon = float(row["lat"]), float(row["lon"])
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValueError(f"countries.tsv: {row['iso2']}: coordinates out of range")
            countries[row["iso2"]] = Country(
                row["iso2"], row["name"], row["name_fr"], row["name_ar"], lat, lon,
                int(row["geonameid"]) if row["geonameid"] else None, row["source"],
            )
        name_rows: list[tuple[str, str, str]] = []
        # Curated names first: they win over pycountry's where a key is shared.
        for row in read_tsv(folder / "country_aliases.tsv", ("name", "lang", "iso2")):
            name_rows.append((row["name"], row["lang"], row["iso2"]))
        for c in countries.values():
            name_rows.append((c.name, "en", c.iso2))
            if c.name_fr:
                name_rows.append((c.name_fr, "fr", c.iso2))
            if c.name_ar:
                name_rows.append((c.name_ar, "ar", c.iso2))
        name_rows.extend(_pycountry_names(set(countries)))
        names: dict[str, str] = {}
        for name, _lang, iso in name_rows:
            k = key(name)
            if k and k not in names:
                names[k] = iso
        demonym_rows: list[tuple[str, str, str]] = []
        demonyms: dict[str, str] = {}
        for row in read_tsv(folder / "demonyms.tsv", ("word", "lang", "iso2", "source")):
            if row["iso2"] not in countries:
                raise ValueError(f"demonyms.tsv: unknown country {row['iso2']!r} for {row['word']!r}")
            demonym_rows.append((row["word"], row["lang"], row["iso2"]))
            demonyms.setdefault(key(row["word"]), row["iso2"])
        readings: dict[str, set[str]] = {}
        for word, _lang, iso in demonym_rows:
            readings.setdefault(key(word), set()).add(iso)
        shared = {k: frozenset(v) for k, v in readings.items() if len(v) > 1}
        return cls(
            MappingProxyType(countries), MappingProxyType(names), MappingProxyType(demonyms),
            tuple(dict.fromkeys(name_rows)), tuple(demonym_rows), MappingProxyType(shared),
        )

    def _lookup(self, table: Mapping[str, str], word: str) -> str | None:
        k = key(word)
        if not k:
            return None
        if k in table:
            return table[k]
        first, _, rest = k.partition(" ")
        for stem in arabic_stems(first)[1:]:
            k2 = f"{stem} {rest}" if rest else stem
            if k2 in table:
                return table[k2]
        return None

    def country_for_demonym(self, word: str, context: str | None = None) -> str | None:
        """ISO2 of the country a demonym/adjective names ("irakiennes", "Turkish", "العراقية"), else None; of the
        ``context`` country when the demonym names it too ("la police congolaise" in Brazzaville)."""
        iso = self._lookup(self.demonyms, word)
        if iso is not None and context is not None and context != iso and context in self.shared_demonyms.get(key(word), ()):
            return context
        return iso

    def country_iso2(self, name: str) -> str | None:
        """ISO2 of a country named in any of French, English or Arabic ("Irak", "U.S.", "العراق")."""
        if len(name) == 2 and name.isupper() and name in self.countries:
            return name
        return self._lookup(self.names, name)

    def country_named(self, words: str) -> str | None:
        """ISO2 of a country the words of a text name: as :meth:`country_iso2`, but a bare ISO code is no name
        ("HM militants" are Hizb-ul-Mujahideen's, not Heard Island's; the codes written as names, "US", "UAE",
        "DRC", are in the alias table)."""
        return self._lookup(self.names, words)

    def country_name(self, iso2: str) -> str:
        """The ACLED English name of a country ("Democratic Republic of Congo"); KeyError if unknown."""
        return self.countries[iso2.upper()].name

    def centroid(self, iso2: str) -> tuple[float, float]:
        """The country's representative point (lat, lon); KeyError if unknown."""
        c = self.countries[iso2.upper()]
        return c.lat, c.lon


def _pycountry_names(known: set[str]) -> list[tuple[str, str, str]]:
    """ISO names from pycountry, in English and (through gettext) in French and Arabic."""
    import pycountry

    out: list[tuple[str, str, str]] = []
    translators = {}
    for lang in ("fr", "ar"):
        try:
            translators[lang] = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError as exc:  # a pycountry build without that locale: names in that language are fewer
            raise RuntimeError(f"pycountry has no {lang} country names: {exc}") from exc
    for c in pycountry.countries:
        if c.alpha_2 not in known:
            continue
        english = [c.name] + [getattr(c, a) for a in ("common_name", "official_name") if hasattr(c, a)]
        for name in english:
            if "," not in name:
                out.append((name, "en", c.alpha_2))
        for lang, tr in translators.items():
            for name in english:
                local = tr.gettext(name)
                if local != name and "," not in local and "،" not in local:
                    out.append((local, lang, c.alpha_2))
    return out


@functools.cache
def default_table() -> CountryTable:
    """The shared read-only table behind the module-level functions (loaded on first call)."""
    return CountryTable.load()


def country_for_demonym(word: str) -> str | None:
    """ISO2 of the country a demonym/adjective names, in fr/en/ar, any gender or number; else None."""
    return default_table().country_for_demonym(word)


def country_name(iso2: str) -> str:
    """ACLED English country name for an ISO2 code ("IQ" -> "Iraq", "CD" -> "Democratic Republic of Congo")."""
    return default_table().country_name(iso2)


def country_iso2(name: str) -> str | None:
    """ISO2 for a country name in any of the three languages, or None."""
    return default_table().country_iso2(name)


def country_named(words: str) -> str | None:
    """ISO2 for a country the words of a text name (no bare ISO code), or None."""
    return default_table().country_named(words)


def centroid(iso2: str) -> tuple[float, float]:
    """The country's representative point as (lat, lon)."""
    return default_table().centroid(iso2)
