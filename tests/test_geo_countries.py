"""Which country a note's place is in: a division of another country named with the town, ACLED's names for
divisions (Cameroon's regions in French, Liberia's counties, Chui), a division after "in Town," or closing
a bracketed list, and a generic word in an airport's name. Texts written for these tests after ACLED-style
2020–2024 notes; the country decides the generic actors' names ("Civilians (Syria)")."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "country", "admin1"), [
    # a town named like a foreign town, beside a city and governorate of its own country (Aleppo is both)
    ("On 3 March 2024, an IED exploded in Sharan town in Aleppo countryside, wounding two fighters.", "SY", "Aleppo"),
    # a base's generic word is no airbase in Peru
    ("On 3 March 2024, drones of an unidentified group targeted Hama Airbase. No casualties were reported.", "SY",
     "Hama"),
    # Cameroon's regions as ACLED names them (in French), however the note writes them
    ("On 3 March 2024, separatists killed two gendarmes in Galim (Bamboutos, Ouest).", "CM", "Ouest"),
    ("On 3 March 2024, Boko Haram fighters looted Mozogo (Mayo-Tsanaga, Far North).", "CM", "Extreme-Nord"),
    # Liberia's counties and Kyrgyzstan's Chui region were missing
    ("On 3 March 2024, residents protested in Saclepea town (Nimba) against a land sale.", "LR", "Nimba"),
    ("On 3 March 2024, about 20 workers protested in a village of Alamudun district in Chui region.", "KG", "Chui"),
    # "in Town, Division,": the division the gazetteer lists under a longer name ("Hidalgo State")
    ("On 3 March 2024, in Acatlan, Hidalgo, around 30 workers protested blocking the roads.", "MX", "Hidalgo"),
    # the last name of a bracketed list of divisions is a division, not Delta, British Columbia
    ("On 3 March 2024, communal militias from Okpanam (Oshimili North LGA, Delta) clashed with Fulani militias.",
     "NG", "Delta"),
    # a town written with a division of a country it has no reading in is that country's place
    ("On 3 March 2024, in Valencia, Sangre Grande, a police officer was shot by a wanted man.", "TT",
     "Sangre Grande"),
])
def test_the_note_places_the_event_in_its_country(event_location, text, country, admin1) -> None:
    loc = event_location(text)
    assert (loc.country, loc.admin1) == (country, admin1), loc


def _places(pipeline, text):
    from sitrep import Document

    return {(p.text, p.country) for p in pipeline.process(Document(id="t", text=text, lang="en")).places}


@pytest.mark.parametrize(("text", "place"), [
    # a country or a continent before a comma is no town written with its division
    ("Syrian forces are backed by Russia and Shiite militias. Along with Russia, Iran backs Assad's government.",
     ("Russia", "RU")),
    ("Most of those consumers will be in Asia. In Asia, Canada remains little known.", ("Asia", None)),
    # a list of places is no town and its division
    ("Police said the cell planned attacks in Paris, Belgium and Germany.", ("Paris", "FR")),
])
def test_a_name_before_a_comma_keeps_its_reading(pipeline, text, place) -> None:
    assert place in _places(pipeline, text)
