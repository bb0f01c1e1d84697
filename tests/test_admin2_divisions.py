"""Villages written with their second-level division, the way ACLED's notes and wires write them
outside the Sahel: "Las Navas (Northern Samar)", "Yelwata (Guma, Benue)", "Kiambi (Manono Territory)",
"Mozogo (Mayo-Tsanaga, Far North)", "Ohn Taw village (Muse, Shan)". The Philippines' provinces, DR
Congo's territories, Nigeria's LGAs, Somalia's districts, Mozambique's (Cabo Delgado, Niassa) districts,
Cameroon's departments and Myanmar's townships come from ``data/places/admin2.tsv`` (seat spellings
from ``place_aliases.tsv``); a village the gazetteer lacks falls back to its division, in the right
country and first-level division, and a division named like a town abroad no longer reads as that town.
Each case notes what the same sentence gave before these rows."""
from __future__ import annotations

import pytest

from sitrep.model import Document


def _places(pipeline, text: str) -> dict[str, str | None]:
    result = pipeline.process(Document(id="admin2", text=text, lang="en", published="2024-03-10"))
    return {p.text: p.country for p in result.places}


@pytest.mark.parametrize(("text", "admin1", "name"), [
    # "Samar" read as Samara (Russia), "Las Navas" as Las Navas del Marqués (Spain)
    ("On 5 March 2024, NPA rebels clashed with soldiers of the 20th Infantry Battalion in Las Navas (Northern Samar), "
     "killing 2 soldiers.", "Eastern Visayas", "Las Navas"),
    ("On 7 March 2024, soldiers clashed with NPA rebels in Catubig (Northern Samar), killing 3 rebels.",
     "Eastern Visayas", "Catubig"),
    # a village the gazetteer lacks: its province places it (was Samara)
    ("On 5 March 2024, NPA rebels ambushed a patrol of the 8th Infantry Division in Hinabangan (Samar province), "
     "killing a soldier.", "Eastern Visayas", "Samar Province"),
    # Davao de Oro's former name (was Santiago de Compostela)
    ("On 7 March 2024, soldiers clashed with NPA rebels in Sitio Kamuning (Compostela Valley), killing 3 rebels.",
     "Davao", "Davao de Oro"),
    # Quezon, the province, not Quezon City (was a village in Mimaropa)
    ("On 5 March 2024, NPA rebels attacked a police station in Sitio Tagbac (Quezon province), killing a policeman.",
     "Calabarzon", "Quezon Province"),
])
def test_philippine_villages_by_province(event_location, text, admin1, name) -> None:
    loc = event_location(text)
    assert (loc.country, loc.admin1, loc.name) == ("PH", admin1, name)


@pytest.mark.parametrize(("text", "admin1", "name", "precision"), [
    # a territory named after its seat: the seat's town stands for it (admin1: ACLED's "Nord-Kivu")
    ("On 4 March 2024, M23 rebels clashed with Wazalendo fighters in Kiwanja (Rutshuru, North Kivu), killing "
     "6 fighters.", "Nord-Kivu", "Rutshuru", 2),
    # Beni Territory, seated at Oicha, is not the city of Beni
    ("On 4 March 2024, ADF rebels killed 9 civilians in Mamove (Beni Territory, North Kivu).", "Nord-Kivu",
     "Beni Territory", 2),
    # was North Kivu
    ("On 4 March 2024, M23 rebels shelled Kitshanga (Rutshuru Territory, North Kivu), killing 2 civilians.",
     "Nord-Kivu", "Rutshuru Territory", 2),
    # was no place at all
    ("On 4 March 2024, Twa militiamen attacked Kiambi (Manono Territory), killing 5 civilians.", "Tanganyika",
     "Manono Territory", 2),
])
def test_congolese_villages_by_territory(event_location, text, admin1, name, precision) -> None:
    loc = event_location(text)
    assert (loc.country, loc.admin1, loc.name, loc.geo_precision) == ("CD", admin1, name, precision)


@pytest.mark.parametrize(("text", "admin1", "name"), [
    ("On 6 March 2024, Boko Haram (JAS) militants attacked Pulka (Gwoza, Borno), killing 4 civilians.", "Borno",
     "Gwoza"),
    # an LGA not named after its headquarters (Khaddamari): was Borno
    ("On 6 March 2024, ISWAP militants attacked soldiers in Mairamri (Jere, Borno), killing 2 soldiers.", "Borno",
     "Jere LGA"),
    ("On 6 March 2024, armed herders attacked Yelwata (Guma, Benue), killing 12 villagers.", "Benue", "Guma LGA"),
    # "Niger" read as the country, "Shiroro" as Sirolo (Italy): the LGA says it is Niger State
    ("On 6 March 2024, bandits attacked Galadima Kogo (Shiroro, Niger), killing 9 members of a vigilante group.",
     "Niger", "Shiroro LGA"),
    ("On 6 March 2024, gunmen attacked Ihiteowerri (Orsu, Imo), killing 3 policemen.", "Imo", "Orsu LGA"),
    ("On 6 March 2024, armed herders attacked Ukpam (Okpokwu, Benue), killing 3 villagers.", "Benue", "Okpokwu LGA"),
    ("On 6 March 2024, ISWAP fighters attacked Malam Fatori (Abadam, Borno).", "Borno", "Mallam Fatori"),
])
def test_nigerian_villages_by_lga(event_location, text, admin1, name) -> None:
    loc = event_location(text)
    assert (loc.country, loc.admin1, loc.name) == ("NG", admin1, name)


@pytest.mark.parametrize(("text", "admin1", "name"), [
    # the district as ACLED spells it stands for its seat (was Gedo)
    ("On 3 March 2024, Al Shabaab militants attacked an army base in Ceel Cadde (Garbaharey, Gedo), killing "
     "4 soldiers.", "Gedo", "Garbahaarrey"),
    # was Bardera's airport
    ("On 3 March 2024, Al Shabaab militants clashed with Jubaland forces near Bardera (Gedo), killing 5 soldiers.",
     "Gedo", "Baardheere"),
    ("On 3 March 2024, Al Shabaab attacked Somali forces in Ceel Baraf (Mahaday, Middle Shabelle), killing "
     "3 soldiers.", "Middle Shabelle", "Mahaddayweyne"),
    ("On 3 March 2024, Al Shabaab militants attacked a base in Gololey (Sakow, Middle Juba).", "Middle Juba",
     "Saacow"),
    ("On 3 March 2024, Al Shabaab militants attacked SNA forces in Bulo Marer (Marka, Lower Shabelle), killing "
     "3 soldiers.", "Lower Shabelle", "Marka"),
])
def test_somali_villages_by_district(event_location, text, admin1, name) -> None:
    loc = event_location(text)
    assert (loc.country, loc.admin1, loc.name) == ("SO", admin1, name)


@pytest.mark.parametrize(("text", "admin1", "name"), [
    # a district not named after its seat (Insaca): was Niassa
    ("On 2 March 2024, ISM militants beheaded 3 civilians in Chiuta (Mecanhelas, Niassa).", "Niassa",
     "Mecanhelas District"),
    ("On 2 March 2024, ISM militants attacked Mucojo (Macomia District), killing 3 civilians.", "Cabo Delgado",
     "Macomia District"),
    # was Cabo Delgado
    ("On 2 March 2024, ISM militants clashed with Rwandan troops in Mbau, Mocímboa da Praia district, Cabo Delgado.",
     "Cabo Delgado", "Mocímboa da Praia District"),
    ("On 2 March 2024, ISM militants attacked Chai (Macomia, Cabo Delgado), killing 2 soldiers.", "Cabo Delgado",
     "Macomia"),
])
def test_mozambican_villages_by_district(event_location, text, admin1, name) -> None:
    loc = event_location(text)
    assert (loc.country, loc.admin1, loc.name) == ("MZ", admin1, name)


@pytest.mark.parametrize(("text", "admin1", "name"), [
    # each was the region only, or no place at all; the regions under ACLED's (French) names, however written
    ("On 1 March 2024, Boko Haram militants attacked Mozogo (Mayo-Tsanaga, Far North), killing 4 civilians.",
     "Extreme-Nord", "Mayo-Tsanaga Department"),
    ("On 1 March 2024, Ambazonian separatists attacked soldiers in Ekona (Fako, Southwest), killing 2 soldiers.",
     "Sud-Ouest", "Fako Department"),
    ("On 1 March 2024, Boko Haram militants killed 3 civilians in Kolofata (Mayo-Sava, Far North).", "Extreme-Nord",
     "Mayo-Sava Department"),
    ("On 1 March 2024, separatists abducted 10 people in Ndu (Donga-Mantung, North-West Region).", "Nord-Ouest",
     "Donga-Mantung Department"),
    ("On 1 March 2024, separatists killed a teacher in Eyumojock (Manyu, Southwest).", "Sud-Ouest",
     "Manyu Department"),
    ("On 1 March 2024, separatists killed two gendarmes in Galim (Bamboutos, Ouest).", "Ouest", "Bamboutos Department"),
])
def test_cameroonian_villages_by_department(event_location, text, admin1, name) -> None:
    loc = event_location(text)
    assert (loc.country, loc.admin1, loc.name, loc.geo_precision) == ("CM", admin1, name, 2)


@pytest.mark.parametrize(("text", "admin1", "name"), [
    # the seats as the press spells them (GeoNames: Kēng Tung, Mu-se, Kyaukpyu): each was the state only
    ("On 9 March 2024, the MNDAA clashed with the military in Kengtung (Shan), killing 5 soldiers.", "Shan",
     "Kēng Tung"),
    ("On 9 March 2024, the military shelled Ohn Taw village (Muse, Shan), killing 2 civilians.", "Shan", "Mu-se"),
    ("On 9 March 2024, the Arakan Army captured a military camp in Kyaukphyu (Rakhine), killing 12 soldiers.",
     "Rakhine", "Kyaukpyu"),
    # the township, not the town (nor, for Hpapun, its airport)
    ("On 9 March 2024, the KIA attacked a military outpost in Hpakant township (Kachin), killing 4 soldiers.",
     "Kachin", "Hpakant Township"),
    ("On 9 March 2024, the KNLA clashed with the military in Hpapun township (Kayin), killing 3 soldiers.", "Kayin",
     "Hpapun Township"),
    ("On 9 March 2024, the military shelled Nat Gyi Kone village (Tamu, Sagaing), killing 2 civilians.", "Sagaing",
     "Tamu"),
])
def test_myanmar_villages_by_township(event_location, text, admin1, name) -> None:
    loc = event_location(text)
    assert (loc.country, loc.admin1, loc.name) == ("MM", admin1, name)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Russian drones struck Samar, in Dnipropetrovsk region, injuring 4 people.", "Samar", "UA"),
    ("Police in Aurora, Colorado, arrested a gunman who killed 2 people.", "Aurora", "US"),
    ("Floods hit Kaga, in Ishikawa prefecture, Japan.", "Kaga", "JP"),
    ("Fighting broke out near Léré, in Mayo-Kebbi Ouest, Chad, killing 5 people.", "Léré", "TD"),
    ("Protesters blocked roads in Yauri, Cusco, on Tuesday.", "Yauri", "PE"),
    ("Residents of Quezon City protested.", "Quezon City", "PH"),
])
def test_homonyms_elsewhere_keep_their_own_reading(pipeline, text, name, country) -> None:
    assert _places(pipeline, text)[name] == country


def test_every_division_lies_in_its_country_and_region(gaz) -> None:
    d = gaz.data
    countries = ("PH", "CD", "NG", "SO", "MZ", "CM", "MM")
    # (Masisi, from regions.tsv, has no first-level division: its seat is not in the packages)
    rows = [i for i in range(len(gaz)) if gaz.feature(i) == "admin2" and d.country[i] in countries
            and d.name[i] != "Masisi"]
    counts = {cc: sum(1 for i in rows if d.country[i] == cc) for cc in countries}
    assert counts["PH"] == 83  # the 82 provinces and Maguindanao, split in 2022 but still written
    assert counts["NG"] >= 280 and counts["MM"] >= 95 and counts["SO"] >= 50 and counts["CM"] >= 50
    assert counts["CD"] >= 28 and counts["MZ"] >= 13
    for i in rows:
        parent = d.admin1[i]
        assert parent >= 0 and gaz.feature(parent) == "admin1" and d.country[parent] == d.country[i], d.name[i]
    # the seat's first-level division is the division's: towns there carry the same one
    for town, gid, division, cc in (("Catarman", 1717926, "Northern Samar", "PH"),
                                    ("Khaddamari", 10364493, "Jere", "NG"),
                                    ("Mokolo", 2226275, "Mayo-Tsanaga", "CM"),
                                    ("Insaca", 12718695, "Mecanhelas", "MZ")):
        (seat,) = [c for c in gaz.candidates(town) if c.geonameid == gid]
        (div,) = [c for c in gaz.candidates(division) if c.feature == "admin2"]
        assert (div.country, div.admin1) == (cc, seat.admin1)


def test_kind_word_only_where_the_bare_name_is_another_place(gaz) -> None:
    def admin2(name: str) -> list[str]:
        return [c.name for c in gaz.candidates(name) if c.feature == "admin2"]

    # a town's own name, or a better-known place elsewhere: the bare name is not the division's
    for bare in ("Aurora", "Quezon", "Cebu", "Cotabato", "Kaga", "Bade", "Jaba", "Bali", "Faro", "Noun", "Rutshuru",
                 "Gwoza", "Kani", "Lago"):
        assert admin2(bare) == [], bare
    assert admin2("Aurora Province") == ["Aurora Province"]
    assert admin2("North Cotabato") == ["Cotabato Province"]
    assert admin2("Kaga LGA") == ["Kaga LGA"]
    # the bare name where no better-known place has it
    assert admin2("Samar") == ["Samar Province"]
    assert admin2("Jere") == ["Jere LGA"]
    assert admin2("Mayo-Sava") == ["Mayo-Sava Department"]
