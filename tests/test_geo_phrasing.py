"""Places as wires and ACLED's notes write them, through the whole pipeline (the NER's guesses included):
a division called by its noun, a town followed by the division or city it lies in, a part "of" a city,
a name next door to the country the text names."""
from __future__ import annotations

import pytest

from sitrep.model import Document


def _places(pipeline, text: str, lang: str = "en") -> dict[str, tuple[str | None, str | None, str | None]]:
    result = pipeline.process(Document(id="geo", text=text, lang=lang, published="2024-06-15"))
    return {p.text: (p.country, p.admin1, p.feature) for p in result.places}


@pytest.mark.parametrize(("text", "name", "country", "admin1"), [
    # NER calls "Niger State" a person; the noun makes it Nigeria's state, not the country
    ("Bandits stormed Kurebe village in Shiroro LGA, Niger State, killing 5.", "Niger", "NG", "Niger"),
    ("Clashes in Rivers State and Delta State left 4 dead.", "Delta", "NG", "Delta"),
    # the gazetteer lists the oblast as "Donetsk Oblast"; "Donetsk region" is the division too
    ("Shelling hit Avdiivka, Donetsk region.", "Donetsk", "UA", "Donetsk"),
])
def test_a_name_called_a_division_is_the_division(pipeline, text, name, country, admin1) -> None:
    country_got, admin1_got, feature = _places(pipeline, text)[name]
    assert (country_got, admin1_got, feature) == (country, admin1, "admin1")


def test_a_town_followed_by_its_division_lies_in_it(pipeline) -> None:
    places = _places(pipeline, "Russian shelling killed two civilians in Avdiivka, Donetsk region.")
    assert places["Avdiivka"][:2] == ("UA", "Donetsk")  # NER: PERSON, and written unlike GeoNames' Avdiyivka
    # Kani of Sagaing is not in the gazetteer: the Japanese city of that name is not it
    places = _places(pipeline, "Resistance fighters clashed with junta troops in Kani township, Sagaing Region, on Monday.")
    assert "Kani" not in places or places["Kani"][0] != "JP"
    assert places["Sagaing Region"][0] == "MM"
    # a district of a city of millions, missing from the gazetteer, is not a South African town
    places = _places(pipeline, "Police arrested 12 suspected al-Shabaab sympathisers in a raid in Eastleigh, Nairobi.")
    assert "Eastleigh" not in places or places["Eastleigh"][0] == "KE"
    assert places["Nairobi"][0] == "KE"


def test_a_list_of_towns_is_not_a_town_and_its_division(pipeline) -> None:
    places = _places(pipeline, "Attacks hit Paris, Brussels and Berlin.")
    assert places["Paris"][0] == "FR" and places["Brussels"][0] == "BE"


def test_a_part_of_a_city_names_the_city(pipeline) -> None:
    # NER tags "Kherson" a person here
    places = _places(pipeline, "Russian artillery shelled the centre of Kherson on Tuesday, killing two civilians.")
    assert places["Kherson"][:2] == ("UA", "Kherson")


def test_a_name_next_door_to_the_named_country_beats_a_province_far_away(pipeline) -> None:
    places = _places(pipeline, "An Israeli airstrike hit a house in central Gaza, killing 14 people.")
    assert places["Gaza"][0] == "PS"  # not Gaza province, Mozambique


def _event_location(pipeline, text: str, lang: str):
    result = pipeline.process(Document(id="geo", text=text, lang=lang, published="2024-06-15"))
    main = max(result.events, key=lambda e: e.confidence)
    return main.location


def test_a_town_after_a_preposition_the_ner_took_for_a_person(pipeline) -> None:
    # French NER tags "Afgoye" PER; GeoNames writes it Afgooye
    loc = _event_location(pipeline, "Cinq soldats somaliens ont été tués dimanche par l'explosion d'une voiture piégée "
                                    "au passage de leur convoi à Afgoye, à une trentaine de kilomètres au nord-ouest de "
                                    "Mogadiscio, a indiqué un officier.", "fr")
    assert (loc.name, loc.country, loc.geo_precision) == ("Afgooye", "SO", 1)


def test_a_town_the_text_calls_a_town_and_not_the_dateline(pipeline) -> None:
    loc = _event_location(pipeline, "BEIRUT, Feb 15 (AP) - An Israeli drone strike on a car in the southern Lebanese "
                                    "town of Bint Jbeil killed two Hezbollah fighters on Thursday, security officials said.",
                          "en")
    assert (loc.text, loc.country, loc.geo_precision) == ("Bint Jbeil", "LB", 1)


def test_a_division_named_before_its_country_is_kept(pipeline) -> None:
    # "Nabatiyé" is read as the governorate; ", dans le sud du Liban" must not drop it
    loc = _event_location(pipeline, "Une frappe israélienne a tué trois personnes dont un commandant local du Hezbollah "
                                    "mardi à Nabatiyé, dans le sud du Liban.", "fr")
    assert (loc.country, loc.admin1) == ("LB", "Nabatieh")


def test_an_arabic_conjunction_is_no_town(pipeline) -> None:
    # "وإن" (and that) had been read as Van, Turkey
    places = _places(pipeline, "وإن الاشتباكات أسفرت عن مقتل 16 في مأرب", "ar")
    assert "وإن" not in places and places["مأرب"][0] == "YE"


def test_a_district_named_like_its_town_does_not_keep_a_namesake_abroad(pipeline) -> None:
    loc = _event_location(pipeline, "On 5 April 2024, the Myanmar military carried out an airstrike on a village in Kani "
                                    "township (Kani, Sagaing). 7 civilians were killed.", "en")
    assert (loc.country, loc.admin1) == ("MM", "Sagaing")
