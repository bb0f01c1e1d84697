"""First-level divisions of capitals and of the prefectures and regions ACLED codes, through the pipeline."""
from __future__ import annotations

import pytest

from sitrep.model import Document
from sitrep.resolve.gazetteer import Gazetteer


def _admin1(pipeline, text: str, lang: str) -> dict[str, tuple[str | None, str | None]]:
    result = pipeline.process(Document(id="admin1", text=text, lang=lang, published=None))
    return {p.text: (p.country, p.admin1) for p in result.places}


def test_a_capital_is_in_its_own_division_not_the_one_around_its_airport(pipeline) -> None:
    # Damascus International lies in Rif Dimashq, Beirut's airport among Mount Lebanon's towns: the
    # airports' division used to name the capital's own GeoNames code
    places = _admin1(pipeline, "An airstrike hit Damascus on Monday. Clashes erupted in Beirut. "
                               "Shelling hit Douma, and protesters gathered in Jounieh.", "en")
    assert places["Damascus"] == ("SY", "Damascus")
    assert places["Beirut"] == ("LB", "Beirut")
    assert places["Douma"] == ("SY", "Rural Damascus")  # ACLED's name for Rif Dimashq
    assert places["Jounieh"] == ("LB", "Mount Lebanon")


def test_other_capitals_keep_their_city_division(pipeline) -> None:
    places = _admin1(pipeline, "A drone struck Moscow on Sunday. Gunmen attacked a hotel in Mogadishu. "
                               "Police dispersed protesters in Lima.", "en")
    assert places["Moscow"] == ("RU", "Moscow")
    assert places["Mogadishu"] == ("SO", "Banadir")
    assert places["Lima"] == ("PE", "Lima")


def test_central_african_prefectures_since_2020(pipeline) -> None:
    text = ("Des rebelles ont attaqué Paoua lundi. Des combats ont éclaté à Carnot. "
            "Une attaque a visé Bossangoa, puis Berbérati. Des affrontements ont eu lieu à Bimbo, près de "
            "Bangui. Des combats ont été signalés à Kabo.")
    places = _admin1(pipeline, text, "fr")
    assert places["Paoua"] == ("CF", "Lim-Pende")
    assert places["Carnot"] == ("CF", "Mambere")
    assert places["Kabo"] == ("CF", "Ouham-Fafa")
    assert places["Bossangoa"] == ("CF", "Ouham")
    assert places["Berbérati"] == ("CF", "Mambere-Kadei")
    assert places["Bimbo"] == ("CF", "Ombella-M'Poko")
    assert places["Bangui"] == ("CF", "Bangui")


def test_burkina_towns_carry_their_region(pipeline) -> None:
    text = ("Des hommes armés ont attaqué Djibo dimanche. Des jihadistes ont tué dix civils à Kaya. "
            "Des affrontements ont eu lieu à Dori et à Fada N'Gourma.")
    places = _admin1(pipeline, text, "fr")
    assert places["Djibo"] == ("BF", "Sahel")
    assert places["Kaya"] == ("BF", "Centre-Nord")
    assert places["Dori"] == ("BF", "Sahel")
    assert places["Fada N'Gourma"] == ("BF", "Est")


@pytest.mark.parametrize(("town", "country", "admin1"), [
    ("Damascus", "SY", "Damascus"), ("Beirut", "LB", "Beirut"), ("Baghdad", "IQ", "Baghdad"),
    ("Kabul", "AF", "Kabul"), ("Amman", "JO", "Amman"), ("Sanaa", "YE", "Amanat al Asimah"),
    ("Khartoum", "SD", "Khartoum"), ("Tripoli", "LY", "Tripoli"), ("Tunis", "TN", "Tunis"),
    ("Bamako", "ML", "Bamako"), ("Niamey", "NE", "Niamey"), ("Kinshasa", "CD", "Kinshasa"),
    ("Bangui", "CF", "Bangui"), ("Nairobi", "KE", "Nairobi"), ("Addis Ababa", "ET", "Addis Ababa"),
    ("Mogadishu", "SO", "Banadir"), ("Abuja", "NG", "Federal Capital Territory"), ("Ouagadougou", "BF", "Centre"),
    ("N'Djamena", "TD", "N'Djamena"), ("Dakar", "SN", "Dakar"), ("Conakry", "GN", "Conakry"),
    ("Port-au-Prince", "HT", "Ouest"), ("Kyiv", "UA", "Kyiv City"), ("Jerusalem", "IL", "Jerusalem"),
    ("Gaza", "PS", "Gaza Strip"), ("Accra", "GH", "Greater Accra"), ("Moscow", "RU", "Moscow"),
    ("Caracas", "VE", "Distrito Capital"), ("Oslo", "NO", "Oslo"), ("Douma", "SY", "Rural Damascus"),
    ("Carnot", "CF", "Mambere"), ("Paoua", "CF", "Lim-Pende"), ("Batangafo", "CF", "Ouham-Fafa"),
    ("Kaya", "BF", "Centre-Nord"),
])
def test_capitals_and_towns_in_the_gazetteer(gaz: Gazetteer, town: str, country: str, admin1: str) -> None:
    towns = [c for c in gaz.candidates(town) if c.country == country and c.feature == "city"]
    assert max(towns, key=lambda c: c.population).admin1 == admin1


def test_an_airport_outside_the_town_it_serves_votes_where_it_lies() -> None:
    from sitrep.resolve.gazetteer_build_admin1 import _place_grid, _where_it_lies

    cities = {i: {"name": n, "latitude": lat, "longitude": lon, "countrycode": "SY", "admin1code": code,
                  "alternatenames": alt}
              for i, (n, lat, lon, code, alt) in enumerate([
                  ("Damascus", 33.51, 36.29, "13", ["Dimashq"]), ("Harran al Awamid", 33.45, 36.56, "08", []),
                  ("Al Ghizlaniyah", 33.39, 36.45, "08", []), ("Dayr al Asafir", 33.48, 36.43, "08", [])])}
    grid = _place_grid(cities)
    airport = {"country": "SY", "subd": "Rif-dimashq", "lat": 33.41, "lon": 36.52}
    assert _where_it_lies(airport, cities[0], grid, {}) == "SY.08"
    # a subd that is the town's own name names the town's division, wherever the airport lies
    assert _where_it_lies({**airport, "subd": "Dimashq"}, cities[0], grid, {}) == "SY.13"
